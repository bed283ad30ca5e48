#!/usr/bin/env python3
"""Blind synthetic PII/PHI/secrets corpus #36 -- HR, recruiting and education.

Domains covered (each "kind" is a template with internal structural variation):

* Recruiting: US/UK/Indian resumes and CVs, applicant-tracking CSV and JSON exports,
  interview confirmation e-mails, ICS interview invites, job postings, reference
  letters and reference-call transcripts, recruiter vCards, OCR-scanned paper
  employment applications, Slack/Teams/WhatsApp recruiting chats.
* Onboarding / HR operations: offer letters (US, UK), Form I-9 and W-4 style
  forms, direct-deposit authorisations, HRIS JSON/CSV exports and webhooks,
  performance reviews, leave requests, payroll change notices, background-check
  reports, benefits enrolment (incl. an X12 834 file), expense reports, IT
  onboarding tickets, separation letters, incident reports, timesheets.
* Education: enrolment verifications, transcripts, financial-aid award letters,
  student-health immunisation forms, HL7 v2 and FHIR records from a campus health
  centre, parent-teacher e-mails, report cards, field-trip permission slips,
  tuition card authorisations, scholarship applications, LMS gradebook CSV and
  LMS access logs.
* Engineering around HR systems: YAML service configs, Kubernetes Secrets,
  .env files, integration logs and git diffs leaking credentials.
* Non-English (~25% of documents): German CV / personnel questionnaire /
  Arbeitszeugnis / interview invite / Elternbrief, French CV / onboarding sheet /
  school message, Spanish CV / alta de empleado / team chat, Italian CV / school
  enrolment, Brazilian currículo / matrícula / WhatsApp, Dutch application mail /
  personnel form, Polish CV, SEPA pain.001 salary files; each with native date,
  phone, address and bank formats.
* Hard-negative-only kinds (~12% of documents, no labelled entity): HR policies
  (EN/DE/FR/ES), redacted records, CI workflows using ${VAR} / ${{ secrets.X }},
  system logs, course catalogues, payroll summaries with invalid SSN/card/IBAN,
  release notes, survey results, benefits comparisons, help-desk queues, LMS stats.

Decisions beyond the conventions (applied consistently):

* Business dates in exports (applied_on, hireDate, effectiveDate, work_date,
  clock_in/out, IN1-12, DTP segments, SEPA ReqdExctnDt) are DATE_TIME; system
  record timestamps (createdAt, updatedAt, timestamp, lastModifiedDateTime,
  createdDateTime, REV, CreDtTm, BGN, git "Date:" line, chat/WhatsApp line
  prefixes, "Envoyé le" message headers) are not labelled.
* Résumé employment/education periods are bare years or terms ("Fall 2024"),
  never labelled. Signature/letter dates are DATE_TIME.
* Organisations that contain a person's or a place's name (universities,
  schools, companies, scholarships such as "Pell Grant") are not labelled.
* Split name fields (CSV first/last, FHIR family/given, X12 NM1 last/first
  elements) give one PERSON span per field; HL7 XPN/XCN and vCard N are one span.
* A time range "10:00 AM – 10:45 AM" gives two DATE_TIME spans.
* A combined "City, ST ZIP" form field gives LOCATION "City, ST"; ZIP unlabelled.
* Employee, student, candidate, requisition, passport, national tax/social
  insurance numbers (Steuer-ID, NIR, DNI, CPF, BSN, PESEL-like) have no type and
  are never labelled.

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
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import date, datetime, timedelta

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
)
_TYPESET = frozenset(TYPES)

# short aliases used by the templates
PER, EMA, PHO, SSN, CC, IBAN, IP = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS"
DOB, DT, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKID, ASK, GHT, SLK, STR = "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY"
JWT, PEM, PWD, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"


# ---------------------------------------------------------------------------
# document builder: text is appended piece by piece, offsets recorded on append
# ---------------------------------------------------------------------------
class L(tuple):
    """A labelled value: L(text, TYPE).  TYPE None means plain text."""
    __slots__ = ()

    def __new__(cls, v, t=None):
        return tuple.__new__(cls, (v, t))


class Doc:
    def __init__(self):
        self._parts = []
        self._pos = 0
        self.ents = []

    def a(self, *items):
        for it in items:
            if isinstance(it, L):
                self.e(it[0], it[1])
            else:
                it = str(it)
                self._parts.append(it)
                self._pos += len(it)
        return self

    def e(self, value, typ):
        value = str(value)
        if typ is None:
            self._parts.append(value)
            self._pos += len(value)
            return self
        if typ not in _TYPESET:
            raise ValueError("unknown type %r" % typ)
        if not value or value != value.strip():
            raise ValueError("bad span value %r" % value)
        self.ents.append((self._pos, self._pos + len(value), typ))
        self._parts.append(value)
        self._pos += len(value)
        return self

    def text(self):
        return "".join(self._parts)


class JS(list):
    """A JSON string value assembled from plain and labelled segments."""


def jw(d, obj, ind=2, lvl=0):
    """Write JSON; L leaves become labelled spans (quotes outside the span)."""
    if isinstance(obj, JS):
        d.a('"')
        for seg in obj:
            if isinstance(seg, L):
                d.e(json.dumps(seg[0], ensure_ascii=False)[1:-1], seg[1])
            else:
                d.a(json.dumps(seg, ensure_ascii=False)[1:-1])
        d.a('"')
        return
    if isinstance(obj, L):
        v, t = obj
        if isinstance(v, str):
            s = json.dumps(v, ensure_ascii=False)
            d.a('"')
            d.e(s[1:-1], t)
            d.a('"')
        else:
            d.e(json.dumps(v), t)
        return
    if isinstance(obj, dict):
        items = list(obj.items())
        if not items:
            d.a("{}")
            return
        if ind is None:
            d.a("{")
            for k, (key, val) in enumerate(items):
                if k:
                    d.a(", ")
                d.a(json.dumps(key, ensure_ascii=False), ": ")
                jw(d, val, None, lvl + 1)
            d.a("}")
            return
        d.a("{\n")
        for k, (key, val) in enumerate(items):
            d.a(" " * (ind * (lvl + 1)), json.dumps(key, ensure_ascii=False), ": ")
            jw(d, val, ind, lvl + 1)
            d.a(",\n" if k < len(items) - 1 else "\n")
        d.a(" " * (ind * lvl), "}")
        return
    if isinstance(obj, (list, tuple)):
        if not obj:
            d.a("[]")
            return
        if ind is None:
            d.a("[")
            for k, val in enumerate(obj):
                if k:
                    d.a(", ")
                jw(d, val, None, lvl + 1)
            d.a("]")
            return
        d.a("[\n")
        for k, val in enumerate(obj):
            d.a(" " * (ind * (lvl + 1)))
            jw(d, val, ind, lvl + 1)
            d.a(",\n" if k < len(obj) - 1 else "\n")
        d.a(" " * (ind * lvl), "]")
        return
    d.a(json.dumps(obj, ensure_ascii=False))


def csv_row(d, fields, sep=","):
    for k, f in enumerate(fields):
        if k:
            d.a(sep)
        if isinstance(f, list):
            d.a(*f)
            continue
        if isinstance(f, L):
            v, t = f
        else:
            v, t = str(f), None
        if any(ch in v for ch in (sep, '"', "\n")):
            d.a('"')
            d.e(v.replace('"', '""'), t)
            d.a('"')
        else:
            d.e(v, t) if v else None
    d.a("\n")


# ---------------------------------------------------------------------------
# checksums
# ---------------------------------------------------------------------------
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def ssn_ok(ssn):
    s = re.sub(r"\D", "", ssn)
    if len(s) != 9:
        return False
    area, group, serial = int(s[:3]), int(s[3:5]), int(s[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def aba_make(rng):
    while True:
        first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                            "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32"])
        body = first + "".join(rng.choice(string.digits) for _ in range(6))
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(body))
        return body + str((10 - s % 10) % 10)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ssn_gen(rng, style=None):
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = rng.choice(["-", "-", "-", " ", ""]) if style is None else style
    return "%03d%s%02d%s%04d" % (area, style, g, style, s)


def ssn_bad(rng):
    area = rng.choice([0, 666, rng.randint(900, 999), rng.randint(900, 999)])
    return "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


def card_gen(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, n = "4" + rs(rng, DIG, 5), 16
    elif brand == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + rs(rng, DIG, 4), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + rs(rng, DIG, 4), 15
    else:
        pre, n = "6011" + rs(rng, DIG, 2), 16
    body = pre[:6] + rs(rng, DIG, n - 7)
    return body + luhn_digit(body)


def card_fmt(rng, num, sep=None):
    sep = rng.choice([" ", " ", "-", ""]) if sep is None else sep
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def card_bad(rng):
    num = card_gen(rng, rng.choice(["visa", "mc"]))
    last = str((int(num[-1]) + rng.randint(1, 9)) % 10)
    return num[:-1] + last


IBAN_SPEC = {
    "DE": lambda r: rs(r, DIG, 18),
    "FR": lambda r: rs(r, DIG, 10) + rs(r, DIG + UP, 11) + rs(r, DIG, 2),
    "ES": lambda r: rs(r, DIG, 20),
    "IT": lambda r: r.choice(UP) + rs(r, DIG, 10) + rs(r, DIG, 12),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + rs(r, DIG, 10),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rs(r, DIG, 14),
    "PL": lambda r: rs(r, DIG, 24),
    "BE": lambda r: rs(r, DIG, 12),
    "PT": lambda r: rs(r, DIG, 21),
    "AT": lambda r: rs(r, DIG, 16),
    "CH": lambda r: rs(r, DIG, 17),
    "BR": lambda r: rs(r, DIG, 23) + r.choice("CP") + r.choice(UP + DIG),
}


def iban_gen(rng, cc):
    return iban_make(cc, IBAN_SPEC[cc](rng))


def iban_fmt(rng, iban, grouped=None):
    grouped = rng.random() < 0.6 if grouped is None else grouped
    if not grouped:
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_bad(rng, cc):
    ib = iban_gen(rng, cc)
    chk = int(ib[2:4])
    delta = rng.randint(1, 9)
    new = chk + delta if chk + delta <= 99 else chk - delta
    return ib[:2] + "%02d" % new + ib[4:]


def ipv4_pub(rng):
    first = rng.choice([23, 34, 44, 52, 63, 73, 81, 98, 104, 107, 128, 136, 142, 151, 162, 185, 188, 194, 198, 203, 209, 212])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv4_priv(rng):
    k = rng.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))


def ipv4(rng):
    return ipv4_pub(rng) if rng.random() < 0.6 else ipv4_priv(rng)


def ipv6(rng):
    k = rng.randrange(3)
    g = lambda: "%x" % rng.randint(1, 0xffff)
    if k == 0:
        return "2001:db8:%s:%s::%s" % (g(), g(), g())
    if k == 1:
        return "fe80::%s:%s:%s:%s" % (g(), g(), g(), g())
    return ":".join([rng.choice(["2a02", "2600", "2607", "2a01", "2804"]), g(), g(), g(), g(), g(), g(), g()])


def uuid_gen(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha_gen(rng, n=40):
    return rs(rng, HEX, n)


def aws_akid(rng):
    return rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(rng, UP + "234567", 16)


def aws_secret(rng):
    return rs(rng, string.ascii_letters + DIG + "/+", 40)


def gh_token(rng):
    k = rng.randrange(5)
    if k == 0:
        return "github_pat_11" + rs(rng, UP + DIG, 20) + "_" + rs(rng, ALNUM, 59)
    return rng.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(rng, ALNUM, 36)


def slack_token(rng):
    k = rng.randrange(3)
    if k == 0:
        return "xoxb-%s-%s-%s" % (rs(rng, DIG, 12), rs(rng, DIG, 13), rs(rng, ALNUM, 24))
    if k == 1:
        return "xoxp-%s-%s-%s-%s" % (rs(rng, DIG, 12), rs(rng, DIG, 12), rs(rng, DIG, 13), rs(rng, HEX, 32))
    return "xapp-1-A%s-%s-%s" % (rs(rng, UP + DIG, 10), rs(rng, DIG, 13), rs(rng, HEX, 64))


def stripe_key(rng):
    pre = rng.choice(["sk_live_", "sk_live_", "rk_live_"])
    if rng.random() < 0.5:
        return pre + rs(rng, ALNUM, 24)
    return pre + "51" + rs(rng, ALNUM, 97)


def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_gen(rng, claims=None):
    hdr = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if rng.random() < 0.4:
        hdr["kid"] = rs(rng, HEX, 16)
    iat = rng.randint(1690000000, 1740000000)
    body = {"sub": claims or rs(rng, DIG, 8), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
    if rng.random() < 0.6:
        body["scope"] = rng.choice(["hris.read", "payroll:write", "ats.candidates.read", "lms.grades"])
    if rng.random() < 0.5:
        body["iss"] = rng.choice(["https://auth.peoplehub.io", "hris-gateway", "lms-sso"])
    sig = rs(rng, B64U, 43 if hdr["alg"] != "RS256" else 342)
    return "%s.%s.%s" % (_b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         _b64u(json.dumps(body, separators=(",", ":")).encode()), sig)


def pem_gen(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nlines = {"RSA PRIVATE KEY": rng.randint(12, 25), "PRIVATE KEY": rng.randint(12, 26),
              "EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": rng.randint(5, 7)}[kind]
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    head = {"RSA PRIVATE KEY": "MIIEow" + rs(rng, "IJK", 1) + "BAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
            "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}[kind]
    body = head + rs(rng, string.ascii_letters + DIG + "+/", width * nlines - len(head) - rng.randint(0, 40))
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    if kind != "OPENSSH PRIVATE KEY":
        pad = (-len(body)) % 4
        lines[-1] += "=" * pad
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


_PW_WORDS = ["Summer", "Winter", "Welcome", "Payroll", "Campus", "Falcon", "Maple", "Tiger", "Sunrise",
             "Harbor", "Orchid", "Granite", "Pixel", "Cobalt", "Lantern", "Meadow", "Rocket", "Velvet"]


def password_gen(rng, safe=False):
    k = rng.randrange(4)
    syms = "!*-_.+=" if safe else "!#$%*-_.+=?&^"
    if k == 0:
        return rng.choice(_PW_WORDS) + str(rng.randint(2019, 2026)) + rng.choice(syms)
    if k == 1:
        return rng.choice(_PW_WORDS) + rng.choice(syms) + rs(rng, DIG, rng.randint(2, 4)) + rng.choice(_PW_WORDS).lower()
    if k == 2:
        base = rs(rng, ALNUM, rng.randint(10, 18))
        i = rng.randrange(len(base))
        return base[:i] + rng.choice(syms) + base[i:]
    return rs(rng, ALNUM + ("!*-_." if safe else "!*-_.#%"), rng.randint(14, 24))


def passcode_gen(rng):
    return rng.choice([rs(rng, DIG, 6), rs(rng, ALNUM, 6), rs(rng, DIG, rng.randint(6, 10)), rs(rng, ALNUM, 8)])


def secret_gen(rng):
    k = rng.randrange(8)
    if k == 0:
        return "SG." + rs(rng, B64U, 22) + "." + rs(rng, B64U, 43)
    if k == 1:
        return rs(rng, HEX, 32)
    if k == 2:
        return "whsec_" + rs(rng, ALNUM, 32)
    if k == 3:
        return "00" + rs(rng, ALNUM + "-_", 40)
    if k == 4:
        return "key-" + rs(rng, HEX, 32)
    if k == 5:
        return rs(rng, ALNUM + "~._-", 40)
    if k == 6:
        return "ya29.a0" + rs(rng, B64U, 80)
    return rs(rng, ALNUM, 48)


# ---------------------------------------------------------------------------
# locale data
# ---------------------------------------------------------------------------
NAMES = {
    "us": (
        "Emily Sarah Jessica Ashley Megan Lauren Rachel Olivia Hannah Madison Aaliyah Keisha Maria Guadalupe Ximena Mei Priya Grace Chloe Abigail Danielle Tamika Brianna Sofia Yesenia Linh Jennifer Kimberly Rebecca Nicole Shanice Heather".split(),
        "James Michael Robert David Christopher Daniel Matthew Andrew Joshua Tyler Brandon Jamal DeShawn Carlos Luis José Miguel Wei Hiroshi Raj Kevin Ethan Nathan Marcus Trevor Dustin Duc Kwame Omar Patrick Terrence Cody".split(),
        "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Nguyen Patel Kim Chen Okafor O'Brien McAllister Washington Kowalski Schultz Yamamoto Fitzgerald Delgado Castillo Brooks Reyes Sullivan Murphy Hoffman Novak Jenkins Tran".split(),
    ),
    "gb": (
        "Amelia Olivia Isla Emily Poppy Ava Isabella Jessica Sophie Eleanor Niamh Siobhan Fiona Imogen Harriet Bethan Zara Charlotte Lucy Rosie".split(),
        "Oliver George Harry Jack Charlie Thomas William Alfie Rhys Callum Ewan Liam Owen Declan Hamish Rory Samuel Joseph Aidan Gareth".split(),
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Hughes Patel Khan Ahmed MacDonald Campbell Fraser Pritchard Llewellyn Ashworth Whitfield Gallagher Doherty".split(),
    ),
    "in": (
        "Ananya Diya Priya Sneha Kavya Isha Pooja Divya Lakshmi Meera Nandini Shreya Aishwarya Revathi Swati Neha".split(),
        "Aarav Vivaan Aditya Rohan Arjun Karthik Siddharth Rahul Vikram Pranav Sanjay Abhishek Harish Venkatesh Amit Nikhil".split(),
        "Sharma Verma Gupta Iyer Nair Reddy Rao Patel Shah Mehta Joshi Kulkarni Deshpande Menon Pillai Chatterjee Banerjee Mukherjee Singh Agarwal Krishnan Subramanian".split(),
    ),
    "de": (
        "Anna Lena Lea Sophie Marie Laura Julia Katharina Sabine Petra Johanna Hannah Franziska Annika Ursula Birgit Merve Jana".split(),
        "Lukas Leon Felix Jonas Maximilian Paul Niklas Tobias Florian Stefan Jürgen Matthias Sebastian Moritz Jan Uwe Emre Dirk".split(),
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Köhler Vogel Yılmaz Kowalczyk Brandt".split(),
    ),
    "fr": (
        "Emma Léa Chloé Camille Manon Inès Sarah Juliette Louise Claire Élodie Aurélie Margaux Céline Anaïs Nathalie Sandrine".split(),
        "Lucas Hugo Louis Gabriel Arthur Jules Thomas Nicolas Julien Antoine Mathieu Pierre Olivier Théo Maxime Karim Sébastien".split(),
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Mercier Dupont Lambert Bonnet François Benali Nguyen Faure Rousseau".split(),
    ),
    "es": (
        "Lucía María Paula Sofía Carmen Laura Marta Elena Alba Nerea Irene Cristina Ainhoa Rocío Pilar Begoña".split(),
        "Alejandro Daniel Pablo Hugo Javier Carlos Sergio Adrián Álvaro Diego Manuel Francisco Jorge Iker Raúl Íñigo".split(),
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano Molina Blanco Castro Ortega Iglesias".split(),
    ),
    "it": (
        "Giulia Sofia Aurora Alice Ginevra Chiara Francesca Martina Sara Elena Valentina Alessia Federica Silvia Beatrice Rosaria".split(),
        "Francesco Alessandro Lorenzo Matteo Andrea Leonardo Gabriele Riccardo Davide Marco Giuseppe Luca Simone Federico Stefano Salvatore".split(),
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone".split(),
    ),
    "br": (
        "Maria Ana Juliana Beatriz Larissa Camila Fernanda Mariana Letícia Gabriela Amanda Bruna Isabela Luana Patrícia Thaís".split(),
        "João Pedro Lucas Gabriel Matheus Rafael Gustavo Felipe Bruno Thiago Rodrigo Leonardo Vinícius Caio André Otávio".split(),
        "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas".split(),
    ),
    "nl": (
        "Emma Julia Sophie Tess Anna Fleur Lotte Sanne Eva Femke Anouk Marieke Ilse Noor Iris Mirjam".split(),
        "Daan Sem Lucas Levi Finn Milan Bram Thijs Jeroen Sander Ruben Niels Joost Pieter Wouter Gert-Jan".split(),
        "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer".split("|"),
    ),
    "pl": (
        "Zuzanna Julia Maja Zofia Hanna Anna Katarzyna Agnieszka Magdalena Joanna Aleksandra Monika Ewa Natalia Karolina Małgorzata".split(),
        "Jakub Kacper Szymon Jan Filip Mateusz Michał Piotr Tomasz Krzysztof Paweł Łukasz Marcin Wojciech Bartosz Grzegorz".split(),
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowicki Pawłowski".split(),
    ),
}

LANG = {"us": "en", "gb": "en", "in": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "br": "pt", "nl": "nl", "pl": "pl"}

TITLES = {
    "us": (["Ms.", "Mrs.", "Dr."], ["Mr.", "Dr."]), "gb": (["Ms", "Mrs", "Miss", "Dr"], ["Mr", "Dr"]),
    "in": (["Ms.", "Mrs.", "Dr."], ["Mr.", "Dr.", "Shri"]), "de": (["Frau", "Frau Dr."], ["Herr", "Herr Dr."]),
    "fr": (["Mme", "Mme", "Dr"], ["M.", "M.", "Dr"]), "es": (["Sra.", "Dra."], ["Sr.", "Dr."]),
    "it": (["Sig.ra", "Dott.ssa"], ["Sig.", "Dott."]), "br": (["Sra.", "Dra."], ["Sr.", "Dr."]),
    "nl": (["mevr.", "mevrouw"], ["dhr.", "de heer"]), "pl": (["Pani", "dr"], ["Pan", "dr"]),
}

US_CITIES = [
    ("New York", "NY", "100"), ("Brooklyn", "NY", "112"), ("Los Angeles", "CA", "900"), ("San Francisco", "CA", "941"),
    ("San Diego", "CA", "921"), ("Chicago", "IL", "606"), ("Houston", "TX", "770"), ("Austin", "TX", "787"),
    ("Dallas", "TX", "752"), ("Phoenix", "AZ", "850"), ("Philadelphia", "PA", "191"), ("Pittsburgh", "PA", "152"),
    ("Seattle", "WA", "981"), ("Portland", "OR", "972"), ("Denver", "CO", "802"), ("Boston", "MA", "021"),
    ("Atlanta", "GA", "303"), ("Miami", "FL", "331"), ("Orlando", "FL", "328"), ("Minneapolis", "MN", "554"),
    ("Detroit", "MI", "482"), ("Columbus", "OH", "432"), ("Charlotte", "NC", "282"), ("Raleigh", "NC", "276"),
    ("Nashville", "TN", "372"), ("Salt Lake City", "UT", "841"), ("Madison", "WI", "537"), ("Baltimore", "MD", "212"),
    ("Ann Arbor", "MI", "481"), ("Kansas City", "MO", "641"), ("St. Louis", "MO", "631"), ("Albuquerque", "NM", "871"),
    ("Sacramento", "CA", "958"), ("Tucson", "AZ", "857"), ("Richmond", "VA", "232"), ("Arlington", "VA", "222"),
    ("Newark", "NJ", "071"), ("Hartford", "CT", "061"), ("Boise", "ID", "837"), ("Omaha", "NE", "681"),
]
US_STATES = {"NY": "New York", "CA": "California", "IL": "Illinois", "TX": "Texas", "AZ": "Arizona", "PA": "Pennsylvania",
             "WA": "Washington", "OR": "Oregon", "CO": "Colorado", "MA": "Massachusetts", "GA": "Georgia", "FL": "Florida",
             "MN": "Minnesota", "MI": "Michigan", "OH": "Ohio", "NC": "North Carolina", "TN": "Tennessee", "UT": "Utah",
             "WI": "Wisconsin", "MD": "Maryland", "MO": "Missouri", "NM": "New Mexico", "VA": "Virginia", "NJ": "New Jersey",
             "CT": "Connecticut", "ID": "Idaho", "NE": "Nebraska"}
US_AREA = {"NY": ["212", "646", "718", "347", "917"], "CA": ["213", "310", "415", "619", "916", "510", "408"], "IL": ["312", "773"],
           "TX": ["713", "512", "214", "469"], "AZ": ["602", "520", "480"], "PA": ["215", "412", "267"], "WA": ["206", "425"],
           "OR": ["503", "971"], "CO": ["303", "720"], "MA": ["617", "857"], "GA": ["404", "678"], "FL": ["305", "407", "786"],
           "MN": ["612", "651"], "MI": ["313", "734", "248"], "OH": ["614", "216"], "NC": ["704", "919", "980"], "TN": ["615", "629"],
           "UT": ["801", "385"], "WI": ["608", "414"], "MD": ["410", "443"], "MO": ["816", "314"], "NM": ["505"], "VA": ["804", "703", "571"],
           "NJ": ["973", "201"], "CT": ["860"], "ID": ["208"], "NE": ["402"]}
US_STREETS = "Maple Oak Cedar Pine Elm Washington Lincoln Jefferson Park Lake Hill Sunset Highland Franklin Madison Meadow River Willow Chestnut Walnut Spring Ridge Forest Church Mill Prospect Grand Cherry Dogwood Magnolia Juniper Hawthorne Bluebonnet Sycamore Aspen".split()
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Way", "Pl", "Terrace", "Pkwy", "Cir"]

GB_CITIES = [("London", ["SW1A", "SE1", "E14", "N1", "W2", "NW3", "EC1V", "WC2H", "SW9", "E17"]), ("Manchester", ["M1", "M4", "M14", "M20"]),
             ("Birmingham", ["B1", "B15", "B29"]), ("Leeds", ["LS1", "LS6", "LS17"]), ("Glasgow", ["G1", "G12", "G41"]),
             ("Edinburgh", ["EH1", "EH3", "EH10"]), ("Bristol", ["BS1", "BS6", "BS8"]), ("Liverpool", ["L1", "L8", "L17"]),
             ("Cardiff", ["CF10", "CF11", "CF24"]), ("Cambridge", ["CB1", "CB2", "CB4"]), ("Oxford", ["OX1", "OX2", "OX4"]),
             ("Sheffield", ["S1", "S10", "S11"]), ("Nottingham", ["NG1", "NG7"]), ("Newcastle upon Tyne", ["NE1", "NE2", "NE6"]),
             ("Belfast", ["BT1", "BT7", "BT9"])]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Avenue", "Queen's Road",
              "King Street", "Mill Lane", "The Crescent", "Harrow Road", "Albert Road", "Grange Road", "Windsor Close", "Orchard Way",
              "Beech Grove", "Kingsway", "Cromwell Street", "Abbey Road"]
IN_CITIES = [("Bengaluru", "Karnataka", 560001, 103, ["Indiranagar", "Koramangala", "Whitefield", "Jayanagar", "HSR Layout"]),
             ("Mumbai", "Maharashtra", 400001, 104, ["Andheri East", "Powai", "Bandra West", "Malad West"]),
             ("Pune", "Maharashtra", 411001, 62, ["Kothrud", "Hinjewadi", "Viman Nagar", "Baner"]),
             ("Hyderabad", "Telangana", 500001, 100, ["Gachibowli", "Madhapur", "Kondapur", "Banjara Hills"]),
             ("Chennai", "Tamil Nadu", 600001, 130, ["Adyar", "Velachery", "T. Nagar", "Anna Nagar"]),
             ("New Delhi", "Delhi", 110001, 97, ["Saket", "Dwarka", "Lajpat Nagar", "Vasant Kunj"]),
             ("Kolkata", "West Bengal", 700001, 160, ["Salt Lake", "Ballygunge", "New Town"]),
             ("Noida", "Uttar Pradesh", 201301, 10, ["Sector 62", "Sector 18", "Sector 137"]),
             ("Gurugram", "Haryana", 122001, 18, ["DLF Phase 3", "Sohna Road", "Sector 56"])]
IN_BUILDINGS = ["Sai Residency", "Prestige Shantiniketan", "Lodha Park", "Sobha Dewflower", "Brigade Gateway", "Mahaveer Ranches", "Shree Krishna Apartments", "Lakeview Enclave"]
IN_STREETS = ["14th Cross", "2nd Main Road", "MG Road", "Link Road", "Station Road", "100 Feet Road", "5th Block", "Nehru Street"]

DE_CITIES = [("Berlin", "Berlin", 10115, 14199), ("München", "Bayern", 80331, 81929), ("Hamburg", "Hamburg", 20095, 22769),
             ("Köln", "Nordrhein-Westfalen", 50667, 51149), ("Frankfurt am Main", "Hessen", 60306, 60599),
             ("Stuttgart", "Baden-Württemberg", 70173, 70629), ("Düsseldorf", "Nordrhein-Westfalen", 40210, 40629),
             ("Leipzig", "Sachsen", 4103, 4357), ("Dresden", "Sachsen", 1067, 1328), ("Hannover", "Niedersachsen", 30159, 30669),
             ("Nürnberg", "Bayern", 90402, 90491), ("Bremen", "Bremen", 28195, 28779), ("Heidelberg", "Baden-Württemberg", 69115, 69126),
             ("Freiburg im Breisgau", "Baden-Württemberg", 79098, 79117), ("Münster", "Nordrhein-Westfalen", 48143, 48167)]
DE_STREETS = ["Hauptstraße", "Schulstraße", "Bahnhofstraße", "Gartenstraße", "Dorfstraße", "Bergstraße", "Lindenstraße", "Kirchweg",
              "Goethestraße", "Schillerstraße", "Am Markt", "Friedrichstraße", "Rosenweg", "Mozartstraße", "Kastanienallee",
              "Birkenweg", "Heinrich-Heine-Straße", "Waldstraße", "Sonnenallee", "Uhlandstraße"]
FR_CITIES = [("Paris", "Île-de-France", 75001, 75020), ("Lyon", "Auvergne-Rhône-Alpes", 69001, 69009), ("Marseille", "Provence-Alpes-Côte d'Azur", 13001, 13016),
             ("Toulouse", "Occitanie", 31000, 31500), ("Nice", "Provence-Alpes-Côte d'Azur", 6000, 6300), ("Nantes", "Pays de la Loire", 44000, 44300),
             ("Strasbourg", "Grand Est", 67000, 67200), ("Montpellier", "Occitanie", 34000, 34090), ("Bordeaux", "Nouvelle-Aquitaine", 33000, 33800),
             ("Lille", "Hauts-de-France", 59000, 59800), ("Rennes", "Bretagne", 35000, 35700), ("Grenoble", "Auvergne-Rhône-Alpes", 38000, 38100)]
FR_STREETS = ["rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "rue de la Paix", "boulevard Voltaire", "rue des Lilas",
              "avenue de la Gare", "rue Pasteur", "place de la Mairie", "rue Nationale", "allée des Tilleuls", "rue Jules Ferry",
              "chemin des Vignes", "impasse des Acacias", "rue du Moulin", "quai des Chartrons"]
ES_CITIES = [("Madrid", "Madrid", 28001, 28055), ("Barcelona", "Barcelona", 8001, 8042), ("Valencia", "Valencia", 46001, 46026),
             ("Sevilla", "Sevilla", 41001, 41020), ("Zaragoza", "Zaragoza", 50001, 50021), ("Málaga", "Málaga", 29001, 29018),
             ("Bilbao", "Bizkaia", 48001, 48015), ("Granada", "Granada", 18001, 18015), ("Salamanca", "Salamanca", 37001, 37008),
             ("Alicante", "Alicante", 3001, 3016), ("Valladolid", "Valladolid", 47001, 47016)]
ES_STREETS = ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Paseo de Gracia", "Gran Vía",
              "Calle San Juan", "Avenida de América", "Calle del Carmen", "Calle Luna", "Calle Colón", "Ronda de Segovia",
              "Calle Serrano", "Avenida Diagonal", "Calle Larios"]
IT_CITIES = [("Roma", "RM", 118, 199), ("Milano", "MI", 20121, 20162), ("Napoli", "NA", 80121, 80147), ("Torino", "TO", 10121, 10156),
             ("Bologna", "BO", 40121, 40141), ("Firenze", "FI", 50121, 50145), ("Genova", "GE", 16121, 16167), ("Palermo", "PA", 90121, 90151),
             ("Padova", "PD", 35121, 35143), ("Verona", "VR", 37121, 37142), ("Bari", "BA", 70121, 70132), ("Pisa", "PI", 56121, 56128)]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Via Dante Alighieri", "Piazza della Repubblica",
              "Via Verdi", "Via Cavour", "Viale dei Mille", "Via Manzoni", "Via XX Settembre", "Via San Francesco", "Corso Italia", "Via dei Tigli"]
BR_CITIES = [("São Paulo", "SP", 1000, 5999), ("Rio de Janeiro", "RJ", 20000, 23799), ("Belo Horizonte", "MG", 30000, 31999),
             ("Curitiba", "PR", 80000, 82999), ("Porto Alegre", "RS", 90000, 91999), ("Salvador", "BA", 40000, 42499),
             ("Recife", "PE", 50000, 52999), ("Fortaleza", "CE", 60000, 61599), ("Brasília", "DF", 70000, 72799),
             ("Campinas", "SP", 13000, 13139), ("Florianópolis", "SC", 88000, 88099)]
BR_STREETS = ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua XV de Novembro", "Avenida Brasil", "Rua da Consolação",
              "Rua Sete de Setembro", "Avenida Atlântica", "Rua Oscar Freire", "Rua dos Andradas", "Rua Bahia", "Rua Padre Chagas", "Rua Tiradentes"]
BR_BAIRROS = ["Jardim Paulista", "Pinheiros", "Vila Mariana", "Moema", "Copacabana", "Botafogo", "Savassi", "Centro", "Batel",
              "Moinhos de Vento", "Boa Viagem", "Meireles", "Asa Sul", "Trindade"]
BR_STATES = {"SP": "São Paulo", "RJ": "Rio de Janeiro", "MG": "Minas Gerais", "PR": "Paraná", "RS": "Rio Grande do Sul", "BA": "Bahia",
             "PE": "Pernambuco", "CE": "Ceará", "DF": "Distrito Federal", "SC": "Santa Catarina"}
NL_CITIES = [("Amsterdam", "Noord-Holland", 1011, 1109), ("Rotterdam", "Zuid-Holland", 3011, 3089), ("Den Haag", "Zuid-Holland", 2491, 2599),
             ("Utrecht", "Utrecht", 3511, 3585), ("Eindhoven", "Noord-Brabant", 5611, 5658), ("Groningen", "Groningen", 9711, 9747),
             ("Leiden", "Zuid-Holland", 2311, 2334), ("Delft", "Zuid-Holland", 2611, 2629), ("Nijmegen", "Gelderland", 6511, 6546),
             ("Haarlem", "Noord-Holland", 2011, 2037), ("Maastricht", "Limburg", 6211, 6229)]
NL_STREETS = ["Keizersgracht", "Prinsengracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenstraat", "Julianalaan", "Beatrixstraat",
              "Wilhelminastraat", "Schoolstraat", "Nieuwe Binnenweg", "Oudegracht", "Herengracht", "Lindelaan", "Vondelstraat"]
PL_CITIES = [("Warszawa", "mazowieckie", 0, 4), ("Kraków", "małopolskie", 30, 31), ("Wrocław", "dolnośląskie", 50, 54),
             ("Poznań", "wielkopolskie", 60, 61), ("Gdańsk", "pomorskie", 80, 80), ("Łódź", "łódzkie", 90, 94),
             ("Katowice", "śląskie", 40, 40), ("Lublin", "lubelskie", 20, 20), ("Szczecin", "zachodniopomorskie", 70, 71)]
PL_STREETS = ["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "ul. Floriańska", "ul. Mickiewicza", "ul. Słowackiego",
              "al. Jerozolimskie", "ul. Kościuszki", "ul. Polna", "ul. Lipowa", "ul. Ogrodowa", "ul. Świętokrzyska", "ul. Grunwaldzka"]

COUNTRY_EN = {"us": "United States", "gb": "United Kingdom", "in": "India", "de": "Germany", "fr": "France", "es": "Spain",
              "it": "Italy", "br": "Brazil", "nl": "Netherlands", "pl": "Poland"}
COUNTRY_LOCAL = {"us": "USA", "gb": "UK", "in": "India", "de": "Deutschland", "fr": "France", "es": "España", "it": "Italia",
                 "br": "Brasil", "nl": "Nederland", "pl": "Polska"}

MAIL_FREE = {
    "us": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me"],
    "gb": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
}
CORP_DOMAINS = ["northwindtraders.com", "contoso.com", "globex-corp.com", "initech.io", "brightwave-analytics.com",
                "pinecrestlogistics.com", "halcyonfoods.com", "bluefinsoftware.io", "redwoodstaffing.com", "lumenhealth.org",
                "tailspin-toys.com", "fabrikam.net", "vandelay-industries.com", "orbitpay.io", "keystone-mfg.com"]
EDU_DOMAINS = ["lakeshore.edu", "westbrook.edu", "stateu-north.edu", "hillcrest-isd.org", "maplewoodschools.org",
               "riverside-usd.org", "eastfield.ac.uk", "kingsbridge.ac.uk"]
GENERIC_COMPANIES = ["Northwind Traders", "Contoso Ltd.", "Globex Corporation", "Initech", "Brightwave Analytics", "Pinecrest Logistics",
                     "Halcyon Foods", "Bluefin Software", "Redwood Staffing Partners", "Lumen Health", "Tailspin Toys", "Fabrikam Inc.",
                     "Vandelay Industries", "OrbitPay", "Keystone Manufacturing", "Summit Ridge Bank", "Clearwater Credit Union"]
PEOPLE_COMPANIES = ["Johnson & Johnson", "Ernst & Young", "Procter & Gamble", "Goldman Sachs", "Morgan Stanley", "McKinsey & Company",
                    "Ben & Jerry's", "Hewlett-Packard", "Dell Technologies", "Ford Motor Company", "The Walt Disney Company",
                    "Deloitte", "Robert Bosch GmbH", "Müller & Söhne GmbH", "Dr. Oetker", "Louis Vuitton", "Ferrari S.p.A.",
                    "Philips", "Albert Heijn", "Kellogg's", "Marriott International", "Hilton", "Dyson", "Porsche AG", "Boeing",
                    "Siemens AG", "Barilla", "Lacoste", "Michelin", "Wendy's", "Charles Schwab", "John Lewis Partnership"]
UNIVERSITIES = ["Stanford University", "Carnegie Mellon University", "Duke University", "Vanderbilt University", "Rice University",
                "Johns Hopkins University", "Lakeshore State University", "Westbrook College", "Northeastern University",
                "Purdue University", "Brigham Young University", "Cornell University", "Tufts University", "Emory University"]
SKILLS = ["Python", "SQL", "Workday", "SAP SuccessFactors", "Excel (pivot tables, XLOOKUP)", "Tableau", "Salesforce", "Greenhouse",
          "BambooHR", "ADP Workforce Now", "UKG Pro", "Power BI", "Java", "JavaScript", "Canvas LMS", "Blackboard", "Kubernetes",
          "AWS", "Terraform", "Jira", "HRIS data migration", "Payroll reconciliation", "Benefits administration", "Figma"]
LANGS_EN = ["English", "Spanish", "German", "French", "Mandarin", "Hindi", "Portuguese", "Polish", "Dutch", "Italian", "Japanese", "Arabic", "Tagalog"]
PETS = ["Biscuit", "Luna", "Milo", "Pepper", "Waffles", "Mochi", "Ziggy", "Nala", "Rocco", "Pumpkin"]
DRUGS = ["ibuprofen", "amoxicillin", "albuterol inhaler", "cetirizine", "sertraline", "methylphenidate", "EpiPen (epinephrine)",
         "fluticasone", "insulin glargine", "levothyroxine", "montelukast"]
JOB_TITLES = ["HR Generalist", "Talent Acquisition Partner", "Payroll Specialist", "Software Engineer II", "Data Analyst",
              "Benefits Coordinator", "Senior Recruiter", "Instructional Designer", "Registrar Assistant", "Financial Aid Counselor",
              "Customer Success Manager", "Warehouse Supervisor", "Teaching Assistant", "Product Manager", "Accountant",
              "Site Reliability Engineer", "People Operations Manager", "Learning & Development Lead", "Office Manager", "Nurse Educator"]
DEPTS = ["People Operations", "Engineering", "Finance", "Customer Success", "Operations", "Registrar's Office", "Student Affairs",
         "Facilities", "Sales", "Marketing", "Information Technology", "Academic Affairs", "Payroll", "Talent Acquisition"]


def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


class Person:
    def __init__(self, rng, loc, gender=None):
        self.loc = loc
        self.g = gender or rng.choice("FM")
        F, M, S = NAMES[loc]
        self.first = rng.choice(F if self.g == "F" else M)
        if loc == "es":
            self.last = rng.choice(S) + (" " + rng.choice(S) if rng.random() < 0.8 else "")
        elif loc == "br":
            k = rng.random()
            if k < 0.35:
                self.last = rng.choice(S) + " " + rng.choice(["da Silva", "dos Santos", "de Oliveira", "de Souza", "Costa"])
            elif k < 0.6:
                self.last = rng.choice(S) + " " + rng.choice(S)
            else:
                self.last = rng.choice(S)
            if rng.random() < 0.2:
                self.first = self.first + " " + rng.choice(F if self.g == "F" else M)
        elif loc == "pl":
            last = rng.choice(S)
            if self.g == "F":
                last = re.sub(r"ski$", "ska", re.sub(r"cki$", "cka", last))
            self.last = last
        else:
            self.last = rng.choice(S)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW") if (loc == "us" and rng.random() < 0.4) else ""
        self.title = rng.choice(TITLES[loc][0 if self.g == "F" else 1])

    def full(self):
        return "%s %s" % (self.first, self.last)

    def fmi(self):
        return "%s %s. %s" % (self.first, self.mi, self.last) if self.mi else self.full()

    def lf(self):
        return "%s, %s" % (self.last, self.first)

    def any(self, rng):
        k = rng.random()
        if k < 0.55:
            return self.full()
        if k < 0.75:
            return self.fmi()
        if k < 0.9:
            return self.lf()
        return self.full().upper()

    def email(self, rng, domain=None):
        f, l = slug(self.first.split()[0]), slug(self.last.split()[-1])
        domain = domain or rng.choice(MAIL_FREE[self.loc])
        k = rng.randrange(6)
        local = [f + "." + l, f[0] + l, f + l[0], f + "_" + l + str(rng.randint(1, 99)), f + "." + l + str(rng.randint(70, 99)), l + "." + f][k]
        return local + "@" + domain

    def handle(self, rng):
        f, l = slug(self.first.split()[0]), slug(self.last.split()[-1])
        return rng.choice([f + "." + l, f[0] + l, f + "_" + l[:3], f + l[0] + str(rng.randint(1, 9))])


class Addr:
    """street (incl. number), unit, city, region, postcode; fmt per locale."""

    def __init__(self, rng, loc):
        self.loc = loc
        r = rng
        self.unit = ""
        if loc == "us":
            city, st, z = r.choice(US_CITIES)
            num = str(r.randint(12, 9899))
            name = r.choice(US_STREETS)
            if r.random() < 0.15:
                n = r.randint(2, 99)
                suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
                name = "%d%s" % (n, suf)
            pre = r.choice(["", "", "", "N ", "S ", "E ", "W "])
            self.street = "%s %s%s %s" % (num, pre, name, r.choice(US_SUFFIX))
            if r.random() < 0.4:
                self.unit = r.choice(["Apt %d%s" % (r.randint(1, 30), r.choice("ABCD")), "Apt %d" % r.randint(101, 1520),
                                      "Unit %d" % r.randint(1, 40), "#%d" % r.randint(2, 900), "Suite %d" % r.randint(100, 900)])
            self.city, self.region, self.region_full = city, st, US_STATES[st]
            self.postcode = z + "%02d" % r.randint(1, 99)
            if r.random() < 0.15:
                self.postcode += "-%04d" % r.randint(1, 9999)
        elif loc == "gb":
            city, outs = r.choice(GB_CITIES)
            self.street = "%d %s" % (r.randint(1, 240), r.choice(GB_STREETS))
            if r.random() < 0.35:
                self.unit = r.choice(["Flat %d" % r.randint(1, 40), "Flat %d%s" % (r.randint(1, 9), r.choice("ABC")), "Apartment %d" % r.randint(1, 60)])
            self.city, self.region, self.region_full = city, "", ""
            self.postcode = "%s %d%s" % (r.choice(outs), r.randint(1, 9), rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2))
        elif loc == "in":
            city, state, pin0, span, areas = r.choice(IN_CITIES)
            self.unit = "Flat %d%02d" % (r.randint(1, 14), r.randint(1, 12))
            self.street = "%s, %s, %s" % (r.choice(IN_BUILDINGS), r.choice(IN_STREETS), r.choice(areas))
            self.city, self.region, self.region_full = city, state, state
            self.postcode = str(pin0 + r.randint(0, span))
        elif loc == "de":
            city, land, p0, p1 = r.choice(DE_CITIES)
            self.street = "%s %d%s" % (r.choice(DE_STREETS), r.randint(1, 180), r.choice(["", "", "", "a", "b"]))
            self.city, self.region, self.region_full = city, land, land
            self.postcode = "%05d" % r.randint(p0, p1)
        elif loc == "fr":
            city, reg, p0, p1 = r.choice(FR_CITIES)
            self.street = "%d%s %s" % (r.randint(1, 140), r.choice(["", "", "", " bis"]), r.choice(FR_STREETS))
            if r.random() < 0.3:
                self.unit = r.choice(["Bât. %s" % r.choice("ABC"), "Appt %d" % r.randint(1, 60), "Résidence Les Érables, Bât. %s" % r.choice("ABCD")])
            self.city, self.region, self.region_full = city, reg, reg
            self.postcode = "%05d" % r.randint(p0, p1)
        elif loc == "es":
            city, prov, p0, p1 = r.choice(ES_CITIES)
            self.street = "%s, %d" % (r.choice(ES_STREETS), r.randint(1, 220))
            if r.random() < 0.7:
                self.unit = r.choice(["%dº %s" % (r.randint(1, 9), r.choice("ABCD")), "%dº %dª" % (r.randint(1, 8), r.randint(1, 4)), "bajo %s" % r.choice("AB")])
            self.city, self.region, self.region_full = city, prov, prov
            self.postcode = "%05d" % r.randint(p0, p1)
        elif loc == "it":
            city, pv, p0, p1 = r.choice(IT_CITIES)
            self.street = "%s %d%s" % (r.choice(IT_STREETS), r.randint(1, 200), r.choice(["", "", "", "/A", "/B"]))
            if r.random() < 0.2:
                self.unit = "scala %s, int. %d" % (r.choice("ABC"), r.randint(1, 20))
            self.city, self.region, self.region_full = city, pv, pv
            self.postcode = "%05d" % r.randint(p0, p1)
        elif loc == "br":
            city, uf, p0, p1 = r.choice(BR_CITIES)
            self.street = "%s, %d" % (r.choice(BR_STREETS), r.randint(10, 3500))
            if r.random() < 0.5:
                self.unit = r.choice(["Apto %d" % r.randint(11, 204), "Casa %d" % r.randint(1, 4), "Bloco %s, Apto %d" % (r.choice("ABC"), r.randint(11, 99))])
            self.bairro = r.choice(BR_BAIRROS)
            self.city, self.region, self.region_full = city, uf, BR_STATES[uf]
            self.postcode = "%05d-%03d" % (r.randint(p0, p1), r.randint(0, 999))
        elif loc == "nl":
            city, prov, p0, p1 = r.choice(NL_CITIES)
            self.street = "%s %d%s" % (r.choice(NL_STREETS), r.randint(1, 400), r.choice(["", "", "", "-II", "A", "-H"]))
            self.city, self.region, self.region_full = city, prov, prov
            self.postcode = "%d %s" % (r.randint(p0, p1), rs(r, "ABCDEGHJKLMNPRSTVWXZ", 2))
        elif loc == "pl":
            city, woj, p0, p1 = r.choice(PL_CITIES)
            self.street = "%s %d%s" % (r.choice(PL_STREETS), r.randint(1, 150), r.choice(["", "", "/%d" % r.randint(1, 80)]))
            self.city, self.region, self.region_full = city, woj, woj
            self.postcode = "%02d-%03d" % (r.randint(p0, p1), r.randint(1, 999))
        else:
            raise ValueError(loc)

    def line1(self):
        if not self.unit:
            return self.street
        if self.loc == "gb" or self.loc == "in":
            return "%s, %s" % (self.unit, self.street)
        if self.loc == "br":
            return "%s, %s - %s" % (self.street, self.unit, self.bairro)
        if self.loc in ("es", "fr", "it"):
            return "%s, %s" % (self.street, self.unit)
        return "%s, %s" % (self.street, self.unit)

    def cityline(self):
        l = self.loc
        if l == "us":
            return "%s, %s %s" % (self.city, self.region, self.postcode)
        if l == "gb":
            return "%s %s" % (self.city, self.postcode)
        if l == "in":
            return "%s, %s %s" % (self.city, self.region, self.postcode)
        if l == "it":
            return "%s %s (%s)" % (self.postcode, self.city, self.region)
        if l == "br":
            return "%s - %s, %s" % (self.city, self.region, self.postcode)
        return "%s %s" % (self.postcode, self.city)

    def lines(self, country=False):
        out = [self.line1()]
        if self.loc == "br" and not self.unit:
            out = [self.street + " - " + self.bairro]
        out.append(self.cityline())
        if country:
            out.append(COUNTRY_EN[self.loc] if LANG[self.loc] == "en" else COUNTRY_LOCAL[self.loc])
        return out

    def one(self, country=False):
        return ", ".join(self.lines(country))

    def block(self, country=False):
        return "\n".join(self.lines(country))


def phone(rng, loc, kind=None, region=None):
    r = rng
    d = lambda n: rs(r, DIG, n)
    if loc == "us":
        if kind == "tollfree":
            a = r.choice(["800", "888", "877", "866", "855"])
            return r.choice(["1-%s-%s-%s", "(%s) %s-%s", "%s-%s-%s", "1 (%s) %s-%s"]) % (a, str(r.randint(200, 999)), d(4))
        area = r.choice(US_AREA.get(region, sum(US_AREA.values(), [])))
        ex = str(r.randint(201, 989))
        if ex[1:] == "11":
            ex = "555"
        ln = d(4)
        return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s-%s-%s", "+1 (%s) %s-%s", "%s %s %s", "+1 %s %s %s"]) % (area, ex, ln)
    if loc == "gb":
        k = r.randrange(4)
        if k == 0:
            return "07%s %s" % (d(3), d(6))
        if k == 1:
            return "+44 7%s %s" % (d(3), d(6))
        if k == 2:
            return r.choice(["020 %s %s" % (r.randint(3000, 8999), d(4)), "0161 %s %s" % (d(3), d(4)), "0113 %s %s" % (d(3), d(4))])
        return "+44 (0)20 %d %s" % (r.randint(3000, 8999), d(4))
    if loc == "in":
        m = str(r.choice([6, 7, 8, 9])) + d(4)
        return r.choice(["+91 %s %s" % (m, d(5)), "+91-%s-%s" % (m, d(5)), "%s%s" % (m, d(5)), "+91 80 %s %s" % (d(4), d(4)), "022-%s %s" % (d(4), d(4))])
    if loc == "de":
        k = r.randrange(5)
        mob = r.choice(["151", "152", "157", "160", "162", "170", "171", "176", "177"])
        if k == 0:
            return "+49 %s %s" % (mob, d(8))
        if k == 1:
            return "0%s %s" % (mob, d(r.choice([7, 8])))
        if k == 2:
            return "0%s/%s" % (mob, d(7))
        if k == 3:
            return "+49 %s %s" % (r.choice(["30", "89", "40", "221", "69", "711"]), d(r.choice([7, 8])))
        return "(0%s) %s %s" % (r.choice(["30", "89", "40", "221", "69"]), d(3), d(4))
    if loc == "fr":
        pairs = " ".join(d(2) for _ in range(4))
        k = r.randrange(4)
        if k == 0:
            return "0%s %s" % (r.choice("67"), pairs)
        if k == 1:
            return "+33 %s %s" % (r.choice("67"), pairs)
        if k == 2:
            return "0%s %s" % (r.choice("12345"), pairs)
        return "+33 (0)%s %s" % (r.choice("1459"), pairs)
    if loc == "es":
        k = r.randrange(3)
        if k == 0:
            return "6%s %s %s" % (d(2), d(3), d(3))
        if k == 1:
            return "+34 6%s %s %s" % (d(2), d(3), d(3))
        return "9%s %s %s %s" % (r.choice("13456"), d(3), d(2), d(2))
    if loc == "it":
        k = r.randrange(3)
        if k == 0:
            return "3%s %s %s" % (d(2), d(3), d(4))
        if k == 1:
            return "+39 3%s %s %s" % (d(2), d(3), d(4))
        return "+39 0%s %s %s" % (r.choice(["2", "6", "11", "51", "55"]), d(4), d(4))
    if loc == "br":
        ddd = r.choice(["11", "21", "31", "41", "51", "71", "81", "85", "61", "19", "48"])
        k = r.randrange(3)
        if k == 0:
            return "(%s) 9%s-%s" % (ddd, d(4), d(4))
        if k == 1:
            return "+55 %s 9%s-%s" % (ddd, d(4), d(4))
        return "(%s) %s-%s" % (ddd, r.randint(2000, 3999), d(4))
    if loc == "nl":
        k = r.randrange(4)
        if k == 0:
            return "06-%s" % d(8)
        if k == 1:
            return "06 %s %s" % (d(4), d(4))
        if k == 2:
            return "+31 6 %s" % d(8)
        return r.choice(["020-%s" % d(7), "+31 20 %s %s" % (d(3), d(4)), "010-%s %s" % (d(3), d(4))])
    if loc == "pl":
        k = r.randrange(3)
        if k == 0:
            return "+48 %s %s %s" % (r.choice(["5", "6", "7", "8"]) + d(2), d(3), d(3))
        if k == 1:
            return "%s %s %s" % (r.choice(["5", "6", "7"]) + d(2), d(3), d(3))
        return "+48 %s %s %s %s" % (r.choice(["22", "12", "71", "61", "58"]), d(3), d(2), d(2))
    raise ValueError(loc)


# ---------------------------------------------------------------------------
# dates
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
}


def rdate(rng, y0, y1):
    a, b = date(y0, 1, 1).toordinal(), date(y1, 12, 31).toordinal()
    return date.fromordinal(rng.randint(a, b))


def rdt(rng, y0=2023, y1=2025, h0=8, h1=17):
    d = rdate(rng, y0, y1)
    while d.weekday() > 4:
        d += timedelta(days=1)
    return datetime(d.year, d.month, d.day, rng.randint(h0, h1), rng.choice([0, 0, 15, 30, 30, 45]))


def _ord(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


DATE_STYLES = {
    "us": ["{mon} {d}, {y}", "{mm}/{dd}/{y}", "{m}/{d}/{y}", "{y}-{mm}-{dd}", "{mon3} {d}, {y}"],
    "gb": ["{d} {mon} {y}", "{dd}/{mm}/{y}", "{d}{ord} {mon} {y}", "{y}-{mm}-{dd}", "{d} {mon3} {y}"],
    "in": ["{dd}/{mm}/{y}", "{dd}-{mm}-{y}", "{d} {mon} {y}", "{dd}-{mon3}-{y}"],
    "de": ["{dd}.{mm}.{y}", "{dd}.{mm}.{y}", "{d}. {mon} {y}", "{y}-{mm}-{dd}"],
    "fr": ["{dd}/{mm}/{y}", "{dd}/{mm}/{y}", "{d} {mon} {y}"],
    "es": ["{dd}/{mm}/{y}", "{d} de {mon} de {y}", "{dd}-{mm}-{y}"],
    "it": ["{dd}/{mm}/{y}", "{d} {mon} {y}", "{dd}/{mm}/{y}"],
    "br": ["{dd}/{mm}/{y}", "{dd}/{mm}/{y}", "{d} de {mon} de {y}"],
    "nl": ["{dd}-{mm}-{y}", "{d} {mon} {y}"],
    "pl": ["{dd}.{mm}.{y}", "{d} {mon} {y}"],
    "iso": ["{y}-{mm}-{dd}"],
}


def fdate(rng, d, loc, style=None):
    lang = "en" if loc == "iso" else LANG[loc]
    st = style if style is not None else rng.choice(DATE_STYLES[loc])
    mon = MONTHS[lang][d.month - 1]
    dd = str(d.day)
    if lang == "fr" and d.day == 1 and "{d} {mon}" in st:
        dd = "1er"
    return st.format(d=dd, dd="%02d" % d.day, m=d.month, mm="%02d" % d.month, y=d.year, mon=mon,
                     mon3=mon[:3], ord=_ord(d.day))


def ftime(rng, t, loc, style=None):
    h, m = t.hour, t.minute
    lang = LANG.get(loc, "en")
    if loc == "us" or (loc in ("gb", "in") and rng.random() < 0.5):
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        if rng.random() < 0.2:
            ap = ap.lower()
        return "%d:%02d %s" % (h12, m, ap)
    if lang in ("fr", "pt") and rng.random() < 0.5:
        return "%dh%02d" % (h, m) if m else "%dh" % h
    if lang == "de" and rng.random() < 0.5:
        return "%02d:%02d Uhr" % (h, m)
    return "%02d:%02d" % (h, m)


def fdt(rng, dt, loc, weekday=None):
    """date + time joined -> ONE span string."""
    lang = LANG[loc]
    weekday = rng.random() < 0.45 if weekday is None else weekday
    wd = WEEKDAYS[lang][dt.weekday()]
    ds = fdate(rng, dt.date(), loc)
    ts = ftime(rng, dt, loc)
    if lang == "en":
        if weekday:
            wd = wd if rng.random() < 0.7 else wd[:3]
            return rng.choice(["%s, %s at %s", "%s, %s, %s", "%s %s at %s"]) % (wd, ds, ts)
        return rng.choice(["%s at %s", "%s, %s", "%s %s"]) % (ds, ts)
    joiner = {"de": " um ", "fr": " à ", "es": " a las ", "it": " alle ", "pt": " às ", "nl": ", ", "pl": ", "}[lang]
    if rng.random() < 0.35:
        joiner = ", "
    if weekday:
        sep = " " if lang in ("fr", "it", "nl") else ", "
        return wd + sep + ds + joiner + ts
    return ds + joiner + ts


class Ctx:
    def __init__(self, rng, loc):
        self.r = rng
        self.loc = loc
        self.lang = LANG[loc]

    def person(self, gender=None, loc=None):
        return Person(self.r, loc or self.loc, gender)

    def addr(self, loc=None):
        return Addr(self.r, loc or self.loc)

    def phone(self, kind=None, loc=None, region=None):
        return phone(self.r, loc or self.loc, kind, region)

    def date(self, d, style=None):
        return fdate(self.r, d, self.loc, style)

    def dt(self, dt, weekday=None):
        return fdt(self.r, dt, self.loc, weekday)

    def time(self, t):
        return ftime(self.r, t, self.loc)

    def city(self, loc=None):
        a = Addr(self.r, loc or self.loc)
        return a

    def cityname(self, with_region=None, loc=None):
        a = Addr(self.r, loc or self.loc)
        with_region = self.r.random() < 0.5 if with_region is None else with_region
        if not with_region:
            return a.city
        if a.loc == "us":
            return "%s, %s" % (a.city, a.region)
        if a.loc in ("in", "br"):
            return "%s, %s" % (a.city, a.region_full)
        return "%s, %s" % (a.city, COUNTRY_EN[a.loc] if self.lang == "en" else COUNTRY_LOCAL[a.loc])

    def dob(self, y0=1962, y1=2001):
        return rdate(self.r, y0, y1)


# ---------------------------------------------------------------------------
# shared helpers for templates (hard negatives etc.)
# ---------------------------------------------------------------------------
KINDS = {}


def kind(group):
    def deco(fn):
        KINDS[fn.__name__[2:]] = (group, fn)
        return fn
    return deco


def emp_id(r):
    return r.choice(["E%06d" % r.randint(1000, 999999), "EMP-%05d" % r.randint(100, 99999), "W%07d" % r.randint(10000, 9999999),
                     "%06d" % r.randint(100000, 999999)])


def req_id(r):
    return r.choice(["REQ-%d-%04d" % (r.randint(2023, 2025), r.randint(1, 9999)), "JR-%06d" % r.randint(100000, 999999),
                     "R%05d" % r.randint(10000, 99999)])


def student_id(r):
    return r.choice(["S%08d" % r.randint(0, 99999999), "A%08d" % r.randint(0, 99999999), "9%08d" % r.randint(0, 99999999),
                     "%d%05d" % (r.randint(2019, 2025), r.randint(0, 99999))])


def ticket_id(r):
    return r.choice(["INC%07d" % r.randint(1, 9999999), "HR-%d" % r.randint(1000, 99999), "RITM%07d" % r.randint(1, 9999999),
                     "CASE-%08d" % r.randint(1, 99999999), "PEOPLE-%d" % r.randint(100, 9999)])


def money(r, lo, hi, cur="$", cents=None):
    v = r.randint(lo, hi)
    cents = r.random() < 0.5 if cents is None else cents
    if cur in ("€", "EUR"):
        s = "{:,}".format(v).replace(",", ".")
        return (s + (",%02d" % r.randint(0, 99) if cents else "") + " €") if cur == "€" else ("EUR " + s)
    return cur + "{:,}".format(v) + (".%02d" % r.randint(0, 99) if cents else "")


def mask_ssn(r):
    return r.choice(["***-**-%04d", "XXX-XX-%04d", "xxx-xx-%04d", "***-**-%04d"]) % r.randint(1, 9999)


def mask_card(r):
    return r.choice(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "************%04d", "Visa ending in %04d", "•••• %04d"]) % r.randint(0, 9999)


def mask_acct(r):
    return r.choice(["******%04d", "xxxxxx%04d", "ending in %04d", "***%04d"]) % r.randint(0, 9999)


def company(r, p=0.35):
    return r.choice(PEOPLE_COMPANIES) if r.random() < p else r.choice(GENERIC_COMPANIES)


def corp_domain(r):
    return r.choice(CORP_DOMAINS)


def bank_acct(r, loc="us"):
    if loc == "gb":
        return rs(r, DIG, 8)
    return str(r.randint(1, 9)) + rs(r, DIG, r.choice([7, 8, 9, 10, 11]))


def sort_code(r):
    return "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99))


def dl_number(r, st=None):
    st = st or r.choice(["CA", "NY", "TX", "FL", "IL", "PA", "WA", "MI", "OH", "GA"])
    if st == "CA":
        return r.choice(UP) + rs(r, DIG, 7)
    if st == "NY":
        return r.choice(["%s %s %s" % (rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3)), rs(r, DIG, 9)])
    if st == "TX":
        return rs(r, DIG, 8)
    if st == "FL":
        return "%s%s-%s-%s-%s-%s" % (r.choice(UP), rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 2), rs(r, DIG, 3), rs(r, DIG, 1))
    if st == "IL":
        return "%s%s-%s-%s" % (r.choice(UP), rs(r, DIG, 3), rs(r, DIG, 4), rs(r, DIG, 4))
    if st == "WA":
        return "WDL" + rs(r, UP + DIG, 9)
    if st == "MI":
        return "%s %s %s %s" % (r.choice(UP), rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3) + rs(r, DIG, 3))
    return r.choice(UP) + rs(r, DIG, 8) if st in ("OH", "GA") else rs(r, DIG, 8)


def mrn(r):
    return r.choice(["%08d" % r.randint(0, 99999999), "MRN%07d" % r.randint(0, 9999999), "SHC-%07d" % r.randint(0, 9999999),
                     "%d-%06d" % (r.randint(10, 99), r.randint(0, 999999)), "E%09d" % r.randint(0, 999999999)])


def health_plan_id(r):
    return r.choice(["W%09d" % r.randint(0, 999999999), "XEH%09d" % r.randint(0, 999999999), "U%010d" % r.randint(0, 9999999999),
                     "%s%s" % (rs(r, UP, 3), rs(r, DIG, 9)), "AET-SH-%08d" % r.randint(0, 99999999),
                     "%dEG%d-TE%d-MK%02d" % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 9), r.randint(10, 99)),
                     "M%08d01" % r.randint(0, 99999999)])


def group_no(r):
    return r.choice(["%07d" % r.randint(0, 9999999), "GRP-%05d" % r.randint(0, 99999), "%06d-%04d" % (r.randint(0, 999999), r.randint(1, 20))])


def npi(r):
    body = "1" + rs(r, DIG, 8)
    return body + luhn_digit("80840" + body)


def iso_ts(r, y0=2023, y1=2025, z=True):
    dt = rdt(r, y0, y1, 0, 23)
    return dt.strftime("%Y-%m-%dT%H:%M:") + "%02d" % r.randint(0, 59) + (".%03dZ" % r.randint(0, 999) if z else "")


def log_ts(r, base=None):
    dt = base or rdt(r, 2023, 2025, 0, 23)
    return dt.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % r.randint(0, 999)


def rfc2822(r, dt=None):
    dt = dt or rdt(r, 2023, 2025, 6, 20)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (WEEKDAYS["en"][dt.weekday()][:3], dt.day, MONTHS["en"][dt.month - 1][:3], dt.year,
                                             dt.hour, dt.minute, r.randint(0, 59), r.choice(["-0500", "-0400", "-0700", "+0000", "-0600", "+0100"]))


BULLETS = [
    "Reduced average time-to-fill from 52 to 34 days across 60+ requisitions",
    "Processed bi-weekly payroll for 1,200+ employees in 14 states with 99.8% accuracy",
    "Managed a $2.4M annual benefits budget and renegotiated two vendor contracts",
    "Coordinated 40+ campus recruiting events per year",
    "Migrated 9,000 employee records from PeopleSoft to Workday in 6 months",
    "Cut onboarding paperwork by 60% by introducing e-signature workflows",
    "Built Tableau dashboards tracking attrition, offer acceptance and diversity metrics",
    "Trained 25 hiring managers on structured interviewing and scorecards",
    "Led open enrollment for 3,400 members with a 97% on-time completion rate",
    "Designed a 12-week mentorship program for first-generation students",
    "Handled 150+ employee relations cases per year, including investigations",
    "Automated I-9 reverification reminders, eliminating late re-verifications",
    "Supported 2 acquisitions, integrating 480 employees into the HRIS",
    "Improved course completion rates in Canvas from 71% to 88%",
    "Wrote SQL reports for the registrar's office (enrollment, retention, GPA trends)",
    "Shipped v2 of the internal scheduling service (Python, PostgreSQL, Kubernetes)",
    "On-call rotation one week in six; MTTR down 35% year over year",
    "Negotiated a 401(k) fee reduction saving employees an estimated $310K annually",
    "Rolled out a new leave-of-absence process covering FMLA and state programs",
    "Screened 80-120 applicants per week for high-volume warehouse roles",
]


def bullets(r, d, n=None, mark=None):
    mark = mark or r.choice(["• ", "- ", "* ", "▪ "])
    for b in r.sample(BULLETS, n or r.randint(2, 4)):
        d.a(mark, b, "\n")


def exp_en(c, d, n):
    r = c.r
    y = 2025
    for i in range(n):
        start = y - r.randint(1, 5)
        end = "Present" if i == 0 and r.random() < 0.7 else str(y)
        style = r.randrange(3)
        title, comp = r.choice(JOB_TITLES), company(r)
        if style == 0:
            d.a(title, " — ", comp, ", ")
        elif style == 1:
            d.a(comp.upper(), "  |  ")
        else:
            d.a(comp, "\n", title, ", ")
        if r.random() < 0.2:
            d.a("Remote")
        else:
            d.a(L(c.cityname(True), LOC))
        d.a(" | " if style != 1 else "  |  ", "%d – %s" % (start, end), "\n")
        if style == 1:
            d.a(title, "\n")
        bullets(r, d)
        d.a("\n")
        y = start


def url_linkedin(r, p):
    return "https://www.linkedin.com/in/%s-%s-%s" % (slug(p.first.split()[0]), slug(p.last.split()[-1]), rs(r, HEX, r.choice([6, 8])))


def url_github(r, p):
    return "https://github.com/%s" % p.handle(r).replace(".", "-").replace("_", "-")


def sig_block(c, d, p, title=None, comp=None, email=True, phone_=True, loc=None):
    r = c.r
    d.a(L(p.full(), PER), "\n")
    if title:
        d.a(title, "\n")
    if comp:
        d.a(comp, "\n")
    if phone_:
        d.a(r.choice(["", "T: ", "Phone: ", "Direct: ", "Tel. "]), L(c.phone(loc=loc), PHO), "\n")
    if email:
        d.a(L(p.email(r, corp_domain(r)), EMA), "\n")


# ---------------------------------------------------------------------------
# ENGLISH TEMPLATES
# ---------------------------------------------------------------------------
@kind("en")
def k_resume_us(r, d):
    c = Ctx(r, "us")
    p, a = c.person(), c.addr()
    nm = p.fmi() if r.random() < 0.6 else p.full()
    d.a(L(nm.upper() if r.random() < 0.3 else nm, PER), "\n")
    if r.random() < 0.5:
        d.a(r.choice(JOB_TITLES), "\n")
    sep = r.choice([" | ", " • ", " · ", "\n"])
    if r.random() < 0.45:
        d.a(L(a.one(), ADR))
    else:
        d.a(L("%s, %s" % (a.city, a.region), LOC))
    d.a(sep, L(c.phone(region=a.region), PHO), sep, L(p.email(r), EMA))
    k = r.random()
    if k < 0.4:
        d.a(sep, L(url_linkedin(r, p), URL))
    elif k < 0.6:
        d.a(sep, "linkedin.com/in/", p.handle(r).replace(".", ""))
    if r.random() < 0.3:
        d.a(sep, L(url_github(r, p), URL))
    d.a("\n\n", r.choice(["SUMMARY", "PROFESSIONAL SUMMARY", "Profile", "About"]), "\n")
    d.a(r.choice(["HR professional with %d+ years of experience in full-cycle recruiting, onboarding and HRIS administration." % r.randint(3, 15),
                  "Detail-oriented payroll specialist; CPP certified; fluent in %s and %s." % (r.choice(LANGS_EN), r.choice(LANGS_EN)),
                  "Software engineer focused on internal HR and education platforms. Comfortable owning services end to end.",
                  "Former teacher turned instructional designer with a track record in LMS migrations."]), "\n\n")
    d.a(r.choice(["EXPERIENCE", "PROFESSIONAL EXPERIENCE", "Work History"]), "\n")
    exp_en(c, d, r.randint(2, 3))
    d.a(r.choice(["EDUCATION", "Education"]), "\n")
    gy = r.randint(2004, 2020)
    d.a(r.choice(["B.S. in Psychology", "B.A. in Economics", "M.S. in Human Resource Management", "B.S. in Computer Science", "M.Ed., Curriculum & Instruction"]),
        ", ", r.choice(UNIVERSITIES), " — ", str(gy), "\n")
    if r.random() < 0.4:
        d.a("GPA: %.2f/4.00" % r.uniform(3.1, 4.0), "\n")
    d.a("\n", r.choice(["SKILLS", "Skills & Tools"]), "\n", ", ".join(r.sample(SKILLS, 6)), "\n")
    if r.random() < 0.5:
        d.a("Languages: ", ", ".join(r.sample(LANGS_EN, 2)), "\n")
    if r.random() < 0.4:
        d.a("\nCERTIFICATIONS\n", r.choice(["SHRM-CP", "PHR (HRCI)", "CPP (PayrollOrg)", "AWS Certified Cloud Practitioner"]),
            " — credential ID ", rs(r, UP + DIG, 10), ", %d" % r.randint(2015, 2024), "\n")
    d.a("\nREFERENCES\n")
    if r.random() < 0.5:
        d.a("Available upon request.\n")
    else:
        for _ in range(r.randint(1, 2)):
            q = c.person()
            d.a(L(q.full(), PER), ", ", r.choice(JOB_TITLES), ", ", company(r, 0.2), " — ", L(c.phone(), PHO), " — ", L(q.email(r, corp_domain(r)), EMA), "\n")


@kind("en")
def k_cv_uk(r, d):
    c = Ctx(r, "gb")
    p, a = c.person(), c.addr()
    d.a(r.choice(["CURRICULUM VITAE", "Curriculum Vitae", "CV"]), "\n\n")
    lab = r.random() < 0.6
    d.a("Name: " if lab else "", L(p.full(), PER), "\n")
    if r.random() < 0.5:
        d.a("Address:\n", L(a.block(), ADR), "\n")
    else:
        d.a("Address: ", L(a.one(), ADR), "\n")
    d.a(r.choice(["Mobile: ", "Tel: ", "Phone: "]), L(c.phone(), PHO), "\n")
    d.a("Email: ", L(p.email(r), EMA), "\n")
    if r.random() < 0.5:
        d.a(r.choice(["Date of Birth: ", "DOB: ", "Born: "]), L(c.date(c.dob(1970, 2002)), DOB), "\n")
    if r.random() < 0.5:
        d.a("Nationality: ", r.choice(["British", "Irish", "British/Polish dual national"]), "\n")
    d.a("Driving licence: Full, clean\n\n")
    d.a("PERSONAL PROFILE\n", r.choice([
        "A motivated HR administrator with CIPD Level 5 and experience supporting a workforce of 600 across three sites.",
        "Recent graduate seeking a graduate trainee role in people analytics. Comfortable with Excel, SQL and Power BI.",
        "Experienced teaching assistant (SEN) with a calm, patient approach and Level 3 Award in Supporting Teaching and Learning."]), "\n\n")
    d.a("EMPLOYMENT HISTORY\n")
    y = 2025
    for i in range(r.randint(2, 3)):
        s = y - r.randint(1, 4)
        d.a("%d – %s  " % (s, "present" if i == 0 else str(y)), r.choice(JOB_TITLES), ", ", company(r, 0.3), ", ")
        d.a(L(r.choice(GB_CITIES)[0], LOC), "\n")
        bullets(r, d, 2, "  - ")
        y = s
    d.a("\nEDUCATION\n", "%d – %d  " % (y - 4, y - 1), r.choice(["BSc (Hons) Business Management, 2:1", "BA (Hons) English Literature, First", "MSc Human Resource Management (Merit)"]),
        ", ", r.choice(["Eastfield University", "Kingsbridge College", "The Open University", "University College Kingsbridge"]), "\n")
    d.a("A-levels: Mathematics (A), Psychology (B), History (B)\nGCSEs: 9 at grades 9–5 including English and Maths\n\n")
    d.a("INTERESTS\n", r.choice(["Fell running, volunteering with a local food bank, and walking our spaniel %s." % r.choice(PETS),
                                  "Five-a-side football, piano (Grade 6), and coding small Python projects.",
                                  "Parkrun, baking, and mentoring Year 11 students."]), "\n\n")
    d.a("REFEREES\n")
    for _ in range(2):
        q = c.person()
        if r.random() < 0.5:
            d.a(q.title, " ")
        d.a(L(q.full(), PER), ", ", r.choice(JOB_TITLES), ", ", company(r, 0.2), "\n   ", L(c.phone(), PHO), " | ", L(q.email(r, corp_domain(r)), EMA), "\n")


@kind("en")
def k_resume_india(r, d):
    c = Ctx(r, "in")
    p, a = c.person(), c.addr()
    d.a(r.choice(["RESUME", "CURRICULUM VITAE", "BIO-DATA"]), "\n\n")
    d.a(L(p.full().upper(), PER), "\n")
    d.a("Mobile: ", L(c.phone(), PHO), "  |  E-mail: ", L(p.email(r), EMA), "\n\n")
    d.a("CAREER OBJECTIVE\nTo secure a challenging position in ", r.choice(["Human Resources", "Payroll & Compliance", "Academic Administration", "IT Support"]),
        " where I can apply my skills and grow with the organisation.\n\n")
    d.a("EDUCATIONAL QUALIFICATIONS\n")
    d.a("| Qualification | Institution | Board/University | Year | Percentage |\n|---|---|---|---|---|\n")
    y = r.randint(2012, 2020)
    rows = [("MBA (HR)", "Symbiosis Institute of Business Management", "Symbiosis International University"),
            ("B.Com", "St. Joseph's College of Commerce", "Bangalore University"),
            ("Class XII", "Kendriya Vidyalaya", "CBSE"), ("Class X", "Delhi Public School", "CBSE")]
    for k, (q, inst, brd) in enumerate(rows):
        d.a("| %s | %s | %s | %d | %.1f%% |\n" % (q, inst, brd, y - [0, 2, 5, 7][k], r.uniform(62, 95)))
    d.a("\nWORK EXPERIENCE\n")
    for _ in range(r.randint(1, 2)):
        d.a("* ", r.choice(JOB_TITLES), " at ", r.choice(["Infosys", "Tata Consultancy Services", "Wipro", "HCLTech", "Mahindra & Mahindra", "Bajaj Finserv"]),
            ", ", L(r.choice(IN_CITIES)[0], LOC), " (%d – %s)\n" % (y, r.choice(["till date", str(y + r.randint(1, 3))])))
    d.a("\nPERSONAL DETAILS\n")
    f = c.person("M")
    fields = [("Father's Name", ["Mr. " if r.random() < 0.5 else "", L(f.first + " " + p.last, PER)]),
              ("Date of Birth", L(c.date(c.dob(1985, 2001)), DOB)), ("Gender", "Female" if p.g == "F" else "Male"),
              ("Marital Status", r.choice(["Single", "Married"])), ("Nationality", "Indian"),
              ("Languages Known", ", ".join(r.sample(["English", "Hindi", "Kannada", "Tamil", "Telugu", "Marathi", "Bengali"], 3))),
              ("Hobbies", r.choice(["Reading, cricket", "Music, travelling", "Chess, blogging"]))]
    for k, v in fields:
        d.a("%-18s: " % k, *(v if isinstance(v, list) else [v]), "\n")
    d.a("%-18s: " % "Permanent Address", L(a.one(), ADR), "\n\n")
    d.a("DECLARATION\nI hereby declare that the information furnished above is true to the best of my knowledge.\n\n")
    d.a("Place: ", L(r.choice(IN_CITIES)[0], LOC), "\nDate: ", L(c.date(rdate(r, 2023, 2025)), DT), "\n", " " * 30, "(", L(p.full(), PER), ")\n")


@kind("en")
def k_ats_csv(r, d):
    c = Ctx(r, "us")
    sep = r.choice([",", ",", ";", "\t"])
    hdr = ["candidate_id", "first_name", "last_name", "email", "phone", "location", "job_req", "stage", "source", "applied_on",
           "recruiter", "last_activity_at"]
    csv_row(d, hdr, sep)
    stages = ["Application Review", "Phone Screen", "Onsite", "Offer", "Hired", "Rejected"]
    recs = [c.person() for _ in range(3)]
    for _ in range(r.randint(3, 8)):
        p = c.person()
        a = c.addr()
        if r.random() < 0.2:
            source = ["Referral - ", L(c.person().full(), PER)]
        else:
            source = r.choice(["LinkedIn", "Indeed", "Company Website", "Handshake", "Agency", "Glassdoor"])
        rec = r.choice(recs)
        csv_row(d, [str(r.randint(10000000, 99999999)), L(p.first, PER), L(p.last, PER), L(p.email(r), EMA),
                    L(c.phone(region=a.region), PHO) if r.random() < 0.85 else "",
                    L("%s, %s" % (a.city, a.region), LOC) if r.random() < 0.8 else "Remote",
                    req_id(r), r.choice(stages), source, L(fdate(r, rdate(r, 2024, 2025), "iso"), DT), L(rec.full(), PER),
                    iso_ts(r, 2024, 2025)], sep)


@kind("en")
def k_ats_json(r, d):
    c = Ctx(r, r.choice(["us", "us", "gb"]))
    p, a = c.person(), c.addr()
    owner = c.person()
    obj = {
        "id": uuid_gen(r),
        "name": L(p.full(), PER),
        "headline": r.choice(JOB_TITLES) + " at " + company(r),
        "stage": r.choice(["lead-new", "applicant-new", "phone-screen", "on-site", "offer"]),
        "location": L(a.city + (", " + a.region if a.region else ""), LOC),
        "phones": [{"type": "mobile", "value": L(c.phone(), PHO)}],
        "emails": [L(p.email(r), EMA)],
        "links": [L(url_linkedin(r, p), URL)] + ([L(url_github(r, p), URL)] if r.random() < 0.4 else []),
        "createdAt": r.randint(1690000000000, 1740000000000),
        "tags": r.sample(["campus", "referral", "boomerang", "veteran", "relocation-needed", "visa-sponsorship"], 2),
        "sources": [r.choice(["LinkedIn", "Referral", "Greenhouse Job Board", "Handshake"])],
        "owner": {"id": uuid_gen(r), "name": L(owner.full(), PER), "email": L(owner.email(r, corp_domain(r)), EMA)},
        "applications": [{"id": uuid_gen(r), "posting": uuid_gen(r), "requisitionCode": req_id(r),
                          "appliedOn": L(fdate(r, rdate(r, 2024, 2025), "iso"), DT)}],
        "archived": None,
    }
    if r.random() < 0.5:
        obj["resume"] = {"fileName": "resume_%s.pdf" % rs(r, HEX, 12),
                         "downloadUrl": L("https://api.lever.co/v1/opportunities/%s/resumes/%s/download" % (uuid_gen(r), uuid_gen(r)), URL)}
    if r.random() < 0.4:
        obj["address"] = L(a.one(), ADR)
    jw(d, {"data": obj, "hasNext": False} if r.random() < 0.5 else obj, r.choice([2, 4, None]))
    d.a("\n")


def meeting_block(c, d, host=None):
    r = c.r
    k = r.randrange(3)
    if k == 0:
        mid = "%s %s %s" % (rs(r, DIG, 3), rs(r, DIG, 4), rs(r, DIG, 4))
        d.a("Join Zoom Meeting\n", L("https://%s.zoom.us/j/%s?pwd=%s" % (r.choice(["contoso", "lakeshore-edu", "us02web", "us06web"]), mid.replace(" ", ""), rs(r, ALNUM, 32)), URL),
            "\nMeeting ID: ", mid, "\nPasscode: ", L(passcode_gen(r), PWD), "\n")
    elif k == 1:
        d.a("Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n",
            L("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + rs(r, ALNUM, 48) + "%40thread.v2/0", URL),
            "\nMeeting ID: %s %s %s %s\nPasscode: " % (rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3)), L(rs(r, ALNUM, 6), PWD), "\n")
    else:
        d.a("Google Meet: ", L("https://meet.google.com/%s-%s-%s" % (rs(r, LOW, 3), rs(r, LOW, 4), rs(r, LOW, 3)), URL), "\n",
            "Or dial: ", L(phone(r, "us"), PHO), " PIN: %s#\n" % rs(r, DIG, 9))


@kind("en")
def k_interview_email(r, d):
    c = Ctx(r, "us")
    cand, rec = c.person(), c.person()
    dom = corp_domain(r)
    comp = company(r, 0.2)
    dt0 = rdt(r, 2024, 2025, 9, 15)
    d.a("From: ", L(rec.full(), PER), " <", L(rec.email(r, dom), EMA), ">\n")
    d.a("To: ", L(cand.email(r), EMA), "\n")
    if r.random() < 0.5:
        cc = c.person()
        d.a("Cc: ", L(cc.full(), PER), " <", L(cc.email(r, dom), EMA), ">\n")
    d.a("Date: ", rfc2822(r, dt0 - timedelta(days=r.randint(2, 9), hours=r.randint(0, 5))), "\n")
    d.a("Subject: Interview confirmation - ", r.choice(JOB_TITLES), " (", req_id(r), ")\n\n")
    d.a("Hi ", L(cand.first, PER), ",\n\n")
    d.a("Thank you for your interest in ", comp, ". I'm happy to confirm your ", r.choice(["virtual onsite", "panel interview", "final-round interview"]),
        " on ", L(c.dt(dt0, True), DT), " (", r.choice(["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"]), ").\n\n")
    d.a("Schedule:\n")
    t = dt0
    for _ in range(r.randint(2, 4)):
        iv = c.person()
        t2 = t + timedelta(minutes=r.choice([30, 45, 60]))
        d.a("  ", L(c.time(t), DT), " – ", L(c.time(t2), DT), "  ", L(iv.full(), PER), ", ", r.choice(JOB_TITLES),
            r.choice(["", " (hiring manager)", " (peer)", " (cross-functional)"]), "\n")
        t = t2 + timedelta(minutes=r.choice([0, 15]))
    d.a("\n")
    if r.random() < 0.6:
        meeting_block(c, d)
    else:
        a = c.addr()
        d.a("Location: ", L(a.one(), ADR), "\nPlease check in at the front desk on the 3rd floor and ask for ", L(rec.first, PER), ". Visitor parking is in lot C.\n")
    d.a("\nPlease bring a government-issued photo ID. If you need any accommodations, reply to this email by ",
        L(c.date((dt0 - timedelta(days=r.randint(2, 5))).date()), DT), ".\n\nBest,\n")
    sig_block(c, d, rec, r.choice(["Senior Recruiter", "Recruiting Coordinator", "Talent Acquisition Partner"]), comp, email=False)


@kind("en")
def k_interview_ics(r, d):
    c = Ctx(r, "us")
    cand, org = c.person(), c.person()
    dom = corp_domain(r)
    dt0 = rdt(r, 2024, 2025, 8, 16)
    dt1 = dt0 + timedelta(minutes=r.choice([30, 45, 60, 90]))
    tz = r.choice(["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London"])
    stamp = rdt(r, 2024, 2025, 0, 23)
    d.a("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//", r.choice(["Greenhouse//Scheduler", "Google Inc//Google Calendar 70.9054//EN", "Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"]),
        "\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    d.a("UID:", uuid_gen(r), "\n")
    d.a("DTSTAMP:", stamp.strftime("%Y%m%dT%H%M%SZ"), "\n")
    if r.random() < 0.5:
        d.a("CREATED:", stamp.strftime("%Y%m%dT%H%M00Z"), "\nLAST-MODIFIED:", stamp.strftime("%Y%m%dT%H%M%SZ"), "\n")
    d.a("DTSTART;TZID=", tz, ":", L(dt0.strftime("%Y%m%dT%H%M%S"), DT), "\n")
    d.a("DTEND;TZID=", tz, ":", L(dt1.strftime("%Y%m%dT%H%M%S"), DT), "\n")
    d.a("SUMMARY:Interview: ", L(cand.full(), PER), " - ", r.choice(JOB_TITLES), "\n")
    d.a("ORGANIZER;CN=", L(org.full(), PER), ":mailto:", L(org.email(r, dom), EMA), "\n")
    for _ in range(r.randint(1, 3)):
        iv = c.person()
        d.a("ATTENDEE;CN=", L(iv.full(), PER), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:", L(iv.email(r, dom), EMA), "\n")
    d.a("ATTENDEE;CN=", L(cand.full(), PER), ";ROLE=REQ-PARTICIPANT:mailto:", L(cand.email(r), EMA), "\n")
    if r.random() < 0.5:
        d.a("LOCATION:", L(c.addr().one(), ADR), "\n")
        d.a("DESCRIPTION:Candidate: ", L(cand.full(), PER), "\\nPhone: ", L(c.phone(), PHO), "\\nRoom 4B (badge required)\\nRecording disabled\n")
    else:
        mid = rs(r, DIG, 11)
        d.a("LOCATION:Zoom\nDESCRIPTION:Join: ", L("https://contoso.zoom.us/j/%s" % mid, URL), "\\nMeeting ID: %s\\nPasscode: " % mid, L(passcode_gen(r), PWD),
            "\\nScorecard: ", L("https://app.greenhouse.io/scorecards/%d" % r.randint(10000000, 99999999), URL), "\n")
    d.a("SEQUENCE:%d\nSTATUS:CONFIRMED\nBEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n" % r.randint(0, 3))


@kind("en")
def k_offer_letter_us(r, d):
    c = Ctx(r, "us")
    cand, mgr, signer = c.person(), c.person(), c.person()
    comp = company(r, 0.15)
    ca, aa = c.addr(), c.addr()
    today = rdate(r, 2024, 2025)
    d.a(comp, "\n", L(ca.one(), ADR), "\n")
    if r.random() < 0.5:
        d.a(L("https://www.%s" % corp_domain(r), URL), " | ", L(c.phone("tollfree"), PHO), "\n")
    d.a("\n", L(c.date(today), DT), "\n\n")
    d.a(cand.title, " ", L(cand.fmi(), PER), "\n", L(aa.block(), ADR), "\n\n")
    d.a("Dear ", L(cand.first, PER), ",\n\n")
    start = today + timedelta(days=r.randint(14, 45))
    sal = money(r, 52000, 185000, cents=False)
    d.a("On behalf of ", comp, ", I am delighted to offer you the position of ", r.choice(JOB_TITLES), " in our ", r.choice(DEPTS),
        " team, reporting to ", L(mgr.full(), PER), ", ", r.choice(["Director", "Senior Manager", "VP", "Head"]), " of ", r.choice(DEPTS), ".\n\n")
    d.a("Your anticipated start date is ", L(c.date(start), DT), ". This is a full-time, exempt position with an annual base salary of ", sal,
        ", paid bi-weekly. You will also be eligible for a target bonus of %d%% and a sign-on bonus of %s, repayable if you leave within 12 months.\n\n"
        % (r.choice([5, 8, 10, 15]), money(r, 2000, 15000, cents=False)))
    if r.random() < 0.5:
        d.a("Subject to board approval, you will be granted %s restricted stock units vesting over four years with a one-year cliff.\n\n" % "{:,}".format(r.randint(200, 6000)))
    d.a("You will be eligible for our benefits program beginning on the first of the month following your start date, including medical, dental and vision coverage, a 401(k) plan with a 4% match, and 15 days of PTO per year.\n\n")
    d.a("This offer is contingent upon satisfactory completion of a background check and verification of your eligibility to work in the ", L("United States", LOC), " (Form I-9). Employment with ",
        comp, " is at-will.\n\n")
    d.a("Please sign and return this letter by ", L(c.date(today + timedelta(days=r.randint(3, 7))), DT), ". If you have questions, contact ",
        L(signer.first, PER), " at ", L(c.phone(), PHO), " or ", L(signer.email(r, corp_domain(r)), EMA), ".\n\nSincerely,\n\n")
    d.a(L(signer.full(), PER), "\n", r.choice(["Chief People Officer", "Director, Talent Acquisition", "HR Business Partner"]), "\n\n")
    d.a("Accepted: ______________________   Date: ____________\n")


@kind("en")
def k_offer_letter_uk(r, d):
    c = Ctx(r, "gb")
    cand, mgr, signer = c.person(), c.person(), c.person()
    comp = r.choice(["Kingsbridge Academy Trust", "Eastfield University", "Halcyon Foods Ltd", "Bluefin Software UK Ltd", "John Lewis Partnership", "Redwood Staffing Ltd"])
    today = rdate(r, 2024, 2025)
    d.a(comp, "\n", L(c.addr().block(), ADR), "\n\n")
    d.a("Private & Confidential\n", cand.title, " ", L(cand.full(), PER), "\n", L(c.addr().block(), ADR), "\n\n", L(c.date(today), DT), "\n\n")
    d.a("Dear ", cand.title, " ", L(cand.last, PER), ",\n\nOffer of Employment – ", r.choice(JOB_TITLES), "\n\n")
    d.a("Following your recent interview, I am pleased to offer you the above position on a ", r.choice(["permanent", "fixed-term (12 months)", "permanent, part-time (0.6 FTE)"]),
        " basis, commencing on ", L(c.date(today + timedelta(days=r.randint(20, 60))), DT), ". You will report to ", L(mgr.full(), PER), ".\n\n")
    d.a("Salary: £{:,} per annum, paid monthly in arrears on the last working day of each month.\n".format(r.randint(24, 78) * 1000))
    d.a("Hours: 37.5 hours per week, Monday to Friday.\nHoliday: 25 days plus bank holidays.\nProbation: six months.\nNotice: one month after probation.\n")
    d.a("Pension: auto-enrolment with employer contributions of 5%.\n\n")
    d.a("This offer is conditional on two satisfactory references, proof of your right to work in the ", L("UK", LOC), " and, where applicable, an enhanced DBS check.\n")
    d.a("Please confirm your acceptance by ", L(c.date(today + timedelta(days=r.randint(5, 10))), DT), ".\n\nYours sincerely,\n\n", L(signer.full(), PER),
        "\nHR Manager\n", L(c.phone(), PHO), "\n")


@kind("en")
def k_i9_form(r, d):
    c = Ctx(r, "us")
    p, a = c.person(), c.addr()
    emp = c.person()
    up = r.random() < 0.5
    f = (lambda s: s.upper()) if up else (lambda s: s)
    d.a("Employment Eligibility Verification\nDepartment of Homeland Security\nU.S. Citizenship and Immigration Services\nUSCIS Form I-9   OMB No. 1615-0047   Expires ", L("07/31/2026", DT), "\n\n")
    d.a("Section 1. Employee Information and Attestation\n")
    d.a("Last Name (Family Name): ", L(f(p.last), PER), "\nFirst Name (Given Name): ", L(f(p.first), PER), "\n")
    d.a("Other Last Names Used (if any): ")
    if r.random() < 0.3:
        d.a(L(f(c.person().last), PER), "\n")
    else:
        d.a("N/A\n")
    d.a("Address (Street Number and Name): ", L(f(a.street), ADR), "\nApt. Number (if any): N/A\n")
    d.a("City or Town: ", L(f(a.city), LOC), "\nState: ", L(a.region, LOC), "\nZIP Code: ", a.postcode[:5], "\n")
    d.a("Date of Birth (mm/dd/yyyy): ", L(fdate(r, c.dob(), "us", "{mm}/{dd}/{y}"), DOB), "\n")
    d.a("U.S. Social Security Number: ", L(ssn_gen(r, "-"), SSN), "\n")
    d.a("Employee's Email Address: ", L(p.email(r), EMA), "\nEmployee's Telephone Number: ", L(c.phone(region=a.region), PHO), "\n")
    k = r.randrange(3)
    d.a("[%s] 1. A citizen of the " % ("X" if k == 0 else " "), L("United States", LOC), "\n[ ] 2. A noncitizen national of the ", L("United States", LOC),
        "\n[%s] 3. A lawful permanent resident (A-Number/USCIS Number): %s\n" % ("X" if k == 1 else " ", "A%09d" % r.randint(0, 999999999) if k == 1 else ""))
    if k == 2:
        d.a("[X] 4. A noncitizen authorized to work until (exp. date): ", L(fdate(r, rdate(r, 2026, 2029), "us", "{mm}/{dd}/{y}"), DT), "\n")
    start = rdate(r, 2024, 2025)
    d.a("Signature of Employee: /s/ ", L(p.full(), PER), "    Today's Date (mm/dd/yyyy): ", L(fdate(r, start - timedelta(days=r.randint(0, 3)), "us", "{mm}/{dd}/{y}"), DT), "\n\n")
    d.a("Section 2. Employer Review and Verification\n")
    if r.random() < 0.6:
        st = r.choice(["CA", "NY", "TX", "FL", "IL", "WA"])
        d.a("List B — Document Title: Driver's License\nIssuing Authority: DMV\nDocument Number: ", L(dl_number(r, st), DL),
            "\nExpiration Date (if any): ", L(fdate(r, rdate(r, 2026, 2031), "us", "{mm}/{dd}/{y}"), DT), "\n")
        d.a("List C — Document Title: Social Security Card (unrestricted)\nIssuing Authority: SSA\nDocument Number: ", L(ssn_gen(r, "-"), SSN), "\nExpiration Date (if any): N/A\n")
    else:
        d.a("List A — Document Title: U.S. Passport\nIssuing Authority: U.S. Department of State\nDocument Number: ", r.choice(UP) + rs(r, DIG, 8),
            "\nExpiration Date (if any): ", L(fdate(r, rdate(r, 2026, 2034), "us", "{mm}/{dd}/{y}"), DT), "\n")
    d.a("First Day of Employment (mm/dd/yyyy): ", L(fdate(r, start, "us", "{mm}/{dd}/{y}"), DT), "\n")
    d.a("Last Name, First Name and Title of Employer or Authorized Representative: ", L(emp.lf(), PER), ", HR Coordinator\n")
    d.a("Employer's Business or Organization Name: ", company(r), "\nEmployer's Business or Organization Address: ", L(c.addr().one(), ADR), "\n")
    d.a("E-Verify case no.: %d%s\n" % (r.randint(2024, 2025), rs(r, DIG, 11) + rs(r, UP, 2)))


@kind("en")
def k_w4_form(r, d):
    c = Ctx(r, "us")
    p, a = c.person(), c.addr()
    d.a("Form W-4 (%d)  Employee's Withholding Certificate  Department of the Treasury — Internal Revenue Service  OMB No. 1545-0074\n\n" % r.randint(2024, 2025))
    d.a("Step 1: Enter Personal Information\n(a) First name and middle initial: ", L(p.first, PER), "\n    Last name: ", L(p.last, PER), "\n")
    d.a("(b) Social security number: ", L(ssn_gen(r), SSN), "\n")
    d.a("    Address: ", L(a.line1(), ADR), "\n    City or town, state, and ZIP code: ", L("%s, %s" % (a.city, a.region), LOC), " ", a.postcode, "\n")
    fs = r.randrange(3)
    d.a("(c) [%s] Single or Married filing separately  [%s] Married filing jointly  [%s] Head of household\n" % tuple("X" if fs == i else " " for i in range(3)))
    d.a("Step 2: [%s] multiple jobs\n" % r.choice(["X", " "]))
    d.a("Step 3: Claim Dependents: qualifying children x $2,000 = %s; other dependents x $500 = %s; total = %s\n" % (money(r, 0, 6000, cents=False), money(r, 0, 1500, cents=False), money(r, 0, 7500, cents=False)))
    d.a("Step 4: (a) Other income: %s  (b) Deductions: %s  (c) Extra withholding: %s per pay period\n" % (money(r, 0, 9000), money(r, 0, 5000), money(r, 0, 200)))
    d.a("Step 5: Employee's signature: ", L(p.full(), PER), "   Date: ", L(fdate(r, rdate(r, 2024, 2025), "us", "{mm}/{dd}/{y}"), DT), "\n\n")
    d.a("Employers Only\nEmployer's name and address: ", company(r), ", ", L(c.addr().one(), ADR), "\n")
    d.a("First date of employment: ", L(fdate(r, rdate(r, 2024, 2025), "us"), DT), "\nEmployer identification number (EIN): %02d-%07d\n" % (r.randint(10, 99), r.randint(0, 9999999)))


@kind("en")
def k_direct_deposit(r, d):
    c = Ctx(r, "us")
    p = c.person()
    comp = company(r, 0.2)
    d.a(comp, "\nDIRECT DEPOSIT AUTHORIZATION FORM\n\n")
    d.a("Employee Name: ", L(p.any(r), PER), "\nEmployee ID: ", emp_id(r), "\n")
    if r.random() < 0.5:
        d.a("Home Address: ", L(c.addr().one(), ADR), "\n")
    d.a("Action: [", r.choice(["X", " "]), "] New  [", r.choice([" ", "X"]), "] Change  [ ] Cancel\n\n")
    for i in range(r.choice([1, 1, 2])):
        d.a("Account %d\n" % (i + 1))
        d.a("  Bank Name: ", r.choice(["Chase", "Wells Fargo", "Bank of America", "Summit Ridge Bank", "Clearwater Credit Union", "Ally Bank", "U.S. Bank"]), "\n")
        d.a("  Routing Number (ABA): ", aba_make(r), "\n")
        d.a("  Account Number: ", L(bank_acct(r), ACC), "\n")
        d.a("  Account Type: ", r.choice(["Checking", "Savings"]), "\n")
        d.a("  Deposit: ", r.choice(["100% of net pay", "Remainder", money(r, 50, 800, cents=False) + " per pay period"]), "\n\n")
    if r.random() < 0.5:
        chk = r.randint(1001, 3999)
        acct = bank_acct(r)
        d.a("Attached voided check (MICR line as scanned):\n  ⑈", aba_make(r), "⑈ ", L(acct, ACC), "⑆ ", str(chk), "\n\n")
    d.a("I authorize ", comp, " to deposit my pay automatically into the account(s) above and, if necessary, to initiate adjustments for any transactions credited in error.\n")
    d.a("Signature: ", L(p.full(), PER), "    Date: ", L(c.date(rdate(r, 2024, 2025)), DT), "\n")
    d.a("Payroll use only — processed by: ", L(c.person().full(), PER), "  Prenote sent: Y  Batch #", str(r.randint(1000, 9999)), "\n")


@kind("en")
def k_hris_json(r, d):
    c = Ctx(r, "us")
    p, a = c.person(), c.addr()
    mgr, ec = c.person(), c.person()
    dom = corp_domain(r)
    obj = {
        "workerId": emp_id(r),
        "legalName": {"first": L(p.first, PER), "last": L(p.last, PER)},
        "preferredName": L(p.first.split()[0], PER),
        "birthDate": L(fdate(r, c.dob(), "iso"), DOB),
        "nationalId": {"type": "SSN", "value": L(ssn_gen(r, r.choice(["-", ""])), SSN) if r.random() < 0.6 else mask_ssn(r)},
        "hireDate": L(fdate(r, rdate(r, 2015, 2025), "iso"), DT),
        "status": r.choice(["Active", "Leave", "Active"]),
        "homeAddress": {"line1": L(a.line1(), ADR), "city": L(a.city, LOC), "state": L(a.region, LOC), "postalCode": a.postcode, "country": "US"},
        "workEmail": L(p.email(r, dom), EMA),
        "phones": [{"type": "mobile", "number": L(c.phone(region=a.region), PHO)}],
        "manager": {"workerId": emp_id(r), "name": L(mgr.full(), PER)},
        "compensation": {"basePay": r.randint(40, 220) * 1000, "currency": "USD", "frequency": "annual",
                         "effectiveDate": L(fdate(r, rdate(r, 2023, 2025), "iso"), DT)},
        "emergencyContacts": [{"name": L(ec.full(), PER), "relationship": r.choice(["Spouse", "Parent", "Sibling", "Partner"]), "phone": L(c.phone(), PHO)}],
        "meta": {"createdAt": iso_ts(r), "updatedAt": iso_ts(r), "etag": sha_gen(r, 32), "source": "workday-sync v3.4.1"},
    }
    if r.random() < 0.6:
        obj["payment"] = {"method": "direct_deposit", "routingNumber": aba_make(r), "accountNumber": L(bank_acct(r), ACC), "accountType": "checking"}
    if r.random() < 0.5:
        obj["benefits"] = {"medical": {"carrier": r.choice(["Aetna", "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield", "Kaiser Permanente"]),
                                       "memberId": L(health_plan_id(r), HPN), "groupNumber": group_no(r), "tier": "EE+Spouse"}}
    if r.random() < 0.3:
        obj["driversLicense"] = {"number": L(dl_number(r, a.region), DL), "state": L(a.region, LOC)}
    jw(d, obj, r.choice([2, 2, 4]))
    d.a("\n")


@kind("en")
def k_hris_csv(r, d):
    c = Ctx(r, "us")
    sep = r.choice([",", ",", "|", "\t"])
    ssn_full = r.random() < 0.4
    hdr = ["Employee ID", "Last Name", "First Name", "Work Email", "Mobile", "Hire Date", "Department", "Job Title", "Manager", "Work Location",
           "Date of Birth", "SSN", "FLSA"]
    csv_row(d, hdr, sep)
    mgrs = [c.person() for _ in range(2)]
    dom = corp_domain(r)
    for _ in range(r.randint(3, 9)):
        p = c.person()
        loc = r.random()
        if loc < 0.6:
            wl = L("%s, %s" % r.choice(US_CITIES)[:2], LOC)
        elif loc < 0.8:
            wl = "Remote"
        else:
            wl = "HQ - Bldg %d" % r.randint(1, 4)
        csv_row(d, [emp_id(r), L(p.last, PER), L(p.first, PER), L(p.email(r, dom), EMA), L(c.phone(), PHO),
                    L(fdate(r, rdate(r, 2010, 2025), "us", "{mm}/{dd}/{y}"), DT), r.choice(DEPTS), r.choice(JOB_TITLES),
                    L(r.choice(mgrs).lf(), PER), wl, L(fdate(r, c.dob(), "us", "{mm}/{dd}/{y}"), DOB),
                    L(ssn_gen(r, "-"), SSN) if ssn_full else mask_ssn(r), r.choice(["Exempt", "Non-Exempt"])], sep)
    if r.random() < 0.5:
        d.a("# exported %s by report RPT-%d (%d rows)\n" % (iso_ts(r), r.randint(100, 999), r.randint(3, 9)))


@kind("en")
def k_perf_review(r, d):
    c = Ctx(r, r.choice(["us", "us", "gb"]))
    p, m = c.person(), c.person()
    peers = [c.person() for _ in range(2)]
    fy = r.randint(2023, 2025)
    d.a("ANNUAL PERFORMANCE REVIEW — FY%d\n\n" % fy)
    d.a("Employee: ", L(p.full(), PER), " (", emp_id(r), ")\nJob title: ", r.choice(JOB_TITLES), "\nManager: ", L(m.full(), PER), "\n")
    d.a("Review period: ", L(c.date(date(fy - 1, r.choice([1, 7]), 1)), DT), " – ", L(c.date(date(fy, r.choice([6, 12]), 30)), DT), "\n")
    d.a("Overall rating: ", r.choice(["3 – Meets Expectations", "4 – Exceeds Expectations", "2 – Partially Meets", "5 – Outstanding"]), "\n\n")
    d.a("Key accomplishments\n")
    d.a("- ", L(p.first, PER), " led the ", r.choice(["Workday benefits module rollout", "campus recruiting season", "migration of 14,000 student records", "payroll vendor transition"]),
        " in Q%d, delivering two weeks ahead of plan.\n" % r.randint(1, 4))
    d.a("- Partnered with ", L(peers[0].full(), PER), " on goal OKR-%d-%02d (reduce offer turnaround to under 48 hours).\n" % (fy, r.randint(1, 40)))
    d.a("- Mentored two new coordinators; feedback from ", L(peers[1].first, PER), " was consistently positive.\n\n")
    d.a("Development areas\n- Delegate more; ", L(p.first, PER), "'s calendar is often 90% booked.\n- Build presentation skills for exec audiences.\n\n")
    d.a("Goals for next year\n1. Complete SHRM-SCP by ", L(c.date(date(fy + 1, r.choice([3, 6, 9]), r.randint(1, 28))), DT), ".\n")
    d.a("2. Reduce voluntary attrition in the team from 18% to 12%.\n3. Own the quarterly pay-equity analysis.\n\n")
    d.a("Compensation recommendation: merit increase of %.1f%%, effective " % r.uniform(2, 6), L(c.date(date(fy + 1, r.choice([1, 4]), 1)), DT), ".\n\n")
    d.a("Employee comments: ", r.choice(["I agree with the assessment and appreciate the support this year.",
                                         "I'd like more clarity on the path to senior level. Thanks " + "for the candid feedback.",
                                         "No comments."]), "\n\n")
    d.a("Acknowledged electronically by ", L(p.full(), PER), " on ", L(c.date(date(fy + 1, r.randint(1, 3), r.randint(1, 28))), DT), "\n")


@kind("en")
def k_leave_request(r, d):
    c = Ctx(r, "us")
    p, doc = c.person(), c.person()
    start = rdate(r, 2024, 2025)
    end = start + timedelta(days=r.randint(5, 84))
    d.a("LEAVE OF ABSENCE REQUEST\n", company(r, 0.1), " — People Operations\n\n")
    d.a("Employee name: ", L(p.any(r), PER), "\nEmployee ID: ", emp_id(r), "\nDepartment: ", r.choice(DEPTS), "\n")
    d.a("Personal phone: ", L(c.phone(), PHO), "\nPersonal email: ", L(p.email(r), EMA), "\n\n")
    lt = r.choice(["FMLA - own serious health condition", "FMLA - care for family member", "Parental / bonding leave", "Military leave (USERRA)", "Bereavement"])
    d.a("Type of leave: ", lt, "\nFirst day of leave: ", L(c.date(start), DT), "\nExpected return to work: ", L(c.date(end), DT), "\n")
    d.a("Intermittent? ", r.choice(["No", "Yes - up to 2 days per month for 6 months"]), "\n")
    if "health" in lt or "family" in lt:
        d.a("\nHealth care provider\n  Name: ", doc.title if doc.title.startswith("Dr") else "Dr.", " ", L(doc.full(), PER), "\n")
        d.a("  Practice: ", r.choice(["Riverside Family Medicine", "Northside Orthopedics", "Lakeshore OB/GYN Associates"]), "\n  Address: ", L(c.addr().one(), ADR), "\n")
        d.a("  Phone: ", L(c.phone(), PHO), "   Fax: ", L(c.phone(), PHO), "\n")
        d.a("  Medical certification (WH-380) due within 15 calendar days.\n")
    if "family" in lt or "bonding" in lt.lower():
        fam = c.person()
        d.a("\nFamily member: ", L(fam.full(), PER), " (", r.choice(["spouse", "child", "parent"]), ")")
        if r.random() < 0.5:
            d.a(", date of birth ", L(c.date(c.dob(1940, 2024)), DOB))
        d.a("\n")
    d.a("\nI understand my group health coverage continues during approved FMLA leave and I must continue paying my share of premiums.\n")
    d.a("Employee signature: ", L(p.full(), PER), "   Date: ", L(c.date(start - timedelta(days=r.randint(3, 30))), DT), "\n\n")
    hr = c.person()
    d.a("HR use: Eligibility confirmed (1,250 hours in prior 12 months). Designation notice sent ", L(c.date(start - timedelta(days=r.randint(1, 3))), DT),
        " by ", L(hr.full(), PER), ". Case ", ticket_id(r), ".\n")


@kind("en")
def k_payroll_change(r, d):
    c = Ctx(r, "us")
    p = c.person()
    eff = rdate(r, 2024, 2025)
    d.a("PERSONNEL ACTION / PAYROLL CHANGE NOTICE\nPAN #: %d-%04d\n\n" % (eff.year, r.randint(1, 9999)))
    d.a("Employee: ", L(p.lf(), PER), "    ID: ", emp_id(r), "\nEffective date: ", L(c.date(eff), DT), "\n")
    act = r.choice(["Promotion", "Merit increase", "Transfer", "Change in FTE", "Market adjustment"])
    d.a("Action: ", act, "\n\n")
    old, new = r.randint(45, 140) * 1000, 0
    new = int(old * r.uniform(1.02, 1.2)) // 100 * 100
    c1, c2 = r.choice(US_CITIES), r.choice(US_CITIES)
    d.a("Field            | Current                 | New\n-----------------|-------------------------|-------------------------\n")
    d.a("Job title        | %-23s | %s\n" % (r.choice(JOB_TITLES), r.choice(JOB_TITLES)))
    d.a("Grade            | %-23s | %s\n" % ("P%d" % r.randint(1, 4), "P%d" % r.randint(3, 6)))
    d.a("Annual base      | %-23s | %s\n" % ("${:,}".format(old), "${:,}".format(new)))
    d.a("FTE              | 1.0                     | %s\n" % r.choice(["1.0", "0.8", "1.0"]))
    d.a("Cost center      | CC-%04d                 | CC-%04d\n" % (r.randint(1000, 9999), r.randint(1000, 9999)))
    d.a("Work location    | ", L("%s, %s" % c1[:2], LOC), " " * max(1, 23 - len("%s, %s" % c1[:2])), " | ", L("%s, %s" % c2[:2], LOC), "\n\n")
    if r.random() < 0.5:
        d.a("Direct deposit change requested: new account ", L(bank_acct(r), ACC), " (routing ", aba_make(r), "), replacing account ", mask_acct(r), ".\n")
    if r.random() < 0.4:
        d.a("Garnishment order #%s continues at 15%% of disposable earnings.\n" % rs(r, DIG, 8))
    d.a("\nApprovals\n")
    for role in ["Manager", "HR Business Partner", "Payroll"]:
        q = c.person()
        d.a("  %-20s " % role, L(q.full(), PER), "   ", L(c.date(eff - timedelta(days=r.randint(1, 20))), DT), "\n")


@kind("en")
def k_background_check(r, d):
    c = Ctx(r, "us")
    p = c.person()
    d.a(r.choice(["SterlingCheck", "Checkr", "HireRight", "First Advantage", "Accurate Background"]), " — CONSUMER REPORT (Employment Purposes)\n")
    d.a("Report ID: %s    Package: %s\n" % (rs(r, UP + DIG, 12), r.choice(["Standard + MVR", "Education Plus", "Basic Criminal"])))
    od = rdate(r, 2024, 2025)
    d.a("Ordered: ", L(c.date(od), DT), "    Completed: ", L(c.date(od + timedelta(days=r.randint(1, 9))), DT), "\n\n")
    d.a("CANDIDATE\nName: ", L(p.full().upper(), PER), "\n")
    if r.random() < 0.4:
        d.a("AKA: ", L((p.first + " " + c.person().last).upper(), PER), "\n")
    if r.random() < 0.7:
        d.a("DOB: ", L(c.date(c.dob(), "{mm}/{dd}/{y}"), DOB), "\n")
    else:
        d.a("DOB: XX/XX/%d\n" % r.randint(1965, 2002))
    if r.random() < 0.5:
        d.a("SSN: ", L(ssn_gen(r, "-"), SSN), "\n")
    else:
        d.a("SSN: ", mask_ssn(r), "\n")
    d.a("\nSSN TRACE — CONSIDER: No\nIssued in ", L(US_STATES[r.choice(list(US_STATES))], LOC), " between %d and %d\n\n" % ((y := r.randint(1975, 2005)), y + 2))
    d.a("ADDRESS HISTORY\n")
    y = 2025
    for _ in range(r.randint(2, 3)):
        a = c.addr()
        s = y - r.randint(1, 6)
        d.a("  ", L(a.one().upper(), ADR), "   %d – %d\n" % (s, y))
        y = s
    d.a("\nCOUNTY CRIMINAL SEARCH\n")
    for _ in range(r.randint(1, 2)):
        cty, st = r.choice([("Travis", "TX"), ("Cook", "IL"), ("King", "WA"), ("Maricopa", "AZ"), ("Fulton", "GA"), ("Hennepin", "MN"),
                            ("Wake", "NC"), ("Dane", "WI"), ("Suffolk", "MA"), ("Denver", "CO"), ("Harris", "TX"), ("Los Angeles", "CA")])
        d.a("  ", L("%s County, %s" % (cty, st), LOC),
            " — ", r.choice(["CLEAR", "CLEAR", "RECORD FOUND: case %s-%s (dismissed)" % (r.randint(2008, 2020), rs(r, DIG, 6))]), "\n")
    if r.random() < 0.6:
        st = r.choice(["CA", "NY", "TX", "FL", "IL", "WA"])
        d.a("\nMOTOR VEHICLE REPORT\nLicense: ", L(dl_number(r, st), DL), "   State: ", L(st, LOC), "   Class: C   Status: VALID\nExpires: ",
            L(c.date(rdate(r, 2026, 2030), "{mm}/{dd}/{y}"), DT), "   Violations (3 yrs): %d\n" % r.choice([0, 0, 1, 2]))
    d.a("\nEMPLOYMENT VERIFICATION\n")
    v = c.person()
    d.a("  ", company(r), " — ", r.choice(JOB_TITLES), ", %d–%d — verified by " % (r.randint(2012, 2018), r.randint(2019, 2024)), L(v.full(), PER),
        " (", r.choice(["HR", "payroll", "The Work Number"]), ") ", L(c.phone(), PHO), "\n")
    d.a("\nEDUCATION VERIFICATION\n  ", r.choice(UNIVERSITIES), " — ", r.choice(["B.A.", "B.S.", "M.B.A."]), " %d — VERIFIED\n\n" % r.randint(2000, 2020))
    d.a("A Summary of Your Rights Under the Fair Credit Reporting Act is enclosed. Dispute line: ", L(c.phone("tollfree"), PHO), "\n")


@kind("en")
def k_reference_letter(r, d):
    c = Ctx(r, r.choice(["us", "gb", "in"]))
    p, ref = c.person(), c.person()
    comp = company(r, 0.3)
    d.a(L(c.date(rdate(r, 2023, 2025)), DT), "\n\nTo Whom It May Concern,\n\n")
    s = r.randint(2012, 2020)
    pron = "she" if p.g == "F" else "he"
    d.a("It is my pleasure to recommend ", L(p.full(), PER), ". I supervised ", "her" if p.g == "F" else "him", " at ", comp, " in ",
        L(c.cityname(), LOC), " from %d to %d, where %s worked as a %s.\n\n" % (s, s + r.randint(1, 5), pron, r.choice(JOB_TITLES)))
    d.a(L(p.first, PER), " consistently ", r.choice(["exceeded hiring targets", "delivered payroll on time, every cycle",
                                                     "earned the trust of students and parents alike", "turned around a struggling onboarding process"]),
        ". During our ", r.choice(["2019 open enrollment", "system migration", "campus expansion"]), ", ", pron, " took on the role of project lead and managed a team of %d.\n\n" % r.randint(2, 9))
    d.a("I recommend ", L(p.first, PER), " without reservation. Please feel free to contact me at ", L(c.phone(), PHO), " or ", L(ref.email(r, corp_domain(r)), EMA), ".\n\n")
    d.a(r.choice(["Sincerely,", "Kind regards,", "Yours faithfully,"]), "\n\n", L(ref.full(), PER), "\n", r.choice(JOB_TITLES), ", ", comp, "\n")


@kind("en")
def k_reference_call_notes(r, d):
    c = Ctx(r, "us")
    cand, ref, rec = c.person(), c.person(), c.person()
    d.a("REFERENCE CHECK — Candidate: ", L(cand.full(), PER), " — ", req_id(r), "\n")
    d.a("Referee: ", L(ref.full(), PER), ", ", r.choice(JOB_TITLES), " at ", company(r), " (former manager)\n")
    d.a("Phone: ", L(c.phone(), PHO), "   Call date: ", L(c.dt(rdt(r, 2024, 2025)), DT), "\nConducted by: ", L(rec.full(), PER), "\n\n")
    lines = [
        ("REC", "Thanks for making time. How do you know %s?"),
        ("REF", "I managed her for about three years on the payroll team."),
        ("REC", "What were their main strengths?"),
        ("REF", "Really calm under pressure. Quarter-end close never slipped."),
        ("REC", "Any areas for development?"),
        ("REF", "Sometimes took on too much. We worked on delegating."),
        ("REC", "Would you rehire?"),
        ("REF", "Absolutely, in a heartbeat."),
    ]
    t = 0
    for who, txt in lines:
        d.a("[%02d:%02d] " % (t // 60, t % 60))
        if who == "REC":
            d.a(L(rec.first, PER), ": ")
            if "%s" in txt:
                pre, post = txt.split("%s")
                d.a(pre, L(cand.first, PER), post)
            else:
                d.a(txt)
        else:
            d.a(L(ref.first, PER), ": ", txt)
        d.a("\n")
        t += r.randint(10, 70)
    d.a("\nSummary: positive; no concerns. Eligible for rehire per referee. Notes saved to candidate profile %s.\n" % uuid_gen(r))


@kind("en")
def k_enrollment_verification(r, d):
    c = Ctx(r, "us")
    p, a, reg = c.person(), c.addr(), c.person()
    uni = r.choice(["Lakeshore State University", "Westbrook College", "Northeastern University", "Purdue University"])
    d.a(uni.upper(), "\nOffice of the Registrar\n", L(c.addr().one(), ADR), "  •  ", L(c.phone(), PHO), "\n\nENROLLMENT VERIFICATION\n\n")
    yr = r.randint(2023, 2025)
    d.a("Date issued: ", L(c.date(date(yr, r.randint(8, 11), r.randint(1, 28))), DT), "\n\n")
    d.a("Student name: ", L(p.fmi(), PER), "\nStudent ID: ", student_id(r), "\nDate of birth: ", L(c.date(c.dob(1998, 2006)), DOB), "\n")
    d.a("Program: ", r.choice(["B.S. Computer Science", "B.A. Psychology", "M.Ed. Educational Leadership", "B.S.N. Nursing", "Ph.D. Economics"]), "\n")
    d.a("Term: Fall %d\nTerm dates: " % yr, L(c.date(date(yr, 8, r.randint(19, 28))), DT), " through ", L(c.date(date(yr, 12, r.randint(10, 18))), DT), "\n")
    d.a("Enrollment status: ", r.choice(["Full-time (15 credit hours)", "Full-time (12 credit hours)", "Half-time (6 credit hours)"]), "\n")
    d.a("Anticipated graduation: Spring %d\n" % (yr + r.randint(1, 3)))
    d.a("Mailing address on file:\n", L(a.block(), ADR), "\n\n")
    d.a("This certifies the above student is enrolled as shown. Verification may be confirmed online at ", L("https://verify.%s/v/%s" % (r.choice(EDU_DOMAINS), rs(r, UP + DIG, 10)), URL),
        " using code ", rs(r, UP + DIG, 8), ".\n\n", L(reg.full(), PER), "\nUniversity Registrar\n")


@kind("en")
def k_transcript(r, d):
    c = Ctx(r, "us")
    p = c.person()
    d.a(r.choice(UNIVERSITIES).upper(), " — OFFICIAL ACADEMIC TRANSCRIPT\n\n")
    d.a("NAME: ", L(("%s, %s %s" % (p.last, p.first, p.mi)).strip().upper() if p.mi else p.lf().upper(), PER), "\n")
    d.a("STUDENT ID: ", student_id(r), "    BIRTH DATE: ", L(c.date(c.dob(1996, 2004), "{mm}/{dd}/{y}"), DOB), "\n")
    y0 = r.randint(2018, 2021)
    courses = [("ENGL 101", "Composition I"), ("MATH 151", "Calculus I"), ("PSY 100", "Intro to Psychology"), ("CS 110", "Programming Fundamentals"),
               ("HIST 210", "U.S. History since 1877"), ("BIO 120", "Cell Biology"), ("ECON 201", "Microeconomics"), ("STAT 250", "Applied Statistics"),
               ("EDUC 305", "Classroom Assessment"), ("HRM 340", "Compensation & Benefits"), ("CS 240", "Data Structures"), ("PHIL 112", "Ethics")]
    cum_pts = cum_cr = 0.0
    for t in range(r.randint(2, 4)):
        term = ("Fall %d" % (y0 + t // 2)) if t % 2 == 0 else ("Spring %d" % (y0 + 1 + t // 2))
        d.a("\n", term, "\nCOURSE     TITLE                          CR   GRD   PTS\n")
        tp = tc = 0.0
        for code, title in r.sample(courses, r.randint(3, 5)):
            cr = r.choice([3.0, 3.0, 4.0, 1.0])
            g, gp = r.choice([("A", 4.0), ("A-", 3.7), ("B+", 3.3), ("B", 3.0), ("C+", 2.3), ("A", 4.0)])
            d.a("%-10s %-30s %.1f  %-4s %6.2f\n" % (code, title, cr, g, cr * gp))
            tp += cr * gp
            tc += cr
        cum_pts += tp
        cum_cr += tc
        d.a("TERM GPA %.3f   CUM GPA %.3f   EHRS %.1f\n" % (tp / tc, cum_pts / cum_cr, cum_cr))
    if r.random() < 0.5:
        d.a("\nDEGREE AWARDED: ", r.choice(["Bachelor of Science", "Bachelor of Arts"]), "   CONFERRED: ", L(c.date(date(y0 + 4, 5, r.randint(10, 20))), DT), "\n")
    d.a("\nIssued to: ", L(p.full(), PER), "   Date issued: ", L(c.date(rdate(r, 2024, 2025)), DT), "\n")
    d.a("This transcript is printed on security paper. A raised seal is not required. Document ID ", uuid_gen(r), "\n")


@kind("en")
def k_finaid_award(r, d):
    c = Ctx(r, "us")
    p, coun = c.person(), c.person()
    yr = r.randint(2024, 2025)
    d.a(r.choice(["Lakeshore State University", "Westbrook College", "Emory University"]), " — Office of Student Financial Aid\n%d–%d FINANCIAL AID AWARD NOTIFICATION\n\n" % (yr, yr + 1))
    d.a("Date: ", L(c.date(date(yr, r.randint(3, 6), r.randint(1, 28))), DT), "\nStudent: ", L(p.full(), PER), "\nStudent ID: ", student_id(r), "\nSSN: ", mask_ssn(r), "\n")
    d.a("Student Aid Index (SAI): {:,}\nCost of attendance: ${:,}\n\n".format(r.randint(-1500, 25000), r.randint(24000, 78000)))
    d.a("AWARD                               FALL        SPRING      TOTAL\n")
    for name in r.sample(["Federal Pell Grant", "Federal SEOG", "Federal Direct Subsidized Loan", "Federal Direct Unsubsidized Loan",
                          "Federal Work-Study", "Presidential Merit Scholarship", "State Opportunity Grant", "Fulbright Alumni Scholarship"], r.randint(3, 5)):
        v = r.randint(5, 40) * 100
        d.a("%-35s $%-10s $%-10s $%s\n" % (name, "{:,}".format(v), "{:,}".format(v), "{:,}".format(2 * v)))
    d.a("\nYou must accept or decline your awards in the student portal by ", L(c.date(date(yr, r.randint(6, 7), r.randint(1, 28))), DT), ".\n")
    d.a("Fall disbursement is scheduled for ", L(c.date(date(yr, 8, r.randint(20, 30))), DT), ".\n\n")
    if r.random() < 0.6:
        d.a("Refund preference: Direct deposit\n  Bank: ", r.choice(["Chase", "Clearwater Credit Union", "PNC Bank", "Ally Bank"]), "\n  Routing: ", aba_make(r),
            "\n  Account: ", L(bank_acct(r), ACC) if r.random() < 0.6 else mask_acct(r), "\n\n")
    d.a("Questions? Contact your counselor, ", L(coun.full(), PER), ", at ", L(coun.email(r, r.choice(EDU_DOMAINS)), EMA), " or call ", L(c.phone("tollfree"), PHO), ".\n")


@kind("en")
def k_student_health_form(r, d):
    c = Ctx(r, "us")
    p, sub, doc = c.person(), c.person(), c.person()
    sub.last = p.last
    d.a("STUDENT HEALTH SERVICES\nPre-Entrance Health & Immunization Record\n\n")
    d.a("Student name: ", L(p.any(r), PER), "\nStudent ID: ", student_id(r), "\nSHS medical record #: ", L(mrn(r), MRN), "\n")
    d.a("Date of birth: ", L(c.date(c.dob(2000, 2007)), DOB), "\nCell: ", L(c.phone(), PHO), "\nEmail: ", L(p.email(r, r.choice(EDU_DOMAINS)), EMA), "\n\n")
    d.a("HEALTH INSURANCE\n")
    if r.random() < 0.3:
        d.a("[X] Enrolled in university Student Health Insurance Plan (SHIP)\nMember ID: ", L(health_plan_id(r), HPN), "\n\n")
    else:
        d.a("Carrier: ", r.choice(["Aetna", "Cigna", "UnitedHealthcare", "BlueCross BlueShield of Illinois", "Kaiser Permanente", "Humana"]), "\n")
        d.a("Member/Policy ID: ", L(health_plan_id(r), HPN), "   Group #: ", group_no(r), "\n")
        d.a("Policy holder: ", L(sub.full(), PER), "   Policy holder DOB: ", L(c.date(c.dob(1960, 1980)), DOB), "\n\n")
    d.a("IMMUNIZATIONS (month/day/year)\n")
    b = c.dob(2000, 2006)
    for vac, n in [("MMR", 2), ("Tdap", 1), ("Meningococcal ACWY", r.choice([1, 2])), ("Hepatitis B", r.choice([0, 3])), ("Varicella", r.choice([0, 2]))]:
        if n == 0:
            d.a("  %-20s history of disease / titer on file\n" % vac)
            continue
        d.a("  %-20s " % vac)
        for i, vd in enumerate(sorted(rdate(r, b.year, 2023) for _ in range(n))):
            if i:
                d.a("  ")
            d.a("#%d " % (i + 1), L(fdate(r, vd, "us", "{mm}/{dd}/{y}"), DT))
        d.a("\n")
    d.a("  TB screening (IGRA)   ", L(fdate(r, rdate(r, 2023, 2025), "us", "{mm}/{dd}/{y}"), DT), "  Result: negative\n\n")
    d.a("Allergies: ", r.choice(["penicillin (hives)", "none known", "peanuts, tree nuts", "latex"]), "\nCurrent medications: ", ", ".join(r.sample(DRUGS, 2)), "\n")
    d.a("Conditions: ", r.choice(["asthma, well controlled", "none", "type 1 diabetes", "ADHD"]), "  (ICD-10 ", r.choice(["J45.909", "E10.9", "F90.0", "Z00.00"]), ")\n\n")
    d.a("HEALTH CARE PROVIDER ATTESTATION\n", "Dr. ", L(doc.full(), PER), ", ", r.choice(["MD", "DO", "NP"]), "   NPI ", npi(r), "\n")
    d.a("Clinic: ", L(c.addr().one(), ADR), "\nPhone: ", L(c.phone(), PHO), "   Date: ", L(c.date(rdate(r, 2023, 2025)), DT), "\n")


@kind("en")
def k_parent_teacher_email(r, d):
    c = Ctx(r, r.choice(["us", "us", "gb"]))
    t, par, kid = c.person(), c.person(), c.person()
    kid.last = par.last
    dom = r.choice(EDU_DOMAINS)
    dt0 = rdt(r, 2024, 2025, 15, 17)
    d.a("From: ", t.title, " ", L(t.full(), PER), " <", L(t.email(r, dom), EMA), ">\nTo: ", L(par.email(r), EMA), "\nDate: ",
        rfc2822(r, dt0 - timedelta(days=r.randint(3, 10), hours=r.randint(3, 8))), "\n")
    d.a("Subject: ", r.choice(["Conference request", "Quick update", "Missing assignments"]), " - ", L(kid.first, PER), "\n\n")
    d.a("Dear ", par.title, " ", L(par.last, PER), ",\n\n")
    d.a("I wanted to reach out about ", L(kid.first, PER), "'s progress in ", r.choice(["Grade 4", "7th grade science", "Year 9 maths", "Algebra I"]), ". ")
    d.a("She" if kid.g == "F" else "He", r.choice([" has been doing great work on the fractions unit, but has missed three homework assignments this month.",
                                                                      " contributes well in class discussions; reading logs have been inconsistent.",
                                                                      " has shown real progress since the start of term."]), "\n\n")
    dt1 = dt0 + timedelta(days=r.randint(1, 3), hours=r.choice([-1, 0, 1]))
    d.a("Would you be available to meet on ", L(c.dt(dt0, True), DT), " or ", L(c.dt(dt1, True), DT), "? We can meet in Room ", str(r.randint(101, 230)),
        " or by phone. Our class hamster, ", r.choice(PETS), ", says hello too.\n\n")
    d.a("Best,\n", t.title, " ", L(t.last, PER), "\n", r.choice(["Maplewood Middle School", "Hillcrest Elementary", "Riverside High School", "Kingsbridge Academy"]), "\n")
    d.a(L(c.phone(), PHO), r.choice([" ext. %d" % r.randint(100, 499), ""]), "\n\n")
    if r.random() < 0.6:
        d.a("> On ", rfc2822(r), ", ", L(par.full(), PER), " wrote:\n> Thank you! ", L(kid.first, PER), " mentioned the project. My cell is ", L(c.phone(), PHO), ".\n")


@kind("en")
def k_lms_gradebook_csv(r, d):
    c = Ctx(r, "us")
    course = r.choice(["BIO-201-03", "ENGL-101-12", "CS-240-01", "PSY-100-05", "HRM-340-02"])
    assigns = ["Quiz %d (%d)" % (i + 1, r.randint(100000, 999999)) for i in range(r.randint(2, 4))] + ["Midterm Exam (%d)" % r.randint(100000, 999999)]
    hdr = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"] + assigns + ["Current Score", "Final Grade"]
    csv_row(d, hdr)
    csv_row(d, ["    Points Possible", "", "", "", ""] + ["10.00"] * (len(assigns) - 1) + ["100.00", "(read only)", "(read only)"])
    dom = r.choice(EDU_DOMAINS)
    for _ in range(r.randint(3, 9)):
        p = c.person()
        login = L(p.email(r, dom), EMA) if r.random() < 0.5 else p.handle(r)
        scores = ["%.2f" % r.uniform(4, 10) for _ in range(len(assigns) - 1)] + ["%.2f" % r.uniform(55, 100)]
        csv_row(d, [L(p.lf(), PER), str(r.randint(10000, 99999)), student_id(r), login, course] + scores + ["%.2f" % r.uniform(60, 99), r.choice(["A", "B+", "B", "C", "A-"])])


@kind("en")
def k_lms_access_log(r, d):
    c = Ctx(r, "us")
    dom = r.choice(EDU_DOMAINS)
    users = [c.person().email(r, dom) for _ in range(3)]
    base = rdt(r, 2024, 2025, 0, 23)
    for _ in range(r.randint(6, 14)):
        base += timedelta(seconds=r.randint(1, 400))
        u = r.choice(users)
        ts = base.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % r.randint(0, 999)
        ev = r.random()
        ip = ipv4(r) if r.random() < 0.85 else ipv6(r)
        if ev < 0.3:
            d.a(ts, " INFO  [auth] login ", r.choice(["success", "success", "failure reason=bad_password"]), " user=", L(u, EMA), " ip=", L(ip, IP),
                " mfa=", r.choice(["duo_push", "totp", "none"]), " session=", rs(r, HEX, 24), "\n")
        elif ev < 0.6:
            d.a(ts, " INFO  [quiz] submit course=", r.choice(["BIO-201-03", "CS-240-01"]), " quiz_id=%d attempt=%d duration=%ds score=%.1f user_id=%d\n"
                % (r.randint(1000, 99999), r.randint(1, 3), r.randint(300, 3600), r.uniform(3, 10), r.randint(10000, 99999)))
        elif ev < 0.8:
            d.a(ts, " WARN  [proctor] ip change during attempt user=", L(u, EMA), " old=", L(ipv4(r), IP), " new=", L(ipv4(r), IP), "\n")
        else:
            d.a(ts, " INFO  [api] GET /api/v1/courses/%d/enrollments 200 %dms req=%s client=" % (r.randint(1000, 9999), r.randint(5, 900), uuid_gen(r)),
                L(ipv4_priv(r), IP), ":", str(r.randint(30000, 65000)), "\n")


@kind("en")
def k_slack_chat(r, d):
    c = Ctx(r, "us")
    ppl = [c.person() for _ in range(3)]
    cand = c.person()
    ch = r.choice(["#hr-ops", "#recruiting", "#payroll-questions", "#people-team", "#registrar-staff"])
    d.a(ch, "\n")
    t = rdt(r, 2024, 2025, 8, 16)
    start = rdate(r, 2024, 2025)
    msgs = [
        lambda: ["can someone send the offer packet to ", L(cand.full(), PER), "? email is ", L(cand.email(r), EMA)],
        lambda: ["her start date moved to ", L(c.date(start), DT), " btw"],
        lambda: ["candidate's cell is ", L(c.phone(), PHO), " — she prefers texts"],
        lambda: ["@", ppl[1].handle(r), " did the background check come back? ticket ", ticket_id(r)],
        lambda: ["yep, clear. MVR too"],
        lambda: ["reminder: I-9 section 2 is due within 3 business days of start"],
        lambda: ["OOO friday, my dog ", r.choice(PETS), " has a vet appt :dog:"],
        lambda: ["the ADP sandbox login is hr_admin / ", L(password_gen(r), PWD), " (please rotate after testing)"],
        lambda: ["panel is ", L(c.dt(rdt(r, 2024, 2025, 9, 16)), DT), " with ", L(ppl[2].full(), PER), " and ", L(c.person().first, PER)],
        lambda: ["new bot token for the onboarding app: ", L(slack_token(r), SLK)],
        lambda: ["she's relocating from ", L(c.cityname(True), LOC), " so we need the relocation addendum"],
        lambda: ["thanks ", L(ppl[0].first, PER), "!! :raised_hands:"],
        lambda: ["SFTP key for the ADP file drop (don't forward pls):\n```\n", L(pem_gen(r), PEM), "\n```"],
        lambda: ["booked her flight on the team card ", L(card_fmt(r, card_gen(r)), CC), ", receipt in the expense thread"],
    ]
    for f in [msgs[j] for j in sorted(r.sample(range(len(msgs)), r.randint(5, 8)))]:
        t += timedelta(minutes=r.randint(1, 25))
        sp = r.choice(ppl)
        tstr = "%d:%02d %s" % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
        if r.random() < 0.6:
            d.a("[", tstr, "] ", L(sp.full(), PER), ": ")
        else:
            d.a(tstr, "  ", L(sp.full(), PER), ": ")
        d.a(*f())
        d.a("\n")


@kind("en")
def k_teams_json(r, d):
    c = Ctx(r, r.choice(["us", "gb"]))
    ppl = [c.person() for _ in range(2)]
    cand = c.person()
    msgs = []
    bodies = [
        JS(["<p>Interview with ", L(cand.full(), PER), " confirmed for ", L(c.dt(rdt(r, 2024, 2025)), DT), "</p>"]),
        JS(["<p>Can you update the ATS? Her new number is ", L(c.phone(), PHO), "</p>"]),
        JS(["<p>Shared the offer letter draft: <a href=\"", L("https://contoso.sharepoint.com/sites/HR/Offers/%s.docx" % rs(r, ALNUM, 10), URL), "\">link</a></p>"]),
        JS(["<p>Onboarding service account: svc-onboard / ", L(password_gen(r, True), PWD), "</p>"]),
        JS(["<p>She lives in ", L(c.cityname(True), LOC), ", fine with hybrid 2 days/week</p>"]),
        JS(["<p>Reference: ", L(c.person().full(), PER), " at ", L(c.person().email(r, corp_domain(r)), EMA), "</p>"]),
        JS(["<p>Thanks! 👍</p>"]),
    ]
    for b in r.sample(bodies, r.randint(3, 5)):
        sp = r.choice(ppl)
        msgs.append({"id": str(r.randint(1600000000000, 1740000000000)), "messageType": "message", "createdDateTime": iso_ts(r),
                     "lastModifiedDateTime": None, "from": {"user": {"id": uuid_gen(r), "displayName": L(sp.full(), PER), "userIdentityType": "aadUser"}},
                     "body": {"contentType": "html", "content": b}, "attachments": [], "mentions": []})
    jw(d, {"@odata.context": L("https://graph.microsoft.com/v1.0/$metadata#chats('19%3A" + rs(r, HEX, 32) + "%40thread.v2')/messages", URL),
           "@odata.count": len(msgs), "value": msgs}, 2)
    d.a("\n")


def _ref(r, name):
    return r.choice(["${%s}" % name, "${{ secrets.%s }}" % name, "${%s}" % name])


@kind("en")
def k_hr_config_yaml(r, d):
    svc = r.choice(["people-sync", "ats-bridge", "payroll-exporter", "lms-roster-sync", "onboarding-bot"])
    dom = corp_domain(r).split(".")[0]
    real = lambda: r.random() < 0.65
    d.a("# %s configuration\n# owner: people-platform@ (see CODEOWNERS)\n" % svc)
    d.a("service:\n  name: %s\n  version: %d.%d.%d\n  log_level: %s\n  timezone: %s\n  build_sha: %s\n\n"
        % (svc, r.randint(1, 5), r.randint(0, 20), r.randint(0, 9), r.choice(["info", "debug"]), r.choice(["America/Chicago", "UTC", "Europe/London"]), sha_gen(r)))
    d.a("workday:\n  tenant: %s_prod\n  base_url: " % dom, L("https://wd5-services1.myworkday.com/ccx/service/%s_prod/Human_Resources/v42.0" % dom, URL), "\n")
    d.a("  client_id: ", uuid_gen(r), "\n  client_secret: ")
    d.a(L(secret_gen(r), SEC) if real() else _ref(r, "WORKDAY_CLIENT_SECRET"), "\n  refresh_token: ")
    d.a(L(rs(r, ALNUM, 64), SEC) if real() else _ref(r, "WORKDAY_REFRESH_TOKEN"), "\n\n")
    d.a("database:\n")
    if r.random() < 0.5:
        d.a("  url: postgresql://%s:" % svc.replace("-", "_"))
        d.a(L(password_gen(r, True), PWD) if real() else "${DB_PASSWORD}", "@hris-db.internal.%s.com:5432/people?sslmode=require\n" % dom)
    else:
        d.a("  host: ")
        d.a(L(ipv4_priv(r), IP) if r.random() < 0.5 else "hris-db.internal.%s.com" % dom)
        d.a("\n  port: 5432\n  user: %s\n  password: " % svc.replace("-", "_"))
        d.a(L(password_gen(r), PWD) if real() else _ref(r, "DB_PASSWORD"), "\n  pool_size: 10\n  timeout_seconds: 30\n")
    d.a("\naws:\n  region: us-east-1\n  s3_bucket: %s-hr-exports\n  access_key_id: " % dom)
    if real():
        d.a(L(aws_akid(r), AKID), "\n  secret_access_key: ", L(aws_secret(r), ASK), "\n")
    else:
        d.a("${AWS_ACCESS_KEY_ID}\n  secret_access_key: ${AWS_SECRET_ACCESS_KEY}\n")
    d.a("\nslack:\n  channel: \"#hr-alerts\"\n  bot_token: ", L(slack_token(r), SLK) if real() else _ref(r, "SLACK_BOT_TOKEN"), "\n")
    d.a("  signing_secret: ", L(rs(r, HEX, 32), SEC) if real() else _ref(r, "SLACK_SIGNING_SECRET"), "\n")
    if r.random() < 0.6:
        d.a("\ngreenhouse:\n  harvest_api_key: ", L(rs(r, HEX, 32) + "-" + str(r.randint(1, 9)), SEC) if real() else _ref(r, "GREENHOUSE_API_KEY"),
            "\n  on_behalf_of_user_id: %d\n" % r.randint(1000000, 9999999))
    if r.random() < 0.4:
        d.a("\npayments:  # application-fee checkout\n  stripe_secret_key: ", L(stripe_key(r), STR) if real() else _ref(r, "STRIPE_SECRET_KEY"), "\n")
    if r.random() < 0.4:
        d.a("\nconfig_repo:\n  url: ", L("https://github.com/%s/hr-config" % dom, URL), "\n  token: ", L(gh_token(r), GHT) if real() else _ref(r, "GH_TOKEN"), "\n")
    if r.random() < 0.45:
        key = pem_gen(r).replace("\n", "\n    ")
        d.a("\nsaml:\n  entity_id: ", L("https://%s.okta.com/app/%s/sso/saml" % (dom, rs(r, ALNUM, 20)), URL), "\n  sp_private_key: |\n    ", L(key, PEM), "\n")
    if r.random() < 0.4:
        d.a("\nauth:\n  service_token: ", L(jwt_gen(r, svc), JWT) if real() else _ref(r, "SERVICE_JWT"), "\n  token_ttl: 3600\n")
    d.a("\nretry:\n  max_attempts: 5\n  backoff: 30s\n")


@kind("en")
def k_k8s_secret(r, d):
    app = r.choice(["ats-sync", "hris-api", "payroll-bridge", "lms-gradesync", "benefits-portal"])
    b64 = lambda s: base64.b64encode(s.encode()).decode()
    d.a("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-credentials\n  namespace: people-platform\n  labels:\n    app.kubernetes.io/name: %s\n    app.kubernetes.io/version: \"%d.%d.%d\"\n"
        % (app, app, r.randint(1, 4), r.randint(0, 30), r.randint(0, 9)))
    d.a("  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: \"\"\n    uid: ", uuid_gen(r), "\ntype: Opaque\ndata:\n")
    entries = [("DB_PASSWORD", PWD, password_gen(r)), ("ADMIN_PASSWORD", PWD, password_gen(r)), ("SMTP_PASSWORD", PWD, password_gen(r, True)),
               ("API_KEY", SEC, secret_gen(r)), ("SLACK_BOT_TOKEN", SEC, slack_token(r)), ("WEBHOOK_SIGNING_SECRET", SEC, "whsec_" + rs(r, ALNUM, 32)),
               ("AWS_SECRET_ACCESS_KEY", SEC, aws_secret(r)), ("OAUTH_CLIENT_SECRET", SEC, rs(r, ALNUM + "-_~", 40)), ("db-password", PWD, password_gen(r))]
    for k, t, v in r.sample(entries, r.randint(2, 5)):
        d.a("  ", k, ": ", L(b64(v), t), "\n")
    k = r.random()
    if k < 0.3:
        d.a("stringData:\n  STRIPE_API_KEY: ", L(stripe_key(r), STR), "\n")
    elif k < 0.55:
        d.a("stringData:\n  sftp-private-key: |\n    ", L(pem_gen(r).replace("\n", "\n    "), PEM), "\n")
    if r.random() < 0.5:
        d.a("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-config\ndata:\n  LOG_LEVEL: info\n  TZ: America/New_York\n  HRIS_BASE_URL: " % app,
            L("https://api.%s/v2" % corp_domain(r), URL), "\n  DB_PASSWORD_FILE: /var/run/secrets/db-password\n  FEATURE_FLAGS: \"new_onboarding,ssn_masking\"\n")


@kind("en")
def k_dotenv(r, d):
    dom = corp_domain(r)
    real = lambda: r.random() < 0.7
    lines = [
        lambda: ["APP_ENV=production"],
        lambda: ["APP_URL=", L("https://careers.%s" % dom, URL)],
        lambda: ["DATABASE_URL=mysql://careers:", L(password_gen(r, True), PWD) if real() else "${DB_PASSWORD}", "@db-1.internal:3306/careers"],
        lambda: ["REDIS_URL=redis://:", L(rs(r, ALNUM, 24), PWD), "@cache.internal:6379/0"],
        lambda: ["STRIPE_SECRET_KEY=", L(stripe_key(r), STR) if real() else "${STRIPE_SECRET_KEY}"],
        lambda: ["STRIPE_WEBHOOK_SECRET=", L("whsec_" + rs(r, ALNUM, 32), SEC)],
        lambda: ["GITHUB_TOKEN=", L(gh_token(r), GHT)],
        lambda: ["AWS_ACCESS_KEY_ID=", L(aws_akid(r), AKID)],
        lambda: ["AWS_SECRET_ACCESS_KEY=", L(aws_secret(r), ASK)],
        lambda: ["JWT_SECRET=", L(rs(r, ALNUM, r.choice([32, 48, 64])), SEC)],
        lambda: ["SENDGRID_API_KEY=", L("SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43), SEC)],
        lambda: ["ADMIN_BOOTSTRAP_PASSWORD=", L(password_gen(r, True), PWD)],
        lambda: ["SERVICE_ACCOUNT_TOKEN=", L(jwt_gen(r), JWT)],
        lambda: ["SLACK_BOT_TOKEN=", L(slack_token(r), SLK)],
        lambda: ["TWILIO_AUTH_TOKEN=", L(rs(r, HEX, 32), SEC)],
        lambda: ["TZ=America/New_York"],
        lambda: ["SESSION_TTL_MINUTES=30"],
        lambda: ["RELEASE=v%d.%d.%d-%s" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9), sha_gen(r, 7))],
        lambda: ["OKTA_CLIENT_ID=0oa%s" % rs(r, ALNUM, 17)],
        lambda: ['SAML_SP_PRIVATE_KEY="', L(pem_gen(r), PEM), '"'],
        lambda: ["OKTA_CLIENT_SECRET=", L(rs(r, ALNUM + "-_", 40), SEC) if real() else "${OKTA_CLIENT_SECRET}"],
    ]
    d.a("# .env.%s — %s\n" % (r.choice(["production", "staging", "local"]), r.choice(["careers portal", "student admissions app", "onboarding service"])))
    for f in [lines[0]] + r.sample(lines[1:], r.randint(7, 12)):
        if r.random() < 0.15:
            d.a("export ")
        d.a(*f())
        d.a("\n")


@kind("en")
def k_integration_log(r, d):
    c = Ctx(r, "us")
    base = rdt(r, 2024, 2025, 0, 5)
    host = r.choice(["api.payroll-provider.com", "api.benefitsconnect.io", "harvest.greenhouse.io", "api.bamboohr.com"])
    for _ in range(r.randint(6, 12)):
        base += timedelta(seconds=r.randint(0, 90), milliseconds=r.randint(0, 999))
        ts = log_ts(r, base)
        k = r.random()
        if k < 0.25:
            path = "/v2/employees/%s/%s" % (emp_id(r), r.choice(["bank-accounts", "tax-forms", "deductions", "profile"]))
            d.a(ts, " INFO  payroll_sync.client  ", r.choice(["GET", "POST", "PATCH"]), " ", L("https://" + host + path, URL), " -> %d (%d ms)\n" % (r.choice([200, 201, 204, 409]), r.randint(40, 2200)))
        elif k < 0.4:
            tok = L(jwt_gen(r), JWT) if r.random() < 0.5 else L(rs(r, ALNUM, 40), SEC)
            d.a(ts, " DEBUG payroll_sync.http  request headers: {'Authorization': 'Bearer ", tok, "', 'X-Request-Id': '", uuid_gen(r), "'}\n")
        elif k < 0.55:
            p = c.person()
            d.a(ts, " INFO  payroll_sync.worker updated employee ", emp_id(r), " (", L(p.full(), PER), ") ssn=", mask_ssn(r), " fields=[address, w4]\n")
        elif k < 0.65:
            d.a(ts, " ERROR payroll_sync.db   could not connect to ", L(ipv4_priv(r), IP), ":5432 (attempt %d/5), retrying in %ds\n" % (r.randint(1, 5), r.choice([5, 10, 30])))
        elif k < 0.75:
            d.a(ts, " WARN  payroll_sync.worker employee ", emp_id(r), " missing routing number; skipping deposit split\n")
        elif k < 0.85:
            d.a(ts, " INFO  payroll_sync.webhook received event=employee.updated from ", L(ipv4_pub(r), IP), " signature=", sha_gen(r, 64), " ok\n")
        else:
            d.a(ts, " INFO  payroll_sync.main batch %s complete: %d ok, %d failed, took %.1fs\n" % (uuid_gen(r)[:8], r.randint(10, 900), r.randint(0, 5), r.uniform(1, 400)))


@kind("en")
def k_expense_report(r, d):
    c = Ctx(r, "us")
    p, appr = c.person(), c.person()
    city = c.cityname(True)
    s = rdate(r, 2024, 2025)
    d.a("EXPENSE REPORT ER-%d-%04d\nEmployee: " % (s.year, r.randint(1, 9999)), L(p.full(), PER), " (", emp_id(r), ")   Cost center: CC-%04d\n" % r.randint(1000, 9999))
    d.a("Purpose: Campus recruiting trip — ", L(city, LOC), "\nTrip dates: ", L(c.date(s), DT), " to ", L(c.date(s + timedelta(days=r.randint(1, 4))), DT), "\n\n")
    d.a("Date        Merchant                    Category        Amount\n")
    merchants = [("Marriott Downtown", "Lodging", 150, 640), ("Hilton Garden Inn", "Lodging", 130, 520), ("Delta Air Lines", "Airfare", 180, 900),
                 ("Uber", "Ground transport", 9, 75), ("Chipotle", "Meals", 9, 40), ("Hertz", "Ground transport", 60, 300), ("Wendy's", "Meals", 7, 25),
                 ("Staples", "Supplies", 12, 90), ("Ben & Jerry's", "Meals", 5, 18), ("McDonald's", "Meals", 6, 20)]
    for _ in range(r.randint(3, 6)):
        dd = s + timedelta(days=r.randint(0, 3))
        mname, cat, lo, hi = r.choice(merchants)
        d.a(L(fdate(r, dd, "us", "{mm}/{dd}/{y}"), DT), "  %-27s %-15s %s\n" % (mname, cat, money(r, lo, hi, cents=True)))
    if r.random() < 0.6:
        a1, a2 = r.sample(["AUS", "ORD", "JFK", "SEA", "ATL", "DEN", "BOS", "SFO", "MSP", "RDU"], 2)
        d.a("Flight: ", r.choice(["DL", "UA", "AA", "WN"]), "%d %s–%s, seat %d%s, confirmation %s, e-ticket %s\n"
            % (r.randint(100, 2999), a1, a2, r.randint(3, 38), r.choice("ABCDEF"), rs(r, UP, 6), rs(r, DIG, 13)))
    d.a("\nPaid with: ")
    if r.random() < 0.5:
        d.a("Corporate card ", L(card_fmt(r, card_gen(r, r.choice(["amex", "visa"]))), CC), "\n")
    else:
        d.a("Corporate card ", mask_card(r), "\n")
    d.a("Personal funds reimbursable: ", money(r, 20, 300, cents=True), " — reimburse via direct deposit to account ", mask_acct(r), "\n")
    d.a("Approved by ", L(appr.full(), PER), " on ", L(c.date(s + timedelta(days=r.randint(5, 15))), DT), "\n")


@kind("en")
def k_it_onboarding_ticket(r, d):
    c = Ctx(r, r.choice(["us", "us", "gb"]))
    p, mgr, tech = c.person(), c.person(), c.person()
    start = rdate(r, 2024, 2025)
    tid = ticket_id(r)
    d.a(tid, " | New hire setup: ", L(p.full(), PER), " — start ", L(c.date(start), DT), "\n")
    d.a("Requested by: ", L(mgr.full(), PER), "   Priority: P3   Assignment group: IT Service Desk\n\n")
    d.a("Hardware: ", r.choice(["MacBook Pro 14\" M3", "Dell Latitude 7440", "ThinkPad T14 Gen 4"]), " — serial ", rs(r, UP + DIG, 10), ", asset tag AT-%05d\n" % r.randint(1, 99999))
    user = p.handle(r)
    d.a("AD username: ", user, "\nEmail: ", L(p.email(r, corp_domain(r)), EMA), "\n")
    d.a("Temporary password: ", L(password_gen(r), PWD), "  (must be changed at first login)\n")
    if r.random() < 0.5:
        d.a("VPN profile: corp-fulltunnel   Badge #: %d   Desk: %s-%d\n" % (r.randint(10000, 99999), r.choice("ABC"), r.randint(100, 499)))
    d.a("Groups: grp-all-staff, grp-%s, grp-workday-users\n\nWork notes:\n" % r.choice(["hr", "finance", "registrar", "eng"]))
    t = datetime(start.year, start.month, start.day, 8, 0) - timedelta(days=r.randint(2, 6))
    for note in ["imaged laptop, enrolled in Jamf/Intune", "created accounts, MFA pending", "shipped to home address via FedEx tracking " + rs(r, DIG, 12),
                 "user confirmed receipt, password reset completed"]:
        t += timedelta(hours=r.randint(1, 20), minutes=r.randint(0, 59))
        d.a(t.strftime("%Y-%m-%d %H:%M:%S"), " - ", L(tech.full(), PER), " (Work notes): ", note, "\n")
    if r.random() < 0.4:
        d.a("\nShip-to: ", L(c.addr().one(), ADR), "\n")


@kind("en")
def k_separation_letter(r, d):
    c = Ctx(r, "us")
    p, hr = c.person(), c.person()
    today = rdate(r, 2024, 2025)
    last = today + timedelta(days=r.randint(0, 21))
    d.a(L(c.date(today), DT), "\n\nPERSONAL AND CONFIDENTIAL\n", L(p.full(), PER), "\n", L(c.addr().block(), ADR), "\n\n")
    d.a("Re: Separation of Employment\n\nDear ", L(p.first, PER), ",\n\n")
    d.a("This letter confirms that your employment with ", company(r, 0.2), " will end effective ", L(c.date(last), DT), ". ")
    d.a("Your final paycheck, including %s hours of accrued PTO, will be issued on " % r.choice(["37.5", "52.0", "16.25", "80"]), L(c.date(last + timedelta(days=r.randint(0, 14))), DT), ".\n\n")
    d.a("Benefits: your medical, dental and vision coverage will end on ", L(c.date(date(last.year + (last.month == 12), last.month % 12 + 1, 1) - timedelta(days=1)), DT),
        ". You may elect continuation coverage under COBRA; an election notice will arrive from our administrator within 44 days. For reference, your medical member ID is ",
        L(health_plan_id(r), HPN), ".\n\n")
    if r.random() < 0.6:
        d.a("401(k): your vested balance remains in your Fidelity account ", L(rs(r, UP, 1) + rs(r, DIG, 8), ACC), " until you request a distribution or rollover.\n\n")
    d.a("Please return your laptop and badge by ", L(c.date(last + timedelta(days=r.randint(3, 10))), DT), " using the prepaid label (return to ", L(c.addr().one(), ADR), ").\n\n")
    d.a("If you have questions, contact ", L(hr.full(), PER), " at ", L(c.phone(), PHO), " or ", L(hr.email(r, corp_domain(r)), EMA), ".\n\nSincerely,\n", L(hr.full(), PER), "\nHR Business Partner\n")


@kind("en")
def k_benefits_enrollment(r, d):
    c = Ctx(r, "us")
    p = c.person()
    yr = r.randint(2024, 2026)
    d.a("%d OPEN ENROLLMENT — CONFIRMATION STATEMENT\nConfirmation #: %s\n\n" % (yr, rs(r, UP + DIG, 10)))
    d.a("Employee: ", L(p.any(r), PER), "   ID: ", emp_id(r), "   Date of birth: ", L(c.date(c.dob()), DOB), "\n")
    d.a("Coverage effective: ", L(c.date(date(yr, 1, 1)), DT), "\n\n")
    d.a("PLAN              CARRIER                        TIER              MEMBER ID        PER PAYCHECK\n")
    for plan, carriers in [("Medical", ["Blue Cross Blue Shield PPO 500", "Aetna Choice POS II", "Kaiser HMO", "UnitedHealthcare HSA"]),
                           ("Dental", ["Delta Dental PPO", "MetLife Dental"]), ("Vision", ["VSP Choice", "EyeMed"])]:
        d.a("%-17s %-30s %-17s " % (plan, r.choice(carriers), r.choice(["Employee Only", "EE + Spouse", "EE + Child(ren)", "Family"])),
            L(health_plan_id(r), HPN), "   ", money(r, 3, 280, cents=True), "\n")
    d.a("Group number: ", group_no(r), "\n\nDEPENDENTS\n")
    for rel in r.sample(["Spouse", "Child", "Child", "Domestic Partner"], r.randint(1, 3)):
        q = c.person()
        q.last = p.last if r.random() < 0.7 else q.last
        y0, y1 = (1965, 1998) if rel in ("Spouse", "Domestic Partner") else (2006, 2023)
        d.a("  ", L(q.full(), PER), " — ", rel, " — DOB ", L(c.date(c.dob(y0, y1)), DOB))
        d.a(" — SSN ", L(ssn_gen(r), SSN) if r.random() < 0.4 else mask_ssn(r), "\n")
    d.a("\nHealth Savings Account: HealthEquity account ", L(rs(r, DIG, 10), ACC), ", annual election ", money(r, 500, 8300, cents=False), "\n")
    d.a("Life insurance beneficiary: ", L(c.person().full(), PER), " (100%)\n")


@kind("en")
def k_job_posting(r, d):
    c = Ctx(r, r.choice(["us", "us", "gb", "in"]))
    rec = c.person()
    comp = company(r, 0.3)
    title = r.choice(JOB_TITLES)
    d.a(title, "\n", comp, " · ", L(c.cityname(True), LOC), " (", r.choice(["Hybrid", "On-site", "Remote-friendly"]), ")\nReq ID: ", req_id(r), "\n\n")
    d.a("About the role\nWe are looking for a ", title, " to join our ", r.choice(DEPTS), " team. You will partner with hiring managers across ",
        "%d countries and support a workforce of about %s people.\n\n" % (r.randint(3, 30), "{:,}".format(r.randint(200, 40000))))
    d.a("What you'll do\n")
    bullets(r, d, 3)
    d.a("\nWhat you bring\n- %d+ years of relevant experience\n- Fluency in %s; %s a plus\n- Experience with %s\n\n" % (r.randint(2, 8), r.choice(LANGS_EN), r.choice(LANGS_EN), r.choice(SKILLS)))
    if c.loc == "us":
        d.a("Compensation: $%s–$%s base + bonus. Benefits start day one.\n" % ("{:,}".format(r.randint(55, 110) * 1000), "{:,}".format(r.randint(115, 190) * 1000)))
    d.a("Applications close ", L(c.date(rdate(r, 2024, 2025)), DT), ". Apply at ", L("https://careers.%s/jobs/%d" % (corp_domain(r), r.randint(1000, 99999)), URL), "\n")
    d.a("Questions? Contact ", L(rec.full(), PER), " (", L(rec.email(r, corp_domain(r)), EMA), ").\n\n")
    d.a(comp, " is an equal opportunity employer. We consider all qualified applicants without regard to race, religion, national origin, sex, disability or veteran status.\n")


@kind("en")
def k_incident_report(r, d):
    c = Ctx(r, "us")
    p, sup, w, doc = c.person(), c.person(), c.person(), c.person()
    when = rdt(r, 2024, 2025, 6, 22)
    d.a("EMPLOYEE'S REPORT OF WORK-RELATED INJURY / ILLNESS\n\n")
    d.a("Employee: ", L(p.full(), PER), "   Job title: ", r.choice(["Warehouse Associate", "Custodian", "Teacher", "Lab Technician", "Groundskeeper"]), "\n")
    d.a("Home phone: ", L(c.phone(), PHO), "   Date of birth: ", L(c.date(c.dob()), DOB), "\n")
    d.a("Date/time of incident: ", L(c.dt(when), DT), "\n")
    d.a("Where did it happen: ", r.choice(["Loading dock 4", "Gym storage room", "Science lab B-112", "Parking lot C"]), ", ", L(c.addr().one(), ADR), "\n")
    d.a("Description: ", r.choice(["Slipped on wet floor while carrying boxes; twisted left ankle.", "Cut right hand on broken glassware during cleanup.",
                                    "Strained lower back lifting a 40 lb case of paper."]), "\n")
    d.a("Witness: ", L(w.full(), PER), ", ", L(c.phone(), PHO), "\n")
    d.a("Treated at: ", r.choice(["Concentra Urgent Care", "CityMD", "St. Mary's Occupational Health"]), " by Dr. ", L(doc.full(), PER),
        "; patient account ", L(rs(r, DIG, 9), ACC), ", MRN ", L(mrn(r), MRN), "\n")
    if r.random() < 0.4:
        d.a("Vehicle involved: %d %s, plate %s, VIN %s (fleet unit %d)\n" % (r.randint(2015, 2024), r.choice(["Ford Transit", "Toyota Tacoma", "Chevrolet Express"]),
            r.choice([rs(r, DIG, 1) + rs(r, UP, 3) + rs(r, DIG, 3), rs(r, UP, 3) + "-" + rs(r, DIG, 4)]), rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17), r.randint(10, 99)))
    d.a("Lost time: ", r.choice(["none", "2 days", "restricted duty for 10 days"]), "\nWorkers' comp claim #: WC%s\n" % rs(r, DIG, 9))
    d.a("Reported to supervisor ", L(sup.full(), PER), " on ", L(c.date(when.date() + timedelta(days=r.randint(0, 2))), DT), "\n")


@kind("en")
def k_tuition_payment_auth(r, d):
    c = Ctx(r, "us")
    stu, holder = c.person(), c.person()
    holder.last = stu.last if r.random() < 0.6 else holder.last
    a = c.addr()
    d.a(r.choice(["Westbrook College", "Lakeshore State University", "St. Augustine Preparatory School"]), " — Bursar's Office\nCREDIT CARD AUTHORIZATION — TUITION PAYMENT PLAN\n\n")
    d.a("Student name: ", L(stu.full(), PER), "   Student ID: ", student_id(r), "\n")
    d.a("Cardholder name: ", L(holder.full().upper() if r.random() < 0.4 else holder.full(), PER), "\n")
    num = card_gen(r)
    d.a("Card type: ", {"4": "Visa", "5": "Mastercard", "2": "Mastercard", "3": "American Express", "6": "Discover"}[num[0]], "\n")
    d.a("Card number: ", L(card_fmt(r, num), CC), "   CVV: ***\n")
    d.a("Billing address: ", L(a.one(), ADR), "\nPhone: ", L(c.phone(region=a.region), PHO), "   Email: ", L(holder.email(r), EMA), "\n\n")
    tot = r.randint(4, 30) * 500
    d.a("Plan: %d installments of %s (total ${:,}) charged on:\n".format(tot) % (3, "${:,.2f}".format(tot / 3)))
    s = rdate(r, 2024, 2025)
    for i in range(3):
        d.a("  ", L(c.date(s + timedelta(days=30 * i)), DT), "\n")
    d.a("\nI authorize the charges above. Signature: ", L(holder.full(), PER), "   Date: ", L(c.date(s - timedelta(days=r.randint(3, 20))), DT), "\n")
    d.a("Office use: auth code %s   receipt R-%d   processed by %s\n" % (rs(r, UP + DIG, 6), r.randint(100000, 999999), r.choice(["kp", "jls", "mw"])))


@kind("en")
def k_field_trip_permission(r, d):
    c = Ctx(r, "us")
    kid, par, doc, ec = c.person(), c.person(), c.person(), c.person()
    kid.last = par.last
    dt0 = rdt(r, 2024, 2025, 7, 9)
    d.a(r.choice(["Maplewood Middle School", "Hillcrest Elementary", "Riverside High School"]), "\nFIELD TRIP PERMISSION & MEDICAL RELEASE\n\n")
    d.a("Destination: ", r.choice(["Museum of Science and Industry", "State Capitol tour", "Aquarium", "Nature Center"]), ", ", L(c.cityname(True), LOC), "\n")
    d.a("Date: ", L(c.date(dt0.date()), DT), "   Departure: ", L(c.time(dt0), DT), "   Return: ", L(c.time(dt0 + timedelta(hours=r.randint(5, 8))), DT), "\n")
    d.a("Cost: $%d (scholarships available)   Bus #%d\n\n" % (r.randint(5, 40), r.randint(1, 60)))
    d.a("Student: ", L(kid.full(), PER), "   Grade: %d   Homeroom: %d\n" % (r.randint(3, 8), r.randint(101, 230)))
    d.a("Parent/guardian: ", L(par.full(), PER), "\nCell: ", L(c.phone(), PHO), "   Work: ", L(c.phone(), PHO), "\n")
    d.a("Emergency contact (if parent unavailable): ", L(ec.full(), PER), " ", L(c.phone(), PHO), "\n")
    d.a("Allergies / medical conditions: ", r.choice(["bee stings — carries EpiPen", "none", "asthma — albuterol inhaler in backpack", "lactose intolerant"]), "\n")
    d.a("Health insurance: ", r.choice(["Medicaid", "BlueCross", "Aetna", "Cigna", "Ambetter"]), "  Member ID: ", L(health_plan_id(r), HPN), "\n")
    d.a("Physician: Dr. ", L(doc.full(), PER), "  ", L(c.phone(), PHO), "\n\n")
    d.a("In the event of an emergency I authorize school staff to seek medical treatment for my child.\nParent signature: ", L(par.full(), PER),
        "   Date: ", L(c.date(dt0.date() - timedelta(days=r.randint(3, 14))), DT), "\n")


def ocr(r, s, rate=0.08):
    out = []
    subs = {"l": "1", "I": "l", "O": "0", "o": "0", "e": "c", "m": "rn", "S": "5", "B": "8", "a": "o", "t": "f", "i": "í"}
    for ch in s:
        x = r.random()
        if x < rate and ch in subs:
            out.append(subs[ch])
        elif x < rate * 1.3 and ch == " ":
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)


@kind("en")
def k_ocr_application(r, d):
    c = Ctx(r, "us")
    p, a = c.person(), c.addr()
    o = lambda s: ocr(r, s)
    d.a(o("APPLICATION FOR EMPLOYMENT"), "\n", o("(Please print clearly)"), "   |", "_" * r.randint(5, 20), "\n\n")
    d.a(o("Name (Last, First, Middle):"), " ", L(("%s, %s %s" % (p.last, p.first, p.mi or "")).strip().upper(), PER), "\n")
    d.a(o("Present Address:"), " ", L(a.one().upper() if r.random() < 0.5 else a.one(), ADR), "\n")
    d.a(o("Telephone:"), " ", L(c.phone(region=a.region), PHO), "   ", o("E-mail:"), " ", L(p.email(r), EMA), "\n")
    d.a(o("Social Security No.:"), " ", L(ssn_gen(r), SSN), "   ", o("Date of Birth:"), " ", L(c.date(c.dob(), "{mm}/{dd}/{y}"), DOB), "\n")
    if r.random() < 0.5:
        d.a(o("Driver's License No.:"), " ", L(dl_number(r, a.region), DL), "   ", o("State:"), " ", L(a.region, LOC), "\n")
    d.a(o("Position applied for:"), " ", r.choice(JOB_TITLES), "   ", o("Date available to start:"), " ", L(c.date(rdate(r, 2024, 2025), "{m}/{d}/{y}"), DT), "\n")
    d.a(o("Are you legally eligible to work in the U.S.?"), " [X] Yes [ ] No\n")
    d.a(o("Have you ever been convicted of a felony?"), " [ ] Yes [X] No\n\n")
    d.a(o("EMPLOYMENT HISTORY (most recent first)"), "\n")
    for _ in range(r.randint(1, 2)):
        sup = c.person()
        d.a(o("Employer:"), " ", company(r), "   ", o("Supervisor:"), " ", L(sup.full(), PER), "   ", o("Phone:"), " ", L(c.phone(), PHO), "\n")
        y = r.randint(2008, 2022)
        d.a(o("From"), " %d " % y, o("To"), " %d   " % (y + r.randint(1, 3)), o("Reason for leaving:"), " ", r.choice(["relocation", "better opportunity", "contract ended", "school"]), "\n")
    d.a("\n", o("REFERENCES"), "\n")
    for i in range(r.randint(1, 3)):
        q = c.person()
        d.a("%d. " % (i + 1), L(q.full(), PER), "  ", L(c.phone(), PHO), "  ", o(r.choice(["former coworker", "teacher", "pastor", "neighbor", "coach"])), "\n")
    d.a("\n", o("I certify that the information on this application is true and complete."), "\n", o("Signature:"), " ", L(p.full(), PER), "   ",
        o("Date:"), " ", L(c.date(rdate(r, 2024, 2025), "{m}/{d}/{y}"), DT), "\n")
    d.a(o("Page 1 of 2"), "   ", rs(r, "|;:.,'`", r.randint(2, 6)), "\n")


@kind("en")
def k_hl7_student_health(r, d):
    c = Ctx(r, "us")
    p, a, par, doc, clerk = c.person(), c.addr(), c.person(), c.person(), c.person()
    par.last = p.last
    ts = rdt(r, 2024, 2025, 7, 19).strftime("%Y%m%d%H%M%S")
    d.a("MSH|^~\\&|EPIC|SHS|HEALTHBRIDGE|", r.choice(["LSU", "WBC", "NEU"]), "|", ts, "||ADT^A04^ADT_A01|", rs(r, DIG, 10), "|P|2.5.1\n")
    d.a("EVN|A04|", ts, "|||", rs(r, UP, 2) + rs(r, DIG, 4), "^", L("%s^%s" % (clerk.last.upper(), clerk.first.upper()), PER), "\n")
    name = "%s^%s" % (p.last.upper(), p.first.upper()) + ("^" + p.mi if p.mi else "")
    dob = c.dob(1999, 2007)
    d.a("PID|1||", L(mrn(r), MRN), "^^^SHS^MR||", L(name, PER), "||", L(dob.strftime("%Y%m%d"), DOB), "|", "F" if p.g == "F" else "M", "|||")
    xad = "%s^%s^%s^%s^%s^USA" % (a.street.upper(), a.unit.upper(), a.city.upper(), a.region, a.postcode[:5])
    d.a(L(xad, ADR), "^H||", L(c.phone(region=a.region), PHO), "||ENG|S||", L(rs(r, DIG, 9), ACC), "^^^SHS^AN|", L(ssn_gen(r, r.choice(["", "-"])), SSN) if r.random() < 0.6 else "", "\n")
    pa = a if r.random() < 0.6 else c.addr()
    d.a("NK1|1|", L("%s^%s" % (par.last.upper(), par.first.upper()), PER), "|", r.choice(["MTH^Mother", "FTH^Father", "GRD^Guardian"]), "|",
        L("%s^%s^%s^%s^%s^USA" % (pa.street.upper(), pa.unit.upper(), pa.city.upper(), pa.region, pa.postcode[:5]), ADR), "|", L(c.phone(), PHO), "\n")
    d.a("PV1|1|O|SHC^EXAM%d^^SHS||||" % r.randint(1, 9), npi(r), "^", L("%s^%s" % (doc.last.upper(), doc.first.upper()), PER), "^^^DR^MD|||||||||||",
        rs(r, DIG, 10), "\n")
    if r.random() < 0.6:
        d.a("AL1|1|DA|^", r.choice(["PENICILLIN", "SULFA", "PEANUT", "LATEX"]), "|", r.choice(["MO", "SV"]), "|", r.choice(["HIVES", "ANAPHYLAXIS", "RASH"]), "\n")
    if r.random() < 0.5:
        d.a("DG1|1||", r.choice(["J45.909^Unspecified asthma^I10", "F41.1^Generalized anxiety disorder^I10", "Z23^Encounter for immunization^I10"]), "\n")
    eff = rdate(r, 2023, 2025)
    ia = c.addr()
    ins = "IN1|1|%s|%s|%s|" % (r.choice(["SHIP01", "PPO500", "HMO1"]), rs(r, DIG, 5), r.choice(["AETNA STUDENT HEALTH", "UNITEDHEALTHCARE STUDENTRESOURCES", "BCBS IL"]))
    d.a(ins, L("PO BOX %d^^%s^%s^%s" % (r.randint(1000, 99999), ia.city.upper(), ia.region, ia.postcode[:5]), ADR), "||", L(phone(r, "us", "tollfree"), PHO),
        "|", group_no(r), "|", "STUDENT PLAN", "|||", L(eff.strftime("%Y%m%d"), DT), "|||", "STU|", L("%s^%s" % (par.last.upper(), par.first.upper()), PER), "|19|",
        L(c.dob(1960, 1982).strftime("%Y%m%d"), DOB), "|", "|" * 17, L(health_plan_id(r), HPN), "\n")


@kind("en")
def k_fhir_student(r, d):
    c = Ctx(r, "us")
    p, a, par = c.person(), c.addr(), c.person()
    pid = uuid_gen(r)
    patient = {
        "resourceType": "Patient", "id": pid,
        "meta": {"versionId": str(r.randint(1, 9)), "lastUpdated": iso_ts(r)},
        "identifier": [{"use": "usual", "type": {"coding": [{"system": L("http://terminology.hl7.org/CodeSystem/v2-0203", URL), "code": "MR"}]},
                        "system": "urn:oid:2.16.840.1.113883.3.%d" % r.randint(1000, 9999), "value": L(mrn(r), MRN)}],
        "name": [{"use": "official", "family": L(p.last, PER), "given": [L(p.first, PER)]}],
        "telecom": [{"system": "phone", "value": L(c.phone(region=a.region), PHO), "use": "mobile"},
                    {"system": "email", "value": L(p.email(r, r.choice(EDU_DOMAINS)), EMA)}],
        "gender": "female" if p.g == "F" else "male",
        "birthDate": L(fdate(r, c.dob(1999, 2007), "iso"), DOB),
        "address": [{"use": "home", "line": [L(a.line1(), ADR)], "city": L(a.city, LOC), "state": L(a.region, LOC), "postalCode": a.postcode[:5], "country": "US"}],
        "contact": [{"relationship": [{"text": r.choice(["mother", "father", "guardian"])}], "name": {"text": L(par.full(), PER)},
                     "telecom": [{"system": "phone", "value": L(c.phone(), PHO)}]}],
    }
    cov = {
        "resourceType": "Coverage", "id": uuid_gen(r), "meta": {"lastUpdated": iso_ts(r)}, "status": "active",
        "subscriberId": L(health_plan_id(r), HPN), "beneficiary": {"reference": "Patient/" + pid},
        "period": {"start": L(fdate(r, rdate(r, 2023, 2025), "iso"), DT)},
        "payor": [{"display": r.choice(["Aetna Student Health", "UnitedHealthcare StudentResources", "Blue Cross Blue Shield"])}],
        "class": [{"type": {"text": "group"}, "value": group_no(r)}],
    }
    res = [patient, cov] if r.random() < 0.6 else [patient]
    bundle = {"resourceType": "Bundle", "id": uuid_gen(r), "type": "collection", "timestamp": iso_ts(r),
              "entry": [{"fullUrl": "urn:uuid:" + x["id"], "resource": x} for x in res]}
    jw(d, bundle, r.choice([2, 2, None]))
    d.a("\n")


@kind("en")
def k_vcard_contacts(r, d):
    c = Ctx(r, r.choice(["us", "us", "gb"]))
    for _ in range(r.randint(1, 3)):
        p, a = c.person(), c.addr()
        d.a("BEGIN:VCARD\nVERSION:", r.choice(["3.0", "4.0"]), "\n")
        mi = p.mi or ""
        d.a("N:", L("%s;%s;%s" % (p.last, p.first, mi) if mi else "%s;%s" % (p.last, p.first), PER), ";" if mi else ";;", p.title if r.random() < 0.4 else "", ";\n")
        d.a("FN:", L(p.fmi(), PER), "\n")
        d.a("ORG:", company(r, 0.3), ";", r.choice(["Talent Acquisition", "University Recruiting", "Human Resources", "Admissions"]), "\nTITLE:", r.choice(JOB_TITLES), "\n")
        d.a("TEL;TYPE=WORK,VOICE:", L(c.phone(), PHO), "\n")
        if r.random() < 0.6:
            d.a("TEL;TYPE=CELL:", L(c.phone(), PHO), "\n")
        d.a("EMAIL;TYPE=INTERNET:", L(p.email(r, corp_domain(r)), EMA), "\n")
        parts = [a.line1(), a.city, a.region, a.postcode, COUNTRY_EN[a.loc]]
        d.a("ADR;TYPE=WORK:;;", L(";".join(parts), ADR), "\n")
        if r.random() < 0.5:
            d.a("BDAY:", L(fdate(r, c.dob(), "iso"), DOB), "\n")
        if r.random() < 0.6:
            d.a("URL:", L(url_linkedin(r, p), URL), "\n")
        d.a("NOTE:Met at ", r.choice(["the spring career fair", "SHRM annual conference", "a campus info session"]), "; follow up re ", req_id(r), "\n")
        d.a("REV:", rdt(r, 2023, 2025, 0, 23).strftime("%Y%m%dT%H%M%SZ"), "\nUID:", uuid_gen(r), "\nEND:VCARD\n")


@kind("en")
def k_edi_834(r, d):
    c = Ctx(r, "us")
    dt = rdt(r, 2024, 2025, 0, 23)
    ctrl = "%09d" % r.randint(1, 999999999)
    sid, rid = ("%-15s" % rs(r, UP + DIG, 9)), ("%-15s" % rs(r, UP + DIG, 9))
    d.a("ISA*00*          *00*          *ZZ*", sid, "*ZZ*", rid, "*", dt.strftime("%y%m%d"), "*", dt.strftime("%H%M"), "*^*00501*", ctrl, "*0*P*:~\n")
    d.a("GS*BE*", sid.strip(), "*", rid.strip(), "*", dt.strftime("%Y%m%d"), "*", dt.strftime("%H%M"), "*", str(int(ctrl)), "*X*005010X220A1~\n")
    d.a("ST*834*0001*005010X220A1~\nBGN*00*", rs(r, DIG, 6), "*", dt.strftime("%Y%m%d"), "*", dt.strftime("%H%M"), "****2~\n")
    d.a("N1*P5*", company(r, 0.2).upper(), "*FI*", rs(r, DIG, 9), "~\nN1*IN*", r.choice(["BLUE CROSS BLUE SHIELD", "AETNA", "CIGNA HEALTHCARE"]), "*FI*", rs(r, DIG, 9), "~\n")
    eff = date(dt.year, dt.month, 1) + timedelta(days=32)
    eff = date(eff.year, eff.month, 1)
    sub = c.person()
    members = [(sub, "Y", "18")] + [(c.person(), "N", r.choice(["01", "19"])) for _ in range(r.randint(0, 2))]
    sub_ssn = ssn_gen(r, "")
    n = 4
    for q, flag, rel in members:
        if flag == "N":
            q.last = sub.last
        a = c.addr()
        d.a("INS*", flag, "*", rel, "*021*28*A***FT~\n")
        d.a("REF*0F*", L(sub_ssn, SSN), "~\n")
        d.a("REF*1L*", group_no(r).replace("-", ""), "~\n")
        d.a("DTP*356*D8*", L(eff.strftime("%Y%m%d"), DT), "~\n")
        d.a("NM1*IL*1*", L(q.last.upper(), PER), "*", L(q.first.upper(), PER))
        d.a("****34*", L(sub_ssn, SSN), "~\n") if flag == "Y" else d.a("~\n")
        if flag == "Y":
            d.a("PER*IP**TE*", L(re.sub(r"\D", "", phone(r, "us"))[-10:], PHO), "*EM*", L(q.email(r), EMA), "~\n")
            d.a("N3*", L(a.line1().upper(), ADR), "~\nN4*", L(a.city.upper(), LOC), "*", L(a.region, LOC), "*", a.postcode[:5], "~\n")
        y0, y1 = (1962, 2000) if rel in ("18", "01") else (2006, 2023)
        d.a("DMG*D8*", L(c.dob(y0, y1).strftime("%Y%m%d"), DOB), "*", "F" if q.g == "F" else "M", "~\n")
        d.a("HD*021**HLT*", r.choice(["PPO500", "HDHP3000", "HMO250"]), "*", r.choice(["EMP", "FAM", "ESP"]), "~\nDTP*348*D8*", L(eff.strftime("%Y%m%d"), DT), "~\n")
        d.a("REF*23*", L(health_plan_id(r), HPN), "~\n")
        n += 10
    d.a("SE*%d*0001~\nGE*1*%d~\nIEA*1*%s~\n" % (n, int(ctrl), ctrl))


@kind("en")
def k_git_diff_leak(r, d):
    c = Ctx(r, r.choice(["us", "gb", "in"]))
    p = c.person()
    sha = sha_gen(r)
    when = rdt(r, 2023, 2025, 8, 22)
    d.a("commit ", sha, "\nAuthor: ", L(p.full(), PER), " <", L(p.email(r, corp_domain(r)), EMA), ">\n")
    d.a("Date:   %s %s %d %02d:%02d:%02d %d %s\n\n" % (WEEKDAYS["en"][when.weekday()][:3], MONTHS["en"][when.month - 1][:3], when.day, when.hour, when.minute,
                                                 r.randint(0, 59), when.year, r.choice(["-0500", "+0530", "+0000", "-0700"])))
    d.a("    ", r.choice(["Add ADP payroll sync job", "Wire up Greenhouse webhook", "Quick fix for LMS roster import", "WIP: benefits eligibility export"]),
        " (", r.choice(["HRIS", "PEOPLE", "LMS"]), "-%d)\n\n" % r.randint(10, 999))
    fn = r.choice(["scripts/adp_sync.py", "jobs/roster_import.py", "integrations/greenhouse.py", "tools/export_benefits.py"])
    d.a("diff --git a/%s b/%s\nindex %s..%s 100644\n--- a/%s\n+++ b/%s\n@@ -1,6 +1,%d @@\n" % (fn, fn, sha_gen(r, 7), sha_gen(r, 7), fn, fn, r.randint(12, 20)))
    d.a(" import os\n import requests\n \n")
    opts = [
        lambda: ['+API_BASE = "', L("https://api.%s/v1" % corp_domain(r), URL), '"'],
        lambda: ['+CLIENT_ID = "', uuid_gen(r), '"'],
        lambda: ['+CLIENT_SECRET = "', L(secret_gen(r), SEC), '"  # TODO move to vault'],
        lambda: ['+GITHUB_TOKEN = "', L(gh_token(r), GHT), '"'],
        lambda: ['+AWS_ACCESS_KEY_ID = "', L(aws_akid(r), AKID), '"'],
        lambda: ['+AWS_SECRET_ACCESS_KEY = "', L(aws_secret(r), ASK), '"'],
        lambda: ['+DB_DSN = "postgresql://etl:', L(password_gen(r, True), PWD), '@reporting-db:5432/hr"'],
        lambda: ['+SLACK_TOKEN = os.environ.get("SLACK_TOKEN", "', L(slack_token(r), SLK), '")'],
        lambda: ['+STRIPE_KEY = "', L(stripe_key(r), STR), '"'],
        lambda: ['+HEADERS = {"Authorization": "Bearer ', L(jwt_gen(r), JWT), '"}'],
        lambda: ['+DB_PASSWORD = os.environ["DB_PASSWORD"]'],
        lambda: ['+TIMEOUT = 30'],
    ]
    for f in r.sample(opts, r.randint(4, 7)):
        d.a(*f())
        d.a("\n")
    d.a(" \n def main():\n-    pass\n+    run(batch_size=500)\n")


@kind("en")
def k_timesheet_csv(r, d):
    c = Ctx(r, "us")
    ppl = [(emp_id(r), c.person()) for _ in range(r.randint(1, 3))]
    csv_row(d, ["employee_id", "employee_name", "work_date", "clock_in", "clock_out", "hours", "pay_code", "approver"])
    appr = c.person()
    d0 = rdate(r, 2024, 2025)
    ndays = r.randint(2, 5)
    for i in range(ndays * len(ppl)):
        eid, p = ppl[i // ndays]
        wd = d0 + timedelta(days=i % ndays)
        tin = datetime(wd.year, wd.month, wd.day, r.randint(6, 9), r.randint(0, 59))
        tout = tin + timedelta(hours=r.randint(4, 9), minutes=r.randint(0, 59))
        hrs = (tout - tin).seconds / 3600
        csv_row(d, [eid, L(p.full(), PER), L(wd.isoformat(), DT), L(tin.strftime("%H:%M"), DT), L(tout.strftime("%H:%M"), DT), "%.2f" % hrs,
                    r.choice(["REG", "REG", "OT", "PTO", "SICK"]), L(appr.lf(), PER)])


@kind("en")
def k_report_card(r, d):
    c = Ctx(r, r.choice(["us", "gb"]))
    kid, t = c.person(), c.person()
    yr = r.randint(2023, 2025)
    d.a(r.choice(["Hillcrest Elementary School", "Maplewood Middle School", "Kingsbridge Primary"]), " — Progress Report, Term %d %d–%d\n\n" % (r.randint(1, 3), yr, yr + 1))
    d.a("Student: ", L(kid.full(), PER), "    Grade: %d    Teacher: " % r.randint(1, 8), t.title, " ", L(t.last, PER), "\n")
    d.a("Attendance: %d absences, %d tardies\n\n" % (r.randint(0, 9), r.randint(0, 5)))
    d.a("SUBJECT            MARK   COMMENT\n")
    for subj in ["Reading", "Writing", "Mathematics", "Science", "Social Studies", "PE"]:
        d.a("%-18s %-6s %s\n" % (subj, r.choice(["4", "3", "3", "2", "ME", "EE"]), r.choice(["Meets grade-level standard", "Working toward standard", "Excellent effort", ""])))
    d.a("\nTeacher comment: ", L(kid.first, PER), r.choice([" is a kind classmate and a curious reader.", " has grown in confidence with multiplication facts.",
                                                             " needs reminders to stay on task but participates eagerly."]), " Please keep practising reading at home for 20 minutes a night.\n")
    d.a("Parent–teacher conference: ", L(c.dt(rdt(r, yr, yr, 15, 18)), DT), "\n")
    d.a("Parent/guardian signature: ______________________\n")


@kind("en")
def k_scholarship_application(r, d):
    c = Ctx(r, "us")
    p, a, rec = c.person(), c.addr(), c.person()
    d.a("FIRST-GENERATION STUDENT SCHOLARSHIP — APPLICATION\n\n")
    d.a("Full name: ", L(p.fmi(), PER), "\nDate of birth: ", L(c.date(c.dob(2004, 2008)), DOB), "\nHome address: ", L(a.one(), ADR), "\n")
    d.a("Phone: ", L(c.phone(region=a.region), PHO), "   Email: ", L(p.email(r), EMA), "\nHigh school: ", r.choice(["Lincoln High School", "Roosevelt High School", "Jefferson Academy"]),
        "   GPA: %.2f   Graduation: %d\n\n" % (r.uniform(3.0, 4.0), r.randint(2024, 2026)))
    d.a("Essay (250–500 words): Describe a challenge you have overcome.\n")
    home = c.cityname(True)
    d.a("I grew up in ", L(home, LOC), ", where my mother, ", L(c.person("F").first, PER), ", worked two jobs so my brother ", L(c.person("M").first, PER),
        " and I could stay in school. When we moved to ", L(c.cityname(False), LOC), " in 9th grade I was placed in ESL classes, and I spent every lunch period in the library. ",
        "Last summer I interned at a legal aid clinic and helped translate intake forms into Spanish. I want to study social work and return home to help families like mine.\n\n")
    d.a("Recommender: ", L(rec.full(), PER), ", school counselor — ", L(rec.email(r, r.choice(EDU_DOMAINS)), EMA), "\n")
    d.a("Submitted: ", L(c.date(rdate(r, 2024, 2025)), DT), "\n")


@kind("en")
def k_hris_webhook(r, d):
    c = Ctx(r, "us")
    p, a = c.person(), c.addr()
    d.a("POST /hooks/bamboohr HTTP/1.1\nHost: hooks.", corp_domain(r), "\nContent-Type: application/json\nUser-Agent: BambooHR-Webhook/1.0\n")
    d.a("X-BambooHR-Signature: ", sha_gen(r, 64), "\nX-BambooHR-Timestamp: ", str(r.randint(1700000000, 1740000000)), "\n\n")
    fields = {"firstName": L(p.first, PER), "lastName": L(p.last, PER), "homeEmail": L(p.email(r), EMA), "mobilePhone": L(c.phone(region=a.region), PHO),
              "address1": L(a.line1(), ADR), "city": L(a.city, LOC), "state": L(a.region, LOC), "zipcode": a.postcode[:5],
              "hireDate": L(fdate(r, rdate(r, 2020, 2025), "iso"), DT), "dateOfBirth": L(fdate(r, c.dob(), "iso"), DOB), "employeeNumber": str(r.randint(1000, 99999))}
    keys = r.sample(list(fields), r.randint(4, len(fields)))
    jw(d, {"employees": [{"id": str(r.randint(100, 9999)), "timestamp": iso_ts(r), "changedFields": keys, "fields": {k: fields[k] for k in keys}}]}, r.choice([2, None]))
    d.a("\n")


# ---------------------------------------------------------------------------
# NON-ENGLISH TEMPLATES
# ---------------------------------------------------------------------------
LOC_COMPANIES = {
    "de": ["Siemens AG", "Robert Bosch GmbH", "Müller & Söhne GmbH", "Zalando SE", "SAP SE", "Dr. Oetker", "Personalwerk GmbH", "Porsche AG", "Kaufland"],
    "fr": ["Michelin", "Lacoste", "Société Générale", "Decathlon", "Capgemini", "Louis Vuitton", "Groupe Renault", "Crédit Agricole"],
    "es": ["Inditex", "Mercadona", "Telefónica", "BBVA", "El Corte Inglés", "Grupo Ruiz Mateos", "Mapfre"],
    "it": ["Ferrari S.p.A.", "Barilla", "Luxottica", "Ferrero", "Enel", "Intesa Sanpaolo", "Gucci"],
    "br": ["Natura &Co", "Magazine Luiza", "Ambev", "Itaú Unibanco", "Casas Bahia", "Grupo Boticário"],
    "nl": ["Philips", "Albert Heijn", "ASML", "Heineken", "Randstad", "Van Leeuwen Buizen"],
    "pl": ["PKO Bank Polski", "Allegro", "CD Projekt", "Orlen", "LPP", "Grupa Żywiec"],
}
LOC_UNIS = {
    "de": ["Ludwig-Maximilians-Universität", "Humboldt-Universität", "Technische Universität", "Goethe-Universität", "Hochschule für Wirtschaft und Recht"],
    "fr": ["Université Paris-Saclay", "Sciences Po", "Université Lumière Lyon 2", "IAE Grenoble", "Université Jean Moulin"],
    "es": ["Universidad Complutense", "Universitat Pompeu Fabra", "Universidad de Salamanca", "Universidad Carlos III"],
    "it": ["Università Bocconi", "Politecnico di Milano", "Sapienza Università di Roma", "Università Ca' Foscari"],
    "br": ["Universidade de São Paulo (USP)", "Fundação Getulio Vargas", "Universidade Federal de Minas Gerais", "PUC-Rio"],
    "nl": ["Universiteit van Amsterdam", "Erasmus Universiteit", "TU Delft", "Hogeschool Utrecht"],
    "pl": ["Uniwersytet Jagielloński", "Uniwersytet Warszawski", "Politechnika Wrocławska", "SGH"],
}
LOC_TITLES = {
    "de": ["Personalreferentin", "Lohnbuchhalter", "Recruiterin", "Softwareentwickler", "Sachbearbeiterin Personal", "Lehrer"],
    "fr": ["Chargée de recrutement", "Gestionnaire paie", "Responsable RH", "Développeur", "Professeure des écoles"],
    "es": ["Técnica de selección", "Responsable de nóminas", "Administrativo de RR. HH.", "Profesor de secundaria"],
    "it": ["Addetta alle risorse umane", "Impiegato amministrativo", "Responsabile paghe", "Insegnante"],
    "br": ["Analista de RH", "Assistente de Departamento Pessoal", "Recrutadora", "Professor"],
    "nl": ["HR-adviseur", "Salarisadministrateur", "Recruiter", "Docent"],
    "pl": ["Specjalista ds. kadr i płac", "Rekruterka", "Nauczycielka", "Księgowa"],
}
CITY_OF = {"de": DE_CITIES, "fr": FR_CITIES, "es": ES_CITIES, "it": IT_CITIES, "br": BR_CITIES, "nl": NL_CITIES, "pl": PL_CITIES}


def lcity(r, loc):
    return r.choice(CITY_OF[loc])[0]


def exp_loc(c, d, loc, now_word, n=None):
    r = c.r
    y = 2025
    for i in range(n or r.randint(2, 3)):
        s = y - r.randint(1, 5)
        end = now_word if i == 0 else str(y)
        d.a("%d – %s  " % (s, end), r.choice(LOC_TITLES[loc]), ", ", r.choice(LOC_COMPANIES[loc]), ", ", L(lcity(r, loc), LOC), "\n")
        y = s
    return y


@kind("xx")
def k_lebenslauf_de(r, d):
    c = Ctx(r, "de")
    p, a = c.person(), c.addr()
    d.a("Lebenslauf\n\n", r.choice(["Persönliche Daten", "PERSÖNLICHE ANGABEN"]), "\n")
    d.a("Name:               ", L(p.full(), PER), "\n")
    if r.random() < 0.5:
        d.a("Anschrift:          ", L(a.one(), ADR), "\n")
    else:
        d.a("Anschrift:          ", L(a.line1() + "\n                    " + a.cityline(), ADR), "\n")
    d.a("Telefon:            ", L(c.phone(), PHO), "\nE-Mail:             ", L(p.email(r), EMA), "\n")
    if r.random() < 0.7:
        d.a("Geburtsdatum:       ", L(c.date(c.dob(1968, 2002)), DOB), "\nGeburtsort:         ", L(lcity(r, "de"), LOC), "\n")
    d.a("Staatsangehörigkeit: ", r.choice(["deutsch", "deutsch, türkisch", "österreichisch"]), "\nFamilienstand:      ", r.choice(["ledig", "verheiratet, zwei Kinder"]), "\n\n")
    d.a("Berufserfahrung\n")
    y = exp_loc(c, d, "de", "heute")
    d.a("\nAusbildung\n%d – %d  Studium %s, %s (Abschluss: %s, Note %.1f)\n" % (y - 5, y - 1, r.choice(["BWL mit Schwerpunkt Personal", "Psychologie", "Informatik", "Lehramt Gymnasium"]),
                                                                               r.choice(LOC_UNIS["de"]), r.choice(["Bachelor of Arts", "Master of Science", "Erstes Staatsexamen"]), r.uniform(1.0, 2.8)))
    d.a("%d          Abitur\n\n" % (y - 6))
    d.a("Sprachen: Deutsch (Muttersprache), Englisch (C1), Französisch (B1)\nEDV: SAP HCM, DATEV LODAS, MS Office\nHobbys: Rennrad, Chor, Ehrenamt bei der Tafel\n\n")
    d.a(L(a.city, LOC), ", ", L(c.date(rdate(r, 2024, 2025), "{dd}.{mm}.{y}"), DT), "\n", L(p.full(), PER), "\n")


@kind("xx")
def k_personalfragebogen_de(r, d):
    c = Ctx(r, "de")
    p, a = c.person(), c.addr()
    d.a("Personalfragebogen für neue Mitarbeiterinnen und Mitarbeiter\nFirma: ", r.choice(LOC_COMPANIES["de"]), "    Personalnummer: %d\n\n" % r.randint(10000, 99999))
    d.a("1. Persönliche Angaben\n")
    d.a("Familienname: ", L(p.last, PER), "\nVorname: ", L(p.first, PER), "\n")
    if p.g == "F" and r.random() < 0.4:
        d.a("Geburtsname: ", L(c.person().last, PER), "\n")
    d.a("Straße und Hausnummer: ", L(a.street, ADR), "\nPLZ, Ort: ", a.postcode, " ", L(a.city, LOC), "\n")
    d.a("Geburtsdatum: ", L(c.date(c.dob(), "{dd}.{mm}.{y}"), DOB), "\nGeburtsort: ", L(lcity(r, "de"), LOC), "\n")
    d.a("Telefon (privat): ", L(c.phone(), PHO), "\nE-Mail (privat): ", L(p.email(r), EMA), "\n")
    d.a("Rentenversicherungsnummer: %02d %02d%02d%02d %s %03d\n" % (r.randint(10, 80), r.randint(1, 28), r.randint(1, 12), r.randint(60, 99), p.last[0].upper(), r.randint(0, 999)))
    d.a("Steuer-Identifikationsnummer: ", rs(r, DIG, 11), "   Steuerklasse: ", r.choice(["I", "III", "IV", "V"]), "   Kinderfreibeträge: ", r.choice(["0", "0,5", "1,0"]), "\n")
    d.a("Konfession: ", r.choice(["rk", "ev", "—"]), "\n\n2. Krankenversicherung\n")
    d.a("Krankenkasse: ", r.choice(["Techniker Krankenkasse", "Barmer", "DAK-Gesundheit", "IKK classic", "KKH"]), "\nKrankenversichertennummer: ",
        L(r.choice(UP) + rs(r, DIG, 9), HPN), "\n\n")
    d.a("3. Bankverbindung\nKontoinhaber/in: ", L(p.full(), PER), "\nIBAN: ", L(iban_fmt(r, iban_gen(r, "DE")), IBAN), "\nBIC: ",
        r.choice(["COBADEFFXXX", "DEUTDEDBXXX", "BYLADEM1001", "GENODEF1S04", "SSKMDEMMXXX"]), "\n\n")
    start = rdate(r, 2024, 2025)
    d.a("4. Beschäftigung\nEintrittsdatum: ", L(c.date(start, "{dd}.{mm}.{y}"), DT), "\nBerufsbezeichnung: ", r.choice(LOC_TITLES["de"]),
        "\nWöchentliche Arbeitszeit: %d Std.   Urlaubsanspruch: %d Arbeitstage\nBefristung: %s\n\n" % (r.choice([40, 38, 30, 20]), r.choice([28, 30]), r.choice(["nein", "ja, 24 Monate"])))
    d.a("Notfallkontakt: ", L(c.person().full(), PER), ", ", L(c.phone(), PHO), "\n\n")
    d.a("Ich versichere, dass die vorstehenden Angaben der Wahrheit entsprechen.\n", L(a.city, LOC), ", den ", L(c.date(start - timedelta(days=r.randint(3, 30)), "{dd}.{mm}.{y}"), DT),
        "     Unterschrift: ", L(p.full(), PER), "\n")


@kind("xx")
def k_arbeitszeugnis_de(r, d):
    c = Ctx(r, "de")
    p, hr = c.person(), c.person()
    comp = r.choice(LOC_COMPANIES["de"])
    s = rdate(r, 2012, 2019)
    e = s + timedelta(days=r.randint(500, 2500))
    pr, Pr = ("Sie", "Frau") if p.g == "F" else ("Er", "Herr")
    d.a(comp, "\n", L(c.addr().one(), ADR), "\n\nARBEITSZEUGNIS\n\n")
    d.a(Pr, " ", L(p.full(), PER), ", geboren am ", L(c.date(c.dob(1965, 1998), r.choice(["{dd}.{mm}.{y}", "{d}. {mon} {y}"])), DOB), " in ", L(lcity(r, "de"), LOC),
        ", war vom ", L(c.date(s, "{dd}.{mm}.{y}"), DT), " bis zum ", L(c.date(e, "{dd}.{mm}.{y}"), DT), " in unserem Unternehmen als ", r.choice(LOC_TITLES["de"]), " tätig.\n\n")
    d.a("Zu den Aufgaben gehörten insbesondere die Entgeltabrechnung für rund %d Beschäftigte, die Betreuung der Auszubildenden sowie die Pflege der Personalakten in SAP HCM.\n\n" % r.randint(80, 900))
    d.a(Pr, " ", L(p.last, PER), " erledigte die Aufgaben stets zu unserer vollsten Zufriedenheit. ", pr, " war bei Vorgesetzten, Kolleginnen und Kollegen gleichermaßen geschätzt.\n\n")
    d.a("Das Arbeitsverhältnis endet auf eigenen Wunsch. Wir bedauern diese Entscheidung sehr und wünschen ", "ihr" if p.g == "F" else "ihm", " für die Zukunft alles Gute.\n\n")
    d.a(L(lcity(r, "de"), LOC), ", ", L(c.date(e, "{dd}.{mm}.{y}"), DT), "\n\n", L(hr.full(), PER), "\nLeitung Personal\n")


@kind("xx")
def k_interview_invite_de(r, d):
    c = Ctx(r, "de")
    cand, rec, boss = c.person(), c.person(), c.person()
    dom = r.choice(["personalwerk.de", "musterfirma-gmbh.de", "stadtwerke-nord.de", "hochschule-west.de"])
    d.a("Von: ", L(rec.full(), PER), " <", L(rec.email(r, dom), EMA), ">\nAn: ", L(cand.email(r), EMA), "\nGesendet: ", rfc2822(r), "\n")
    d.a("Betreff: Einladung zum Vorstellungsgespräch – ", r.choice(LOC_TITLES["de"]), " (m/w/d), Kennziffer %d-%03d\n\n" % (r.randint(2024, 2025), r.randint(1, 999)))
    d.a("Sehr geehrte", "" if cand.g == "F" else "r", " ", "Frau" if cand.g == "F" else "Herr", " ", L(cand.last, PER), ",\n\n")
    dt0 = rdt(r, 2024, 2025, 9, 16)
    d.a("vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem persönlichen Gespräch am ", L(c.dt(dt0, True), DT), " einladen.\n\n")
    if r.random() < 0.5:
        d.a("Adresse: ", L(c.addr().one(), ADR), ", 3. OG, Raum 3.14\n")
    else:
        d.a("Das Gespräch findet über Microsoft Teams statt:\n", L("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + rs(r, ALNUM, 40) + "%40thread.v2/0", URL),
            "\nBesprechungs-ID: %s %s %s %s\nKennung: " % (rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3), rs(r, DIG, 3)), L(rs(r, ALNUM, 6), PWD), "\n")
    d.a("Ihre Gesprächspartner: ", "Herr" if boss.g == "M" else "Frau", " ", L(boss.full(), PER), " (Teamleitung) und ich.\n\n")
    d.a("Bitte bestätigen Sie den Termin bis zum ", L(c.date((dt0 - timedelta(days=r.randint(2, 5))).date()), DT), ". Reisekosten werden nach dem Bundesreisekostengesetz erstattet.\n\n")
    d.a("Mit freundlichen Grüßen\n", L(rec.full(), PER), "\nPersonalabteilung\nTel. ", L(c.phone(), PHO), "\n")


@kind("xx")
def k_elternbrief_de(r, d):
    c = Ctx(r, "de")
    t, kid = c.person(), c.person()
    school = r.choice(["Goethe-Gymnasium", "Grundschule am Park", "Sophie-Scholl-Realschule", "Albert-Einstein-Gymnasium"])
    d.a(school, "\n", L(c.addr().one(), ADR), " · Tel. ", L(c.phone(), PHO), "\n\n")
    ev = rdt(r, 2024, 2025, 17, 19)
    d.a(L(lcity(r, "de"), LOC), ", ", L(c.date(ev.date() - timedelta(days=r.randint(7, 21))), DT), "\n\nLiebe Eltern der Klasse %d%s,\n\n" % (r.randint(1, 10), r.choice("abc")))
    d.a("hiermit laden wir Sie herzlich zum Elternabend am ", L(c.dt(ev, True), DT), " in Raum %s ein. Themen: Klassenfahrt nach " % r.choice(["A104", "B12", "Aula"]),
        L(r.choice(["Hamburg", "Dresden", "Weimar", "Bremen"]), LOC), ", Wahl der Elternvertretung, Handyregelung.\n\n")
    d.a("Die Kosten der Klassenfahrt betragen ca. %d €. Bitte überweisen Sie den Betrag bis zum " % r.randint(180, 420), L(c.date(ev.date() + timedelta(days=r.randint(7, 30))), DT),
        " auf das Konto des Fördervereins, IBAN ", L(iban_fmt(r, iban_gen(r, "DE"), True), IBAN), ", Verwendungszweck: Name des Kindes.\n\n")
    d.a("Bei Fragen erreichen Sie mich unter ", L(t.email(r, "schule-%s.de" % slug(lcity(r, "de"))[:10]), EMA), ".\n\nMit freundlichen Grüßen\n", t.title, " ", L(t.full(), PER), " (Klassenleitung)\n\n")
    d.a("----- bitte abtrennen und bis Freitag zurückgeben -----\nName des Kindes: ______________  Teilnahme: [ ] ja  [ ] nein  Unterschrift: ______________\n")


@kind("xx")
def k_cv_fr(r, d):
    c = Ctx(r, "fr")
    p, a = c.person(), c.addr()
    d.a(r.choice(["CURRICULUM VITAE", "CV"]), "\n\n", L("%s %s" % (p.first, p.last.upper()), PER), "\n", r.choice(LOC_TITLES["fr"]), "\n")
    d.a(L(a.one(), ADR), "\nTél. : ", L(c.phone(), PHO), "\nCourriel : ", L(p.email(r), EMA), "\n")
    dob = c.dob(1970, 2002)
    if r.random() < 0.6:
        d.a("Né" + ("e" if p.g == "F" else "") + " le ", L(c.date(dob, "{d} {mon} {y}"), DOB), " à ", L(lcity(r, "fr"), LOC), "\n")
    else:
        d.a("Date de naissance : ", L(c.date(dob, "{dd}/{mm}/{y}"), DOB), "\n")
    d.a("Nationalité : française — Permis B, véhiculé" + ("e" if p.g == "F" else "") + "\n\n")
    if r.random() < 0.5:
        d.a("LinkedIn : ", L(url_linkedin(r, p), URL), "\n\n")
    d.a("EXPÉRIENCES PROFESSIONNELLES\n")
    y = exp_loc(c, d, "fr", "aujourd'hui")
    d.a("\nFORMATION\n%d  Master Gestion des Ressources Humaines — %s\n%d  Licence AES — %s\n%d  Baccalauréat ES, mention Bien\n\n"
        % (y - 1, r.choice(LOC_UNIS["fr"]), y - 3, r.choice(LOC_UNIS["fr"]), y - 6))
    d.a("LANGUES : anglais (courant, TOEIC 915), espagnol (notions)\nINFORMATIQUE : SIRH Workday, Cegid, Excel avancé\nCENTRES D'INTÉRÊT : escalade, théâtre amateur, bénévolat aux Restos du Cœur\n")


@kind("xx")
def k_fiche_embauche_fr(r, d):
    c = Ctx(r, "fr")
    p, a = c.person(), c.addr()
    d.a("FICHE DE RENSEIGNEMENTS — NOUVEAU SALARIÉ\n", r.choice(LOC_COMPANIES["fr"]), " — Service RH\n\n")
    d.a("Nom : ", L(p.last.upper(), PER), "\n")
    if p.g == "F" and r.random() < 0.4:
        d.a("Nom de naissance : ", L(c.person().last.upper(), PER), "\n")
    d.a("Prénom(s) : ", L(p.first, PER), "\nDate de naissance : ", L(c.date(c.dob(), "{dd}/{mm}/{y}"), DOB), "   Lieu de naissance : ", L(lcity(r, "fr"), LOC), "\n")
    d.a("N° de sécurité sociale : %d %02d %02d %02d %03d %03d %02d\n" % (1 if p.g == "M" else 2, r.randint(60, 99), r.randint(1, 12), r.randint(1, 95), r.randint(1, 999), r.randint(1, 999), r.randint(1, 97)))
    d.a("Adresse : ", L(a.line1(), ADR), "\nCode postal : ", a.postcode, "   Ville : ", L(a.city, LOC), "\n")
    d.a("Téléphone portable : ", L(c.phone(), PHO), "\nE-mail : ", L(p.email(r), EMA), "\n\n")
    start = rdate(r, 2024, 2025)
    d.a("Date d'entrée : ", L(c.date(start, "{dd}/{mm}/{y}"), DT), "\nPoste : ", r.choice(LOC_TITLES["fr"]), "\nContrat : ", r.choice(["CDI", "CDD 12 mois", "Alternance"]),
        "   Période d'essai : ", r.choice(["2 mois", "3 mois", "4 mois renouvelable"]), "\n\n")
    d.a("Coordonnées bancaires (RIB)\nTitulaire du compte : ", L(p.full(), PER), "\nIBAN : ", L(iban_fmt(r, iban_gen(r, "FR"), True), IBAN), "\nBIC : ",
        r.choice(["BNPAFRPPXXX", "SOGEFRPP", "CCFRFRPP", "AGRIFRPP882", "CRLYFRPP"]), "\n\n")
    d.a("Mutuelle : ", r.choice(["Harmonie Mutuelle", "MGEN", "Malakoff Humanis", "AG2R La Mondiale"]), "   N° d'adhérent : ", L(rs(r, DIG, r.choice([8, 9, 10])), HPN), "\n")
    d.a("Personne à prévenir en cas d'urgence : ", L(c.person().full(), PER), " (", r.choice(["conjoint", "mère", "père", "sœur"]), ") — ", L(c.phone(), PHO), "\n\n")
    d.a("Fait à ", L(a.city, LOC), ", le ", L(c.date(start - timedelta(days=r.randint(2, 20))), DT), "\nSignature : ", L(p.full(), PER), "\n")


@kind("xx")
def k_message_parents_fr(r, d):
    c = Ctx(r, "fr")
    t, par, kid = c.person(), c.person(), c.person()
    kid.last = par.last
    d.a("Messagerie — ENT ", r.choice(["Collège Jean Moulin", "Lycée Victor Hugo", "École élémentaire Jules Ferry"]), "\n")
    d.a("De : ", t.title, " ", L(t.full(), PER), " (professeur principal)\nÀ : M. et Mme ", L(par.last, PER), "\n")
    sent = rdt(r, 2024, 2025, 7, 20)
    d.a("Envoyé le : ", sent.strftime("%d/%m/%Y %H:%M"), "\nObjet : Rencontre parents-professeurs — ", L(kid.first, PER), "\n\n")
    d.a("Madame, Monsieur,\n\nJe souhaiterais vous rencontrer au sujet des résultats de ", L(kid.first, PER), " au deuxième trimestre (moyenne générale %.1f/20). " % r.uniform(8, 15))
    dt0 = rdt(r, 2024, 2025, 16, 18)
    d.a("Je vous propose le ", L(c.dt(dt0, True), DT), " en salle ", r.choice(["B12", "104", "CDI"]), ".\n\n")
    d.a("Si ce créneau ne vous convient pas, merci de me contacter par téléphone au ", L(c.phone(), PHO), " (secrétariat) ou par courriel à ",
        L(t.email(r, "ac-%s.fr" % r.choice(["lyon", "versailles", "toulouse", "nantes", "lille"])), EMA), ".\n\nCordialement,\n", L(t.full(), PER), "\n")


@kind("xx")
def k_cv_es(r, d):
    c = Ctx(r, "es")
    p, a = c.person(), c.addr()
    d.a("CURRÍCULUM VITAE\n\nDATOS PERSONALES\nNombre: ", L(p.full(), PER), "\n")
    dni_n = r.randint(10000000, 99999999)
    d.a("DNI: %d%s\n" % (dni_n, "TRWAGMYFPDXBNJZSQVHLCKE"[dni_n % 23]))
    d.a("Fecha de nacimiento: ", L(c.date(c.dob(1970, 2002)), DOB), "\nLugar de nacimiento: ", L(lcity(r, "es"), LOC), "\n")
    d.a("Dirección: ", L(a.one(), ADR), "\nTeléfono móvil: ", L(c.phone(), PHO), "\nCorreo electrónico: ", L(p.email(r), EMA), "\n")
    d.a("Carné de conducir: B. Vehículo propio.\n\nEXPERIENCIA PROFESIONAL\n")
    y = exp_loc(c, d, "es", "actualidad")
    d.a("\nFORMACIÓN ACADÉMICA\n%d – %d  Grado en Relaciones Laborales y Recursos Humanos, %s\n%d  Máster en Dirección de RR. HH. (online)\n\n" % (y - 5, y - 1, r.choice(LOC_UNIS["es"]), y))
    d.a("IDIOMAS\nInglés: B2 (First Certificate)\nCatalán: nativo\n\nOTROS DATOS\nDisponibilidad inmediata. Disponibilidad para viajar.\n")


@kind("xx")
def k_alta_empleado_es(r, d):
    c = Ctx(r, "es")
    p, a = c.person(), c.addr()
    d.a("FORMULARIO DE ALTA DE EMPLEADO\n", r.choice(LOC_COMPANIES["es"]), " — Departamento de Personas\n\n1. DATOS PERSONALES\n")
    d.a("Apellidos: ", L(p.last, PER), "\nNombre: ", L(p.first, PER), "\n")
    d.a("NIF/NIE: ", r.choice(["X", "Y", ""]) + rs(r, DIG, 7 if r.random() < 0.5 else 8) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"), "\n")
    d.a("Nº afiliación Seguridad Social: %02d/%08d/%02d\n" % (r.randint(1, 52), r.randint(0, 99999999), r.randint(0, 99)))
    d.a("Fecha de nacimiento: ", L(c.date(c.dob(), "{dd}/{mm}/{y}"), DOB), "\nDomicilio: ", L(a.line1(), ADR), "\nCódigo postal: ", a.postcode,
        "   Localidad: ", L(a.city, LOC), "   Provincia: ", L(a.region, LOC), "\n")
    d.a("Teléfono: ", L(c.phone(), PHO), "   Email: ", L(p.email(r), EMA), "\n\n2. DATOS DEL CONTRATO\n")
    start = rdate(r, 2024, 2025)
    d.a("Fecha de alta: ", L(c.date(start, "{dd}/{mm}/{y}"), DT), "\nTipo de contrato: ", r.choice(["Indefinido", "Temporal (6 meses)", "Prácticas"]),
        "\nJornada: %s\nCentro de trabajo: " % r.choice(["completa (40 h semanales)", "parcial (20 h semanales)"]), L(c.addr().one(), ADR), "\n\n")
    d.a("3. DATOS BANCARIOS\nIBAN: ", L(iban_fmt(r, iban_gen(r, "ES")), IBAN), "\nTitular: ", L(p.full(), PER), "\n\n")
    if r.random() < 0.6:
        d.a("4. SEGURO MÉDICO (beneficio social)\nAseguradora: ", r.choice(["Sanitas", "Adeslas", "DKV", "Asisa"]), "   Nº de póliza: ", L(rs(r, DIG, 3) + "-" + rs(r, DIG, 7), HPN), "\n\n")
    d.a("En ", L(a.city, LOC), ", a ", L(c.date(start - timedelta(days=r.randint(1, 15)), "{d} de {mon} de {y}"), DT), "\nFirma del trabajador/a: ", L(p.full(), PER), "\n")


@kind("xx")
def k_chat_es(r, d):
    c = Ctx(r, "es")
    ppl = [c.person() for _ in range(3)]
    cand = c.person()
    d.a("#seleccion-", r.choice(["madrid", "bcn", "general"]), "\n")
    t = rdt(r, 2024, 2025, 8, 17)
    msgs = [
        lambda: ["Buenos días, ¿alguien tiene el teléfono de ", L(cand.full(), PER), " para la entrevista?"],
        lambda: ["Sí, es ", L(c.phone(), PHO), " y su correo ", L(cand.email(r), EMA)],
        lambda: ["La entrevista queda el ", L(c.dt(rdt(r, 2024, 2025, 9, 17)), DT), " en la oficina de ", L(lcity(r, "es"), LOC)],
        lambda: ["Recordad que el portal de candidatos tiene nueva contraseña: ", L(password_gen(r), PWD)],
        lambda: ["Perfecto, gracias ", L(ppl[0].first, PER), " 🙌"],
        lambda: ["La incorporación sería el ", L(c.date(rdate(r, 2024, 2025)), DT), ", con periodo de prueba de 6 meses"],
        lambda: ["Ojo, la oferta ", req_id(r), " sigue abierta hasta final de mes"],
        lambda: ["Mañana no estoy, tengo médico por la mañana"],
    ]
    for f in [msgs[j] for j in sorted(r.sample(range(len(msgs)), r.randint(4, 7)))]:
        t += timedelta(minutes=r.randint(1, 30))
        d.a("[%02d:%02d] " % (t.hour, t.minute), L(r.choice(ppl).full(), PER), ": ", *f())
        d.a("\n")


@kind("xx")
def k_cv_it(r, d):
    c = Ctx(r, "it")
    p, a = c.person(), c.addr()
    d.a("CURRICULUM VITAE — FORMATO EUROPEO\n\nINFORMAZIONI PERSONALI\n")
    d.a("Nome e cognome: ", L(p.full(), PER), "\nIndirizzo: ", L(a.one(), ADR), "\nTelefono: ", L(c.phone(), PHO), "\nE-mail: ", L(p.email(r), EMA), "\n")
    dob = c.dob(1970, 2002)
    if r.random() < 0.5:
        d.a("Nat" + ("a" if p.g == "F" else "o") + " a ", L(lcity(r, "it"), LOC), " il ", L(c.date(dob, "{d} {mon} {y}"), DOB), "\n")
    else:
        d.a("Data di nascita: ", L(c.date(dob, "{dd}/{mm}/{y}"), DOB), "\n")
    d.a("Nazionalità: italiana\nCodice fiscale: ", rs(r, UP, 6) + rs(r, DIG, 2) + r.choice("ABCDEHLMPRST") + rs(r, DIG, 2) + r.choice(UP) + rs(r, DIG, 3) + r.choice(UP), "\n\n")
    d.a("ESPERIENZA LAVORATIVA\n")
    y = exp_loc(c, d, "it", "oggi")
    d.a("\nISTRUZIONE E FORMAZIONE\n%d – %d  Laurea magistrale in Psicologia del lavoro, %s (110/110 e lode)\n\n" % (y - 5, y - 1, r.choice(LOC_UNIS["it"])))
    d.a("MADRELINGUA: italiano\nALTRE LINGUE: inglese (C1), tedesco (A2)\nPATENTE: B\n\n")
    d.a("Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).\n\n")
    d.a(L(a.city, LOC), ", ", L(c.date(rdate(r, 2024, 2025)), DT), "\nFirma: ", L(p.full(), PER), "\n")


@kind("xx")
def k_iscrizione_it(r, d):
    c = Ctx(r, "it")
    par, kid, doc = c.person(), c.person(), c.person()
    kid.last = par.last
    a = c.addr()
    yr = r.randint(2024, 2025)
    d.a("DOMANDA DI ISCRIZIONE — ANNO SCOLASTICO %d/%d\nIstituto Comprensivo \"%s\"\n\n" % (yr, yr + 1, r.choice(["Giuseppe Garibaldi", "Maria Montessori", "Don Lorenzo Milani", "Leonardo da Vinci"])))
    d.a("Il/La sottoscritto/a ", L(par.full(), PER), ", nato/a a ", L(lcity(r, "it"), LOC), " il ", L(c.date(c.dob(1970, 1992), "{dd}/{mm}/{y}"), DOB), ",\n")
    d.a("residente a ", L(a.city, LOC), " in ", L(a.street, ADR), ", CAP ", a.postcode, ", telefono ", L(c.phone(), PHO), ", e-mail ", L(par.email(r), EMA), ",\n")
    d.a("in qualità di ", r.choice(["genitore", "tutore"]), "\n\nCHIEDE\n\nl'iscrizione dell'alunno/a ", L(kid.full(), PER), ", nato/a a ", L(lcity(r, "it"), LOC), " il ",
        L(c.date(c.dob(2011, 2019), "{dd}/{mm}/{y}"), DOB), ", alla classe %dª, sezione %s.\n" % (r.randint(1, 5), r.choice("ABCD")))
    d.a("Codice fiscale alunno: ", rs(r, UP, 6) + rs(r, DIG, 2) + r.choice("ABCDEHLMPRST") + rs(r, DIG, 2) + r.choice(UP) + rs(r, DIG, 3) + r.choice(UP), "\n")
    d.a("Pediatra / medico curante: ", "Dott.ssa" if doc.g == "F" else "Dott.", " ", L(doc.full(), PER), "\nAllergie/intolleranze: ", r.choice(["nessuna", "celiachia", "allergia alle arachidi"]), "\n")
    d.a("Tempo scuola richiesto: %s ore settimanali\n\n" % r.choice(["27", "30", "40"]))
    d.a("Data ", L(c.date(date(yr, r.randint(1, 2), r.randint(8, 28)), "{dd}/{mm}/{y}"), DT), "    Firma ", L(par.full(), PER), "\n")


@kind("xx")
def k_curriculo_br(r, d):
    c = Ctx(r, "br")
    p, a = c.person(), c.addr()
    d.a("CURRÍCULO\n\n", L(p.full().upper() if r.random() < 0.4 else p.full(), PER), "\n")
    d.a("Endereço: ", L(a.one(), ADR), "\n")
    d.a("Telefone/WhatsApp: ", L(c.phone(), PHO), "\nE-mail: ", L(p.email(r), EMA), "\n")
    d.a("Data de nascimento: ", L(c.date(c.dob(1975, 2003), "{dd}/{mm}/{y}"), DOB), "   Estado civil: ", r.choice(["solteiro(a)", "casado(a)"]), "\n")
    d.a("CPF: %03d.%03d.%03d-%02d\n" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999), r.randint(0, 99)))
    if r.random() < 0.5:
        d.a("LinkedIn: ", L(url_linkedin(r, p), URL), "\n")
    d.a("\nOBJETIVO\n", r.choice(LOC_TITLES["br"]), "\n\nEXPERIÊNCIA PROFISSIONAL\n")
    y = 2025
    for i in range(r.randint(2, 3)):
        s = y - r.randint(1, 5)
        cty = r.choice(BR_CITIES)
        d.a(r.choice(LOC_COMPANIES["br"]), " — ", L("%s/%s" % cty[:2], LOC), " — %d a %s\n" % (s, "atual" if i == 0 else str(y)))
        d.a("Cargo: ", r.choice(LOC_TITLES["br"]), "\nAtividades: recrutamento e seleção, admissão, folha de pagamento, eSocial.\n\n")
        y = s
    d.a("FORMAÇÃO\nBacharelado em Psicologia — %s (%d)\n\nIDIOMAS\nInglês avançado, espanhol intermediário\n" % (r.choice(LOC_UNIS["br"]), y - 1))


@kind("xx")
def k_matricula_br(r, d):
    c = Ctx(r, "br")
    kid, mae, pai = c.person(), c.person("F"), c.person("M")
    kid.last = pai.last
    a = c.addr()
    yr = r.randint(2024, 2026)
    d.a("FICHA DE MATRÍCULA — ANO LETIVO %d\n%s\n\n" % (yr, r.choice(["Escola Estadual Professora Maria José Barone", "Colégio Santo Agostinho", "EMEF Paulo Freire"])))
    d.a("DADOS DO ALUNO\nNome: ", L(kid.full(), PER), "\nData de nascimento: ", L(c.date(c.dob(2010, 2019), "{dd}/{mm}/{y}"), DOB), "\nNaturalidade: ",
        L("%s/%s" % r.choice(BR_CITIES)[:2], LOC), "\nSérie/Ano: %dº ano do Ensino Fundamental   Turno: %s\n" % (r.randint(1, 9), r.choice(["manhã", "tarde", "integral"])))
    d.a("Certidão de nascimento (matrícula): ", rs(r, DIG, 32), "\n\nFILIAÇÃO\nMãe: ", L(mae.full(), PER), "\nPai: ", L(pai.full(), PER), "\n\n")
    d.a("RESPONSÁVEL LEGAL: ", L(r.choice([mae, pai]).full(), PER), "   CPF: %03d.%03d.%03d-%02d\n" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999), r.randint(0, 99)))
    d.a("Telefone: ", L(c.phone(), PHO), "   E-mail: ", L(mae.email(r), EMA), "\n\nENDEREÇO\nLogradouro: ", L(a.line1(), ADR), "\nCidade: ", L(a.city, LOC), "   UF: ",
        L(a.region, LOC), "   CEP: ", a.postcode, "\n\n")
    d.a("SAÚDE\nAlergias: ", r.choice(["nenhuma", "dipirona", "lactose", "amendoim"]), "\nPlano de saúde: ", r.choice(["Unimed", "Amil", "Bradesco Saúde", "SulAmérica", "nenhum"]))
    if r.random() < 0.7:
        d.a("   Carteirinha nº: ", L(rs(r, DIG, 4) + " " + rs(r, DIG, 4) + " " + rs(r, DIG, 4) + " " + rs(r, DIG, 4), HPN))
    d.a("\n\n", L(a.city, LOC), ", ", L(c.date(date(yr - 1, r.randint(10, 12), r.randint(1, 28)), "{d} de {mon} de {y}"), DT), "\nAssinatura do responsável: ______________________\n")


@kind("xx")
def k_whatsapp_recrutamento_br(r, d):
    c = Ctx(r, "br")
    rec, cand = c.person(), c.person()
    t = rdt(r, 2024, 2025, 8, 18)
    entrevista = rdt(r, 2024, 2025, 9, 17)
    a = c.addr()
    msgs = [
        (rec, ["Olá ", L(cand.first.split()[0], PER), ", tudo bem? Aqui é ", L(rec.full(), PER), " do RH da ", r.choice(LOC_COMPANIES["br"]), "."]),
        (rec, ["Gostaríamos de agendar sua entrevista para ", L(c.dt(entrevista, True), DT), ". Pode ser?"]),
        (cand, ["Oi! Pode sim, obrigado(a) 😊"]),
        (rec, ["Ótimo! O endereço é ", L(a.one(), ADR), ". Procure a recepção do 4º andar."]),
        (cand, ["Preciso levar algum documento?"]),
        (rec, ["RG, CPF e carteira de trabalho. Se tiver dúvida me liga no ", L(c.phone(), PHO)]),
        (cand, ["Combinado, até lá!"]),
    ]
    for who, parts in msgs[: r.randint(4, 7)]:
        t += timedelta(minutes=r.randint(0, 40), seconds=r.randint(0, 59))
        d.a("[", t.strftime("%d/%m/%Y %H:%M:%S"), "] ", L(who.full(), PER), ": ", *parts)
        d.a("\n")


@kind("xx")
def k_sollicitatie_nl(r, d):
    c = Ctx(r, "nl")
    p, a, rec = c.person(), c.addr(), c.person()
    dom = r.choice(["randstad-werkt.nl", "gemeente-west.nl", "hogeschool-noord.nl", "vanleeuwen-groep.nl"])
    d.a("Van: ", L(p.full(), PER), " <", L(p.email(r), EMA), ">\nAan: ", L("werkenbij@" + dom, EMA), "\nDatum: ", rfc2822(r), "\n")
    d.a("Onderwerp: Sollicitatie ", r.choice(LOC_TITLES["nl"]), " (vacaturenummer %d-%03d)\n\n" % (r.randint(2024, 2025), r.randint(1, 999)))
    d.a("Geachte ", "heer" if rec.g == "M" else "mevrouw", " ", L(rec.last, PER), ",\n\n")
    d.a("Met veel interesse las ik uw vacature op uw website. Momenteel werk ik als ", r.choice(LOC_TITLES["nl"]), " bij ", r.choice(LOC_COMPANIES["nl"]), " in ", L(lcity(r, "nl"), LOC), ".\n\n")
    d.a("Ik ben beschikbaar per ", L(c.date(rdate(r, 2024, 2025)), DT), " en kan op ", L(c.dt(rdt(r, 2024, 2025, 9, 17), True), DT), " langskomen voor een kennismakingsgesprek.\n\n")
    d.a("Met vriendelijke groet,\n\n", L(p.full(), PER), "\n", L(a.block(), ADR), "\nTel: ", L(c.phone(), PHO), "\n")
    if r.random() < 0.5:
        d.a("LinkedIn: ", L(url_linkedin(r, p), URL), "\n")


@kind("xx")
def k_personeelsformulier_nl(r, d):
    c = Ctx(r, "nl")
    p, a = c.person(), c.addr()
    d.a("PERSONEELSFORMULIER — NIEUWE MEDEWERKER\n", r.choice(LOC_COMPANIES["nl"]), "\n\n")
    d.a("Achternaam: ", L(p.last, PER), "\nVoornamen: ", L(p.first, PER), "\nRoepnaam: ", L(p.first.split()[0], PER), "\n")
    d.a("Geboortedatum: ", L(c.date(c.dob(), "{dd}-{mm}-{y}"), DOB), "\nGeboorteplaats: ", L(lcity(r, "nl"), LOC), "\n")
    # BSN (11-proef valid) is a national id - not a labelled type
    while True:
        digits = [r.randint(0, 9) for _ in range(8)]
        s = sum(dg * w for dg, w in zip(digits, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            break
    d.a("BSN: ", "".join(map(str, digits)) + str(last), "\n")
    d.a("Adres: ", L(a.street, ADR), "\nPostcode: ", a.postcode, "   Woonplaats: ", L(a.city, LOC), "\n")
    d.a("Telefoon: ", L(c.phone(), PHO), "\nE-mail: ", L(p.email(r), EMA), "\n")
    d.a("IBAN: ", L(iban_fmt(r, iban_gen(r, "NL")), IBAN), "   t.n.v. ", L(p.full(), PER), "\n")
    d.a("Datum in dienst: ", L(c.date(rdate(r, 2024, 2025), "{dd}-{mm}-{y}"), DT), "\nContract: ", r.choice(["onbepaalde tijd", "bepaalde tijd, 12 maanden"]),
        ", %d uur per week\n" % r.choice([24, 32, 36, 40]))
    d.a("Zorgverzekeraar: ", r.choice(["Zilveren Kruis", "CZ", "VGZ", "Menzis"]), "   Polisnummer: ", L(rs(r, DIG, 9), HPN), "\n")
    d.a("Noodcontact: ", L(c.person().full(), PER), " — ", L(c.phone(), PHO), "\n")


@kind("xx")
def k_cv_pl(r, d):
    c = Ctx(r, "pl")
    p, a = c.person(), c.addr()
    d.a("CURRICULUM VITAE\n\nDANE OSOBOWE\nImię i nazwisko: ", L(p.full(), PER), "\n")
    d.a("Data urodzenia: ", L(c.date(c.dob(1972, 2002)), DOB), "\nAdres: ", L(a.one(), ADR), "\nTelefon: ", L(c.phone(), PHO), "\nE-mail: ", L(p.email(r), EMA), "\n\n")
    d.a("DOŚWIADCZENIE ZAWODOWE\n")
    y = exp_loc(c, d, "pl", "obecnie")
    d.a("\nWYKSZTAŁCENIE\n%d – %d  %s, kierunek: zarządzanie zasobami ludzkimi (magister)\n\n" % (y - 5, y - 1, r.choice(LOC_UNIS["pl"])))
    d.a("JĘZYKI: angielski – C1, niemiecki – B1\nUMIEJĘTNOŚCI: Płatnik, Symfonia Kadry i Płace, Excel, prawo pracy\nZAINTERESOWANIA: wspinaczka, fotografia\n\n")
    d.a("Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO).\n")


@kind("xx")
def k_sepa_payroll_xml(r, d):
    c = Ctx(r, r.choice(["de", "nl", "fr", "es", "it"]))
    cc = {"de": "DE", "nl": "NL", "fr": "FR", "es": "ES", "it": "IT"}[c.loc]
    comp = r.choice(LOC_COMPANIES.get(c.loc, LOC_COMPANIES["de"]))
    n = r.randint(2, 4)
    exe = rdate(r, 2024, 2025)
    label = {"de": "Gehalt", "nl": "Salaris", "fr": "Salaire", "es": "Nómina", "it": "Stipendio"}[c.loc]
    amts = [r.randint(1800, 7200) + r.randint(0, 99) / 100 for _ in range(n)]
    d.a('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">\n <CstmrCdtTrfInitn>\n  <GrpHdr>\n')
    d.a("   <MsgId>%s-%d-%02d-%s</MsgId>\n   <CreDtTm>%s</CreDtTm>\n   <NbOfTxs>%d</NbOfTxs>\n   <CtrlSum>%.2f</CtrlSum>\n   <InitgPty><Nm>%s</Nm></InitgPty>\n  </GrpHdr>\n"
        % (label.upper()[:6], exe.year, exe.month, rs(r, DIG, 4), iso_ts(r, z=False), n, sum(amts), comp.replace("&", "&amp;")))
    d.a("  <PmtInf>\n   <PmtInfId>", label.upper(), "-%s</PmtInfId>\n   <PmtMtd>TRF</PmtMtd>\n   <ReqdExctnDt>" % rs(r, DIG, 6), L(exe.isoformat(), DT), "</ReqdExctnDt>\n")
    d.a("   <Dbtr><Nm>", comp.replace("&", "&amp;"), "</Nm></Dbtr>\n   <DbtrAcct><Id><IBAN>", L(iban_gen(r, cc), IBAN), "</IBAN></Id></DbtrAcct>\n")
    d.a("   <DbtrAgt><FinInstnId><BIC>", {"DE": "COBADEFFXXX", "NL": "INGBNL2A", "FR": "BNPAFRPP", "ES": "CAIXESBBXXX", "IT": "UNCRITMM"}[cc], "</BIC></FinInstnId></DbtrAgt>\n")
    for i in range(n):
        p = c.person()
        d.a("   <CdtTrfTxInf>\n    <PmtId><EndToEndId>%s-%02d%d-%05d</EndToEndId></PmtId>\n    <Amt><InstdAmt Ccy=\"EUR\">%.2f</InstdAmt></Amt>\n" % (label.upper()[:4], exe.month, exe.year % 100, r.randint(1, 99999), amts[i]))
        d.a("    <Cdtr><Nm>", L(p.full(), PER), "</Nm></Cdtr>\n    <CdtrAcct><Id><IBAN>", L(iban_gen(r, r.choice([cc, cc, cc, "BE", "AT", "PT"])), IBAN), "</IBAN></Id></CdtrAcct>\n")
        d.a("    <RmtInf><Ustrd>%s %s %d PersNr %d</Ustrd></RmtInf>\n   </CdtTrfTxInf>\n" % (label, MONTHS[c.lang][exe.month - 1], exe.year, r.randint(1000, 99999)))
    d.a("  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n")


# ---------------------------------------------------------------------------
# HARD-NEGATIVE-ONLY TEMPLATES (no labelled entity at all)
# ---------------------------------------------------------------------------
@kind("neg")
def k_neg_pto_policy(r, d):
    d.a("PAID TIME OFF POLICY (HR-POL-%03d, v%d.%d)\n\n" % (r.randint(1, 99), r.randint(1, 5), r.randint(0, 9)))
    paras = [
        "Eligibility. Regular full-time employees accrue PTO from their first day of employment at %.2f hours per bi-weekly pay period, up to %d hours per year. Part-time employees accrue on a pro-rata basis." % (r.choice([4.62, 6.15, 6.67, 7.69]), r.choice([120, 160, 200])),
        "Requests. Submit requests in the HR portal at least two weeks in advance for absences longer than three consecutive days. Managers should respond within two business days.",
        "Carryover. Up to %d hours may be carried into the next plan year; balances above the cap are forfeited at the end of the plan year." % r.choice([40, 80]),
        "Holidays. The company observes New Year's Day, Memorial Day, Independence Day, Labor Day, Thanksgiving Day and the day after, and Christmas Day. Floating holidays (%d per year) may be used for any cultural or religious observance." % r.choice([1, 2, 3]),
        "Sick time. Employees may use up to %d days of accrued sick time per year to care for themselves or a family member, including for preventive care." % r.choice([5, 7, 10]),
        "Payout. Unused PTO is paid out at separation only where required by applicable law.",
        "Leave under FMLA provides up to 12 workweeks of job-protected leave in a 12-month period; PTO runs concurrently unless the employee elects otherwise.",
        "Blackout periods. Finance staff should avoid scheduling PTO during the last five business days of each quarter.",
        "Scheduling tips: requests submitted on Monday are usually reviewed by Wednesday; approvals sync to payroll every other Friday.",
    ]
    for k, p in enumerate(r.sample(paras, r.randint(4, 7))):
        d.a("%d. %s\n\n" % (k + 1, p))
    d.a("Policy owner: Chief People Officer. Review cycle: every 24 months. Related: HR-POL-%03d (Leave of Absence), HR-POL-%03d (Holidays).\n" % (r.randint(1, 99), r.randint(1, 99)))


@kind("neg")
def k_neg_masked_record(r, d):
    d.a("EMPLOYEE RECORD — REDACTED COPY (response to request %s)\n\n" % ticket_id(r))
    rows = [("Name", "[REDACTED]"), ("Preferred name", "[REDACTED]"), ("Employee ID", emp_id(r)), ("SSN", mask_ssn(r)),
            ("Date of birth", r.choice(["**/**/19**", "XX/XX/XXXX", "[REDACTED]"])), ("Home address", "[REDACTED]"),
            ("Phone", r.choice(["(***) ***-**%02d" % r.randint(0, 99), "***-***-%04d" % r.randint(0, 9999)])),
            ("Personal email", r.choice(["j*****@*****.com", "[REDACTED]@[REDACTED]", "m***.k***@***.org"])),
            ("Bank account", mask_acct(r)), ("Routing number", aba_make(r)), ("Card on file", mask_card(r)),
            ("Medical member ID", "XXXXXX%04d" % r.randint(0, 9999)), ("Driver's license", "*******%02d" % r.randint(0, 99)),
            ("Salary band", "P%d (%s–%s)" % (r.randint(1, 6), money(r, 50, 90, cents=False) + "K", money(r, 95, 160, cents=False) + "K")),
            ("Department", r.choice(DEPTS)), ("Record UUID", uuid_gen(r)), ("Last sync", "%d seconds after epoch %d" % (r.randint(1, 60), r.randint(1700000000, 1740000000)))]
    for k, v in r.sample(rows, r.randint(9, len(rows))):
        d.a("%-20s %s\n" % (k + ":", v))
    d.a("\nRedactions applied under data-subject-request procedure DSR-%d. Password: ******** (not disclosed). API key: sk_live_••••••••%s\n" % (r.randint(1, 9), rs(r, ALNUM, 4)))


@kind("neg")
def k_neg_ci_workflow(r, d):
    d.a("name: deploy-%s\n\non:\n  push:\n    branches: [main]\n  workflow_dispatch: {}\n\n" % r.choice(["people-api", "lms-sync", "ats-bridge"]))
    d.a("jobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    timeout-minutes: %d\n    steps:\n      - uses: actions/checkout@v4\n" % r.choice([15, 20, 30]))
    d.a("      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: us-east-1\n")
    d.a("      - name: Migrate\n        run: ./manage.py migrate --noinput\n        env:\n          DATABASE_PASSWORD: ${{ secrets.DB_PASSWORD }}\n          DJANGO_SECRET_KEY: ${DJANGO_SECRET_KEY}\n")
    d.a("      - name: Deploy\n        run: helm upgrade --install people ./chart --set image.tag=${{ github.sha }} --set slack.token=${SLACK_BOT_TOKEN}\n        env:\n")
    for k in r.sample(["WORKDAY_CLIENT_SECRET", "GREENHOUSE_API_KEY", "STRIPE_SECRET_KEY", "GH_TOKEN", "JWT_SIGNING_KEY", "SENDGRID_API_KEY"], 3):
        d.a("          %s: ${{ secrets.%s }}\n" % (k, k))
    d.a("      - name: Notify\n        if: failure()\n        run: echo \"deploy failed for ${GITHUB_SHA::7}\" && exit 1\n")


@kind("neg")
def k_neg_system_log(r, d):
    base = rdt(r, 2023, 2025, 0, 23)
    job = r.choice(["nightly_roster_sync", "benefits_eligibility_export", "payroll_prevalidation", "transcript_pdf_render"])
    run = uuid_gen(r)
    lines = [
        lambda: "INFO  scheduler  job=%s run_id=%s started" % (job, run),
        lambda: "DEBUG db.pool   size=10 idle=%d waiting=0" % r.randint(2, 10),
        lambda: "INFO  %s processed %s records in %.1fs (batch %d/%d)" % (job, "{:,}".format(r.randint(100, 90000)), r.uniform(1, 600), r.randint(1, 20), 20),
        lambda: "WARN  http.client retrying after 429 (attempt %d/5, backoff %ds)" % (r.randint(1, 4), r.choice([5, 15, 30, 60])),
        lambda: "INFO  deploy  version=%d.%d.%d commit=%s build=%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9), sha_gen(r), r.randint(1000, 9999)),
        lambda: "ERROR export  checksum mismatch sha256=%s" % sha_gen(r, 64),
        lambda: "INFO  cursor  last_event_epoch=%d next_page_token=%s" % (r.randint(1700000000, 1740000000), uuid_gen(r)),
        lambda: "INFO  masking  ssn=%s card=%s account=%s" % (mask_ssn(r), mask_card(r), mask_acct(r)),
        lambda: "WARN  validator rejected tax id %s (invalid area number)" % ssn_bad(r),
        lambda: "INFO  %s finished status=SUCCESS duration=%dms" % (job, r.randint(2000, 900000)),
    ]
    for f in r.sample(lines, r.randint(5, len(lines))):
        base += timedelta(seconds=r.randint(0, 120), milliseconds=r.randint(0, 999))
        d.a(log_ts(r, base), " ", f(), "\n")


@kind("neg")
def k_neg_course_catalog(r, d):
    courses = [("PSY 201", "Research Methods in Psychology", "Design, measurement and analysis of behavioral research; APA-style reporting."),
               ("HRM 340", "Compensation & Benefits", "Job evaluation, pay structures, incentive plans and benefits administration."),
               ("EDUC 305", "Classroom Assessment", "Formative and summative assessment, rubrics, grading for learning."),
               ("CS 240", "Data Structures", "Lists, trees, hash tables and graphs; asymptotic analysis."),
               ("STAT 250", "Applied Statistics", "Regression, ANOVA and nonparametric methods using R."),
               ("MGMT 410", "Organizational Behavior", "Motivation, teams, leadership and organizational culture.")]
    d.a("UNDERGRADUATE CATALOG — COURSE DESCRIPTIONS (excerpt)\n\n")
    for code, title, desc in r.sample(courses, r.randint(2, 4)):
        d.a("%s — %s (%d credits)\n%s\nPrerequisites: %s (C or better).\nOffered: %s. Meeting pattern: %s; lab one afternoon per week.\n"
            % (code, title, r.choice([3, 4]), desc, r.choice(["PSY 100", "MATH 151", "none", "junior standing"]), r.choice(["Fall and Spring", "Fall only", "Spring, odd years"]),
               r.choice(["MWF, 50 minutes", "TTh, 75 minutes", "online asynchronous"])))
        d.a("Section %02d | CRN %d | Room %s | Capacity %d | Instructor: Staff\n\n" % (r.randint(1, 9), r.randint(10000, 99999), r.choice(["HSB 2.114", "ENG 120", "LIB 3B", "ONLINE"]), r.randint(20, 180)))
    d.a("Students receiving a Pell Grant or the Fulbright-Hays fellowship should consult the aid office before dropping below 12 credits.\n")


@kind("neg")
def k_neg_payroll_summary(r, d):
    d.a("PAYROLL REGISTER SUMMARY — Pay group BW-%02d, period %d of 26\n\n" % (r.randint(1, 9), r.randint(1, 26)))
    d.a("Headcount paid: %d\n" % r.randint(40, 4000))
    for k in ["Gross wages", "Pre-tax deductions", "Federal income tax", "Social Security (6.2%)", "Medicare (1.45%)", "State income tax", "Net pay"]:
        d.a("%-28s %s\n" % (k, money(r, 1000, 2000000, cents=True)))
    d.a("\nJournal entry JE-%d-%04d posted to GL 6100-200 / 2100-050; cost centers CC-%04d, CC-%04d.\n" % (r.randint(2023, 2025), r.randint(1, 9999), r.randint(1000, 9999), r.randint(1000, 9999)))
    d.a("Funding: ACH debit via routing %s, BIC %s. Invoice INV-%06d from payroll provider, PO %d.\n\n" % (aba_make(r), r.choice(["SRBKUS33", "CHASUS33", "BOFAUS3N"]), r.randint(1, 999999), r.randint(4500000000, 4599999999)))
    d.a("Exceptions\n")
    d.a("- TIN matching rejected %s and %s (invalid SSN area).\n" % (ssn_bad(r), ssn_bad(r)))
    d.a("- Reimbursement card %s declined: failed checksum.\n" % card_fmt(r, card_bad(r), " "))
    d.a("- Contractor IBAN %s failed validation; payment held.\n" % iban_fmt(r, iban_bad(r, r.choice(["DE", "GB", "NL", "FR"]))))
    d.a("- %d employees with negative net pay; see report PR-EXC-%d.\n" % (r.randint(0, 4), r.randint(100, 999)))


@kind("neg")
def k_neg_release_notes(r, d):
    v = "%d.%d.%d" % (r.randint(2, 6), r.randint(0, 30), r.randint(0, 9))
    d.a("PeopleHub HRIS %s — Release Notes\nBuild %d (commit %s)\n\n" % (v, r.randint(1000, 99999), sha_gen(r)))
    items = ["Leave types can now be configured per legal entity", "SSN and bank fields are masked by default in CSV exports", "Faster org-chart rendering for tenants with 10k+ workers",
             "New API scope hris.read.limited", "Fixed duplicate onboarding tasks when a start date is edited twice", "LMS roster sync respects dropped enrollments",
             "Password policy: minimum length raised from 10 to 14 characters", "Removed deprecated v1 webhooks"]
    d.a("New & improved\n")
    for it in r.sample(items, r.randint(3, 5)):
        d.a("- %s (PH-%d)\n" % (it, r.randint(1000, 9999)))
    d.a("\nDependency upgrades\n- Django 4.2.%d -> 4.2.%d\n- psycopg %d.%d.%d\n- node %d.%d.%d\n\nChecksums\nsha256  %s  peoplehub-%s.tar.gz\nsha256  %s  peoplehub-%s-arm64.tar.gz\n"
        % (r.randint(1, 10), r.randint(11, 16), 3, 1, r.randint(10, 20), r.choice([18, 20, 22]), r.randint(0, 15), r.randint(0, 9), sha_gen(r, 64), v, sha_gen(r, 64), v))


@kind("neg")
def k_neg_survey_results(r, d):
    n = r.randint(300, 5000)
    resp = int(n * r.uniform(0.55, 0.9))
    d.a("EMPLOYEE ENGAGEMENT SURVEY — RESULTS SUMMARY\nResponse rate: %d%% (%s of %s)\n\n" % (round(100 * resp / n), "{:,}".format(resp), "{:,}".format(n)))
    d.a("Theme                      Favorable   Neutral   Unfavorable   Δ vs. prior\n")
    for th in ["Manager support", "Growth & development", "Workload", "Pay & benefits", "Belonging", "Confidence in leadership"]:
        f = r.randint(40, 88)
        u = r.randint(3, 100 - f)
        d.a("%-26s %3d%%        %3d%%      %3d%%          %+d\n" % (th, f, 100 - f - u, u, r.randint(-8, 9)))
    d.a("\neNPS: %+d (prior cycle: %+d)\n\nSelected comments (anonymized, lightly edited):\n" % (r.randint(-10, 40), r.randint(-10, 40)))
    for cm in r.sample(["\"My manager makes time for 1:1s every week.\"", "\"Onboarding took too long; laptop arrived on day three.\"",
                        "\"Benefits are great but the HSA contribution dropped.\"", "\"I don't see a path to promotion in my team.\"",
                        "\"Hybrid schedule works well for parents.\""], 3):
        d.a("- ", cm, "\n")
    d.a("\nMethodology: groups with fewer than 5 responses are suppressed. Margin of error ±%.1f points.\n" % r.uniform(1, 4))


@kind("neg")
def k_neg_benefits_comparison(r, d):
    d.a("MEDICAL PLAN COMPARISON — PLAN YEAR SUMMARY\n\n")
    d.a("Feature                    PPO 500        HDHP 3000       HMO 250\n")
    rows = [("Deductible (individual)", "$500", "$3,000", "$250"), ("Out-of-pocket max", "$4,000", "$6,500", "$3,500"),
            ("Primary care (CPT 99213)", "$25 copay", "20% after ded.", "$20 copay"), ("Specialist", "$50 copay", "20% after ded.", "$40 copay"),
            ("Generic drugs (e.g., atorvastatin)", "$10", "$10 after ded.", "$5"), ("Brand drugs (e.g., Ozempic)", "$45", "30% after ded.", "$40"),
            ("ER visit", "$250", "20% after ded.", "$150"), ("Employer HSA seed", "n/a", "$750 / $1,500", "n/a")]
    for row in rows:
        d.a("%-34s %-14s %-15s %s\n" % row)
    d.a("\nGroup number %s applies to all tiers. Carriers: %s. Preventive care (ICD-10 Z00.00) covered at 100%%.\n" % (group_no(r), ", ".join(r.sample(["Aetna", "Cigna", "Delta Dental", "VSP", "Kaiser Permanente"], 3))))
    d.a("Per-paycheck premiums are deducted over 26 pay periods; changes are allowed only during open enrollment or within 30 days of a qualifying life event.\n")


@kind("neg")
def k_neg_helpdesk_queue(r, d):
    csv_row(d, ["ticket", "category", "subcategory", "status", "priority", "age_hours", "sla_remaining", "assignee_group", "channel"])
    for _ in range(r.randint(4, 10)):
        csv_row(d, [ticket_id(r), r.choice(["Payroll", "Benefits", "Leave", "Onboarding", "HRIS access", "Transcripts"]), r.choice(["W-2 reprint", "Address change", "PTO balance", "Badge", "Password reset", "Enrollment"]),
                    r.choice(["Open", "Pending", "Resolved", "On hold"]), r.choice(["P1", "P2", "P3", "P4"]), str(r.randint(1, 400)), r.choice(["4h", "1d 2h", "breached", "35m"]),
                    r.choice(["HR Tier 1", "Payroll Ops", "Registrar", "IT Service Desk"]), r.choice(["portal", "email", "chat", "phone"])])


@kind("neg")
def k_neg_lms_quiz_stats(r, d):
    obj = {"quiz_id": r.randint(1000, 99999), "course_code": r.choice(["BIO-201", "CS-240", "PSY-100", "HRM-340"]), "version": "%d.%d" % (r.randint(1, 9), r.randint(0, 9)),
           "points_possible": r.choice([10, 20, 50]), "submissions": r.randint(20, 400), "score_mean": round(r.uniform(5, 9), 2), "score_stdev": round(r.uniform(0.5, 2.5), 2),
           "duration_median_s": r.randint(300, 3600), "questions": [{"id": uuid_gen(r), "type": r.choice(["multiple_choice", "essay", "numeric"]),
                                                                     "difficulty_index": round(r.uniform(0.2, 0.95), 2), "discrimination": round(r.uniform(-0.1, 0.6), 2)}
                                                                    for _ in range(r.randint(2, 4))],
           "generated_epoch": r.randint(1700000000, 1740000000), "etag": sha_gen(r, 32)}
    jw(d, obj, r.choice([2, None]))
    d.a("\n")


@kind("negxx")
def k_neg_urlaubsregelung_de(r, d):
    d.a("Betriebsvereinbarung Nr. %d/%d — Urlaubsregelung (Auszug)\n\n" % (r.randint(1, 20), r.randint(2019, 2025)))
    paras = ["§ 1 Der Urlaubsanspruch beträgt %d Arbeitstage pro Kalenderjahr bei einer Fünf-Tage-Woche." % r.choice([28, 30]),
             "§ 2 Urlaubsanträge sind mindestens zwei Wochen vorher über das Personalportal zu stellen.",
             "§ 3 Resturlaub kann bis zum Ende des ersten Quartals des Folgejahres genommen werden; danach verfällt er, sofern der Arbeitgeber rechtzeitig darauf hingewiesen hat (§ 7 BUrlG).",
             "§ 4 Während der Probezeit von sechs Monaten wird der Urlaub anteilig gewährt.",
             "§ 5 Sonderurlaub: zwei Tage bei eigener Eheschließung, ein Tag bei Umzug, bis zu zehn Tage pro Kind bei Erkrankung.",
             "§ 6 Gleitzeit: Kernarbeitszeit gilt montags bis donnerstags; freitags entfällt sie."]
    for j in sorted(r.sample(range(len(paras)), r.randint(3, 6))):
        d.a(paras[j], "\n\n")
    d.a("Diese Vereinbarung tritt mit Unterzeichnung in Kraft und ersetzt die Fassung Nr. %d. Gültig für alle Standorte.\n" % r.randint(1, 9))


@kind("negxx")
def k_neg_reglement_fr(r, d):
    d.a("RÈGLEMENT INTÉRIEUR — EXTRAIT (version %d.%d)\n\n" % (r.randint(1, 4), r.randint(0, 9)))
    paras = ["Article %d — Les horaires variables comportent des plages fixes le matin et l'après-midi ; la pause déjeuner dure au minimum quarante-cinq minutes.",
             "Article %d — Tout retard doit être signalé au responsable hiérarchique dans les meilleurs délais.",
             "Article %d — Le télétravail est possible jusqu'à deux jours par semaine après la période d'essai.",
             "Article %d — Les congés payés sont de vingt-cinq jours ouvrés par an ; la cinquième semaine peut être fractionnée.",
             "Article %d — Les données personnelles des salariés sont traitées conformément au RGPD ; le délégué à la protection des données peut être saisi via le portail RH."]
    art = r.randint(2, 9)
    for j in sorted(r.sample(range(len(paras)), r.randint(3, 5))):
        art += r.randint(1, 3)
        d.a(paras[j] % art, "\n\n")


@kind("negxx")
def k_neg_politica_es(r, d):
    d.a("POLÍTICA DE TELETRABAJO Y DESCONEXIÓN DIGITAL (código PRL-%03d)\n\n" % r.randint(1, 200))
    items = ["1. El personal podrá teletrabajar hasta %d días por semana, previa solicitud en el portal del empleado." % r.choice([2, 3]),
                       "2. Se garantiza el derecho a la desconexión digital fuera de la jornada laboral, salvo causa de fuerza mayor.",
                       "3. La empresa abonará una compensación de %d € mensuales por gastos de conexión." % r.choice([30, 40, 55]),
                       "4. Los equipos deberán tener el cifrado activado y la versión %d.%d o superior del cliente VPN." % (r.randint(4, 9), r.randint(0, 9)),
                       "5. Las incidencias se comunicarán mediante ticket en la categoría «Teletrabajo» con prioridad P3."]
    for j in sorted(r.sample(range(len(items)), r.randint(3, 5))):
        d.a(items[j], "\n\n")


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
EN_KINDS = [k for k, (g, _) in KINDS.items() if g == "en"]
XX_KINDS = [k for k, (g, _) in KINDS.items() if g == "xx"]
NEG_KINDS = [k for k, (g, _) in KINDS.items() if g in ("neg", "negxx")]
NON_ENGLISH = set(XX_KINDS) | {k for k, (g, _) in KINDS.items() if g == "negxx"}

P_NEG = 0.12
P_FOREIGN = 0.235


def make_doc(seed, i):
    r = random.Random("%s-%s" % (seed, i))
    x = r.random()
    if x < P_NEG:
        name = r.choice(NEG_KINDS)
    elif x < P_NEG + P_FOREIGN:
        name = r.choice(XX_KINDS)
    else:
        name = r.choice(EN_KINDS)
    d = Doc()
    KINDS[name][1](r, d)
    ents = sorted(d.ents)
    return {"id": "blind36-s%s-%06d-%s" % (seed, i, name), "text": d.text(),
            "entities": [{"start": s, "end": e, "type": t} for s, e, t in ents]}


def generate(n, seed=0):
    """Yield n labelled documents; document i depends only on (seed, i)."""
    for i in range(n):
        yield make_doc(seed, i)


# ---------------------------------------------------------------------------
# self-check / CLI
# ---------------------------------------------------------------------------
_SECRET_TYPES = {AKID, ASK, GHT, SLK, STR, JWT, PEM, PWD, SEC}
_BAD_EDGE = set("\"'()[]<>{}")


def check_doc(doc):
    text = doc["text"]
    kind_name = doc["id"].split("-", 3)[3]
    prev_end = -1
    for ent in doc["entities"]:
        s, e, t = ent["start"], ent["end"], ent["type"]
        assert t in _TYPESET, (doc["id"], t)
        assert 0 <= s < e <= len(text), (doc["id"], ent)
        v = text[s:e]
        assert v == v.strip(), (doc["id"], t, repr(v))
        assert s >= prev_end, ("overlap", doc["id"], ent)
        prev_end = e
        if t not in _SECRET_TYPES:
            ok_start = v[0] not in _BAD_EDGE or (t == PHO and v[0] == "(" and ")" in v)
            ok_end = v[-1] not in _BAD_EDGE or (v[-1] == ")" and "(" in v)
            assert ok_start and ok_end, (doc["id"], t, repr(v))
            assert v[-1] not in ",;:", (doc["id"], t, repr(v))
        if t == CC:
            assert luhn_ok(v) and re.fullmatch(r"[\d -]+", v), (doc["id"], v)
        elif t == IBAN:
            assert iban_ok(v), (doc["id"], v)
        elif t == SSN:
            assert ssn_ok(v), (doc["id"], v)
        elif t == AKID:
            assert re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v), v
        elif t == ASK:
            assert len(v) == 40, v
        elif t == STR:
            assert v.startswith(("sk_live_", "rk_live_")), v
        elif t == PEM:
            assert v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----"), v[:40]
        elif t == JWT:
            assert v.count(".") == 2 and v.startswith("eyJ"), v
        elif t == URL:
            assert v.startswith(("http://", "https://")) and " " not in v, v
        elif t == EMA:
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", v), v
        elif t == IP:
            import ipaddress
            ipaddress.ip_address(v)
    if KINDS[kind_name][0] in ("neg", "negxx"):
        assert not doc["entities"], ("negative kind has entities", doc["id"])


def run_check(n=2000, seed=0):
    counts, kinds_seen = Counter(), Counter()
    empty = foreign = 0
    ids = set()
    for doc in generate(n, seed):
        check_doc(doc)
        assert doc["id"] not in ids
        ids.add(doc["id"])
        kind_name = doc["id"].split("-", 3)[3]
        kinds_seen[kind_name] += 1
        foreign += kind_name in NON_ENGLISH
        empty += not doc["entities"]
        for ent in doc["entities"]:
            counts[ent["type"]] += 1
    # determinism / purity: doc i regenerated alone is identical
    r = random.Random(12345)
    for i in r.sample(range(n), 25):
        a, b = make_doc(seed, i), make_doc(seed, i)
        assert a == b
    assert list(generate(3, seed))[2] == make_doc(seed, 2)
    print("documents: %d   kinds defined: %d (en %d, non-English %d, negative %d)   kinds seen: %d"
          % (n, len(KINDS), len(EN_KINDS), len(XX_KINDS), len(NEG_KINDS), len(kinds_seen)))
    print("non-English docs: %d (%.1f%%)   docs without entities: %d (%.1f%%)" % (foreign, 100 * foreign / n, empty, 100 * empty / n))
    print("entities: %d" % sum(counts.values()))
    for t in TYPES:
        print("  %-22s %6d" % (t, counts[t]))
    missing = [t for t in TYPES if not counts[t]]
    assert not missing, missing
    print("OK")


def print_sample(k, seed=0):
    for doc in generate(k, seed):
        print("=" * 100)
        print(doc["id"])
        print("-" * 100)
        print(doc["text"])
        print("-" * 100)
        for ent in doc["entities"]:
            print("  %-22s %r" % (ent["type"], doc["text"][ent["start"]:ent["end"]]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 2000 docs and validate all spans")
    ap.add_argument("--sample", type=int, metavar="K", help="print K docs with their labelled spans")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        run_check(2000, a.seed)
    if a.sample:
        print_sample(a.sample, a.seed)
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print("wrote %d docs to %s" % (a.n, a.output), file=sys.stderr)
    if not (a.check or a.sample or a.output):
        ap.print_help()


if __name__ == "__main__":
    main()
