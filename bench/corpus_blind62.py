#!/usr/bin/env python3
r"""Blind corpus 62 -- gaming, esports and online communities.

Seeded, labelled synthetic documents for benchmarking a PII / PHI / secrets
detector: player support tickets, in-game purchase disputes, moderation
reports, tournament registrations, streamer payouts, forum exports, anti-cheat
logs, parental consent forms, and the configs, payloads, chats, letters and
medical paperwork that grow around an esports organisation.  About a quarter
of the documents are not in English, about an eighth contain no entity at all
(only hard negatives).  All data is fake; checksummed identifiers are
well-formed (Luhn, mod-97, SSN rules) unless they are used as hard negatives.

Usage: python3 bench/corpus_blind62.py [--check] [--sample K] [--n N --seed S --output F.jsonl]

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
import sys
import unicodedata
import uuid

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
)
MIN_LEN, MAX_LEN = 150, 3000


# ---------------------------------------------------------------------------
# Document builder: text and spans are produced together.
# ---------------------------------------------------------------------------
class Doc:
    """Append-only text builder that records entity offsets exactly."""

    def __init__(self, lang: str = "en"):
        self.lang = lang
        self._parts: list[str] = []
        self._n = 0
        self.ents: list[dict] = []

    def t(self, s: str) -> "Doc":
        if s:
            self._parts.append(s)
            self._n += len(s)
        return self

    def e(self, typ: str, s: str) -> "Doc":
        if typ not in TYPES:
            raise ValueError(f"unknown type {typ}")
        if not s or s != s.strip():
            raise ValueError(f"bad span text {s!r} for {typ}")
        start = self._n
        self.t(s)
        self.ents.append({"start": start, "end": self._n, "type": typ})
        return self

    def v(self, val) -> "Doc":
        if val is None:
            return self
        if isinstance(val, tuple):
            return self.e(*val)
        if isinstance(val, list):
            for x in val:
                self.v(x)
            return self
        return self.t(str(val))

    def f(self, tpl: str, *vals) -> "Doc":
        """Append a template; every '@@' consumes one value (str, (TYPE, text) or list)."""
        pieces = tpl.split("@@")
        if len(pieces) != len(vals) + 1:
            raise ValueError(f"template wants {len(pieces) - 1} values, got {len(vals)}: {tpl[:70]!r}")
        for i, p in enumerate(pieces):
            self.t(p)
            if i < len(vals):
                self.v(vals[i])
        return self

    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._n


def _lab(typ):
    def lab(s):
        return (typ, s)
    return lab


PER, EML, PHN, SSN = _lab("PERSON"), _lab("EMAIL_ADDRESS"), _lab("PHONE_NUMBER"), _lab("US_SSN")
CARD, IBN, IPA = _lab("CREDIT_CARD"), _lab("IBAN_CODE"), _lab("IP_ADDRESS")
DOB, DTM, LOC, ADR, URL = _lab("DATE_OF_BIRTH"), _lab("DATE_TIME"), _lab("LOCATION"), _lab("ADDRESS"), _lab("URL")
MRN, HPN, ACC, DLN = _lab("MEDICAL_RECORD_NUMBER"), _lab("HEALTH_PLAN_NUMBER"), _lab("ACCOUNT_NUMBER"), _lab("DRIVER_LICENSE")
AKID, ASEC, GHT, SLK = _lab("AWS_ACCESS_KEY"), _lab("AWS_SECRET_KEY"), _lab("GITHUB_TOKEN"), _lab("SLACK_TOKEN")
STK, JWT, PEM, PWD, SEC = _lab("STRIPE_KEY"), _lab("JWT"), _lab("PRIVATE_KEY"), _lab("PASSWORD"), _lab("GENERIC_SECRET")


# ---------------------------------------------------------------------------
# Random primitives
# ---------------------------------------------------------------------------
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
UPDIG = UPPER + DIG
LOWDIG = LOWER + DIG
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def pick(r, seq):
    return r.choice(seq)


# --- Luhn / cards ----------------------------------------------------------
def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def _luhn_complete(partial: str) -> str:
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card_number(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        p = "4" + digits(r, 14)
    elif brand == "mc":
        p = r.choice(["51", "52", "53", "54", "55", "22"]) + digits(r, 13)
    elif brand == "amex":
        p = r.choice(["34", "37"]) + digits(r, 12)
    else:
        p = "6011" + digits(r, 11)
    return _luhn_complete(p)


def fmt_card(r, num, style=None):
    style = style or r.choice(["plain", "space", "space", "dash"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    groups = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def card(r, brand=None):
    return fmt_card(r, card_number(r, brand))


def bad_card(r):
    """16-digit Luhn-INVALID number (hard negative)."""
    num = card_number(r, r.choice(["visa", "mc"]))
    last = (int(num[-1]) + r.randint(1, 9)) % 10
    out = num[:-1] + str(last)
    assert not luhn_ok(out)
    return fmt_card(r, out, r.choice(["plain", "space"]))


def non_luhn_digits(r, n):
    while True:
        s = str(r.randint(1, 9)) + digits(r, n - 1)
        if not luhn_ok(s):
            return s


def masked_card(r):
    l4 = digits(r, 4)
    return r.choice([f"**** **** **** {l4}", f"•••• {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending in {l4}",
                     f"{r.choice(['4', '5'])}{digits(r, 5)}******{l4}", f"Visa ****{l4}"])


# --- SSN --------------------------------------------------------------------
def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def bad_ssn(r):
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a != "000" and a != "666" and not a.startswith("9") and g != "00" and n != "0000"


# --- IBAN -------------------------------------------------------------------
IBAN_SPEC = {  # country: (leading letters, digits)
    "DE": (0, 18), "AT": (0, 16), "FR": (0, 23), "ES": (0, 20), "IT": (1, 22),
    "PT": (0, 21), "NL": (4, 10), "PL": (0, 24), "SE": (0, 20), "DK": (0, 14),
    "NO": (0, 11), "FI": (0, 14), "CZ": (0, 20), "TR": (0, 22), "GB": (4, 14),
    "BE": (0, 12), "IE": (4, 14),
}


def _iban_int(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(r, cc):
    nl, nd = IBAN_SPEC[cc]
    bban = rs(r, nl, UPPER) + digits(r, nd)
    if cc == "TR":
        bban = digits(r, 5) + "0" + digits(r, 16)
    chk = 98 - _iban_int(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_SPEC and len(s) != 4 + sum(IBAN_SPEC[s[:2]]):
        return False
    return _iban_int(s[4:] + s[:4]) % 97 == 1


def fmt_iban(r, s, grouped=None):
    if grouped is None:
        grouped = r.random() < 0.55
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def bad_iban(r, cc):
    """IBAN-shaped value with wrong check digits (hard negative); avoids embedded Luhn-valid digit runs."""
    while True:
        out = _bad_iban(r, cc)
        runs = re.findall(r"(?<![\d-])[3-6]\d{3}(?:[ -]?\d){11,15}(?![\d-])", out)
        if not any(luhn_ok(re.sub(r"[ -]", "", x)) for x in runs):
            return out


def _bad_iban(r, cc):
    good = iban(r, cc)
    chk = int(good[2:4])
    newc = (chk + r.randint(1, 50)) % 97
    if newc < 2:
        newc += 2
    out = good[:2] + f"{newc:02d}" + good[4:]
    if iban_ok(out):
        out = good[:2] + f"{(newc + 1) % 97:02d}" + good[4:]
    return fmt_iban(r, out)


def bic(r, cc):
    return rs(r, 4, UPPER) + cc + rs(r, 2, UPDIG) + r.choice(["", "XXX", rs(r, 3, UPDIG)])


def routing_number(r):
    while True:
        d8 = digits(r, 8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(a) * b for a, b in zip(d8, w))
        chk = (10 - s % 10) % 10
        rn = d8 + str(chk)
        if rn[0] in "0123":
            return rn


# --- secrets ----------------------------------------------------------------
def aws_key(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, UPPER + "234567")


def aws_secret(r):
    return rs(r, 40, ALNUM + "/+")


def gh_token(r):
    k = r.random()
    if k < 0.55:
        return "ghp_" + rs(r, 36)
    if k < 0.75:
        return r.choice(["gho_", "ghs_", "ghu_"]) + rs(r, 36)
    return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)


def slack_token(r):
    if r.random() < 0.65:
        return f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{rs(r, 24)}"
    return f"xoxp-{digits(r, 11)}-{digits(r, 12)}-{digits(r, 13)}-{hexs(r, 32)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 24, 34, 48]))


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt_token(r, claims=None):
    alg = r.choice(["HS256", "HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.3:
        hdr["kid"] = hexs(r, 8)
    iat = 1700000000 + r.randint(0, 50000000)
    claims = claims or {"sub": f"plr_{digits(r, 8)}", "iat": iat, "exp": iat + r.choice([900, 3600, 86400]),
                        "scope": r.choice(["match:join", "store:purchase", "chat:write", "profile:read"])}
    siglen = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
    return (_b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            _b64u(json.dumps(claims, separators=(",", ":")).encode()) + "." + rs(r, siglen, B64U))


def pem_key(r, kind=None):
    kind = kind or r.choice(["RSA PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY",
                             "OPENSSH PRIVATE KEY"])
    if kind == "EC PRIVATE KEY":
        body = ["MHcCAQEEI" + rs(r, 55, B64), rs(r, 64, B64), rs(r, 50, B64) + "=="]
    elif kind == "OPENSSH PRIVATE KEY":
        body = ["b3BlbnNzaC1rZXktdjEAAAAA" + rs(r, 46, B64)] + [rs(r, 70, B64) for _ in range(r.randint(3, 5))]
        body.append(rs(r, r.randint(20, 60), B64) + "=")
    else:
        lead = "MIIEowIBAAKCAQEA" if kind.startswith("RSA") else "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
        body = [lead + rs(r, 64 - len(lead), B64)] + [rs(r, 64, B64) for _ in range(r.randint(4, 8))]
        body.append(rs(r, r.randint(12, 60), B64) + "=")
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


WORDS = ["dragon", "pixel", "frost", "ember", "raven", "quartz", "nova", "shadow", "comet", "thunder",
         "maple", "falcon", "cobalt", "violet", "sprout", "rocket", "jigsaw", "lantern", "orbit", "tundra"]


def password(r):
    k = r.random()
    if k < 0.35:
        return r.choice(WORDS).capitalize() + r.choice(WORDS) + digits(r, r.randint(2, 4)) + r.choice("!#$%?*")
    if k < 0.7:
        return rs(r, r.randint(12, 20), ALNUM + "!#$%^&*-_=+?")
    if k < 0.85:
        return r.choice(WORDS) + "-" + r.choice(WORDS) + "-" + r.choice(WORDS) + "-" + digits(r, 2)
    return r.choice(WORDS).capitalize() + str(r.randint(1990, 2012)) + r.choice(["!", "#", "$$", "!!"])


def dsn_password(r):
    return rs(r, r.randint(14, 24), ALNUM + "-_!*~")


def passcode(r):
    return r.choice([digits(r, 6), digits(r, 8), rs(r, 8, ALNUM), rs(r, 10, ALNUM)])


def generic_secret(r, kind=None):
    kind = kind or r.choice(["steam", "twitch", "discord", "whsec", "sendgrid", "mailgun", "opaque",
                             "client", "sentry", "cf"])
    if kind == "steam":
        return rs(r, 32, "0123456789ABCDEF")
    if kind == "twitch":
        return rs(r, 30, LOWDIG)
    if kind == "discord":
        return r.choice(["MT", "Mz", "OD", "OT"]) + rs(r, 24, ALNUM) + "." + rs(r, 6, B64U) + "." + rs(r, 38, B64U)
    if kind == "whsec":
        return "whsec_" + rs(r, 32)
    if kind == "sendgrid":
        return "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U)
    if kind == "mailgun":
        return "key-" + hexs(r, 32)
    if kind == "client":
        return rs(r, 40, ALNUM + "~._-")
    if kind == "sentry":
        return hexs(r, 32)
    if kind == "cf":
        return rs(r, 40, ALNUM + "_-")
    return rs(r, r.randint(32, 48), ALNUM)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# --- hard-negative identifiers --------------------------------------------
def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def order_no(r):
    return r.choice([f"ORD-{digits(r, 8)}", f"#{digits(r, 7)}", f"NA-{rs(r, 10, UPDIG)}",
                     f"{digits(r, 3)}-{digits(r, 7)}", (lambda x: f"GP.{x[:4]}-{x[4:8]}-{x[8:12]}-{x[12:]}")(non_luhn_digits(r, 17))])


def ticket_no(r):
    return r.choice([f"#{digits(r, 6)}", f"TCK-{digits(r, 6)}", f"SR-{digits(r, 7)}", f"{rs(r, 3, UPPER)}-{digits(r, 5)}"])


def case_no(r):
    return r.choice([f"CB-{r.randint(2023, 2025)}-{digits(r, 6)}", f"DSP-{digits(r, 7)}", f"CASE-{digits(r, 8)}"])


def version(r):
    return f"{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 12)}"


def build_no(r):
    return f"{r.randint(1, 3)}.{r.randint(0, 60)}.{r.randint(0, 9)}.{digits(r, 5)}"


def match_id(r):
    return r.choice([f"M-{hexs(r, 12)}", f"{r.choice(['EUW', 'NA', 'BR', 'KR'])}1_{digits(r, 10)}", uuid4(r)])


def sha(r, n=40):
    return hexs(r, n)


def epoch(r):
    return str(1700000000 + r.randint(0, 60000000))


def tracking_no(r):
    return r.choice(["1Z" + rs(r, 16, UPDIG), f"JD{non_luhn_digits(r, 16)}GB", f"LX{digits(r, 9)}{r.choice(['DE', 'NL', 'CN'])}",
                     f"{rs(r, 2, UPPER)}{digits(r, 9)}{rs(r, 2, UPPER)}"])


def amount(r, cur="USD"):
    v = r.choice([4.99, 9.99, 19.99, 24.99, 49.99, 99.99, 149.0, 2.49, 1299.0, 350.0, 12.5])
    if cur == "USD":
        return f"${v:,.2f}"
    if cur == "GBP":
        return f"£{v:,.2f}"
    if cur == "EUR":
        return r.choice([f"€{v:,.2f}", f"{v:.2f} €".replace(".", ","), f"EUR {v:.2f}"])
    if cur == "PLN":
        return f"{v:.2f} zł".replace(".", ",")
    if cur == "SEK":
        return f"{v * 10:.0f} kr"
    if cur == "TRY":
        return f"{v * 30:.2f} TL".replace(".", ",")
    if cur == "CZK":
        return f"{v * 25:.0f} Kč"
    if cur == "BRL":
        return f"R$ {v * 5:.2f}".replace(".", ",")
    return f"{v:.2f} {cur}"


def plate(r):
    return r.choice([f"B-{rs(r, 2, UPPER)} {r.randint(10, 9999)}", f"{rs(r, 2, UPPER)}-{digits(r, 3)}-{rs(r, 2, UPPER)}",
                     f"{rs(r, 3, UPPER)} {digits(r, 3)}", f"{r.randint(1, 9)}{rs(r, 3, UPPER)}{digits(r, 3)}",
                     f"{rs(r, 2, UPPER)}{digits(r, 2)} {rs(r, 3, UPPER)}"])


def vin(r):
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


IATA = ["LHR", "CDG", "FRA", "MAD", "FCO", "LIS", "AMS", "WAW", "ARN", "CPH", "OSL", "HEL", "PRG", "IST",
        "JFK", "LAX", "SEA", "ATL", "YYZ", "SYD", "MUC", "BCN", "MXP", "GRU", "KRK", "GOT"]
ICD = ["M65.4", "G56.00", "M77.10", "M54.2", "R51.9", "H53.8", "M79.641", "S63.501A", "G47.00", "F41.1"]
CPT = ["97110", "99213", "97140", "20550", "97530", "99203"]
LOINC = ["2345-7", "718-7", "4548-4", "2093-3"]
DRUGS = ["ibuprofen", "naproxen", "Ritalin", "Adderall", "cetirizine", "EpiPen", "Ventolin", "sumatriptan",
         "melatonin", "amoxicillin", "Concerta", "paracetamol"]


def npi(r):
    return "1" + digits(r, 9)


def seat(r):
    return f"{r.randint(1, 42)}{r.choice('ABCDEF')}"


def booking_ref(r):
    return rs(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


# ---------------------------------------------------------------------------
# Theme vocabulary (fictional brands)
# ---------------------------------------------------------------------------
STUDIOS = [("NovaArena", "novaarena.gg"), ("Emberlight Games", "emberlight-games.com"), ("Riftcall", "riftcall.io"),
           ("Pixelforge Interactive", "pixelforge-interactive.com"), ("Gridlock Studios", "gridlockstudios.net"),
           ("Starfall Online", "starfall-online.com"), ("Hexbyte Entertainment", "hexbyte.games"),
           ("Moonwell Labs", "moonwell-labs.io")]
GAMES = ["Shardfall", "Hollow Crown Online", "Neon Drift", "Skyreach Legends", "Iron Bastion", "Rift Tactics",
         "Starfall Arena", "Dungeon Circuit", "Bramble Kart", "Echoes of Vael"]
LEAGUES = [("Kestrel Esports League", "kestrel-league.com"), ("Northern Lights Circuit", "nlcircuit.gg"),
           ("Apex Collegiate Series", "apexcollegiate.org"), ("Frostbite Cup", "frostbitecup.gg"),
           ("Solstice Showdown", "solstice-showdown.com")]
EVENTS = ["Kestrel Open Series", "Frostbite Cup", "Neon Clash Invitational", "Midnight Masters",
          "Winter LAN Festival", "Solstice Showdown", "Pixel Siege Finals", "Harbor LAN"]
TEAMS = ["Nordic Owls", "Obsidian Five", "Velvet Storm", "Golden Lynx", "Null Pointers", "Tidal Wave GG",
         "Polar Foxes", "Ninth Circle", "Copper Hawks", "Static Bloom", "Lunar Koi", "Rusty Anchors"]
ITEMS = ["2,800 Gems", "Battle Pass Season 9", "Founder's Pack", "Mythic Dragon skin bundle", "1,000 Coins",
         "Legendary Loot Crate x10", "Premium Subscription (12 months)", "Starter Kit", "Emote Bundle Vol. 3"]
PEOPLE_BRANDS = ["Ben & Jerry's", "Dell", "McLaren", "Wendy's", "Mercedes-Benz", "Tim Hortons", "Ford",
                 "Müller & Söhne GmbH"]
PET_NAMES = ["Biscuit", "Mochi", "Pixel", "Nugget", "Waffles", "Luna", "Pepper", "Noodle", "Toast", "Mango"]
INSURERS = ["BlueHarbor Health", "Cedar Mutual Health Plan", "Northstar Care", "Keystone Health Alliance",
            "Summit Ridge Health"]
SV_COUNTRY = {"US": "USA", "CA": "Kanada", "GB": "Storbritannien", "AU": "Australien", "DE": "Tyskland",
              "AT": "Österrike", "FR": "Frankrike", "ES": "Spanien", "MX": "Mexiko", "IT": "Italien", "PT": "Portugal",
              "BR": "Brasilien", "NL": "Nederländerna", "BE": "Belgien", "PL": "Polen", "SE": "Sverige", "DK": "Danmark",
              "NO": "Norge", "FI": "Finland", "CZ": "Tjeckien", "TR": "Turkiet"}
HANDLE_A = ["Shadow", "Frost", "Neon", "Pixel", "Void", "Crimson", "Turbo", "Silent", "Lucky", "Rogue", "Hyper",
            "Toxic", "Cosmic", "Lazy", "Savage", "Mystic", "Glitch", "Atomic", "Salty", "Feral", "Quantum"]
HANDLE_B = ["Ninja", "Sniper", "Panda", "Viper", "Knight", "Goblin", "Falcon", "Wizard", "Potato", "Reaper",
            "Badger", "Otter", "Comet", "Kraken", "Moth", "Dragon", "Yeti", "Raccoon", "Phantom", "Pickle"]


def handle(r):
    a, b = r.choice(HANDLE_A), r.choice(HANDLE_B)
    k = r.randint(0, 6)
    return [f"{a}{b}", f"xX_{a}{b}_Xx", f"{a.lower()}_{b.lower()}{digits(r, 2)}", f"{a}{b}{r.randint(1, 999)}",
            f"the{a}{b}", f"{a[:3]}{b}TV", f"{a.lower()}{b.lower()}.exe"][k]


def studio(r):
    return r.choice(STUDIOS)


def game(r):
    return r.choice(GAMES)


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------
CTRY = {
    "US": dict(lang="en", name="United States", local="United States",
               first=["James", "Mary", "Michael", "Jennifer", "Tyler", "Brianna", "Marcus", "Destiny", "Kevin",
                      "Ashley", "Jordan", "Alexis", "DeShawn", "Kayla", "Ethan", "Madison", "Carlos", "Samantha",
                      "Brandon", "Megan", "Caleb", "Aaliyah"],
               last=["Johnson", "Williams", "Rodriguez", "Nguyen", "Patel", "Kim", "Thompson", "Garcia", "Miller",
                     "Davis", "Washington", "O'Brien", "Martinez", "Anderson", "Brooks", "Chen", "Reyes", "Parker",
                     "Coleman", "Hughes", "Sullivan", "Foster"],
               cities=[("Austin", "TX", "787"), ("Seattle", "WA", "981"), ("Columbus", "OH", "432"),
                       ("Orlando", "FL", "328"), ("Denver", "CO", "802"), ("Raleigh", "NC", "276"),
                       ("San Diego", "CA", "921"), ("Chicago", "IL", "606"), ("Atlanta", "GA", "303"),
                       ("Phoenix", "AZ", "850"), ("Brooklyn", "NY", "112"), ("Portland", "OR", "972")],
               streets=["Maple Ave", "Oak Street", "Sunset Blvd", "Cedar Lane", "Lakeview Drive", "Pine Court",
                        "Elm Street", "Highland Avenue", "Willow Way", "River Road", "Magnolia Drive"],
               states={"TX": "Texas", "WA": "Washington", "OH": "Ohio", "FL": "Florida", "CO": "Colorado",
                       "NC": "North Carolina", "CA": "California", "IL": "Illinois", "GA": "Georgia",
                       "AZ": "Arizona", "NY": "New York", "OR": "Oregon"},
               area={"TX": "512", "WA": "206", "OH": "614", "FL": "407", "CO": "303", "NC": "919", "CA": "619",
                     "IL": "312", "GA": "404", "AZ": "602", "NY": "718", "OR": "503"}),
    "CA": dict(lang="en", name="Canada", local="Canada",
               first=["Liam", "Olivia", "Noah", "Emma", "Owen", "Chloe", "Logan", "Avery", "Nathan", "Zoe"],
               last=["Tremblay", "Gagnon", "Roy", "MacDonald", "Campbell", "Wong", "Singh", "Leblanc", "Fraser", "Bouchard"],
               cities=[("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"), ("Montreal", "QC", "H2X"),
                       ("Calgary", "AB", "T2P"), ("Ottawa", "ON", "K1P"), ("Halifax", "NS", "B3J")],
               streets=["King Street West", "Granville Street", "Rue Sainte-Catherine", "Yonge Street", "Bank Street"],
               area={"ON": "416", "BC": "604", "QC": "514", "AB": "403", "NS": "902"}),
    "GB": dict(lang="en", name="United Kingdom", local="United Kingdom",
               first=["Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Freya", "Callum", "Niamh",
                      "Rhys", "Ellie", "Alfie", "Poppy"],
               last=["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright",
                     "McDonald", "Hughes", "Clarke", "Patel"],
               cities=[("London", "England", "SW1A"), ("Manchester", "England", "M1"), ("Leeds", "England", "LS1"),
                       ("Glasgow", "Scotland", "G1"), ("Bristol", "England", "BS1"), ("Cardiff", "Wales", "CF10"),
                       ("Birmingham", "England", "B1"), ("Edinburgh", "Scotland", "EH1")],
               streets=["High Street", "Church Road", "Station Road", "Victoria Road", "Park Lane", "Queen Street",
                        "Mill Lane", "Albert Road"]),
    "AU": dict(lang="en", name="Australia", local="Australia",
               first=["Jack", "Charlotte", "Cooper", "Mia", "Lachlan", "Ruby", "Harrison", "Matilda"],
               last=["Smith", "Nguyen", "Kelly", "Mitchell", "O'Connor", "Campbell", "Ryan", "Murphy"],
               cities=[("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000"), ("Brisbane", "QLD", "4000"),
                       ("Perth", "WA", "6000"), ("Adelaide", "SA", "5000")],
               streets=["George Street", "Collins Street", "Queen Street", "Hay Street", "Rundle Mall"]),
    "DE": dict(lang="de", name="Germany", local="Deutschland",
               first=["Lukas", "Anna", "Jonas", "Lea", "Felix", "Sophie", "Maximilian", "Marie", "Leon", "Hannah",
                      "Tim", "Laura", "Jürgen", "Sabine", "Niklas", "Katrin"],
               last=["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                     "Hoffmann", "Koch", "Richter", "Krüger", "Neumann", "Schwarz", "Zimmermann"],
               cities=[("Berlin", "Berlin", "10115"), ("München", "Bayern", "80331"), ("Hamburg", "Hamburg", "20095"),
                       ("Köln", "Nordrhein-Westfalen", "50667"), ("Frankfurt am Main", "Hessen", "60311"),
                       ("Leipzig", "Sachsen", "04109"), ("Stuttgart", "Baden-Württemberg", "70173"),
                       ("Dresden", "Sachsen", "01067"), ("Bremen", "Bremen", "28195")],
               streets=["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee",
                        "Goethestraße", "Bergstraße", "Am Markt", "Rosenweg", "Friedrichstraße"]),
    "AT": dict(lang="de", name="Austria", local="Österreich",
               first=["Lukas", "Anna", "David", "Lena", "Tobias", "Julia", "Florian", "Katharina"],
               last=["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer"],
               cities=[("Wien", "Wien", "1010"), ("Graz", "Steiermark", "8010"), ("Linz", "Oberösterreich", "4020"),
                       ("Salzburg", "Salzburg", "5020"), ("Innsbruck", "Tirol", "6020")],
               streets=["Mariahilfer Straße", "Landstraße", "Herrengasse", "Getreidegasse", "Maria-Theresien-Straße"]),
    "FR": dict(lang="fr", name="France", local="France",
               first=["Lucas", "Camille", "Hugo", "Léa", "Louis", "Chloé", "Mathis", "Manon", "Théo", "Inès",
                      "Nathan", "Élodie", "Julien", "Margaux"],
               last=["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
                     "Moreau", "Lefèvre", "Girard", "Fontaine", "Rousseau"],
               cities=[("Paris", "Île-de-France", "75011"), ("Lyon", "Auvergne-Rhône-Alpes", "69002"),
                       ("Marseille", "Provence-Alpes-Côte d'Azur", "13001"), ("Toulouse", "Occitanie", "31000"),
                       ("Nantes", "Pays de la Loire", "44000"), ("Lille", "Hauts-de-France", "59000"),
                       ("Bordeaux", "Nouvelle-Aquitaine", "33000"), ("Rennes", "Bretagne", "35000")],
               streets=["rue de la République", "avenue des Champs", "boulevard Voltaire", "rue des Lilas",
                        "rue du Moulin", "place de la Mairie", "rue Nationale", "allée des Tilleuls"]),
    "ES": dict(lang="es", name="Spain", local="España",
               first=["Alejandro", "Lucía", "Pablo", "María", "Javier", "Carmen", "Diego", "Sofía", "Álvaro",
                      "Paula", "Sergio", "Elena"],
               last=["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
                     "Gómez", "Jiménez", "Ruiz", "Navarro"],
               cities=[("Madrid", "Comunidad de Madrid", "28013"), ("Barcelona", "Cataluña", "08001"),
                       ("Valencia", "Comunidad Valenciana", "46001"), ("Sevilla", "Andalucía", "41001"),
                       ("Bilbao", "País Vasco", "48001"), ("Zaragoza", "Aragón", "50001"), ("Málaga", "Andalucía", "29001")],
               streets=["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia",
                        "Calle Sierpes", "Calle del Carmen", "Gran Vía"]),
    "MX": dict(lang="es", name="Mexico", local="México",
               first=["Santiago", "Valentina", "Mateo", "Regina", "Emiliano", "Ximena", "Diego", "Camila"],
               last=["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Flores", "Cruz"],
               cities=[("Ciudad de México", "CDMX", "06600"), ("Guadalajara", "Jalisco", "44100"),
                       ("Monterrey", "Nuevo León", "64000"), ("Puebla", "Puebla", "72000")],
               streets=["Avenida Reforma", "Calle Madero", "Avenida Juárez", "Calle Hidalgo", "Avenida Insurgentes Sur"]),
    "IT": dict(lang="it", name="Italy", local="Italia",
               first=["Francesco", "Giulia", "Alessandro", "Sofia", "Lorenzo", "Chiara", "Matteo", "Martina",
                      "Andrea", "Federica", "Marco", "Elisa"],
               last=["Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
                     "Bruno", "Gallo", "Conti"],
               cities=[("Milano", "Lombardia", "20121"), ("Roma", "Lazio", "00184"), ("Torino", "Piemonte", "10121"),
                       ("Napoli", "Campania", "80133"), ("Bologna", "Emilia-Romagna", "40121"),
                       ("Firenze", "Toscana", "50122"), ("Genova", "Liguria", "16121")],
               streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Dante", "Viale Monza",
                        "Via dei Mille", "Piazza della Libertà"]),
    "PT": dict(lang="pt", name="Portugal", local="Portugal",
               first=["João", "Beatriz", "Rodrigo", "Inês", "Tiago", "Mariana", "Diogo", "Ana", "Rui", "Catarina"],
               last=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
                     "Sousa", "Fernandes"],
               cities=[("Lisboa", "Lisboa", "1100-053"), ("Porto", "Porto", "4000-322"), ("Braga", "Braga", "4700-035"),
                       ("Coimbra", "Coimbra", "3000-141"), ("Faro", "Faro", "8000-138")],
               streets=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Avenida dos Aliados"]),
    "BR": dict(lang="pt", name="Brazil", local="Brasil",
               first=["Gabriel", "Júlia", "Lucas", "Larissa", "Matheus", "Camila", "Rafael", "Fernanda", "Bruno", "Letícia"],
               last=["Silva", "Souza", "Oliveira", "Lima", "Pereira", "Carvalho", "Almeida", "Ribeiro", "Gomes", "Barbosa"],
               cities=[("São Paulo", "SP", "01310-100"), ("Rio de Janeiro", "RJ", "22041-001"),
                       ("Belo Horizonte", "MG", "30130-000"), ("Curitiba", "PR", "80020-000"),
                       ("Porto Alegre", "RS", "90010-000"), ("Recife", "PE", "50030-000")],
               streets=["Avenida Paulista", "Rua Augusta", "Avenida Atlântica", "Rua XV de Novembro", "Rua da Aurora"]),
    "NL": dict(lang="nl", name="Netherlands", local="Nederland",
               first=["Daan", "Emma", "Sem", "Julia", "Lucas", "Sanne", "Bram", "Fleur", "Thijs", "Lotte", "Ruben", "Anouk"],
               last=["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
                     "Meijer", "de Boer", "Mulder", "Bos"],
               cities=[("Amsterdam", "Noord-Holland", "1015 CJ"), ("Rotterdam", "Zuid-Holland", "3011 AD"),
                       ("Utrecht", "Utrecht", "3511 LX"), ("Eindhoven", "Noord-Brabant", "5611 EM"),
                       ("Groningen", "Groningen", "9711 LM"), ("Den Haag", "Zuid-Holland", "2511 CV")],
               streets=["Keizersgracht", "Kalverstraat", "Oudegracht", "Stationsweg", "Dorpsstraat", "Kerkstraat", "Molenweg"]),
    "BE": dict(lang="nl", name="Belgium", local="België",
               first=["Arthur", "Louise", "Noah", "Olivia", "Jules", "Mila", "Victor", "Elena"],
               last=["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens"],
               cities=[("Antwerpen", "Antwerpen", "2000"), ("Gent", "Oost-Vlaanderen", "9000"),
                       ("Leuven", "Vlaams-Brabant", "3000"), ("Brugge", "West-Vlaanderen", "8000")],
               streets=["Meir", "Veldstraat", "Bondgenotenlaan", "Steenstraat", "Kerkstraat"]),
    "PL": dict(lang="pl", name="Poland", local="Polska",
               first=["Jakub", "Zuzanna", "Kacper", "Julia", "Szymon", "Maja", "Michał", "Aleksandra", "Wojciech",
                      "Katarzyna", "Piotr", "Agnieszka"],
               last=["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
                     "Szymański", "Woźniak", "Dąbrowski", "Mazur", "Krawczyk"],
               cities=[("Warszawa", "mazowieckie", "00-590"), ("Kraków", "małopolskie", "31-042"),
                       ("Wrocław", "dolnośląskie", "50-077"), ("Gdańsk", "pomorskie", "80-831"),
                       ("Poznań", "wielkopolskie", "61-772"), ("Łódź", "łódzkie", "90-001")],
               streets=["Marszałkowska", "Floriańska", "Piotrkowska", "Długa", "Świdnicka", "Półwiejska", "Kwiatowa"]),
    "SE": dict(lang="sv", name="Sweden", local="Sverige",
               first=["William", "Alva", "Elias", "Maja", "Hugo", "Ebba", "Oscar", "Astrid", "Lucas", "Elsa"],
               last=["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
                     "Svensson", "Lindqvist"],
               cities=[("Stockholm", "Stockholms län", "111 51"), ("Göteborg", "Västra Götalands län", "411 04"),
                       ("Malmö", "Skåne län", "211 22"), ("Uppsala", "Uppsala län", "753 20"),
                       ("Umeå", "Västerbottens län", "903 26")],
               streets=["Drottninggatan", "Kungsgatan", "Storgatan", "Södra Förstadsgatan", "Vasagatan"]),
    "DK": dict(lang="da", name="Denmark", local="Danmark",
               first=["Mads", "Freja", "Magnus", "Ida", "Emil", "Clara", "Frederik", "Sofie", "Rasmus", "Karen"],
               last=["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
                     "Rasmussen", "Poulsen"],
               cities=[("København", "Region Hovedstaden", "2200"), ("Aarhus", "Region Midtjylland", "8000"),
                       ("Odense", "Region Syddanmark", "5000"), ("Aalborg", "Region Nordjylland", "9000")],
               streets=["Nørrebrogade", "Vesterbrogade", "Strøget", "Søndergade", "Algade"]),
    "NO": dict(lang="no", name="Norway", local="Norge",
               first=["Jakob", "Nora", "Filip", "Emma", "Henrik", "Ingrid", "Sander", "Sigrid", "Kristian", "Thea"],
               last=["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Berg", "Haugen", "Bakke", "Dahl", "Lie"],
               cities=[("Oslo", "Oslo", "0154"), ("Bergen", "Vestland", "5003"), ("Trondheim", "Trøndelag", "7011"),
                       ("Stavanger", "Rogaland", "4006"), ("Tromsø", "Troms", "9008")],
               streets=["Karl Johans gate", "Storgata", "Kirkegata", "Bryggen", "Torggata"]),
    "FI": dict(lang="fi", name="Finland", local="Suomi",
               first=["Eetu", "Aino", "Onni", "Helmi", "Leo", "Venla", "Elias", "Sofia", "Juho", "Emilia"],
               last=["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
                     "Koskinen", "Järvinen"],
               cities=[("Helsinki", "Uusimaa", "00100"), ("Tampere", "Pirkanmaa", "33100"),
                       ("Turku", "Varsinais-Suomi", "20100"), ("Oulu", "Pohjois-Pohjanmaa", "90100"),
                       ("Espoo", "Uusimaa", "02100")],
               streets=["Mannerheimintie", "Hämeenkatu", "Aurakatu", "Kauppurienkatu", "Kirkkokatu"]),
    "CZ": dict(lang="cs", name="Czech Republic", local="Česká republika",
               first=["Jan", "Tereza", "Tomáš", "Eliška", "Jakub", "Anna", "Lukáš", "Karolína", "Martin", "Petra"],
               last=[("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Dvořák", "Dvořáková"),
                     ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá")],
               cities=[("Praha", "Hlavní město Praha", "110 00"), ("Brno", "Jihomoravský kraj", "602 00"),
                       ("Ostrava", "Moravskoslezský kraj", "702 00"), ("Plzeň", "Plzeňský kraj", "301 00"),
                       ("Olomouc", "Olomoucký kraj", "779 00")],
               streets=["Vinohradská", "Národní", "Masarykova", "Husova", "Palackého", "Nádražní"]),
    "TR": dict(lang="tr", name="Turkey", local="Türkiye",
               first=["Mehmet", "Zeynep", "Mustafa", "Elif", "Emre", "Ayşe", "Burak", "Merve", "Can", "Selin"],
               last=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"],
               cities=[("Kadıköy", "İstanbul", "34710"), ("Çankaya", "Ankara", "06690"), ("Karşıyaka", "İzmir", "35540"),
                       ("Nilüfer", "Bursa", "16110"), ("Muratpaşa", "Antalya", "07100"), ("Beşiktaş", "İstanbul", "34353")],
               streets=["Bağdat Caddesi", "Atatürk Bulvarı", "Cumhuriyet Caddesi", "İstiklal Caddesi", "Gazi Mustafa Kemal Bulvarı"]),
}
ALL_CC = list(CTRY)
LANG_CC = {}
for _cc, _c in CTRY.items():
    LANG_CC.setdefault(_c["lang"], []).append(_cc)

MAILDOM = {"US": ["comcast.net", "att.net"], "CA": ["rogers.com", "shaw.ca"], "GB": ["btinternet.com", "sky.com"],
           "AU": ["bigpond.com", "optusnet.com.au"], "DE": ["web.de", "gmx.de", "t-online.de"], "AT": ["gmx.at", "aon.at"],
           "FR": ["orange.fr", "free.fr", "laposte.net"], "ES": ["telefonica.net", "hotmail.es"],
           "MX": ["prodigy.net.mx", "hotmail.com.mx"], "IT": ["libero.it", "virgilio.it", "tiscali.it"],
           "PT": ["sapo.pt", "clix.pt"], "BR": ["uol.com.br", "bol.com.br"], "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
           "BE": ["telenet.be", "skynet.be"], "PL": ["wp.pl", "onet.pl", "interia.pl"], "SE": ["telia.com", "bredband.net"],
           "DK": ["mail.dk", "jubii.dk"], "NO": ["online.no", "getmail.no"], "FI": ["luukku.com", "elisanet.fi"],
           "CZ": ["seznam.cz", "email.cz", "centrum.cz"], "TR": ["yandex.com.tr", "superonline.com"]}
GENERIC_MAILDOM = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com", "gmx.net"]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ı": "i",
                       "İ": "I", "đ": "d", "å": "a", "Å": "A"})


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


FEMALE = {
    "Mary", "Jennifer", "Brianna", "Destiny", "Ashley", "Alexis", "Kayla", "Madison", "Samantha", "Megan", "Aaliyah",
    "Olivia", "Emma", "Chloe", "Avery", "Zoe", "Amelia", "Isla", "Ava", "Freya", "Niamh", "Ellie", "Poppy",
    "Charlotte", "Mia", "Ruby", "Matilda", "Anna", "Lea", "Sophie", "Marie", "Hannah", "Laura", "Sabine", "Katrin",
    "Lena", "Julia", "Katharina", "Camille", "Léa", "Chloé", "Manon", "Inès", "Élodie", "Margaux", "Lucía", "María",
    "Carmen", "Sofía", "Paula", "Elena", "Valentina", "Regina", "Ximena", "Camila", "Giulia", "Sofia", "Chiara",
    "Martina", "Federica", "Elisa", "Beatriz", "Mariana", "Ana", "Catarina", "Júlia", "Larissa", "Fernanda",
    "Letícia", "Sanne", "Fleur", "Lotte", "Anouk", "Louise", "Mila", "Zuzanna", "Maja", "Aleksandra", "Katarzyna",
    "Agnieszka", "Alva", "Ebba", "Astrid", "Elsa", "Freja", "Ida", "Clara", "Sofie", "Karen", "Nora", "Ingrid",
    "Sigrid", "Thea", "Aino", "Helmi", "Venla", "Emilia", "Tereza", "Eliška", "Karolína", "Petra", "Zeynep", "Elif",
    "Ayşe", "Merve", "Selin",
}
HON = {"en": ("Mr.", "Ms."), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "es": ("Sr.", "Sra."),
       "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra."), "nl": ("dhr.", "mevr."), "pl": ("Pan", "Pani")}


def hon(p, lang="en"):
    return HON[lang][1 if p.female else 0]


class Person:
    def __init__(self, first, last, cc, mid=""):
        self.first, self.last, self.cc, self.mid = first, last, cc, mid

    @property
    def female(self):
        return self.first in FEMALE

    @property
    def full(self):
        return f"{self.first} {self.mid + ' ' if self.mid else ''}{self.last}"

    @property
    def plain(self):
        return f"{self.first} {self.last}"

    @property
    def lang(self):
        return CTRY[self.cc]["lang"]


def mkperson(r, cc=None, mid=None):
    if cc is None:
        cc = r.choice(["US", "US", "US", "GB", "CA", "AU"] + ALL_CC)
    c = CTRY[cc]
    first = r.choice(c["first"])
    last = r.choice(c["last"])
    if cc == "CZ":
        last = last[1] if first.endswith("a") else last[0]
    if cc == "PL" and first.endswith("a"):
        last = re.sub(r"(ski|cki)$", lambda m: m.group(1)[:-1] + "a", last)
    if cc in ("ES", "MX") and r.random() < 0.6:
        other = r.choice(c["last"])
        if other != last:
            last = f"{last} {other}"
    m = ""
    if (mid if mid is not None else (cc == "US" and r.random() < 0.25)):
        m = r.choice(UPPER.replace("X", "").replace("Q", "")) + "."
    return Person(first, last, cc, m)


def email_for(r, p, domain=None):
    f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
    l_ = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
    local = r.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{r.randint(1, 99)}", f"{f}_{l_}", f"{l_}.{f}",
                      f"{f}.{l_}{r.randint(70, 99)}", f"{f[0]}.{l_}"])
    if domain is None:
        domain = r.choice(MAILDOM.get(p.cc, []) + GENERIC_MAILDOM)
    return f"{local}@{domain}"


def handle_email(r, h=None):
    h = h or handle(r)
    local = re.sub(r"[^a-z0-9]", "", h.lower()) or "player"
    return f"{local}{r.randint(1, 99)}@{r.choice(GENERIC_MAILDOM)}"


def staff_email(r, dom, role=None):
    role = role or r.choice(["support", "billing", "trust-safety", "payouts", "esports", "privacy", "security", "moderation"])
    return f"{role}@{dom}"


class Addr:
    pass


def mkaddr(r, cc=None):
    cc = cc or r.choice(ALL_CC)
    c = CTRY[cc]
    city, region, pc = r.choice(c["cities"])
    st = r.choice(c["streets"])
    num = r.randint(1, 240)
    a = Addr()
    a.cc, a.city, a.region, a.country, a.local_country = cc, city, region, c["name"], c["local"]
    if cc == "US":
        a.pc = pc + digits(r, 2)
        a.street = f"{num * 10 + r.randint(0, 9)} {st}" + r.choice(["", "", f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" #{r.randint(2, 40)}", f", Unit {r.randint(1, 99)}"])
        a.lines = [a.street, f"{city}, {region} {a.pc}"]
        a.full = f"{a.street}, {city}, {region} {a.pc}"
    elif cc == "CA":
        a.pc = f"{pc} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}"
        a.street = f"{num} {st}" + r.choice(["", f", Suite {r.randint(100, 900)}", f", Apt {r.randint(1, 40)}"])
        a.lines = [a.street, f"{city}, {region} {a.pc}"]
        a.full = f"{a.street}, {city}, {region} {a.pc}"
    elif cc == "AU":
        a.pc = pc
        a.street = r.choice([f"{num} {st}", f"Unit {r.randint(1, 30)}, {num} {st}", f"{r.randint(1, 30)}/{num} {st}"])
        a.lines = [a.street, f"{city} {region} {pc}"]
        a.full = f"{a.street}, {city} {region} {pc}"
    elif cc == "GB":
        a.pc = f"{pc} {r.randint(1, 9)}{rs(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        a.street = r.choice([f"{num} {st}", f"Flat {r.randint(1, 12)}, {num} {st}"])
        a.lines = [a.street, city, a.pc]
        a.full = f"{a.street}, {city} {a.pc}"
    elif cc in ("DE", "AT"):
        a.pc = pc
        a.street = f"{st} {num}{r.choice(['', '', 'a', 'b'])}"
        if cc == "AT" and r.random() < 0.5:
            a.street += f"/{r.randint(1, 20)}"
        a.lines = [a.street, f"{pc} {city}"]
        a.full = f"{a.street}, {pc} {city}"
    elif cc == "FR":
        a.pc = pc
        a.street = f"{num} {st}" + r.choice(["", "", f", bât. {r.choice('ABC')}", f", apt {r.randint(1, 60)}"])
        a.lines = [a.street, f"{pc} {city.upper() if r.random() < 0.5 else city}"]
        a.full = f"{a.street}, {a.lines[1]}"
    elif cc == "ES":
        a.pc = pc
        a.street = f"{st} {num}, {r.randint(1, 9)}º {r.choice('ABCD')}"
        a.lines = [a.street, f"{pc} {city}"]
        a.full = f"{a.street}, {pc} {city}"
    elif cc == "MX":
        a.pc = pc
        a.street = f"{st} {num}, Col. {r.choice(['Centro', 'Juárez', 'Roma Norte', 'Americana', 'Del Valle'])}"
        a.lines = [a.street, f"{pc} {city}, {region}"]
        a.full = f"{a.street}, {pc} {city}, {region}"
    elif cc == "IT":
        a.pc = pc
        a.street = f"{st} {num}"
        a.lines = [a.street, f"{pc} {city}"]
        a.full = f"{a.street}, {pc} {city}"
    elif cc == "PT":
        a.pc = pc
        a.street = f"{st} {num}, {r.randint(1, 8)}.º {r.choice(['Esq.', 'Dto.', 'A', 'B'])}"
        a.lines = [a.street, f"{pc} {city}"]
        a.full = f"{a.street}, {pc} {city}"
    elif cc == "BR":
        a.pc = pc
        a.street = f"{st}, {num * 7}, apto {r.randint(11, 190)}"
        a.lines = [a.street, f"{city} - {region}", f"CEP {pc}"]
        a.full = f"{a.street}, {city} - {region}, {pc}"
    elif cc in ("NL", "BE"):
        a.pc = pc
        a.street = f"{st} {num}" + r.choice(["", "", f"-{r.randint(1, 3)}", " bus 2", "A"])
        a.lines = [a.street, f"{pc} {city}"]
        a.full = f"{a.street}, {pc} {city}"
    elif cc == "PL":
        a.pc = pc
        a.street = f"ul. {st} {num}" + r.choice(["", f"/{r.randint(1, 80)}", f" m. {r.randint(1, 80)}"])
        a.lines = [a.street, f"{pc} {city}"]
        a.full = f"{a.street}, {pc} {city}"
    elif cc == "TR":
        a.pc = pc
        a.street = f"{st} No: {num} D: {r.randint(1, 20)}"
        a.lines = [a.street, f"{pc} {city}/{region}"]
        a.full = f"{a.street}, {pc} {city}/{region}"
    else:  # SE DK NO FI CZ
        a.pc = pc
        a.street = f"{st} {num}"
        if cc == "FI" and r.random() < 0.5:
            a.street += f" {r.choice('ABC')} {r.randint(1, 40)}"
        if cc == "DK" and r.random() < 0.5:
            a.street += f", {r.randint(1, 5)}. {r.choice(['th', 'tv', 'mf'])}"
        a.lines = [a.street, f"{pc} {city}"]
        a.full = f"{a.street}, {pc} {city}"
    return a


def phone(r, cc="US"):
    D = lambda n: digits(r, n)  # noqa: E731
    c = CTRY.get(cc, CTRY["US"])
    if cc in ("US", "CA"):
        area = r.choice(list(c["area"].values()))
        sub = "01" + D(2)
        return r.choice([f"({area}) 555-{sub}", f"{area}-555-{sub}", f"+1 {area} 555 {sub}", f"{area}.555.{sub}",
                         f"+1-{area}-555-{sub}"])
    if cc == "GB":
        return r.choice([f"+44 20 7946 0{D(3)}", f"020 7946 0{D(3)}", f"+44 7700 900{D(3)}", f"07700 900{D(3)}",
                         f"0161 496 0{D(3)}"])
    if cc == "AU":
        return r.choice([f"+61 491 570 {D(3)}", f"0491 570 {D(3)}", f"(02) 5550 {D(4)}"])
    if cc == "DE":
        m = r.choice(["151", "160", "170", "171", "176"])
        return r.choice([f"+49 {m} {D(8)}", f"0{m} {D(7)}", f"+49 30 {D(8)}", f"030 {D(7)}", f"089 {D(6)}",
                         f"+49 (0)40 {D(7)}"])
    if cc == "AT":
        return r.choice([f"+43 660 {D(7)}", f"0664 {D(7)}", f"+43 1 {D(7)}"])
    if cc == "FR":
        p = lambda: " ".join(D(2) for _ in range(4))  # noqa: E731
        return r.choice([f"+33 6 {p()}", f"06 {p()}", f"01 {p()}", f"+33 1 {p()}", f"07 {p()}"])
    if cc == "ES":
        return r.choice([f"+34 6{D(2)} {D(3)} {D(3)}", f"91{D(1)} {D(3)} {D(3)}", f"6{D(2)} {D(2)} {D(2)} {D(2)}"])
    if cc == "MX":
        return r.choice([f"+52 55 {D(4)} {D(4)}", f"+52 33 {D(4)} {D(4)}", f"55 {D(4)} {D(4)}"])
    if cc == "IT":
        return r.choice([f"+39 3{D(2)} {D(3)} {D(4)}", f"3{D(2)} {D(7)}", f"02 {D(4)} {D(4)}", f"+39 06 {D(8)}"])
    if cc == "PT":
        return r.choice([f"+351 9{D(2)} {D(3)} {D(3)}", f"21 {D(3)} {D(4)}", f"9{D(2)} {D(3)} {D(3)}"])
    if cc == "BR":
        return r.choice([f"+55 11 9{D(4)}-{D(4)}", f"(11) 9{D(4)}-{D(4)}", f"(21) 9{D(4)}-{D(4)}"])
    if cc == "NL":
        return r.choice([f"+31 6 {D(8)}", f"06-{D(8)}", f"020-{D(7)}", f"+31 20 {D(3)} {D(4)}"])
    if cc == "BE":
        return r.choice([f"+32 4{D(2)} {D(2)} {D(2)} {D(2)}", f"04{D(2)} {D(2)} {D(2)} {D(2)}", f"03 {D(3)} {D(2)} {D(2)}"])
    if cc == "PL":
        m = r.choice("5678")
        return r.choice([f"+48 {m}{D(2)} {D(3)} {D(3)}", f"{m}{D(2)}-{D(3)}-{D(3)}", f"22 {D(3)} {D(2)} {D(2)}"])
    if cc == "SE":
        return r.choice([f"+46 70 {D(3)} {D(2)} {D(2)}", f"070-{D(3)} {D(2)} {D(2)}", f"08-{D(3)} {D(3)} {D(2)}"])
    if cc == "DK":
        return r.choice([f"+45 2{D(1)} {D(2)} {D(2)} {D(2)}", f"3{D(1)} {D(2)} {D(2)} {D(2)}"])
    if cc == "NO":
        return r.choice([f"+47 9{D(2)} {D(2)} {D(3)}", f"4{D(2)} {D(2)} {D(3)}", f"22 {D(2)} {D(2)} {D(2)}"])
    if cc == "FI":
        return r.choice([f"+358 40 {D(3)} {D(4)}", f"040 {D(3)} {D(4)}", f"09 {D(4)} {D(4)}", f"+358 50 {D(7)}"])
    if cc == "CZ":
        return r.choice([f"+420 6{D(2)} {D(3)} {D(3)}", f"7{D(2)} {D(3)} {D(3)}", f"+420 2{D(2)} {D(3)} {D(3)}"])
    if cc == "TR":
        return r.choice([f"+90 5{D(2)} {D(3)} {D(2)} {D(2)}", f"0 (5{D(2)}) {D(3)} {D(2)} {D(2)}", f"0212 {D(3)} {D(2)} {D(2)}"])
    return f"+1 555 01{D(2)}"


def tollfree(r):
    return r.choice([f"1-800-555-01{digits(r, 2)}", f"(888) 555-01{digits(r, 2)}", f"0800 {digits(r, 3)} {digits(r, 4)}"])


def ipv4(r, kind=None):
    kind = kind or r.choice(["pub", "pub", "pub", "doc", "priv"])
    if kind == "doc":
        return r.choice(["203.0.113", "198.51.100", "192.0.2"]) + f".{r.randint(1, 254)}"
    if kind == "priv":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    first = r.choice([23, 31, 37, 45, 62, 77, 81, 85, 89, 91, 93, 95, 103, 109, 141, 151, 176, 178, 185, 188, 193, 212, 213, 217])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    return r.choice([f"2001:db8:{hexs(r, 4)}:{hexs(r, 4)}::{hexs(r, 3).lstrip('0') or '1'}",
                     f"2a02:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}:{hexs(r, 4)}",
                     f"2600:1700:{hexs(r, 4)}:{hexs(r, 2)}::{hexs(r, 2)}"])


def anyip(r):
    return ipv6(r) if r.random() < 0.15 else ipv4(r)


# --- ids ----------------------------------------------------------------------
def driver_license(r, cc="US", region=None):
    if cc == "US":
        region = region or r.choice(list(CTRY["US"]["states"]))
        L = r.choice(UPPER)
        return {"CA": f"{L}{digits(r, 7)}", "TX": digits(r, 8), "NY": f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
                "FL": f"{L}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
                "WA": f"WDL{rs(r, 9, UPDIG)}", "IL": f"{L}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
                "OH": f"{rs(r, 2, UPPER)}{digits(r, 6)}", "GA": digits(r, 9), "CO": f"{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}",
                "AZ": f"{L}{digits(r, 8)}", "NC": digits(r, 12), "OR": digits(r, 7)}.get(region, f"{L}{digits(r, 8)}")
    if cc == "GB":
        return f"{rs(r, 5, UPPER)}{digits(r, 6)}{rs(r, 2, UPPER)}9{rs(r, 2, UPPER)}"
    if cc in ("DE", "AT"):
        return r.choice(UPPER) + digits(r, 2) + rs(r, 7, UPDIG) + digits(r, 1)
    if cc == "FR":
        return digits(r, 12)
    if cc in ("ES", "MX"):
        n = r.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if cc == "IT":
        return f"{rs(r, 2, UPPER)}{digits(r, 7)}{r.choice(UPPER)}"
    if cc == "PL":
        return f"{digits(r, 5)}/{digits(r, 2)}/{digits(r, 4)}"
    if cc in ("NL", "BE"):
        return digits(r, 10)
    if cc == "CA":
        return f"{r.choice(UPPER)}{digits(r, 4)}-{digits(r, 5)}-{digits(r, 5)}"
    if cc == "AU":
        return digits(r, r.choice([8, 9]))
    return f"{r.choice(UPPER)}{digits(r, 8)}"


def mrn(r):
    return r.choice([digits(r, 8), f"KSC{digits(r, 7)}", f"E{digits(r, 8)}", f"{rs(r, 2, UPPER)}{digits(r, 6)}",
                     f"{digits(r, 4)}-{digits(r, 5)}"])


def health_plan_no(r):
    return r.choice([f"{rs(r, 3, UPPER)}{digits(r, 9)}", f"W{digits(r, 9)}", f"{digits(r, 9)}-01",
                     f"MBR{digits(r, 8)}", f"{rs(r, 2, UPPER)}{digits(r, 7)}"])


def kv_number(r):  # German statutory health insurance no.
    return r.choice(UPPER) + digits(r, 9)


def acct_number(r, kind="bank"):
    if kind == "bank":
        return digits(r, r.randint(9, 12))
    if kind == "customer":
        return r.choice([f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}", f"CU{digits(r, 9)}", f"{digits(r, 10)}"])
    if kind == "telecom":
        return r.choice([digits(r, 9), f"{digits(r, 3)}-{digits(r, 6)}-{digits(r, 3)}", f"{digits(r, 8)}-{digits(r, 5)}"])
    return digits(r, 10)


def group_no(r):
    return r.choice([f"GRP-{digits(r, 5)}", digits(r, 6), f"G{digits(r, 5)}"])


# ---------------------------------------------------------------------------
# Dates and times per language
# ---------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
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


def rdate(r, y0=2023, y1=2025):
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


def rdob(r, y0=1972, y1=2006):
    return rdate(r, y0, y1)


def _sticky(r, key, n):
    """Per-document stable choice (documents usually keep one date / time format)."""
    memo = r.__dict__.setdefault("_b62_sticky", {})
    if key not in memo:
        memo[key] = r.randrange(n)
    return memo[key] if r.random() < 0.85 else r.randrange(n)


def later(r, d, lo=1, hi=30):
    return d + dt.timedelta(days=r.randint(lo, hi))


def fmt_date(r, d, lang="en", style=None):
    M = MONTHS[lang][d.month - 1]
    day, mo, y = d.day, d.month, d.year
    opts = {
        "en": [f"{M} {day}, {y}", f"{day} {M} {y}", d.isoformat(), f"{mo:02d}/{day:02d}/{y}", f"{M[:3]} {day}, {y}",
               f"{day} {M[:3]} {y}"],
        "de": [f"{day:02d}.{mo:02d}.{y}", f"{day}. {M} {y}", f"{day}.{mo}.{y}"],
        "fr": [f"{day:02d}/{mo:02d}/{y}", f"{day} {M} {y}"],
        "es": [f"{day:02d}/{mo:02d}/{y}", f"{day} de {M} de {y}", f"{day}/{mo}/{y}"],
        "it": [f"{day:02d}/{mo:02d}/{y}", f"{day} {M} {y}"],
        "pt": [f"{day:02d}/{mo:02d}/{y}", f"{day} de {M} de {y}"],
        "nl": [f"{day:02d}-{mo:02d}-{y}", f"{day} {M} {y}"],
        "pl": [f"{day:02d}.{mo:02d}.{y}", f"{day} {M} {y}"],
        "sv": [d.isoformat(), f"{day} {M} {y}"],
        "da": [f"{day:02d}.{mo:02d}.{y}", f"{day}. {M} {y}"],
        "no": [f"{day:02d}.{mo:02d}.{y}", f"{day}. {M} {y}"],
        "fi": [f"{day}.{mo}.{y}", f"{day}. {M} {y}"],
        "cs": [f"{day}. {mo}. {y}", f"{day}. {M} {y}", f"{day:02d}.{mo:02d}.{y}"],
        "tr": [f"{day:02d}.{mo:02d}.{y}", f"{day} {M} {y}"],
    }[lang]
    if style == "iso":
        return d.isoformat()
    if style == "num":
        return opts[0] if lang != "en" else f"{mo:02d}/{day:02d}/{y}"
    if style == "uk":
        return f"{day} {M} {y}"
    return opts[_sticky(r, ("date", lang), len(opts))]


def fmt_date_wd(r, d, lang="en"):
    W = WEEKDAYS[lang][d.weekday()]
    M = MONTHS[lang][d.month - 1]
    return {
        "en": r.choice([f"{W}, {M} {d.day}, {d.year}", f"{W} {d.day} {M} {d.year}"]),
        "de": f"{W}, {d.day}. {M} {d.year}", "fr": f"{W} {d.day} {M} {d.year}",
        "es": f"{W}, {d.day} de {M} de {d.year}", "it": f"{W} {d.day} {M} {d.year}",
        "pt": f"{W}, {d.day} de {M} de {d.year}", "nl": f"{W} {d.day} {M} {d.year}",
        "pl": f"{W}, {d.day} {M} {d.year}", "sv": f"{W} {d.day} {M} {d.year}",
        "da": f"{W} den {d.day}. {M} {d.year}", "no": f"{W} {d.day}. {M} {d.year}",
        "fi": f"{W} {d.day}.{d.month}.{d.year}", "cs": f"{W} {d.day}. {M} {d.year}",
        "tr": f"{d.day} {M} {d.year} {W}",
    }[lang]


def rtime(r):
    return r.randint(8, 22), r.choice([0, 0, 0, 15, 30, 30, 45, r.randint(0, 59)])


def fmt_time(r, h, m, lang="en"):
    if lang == "en":
        h12 = h % 12 or 12
        opts = [f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}", f"{h:02d}:{m:02d}", f"{h12}:{m:02d}{'am' if h < 12 else 'pm'}"]
        return opts[_sticky(r, ("time", lang), 3)]
    if lang == "de":
        return [f"{h:02d}:{m:02d} Uhr", f"{h:02d}:{m:02d}"][_sticky(r, ("time", lang), 2)]
    if lang in ("fr", "pt"):
        return [f"{h}h{m:02d}", f"{h:02d}:{m:02d}"][_sticky(r, ("time", lang), 2)]
    if lang == "fi":
        return f"{h}.{m:02d}"
    return f"{h:02d}:{m:02d}"


JOIN = {"en": [" at ", ", "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las "], "it": [" alle ", ", "],
        "pt": [" às "], "nl": [", ", " "], "pl": [", "], "sv": [" ", ", "], "da": [", "], "no": [", "],
        "fi": [" ", ", "], "cs": [" ", ", "], "tr": [" ", ", "]}


def fmt_dt(r, d, lang="en", wd=False, hm=None):
    h, m = hm or rtime(r)
    ds = fmt_date_wd(r, d, lang) if wd else fmt_date(r, d, lang)
    if lang == "en" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", ds):
        return f"{ds} {h:02d}:{m:02d}"
    return ds + r.choice(JOIN[lang]) + fmt_time(r, h, m, lang)


def rfc2822(r, d=None):
    d = d or rdate(r)
    return (f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day:02d} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['+0000', '+0100', '+0200', '-0500', '-0800'])}")


def logseq(r, n, d=None):
    """n ascending ISO log timestamps on one day (hard negatives)."""
    d = d or rdate(r)
    secs = sorted(r.randint(0, 86399) for _ in range(n))
    return [f"{d.isoformat()}T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{digits(r, 3)}Z" for s in secs]


def logts(r, d=None):
    d = d or rdate(r)
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{digits(r, 3)}Z"


def hl7ts(r, d=None):
    d = d or rdate(r)
    return f"{d.year}{d.month:02d}{d.day:02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"


REL_TIMES = {"en": ["yesterday", "last night", "two days ago", "earlier this week", "last weekend", "an hour ago",
                    "this morning", "a few weeks ago"]}
DURATIONS = ["45 minutes", "3 hours", "2h 14m", "90 seconds", "6 weeks", "30 days", "72 hours", "10-hour"]

PAD = {
    "en": ["Please keep this reference handy if you contact us again.",
           "This message was generated by the support workflow.",
           "No further action is required on your side at this time.",
           "Replies to this thread are logged for quality purposes."],
    "de": ["Bitte bewahren Sie diese Nachricht für Ihre Unterlagen auf.", "Diese Nachricht wurde automatisch erstellt."],
    "fr": ["Merci de conserver ce message pour vos archives.", "Ce message a été généré automatiquement."],
    "es": ["Por favor, conserve este mensaje para sus registros.", "Este mensaje se ha generado automáticamente."],
    "it": ["La preghiamo di conservare questo messaggio per i suoi archivi.", "Questo messaggio è stato generato automaticamente."],
    "pt": ["Por favor, guarde esta mensagem para os seus registos.", "Esta mensagem foi gerada automaticamente."],
    "nl": ["Bewaar dit bericht alstublieft voor uw administratie.", "Dit bericht is automatisch aangemaakt."],
    "pl": ["Prosimy zachować tę wiadomość do celów archiwalnych.", "Ta wiadomość została wygenerowana automatycznie."],
    "sv": ["Spara gärna detta meddelande för framtida referens.", "Detta meddelande skapades automatiskt."],
    "da": ["Gem venligst denne besked til senere brug.", "Denne besked er genereret automatisk."],
    "no": ["Vennligst ta vare på denne meldingen for senere referanse.", "Denne meldingen ble generert automatisk."],
    "fi": ["Säilytäthän tämän viestin myöhempää tarvetta varten.", "Tämä viesti on luotu automaattisesti."],
    "cs": ["Uschovejte si prosím tuto zprávu pro budoucí potřebu.", "Tato zpráva byla vygenerována automaticky."],
    "tr": ["Lütfen bu mesajı kayıtlarınız için saklayınız.", "Bu mesaj otomatik olarak oluşturulmuştur."],
}


def pad(d: Doc, r, lang):
    while len(d) < MIN_LEN:
        d.t(("\n\n" if not d.text().endswith("\n") else "\n") + r.choice(PAD[lang]))


# ---------------------------------------------------------------------------
# Shared layout helpers
# ---------------------------------------------------------------------------
def mail_head(d, r, frm, to, subject, date=None, extra=None):
    """frm / to: (display name or None, address)."""
    for lab, (nm, em) in (("From", frm), ("To", to)):
        if nm:
            d.f(f"{lab}: @@ <@@>\n", PER(nm), EML(em))
        else:
            d.f(f"{lab}: @@\n", EML(em))
    d.t(f"Date: {rfc2822(r, date)}\n")
    if extra:
        d.t(extra)
    d.t(f"X-Mailer-Id: {uuid4(r)}\n")
    d.t(f"Subject: {subject}\n\n")


def jkv(d, ind, key, val, comma=True, quote=True):
    d.t(" " * ind + f'"{key}": ')
    if quote:
        d.t('"')
        d.v(val)
        d.t('"')
    else:
        d.v(val)
    d.t(",\n" if comma else "\n")


class Clock:
    def __init__(self, r, h=None):
        self.r = r
        self.s = (h if h is not None else r.randint(8, 21)) * 3600 + r.randint(0, 3000)

    def tick(self, lo=10, hi=120, sec=True):
        self.s += self.r.randint(lo, hi)
        h, m, s = (self.s // 3600) % 24, (self.s // 60) % 60, self.s % 60
        return f"{h:02d}:{m:02d}:{s:02d}" if sec else f"{h:02d}:{m:02d}"


def us_person_addr(r):
    p = mkperson(r, "US")
    a = mkaddr(r, "US")
    return p, a


# ---------------------------------------------------------------------------
# English kinds with entities
# ---------------------------------------------------------------------------
def k_account_takeover_email(r):
    d = Doc("en")
    st, dom = studio(r)
    g, p, h = game(r), mkperson(r), handle(r)
    c2 = r.choice(ALL_CC)
    city2 = r.choice(CTRY[c2]["cities"])[0]
    mail_head(d, r, (p.plain if r.random() < 0.7 else None, email_for(r, p)), (None, staff_email(r, dom, "support")),
              f"Account hijacked - {g} - please help")
    d.f("Hi @@ team,\n\nSomeone got into my @@ account (in-game name @@) @@. The login alert came from IP @@ "
        "located in @@, and I have never been there. ",
        st, g, h, r.choice(REL_TIMES["en"]), IPA(anyip(r)), LOC(f"{city2}, {CTRY[c2]['name']}"))
    d.f("They changed the recovery email to @@ and spent my whole balance (@@) on skins.", EML(handle_email(r)), amount(r))
    if r.random() < 0.5:
        d.f(" The password I used was @@ and yes, I reused it elsewhere.", PWD(password(r)))
    d.f("\n\nMy last legit purchase was order @@ on @@. I have played since @@.\n", order_no(r),
        DTM(fmt_date(r, rdate(r))), str(r.randint(2012, 2021)))
    d.f("You can call me on @@ any time after work.\n\nThanks,\n@@\n", PHN(phone(r, p.cc)), PER(p.first))
    return d


def k_purchase_dispute_chat(r):
    d = Doc("en")
    st, dom = studio(r)
    p, agent = mkperson(r), mkperson(r, r.choice(["US", "GB", "CA"]))
    item = r.choice(ITEMS)
    c = Clock(r)
    cust = p.first if r.random() < 0.6 else None
    who = (lambda: PER(cust)) if cust else (lambda: "Visitor")
    d.t(f"{st} Live Chat - transcript export\nChat ID: {uuid4(r)}\nQueue: Billing / Purchases\n\n")
    d.f(f"[{c.tick()}] System: You are now chatting with @@.\n", PER(agent.first))
    d.f(f"[{c.tick()}] @@: hi i got charged twice for the {item}, both on @@\n", who(), DTM(fmt_date(r, rdate(r))))
    d.f(f"[{c.tick()}] @@: Sorry about that! Could you confirm the email on the account?\n", PER(agent.first))
    d.f(f"[{c.tick()}] @@: @@\n", who(), EML(email_for(r, p)))
    o1, o2 = order_no(r), order_no(r)
    d.f(f"[{c.tick()}] @@: Thanks. I can see orders {o1} and {o2}, {amount(r)} each, paid with card {masked_card(r)}.\n",
        PER(agent.first))
    if r.random() < 0.6:
        d.f(f"[{c.tick()}] @@: yes thats the one, full number is @@ if you need it\n",
            who(), CARD(card(r)))
        d.f(f"[{c.tick()}] @@: Please never share full card numbers in chat - I have redacted it from our side. "
            "You don't need to send it again.\n", PER(agent.first))
    else:
        d.f(f"[{c.tick()}] @@: yes. my bank says the second one is still pending\n", who())
    d.f(f"[{c.tick()}] @@: I've refunded {o2}. It takes {r.choice(['3-5 business days', '5-7 business days', 'up to 10 days'])} "
        "to show up. Anything else?\n", PER(agent.first))
    if r.random() < 0.5:
        d.f(f"[{c.tick()}] @@: can you send the confirmation to my other email @@ too\n", who(), EML(handle_email(r)))
    d.f(f"[{c.tick()}] @@: no thats all, thanks @@\n", who(), PER(agent.first))
    d.t(f"[{c.tick()}] System: Chat closed. Satisfaction survey sent.\n")
    return d


def k_chargeback_case_json(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    st, dom = studio(r)
    d.t("{\n")
    jkv(d, 2, "case_id", case_no(r))
    jkv(d, 2, "merchant", st)
    jkv(d, 2, "network", r.choice(["visa", "mastercard", "amex"]))
    jkv(d, 2, "reason_code", r.choice(["10.4", "13.1", "4837", "4853", "F29"]))
    jkv(d, 2, "reason", r.choice(["fraud_card_absent", "merchandise_not_received", "duplicate_processing"]))
    d.t('  "cardholder": {\n')
    jkv(d, 4, "name", PER(p.full.upper() if r.random() < 0.3 else p.full))
    jkv(d, 4, "email", EML(email_for(r, p)))
    jkv(d, 4, "phone", PHN(phone(r, "US")))
    d.t('    "billing_address": {\n')
    jkv(d, 6, "line1", ADR(a.street))
    jkv(d, 6, "city", LOC(a.city))
    jkv(d, 6, "state", LOC(a.region))
    jkv(d, 6, "postal_code", a.pc)
    jkv(d, 6, "country", "US", comma=False)
    d.t("    }\n  },\n")
    jkv(d, 2, "pan", CARD(card_number(r)))
    jkv(d, 2, "amount", f"{r.randint(5, 400)}.{r.choice(['00', '99', '49'])}", quote=False)
    jkv(d, 2, "currency", "USD")
    txd = rdate(r)
    jkv(d, 2, "transaction_date", DTM(txd.isoformat()))
    jkv(d, 2, "respond_by", DTM(later(r, txd, 30, 60).isoformat()))
    jkv(d, 2, "device_ip", IPA(ipv4(r)))
    jkv(d, 2, "arn", non_luhn_digits(r, 23))
    jkv(d, 2, "created", epoch(r), quote=False, comma=False)
    d.t("}\n")
    return d


def k_moderation_doxx_report(r):
    d = Doc("en")
    st, dom = studio(r)
    rep, tgt = handle(r), handle(r)
    victim = mkperson(r)
    a = mkaddr(r, victim.cc)
    lead = mkperson(r, r.choice(["US", "GB", "CA", "AU"]))
    d.t(f"MODERATION REPORT - Queue: Harassment / Doxxing\nReport ID: MR-{digits(r, 6)}\n")
    d.t(f"Reporter: @{rep}\nReported user: @{tgt}\nChannel: #{r.choice(['lfg-eu', 'general', 'ranked-rants', 'clips'])}\n")
    d.t(f"Community: {st} official Discord\n\nEvidence (quoted message, purged from channel):\n> ")
    d.f("lmao @@ irl is @@, lives at @@, go say hi. his mom's number is @@",
        f"@{rep}", PER(victim.full if r.random() < 0.7 else victim.full.lower()), ADR(a.full), PHN(phone(r, victim.cc)))
    d.t("\n\n")
    d.f("Action taken: permanent ban for @@, message purged, evidence hash @@ stored.\n", f"@{tgt}", sha(r, 64))
    d.f("Escalated to T&S lead @@ on @@. Law-enforcement referral: @@.\n", PER(lead.full),
        DTM(fmt_dt(r, rdate(r))), r.choice(["not requested", "pending victim consent", "filed"]))
    d.t(f"Previous strikes for @{tgt}: {r.randint(0, 4)} (last one {r.choice(REL_TIMES['en'])}).\n")
    return d


def k_tournament_registration(r):
    d = Doc("en")
    lg, dom = r.choice(LEAGUES)
    p = mkperson(r, r.choice(["US", "US", "CA"]))
    a = mkaddr(r, p.cc)
    e = mkperson(r, p.cc)
    d.t(f"{lg.upper()} - PLAYER REGISTRATION\nSeason: {r.randint(2024, 2025)} Split {r.randint(1, 2)}\n\n")
    d.f("Team: @@\nIn-game name: @@\nLegal name: @@\n", r.choice(TEAMS), handle(r), PER(p.full))
    d.f("Date of birth: @@\nCountry of residence: @@\n", DOB(fmt_date(r, rdob(r, 1995, 2007))), LOC(CTRY[p.cc]["name"]))
    d.f("Email: @@\nMobile: @@\n", EML(email_for(r, p)), PHN(phone(r, p.cc)))
    if r.random() < 0.5:
        d.f("Mailing address:\n@@\n", ADR("\n".join(a.lines)))
    else:
        d.f("Mailing address: @@\n", ADR(a.full))
    if p.cc == "US":
        st = r.choice(list(CTRY["US"]["states"]))
        d.f("Age verification: driver's license @@ issued by @@\n", DLN(driver_license(r, "US", st)), LOC(CTRY["US"]["states"][st]))
    else:
        d.f("Age verification: driver's licence @@\n", DLN(driver_license(r, p.cc)))
    d.f("Emergency contact: @@ (@@) @@\n", PER(e.full), r.choice(["mother", "father", "partner", "sibling"]), PHN(phone(r, e.cc)))
    d.t(f"Preferred language: {r.choice(['English', 'French', 'Spanish'])}\nJersey size: {r.choice(['S', 'M', 'L', 'XL'])}\n")
    d.t(f"Jersey sponsor patch: {r.choice(PEOPLE_BRANDS)}\n")
    d.f("Check-in deadline: @@\n", DTM(fmt_dt(r, rdate(r))))
    d.f("Signed electronically by @@ on @@\n", PER(p.full), DTM(fmt_date(r, rdate(r))))
    return d


def k_streamer_payout_csv(r):
    d = Doc("en")
    lang_cc = [c for c in CTRY if c in IBAN_SPEC]
    d.t("payout_batch,creator_handle,legal_name,email,country,iban,amount_eur,payout_date,status\n")
    batch = f"PB-{r.randint(2024, 2025)}-{r.randint(1, 52):02d}"
    pdate = rdate(r).isoformat()
    for _ in range(r.randint(3, 7)):
        cc = r.choice(lang_cc)
        p = mkperson(r, cc)
        d.f("@@,@@,@@,@@,@@,@@,@@,@@,@@\n", batch, handle(r), PER(p.plain), EML(email_for(r, p)), cc,
            IBN(iban(r, cc)), f"{r.randint(40, 4000)}.{digits(r, 2)}", DTM(pdate),
            r.choice(["queued", "sent", "sent", "held_kyc"]))
    d.t(f"# generated {epoch(r)} by payouts-svc {version(r)}\n")
    return d


def k_ach_payout_setup(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    st, dom = studio(r)
    d.t(f"{st} Creator Program - Direct Deposit (ACH) Setup\n{'=' * 48}\n")
    d.f("Creator handle: @@\nAccount holder: @@\n", handle(r), PER(p.full))
    d.f("Bank name: @@\nRouting number (ABA): @@\nAccount number: @@\nAccount type: @@\n",
        r.choice(["First Lakeside Credit Union", "Pioneer Valley Bank", "Harborview Federal", "Summit Trust Bank"]),
        routing_number(r), ACC(acct_number(r, "bank")), r.choice(["Checking", "Savings"]))
    d.f("Tax ID (SSN): @@\nHome address: @@\nPhone: @@\n", SSN(ssn(r)), ADR(a.full), PHN(phone(r, "US")))
    d.f("Submitted: @@ from IP @@\n", DTM(fmt_dt(r, rdate(r))), IPA(ipv4(r)))
    d.t(f"Verification: micro-deposits {amount(r)} / {amount(r)} pending; payout threshold {amount(r)}.\n")
    d.t(f"Internal ref: {uuid4(r)}\n")
    return d


def k_w9_form(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    h = handle(r)
    d.t("Form W-9  Request for Taxpayer Identification Number and Certification\n\n")
    d.f("1  Name (as shown on your income tax return): @@\n", PER(p.full))
    d.t(f"2  Business name/disregarded entity name: {h} Media LLC\n")
    d.t("3  Federal tax classification: [x] Individual/sole proprietor\n")
    d.f("5  Address (number, street, and apt.): @@\n", ADR(a.street))
    d.f("6  City: @@   State: @@   ZIP: @@\n", LOC(a.city), LOC(a.region), a.pc)
    d.t(f"7  List account number(s) here (optional): creator payouts\n\n")
    d.f("Part I  Taxpayer Identification Number\nSocial security number: @@\n\n", SSN(ssn(r, r.choice(["-", "-", " "]))))
    d.f("Part II  Certification\nSignature of U.S. person: /s/ @@     Date: @@\n", PER(p.full), DTM(fmt_date(r, rdate(r), style="num")))
    d.t(f"Received by payouts team, ticket {ticket_no(r)}.\n")
    return d


def k_anticheat_log(r):
    d = Doc("en")
    g = game(r)
    day = rdate(r)
    svc = r.choice(["ac-core", "vanguard-lite", "sentinel", "ac-kernel-bridge"])
    n = r.randint(5, 9)
    flagged = handle(r)
    for ts in logseq(r, n, day):
        lvl = r.choice(["INFO", "WARN", "WARN", "ALERT"])
        d.t(f"{ts} {lvl:<5} [{svc}] ")
        k = r.randint(0, 4)
        if k == 0:
            d.f("match=@@ player=@@ ip=@@ sig=@@ score=@@\n", match_id(r), flagged, IPA(anyip(r)), sha(r, 32), f"0.{r.randint(60, 99)}")
        elif k == 1:
            d.f("heartbeat player=@@ build=@@ latency_ms=@@ src=@@\n", handle(r), build_no(r), str(r.randint(8, 220)), IPA(ipv4(r)))
        elif k == 2:
            d.f("module_hash_mismatch player=@@ module=@@ expected=@@ got=@@\n", flagged,
                r.choice(["d3d11.dll", "overlay64.dll", "inputhook.sys"]), sha(r, 40), sha(r, 40))
        elif k == 3:
            d.f("hwid_ban_lookup player=@@ hwid=@@ result=@@\n", flagged, sha(r, 64)[:32], r.choice(["hit", "miss"]))
        else:
            d.f("vpn_exit_node player=@@ ip=@@ asn=@@\n", flagged, IPA(ipv4(r)), f"AS{r.randint(1000, 65000)}")
    if r.random() < 0.5:
        d.f("# analyst note: alt account of @@ registered with @@, ban wave @@\n", flagged, EML(handle_email(r)),
            f"BW-{digits(r, 4)}")
    return d


def k_parental_consent_us(r):
    d = Doc("en")
    lg, dom = r.choice(LEAGUES)
    parent = mkperson(r, "US")
    child = Person(r.choice(CTRY["US"]["first"]), parent.last, "US")
    a = mkaddr(r, "US")
    d.t(f"{lg} - Parent/Guardian Consent Form (players under 18)\n\n")
    d.f("Player name: @@\nGamertag: @@\nPlayer date of birth: @@\n", PER(child.full), handle(r),
        DOB(fmt_date(r, rdob(r, 2008, 2012), style="num")))
    d.f("Parent/guardian: @@\nRelationship: @@\n", PER(parent.full), r.choice(["Mother", "Father", "Legal guardian"]))
    d.f("Home address: @@\nPhone: @@\nEmail: @@\n", ADR(a.full), PHN(phone(r, "US")), EML(email_for(r, parent)))
    d.t("\nMedical information (for on-site emergencies only)\n")
    d.f("Health plan: @@   Member ID: @@   Group #: @@\n", r.choice(INSURERS), HPN(health_plan_no(r)), group_no(r))
    d.t(f"Allergies: {r.choice(['none known', 'peanuts', 'penicillin', 'bee stings'])}\n")
    d.t(f"Medications: {r.choice(DRUGS)} ({r.choice(['daily', 'as needed'])})\n")
    d.t("Physical/mental health notes: " + r.choice(["none", "mild asthma", "ADHD, takes breaks every 2 hours",
                                                    "wears glasses"]) + "\n\n")
    d.f("I consent to my child's participation and to the recording and streaming of matches.\n"
        "Signature: @@     Date: @@\n", PER(parent.full), DTM(fmt_date(r, rdate(r), style="num")))
    return d


def k_forum_export_xml(r):
    d = Doc("en")
    st, dom = studio(r)
    d.t(f'<?xml version="1.0" encoding="UTF-8"?>\n<forumExport board="{r.choice(["trading", "general", "bug-reports", "off-topic"])}" generated="{epoch(r)}">\n')
    for k in r.sample(range(4), r.randint(2, 4)):
        h = handle(r)
        d.t(f'  <post id="{digits(r, 7)}" author="{h}" ts="{epoch(r)}">\n    <ip>')
        d.v(IPA(anyip(r)))
        d.t("</ip>\n    <body>")
        if k == 0:
            p = mkperson(r)
            d.f("Selling my account, DM me or mail @@. Payment via PayPal only.", EML(email_for(r, p)))
        elif k == 1:
            d.f("Servers lagging again since patch @@, anyone else? ping is like 300ms", version(r))
        elif k == 2:
            p = mkperson(r)
            d.f("Meetup for the @@ community this weekend, ask for @@ at the front desk, or text @@.",
                game(r), PER(p.first), PHN(phone(r, p.cc)))
        else:
            d.f("Guide mirror: @@ (all credit to the original author)",
                URL(f"https://{dom}/forums/guides/{digits(r, 5)}-{r.choice(['tier-list', 'beginner-guide', 'raid-route'])}"))
        d.t("</body>\n  </post>\n")
    d.t("</forumExport>\n")
    return d


def k_game_server_yaml(r):
    d = Doc("en")
    g = game(r).lower().replace(" ", "-")
    d.t(f"# {g} dedicated server config - ranked cluster\nserver:\n  name: {r.choice(['eu-central', 'us-east', 'ap-south'])}-ranked-{r.randint(1, 40):02d}\n")
    d.t(f"  tick_rate: {r.choice([64, 128])}\n  max_players: {r.choice([10, 12, 64, 100])}\n  build: {build_no(r)}\n")
    d.f("  bind_address: @@\n  port: @@\n", IPA(ipv4(r, "priv")), str(r.randint(27000, 27100)))
    d.f("database:\n  url: postgres://matchsvc:@@@db-ranked.internal:5432/ranked\n", PWD(dsn_password(r)))
    d.f("steam:\n  web_api_key: @@\n  app_id: @@\n", SEC(generic_secret(r, "steam")), str(r.randint(200000, 2900000)))
    if r.random() < 0.6:
        d.f("aws:\n  access_key_id: @@\n  secret_access_key: @@\n  region: eu-central-1\n", AKID(aws_key(r)), ASEC(aws_secret(r)))
    d.f("admins:\n  - @@\n", EML(f"ops@{studio(r)[1]}"))
    d.t(f"motd: \"Welcome! Season ends in {r.choice(['3 weeks', '10 days', '2 months'])}.\"\n")
    return d


def k_gh_actions_leak(r):
    d = Doc("en")
    d.t(f"name: release-client\non:\n  push:\n    tags: ['v*']\n\njobs:\n  build:\n    runs-on: windows-latest\n    env:\n")
    d.t("      STEAM_USERNAME: ${{ secrets.STEAM_USERNAME }}\n      STEAM_PASSWORD: ${{ secrets.STEAM_PASSWORD }}\n")
    d.t("      SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}\n")
    d.f("      # TODO move to secrets before merging (hotfix @@)\n      GH_RELEASE_TOKEN: @@\n", sha(r, 7), GHT(gh_token(r)))
    if r.random() < 0.5:
        d.f("      DISCORD_WEBHOOK_SECRET: @@\n", SEC(generic_secret(r, "opaque")))
    d.t(f"    steps:\n      - uses: actions/checkout@{sha(r, 40)}\n      - run: ./build.ps1 -Version {version(r)} -Out ${{BUILD_DIR}}\n")
    d.f("      - run: curl -sf @@ -H \"Authorization: token $GH_RELEASE_TOKEN\"\n",
        URL(f"https://api.github.com/repos/{r.choice(['moonwell-labs', 'hexbyte-games', 'gridlock'])}/client/releases"))
    return d


def k_discord_bot_env(r):
    d = Doc("en")
    g = game(r)
    d.t(f"# .env for the {g} community bot - DO NOT COMMIT\nNODE_ENV=production\n")
    d.f("DISCORD_BOT_TOKEN=@@\n", SEC(generic_secret(r, "discord")))
    d.f("DISCORD_GUILD_ID=@@\n", non_luhn_digits(r, 18))
    if r.random() < 0.7:
        d.f("SLACK_BOT_TOKEN=@@\n", SLK(slack_token(r)))
    if r.random() < 0.6:
        d.f("STRIPE_SECRET_KEY=@@\n", STK(stripe_key(r)))
    d.f("DATABASE_URL=mysql://bot:@@@mysql.internal:3306/community\n", PWD(dsn_password(r)))
    d.f("REDIS_URL=redis://:@@@cache.internal:6379/0\n", PWD(dsn_password(r)))
    d.f("TWITCH_CLIENT_SECRET=@@\n", SEC(generic_secret(r, "twitch")))
    d.f("ADMIN_CONTACT=@@\n", EML(email_for(r, mkperson(r))))
    d.t(f"LOG_LEVEL=info\nSENTRY_RELEASE={version(r)}\nSTRIPE_WEBHOOK_SECRET=${{STRIPE_WEBHOOK_SECRET}}\n")
    return d


def k_k8s_secret(r):
    d = Doc("en")
    ns = r.choice(["ranked", "matchmaking", "store", "social"])
    d.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {ns}-credentials\n  namespace: {ns}\n")
    d.t(f"  labels:\n    app.kubernetes.io/version: \"{version(r)}\"\ntype: Opaque\ndata:\n")
    d.f("  DB_PASSWORD: @@\n", PWD(b64(dsn_password(r))))
    if r.random() < 0.6:
        d.f("  REDIS_PASSWORD: @@\n", PWD(b64(password(r))))
    d.f("  JWT_SIGNING_KEY: @@\n", SEC(b64(rs(r, 32))))
    d.f("  STEAM_API_KEY: @@\n", SEC(b64(generic_secret(r, "steam"))))
    if r.random() < 0.5:
        d.f("  SENDGRID_API_KEY: @@\n", SEC(b64(generic_secret(r, "sendgrid"))))
    d.t(f"# applied by argocd, revision {sha(r, 40)}\n")
    return d


def k_stripe_webhook_log(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    ts = epoch(r)
    d.t(f"{logseq(r, 1)[0]} INFO  webhook received POST /webhooks/stripe 200 in {r.randint(20, 400)}ms\n")
    d.t(f"Stripe-Signature: t={ts},v1={sha(r, 64)}\n")
    d.f("endpoint_secret (from config): @@\n", SEC(generic_secret(r, "whsec")))
    d.t("payload:\n{\n")
    jkv(d, 2, "id", f"evt_{rs(r, 24)}")
    jkv(d, 2, "type", r.choice(["charge.dispute.created", "charge.refunded", "payment_intent.succeeded"]))
    jkv(d, 2, "created", ts, quote=False)
    d.t('  "data": {"object": {\n    "billing_details": {\n')
    jkv(d, 6, "name", PER(p.full))
    jkv(d, 6, "email", EML(email_for(r, p)))
    jkv(d, 6, "phone", PHN(phone(r, "US")))
    d.t('      "address": {\n')
    jkv(d, 8, "line1", ADR(a.street))
    jkv(d, 8, "city", LOC(a.city))
    jkv(d, 8, "state", LOC(a.region))
    jkv(d, 8, "postal_code", a.pc)
    jkv(d, 8, "country", "US", comma=False)
    d.t("      }\n    },\n")
    d.t(f'    "payment_method_details": {{"card": {{"brand": "visa", "last4": "{digits(r, 4)}", "exp_month": {r.randint(1, 12)}, "exp_year": {r.randint(2026, 2031)}}}}},\n')
    d.t(f'    "amount": {r.randint(499, 9999)},\n    "metadata": {{"order": "{order_no(r)}", "sku": "gems_{r.choice([500, 1200, 2800])}"}}\n')
    d.t("  }}\n}\n")
    return d


def k_postmortem_leaked_keys(r):
    d = Doc("en")
    st, dom = studio(r)
    who = mkperson(r)
    lead = mkperson(r, r.choice(["US", "GB"]))
    day = rdate(r)
    d.t(f"# Postmortem: leaked AWS credentials in public mod SDK repo\n\n**Severity:** SEV-{r.randint(1, 2)}  \n")
    d.f("**Incident commander:** @@  \n**Date of incident:** @@\n\n", PER(lead.full), DTM(fmt_date(r, day)))
    d.f("## Summary\nAn IAM access key @@ and its secret @@ were committed to the public `{g}-mod-sdk` repository by contractor @@. "
        .replace("{g}", game(r).lower().replace(" ", "-")),
        AKID(aws_key(r)), ASEC(aws_secret(r)), PER(who.full))
    d.f("Automated scanning flagged it within @@; anomalous `RunInstances` calls originated from @@ and @@.\n\n",
        r.choice(["4 minutes", "11 minutes", "an hour"]), IPA(ipv4(r, "pub")), IPA(r.choice([ipv4(r, "pub"), ipv6(r)])))
    c = Clock(r, r.randint(6, 18))
    d.t("## Timeline (UTC)\n")
    d.t(f"{c.tick(60, 300, False)} - commit {sha(r, 40)[:12]} pushed\n")
    d.t(f"{c.tick(60, 600, False)} - secret scanning alert, on-call paged\n")
    d.t(f"{c.tick(300, 900, False)} - key deactivated, 37 instances terminated in eu-west-1\n")
    d.t(f"{c.tick(600, 1800, False)} - CloudTrail review complete, no data access found\n\n")
    d.f("## Follow-ups\n- Rotate remaining keys before @@\n- Contact: @@\n", DTM(fmt_date(r, rdate(r))), EML(staff_email(r, dom, "security")))
    return d


def k_llm_prompt_ticket(r):
    d = Doc("en")
    st, dom = studio(r)
    p = mkperson(r)
    g = game(r)
    d.t(f"SYSTEM: You are the support copilot for {st}. Never repeat full payment details back to the player. "
        "Answer in the player's language.\n\n")
    d.t("USER: Summarise the ticket below in two sentences and draft a polite reply.\n---\n")
    d.f("Ticket @@ | Requester: @@ <@@> | Phone: @@\n", ticket_no(r), PER(p.plain), EML(email_for(r, p)), PHN(phone(r, p.cc)))
    d.f("Game: @@ | Platform: @@ | Client version @@\n", g, r.choice(["PC", "PS5", "Xbox Series X", "Switch"]), version(r))
    d.t("Message: ")
    k = r.randint(0, 2)
    if k == 0:
        d.f("I bought the @@ on @@ but never got the items. I paid with card @@ and you still took the money. ",
            r.choice(ITEMS), DTM(fmt_date(r, rdate(r))), CARD(card(r)))
    elif k == 1:
        a = mkaddr(r, p.cc)
        d.f("The collector's edition never arrived. Shipping address is @@, tracking @@ says delivered. ",
            ADR(a.full), tracking_no(r))
    else:
        d.f("My kid made purchases without permission, @@ in total. His date of birth is @@ so he is underage. ",
            amount(r), DOB(fmt_date(r, rdob(r, 2010, 2014))))
    d.t(f"I have been a player for {r.randint(2, 9)} years and this is really frustrating.\n---\n")
    d.t("ASSISTANT:")
    return d


def k_physio_injury_note(r):
    d = Doc("en")
    team = r.choice(TEAMS)
    p = mkperson(r, r.choice(["US", "US", "CA", "GB"]))
    doc_ = mkperson(r, p.cc)
    clinic = mkaddr(r, p.cc)
    d.t(f"{team.upper()} - PERFORMANCE & MEDICAL\nPhysiotherapy assessment note (confidential)\n\n")
    d.f("Player: @@ (\"@@\")\nDOB: @@\nMRN: @@\n", PER(p.full), handle(r), DOB(fmt_date(r, rdob(r, 1996, 2006))), MRN(mrn(r)))
    d.f("Insurer: @@   Member ID: @@   Group: @@\n", r.choice(INSURERS), HPN(health_plan_no(r)), group_no(r))
    seen = rdate(r)
    d.f("Date of assessment: @@\n\n", DTM(fmt_date(r, seen)))
    d.t(f"S: Right wrist and forearm pain after {r.choice(['10-hour', '12-hour', '8-hour'])} scrim blocks, worse on mouse flicks. "
        f"Tingling in digits 4-5 at night.\n")
    d.t(f"O: Positive Finkelstein. Grip strength L 44 kg / R 36 kg. Dx {r.choice(ICD)}; treatment {r.choice(CPT)}; "
        f"labs LOINC {r.choice(LOINC)} within range. Prior claim CLM-{digits(r, 9)} closed.\n")
    d.t(f"A/P: Load management, max {r.choice(['4', '5', '6'])} h/day practice for {r.choice(['2 weeks', '10 days'])}, "
        f"{r.choice(DRUGS[:2])} 400 mg PRN, splint at night.\n")
    d.f("Follow-up: @@\n", DTM(fmt_dt(r, later(r, seen, 7, 21))))
    d.f("Referred to: Dr. @@, @@, tel. @@ (NPI @@)\n", PER(doc_.full), ADR(clinic.full), PHN(phone(r, p.cc)), npi(r))
    return d


def k_lan_first_aid_log(r):
    d = Doc("en")
    ev = r.choice(EVENTS)
    lead = mkperson(r, r.choice(["GB", "US", "AU"]))
    c = Clock(r, r.randint(10, 15))
    d.f(f"FIRST AID LOG - {ev} - Hall {r.choice('ABCD')}\nShift lead: @@\nRadio channel 4\n\n", PER(lead.full))
    for _ in range(r.randint(3, 5)):
        k = r.randint(0, 3)
        t = c.tick(300, 2400, False)
        if k == 0:
            p = mkperson(r)
            d.f(f"{t}  Attendee @@ (badge B-{digits(r, 5)}, seat {r.choice('DEFGH')}-{r.randint(1, 40)}) dizzy after {r.choice(['no food', 'energy drinks', '14 hours awake'])}. "
                "Water + sugar, recovered.\n", PER(p.full))
        elif k == 1:
            p = mkperson(r)
            d.f(f"{t}  @@ cut hand on a broken headset, cleaned and dressed. Contact for follow-up: @@\n",
                PER(p.full), PHN(phone(r, p.cc)))
        elif k == 2:
            p = mkperson(r)
            d.f(f"{t}  Player @@ from {r.choice(TEAMS)} suspected sprained ankle on stage stairs. Transferred to "
                "St. Brigid's ED, hospital record no. @@.\n", PER(p.plain), MRN(mrn(r)))
        else:
            d.t(f"{t}  Lost child reunited with parent at info desk. No injuries.\n")
    d.t(f"\nSupplies used: {r.randint(2, 9)} plasters, {r.randint(2, 4)} ice packs. Shift ended without incident.\n")
    return d


def k_marketplace_kyc(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    reviewer = mkperson(r, "US")
    st_ = a.region
    d.t(f"KYC REVIEW - Skin Marketplace Seller Tier 3\nCase: {case_no(r)}\n\n")
    d.f("Full name: @@\nDate of birth: @@\nSSN (last review): @@\n", PER(p.full), DOB(fmt_date(r, rdob(r), style="num")), SSN(ssn(r)))
    d.f("Driver license: @@ (@@), expires @@\n", DLN(driver_license(r, "US", st_)), LOC(st_), DTM(fmt_date(r, rdate(r, 2026, 2030), style="num")))
    d.f("Residential address: @@\nPhone: @@\nEmail: @@\n", ADR(a.full), PHN(phone(r, "US")), EML(email_for(r, p)))
    d.f("Signup IP: @@   Last login IP: @@\n", IPA(ipv4(r)), IPA(anyip(r)))
    d.t(f"Lifetime sales: {amount(r)} across {r.randint(40, 900)} trades; escrow {f'ESC-{digits(r, 8)}'} open.\n")
    d.t(f"Sanctions/PEP screening: clear. Device fingerprint {sha(r, 32)}.\n")
    d.t(f"Note: first submission used TIN {bad_ssn(r)} (rejected, invalid area number).\n")
    d.f("Decision: APPROVED by @@ on @@\n", PER(reviewer.full), DTM(fmt_date(r, rdate(r))))
    return d


def k_refund_letter(r):
    d = Doc("en")
    cc = r.choice(["GB", "GB", "US", "AU", "CA"])
    p = mkperson(r, cc)
    a = mkaddr(r, cc)
    st, dom = studio(r)
    ca = mkaddr(r, r.choice(["GB", "US"]))
    d.f("@@\n@@\n\n", PER(p.full), ADR("\n".join(a.lines)))
    d.f("@@\n\n", DTM(fmt_date(r, rdate(r), style="uk" if cc != "US" else None)))
    d.f("Customer Relations\n@@ Ltd\n@@\n\n", st, ADR("\n".join(ca.lines)))
    d.f("Dear Sir or Madam,\n\nRe: customer account @@ - request for refund\n\n", ACC(acct_number(r, "customer")))
    d.f("I am writing to request a refund for order @@ (@@) placed on @@. The item, \"@@\", was never delivered "
        "to my account, and your in-game support closed my ticket @@ without a response.\n\n",
        order_no(r), amount(r, "GBP" if cc == "GB" else "USD"), DTM(fmt_date(r, rdate(r), style="uk" if cc != "US" else None)),
        r.choice(ITEMS), ticket_no(r))
    d.t("Under consumer protection law digital content must be supplied as described. I would be grateful if "
        f"you would refund the full amount to the original payment card ({masked_card(r)}) within 14 days.\n\n")
    d.f("You can reach me by email at @@ or by phone on @@.\n\nYours faithfully,\n\n@@\n",
        EML(email_for(r, p)), PHN(phone(r, cc)), PER(p.full))
    return d


def k_ban_appeal_email(r):
    d = Doc("en")
    st, dom = studio(r)
    p = mkperson(r)
    h = handle(r)
    mail_head(d, r, (p.plain, email_for(r, p)), (None, staff_email(r, dom, "appeals")), f"Ban appeal - {h}")
    d.f("Hello,\n\nMy account @@ was banned @@ for \"third-party software\" (ban ID @@). I don't cheat. ", h,
        r.choice(REL_TIMES["en"]), f"BN-{digits(r, 8)}")
    d.f("The only thing running was @@ for my stream overlay. I play from home on @@ and my brother sometimes "
        "plays from @@ on the same account, maybe that looked weird?\n\n",
        r.choice(["OBS Studio", "Discord overlay", "a Razer macro app"]), IPA(ipv4(r, "pub")), IPA(r.choice([ipv4(r, "pub"), ipv6(r)])))
    d.f("I've spent over @@ on this account since @@. Please review it. My date of birth is @@ if you need to verify "
        "ownership, and the original signup email was @@.\n\n",
        amount(r), str(r.randint(2015, 2022)), DOB(fmt_date(r, rdob(r, 1990, 2007))), EML(handle_email(r, h)))
    d.f("Thank you,\n@@\n", PER(p.full))
    return d


def k_meetup_ics(r):
    d = Doc("en")
    st, dom = studio(r)
    org = mkperson(r, r.choice(["GB", "US", "DE", "NL"]))
    a = mkaddr(r, org.cc)
    day = rdate(r)
    h = r.randint(12, 18)
    tz = {"GB": "Europe/London", "US": "America/Chicago", "DE": "Europe/Berlin", "NL": "Europe/Amsterdam"}[org.cc]
    d.t(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{st}//Community Meetups//EN\nBEGIN:VEVENT\n")
    d.t(f"UID:{uuid4(r)}\nDTSTAMP:{hl7ts(r)[:8]}T{hl7ts(r)[8:]}Z\nCREATED:{hl7ts(r)[:8]}T{hl7ts(r)[8:]}Z\n")
    d.f(f"DTSTART;TZID={tz}:@@\nDTEND;TZID={tz}:@@\n", DTM(f"{day:%Y%m%d}T{h:02d}0000"), DTM(f"{day:%Y%m%d}T{h + 4:02d}0000"))
    d.t(f"SUMMARY:{game(r)} community meetup + casual bracket\n")
    d.f(f"LOCATION:{r.choice(['The Pixel Bar', 'Respawn Cafe', 'Level Up Lounge'])}\\, @@\n", ADR(a.full.replace(",", "\\,")))
    d.f("ORGANIZER;CN=@@:mailto:@@\n", PER(org.full), EML(email_for(r, org)))
    d.f("DESCRIPTION:Bring your own controller. Can't make it? Join the stream: @@ Passcode: @@\n",
        URL(f"https://meet.{dom}/j/{digits(r, 10)}"), PWD(passcode(r)))
    d.t(f"LAST-MODIFIED:{hl7ts(r)[:8]}T{hl7ts(r)[8:]}Z\nSEQUENCE:{r.randint(0, 3)}\nEND:VEVENT\nEND:VCALENDAR\n")
    return d


def k_coaching_call_invite(r):
    d = Doc("en")
    coach = mkperson(r, r.choice(["US", "GB", "CA", "SE", "DK"]))
    team = r.choice(TEAMS)
    mid = f"{r.randint(81, 99)}{digits(r, 1)} {digits(r, 4)} {digits(r, 4)}"
    d.f("@@ is inviting you to a scheduled meeting.\n\n", PER(coach.full))
    d.f("Topic: VOD review - @@ vs @@\nTime: @@ @@\n\n", team, r.choice(TEAMS), DTM(fmt_dt(r, rdate(r))),
        r.choice(["Europe/Stockholm", "America/New_York", "Europe/London", "Europe/Copenhagen"]))
    d.f("Join meeting\n@@\n\nMeeting ID: @@\nPasscode: @@\n\n", URL(f"https://zoom.us/j/{mid.replace(' ', '')}"), mid, PWD(passcode(r)))
    d.t("One tap mobile\n")
    d.f("@@,,@@# US (@@)\n", PHN("+16465550" + digits(r, 3)), mid.replace(" ", ""), LOC("New York"))
    d.t("Dial by your location\n")
    d.f("        @@ US (@@)\n", PHN(f"+1 669 555 0{digits(r, 3)}"), LOC("San Jose"))
    d.f("        @@ @@\n", PHN(f"+44 20 7946 0{digits(r, 3)}"), LOC("United Kingdom"))
    d.t(f"\nPlease review the demo files before the call (scrim {match_id(r)}). Session length {r.choice(DURATIONS[:3])}.\n")
    return d


def k_vcard_team_manager(r):
    d = Doc("en")
    cc = r.choice(["US", "GB", "DE", "FR", "SE", "PL", "NL"])
    p = mkperson(r, cc, mid=False)
    a = mkaddr(r, cc)
    team = r.choice(TEAMS)
    d.t("BEGIN:VCARD\nVERSION:3.0\n")
    d.f("N:@@;;;\nFN:@@\n", PER(f"{p.last};{p.first}"), PER(p.plain))
    d.t(f"ORG:{team}\nTITLE:{r.choice(['Team Manager', 'Head Coach', 'Operations Lead'])}\n")
    d.f("TEL;TYPE=CELL:@@\n", PHN(phone(r, cc)))
    if r.random() < 0.5:
        d.f("TEL;TYPE=WORK,FAX:@@\n", PHN(phone(r, cc)))
    d.f("EMAIL;TYPE=WORK:@@\n", EML(email_for(r, p, team.lower().replace(" ", "") + ".gg")))
    d.f("ADR;TYPE=WORK:;;@@\n", ADR(f"{a.street};{a.city};{a.region};{a.pc};{a.country}"))
    d.f("BDAY:@@\n", DOB(rdob(r, 1980, 1998).isoformat()))
    d.f("URL:@@\n", URL(f"https://{team.lower().replace(' ', '')}.gg/staff"))
    d.t(f"NOTE:Scrim contact. Prefers Discord ({handle(r)}).\nREV:{logts(r)}\nEND:VCARD\n")
    return d


def k_sql_dump_players(r):
    d = Doc("en")
    d.t(f"-- players export from staging ({version(r)}), rows masked EXCEPT test fixtures below\n")
    d.t("INSERT INTO players (id, handle, full_name, email, date_of_birth, last_ip, password_hash) VALUES\n")
    n = r.randint(2, 4)
    for i in range(n):
        p = mkperson(r)
        bh = "$2b$12$" + rs(r, 53, ALNUM + "./")
        d.f("  (@@, '@@', '@@', '@@', '@@', '@@', '@@')", str(r.randint(1000, 99999)), handle(r), PER(p.plain),
            EML(email_for(r, p)), DOB(rdob(r).isoformat()), IPA(anyip(r)), bh)
        d.t(",\n" if i < n - 1 else ";\n")
    d.t(f"-- {n} rows; checksum {sha(r, 32)}\n")
    if r.random() < 0.4:
        d.f("-- fixture admin login for QA: qa_admin / @@\n", PWD(password(r)))
    return d


def k_nginx_access_log(r):
    d = Doc("en")
    st, dom = studio(r)
    day = rdate(r)
    mon = MONTHS["en"][day.month - 1][:3]
    paths = ["/api/v2/store/purchase", "/api/v2/auth/login", "/api/v1/matchmaking/queue", "/static/app.js",
             "/api/v2/profile/avatar", "/healthz"]
    for _ in range(r.randint(4, 8)):
        ts = f"[{day.day:02d}/{mon}/{day.year}:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000]"
        d.v(IPA(anyip(r)))
        d.t(f" - - {ts} \"{r.choice(['GET', 'POST'])} {r.choice(paths)} HTTP/1.1\" {r.choice([200, 200, 201, 401, 403, 429, 502])} {r.randint(120, 9000)} ")
        if r.random() < 0.5:
            d.f("\"@@\" ", URL(f"https://store.{dom}/checkout?item={r.choice(['gems_2800', 'bp_s9', 'founders'])}&ref={rs(r, 6, LOWDIG)}"))
        else:
            d.t("\"-\" ")
        d.t(f"\"{r.choice(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'UnityPlayer/2022.3.21f1', 'okhttp/4.12.0', 'curl/8.5.0'])}\"\n")
    return d


def k_payment_gateway_error_log(r):
    d = Doc("en")
    ts = iter(logseq(r, 7))
    d.t(f"{next(ts)} INFO  checkout-svc {version(r)} starting, region=eu-west-1\n")
    d.t(f"{next(ts)} DEBUG request_id={uuid4(r)} POST /v1/charges amount={r.randint(499, 9999)} currency=eur\n")
    d.f(f"{next(ts)} ERROR gateway rejected: card_number=@@ reason=do_not_honor order=@@\n", CARD(card_number(r)), order_no(r))
    d.f(f"{next(ts)} DEBUG outbound headers: Authorization: Bearer @@\n", STK(stripe_key(r)))
    d.f(f"{next(ts)} WARN  retry 1/3 from client ip=@@ user=@@\n", IPA(anyip(r)), EML(handle_email(r)))
    d.t(f"{next(ts)} ERROR giving up after {r.randint(3, 30)}s, fallback provider disabled\n")
    d.t(f"{next(ts)} INFO  masked card for audit: {masked_card(r)}; ref {bad_card(r)} (test range, ignored)\n")
    return d


def k_crash_report(r):
    d = Doc("en")
    g = game(r)
    p = mkperson(r)
    d.t(f"=== {g} Crash Reporter ===\nBuild: {build_no(r)} (Shipping)\nSession: {uuid4(r)}\n")
    d.t(f"OS: Windows 11 {r.choice(['22H2', '23H2', '24H2'])} build {r.randint(22000, 26100)}\nGPU: "
        f"{r.choice(['RTX 4070', 'RX 7800 XT', 'GTX 1660 Super', 'Arc A770'])} driver {r.randint(530, 560)}.{digits(r, 2)}\n")
    d.f("Account email: @@\nPublic IP: @@\n", EML(email_for(r, p)), IPA(ipv4(r, "pub")))
    d.t(f"Exception: EXCEPTION_ACCESS_VIOLATION reading 0x{hexs(r, 16).upper()}\n")
    for i in range(r.randint(3, 6)):
        d.t(f"  #{i} 0x{hexs(r, 12)} {r.choice(['RenderThread::Tick', 'FNetDriver::Flush', 'UObject::ProcessEvent', 'PhysX::Step', 'AudioMixer::Mix'])} + 0x{hexs(r, 3)}\n")
    d.t(f"Minidump SHA-256: {sha(r, 64)}\n")
    d.f("User comment: \"crashed in the middle of ranked again, if someone from QA wants to call me my number is @@\"\n",
        PHN(phone(r, p.cc)))
    return d


def k_fraud_ring_notes(r):
    d = Doc("en")
    st, dom = studio(r)
    analyst = mkperson(r, "US")
    d.f("FRAUD ANALYSIS - gem resale ring\nAnalyst: @@\nOpened: @@\n\n", PER(analyst.full), DTM(fmt_date(r, rdate(r))))
    d.t(f"Pattern: {r.randint(12, 80)} new accounts buy max gem packs with different cards, gift items to 3 mule accounts within "
        f"{r.choice(['10 minutes', '1 hour', '30 minutes'])}.\n\nLinked identifiers:\n")
    for _ in range(r.randint(2, 4)):
        k = r.randint(0, 2)
        if k == 0:
            d.f("- card @@ used by 9 accounts; BIN country mismatch\n", CARD(card(r)))
        elif k == 1:
            d.f("- signup IP @@ (residential proxy) -> accounts @@, @@\n", IPA(ipv4(r, "pub")), handle(r), handle(r))
        else:
            p = mkperson(r)
            d.f("- payout PayPal @@ belongs to @@ per subpoena response\n", EML(email_for(r, p)), PER(p.full))
    d.t(f"- device fingerprint {sha(r, 32)} shared across all mules\n")
    d.t(f"- declined test card {bad_card(r)} (Luhn fails, bot typo)\n\n")
    d.f("Next step: chargeback pre-emption with issuer, freeze mules, notify @@.\n", EML(staff_email(r, dom, "risk")))
    return d


def k_account_recovery_chat(r):
    d = Doc("en")
    st, dom = studio(r)
    p = mkperson(r)
    a = mkaddr(r, p.cc)
    agent = mkperson(r, r.choice(["US", "GB", "AU"]))
    d.f(f"{st} Account Recovery - chat log (ticket {ticket_no(r)})\nAgent: @@\n\n", PER(agent.full))
    d.t("Agent: Hi! To recover the account I need to verify a few details. What's the email on file?\n")
    d.f("Player: probably @@ but it might be my old one\n", EML(email_for(r, p)))
    d.t("Agent: Thanks. Can you confirm the account holder's full name and date of birth?\n")
    d.f("Player: @@, born @@\n", PER(p.plain), DOB(fmt_date(r, rdob(r))))
    d.t("Agent: And the date of your first purchase, roughly?\n")
    d.f("Player: i think @@, it was the starter pack\n", DTM(fmt_date(r, rdate(r, 2019, 2022))))
    d.t("Agent: And the answer to your security question?\n")
    d.t(f"Player: my first pet, {r.choice(PET_NAMES)}\n")
    d.t("Agent: Great. Last one - the billing postcode on the card?\n")
    d.f("Player: @@. full address is @@ if that helps\n", a.pc, ADR(a.full))
    d.t(f"Agent: Verified. I've sent a reset link, it expires in {r.choice(['30 minutes', '1 hour', '24 hours'])}. "
        "Please enable 2FA afterwards.\n")
    d.t("Player: ty!!\n")
    return d


def k_sponsorship_contract(r):
    d = Doc("en")
    cc = r.choice([c for c in IBAN_SPEC if c in CTRY])
    p = mkperson(r, cc)
    a = mkaddr(r, cc)
    sp = r.choice(["Voltcan Energy Drinks", "Hyperion Peripherals", "Nimbus Chairs", "Orbital VPN"])
    sa = mkaddr(r, r.choice(["GB", "NL", "DE"]))
    d.t(f"SPONSORSHIP AGREEMENT (excerpt)\n\nThis Agreement is made between {sp} B.V., ")
    d.f("with registered office at @@ (\"Sponsor\"), and @@, known online as @@, residing at @@ (\"Creator\").\n\n",
        ADR(sa.full), PER(p.full), handle(r), ADR(a.full))
    d.f("1. Term. This Agreement starts on @@ and ends on @@.\n", DTM(fmt_date(r, rdate(r, 2024, 2024), style="uk")),
        DTM(fmt_date(r, rdate(r, 2025, 2025), style="uk")))
    d.t(f"2. Deliverables. Creator shall display the Sponsor logo during at least {r.randint(8, 20)} streams per month "
        f"and mention the code {rs(r, 6, UPPER)}{r.randint(10, 99)} for a 10% discount.\n")
    d.f("3. Fees. Sponsor pays @@ per month to IBAN @@ (BIC @@), account holder @@.\n",
        f"EUR {r.randint(4, 60) * 250:,}", IBN(fmt_iban(r, iban(r, cc))), bic(r, cc), PER(p.full))
    d.t("4. Exclusivity. Creator shall not promote competing energy drinks, including Voltcan's rivals, "
        "for the duration of the Term.\n")
    d.f("Notices to Creator: @@ / @@\n", EML(email_for(r, p)), PHN(phone(r, cc)))
    return d


def k_prize_wire(r):
    d = Doc("en")
    cc = r.choice([c for c in IBAN_SPEC if c in CTRY])
    p = mkperson(r, cc)
    ev = r.choice(EVENTS)
    bank_a = mkaddr(r, cc)
    d.t(f"PRIZE PAYMENT INSTRUCTIONS - {ev}\nPlacement: {r.choice(['1st', '2nd', '3rd-4th', '5th-8th'])}\n")
    d.t(f"Team: {r.choice(TEAMS)}\nAmount: €{r.randint(8, 400) * 125:,} (player share)\n\n")
    d.f("Beneficiary name: @@\nBeneficiary IBAN: @@\nBIC/SWIFT: @@\n", PER(p.full.upper() if r.random() < 0.3 else p.full),
        IBN(fmt_iban(r, iban(r, cc))), bic(r, cc))
    d.f("Bank address: @@\n", ADR(bank_a.full))
    d.t(f"Payment reference: {ev.split()[0].upper()}-PRIZE-{r.randint(2024, 2025)}-{digits(r, 3)}\n")
    d.f("Requested value date: @@\n", DTM(fmt_date(r, rdate(r))))
    d.t("Intermediary bank: none. Charges: SHA.\n")
    if r.random() < 0.5:
        d.f("NOTE: old IBAN on file @@ bounced (invalid check digits) - do not reuse.\n", bad_iban(r, cc))
    return d


def k_helpdesk_api_payload(r):
    d = Doc("en")
    st, dom = studio(r)
    p = mkperson(r)
    d.f("POST @@\n", URL(f"https://{r.choice(['desk', 'help', 'support'])}.{dom}/api/v2/tickets.json"))
    d.f("Authorization: Bearer @@\nContent-Type: application/json\nX-Request-Id: @@\n\n", SEC(generic_secret(r, "opaque")), uuid4(r))
    d.t('{\n  "ticket": {\n')
    jkv(d, 4, "subject", f"Missing {r.choice(ITEMS)}")
    jkv(d, 4, "priority", r.choice(["normal", "high"]))
    d.t('    "requester": {\n')
    jkv(d, 6, "name", PER(p.plain))
    jkv(d, 6, "email", EML(email_for(r, p)))
    jkv(d, 6, "phone", PHN(phone(r, p.cc)), comma=False)
    d.t("    },\n")
    d.t(f'    "tags": ["billing", "{game(r).lower().replace(" ", "_")}", "v{version(r)}"],\n')
    d.t('    "custom_fields": [\n')
    d.t(f'      {{"id": {r.randint(10 ** 8, 10 ** 9 - 1)}, "name": "order_number", "value": "{order_no(r)}"}},\n')
    d.f('      {"id": @@, "name": "customer_account", "value": "@@"}\n    ],\n', str(r.randint(10 ** 8, 10 ** 9 - 1)),
        ACC(acct_number(r, "customer")))
    jkv(d, 4, "comment", f"Player reports purchase not credited after {r.choice(DURATIONS[:4])}.", comma=False)
    d.t("  }\n}\n")
    return d


def k_slack_export_json(r):
    d = Doc("en")
    devs = [mkperson(r, r.choice(["US", "GB", "SE", "PL"])) for _ in range(2)]
    d.t("[\n")
    msgs = [
        ("Sure, here's the bot token for the release notifier: @@", SLK(slack_token(r))),
        ("pls don't paste tokens in #live-ops :facepalm: rotating it now", None),
        ("also the staging DB pass is @@ if you need it for the hotfix", PWD(password(r))),
        ("rotated. new one is in the vault, ping @@ if access fails", PER(devs[0].first)),
    ]
    sel = msgs[: r.randint(2, 4)]
    for i, (txt, val) in enumerate(sel):
        dv = devs[i % 2]
        d.t("  {\n")
        jkv(d, 4, "type", "message")
        jkv(d, 4, "user", "U0" + rs(r, 8, UPDIG))
        d.t('    "user_profile": {"real_name": "')
        d.v(PER(dv.plain))
        d.t('"},\n')
        d.t(f'    "ts": "{epoch(r)}.{digits(r, 6)}",\n')
        d.t('    "text": "')
        if val is None:
            d.t(txt)
        else:
            d.f(txt, val)
        d.t('"\n  }' + (",\n" if i < len(sel) - 1 else "\n"))
    d.t("]\n")
    return d


def k_aws_credentials_post(r):
    d = Doc("en")
    g = game(r)
    h = handle(r)
    d.t(f"[Modding Help] {g} S3 upload script returns AccessDenied\n\nPosted by {h} - {r.randint(2, 23)} hours ago\n\n")
    d.t("Trying to upload my map pack with the official uploader, keeps failing. My ~/.aws/credentials:\n\n")
    d.f("[default]\naws_access_key_id = @@\naws_secret_access_key = @@\nregion = eu-west-1\n\n", AKID(aws_key(r)), ASEC(aws_secret(r)))
    d.t("and the error:\n    An error occurred (AccessDenied) when calling the PutObject operation\n\n")
    d.t(f"---\nReply from moderator {handle(r)}:\n> Please delete this post right now and deactivate that key in IAM. "
        "Anyone can use it. I've hidden the thread for now.\n")
    return d


def k_private_key_paste(r):
    d = Doc("en")
    admin = mkperson(r)
    host = f"build-{r.randint(1, 9)}.{r.choice(['ci', 'infra', 'ops'])}.internal"
    d.t(f"Paste #{rs(r, 8, ALNUM)} - expires in {r.choice(['1 day', '1 week', 'never'])}\nSyntax: text\n\n")
    d.f("deploy key for the game-server fleet, added by @@ - use with ssh -i deploy.pem -l gameops @@ (@@)\n\n",
        PER(admin.first), host, IPA(ipv4(r, r.choice(["priv", "pub"]))))
    d.v(PEM(pem_key(r)))
    d.t(f"\n\nfingerprint SHA256:{rs(r, 43, B64)}\n")
    return d


def k_jwt_debug_post(r):
    d = Doc("en")
    st, dom = studio(r)
    h = handle(r)
    d.t(f"### 401 from /v3/inventory even with a fresh token?\n\nasked by **{h}** in #api-help\n\n")
    d.f("Calling @@ from my companion app. Header:\n\n```\nAuthorization: Bearer @@\n```\n\n",
        URL(f"https://api.{dom}/v3/inventory?include=cosmetics"), JWT(jwt_token(r)))
    d.t(f"Decoded payload has `\"scope\": \"profile:read\"` and exp {epoch(r)}. Server clock skew maybe? "
        f"SDK version {version(r)}.\n\n")
    d.t("**Answer:** inventory needs the `inventory:read` scope. Also, never paste live tokens - "
        "that one is valid for another hour. Revoke it from the developer portal.\n")
    return d


def k_coppa_deletion(r):
    d = Doc("en")
    st, dom = studio(r)
    parent = mkperson(r, "US")
    child = Person(r.choice(CTRY["US"]["first"]), parent.last, "US")
    a = mkaddr(r, "US")
    mail_head(d, r, (parent.plain, email_for(r, parent)), (None, staff_email(r, dom, "privacy")),
              "COPPA request - delete my child's data")
    d.f("To whom it may concern,\n\nI am the parent of @@ (username @@), date of birth @@. ", PER(child.first), handle(r),
        DOB(fmt_date(r, rdob(r, 2012, 2015), style="num")))
    d.t("They created an account without my consent and they are under 13. Under COPPA I request that you delete "
        "all personal information you hold about them, including chat logs and voice recordings.\n\n")
    d.f("Please confirm deletion in writing to this email or by mail to @@. You can verify my identity by calling @@.\n\n",
        ADR(a.full), PHN(phone(r, "US")))
    d.f("Regards,\n@@\n", PER(parent.full))
    return d


def k_hotel_rooming_list(r):
    d = Doc("en")
    ev = r.choice(EVENTS)
    team = r.choice(TEAMS)
    d.t(f"ROOMING LIST - {ev} - {team}\nHotel confirmation: {booking_ref(r)}{digits(r, 4)}\n\n")
    d.t("Guest | Room | Check-in | Check-out | Mobile\n")
    ci = rdate(r)
    co = later(r, ci, 2, 6)
    for _ in range(r.randint(3, 6)):
        p = mkperson(r)
        d.f("@@ | @@ | @@ | @@ | @@\n", PER(f"{p.last}, {p.first}" if r.random() < 0.4 else p.plain),
            str(r.randint(201, 1250)), DTM(fmt_date(r, ci, style="iso")), DTM(fmt_date(r, co, style="iso")), PHN(phone(r, p.cc)))
    d.t(f"\nBilling: master account, incidentals on guest. Late checkout requested for {r.randint(2, 4)} rooms.\n")
    return d


def k_team_travel_itinerary(r):
    d = Doc("en")
    ev = r.choice(EVENTS)
    team = r.choice(TEAMS)
    mgr = mkperson(r)
    d.f(f"TRAVEL ITINERARY - {team} @ {ev}\nPrepared by @@\nBooking reference: {booking_ref(r)}\n\n", PER(mgr.full))
    a, b = r.sample(IATA, 2)
    day = rdate(r)
    d.f(f"Outbound  {rs(r, 2, UPPER)}{r.randint(100, 9999)}  {a} -> {b}  departs @@\n", DTM(fmt_dt(r, day)))
    for _ in range(r.randint(2, 4)):
        p = mkperson(r)
        d.f(f"  @@  seat {seat(r)}  e-ticket {(lambda x: x[:3] + '-' + x[3:])(non_luhn_digits(r, 13))}\n", PER(p.full.upper() if r.random() < 0.3 else p.full))
    ret = day + dt.timedelta(days=r.randint(3, 8))
    d.f(f"Return    {rs(r, 2, UPPER)}{r.randint(100, 9999)}  {b} -> {a}  departs @@\n\n", DTM(fmt_dt(r, ret)))
    cc = r.choice(ALL_CC)
    ha = mkaddr(r, cc)
    d.t(f"Ground transport: team van {plate(r)} (VIN {vin(r)}), driver meets arrivals.\n")
    d.f("Hotel: @@\nArena load-in: @@\nEmergency line (24h): @@\n", ADR(ha.full), DTM(fmt_dt(r, day + dt.timedelta(days=1))),
        PHN(phone(r, mgr.cc)))
    return d


def k_merch_shipping_label(r):
    d = Doc("en")
    cc = r.choice(["US", "US", "GB", "CA", "AU", "DE", "FR", "NL"])
    p = mkperson(r, cc)
    a = mkaddr(r, cc)
    st, dom = studio(r)
    wa = mkaddr(r, "US")
    d.f("FROM: @@ Merch Fulfilment\n@@\n\n", st, ADR("\n".join(wa.lines)))
    d.f("SHIP TO:\n@@\n@@\n", PER(p.full.upper()), ADR("\n".join(a.lines + ([a.country.upper()] if cc != "US" else []))))
    d.f("TEL: @@\n\n", PHN(phone(r, cc)))
    d.t(f"TRACKING: {tracking_no(r)}\nORDER: {order_no(r)}\nWEIGHT: {r.randint(1, 9)}.{r.randint(0, 9)} lb\n")
    d.t(f"CONTENTS: hoodie, mousepad (HS {r.choice(['6110.20', '4016.99', '6109.10'])})  VALUE: {amount(r)}\n")
    d.t(f"SERVICE: {r.choice(['Ground', 'Priority Intl', 'Express'])}   PKG 1 of 1\n")
    return d


def k_benefits_enrollment(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    sp = mkperson(r, "US")
    kid = Person(r.choice(CTRY["US"]["first"]), p.last, "US")
    org = r.choice(TEAMS)
    d.t(f"{org} LLC - Employee Health Benefits Enrollment\nPlan year: {r.randint(2024, 2025)}\n\n")
    d.f("Employee: @@\nSSN: @@\nDate of birth: @@\nHome address: @@\n", PER(p.full), SSN(ssn(r)),
        DOB(fmt_date(r, rdob(r, 1985, 2003), style="num")), ADR(a.full))
    d.f("Plan: @@ PPO 500   Subscriber ID: @@   Group number: @@\n", r.choice(INSURERS), HPN(health_plan_no(r)), group_no(r))
    d.t("Dependents:\n")
    d.f("  Spouse: @@, DOB @@\n", PER(sp.full), DOB(fmt_date(r, rdob(r, 1985, 2003), style="num")))
    if r.random() < 0.6:
        d.f("  Child: @@, DOB @@\n", PER(kid.full), DOB(fmt_date(r, rdob(r, 2015, 2023), style="num")))
    signed = rdate(r)
    d.f("Coverage effective: @@\n", DTM(fmt_date(r, later(r, signed, 10, 45), style="num")))
    d.f("Employee signature: @@   Date: @@\n", PER(p.full), DTM(fmt_date(r, signed, style="num")))
    return d


def k_hl7_adt_clinic(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    att = mkperson(r, "US")
    dob = rdob(r, 1995, 2006)
    ts = hl7ts(r)
    d.t(f"MSH|^~\\&|SPORTSMED|KESTREL_CLINIC|EHR|METRO_HOSP|{ts}||ADT^A04|MSG{digits(r, 8)}|P|2.5.1\n")
    d.t(f"EVN|A04|{ts}\n")
    d.f("PID|1||@@^^^KSC^MR||@@||@@|@@|||@@||@@|||||@@\n", MRN(mrn(r)),
        PER(f"{p.last.upper()}^{p.first.upper()}" + (f"^{p.mid[0]}" if p.mid else "")),
        DOB(f"{dob:%Y%m%d}"), "F" if p.female else "M",
        ADR(f"{a.street.upper().replace(', ', ' ')}^^{a.city.upper()}^{a.region}^{a.pc}"),
        PHN(f"({CTRY['US']['area'][a.region]})555-01{digits(r, 2)}"), ACC(digits(r, 9)))
    d.f("PV1|1|O|SPORTS^^^KSC||||@@^@@\n", npi(r), PER(f"{att.last.upper()}^{att.first.upper()}"))
    in1 = [""] * 37
    in1[0], in1[1], in1[2], in1[3], in1[4], in1[8] = "IN1", "1", "PPO500", "@@", "@@", "@@"
    in1[16], in1[17], in1[18], in1[36] = "@@", "SEL", "@@", "@@"
    d.f("|".join(in1) + "\n", f"INS{digits(r, 4)}", r.choice(INSURERS).upper(), group_no(r),
        PER(f"{p.last.upper()}^{p.first.upper()}"), DOB(f"{dob:%Y%m%d}"), HPN(health_plan_no(r)))
    d.t(f"DG1|1||{r.choice(ICD)}^Repetitive strain^I10\n")
    return d


def k_fhir_patient(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    d.t('{\n  "resourceType": "Patient",\n')
    jkv(d, 2, "id", uuid4(r))
    d.t(f'  "meta": {{"lastUpdated": "{logts(r)}"}},\n')
    d.t('  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4321", "type": {"text": "MRN"}, "value": "')
    d.v(MRN(mrn(r)))
    d.t('"}],\n  "name": [{"family": "')
    d.v(PER(p.last))
    d.t('", "given": ["')
    d.v(PER(p.first))
    d.t('"]}],\n  "telecom": [{"system": "phone", "value": "')
    d.v(PHN(phone(r, "US")))
    d.t('"}, {"system": "email", "value": "')
    d.v(EML(email_for(r, p)))
    d.t('"}],\n')
    jkv(d, 2, "gender", r.choice(["male", "female"]))
    jkv(d, 2, "birthDate", DOB(rdob(r, 1995, 2007).isoformat()))
    d.t('  "address": [{"line": ["')
    d.v(ADR(a.street))
    d.t('"], "city": "')
    d.v(LOC(a.city))
    d.t('", "state": "')
    d.v(LOC(a.region))
    d.t(f'", "postalCode": "{a.pc}", "country": "US"}}],\n')
    d.t('  "extension": [{"url": "')
    d.v(URL("https://kestrel-clinic.example.org/fhir/StructureDefinition/esports-roster"))
    d.t(f'", "valueString": "{r.choice(TEAMS)}"}}]\n}}\n')
    return d


def k_x12_270(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    dob = rdob(r, 1990, 2006)
    sd = rdate(r)
    ctrl = digits(r, 9)
    isa_d = rdate(r)
    d.t(f"ISA*00*          *00*          *ZZ*KESTRELCLINIC  *ZZ*{r.choice(['BLUEHARBOR', 'NORTHSTAR'])}     *"
        f"{isa_d:%y%m%d}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*^*00501*{ctrl}*0*P*:~\n")
    d.t(f"GS*HS*KESTRELCLINIC*PAYER*{isa_d:%Y%m%d}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*1*X*005010X279A1~\n")
    d.t(f"ST*270*0001*005010X279A1~\nBHT*0022*13*{digits(r, 10)}*{isa_d:%Y%m%d}*{r.randint(10, 23)}{r.randint(0, 59):02d}~\n")
    d.t(f"HL*1**20*1~\nNM1*PR*2*{r.choice(INSURERS).upper()}*****PI*{digits(r, 5)}~\n")
    d.t(f"HL*2*1*21*1~\nNM1*1P*2*KESTREL SPORTS CLINIC*****XX*{npi(r)}~\n")
    d.f("HL*3*2*22*0~\nNM1*IL*1*@@****MI*@@~\n", PER(f"{p.last.upper()}*{p.first.upper()}"), HPN(health_plan_no(r)))
    d.f("N3*@@~\nN4*@@*@@*@@~\n", ADR(a.street.upper()), LOC(a.city.upper()), LOC(a.region), a.pc)
    d.f("DMG*D8*@@*@@~\n", DOB(f"{dob:%Y%m%d}"), "F" if p.female else "M")
    d.f("DTP*291*D8*@@~\nEQ*30~\n", DTM(f"{sd:%Y%m%d}"))
    d.t(f"SE*13*0001~\nGE*1*1~\nIEA*1*{ctrl}~\n")
    return d


def k_moderator_shift_log(r):
    d = Doc("en")
    g = game(r)
    mod = mkperson(r, r.choice(["GB", "US", "AU", "CA"]))
    c = Clock(r, r.randint(17, 20))
    d.f(f"{g} community moderation - night shift log\nModerator on duty: @@\n\n", PER(mod.first))
    d.t(f"{c.tick(200, 900, False)}  Cleared {r.randint(5, 40)} spam posts in #trading (gift-card bots).\n")
    d.t(f"{c.tick(200, 900, False)}  Muted {handle(r)} for {r.choice(['24 hours', '7 days', '1 hour'])} (slurs in voice).\n")
    k = r.randint(0, 2)
    p = mkperson(r)
    if k == 0:
        city = r.choice(CTRY[p.cc]["cities"])[0]
        d.f(f"{c.tick(200, 900, False)}  Self-harm statement from {handle(r)}; says they live in @@. Shared crisis line @@ and escalated to T&S.\n",
            LOC(city), PHN(tollfree(r)))
    elif k == 1:
        d.f(f"{c.tick(200, 900, False)}  {handle(r)} posted someone's real name (@@) and school. Removed, 30-day ban.\n", PER(p.full))
    else:
        d.f(f"{c.tick(200, 900, False)}  Impersonation report: account claims to be streamer @@; verified fake, banned.\n", PER(p.full))
    d.t(f"{c.tick(200, 900, False)}  Reviewed {r.randint(3, 15)} appeals, {r.randint(0, 3)} overturned.\n")
    d.f(f"{c.tick(200, 900, False)}  Handover to @@. Queue at {r.randint(0, 30)} items.\n", PER(mkperson(r, mod.cc).first))
    return d


def k_bug_bounty_report(r):
    d = Doc("en")
    st, dom = studio(r)
    rsr = mkperson(r)
    d.f(f"Bug Bounty Submission #{digits(r, 5)} - {st}\nResearcher: @@ <@@>\nSubmitted: @@\nSeverity (claimed): Critical\n\n",
        PER(rsr.full), EML(email_for(r, rsr)), DTM(fmt_date(r, rdate(r))))
    d.t("## Summary\nThe production web client bundle exposes live credentials.\n\n## Steps to reproduce\n")
    d.f("1. Open @@\n2. Search the minified bundle for `sk_live` and `ghp_`.\n\n",
        URL(f"https://play.{dom}/static/js/main.{hexs(r, 8)}.js"))
    d.f("## Findings\n- Stripe key: @@\n- GitHub token with repo scope: @@\n", STK(stripe_key(r)), GHT(gh_token(r)))
    if r.random() < 0.5:
        d.f("- Staging admin panel reachable at @@ without VPN\n", IPA(ipv4(r)))
    d.t(f"\n## Impact\nFull refund/charge capability and write access to {r.randint(3, 40)} private repositories.\n\n")
    d.t(f"## Remediation\nRotate both credentials and move them server-side. Commit {sha(r, 40)} introduced the leak.\n")
    return d


def k_terraform_tfvars(r):
    d = Doc("en")
    st, dom = studio(r)
    d.t(f"# terraform.tfvars - {r.choice(['live', 'prod', 'stage'])} game backend\n")
    d.t(f"region            = \"{r.choice(['eu-west-1', 'us-east-2', 'ap-northeast-1'])}\"\n")
    d.t(f"cluster_version   = \"{r.randint(1, 1)}.{r.randint(27, 30)}\"\n")
    d.f("db_master_password = \"@@\"\n", PWD(dsn_password(r)))
    d.f("steam_api_key     = \"@@\"\n", SEC(generic_secret(r, "steam")))
    d.f("cloudflare_token  = \"@@\"\n", SEC(generic_secret(r, "cf")))
    d.f("admin_cidrs       = [\"@@/32\", \"@@/24\"]\n", IPA(ipv4(r, "doc")), IPA(ipv4(r, "pub")))
    d.f("alert_email       = \"@@\"\n", EML(staff_email(r, dom, "oncall")))
    d.t("datadog_api_key   = var.datadog_api_key\n")
    d.t(f"ami_id            = \"ami-{hexs(r, 17)}\"\n")
    return d


def k_docker_compose(r):
    d = Doc("en")
    pw = dsn_password(r)
    d.t(f"version: \"3.9\"\nservices:\n  db:\n    image: postgres:{r.randint(14, 16)}.{r.randint(1, 4)}\n    environment:\n")
    d.f("      POSTGRES_USER: game\n      POSTGRES_PASSWORD: @@\n", PWD(pw))
    d.t(f"    volumes:\n      - pgdata:/var/lib/postgresql/data\n  api:\n    image: registry.internal/game-api:{version(r)}\n")
    d.t("    environment:\n")
    d.f("      DATABASE_URL: postgres://game:@@@db:5432/game\n", PWD(pw))
    d.t("      STRIPE_API_KEY: ${STRIPE_API_KEY}\n")
    if r.random() < 0.6:
        d.f("      JWT_SECRET: @@\n", SEC(rs(r, 48, ALNUM)))
    d.f("      MATCHMAKER_HOST: @@\n", IPA(ipv4(r, "priv")))
    d.t("    ports:\n      - \"8080:8080\"\nvolumes:\n  pgdata: {}\n")
    return d


def k_python_bot_script(r):
    d = Doc("en")
    st, dom = studio(r)
    d.t(f"# payout_notifier.py - posts daily creator payout totals\nimport os\nimport requests\nimport stripe\n\n")
    d.f("stripe.api_key = \"@@\"  # FIXME use os.environ\n", STK(stripe_key(r)))
    d.f("SLACK_TOKEN = \"@@\"\n", SLK(slack_token(r)))
    d.t("CHANNEL = \"#creator-payouts\"\n\n\ndef main():\n")
    d.t(f"    payouts = stripe.Payout.list(limit={r.randint(10, 100)})\n    total = sum(p.amount for p in payouts) / 100\n")
    d.f("    requests.post(\"@@\",\n", URL("https://slack.com/api/chat.postMessage"))
    d.t("                  headers={\"Authorization\": f\"Bearer {SLACK_TOKEN}\"},\n")
    d.t("                  json={\"channel\": CHANNEL, \"text\": f\"Paid out {total:.2f} EUR today\"})\n\n\n")
    d.t("if __name__ == \"__main__\":\n    main()\n")
    return d


def k_community_survey_csv(r):
    d = Doc("en")
    d.t("response_id,handle,age_band,country,hours_per_week,favourite_mode,contact_ok,email\n")
    for _ in range(r.randint(4, 8)):
        cc = r.choice(ALL_CC)
        d.f("@@,@@,@@,@@,@@,@@,", digits(r, 6), handle(r), r.choice(["13-17", "18-24", "25-34", "35-44"]),
            LOC(CTRY[cc]["name"]), str(r.randint(1, 60)), r.choice(["ranked", "casual", "arena", "co-op"]))
        if r.random() < 0.5:
            p = mkperson(r, cc)
            d.f("yes,@@\n", EML(email_for(r, p)))
        else:
            d.t("no,\n")
    d.t(f"# exported {epoch(r)}; {r.randint(2000, 9000)} total responses, sample only\n")
    return d


def k_gdpr_export_json(r):
    d = Doc("en")
    cc = r.choice(["DE", "FR", "NL", "IT", "ES", "PL", "SE", "GB", "AT"])
    p = mkperson(r, cc)
    a = mkaddr(r, cc)
    st, dom = studio(r)
    d.t('{\n  "export_type": "data_subject_access_request",\n')
    jkv(d, 2, "request_id", f"DSAR-{digits(r, 7)}")
    d.t('  "profile": {\n')
    jkv(d, 4, "display_name", handle(r))
    jkv(d, 4, "legal_name", PER(p.plain))
    jkv(d, 4, "email", EML(email_for(r, p)))
    jkv(d, 4, "phone", PHN(phone(r, cc)))
    jkv(d, 4, "date_of_birth", DOB(rdob(r).isoformat()))
    jkv(d, 4, "billing_address", ADR(a.full))
    jkv(d, 4, "language", r.choice(["de-DE", "fr-FR", "en-GB"]), comma=False)
    d.t('  },\n  "login_history": [\n')
    n = r.randint(2, 4)
    for i in range(n):
        d.t('    {"ip": "')
        d.v(IPA(anyip(r)))
        d.t(f'", "at": {epoch(r)}, "client": "{r.choice(["launcher", "web", "android"])}"}}' + (",\n" if i < n - 1 else "\n"))
    d.t('  ],\n  "payment_methods": [\n')
    d.t(f'    {{"type": "card", "display": "{masked_card(r)}"}},\n')
    d.t('    {"type": "sepa_debit", "iban": "')
    d.v(IBN(fmt_iban(r, iban(r, r.choice(["DE", "FR", "NL", "IT", "ES", "AT", "PL", "SE"])))))
    d.t('"}\n  ],\n')
    jkv(d, 2, "generated_by", f"privacy-export {version(r)}", comma=False)
    d.t("}\n")
    return d


def k_clan_roster_csv(r):
    d = Doc("en")
    clan = r.choice(TEAMS)
    d.t(f"# {clan} roster - officers only, do not share\nhandle,real_name,role,discord,timezone,phone,country\n")
    tzs = {"DE": "Europe/Berlin", "FR": "Europe/Paris", "GB": "Europe/London", "US": "America/New_York", "PL": "Europe/Warsaw",
           "SE": "Europe/Stockholm", "NL": "Europe/Amsterdam", "ES": "Europe/Madrid", "BR": "America/Sao_Paulo",
           "TR": "Europe/Istanbul", "FI": "Europe/Helsinki", "CA": "America/Toronto"}
    for _ in range(r.randint(3, 7)):
        cc = r.choice(list(tzs))
        p = mkperson(r, cc)
        d.f("@@,@@,@@,@@,@@,@@,@@\n", handle(r), PER(p.first if r.random() < 0.3 else p.plain),
            r.choice(["leader", "officer", "member", "recruit"]), f"{handle(r).lower()}#{digits(r, 4)}", tzs[cc],
            PHN(phone(r, cc)), LOC(CTRY[cc]["name"]))
    return d


def k_press_accreditation(r):
    d = Doc("en")
    ev = r.choice(EVENTS)
    p = mkperson(r)
    d.t(f"{ev} - MEDIA ACCREDITATION REQUEST\n\n")
    d.f("Name: @@\nOutlet: @@\nRole: @@\n", PER(p.full), r.choice(["Respawn Weekly", "The Meta Report", "Critical Hit Radio", "Pixel Press"]),
        r.choice(["Reporter", "Photographer", "Video producer"]))
    d.f("Work email: @@\nMobile: @@\n", EML(email_for(r, p, r.choice(["respawnweekly.com", "metareport.gg", "pixelpress.media"]))),
        PHN(phone(r, p.cc)))
    d.f("Based in: @@\n", LOC(r.choice(CTRY[p.cc]["cities"])[0]))
    d.f("Portfolio: @@\n", URL(f"https://{r.choice(['respawnweekly.com', 'pixelpress.media'])}/author/{rs(r, 6, LOWER)}"))
    d1 = rdate(r)
    d.f("Days requested: @@ - @@\n", DTM(fmt_date(r, d1)), DTM(fmt_date(r, later(r, d1, 1, 3))))
    d.t(f"Equipment: {r.choice(['2 cameras, 1 tripod', 'laptop only', 'camera + gimbal'])}. Badge type: {r.choice(['Press', 'Press+Photo'])}.\n")
    d.t(f"Nationality: {r.choice(['German', 'French', 'American', 'Brazilian', 'Polish'])}\n")
    return d


def k_voice_chat_abuse_transcript(r):
    d = Doc("en")
    g = game(r)
    a_, b_ = handle(r), handle(r)
    victim = mkperson(r)
    ad = mkaddr(r, victim.cc)
    d.t(f"VOICE TRANSCRIPT (auto-generated, {g} ranked match {match_id(r)})\nFlag: threat / doxxing\n\n")
    c = Clock(r, 0)
    d.t(f"{c.tick(5, 40)[3:]}  [{a_}] push B, they're all mid\n")
    d.t(f"{c.tick(5, 40)[3:]}  [{b_}] bro you're so bad, uninstall\n")
    d.f(f"{c.tick(5, 40)[3:]}  [{a_}] keep talking, I know you're @@\n", PER(victim.plain.lower() if r.random() < 0.5 else victim.plain))
    d.f(f"{c.tick(5, 40)[3:]}  [{a_}] @@, right? maybe I'll pay you a visit\n", ADR(ad.full))
    d.t(f"{c.tick(5, 40)[3:]}  [{b_}] what the hell, reported\n")
    d.t(f"\nAutomated action: voice restricted for {a_} pending review. Confidence {r.randint(80, 99)}%.\n")
    return d


def k_mobile_sdk_debug_log(r):
    d = Doc("en")
    st, dom = studio(r)
    p = mkperson(r)
    ts = iter(t.replace("T", " ").rstrip("Z") for t in logseq(r, 5))
    d.t(f"{next(ts)} D/GameSDK: init v{version(r)} device={uuid4(r)}\n")
    d.f(f"{next(ts)} D/GameSDK: login ok user=@@ ip=@@\n", EML(email_for(r, p)), IPA(anyip(r)))
    d.f(f"{next(ts)} V/Http: GET @@ Authorization: Bearer @@\n", URL(f"https://api.{dom}/v1/wallet/balance"), JWT(jwt_token(r)))
    d.t(f"{next(ts)} W/GameSDK: push token refresh took {r.randint(200, 4000)}ms\n")
    d.t(f"{next(ts)} I/Store: sku=gems_{r.choice([80, 500, 1200])} receipt={sha(r, 40)}\n")
    return d


def k_form_1099k_notice(r):
    d = Doc("en")
    p, a = us_person_addr(r)
    st, dom = studio(r)
    d.t(f"{st} Marketplace - Form 1099-K Information Notice\nTax year {r.randint(2023, 2024)}\n\n")
    d.f("PAYEE'S name: @@\nStreet address: @@\n", PER(p.full.upper()), ADR(a.street))
    d.f("City or town, state or province: @@\nZIP: @@\n", LOC(f"{a.city}, {a.region}"), a.pc)
    d.f("PAYEE'S TIN: @@\nAccount number (see instructions): @@\n", SSN(ssn(r)), ACC(acct_number(r, "customer")))
    d.t(f"1a Gross amount of payment card/third party network transactions: {amount(r)}\n")
    d.t(f"3 Number of payment transactions: {r.randint(200, 3000)}\n")
    d.t(f"FILER'S TIN: {r.randint(10, 99)}-{digits(r, 7)}\n")
    d.f("Questions? Call @@ or visit @@\n", PHN(tollfree(r)), URL(f"https://{dom}/tax-center"))
    return d


def k_visa_invitation_letter(r):
    d = Doc("en")
    lg, dom = r.choice(LEAGUES)
    cc = r.choice(["BR", "TR", "MX", "PL", "CZ"])
    p = mkperson(r, cc)
    a = mkaddr(r, cc)
    sig = mkperson(r, "US")
    venue = mkaddr(r, "US")
    letter = rdate(r)
    start = later(r, letter, 40, 120)
    d.f(f"{lg}\n\n@@\n\n", DTM(fmt_date(r, letter)))
    d.t("To the Consular Section,\n\nRE: Invitation letter for visa application\n\n")
    d.f("We confirm that @@ @@, born @@, residing at @@, is a contracted player of @@ and is invited to compete at the "
        "@@ finals held at @@ from @@ to @@.\n\n", hon(p), PER(p.full), DOB(fmt_date(r, rdob(r, 1998, 2005))), ADR(a.full),
        r.choice(TEAMS), lg, ADR(venue.full), DTM(fmt_date(r, start)), DTM(fmt_date(r, later(r, start, 2, 5))))
    d.t("The league covers travel and accommodation. The player will return home after the event.\n\n")
    d.f("Sincerely,\n@@\nDirector of Operations\n@@ | @@\n", PER(sig.full), EML(email_for(r, sig, dom)), PHN(phone(r, "US")))
    return d


def k_carrier_billing_dispute(r):
    d = Doc("en")
    cc = r.choice(["US", "GB", "AU", "CA"])
    p = mkperson(r, cc)
    carrier = r.choice(["Brightwave Mobile", "Talkstream", "Orbit Wireless", "Cascade Telecom"])
    d.t(f"{carrier} - Third-party charge dispute\n\n")
    d.f("Account holder: @@\nAccount number: @@\nMobile number: @@\n", PER(p.full), ACC(acct_number(r, "telecom")), PHN(phone(r, cc)))
    d.f("Disputed charges: @@ x @@ from \"@@\" (in-game purchases via carrier billing) between @@ and @@.\n",
        str(r.randint(3, 14)), amount(r, "GBP" if cc == "GB" else "USD"), f"{game(r)} Mobile",
        DTM(fmt_date(r, (d1 := rdate(r)))), DTM(fmt_date(r, later(r, d1, 3, 40))))
    d.t(f"Customer states the phone is used by their {r.randint(8, 14)}-year-old. Premium SMS block added.\n")
    d.f("Callback requested: @@\nCase: @@\n", DTM(fmt_dt(r, rdate(r), wd=r.random() < 0.5)), case_no(r))
    return d


def k_subscription_cancel_email(r):
    d = Doc("en")
    st, dom = studio(r)
    p = mkperson(r)
    mail_head(d, r, (None, f"no-reply@{dom}"),
              (p.plain, email_for(r, p)), f"Your {st} Premium subscription has been cancelled")
    d.f("Hi @@,\n\nWe're sorry to see you go. Your Premium subscription (customer account @@) has been cancelled and "
        "will remain active until @@.\n\n", PER(p.first), ACC(acct_number(r, "customer")), DTM(fmt_date(r, rdate(r))))
    d.t(f"Plan: Premium ({r.choice(['monthly', 'annual'])})\nPayment method: {masked_card(r)}\nLast invoice: INV-{digits(r, 8)}\n\n")
    d.f("Changed your mind? Reactivate any time at @@.\n\n", URL(f"https://account.{dom}/subscription?reactivate=1"))
    d.t(f"- The {st} team\n")
    return d


# ---------------------------------------------------------------------------
# Non-English kinds with entities
# ---------------------------------------------------------------------------
def k_de_support_ticket(r):
    d = Doc("de")
    cc = r.choice(["DE", "DE", "AT"])
    p = mkperson(r, cc)
    a = mkaddr(r, cc)
    st, dom = studio(r)
    d.f("Von: @@ <@@>\nAn: @@\n", PER(p.plain), EML(email_for(r, p)), EML(staff_email(r, dom, "support")))
    d.t(f"Datum: {rfc2822(r)}\nBetreff: Doppelte Abbuchung - Bestellung {order_no(r)}\n\n")
    d.t("Hallo liebes Support-Team,\n\n")
    d.f("am @@ wurde mir der Kauf \"@@\" zweimal abgebucht (je @@). ", DTM(fmt_dt(r, rdate(r), "de")),
        r.choice(["2.800 Gems", "Battle Pass Saison 9", "Gründerpaket"]), amount(r, "EUR"))
    d.f("Meine Kundennummer lautet @@, mein Spielername ist @@.\n", ACC(acct_number(r, "customer")), handle(r))
    d.f("Bitte erstatten Sie den doppelten Betrag auf mein Konto: IBAN @@ (BIC @@).\n", IBN(fmt_iban(r, iban(r, cc))), bic(r, cc))
    d.f("Rückfragen gerne telefonisch unter @@, am besten ab @@.\n\n", PHN(phone(r, cc)),
        DTM(r.choice(["17 Uhr", "18:00 Uhr", "16:30 Uhr", "19 Uhr"])))
    d.f("Mit freundlichen Grüßen\n@@\n@@\n", PER(p.plain), ADR(a.full))
    return d


def k_de_payout_form(r):
    d = Doc("de")
    cc = r.choice(["DE", "DE", "AT"])
    p = mkperson(r, cc)
    a = mkaddr(r, cc)
    d.t(f"AUSZAHLUNGSFORMULAR - Creator-Programm {studio(r)[0]}\n\n")
    d.f("Vorname: @@\nNachname: @@\nGeburtsdatum: @@\n", PER(p.first), PER(p.last), DOB(fmt_date(r, rdob(r, 1990, 2005), "de")))
    d.f("Straße und Hausnummer: @@\nPLZ: @@\nOrt: @@\nBundesland: @@\nLand: @@\n", ADR(a.street), a.pc, LOC(a.city),
        LOC(a.region), cc)
    d.f("Kontoinhaber/in: @@\nIBAN: @@\nBIC: @@\n", PER(p.plain), IBN(fmt_iban(r, iban(r, cc))), bic(r, cc))
    d.f("E-Mail: @@\nTelefon: @@\n", EML(email_for(r, p)), PHN(phone(r, cc)))
    d.t(f"Auszahlungsbetrag: {amount(r, 'EUR')}  (Mindestbetrag 50 €, Bearbeitung ca. 14 Tage)\n")
    d.f("Ort, Datum: @@, @@\nUnterschrift: @@\n", LOC(a.city), DTM(fmt_date(r, rdate(r), "de")), PER(p.plain))
    return d


def k_de_parental_consent(r):
    d = Doc("de")
    cc = r.choice(["DE", "AT"])
    parent = mkperson(r, cc)
    child = Person(r.choice(CTRY[cc]["first"]), parent.last, cc)
    a = mkaddr(r, cc)
    ev = r.choice(EVENTS)
    d.t(f"Einverständniserklärung der Erziehungsberechtigten - {ev}\n\n")
    d.f("Name des Kindes: @@\nGeburtsdatum des Kindes: @@\nSpielername: @@\n", PER(child.plain),
        DOB(fmt_date(r, rdob(r, 2008, 2012), "de")), handle(r))
    d.f("Erziehungsberechtigte/r: @@ @@\nAnschrift: @@\nTelefon (Notfall): @@\nE-Mail: @@\n",
        hon(parent, "de"), PER(parent.plain), ADR(a.full), PHN(phone(r, cc)), EML(email_for(r, parent)))
    d.f("Krankenkasse: @@\nVersichertennummer: @@\n", r.choice(["Nordstern BKK", "Hanse Gesundheitskasse", "Alpen Versicherung"]),
        HPN(kv_number(r)))
    d.t(f"Allergien / Medikamente: {r.choice(['keine', 'Heuschnupfen', 'Asthma (' + r.choice(DRUGS) + ')'])}\n\n")
    d.f("Ich erlaube meinem Kind die Teilnahme am Turnier am @@ inklusive Übernachtung in der Halle.\n",
        DTM(fmt_date_wd(r, rdate(r), "de")))
    d.f("Ort, Datum: @@, @@\nUnterschrift: @@\n", LOC(a.city), DTM(fmt_date(r, rdate(r), "de")), PER(parent.plain))
    return d


def k_fr_purchase_complaint(r):
    d = Doc("fr")
    p = mkperson(r, "FR")
    a = mkaddr(r, "FR")
    st, dom = studio(r)
    d.f("De : @@ <@@>\nÀ : @@\n", PER(p.plain), EML(email_for(r, p)), EML(staff_email(r, dom, "support")))
    d.t(f"Date : {rfc2822(r)}\nObjet : Réclamation - achat non reçu ({order_no(r)})\n\nBonjour,\n\n")
    d.f("Le @@, j'ai acheté le « @@ » pour @@, mais je n'ai rien reçu sur mon compte (pseudo : @@). ",
        DTM(fmt_dt(r, rdate(r), "fr")), r.choice(["Pass de combat Saison 9", "Pack Fondateur", "2 800 Gemmes"]),
        amount(r, "EUR"), handle(r))
    d.f("Le paiement a été effectué avec la carte @@ et apparaît bien sur mon relevé.\n\n", CARD(card(r)) if r.random() < 0.4 else masked_card(r))
    d.f("Je vous remercie de bien vouloir me rembourser ou créditer les objets. Vous pouvez me joindre au @@.\n\n",
        PHN(phone(r, "FR")))
    d.f("Cordialement,\n@@ @@\n@@\n", hon(p, "fr"), PER(p.plain), ADR("\n".join(a.lines)))
    return d


def k_fr_tournament_signup(r):
    d = Doc("fr")
    p = mkperson(r, "FR")
    a = mkaddr(r, "FR")
    ev = r.choice(EVENTS)
    d.t(f"FICHE D'INSCRIPTION - {ev}\n\n")
    d.f("Nom : @@\nPrénom : @@\nDate de naissance : @@\nPseudo : @@\n", PER(p.last.upper()), PER(p.first),
        DOB(fmt_date(r, rdob(r, 1995, 2007), "fr")), handle(r))
    d.f("Adresse : @@\nCode postal : @@\nVille : @@\n", ADR(a.street), a.pc, LOC(a.city))
    d.f("Téléphone : @@\nCourriel : @@\n", PHN(phone(r, "FR")), EML(email_for(r, p)))
    d.f("Pièce d'identité : permis de conduire n° @@\n", DLN(driver_license(r, "FR")))
    d.f("Équipe : @@  |  Langue parlée : @@\n", r.choice(TEAMS), r.choice(["français", "anglais"]))
    d.f("Check-in : @@\n", DTM(fmt_dt(r, rdate(r), "fr")))
    d.f("Fait à @@, le @@\nSignature : @@\n", LOC(a.city), DTM(fmt_date(r, rdate(r), "fr")), PER(p.plain))
    return d


def k_es_refund_chat(r):
    d = Doc("es")
    p = mkperson(r, "ES")
    ag = mkperson(r, "ES")
    c = Clock(r)
    st, dom = studio(r)
    d.t(f"Chat de soporte {st} - transcripción\n\n")
    d.f(f"[{c.tick()}] @@ (agente): ¡Hola! ¿En qué puedo ayudarte?\n", PER(ag.first))
    d.f(f"[{c.tick()}] @@: Hola, me cobraron dos veces el pase de batalla el @@\n", PER(p.first), DTM(fmt_date(r, rdate(r), "es")))
    d.f(f"[{c.tick()}] @@ (agente): Lo siento. ¿Me confirmas el correo de la cuenta?\n", PER(ag.first))
    d.f(f"[{c.tick()}] @@: @@\n", PER(p.first), EML(email_for(r, p)))
    d.f(f"[{c.tick()}] @@ (agente): Veo los pedidos {order_no(r)} y {order_no(r)}. ¿Prefieres el reembolso a la tarjeta o por transferencia?\n",
        PER(ag.first))
    d.f(f"[{c.tick()}] @@: Por transferencia, mi IBAN es @@, titular @@\n", PER(p.first), IBN(fmt_iban(r, iban(r, "ES"))), PER(p.plain))
    d.f(f"[{c.tick()}] @@ (agente): Perfecto, lo recibirás en 5-7 días hábiles. Si hay problemas te llamamos al @@.\n",
        PER(ag.first), PHN(phone(r, "ES")))
    d.f(f"[{c.tick()}] @@: ¡Gracias!\n", PER(p.first))
    return d


def k_mx_support_form(r):
    d = Doc("es")
    p = mkperson(r, "MX")
    a = mkaddr(r, "MX")
    st, dom = studio(r)
    d.t(f"Formulario de soporte - {st} México\nFolio: {ticket_no(r)}\n\n")
    d.f("Nombre completo: @@\nCorreo electrónico: @@\nTeléfono: @@\n", PER(p.plain), EML(email_for(r, p)), PHN(phone(r, "MX")))
    d.f("Domicilio: @@\nCiudad: @@\nEstado: @@\n", ADR(a.street), LOC(a.city), LOC(a.region))
    d.f("Fecha del problema: @@\n", DTM(fmt_dt(r, rdate(r), "es")))
    d.f("Descripción: No puedo entrar a mi cuenta desde ayer. Me llegó un aviso de inicio de sesión desde @@ que no reconozco. "
        "Mi contraseña anterior era @@ y ya la cambié.\n", IPA(anyip(r)), PWD(password(r)))
    d.t(f"Plataforma: {r.choice(['PC', 'PS5', 'Xbox', 'Android'])}  Versión: {version(r)}\n")
    return d


def k_it_parental_consent(r):
    d = Doc("it")
    parent = mkperson(r, "IT")
    child = Person(r.choice(CTRY["IT"]["first"]), parent.last, "IT")
    a = mkaddr(r, "IT")
    birth_city = r.choice(CTRY["IT"]["cities"])[0]
    ev = r.choice(EVENTS)
    d.t(f"MODULO DI CONSENSO DEI GENITORI - {ev}\n\n")
    d.f("Il/La sottoscritto/a @@, nato/a a @@ il @@, residente in @@, ", PER(parent.plain), LOC(birth_city),
        DOB(fmt_date(r, rdob(r, 1972, 1990), "it")), ADR(a.full))
    d.f("telefono @@, e-mail @@,\n", PHN(phone(r, "IT")), EML(email_for(r, parent)))
    d.f("in qualità di genitore del minore @@, nato il @@ (nickname: @@),\n\n", PER(child.plain),
        DOB(fmt_date(r, rdob(r, 2008, 2012), "it")), handle(r))
    d.f("AUTORIZZA il minore a partecipare al torneo che si terrà il @@.\n", DTM(fmt_dt(r, rdate(r), "it")))
    d.f("Polizza sanitaria integrativa n. @@ (@@).\n", HPN(health_plan_no(r)), r.choice(["Salute Più", "Assicura Famiglia"]))
    d.f("\nLuogo e data: @@, @@\nFirma: @@\n", LOC(a.city), DTM(fmt_date(r, rdate(r), "it")), PER(parent.plain))
    return d


def k_br_tournament_signup(r):
    d = Doc("pt")
    p = mkperson(r, "BR")
    a = mkaddr(r, "BR")
    ev = r.choice(EVENTS)
    d.t(f"FICHA DE INSCRIÇÃO - {ev} (etapa Brasil)\n\n")
    d.f("Nome completo: @@\nData de nascimento: @@\nNick: @@\n", PER(p.plain), DOB(fmt_date(r, rdob(r, 1996, 2007), "pt")), handle(r))
    d.f("E-mail: @@\nCelular: @@\n", EML(email_for(r, p)), PHN(phone(r, "BR")))
    d.f("Endereço: @@\n", ADR(a.full))
    d.f("Chave Pix para premiação: @@\n", EML(email_for(r, p)) if r.random() < 0.5 else PHN(phone(r, "BR")))
    d.f("Data da partida de estreia: @@\n", DTM(fmt_dt(r, rdate(r), "pt")))
    d.t(f"Time: {r.choice(TEAMS)} | Função: {r.choice(['capitão', 'suporte', 'reserva'])}\n")
    d.t("Declaro que li e aceito o regulamento do campeonato.\n")
    return d


def k_pt_creator_payment(r):
    d = Doc("pt")
    p = mkperson(r, "PT")
    a = mkaddr(r, "PT")
    d.t(f"PEDIDO DE PAGAMENTO - Programa de Criadores {studio(r)[0]}\n\n")
    d.f("Nome: @@\nMorada: @@\nTelemóvel: @@\nE-mail: @@\n", PER(p.plain), ADR(a.full), PHN(phone(r, "PT")), EML(email_for(r, p)))
    d.f("IBAN: @@\nBIC/SWIFT: @@\n", IBN(fmt_iban(r, iban(r, "PT"))), bic(r, "PT"))
    d.t(f"Canal: twitch.tv/{handle(r).lower()}\nValor: {amount(r, 'EUR')}\n")
    d.f("Data do pedido: @@\n", DTM(fmt_date(r, rdate(r), "pt")))
    d.t("Observações: pagamento mensal, referência interna " + f"CRT-{digits(r, 6)}.\n")
    return d


def k_nl_prize_payout(r):
    d = Doc("nl")
    cc = r.choice(["NL", "NL", "BE"])
    p = mkperson(r, cc)
    a = mkaddr(r, cc)
    ev = r.choice(EVENTS)
    d.t(f"UITBETALINGSVERZOEK PRIJZENGELD - {ev}\n\n")
    d.f("Naam: @@\nGeboortedatum: @@\nAdres: @@\n", PER(p.plain), DOB(fmt_date(r, rdob(r, 1995, 2006), "nl")), ADR(a.full))
    d.f("IBAN: @@\nBIC: @@\nt.n.v.: @@\n", IBN(fmt_iban(r, iban(r, cc))), bic(r, cc), PER(p.plain))
    d.f("E-mail: @@\nTelefoon: @@\n", EML(email_for(r, p)), PHN(phone(r, cc)))
    d.t(f"Bedrag: {amount(r, 'EUR')}  Team: {r.choice(TEAMS)}\n")
    d.f("Datum: @@\nHandtekening: @@\n", DTM(fmt_date(r, rdate(r), "nl")), PER(p.plain))
    return d


def k_pl_moderation_complaint(r):
    d = Doc("pl")
    p = mkperson(r, "PL")
    a = mkaddr(r, "PL")
    d.t(f"ZGŁOSZENIE NARUSZENIA - forum {game(r)}\nNumer zgłoszenia: {ticket_no(r)}\n\n")
    d.f("Zgłaszający: @@\nDane kontaktowe: @@, e-mail @@, tel. @@\n", handle(r), PER(p.plain), EML(email_for(r, p)), PHN(phone(r, "PL")))
    offender = handle(r)
    d.f("Opis: Użytkownik @@ opublikował mój adres zamieszkania (@@) oraz numer telefonu. ", offender, ADR(a.full))
    d.f("Post pojawił się @@ i był widoczny przez około 3 godziny.\n", DTM(fmt_dt(r, rdate(r), "pl")))
    d.f("Adres IP sprawcy (z logów serwera): @@\n", IPA(anyip(r)))
    d.t("Proszę o trwałe zablokowanie konta i usunięcie wszystkich kopii wpisu.\n")
    return d


def k_sv_support_case(r):
    d = Doc("sv")
    p = mkperson(r, "SE")
    c2 = r.choice(ALL_CC)
    d.t(f"Ärende {ticket_no(r)} - Kontot kapat\n\n")
    d.f("Namn: @@\nE-post: @@\nTelefon: @@\n", PER(p.plain), EML(email_for(r, p)), PHN(phone(r, "SE")))
    d.f("Någon loggade in på mitt konto @@ från IP-adressen @@ (enligt mejlet från er i @@). ",
        DTM(fmt_dt(r, rdate(r), "sv")), IPA(anyip(r)), LOC(SV_COUNTRY[c2]))
    d.t(f"De bytte e-postadress och köpte skins för {amount(r, 'SEK')}. Mitt spelnamn är {handle(r)}.\n")
    if r.random() < 0.5:
        d.f("Mitt gamla lösenord var @@, jag har bytt det överallt nu.\n", PWD(password(r)))
    d.t("Tacksam för snabb hjälp!\n")
    return d


def k_da_lan_signup(r):
    d = Doc("da")
    p = mkperson(r, "DK")
    a = mkaddr(r, "DK")
    d.t(f"TILMELDING - {r.choice(EVENTS)}\n\n")
    d.f("Navn: @@\nFødselsdato: @@\nAdresse: @@\nMobil: @@\nE-mail: @@\n", PER(p.plain),
        DOB(fmt_date(r, rdob(r, 1998, 2010), "da")), ADR(a.full), PHN(phone(r, "DK")), EML(email_for(r, p)))
    d.t(f"Hold: {r.choice(TEAMS)}  Plads: {r.choice('ABCDEF')}-{r.randint(1, 60)}\n")
    d.f("Ankomst: @@\n", DTM(fmt_dt(r, rdate(r), "da")))
    d.t("Betaling: MobilePay, 250 kr. Husk egen skærm og forlængerledning.\n")
    return d


def k_no_parental_consent(r):
    d = Doc("no")
    parent = mkperson(r, "NO")
    child = Person(r.choice(CTRY["NO"]["first"]), parent.last, "NO")
    a = mkaddr(r, "NO")
    d.t(f"FORELDRESAMTYKKE - {r.choice(EVENTS)}\n\n")
    d.f("Barnets navn: @@\nFødselsdato: @@\n", PER(child.plain), DOB(fmt_date(r, rdob(r, 2008, 2012), "no")))
    d.f("Foresatt: @@\nAdresse: @@\nTelefon: @@\nE-post: @@\n", PER(parent.plain), ADR(a.full), PHN(phone(r, "NO")),
        EML(email_for(r, parent)))
    d.t(f"Allergier/medisiner: {r.choice(['ingen', 'nøtter', r.choice(DRUGS)])}\n")
    d.t("Jeg samtykker til at barnet deltar på arrangementet og at kamper kan strømmes.\n")
    d.f("Sted og dato: @@, @@\nUnderskrift: @@\n", LOC(a.city), DTM(fmt_date(r, rdate(r), "no")), PER(parent.plain))
    return d


def k_fi_refund_request(r):
    d = Doc("fi")
    p = mkperson(r, "FI")
    d.t(f"PALAUTUSPYYNTÖ - {studio(r)[0]}\n\n")
    d.f("Nimi: @@\nSähköposti: @@\nPuhelin: @@\n", PER(p.plain), EML(email_for(r, p)), PHN(phone(r, "FI")))
    d.f("Ostopäivä: @@\nTilausnumero: @@\n", DTM(fmt_date(r, rdate(r), "fi")), order_no(r))
    d.f("Tilinumero (IBAN): @@\n", IBN(fmt_iban(r, iban(r, "FI"))))
    d.t(f"Syy: ostin vahingossa saman paketin kahdesti ({amount(r, 'EUR')}). Pelaajanimi: {handle(r)}.\n")
    d.t("Kiitos nopeasta käsittelystä.\n")
    return d


def k_cs_complaint(r):
    d = Doc("cs")
    p = mkperson(r, "CZ")
    a = mkaddr(r, "CZ")
    d.t(f"REKLAMACE - nákup v obchodě {studio(r)[0]}\n\n")
    d.f("Jméno a příjmení: @@\nAdresa: @@\nTelefon: @@\nE-mail: @@\n", PER(p.plain), ADR(a.full), PHN(phone(r, "CZ")),
        EML(email_for(r, p)))
    d.f("Datum nákupu: @@\nČíslo objednávky: @@\nČástka: @@\n", DTM(fmt_date(r, rdate(r), "cs")), order_no(r), amount(r, "CZK"))
    d.f("Číslo účtu pro vrácení peněz (IBAN): @@\n", IBN(fmt_iban(r, iban(r, "CZ"))))
    d.t("Popis: herní měna nebyla připsána na účet ani po 48 hodinách.\n")
    return d


def k_tr_support_request(r):
    d = Doc("tr")
    p = mkperson(r, "TR")
    a = mkaddr(r, "TR")
    d.t(f"DESTEK TALEBİ - Hesabım çalındı\nTalep no: {ticket_no(r)}\n\n")
    d.f("Ad Soyad: @@\nE-posta: @@\nTelefon: @@\nDoğum tarihi: @@\n", PER(p.plain), EML(email_for(r, p)),
        PHN(phone(r, "TR")), DOB(fmt_date(r, rdob(r, 1995, 2006), "tr")))
    d.f("Adres: @@\n", ADR(a.full))
    d.f("Son tanımadığım giriş: @@, IP @@\n", DTM(fmt_dt(r, rdate(r), "tr")), IPA(anyip(r)))
    d.t(f"Açıklama: Hesabımdaki {r.choice(ITEMS)} ve {amount(r, 'TRY')} bakiye başka bir hesaba aktarıldı. Oyuncu adım {handle(r)}.\n")
    return d


# ---------------------------------------------------------------------------
# Kinds without entities (hard negatives only)
# ---------------------------------------------------------------------------
def e_patch_notes(r):
    d = Doc("en")
    g = game(r)
    d.t(f"{g} - Patch {version(r)} notes (build {build_no(r)})\n\n")
    d.t(f"Servers go down for maintenance next {r.choice(WEEKDAYS['en'])}; expected downtime {r.choice(DURATIONS[:3])}.\n\n")
    d.t("Balance\n")
    for ab in r.sample(['Frost Lance', 'Shield Bash', 'Arc Volley', 'Smoke Step', 'Rally Cry'], r.randint(3, 5)):
        d.t(f"- {ab}: cooldown "
            f"{r.randint(6, 20)}s -> {r.randint(4, 18)}s, damage {r.randint(40, 90)} -> {r.randint(40, 90)}\n")
    d.t(f"\nStore\n- {r.choice(ITEMS)} now {amount(r)} (was {amount(r)})\n- Season {r.randint(5, 12)} ends in {r.choice(['3 weeks', '10 days', '2 months'])}\n")
    d.t(f"\nKnown issues\n- Crash on alt-tab with some {r.choice(['Dell', 'McLaren-branded', 'Logitech'])} peripherals (tracking: BUG-{digits(r, 5)})\n")
    d.t(f"- Hotfix {version(r)} planned {r.choice(['later this week', 'early next week', 'after the weekend'])}\n")
    return d


def e_server_health_log(r):
    d = Doc("en")
    for ts in logseq(r, r.randint(5, 9)):
        node = f"{r.choice(['euw', 'use', 'apse', 'sae'])}-match-{r.randint(1, 60):02d}"
        k = r.randint(0, 3)
        if k == 0:
            d.t(f"{ts} INFO  [{node}] health ok cpu={r.randint(10, 95)}% mem={r.randint(20, 90)}% tick={r.choice([64, 128])}\n")
        elif k == 1:
            d.t(f"{ts} WARN  [{node}] match {match_id(r)} exceeded {r.choice(['45 minutes', '60 minutes'])}, forcing end\n")
        elif k == 2:
            d.t(f"{ts} INFO  [{node}] deployed image sha256:{sha(r, 64)[:24]} version {version(r)}\n")
        else:
            d.t(f"{ts} ERROR [{node}] session {uuid4(r)} dropped after {r.randint(2, 900)}s (timeout)\n")
    d.t(f"-- uptime {r.randint(90, 99)}.{digits(r, 2)}% over the last 30 days, epoch {epoch(r)}\n")
    return d


def e_ci_secret_refs(r):
    d = Doc("en")
    d.t("name: deploy-matchmaker\non: [workflow_dispatch]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n")
    d.t(f"      - uses: actions/checkout@{sha(r, 40)}\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n")
    d.t("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    d.t("          aws-region: eu-west-1\n      - run: ./deploy.sh\n        env:\n")
    d.t("          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n          STRIPE_KEY: ${STRIPE_KEY}\n          SLACK_TOKEN: ${SLACK_BOT_TOKEN}\n")
    d.t(f"          IMAGE_TAG: {version(r)}-{sha(r, 7)}\n")
    return d


def e_masked_receipt(r):
    d = Doc("en")
    st, dom = studio(r)
    d.t(f"{st} - Purchase receipt\n\nOrder: {order_no(r)}\nInvoice: INV-{digits(r, 8)}\n")
    for _ in range(r.randint(1, 3)):
        d.t(f"  {r.choice(ITEMS):<40} {amount(r)}\n")
    d.t(f"Tax: ${r.randint(0, 9)}.{digits(r, 2)}\nPaid with: {masked_card(r)}\nAuth code: {rs(r, 6, UPDIG)}\n")
    d.t(f"Refund window: {r.choice(['14 days', '30 days'])} from purchase. Questions? Use the in-game Help menu.\n")
    return d


def e_qa_invalid_ids(r):
    d = Doc("en")
    d.t("QA note - payment form validation (negative test cases, all must be REJECTED)\n\n")
    d.t(f"- card {bad_card(r)}: Luhn check fails -> 'invalid card number'\n")
    d.t(f"- card {bad_card(r)}: Luhn check fails\n")
    d.t(f"- SSN {bad_ssn(r)}: area not issued -> reject\n- SSN {bad_ssn(r)}: reject\n")
    cc = r.choice(["DE", "FR", "NL", "ES", "IT"])
    d.t(f"- IBAN {bad_iban(r, cc)}: wrong check digits -> reject\n")
    d.t(f"- routing {routing_number(r)} with BIC {bic(r, cc)}: accepted only for wire flow\n")
    d.t(f"- expiry field '13/29' -> reject; CVC '12' -> reject\nTest run {uuid4(r)} passed {r.randint(20, 60)}/{r.randint(60, 61)}.\n")
    return d


def e_anticheat_signature_update(r):
    d = Doc("en")
    d.t(f"Anti-cheat signature pack {version(r)} (rev {sha(r, 40)})\n\n")
    for _ in range(r.randint(4, 7)):
        d.t(f"{sha(r, 64)}  {r.choice(['aimassist_pro.dll', 'esp_overlay.exe', 'trigger.sys', 'speedhack.dll', 'wallhack_v3.bin'])}"
            f"  {r.choice(['ban', 'flag', 'monitor'])}\n")
    d.t(f"\nRollout: {r.choice(['10%', '25%', '50%', '100%'])} of sessions, staged over {r.choice(['48 hours', '3 days'])}. "
        f"False-positive budget {r.randint(1, 5)} per million.\n")
    return d


def e_store_catalog_csv(r):
    d = Doc("en")
    d.t("sku,name,price_usd,price_eur,hs_code,weight_g,stock\n")
    for _ in range(r.randint(5, 9)):
        d.t(f"{rs(r, 3, UPPER)}-{digits(r, 4)},{r.choice(['Hoodie', 'Mousepad XL', 'Keycap set', 'Plush Yeti', 'Jersey 2025', 'Poster'])},"
            f"{r.randint(9, 89)}.99,{r.randint(9, 89)}.95,{r.choice(['6110.20', '4016.99', '9503.00', '4911.91'])},"
            f"{r.randint(80, 900)},{r.randint(0, 500)}\n")
    return d


def e_pet_stream_recap(r):
    d = Doc("en")
    pet = r.choice(PET_NAMES)
    d.t(f"Stream recap #{r.randint(40, 300)}\n\nChat went wild when {pet} the cat walked across the keyboard mid-clutch "
        f"and queued us into another ranked game. {r.choice(PET_NAMES)} the dog slept through all {r.randint(3, 9)} hours.\n")
    d.t(f"Sponsor segment: {r.choice(PEOPLE_BRANDS)} giveaway winners are announced next {r.choice(WEEKDAYS['en'])}. "
        f"New emotes approved, {r.randint(2, 6)} pending. Peak viewers {r.randint(200, 9000)}.\n")
    return d


def e_es_tournament_rules(r):
    d = Doc("es")
    d.t(f"REGLAMENTO - {r.choice(EVENTS)} (temporada {r.randint(2024, 2025)})\n\n")
    d.t(f"1. Las partidas se juegan al mejor de {r.choice([3, 5])}. Cada mapa tiene un límite de {r.choice(['30 minutos', '45 minutos'])}.\n")
    d.t(f"2. Los equipos deben presentarse {r.choice(['15 minutos', '30 minutos'])} antes de su partida. Retrasos de más de 10 minutos supondrán la pérdida del mapa.\n")
    d.t(f"3. Las finales se disputan el {r.choice(WEEKDAYS['es'])}; la hora exacta se publicará en el canal oficial.\n")
    d.t(f"4. Versión del cliente obligatoria: {version(r)}. Premio total: {amount(r, 'EUR')}.\n")
    return d


def e_de_maintenance(r):
    d = Doc("de")
    g = game(r)
    d.t(f"Wartungsankündigung - {g}\n\n")
    d.t(f"Am kommenden {r.choice(WEEKDAYS['de'])} sind die Server für etwa {r.choice(['drei Stunden', '90 Minuten', 'zwei Stunden'])} nicht erreichbar. ")
    d.t(f"Wir spielen Version {version(r)} ein (Build {build_no(r)}). Laufende Ranglistenspiele werden nicht gewertet.\n")
    d.t(f"Als Entschädigung erhalten alle Spieler {r.randint(100, 500)} Münzen. Ticketnummer für Rückfragen: {ticket_no(r)}.\n")
    return d


def e_fr_patch_notes(r):
    d = Doc("fr")
    d.t(f"Notes de mise à jour {version(r)} - {game(r)}\n\n")
    d.t(f"- Correction d'un plantage lors du passage en plein écran (réf. BUG-{digits(r, 5)}).\n")
    d.t(f"- Temps de recharge du sort « Lame de givre » réduit de {r.randint(2, 6)} secondes.\n")
    d.t(f"- La saison se termine dans {r.choice(['trois semaines', 'dix jours'])}; les récompenses arriveront {r.choice(['la semaine prochaine', 'après la maintenance'])}.\n")
    d.t(f"- Prix du pack fondateur : {amount(r, 'EUR')}.\n")
    return d


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
KINDS = [
    # English, with entities
    ("account_takeover_email", "en", False, k_account_takeover_email),
    ("purchase_dispute_chat", "en", False, k_purchase_dispute_chat),
    ("chargeback_case_json", "en", False, k_chargeback_case_json),
    ("moderation_doxx_report", "en", False, k_moderation_doxx_report),
    ("tournament_registration_form", "en", False, k_tournament_registration),
    ("streamer_payout_csv", "en", False, k_streamer_payout_csv),
    ("ach_payout_setup", "en", False, k_ach_payout_setup),
    ("w9_form", "en", False, k_w9_form),
    ("anticheat_log", "en", False, k_anticheat_log),
    ("parental_consent_us", "en", False, k_parental_consent_us),
    ("forum_export_xml", "en", False, k_forum_export_xml),
    ("game_server_yaml", "en", False, k_game_server_yaml),
    ("gh_actions_leak", "en", False, k_gh_actions_leak),
    ("discord_bot_env", "en", False, k_discord_bot_env),
    ("k8s_secret_yaml", "en", False, k_k8s_secret),
    ("stripe_webhook_log", "en", False, k_stripe_webhook_log),
    ("postmortem_leaked_keys", "en", False, k_postmortem_leaked_keys),
    ("llm_prompt_ticket", "en", False, k_llm_prompt_ticket),
    ("physio_injury_note", "en", False, k_physio_injury_note),
    ("lan_first_aid_log", "en", False, k_lan_first_aid_log),
    ("marketplace_kyc_review", "en", False, k_marketplace_kyc),
    ("refund_letter", "en", False, k_refund_letter),
    ("ban_appeal_email", "en", False, k_ban_appeal_email),
    ("meetup_ics", "en", False, k_meetup_ics),
    ("coaching_call_invite", "en", False, k_coaching_call_invite),
    ("vcard_team_manager", "en", False, k_vcard_team_manager),
    ("sql_dump_players", "en", False, k_sql_dump_players),
    ("nginx_access_log", "en", False, k_nginx_access_log),
    ("payment_gateway_error_log", "en", False, k_payment_gateway_error_log),
    ("crash_report", "en", False, k_crash_report),
    ("fraud_ring_notes", "en", False, k_fraud_ring_notes),
    ("account_recovery_chat", "en", False, k_account_recovery_chat),
    ("sponsorship_contract", "en", False, k_sponsorship_contract),
    ("prize_wire_instructions", "en", False, k_prize_wire),
    ("helpdesk_api_payload", "en", False, k_helpdesk_api_payload),
    ("slack_export_json", "en", False, k_slack_export_json),
    ("aws_credentials_forum_post", "en", False, k_aws_credentials_post),
    ("private_key_paste", "en", False, k_private_key_paste),
    ("jwt_debug_post", "en", False, k_jwt_debug_post),
    ("coppa_deletion_request", "en", False, k_coppa_deletion),
    ("hotel_rooming_list", "en", False, k_hotel_rooming_list),
    ("team_travel_itinerary", "en", False, k_team_travel_itinerary),
    ("merch_shipping_label", "en", False, k_merch_shipping_label),
    ("benefits_enrollment_form", "en", False, k_benefits_enrollment),
    ("hl7_adt_sports_clinic", "en", False, k_hl7_adt_clinic),
    ("fhir_patient_json", "en", False, k_fhir_patient),
    ("x12_270_eligibility", "en", False, k_x12_270),
    ("moderator_shift_log", "en", False, k_moderator_shift_log),
    ("bug_bounty_report", "en", False, k_bug_bounty_report),
    ("terraform_tfvars", "en", False, k_terraform_tfvars),
    ("docker_compose_yaml", "en", False, k_docker_compose),
    ("python_bot_script", "en", False, k_python_bot_script),
    ("community_survey_csv", "en", False, k_community_survey_csv),
    ("gdpr_export_json", "en", False, k_gdpr_export_json),
    ("clan_roster_csv", "en", False, k_clan_roster_csv),
    ("press_accreditation_form", "en", False, k_press_accreditation),
    ("voice_chat_abuse_transcript", "en", False, k_voice_chat_abuse_transcript),
    ("mobile_sdk_debug_log", "en", False, k_mobile_sdk_debug_log),
    ("form_1099k_notice", "en", False, k_form_1099k_notice),
    ("visa_invitation_letter", "en", False, k_visa_invitation_letter),
    ("carrier_billing_dispute", "en", False, k_carrier_billing_dispute),
    ("subscription_cancel_email", "en", False, k_subscription_cancel_email),
    # other languages, with entities
    ("de_support_ticket_email", "de", False, k_de_support_ticket),
    ("de_creator_payout_form", "de", False, k_de_payout_form),
    ("de_parental_consent", "de", False, k_de_parental_consent),
    ("fr_purchase_complaint_email", "fr", False, k_fr_purchase_complaint),
    ("fr_tournament_signup", "fr", False, k_fr_tournament_signup),
    ("es_refund_chat", "es", False, k_es_refund_chat),
    ("es_mx_support_form", "es", False, k_mx_support_form),
    ("it_parental_consent", "it", False, k_it_parental_consent),
    ("pt_br_tournament_signup", "pt", False, k_br_tournament_signup),
    ("pt_creator_payment_request", "pt", False, k_pt_creator_payment),
    ("nl_prize_payout_request", "nl", False, k_nl_prize_payout),
    ("pl_moderation_complaint", "pl", False, k_pl_moderation_complaint),
    ("sv_support_case", "sv", False, k_sv_support_case),
    ("da_lan_signup", "da", False, k_da_lan_signup),
    ("no_parental_consent", "no", False, k_no_parental_consent),
    ("fi_refund_request", "fi", False, k_fi_refund_request),
    ("cs_purchase_complaint", "cs", False, k_cs_complaint),
    ("tr_support_request", "tr", False, k_tr_support_request),
    # no entities, hard negatives only
    ("patch_notes", "en", True, e_patch_notes),
    ("server_health_log", "en", True, e_server_health_log),
    ("ci_secret_references", "en", True, e_ci_secret_refs),
    ("masked_purchase_receipt", "en", True, e_masked_receipt),
    ("qa_invalid_identifiers", "en", True, e_qa_invalid_ids),
    ("anticheat_signature_update", "en", True, e_anticheat_signature_update),
    ("store_catalog_csv", "en", True, e_store_catalog_csv),
    ("pet_stream_recap", "en", True, e_pet_stream_recap),
    ("es_tournament_rules", "es", True, e_es_tournament_rules),
    ("de_maintenance_notice", "de", True, e_de_maintenance),
    ("fr_patch_notes", "fr", True, e_fr_patch_notes),
]

_EMPTY = [k for k in KINDS if k[2]]
_NON_EN = [k for k in KINDS if not k[2] and k[1] != "en"]
_EN = [k for k in KINDS if not k[2] and k[1] == "en"]
P_EMPTY, P_NON_EN = 0.12, 0.22  # non-English total ~= 0.22 + 0.12 * 3/11


def _make(seed: int, i: int):
    r = random.Random(f"blind62-{seed}-{i}")
    x = r.random()
    pool = _EMPTY if x < P_EMPTY else (_NON_EN if x < P_EMPTY + P_NON_EN else _EN)
    name, lang, is_empty, fn = r.choice(pool)
    b = fn(r)
    pad(b, r, lang)
    ents = sorted(({"start": e["start"], "end": e["end"], "type": e["type"]} for e in b.ents),
                  key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"blind62-{seed}-{i:06d}", "text": b.text(), "entities": ents}
    return name, lang, doc


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[2]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
_SHAPE = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "URL": re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:[/?#][^\s\"'<>]*)?"),
    "AWS_ACCESS_KEY": re.compile(r"(?:AKIA|ASIA)[A-Z2-7]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    "SLACK_TOKEN": re.compile(r"xox[abposr]-\d{8,13}-[0-9A-Za-z-]{8,}"),
    "STRIPE_KEY": re.compile(r"(?:sk|rk)_live_[A-Za-z0-9]{24,99}"),
    "JWT": re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----\n[A-Za-z0-9+/=\s]+\n\s*-----END (?:[A-Z]+ )*PRIVATE KEY-----"),
    "PASSWORD": re.compile(r"\S{6,}"),
    "GENERIC_SECRET": re.compile(r"\S{16,}"),
    "PHONE_NUMBER": re.compile(r"[+(0-9][0-9 ()./-]*[0-9]"),
    "MEDICAL_RECORD_NUMBER": re.compile(r"[A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9]"),
    "HEALTH_PLAN_NUMBER": re.compile(r"[A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9]"),
    "ACCOUNT_NUMBER": re.compile(r"[A-Z0-9][A-Z0-9 -]{3,32}[A-Z0-9]"),
    "DRIVER_LICENSE": re.compile(r"[A-Z0-9][A-Z0-9 /-]{4,18}[A-Z0-9]"),
    "US_SSN": re.compile(r"\d{3}[- ]?\d{2}[- ]?\d{4}"),
    "CREDIT_CARD": re.compile(r"\d[\d -]{11,21}\d"),
    "IBAN_CODE": re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}"),
}
_NO_TRAIL_PUNCT = set(TYPES) - {"PASSWORD", "GENERIC_SECRET", "PRIVATE_KEY", "AWS_SECRET_KEY", "JWT"}


def validate(doc) -> list:
    """Return a list of problem strings (empty when the document is well-formed)."""
    probs = []
    text = doc.get("text", "")
    if not isinstance(text, str):
        return ["text is not a string"]
    if not re.fullmatch(r"blind62-\d+-\d{6}", str(doc.get("id", ""))):
        probs.append(f"bad id {doc.get('id')!r}")
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        probs.append(f"length {len(text)} outside {MIN_LEN}-{MAX_LEN}")
    prev_end, prev_start = -1, -1
    for e in doc.get("entities", []):
        s, en, t = e.get("start"), e.get("end"), e.get("type")
        tag = f"{t}[{s}:{en}]"
        if t not in TYPES:
            probs.append(f"{tag}: unknown type")
            continue
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
            probs.append(f"{tag}: span out of range")
            continue
        if s < prev_start:
            probs.append(f"{tag}: entities not sorted")
        if s < prev_end:
            probs.append(f"{tag}: overlaps previous span")
        prev_end, prev_start = max(prev_end, en), s
        v = text[s:en]
        if v != v.strip():
            probs.append(f"{tag}: leading/trailing whitespace {v!r}")
        if (v[0] in "\"'([{<«" and not (t == "PHONE_NUMBER" and v[0] == "(")) or v[-1] in "\"')]}>»":
            probs.append(f"{tag}: quote/bracket at span edge {v!r}")
        if t in _NO_TRAIL_PUNCT and v[-1] in ".,;:!?":
            probs.append(f"{tag}: trailing punctuation {v!r}")
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_") and t not in ("PERSON", "LOCATION"):
            probs.append(f"{tag}: starts inside a token {v!r}")
        if en < len(text) and (text[en].isalnum() or text[en] == "_"):
            probs.append(f"{tag}: ends inside a token {v!r}")
        shape = _SHAPE.get(t)
        if shape and not shape.fullmatch(v):
            probs.append(f"{tag}: shape mismatch {v!r}")
        if t == "CREDIT_CARD":
            dg = re.sub(r"[ -]", "", v)
            if not (dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg)):
                probs.append(f"{tag}: not a Luhn-valid PAN {v!r}")
        elif t == "IBAN_CODE" and not iban_ok(v):
            probs.append(f"{tag}: IBAN fails mod-97 {v!r}")
        elif t == "US_SSN" and not ssn_ok(v):
            probs.append(f"{tag}: invalid SSN {v!r}")
        elif t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append(f"{tag}: not an IP {v!r}")
        elif t == "PHONE_NUMBER":
            nd = sum(c.isdigit() for c in v)
            if not 7 <= nd <= 15:
                probs.append(f"{tag}: phone digit count {nd}")
        elif t in ("DATE_TIME", "DATE_OF_BIRTH"):
            if not any(c.isdigit() for c in v):
                probs.append(f"{tag}: date without digits {v!r}")
        elif t == "PERSON":
            if any(c.isdigit() for c in v) or "@" in v or not any(c.isalpha() for c in v):
                probs.append(f"{tag}: implausible name {v!r}")
        elif t == "LOCATION":
            if any(c.isdigit() for c in v) or "@" in v:
                probs.append(f"{tag}: implausible location {v!r}")
        elif t == "ADDRESS":
            if not any(c.isdigit() for c in v):
                probs.append(f"{tag}: address without number {v!r}")
        elif t == "URL":
            if "@" in v or re.search(r"//\d+\.\d+\.\d+\.\d+", v):
                probs.append(f"{tag}: URL contains e-mail or IP {v!r}")
        elif t == "JWT":
            try:
                h = v.split(".")[0]
                json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))
            except Exception:  # noqa: BLE001
                probs.append(f"{tag}: JWT header does not decode")
        elif t == "AWS_SECRET_KEY" and len(v) != 40:
            probs.append(f"{tag}: AWS secret not 40 chars")
    return probs


_LEAK_PATTERNS = [
    ("EMAIL_ADDRESS", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")),
    ("URL", re.compile(r"https?://[^\s\"'<>]+")),
    ("IP_ADDRESS", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("CREDIT_CARD", re.compile(r"(?<![\d-])[3-6]\d{3}(?:[ -]?\d){11,15}(?![\d-])")),
    ("US_SSN", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
    ("IBAN_CODE", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")),
    ("AWS_ACCESS_KEY", re.compile(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b")),
    ("GITHUB_TOKEN", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82})")),
    ("SLACK_TOKEN", re.compile(r"\bxox[abposr]-[0-9A-Za-z-]{10,}")),
    ("STRIPE_KEY", re.compile(r"\b(?:sk|rk)_live_[A-Za-z0-9]{24,}")),
    ("JWT", re.compile(r"\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")),
    ("PRIVATE_KEY", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
]


def _leaks(doc) -> list:
    """Flag well-formed identifiers / secrets in the text that no span of the expected type covers."""
    text, ents = doc["text"], doc["entities"]
    out = []
    for typ, pat in _LEAK_PATTERNS:
        for m in pat.finditer(text):
            v = m.group(0)
            if typ == "URL":
                v = v.rstrip(".,;:)")
            s0, e0 = m.start(), m.start() + len(v)
            if typ == "EMAIL_ADDRESS" and any(e["start"] < e0 and s0 < e["end"] and e["type"] == "PASSWORD" for e in ents):
                continue  # user:PASS@host DSN, not an e-mail address
            if typ == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(v)
                except ValueError:
                    continue
            if typ == "CREDIT_CARD" and not luhn_ok(re.sub(r"[ -]", "", v)):
                continue
            if typ == "US_SSN" and not ssn_ok(v):
                continue
            if typ == "IBAN_CODE" and not iban_ok(v):
                continue
            ok = any(e["start"] <= s0 and e0 <= e["end"] and
                     (e["type"] == typ or typ in ("CREDIT_CARD", "IP_ADDRESS") and e["type"] != "PERSON") for e in ents)
            if not ok:
                out.append(f"possible unlabelled {typ} {v!r} at {m.start()}")
    return out


def _consistency(doc) -> list:
    """Flag strings that are labelled somewhere but also occur unlabelled elsewhere."""
    text, ents = doc["text"], doc["entities"]
    covered = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            covered[k] = True
    out = []
    seen = set()
    for e in ents:
        v = text[e["start"]:e["end"]]
        if e["type"] in ("PASSWORD",) or len(v) < 3 or v in seen:
            continue
        seen.add(v)
        for m in re.finditer(r"(?<![\w/@.])" + re.escape(v) + r"(?![\w@])", text):
            if not any(covered[m.start():m.end()]):
                out.append(f"unlabelled repeat of {e['type']} {v!r} at {m.start()}")
    return out


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _check(n: int, seed: int) -> int:
    from collections import Counter
    type_c, kind_c, lang_c = Counter(), Counter(), Counter()
    problems, empty_docs = [], 0
    kind_meta = {k[0]: k for k in KINDS}
    for i in range(n):
        name, lang, doc = _make(seed, i)
        kind_c[name] += 1
        lang_c[lang] += 1
        ps = validate(doc) + _consistency(doc) + _leaks(doc)
        is_empty = kind_meta[name][2]
        if is_empty and doc["entities"]:
            ps.append("empty kind produced entities")
        if not is_empty and not doc["entities"]:
            ps.append("entity kind produced no entities")
        if not doc["entities"]:
            empty_docs += 1
        for e in doc["entities"]:
            type_c[e["type"]] += 1
        problems.extend(f"{doc['id']} ({name}): {p}" for p in ps)
    missing_types = [t for t in TYPES if not type_c[t]]
    missing_kinds = [k[0] for k in KINDS if not kind_c[k[0]]]
    non_en = sum(v for k, v in lang_c.items() if k != "en")
    print(f"docs: {n}   kinds: {len(KINDS)} defined, {len(kind_c)} generated   "
          f"non-English: {non_en / n:.1%}   no-entity docs: {empty_docs / n:.1%}")
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(lang_c.items())))
    print("entities by type:")
    for t in TYPES:
        print(f"  {t:<24}{type_c[t]:>7}")
    if missing_types:
        problems.append(f"types never generated: {missing_types}")
    if missing_kinds:
        problems.append(f"kinds never generated: {missing_kinds}")
    if len(KINDS) < 57:
        problems.append(f"only {len(KINDS)} kinds")
    for p in problems[:60]:
        print("PROBLEM:", p)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


def _sample(k: int, seed: int) -> None:
    for i in range(k):
        name, lang, doc = _make(seed, i)
        print("=" * 78)
        print(f"{doc['id']}  kind={name}  lang={lang}  chars={len(doc['text'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  {e['type']:<22} {e['start']:>5}-{e['end']:<5} {doc['text'][e['start']:e['end']]!r}")
        if not doc["entities"]:
            print("  (no entities)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Blind corpus 62 (gaming / esports / online communities)")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs (or --n) and validate them")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with their labelled spans")
    ap.add_argument("--n", type=int, default=None, help="number of documents")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl", help="write documents as JSON lines")
    a = ap.parse_args(argv)
    rc = 0
    if a.check:
        rc = _check(a.n or 3000, a.seed)
    if a.sample:
        _sample(a.sample, a.seed)
    if a.output:
        n = a.n or 1000
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {n} docs to {a.output}", file=sys.stderr)
    if not (a.check or a.sample or a.output):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
