#!/usr/bin/env python3
r"""Blind corpus 58 -- automotive: dealerships, rental & leasing, fleets, repair, roadside, registration.

Synthetic, labelled documents from the automotive world: dealership web leads, ADF
XML leads, credit applications and bills of sale, rental agreements, toll and
parking notices, leasing statements, fleet-management and telematics payloads,
GPS-tracker SMS commands, repair orders, estimates, warranty claims, tow
dispatch tickets, roadside-assistance call transcripts, DMV / DVLA / Zulassung
registration forms, accident reports with the medical follow-up (HL7, FHIR, PIP
claims, DOT medical certificates), dealer IT configuration with leaked secrets,
and LLM prompts pasting customer data.  About a quarter of the documents are in
German, French, Spanish, Italian, Brazilian Portuguese, Dutch, Polish, Swedish,
Turkish or romanized Japanese; about an eighth carry no entity at all but are
full of hard negatives (VINs, plates, repair-order numbers, DTC codes, log
timestamps, versions, amounts).

Usage: python3 corpus_blind58.py --check | --sample K | --n N --seed S --output F.jsonl

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
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter, namedtuple

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
                "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"}

# ---------------------------------------------------------------------------
# Builder: appends text and records entity spans while appending.
# ---------------------------------------------------------------------------

S = namedtuple("S", "text typ")          # a pre-typed segment (typ None = plain)
_TPL = re.compile(r"⟨(\w+)(?::([A-Z_]+))?⟩")


class Builder:
    """Accumulates text; e() records a labelled span at the current offset.

    f(template, **kw) expands "⟨key⟩" (plain) and "⟨key:TYPE⟩" (labelled)
    placeholders; a value may be a str, an S(text, typ) segment (its own type
    wins) or a list of str / S segments (plain strings stay unlabelled).
    """

    def __init__(self):
        self._parts: list[str] = []
        self._n = 0
        self.entities: list[dict] = []

    def t(self, s) -> "Builder":
        s = str(s)
        self._parts.append(s)
        self._n += len(s)
        return self

    def e(self, s, typ=None) -> "Builder":
        s = str(s)
        if typ and s:
            self.entities.append({"start": self._n, "end": self._n + len(s), "type": typ})
        return self.t(s)

    def add(self, v, typ=None) -> "Builder":
        if v is None:
            return self
        if isinstance(v, S):
            return self.e(v.text, v.typ)
        if isinstance(v, list):
            for x in v:
                self.add(x)
            return self
        return self.e(v, typ)

    def f(self, tpl: str, **kw) -> "Builder":
        pos = 0
        for m in _TPL.finditer(tpl):
            self.t(tpl[pos:m.start()])
            self.add(kw[m.group(1)], m.group(2))
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def kv(self, key, val, typ=None, sep=": ", end="\n") -> "Builder":
        self.t(key + sep)
        self.add(val, typ)
        return self.t(end)

    def __len__(self):
        return self._n

    @property
    def text(self) -> str:
        return "".join(self._parts)


# ---------------------------------------------------------------------------
# Valid-value helpers
# ---------------------------------------------------------------------------

def _rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def _rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_digit(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return c
    raise AssertionError


def gen_card(rng, sep=None):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4" + _rs(rng, DIG, 5), 16
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)) + _rs(rng, DIG, 4), 16
    elif kind == "mc2":
        pre, ln = str(rng.randint(2221, 2720)) + _rs(rng, DIG, 2), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]) + _rs(rng, DIG, 4), 15
    else:
        pre, ln = "6011" + _rs(rng, DIG, 2), 16
    body = pre + _rs(rng, DIG, ln - 1 - len(pre))
    num = body + luhn_digit(body)
    if sep is None:
        sep = rng.choice([" ", " ", "-", ""])
    if ln == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bad_card(rng):
    """16 digits that fail Luhn (hard negative)."""
    body = "4" + _rs(rng, DIG, 14)
    good = luhn_digit(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    num = body + bad
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def masked_card(rng):
    return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "************", "ending in "]) + _rs(rng, DIG, 4)


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "SE": 24, "TR": 26,
            "GB": 22, "PT": 25, "BR": 29, "BE": 16, "AT": 20, "CH": 21}


def _iban_bban(rng, cc):
    if cc == "IT":
        return rng.choice(UP) + _rs(rng, DIG, 22)
    if cc == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + _rs(rng, DIG, 10)
    if cc == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _rs(rng, DIG, 14)
    if cc == "TR":
        return _rs(rng, DIG, 5) + "0" + _rs(rng, DIG, 16)
    if cc == "BR":
        return _rs(rng, DIG, 23) + rng.choice("PC") + "1"
    return _rs(rng, DIG, IBAN_LEN[cc] - 4)


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def gen_iban(rng, cc, grouped=None):
    bban = _iban_bban(rng, cc)
    chk = 98 - _mod97(bban + cc + "00")
    ib = f"{cc}{chk:02d}{bban}"
    if grouped is None:
        grouped = rng.random() < 0.6
    if grouped:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def iban_ok(s: str) -> bool:
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if IBAN_LEN.get(c[:2]) != len(c):
        return False
    return _mod97(c[4:] + c[:4]) == 1


def gen_ssn(rng, sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def bad_ssn(rng):
    a = rng.choice([0, 666, rng.randint(900, 999)])
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def gen_jwt(rng):
    hdr = {"alg": rng.choice(["HS256", "RS256", "ES256", "HS512"]), "typ": "JWT"}
    if rng.random() < 0.4:
        hdr["kid"] = _rs(rng, HEX, 8)
    iat = rng.randint(1_690_000_000, 1_760_000_000)
    pl = {"sub": rng.choice(["fleet-svc", "dms-api", "usr_" + _rs(rng, DIG, 6), "dealer:" + _rs(rng, DIG, 5)]),
          "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
          "scope": rng.choice(["vehicles:read", "telematics:write", "leads:read leads:write", "ro:read"])}
    sig = _rbytes(rng, 64 if hdr["alg"] == "HS512" else 32)
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig)])


def jwt_ok(s: str) -> bool:
    parts = s.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except Exception:
        return False
    return isinstance(h, dict) and "alg" in h


_PEM_PREFIX = {
    "RSA PRIVATE KEY": bytes.fromhex("308204a40201000282010100"),
    "PRIVATE KEY": bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"),
    "EC PRIVATE KEY": bytes.fromhex("30770201010420"),
    "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none",
}


def gen_pem(rng, label=None):
    label = label or rng.choice(list(_PEM_PREFIX))
    n = {"EC PRIVATE KEY": 114, "OPENSSH PRIVATE KEY": rng.choice([250, 300])}.get(label, rng.choice([330, 380, 430]))
    raw = _PEM_PREFIX[label] + _rbytes(rng, n)
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + (70 if label.startswith("OPENSSH") else 64)] for i in range(0, len(b), 70 if label.startswith("OPENSSH") else 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def gen_aws_access(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + _rs(rng, B32, 16)


def gen_aws_secret(rng):
    return _rs(rng, ALNUM + "/+", 40)


def gen_github(rng):
    if rng.random() < 0.25:
        return "github_pat_" + _rs(rng, ALNUM, 22) + "_" + _rs(rng, ALNUM, 59)
    return rng.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + _rs(rng, ALNUM, 36)


def gen_slack(rng):
    if rng.random() < 0.6:
        return f"xoxb-{_rs(rng, DIG, 12)}-{_rs(rng, DIG, 13)}-{_rs(rng, ALNUM, 24)}"
    return f"xoxp-{_rs(rng, DIG, 12)}-{_rs(rng, DIG, 12)}-{_rs(rng, DIG, 13)}-{_rs(rng, HEX, 32)}"


def gen_stripe(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + _rs(rng, ALNUM, rng.choice([24, 34, 99]))


def gen_generic(rng, kind=None):
    kind = kind or rng.choice(["hex", "whsec", "sg", "google", "b64", "tok", "hex40"])
    if kind == "hex":
        return _rs(rng, HEX, 32)
    if kind == "hex40":
        return _rs(rng, HEX, 40)
    if kind == "whsec":
        return "whsec_" + _rs(rng, ALNUM, 32)
    if kind == "sg":
        return "SG." + _rs(rng, ALNUM + "_-", 22) + "." + _rs(rng, ALNUM + "_-", 43)
    if kind == "google":
        return "AIza" + _rs(rng, ALNUM + "_-", 35)
    if kind == "b64":
        return _rs(rng, ALNUM, 38) + rng.choice(["==", "Qx", "w8"])
    return rng.choice(["tk_", "pat_", "at_", "ak_"]) + _rs(rng, ALNUM, 40)


_PW_WORDS = ["Summer", "Falcon", "Dealer", "Garage", "Torque", "Piston", "Camshaft", "Roadster", "Winter",
             "Chevelle", "Diesel", "Gearbox", "Fleet", "Tundra", "Harbor", "Octane", "Sprocket", "Lug"]


def gen_password(rng):
    k = rng.random()
    if k < 0.35:
        return rng.choice(_PW_WORDS) + str(rng.randint(1, 2026)) + rng.choice("!#$%*?&")
    if k < 0.65:
        return _rs(rng, ALNUM, rng.randint(3, 5)) + rng.choice("#$%&*@!_-") + _rs(rng, ALNUM, rng.randint(4, 8))
    if k < 0.85:
        w = rng.choice(_PW_WORDS).lower()
        return w.replace("a", "4").replace("e", "3").replace("o", "0") + rng.choice(["_", "."]) + _rs(rng, DIG, 3) + rng.choice(["", "X", "!"])
    return _rs(rng, ALNUM + "!#%+", rng.randint(12, 20))


def gen_passcode(rng):
    return _rs(rng, DIG, rng.choice([6, 6, 8])) if rng.random() < 0.6 else _rs(rng, ALNUM, 8)


def gen_ipv4(rng, private=None):
    if private is None:
        private = rng.random() < 0.4
    if private:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    while True:
        a = rng.randint(11, 223)
        if a not in (127, 169, 172, 192, 10, 100):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def gen_ipv6(rng):
    groups = ["2001", "db8" if rng.random() < 0.3 else _rs(rng, HEX, 4)] + [format(rng.randint(0, 65535), "x") for _ in range(rng.choice([2, 6]))]
    if len(groups) == 4:
        return ":".join(groups[:2]) + "::" + ":".join(groups[2:])
    return ":".join(groups)


def gen_ip(rng):
    return gen_ipv6(rng) if rng.random() < 0.15 else gen_ipv4(rng)


# --- hard-negative helpers -------------------------------------------------

_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_TR = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin(rng):
    wmi = rng.choice(["1HG", "2T1", "3FA", "JTD", "WVW", "WBA", "VF1", "ZFA", "KMH", "5YJ", "1FT", "SAL",
                      "YV1", "TMB", "VSS", "JN1", "W1K", "KNA", "WF0", "VR3", "1C6", "3GN"])
    v = list(wmi) + [rng.choice(_VIN_CH) for _ in range(14)]
    v[9] = rng.choice("LMNPRSTVWXY123456789")
    s = sum(_VIN_TR[c] * w for c, w in zip(v, _VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def gen_plate(rng, loc):
    r = rng
    L = lambda n: _rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", n)
    D = lambda n: _rs(r, DIG, n)
    return {
        "US": lambda: r.choice([D(1) + L(3) + D(3), L(3) + "-" + D(4), L(3) + " " + D(4)]),
        "GB": lambda: L(2) + D(2) + " " + L(3),
        "DE": lambda: r.choice(["B", "M", "HH", "K", "S", "F", "WOB", "IN", "DD", "L"]) + "-" + L(2) + " " + str(r.randint(1, 9999)) + r.choice(["", "", "E", "H"]),
        "FR": lambda: L(2) + "-" + D(3) + "-" + L(2),
        "ES": lambda: D(4) + " " + _rs(r, "BCDFGHJKLMNPRSTVWXYZ", 3),
        "IT": lambda: L(2) + D(3) + L(2),
        "BR": lambda: L(3) + D(1) + L(1) + D(2),
        "NL": lambda: r.choice([L(2) + "-" + D(3) + "-" + L(1), D(2) + "-" + L(3) + "-" + D(1), L(1) + "-" + D(3) + "-" + L(2)]),
        "PL": lambda: r.choice(["WA", "KR", "PO", "GD", "WR", "LU", "SK"]) + " " + D(5),
        "SE": lambda: L(3) + " " + D(2) + r.choice(DIG + "ABCDEFGHJ"),
        "TR": lambda: f"{r.choice(['34', '06', '35', '16', '07', '01'])} {L(r.randint(1, 3))} {D(r.choice([2, 3, 4]))}",
        "JP": lambda: f"{r.choice(['Shinagawa', 'Nerima', 'Tama', 'Adachi', 'Mikawa'])} {D(3)} {r.choice(['sa', 'ta', 'ne', 'wa', 'ri'])} {D(2)}-{D(2)}",
    }[loc]()


def gen_ro(rng):
    return rng.choice(["RO-", "RO#", "WO-", "R/O "]) + _rs(rng, DIG, rng.choice([5, 6, 7]))


def gen_claim(rng):
    return rng.choice(["CLM-", "CL", "", "AC-"]) + _rs(rng, DIG, 4) + rng.choice(["-", ""]) + _rs(rng, DIG, 5)


def gen_booking(rng):
    return rng.choice(["RES-", "BKG-", "", "R"]) + _rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 7)


def gen_uuid(rng):
    h = _rs(rng, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def gen_sha(rng, n=40):
    return _rs(rng, HEX, n)


def gen_version(rng):
    return f"{rng.randint(1, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 60)}"


def gen_dtc(rng):
    return rng.choice("PPPBCU") + rng.choice("0123") + _rs(rng, "0123456789ABCDEF", 3)


def gen_part(rng):
    return rng.choice([f"{_rs(rng, DIG, 5)}-{_rs(rng, UP + DIG, 5)}", f"{_rs(rng, UP, 2)}{_rs(rng, DIG, 4)}-{_rs(rng, DIG, 3)}",
                       f"{_rs(rng, DIG, 3)} {_rs(rng, DIG, 3)} {_rs(rng, DIG, 3)} {_rs(rng, UP, 1)}"])


VEHICLES = ["Toyota Corolla", "Toyota RAV4", "Honda Civic", "Honda CR-V", "Ford F-150", "Ford Transit", "Chevrolet Silverado",
            "Volkswagen Golf", "VW Passat Variant", "BMW 320d", "Mercedes-Benz Sprinter", "Renault Clio", "Peugeot 208",
            "Fiat Panda", "SEAT Ibiza", "Škoda Octavia", "Volvo XC60", "Tesla Model 3", "Hyundai Ioniq 5", "Kia Sportage",
            "Nissan Leaf", "Mazda CX-5", "Subaru Outback", "Ram 1500", "Toyota Hilux", "Dacia Duster", "Opel Astra",
            "Citroën C3", "Alfa Romeo Giulia", "Jeep Wrangler", "Ford Ranger", "Audi A4 Avant", "Polestar 2",
            "Mitsubishi Outlander", "Isuzu D-Max", "Iveco Daily", "Toyota Prius", "Chevrolet Bolt EUV"]


def gen_vehicle(rng):
    return f"{rng.randint(2014, 2025)} {rng.choice(VEHICLES)}"


def money(rng, lang, lo=20, hi=4000):
    v = rng.uniform(lo, hi)
    if lang in ("en", "ja"):
        sym = {"en": "$", "ja": "¥"}[lang]
        if lang == "ja":
            return f"¥{int(v * 150):,}"
        return f"{sym}{v:,.2f}"
    if lang == "pt":
        return ("R$ " + f"{v * 5:,.2f}").replace(",", "X").replace(".", ",").replace("X", ".")
    if lang == "pl":
        return f"{v * 4.3:,.2f} zł".replace(",", " ").replace(".", ",")
    if lang == "sv":
        return f"{v * 11:,.2f} kr".replace(",", " ").replace(".", ",")
    if lang == "tr":
        return ("₺" + f"{v * 35:,.2f}").replace(",", "X").replace(".", ",").replace("X", ".")
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €" if rng.random() < 0.7 else "EUR " + s


def bare_money(rng, lo=10, hi=900):
    return f"{rng.uniform(lo, hi):.2f}"


# ---------------------------------------------------------------------------
# Data pools
# ---------------------------------------------------------------------------

def _sp(s):
    return [x.strip() for x in s.split("|") if x.strip()]


# (female given, male given, surnames) per locale.  English pools are deliberately
# multicultural.  Car-brand surnames (Ford, Honda, Suzuki, Ferrari...) are avoided.
NAMES = {
    "US": (_sp("Mary|Olivia|Aaliyah|Priya|Mei|Yuki|Ngozi|Fatima|Leila|Camila|Valentina|Svetlana|Siobhan|Niamh|Isla|Leilani|"
               "Thandiwe|Linh|Seo-yeon|Ananya|Zainab|Esperanza|Perpetua|Winifred|Marisol|Xiomara|Pema|Aroha|Ingrid|Rosalind|"
               "Dolores|Maeve|Shanice|Imani|Ayesha|Yasmin|Soraya|Ama|Abena|Nomvula|Anahera|Pania|Quinn|Sasha|Noor|Brittany|"
               "Kayleigh|Gwendolyn|Oona|Tallulah|Marguerite|Ebony|Jolene|Kateri|Dagny|Consuelo"),
           _sp("James|Liam|DeShawn|Rahul|Wei|Hiroshi|Chukwuemeka|Oluwaseun|Omar|Ahmed|Santiago|Mateo|Dmitri|Eoin|Ewan|Kai|"
               "Keanu|Sipho|Minh|Ji-woo|Arjun|Tariq|Bartholomew|Ignatius|Cornelius|Ezekiel|Tenzin|Tane|Everett|Harlan|Jaxon|"
               "Brayden|Tyrone|Malik|Bilal|Hamza|Kwame|Kofi|Yaw|Lwazi|Tevita|Sione|Wiremu|Rowan|Thaddeus|Augustin|Dashiell|"
               "Cletus|Booker|Raghunathan|Bao|Emeka|Yusuf|Desmond|Lachlan|Stellan"),
           _sp("Smith|Johnson|Williams|Brown|Garcia|Martinez|Rodriguez|Hernandez|Nguyen|Tran|Pham|Kim|Park|Choi|Chen|Wang|"
               "Zhang|Liu|Patel|Shah|Singh|Kaur|Gupta|Iyer|Reddy|Okafor|Adeyemi|Okonkwo|Mensah|Boateng|Osei|Abubakar|Haddad|"
               "Khoury|Nasser|Al-Farsi|O'Brien|O'Sullivan|McAllister|MacLeod|Fitzgerald|Kowalczyk|Novak|Petrov|Ivanova|"
               "Horvath|Yilmaz|Papadopoulos|Dubois|Andersson|Tanaka|Begay|Yazzie|Tsosie|Kealoha|Kahananui|Thibodeaux|"
               "Boudreaux|Washington|Whitfield|Ashworth|Pennington|Featherstonehaugh|Van der Merwe|de la Cruz|"
               "Nakamura-Reyes|Abernathy-Cole|Oyelaran|Szymborska|Quintanilla|Villanueva|Delacroix|Runningwater|"
               "Achterberg|Zielinski|Mwangi|Kipchoge|Baptiste|Toussaint|Ramaswamy|Lindqvist|Okoro|Fairweather")),
    "GB": (_sp("Amelia|Olivia|Isla|Ava|Freya|Poppy|Imogen|Harriet|Niamh|Siobhan|Rhiannon|Cerys|Aisha|Priya|Zara|Ffion|Morag|Eilidh"),
           _sp("Oliver|George|Harry|Jack|Alfie|Callum|Rhys|Dafydd|Hamish|Angus|Mohammed|Ravi|Tobias|Rupert|Declan|Kieran|Gethin|Euan"),
           _sp("Smith|Jones|Taylor|Evans|Davies|Thomas|Roberts|Walker|Wright|Thompson|Hughes|Edwards|Lewis|Khan|Ahmed|Begum|"
               "Campbell|Stewart|MacDonald|Fraser|Llewellyn|Pritchard|Ellis-Bextor|Featherstone|Ogunleye|Chaudhry|Whitmore")),
    "DE": (_sp("Anna|Lea|Hannah|Sophie|Marie|Ursula|Gisela|Sabine|Heike|Ayşe|Katarzyna|Friederike|Hildegard|Ottilie|Mareike|Jutta|Svenja|Annegret"),
           _sp("Lukas|Leon|Finn|Jonas|Maximilian|Jürgen|Dieter|Wolfgang|Klaus|Mehmet|Dragan|Sven|Benedikt|Kai-Uwe|Torsten|Henning|Ole|Detlef"),
           _sp("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|Schröder|"
               "Neumann|Schwarz|Zimmermann|Braun|Krüger|Hartmann|Lange|Werner|Krause|Lehmann|Köhler|Öztürk|Yıldız|Kowalski|"
               "Popović|von Bülow|Ehrenberg-Stahl|Pfeiffer|Dreßler|Brandstätter|Nowotny")),
    "FR": (_sp("Marie|Camille|Léa|Chloé|Inès|Manon|Nathalie|Sylvie|Élodie|Amélie|Fatou|Nadia|Gaëlle|Anne-Sophie|Solène|Maëlys|Ségolène"),
           _sp("Jean|Pierre|Hugo|Louis|Gabriel|Théo|Philippe|Yannick|Mamadou|Karim|Sébastien|Jean-Baptiste|Aurélien|Loïc|Gwenaël|Thibault"),
           _sp("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|David|"
               "Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefèvre|Mercier|Dupont|Lambert|Bonnet|Diallo|Benali|Traoré|"
               "Le Goff|Kerboul|de Villiers|Nguyen|Chevalier|Rousseau")),
    "ES": (_sp("María|Lucía|Sofía|Martina|Carmen|Dolores|Josefa|Nerea|Ainhoa|Montserrat|Guadalupe|Rocío|Begoña|Itziar|Remedios|Yolanda"),
           _sp("Alejandro|Pablo|Javier|Íñigo|Aitor|Jordi|Fernando|Álvaro|Iker|Sergio|Rubén|Xabier|Joaquín|Marcelino|Eusebio"),
           _sp("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|"
               "Moreno|Muñoz|Álvarez|Romero|Navarro|Torres|Domínguez|Gil|Vázquez|Serrano|Etxeberria|Goikoetxea|Puig|Ferrer|Castells|Ibáñez")),
    "IT": (_sp("Giulia|Chiara|Francesca|Sara|Martina|Alessia|Federica|Carmela|Rosaria|Ilaria|Benedetta|Maria Grazia|Annunziata|Ludovica"),
           _sp("Giuseppe|Giovanni|Antonio|Mario|Francesco|Luigi|Alessandro|Lorenzo|Matteo|Gianluca|Pierluigi|Salvatore|Domenico|Ettore|Gennaro"),
           _sp("Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|"
               "Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|D'Angelo|Lo Presti|Di Stefano|Pellegrino")),
    "BR": (_sp("Maria|Ana|Beatriz|Mariana|Larissa|Fernanda|Juliana|Francisca|Conceição|Ana Carolina|Thaís|Raíssa|Luana|Iracema"),
           _sp("João|Pedro|Lucas|Gabriel|Thiago|Rafael|Rodrigo|Raimundo|Cauã|Washington|Edson|Wellington|Anderson|Davi"),
           _sp("Silva|Santos|Oliveira|Souza|Pereira|Costa|Rodrigues|Almeida|Nascimento|Lima|Araújo|Fernandes|Carvalho|Gomes|"
               "Martins|Rocha|Ribeiro|Alves|Monteiro|Mendes|Barros|Freitas|Cardoso|Teixeira|Magalhães|Gonçalves|de Souza Lima|dos Anjos")),
    "NL": (_sp("Emma|Julia|Tess|Sophie|Anna|Ingrid|Marieke|Sanne|Femke|Anouk|Fenna|Annelies|Wilhelmina|Noor"),
           _sp("Daan|Sem|Lucas|Levi|Finn|Jan|Pieter|Willem|Henk|Joost|Bram|Mohamed|Sjoerd|Geert|Thijs|Ruud"),
           _sp("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|"
               "Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|van der Meer|El Amrani|Bouzid|Verhoeven")),
    "PL": (_sp("Anna|Maria|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Zofia|Jadwiga|Bożena|Grażyna|Wiesława"),
           _sp("Jan|Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Michał|Marcin|Wojciech|Grzegorz|Przemysław|Zbigniew|Mieczysław"),
           _sp("Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|"
               "Kozłowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowski|Pawłowski|Michalski|Zając|Król|Wieczorek|"
               "Jabłoński|Brzęczyszczykiewicz|Szczepańska|Gołębiowska")),
    "SE": (_sp("Astrid|Ingrid|Maja|Elsa|Alice|Ebba|Linnea|Sigrid|Agneta|Birgitta|Lena|Saga|Ylva|Märta"),
           _sp("Erik|Lars|Karl|Anders|Johan|Per|Nils|Oskar|Björn|Gunnar|Emil|Hugo|Sixten|Åke"),
           _sp("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|"
               "Hansson|Bengtsson|Lindberg|Lindqvist|Lundgren|Bergström|Sjöberg|Åkesson|Öberg|Håkansson|Lindahl|Ekdahl")),
    "TR": (_sp("Fatma|Ayşe|Emine|Hatice|Zeynep|Elif|Merve|Büşra|Özge|Çağla|Şeyma|Gülşen|Nurcan"),
           _sp("Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Murat|Emre|Burak|Gökhan|Serkan|Oğuz|Yiğit|Ercüment"),
           _sp("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|"
               "Kurt|Özkan|Şimşek|Polat|Güneş|Aktaş|Karataş|Karaosmanoğlu")),
    "JP": (_sp("Yui|Aoi|Hina|Sakura|Yuki|Akiko|Keiko|Naoko|Emi|Rin|Mio|Noriko|Midori|Chiyo"),
           _sp("Haruto|Sota|Yuto|Hiroshi|Takeshi|Kenji|Daiki|Ren|Shun|Tatsuya|Kazuki|Ryunosuke|Shinji|Isamu"),
           _sp("Sato|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Yamaguchi|"
               "Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Yamazaki|Mori|Abe|Ikeda|Hashimoto|Ishikawa|Fujiwara")),
}

TITLES = {
    "US": (["Ms.", "Mrs.", "Dr.", "Miss"], ["Mr.", "Dr."]), "GB": (["Ms", "Mrs", "Dr", "Miss"], ["Mr", "Dr"]),
    "DE": (["Frau", "Frau Dr."], ["Herr", "Herr Dr."]), "FR": (["Mme", "Madame", "Mlle"], ["M.", "Monsieur"]),
    "ES": (["Sra.", "Doña", "Dra."], ["Sr.", "Don", "Dr."]), "IT": (["Sig.ra", "Dott.ssa", "Signora"], ["Sig.", "Dott.", "Ing."]),
    "BR": (["Sra.", "Dona", "Dra."], ["Sr.", "Seu", "Dr."]), "NL": (["mevr.", "mevrouw"], ["dhr.", "meneer"]),
    "PL": (["Pani", "p."], ["Pan", "p."]), "SE": ([""], [""]), "TR": (["Sayın"], ["Sayın"]), "JP": ([""], [""]),
}

# cities: (city, region code, region name, postcode seed)
CITIES = {
    "US": [("Springfield", "IL", "Illinois", "627"), ("Columbus", "OH", "Ohio", "432"), ("Sacramento", "CA", "California", "958"),
           ("Fresno", "CA", "California", "937"), ("Boise", "ID", "Idaho", "837"), ("Tulsa", "OK", "Oklahoma", "741"),
           ("Omaha", "NE", "Nebraska", "681"), ("Raleigh", "NC", "North Carolina", "276"), ("Richmond", "VA", "Virginia", "232"),
           ("Albany", "NY", "New York", "122"), ("Buffalo", "NY", "New York", "142"), ("Denver", "CO", "Colorado", "802"),
           ("Spokane", "WA", "Washington", "992"), ("Tacoma", "WA", "Washington", "984"), ("Eugene", "OR", "Oregon", "974"),
           ("Reno", "NV", "Nevada", "895"), ("Mesa", "AZ", "Arizona", "852"), ("El Paso", "TX", "Texas", "799"),
           ("Plano", "TX", "Texas", "750"), ("Lubbock", "TX", "Texas", "794"), ("Baton Rouge", "LA", "Louisiana", "708"),
           ("Jackson", "MS", "Mississippi", "392"), ("Birmingham", "AL", "Alabama", "352"), ("Savannah", "GA", "Georgia", "314"),
           ("Tampa", "FL", "Florida", "336"), ("Orlando", "FL", "Florida", "328"), ("Knoxville", "TN", "Tennessee", "379"),
           ("Memphis", "TN", "Tennessee", "381"), ("Louisville", "KY", "Kentucky", "402"), ("Dayton", "OH", "Ohio", "454"),
           ("Grand Rapids", "MI", "Michigan", "495"), ("Flint", "MI", "Michigan", "485"), ("Madison", "WI", "Wisconsin", "537"),
           ("Duluth", "MN", "Minnesota", "558"), ("Fargo", "ND", "North Dakota", "581"), ("Sioux Falls", "SD", "South Dakota", "571"),
           ("Billings", "MT", "Montana", "591"), ("Cheyenne", "WY", "Wyoming", "820"), ("Anchorage", "AK", "Alaska", "995"),
           ("Honolulu", "HI", "Hawaii", "968"), ("Burlington", "VT", "Vermont", "054"), ("Providence", "RI", "Rhode Island", "029"),
           ("Hartford", "CT", "Connecticut", "061"), ("Newark", "NJ", "New Jersey", "071"), ("Scranton", "PA", "Pennsylvania", "185"),
           ("Wilmington", "DE", "Delaware", "198"), ("Baltimore", "MD", "Maryland", "212"), ("Albuquerque", "NM", "New Mexico", "871"),
           ("Little Rock", "AR", "Arkansas", "722"), ("Des Moines", "IA", "Iowa", "503"), ("Wichita", "KS", "Kansas", "672")],
    "GB": [("London", "", "", "SW"), ("Manchester", "", "", "M"), ("Leeds", "", "", "LS"), ("Bristol", "", "", "BS"),
           ("Glasgow", "", "", "G"), ("Edinburgh", "", "", "EH"), ("Cardiff", "", "", "CF"), ("Belfast", "", "", "BT"),
           ("Sheffield", "", "", "S"), ("Norwich", "", "", "NR"), ("York", "", "", "YO"), ("Aberdeen", "", "", "AB"),
           ("Swansea", "", "", "SA"), ("Exeter", "", "", "EX"), ("Nottingham", "", "", "NG"), ("Inverness", "", "", "IV")],
    "DE": [("Berlin", "BE", "Berlin", "10115"), ("Hamburg", "HH", "Hamburg", "20095"), ("München", "BY", "Bayern", "80331"),
           ("Köln", "NW", "Nordrhein-Westfalen", "50667"), ("Frankfurt am Main", "HE", "Hessen", "60311"),
           ("Stuttgart", "BW", "Baden-Württemberg", "70173"), ("Düsseldorf", "NW", "Nordrhein-Westfalen", "40213"),
           ("Leipzig", "SN", "Sachsen", "04109"), ("Dresden", "SN", "Sachsen", "01067"), ("Hannover", "NI", "Niedersachsen", "30159"),
           ("Nürnberg", "BY", "Bayern", "90402"), ("Bremen", "HB", "Bremen", "28195"), ("Dortmund", "NW", "Nordrhein-Westfalen", "44135"),
           ("Freiburg im Breisgau", "BW", "Baden-Württemberg", "79098"), ("Wolfsburg", "NI", "Niedersachsen", "38440"),
           ("Ingolstadt", "BY", "Bayern", "85049"), ("Regensburg", "BY", "Bayern", "93047"), ("Kiel", "SH", "Schleswig-Holstein", "24103"),
           ("Rostock", "MV", "Mecklenburg-Vorpommern", "18055"), ("Kassel", "HE", "Hessen", "34117")],
    "FR": [("Paris", "", "Île-de-France", "75011"), ("Lyon", "", "Auvergne-Rhône-Alpes", "69003"), ("Marseille", "", "Provence-Alpes-Côte d'Azur", "13001"),
           ("Toulouse", "", "Occitanie", "31000"), ("Nice", "", "Provence-Alpes-Côte d'Azur", "06000"), ("Nantes", "", "Pays de la Loire", "44000"),
           ("Strasbourg", "", "Grand Est", "67000"), ("Montpellier", "", "Occitanie", "34000"), ("Bordeaux", "", "Nouvelle-Aquitaine", "33000"),
           ("Lille", "", "Hauts-de-France", "59000"), ("Rennes", "", "Bretagne", "35000"), ("Reims", "", "Grand Est", "51100"),
           ("Le Havre", "", "Normandie", "76600"), ("Grenoble", "", "Auvergne-Rhône-Alpes", "38000"), ("Dijon", "", "Bourgogne-Franche-Comté", "21000"),
           ("Angers", "", "Pays de la Loire", "49000"), ("Brest", "", "Bretagne", "29200"), ("Clermont-Ferrand", "", "Auvergne-Rhône-Alpes", "63000"),
           ("Besançon", "", "Bourgogne-Franche-Comté", "25000"), ("Perpignan", "", "Occitanie", "66000")],
    "ES": [("Madrid", "M", "Madrid", "28"), ("Barcelona", "B", "Cataluña", "08"), ("Valencia", "V", "Comunidad Valenciana", "46"),
           ("Sevilla", "SE", "Andalucía", "41"), ("Zaragoza", "Z", "Aragón", "50"), ("Málaga", "MA", "Andalucía", "29"),
           ("Bilbao", "BI", "País Vasco", "48"), ("Murcia", "MU", "Región de Murcia", "30"), ("Palma", "PM", "Islas Baleares", "07"),
           ("Valladolid", "VA", "Castilla y León", "47"), ("Vigo", "PO", "Galicia", "36"), ("Gijón", "O", "Asturias", "33"),
           ("Granada", "GR", "Andalucía", "18"), ("Alicante", "A", "Comunidad Valenciana", "03"), ("Pamplona", "NA", "Navarra", "31"),
           ("Santander", "S", "Cantabria", "39"), ("Salamanca", "SA", "Castilla y León", "37")],
    "IT": [("Roma", "RM", "Lazio", "00184"), ("Milano", "MI", "Lombardia", "20121"), ("Napoli", "NA", "Campania", "80133"),
           ("Torino", "TO", "Piemonte", "10121"), ("Palermo", "PA", "Sicilia", "90133"), ("Genova", "GE", "Liguria", "16121"),
           ("Bologna", "BO", "Emilia-Romagna", "40121"), ("Firenze", "FI", "Toscana", "50122"), ("Bari", "BA", "Puglia", "70121"),
           ("Catania", "CT", "Sicilia", "95121"), ("Verona", "VR", "Veneto", "37121"), ("Padova", "PD", "Veneto", "35122"),
           ("Trieste", "TS", "Friuli-Venezia Giulia", "34121"), ("Brescia", "BS", "Lombardia", "25121"), ("Parma", "PR", "Emilia-Romagna", "43121"),
           ("Lecce", "LE", "Puglia", "73100"), ("Cagliari", "CA", "Sardegna", "09124")],
    "BR": [("São Paulo", "SP", "São Paulo", "01"), ("Rio de Janeiro", "RJ", "Rio de Janeiro", "20"), ("Belo Horizonte", "MG", "Minas Gerais", "30"),
           ("Curitiba", "PR", "Paraná", "80"), ("Porto Alegre", "RS", "Rio Grande do Sul", "90"), ("Salvador", "BA", "Bahia", "40"),
           ("Recife", "PE", "Pernambuco", "50"), ("Fortaleza", "CE", "Ceará", "60"), ("Manaus", "AM", "Amazonas", "69"),
           ("Goiânia", "GO", "Goiás", "74"), ("Campinas", "SP", "São Paulo", "13"), ("Florianópolis", "SC", "Santa Catarina", "88"),
           ("Belém", "PA", "Pará", "66"), ("Natal", "RN", "Rio Grande do Norte", "59"), ("Londrina", "PR", "Paraná", "86")],
    "NL": [("Amsterdam", "NH", "Noord-Holland", "1012"), ("Rotterdam", "ZH", "Zuid-Holland", "3011"), ("Den Haag", "ZH", "Zuid-Holland", "2511"),
           ("Utrecht", "UT", "Utrecht", "3511"), ("Eindhoven", "NB", "Noord-Brabant", "5611"), ("Groningen", "GR", "Groningen", "9711"),
           ("Tilburg", "NB", "Noord-Brabant", "5038"), ("Almere", "FL", "Flevoland", "1315"), ("Breda", "NB", "Noord-Brabant", "4811"),
           ("Nijmegen", "GE", "Gelderland", "6511"), ("Haarlem", "NH", "Noord-Holland", "2011"), ("Arnhem", "GE", "Gelderland", "6811"),
           ("Zwolle", "OV", "Overijssel", "8011"), ("Leeuwarden", "FR", "Friesland", "8911"), ("Maastricht", "LI", "Limburg", "6211")],
    "PL": [("Warszawa", "", "mazowieckie", "00"), ("Kraków", "", "małopolskie", "30"), ("Łódź", "", "łódzkie", "90"),
           ("Wrocław", "", "dolnośląskie", "50"), ("Poznań", "", "wielkopolskie", "60"), ("Gdańsk", "", "pomorskie", "80"),
           ("Szczecin", "", "zachodniopomorskie", "70"), ("Bydgoszcz", "", "kujawsko-pomorskie", "85"), ("Lublin", "", "lubelskie", "20"),
           ("Katowice", "", "śląskie", "40"), ("Białystok", "", "podlaskie", "15"), ("Gdynia", "", "pomorskie", "81"),
           ("Rzeszów", "", "podkarpackie", "35"), ("Toruń", "", "kujawsko-pomorskie", "87"), ("Olsztyn", "", "warmińsko-mazurskie", "10")],
    "SE": [("Stockholm", "AB", "Stockholms län", "111"), ("Göteborg", "O", "Västra Götaland", "411"), ("Malmö", "M", "Skåne", "211"),
           ("Uppsala", "C", "Uppsala län", "753"), ("Västerås", "U", "Västmanland", "722"), ("Örebro", "T", "Örebro län", "702"),
           ("Linköping", "E", "Östergötland", "582"), ("Helsingborg", "M", "Skåne", "252"), ("Jönköping", "F", "Jönköpings län", "553"),
           ("Norrköping", "E", "Östergötland", "602"), ("Lund", "M", "Skåne", "222"), ("Umeå", "AC", "Västerbotten", "903"),
           ("Gävle", "X", "Gävleborg", "803"), ("Luleå", "BD", "Norrbotten", "972"), ("Kiruna", "BD", "Norrbotten", "981")],
    "TR": [("Kadıköy", "İstanbul", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "İstanbul", "343"), ("Üsküdar", "İstanbul", "İstanbul", "346"),
           ("Şişli", "İstanbul", "İstanbul", "343"), ("Çankaya", "Ankara", "Ankara", "066"), ("Keçiören", "Ankara", "Ankara", "063"),
           ("Karşıyaka", "İzmir", "İzmir", "355"), ("Bornova", "İzmir", "İzmir", "350"), ("Nilüfer", "Bursa", "Bursa", "161"),
           ("Muratpaşa", "Antalya", "Antalya", "070"), ("Seyhan", "Adana", "Adana", "010"), ("Selçuklu", "Konya", "Konya", "420"),
           ("Şahinbey", "Gaziantep", "Gaziantep", "270"), ("Tepebaşı", "Eskişehir", "Eskişehir", "260"), ("Ortahisar", "Trabzon", "Trabzon", "610")],
    "JP": [("Shibuya-ku", "Tokyo", "Tokyo", "150"), ("Shinjuku-ku", "Tokyo", "Tokyo", "160"), ("Minato-ku", "Tokyo", "Tokyo", "105"),
           ("Setagaya-ku", "Tokyo", "Tokyo", "154"), ("Kita-ku", "Osaka", "Osaka", "530"), ("Naka-ku", "Nagoya", "Aichi", "460"),
           ("Naka-ku", "Yokohama", "Kanagawa", "231"), ("Chuo-ku", "Sapporo", "Hokkaido", "060"), ("Hakata-ku", "Fukuoka", "Fukuoka", "812"),
           ("Shimogyo-ku", "Kyoto", "Kyoto", "600"), ("Chuo-ku", "Kobe", "Hyogo", "650"), ("Aoba-ku", "Sendai", "Miyagi", "980"),
           ("Naka-ku", "Hiroshima", "Hiroshima", "730")],
}
JP_TOWNS = ["Jingumae", "Ebisu", "Nishi-Shinjuku", "Akasaka", "Sakuragaoka", "Umeda", "Sakae", "Tenjin", "Kita-Sanjo",
            "Motomachi", "Sannomiya", "Ichibancho", "Hondori", "Kamikoromo", "Daikanyama", "Shirokane"]

STREETS = {
    "US": _sp("Maple Ave|Oak St|Elm Street|Cedar Ln|Pine Ridge Rd|Washington Blvd|Lincoln Way|Martin Luther King Jr Blvd|"
              "Old Mill Rd|Sunset Dr|Lakeview Terrace|Industrial Pkwy|Commerce Dr|Main St|2nd Ave|W 14th St|Route 9|"
              "County Road 12|Hawthorne Ct|Magnolia Blvd|Prairie View Dr|Bluebonnet Ln|Cottonwood Trl|Harbor Way|Dealer Row"),
    "GB": _sp("High Street|Station Road|Church Lane|Victoria Road|Park Avenue|Mill Lane|Queen's Road|The Crescent|Kingsway|"
              "Albert Terrace|Chapel Street|Orchard Close|Meadow View|Union Street|Brunswick Place"),
    "DE": _sp("Hauptstraße|Bahnhofstraße|Goethestraße|Schillerstraße|Lindenallee|Am Markt|Industriestraße|Gartenweg|"
              "Kastanienweg|Friedrichstraße|Mühlenweg|Rosenstraße|Am Autohof|Werkstraße|Kurfürstendamm|Hafenstraße"),
    "FR": _sp("rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue Victor Hugo|chemin des Vignes|place de la Mairie|"
              "rue du Moulin|allée des Tilleuls|impasse des Lilas|route de Paris|rue Pasteur|avenue du Général Leclerc|quai des Chartrons"),
    "ES": _sp("Calle Mayor|Calle de Alcalá|Avenida de la Constitución|Paseo de Gracia|Calle Real|Gran Vía|Calle del Sol|"
              "Avenida de América|Calle San Vicente|Ronda de Atocha|Calle de la Industria|Camino Viejo"),
    "IT": _sp("Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Dante Alighieri|Piazza del Duomo|Via Milano|Viale dei Mille|"
              "Via della Repubblica|Via Cavour|Via dell'Artigianato|Strada Statale 16|Via Nazionale"),
    "BR": _sp("Rua das Flores|Avenida Paulista|Rua Augusta|Rua XV de Novembro|Avenida Brasil|Rua da Consolação|Avenida Sete de Setembro|"
              "Rua Sergipe|Travessa do Comércio|Rodovia BR-116|Rua Dom Pedro II|Avenida Afonso Pena"),
    "NL": _sp("Keizersgracht|Hoofdstraat|Kerkstraat|Stationsweg|Dorpsstraat|Molenweg|Marktplein|Prinsengracht|Schoolstraat|Julianalaan|Industrieweg"),
    "PL": _sp("ul. Marszałkowska|ul. Długa|ul. Piłsudskiego|ul. Mickiewicza|ul. Kościuszki|al. Jerozolimskie|ul. Polna|ul. Słowackiego|ul. Ogrodowa|ul. Przemysłowa"),
    "SE": _sp("Drottninggatan|Storgatan|Kungsgatan|Sveavägen|Skolgatan|Järnvägsgatan|Björkvägen|Parkvägen|Ringvägen|Södra Vägen|Industrivägen"),
    "TR": _sp("Atatürk Caddesi|İnönü Sokak|Cumhuriyet Bulvarı|Bağdat Caddesi|Gazi Mustafa Kemal Bulvarı|Menekşe Sokak|Lale Sokak|Sanayi Caddesi|Fevzi Çakmak Caddesi"),
}

COUNTRY = {"US": ["USA", "United States"], "GB": ["United Kingdom", "UK", "England", "Scotland", "Wales"], "DE": ["Deutschland", "Germany"],
           "FR": ["France"], "ES": ["España", "Spain"], "IT": ["Italia", "Italy"], "BR": ["Brasil", "Brazil"],
           "NL": ["Nederland", "Netherlands"], "PL": ["Polska", "Poland"], "SE": ["Sverige", "Sweden"], "TR": ["Türkiye", "Turkey"],
           "JP": ["Japan", "Nihon"]}
LANG_OF = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "BR": "pt", "NL": "nl", "PL": "pl",
           "SE": "sv", "TR": "tr", "JP": "ja"}

MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "protonmail.com", "hotmail.com"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "sky.com", "yahoo.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "ES": ["gmail.com", "telefonica.net", "hotmail.es", "yahoo.es"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "PL": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "SE": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "JP": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "i.softbank.jp"],
}

# fictional businesses; some named after people -> never labelled PERSON
DEALERS = ["Summit Ridge Motors", "Bluewater Auto Group", "Redline Collision Center", "Northgate Nissan", "Lakeshore Kia",
           "Calloway Chevrolet", "Brennan & Sons Collision", "McKinnon Fleet Services", "Ironwood Truck Center",
           "Prairie Wind Toyota", "Harborline Hyundai", "Gateway Subaru", "Cedar Valley Ford", "Crossroads CDJR",
           "Ortega Brothers Auto Body", "Westbrook Volkswagen", "Pinnacle Auto Leasing", "Keystone Tire & Lube"]
DEALER_DOMAINS = ["summitridgemotors.com", "bluewaterauto.com", "redlinecollision.com", "northgatenissan.com",
                  "lakeshorekia.com", "callowaychevy.com", "brennancollision.com", "mckinnonfleet.com", "ironwoodtrucks.com",
                  "prairiewindtoyota.com", "harborlinehyundai.com", "gatewaysubaru.com", "cedarvalleyford.com"]
RENTAL_BRANDS = ["Hertz", "Avis", "Sixt", "Enterprise", "Europcar", "Budget", "National", "Alamo", "Goldcar", "Thrifty"]
FLEET_VENDORS = ["Samsara", "Geotab", "Verizon Connect", "Webfleet", "Motive", "Teletrac Navman", "Fleetio"]
ROADSIDE = ["AAA", "ADAC", "RAC", "AA", "Allianz Partners", "Mondial Assistance", "Agero"]
AIRPORTS_BY = {"US": ["JFK", "LAX", "ORD", "DFW", "DEN", "SEA", "ATL", "MCO", "PHX", "BOS", "SLC", "MSP"],
               "GB": ["LHR", "LGW", "MAN", "EDI", "BHX", "BRS", "GLA"]}
AIRPORTS = ["JFK", "LAX", "ORD", "DFW", "DEN", "SEA", "ATL", "MCO", "LHR", "MAN", "FRA", "MUC", "CDG", "NCE", "MAD", "BCN",
            "FCO", "MXP", "GRU", "GIG", "AMS", "WAW", "ARN", "IST", "NRT", "HND", "KIX"]
PETS = ["Biscuit", "Rocco", "Luna", "Pepper", "Mochi", "Bruno", "Sir Woofington", "Tinkerbell", "Rex", "Nala", "Chewie", "Pixel"]


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
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "ja": "getsuyobi kayobi suiyobi mokuyobi kinyobi doyobi nichiyobi".split(),
}
_DT_JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las ", ", "], "it": [" alle ", ", "],
            "pt": [" às ", ", "], "nl": [", ", " "], "pl": [", ", " "], "sv": [" "], "tr": [" "], "ja": [" "]}


def fmt_date(rng, d: _dt.date, lang: str, style=None, weekday=False, loc=None) -> str:
    Y, m, dd = d.year, d.month, d.day
    if lang == "en":
        M = MONTHS["en"][m - 1]
        opts = [f"{M} {dd}, {Y}", f"{M[:3]} {dd}, {Y}", f"{dd} {M} {Y}", f"{m:02d}/{dd:02d}/{Y}", f"{Y}-{m:02d}-{dd:02d}",
                f"{m}/{dd}/{Y % 100:02d}", f"{dd:02d}-{M[:3]}-{Y}"]
        if loc == "GB":
            opts[3] = f"{dd:02d}/{m:02d}/{Y}"
            opts[5] = f"{dd}/{m}/{Y % 100:02d}"
            opts[0] = f"{dd} {M} {Y}"
        i = rng.randrange(len(opts)) if style is None else style
        s = opts[i]
        if weekday and i in (0, 1, 2):
            return f"{WEEKDAYS['en'][d.weekday()]}, {s}"
        return s
    if lang == "ja":
        opts = [f"{Y}/{m:02d}/{dd:02d}", f"{Y}-{m:02d}-{dd:02d}", f"{Y}-nen {m}-gatsu {dd}-nichi", f"{Y}.{m}.{dd}"]
        return opts[rng.randrange(len(opts)) if style is None else style]
    M = MONTHS[lang][m - 1]
    opts = {
        "de": [f"{dd:02d}.{m:02d}.{Y}", f"{dd}. {M} {Y}", f"{dd}.{m}.{Y}", f"{Y}-{m:02d}-{dd:02d}"],
        "fr": [f"{dd:02d}/{m:02d}/{Y}", f"{dd} {M} {Y}", f"{dd:02d}.{m:02d}.{Y}"],
        "es": [f"{dd:02d}/{m:02d}/{Y}", f"{dd} de {M} de {Y}", f"{dd:02d}-{m:02d}-{Y}"],
        "it": [f"{dd:02d}/{m:02d}/{Y}", f"{dd} {M} {Y}", f"{dd:02d}.{m:02d}.{Y}"],
        "pt": [f"{dd:02d}/{m:02d}/{Y}", f"{dd} de {M} de {Y}", f"{dd:02d}/{m:02d}/{Y % 100:02d}"],
        "nl": [f"{dd:02d}-{m:02d}-{Y}", f"{dd} {M} {Y}", f"{dd:02d}/{m:02d}/{Y}"],
        "pl": [f"{dd:02d}.{m:02d}.{Y}", f"{dd} {M} {Y}", f"{Y}-{m:02d}-{dd:02d}"],
        "sv": [f"{Y}-{m:02d}-{dd:02d}", f"{dd} {M} {Y}", f"{Y}-{m:02d}-{dd:02d}"],
        "tr": [f"{dd:02d}.{m:02d}.{Y}", f"{dd} {M} {Y}", f"{dd:02d}/{m:02d}/{Y}"],
    }[lang]
    i = rng.randrange(len(opts)) if style is None else style
    s = opts[i]
    if weekday and i == 1:
        wd = WEEKDAYS[lang][d.weekday()]
        if lang == "tr":
            return f"{s} {wd}"
        sep = ", " if lang in ("de", "pt", "pl") else " "
        return f"{wd}{sep}{s}"
    return s


def fmt_time(rng, h, mi, lang, style=None):
    r = rng.randrange(3) if style is None else style
    if lang == "en":
        if r == 0 or r == 2:
            hh = h % 12 or 12
            ap = "AM" if h < 12 else "PM"
            if r == 2:
                ap = ap.lower()
                return f"{hh}:{mi:02d}{ap}" if mi else f"{hh}{ap}"
            return f"{hh}:{mi:02d} {ap}"
        return f"{h:02d}:{mi:02d}"
    if lang == "de":
        return [f"{h}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr"][r]
    if lang in ("fr", "pt"):
        return [f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}h{mi:02d}"][r]
    if lang == "es":
        return [f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}:{mi:02d} h"][r]
    if lang == "nl":
        return [f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur", f"{h:02d}:{mi:02d} uur"][r]
    if lang in ("sv", "pl", "tr", "it"):
        return [f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"][r]
    return f"{h:02d}:{mi:02d}"


def _ascii(s: str) -> str:
    s = (s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
         .replace("ø", "o").replace("æ", "ae").replace("đ", "d"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and (c.isalnum()))


P = namedtuple("P", "given surname middle sex loc")

_US_AREA = [212, 312, 415, 512, 617, 702, 713, 808, 907, 916, 303, 206, 503, 404, 305, 614, 919, 804, 518, 716, 509, 253,
            541, 775, 480, 915, 972, 806, 225, 601, 205, 912, 813, 407, 865, 901, 502, 937, 616, 810, 608, 218, 701, 605]


class Ctx:
    """Per-document generator bound to one rng and one locale."""

    def __init__(self, rng, loc="US"):
        self.r = rng
        self.loc = loc
        self.lang = LANG_OF[loc]

    # -- people --------------------------------------------------------------
    def person(self, loc=None) -> P:
        r = self.r
        loc = loc or self.loc
        fem, mal, sur = NAMES[loc]
        f = r.random() < 0.5
        given = r.choice(fem if f else mal)
        surname = r.choice(sur)
        if loc == "ES" and r.random() < 0.6:
            s2 = r.choice(sur)
            if s2 != surname:
                surname = f"{surname} {s2}"
        if loc == "BR" and r.random() < 0.35:
            s2 = r.choice(sur)
            if s2 != surname and " " not in surname:
                surname = f"{s2} {surname}"
        middle = r.choice("ABCDEFGHJKLMNPRSTW") if loc in ("US", "GB") and r.random() < 0.25 else None
        return P(given, surname, middle, "f" if f else "m", loc)

    def full(self, p: P) -> str:
        if p.loc == "JP" and self.lang == "ja":
            return f"{p.surname} {p.given}"
        return f"{p.given} {p.surname}"

    def nm(self, p: P, style=None) -> str:
        """A rendering of p's name suitable for a PERSON span."""
        r = self.r
        if style is None:
            style = r.choices(["full", "full", "full", "mid", "lf", "upper", "lower", "init"],
                              [5, 3, 2, 1.2, 1.2, 0.8, 0.6, 0.5])[0]
        if style == "mid":
            return f"{p.given} {p.middle}. {p.surname}" if p.middle else self.full(p)
        if style == "lf":
            return f"{p.surname}, {p.given}"
        if style == "upper":
            return self.full(p).upper()
        if style == "lower":
            return self.full(p).lower()
        if style == "init":
            return f"{p.given[0]}. {p.surname}"
        if style == "first":
            return p.given
        if style == "last":
            return p.surname
        return self.full(p)

    def title(self, p: P) -> str:
        t = self.r.choice(TITLES[p.loc][0 if p.sex == "f" else 1])
        return t + " " if t else ""

    def email(self, p: P | None = None, domain=None) -> str:
        r = self.r
        dom = domain or r.choice(MAIL_DOMAINS[self.loc])
        if p is None:
            local = r.choice(["info", "service", "parts", "fleet", "rentals", "claims", "support", "sales", "noreply", "dispatch"])
            return f"{local}@{dom}"
        g, s = _ascii(p.given).lower(), _ascii(p.surname).lower()
        local = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{r.randint(1, 99)}", f"{s}.{g[0]}", f"{g}_{s}",
                          f"{g}{r.randint(70, 2005)}", f"{s}{g[0]}"])
        return f"{local}@{dom}"

    # -- phones --------------------------------------------------------------
    _TOLL = ("1-800", "1-888", "1-877", "1-866", "(800", "(888", "(877", "(866", "800-", "888-", "877-", "866-", "1 (8",
             "0800", "0 800", "900 ", "800 ", "444 ", "0120", "020-")

    def phone(self, kind=None) -> str:
        if kind == "toll":
            return self._phone("toll")
        for _ in range(20):
            p = self._phone(kind)
            if not p.startswith(self._TOLL):
                return p
        return p

    def _phone(self, kind=None) -> str:
        r = self.r
        D = lambda n: _rs(r, DIG, n)
        loc = self.loc
        if loc == "US":
            a, e, l = r.choice(_US_AREA), f"{r.randint(2, 9)}{D(2)}", D(4)
            if kind == "toll":
                a = r.choice([800, 888, 877, 866])
                return r.choice([f"1-{a}-{e}-{l}", f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"1 ({a}) {e}-{l}"])
            return r.choice([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}",
                             f"1-{a}-{e}-{l}", f"({a}) {e}-{l}"])
        if loc == "GB":
            return r.choice([f"020 7946 0{D(3)}", f"0113 496 0{D(3)}", f"+44 20 7946 0{D(3)}", f"07700 900{D(3)}",
                             f"+44 7700 900 {D(3)}", f"0161 496 0{D(3)}", f"0800 {D(3)} {D(4)}"])
        if loc == "DE":
            return r.choice([f"030 {D(8)}", f"+49 30 {D(8)}", f"0171 {D(7)}", f"+49 (0)89 {D(7)}", f"089/{D(7)}",
                             f"0221 {D(3)} {D(4)}", f"+49 152 {D(8)}", f"0800 {D(3)} {D(4)}"])
        if loc == "FR":
            f = lambda: " ".join(D(2) for _ in range(4))
            return r.choice([f"0{r.randint(1, 5)} {f()}", f"06 {f()}", f"+33 6 {f()}", f"+33 {r.randint(1, 5)} {f()}",
                             f"07.{D(2)}.{D(2)}.{D(2)}.{D(2)}", f"0 800 {D(3)} {D(3)}"])
        if loc == "ES":
            return r.choice([f"91{D(1)} {D(3)} {D(3)}", f"+34 6{D(2)} {D(2)} {D(2)} {D(2)}", f"6{D(8)}", f"93 {D(3)} {D(2)} {D(2)}",
                             f"+34 9{D(2)} {D(3)} {D(3)}", f"900 {D(3)} {D(3)}"])
        if loc == "IT":
            return r.choice([f"06 {D(4)} {D(4)}", f"+39 34{D(1)} {D(3)} {D(4)}", f"33{D(1)} {D(7)}", f"02-{D(8)}",
                             f"+39 02 {D(4)} {D(4)}", f"800 {D(3)} {D(3)}"])
        if loc == "BR":
            dd = r.choice([11, 21, 31, 41, 51, 71, 81, 85, 61, 48])
            return r.choice([f"({dd}) 9{D(4)}-{D(4)}", f"+55 {dd} 9{D(4)}-{D(4)}", f"({dd}) 3{D(3)}-{D(4)}", f"{dd} 3{D(3)}-{D(4)}",
                             f"0800 {D(3)} {D(4)}"])
        if loc == "NL":
            return r.choice([f"020-{D(7)}", f"+31 6 {D(8)}", f"06-{D(8)}", f"+31 (0)20 {D(3)} {D(4)}", f"010 {D(3)} {D(4)}",
                             f"0800-{D(4)}"])
        if loc == "PL":
            return r.choice([f"+48 5{D(2)} {D(3)} {D(3)}", f"22 {D(3)} {D(2)} {D(2)}", f"5{D(2)}-{D(3)}-{D(3)}", f"600 {D(3)} {D(3)}",
                             f"+48 12 {D(3)} {D(2)} {D(2)}"])
        if loc == "SE":
            return r.choice([f"08-{D(3)} {D(3)} {D(2)}", f"070-{D(3)} {D(2)} {D(2)}", f"+46 70 {D(3)} {D(2)} {D(2)}",
                             f"031-{D(2)} {D(2)} {D(2)}", f"+46 8 {D(3)} {D(3)} {D(2)}", f"020-{D(2)} {D(2)} {D(2)}"])
        if loc == "TR":
            return r.choice([f"0532 {D(3)} {D(2)} {D(2)}", f"+90 532 {D(3)} {D(2)} {D(2)}", f"(0212) {D(3)} {D(2)} {D(2)}",
                             f"0 (312) {D(3)} {D(2)} {D(2)}", f"+90 5{D(2)} {D(3)} {D(4)}", f"444 {D(2)} {D(2)}"])
        if loc == "JP":
            return r.choice([f"03-{D(4)}-{D(4)}", f"090-{D(4)}-{D(4)}", f"+81 90-{D(4)}-{D(4)}", f"06-{D(4)}-{D(4)}",
                             f"0120-{D(3)}-{D(3)}", f"+81 3-{D(4)}-{D(4)}"])
        raise KeyError(loc)

    # -- places --------------------------------------------------------------
    def city(self):
        return self.r.choice(CITIES[self.loc])

    def city_str(self, c=None, with_region=None) -> str:
        r = self.r
        c = c or self.city()
        name, code, region, _ = c
        if with_region is None:
            with_region = r.random() < 0.5
        if self.loc == "US" and with_region:
            return f"{name}, {code}" if r.random() < 0.7 else f"{name}, {region}"
        if self.loc in ("BR",) and with_region:
            return f"{name}, {code}"
        if self.loc in ("TR", "JP"):
            return code if not with_region else f"{name}, {code}"
        if with_region and r.random() < 0.5:
            return f"{name}, {r.choice(COUNTRY[self.loc])}"
        return name

    def addr(self, country=None) -> dict:
        r = self.r
        loc = self.loc
        c = self.city()
        name, code, region, pc = c
        D = lambda n: _rs(r, DIG, n)
        a = {"city": name, "region": code, "region_name": region, "unit": None, "district": None}
        if loc == "US":
            a["line1"] = f"{r.randint(1, 19999)} {r.choice(STREETS['US'])}"
            if r.random() < 0.3:
                a["unit"] = r.choice(["Apt ", "Suite ", "Unit ", "#"]) + str(r.randint(1, 40)) + r.choice(["", "", "B", "C"])
            a["postcode"] = pc + D(2)
            st = a["line1"] + (" " + a["unit"] if a["unit"] else "")
            a["street"] = st
            a["one"] = f"{a['line1']}{', ' + a['unit'] if a['unit'] else ''}, {name}, {code} {a['postcode']}"
            a["multi"] = f"{st}\n{name}, {code} {a['postcode']}"
        elif loc == "GB":
            a["line1"] = f"{r.randint(1, 250)} {r.choice(STREETS['GB'])}"
            if r.random() < 0.3:
                a["unit"] = f"Flat {r.randint(1, 12)}"
            a["postcode"] = f"{pc}{r.randint(1, 19)} {r.randint(1, 9)}{_rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
            st = (a["unit"] + ", " if a["unit"] else "") + a["line1"]
            a["street"] = st
            a["one"] = f"{st}, {name} {a['postcode']}"
            a["multi"] = (a["unit"] + "\n" if a["unit"] else "") + f"{a['line1']}\n{name}\n{a['postcode']}"
        elif loc == "DE":
            a["line1"] = f"{r.choice(STREETS['DE'])} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}"
            a["postcode"] = pc[:3] + D(2)
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']}, {a['postcode']} {name}"
            a["multi"] = f"{a['line1']}\n{a['postcode']} {name}"
        elif loc == "FR":
            a["line1"] = f"{r.randint(1, 180)}{r.choice(['', '', '', ' bis'])} {r.choice(STREETS['FR'])}"
            a["postcode"] = pc
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']}, {pc} {name}"
            a["multi"] = f"{a['line1']}\n{pc} {name.upper() if r.random() < 0.5 else name}"
        elif loc == "ES":
            a["line1"] = f"{r.choice(STREETS['ES'])}, {r.randint(1, 220)}" + (f", {r.randint(1, 9)}º {r.choice('ABCD')}" if r.random() < 0.6 else "")
            a["postcode"] = pc + D(3)
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']}, {a['postcode']} {name}"
            a["multi"] = f"{a['line1']}\n{a['postcode']} {name}"
        elif loc == "IT":
            a["line1"] = f"{r.choice(STREETS['IT'])} {r.randint(1, 200)}{r.choice(['', '', '/A', '/B'])}"
            a["postcode"] = pc
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']}, {pc} {name} {code}"
            a["multi"] = f"{a['line1']}\n{pc} {name} {code}"
        elif loc == "BR":
            bairro = r.choice(["Centro", "Jardim América", "Vila Mariana", "Boa Vista", "Savassi", "Batel", "Moinhos de Vento", "Meireles"])
            a["line1"] = f"{r.choice(STREETS['BR'])}, {r.randint(10, 3999)}" + (f", apto {r.randint(11, 1804)}" if r.random() < 0.4 else "")
            a["postcode"] = f"{pc}{D(3)}-{D(3)}"
            a["district"] = bairro
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']} - {bairro}, {name} - {code}, {a['postcode']}"
            a["multi"] = f"{a['line1']} - {bairro}\n{name} - {code}\n{a['postcode']}"
        elif loc == "NL":
            a["line1"] = f"{r.choice(STREETS['NL'])} {r.randint(1, 480)}{r.choice(['', '', '-II', ' A', '-1'])}"
            a["postcode"] = f"{pc} {_rs(r, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']}, {a['postcode']} {name}"
            a["multi"] = f"{a['line1']}\n{a['postcode']} {name.upper() if r.random() < 0.3 else name}"
        elif loc == "PL":
            a["line1"] = f"{r.choice(STREETS['PL'])} {r.randint(1, 150)}" + (f"/{r.randint(1, 80)}" if r.random() < 0.6 else "")
            a["postcode"] = f"{pc}-{D(3)}"
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']}, {a['postcode']} {name}"
            a["multi"] = f"{a['line1']}\n{a['postcode']} {name}"
        elif loc == "SE":
            a["line1"] = f"{r.choice(STREETS['SE'])} {r.randint(1, 90)}{r.choice(['', '', 'A', 'B'])}" + (f", lgh {r.randint(1001, 1604)}" if r.random() < 0.3 else "")
            a["postcode"] = f"{pc} {D(2)}"
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']}, {a['postcode']} {name}"
            a["multi"] = f"{a['line1']}\n{a['postcode']} {name.upper() if r.random() < 0.4 else name}"
        elif loc == "TR":
            a["line1"] = f"{r.choice(STREETS['TR'])} No: {r.randint(1, 300)}" + (f" D: {r.randint(1, 24)}" if r.random() < 0.6 else "")
            a["postcode"] = pc + D(2)
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']}, {a['postcode']} {name}/{code}"
            a["multi"] = f"{a['line1']}\n{a['postcode']} {name}/{code}"
        elif loc == "JP":
            a["line1"] = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(JP_TOWNS)}"
            a["postcode"] = f"{pc}-{D(4)}"
            a["street"] = a["line1"]
            a["one"] = f"{a['line1']}, {name}, {code} {a['postcode']}"
            a["multi"] = f"{a['line1']}\n{name}, {code}\n{a['postcode']}"
        if country or (country is None and r.random() < 0.1):
            cn = r.choice(COUNTRY[loc])
            a["one"] += f", {cn}"
            a["multi"] += f"\n{cn.upper() if r.random() < 0.5 else cn}"
        return a

    # -- dates ---------------------------------------------------------------
    def d_event(self, y0=2023, y1=2026) -> _dt.date:
        return _dt.date(y0, 1, 1) + _dt.timedelta(days=self.r.randint(0, (y1 - y0 + 1) * 365 - 1))

    def after(self, d: _dt.date, lo=1, hi=30) -> _dt.date:
        return d + _dt.timedelta(days=self.r.randint(lo, hi))

    def d_birth(self) -> _dt.date:
        return _dt.date(1946, 1, 1) + _dt.timedelta(days=self.r.randint(0, 58 * 365))

    def date(self, d=None, style=None, weekday=False) -> str:
        return fmt_date(self.r, d or self.d_event(), self.lang, style, weekday, self.loc)

    def dob(self, style=None) -> str:
        return fmt_date(self.r, self.d_birth(), self.lang, style, False, self.loc)

    def hm(self):
        return self.r.randint(7, 19), self.r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])

    def time(self, style=None) -> str:
        h, m = self.hm()
        return fmt_time(self.r, h, m, self.lang, style)

    def dt(self, d=None, weekday=None) -> str:
        r = self.r
        if weekday is None:
            weekday = r.random() < 0.2
        ds = self.date(d, weekday=weekday)
        return ds + r.choice(_DT_JOIN[self.lang]) + self.time()

    def when(self) -> str:
        x = self.r.random()
        if x < 0.5:
            return self.date(weekday=self.r.random() < 0.15)
        return self.dt()

    # -- identifiers ---------------------------------------------------------
    def dl(self, p: P | None = None, state=None) -> str:
        r = self.r
        D = lambda n: _rs(r, DIG, n)
        L = lambda n: _rs(r, UP, n)
        loc = self.loc
        if loc == "US":
            st = state or r.choice(["CA", "NY", "TX", "FL", "IL", "WA", "OH", "GA", "PA", "AZ"])
            return {"CA": lambda: L(1) + D(7), "NY": lambda: r.choice([f"{D(3)} {D(3)} {D(3)}", D(9)]), "TX": lambda: D(8),
                    "FL": lambda: f"{L(1)}{D(3)}-{D(3)}-{D(2)}-{D(3)}-{D(1)}", "IL": lambda: f"{L(1)}{D(3)}-{D(4)}-{D(4)}",
                    "WA": lambda: "WDL" + _rs(r, UP + DIG, 6) + D(3), "OH": lambda: L(2) + D(6), "GA": lambda: D(9),
                    "PA": lambda: f"{D(2)} {D(3)} {D(3)}", "AZ": lambda: L(1) + D(8)}[st]()
        if loc == "GB":
            sn = _ascii(p.surname).upper() if p else L(5)
            sn = (sn + "99999")[:5]
            ini = (_ascii(p.given)[:1].upper() + (p.middle or "9")) if p else L(2)
            return f"{sn}{D(6)}{ini}{D(1)}{L(2)}"
        if loc == "DE":
            return L(1) + D(3) + _rs(r, UP + DIG, 6) + D(1)
        if loc == "FR":
            return D(12)
        if loc == "ES":
            n = r.randint(10_000_000, 99_999_999)
            return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        if loc == "IT":
            return L(2) + D(7) + L(1)
        if loc == "BR":
            return D(11)
        if loc == "NL":
            return D(10)
        if loc == "PL":
            return f"{D(5)}/{D(2)}/{D(4)}"
        if loc == "SE":
            return D(8)
        if loc == "TR":
            return L(1) + D(6)
        if loc == "JP":
            return D(12)
        raise KeyError(loc)

    def mrn(self) -> str:
        r = self.r
        return r.choice([_rs(r, DIG, 8), "MR" + _rs(r, DIG, 7), "E" + _rs(r, DIG, 7), _rs(r, DIG, 3) + "-" + _rs(r, DIG, 4) + "-" + _rs(r, DIG, 2),
                         "00" + _rs(r, DIG, 6)])

    def hpn(self) -> str:
        r = self.r
        return r.choice([_rs(r, UP, 3) + _rs(r, DIG, 9), "W" + _rs(r, DIG, 9), _rs(r, UP, 2) + "-" + _rs(r, DIG, 8),
                         _rs(r, DIG, 9) + "-0" + str(r.randint(1, 4)), "M" + _rs(r, DIG, 10)])

    def acct(self) -> str:
        r = self.r
        return r.choice([_rs(r, DIG, 10), f"{_rs(r, DIG, 4)}-{_rs(r, DIG, 5)}", f"{_rs(r, UP, 2)}-{_rs(r, DIG, 7)}",
                         f"{_rs(r, DIG, 4)} {_rs(r, DIG, 4)} {_rs(r, DIG, 3)}", "00" + _rs(r, DIG, 10)])

    def url(self, domain=None, path=None) -> str:
        r = self.r
        dom = domain or r.choice(DEALER_DOMAINS)
        path = path if path is not None else r.choice(["", "/service", "/inventory/used", "/schedule-service", "/specials",
                                                       "/finance/apply", "/contact-us", "/trade-in?src=email", "/parts/order"])
        return f"{r.choice(['https://www.', 'https://', 'http://www.'])}{dom}{path}"


