#!/usr/bin/env python3
r"""Blind corpus 53 -- public sector, tax and social benefits.

Synthetic documents (tax returns and assessment letters, benefit applications,
pension statements, unemployment claims, child-benefit forms, municipal registry
extracts, police reports, court-fine notices, FOI replies, caseworker notes,
citizen-portal chats, e-government API logs ...) in many countries and languages.
All people, numbers and secrets are fake; checksummed values are well-formed.

Usage: corpus_blind53.py --check | --sample K | --n N --seed S --output F.jsonl

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
import hashlib
import ipaddress
import json
import re
import string
import sys
import unicodedata
from collections import Counter
from random import Random

# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------


class Builder:
    """Append text pieces; entity spans are recorded while appending."""

    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.ents: list[dict] = []

    def t(self, s: str) -> "Builder":
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, s: str, typ: str | None) -> "Builder":
        if typ is None:
            return self.t(s)
        if not s or s != s.strip():
            raise ValueError(f"bad entity text {s!r} ({typ})")
        self.ents.append({"start": self.pos, "end": self.pos + len(s), "type": typ})
        return self.t(s)

    def f(self, tpl: str, *vals) -> "Builder":
        """Template with '¤' placeholders; each value is str or (text, TYPE)."""
        pieces = tpl.split("¤")
        if len(pieces) != len(vals) + 1:
            raise ValueError(f"placeholder mismatch in {tpl!r}")
        for i, v in enumerate(vals):
            self.t(pieces[i])
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
        return self.t(pieces[-1])

    def kv(self, label: str, val: str, typ: str | None = None, sep: str = ": ", end: str = "\n") -> "Builder":
        self.t(label + sep)
        self.e(val, typ)
        return self.t(end)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------------------
# Generic helpers
# ---------------------------------------------------------------------------

UP = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits


def rs(r: Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def dg(r: Random, n: int) -> str:
    return rs(r, DIG, n)


def pick(r: Random, seq):
    return seq[r.randrange(len(seq))]


_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "d", "œ": "oe"}


def ascii_fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(s).lower())


# ---------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "PT": 25, "NL": 18, "PL": 28, "SE": 24, "DK": 18,
            "NO": 15, "FI": 18, "CZ": 24, "TR": 26, "BE": 16, "AT": 20, "GB": 22, "IE": 22, "CH": 21, "LU": 20}


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit() or not s.isalnum():
        return False
    re_ = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in re_)
    return int(num) % 97 == 1


def make_iban(r: Random, cc: str, grouped: bool | None = None) -> str:
    n = IBAN_LEN[cc] - 4
    if cc in ("NL",):
        bban = rs(r, UP, 4) + dg(r, n - 4)
    elif cc in ("GB", "IE"):
        bban = pick(r, ["NWBK", "BARC", "LOYD", "HSBC", "AIBK", "BOFI", "MIDL"]) + dg(r, n - 4)
    elif cc == "IT":
        bban = r.choice(UP) + dg(r, n - 1)
    elif cc == "TR":
        bban = dg(r, 5) + "0" + dg(r, n - 6)
    else:
        bban = dg(r, n)
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    s = f"{cc}{chk:02d}{bban}"
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, sr = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and sr > 0


def make_ssn(r: Random, style: str | None = None) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or pick(r, ["-", "-", "-", " ", ""])
    return f"{a:03d}{style}{g:02d}{style}{s:04d}"


def bad_ssn(r: Random) -> str:
    a = pick(r, [0, 666, r.randint(900, 999)])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def make_card(r: Random, style: str | None = None) -> str:
    kind = r.randint(0, 3)
    if kind == 0:
        body, ln, grp = "4" + dg(r, 14), 16, [4, 4, 4, 4]
    elif kind == 1:
        body, ln, grp = str(r.randint(51, 55)) + dg(r, 13), 16, [4, 4, 4, 4]
    elif kind == 2:
        body, ln, grp = pick(r, ["34", "37"]) + dg(r, 12), 15, [4, 6, 5]
    else:
        body, ln, grp = "6011" + dg(r, 11), 16, [4, 4, 4, 4]
    num = luhn_complete(body)
    style = style if style is not None else pick(r, [" ", "-", ""])
    if not style:
        return num
    out, i = [], 0
    for g in grp:
        out.append(num[i:i + g])
        i += g
    return style.join(out)


def bad_card(r: Random) -> str:
    num = "4" + dg(r, 15)
    while luhn_ok(num):
        num = "4" + dg(r, 15)
    return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.5 else num


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------

B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def aws_access(r: Random) -> str:
    return pick(r, ["AKIA", "AKIA", "ASIA"]) + rs(r, UP + "234567", 16)


def aws_secret(r: Random) -> str:
    return rs(r, B64, 40)


def gh_token(r: Random) -> str:
    k = r.randint(0, 3)
    if k == 3:
        return "github_pat_" + rs(r, UP + DIG, 22) + "_" + rs(r, ALNUM, 59)
    return pick(r, ["ghp_", "gho_", "ghs_"]) + rs(r, ALNUM, 36)


def slack_token(r: Random) -> str:
    p = pick(r, ["xoxb", "xoxp", "xoxb"])
    if p == "xoxb":
        return f"xoxb-{dg(r, 12)}-{dg(r, 13)}-{rs(r, ALNUM, 24)}"
    return f"xoxp-{dg(r, 12)}-{dg(r, 12)}-{dg(r, 13)}-{rs(r, 'abcdef0123456789', 32)}"


def stripe_key(r: Random) -> str:
    return pick(r, ["sk_live_", "sk_live_", "rk_live_"]) + rs(r, ALNUM, pick(r, [24, 34, 99]))


def _b64u(obj) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def make_jwt(r: Random, sub: str = "") -> str:
    hdr = {"alg": pick(r, ["HS256", "RS256"]), "typ": "JWT"}
    pl = {"sub": sub or dg(r, 8), "iat": 1700000000 + r.randint(0, 40000000), "scope": pick(r, ["citizen", "caseworker", "api"])}
    return _b64u(hdr) + "." + _b64u(pl) + "." + rs(r, B64URL, 43)


def private_key(r: Random) -> str:
    kind = pick(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [rs(r, B64, 64) for _ in range(r.randint(4, 8))]
    lines.append(rs(r, B64, r.randint(8, 40)) + "==")
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


PW_WORDS = ["Sommer", "Winter", "Kiruna", "Tulipan", "Bacalhau", "Fjord", "Harbour", "Lisboa", "Marzipan",
            "Gdansk", "Sauna", "Tivoli", "Rainbow", "Delfin", "Olivo", "Kanelbulle", "Zeytin", "Pivo"]


def password(r: Random) -> str:
    k = r.randint(0, 3)
    if k == 0:
        return pick(r, PW_WORDS) + str(r.randint(1960, 2025)) + pick(r, ["!", "#", "$", "%", "*"]) + pick(r, ["x", "Q", "7", "z"])
    if k == 1:
        return rs(r, ALNUM + "!#$%&*", r.randint(10, 16)) + r.choice(ALNUM)
    if k == 2:
        return pick(r, PW_WORDS).lower() + "-" + pick(r, PW_WORDS).lower() + "-" + dg(r, 2)
    return r.choice(UP) + rs(r, string.ascii_lowercase, 5) + dg(r, 3) + "&" + r.choice(UP)


def generic_secret(r: Random) -> str:
    k = r.randint(0, 4)
    if k == 0:
        return rs(r, "0123456789abcdef", 32)
    if k == 1:
        return "whsec_" + rs(r, ALNUM, 32)
    if k == 2:
        return rs(r, ALNUM, 40)
    if k == 3:
        return pick(r, ["egov_", "pk_srv_", "key-", "tok_"]) + rs(r, ALNUM, 28)
    return rs(r, B64URL, 48)


def passcode(r: Random) -> str:
    return dg(r, r.choice([6, 8])) if r.random() < 0.6 else rs(r, ALNUM, 8)


# ---------------------------------------------------------------------------
# Hard-negative material
# ---------------------------------------------------------------------------


def uuid4(r: Random) -> str:
    h = rs(r, "0123456789abcdef", 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick(r, '89ab')}{h[17:20]}-{h[20:]}"


def sha(r: Random, n: int = 40) -> str:
    return rs(r, "0123456789abcdef", n)


def case_no(r: Random, prefix: str | None = None) -> str:
    prefix = prefix or pick(r, ["CASE", "CLM", "REF", "TKT", "INV", "FOI", "UC", "BN"])
    return f"{prefix}-{r.randint(2019, 2025)}-{dg(r, r.randint(5, 7))}"


def amount(r: Random, cur: str = "$", lo: int = 20, hi: int = 9000) -> str:
    v = r.randint(lo * 100, hi * 100) / 100
    if cur in ("$", "£", "A$", "C$"):
        return f"{cur}{v:,.2f}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if cur in ("kr", "Kč", "zł", "TL"):
        return f"{s} {cur}"
    return f"{s} {cur}"


def version(r: Random) -> str:
    return f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}"


def bic(r: Random, cc: str) -> str:
    return rs(r, UP, 4) + cc + rs(r, UP + DIG, 2) + pick(r, ["", "XXX"])


def routing(r: Random) -> str:
    d = [r.randint(0, 9) for _ in range(8)]
    c = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
    return "".join(map(str, d)) + str(c)


def plate(r: Random, cc: str) -> str:
    if cc == "DE":
        return f"{pick(r, ['B', 'M', 'HH', 'K', 'F', 'S'])}-{rs(r, UP, 2)} {r.randint(1, 9999)}"
    if cc == "FR":
        return f"{rs(r, UP, 2)}-{dg(r, 3)}-{rs(r, UP, 2)}"
    if cc == "GB":
        return f"{rs(r, UP, 2)}{dg(r, 2)} {rs(r, UP, 3)}"
    if cc == "IT":
        return f"{rs(r, UP, 2)} {dg(r, 3)}{rs(r, UP, 2)}"
    if cc == "NL":
        return f"{rs(r, UP, 2)}-{dg(r, 3)}-{r.choice(UP)}"
    return f"{dg(r, 1)}{rs(r, UP, 3)}{dg(r, 3)}"


def vin(r: Random) -> str:
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def icd(r: Random) -> str:
    return pick(r, ["M54.5", "F32.1", "E11.9", "I10", "J45.909", "S83.2", "G35", "F41.1", "M17.11", "C50.9"])


def weekday_neg(r: Random) -> str:
    return pick(r, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

NAMES = {
    "us": ("James Robert Michael William David Tyrone Dakota Kevin Brandon Curtis Ezekiel Wyatt".split(),
           "Mary Patricia Jennifer Linda Keisha Brittany Shannon Tamika Heather Crystal Dolores Maddison".split(),
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Jackson Thompson White Harris Clark "
           "Lewis Robinson Walker Young Allen King Wright Hill Green Adams Baker Carter Mitchell O'Connor McAllister Washington".split()),
    "gb": ("Oliver Harry George Declan Callum Rhys Alfie Owen Fraser Ciaran".split(),
           "Amelia Isla Ava Siobhan Niamh Bethan Poppy Eilidh Gemma Imogen".split(),
           "Hughes Evans Roberts Patel Khan Murphy Kelly O'Brien Byrne Walsh Davies Price Campbell Stewart MacLeod Thornton".split()),
    "hisp": ("José Luis Carlos Miguel Juan Jesús".split(), "María Guadalupe Rosa Ana Yesenia Marisol".split(),
             "Hernández García Martínez López González Rodríguez Pérez Ramírez Flores Torres".split()),
    "zh": ("Wei Jun Hao Ming Lei".split(), "Li Na Xiu Ying Mei Lan Fang".split(), "Zhang Wang Li Chen Liu Huang Zhao Wu".split()),
    "in": ("Rahul Arjun Vikram Sanjay Harpreet".split(), "Priya Anjali Deepa Kavita Sunita".split(),
           "Sharma Gupta Nair Reddy Singh Iyer Chatterjee Desai".split()),
    "ar": ("Mohammed Omar Khalid Youssef Karim".split(), "Fatima Layla Mariam Noor Aisha".split(),
           "Al-Farsi Haddad Khalil Mansour El-Amin Saleh Nasser".split()),
    "ng": ("Chinedu Oluwaseun Emeka Tunde Kwame".split(), "Ngozi Adaeze Funmilayo Chioma Abena".split(),
           "Okafor Adeyemi Bello Okonkwo Mensah Eze Balogun".split()),
    "jp": ("Hiroshi Takeshi Kenji Haruto".split(), "Yuki Aiko Sakura Emi".split(), "Tanaka Sato Suzuki Watanabe Yamamoto".split()),
    "ko": ("Min-jun Ji-ho Seo-jun".split(), "Ji-woo Seo-yeon Ha-eun".split(), "Kim Park Lee Choi Jung".split()),
    "vi": ("Minh Tuan Duc Huy".split(), "Mai Lan Thu Hoa".split(), "Nguyen Tran Le Pham Hoang".split()),
    "so": ("Abdi Hassan Mahad".split(), "Hodan Ayan Sahra".split(), "Warsame Farah Osman Abdullahi".split()),
    "de": ("Lukas Jürgen Klaus Felix Maximilian Dieter Uwe Tobias Jonas Heinz".split(),
           "Anna Sabine Ursula Lena Hannelore Birgit Sophie Petra Ingrid Leonie".split(),
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
           "Klein Wolf Schröder Neumann Zimmermann Krüger Hartmann Lehmann Köhler Özdemir Nowicki".split()),
    "fr": ("Jean Pierre Hugo Mathieu Thibault François Karim Yann Étienne Loïc".split(),
           "Marie Camille Léa Chloé Élodie Océane Nathalie Aurélie Fatou Inès".split(),
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefebvre Fournier Girard "
           "Bonnet Dupont Lambert Fontaine Rousseau Benali N'Diaye Mercier".split()),
    "es": ("José Antonio Javier Alejandro Manuel Diego Sergio Iñaki Jordi Raúl".split(),
           "María Carmen Lucía Sofía Pilar Nuria Montserrat Ainhoa Rocío Elena".split(),
           "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Díaz Moreno "
           "Álvarez Romero Navarro Torres Domínguez Vázquez Castillo".split()),
    "it": ("Giuseppe Giovanni Francesco Alessandro Luca Matteo Lorenzo Salvatore Davide Pietro".split(),
           "Maria Anna Giulia Chiara Francesca Sara Federica Alessia Giovanna Rosa".split(),
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca "
           "Mancini Costa Giordano Rizzo Lombardi Moretti".split()),
    "pt": ("João António Francisco Rui Tiago Duarte Gonçalo Nuno".split(),
           "Maria Ana Beatriz Inês Mariana Leonor Catarina Filipa".split(),
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes "
           "Lopes Marques Almeida Ribeiro Pinto Carvalho Teixeira".split()),
    "nl": ("Jan Pieter Daan Bram Willem Sem Thijs Ruud Koen Joost".split(),
           "Sanne Fleur Lotte Eva Anouk Femke Maaike Ingrid Noor Marloes".split(),
           "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|"
           "de Groot|Bos|Vos|Hendriks|van Leeuwen|Dekker|Brouwer|El Idrissi".split("|")),
    "pl": ("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Grzegorz".split(),
           "Anna Maria Katarzyna Małgorzata Agnieszka Magdalena Joanna Ewa".split(),
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Mazur".split()),
    "sv": ("Erik Lars Karl Johan Anders Oskar Nils Björn".split(), "Anna Maria Eva Karin Sara Elin Ingrid Astrid".split(),
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist Bergström Lindgren".split()),
    "da": ("Søren Jens Niels Rasmus Mads Anders Henrik Morten".split(), "Mette Anne Kirsten Lone Freja Pernille Signe Ida".split(),
           "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Madsen Kristensen".split()),
    "no": ("Ole Lars Per Bjørn Magnus Håkon Eirik Sindre".split(), "Ingrid Kari Astrid Solveig Nora Sigrid Ragnhild Marit".split(),
           "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Karlsen Haugen Berg Bakken Solberg".split()),
    "fi": ("Mikko Juha Timo Jari Eero Väinö Antti Matti".split(), "Aino Helmi Sanna Leena Kaisa Päivi Tuula Satu".split(),
           "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen".split()),
    "cs": ("Jiří Jan Petr Josef Pavel Tomáš Martin Lukáš".split(), "Jana Eva Hana Anna Lenka Kateřina Petra Lucie".split(),
           "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný".split()),
    "tr": ("Mehmet Mustafa Ahmet Ali Hüseyin Emre Murat Burak".split(), "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem".split(),
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç".split()),
}

EN_CULTURES = ["us", "us", "us", "gb", "hisp", "zh", "in", "ar", "ng", "jp", "ko", "vi", "so"]


def _fem_surname(cul: str, s: str) -> str:
    if cul == "pl" and s.endswith("ski"):
        return s[:-1] + "a"
    if cul == "cs":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("a"):
            return s[:-1] + "ová"
        return s + "ová"
    return s


class Person:
    def __init__(self, r: Random, cul: str):
        if cul == "en":
            cul = pick(r, EN_CULTURES)
        self.cul = cul
        males, females, surs = NAMES[cul]
        self.female = r.random() < 0.5
        self.given = pick(r, females if self.female else males)
        sur = pick(r, surs)
        self.surname = _fem_surname(cul, sur) if self.female else sur
        if cul in ("es", "hisp") and r.random() < 0.6:
            self.surname = f"{self.surname} {pick(r, surs)}"
        if cul == "pt" and r.random() < 0.5:
            self.surname = f"{pick(r, surs)} {self.surname}"
        self.middle = pick(r, UP.replace("Q", "").replace("X", "")) if cul in ("us", "gb") and r.random() < 0.35 else ""

    @property
    def full(self) -> str:
        if self.middle:
            return f"{self.given} {self.middle}. {self.surname}"
        return f"{self.given} {self.surname}"

    def style(self, r: Random) -> str:
        k = r.randint(0, 9)
        if k <= 5:
            return self.full
        if k == 6:
            return f"{self.surname}, {self.given}"
        if k == 7:
            return f"{self.surname.upper()}, {self.given}"
        if k == 8:
            return self.full.upper()
        return f"{self.given[0]}. {self.surname}"

    def email(self, r: Random, domain: str) -> str:
        g, s = slug(self.given), slug(self.surname)
        local = pick(r, [f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}{s[:4]}{r.randint(1, 99)}", f"{g}_{s}"])
        return f"{local}@{domain}"


def title_for(p: Person, lang: str) -> str:
    T = {"en": ("Mr.", "Ms."), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "es": ("Sr.", "Sra."),
         "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra."), "nl": ("heer", "mevrouw"), "pl": ("Pan", "Pani"),
         "cs": ("pan", "paní"), "tr": ("Bay", "Bayan")}
    a = T.get(lang, ("", ""))
    return a[1] if p.female else a[0]


# ---------------------------------------------------------------------------
# Places, addresses, phones
# ---------------------------------------------------------------------------

US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Albuquerque", "NM", "871"), ("Tacoma", "WA", "984"),
             ("Boise", "ID", "837"), ("Macon", "GA", "312"), ("Fresno", "CA", "937"), ("Scranton", "PA", "185"),
             ("Duluth", "MN", "558"), ("El Paso", "TX", "799"), ("Providence", "RI", "029"), ("Tulsa", "OK", "741"),
             ("Richmond", "VA", "232"), ("Des Moines", "IA", "503"), ("Hartford", "CT", "061")]
US_STREETS = "Maple Oak Elm Cedar Washington Lincoln Park Lakeview Hillcrest Pine Sunset Ridge Jefferson Chestnut Willow Magnolia".split()
US_SUFFIX = "St Ave Blvd Rd Dr Ln Ct Way Pl Terrace".split()
GB_TOWNS = ["Leeds", "Bristol", "Cardiff", "Sheffield", "Norwich", "Swansea", "Aberdeen", "Coventry", "Belfast", "Plymouth", "Derby"]
GB_STREETS = "Church Victoria Station Mill Queens Albert Green Manor Highfield Grange Park Kings".split()
GB_SUFFIX = "Road Street Lane Close Avenue Crescent Gardens Drive".split()
IE_TOWNS = [("Galway", "Galway"), ("Limerick", "Limerick"), ("Drogheda", "Louth"), ("Tralee", "Kerry"), ("Sligo", "Sligo")]
CA_CITIES = [("Winnipeg", "MB"), ("Halifax", "NS"), ("Regina", "SK"), ("Kelowna", "BC"), ("Hamilton", "ON"), ("Moncton", "NB")]
AU_CITIES = [("Parramatta", "NSW", "2150"), ("Geelong", "VIC", "3220"), ("Toowoomba", "QLD", "4350"), ("Launceston", "TAS", "7250"),
             ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")]

EU = {
    "DE": dict(lang="de", country="Deutschland", cities=["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dortmund", "Bremen", "Dresden", "Hannover", "Nürnberg"],
               streets=["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Schillerstraße", "Goethestraße", "Gartenstraße", "Bergstraße", "Kirchweg", "Am Markt", "Rosenweg"]),
    "AT": dict(lang="de", country="Österreich", cities=["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"],
               streets=["Mariahilfer Straße", "Hauptplatz", "Linzer Gasse", "Schulgasse"]),
    "FR": dict(lang="fr", country="France", cities=["Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes", "Strasbourg", "Montpellier"],
               streets=["rue de la République", "avenue Victor Hugo", "boulevard Gambetta", "rue des Lilas", "place du Marché", "chemin des Vignes", "rue Pasteur"]),
    "ES": dict(lang="es", country="España", cities=["Madrid", "Sevilla", "Valencia", "Zaragoza", "Bilbao", "Málaga", "Murcia", "Valladolid"],
               streets=["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Paseo de Gracia", "Calle Real", "Plaza de España"]),
    "IT": dict(lang="it", country="Italia", cities=[("Roma", "RM"), ("Milano", "MI"), ("Napoli", "NA"), ("Torino", "TO"), ("Bologna", "BO"), ("Firenze", "FI"), ("Bari", "BA"), ("Palermo", "PA")],
               streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Piazza Cavour", "Viale dei Mille"]),
    "PT": dict(lang="pt", country="Portugal", cities=["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Setúbal", "Aveiro"],
               streets=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Travessa das Flores"]),
    "NL": dict(lang="nl", country="Nederland", cities=["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Zwolle", "Haarlem"],
               streets=["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Julianalaan", "Prinsengracht", "Beatrixstraat"]),
    "PL": dict(lang="pl", country="Polska", cities=["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin", "Katowice"],
               streets=["ul. Marszałkowska", "ul. Długa", "ul. Piłsudskiego", "al. Jerozolimskie", "ul. Mickiewicza", "ul. Polna"]),
    "SE": dict(lang="sv", country="Sverige", cities=["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Umeå", "Luleå"],
               streets=["Storgatan", "Drottninggatan", "Kungsgatan", "Skolvägen", "Björkvägen", "Södra vägen"]),
    "DK": dict(lang="da", country="Danmark", cities=["København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Roskilde"],
               streets=["Vestergade", "Nørregade", "Østerbrogade", "Skovvej", "Søndergade", "Algade"]),
    "NO": dict(lang="no", country="Norge", cities=["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand"],
               streets=["Storgata", "Kirkegata", "Parkveien", "Bjørkeveien", "Strandgata", "Skolegata"]),
    "FI": dict(lang="fi", country="Suomi", cities=["Helsinki", "Tampere", "Turku", "Oulu", "Espoo", "Jyväskylä", "Kuopio"],
               streets=["Mannerheimintie", "Hämeenkatu", "Kauppakatu", "Koulukatu", "Rantatie", "Puistokatu"]),
    "CZ": dict(lang="cs", country="Česká republika", cities=["Praha", "Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec"],
               streets=["Vinohradská", "Masarykova", "Husova", "Nádražní", "Palackého", "Školní"]),
    "TR": dict(lang="tr", country="Türkiye", cities=[("Kadıköy", "İstanbul"), ("Çankaya", "Ankara"), ("Konak", "İzmir"), ("Nilüfer", "Bursa"), ("Muratpaşa", "Antalya")],
               streets=["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İnönü Cad.", "Bağdat Cad.", "Menekşe Sok."]),
    "BE": dict(lang="fr", country="Belgique", cities=["Bruxelles", "Liège", "Namur", "Charleroi"], streets=["rue Neuve", "avenue Louise", "rue du Midi"]),
    "CH": dict(lang="de", country="Schweiz", cities=["Zürich", "Bern", "Basel", "Luzern"], streets=["Bahnhofstrasse", "Marktgasse", "Seestrasse"]),
}
LANG_CC = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE", "da": "DK",
           "no": "NO", "fi": "FI", "cs": "CZ", "tr": "TR"}


def city_of(r: Random, cc: str) -> str:
    c = pick(r, EU[cc]["cities"])
    return c[0] if isinstance(c, tuple) else c


class Addr:
    """street line, city, region, postcode, full block."""

    def __init__(self, r: Random, cc: str):
        self.cc = cc
        self.region = ""
        n = r.randint(1, 220)
        if cc == "US":
            city, st, z = pick(r, US_CITIES)
            self.street = f"{n * r.choice([1, 10, 11])} {pick(r, US_STREETS)} {pick(r, US_SUFFIX)}"
            if r.random() < 0.3:
                self.street += pick(r, [", Apt ", " Apt ", " Unit ", ", #"]) + str(r.randint(1, 40)) + pick(r, ["", "B", "C"])
            self.city, self.region, self.postcode = city, st, z + dg(r, 2)
            self.tail = f"{city}, {st} {self.postcode}"
        elif cc == "GB":
            self.street = f"{n} {pick(r, GB_STREETS)} {pick(r, GB_SUFFIX)}"
            self.city = pick(r, GB_TOWNS)
            self.postcode = f"{rs(r, UP, 2)}{r.randint(1, 20)} {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
            self.tail = f"{self.city}\n{self.postcode}"
        elif cc == "IE":
            town, county = pick(r, IE_TOWNS)
            self.street = f"{n} {pick(r, GB_STREETS)} {pick(r, ['Road', 'Street', 'Park', 'Avenue'])}"
            self.city, self.region = town, county
            self.postcode = f"{r.choice('ADFHKNPRTVWXY')}{dg(r, 2)} {rs(r, 'ACDEFHKNPRTVWXY0123456789', 4)}"
            self.tail = f"{town}, Co. {county}, {self.postcode}"
        elif cc == "CA":
            city, pr = pick(r, CA_CITIES)
            self.street = f"{n * 10 + r.randint(0, 9)} {pick(r, US_STREETS)} {pick(r, ['Street', 'Avenue', 'Crescent', 'Road'])}"
            self.city, self.region = city, pr
            self.postcode = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}{r.choice(UP)} {r.randint(0, 9)}{r.choice(UP)}{r.randint(0, 9)}"
            self.tail = f"{city} {pr}  {self.postcode}" if r.random() < 0.3 else f"{city}, {pr} {self.postcode}"
        elif cc == "AU":
            city, st, pc = pick(r, AU_CITIES)
            self.street = (f"{r.randint(1, 30)}/" if r.random() < 0.4 else "") + f"{n} {pick(r, US_STREETS)} {pick(r, ['St', 'Rd', 'Pde', 'Cres'])}"
            self.city, self.region, self.postcode = city, st, pc
            self.tail = f"{city.upper()} {st} {pc}"
        else:
            meta = EU[cc]
            c = pick(r, meta["cities"])
            if isinstance(c, tuple):
                self.city, self.region = c
            else:
                self.city = c
            st = pick(r, meta["streets"])
            if cc == "DE" or cc == "AT" or cc == "CH":
                self.street = f"{st} {n}{pick(r, ['', '', 'a', 'b'])}"
                self.postcode = f"{r.randint(1067, 99998):05d}" if cc == "DE" else str(r.randint(1000, 9999))
                self.tail = f"{self.postcode} {self.city}"
            elif cc in ("FR", "BE"):
                self.street = f"{n}{pick(r, ['', '', ' bis'])} {st}"
                self.postcode = dg(r, 5) if cc == "FR" else str(r.randint(1000, 9999))
                self.tail = f"{self.postcode} {self.city.upper() if r.random() < 0.6 else self.city}"
            elif cc == "ES":
                self.street = f"{st}, {n}, {r.randint(1, 9)}º {r.choice('ABCD')}"
                self.postcode = f"{r.randint(1, 52):02d}{dg(r, 3)}"
                self.tail = f"{self.postcode} {self.city}"
            elif cc == "IT":
                self.street = f"{st} {n}" if r.random() < 0.5 else f"{st}, {n}"
                self.postcode = dg(r, 5)
                self.tail = f"{self.postcode} {self.city} {self.region}"
            elif cc == "PT":
                self.street = f"{st}, {n}, {r.randint(1, 8)}º {pick(r, ['Esq.', 'Dto.', 'A'])}"
                self.postcode = f"{r.randint(1000, 9999)}-{dg(r, 3)}"
                self.tail = f"{self.postcode} {self.city}"
            elif cc == "NL":
                self.street = f"{st} {n}" + pick(r, ["", "", "-II", " A"])
                self.postcode = f"{r.randint(1000, 9999)} {rs(r, 'ABCDEGHJKLNPRSTVWXZ', 2)}"
                self.tail = f"{self.postcode} {self.city.upper() if r.random() < 0.5 else self.city}"
            elif cc == "PL":
                self.street = f"{st} {n}" + (f"/{r.randint(1, 80)}" if r.random() < 0.6 else "")
                self.postcode = f"{dg(r, 2)}-{dg(r, 3)}"
                self.tail = f"{self.postcode} {self.city}"
            elif cc == "SE":
                self.street = f"{st} {n}" + pick(r, ["", "", " lgh 1102", " B"])
                self.postcode = f"{r.randint(100, 984)} {dg(r, 2)}"
                self.tail = f"{self.postcode} {self.city.upper() if r.random() < 0.5 else self.city}"
            elif cc == "DK":
                self.street = f"{st} {n}" + pick(r, ["", ", 2. tv", ", 1. th", ", st."])
                self.postcode = str(r.randint(1000, 9990))
                self.tail = f"{self.postcode} {self.city}"
            elif cc == "NO":
                self.street = f"{st} {n}" + pick(r, ["", "", " B", " H0201"])
                self.postcode = f"{r.randint(1, 9990):04d}"
                self.tail = f"{self.postcode} {self.city.upper() if r.random() < 0.5 else self.city}"
            elif cc == "FI":
                self.street = f"{st} {n}" + pick(r, ["", " A 12", " B 4", " C 31"])
                self.postcode = f"{r.randint(0, 99):02d}{r.randint(0, 9)}{r.randint(0, 9)}0"
                self.tail = f"{self.postcode} {self.city.upper() if r.random() < 0.5 else self.city}"
            elif cc == "CZ":
                self.street = f"{st} {r.randint(100, 2999)}/{n}"
                self.postcode = f"{r.randint(100, 799)} {dg(r, 2)}"
                self.tail = f"{self.postcode} {self.city}"
            elif cc == "TR":
                self.street = f"{st} No: {n} D: {r.randint(1, 20)}"
                self.postcode = dg(r, 5)
                self.tail = f"{self.postcode} {self.city}/{self.region}"
        self.country = {"US": "USA", "GB": "United Kingdom", "IE": "Ireland", "CA": "Canada", "AU": "Australia"}.get(cc) or EU[cc]["country"]

    def block(self, sep: str = "\n", country: bool = False) -> str:
        tail = self.tail if sep == "\n" else self.tail.replace("\n", sep)
        s = f"{self.street}{sep}{tail}"
        if country:
            s += f"{sep}{self.country.upper() if sep == chr(10) else self.country}"
        return s

    def oneline(self, country: bool = False) -> str:
        return self.block(", ", country)


def phone(r: Random, cc: str) -> str:
    d = lambda n: dg(r, n)
    if cc in ("US", "CA"):
        a, x = f"{r.randint(2, 9)}{d(2)}", f"555-01{d(2)}"
        return pick(r, [f"({a}) {x}", f"{a}-{x}", f"+1 {a} {x.replace('-', ' ')}", f"{a}.{x.replace('-', '.')}",
                        f"1-800-555-01{d(2)}", f"+1-{a}-{x}"])
    if cc == "GB":
        return pick(r, [f"020 7946 0{d(3)}", f"+44 20 7946 0{d(3)}", f"0161 496 0{d(3)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"0800 {d(3)} {d(4)}"])
    if cc == "IE":
        return pick(r, [f"+353 1 {d(3)} {d(4)}", f"(091) {d(3)} {d(3)}", f"087 {d(3)} {d(4)}", f"1800 {d(3)} {d(3)}"])
    if cc == "AU":
        return pick(r, [f"(02) {d(4)} {d(4)}", f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"13 {d(2)} {d(2)}", f"1800 {d(3)} {d(3)}"])
    if cc in ("DE", "AT", "CH"):
        cc_code = {"DE": "49", "AT": "43", "CH": "41"}[cc]
        return pick(r, [f"+{cc_code} {r.randint(30, 89)} {d(7)}", f"0{r.randint(30, 89)} / {d(3)} {d(2)} {d(2)}", f"0{r.randint(151, 179)} {d(7)}",
                        f"+{cc_code} (0){r.randint(30, 89)} {d(3)}-{d(4)}", f"0{r.randint(200, 999)}-{d(6)}"])
    if cc in ("FR", "BE"):
        p = f"0{r.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}"
        return pick(r, [p, p.replace(" ", "."), f"+33 {p[1:]}", f"+33 (0){p[1:]}"]) if cc == "FR" else f"+32 {r.randint(2, 9)} {d(3)} {d(2)} {d(2)}"
    if cc == "ES":
        return pick(r, [f"+34 9{d(2)} {d(3)} {d(3)}", f"9{d(2)} {d(2)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}", f"900 {d(3)} {d(3)}"])
    if cc == "IT":
        return pick(r, [f"+39 06 {d(4)} {d(4)}", f"02 {d(4)} {d(4)}", f"3{d(2)} {d(3)} {d(4)}", f"+39 3{d(2)} {d(7)}", f"800 {d(3)} {d(3)}"])
    if cc == "PT":
        return pick(r, [f"+351 21 {d(3)} {d(4)}", f"22 {d(3)} {d(4)}", f"9{r.randint(1, 6)}{d(1)} {d(3)} {d(3)}", f"808 {d(3)} {d(3)}"])
    if cc == "NL":
        return pick(r, [f"+31 20 {d(3)} {d(4)}", f"020-{d(7)}", f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}", f"0800-{d(4)}"])
    if cc == "PL":
        return pick(r, [f"+48 22 {d(3)} {d(2)} {d(2)}", f"22 {d(3)} {d(2)} {d(2)}", f"{r.randint(500, 799)} {d(3)} {d(3)}", f"+48 {r.randint(500, 799)}-{d(3)}-{d(3)}"])
    if cc == "SE":
        return pick(r, [f"08-{d(3)} {d(2)} {d(2)}", f"+46 8 {d(3)} {d(2)} {d(2)}", f"07{d(1)}-{d(3)} {d(2)} {d(2)}", f"+46 70 {d(3)} {d(2)} {d(2)}", f"0771-{d(3)} {d(3)}"])
    if cc == "DK":
        return pick(r, [f"+45 {d(2)} {d(2)} {d(2)} {d(2)}", f"{d(2)} {d(2)} {d(2)} {d(2)}", f"+45 {d(8)}"])
    if cc == "NO":
        return pick(r, [f"+47 {d(2)} {d(2)} {d(2)} {d(2)}", f"{r.randint(4, 9)}{d(2)} {d(2)} {d(3)}", f"+47 {d(3)} {d(2)} {d(3)}"])
    if cc == "FI":
        return pick(r, [f"+358 9 {d(4)} {d(3)}", f"09 {d(4)} {d(4)}", f"040 {d(3)} {d(4)}", f"+358 50 {d(3)} {d(4)}", f"020 {d(3)} {d(3)}"])
    if cc == "CZ":
        return pick(r, [f"+420 {r.randint(2, 7)}{d(2)} {d(3)} {d(3)}", f"{r.randint(6, 7)}{d(2)} {d(3)} {d(3)}", f"+420 {r.randint(6, 7)}{d(8)}"])
    if cc == "TR":
        return pick(r, [f"+90 212 {d(3)} {d(2)} {d(2)}", f"0 (312) {d(3)} {d(2)} {d(2)}", f"05{d(2)} {d(3)} {d(2)} {d(2)}", f"+90 5{d(2)} {d(3)} {d(4)}", f"444 {d(1)} {d(3)}"])
    raise KeyError(cc)


def ip4(r: Random) -> str:
    return pick(r, [f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                    f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    f"{pick(r, [23, 45, 62, 81, 91, 100, 142, 185, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ip6(r: Random) -> str:
    return pick(r, [f"2001:db8::{r.randint(1, 0xffff):x}", f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xff):x}",
                    f"fe80::{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}"])


def ip(r: Random) -> str:
    return ip6(r) if r.random() < 0.2 else ip4(r)


# ---------------------------------------------------------------------------
# Dates
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
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}


def rdate(r: Random, y0: int = 2022, y1: int = 2025) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(r.randint(start, end))


def dob(r: Random) -> _dt.date:
    return rdate(r, 1938, 2004)


def child_dob(r: Random) -> _dt.date:
    return rdate(r, 2007, 2023)


def fdate(r: Random, d: _dt.date, lang: str = "us", style: int | None = None) -> str:
    """Format a date in a locale-typical way. lang 'us' / 'en' (UK style) / iso / other languages."""
    D, M, Y = d.day, d.month, d.year
    if style is None:
        style = r.randint(0, 2)
    if lang == "us":
        return [f"{M:02d}/{D:02d}/{Y}", f"{MONTHS['en'][M - 1]} {D}, {Y}", f"{MONTHS['en'][M - 1][:3]} {D}, {Y}"][style % 3]
    if lang == "en":
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} {MONTHS['en'][M - 1]} {Y}", f"{D} {MONTHS['en'][M - 1][:3]} {Y}"][style % 3]
    if lang == "iso":
        return d.isoformat()
    mn = MONTHS[lang][M - 1]
    if lang == "de":
        return [f"{D:02d}.{M:02d}.{Y}", f"{D}. {mn} {Y}", f"{D:02d}.{M:02d}.{Y}"][style % 3]
    if lang == "fr":
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} {mn} {Y}", f"{D:02d}/{M:02d}/{Y}"][style % 3]
    if lang in ("es", "pt"):
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} de {mn} de {Y}", f"{D:02d}-{M:02d}-{Y}"][style % 3]
    if lang == "it":
        return [f"{D:02d}/{M:02d}/{Y}", f"{D} {mn} {Y}", f"{D:02d}.{M:02d}.{Y}"][style % 3]
    if lang == "nl":
        return [f"{D:02d}-{M:02d}-{Y}", f"{D} {mn} {Y}", f"{D:02d}-{M:02d}-{Y}"][style % 3]
    if lang == "pl":
        return [f"{D:02d}.{M:02d}.{Y}", f"{D} {mn} {Y}", f"{Y}-{M:02d}-{D:02d}"][style % 3]
    if lang == "sv":
        return [d.isoformat(), f"{D} {mn} {Y}", d.isoformat()][style % 3]
    if lang in ("da", "no"):
        return [f"{D:02d}.{M:02d}.{Y}", f"{D}. {mn} {Y}", f"{D:02d}.{M:02d}.{Y}"][style % 3]
    if lang == "fi":
        return [f"{D}.{M}.{Y}", f"{D}. {mn} {Y}", f"{D:02d}.{M:02d}.{Y}"][style % 3]
    if lang == "cs":
        return [f"{D}. {M}. {Y}", f"{D}. {mn} {Y}", f"{D:02d}.{M:02d}.{Y}"][style % 3]
    if lang == "tr":
        return [f"{D:02d}.{M:02d}.{Y}", f"{D} {mn} {Y}", f"{D:02d}/{M:02d}/{Y}"][style % 3]
    raise KeyError(lang)


def ftime(r: Random, lang: str = "us") -> str:
    h, m = r.randint(7, 18), pick(r, [0, 0, 15, 30, 45, 10, 20, 40])
    if lang == "us":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if r.random() < 0.8 else f"{h:02d}:{m:02d}"
    if lang == "fr":
        return f"{h}h{m:02d}" if r.random() < 0.6 else f"{h}:{m:02d}"
    if lang in ("fi", "da", "no"):
        return f"{h}.{m:02d}" if r.random() < 0.5 else f"{h:02d}:{m:02d}"
    return f"{h:02d}:{m:02d}"


def log_ts(r: Random, d: _dt.date | None = None) -> str:
    d = d or rdate(r)
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}" + pick(r, ["Z", ".%03dZ" % r.randint(0, 999), "+01:00"])


def email_date_hdr(r: Random) -> str:
    d = rdate(r)
    return f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {pick(r, ['+0000', '+0100', '-0500', '+0200'])}"


# ---------------------------------------------------------------------------
# Kind registry and shared fragments
# ---------------------------------------------------------------------------

KINDS: list[tuple[str, str, bool, object]] = []


def kind(name: str, lang: str = "en", empty: bool = False):
    def deco(fn):
        KINDS.append((name, lang, empty, fn))
        return fn
    return deco


PERS_DOM = ["example.com", "example.net", "example.org", "mail.example", "inbox.example", "post.example", "webmail.test"]
P, E, T, D, DOBT, L, A, U, IP, ACC = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_TIME", "DATE_OF_BIRTH",
                                      "LOCATION", "ADDRESS", "URL", "IP_ADDRESS", "ACCOUNT_NUMBER")


def pmail(r: Random, p: Person) -> str:
    return p.email(r, pick(r, PERS_DOM))


def add_days(d: _dt.date, n: int) -> _dt.date:
    return d + _dt.timedelta(days=n)


def neg_sentence(r: Random) -> str:
    return pick(r, [
        f"Please quote reference {case_no(r)} in all correspondence.",
        f"Processed by batch {uuid4(r)} (system version {version(r)}).",
        f"Payment reference: {rs(r, UP, 2)}{dg(r, 8)}. Allow 5 to 7 working days.",
        f"Form revision {r.randint(2019, 2024)}-{r.randint(1, 12):02d}, catalog no. {dg(r, 5)}{r.choice(UP)}.",
        f"The office is closed on {weekday_neg(r)} afternoons; replies usually take 10 business days.",
        f"Internal tracking: {case_no(r, 'TRK')} / checksum {sha(r, 12)}.",
        f"Amounts under {amount(r, '$', 1, 5)} are not collected.",
    ])


EN_FOOTERS = [
    "This letter was produced automatically and does not need a signature.",
    "If you have already paid, please disregard this notice.",
    "Keep this notice for your records.",
    "Large print and braille versions are available on request.",
]


# ---------------------------------------------------------------------------
# English-language kinds (US / UK / IE / CA / AU)
# ---------------------------------------------------------------------------


@kind("us_irs_notice")
def g_irs_notice(r):
    b, p, a, nd = Builder(), Person(r, "en"), Addr(r, "US"), rdate(r)
    b.t(pick(r, ["Department of the Treasury\nInternal Revenue Service\n", "INTERNAL REVENUE SERVICE\nDEPARTMENT OF THE TREASURY\n"]))
    b.f("Notice ¤    Tax year ¤\nNotice date: ¤\nLetter ID: L¤\n\n", pick(r, ["CP2000", "CP14", "CP501", "CP503"]),
        r.randint(2019, 2023), (fdate(r, nd, "us"), D), dg(r, 4))
    b.e(p.full.upper() if r.random() < .5 else p.full, P).t("\n").e(a.block().upper() if r.random() < .4 else a.block(), A).t("\n\n")
    if r.random() < 0.6:
        b.f("Social Security number: ¤\n", (make_ssn(r, "-"), "US_SSN"))
    else:
        b.f("Taxpayer ID number: XXX-XX-¤\n", dg(r, 4))
    b.f("To contact us: ¤\nCaller ID: ¤\n\n", (phone(r, "US"), T), dg(r, 6))
    b.t(f"Dear {title_for(p, 'en')} ").e(p.surname, P).t(",\n\n")
    b.f("We show you owe ¤ for tax year ¤. To avoid additional penalty and interest, pay the amount due by ¤. "
        "You can pay online at ¤ or mail a check with the payment stub.\n\n",
        amount(r), r.randint(2019, 2023), (fdate(r, add_days(nd, 21), "us"), D),
        (pick(r, ["https://www.irs.example.gov/payments", "https://pay.tax-portal.example/direct-pay?src=cp14", "https://www.treasury.example/pay"]), U))
    b.t(neg_sentence(r) + "\n" + pick(r, EN_FOOTERS))
    return b


@kind("us_1040_ocr")
def g_1040(r):
    b, p, a = Builder(), Person(r, "us"), Addr(r, "US")
    ocr = (lambda s: s.replace("o", pick(r, ["o", "0"])).replace("l", pick(r, ["l", "1", "I"]))) if r.random() < .6 else (lambda s: s)
    b.t(ocr(f"Form 1040  U.S. Individual Income Tax Return  {r.randint(2020, 2023)}  OMB No. 1545-0074\n"))
    b.t(ocr("Your first name and middle initial") + " | ").e(p.given + (f" {p.middle}" if p.middle else ""), P)
    b.t(" | " + ocr("Last name") + " | ").e(p.surname.upper(), P).t(" | " + ocr("Your social security number") + " | ").e(make_ssn(r, pick(r, [" ", "-", ""])), "US_SSN").t("\n")
    if r.random() < 0.5:
        s = Person(r, "us")
        b.t(ocr("If joint return, spouse's first name") + " | ").e(s.given, P).t(" | ").e(s.surname, P).t(" | ").e(make_ssn(r), "US_SSN").t("\n")
    b.t(ocr("Home address (number and street)") + " | ").e(a.street, A).t("\n")
    b.t(ocr("City, town, or post office") + " | ").e(a.city, L).t(" | State | ").e(a.region, L).t(f" | ZIP code | {a.postcode}\n")
    b.t(ocr("Filing Status") + f" | [{pick(r, ['X', ' '])}] Single  [{pick(r, ['X', ' '])}] Married filing jointly\n")
    b.t(f"1a Total amount from Form(s) W-2 ........ {r.randint(18000, 140000):,}\n11 Adjusted gross income ........ {r.randint(18000, 140000):,}\n")
    b.f("35a Refund direct deposit  b Routing number ¤  c Type [X] Checking  d Account number ¤\n", routing(r), (dg(r, r.randint(8, 12)), ACC))
    b.f(ocr("Phone no.") + " ¤   " + ocr("Email address") + " ¤\n", (phone(r, "US"), T), (pmail(r, p), E))
    b.f(ocr("Your signature") + " /s/   Date ¤   Occupation ¤\n", (fdate(r, rdate(r), "us", 0), D), pick(r, ["Teacher", "Nurse", "Driver", "Retired", "Electrician", "Cashier"]))
    b.f("Paid preparer PTIN P¤   Firm's EIN ¤-¤\n", dg(r, 8), dg(r, 2), dg(r, 7))
    return b


@kind("us_w2_csv")
def g_w2csv(r):
    b = Builder()
    sep = pick(r, [",", ";", "|"])
    b.t(sep.join(["employee_ssn", "first_name", "last_name", "street", "city", "state", "zip", "box1_wages", "box2_fed_wh"]) + "\n")
    for _ in range(r.randint(3, 6)):
        p, a = Person(r, "en"), Addr(r, "US")
        b.e(make_ssn(r, pick(r, ["-", ""])), "US_SSN").t(sep).e(p.given, P).t(sep).e(p.surname, P).t(sep).e(a.street, A).t(sep)
        b.e(a.city, L).t(sep).e(a.region, L).t(f"{sep}{a.postcode}{sep}{r.randint(9000, 150000)}.00{sep}{r.randint(500, 30000)}.{dg(r, 2)}\n")
    b.t(f"# employer EIN {dg(r, 2)}-{dg(r, 7)}; export {uuid4(r)}; rows failing SSA validation: {bad_ssn(r)}\n")
    return b


@kind("us_ui_claim_form")
def g_ui_claim(r):
    b, p, a = Builder(), Person(r, "en"), Addr(r, "US")
    st = a.region
    b.t(pick(r, ["INITIAL CLAIM FOR UNEMPLOYMENT INSURANCE\n", "Unemployment Insurance - Initial Application\n", "REEMPLOYMENT ASSISTANCE CLAIM SUMMARY\n"]))
    b.t(f"Claim ID: {case_no(r, 'UI')}    Filed via: web\n" + "-" * 40 + "\n")
    lab = pick(r, [("Claimant name", "SSN", "Date of birth"), ("Name", "Social Security No.", "DOB"), ("NAME (Last, First MI)", "SOC SEC #", "BIRTH DATE")])
    b.kv(lab[0], f"{p.surname}, {p.given}" + (f" {p.middle}" if p.middle else "") if "Last" in lab[0] else p.full, P)
    b.kv(lab[1], make_ssn(r), "US_SSN").kv(lab[2], fdate(r, dob(r), "us"), DOBT)
    b.kv("Mailing address", a.oneline(), A).kv("Primary phone", phone(r, "US"), T).kv("Email", pmail(r, p), E)
    if r.random() < 0.7:
        b.kv(f"Driver license / State ID ({st})", pick(r, [r.choice(UP) + dg(r, 7), dg(r, 9), f"{r.choice(UP)}{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 3)}-{dg(r, 1)}"]), "DRIVER_LICENSE")
    b.kv("Last employer", pick(r, ["Acme Logistics LLC", "Riverside Medical Group", "Sunrise Foods Inc.", "Kowalski Brothers Roofing", "County Transit Authority"]))
    b.kv("Last day worked", fdate(r, rdate(r), "us"), D).kv("Separation reason", pick(r, ["Lack of work", "Layoff", "Plant closure", "Reduction in hours"]))
    b.kv("Weekly benefit amount", amount(r, "$", 150, 900))
    if r.random() < 0.6:
        b.f("Direct deposit: routing ¤ / account ¤\n", routing(r), (dg(r, r.randint(9, 12)), ACC))
    b.t("Certification: I understand the law provides penalties for false statements.\n")
    return b


@kind("us_ui_webcert_log")
def g_ui_log(r):
    b = Builder()
    d = rdate(r)
    for _ in range(r.randint(6, 12)):
        ts = log_ts(r, d)
        k = r.randint(0, 5)
        b.t(f"{ts} {pick(r, ['INFO', 'INFO', 'WARN', 'DEBUG'])} [weekcert-{r.randint(1, 4)}] ")
        if k == 0:
            b.f("login ok user=¤ src=¤ session=¤\n", f"claimant{dg(r, 5)}", (ip(r), IP), sha(r, 16))
        elif k == 1:
            b.f("cert submitted claim=¤ week_ending=¤ hours=¤ src=¤\n", case_no(r, "UI"), (fdate(r, rdate(r), "iso"), D), r.randint(0, 30), (ip(r), IP))
        elif k == 2:
            b.f("notify email sent to=¤ template=WBA_CHANGE msgid=¤\n", (pmail(r, Person(r, "en")), E), uuid4(r))
        elif k == 3:
            b.f("rate limit exceeded for ¤ (¤ req/min)\n", (ip(r), IP), r.randint(60, 400))
        elif k == 4:
            b.f("identity proofing redirect -> ¤\n", (f"https://idp.benefits.example/verify?flow={rs(r, ALNUM, 10)}", U))
        else:
            b.f("health check ok latency_ms=¤ build=¤\n", r.randint(3, 90), sha(r, 7))
    return b


@kind("ssa_statement")
def g_ssa(r):
    b, p, a = Builder(), Person(r, "en"), Addr(r, "US")
    b.t("Your Social Security Statement\nPrepared especially for ").e(p.full, P).t("\n")
    b.e(a.block(), A).t("\n\n")
    b.f("Date of birth: ¤    Statement issued: ¤\n", (fdate(r, dob(r), "us"), DOBT), (fdate(r, rdate(r), "us"), D))
    b.t(f"SSN on file: ***-**-{dg(r, 4)}\n\nYour Earnings Record\nWork Year | Taxed Social Security Earnings | Taxed Medicare Earnings\n")
    y = r.randint(2010, 2016)
    for i in range(r.randint(4, 7)):
        v = r.randint(12000, 98000)
        b.t(f"{y + i} | {v:,} | {v + r.randint(0, 900):,}\n")
    b.t(f"\nEstimated monthly benefit at full retirement age: {amount(r, '$', 900, 3500)}\n")
    b.f("Questions? Call ¤ or visit ¤\n", (phone(r, "US"), T), ("https://www.ssa.example.gov/myaccount/statement", U))
    return b


@kind("us_snap_application")
def g_snap(r):
    b, p, a = Builder(), Person(r, "en"), Addr(r, "US")
    b.t(pick(r, ["APPLICATION FOR SNAP / CASH ASSISTANCE\n", "Supplemental Nutrition Assistance Program - Application\n"]))
    b.t(f"Application #: {case_no(r, 'APP')}\nDate received: ").e(fdate(r, rdate(r), "us"), D).t("\n\nSection 1 - Applicant\n")
    b.kv("Name", p.style(r), P).kv("Home address", a.oneline(), A).kv("Phone", phone(r, "US"), T)
    b.t("\nSection 2 - Household members\nName | Relationship | Date of birth | SSN\n")
    sur = p.surname
    for rel in ["Self"] + [pick(r, ["Spouse", "Son", "Daughter", "Grandchild", "Partner"]) for _ in range(r.randint(1, 4))]:
        m = p if rel == "Self" else Person(r, p.cul)
        if rel in ("Son", "Daughter", "Grandchild"):
            m.surname = sur
        b.e(m.full, P).t(f" | {rel} | ").e(fdate(r, child_dob(r) if rel in ('Son', 'Daughter', 'Grandchild') else dob(r), "us", 0), DOBT).t(" | ")
        if r.random() < 0.8:
            b.e(make_ssn(r), "US_SSN")
        else:
            b.t(pick(r, ["applied", "none", bad_ssn(r) + " (invalid - returned by SSA)"]))
        b.t("\n")
    w = Person(r, "en")
    b.f("\nInterview scheduled: ¤ (phone interview). Eligibility worker: ¤, ¤\n",
        (f"{fdate(r, rdate(r), 'us', 1)} at {ftime(r)}", D), (w.full, P), (phone(r, "US"), T))
    b.t(f"Monthly gross income reported: {amount(r, '$', 0, 4000)}. Household size used: {r.randint(1, 6)}.\n")
    return b


@kind("disability_medical_evidence")
def g_dib_med(r):
    b, p, doc, a = Builder(), Person(r, "en"), Person(r, "en"), Addr(r, "US")
    b.t("REQUEST FOR MEDICAL EVIDENCE - DISABILITY DETERMINATION SERVICES\n")
    b.f("To: Dr. ¤, ¤\nFax: ¤\n", (doc.full, P), (a.oneline(), A), (phone(r, "US"), T))
    b.f("Re: claimant ¤   DOB ¤\nMedical record no.: ¤\nMedicaid ID: ¤\n", (p.style(r), P), (fdate(r, dob(r), "us", 0), DOBT),
        (pick(r, ["MRN", "", "HSP-"]) + dg(r, r.randint(6, 9)), "MEDICAL_RECORD_NUMBER"), (rs(r, UP, 2) + dg(r, 8) + r.choice(UP), "HEALTH_PLAN_NUMBER"))
    b.f("Alleged impairments: ¤ (¤), ¤ (¤). Current medications reported: ¤, ¤.\n",
        pick(r, ["lumbar radiculopathy", "major depressive disorder", "type 2 diabetes"]), icd(r), pick(r, ["asthma", "osteoarthritis of knee"]), icd(r),
        pick(r, ["sertraline", "metformin", "gabapentin", "lisinopril"]), pick(r, ["albuterol", "ibuprofen 800 mg", "duloxetine"]))
    b.f("Please send office notes and test results for treatment from ¤ to present. Treating source NPI ¤. "
        "Records received after ¤ may not be considered. Case number ¤.\n", (fdate(r, rdate(r, 2020, 2022), "us", 1), D), dg(r, 10),
        (fdate(r, rdate(r), "us", 1), D), case_no(r, "DDS"))
    return b


@kind("us_police_incident")
def g_police_us(r):
    b, v, o, a = Builder(), Person(r, "en"), Person(r, "us"), Addr(r, "US")
    d = rdate(r)
    b.t(f"INCIDENT REPORT  No. {r.randint(2022, 2025)}-{dg(r, 6)}\n")
    b.f("Reporting officer: Ofc. ¤ #¤\nDate/time of occurrence: ¤\nLocation: ¤\n\n", (o.full, P), dg(r, 4),
        (f"{fdate(r, d, 'us', 0)} {r.randint(0, 23):02d}{pick(r, ['00', '15', '30', '45'])}" if r.random() < .5 else f"{fdate(r, d, 'us', 1)} at {ftime(r)}", D),
        (a.oneline(), A))
    b.f("VICTIM: ¤  DOB: ¤  Phone: ¤\n", (v.style(r), P), (fdate(r, dob(r), "us", 0), DOBT), (phone(r, "US"), T))
    sus = Person(r, "en")
    b.f("SUSPECT: ¤  DL# ¤ (¤)\nVEHICLE: ¤ sedan, plate ¤, VIN ¤\n\n", (sus.full.upper(), P),
        (r.choice(UP) + dg(r, 7), "DRIVER_LICENSE"), a.region, pick(r, ["gray Honda", "blue Ford", "white Toyota"]), plate(r, "US"), vin(r))
    b.t("NARRATIVE: On arrival I made contact with ").e(v.given, P).t(f" who stated that the suspect had taken a package containing benefit documents from the porch. "
                                                         "The victim said ").e(sus.surname.title() if sus.surname.isupper() else sus.surname, P)
    b.f(" had been seen near ¤ earlier. Estimated loss ¤. Body-worn camera clip ¤.\n", (f"{a.city}, {a.region}", L), amount(r, "$", 40, 900), uuid4(r))
    return b


@kind("us_court_fine_notice")
def g_citation(r):
    b, p, a = Builder(), Person(r, "en"), Addr(r, "US")
    d = rdate(r)
    b.t(pick(r, ["MUNICIPAL COURT - NOTICE OF FINE DUE\n", "TRAFFIC COURT  COURTESY NOTICE\n", "Notice of Delinquent Court Fine\n"]))
    b.f("Citation no.: ¤   Docket: ¤\nDefendant: ¤\n¤\n", f"{rs(r, UP, 2)}{dg(r, 7)}", f"{r.randint(22, 25)}-TR-{dg(r, 5)}", (p.style(r), P), (a.block(), A))
    b.f("Driver license: ¤   Date of birth: ¤\n", (rs(r, UP, 1) + dg(r, r.choice([7, 8, 12])), "DRIVER_LICENSE"), (fdate(r, dob(r), "us", 0), DOBT))
    b.f("Violation: ¤ on ¤ near ¤\n", pick(r, ["Speeding 15+ over limit", "Expired registration", "Failure to stop"]),
        (f"{fdate(r, d, 'us', 2)}, {ftime(r)}", D), (f"{a.city}, {a.region}", L))
    b.f("Fine and costs: ¤   Due by: ¤\nCourt date (if contesting): ¤\n", amount(r, "$", 75, 600),
        (fdate(r, add_days(d, 45), "us", 0), D), (f"{WEEKDAYS['en'][add_days(d, 60).weekday()]}, {fdate(r, add_days(d, 60), 'us', 1)} at {ftime(r)}", D))
    b.f("Pay online: ¤  or by phone ¤. Vehicle plate ¤ may be flagged for non-renewal.\n",
        (f"https://court-pay.example.org/citation?no={dg(r, 8)}", U), (phone(r, "US"), T), plate(r, "US"))
    return b


@kind("us_foia_reply")
def g_foia(r):
    b, req, off = Builder(), Person(r, "en"), Person(r, "en")
    b.f("¤\n\n", (fdate(r, rdate(r), "us", 1), D))
    b.t(f"{title_for(req, 'en')} ").e(req.full, P).t("\n")
    if r.random() < .5:
        b.e(Addr(r, "US").block(), A).t("\n")
    else:
        b.t("Via email: ").e(pmail(r, req), E).t("\n")
    b.f("\nRe: Freedom of Information Act request ¤\n\nDear ¤ ¤:\n\n", case_no(r, "FOIA"), title_for(req, "en"), (req.surname, P))
    b.f("This responds to your request received on ¤ seeking records about the processing of benefit overpayment waivers. "
        "We located ¤ pages of responsive records. We are releasing ¤ pages in full and ¤ pages in part. Portions were withheld "
        "under Exemption (b)(6) and (b)(7)(C) to protect personal privacy. Staff names other than the responsible official were redacted.\n\n",
        (fdate(r, rdate(r), "us", 1), D), r.randint(20, 400), r.randint(1, 20), r.randint(1, 20))
    b.f("You may appeal within 90 days. Questions may be directed to our FOIA Public Liaison, ¤, at ¤ or ¤.\n\nSincerely,\n\n¤\nGovernment Information Specialist\n",
        (off.full, P), (phone(r, "US"), T), (f"foia.liaison@agency.example.gov", E), (off.full, P))
    return b


@kind("caseworker_notes_en")
def g_cw_notes(r):
    b, c = Builder(), Person(r, "en")
    cc = pick(r, ["US", "GB", "CA", "AU"])
    dl = "us" if cc == "US" else "en"
    cw = Person(r, "en")
    b.f("CASE NOTES - client ¤ (file ¤)\nCaseworker: ¤\n\n", (c.style(r), P), case_no(r, "CASE"), (cw.full, P))
    for _ in range(r.randint(3, 5)):
        k = r.randint(0, 5)
        b.t("- ")
        if k == 0:
            b.f("Home visit completed on ¤. Client lives at ¤ with two children; landlord ¤ confirmed rent arrears.\n",
                (fdate(r, rdate(r), dl, 1), D), (Addr(r, cc).oneline(), A), (Person(r, "en").full, P))
        elif k == 1:
            b.f("Phoned client on ¤, no answer. Left voicemail. Alternative number given by sister ¤: ¤.\n",
                (fdate(r, rdate(r), dl), D), (Person(r, c.cul).given, P), (phone(r, cc), T))
        elif k == 2:
            b.f("Client reports moving to ¤ next month; will need transfer of case. Reminded about change-of-circumstances duty.\n",
                (city_like(r, cc), L))
        elif k == 3:
            b.f("Received GP letter (diagnosis ¤). Forwarded to assessor ¤. Decision due ¤.\n",
                icd(r), (Person(r, "en").full, P), (fdate(r, rdate(r), dl, 1), D))
        elif k == 4:
            b.f("Client emailed from ¤ asking about backdating. Explained rules, no action needed for 3 weeks.\n", (pmail(r, c), E))
        else:
            b.t(f"Overpayment of {amount(r, '$' if cc == 'US' else '£', 50, 3000)} confirmed; recovery plan ref {case_no(r, 'OP')}.\n")
    return b


def city_like(r: Random, cc: str) -> str:
    if cc == "US":
        c = pick(r, US_CITIES)
        return f"{c[0]}, {c[1]}" if r.random() < .6 else c[0]
    if cc == "GB":
        return pick(r, GB_TOWNS)
    if cc == "CA":
        return pick(r, CA_CITIES)[0]
    if cc == "AU":
        return pick(r, AU_CITIES)[0]
    if cc == "IE":
        return pick(r, IE_TOWNS)[0]
    return city_of(r, cc)


@kind("citizen_portal_chat_en")
def g_chat_en(r):
    b, c, ag = Builder(), Person(r, "en"), Person(r, "en")
    cc = pick(r, ["US", "GB", "IE", "AU"])
    h, m = r.randint(8, 17), r.randint(0, 40)

    def line(who):
        nonlocal m
        m = min(59, m + r.randint(0, 3))
        b.t(f"[{h:02d}:{m:02d}] {who}: ")
    b.t(f"Chat transcript - {pick(r, ['MyBenefits portal', 'Citizen Services live chat', 'Tax Helpline webchat'])} - session {uuid4(r)}\n")
    line("Bot")
    b.t("You are now connected to ").e(ag.given, P).t(".\n")
    line(ag.given)
    b.t("Hi, how can I help you today?\n")
    line("Visitor")
    b.t(pick(r, ["hi i cant log in to my account, it keeps saying locked", "Hello, my payment didn't arrive this week",
                 "I need to update my address please"]) + "\n")
    line(ag.given)
    b.t("I can help with that. Can you confirm your full name and date of birth?\n")
    line("Visitor")
    b.f("¤, born ¤\n", (c.full.lower() if r.random() < .3 else c.full, P), (fdate(r, dob(r), "us" if cc == "US" else "en"), DOBT))
    k = r.randint(0, 3)
    line("Visitor")
    if k == 0:
        b.f("my password was ¤ if that helps\n", (password(r), "PASSWORD"))
        line(ag.given)
        b.t("Please never share your password in chat. I have reset your access; you will get a link by email.\n")
    elif k == 1:
        b.f("new address is ¤\n", (Addr(r, cc).oneline(), A))
    elif k == 2:
        b.f("you can call me on ¤ or email ¤\n", (phone(r, cc), T), (pmail(r, c), E))
    else:
        b.f("i want to pay the fine now, my card is ¤\n", (make_card(r), "CREDIT_CARD"))
        line(ag.given)
        b.t("For your security please do not type card numbers here. Use the secure payment page instead.\n")
    line(ag.given)
    b.t(f"Thanks. I've added a note to reference {case_no(r)}. Anything else?\n")
    line("Visitor")
    b.t(pick(r, ["no thats all thanks", "No, thank you!", "ok bye"]) + "\n")
    return b


@kind("egov_api_jsonlog")
def g_api_jsonlog(r):
    b = Builder()
    for _ in range(r.randint(3, 6)):
        k = r.randint(0, 3)
        b.t('{"ts":"' + log_ts(r) + '","level":"' + pick(r, ["info", "warn", "error"]) + '","svc":"' + pick(r, ["tax-efile-gw", "benefit-api", "citizen-id"]) + '",')
        b.t('"client_ip":"').e(ip(r), IP).t('",')
        if k == 0:
            b.t('"method":"POST","path":"/v2/returns","status":201,"request_id":"' + uuid4(r) + '"}\n')
        elif k == 1:
            b.t('"msg":"auth header","authorization":"Bearer ').e(make_jwt(r), "JWT").t('"}\n')
        elif k == 2:
            b.t('"msg":"profile update","email":"').e(pmail(r, Person(r, "en")), E).t('","latency_ms":' + str(r.randint(4, 900)) + '}\n')
        else:
            b.t('"msg":"upstream call","url":"').e(f"https://api.{pick(r, ['revenue', 'benefits', 'registry'])}.example/v1/persons?lookup={dg(r, 6)}", U)
            b.t('","x-api-key":"').e(generic_secret(r), "GENERIC_SECRET").t('"}\n')
    return b


@kind("egov_service_config_yaml")
def g_cfg_yaml(r):
    b = Builder()
    svc = pick(r, ["benefits-portal", "fines-payments", "tax-refund-worker", "registry-sync"])
    b.t(f"# {svc} configuration - do not commit\nservice:\n  name: {svc}\n  version: {version(r)}\n  region: eu-central-1\n")
    b.t("database:\n  url: postgresql://svc_app:").e(password(r), "PASSWORD").t(f"@db-{r.randint(1, 3)}.internal.example:5432/{svc.replace('-', '_')}\n")
    b.t("  pool_size: " + str(r.randint(5, 40)) + "\naws:\n  access_key_id: ").e(aws_access(r), "AWS_ACCESS_KEY").t("\n  secret_access_key: ").e(aws_secret(r), "AWS_SECRET_KEY").t("\n")
    if r.random() < .5:
        b.t("payments:\n  stripe_secret: ").e(stripe_key(r), "STRIPE_KEY").t("\n  webhook_secret: ").e("whsec_" + rs(r, ALNUM, 32), "GENERIC_SECRET").t("\n")
    if r.random() < .5:
        b.t("notifications:\n  slack_bot_token: ").e(slack_token(r), "SLACK_TOKEN").t("\n  channel: '#benefit-ops'\n")
    b.t("smtp:\n  password: ${SMTP_PASSWORD}\n  from: ").e(f"no-reply@{svc}.example.org", E).t("\nallowed_cidrs:\n  - ").e(ip4(r), IP).t("/32\n")
    return b


@kind("k8s_secret")
def g_k8s(r):
    b = Builder()
    ns = pick(r, ["tax-prod", "benefits", "citizen-portal", "courts-fines"])
    b.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {ns}-credentials\n  namespace: {ns}\n  uid: {uuid4(r)}\ntype: Opaque\ndata:\n")
    for key, typ in [(pick(r, ["DB_PASSWORD", "POSTGRES_PASSWORD", "ADMIN_PASSWORD"]), "PASSWORD"),
                     (pick(r, ["API_TOKEN", "REGISTRY_API_KEY", "OAUTH_CLIENT_SECRET", "SIGNING_KEY"]), "GENERIC_SECRET")]:
        raw = password(r) if typ == "PASSWORD" else generic_secret(r)
        b.t(f"  {key}: ").e(base64.b64encode(raw.encode()).decode(), typ).t("\n")
    b.t("  DB_USER: ").e(base64.b64encode(b"svc_app").decode(), "GENERIC_SECRET").t("\n  DB_HOST: ").e(base64.b64encode(b"postgres.internal").decode(), "GENERIC_SECRET").t("\n")
    return b


@kind("fines_payment_dotenv")
def g_dotenv(r):
    b = Builder()
    b.t(f"# .env for court-fines payment service (build {sha(r, 7)})\nNODE_ENV=production\nPORT={r.randint(3000, 9000)}\n")
    b.t("STRIPE_SECRET_KEY=").e(stripe_key(r), "STRIPE_KEY").t("\nSTRIPE_WEBHOOK_SECRET=").e("whsec_" + rs(r, ALNUM, 32), "GENERIC_SECRET").t("\n")
    b.t("AWS_ACCESS_KEY_ID=").e(aws_access(r), "AWS_ACCESS_KEY").t("\nAWS_SECRET_ACCESS_KEY=").e(aws_secret(r), "AWS_SECRET_KEY").t("\n")
    b.t("DATABASE_URL=mysql://fines:").e(password(r), "PASSWORD").t("@fines-db.internal.example:3306/fines\n")
    if r.random() < .5:
        b.t("GITHUB_TOKEN=").e(gh_token(r), "GITHUB_TOKEN").t("\n")
    b.t("SENTRY_DSN=${SENTRY_DSN}\nCOURT_API_BASE=").e("https://api.courts.example/v3", U).t("\nCOURT_API_KEY=").e(generic_secret(r), "GENERIC_SECRET").t("\n")
    b.t("# old key revoked: sk_live_****************\n")
    return b


@kind("ci_workflow_leak")
def g_ci(r):
    b = Builder()
    b.t(f"name: deploy-benefits-api\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    steps:\n"
        f"      - uses: actions/checkout@{sha(r, 40)}\n      - name: Configure AWS\n        env:\n"
        "          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b.t("      - name: Notify\n        run: |\n          curl -s -H \"Authorization: Bearer ").e(slack_token(r), "SLACK_TOKEN")
    b.t("\" -d 'channel=#deploys' ").e("https://slack.example.com/api/chat.postMessage", U).t("\n")
    if r.random() < .6:
        b.t("      - name: Mirror\n        env:\n          GH_PAT: ").e(gh_token(r), "GITHUB_TOKEN").t("  # TODO move to secrets\n")
    if r.random() < .4:
        b.t("      - name: Legacy upload\n        run: aws s3 cp build/ s3://egov-artifacts/ --recursive\n        env:\n          AWS_ACCESS_KEY_ID: ")
        b.e(aws_access(r), "AWS_ACCESS_KEY").t("\n          AWS_SECRET_ACCESS_KEY: ").e(aws_secret(r), "AWS_SECRET_KEY").t("\n")
    return b


@kind("uk_child_benefit_claim")
def g_ch_benefit(r):
    b, p, a = Builder(), Person(r, "gb"), Addr(r, "GB")
    b.t("Child Benefit claim form CH2 - summary of answers\n\nPart 1 About you\n")
    b.kv("Surname or family name", p.surname, P).kv("All other names", p.given + (f" {p.middle}" if p.middle else ""), P)
    b.kv("Date of birth", fdate(r, dob(r), "en", 0), DOBT).kv("Address", a.block(", "), A)
    b.kv("Daytime phone number", phone(r, "GB"), T)
    if r.random() < .6:
        b.kv("Email", pmail(r, p), E)
    b.t("\nPart 2 About the children\n")
    for i in range(r.randint(1, 3)):
        ch = Person(r, "gb")
        b.f("Child ¤: ¤ ¤, born ¤, ¤\n", i + 1, (ch.given, P), (p.surname, P), (fdate(r, child_dob(r), "en", r.randint(0, 1)), DOBT), "girl" if ch.female else "boy")
    b.t("\nPart 5 Bank details\n")
    b.kv("Name of account holder", p.full, P).kv("Sort code", f"{dg(r, 2)}-{dg(r, 2)}-{dg(r, 2)}").kv("Account number", dg(r, 8), ACC)
    b.t("Building society roll number: not applicable\n")
    return b


@kind("uk_state_pension_statement")
def g_uk_pension(r):
    b, p, a = Builder(), Person(r, "gb"), Addr(r, pick(r, ["GB", "GB", "IE"]))
    b.t("Pension Service\nYour State Pension statement\n\n").e(p.full, P).t("\n").e(a.block(), A).t("\n\n")
    b.f("Date: ¤\nOur reference: ¤\n\n", (fdate(r, rdate(r), "en", 1), D), f"{rs(r, UP, 2)}/{dg(r, 6)}")
    b.t(f"Dear {title_for(p, 'en')} ").e(p.surname, P).t(",\n\n")
    b.f("You can get your State Pension on ¤. Based on your National Insurance record you could get ¤ a week. "
        "You have ¤ full qualifying years. You may be able to pay voluntary contributions to fill gaps in ¤ and ¤.\n\n",
        (fdate(r, rdate(r, 2026, 2034), "en", 1), D), amount(r, "£", 120, 230), r.randint(10, 35), r.randint(2006, 2012), r.randint(2013, 2019))
    b.f("Contact us on ¤ (textphone 0800 731 0176) quoting the reference above.\n", (phone(r, "GB"), T))
    return b


@kind("uk_council_tax_bill")
def g_council_tax(r):
    b, p, a = Builder(), Person(r, "gb"), Addr(r, "GB")
    y = r.randint(2023, 2025)
    b.t(f"COUNCIL TAX DEMAND NOTICE {y}/{(y + 1) % 100:02d}\n\n")
    b.f("Account number: ¤\nIssue date: ¤\n\n¤\n¤\n\n", (dg(r, r.choice([8, 9, 10])), ACC), (fdate(r, rdate(r), "en", 0), D),
        (p.style(r), P), (a.block(), A))
    b.t("Property: ").e(a.street + ", " + a.city, A).t(f"\nValuation band: {r.choice('ABCDEFG')}   Single person discount: 25%\n\n")
    b.t("Instalments:\n")
    d = rdate(r)
    for i in range(r.randint(2, 4)):
        b.e(fdate(r, add_days(d, 30 * i), "en", 0), D).t(f"    {amount(r, '£', 90, 250)}\n")
    b.f("\nPay by Direct Debit at ¤ or call ¤.\n", (f"https://www.council.example.gov.uk/counciltax/{dg(r, 6)}", U), (phone(r, "GB"), T))
    return b


@kind("uc_journal")
def g_uc_journal(r):
    b, c, wc = Builder(), Person(r, "gb"), Person(r, "gb")
    b.t("Universal Credit - Journal (exported)\n\n")
    ad = rdate(r)
    h = r.randint(8, 15)
    b.t(f"[{h:02d}:{r.randint(0, 59):02d}] Work coach (").e(wc.given, P).t("): Hello ").e(c.given, P)
    b.f(", your next appointment is on ¤ at the Jobcentre in ¤. Please bring your CV.\n",
        (f"{WEEKDAYS['en'][ad.weekday()]} {fdate(r, ad, 'en', 1)} at {ftime(r, 'en')}", D), (pick(r, GB_TOWNS), L))
    b.t(f"[{h + 1:02d}:{r.randint(0, 59):02d}] You: ")
    k = r.randint(0, 2)
    if k == 0:
        b.f("I can't make that, I have an interview at ¤ that day. My new mobile is ¤\n", (Addr(r, "GB").street, A), (phone(r, "GB"), T))
    elif k == 1:
        b.f("ok. my landlord ¤ has put the rent up to ¤ from next month\n", (Person(r, "gb").full, P), amount(r, "£", 400, 1200))
    else:
        b.t("Thanks, I'll be there. Is my sanction still running? It has been 3 weeks\n")
    b.t(f"[{h + 2:02d}:{r.randint(0, 59):02d}] Work coach (").e(wc.given, P).t(f"): Noted. I've added a to-do for you (ref {case_no(r, 'TD')}).\n")
    return b


@kind("housing_benefit_email")
def g_hb_email(r):
    b, c, o = Builder(), Person(r, "en"), Person(r, "gb")
    a = Addr(r, pick(r, ["GB", "IE"]))
    b.t("From: \"").e(o.full, P).t("\" <").e(f"{slug(o.given)}.{slug(o.surname)}@housing.council.example", E).t(">\nTo: ").e(pmail(r, c), E)
    b.t(f"\nDate: {email_date_hdr(r)}\nSubject: Re: Housing Benefit claim {case_no(r, 'HB')}\n\n")
    b.t(f"Dear {title_for(c, 'en')} ").e(c.surname, P).t(",\n\n")
    b.f("Thank you for the tenancy agreement for ¤. We still need your last two payslips and bank statements for account ending ¤ "
        "before we can decide the claim. Please upload them by ¤.\n\n", (a.oneline(), A), dg(r, 4), (fdate(r, rdate(r), "en", 1), D))
    b.f("If you have any questions, call me on ¤.\n\nKind regards\n¤\nBenefits Officer\n", (phone(r, a.cc), T), (o.given, P))
    return b


@kind("sepa_benefit_payments_xml")
def g_sepa(r):
    b, ntx = Builder(), r.randint(2, 3)
    b.t(f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">\n<CstmrCdtTrfInitn>\n'
        f'<GrpHdr><MsgId>BEN{dg(r, 12)}</MsgId><NbOfTxs>{ntx}</NbOfTxs></GrpHdr>\n<PmtInf>\n  <ReqdExctnDt>')
    b.e(rdate(r).isoformat(), D).t("</ReqdExctnDt>\n")
    for _ in range(ntx):
        cc = pick(r, list(LANG_CC.values()) + ["BE", "AT"])
        p = Person(r, EU[cc]["lang"] if EU[cc]["lang"] in NAMES else "de")
        b.t(f"  <CdtTrfTxInf><PmtId><EndToEndId>E2E-{dg(r, 10)}</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">{r.randint(100, 2500)}.{dg(r, 2)}</InstdAmt></Amt>\n")
        b.t(f"    <CdtrAgt><FinInstnId><BIC>{bic(r, cc)}</BIC></FinInstnId></CdtrAgt><Cdtr><Nm>").e(p.full.upper() if r.random() < .4 else p.full, P)
        b.t("</Nm></Cdtr>\n    <CdtrAcct><Id><IBAN>").e(make_iban(r, cc, False), "IBAN_CODE").t(f"</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Child benefit {case_no(r, 'KB')}</Ustrd></RmtInf></CdtTrfTxInf>\n")
    b.t("</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n")
    return b


@kind("benefit_payments_csv")
def g_pay_csv(r):
    b = Builder()
    b.t("payee_name;iban;amount_eur;value_date;reference\n")
    for _ in range(r.randint(3, 6)):
        cc = pick(r, ["DE", "NL", "FR", "IE", "BE", "AT", "FI", "PT"])
        p = Person(r, EU[cc]["lang"] if cc in EU and EU[cc]["lang"] in NAMES else "gb")
        b.e(f"{p.surname}, {p.given}" if r.random() < .5 else p.full, P).t(";").e(make_iban(r, cc, r.random() < .3), "IBAN_CODE")
        b.t(f";{r.randint(80, 2400)},{dg(r, 2)};").e(fdate(r, rdate(r), pick(r, ["iso", "de"]), 0), D).t(f";{case_no(r, 'PAY')}\n")
    b.t(f"# total rows ok; rejected: 1 (IBAN checksum) DE{dg(r, 20)}\n")
    return b


@kind("ie_revenue_ocr_scan")
def g_ie_ocr(r):
    b, p, a = Builder(), Person(r, pick(r, ["gb", "en"])), Addr(r, "IE")
    noise = lambda s: "".join(pick(r, [c, c, c, c, c, c, c, c, {"o": "0", "l": "1", "e": "c", "a": "o", "i": "l"}.get(c, c)]) for c in s)
    b.t(noise("Revenue - Preliminary End of Year Statement") + f"  {r.randint(2020, 2023)}\n~~ page 1 of 2 ~~\n")
    b.t(noise("Name") + " :: ").e(p.full.upper(), P).t("\n" + noise("Address") + " :: ").e(a.oneline().upper(), A).t("\n")
    b.t(noise("Date of issue") + " . . ").e(fdate(r, rdate(r), "en", 0), D).t("\n")
    b.t(noise("Gross pay") + f" ..... €{r.randint(20000, 90000):,}.{dg(r, 2)}\n" + noise("Tax credits") + f" ..... €{r.randint(1000, 4000):,}\n")
    b.t(noise("Overpayment will be refunded to IBAN") + " ").e(make_iban(r, "IE", True), "IBAN_CODE").t(f"\nBIC {bic(r, 'IE')}\n")
    b.t(noise("Queries: MyEnquiries or phone") + " ").e(phone(r, "IE"), T).t("\n|||  ' . ,,  |\n")
    return b


@kind("tribunal_hearing_transcript")
def g_transcript(r):
    b, ap, j, rep = Builder(), Person(r, "en"), Person(r, "gb"), Person(r, "gb")
    b.f("SOCIAL SECURITY AND CHILD SUPPORT TRIBUNAL\nAppeal ¤ - hearing held ¤\nJudge: ¤   Presenting officer: ¤\n\n",
        f"SC{dg(r, 3)}/{r.randint(22, 25)}/{dg(r, 5)}", (fdate(r, rdate(r), "en", 1), D), (j.full, P), (rep.full, P))
    t = 0
    for who, k in [("JUDGE", 0), ("APPELLANT", 1), ("JUDGE", 2), ("APPELLANT", 3), ("PRESENTING OFFICER", 4)]:
        t += r.randint(20, 200)
        b.t(f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d} {who}: ")
        if k == 0:
            b.t("Can you confirm your full name and date of birth for the record?\n")
        elif k == 1:
            b.f("Yes, it's ¤, born ¤.\n", (ap.full, P), (fdate(r, dob(r), "en", 1), DOBT))
        elif k == 2:
            b.t(f"Thank you, {title_for(ap, 'en')} ").e(ap.surname, P).t(". You say you could not walk more than 50 metres on the day of the assessment?\n")
        elif k == 3:
            b.f("That's right. My daughter ¤ had to drive me from ¤ because of the pain.\n", (Person(r, ap.cul).given, P), (pick(r, GB_TOWNS), L))
        else:
            b.t("The department relies on the report dated ").e(fdate(r, rdate(r), "en", 1), D).t(" which awarded 4 points under descriptor 1c.\n")
    return b


@kind("fine_card_dispute_email")
def g_card_dispute(r):
    b, c = Builder(), Person(r, "en")
    cc = pick(r, ["US", "GB", "CA", "AU"])
    b.t("From: ").e(pmail(r, c), E).t("\nTo: ").e("payments@fines.example.gov", E).t(f"\nDate: {email_date_hdr(r)}\nSubject: charged twice for parking fine {rs(r, UP, 2)}{dg(r, 8)}\n\n")
    b.t("Hello,\n\nI paid my parking fine online on ").e(fdate(r, rdate(r), "us" if cc == "US" else "en", 1), D)
    b.f(" and the card was charged twice (transaction ids ¤ and ¤). The card used was ¤. "
        "My old card ending ¤ was cancelled so please don't refund to that one.\n\n", dg(r, 12), dg(r, 12), (make_card(r), "CREDIT_CARD"), dg(r, 4))
    b.f("Please call me on ¤ if you need anything else.\n\nThanks,\n¤\n", (phone(r, cc), T), (c.full, P))
    return b


@kind("agency_sms_batch")
def g_sms(r):
    b = Builder()
    cc = pick(r, ["GB", "AU", "US", "IE"])
    dl = "us" if cc == "US" else "en"
    b.t(f"SMS gateway export - campaign {case_no(r, 'SMS')}\nto;message\n")
    for _ in range(r.randint(2, 4)):
        p = Person(r, "en")
        b.e(phone(r, cc), T).t(";")
        k = r.randint(0, 2)
        if k == 0:
            b.f("Hi ¤, reminder: your benefit review appointment is ¤ at ¤. Reply STOP to opt out.\n",
                (p.given, P), (f"{fdate(r, rdate(r), dl, 2)} {ftime(r, 'us' if cc == 'US' else 'en')}", D), (city_like(r, cc), L))
        elif k == 1:
            b.t(f"Your payment of {amount(r, '£' if cc == 'GB' else '$', 50, 900)} has been issued. Allow 3 working days. Ref {dg(r, 8)}.\n")
        else:
            b.f("¤, we could not verify your ID. Call us on ¤ within 14 days.\n", (p.full, P), (phone(r, cc), T))
    return b


@kind("us_voter_record")
def g_voter(r):
    b, p, a = Builder(), Person(r, "en"), Addr(r, "US")
    b.t("VOTER REGISTRATION RECORD\n" + "=" * 28 + "\n")
    rows = [("Voter ID", dg(r, 9), None), ("Name", p.style(r), P), ("Birth date", fdate(r, dob(r), "us", 0), DOBT),
            ("Residence address", a.oneline(), A), ("Registration date", fdate(r, rdate(r, 2008, 2024), "us", 0), D),
            ("Party", pick(r, ["DEM", "REP", "UNA", "LIB", "GRN"]), None), ("Precinct", f"{dg(r, 3)}-{r.choice(UP)}", None),
            ("ID provided", pick(r, ["DL ", "STATE ID "]) + r.choice(UP) + dg(r, 7), None)]
    for lab, v, t in rows:
        if lab == "ID provided":
            b.t(f"{lab:<20}{v[:-8]}").e(v[-8:], "DRIVER_LICENSE").t("\n")
        else:
            b.t(f"{lab:<20}").e(v, t).t("\n")
    b.t(f"Status: ACTIVE   Last voted: {r.randint(2018, 2024)} general\n")
    return b


@kind("dmv_driver_record")
def g_dmv(r):
    b, p, a = Builder(), Person(r, "en"), Addr(r, "US")
    b.t(f"DEPARTMENT OF MOTOR VEHICLES - DRIVER RECORD ABSTRACT\nRequested by court for case {case_no(r, 'CR')}\n\n")
    b.f("LICENSE NO: ¤   CLASS: ¤   STATUS: ¤\nNAME: ¤\nDOB: ¤   SEX: ¤   HGT: ¤\nADDRESS: ¤\nEXPIRES: ¤\n\n",
        (pick(r, [r.choice(UP) + dg(r, 7), dg(r, 3) + " " + dg(r, 3) + " " + dg(r, 3), r.choice(UP) + dg(r, 12)]), "DRIVER_LICENSE"),
        r.choice("ABCDM"), pick(r, ["VALID", "SUSPENDED", "REVOKED"]), (f"{p.surname.upper()}, {p.given.upper()}", P),
        (fdate(r, dob(r), "us", 0), DOBT), pick(r, ["M", "F", "X"]), f"{r.randint(5, 6)}-{r.randint(0, 11):02d}",
        (a.oneline().upper(), A), (fdate(r, rdate(r, 2025, 2030), "us", 0), D))
    b.t("VIOLATIONS / FTA\n")
    for _ in range(r.randint(1, 3)):
        b.e(fdate(r, rdate(r, 2019, 2024), "us", 0), D).t(f"  {pick(r, ['SPEEDING', 'FTA COURT FINE', 'NO INSURANCE', 'RED LIGHT'])}  PTS {r.randint(0, 4)}  PLATE {plate(r, 'US')}\n")
    return b


@kind("interagency_meeting_ics")
def g_ics(r):
    b, org, att = Builder(), Person(r, "en"), Person(r, "en")
    d = rdate(r)
    stamp = f"{rdate(r).strftime('%Y%m%d')}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z"
    b.t(f"BEGIN:VCALENDAR\nPRODID:-//Agency Calendar//EN\nBEGIN:VEVENT\nUID:{uuid4(r)}\nDTSTAMP:{stamp}\nCREATED:{stamp}\n")
    h = r.randint(8, 16)
    b.t("DTSTART:").e(f"{d.strftime('%Y%m%d')}T{h:02d}0000", D).t("\nDTEND:").e(f"{d.strftime('%Y%m%d')}T{h + 1:02d}0000", D).t("\n")
    b.t(f"SUMMARY:Case conference - benefit fraud referral {case_no(r, 'FR')}\nORGANIZER;CN=").e(org.full, P).t(":mailto:").e(f"{slug(org.given)}.{slug(org.surname)}@agency.example.gov", E).t("\n")
    b.t("ATTENDEE;CN=").e(att.full, P).t(";ROLE=REQ-PARTICIPANT:mailto:").e(pmail(r, att), E).t("\n")
    b.t("DESCRIPTION:Join online: ").e(f"https://meet.example.com/j/{dg(r, 10)}", U).t("\\nPasscode: ").e(passcode(r), "PASSWORD")
    b.t("\\nDial-in: ").e(phone(r, "US"), T).t(f"\\nDo not share outside the team.\nLAST-MODIFIED:{stamp}\nEND:VEVENT\nEND:VCALENDAR\n")
    return b


@kind("caseworker_vcard")
def g_vcard(r):
    b, p = Builder(), Person(r, pick(r, ["us", "gb", "hisp", "in"]))
    cc = "US" if p.cul in ("us", "hisp", "in") else "GB"
    a = Addr(r, cc)
    b.t("BEGIN:VCARD\nVERSION:3.0\nN:").e(f"{p.surname};{p.given}" + (f";{p.middle}" if p.middle else ""), P).t(";;\nFN:").e(p.full, P).t("\n")
    b.t(f"ORG:{pick(r, ['Department of Human Services', 'Office of Child Support Enforcement', 'Revenue Department'])}\nTITLE:{pick(r, ['Caseworker II', 'Eligibility Specialist', 'Tax Examiner'])}\n")
    b.t("TEL;TYPE=WORK,VOICE:").e(phone(r, cc), T).t("\nEMAIL;TYPE=WORK:").e(f"{slug(p.given)}.{slug(p.surname)}@dhs.example.gov", E).t("\n")
    b.t("ADR;TYPE=WORK:;;").e(f"{a.street};{a.city};{a.region};{a.postcode};{a.country}", A).t("\n")
    if r.random() < .5:
        b.t("BDAY:").e(dob(r).isoformat(), DOBT).t("\n")
    b.t("END:VCARD\n")
    return b


@kind("tax_helpdesk_ticket")
def g_ticket(r):
    b, rep, ag = Builder(), Person(r, "en"), Person(r, "en")
    b.t(f"Ticket {case_no(r, 'TAXHELP')}  | Priority: {pick(r, ['P2', 'P3'])} | Component: e-file gateway\n")
    b.t("Reporter: ").e(rep.full, P).t(" <").e(pmail(r, rep), E).t(">\nAssignee: ").e(ag.given + " " + ag.surname, P).t("\n\nDescription:\n")
    b.f("Submitting a return fails with HTTP 502 after upload. Client version ¤, browser Chrome ¤. Source IP ¤. ",
        version(r), f"{r.randint(110, 125)}.0.{dg(r, 4)}.{dg(r, 2)}", (ip(r), IP))
    if r.random() < .6:
        b.t("Our software sends key ").e(generic_secret(r), "GENERIC_SECRET").t(" in the X-Api-Key header (please rotate after checking).\n")
    else:
        b.t("Logs attached, trace id " + sha(r, 32) + ".\n")
    b.t("\nComment by ").e(ag.given, P).t(": reproduced on staging, see ").e(f"https://status.efile.example/incidents/{dg(r, 5)}", U).t(". Fix in release " + version(r) + ".\n")
    return b


@kind("portal_access_log")
def g_nginx(r):
    b = Builder()
    for _ in range(r.randint(5, 10)):
        d = rdate(r)
        b.e(ip(r), IP).t(f" - - [{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000] ")
        path = pick(r, ["/api/v1/claims/status", "/account/login", "/benefits/apply/step3", "/static/app.js", "/tax/refund-status"])
        b.t(f"\"{pick(r, ['GET', 'POST'])} {path}?id={dg(r, 6)} HTTP/1.1\" {pick(r, [200, 200, 302, 404, 500])} {r.randint(200, 90000)} \"")
        if r.random() < .5:
            b.e(f"https://portal.{pick(r, ['mygov', 'citizen', 'taxonline'])}.example{pick(r, ['/', '/home', '/search?q=child+benefit'])}", U)
        else:
            b.t("-")
        b.t(f"\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{r.randint(110, 125)}.0\"\n")
    return b


@kind("egov_audit_csv")
def g_audit(r):
    b = Builder()
    b.t("event_time,actor,action,record_id,source_ip,note\n")
    for _ in range(r.randint(4, 8)):
        b.t(log_ts(r) + ",")
        if r.random() < .5:
            b.e(f"{rs(r, 'abcdefghijklmnopqrstuvwxyz', 1)}.{slug(Person(r, 'en').surname)}@agency.example.gov", E)
        else:
            b.t(f"svc_{pick(r, ['batch', 'etl', 'sync'])}")
        b.t(f",{pick(r, ['VIEW', 'EXPORT', 'UPDATE', 'PRINT'])},{case_no(r, 'REC')},").e(ip(r), IP)
        b.t("," + pick(r, ["", "bulk export", "address change", "override approved", f"job {uuid4(r)}"]) + "\n")
    return b


@kind("benefit_fraud_referral")
def g_fraud(r):
    b, s, a = Builder(), Person(r, "en"), Addr(r, "US")
    b.t(f"CONFIDENTIAL - FRAUD REFERRAL {case_no(r, 'OIG')}\n\nSubject: ").e(s.style(r), P).t("  AKA ").e(f"{s.given[0]}. {s.surname}", P).t("\n")
    b.f("SSN: ¤   DOB: ¤\nLast known address: ¤\nPhone: ¤\n\n", (make_ssn(r), "US_SSN"), (fdate(r, dob(r), "us", 0), DOBT), (a.oneline(), A), (phone(r, "US"), T))
    b.f("Allegation: subject received SNAP and unemployment benefits in ¤ while reporting full-time wages in ¤. "
        "Deposits went to checking account ¤ and prepaid card account ¤ (issuer confirms). Associate ¤ appears on the lease at the same address. "
        "Vehicle registered: plate ¤.\n\nEstimated overpayment: ¤\n",
        (a.region, L), (city_like(r, "US"), L), (dg(r, 10), ACC), (dg(r, 12), ACC), (Person(r, "en").full, P), plate(r, "US"), amount(r, "$", 2000, 40000))
    return b


@kind("child_support_notice")
def g_child_support(r):
    b, ob, oe = Builder(), Person(r, "en"), Person(r, "en")
    a = Addr(r, "US")
    b.f("ORDER/NOTICE TO WITHHOLD INCOME FOR CHILD SUPPORT\nCase ID: ¤   Date: ¤\n\nEmployer: ¤\n\n",
        case_no(r, "CSE"), (fdate(r, rdate(r), "us", 0), D), pick(r, ["Lakeside Warehouse Co.", "Morgan & Sons Plumbing", "Hillcrest Nursing Home"]))
    b.f("Employee/Obligor: ¤\nSSN: ¤   DOB: ¤\nAddress: ¤\n\nCustodial party: ¤\n", (f"{ob.surname}, {ob.given}", P), (make_ssn(r), "US_SSN"),
        (fdate(r, dob(r), "us", 0), DOBT), (a.oneline(), A), (oe.full, P))
    for _ in range(r.randint(1, 3)):
        ch = Person(r, ob.cul)
        b.f("Child: ¤   DOB ¤\n", (f"{ch.given} {ob.surname}", P), (fdate(r, child_dob(r), "us", 0), DOBT))
    b.f("\nWithhold ¤ per week. Begin no later than the first pay period after ¤. Remit to the State Disbursement Unit, ¤.\n",
        amount(r, "$", 50, 400), (fdate(r, rdate(r), "us", 1), D), (f"PO Box {dg(r, 5)}, {a.city}, {a.region} {a.postcode}", A))
    return b


@kind("property_tax_assessment")
def g_prop_tax(r):
    b, p, a = Builder(), Person(r, "en"), Addr(r, pick(r, ["US", "US", "CA"]))
    b.t(f"NOTICE OF PROPERTY ASSESSMENT  {r.randint(2023, 2025)}\nParcel: {dg(r, 3)}-{dg(r, 3)}-{dg(r, 3)}   Roll no. {dg(r, 10)}\n\n")
    b.t("Owner(s): ").e(f"{p.surname.upper()}, {p.given.upper()}", P)
    if r.random() < .5:
        b.t(" & ").e(Person(r, p.cul).given.upper(), P)
    b.t("\nMailing address: ").e(a.oneline(), A).t("\nProperty location: ").e(Addr(r, a.cc).street, A).t("\n\n")
    b.t(f"Assessed value: {amount(r, '$', 90000, 900000)}   Previous: {amount(r, '$', 90000, 900000)}\nTax class: {r.randint(1, 4)}\n\n")
    b.f("If you disagree, file an appeal by ¤. Hearings start ¤. Phone ¤ or visit ¤\n", (fdate(r, rdate(r), "us", 1), D),
        (fdate(r, rdate(r), "us", 1), D), (phone(r, a.cc), T), (f"https://assessor.{slug(a.city)}.example.gov/appeals", U))
    return b


@kind("ca_notice_of_assessment")
def g_cra(r):
    b, p, a = Builder(), Person(r, pick(r, ["us", "gb", "zh", "in", "vi"])), Addr(r, "CA")
    b.t(f"Canada Revenue Agency\nNotice of assessment - tax year {r.randint(2020, 2023)}\n\n")
    b.f("Date issued: ¤\n\n¤\n¤\n\n", (fdate(r, rdate(r), "us", 1), D), (p.full.upper(), P), (a.block().upper(), A))
    b.f("We assessed your return and calculated your balance as ¤ refund. The refund was deposited into your account ending ¤. "
        "Your RRSP deduction limit for next year is ¤.\n\nQuestions? Call ¤ or sign in at ¤.\n",
        amount(r, "$", 10, 4000), dg(r, 3), amount(r, "$", 3000, 30000), (phone(r, "CA"), T), ("https://www.cra-arc.example.ca/myaccount", U))
    return b


@kind("au_centrelink_letter")
def g_centrelink(r):
    b, p, a = Builder(), Person(r, pick(r, ["gb", "zh", "vi", "ar", "in"])), Addr(r, "AU")
    b.f("Services Australia\n¤\n\n¤\n¤\n\nCustomer Reference Number: ¤\n\n", (fdate(r, rdate(r), "en", 1), D), (p.full, P), (a.block(), A), f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}{r.choice(UP)}")
    b.f("Dear ¤\n\nWe have assessed your claim for ¤. From ¤ you will be paid ¤ per fortnight into your bank account (BSB ¤, account ¤).\n\n",
        (p.given, P), pick(r, ["JobSeeker Payment", "Family Tax Benefit", "Age Pension", "Youth Allowance"]), (fdate(r, rdate(r), "en", 1), D),
        amount(r, "$", 300, 1200), f"{dg(r, 3)}-{dg(r, 3)}", (dg(r, 8), ACC))
    b.f("If you think this decision is wrong, call us on ¤ within 13 weeks.\n", (phone(r, "AU"), T))
    return b


@kind("efile_refund_json")
def g_efile_json(r):
    b, p, a = Builder(), Person(r, "us"), Addr(r, "US")
    i = "  "
    b.t("{\n" + i + f'"submissionId": "{uuid4(r)}",\n' + i + f'"taxYear": {r.randint(2021, 2024)},\n' + i + '"taxpayer": {\n')
    b.t(i * 2 + '"firstName": "').e(p.given, P).t('",\n' + i * 2 + '"lastName": "').e(p.surname, P).t('",\n')
    b.t(i * 2 + '"ssn": "').e(make_ssn(r, pick(r, ["", "-"])), "US_SSN").t('",\n' + i * 2 + '"dateOfBirth": "').e(dob(r).isoformat(), DOBT).t('"\n' + i + "},\n")
    b.t(i + '"address": {"line1": "').e(a.street, A).t('", "city": "').e(a.city, L).t('", "state": "').e(a.region, L).t(f'", "zip": "{a.postcode}"' + "},\n")
    b.t(i + f'"refund": {{"amount": {r.randint(100, 9000)}.{dg(r, 2)}, "routingNumber": "{routing(r)}", "accountNumber": "').e(dg(r, r.randint(8, 12)), ACC).t('", "type": "CHECKING"},\n')
    b.t(i + '"clientIp": "').e(ip(r), IP).t('",\n' + i + f'"softwareId": "{dg(r, 8)}", "ipPin": "******"\n' + "}\n")
    return b


@kind("court_fines_table")
def g_fines_table(r):
    b = Builder()
    b.t(f"Magistrates' court - outstanding fines list (run {sha(r, 8)})\n\n| Defendant | DOB | Account | Offence | Balance | Next hearing |\n|---|---|---|---|---|---|\n")
    for _ in range(r.randint(3, 6)):
        p = Person(r, pick(r, ["gb", "gb", "en"]))
        b.t("| ").e(p.style(r), P).t(" | ").e(fdate(r, dob(r), "en", 0), DOBT).t(f" | {dg(r, 2)}/{dg(r, 6)}/{rs(r, UP, 1)} | {pick(r, ['TV licence', 'Speeding', 'Fare evasion', 'No insurance'])} | {amount(r, '£', 40, 1500)} | ")
        if r.random() < .6:
            b.e(f"{fdate(r, rdate(r), 'en', 0)} {pick(r, ['10:00', '14:00', '09:30'])}", D)
        else:
            b.t("-")
        b.t(" |\n")
    return b


@kind("pension_transfer_pgp_email")
def g_key_email(r):
    b, s = Builder(), Person(r, "en")
    b.t("From: ").e(f"{slug(s.given)}.{slug(s.surname)}@pensions.example.org", E).t("\nTo: ").e("it-security@pensions.example.org", E)
    b.t(f"\nDate: {email_date_hdr(r)}\nSubject: sftp key for pension transfer feed\n\nHi team,\n\nHere is the key for the nightly transfer to the fund administrator (host ")
    b.e(ip4(r), IP).t("). Please install it on the batch server and delete this e-mail.\n\n").e(private_key(r), "PRIVATE_KEY")
    b.t("\n\nThanks,\n").e(s.given, P).t("\n")
    return b


# ---------------------------------------------------------------------------
# Non-English kinds
# ---------------------------------------------------------------------------


def agency_mail(r: Random, local: str, cc: str) -> str:
    return f"{local}@{pick(r, ['behoerde', 'agency', 'service', 'admin', 'gov'])}.example.{cc.lower()}"


@kind("de_steuerbescheid", "de")
def g_de_steuer(r):
    b, p, a, fa = Builder(), Person(r, "de"), Addr(r, "DE"), Addr(r, "DE")
    b.t("Finanzamt · ").e(fa.oneline(), A).t("\n\n").t("Herrn " if not p.female else "Frau ").t("\n" if r.random() < .5 else "").e(p.full, P).t("\n").e(a.block(), A).t("\n\n")
    b.f("Steuernummer: ¤/¤/¤\nDatum: ¤\n\n", dg(r, 3), dg(r, 3), dg(r, 5), (fdate(r, rdate(r), "de", r.randint(0, 1)), D))
    y = r.randint(2020, 2023)
    b.t(f"Bescheid für {y} über Einkommensteuer und Solidaritätszuschlag\n\nFestsetzung        Einkommensteuer    Solidaritätszuschlag\n"
        f"festgesetzt werden  {amount(r, '€', 500, 20000)}     {amount(r, '€', 0, 300)}\n\n")
    b.t(f"Der Erstattungsbetrag von {amount(r, '€', 50, 3000)} wird auf das Konto ").e(make_iban(r, "DE"), "IBAN_CODE").t(f" (BIC {bic(r, 'DE')}) überwiesen.\n\n")
    b.t("Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Einspruch eingelegt werden.\n")
    b.f("Telefon: ¤   E-Mail: ¤\n", (phone(r, "DE"), T), (agency_mail(r, "poststelle.fa" + dg(r, 4), "DE"), E))
    return b


@kind("de_kindergeld_antrag", "de")
def g_de_kg(r):
    b, p, a = Builder(), Person(r, "de"), Addr(r, "DE")
    b.t("Antrag auf Kindergeld – Familienkasse\n\n1. Angaben zur antragstellenden Person\n")
    b.kv("Name", p.surname, P).kv("Vorname", p.given, P).kv("Geburtsdatum", fdate(r, dob(r), "de", 0), DOBT)
    b.kv("Geburtsort", city_of(r, pick(r, ["DE", "DE", "AT", "PL", "TR"])), L).kv("Straße/Hausnummer", a.street, A)
    b.t(f"PLZ: {a.postcode}\n").kv("Wohnort", a.city, L).kv("Telefon", phone(r, "DE"), T)
    if r.random() < .6:
        b.kv("E-Mail", pmail(r, p), E)
    b.t(f"Staatsangehörigkeit: {pick(r, ['deutsch', 'polnisch', 'türkisch', 'österreichisch'])}\n\n2. Angaben zu den Kindern\nVorname | Familienname | Geburtsdatum | Geschlecht\n")
    for _ in range(r.randint(1, 3)):
        c = Person(r, "de")
        b.e(c.given, P).t(" | ").e(p.surname, P).t(" | ").e(fdate(r, child_dob(r), "de", 0), DOBT).t(f" | {'weiblich' if c.female else 'männlich'}\n")
    b.t("\n3. Zahlungsweg\n").kv("IBAN", make_iban(r, "DE", True), "IBAN_CODE").kv("BIC", bic(r, "DE")).kv("Kontoinhaber/in", p.full, P)
    b.t("\nOrt, Datum: ").e(a.city, L).t(", ").e(fdate(r, rdate(r), "de", 0), D).t("   Unterschrift: ________\n")
    return b


@kind("de_meldebescheinigung", "de")
def g_de_melde(r):
    b, p, a, old = Builder(), Person(r, "de"), Addr(r, "DE"), Addr(r, pick(r, ["DE", "DE", "AT", "CH"]))
    b.t(pick(r, ["Bürgeramt – Meldebehörde\n", "Einwohnermeldeamt\n"]) + "Erweiterte Meldebescheinigung nach § 18 Abs. 2 BMG\n\n")
    b.kv("Familienname", p.surname.upper(), P).kv("Vornamen", p.given, P).t("Doktorgrad: –\n")
    b.kv("Geburtsdatum", fdate(r, dob(r), "de", 0), DOBT).kv("Geburtsort", city_of(r, pick(r, ["DE", "DE", "TR", "PL", "IT"])), L)
    b.t(f"Geschlecht: {pick(r, ['männlich', 'weiblich', 'divers'])}\nStaatsangehörigkeit(en): {pick(r, ['deutsch', 'deutsch, türkisch', 'italienisch'])}\n")
    b.kv("Anschrift (Hauptwohnung)", a.oneline(), A).kv("Einzugsdatum", fdate(r, rdate(r, 2010, 2024), "de", 0), D)
    b.kv("Frühere Anschrift", old.oneline(old.cc != "DE"), A)
    b.t(f"Familienstand: {pick(r, ['ledig', 'verheiratet', 'geschieden', 'verwitwet'])}\n\nAusgestellt am ").e(fdate(r, rdate(r), "de", 0), D)
    b.t(f"\nGebühr: 10,00 EUR   Kassenzeichen {dg(r, 10)}\nIm Auftrag\n").e(Person(r, "de").full, P).t("\n")
    return b


@kind("de_bussgeldbescheid", "de")
def g_de_bussgeld(r):
    b, p, a = Builder(), Person(r, "de"), Addr(r, "DE")
    d = rdate(r)
    b.t(f"Zentrale Bußgeldstelle\nAktenzeichen: {dg(r, 3)}.{dg(r, 6)}.{dg(r, 1)}\n\nBußgeldbescheid\n\n")
    b.t(("Frau " if p.female else "Herrn ")).e(p.full, P).t("\n").e(a.block(), A).t("\n\n")
    b.f("Ihnen wird vorgeworfen, am ¤ in ¤, BAB ¤ km ¤ in Fahrtrichtung Süden als Führer des PKW mit dem Kennzeichen ¤ "
        "die zulässige Höchstgeschwindigkeit außerhalb geschlossener Ortschaften um ¤ km/h überschritten zu haben.\n\n",
        (f"{fdate(r, d, 'de', 0)} um {r.randint(6, 22):02d}:{r.randint(0, 59):02d} Uhr", D), (city_of(r, "DE"), L), r.randint(1, 99),
        f"{r.randint(1, 300)},{r.randint(0, 9)}", plate(r, "DE"), r.randint(11, 40))
    b.f("Geldbuße: ¤   Gebühren und Auslagen: 28,50 €\nFührerschein-Nr.: ¤\n\n", amount(r, "€", 30, 400), (f"{r.choice(UP)}{dg(r, 3)}{rs(r, UP + DIG, 6)}{dg(r, 1)}", "DRIVER_LICENSE"))
    b.f("Bitte zahlen Sie bis zum ¤ auf das Konto ¤ unter Angabe des Aktenzeichens. Der Bescheid wird rechtskräftig, wenn Sie nicht innerhalb von zwei Wochen Einspruch einlegen.\n",
        (fdate(r, add_days(d, 40), "de", 0), D), (make_iban(r, "DE", True), "IBAN_CODE"))
    return b


@kind("de_jobcenter_vermerk", "de")
def g_de_vermerk(r):
    b, k, sb = Builder(), Person(r, pick(r, ["de", "de", "tr", "pl", "ar"])), Person(r, "de")
    b.t(f"Aktenvermerk – BG-Nummer {dg(r, 5)}BG{dg(r, 7)}\n\n")
    b.f("Persönliche Vorsprache am ¤ von ¤ ¤.\n", (f"{fdate(r, rdate(r), 'de', 0)} um {r.randint(8, 15)}:{pick(r, ['00', '15', '30', '45'])} Uhr", D),
        "Frau" if k.female else "Herrn", (k.full, P))
    b.f("¤ legte den Arbeitsvertrag vor und gab an, ab dem ¤ bei der Schröder & Partner Logistik GmbH in ¤ in Teilzeit tätig zu sein. "
        "Die Kosten der Unterkunft ändern sich voraussichtlich nicht.\n", ("Die Kundin" if k.female else "Der Kunde"), (fdate(r, rdate(r), "de", 1), D), (city_of(r, "DE"), L))
    if r.random() < .6:
        b.f("Neue Mobilnummer: ¤. Umzug zum Monatsende in die ¤ geplant.\n", (phone(r, "DE"), T), (Addr(r, "DE").oneline(), A))
    b.t(f"Vermittlungsbudget: Fahrkosten in Höhe von {amount(r, '€', 10, 90)} bewilligt.\nWV in 3 Wochen.\n\ngez. ").e(sb.full, P).t("\n")
    return b


@kind("fr_avis_impot", "fr")
def g_fr_avis(r):
    b, p, a = Builder(), Person(r, "fr"), Addr(r, "FR")
    y = r.randint(2021, 2024)
    b.t(f"DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES\nAVIS D'IMPÔT {y} SUR LES REVENUS DE L'ANNÉE {y - 1}\n\n")
    b.t("Déclarant 1 : ").e(f"{p.surname.upper()} {p.given}", P).t("\n")
    if r.random() < .5:
        b.t("Déclarant 2 : ").e(f"{Person(r, 'fr').surname.upper()} {Person(r, 'fr').given}", P).t("\n")
    b.t("Adresse : ").e(a.block(), A).t(f"\n\nRéférence de l'avis : {dg(r, 2)} {dg(r, 2)} {r.choice(UP)}{dg(r, 6)} {dg(r, 2)}\n")
    b.kv("Date de mise en recouvrement", fdate(r, rdate(r), "fr", 0), D, sep=" : ").kv("Date limite de paiement", fdate(r, rdate(r), "fr", 0), D, sep=" : ")
    b.t(f"Revenu fiscal de référence : {r.randint(9000, 90000):,} €\nMontant de votre impôt : {r.randint(100, 9000):,} €\n".replace(",", " "))
    b.t("Prélèvement sur le compte : ").e(make_iban(r, "FR", True), "IBAN_CODE").t("\n\n")
    b.f("Pour toute question : ¤ (service gratuit + prix d'un appel) ou ¤\n", (phone(r, "FR"), T), ("https://www.impots.example.fr/contacts", U))
    return b


@kind("fr_caf_courrier", "fr")
def g_fr_caf(r):
    b, p, a = Builder(), Person(r, "fr"), Addr(r, "FR")
    b.t("Caisse d'allocations familiales\n\n").e(a.city.title(), L).t(", le ").e(fdate(r, rdate(r), "fr", 1), D).t("\n\n")
    b.t(("Madame " if p.female else "Monsieur ")).e(p.full, P).t("\n").e(a.block(), A).t(f"\n\nDossier n° {dg(r, 7)}\nObjet : allocation de rentrée scolaire\n\n")
    b.t("Madame, Monsieur,\n\nNous avons étudié votre situation. Pour ")
    kids = [Person(r, "fr") for _ in range(r.randint(1, 2))]
    for i, c in enumerate(kids):
        if i:
            b.t(" et ")
        b.e(c.given, P).t(" (né" + ("e" if c.female else "") + " le ").e(fdate(r, child_dob(r), "fr", 1), DOBT).t(")")
    b.f(", vous percevrez ¤ le ¤ sur votre compte ¤.\n\n", amount(r, "€", 300, 1300), (fdate(r, rdate(r), "fr", 1), D), (make_iban(r, "FR", True), "IBAN_CODE"))
    cons = Person(r, "fr")
    b.f("Votre conseillère, ¤, reste à votre disposition au ¤.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n", (cons.full, P), (phone(r, "FR"), T))
    return b


@kind("fr_pv_audition", "fr")
def g_fr_pv(r):
    b, t, o = Builder(), Person(r, "fr"), Person(r, "fr")
    a = Addr(r, pick(r, ["FR", "FR", "BE"]))
    b.t(f"PROCÈS-VERBAL D'AUDITION DE TÉMOIN\nN° PV : {r.randint(2022, 2025)}/{dg(r, 6)}\n\n")
    b.f("Le ¤, nous, ¤, gardien de la paix en fonction au commissariat de ¤, entendons la personne ci-après :\n\n",
        (f"{fdate(r, rdate(r), 'fr', 1)} à {ftime(r, 'fr')}", D), (o.full, P), (city_of(r, "FR"), L))
    b.f("Nom : ¤\nPrénom(s) : ¤\nNé(e) le : ¤ à ¤\nDemeurant : ¤\nTéléphone : ¤\nProfession : ¤\n\n", (t.surname.upper(), P), (t.given, P),
        (fdate(r, dob(r), "fr", 0), DOBT), (city_of(r, pick(r, ["FR", "FR", "ES", "PT"])), L), (a.oneline(), A), (phone(r, a.cc), T),
        pick(r, ["agent d'accueil", "infirmière", "retraité", "étudiant"]))
    s = Person(r, "fr")
    b.f("« Je me trouvais devant la mairie quand j'ai vu ¤ ¤ arracher le sac d'une dame. Il est parti en direction de la gare sur un scooter immatriculé ¤. »\n\nLecture faite, le témoin persiste et signe.\n",
        "M.", (s.surname, P), plate(r, "FR"))
    return b


@kind("es_renta_borrador", "es")
def g_es_renta(r):
    b, p, a = Builder(), Person(r, "es"), Addr(r, "ES")
    b.t(f"Agencia Tributaria\nDeclaración de la Renta {r.randint(2021, 2024)} – Resumen\nNúmero de justificante: 100{dg(r, 10)}\n\n")
    sur = p.surname.upper()
    b.kv("Primer declarante", f"{sur}, {p.given.upper()}", P).kv("Domicilio fiscal", a.oneline(), A)
    b.kv("Fecha de nacimiento", fdate(r, dob(r), "es", 0), DOBT).kv("Teléfono móvil", phone(r, "ES"), T).kv("Correo electrónico", pmail(r, p), E)
    b.t(f"\nResultado de la declaración: a devolver {amount(r, '€', 20, 3000)}\nCasilla 0670: {r.randint(100, 9000)},{dg(r, 2)}\n")
    b.kv("Código IBAN para la devolución", make_iban(r, "ES", True), "IBAN_CODE")
    b.kv("Fecha de presentación", f"{fdate(r, rdate(r), 'es', 0)} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}", D)
    b.t(f"Código seguro de verificación: {rs(r, UP + DIG, 16)}\n")
    return b


@kind("es_certificado_padron", "es")
def g_es_padron(r):
    b, p, sec, a = Builder(), Person(r, "es"), Person(r, "es"), Addr(r, "ES")
    b.t("CERTIFICADO DE EMPADRONAMIENTO\n\n").t("D. " if not sec.female else "Dña. ").e(sec.full, P)
    b.t(", Secretari" + ("a" if sec.female else "o") + " del Ayuntamiento,\n\nCERTIFICA: Que según los datos obrantes en el Padrón Municipal de Habitantes, ")
    b.t("D. " if not p.female else "Dña. ").e(p.full.upper() if r.random() < .5 else p.full, P).t(", nacid" + ("a" if p.female else "o") + " el ")
    b.e(fdate(r, dob(r), "es", 1), DOBT).t(" en ").e(city_of(r, pick(r, ["ES", "ES", "PT", "IT"])), L).t(", figura inscrit" + ("a" if p.female else "o") + " en el domicilio ")
    b.e(a.oneline(), A).t(" desde el ").e(fdate(r, rdate(r, 2005, 2024), "es", 1), D).t(".\n\nY para que conste, se expide el presente en ")
    b.e(a.city, L).t(", a ").e(fdate(r, rdate(r), "es", 1), D).t(f".\n\nCSV: {rs(r, UP + DIG, 4)}-{rs(r, UP + DIG, 4)}-{rs(r, UP + DIG, 4)}\n")
    return b


@kind("es_chat_sede_electronica", "es")
def g_es_chat(r):
    b, c, ag = Builder(), Person(r, "es"), Person(r, "es")
    h, m = r.randint(9, 13), r.randint(0, 30)
    ts = lambda: f"[{h:02d}:{min(59, m + len(b.ents) * 2):02d}] "
    b.t(f"Sede electrónica – chat de ayuda – sesión {uuid4(r)}\n")
    b.t(ts() + f"Agente ({ag.given}): Buenos días, ¿en qué puedo ayudarle?\n")
    b.t(ts() + "Usuario: Hola, solicité la prestación por desempleo el ").e(fdate(r, rdate(r), "es", r.randint(0, 1)), D).t(" y todavía no he cobrado nada\n")
    b.t(ts() + "Agente: ¿Me indica su nombre completo y un teléfono de contacto?\n")
    b.t(ts() + "Usuario: ").e(c.full, P).t(", mi móvil es el ").e(phone(r, "ES"), T).t("\n")
    if r.random() < .5:
        b.t(ts() + "Usuario: y el correo ").e(pmail(r, c), E).t("\n")
    b.t(ts() + f"Agente: Gracias. Veo el expediente {case_no(r, 'SEPE')}. Falta el certificado de empresa; puede subirlo en ").e("https://sede.empleo.example.es/tramites/certificado", U).t("\n")
    b.t(ts() + "Usuario: vale, muchas gracias\n")
    return b


@kind("it_inps_estratto", "it")
def g_it_inps(r):
    b, p, a = Builder(), Person(r, "it"), Addr(r, "IT")
    b.t("INPS – Estratto conto contributivo\n\n").kv("Cognome", p.surname.upper(), P).kv("Nome", p.given.upper(), P)
    b.kv("Data di nascita", fdate(r, dob(r), "it", 0), DOBT).kv("Luogo di nascita", city_of(r, "IT"), L).kv("Indirizzo di residenza", a.oneline(), A)
    b.t("\nPeriodo | Tipo contribuzione | Settimane | Retribuzione\n")
    d = rdate(r, 1995, 2010)
    for _ in range(r.randint(2, 4)):
        e2 = add_days(d, r.randint(200, 1500))
        b.t("dal ").e(fdate(r, d, "it", 0), D).t(" al ").e(fdate(r, e2, "it", 0), D).t(f" | {pick(r, ['Lavoro dipendente', 'Disoccupazione NASpI', 'Servizio militare'])} | {r.randint(4, 52)} | {amount(r, '€', 5000, 40000)}\n")
        d = add_days(e2, r.randint(1, 90))
    b.kv("\nDecorrenza pensione", fdate(r, rdate(r, 2025, 2033), "it", 1), D).kv("Accredito su IBAN", make_iban(r, "IT", True), "IBAN_CODE")
    b.f("Per informazioni: Contact Center ¤ – ¤\n", (phone(r, "IT"), T), ("https://www.inps.example.it/myinps", U))
    return b


@kind("it_verbale_multa", "it")
def g_it_verbale(r):
    b, p, ag, a = Builder(), Person(r, "it"), Person(r, "it"), Addr(r, "IT")
    b.t(f"COMANDO POLIZIA LOCALE\nVERBALE DI ACCERTAMENTO DI VIOLAZIONE n. {dg(r, 6)}/V/{r.randint(2022, 2025)}\n\n")
    b.f("Il giorno ¤, in ¤, è stato accertato che il veicolo targato ¤ sostava in zona a traffico limitato senza autorizzazione.\n\n",
        (f"{fdate(r, rdate(r), 'it', 0)} alle {r.randint(7, 21):02d}:{r.randint(0, 59):02d}", D), (Addr(r, "IT").oneline(), A), plate(r, "IT"))
    b.f("Trasgressore: ¤, nat¤ a ¤ il ¤, residente in ¤\nPatente di guida n. ¤\n\n", (p.full, P), "a" if p.female else "o",
        (city_of(r, "IT"), L), (fdate(r, dob(r), "it", 0), DOBT), (a.oneline(), A), (f"{pick(r, ['U1', 'MI', 'RM', 'NA'])}{dg(r, 7)}{r.choice(UP)}", "DRIVER_LICENSE"))
    b.f("Sanzione: ¤ (ridotta del 30% se pagata entro 5 giorni). Pagamento tramite bonifico su IBAN ¤, causale: numero verbale.\n"
        "Agente accertatore: ¤ (matricola ¤)\n", amount(r, "€", 40, 400), (make_iban(r, "IT", True), "IBAN_CODE"), (ag.full, P), dg(r, 4))
    return b


@kind("pt_seguranca_social", "pt")
def g_pt_ss(r):
    b, p, a = Builder(), Person(r, "pt"), Addr(r, "PT")
    b.t("Segurança Social – Notificação de deferimento\n\n").t("Exmo. Sr. " if not p.female else "Exma. Sra. ").e(p.full, P).t("\n").e(a.block(), A)
    b.t(f"\n\nAssunto: Subsídio de desemprego – Processo n.º {dg(r, 9)}\n\n")
    b.f("Informamos que o requerimento apresentado em ¤ foi deferido. O subsídio será pago a partir de ¤, no valor diário de ¤, "
        "por transferência bancária para o IBAN ¤.\n\nData de nascimento do beneficiário: ¤\n",
        (fdate(r, rdate(r), "pt", 0), D), (fdate(r, rdate(r), "pt", 1), D), amount(r, "€", 15, 45), (make_iban(r, "PT", True), "IBAN_CODE"), (fdate(r, dob(r), "pt", 0), DOBT))
    b.f("Para mais informações contacte a Linha Segurança Social ¤, envie e-mail para ¤ ou aceda a ¤.\n", (phone(r, "PT"), T),
        (agency_mail(r, "atendimento", "PT"), E), ("https://www.seg-social.example.pt/consultar", U))
    return b


@kind("nl_toeslagen_beschikking", "nl")
def g_nl_toeslag(r):
    b, p, a = Builder(), Person(r, "nl"), Addr(r, "NL")
    b.t("Belastingdienst/Toeslagen\n\n").kv("Datum", fdate(r, rdate(r), "nl", 1), D).t(f"Ons kenmerk: {dg(r, 4)}.{dg(r, 2)}.{dg(r, 3)}.T.{r.randint(20, 25)}.{dg(r, 2)}\n\n")
    b.t(("Mevrouw " if p.female else "De heer ")).e(f"{p.given[0]}. {p.surname}" if r.random() < .5 else p.full, P).t("\n").e(a.block(), A).t("\n\n")
    b.f("Beschikking voorschot ¤ ¤\n\nWij hebben uw voorschot berekend op ¤ per maand. Wij betalen dit bedrag rond de 20e van de maand op rekeningnummer ¤. "
        "De eerste betaling is op ¤.\n\n", pick(r, ["zorgtoeslag", "huurtoeslag", "kinderopvangtoeslag"]), r.randint(2023, 2025), amount(r, "€", 20, 600),
        (make_iban(r, "NL", True), "IBAN_CODE"), (fdate(r, rdate(r), "nl", 1), D))
    b.f("Bent u het niet eens met deze beschikking? Dan kunt u binnen 6 weken bezwaar maken. Vragen? Bel de BelastingTelefoon: ¤ of kijk op ¤\n",
        (phone(r, "NL"), T), ("https://www.toeslagen.example.nl/wijzigingen", U))
    return b


@kind("nl_brp_uittreksel", "nl")
def g_nl_brp(r):
    b, p, a = Builder(), Person(r, "nl"), Addr(r, "NL")
    b.t("Uittreksel Basisregistratie Personen (BRP)\n\n")
    b.kv("Geslachtsnaam", p.surname, P).kv("Voornamen", p.given, P).kv("Geboortedatum", fdate(r, dob(r), "nl", 0), DOBT)
    b.kv("Geboorteplaats", city_of(r, pick(r, ["NL", "NL", "TR", "DE"])), L).t(f"Nationaliteit: {pick(r, ['Nederlandse', 'Nederlandse', 'Turkse', 'Marokkaanse'])}\n")
    b.kv("Straatnaam en huisnummer", a.street, A).t(f"Postcode: {a.postcode}\n").kv("Woonplaats", a.city, L)
    b.kv("Datum aanvang adreshouding", fdate(r, rdate(r, 2000, 2024), "nl", 0), D)
    b.t(f"Burgerlijke staat: {pick(r, ['ongehuwd', 'gehuwd', 'geregistreerd partner'])}\n\nAfgegeven op ").e(fdate(r, rdate(r), "nl", 1), D)
    b.t(" door de ambtenaar burgerzaken ").e(Person(r, "nl").full, P).t(f".\nLeges: € 14,40 – documentnummer {rs(r, UP, 2)}{dg(r, 7)}\n")
    return b


@kind("pl_zus_decyzja", "pl")
def g_pl_zus(r):
    b, p, a = Builder(), Person(r, "pl"), Addr(r, "PL")
    b.t("ZAKŁAD UBEZPIECZEŃ SPOŁECZNYCH\n").e(Addr(r, "PL").oneline(), A).t("\n\n").e(a.city, L).t(", ").e(fdate(r, rdate(r), "pl", r.randint(0, 1)), D).t("\n\n")
    b.t("Pani " if p.female else "Pan ").e(p.full, P).t("\n").e(a.block(), A).t(f"\n\nZnak sprawy: {rs(r, UP, 3)}/{dg(r, 4)}/{dg(r, 6)}/{r.randint(2022, 2025)}\n\n")
    b.f("DECYZJA\no przyznaniu emerytury\n\nData urodzenia ubezpieczonego: ¤\nEmerytura przysługuje od ¤ w kwocie ¤ brutto miesięcznie. "
        "Świadczenie będzie przekazywane na rachunek bankowy nr ¤.\n\n", (fdate(r, dob(r), "pl", 0), DOBT), (fdate(r, rdate(r), "pl", 1), D),
        amount(r, "zł", 1800, 6000), (make_iban(r, "PL", True), "IBAN_CODE"))
    b.f("Od tej decyzji przysługuje odwołanie w terminie miesiąca. Kontakt: ¤, ¤\n", (phone(r, "PL"), T), (agency_mail(r, "cot", "PL"), E))
    return b


@kind("sv_forsakringskassan_beslut", "sv")
def g_sv_fk(r):
    b, p, a = Builder(), Person(r, "sv"), Addr(r, "SE")
    b.t("Försäkringskassan\nBeslut om bostadsbidrag\n\n").kv("Datum", fdate(r, rdate(r), "sv", 0), D).t(f"Ärendenummer: {dg(r, 3)}-{dg(r, 6)}-{dg(r, 2)}\n\n")
    b.e(p.full, P).t("\n").e(a.block(), A).t("\n\nHej ").e(p.given, P).t("!\n\n")
    b.f("Du får ¤ i bostadsbidrag per månad från och med ¤. Pengarna betalas ut till ditt konto (clearingnummer ¤, kontonummer ¤) runt den 25:e varje månad.\n\n",
        amount(r, "kr", 500, 4000), (fdate(r, rdate(r), "sv", r.randint(0, 1)), D), f"{dg(r, 4)}", (f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}-{dg(r, 1)}", ACC))
    b.f("Om du inte är nöjd kan du begära omprövning inom två månader. Har du frågor? Ring ¤ eller logga in på ¤.\n", (phone(r, "SE"), T), ("https://www.forsakringskassan.example.se/mina-sidor", U))
    return b


@kind("da_skat_aarsopgoerelse", "da")
def g_da_skat(r):
    b, p, a = Builder(), Person(r, "da"), Addr(r, "DK")
    b.t(f"Skattestyrelsen\nÅrsopgørelse {r.randint(2021, 2024)}\n\n").e(p.full, P).t("\n").e(a.block(), A).t("\n\n").kv("Dato", fdate(r, rdate(r), "da", r.randint(0, 1)), D)
    b.f("\nDu har betalt for meget i skat. Du får ¤ tilbage. Beløbet udbetales til din NemKonto (reg.nr. ¤, kontonr. ¤) senest ¤.\n\n",
        amount(r, "kr", 200, 20000), dg(r, 4), (dg(r, 10), ACC), (fdate(r, rdate(r), "da", 1), D))
    b.f("Har du spørgsmål, kan du ringe på ¤ eller skrive via ¤. Husk at tjekke dine fradrag for befordring.\n", (phone(r, "DK"), T), ("https://www.skat.example.dk/tastselv", U))
    return b


@kind("no_nav_vedtak", "no")
def g_no_nav(r):
    b, p, a, sb = Builder(), Person(r, "no"), Addr(r, "NO"), Person(r, "no")
    b.t(f"NAV – Vedtak om dagpenger\nSaksnummer: {dg(r, 8)}\n\n").kv("Navn", p.full, P).kv("Fødselsdato", fdate(r, dob(r), "no", 0), DOBT).kv("Adresse", a.oneline(), A)
    b.f("\nVi har innvilget søknaden din om dagpenger fra ¤. Du får utbetalt ¤ per dag til kontonummer ¤. "
        "Du må sende meldekort hver 14. dag for å få utbetalt dagpenger.\n\n", (fdate(r, rdate(r), "no", r.randint(0, 1)), D),
        amount(r, "kr", 400, 1200), (f"{dg(r, 4)}.{dg(r, 2)}.{dg(r, 5)}", ACC))
    b.f("Med vennlig hilsen\n¤\nsaksbehandler\nTelefon: ¤\n", (sb.full, P), (phone(r, "NO"), T))
    return b


@kind("fi_kela_paatos", "fi")
def g_fi_kela(r):
    b, p, a = Builder(), Person(r, "fi"), Addr(r, "FI")
    d = rdate(r)
    b.t("Kela – Päätös: yleinen asumistuki\n\n").kv("Päivämäärä", fdate(r, rdate(r), "fi", 0), D).t(f"Asianumero: {dg(r, 4)}/{dg(r, 3)}/{r.randint(2022, 2025)}\n\n")
    b.e(p.full, P).t("\n").e(a.block(), A).t("\n").kv("Syntymäaika", fdate(r, dob(r), "fi", 0), DOBT)
    b.f("\nMaksamme sinulle asumistukea ¤ kuukaudessa ajalla ¤–¤. Tuki maksetaan tilille ¤.\n\n", amount(r, "€", 80, 600),
        (fdate(r, d, "fi", 0), D), (fdate(r, add_days(d, 365), "fi", 0), D), (make_iban(r, "FI", True), "IBAN_CODE"))
    b.f("Lisätietoja: puh. ¤ tai ¤\n", (phone(r, "FI"), T), ("https://www.kela.example.fi/asiointi", U))
    return b


@kind("cs_urad_prace_rozhodnuti", "cs")
def g_cs_up(r):
    b, p, v, a = Builder(), Person(r, "cs"), Person(r, "cs"), Addr(r, "CZ")
    b.t(f"Úřad práce České republiky\nČ. j.: UPCR-{r.randint(2022, 2025)}/{dg(r, 6)}\n\nROZHODNUTÍ\no přiznání podpory v nezaměstnanosti\n\n")
    b.t("Žadatel: ").e(p.full, P).t(", nar. ").e(fdate(r, dob(r), "cs", 0), DOBT).t(", bytem ").e(a.oneline(), A).t("\n\n")
    acct = (f"{dg(r, 2)}-" if r.random() < .3 else "") + f"{dg(r, 10)}/{pick(r, ['0800', '0100', '0300', '2010', '5500'])}"
    b.f("Podpora v nezaměstnanosti se přiznává od ¤ ve výši ¤ měsíčně a bude vyplácena na účet č. ¤.\n\n", (fdate(r, rdate(r), "cs", r.randint(0, 1)), D),
        amount(r, "Kč", 5000, 25000), (acct, ACC))
    b.f("Vyřizuje: ¤, tel. ¤, e-mail: ¤\n\n¤, dne ¤\n", (v.full, P), (phone(r, "CZ"), T), (agency_mail(r, slug(v.surname), "CZ"), E), (a.city, L), (fdate(r, rdate(r), "cs", 0), D))
    return b


@kind("tr_edevlet_basvuru", "tr")
def g_tr(r):
    b, p, a = Builder(), Person(r, "tr"), Addr(r, "TR")
    b.t(f"T.C. Sosyal Güvenlik Kurumu\ne-Devlet Başvuru Özeti – İşsizlik Ödeneği\nBaşvuru No: {dg(r, 12)}\n\n")
    b.kv("Adı Soyadı", p.full.upper() if r.random() < .5 else p.full, P).kv("Doğum Tarihi", fdate(r, dob(r), "tr", 0), DOBT)
    b.kv("Doğum Yeri", city_of(r, "TR") if r.random() < .5 else pick(r, ["İstanbul", "Ankara", "Trabzon", "Konya"]), L).kv("Adres", a.oneline(), A)
    b.kv("Cep Telefonu", phone(r, "TR"), T).kv("E-posta", pmail(r, p), E).kv("Başvuru Tarihi", fdate(r, rdate(r), "tr", 0), D)
    b.kv("Ödeme yapılacak IBAN", make_iban(r, "TR", True), "IBAN_CODE")
    b.t(f"Son işveren: {pick(r, ['Yıldız Tekstil A.Ş.', 'Anadolu Lojistik Ltd. Şti.', 'Demir İnşaat'])}\nPrim gün sayısı: {r.randint(300, 1200)}\n")
    return b


# ---------------------------------------------------------------------------
# Kinds without any entity (hard negatives only)
# ---------------------------------------------------------------------------


@kind("en_caseload_statistics", empty=True)
def g_stats(r):
    b = Builder()
    y = r.randint(2019, 2024)
    b.t(f"Table 4.{r.randint(1, 9)} - Benefit caseload by programme, {y} (provisional)\n\nProgramme       | Q1      | Q2      | Q3      | Q4      | Change\n")
    for prog in ["Housing support", "Child benefit", "Jobseeker", "Disability", "Pension credit"][: r.randint(3, 5)]:
        v = [r.randint(10000, 900000) for _ in range(4)]
        b.t(f"{prog:<16}| " + " | ".join(f"{x:>7,}" for x in v) + f" | {r.uniform(-9, 9):+.1f}%\n")
    b.t(f"\nOffice codes OF-{dg(r, 3)} and OF-{dg(r, 3)} were merged in {y - 1}. Average processing time: {r.randint(8, 60)} days "
        f"(median {r.randint(5, 40)}). Total paid: {amount(r, '$', 10**6, 9 * 10**6)}. Data extract {uuid4(r)}.\n")
    return b


@kind("en_form_guidance", empty=True)
def g_guidance(r):
    b = Builder()
    f = pick(r, ["SA100", "1040-X", "UC50", "CH2", "SNAP-1"])
    b.t(f"How to fill in form {f} (version {version(r)})\n\n")
    tips = [
        "Write your Social Security number as XXX-XX-XXXX in box 2. Do not use a number such as " + bad_ssn(r) + "; these are never issued.",
        f"Enter amounts in whole dollars, for example {r.randint(1000, 90000):,} rather than {r.randint(1000, 9000)}.50.",
        f"If you are paid every {pick(r, ['week', 'fortnight', 'four weeks'])}, add up the last {r.randint(2, 6)} payslips.",
        "Send the form back within 30 days, or within 14 days if we asked for evidence.",
        f"Offices are closed every {weekday_neg(r)} for staff training.",
        f"Card number 4111 1111 1111 1112 in the example is invalid and is shown for illustration only.",
        f"Bank sort codes and routing numbers (for example {routing(r)}) go in box 9, not box 10.",
        f"Tick box 14 if the claim started before {r.randint(2016, 2021)}.",
        f"Medical conditions can be written as codes, e.g. {icd(r)} or {icd(r)}.",
    ]
    r.shuffle(tips)
    for i, tip in enumerate(tips[: r.randint(4, 7)]):
        b.t(f"{i + 1}. {tip}\n")
    b.t("\nIncomplete forms will be returned. Keep a copy for your records.\n")
    return b


@kind("en_deploy_log", empty=True)
def g_deploy(r):
    b = Builder()
    d = rdate(r)
    steps = [f"pulling image registry.internal/benefits-api:{version(r)}", f"commit {sha(r)} verified", "injecting secret refs ${DB_PASSWORD} ${STRIPE_SECRET_KEY}",
             "env AWS_ACCESS_KEY_ID=AKIA**************** (masked)", "using ${{ secrets.SLACK_BOT_TOKEN }} for notifications",
             f"migration {uuid4(r)} applied in {r.randint(1, 90)}s", f"healthcheck passed after {r.randint(2, 20)} retries",
             f"cache warmed: {r.randint(1000, 99999)} keys, epoch {r.randint(1_600_000_000, 1_750_000_000)}", f"rollback point tagged v{version(r)}"]
    for s in steps[: r.randint(5, len(steps))]:
        b.t(f"{log_ts(r, d)} deploy[{r.randint(100, 9999)}]: {s}\n")
    return b


@kind("en_backlog_memo", empty=True)
def g_memo(r):
    b = Builder()
    b.t(f"MEMORANDUM\nSubject: Claims backlog - week {r.randint(1, 52)}\nClassification: OFFICIAL\n\n")
    b.t(f"The backlog fell to {r.randint(2000, 90000):,} claims this week, down {r.randint(1, 30)}% on last week. Claims {case_no(r, 'CLM')} to "
        f"{case_no(r, 'CLM')} were re-queued after a batch failure on {weekday_neg(r)}. Average wait is now {r.randint(3, 12)} weeks.\n\n")
    b.t(f"The vendor invoice {case_no(r, 'INV')} ({amount(r, '$', 20000, 900000)}) remains disputed. The test payment with card {bad_card(r)} "
        f"failed validation, as expected. Records with SSNs such as {bad_ssn(r)} were quarantined.\n\n")
    b.t(f"Next review in two weeks. Escalation ticket {case_no(r, 'TKT')}, build {sha(r, 7)}.\n")
    return b


@kind("en_release_notes", empty=True)
def g_release(r):
    b = Builder()
    b.t(f"Citizen portal release {version(r)}\n\n")
    for _ in range(r.randint(4, 7)):
        b.t(f"- {pick(r, ['Fixed', 'Improved', 'Added', 'Removed'])} {pick(r, ['address lookup timeout', 'payment retry logic', 'PDF letter rendering', 'accessibility of the claim wizard', 'session expiry after 20 minutes', 'VIN and plate validation for fine appeals'])} "
              f"({pick(r, ['BEN', 'TAX', 'PORTAL'])}-{r.randint(100, 9999)}, {sha(r, 8)})\n")
    b.t(f"\nKnown issue: uploads above {r.randint(5, 25)} MB fail. Schema version {r.randint(10, 99)}; build id {uuid4(r)}.\n")
    return b


@kind("de_merkblatt", "de", empty=True)
def g_de_merk(r):
    b = Builder()
    b.t(f"Merkblatt Kindergeld (Stand {r.randint(2022, 2025)})\n\n")
    b.t(f"Das Kindergeld beträgt {amount(r, '€', 200, 260)} monatlich für jedes Kind. Anträge müssen schriftlich gestellt werden; rückwirkend wird "
        f"höchstens für sechs Monate gezahlt. Änderungen sind unverzüglich mitzuteilen (§ 68 EStG).\n\n")
    b.t(f"Bitte geben Sie bei Schreiben immer die Kindergeldnummer an (z. B. {dg(r, 3)}FK{dg(r, 6)}). Die Bearbeitung dauert in der Regel "
        f"{r.randint(3, 8)} Wochen. Am {pick(r, ['Mittwochnachmittag', 'Freitag'])} ist die Servicestelle geschlossen.\n")
    return b


@kind("fr_faq_impots", "fr", empty=True)
def g_fr_faq(r):
    b = Builder()
    b.t("Questions fréquentes – prélèvement à la source\n\n")
    b.t(f"Q : Comment modifier mon taux ?\nR : Connectez-vous à votre espace particulier, rubrique « Gérer mon prélèvement à la source ». La modification est prise en compte sous trois mois.\n\n")
    b.t(f"Q : Je n'ai pas reçu mon remboursement.\nR : Les remboursements sont effectués à partir de la fin de l'été. Vérifiez que vos coordonnées bancaires sont à jour (BIC {bic(r, 'FR')}). "
        f"Référence de la FAQ : {case_no(r, 'FAQ')}, version {version(r)}.\n")
    return b


@kind("es_nota_informativa", "es", empty=True)
def g_es_nota(r):
    b = Builder()
    b.t(f"Nota informativa – Ingreso Mínimo Vital ({r.randint(2021, 2025)})\n\n")
    b.t(f"La cuantía mensual garantizada para un adulto solo asciende a {amount(r, '€', 500, 700)}. La solicitud se resuelve en un plazo máximo de seis meses; "
        f"transcurrido dicho plazo sin resolución, se entenderá denegada. Expediente tipo: {case_no(r, 'IMV')}. Código de procedimiento {dg(r, 6)}.\n\n"
        "Para cualquier duda, acuda con cita previa a su oficina. No se atienden consultas los viernes por la tarde.\n")
    return b


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

PAD = {
    "en": "This document was generated by the case management system. Please keep it for your records.",
    "de": "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    "fr": "Ce document a été établi automatiquement et ne nécessite pas de signature.",
    "es": "Este documento ha sido generado automáticamente y no requiere firma.",
    "it": "Il presente documento è generato automaticamente e non richiede firma.",
    "pt": "Este documento foi gerado automaticamente e dispensa assinatura.",
    "nl": "Deze brief is automatisch aangemaakt en daarom niet ondertekend.",
    "pl": "Pismo zostało wygenerowane automatycznie i nie wymaga podpisu.",
    "sv": "Detta brev är framställt automatiskt och har därför ingen underskrift.",
    "da": "Dette brev er dannet automatisk og er derfor ikke underskrevet.",
    "no": "Dette brevet er produsert automatisk og har derfor ingen underskrift.",
    "fi": "Tämä asiakirja on tuotettu automaattisesti eikä sitä ole allekirjoitettu.",
    "cs": "Tento dokument byl vytvořen automaticky a nevyžaduje podpis.",
    "tr": "Bu belge otomatik olarak oluşturulmuştur ve imza gerektirmez.",
}

EMPTY_SHARE = 0.12
NON_EN_SHARE = 0.25


def _make(seed: int, i: int):
    r = Random(f"blind53-{seed}-{i}")
    empty = r.random() < EMPTY_SHARE
    non_en = r.random() < NON_EN_SHARE
    pool = [k for k in KINDS if k[2] == empty and (k[1] != "en") == non_en]
    name, lang, _, fn = pick(r, pool)
    b = fn(r)
    text = b.text().rstrip("\n")
    ents = [e for e in b.ents if e["end"] <= len(text)]
    if len(text) < 150:
        text += "\n\n" + PAD[lang]
    doc = {"id": f"blind53-{seed}-{i:06d}", "text": text, "entities": sorted(ents, key=lambda e: (e["start"], e["end"]))}
    return name, lang, doc


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[2]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

_RX = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "PHONE_NUMBER": re.compile(r"\+?[0-9 ()./-]+"),
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z2-7]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})"),
    "SLACK_TOKEN": re.compile(r"xox[abpr]-[0-9]+-[0-9A-Za-z-]+"),
    "STRIPE_KEY": re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END ([A-Z]+ )?PRIVATE KEY-----"),
}
TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL "
         "MEDICAL_RECORD_NUMBER HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY GITHUB_TOKEN "
         "SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET").split()


def _shape_problem(typ: str, s: str) -> str | None:
    if typ in _RX and not _RX[typ].fullmatch(s):
        return "regex"
    if typ == "PHONE_NUMBER" and not 6 <= sum(c.isdigit() for c in s) <= 15:
        return "phone digits"
    if typ == "US_SSN" and not ssn_ok(s):
        return "ssn"
    if typ == "CREDIT_CARD":
        ds = re.sub(r"[ -]", "", s)
        if not (ds.isdigit() and 13 <= len(ds) <= 19 and luhn_ok(ds)):
            return "luhn"
    if typ == "IBAN_CODE" and not iban_ok(s):
        return "iban"
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "ip"
    if typ == "URL":
        from urllib.parse import urlsplit
        u = urlsplit(s)
        if u.scheme not in ("http", "https") or not u.hostname or "@" in s or re.search(r"\s", s):
            return "url"
        try:
            ipaddress.ip_address(u.hostname)
            return "url with ip"
        except ValueError:
            pass
    if typ == "JWT":
        parts = s.split(".")
        if len(parts) != 3:
            return "jwt"
        try:
            hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            if "alg" not in hdr:
                return "jwt alg"
        except Exception:
            return "jwt decode"
    if typ in ("DATE_OF_BIRTH", "DATE_TIME", "ADDRESS", "ACCOUNT_NUMBER", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "DRIVER_LICENSE") \
            and not any(c.isdigit() for c in s):
        return "no digit"
    if typ in ("PERSON", "LOCATION") and (any(c.isdigit() for c in s) or "@" in s or "\n" in s):
        return "name shape"
    if typ in ("PASSWORD", "GENERIC_SECRET") and (len(s) < 6 or re.search(r"\s", s)):
        return "secret shape"
    return None


def validate(doc: dict) -> list[str]:
    probs = []
    text = doc["text"]
    if not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)}")
    prev_end = -1
    for e in doc["entities"]:
        s, t, typ = e["start"], e["end"], e["type"]
        if typ not in TYPES:
            probs.append(f"unknown type {typ}")
        if not (0 <= s < t <= len(text)):
            probs.append(f"range {e}")
            continue
        if s < prev_end:
            probs.append(f"overlap at {s}")
        prev_end = max(prev_end, t)
        span = text[s:t]
        if span != span.strip():
            probs.append(f"whitespace {typ} {span!r}")
        if (span[0] in "\"'([{<«" and not (typ == "PHONE_NUMBER" and span[0] == "(")) or (span[-1] in "\"')]}>»,;:.!?" and typ not in ("PASSWORD", "GENERIC_SECRET", "AWS_SECRET_KEY")):
            probs.append(f"punct {typ} {span!r}")
        sp = _shape_problem(typ, span)
        if sp:
            probs.append(f"{sp}: {typ} {span!r}")
    return probs


def _check(n: int = 3000, seed: int = 0) -> int:
    type_c, kind_c, kind_e, bad = Counter(), Counter(), Counter(), 0
    non_en = empty = 0
    for i in range(n):
        name, lang, doc = _make(seed, i)
        kind_c[name] += 1
        if lang != "en":
            non_en += 1
        if not doc["entities"]:
            empty += 1
            kind_e[name] += 1
        for e in doc["entities"]:
            type_c[e["type"]] += 1
        probs = validate(doc)
        if probs:
            bad += 1
            if bad <= 25:
                print(f"[{doc['id']} {name}] " + "; ".join(probs[:4]))
    # determinism / independence of n
    again = list(generate(40, seed))
    for i, d in enumerate(again):
        if d != _make(seed, i)[2]:
            print(f"non-deterministic doc {i}")
            bad += 1
    print(f"\n{n} docs, {len(KINDS)} kinds defined, {len(kind_c)} kinds used")
    print(f"non-English docs: {non_en} ({100 * non_en / n:.1f}%)   no-entity docs: {empty} ({100 * empty / n:.1f}%)")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:<22}{type_c[t]:>7}")
    print("\nper-kind counts (docs / of which without entities):")
    for k, _, _, _ in KINDS:
        print(f"  {k:<32}{kind_c[k]:>6} {kind_e[k]:>5}")
    missing = [t for t in TYPES if not type_c[t]]
    if missing:
        print("types never produced:", missing)
    if len(KINDS) < 50:
        print("too few kinds")
        bad += 1
    print(f"\nproblem docs: {bad}")
    return 1 if bad or missing else 0


def _sample(k: int, seed: int = 0) -> None:
    for i in range(k):
        name, lang, doc = _make(seed, i)
        text, out, pos = doc["text"], [], 0
        for e in doc["entities"]:
            out.append(text[pos:e["start"]])
            out.append(f"[[{text[e['start']:e['end']]}]]<{e['type']}>")
            pos = e["end"]
        out.append(text[pos:])
        print(f"===== {doc['id']}  kind={name}  lang={lang}  entities={len(doc['entities'])} =====")
        print("".join(out))
        print()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return _check(3000, a.seed)
    if a.sample:
        _sample(a.sample, a.seed)
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
