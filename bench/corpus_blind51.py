#!/usr/bin/env python3
"""Blind corpus 51: telecom operators, ISPs and network operations.

Synthetic documents: customer care tickets and chats, number porting, SIM swap
verification, billing, NOC incident logs, router/CPE configs with leaked
credentials, CDR exports, field work orders, prepaid-SIM KYC in many countries,
RADIUS/syslog snippets, outage notifications.  All data is fake.

Usage:  corpus_blind51.py --check | --sample K | --n N --seed S --output F.jsonl

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
import uuid
from collections import Counter
from datetime import date, timedelta
from urllib.parse import urlparse

# ---------------------------------------------------------------------------
# entity type names, exactly as spelled in the conventions above
# ---------------------------------------------------------------------------
PER, EMAIL, PHONE, SSN = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN"
CARD, IBAN, IP, DOB = "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH"
DT, LOC, ADDR, URL = "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACCT, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
                      "ACCOUNT_NUMBER", "DRIVER_LICENSE")
AWSK, AWSS, GH, SLK = "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN"
STRIPE, JWT, PK, PWD, SEC = "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"
ALL_TYPES = [PER, EMAIL, PHONE, SSN, CARD, IBAN, IP, DOB, DT, LOC, ADDR, URL, MRN,
             HPN, ACCT, DL, AWSK, AWSS, GH, SLK, STRIPE, JWT, PK, PWD, SEC]


# ---------------------------------------------------------------------------
# Builder: spans are recorded while the text is appended
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self._parts: list[str] = []
        self._len = 0
        self.entities: list[dict] = []

    def add(self, s: str) -> "Builder":
        self._parts.append(s)
        self._len += len(s)
        return self

    def ent(self, s: str, typ: str | None) -> "Builder":
        if not typ:
            return self.add(s)
        if not s or s != s.strip():
            raise ValueError(f"bad entity value {s!r} ({typ})")
        self.entities.append({"start": self._len, "end": self._len + len(s), "type": typ})
        return self.add(s)

    def put(self, a) -> "Builder":
        if a is None:
            return self
        if isinstance(a, tuple):
            return self.ent(a[0], a[1])
        if isinstance(a, list):
            for x in a:
                self.put(x)
            return self
        return self.add(str(a))

    def f(self, fmt: str, *args) -> "Builder":
        """str.format-like: each '{}' / '{:spec}' takes the next arg; entity args are
        (value, TYPE) tuples or lists; a width spec pads entities outside the span."""
        it = iter(args)
        n = 0
        for lit, field, spec, _conv in _FMT.parse(fmt):
            self.add(lit)
            if field is None:
                continue
            if field != "":
                raise ValueError(f"only positional fields allowed: {fmt!r}")
            a = next(it)
            n += 1
            if isinstance(a, (tuple, list)) or a is None:
                m = re.fullmatch(r"([<>]?)(\d+)", spec or "")
                width = int(m.group(2)) if m else 0
                plain = _plain(a)
                if m and m.group(1) == ">":
                    self.add(" " * max(0, width - len(plain)))
                    self.put(a)
                else:
                    self.put(a)
                    self.add(" " * max(0, width - len(plain)))
            else:
                self.add(format(a, spec))
        if n != len(args):
            raise ValueError(f"placeholder mismatch in {fmt!r}")
        return self

    def t(self, tpl: str, **kw) -> "Builder":
        """Append tpl, replacing {NAME} placeholders by kw values (str, (value, TYPE) or list)."""
        for i, part in enumerate(re.split(r"\{([A-Z][A-Z0-9_]*)\}", tpl)):
            if i % 2:
                self.put(kw[part])
            else:
                self.add(part)
        return self

    def kvs(self, pairs, sep: str = ": ") -> "Builder":
        for label, val in pairs:
            self.kv(label, val, sep)
        return self

    def kv(self, label: str, val, sep: str = ": ", end: str = "\n") -> "Builder":
        self.add(label + sep)
        self.put(val)
        return self.add(end)

    def text(self) -> str:
        return "".join(self._parts)


_FMT = string.Formatter()


def _plain(a):
    if a is None:
        return ""
    if isinstance(a, tuple):
        return a[0]
    if isinstance(a, list):
        return "".join(_plain(x) for x in a)
    return str(a)


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
DIG, UP, LOW = "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LOW + DIG


_FILL = {"#": DIG, "N": "123456789", "M": "23456789", "A": UP, "a": LOW, "X": UP + DIG, "x": LOW + DIG,
         "h": "0123456789abcdef", "H": "0123456789ABCDEF"}


def fill(r, pat):
    """'#' digit, 'N' 1-9, 'M' 2-9, 'A' A-Z, 'a' a-z, 'X' A-Z0-9, 'x' [a-z0-9], 'h'/'H' hex."""
    return "".join(r.choice(_FILL[ch]) if ch in _FILL else ch for ch in pat)


def ufill(r, pat):
    """restricted fill for unit/flat patterns: '#' digit, 'N' 1-9, '@' A-Z"""
    return "".join(r.choice(DIG) if c == "#" else r.choice("123456789") if c == "N" else
                   r.choice("ABCDEFGH") if c == "@" else c for c in pat)


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def pick(r, s):
    """choice from a whitespace separated string ('_' becomes a space) or a list"""
    if isinstance(s, str):
        s = s.split()
    return r.choice(s).replace("_", " ")


def chance(r, p):
    return r.random() < p


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l")
    s = s.replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------------------
# checksummed identifiers
# ---------------------------------------------------------------------------
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CARD_BRANDS = [("Visa", ["4"], 16), ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2720"], 16),
               ("American Express", ["34", "37"], 15), ("Discover", ["6011", "65"], 16),
               ("JCB", ["3528", "3589"], 16), ("Visa", ["4"], 16), ("Mastercard", ["5"], 16)]


def card_number(r, brand=None, sep=None, valid=True):
    name, prefixes, ln = r.choice([b for b in CARD_BRANDS if brand in (None, b[0])])
    p = r.choice(prefixes)
    if p == "5":
        p = r.choice(["51", "52", "53", "54", "55"])
    body = p + fill(r, "#" * (ln - 1 - len(p)))
    num = body + luhn_digit(body)
    if not valid:
        num = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
    if sep is None:
        sep = r.choice([" ", " ", "-", ""])
    groups = [4, 6, 5] if ln == 15 else [4, 4, 4, 4]
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out), name


IBAN_BBAN = {"DE": "##################", "AT": "################", "CH": "#################",
             "FR": "#######################", "BE": "############", "ES": "####################",
             "IT": "A######################", "PT": "#####################", "NL": "BANK##########",
             "PL": "########################", "SE": "####################", "DK": "##############",
             "NO": "###########", "FI": "##############", "CZ": "####################",
             "TR": "#####0################", "GB": "BANK##############", "IE": "BANK##############",
             "LU": "################"}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "ES": 24, "IT": 27, "PT": 25, "NL": 18,
            "PL": 28, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "CZ": 24, "TR": 26, "GB": 22, "IE": 22,
            "LU": 20}
BANK_CODES = {"NL": "ABNA RABO INGB TRIO BUNQ SNSB ASNB KNAB", "GB": "NWBK BARC LOYD HBUK MIDL",
              "IE": "AIBK BOFI IPBS ULSB"}


def iban_checkdigits(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    t = s[4:] + s[:4]
    if not t.isalnum():
        return False
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_iban(r, cc, grouped=None):
    pat = IBAN_BBAN[cc]
    if pat.startswith("BANK"):
        bban = pick(r, BANK_CODES[cc]) + fill(r, pat[4:])
    else:
        bban = fill(r, pat)
    raw = cc + iban_checkdigits(cc, bban) + bban
    if grouped is None:
        grouped = chance(r, 0.6)
    if grouped:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def make_ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def bad_ssn(r):
    a = r.choice([0, 666, r.randint(900, 999)])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, se = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and se > 0


# ---------------------------------------------------------------------------
# fake secrets (well formed)
# ---------------------------------------------------------------------------
def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def aws_key(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, UP + "234567")


def aws_secret(r):
    return rs(r, 39, ALNUM + "/+") + r.choice(ALNUM)


def gh_token(r):
    if chance(r, 0.2):
        return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)


def slack_token(r):
    if chance(r, 0.7):
        return "xoxb-" + fill(r, "N" + "#" * 10) + "-" + fill(r, "N" + "#" * 12) + "-" + rs(r, 24)
    return "xoxp-" + fill(r, "N" + "#" * 10) + "-" + fill(r, "N" + "#" * 10) + "-" + \
        fill(r, "N" + "#" * 12) + "-" + fill(r, "h" * 32)


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 99]))


def make_jwt(r, claims=None):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if claims is None:
        claims = {"sub": fill(r, "########"), "scope": "selfcare"}
    claims = dict(claims)
    claims.setdefault("iat", r.randint(1690000000, 1750000000))
    claims["exp"] = claims["iat"] + r.choice([900, 3600, 86400])
    sig = rbytes(r, 64 if hdr["alg"] == "RS256" else 32)
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(claims, separators=(",", ":")).encode()), b64u(sig)])


def pem_key(r):
    label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(rbytes(r, 48 * r.randint(5, 9))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


PW_WORDS = ("Sommer Winter Falcon Glasfaser Fibre Router Kestrel Aurora Delfin Tiger Marmot Nordlys Sisu "
            "Lumiere Estrela Tulipan Cobalt Granite Orion Panda Kiwi Mango Sahara Vesuvio Fjord Polaris").split()


def password(r):
    k = r.random()
    if k < 0.45:
        w = r.choice(PW_WORDS)
        return w + r.choice(["", "_", "-", "!", "#", "@", "."]) + fill(r, r.choice(["##", "###", "####"])) + \
            r.choice(["", "x", "Q", "k", "!z", "$a"])
    if k < 0.85:
        body = rs(r, r.randint(8, 14), ALNUM + "!#$%&*-_=+?")
        return r.choice(ALNUM) + body + r.choice(ALNUM)
    return r.choice(PW_WORDS).lower() + r.choice(["-", "."]) + r.choice(PW_WORDS).lower() + \
        r.choice(["-", "."]) + fill(r, "##")


def passcode(r):
    return fill(r, "#" * r.choice([4, 6, 6, 8]))


def generic_secret(r):
    return r.choice([lambda: fill(r, "h" * 32), lambda: "whsec_" + rs(r, 32), lambda: fill(r, "h" * 40),
                     lambda: "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_"),
                     lambda: "key-" + fill(r, "h" * 32), lambda: base64.b64encode(rbytes(r, 30)).decode(),
                     lambda: "tok_" + rs(r, 40), lambda: rs(r, 48),
                     lambda: "ak-" + fill(r, "hhhhhhhh-hhhh-hhhh-hhhh-hhhhhhhhhhhh") + "-" + rs(r, 16)])()


# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------
def neg_uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def neg_sha(r, n=40):
    return fill(r, "h" * n)


def neg_ticket(r):
    return r.choice(["INC00" + fill(r, "#####"), fill(r, "TT-202#-00####"), "CHG00" + fill(r, "#####"),
                     fill(r, "CS-#######"), "NOC-" + fill(r, "#####"), fill(r, "SR#########"),
                     fill(r, "#######"), fill(r, "PRB00####"), fill(r, "WO-####-#####")])


def neg_version(r):
    return f"{r.randint(1, 19)}.{r.randint(0, 12)}.{r.randint(0, 40)}"


def neg_imei(r):
    body = r.choice(["35", "35", "86", "01", "99"]) + fill(r, "############")
    return body + luhn_digit(body)


def neg_imsi(r, mccmnc="26201"):
    return mccmnc + fill(r, "#" * (15 - len(mccmnc)))


def neg_iccid(r, cc="49"):
    body = "89" + cc + fill(r, "#" * 14)
    return body + luhn_digit(body)


def neg_mac(r):
    b = [r.getrandbits(8) for _ in range(6)]
    k = r.randint(0, 2)
    if k == 0:
        return ":".join(f"{x:02x}" for x in b)
    if k == 1:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"


def neg_masked_card(r):
    last = fill(r, "####")
    return r.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}",
                     f"ending in {last}", f"************{last}"])


def neg_masked_iban(r, cc="DE"):
    return r.choice([f"{cc}** **** **** **** {fill(r, '##')}", f"{cc}XX XXXX XXXX XXXX XX{fill(r, '##')}",
                     f"****{fill(r, '####')}"])


def neg_luhn_bad16(r):
    return card_number(r, "Visa", sep=r.choice([" ", "-", ""]), valid=False)[0]


def neg_epoch(r):
    return str(r.randint(1680000000, 1760000000))


def neg_plate(r, cc="DE"):
    pats = {"DE": "AA-AA ####", "FR": "AA-###-AA", "GB": "AA## AAA", "ES": "#### AAA", "IT": "AA ###AA",
            "NL": "##-AAA-#", "PL": "AA #####", "US": "#AAA###", "SE": "AAA ##A", "FI": "AAA-###",
            "DK": "AA ## ###", "NO": "AA #####", "CZ": "#A# ####", "TR": "## AAA ##", "PT": "AA-##-AA"}
    return fill(r, pats.get(cc, "AA-####"))


def neg_bic(r, cc="DE"):
    return rs(r, 4, UP) + cc + rs(r, 2, UP + DIG) + r.choice(["", "XXX", fill(r, "###")])


def neg_asn(r):
    return "AS" + str(r.choice([r.randint(64512, 65534), r.randint(1000, 60000)]))


def neg_serial(r):
    return r.choice(["HWTC" + fill(r, "HHHHHHHH"), "ALCL" + fill(r, "HHHHHHHH"),
                     "ZTEG" + fill(r, "HHHHHHHH"), fill(r, "SN##AX#####"), fill(r, "A###H##AAA###")])


def creditor_id(r, cc="DE"):
    """SEPA creditor identifier: IBAN-like but not an IBAN (hard negative)."""
    nat = fill(r, "0#########" if cc != "NL" else "##########")
    chk = iban_checkdigits(cc, nat)
    return f"{cc}{chk}ZZZ{nat}"


DEVICES = ["iPhone 15 Pro", "iPhone 13", "Galaxy S23", "Galaxy A54", "Pixel 8", "Xiaomi 13T", "Moto g84",
           "Fritz!Box 7590", "Nokia G-240W-F", "Huawei HG8245H", "ZTE F670L", "TP-Link Archer AX55",
           "Netgear Nighthawk M6", "Sagemcom F@st 5670", "Zyxel VMG8825", "AVM Fritz!Box 6660"]


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
# culture: (male given names, female given names, surnames[, female surnames])
CULT = {
    "us": ("James Michael Robert David William Christopher Daniel Matthew Anthony Kevin Brian Tyler Jordan Marcus",
           "Mary Jennifer Linda Patricia Elizabeth Jessica Sarah Ashley Emily Megan Brittany Lauren Kimberly Rachel",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson White Harris "
           "Martin Thompson Robinson Clark Lewis Walker Hall Young Allen Wright Scott Green Baker Adams Nelson "
           "Carter Mitchell Campbell Parker Evans Turner Collins Murphy Cooper Reed Bailey Kelly Howard Ward"),
    "gb": ("Oliver Harry George Jack Charlie Thomas Alfie Callum Rhys Owen Liam Declan Angus Gareth",
           "Olivia Amelia Isla Ava Emily Sophie Chloe Niamh Siobhan Bethan Eleanor Charlotte Fiona Imogen",
           "Smith Jones Taylor Brown Williams Wilson Davies Robinson Wright Thompson Evans Walker Roberts Green "
           "Hall Wood Clarke Hughes Edwards O'Brien McDonald Fraser Campbell Lloyd Morgan Price MacLeod Ferguson"),
    "de": ("Lukas Jonas Maximilian Felix Leon Paul Tobias Stefan Jürgen Klaus Dieter Matthias Sebastian Florian Uwe",
           "Anna Lena Laura Julia Sabine Petra Ursula Katrin Monika Claudia Jana Sophie Marie Heike Annika",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
           "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Köhler"),
    "fr": ("Jean Pierre Louis Lucas Hugo Théo Nicolas Julien Antoine Mathieu François Olivier Thierry Yannick",
           "Marie Camille Léa Manon Chloé Inès Sophie Nathalie Isabelle Céline Aurélie Élodie Margaux Sandrine",
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
           "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet"),
    "es": ("Antonio José Manuel Francisco David Juan Javier Daniel Carlos Alejandro Pablo Sergio Álvaro Jorge",
           "María Carmen Ana Laura Isabel Lucía Marta Cristina Paula Elena Sofía Raquel Pilar Rocío Beatriz",
           "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández "
           "Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Serrano"),
    "it": ("Marco Giuseppe Luca Francesco Alessandro Andrea Matteo Lorenzo Davide Simone Giovanni Stefano Paolo",
           "Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elena Silvia Paola Roberta Ilaria",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
           "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso"),
    "pt": ("João José António Francisco Pedro Tiago Rui Miguel Diogo Gonçalo Rodrigo Bruno Luís Nuno Thiago",
           "Maria Ana Beatriz Mariana Inês Sofia Catarina Joana Rita Carolina Leonor Marta Fernanda Juliana",
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes "
           "Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Barbosa Araújo"),
    "nl": ("Daan Sem Lucas Levi Bram Thijs Jeroen Pieter Willem Ruben Joris Sander Bas Maarten Niels",
           "Emma Julia Sophie Lotte Fleur Anouk Sanne Eva Lieke Femke Iris Marieke Noor Esther Ilse",
           "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssens Visser Smit Meijer de_Boer Mulder "
           "de_Groot Bos Vos Peeters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Claes Maes"),
    "pl": ("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Kamil Mateusz Grzegorz Wojciech",
           "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Zofia Karolina",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
           "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk",
           "Nowak Kowalska Wiśniewska Wójcik Kowalczyk Kamińska Lewandowska Zielińska Szymańska Woźniak "
           "Dąbrowska Kozłowska Jankowska Mazur Kwiatkowska Krawczyk"),
    "sv": ("Erik Lars Karl Anders Johan Per Nils Mikael Oskar Gustav Axel Emil Henrik Fredrik",
           "Anna Eva Karin Sara Elsa Astrid Ingrid Maja Linnea Ebba Wilma Frida Johanna Agnes",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
           "Pettersson Lindberg Lindqvist Lundgren Bergström Sjöberg Holm Åberg Ekström"),
    "da": ("Mads Rasmus Mikkel Frederik Søren Jens Niels Anders Christian Morten Kasper Jesper",
           "Mette Anne Sofie Ida Freja Camilla Louise Signe Maja Line Katrine Pernille Trine",
           "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Madsen "
           "Kristensen Thomsen Poulsen Møller Mortensen Østergaard"),
    "no": ("Ole Lars Knut Jon Bjørn Håkon Magnus Sindre Eirik Sverre Tor Arne Kristian",
           "Ingrid Kari Solveig Nora Sigrid Ragnhild Marit Tone Hilde Silje Ingeborg Synnøve Hanne",
           "Hansen Johansen Olsen Larsen Andersen Nilsen Kristiansen Karlsen Berg Haugen Hagen Johnsen Bakken "
           "Dahl Lie Solberg Strand Eide Lunde Haugland Bjørnstad"),
    "fi": ("Juha Mikko Jari Timo Matti Antti Jukka Ville Aleksi Eero Lauri Otto Onni Pekka",
           "Anne Tiina Päivi Sari Johanna Aino Eveliina Helmi Riikka Satu Kaisa Noora Minna",
           "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
           "Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen"),
    "cs": ("Jan Jiří Petr Josef Pavel Martin Tomáš Jaroslav Lukáš Miroslav Zdeněk Václav Ondřej Vojtěch",
           "Jana Marie Eva Hana Lenka Kateřina Lucie Věra Alena Petra Tereza Veronika Zuzana",
           "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Pospíšil Hájek Král",
           "Nováková Svobodová Novotná Dvořáková Černá Procházková Kučerová Veselá Horáková Němcová Pokorná "
           "Pospíšilová Hájková Králová"),
    "tr": ("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Can Oğuz Serkan Kerem",
           "Ayşe Fatma Emine Zeynep Elif Merve Özlem Büşra Esra Derya Selin Gülşen Hülya Ebru",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
           "Çetin Kara Koç Kurt Özkan Şimşek"),
    "in": ("Rahul Amit Vikram Arjun Rohan Sanjay Suresh Rajesh Karthik Aditya Pranav Nikhil Venkat Deepak",
           "Priya Ananya Kavya Sneha Pooja Divya Lakshmi Meera Neha Aishwarya Shreya Deepika Anjali Swati",
           "Sharma Patel Gupta Singh Kumar Reddy Iyer Nair Rao Mehta Joshi Desai Chatterjee Banerjee Menon "
           "Pillai Verma Agarwal Krishnan Subramanian"),
    "cn": ("Wei Jun Hao Lei Ming Jian Tao Bo Zhiwei Haoran Yichen Zihan Jie",
           "Na Fang Xiu Ying Mei Jing Yan Xin Hui Xiaoling Yiting Qian Lan",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo"),
    "jp": ("Haruto Yuto Sota Ren Takumi Hiroshi Kenji Takeshi Daiki Kazuki Shota Yusuke Naoki",
           "Yui Aoi Sakura Hina Akiko Yoko Keiko Naomi Emi Haruka Misaki Ayaka Yuki",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
           "Matsumoto Inoue Kimura Hayashi Shimizu"),
    "kr": ("Min-jun Seo-jun Ji-ho Jun-seo Do-yun Hyun-woo Sung-min Jae-won Dong-hyun Tae-yang",
           "Seo-yeon Ji-woo Ha-eun Min-seo Ji-yoon Soo-ah Eun-ji Hye-jin Yoo-na Da-eun",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin"),
    "ar": ("Mohammed Ahmed Omar Youssef Karim Hassan Khalid Tariq Samir Rami Bilal Hamza Nabil Walid",
           "Fatima Aisha Mariam Layla Nour Yasmin Salma Rania Leila Amira Dina Zeinab Samira Huda",
           "Al-Sayed Haddad Khoury Mansour Nasser Hamdan Saleh Darwish Aziz Benali El-Amrani Bouzid Farouk "
           "Kassem Rahman Qureshi Yousef Ibrahim"),
    "ng": ("Chinedu Emeka Oluwaseun Tunde Ifeanyi Babatunde Chukwuemeka Adebayo Segun Obinna Musa Kelechi Femi",
           "Ngozi Chiamaka Adaeze Funmilayo Folake Yetunde Amaka Nkechi Bukola Temitope Zainab Ifeoma Oluchi",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Ogunleye Olawale Chukwu Bello Obi Nnamdi Afolabi Okoro "
           "Adeleke Danjuma"),
    "vn": ("Minh Hùng Tuấn Đức Quang Thành Khánh Long Huy Phúc",
           "Lan Hương Thảo Linh Trang Mai Ngọc Anh Hoa Phương",
           "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô Dương"),
    "za": ("Thabo Sipho Johan Pieter Bongani Lwazi Themba Riaan Kagiso Mandla",
           "Nomvula Thandiwe Lerato Annelie Zanele Palesa Naledi Karin Busisiwe Refilwe",
           "Nkosi Dlamini Botha van_der_Merwe Mokoena Naidoo Khumalo Pretorius Ndlovu Venter Mahlangu Govender"),
    "ke": ("Kamau Otieno Mwangi Kiprop Omondi Brian Kevin Juma Baraka Kipchoge",
           "Wanjiku Achieng Njeri Chebet Akinyi Faith Mercy Wairimu Atieno Nyambura",
           "Kamau Otieno Mwangi Ochieng Wafula Njoroge Mutua Kariuki Onyango Kiptoo Wambui Chege"),
    "ph": ("Jose Mark John_Paul Christian Rodel Jerome Angelo Ramon", "Maria Kristine Angelica Jocelyn Mylene Joy Rowena",
           "Santos Reyes Cruz Bautista Dela_Cruz Garcia Mendoza Villanueva Ramos Aquino Castillo"),
}
CULT = {k: tuple(x.split() for x in v) for k, v in CULT.items()}
SURNAME_FIRST = {"cn", "jp", "kr", "vn"}


class Person:
    def __init__(self, r, cult):
        self.cult = cult
        males, females, lasts = CULT[cult][:3]
        self.female = chance(r, 0.5)
        self.first = r.choice(females if self.female else males).replace("_", " ")
        idx = r.randrange(len(lasts))
        self.last = lasts[idx].replace("_", " ")
        if self.female and len(CULT[cult]) > 3:
            self.last = CULT[cult][3][idx].replace("_", " ")
        if cult == "es" and chance(r, 0.7):
            self.last += " " + r.choice(lasts).replace("_", " ")
        if cult == "pt" and chance(r, 0.5):
            self.last = r.choice(lasts).replace("_", " ") + " " + self.last
        self.mid = r.choice("ABCDEFGHJKLMNPRSTW")

    def name(self, r, style=None):
        if style is None:
            style = r.choices(["full", "mid", "lf", "caps", "lastcaps", "lower", "init"],
                              [60, 6, 8, 7, 8, 3, 5])[0]
        f, l = self.first, self.last
        if style == "mid" and self.cult in ("us", "gb", "in", "ng", "za", "ke", "ph", "nl", "de"):
            return f"{f} {self.mid}. {l}"
        if style == "lf":
            return f"{l}, {f}"
        if style == "caps":
            return f"{f} {l}".upper()
        if style == "lastcaps":
            return f"{l.upper()} {f}"
        if style == "lower":
            return f"{f} {l}".lower()
        if style == "init":
            return f"{f[0]}. {l}"
        if style == "first":
            return f
        if style == "last":
            return l
        if self.cult in SURNAME_FIRST and chance(r, 0.3):
            return f"{l} {f}"
        return f"{f} {l}"

    def email(self, r, domains):
        f, l = ascii_fold(self.first).lower(), ascii_fold(self.last).lower()
        f = re.sub(r"[^a-z]", "", f)
        l = re.sub(r"[^a-z]", "", l)
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{fill(r, '##')}", f"{l}.{f}", f"{f}{l}",
                          f"{f}.{l}{fill(r, '##')}", f"{f[0]}.{l}", f"{l}{f[0]}{fill(r, '#')}"])
        return f"{local}@{r.choice(domains)}"


HONOR = {  # (male, female)
    "en": (["Mr.", "Mr", "Dr."], ["Ms.", "Mrs.", "Ms", "Dr."]), "de": (["Herr", "Herrn", "Dr."], ["Frau", "Dr."]),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame"]), "es": (["Sr.", "D."], ["Sra.", "Dña."]),
    "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"]), "pt": (["Sr.", "Dr."], ["Sra.", "Dra."]),
    "nl": (["dhr.", "de heer"], ["mevr.", "mevrouw"]), "pl": (["Pan"], ["Pani"]), "cs": (["pan"], ["paní"]),
    "tr": ([""], [""]), "sv": ([""], [""]), "da": ([""], [""]), "no": ([""], [""]), "fi": ([""], [""]),
}

EMAIL_DOMAINS = {
    "en": ["example.com", "example.org", "example.net", "mail.example", "inbox.example.com", "fastpost.example"],
    "de": ["example.de", "gmx.example", "web.example", "t-online.example", "posteo.example"],
    "fr": ["orange.example", "laposte.example", "free.example", "example.fr"],
    "es": ["correo.example", "telefonica.example", "example.es"],
    "it": ["libero.example", "virgilio.example", "example.it"],
    "pt": ["sapo.example", "uol.example", "example.pt"],
    "nl": ["ziggo.example", "kpnmail.example", "example.nl"],
    "pl": ["wp.example", "onet.example", "interia.example"],
    "sv": ["telia.example", "bredband.example"], "da": ["mail.example.dk", "stofanet.example"],
    "no": ["online.example", "epost.example"], "fi": ["suomi24.example", "elisanet.example"],
    "cs": ["seznam.example", "centrum.example"], "tr": ["posta.example", "ttmail.example"],
}
for _k in EMAIL_DOMAINS:
    if _k != "en":
        EMAIL_DOMAINS[_k] += ["example.com", "example.net"]


# ---------------------------------------------------------------------------
# countries: places, address formats, phone formats
# ---------------------------------------------------------------------------
# cities: "City|Region|postcode-prefix";  street line / city line formats use
# {n} number {s} street {u} unit {c} city {g} region {p} postcode
COUNTRY = {
    "US": dict(name="United States", cult="us us us us us es cn in ar kr vn ng",
               cities="Austin|TX|787 Denver|CO|802 Columbus|OH|432 Portland|OR|972 Raleigh|NC|276 Phoenix|AZ|850 "
               "Boston|MA|021 Seattle|WA|981 Atlanta|GA|303 Minneapolis|MN|554 Sacramento|CA|958 "
               "Tampa|FL|336 Chicago|IL|606 Brooklyn|NY|112 Houston|TX|770",
               streets="Maple_Ave Oak_St Washington_Blvd Elm_Street Lakeview_Dr Sunset_Blvd Pine_Ridge_Rd Cedar_Ln "
               "Market_St Highland_Ave N_Main_St W_5th_Street", sl=["{n} {s}", "{n} {s}, Apt {u}", "{n} {s} Unit {u}",
               "{n} {s} #{u}"], cl="{c}, {g} {p}", pc="##", unit="N@ N## NN", mob=["(M##) M##-####", "M##-M##-####",
               "+1 M## M## ####", "M##.M##.####", "+1 (M##) M##-####", "1-M##-M##-####"], land=["(M##) M##-####",
               "M##-M##-####"], free=["1-800-M##-####", "(888) M##-####", "1-877-M##-####"], msisdn="1M##M######"),
    "GB": dict(name="United Kingdom", cult="gb gb gb gb in ar pl ng cn",
               cities="London|Greater_London|SW1A London|Greater_London|E14 Manchester|Greater_Manchester|M14 "
               "Leeds|West_Yorkshire|LS6 Bristol|Avon|BS8 Glasgow|Scotland|G12 Cardiff|Wales|CF10 "
               "Birmingham|West_Midlands|B15 Edinburgh|Scotland|EH3 Belfast|Northern_Ireland|BT7",
               streets="High_Street Station_Road Victoria_Road Church_Lane Kingsway Mill_Road Park_Avenue "
               "Queen_Street Albert_Terrace Windsor_Gardens", sl=["{n} {s}", "Flat {u}, {n} {s}", "{n} {s}"],
               cl="{c} {p}", pc=" #AA", unit="N NN N", mob=["07700 900###", "+44 7700 900###", "07### ######",
               "+44 7### ######", "+44 (0)7### ######"], land=["020 7946 0###", "0161 496 0###", "+44 20 7946 0###",
               "0113 496 0###", "+44 (0)117 496 0###"], free=["0800 ### ####", "0808 ### ####"],
               msisdn="447#########"),
    "IE": dict(name="Ireland", cult="gb gb gb pl ng",
               cities="Dublin|Leinster|D02 Dublin|Leinster|D08 Cork|Munster|T12 Galway|Connacht|H91 "
               "Limerick|Munster|V94",
               streets="Grafton_Street O'Connell_Street Main_Street Patrick_Street Shop_Street Church_Road",
               sl=["{n} {s}", "Apartment {u}, {n} {s}"], cl="{c}, {p}", pc=" AX#X", unit="N NN", mob=["08# ### ####",
               "+353 8# ### ####"], land=["(01) ### ####", "+353 1 ### ####", "021 ### ####"], free=["1800 ### ###"],
               msisdn="3538#########"),
    "CA": dict(name="Canada", cult="us us gb cn in fr",
               cities="Toronto|ON|M5V Vancouver|BC|V6B Calgary|AB|T2P Ottawa|ON|K1P Halifax|NS|B3H "
               "Winnipeg|MB|R3C",
               streets="King_St_W Queen_St_E Bloor_St Granville_St Jasper_Ave Portage_Ave Spring_Garden_Rd",
               sl=["{n} {s}", "{u}-{n} {s}", "{n} {s}, Suite {u}"], cl="{c}, {g} {p}", pc=" #A#", unit="N NN N#N",
               mob=["(M##) M##-####", "+1 M##-M##-####", "M##-M##-####"], land=["(M##) M##-####"],
               free=["1-800-M##-####", "1-866-M##-####"], msisdn="1M##M######"),
    "AU": dict(name="Australia", cult="gb gb gb cn in vn",
               cities="Sydney|NSW|20 Parramatta|NSW|21 Melbourne|VIC|30 Brisbane|QLD|40 Perth|WA|60 "
               "Adelaide|SA|50 Hobart|TAS|70",
               streets="George_St Pitt_St Collins_St Queen_St Hay_St Rundle_Mall Church_St Bourke_St", sl=["{n} {s}",
               "Unit {u}, {n} {s}", "{u}/{n} {s}"], cl="{c} {g} {p}", pc="##", unit="N NN", mob=["04## ### ###",
               "+61 4## ### ###", "+61 4 #### ####"], land=["(02) 9### ####", "(03) 9### ####", "+61 2 9### ####"],
               free=["1300 ### ###", "1800 ### ###"], msisdn="614########"),
    "IN": dict(name="India", cult="in",
               cities="Bengaluru|Karnataka|5600 Mumbai|Maharashtra|4000 Pune|Maharashtra|4110 "
               "Hyderabad|Telangana|5000 Chennai|Tamil_Nadu|6000 New_Delhi|Delhi|1100 Kochi|Kerala|6820",
               streets="MG_Road 14th_Cross,_Indiranagar Linking_Road,_Bandra Banjara_Hills_Road_No_2 Anna_Salai "
               "Sector_15,_Vashi FC_Road,_Shivajinagar", sl=["Flat {u}, {n} {s}", "{n}, {s}", "House No. {n}, {s}"],
               cl="{c} {p}", pc="##", unit="N0N NN", mob=["+91 9#### #####", "9#########", "+91-9#########",
               "09#### #####"], land=["080-2### ####", "022 2### ####", "+91 44 2### ####"], free=["1800 ### ####",
               "1800-###-####"], msisdn="919#########"),
    "NG": dict(name="Nigeria", cult="ng",
               cities="Lagos|Lagos_State|10 Abuja|FCT|90 Ibadan|Oyo_State|20 Port_Harcourt|Rivers_State|50 "
               "Enugu|Enugu_State|40",
               streets="Adeola_Odeku_Street Awolowo_Road Allen_Avenue Aminu_Kano_Crescent Herbert_Macaulay_Way "
               "Ring_Road", sl=["{n} {s}", "Plot {n}, {s}", "Flat {u}, {n} {s}"], cl="{c}, {g}", pc="####",
               unit="N NN", mob=["+234 80# ### ####", "080# ### ####", "+234 81# ### ####", "0703 ### ####"],
               land=["+234 1 ### ####", "01 ### ####"], free=["0800 ### ####"], msisdn="23480########"),
    "ZA": dict(name="South Africa", cult="za",
               cities="Cape_Town|Western_Cape|80 Johannesburg|Gauteng|20 Durban|KwaZulu-Natal|40 "
               "Pretoria|Gauteng|00 Gqeberha|Eastern_Cape|60",
               streets="Long_Street Bree_Street Jan_Smuts_Avenue Florida_Road Church_Street Main_Road", sl=["{n} {s}",
               "Unit {u}, {n} {s}"], cl="{c}, {p}", pc="##", unit="N NN", mob=["+27 8# ### ####", "08# ### ####",
               "+27 7# ### ####"], land=["021 ### ####", "+27 11 ### ####"], free=["0800 ### ###", "0860 ### ###"],
               msisdn="278#########"),
    "KE": dict(name="Kenya", cult="ke",
               cities="Nairobi|Nairobi_County|00100 Mombasa|Mombasa_County|80100 Kisumu|Kisumu_County|40100 "
               "Nakuru|Nakuru_County|20100",
               streets="Moi_Avenue Kenyatta_Avenue Ngong_Road Waiyaki_Way Oginga_Odinga_Street",
               sl=["P.O. Box {n}-{p}", "{n} {s}", "Apartment {u}, {s}"], cl="{c}", pc="", unit="N@ NN",
               mob=["+254 7## ### ###", "07## ######", "+254 1## ### ###"], land=["020 #######", "+254 20 #######"],
               free=["0800 ### ###"], msisdn="2547########"),
    "SG": dict(name="Singapore", cult="cn cn in gb", cities="Singapore|Singapore|5",
               streets="Ang_Mo_Kio_Ave_3 Tampines_St_21 Jurong_West_St_52 Bedok_North_Rd Toa_Payoh_Lor_1",
               sl=["Blk {n} {s}, #{u}"], cl="{c} {p}", pc="#####", unit="0N-NN NN-N##", mob=["+65 9### ####",
               "8### ####", "+65 8### ####"], land=["6### ####", "+65 6### ####"], free=["1800 ### ####"],
               msisdn="659#######"),
    "PH": dict(name="Philippines", cult="ph",
               cities="Makati_City|Metro_Manila|12 Quezon_City|Metro_Manila|11 Cebu_City|Cebu|60 "
               "Davao_City|Davao_del_Sur|80",
               streets="Ayala_Avenue Paseo_de_Roxas Katipunan_Avenue Osmeña_Boulevard J.P._Laurel_Avenue",
               sl=["Unit {u}, {n} {s}", "{n} {s}"], cl="{c}, {g} {p}", pc="##", unit="N@ N#@",
               mob=["+63 917 ### ####", "0917 ### ####", "+63 9## ### ####"], land=["(02) 8### ####"],
               free=["1-800-10-###-####"], msisdn="639#########"),
    "DE": dict(name="Deutschland", cult="de de de de de tr pl ar",
               cities="Berlin|Berlin|10 Hamburg|Hamburg|20 München|Bayern|80 Köln|Nordrhein-Westfalen|50 "
               "Frankfurt_am_Main|Hessen|60 Leipzig|Sachsen|04 Stuttgart|Baden-Württemberg|70 "
               "Dresden|Sachsen|01 Bremen|Bremen|28 Nürnberg|Bayern|90 Hannover|Niedersachsen|30",
               streets="Hauptstraße Bahnhofstraße Schillerstraße Goethestraße Lindenweg Gartenstraße Am_Markt "
               "Friedrichstraße Bergstraße Kirchweg Ringstraße Mühlenweg", sl=["{s} {n}", "{s} {n}a", "{s} {n}"],
               cl="{p} {c}", pc="###", unit="", mob=["+49 15# ########", "015# ########", "017# #######",
               "0171/#######", "+49 (0)16# #######", "0176 ########"], land=["030 ########", "+49 89 #######",
               "040-#######", "0221 ######", "+49 (0)69 ########"], free=["0800 ### ####", "0800 330 ####"],
               msisdn="4915#########"),
    "AT": dict(name="Österreich", cult="de de de tr cs",
               cities="Wien|Wien|10 Graz|Steiermark|80 Linz|Oberösterreich|40 Salzburg|Salzburg|50 "
               "Innsbruck|Tirol|60",
               streets="Mariahilfer_Straße Landstraßer_Hauptstraße Herrengasse Linzer_Gasse Museumstraße",
               sl=["{s} {n}/{u}", "{s} {n}"], cl="{p} {c}", pc="#0", unit="N NN N/N", mob=["+43 664 #######",
               "0664 ### ## ##", "+43 676 #######", "0699 ########"], land=["01 ### ## ##", "+43 1 #######",
               "0316 ######"], free=["0800 ### ###"], msisdn="43664#######"),
    "CH": dict(name="Schweiz", cult="de de fr it",
               cities="Zürich|ZH|80 Bern|BE|30 Basel|BS|40 Luzern|LU|60 St._Gallen|SG|90",
               streets="Bahnhofstrasse Limmatquai Marktgasse Spitalgasse Seestrasse Dorfstrasse", sl=["{s} {n}"],
               cl="{p} {c}", pc="##", unit="", mob=["+41 79 ### ## ##", "079 ### ## ##", "+41 78 ### ## ##",
               "076 ### ## ##"], land=["044 ### ## ##", "+41 31 ### ## ##"], free=["0800 ### ###"],
               msisdn="4179#######"),
    "FR": dict(name="France", cult="fr fr fr fr fr ar pt vn",
               cities="Paris|Île-de-France|750 Lyon|Auvergne-Rhône-Alpes|6900 "
               "Marseille|Provence-Alpes-Côte_d'Azur|130 Toulouse|Occitanie|310 "
               "Nantes|Pays_de_la_Loire|440 Lille|Hauts-de-France|590 Bordeaux|Nouvelle-Aquitaine|330 "
               "Strasbourg|Grand_Est|670 Rennes|Bretagne|350",
               streets="rue_de_la_République avenue_Jean_Jaurès boulevard_Voltaire rue_Victor_Hugo "
               "place_de_la_Mairie rue_des_Lilas chemin_des_Vignes allée_des_Tilleuls rue_Pasteur", sl=["{n} {s}",
               "{n} bis {s}", "Appt {u}, {n} {s}"], cl="{p} {c}", pc="", unit="N NN", mob=["06 ## ## ## ##",
               "07 ## ## ## ##", "+33 6 ## ## ## ##", "06.##.##.##.##", "+33 (0)7 ## ## ## ##"],
               land=["01 ## ## ## ##", "04 ## ## ## ##", "+33 1 ## ## ## ##"], free=["0 800 ### ###",
               "09 69 ## ## ##"], msisdn="336########"),
    "BE": dict(name="Belgique", cult="fr nl nl ar",
               cities="Bruxelles|Bruxelles-Capitale|10 Liège|Wallonie|40 Gent|Vlaanderen|90 "
               "Antwerpen|Vlaanderen|20 Namur|Wallonie|50",
               streets="rue_Neuve avenue_Louise Kerkstraat Meir Veldstraat rue_de_Fer", sl=["{s} {n}",
               "{s} {n} bus {u}", "{s} {n} boîte {u}"], cl="{p} {c}", pc="##", unit="N NN", mob=["+32 47# ## ## ##",
               "047# ## ## ##", "+32 49# ## ## ##"], land=["02 ### ## ##", "+32 2 ### ## ##"], free=["0800 ## ###"],
               msisdn="32479######"),
    "ES": dict(name="España", cult="es es es es ar",
               cities="Madrid|Madrid|280 Barcelona|Cataluña|080 Valencia|Comunidad_Valenciana|460 "
               "Sevilla|Andalucía|410 Bilbao|País_Vasco|480 Zaragoza|Aragón|500 Málaga|Andalucía|290 "
               "Murcia|Región_de_Murcia|300",
               streets="Calle_Mayor Calle_de_Alcalá Avenida_de_la_Constitución Calle_Real Paseo_de_Gracia "
               "Calle_San_Vicente Gran_Vía Calle_del_Sol Calle_Larios", sl=["{s}, {n}, {u}", "{s} {n}, {u}",
               "{s}, {n}"], cl="{p} {c}", pc="##", unit="Nº_@ Nº_Izda Bajo_@", mob=["6## ### ###", "+34 6## ## ## ##",
               "+34 6## ### ###", "7## ### ###"], land=["91 ### ## ##", "93 ### ## ##", "+34 91 ### ## ##"],
               free=["900 ### ###", "800 ### ###"], msisdn="346########"),
    "MX": dict(name="México", cult="es",
               cities="Ciudad_de_México|CDMX|03 Guadalajara|Jalisco|44 Monterrey|Nuevo_León|64 Puebla|Puebla|72",
               streets="Av._Insurgentes_Sur Calle_Durango Av._Reforma Calle_Hidalgo Av._Juárez",
               sl=["{s} {n}, Col. Centro", "{s} {n}, int. {u}", "{s} {n}"], cl="{p} {c}, {g}", pc="###", unit="N NN",
               mob=["+52 55 #### ####", "55 #### ####", "+52 33 #### ####", "+52 1 81 #### ####"],
               land=["(55) #### ####", "+52 (33) #### ####"], free=["800 ### ####"], msisdn="5255########"),
    "IT": dict(name="Italia", cult="it it it it it ar",
               cities="Milano|MI|201 Roma|RM|001 Torino|TO|101 Napoli|NA|801 Bologna|BO|401 Firenze|FI|501 "
               "Palermo|PA|901 Genova|GE|161 Bari|BA|701",
               streets="Via_Roma Via_Garibaldi Corso_Vittorio_Emanuele_II Via_Dante Piazza_della_Repubblica "
               "Via_Mazzini Viale_Europa Via_Verdi Via_Nazionale", sl=["{s} {n}", "{s}, {n}", "{s} {n}, int. {u}"],
               cl="{p} {c} ({g})", pc="##", unit="N NN", mob=["3## ### ####", "+39 3## #######", "+39 3## ### ####",
               "3##-#######"], land=["06 #### ####", "02-########", "+39 011 ### ####"], free=["800 ### ###",
               "800-######"], msisdn="393#########"),
    "PT": dict(name="Portugal", cult="pt pt pt pt",
               cities="Lisboa|Lisboa|1100 Porto|Porto|4000 Coimbra|Coimbra|3000 Braga|Braga|4700 Faro|Faro|8000 "
               "Aveiro|Aveiro|3800",
               streets="Rua_Augusta Avenida_da_Liberdade Rua_de_Santa_Catarina Rua_do_Almada Travessa_do_Carmo "
               "Rua_Direita Avenida_dos_Aliados", sl=["{s}, {n}, {u}", "{s} {n}, {u}", "{s}, n.º {n}"], cl="{p} {c}",
               pc="-###", unit="Nº_Esq Nº_Dto R/C Nº_Frente", mob=["9## ### ###", "+351 9## ### ###", "+351 91# ### ###"],
               land=["21 ### ####", "+351 22 ### ####"], free=["800 ### ###"], msisdn="3519########"),
    "BR": dict(name="Brasil", cult="pt pt pt pt jp it",
               cities="São_Paulo|SP|01 Rio_de_Janeiro|RJ|20 Belo_Horizonte|MG|30 Curitiba|PR|80 Recife|PE|50 "
               "Porto_Alegre|RS|90",
               streets="Rua_das_Flores Avenida_Paulista Rua_Augusta Rua_XV_de_Novembro Avenida_Boa_Viagem "
               "Rua_Oscar_Freire", sl=["{s}, {n}, apto {u}", "{s}, {n}"], cl="{c} - {g}, {p}", pc="###-###",
               unit="NN N#N", mob=["(##) 9####-####", "+55 ## 9####-####", "+55 (##) 9####-####"],
               land=["(11) 3###-####", "+55 21 2###-####"], free=["0800 ### ####"], msisdn="55119########"),
    "NL": dict(name="Nederland", cult="nl nl nl nl tr ar",
               cities="Amsterdam|Noord-Holland|10 Rotterdam|Zuid-Holland|30 Utrecht|Utrecht|35 "
               "Den_Haag|Zuid-Holland|25 Eindhoven|Noord-Brabant|56 Groningen|Groningen|97 "
               "Haarlem|Noord-Holland|20",
               streets="Kerkstraat Dorpsstraat Prinsengracht Molenweg Stationsplein Julianalaan Wilhelminastraat "
               "Hoofdstraat Beukenlaan", sl=["{s} {n}", "{s} {n}-{u}", "{s} {n} {u}"], cl="{p} {c}", pc="## AA",
               unit="N @ hs bis", mob=["06-########", "06 ## ## ## ##", "+31 6 ########", "+31 (0)6 ## ### ###"],
               land=["020 ### ####", "010-#######", "+31 (0)30 ### ####"], free=["0800-####", "0800 ####"],
               msisdn="316########"),
    "PL": dict(name="Polska", cult="pl pl pl pl",
               cities="Warszawa|mazowieckie|00 Kraków|małopolskie|31 Łódź|łódzkie|90 Wrocław|dolnośląskie|50 "
               "Poznań|wielkopolskie|60 Gdańsk|pomorskie|80 Lublin|lubelskie|20",
               streets="ul._Długa ul._Marszałkowska ul._Piotrkowska al._Jerozolimskie ul._Floriańska "
               "ul._Mickiewicza ul._Słowackiego os._Tysiąclecia", sl=["{s} {n}/{u}", "{s} {n}", "{s} {n} m. {u}"],
               cl="{p} {c}", pc="-###", unit="N NN", mob=["5## ### ###", "+48 5## ### ###", "+48 6## ### ###",
               "7## ### ###", "+48 5########"], land=["22 ### ## ##", "+48 12 ### ## ##"], free=["800 ### ###"],
               msisdn="485########"),
    "SE": dict(name="Sverige", cult="sv sv sv sv ar fi",
               cities="Stockholm|Stockholms_län|11 Göteborg|Västra_Götalands_län|41 Malmö|Skåne_län|21 "
               "Uppsala|Uppsala_län|75 Umeå|Västerbottens_län|90 Linköping|Östergötlands_län|58",
               streets="Storgatan Drottninggatan Kungsgatan Vasagatan Södra_vägen Skolgatan Björkvägen",
               sl=["{s} {n}", "{s} {n}, lgh {u}", "{s} {n} B"], cl="{p} {c}", pc="# ##", unit="1N0N 1N0N",
               mob=["070-### ## ##", "+46 70 ### ## ##", "073-### ## ##", "+46 (0)72 ### ## ##"],
               land=["08-### ### ##", "+46 8 ### ### ##", "031-## ## ##"], free=["020-## ## ##"],
               msisdn="467#########"),
    "DK": dict(name="Danmark", cult="da da da da",
               cities="København|Region_Hovedstaden|1 Aarhus|Region_Midtjylland|8 Odense|Region_Syddanmark|5 "
               "Aalborg|Region_Nordjylland|9 Roskilde|Region_Sjælland|4",
               streets="Nørregade Vestergade Østerbrogade Strandvejen Algade Jernbanegade", sl=["{s} {n}, {u}",
               "{s} {n}"], cl="{p} {c}", pc="###", unit="N._th N._tv st._th N._mf", mob=["N# ## ## ##",
               "+45 N# ## ## ##", "+45 N#######"], land=["N# ## ## ##", "+45 N# ## ## ##"], free=["80 ## ## ##"],
               msisdn="452#######"),
    "NO": dict(name="Norge", cult="no no no no",
               cities="Oslo|Oslo|0 Bergen|Vestland|5 Trondheim|Trøndelag|7 Stavanger|Rogaland|4 Tromsø|Troms|9",
               streets="Storgata Kirkegata Parkveien Strandgaten Bygdøy_allé Fjordveien", sl=["{s} {n}", "{s} {n} B",
               "{s} {n}, {u}"], cl="{p} {c}", pc="###", unit="H0N0N H0N0N", mob=["4## ## ###", "+47 4## ## ###",
               "9## ## ###", "+47 9## ## ###"], land=["22 ## ## ##", "+47 55 ## ## ##"], free=["800 ## ###"],
               msisdn="474#######"),
    "FI": dict(name="Suomi", cult="fi fi fi fi sv",
               cities="Helsinki|Uusimaa|00 Espoo|Uusimaa|02 Tampere|Pirkanmaa|33 Turku|Varsinais-Suomi|20 "
               "Oulu|Pohjois-Pohjanmaa|90 Jyväskylä|Keski-Suomi|40",
               streets="Mannerheimintie Hämeenkatu Aleksanterinkatu Kauppakatu Koulukatu Rantatie",
               sl=["{s} {n} A {u}", "{s} {n}", "{s} {n} B {u}"], cl="{p} {c}", pc="###", unit="N NN",
               mob=["040 ### ####", "+358 40 ### ####", "050 #######", "+358 50 ### ## ##"], land=["09 ### ####",
               "+358 9 ### ####"], free=["0800 ### ###"], msisdn="35840#######"),
    "CZ": dict(name="Česko", cult="cs cs cs cs",
               cities="Praha|Hlavní_město_Praha|1 Brno|Jihomoravský_kraj|6 Ostrava|Moravskoslezský_kraj|7 "
               "Plzeň|Plzeňský_kraj|3 Olomouc|Olomoucký_kraj|7",
               streets="Národní Masarykova Husova Palackého Nádražní Vinohradská Lidická", sl=["{s} {n}/{u}",
               "{s} {n}"], cl="{p} {c}", pc="## ##", unit="N NN", mob=["6## ### ###", "+420 6## ### ###",
               "7## ### ###", "+420 7## ### ###"], land=["2## ### ###", "+420 2## ### ###"], free=["800 ### ###"],
               msisdn="4206########"),
    "TR": dict(name="Türkiye", cult="tr tr tr tr",
               cities="İstanbul|Kadıköy|347 İstanbul|Beşiktaş|343 Ankara|Çankaya|066 İzmir|Karşıyaka|355 "
               "Bursa|Nilüfer|161 Antalya|Muratpaşa|071",
               streets="Atatürk_Cad. İstiklal_Cad. Cumhuriyet_Cad. Bağdat_Cad. Gazi_Bulvarı Çiçek_Sok.",
               sl=["{s} No: {n} D: {u}", "{s} No:{n}/{u}"], cl="{p} {g}/{c}", pc="##", unit="N NN",
               mob=["0532 ### ## ##", "+90 5## ### ## ##", "05## ### ## ##", "+90 (5##) ### ## ##"],
               land=["0212 ### ## ##", "+90 312 ### ## ##"], free=["444 # ###", "0800 ### ## ##"],
               msisdn="905#########"),
}
for _c in COUNTRY.values():
    _c["cities"] = [tuple(x.replace("_", " ") for x in c.split("|")) for c in _c["cities"].split()]
    _c["streets"] = [s.replace("_", " ") for s in _c["streets"].split()]
    _c["cult"] = _c["cult"].split()
    _c["unit"] = [u.replace("_", " ") for u in _c["unit"].split()] or ["1"]

EN_CC = ["US"] * 6 + ["GB"] * 4 + ["IE", "CA", "CA", "AU", "AU", "IN", "IN", "NG", "ZA", "KE", "SG", "PH"]
LANG_CC = {"de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "BE"], "es": ["ES", "ES", "MX"],
           "it": ["IT"], "pt": ["PT", "PT", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"],
           "da": ["DK"], "no": ["NO"], "fi": ["FI"], "cs": ["CZ"], "tr": ["TR"], "en": EN_CC}
NON_EN = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "tr"]
IBAN_CC = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "ES": "ES", "IT": "IT", "PT": "PT",
           "NL": "NL", "PL": "PL", "SE": "SE", "DK": "DK", "NO": "NO", "FI": "FI", "CZ": "CZ", "TR": "TR",
           "GB": "GB", "IE": "IE"}


class Address:
    def __init__(self, r, cc):
        C = COUNTRY[cc]
        self.cc = cc
        city, region, pref = r.choice(C["cities"])
        self.city, self.region = city, region
        if cc == "FR":
            pc = pref + fill(r, "#" * (5 - len(pref)))
        elif cc == "KE":
            pc = pref
        else:
            pc = pref + fill(r, C["pc"])
        self.postcode = pc
        n = str(r.choice([r.randint(1, 40), r.randint(1, 250), r.randint(100, 9800)]))
        if cc in ("DE", "AT", "CH", "NL", "PL", "CZ", "SE", "DK", "NO", "FI", "IT", "ES", "PT", "TR", "BE"):
            n = str(r.randint(1, 140))
        unit = ufill(r, r.choice(C["unit"]))
        self.street = r.choice(C["sl"]).format(n=n, s=r.choice(C["streets"]), u=unit, p=pc)
        self.cityline = C["cl"].format(c=city, g=region, p=pc)
        self.country = C["name"]

    def one(self, r, country=None):
        s = f"{self.street}, {self.cityline}"
        if country or (country is None and chance(r, 0.15)):
            s += f", {self.country}"
        return s

    def multi(self, r, country=None):
        cl = self.cityline
        if self.cc in ("FR", "NO", "FI", "DK") and chance(r, 0.4):
            cl = cl.upper()
        s = f"{self.street}\n{cl}"
        if country or (country is None and chance(r, 0.2)):
            s += "\n" + self.country.upper()
        return s


def phone(r, cc, kind="mob"):
    C = COUNTRY[cc]
    if kind == "any":
        kind = r.choice(["mob", "mob", "land"])
    return fill(r, r.choice(C[kind]))


def msisdn(r, cc):
    return fill(r, COUNTRY[cc]["msisdn"])


def e164(r, cc):
    return "+" + msisdn(r, cc)


# ---------------------------------------------------------------------------
# dates and times
# ---------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}
MON_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WD_ABBR = "Mon Tue Wed Thu Fri Sat Sun".split()
DT_JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", ", " "], "fr": [" à ", " "], "es": [" a las ", ", "],
           "it": [" alle ", ", "], "pt": [" às ", ", "]}


def rdate(r, y0=2023, y1=2025):
    start = date(y0, 1, 1)
    return start + timedelta(days=r.randint(0, (date(y1, 12, 31) - start).days))


def rdob(r):
    return rdate(r, 1942, 2005)


def fdate(r, d, lang="en", us=False, style=None):
    if style is None:
        style = r.choice(["num", "num", "long", "wd", "iso"] if lang == "en" else ["num", "num", "long", "wd"])
    dd, mm, yy = d.day, d.month, d.year
    if style == "iso":
        return d.isoformat()
    if style == "num":
        if lang == "en":
            if us:
                return r.choice([f"{mm:02d}/{dd:02d}/{yy}", f"{mm}/{dd}/{yy}", f"{mm:02d}-{dd:02d}-{yy}"])
            return r.choice([f"{dd:02d}/{mm:02d}/{yy}", f"{dd}/{mm}/{yy}", f"{dd:02d}.{mm:02d}.{yy}"])
        if lang in ("fr", "es", "it", "pt"):
            return r.choice([f"{dd:02d}/{mm:02d}/{yy}", f"{dd:02d}-{mm:02d}-{yy}"])
        if lang == "nl":
            return r.choice([f"{dd:02d}-{mm:02d}-{yy}", f"{dd}-{mm}-{yy}"])
        if lang == "sv":
            return d.isoformat()
        if lang == "fi":
            return r.choice([f"{dd}.{mm}.{yy}", f"{dd:02d}.{mm:02d}.{yy}"])
        return r.choice([f"{dd:02d}.{mm:02d}.{yy}", f"{dd}.{mm}.{yy}"])
    mon = MONTHS[lang][mm - 1]
    if lang == "en":
        if style == "short":
            return f"{MON_ABBR[mm - 1]} {dd}, {yy}" if us else f"{dd} {MON_ABBR[mm - 1]} {yy}"
        core = f"{mon} {dd}, {yy}" if us else f"{dd} {mon} {yy}"
    elif lang in ("de", "da", "no", "fi", "cs"):
        core = f"{dd}. {mon} {yy}"
    elif lang in ("es", "pt"):
        core = f"{dd} de {mon} de {yy}"
    elif lang == "fr":
        core = f"{'1er' if dd == 1 else dd} {mon} {yy}"
    else:
        core = f"{dd} {mon} {yy}"
    if style in ("long", "short"):
        return core
    wd = WEEKDAYS[lang][d.weekday()]
    if lang == "tr":
        return f"{core} {wd}"
    if lang in ("en", "de", "es", "pt", "pl"):
        return f"{wd}, {core}"
    return f"{wd} {core}"


def ftime(r, h, m, lang="en", us=False):
    if lang == "en":
        if us or chance(r, 0.25):
            h12, ap = h % 12 or 12, ("AM" if h < 12 else "PM")
            return r.choice([f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d}{ap.lower()}", f"{h12}:{m:02d} {ap}"])
        return f"{h:02d}:{m:02d}"
    if lang == "fr" and chance(r, 0.5):
        return f"{h}h{m:02d}"
    if lang in ("fi", "da") and chance(r, 0.6):
        return f"{h:02d}.{m:02d}"
    return f"{h:02d}:{m:02d}"


def rtime(r, lo=7, hi=21):
    return r.randint(lo, hi), r.choice([0, 0, 15, 30, 30, 45, r.randint(0, 59)])


def fdt(r, d, h, m, lang="en", us=False, dstyle=None):
    j = r.choice(DT_JOIN.get(lang, [", ", " "]))
    return fdate(r, d, lang, us, dstyle) + j + ftime(r, h, m, lang, us)


# ---------------------------------------------------------------------------
# localisation
# ---------------------------------------------------------------------------
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "tr"]
_LAB = """
name|Name|Name|Nom et prénom|Nombre y apellidos|Nome e cognome|Nome completo|Naam|Imię i nazwisko|Namn|Navn|Navn|Nimi|Jméno a příjmení|Ad Soyad
first|First name|Vorname|Prénom|Nombre|Nome|Nome próprio|Voornaam|Imię|Förnamn|Fornavn|Fornavn|Etunimi|Jméno|Ad
last|Surname|Nachname|Nom|Apellidos|Cognome|Apelido|Achternaam|Nazwisko|Efternamn|Efternavn|Etternavn|Sukunimi|Příjmení|Soyad
dob|Date of birth|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Data de nascimento|Geboortedatum|Data urodzenia|Födelsedatum|Fødselsdato|Fødselsdato|Syntymäaika|Datum narození|Doğum tarihi
pob|Place of birth|Geburtsort|Lieu de naissance|Lugar de nacimiento|Luogo di nascita|Naturalidade|Geboorteplaats|Miejsce urodzenia|Födelseort|Fødested|Fødested|Syntymäpaikka|Místo narození|Doğum yeri
nat|Nationality|Staatsangehörigkeit|Nationalité|Nacionalidad|Cittadinanza|Nacionalidade|Nationaliteit|Obywatelstwo|Medborgarskap|Statsborgerskab|Statsborgerskap|Kansalaisuus|Státní občanství|Uyruk
address|Address|Anschrift|Adresse|Dirección|Indirizzo|Morada|Adres|Adres zamieszkania|Adress|Adresse|Adresse|Osoite|Adresa|Adres
street|Street|Straße, Hausnr.|Adresse|Calle y número|Via e n. civico|Rua e número|Straat en huisnummer|Ulica i nr domu|Gatuadress|Vejnavn og nr.|Gateadresse|Katuosoite|Ulice a č. p.|Cadde/Sokak
city|City|Ort|Ville|Localidad|Città|Localidade|Woonplaats|Miejscowość|Ort|By|Poststed|Postitoimipaikka|Obec|İl
zip|Postcode|PLZ|Code postal|Código postal|CAP|Código postal|Postcode|Kod pocztowy|Postnummer|Postnr.|Postnummer|Postinumero|PSČ|Posta kodu
phone|Phone|Telefon|Téléphone|Teléfono|Telefono|Telefone|Telefoon|Telefon|Telefon|Telefon|Telefon|Puhelin|Telefon|Telefon
mobile|Mobile number|Rufnummer|Numéro de mobile|Número de móvil|Numero di cellulare|Número de telemóvel|Mobiel nummer|Numer telefonu|Mobilnummer|Mobilnummer|Mobilnummer|Matkapuhelinnumero|Telefonní číslo|Cep telefonu
contact|Contact number|Kontaktnummer|Numéro de contact|Teléfono de contacto|Recapito telefonico|Contacto telefónico|Contactnummer|Telefon kontaktowy|Kontaktnummer|Kontaktnummer|Kontaktnummer|Yhteysnumero|Kontaktní telefon|İrtibat numarası
email|E-mail|E-Mail|Courriel|Correo electrónico|E-mail|E-mail|E-mailadres|Adres e-mail|E-post|E-mail|E-post|Sähköposti|E-mail|E-posta
custno|Customer no.|Kundennummer|N° client|N.º de cliente|Codice cliente|N.º de cliente|Klantnummer|Numer klienta|Kundnummer|Kundenummer|Kundenummer|Asiakasnumero|Číslo zákazníka|Müşteri no
invno|Invoice no.|Rechnungsnummer|N° de facture|N.º de factura|N. fattura|N.º da fatura|Factuurnummer|Nr faktury|Fakturanummer|Fakturanummer|Fakturanummer|Laskun numero|Číslo faktury|Fatura no
invdate|Invoice date|Rechnungsdatum|Date de facture|Fecha de factura|Data fattura|Data da fatura|Factuurdatum|Data wystawienia|Fakturadatum|Fakturadato|Fakturadato|Laskun päiväys|Datum vystavení|Fatura tarihi
period|Billing period|Abrechnungszeitraum|Période de facturation|Periodo de facturación|Periodo di fatturazione|Período de faturação|Factuurperiode|Okres rozliczeniowy|Faktureringsperiod|Afregningsperiode|Faktureringsperiode|Laskutuskausi|Zúčtovací období|Fatura dönemi
due|Due date|Fällig am|Date d'échéance|Fecha de vencimiento|Scadenza|Data de vencimento|Vervaldatum|Termin płatności|Förfallodatum|Forfaldsdato|Forfallsdato|Eräpäivä|Datum splatnosti|Son ödeme tarihi
total|Total due|Gesamtbetrag|Montant total TTC|Importe total|Totale da pagare|Total a pagar|Totaal te betalen|Do zapłaty|Att betala|I alt at betale|Å betale|Maksettava yhteensä|Celkem k úhradě|Ödenecek tutar
debit|The amount will be collected by direct debit from|Der Betrag wird abgebucht von|Le montant sera prélevé sur le compte|El importe se cargará en la cuenta|L'importo verrà addebitato sul conto|O valor será debitado da conta|Het bedrag wordt afgeschreven van|Kwota zostanie pobrana z rachunku|Beloppet dras från konto|Beløbet trækkes fra konto|Beløpet trekkes fra konto|Summa veloitetaan tililtä|Částka bude stržena z účtu|Tutar şu hesaptan tahsil edilecektir
regards|Kind regards|Mit freundlichen Grüßen|Cordialement|Atentamente|Cordiali saluti|Com os melhores cumprimentos|Met vriendelijke groet|Z poważaniem|Med vänliga hälsningar|Med venlig hilsen|Med vennlig hilsen|Ystävällisin terveisin|S pozdravem|Saygılarımızla
team|Customer Service|Ihr Kundenservice|Le service client|Atención al cliente|Servizio Clienti|Apoio ao Cliente|Klantenservice|Biuro Obsługi Klienta|Kundservice|Kundeservice|Kundeservice|Asiakaspalvelu|Zákaznická podpora|Müşteri Hizmetleri
portsub|Number porting request|Antrag auf Rufnummernmitnahme|Demande de portabilité du numéro|Solicitud de portabilidad|Richiesta di portabilità del numero|Pedido de portabilidade|Verzoek nummerbehoud|Wniosek o przeniesienie numeru|Begäran om nummerflytt|Anmodning om nummerflytning|Forespørsel om nummeroverføring|Numeronsiirtopyyntö|Žádost o přenesení čísla|Numara taşıma başvurusu
donor|Current provider|Bisheriger Anbieter|Opérateur actuel|Operador actual|Operatore attuale|Operador atual|Huidige provider|Obecny operator|Nuvarande operatör|Nuværende udbyder|Nåværende operatør|Nykyinen operaattori|Současný operátor|Mevcut operatör
portdate|Requested porting date|Gewünschter Portierungstermin|Date de portage souhaitée|Fecha de portabilidad deseada|Data di portabilità richiesta|Data pretendida|Gewenste overstapdatum|Wnioskowana data przeniesienia|Önskat flyttdatum|Ønsket flytningsdato|Ønsket overføringsdato|Toivottu siirtopäivä|Požadované datum přenesení|Talep edilen taşıma tarihi
sign|Signature|Unterschrift|Signature|Firma|Firma|Assinatura|Handtekening|Podpis|Underskrift|Underskrift|Signatur|Allekirjoitus|Podpis|İmza
placedate|Place, date|Ort, Datum|Fait à, le|Lugar y fecha|Luogo e data|Local e data|Plaats, datum|Miejscowość, data|Ort, datum|Sted, dato|Sted, dato|Paikka ja aika|Místo, datum|Yer, tarih
iddoc|ID document|Ausweisdokument|Pièce d'identité|Documento de identidad|Documento di identità|Documento de identificação|Identiteitsbewijs|Dokument tożsamości|Legitimation|Legitimation|Legitimasjon|Henkilöllisyystodistus|Doklad totožnosti|Kimlik belgesi
dltype|driving licence|Führerschein|permis de conduire|permiso de conducir|patente di guida|carta de condução|rijbewijs|prawo jazdy|körkort|kørekort|førerkort|ajokortti|řidičský průkaz|sürücü belgesi
expiry|Valid until|Gültig bis|Date d'expiration|Fecha de caducidad|Valida fino al|Válido até|Geldig tot|Data ważności|Giltig till|Udløbsdato|Gyldig til|Voimassa asti|Platnost do|Geçerlilik tarihi
kyc|Prepaid SIM registration|Registrierung Prepaid-SIM|Enregistrement carte SIM prépayée|Registro de tarjeta SIM prepago|Registrazione SIM prepagata|Registo de cartão SIM pré-pago|Registratie prepaid-simkaart|Rejestracja karty prepaid|Registrering av kontantkort|Registrering af taletidskort|Registrering av kontantkort|Prepaid-liittymän rekisteröinti|Registrace předplacené SIM karty|Ön ödemeli hat kaydı
activation|Activation date|Aktivierungsdatum|Date d'activation|Fecha de activación|Data di attivazione|Data de ativação|Activeringsdatum|Data aktywacji|Aktiveringsdatum|Aktiveringsdato|Aktiveringsdato|Aktivointipäivä|Datum aktivace|Aktivasyon tarihi
shop|Point of sale|Verkaufsstelle|Point de vente|Punto de venta|Punto vendita|Ponto de venda|Verkooppunt|Punkt sprzedaży|Försäljningsställe|Forhandler|Forhandler|Myyntipiste|Prodejní místo|Satış noktası
verified|Identity verified by|Identität geprüft durch|Identité vérifiée par|Identidad verificada por|Identità verificata da|Identidade verificada por|Identiteit gecontroleerd door|Tożsamość zweryfikował|Identitet kontrollerad av|Identitet kontrolleret af|Identitet kontrollert av|Henkilöllisyyden tarkasti|Totožnost ověřil|Kimliği doğrulayan
holder|Account holder|Kontoinhaber|Titulaire du compte|Titular de la cuenta|Intestatario del conto|Titular da conta|Rekeninghouder|Posiadacz rachunku|Kontoinnehavare|Kontohaver|Kontoinnehaver|Tilinhaltija|Majitel účtu|Hesap sahibi
mandate|SEPA Direct Debit Mandate|SEPA-Lastschriftmandat|Mandat de prélèvement SEPA|Orden de domiciliación de adeudo directo SEPA|Mandato per addebito diretto SEPA|Autorização de Débito Direto SEPA|Doorlopende SEPA-machtiging|Polecenie zapłaty SEPA|SEPA-autogiromedgivande|SEPA-betalingsaftale|SEPA-avtalegiro|SEPA-suoraveloitusvaltuutus|Souhlas s inkasem SEPA|SEPA otomatik ödeme talimatı
credid|Creditor identifier|Gläubiger-Identifikationsnummer|Identifiant créancier SEPA|Identificador del acreedor|Codice identificativo del creditore|Identificação do credor|Incassant ID|Identyfikator wierzyciela|Borgenärs-ID|Kreditor-ID|Kreditor-ID|Velkojan tunnus|Identifikátor věřitele|Alacaklı kimliği
mref|Mandate reference|Mandatsreferenz|Référence unique du mandat|Referencia de la orden|Riferimento del mandato|Referência da autorização|Kenmerk machtiging|Numer referencyjny|Medgivandereferens|Aftalereference|Avtalereferanse|Valtuutuksen viite|Reference souhlasu|Talimat referansı
reminder|Payment reminder|Zahlungserinnerung|Relance pour facture impayée|Recordatorio de pago|Sollecito di pagamento|Lembrete de pagamento|Betalingsherinnering|Przypomnienie o płatności|Betalningspåminnelse|Betalingspåmindelse|Betalingspåminnelse|Maksumuistutus|Upomínka|Ödeme hatırlatması
bill|Your bill|Ihre Rechnung|Votre facture|Su factura|La sua fattura|A sua fatura|Uw factuur|Twoja faktura|Din faktura|Din regning|Din faktura|Laskusi|Vaše vyúčtování|Faturanız
plan|Tariff|Tarif|Forfait|Tarifa|Offerta|Tarifário|Abonnement|Taryfa|Abonnemang|Abonnement|Abonnement|Liittymä|Tarif|Tarife
usage|Usage|Verbrauch|Consommation|Consumo|Consumi|Consumos|Verbruik|Zużycie|Förbrukning|Forbrug|Forbruk|Käyttö|Spotřeba|Kullanım
pricelist|Price list|Preisliste|Grille tarifaire|Tarifas|Listino prezzi|Tabela de preços|Tarieven|Cennik|Prislista|Prisliste|Prisliste|Hinnasto|Ceník|Fiyat listesi
price|Price/month|Preis/Monat|Prix/mois|Precio/mes|Prezzo/mese|Preço/mês|Prijs/mnd|Cena/mies.|Pris/mån|Pris/md.|Pris/mnd|Hinta/kk|Cena/měs.|Fiyat/ay
term|Term (months)|Laufzeit (Monate)|Durée (mois)|Permanencia (meses)|Vincolo (mesi)|Fidelização (meses)|Looptijd (mnd)|Umowa (mies.)|Bindning (mån)|Binding (mdr.)|Binding (mnd)|Määräaika (kk)|Závazek (měs.)|Taahhüt (ay)
vat|prices incl. VAT|Preise inkl. MwSt.|prix TTC|IVA incluido|IVA inclusa|IVA incluído|prijzen incl. btw|ceny z VAT|priser inkl. moms|priser inkl. moms|priser inkl. mva|hinnat sis. alv|ceny vč. DPH|fiyatlara KDV dahildir
outsubj|Planned maintenance in your area|Geplante Wartungsarbeiten in Ihrer Region|Travaux de maintenance programmés|Mantenimiento programado en su zona|Manutenzione programmata nella sua zona|Manutenção programada na sua área|Gepland onderhoud in uw regio|Planowane prace serwisowe|Planerat underhåll i ditt område|Planlagt vedligeholdelse i dit område|Planlagt vedlikehold i ditt område|Suunniteltu huoltokatko|Plánovaná údržba ve vaší oblasti|Bölgenizde planlı bakım çalışması
secalert|Security alert|Sicherheitshinweis|Alerte de sécurité|Aviso de seguridad|Avviso di sicurezza|Alerta de segurança|Beveiligingsmelding|Alert bezpieczeństwa|Säkerhetsvarning|Sikkerhedsadvarsel|Sikkerhetsvarsel|Turvallisuusilmoitus|Bezpečnostní upozornění|Güvenlik uyarısı
techappt|Technician appointment confirmed|Techniker-Termin bestätigt|Rendez-vous technicien confirmé|Cita con el técnico confirmada|Appuntamento con il tecnico confermato|Visita técnica confirmada|Afspraak met monteur bevestigd|Wizyta technika potwierdzona|Teknikerbesök bekräftat|Teknikerbesøg bekræftet|Teknikerbesøk bekreftet|Asentajakäynti vahvistettu|Návštěva technika potvrzena|Teknisyen randevusu onaylandı
"""
LAB = {}
for _line in _LAB.strip().splitlines():
    _k, *_vals = _line.split("|")
    assert len(_vals) == len(LANGS), _k
    LAB[_k] = dict(zip(LANGS, _vals, strict=True))

GREET = {"en": ["Dear {},", "Hello {},", "Hi {},"], "de": ["Guten Tag {},", "Hallo {},"],
         "fr": ["Bonjour {},"], "es": ["Hola, {}:", "Estimado/a {}:"], "it": ["Gentile {},", "Buongiorno {},"],
         "pt": ["Olá {},", "Caro(a) {},"], "nl": ["Beste {},", "Geachte {},"], "pl": ["Dzień dobry {},"],
         "sv": ["Hej {}!", "Hej {},"], "da": ["Kære {}", "Hej {}"], "no": ["Hei {}!", "Hei {},"],
         "fi": ["Hei {},", "Hyvä {},"], "cs": ["Dobrý den, {},"], "tr": ["Sayın {},", "Merhaba {},"]}
GENERIC_GREET = {"en": "Dear customer,", "de": "Sehr geehrte Kundin, sehr geehrter Kunde,",
                 "fr": "Madame, Monsieur,", "es": "Estimado cliente:", "it": "Gentile cliente,",
                 "pt": "Caro cliente,", "nl": "Beste klant,", "pl": "Szanowni Państwo,", "sv": "Hej!",
                 "da": "Kære kunde", "no": "Hei!", "fi": "Hyvä asiakas,", "cs": "Vážený zákazníku,",
                 "tr": "Sayın müşterimiz,"}
NATIONALITY = {"en": "British American Irish Canadian Indian Nigerian Kenyan", "de": "deutsch österreichisch türkisch",
               "fr": "française belge marocaine", "es": "española mexicana colombiana", "it": "italiana rumena",
               "pt": "portuguesa brasileira", "nl": "Nederlandse Belgische", "pl": "polskie ukraińskie",
               "sv": "svenskt finskt", "da": "dansk", "no": "norsk", "fi": "Suomi Ruotsi", "cs": "česká slovenská",
               "tr": "T.C. Azerbaycan"}
CURRENCY = {"US": "${}", "CA": "CA${}", "AU": "A${}", "GB": "£{}", "IE": "€{}", "IN": "₹{}", "NG": "₦{}",
            "ZA": "R{}", "KE": "KSh {}", "SG": "S${}", "PH": "₱{}", "DE": "{} €", "AT": "€ {}", "CH": "CHF {}",
            "FR": "{} €", "BE": "{} €", "ES": "{} €", "MX": "${} MXN", "IT": "€ {}", "PT": "{} €",
            "BR": "R$ {}", "NL": "€ {}", "PL": "{} zł", "SE": "{} kr", "DK": "{} kr.", "NO": "kr {}",
            "FI": "{} €", "CZ": "{} Kč", "TR": "{} TL"}

BRANDS = {"US": ["Helix Mobile", "Brightline Fiber", "Kestrel Wireless", "Summit Broadband"],
          "GB": ["Albion Mobile", "Brightline Fibre", "Thistle Telecom"], "IE": ["Celtic Wave", "Liffey Mobile"],
          "CA": ["Maple Mobility", "Northshore Telecom"], "AU": ["Southern Cross Mobile", "Wattle Broadband"],
          "IN": ["Bharat Netlink", "Sahyadri Telecom"], "NG": ["Naija Connect", "Lagoon Telecom"],
          "ZA": ["Protea Mobile"], "KE": ["Savanna Mobile"], "SG": ["Merlion Mobile"], "PH": ["Kalayaan Telecom"],
          "DE": ["Nordwave Telekom", "Spreenet", "Alpenfunk"], "AT": ["Alpenfunk"], "CH": ["Helvetic Mobile"],
          "FR": ["Solenne Télécom", "Onde Mobile"], "BE": ["Belnet Mobile"], "ES": ["Movilia", "Ibérica Fibra"],
          "MX": ["Movilia México"], "IT": ["Ondata", "Tricolore Mobile"], "PT": ["Lusonet"], "BR": ["Vivaz Telecom"],
          "NL": ["Polderlink", "Tulp Mobiel"], "PL": ["Vistula Mobile"], "SE": ["Polarlink"], "DK": ["Danlink"],
          "NO": ["Fjordtel"], "FI": ["Sisu Mobile"], "CZ": ["Vltava Net"], "TR": ["Kuzey Telekom"]}
COMPANIES = ["Müller & Söhne GmbH", "Johnson Brothers Plumbing Ltd", "Ferreira & Filhos Lda.", "Dupont Logistique SAS",
             "Rossi Costruzioni S.r.l.", "Van der Berg Transport B.V.", "Kowalski i Wspólnicy sp. z o.o.",
             "Andersson Bygg AB", "Jensen Auto ApS", "Hansen Fisk AS", "Virtanen Consulting Oy", "Novák a syn s.r.o.",
             "Yılmaz Tekstil A.Ş.", "Patel Pharmacy Ltd", "Okafor & Sons Enterprises", "Brightwater Dental LLC",
             "Harborview Logistics Inc.", "Green Valley Farms Co.", "Atlas Data Centers LLC", "Quantum Freight GmbH"]


def slug(brand):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(brand).lower())


class Ctx:
    def __init__(self, r, lang, cc):
        self.r, self.lang, self.cc = r, lang, cc
        self.C = COUNTRY[cc]
        self.us = cc == "US"
        self.brand = r.choice(BRANDS[cc])
        self.domain = slug(self.brand) + r.choice([".example", ".example", ".example.com", ".example.net"])
        self.fseed = r.random()  # document-wide preferred date/time formatting

    def relocate(self, cc, lang=None):
        self.cc, self.C, self.us = cc, COUNTRY[cc], cc == "US"
        self.lang = lang or self.lang
        self.brand = self.r.choice(BRANDS[cc])
        self.domain = slug(self.brand) + self.r.choice([".example", ".example.com"])

    # people / contact data
    def person(self, cult=None):
        return Person(self.r, cult or self.r.choice(self.C["cult"]))

    def pname(self, p, style=None):
        return (p.name(self.r, style), PER)

    def titled(self, p, style=None, lang=None):
        """[honorific, (name, PERSON)] – the honorific stays outside the span"""
        lang = lang or self.lang
        male, female = HONOR.get(lang, HONOR["en"])
        t = self.r.choice(female if p.female else male)
        if style is None:
            style = self.r.choice(["full", "full", "last"] if t else ["full", "first"])
        nm = (p.name(self.r, style), PER)
        return [t + " ", nm] if t else [nm]

    def addr(self, cc=None):
        return Address(self.r, cc or self.cc)

    def phone(self, kind="mob", cc=None):
        return (phone(self.r, cc or self.cc, kind), PHONE)

    def email(self, p=None, lang=None):
        doms = EMAIL_DOMAINS.get(lang or self.lang, EMAIL_DOMAINS["en"])
        if p is None:
            return (self.r.choice(["info", "support", "noc", "billing", "care", "kundenservice", "abuse"]) +
                    "@" + self.domain, EMAIL)
        return (p.email(self.r, doms), EMAIL)

    def staff_email(self, p):
        f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
        return (self.r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l[0]}"]) + "@" + self.domain, EMAIL)

    def url(self, path=None):
        r = self.r
        if path is None:
            path = r.choice(["/account/bills", "/help/sim-swap", "/status", "/my/orders/" + fill(r, "######"),
                             "/support/ticket?id=" + fill(r, "#######"), "/outages?postcode=area",
                             "/kundencenter/rechnung", "/service/termin?ref=" + fill(r, "XXXXXX"),
                             "/app/download?utm_source=sms&utm_medium=notice", "/faq/portabilidad",
                             "/login?next=%2Fbilling", "/netz/stoerungen"])
        sub = r.choice(["www", "my", "status", "selfcare", "support", "portal"])
        return (f"https://{sub}.{self.domain}{path}", URL)

    # dates
    def _fr(self):
        return random.Random(self.fseed) if self.r.random() < 0.9 else self.r

    def d(self, d=None, style=None, lang=None):
        d = d or rdate(self.r)
        return fdate(self._fr(), d, lang or self.lang, self.us, style)

    def date(self, d=None, style=None):
        return (self.d(d, style), DT)

    def time(self, h=None, m=None):
        if h is None:
            h, m = rtime(self.r)
        return (ftime(self._fr(), h, m, self.lang, self.us), DT)

    def dt(self, d=None, dstyle=None):
        h, m = rtime(self.r)
        d = d or rdate(self.r)
        return (fdt(self._fr(), d, h, m, self.lang, self.us, dstyle), DT)

    def dob(self, style=None):
        style = style or self.r.choice(["num", "num", "long"] + (["iso"] if self.lang == "en" else []))
        return (self.d(rdob(self.r), style), DOB)

    def L(self, key):
        return LAB[key][self.lang]

    def amount(self, lo=5, hi=250):
        v = self.r.uniform(lo, hi)
        s = f"{v:,.2f}"
        if self.lang not in ("en",) and self.cc not in ("MX",):
            s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return CURRENCY[self.cc].format(s)

    def greet(self, p):
        g = self.r.choice(GREET[self.lang])
        pre, post = g.split("{}")
        return [pre] + self.titled(p) + [post]

    def acct(self):
        return (fill(self.r, self.r.choice(["#########", "1#######", "CU-########", "##########", "K########",
                                             "###-####-###", "KD#######", "8########"])), ACCT)

    def iban(self, cc=None):
        cc = cc or IBAN_CC.get(self.cc) or self.r.choice(["GB", "IE"])
        return (make_iban(self.r, cc), IBAN)


def ip4(r, private=None):
    if private is None:
        private = chance(r, 0.5)
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    return r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                     f"203.0.113.{r.randint(1, 254)}",
                     f"{r.choice([31, 46, 62, 77, 81, 85, 89, 91, 94, 109, 151, 176, 185, 212, 217])}."
                     f"{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ip6(r):
    groups = ["2001", "db8", f"{r.randint(0, 0xffff):x}", f"{r.randint(0, 0xffff):x}"]
    k = r.randint(0, 2)
    if k == 0:
        return ":".join(groups) + "::" + f"{r.randint(1, 0xffff):x}"
    if k == 1:
        return ":".join(groups + [f"{r.randint(0, 0xffff):x}" for _ in range(4)])
    return f"2a0{r.randint(0, 9)}:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xff):x}"


# ---------------------------------------------------------------------------
# document kinds
# ---------------------------------------------------------------------------
KINDS: dict[str, tuple] = {}


def kind(name, langs=("en",), empty=False):
    def deco(fn):
        KINDS[name] = (fn, tuple(langs), empty)
        return fn
    return deco


US_DL = {"CA": "@#######", "TX": "########", "NY": "### ### ###", "FL": "@###-###-##-###-#", "IL": "@###-####-####",
         "WA": "WDL@@@@###@@", "MA": "S########", "OH": "@@######", "CO": "##-###-####", "GA": "#########",
         "AZ": "D########", "OR": "#######", "NC": "############", "MN": "@############", "NY2": "#########"}


def driver_license(r, cc, p=None, state=None):
    if cc == "US":
        st = state if state in US_DL else r.choice(list(US_DL))
        pat = US_DL[st]
        return "".join(r.choice(UP) if ch == "@" else r.choice(DIG) if ch == "#" else ch for ch in pat)
    if cc == "GB" and p is not None:
        sur = (re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper()) + "99999")[:5]
        d = rdob(r)
        mm = d.month + (50 if p.female else 0)
        return (f"{sur}{str(d.year)[2]}{mm:02d}{d.day:02d}{str(d.year)[3]}{ascii_fold(p.first)[0].upper()}"
                f"{p.mid if chance(r, 0.4) else '9'}9{fill(r, 'XX')}")
    pats = {"DE": "B##XXX#X##", "AT": "########", "CH": "XXX###-###", "FR": "############", "BE": "##########",
            "ES": "########A", "IT": "AA#######A", "PT": "AA-######-#", "NL": "##########", "PL": "#####/##/####",
            "SE": "########", "DK": "########", "NO": "### ## #####", "FI": "########", "CZ": "AA ######",
            "TR": "######", "IE": "###-###-###", "CA": "A####-#####-#####", "AU": "########", "IN": "AA## ###########",
            "NG": "AAA#####AA##", "ZA": "##########AA", "KE": "AAA######A", "SG": "S#######A", "PH": "A##-##-######",
            "BR": "###########", "MX": "A########", "GB": "AAAAA######AA#AA"}
    return fill(r, pats.get(cc, "A#######"))


def nplan(r):
    return pick(r, ["Unlimited_Plus", "Fibre_500", "SIM_Only_30GB", "Family_Share_4", "Prepaid_Flex_15",
                    "Business_Pro_100", "Fibra_1Gb", "5G_Max", "Home_Broadband_Essential", "Roam_Like_Home"])


# ---- customer care ---------------------------------------------------------
@kind("care_ticket")
def k_care_ticket(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    b.f("Ticket {} | Priority: {} | Channel: {}\n", neg_ticket(r), pick(r, "Low Normal High Urgent"),
        pick(r, "Phone Email Web_form App Retail_store"))
    b.f("Requester: {} <{}>\n", c.pname(p), c.email(p))
    b.kv(r.choice(["Account", "Account #", "Acct no", "Customer ID"]), c.acct())
    b.kv(r.choice(["MSISDN", "Line", "Mobile", "Service number"]), c.phone())
    k = r.randint(0, 3)
    subj = ["No signal at home", "Double charge on my bill", "Broadband drops every evening", "eSIM transfer failed"][k]
    b.f("Subject: {}\n\n", subj)
    if k == 0:
        b.t("Hi, since {D} I have had no signal at all at {A}. I already restarted my {DEV} and reset network "
            "settings. Please call me back on {PH} after {T}. Thanks, {N}",
            D=c.date(), A=(a.one(r), ADDR), DEV=r.choice(DEVICES), PH=c.phone(), T=c.time(), N=c.pname(p, "first"))
    elif k == 1:
        b.t("Hello, I was charged {AM} twice for my bill dated {D} (card {MC}). Reference on the bank statement: "
            "{REF}. Please refund one of the payments to my account {IB}.\n{N}",
            AM=c.amount(20, 120), D=c.date(), MC=neg_masked_card(r), REF=neg_ticket(r),
            IB=c.iban(r.choice(["GB", "IE"])) if c.cc in ("GB", "IE") else c.acct(), N=c.pname(p))
    elif k == 2:
        h1 = r.randint(18, 20)
        b.t("My fibre connection drops every evening between {T1} and {T2}. Router is a {DEV}, serial {SER}, "
            "firmware {VER}. WAN IP when it works: {IP}. This has been going on since {D}. You can reach me at "
            "{PH} or {EM}.",
            T1=c.time(h1, 0), T2=c.time(h1 + 2, 30), DEV=r.choice(DEVICES[7:]), SER=neg_serial(r), VER=neg_version(r),
            IP=(ip4(r, False), IP), D=c.date(), PH=c.phone("any"), EM=c.email(p))
    else:
        b.t("Tried to move my eSIM to a new {DEV} on {D}; the QR code says 'already used'. IMEI of the new phone "
            "is {IMEI}. I need this working before my flight on {D2}. - {N}",
            DEV=r.choice(DEVICES[:7]), D=c.date(), IMEI=neg_imei(r), D2=c.date(), N=c.pname(p))
    ag = c.person()
    b.f("\n\n--- Internal note ({}, Tier {}) ---\n", c.pname(ag, "first"), r.randint(1, 3))
    b.t(r.choice(["Verified caller via {V}. Callback booked for {DT}.",
                  "Customer verified ({V}). Escalated to field ops, ref {REF}. Next update due {DT}.",
                  "ID&V passed ({V}). Credit of {AM} applied; follow-up on {DT}."]),
        V=r.choice(["DOB + postcode", "account PIN", "last 4 of card", "security question"]), DT=c.dt(),
        REF=neg_ticket(r), AM=c.amount(5, 40))
    return b


@kind("chat_transcript")
def k_chat(c):
    r, b = c.r, Builder()
    p, ag, a = c.person(), c.person(), c.addr()
    h, m, s = r.randint(8, 21), r.randint(0, 50), r.randint(0, 50)
    br = chance(r, 0.6)

    def ts():
        nonlocal m, s
        s += r.randint(5, 50)
        m, s = m + s // 60, s % 60
        return f"[{h:02d}:{m:02d}:{s:02d}] " if br else f"{h:02d}:{m:02d} "
    b.f("{} Live Chat - session {}\n\n", c.brand, neg_uuid(r))
    b.f("{}Bot: Hi! I'm Nova, the virtual assistant. What's your name?\n", ts())
    b.f("{}Visitor: {}\n", ts(), c.pname(p, r.choice(["full", "full", "lower", "first"])))
    b.f("{}Bot: Thanks! Connecting you to an agent...\n", ts())
    b.f("{}{}: Hi {}, my name is {}. To verify your account, can you confirm your date of birth and "
        "postcode please?\n", ts(), [r.choice(["Agent ", ""]), c.pname(ag, "first")], c.pname(p, "first"),
        c.pname(ag, "first"))
    b.f("{}Visitor: {} and {}\n", ts(), c.dob(), a.postcode)
    b.f("{}{}: Thank you. How can I help today?\n", ts(), c.pname(ag, "first"))
    k = r.randint(0, 2)
    if k == 0:
        b.f("{}Visitor: I moved to {} and want to transfer my broadband. Can an engineer come on {}?\n",
            ts(), (a.one(r), ADDR), c.date())
    elif k == 1:
        b.f("{}Visitor: someone called me from {} pretending to be you and asked for my PIN. "
            "I gave them {} before I realised :(\n", ts(), c.phone("any"), (passcode(r), PWD))
    else:
        b.f("{}Visitor: My bill went up to {}. Was the {} bundle not applied? Acct {}\n", ts(), c.amount(60, 180),
            nplan(r), c.acct())
    b.f("{}{}: I understand. I've raised {} for you and you'll get an SMS on {} shortly. "
        "Anything else?\n", ts(), c.pname(ag, "first"), neg_ticket(r), c.phone())
    b.f("{}Visitor: no thanks, bye\n{}System: Chat ended. Rate us at {}\n", ts(), ts(), c.url("/survey?ch=chat"))
    return b


@kind("port_in_request")
def k_port_in(c):
    r, b = c.r, Builder()
    c.relocate(r.choice(["US", "US", "CA"]))
    p, a = c.person(r.choice(COUNTRY[c.cc]["cult"])), c.addr(c.cc)
    donor = r.choice(["Pinecone Wireless", "Lakeshore Cellular", "Redwood Mobile", "Bluebonnet PCS", "Prairie Tel"])
    b.f("LOCAL NUMBER PORTABILITY - PORT-IN REQUEST\nPON: {}   VER: {}   REQTYP: {}\n\n", "PN" + fill(r, "##########"),
        fill(r, "0#"), r.choice(["AB", "CB"]))
    b.kv("End user name", (p.name(r, r.choice(["caps", "full", "lf"])), PER))
    b.kv("Service address", (a.one(r, False), ADDR))
    b.add("Telephone number(s) to port:\n")
    for _ in range(r.randint(1, 3)):
        b.f("  - {}\n", (phone(r, c.cc, "mob"), PHONE))
    b.kvs([("Losing carrier", donor), ("Account number with losing carrier", c.acct()),
           (r.choice(["Account PIN / passcode", "Transfer PIN", "Port-out PIN"]), (passcode(r), PWD))])
    b.kv("Last 4 of SSN", "XXX-XX-" + fill(r, "####")) if c.us else None
    b.kvs([("Desired due date (DDD)", c.date()), ("Authorized by", c.pname(p, "full")), ("Date signed", c.date()),
           ("Contact for questions", [c.pname(c.person(), "full"), " at ", c.phone("land"), " / ", c.email()])])
    b.add("\nNOTE: Do not port if CSR name does not match end user name. Jeopardy code 6P on mismatch.\n")
    return b


@kind("sim_swap_verification")
def k_simswap_verify(c):
    r, b = c.r, Builder()
    p, ag = c.person(), c.person()
    caps = chance(r, 0.5)
    H = (lambda x: x.upper()) if caps else (lambda x: x)
    b.f("{}\n{}\n", H("SIM Replacement - Identity Verification Checklist"), "=" * 48)
    b.f("Store: {}    Agent ID: {}\n", fill(r, "ST-####"), "AG" + fill(r, "#####"))
    b.kvs([("Customer", c.pname(p)), ("MSISDN", c.phone()), ("Old ICCID", neg_iccid(r)), ("New ICCID", neg_iccid(r)),
           ("Account", c.acct())])
    id_cc = c.cc if c.cc in ("US", "GB", "IE", "CA", "AU", "IN", "NG", "ZA", "KE", "SG", "PH") else "US"
    b.f("[x] Photo ID: driving licence no. {} expires {}\n", (driver_license(r, id_cc, p), DL), c.date(rdate(r, 2025, 2031)))
    b.f("[x] DOB on ID matches record: {}\n", c.dob())
    if chance(r, 0.5):
        b.f("[x] Account PIN provided: {}\n", (passcode(r), PWD))
    else:
        b.f("[x] Account PIN provided: {}\n", "****")
    b.f("[{}] Recent port-out / SIM change in last 30 days\n", r.choice(["x", " "]))
    b.f("[x] OTP sent to alt. contact {}\n", c.phone("any"))
    b.f("\nResult: {}\nSwap executed: {}\nVerified by: {}\n", r.choice(["APPROVED", "APPROVED", "REFERRED TO FRAUD"]),
        c.dt(), c.pname(ag, r.choice(["full", "init"])))
    return b


@kind("billing_statement_en")
def k_bill_en(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    start = rdate(r)
    b.f("{}\n{:>60}\n\n", c.brand.upper(), "Monthly statement")
    b.kv("Account number", c.acct())
    b.kv("Statement date", c.date(start + timedelta(days=r.randint(1, 5))))
    b.f("Bill period: {} - {}\n\n", c.date(start - timedelta(days=30), "short"), c.date(start, "short"))
    b.f("{}\n{}\n\n", (p.name(r, r.choice(["caps", "full"])), PER), (a.multi(r, False), ADDR))
    b.add("SUMMARY\n")
    for _ in range(r.randint(1, 4)):
        b.f("  Line {}   {:<26} {}\n", c.phone(), nplan(r), c.amount(15, 90))
    b.f("  Roaming ({})            {}\n", r.choice(["travel zone 1", "rest of world", "travel zone 2"]), c.amount(0, 40))
    b.f("  Taxes & fees                    {}\n", c.amount(2, 20))
    b.f("\nTotal due by {}: {}\n", c.date(start + timedelta(days=21)), c.amount(40, 260))
    b.f("AutoPay: {} ({})\n", neg_masked_card(r), r.choice(["Visa", "Mastercard", "Amex"]))
    b.f("Questions? Call {} or visit {}\n", c.phone("free"), c.url("/account/bills"))
    return b


@kind("autopay_card_email")
def k_autopay(c):
    r, b = c.r, Builder()
    p = c.person()
    num, brand = card_number(r)
    mail_head(c, b, who(c, p), "billing@" + c.domain, r.choice(["update card", "Re: Payment failed", "autopay"]))
    b.t(r.choice(["Hi,\n\nMy autopay failed because the old card expired. Please put the new one on file: {CARD} "
                  "({BR}). The account is {ACCT} and the number on it is {PH}.\n\nThanks\n{N}",
                  "hello billing team - please charge the overdue {AM} to my {BR} {CARD} and keep it for autopay. "
                  "acct {ACCT}. If there is a problem text me on {PH}\n-- {N}"]),
        CARD=(num, CARD), BR=brand, ACCT=c.acct(), PH=c.phone(), N=c.pname(p, r.choice(["full", "first"])),
        AM=c.amount(30, 200))
    b.f("\n\n[Auto-reply from {} ticketing: ref {}. Never send full card numbers by e-mail.]", c.brand, neg_ticket(r))
    return b


@kind("itemised_bill")
def k_itemised(c):
    r, b = c.r, Builder()
    p = c.person()
    b.f("ITEMISED CALLS AND MESSAGES - {}\nAccount {} | Number {}\n\n", (p.name(r, "caps"), PER), c.acct(), c.phone())
    b.add(r.choice(["Date       | Time  | Number called        | Type | Duration | Cost\n",
                    "Date;Time;Destination;Service;Duration;Charge\n"]))
    sepc = " | " if "|" in b.text()[-60:] else ";"
    start, fseed = rdate(r), r.random()
    for i in range(r.randint(5, 12)):
        d = start + timedelta(days=i // 2)
        h, m = rtime(r, 7, 23)
        kind_ = r.choice(["Voice", "SMS", "Voice", "MMS", "Roam"])
        dur = f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}" if kind_ in ("Voice", "Roam") else "-"
        dest = c.phone("any") if chance(r, 0.7) else (e164(r, r.choice(list(COUNTRY))), PHONE)
        b.f("{}" + sepc + "{}" + sepc + "{}" + sepc + "{}" + sepc + "{}" + sepc + "{}\n",
            (fdate(random.Random(fseed), d, "en", c.us, "num"), DT), (f"{h:02d}:{m:02d}", DT), dest, kind_, dur,
            c.amount(0, 3))
    b.f("\nDurations shown as mm:ss. Calls to {} and 0800 numbers are free.\n", c.phone("free"))
    return b


@kind("credit_check_application")
def k_credit(c):
    r, b = c.r, Builder()
    c.relocate("US")
    p, a, a2 = c.person(r.choice(COUNTRY["US"]["cult"])), c.addr("US"), c.addr("US")
    b.f("{} POSTPAID SERVICE APPLICATION - CREDIT CHECK AUTHORIZATION\n\n", c.brand.upper())
    b.kvs([("Applicant", c.pname(p, r.choice(["full", "mid", "lf"]))),
           ("SSN", (make_ssn(r, r.choice(["-", "-", " "])), SSN)), ("Date of Birth", c.dob("num"))])
    st = a.region
    b.kvs([("Driver License #", [(driver_license(r, "US", p, st), DL), f" (State: {st})"]),
           ("Current address", (a.one(r, False), ADDR)), ("Time at address", f"{r.randint(1, 14)} yrs"),
           ("Previous address", (a2.one(r, False), ADDR)), ("Mobile", c.phone()), ("E-mail", c.email(p)),
           ("Employer", r.choice(COMPANIES[14:])), ("Monthly income", c.amount(2500, 9000)),
           ("Bank routing no.", fill(r, "0########")), ("Checking account no.", (fill(r, "##########"), ACCT))])
    b.add("\nI authorize the carrier to obtain a consumer credit report.\n")
    b.add(f"Bureau note: co-applicant number {bad_ssn(r)} rejected (not a valid SSN).\n")
    b.kv("Signature", c.pname(p, "full"), end="    ")
    b.kv("Date", c.date())
    return b


@kind("refund_request")
def k_refund(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    b.f("REFUND REQUEST FORM  (ref {})\n\n", neg_ticket(r))
    b.kvs([("Full name", c.pname(p)), ("Postal address", (a.multi(r) if chance(r, 0.4) else a.one(r), ADDR)),
           ("Phone number on account", c.phone()), ("Customer number", c.acct())])
    b.kv("Reason", r.choice(["Overpayment after cancellation", "Early termination fee charged in error",
                             "Device returned within 14 days", "Duplicate direct debit"]))
    b.kv("Amount", c.amount(10, 400))
    if c.cc in ("GB", "IE") or chance(r, 0.3):
        b.kvs([("Refund to IBAN", c.iban(r.choice(["GB", "IE", "DE", "FR", "NL"]))), ("BIC", neg_bic(r, "GB")),
               ("Account holder", c.pname(p, "caps"))])
    else:
        num, _ = card_number(r)
        b.kv("Refund to card", (num, CARD))
        b.kv("Card used for original payment", neg_masked_card(r))
    b.kv("Date of request", c.date())
    b.add("\nRefunds are processed within 10 working days. Do not include PINs or passwords on this form.\n")
    return b


def rfc_date(r):
    return (f"{r.choice(WD_ABBR)}, {r.randint(1, 28)} {r.choice(MON_ABBR)} {r.randint(2023, 2025)} "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['+0000', '+0100', '-0500', '+0200', '+0530'])}")


def mail_head(c, b, frm, to, subj, cc=None):
    r = c.r
    frm, to = ((x, EMAIL) if isinstance(x, str) and "@" in x else x for x in (frm, to))
    b.add("From: ").put(frm).add("\nTo: ").put(to)
    if cc:
        b.add("\nCc: ").put(cc)
    if chance(r, 0.4):
        b.f("\nReceived: from mx{}.{} ([{}]) by mail.{}; {}", r.randint(1, 4), c.domain, (ip4(r), IP), c.domain,
            rfc_date(r))
    b.f("\nDate: {}\nSubject: {}\n", rfc_date(r), subj)
    if chance(r, 0.5):
        b.f("X-Mailer: {} {}\nX-Ticket-Ref: {}\n", r.choice(["Zimbra", "Outlook 16.0", "Thunderbird"]), neg_version(r),
            neg_ticket(r))
    return b.add("\n")


def who(c, p, email=None):
    return [c.pname(p, r_style(c.r)), " <", email or c.email(p), ">"]


def r_style(r):
    return r.choice(["full", "full", "full", "mid", "caps"])


@kind("roaming_dispute_email")
def k_roaming(c):
    r, b = c.r, Builder()
    p = c.person()
    dest_cc, d1 = r.choice([x for x in COUNTRY if x != c.cc]), rdate(r)
    city = r.choice(COUNTRY[dest_cc]["cities"])[0]
    mail_head(c, b, who(c, p), c.email(), r.choice(["Roaming charges - dispute", "Bill shock!!", "Re: your invoice"]))
    b.t(r.choice([
        "{G}\n\nI travelled to {PLACE} from {D1} to {D2} and my bill now shows {AM} of data roaming. I had the travel "
        "pass activated on {D1} (confirmation SMS at {T}). Please review and credit the charges.\n\nAccount: {ACCT}\n"
        "Number: {PH}\n\n{N}",
        "Hello,\nwhile in {PLACE} on {D1} my phone connected to a maritime network for about 20 minutes and I was "
        "charged {AM}. I never used data on the ferry. My line is {PH}, customer no {ACCT}. I'd like a call back on "
        "{PH2}.\nRegards,\n{N}"]),
        G=r.choice(["Dear Sir or Madam,", "Hello,", "To whom it may concern,"]), PLACE=(r.choice([city, f"{city}, {COUNTRY[dest_cc]['name']}"]), LOC),
        D1=c.date(d1), D2=c.date(d1 + timedelta(days=r.randint(2, 20))), AM=c.amount(80, 900), T=c.time(), ACCT=c.acct(), PH=c.phone(),
        PH2=c.phone("any"), N=c.pname(p, r.choice(["full", "first"])))
    return b


@kind("number_recycling_complaint")
def k_recycled(c):
    r, b = c.r, Builder()
    p, other, a = c.person(), c.person(), c.addr()
    b.t("{A}\n\n{D}\n\n{BR} Customer Relations\n\nRe: calls and texts meant for a previous owner of my number {PH}\n\n"
        "Dear Sir or Madam,\n\nSince I was given this number on {D2}, I receive several calls a day asking for "
        "{O}. Yesterday a debt collector from {PH3} left a voicemail with {O2}'s date of birth. On {D3} a "
        "parcel service texted a delivery code for {OA}. I do not know this person and I am worried about "
        "their privacy and mine.\n\nPlease either move the old registrations off this number or give me a new one "
        "free of charge. My account number is {ACCT}.\n\nYours faithfully,\n\n{N}\n",
        A=(a.multi(r, False), ADDR), D=c.date(style="long"), BR=c.brand, PH=c.phone(), D2=c.date(), O=c.pname(other, "full"),
        PH3=c.phone("land"), O2=c.pname(other, "first"), D3=c.date(), OA=(c.addr().one(r, False), ADDR),
        ACCT=c.acct(), N=c.pname(p, "full"))
    return b


@kind("whatsapp_export")
def k_whatsapp(c):
    r, b = c.r, Builder()
    p, ag = c.person(), c.person()
    d = rdate(r)
    h, m = r.randint(8, 20), r.randint(0, 40)
    cust = p.name(r, r.choice(["full", "first", "full"]))
    agent, ios = f"{c.brand} Support", chance(r, 0.5)

    def pre():
        nonlocal m
        m += r.randint(0, 4)
        return f"[{d.day:02d}/{d.month:02d}/{d.year}, {h:02d}:{m:02d}:{r.randint(0, 59):02d}] " if ios \
            else f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}, {h:02d}:{m:02d} - "
    b.f("{}{}: Hello, you are chatting with {}. How can we help?\n", pre(), agent, c.brand)
    b.f("{}{}: hi my internet is down since this morning\n", pre(), (cust, PER))
    b.f("{}{}: Sorry to hear that! I'm {}. Can you share the account holder's full name and the address of the "
        "connection?\n", pre(), agent, c.pname(ag, "first"))
    b.f("{}{}: {}, {}\n", pre(), (cust, PER), c.pname(p, "full"), (c.addr().one(r, False), ADDR))
    b.f("{}{}: Thanks. I see a fault in your area, engineers are on site. Estimated fix {}.\n", pre(), agent,
        c.dt())
    sp = c.person(p.cult)
    b.f("{}{}: ok. can you send updates to {} instead of this number? my {} {} uses this phone\n", pre(),
        (cust, PER), c.phone(), "wife" if sp.female else "husband", c.pname(sp, "first"))
    b.f("{}{}: Done. Ticket {}.\n{}{}: <Media omitted>\n", pre(), agent, neg_ticket(r), pre(), (cust, PER))
    return b


@kind("voicemail_transcript")
def k_voicemail(c):
    r, b = c.r, Builder()
    p = c.person()
    b.f("Visual Voicemail\nFrom: {}\nDuration: 0:{:02d}\nTranscription (beta):\n\n", c.phone("any"), r.randint(15, 59))
    b.t(r.choice([
        "\"Hi, this is {N} from {CO}, calling about the fibre install at {A}. Our technician can come {DT} "
        "instead. Please call me back on {PH}, that's {PH}. Thanks, bye.\"",
        "\"Hello, message for {N2}. This is {N} with {BR} fraud prevention. We noticed a SIM change request on "
        "your line. If this was not you, call us on {PH} quoting reference {REF}.\"",
        "\"hey it's {N} uh my phone died so I'm using my friend's... the new number is {PH}. my email is {EM} "
        "if the bill needs to go somewhere. ok, thanks\""]),
        N=c.pname(p, r.choice(["full", "first"])), CO=r.choice(COMPANIES[14:]), A=(c.addr().one(r, False), ADDR),
        DT=c.dt(), PH=c.phone("any"), N2=c.pname(c.person(), "full"), BR=c.brand, REF=neg_ticket(r),
        EM=c.email(p))
    b.f("\n\nThis transcription was generated automatically. Reply with 'STOP' to disable. {}", neg_uuid(r)[:8])
    return b


@kind("qa_call_transcript")
def k_qa_call(c):
    r, b = c.r, Builder()
    p, ag, a = c.person(), c.person(), c.addr()
    t = r.randint(0, 20)

    def off():
        nonlocal t
        t += r.randint(4, 25)
        return f"[{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}]"
    b.f("CALL QA REVIEW - recording {} - queue {}\nAgent: {}   Reviewer score: {}/100\n\n", neg_uuid(r),
        pick(r, "Billing Retention Tech_Support Sales"), c.pname(ag, r.choice(["full", "init"])), r.randint(55, 99))
    A, C = r.choice([("AGENT", "CALLER"), ("Agent", "Customer"), ("A", "C")])
    b.f("{} {}: Thank you for calling {}, you're speaking with {}. Who do I have the pleasure of talking to?\n",
        off(), A, c.brand, c.pname(ag, "first"))
    b.f("{} {}: Yeah hi, it's {}.\n", off(), C, c.pname(p, "full"))
    b.f("{} {}: Thanks. For security, first line of the address and date of birth?\n", off(), A)
    b.f("{} {}: {}, and {}.\n", off(), C, (a.street, ADDR), c.dob(r.choice(["long", "num"])))
    k = r.randint(0, 1)
    if k == 0:
        num, _ = card_number(r, sep=" ")
        b.f("{} {}: I want to pay the arrears now. Card number is {}.\n", off(), C, (num, CARD))
        b.f("{} {}: [QA: agent should have used the secure IVR - PCI breach, card captured on recording]\n",
            off(), A)
    else:
        kid = c.person(p.cult)
        b.f("{} {}: I'm calling about my {} {}'s line, {}.\n", off(), C, "daughter" if kid.female else "son",
            c.pname(kid, "first"), c.phone())
        b.f("{} {}: I can only discuss it with the account holder unless you're a named authorised user.\n", off(), A)
    b.f("{} {}: Anything else today? ... Then I'll send a confirmation to {}.\n", off(), A, c.email(p))
    b.add("\nCoaching notes: greeting ok; verification ok; hold time 00:02:13, wrap-up 45s.\n")
    return b


@kind("email_escalation_thread")
def k_escalation(c):
    r, b = c.r, Builder()
    p, m1, m2 = c.person(), c.person(), c.person()
    mail_head(c, b, who(c, m1, c.staff_email(m1)), who(c, m2, c.staff_email(m2)),
              "FW: Complaint escalated to executive office - " + neg_ticket(r))
    b.t("{G}\n\nPlease see below - this one came in via the regulator. Can your team call the customer today? "
        "Best number is {PH}. The outage at {A} has now lasted since {D}.\n\nThanks,\n{M1}\n\n"
        "-----Original Message-----\nFrom: {N} <{EM}>\nSent: {SENT}\nSubject: Still no service\n\n"
        "I have been without landline and internet for weeks. I am {AGE} and rely on the phone for my "
        "care alarm. Account {ACCT}. {N2}\n",
        G=["Hi ", c.pname(m2, "first"), ","], PH=c.phone("land"), A=(c.addr().one(r, False), ADDR), D=c.date(),
        M1=c.pname(m1, r.choice(["first", "full"])), N=c.pname(p, "full"), EM=c.email(p),
        SENT=rfc_date(r), AGE=r.randint(70, 93), ACCT=c.acct(), N2=c.pname(p, r.choice(["full", "init"])))
    return b


@kind("device_insurance_claim")
def k_insurance(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    b.f("DEVICE PROTECTION CLAIM   Claim no.: {}   Policy: {}\n\n", "CLM-" + fill(r, "#######"), fill(r, "DP-######"))
    b.kvs([("Policyholder", c.pname(p)), ("Address", (a.one(r), ADDR)), ("Contact", [c.phone(), " / ", c.email(p)]),
           ("Device", f"{r.choice(DEVICES[:7])}, IMEI {neg_imei(r)}"),
           ("Incident", r.choice(["Theft", "Accidental damage", "Loss", "Liquid damage"])),
           ("Date and time of incident", c.dt())])
    place = r.choice(COUNTRY[c.cc]["cities"])
    b.kv("Location of incident", (place[0] if chance(r, 0.5) else f"{place[0]}, {COUNTRY[c.cc]['name']}", LOC))
    b.kv("Police report ref.", fill(r, "CR/####/##"))
    b.add("Description: ")
    b.t(r.choice(["Phone was taken from my bag on the {TR}. Reported to the police the same day.",
                  "Dropped the phone while cycling; screen shattered, does not power on.",
                  "Left it in a taxi, driver could not be reached."]), TR=r.choice(["bus", "metro", "train"]))
    if c.cc in ("GB", "IE"):
        b.add("\nPayout IBAN: ").put(c.iban(c.cc))
    else:
        b.add("\nExcess paid with card: ").put(neg_masked_card(r))
    b.add(f"\nExcess: {c.amount(25, 150)}\n")
    return b


@kind("b2b_order_form")
def k_b2b(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    co = r.choice(COMPANIES)
    b.f("BUSINESS ORDER FORM - {} Enterprise\nOrder ref: {}\n\n", c.brand, "ENT-" + fill(r, "######"))
    b.add("1. COMPANY\n")
    b.kvs([("   Legal name", co),
           ("   VAT / Tax ID", fill(r, r.choice(["GB### #### ##", "DE#########", "FR## #########", "##-#######"]))),
           ("   Billing account", c.acct())])
    b.add("2. SITE\n")
    b.kvs([("   Installation address", (a.one(r), ADDR)),
           ("   Site contact", [c.pname(p, "full"), ", ", c.phone(), ", ", c.email(p)]),
           ("   Access hours", [c.time(8, 0), " - ", c.time(17, 30)])])
    b.add("3. SERVICE\n")
    b.kv("   Product", r.choice(["DIA 1 Gbps", "SD-WAN Premium x3", "SIP Trunk 30ch", "Dark fibre pair"]))
    b.kv("   Circuit ID", fill(r, "AAA") + "/ETH/" + fill(r, "######"))
    b.f("   Assigned WAN: {}/30, gateway {}\n", (ip4(r, False), IP), (ip4(r, False), IP))
    b.f("   IPv6: {}/56\n", (ip6(r), IP))
    b.kv("   Requested live date", c.date())
    b.add("4. AUTHORISED SIGNATORY\n")
    sig = c.person()
    b.kvs([("   Name", c.pname(sig, "full")),
           ("   Title", r.choice(["IT Manager", "CFO", "Operations Director", "Office Manager"])),
           ("   Signed", c.date())])
    return b


@kind("kyc_review_email")
def k_kyc_review(c):
    r, b = c.r, Builder()
    an, p = c.person(), c.person()
    mail_head(c, b, who(c, an, c.staff_email(an)), "kyc-team@" + c.domain,
              "KYC exception - prepaid activation " + "ACT-" + fill(r, "#######"))
    b.t("Team,\n\nFlagging a mismatch on a prepaid activation from the {CITY} store. The customer registered as "
        "{N} with date of birth {DOB}, but the scanned ID shows {DOB2}. Licence number on the scan: {DL}. "
        "Registered address: {A}.\nMSISDN {PH} was activated on {D} and has since been used for {X} SMS to "
        "short codes. I have barred outgoing SMS pending review. The customer's e-mail on file is {EM}.\n\n"
        "Please do not contact the customer directly; fraud ({F}) is looped in.\n\n{AN}\nKYC Analyst",
        CITY=(r.choice(c.C["cities"])[0], LOC), N=c.pname(p, r.choice(["full", "caps", "lf"])), DOB=c.dob(),
        DOB2=c.dob(), DL=(driver_license(r, c.cc, p), DL), A=(c.addr().one(r), ADDR), PH=c.phone(), D=c.date(),
        X=r.randint(200, 4000), EM=c.email(p), F=c.pname(c.person(), "full"), AN=c.pname(an, "full"))
    return b


def ocr_noise(r, s, p=0.06):
    sub = {"O": "0", "0": "O", "l": "1", "I": "1", "S": "5", "B": "8", "e": "c", "a": "o", "i": "l"}
    return "".join(sub[ch] if ch in sub and chance(r, p) else ch for ch in s)


@kind("ocr_id_scan")
def k_ocr_id(c):
    r, b = c.r, Builder()
    c.relocate(r.choice(["US", "US", "GB", "CA", "AU"]))
    p, a = c.person(), c.addr()
    N = lambda s: ocr_noise(r, s)
    b.f("{}\n", N(r.choice(["== OCR RESULT (prepaid SIM KYC upload) ==", "ocr_text:", "[scan 2/2 - back side skipped]"])))
    if c.cc == "US":
        b.f("{}\n{} {}\n", N("USA"), N("DRIVER LICENSE"), N(r.choice(["CLASS C", "CLASS D"])))
        b.f("{} {}\n", N("DL"), (driver_license(r, "US", p, a.region), DL))
        b.f("{} {}\n", N("EXP"), (c.d(rdate(r, 2026, 2031), "num"), DT))
        b.f("{} {}\n{} {}\n", N("LN"), (p.last.upper(), PER), N("FN"), (p.first.upper(), PER))
        b.f("{}\n", (f"{a.street.upper()}\n{a.cityline.upper()}", ADDR))
        b.f("{} {}  {} {}  {} {}\n", N("DOB"), (c.d(rdob(r), "num"), DOB), N("SEX"), "F" if p.female else "M",
            N("HGT"), f"{r.randint(5, 6)}-{r.randint(0, 11):02d}\"")
        b.f("{} {}\n", N("ISS"), (c.d(rdate(r, 2019, 2024), "num"), DT))
    else:
        b.f("{}\n", N({"GB": "DRIVING LICENCE  UK", "CA": "DRIVER'S LICENCE / PERMIS DE CONDUIRE",
                       "AU": "DRIVER LICENCE  NSW"}[c.cc]))
        b.f("1. {}\n2. {}\n", (p.last.upper(), PER), (p.first.upper(), PER))
        b.f("3. {} {}\n", (fdate(r, rdob(r), "en", False, "num").replace("/", "."), DOB),
            (COUNTRY[c.cc]["name"].upper(), LOC))
        b.f("4a. {}  4b. {}\n", (fdate(r, rdate(r, 2018, 2024), "en", False, "num").replace("/", "."), DT),
            (fdate(r, rdate(r, 2026, 2033), "en", False, "num").replace("/", "."), DT))
        b.f("5. {}\n", (driver_license(r, c.cc, p), DL))
        b.f("8. {}\n", (a.one(r, False).upper(), ADDR))
        b.f("9. {}\n", r.choice(["AM/A/B1/B/f/k/p/q", "B", "C, G"]))
    b.f("{}: {} {}\n", N("confidence"), f"0.{r.randint(61, 98)}", N("(low quality - glare)") if chance(r, 0.4) else "")
    return b


@kind("fraud_case_notes")
def k_fraud(c):
    r, b = c.r, Builder()
    v, inv = c.person(), c.person()
    d = rdate(r)
    b.f("FRAUD INVESTIGATION - CASE {}\nType: unauthorised SIM swap / account takeover\nInvestigator: {}\n\n",
        fill(r, "FR-2###-####"), c.pname(inv, r.choice(["full", "init"])))
    b.f("Victim: {} | MSISDN {} | acct {}\n", c.pname(v), c.phone(), c.acct())
    b.add("Timeline (as reported):\n")
    h = r.randint(9, 18)
    b.f("- {}: SIM swap performed at store {} ({}) by agent {}\n", (fdt(r, d, h, r.randint(0, 59), "en", c.us), DT),
        fill(r, "ST-####"), (c.addr().one(r, False), ADDR), "AG" + fill(r, "#####"))
    b.f("- {}: password reset on online banking from IP {}\n",
        (fdt(r, d, h + 1, r.randint(0, 59), "en", c.us), DT), (ip4(r, False), IP))
    tgt = r.choice(["GB", "DE", "NL", "ES", "FR", "PL"])
    b.f("- {}: transfer of {} to IBAN {} (mule account)\n", (fdt(r, d, h + 2, r.randint(0, 59), "en", c.us), DT),
        c.amount(900, 9000), (make_iban(r, tgt), IBAN))
    b.f("- Victim noticed 'SIM not provisioned' and called from partner's phone {}\n", c.phone())
    if c.us and chance(r, 0.6):
        b.f("- {}: attacker opened a credit line using victim's SSN {}\n", c.date(d + timedelta(days=1)), (make_ssn(r), SSN))
    b.f("\nID presented at store: licence {} in the name of {} (forged, photo mismatch).\n",
        (driver_license(r, c.cc if c.cc in ("US", "GB") else "US", v), DL), c.pname(v, "caps"))
    mgr = c.person()
    b.f("CCTV requested from store manager {} ({}).\n", c.pname(mgr, "full"), c.staff_email(mgr))
    b.add(f"Status: OPEN - losses {c.amount(900, 9000)}, IMEI of attacker device {neg_imei(r)}\n")
    return b


@kind("lawful_request")
def k_lawful(c):
    r, b = c.r, Builder()
    off, tgt = c.person(), c.person()
    b.f("{}\n{}\nREQUEST FOR SUBSCRIBER INFORMATION\n\n", r.choice(["OFFICIAL - SENSITIVE", "LAW ENFORCEMENT SENSITIVE"]),
        r.choice(["Metropolitan Police Service - Communications Data Unit", "County Sheriff's Office - Investigations",
                  "Police Service - Cyber Crime Unit"]))
    b.kv("Reference", fill(r, "CDU/2###/#####"))
    b.kv("To", f"{c.brand} Lawful Disclosure Team")
    b.kv("Requesting officer", [r.choice(["DC ", "Det. ", "Sgt. ", "Officer "]), c.pname(off, "full"),
                                f" (badge {fill(r, '####')})"])
    b.kv("Officer contact", [c.phone("land"), " / ", c.email(off)])
    b.kv("Target number", c.phone())
    d0 = rdate(r)
    b.f("Period: from {} to {}\n", c.dt(d0), c.dt(d0 + timedelta(days=r.randint(1, 90))))
    b.add("Data requested: subscriber details, IMEI history, cell site data, top-up locations.\n")
    b.f("Believed user: {}, date of birth {}, of {}\n", c.pname(tgt, "full"), c.dob(), (c.addr().one(r, False), ADDR))
    if c.us and chance(r, 0.5):
        b.f("SSN (from prior subpoena return): {}\n", (make_ssn(r), SSN))
    b.kv("Authorised by", [r.choice(["Insp. ", "Lt. ", "Supt. "]), c.pname(c.person(), "full"), ", ", c.date()])
    b.add("Urgency: routine (respond within 7 days). Do not notify the subscriber.\n")
    return b


@kind("abuse_complaint")
def k_abuse(c):
    r, b = c.r, Builder()
    rep, cu = c.person(), c.person()
    bad = ip4(r, False)
    mail_head(c, b, "abuse-reports@soc." + r.choice(["example.org", "example.net"]), "abuse@" + c.domain,
              "[Abuse] SSH brute force from your network")
    d = rdate(r)
    h = r.randint(0, 23)
    b.t("Hello abuse team,\n\nOn {DT} (UTC) we observed {N} failed SSH logins against {VIC} originating from {IP}, "
        "which belongs to your network ({ASN}). Log excerpt:\n\n",
        DT=(fdt(r, d, h, r.randint(0, 59), "en"), DT), N=r.randint(300, 9000), VIC=(ip4(r, False), IP), IP=(bad, IP),
        ASN=neg_asn(r))
    for _ in range(r.randint(2, 4)):
        b.f("{}T{:02d}:{:02d}:{:02d}Z sshd[{}]: Failed password for invalid user {} from {} port {} ssh2\n",
            d.isoformat(), h, r.randint(0, 59), r.randint(0, 59), r.randint(1000, 65000),
            pick(r, "admin root oracle ubnt test"), (bad, IP), r.randint(30000, 65000))
    b.f("\nRegards,\n{}\nSecurity Operations\n\n", c.pname(rep, "full"))
    b.f("---- internal (abuse desk) ----\nLookup: {} -> CGNAT pool, subscriber {} (acct {}), {}. "
        "Warning letter sent {}.\n", (bad, IP), c.pname(cu, r.choice(["full", "lf"])), c.acct(),
        (c.addr().one(r, False), ADDR), c.date())
    return b


# ---- network operations -----------------------------------------------------
def hostn(r):
    return f"{pick(r, 'pe cr bras bng agg olt fw dns')}{r.randint(1, 4)}-{pick(r, 'fra ams lon par mad mil waw sto osl hel prg ist nyc')}" \
           f"{r.randint(1, 3)}"


def logts(r, d=None, st=None):
    d = d or rdate(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return (lambda x: x[st] if st is not None else r.choice(x))([f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z", f"{MON_ABBR[d.month - 1]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}",
                     f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}"])


@kind("noc_incident_log")
def k_noc_log(c):
    r, b = c.r, Builder()
    d, eng, mgr, st = rdate(r), c.person(), c.person(), r.randint(0, 2)
    inc, h1 = neg_ticket(r), hostn(r)
    peer = ip4(r, False)
    b.f("{} {} INCIDENT {} opened sev{} \"{}\"\n", logts(r, d, st), h1, inc, r.randint(1, 3),
        r.choice(["BGP session down", "OLT uplink flapping", "DNS resolver latency", "packet loss on LAG"]))
    b.f("{} {} %BGP-5-ADJCHANGE: neighbor {} Down BGP Notification sent ({})\n", logts(r, d, st), h1, (peer, IP), neg_asn(r))
    b.f("{} {} ping {} -> 100% loss; traceroute stops at {}\n", logts(r, d, st), h1, (ip4(r, True), IP), (ip4(r, True), IP))
    b.f("{} {} mgmt v6 {} reachable, rtt {} ms\n", logts(r, d, st), h1, (ip6(r), IP), r.randint(1, 80))
    b.f("{:02d}:{:02d} paged on-call {} ({}) - no ack after 5 min\n", r.randint(0, 23), r.randint(0, 59),
        c.pname(eng, r.choice(["full", "first", "lower"])), c.phone())
    b.f("{:02d}:{:02d} escalated to duty manager {}, {}\n", r.randint(0, 23), r.randint(0, 59), c.pname(mgr, "full"),
        c.phone())
    b.f("{:02d}:{:02d} {} joined bridge, passcode {}\n", r.randint(0, 23), r.randint(0, 59), c.pname(eng, "first"),
        (fill(r, "#########"), PWD))
    b.f("{} {} INCIDENT {} resolved, duration {}h{:02d}m\n", logts(r, d, st), h1, inc, r.randint(0, 5), r.randint(0, 59))
    return b


@kind("noc_postmortem")
def k_postmortem(c):
    r, b = c.r, Builder()
    d, au = rdate(r), c.person()
    city = r.choice(c.C["cities"])
    h = r.randint(0, 20)
    b.f("Post-incident review - {}\nAuthor: {}    Status: final    Version {}\n\n", neg_ticket(r), c.pname(au, "full"),
        neg_version(r))
    b.t("Summary\nOn {D}, between {T1} and {T2}, approximately {N} broadband customers in {CITY} lost IPv4 "
        "connectivity after a configuration push to {HOST} ({IP}). IPv6 sessions via {IP6} were unaffected.\n\n"
        "Root cause\nA prefix-list change (commit {SHA}) removed {NET}/22 from the export policy.\n\n"
        "Actions\n1. {O1} to add pre-commit validation by {DUE}.\n2. {O2} to review alert thresholds.\n\n"
        "Customer impact was highest between {T3} and {T2}; the call centre received {K} calls.\n",
        D=c.date(d, "long"), T1=c.time(h, r.choice([5, 12, 40])), T2=c.time(h + 2, r.choice([0, 18, 55])),
        N=f"{r.randint(2, 90)},{r.randint(100, 999)}", CITY=(city[0] if chance(r, 0.6) else f"{city[0]}, {city[1]}", LOC),
        HOST=hostn(r), IP=(ip4(r, True), IP), IP6=(ip6(r), IP), SHA=neg_sha(r, 12), NET=(ip4(r, False).rsplit(".", 1)[0] + ".0", IP),
        O1=c.pname(c.person(), "full"), DUE=c.date(), O2=c.pname(c.person(), r.choice(["full", "first"])),
        T3=c.time(h + 1, 0), K=r.randint(200, 9000))
    return b


@kind("eos_config")
def k_eos(c):
    r, b = c.r, Builder()
    nm = c.person()
    b.f("! device: {} (DCS-7280SR3, EOS-{})\n!\nhostname {}\n", hostn(r), neg_version(r), hostn(r))
    b.f("username admin privilege 15 role network-admin secret sha512 $6${}${}\n", rs(r, 16), rs(r, 43, ALNUM + "./"))
    b.f("username {} privilege 15 secret 0 {}\n", pick(r, "noc ops backup netops"), (password(r), PWD))
    b.f("!\nbanner motd\nAuthorised access only. NOC: {} / {}\nEOF\n!\n", c.phone("land"), c.email())
    b.f("tacacs-server host {} key 0 {}\n", (ip4(r, True), IP), (generic_secret(r), SEC))
    b.f("radius-server host {} key 0 {}\n", (ip4(r, True), IP), (rs(r, 20), SEC))
    b.f("snmp-server user nms grp-ro v3 auth sha {} priv aes {}\n", (password(r), PWD), (password(r), PWD))
    b.f("ntp server {}\nlogging host {}\n!\n", (ip4(r, False), IP), (ip4(r, True), IP))
    for i in range(r.randint(1, 3)):
        b.f("interface Ethernet{}/1\n   description CUST:{} CID:{}\n   ip address {}/{}\n", i + 1,
            r.choice(COMPANIES), fill(r, "AAA") + "/ETH/" + fill(r, "######"), (ip4(r, False), IP), r.choice([30, 31, 29]))
        if chance(r, 0.4):
            b.f("   ipv6 address {}/64\n", (ip6(r), IP))
    b.f("!\n! contact for changes: {}\nend\n", c.pname(nm, r.choice(["full", "lower"])))
    return b


@kind("junos_config")
def k_junos(c):
    r, b = c.r, Builder()
    b.f("## Last commit by {} via cli\n", pick(r, "netops automation jdoe svc-ansible"))
    b.f("set system host-name {}\n", hostn(r))
    b.f("set system root-authentication encrypted-password \"$6${}${}\"\n", rs(r, 8), rs(r, 43, ALNUM + "./"))
    b.f("set system radius-server {} secret \"{}\"\n", (ip4(r, True), IP), (rs(r, 24), SEC))
    b.f("set system name-server {}\nset system name-server {}\n", (ip4(r, False), IP), (ip6(r), IP))
    for _ in range(r.randint(1, 3)):
        peer = ip4(r, False)
        b.f("set protocols bgp group TRANSIT neighbor {} peer-as {}\n", (peer, IP), neg_asn(r)[2:])
        b.f("set protocols bgp group TRANSIT neighbor {} authentication-key \"{}\"\n", (peer, IP), (rs(r, 16), SEC))
    b.f("set interfaces xe-0/0/{} unit 0 family inet address {}/31\n", r.randint(0, 9), (ip4(r, False), IP))
    b.f("set interfaces xe-0/0/{} unit 0 family inet6 address {}/127\n", r.randint(0, 9), (ip6(r), IP))
    b.f("set snmp location \"{}\"\n", (c.addr().one(r), ADDR))
    b.f("set snmp contact \"{} {}\"\n", c.pname(c.person(), "full"), c.phone())
    return b


@kind("mikrotik_export")
def k_mikrotik(c):
    r, b = c.r, Builder()
    b.f("# by RouterOS {}\n# software id = {}\n# model = {}\n", neg_version(r), fill(r, "XXXX-XXXX"),
        r.choice(["RB5009UG+S+", "hAP ax3", "CCR2004-1G-12S+2XS"]))
    b.f("/interface pppoe-client\nadd disabled=no interface=ether1 name=pppoe-out1 user={} password={}\n",
        fill(r, "b#######"), (password(r), PWD))
    b.f("/interface wifi security\nadd authentication-types=wpa2-psk,wpa3-psk name=home passphrase={}\n",
        (password(r), PWD))
    b.f("/ip address\nadd address={}/24 interface=bridge\n", (ip4(r, True), IP))
    b.f("/ip dns\nset allow-remote-requests=yes servers={},{}\n", (ip4(r, False), IP), (ip4(r, False), IP))
    if chance(r, 0.6):
        b.f("/ppp secret\nadd name={} password={} remote-address={} service=l2tp\n", pick(r, "vpn-office road1 nas"),
            (password(r), PWD), (ip4(r, True), IP))
    b.f("/tool e-mail\nset from={} port=587 server=smtp.{} tls=starttls user={} password={}\n",
        c.email(c.person()), c.domain, pick(r, "router-alerts notify mt"), (password(r), PWD))
    b.f("/user\nadd group=full name=support password={}\n", (password(r), PWD))
    b.f("/system note\nset note=\"Installed by {} on {}\"\n", c.pname(c.person(), r.choice(["full", "first"])), c.date())
    return b


@kind("cpe_provisioning_yaml")
def k_cpe_yaml(c):
    r, b = c.r, Builder()
    p = c.person()
    q = r.choice(['"', "'", ""])
    b.f("# generated by provisioning-svc {} - do not edit\nsubscriber:\n", neg_version(r))
    b.f("  account_id: {}{}{}\n  name: {}{}{}\n", q, c.acct(), q, q, c.pname(p), q)
    b.f("  service_address: {}{}{}\n  contact_msisdn: {}{}{}\n", q, (c.addr().one(r), ADDR), q, q, c.phone(), q)
    b.f("cpe:\n  model: {}\n  serial: {}\n  mac: {}\n", r.choice(DEVICES[7:]), neg_serial(r), neg_mac(r))
    b.f("  acs_url: {}\n  acs_username: cpe-{}\n  acs_password: {}{}{}\n", c.url("/cwmp"), fill(r, "hhhhhh"),
        q, (password(r), PWD), q)
    b.f("  connection_request_password: {}{}{}\n", q, (password(r), PWD), q)
    b.f("wan:\n  mode: pppoe\n  vlan: {}\n  pppoe_user: {}\n  pppoe_password: {}{}{}\n", r.choice([7, 10, 35, 100]),
        fill(r, "b########"), q, (password(r), PWD), q)
    b.f("  static_ipv4: {}\n  delegated_prefix: {}/56\n", (ip4(r, False), IP), (ip6(r), IP))
    b.f("wifi:\n  ssid: {}-{}\n  psk: {}{}{}\n", slug(c.brand).capitalize(), fill(r, "HHHH"), q, (password(r), PWD), q)
    b.add("  password_placeholder: ${WIFI_GUEST_PSK}\n")
    return b


@kind("tr069_xml")
def k_tr069(c):
    r, b = c.r, Builder()
    b.add('<?xml version="1.0" encoding="UTF-8"?>\n<soap-env:Envelope xmlns:cwmp="urn:dslforum-org:cwmp-1-0">\n')
    b.f('<soap-env:Body><cwmp:SetParameterValues><ParameterList>\n')
    rows = [("Device.ManagementServer.URL", c.url("/acs")), ("Device.ManagementServer.Username", fill(r, "cpe-hhhhhhhh")),
            ("Device.ManagementServer.Password", (password(r).replace("&", "#"), PWD)),
            ("Device.ManagementServer.ConnectionRequestPassword", (password(r).replace("&", "#"), PWD)),
            ("Device.PPP.Interface.1.Username", fill(r, "b########")),
            ("Device.PPP.Interface.1.Password", (password(r).replace("&", "#"), PWD)),
            ("Device.IP.Interface.1.IPv4Address.1.IPAddress", (ip4(r, False), IP)),
            ("Device.DNS.Client.Server.1.DNSServer", (ip4(r, False), IP)),
            ("Device.DeviceInfo.SoftwareVersion", neg_version(r)),
            ("Device.WiFi.AccessPoint.1.Security.KeyPassphrase", (password(r).replace("&", "#"), PWD)),
            ("Device.DeviceInfo.SerialNumber", neg_serial(r))]
    r.shuffle(rows)
    for k, v in rows[:r.randint(6, len(rows))]:
        b.f("  <ParameterValueStruct><Name>{}</Name><Value>{}</Value></ParameterValueStruct>\n", k, v)
    b.f("</ParameterList><ParameterKey>{}</ParameterKey></cwmp:SetParameterValues></soap-env:Body>\n"
        "</soap-env:Envelope>\n", neg_uuid(r))
    return b


@kind("cdr_csv_export")
def k_cdr_csv(c):
    r, b = c.r, Builder()
    b.add("rec_type,start_epoch,a_msisdn,b_msisdn,dur_s,imsi,imei,cell_id,charge_units\n")
    t0 = int(neg_epoch(r))
    mcc = {"DE": "26201", "GB": "23410", "FR": "20801", "US": "310260", "IT": "22201", "ES": "21407"}.get(c.cc, "26201")
    a = msisdn(r, c.cc)
    for _ in range(r.randint(5, 14)):
        t0 += r.randint(30, 5000)
        other = msisdn(r, r.choice([c.cc, c.cc, "GB", "DE", "TR", "NG"]))
        mo = chance(r, 0.5)
        b.f("{},{},{},{},{},{},{},{}-{},{}\n", r.choice(["MOC", "MTC", "SMS-MO", "SMS-MT"]), t0,
            (a if mo else other, PHONE), (other if mo else a, PHONE), r.randint(0, 1800), neg_imsi(r, mcc), neg_imei(r),
            mcc, fill(r, "####-#####"), r.randint(0, 40))
    return b


@kind("radius_log")
def k_radius(c):
    r, b = c.r, Builder()
    d = rdate(r)
    for _ in range(r.randint(1, 3)):
        b.f("{} {} {:02d} {:02d}:{:02d}:{:02d} {}\n", r.choice(WD_ABBR), MON_ABBR[d.month - 1], d.day, r.randint(0, 23),
            r.randint(0, 59), r.randint(0, 59), d.year)
        b.f("\tAcct-Status-Type = {}\n\tUser-Name = \"{}\"\n", r.choice(["Start", "Stop", "Interim-Update"]),
            fill(r, "b#######"))
        b.f("\tNAS-IP-Address = {}\n\tFramed-IP-Address = {}\n", (ip4(r, True), IP), (ip4(r, r.random() < .5), IP))
        if chance(r, 0.4):
            b.f("\tFramed-IPv6-Prefix = {}/64\n", (ip6(r), IP))
        b.f("\tCalling-Station-Id = \"{}\"\n\tAcct-Session-Id = \"{}\"\n\tAcct-Session-Time = {}\n\n",
            neg_mac(r), fill(r, "HHHHHHHH"), r.randint(0, 86400))
    if chance(r, 0.7):
        b.f("(7) rlm_pap: debug: User-Password = \"{}\"\n(7) pap: Comparing with \"known good\" Cleartext-Password\n",
            (password(r), PWD))
    return b


@kind("syslog_snippet")
def k_syslog(c):
    r, b = c.r, Builder()
    d = rdate(r)
    h, st = hostn(r), r.randint(0, 2)
    for _ in range(r.randint(5, 10)):
        k = r.randint(0, 4)
        b.add(f"{logts(r, d, st)} {h} ")
        if k == 0:
            b.f("dhcpd[{}]: DHCPACK on {} to {} via {}\n", r.randint(100, 9999), (ip4(r, True), IP), neg_mac(r),
                r.choice(["eth1.100", "ae0.20"]))
        elif k == 1:
            b.f("sshd[{}]: Failed password for root from {} port {} ssh2\n", r.randint(100, 9999),
                (ip4(r, False), IP), r.randint(1024, 65535))
        elif k == 2:
            b.f("pppd[{}]: remote IP address {}\n", r.randint(100, 9999), (ip4(r, r.random() < .5), IP))
        elif k == 3:
            b.f("kernel: [UFW BLOCK] IN=eth0 SRC={} DST={} PROTO=TCP DPT={}\n", (ip4(r, False), IP),
                (ip4(r, True), IP), r.choice([22, 23, 445, 3389, 7547]))
        else:
            b.f("named[{}]: client @0x{} {}#{}: query (cache) denied\n", r.randint(100, 9999), fill(r, "hhhhhhhh"),
                (ip6(r) if chance(r, 0.3) else ip4(r, False), IP), r.randint(1024, 65535))
    return b


@kind("ripe_whois")
def k_whois(c):
    r, b = c.r, Builder()
    c.relocate(r.choice(["DE", "NL", "FR", "GB", "PL", "SE", "IT", "ES", "CZ", "FI"]), "en")
    p = c.person()
    hdl = re.sub(r"[^A-Z]", "", ascii_fold(p.first[0] + p.last[0]).upper()) + fill(r, "###") + "-RIPE"
    b.f("% Information related to '{}'\n\n", hdl)
    rows = [("person", c.pname(p, "full")), ("address", (c.addr().one(r, True), ADDR)), ("phone", (e164(r, c.cc), PHONE)),
            ("fax-no", c.phone("land")), ("e-mail", c.email(p, "en")), ("nic-hdl", hdl),
            ("mnt-by", slug(c.brand).upper() + "-MNT"), ("created", f"{rdate(r, 2012, 2020).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"),
            ("last-modified", f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"),
            ("source", "RIPE")]
    for k, v in rows:
        b.f("{:<16}{}\n", k + ":", v)
    b.f("\n{:<16}{} NOC\n", "role:", c.brand)
    b.f("{:<16}{}\n", "address:", (c.addr().one(r, True), ADDR))
    b.f("{:<16}{}\n{:<16}{}\n", "abuse-mailbox:", ("abuse@" + c.domain, EMAIL), "admin-c:", hdl)
    b.f("{:<16}Looking glass {}\n", "remarks:", ("https://lg." + c.domain + "/", URL))
    b.f("{:<16}{}\n", "remarks:", r.choice(["24x7 NOC, please use the abuse-mailbox for abuse reports",
                                            "Peering requests: see PeeringDB"]))
    return b


@kind("peering_request_email")
def k_peering(c):
    r, b = c.r, Builder()
    p, q, asn = c.person(), c.person(), neg_asn(r)
    mail_head(c, b, who(c, p, ("peering@" + r.choice(["example.net", "example.org", "transitco.example"]), EMAIL)),
              "peering@" + c.domain, f"Peering request {asn} <> {neg_asn(r)} at {r.choice(['AMS-IX', 'LINX LON1', 'NL-ix', 'France-IX PAR'])}")
    b.t("{G}\n\nWe would like to establish bilateral peering with you. Our details:\n\n  ASN:        {ASN}\n"
        "  AS-SET:     AS-{SET}\n  IPv4:       {IP4}\n  IPv6:       {IP6}\n  Max prefix: {M4} / {M6}\n"
        "  PeeringDB:  {URL}\n  NOC 24/7:   {NOC} / {PH}\n\nPlease configure the sessions and let us know once done; "
        "we can bring them up {WHEN}.\n\nBest regards,\n{N}\nPeering Coordinator\n",
        G=["Hi ", c.pname(q, "first"), ","] if chance(r, 0.5) else "Hello peering team,", ASN=asn,
        SET=fill(r, "AAAAA"), IP4=(ip4(r, False), IP), IP6=(ip6(r), IP), M4=r.randint(10, 900), M6=r.randint(5, 200),
        URL=(f"https://www.peeringdb.com/net/{r.randint(1000, 40000)}", URL), NOC=("noc@" + r.choice(["example.net", "transitco.example"]), EMAIL),
        PH=(e164(r, r.choice(["NL", "GB", "DE", "FR"])), PHONE),
        WHEN=r.choice(["any time", "during business hours", ["on ", c.dt()]]), N=c.pname(p, "full"))
    return b


@kind("maintenance_notice_enterprise")
def k_pwn(c):
    r, b = c.r, Builder()
    eng = c.person()
    d = rdate(r)
    h = r.choice([0, 1, 2, 22, 23])
    b.f("PLANNED WORK NOTIFICATION  {}\n\n", "PWN-" + fill(r, "#####"))
    b.kvs([("Customer", r.choice(COMPANIES)),
           ("Affected circuit(s)", ", ".join(fill(r, "AAA") + "/ETH/" + fill(r, "######") for _ in range(r.randint(1, 3)))),
           ("Site", (c.addr().one(r), ADDR))])
    b.f("Window start: {} (UTC)\nWindow end:   {} (UTC)\n", (f"{d.isoformat()} {h:02d}:00", DT),
        (f"{(d + timedelta(days=1 if h >= 22 else 0)).isoformat()} {(h + 4) % 24:02d}:00", DT))
    b.kv("Expected impact", r.choice(["2 x 15 min outage", "up to 4 hours", "resilience loss only"]))
    b.kv("Reason", r.choice(["fibre diversion for road works", "line card replacement", "software upgrade to "
                                                                                         + neg_version(r)]))
    b.kv("Change owner", [c.pname(eng, "full"), ", ", c.phone(), ", ", c.staff_email(eng)])
    b.f("\nIf this window is not acceptable, reply before {} quoting the PWN reference.\n", c.date(d - timedelta(days=3)))
    return b


@kind("slack_export_leak")
def k_slack(c):
    r, b = c.r, Builder()
    u1, u2, u3 = c.person(), c.person(), c.person()
    h1 = f"{ascii_fold(u1.first).lower()}.{ascii_fold(u1.last).lower()[0]}"
    h2 = ascii_fold(u2.first).lower()
    h, m = r.randint(7, 22), r.randint(0, 40)
    b.f("#{} - exported {} messages\n\n", pick(r, "noc-automation billing-eng oss-dev netops"), r.randint(40, 900))
    lines = [("{}: anyone know why the CDR exporter to S3 fails since the deploy?", [h1]),
             ("{}: it's using the old creds. try AWS_ACCESS_KEY_ID={} AWS_SECRET_ACCESS_KEY={}",
              [h2, (aws_key(r), AWSK), (aws_secret(r), AWSS)]),
             ("{}: thx! also the alert bot token is {} if you need it", [h1, (slack_token(r), SLK)]),
             ("{}: pls don't paste secrets here... cc {}", ["sec-bot", c.pname(u3, "full")]),
             ("{}: my bad, rotating. {} can you check the runbook at {}?", [h2, c.pname(u1, "first"),
                                                                              c.url("/wiki/runbooks/cdr-export")])]
    if chance(r, 0.5):
        lines.insert(3, ("{}: and the repo PAT: {}", [h2, (gh_token(r), GH)]))
    for fmt, args in lines:
        m += r.randint(0, 3)
        b.f(f"[{h:02d}:{m:02d}] " + fmt + "\n", *args)
    return b


@kind("ci_pipeline_log")
def k_ci(c):
    r, b = c.r, Builder()
    d = rdate(r)
    t = lambda: f"{d.isoformat()}T{r.randint(8, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{fill(r, '#######')}Z "
    b.f("{}##[group]Run actions/checkout@{}\n{}##[endgroup]\n", t(), neg_sha(r), t())
    b.f("{}##[group]Run ./scripts/deploy-billing.sh\n{}  GH_TOKEN: ${{{{ secrets.GH_TOKEN }}}}\n", t(), t())
    b.f("{}  STRIPE_KEY: ${{{{ secrets.STRIPE_LIVE }}}}\n{}##[endgroup]\n", t(), t())
    b.f("{}+ set -x\n{}+ export GITHUB_TOKEN={}\n", t(), t(), (gh_token(r), GH))
    if chance(r, 0.6):
        b.f("{}+ curl -sf -u {}: {}\n", t(), (stripe_key(r), STRIPE), ("https://api.stripe.com/v1/balance", URL))
    b.f("{}+ curl -H 'Authorization: token ***' {}\n", t(), (f"https://api.github.com/repos/{slug(c.brand)}/billing/releases", URL))
    b.f("{}Deploying version {} (commit {})\n", t(), neg_version(r), neg_sha(r, 7))
    b.f("{}Notifying {} on failure\n{}##[error]Process completed with exit code 1.\n", t(), c.email(c.person()), t())
    return b


@kind("k8s_secret")
def k_k8s(c):
    r, b = c.r, Builder()
    e = lambda s: base64.b64encode(s.encode()).decode()
    b.f("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {}\n  namespace: {}\ntype: Opaque\ndata:\n",
        pick(r, "billing-db mediation-creds radius-backend selfcare-api"), pick(r, "bss oss prod-core selfcare"))
    items = [("DB_PASSWORD", PWD, password(r)), ("api-key", SEC, generic_secret(r)),
             ("radius-shared-secret", SEC, rs(r, 24)), ("admin-password", PWD, password(r)),
             ("smtp_password", PWD, password(r)), ("webhook-secret", SEC, "whsec_" + rs(r, 32))]
    r.shuffle(items)
    for k, typ, v in items[:r.randint(2, 4)]:
        b.f("  {}: {}\n", k, (e(v), typ))
    b.f("  DB_USER: {}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {}-config\ndata:\n", e("svc_" + pick(r, "bss oss cdr")),
        pick(r, "billing mediation"))
    b.f("  DB_HOST: \"{}\"\n  DB_PASSWORD: \"${{DB_PASSWORD}}\"\n  ALERT_EMAIL: \"{}\"\n", (ip4(r, True), IP),
        c.email())
    return b


@kind("env_file")
def k_env(c):
    r, b = c.r, Builder()
    b.f("# {} selfcare backend - .env.production\nAPP_URL={}\n", c.brand, c.url("/"))
    u, pw = r.choice(["bss_app", "selfcare", "billing_rw"]), password(r).replace("@", "").replace(":", "").replace("/", "")
    b.f("DATABASE_URL=postgres://{}:{}@{}:5432/{}\n", u, (pw, PWD), (ip4(r, True), IP) if chance(r, .5) else
        "db.internal." + c.domain, pick(r, "selfcare billing"))
    b.f("REDIS_PASSWORD={}\n", (password(r), PWD))
    b.f("STRIPE_SECRET_KEY={}\nSTRIPE_WEBHOOK_SECRET={}\n", (stripe_key(r), STRIPE), ("whsec_" + rs(r, 32), SEC))
    b.f("SENDGRID_API_KEY={}\n", ("SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_"), SEC))
    b.f("JWT_SIGNING_SECRET={}\n", (rs(r, 48), SEC))
    if chance(r, 0.5):
        b.f("AWS_ACCESS_KEY_ID={}\nAWS_SECRET_ACCESS_KEY={}\n", (aws_key(r), AWSK), (aws_secret(r), AWSS))
    b.f("SMS_GATEWAY_TOKEN=${{SMS_TOKEN}}\nSUPPORT_PHONE=\"{}\"\nSUPPORT_EMAIL={}\nRELEASE={}\n", c.phone("free"),
        c.email(), neg_sha(r, 8))
    return b


@kind("api_support_jwt")
def k_api_jwt(c):
    r, b = c.r, Builder()
    dev = c.person()
    sub = fill(r, "########")
    tok = make_jwt(r, {"sub": sub, "msisdn_hash": neg_sha(r, 16), "scope": "usage:read"})
    b.f("Developer portal ticket {}\nFrom: {} <{}>\nProduct: Usage API v2\n\n", neg_ticket(r), c.pname(dev),
        c.email(dev))
    b.f("Hi, I get 401 on every call since this morning. Request:\n\ncurl -H \"Authorization: Bearer {}\" \\\n  \"{}\"\n\n",
        (tok, JWT), c.url(f"/api/v2/subscribers/{sub}/usage?from=2024-01-01&granularity=day"))
    b.f("Response: {{\"error\":\"invalid_token\",\"request_id\":\"{}\"}}\nMy server IP is {} if you whitelist.\n",
        neg_uuid(r), (ip4(r, False), IP))
    if chance(r, 0.5):
        b.f("Our client secret is {} in case that's relevant.\n", (generic_secret(r), SEC))
    b.f("\nThanks, {}\n", c.pname(dev, "first"))
    return b


@kind("vpn_key_paste")
def k_vpn(c):
    r, b = c.r, Builder()
    p = c.person()
    b.f("Ticket {} - site-to-site VPN for {}\n\n", neg_ticket(r), r.choice(COMPANIES))
    b.f("Peer A (our side): {}  Peer B (customer): {}\nIKEv2, AES-256-GCM, PFS group 20\n", (ip4(r, False), IP),
        (ip4(r, False), IP))
    b.f("Pre-shared key: {}\n", (generic_secret(r), SEC))
    b.f("Customer contact: {}, {}\n\nCustomer also sent the device key for cert auth (should never be e-mailed!):\n\n",
        c.pname(p, "full"), c.phone())
    b.f("{}\n\nRevoke and reissue after go-live on {}.\n", (pem_key(r), PK), c.date())
    return b


@kind("sms_gateway_log")
def k_smsgw(c):
    r, b = c.r, Builder()
    d = rdate(r)
    for _ in range(r.randint(3, 6)):
        k = r.randint(0, 3)
        ts = f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        b.f('{{"ts":"{}","to":"{}","sender":"{}","body":"', ts, ("+" + msisdn(r, c.cc), PHONE), c.brand[:11])
        if k == 0:
            b.add("Your verification code is ****** (masked by log policy)")
        elif k == 1:
            b.f("Hi {}, your bill of {} is ready. Pay by {}.", c.pname(c.person(), "first"), c.amount(), c.date())
        elif k == 2:
            b.f("Technician visit confirmed for {}. Reply N to cancel.", c.dt())
        else:
            b.add("Data roaming: you have used 80% of your travel pass.")
        b.f('","status":"{}","msg_id":"{}"}}\n', r.choice(["DELIVRD", "ACCEPTD", "UNDELIV"]), fill(r, "hhhhhhhhhhhh"))
    return b


# ---- field operations -------------------------------------------------------
@kind("field_work_order")
def k_workorder(c):
    r, b = c.r, Builder()
    p, tech, a = c.person(), c.person(), c.addr()
    h = r.choice([8, 10, 13, 15])
    b.f("WORK ORDER {}    Type: {}    Priority: P{}\n{}\n", fill(r, "WO-####-#####"),
        r.choice(["FTTH install", "Copper fault repair", "ONT replacement", "Cable cut - drop repair"]), r.randint(1, 4), "-" * 60)
    b.kvs([("Customer", c.pname(p, r.choice(["full", "caps", "lf"]))),
           ("Contact", [c.phone(), " (alt. ", c.phone("any"), ")"]),
           ("Address", (a.multi(r) if chance(r, 0.3) else a.one(r), ADDR))])
    b.f("Appointment: {}   Window: {} - {}\n", c.date(), c.time(h, 0), c.time(h + r.choice([2, 4]), 0))
    b.kv("Access notes", r.choice([f"Beware of dog ('{pick(r, 'Biscuit Rex Luna Bella Max')}'), ring twice",
                                   "Key safe at side door, code given by phone", "3rd floor, no lift",
                                   f"Park behind van {neg_plate(r, c.cc if c.cc in ('DE', 'FR', 'GB', 'US') else 'GB')}"]))
    b.kv("Equipment", f"{r.choice(DEVICES[7:])} / ONT {neg_serial(r)}")
    b.f("Network: OLT {} PON 1/1/{} ONU {}, mgmt IP {}\n", hostn(r), r.randint(1, 16), r.randint(1, 64),
        (ip4(r, True), IP))
    b.kv("Assigned technician", [c.pname(tech, r.choice(["full", "init"])), f" (ID T-{fill(r, '####')})"])
    b.f("Completed: {}    Customer signature: {}\n", c.dt(), c.pname(p, "full") if chance(r, 0.6) else "[signed on device]")
    return b


@kind("tech_field_notes")
def k_technotes(c):
    r, b = c.r, Builder()
    p = c.person()
    h, m = r.randint(7, 10), r.randint(0, 50)
    b.f("tech notes - job {} - {}\n", fill(r, "######"), c.date())
    rows = ["arrived on site, cust ({}) home, {}", "fault: drop cable chewed near {} entry point",
            "spliced new drop, ONT light green. cpe wan ip {}", "neighbour {} at {} also reports no dial tone, raised {}",
            "speedtest 940/310, ping 4 ms. customer asked to call {} when router delivered", "left site, van {} to depot"]
    args = [[[r.choice(["mrs ", "mr ", ""]), (p.name(r, r.choice(["last", "lower", "first"])), PER)],
             r.choice(["dog shut in kitchen", "elderly, hard of hearing", "works from home"])],
            [r.choice(["wall", "garage", "fence"])], [(ip4(r, False), IP)],
            [c.pname(c.person(), r.choice(["full", "last", "lower"])), (c.addr().street, ADDR), neg_ticket(r)],
            [c.phone()], [neg_plate(r, c.cc if c.cc in ("GB", "US") else "GB")]]
    for fmt, a in zip(rows, args, strict=True):
        m += r.randint(5, 40)
        h, m = h + m // 60, m % 60
        b.f(f"{h:02d}:{m:02d} " + fmt + "\n", *a)
    return b


@kind("ics_appointment")
def k_ics(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    d, h = rdate(r), r.choice([8, 9, 12, 14])
    stamp = f"{rdate(r).strftime('%Y%m%d')}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z"
    b.f("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{}//FieldScheduler {}//EN\nBEGIN:VEVENT\nUID:{}\nDTSTAMP:{}\n",
        c.brand, neg_version(r), neg_uuid(r), stamp)
    b.f("CREATED:{}\nLAST-MODIFIED:{}\n", stamp, stamp)
    b.f("DTSTART:{}\nDTEND:{}\n", (f"{d.strftime('%Y%m%d')}T{h:02d}0000", DT), (f"{d.strftime('%Y%m%d')}T{h + 2:02d}0000", DT))
    b.f("SUMMARY:Fibre installation - {}\n", c.pname(p, "full"))
    b.f("LOCATION:{}\n", (a.one(r, False).replace(",", "\\,"), ADDR))
    b.f("DESCRIPTION:Customer {} / tel. {} / order {}. Bring ladder.\n", c.pname(p, r.choice(["full", "last"])),
        c.phone(), fill(r, "ORD-########"))
    tech = c.person()
    b.f("ORGANIZER;CN=Dispatch:mailto:{}\nATTENDEE;CN={}:mailto:{}\nEND:VEVENT\nEND:VCALENDAR\n",
        ("dispatch@" + c.domain, EMAIL), c.pname(tech, "full"), c.staff_email(tech))
    return b


@kind("vcard_contact")
def k_vcard(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    b.add("BEGIN:VCARD\nVERSION:3.0\n")
    b.f("N:{}\nFN:{}\n", (f"{p.last};{p.first}" + (f";{p.mid}" if chance(r, 0.4) else ""), PER), c.pname(p, "full"))
    b.f("ORG:{};Key Accounts\nTITLE:{}\n", r.choice(COMPANIES), r.choice(["Head of IT", "Procurement Lead", "CTO"]))
    b.f("TEL;TYPE=WORK,VOICE:{}\nTEL;TYPE=CELL:{}\n", (e164(r, c.cc), PHONE), c.phone())
    b.f("EMAIL;TYPE=INTERNET:{}\n", c.email(p))
    b.f("ADR;TYPE=WORK:;;{}\n", (f"{a.street};{a.city};{a.region};{a.postcode};{a.country}", ADDR))
    if chance(r, 0.5):
        b.f("BDAY:{}\n", (rdob(r).isoformat(), DOB))
    b.f("NOTE:Account manager {}. Renewal due {}.\nREV:{}\nEND:VCARD\n", c.pname(c.person(), "full"), c.date(),
        f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z")
    return b


@kind("medical_priority_register")
def k_medical(c):
    r, b = c.r, Builder()
    c.relocate(r.choice(["US", "US", "GB", "CA"]))
    p, doc, a = c.person(), c.person(), c.addr()
    b.f("{} - PRIORITY SERVICE REGISTER\nMedical certification for customers dependent on telephone service\n\n",
        c.brand.upper())
    b.kvs([("Account holder", c.pname(p, r.choice(["full", "lf"]))), ("Service address", (a.one(r, False), ADDR)),
           ("Landline / line ID", c.phone("land")), ("Date of birth", c.dob()),
           ("Medical equipment", r.choice(["home dialysis", "oxygen concentrator", "telecare alarm", "ventilator"]))])
    b.add("\nCERTIFYING CLINICIAN\n")
    b.kvs([("Name", ["Dr. ", c.pname(doc, "full")]), ("Practice phone", c.phone("land")),
           ("Patient MRN", (fill(r, r.choice(["PT-#######", "########", "E#######"])), MRN))])
    if c.us:
        b.kv("Health plan member ID", (fill(r, r.choice(["QKZ#########", "W#########", "#########-01"])), HPN))
        b.kv("NPI", fill(r, "1#########"))
    b.kv("Certified on", c.date())
    b.kv("Review date", c.date())
    b.add("\nPriority repair: faults to be cleared within 24 h. ICD-10 code on file: " + r.choice(["N18.6", "J96.1", "G12.2"]) + "\n")
    return b


@kind("tech_injury_report")
def k_injury(c):
    r, b = c.r, Builder()
    c.relocate("US")
    p, sup = c.person(), c.person()
    b.f("EMPLOYEE INCIDENT REPORT (OSHA 301 equivalent)   Claim #{}\n\n", fill(r, "WC-2#-######"))
    b.kvs([("Employee", c.pname(p)), ("Employee ID", fill(r, "E######")), ("SSN", (make_ssn(r), SSN)),
           ("DOB", c.dob("num")), ("Home address", (c.addr("US").one(r, False), ADDR)),
           ("Job title", r.choice(["Field Technician II", "Tower Climber", "Splicer", "Installer"])),
           ("Date/time of incident", c.dt(dstyle="num")),
           ("Location", [(c.addr("US").one(r, False), ADDR), " (customer premises)"])])
    b.kv("Description", r.choice(["Fell from ladder while installing aerial drop; left wrist pain.",
                                  "Electric shock from mis-wired customer outlet.", "Dog bite to right calf."]))
    b.kv("Treated at", r.choice(["Urgent care", "ER", "Occupational health clinic"]))
    b.kv("Clinic MRN", (fill(r, "#########"), MRN))
    b.kv("Health plan", [r.choice(["BlueRidge PPO", "Cascade HMO"]), ", member ID ", (fill(r, "ZGP#########"), HPN),
                         ", group ", fill(r, "GRP-#####")])
    b.kv("Supervisor", [c.pname(sup, "full"), ", ", c.phone()])
    b.kv("Reported", c.date())
    return b


# ---- multilingual kinds -------------------------------------------------------
OUTAGE = {
    "en": "to improve our network we will carry out maintenance work in {LOC} on {D} between {T1} and {T2}. Your "
          "internet and phone service may be interrupted during this time. Details: {URL}. Questions? Call us on {PH}.",
    "de": "zur Verbesserung unseres Netzes führen wir am {D} zwischen {T1} und {T2} Uhr Wartungsarbeiten in {LOC} "
          "durch. In dieser Zeit kann es zu Unterbrechungen Ihres Internet- und Telefonanschlusses kommen. Weitere "
          "Informationen: {URL}. Fragen? Rufen Sie uns an unter {PH}.",
    "fr": "afin d'améliorer notre réseau, des travaux de maintenance auront lieu à {LOC} le {D} entre {T1} et {T2}. "
          "Votre service internet et téléphonie pourra être interrompu. Plus d'informations : {URL}. Une question ? "
          "Appelez le {PH}.",
    "es": "para mejorar nuestra red realizaremos trabajos de mantenimiento en {LOC} el {D} entre las {T1} y las {T2}. "
          "Durante este tiempo su servicio de internet y telefonía podría verse interrumpido. Más información: {URL}. "
          "¿Dudas? Llámenos al {PH}.",
    "it": "per migliorare la nostra rete effettueremo lavori di manutenzione a {LOC} il {D} tra le {T1} e le {T2}. "
          "In questo periodo il servizio internet e voce potrebbe subire interruzioni. Maggiori informazioni: {URL}. "
          "Per assistenza chiami il {PH}.",
    "pt": "para melhorar a nossa rede vamos realizar trabalhos de manutenção em {LOC} no dia {D}, entre as {T1} e as "
          "{T2}. Durante este período o serviço de internet e voz poderá ser interrompido. Mais informações: {URL}. "
          "Dúvidas? Ligue para o {PH}.",
    "nl": "om ons netwerk te verbeteren voeren wij op {D} tussen {T1} en {T2} onderhoud uit in {LOC}. Tijdens deze "
          "werkzaamheden kan uw internet- en belservice tijdelijk onderbroken zijn. Meer informatie: {URL}. Vragen? "
          "Bel ons op {PH}.",
    "pl": "w związku z modernizacją sieci w dniu {D} w godzinach {T1}–{T2} prowadzimy prace serwisowe w miejscowości "
          "{LOC}. W tym czasie mogą wystąpić przerwy w działaniu internetu i telefonu. Szczegóły: {URL}. Pytania? "
          "Zadzwoń pod numer {PH}.",
    "sv": "för att förbättra vårt nät utför vi underhållsarbete i {LOC} den {D} mellan kl. {T1} och {T2}. Under "
          "denna tid kan din internet- och telefontjänst vara avbruten. Mer information: {URL}. Frågor? Ring oss på {PH}.",
    "da": "for at forbedre vores net udfører vi vedligeholdelse i {LOC} den {D} mellem kl. {T1} og {T2}. I dette "
          "tidsrum kan din internet- og telefonforbindelse være afbrudt. Læs mere: {URL}. Spørgsmål? Ring til os på {PH}.",
    "no": "for å forbedre nettet vårt utfører vi vedlikehold i {LOC} {D} mellom kl. {T1} og {T2}. I dette tidsrommet "
          "kan internett og telefoni være utilgjengelig. Mer informasjon: {URL}. Spørsmål? Ring oss på {PH}.",
    "fi": "parannamme verkkoamme ja teemme huoltotöitä alueella {LOC} {D} klo {T1}–{T2}. Tänä aikana internet- ja "
          "puhelinpalvelussa voi olla katkoja. Lisätietoja: {URL}. Kysyttävää? Soita numeroon {PH}.",
    "cs": "z důvodu modernizace sítě proběhne dne {D} v čase {T1}–{T2} plánovaná údržba v lokalitě {LOC}. V této době "
          "může dojít k výpadku internetu a hlasových služeb. Více informací: {URL}. Dotazy? Volejte {PH}.",
    "tr": "şebekemizi iyileştirmek amacıyla {D} tarihinde {T1}–{T2} saatleri arasında {LOC} bölgesinde bakım "
          "çalışması yapılacaktır. Bu süre zarfında internet ve telefon hizmetinizde kesinti yaşanabilir. Ayrıntılar: "
          "{URL}. Sorularınız için {PH} numarasını arayabilirsiniz.",
}


@kind("outage_notice", LANGS)
def k_outage(c):
    r, b = c.r, Builder()
    city = r.choice(c.C["cities"])
    h = r.choice([0, 1, 2, 22, 23])
    sms = chance(r, 0.3)
    if not sms:
        b.f("{}: {}\n{}: {}\n\n", "Subject" if c.lang == "en" else "Betreff" if c.lang == "de" else "Re",
            c.L("outsubj"), c.L("custno"), c.acct())
        p = c.person()
        b.put(c.greet(p) if chance(r, 0.6) else GENERIC_GREET[c.lang]).add("\n\n")
    else:
        b.f("{}: ", c.brand)
    txt = OUTAGE[c.lang][0].upper() + OUTAGE[c.lang][1:]
    b.t(txt, LOC=(city[0] if chance(r, 0.7) else f"{city[0]}, {city[1]}", LOC), D=c.date(style=r.choice(["num", "long", "wd"])),
        T1=c.time(h, 0), T2=c.time((h + r.choice([3, 4, 6])) % 24, 0), URL=c.url(), PH=c.phone("free"))
    if not sms:
        b.f("\n\n{}\n{} - {}\n", c.L("regards"), c.brand, c.L("team"))
    return b


SIMSWAP = {
    "en": "Your SIM card for {PH} was replaced on {DT}. If you did not request this change, call us immediately on "
          "{HL} or visit {URL}.",
    "de": "Ihre SIM-Karte für die Rufnummer {PH} wurde am {DT} ausgetauscht. Wenn Sie diese Änderung nicht veranlasst "
          "haben, rufen Sie uns bitte sofort unter {HL} an oder besuchen Sie {URL}.",
    "fr": "La carte SIM associée au numéro {PH} a été remplacée le {DT}. Si vous n'êtes pas à l'origine de cette "
          "demande, contactez-nous immédiatement au {HL} ou rendez-vous sur {URL}.",
    "es": "La tarjeta SIM de la línea {PH} se ha sustituido el {DT}. Si no ha solicitado este cambio, llámenos de "
          "inmediato al {HL} o visite {URL}.",
    "it": "La SIM associata al numero {PH} è stata sostituita il {DT}. Se non ha richiesto questa operazione, chiami "
          "subito il {HL} oppure visiti {URL}.",
    "pt": "O cartão SIM do número {PH} foi substituído em {DT}. Se não pediu esta alteração, contacte-nos de imediato "
          "através do {HL} ou visite {URL}.",
    "nl": "De simkaart van nummer {PH} is vervangen op {DT}. Heeft u dit niet aangevraagd? Bel ons dan direct via {HL} "
          "of ga naar {URL}.",
    "pl": "Karta SIM dla numeru {PH} została wymieniona {DT}. Jeśli nie zlecałeś tej zmiany, natychmiast zadzwoń pod "
          "{HL} lub wejdź na {URL}.",
    "sv": "SIM-kortet för {PH} byttes ut {DT}. Om du inte har begärt detta, ring oss direkt på {HL} eller gå till {URL}.",
    "da": "SIM-kortet til {PH} blev udskiftet {DT}. Hvis du ikke har bestilt dette, så ring straks til os på {HL} "
          "eller besøg {URL}.",
    "no": "SIM-kortet for {PH} ble byttet {DT}. Hvis du ikke har bestilt dette, ring oss umiddelbart på {HL} eller gå "
          "til {URL}.",
    "fi": "Liittymän {PH} SIM-kortti vaihdettiin {DT}. Jos et pyytänyt vaihtoa, soita heti numeroon {HL} tai käy "
          "osoitteessa {URL}.",
    "cs": "SIM karta k číslu {PH} byla vyměněna dne {DT}. Pokud jste o výměnu nežádali, ihned nám zavolejte na {HL} "
          "nebo navštivte {URL}.",
    "tr": "{PH} numaralı hattınızın SIM kartı {DT} tarihinde değiştirildi. Bu işlemi siz yapmadıysanız hemen {HL} "
          "numaralı hattı arayın veya {URL} adresini ziyaret edin.",
}


@kind("sim_swap_notice", LANGS)
def k_simswap_notice(c):
    r, b = c.r, Builder()
    p = c.person()
    if chance(r, 0.5):
        b.f("From: {} <{}>\nTo: {}\nSubject: {}\n\n", c.brand, ("security@" + c.domain, EMAIL), c.email(p),
            c.L("secalert"))
        b.put(c.greet(p)).add("\n\n")
    else:
        b.f("[SMS {}] ", c.brand)
    b.t(SIMSWAP[c.lang], PH=c.phone(), DT=c.dt(), HL=c.phone("free"), URL=c.url())
    b.f("\n\n{}\n{}\n", c.L("regards"), c.brand)
    return b


DUNNING = {
    "en": "According to our records, invoice {INV} dated {D} for {AM} is still unpaid. Please transfer the amount to "
          "{IB} by {DUE}, quoting your customer number {ACCT}.",
    "de": "leider konnten wir für die Rechnung {INV} vom {D} über {AM} noch keinen Zahlungseingang feststellen. Bitte "
          "überweisen Sie den Betrag bis zum {DUE} auf das Konto {IB} unter Angabe Ihrer Kundennummer {ACCT}.",
    "fr": "sauf erreur de notre part, la facture {INV} du {D} d'un montant de {AM} reste impayée. Merci de régler cette "
          "somme avant le {DUE} par virement sur le compte {IB} en indiquant votre numéro client {ACCT}.",
    "es": "según nuestros registros, la factura {INV} de fecha {D} por importe de {AM} sigue pendiente de pago. Le "
          "rogamos que realice la transferencia antes del {DUE} a la cuenta {IB}, indicando su número de cliente {ACCT}.",
    "it": "dai nostri controlli risulta non ancora pagata la fattura {INV} del {D} di {AM}. La preghiamo di effettuare "
          "il bonifico entro il {DUE} sul conto {IB}, indicando il codice cliente {ACCT}.",
    "pt": "de acordo com os nossos registos, a fatura {INV} de {D}, no valor de {AM}, continua por liquidar. Por favor, "
          "transfira o montante até {DUE} para o IBAN {IB}, indicando o seu número de cliente {ACCT}.",
    "nl": "volgens onze administratie is factuur {INV} van {D} ter waarde van {AM} nog niet betaald. Wilt u het bedrag "
          "vóór {DUE} overmaken naar {IB} onder vermelding van uw klantnummer {ACCT}?",
    "pl": "uprzejmie informujemy, że faktura {INV} z dnia {D} na kwotę {AM} nie została dotychczas opłacona. Prosimy "
          "o wpłatę do dnia {DUE} na rachunek {IB}, podając numer klienta {ACCT}.",
    "sv": "enligt våra uppgifter är faktura {INV} daterad {D} på {AM} fortfarande obetald. Vänligen betala beloppet "
          "senast {DUE} till {IB} och ange ditt kundnummer {ACCT}.",
    "da": "ifølge vores oplysninger er faktura {INV} af {D} på {AM} endnu ikke betalt. Vi beder dig overføre beløbet "
          "senest {DUE} til {IB} med angivelse af dit kundenummer {ACCT}.",
    "no": "ifølge våre opplysninger er faktura {INV} datert {D} på {AM} fortsatt ikke betalt. Vennligst betal beløpet "
          "innen {DUE} til {IB} og oppgi kundenummer {ACCT}.",
    "fi": "kirjanpitomme mukaan {D} päivätty lasku {INV} ({AM}) on edelleen maksamatta. Pyydämme maksamaan summan "
          "viimeistään {DUE} tilille {IB}. Merkitse viitteeksi asiakasnumerosi {ACCT}.",
    "cs": "podle našich záznamů dosud nebyla uhrazena faktura {INV} ze dne {D} na částku {AM}. Prosíme o úhradu "
          "nejpozději do {DUE} na účet {IB} s uvedením čísla zákazníka {ACCT}.",
    "tr": "kayıtlarımıza göre {D} tarihli {INV} numaralı {AM} tutarındaki faturanız henüz ödenmemiştir. Lütfen tutarı "
          "en geç {DUE} tarihine kadar müşteri numaranızı ({ACCT}) belirterek {IB} hesabına yatırınız.",
}


@kind("dunning_letter", LANGS)
def k_dunning(c):
    r, b = c.r, Builder()
    if c.lang == "en":
        c.relocate(r.choice(["GB", "IE"]))
    p, a = c.person(), c.addr()
    b.f("{}\n\n", c.brand)
    b.f("{}\n{}\n\n{}\n\n", (p.name(r, r.choice(["full", "full", "caps"])), PER), (a.multi(r, False), ADDR),
        (r.choice(c.C["cities"])[0], LOC) if chance(r, 0.4) else "")
    b.f("{} - {}\n\n", c.L("reminder"), c.date(style=r.choice(["num", "long"])))
    b.put(c.greet(p)).add("\n\n")
    txt = DUNNING[c.lang]
    b.t(txt[0].upper() + txt[1:], INV=fill(r, "R-########"), D=c.date(), AM=c.amount(20, 300),
        IB=c.iban(IBAN_CC.get(c.cc, "GB") if c.cc in IBAN_CC else r.choice(["DE", "ES"])), DUE=c.date(), ACCT=c.acct())
    b.f("\n\nBIC: {}\n{}: {}\n\n{}\n{}\n", neg_bic(r, IBAN_CC.get(c.cc, "DE")), c.L("phone"), c.phone("free"),
        c.L("regards"), c.L("team"))
    return b


@kind("sepa_mandate", NON_EN[:12] + ["en"])
def k_sepa(c):
    r, b = c.r, Builder()
    if c.lang == "en":
        c.relocate("IE")
    if c.cc not in IBAN_CC:
        c.relocate(r.choice(LANG_CC[c.lang][:1]))
    p, a = c.person(), c.addr()
    b.f("{}\n{}\n\n", c.L("mandate").upper(), "=" * len(c.L("mandate")))
    b.f("{}: {} {}\n", c.L("credid"), c.brand, creditor_id(r, IBAN_CC[c.cc]))
    b.f("{}: {}\n\n", c.L("mref"), "MR-" + fill(r, "##########"))
    b.kv(c.L("holder"), c.pname(p, r.choice(["full", "lf", "caps"])))
    if chance(r, 0.5):
        b.kv(c.L("address"), (a.one(r, False), ADDR))
    else:
        b.kv(c.L("street"), (a.street, ADDR))
        b.f("{} / {}: {} {}\n", c.L("zip"), c.L("city"), a.postcode, (a.city, LOC))
    b.kvs([("IBAN", c.iban(IBAN_CC[c.cc])), ("BIC", neg_bic(r, IBAN_CC[c.cc])), (c.L("custno"), c.acct())])
    b.f("\n{}: {}, {}\n{}: {}\n", c.L("placedate"), (a.city, LOC), c.date(style="num"), c.L("sign"),
        c.pname(p, "full") if chance(r, 0.5) else "__________________")
    return b


@kind("kyc_form", LANGS)
def k_kyc(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    pob_cc = r.choice([c.cc, c.cc, r.choice(list(COUNTRY))])
    b.f("{} - {}\n{}\n", c.brand, c.L("kyc"), "-" * 40)
    split = chance(r, 0.4)
    if split:
        b.kv(c.L("last"), (p.last if chance(r, 0.7) else p.last.upper(), PER))
        b.kv(c.L("first"), (p.first, PER))
    else:
        b.kv(c.L("name"), c.pname(p, r.choice(["full", "lf", "lastcaps"])))
    b.kvs([(c.L("dob"), c.dob(r.choice(["num", "num", "long"]))),
           (c.L("pob"), (r.choice(COUNTRY[pob_cc]["cities"])[0], LOC)), (c.L("nat"), pick(r, NATIONALITY[c.lang]))])
    if chance(r, 0.5):
        b.kvs([(c.L("street"), (a.street, ADDR)), (c.L("zip"), a.postcode), (c.L("city"), (a.city, LOC))])
    else:
        b.kv(c.L("address"), (a.one(r, False), ADDR))
    b.kvs([(c.L("iddoc"), [c.L("dltype"), " - ", (driver_license(r, c.cc, p), DL)]),
           (c.L("expiry"), c.date(rdate(r, 2026, 2034), "num")), (c.L("mobile"), c.phone())])
    if chance(r, 0.6):
        b.kv(c.L("email"), c.email(p))
    b.kvs([("ICCID", neg_iccid(r)), (c.L("activation"), c.dt(dstyle="num")),
           (c.L("shop"), [fill(r, "POS-####"), ", ", (r.choice(c.C["cities"])[0], LOC)]),
           (c.L("verified"), c.pname(c.person(), r.choice(["full", "init"])))])
    return b


@kind("port_request_form", LANGS)
def k_port(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    donor = r.choice([x for x in BRANDS[c.cc] + ["Telenova", "Fonix Mobile", "Mobilo"] if x != c.brand])
    b.f("{}\n{}\n\n", c.L("portsub"), "~" * len(c.L("portsub")))
    b.kvs([(c.L("name"), c.pname(p)), (c.L("address"), (a.one(r, False), ADDR)), (c.L("dob"), c.dob()),
           (c.L("mobile"), c.phone())])
    if chance(r, 0.4):
        b.kv(c.L("mobile") + " (2)", c.phone())
    b.kvs([(c.L("donor"), donor), (c.L("custno") + f" ({donor})", c.acct()),
           (c.L("portdate"), c.date()), (c.L("contact"), [c.phone("any"), " / ", c.email(p)])])
    b.f("\n{}: {}, {}\n{}: {}\n", c.L("placedate"), (a.city, LOC), c.date(style="num"), c.L("sign"), c.pname(p, "full"))
    return b


@kind("billing_statement_ml", NON_EN)
def k_bill_ml(c):
    r, b = c.r, Builder()
    if c.cc not in IBAN_CC:
        c.relocate(LANG_CC[c.lang][0])
    p, a = c.person(), c.addr()
    start = rdate(r)
    b.f("{}  |  {}\n\n", c.brand.upper(), c.L("bill"))
    b.f("{}\n{}\n\n", c.pname(p, r.choice(["full", "caps"])), (a.multi(r, False), ADDR))
    b.kvs([(c.L("custno"), c.acct()), (c.L("invno"), fill(r, "##########")), (c.L("invdate"), c.date(start, "num"))])
    b.f("{}: {} - {}\n\n", c.L("period"), c.date(start - timedelta(days=30), "num"), c.date(start - timedelta(days=1), "num"))
    for _ in range(r.randint(1, 3)):
        b.f("{:<24}{:<22}{}\n", c.phone(), nplan(r), c.amount(10, 70))
    b.f("{:<46}{}\n\n", c.L("usage"), c.amount(0, 30))
    b.f("{}: {}\n{}: {}\n", c.L("total"), c.amount(20, 160), c.L("due"), c.date(start + timedelta(days=14)))
    b.f("{} {}\n", c.L("debit"), c.iban(IBAN_CC[c.cc]) if chance(r, 0.7) else neg_masked_iban(r, IBAN_CC[c.cc]))
    b.f("{}: {}\n", c.L("credid"), creditor_id(r, IBAN_CC[c.cc]))
    return b


APPT = {
    "en": "your technician appointment is confirmed for {D} between {T1} and {T2} at {A}. Please make sure someone "
          "over 18 is present. To reschedule, call {PH} or visit {URL}.",
    "de": "Ihr Termin mit unserem Techniker ist bestätigt: {D}, zwischen {T1} und {T2} Uhr, Adresse: {A}. Bitte stellen "
          "Sie sicher, dass eine volljährige Person anwesend ist. Terminänderung unter {PH} oder {URL}.",
    "fr": "votre rendez-vous technicien est confirmé le {D} entre {T1} et {T2} au {A}. Merci de vous assurer qu'une "
          "personne majeure soit présente. Pour le modifier, appelez le {PH} ou rendez-vous sur {URL}.",
    "es": "su cita con el técnico está confirmada para el {D} entre las {T1} y las {T2} en {A}. Asegúrese de que haya "
          "un adulto en el domicilio. Para cambiarla, llame al {PH} o entre en {URL}.",
    "it": "l'appuntamento con il tecnico è confermato per il {D} tra le {T1} e le {T2} presso {A}. Si assicuri che sia "
          "presente una persona maggiorenne. Per modificarlo chiami il {PH} o visiti {URL}.",
    "pt": "a visita do técnico está confirmada para {D}, entre as {T1} e as {T2}, na morada {A}. Certifique-se de que "
          "está presente um adulto. Para reagendar, ligue {PH} ou aceda a {URL}.",
    "nl": "uw afspraak met de monteur is bevestigd op {D} tussen {T1} en {T2} op {A}. Zorg dat er iemand van 18 jaar "
          "of ouder aanwezig is. Verzetten kan via {PH} of {URL}.",
    "pl": "wizyta technika została potwierdzona na {D} w godzinach {T1}–{T2} pod adresem {A}. Prosimy o obecność osoby "
          "pełnoletniej. Zmiana terminu: {PH} lub {URL}.",
    "sv": "ditt teknikerbesök är bokat {D} mellan {T1} och {T2} på {A}. Se till att någon över 18 år är hemma. "
          "Omboka på {PH} eller {URL}.",
    "da": "dit teknikerbesøg er bekræftet {D} mellem kl. {T1} og {T2} på {A}. Sørg for, at en person over 18 år er "
          "til stede. Flyt aftalen på {PH} eller {URL}.",
    "no": "teknikerbesøket ditt er bekreftet {D} mellom kl. {T1} og {T2} på {A}. Sørg for at en person over 18 år er "
          "til stede. Endre tidspunkt på {PH} eller {URL}.",
    "fi": "asentajakäyntisi on vahvistettu {D} klo {T1}–{T2} osoitteeseen {A}. Varmista, että paikalla on täysi-ikäinen "
          "henkilö. Muuta aikaa numerossa {PH} tai osoitteessa {URL}.",
    "cs": "návštěva technika je potvrzena na {D} v čase {T1}–{T2} na adrese {A}. Zajistěte prosím přítomnost "
          "dospělé osoby. Změnu termínu provedete na {PH} nebo {URL}.",
    "tr": "teknisyen randevunuz {D} tarihinde {T1}–{T2} saatleri arasında {A} adresinde onaylanmıştır. Lütfen 18 yaşından "
          "büyük birinin evde bulunmasını sağlayın. Değişiklik için {PH} veya {URL}.",
}


@kind("appointment_confirmation", LANGS)
def k_appt(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    h = r.choice([8, 10, 12, 14, 16])
    b.f("{} - {}\n{}: {}\n\n", c.brand, c.L("techappt"), c.L("custno"), c.acct())
    b.put(c.greet(p)).add("\n\n")
    txt = APPT[c.lang]
    b.t(txt[0].upper() + txt[1:], D=c.date(style=r.choice(["wd", "long", "num"])), T1=c.time(h, 0), T2=c.time(h + 2, 0),
        A=(a.one(r, False), ADDR), PH=c.phone("free"), URL=c.url())
    b.f("\n\n{}\n{}\n", c.L("regards"), c.L("team"))
    return b


COMPLAINT = {
    "de": ("Sehr geehrte Damen und Herren,\n\nseit dem {D} funktioniert mein Internetanschluss unter der Adresse {A} nur "
           "sporadisch. Ihr Techniker war am {D2} da, das Problem besteht aber weiterhin. Ich bitte um Gutschrift der "
           "Grundgebühr für diesen Zeitraum. Meine Kundennummer lautet {ACCT}, Sie erreichen mich unter {PH} oder {EM}."),
    "fr": ("Madame, Monsieur,\n\nDepuis le {D}, ma connexion internet au {A} est régulièrement coupée. Un technicien est "
           "passé le {D2}, sans résultat. Je vous demande le remboursement de l'abonnement pour cette période. Mon numéro "
           "client est {ACCT} ; vous pouvez me joindre au {PH} ou par courriel à {EM}."),
    "es": ("Estimados señores:\n\nDesde el {D} mi conexión de fibra en {A} se corta varias veces al día. El técnico vino "
           "el {D2} pero el problema continúa. Solicito la devolución de la cuota de este periodo. Mi número de cliente "
           "es {ACCT}; pueden contactarme en el {PH} o en {EM}."),
    "it": ("Spett.le Servizio Clienti,\n\ndal {D} la linea internet presso {A} si interrompe più volte al giorno. Il "
           "tecnico è intervenuto il {D2} ma il problema persiste. Chiedo il rimborso del canone per il periodo. Il mio "
           "codice cliente è {ACCT}; potete contattarmi al {PH} o all'indirizzo {EM}."),
    "pt": ("Exmos. Senhores,\n\nDesde {D} que a minha ligação de fibra na morada {A} falha várias vezes por dia. O técnico "
           "esteve cá em {D2}, mas o problema mantém-se. Solicito o reembolso da mensalidade deste período. O meu número "
           "de cliente é {ACCT}; podem contactar-me pelo {PH} ou pelo e-mail {EM}."),
    "nl": ("Geachte heer/mevrouw,\n\nSinds {D} valt mijn internetverbinding op {A} regelmatig weg. De monteur is op {D2} "
           "geweest, maar het probleem is niet opgelost. Ik verzoek u de abonnementskosten over deze periode te "
           "crediteren. Mijn klantnummer is {ACCT}; u kunt mij bereiken op {PH} of via {EM}."),
    "pl": ("Szanowni Państwo,\n\nod {D} mój internet pod adresem {A} regularnie przestaje działać. Technik był u mnie "
           "{D2}, ale problem nadal występuje. Proszę o zwrot opłaty abonamentowej za ten okres. Mój numer klienta to "
           "{ACCT}; kontakt: {PH} lub {EM}."),
    "sv": ("Hej,\n\nsedan {D} har mitt bredband på {A} slutat fungera flera gånger om dagen. En tekniker var här {D2} men "
           "felet kvarstår. Jag begär att ni krediterar månadsavgiften för perioden. Mitt kundnummer är {ACCT} och ni "
           "når mig på {PH} eller {EM}."),
}


@kind("complaint_letter", list(COMPLAINT))
def k_complaint(c):
    r, b = c.r, Builder()
    p, a = c.person(), c.addr()
    if chance(r, 0.5):
        b.f("{}\n{}\n\n{}\n\n", c.pname(p, "full"), (a.multi(r, False), ADDR), [(a.city, LOC), ", ", c.date(style="long")])
    b.t(COMPLAINT[c.lang], D=c.date(), A=(a.one(r, False), ADDR), D2=c.date(), ACCT=c.acct(), PH=c.phone(), EM=c.email(p))
    b.f("\n\n{}\n{}\n", c.L("regards"), c.pname(p, r.choice(["full", "full", "init"])))
    return b


# ---- documents without entities (hard negatives only) -------------------------
@kind("status_page_update", empty=True)
def k_status(c):
    r, b = c.r, Builder()
    b.f("{} Network Status\n\n{} - {}\n", c.brand, r.choice(["Investigating", "Identified", "Monitoring", "Resolved"]),
        r.choice(["Elevated packet loss on mobile data", "Degraded VoLTE call setup", "Intermittent DNS timeouts"]))
    b.f("Incident {} | affected POPs: {}-{}, {}-{} | started {} minutes ago\n", neg_ticket(r), pick(r, "fra ams lhr cdg"),
        r.randint(1, 4), pick(r, "mad mxp waw arn"), r.randint(1, 4), r.randint(5, 90))
    b.f("Update: traffic rerouted via {} and {}. Error rate down to {}%. Next update in {} minutes.\n",
        neg_asn(r), neg_asn(r), round(r.uniform(0.1, 4), 2), r.choice([30, 45, 60]))
    b.f("Change {} (build {}, commit {}) has been rolled back. This happens roughly once a year; last time was a "
        "{}.\n", "CHG00" + fill(r, "#####"), neg_version(r), neg_sha(r, 10), pick(r, "Monday Tuesday Friday Sunday"))
    return b


@kind("config_template", empty=True)
def k_cfg_tpl(c):
    r, b = c.r, Builder()
    b.add("{# Jinja2 template: cpe-base.j2 - rendered by provisioning, never commit rendered output #}\n")
    b.add("hostname {{ site_code }}-cpe{{ index }}\nusername admin secret 0 {{ vault_admin_password }}\n")
    b.add("interface GigabitEthernet0/0\n description WAN {{ circuit_id }}\n ip address {{ wan_ip }}/{{ wan_len }}\n")
    b.add("ppp chap hostname ${PPP_USER}\nppp chap password ${PPP_PASSWORD}\n")
    b.f("snmp-server user nms grp v3 auth sha ${{SNMP_AUTH}} priv aes 128 ${{SNMP_PRIV}}\nntp server {}\n",
        "{{ ntp_primary }}")
    b.f("! template version {} / {} lines / sha256 {}\n", neg_version(r), r.randint(40, 400), neg_sha(r, 64))
    b.add("! example values: wan_ip=<from IPAM>, admin password=********, API key=${CPE_API_KEY}\n")
    return b


@kind("firmware_release_notes", empty=True)
def k_release(c):
    r, b = c.r, Builder()
    v = neg_version(r)
    b.f("{} firmware {} release notes\n{}\n\n", r.choice(DEVICES[7:]), v, "=" * 40)
    b.f("Build: {} ({})\nSHA-256: {}\nSupersedes: {}\n\nFixes\n", fill(r, "b####"), neg_sha(r, 8), neg_sha(r, 64),
        neg_version(r))
    for fix in r.sample(["TR-069 inform retries after reboot", "Wi-Fi 6 band steering loops",
                         "IPv6 prefix delegation lost after 24 h lease", "VoIP one-way audio with SIP ALG",
                         "memory leak in DHCP relay", "LED stays red after PPPoE re-auth"], r.randint(3, 6)):
        b.f("- {} ({})\n", fix,
            r.choice([f"CVE-{r.randint(2021, 2025)}-{r.randint(1000, 49999)}", fill(r, "BUG-#####")]))
    b.f("\nKnown issues: reboot takes about {} s; factory reset needed when upgrading from releases before {}.\n",
        r.randint(60, 240), r.randint(2019, 2023))
    return b


@kind("tariff_sheet", LANGS, empty=True)
def k_tariff(c):
    r, b = c.r, Builder()
    b.f("{} - {} {}\n\n", c.brand, c.L("pricelist"), r.randint(2023, 2026))
    b.f("{:<24}{:>6}{:>16}   {}\n", c.L("plan"), "GB", c.L("price"), c.L("term"))
    for _ in range(r.randint(3, 6)):
        b.f("{:<24}{:>6}{:>16}   {:>4}\n", nplan(r), r.choice(["10", "30", "100", "∞"]), c.amount(5, 90),
            r.choice(["1", "12", "24"]))
    b.f("\n* {} {}; {}\n", c.amount(1, 10), r.choice(["/ 100 MB", "/ min", "/ SMS"]), c.L("vat"))
    return b


@kind("masked_receipt", empty=True)
def k_receipt(c):
    r, b = c.r, Builder()
    b.f("PAYMENT RECEIPT\n{}\n\nTransaction ID: {}\nInvoice: {}\n", c.brand, neg_uuid(r), "INV-" + fill(r, "#######"))
    b.f("Paid with: {}\nAuthorisation code: {}\nAmount: {}\n", neg_masked_card(r), fill(r, "XXXXXX"), c.amount())
    b.f("Direct debit account: {}\nMobile: {}\n", neg_masked_iban(r, r.choice(["DE", "FR", "NL", "GB"])),
        e164(r, c.cc)[:4] + " *** *** " + fill(r, "###"))
    b.f("Payment reference: {}\nStatus: settled {}\n", neg_luhn_bad16(r),
        r.choice(["yesterday", "2 days ago", "today"]))
    return b


@kind("noc_shift_handover", empty=True)
def k_handover(c):
    r, b = c.r, Builder()
    b.f("NOC shift handover - {} night shift\n\n", pick(r, "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"))
    for _ in range(r.randint(5, 9)):
        b.f("{:02d}:{:02d} {}\n", r.randint(0, 23), r.randint(0, 59), r.choice([
            f"{neg_ticket(r)} still open, vendor ETA in {r.randint(1, 6)} hours",
            f"OLT {hostn(r)} rebooted, outage {r.randint(2, 40)} min", f"{neg_asn(r)} flapping, dampened",
            "backup job finished after 3h12m", f"replaced SFP serial {neg_serial(r)}",
            f"customer ref {fill(r, 'CS-#######')} closed", "no alarms for the last 2 hours",
            f"firmware {neg_version(r)} staged on 12 CPEs, rollout next week"]))
    return b


# ---------------------------------------------------------------------------
# corpus assembly
# ---------------------------------------------------------------------------
EMPTY_SHARE, NON_EN_SHARE = 0.12, 0.245


def _make(seed, i):
    base = random.Random(f"{seed}-{i}")
    # low-discrepancy (Weyl) sequence: exact shares for any n, still a pure function of (seed, i)
    x = (random.Random(f"offset-{seed}").random() + i * 0.6180339887498949) % 1.0
    names = sorted(KINDS)
    if x < EMPTY_SHARE:
        kname = base.choice([k for k in names if KINDS[k][2]])
        langs = KINDS[kname][1]
        lang = "en" if "en" in langs and (len(langs) == 1 or base.random() < 0.55) else \
            base.choice([l for l in langs if l != "en"])
    elif x < EMPTY_SHARE + NON_EN_SHARE:
        lang = base.choice(NON_EN)
        kname = base.choice([k for k in names if not KINDS[k][2] and lang in KINDS[k][1]])
    else:
        lang = "en"
        kname = base.choice([k for k in names if not KINDS[k][2] and "en" in KINDS[k][1]])
    fn, _, empty = KINDS[kname]
    for attempt in range(40):
        r = random.Random(f"{seed}-{i}-{attempt}")
        ctx = Ctx(r, lang, r.choice(LANG_CC[lang]))
        b = fn(ctx)
        text = b.text()
        if 150 <= len(text) <= 3000 and empty == (not b.entities):
            ents = sorted(b.entities, key=lambda e: e["start"])
            return {"id": f"blind51-{seed}-{i:06d}", "text": text, "entities": ents}, kname, ctx.lang
    raise RuntimeError(f"could not build document {i} ({kname})")


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[0]


# ---------------------------------------------------------------------------
# validation / CLI
# ---------------------------------------------------------------------------
def _jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        return "alg" in hdr
    except Exception:
        return False


def _url_ok(v):
    u = urlparse(v)
    if u.scheme not in ("http", "https") or not u.hostname or "@" in u.netloc or re.search(r"\s", v):
        return False
    try:
        ipaddress.ip_address(u.hostname)
        return False
    except ValueError:
        return "." in u.hostname


SHAPE = {
    EMAIL: lambda v: re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v) is not None,
    URL: _url_ok,
    IP: lambda v: bool(ipaddress.ip_address(v)),
    CARD: lambda v: re.fullmatch(r"\d{13,19}", re.sub(r"[ -]", "", v)) is not None and luhn_ok(re.sub(r"[ -]", "", v)),
    IBAN: iban_ok,
    SSN: ssn_ok,
    PHONE: lambda v: re.fullmatch(r"\+?[\d ().\-/]+", v) is not None and 7 <= len(re.sub(r"\D", "", v)) <= 15,
    AWSK: lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None,
    AWSS: lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None,
    GH: lambda v: re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v) is not None,
    SLK: lambda v: re.fullmatch(r"xox[bpas]-[0-9A-Za-z-]+", v) is not None,
    STRIPE: lambda v: re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", v) is not None,
    JWT: _jwt_ok,
    PK: lambda v: v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----"),
    DOB: lambda v: re.search(r"\d", v) is not None,
    DT: lambda v: re.search(r"\d", v) is not None,
    PER: lambda v: re.search(r"[\d@]", v) is None,
    LOC: lambda v: re.search(r"[\d@]", v) is None,
    ADDR: lambda v: re.search(r"\d", v) is not None,
}


def check_doc(doc):
    problems, text = [], doc["text"]
    if not 150 <= len(text) <= 3000:
        problems.append(f"length {len(text)}")
    prev_end = -1
    for e in doc["entities"]:
        s, t, typ = e["start"], e["end"], e["type"]
        v = text[s:t] if 0 <= s < t <= len(text) else None
        if v is None:
            problems.append(f"span out of range {e}")
            continue
        if typ not in ALL_TYPES:
            problems.append(f"unknown type {typ}")
        if s < prev_end:
            problems.append(f"overlap at {s}")
        prev_end = t
        if v != v.strip():
            problems.append(f"whitespace {typ} {v!r}")
        if v[0] in "\"'[<{" or v[-1] in "\"'.,;:!?" or (v[0] == "(" and ")" not in v) or \
                (v[-1] == ")" and "(" not in v):
            problems.append(f"punctuation edge {typ} {v!r}")
        ok = SHAPE.get(typ)
        try:
            if ok and not ok(v):
                problems.append(f"bad shape {typ} {v!r}")
        except ValueError:
            problems.append(f"bad shape {typ} {v!r}")
    return problems


def run_check(n=3000, seed=0):
    types, kinds, bad = Counter(), Counter(), 0
    non_en = empty = 0
    for i in range(n):
        doc, kname, lang = _make(seed, i)
        again, _, _ = _make(seed, i)
        probs = check_doc(doc)
        if again != doc:
            probs.append("not deterministic")
        if probs:
            bad += 1
            if bad <= 25:
                print(f"[{doc['id']} {kname}] " + "; ".join(probs[:4]))
        kinds[kname] += 1
        non_en += lang != "en"
        empty += not doc["entities"]
        for e in doc["entities"]:
            types[e["type"]] += 1
    first = [d["text"] for d in generate(5, seed)]
    if first != [_make(seed, i)[0]["text"] for i in range(5)]:
        print("generate() differs from _make()")
        bad += 1
    print(f"documents: {n}   kinds: {len(KINDS)} ({sum(1 for k in KINDS.values() if k[2])} entity-free)")
    print(f"non-English: {non_en / n:.1%}   no-entity: {empty / n:.1%}")
    print("\nper-type counts:")
    for t in ALL_TYPES:
        print(f"  {t:<22}{types[t]:>6}")
    print("\nper-kind counts:")
    for k in sorted(KINDS):
        print(f"  {k:<32}{kinds[k]:>5}")
    missing = [k for k in KINDS if not kinds[k]]
    if missing:
        print("kinds never generated:", missing)
        bad += 1
    if len(KINDS) < 50:
        print("fewer than 50 kinds")
        bad += 1
    print(f"\nproblems: {bad}")
    return 1 if bad else 0


def show(doc):
    out, pos, text = [], 0, doc["text"]
    for e in doc["entities"]:
        out.append(text[pos:e["start"]] + "⟦" + text[e["start"]:e["end"]] + "⟧{" + e["type"] + "}")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return run_check(3000, a.seed)
    if a.sample:
        for i in range(a.sample):
            doc, kname, lang = _make(a.seed, i)
            print(f"===== {doc['id']}  kind={kname}  lang={lang}  entities={len(doc['entities'])}")
            print(show(doc))
            print()
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} documents to {a.output}")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