def log_series(rng, n, style=None):
    """n increasing log timestamps (hard negatives) in one style."""
    style = rng.randrange(5) if style is None else style
    d = _dt.datetime(2023, 1, 1) + _dt.timedelta(seconds=rng.randint(0, 3 * 365 * 86400))
    out = []
    for _ in range(n):
        d += _dt.timedelta(seconds=rng.randint(1, 240), milliseconds=rng.randint(0, 999))
        ms = f"{d.microsecond // 1000:03d}"
        out.append({0: d.strftime("%Y-%m-%dT%H:%M:%S.") + ms + "Z", 1: d.strftime("%Y-%m-%d %H:%M:%S,") + ms,
                    2: d.strftime("%b %d %H:%M:%S"), 3: d.strftime("[%d/%b/%Y:%H:%M:%S +0000]"),
                    4: d.strftime("%Y-%m-%dT%H:%M:%S+00:00")}[style])
    return out


def log_ts(rng, style=None):
    d = _dt.datetime(2023, 1, 1) + _dt.timedelta(seconds=rng.randint(0, 3 * 365 * 86400))
    style = rng.randrange(5) if style is None else style
    if style == 0:
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"
    if style == 1:
        return d.strftime("%Y-%m-%d %H:%M:%S,") + f"{rng.randint(0, 999):03d}"
    if style == 2:
        return d.strftime("%b %d %H:%M:%S")
    if style == 3:
        return d.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    return d.strftime("%Y-%m-%dT%H:%M:%S+00:00")


