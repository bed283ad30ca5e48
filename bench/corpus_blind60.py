#!/usr/bin/env python3
r"""Blind corpus 60 -- media, publishing and journalism.

Seeded, labelled synthetic documents from newsrooms and publishers: source
tips and interview notes, subscription and reader-support traffic, photo and
model releases, freelancer invoices and royalty statements, ad-tech and CDN
logs, podcast hosting configs, CMS deployment files, benefits enrolment and
staff clinic records, LLM prompts and more.  About a quarter of the documents
are not in English (de, fr, es, it, pt, nl, pl, sv, da, no, fi, cs, tr) and
about 12% contain no entity at all, only hard negatives.  Text and spans are
built together from inline markup, so offsets are always exact.  All data is
fake; checksummed values are well-formed unless they are hard negatives.

Usage: python3 bench/corpus_blind60.py --check
       python3 bench/corpus_blind60.py --sample K [--seed S]
       python3 bench/corpus_blind60.py --n N --seed S --output F.jsonl

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
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from datetime import date, timedelta

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
]
_TYPESET = frozenset(TYPES)

MIN_LEN, MAX_LEN = 150, 3000

# ---------------------------------------------------------------------------
# Builder: documents are written as markup strings in which every labelled
# value is wrapped as  \u27e6TYPE|value\u27e7 .  The builder strips the
# markup and records exact offsets while appending the pieces.
# ---------------------------------------------------------------------------
_LM, _RM = "\u27e6", "\u27e7"
_MARK = re.compile("\u27e6([A-Z_]+)\\|(.*?)\u27e7", re.S)


class Doc:
    """Text builder; .text() returns the plain text, .ents the spans."""

    def __init__(self, markup: str = ""):
        self._parts: list[str] = []
        self._len = 0
        self.ents: list[dict] = []
        if markup:
            self.add(markup)

    def _plain(self, s: str) -> None:
        if s:
            if _LM in s or _RM in s:
                raise ValueError("unbalanced markup: %r" % s[:80])
            self._parts.append(s)
            self._len += len(s)

    def add(self, markup: str) -> "Doc":
        pos = 0
        for m in _MARK.finditer(markup):
            self._plain(markup[pos:m.start()])
            typ, val = m.group(1), m.group(2)
            start = self._len
            self._plain(val)
            self.ents.append({"start": start, "end": self._len, "type": typ})
            pos = m.end()
        self._plain(markup[pos:])
        return self

    def text(self) -> str:
        return "".join(self._parts)


def E(typ: str, v) -> str:
    v = str(v)
    if typ not in _TYPESET:
        raise ValueError("unknown type " + typ)
    if not v or v != v.strip():
        raise ValueError("bad span value %r for %s" % (v, typ))
    return f"{_LM}{typ}|{v}{_RM}"


def P(v): return E("PERSON", v)
def EM(v): return E("EMAIL_ADDRESS", v)
def PH(v): return E("PHONE_NUMBER", v)
def SSN(v): return E("US_SSN", v)
def CC(v): return E("CREDIT_CARD", v)
def IB(v): return E("IBAN_CODE", v)
def IP(v): return E("IP_ADDRESS", v)
def DOB(v): return E("DATE_OF_BIRTH", v)
def DT(v): return E("DATE_TIME", v)
def LOC(v): return E("LOCATION", v)
def ADR(v): return E("ADDRESS", v)
def URL(v): return E("URL", v)
def MRN(v): return E("MEDICAL_RECORD_NUMBER", v)
def HPN(v): return E("HEALTH_PLAN_NUMBER", v)
def ACC(v): return E("ACCOUNT_NUMBER", v)
def DL(v): return E("DRIVER_LICENSE", v)
def AKI(v): return E("AWS_ACCESS_KEY", v)
def ASK(v): return E("AWS_SECRET_KEY", v)
def GHT(v): return E("GITHUB_TOKEN", v)
def SLK(v): return E("SLACK_TOKEN", v)
def STK(v): return E("STRIPE_KEY", v)
def JW(v): return E("JWT", v)
def PK(v): return E("PRIVATE_KEY", v)
def PW(v): return E("PASSWORD", v)
def SEC(v): return E("GENERIC_SECRET", v)


# ---------------------------------------------------------------------------
# Low-level random helpers
# ---------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def digits(r, n):
    return rs(r, DIG, n)


def nz_digits(r, n):
    return str(r.randint(1, 9)) + digits(r, n - 1)


def pick(r, seq, k=None):
    if k is None:
        return r.choice(seq)
    return r.sample(list(seq), k)


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("đ", "d").replace("ð", "d").replace("þ", "th")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------------------
# Checksummed identifiers
# ---------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def _group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return sep.join(out)


def card_number(r, sep=None, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        prefix, n = "4" + digits(r, 5), 16
    elif brand == "mc":
        prefix, n = str(r.randint(51, 55)), 16
    elif brand == "mc2":
        prefix, n = str(r.randint(2221, 2720)), 16
    elif brand == "amex":
        prefix, n = r.choice(["34", "37"]), 15
    else:
        prefix, n = "6011", 16
    num = _luhn_complete(prefix + digits(r, n - 1 - len(prefix)))
    if sep is None:
        sep = r.choice([" ", " ", "-", ""])
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    return _group(num, sizes, sep) if sep else num


def bad_card_number(r, sep=" "):
    """16 digits that fail the Luhn check (hard negative)."""
    num = _luhn_complete("4" + digits(r, 14))
    num = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
    assert not luhn_ok(num)
    return _group(num, [4, 4, 4, 4], sep) if sep else num


def ssn(r, sep="-"):
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def bad_ssn(r):
    area = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{area}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_IBAN_BANKS = {
    "NL": ["INGB", "ABNA", "RABO", "TRIO"], "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}
_IBAN_LEN = {"DE": 18, "AT": 16, "FR": 23, "ES": 20, "PT": 21, "PL": 24,
             "SE": 20, "DK": 14, "NO": 11, "FI": 14, "CZ": 20, "BE": 12,
             "CH": 17, "LU": 16}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, cc="DE", grouped=None):
    if cc in _IBAN_LEN:
        bban = digits(r, _IBAN_LEN[cc])
    elif cc == "IT":
        bban = r.choice(UP) + digits(r, 22)
    elif cc == "TR":
        bban = digits(r, 5) + "0" + digits(r, 16)
    elif cc in _IBAN_BANKS:
        n = 10 if cc == "NL" else 14
        bban = r.choice(_IBAN_BANKS[cc]) + digits(r, n)
    else:
        raise ValueError(cc)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ---------------------------------------------------------------------------
# Network identifiers
# ---------------------------------------------------------------------------
def ipv4(r, kind=None):
    kind = kind or r.choice(["pub", "pub", "pub", "doc", "priv"])
    if kind == "priv":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
    if kind == "doc":
        return r.choice(["203.0.113", "198.51.100", "192.0.2"]) + f".{r.randint(2, 254)}"
    first = r.choice([23, 31, 37, 45, 52, 62, 78, 81, 89, 91, 104, 145, 151,
                      176, 185, 188, 193, 212, 217])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def ipv6(r):
    head = r.choice(["2001:db8", "2a02:8108", "2600:1700", "2a01:4f8"])
    groups = [format(r.randint(0, 0xFFFF), "x") for _ in range(r.choice([2, 4]))]
    if len(groups) == 2:
        return f"{head}:{r.randint(1, 0xfff):x}::{groups[0]}:{groups[1]}"
    return head + ":" + ":".join(groups) + f":{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}"


def ip_any(r):
    return ipv6(r) if r.random() < 0.2 else ipv4(r)


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------
def aws_access_key(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, UP + "234567", 16)


def aws_secret_key(r):
    return rs(r, B64, 40)


def github_token(r):
    if r.random() < 0.2:
        return "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, ALNUM, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rs(r, ALNUM, 36)


def slack_token(r):
    if r.random() < 0.6:
        return f"xoxb-{nz_digits(r, 11)}-{nz_digits(r, 13)}-{rs(r, ALNUM, 24)}"
    return f"xoxp-{nz_digits(r, 11)}-{nz_digits(r, 11)}-{nz_digits(r, 13)}-{rs(r, HEX, 32)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, ALNUM, r.choice([24, 34, 99]))


def _b64u(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(r):
    alg = r.choice(["HS256", "RS256", "HS512"])
    head = _b64u({"alg": alg, "typ": "JWT"})
    iat = r.randint(1_690_000_000, 1_790_000_000)
    body = {"sub": r.choice(["usr_", "sub_", "acct_"]) + digits(r, 7),
            "iat": iat, "exp": iat + r.choice([900, 3600, 86400]),
            "scope": r.choice(["cms:write", "read:articles", "paywall", "podcast:upload"])}
    if r.random() < 0.5:
        body["iss"] = r.choice(["auth", "sso", "paywall-api"])
    sig_len = 86 if alg in ("HS512",) else (342 if alg == "RS256" else 43)
    return f"{head}.{_b64u(body)}.{rs(r, B64URL, sig_len)}"


def private_key(r, escaped=False):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    n = {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 6}.get(kind, r.randint(6, 10))
    lead = {"RSA PRIVATE KEY": "MIIEow", "PRIVATE KEY": "MIIEvQ",
            "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA", "EC PRIVATE KEY": "MHcCAQEEI"}[kind]
    body = lead + rs(r, B64, 64 * n - len(lead) + r.randint(8, 40))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    nl = "\\n" if escaped else "\n"
    return f"-----BEGIN {kind}-----{nl}" + nl.join(lines) + f"{nl}-----END {kind}-----"


_PW_WORDS = ["Harbor", "Inkwell", "Tabloid", "Byline", "Deadline", "Column", "Kicker",
             "Masthead", "Scoop", "Lede", "Pica", "Galley", "Folio", "Gutter", "Sidebar",
             "Nutgraf", "Podcast", "Mixdown", "Reverb", "Tripod"]


def password(r):
    s = r.random()
    if s < 0.35:
        return r.choice(_PW_WORDS) + r.choice("!*-_.") + digits(r, r.randint(2, 4)) + r.choice(_PW_WORDS).lower()
    if s < 0.7:
        return r.choice(string.ascii_letters) + rs(r, ALNUM + "!*-_", r.randint(10, 17)) + r.choice(ALNUM)
    if s < 0.85:
        return r.choice(_PW_WORDS).lower() + digits(r, 2) + r.choice(UP) + r.choice("!*") + rs(r, LO, 3)
    return r.choice(LO) + rs(r, ALNUM, r.randint(9, 14))


def passcode(r):
    return digits(r, r.choice([6, 6, 8])) if r.random() < 0.6 else rs(r, ALNUM, r.choice([6, 8]))


def generic_secret(r, kind=None):
    kind = kind or r.choice(["hex32", "hex40", "whsec", "sg", "mc", "aiza", "opaque", "b64"])
    if kind == "hex32":
        return rs(r, HEX, 32)
    if kind == "hex40":
        return rs(r, HEX, 40)
    if kind == "whsec":
        return "whsec_" + rs(r, ALNUM, 32)
    if kind == "sg":
        return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)
    if kind == "mc":
        return rs(r, HEX, 32) + "-us" + str(r.randint(2, 21))
    if kind == "aiza":
        return "AIza" + rs(r, B64URL, 35)
    if kind == "opaque":
        return r.choice(["tok_", "pat_", "key_", "sec_"]) + rs(r, ALNUM, 32)
    return rs(r, ALNUM, 38) + "=="


def b64(s):
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------------------
# Hard-negative generators (never labelled)
# ---------------------------------------------------------------------------
def uuid4(r):
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def sha(r, n=40):
    return rs(r, HEX, n)


def version(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 30)}"


def epoch(r):
    return str(r.randint(1_690_000_000, 1_790_000_000))


def log_ts(r, style="iso"):
    d = rand_date(r)
    hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    if style == "iso":
        return f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}.{r.randint(0, 999):03d}Z"
    if style == "space":
        return f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}"
    if style == "clf":
        return f"[{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{hh:02d}:{mm:02d}:{ss:02d} +0000]"
    if style == "syslog":
        return f"{MONTHS['en'][d.month - 1][:3]} {d.day:2d} {hh:02d}:{mm:02d}:{ss:02d}"
    if style == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}{hh:02d}{mm:02d}{ss:02d}"
    if style == "rfc2822":
        return (f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day:02d} {MONTHS['en'][d.month - 1][:3]} "
                f"{d.year} {hh:02d}:{mm:02d}:{ss:02d} {r.choice(['+0000', '-0500', '+0100', '+0200', '-0800'])}")
    raise ValueError(style)


def ref_no(r, prefix=None):
    prefix = prefix or r.choice(["INV", "ORD", "TKT", "CASE", "CLM", "BKG", "IO", "PO", "SUB", "JOB"])
    return r.choice([f"{prefix}-{r.randint(2019, 2026)}-{digits(r, 5)}",
                     f"{prefix}-{digits(r, 6)}", f"{prefix}{digits(r, 7)}",
                     f"#{digits(r, 6)}"])


def isbn13(r):
    body = r.choice(["978", "979"]) + digits(r, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    full = body + str(chk)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def money(r, cur="$", lo=20, hi=9000):
    return money_fmt(r.randint(lo * 100, hi * 100) / 100, cur, r.random() < 0.5)


def money_fmt(v, cur="$", suffix=True):
    if cur in ("€", "kr", "zł", "Kč", "TL"):
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} {cur}" if cur != "€" or suffix else f"€{s}"
    return f"{cur}{v:,.2f}"


def masked_card(r):
    return r.choice([f"**** **** **** {digits(r, 4)}", f"XXXX-XXXX-XXXX-{digits(r, 4)}",
                     f"ending in {digits(r, 4)}", f"•••• {digits(r, 4)}"])


def duration(r):
    return r.choice([f"{r.randint(12, 95)} min", f"{r.randint(1, 3)}h {r.randint(1, 59)}m",
                     f"{r.randint(1, 59)}m{r.randint(0, 59):02d}s", f"{r.randint(2, 900)} ms",
                     f"{r.randint(5, 48)} seconds"])


PET_NAMES = ["Biscuit", "Pickles", "Mochi", "Noodle", "Waffles", "Pretzel", "Muffin", "Sprocket"]
BRANDS = ["Zoom", "Slack", "Dropbox", "WordPress", "Mailchimp", "Stripe", "Spotify",
          "YouTube", "Substack", "Adobe Premiere", "Final Draft", "Canva"]
DRUGS = ["ibuprofen", "amoxicillin", "loratadine", "doxycycline", "malarone", "sumatriptan",
         "omeprazole", "cetirizine"]
ICD = ["S93.401A", "J06.9", "F43.10", "T75.3XXA", "M54.5", "H93.13", "Z02.89", "A09"]
CPT = ["99213", "99203", "90471", "73610", "29540"]


# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
}
_AT = {"en": "at", "de": "um", "fr": "à", "es": "a las", "it": "alle", "pt": "às", "nl": "om",
       "pl": "o godz.", "sv": "kl.", "da": "kl.", "no": "kl.", "fi": "klo", "cs": "v", "tr": "saat"}


def rand_date(r, y0=2023, y1=2026):
    start = date(y0, 1, 1)
    return start + timedelta(days=r.randint(0, (date(y1, 12, 31) - start).days))


def rand_dob(r, y0=1948, y1=2004):
    return rand_date(r, y0, y1)


def fdate(d, loc="us", style="long", weekday=False):
    """Format a calendar date the way locale `loc` writes it."""
    lang = LOCALES[loc]["lang"]
    m = MONTHS[lang]
    if style == "iso":
        s = d.isoformat()
    elif style == "num":
        if loc in ("us",):
            s = f"{d.month:02d}/{d.day:02d}/{d.year}"
        elif loc in ("ca", "sv", "lt"):
            s = d.isoformat()
        elif lang in ("de", "pl", "da", "no", "tr") or loc == "at":
            s = f"{d.day:02d}.{d.month:02d}.{d.year}"
        elif lang == "fi":
            s = f"{d.day}.{d.month}.{d.year}"
        elif lang == "cs":
            s = f"{d.day}. {d.month}. {d.year}"
        elif lang == "nl":
            s = f"{d.day:02d}-{d.month:02d}-{d.year}"
        else:
            s = f"{d.day:02d}/{d.month:02d}/{d.year}"
    elif style == "short":  # abbreviated month names
        if lang == "en":
            s = (f"{m[d.month - 1][:3]} {d.day}, {d.year}" if loc in ("us", "ca")
                 else f"{d.day} {m[d.month - 1][:3]} {d.year}")
        else:
            s = f"{d.day:02d}.{d.month:02d}.{d.year}"
    else:
        if lang == "en":
            s = (f"{m[d.month - 1]} {d.day}, {d.year}" if loc in ("us", "ca")
                 else f"{d.day} {m[d.month - 1]} {d.year}")
        elif lang in ("de", "da", "no", "cs"):
            s = f"{d.day}. {m[d.month - 1]} {d.year}"
        elif lang in ("es", "pt"):
            s = f"{d.day} de {m[d.month - 1]} de {d.year}"
        else:
            s = f"{d.day} {m[d.month - 1]} {d.year}"
    if weekday:
        wd = WEEKDAYS[lang][d.weekday()]
        s = f"{wd}, {s}" if lang != "fr" else f"{wd} {s}"
    return s


def ftime(r, loc="us", h=None, mi=None):
    lang = LOCALES[loc]["lang"]
    h = r.randint(7, 20) if h is None else h
    mi = r.choice([0, 0, 15, 30, 30, 45, 10, 20]) if mi is None else mi
    if loc in ("us", "ca", "au", "in") and lang == "en":
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if lang == "fr":
        return f"{h}h{mi:02d}"
    if lang in ("da", "no", "fi"):
        return f"{h:02d}.{mi:02d}"
    return f"{h:02d}:{mi:02d}"


def fdatetime(r, loc="us", d=None, style="long", weekday=False):
    d = d or rand_date(r)
    lang = LOCALES[loc]["lang"]
    joiner = r.choice([f" {_AT[lang]} ", ", "]) if lang != "cs" else " v "
    return fdate(d, loc, style, weekday) + joiner + ftime(r, loc)


# ---------------------------------------------------------------------------
# Locales: names, places, addresses, phones
# ---------------------------------------------------------------------------
LOCALES = {
    "us": dict(lang="en", country="United States",
               first="James Maria Robert Jennifer Michael Linda David Aisha Daniel Priya Kevin Rosa Marcus Emily Tyrone Hannah Luis Grace Owen Naomi".split(),
               last="Smith Johnson Okafor Garcia Miller Nguyen Patel Rodriguez Thompson Kowalczyk Brooks Ramirez Bennett Hughes Delgado Whitaker Castillo Fischer Jackson Reyes".split(),
               cities=[("Portland", "OR", "97205"), ("Austin", "TX", "78701"), ("Columbus", "OH", "43215"),
                       ("Tucson", "AZ", "85701"), ("Raleigh", "NC", "27601"), ("Madison", "WI", "53703"),
                       ("Sacramento", "CA", "95814"), ("Albany", "NY", "12207"), ("Boise", "ID", "83702"),
                       ("Savannah", "GA", "31401"), ("Richmond", "VA", "23219"), ("Duluth", "MN", "55802"),
                       ("Baltimore", "MD", "21201"), ("Omaha", "NE", "68102")],
               streets="Maple Avenue|Oak Street|W 3rd Street|Elm Drive|Cedar Lane|N Broadway|Lakeview Blvd|Pine Court|Market Street|Riverside Drive|Jefferson Ave|Hillcrest Road".split("|")),
    "ca": dict(lang="en", country="Canada",
               first="Liam Chloe Noah Olivia Ethan Amelia Jacob Sophie Raj Mei".split(),
               last="Tremblay Martin Roy Wilson MacDonald Singh Campbell Leblanc Chen Anderson".split(),
               cities=[("Toronto", "ON", "M5V 2T6"), ("Vancouver", "BC", "V6B 1A1"), ("Halifax", "NS", "B3J 1S9"),
                       ("Calgary", "AB", "T2P 1J9"), ("Winnipeg", "MB", "R3C 0V8"), ("Ottawa", "ON", "K1P 5G4")],
               streets="Queen Street W|Granville Street|Spring Garden Road|Portage Avenue|Bank Street|Stephen Avenue".split("|")),
    "gb": dict(lang="en", country="United Kingdom",
               first="Oliver Amelia Harry Isla George Poppy Jack Freya Charlie Imogen Rhys Siobhan".split(),
               last="Wilson Evans Taylor Davies Roberts Walker Wright Hughes Clarke Patel Ahmed Fletcher".split(),
               cities=[("London", "Greater London", "EC1V 2NX"), ("Manchester", "Greater Manchester", "M1 4BT"),
                       ("Leeds", "West Yorkshire", "LS1 5AB"), ("Bristol", "England", "BS1 6QF"),
                       ("Glasgow", "Scotland", "G2 3EW"), ("Cardiff", "Wales", "CF10 1EP"),
                       ("Belfast", "Northern Ireland", "BT1 5GS"), ("Norwich", "Norfolk", "NR2 1TF")],
               streets="High Street|Church Road|Victoria Road|Station Road|Kings Road|Queen Street|Mill Lane|Park Avenue".split("|")),
    "ie": dict(lang="en", country="Ireland",
               first="Aoife Ciarán Niamh Seán Róisín Darragh Caoimhe Eoin".split(),
               last="Murphy Kelly O'Sullivan Walsh Byrne Ryan O'Brien Doyle".split(),
               cities=[("Dublin", "Leinster", "D02 X285"), ("Cork", "Munster", "T12 K8AF"),
                       ("Galway", "Connacht", "H91 E2K3"), ("Limerick", "Munster", "V94 T9PX")],
               streets="Camden Street|Patrick Street|Shop Street|O'Connell Street|Dame Street".split("|")),
    "au": dict(lang="en", country="Australia",
               first="Jack Charlotte William Mia Lachlan Zoe Thomas Ruby Hamish Matilda".split(),
               last="Smith Jones Williams Brown Wilson Nguyen Kelly Mitchell Harris Tran".split(),
               cities=[("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000"), ("Brisbane", "QLD", "4000"),
                       ("Perth", "WA", "6000"), ("Adelaide", "SA", "5000"), ("Hobart", "TAS", "7000")],
               streets="George Street|Collins Street|Queen Street|Hay Street|Rundle Mall|Elizabeth Street".split("|")),
    "in": dict(lang="en", country="India",
               first="Arjun Priya Rohan Ananya Vikram Kavya Aditya Meera".split(),
               last="Sharma Iyer Reddy Banerjee Mehta Nair Kulkarni Chatterjee".split(),
               cities=[("Mumbai", "Maharashtra", "400050"), ("Bengaluru", "Karnataka", "560001"),
                       ("Kolkata", "West Bengal", "700016"), ("Chennai", "Tamil Nadu", "600017")],
               streets="Hill Road|MG Road|Park Street|Anna Salai".split("|")),
    "za": dict(lang="en", country="South Africa",
               first="Thabo Naledi Sipho Lerato Pieter Zanele".split(),
               last=["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Naidoo"],
               cities=[("Cape Town", "Western Cape", "8001"), ("Johannesburg", "Gauteng", "2001"),
                       ("Durban", "KwaZulu-Natal", "4001")],
               streets="Long Street|Jan Smuts Avenue|Florida Road|Bree Street".split("|")),
    "de": dict(lang="de", country="Deutschland", country_en="Germany",
               first="Lukas Anna Jonas Lea Felix Sophie Maximilian Marie Tobias Katharina Jürgen Ute".split(),
               last="Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Richter Wagner Krüger".split(),
               cities=[("Berlin", "Berlin", "10115"), ("Hamburg", "Hamburg", "20095"), ("München", "Bayern", "80331"),
                       ("Köln", "Nordrhein-Westfalen", "50667"), ("Leipzig", "Sachsen", "04109"),
                       ("Frankfurt am Main", "Hessen", "60311"), ("Stuttgart", "Baden-Württemberg", "70173")],
               streets="Lindenstraße|Hauptstraße|Schillerstraße|Bahnhofstraße|Gartenweg|Goethestraße|Am Markt".split("|")),
    "at": dict(lang="de", country="Österreich", country_en="Austria",
               first="Elias Laura David Hannah Florian Valentina Stefan Theresa".split(),
               last="Gruber Huber Wagner Pichler Steiner Moser Hofer Leitner".split(),
               cities=[("Wien", "Wien", "1070"), ("Graz", "Steiermark", "8010"), ("Linz", "Oberösterreich", "4020"),
                       ("Salzburg", "Salzburg", "5020"), ("Innsbruck", "Tirol", "6020")],
               streets="Mariahilfer Straße|Herrengasse|Landstraße|Getreidegasse|Maria-Theresien-Straße".split("|")),
    "fr": dict(lang="fr", country="France",
               first="Camille Lucas Chloé Hugo Manon Théo Inès Louis Élodie Julien Margaux Antoine".split(),
               last="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Girard".split(),
               cities=[("Paris", "Île-de-France", "75011"), ("Lyon", "Auvergne-Rhône-Alpes", "69003"),
                       ("Marseille", "Provence-Alpes-Côte d'Azur", "13001"), ("Toulouse", "Occitanie", "31000"),
                       ("Nantes", "Pays de la Loire", "44000"), ("Lille", "Hauts-de-France", "59000"),
                       ("Bordeaux", "Nouvelle-Aquitaine", "33000")],
               streets="rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|rue Victor Hugo|place du Marché".split("|")),
    "es": dict(lang="es", country="España", country_en="Spain",
               first="Lucía Hugo Martina Pablo Sofía Alejandro Carmen Javier Elena Diego Nerea Álvaro".split(),
               last="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Navarro Ortega".split(),
               cities=[("Madrid", "Comunidad de Madrid", "28013"), ("Barcelona", "Cataluña", "08002"),
                       ("Valencia", "Comunidad Valenciana", "46002"), ("Sevilla", "Andalucía", "41004"),
                       ("Bilbao", "País Vasco", "48001"), ("Zaragoza", "Aragón", "50001")],
               streets="Calle Mayor|Calle de Alcalá|Avenida de la Constitución|Calle Colón|Paseo de Gracia|Calle Larios".split("|")),
    "it": dict(lang="it", country="Italia", country_en="Italy",
               first="Giulia Francesco Chiara Alessandro Sara Lorenzo Martina Matteo Federica Davide Elisa Marco".split(),
               last="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo".split(),
               cities=[("Milano", "MI", "20121"), ("Roma", "RM", "00184"), ("Torino", "TO", "10121"),
                       ("Bologna", "BO", "40121"), ("Napoli", "NA", "80132"), ("Firenze", "FI", "50122")],
               streets="Via Garibaldi|Corso Vittorio Emanuele II|Via Roma|Viale dei Mille|Via Dante|Piazza della Repubblica".split("|")),
    "pt": dict(lang="pt", country="Portugal",
               first="João Beatriz Tiago Inês Rafael Mariana Duarte Leonor Gonçalo Matilde".split(),
               last="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Carvalho".split(),
               cities=[("Lisboa", "Lisboa", "1100-053"), ("Porto", "Porto", "4000-322"), ("Braga", "Braga", "4700-035"),
                       ("Coimbra", "Coimbra", "3000-143"), ("Faro", "Faro", "8000-138")],
               streets="Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Souto|Rua Ferreira Borges".split("|")),
    "nl": dict(lang="nl", country="Nederland", country_en="Netherlands",
               first="Daan Emma Sem Julia Lucas Sophie Thijs Fleur Bram Anouk".split(),
               last=["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"],
               cities=[("Amsterdam", "Noord-Holland", "1016 GV"), ("Rotterdam", "Zuid-Holland", "3011 AD"),
                       ("Utrecht", "Utrecht", "3511 LX"), ("Groningen", "Groningen", "9711 LV"),
                       ("Eindhoven", "Noord-Brabant", "5611 EM")],
               streets="Prinsengracht|Coolsingel|Oudegracht|Vismarkt|Stratumseind|Kerkstraat".split("|")),
    "pl": dict(lang="pl", country="Polska", country_en="Poland",
               first_m="Jakub Kacper Szymon Mateusz Wojciech Piotr".split(),
               first_f="Zuzanna Julia Maja Aleksandra Agnieszka Katarzyna".split(),
               last_m="Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski Kozłowski".split(),
               last_f="Nowak Kowalska Wiśniewska Wójcik Kamińska Lewandowska Zielińska Szymańska Dąbrowska Kozłowska".split(),
               cities=[("Warszawa", "mazowieckie", "00-238"), ("Kraków", "małopolskie", "31-042"),
                       ("Gdańsk", "pomorskie", "80-831"), ("Wrocław", "dolnośląskie", "50-077"),
                       ("Poznań", "wielkopolskie", "61-772")],
               streets="Długa|Floriańska|Marszałkowska|Świdnicka|Półwiejska|Piotrkowska".split("|")),
    "sv": dict(lang="sv", country="Sverige", country_en="Sweden",
               first="Elsa William Alice Oscar Maja Hugo Ebba Lucas Astrid Nils".split(),
               last="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Lindqvist Berg Holm".split(),
               cities=[("Stockholm", "Stockholms län", "111 21"), ("Göteborg", "Västra Götaland", "411 03"),
                       ("Malmö", "Skåne", "211 20"), ("Uppsala", "Uppsala län", "753 10"), ("Umeå", "Västerbotten", "903 26")],
               streets="Drottninggatan|Kungsgatan|Storgatan|Södra Förstadsgatan|Vasagatan".split("|")),
    "da": dict(lang="da", country="Danmark", country_en="Denmark",
               first="Freja William Ida Noah Clara Oscar Sofie Emil Mette Rasmus".split(),
               last="Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Møller".split(),
               cities=[("København", "Hovedstaden", "2200"), ("Aarhus", "Midtjylland", "8000"),
                       ("Odense", "Syddanmark", "5000"), ("Aalborg", "Nordjylland", "9000")],
               streets="Nørrebrogade|Vesterbrogade|Strøget|Søndergade|Østerbrogade".split("|")),
    "no": dict(lang="no", country="Norge", country_en="Norway",
               first="Nora Jakob Emma Filip Ingrid Lukas Sofie Henrik Sigrid Magnus".split(),
               last="Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Berg Haugen".split(),
               cities=[("Oslo", "Oslo", "0159"), ("Bergen", "Vestland", "5003"), ("Trondheim", "Trøndelag", "7011"),
                       ("Tromsø", "Troms", "9008"), ("Stavanger", "Rogaland", "4006")],
               streets="Karl Johans gate|Torggata|Bryggen|Storgata|Olav Tryggvasons gate".split("|")),
    "fi": dict(lang="fi", country="Suomi", country_en="Finland",
               first="Aino Eero Helmi Onni Venla Leevi Siiri Juho Ella Matti".split(),
               last="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen".split(),
               cities=[("Helsinki", "Uusimaa", "00100"), ("Tampere", "Pirkanmaa", "33100"),
                       ("Turku", "Varsinais-Suomi", "20100"), ("Oulu", "Pohjois-Pohjanmaa", "90100")],
               streets="Mannerheimintie|Hämeenkatu|Aurakatu|Kauppurienkatu|Aleksanterinkatu".split("|")),
    "cs": dict(lang="cs", country="Česká republika", country_en="Czech Republic",
               first_m="Jakub Jan Tomáš Petr Martin Lukáš".split(),
               first_f="Tereza Eliška Kateřina Lucie Veronika Jana".split(),
               last_m="Novák Svoboda Dvořák Černý Procházka Kučera Veselý Horák Němec Marek".split(),
               last_f="Nováková Svobodová Dvořáková Černá Procházková Kučerová Veselá Horáková Němcová Marková".split(),
               cities=[("Praha", "Hlavní město Praha", "120 00"), ("Brno", "Jihomoravský kraj", "602 00"),
                       ("Ostrava", "Moravskoslezský kraj", "702 00"), ("Plzeň", "Plzeňský kraj", "301 00")],
               streets="Vinohradská|Masarykova|Nádražní|Husova|Palackého".split("|")),
    "tr": dict(lang="tr", country="Türkiye", country_en="Turkey",
               first="Elif Mehmet Zeynep Mustafa Ayşe Emre Defne Burak Selin Yusuf".split(),
               last="Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan".split(),
               cities=[("İstanbul", "Şişli", "34371"), ("Ankara", "Çankaya", "06690"), ("İzmir", "Konak", "35210"),
                       ("Bursa", "Osmangazi", "16010"), ("Antalya", "Muratpaşa", "07100")],
               streets="Atatürk Cad.|Cumhuriyet Cad.|İstiklal Cad.|Bağdat Cad.|Kıbrıs Şehitleri Cad.".split("|")),
}


for _d in LOCALES.values():
    if "first_m" in _d:
        _d["first"] = _d["first_m"] + _d["first_f"]
        _d["last"] = _d["last_m"] + _d["last_f"]


def L(loc):
    return LOCALES[loc]


def lang_of(loc):
    return LOCALES[loc]["lang"]


def person(r, loc="us", middle=False):
    d = LOCALES[loc]
    if "first_m" in d:
        g = r.choice("mf")
        first, last = r.choice(d["first_" + g]), r.choice(d["last_" + g])
    else:
        first, last = r.choice(d["first"]), r.choice(d["last"])
    if middle and d["lang"] == "en":
        return first, f"{r.choice(UP.replace('X', ''))}.", last
    return first, last


def full_name(r, loc="us", middle=False):
    return " ".join(person(r, loc, middle))


def city(r, loc="us"):
    return r.choice(LOCALES[loc]["cities"])


def city_label(r, loc="us", style=None):
    """A place reference: 'City', 'City, ST' or 'City, Country'."""
    c, reg, _ = city(r, loc)
    d = LOCALES[loc]
    style = style or r.choice(["city", "region", "country"])
    if style == "city":
        return c
    if style == "region" and loc in ("us", "ca", "au"):
        return f"{c}, {reg}"
    if d["lang"] == "en":
        return f"{c}, {d['country']}"
    return f"{c}, {d.get('country_en', d['country'])}" if style == "country_en" else f"{c}, {d['country']}"


def street_line(r, loc="us"):
    d = LOCALES[loc]
    st = r.choice(d["streets"])
    n = r.randint(1, 240)
    if loc == "us":
        s = f"{r.randint(100, 9899)} {st}"
        if r.random() < 0.35:
            s += r.choice([f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f", Suite {r.randint(100, 900)}", f" #{r.randint(2, 40)}"])
        return s
    if loc in ("ca", "gb", "ie", "za"):
        s = f"{n} {st}"
        if loc == "gb" and r.random() < 0.3:
            s = f"Flat {r.randint(1, 12)}, " + s
        return s
    if loc == "au":
        return (f"{r.randint(1, 40)}/" if r.random() < 0.4 else "") + f"{n} {st}"
    if loc == "in":
        return f"Flat {r.randint(101, 1204)}, {r.choice(['Sea View', 'Palm Grove', 'Lotus', 'Sunrise'])} Apartments, {st}"
    if loc == "fr":
        return f"{n}{r.choice(['', '', ' bis'])} {st}"
    if loc == "es":
        return f"{st} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}"
    if loc == "pt":
        return f"{st} {n}, {r.randint(1, 6)}º {r.choice(['Esq.', 'Dto.'])}"
    if loc == "pl":
        return f"ul. {st} {n}/{r.randint(1, 60)}"
    if loc == "da":
        return f"{st} {n}, {r.randint(1, 5)}. {r.choice(['tv.', 'th.'])}"
    if loc == "fi":
        return f"{st} {n} {r.choice('ABC')} {r.randint(1, 40)}"
    if loc == "cs":
        return f"{st} {r.randint(100, 2500)}/{r.randint(1, 90)}"
    if loc == "tr":
        return f"{st} No: {n} D: {r.randint(1, 24)}"
    return f"{st} {n}"


def city_line(c, loc="us"):
    name, reg, pc = c
    if loc in ("us", "ca"):
        return f"{name}, {reg} {pc}"
    if loc == "au":
        return f"{name} {reg} {pc}"
    if loc in ("gb", "in"):
        return f"{name} {pc}" if loc == "gb" else f"{name} {pc}"
    if loc == "ie":
        return f"{name}, {pc}"
    if loc == "za":
        return f"{name}, {pc}"
    if loc == "it":
        return f"{pc} {name} ({reg})"
    if loc == "tr":
        return f"{pc} {reg}/{name}"
    return f"{pc} {name}"


def address(r, loc="us", multiline=False, country=None):
    c = city(r, loc)
    parts = [street_line(r, loc), city_line(c, loc)]
    if country is None:
        country = r.random() < 0.2
    if country:
        d = LOCALES[loc]
        parts.append(d["country"].upper() if loc in ("us", "gb") and r.random() < 0.5 else d["country"])
    return ("\n" if multiline else ", ").join(parts)


def phone(r, loc="us", intl=None):
    if intl is None:
        intl = r.random() < 0.5
    if loc in ("us", "ca"):
        area = r.choice(["503", "512", "614", "520", "919", "608", "916", "518", "208", "912", "804", "218", "410", "402"]
                        if loc == "us" else ["416", "604", "902", "403", "204", "613"])
        x = f"555-01{r.randint(0, 99):02d}"
        return r.choice([f"+1 {area}-{x}", f"+1 ({area}) {x}"]) if intl else r.choice(
            [f"({area}) {x}", f"{area}-{x}", f"{area}.{x.replace('-', '.')}"])
    if loc == "gb":
        n = r.choice([("20", "7946 0", 3), ("161", "496 0", 3), ("113", "496 0", 3), ("7700", "900", 3)])
        tail = digits(r, n[2])
        return f"+44 {n[0]} {n[1]}{tail}" if intl else f"0{n[0]} {n[1]}{tail}"
    if loc == "ie":
        return r.choice([f"+353 1 {digits(r, 3)} {digits(r, 4)}", f"+353 87 {digits(r, 3)} {digits(r, 4)}"]) if intl else f"08{r.choice('3579')} {digits(r, 3)} {digits(r, 4)}"
    if loc == "au":
        return f"+61 {r.choice('2378')} {digits(r, 4)} {digits(r, 4)}" if intl else f"04{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"
    if loc == "in":
        return f"+91 9{digits(r, 4)} {digits(r, 5)}"
    if loc == "za":
        return f"+27 {r.choice(['21', '11', '31', '82', '72'])} {digits(r, 3)} {digits(r, 4)}"
    if loc in ("de",):
        return f"+49 {r.choice(['30', '40', '89', '221', '341', '69', '151', '170', '176'])} {nz_digits(r, r.randint(7, 8))}" if intl else f"0{r.choice(['30', '40', '89', '221', '341', '69'])} {nz_digits(r, 7)}"
    if loc == "at":
        return f"+43 {r.choice(['1', '316', '732', '664', '699'])} {nz_digits(r, 7)}" if intl else f"0{r.choice(['1', '316', '664'])} {nz_digits(r, 7)}"
    if loc == "fr":
        g = [f"{r.randint(10, 99)}" for _ in range(4)]
        first = r.choice("1234567")
        return f"+33 {first} {' '.join(g)}" if intl else f"0{first} {' '.join(g)}"
    if loc == "es":
        return f"+34 {r.choice(['91', '93', '96', '95'])}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}" if intl else f"6{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"
    if loc == "it":
        return f"+39 0{r.choice(['2', '6', '11', '51', '81', '55'])} {digits(r, 4)} {digits(r, 4)}" if intl else f"3{digits(r, 2)} {digits(r, 3)} {digits(r, 4)}"
    if loc == "pt":
        return f"+351 21 {digits(r, 3)} {digits(r, 4)}" if intl else f"9{r.choice('1236')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}"
    if loc == "nl":
        return f"+31 {r.choice(['20', '10', '30', '50', '6'])} {digits(r, 3)} {digits(r, 4)}" if intl else f"06-{nz_digits(r, 8)}"
    if loc == "pl":
        return f"+48 {r.choice(['22', '12', '58', '71'])} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}" if intl else f"{r.choice('5678')}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"
    if loc == "sv":
        return f"+46 {r.choice(['8', '31', '40', '70', '73'])} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}" if intl else f"07{r.choice('0236')}-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"
    if loc == "da":
        return f"+45 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}" if intl else f"{r.choice('2345')}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"
    if loc == "no":
        return f"+47 {r.choice('249')}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}" if intl else f"{r.choice('49')}{digits(r, 2)} {digits(r, 2)} {digits(r, 3)}"
    if loc == "fi":
        return f"+358 {r.choice(['9', '40', '50', '44'])} {digits(r, 3)} {digits(r, 4)}" if intl else f"0{r.choice(['40', '50', '44'])} {digits(r, 3)} {digits(r, 4)}"
    if loc == "cs":
        return f"+420 {r.choice('267')}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"
    if loc == "tr":
        return f"+90 {r.choice(['212', '216', '312', '232'])} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}" if intl else f"05{r.choice('3459')}{digits(r, 1)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"
    raise ValueError(loc)


_DOMAINS = ["example.com", "example.org", "example.net", "mailbox.example", "inbox-post.example",
            "quillmail.example", "freenews-mail.example"]
_LOC_DOMAINS = {"de": "post.example.de", "at": "mail.example.at", "fr": "courriel.example.fr",
                "es": "correo.example.es", "it": "posta.example.it", "pt": "correio.example.pt",
                "nl": "mail.example.nl", "pl": "poczta.example.pl", "sv": "post.example.se",
                "da": "post.example.dk", "no": "epost.example.no", "fi": "posti.example.fi",
                "cs": "posta.example.cz", "tr": "eposta.example.com.tr", "gb": "mail.example.co.uk",
                "ie": "mail.example.ie", "au": "mail.example.com.au", "ca": "mail.example.ca",
                "in": "mail.example.in", "za": "mail.example.co.za"}


def email_for(r, name_parts, domain=None, loc=None):
    parts = [re.sub(r"[^a-z]", "", ascii_fold(p).lower()) for p in name_parts if not p.endswith(".")]
    parts = [p for p in parts if p] or ["reader"]
    first, last = parts[0], parts[-1]
    if domain is None:
        domain = _LOC_DOMAINS.get(loc) if loc and r.random() < 0.5 else None
        domain = domain or r.choice(_DOMAINS)
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{r.randint(1, 99)}",
                      f"{first}_{last}", f"{last}.{first[0]}", first])
    return f"{local}@{domain}"


# Outlets / organisations (brand names -> hard negatives)
OUTLETS = ["The Harbor Ledger", "Northfield Gazette", "Pinecrest Public Radio", "Meridian Daily",
           "Copperline Podcasts", "Bluewater Media Group", "The Daily Quill", "Lanternfish Weekly",
           "Signal & Noise Audio", "Granite State Chronicle", "Tidewater Tribune", "Open Margin Press"]
OUTLETS_LOC = {
    "de": ["Rheinischer Kurier", "Abendpost Digital", "Nordlicht Medien GmbH"],
    "at": ["Alpenblick Zeitung", "Donauwelle Verlag"],
    "fr": ["Le Veilleur", "Éditions du Phare", "La Gazette des Quais"],
    "es": ["El Faro del Sur", "Diario Mirador", "Ediciones Brújula"],
    "it": ["Il Corriere Alpino", "La Lanterna Quotidiano", "Edizioni Gabbiano"],
    "pt": ["Jornal do Tejo", "Semanário Farol"],
    "nl": ["Dagblad Noorderlicht", "De Vrije Pen"],
    "pl": ["Gazeta Nadwiślańska", "Tygodnik Latarnia"],
    "sv": ["Skärgårdsbladet", "Nyhetsfyren"],
    "da": ["Dagbladet Fyrtårnet", "Morgenposten Nord"],
    "no": ["Fjordavisen", "Nordlys Media"],
    "fi": ["Pohjoisen Sanomat", "Majakka Media Oy"],
    "cs": ["Vltavský deník", "Týdeník Maják"],
    "tr": ["Boğaziçi Haber", "Fener Gazetesi"],
}
SITES = ["harborledger.com", "northfieldgazette.org", "pinecrestradio.org", "meridiandaily.news",
         "copperline.fm", "bluewatermedia.co", "dailyquill.co.uk", "lanternfishweekly.com",
         "signalnoise.audio", "tidewatertribune.com"]
SITES_LOC = {"de": "rheinischer-kurier.de", "at": "alpenblick.at", "fr": "leveilleur.fr",
             "es": "elfarodelsur.es", "it": "corrierealpino.it", "pt": "jornaldotejo.pt",
             "nl": "noorderlicht.nl", "pl": "nadwislanska.pl", "sv": "skargardsbladet.se",
             "da": "fyrtaarnet.dk", "no": "fjordavisen.no", "fi": "pohjoisensanomat.fi",
             "cs": "vltavskydenik.cz", "tr": "bogazicihaber.com.tr"}
PAPERS = ["The Harbor Ledger", "Northfield Gazette", "Meridian Daily", "The Daily Quill",
          "Lanternfish Weekly", "Granite State Chronicle", "Tidewater Tribune"]


def chat_times(r, n, h0=8, h1=20):
    """n increasing HH:MM stamps for chat/shift logs (line-start prefixes)."""
    t = r.randint(h0 * 60, h1 * 60)
    out = []
    for _ in range(n):
        out.append(f"{t // 60 % 24:02d}:{t % 60:02d}")
        t += r.randint(1, 14)
    return out


SLUG_WORDS = ["council", "budget", "flood", "transit", "election", "school", "housing", "harbor",
              "festival", "court", "hospital", "wildfire", "library", "stadium", "bridge", "port"]


def slug(r, n=None):
    return "-".join(r.sample(SLUG_WORDS, n or r.randint(2, 4)))


def article_url(r, site=None):
    site = site or r.choice(SITES)
    d = rand_date(r)
    return r.choice([f"https://www.{site}/{d.year}/{d.month:02d}/{d.day:02d}/{slug(r)}",
                     f"https://{site}/news/{slug(r)}-{digits(r, 6)}",
                     f"https://www.{site}/opinion/{slug(r)}?utm_source=newsletter&utm_medium=email",
                     f"https://{site}/investigations/{slug(r)}"])


def outlet(r, loc="us"):
    lang = lang_of(loc)
    if lang == "en":
        return r.choice(OUTLETS)
    return r.choice(OUTLETS_LOC.get(loc) or OUTLETS_LOC.get(lang) or OUTLETS)


def site_of(r, loc):
    return SITES_LOC.get(loc) or r.choice(SITES)


EN_LOCS = ["us", "us", "us", "us", "gb", "gb", "ca", "au", "ie", "in", "za"]
FOREIGN = ["de", "at", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "tr"]


def en_loc(r):
    return r.choice(EN_LOCS)


# ---------------------------------------------------------------------------
# Identifier helpers
# ---------------------------------------------------------------------------
US_STATES = {"OR": "Oregon", "TX": "Texas", "OH": "Ohio", "AZ": "Arizona", "NC": "North Carolina",
             "WI": "Wisconsin", "CA": "California", "NY": "New York", "ID": "Idaho", "GA": "Georgia",
             "VA": "Virginia", "MN": "Minnesota", "MD": "Maryland", "NE": "Nebraska"}


def acct_no(r):
    return r.choice([digits(r, 10), f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}",
                     "A" + digits(r, 9), f"{digits(r, 3)}-{digits(r, 6)}", nz_digits(r, 8)])


def bank_acct(r):
    return nz_digits(r, r.randint(8, 12))


def mrn(r):
    return r.choice([digits(r, 8), f"{r.choice('EMH')}{digits(r, 7)}", f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}",
                     f"MR{digits(r, 6)}"])


def health_plan_id(r):
    return r.choice([rs(r, UP, 3) + digits(r, 9), "W" + digits(r, 9), f"{rs(r, UP, 2)}{digits(r, 7)}-{digits(r, 2)}",
                     digits(r, 3) + rs(r, UP, 2) + digits(r, 6)])


def dl_us(r):
    return r.choice([r.choice(UP) + digits(r, 7), nz_digits(r, 8), f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
                     f"{r.choice(UP)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
                     r.choice(UP) + digits(r, 12)])


def dl_gb(r, first, last, dob):
    sur = re.sub(r"[^A-Z]", "", ascii_fold(last).upper())[:5].ljust(5, "9")
    return (f"{sur}{str(dob.year)[2]}{dob.month:02d}{dob.day:02d}{str(dob.year)[3]}"
            f"{ascii_fold(first)[0].upper()}9{r.randint(0, 9)}{rs(r, UP, 2)}")


def us_city(r):
    return r.choice(LOCALES["us"]["cities"])


def nm(r, loc="us", middle=False):
    parts = person(r, loc, middle)
    return " ".join(parts), parts


def toll_free(r):
    return r.choice([f"1-800-555-01{r.randint(0, 99):02d}", f"(888) 555-01{r.randint(0, 99):02d}",
                     f"1-877-555-01{r.randint(0, 99):02d}"])


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
      "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X)"]
UA = [u.replace("(+http://overcast.fm/; iOS podcast app)", "(iOS podcast app)") for u in UA]
TOPICS = ["council contracts", "hospital waiting lists", "eviction notices", "the port expansion",
          "school bus safety audits", "a water utility rate hike", "police overtime claims",
          "a stadium subsidy", "nursing home inspections", "wildfire recovery funds"]
SHOWS = ["Night Desk", "The Long Read Aloud", "Deadline Diaries", "Off the Record", "Morning Edition Local",
         "Inkwell Conversations", "The Corrections Column"]


# ---------------------------------------------------------------------------
# English document kinds
# ---------------------------------------------------------------------------
def k_tip_email(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    site = r.choice(SITES)
    topic = r.choice(TOPICS)
    return Doc(
        f"From: {P(name)} <{EM(email_for(r, parts, loc=loc))}>\n"
        f"To: {EM('tips@' + site)}\n"
        f"Date: {log_ts(r, 'rfc2822')}\n"
        f"Subject: Tip about {topic}\n\n"
        f"Hello,\n\nI have documents about {topic} that I think your newsroom should see. "
        f"I live near {LOC(city_label(r, loc))} and could meet in person on "
        f"{DT(fdatetime(r, loc, weekday=r.random() < 0.4))}. Please call me on {PH(phone(r, loc))} "
        f"rather than writing to my work account. A colleague, {P(full_name(r, loc))}, can confirm part of it.\n"
        f"Your web form gave me reference {ref_no(r, 'TIP')}; I uploaded {r.randint(2, 9)} PDFs "
        f"({r.randint(2, 40)} MB in total).\n\nThanks,\n{P(parts[0])}\n")


def k_subscription_form(r):
    loc = r.choice(["us", "us", "gb", "ca", "au", "ie"])
    name, parts = nm(r, loc, middle=r.random() < 0.3)
    cur = {"gb": "£", "ie": "€"}.get(loc, "$")
    plan = r.choice(["Digital Unlimited (annual)", "Weekend Print + Digital", "Digital Basic (monthly)",
                     "All Access Family"])
    return Doc(
        f"=== New subscription — web form export ===\nForm ID: {uuid4(r)}\n"
        f"Plan: {plan}    Price: {money(r, cur, 5, 400)}\n"
        f"Full name: {P(name)}\nEmail: {EM(email_for(r, parts, loc=loc))}\n"
        f"Phone: {PH(phone(r, loc))}\n"
        f"Delivery address: {ADR(address(r, loc))}\n"
        f"Card number: {CC(card_number(r))}\n"
        f"Billing postcode: {city(r, loc)[2]}\n"
        f"Start date: {DT(fdate(rand_date(r), loc, r.choice(['long', 'num'])))}\n"
        f"Promo code: {r.choice(['SPRING', 'READER', 'NEWS'])}{digits(r, 2)}    Marketing consent: {r.choice(['yes', 'no'])}\n"
        f"Referrer: {r.choice(['search', 'newsletter', 'social', 'podcast ad'])}\n")


def k_support_ticket(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    agent = r.choice(LOCALES[loc]["first"])
    acc = acct_no(r)
    issue = r.choice(["Paper not delivered", "Charged twice this month", "Cannot log in to the e-edition",
                      "Cancel my subscription", "Wrong delivery address"])
    return Doc(
        f"Ticket {ref_no(r, 'TKT')} | Priority: {r.choice(['low', 'normal', 'high'])} | Channel: email\n"
        f"Requester: {P(name)} <{EM(email_for(r, parts, loc=loc))}>\n"
        f"Account #: {ACC(acc)}\nSubject: {issue}\n"
        f"-----\nCustomer wrote:\n"
        f"\"Hi, this is {P(name)}. {issue} — it has been like this since {DT(fdate(rand_date(r), loc))}. "
        f"My account number is {ACC(acc)} and the best number to reach me is {PH(phone(r, loc))}.\"\n"
        f"-----\nInternal note ({P(agent)}): verified delivery address {ADR(address(r, loc))}. "
        f"Issued credit of {money(r, '$', 3, 40)}. Callback booked for {DT(fdatetime(r, loc))}. "
        f"Macro used: REFUND_PARTIAL v{version(r)}.\n")


def k_interview_notes(r):
    loc = en_loc(r)
    rep = full_name(r, loc)
    src, sp = nm(r, loc)
    official = full_name(r, loc)
    topic = r.choice(TOPICS)
    place = r.choice([f"a café at {ADR(address(r, loc))}", f"the public library in {LOC(city_label(r, loc))}",
                      f"a parked car outside the depot in {LOC(city(r, loc)[0])}"])
    return Doc(
        f"INTERVIEW NOTES — {slug(r)} ({topic})\nReporter: {P(rep)}\n"
        f"Source: {P(src)} (on background — DO NOT NAME)\n"
        f"When: {DT(fdatetime(r, loc))}\nWhere: {place}\n"
        f"Contact: {PH(phone(r, loc))} / {EM(email_for(r, sp, loc=loc))} (Signal preferred)\n\n"
        f"- Source says {P(official)} signed the contract on {DT(fdate(rand_date(r), loc))}, before the board vote.\n"
        f"- Memo dated {DT(fdate(rand_date(r), loc, 'num'))} shows the cost rose by {r.randint(12, 70)}%.\n"
        f"- {P(sp[0])} has kept copies at home; worried about being identified by the document IDs.\n"
        f"- Follow-up: call back in two days; ask about the {r.randint(2019, 2023)} audit.\n"
        f"Recording: int_{uuid4(r)[:8]}.m4a ({duration(r)})\n")


def k_model_release(r):
    loc = en_loc(r)
    model, mp = nm(r, loc)
    dob = rand_dob(r, 1950, 2006)
    minor = dob.year >= 2006
    guardian = full_name(r, loc) if (minor or r.random() < 0.25) else None
    out = outlet(r, loc)
    g = f"Parent/guardian (if model is under 18): {P(guardian)}\n" if guardian else "Parent/guardian (if model is under 18): n/a\n"
    return Doc(
        f"{out.upper()} — PHOTOGRAPHIC MODEL RELEASE\n\n"
        f"Model name: {P(model)}\nDate of birth: {DOB(fdate(dob, loc, r.choice(['long', 'num'])))}\n"
        f"Address:\n{ADR(address(r, loc, multiline=True))}\n"
        f"Phone: {PH(phone(r, loc))}    Email: {EM(email_for(r, mp, loc=loc))}\n"
        f"Shoot: \"{r.choice(['Faces of the High Street', 'Night Shift', 'Kitchen Table Economics', 'Summer Reading'])}\" "
        f"in {LOC(city_label(r, loc))} on {DT(fdate(rand_date(r), loc))}\n"
        f"Photographer: {P(full_name(r, loc))}\n{g}\n"
        f"I grant {out} and its licensees the irrevocable right to use the photographs in print, online and "
        f"in promotional material, without further compensation.\n\n"
        f"Signature: ____________________    Date: {DT(fdate(rand_date(r), loc, 'num'))}\n"
        f"Release no. {ref_no(r, 'REL')}  |  Frames {r.randint(1, 200)}–{r.randint(201, 900)}\n")


def k_freelancer_invoice(r):
    loc = r.choice(["us", "gb", "ie", "de", "fr", "nl", "es", "it", "pl", "sv", "au", "ca"])
    name, parts = nm(r, loc)
    out = r.choice(OUTLETS)
    cur = {"us": "$", "ca": "$", "au": "$", "gb": "£", "sv": "kr", "pl": "zł"}.get(loc, "€")
    d = rand_date(r)
    cc = {"gb": "GB", "ie": "IE", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pl": "PL",
          "sv": "SE"}.get(loc)
    if cc:
        bank = f"IBAN: {IB(iban(r, cc))}\nBIC: {rs(r, UP, 4)}{cc}{rs(r, UP + DIG, 2)}"
    else:
        rout = {"us": f"Routing (ABA): {nz_digits(r, 9)}", "ca": f"Transit/Institution: {digits(r, 5)}-{digits(r, 3)}",
                "au": f"BSB: {digits(r, 3)}-{digits(r, 3)}"}[loc]
        bank = f"{rout}\nAccount no.: {ACC(bank_acct(r))}"
    words = r.randint(8, 40) * 100
    amts = [r.randint(30000, 250000), r.randint(10000, 90000), r.randint(1000, 30000)]
    fm = [money_fmt(a / 100, cur) for a in amts + [sum(amts)]]
    return Doc(
        f"INVOICE {ref_no(r, 'INV')}\n\nFrom:\n{P(name)}\n{ADR(address(r, loc, multiline=True))}\n"
        f"{EM(email_for(r, parts, loc=loc))} | {PH(phone(r, loc))}\n\n"
        f"Bill to: {out}, Accounts Payable\n"
        f"Invoice date: {DT(fdate(d, loc if lang_of(loc) == 'en' else 'gb', 'long'))}\n"
        f"Payment due: {DT(fdate(d + timedelta(days=30), loc if lang_of(loc) == 'en' else 'gb', 'long'))}\n\n"
        f"Description                                   Amount\n"
        f"Feature: \"{slug(r).replace('-', ' ').title()}\" ({words} words)   {fm[0]}\n"
        f"Photography, {r.randint(4, 30)} selects                      {fm[1]}\n"
        f"Expenses (receipts attached)                  {fm[2]}\n"
        f"TOTAL                                         {fm[3]}\n\n"
        f"Bank details:\n{bank}\nEditor commissioning: {P(full_name(r, en_loc(r)))}\n")


def k_w9_form(r):
    name, parts = nm(r, "us", middle=r.random() < 0.4)
    return Doc(
        "Form W-9 — Request for Taxpayer Identification Number and Certification\n"
        f"(contributor onboarding copy — {r.choice(OUTLETS)})\n\n"
        f"1  Name (as shown on your income tax return): {P(name)}\n"
        "2  Business name/disregarded entity name: \n"
        "3  Federal tax classification: [X] Individual/sole proprietor\n"
        f"5  Address (number, street, apt., city, state, ZIP): {ADR(address(r, 'us', country=False))}\n"
        f"7  List account number(s) here (optional): \n\n"
        f"Part I  Taxpayer Identification Number\nSocial security number: {SSN(ssn(r))}\n"
        "Employer identification number: \n\n"
        f"Part II  Certification\nSignature of U.S. person: /s/ {P(name)}    Date: {DT(fdate(rand_date(r), 'us', 'num'))}\n\n"
        f"Payee ID {ref_no(r, 'VND')} — send 1099-NEC to {EM(email_for(r, parts))}\n")


def k_adtech_bid_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        loc = r.choice(EN_LOCS + ["de", "fr", "nl", "es"])
        c = city(r, loc)[0]
        ip = ip_any(r)
        lines.append(
            "{" + f"\"ts\":\"{log_ts(r)}\",\"req\":\"{uuid4(r)}\",\"ip\":\"{IP(ip)}\","
            f"\"geo_city\":\"{LOC(c)}\",\"cc\":\"{(loc if loc not in ('gb',) else 'uk').upper()}\","
            f"\"placement\":\"{r.choice(['article_top', 'inline_2', 'podcast_preroll', 'hp_takeover'])}\","
            f"\"bid_cpm\":{r.randint(10, 900) / 100},\"seat\":\"dsp-{r.randint(1, 40)}\","
            f"\"ua\":\"{r.choice(UA)}\",\"gdpr\":{r.randint(0, 1)}" + "}")
    return Doc("# prebid-server auction log (sampled 1:1000)\n" + "\n".join(lines) + "\n")


def k_podcast_host_yaml(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    show = r.choice(SHOWS)
    site = r.choice(SITES)
    return Doc(
        f"# {r.choice(OUTLETS)} — podcast hosting config (do not commit)\n"
        f"show:\n  title: \"{show}\"\n  owner_name: \"{P(name)}\"\n  owner_email: {EM(email_for(r, parts, domain=site))}\n"
        f"  feed_url: {URL(f'https://feeds.{site}/{slug(r, 2)}/rss.xml')}\n  explicit: false\n"
        f"storage:\n  provider: s3\n  bucket: {site.split('.')[0]}-audio-prod\n  region: {r.choice(['us-east-1', 'eu-west-1', 'ap-southeast-2'])}\n"
        f"  access_key_id: {AKI(aws_access_key(r))}\n  secret_access_key: {ASK(aws_secret_key(r))}\n"
        f"analytics:\n  provider: podtrac\n  api_token: {SEC(generic_secret(r, r.choice(['hex32', 'opaque'])))}\n"
        f"cdn:\n  origin_ip: {IP(ipv4(r))}\n  purge_key: ${{CDN_PURGE_KEY}}\n"
        f"transcode:\n  bitrate: 128k\n  loudness: -16 LUFS\n  max_duration: {duration(r)}\n")


def k_cms_env(r):
    site = r.choice(SITES)
    return Doc(
        f"# .env.production — CMS for {site} (rotated quarterly)\n"
        f"APP_ENV=production\nAPP_VERSION={version(r)}\nAPP_URL={URL('https://cms.' + site)}\n"
        f"DATABASE_URL=postgres://cms_app:{PW(password(r))}@{IP(ipv4(r, 'priv'))}:5432/newsroom\n"
        f"REDIS_URL=redis://:{PW(password(r))}@cache-01.internal:6379/0\n"
        f"STRIPE_SECRET_KEY={STK(stripe_key(r))}\n"
        f"STRIPE_WEBHOOK_SECRET={SEC(generic_secret(r, 'whsec'))}\n"
        f"SLACK_BOT_TOKEN={SLK(slack_token(r))}\n"
        f"JWT_SIGNING_SECRET={SEC(generic_secret(r, 'hex40'))}\n"
        f"MAILCHIMP_API_KEY={SEC(generic_secret(r, 'mc'))}\n"
        f"SENTRY_DSN=${{SENTRY_DSN}}\nS3_BUCKET=${{ASSETS_BUCKET}}\n"
        f"ADMIN_EMAIL={EM('webmaster@' + site)}\nCACHE_TTL=300\nBUILD_SHA={sha(r)}\n")


def k_stripe_webhook(r):
    loc = r.choice(["us", "us", "ca", "au"])
    name, parts = nm(r, loc)
    c = city(r, loc)
    ep = epoch(r)
    body = (
        "{\n"
        f"  \"id\": \"evt_{rs(r, ALNUM, 24)}\",\n  \"type\": \"invoice.payment_succeeded\",\n  \"created\": {ep},\n"
        "  \"data\": {\"object\": {\n"
        f"    \"customer_email\": \"{EM(email_for(r, parts, loc=loc))}\",\n"
        f"    \"customer_name\": \"{P(name)}\",\n"
        f"    \"customer_phone\": \"{PH(phone(r, loc, intl=True))}\",\n"
        f"    \"customer_address\": {{\"line1\": \"{ADR(street_line(r, loc))}\", \"city\": \"{LOC(c[0])}\", "
        f"\"state\": \"{LOC(c[1])}\", \"postal_code\": \"{c[2]}\", \"country\": \"{loc.upper()}\"}},\n"
        f"    \"amount_paid\": {r.randint(299, 29900)}, \"currency\": \"usd\",\n"
        f"    \"payment_method_details\": {{\"card\": {{\"brand\": \"visa\", \"last4\": \"{digits(r, 4)}\", "
        f"\"exp_month\": {r.randint(1, 12)}, \"exp_year\": {r.randint(2026, 2031)}}}}},\n"
        f"    \"description\": \"{r.choice(OUTLETS)} digital subscription\"\n"
        "  }}\n}\n")
    return Doc(
        f"POST /webhooks/stripe HTTP/1.1\nStripe-Signature: t={ep},v1={sha(r, 64)}\n\n{body}\n"
        f"# debug: verifying with endpoint_secret={SEC(generic_secret(r, 'whsec'))} (remove before merge)\n")


def k_slack_chat(r):
    loc = en_loc(r)
    a, ap = nm(r, loc)
    b, bp = nm(r, loc)
    c = full_name(r, loc)
    t = [f"{h:02d}:{m:02d}" for h, m in sorted((r.randint(8, 18), r.randint(0, 59)) for _ in range(7))]
    return Doc(
        f"#{r.choice(['metro-desk', 'investigations', 'photo-desk', 'audio-team'])} — exported thread\n"
        f"[{t[0]}] {P(a)}: anyone have the number for the harbour authority press office?\n"
        f"[{t[1]}] {P(b)}: {PH(phone(r, loc))} — ask for {P(c)}, she's usually helpful\n"
        f"[{t[2]}] {P(a)}: thx. also interview with the whistleblower moved to {DT(fdatetime(r, loc))}\n"
        f"[{t[3]}] {P(b)}: ok. the VPN password for the bureau laptop is {PW(password(r))} btw\n"
        f"[{t[4]}] {P(c)}: please don't post passwords in channels, {P(bp[0])} 🙃 rotating it now\n"
        f"[{t[5]}] {P(a)}: draft is up: {URL(article_url(r))} — embargoed until {DT(fdatetime(r, loc))}\n"
        f"[{t[6]}] {P(b)}: 👍 will read after the budget meeting\n")


def k_editorial_ics(r):
    loc = r.choice(["us", "gb", "de", "fr", "nl", "au"])
    tz = {"us": "America/New_York", "gb": "Europe/London", "de": "Europe/Berlin", "fr": "Europe/Paris",
          "nl": "Europe/Amsterdam", "au": "Australia/Sydney"}[loc]
    org, op = nm(r, loc)
    att, atp = nm(r, loc)
    d = rand_date(r)
    h = r.randint(8, 16)
    st = f"{d.strftime('%Y%m%d')}T{h:02d}{r.choice(['00', '30'])}00"
    en = f"{d.strftime('%Y%m%d')}T{h + 1:02d}{r.choice(['00', '30'])}00"
    site = r.choice(SITES)
    return Doc(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Editorial Calendar//Newsroom 4.2//EN\nBEGIN:VEVENT\n"
        f"UID:{uuid4(r)}\nDTSTAMP:{log_ts(r, 'hl7')[:8]}T{log_ts(r, 'hl7')[8:]}Z\n"
        f"CREATED:{log_ts(r, 'hl7')[:8]}T{log_ts(r, 'hl7')[8:]}Z\n"
        f"DTSTART;TZID={tz}:{DT(st)}\nDTEND;TZID={tz}:{DT(en)}\n"
        f"SUMMARY:{r.choice(['Investigations budget meeting', 'Election night run-of-show', 'Podcast pitch review', 'Photo edit: weekend magazine'])}\n"
        f"LOCATION:{ADR(address(r, loc))}\n"
        f"ORGANIZER;CN={P(org)}:mailto:{EM(email_for(r, op, domain=site))}\n"
        f"ATTENDEE;CN={P(att)};ROLE=REQ-PARTICIPANT:mailto:{EM(email_for(r, atp, domain=site))}\n"
        f"DESCRIPTION:Dial-in {URL(f'https://meet.{site}/j/{digits(r, 10)}')} passcode {PW(passcode(r))}\n"
        f"LAST-MODIFIED:{log_ts(r, 'hl7')[:8]}T{log_ts(r, 'hl7')[8:]}Z\nSEQUENCE:{r.randint(0, 6)}\n"
        "END:VEVENT\nEND:VCALENDAR\n")


def k_legal_review(r):
    loc = en_loc(r)
    subj, sp = nm(r, loc)
    law = full_name(r, loc)
    head = slug(r).replace("-", " ").capitalize()
    return Doc(
        "PRIVILEGED & CONFIDENTIAL — PRE-PUBLICATION LEGAL REVIEW\n"
        f"To: {P(full_name(r, loc))}, Managing Editor\nFrom: {P(full_name(r, loc))}, Counsel\n"
        f"Re: \"{head}\" — draft {r.randint(2, 9)}\n\n"
        f"1. The piece alleges that {P(subj)}, a contractor based in {LOC(city_label(r, loc))}, billed the county for "
        f"work not performed between {DT(fdate(rand_date(r), loc))} and {DT(fdate(rand_date(r), loc))}.\n"
        f"2. The reporter relies on invoices and an interview with {P(full_name(r, loc))} on "
        f"{DT(fdate(rand_date(r), loc))}. Keep the recording (and its {duration(r)} transcript) on the legal hold drive.\n"
        f"3. Remove {P(sp[-1])}'s home address ({ADR(address(r, loc))}) from paragraph {r.randint(8, 20)}.\n"
        f"4. Right of reply: we wrote to {P(sp[-1])}'s lawyer, {P(law)}, on {DT(fdate(rand_date(r), loc))}; "
        f"deadline for a response is {DT(fdatetime(r, loc))}.\n"
        f"Risk rating: {r.choice(['moderate', 'low', 'elevated'])}. Case ref {ref_no(r, 'LGL')}.\n")


def k_correction_letter(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    father = f"{r.choice(LOCALES[loc]['first'])} {parts[-1]}"
    return Doc(
        f"{P(name)}\n{ADR(address(r, loc, multiline=True))}\n\n{DT(fdate(rand_date(r), loc))}\n\n"
        f"Readers' Editor\n{r.choice(PAPERS)}\n\nDear Readers' Editor,\n\n"
        f"Re: {URL(article_url(r))}\n\n"
        f"Your article published on {DT(fdate(rand_date(r), loc))} states that my late father, {P(father)}, "
        f"was born in {LOC(city(r, loc)[0])} and worked for the council for {r.randint(10, 35)} years. "
        f"He was in fact born in {LOC(city_label(r, loc))} and never worked for the council. "
        f"I would be grateful if you could publish a correction.\n\n"
        f"I can be reached on {PH(phone(r, loc))} or at {EM(email_for(r, parts, loc=loc))}.\n\n"
        f"Yours sincerely,\n{P(name)}\n")


def k_press_credential(r):
    name, parts = nm(r, "us", middle=r.random() < 0.3)
    c = us_city(r)
    dob = rand_dob(r, 1960, 2000)
    d = rand_date(r)
    return Doc(
        f"PRESS CREDENTIAL APPLICATION — {r.choice(['State Legislature Session', 'Governor Debate', 'Championship Final', 'Flood Response Briefings'])}\n\n"
        f"Applicant: {P(name)}\nDate of birth: {DOB(fdate(dob, 'us', 'num'))}\n"
        f"Outlet: {r.choice(OUTLETS)}    Role: {r.choice(['staff photographer', 'reporter', 'video journalist', 'producer'])}\n"
        f"Driver license no.: {DL(dl_us(r))}    Issuing state: {LOC(c[1])}\n"
        f"Home address: {ADR(address(r, 'us'))}\n"
        f"Mobile: {PH(phone(r, 'us'))}    Email: {EM(email_for(r, parts))}\n"
        f"Assignment dates: {DT(fdate(d, 'us'))} – {DT(fdate(d + timedelta(days=r.randint(1, 20)), 'us'))}\n"
        f"Confirming editor: {P(full_name(r, 'us'))}, {PH(phone(r, 'us'))}\n"
        f"Badge no.: B-{digits(r, 5)}    Vehicle plate: {rs(r, UP, 3)}-{digits(r, 4)}\n")


def k_expense_report(r):
    loc = en_loc(r)
    name = full_name(r, loc)
    dest_loc = r.choice(FOREIGN + EN_LOCS)
    d = rand_date(r)
    cur = {"gb": "£", "ie": "€"}.get(loc, "$")
    return Doc(
        f"EXPENSE REPORT {ref_no(r, 'ER')}\nEmployee: {P(name)}    Employee ID: E-{digits(r, 5)}\n"
        f"Trip: {LOC(city(r, loc)[0])} → {LOC(city_label(r, dest_loc, 'country_en'))}, "
        f"{DT(fdate(d, loc))} – {DT(fdate(d + timedelta(days=r.randint(2, 9)), loc))}\n"
        f"Purpose: {r.choice(['election coverage', 'trial coverage', 'documentary shoot', 'festival review'])}\n\n"
        f"Flight {rs(r, UP, 2)}{r.randint(100, 9999)} {rs(r, UP, 3)}-{rs(r, UP, 3)}, seat {r.randint(1, 40)}{r.choice('ACDF')}    {money(r, cur, 200, 1400)}\n"
        f"Hotel, {r.randint(2, 8)} nights, {ADR(address(r, dest_loc))}    {money(r, cur, 300, 2000)}\n"
        f"Fixer fee ({P(full_name(r, dest_loc))})    {money(r, cur, 100, 900)}\n"
        f"Taxis, {r.randint(3, 12)} rides    {money(r, cur, 20, 200)}\n\n"
        f"Paid with corporate card {CC(card_number(r))}\nApprover: {P(full_name(r, loc))}\n")


def k_benefits_enrollment(r):
    name, parts = nm(r, "us")
    sp, spp = nm(r, "us")
    kid = f"{r.choice(LOCALES['us']['first'])} {parts[-1]}"
    return Doc(
        f"{r.choice(['Bluewater Media Group', 'Meridian Daily', 'Pinecrest Public Radio'])} — Open Enrollment Confirmation\n\n"
        f"Employee: {P(name)}    SSN: {SSN(ssn(r))}\nDate of birth: {DOB(fdate(rand_dob(r, 1960, 1998), 'us', 'num'))}\n"
        f"Medical plan: {r.choice(['Harbor Health PPO 1500', 'Evergreen HMO Select', 'Summit HDHP + HSA'])}    "
        f"Group #: {digits(r, 6)}-{rs(r, UP, 2)}\nMember ID: {HPN(health_plan_id(r))}\n\n"
        f"Dependents:\n  Spouse: {P(sp)}, DOB {DOB(fdate(rand_dob(r, 1960, 1998), 'us', 'num'))}, Member ID {HPN(health_plan_id(r))}\n"
        f"  Child: {P(kid)}, DOB {DOB(fdate(rand_dob(r, 2008, 2022), 'us', 'num'))}, Member ID {HPN(health_plan_id(r))}\n\n"
        f"Coverage effective: {DT(fdate(rand_date(r), 'us'))}\nPer-paycheck premium: {money(r, '$', 40, 400)}\n"
        f"Questions? {EM('benefits@' + r.choice(SITES))} or {PH(toll_free(r))}\n")


def k_hl7_clinic(r):
    first, last = person(r, "us")
    c = us_city(r)
    dob = rand_dob(r, 1955, 2000)
    doc_f, doc_l = person(r, "us")
    ts = log_ts(r, "hl7")
    xad = f"{street_line(r, 'us').upper().replace(',', '')}^^{c[0].upper()}^{c[1]}^{c[2]}^USA"
    pid = [
        "PID", "1", "", f"{MRN(mrn(r))}^^^OCCH^MR", "", P(f"{last.upper()}^{first.upper()}^{r.choice(UP)}"), "",
        DOB(dob.strftime("%Y%m%d")), r.choice("MF"), "", "", ADR(xad), "", PH(phone(r, "us", intl=False)), "", "", "", "",
        ACC(digits(r, 9)), SSN(ssn(r, "")),
    ]
    in1 = ["IN1", "1", "PPO1", digits(r, 5), "HARBOR HEALTH PLAN", "", "", "", f"GRP{digits(r, 5)}", "", "", "", "", "", "", "",
           P(f"{last.upper()}^{first.upper()}"), "SEL", DOB(dob.strftime("%Y%m%d"))] + [""] * 17 + [HPN(health_plan_id(r))]
    npi = nz_digits(r, 10)
    return Doc(
        f"MSH|^~\\&|OCCHEALTH|BLUEWATER|EHR|STAFFCLINIC|{ts}||ADT^A04|MSG{digits(r, 6)}|P|2.5.1\n"
        f"EVN|A04|{ts}\n" + "|".join(pid) + "\n"
        f"PV1|1|O|OCC^{r.randint(100, 130)}^1|||{npi}^{P(doc_l.upper() + '^' + doc_f.upper())}|||||||||||{digits(r, 8)}\n"
        + "|".join(in1) + "\n"
        f"DG1|1||{r.choice(ICD)}^pre-deployment clearance^I10\n"
        f"NTE|1||Hostile-environment clearance for field assignment; prescribed {r.choice(DRUGS)}.\n")


def k_subscriber_csv(r):
    rows = ["row,full_name,email,phone,city,plan,account_no,start_date"]
    for i in range(r.randint(3, 7)):
        loc = en_loc(r)
        name, parts = nm(r, loc)
        rows.append(f"{i + 1},{P(name)},{EM(email_for(r, parts, loc=loc))},{PH(phone(r, loc))},"
                    f"{LOC(city(r, loc)[0])},{r.choice(['digital', 'print7', 'weekend', 'student'])},"
                    f"{ACC(acct_no(r))},{DT(rand_date(r).isoformat())}")
    return Doc("\n".join(rows) + "\n")


def k_gh_workflow(r):
    site = r.choice(SITES)
    return Doc(
        "name: deploy-cms\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
        "    env:\n      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n"
        "      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"
        f"      # TODO(remove): temporary token until the org secret is fixed\n      NPM_TOKEN: {GHT(github_token(r))}\n"
        f"    steps:\n      - uses: actions/checkout@{sha(r)}\n      - uses: actions/setup-node@v4\n"
        f"        with:\n          node-version: {r.choice(['18', '20', '22'])}\n"
        f"      - run: npm ci && npm run build\n"
        f"      - run: aws s3 sync dist/ s3://{site.split('.')[0]}-static --delete\n"
        f"      - run: curl -fsS -X POST {URL(f'https://status.{site}/api/deploys')} -H \"X-Deploy-Key: {SEC(generic_secret(r, 'hex32'))}\"\n"
        f"      - run: ./scripts/notify.sh --slack-token {SLK(slack_token(r))} --channel '#web-deploys'\n")


def k_k8s_secret(r):
    ns = r.choice(["newsroom-prod", "paywall", "podcast-hosting", "ad-server"])
    return Doc(
        f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {r.choice(['paywall-api', 'cms-backend', 'audio-ingest'])}\n"
        f"  namespace: {ns}\n  labels:\n    app.kubernetes.io/version: \"{version(r)}\"\ntype: Opaque\ndata:\n"
        f"  DB_PASSWORD: {PW(b64(password(r)))}\n"
        f"  STRIPE_API_KEY: {SEC(b64(stripe_key(r)))}\n"
        f"  SMTP_PASSWORD: {PW(b64(password(r)))}\n"
        f"  SESSION_SECRET: {SEC(b64(generic_secret(r, 'hex32')))}\n"
        f"# applied by ci-bot from commit {sha(r)[:12]}\n")


def k_llm_summarize_interview(r):
    loc = en_loc(r)
    rep = full_name(r, loc)
    src, sp = nm(r, loc)
    boss = full_name(r, loc)
    return Doc(
        f"SYSTEM: You are an assistant for the {r.choice(OUTLETS)} investigations desk. Never reveal source identities.\n\n"
        f"USER: Summarize the interview below in five bullet points and flag any legally risky claims.\n\"\"\"\n"
        f"{P(rep)}: When did you start at the agency?\n"
        f"{P(src)}: On {DT(fdate(rand_date(r), loc))}. My supervisor was {P(boss)}.\n"
        f"{P(rep)}: And the shredding?\n"
        f"{P(sp[0])}: That was {DT(fdatetime(r, loc, weekday=True))}, right after the audit notice arrived.\n"
        f"\"\"\"\nSource contact (do NOT include in the summary): {PH(phone(r, loc))}, "
        f"{EM(email_for(r, sp, loc=loc))}, {ADR(address(r, loc))}.\n"
        f"Output format: markdown, max {r.randint(120, 300)} words.\n")


def k_llm_reply_draft(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    cur = {"gb": "£", "ie": "€"}.get(loc, "$")
    return Doc(
        "### Instruction\nDraft a polite reply to this subscriber complaint. Offer a one-month credit. "
        f"Keep it under {r.randint(100, 180)} words and do not repeat the card or account details.\n\n"
        f"### Customer record\nname: {P(name)}\nemail: {EM(email_for(r, parts, loc=loc))}\n"
        f"account_number: {ACC(acct_no(r))}\nbilling_address: {ADR(address(r, loc))}\n"
        f"last_payment: {money(r, cur, 5, 40)} on {DT(fdate(rand_date(r), loc, 'num'))} (card {masked_card(r)})\n"
        f"phone: {PH(phone(r, loc))}\n\n### Message\n"
        f"\"I've been charged twice and the crossword app still says my subscription expired. "
        f"Sort it out or cancel everything. — {P(parts[0])}\"\n")


def k_podcast_guest_email(r):
    loc = en_loc(r)
    guest, gp = nm(r, loc)
    host = full_name(r, loc)
    prod, pp = nm(r, loc)
    site = r.choice(SITES)
    show = r.choice(SHOWS)
    return Doc(
        f"Subject: Recording confirmed — \"{show}\" episode {r.randint(12, 340)}\n\n"
        f"Hi {P(gp[0])},\n\nThanks for agreeing to join {P(host)} on the show. We'll record on "
        f"{DT(fdatetime(r, loc, weekday=r.random() < 0.5))} at our studio, {ADR(address(r, loc))}. "
        f"If you'd rather join remotely, use {URL(f'https://studio.{site}/room/{rs(r, LO, 8)}')} "
        f"(passcode {PW(passcode(r))}).\n\nPlease send a short bio and a headshot by {DT(fdate(rand_date(r), loc))}. "
        f"The finished episode will run about {r.randint(35, 80)} minutes.\n\nBest,\n{P(prod)}\nProducer, {r.choice(OUTLETS)}\n"
        f"{PH(phone(r, loc))} | {EM(email_for(r, pp, domain=site))}\n")


def k_ad_campaign_brief(r):
    loc = r.choice(["us", "gb", "ca", "au"])
    name, parts = nm(r, loc)
    d = rand_date(r)
    cur = "£" if loc == "gb" else "$"
    brand = r.choice(["Northwind Outdoor Co.", "Alder & Finch Coffee", "Lumen Mobile", "Fernhill Credit Union", "Kestrel Motors"])
    return Doc(
        f"INSERTION ORDER {ref_no(r, 'IO')}\nAdvertiser: {brand}\n"
        f"Agency contact: {P(name)}, {EM(email_for(r, parts, domain='agency-mediaworks.example'))}, {PH(phone(r, loc))}\n"
        f"Flight: {DT(fdate(d, loc))} to {DT(fdate(d + timedelta(days=r.randint(14, 60)), loc))}\n"
        f"Placements: homepage takeover (1 day), 300x250 ROS, podcast pre-roll 30s x {r.randint(4, 20)} episodes\n"
        f"Budget: {money(r, cur, 5000, 90000)}    CPM: {money(r, cur, 4, 30)}    Est. impressions: {r.randint(200, 4000)}k\n"
        f"Geo targeting: {LOC(city_label(r, loc))}; {LOC(city_label(r, loc))}\n"
        f"Billing address: {ADR(address(r, loc))}\n"
        f"Tracking pixel: {URL(f'https://ads.{r.choice(SITES)}/px?cid={digits(r, 6)}&cb={rs(r, HEX, 8)}')}\n"
        f"Ad ops owner: {P(full_name(r, loc))}    Creative due: {DT(fdatetime(r, loc))}\n")


def k_syndication_http(r):
    site = r.choice(SITES)
    loc = en_loc(r)
    return Doc(
        f"> POST /v2/syndication/articles HTTP/1.1\n> Host: api.{site}\n"
        f"> Authorization: Bearer {JW(jwt(r))}\n> X-Api-Key: {SEC(generic_secret(r, r.choice(['hex32', 'opaque'])))}\n"
        f"> X-Forwarded-For: {IP(ip_any(r))}\n> Content-Type: application/json\n>\n"
        f"{{\"partner\":\"wire-{r.randint(10, 99)}\",\"article_url\":\"{URL(article_url(r, site))}\","
        f"\"byline\":\"{P(full_name(r, loc))}\",\"dateline\":\"{LOC(city(r, loc)[0].upper())}\",\"words\":{r.randint(300, 2400)}}}\n"
        f"< HTTP/1.1 201 Created\n< Date: {log_ts(r, 'rfc2822')}\n< X-Request-Id: {uuid4(r)}\n"
        f"< X-RateLimit-Remaining: {r.randint(0, 999)}\n")


def k_nginx_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        ip = ip_any(r)
        site = r.choice(SITES)
        path = r.choice([f"/{slug(r)}", "/subscribe", "/account/login", f"/podcast/ep{r.randint(1, 300)}.mp3", "/feed.xml"])
        ref = (f"\"{URL(article_url(r, site))}\"" if r.random() < 0.6 else "\"-\"")
        lines.append(f"{IP(ip)} - - {log_ts(r, 'clf')} \"GET {path} HTTP/1.1\" {r.choice([200, 200, 301, 304, 404])} "
                     f"{r.randint(200, 90000)} {ref} \"{r.choice(UA)}\"")
    return Doc("\n".join(lines) + "\n")


def k_cms_audit(r):
    site = r.choice(SITES)
    lines = []
    for _ in range(r.randint(3, 5)):
        loc = en_loc(r)
        _, parts = nm(r, loc)
        act = r.choice(["article.publish", "article.unpublish", "user.password_reset", "media.upload", "login.success"])
        extra = (f",\"target\":\"{EM(email_for(r, person(r, loc), domain=site))}\"" if act == "user.password_reset"
                 else f",\"article_id\":{digits(r, 7)},\"rev\":{r.randint(1, 40)}")
        lines.append(f"{{\"ts\":\"{log_ts(r)}\",\"actor\":\"{EM(email_for(r, parts, domain=site))}\","
                     f"\"ip\":\"{IP(ip_any(r))}\",\"action\":\"{act}\"{extra},\"trace\":\"{sha(r, 16)}\"}}")
    lines.append(f"{{\"ts\":\"{log_ts(r)}\",\"actor\":\"system\",\"action\":\"login.failed\",\"ip\":\"{IP(ip_any(r))}\",\"attempts\":{r.randint(3, 30)}}}")
    return Doc("\n".join(lines) + "\n")


def k_carrier_route(r):
    loc = r.choice(["us", "gb", "ca", "au", "ie"])
    carrier = full_name(r, loc)
    rows = []
    for i in range(r.randint(3, 6)):
        note = r.choice(["leave in porch", f"dog named {r.choice(PET_NAMES)} — do not open gate", "vacation hold ends Sunday",
                         "bag it if raining", "side door", "no Monday edition"])
        rows.append(f"{i + 1:>2} | {ACC(acct_no(r))} | {P(full_name(r, loc))} | {ADR(street_line(r, loc))} | {note}")
    return Doc(
        f"ROUTE {r.randint(1, 60)}{r.choice('ABC')} — WEEKEND PRINT — Carrier: {P(carrier)} ({PH(phone(r, loc))})\n"
        f"Depot: {LOC(city(r, loc)[0])}    Bundles: {r.randint(40, 300)}    Load by: first truck\n" +
        "Stop | Account | Name | Street | Notes\n" + "\n".join(rows) + "\n")


def k_donation_receipt(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    cur = {"gb": "£", "ie": "€"}.get(loc, "$")
    return Doc(
        f"Thank you for supporting independent journalism!\n\nReceipt no. RCPT-{digits(r, 8)}\n"
        f"Donor: {P(name)}\n{ADR(address(r, loc, multiline=True))}\nEmail: {EM(email_for(r, parts, loc=loc))}\n\n"
        f"Gift: {money(r, cur, 5, 500)} ({r.choice(['one-time', 'monthly', 'annual'])}), charged to card {masked_card(r)}\n"
        f"Date of gift: {DT(fdate(rand_date(r), loc))}\nDonor account: {ACC(acct_no(r))}\n\n"
        f"{r.choice(OUTLETS)} is a nonprofit newsroom. No goods or services were provided in exchange for this gift.\n")


def k_fact_check(r):
    loc = en_loc(r)
    subj = full_name(r, loc)
    checker = full_name(r, loc)
    return Doc(
        f"FACT-CHECK LOG — {slug(r)}\nChecker: {P(checker)}\n\n"
        f"Claim 1: \"{P(subj)} grew up in {LOC(city_label(r, loc))} and left in {r.randint(1985, 2010)}.\"\n"
        f"  Source: school yearbook + phone call with a sibling ({PH(phone(r, loc))}) on {DT(fdate(rand_date(r), loc))}. ✔\n"
        f"Claim 2: \"The bridge closed on {DT(fdate(rand_date(r), loc))}.\"\n"
        f"  Source: {URL(f'https://www.{r.choice(SITES)}/archive/{slug(r, 2)}')} and the transport agency's notice. ✔\n"
        f"Claim 3: Quote attributed to {P(full_name(r, loc))} — confirmed by email ({EM(email_for(r, person(r, loc), loc=loc))}). ✔\n"
        f"Claim 4: \"{r.randint(20, 90)}% of residents\" — survey n={r.randint(300, 2000)}, margin ±{r.randint(2, 5)}. ✖ needs softening\n")


def k_exif_dump(r):
    loc = r.choice(EN_LOCS + FOREIGN)
    art, ap = nm(r, loc)
    c = city(r, loc)
    d = LOCALES[loc]
    country = d.get("country_en", d["country"])
    site = r.choice(SITES)
    return Doc(
        f"$ exiftool -a -G1 IMG_{digits(r, 4)}.CR3\n"
        f"[IFD0]          Make                   : Canon\n[IFD0]          Camera Model Name      : Canon EOS R{r.choice(['5', '6', '3'])}\n"
        f"[IFD0]          Artist                 : {P(art)}\n"
        f"[IFD0]          Copyright              : © {r.randint(2019, 2026)} {P(art)} / {r.choice(OUTLETS)}\n"
        f"[IFD0]          Software               : Photo Mechanic {version(r)}\n"
        f"[ExifIFD]       Exposure Time          : 1/{r.choice([125, 250, 500, 1000])}\n"
        f"[ExifIFD]       ISO                    : {r.choice([100, 400, 1600, 6400])}\n"
        f"[XMP-photoshop] City                   : {LOC(c[0])}\n"
        f"[XMP-photoshop] Country                : {LOC(country)}\n"
        f"[XMP-iptcCore]  Creator Work Email     : {EM(email_for(r, ap, loc=loc))}\n"
        f"[XMP-iptcCore]  Creator Work Telephone : {PH(phone(r, loc, intl=True))}\n"
        f"[XMP-iptcCore]  Creator Work URL       : {URL('https://' + site + '/photographers/' + rs(r, LO, 6))}\n"
        f"[Composite]     Image Size             : 8192x5464\n[File]          File Size              : {r.randint(20, 60)} MB\n")


def k_court_docket(r):
    loc = r.choice(["us", "us", "gb", "au", "ca"])
    c = city_label(r, loc)
    return Doc(
        f"COURT DESK — docket watch ({r.choice(['criminal', 'civil', 'family'])} list)\n"
        f"Case No. {r.randint(2022, 2026)}-CR-{digits(r, 5)}\n"
        f"Defendant: {P(full_name(r, loc, middle=r.random() < 0.5))}, {r.randint(19, 70)}, of {LOC(c)}\n"
        f"Next hearing: {DT(fdatetime(r, loc))} before Judge {P(LOCALES[loc]['last'][r.randrange(len(LOCALES[loc]['last']))])}, "
        f"Courtroom {r.randint(1, 12)}{r.choice('ABC')}\nCourthouse: {ADR(address(r, loc))}\n"
        f"Defense counsel: {P(full_name(r, loc))}, {PH(phone(r, loc))}\n"
        f"Prosecutor: {P(full_name(r, loc))}\n"
        f"Reporter on rota: {P(full_name(r, loc))} — bring the {r.randint(2019, 2024)} clippings; "
        f"hearing expected to last {duration(r)}.\n")


def k_it_ticket_pem(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    it = full_name(r, loc)
    return Doc(
        f"[IT-{digits(r, 4)}] Bureau SFTP key rotation\nReporter: {P(name)} <{EM(email_for(r, parts, domain=r.choice(SITES)))}>\n"
        f"Priority: P{r.randint(2, 4)}\n\nHi IT, the old key for the photo upload server ({IP(ipv4(r))}) is below so you can "
        f"revoke it:\n\n{PK(private_key(r))}\n\n"
        f"Please also reset my VPN account; the temporary password you gave me was {PW(password(r))}.\n\n"
        f"— Comment by {P(it)} (IT): please never paste private keys into tickets. Revoked; fingerprint "
        f"SHA256:{rs(r, B64, 43)}. New key issued via the vault.\n")


def k_aws_credentials(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    return Doc(
        f"# ~/.aws/credentials on render-node-{r.randint(1, 9):02d} (video transcoding)\n"
        f"[default]\naws_access_key_id = {AKI(aws_access_key(r))}\naws_secret_access_key = {ASK(aws_secret_key(r))}\n"
        f"region = {r.choice(['us-east-1', 'eu-west-1', 'eu-central-1'])}\n\n[archive-readonly]\n"
        f"aws_access_key_id = {AKI(aws_access_key(r))}\naws_secret_access_key = {ASK(aws_secret_key(r))}\n\n"
        f"# owner: {P(name)} ({EM(email_for(r, parts, domain=r.choice(SITES)))}) — rotate before {DT(fdate(rand_date(r), loc))}\n")


def k_docker_compose(r):
    site = r.choice(SITES)
    return Doc(
        f"# docker-compose.yml — staging stack for {site}\nservices:\n  wordpress:\n    image: wordpress:{version(r)}\n"
        f"    environment:\n      WORDPRESS_DB_HOST: {IP(ipv4(r, 'priv'))}:3306\n      WORDPRESS_DB_USER: wp_newsroom\n"
        f"      WORDPRESS_DB_PASSWORD: {PW(password(r))}\n      WORDPRESS_AUTH_KEY: '{SEC(generic_secret(r, 'b64'))}'\n"
        f"  db:\n    image: mariadb:10.11\n    environment:\n      MARIADB_ROOT_PASSWORD: {PW(password(r))}\n"
        f"      MARIADB_PASSWORD: ${{WP_DB_PASSWORD}}\n  newsletter:\n    image: ghcr.io/newsroom/mailer:{version(r)}\n"
        f"    environment:\n      SENDGRID_API_KEY: {SEC(generic_secret(r, 'sg'))}\n"
        f"      ADMIN_CONTACT: {EM('ops@' + site)}\n      BATCH_SIZE: {r.choice([500, 1000, 2000])}\n")


def k_wire_feed_config(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    return Doc(
        f"; wire ingest configuration — {r.choice(OUTLETS)}\n[wire:agency-text]\nprotocol = sftp\n"
        f"host = {IP(ipv4(r))}\nport = 22\nusername = ingest_{rs(r, LO, 5)}\npassword = {PW(password(r))}\n"
        f"remote_dir = /outgoing/en\npoll_interval = {r.choice([30, 60, 90])}s\n\n[wire:agency-photos]\n"
        f"api_base = {URL(f'https://api.{r.choice(SITES)}/photos/v3')}\napi_key = {SEC(generic_secret(r))}\n"
        f"max_items = {r.randint(50, 500)}\n\n[contacts]\nescalation = {P(name)} <{EM(email_for(r, parts, loc=loc))}>, {PH(phone(r, loc))}\n")


def k_nitf_xml(r):
    loc = r.choice(EN_LOCS + ["de", "fr", "es", "it"])
    rep, rp = nm(r, loc)
    spok = full_name(r, loc)
    d = rand_date(r)
    rel = f"{d.strftime('%Y%m%d')}T{r.randint(5, 22):02d}0000Z"
    return Doc(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf>\n <head>\n"
        f"  <title>{slug(r).replace('-', ' ').title()}</title>\n  <docdata>\n   <doc-id id-string=\"{uuid4(r)}\"/>\n"
        f"   <date.release norm=\"{DT(rel)}\"/>\n   <urgency ed-urg=\"{r.randint(1, 8)}\"/>\n  </docdata>\n </head>\n <body>\n"
        f"  <body.head>\n   <byline>By <person>{P(rep)}</person></byline>\n"
        f"   <dateline><location><city>{LOC(city(r, loc)[0].upper())}</city></location></dateline>\n  </body.head>\n"
        f"  <body.content>\n   <p>Officials confirmed on {DT(fdate(rand_date(r), 'us' if lang_of(loc) != 'en' else loc))} that the "
        f"{r.choice(['port', 'rail link', 'hospital wing', 'library'])} project would be delayed.</p>\n"
        f"   <p>\"We are reviewing the contract,\" said {P(spok)}, a spokesperson, reached at {PH(phone(r, loc, intl=True))}.</p>\n"
        f"  </body.content>\n  <body.end><tagline>Contact the reporter at {EM(email_for(r, rp, domain=r.choice(SITES)))}</tagline></body.end>\n"
        " </body>\n</nitf>\n")


def k_securedrop_intake(r):
    loc = en_loc(r)
    name = full_name(r, loc)
    return Doc(
        f"SECURE INTAKE — codename \"{r.choice(['amber', 'slate', 'heron', 'willow'])}-{r.choice(['fox', 'tide', 'kite'])}-{r.randint(10, 99)}\"\n"
        f"Submission: {uuid4(r)} ({r.randint(1, 12)} files, {r.randint(1, 900)} MB)\n\n"
        f"Source-provided identity (keep OFFLINE): {P(name)}, date of birth {DOB(fdate(rand_dob(r), loc))}, lives in {LOC(city_label(r, loc))}\n"
        f"Claims: supervisor {P(full_name(r, loc))} ordered deletion of inspection records on {DT(fdate(rand_date(r), loc))}.\n"
        f"Callback number (burner): {PH(phone(r, loc))}\nPassphrase for the encrypted archive: {PW(password(r))}\n"
        f"Handling editor: {P(full_name(r, loc))}. Do not email; meet on {DT(fdatetime(r, loc))} only.\n")


def k_payment_failed_email(r):
    loc = r.choice(["us", "us", "ca", "gb", "au"])
    name, parts = nm(r, loc)
    site = r.choice(SITES)
    tf = toll_free(r) if loc in ("us", "ca") else phone(r, loc)
    return Doc(
        f"From: {r.choice(OUTLETS)} <{EM('billing@' + site)}>\nTo: {EM(email_for(r, parts, loc=loc))}\n"
        f"Date: {log_ts(r, 'rfc2822')}\nSubject: Action needed: your payment didn't go through\n\n"
        f"Hi {P(parts[0])},\n\nWe couldn't process your payment for subscription account {ACC(acct_no(r))} using the card "
        f"{masked_card(r)}. We'll try again on {DT(fdate(rand_date(r), loc))}. You can update your details at "
        f"{URL(f'https://{site}/account/billing?ref=dunning{r.randint(1, 3)}')}.\n\n"
        f"Questions? Call us on {PH(tf)}. Invoice {ref_no(r, 'INV')} for {money(r, '$', 5, 30)} remains open.\n")


def k_background_check(r):
    name, parts = nm(r, "us", middle=True)
    c = us_city(r)
    return Doc(
        "CANDIDATE BACKGROUND CHECK — CONSENT & DISCLOSURE\nPosition: Investigative Reporter\n\n"
        f"Full legal name: {P(name)}\nOther names used: {P(parts[0] + ' ' + r.choice(LOCALES['us']['last']))}\n"
        f"Date of birth: {DOB(fdate(rand_dob(r, 1965, 2001), 'us', 'num'))}\nSocial Security No.: {SSN(ssn(r))}\n"
        f"Driver's license: {DL(dl_us(r))}    Issuing state: {LOC(US_STATES[c[1]])}\n"
        f"Current address: {ADR(address(r, 'us'))}\nPrevious address (if under 3 years): {ADR(address(r, 'us'))}\n"
        f"Phone: {PH(phone(r, 'us'))}    Email: {EM(email_for(r, parts))}\n\n"
        f"Signature: ______________    Date signed: {DT(fdate(rand_date(r), 'us', 'num'))}\nVendor ref: {ref_no(r, 'BGC')}\n")


def k_call_in_screener(r):
    loc = r.choice(["us", "us", "gb", "ca", "au", "ie"])
    show = r.choice(SHOWS)
    lines = []
    for i in range(r.randint(3, 5)):
        nmx = full_name(r, loc) if r.random() < 0.6 else r.choice(LOCALES[loc]["first"])
        lines.append(f"Line {i + 1} — {P(nmx)} from {LOC(city(r, loc)[0])} — {PH(phone(r, loc))} — "
                     f"{r.choice(['rent increases', 'bus cuts', 'school closures', 'noise from the stadium', 'potholes'])}"
                     f"{r.choice([' — ON AIR', ' — hold', ' — call back'])}")
    return Doc(
        f"CALL-IN SCREENER — \"{show}\" live hour — {DT(fdate(rand_date(r), loc, weekday=True))}\n"
        f"Screener: {P(full_name(r, loc))}    Board op: {P(r.choice(LOCALES[loc]['first']))}\n\n" + "\n".join(lines) +
        f"\n\nNotes: caller on line {r.randint(1, 5)} dropped after {r.randint(2, 9)} minutes; delay set to {r.randint(5, 10)} seconds.\n")


def k_royalty_statement(r):
    loc = r.choice(["gb", "ie", "us", "de", "nl", "fr", "au"])
    name, parts = nm(r, loc)
    d = rand_date(r)
    cur = {"gb": "£", "us": "$", "au": "$"}.get(loc, "€")
    cc = {"gb": "GB", "ie": "IE", "de": "DE", "nl": "NL", "fr": "FR"}.get(loc)
    pay = (f"IBAN {IB(iban(r, cc))}" if cc else f"account {ACC(bank_acct(r))} (routing {nz_digits(r, 9)})")
    dloc = loc if lang_of(loc) == "en" else "gb"
    return Doc(
        f"{r.choice(['Open Margin Press', 'Lanternfish Books', 'Granite & Quill Publishing'])} — ROYALTY STATEMENT\n\n"
        f"Author: {P(name)}\nPayee address: {ADR(address(r, loc))}\n"
        f"Statement period: {DT(fdate(d, dloc))} – {DT(fdate(d + timedelta(days=180), dloc))}\n\n"
        f"Title: \"{slug(r).replace('-', ' ').title()}\"   ISBN {isbn13(r)}\n"
        f"  Hardback  units {r.randint(100, 9000):>6}  royalty {money(r, cur, 100, 9000)}\n"
        f"  E-book    units {r.randint(100, 9000):>6}  royalty {money(r, cur, 100, 9000)}\n"
        f"  Audio     units {r.randint(10, 900):>6}  royalty {money(r, cur, 10, 900)}\n"
        f"Less unearned advance: {money(r, cur, 0, 5000)}\n\n"
        f"Payment by bank transfer on {DT(fdate(d + timedelta(days=240), dloc))} to {pay}.\n"
        f"Agent: {P(full_name(r, loc))}, {r.choice(['Fairlight Literary', 'North Quay Agency', 'Bramble & Stone Associates'])}\n")


def k_vcard(r):
    loc = r.choice(EN_LOCS + ["de", "fr", "nl"])
    first, last = person(r, loc)
    mid = r.choice(UP)
    c = city(r, loc)
    dob = rand_dob(r)
    em = email_for(r, (first, last), loc=loc)
    adr = f"{street_line(r, loc)};{c[0]};{c[1]};{c[2]};{LOCALES[loc]['country']}"
    return Doc(
        f"BEGIN:VCARD\nVERSION:3.0\nN:{P(f'{last};{first};{mid}')};;\nFN:{P(f'{first} {mid}. {last}')}\n"
        f"ORG:{r.choice(OUTLETS)};{r.choice(['Photo Desk', 'Newsletter Team', 'City Desk'])}\n"
        f"TEL;TYPE=CELL:{PH(phone(r, loc, intl=True))}\nEMAIL;TYPE=WORK:{EM(em)}\n"
        f"ADR;TYPE=HOME:;;{ADR(adr)}\nBDAY:{DOB(dob.isoformat())}\n"
        f"NOTE:Source for the {slug(r, 2)} series. Prefers calls in the evening.\n"
        f"REV:{log_ts(r)}\nEND:VCARD\n")


def k_jwt_support_chat(r):
    loc = en_loc(r)
    vis = full_name(r, loc)
    ag = r.choice(LOCALES[loc]["first"])
    t = chat_times(r, 5)
    return Doc(
        "Live chat — developer support (syndication API)\n"
        f"[{t[0]}] Visitor ({P(vis)}): our feed pulls started failing with 401 since the last deploy\n"
        f"[{t[1]}] Agent {P(ag)}: sorry about that! Can you share the request id? Please don't paste the whole token.\n"
        f"[{t[2]}] Visitor: request id {uuid4(r)} and here's the header: Authorization: Bearer {JW(jwt(r))}\n"
        f"[{t[3]}] Agent {P(ag)}: that token expired. Also, the API key you pasted earlier ({SEC(generic_secret(r, 'opaque'))}) "
        f"has been rotated — the new one is in your dashboard.\n"
        f"[{t[4]}] Visitor: got it, thanks. we're on SDK v{version(r)}\n")


def k_direct_deposit(r):
    name, parts = nm(r, "us")
    return Doc(
        "DIRECT DEPOSIT AUTHORIZATION — freelance contributors\n\n"
        f"Name: {P(name)}\nTaxpayer ID (SSN): {SSN(ssn(r, r.choice(['-', '-', ' '])))}\n"
        f"Bank: {r.choice(['First Harbor Credit Union', 'Riverbend Savings', 'Prairie State Bank'])}\n"
        f"Routing number: {nz_digits(r, 9)}\nAccount number: {ACC(bank_acct(r))}\nAccount type: {r.choice(['Checking', 'Savings'])}\n"
        f"Remittance email: {EM(email_for(r, parts))}\nEffective date: {DT(fdate(rand_date(r), 'us', 'num'))}\n\n"
        f"I authorize {r.choice(OUTLETS)} to deposit payments to the account above.\n"
        f"Signature: ________    Date: {DT(fdate(rand_date(r), 'us', 'num'))}\n")


def k_fhir_patient(r):
    first, last = person(r, "us")
    c = us_city(r)
    return Doc(
        f"# hostile-environment medical clearance — FHIR export for {P(first + ' ' + last)}\n"
        "{\n  \"resourceType\": \"Patient\",\n"
        f"  \"id\": \"{uuid4(r)}\",\n  \"meta\": {{\"lastUpdated\": \"{log_ts(r)}\"}},\n"
        f"  \"identifier\": [{{\"type\": {{\"text\": \"MRN\"}}, \"system\": \"urn:oid:2.16.840.1.113883.3.{r.randint(1000, 9999)}\", "
        f"\"value\": \"{MRN(mrn(r))}\"}}],\n"
        f"  \"name\": [{{\"family\": \"{P(last)}\", \"given\": [\"{P(first)}\"]}}],\n"
        f"  \"telecom\": [{{\"system\": \"phone\", \"value\": \"{PH(phone(r, 'us'))}\"}}, "
        f"{{\"system\": \"email\", \"value\": \"{EM(email_for(r, (first, last)))}\"}}],\n"
        f"  \"gender\": \"{r.choice(['female', 'male', 'other'])}\",\n  \"birthDate\": \"{DOB(rand_dob(r).isoformat())}\",\n"
        f"  \"address\": [{{\"line\": [\"{ADR(street_line(r, 'us'))}\"], \"city\": \"{LOC(c[0])}\", \"state\": \"{LOC(c[1])}\", "
        f"\"postalCode\": \"{c[2]}\", \"country\": \"US\"}}]\n}}\n")


def k_x12_834(r):
    first, last = person(r, "us")
    c = us_city(r)
    d = rand_date(r)
    ctl = digits(r, 9)
    isa_d = log_ts(r, "hl7")
    return Doc(
        f"ISA*00*          *00*          *ZZ*BLUEWATERMEDIA *ZZ*HARBORHEALTH   *{isa_d[2:8]}*{isa_d[8:12]}*^*00501*{ctl}*0*P*:~\n"
        f"GS*BE*BLUEWATER*HARBORHLTH*{isa_d[:8]}*{isa_d[8:12]}*{int(ctl)}*X*005010X220A1~\n"
        "ST*834*0001*005010X220A1~\n"
        f"INS*Y*18*021*28*A***FT~\nREF*0F*{HPN(health_plan_id(r))}~\nREF*1L*GRP{digits(r, 6)}~\n"
        f"DTP*356*D8*{DT(d.strftime('%Y%m%d'))}~\n"
        f"NM1*IL*1*{P(last.upper())}*{P(first.upper())}****34*{SSN(ssn(r, ''))}~\n"
        f"PER*IP**HP*{PH('5' + digits(r, 2) + '555' + '01' + digits(r, 2))}~\n"
        f"N3*{ADR(street_line(r, 'us').upper())}~\nN4*{LOC(c[0].upper())}*{LOC(c[1])}*{c[2]}~\n"
        f"DMG*D8*{DOB(rand_dob(r).strftime('%Y%m%d'))}*{r.choice('MF')}~\n"
        f"HD*021**HLT*{rs(r, UP, 3)}{digits(r, 3)}*EMP~\nDTP*348*D8*{DT(d.strftime('%Y%m%d'))}~\n"
        f"SE*12*0001~\nGE*1*{int(ctl)}~\nIEA*1*{ctl}~\n")


def k_obituary(r):
    loc = en_loc(r)
    first, last = person(r, loc)
    sub, sp = nm(r, loc)
    dob = rand_dob(r, 1925, 1960)
    dod = rand_date(r)
    full = f"{first} {last}"
    kid = f"{r.choice(LOCALES[loc]['first'])} {last}"
    pay = (f"Paid notice: {r.randint(40, 200)} lines, card {CC(card_number(r))}" if r.random() < 0.5
           else f"Paid notice: {r.randint(40, 200)} lines, card {masked_card(r)}")
    return Doc(
        f"OBITUARY SUBMISSION — {r.choice(PAPERS)}\n\nName of deceased: {P(full)}\n"
        f"Date of birth: {DOB(fdate(dob, loc))}\nDate of death: {DT(fdate(dod, loc))}\nPlace of death: {LOC(city_label(r, loc))}\n"
        f"Service: {DT(fdatetime(r, loc, d=dod + timedelta(days=r.randint(4, 12))))} at Riverside Chapel, {ADR(address(r, loc))}\n\n"
        f"Text: {P(first)} was a beloved teacher and choir member for {r.randint(10, 50)} years. "
        f"{P(first)} is survived by {P(kid)} and {r.randint(2, 9)} grandchildren, and by a cat named {r.choice(PET_NAMES)}.\n\n"
        f"Submitted by: {P(sub)} (relationship: {r.choice(['daughter', 'son', 'niece', 'friend'])})\n"
        f"Phone: {PH(phone(r, loc))}    Email: {EM(email_for(r, sp, loc=loc))}\n{pay}\n")


def k_podcast_transcript(r):
    loc = en_loc(r)
    host, hp = nm(r, loc)
    guest, gp = nm(r, loc)
    show = r.choice(SHOWS)
    site = r.choice(SITES)
    ts = sorted(r.sample(range(10, 3000), 6))
    f = [f"[{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}]" for t in ts]
    return Doc(
        f"TRANSCRIPT — {show}, episode {r.randint(10, 400)} (auto-generated, lightly edited)\n\n"
        f"[00:00:00] {P(host.upper())}: Welcome back to {show}. I'm {P(host)}, and my guest today is {P(guest)}.\n"
        f"{f[0]} {P(guest.upper())}: Thanks for having me.\n"
        f"{f[1]} {P(host.upper())}: You were in {LOC(city_label(r, loc))} when the story broke on {DT(fdate(rand_date(r), loc))}.\n"
        f"{f[2]} {P(guest.upper())}: Right, I got the call at {DT(ftime(r, loc))} and drove straight to the plant.\n"
        f"{f[3]} {P(host.upper())}: We'll be back after this.\n{f[4]} [AD BREAK — {duration(r)}]\n"
        f"{f[5]} {P(host.upper())}: If you have a tip, call {PH(phone(r, loc))} or email {EM('tips@' + site)}. "
        f"Show notes at {URL(f'https://{site}/podcasts/{slug(r, 2)}')}.\n")


def k_sql_subscribers(r):
    rows = []
    for i in range(r.randint(2, 4)):
        loc = en_loc(r)
        name, parts = nm(r, loc)
        rows.append(f"({r.randint(1000, 99999)}, '{P(name.replace(chr(39), chr(39) * 2))}', '{EM(email_for(r, parts, loc=loc))}', "
                    f"'{PH(phone(r, loc))}', '{ADR(address(r, loc, country=False).replace(chr(39), chr(39) * 2))}', "
                    f"'{DOB(rand_dob(r).isoformat())}', '{ACC(acct_no(r))}', '{log_ts(r, 'space')}')")
    return Doc(
        f"-- MySQL dump {version(r)}  Host: localhost    Database: subscriptions\n"
        "-- Dumping data for table `subscribers` (partial)\n"
        "INSERT INTO `subscribers` (`id`, `full_name`, `email`, `phone`, `postal_address`, `date_of_birth`, "
        "`account_no`, `created_at`) VALUES\n" + ",\n".join(rows) + ";\n")


def k_letters_to_editor(r):
    loc = en_loc(r)
    name, parts = nm(r, loc)
    mayor = full_name(r, loc)
    return Doc(
        f"LETTER SUBMISSION — {r.choice(PAPERS)}\n\nName: {P(name)}\nTown/City: {LOC(city(r, loc)[0])}\n"
        f"Email (not published): {EM(email_for(r, parts, loc=loc))}\nPhone (verification only): {PH(phone(r, loc))}\n"
        f"Responding to: {URL(article_url(r))}\n\nLetter:\n"
        f"As someone who grew up in {LOC(city_label(r, loc))}, I was dismayed by Mayor {P(mayor)}'s remarks at the council "
        f"meeting on {DT(fdate(rand_date(r), loc))}. The library closures will hit families hardest. "
        f"Your reporter was right to ask why the {r.randint(2015, 2022)} promises were dropped.\n")


def k_event_registration(r):
    loc = r.choice(EN_LOCS + FOREIGN)
    first, last = person(r, loc)
    d = LOCALES[loc]
    day = rand_date(r)
    return Doc(
        "{\n  \"event\": \"Investigative Reporters Summit\",\n"
        f"  \"order\": \"{ref_no(r, 'ORD')}\",\n  \"ticket_type\": \"{r.choice(['Early bird', 'Student', 'Newsroom group', 'Speaker'])}\",\n"
        f"  \"attendee\": {{\n    \"first_name\": \"{P(first)}\",\n    \"last_name\": \"{P(last)}\",\n"
        f"    \"email\": \"{EM(email_for(r, (first, last), loc=loc))}\",\n    \"phone\": \"{PH(phone(r, loc, intl=True))}\",\n"
        f"    \"organization\": \"{outlet(r, loc)}\",\n    \"country\": \"{LOC(d.get('country_en', d['country']))}\",\n"
        f"    \"dietary\": \"{r.choice(['vegetarian', 'none', 'gluten-free', 'halal'])}\"\n  }},\n"
        f"  \"workshop\": {{\"title\": \"Data journalism with public records\", \"starts\": \"{DT(day.isoformat() + f'T{r.randint(9, 16):02d}:00')}\"}},\n"
        f"  \"payment\": {{\"amount\": {r.randint(90, 600)}.00, \"card_last4\": \"{digits(r, 4)}\"}}\n}}\n")


def k_terraform_tfvars(r):
    site = r.choice(SITES)
    return Doc(
        f"# terraform.tfvars — media CDN ({site})\nproject          = \"{site.split('.')[0]}-cdn\"\n"
        f"origin_ip        = \"{IP(ipv4(r))}\"\nallowed_cidrs    = [\"{IP(ipv4(r, 'priv'))}/24\", \"{IP(ipv4(r, 'doc'))}/32\"]\n"
        f"cloudflare_token = \"{SEC(generic_secret(r, 'opaque'))}\"\ndatadog_api_key  = \"{SEC(generic_secret(r, 'hex32'))}\"\n"
        f"github_token     = \"{GHT(github_token(r))}\"\ndb_password      = \"{PW(password(r))}\"\n"
        f"alert_email      = \"{EM('oncall@' + site)}\"\ncache_ttl        = {r.choice([60, 300, 3600])}\n"
        f"module_version   = \"{version(r)}\"\n")


# ---------------------------------------------------------------------------
# Non-English document kinds
# ---------------------------------------------------------------------------
def k_de_abo_kuendigung(r):
    loc = "de"
    name, parts = nm(r, loc)
    acc = acct_no(r)
    out = outlet(r, loc)
    return Doc(
        f"{P(name)}\n{ADR(address(r, loc, multiline=True))}\n\n{out}\nLeserservice\n\n"
        f"{LOC(city(r, loc)[0])}, {DT(fdate(rand_date(r), loc))}\n\n"
        f"Kündigung meines Abonnements – Kundennummer {ACC(acc)}\n\n"
        f"Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein {r.choice(['Digital-Abo', 'Wochenend-Abo', 'E-Paper-Abo'])} "
        f"fristgerecht zum {DT(fdate(rand_date(r), loc, r.choice(['long', 'num'])))}. Bitte bestätigen Sie mir die Kündigung "
        f"schriftlich an {EM(email_for(r, parts, loc=loc))}. Die Lastschrift von meinem Konto {IB(iban(r, 'DE'))} "
        f"ist ab diesem Datum einzustellen. Für Rückfragen erreichen Sie mich unter {PH(phone(r, loc))}.\n\n"
        f"Mit freundlichen Grüßen\n{P(name)}\n")


def k_at_honorarnote(r):
    loc = "at"
    name, parts = nm(r, loc)
    out = outlet(r, loc)
    d = rand_date(r)
    return Doc(
        f"HONORARNOTE Nr. {r.randint(2023, 2026)}-{r.randint(1, 80):03d}\n\n"
        f"{P(name)} · {ADR(address(r, loc))} · {PH(phone(r, loc))} · {EM(email_for(r, parts, loc=loc))}\n\n"
        f"An: {out}, Redaktion {r.choice(['Kultur', 'Chronik', 'Wirtschaft', 'Sport'])}\n"
        f"{LOC(city(r, loc)[0])}, am {DT(fdate(d, loc))}\n\n"
        f"Für den Beitrag „{slug(r).replace('-', ' ').title()}“ (erschienen am {DT(fdate(d - timedelta(days=r.randint(3, 20)), loc, 'num'))}) "
        f"erlaube ich mir, folgendes Honorar in Rechnung zu stellen:\n\n"
        f"Text, {r.randint(4, 20) * 1000} Zeichen ........ {money(r, '€', 150, 1200)}\n"
        f"Fotos, {r.randint(2, 12)} Stück ........ {money(r, '€', 50, 600)}\n\n"
        f"Zahlbar binnen 14 Tagen auf IBAN {IB(iban(r, 'AT'))}, BIC {rs(r, UP, 4)}AT{rs(r, UP + DIG, 2)}.\n"
        f"Umsatzsteuerbefreit gemäß Kleinunternehmerregelung.\n")


def k_fr_droit_reponse(r):
    loc = "fr"
    name, parts = nm(r, loc)
    out = outlet(r, loc)
    return Doc(
        f"{P(name)}\n{ADR(address(r, loc, multiline=True))}\n{PH(phone(r, loc))} — {EM(email_for(r, parts, loc=loc))}\n\n"
        f"À l'attention du directeur de la publication\n{out}\n"
        f"Lettre recommandée avec AR n° {rs(r, UP, 2)}{digits(r, 9)}FR\n\n"
        f"{LOC(city(r, loc)[0])}, le {DT(fdate(rand_date(r), loc))}\n\n"
        f"Objet : exercice du droit de réponse\n\nMadame, Monsieur,\n\n"
        f"Dans votre article du {DT(fdate(rand_date(r), loc))}, publié sur {URL(article_url(r, site_of(r, loc)))}, "
        f"vous affirmez que {P(full_name(r, loc))} et moi-même aurions détourné des subventions culturelles. "
        f"Ces allégations sont fausses. Je vous prie de bien vouloir insérer la réponse ci-jointe dans les trois jours "
        f"suivant sa réception, à la même place et dans les mêmes caractères.\n\n"
        f"Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{P(name)}\n")


def k_fr_autorisation_image(r):
    loc = "fr"
    name, parts = nm(r, loc)
    out = outlet(r, loc)
    shoot = rand_date(r)
    return Doc(
        "AUTORISATION DE DROIT À L'IMAGE\n\n"
        f"Je soussigné(e) : {P(name)}\nNé(e) le : {DOB(fdate(rand_dob(r), loc, r.choice(['long', 'num'])))} à {LOC(city(r, loc)[0])}\n"
        f"Demeurant : {ADR(address(r, loc))}\nTéléphone : {PH(phone(r, loc))}    Courriel : {EM(email_for(r, parts, loc=loc))}\n\n"
        f"autorise {out} et son photographe, {P(full_name(r, loc))}, à me photographier le {DT(fdate(shoot, loc))} "
        f"à {LOC(city(r, loc)[0])} et à reproduire ces photographies sur tous supports (presse écrite, site web, réseaux sociaux), "
        f"pour une durée de {r.randint(2, 10)} ans, à titre gracieux.\n\n"
        f"Fait à {LOC(city(r, loc)[0])}, le {DT(fdate(shoot, loc, 'num'))}\nSignature précédée de la mention « lu et approuvé »\n")


def k_fr_conf_redaction(r):
    loc = "fr"
    names = [full_name(r, loc) for _ in range(3)]
    return Doc(
        f"COMPTE RENDU — CONFÉRENCE DE RÉDACTION du {DT(fdate(rand_date(r), loc, weekday=True))}\n\n"
        f"Présents : {P(names[0])}, {P(names[1])}, {P(names[2])}\n\n"
        f"1. Enquête hôpitaux : {P(names[1].split()[0])} a rencontré la source à {LOC(city(r, loc)[0])} ; "
        f"publication prévue le {DT(fdatetime(r, loc))}. Relecture juridique par Me {P(LOCALES[loc]['last'][r.randrange(12)])}.\n"
        f"2. Podcast : enregistrement avec {P(full_name(r, loc))} au studio, {ADR(address(r, loc))}. Durée visée : {duration(r)}.\n"
        f"3. Divers : le mot de passe du compte partagé des réseaux sociaux ({PW(password(r))}) ne doit plus circuler par courriel.\n"
        f"Prochaine conférence : {DT(fdate(rand_date(r), loc))}\n")


def k_es_notas_fuente(r):
    loc = "es"
    src, sp = nm(r, loc)
    return Doc(
        f"NOTAS DE ENTREVISTA — {r.choice(['contratos del puerto', 'listas de espera', 'obras del metro', 'subvenciones agrícolas'])}\n"
        f"Periodista: {P(full_name(r, loc))}\nFuente: {P(src)} (off the record, no citar)\n"
        f"Fecha y hora: {DT(fdatetime(r, loc))}\nLugar: cafetería en {ADR(address(r, loc))}\n"
        f"Contacto: {PH(phone(r, loc))} · {EM(email_for(r, sp, loc=loc))}\n\n"
        f"- Según la fuente, {P(full_name(r, loc))}, concejal de urbanismo, firmó el contrato el {DT(fdate(rand_date(r), loc))}.\n"
        f"- {P(sp[0])} guarda copias del expediente nº {ref_no(r, 'EXP')}.\n"
        f"- Volver a llamar la semana que viene; la grabación dura {duration(r)}.\n")


def k_es_factura(r):
    loc = "es"
    name, parts = nm(r, loc)
    d = rand_date(r)
    return Doc(
        f"FACTURA Nº {r.randint(2023, 2026)}/{r.randint(1, 150):03d}\n\n"
        f"Emisor: {P(name)}\nDomicilio: {ADR(address(r, loc))}\nTeléfono: {PH(phone(r, loc))} · Correo: {EM(email_for(r, parts, loc=loc))}\n\n"
        f"Cliente: {outlet(r, loc)}\nFecha de emisión: {DT(fdate(d, loc, 'num'))}\n"
        f"Vencimiento: {DT(fdate(d + timedelta(days=30), loc, 'num'))}\n\n"
        f"Concepto: reportaje fotográfico «{slug(r).replace('-', ' ')}» ({r.randint(5, 40)} imágenes)\n"
        f"Base imponible: {money(r, '€', 200, 3000)}\nIVA 21 %: {money(r, '€', 40, 600)}\nRetención IRPF 15 %: -{money(r, '€', 30, 450)}\n\n"
        f"Forma de pago: transferencia bancaria a {IB(iban(r, 'ES'))}\n")


def k_es_podcast_api(r):
    loc = r.choice(["es", "es"])
    name, parts = nm(r, loc)
    return Doc(
        "POST /api/v1/episodios HTTP/1.1\n"
        f"Host: api.{site_of(r, loc)}\nAuthorization: Bearer {JW(jwt(r))}\nContent-Type: application/json\n\n"
        "{\n"
        f"  \"programa\": \"Voces del Sur\",\n  \"titulo\": \"Episodio {r.randint(10, 300)}: {slug(r).replace('-', ' ')}\",\n"
        f"  \"presentadora\": \"{P(name)}\",\n  \"contacto\": \"{EM(email_for(r, parts, loc=loc))}\",\n"
        f"  \"publicar_en\": \"{DT(rand_date(r).isoformat() + f'T{r.randint(6, 20):02d}:00:00')}\",\n"
        f"  \"duracion_seg\": {r.randint(900, 4000)},\n  \"ciudad_grabacion\": \"{LOC(city(r, loc)[0])}\",\n"
        f"  \"almacenamiento\": {{\"clave_acceso\": \"{AKI(aws_access_key(r))}\", \"clave_secreta\": \"{ASK(aws_secret_key(r))}\"}}\n"
        "}\n")


def k_it_liberatoria(r):
    loc = "it"
    name, parts = nm(r, loc)
    shoot = rand_date(r)
    c = city(r, loc)
    return Doc(
        "LIBERATORIA PER L'UTILIZZO DELL'IMMAGINE\n\n"
        f"Il/La sottoscritto/a {P(name)}, nato/a a {LOC(city(r, loc)[0])} il {DOB(fdate(rand_dob(r), loc, r.choice(['long', 'num'])))}, "
        f"residente in {ADR(address(r, loc))}, telefono {PH(phone(r, loc))}, e-mail {EM(email_for(r, parts, loc=loc))},\n\n"
        f"AUTORIZZA\n\n{outlet(r, loc)} alla pubblicazione delle proprie immagini riprese dal fotografo {P(full_name(r, loc))} "
        f"in data {DT(fdate(shoot, loc))} presso {LOC(c[0])}, per uso giornalistico su carta e online.\n"
        f"La presente liberatoria è concessa a titolo gratuito.\n\n"
        f"Luogo e data: {LOC(c[0])}, {DT(fdate(shoot, loc, 'num'))}\nFirma: ______________________\n")


def k_it_podcast_ospite(r):
    loc = "it"
    guest, gp = nm(r, loc)
    prod, pp = nm(r, loc)
    site = site_of(r, loc)
    return Doc(
        f"Oggetto: Conferma registrazione puntata {r.randint(5, 200)} — «Voci dal Nord»\n\n"
        f"Gentile {P(guest)},\n\ngrazie per aver accettato il nostro invito. La registrazione è fissata per "
        f"{DT(fdatetime(r, loc, weekday=r.random() < 0.5))} presso il nostro studio in {ADR(address(r, loc))}.\n"
        f"Se preferisce collegarsi da remoto: {URL(f'https://studio.{site}/stanza/{rs(r, LO, 7)}')} (codice di accesso {PW(passcode(r))}).\n\n"
        f"Per qualsiasi necessità può chiamare la produzione al {PH(phone(r, loc))}.\n\nCordiali saluti,\n"
        f"{P(prod)}\n{EM(email_for(r, pp, domain=site))}\n")


def k_pt_cancelamento(r):
    loc = "pt"
    name, parts = nm(r, loc)
    return Doc(
        f"Assunto: Pedido de cancelamento da assinatura\n\nExmos. Senhores,\n\n"
        f"Eu, {P(name)}, assinante n.º {ACC(acct_no(r))}, residente em {ADR(address(r, loc))}, venho por este meio "
        f"solicitar o cancelamento da minha assinatura do {outlet(r, loc)} a partir de {DT(fdate(rand_date(r), loc))}.\n"
        f"Peço que deixem de debitar a conta com o IBAN {IB(iban(r, 'PT'))}.\n\n"
        f"Contacto: {PH(phone(r, loc))} / {EM(email_for(r, parts, loc=loc))}\n\nCom os melhores cumprimentos,\n{P(name)}\n"
        f"{LOC(city(r, loc)[0])}, {DT(fdate(rand_date(r), loc, 'num'))}\n")


def k_nl_klachtenformulier(r):
    loc = "nl"
    name, parts = nm(r, loc)
    return Doc(
        f"KLACHTENFORMULIER LEZERSSERVICE — {outlet(r, loc)}\n\nNaam: {P(name)}\nAbonneenummer: {ACC(acct_no(r))}\n"
        f"Adres: {ADR(address(r, loc))}\nTelefoon: {PH(phone(r, loc))}\nE-mail: {EM(email_for(r, parts, loc=loc))}\n"
        f"Datum van het probleem: {DT(fdate(rand_date(r), loc, 'num'))}\n\n"
        f"Omschrijving: De krant is sinds {DT(fdate(rand_date(r), loc))} niet meer bezorgd. De bezorger laat hem bij de buren liggen "
        f"en de hond ({r.choice(PET_NAMES)}) sloopt hem dan.\n"
        f"Gewenste terugbelafspraak: {DT(fdatetime(r, loc))}\nBehandeld door: {P(full_name(r, loc))} — ticket {ref_no(r, 'KL')}\n")


def k_pl_umowa(r):
    loc = "pl"
    name, parts = nm(r, loc)
    d = rand_date(r)
    return Doc(
        f"UMOWA O DZIEŁO nr {r.randint(1, 99)}/{r.randint(2023, 2026)}\n\n"
        f"zawarta w dniu {DT(fdate(d, loc))}\nMiejsce zawarcia: {LOC(city(r, loc)[0])}\n\npomiędzy:\n"
        f"{outlet(r, loc)} sp. z o.o., zwaną dalej Zamawiającym,\na\n"
        f"{P(name)}, zam. {ADR(address(r, loc))}, tel. {PH(phone(r, loc))}, e-mail {EM(email_for(r, parts, loc=loc))}, "
        f"zwanym/ą dalej Wykonawcą.\n\n"
        f"§1. Wykonawca zobowiązuje się wykonać reportaż fotograficzny „{slug(r).replace('-', ' ')}” do dnia "
        f"{DT(fdate(d + timedelta(days=r.randint(7, 40)), loc, 'num'))}.\n"
        f"§2. Wynagrodzenie wynosi {money(r, 'zł', 800, 9000)} brutto i zostanie wypłacone przelewem na rachunek {IB(iban(r, 'PL'))}.\n"
        f"§3. Wykonawca przenosi na Zamawiającego autorskie prawa majątkowe do utworu.\n")


def k_sv_ackreditering(r):
    loc = "sv"
    name, parts = nm(r, loc)
    d = rand_date(r)
    return Doc(
        "ANSÖKAN OM PRESSACKREDITERING\n\n"
        f"Namn: {P(name)}\nFödelsedatum: {DOB(fdate(rand_dob(r, 1960, 2002), loc, r.choice(['long', 'num'])))}\n"
        f"Redaktion: {outlet(r, loc)}\nMobil: {PH(phone(r, loc))}\nE-post: {EM(email_for(r, parts, loc=loc))}\n"
        f"Adress: {ADR(address(r, loc))}\n\n"
        f"Evenemang: {r.choice(['Almedalsveckan', 'Bokmässan', 'riksdagens öppnande', 'VM i skidor'])} i {LOC(city(r, loc)[0])}, "
        f"{DT(fdate(d, loc))} – {DT(fdate(d + timedelta(days=r.randint(1, 6)), loc))}\n"
        f"Ansvarig utgivare: {P(full_name(r, loc))}\nPresskortsnummer: {digits(r, 6)}\n")


def k_da_abonnement(r):
    loc = "da"
    name, parts = nm(r, loc)
    return Doc(
        f"Emne: Bekræftelse af dit abonnement\n\nKære {P(parts[0])},\n\n"
        f"Tak for dit abonnement på {outlet(r, loc)}. Dit kundenummer er {ACC(acct_no(r))}.\n\n"
        f"Levering til: {ADR(address(r, loc))}\nFørste levering: {DT(fdate(rand_date(r), loc, weekday=True))}\n"
        f"Betaling: Betalingsservice fra reg.nr. {digits(r, 4)}, kontonr. {ACC(nz_digits(r, 10))}\n"
        f"Pris: {money(r, 'kr', 99, 699)} pr. måned\n\n"
        f"Har du spørgsmål, så ring til kundeservice på {PH(phone(r, loc, intl=False))} eller skriv til "
        f"{EM('kundeservice@' + site_of(r, loc))}.\n\nVenlig hilsen\nKundeservice\n")


def k_no_tips_chat(r):
    loc = "no"
    name, parts = nm(r, loc)
    vakt = full_name(r, loc)
    t = chat_times(r, 5, 17, 22)
    return Doc(
        "Tipslinjen — chatlogg\n"
        f"[{t[0]}] Tipser: Hei, jeg heter {P(name)} og bor i {LOC(city(r, loc)[0])}. Det har vært en brann i et lagerbygg.\n"
        f"[{t[1]}] Vaktsjef {P(vakt)}: Takk for tipset! Kan vi ringe deg?\n"
        f"[{t[2]}] Tipser: Ja, {PH(phone(r, loc))}. Eller e-post {EM(email_for(r, parts, loc=loc))}.\n"
        f"[{t[3]}] Tipser: Det skjedde {DT(fdatetime(r, loc))} ved {ADR(address(r, loc))}.\n"
        f"[{t[4]}] Vaktsjef {P(vakt.split()[0])}: Vi sender en fotograf. Tipshonorar utbetales etter publisering.\n")


def k_fi_lasku(r):
    loc = "fi"
    name, parts = nm(r, loc)
    d = rand_date(r)
    return Doc(
        f"LASKU nro {r.randint(100, 999)}\n\nLaskuttaja: {P(name)}\n{ADR(address(r, loc))}\n"
        f"Puh. {PH(phone(r, loc))}, sähköposti {EM(email_for(r, parts, loc=loc))}\n\n"
        f"Asiakas: {outlet(r, loc)}\nLaskun päivämäärä: {DT(fdate(d, loc, 'num'))}\n"
        f"Eräpäivä: {DT(fdate(d + timedelta(days=14), loc, 'num'))}\n"
        f"Viitenumero: {digits(r, 4)} {digits(r, 5)}\nTilinumero: {IB(iban(r, 'FI'))}\n\n"
        f"Kuvaus: juttu ja kuvat «{slug(r).replace('-', ' ')}», {r.randint(5, 20)}000 merkkiä\n"
        f"Yhteensä: {money(r, '€', 200, 2500)} (ALV 0 %, ei arvonlisäverovelvollinen)\n")


def k_cs_zadost_oprava(r):
    loc = "cs"
    name, parts = nm(r, loc)
    return Doc(
        f"{P(name)}\n{ADR(address(r, loc))}\n{EM(email_for(r, parts, loc=loc))}, tel. {PH(phone(r, loc))}\n\n"
        f"Redakce {outlet(r, loc)}\nMísto a datum: {LOC(city(r, loc)[0])}, {DT(fdate(rand_date(r), loc))}\n\n"
        f"Věc: Žádost o uveřejnění opravy\n\nVážená redakce,\n\n"
        f"v článku ze dne {DT(fdate(rand_date(r), loc, 'num'))} uveřejněném na {URL(article_url(r, site_of(r, loc)))} jste uvedli, "
        f"že {P(full_name(r, loc))} a já jsme vlastníky firmy, která získala zakázku na opravu mostu. To není pravda. "
        f"Žádám o uveřejnění opravy v souladu s tiskovým zákonem.\n\nS pozdravem\n{P(name)}\n")


def k_tr_abonelik(r):
    loc = "tr"
    name, parts = nm(r, loc)
    return Doc(
        f"Konu: Abonelik iptali ve iade talebi\n\nSayın Okur Temsilcisi,\n\n"
        f"{outlet(r, loc)} aboneliğimi ({ACC(acct_no(r))} numaralı) {DT(fdate(rand_date(r), loc))} tarihinden itibaren "
        f"iptal etmek istiyorum. Kalan ücretin {IB(iban(r, 'TR'))} IBAN numaralı hesabıma iade edilmesini rica ederim.\n\n"
        f"Adres: {ADR(address(r, loc))}\nTelefon: {PH(phone(r, loc))}\nE-posta: {EM(email_for(r, parts, loc=loc))}\n\n"
        f"Saygılarımla,\n{P(name)}\n")


def k_de_it_ticket(r):
    loc = r.choice(["de", "at"])
    name, parts = nm(r, loc)
    it = full_name(r, loc)
    user = ascii_fold(parts[0][0] + parts[-1]).lower().replace(" ", "")
    return Doc(
        f"Betreff: Zugang Redaktionssystem – Passwort zurückgesetzt [Ticket {ref_no(r, 'IT')}]\n\n"
        f"Hallo {P(parts[0])},\n\ndein Zugang zum Redaktionssystem wurde zurückgesetzt.\n\n"
        f"Benutzer: {user}\nTemporäres Passwort: {PW(password(r))}\nServer: {IP(ipv4(r, r.choice(['priv', 'pub'])))}\n"
        f"API-Token für den Agenturfeed: {SEC(generic_secret(r, r.choice(['hex40', 'opaque'])))}\n\n"
        f"Bitte ändere das Passwort bis {DT(fdatetime(r, loc))}. Das alte Token läuft nach {r.randint(2, 48)} Stunden ab.\n\n"
        f"Viele Grüße\n{P(it)}, IT-Support\nTel. {PH(phone(r, loc))}\n")


# ---------------------------------------------------------------------------
# Entity-free documents (hard negatives only)
# ---------------------------------------------------------------------------
def k_empty_build_log(r):
    base = log_ts(r)[:11]
    ts = [f"{base}{t}Z" for t in (f"{x[:5]}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}" for x in chat_times(r, 8, 0, 22))]
    it = iter(ts)
    lines = [
        f"{next(it)} [INFO] Starting build #{r.randint(1000, 9999)} for cms-frontend (branch main, commit {sha(r)})",
        f"{next(it)} [INFO] Node {version(r)}, npm {version(r)}, webpack {version(r)}",
        f"{next(it)} [WARN] {r.randint(2, 40)} deprecated packages; run audit {r.choice(['tomorrow', 'next sprint', 'after the election special'])}",
        f"{next(it)} [INFO] Compiled {r.randint(300, 4000)} modules in {duration(r)}",
        f"{next(it)} [INFO] Uploading assets to ${{ASSETS_BUCKET}} with ${{{{ secrets.DEPLOY_KEY }}}}",
        f"{next(it)} [INFO] Cache key {sha(r, 64)}",
        f"{next(it)} [INFO] Purged {r.randint(10, 900)} CDN paths (epoch {epoch(r)})",
        f"{next(it)} [INFO] Deploy {uuid4(r)} finished with exit code 0",
    ]
    return Doc("\n".join(lines[:r.randint(5, 8)]) + "\n")


def k_empty_ad_report(r):
    rows = ["io_number,placement,impressions,clicks,ctr,ecpm,spend"]
    for _ in range(r.randint(4, 8)):
        imp = r.randint(20000, 2000000)
        clk = r.randint(50, 9000)
        rows.append(f"{ref_no(r, 'IO')},{r.choice(['hp_takeover', 'article_inline', 'podcast_preroll', 'newsletter_native', 'video_midroll'])},"
                    f"{imp},{clk},{clk / imp * 100:.2f}%,{money(r, '$', 1, 40)},\"{money(r, '$', 200, 40000)}\"")
    return Doc(f"# Ad performance — all desks (last 7 days, generated automatically, report v{version(r)})\n"
               + "\n".join(rows) + f"\n# pacing {r.randint(60, 120)}% of goal; viewability {r.randint(40, 80)}%\n")


def k_empty_style_guide(r):
    return Doc(
        f"HOUSE STYLE — DATES, NUMBERS AND NAMES (excerpt, revision {version(r)})\n\n"
        "- Use the day of the week only for events within seven days: \"the council meets Tuesday\".\n"
        f"- Never abbreviate {r.choice(['Monday', 'Wednesday', 'Friday'])} in headlines.\n"
        f"- Decades and years take numerals: the 1990s, the {r.randint(2008, 2024)} census.\n"
        "- \"Yesterday\" and \"tomorrow\" are fine online; print uses the weekday instead.\n"
        "- Company names follow the company: Ben & Jerry's, Whitmore & Daughters Press, Abernathy Brothers Hardware.\n"
        f"- Product names keep their casing: {', '.join(r.sample(BRANDS, 3))}.\n"
        f"- Drug names are lowercase ({', '.join(r.sample(DRUGS, 2))}); diagnosis codes such as {r.choice(ICD)} stay out of copy.\n"
        f"- Book reviews cite the ISBN once, e.g. {isbn13(r)}.\n"
        f"- Durations: \"{r.randint(2, 9)} minutes {r.randint(1, 59)} seconds\", not \"{r.randint(2, 9)} min. {r.randint(10, 59)} sec.\".\n"
        f"- Pets in features may be named ({r.choice(PET_NAMES)} the terrier) but never in headlines.\n")


def k_empty_env_template(r):
    return Doc(
        "# .env.example — copy to .env and fill every value from the vault\n"
        "DATABASE_URL=${DATABASE_URL}\nSTRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}\n"
        "SLACK_BOT_TOKEN=${{ secrets.SLACK_BOT_TOKEN }}\nAWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\n"
        "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\nADMIN_PASSWORD=********\nSENDGRID_API_KEY=<redacted>\n"
        f"FEATURE_PAYWALL_V2={r.choice(['true', 'false'])}\nAPP_VERSION={version(r)}\nBUILD_SHA={sha(r)}\n"
        f"SESSION_TTL_SECONDS={r.choice([900, 3600, 86400])}\nMAX_UPLOAD_MB={r.choice([50, 200, 500])}\n")


def k_empty_payment_recon(r):
    rows = []
    for i in range(r.randint(3, 5)):
        kind = r.choice(["luhn", "mask", "ssn", "mask", "luhn"])
        if kind == "luhn":
            val, note = bad_card_number(r, r.choice([" ", "", "-"])), "PAN rejected: Luhn check failed"
        elif kind == "mask":
            val, note = masked_card(r), "matched"
        else:
            val, note = bad_ssn(r), "tax id rejected: invalid area number"
        rows.append(f"{i + 1} | {ref_no(r, 'ORD')} | {money(r, '$', 5, 300)} | {val} | {note}")
    return Doc(
        f"PAYMENT RECONCILIATION — batch {uuid4(r)}\nSandbox run; all values are synthetic and fail validation on purpose.\n\n"
        "Row | Order | Amount | Instrument | Result\n" + "\n".join(rows) +
        f"\n\nSettlement routing {nz_digits(r, 9)}, BIC {rs(r, UP, 4)}US{rs(r, UP, 2)}, escrow ESC-{digits(r, 7)}\n"
        f"Tracking 1Z{rs(r, UP + DIG, 16)} for the refunded gift box; claim {ref_no(r, 'CLM')} closed.\n")


def k_empty_de_druckauftrag(r):
    return Doc(
        f"AUFTRAGSBESTÄTIGUNG Nr. {ref_no(r, 'AB')}\n\n"
        f"Produkt: Wochenendbeilage, Auflage {r.randint(20, 400) * 1000} Exemplare, {r.choice([16, 24, 32, 48])} Seiten\n"
        f"Papier: {r.choice([42, 45, 52])} g/m², Rollenoffset, 4/4-farbig\n"
        f"Preis netto: {money(r, '€', 2000, 40000)}, zzgl. 7 % MwSt.\n"
        f"Liefertermin: nächste Woche, voraussichtlich {r.choice(['Donnerstag', 'Freitag'])}\n"
        f"Druckdaten: PDF/X-4, Vorlagenversion {version(r)}, Prüfsumme {sha(r, 32)}\n"
        f"Auftrags-ID: {uuid4(r)}\nBei Rückfragen bitte die Auftragsnummer angeben.\n")


def k_empty_fr_audience(r):
    return Doc(
        "RAPPORT D'AUDIENCE HEBDOMADAIRE (généré automatiquement)\n\n"
        f"Pages vues : {r.randint(100, 999)} {r.randint(100, 999)} ({r.choice(['+', '-'])}{r.randint(1, 15)} %)\n"
        f"Visiteurs uniques : {r.randint(50, 400)} {r.randint(100, 999)}\n"
        f"Durée moyenne de lecture : {r.randint(1, 4)} min {r.randint(1, 59)} s\n"
        f"Article le plus lu : réf. ART-{digits(r, 6)} ({r.randint(10, 90)} {r.randint(100, 999)} lectures)\n"
        f"Pic de trafic : {r.choice(['mardi', 'jeudi', 'dimanche'])}, lors de l'alerte info\n"
        f"Comparaison avec {r.randint(2019, 2024)} : +{r.randint(2, 30)} %\n"
        f"Lettres d'information envoyées : {r.randint(10, 99)} {r.randint(100, 999)}, taux d'ouverture {r.randint(20, 60)} %\n"
        f"Version du tableau de bord : {version(r)}\n")


def k_empty_es_changelog(r):
    return Doc(
        "REGISTRO DE CAMBIOS — aplicación de lectura\n\n"
        f"v{version(r)} ({sha(r)[:7]})\n- Corrige el cierre inesperado al abrir un pódcast (incidencia #{digits(r, 4)})\n"
        f"- Reduce el tiempo de carga de portada en {r.randint(80, 600)} ms\n\n"
        f"v{version(r)} ({sha(r)[:7]})\n- Nuevo modo oscuro y tamaño de letra ajustable\n"
        f"- Los crucigramas se sincronizan cada {r.randint(5, 30)} minutos\n\n"
        f"Próxima versión: dentro de dos semanas, pendiente de revisión en {r.choice(['la tienda de aplicaciones', 'las tiendas'])}.\n")


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
KINDS = [
    # English, with entities
    ("tip_email", "en", False, k_tip_email),
    ("subscription_form", "en", False, k_subscription_form),
    ("support_ticket", "en", False, k_support_ticket),
    ("interview_notes", "en", False, k_interview_notes),
    ("model_release", "en", False, k_model_release),
    ("freelancer_invoice", "en", False, k_freelancer_invoice),
    ("w9_form", "en", False, k_w9_form),
    ("adtech_bid_log", "en", False, k_adtech_bid_log),
    ("podcast_host_yaml", "en", False, k_podcast_host_yaml),
    ("cms_env", "en", False, k_cms_env),
    ("stripe_webhook", "en", False, k_stripe_webhook),
    ("slack_chat", "en", False, k_slack_chat),
    ("editorial_ics", "en", False, k_editorial_ics),
    ("legal_review", "en", False, k_legal_review),
    ("correction_letter", "en", False, k_correction_letter),
    ("press_credential", "en", False, k_press_credential),
    ("expense_report", "en", False, k_expense_report),
    ("benefits_enrollment", "en", False, k_benefits_enrollment),
    ("hl7_staff_clinic", "en", False, k_hl7_clinic),
    ("subscriber_csv", "en", False, k_subscriber_csv),
    ("gh_workflow", "en", False, k_gh_workflow),
    ("k8s_secret", "en", False, k_k8s_secret),
    ("llm_summarize_interview", "en", False, k_llm_summarize_interview),
    ("llm_reply_draft", "en", False, k_llm_reply_draft),
    ("podcast_guest_email", "en", False, k_podcast_guest_email),
    ("ad_campaign_brief", "en", False, k_ad_campaign_brief),
    ("syndication_http", "en", False, k_syndication_http),
    ("nginx_log", "en", False, k_nginx_log),
    ("cms_audit_jsonl", "en", False, k_cms_audit),
    ("carrier_route_sheet", "en", False, k_carrier_route),
    ("donation_receipt", "en", False, k_donation_receipt),
    ("fact_check_log", "en", False, k_fact_check),
    ("exif_dump", "en", False, k_exif_dump),
    ("court_docket_notes", "en", False, k_court_docket),
    ("it_ticket_pem", "en", False, k_it_ticket_pem),
    ("aws_credentials", "en", False, k_aws_credentials),
    ("docker_compose", "en", False, k_docker_compose),
    ("wire_feed_config", "en", False, k_wire_feed_config),
    ("nitf_xml", "en", False, k_nitf_xml),
    ("securedrop_intake", "en", False, k_securedrop_intake),
    ("payment_failed_email", "en", False, k_payment_failed_email),
    ("background_check", "en", False, k_background_check),
    ("call_in_screener", "en", False, k_call_in_screener),
    ("royalty_statement", "en", False, k_royalty_statement),
    ("vcard_export", "en", False, k_vcard),
    ("jwt_support_chat", "en", False, k_jwt_support_chat),
    ("direct_deposit_form", "en", False, k_direct_deposit),
    ("fhir_patient", "en", False, k_fhir_patient),
    ("x12_834_enrollment", "en", False, k_x12_834),
    ("obituary_submission", "en", False, k_obituary),
    ("podcast_transcript", "en", False, k_podcast_transcript),
    ("sql_subscribers_dump", "en", False, k_sql_subscribers),
    ("letters_to_editor", "en", False, k_letters_to_editor),
    ("event_registration_json", "en", False, k_event_registration),
    ("terraform_tfvars", "en", False, k_terraform_tfvars),
    # other languages, with entities
    ("de_abo_kuendigung", "de", False, k_de_abo_kuendigung),
    ("de_it_ticket", "de", False, k_de_it_ticket),
    ("at_honorarnote", "de", False, k_at_honorarnote),
    ("fr_droit_de_reponse", "fr", False, k_fr_droit_reponse),
    ("fr_autorisation_image", "fr", False, k_fr_autorisation_image),
    ("fr_conference_redaction", "fr", False, k_fr_conf_redaction),
    ("es_notas_fuente", "es", False, k_es_notas_fuente),
    ("es_factura_colaborador", "es", False, k_es_factura),
    ("es_podcast_api", "es", False, k_es_podcast_api),
    ("it_liberatoria_immagine", "it", False, k_it_liberatoria),
    ("it_podcast_ospite", "it", False, k_it_podcast_ospite),
    ("pt_cancelamento", "pt", False, k_pt_cancelamento),
    ("nl_klachtenformulier", "nl", False, k_nl_klachtenformulier),
    ("pl_umowa_o_dzielo", "pl", False, k_pl_umowa),
    ("sv_pressackreditering", "sv", False, k_sv_ackreditering),
    ("da_abonnement", "da", False, k_da_abonnement),
    ("no_tips_chat", "no", False, k_no_tips_chat),
    ("fi_lasku", "fi", False, k_fi_lasku),
    ("cs_zadost_oprava", "cs", False, k_cs_zadost_oprava),
    ("tr_abonelik_iptal", "tr", False, k_tr_abonelik),
    # no entities, hard negatives only
    ("empty_build_log", "en", True, k_empty_build_log),
    ("empty_ad_report", "en", True, k_empty_ad_report),
    ("empty_style_guide", "en", True, k_empty_style_guide),
    ("empty_env_template", "en", True, k_empty_env_template),
    ("empty_payment_recon", "en", True, k_empty_payment_recon),
    ("empty_de_druckauftrag", "de", True, k_empty_de_druckauftrag),
    ("empty_fr_audience", "fr", True, k_empty_fr_audience),
    ("empty_es_changelog", "es", True, k_empty_es_changelog),
]

_EMPTY = [k for k in KINDS if k[2]]
_FOREIGN = [k for k in KINDS if not k[2] and k[1] != "en"]
_ENGLISH = [k for k in KINDS if not k[2] and k[1] == "en"]
P_EMPTY, P_FOREIGN = 0.12, 0.215

PAD = {
    "en": "This document was generated automatically; no action is required.",
    "de": "Dieses Dokument wurde automatisch erstellt; es ist keine Aktion erforderlich.",
    "fr": "Ce document a été généré automatiquement ; aucune action n'est requise.",
    "es": "Este documento se generó automáticamente; no se requiere ninguna acción.",
    "it": "Questo documento è stato generato automaticamente; non è richiesta alcuna azione.",
    "pt": "Este documento foi gerado automaticamente; não é necessária qualquer ação.",
    "nl": "Dit document is automatisch gegenereerd; er is geen actie nodig.",
    "pl": "Ten dokument został wygenerowany automatycznie; nie są wymagane żadne działania.",
    "sv": "Detta dokument har skapats automatiskt; ingen åtgärd krävs.",
    "da": "Dette dokument er genereret automatisk; ingen handling er påkrævet.",
    "no": "Dette dokumentet ble generert automatisk; ingen handling er nødvendig.",
    "fi": "Tämä asiakirja on luotu automaattisesti; toimenpiteitä ei tarvita.",
    "cs": "Tento dokument byl vytvořen automaticky; není nutná žádná akce.",
    "tr": "Bu belge otomatik olarak oluşturulmuştur; herhangi bir işlem gerekmez.",
}


def _make(seed, i):
    r = random.Random(f"blind60-{seed}-{i}")
    u = r.random()
    pool = _EMPTY if u < P_EMPTY else (_FOREIGN if u < P_EMPTY + P_FOREIGN else _ENGLISH)
    name, lang, _is_empty, fn = r.choice(pool)
    for _ in range(50):
        b = fn(r)
        text = b.text()
        if len(text) <= MAX_LEN:
            break
    else:
        raise RuntimeError(f"{name}: could not build a document under {MAX_LEN} characters")
    while len(text) < MIN_LEN:
        text += ("\n" if text.endswith("\n") else "\n\n") + PAD[lang] + "\n"
    ents = sorted((dict(e) for e in b.ents), key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"blind60-{seed}-{i:06d}", "text": text, "entities": ents}
    return name, lang, doc


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[2]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
_RX = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z0-9]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}"),
    "SLACK_TOKEN": re.compile(r"xox[abposr]-\d+-\d+(-\d+)?-[A-Za-z0-9]+"),
    "STRIPE_KEY": re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}"),
    "JWT": re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN ([A-Z]+ )*PRIVATE KEY-----.+-----END ([A-Z]+ )*PRIVATE KEY-----", re.S),
    "URL": re.compile(r"https?://[^\s\"'<>]+"),
    "PHONE_NUMBER": re.compile(r"\+?[\d ()./-]+"),
    "US_SSN": re.compile(r"(\d{3})([- ]?)(\d{2})\2(\d{4})"),
    "CREDIT_CARD": re.compile(r"\d[\d -]{11,22}\d"),
}


def _shape_problems(typ, val):
    out = []
    rx = _RX.get(typ)
    if rx is not None and not rx.fullmatch(val):
        out.append(f"{typ} has a bad shape: {val[:60]!r}")
        return out
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", val)
        if not (13 <= len(d) <= 19) or not luhn_ok(d):
            out.append(f"CREDIT_CARD fails Luhn: {val!r}")
    elif typ == "IBAN_CODE":
        if not iban_ok(val):
            out.append(f"IBAN_CODE fails mod-97: {val!r}")
    elif typ == "US_SSN":
        m = _RX["US_SSN"].fullmatch(val)
        area, group, serial = m.group(1), m.group(3), m.group(4)
        if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
            out.append(f"US_SSN invalid area/group/serial: {val!r}")
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(val)
        except ValueError:
            out.append(f"IP_ADDRESS not an address: {val!r}")
    elif typ == "URL":
        host = val.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0]
        if "@" in val or re.fullmatch(r"[\d.:\[\]]+", host):
            out.append(f"URL contains an e-mail or IP: {val!r}")
    elif typ == "PHONE_NUMBER":
        nd = sum(c.isdigit() for c in val)
        if not 7 <= nd <= 15:
            out.append(f"PHONE_NUMBER digit count {nd}: {val!r}")
    elif typ in ("PASSWORD", "GENERIC_SECRET"):
        if len(val) < 6 or re.search(r"\s", val) or "${" in val:
            out.append(f"{typ} implausible: {val!r}")
    elif typ == "PRIVATE_KEY":
        pass
    if typ not in ("ADDRESS", "PRIVATE_KEY") and "\n" in val:
        out.append(f"{typ} spans a line break: {val[:60]!r}")
    return out


def validate(doc) -> list:
    problems = []
    text = doc.get("text")
    ents = doc.get("entities")
    if not isinstance(text, str) or not isinstance(ents, list):
        return ["document lacks text or entities"]
    if not isinstance(doc.get("id"), str) or not doc["id"].startswith("blind60-"):
        problems.append("bad id")
    if not MIN_LEN <= len(text) <= MAX_LEN:
        problems.append(f"length {len(text)} outside {MIN_LEN}-{MAX_LEN}")
    if _LM in text or _RM in text:
        problems.append("markup left in text")
    prev_end, prev_start = -1, -1
    for e in ents:
        s, t, typ = e.get("start"), e.get("end"), e.get("type")
        if not (isinstance(s, int) and isinstance(t, int)) or not 0 <= s < t <= len(text):
            problems.append(f"span out of range: {e}")
            continue
        if typ not in _TYPESET:
            problems.append(f"unknown type {typ!r}")
        if s < prev_start:
            problems.append(f"entities not sorted at {s}")
        if s < prev_end:
            problems.append(f"overlapping span at {s}-{t}")
        prev_start, prev_end = s, max(prev_end, t)
        val = text[s:t]
        if val != val.strip():
            problems.append(f"span has surrounding whitespace: {val!r}")
        if typ in _TYPESET:
            problems.extend(_shape_problems(typ, val))
    return problems


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _check(n=3000, seed=0):
    from collections import Counter
    bad = 0
    kinds, langs, types = Counter(), Counter(), Counter()
    empty = 0
    lengths = []
    empty_kinds = {k[0] for k in _EMPTY}
    for i in range(n):
        name, lang, doc = _make(seed, i)
        probs = validate(doc)
        if name in empty_kinds and doc["entities"]:
            probs.append("entity-free kind produced entities")
        if name not in empty_kinds and not doc["entities"]:
            probs.append("entity kind produced no entities")
        if probs:
            bad += len(probs)
            for p in probs[:5]:
                print(f"{doc['id']} [{name}] {p}")
        kinds[name] += 1
        langs[lang] += 1
        empty += not doc["entities"]
        lengths.append(len(doc["text"]))
        for e in doc["entities"]:
            types[e["type"]] += 1
    missing = [t for t in TYPES if not types[t]]
    print(f"documents: {n}  kinds defined: {len(KINDS)}  kinds seen: {len(kinds)}")
    print(f"non-English: {100 * (n - langs['en']) / n:.1f}%  entity-free: {100 * empty / n:.1f}%  "
          f"length min/avg/max: {min(lengths)}/{sum(lengths) // n}/{max(lengths)}")
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("entities: " + ", ".join(f"{t}={types[t]}" for t in TYPES))
    if missing:
        print("MISSING TYPES: " + ", ".join(missing))
    print(f"problems: {bad}")
    return 1 if (bad or missing) else 0


def _sample(k, seed=0):
    for i in range(k):
        name, lang, doc = _make(seed, i)
        print("=" * 78)
        print(f"{doc['id']}  kind={name}  lang={lang}  chars={len(doc['text'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  {e['type']:<22} [{e['start']}:{e['end']}] {doc['text'][e['start']:e['end']]!r}")
        if not doc["entities"]:
            print("  (no entities)")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 60 -- media, publishing and journalism.")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate them")
    ap.add_argument("--sample", type=int, metavar="K", help="print K docs with their labelled spans")
    ap.add_argument("--n", type=int, default=1000, help="number of documents to write")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl", help="write JSONL here")
    a = ap.parse_args(argv)
    rc = 0
    if a.check:
        rc = _check(3000, a.seed)
    if a.sample:
        _sample(a.sample, a.seed)
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} documents to {a.output}", file=sys.stderr)
    if not (a.check or a.sample or a.output):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