# ---------------------------------------------------------------------------
# Document kinds -- English
# ---------------------------------------------------------------------------

def card_brand(num):
    return {"4": "VISA", "5": "MC", "2": "MC", "3": "AMEX", "6": "DISC"}[num[0]]


def mail_date(r):
    d = _dt.datetime(2023, 1, 1) + _dt.timedelta(seconds=r.randint(0, 3 * 365 * 86400))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + r.choice(["-0500", "-0800", "+0000", "+0100", "-0600", "+0200"])


def _dealer(r):
    i = r.randrange(len(DEALER_DOMAINS))
    return DEALERS[i], DEALER_DOMAINS[i]


def staff_sig(c, b, p, role, dealer, dom, full=True):
    b.f("⟨n:PERSON⟩\n⟨role⟩ | ⟨dealer⟩\n", n=c.nm(p, "full"), role=role, dealer=dealer)
    if full:
        b.f("⟨a:ADDRESS⟩\n", a=c.addr(country=False)["one"])
    b.f("Direct: ⟨ph:PHONE_NUMBER⟩", ph=c.phone())
    if c.r.random() < 0.5:
        b.f("  Cell: ⟨m:PHONE_NUMBER⟩", m=c.phone())
    b.f("\n⟨e:EMAIL_ADDRESS⟩ | ⟨u:URL⟩\n", e=c.email(p, dom), u=c.url(dom, ""))


def k_web_lead_email(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); dealer, dom = _dealer(r)
    veh, veh2 = gen_vehicle(r), gen_vehicle(r)
    b.f("From: ⟨n:PERSON⟩ <⟨e:EMAIL_ADDRESS⟩>\nTo: ⟨to:EMAIL_ADDRESS⟩\nDate: ⟨d⟩\nSubject: Test drive request - ⟨veh⟩\n\n",
        n=c.nm(p, r.choice(["full", "full", "upper", "lower"])), e=c.email(p), to=f"{r.choice(['sales', 'internet', 'leads'])}@{dom}",
        d=mail_date(r), veh=veh)
    b.f("Hi,\n\nI'm interested in the ⟨veh⟩ (stock #⟨stk⟩, VIN ⟨vin⟩) listed on your website for ⟨price⟩. "
        "Could I come in for a test drive on ⟨dt:DATE_TIME⟩? ", veh=veh, stk=_rs(r, UP + DIG, 6), vin=gen_vin(r),
        price=money(r, "en", 15000, 60000), dt=c.dt())
    b.f("I'd also like a number for my trade, a ⟨veh2⟩ with roughly ⟨mi⟩ miles on it.\n\n", veh2=veh2, mi=f"{r.randint(20, 190)},{r.randint(100, 999)}")
    b.f("Best number is ⟨ph:PHONE_NUMBER⟩ (texts are fine after ⟨t:DATE_TIME⟩). I'm driving in from ⟨city:LOCATION⟩, so "
        "⟨wd⟩ mornings work better for me.\n\nThanks,\n⟨first:PERSON⟩\n\nSent from my iPhone\n",
        ph=c.phone(), t=c.time(), city=c.city_str(), wd=r.choice(["Saturday", "Sunday", "weekday"]), first=p.given)
    return b


def k_sales_followup_email(r):
    c = Ctx(r, r.choice(["US", "US", "GB"])); b = Builder()
    cust, sp, fm = c.person(), c.person(), c.person()
    dealer, dom = _dealer(r)
    b.f("Subject: Your visit to ⟨dealer⟩ / next steps\n\nHi ⟨first:PERSON⟩,\n\n", dealer=dealer, first=cust.given)
    b.f("Thank you for stopping by on ⟨d:DATE_TIME⟩ to look at the ⟨veh⟩. As promised, I have attached the buyer's order "
        "(deal #⟨deal⟩) with the out-the-door price of ⟨amt⟩ including doc fee and registration.\n\n",
        d=c.date(weekday=r.random() < 0.3), veh=gen_vehicle(r), deal=_rs(r, DIG, 5), amt=money(r, "en", 18000, 72000))
    b.f("Your finance appointment with ⟨t⟩⟨fm:PERSON⟩, our business manager, is booked for ⟨dt:DATE_TIME⟩. Please bring "
        "your driver's license, proof of insurance and two recent pay stubs. If the lender asks for anything else, ⟨fm2:PERSON⟩ "
        "will call you at ⟨ph:PHONE_NUMBER⟩.\n\n", t=c.title(fm), fm=c.nm(fm, "full"), dt=c.dt(), fm2=fm.given, ph=c.phone())
    b.t("The rebate of " + money(r, "en", 500, 3000) + " expires at the end of the month, so let me know soon.\n\nBest regards,\n\n")
    staff_sig(c, b, sp, r.choice(["Sales Consultant", "Internet Sales Manager", "Product Specialist"]), dealer, dom)
    return b


def k_adf_xml(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); a = c.addr(country=False); dealer, dom = _dealer(r)
    d = c.d_event()
    iso = f"{d.isoformat()}T{r.randint(7, 21):02d}:{r.randint(0, 59):02d}:00-05:00"
    veh = r.choice(VEHICLES).split(" ", 1)
    b.f('<?xml version="1.0" encoding="UTF-8"?>\n<?adf version="1.0"?>\n<adf>\n  <prospect status="new">\n'
        '    <id sequence="1" source="⟨src⟩">⟨lid⟩</id>\n    <requestdate>⟨rd:DATE_TIME⟩</requestdate>\n'
        '    <vehicle interest="buy" status="⟨st⟩">\n      <year>⟨yr⟩</year>\n      <make>⟨mk⟩</make>\n      <model>⟨md⟩</model>\n'
        '      <vin>⟨vin⟩</vin>\n      <stock>⟨stk⟩</stock>\n    </vehicle>\n    <customer>\n      <contact>\n',
        src=r.choice(["AutoTrader", "Cars.com", "CarGurus", "dealer website"]), lid=_rs(r, DIG, 9), rd=iso,
        st=r.choice(["new", "used"]), yr=r.randint(2018, 2025), mk=veh[0], md=veh[1], vin=gen_vin(r), stk=_rs(r, UP + DIG, 7))
    b.f('        <name part="first">⟨fn:PERSON⟩</name>\n        <name part="last">⟨ln:PERSON⟩</name>\n'
        '        <email>⟨e:EMAIL_ADDRESS⟩</email>\n        <phone type="voice" time="⟨pt⟩">⟨ph:PHONE_NUMBER⟩</phone>\n',
        fn=p.given, ln=p.surname, e=c.email(p), pt=r.choice(["morning", "evening", "nopreference"]), ph=c.phone())
    b.f('        <address>\n          <street line="1">⟨st:ADDRESS⟩</street>\n          <city>⟨city:LOCATION⟩</city>\n'
        '          <regioncode>⟨reg:LOCATION⟩</regioncode>\n          <postalcode>⟨zip⟩</postalcode>\n          <country>US</country>\n'
        '        </address>\n      </contact>\n', st=a["street"], city=a["city"], reg=a["region"], zip=a["postcode"])
    b.f('      <comments>⟨cm⟩</comments>\n    </customer>\n    <vendor>\n      <vendorname>⟨vn⟩</vendorname>\n'
        '      <contact primarycontact="1"><name part="full">⟨sp:PERSON⟩</name></contact>\n    </vendor>\n  </prospect>\n</adf>\n',
        cm=r.choice(["Is this still available? Need financing.", "Looking for best out the door price.", "Do you take trade-ins?"]),
        vn=dealer, sp=c.nm(c.person(), "full"))
    return b


def k_credit_app(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); a = c.addr(country=False); a2 = c.addr(country=False)
    b.f("CREDIT APPLICATION - INDIVIDUAL          App ID: ⟨id⟩   Dealer #⟨dn⟩\n"
        "=====================================================================\n", id=_rs(r, DIG, 8), dn=_rs(r, DIG, 5))
    b.kv("Applicant", c.nm(p, r.choice(["lf", "full", "upper"])), "PERSON")
    b.kv("Date of Birth", c.dob(), "DATE_OF_BIRTH")
    b.kv("SSN", gen_ssn(r, r.choice(["-", "-", " ", ""])), "US_SSN")
    st = r.choice(["CA", "NY", "TX", "FL", "IL", "WA", "OH", "GA", "PA", "AZ"])
    b.f("Driver License: ⟨dl:DRIVER_LICENSE⟩   State: ⟨st:LOCATION⟩\n", dl=c.dl(state=st), st=st)
    b.kv("Street Address", a["street"], "ADDRESS")
    b.f("City: ⟨ci:LOCATION⟩   State: ⟨rg:LOCATION⟩   ZIP: ⟨z⟩\n", ci=a["city"], rg=a["region"], z=a["postcode"])
    b.f("Time at address: ⟨y⟩ yrs ⟨m⟩ mos   Rent/Mortgage: ⟨amt⟩/mo\n", y=r.randint(0, 15), m=r.randint(0, 11), amt=money(r, "en", 700, 3200))
    b.kv("Previous Address", a2["one"], "ADDRESS")
    b.kv("Home Phone", c.phone(), "PHONE_NUMBER")
    b.kv("Mobile", c.phone(), "PHONE_NUMBER")
    b.kv("Email", c.email(p), "EMAIL_ADDRESS")
    b.t("---------------------------------------------------------------------\n")
    b.f("Employer: ⟨emp⟩   Position: ⟨pos⟩   Gross monthly income: ⟨inc⟩\n",
        emp=r.choice(["Tri-County Hospital", "Amazon Fulfillment", ["City of ", S(a["city"], "LOCATION")], "Self-employed", "US Postal Service"]),
        pos=r.choice(["RN", "Warehouse Lead", "Electrician", "Teacher", "Driver"]), inc=money(r, "en", 2500, 12000))
    if r.random() < 0.4:
        b.t("Employer ")
        b.f("address: ⟨ea:ADDRESS⟩\n", ea=c.addr(country=False)["one"])
    b.f("Checking account: ⟨ac:ACCOUNT_NUMBER⟩   Routing: ⟨rt⟩\n", ac=_rs(r, DIG, r.randint(9, 12)), rt=_rs(r, DIG, 9))
    b.f("Vehicle: ⟨v⟩   VIN ⟨vin⟩   Amount financed: ⟨amt⟩   Term: ⟨t⟩ mo\n", v=gen_vehicle(r), vin=gen_vin(r),
        amt=money(r, "en", 9000, 65000), t=r.choice([36, 48, 60, 72, 84]))
    b.f("Signed electronically on ⟨d:DATE_TIME⟩ from IP ⟨ip:IP_ADDRESS⟩\n", d=c.dt(), ip=gen_ip(r))
    return b


def k_bill_of_sale(r):
    c = Ctx(r, "US"); b = Builder()
    s, by = c.person(), c.person()
    cs = c.city()
    b.f("MOTOR VEHICLE BILL OF SALE\n\nState of ⟨st:LOCATION⟩\n\n", st=cs[2])
    b.f("For the sum of ⟨amt⟩, receipt of which is acknowledged, I, ⟨s:PERSON⟩ (\"Seller\"), residing at ⟨sa:ADDRESS⟩, "
        "hereby sell and transfer to ⟨by:PERSON⟩ (\"Buyer\"), residing at ⟨ba:ADDRESS⟩, the following motor vehicle:\n\n",
        amt=money(r, "en", 1500, 38000), s=c.nm(s, r.choice(["full", "mid", "upper"])), sa=c.addr(country=False)["one"],
        by=c.nm(by, r.choice(["full", "mid"])), ba=c.addr(country=False)["one"])
    b.f("  Year/Make/Model: ⟨v⟩\n  VIN: ⟨vin⟩\n  Odometer: ⟨odo⟩ miles (actual)\n  Plate: ⟨pl⟩\n  Color: ⟨col⟩\n\n",
        v=gen_vehicle(r), vin=gen_vin(r), odo=f"{r.randint(8, 220)},{r.randint(100, 999)}", pl=gen_plate(r, "US"),
        col=r.choice(["Silver", "Midnight Blue", "White", "Graphite", "Red"]))
    b.f("The vehicle is sold \"AS IS\". Date of sale: ⟨d:DATE_TIME⟩. Seller's driver license no. ⟨dl:DRIVER_LICENSE⟩; Buyer's "
        "driver license no. ⟨dl2:DRIVER_LICENSE⟩.\n\n", d=c.date(), dl=c.dl(), dl2=c.dl())
    b.f("Seller signature: ______________  ⟨s2:PERSON⟩   Phone ⟨p1:PHONE_NUMBER⟩\n"
        "Buyer signature:  ______________  ⟨b2:PERSON⟩   Phone ⟨p2:PHONE_NUMBER⟩\n\n"
        "Notarized in ⟨co⟩ County, ⟨st2:LOCATION⟩ on ⟨nd:DATE_TIME⟩. Commission #⟨cn⟩ expires ⟨ex:DATE_TIME⟩.\n",
        s2=c.nm(s, "upper"), p1=c.phone(), b2=c.nm(by, "upper"), p2=c.phone(), co=r.choice(["Pine", "Lake", "Clay", "Marion", "Jefferson"]),
        st2=cs[1], nd=c.date(), cn=_rs(r, DIG, 7), ex=c.date(_dt.date(r.randint(2026, 2029), r.randint(1, 12), r.randint(1, 28))))
    return b


def k_rental_agreement(r):
    c = Ctx(r, r.choice(["US", "US", "GB"])); b = Builder()
    p = c.person(); brand = r.choice(RENTAL_BRANDS)
    d0 = c.d_event()
    ap = r.choice(AIRPORTS_BY[c.loc])
    b.f("⟨br⟩ RENTAL AGREEMENT   RA# ⟨ra⟩   Res: ⟨res⟩\n--------------------------------------------------\n",
        br=brand.upper(), ra=_rs(r, DIG, 9), res=gen_booking(r))
    b.kv("RENTER", c.nm(p, r.choice(["lf", "upper", "full"])).upper() if r.random() < 0.5 else c.nm(p, "lf"), "PERSON")
    b.kv("ADDRESS", c.addr()["one"], "ADDRESS")
    b.kv("PHONE", c.phone(), "PHONE_NUMBER")
    b.kv("EMAIL", c.email(p), "EMAIL_ADDRESS")
    b.f("DL#: ⟨dl:DRIVER_LICENSE⟩   EXP: ⟨ex:DATE_TIME⟩   DOB: ⟨dob:DATE_OF_BIRTH⟩\n",
        dl=c.dl(p), ex=c.date(_dt.date(r.randint(2025, 2031), r.randint(1, 12), r.randint(1, 28))), dob=c.dob())
    b.f("PICKUP:  ⟨ap⟩ Airport, ⟨ci:LOCATION⟩   ⟨pu:DATE_TIME⟩\nRETURN:  same location        ⟨rt:DATE_TIME⟩\n",
        ap=ap, ci=c.city_str(with_region=True), pu=c.dt(d0, weekday=False), rt=c.dt(c.after(d0, 1, 14), weekday=False))
    b.f("VEHICLE: ⟨v⟩  Unit ⟨u⟩  Plate ⟨pl⟩  Fuel 8/8  Miles out ⟨mo⟩\nCLASS: ⟨cl⟩   RATE: ⟨rate⟩/day   LDW: ⟨ldw⟩\n",
        v=gen_vehicle(r), u=_rs(r, DIG, 7), pl=gen_plate(r, c.loc), mo=r.randint(1200, 48000), cl=r.choice(["ICAR", "SFAR", "CCAR", "FVAR", "PCAR"]),
        rate=money(r, "en", 35, 140), ldw=r.choice(["ACCEPTED", "DECLINED"]))
    cc = gen_card(r)
    b.f("PAYMENT: ⟨brand⟩ ⟨cc:CREDIT_CARD⟩ exp ⟨ce⟩  AUTH ⟨auth⟩ for ⟨amt⟩\n", brand=card_brand(cc),
        cc=cc, ce=f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", auth=_rs(r, DIG, 6), amt=money(r, "en", 200, 1200))
    if r.random() < 0.5:
        ad = c.person()
        b.f("ADDITIONAL DRIVER: ⟨n:PERSON⟩  DL ⟨dl:DRIVER_LICENSE⟩  DOB ⟨dob:DATE_OF_BIRTH⟩\n", n=c.nm(ad, "upper"), dl=c.dl(ad), dob=c.dob())
    b.t("Renter agrees to the terms on the reverse. Toll transponder: " + r.choice(["opted in", "declined"]) + ".\n")
    return b


def k_rental_chat(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); ag = c.person(); brand = r.choice(RENTAL_BRANDS)
    h = r.randint(8, 20); m = r.randint(0, 40)
    ts = lambda k: f"[{h:02d}:{(m + k) % 60:02d}]"
    b.f("Live chat transcript - ⟨br⟩ Customer Care - case ⟨cs⟩\n\n", br=brand, cs=_rs(r, DIG, 8))
    b.f("⟨t⟩ Bot: Hi! Please enter your name and rental agreement number.\n⟨t1⟩ Customer: ⟨n:PERSON⟩, RA ⟨ra⟩\n",
        t=ts(0), t1=ts(1), n=c.nm(p, r.choice(["lower", "full", "full"])), ra=_rs(r, DIG, 9))
    b.f("⟨t⟩ Agent ⟨ag:PERSON⟩: Thanks ⟨fn:PERSON⟩, I see a ⟨v⟩ picked up at ⟨ap⟩. How can I help?\n",
        t=ts(2), ag=ag.given, fn=p.given, v=gen_vehicle(r), ap=r.choice(AIRPORTS_BY["US"]))
    b.f("⟨t⟩ Customer: I got an email saying there's a damage charge of ⟨amt⟩ for a scratch on the rear bumper. It was "
        "already there when I picked it up on ⟨d:DATE_TIME⟩, I have photos.\n", t=ts(4), amt=money(r, "en", 150, 1900), d=c.date())
    b.f("⟨t⟩ Agent ⟨ag:PERSON⟩: I'm sorry about that. Can you send the photos to ⟨em:EMAIL_ADDRESS⟩ with claim ⟨cl⟩ in the subject?\n",
        t=ts(6), ag=ag.given, em=f"damage@{brand.lower()}-claims.com", cl=gen_claim(r))
    b.f("⟨t⟩ Customer: ok. also my card ending ⟨l4⟩ was charged twice for fuel\n", t=ts(7), l4=_rs(r, DIG, 4))
    b.f("⟨t⟩ Agent ⟨ag:PERSON⟩: I'll flag the duplicate. Best callback number?\n⟨t2⟩ Customer: ⟨ph:PHONE_NUMBER⟩, after ⟨tm:DATE_TIME⟩ please\n",
        t=ts(8), ag=ag.given, t2=ts(9), ph=c.phone(), tm=c.time(0))
    b.f("⟨t⟩ Agent ⟨ag:PERSON⟩: Noted. A supervisor will review within 5 business days. Anything else?\n⟨t2⟩ Customer: no thanks, bye\n",
        t=ts(10), ag=ag.given, t2=ts(11))
    return b


def k_roadside_call(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); ag = c.person(); prov = r.choice(["AAA", "Agero", "Allstate Roadside", "Good Sam"])
    cs = c.city()
    hwy = r.choice(["I-80", "I-95", "US-101", "I-40", "I-35", "Route 66", "I-5", "I-70"])
    mm = r.randint(3, 280)
    b.f("CALL TRANSCRIPT  ⟨pv⟩ dispatch  ticket ⟨tk⟩  (auto-transcribed)\n\n", pv=prov, tk=_rs(r, DIG, 10))
    secs = sorted(r.sample(range(1, 300), 9))
    tt = [f"{s // 60:02d}:{s % 60:02d}" for s in secs]
    b.f("⟨t0⟩ Agent: Roadside assistance, this is ⟨ag:PERSON⟩. Are you in a safe location?\n", t0=tt[0], ag=ag.given)
    b.f("⟨t1⟩ Caller: Yes, I'm on the shoulder of ⟨hw⟩ near mile marker ⟨mm⟩, just past ⟨ci:LOCATION⟩. My tire blew out.\n",
        t1=tt[1], hw=hwy, mm=mm, ci=c.city_str(cs))
    b.f("⟨t2⟩ Agent: Okay. Can I have your member number and full name?\n⟨t3⟩ Caller: It's ⟨mb:ACCOUNT_NUMBER⟩, and my name is ⟨n:PERSON⟩.\n",
        t2=tt[2], t3=tt[3], mb=_rs(r, DIG, 3) + " " + _rs(r, DIG, 3) + " " + _rs(r, DIG, 9), n=c.nm(p, r.choice(["full", "mid"])))
    b.f("⟨t4⟩ Agent: Thank you, ⟨tt⟩⟨ln:PERSON⟩. What vehicle?\n⟨t5⟩ Caller: A ⟨v⟩, ⟨col⟩. My dog ⟨pet⟩ is in the back, so please hurry.\n",
        t4=tt[4], tt=c.title(p), ln=p.surname, t5=tt[5], v=gen_vehicle(r), col=r.choice(["white", "grey", "dark green", "red"]), pet=r.choice(PETS))
    b.f("⟨t6⟩ Agent: A truck from ⟨tow⟩ is on the way, ETA about 45 minutes. Best callback number?\n⟨t7⟩ Caller: ⟨ph:PHONE_NUMBER⟩.\n",
        t6=tt[6], tow=r.choice(["Miller's Towing", "Interstate Recovery", "Big Al's Wrecker Service", "Quick Hook LLC"]), t7=tt[7], ph=c.phone())
    b.f("⟨t8⟩ Agent: Got it. If the driver can't find you, we'll text your location link. Stay with the vehicle.\n", t8=tt[8])
    return b


def k_telematics_log(r):
    c = Ctx(r, "US"); b = Builder()
    vendor = r.choice(FLEET_VENDORS)
    n = r.randint(7, 12)
    drivers = [c.person() for _ in range(3)]
    series = log_series(r, n, r.choice([0, 1, 4]))
    for i in range(n):
        ts = series[i]
        lvl = r.choice(["INFO", "INFO", "INFO", "WARN", "DEBUG", "ERROR"])
        unit = f"TRK-{r.randint(100, 999)}"
        k = r.randrange(8)
        b.t(f"{ts} {lvl:<5} [{vendor.lower().replace(' ', '-')}-ingest] ")
        if k == 0:
            d = r.choice(drivers)
            b.f("unit=⟨u⟩ driver_login name=\"⟨n:PERSON⟩\" hos_status=ON_DUTY odo=⟨o⟩\n", u=unit, n=c.nm(d, r.choice(["full", "upper"])), o=r.randint(10000, 400000))
        elif k == 1:
            b.f("unit=⟨u⟩ gps lat=⟨la⟩ lon=⟨lo⟩ spd=⟨s⟩mph hdg=⟨h⟩\n", u=unit, la=f"{r.uniform(25, 48):.5f}", lo=f"{r.uniform(-122, -71):.5f}",
                s=r.randint(0, 78), h=r.randint(0, 359))
        elif k == 2:
            b.f("gateway ⟨ip:IP_ADDRESS⟩:⟨port⟩ connected fw=⟨fw⟩ imei=⟨imei⟩\n", ip=gen_ip(r), port=r.choice([5027, 8883, 443, 1883]),
                fw=gen_version(r), imei=_rs(r, DIG, 15))
        elif k == 3:
            b.f("unit=⟨u⟩ dtc=⟨dtc⟩ mil=on coolant=⟨ct⟩C\n", u=unit, dtc=gen_dtc(r), ct=r.randint(80, 118))
        elif k == 4:
            d = r.choice(drivers)
            b.f("unit=⟨u⟩ harsh_brake g=⟨g⟩ driver=⟨n:PERSON⟩ event_id=⟨ev⟩\n", u=unit, g=f"{r.uniform(0.4, 0.9):.2f}",
                n=c.nm(d, r.choice(["full", "lf"])), ev=gen_uuid(r))
        elif k == 5:
            b.f("batch upload ok records=⟨n⟩ took=⟨ms⟩ms sha=⟨sha⟩\n", n=r.randint(10, 900), ms=r.randint(20, 900), sha=gen_sha(r, 12))
        elif k == 6:
            b.f("unit=⟨u⟩ geofence_exit zone=\"⟨z⟩ yard\" city=⟨ci:LOCATION⟩\n", u=unit, z=r.choice(["North", "Depot 4", "Airport"]), ci=c.city()[0])
        else:
            b.f("maintenance scheduled unit=⟨u⟩ service_date=⟨d:DATE_TIME⟩ shop=\"⟨sh⟩\"\n", u=unit, d=c.d_event().isoformat(),
                sh=r.choice(["Keystone Tire & Lube", "Ironwood Truck Center", "Brennan & Sons Collision"]))
    return b


def k_telematics_json(r):
    c = Ctx(r, r.choice(["US", "US", "GB"])); b = Builder()
    d = c.person()
    b.f('{\n  "eventType": "⟨et⟩",\n  "deviceId": "⟨dev⟩",\n  "ts": ⟨ts⟩,\n  "vehicle": {"unit": "⟨u⟩", "vin": "⟨vin⟩", "plate": "⟨pl⟩", "odometerKm": ⟨odo⟩},\n',
        et=r.choice(["TRIP_END", "HARSH_EVENT", "DTC_ALERT", "IDLE_EXCEEDED"]), dev=_rs(r, HEX, 16), ts=r.randint(1_690_000_000_000, 1_760_000_000_000),
        u=f"VAN-{r.randint(10, 999)}", vin=gen_vin(r), pl=gen_plate(r, c.loc), odo=r.randint(1000, 300000))
    b.f('  "driver": {"id": "⟨did⟩", "name": "⟨n:PERSON⟩", "phone": "⟨ph:PHONE_NUMBER⟩", "licenseNo": "⟨dl:DRIVER_LICENSE⟩"},\n',
        did=f"DRV-{r.randint(1000, 9999)}", n=c.nm(d, "full"), ph=c.phone(), dl=c.dl(d))
    b.f('  "location": {"lat": ⟨la⟩, "lon": ⟨lo⟩, "address": "⟨ad:ADDRESS⟩"},\n', la=f"{r.uniform(30, 55):.6f}",
        lo=f"{r.uniform(-120, 2):.6f}", ad=c.addr(country=False)["one"])
    b.f('  "metrics": {"speedKph": ⟨s⟩, "fuelPct": ⟨f⟩, "engineHours": ⟨eh⟩, "dtc": ["⟨dtc⟩"]},\n  "firmware": "⟨fw⟩",\n',
        s=r.randint(0, 120), f=r.randint(3, 100), eh=f"{r.uniform(100, 9000):.1f}", dtc=gen_dtc(r), fw=gen_version(r))
    b.f('  "nextServiceDue": "⟨nd:DATE_TIME⟩",\n  "sourceIp": "⟨ip:IP_ADDRESS⟩"\n}\n', nd=c.d_event().isoformat(), ip=gen_ip(r))
    return b


def k_repair_order_csv(r):
    c = Ctx(r, "US"); b = Builder()
    sep = r.choice([",", ",", ";", "\t"])
    cols = ["ro_number", "customer", "phone", "email", "vin", "mileage", "service_date", "advisor", "labor_total"]
    b.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 6)):
        p, adv = c.person(), c.person()
        name = c.nm(p, r.choice(["lf", "full", "upper"]))
        q = '"' if (sep == "," and "," in name) else ""
        b.f("⟨ro⟩" + sep + q + "⟨n:PERSON⟩" + q + sep + "⟨ph:PHONE_NUMBER⟩" + sep + "⟨e:EMAIL_ADDRESS⟩" + sep + "⟨vin⟩" + sep + "⟨mi⟩" + sep +
            "⟨d:DATE_TIME⟩" + sep + "⟨adv:PERSON⟩" + sep + "⟨amt⟩\n",
            ro=_rs(r, DIG, 6), n=name, ph=c.phone(), e=c.email(p), vin=gen_vin(r), mi=r.randint(3000, 210000),
            d=c.date(style=r.choice([3, 4])), adv=adv.given, amt=bare_money(r, 40, 2400))
    return b


def k_estimate(r):
    c = Ctx(r, r.choice(["US", "US", "GB"])); b = Builder()
    p, tech = c.person(), c.person()
    shop = r.choice(["Redline Collision Center", "Brennan & Sons Collision", "Keystone Tire & Lube", "Ortega Brothers Auto Body"])
    b.f("⟨shop⟩\n⟨sa:ADDRESS⟩\nTel ⟨sp:PHONE_NUMBER⟩  Fax ⟨fx:PHONE_NUMBER⟩\n\nREPAIR ESTIMATE #⟨no⟩        Written: ⟨d:DATE_TIME⟩\n\n",
        shop=shop, sa=c.addr(country=False)["multi"], sp=c.phone(), fx=c.phone(), no=_rs(r, DIG, 6), d=c.date())
    b.f("Customer: ⟨n:PERSON⟩\n⟨ca:ADDRESS⟩\nPhone: ⟨ph:PHONE_NUMBER⟩\nInsurance: ⟨ins⟩  Claim ⟨cl⟩  Policy ⟨pol⟩\n",
        n=c.nm(p, r.choice(["full", "upper", "mid"])), ca=c.addr(country=False)["multi"], ph=c.phone(),
        ins=r.choice(["State Farm", "GEICO", "Progressive", "Direct Line", "Aviva"]), cl=gen_claim(r), pol=_rs(r, UP, 2) + _rs(r, DIG, 8))
    b.f("Vehicle: ⟨v⟩  VIN ⟨vin⟩  Odo ⟨odo⟩\n\n", v=gen_vehicle(r), vin=gen_vin(r), odo=r.randint(5000, 180000))
    b.t(f"{'Line':<5}{'Operation':<34}{'Part #':<18}{'Qty':>4}{'Amount':>12}\n")
    tot = 0.0
    for i in range(r.randint(4, 8)):
        op = r.choice(["R&I rear bumper cover", "Refinish quarter panel", "Replace headlamp assy", "Wheel alignment", "Replace front pads/rotors",
                       "Blend hood", "Repair RT fender", "Recalibrate radar sensor", "Hazardous waste disposal", "Replace cabin filter"])
        v = r.uniform(15, 900)
        tot += v
        b.t(f"{i + 1:<5}{op:<34}{gen_part(r):<18}{r.randint(1, 2):>4}{v:>12.2f}\n")
    b.t(f"\nTOTAL (before tax): {tot:,.2f}\n")
    b.f("Estimator: ⟨e:PERSON⟩   Tech: ⟨t:PERSON⟩\nEstimate valid until ⟨vd:DATE_TIME⟩.\n", e=c.nm(c.person(), "init"), t=c.nm(tech, "first"), vd=c.date())
    return b


def k_service_reminder_letter(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); dealer, dom = _dealer(r); adv = c.person()
    a = c.addr(country=False)
    ttl = c.title(p)
    b.f("⟨dl⟩ Service Department\n⟨da:ADDRESS⟩\n\n⟨d:DATE_TIME⟩\n\n⟨tt⟩⟨n:PERSON⟩\n⟨ca:ADDRESS⟩\n\n",
        dl=dealer, da=c.addr(country=False)["one"], d=c.date(style=0), tt=ttl.upper(), n=c.nm(p, r.choice(["upper", "full", "mid"])), ca=a["multi"])
    b.f("Dear ⟨tt⟩⟨ln:PERSON⟩,\n\nOur records show that your ⟨v⟩ (VIN ending ⟨vl⟩) was last serviced on ⟨ls:DATE_TIME⟩ at ⟨mi⟩ miles. "
        "Based on the manufacturer's schedule, it is now due for its ⟨svc⟩.\n\n", tt=ttl, ln=p.surname, v=gen_vehicle(r),
        vl=gen_vin(r)[-6:], ls=c.date(), mi=f"{r.randint(5, 95)},{r.randint(100, 999)}", svc=r.choice(["30,000-mile service", "oil and filter change", "brake inspection", "annual state inspection"]))
    b.f("Book online at ⟨u:URL⟩ or call ⟨adv:PERSON⟩ at ⟨ph:PHONE_NUMBER⟩ before ⟨dd:DATE_TIME⟩ to receive ⟨off⟩ off. "
        "Complimentary loaner vehicles are available Monday through Friday.\n\nSincerely,\n\n⟨mgr:PERSON⟩\nService Manager\n",
        u=c.url(dom, r.choice(["/schedule-service", "/service?utm_source=letter&utm_campaign=" + _rs(r, LOW + DIG, 6)])), adv=c.nm(adv, "full"),
        ph=c.phone(), dd=c.date(), off=money(r, "en", 10, 50), mgr=c.nm(c.person(), "full"))
    return b


def k_dmv_registration(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); a = c.addr(country=False)
    b.f("STATE OF ⟨st:LOCATION⟩ - DEPARTMENT OF MOTOR VEHICLES\nAPPLICATION FOR TITLE AND REGISTRATION (Form MV-⟨f⟩)\n\n",
        st=a["region_name"].upper(), f=r.randint(1, 99))
    b.f("1. OWNER (Last, First, Middle): ⟨n:PERSON⟩\n", n=f"{p.surname.upper()}, {p.given.upper()}" + (f" {p.middle}" if p.middle else ""))
    b.f("2. DATE OF BIRTH: ⟨dob:DATE_OF_BIRTH⟩     3. DL/ID NO: ⟨dl:DRIVER_LICENSE⟩\n", dob=c.dob(style=3), dl=c.dl())
    b.f("4. RESIDENCE ADDRESS: ⟨ad:ADDRESS⟩\n5. CITY: ⟨ci:LOCATION⟩   6. STATE: ⟨sta:LOCATION⟩   7. ZIP: ⟨z⟩   8. COUNTY: ⟨co⟩\n",
        ad=a["street"].upper(), ci=a["city"].upper(), sta=a["region"], z=a["postcode"], co=r.choice(["MARION", "LAKE", "ORANGE", "KING", "CLARK"]))
    b.f("9. MAILING ADDRESS (if different): ⟨ma⟩\n10. PHONE: ⟨ph:PHONE_NUMBER⟩   11. EMAIL: ⟨em:EMAIL_ADDRESS⟩\n",
        ma=r.choice(["SAME", "N/A"]) if r.random() < 0.6 else S(c.addr(country=False)["one"].upper(), "ADDRESS"), ph=c.phone(), em=c.email(p))
    b.f("\nVEHICLE: YEAR ⟨y⟩  MAKE ⟨mk⟩  BODY ⟨bd⟩  VIN ⟨vin⟩\nODOMETER ⟨odo⟩  PLATE ⟨pl⟩  WEIGHT ⟨w⟩ LBS\n",
        y=r.randint(2010, 2025), mk=r.choice(["TOYT", "HOND", "FORD", "CHEV", "NISS", "SUBA", "TESL"]), bd=r.choice(["4D", "SW", "PK", "CP"]),
        vin=gen_vin(r), odo=r.randint(10, 190000), pl=gen_plate(r, "US"), w=r.randint(2800, 6500))
    b.f("LIENHOLDER: ⟨lh⟩  ELT# ⟨elt⟩\nFEES: title ⟨f1⟩  reg ⟨f2⟩  sales tax ⟨f3⟩\n", lh=r.choice(["ALLY FINANCIAL", "CAPITAL ONE AUTO", "NONE", "TOYOTA MOTOR CREDIT"]),
        elt=_rs(r, DIG, 4), f1=money(r, "en", 15, 95), f2=money(r, "en", 40, 200), f3=money(r, "en", 300, 4000))
    b.f("I certify the information is true. Signature: ________  Date: ⟨d:DATE_TIME⟩\n", d=c.date(style=3))
    return b


def _po_box(r, c):
    ci = c.city()
    return f"P.O. Box {r.randint(1000, 99999)}, {ci[0]}, {ci[1]} {ci[3]}{_rs(r, DIG, 2)}"


def k_lease_statement(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); a = c.addr(country=False)
    co = r.choice(["Pinnacle Auto Leasing", "Northstar Vehicle Finance", "Harbor Lease Services"])
    b.f("⟨co⟩\nMonthly Lease Statement\n\n⟨n:PERSON⟩\n⟨ad:ADDRESS⟩\n\n", co=co, n=c.nm(p, r.choice(["upper", "full"])), ad=a["multi"])
    sd = c.d_event()
    b.f("Account Number: ⟨ac:ACCOUNT_NUMBER⟩\nStatement Date: ⟨sd:DATE_TIME⟩\nPayment Due: ⟨dd:DATE_TIME⟩\n", ac=c.acct(), sd=c.date(sd, style=3),
        dd=c.date(c.after(sd, 14, 25), style=3))
    b.f("Vehicle: ⟨v⟩   VIN ⟨vin⟩\nLease maturity: ⟨md:DATE_TIME⟩   Miles allowed: ⟨ma⟩/yr\n\n", v=gen_vehicle(r), vin=gen_vin(r),
        md=c.date(_dt.date(r.randint(2026, 2029), r.randint(1, 12), r.randint(1, 28)), style=0), ma=r.choice(["10,000", "12,000", "15,000"]))
    base = r.uniform(250, 900)
    b.t(f"Base monthly payment      {base:>10.2f}\nSales/use tax             {base * 0.07:>10.2f}\nLate fee                  {0.0:>10.2f}\n"
        f"TOTAL DUE                 {base * 1.07:>10.2f}\n\n")
    b.f("AutoPay: enrolled - debit from checking acct ⟨ba:ACCOUNT_NUMBER⟩ (routing ⟨rt⟩) on the due date.\n", ba=_rs(r, DIG, r.randint(8, 12)), rt=_rs(r, DIG, 9))
    b.f("Questions? Call ⟨tf:PHONE_NUMBER⟩ or visit ⟨u:URL⟩. Payments by mail: ⟨po:ADDRESS⟩.\n", tf=c.phone("toll"),
        u=c.url(r.choice(["pinnacleautolease.com", "northstarvf.com", "harborlease.com"]), "/myaccount"),
        po=_po_box(r, c))
    return b


def k_fnol_claim(r):
    c = Ctx(r, "US"); b = Builder()
    ins, drv2 = c.person(), c.person()
    b.f("FIRST NOTICE OF LOSS - AUTO\nClaim #: ⟨cl⟩    Policy #: ⟨po⟩    Channel: ⟨ch⟩\n\n", cl=gen_claim(r),
        po=_rs(r, UP, 3) + "-" + _rs(r, DIG, 7), ch=r.choice(["phone", "mobile app", "agent portal"]))
    b.f("Insured: ⟨n:PERSON⟩    DOB: ⟨dob:DATE_OF_BIRTH⟩\nAddress: ⟨ad:ADDRESS⟩\nContact: ⟨ph:PHONE_NUMBER⟩ / ⟨em:EMAIL_ADDRESS⟩\n",
        n=c.nm(ins, r.choice(["full", "lf"])), dob=c.dob(), ad=c.addr()["one"], ph=c.phone(), em=c.email(ins))
    b.f("Driver at time of loss: ⟨dv⟩  DL ⟨dl:DRIVER_LICENSE⟩\n", dv=S("same as insured", None) if r.random() < 0.5 else S(c.nm(c.person(), "full"), "PERSON"), dl=c.dl())
    b.f("\nDate/time of loss: ⟨dt:DATE_TIME⟩\nLocation: intersection of ⟨s1⟩ and ⟨s2⟩, ⟨ci:LOCATION⟩\n", dt=c.dt(),
        s1=r.choice(["Main St", "Oak Ave", "5th St", "Broadway"]), s2=r.choice(["Elm St", "Route 9", "Market St", "Pine Rd"]), ci=c.city_str(with_region=True))
    b.f("Description: Insured was stopped at a red light when the other vehicle, a ⟨v⟩ driven by ⟨d2:PERSON⟩, rear-ended them. "
        "Police report ⟨pr⟩ filed by Officer ⟨of:PERSON⟩ (badge ⟨bg⟩). Airbags did not deploy. Insured reports neck pain and was seen at "
        "urgent care.\n", v=gen_vehicle(r), d2=c.nm(drv2, "full"), pr=f"{r.randint(23, 26)}-{_rs(r, DIG, 6)}", of=c.person().surname,
        bg=_rs(r, DIG, 4))
    b.f("Other party phone: ⟨p2:PHONE_NUMBER⟩   Other carrier: ⟨oc⟩, claim ⟨oc2⟩\nVehicle drivable: ⟨dr⟩  Tow to: ⟨sh⟩\n",
        p2=c.phone(), oc=r.choice(["GEICO", "Progressive", "Allstate", "Liberty Mutual"]), oc2=gen_claim(r), dr=r.choice(["Yes", "No"]),
        sh=r.choice(["Redline Collision Center", "Brennan & Sons Collision"]))
    b.f("Adjuster assigned: ⟨adj:PERSON⟩, ext. ⟨ext⟩\n", adj=c.nm(c.person(), r.choice(["full", "init"])), ext=r.randint(1000, 9999))
    return b


def k_pip_claim(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); dr = c.person()
    fac = r.choice(["Mercy Regional Medical Center", "St. Luke's Urgent Care", "Valley Orthopedic Associates", "Lakeside Physical Therapy"])
    da = c.d_event()
    b.f("PERSONAL INJURY PROTECTION (PIP) - MEDICAL BILLING SUMMARY\nAuto claim: ⟨cl⟩   Date of accident: ⟨da:DATE_TIME⟩\n\n", cl=gen_claim(r), da=c.date(da))
    b.f("Patient: ⟨n:PERSON⟩\nDOB: ⟨dob:DATE_OF_BIRTH⟩\nMRN: ⟨mrn:MEDICAL_RECORD_NUMBER⟩\nPatient account: ⟨pa:ACCOUNT_NUMBER⟩\n",
        n=c.nm(p, r.choice(["lf", "upper", "full"])), dob=c.dob(), mrn=c.mrn(), pa=c.acct())
    b.f("Primary health plan: ⟨hp⟩  Member ID: ⟨mid:HEALTH_PLAN_NUMBER⟩  Group: ⟨grp⟩\n", hp=r.choice(["Aetna PPO", "BlueCross BlueShield", "UnitedHealthcare Choice Plus", "Cigna OAP"]),
        mid=c.hpn(), grp=_rs(r, DIG, 6))
    b.f("Provider: ⟨fac⟩, ⟨fa:ADDRESS⟩\nAttending: Dr. ⟨dr:PERSON⟩ (NPI ⟨npi⟩)\n\n", fac=fac, fa=c.addr(country=False)["one"], dr=c.nm(dr, r.choice(["full", "init"])), npi="1" + _rs(r, DIG, 9))
    b.t(f"{'DOS':<12}{'CPT':<8}{'ICD-10':<10}{'Description':<34}{'Charge':>10}\n")
    for _ in range(r.randint(3, 5)):
        cpt, desc = r.choice([("99284", "ED visit, high severity"), ("72040", "X-ray cervical spine 2-3v"), ("97110", "Therapeutic exercise"),
                              ("97140", "Manual therapy"), ("70450", "CT head w/o contrast"), ("99213", "Office visit est. pt")])
        icd = r.choice(["S13.4XXA", "S16.1XXA", "V43.52XA", "M54.2", "S39.012A"])
        da = c.after(da, 0, 20)
        b.e(c.date(da, style=3), "DATE_TIME")
        b.t(f"  {cpt:<8}{icd:<10}{desc:<34}{r.uniform(80, 3200):>10.2f}\n")
    b.f("\nRx: ⟨rx⟩. Adjuster contact: ⟨ae:EMAIL_ADDRESS⟩, fax ⟨fx:PHONE_NUMBER⟩\n", rx=r.choice(["cyclobenzaprine 10 mg", "ibuprofen 800 mg", "naproxen 500 mg"]),
        ae=c.email(c.person(), r.choice(["progressive-claims.com", "statefarm-pip.com", "libertyclaims.com"])), fx=c.phone())
    return b


def k_dot_med_cert(r):
    c = Ctx(r, "US"); b = Builder()
    p, ex = c.person(), c.person()
    st = r.choice(["CA", "NY", "TX", "FL", "IL", "WA", "OH", "GA", "PA", "AZ"])
    b.f("MEDICAL EXAMINER'S CERTIFICATE (49 CFR 391.43) - Form MCSA-5876\n\nI certify that I have examined\n\n"
        "Driver name: ⟨n:PERSON⟩\nDate of birth: ⟨dob:DATE_OF_BIRTH⟩\nDriver's license number: ⟨dl:DRIVER_LICENSE⟩   Issuing state: ⟨st:LOCATION⟩\n"
        "Address: ⟨ad:ADDRESS⟩\nPhone: ⟨ph:PHONE_NUMBER⟩\n\n", n=c.nm(p, r.choice(["lf", "full"])), dob=c.dob(style=3), dl=c.dl(state=st), st=st,
        ad=c.addr(country=False)["one"], ph=c.phone())
    b.f("in accordance with the FMCSRs and find this person qualified: ⟨q⟩\nWearing corrective lenses: ⟨l⟩   Hearing aid: No   SPE certificate: No\n\n",
        q=r.choice(["meets standards", "meets standards but periodic monitoring required due to hypertension", "meets standards - 1 year certificate"]),
        l=r.choice(["Yes", "No"]))
    b.f("Medical examiner: ⟨ex:PERSON⟩, ⟨cr⟩\nNational Registry number: ⟨nr⟩\nExaminer phone: ⟨ep:PHONE_NUMBER⟩\n"
        "Clinic: ⟨cl⟩, ⟨ca:ADDRESS⟩\nExam date: ⟨ed:DATE_TIME⟩   Certificate expiration date: ⟨xd:DATE_TIME⟩\n",
        ex=c.nm(ex, r.choice(["full", "mid"])), cr=r.choice(["MD", "DO", "PA-C", "NP", "DC"]), nr=_rs(r, DIG, 10), ep=c.phone(),
        cl=r.choice(["Concentra", "WorkWell Occupational Health", "Fleet Driver Health Clinic"]), ca=c.addr(country=False)["one"],
        ed=c.date(style=3), xd=c.date(style=3))
    b.f("Carrier: ⟨car⟩   USDOT ⟨dot⟩   Employee chart/MRN: ⟨mrn:MEDICAL_RECORD_NUMBER⟩\n", car=r.choice(["McKinnon Fleet Services", "Ironwood Logistics", "Blue Ox Freight"]),
        dot=_rs(r, DIG, 7), mrn=c.mrn())
    return b


def k_crm_json(r):
    c = Ctx(r, "US"); b = Builder()
    b.t('{\n  "export": "crm_contacts",\n  "generated": ' + str(r.randint(1_690_000_000, 1_760_000_000)) + ',\n  "schemaVersion": "' + gen_version(r) + '",\n  "contacts": [\n')
    n = r.randint(2, 4)
    for i in range(n):
        p = c.person(); a = c.addr(country=False)
        b.f('    {\n      "contactId": "⟨id⟩",\n      "firstName": "⟨fn:PERSON⟩",\n      "lastName": "⟨ln:PERSON⟩",\n'
            '      "email": "⟨em:EMAIL_ADDRESS⟩",\n      "mobile": "⟨ph:PHONE_NUMBER⟩",\n      "street": "⟨st:ADDRESS⟩",\n'
            '      "city": "⟨ci:LOCATION⟩",\n      "state": "⟨sta:LOCATION⟩",\n      "zip": "⟨z⟩",\n',
            id=gen_uuid(r), fn=p.given, ln=p.surname, em=c.email(p), ph=c.phone(), st=a["street"], ci=a["city"], sta=a["region"], z=a["postcode"])
        b.f('      "ownedVehicles": [{"vin": "⟨vin⟩", "year": ⟨y⟩}],\n      "lastServiceDate": "⟨ls:DATE_TIME⟩",\n      "leadScore": ⟨sc⟩\n    }⟨cm⟩\n',
            vin=gen_vin(r), y=r.randint(2012, 2025), ls=c.d_event().isoformat(), sc=r.randint(0, 100), cm="," if i < n - 1 else "")
    b.t("  ]\n}\n")
    return b


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def k_dms_env(r):
    c = Ctx(r, "US"); b = Builder()
    dealer, dom = _dealer(r)
    b.f("# ⟨app⟩ - production environment (DO NOT COMMIT)\n# owner: platform team, rotated ⟨q⟩\nAPP_ENV=production\nAPP_VERSION=⟨v⟩\n",
        app=r.choice(["DealerSuite DMS", "FleetPulse API", "ServiceLane scheduler", "LeaseDesk portal"]), q=r.choice(["quarterly", "never (!)", "on offboarding"]), v=gen_version(r))
    lines = []
    lines.append(lambda: b.f("DATABASE_URL=postgres://⟨u⟩:⟨pw:PASSWORD⟩@⟨h⟩:5432/⟨db⟩\n", u=r.choice(["dms_app", "fleet", "svc_api"]), pw=gen_password(r),
                             h=r.choice(["db-prod.internal", "pg-primary.fleet.local", "dms-db-01"]), db=r.choice(["dms", "fleet", "leads"])))
    lines.append(lambda: b.f("REDIS_URL=redis://:⟨pw:PASSWORD⟩@⟨ip:IP_ADDRESS⟩:6379/0\n", pw=gen_password(r), ip=gen_ipv4(r, True)))
    lines.append(lambda: b.f("AWS_ACCESS_KEY_ID=⟨a:AWS_ACCESS_KEY⟩\nAWS_SECRET_ACCESS_KEY=⟨s:AWS_SECRET_KEY⟩\nAWS_REGION=us-east-2\nS3_BUCKET=⟨bk⟩\n",
                             a=gen_aws_access(r), s=gen_aws_secret(r), bk=r.choice(["dms-docs-prod", "fleet-dashcam-clips", "deal-jackets"])))
    lines.append(lambda: b.f("STRIPE_SECRET_KEY=⟨k:STRIPE_KEY⟩\nSTRIPE_WEBHOOK_SECRET=⟨w:GENERIC_SECRET⟩\n", k=gen_stripe(r), w=gen_generic(r, "whsec")))
    lines.append(lambda: b.f("SENDGRID_API_KEY=⟨k:GENERIC_SECRET⟩\nMAIL_FROM=⟨e:EMAIL_ADDRESS⟩\n", k=gen_generic(r, "sg"), e=c.email(None, dom)))
    lines.append(lambda: b.f("GOOGLE_MAPS_API_KEY=⟨k:GENERIC_SECRET⟩\n", k=gen_generic(r, "google")))
    lines.append(lambda: b.f("TWILIO_ACCOUNT_SID=AC⟨sid⟩\nTWILIO_AUTH_TOKEN=⟨k:GENERIC_SECRET⟩\nTWILIO_FROM=⟨ph:PHONE_NUMBER⟩\n", sid=_rs(r, HEX, 32),
                             k=gen_generic(r, "hex"), ph="+1" + str(r.choice(_US_AREA)) + _rs(r, DIG, 7)))
    lines.append(lambda: b.f("JWT_SIGNING_SECRET=${JWT_SECRET}\nOEM_API_TOKEN=${OEM_TOKEN:-changeme}\n"))
    lines.append(lambda: b.f("SLACK_BOT_TOKEN=⟨k:SLACK_TOKEN⟩\nSLACK_ALERT_CHANNEL=#dms-alerts\n", k=gen_slack(r)))
    lines.append(lambda: b.f("GITHUB_DEPLOY_TOKEN=⟨k:GITHUB_TOKEN⟩\n", k=gen_github(r)))
    lines.append(lambda: b.f("SMTP_HOST=smtp.office365.com\nSMTP_USER=⟨e:EMAIL_ADDRESS⟩\nSMTP_PASSWORD=⟨pw:PASSWORD⟩\n", e=c.email(None, dom), pw=gen_password(r)))
    lines.append(lambda: b.f("PUBLIC_BASE_URL=⟨u:URL⟩\nFEATURE_FLAGS=trade_in_v2,soft_pull\nMAX_UPLOAD_MB=25\n", u=c.url(dom, "")))
    for fn in r.sample(lines, r.randint(5, 8)):
        fn()
    return b


def k_k8s_secret(r):
    c = Ctx(r, "US"); b = Builder()
    app = r.choice(["telematics-gateway", "dms-api", "lead-router", "rental-pricing", "tow-dispatch"])
    b.f("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ⟨a⟩-credentials\n  namespace: ⟨ns⟩\n  labels:\n    app.kubernetes.io/name: ⟨a⟩\n"
        "    app.kubernetes.io/version: \"⟨v⟩\"\ntype: Opaque\ndata:\n", a=app, ns=r.choice(["fleet-prod", "dealer-prod", "default"]), v=gen_version(r))
    items = [("DB_PASSWORD", gen_password(r), "PASSWORD"), ("MQTT_PASSWORD", gen_password(r), "PASSWORD"),
             ("API_KEY", gen_generic(r, "hex"), "GENERIC_SECRET"), ("OEM_CLIENT_SECRET", gen_generic(r, "tok"), "GENERIC_SECRET"),
             ("AWS_SECRET_ACCESS_KEY", gen_aws_secret(r), "GENERIC_SECRET"), ("SMTP_PASSWORD", gen_password(r), "PASSWORD"),
             ("WEBHOOK_SIGNING_KEY", gen_generic(r, "whsec"), "GENERIC_SECRET"), ("REDIS_PASSWORD", gen_password(r), "PASSWORD")]
    for k, v, t in r.sample(items, r.randint(3, 6)):
        b.f("  ⟨k⟩: ⟨v⟩\n", k=k, v=S(_b64(v), t))
    if r.random() < 0.6:
        b.f("---\n# ConfigMap (not secret)\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ⟨a⟩-config\ndata:\n  OEM_BASE_URL: ⟨u:URL⟩\n"
            "  LOG_LEVEL: info\n  TZ: America/Chicago\n  BROKER_HOST: ⟨ip:IP_ADDRESS⟩\n", a=app,
            u=r.choice(["https://api.oem-connect.net/v3", "https://telematics.fleetpulse.io/ingest", "https://leads.dealerhub.com/adf"]), ip=gen_ipv4(r, True))
    return b


def k_ci_log(r):
    b = Builder()
    _ser = iter(log_series(r, 40, 0))
    ts = lambda: next(_ser).replace("Z", _rs(r, DIG, 4) + "Z")
    repo = r.choice(["dealer-portal", "fleet-sync", "tow-dispatch-app", "rental-pricing-engine"])
    b.f("⟨t⟩ ##[group]Run actions/checkout@v4\n⟨t2⟩ Syncing repository: acme-auto/⟨repo⟩\n⟨t3⟩ ##[endgroup]\n⟨t4⟩ ##[group]Run ./scripts/deploy.sh\n",
        t=ts(), t2=ts(), repo=repo, t3=ts(), t4=ts())
    b.f("⟨t⟩ env:\n⟨t⟩   AWS_ACCESS_KEY_ID: ***\n⟨t⟩   DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n⟨t⟩   IMAGE_TAG: ⟨sha⟩\n", t=ts(), sha=gen_sha(r, 12))
    k = r.randrange(3)
    if k == 0:
        b.f("⟨t⟩ + echo ⟨g:GITHUB_TOKEN⟩ | gh auth login --with-token\n⟨t⟩ + git clone ⟨u:URL⟩\n", t=ts(), g=gen_github(r),
            u=f"https://github.com/acme-auto/{repo}-config.git")
    elif k == 1:
        b.f("⟨t⟩ + export AWS_ACCESS_KEY_ID=⟨a:AWS_ACCESS_KEY⟩\n⟨t⟩ + export AWS_SECRET_ACCESS_KEY=⟨s:AWS_SECRET_KEY⟩\n", t=ts(), a=gen_aws_access(r), s=gen_aws_secret(r))
    else:
        b.f("⟨t⟩ + curl -sf -H 'Authorization: Bearer ⟨j:JWT⟩' ⟨u:URL⟩\n", t=ts(), j=gen_jwt(r),
            u=r.choice(["https://api.fleetpulse.io/v2/deployments", "https://dms.dealerhub.com/api/releases"]))
    b.f("⟨t⟩ Step 3/9 : RUN npm ci --omit=dev\n⟨t⟩ added ⟨n⟩ packages in ⟨s⟩s\n⟨t⟩ Successfully built ⟨id⟩\n⟨t⟩ pushing ghcr.io/acme-auto/⟨repo⟩:⟨v⟩ digest: sha256:⟨dg⟩\n",
        t=ts(), n=r.randint(200, 1400), s=r.randint(8, 90), id=gen_sha(r, 12), repo=repo, v=gen_version(r), dg=gen_sha(r, 64))
    if r.random() < 0.5:
        b.f("⟨t⟩ ##[warning]Slack notify failed: invalid_auth for token ⟨s:SLACK_TOKEN⟩\n", t=ts(), s=gen_slack(r))
    b.f("⟨t⟩ ##[endgroup]\n⟨t⟩ Job completed with status: ⟨st⟩ (run ⟨rid⟩, attempt 1)\n", t=ts(), st=r.choice(["success", "failure"]), rid=_rs(r, DIG, 10))
    return b


def k_slack_thread(r):
    c = Ctx(r, "US"); b = Builder()
    ch = r.choice(["#fleet-platform", "#dms-oncall", "#rental-ops-eng", "#dealer-it"])
    ppl = [c.person() for _ in range(3)]
    h = r.randint(8, 17); m = r.randint(0, 30)
    b.f("Slack export ⟨ch⟩ (⟨n⟩ messages)\n\n", ch=ch, n=7)
    def line(k, who):
        b.t(f"[{h:02d}:{(m + k) % 60:02d}] {who}: ")
    u = [ _ascii(p.given).lower() + "." + _ascii(p.surname)[0].lower() for p in ppl]
    line(0, u[0]); b.t("geotab sync has been failing since the 3am run, anyone rotate creds?\n")
    line(2, u[1]); b.f("yeah sorry, ⟨n:PERSON⟩ rotated the service account yesterday. new password is ⟨pw:PASSWORD⟩ until vault is fixed\n",
                       n=c.nm(ppl[2], r.choice(["full", "first"])), pw=gen_password(r))
    line(3, u[0]); b.t("please don't paste creds in here :( \n")
    k = r.randrange(4)
    line(5, u[2])
    if k == 3:
        b.f("here's the deploy key for the yard gateway box, delete after copying:\n```\n⟨pk:PRIVATE_KEY⟩\n```\n", pk=gen_pem(r, r.choice(["OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])))
    elif k == 0:
        b.f("also the bot token for alerts: ⟨s:SLACK_TOKEN⟩ (will revoke after the migration)\n", s=gen_slack(r))
    elif k == 1:
        b.f("fwiw the stripe key in the rental pricing service is ⟨s:STRIPE_KEY⟩, it's the restricted one\n", s=gen_stripe(r))
    else:
        b.f("use this PAT for the config repo in the meantime: ⟨s:GITHUB_TOKEN⟩\n", s=gen_github(r))
    line(7, u[1]); b.f("the gateway at ⟨ip:IP_ADDRESS⟩ is also throwing 401s, customer ⟨cu:PERSON⟩ from the ⟨ci:LOCATION⟩ branch called about missing trips\n",
                       ip=gen_ip(r), cu=c.nm(c.person(), "full"), ci=c.city()[0])
    line(9, u[0]); b.f("ok I'll open INC-⟨inc⟩ and loop in ⟨n:PERSON⟩. incident review ⟨d:DATE_TIME⟩\n", inc=_rs(r, DIG, 5), n=ppl[2].given, d=c.dt())
    line(10, u[2]); b.t(":+1:\n")
    return b


def k_curl_api(r):
    c = Ctx(r, "US"); b = Builder()
    host = r.choice(["api.fleetpulse.io", "api.mycarconnect.com", "partner.rentalhub.net", "dms.dealerhub.com"])
    p = c.person()
    unit = f"VAN-{r.randint(10, 999)}"
    b.f("$ curl -s -X POST ⟨u:URL⟩ \\\n    -H \"Authorization: Bearer ⟨j:JWT⟩\" \\\n", u=f"https://{host}/v2/vehicles/{unit}/{r.choice(['immobilize', 'unlock', 'locate'])}", j=gen_jwt(r))
    if r.random() < 0.5:
        b.f("    -H \"X-Api-Key: ⟨k:GENERIC_SECRET⟩\" \\\n", k=gen_generic(r, r.choice(["hex", "tok"])))
    b.f("    -H 'Content-Type: application/json' \\\n    -d '{\"reason\":\"⟨rs⟩\",\"requestedBy\":\"⟨n:PERSON⟩\",\"notifyPhone\":\"⟨ph:PHONE_NUMBER⟩\",\"callback\":\"⟨cb:URL⟩\"}'\n\n",
        rs=r.choice(["non-payment", "stolen vehicle report", "customer lockout"]), n=c.nm(p, "full"), ph=c.phone(), cb=f"https://hooks.{r.choice(DEALER_DOMAINS)}/telematics/ack")
    b.f("HTTP/1.1 202 Accepted\nDate: ⟨d⟩\nContent-Type: application/json\nx-request-id: ⟨rid⟩\nx-ratelimit-remaining: ⟨rl⟩\n\n",
        d=mail_date(r).rsplit(" ", 1)[0] + " GMT", rid=gen_uuid(r), rl=r.randint(1, 999))
    b.f('{"status":"queued","jobId":"⟨jid⟩","unit":"⟨u⟩","vin":"⟨vin⟩","odometer":⟨o⟩,"apiVersion":"⟨v⟩"}\n', jid=gen_uuid(r), u=unit, vin=gen_vin(r), o=r.randint(100, 200000), v=gen_version(r))
    return b


_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0", "curl/8.4.0", "okhttp/4.12.0"]


def k_access_log(r):
    b = Builder()
    dom = r.choice(DEALER_DOMAINS)
    for _ in range(r.randint(6, 10)):
        ip = gen_ip(r)
        path = r.choice(["/inventory/used?make=toyota&sort=price", "/finance/apply", "/schedule-service", "/api/v1/trade-in/estimate",
                         "/wp-login.php", "/specials/oil-change", "/vehicle/" + gen_vin(r), "/static/js/app." + gen_sha(r, 8) + ".js"])
        meth = "POST" if path in ("/finance/apply", "/api/v1/trade-in/estimate") else "GET"
        st = r.choice([200, 200, 200, 301, 304, 404, 403, 500])
        b.e(ip, "IP_ADDRESS")
        b.f(" - - ⟨ts⟩ \"⟨m⟩ ⟨p⟩ HTTP/1.1\" ⟨st⟩ ⟨sz⟩ ", ts=log_ts(r, 3), m=meth, p=path, st=st, sz=r.randint(200, 90000))
        ref = r.random()
        if ref < 0.5:
            b.f("\"⟨u:URL⟩\"", u=r.choice([f"https://www.{dom}/", "https://www.google.com/", f"https://www.{dom}/inventory/new?page=2",
                                          "https://www.cargurus.com/Cars/inventorylisting", "https://www.facebook.com/"]))
        else:
            b.t('"-"')
        b.t(f' "{r.choice(_UA)}" rt={r.uniform(0.001, 1.8):.3f}\n')
    return b


def k_llm_complaint(r):
    c = Ctx(r, r.choice(["US", "US", "GB"])); b = Builder()
    p, adv = c.person(), c.person(); dealer, dom = _dealer(r)
    b.f("SYSTEM: You are a customer-care assistant for ⟨d⟩. Summarize the complaint in 3 bullets, classify severity (low/med/high) and draft a polite reply. "
        "Never promise refunds above $250.\n\nUSER: Can you handle this one? Pasting from the CRM:\n\n---\n", d=dealer)
    b.f("Customer name: ⟨n:PERSON⟩\nPhone: ⟨ph:PHONE_NUMBER⟩\nEmail: ⟨em:EMAIL_ADDRESS⟩\nRO: ⟨ro⟩   Vehicle: ⟨v⟩\n",
        n=c.nm(p, r.choice(["full", "lf", "lower"])), ph=c.phone(), em=c.email(p), ro=gen_ro(r), v=gen_vehicle(r))
    b.f("Message: \"I dropped my car off on ⟨d1:DATE_TIME⟩ for a check engine light and ⟨a:PERSON⟩ told me it would be done by ⟨d2:DATE_TIME⟩. "
        "Nobody called. When I finally got it back the light was on again (code ⟨dtc⟩) and I was charged ⟨amt⟩. I live at ⟨ad:ADDRESS⟩ and "
        "had to take an Uber twice. I want the diagnostic fee refunded.\"\n---\n\n",
        d1=c.date(weekday=r.random() < 0.4), a=c.nm(adv, r.choice(["first", "full"])), d2=c.dt(), dtc=gen_dtc(r), amt=money(r, "en", 120, 1400),
        ad=c.addr(country=False)["one"])
    b.f("Sign the reply as ⟨sm:PERSON⟩, Service Manager, and include our direct line ⟨dl:PHONE_NUMBER⟩.\n", sm=c.nm(c.person(), "full"), dl=c.phone())
    return b


def k_llm_fleet(r):
    c = Ctx(r, r.choice(["US", "GB"])); b = Builder()
    mgr = c.person()
    b.f("You are FleetGPT. Using the JSON below, write a short weekly safety summary for the fleet manager, ⟨m:PERSON⟩. Mention drivers by first "
        "name only, rank them by harsh events, and recommend coaching. Output markdown.\n\n```json\n{\n  \"fleet\": \"⟨f⟩\",\n  \"week\": \"⟨wk⟩\",\n  \"drivers\": [\n",
        m=c.nm(mgr, "full"), f=r.choice(["McKinnon Fleet Services", "Ironwood Logistics", "Pinnacle Rentals - North"]), wk=f"{r.randint(2023, 2026)}-W{r.randint(1, 52):02d}")
    n = r.randint(2, 4)
    for i in range(n):
        d = c.person()
        b.f("    {\"name\": \"⟨n:PERSON⟩\", \"licenseNo\": \"⟨dl:DRIVER_LICENSE⟩\", \"mobile\": \"⟨ph:PHONE_NUMBER⟩\", \"unit\": \"⟨u⟩\", "
            "\"harshBraking\": ⟨hb⟩, \"speeding\": ⟨sp⟩, \"idleMin\": ⟨im⟩}⟨cm⟩\n",
            n=c.nm(d, r.choice(["full", "full", "upper"])), dl=c.dl(d), ph=c.phone(), u=f"TRK-{r.randint(100, 999)}", hb=r.randint(0, 14),
            sp=r.randint(0, 30), im=r.randint(0, 400), cm="," if i < n - 1 else "")
    b.f("  ],\n  \"incidents\": [{\"date\": \"⟨d:DATE_TIME⟩\", \"city\": \"⟨ci:LOCATION⟩\", \"type\": \"⟨t⟩\", \"claim\": \"⟨cl⟩\"}]\n}\n```\n",
        d=c.d_event().isoformat(), ci=c.city()[0], t=r.choice(["minor collision", "mirror strike", "backing incident"]), cl=gen_claim(r))
    return b


def k_toll_notice(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); a = c.addr(country=False)
    auth = r.choice(["NTTA", "E-ZPass Group", "SunPass", "FasTrak", "Peach Pass"])
    idt = c.d_event()
    b.f("⟨au⟩ - NOTICE OF UNPAID TOLL\nNotice Number: ⟨nn⟩\nIssue Date: ⟨id:DATE_TIME⟩        Pay By: ⟨pb:DATE_TIME⟩\n\n", au=auth, nn=_rs(r, DIG, 12),
        id=c.date(idt, style=3), pb=c.date(c.after(idt, 21, 30), style=3))
    b.f("⟨n:PERSON⟩\n⟨ad:ADDRESS⟩\n\n", n=c.nm(p, "upper"), ad=a["multi"].upper())
    b.f("License plate: ⟨pl⟩   Vehicle: ⟨mk⟩\nThis vehicle was rented from ⟨br⟩ under agreement ⟨ra⟩; liability was transferred to the renter named above.\n\n",
        pl=gen_plate(r, "US"), mk=r.choice(["TOYT", "NISS", "CHEV", "KIA"]), br=r.choice(RENTAL_BRANDS), ra=_rs(r, DIG, 9))
    b.t(f"{'Transaction date/time':<28}{'Plaza':<18}{'Lane':<6}{'Toll':>8}{'Fee':>8}\n")
    td = idt - _dt.timedelta(days=r.randint(20, 60))
    for _ in range(r.randint(2, 5)):
        td = c.after(td, 0, 6)
        b.e(c.dt(td, weekday=False), "DATE_TIME")
        b.t(f"   {r.choice(['Main Lane 12', 'Exit 31 Ramp', 'Bay Bridge', 'Plaza 4 NB']):<18}{r.randint(1, 9):<6}{r.uniform(1, 9):>8.2f}{r.choice([0.0, 4.0, 25.0]):>8.2f}\n")
    b.f("\nPay online at ⟨u:URL⟩ or call ⟨ph:PHONE_NUMBER⟩. Failure to pay may result in a registration hold.\n",
        u=r.choice(["https://www.ntta.org/pay", "https://www.sunpass.com/en/payinvoice", "https://www.bayareafastrak.org/en/tolls/pay-a-toll-invoice.shtml"]),
        ph=c.phone("toll"))
    return b


def _ocr(r, s, rate=0.06):
    """OCR-ish noise for non-entity text."""
    sub = {"O": "0", "l": "1", "I": "l", "S": "5", "e": "c", "a": "o", "B": "8", "i": "í"}
    return "".join(sub[ch] if ch in sub and r.random() < rate else ch for ch in s)


def k_parking_ocr(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person()
    o = lambda s: _ocr(r, s)
    b.t(o("CITY OF ") ); b.e(c.city()[0].upper(), "LOCATION"); b.t(o("  PARKING ENF0RCEMENT DIVISION\n~~ scan p.1 ~~\n"))
    b.t(o("PARKING CITATION No. ") + _rs(r, DIG, 9) + "\n")
    b.t(o("Date of violation: ")); b.e(c.date(style=3), "DATE_TIME"); b.t(o("   Time: ")); b.e(c.time(0), "DATE_TIME"); b.t("\n")
    b.t(o("Location: ")); b.e(c.addr(country=False)["street"].upper(), "ADDRESS"); b.t(o("  (meter ") + _rs(r, DIG, 5) + ")\n")
    b.t(o("Plate: ") + gen_plate(r, "US") + o("  Make: ") + r.choice(["HOND", "FORD", "TOYT", "SUBA"]) + o("  Color: ") + r.choice(["BLK", "WHT", "SIL"]) + "\n")
    b.t(o("Violation: ") + r.choice(["22500(e) BLOCKING DRIVEWAY", "EXPIRED METER", "NO PARKING 2AM-6AM", "RED ZONE"]) + o("   Fine: ") + money(r, "en", 35, 180) + "\n")
    b.t(o("Officer: ")); b.e(c.nm(c.person(), r.choice(["upper", "init"])), "PERSON"); b.t(o("  Badge ") + _rs(r, DIG, 4) + "\n\n")
    b.t(o("REGISTERED OWNER (per DMV record):\n"))
    b.e(c.nm(p, "upper"), "PERSON"); b.t("\n"); b.e(c.addr(country=False)["multi"].upper(), "ADDRESS"); b.t("\n\n")
    b.t(o("To contest, visit ")); b.e(r.choice(["https://www.parkingticketpay.net/contest", "https://citation.cityparking.org/appeal"]), "URL")
    b.t(o(" within 21 days or call ")); b.e(c.phone(), "PHONE_NUMBER"); b.t(".\n")
    return b


def k_vcard(r):
    c = Ctx(r, r.choice(["US", "US", "GB"])); b = Builder()
    p = c.person(); dealer, dom = _dealer(r); a = c.addr(country=False)
    mid = p.middle or ""
    b.f("BEGIN:VCARD\nVERSION:3.0\nN:⟨n:PERSON⟩;;\nFN:⟨fn:PERSON⟩\nORG:⟨org⟩;⟨dep⟩\nTITLE:⟨t⟩\n",
        n=f"{p.surname};{p.given}" + (f";{mid}" if mid else ""), fn=c.nm(p, "mid" if mid else "full"), org=dealer,
        dep=r.choice(["Fleet Sales", "Service", "Collision", "Finance"]), t=r.choice(["Fleet Account Manager", "Service Advisor", "F&I Manager", "Body Shop Estimator"]))
    b.f("TEL;TYPE=WORK,VOICE:⟨w:PHONE_NUMBER⟩\nTEL;TYPE=CELL:⟨m:PHONE_NUMBER⟩\nEMAIL;TYPE=INTERNET:⟨e:EMAIL_ADDRESS⟩\n", w=c.phone(), m=c.phone(), e=c.email(p, dom))
    adr = ";".join([a["street"], a["city"], a["region"] or "", a["postcode"], r.choice(COUNTRY[c.loc])])
    b.f("ADR;TYPE=WORK:;;⟨ad:ADDRESS⟩\nURL:⟨u:URL⟩\n", ad=adr, u=c.url(dom, ""))
    if r.random() < 0.6:
        b.f("BDAY:⟨bd:DATE_OF_BIRTH⟩\n", bd=c.d_birth().isoformat())
    b.f("NOTE:Met at ⟨ev⟩. Manages ⟨n⟩ units; renewal due ⟨d:DATE_TIME⟩.\nREV:⟨rev⟩\nEND:VCARD\n", ev=r.choice(["NADA Show", "the fleet expo", "Cars & Coffee"]),
        n=r.randint(5, 400), d=c.date(style=4), rev=log_ts(r, 0))
    return b


def k_ics(r):
    c = Ctx(r, "US"); b = Builder()
    cust, adv = c.person(), c.person(); dealer, dom = _dealer(r)
    d = c.d_event(); h = r.randint(7, 16); mi = r.choice([0, 15, 30, 45])
    st = f"{d:%Y%m%d}T{h:02d}{mi:02d}00"; en = f"{d:%Y%m%d}T{h + 1:02d}{mi:02d}00"
    stamp = lambda: log_ts(r, 0)[:19].replace("-", "").replace(":", "") + "Z"
    tz = r.choice(["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"])
    b.f("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//⟨dl⟩//ServiceLane Scheduler ⟨v⟩//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:⟨uid⟩@⟨dom⟩\nDTSTAMP:⟨s1⟩\nCREATED:⟨s2⟩\n",
        dl=dealer, v=gen_version(r), uid=gen_uuid(r), dom=dom, s1=stamp(), s2=stamp())
    b.f("DTSTART;TZID=⟨tz⟩:⟨st:DATE_TIME⟩\nDTEND;TZID=⟨tz⟩:⟨en:DATE_TIME⟩\nSUMMARY:Service appointment - ⟨svc⟩ - ⟨cn:PERSON⟩\n",
        tz=tz, st=st, en=en, svc=r.choice(["60k mile service", "brake inspection", "recall 24V-118", "tire rotation"]), cn=c.nm(cust, "full"))
    b.f("LOCATION:⟨loc:ADDRESS⟩\nORGANIZER;CN=⟨an:PERSON⟩:mailto:⟨ae:EMAIL_ADDRESS⟩\nATTENDEE;CN=⟨cn:PERSON⟩;RSVP=TRUE:mailto:⟨ce:EMAIL_ADDRESS⟩\n",
        loc=c.addr(country=False)["one"].replace(",", "\\,"), an=c.nm(adv, "full"), ae=c.email(adv, dom), cn=c.nm(cust, "full"), ce=c.email(cust))
    b.f("DESCRIPTION:Vehicle: ⟨v⟩ VIN ⟨vin⟩\\nCustomer phone: ⟨ph:PHONE_NUMBER⟩\\nLoaner requested: ⟨ln⟩\\nManage: ⟨u:URL⟩\n"
        "LAST-MODIFIED:⟨s3⟩\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n", v=gen_vehicle(r), vin=gen_vin(r), ph=c.phone(), ln=r.choice(["yes", "no"]),
        u=c.url(dom, "/appointments/" + _rs(r, DIG + LOW, 10)), s3=stamp())
    return b


def k_hl7(r):
    c = Ctx(r, "US"); b = Builder()
    p, dr = c.person(), c.person()
    a = c.addr(country=False)
    fac = r.choice(["MERCYED", "STLUKES", "VALLEYGEN", "REGIONALTRAUMA"])
    ts = log_ts(r, 0)[:19].replace("-", "").replace(":", "").replace("T", "")
    b.f("MSH|^~\\&|EPIC|⟨f⟩|CLAIMS|AUTOINS|⟨ts⟩||ADT^A04|⟨cid⟩|P|2.5.1\nEVN|A04|⟨ts⟩\n", f=fac, ts=ts, cid=_rs(r, DIG, 10))
    xad = f"{a['street'].upper()}^^{a['city'].upper()}^{a['region']}^{a['postcode']}^USA"
    nm = f"{p.surname.upper()}^{p.given.upper()}" + (f"^{p.middle}" if p.middle else "")
    dob = f"{c.d_birth():%Y%m%d}"
    b.f("PID|1||⟨mrn:MEDICAL_RECORD_NUMBER⟩^^^⟨f⟩^MR||⟨nm:PERSON⟩||⟨dob:DATE_OF_BIRTH⟩|⟨sx⟩|||⟨ad:ADDRESS⟩||⟨ph:PHONE_NUMBER⟩|||⟨ms⟩||⟨acct:ACCOUNT_NUMBER⟩\n",
        mrn=_rs(r, DIG, 8), f=fac, nm=nm, dob=dob, sx=p.sex.upper(), ad=xad, ph=c.phone(), ms=r.choice(["S", "M", "D"]), acct=_rs(r, DIG, 10))
    b.f("PV1|1|E|ED^⟨bay⟩^01||||⟨npi⟩^⟨dr:PERSON⟩^^^DR|||EMR||||7|||||⟨vn⟩\n", bay=r.randint(1, 30), npi="1" + _rs(r, DIG, 9),
        dr=f"{dr.surname.upper()}^{dr.given.upper()}", vn=_rs(r, DIG, 9))
    b.f("DG1|1||V43.52XA^Car driver injured in collision w car in traffic accident^I10\nDG1|2||⟨icd⟩^⟨desc⟩^I10\n",
        icd=r.choice(["S13.4XXA", "S22.32XA", "S06.0X0A"]), desc=r.choice(["Sprain of cervical spine", "Fracture of rib", "Concussion w/o LOC"]))
    ins = [""] * 37
    ins[1] = "1"; ins[2] = r.choice(["BCBS01", "AETNA02", "UHC03"]); ins[4] = r.choice(["BLUE CROSS", "AETNA", "UNITEDHEALTHCARE"])
    ins[8] = _rs(r, DIG, 6)
    b.t("IN1|" + "|".join(ins[1:16]) + "|")
    b.e(nm, "PERSON").t("|SEL|").e(dob, "DATE_OF_BIRTH")
    b.t("|" * 18).e(c.hpn(), "HEALTH_PLAN_NUMBER").t("\n")
    b.f("ACC|⟨ad:DATE_TIME⟩|02^Motor vehicle accident|⟨loc:LOCATION⟩\n", ad=f"{c.d_event():%Y%m%d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}", loc=c.city_str(with_region=True))
    return b


def k_fhir(r):
    c = Ctx(r, "US"); b = Builder()
    p, ec = c.person(), c.person()
    a = c.addr(country=False)
    b.f('{\n  "resourceType": "Patient",\n  "id": "⟨id⟩",\n  "meta": {"versionId": "⟨vi⟩", "lastUpdated": "⟨lu⟩"},\n', id=gen_uuid(r), vi=r.randint(1, 9), lu=log_ts(r, 4))
    b.f('  "identifier": [{"type": {"text": "MRN"}, "system": "⟨sys:URL⟩", "value": "⟨mrn:MEDICAL_RECORD_NUMBER⟩"}],\n',
        sys=r.choice(["https://fhir.mercyhealth.org/sid/mrn", "https://ehr.valleygeneral.org/identifiers/mrn"]), mrn=c.mrn())
    b.f('  "name": [{"use": "official", "family": "⟨fam:PERSON⟩", "given": ["⟨giv:PERSON⟩"]}],\n', fam=p.surname, giv=p.given)
    b.f('  "telecom": [{"system": "phone", "value": "⟨ph:PHONE_NUMBER⟩", "use": "mobile"}, {"system": "email", "value": "⟨em:EMAIL_ADDRESS⟩"}],\n',
        ph=c.phone(), em=c.email(p))
    b.f('  "gender": "⟨g⟩",\n  "birthDate": "⟨dob:DATE_OF_BIRTH⟩",\n', g="female" if p.sex == "f" else "male", dob=c.d_birth().isoformat())
    b.f('  "address": [{"use": "home", "line": ["⟨ln:ADDRESS⟩"], "city": "⟨ci:LOCATION⟩", "state": "⟨st:LOCATION⟩", "postalCode": "⟨z⟩"}],\n',
        ln=a["street"], ci=a["city"], st=a["region"], z=a["postcode"])
    b.f('  "contact": [{"relationship": [{"text": "⟨rel⟩"}], "name": {"text": "⟨ecn:PERSON⟩"}, "telecom": [{"system": "phone", "value": "⟨ecp:PHONE_NUMBER⟩"}]}],\n',
        rel=r.choice(["spouse", "mother", "friend", "son"]), ecn=c.nm(ec, "full"), ecp=c.phone())
    b.f('  "extension": [{"url": "⟨xu:URL⟩", "valueDateTime": "⟨ad:DATE_TIME⟩"}]\n}\n',
        xu="https://fhir.autoinsure-link.org/StructureDefinition/mva-accident-date", ad=f"{c.d_event().isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00-06:00")
    return b


def k_ini_config(r):
    c = Ctx(r, "US"); b = Builder()
    dealer, dom = _dealer(r)
    b.f("; ⟨dl⟩ - dealer portal integration\n; generated by setup wizard ⟨v⟩\n\n[general]\ndealer_code = ⟨dc⟩\ntimezone = ⟨tz⟩\nlog_level = INFO\n\n",
        dl=dealer, v=gen_version(r), dc=_rs(r, DIG, 5), tz=r.choice(["America/Denver", "America/Chicago", "America/New_York"]))
    b.f("[dms]\nhost = ⟨ip:IP_ADDRESS⟩\nport = 1433\nuser = svc_portal\npassword = ⟨pw:PASSWORD⟩\n\n", ip=gen_ipv4(r, True), pw=gen_password(r))
    b.f("[oem_api]\nbase_url = ⟨u:URL⟩\nclient_id = ⟨cid⟩\nclient_secret = ⟨cs:GENERIC_SECRET⟩\n\n",
        u=r.choice(["https://api.oem-connect.net/v3", "https://dealer.partnerlink.com/api"]), cid=gen_uuid(r), cs=gen_generic(r, r.choice(["tok", "b64", "hex40"])))
    b.f("[smtp]\nserver = smtp.office365.com\nusername = ⟨e:EMAIL_ADDRESS⟩\npassword = ⟨pw:PASSWORD⟩\n\n", e=c.email(None, dom), pw=gen_password(r))
    if r.random() < 0.6:
        b.f("[aws]\naccess_key = ⟨a:AWS_ACCESS_KEY⟩\nsecret_key = ⟨s:AWS_SECRET_KEY⟩\nbucket = deal-jackets-⟨dc⟩\n\n", a=gen_aws_access(r), s=gen_aws_secret(r), dc=_rs(r, DIG, 4))
    else:
        b.t("[aws]\naccess_key = ${AWS_ACCESS_KEY_ID}\nsecret_key = ${AWS_SECRET_ACCESS_KEY}\n\n")
    b.f("[notify]\nescalation_contact = ⟨n:PERSON⟩\nescalation_phone = ⟨ph:PHONE_NUMBER⟩\n", n=c.nm(c.person(), "full"), ph=c.phone())
    return b


def k_fuel_card_statement(r):
    c = Ctx(r, "US"); b = Builder()
    mgr = c.person()
    d1 = c.d_event()
    d2 = d1 + _dt.timedelta(days=29)
    b.f("⟨pv⟩ FLEET CARD - MONTHLY STATEMENT\nAccount: ⟨ac:ACCOUNT_NUMBER⟩      Billing period: ⟨d1:DATE_TIME⟩ - ⟨d2:DATE_TIME⟩\nCompany: ⟨co⟩   Fleet manager: ⟨m:PERSON⟩\n\n",
        pv=r.choice(["WEX", "FleetCor", "Voyager", "Comdata"]), ac=c.acct(), d1=c.date(d1, style=3), d2=c.date(d2, style=3),
        co=r.choice(["McKinnon Fleet Services", "Ironwood Logistics", "Blue Ox Freight"]), m=c.nm(mgr, "full"))
    b.t(f"{'Card':<10}{'Driver':<24}{'Date':<12}{'Location':<20}{'Gal':>7}{'Amount':>10}\n")
    for _ in range(r.randint(4, 7)):
        d = c.person()
        nm = c.nm(d, r.choice(["upper", "full", "lf"]))
        ci = c.city()
        loc = f"{ci[0]}, {ci[1]}"
        b.t(f"{'*' * 4 + _rs(r, DIG, 4):<10}"); b.e(nm, "PERSON"); b.t(" " * max(1, 24 - len(nm)))
        b.e(c.date(c.after(d1, 0, 29), style=3), "DATE_TIME"); b.t("  "); b.e(loc, "LOCATION"); b.t(" " * max(1, 20 - len(loc)))
        g = r.uniform(8, 60)
        b.t(f"{g:>7.1f}{g * r.uniform(3.1, 4.9):>10.2f}\n")
    b.f("\nExceptions flagged: ⟨x⟩ (fuel type mismatch / off-hours). Questions: ⟨ph:PHONE_NUMBER⟩\n", x=r.randint(0, 3), ph=c.phone("toll"))
    return b


def k_tow_ticket(r):
    c = Ctx(r, "US"); b = Builder()
    p, drv = c.person(), c.person()
    b.f("TOW DISPATCH TICKET #⟨t⟩    Account: ⟨ac⟩    Priority: ⟨pr⟩\nCall type: ⟨ct⟩\n\n", t=_rs(r, DIG, 7), ac=r.choice(["AAA", "Agero", "CASH", "PD ROTATION"]),
        pr=r.choice(["P1", "P2", "P3"]), ct=r.choice(["Accident - non-injury", "Breakdown", "Private property impound", "Lockout"]))
    b.f("Caller: ⟨n:PERSON⟩   Callback: ⟨ph:PHONE_NUMBER⟩\nPickup: ⟨pu:ADDRESS⟩\nDrop-off: ⟨sh⟩, ⟨do:ADDRESS⟩\n",
        n=c.nm(p, r.choice(["full", "lf", "upper"])), ph=c.phone(), pu=c.addr(country=False)["one"], sh=r.choice(["Redline Collision Center", "Cedar Valley Ford service", "owner's residence"]),
        do=c.addr(country=False)["one"])
    b.f("Vehicle: ⟨v⟩  Color ⟨col⟩  Plate ⟨pl⟩  VIN ⟨vin⟩\nKeys: ⟨k⟩   AWD: ⟨awd⟩   Neutral: yes\n", v=gen_vehicle(r), col=r.choice(["BLK", "WHT", "BLU"]),
        pl=gen_plate(r, "US"), vin=gen_vin(r), k=r.choice(["with customer", "in ignition", "lockbox at shop"]), awd=r.choice(["yes - flatbed only", "no"]))
    b.f("Assigned: ⟨dv:PERSON⟩ (truck ⟨tr⟩)   ETA: ⟨eta:DATE_TIME⟩   Miles: ⟨mi⟩\n", dv=c.nm(drv, r.choice(["first", "full"])), tr=r.randint(1, 30), eta=c.time(), mi=r.randint(2, 80))
    b.f("Notes: customer will wait at ⟨w⟩; dog ⟨pet⟩ in the car. Police case ⟨pc⟩. Collect ⟨amt⟩ on delivery.\n", w=r.choice(["the gas station", "the vehicle", "the lobby"]),
        pet=r.choice(PETS), pc=f"{r.randint(23, 26)}-{_rs(r, DIG, 6)}", amt=money(r, "en", 75, 450))
    return b


def k_finance_contract(r):
    c = Ctx(r, "US"); b = Builder()
    by = c.person(); dealer, dom = _dealer(r)
    b.f("RETAIL INSTALLMENT SALE CONTRACT - SIMPLE FINANCE CHARGE          Contract No. ⟨cn⟩\n\n", cn=_rs(r, DIG, 8))
    b.f("Buyer: ⟨n:PERSON⟩   SSN: ⟨ssn:US_SSN⟩\nAddress: ⟨ad:ADDRESS⟩\n", n=c.nm(by, r.choice(["full", "mid", "upper"])), ssn=gen_ssn(r), ad=c.addr(country=False)["one"])
    if r.random() < 0.5:
        cb = c.person()
        b.f("Co-Buyer: ⟨n:PERSON⟩   SSN: XXX-XX-⟨l4⟩\n", n=c.nm(cb, "full"), l4=_rs(r, DIG, 4))
    b.f("Seller-Creditor: ⟨d⟩, ⟨da:ADDRESS⟩\n\n", d=dealer, da=c.addr(country=False)["one"])
    apr = r.uniform(1.9, 17.9); amt = r.uniform(9000, 60000); n = r.choice([36, 48, 60, 72, 84])
    pay = amt * (apr / 1200) / (1 - (1 + apr / 1200) ** -n)
    b.t(f"ANNUAL PERCENTAGE RATE {apr:.2f}% | FINANCE CHARGE ${pay * n - amt:,.2f} | Amount Financed ${amt:,.2f} | Total of Payments ${pay * n:,.2f}\n")
    b.f("Payment schedule: ⟨n⟩ monthly payments of ⟨p⟩ beginning ⟨fd:DATE_TIME⟩.\nVehicle: ⟨v⟩  VIN ⟨vin⟩  New/Used: ⟨nu⟩\n", n=n, p=f"${pay:,.2f}",
        fd=c.date(style=r.choice([0, 3])), v=gen_vehicle(r), vin=gen_vin(r), nu=r.choice(["Used", "New"]))
    b.f("Contract date: ⟨cd:DATE_TIME⟩. Assigned to ⟨lender⟩, loan account ⟨la:ACCOUNT_NUMBER⟩.\nGAP: ⟨gap⟩   Service contract: ⟨sc⟩\n",
        cd=c.date(), lender=r.choice(["Ally Financial", "Capital One Auto Finance", "Westlake Financial", "a local credit union"]), la=c.acct(),
        gap=money(r, "en", 400, 1100), sc=r.choice(["declined", money(r, "en", 1200, 3500)]))
    return b


def k_gps_tracker_sms(r):
    c = Ctx(r, "US"); b = Builder()
    sim = c.phone()
    owner = c.person()
    b.f("Tracker SMS console - device ⟨imei⟩ (SIM ⟨sim:PHONE_NUMBER⟩) - owner ⟨o:PERSON⟩\n\n", imei=_rs(r, DIG, 15), sim=sim, o=c.nm(owner, "full"))
    _ser = iter(log_series(r, 14, 1))
    ts = lambda: next(_ser)[:19]
    old, new = _rs(r, DIG, 6), _rs(r, DIG, 6)
    b.f("⟨t⟩ OUT  PWD,⟨o:PASSWORD⟩,⟨n:PASSWORD⟩#\n⟨t2⟩ IN   PWD OK\n", t=ts(), o=old, n=new, t2=ts())
    b.f("⟨t⟩ OUT  SERVER,0,⟨ip:IP_ADDRESS⟩,⟨pt⟩,0#\n⟨t2⟩ IN   SERVER OK\n", t=ts(), ip=gen_ipv4(r, False), pt=r.choice([5023, 5013, 7700]), t2=ts())
    b.f("⟨t⟩ OUT  APN,⟨apn⟩,,#\n⟨t2⟩ IN   APN OK\n", t=ts(), apn=r.choice(["fleetm2m.net", "iot.1nce.net", "hologram"]), t2=ts())
    b.f("⟨t⟩ OUT  SOS,A,⟨s:PHONE_NUMBER⟩#\n⟨t2⟩ IN   SOS OK\n", t=ts(), s=c.phone(), t2=ts())
    b.f("⟨t⟩ OUT  WHERE#\n⟨t2⟩ IN   Lat:N⟨la⟩,Lon:W⟨lo⟩,Course:⟨cr⟩,Speed:⟨sp⟩km/h,GPS fixed\n", t=ts(), t2=ts(), la=f"{r.uniform(25, 48):.6f}", lo=f"{r.uniform(71, 122):.6f}",
        cr=f"{r.uniform(0, 359):.2f}", sp=f"{r.uniform(0, 110):.1f}")
    b.f("⟨t⟩ OUT  TIMER,⟨a⟩,⟨bb⟩#\n⟨t2⟩ IN   TIMER OK, firmware ⟨fw⟩\n", t=ts(), a=r.choice([10, 30, 60]), bb=r.choice([180, 300, 600]), t2=ts(), fw="GT06N_" + gen_version(r))
    return b


def k_app_support_ticket(r):
    c = Ctx(r, r.choice(["US", "US", "GB"])); b = Builder()
    p, ag = c.person(), c.person()
    b.f("Ticket #⟨t⟩ | Priority: ⟨pr⟩ | Channel: email | Product: ⟨app⟩ ⟨v⟩ (⟨os⟩)\n", t=_rs(r, DIG, 7), pr=r.choice(["P2", "P3"]),
        app=r.choice(["MyCar Connect", "DriveLink", "RemoteStart+"]), v=gen_version(r), os=r.choice(["iOS 17.4", "Android 14", "iOS 16.7"]))
    b.f("Requester: ⟨n:PERSON⟩ <⟨e:EMAIL_ADDRESS⟩>\nAccount #: ⟨ac:ACCOUNT_NUMBER⟩   Vehicle: ⟨veh⟩\nSubject: Remote start stopped working after password reset\n\n",
        n=c.nm(p, "full"), e=c.email(p), ac=c.acct(), veh=gen_vehicle(r))
    b.f("Hi, I reset my password on ⟨d:DATE_TIME⟩ and since then the app says \"vehicle offline\". My wife ⟨w:PERSON⟩ can still use it on her phone. "
        "Please call me on ⟨ph:PHONE_NUMBER⟩.\n\n", d=c.date(weekday=r.random() < 0.3), w=c.person().given, ph=c.phone())
    b.f("--- internal note (agent ⟨a:PERSON⟩) ---\nLogin attempts from ⟨ip1:IP_ADDRESS⟩ and ⟨ip2:IP_ADDRESS⟩, account locked after 5 failures. "
        "Unlocked and issued temporary password ⟨pw:PASSWORD⟩ (expires in 24h). TCU firmware ⟨fw⟩ needs re-provisioning; escalated to L2 (case ⟨cs⟩).\n"
        "KB: ⟨u:URL⟩\n", a=c.nm(ag, r.choice(["first", "full"])), ip1=gen_ip(r), ip2=gen_ip(r), pw=gen_password(r), fw=gen_version(r), cs=_rs(r, DIG, 8),
        u=r.choice(["https://help.mycarconnect.com/kb/remote-start-offline", "https://support.drivelink.io/articles/36021"]))
    return b


def k_warranty_xml(r):
    c = Ctx(r, "US"); b = Builder()
    cu, tech = c.person(), c.person(); dealer, dom = _dealer(r)
    b.f('<?xml version="1.0"?>\n<WarrantyClaim xmlns="urn:oem:warranty:v2" schemaVersion="⟨sv⟩">\n  <DealerCode>⟨dc⟩</DealerCode>\n  <ClaimNumber>⟨cn⟩</ClaimNumber>\n'
        '  <RepairOrder>⟨ro⟩</RepairOrder>\n  <VIN>⟨vin⟩</VIN>\n  <RepairDate>⟨rd:DATE_TIME⟩</RepairDate>\n  <Mileage unit="mi">⟨mi⟩</Mileage>\n',
        sv=gen_version(r), dc=_rs(r, DIG, 5), cn=_rs(r, UP, 1) + _rs(r, DIG, 8), ro=_rs(r, DIG, 6), vin=gen_vin(r), rd=c.d_event().isoformat(), mi=r.randint(200, 99000))
    b.f('  <Customer>\n    <Name>⟨n:PERSON⟩</Name>\n    <Phone>⟨ph:PHONE_NUMBER⟩</Phone>\n  </Customer>\n  <Technician id="T⟨tid⟩">⟨t:PERSON⟩</Technician>\n',
        n=c.nm(cu, r.choice(["full", "upper", "lf"])), ph=c.phone(), tid=_rs(r, DIG, 4), t=c.nm(tech, "full"))
    b.f('  <Labor opCode="⟨op⟩" hours="⟨h⟩"/>\n  <Part number="⟨pn⟩" qty="1" causal="true"/>\n  <Complaint>⟨cp⟩</Complaint>\n  <Cause>⟨ca⟩</Cause>\n'
        '  <Correction>⟨co⟩</Correction>\n  <SubmittedBy>⟨e:EMAIL_ADDRESS⟩</SubmittedBy>\n</WarrantyClaim>\n', op=_rs(r, UP, 2) + _rs(r, DIG, 4), h=f"{r.uniform(0.3, 6):.1f}",
        pn=gen_part(r), cp=r.choice(["Customer states MIL on", "Water leak at sunroof", "Infotainment reboots while driving"]),
        ca=f"DTC {gen_dtc(r)} stored, " + r.choice(["faulty sensor", "clogged drain tube", "software fault"]), co=r.choice(["Replaced sensor, cleared codes", "Cleared drain, water tested OK", "Reflashed module to " + gen_version(r)]),
        e=c.email(c.person(), dom))
    return b


def k_police_report_ocr(r):
    c = Ctx(r, "US"); b = Builder()
    o = lambda s: _ocr(r, s, 0.07)
    cs = c.city()
    b.t(o("STATE OF ")); b.e(cs[2].upper(), "LOCATION"); b.t(o(" TRAFFIC CRASH REPORT        page 1 of 3\n"))
    b.t(o("Agency: ")); b.e(cs[0].upper(), "LOCATION"); b.t(o(" POLICE DEPT   Case No. ") + f"{r.randint(23, 26)}-{_rs(r, DIG, 6)}\n")
    b.t(o("Crash date: ")); b.e(c.date(style=3), "DATE_TIME"); b.t(o("   Time: ")); b.e(c.time(1), "DATE_TIME")
    b.t(o("   Location: ") + r.choice(["MAIN ST", "OAK AVE", "SR 9"]) + " @ " + r.choice(["ELM ST", "5TH AVE", "MILL RD"]) + ", "); b.e(cs[0].upper(), "LOCATION"); b.t("\n\n")
    for unit in (1, 2):
        p = c.person()
        b.t(o(f"UNIT {unit}  DRIVER: ")); b.e(c.nm(p, r.choice(["upper", "lf"])).upper(), "PERSON")
        b.t(o("   DOB: ")); b.e(c.dob(style=3), "DATE_OF_BIRTH"); b.t("\n")
        b.t(o("   DL#: ")); st = r.choice(["CA", "TX", "FL", "IL", "NY"]); b.e(c.dl(state=st), "DRIVER_LICENSE"); b.t(o("  ST: ")); b.e(st, "LOCATION")
        b.t(o("   PHONE: ")); b.e(c.phone(), "PHONE_NUMBER"); b.t("\n")
        b.t(o("   ADDRESS: ")); b.e(c.addr(country=False)["one"].upper(), "ADDRESS"); b.t("\n")
        b.t(o("   VEH: ") + gen_vehicle(r).upper() + o("  PLATE: ") + gen_plate(r, "US") + o("  VIN: ") + gen_vin(r) + "\n")
        b.t(o("   INS: ") + r.choice(["GEICO", "STATE FARM", "PROGRESSIVE", "NONE"]) + o("  POL# ") + _rs(r, UP, 2) + _rs(r, DIG, 8) + "\n\n")
    b.t(o("NARRATIVE: UNIT 2 FAILED TO YIELD WHILE TURNING LEFT AND STRUCK UNIT 1. NO INJURIES REPORTED. BOTH VEHICLES TOWED.\n"))
    b.t(o("REPORTING OFFICER: ")); b.e(c.nm(c.person(), "upper"), "PERSON"); b.t(o("  BADGE ") + _rs(r, DIG, 4) + "\n")
    return b


def k_stripe_webhook(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person(); a = c.addr(country=False)
    b.f("POST /webhooks/stripe HTTP/1.1\nHost: api.mycarconnect.com\nStripe-Signature: t=⟨t⟩,v1=⟨sig⟩\nContent-Type: application/json\n\n",
        t=r.randint(1_690_000_000, 1_760_000_000), sig=gen_sha(r, 64))
    b.f('{"id":"evt_⟨e⟩","type":"invoice.payment_failed","data":{"object":{"id":"in_⟨i⟩","customer":"cus_⟨cu⟩",'
        '"customer_email":"⟨em:EMAIL_ADDRESS⟩","customer_name":"⟨n:PERSON⟩","customer_phone":"⟨ph:PHONE_NUMBER⟩",'
        '"customer_address":{"line1":"⟨l1:ADDRESS⟩","city":"⟨ci:LOCATION⟩","state":"⟨st:LOCATION⟩","postal_code":"⟨z⟩","country":"US"},'
        '"amount_due":⟨amt⟩,"currency":"usd","description":"Connected services - ⟨plan⟩","hosted_invoice_url":"⟨u:URL⟩"}}}\n\n',
        e=_rs(r, ALNUM, 24), i=_rs(r, ALNUM, 24), cu=_rs(r, ALNUM, 14), em=c.email(p), n=c.nm(p, "full"), ph=c.phone(), l1=a["street"], ci=a["city"], st=a["region"],
        z=a["postcode"], amt=r.choice([999, 1499, 2999, 14900]), plan=r.choice(["Remote Start annual", "Wi-Fi hotspot monthly", "Premium telematics"]),
        u="https://invoice.stripe.com/i/acct_" + _rs(r, ALNUM, 16) + "/live_" + _rs(r, ALNUM, 40))
    b.f("# handler settings (config/stripe.py)\nSTRIPE_API_KEY = \"⟨k:STRIPE_KEY⟩\"\nSTRIPE_ENDPOINT_SECRET = \"⟨w:GENERIC_SECRET⟩\"\n", k=gen_stripe(r), w=gen_generic(r, "whsec"))
    return b


def k_sql_dump(r):
    c = Ctx(r, "US"); b = Builder()
    b.f("-- MySQL dump 10.13  Distrib 8.0.⟨v⟩, for Linux (x86_64)\n--\n-- Host: ⟨ip:IP_ADDRESS⟩    Database: dealer_crm\n-- ------------------------------------------------------\n"
        "LOCK TABLES `customers` WRITE;\nINSERT INTO `customers` (`id`,`first_name`,`last_name`,`email`,`phone`,`dob`,`dl_number`,`street`,`city`,`state`,`created_epoch`) VALUES\n",
        v=r.randint(20, 40), ip=gen_ipv4(r, True))
    n = r.randint(2, 4)
    for i in range(n):
        p = c.person()
        while "'" in p.given + p.surname:
            p = c.person()
        a = c.addr(country=False)
        b.f("(⟨id⟩,'⟨fn:PERSON⟩','⟨ln:PERSON⟩','⟨em:EMAIL_ADDRESS⟩','⟨ph:PHONE_NUMBER⟩','⟨dob:DATE_OF_BIRTH⟩','⟨dl:DRIVER_LICENSE⟩','⟨st:ADDRESS⟩','⟨ci:LOCATION⟩','⟨rg:LOCATION⟩',⟨ce⟩)⟨e⟩\n",
            id=r.randint(1000, 99999), fn=p.given, ln=p.surname,
            em=c.email(p), ph=c.phone(), dob=c.d_birth().isoformat(), dl=c.dl(p), st=a["street"], ci=a["city"], rg=a["region"],
            ce=r.randint(1_600_000_000, 1_760_000_000), e="," if i < n - 1 else ";")
    b.f("-- QA fixture row, do not migrate\nINSERT INTO `customers_test` (`id`,`ssn`,`card`) VALUES (1,'⟨bs⟩','⟨bc⟩');\nUNLOCK TABLES;\n", bs=bad_ssn(r), bc=bad_card(r).replace(" ", ""))
    return b


def k_voicemail(r):
    c = Ctx(r, "US"); b = Builder()
    p = c.person()
    b.f("Voicemail transcription (confidence ⟨cf⟩)\nFrom: ⟨ph:PHONE_NUMBER⟩   Mailbox: Service Desk ext. ⟨ext⟩   Duration: 0:⟨dur⟩\n\n",
        cf=f"0.{r.randint(62, 97)}", ph=c.phone(), ext=r.randint(200, 299), dur=r.randint(21, 59))
    b.f("\"hi um this is ⟨n:PERSON⟩ calling about my ⟨v⟩ it's been at your shop since ⟨d:DATE_TIME⟩ and nobody has called me back. "
        "the guy ⟨adv:PERSON⟩ said the part would be in by ⟨d2:DATE_TIME⟩ but i haven't heard anything. my repair order is ⟨ro⟩. "
        "you can reach me at ⟨cb:PHONE_NUMBER⟩ anytime after ⟨t:DATE_TIME⟩. thanks bye\"\n\n",
        n=c.nm(p, r.choice(["lower", "lower", "full"])), v=gen_vehicle(r).lower(), d=c.date(style=r.choice([0, 1])), adv=c.person().given.lower(),
        d2=c.date(style=0), ro=_rs(r, DIG, 6), cb=c.phone(), t=c.time(2))
    b.t("Transcribed by VoiceBox " + gen_version(r) + ". Audio retained 30 days.\n")
    return b


def k_tcu_provisioning(r):
    c = Ctx(r, "US"); b = Builder()
    dev = _rs(r, DIG, 15)
    b.f("# TCU provisioning bundle - device ⟨d⟩ (⟨fl⟩)\n# generated by fleet-pki ⟨v⟩, serial ⟨sn⟩\ndevice:\n  imei: \"⟨d⟩\"\n  vin: ⟨vin⟩\n  firmware: ⟨fw⟩\n",
        d=dev, fl=r.choice(["McKinnon Fleet Services", "Pinnacle Rentals", "Ironwood Logistics"]), v=gen_version(r), sn=_rs(r, HEX, 16), vin=gen_vin(r), fw=gen_version(r))
    b.f("mqtt:\n  broker: ⟨ip:IP_ADDRESS⟩\n  port: 8883\n  username: tcu-⟨d⟩\n  password: ⟨pw:PASSWORD⟩\n", ip=gen_ip(r), d=dev[-6:], pw=gen_password(r))
    cert = base64.b64encode(bytes.fromhex("3082") + _rbytes(r, 180)).decode()
    b.t("tls:\n  client_cert: |\n    -----BEGIN CERTIFICATE-----\n")
    for i in range(0, len(cert), 64):
        b.t("    " + cert[i:i + 64] + "\n")
    b.t("    -----END CERTIFICATE-----\n  client_key: |\n    ")
    pem = gen_pem(r, r.choice(["EC PRIVATE KEY", "PRIVATE KEY", "RSA PRIVATE KEY"]))
    b.e(pem.replace("\n", "\n    "), "PRIVATE_KEY")
    b.f("\nsupport:\n  contact: ⟨n:PERSON⟩\n  phone: ⟨ph:PHONE_NUMBER⟩\n", n=c.nm(c.person(), "full"), ph=c.phone())
    return b


def k_uk_mot_reminder(r):
    c = Ctx(r, "GB"); b = Builder()
    p, rc = c.person(), c.person()
    garage = r.choice(["Kwik Motors", "Halfords Autocentre", "Pennant Vehicle Services", "Wheatley & Daughters Garage"])
    gdom = r.choice(["kwikmotors.co.uk", "pennantvs.co.uk", "wheatleygarage.co.uk"])
    pl = gen_plate(r, "GB")
    b.f("From: ⟨e:EMAIL_ADDRESS⟩\nSubject: MOT due soon - ⟨pl⟩\n\nDear ⟨t⟩⟨sn:PERSON⟩,\n\n", e=f"reminders@{gdom}", pl=pl, t=c.title(p), sn=p.surname)
    b.f("The MOT certificate for your ⟨v⟩ (⟨pl⟩) expires on ⟨d:DATE_TIME⟩. It is illegal to drive without a valid MOT unless you are driving to a "
        "pre-booked test.\n\n", v=r.choice(["Vauxhall Corsa", "Ford Fiesta", "Nissan Qashqai", "MINI Cooper", "Land Rover Discovery"]), pl=pl, d=c.date(style=0))
    b.f("Your last MOT (test number ⟨tn⟩) was on ⟨ld:DATE_TIME⟩ at ⟨mi⟩ miles with these advisories:\n - Nearside front tyre worn close to legal limit (5.2.3 (e))\n"
        " - Oil leak, but not excessive\n\n", tn=f"{_rs(r, DIG, 4)} {_rs(r, DIG, 4)} {_rs(r, DIG, 4)}", ld=c.date(), mi=f"{r.randint(12, 140)},{r.randint(100, 999)}")
    b.f("Book online at ⟨u:URL⟩ or ring us on ⟨ph:PHONE_NUMBER⟩. You'll find us at ⟨ad:ADDRESS⟩. MOT fee: £54.85.\n\nKind regards,\n\n⟨n:PERSON⟩\nService Reception, ⟨g⟩\n",
        u=f"https://www.{gdom}/book-mot", ph=c.phone(), ad=c.addr(country=False)["one"], n=c.nm(rc, "full"), g=garage)
    return b


def k_uk_v5c_ocr(r):
    c = Ctx(r, "GB"); b = Builder()
    p = c.person()
    o = lambda s: _ocr(r, s, 0.05)
    b.t(o("V5C  Vehicle Registration Certificate   DVLA\n"))
    b.t(o("Document reference number ") + _rs(r, DIG, 11) + "\n")
    b.t(o("A  Registration number    ") + gen_plate(r, "GB") + "\n")
    b.t(o("B  Date of first registration  ")); b.e(c.date(_dt.date(r.randint(2008, 2023), r.randint(1, 12), r.randint(1, 28)), style=3), "DATE_TIME"); b.t("\n")
    b.t(o("C1 Registered keeper\n   "))
    b.t(r.choice(["MR ", "MRS ", "MS ", "DR "])); b.e(c.nm(p, "upper").upper(), "PERSON"); b.t("\n   ")
    b.e(c.addr(country=False)["multi"].upper().replace("\n", "\n   "), "ADDRESS"); b.t("\n")
    b.t(o("   Date of acquisition  ")); b.e(c.date(style=3), "DATE_TIME"); b.t("\n")
    b.t(o("D.1 Make  ") + r.choice(["VAUXHALL", "FORD", "VOLKSWAGEN", "BMW", "KIA"]) + o("   D.3 Model  ") + r.choice(["CORSA SE", "FOCUS ZETEC", "GOLF MATCH", "PICANTO 2"]) + "\n")
    b.t(o("E  VIN/Chassis  ") + gen_vin(r) + o("   P.1 Cylinder capacity  ") + str(r.choice([999, 1199, 1498, 1968])) + " cc\n")
    b.t(o("V.7 CO2 ") + str(r.randint(95, 210)) + o(" g/km   Previous keepers: ") + str(r.randint(0, 5)) + "\n")
    return b


def k_sms_thread(r):
    c = Ctx(r, "US"); b = Builder()
    p, adv, sp = c.person(), c.person(), c.person()
    dealer, dom = _dealer(r)
    b.f("Messages with ⟨ph:PHONE_NUMBER⟩\n\n", ph=c.phone())
    b.f("[Advisor] Hi ⟨n:PERSON⟩, it's ⟨a:PERSON⟩ at ⟨d⟩ Service. Your ⟨v⟩ is ready. Total due is ⟨amt⟩. We close at ⟨cl:DATE_TIME⟩ today.\n",
        n=p.given, a=adv.given, d=dealer, v=gen_vehicle(r).split(" ", 1)[1], amt=money(r, "en", 60, 1800), cl=fmt_time(r, r.choice([17, 18, 19]), 0, "en", 0))
    b.f("[Customer] great thanks! can my ⟨rel⟩ ⟨sp:PERSON⟩ pick it up? ⟨pr⟩ off at ⟨t:DATE_TIME⟩\n", rel=r.choice(["husband", "wife", "son", "daughter", "partner"]),
        sp=c.nm(sp, r.choice(["first", "full", "lower"])), pr=r.choice(["they're", "they get"]), t=c.time(2))
    b.f("[Advisor] Of course, just bring a driver's license. You can also pay ahead here: ⟨u:URL⟩\n", u=f"https://pay.{dom}/ro/{_rs(r, DIG, 6)}")
    b.f("[Customer] paid. also can you book the next oil change for ⟨d:DATE_TIME⟩?\n[Advisor] You're booked for ⟨dt:DATE_TIME⟩ with ⟨a2:PERSON⟩. Reply STOP to opt out.\n",
        d=c.date(style=r.choice([0, 1, 5])), dt=c.dt(), a2=c.nm(c.person(), "full"))
    return b


def k_python_script_leak(r):
    c = Ctx(r, "US"); b = Builder()
    dom = r.choice(DEALER_DOMAINS)
    b.f('#!/usr/bin/env python3\n"""Nightly sync: ⟨vd⟩ trips -> DMS service reminders. v⟨v⟩"""\nimport os\nimport boto3\nimport requests\n\n',
        vd=r.choice(FLEET_VENDORS), v=gen_version(r))
    b.f('VENDOR_USER = "⟨u:EMAIL_ADDRESS⟩"\nVENDOR_PASSWORD = "⟨pw:PASSWORD⟩"  # TODO move to vault\nDMS_API = "⟨api:URL⟩"\n',
        u=c.email(None, dom), pw=gen_password(r), api=f"https://dms.{dom}/api/v2")
    k = r.randrange(3)
    if k == 0:
        b.f('DMS_TOKEN = "⟨j:JWT⟩"\n', j=gen_jwt(r))
    elif k == 1:
        b.f('DMS_TOKEN = os.environ.get("DMS_TOKEN", "⟨j:GENERIC_SECRET⟩")\n', j=gen_generic(r, "tok"))
    else:
        b.t('DMS_TOKEN = os.environ["DMS_TOKEN"]\n')
    b.f('\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="⟨a:AWS_ACCESS_KEY⟩",\n    aws_secret_access_key="⟨s:AWS_SECRET_KEY⟩",\n    region_name="us-west-2",\n)\n',
        a=gen_aws_access(r), s=gen_aws_secret(r))
    if r.random() < 0.5:
        b.f('SLACK = os.getenv("SLACK_BOT_TOKEN", "⟨s:SLACK_TOKEN⟩")\n', s=gen_slack(r))
    elif r.random() < 0.5:
        b.f('OEM_SIGNING_KEY = """⟨pk:PRIVATE_KEY⟩"""\n', pk=gen_pem(r, "EC PRIVATE KEY"))
    b.t('\n\ndef main():\n    trips = requests.get(f"{DMS_API}/trips?since=24h", headers={"Authorization": f"Bearer {DMS_TOKEN}"}, timeout=30).json()\n'
        '    for t in trips:\n        if t["odometer"] - t["lastServiceOdo"] > 5000:\n            print("due", t["vin"], t["unit"])\n\n\n'
        'if __name__ == "__main__":\n    main()\n')
    return b


def k_driver_injury_report(r):
    c = Ctx(r, "US"); b = Builder()
    p, sup = c.person(), c.person()
    b.f("EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS\nEmployer: ⟨co⟩   Policy (workers' comp): ⟨wc⟩   OSHA case ⟨oc⟩\n\n",
        co=r.choice(["McKinnon Fleet Services", "Ironwood Logistics", "Pinnacle Rentals", "Summit Ridge Motors"]), wc="WC" + _rs(r, DIG, 8), oc=_rs(r, DIG, 3))
    b.f("Employee: ⟨n:PERSON⟩   Employee ID: E⟨eid⟩   Job title: ⟨jt⟩\nDate of birth: ⟨dob:DATE_OF_BIRTH⟩   SSN: ⟨ssn:US_SSN⟩\nHome address: ⟨ad:ADDRESS⟩\nPhone: ⟨ph:PHONE_NUMBER⟩\n\n",
        n=c.nm(p, r.choice(["full", "lf"])), eid=_rs(r, DIG, 5), jt=r.choice(["Delivery driver", "Lot porter", "Tow operator", "Shuttle driver", "Lube technician"]),
        dob=c.dob(), ssn=gen_ssn(r), ad=c.addr(country=False)["one"], ph=c.phone())
    b.f("Date and time of injury: ⟨dt:DATE_TIME⟩\nWhere: customer site in ⟨ci:LOCATION⟩\nWhat happened: ⟨wh⟩\n\n", dt=c.dt(), ci=c.city_str(with_region=True),
        wh=r.choice(["Employee slipped on ice while coupling a trailer and injured left wrist.", "Lift gate closed on right hand during unloading.",
                     "Strained lower back while changing a truck tire roadside."]))
    b.f("Treated at: ⟨h⟩   MRN ⟨mrn:MEDICAL_RECORD_NUMBER⟩\nTreating physician: Dr. ⟨dr:PERSON⟩\nHealth plan (secondary): ⟨hp⟩, subscriber ID ⟨hid:HEALTH_PLAN_NUMBER⟩\n",
        h=r.choice(["Mercy Regional ED", "Concentra Urgent Care", "St. Luke's Occupational Health"]), mrn=c.mrn(), dr=c.nm(c.person(), r.choice(["full", "last"])),
        hp=r.choice(["Kaiser Permanente", "Humana", "Anthem Blue Cross"]), hid=c.hpn())
    b.f("Returned to work: ⟨rw⟩   Lost days: ⟨ld⟩\nSupervisor: ⟨s:PERSON⟩, ⟨se:EMAIL_ADDRESS⟩\n", rw=r.choice(["no", "light duty"]), ld=r.randint(0, 14),
        s=c.nm(sup, "full"), se=c.email(sup, r.choice(["mckinnonfleet.com", "ironwoodlogistics.com"])))
    return b


# ---------------------------------------------------------------------------
# Document kinds -- no entities (hard negatives only)
# ---------------------------------------------------------------------------

def k_parts_tsv(r):
    b = Builder()
    b.t("part_no\tdescription\tbin\tqty_on_hand\tcost\tlist\tsupersedes\n")
    for _ in range(r.randint(6, 12)):
        b.t("\t".join([gen_part(r), r.choice(["OIL FILTER", "CABIN AIR FILTER", "BRAKE PAD SET FR", "WIPER BLADE 26IN", "SPARK PLUG IRIDIUM",
                                               "SERPENTINE BELT", "TPMS SENSOR", "ROTOR FR LH", "O2 SENSOR UPSTREAM", "COOLANT 1GAL"]),
                       f"{r.choice('ABCDEF')}{r.randint(1, 40):02d}-{r.randint(1, 9)}", str(r.randint(0, 120)), bare_money(r, 3, 300),
                       bare_money(r, 6, 520), r.choice(["", "", gen_part(r)])]) + "\n")
    b.t(f"# exported by PartsPro {gen_version(r)} - {r.randint(100, 999)} lines total, warehouse W{r.randint(1, 9)}\n")
    return b


def k_recall_bulletin(r):
    b = Builder()
    camp = f"{r.randint(22, 26)}V-{r.randint(100, 899)}"
    y0 = r.randint(2016, 2022)
    b.t(f"SAFETY RECALL CAMPAIGN {camp} / OEM campaign {_rs(r, UP, 2)}{_rs(r, DIG, 3)}\n\n")
    b.t(f"Affected vehicles: certain {y0}-{y0 + r.randint(1, 3)} {r.choice(['Kombi', 'Tessera', 'Altavista', 'Ridgeback'])} models built with "
        f"{r.choice(['fuel pump module', 'passenger airbag inflator', 'rear view camera software', 'brake master cylinder'])} part {gen_part(r)}. "
        f"Approximately {r.randint(1, 400):,},{r.randint(100, 999)} units; estimated {r.randint(1, 9)}% defect rate.\n\n")
    b.t(f"Condition: the component may fail, increasing the risk of a crash.\nRemedy: dealers will replace the component free of charge. "
        f"Labor operation {r.randint(10, 99)}{_rs(r, UP, 1)}{r.randint(100, 999)}, {r.uniform(0.3, 2.5):.1f} hr. Parts kit {gen_part(r)} (qty 1).\n\n")
    b.t(f"VIN range: {gen_vin(r)[:11]}xxxxxx through {gen_vin(r)[:11]}xxxxxx. Check VIN status in the dealer portal before retailing any used unit.\n"
        f"Claim type RC, defect code {_rs(r, DIG, 4)}, version {gen_version(r)} of this bulletin supersedes all earlier versions.\n")
    return b


def k_build_log(r):
    b = Builder()
    app = r.choice(["dms-core", "fleet-ingest", "rental-pricing", "ro-printer-service"])
    ser = iter(log_series(r, 11, r.choice([0, 1, 4])))
    bid = r.randint(1000, 9999)
    for step in ["Checking out " + gen_sha(r), f"Using node {r.randint(16, 22)}.{r.randint(0, 20)}.{r.randint(0, 9)}", "npm ci",
                 f"added {r.randint(300, 1500)} packages, audited {r.randint(300, 1600)} in {r.randint(5, 60)}s",
                 f"Running test suite ({r.randint(100, 2000)} tests)", f"PASS src/pricing/{r.choice(['apr', 'lease', 'tax'])}.test.ts ({r.uniform(0.2, 4):.2f} s)",
                 f"Coverage: {r.uniform(60, 95):.1f}% statements", f"Building image {app}:{gen_version(r)}", f"digest sha256:{gen_sha(r, 64)}",
                 f"Deploy to staging: revision {r.randint(100, 900)} healthy after {r.randint(10, 90)}s", "Build finished: SUCCESS"]:
        b.t(f"{next(ser)} [build-{bid}] {step}\n")
    return b


def k_obd_report(r):
    b = Builder()
    b.t(f"OBD-II SCAN REPORT  tool: {r.choice(['Autel MaxiSys', 'Snap-on ZEUS', 'Launch X431'])} sw {gen_version(r)}\nVIN: {gen_vin(r)}   Protocol: ISO 15765-4 CAN 11/500\n\n")
    b.t("Stored / pending codes:\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"  {gen_dtc(r)}  {r.choice(['Catalyst efficiency below threshold (Bank 1)', 'Random/multiple cylinder misfire', 'System too lean (Bank 1)', 'EVAP small leak detected', 'Crankshaft position sensor circuit'])}  [{r.choice(['stored', 'pending', 'permanent'])}]\n")
    b.t("\nFreeze frame:\n")
    for k, u, lo, hi in [("Engine RPM", "rpm", 650, 4200), ("Vehicle speed", "km/h", 0, 130), ("Coolant temp", "°C", 40, 110), ("STFT B1", "%", -15, 15),
                         ("LTFT B1", "%", -10, 20), ("MAF", "g/s", 2, 60), ("Engine load", "%", 10, 95)]:
        b.t(f"  {k:<16}{r.uniform(lo, hi):>8.1f} {u}\n")
    b.t(f"\nReadiness: MIS ok, FUEL ok, CCM ok, CAT {r.choice(['incomplete', 'ok'])}, EVAP {r.choice(['incomplete', 'ok'])}, O2S ok\n"
        f"Distance since codes cleared: {r.randint(0, 900)} km   Warm-ups: {r.randint(0, 40)}\n")
    return b


def k_maint_table(r):
    b = Builder()
    b.t("+--------+---------------------+------------+-----------+--------+\n| Unit   | Service             | Due (mi)   | Last (mi) | Status |\n"
        "+--------+---------------------+------------+-----------+--------+\n")
    for _ in range(r.randint(5, 9)):
        last = r.randint(10000, 250000)
        due = last + r.choice([5000, 7500, 10000, 30000])
        b.t(f"| {'TRK-' + str(r.randint(100, 999)):<6} | {r.choice(['Oil & filter', 'DOT annual insp.', 'Tire rotation', 'Brake inspection', 'DEF filter', 'Trans service']):<19} "
            f"| {due:>10,} | {last:>9,} | {r.choice(['OK', 'DUE', 'OVERDUE', 'OK']):<6} |\n")
    b.t("+--------+---------------------+------------+-----------+--------+\n")
    b.t(f"Fleet avg MPG {r.uniform(6, 24):.1f} | Units in shop: {r.randint(0, 6)} | Report v{gen_version(r)}\n")
    return b


def k_ev_ocpp_log(r):
    b = Builder()
    cp = f"CP-{_rs(r, UP, 3)}-{r.randint(10, 99)}"
    tx = r.randint(1000, 99999)
    msgs = [f'[2,"{gen_uuid(r)}","BootNotification",{{"chargePointVendor":"{r.choice(["ABB", "Wallbox", "Alfen", "Kempower"])}","chargePointModel":"{r.choice(["Terra 54", "Pulsar Plus", "Eve Single"])}","firmwareVersion":"{gen_version(r)}"}}]',
            f'[3,"{gen_uuid(r)}",{{"status":"Accepted","interval":300}}]',
            f'[2,"{gen_uuid(r)}","Authorize",{{"idTag":"{_rs(r, HEX.upper(), 8)}"}}]',
            f'[2,"{gen_uuid(r)}","StartTransaction",{{"connectorId":{r.randint(1, 2)},"idTag":"{_rs(r, HEX.upper(), 8)}","meterStart":{r.randint(0, 90000)}}}]',
            f'[3,"{gen_uuid(r)}",{{"transactionId":{tx},"idTagInfo":{{"status":"Accepted"}}}}]',
            f'[2,"{gen_uuid(r)}","MeterValues",{{"connectorId":1,"transactionId":{tx},"meterValue":[{{"sampledValue":[{{"value":"{r.uniform(1, 80):.2f}","unit":"kWh"}}]}}]}}]',
            f'[2,"{gen_uuid(r)}","StatusNotification",{{"connectorId":1,"errorCode":"NoError","status":"{r.choice(["Charging", "SuspendedEV", "Finishing"])}"}}]']
    for m, ts in zip(msgs, log_series(r, len(msgs), r.choice([0, 4]))):
        b.t(f"{ts} {cp} {'<-' if m.startswith('[3') else '->'} {m}\n")
    return b


# ---------------------------------------------------------------------------
# Document kinds -- other languages
# ---------------------------------------------------------------------------

def gen_bic(r, cc):
    return _rs(r, UP, 4) + cc + _rs(r, UP + DIG, 2) + r.choice(["", "XXX", _rs(r, UP + DIG, 3)])


def _mr(c, p):
    """German/French/etc. salutation prefix for p (outside the span)."""
    return c.title(p)


def k_de_werkstatt(r):
    c = Ctx(r, "DE"); b = Builder()
    p, sb = c.person(), c.person()
    firm = r.choice(["Autohaus Sommer GmbH", "Kfz-Meisterbetrieb Brandt & Söhne", "Autoservice Lindemann KG", "Autohaus am Ring"])
    b.f("⟨f⟩ · Meisterbetrieb\n⟨fa:ADDRESS⟩\nTel. ⟨ft:PHONE_NUMBER⟩ · Fax ⟨fx:PHONE_NUMBER⟩\n\n", f=firm, fa=c.addr(country=False)["one"], ft=c.phone(), fx=c.phone())
    b.f("WERKSTATTAUFTRAG Nr. ⟨nr⟩                Datum: ⟨d:DATE_TIME⟩\n\nKunde: ⟨t⟩⟨n:PERSON⟩\nAnschrift: ⟨ad:ADDRESS⟩\nTelefon: ⟨ph:PHONE_NUMBER⟩   E-Mail: ⟨em:EMAIL_ADDRESS⟩\n",
        nr=_rs(r, DIG, 6), d=c.date(style=0), t=c.title(p), n=c.nm(p, r.choice(["full", "lf"])), ad=c.addr(country=False)["one"], ph=c.phone(), em=c.email(p))
    b.f("Kundenkonto: ⟨kk:ACCOUNT_NUMBER⟩\nFahrzeug: ⟨v⟩   Kennzeichen: ⟨pl⟩   FIN: ⟨vin⟩   km-Stand: ⟨km⟩\n", kk=c.acct(), v=gen_vehicle(r), pl=gen_plate(r, "DE"), vin=gen_vin(r),
        km=f"{r.randint(5, 250)}.{r.randint(100, 999)}")
    d0 = c.d_event()
    b.f("Annahme: ⟨an:DATE_TIME⟩   Fertigstellung geplant: ⟨fe:DATE_TIME⟩\n\nAuszuführende Arbeiten:\n", an=c.dt(d0), fe=c.dt(c.after(d0, 0, 3)))
    for w in r.sample(["Inspektion nach Herstellervorgabe", "Bremsflüssigkeit wechseln", "HU/AU vorbereiten und vorführen", "Reifenwechsel inkl. Einlagerung",
                       "Klimaservice", "Fehlerspeicher auslesen (" + gen_dtc(r) + ")", "Scheibenwischer erneuern", "Zahnriemen prüfen"], 4):
        b.t(f"  - {w}  ({r.uniform(0.2, 3):.1f} AW)\n")
    b.f("\nKostenvoranschlag ca. ⟨amt⟩ inkl. MwSt. Ersatzwagen: ⟨ew⟩\nServiceberater: ⟨sb:PERSON⟩\nUnterschrift Kunde: ____________\n",
        amt=money(r, "de", 150, 2400), ew=r.choice(["ja", "nein"]), sb=c.nm(sb, "full"))
    return b


def k_de_mietwagen_email(r):
    c = Ctx(r, "DE"); b = Builder()
    p, ag = c.person(), c.person()
    br = r.choice(["Sixt", "Europcar", "Buchbinder", "Starcar"])
    cs = c.city()
    d0 = c.d_event()
    b.f("Betreff: Ihre Buchung ⟨bk⟩ - Abholung am ⟨d:DATE_TIME⟩\n\nSehr geehrte⟨x⟩ ⟨t⟩⟨sn:PERSON⟩,\n\n", bk=gen_booking(r), d=c.date(d0, style=0),
        x="" if p.sex == "f" else "r", t=c.title(p), sn=p.surname)
    b.f("vielen Dank für Ihre Reservierung bei ⟨br⟩. Abholung: ⟨pu:DATE_TIME⟩ an der Station ⟨ci:LOCATION⟩ Hauptbahnhof. Rückgabe: ⟨rt:DATE_TIME⟩ am Flughafen ⟨ap⟩.\n"
        "Fahrzeugkategorie: CDMR (z. B. VW Golf oder ähnlich), inkl. 1.500 Freikilometer.\n\n", br=br, pu=c.dt(d0), ci=cs[0], rt=c.dt(c.after(d0, 1, 14)), ap=r.choice(["FRA", "MUC", "BER", "HAM", "DUS"]))
    b.f("Bitte bringen Sie Ihren Führerschein (Nr. ⟨dl:DRIVER_LICENSE⟩) sowie die bei der Buchung verwendete Kreditkarte (⟨mc⟩) mit. "
        "Der Zusatzfahrer ⟨zf:PERSON⟩ muss ebenfalls anwesend sein.\n\n", dl=c.dl(), mc=masked_card(r), zf=c.nm(c.person(), "full"))
    b.f("Bei Fragen erreichen Sie uns unter ⟨ph:PHONE_NUMBER⟩ oder ⟨em:EMAIL_ADDRESS⟩.\n\nMit freundlichen Grüßen\n⟨ag:PERSON⟩\n⟨br⟩ Kundenservice\n",
        ph=c.phone(), em=c.email(None, br.lower() + ".de"), ag=c.nm(ag, "full"), br=br)
    return b


def k_de_zulassung_sepa(r):
    c = Ctx(r, "DE"); b = Builder()
    p = c.person(); a = c.addr(country=False)
    b.f("Antrag auf Zulassung eines Fahrzeugs - Zulassungsbehörde ⟨zb:LOCATION⟩\n\n", zb=c.city()[0])
    b.f("Halter/in (Name, Vorname): ⟨n:PERSON⟩\nGeburtsdatum: ⟨dob:DATE_OF_BIRTH⟩   Geburtsort: ⟨go:LOCATION⟩\n", n=c.nm(p, "lf"), dob=c.dob(style=r.choice([0, 2])), go=c.city()[0])
    b.f("Straße, Hausnr.: ⟨st:ADDRESS⟩\nPLZ: ⟨plz⟩   Ort: ⟨ort:LOCATION⟩\nTelefon: ⟨ph:PHONE_NUMBER⟩   E-Mail: ⟨em:EMAIL_ADDRESS⟩\n\n", st=a["street"], plz=a["postcode"], ort=a["city"],
        ph=c.phone(), em=c.email(p))
    b.f("Fahrzeug: FIN ⟨vin⟩   Wunschkennzeichen: ⟨pl⟩   eVB-Nummer: ⟨evb⟩\nFahrzeugbrief (ZB II) Nr.: ⟨zb2⟩\n\n", vin=gen_vin(r), pl=gen_plate(r, "DE"),
        evb=_rs(r, UP + DIG, 7), zb2=_rs(r, UP, 2) + _rs(r, DIG, 6))
    b.f("SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer\nGläubiger-Identifikationsnummer: DE98ZZZ09999999999   Mandatsreferenz: wird separat mitgeteilt\n"
        "Kontoinhaber/in: ⟨kn:PERSON⟩\nIBAN: ⟨ib:IBAN_CODE⟩\nBIC: ⟨bic⟩\nKreditinstitut: ⟨bk⟩\n\n", kn=c.nm(p, "full"), ib=gen_iban(r, "DE"), bic=gen_bic(r, "DE"),
        bk=r.choice(["Sparkasse", "Volksbank Raiffeisenbank", "Commerzbank", "ING"]))
    b.f("Ort, Datum: ⟨o:LOCATION⟩, ⟨d:DATE_TIME⟩        Unterschrift: ____________\n", o=a["city"], d=c.date(style=0))
    return b


def k_de_wartungsplan(r):
    b = Builder()
    b.t(f"Wartungsplan Flotte – Fahrzeugtyp {r.choice(['Transporter 2.0 TDI', 'Kastenwagen L2H2', 'Kombi 1.5 TSI'])}\nStand: Version {gen_version(r)}\n\n")
    b.t(f"{'Intervall':<14}{'Arbeit':<36}{'Teilenr.':<18}{'AW':>5}{'Preis':>12}\n")
    for _ in range(r.randint(5, 8)):
        b.t(f"{str(r.choice([15, 30, 60, 90, 120])) + '.000 km':<14}{r.choice(['Ölwechsel 5W-30', 'Luftfilter erneuern', 'Bremsflüssigkeit', 'Zahnriemen + Wasserpumpe', 'Pollenfilter', 'AdBlue-Filter', 'Zündkerzen']):<36}"
            f"{gen_part(r):<18}{r.randint(1, 30):>5}{money(r, 'de', 20, 900):>12}\n")
    b.t(f"\nHinweis: Herstellerfreigabe {_rs(r, DIG, 3)}.{_rs(r, DIG, 2)} beachten. Fehlercodes {gen_dtc(r)} / {gen_dtc(r)} nach Software-Update {gen_version(r)} ignorieren.\n")
    return b


def k_fr_devis(r):
    c = Ctx(r, "FR"); b = Builder()
    p, chef = c.person(), c.person()
    g = r.choice(["Garage Lefèvre & Fils", "Carrosserie Dumas Frères", "Garage du Centre", "Auto Service Kerlann"])
    ga = c.addr(country=False)
    b.f("⟨g⟩\n⟨ga:ADDRESS⟩\nTél. : ⟨gt:PHONE_NUMBER⟩ – SIRET ⟨si⟩\n\n⟨ci:LOCATION⟩, le ⟨d:DATE_TIME⟩\n\n⟨t⟩⟨n:PERSON⟩\n⟨ad:ADDRESS⟩\n\n",
        g=g, ga=ga["multi"], gt=c.phone(), si=f"{_rs(r, DIG, 3)} {_rs(r, DIG, 3)} {_rs(r, DIG, 3)} {_rs(r, DIG, 5)}", ci=ga["city"], d=c.date(style=1),
        t=c.title(p), n=c.nm(p, r.choice(["full", "upper"])), ad=c.addr(country=False)["multi"])
    b.f("Objet : Devis n° D-⟨no⟩ – ⟨v⟩ immatriculé ⟨pl⟩\n\nMadame, Monsieur,\n\nSuite au passage de votre véhicule le ⟨dp:DATE_TIME⟩, veuillez trouver ci-dessous notre devis :\n\n",
        no=f"{r.randint(2023, 2026)}-{_rs(r, DIG, 4)}", v=gen_vehicle(r), pl=gen_plate(r, "FR"), dp=c.date())
    tot = 0.0
    for it in r.sample(["Remplacement embrayage complet", "Disques et plaquettes AV", "Vidange + filtres", "Courroie de distribution", "Peinture pare-chocs AR",
                        "Géométrie", "Recharge climatisation"], 4):
        v = r.uniform(40, 900); tot += v
        b.t(f"  {it:<36}{v:>10.2f} €\n")
    b.t(f"  {'Total TTC':<36}{tot * 1.2:>10.2f} €\n\n")
    b.f("Ce devis est valable jusqu'au ⟨vd:DATE_TIME⟩. Pour l'accepter, répondez à ⟨em:EMAIL_ADDRESS⟩ ou appelez ⟨cn:PERSON⟩ au ⟨cp:PHONE_NUMBER⟩.\n"
        "Règlement par virement : IBAN ⟨ib:IBAN_CODE⟩ – BIC ⟨bic⟩\n\nCordialement,\n⟨cf:PERSON⟩, chef d'atelier\n", vd=c.date(style=1), em=c.email(chef, "garage-" + _rs(r, LOW, 6) + ".fr"),
        cn=chef.given, cp=c.phone(), ib=gen_iban(r, "FR"), bic=gen_bic(r, "FR"), cf=c.nm(chef, "full"))
    return b


def k_fr_depannage(r):
    c = Ctx(r, "FR"); b = Builder()
    p, cs = c.person(), c.person()
    ts = [f"[00:{m:02d}:{s:02d}]" for m, s in sorted((r.randint(0, 5), r.randint(0, 59)) for _ in range(9))]
    b.f("Transcription d'appel – ⟨ast⟩ – dossier n° ⟨no⟩\n\n", ast=r.choice(["Mondial Assistance", "Europ Assistance", "IMA", "Allianz Partners"]), no=_rs(r, DIG, 9))
    b.f("⟨t⟩ Conseillère : Assistance dépannage, ⟨cs:PERSON⟩ à l'appareil, bonjour.\n", t=ts[0], cs=cs.given)
    b.f("⟨t⟩ Client : Bonjour, je suis en panne sur l'⟨au⟩ à la sortie de ⟨ci:LOCATION⟩, la batterie est à plat je crois.\n", t=ts[1],
        au=r.choice(["A7", "A6", "A10", "A63", "A4"]), ci=c.city()[0])
    b.f("⟨t⟩ Conseillère : Êtes-vous en sécurité derrière la glissière ? Pouvez-vous me donner votre nom et votre numéro de contrat ?\n⟨t2⟩ Client : Oui. ⟨n:PERSON⟩, contrat ⟨ct⟩.\n",
        t=ts[2], t2=ts[3], n=c.nm(p, r.choice(["full", "upper"])), ct=_rs(r, DIG, 10))
    b.f("⟨t⟩ Conseillère : Merci ⟨ti⟩⟨sn:PERSON⟩. Un numéro où vous joindre ?\n⟨t2⟩ Client : ⟨ph:PHONE_NUMBER⟩.\n", t=ts[4], ti=c.title(p), sn=p.surname, t2=ts[5], ph=c.phone())
    b.f("⟨t⟩ Conseillère : Un dépanneur du garage ⟨g⟩ arrive vers ⟨h:DATE_TIME⟩. Le véhicule sera remorqué au ⟨ga:ADDRESS⟩.\n", t=ts[6],
        g=r.choice(["Dépannage Martin", "Autos Rapides", "SOS Dépann'"]), h=c.time(0), ga=c.addr(country=False)["one"])
    b.f("⟨t⟩ Client : D'accord. J'ai mon chien ⟨pet⟩ avec moi, c'est un problème ?\n⟨t2⟩ Conseillère : Non, il pourra monter dans la cabine. Bonne journée.\n",
        t=ts[7], pet=r.choice(PETS), t2=ts[8])
    return b


def k_fr_location_contrat(r):
    c = Ctx(r, "FR"); b = Builder()
    p = c.person()
    b.f("CONTRAT DE LOCATION N° ⟨no⟩ – ⟨br⟩\n\n", no=_rs(r, DIG, 10), br=r.choice(["Europcar", "Ada", "Rent A Car", "Hertz France"]))
    b.f("Conducteur principal : ⟨n:PERSON⟩\nNé(e) le : ⟨dob:DATE_OF_BIRTH⟩ à ⟨lieu:LOCATION⟩\nAdresse : ⟨ad:ADDRESS⟩\n", n=c.nm(p, "upper"), dob=c.dob(style=0), lieu=c.city()[0],
        ad=c.addr()["one"])
    b.f("Permis de conduire n° : ⟨dl:DRIVER_LICENSE⟩ délivré le ⟨dd:DATE_TIME⟩\nTéléphone : ⟨ph:PHONE_NUMBER⟩   Courriel : ⟨em:EMAIL_ADDRESS⟩\n\n", dl=c.dl(),
        dd=c.date(_dt.date(r.randint(1990, 2022), r.randint(1, 12), r.randint(1, 28)), style=0), ph=c.phone(), em=c.email(p))
    d0 = c.d_event()
    b.f("Départ : ⟨dp:DATE_TIME⟩ – Agence ⟨ag:LOCATION⟩ Gare\nRetour prévu : ⟨rt:DATE_TIME⟩\n", dp=c.dt(d0), ag=c.city()[0], rt=c.dt(c.after(d0, 1, 21)))
    b.f("Véhicule : ⟨v⟩, immatriculation ⟨pl⟩, kilométrage départ ⟨km⟩ km, carburant 8/8\nCarte bancaire : ⟨cb:CREDIT_CARD⟩ (empreinte ⟨amt⟩)\nFranchise : ⟨fr⟩\n",
        v=r.choice(["Renault Clio", "Peugeot 208", "Citroën C3", "Dacia Sandero"]), pl=gen_plate(r, "FR"), km=f"{r.randint(1, 90)} {_rs(r, DIG, 3)}",
        cb=gen_card(r), amt=money(r, "fr", 300, 1500), fr=money(r, "fr", 800, 2000))
    b.t("Le locataire reconnaît avoir pris connaissance des conditions générales.\n")
    return b


def k_fr_journal(r):
    b = Builder()
    for ts in log_series(r, r.randint(7, 11), 1):
        b.t(f"{ts} {r.choice(['INFO', 'INFO', 'WARN', 'ERREUR'])} [planning-atelier] " + r.choice([
            f"rendez-vous créé id={r.randint(10000, 99999)} pont={r.randint(1, 8)} durée={r.choice([30, 45, 60, 90])} min",
            f"synchronisation DMS terminée: {r.randint(1, 400)} ordres de réparation, {r.randint(0, 9)} rejets",
            f"VIN {gen_vin(r)} inconnu du catalogue, version catalogue {gen_version(r)}",
            f"code défaut {gen_dtc(r)} remonté par boîtier télématique {_rs(r, HEX, 12)}",
            f"facture F{r.randint(2023, 2026)}-{_rs(r, DIG, 5)} générée montant={bare_money(r, 50, 3000)} EUR",
            f"file d'attente SMS: {r.randint(0, 50)} messages en attente, délai moyen {r.randint(1, 30)} s"]) + "\n")
    return b


def k_es_cita_whatsapp(r):
    c = Ctx(r, "ES"); b = Builder()
    p = c.person()
    taller = r.choice(["Talleres Hermanos Ortega", "Taller Mecánico El Pilar", "AutoServicio Ibarra", "Neumáticos Castro"])
    hh = r.randint(8, 19)
    ts = lambda k: f"[{hh:02d}:{(k * 3) % 60:02d}]"
    d0 = c.d_event()
    d2 = c.after(d0, 1, 7)
    b.f("WhatsApp · ⟨tl⟩\n\n⟨t⟩ Taller: Hola ⟨g:PERSON⟩, le recordamos su cita para la revisión de su ⟨v⟩ (⟨pl⟩) el ⟨d:DATE_TIME⟩.\n",
        tl=taller, t=ts(0), g=p.given, v=gen_vehicle(r), pl=gen_plate(r, "ES"), d=c.dt(d0))
    b.f("⟨t⟩ ⟨g:PERSON⟩: Hola! Me vendría mejor el ⟨d2:DATE_TIME⟩, ¿es posible?\n", t=ts(1), g=p.given, d2=c.date(d2, style=1))
    b.f("⟨t⟩ Taller: Perfecto, queda para el ⟨dt:DATE_TIME⟩. Estamos en ⟨ad:ADDRESS⟩. Si necesita algo llame al ⟨ph:PHONE_NUMBER⟩.\n",
        t=ts(2), dt=c.dt(d2), ad=c.addr(country=False)["one"], ph=c.phone())
    sib = c.person()
    b.f("⟨t⟩ ⟨g:PERSON⟩: Genial. Lo llevará mi ⟨hh⟩ ⟨h:PERSON⟩, su móvil es ⟨ph:PHONE_NUMBER⟩\n⟨t2⟩ Taller: Anotado. Presupuesto aproximado ⟨amt⟩ (IVA incl.). ¡Hasta pronto!\n",
        t=ts(3), g=p.given, hh="hermana" if sib.sex == "f" else "hermano", h=c.nm(sib, r.choice(["first", "full"])), ph=c.phone(), t2=ts(4), amt=money(r, "es", 60, 900))
    return b


def k_es_renting(r):
    c = Ctx(r, "ES"); b = Builder()
    p = c.person()
    b.f("CONTRATO DE RENTING DE VEHÍCULO – Nº ⟨no⟩\n\nArrendatario: ⟨t⟩⟨n:PERSON⟩\nFecha de nacimiento: ⟨dob:DATE_OF_BIRTH⟩\nDomicilio: ⟨ad:ADDRESS⟩\n",
        no=f"RT-{_rs(r, DIG, 7)}", t=c.title(p), n=c.nm(p, r.choice(["full", "upper"])), dob=c.dob(style=r.choice([0, 1])), ad=c.addr()["one"])
    b.f("Teléfono móvil: ⟨ph:PHONE_NUMBER⟩   Correo: ⟨em:EMAIL_ADDRESS⟩\nPermiso de conducir nº: ⟨dl:DRIVER_LICENSE⟩\n\n", ph=c.phone(), em=c.email(p), dl=c.dl())
    b.f("Vehículo: ⟨v⟩, matrícula ⟨pl⟩, bastidor ⟨vin⟩\nDuración: ⟨m⟩ meses, ⟨km⟩ km/año. Cuota mensual: ⟨q⟩ (IVA incluido)\nFecha de inicio: ⟨fi:DATE_TIME⟩\n",
        v=r.choice(["SEAT Ibiza", "Cupra Formentor", "Toyota C-HR", "Kia Niro"]), pl=gen_plate(r, "ES"), vin=gen_vin(r), m=r.choice([24, 36, 48, 60]),
        km=r.choice(["10.000", "15.000", "20.000"]), q=money(r, "es", 250, 700), fi=c.date(style=1))
    b.f("Domiciliación bancaria – IBAN: ⟨ib:IBAN_CODE⟩\nCuenta de cliente: ⟨cc:ACCOUNT_NUMBER⟩\n\nFirmado en ⟨ci:LOCATION⟩, a ⟨d:DATE_TIME⟩.\n",
        ib=gen_iban(r, "ES"), cc=c.acct(), ci=c.city()[0], d=c.date(style=1))
    return b


def k_it_preventivo(r):
    c = Ctx(r, "IT"); b = Builder()
    p, m = c.person(), c.person()
    off = r.choice(["Officina F.lli Bertolini", "Autofficina Mazzanti", "Carrozzeria Stella", "Officina Meccanica Gentile Snc"])
    dom = r.choice(["officinabertolini.it", "mazzantiauto.it", "carrozzeriastella.it"])
    b.f("Da: ⟨o⟩ <⟨oe:EMAIL_ADDRESS⟩>\nA: ⟨ce:EMAIL_ADDRESS⟩\nOggetto: Preventivo riparazione ⟨v⟩ targa ⟨pl⟩\n\nGentile ⟨t⟩⟨sn:PERSON⟩,\n\n",
        o=off, oe=f"officina@{dom}", ce=c.email(p), v=gen_vehicle(r), pl=gen_plate(r, "IT"), t=c.title(p), sn=p.surname)
    b.f("in seguito alla visita del ⟨d:DATE_TIME⟩, le inviamo il preventivo n. ⟨no⟩:\n", d=c.date(style=1), no=f"{_rs(r, DIG, 3)}/{r.randint(2023, 2026)}")
    for it in r.sample(["sostituzione frizione", "tagliando completo", "pastiglie e dischi anteriori", "cinghia di distribuzione", "ricarica climatizzatore", "convergenza"], 3):
        b.t(f" - {it}: {money(r, 'it', 40, 900)}\n")
    b.f("Il veicolo potrà essere ritirato ⟨rt:DATE_TIME⟩. Per conferma risponda a questa email o chiami ⟨mg:PERSON⟩ al ⟨ph:PHONE_NUMBER⟩.\n"
        "Pagamento con bonifico: IBAN ⟨ib:IBAN_CODE⟩\n\nCordiali saluti,\n⟨mn:PERSON⟩\n⟨o⟩ – ⟨oa:ADDRESS⟩\n",
        rt=c.dt(), mg=m.given, ph=c.phone(), ib=gen_iban(r, "IT"), mn=c.nm(m, "full"), o=off, oa=c.addr(country=False)["one"])
    return b


def k_it_noleggio_chat(r):
    c = Ctx(r, "IT"); b = Builder()
    p, op = c.person(), c.person()
    hh = r.randint(8, 20)
    ts = lambda k: f"[{hh:02d}:{k * 2:02d}]"
    b.f("Chat assistenza – ⟨br⟩\n\n⟨t⟩ Operatore ⟨op:PERSON⟩: Buongiorno, come posso aiutarla?\n", br=r.choice(["Maggiore", "Locauto", "Sicily by Car", "Hertz"]),
        t=ts(0), op=op.given)
    b.f("⟨t⟩ Cliente: salve sono ⟨n:PERSON⟩, ho prenotato un'auto con ritiro a ⟨ci:LOCATION⟩ ⟨d:DATE_TIME⟩ ma il volo è in ritardo\n",
        t=ts(1), n=c.nm(p, r.choice(["lower", "full"])), ci=c.city()[0], d=c.dt(weekday=False))
    b.f("⟨t⟩ Operatore ⟨op:PERSON⟩: Nessun problema. Mi conferma il numero di prenotazione e la data di nascita del conducente?\n⟨t2⟩ Cliente: ⟨bk⟩, nat⟨o⟩ il ⟨dob:DATE_OF_BIRTH⟩\n", o="a" if p.sex == "f" else "o",
        t=ts(2), op=op.given, t2=ts(3), bk=gen_booking(r), dob=c.dob(style=0))
    b.f("⟨t⟩ Operatore ⟨op:PERSON⟩: Grazie. Ho spostato il ritiro alle ⟨h:DATE_TIME⟩. Riceverà conferma a ⟨em:EMAIL_ADDRESS⟩.\n⟨t2⟩ Cliente: perfetto, il mio cell è ⟨ph:PHONE_NUMBER⟩ se serve\n",
        t=ts(4), op=op.given, h=c.time(0), em=c.email(p), t2=ts(5), ph=c.phone())
    return b


def k_pt_vistoria(r):
    c = Ctx(r, "BR"); b = Builder()
    p, vs = c.person(), c.person()
    b.f("LAUDO DE VISTORIA VEICULAR – Nº ⟨no⟩\nEmpresa credenciada: ⟨em⟩\n\n", no=_rs(r, DIG, 8), em=r.choice(["Vistoria Express Ltda.", "Checkauto Vistorias", "Laudo Certo"]))
    b.f("Proprietário: ⟨n:PERSON⟩\nData de nascimento: ⟨dob:DATE_OF_BIRTH⟩\nCNH nº: ⟨dl:DRIVER_LICENSE⟩\nEndereço: ⟨ad:ADDRESS⟩\nTelefone: ⟨ph:PHONE_NUMBER⟩   E-mail: ⟨e:EMAIL_ADDRESS⟩\n\n",
        n=c.nm(p, r.choice(["full", "upper"])), dob=c.dob(style=0), dl=c.dl(), ad=c.addr(country=False)["one"], ph=c.phone(), e=c.email(p))
    b.f("Veículo: ⟨v⟩   Placa: ⟨pl⟩   Chassi: ⟨vin⟩   Renavam: ⟨rv⟩\nData da vistoria: ⟨dv:DATE_TIME⟩   Local: ⟨lc:LOCATION⟩\n",
        v=r.choice(["Fiat Strada", "VW Gol", "Chevrolet Onix", "Hyundai HB20", "Toyota Hilux"]), pl=gen_plate(r, "BR"), vin=gen_vin(r), rv=_rs(r, DIG, 11),
        dv=c.dt(), lc=c.city_str(with_region=True))
    b.f("Resultado: ⟨res⟩\nApontamentos: ⟨ap⟩\nVistoriador: ⟨vs:PERSON⟩\n", res=r.choice(["APROVADO", "APROVADO COM APONTAMENTOS", "REPROVADO"]),
        ap=r.choice(["pneu traseiro com desgaste", "farol esquerdo trincado", "nenhum"]), vs=c.nm(vs, "full"))
    return b


def k_pt_sinistro(r):
    c = Ctx(r, "BR"); b = Builder()
    p = c.person()
    b.f("Assunto: Aviso de sinistro – apólice ⟨ap⟩ – ⟨n:PERSON⟩\n\nPrezados,\n\n", ap=_rs(r, DIG, 4) + "." + _rs(r, DIG, 6), n=c.nm(p, "full"))
    b.f("Venho comunicar o sinistro ocorrido em ⟨d:DATE_TIME⟩ por volta das ⟨h:DATE_TIME⟩, na ⟨ad:ADDRESS⟩, quando meu ⟨v⟩ (placa ⟨pl⟩) foi atingido na traseira "
        "por outro veículo. O condutor do outro carro, ⟨oc:PERSON⟩, forneceu o telefone ⟨op:PHONE_NUMBER⟩.\n\n", d=c.date(style=r.choice([0, 1])), h=c.time(0),
        ad=c.addr(country=False)["one"], v=gen_vehicle(r), pl=gen_plate(r, "BR"), oc=c.nm(c.person(), "full"), op=c.phone())
    b.f("Boletim de ocorrência nº ⟨bo⟩ registrado em ⟨ci:LOCATION⟩. O carro está na oficina ⟨of⟩.\n\nMeus dados para contato: ⟨ph:PHONE_NUMBER⟩, ⟨em:EMAIL_ADDRESS⟩.\n"
        "Conta para reembolso da franquia: ⟨bk⟩, agência ⟨ag⟩, conta ⟨ct:ACCOUNT_NUMBER⟩.\n\nAtenciosamente,\n⟨n2:PERSON⟩\n", bo=_rs(r, DIG, 6) + "/" + str(r.randint(2023, 2026)),
        ci=c.city()[0], of=r.choice(["Auto Center Silva & Filhos", "Funilaria Irmãos Prado"]), ph=c.phone(), em=c.email(p), bk=r.choice(["Itaú", "Bradesco", "Banco do Brasil", "Nubank"]),
        ag=_rs(r, DIG, 4), ct=f"{_rs(r, DIG, 5)}-{r.randint(0, 9)}", n2=c.nm(p, "full"))
    return b


def k_nl_lease_email(r):
    c = Ctx(r, "NL"); b = Builder()
    p, am = c.person(), c.person()
    b.f("Onderwerp: Uw nieuwe leaseauto – aflevering ⟨d:DATE_TIME⟩\n\nBeste ⟨g:PERSON⟩,\n\n", d=c.date(style=1), g=p.given)
    b.f("Goed nieuws: uw ⟨v⟩ (kenteken ⟨pl⟩) staat klaar. De aflevering is gepland op ⟨dt:DATE_TIME⟩ bij ⟨dl⟩ in ⟨ci:LOCATION⟩.\n"
        "Neem uw rijbewijs (nr. ⟨rb:DRIVER_LICENSE⟩) en de laadpas mee.\n\n", v=r.choice(["Volvo EX30", "Kia EV6", "Škoda Enyaq", "Tesla Model Y", "Polestar 2"]),
        pl=gen_plate(r, "NL"), dt=c.dt(), dl=r.choice(["Autobedrijf Van Veen", "Louwman", "Broekhuis", "Stern Auto"]), ci=c.city()[0], rb=c.dl())
    b.f("Leasecontract ⟨lc⟩, looptijd ⟨lt⟩ maanden. Uw eigen bijdrage van ⟨eb⟩ per maand wordt geïncasseerd van rekening ⟨ib:IBAN_CODE⟩.\n\n",
        lc=_rs(r, DIG, 8), lt=r.choice([36, 48, 60]), eb=money(r, "nl", 50, 250), ib=gen_iban(r, "NL"))
    b.f("Vragen? Bel ⟨ph:PHONE_NUMBER⟩ of mail ⟨em:EMAIL_ADDRESS⟩.\n\nMet vriendelijke groet,\n⟨an:PERSON⟩\nAccountmanager zakelijke lease\n",
        ph=c.phone(), em=c.email(am, r.choice(["leasedirect.nl", "zakelijklease.nl"])), an=c.nm(am, "full"))
    return b


def k_pl_zgloszenie(r):
    c = Ctx(r, "PL"); b = Builder()
    p, s = c.person(), c.person()
    b.f("ZGŁOSZENIE SZKODY KOMUNIKACYJNEJ – nr ⟨no⟩\n\nPoszkodowany: ⟨n:PERSON⟩\nData urodzenia: ⟨dob:DATE_OF_BIRTH⟩\nAdres: ⟨ad:ADDRESS⟩\n",
        no=f"{_rs(r, DIG, 4)}/{r.randint(2023, 2026)}/{_rs(r, DIG, 5)}", n=c.nm(p, r.choice(["full", "upper"])), dob=c.dob(style=0), ad=c.addr(country=False)["one"])
    b.f("Telefon: ⟨ph:PHONE_NUMBER⟩   E-mail: ⟨em:EMAIL_ADDRESS⟩\nNr prawa jazdy: ⟨dl:DRIVER_LICENSE⟩\n\n", ph=c.phone(), em=c.email(p), dl=c.dl())
    b.f("Data i godzina zdarzenia: ⟨dt:DATE_TIME⟩\nMiejsce zdarzenia: ⟨ci:LOCATION⟩, skrzyżowanie ⟨s1⟩ i ⟨s2⟩\n", dt=c.dt(), ci=c.city()[0],
        s1=r.choice(["ul. Długiej", "ul. Polnej"]), s2=r.choice(["al. Niepodległości", "ul. Kościuszki"]))
    b.f("Sprawca: ⟨sp:PERSON⟩, polisa OC nr ⟨po⟩\nPojazd poszkodowanego: ⟨v⟩, nr rej. ⟨pl⟩, VIN ⟨vin⟩\n", sp=c.nm(s, "full"), po=_rs(r, DIG, 12), v=gen_vehicle(r),
        pl=gen_plate(r, "PL"), vin=gen_vin(r))
    b.f("Opis: pojazd sprawcy nie ustąpił pierwszeństwa i uderzył w lewy bok.\nRachunek do wypłaty odszkodowania: ⟨ib:IBAN_CODE⟩\nData zgłoszenia: ⟨dz:DATE_TIME⟩\n",
        ib=gen_iban(r, "PL"), dz=c.date(style=0))
    return b


def k_sv_verkstad_sms(r):
    c = Ctx(r, "SE"); b = Builder()
    p, mk = c.person(), c.person()
    vk = r.choice(["Bilverkstan i Norr", "Mekonomen", "Däckmästarn", "Motorcentralen"])
    b.f("SMS från ⟨vk⟩\n\nHej ⟨g:PERSON⟩! Din ⟨v⟩ (⟨pl⟩) är inbokad för service ⟨d:DATE_TIME⟩. Adress: ⟨ad:ADDRESS⟩. Svara JA för att bekräfta eller ring ⟨ph:PHONE_NUMBER⟩.\n\n",
        vk=vk, g=p.given, v=gen_vehicle(r), pl=gen_plate(r, "SE"), d=c.dt(), ad=c.addr(country=False)["one"], ph=c.phone())
    b.t("Kund: JA\n\n")
    b.f("⟨vk⟩: Tack! Mekaniker ⟨m:PERSON⟩ tar emot dig. Kostnad ca ⟨amt⟩. Faktura skickas till ⟨em:EMAIL_ADDRESS⟩. Ärendenr ⟨no⟩.\n", vk=vk,
        m=c.nm(mk, r.choice(["first", "full"])), amt=money(r, "sv", 80, 600), em=c.email(p), no=_rs(r, DIG, 6))
    return b


def k_tr_kiralama(r):
    c = Ctx(r, "TR"); b = Builder()
    p = c.person()
    b.f("ARAÇ KİRALAMA SÖZLEŞMESİ – No: ⟨no⟩\n\nKiracı Adı Soyadı: ⟨n:PERSON⟩\nDoğum Tarihi: ⟨dob:DATE_OF_BIRTH⟩\nEhliyet No: ⟨dl:DRIVER_LICENSE⟩   Ehliyet Sınıfı: B\n",
        no=_rs(r, DIG, 8), n=c.nm(p, r.choice(["full", "upper"])), dob=c.dob(style=0), dl=c.dl())
    b.f("Adres: ⟨ad:ADDRESS⟩\nCep Telefonu: ⟨ph:PHONE_NUMBER⟩\nE-posta: ⟨em:EMAIL_ADDRESS⟩\n\n", ad=c.addr()["one"], ph=c.phone(), em=c.email(p))
    cs = c.city()
    d0 = c.d_event()
    b.f("Teslim Alma: ⟨pu:DATE_TIME⟩ – ⟨ci:LOCATION⟩ Havalimanı Ofisi\nİade: ⟨rt:DATE_TIME⟩\nAraç: ⟨v⟩, Plaka: ⟨pl⟩, Km: ⟨km⟩\n", pu=c.dt(d0), ci=cs[1], rt=c.dt(c.after(d0, 1, 14)),
        v=r.choice(["Fiat Egea", "Renault Clio", "Toyota Corolla", "Hyundai i20"]), pl=gen_plate(r, "TR"), km=r.randint(1000, 90000))
    b.f("Kredi Kartı: ⟨cc:CREDIT_CARD⟩\nDepozito: ⟨dp⟩\nKiracı İmza: ________\n", cc=gen_card(r), dp=money(r, "tr", 100, 300))
    return b


def k_ja_rental(r):
    c = Ctx(r, "JP"); b = Builder()
    p = c.person()
    cs = c.city()
    d0 = c.d_event()
    b.f("Yoyaku kakunin (Reservation confirmation) – ⟨br⟩ Rent-a-Car\nYoyaku bango: ⟨no⟩\n\nO-namae: ⟨n:PERSON⟩ sama\nDenwa bango: ⟨ph:PHONE_NUMBER⟩\nMeru: ⟨em:EMAIL_ADDRESS⟩\n",
        br=r.choice(["Nippon", "Times Car", "Orix", "Nissan"]), no=_rs(r, DIG, 10), n=c.nm(p, r.choice(["full", "upper"])), ph=c.phone(), em=c.email(p))
    b.f("Kashidashi: ⟨pu:DATE_TIME⟩  ⟨ci:LOCATION⟩-eki mae ten\nHenkyaku: ⟨rt:DATE_TIME⟩\nSharyo kurasu: S-kurasu (Toyota Yaris dotokyu)\nMenkyosho bango: ⟨dl:DRIVER_LICENSE⟩\n",
        pu=c.dt(d0), ci=cs[1], rt=c.dt(c.after(d0, 1, 10)), dl=c.dl())
    b.f("Ryokin: ⟨amt⟩ (zeikomi), ETC kado: ⟨etc⟩\nGo-riyo arigato gozaimasu. Henko wa ⟨u:URL⟩ kara.\n", amt=money(r, "ja", 40, 300), etc=r.choice(["ari", "nashi"]),
        u=r.choice(["https://www.nrgroup-global.com/jp/reserve/change", "https://rental.timescar.jp/reserve/edit", "https://car.orix.co.jp/mypage"]))
    return b


def k_ja_shaken(r):
    c = Ctx(r, "JP"); b = Builder()
    p, tn = c.person(), c.person()
    a = c.addr(country=False)
    b.f("Shaken manryo no o-shirase\n\n⟨ad:ADDRESS⟩\n⟨n:PERSON⟩ sama\n\n", ad=a["multi"], n=c.nm(p, "full"))
    b.f("Itsumo o-sewa ni natte orimasu. Anata no o-kuruma (⟨v⟩, ⟨pl⟩) no shaken manryo-bi wa ⟨d:DATE_TIME⟩ desu.\n"
        "Shaken yoyaku wa ⟨dd:DATE_TIME⟩ made ni o-denwa (⟨ph:PHONE_NUMBER⟩) mata wa ⟨u:URL⟩ kara o-negai shimasu.\n\n",
        v=r.choice(["Toyota Prius", "Honda N-BOX", "Nissan Note", "Mazda CX-5"]), pl=gen_plate(r, "JP"), d=c.date(style=r.choice([0, 2])), dd=c.date(style=r.choice([0, 2])),
        ph=c.phone(), u=r.choice(["https://www.toyota-dealer.jp/shaken", "https://honda-cars.jp/service/shaken"]))
    b.f("Tanto: ⟨t:PERSON⟩ (⟨dl⟩ ⟨ci:LOCATION⟩ ten)\nGaisan hiyo: ⟨amt⟩\n", t=c.nm(tn, "full"), dl=r.choice(["Toyopet", "Honda Cars", "Nissan Satio"]), ci=c.city()[1],
        amt=money(r, "ja", 400, 1200))
    return b


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------

KINDS = [
    # English, with entities
    ("web_lead_email", "en", 1.0, k_web_lead_email),
    ("sales_followup_email", "en", 1.0, k_sales_followup_email),
    ("adf_lead_xml", "en", 1.0, k_adf_xml),
    ("credit_application", "en", 1.0, k_credit_app),
    ("bill_of_sale", "en", 1.0, k_bill_of_sale),
    ("rental_agreement", "en", 1.0, k_rental_agreement),
    ("rental_damage_chat", "en", 1.0, k_rental_chat),
    ("roadside_call_transcript", "en", 1.0, k_roadside_call),
    ("telematics_log", "en", 1.0, k_telematics_log),
    ("telematics_event_json", "en", 1.0, k_telematics_json),
    ("repair_order_csv", "en", 1.0, k_repair_order_csv),
    ("collision_estimate", "en", 1.0, k_estimate),
    ("service_reminder_letter", "en", 1.0, k_service_reminder_letter),
    ("dmv_title_registration", "en", 1.0, k_dmv_registration),
    ("lease_statement", "en", 1.0, k_lease_statement),
    ("auto_fnol_claim", "en", 1.0, k_fnol_claim),
    ("pip_medical_billing", "en", 1.0, k_pip_claim),
    ("dot_medical_certificate", "en", 1.0, k_dot_med_cert),
    ("crm_contacts_json", "en", 1.0, k_crm_json),
    ("dms_dotenv", "en", 1.0, k_dms_env),
    ("tcu_provisioning_bundle", "en", 1.0, k_tcu_provisioning),
    ("k8s_secret_yaml", "en", 1.0, k_k8s_secret),
    ("ci_deploy_log", "en", 1.0, k_ci_log),
    ("slack_devops_thread", "en", 1.0, k_slack_thread),
    ("curl_fleet_api", "en", 1.0, k_curl_api),
    ("dealer_site_access_log", "en", 1.0, k_access_log),
    ("llm_prompt_complaint", "en", 1.0, k_llm_complaint),
    ("llm_prompt_fleet_json", "en", 1.0, k_llm_fleet),
    ("toll_violation_notice", "en", 1.0, k_toll_notice),
    ("parking_citation_ocr", "en", 1.0, k_parking_ocr),
    ("salesperson_vcard", "en", 1.0, k_vcard),
    ("service_appointment_ics", "en", 1.0, k_ics),
    ("hl7_adt_mva", "en", 1.0, k_hl7),
    ("fhir_patient_mva", "en", 1.0, k_fhir),
    ("dealer_portal_ini", "en", 1.0, k_ini_config),
    ("fuel_card_statement", "en", 1.0, k_fuel_card_statement),
    ("tow_dispatch_ticket", "en", 1.0, k_tow_ticket),
    ("retail_installment_contract", "en", 1.0, k_finance_contract),
    ("gps_tracker_sms_console", "en", 1.0, k_gps_tracker_sms),
    ("connected_app_ticket", "en", 1.0, k_app_support_ticket),
    ("oem_warranty_claim_xml", "en", 1.0, k_warranty_xml),
    ("police_crash_report_ocr", "en", 1.0, k_police_report_ocr),
    ("stripe_webhook_capture", "en", 1.0, k_stripe_webhook),
    ("crm_sql_dump", "en", 1.0, k_sql_dump),
    ("service_voicemail", "en", 1.0, k_voicemail),
    ("uk_mot_reminder", "en", 1.0, k_uk_mot_reminder),
    ("uk_v5c_logbook_ocr", "en", 1.0, k_uk_v5c_ocr),
    ("service_sms_thread", "en", 1.0, k_sms_thread),
    ("python_sync_script", "en", 1.0, k_python_script_leak),
    ("driver_injury_report", "en", 1.0, k_driver_injury_report),
    # English, no entities
    ("parts_inventory_tsv", "en", 1.2, k_parts_tsv),
    ("recall_bulletin", "en", 1.2, k_recall_bulletin),
    ("dms_build_log", "en", 1.2, k_build_log),
    ("obd2_scan_report", "en", 1.2, k_obd_report),
    ("fleet_maintenance_table", "en", 1.2, k_maint_table),
    ("ev_charger_ocpp_log", "en", 1.2, k_ev_ocpp_log),
    # other languages
    ("de_werkstattauftrag", "de", 0.95, k_de_werkstatt),
    ("de_mietwagen_email", "de", 0.95, k_de_mietwagen_email),
    ("de_zulassung_sepa", "de", 0.95, k_de_zulassung_sepa),
    ("de_wartungsplan", "de", 0.9, k_de_wartungsplan),
    ("fr_devis_garage", "fr", 0.95, k_fr_devis),
    ("fr_depannage_transcription", "fr", 0.95, k_fr_depannage),
    ("fr_contrat_location", "fr", 0.95, k_fr_location_contrat),
    ("fr_journal_atelier", "fr", 0.9, k_fr_journal),
    ("es_cita_taller_whatsapp", "es", 0.95, k_es_cita_whatsapp),
    ("es_contrato_renting", "es", 0.95, k_es_renting),
    ("it_preventivo_officina", "it", 0.95, k_it_preventivo),
    ("it_noleggio_chat", "it", 0.95, k_it_noleggio_chat),
    ("pt_laudo_vistoria", "pt", 0.95, k_pt_vistoria),
    ("pt_aviso_sinistro", "pt", 0.95, k_pt_sinistro),
    ("nl_leaseauto_email", "nl", 0.95, k_nl_lease_email),
    ("pl_zgloszenie_szkody", "pl", 0.95, k_pl_zgloszenie),
    ("sv_verkstad_sms", "sv", 0.95, k_sv_verkstad_sms),
    ("tr_arac_kiralama", "tr", 0.95, k_tr_kiralama),
    ("ja_rental_yoyaku", "ja", 0.95, k_ja_rental),
    ("ja_shaken_oshirase", "ja", 0.95, k_ja_shaken),
]
_WEIGHTS = [k[2] for k in KINDS]


def _make(seed, i):
    """Document i for seed: (kind_name, lang, doc).  Independent of n."""
    pick = random.Random(f"blind58|{seed}|{i}")
    name, lang, _w, fn = pick.choices(KINDS, weights=_WEIGHTS)[0]
    b = None
    for attempt in range(25):
        b = fn(random.Random(f"blind58|{seed}|{i}|{attempt}"))
        if 150 <= len(b) <= 3000:
            break
    ents = sorted(b.entities, key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"blind58-{seed}-{i:06d}", "text": b.text, "entities": ents}
    return name, lang, doc


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

_OPEN = "\"'([{<«“‘"
_CLOSE = "\"')]}>»”’"
_PUNCT = ".,;:!?"
_SHAPES = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+"),
    "URL": re.compile(r"https?://[^\s\"'<>@]+"),
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z2-7]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    "SLACK_TOKEN": re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}"),
    "STRIPE_KEY": re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----\n[A-Za-z0-9+/=\n \t]+\n[ \t]*-----END \1PRIVATE KEY-----"),
    "PHONE_NUMBER": re.compile(r"\+?[\d\s().\-/]+"),
}
# patterns that must never appear unlabelled (catch missed labels)
_LEAKS = [
    ("EMAIL_ADDRESS", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")),
    ("URL", re.compile(r"https?://[^\s\"'<>\\]+")),
    ("IP_ADDRESS", re.compile(r"(?<![\w./])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")),
    ("AWS_ACCESS_KEY", re.compile(r"(?:AKIA|ASIA)[A-Z2-7]{16}")),
    ("GITHUB_TOKEN", re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{50,}")),
    ("SLACK_TOKEN", re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}")),
    ("STRIPE_KEY", re.compile(r"(?:sk|rk)_live_[A-Za-z0-9]+")),
    ("PRIVATE_KEY", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("JWT", re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")),
    ("US_SSN", re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
]


def validate(doc) -> list:
    probs = []
    text = doc.get("text", "")
    ents = doc.get("entities", [])
    if not (150 <= len(text) <= 3000):
        probs.append(f"length {len(text)} outside 150-3000")
    prev_end = -1
    prev = None
    for e in ents:
        s, t, ty = e.get("start"), e.get("end"), e.get("type")
        if ty not in TYPES:
            probs.append(f"unknown type {ty}")
            continue
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            probs.append(f"bad span {e}")
            continue
        if prev is not None and (s, t) < (prev["start"], prev["end"]):
            probs.append("entities not sorted")
        if s < prev_end:
            probs.append(f"overlap at {s}: {text[s:t]!r}")
        prev_end = max(prev_end, t)
        prev = e
        v = text[s:t]
        tag = f"{ty} {v[:60]!r}"
        if v != v.strip():
            probs.append(f"whitespace edge: {tag}")
        lead_ok = ty == "PHONE_NUMBER" and v[0] == "(" and ")" in v
        if (v[0] in _OPEN and not lead_ok) or v[-1] in _CLOSE:
            probs.append(f"quote/bracket edge: {tag}")
        if ty not in SECRET_TYPES and v[-1] in _PUNCT:
            probs.append(f"trailing punctuation: {tag}")
        if ty in ("PERSON", "LOCATION"):
            if re.search(r"\d", v) or "\n" in v or "@" in v:
                probs.append(f"digit/newline in {tag}")
        elif ty == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append(f"bad ip {tag}")
        elif ty == "URL":
            if not _SHAPES["URL"].fullmatch(v) or v[-1] in _PUNCT:
                probs.append(f"bad url {tag}")
            else:
                host = re.match(r"https?://([^/:?#]+)", v).group(1)
                try:
                    ipaddress.ip_address(host)
                    probs.append(f"url with ip host {tag}")
                except ValueError:
                    pass
        elif ty == "CREDIT_CARD":
            dg = re.sub(r"[ -]", "", v)
            if not (dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg)):
                probs.append(f"bad card {tag}")
        elif ty == "IBAN_CODE":
            if not iban_ok(v):
                probs.append(f"bad iban {tag}")
        elif ty == "US_SSN":
            if not ssn_ok(v):
                probs.append(f"bad ssn {tag}")
        elif ty == "JWT":
            if not jwt_ok(v):
                probs.append(f"bad jwt {tag}")
        elif ty == "PHONE_NUMBER":
            nd = sum(ch.isdigit() for ch in v)
            if not (6 <= nd <= 15) or not _SHAPES["PHONE_NUMBER"].fullmatch(v):
                probs.append(f"bad phone {tag}")
        elif ty in _SHAPES:
            if not _SHAPES[ty].fullmatch(v):
                probs.append(f"bad shape {tag}")
        if ty in ("DATE_TIME", "DATE_OF_BIRTH", "ADDRESS", "ACCOUNT_NUMBER", "MEDICAL_RECORD_NUMBER",
                  "HEALTH_PLAN_NUMBER", "DRIVER_LICENSE") and not re.search(r"\d", v):
            probs.append(f"no digit in {tag}")
        if ty in ("DATE_TIME", "DATE_OF_BIRTH", "ACCOUNT_NUMBER", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
                  "DRIVER_LICENSE", "PASSWORD", "GENERIC_SECRET", "EMAIL_ADDRESS", "URL", "PHONE_NUMBER") and "\n" in v:
            probs.append(f"newline in {tag}")
        if ty in ("PASSWORD", "GENERIC_SECRET") and re.search(r"\s", v):
            probs.append(f"whitespace in secret {tag}")
    # unlabelled look-alikes
    for ty, rx in _LEAKS:
        for m in rx.finditer(text):
            a, z = m.span()
            while z > a and text[z - 1] in _PUNCT + ")]":
                z -= 1
            if ty == "EMAIL_ADDRESS":
                tok_start = max(text.rfind(ch, 0, a) for ch in " \n\t\"'<(")
                if "://" in text[tok_start + 1:a + 1] or text[a - 1:a] == ":":
                    continue            # user:pass@host in a DSN
            if ty == "US_SSN" and not ssn_ok(m.group()):
                continue                # invalid area/group/serial: hard negative
            if ty == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(m.group())
                except ValueError:
                    continue
            covered = any(e["start"] <= a and z <= e["end"] for e in ents)
            if not covered:
                probs.append(f"unlabelled {ty}-like {m.group()[:50]!r}")
    return probs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------

def _marked(doc):
    t = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{t[e['start']:e['end']]}]]<{e['type']}>")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def _check(seed=0, n=3000):
    bad = 0
    type_counts, kind_counts = Counter(), Counter()
    non_en = no_ent = 0
    first_problems = []
    docs = []
    for i in range(n):
        kind, lang, doc = _make(seed, i)
        docs.append(doc)
        kind_counts[kind] += 1
        non_en += lang != "en"
        no_ent += not doc["entities"]
        for e in doc["entities"]:
            type_counts[e["type"]] += 1
        pr = validate(doc)
        if pr:
            bad += 1
            if len(first_problems) < 25:
                first_problems.append((doc["id"], kind, pr[:4]))
    # determinism: same (n, seed) twice, and doc i independent of n
    again = list(generate(n, seed))
    det_ok = again == docs and list(generate(50, seed)) == docs[:50]
    print(f"corpus_blind58 --check: {n} docs, seed {seed}")
    print(f"kinds defined: {len(KINDS)}   kinds produced: {len(kind_counts)}")
    print(f"non-English share: {non_en / n:.1%}   no-entity share: {no_ent / n:.1%}")
    print(f"entities: {sum(type_counts.values())}")
    print("per-type counts:")
    for ty in TYPES:
        print(f"  {ty:<22}{type_counts.get(ty, 0):>7}")
    print("per-kind counts:")
    for name, lang, _w, _f in KINDS:
        print(f"  {name:<32}{lang:<4}{kind_counts.get(name, 0):>6}")
    for did, kind, pr in first_problems:
        print(f"PROBLEM {did} [{kind}]: " + " | ".join(pr))
    missing = [t for t in TYPES if not type_counts.get(t)]
    if missing:
        print("types never produced: " + ", ".join(missing))
    print(f"determinism: {'ok' if det_ok else 'FAILED'}")
    print(f"problem docs: {bad}")
    return 0 if (bad == 0 and not missing and det_ok and len(kind_counts) == len(KINDS)) else 1


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 58 (automotive) generator")
    ap.add_argument("--check", action="store_true", help="validate 3000 docs and print statistics")
    ap.add_argument("--sample", type=int, metavar="K", help="print K docs with [[span]]<TYPE> marks")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return _check(a.seed)
    if a.sample:
        for i in range(a.sample):
            kind, lang, doc = _make(a.seed, i)
            print(f"===== {doc['id']}  kind={kind}  lang={lang}  entities={len(doc['entities'])}")
            print(_marked(doc))
            print()
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
