#!/usr/bin/env python3
"""Blind synthetic PII/PHI/secrets corpus #38: life sciences, clinical research and multilingual clinical care.

Domains / document kinds (81 templates; each has randomised optional fields, formats and ordering):

* Clinical research (English): site screening & enrolment logs, AE log CRF pages with e-signatures,
  CIOMS I forms, MedWatch 3500A-like reports, pharmacovigilance intake e-mails, CRA monitoring visit
  reports, IRB agenda e-mails with video-meeting passcodes, REDCap CSV exports, participant stipend
  forms, sponsor-to-site payment advices (IBAN / US bank accounts), ICS visit invitations, vCards of
  investigators.
* Biobank & lab: specimen manifests (CSV/TSV and JSON shipments), clinical lab reports, surgical
  pathology reports, HL7 v2 ADT and ORU messages, FHIR Patient resources and Bundles
  (Patient/Coverage/Encounter/Observation), DICOM header dumps, X12 270 eligibility requests.
* Care delivery (English, US/UK): pharmacy dispensing records (controlled-substance ID checks),
  NCPDP SCRIPT e-prescriptions, referral letters (US and UK GP), discharge summaries, EMS run reports,
  immunisation records, dental and optometry notes, prior-authorisation requests, telehealth chat
  transcripts, SMS reminder threads, OCR'd faxed referrals (noise in unlabelled text only),
  patient billing statements with card payment coupons, billing call-centre notes.
* Research IT: LIMS YAML configs, Kubernetes Secrets/ConfigMaps, ETL job logs, .env files of
  sequencing pipelines, SFTP runbooks with PEM keys, security-incident tickets, participant-payment
  service configs/logs (Stripe keys, webhook secrets).
* Non-English (about 25 % of documents): German Arztbrief, Rettungsdienst protocol, E-Rezept,
  adverse-reaction e-mail; French compte rendu d'hospitalisation, ordonnance, pharmacovigilance
  declaration; Spanish informe de alta and receta electronica; Italian lettera di dimissione and
  lab referto; Portuguese carta de referenciacao; Dutch verwijsbrief; Polish karta informacyjna;
  Swedish epikris; Norwegian ambulansejournal; Danish henvisning; Finnish lahete; EU digital COVID
  certificates (de/fr/it/es/nl/pt); es/pt/it/fr/de telehealth chats; European semicolon CSV
  biobank exports, German GOÄ private invoices with IBAN, participant travel-reimbursement forms
  (nl/es/it/fr/pt/pl/sv) with IBAN. Each uses native date, time, phone and address formats.
* Negatives (about 12 % of documents, nothing labelled): protocol synopses, analyser QC logs,
  HL7 ACKs, PSUR tabulations, freezer inventories, CI workflows with secret references, SmPC
  excerpts, CRO invoices (BIC / ABA only), masked de-identified extracts with invalid SSN/PAN test
  fixtures, German Packungsbeilage, French protocol amendment, Spanish pharmacy trial inventory,
  SAS logs, stand-up notes with relative dates.

Decisions for cases the conventions leave open (see also the report):
* Trial subject/screening ids, sample/kit/accession/encounter/episode/"Fall-Nr."/"N. nosologico"
  numbers, IRB numbers, NPI/DEA/RPPS/LANR/AGB/IK/colegiado ids, NDC/PZN codes and DICOM UIDs are
  not labelled.
* Health-insurance member ids incl. public schemes (German Versicherten-Nr., Spanish CIP, Portuguese
  SNS user number, Dutch polisnummer, Medicare MBI) are HEALTH_PLAN_NUMBER.
* Hospital patient ids (Pat.-Nr., IPP, NHC, ID paziente, N.o processo, Journalnummer ...) are
  MEDICAL_RECORD_NUMBER; national ids (NIR, BSN, PESEL, personnummer, CPR) are never generated.
* Message/transport metadata timestamps (SCRIPT SentTime, X12 BHT, FHIR Bundle.timestamp,
  Kubernetes creationTimestamp, vCard REV, Outlook "Gesendet:") are treated like e-mail Date:
  headers and are not labelled; German " Uhr" after a time is inside the DATE_TIME span; "kl."/"klo"
  before a lone time is outside.
* Spelled-out country names used as places (CIOMS "COUNTRY: Germany") are LOCATION; ISO country
  code fields are not labelled. vCard ADR spans start at the first non-empty component.
* X12 NM1 "LAST*FIRST*M" and DICOM PN "LAST^FIRST" are one PERSON span, like HL7 XPN.
* FHIR/JSON code-system and identifier-system http(s) strings are URLs and are labelled.

API: generate(n, seed=0) yields {"id", "text", "entities": [{"start", "end", "type"}]}.
CLI: --check | --sample K | --n N --seed S --output F.jsonl

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
import string
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import date, timedelta

PER = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
SSN = "US_SSN"
CC = "CREDIT_CARD"
IBAN = "IBAN_CODE"
IP = "IP_ADDRESS"
DOB = "DATE_OF_BIRTH"
DT = "DATE_TIME"
LOC = "LOCATION"
ADR = "ADDRESS"
URL = "URL"
MRN = "MEDICAL_RECORD_NUMBER"
HPN = "HEALTH_PLAN_NUMBER"
ACC = "ACCOUNT_NUMBER"
DL = "DRIVER_LICENSE"
AKI = "AWS_ACCESS_KEY"
ASK = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"
SLK = "SLACK_TOKEN"
STR = "STRIPE_KEY"
JWT = "JWT"
PK = "PRIVATE_KEY"
PW = "PASSWORD"
SEC = "GENERIC_SECRET"

TYPES = (PER, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN, HPN, ACC,
         DL, AKI, ASK, GH, SLK, STR, JWT, PK, PW, SEC)


# =========================================================================
# document builder: text is appended piece by piece, spans recorded on append
# =========================================================================
class T:
    """A labelled piece of text (t=None means plain text)."""
    __slots__ = ("v", "t")

    def __init__(self, v, t=None):
        self.v = str(v)
        self.t = t


class Doc:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.ents = []
        self.noise = None  # optional callable applied to *unlabelled* text only

    def add(self, *pieces):
        for p in pieces:
            if p is None:
                continue
            if isinstance(p, T):
                self._put(p.v, p.t)
            elif isinstance(p, (list, tuple)):
                self.add(*p)
            else:
                self._put(str(p), None)
        return self

    def _put(self, s, typ):
        if not s:
            return
        if typ:
            self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        elif self.noise is not None:
            s = self.noise(s)
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.parts)


def plen(p):
    if p is None:
        return 0
    if isinstance(p, T):
        return len(p.v)
    if isinstance(p, (list, tuple)):
        return sum(plen(x) for x in p)
    return len(str(p))


def ptext(p):
    if p is None:
        return ""
    if isinstance(p, T):
        return p.v
    if isinstance(p, (list, tuple)):
        return "".join(ptext(x) for x in p)
    return str(p)


def jdump(d, obj, ind=2, lvl=0):
    """Emit JSON; T leaves become labelled spans over their JSON-escaped text."""
    nl = ("\n" + " " * (ind * (lvl + 1))) if ind else ""
    end = ("\n" + " " * (ind * lvl)) if ind else ""
    sep = "," if ind else ", "
    if isinstance(obj, dict):
        if not obj:
            d.add("{}")
            return
        d.add("{")
        for i, (k, v) in enumerate(obj.items()):
            d.add(sep if i else "", nl, json.dumps(k, ensure_ascii=False), ": ")
            jdump(d, v, ind, lvl + 1)
        d.add(end, "}")
    elif isinstance(obj, list):
        if not obj:
            d.add("[]")
            return
        d.add("[")
        for i, v in enumerate(obj):
            d.add(sep if i else "", nl)
            jdump(d, v, ind, lvl + 1)
        d.add(end, "]")
    elif isinstance(obj, T):
        if obj.t is None:
            d.add(json.dumps(obj.v, ensure_ascii=False))
        else:
            d.add('"', T(json.dumps(obj.v, ensure_ascii=False)[1:-1], obj.t), '"')
    else:
        d.add(json.dumps(obj, ensure_ascii=False))


def csvrow(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d.add(sep)
        s = ptext(c)
        if sep in s or '"' in s or "\n" in s:
            if isinstance(c, T) and c.t:
                d.add('"', c, '"')
            else:
                d.add('"' + s.replace('"', '""') + '"')
        else:
            d.add(c)
    d.add("\n")


def table(d, header, rows, style="pipe", indent=""):
    if style == "pipe":
        d.add(indent, "| ", " | ".join(header), " |\n", indent, "|", "|".join("---" for _ in header), "|\n")
        for row in rows:
            d.add(indent, "| ")
            for i, c in enumerate(row):
                d.add(" | " if i else "", c)
            d.add(" |\n")
    elif style == "tsv":
        d.add(indent, "\t".join(header), "\n")
        for row in rows:
            d.add(indent)
            for i, c in enumerate(row):
                d.add("\t" if i else "", c)
            d.add("\n")
    else:  # fixed width
        w = [len(h) for h in header]
        for row in rows:
            for i, c in enumerate(row):
                w[i] = max(w[i], plen(c))
        d.add(indent, "  ".join(h.ljust(w[i]) for i, h in enumerate(header)).rstrip(), "\n")
        d.add(indent, "  ".join("-" * w[i] for i in range(len(header))), "\n")
        for row in rows:
            d.add(indent)
            for i, c in enumerate(row):
                if i:
                    d.add(" " * (w[i - 1] - plen(row[i - 1]) + 2))
                d.add(c)
            d.add("\n")


# =========================================================================
# small random helpers
# =========================================================================
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def pat(r, p):
    """'#' digit, 'A' upper, 'a' lower, '?' upper/digit, '%' hex; other chars literal."""
    out = []
    for c in p:
        if c == "#":
            out.append(r.choice(DIG))
        elif c == "A":
            out.append(r.choice(UP))
        elif c == "a":
            out.append(r.choice(LO))
        elif c == "?":
            out.append(r.choice(UP + DIG))
        elif c == "%":
            out.append(r.choice(HEXL))
        else:
            out.append(c)
    return "".join(out)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# =========================================================================
# checksums / identifiers
# =========================================================================
def luhn_ok(num):
    digs = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dg in enumerate(reversed(digs)):
        if i % 2 == 1:
            dg *= 2
            if dg > 9:
                dg -= 9
        tot += dg
    return tot % 10 == 0


def luhn_digit(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def cc_number(r, sep=None):
    brand = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + rs(r, DIG, 14)
    elif brand == "mc":
        body = r.choice(["51", "52", "53", "54", "55"]) + rs(r, DIG, 13)
    elif brand == "amex":
        body = r.choice(["34", "37"]) + rs(r, DIG, 12)
    else:
        body = "6011" + rs(r, DIG, 11)
    num = body + luhn_digit(body)
    if sep is None:
        sep = r.choice([" ", " ", "-", ""])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    brand_name = {"visa": "VISA", "mc": "Mastercard", "amex": "AMEX", "disc": "Discover"}[brand]
    return sep.join(g), brand_name


def bad_cc(r):
    while True:
        num = r.choice("3456") + rs(r, DIG, 15)
        if not luhn_ok(num):
            return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.5 else num


def ssn_ok(s):
    dg = s.replace("-", "").replace(" ", "")
    if len(dg) != 9 or not dg.isdigit():
        return False
    a, g, n = dg[:3], dg[3:5], dg[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def bad_ssn(r):
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


IBAN_FMT = {"DE": "##################", "FR": "#######################", "ES": "####################",
            "IT": "A######################", "PT": "#####################", "NL": "AAAA##########",
            "PL": "########################", "SE": "####################", "NO": "###########",
            "DK": "##############", "FI": "##############", "BE": "############",
            "GB": "AAAA##############", "AT": "################", "CH": "#################"}


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    re_ = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in re_)
    return int(num) % 97 == 1


def iban(r, cc, grouped=None):
    bban = pat(r, IBAN_FMT[cc])
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + bban[4:]
    if cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + bban[4:]
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bad_iban(r, cc):
    while True:
        s = iban(r, cc, grouped=False)
        s = s[:2] + f"{(int(s[2:4]) + r.randint(1, 9)) % 100:02d}" + s[4:]
        if not iban_ok(s):
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BIC = {"DE": ["COBADEFFXXX", "DEUTDEFF", "GENODEF1M04", "BYLADEM1001"], "FR": ["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP"],
       "ES": ["CAIXESBBXXX", "BBVAESMM", "BSCHESMM"], "IT": ["BCITITMM", "UNCRITMM", "BPMOIT22XXX"],
       "PT": ["CGDIPTPL", "BCOMPTPL", "TOTAPTPL"], "NL": ["INGBNL2A", "ABNANL2A", "RABONL2U"],
       "PL": ["PKOPPLPW", "BPKOPLPW", "WBKPPLPP"], "SE": ["NDEASESS", "ESSESESS", "HANDSESS"],
       "NO": ["DNBANOKK", "NDEANOKK"], "DK": ["DABADKKK", "NDEADKKK"], "FI": ["OKOYFIHH", "NDEAFIHH"],
       "BE": ["GEBABEBB", "KREDBEBB"], "GB": ["NWBKGB2L", "BARCGB22"], "AT": ["BKAUATWW", "RZBAATWW"],
       "CH": ["UBSWCHZH80A", "CRESCHZZ80A"]}


def aba(r):
    while True:
        d8 = [r.randint(0, 9) for _ in range(8)]
        d8[0] = r.choice([0, 1, 2, 3])
        for c in range(10):
            dd = d8 + [c]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def npi(r):
    base = r.choice("12") + rs(r, DIG, 8)
    return base + luhn_digit("80840" + base)


def dea(r, last):
    l1 = r.choice("ABFM")
    l2 = ascii_fold(last)[0].upper()
    dg = [r.randint(0, 9) for _ in range(6)]
    chk = (dg[0] + dg[2] + dg[4] + 2 * (dg[1] + dg[3] + dg[5])) % 10
    return l1 + l2 + "".join(map(str, dg)) + str(chk)


def mbi(r):
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + DIG
    c = [r.choice("123456789"), r.choice(letters), r.choice(an), r.choice(DIG), r.choice(letters), r.choice(an),
         r.choice(DIG), r.choice(letters), r.choice(letters), r.choice(DIG), r.choice(DIG)]
    s = "".join(c)
    return s if r.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha1(r):
    return rs(r, HEXL, 40)


def sha256(r):
    return rs(r, HEXL, 64)


def nct(r):
    return "NCT0" + rs(r, DIG, 7)


def eudract(r):
    return f"{r.randint(2015, 2022)}-{rs(r, DIG, 6)}-{rs(r, DIG, 2)}"


def euct(r):
    return f"{r.randint(2023, 2025)}-5{rs(r, DIG, 5)}-{rs(r, DIG, 2)}-00"


def proto_id(r):
    return r.choice(["NVX", "HLG", "ARC", "TRN", "CLX", "BRV", "QNT", "MRD"]) + "-" + rs(r, DIG, 3) + "-" + r.choice(["201", "301", "302", "102", "003"])


def lot(r):
    return pat(r, r.choice(["A####B", "L#####", "FK####", "##?##A", "EY####"]))


def version(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}"


def plate_de(r):
    return f"{r.choice(['B', 'HH', 'M', 'K', 'F', 'S', 'FR', 'HD'])}-{rs(r, UP, 2)} {r.randint(10, 9999)}"


def vin(r):
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def ups(r):
    return "1Z" + rs(r, UP + DIG, 6) + rs(r, DIG, 10)


# =========================================================================
# secrets
# =========================================================================
def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def aws_akid(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, UP + "234567", 16)


def aws_secret(r):
    return rs(r, ALNUM + "/+", 40)


def gh_token(r):
    k = r.random()
    if k < 0.6:
        return "ghp_" + rs(r, ALNUM, 36)
    if k < 0.8:
        return r.choice(["gho_", "ghs_", "ghu_"]) + rs(r, ALNUM, 36)
    return "github_pat_" + rs(r, UP + DIG, 22) + "_" + rs(r, ALNUM, 59)


def slack_token(r):
    if r.random() < 0.6:
        return f"xoxb-{rs(r, DIG, 11)}-{rs(r, DIG, 13)}-{rs(r, ALNUM, 24)}"
    return f"xoxp-{rs(r, DIG, 11)}-{rs(r, DIG, 11)}-{rs(r, DIG, 13)}-{rs(r, HEXL, 32)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, ALNUM, r.choice([24, 34, 99]))


def jwt(r, payload=None):
    alg = r.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(r, ALNUM, 10)
    if payload is None:
        iat = r.randint(1690000000, 1740000000)
        payload = {"iss": r.choice(["https://auth.trialhub.io", "fhir-gateway", "https://login.clinicalcloud.net/oauth2"]),
                   "sub": r.choice(["svc-etl", "smart-app", uuid4(r)]), "scope": r.choice(["patient/*.read", "system/Observation.read", "user/*.*"]),
                   "iat": iat, "exp": iat + r.choice([300, 3600, 86400])}
    sig = rbytes(r, {"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(payload, separators=(",", ":")).encode()), b64url(sig)])


def pem(r, kind=None):
    kind = kind or r.choice(["RSA", "PKCS8", "EC", "OPENSSH"])
    if kind == "RSA":
        lab, head, n = "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", r.randint(20, 25)
    elif kind == "PKCS8":
        lab, head, n = "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", r.randint(20, 25)
    elif kind == "EC":
        lab, head, n = "EC PRIVATE KEY", "MHcCAQEEI", 3
    else:
        lab, head, n = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA", r.randint(5, 7)
    body = head + rs(r, ALNUM + "+/", 64 * n - len(head) - r.randint(0, 40))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    if kind == "EC":
        lines[-1] = lines[-1][:-2] + "=="
    return f"-----BEGIN {lab}-----\n" + "\n".join(lines) + f"\n-----END {lab}-----"


WORDS = ["Heron", "Maple", "Cobalt", "Tiger", "Orchid", "Falcon", "Granite", "Willow", "Quartz", "Saffron", "Juniper", "Nimbus",
         "Lantern", "Harbor", "Copper", "Violet", "Aspen", "Glacier", "Pepper", "Meadow"]


def password(r):
    k = r.random()
    if k < 0.4:
        return rs(r, ALNUM, r.randint(3, 6)) + r.choice("!#%*-_+=?") + rs(r, ALNUM, r.randint(4, 9)) + r.choice(["", "!", "#", "$"])
    if k < 0.7:
        return r.choice(WORDS) + r.choice(["-", "_", ".", "!"]) + r.choice(WORDS).lower() + str(r.randint(10, 999)) + r.choice(["", "!", "?"])
    return rs(r, ALNUM, r.randint(14, 24))


def generic_secret(r, kind=None):
    kind = kind or r.choice(["hex32", "sg", "azure", "whsec", "aiza", "opaque", "clientsecret", "okta"])
    if kind == "hex32":
        return rs(r, HEXU if r.random() < 0.5 else HEXL, 32)
    if kind == "sg":
        return "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43)
    if kind == "azure":
        return rs(r, ALNUM + "+/", 86) + "=="
    if kind == "whsec":
        return "whsec_" + rs(r, ALNUM, 32)
    if kind == "aiza":
        return "AIza" + rs(r, ALNUM + "-_", 35)
    if kind == "clientsecret":
        return rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "-_.~", 34)
    if kind == "okta":
        return "00" + rs(r, ALNUM + "-_", 40)
    return rs(r, ALNUM, r.randint(32, 48))


# =========================================================================
# locale data
# =========================================================================
NAMES = {
    "en": ("James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark "
           "Steven Paul Andrew Joshua Kevin Brian Kenji Carlos Oluwaseun Rahul Wei Tyrone Mateo Ethan Samuel",
           "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Sandra Ashley "
           "Emily Michelle Donna Priya Aisha Mei Fatima Keisha Sofia Hannah Grace Olivia Megan",
           "Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez|Gonzalez|Wilson|"
           "Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|White|Harris|Sanchez|Clark|Ramirez|Lewis|"
           "Robinson|Walker|Young|Allen|King|Wright|Scott|Torres|Nguyen|Hill|Flores|Green|Adams|Nelson|Baker|Hall|Rivera|"
           "Campbell|Mitchell|Carter|Roberts|O'Brien|Patel|Okafor|Kowalczyk|Yamamoto|Chen|Singh|Haddad|McAllister|Novak"),
    "de": ("Lukas Jonas Maximilian Felix Paul Tobias Jürgen Wolfgang Dieter Günter Stefan Klaus Fatih Andreas Matthias Uwe",
           "Anna Lena Sophie Marie Laura Katharina Ursula Sabine Monika Helga Claudia Elif Birgit Petra Jana Ingrid",
           "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|"
           "Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Yılmaz|Vogel|Friedrich|Keller|Günther"),
    "fr": ("Jean Pierre Michel Philippe Alain Nicolas Julien François Thierry Mathieu Karim Antoine Olivier Sébastien Luc Hugo",
           "Marie Sophie Isabelle Nathalie Catherine Camille Élodie Hélène Amélie Léa Yasmine Claire Chantal Manon Aurélie Sylvie",
           "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|Garcia|"
           "David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Mercier|Dupont|Lambert|Bonnet|Benali|Faure|Rousseau"),
    "es": ("José Antonio Manuel Francisco David Javier Alejandro Pablo Sergio Jorge Carlos Miguel Raúl Álvaro Diego Fernando",
           "María Carmen Ana Laura Lucía Elena Marta Cristina Pilar Rocío Isabel Nuria Paula Inmaculada Beatriz Silvia",
           "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|"
           "Moreno|Muñoz|Álvarez|Romero|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Serrano|Blanco|Molina|Castro|Ortega|Rubio"),
    "it": ("Giuseppe Giovanni Antonio Marco Luca Alessandro Andrea Matteo Lorenzo Stefano Francesco Davide Roberto Paolo Simone Riccardo",
           "Maria Anna Giulia Francesca Chiara Sara Paola Elena Valentina Federica Alessia Martina Silvia Laura Roberta Giorgia",
           "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|"
           "Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso"),
    "pt": ("João José António Manuel Rui Pedro Tiago Miguel Luís Carlos Francisco Nuno Paulo Diogo Ricardo Bruno",
           "Maria Ana Francisca Beatriz Inês Mariana Catarina Sofia Joana Rita Marta Carla Teresa Patrícia Helena Leonor",
           "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|Gonçalves|Gomes|Lopes|Marques|"
           "Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|Correia|Mendes|Nunes|Soares"),
    "nl": ("Daan Sem Lucas Levi Jan Pieter Bram Thijs Henk Willem Kees Joost Ruud Maarten Jeroen Sander",
           "Emma Julia Sophie Tess Anna Anouk Fleur Sanne Ingrid Marieke Lotte Femke Eva Linda Saskia Noor",
           "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|"
           "Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer"),
    "pl": ("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Grzegorz Jakub Łukasz Adam Marek Wojciech Kamil Rafał Mateusz",
           "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Zofia Monika Dorota Beata Natalia Karolina",
           "Nowak|Wójcik|Kowalczyk|Woźniak|Mazur|Krawczyk|Kaczmarek|Zając|Król|Wieczorek|Wróbel|Pawlak|Michalak|Sikora|"
           "Walczak|Baran|Duda|Kowalski/Kowalska|Wiśniewski/Wiśniewska|Lewandowski/Lewandowska|Zieliński/Zielińska|"
           "Kamiński/Kamińska|Dąbrowski/Dąbrowska"),
    "sv": ("Erik Lars Karl Johan Anders Per Nils Oskar Björn Magnus Gustav Mikael Fredrik Henrik",
           "Anna Maria Eva Karin Kristina Lena Ingrid Elsa Astrid Sara Linnea Maja Birgitta Ulla",
           "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|"
           "Lindqvist|Lindström|Bergström|Lindberg|Holm|Sandberg|Ekström"),
    "no": ("Ole Lars Per Jan Knut Eirik Magnus Håkon Bjørn Terje Sindre Geir Arne Kristian",
           "Kari Ingrid Anne Marit Solveig Sigrid Ingeborg Hilde Silje Nora Ragnhild Tone Guro Liv",
           "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Haugen|Berg|Dahl|"
           "Solberg|Bakken|Halvorsen|Moen|Lie"),
    "da": ("Jens Søren Niels Rasmus Mads Henrik Morten Anders Jesper Lars Frederik Mikkel Thomas Peter",
           "Mette Hanne Kirsten Lone Freja Anne Camilla Louise Pia Susanne Line Ida Maja Karen",
           "Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Madsen|"
           "Kristensen|Olsen|Thomsen|Poulsen|Møller|Mortensen|Kjær"),
    "fi": ("Juha Matti Timo Mikko Jukka Ville Antti Pekka Jari Kari Heikki Tuomas Eero Lauri",
           "Tuula Anna Leena Päivi Aino Sanna Maria Helena Johanna Riikka Eeva Satu Minna Kaisa",
           "Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|"
           "Lehtinen|Saarinen|Salminen|Heinonen|Niemi|Heikkilä|Kinnunen"),
}
NAMES["uk"] = NAMES["en"]


class Person:
    def __init__(self, first, last, sex, mi=""):
        self.first, self.last, self.sex, self.mi = first, last, sex, mi

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def fml(self):
        return f"{self.first} {self.mi}. {self.last}" if self.mi else self.full

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def LF(self):
        return f"{self.last.upper()}, {self.first}"

    @property
    def ini(self):
        return f"{self.first[0]}. {self.last}"

    def hl7(self, sep="^"):
        parts = [ascii_fold(self.last).upper(), ascii_fold(self.first).upper()]
        if self.mi:
            parts.append(self.mi)
        return sep.join(parts)

    def any(self, r, styles=("full", "full", "full", "lf", "ini", "fml")):
        s = r.choice(styles)
        return getattr(self, s)


def person(r, loc, sex=None):
    m, f, last = NAMES[loc]
    sex = sex or r.choice("MF")
    first = r.choice((m if sex == "M" else f).split())
    ln = r.choice(last.split("|"))
    if "/" in ln:
        ln = ln.split("/")[0 if sex == "M" else 1]
    if loc == "es" and r.random() < 0.7:
        ln2 = r.choice(last.split("|"))
        if ln2 != ln:
            ln = f"{ln} {ln2}"
    mi = r.choice(UP.replace("Q", "").replace("X", "")) if loc in ("en", "uk") and r.random() < 0.4 else ""
    return Person(first, ln, sex, mi)


def title(r, loc, sex, doc=False):
    if loc == "en":
        return "Dr. " if doc else ("Mr. " if sex == "M" else r.choice(["Ms. ", "Mrs. "]))
    if loc == "uk":
        return "Dr " if doc else ("Mr " if sex == "M" else r.choice(["Ms ", "Mrs "]))
    if loc == "de":
        if doc:
            return r.choice(["Dr. ", "Dr. med. ", "Prof. Dr. "])
        return "Herr " if sex == "M" else "Frau "
    if loc == "fr":
        return r.choice(["Dr ", "Dr. ", "Docteur "]) if doc else ("M. " if sex == "M" else "Mme ")
    if loc in ("es", "pt"):
        if doc:
            return "Dr. " if sex == "M" else "Dra. "
        return "Sr. " if sex == "M" else "Sra. "
    if loc == "it":
        if doc:
            return "Dott. " if sex == "M" else "Dott.ssa "
        return "Sig. " if sex == "M" else "Sig.ra "
    if loc == "nl":
        return "dr. " if doc else ("dhr. " if sex == "M" else "mevr. ")
    if loc == "pl":
        return r.choice(["dr n. med. ", "lek. "]) if doc else ("Pan " if sex == "M" else "Pani ")
    return ""


# cities: (city, region, postcode pattern)
CITIES = {
    "en": [("Boston", "MA", "021##"), ("Chicago", "IL", "606##"), ("Houston", "TX", "770##"), ("Seattle", "WA", "981##"),
           ("Denver", "CO", "802##"), ("Atlanta", "GA", "303##"), ("Phoenix", "AZ", "850##"), ("Nashville", "TN", "372##"),
           ("Cleveland", "OH", "441##"), ("Rochester", "MN", "559##"), ("Baltimore", "MD", "212##"), ("Durham", "NC", "277##"),
           ("Portland", "OR", "972##"), ("San Diego", "CA", "921##"), ("Pittsburgh", "PA", "152##"), ("Ann Arbor", "MI", "481##"),
           ("Madison", "WI", "537##"), ("Salt Lake City", "UT", "841##"), ("Omaha", "NE", "681##"), ("Albuquerque", "NM", "871##"),
           ("Columbus", "OH", "432##"), ("Sacramento", "CA", "958##"), ("Tampa", "FL", "336##"), ("Louisville", "KY", "402##")],
    "uk": [("London", "England", "SE1 #AA"), ("London", "England", "NW3 #AA"), ("Manchester", "England", "M13 #AA"),
           ("Leeds", "England", "LS9 #AA"), ("Birmingham", "England", "B15 #AA"), ("Bristol", "England", "BS2 #AA"),
           ("Glasgow", "Scotland", "G12 #AA"), ("Cardiff", "Wales", "CF14 #AA"), ("Newcastle upon Tyne", "England", "NE1 #AA"),
           ("Edinburgh", "Scotland", "EH16 #AA"), ("Sheffield", "England", "S10 #AA")],
    "de": [("Berlin", "Berlin", "10###"), ("Hamburg", "Hamburg", "20###"), ("München", "Bayern", "80###"),
           ("Köln", "Nordrhein-Westfalen", "50###"), ("Frankfurt am Main", "Hessen", "60###"), ("Stuttgart", "Baden-Württemberg", "70###"),
           ("Düsseldorf", "Nordrhein-Westfalen", "40###"), ("Leipzig", "Sachsen", "04###"), ("Dresden", "Sachsen", "01###"),
           ("Hannover", "Niedersachsen", "30###"), ("Nürnberg", "Bayern", "90###"), ("Freiburg im Breisgau", "Baden-Württemberg", "79###"),
           ("Heidelberg", "Baden-Württemberg", "69###"), ("Münster", "Nordrhein-Westfalen", "48###")],
    "fr": [("Paris", "Île-de-France", "750##"), ("Lyon", "Auvergne-Rhône-Alpes", "6900#"), ("Marseille", "Provence-Alpes-Côte d'Azur", "130##"),
           ("Toulouse", "Occitanie", "310##"), ("Bordeaux", "Nouvelle-Aquitaine", "330##"), ("Lille", "Hauts-de-France", "590##"),
           ("Nantes", "Pays de la Loire", "440##"), ("Strasbourg", "Grand Est", "670##"), ("Montpellier", "Occitanie", "340##"),
           ("Rennes", "Bretagne", "350##"), ("Grenoble", "Auvergne-Rhône-Alpes", "380##")],
    "es": [("Madrid", "Madrid", "280##"), ("Barcelona", "Barcelona", "080##"), ("Valencia", "Valencia", "460##"),
           ("Sevilla", "Sevilla", "410##"), ("Zaragoza", "Zaragoza", "500##"), ("Málaga", "Málaga", "290##"),
           ("Bilbao", "Bizkaia", "480##"), ("Salamanca", "Salamanca", "370##"), ("Granada", "Granada", "180##"),
           ("Oviedo", "Asturias", "330##"), ("Murcia", "Murcia", "300##")],
    "it": [("Roma", "RM", "001##"), ("Milano", "MI", "201##"), ("Napoli", "NA", "801##"), ("Torino", "TO", "101##"),
           ("Bologna", "BO", "401##"), ("Firenze", "FI", "501##"), ("Palermo", "PA", "901##"), ("Genova", "GE", "161##"),
           ("Padova", "PD", "351##"), ("Bari", "BA", "701##"), ("Verona", "VR", "371##")],
    "pt": [("Lisboa", "Lisboa", "1###-###"), ("Porto", "Porto", "4###-###"), ("Coimbra", "Coimbra", "3000-###"),
           ("Braga", "Braga", "4700-###"), ("Faro", "Faro", "8000-###"), ("Aveiro", "Aveiro", "3800-###"),
           ("Setúbal", "Setúbal", "2900-###"), ("Évora", "Évora", "7000-###"), ("Viseu", "Viseu", "3500-###")],
    "nl": [("Amsterdam", "Noord-Holland", "10## AA"), ("Rotterdam", "Zuid-Holland", "30## AA"), ("Utrecht", "Utrecht", "35## AA"),
           ("Den Haag", "Zuid-Holland", "25## AA"), ("Eindhoven", "Noord-Brabant", "56## AA"), ("Groningen", "Groningen", "97## AA"),
           ("Leiden", "Zuid-Holland", "23## AA"), ("Nijmegen", "Gelderland", "65## AA"), ("Maastricht", "Limburg", "62## AA"),
           ("Zwolle", "Overijssel", "80## AA")],
    "pl": [("Warszawa", "mazowieckie", "0#-###"), ("Kraków", "małopolskie", "3#-###"), ("Wrocław", "dolnośląskie", "5#-###"),
           ("Poznań", "wielkopolskie", "6#-###"), ("Gdańsk", "pomorskie", "80-###"), ("Łódź", "łódzkie", "9#-###"),
           ("Lublin", "lubelskie", "20-###"), ("Katowice", "śląskie", "40-###"), ("Białystok", "podlaskie", "15-###")],
    "sv": [("Stockholm", "Stockholms län", "1## ##"), ("Göteborg", "Västra Götalands län", "4## ##"), ("Malmö", "Skåne län", "2## ##"),
           ("Uppsala", "Uppsala län", "75# ##"), ("Linköping", "Östergötlands län", "58# ##"), ("Umeå", "Västerbottens län", "90# ##"),
           ("Örebro", "Örebro län", "70# ##"), ("Lund", "Skåne län", "22# ##")],
    "no": [("Oslo", "Oslo", "0###"), ("Bergen", "Vestland", "50##"), ("Trondheim", "Trøndelag", "70##"),
           ("Stavanger", "Rogaland", "40##"), ("Tromsø", "Troms", "90##"), ("Kristiansand", "Agder", "46##"),
           ("Drammen", "Buskerud", "30##")],
    "da": [("København", "Hovedstaden", "1###"), ("Aarhus", "Midtjylland", "8000"), ("Odense", "Syddanmark", "5000"),
           ("Aalborg", "Nordjylland", "9000"), ("Esbjerg", "Syddanmark", "6700"), ("Roskilde", "Sjælland", "4000"),
           ("Vejle", "Syddanmark", "7100")],
    "fi": [("Helsinki", "Uusimaa", "00###"), ("Tampere", "Pirkanmaa", "33###"), ("Turku", "Varsinais-Suomi", "20###"),
           ("Oulu", "Pohjois-Pohjanmaa", "90###"), ("Espoo", "Uusimaa", "02###"), ("Kuopio", "Pohjois-Savo", "70###"),
           ("Jyväskylä", "Keski-Suomi", "40###")],
}
US_STATES = {"MA": "Massachusetts", "IL": "Illinois", "TX": "Texas", "WA": "Washington", "CO": "Colorado", "GA": "Georgia",
             "AZ": "Arizona", "TN": "Tennessee", "OH": "Ohio", "MN": "Minnesota", "MD": "Maryland", "NC": "North Carolina",
             "OR": "Oregon", "CA": "California", "PA": "Pennsylvania", "MI": "Michigan", "WI": "Wisconsin", "UT": "Utah",
             "NE": "Nebraska", "NM": "New Mexico", "FL": "Florida", "KY": "Kentucky"}
IT_REGION = {"RM": "Lazio", "MI": "Lombardia", "NA": "Campania", "TO": "Piemonte", "BO": "Emilia-Romagna", "FI": "Toscana",
             "PA": "Sicilia", "GE": "Liguria", "PD": "Veneto", "BA": "Puglia", "VR": "Veneto"}
COUNTRY = {"en": ("USA", "US"), "uk": ("United Kingdom", "GB"), "de": ("Deutschland", "DE"), "fr": ("France", "FR"),
           "es": ("España", "ES"), "it": ("Italia", "IT"), "pt": ("Portugal", "PT"), "nl": ("Nederland", "NL"),
           "pl": ("Polska", "PL"), "sv": ("Sverige", "SE"), "no": ("Norge", "NO"), "da": ("Danmark", "DK"), "fi": ("Suomi", "FI")}
COUNTRY_EN = {"en": "United States", "uk": "United Kingdom", "de": "Germany", "fr": "France", "es": "Spain", "it": "Italy",
              "pt": "Portugal", "nl": "the Netherlands", "pl": "Poland", "sv": "Sweden", "no": "Norway", "da": "Denmark", "fi": "Finland"}

STREETS = {
    "en": ["Elm Street", "Oak Avenue", "Maple Drive", "Washington Blvd", "Lakeview Road", "Cedar Lane", "Park Place", "Highland Ave",
           "Pine St", "Main Street", "River Road", "Hillcrest Dr", "Sunset Blvd", "Chestnut St", "Walnut Ave", "Harbor Way"],
    "uk": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Avenue", "Mill Lane"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Goethestraße", "Schillerstraße", "Gartenweg", "Am Markt", "Bergstraße",
           "Kirchgasse", "Friedrichstraße", "Sonnenweg", "Mühlenweg", "Rosenstraße", "Parkallee"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "place de la Mairie",
           "rue des Lilas", "chemin des Vignes", "allée des Tilleuls", "rue Pasteur", "avenue de la Gare"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia", "Calle Real", "Plaza de España",
           "Calle San Juan", "Avenida de América", "Calle del Carmen"],
    "it": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante", "Piazza Cavour", "Viale dei Mille",
           "Via Mazzini", "Via XX Settembre", "Via Verdi"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Almada", "Travessa do Carmo",
           "Rua da Alegria", "Avenida da República"],
    "nl": ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Keizersgracht", "Molenweg", "Julianalaan", "Wilhelminastraat", "Schoolstraat"],
    "pl": ["Marszałkowska", "Długa", "Polna", "Lipowa", "Kościuszki", "Mickiewicza", "Słowackiego", "Ogrodowa"],
    "sv": ["Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Ringvägen", "Björkvägen", "Vasagatan"],
    "no": ["Storgata", "Kirkeveien", "Skolegata", "Parkveien", "Bjerkelundveien", "Kongens gate"],
    "da": ["Nørregade", "Vestergade", "Skolevej", "Kirkevej", "Strandvejen", "Algade"],
    "fi": ["Mannerheimintie", "Hämeenkatu", "Kauppakatu", "Koulukatu", "Rantatie", "Puistokatu"],
}


class Addr:
    def __init__(self, loc, line, city, region, pc):
        self.loc, self.line, self.city, self.region, self.pc = loc, line, city, region, pc
        self.country, self.cc = COUNTRY[loc]

    def city_line(self):
        l = self.loc
        if l == "en":
            return f"{self.city}, {self.region} {self.pc}"
        if l == "uk":
            return f"{self.city} {self.pc}"
        if l == "it":
            return f"{self.pc} {self.city} ({self.region})"
        return f"{self.pc} {self.city}"

    def one(self, country=False):
        s = f"{self.line}, {self.city_line()}"
        if country:
            s += ", " + self.country
        return s

    def block(self, country=False):
        s = f"{self.line}\n{self.city_line()}"
        if country:
            s += "\n" + self.country
        return s

    def region_name(self):
        if self.loc == "en":
            return US_STATES.get(self.region, self.region)
        if self.loc == "it":
            return IT_REGION.get(self.region, self.region)
        return self.region

    def place(self):
        """'City, ST' or 'City' as a LOCATION string."""
        if self.loc == "en":
            return f"{self.city}, {self.region}"
        return self.city


def addr(r, loc):
    city, region, pcp = r.choice(CITIES[loc])
    pc = pat(r, pcp)
    st = r.choice(STREETS[loc])
    n = r.randint(1, 180)
    if loc == "en":
        line = f"{r.randint(10, 9899)} {st}"
        if r.random() < 0.35:
            line += r.choice([f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f", Suite {r.randint(100, 950)}", f" Unit {r.randint(1, 40)}",
                              f", Apt. {r.randint(100, 999)}"])
    elif loc == "uk":
        line = f"{n} {st}" if r.random() < 0.7 else f"Flat {r.randint(1, 20)}, {n} {st}"
    elif loc in ("de", "nl", "sv", "no"):
        line = f"{st} {n}{r.choice(['', '', '', 'a', 'b'])}"
    elif loc == "fr":
        line = f"{n}{r.choice(['', '', ' bis'])} {st}"
    elif loc == "es":
        line = f"{st}, {n}" + (f", {r.randint(1, 9)}º {r.choice('ABCD')}" if r.random() < 0.7 else "")
    elif loc == "it":
        line = f"{st} {n}" if r.random() < 0.7 else f"{st}, {n}"
    elif loc == "pt":
        line = f"{st}, {n}" + (f", {r.randint(1, 8)}º {r.choice(['Esq.', 'Dto.', 'Frt.'])}" if r.random() < 0.6 else "")
    elif loc == "pl":
        line = f"ul. {st} {n}" + (f"/{r.randint(1, 80)}" if r.random() < 0.7 else "")
    elif loc == "da":
        line = f"{st} {n}" + (f", {r.randint(1, 5)}. {r.choice(['th.', 'tv.', 'mf.'])}" if r.random() < 0.6 else "")
    else:  # fi
        line = f"{st} {n}" + (f" {r.choice('ABC')} {r.randint(1, 40)}" if r.random() < 0.6 else "")
    return Addr(loc, line, city, region, pc)


def phone(r, loc, mobile=None):
    if mobile is None:
        mobile = r.random() < 0.35
    d = lambda n: rs(r, DIG, n)
    if loc == "en":
        a = r.choice(["617", "312", "713", "206", "303", "404", "602", "615", "216", "507", "410", "919", "503", "619", "412",
                      "734", "608", "801", "402", "505", "614", "916", "813", "502"])
        e = str(r.randint(200, 989))
        ln = d(4)
        return r.choice([f"({a}) {e}-{ln}", f"{a}-{e}-{ln}", f"+1 {a} {e} {ln}", f"{a}.{e}.{ln}", f"1-{a}-{e}-{ln}",
                         f"+1 ({a}) {e}-{ln}"])
    if loc == "uk":
        if mobile:
            return r.choice([f"07700 900{d(3)}", f"+44 7700 900{d(3)}"])
        return r.choice([f"020 7946 0{d(3)}", f"+44 20 7946 0{d(3)}", f"0161 496 0{d(3)}", f"0113 496 0{d(3)}"])
    if loc == "de":
        if mobile:
            p = r.choice(["151", "152", "160", "170", "176", "172"])
            return r.choice([f"0{p} {d(8)}", f"+49 {p} {d(8)}", f"0{p}/{d(4)} {d(4)}"])
        a = r.choice(["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "911", "761", "6221"])
        s = d(r.randint(6, 8))
        return r.choice([f"0{a} {s}", f"+49 {a} {s}", f"+49 (0){a} {s}", f"0{a}/{s}", f"0{a} {s[:-2]}-{s[-2:]}"])
    if loc == "fr":
        p = r.choice("67") if mobile else r.choice("12345")
        g = " ".join(d(2) for _ in range(4))
        return r.choice([f"0{p} {g}", f"+33 {p} {g}", f"0{p}.{g.replace(' ', '.')}", f"+33 (0){p} {g}"])
    if loc == "es":
        p = r.choice("67") if mobile else "9"
        n = p + d(8)
        return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                         f"+34 {n}"])
    if loc == "it":
        if mobile:
            return r.choice([f"3{d(2)} {d(3)} {d(4)}", f"+39 3{d(2)} {d(7)}"])
        a = r.choice(["06", "02", "011", "051", "055", "081", "091", "010", "049"])
        return r.choice([f"{a} {d(4)} {d(4)}", f"+39 {a} {d(7)}", f"{a}/{d(7)}"])
    if loc == "pt":
        p = "9" + r.choice("1236") if mobile else "2" + r.choice("1234")
        return r.choice([f"{p}{d(1)} {d(3)} {d(3)}", f"+351 {p}{d(1)} {d(3)} {d(3)}"])
    if loc == "nl":
        if mobile:
            return r.choice([f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+31 6 {d(8)}"])
        a = r.choice(["20", "10", "30", "70", "40", "50", "71", "24", "43"])
        return r.choice([f"0{a}-{d(7)}", f"+31 {a} {d(3)} {d(4)}", f"0{a} {d(3)} {d(4)}"])
    if loc == "pl":
        if mobile:
            return r.choice([f"{r.choice('5678')}{d(2)} {d(3)} {d(3)}", f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}"])
        a = r.choice(["22", "12", "71", "61", "58", "42", "81", "32"])
        return r.choice([f"{a} {d(3)} {d(2)} {d(2)}", f"+48 {a} {d(3)} {d(2)} {d(2)}", f"({a}) {d(3)}-{d(2)}-{d(2)}"])
    if loc == "sv":
        if mobile:
            return r.choice([f"07{r.choice('0236')}-{d(3)} {d(2)} {d(2)}", f"+46 7{r.choice('0236')} {d(3)} {d(2)} {d(2)}"])
        a = r.choice(["8", "31", "40", "18", "13", "90"])
        return r.choice([f"0{a}-{d(3)} {d(2)} {d(2)}", f"+46 {a} {d(3)} {d(2)} {d(2)}"])
    if loc == "no":
        if mobile:
            return r.choice([f"{r.choice('49')}{d(2)} {d(2)} {d(3)}", f"+47 {r.choice('49')}{d(2)} {d(2)} {d(3)}"])
        return r.choice([f"{r.choice('2357')}{d(1)} {d(2)} {d(2)} {d(2)}", f"+47 {r.choice('2357')}{d(1)} {d(2)} {d(2)} {d(2)}"])
    if loc == "da":
        return r.choice([f"{r.choice('23456789')}{d(1)} {d(2)} {d(2)} {d(2)}", f"+45 {r.choice('23456789')}{d(1)} {d(2)} {d(2)} {d(2)}"])
    if loc == "fi":
        if mobile:
            return r.choice([f"04{r.choice('0456')} {d(3)} {d(4)}", f"+358 4{r.choice('0456')} {d(3)} {d(4)}"])
        return r.choice([f"09 {d(4)} {d(3)}", f"+358 9 {d(4)} {d(3)}", f"03 {d(3)} {d(4)}"])
    raise KeyError(loc)


MAILDOM = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "uk": ["gmail.com", "btinternet.com", "outlook.com", "nhs.net"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "sv": ["telia.com", "gmail.com", "bredband.net"],
    "no": ["online.no", "gmail.com", "hotmail.no"],
    "da": ["mail.dk", "gmail.com", "jubii.dk"],
    "fi": ["luukku.com", "gmail.com", "kolumbus.fi"],
}
INSTDOM = {
    "en": ["mercygeneral.org", "riversidemed.org", "northgate-rmc.org", "lakeshore-uh.edu", "bayviewhealth.org", "summitclinic.com"],
    "uk": ["nhs.net", "stgeorges-trust.nhs.uk"],
    "de": ["klinikum-stadtpark.de", "uk-nord.de", "praxis-am-ring.de", "ekh-bethanien.de"],
    "fr": ["chu-exemple.fr", "clinique-des-cedres.fr", "aphp.fr"],
    "es": ["salud.gob-ejemplo.es", "hospitalgeneral.es", "clinicalosolivos.es"],
    "it": ["ospedalemaggiore.it", "aou-esempio.it", "policlinico.it"],
    "pt": ["chu-exemplo.min-saude.pt", "usf-oriente.pt"],
    "nl": ["umc-voorbeeld.nl", "rijnstate.nl", "delinde-huisartsen.nl"],
    "pl": ["szpital-kliniczny.pl", "wss-przyklad.pl"],
    "sv": ["regionen.se", "vardcentralen-bjorken.se"],
    "no": ["sykehuset.no", "legevakt-eksempel.no"],
    "da": ["regionshospitalet.dk", "laegehuset.dk"],
    "fi": ["sairaala-esimerkki.fi", "terveyskeskus.fi"],
}


def email(r, p, loc, dom=None):
    f = ascii_fold(p.first).lower().replace(" ", "").replace("'", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    dom = dom or r.choice(MAILDOM[loc])
    user = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}", f"{f[0]}.{l}"])
    return f"{user}@{dom}"


ROLES = {"pv": ["drugsafety", "pv.intake", "safety.reports", "pharmacovigilance"], "irb": ["irb", "irb.office", "hrpp"],
         "lab": ["lab.results", "biobank", "lims-oncall", "corelab"], "site": ["crc.office", "research.coordinator", "studyteam"],
         "sec": ["it-security", "soc", "privacy.office"]}


def role_email(r, dom, kind="site"):
    return r.choice(ROLES[kind]) + "@" + dom


def us10(r):
    """(area, exchange, line) of a plausible NANP number."""
    return (str(r.randint(2, 9)) + rs(r, DIG, 2), str(r.randint(2, 9)) + rs(r, DIG, 2), rs(r, DIG, 4))


def age_at(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def wkday(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def indent_block(s, ind="   "):
    return s.replace("\n", "\n" + ind)


HOSP = {
    "en": ["Mercy General Hospital", "Riverside Medical Center", "Northgate Regional Medical Center", "Lakeshore University Hospital",
           "Bayview Community Hospital", "Summit Health Clinic", "Pinecrest Children's Hospital", "Valley Cancer Institute"],
    "uk": ["St George's University Hospitals NHS Foundation Trust", "Royal Infirmary", "University Hospitals NHS Trust"],
    "de": ["Klinikum am Stadtpark", "Universitätsklinikum Nord", "Evangelisches Krankenhaus Bethanien", "St. Elisabeth-Krankenhaus",
           "Kreiskrankenhaus am Berg"],
    "fr": ["Centre Hospitalier Universitaire", "Clinique des Cèdres", "Hôpital privé des Peupliers", "Centre hospitalier intercommunal"],
    "es": ["Hospital General Universitario", "Clínica Los Olivos", "Hospital Universitario del Río", "Complejo Asistencial Universitario"],
    "it": ["Azienda Ospedaliera Universitaria", "Ospedale Maggiore", "Policlinico Universitario", "Presidio Ospedaliero San Camillo"],
    "pt": ["Centro Hospitalar Universitário", "Hospital de Santa Maria", "Unidade Local de Saúde do Litoral"],
    "nl": ["Universitair Medisch Centrum", "Ziekenhuis Rijnstate", "Medisch Centrum De Linde"],
    "pl": ["Szpital Kliniczny nr 1", "Wojewódzki Szpital Specjalistyczny", "Uniwersyteckie Centrum Kliniczne"],
    "sv": ["Universitetssjukhuset", "Centralsjukhuset", "Vårdcentralen Björken"],
    "no": ["Universitetssykehuset", "Sentralsykehuset", "Legevakten"],
    "da": ["Regionshospitalet", "Universitetshospitalet", "Lægehuset ved Søen"],
    "fi": ["Yliopistollinen keskussairaala", "Keskussairaala", "Terveysasema Kaivopuisto"],
}
SPONSORS = ["Novaxis Therapeutics", "Heliogen Biopharma", "Corvanta Pharma AG", "Lumora Biosciences", "Trenova Oncology",
            "Brevant Medical", "Quintara Bio", "Meridian Vaccines SA"]
CROS = ["Apex Clinical Research", "Clinexa Research GmbH", "Veritrial CRO", "Northstar Site Services", "Pharmalink Trials"]


# =========================================================================
# dates and times
# =========================================================================
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
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "fi": ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta "
           "marraskuuta joulukuuta").split(),
}
MONTHS["uk"] = MONTHS["en"]
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
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
}
WEEKDAYS["uk"] = WEEKDAYS["en"]


def rdate(r, y0, y1):
    a = date(y0, 1, 1)
    b = date(y1, 12, 31)
    return a + timedelta(days=r.randrange((b - a).days + 1))


def dob_d(r, y0=1932, y1=2006):
    return rdate(r, y0, y1)


def ev_d(r):
    return rdate(r, 2022, 2025)


def rtime(r, h0=6, h1=22):
    return r.randint(h0, h1), r.randrange(0, 60, r.choice([1, 5, 5, 15]))


def fdate(loc, d, style="num"):
    y, m, dd = d.year, d.month, d.day
    M = MONTHS.get(loc, MONTHS["en"])
    if style == "iso":
        return d.isoformat()
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mon":  # 12-MAR-2024 / 12 Mar 2024
        return f"{dd:02d}-{MONTHS['en'][m - 1][:3].upper()}-{y}"
    if style == "dmon":
        return f"{dd} {MONTHS['en'][m - 1][:3]} {y}"
    if loc == "en":
        return f"{m:02d}/{dd:02d}/{y}" if style == "num" else (f"{M[m - 1]} {dd}, {y}" if style == "long" else f"{m}/{dd}/{y}")
    if loc == "uk":
        return f"{dd:02d}/{m:02d}/{y}" if style == "num" else f"{dd} {M[m - 1]} {y}"
    if loc == "de":
        return f"{dd:02d}.{m:02d}.{y}" if style == "num" else f"{dd}. {M[m - 1]} {y}"
    if loc in ("fr", "it"):
        return f"{dd:02d}/{m:02d}/{y}" if style == "num" else f"{dd} {M[m - 1]} {y}"
    if loc in ("es", "pt"):
        return f"{dd:02d}/{m:02d}/{y}" if style == "num" else f"{dd} de {M[m - 1]} de {y}"
    if loc == "nl":
        return f"{dd:02d}-{m:02d}-{y}" if style == "num" else f"{dd} {M[m - 1]} {y}"
    if loc == "pl":
        return f"{dd:02d}.{m:02d}.{y}" if style == "num" else f"{dd} {M[m - 1]} {y}"
    if loc == "sv":
        return d.isoformat() if style == "num" else f"{dd} {M[m - 1]} {y}"
    if loc in ("no", "da"):
        return f"{dd:02d}.{m:02d}.{y}" if style == "num" else f"{dd}. {M[m - 1]} {y}"
    if loc == "fi":
        return f"{dd}.{m}.{y}" if style == "num" else f"{dd}. {M[m - 1]} {y}"
    raise KeyError(loc)


def ftime(loc, h, mi, style=None):
    if loc == "en":
        if style == "24":
            return f"{h:02d}:{mi:02d}"
        hh = h % 12 or 12
        return f"{hh}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if loc == "uk":
        return f"{h:02d}:{mi:02d}"
    if loc == "de":
        return f"{h:02d}:{mi:02d}" + (" Uhr" if style == "uhr" else "")
    if loc == "fr":
        return f"{h}h{mi:02d}" if style != "24" else f"{h:02d}:{mi:02d}"
    if loc == "pt":
        return f"{h}h{mi:02d}" if style == "h" else f"{h:02d}:{mi:02d}"
    if loc in ("sv", "no", "da", "fi"):
        return f"{h:02d}.{mi:02d}" if style != "24" else f"{h:02d}:{mi:02d}"
    return f"{h:02d}:{mi:02d}"


CONNECT = {"en": [" ", " at ", ", "], "uk": [" ", " at ", ", "], "de": [" ", " um ", ", "], "fr": [" à ", " "],
           "es": [" a las ", " "], "it": [" alle ", " ore ", " "], "pt": [" às ", " "], "nl": [" om ", " "],
           "pl": [" godz. ", " "], "sv": [" kl. ", " "], "no": [" kl. "], "da": [" kl. "], "fi": [" klo "]}


def fdt(r, loc, d, h, mi, dstyle="num", weekday=False):
    conn = r.choice(CONNECT[loc])
    tstyle = None
    if loc == "de" and conn == " um ":
        tstyle = r.choice(["uhr", None])
    if loc == "pt" and conn == " às ":
        tstyle = r.choice(["h", None])
    s = fdate(loc, d, dstyle) + conn + ftime(loc, h, mi, tstyle)
    if weekday:
        wd = WEEKDAYS[loc][d.weekday()]
        s = f"{wd}, {s}" if loc in ("en", "uk", "de", "es", "pt", "pl") else f"{wd} {s}"
    return s


def fdate_wd(loc, d, dstyle="long"):
    wd = WEEKDAYS[loc][d.weekday()]
    if loc in ("en", "uk", "de", "es", "pt", "pl"):
        return f"{wd}, {fdate(loc, d, dstyle)}"
    return f"{wd} {fdate(loc, d, dstyle)}"


# =========================================================================
# clinical vocabularies (hard negatives: drug names, codes, amounts ...)
# =========================================================================
DRUGS = ["metformin 1000 mg", "atorvastatin 40 mg", "apixaban 5 mg", "ramipril 5 mg", "bisoprolol 2.5 mg", "pantoprazole 40 mg",
         "levothyroxine 75 mcg", "empagliflozin 10 mg", "sertraline 50 mg", "amlodipine 5 mg", "furosemide 40 mg",
         "ticagrelor 90 mg", "rivaroxaban 20 mg", "prednisolone 5 mg", "amoxicillin 500 mg", "dupilumab 300 mg",
         "pembrolizumab 200 mg", "semaglutide 1 mg", "adalimumab 40 mg", "insulin glargine 100 U/mL"]
BRANDS = ["Keytruda", "Ozempic", "Eliquis", "Humira", "Dupixent", "Jardiance", "Xarelto", "Brilinta", "Lipitor", "Synthroid"]
AES = [("Nausea", "10028813"), ("Rash maculo-papular", "10037868"), ("Hepatic enzyme increased", "10060795"),
       ("Neutropenia", "10029354"), ("Fatigue", "10016256"), ("Diarrhoea", "10012735"), ("Pneumonitis", "10035742"),
       ("Atrial fibrillation", "10003658"), ("Anaphylactic reaction", "10002198"), ("Headache", "10019211"),
       ("Hypoglycaemia", "10020993"), ("Acute kidney injury", "10069339"), ("Pyrexia", "10037660"), ("Syncope", "10042772")]
DX = [("Type 2 diabetes mellitus without complications", "E11.9"), ("Essential (primary) hypertension", "I10"),
      ("NSTEMI", "I21.4"), ("Community-acquired pneumonia", "J18.9"), ("Heart failure, unspecified", "I50.9"),
      ("COPD with acute exacerbation", "J44.1"), ("Atrial fibrillation", "I48.91"), ("Malignant neoplasm of breast", "C50.911"),
      ("Chronic kidney disease, stage 3", "N18.30"), ("Major depressive disorder", "F32.9"), ("Sepsis, unspecified", "A41.9"),
      ("Fracture of neck of femur", "S72.001A")]
LABS = [("Sodium", "2951-2", "mmol/L", 133, 147, "135-145", 0), ("Potassium", "2823-3", "mmol/L", 3.1, 5.8, "3.5-5.1", 1),
        ("Creatinine", "2160-0", "mg/dL", 0.6, 2.4, "0.6-1.2", 2), ("Glucose", "2345-7", "mg/dL", 70, 260, "70-99", 0),
        ("Hemoglobin", "718-7", "g/dL", 8.5, 16.5, "12.0-15.5", 1), ("WBC", "6690-2", "10^3/uL", 2.1, 17.0, "4.0-11.0", 1),
        ("Platelets", "777-3", "10^3/uL", 90, 420, "150-400", 0), ("ALT", "1742-6", "U/L", 9, 180, "7-56", 0),
        ("AST", "1920-8", "U/L", 10, 160, "10-40", 0), ("HbA1c", "4548-4", "%", 5.1, 10.8, "4.0-5.6", 1),
        ("TSH", "3016-3", "mIU/L", 0.2, 8.9, "0.4-4.0", 2), ("CRP", "1988-5", "mg/L", 0.5, 120, "<5", 1),
        ("eGFR", "33914-3", "mL/min/1.73m2", 22, 110, ">60", 0), ("Troponin I hs", "89579-7", "ng/L", 2, 900, "<34", 0)]
CPT = ["99213", "99214", "99285", "80053", "85025", "93000", "71046", "70450", "36415", "J9271", "96413"]


def lab_val(r, lab):
    name, loinc, unit, lo, hi, ref, dec = lab
    v = r.uniform(lo, hi)
    return f"{v:.{dec}f}"


def money(r, lo=15, hi=4000, cur="$"):
    v = r.uniform(lo, hi)
    if cur == "$":
        return f"${v:,.2f}"
    return f"{v:,.2f} {cur}".replace(",", "X").replace(".", ",").replace("X", ".")


# =========================================================================
# English document kinds
# =========================================================================
def dr(r, loc, p, style=None, doc=True):
    """title (outside span) + name (PERSON)."""
    nm = getattr(p, style) if style else p.any(r, ("full", "full", "ini", "fml"))
    return [title(r, loc, p.sex, doc), T(nm, PER)]


def k_screening_log(r, d):
    spon, proto = r.choice(SPONSORS), proto_id(r)
    hosp, dom = r.choice(HOSP["en"]), r.choice(INSTDOM["en"])
    a = addr(r, "en")
    pi, sc = person(r, "en"), person(r, "en")
    site = r.randint(101, 199)
    d.add(f"{spon.upper()} — PROTOCOL {proto}\n")
    d.add("SITE SCREENING & ENROLMENT LOG — CONFIDENTIAL SOURCE DOCUMENT (retain at site, do not transmit to sponsor)\n")
    d.add(f"{nct(r)} | EudraCT {eudract(r)} | Log template v{r.randint(1, 4)}.{r.randint(0, 3)}\n")
    d.add(f"Site {site} — {hosp}, ", T(a.place(), LOC), "\n")
    d.add("Principal Investigator: ", dr(r, "en", pi, "full"), "\n")
    d.add("Study coordinator: ", T(sc.full, PER), " | ", T(phone(r, "en"), PH), " | ", T(email(r, sc, "en", dom), EM), "\n\n")
    style = r.choice(["pipe", "fixed", "tsv"])
    rows = []
    for j in range(r.randint(3, 7)):
        p = person(r, "en")
        status = r.choice(["Randomized", "Randomized", "Screen failure (I/E #4: eGFR < 30)", "Screen failure (HbA1c > 10.5%)",
                           "Withdrew consent", "Pending labs"])
        cons = ev_d(r)
        rows.append([f"{site}-{j + 1:03d}", T(r.choice([p.lf, p.LF, p.full]), PER),
                     T(fdate("en", dob_d(r, 1940, 2000), r.choice(["num", "mon"])), DOB),
                     T(pat(r, r.choice(["########", "E#######", "MR######"])), MRN),
                     T(fdate("en", cons, r.choice(["num", "mon"])), DT), status])
    table(d, ["Subject ID", "Name", "DOB", "MRN", "ICF signed", "Status"], rows, style)
    d.add(f"\nTotals: screened {len(rows)}, randomized {sum(1 for x in rows if x[5] == 'Randomized')}; "
          f"target enrolment {r.randint(8, 40)} (competitive). IWRS ref {rs(r, UP + DIG, 10)}.\n")
    d.add("Reviewed by CRA: ", T(person(r, "en").full, PER), " on ", T(fdate("en", ev_d(r)), DT), "\n")


def k_ae_log(r, d):
    proto = proto_id(r)
    pi = person(r, "en")
    subj = f"{r.randint(101, 450)}-{r.randint(1, 30):03d}"
    d.add(f"Protocol {proto}   Subject {subj}   Form: ADVERSE EVENTS (AE)   Visit: Unscheduled / Log form\n")
    d.add(f"eCRF build {version(r)}  •  Page 1 of 1  •  Data entry status: {r.choice(['Complete', 'SDV pending', 'Frozen'])}\n\n")
    rows = []
    for j in range(r.randint(2, 5)):
        ae, code = r.choice(AES)
        on = ev_d(r)
        ongoing = r.random() < 0.3
        rows.append([str(j + 1), ae, code, T(fdate("en", on, r.choice(["num", "mon", "iso"])), DT),
                     "Ongoing" if ongoing else T(fdate("en", on + timedelta(days=r.randint(1, 30)), r.choice(["num", "mon", "iso"])), DT),
                     f"Grade {r.randint(1, 4)}", r.choice(["Related", "Not related", "Possibly related"]),
                     r.choice(["N", "N", "Y"]), r.choice(["Dose not changed", "Drug interrupted", "Dose reduced"])])
    table(d, ["#", "AE term (verbatim)", "MedDRA LLT", "Onset", "Resolution", "CTCAE", "Causality", "Serious", "Action"],
          rows, r.choice(["pipe", "fixed"]))
    d.add("\nQuery Q-", str(r.randint(1000, 9999)), ": Onset date precedes first dose (Cycle 1 Day 1). Please verify against source. "
          f"Raised {r.randint(2, 9)} days ago by DM; status Open.\n")
    h, m = rtime(r)
    d.add("Investigator signature: electronically signed by ", dr(r, "en", pi, "full"), ", MD on ",
          T(fdt(r, "en", ev_d(r), h, m), DT), "\n")
    d.add(f"Signature manifest id {uuid4(r)} (21 CFR Part 11)\n")


def k_cioms(r, d):
    loc = r.choice(["en", "de", "fr", "es", "it", "nl"])
    rep = person(r, loc)
    dob = dob_d(r)
    on = ev_d(r)
    spon = r.choice(SPONSORS)
    ma = addr(r, "en")
    drug = r.choice(DRUGS)
    ae, _ = r.choice(AES)
    d.add("CIOMS FORM\n\nSUSPECT ADVERSE REACTION REPORT\n\n")
    d.add("I. REACTION INFORMATION\n")
    d.add("1. PATIENT INITIALS (first, last): PRIVACY   1a. COUNTRY: ", T(COUNTRY_EN[loc].replace("the ", ""), LOC), "\n")
    d.add("2. DATE OF BIRTH: ", T(fdate("en", dob, "mon"), DOB), f"   2a. AGE: {age_at(dob, on)} Years   3. SEX: {r.choice('MF')}"
          f"   3a. WEIGHT: {r.randint(48, 118)} kg\n")
    d.add("4-6. REACTION ONSET: ", T(fdate("en", on, "mon"), DT), "\n")
    d.add(f"7+13. DESCRIBE REACTION(S) (including relevant tests/lab data):\n   {ae} (MedDRA PT). Patient received {drug} "
          f"daily for {r.randint(3, 60)} days. On ", T(fdate("en", on, r.choice(["mon", "dmon"])), DT),
          f" the patient developed {ae.lower()} requiring hospitalisation for {r.randint(2, 12)} days. "
          f"ALT {r.randint(90, 400)} U/L (ULN 56). Event outcome: {r.choice(['recovering', 'recovered', 'not recovered'])}.\n")
    d.add("8-12. CHECK ALL APPROPRIATE: [X] PATIENT HOSPITALISED  [ ] PATIENT DIED  [ ] LIFE THREATENING\n\n")
    d.add("II. SUSPECT DRUG(S) INFORMATION\n")
    d.add(f"14. SUSPECT DRUG(S): {drug.split()[0].upper()} {drug.split(' ', 1)[1]} film-coated tablets, Lot {lot(r)}\n")
    d.add(f"15. DAILY DOSE(S): {drug.split(' ', 1)[1]} once daily   16. ROUTE(S): oral\n")
    d.add(f"17. INDICATION(S) FOR USE: {r.choice(DX)[0]}\n")
    t0 = on - timedelta(days=r.randint(5, 200))
    d.add("18. THERAPY DATES (from/to): ", T(fdate("en", t0, "mon"), DT), " / ", T(fdate("en", on, "mon"), DT),
          f"   19. THERAPY DURATION: {(on - t0).days} days\n")
    d.add("20. DID REACTION ABATE AFTER STOPPING DRUG? YES   21. DID REACTION REAPPEAR AFTER REINTRODUCTION? NA\n\n")
    d.add("III. CONCOMITANT DRUG(S) AND HISTORY\n")
    d.add(f"22. CONCOMITANT DRUG(S): {r.choice(DRUGS)}; {r.choice(DRUGS)}\n")
    d.add(f"23. OTHER RELEVANT HISTORY: {r.choice(DX)[0]} ({r.choice(DX)[1]}) since {r.randint(1995, 2020)}\n\n")
    d.add("IV. MANUFACTURER INFORMATION\n")
    d.add(f"24a. NAME AND ADDRESS OF MANUFACTURER:\n   {spon}\n   ", T(indent_block(ma.block(country=r.random() < 0.5)), ADR), "\n")
    d.add(f"24b. MFR CONTROL NO.: {COUNTRY[loc][1]}-{spon.split()[0].upper()}-{on.year}-{rs(r, DIG, 6)}\n")
    d.add("24c. DATE RECEIVED BY MANUFACTURER: ", T(fdate("en", on + timedelta(days=r.randint(1, 10)), "mon"), DT),
          "   24d. REPORT SOURCE: [X] STUDY  [ ] LITERATURE  [X] HEALTH PROFESSIONAL\n")
    d.add("DATE OF THIS REPORT: ", T(fdate("en", on + timedelta(days=r.randint(10, 15)), "mon"), DT),
          f"   25a. REPORT TYPE: {r.choice(['INITIAL', 'FOLLOWUP #1', 'FOLLOWUP #2'])}\n\n")
    d.add("Primary source / reporter: ", dr(r, loc, rep, "full"), ", ", T(phone(r, loc), PH))
    if r.random() < 0.6:
        d.add(", ", T(email(r, rep, loc, r.choice(INSTDOM[loc])), EM))
    d.add(f"\nStudy: {proto_id(r)} ({eudract(r)})\n")


def k_medwatch(r, d):
    dob = dob_d(r)
    ev = ev_d(r)
    rp = person(r, "en")
    a = addr(r, "en")
    drug = r.choice(DRUGS)
    d.add("U.S. Department of Health and Human Services — MEDWATCH\nFORM FDA 3500A  (mandatory reporting)   Mfr Report # "
          f"{rs(r, DIG, 7)}-{ev.year}-{rs(r, DIG, 5)}   UF/Importer Report # N/A\n\n")
    d.add("A. PATIENT INFORMATION\n")
    d.add(f"1. Patient Identifier: {rs(r, UP, 2)}-{rs(r, DIG, 4)}   (in confidence)\n")
    d.add("2. Age: ", f"{age_at(dob, ev)} yrs", "  or Date of Birth: ", T(fdate("en", dob, r.choice(["num", "dmon"])), DOB), "\n")
    d.add(f"3. Sex: {r.choice(['Female', 'Male'])}   4. Weight: {r.randint(100, 260)} lb   5. Ethnicity: Not Hispanic/Latino\n\n")
    d.add("B. ADVERSE EVENT, PRODUCT PROBLEM\n1. [X] Adverse event  [ ] Product problem\n2. Outcome: [X] Hospitalization – initial or prolonged\n")
    d.add("3. Date of Event: ", T(fdate("en", ev), DT), "   4. Date of this Report: ", T(fdate("en", ev + timedelta(days=r.randint(3, 14))), DT), "\n")
    ae = r.choice(AES)[0]
    h, m = rtime(r)
    d.add("5. Describe Event or Problem:\n   Patient presented to the emergency department on ", T(fdt(r, "en", ev, h, m), DT),
          f" with {ae.lower()} approximately {r.randint(2, 30)} hours after the {r.randint(2, 12)}th dose. Treated with IV fluids; "
          f"discharged after {r.randint(2, 6)} days.\n")
    d.add(f"6. Relevant Tests/Laboratory Data: Cr {r.uniform(1.2, 3.5):.1f} mg/dL on ", T(fdate("en", ev), DT),
          f"; K {r.uniform(3.0, 6.0):.1f} mmol/L\n\n")
    d.add("D. SUSPECT PRODUCT(S)\n")
    d.add(f"1. Name, Strength, Manufacturer: {drug} / {r.choice(SPONSORS)}\n")
    d.add(f"   NDC # {rs(r, DIG, 5)}-{rs(r, DIG, 3)}-{rs(r, DIG, 2)}   Lot # {lot(r)}   Expiration Date: ",
          T(fdate("en", ev + timedelta(days=r.randint(100, 700)), "num"), DT), "\n")
    d.add("3. Dose/Frequency/Route: 1 tab PO daily   4. Therapy dates: from ", T(fdate("en", ev - timedelta(days=r.randint(10, 90))), DT),
          " to ", T(fdate("en", ev), DT), "\n\n")
    d.add("G. REPORTER\n1. Name and Address:\n   ", T(rp.fml, PER), ", ", r.choice(["PharmD", "RN", "MD", "NP"]), "\n   ",
          T(indent_block(a.block()), ADR), "\n")
    d.add("   Phone #: ", T(phone(r, "en"), PH), "   Email: ", T(email(r, rp, "en", r.choice(INSTDOM["en"])), EM), "\n")
    d.add("2. Health Professional? [X] Yes   3. Occupation: Pharmacist   4. Also reported to: [X] Manufacturer\n")


def k_pv_email(r, d):
    rp = person(r, "en")
    pt = person(r, "en")
    dom = r.choice(INSTDOM["en"])
    spon = r.choice(SPONSORS)
    sdom = ascii_fold(spon.split()[0]).lower() + r.choice(["-tx.com", ".com", "bio.com"])
    ev = ev_d(r)
    drug = r.choice(DRUGS)
    hosp = r.choice(HOSP["en"])
    a = addr(r, "en")
    d.add("From: ", T(rp.full, PER), " <", T(email(r, rp, "en", dom), EM), ">\n")
    d.add("To: Drug Safety <", T(role_email(r, sdom, "pv"), EM), ">\n")
    if r.random() < 0.5:
        cc = person(r, "en")
        d.add("Cc: ", T(cc.full, PER), " <", T(email(r, cc, "en", dom), EM), ">\n")
    d.add(f"Date: {WEEKDAYS['en'][ev.weekday()][:3]}, {ev.day} {MONTHS['en'][ev.month - 1][:3]} {ev.year} "
          f"{r.randint(7, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} -0{r.randint(4, 8)}00\n")
    d.add(f"Subject: Possible serious adverse event - patient on {drug.split()[0]} - ref AE-{ev.year}-{rs(r, DIG, 5)}\n")
    d.add(f"X-Mailer: Microsoft Outlook 16.0\nX-MS-Exchange-Organization-AuthAs: Internal\nThread-Index: {b64url(rbytes(r, 22))}\n\n")
    d.add("Hello,\n\nI am a clinical pharmacist at ", hosp, " in ", T(a.place(), LOC),
          " and would like to report a suspected adverse reaction.\n\n")
    h, m = rtime(r)
    she = "she" if pt.sex == "F" else "he"
    dx = r.choice(DX)
    d.add("Patient: ", T(pt.full if r.random() < 0.6 else pt.lf, PER), ", DOB ", T(fdate("en", dob_d(r), "num"), DOB),
          f". Started {drug} on ", T(fdate("en", ev - timedelta(days=r.randint(7, 120)), r.choice(["num", "long"])), DT),
          ". On ", T(fdt(r, "en", ev, h, m, r.choice(["num", "long"])), DT),
          f" {she} was admitted with {r.choice(AES)[0].lower()}. The drug was held; {she} improved over 3 days. "
          f"Concomitant meds: {r.choice(DRUGS)}, {r.choice(BRANDS)}. Relevant Hx: {dx[0]} ({dx[1]}).\n\n")
    d.add("You can reach me at ", T(phone(r, "en"), PH), r.choice(["", f" ext. {r.randint(100, 9999)}"]),
          " (pager after 5 pm). I can fax the discharge summary to your safety fax if you send me the number.\n\n")
    d.add("Thanks,\n", T(rp.full, PER), ", PharmD, BCPS\n", hosp, "\n", T(a.block(), ADR), "\n")
    d.add(f"\nCONFIDENTIALITY NOTICE: This e-mail may contain PHI. If received in error, delete it.\n")


def k_biobank_csv(r, d):
    site = r.choice(HOSP["en"])
    c = person(r, "en")
    dom = r.choice(INSTDOM["en"])
    sep = r.choice([",", ",", "\t"])
    d.add(f"# Specimen manifest | shipment SHP-{r.randint(2022, 2025)}-{rs(r, DIG, 4)} | courier AWB {ups(r)}\n")
    d.add(f"# exported by LabVantage {version(r)} ; checksum sha256={sha256(r)[:32]}...\n")
    d.add("# sending site contact: ", T(c.full, PER), " <", T(email(r, c, "en", dom), EM), "> ", T(phone(r, "en"), PH), "\n")
    cols = ["sample_id", "parent_id", "subject_id", "mrn", "specimen", "volume_ml", "collected", "collected_by", "received",
            "box_pos", "temp_c"]
    csvrow(d, cols, sep)
    base = r.randint(1000, 9000)
    d0 = ev_d(r)
    for j in range(r.randint(4, 10)):
        dd = d0 - timedelta(days=r.randint(0, 20))
        h, m = rtime(r, 7, 15)
        p = person(r, "en")
        subj = f"{r.randint(101, 130)}-{r.randint(1, 40):03d}"
        spec = r.choice(["PLASMA-EDTA", "SERUM", "PBMC", "WHOLE BLOOD", "URINE", "FFPE BLOCK", "BUFFY COAT"])
        recv = d0 + timedelta(days=1)
        csvrow(d, [f"BB-{d0.year}-{base + j:06d}-{r.choice(['P01', 'S02', 'A01'])}", r.choice(["", f"BB-{d0.year}-{base:06d}"]),
                   subj, T(pat(r, "########"), MRN) if r.random() < 0.7 else "", spec, f"{r.choice([0.5, 1.0, 1.8, 2.0, 4.5])}",
                   T(f"{dd.isoformat()} {h:02d}:{m:02d}", DT), T(r.choice([p.ini, p.lf, p.full]), PER),
                   T(f"{recv.isoformat()} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}", DT),
                   f"R{r.randint(1, 9)}-S{r.randint(1, 6)}-B{r.randint(1, 40):02d}-{r.choice('ABCDEFGHI')}{r.randint(1, 9)}",
                   r.choice(["-80", "-80", "-196", "4", "-20"])], sep)


def k_biobank_json(r, d):
    c1, c2 = person(r, "en"), person(r, "en")
    a1, a2 = addr(r, "en"), addr(r, "en")
    sd = ev_d(r)
    h, m = rtime(r, 8, 16)
    obj = {
        "shipmentId": f"SHP-{sd.year}-{rs(r, DIG, 5)}",
        "protocol": proto_id(r),
        "route": r.choice(["BOS-FRA", "ORD-AMS", "SEA-LHR", "ATL-CDG", "DEN-ZRH"]),
        "customs": {"hsCode": r.choice(["3002.90", "3002.12", "3822.19"]), "declaredValue": money(r, 10, 500), "nonHazardous": True},
        "courier": {"name": r.choice(["World Courier", "Marken", "QuickSTAT", "Hartmann & Brandt Logistik GmbH"]),
                    "trackingNumber": ups(r), "service": "Priority Overnight"},
        "origin": {"site": r.choice(HOSP["en"]),
                   "contact": {"name": T(c1.full, PER), "phone": T(phone(r, "en"), PH), "email": T(email(r, c1, "en", r.choice(INSTDOM["en"])), EM)},
                   "address": {"line": [T(a1.line, ADR)], "city": T(a1.city, LOC), "state": T(a1.region, LOC), "postalCode": a1.pc, "country": "US"}},
        "destination": {"facility": r.choice(["Central Biorepository", "Precision Biobank Services", "Global Central Lab"]),
                        "contact": {"name": T(c2.full, PER), "email": T(email(r, c2, "en", "central-lab.com"), EM)},
                        "address": {"line": [T(a2.line, ADR)], "city": T(a2.city, LOC), "state": T(a2.region, LOC), "postalCode": a2.pc, "country": "US"}},
        "shipDate": T(f"{sd.isoformat()}T{h:02d}:{m:02d}:00", DT),
        "expectedDelivery": T((sd + timedelta(days=1)).isoformat(), DT),
        "condition": r.choice(["dry ice (-78.5 C)", "LN2 dry shipper", "ambient 15-25 C", "refrigerated 2-8 C"]),
        "dataLogger": {"serial": f"TL-{rs(r, DIG, 7)}", "uuid": uuid4(r), "alarmLow": -85, "alarmHigh": -60},
        "samples": [{"barcode": f"{rs(r, UP, 2)}{rs(r, DIG, 8)}", "subject": f"{r.randint(101, 130)}-{r.randint(1, 40):03d}",
                     "type": r.choice(["serum", "plasma", "DNA", "RNA (PAXgene)"]), "aliquots": r.randint(1, 6)}
                    for _ in range(r.randint(2, 4))],
    }
    jdump(d, obj, r.choice([2, 2, 4, 0]))
    d.add("\n")


def k_lab_report(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    la = addr(r, "en")
    od = person(r, "en")
    dd = ev_d(r)
    h, m = rtime(r, 6, 11)
    d.add(r.choice(["QUEST-LIKE REGIONAL LABORATORY", "LAKESHORE CLINICAL LABORATORIES", "RIVERSIDE CORE LAB"]),
          f"   CLIA #{rs(r, DIG, 2)}D{rs(r, DIG, 7)}   CAP #{rs(r, DIG, 7)}\n")
    d.add(T(la.one(), ADR), "   Tel ", T(phone(r, "en"), PH), "   Fax ", T(phone(r, "en"), PH), "\n")
    d.add("Laboratory Director: ", T(person(r, "en").fml, PER), ", MD, PhD\n", "=" * 72, "\n")
    d.add("PATIENT: ", T(p.hl7(", ") if r.random() < 0.5 else p.LF, PER), f"   Sex: {p.sex}   DOB: ",
          T(fdate("en", dob_d(r)), DOB), "\n")
    d.add("MRN: ", T(pat(r, r.choice(["########", "E#######"])), MRN), "   Patient Acct #: ", T(pat(r, "9########"), ACC),
          f"   Accession: CH{dd.strftime('%y')}-{dd.timetuple().tm_yday:03d}-{rs(r, DIG, 5)}\n")
    if r.random() < 0.5:
        d.add("Address: ", T(a.one(), ADR), "   Phone: ", T(phone(r, "en"), PH), "\n")
    d.add("Ordering provider: ", T(od.LF, PER), f", MD   NPI {npi(r)}\n")
    d.add("Collected: ", T(fdt(r, "en", dd, h, m), DT), "   Received: ", T(fdt(r, "en", dd, h + 1, m), DT), "\n")
    d.add("Reported: ", T(fdt(r, "en", dd, h + r.randint(2, 6), r.randint(0, 59)), DT), f"   Status: FINAL   Fasting: {r.choice(['Y', 'N'])}\n\n")
    rows = []
    for lab in r.sample(LABS, r.randint(5, 9)):
        v = lab_val(r, lab)
        rows.append([lab[0], v, r.choice(["", "", "H", "L"]), lab[2], lab[5], lab[1]])
    table(d, ["TEST", "RESULT", "FLAG", "UNITS", "REF RANGE", "LOINC"], rows, r.choice(["fixed", "fixed", "tsv"]))
    rn = person(r, "en")
    h2, m2 = rtime(r, 9, 18)
    d.add("\nComment: Critical potassium called to ", r.choice(["RN ", "Dr. "]), T(rn.full, PER), " on ",
          T(fdt(r, "en", dd, h2, m2), DT), ", read-back verified.\n")
    d.add(f"Method: {r.choice(['Roche cobas c 702', 'Abbott Alinity c', 'Siemens Atellica CH'])} v{version(r)}. "
          f"Results relate only to the specimen received. Turnaround {r.randint(2, 9)} h.\n")


def k_pathology(r, d):
    p = person(r, "en")
    path = person(r, "en")
    surg = person(r, "en")
    dd = ev_d(r)
    dob = dob_d(r, 1935, 1990)
    d.add(f"SURGICAL PATHOLOGY REPORT                          Case: S{dd.strftime('%y')}-{rs(r, DIG, 5)}\n")
    d.add("Patient: ", T(p.LF, PER), "   MRN: ", T(pat(r, "########"), MRN), "   DOB: ", T(fdate("en", dob), DOB),
          f"   Age/Sex: {age_at(dob, dd)}/{p.sex}\n")
    d.add("Surgeon: ", dr(r, "en", surg), "   Location: OR 7, Room 4B-212\n")
    d.add("Date of procedure: ", T(fdate("en", dd), DT), "   Date received: ", T(fdate("en", dd + timedelta(days=1)), DT), "\n\n")
    site, icd = r.choice([("Breast, left, lumpectomy", "C50.912"), ("Colon, sigmoid, resection", "C18.7"),
                          ("Prostate, needle biopsies x12", "C61"), ("Lung, right upper lobe, lobectomy", "C34.11"),
                          ("Skin, back, excision", "C44.519")])
    d.add(f"SPECIMEN: {site}\n\nFINAL DIAGNOSIS:\n  A. {site.upper()}:\n     - Invasive carcinoma, grade {r.randint(1, 3)}, "
          f"{r.uniform(0.4, 4.5):.1f} cm\n     - Margins negative (closest {r.randint(1, 9)} mm)\n     - Lymphovascular invasion: "
          f"{r.choice(['not identified', 'present'])}\n     - pT{r.randint(1, 3)} pN{r.randint(0, 1)} (AJCC 8th ed.)\n\n")
    d.add(f"BIOMARKERS: ER {r.randint(0, 100)}%, PR {r.randint(0, 100)}%, HER2 IHC {r.randint(0, 3)}+, Ki-67 {r.randint(3, 60)}%. "
          f"Block A{r.randint(1, 6)} sent for NGS (order {rs(r, UP, 3)}-{rs(r, DIG, 6)}).\n\n")
    d.add(f"ICD-O-3: 8500/3   ICD-10: {icd}   CPT: 88307, 88360 x{r.randint(1, 3)}\n\n")
    d.add("Electronically signed out by ", T(path.fml, PER), ", MD, FCAP on ", T(fdt(r, "en", dd + timedelta(days=r.randint(2, 5)), *rtime(r)), DT), "\n")


def k_pharmacy(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    pa = addr(r, "en")
    pr = person(r, "en")
    dd = ev_d(r)
    st = a.region
    dlnum = {"CA": pat(r, "A#######"), "FL": pat(r, "A###-###-##-###-#"), "IL": pat(r, "A###-####-####"),
             "TX": pat(r, "########"), "WA": pat(r, "WDL#########")}.get(st, pat(r, r.choice(["A########", "#########", "S#######"])))
    d.add(f"{r.choice(['CareWell Pharmacy', 'Main Street Apothecary', 'HealthMart', 'Riverside Outpatient Pharmacy'])} "
          f"#{r.randint(1000, 9999)}\n", T(pa.one(), ADR), "  Ph: ", T(phone(r, "en"), PH), "\n")
    d.add("-" * 60, "\nDISPENSING RECORD\n")
    d.add(f"Rx #: {r.randint(6000000, 6999999)}   Fill date: ", T(fdate("en", dd), DT), f"   Refills left: {r.randint(0, 5)}\n")
    d.add("Patient: ", T(p.LF, PER), "   DOB: ", T(fdate("en", dob_d(r)), DOB), "   Ph: ", T(phone(r, "en"), PH), "\n")
    d.add("Addr: ", T(a.one(), ADR), "\n")
    d.add("Prescriber: Dr. ", T(pr.full, PER), f"   NPI {npi(r)}   DEA {dea(r, pr.last)}\n")
    cs = r.random() < 0.5
    drug = r.choice(["Oxycodone HCl 5 mg tab", "Hydrocodone/APAP 5/325 mg tab", "Alprazolam 0.5 mg tab"]) if cs else r.choice(DRUGS) + " tab"
    d.add(f"Drug: {drug}   NDC {rs(r, DIG, 5)}-{rs(r, DIG, 4)}-{rs(r, DIG, 2)}   Qty: {r.choice([30, 60, 90, 20])}   "
          f"Days supply: {r.choice([5, 7, 30, 90])}   Lot {lot(r)}   Exp ", T(fdate("en", dd + timedelta(days=r.randint(200, 700))), DT), "\n")
    d.add(f"Sig: Take 1 tablet by mouth {r.choice(['every 6 hours as needed for pain', 'once daily', 'twice daily with meals'])}\n")
    if cs:
        d.add(f"C-II/IV CONTROLLED — ID verified at pickup: {US_STATES.get(st, st)} driver license ", T(dlnum, DL),
              ", exp ", T(fdate("en", dd + timedelta(days=r.randint(200, 1800))), DT), "\n")
        d.add(f"PDMP checked ({r.choice(['PMP AWARxE', 'CURES 2.0'])}) — no red flags. Report id {uuid4(r)[:8]}\n")
    d.add(f"Plan: {r.choice(['Express Scripts', 'CVS Caremark', 'OptumRx'])}   BIN {rs(r, DIG, 6)}   PCN {rs(r, UP, 4)}   "
          f"Group {rs(r, UP, 2)}{rs(r, DIG, 5)}   Member ID: ", T(pat(r, r.choice(["AAA#########", "W#########", "#########01"])), HPN), "\n")
    d.add(f"Copay: {money(r, 0, 60)}   Paid: {r.choice(['VISA', 'MC', 'AMEX'])} ************{rs(r, DIG, 4)} (auth {rs(r, DIG, 6)})\n")
    pk = person(r, "en")
    d.add("Picked up by: ", T(pk.full, PER), f" ({r.choice(['self', 'spouse', 'daughter', 'caregiver'])})   Counseling offered: Y   "
          f"RPh initials: {rs(r, UP, 2)}\n")


def k_erx_xml(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    pr = person(r, "en")
    pra = addr(r, "en")
    dd = ev_d(r)
    i = "  "
    d.add('<?xml version="1.0" encoding="UTF-8"?>\n<Message DatatypesVersion="2018R2" TransportVersion="2018R2" TransactionDomain="SCRIPT" '
          'TransactionVersion="2017071" StructuresVersion="2018R2" ECLVersion="2018R2">\n')
    d.add(f"{i}<Header>\n{i * 2}<To Qualifier=\"P\">{rs(r, DIG, 7)}</To>\n{i * 2}<From Qualifier=\"C\">{rs(r, DIG, 10)}</From>\n"
          f"{i * 2}<MessageID>{uuid4(r).replace('-', '')}</MessageID>\n"
          f"{i * 2}<SentTime>{dd.isoformat()}T{r.randint(8, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z</SentTime>\n"
          f"{i * 2}<PrescriberOrderNumber>{rs(r, DIG, 9)}</PrescriberOrderNumber>\n{i}</Header>\n")
    d.add(f"{i}<Body>\n{i * 2}<NewRx>\n{i * 3}<Patient>\n{i * 4}<HumanPatient>\n")
    d.add(f"{i * 5}<Name><LastName>", T(p.last, PER), "</LastName><FirstName>", T(p.first, PER), "</FirstName></Name>\n")
    d.add(f"{i * 5}<Gender>{p.sex}</Gender>\n{i * 5}<DateOfBirth><Date>", T(dob_d(r).isoformat(), DOB), "</Date></DateOfBirth>\n")
    d.add(f"{i * 5}<Address>\n{i * 6}<AddressLine1>", T(a.line, ADR), f"</AddressLine1>\n{i * 6}<City>", T(a.city, LOC),
          f"</City>\n{i * 6}<StateProvince>", T(a.region, LOC), f"</StateProvince>\n{i * 6}<PostalCode>{a.pc}</PostalCode>\n"
          f"{i * 6}<CountryCode>US</CountryCode>\n{i * 5}</Address>\n")
    d.add(f"{i * 5}<CommunicationNumbers><PrimaryTelephone><Number>", T("".join(us10(r)), PH),
          "</Number></PrimaryTelephone></CommunicationNumbers>\n")
    d.add(f"{i * 4}</HumanPatient>\n{i * 3}</Patient>\n")
    d.add(f"{i * 3}<Prescriber>\n{i * 4}<NonVeterinarian>\n{i * 5}<Identification><NPI>{npi(r)}</NPI><DEANumber>{dea(r, pr.last)}</DEANumber>"
          f"</Identification>\n{i * 5}<Name><LastName>", T(pr.last, PER), "</LastName><FirstName>", T(pr.first, PER),
          "</FirstName></Name>\n")
    d.add(f"{i * 5}<Address><AddressLine1>", T(pra.line, ADR), "</AddressLine1><City>", T(pra.city, LOC), "</City><StateProvince>",
          T(pra.region, LOC), f"</StateProvince><PostalCode>{pra.pc}</PostalCode></Address>\n")
    d.add(f"{i * 5}<CommunicationNumbers><PrimaryTelephone><Number>", T("".join(us10(r)), PH), "</Number></PrimaryTelephone>"
          "<Fax><Number>", T("".join(us10(r)), PH), "</Number></Fax></CommunicationNumbers>\n")
    d.add(f"{i * 4}</NonVeterinarian>\n{i * 3}</Prescriber>\n")
    drug = r.choice(DRUGS)
    d.add(f"{i * 3}<MedicationPrescribed>\n{i * 4}<DrugDescription>{drug} oral tablet</DrugDescription>\n"
          f"{i * 4}<DrugCoded><ProductCode><Code>{rs(r, DIG, 11)}</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>\n"
          f"{i * 4}<Quantity><Value>{r.choice([30, 60, 90])}</Value></Quantity>\n{i * 4}<DaysSupply>{r.choice([30, 90])}</DaysSupply>\n"
          f"{i * 4}<WrittenDate><Date>", T(dd.isoformat(), DT), "</Date></WrittenDate>\n"
          f"{i * 4}<Substitutions>0</Substitutions><NumberOfRefills>{r.randint(0, 5)}</NumberOfRefills>\n"
          f"{i * 4}<Diagnosis><Primary><Code>{r.choice(DX)[1].replace('.', '')}</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis>\n"
          f"{i * 4}<Sig><SigText>Take 1 tablet by mouth daily</SigText></Sig>\n{i * 3}</MedicationPrescribed>\n")
    d.add(f"{i * 3}<BenefitsCoordination><PBMMemberID>", T(pat(r, r.choice(["AAA#########", "#########", "ZX#######"])), HPN),
          f"</PBMMemberID><GroupID>{rs(r, UP + DIG, 6)}</GroupID></BenefitsCoordination>\n")
    d.add(f"{i * 2}</NewRx>\n{i}</Body>\n</Message>\n")


def k_referral_us(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    me = person(r, "en")
    to = person(r, "en")
    hosp = r.choice(HOSP["en"])
    ha = addr(r, "en")
    dd = ev_d(r)
    d.add(hosp, "\nDivision of ", r.choice(["Cardiology", "Endocrinology", "Rheumatology", "Hematology/Oncology"]), "\n",
          T(ha.one(), ADR), "\nTel ", T(phone(r, "en"), PH), " | Fax ", T(phone(r, "en"), PH), "\n\n")
    d.add(T(fdate("en", dd, "long"), DT), "\n\n")
    d.add(dr(r, "en", to, "full"), "\n", r.choice(["Lakeshore University Hospital", "Valley Cancer Institute", "Summit Health Clinic"]), "\n\n")
    pdob = dob_d(r, 1935, 1995)
    d.add("RE: ", T(p.full, PER), "   DOB: ", T(fdate("en", pdob), DOB), "   MRN: ", T(pat(r, "########"), MRN), "\n")
    if r.random() < 0.5:
        d.add("Patient address: ", T(a.one(), ADR), "   Cell: ", T(phone(r, "en", True), PH), "\n")
    d.add("\nDear Dr. ", T(to.last, PER), ",\n\n")
    dx = r.choice(DX)
    d.add(f"Thank you for seeing {'Mr.' if p.sex == 'M' else 'Ms.'} ", T(p.last, PER), f", a {age_at(pdob, dd)}-year-old with {dx[0].lower()} ({dx[1]}), "
          "whom I am referring for evaluation of eligibility for the ", r.choice(["HEART-FIT", "CLARITY-2", "ORION-5"]), f" trial ({nct(r)}). "
          f"{'He' if p.sex == 'M' else 'She'} was last seen in my clinic on ", T(fdate("en", dd - timedelta(days=r.randint(3, 40)), r.choice(["num", "long"])), DT),
          f". Current medications include {r.choice(DRUGS)} and {r.choice(DRUGS)}. {'His' if p.sex == 'M' else 'Her'} HbA1c was {r.uniform(6.5, 9.9):.1f}% "
          f"and LDL {r.randint(70, 190)} mg/dL.\n\n")
    d.add("The patient prefers morning appointments and can be reached at ", T(phone(r, "en"), PH),
          ". Records from the outside cardiologist, ", dr(r, "en", person(r, "en"), "full"), ", are attached (14 pages).\n\n")
    d.add("Sincerely,\n\n", T(me.fml, PER), ", MD\n", T(email(r, me, "en", r.choice(INSTDOM["en"])), EM), "\n")
    d.add(f"cc: patient chart; referral #{rs(r, DIG, 8)}\n")


def k_discharge_en(r, d):
    p = person(r, "en")
    att = person(r, "en")
    pcp = person(r, "en")
    adm = ev_d(r)
    dis = adm + timedelta(days=r.randint(2, 14))
    dx = r.sample(DX, 3)
    d.add(f"{r.choice(HOSP['en']).upper()}\nDISCHARGE SUMMARY\n\n")
    d.add("Patient Name: ", T(p.LF, PER), "\nMRN: ", T(pat(r, r.choice(["########", "MR#######"])), MRN), f"   Encounter #: {rs(r, DIG, 10)}\n")
    d.add("Date of Birth: ", T(fdate("en", dob_d(r)), DOB), "\n")
    d.add("Admission Date: ", T(fdate("en", adm), DT), "     Discharge Date: ", T(fdate("en", dis), DT), "\n")
    d.add("Attending: ", T(att.fml, PER), ", MD     PCP: ", dr(r, "en", pcp), f"\nRoom: {r.randint(2, 9)}{r.choice('NSEW')}-{r.randint(100, 450)}\n\n")
    d.add(f"PRINCIPAL DIAGNOSIS: {dx[0][0]} ({dx[0][1]})\nSECONDARY: {dx[1][0]} ({dx[1][1]}); {dx[2][0]} ({dx[2][1]})\n\n")
    h, m = rtime(r)
    d.add("HOSPITAL COURSE:\nThe patient presented to the ED on ", T(fdt(r, "en", adm, h, m, r.choice(["num", "long"])), DT),
          f" with {r.randint(2, 7)} days of progressive dyspnea. CXR showed bilateral infiltrates. Started on ceftriaxone and "
          f"azithromycin for 5 days. On hospital day {r.randint(2, 4)} troponin peaked at {r.randint(40, 900)} ng/L; cardiology was consulted "
          f"(", dr(r, "en", person(r, "en"), r.choice(["full", "last"])), "'s team) and TTE showed EF 40-45%. ")
    if r.random() < 0.5:
        d.add(f"{r.choice(['Spanish', 'Portuguese', 'Vietnamese', 'Mandarin', 'Haitian Creole'])}-speaking; a certified interpreter was used for all consent discussions. ")
    d.add(f"Diuresed {r.uniform(1.5, 6.0):.1f} L net. Oxygen weaned to room air 24 hours prior to discharge.\n\n")
    d.add("DISCHARGE MEDICATIONS:\n")
    for dr_ in r.sample(DRUGS, r.randint(3, 6)):
        sc = any(k in dr_ for k in ("mab", "insulin", "semaglutide"))
        d.add(f"  - {dr_} {r.choice(['SC weekly', 'SC every 2 weeks', 'SC nightly']) if sc else r.choice(['PO daily', 'PO BID', 'PO nightly'])}\n")
    fu = wkday(dis + timedelta(days=r.randint(5, 21)))
    hh, mm = rtime(r, 8, 16)
    fa = addr(r, "en")
    d.add("\nFOLLOW-UP:\n  ", r.choice(["Cardiology clinic with Dr. ", "PCP visit with Dr. "]), T(r.choice([pcp.last, pcp.full]), PER), " on ",
          T(fdt(r, "en", fu, hh, mm, r.choice(["long", "num"]), weekday=r.random() < 0.5), DT), "\n  Location: ", T(fa.one(), ADR),
          "\n  Questions: call ", T(phone(r, "en"), PH), "\n")
    d.add(f"  Labs (BMP) in 1 week. Return precautions reviewed. Code status: Full.\n\nDictated by: ", T(att.ini, PER),
          f"  Job #{rs(r, DIG, 7)}\n")


def k_ems(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    dd = ev_d(r)
    h, m = rtime(r, 0, 22)
    crew = [person(r, "en") for _ in range(2)]
    d.add(f"PATIENT CARE REPORT (ePCR)        Agency: County EMS   Unit: Medic {r.randint(1, 40)}   Incident #: {dd.year}-{rs(r, DIG, 6)}\n")
    d.add("Date of service: ", T(fdate("en", dd), DT), f"   Call type: {r.choice(['Chest pain', 'Fall', 'Difficulty breathing', 'Unresponsive', 'MVC'])}"
          f"   Priority: {r.randint(1, 3)}\n")
    d.add("Incident location: ", T(a.one(), ADR), "\n")
    pdob = dob_d(r)
    d.add("Patient: ", T(p.LF if r.random() < 0.5 else p.full, PER), "   DOB: ", T(fdate("en", pdob), DOB), f"   Sex: {p.sex}"
          f"   Wt: {r.randint(45, 140)} kg\n")
    d.add("Home phone: ", T(phone(r, "en"), PH), "   Medicare MBI: ", T(mbi(r), HPN), "\n")
    if r.random() < 0.4:
        d.add("SSN (for billing): ", T(ssn(r), SSN), "\n")
    d.add("\nTIMES\n")
    t = h * 60 + m
    for ev in ["PSAP call received", "Unit notified", "En route", "On scene", "Patient contact", "Depart scene", "At destination",
               "Transfer of care"]:
        d.add(f"{(t // 60) % 24:02d}:{t % 60:02d}  {ev}\n")
        t += r.randint(1, 12)
    d.add("\nVITALS\n")
    t = h * 60 + m + 12
    for _ in range(r.randint(2, 4)):
        d.add(f"{(t // 60) % 24:02d}:{t % 60:02d}  BP {r.randint(80, 190)}/{r.randint(45, 110)}  HR {r.randint(45, 150)}  RR {r.randint(10, 32)}  "
              f"SpO2 {r.randint(82, 100)}%  GCS {r.randint(8, 15)}  BGL {r.randint(60, 300)}\n")
        t += r.randint(4, 10)
    d.add(f"\nNARRATIVE: Dispatched to a private residence for a {age_at(pdob, dd)} y/o {p.sex} c/o {r.choice(['substernal chest pain', 'shortness of breath', 'dizziness'])}. "
          f"12-lead showed ST elevation in II, III, aVF; STEMI alert transmitted. ASA 324 mg PO, NTG 0.4 mg SL x2, "
          f"IV 18g L AC. Transported emergent to {r.choice(HOSP['en'])}. Care transferred to ", r.choice(["RN ", "Dr. "]),
          T(person(r, "en").full, PER), ".\n")
    d.add("Crew: ", T(crew[0].full, PER), f" (Paramedic, #{r.randint(1000, 9999)}), ", T(crew[1].full, PER),
          f" (EMT, #{r.randint(1000, 9999)})   Vehicle VIN {vin(r)}\n")


def k_vax_record(r, d):
    p = person(r, "en")
    clinic = r.choice(HOSP["en"])
    ca = addr(r, "en")
    d.add("IMMUNIZATION RECORD — Official copy from State Immunization Information System\n\n")
    d.add("Name: ", T(r.choice([p.LF, p.full]), PER), "\nDate of birth: ", T(fdate("en", dob_d(r, 1950, 2020)), DOB), f"\nSex: {p.sex}\n")
    if r.random() < 0.5:
        par = person(r, "en")
        d.add("Parent/guardian: ", T(par.full, PER), "   Phone: ", T(phone(r, "en"), PH), "\n")
    d.add(f"IIS ID: {rs(r, DIG, 9)}\n\n")
    vacc = [("COVID-19, mRNA", "Pfizer-BioNTech"), ("Influenza, quadrivalent", "Sanofi"), ("Tdap", "GSK"), ("Hepatitis B", "Merck"),
            ("Zoster recombinant", "GSK"), ("Pneumococcal PCV20", "Pfizer"), ("RSV", "GSK"), ("MMR", "Merck")]
    rows = []
    for v, mfr in r.sample(vacc, r.randint(3, 6)):
        adm = person(r, "en")
        rows.append([v, mfr, lot(r), T(fdate("en", ev_d(r), r.choice(["num", "num", "iso"])), DT),
                     r.choice(["L deltoid", "R deltoid", "L thigh"]), T(adm.ini, PER)])
    table(d, ["Vaccine", "Manufacturer", "Lot", "Date given", "Site", "Administered by"], rows, r.choice(["fixed", "pipe"]))
    d.add("\nProvider: ", clinic, ", ", T(ca.one(), ADR), "\n")
    d.add(f"Next due: Influenza (seasonal). CVX codes: 208, 150, 115. Record generated from IIS v{version(r)}.\n")


def k_dental(r, d):
    p = person(r, "en")
    sub = person(r, "en") if r.random() < 0.5 else p
    dd = ev_d(r)
    dent = person(r, "en")
    pdob = dob_d(r)
    sdob = pdob if sub is p else dob_d(r, 1940, 1990)
    d.add(f"{r.choice(['Bright Smile Family Dentistry', 'Harbor Dental Group', 'Summit Dental Care'])} — CLINICAL NOTE\n")
    d.add("Patient: ", T(p.full, PER), "   DOB: ", T(fdate("en", pdob), DOB), f"   Chart #: {rs(r, DIG, 6)}\n")
    d.add("Date of service: ", T(fdate("en", dd), DT), "   Provider: ", dr(r, "en", dent, "full"), ", DDS\n")
    d.add("Insurance: ", r.choice(["Delta Dental PPO", "MetLife Dental", "Cigna DPPO"]), "   Subscriber: ", T(sub.full, PER),
          "   Subscriber DOB: ", T(fdate("en", sdob), DOB), "\n")
    d.add("Subscriber ID: ", T(pat(r, r.choice(["##########", "A#########", "U########"])), HPN),
          f"   Group #: {rs(r, DIG, 7)}\n\n")
    t = r.randint(2, 31)
    d.add(f"CC: sensitivity to cold UR quadrant x {r.randint(1, 6)} weeks.\nExam: #{t} {r.choice(['MOD', 'DO', 'O', 'MO'])} caries; "
          f"perio probing 2-4 mm, BOP {r.randint(5, 40)}%. BWX x4 taken.\n")
    d.add(f"Tx: #{t} {r.choice(['MOD', 'DO', 'O'])} composite (D239{r.randint(1, 4)}), 2% lidocaine 1:100k epi x1 carp, "
          f"Lot {lot(r)}. Shade A2.\n")
    nxt = wkday(dd + timedelta(days=r.randint(7, 180)))
    d.add("Next appt: ", T(fdt(r, "en", nxt, *rtime(r, 8, 17), weekday=r.random() < 0.4), DT), f" — prophy (D1110), 60 min\n")
    d.add("Balance after insurance estimate: ", money(r, 20, 600), "\n")


def k_optometry(r, d):
    p = person(r, "en")
    dd = ev_d(r)
    od = person(r, "en")
    sph = lambda: f"{r.choice(['-', '+'])}{r.choice([0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.25, 3.0, 4.5])}"
    d.add("EYE EXAMINATION & SPECTACLE PRESCRIPTION\n", r.choice(["ClearView Optometry", "Vista Eye Associates"]), "  •  ",
          T(addr(r, "en").one(), ADR), "  •  ", T(phone(r, "en"), PH), "\n\n")
    d.add("Patient: ", T(p.full, PER), "   DOB: ", T(fdate("en", dob_d(r)), DOB), "   Exam date: ", T(fdate("en", dd), DT), "\n")
    d.add("Vision plan: ", r.choice(["VSP", "EyeMed", "Davis Vision"]), "   Member ID: ", T(pat(r, r.choice(["##########", "A########"])), HPN),
          f"   Auth #: {rs(r, DIG, 9)}\n\n")
    d.add(f"       SPH     CYL     AXIS   ADD    PRISM\nOD   {sph():>6}  {r.choice(['-0.25', '-0.50', '-0.75', 'DS'])}   {r.randint(1, 180):03d}   "
          f"+{r.choice([1.0, 1.5, 2.0, 2.5])}   —\nOS   {sph():>6}  {r.choice(['-0.25', '-0.50', '-1.00', 'DS'])}   {r.randint(1, 180):03d}   "
          f"+{r.choice([1.0, 1.5, 2.0, 2.5])}   —\nPD: {r.randint(56, 70)}/{r.randint(53, 67)} mm\n\n")
    d.add(f"IOP (applanation): OD {r.randint(11, 24)} / OS {r.randint(11, 24)} mmHg at ", T(ftime("en", *rtime(r, 8, 17)), DT),
          f". DFE: C/D 0.{r.randint(2, 7)} OU, no DR.\n")
    d.add("Rx expires: ", T(fdate("en", dd.replace(year=dd.year + r.choice([1, 2])) if not (dd.month == 2 and dd.day == 29) else dd + timedelta(days=365)), DT),
          "\nOptometrist: ", T(od.full, PER), f", OD   License #{rs(r, DIG, 5)}\n")


def k_prior_auth(r, d):
    p = person(r, "en")
    prov = person(r, "en")
    dd = ev_d(r)
    plan = r.choice(["Aetna", "UnitedHealthcare", "Cigna", "Humana", "Blue Cross Blue Shield", "Anthem"])
    d.add(f"PRIOR AUTHORIZATION REQUEST — {plan.upper()}\nFax to: ", T(phone(r, "en"), PH), f"    Reference #: PA-{dd.year}-{rs(r, DIG, 7)}\n")
    d.add(r.choice(["[X] Urgent (72 h)   [ ] Standard", "[ ] Urgent   [X] Standard (15 days)"]), "\n\nMEMBER INFORMATION\n")
    d.add("Member name: ", T(p.full, PER), "\nMember ID: ", T(pat(r, r.choice(["W#########", "AAA#########", "R#########", "##########"])), HPN),
          f"    Group #: {rs(r, DIG, 6)}\n")
    d.add("DOB: ", T(fdate("en", dob_d(r)), DOB), "    Phone: ", T(phone(r, "en"), PH), "\n")
    if r.random() < 0.5:
        d.add("Address: ", T(addr(r, "en").one(), ADR), "\n")
    d.add("\nPROVIDER INFORMATION\nRequesting provider: ", T(prov.full, PER), f", MD   NPI {npi(r)}   TIN {rs(r, DIG, 2)}-{rs(r, DIG, 7)}\n")
    d.add("Office contact: ", T(person(r, "en").full, PER), "   Phone: ", T(phone(r, "en"), PH), "   Fax: ", T(phone(r, "en"), PH), "\n\n")
    dx = r.choice(DX)
    drug = r.choice(["dupilumab 300 mg/2 mL", "adalimumab 40 mg/0.4 mL", "semaglutide 2.4 mg", "pembrolizumab 200 mg"])
    d.add(f"SERVICE REQUESTED\nDrug/Service: {drug}   HCPCS/CPT: {r.choice(CPT)}   ICD-10: {dx[1]} ({dx[0]})\n")
    s0 = dd + timedelta(days=r.randint(1, 20))
    d.add("Requested dates of service: ", T(fdate("en", s0), DT), " to ", T(fdate("en", s0 + timedelta(days=r.choice([90, 180, 365]))), DT), "\n")
    d.add(f"Clinical rationale: failed {r.choice(DRUGS)} x {r.randint(8, 24)} weeks and {r.choice(DRUGS)} x {r.randint(8, 24)} weeks; "
          f"EASI {r.randint(16, 40)}; BSA {r.randint(10, 60)}%.\n")
    d.add("Signature: ", T(prov.ini, PER), "   Date: ", T(fdate("en", dd), DT), "\n")


def k_telehealth_en(r, d):
    p = person(r, "en")
    doc = person(r, "en")
    dd = ev_d(r)
    h, m = rtime(r, 8, 18)
    a = addr(r, "en")
    portal = r.choice(["https://portal.mercygeneral.org/visits/", "https://care.summitclinic.com/telehealth/join?room=",
                       "https://mychart.riversidemed.org/MyChart/Visits/"])
    lines = []
    pn = r.choice([p.full, p.full.lower(), p.first])
    d.add(f"Telehealth session transcript — platform: {r.choice(['Doxy.me', 'Zoom for Healthcare', 'Epic Video Visit'])} — session {uuid4(r)}\n\n")
    t = h * 60 + m

    def ts():
        nonlocal t
        t += r.randint(0, 3)
        return f"[{(t // 60) % 24:02d}:{t % 60:02d}] "
    d.add(ts(), "Dr. ", T(doc.last, PER), ": Hi, this is Dr. ", T(doc.full, PER), ". Can you confirm your full name and date of birth?\n")
    d.add(ts(), "Patient: ", T(pn, PER), r.choice([", born ", ", dob ", " - "]), T(fdate("en", dob_d(r), r.choice(["num", "long", "alt"])), DOB), "\n")
    d.add(ts(), "Dr. ", T(doc.last, PER), f": Thanks. I see you're in the {proto_id(r)} study — any new symptoms since your last dose?\n")
    d.add(ts(), f"Patient: some {r.choice(['nausea', 'itching', 'headaches', 'dizziness'])} for the past {r.randint(2, 9)} days, worse in the mornings\n")
    d.add(ts(), "Dr. ", T(doc.last, PER), f": OK. Please hold the study drug for now. Which pharmacy should we send the {r.choice(['ondansetron', 'cetirizine', 'acetaminophen'])} to?\n")
    if r.random() < 0.4:
        d.add(ts(), f"Patient: sorry, that's my dog {r.choice(['Biscuit', 'Pickles', 'Mochi', 'Waffles', 'Noodle', 'Pretzel'])} barking\n")
    d.add(ts(), "Patient: the one on ", T(a.line, ADR), r.choice([", phone is ", " — their number is "]), T(phone(r, "en"), PH), "\n")
    nxt = wkday(dd + timedelta(days=r.randint(2, 14)))
    hh, mm = rtime(r, 8, 17)
    d.add(ts(), "Dr. ", T(doc.last, PER), ": Done. Your follow-up is ", T(fdt(r, "en", nxt, hh, mm, r.choice(["num", "long"]), weekday=r.random() < 0.5), DT),
          ". Join link: ", T(portal + rs(r, ALNUM, 10), URL), "\n")
    if r.random() < 0.5:
        d.add(ts(), "Patient: my new email is ", T(email(r, p, "en"), EM), " btw\n")
    d.add(ts(), "Dr. ", T(doc.last, PER), ": Updated. If symptoms worsen call the study hotline ", T(phone(r, "en"), PH),
          " or go to the ED. Session ended (duration 11 min).\n")


def k_dicom(r, d):
    p = person(r, "en")
    ref = person(r, "en")
    dd = ev_d(r)
    h, m = rtime(r)
    ip = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    a = addr(r, "en")
    d.add("I: Association Received ", T(ip, IP), f": \"{rs(r, UP, 2)}CT{r.randint(1, 9)}\" -> \"PACS_STORE\"\n")
    d.add(f"# dcmdump (DCMTK {r.choice(['3.6.7', '3.6.8'])}) — file: /data/incoming/{uuid4(r)}.dcm\n\n")
    d.add("# Dicom-File-Format\n\n# Dicom-Meta-Information-Header\n# Used TransferSyntax: Little Endian Explicit\n")
    uid = f"1.2.840.{r.randint(10000, 113999)}.2.{r.randint(1, 99)}.{r.randint(1, 9)}.{rs(r, DIG, 10)}.{rs(r, DIG, 6)}"
    d.add(f"(0002,0003) UI [{uid}.{r.randint(1, 400)}]   #  SOPInstanceUID\n(0002,0010) UI =LittleEndianExplicit   #  TransferSyntaxUID\n"
          f"(0002,0013) SH [OFFIS_DCMTK_{r.randint(360, 368)}]   #  ImplementationVersionName\n\n# Dicom-Data-Set\n")
    d.add("(0008,0020) DA [", T(fdate("en", dd, "compact"), DT), "]   #  StudyDate\n")
    d.add("(0008,002a) DT [", T(f"{fdate('en', dd, 'compact')}{h:02d}{m:02d}{r.randint(0, 59):02d}.{rs(r, DIG, 6)}", DT), "]   #  AcquisitionDateTime\n")
    d.add(f"(0008,0050) SH [A{dd.strftime('%y')}-{rs(r, DIG, 7)}]   #  AccessionNumber\n(0008,0060) CS [{r.choice(['CT', 'MR', 'PT', 'CR'])}]   #  Modality\n")
    d.add(f"(0008,0070) LO [{r.choice(['SIEMENS', 'GE MEDICAL SYSTEMS', 'Philips', 'CANON_MEC'])}]   #  Manufacturer\n")
    d.add(f"(0008,0080) LO [{r.choice(HOSP['en'])}]   #  InstitutionName\n")
    d.add("(0008,0081) ST [", T(a.one(), ADR), "]   #  InstitutionAddress\n")
    rs_ = r.random()
    d.add("(0008,0090) PN [", T(ref.hl7(), PER), "^^DR]" if rs_ < 0.4 else "]", "   #  ReferringPhysicianName\n")
    d.add(f"(0008,1030) LO [{r.choice(['CT CHEST W CONTRAST', 'MRI BRAIN WO/W', 'PET/CT WHOLE BODY', 'CT ABD/PELVIS'])}]   #  StudyDescription\n")
    d.add("(0010,0010) PN [", T(p.hl7(), PER), "]   #  PatientName\n")
    d.add("(0010,0020) LO [", T(pat(r, r.choice(["########", "MRN#######"])), MRN), "]   #  PatientID\n")
    d.add("(0010,0030) DA [", T(fdate("en", dob_d(r), "compact"), DOB), "]   #  PatientBirthDate\n")
    d.add(f"(0010,0040) CS [{p.sex}]   #  PatientSex\n(0010,1010) AS [{r.randint(18, 95):03d}Y]   #  PatientAge\n")
    if r.random() < 0.5:
        d.add("(0010,1040) LO [", T(addr(r, "en").one(), ADR), "]   #  PatientAddress\n")
        d.add("(0010,2154) SH [", T(phone(r, "en"), PH), "]   #  PatientTelephoneNumbers\n")
    if r.random() < 0.4:
        d.add("(0010,21b0) LT [Hx: ", r.choice(DX)[0], f"; trial {proto_id(r)} timepoint W{r.choice([6, 12, 24])}]   #  AdditionalPatientHistory\n")
    d.add(f"(0018,0050) DS [{r.choice(['0.625', '1.25', '2.5', '5'])}]   #  SliceThickness\n(0018,1000) LO [{rs(r, DIG, 5)}]   #  DeviceSerialNumber\n"
          f"(0018,1020) LO [{r.choice(['syngo CT VA40A', 'Revolution 23.2', 'IntelliSpace 10.1'])}]   #  SoftwareVersions\n")
    d.add(f"(0020,000d) UI [{uid}]   #  StudyInstanceUID\n(0020,000e) UI [{uid}.{r.randint(1, 9)}]   #  SeriesInstanceUID\n")
    d.add("(0032,1032) PN [", T(person(r, "en").hl7(), PER), "]   #  RequestingPhysician\n")
    d.add(f"(7fe0,0010) OW 0000\\0000\\0000... (524288 bytes)   #  PixelData\n")


def hl7_ph(r):
    a, e, l = us10(r)
    return f"({a}){e}-{l}"


def hl7_pid(r, p, a, dob, fac, full=True):
    fields = ["PID", "1", "", [T(pat(r, "########"), MRN), f"^^^{fac}^MR"], "", T(p.hl7(), PER), "", T(fdate("en", dob, "compact"), DOB), p.sex,
              "", r.choice(["2106-3^White^HL70005", "2054-5^Black^HL70005", ""]), T(ascii_fold(a.line).upper() + f"^^{a.city.upper()}^{a.region}^{a.pc}^USA", ADR),
              "", [T(hl7_ph(r), PH), "^PRN^PH"]]
    if full:
        fields += ["", "ENG", r.choice(["M", "S", "D", "W"]), "", [T(pat(r, "#########"), ACC), f"^^^{fac}^AN"],
                   T(ssn(r), SSN) if r.random() < 0.6 else ""]
        if r.random() < 0.4:
            fields.append([T(pat(r, "A########"), DL), f"^{a.region}"])
    return fields


def hl7_seg(d, fields):
    for i, f in enumerate(fields):
        if i:
            d.add("|")
        d.add(f)
    d.add("\r\n" if False else "\n")


def k_hl7_adt(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    fac = r.choice(["RMC", "MGH1", "LUH", "NGRMC"])
    ts = ev_d(r)
    stamp = f"{ts.strftime('%Y%m%d')}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    ev = r.choice(["A01", "A04", "A08"])
    hl7_seg(d, ["MSH", "^~\\&", r.choice(["EPIC", "CERNER", "MEDITECH"]), fac, "LIS", fac, stamp, "", f"ADT^{ev}^ADT_A01",
                f"MSG{rs(r, DIG, 8)}", "P", "2.5.1"])
    hl7_seg(d, ["EVN", ev, stamp])
    pdob = dob_d(r)
    hl7_seg(d, hl7_pid(r, p, a, pdob, fac))
    if r.random() < 0.6:
        nk = person(r, "en")
        hl7_seg(d, ["NK1", "1", T(nk.hl7(), PER), r.choice(["SPO^Spouse", "DAU^Daughter", "SON^Son"]), "",
                    [T(hl7_ph(r), PH), "^PRN^PH"]])
    att = person(r, "en")
    h, m = rtime(r)
    pv1 = ["PV1", "1", r.choice(["I", "O", "E"]), f"{r.randint(2, 9)}W^{r.randint(100, 499)}^{r.choice('AB')}^{fac}", "", "", "",
           [f"{npi(r)}^", T(att.hl7(), PER), "^^^DR^MD"], "", "", r.choice(["MED", "CAR", "ONC"])] + [""] * 8 + [rs(r, DIG, 10)] + [""] * 24 + \
          [T(f"{ts.strftime('%Y%m%d')}{h:02d}{m:02d}", DT)]
    hl7_seg(d, pv1)
    if r.random() < 0.7:
        ins = person(r, "en") if r.random() < 0.3 else p
        ia = addr(r, "en")
        in1 = ["IN1", "1", f"{rs(r, UP, 3)}{rs(r, DIG, 2)}^{r.choice(['BCBS PPO', 'AETNA HMO', 'UHC CHOICE PLUS'])}", rs(r, DIG, 5),
               r.choice(["BLUE CROSS BLUE SHIELD", "AETNA", "UNITEDHEALTHCARE"]), T(f"PO BOX {r.randint(1000, 99999)}^^{ia.city.upper()}^{ia.region}^{ia.pc}", ADR),
               "", [T(hl7_ph(r), PH)], f"GRP{rs(r, DIG, 6)}", "", "", "", "", "", "", "",
               T(ins.hl7(), PER), "SEL" if ins is p else "SPO", T(fdate("en", pdob if ins is p else dob_d(r), "compact"), DOB)] + [""] * 17 + \
              [T(pat(r, r.choice(["AAA#########", "W#########", "#########"])), HPN)]
        hl7_seg(d, in1)
    if r.random() < 0.5:
        dx = r.choice(DX)
        hl7_seg(d, ["DG1", "1", "I10", f"{dx[1]}^{dx[0].upper()}^I10", "", "", "A"])


def k_hl7_oru(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    fac = r.choice(["CORELAB", "RMCLAB", "QLAB"])
    dd = ev_d(r)
    h, m = rtime(r, 5, 12)
    stamp = f"{dd.strftime('%Y%m%d')}{r.randint(12, 23):02d}{r.randint(0, 59):02d}"
    hl7_seg(d, ["MSH", "^~\\&", "LIS", fac, "EHR", "RMC", stamp, "", "ORU^R01^ORU_R01", f"{rs(r, DIG, 10)}", "P", "2.5.1", "", "", "AL", "NE"])
    hl7_seg(d, hl7_pid(r, p, a, dob_d(r), "RMC", full=r.random() < 0.5))
    od = person(r, "en")
    hl7_seg(d, ["ORC", "RE", f"{rs(r, DIG, 8)}^EHR", f"{rs(r, DIG, 8)}^LIS", "", "CM", "", "", "", "", "", "", [f"{npi(r)}^", T(od.hl7(), PER)]])
    obs = T(f"{dd.strftime('%Y%m%d')}{h:02d}{m:02d}", DT)
    hl7_seg(d, ["OBR", "1", f"{rs(r, DIG, 8)}^EHR", f"{rs(r, DIG, 8)}^LIS", "80053^COMPREHENSIVE METABOLIC PANEL^CPT", "", "", obs, "", "",
                "", "", "", "", "", [f"{npi(r)}^", T(od.hl7(), PER)], "", "", "", "", "", "", "", "", "F"])
    for i, lab in enumerate(r.sample(LABS, r.randint(3, 7))):
        hl7_seg(d, ["OBX", str(i + 1), "NM", f"{lab[1]}^{lab[0]}^LN", "", lab_val(r, lab), lab[2], lab[5], r.choice(["N", "N", "H", "L"]), "", "", "F"])
    if r.random() < 0.7:
        rn = person(r, "en")
        h2, m2 = rtime(r, 9, 20)
        hl7_seg(d, ["NTE", "1", "L", ["Critical result called to ", T(rn.full, PER), " on ", T(fdt(r, "en", dd, h2, m2), DT), " by tech #",
                                      str(r.randint(100, 999))]])


def fhir_sys(r, kind):
    if r.random() < 0.5:
        return {"mrn": "urn:oid:2.16.840.1.113883.3.", "ssn": "urn:oid:2.16.840.1.113883.4.1", "dl": "urn:oid:2.16.840.1.113883.4.3.",
                "mb": "urn:oid:2.16.840.1.113883.3.8901."}[kind] + (str(r.randint(100, 999)) if kind != "ssn" else "")
    return T({"mrn": "https://fhir.mercygeneral.org/identifiers/mrn", "ssn": "http://hl7.org/fhir/sid/us-ssn",
              "dl": "https://dmv.example.gov/fhir/dl", "mb": "https://payer.example.com/fhir/member-id"}[kind], URL)


def fhir_patient_obj(r, p, a, dob):
    obj = {"resourceType": "Patient", "id": uuid4(r),
           "meta": {"versionId": str(r.randint(1, 9)), "lastUpdated": f"{ev_d(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00.000Z"},
           "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                           "system": fhir_sys(r, "mrn"), "value": T(pat(r, "########"), MRN)}],
           "active": True,
           "name": [{"use": "official", "family": T(p.last, PER), "given": [T(p.first, PER)] + ([T(p.mi, PER)] if p.mi else [])}],
           "telecom": [{"system": "phone", "value": T(phone(r, "en"), PH), "use": r.choice(["home", "mobile"])}],
           "gender": "female" if p.sex == "F" else "male",
           "birthDate": T(dob.isoformat(), DOB),
           "address": [{"use": "home", "line": [T(a.line, ADR)], "city": T(a.city, LOC), "state": T(a.region, LOC), "postalCode": a.pc, "country": "US"}]}
    # the code-system URL above is a real URL string in text: label it
    obj["identifier"][0]["type"]["coding"][0]["system"] = T("http://terminology.hl7.org/CodeSystem/v2-0203", URL)
    if r.random() < 0.5:
        obj["telecom"].append({"system": "email", "value": T(email(r, p, "en"), EM)})
    if r.random() < 0.4:
        obj["identifier"].append({"system": fhir_sys(r, "ssn"), "value": T(ssn(r), SSN)})
    if r.random() < 0.3:
        obj["identifier"].append({"system": fhir_sys(r, "dl"), "value": T(pat(r, r.choice(["A#######", "########", "S###-####-####"])), DL)})
    if r.random() < 0.5:
        gp = person(r, "en")
        obj["generalPractitioner"] = [{"reference": f"Practitioner/{uuid4(r)}", "display": T(gp.full, PER)}]
    return obj


def k_fhir_patient(r, d):
    p = person(r, "en")
    obj = fhir_patient_obj(r, p, addr(r, "en"), dob_d(r))
    if r.random() < 0.5:
        c = person(r, "en")
        obj["contact"] = [{"relationship": [{"text": r.choice(["Emergency contact", "Spouse", "Parent"])}],
                           "name": {"text": T(c.full, PER)}, "telecom": [{"system": "phone", "value": T(phone(r, "en"), PH)}]}]
    obj["managingOrganization"] = {"reference": f"Organization/{rs(r, DIG, 5)}", "display": r.choice(HOSP["en"])}
    if r.random() < 0.5:
        d.add(f"GET /fhir/R4/Patient/{obj['id']} HTTP/1.1 -> 200 OK ({r.randint(20, 400)} ms)\n")
    jdump(d, obj, r.choice([2, 2, 0]))
    d.add("\n")


def k_fhir_bundle(r, d):
    p = person(r, "en")
    dob = dob_d(r)
    pt = fhir_patient_obj(r, p, addr(r, "en"), dob)
    dd = ev_d(r)
    h, m = rtime(r)
    cov = {"resourceType": "Coverage", "id": uuid4(r), "status": "active",
           "subscriberId": T(pat(r, r.choice(["W#########", "AAA#########", "##########", "H#########01"])), HPN),
           "beneficiary": {"reference": f"Patient/{pt['id']}"}, "relationship": {"coding": [{"code": "self"}]},
           "period": {"start": T(date(dd.year, 1, 1).isoformat(), DT), "end": T(date(dd.year, 12, 31).isoformat(), DT)},
           "payor": [{"display": r.choice(["Aetna", "Cigna Healthcare", "Kaiser Permanente", "Medicaid"])}],
           "class": [{"type": {"text": "group"}, "value": rs(r, DIG, 6), "name": "Employer PPO"}]}
    enc = {"resourceType": "Encounter", "id": uuid4(r), "status": "finished", "class": {"code": r.choice(["AMB", "IMP", "EMER"])},
           "subject": {"reference": f"Patient/{pt['id']}"},
           "period": {"start": T(f"{dd.isoformat()}T{h:02d}:{m:02d}:00-05:00", DT),
                      "end": T(f"{dd.isoformat()}T{min(h + 1, 23):02d}:{m:02d}:00-05:00", DT)},
           "participant": [{"individual": {"display": T(person(r, "en").full, PER)}}]}
    lab = r.choice(LABS)
    obs = {"resourceType": "Observation", "id": uuid4(r), "status": "final",
           "code": {"coding": [{"system": T("http://loinc.org", URL), "code": lab[1], "display": lab[0]}]},
           "subject": {"reference": f"Patient/{pt['id']}"}, "effectiveDateTime": T(f"{dd.isoformat()}T{h:02d}:{m:02d}:00Z", DT),
           "valueQuantity": {"value": float(lab_val(r, lab)), "unit": lab[2]}}
    entries = [pt, cov, enc, obs]
    r.shuffle(entries)
    bundle = {"resourceType": "Bundle", "id": uuid4(r), "type": r.choice(["collection", "transaction", "searchset"]),
              "timestamp": f"{dd.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z",
              "entry": [{"fullUrl": f"urn:uuid:{e['id']}", "resource": e} for e in entries]}
    jdump(d, bundle, 2)
    d.add("\n")


def k_redcap(r, d):
    cols = ["record_id", "redcap_event_name", "first_name", "last_name", "dob", "email", "phone", "address", "city", "state", "zip",
            "consent_date", "visit_date", "weight_kg", "sbp", "dbp", "hba1c", "ae_any", "demographics_complete"]
    csvrow(d, cols)
    for rec in range(1, r.randint(3, 6)):
        p = person(r, "en")
        a = addr(r, "en")
        cons = ev_d(r)
        recid = f"{r.randint(1, 9)}-{rec:03d}" if r.random() < 0.5 else str(rec)
        wt, a1c = r.uniform(55, 130), r.uniform(6.5, 10.5)
        csvrow(d, [recid, "screening_arm_1", T(p.first, PER), T(p.last, PER), T(dob_d(r, 1945, 2004).isoformat(), DOB), T(email(r, p, "en"), EM),
                   T(phone(r, "en"), PH), T(a.line, ADR), T(a.city, LOC), T(a.region, LOC), a.pc, T(cons.isoformat(), DT), "",
                   f"{wt:.1f}", r.randint(100, 170), r.randint(60, 100), f"{a1c:.1f}", "", "2"])
        events = sorted(r.sample([(4, "week_4_arm_1"), (12, "week_12_arm_1"), (24, "week_24_arm_1")], r.randint(1, 2)))
        for wk_n, wk in events:
            wt -= r.uniform(0, 2.5)
            a1c -= r.uniform(0, 0.6)
            csvrow(d, [recid, wk, "", "", "", "", "", "", "", "", "", "", T((cons + timedelta(days=7 * wk_n + r.randint(-3, 3))).isoformat(), DT),
                       f"{wt:.1f}", r.randint(100, 170), r.randint(60, 100), f"{a1c:.1f}", r.choice(["0", "1"]), ""])


def k_monitoring(r, d):
    cra = person(r, "en")
    pi = person(r, "en")
    sc = person(r, "en")
    vd = ev_d(r)
    hosp = r.choice(HOSP["en"])
    a = addr(r, "en")
    dom = ascii_fold(r.choice(CROS).split()[0]).lower() + "-cro.com"
    d.add(f"{r.choice(CROS)} — MONITORING VISIT REPORT\nType: {r.choice(['Interim Monitoring Visit', 'Site Initiation Visit', 'Close-out Visit'])} "
          f"#{r.randint(1, 12)}   Protocol: {proto_id(r)}   Site #{r.randint(101, 450)}\n\n")
    d.add("Site: ", hosp, ", ", T(a.one(), ADR), "\nVisit date: ", T(fdate("en", vd, r.choice(["num", "dmon", "long"])), DT),
          f"   Mode: {r.choice(['On-site', 'Remote (SDV via EMR access)'])}\n")
    d.add("CRA: ", T(cra.full, PER), " (", T(email(r, cra, "en", dom), EM), ", ", T(phone(r, "en", True), PH), ")\n")
    d.add("Attendees: ", dr(r, "en", pi, "full"), " (PI, partial), ", T(sc.full, PER), " (CRC)\n\n")
    d.add(f"SUBJECT STATUS: screened {r.randint(5, 30)} / randomized {r.randint(2, 20)} / ongoing {r.randint(1, 15)} / discontinued {r.randint(0, 4)}\n\n")
    d.add("FINDINGS\n")
    subj = f"{r.randint(101, 450)}-{r.randint(1, 30):03d}"
    d.add(f"1. Subject {subj}: ICF v{r.randint(3, 5)}.0 re-consent not documented; original consent signed ",
          T(fdate("en", vd - timedelta(days=r.randint(60, 300))), DT), ". Major deviation (PD-", rs(r, DIG, 4), ").\n")
    d.add(f"2. IP accountability: kit {rs(r, DIG, 6)} returned with {r.randint(1, 20)} tablets; compliance {r.randint(70, 100)}%.\n")
    d.add(f"3. Temperature log gap for pharmacy fridge (Room B-{r.randint(100, 300)}) — excursion to {r.uniform(8.1, 12.0):.1f} C for "
          f"{r.randint(20, 240)} min; sponsor assessment pending.\n\n")
    d.add("ACTION ITEMS\n")
    for j in range(r.randint(2, 3)):
        d.add(f"- AI-{j + 1}: {r.choice(['File re-consent note', 'Update delegation log', 'Resolve open queries (n=7)', 'Provide CV/GCP cert for new sub-I'])}"
              " — owner ", T(r.choice([sc.full, pi.last, sc.first]), PER), " — due ", T(fdate("en", vd + timedelta(days=r.randint(7, 30))), DT), "\n")
    nv = wkday(vd + timedelta(days=r.randint(28, 60)))
    d.add("\nNext visit tentatively ", T(fdate_wd("en", nv) if r.random() < 0.5 else fdate("en", nv), DT), ".\n")
    d.add(f"Report finalized in CTMS v{version(r)}; document id {uuid4(r)}\n")


def k_lims_config(r, d):
    ip = f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(2, 250)}"
    pw = password(r)
    dom = r.choice(["biobank.mercygeneral.org", "lims.trialhub.io", "lims-prod.centrallab.net"])
    d.add(f"# LIMS integration settings — env: {r.choice(['prod', 'production', 'uat'])}\n# managed by: platform team (ticket OPS-{rs(r, DIG, 4)})\n\n")
    d.add("lims:\n  base_url: ", T(f"https://{dom}/api/v{r.randint(1, 3)}", URL), "\n  api_token: ", T(generic_secret(r, "hex32"), SEC),
          f"\n  timeout_s: {r.choice([30, 60, 120])}\n  verify_tls: true\n\n")
    d.add("database:\n  host: ", T(ip, IP), f"\n  port: {r.choice([5432, 3306, 1433])}\n  name: lims\n  user: lims_svc\n  password: ",
          T(pw, PW), "\n  old_password: ${LIMS_DB_PASSWORD_PREVIOUS}\n\n")
    d.add("storage:\n  bucket: s3://biobank-images-", rs(r, LO + DIG, 6), "\n  region: ", r.choice(["us-east-1", "eu-central-1", "us-west-2"]),
          "\n  aws_access_key_id: ", T(aws_akid(r), AKI), "\n  aws_secret_access_key: ", T(aws_secret(r), ASK), "\n\n")
    d.add("notifications:\n")
    if r.random() < 0.6:
        d.add("  slack_bot_token: ", T(slack_token(r), SLK), "\n  slack_channel: \"#biobank-alerts\"\n")
    d.add("  sendgrid_api_key: ", T(generic_secret(r, "sg"), SEC), "\n  on_call: ", T(role_email(r, dom.split(".", 1)[1], "lab"), EM), "\n")
    d.add(f"\nfreezer_monitor:\n  poll_interval: PT5M\n  probe_firmware: {version(r)}\n  cert_fingerprint: {sha256(r)}\n")


def k_k8s_secret(r, d):
    b = lambda s: base64.b64encode(s.encode()).decode()
    ns = r.choice(["clinical-prod", "fhir", "ehr-integration", "trial-data"])
    d.add("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fhir-server-config\n  namespace: ", ns, "\ndata:\n")
    d.add("  FHIR_BASE_URL: ", T(f"https://fhir.{r.choice(['mercygeneral.org', 'trialhub.io', 'riversidemed.org'])}/R4", URL), "\n")
    d.add("  DB_HOST: ", T(f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 250)}", IP), "\n  DB_USER: fhir_app\n  LOG_LEVEL: info\n---\n")
    d.add("apiVersion: v1\nkind: Secret\nmetadata:\n  name: fhir-server-credentials\n  namespace: ", ns,
          f"\n  uid: {uuid4(r)}\n  creationTimestamp: \"{ev_d(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z\"\n"
          "type: Opaque\ndata:\n")
    d.add("  POSTGRES_PASSWORD: ", T(b(password(r)), PW), "\n")
    d.add("  OAUTH_CLIENT_SECRET: ", T(b(generic_secret(r, "clientsecret")), SEC), "\n")
    if r.random() < 0.6:
        d.add("  SMART_BACKEND_API_KEY: ", T(b(generic_secret(r, "opaque")), SEC), "\n")
    if r.random() < 0.4:
        d.add("  REDIS_PASSWORD: ", T(b(password(r)), PW), "\n")
    d.add("---\n# rotate via: kubectl create secret generic ... --dry-run=client -o yaml | kubectl apply -f -\n")


def k_etl_log(r, d):
    dd = ev_d(r)
    t = r.randint(0, 3) * 3600 + r.randint(0, 3599)
    ip_db = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 250)}"

    def ts():
        nonlocal t
        t += r.randint(0, 40)
        return f"{dd.isoformat()}T{t // 3600:02d}:{(t // 60) % 60:02d}:{t % 60:02d}.{r.randint(0, 999):03d}Z"
    job = r.choice(["etl-redcap-sync", "edc-to-sdtm", "lims-export", "ctms-nightly"])
    d.add(ts(), f" INFO  [{job}] run_id={uuid4(r)} starting (image tag {sha1(r)[:12]}, v{version(r)})\n")
    d.add(ts(), " DEBUG [db] connecting postgresql://etl_user:", T(password(r), PW), "@", T(ip_db, IP), f":5432/clinical?sslmode=require\n")
    d.add(ts(), " INFO  [http] GET ", T(f"https://redcap.{r.choice(['mercygeneral.org', 'lakeshore-uh.edu'])}/api/", URL),
          f" -> 429 Too Many Requests; retry in {r.choice([15, 30, 60])}s\n")
    d.add(ts(), f" INFO  [export] project_id={rs(r, DIG, 4)} records={r.randint(100, 5000)} elapsed={r.randint(2, 90)}s\n")
    if r.random() < 0.7:
        d.add(ts(), f" WARN  [validate] record {r.randint(101, 130)}-{r.randint(1, 40):03d}: field dob='", T(dob_d(r).isoformat(), DOB),
              "' after consent date\n")
    d.add(ts(), " INFO  [api] request from ", T(f"{r.choice([198, 203, 192])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", IP),
          f" user=svc_{rs(r, LO, 5)} status=200 bytes={r.randint(1000, 99999)}\n")
    if r.random() < 0.6:
        if r.random() < 0.6:
            d.add(ts(), " DEBUG [auth] outbound header Authorization: Bearer ", T(jwt(r), JWT), "\n")
        else:
            d.add(ts(), " DEBUG [auth] outbound header Authorization: Bearer ", T(generic_secret(r, "opaque"), SEC), "\n")
    if r.random() < 0.4:
        d.add(ts(), " INFO  [net] IPv6 peer ", T(f"2001:db8:{rs(r, HEXL, 4)}:{rs(r, HEXL, 4)}::{rs(r, HEXL, 3)}", IP), " connected\n")
    d.add(ts(), f" ERROR [sftp] upload failed: Permission denied (publickey) after {r.randint(1, 5)} attempts\n")
    d.add(ts(), f" INFO  [{job}] finished exit=1 duration=PT{r.randint(1, 59)}M{r.randint(0, 59)}S epoch={r.randint(1690000000, 1740000000)}\n")


def k_irb_email(r, d):
    chair = person(r, "en")
    dd = wkday(ev_d(r))
    h, m = rtime(r, 9, 16)
    members = [person(r, "en") for _ in range(r.randint(2, 4))]
    dom = r.choice(INSTDOM["en"])
    mid = f"{rs(r, DIG, 3)} {rs(r, DIG, 4)} {rs(r, DIG, 4)}"
    sent = dd - timedelta(days=r.randint(3, 10))
    d.add("From: ", T(chair.full, PER), " <", T(email(r, chair, "en", dom), EM), ">\nTo: ", T(role_email(r, dom, "irb"), EM), "\n")
    d.add(f"Date: {WEEKDAYS['en'][sent.weekday()][:3]}, {sent.day} {MONTHS['en'][sent.month - 1][:3]} {sent.year} 08:{r.randint(10, 59)}:{r.randint(10, 59)} -0500\n")
    d.add(f"Subject: IRB Full Board agenda — {MONTHS['en'][dd.month - 1]} meeting\n\n")
    d.add("Dear Board members,\n\nThe next convened meeting is on ", T(fdt(r, "en", dd, h, m, "long", weekday=r.random() < 0.6), DT), ".\n\n")
    d.add("Join Zoom Meeting\n", T(f"https://{r.choice(['us02web', 'us06web', 'zoom'])}.zoom.us/j/{mid.replace(' ', '')}?pwd={rs(r, ALNUM, 32)}", URL), "\n")
    d.add(f"Meeting ID: {mid}\nPasscode: ", T(rs(r, DIG, 6) if r.random() < 0.5 else rs(r, ALNUM, 8), PW), "\n")
    _, ex, ln = us10(r)
    d.add("One tap mobile: ", T(f"+1 {r.choice(['646', '669', '312'])} {ex} {ln}", PH), " US (", T(r.choice(["New York", "San Jose", "Chicago"]), LOC), ")\n\n")
    d.add("AGENDA\n")
    for j in range(r.randint(2, 4)):
        pi = person(r, "en")
        d.add(f"{j + 1}. IRB#{dd.year}-{rs(r, DIG, 4)} {r.choice(['Continuing review', 'Amendment 3', 'New protocol', 'Reportable event'])} — "
              f"{proto_id(r)} (PI: ", T(pi.full if r.random() < 0.6 else pi.LF, PER), ")\n")
    d.add("\nPrimary reviewers: ", *sum([[T(mb.full, PER), ", "] for mb in members[:-1]], []), T(members[-1].full, PER), "\n")
    d.add("Materials are in the eIRB workspace (version 7). Quorum requires 5 voting members incl. one non-scientist.\n\n")
    d.add(T(chair.full, PER), "\nIRB Chair | ", T(phone(r, "en"), PH), "\n")


def k_billing(r, d):
    p = person(r, "en")
    g = p if r.random() < 0.6 else person(r, "en")
    a = addr(r, "en")
    dd = ev_d(r)
    acct = pat(r, r.choice(["#########", "A########", "10#######"]))
    hosp = r.choice(HOSP["en"])
    d.add(f"{hosp.upper()} — PATIENT BILLING STATEMENT\n")
    d.add("Statement date: ", T(fdate("en", dd), DT), "   Account number: ", T(acct, ACC), "   Due by: ", T(fdate("en", dd + timedelta(days=30)), DT), "\n\n")
    d.add("Guarantor:\n", T(g.full.upper(), PER), "\n", T(a.block().upper(), ADR), "\n\n")
    d.add("Patient: ", T(p.full, PER), "   Insurance: ", r.choice(["Aetna", "BCBS", "Cigna"]), " policy # ",
          T(pat(r, r.choice(["W#########", "AAA#########"])), HPN), f"   Claim #{rs(r, DIG, 12)}\n\n")
    rows = []
    for _ in range(r.randint(2, 5)):
        sd = dd - timedelta(days=r.randint(10, 90))
        desc, code = r.choice([("Office visit est. pt", "99214"), ("Comprehensive metabolic panel", "80053"), ("Chest X-ray 2 views", "71046"),
                               ("ECG 12-lead", "93000"), ("Venipuncture", "36415"), ("CBC w/ diff", "85025"), ("ED visit, high severity", "99285")])
        rows.append([T(fdate("en", sd), DT), desc, code, money(r, 20, 900), money(r, 0, 500), money(r, 0, 300)])
    table(d, ["Service date", "Description", "Code", "Charges", "Ins. paid", "You owe"], rows, "fixed")
    d.add(f"\nTotal due: {money(r, 30, 1500)}\nPay online: ", T(f"https://pay.{r.choice(INSTDOM['en'])}/billpay?acct={rs(r, DIG, 4)}", URL),
          "   Billing questions: ", T(phone(r, "en"), PH), "\n\n")
    d.add("- - - - - - - - - - detach and return with payment - - - - - - - - - -\n")
    d.add("Account #: ", T(acct, ACC), "\n")
    if r.random() < 0.7:
        num, brand = cc_number(r)
        d.add(f"Pay by card: [X] {brand}   Card number: ", T(num, CC), "   Signature: ", T(g.ini, PER), "\n")
    else:
        d.add("Card number: ____ ____ ____ ____  (do not send cash)\n")
    d.add(f"Amount enclosed: {money(r, 30, 1500)}   Remit to: {hosp} Patient Financial Services, ", T(f"PO Box {r.randint(1000, 99999)}, {addr(r, 'en').city_line()}", ADR), "\n")


def k_ics(r, d):
    p = person(r, "en")
    org = person(r, "en")
    dd = wkday(ev_d(r))
    h, m = rtime(r, 7, 16)
    a = addr(r, "en")
    tz = r.choice(["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"])
    stamp = f"{(dd - timedelta(days=r.randint(1, 20))).strftime('%Y%m%d')}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z"
    d.add("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//ClinicalScheduler//CTMS 4.2//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    d.add(f"UID:{uuid4(r)}\nDTSTAMP:{stamp}\nCREATED:{stamp}\n")
    d.add(f"DTSTART;TZID={tz}:", T(f"{dd.strftime('%Y%m%d')}T{h:02d}{m:02d}00", DT), "\n")
    d.add(f"DTEND;TZID={tz}:", T(f"{dd.strftime('%Y%m%d')}T{h + 1:02d}{m:02d}00", DT), "\n")
    d.add(f"SUMMARY:Study visit {r.randint(2, 12)} (Week {r.choice([4, 8, 12, 24, 52])}) - {proto_id(r)} - ", T(p.full, PER), "\n")
    d.add("LOCATION:Clinical Research Unit\\, ", T(a.one().replace(",", "\\,"), ADR), "\n")
    d.add("ORGANIZER;CN=", T(org.full, PER), ":mailto:", T(email(r, org, "en", r.choice(INSTDOM["en"])), EM), "\n")
    d.add("ATTENDEE;CN=", T(p.full, PER), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:", T(email(r, p, "en"), EM), "\n")
    d.add("DESCRIPTION:Fasting from midnight. Bring your diary and all study medication. Questions: call ", T(phone(r, "en"), PH),
          f".\\nVisit window ±{r.choice([3, 7])} days.\n")
    d.add(f"LAST-MODIFIED:{stamp}\nSEQUENCE:{r.randint(0, 3)}\nBEGIN:VALARM\nTRIGGER:-PT24H\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")


def k_vcard(r, d):
    for _ in range(r.randint(1, 2)):
        p = person(r, "en")
        a = addr(r, "en")
        dom = r.choice(INSTDOM["en"])
        d.add("BEGIN:VCARD\nVERSION:3.0\n")
        nval = f"{p.last};{p.first};{p.mi}" if p.mi else f"{p.last};{p.first}"
        d.add("N:", T(nval, PER), (";" if p.mi else ";;") + "Dr.;MD\n")
        d.add("FN:Dr. ", T(p.fml, PER), ", MD\n")
        d.add(f"ORG:{r.choice(HOSP['en'])};Clinical Research Unit\nTITLE:{r.choice(['Principal Investigator', 'Sub-Investigator', 'Research Pharmacist'])}\n")
        if r.random() < 0.4:
            ar, ex, ln = us10(r)
            d.add("TEL;TYPE=work;VALUE=uri:tel:", T(f"+1-{ar}-{ex}-{ln}", PH), "\n")
        else:
            d.add("TEL;TYPE=WORK,VOICE:", T(phone(r, "en"), PH), "\n")
        if r.random() < 0.6:
            d.add("TEL;TYPE=FAX:", T(phone(r, "en"), PH), "\n")
        d.add("EMAIL;TYPE=INTERNET,PREF:", T(email(r, p, "en", dom), EM), "\n")
        d.add("ADR;TYPE=WORK:;;", T(f"{a.line.replace(',', '')};{a.city};{a.region};{a.pc};USA", ADR), "\n")
        if r.random() < 0.5:
            d.add("URL:", T(f"https://www.{dom}/research/investigators/{ascii_fold(p.last).lower()}", URL), "\n")
        if r.random() < 0.3:
            d.add("BDAY:", T(dob_d(r, 1955, 1990).isoformat(), DOB), "\n")
        bk = person(r, "en")
        d.add(f"NOTE:Site {r.randint(101, 450)} PI for {proto_id(r)}. Backup: ", T(bk.full, PER), "\n")
        d.add(f"REV:{ev_d(r).strftime('%Y%m%d')}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z\nEND:VCARD\n")


def k_remittance(r, d):
    eu = r.random() < 0.6
    dd = ev_d(r)
    spon = r.choice(SPONSORS)
    c = person(r, "en")
    d.add(f"{spon} — Clinical Site Payment Advice\nPayment run: PR-{dd.strftime('%Y%m')}-{rs(r, DIG, 3)}   Value date: ",
          T(fdate("en", dd, "dmon"), DT), "\n\n")
    if eu:
        cc = r.choice(["DE", "FR", "ES", "IT", "NL", "BE", "AT", "PL", "SE", "DK", "FI", "PT", "NO"])
        d.add("Payee: ", r.choice(["Research Foundation of the University Hospital", "Clinical Trials Office", "Institute for Clinical Research"]), "\n")
        d.add("IBAN: ", T(iban(r, cc), IBAN), f"\nBIC: {r.choice(BIC[cc])}\n")
    else:
        d.add(f"Payee: {r.choice(HOSP['en'])} Research Institute\n")
        d.add(f"Bank: {r.choice(['JPMorgan Chase', 'Bank of America', 'Wells Fargo', 'PNC Bank'])}   ABA routing: {aba(r)}\n")
        d.add("Account number: ", T(pat(r, r.choice(["#########", "############", "##########"])), ACC), "   Type: checking\n")
    cur = r.choice(["EUR", "EUR", "SEK", "PLN", "DKK"]) if eu else "$"
    site = r.randint(101, 450)
    d.add(f"Currency: {'USD' if cur == '$' else cur}   Protocol: {proto_id(r)}   Site #{site}\n\n")
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append([f"{site}-{r.randint(1, 30):03d}", r.choice(["Screening", "Visit 2", "Visit 3 (Week 4)", "Week 12", "EOT", "Screen fail"]),
                     f"INV-{rs(r, DIG, 6)}", money(r, 150, 3500, cur)])
    table(d, ["Subject", "Milestone", "Invoice", "Amount"], rows, r.choice(["fixed", "pipe"]))
    if r.random() < 0.3:
        bcc = r.choice(["DE", "FR", "NL"])
        d.add("\nNote: previous transfer to ", bad_iban(r, bcc), " was rejected (invalid IBAN check digits) and re-issued.\n")
    d.add("\nQueries: ", T(c.full, PER), ", Site Payments — ", T(email(r, c, "en", "site-payments.com"), EM), "\n")


def k_x12_270(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    prov = person(r, "en")
    dd = ev_d(r)
    ctl = rs(r, DIG, 9)
    yy = dd.strftime("%y%m%d")
    hhmm = f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    sep = "~\n" if r.random() < 0.7 else "~"
    segs = [
        [f"ISA*00*          *00*          *ZZ*{rs(r, UP + DIG, 15)}*ZZ*{rs(r, UP + DIG, 15)}*{yy}*{hhmm}*^*00501*{ctl}*0*P*:"],
        [f"GS*HS*{rs(r, UP, 8)}*{rs(r, UP, 8)}*{dd.strftime('%Y%m%d')}*{hhmm}*{r.randint(1, 999)}*X*005010X279A1"],
        ["ST*270*0001*005010X279A1"],
        [f"BHT*0022*13*{rs(r, DIG, 8)}*{dd.strftime('%Y%m%d')}*{hhmm}"],
        ["HL*1**20*1"],
        [f"NM1*PR*2*{r.choice(['BLUE CROSS BLUE SHIELD', 'AETNA', 'CIGNA'])}*****PI*{rs(r, DIG, 5)}"],
        ["HL*2*1*21*1"],
        ["NM1*1P*1*", T(ascii_fold(prov.last).upper() + "*" + ascii_fold(prov.first).upper(), PER), f"****XX*{npi(r)}"],
        ["HL*3*2*22*0"],
        [f"TRN*1*{rs(r, DIG, 5)}-{rs(r, DIG, 6)}*9{rs(r, DIG, 9)}"],
        ["NM1*IL*1*", T(p.hl7("*"), PER), "****MI*", T(pat(r, r.choice(["AAA#########", "W#########", "##########"])), HPN)],
        ["N3*", T(ascii_fold(a.line).upper().replace(",", ""), ADR)],
        ["N4*", T(a.city.upper(), LOC), "*", T(a.region, LOC), f"*{a.pc}"],
        ["DMG*D8*", T(fdate("en", dob_d(r), "compact"), DOB), f"*{p.sex}"],
        ["DTP*291*D8*", T(dd.strftime("%Y%m%d"), DT)],
        [f"EQ*{r.choice(['30', '1', '33', '98'])}"],
        ["SE*14*0001"], [f"GE*1*{r.randint(1, 999)}"], [f"IEA*1*{ctl}"],
    ]
    for s in segs:
        d.add(*s, sep)
    if sep == "~":
        d.add("\n")


def k_genomics_env(r, d):
    d.add(f"# .env — sequencing pipeline runner ({r.choice(['nf-core/sarek', 'nf-core/rnaseq', 'GATK best practices'])} {version(r)})\n")
    d.add("# DO NOT COMMIT. Values rotated quarterly. Template lives in .env.example\n\n")
    d.add("AWS_ACCESS_KEY_ID=", T(aws_akid(r), AKI), "\nAWS_SECRET_ACCESS_KEY=", T(aws_secret(r), ASK), "\n")
    d.add(f"AWS_DEFAULT_REGION={r.choice(['eu-west-1', 'us-east-2', 'eu-central-1'])}\nS3_RUNS=s3://seq-runs-{rs(r, LO, 5)}/fastq/\n")
    if r.random() < 0.7:
        d.add("GITHUB_TOKEN=", T(gh_token(r), GH), "\n")
    if r.random() < 0.6:
        d.add("SLACK_BOT_TOKEN=", T(slack_token(r), SLK), "\n")
    d.add("BASESPACE_ACCESS_TOKEN=", T(generic_secret(r, "hex32"), SEC), "\n")
    d.add("DATABASE_URL=postgres://seq_runner:", T(password(r), PW), "@", T(f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 250)}", IP),
          ":5432/runs\n")
    if r.random() < 0.4:
        d.add("TOWER_ACCESS_TOKEN=", T(jwt(r), JWT), "\n")
    d.add("NOTIFY_EMAIL=", T(email(r, person(r, "en"), "en", "seqcore.org"), EM), "\n")
    d.add(f"IMAGE_TAG=${{GIT_SHA}}\nPIPELINE_REV={sha1(r)}\nREFERENCE=GRCh38 (Ensembl 110)\nMAX_CPUS={r.choice([16, 32, 64])}\nMAX_MEMORY=256.GB\n")
    d.add("SAMPLE_SHEET_URL=", T(f"https://lims.seqcore.org/api/runs/{r.randint(1000, 9999)}/samplesheet.csv?format=nfcore", URL), "\n")


def k_incident(r, d):
    rep = person(r, "en")
    dd = ev_d(r)
    dom = r.choice(INSTDOM["en"])
    d.add(f"[{r.choice(['SECURITY', 'PRIVACY'])}] INC-{dd.year}-{rs(r, DIG, 5)} — Unauthorized access to eCRF export bucket\n")
    d.add(f"Status: {r.choice(['Investigating', 'Contained', 'Resolved'])}   Severity: {r.choice(['P1', 'P2'])}   Reporter: ",
          T(rep.full, PER), " (", T(email(r, rep, "en", dom), EM), ")\n\n")
    d.add("Summary\n-------\nAnomalous downloads of nightly SDTM extracts were detected from ", T(f"{r.randint(23, 212)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", IP),
          " and ", T(f"2a0{r.randint(1, 9)}:{rs(r, HEXL, 4)}:{rs(r, HEXL, 3)}::{rs(r, HEXL, 2)}", IP), f" using a leaked service credential. {r.randint(12, 900)} "
          "subject records (pseudonymised) were in scope; no direct identifiers in SDTM.\n\n")
    d.add("Timeline (UTC)\n")
    t = r.randint(0, 18) * 60 + r.randint(0, 59)
    for ev in ["first anomalous GET", "GuardDuty finding raised", "key disabled", "bucket policy tightened", "forensic snapshot taken"]:
        d.add(f"{(t // 60) % 24:02d}:{t % 60:02d} {ev}\n")
        t += r.randint(3, 70)
    d.add("\nContainment: blocked ", T(f"{r.randint(23, 212)}.{r.randint(0, 255)}.{r.randint(0, 255)}.0", IP), "/24 at the WAF; "
          f"Spanish and German site teams notified in their languages.\n")
    d.add("Exposed credential (now revoked): access key ", T(aws_akid(r), AKI), "\n")
    if r.random() < 0.35:
        d.add("Same gist also contained a GitHub token: ", T(gh_token(r), GH), "\n")
    if r.random() < 0.5:
        d.add("Also found in the same public gist: api_key=", T(generic_secret(r, r.choice(["hex32", "opaque", "aiza"])), SEC), "\n")
    d.add("Affected endpoint: ", T(f"https://edc-export.{dom}/v2/extracts/latest?study={proto_id(r)}", URL), "\n")
    d.add("Regulatory notification deadline: ", T(fdate("en", dd + timedelta(days=r.choice([3, 30, 60]))), DT), " (72h GDPR clock started at detection for EU sites)\n")
    d.add(f"Related: CVE-2023-{rs(r, DIG, 5)} not applicable; commit {sha1(r)[:10]} removed hardcoded key.\n")


def ocr_noise(r, rate=0.03):
    subs = {"l": "1", "O": "0", "o": "0", "e": "c", "rn": "m", "S": "5", "I": "l", "a": "o", "i": "í", ":": ";", ".": ","}

    def f(s):
        out = []
        for ch in s:
            if ch in subs and r.random() < rate:
                out.append(subs[ch])
            else:
                out.append(ch)
            if ch == " " and r.random() < rate / 2:
                out.append(" ")
        return "".join(out)
    return f


def k_ocr_fax(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    frm = person(r, "en")
    dd = ev_d(r)
    d.noise = ocr_noise(r, r.choice([0.02, 0.04, 0.06]))
    d.add(f"FAX   P.00{r.randint(1, 3)}/00{r.randint(3, 6)}\n")
    d.add(f"*** SCANNED DOCUMENT — OCR TEXT, ACCURACY {r.randint(82, 97)}% ***\n\n")
    d.add("FROM: ", T(frm.full, PER), " MD   FAX: ", T(phone(r, "en"), PH), "\nTO: Research Intake   FAX: ", T(phone(r, "en"), PH), "\n\n")
    d.add("REFERRAL FOR CLINICAL TRIAL SCREENING\n\n")
    d.add("Patient Name (Last, First): ", T(p.LF if r.random() < 0.5 else p.lf, PER), "\n")
    d.add("Date of Birth: ", T(fdate("en", dob_d(r)), DOB), "      Sex: [", "X" if p.sex == "M" else " ", "] M  [", "X" if p.sex == "F" else " ", "] F\n")
    d.add("Address: ", T(a.one(), ADR), "\nHome Phone: ", T(phone(r, "en"), PH), "\n")
    d.add("Insurance: ", r.choice(["Medicare", "Aetna", "Humana"]), "    ID#: ", T(pat(r, r.choice(["W#########", "##########"])) if r.random() < 0.5 else mbi(r), HPN), "\n")
    if r.random() < 0.3:
        d.add("SSN: ", T(ssn(r), SSN), "\n")
    dx = r.choice(DX)
    d.add(f"\nDiagnosis: {dx[0]}  ICD-10: {dx[1]}\nReason for referral: patient interested in {r.choice(['GLP-1', 'CAR-T', 'anti-amyloid', 'RSV vaccine'])} study. "
          f"Last visit ", T(fdate("en", dd), DT), ".\n")
    d.add("Physician signature: ", T(frm.ini, PER), "    Date: ", T(fdate("en", dd, r.choice(["num", "alt"])), DT), "\n")
    d.add("\nCONFIDENTIAL: This facsimile contains protected health information.\n")


def k_sms(r, d):
    p = person(r, "en")
    dd = wkday(ev_d(r))
    clinic = r.choice(["Summit Research", "Lakeshore CRU", "Mercy Study Team"])
    d.add(f"SMS thread export — {clinic} short code {r.randint(20000, 99999)} — conversation {uuid4(r)[:8]}\n\n")
    t = r.randint(8 * 60, 18 * 60)

    def ts():
        nonlocal t
        t += r.randint(1, 90)
        return f"{(t // 60) % 24:02d}:{t % 60:02d}"
    h, m = rtime(r, 8, 16)
    d.add(ts(), f"  OUT  {clinic}: Hi ", T(p.first, PER), ", reminder of your study visit on ",
          T(fdt(r, "en", dd, h, m, r.choice(["num", "alt"]), weekday=r.random() < 0.5), DT), " at ", T(addr(r, "en").one(), ADR),
          ". Reply C to confirm, R to reschedule.\n")
    d.add(ts(), "  IN   R - can we do the week after? this is ", T(p.full.lower() if r.random() < 0.5 else p.full, PER), "\n")
    d2 = wkday(dd + timedelta(days=7))
    h2, m2 = rtime(r, 8, 16)
    d.add(ts(), "  OUT  Sure! We have ", T(fdt(r, "en", d2, h2, m2, "num"), DT), " or ", T(ftime("en", *rtime(r, 8, 16)), DT),
          " the same day. Questions? Call ", T(phone(r, "en"), PH), "\n")
    d.add(ts(), "  IN   first one pls\n")
    d.add(ts(), "  OUT  Booked. Parking validation at desk B. Msg&data rates may apply. Reply STOP to opt out.\n")


def k_uk_referral(r, d):
    p = person(r, "uk")
    a = addr(r, "uk")
    gp = person(r, "uk")
    cons = person(r, "uk")
    dd = ev_d(r)
    d.add(f"{r.choice(['The Elms Surgery', 'Riverside Medical Practice', 'Parkview Health Centre'])}\n", T(addr(r, "uk").block(), ADR), "\nTel: ",
          T(phone(r, "uk"), PH), "\n\n")
    d.add(T(fdate("uk", dd, r.choice(["num", "long"])), DT), "\n\n")
    d.add(dr(r, "uk", cons, "full"), "\nConsultant Rheumatologist\n", r.choice(HOSP["uk"]), "\n\n")
    pdob = dob_d(r, 1935, 2000)
    d.add("Dear Dr ", T(cons.last, PER), ",\n\nRe: ", title(r, "uk", p.sex), T(p.full, PER), "   DOB ", T(fdate("uk", pdob), DOB),
          "\n", T(a.one(), ADR), "   Mobile: ", T(phone(r, "uk", True), PH), "\nHospital no: ", T(pat(r, r.choice(["A######", "RJ#######", "K#######"])), MRN), "\n\n")
    d.add(f"I would be grateful if you could see this {age_at(pdob, dd)}-year-old {'man' if p.sex == 'M' else 'woman'} with a "
          f"{r.randint(3, 18)}-month history of symmetrical small-joint polyarthritis. CRP {r.randint(10, 80)} mg/L, RF positive, "
          f"anti-CCP {r.randint(20, 340)} U/mL. {'He' if p.sex == 'M' else 'She'} has expressed interest in the {proto_id(r)} trial "
          f"({eudract(r)}) that your unit is recruiting to.\n\n")
    d.add(f"Current medication: {r.choice(DRUGS)}; naproxen 500 mg BD with omeprazole 20 mg OD.\n\n")
    d.add("Yours sincerely,\n\n", dr(r, "uk", gp, "full"), "\nGeneral Practitioner (GMC ", rs(r, DIG, 7), ")\n")


def k_sftp_runbook(r, d):
    ip = f"{r.choice([10, 172, 192])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 250)}"
    own = person(r, "en")
    d.add("## Runbook: nightly biobank manifest upload (SFTP)\n\n")
    d.add("Owner: ", T(own.full, PER), " — escalation ", T(phone(r, "en", True), PH), "\n\n")
    d.add("1. Host: `", T(ip, IP), f":22` (user `bb_upload`, chroot `/incoming`)\n")
    d.add(f"2. Cron: `15 2 * * *` — runtime ~{r.randint(2, 20)} min; files `manifest_YYYYMMDD.csv` (sha256 sidecar)\n")
    d.add("3. Key (temporary — move to Vault `secret/biobank/sftp` ASAP):\n\n```\n", T(pem(r), PK), "\n```\n\n")
    if r.random() < 0.6:
        d.add("Key passphrase: `", T(password(r), PW), "`\n\n")
    d.add(f"4. Known host fingerprint: SHA256:{b64url(rbytes(r, 32))}\n")
    d.add("5. Status page: ", T(f"https://status.{r.choice(['trialhub.io', 'centrallab.net'])}/biobank", URL), "\n")
    d.add(f"\n_Last reviewed: sprint {r.randint(20, 80)}; see ADR-{r.randint(10, 99)}._\n")


def k_reimbursement(r, d):
    p = person(r, "en")
    a = addr(r, "en")
    dd = ev_d(r)
    d.add(f"PARTICIPANT STIPEND & TRAVEL REIMBURSEMENT FORM — {proto_id(r)}\n\n")
    d.add("Participant name: ", T(p.full, PER), f"     Study ID: {r.randint(101, 450)}-{r.randint(1, 40):03d}\n")
    d.add("Mailing address: ", T(a.one(), ADR), "\n")
    d.add("Email: ", T(email(r, p, "en"), EM), "     Phone: ", T(phone(r, "en"), PH), "\n")
    if r.random() < 0.5:
        d.add("SSN (required for IRS 1099 if > $600/yr): ", T(ssn(r), SSN), "\n")
    else:
        d.add(f"SSN: on file (***-**-{rs(r, DIG, 4)})\n")
    d.add("\nPayment method:\n")
    k = r.random()
    if k < 0.4:
        num, brand = cc_number(r)
        d.add(f"  [X] Reload existing ClinCard / prepaid {brand}: ", T(num, CC), "\n")
    elif k < 0.8:
        d.add(f"  [X] Direct deposit — routing {aba(r)}, account ", T(pat(r, r.choice(["#########", "##########", "############"])), ACC), "\n")
    else:
        d.add("  [X] Check mailed to the address above\n")
    d.add("\nVisits claimed:\n")
    for _ in range(r.randint(1, 3)):
        vd = dd - timedelta(days=r.randint(1, 60))
        d.add("  - ", T(fdate("en", vd), DT), f": mileage {r.randint(12, 180)} mi @ $0.67, parking {money(r, 5, 30)}, stipend {money(r, 50, 150)}\n")
    d.add("\nSignature: ", T(p.full, PER), "   Date: ", T(fdate("en", dd), DT), "\n")
    d.add(f"Office use: approved by {rs(r, UP, 2)}; batch {rs(r, DIG, 5)}; Greenphire txn {uuid4(r)[:13]}\n")


def k_payments_config(r, d):
    ip = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 250)}"
    dom = r.choice(["pay.trialhub.io", "stipends.clinicalcloud.net", "copay.mercygeneral.org"])
    fmt = r.choice(["py", "toml", "log"])
    if fmt == "py":
        d.add("# participant_payments/settings/production.py — stipend & copay service\n")
        d.add("from .base import *  # noqa\n\nDEBUG = False\n", f"ALLOWED_HOSTS = [\"{dom}\"]\n\n")
        d.add("STRIPE_SECRET_KEY = \"", T(stripe_key(r), STR), "\"\n")
        d.add("STRIPE_WEBHOOK_SECRET = \"", T(generic_secret(r, "whsec"), SEC), "\"\n")
        d.add("STRIPE_API_VERSION = \"2023-10-16\"\n\nDATABASES = {\n    \"default\": {\n        \"ENGINE\": \"django.db.backends.postgresql\",\n"
              "        \"HOST\": \"", T(ip, IP), "\",\n        \"NAME\": \"payments\",\n        \"USER\": \"payments_app\",\n        \"PASSWORD\": \"",
              T(password(r), PW), "\",\n    }\n}\n")
        d.add("DEFAULT_FROM_EMAIL = \"", T(role_email(r, dom.split(".", 1)[1], "site"), EM), "\"\n")
        d.add("EMAIL_HOST_PASSWORD = os.environ[\"SMTP_PASSWORD\"]\n")
    elif fmt == "toml":
        d.add(f"# payments.toml — deployed by ansible role payments/{version(r)}\n\n[server]\nbase_url = \"", T(f"https://{dom}", URL), "\"\nport = 8443\n\n")
        d.add("[stripe]\napi_key = \"", T(stripe_key(r), STR), "\"\nwebhook_secret = \"", T(generic_secret(r, "whsec"), SEC), "\"\ncurrency = \"usd\"\n\n")
        d.add("[db]\ndsn = \"postgresql://payments:", T(password(r), PW), "@", T(ip, IP), ":5432/payments\"\npool = 10\n\n")
        d.add("[alerts]\nslack_token = \"${SLACK_BOT_TOKEN}\"\noncall = \"", T(role_email(r, dom.split(".", 1)[1], "sec"), EM), "\"\n")
    else:
        dd = ev_d(r)
        t = r.randint(0, 86000)
        for msg in [f"INFO  payout batch {uuid4(r)} queued: {r.randint(5, 300)} participants, total {money(r, 500, 40000)}",
                    "WARN  falling back to key from env file",
                    None,
                    f"ERROR StripeAuthenticationError: Invalid API Key provided: sk_live_{'*' * 20}{rs(r, ALNUM, 4)}",
                    f"INFO  retry #{r.randint(1, 3)} in 30s (request_id req_{rs(r, ALNUM, 14)})"]:
            t += r.randint(1, 50)
            stamp = f"{dd.isoformat()}T{(t // 3600) % 24:02d}:{(t // 60) % 60:02d}:{t % 60:02d}Z"
            if msg is None:
                d.add(stamp, " DEBUG loaded config {stripe_key: '", T(stripe_key(r), STR), "', db_host: '", T(ip, IP), "'}\n")
            else:
                d.add(stamp, " ", msg, "\n")


def k_callcenter_payment(r, d):
    g = person(r, "en")
    pt = g if r.random() < 0.5 else person(r, "en")
    a = addr(r, "en")
    dd = ev_d(r)
    h, m = rtime(r, 8, 18)
    num, brand = cc_number(r)
    d.add(f"PATIENT FINANCIAL SERVICES — CALL NOTE   Case #{rs(r, DIG, 8)}   Queue: Self-pay   Agent id: pfs{rs(r, DIG, 4)}\n")
    d.add("Call date: ", T(fdt(r, "en", dd, h, m), DT), f"   Duration: {r.randint(3, 25)} min   Inbound\n\n")
    d.add("Caller: ", T(g.full, PER), " (guarantor", ")" if g is pt else " for patient ", None if g is pt else T(pt.full, PER), "" if g is pt else ")", "\n")
    d.add("Identity verified: DOB ", T(fdate("en", dob_d(r)), DOB), " + address on file ", T(a.one(), ADR), "\n")
    d.add("Account #: ", T(pat(r, r.choice(["#########", "10#######", "P########"])), ACC), "   Callback: ", T(phone(r, "en"), PH), "\n\n")
    d.add(f"Caller disputes balance of {money(r, 100, 3000)} for DOS ", T(fdate("en", dd - timedelta(days=r.randint(20, 120))), DT),
          f" (CPT {r.choice(CPT)}). Explained EOB from {r.choice(['Aetna', 'Cigna', 'Humana', 'UHC'])}; claim #{rs(r, DIG, 11)} reprocessed.\n")
    d.add(f"Set up payment plan: {r.choice([3, 6, 12])} monthly installments. First payment {money(r, 25, 400)} taken by {brand} ", T(num, CC), ".\n")
    d.add(f"Confirmation #{rs(r, UP + DIG, 10)}. Receipt e-mailed to ", T(email(r, g, "en"), EM), ".\n")
    d.add(f"\n[QA {r.randint(1, 9)}/10] PCI: full PAN must not be typed into notes — flagged for redaction (last4 {num.replace(' ', '').replace('-', '')[-4:]} only).\n")


# =========================================================================
# Non-English document kinds
# =========================================================================
def k_de_arztbrief(r, d):
    p = person(r, "de")
    a = addr(r, "de")
    ha = addr(r, "de")
    hosp = r.choice(HOSP["de"])
    hz = person(r, "de")
    hza = addr(r, "de")
    chef, ass = person(r, "de"), person(r, "de")
    adm = ev_d(r)
    dis = adm + timedelta(days=r.randint(3, 16))
    d.add(hosp, "\nKlinik für ", r.choice(["Innere Medizin – Kardiologie", "Pneumologie", "Gastroenterologie", "Neurologie"]), "\n",
          T(ha.one(), ADR), "\nTel. ", T(phone(r, "de", False), PH), " · Fax ", T(phone(r, "de", False), PH), "\n\n")
    d.add(r.choice(["Praxis ", "Gemeinschaftspraxis "]), title(r, "de", hz.sex, True), T(hz.full, PER), "\n", T(hza.block(), ADR), "\n\n")
    d.add(T(ha.city, LOC), ", den ", T(fdate("de", dis), DT), "\n\n")
    d.add("Entlassungsbrief\n\n")
    d.add("Sehr geehrte", "r" if hz.sex == "M" else "", " ", "Herr" if hz.sex == "M" else "Frau", " Kollege" if hz.sex == "M" else " Kollegin", " ",
          T(hz.last, PER), ",\n\n")
    anrede = "Ihren Patienten Herrn " if p.sex == "M" else "Ihre Patientin Frau "
    d.add("wir berichten über ", anrede, T(p.full, PER), ", geb. am ", T(fdate("de", dob_d(r)), DOB), ", wohnhaft ", T(a.one(), ADR),
          ", der sich vom " if p.sex == "M" else ", die sich vom ", T(fdate("de", adm), DT), " bis zum ", T(fdate("de", dis), DT),
          " in unserer stationären Behandlung befand.\n")
    d.add("Pat.-Nr.: ", T(pat(r, r.choice(["#######", "########"])), MRN), f"   Fall-Nr.: {adm.year}{rs(r, DIG, 6)}   Station {r.randint(1, 9)}{r.choice('ABC')}, Zimmer {r.randint(100, 450)}\n\n")
    dx = r.choice([("Akuter Nicht-ST-Hebungsinfarkt (NSTEMI)", "I21.4"), ("Ambulant erworbene Pneumonie", "J18.9"),
                   ("Dekompensierte Herzinsuffizienz NYHA III", "I50.13"), ("Vorhofflimmern, paroxysmal", "I48.0"),
                   ("Exazerbierte COPD GOLD 3", "J44.1")])
    d.add(f"Diagnosen:\n- {dx[0]} ({dx[1]})\n- Arterielle Hypertonie (I10)\n- Diabetes mellitus Typ 2, nicht insulinpflichtig (E11.9)\n\n")
    h, m = rtime(r)
    d.add("Verlauf:\nDie stationäre Aufnahme erfolgte am ", T(fdt(r, "de", adm, h, m), DT),
          f" über unsere Notaufnahme. Laborchemisch zeigte sich ein hs-Troponin T von {r.randint(30, 900)} ng/l. "
          f"Die Koronarangiographie vom ", T(fdate("de", adm + timedelta(days=1)), DT),
          f" ergab eine {r.choice(['Eingefäß', 'Zweigefäß', 'Dreigefäß'])}-KHK, es erfolgte eine PCI mit DES-Implantation. "
          f"Der weitere Verlauf war komplikationslos; Mobilisation ab Tag {r.randint(2, 4)}.\n\n")
    d.add("Medikation bei Entlassung:\n")
    for med in r.sample(["ASS 100 mg 1-0-0", "Ticagrelor 90 mg 1-0-1", "Atorvastatin 80 mg 0-0-1", "Ramipril 5 mg 1-0-0",
                         "Bisoprolol 2,5 mg 1-0-0", "Pantoprazol 40 mg 1-0-0", "Metformin 1000 mg 1-0-1"], r.randint(3, 6)):
        d.add(f"  {med}\n")
    wv = wkday(dis + timedelta(days=r.randint(14, 60)))
    d.add("\nProcedere: Duale Plättchenhemmung für 12 Monate. Wiedervorstellung in unserer Ambulanz am ",
          T(fdt(r, "de", wv, *rtime(r, 8, 15)), DT), ". Bei Rückfragen erreichen Sie uns unter ", T(phone(r, "de", False), PH), ".\n\n")
    d.add("Mit freundlichen kollegialen Grüßen\n\n", title(r, "de", chef.sex, True), T(chef.full, PER), "          ", title(r, "de", ass.sex, True),
          T(ass.full, PER), "\nChefärztin" if chef.sex == "F" else "\nChefarzt", "                          Assistenzärzt", "in" if ass.sex == "F" else "", "\n")


def k_de_rettung(r, d):
    p = person(r, "de")
    a = addr(r, "de")
    dd = ev_d(r)
    h, m = rtime(r, 0, 21)
    d.add(f"Rettungsdienst — Notfallprotokoll (DIVI {r.choice(['5.1', '6.0'])})\nRettungswache {r.randint(1, 9)}   Einsatz-Nr.: {dd.strftime('%y')}-{rs(r, DIG, 6)}\n")
    d.add("Datum: ", T(fdate("de", dd), DT), f"   Fahrzeug: RTW {r.randint(1, 9)}/83-{r.randint(1, 3)}   Kennzeichen: {plate_de(r)}\n")
    d.add("Einsatzort: ", T(a.one(), ADR), "\n\n")
    d.add("Patient\nName, Vorname: ", T(p.lf, PER), "   Geb.-Datum: ", T(fdate("de", dob_d(r)), DOB), f"   Geschlecht: {'m' if p.sex == 'M' else 'w'}\n")
    d.add("Telefon: ", T(phone(r, "de"), PH), "\nKostenträger: ", r.choice(["AOK", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"]),
          "   Vers.-Nr.: ", T(pat(r, "A#########"), HPN), f"   IK {r.randint(100000000, 109999999)}\n\n")
    d.add("Zeiten\n")
    t = h * 60 + m
    for ev in ["Alarmierung", "Ausrücken", "Ankunft Einsatzort", "Abfahrt Einsatzort", "Ankunft Klinik", "Übergabe"]:
        d.add(f"{(t // 60) % 24:02d}:{t % 60:02d} {ev}\n")
        t += r.randint(2, 14)
    d.add(f"\nBefund: GCS {r.randint(9, 15)}, RR {r.randint(80, 200)}/{r.randint(40, 110)} mmHg, HF {r.randint(40, 160)}/min, "
          f"SpO2 {r.randint(80, 99)} %, BZ {r.randint(60, 350)} mg/dl, Temp. {r.uniform(35.5, 39.8):.1f} °C\n")
    d.add(f"Verdachtsdiagnose: {r.choice(['ACS', 'Apoplex', 'Sepsis', 'Hypoglykämie', 'Synkope'])}\n")
    d.add("Maßnahmen: i.v.-Zugang 18G, 500 ml VEL, 12-Kanal-EKG, O2 4 l/min\n")
    d.add("Übergabe an: ", title(r, "de", "M", True), T(person(r, "de").full, PER), f", ZNA {r.choice(HOSP['de'])}\n")
    crew = [person(r, "de") for _ in range(2)]
    d.add("Besatzung: NotSan ", T(crew[0].full, PER), ", RettSan ", T(crew[1].ini, PER))
    if r.random() < 0.5:
        d.add(", NA ", title(r, "de", "M", True), T(person(r, "de").full, PER))
    d.add("\n")


def k_de_erezept(r, d):
    p = person(r, "de")
    a = addr(r, "de")
    doc = person(r, "de")
    da = addr(r, "de")
    dd = ev_d(r)
    d.add("E-Rezept — Patientenausdruck (Muster 16 / §3 Abs. 4 BMV-Ä)\n\n")
    d.add("Krankenkasse bzw. Kostenträger: ", r.choice(["Techniker Krankenkasse", "AOK Nordost", "BARMER", "IKK classic", "KKH"]), "\n")
    d.add("Name, Vorname des Versicherten: ", T(p.lf, PER), "   geb. am ", T(fdate("de", dob_d(r)), DOB), "\n")
    d.add(T(a.block(), ADR), "\n")
    d.add(f"Kostenträgerkennung: 10{rs(r, DIG, 7)}   Versicherten-Nr.: ", T(pat(r, "A#########"), HPN), f"   Status: {r.choice(['1000000', '3000000', '5000000'])}\n")
    d.add(f"Betriebsstätten-Nr.: {rs(r, DIG, 9)}   Arzt-Nr.: {rs(r, DIG, 9)}   Datum: ", T(f"{dd.day:02d}.{dd.month:02d}.{str(dd.year)[2:]}", DT), "\n\n")
    d.add("Rp.\n")
    for med in r.sample(["Ramipril 5 mg, 100 Tbl. N3, 1-0-0", "Metformin 1000 mg, 180 Filmtbl. N3, 1-0-1", "Ibuprofen 600 mg, 20 Filmtbl. N1, bei Bedarf max. 3x tgl.",
                         "Pantoprazol 20 mg, 56 Tbl. N2, 1-0-0", "L-Thyroxin 75 µg, 100 Tbl. N3, 1-0-0 nüchtern", "Amoxicillin 1000 mg, 20 Tbl. N1, 1-1-1 für 7 Tage"], r.randint(1, 3)):
        d.add(f"  {med}   [aut idem {'X' if r.random() < 0.2 else ' '}]\n")
    d.add(f"\nRezept-ID: 160.{rs(r, DIG, 3)}.{rs(r, DIG, 3)}.{rs(r, DIG, 3)}.{rs(r, DIG, 3)}.{rs(r, DIG, 2)}   Zuzahlung: {money(r, 5, 10, 'EUR')}\n")
    d.add("Ausgestellt von: ", title(r, "de", doc.sex, True), T(doc.full, PER), ", Fachärztin" if doc.sex == "F" else ", Facharzt", " für Allgemeinmedizin\n",
          T(da.one(), ADR), " · Tel. ", T(phone(r, "de", False), PH), "\n")
    d.add("Einlösbar in jeder Apotheke mit dem Rezeptcode (QR) oder der elektronischen Gesundheitskarte.\n")


def k_de_nebenwirkung(r, d):
    rp = person(r, "de")
    dd = ev_d(r)
    drug = r.choice(DRUGS)
    spon = r.choice(SPONSORS)
    sdom = ascii_fold(spon.split()[0]).lower() + ".de"
    d.add("Von: ", title(r, "de", rp.sex, True), T(rp.full, PER), " <", T(email(r, rp, "de", r.choice(INSTDOM["de"])), EM), ">\n")
    d.add("An: Arzneimittelsicherheit <", T(role_email(r, sdom, "pv"), EM), ">\n")
    d.add(f"Gesendet: {WEEKDAYS['de'][dd.weekday()]}, {fdate('de', dd, 'long')} {r.randint(7, 19):02d}:{r.randint(0, 59):02d}\n")
    d.add(f"Betreff: Meldung einer Nebenwirkung – {drug.split()[0].capitalize()} – Vorgang NW-{dd.year}-{rs(r, DIG, 4)}\n\n")
    d.add("Sehr geehrte Damen und Herren,\n\nhiermit melde ich den Verdacht einer schwerwiegenden Nebenwirkung bei ",
          r.choice(["einer Patientin", "einem Patienten"]), " (Geburtsdatum ", T(fdate("de", dob_d(r)), DOB), f", {r.randint(45, 110)} kg).\n")
    h, m = rtime(r)
    d.add(f"Nach Einnahme von {drug} seit dem ", T(fdate("de", dd - timedelta(days=r.randint(5, 90))), DT), " trat am ",
          T(fdt(r, "de", dd, h, m), DT), f" eine {r.choice(['Anaphylaxie', 'Hepatitis', 'Hypoglykämie', 'Agranulozytose'])} auf. "
          "Das Präparat wurde abgesetzt; die Symptome sind rückläufig.\n")
    d.add(f"Ch.-B.: {lot(r)}   PZN {rs(r, DIG, 8)}   Dosierung: 1-0-0\n\n")
    d.add("Für Rückfragen bin ich unter ", T(phone(r, "de"), PH), " erreichbar (Praxis in ", T(addr(r, "de").city, LOC), ").\n\n")
    d.add("Mit freundlichen Grüßen\n", T(rp.full, PER), "\n")


def k_fr_crh(r, d):
    p = person(r, "fr")
    a = addr(r, "fr")
    ha = addr(r, "fr")
    mt = person(r, "fr")
    ph_ = person(r, "fr")
    adm = ev_d(r)
    dis = adm + timedelta(days=r.randint(2, 15))
    d.add(r.choice(HOSP["fr"]), " — Service de ", r.choice(["Pneumologie", "Cardiologie", "Médecine interne", "Néphrologie"]), "\n",
          T(ha.one(), ADR), " — Tél. : ", T(phone(r, "fr", False), PH), "\n\n")
    d.add("COMPTE RENDU D'HOSPITALISATION\n\n")
    nm = f"{p.last.upper()} {p.first}" if r.random() < 0.6 else p.full
    d.add("Patient(e) : ", title(r, "fr", p.sex), T(nm, PER), "   Né" + ("e" if p.sex == "F" else "") + " le : ", T(fdate("fr", dob_d(r)), DOB), "\n")
    d.add("IPP : ", T(pat(r, r.choice(["#########", "8########"])), MRN), f"   N° de séjour : {adm.year}{rs(r, DIG, 6)}   UF {rs(r, DIG, 4)}\n")
    if r.random() < 0.6:
        d.add("Adresse : ", T(a.one(), ADR), "   Tél. : ", T(phone(r, "fr", True), PH), "\n")
    d.add("Médecin traitant : ", title(r, "fr", mt.sex, True), T(mt.full, PER), "\n")
    d.add("Hospitalisation du ", T(fdate("fr", adm), DT), " au ", T(fdate("fr", dis), DT), "\n\n")
    h, m = rtime(r)
    d.add("Motif d'hospitalisation : ", r.choice(["dyspnée fébrile", "exacerbation de BPCO", "décompensation cardiaque", "pyélonéphrite aiguë"]), "\n\n")
    d.add("Histoire de la maladie :\nLe ", T(fdt(r, "fr", adm, h, m), DT), f", {'le patient' if p.sex == 'M' else 'la patiente'} a présenté une dyspnée de repos avec SpO2 à {r.randint(82, 91)} %. "
          f"CRP {r.randint(40, 300)} mg/L. Radiographie : opacité alvéolaire lobaire inférieure droite. Antibiothérapie par amoxicilline-acide clavulanique "
          f"pendant {r.randint(5, 10)} jours.\n\n")
    d.add("Traitement de sortie :\n")
    for med in r.sample(["Amoxicilline 1 g 3x/j pendant 5 jours", "Paracétamol 1 g si douleur (max 4 g/j)", "Bisoprolol 2,5 mg 1 cp le matin",
                         "Furosémide 40 mg 1 cp le matin", "Apixaban 5 mg 1 cp matin et soir"], r.randint(2, 4)):
        d.add(f"  - {med}\n")
    rdv = wkday(dis + timedelta(days=r.randint(10, 45)))
    d.add("\nRendez-vous de contrôle le ", T(fdt(r, "fr", rdv, *rtime(r, 8, 16), dstyle=r.choice(["num", "long"]), weekday=r.random() < 0.5), DT),
          " en consultation externe (bâtiment B, 2e étage).\n\n")
    d.add(title(r, "fr", ph_.sex, True), T(ph_.full, PER), ", praticien hospitalier\nSecrétariat : ", T(phone(r, "fr", False), PH),
          " — ", T(email(r, ph_, "fr", r.choice(INSTDOM["fr"])), EM), "\n")


def k_fr_ordonnance(r, d):
    doc = person(r, "fr")
    p = person(r, "fr")
    da = addr(r, "fr")
    dd = ev_d(r)
    d.add(title(r, "fr", doc.sex, True), T(doc.full, PER), "\n", r.choice(["Médecin généraliste", "Cardiologue", "Pédiatre"]),
          f" — RPPS {rs(r, DIG, 11)} — N° AM {rs(r, DIG, 9)}\n", T(da.one(), ADR), "\nTél. : ", T(phone(r, "fr", False), PH))
    if r.random() < 0.5:
        d.add(" — ", T(email(r, doc, "fr"), EM))
    d.add("\nConsultations sur rendez-vous du lundi au vendredi\n\n")
    d.add(T(da.city, LOC), ", le ", T(fdate("fr", dd, r.choice(["num", "long"])), DT), "\n\n")
    d.add(title(r, "fr", p.sex), T(p.full, PER), f", {r.randint(2, 90)} ans, {r.randint(12, 110)} kg\n\n")
    for i, med in enumerate(r.sample(["AMOXICILLINE 1 g : 1 comprimé matin, midi et soir pendant 7 jours", "DOLIPRANE 1000 mg : 1 cp si fièvre, max 3/jour",
                                      "VENTOLINE 100 µg : 2 bouffées si gêne respiratoire", "KARDEGIC 75 mg : 1 sachet par jour, traitement à vie",
                                      "LEVOTHYROX 50 µg : 1 cp le matin à jeun, QSP 3 mois", "Bilan sanguin : NFS, CRP, ionogramme, créatininémie"], r.randint(2, 4))):
        d.add(f"{i + 1}) {med}\n")
    d.add(f"\nOrdonnance sécurisée n° {rs(r, DIG, 7)} — à renouveler {r.randint(0, 3)} fois\n")
    d.add("Signature : ", T(doc.ini, PER), "\n")


def k_fr_pv(r, d):
    rp = person(r, "fr")
    dd = ev_d(r)
    drug = r.choice(DRUGS)
    a = addr(r, "fr")
    d.add("DÉCLARATION D'EFFET INDÉSIRABLE SUSCEPTIBLE D'ÊTRE DÛ À UN MÉDICAMENT\nCentre Régional de Pharmacovigilance — dossier n° ",
          f"{a.city[:2].upper()}{dd.year}{rs(r, DIG, 5)}\n\n")
    d.add("DÉCLARANT\nNom : ", T(rp.last.upper(), PER), "   Prénom : ", T(rp.first, PER), f"   Profession : {r.choice(['médecin', 'pharmacien', 'infirmier'])}\n")
    d.add("Adresse professionnelle : ", T(a.one(), ADR), "\nTél. : ", T(phone(r, "fr"), PH), "   Courriel : ", T(email(r, rp, "fr"), EM), "\n\n")
    d.add("PATIENT\nDate de naissance : ", T(fdate("fr", dob_d(r)), DOB), f"   Sexe : {r.choice(['F', 'M'])}   Poids : {r.randint(40, 120)} kg   Taille : {r.randint(150, 195)} cm\n")
    d.add("Département de résidence : ", T(r.choice(["Rhône", "Gironde", "Nord", "Bouches-du-Rhône", "Haute-Garonne", "Isère"]), LOC), "\n\n")
    med, voie, ind = r.choice([("metformine 1000 mg", "voie orale", "diabète de type 2"), ("apixaban 5 mg", "voie orale", "fibrillation atriale"),
                               ("amoxicilline 1 g", "voie orale", "pneumopathie"), ("adalimumab 40 mg", "voie sous-cutanée", "polyarthrite rhumatoïde"),
                               ("atorvastatine 40 mg", "voie orale", "hypercholestérolémie"), ("pembrolizumab 200 mg", "voie intraveineuse", "mélanome")])
    d.add(f"MÉDICAMENT(S) SUSPECT(S)\n{med} — lot {lot(r)} — {voie} — indication : {ind}\n")
    d.add("Date de début : ", T(fdate("fr", dd - timedelta(days=r.randint(3, 100))), DT), "   Date d'arrêt : ", T(fdate("fr", dd), DT), "\n\n")
    d.add(f"EFFET\nDate de survenue : ", T(fdate("fr", dd), DT), "\nDescription : ", r.choice(["éruption maculo-papuleuse généralisée", "hépatite cytolytique (ALAT 8N)",
                                                                                       "hypoglycémie sévère avec malaise", "angio-œdème de la face"]),
          f", hospitalisation de {r.randint(1, 9)} jours.\nÉvolution : {r.choice(['guérison sans séquelle', 'en cours de guérison', 'inconnue'])}\n")
    d.add("Gravité : [X] hospitalisation ou prolongation   [ ] mise en jeu du pronostic vital\n")
    d.add(f"\nCodes MedDRA : {r.choice(AES)[1]}   Imputabilité (méthode française) : C{r.randint(1, 3)}S{r.randint(1, 3)}B{r.randint(1, 4)}\n")


def k_es_alta(r, d):
    p = person(r, "es")
    a = addr(r, "es")
    ha = addr(r, "es")
    med = person(r, "es")
    adm = ev_d(r)
    dis = adm + timedelta(days=r.randint(2, 14))
    d.add(r.choice(HOSP["es"]), "\nServicio de ", r.choice(["Medicina Interna", "Neumología", "Cardiología", "Nefrología"]), "\n",
          T(ha.one(), ADR), " · Tel. ", T(phone(r, "es", False), PH), "\n\n")
    d.add("INFORME DE ALTA HOSPITALARIA\n\n")
    d.add("Paciente: ", T(p.full if r.random() < 0.5 else f"{p.last.upper()}, {p.first}", PER), "\n")
    d.add("NHC: ", T(pat(r, r.choice(["#######", "########"])), MRN), f"   Nº episodio: {rs(r, DIG, 9)}   Cama: {r.randint(100, 699)}-{r.choice('AB')}\n")
    pdob = dob_d(r)
    d.add("Fecha de nacimiento: ", T(fdate("es", pdob), DOB), f"   Edad: {age_at(pdob, adm)} años\n")
    d.add("Dirección: ", T(a.one(), ADR), "\nTeléfono: ", T(phone(r, "es"), PH), "\n")
    d.add("Tarjeta sanitaria (CIP): ", T(pat(r, "AAAA############") if r.random() < 0.5 else pat(r, "AAAA##########AA"), HPN), "\n")
    d.add("Fecha de ingreso: ", T(fdate("es", adm), DT), "   Fecha de alta: ", T(fdate("es", dis), DT), "\n")
    d.add("Médico responsable: ", title(r, "es", med.sex, True), T(med.full, PER), f" (Nº colegiado {rs(r, DIG, 9)})\n\n")
    h, m = rtime(r)
    d.add("EVOLUCIÓN:\nIngresa el ", T(fdt(r, "es", adm, h, m), DT), f" por disnea y fiebre de {r.randint(2, 7)} días. Se inicia tratamiento con "
          f"ceftriaxona 2 g/24 h y azitromicina 500 mg/24 h durante {r.randint(3, 7)} días con buena evolución clínica y analítica "
          f"(PCR {r.randint(5, 40)} mg/L al alta).\n\n")
    d.add("DIAGNÓSTICO PRINCIPAL: ", r.choice(["Neumonía adquirida en la comunidad (J18.9)", "Insuficiencia cardiaca descompensada (I50.9)",
                                            "Infección urinaria complicada (N39.0)"]), "\n\n")
    d.add("TRATAMIENTO AL ALTA:\n")
    for mm in r.sample(["Amoxicilina/ácido clavulánico 875/125 mg cada 8 h, 5 días", "Paracetamol 1 g cada 8 h si dolor", "Omeprazol 20 mg en ayunas",
                        "Furosemida 40 mg en el desayuno", "Enalapril 10 mg cada 12 h"], r.randint(2, 4)):
        d.add(f"  - {mm}\n")
    cita = wkday(dis + timedelta(days=r.randint(7, 40)))
    d.add("\nCita de revisión en Consultas Externas el ", T(fdt(r, "es", cita, *rtime(r, 8, 14), dstyle=r.choice(["num", "long"]), weekday=r.random() < 0.4), DT),
          ". Ante cualquier empeoramiento acuda a Urgencias.\n\nFdo.: ", title(r, "es", med.sex, True), T(med.ini, PER), "\n")


def k_es_receta(r, d):
    p = person(r, "es")
    doc = person(r, "es")
    ca = addr(r, "es")
    dd = ev_d(r)
    d.add("RECETA ELECTRÓNICA — HOJA DE INFORMACIÓN AL PACIENTE\n", f"Servicio de Salud — Centro de Salud {r.choice(['Las Acacias', 'El Pilar', 'Los Rosales'])}\n",
          T(ca.one(), ADR), "   Cita previa: ", T(phone(r, "es", False), PH), "\n\n")
    d.add("Paciente: ", T(p.full, PER), "\nCIP autonómico: ", T(pat(r, "AAAA############"), HPN), f"   Aportación: TSI 00{r.randint(1, 6)}\n")
    d.add("Fecha de nacimiento: ", T(fdate("es", dob_d(r)), DOB), "\n\n")
    rows = []
    for med in r.sample(["METFORMINA 850 MG 50 COMPRIMIDOS", "ENALAPRIL 20 MG 28 COMPRIMIDOS", "SIMVASTATINA 20 MG 28 COMPRIMIDOS",
                         "OMEPRAZOL 20 MG 28 CÁPSULAS", "SALBUTAMOL 100 MCG INHALADOR", "LORAZEPAM 1 MG 30 COMPRIMIDOS"], r.randint(2, 4)):
        rows.append([med, r.choice(["1-0-1", "1-0-0", "0-0-1", "si precisa"]), T(fdate("es", dd), DT),
                     T(fdate("es", dd + timedelta(days=r.choice([90, 180, 365]))), DT)])
    table(d, ["Medicamento", "Pauta", "Inicio", "Fin de tratamiento"], rows, r.choice(["fixed", "pipe"]))
    d.add("\nPrescriptor: ", title(r, "es", doc.sex, True), T(doc.full, PER), f" — Nº colegiado {rs(r, DIG, 9)}\n")
    d.add(f"Próxima dispensación disponible a partir del ", T(fdate("es", dd + timedelta(days=r.randint(20, 30))), DT), ".\n")
    d.add(f"Código de verificación: {rs(r, UP + DIG, 16)}\n")


def k_it_dimissione(r, d):
    p = person(r, "it")
    a = addr(r, "it")
    ha = addr(r, "it")
    mmg = person(r, "it")
    prim = person(r, "it")
    adm = ev_d(r)
    dis = adm + timedelta(days=r.randint(2, 14))
    d.add(r.choice(HOSP["it"]), "\nU.O.C. ", r.choice(["Medicina Interna", "Cardiologia", "Pneumologia", "Geriatria"]), "\n", T(ha.one(), ADR),
          " — Tel. ", T(phone(r, "it", False), PH), "\n\n")
    d.add("LETTERA DI DIMISSIONE\n\n")
    d.add("Al Medico Curante ", title(r, "it", mmg.sex, True), T(mmg.full, PER), "\n\n")
    d.add("Paziente: ", T(f"{p.last.upper()} {p.first.upper()}" if r.random() < 0.5 else p.full, PER), "\n")
    d.add("Nato/a il: ", T(fdate("it", dob_d(r)), DOB), "   Residente in: ", T(a.one(), ADR), "\n")
    d.add("ID paziente: ", T(pat(r, r.choice(["#######", "P########"])), MRN), f"   N. nosologico: {adm.year}/{rs(r, DIG, 6)}\n")
    d.add("Ricovero dal ", T(fdate("it", adm), DT), " al ", T(fdate("it", dis), DT), "\n\n")
    h, m = rtime(r)
    d.add("Decorso clinico:\nGiunto in Pronto Soccorso il ", T(fdt(r, "it", adm, h, m), DT),
          f" per dispnea ingravescente. All'ingresso SpO2 {r.randint(82, 92)}% in aria ambiente, NT-proBNP {r.randint(900, 9000)} pg/mL. "
          f"Impostata terapia diuretica endovenosa con calo ponderale di {r.randint(2, 7)} kg.\n\n")
    d.add("Diagnosi alla dimissione: ", r.choice(["Scompenso cardiaco acuto (I50.9)", "Polmonite comunitaria (J18.9)", "BPCO riacutizzata (J44.1)"]), "\n\n")
    d.add("Terapia domiciliare:\n")
    for med in r.sample(["Furosemide 25 mg 1 cp ore 8", "Bisoprololo 1,25 mg 1 cp ore 8", "Apixaban 5 mg 1 cp x 2", "Pantoprazolo 20 mg 1 cp a digiuno",
                         "Atorvastatina 20 mg 1 cp ore 20"], r.randint(2, 4)):
        d.add(f"  - {med}\n")
    ctl = wkday(dis + timedelta(days=r.randint(10, 40)))
    d.add("\nControllo ambulatoriale il ", T(fdt(r, "it", ctl, *rtime(r, 8, 14), dstyle=r.choice(["num", "long"]), weekday=r.random() < 0.4), DT),
          " presso l'ambulatorio scompenso (piano terra). Prenotazioni: ", T(phone(r, "it", False), PH), "\n\n")
    d.add("Il Direttore U.O.C. ", title(r, "it", prim.sex, True), T(prim.full, PER), "\n")


def k_it_referto(r, d):
    p = person(r, "it")
    dd = ev_d(r)
    h, m = rtime(r, 7, 10)
    dire = person(r, "it")
    d.add("LABORATORIO ANALISI CHIMICO-CLINICHE\n", r.choice(HOSP["it"]), " — ", T(addr(r, "it").one(), ADR), "\n\n")
    d.add("Cognome e Nome: ", T(f"{p.last.upper()} {p.first.upper()}", PER), "   Sesso: ", p.sex, "\n")
    d.add("Data di nascita: ", T(fdate("it", dob_d(r)), DOB), "   Codice paziente: ", T(pat(r, "########"), MRN), "\n")
    d.add(f"N. accettazione: {rs(r, DIG, 10)}   Provenienza: {r.choice(['Ambulatoriale', 'Reparto Medicina', 'Pronto Soccorso'])}\n")
    d.add("Data prelievo: ", T(fdt(r, "it", dd, h, m), DT), "   Data referto: ", T(fdate("it", dd + timedelta(days=r.randint(0, 2))), DT), "\n\n")
    it_names = {"Sodium": "Sodio", "Potassium": "Potassio", "Creatinine": "Creatinina", "Glucose": "Glucosio", "Hemoglobin": "Emoglobina",
                "WBC": "Globuli bianchi", "Platelets": "Piastrine", "ALT": "ALT (GPT)", "AST": "AST (GOT)", "HbA1c": "Emoglobina glicata",
                "TSH": "TSH reflex", "CRP": "Proteina C reattiva", "eGFR": "eGFR (CKD-EPI)", "Troponin I hs": "Troponina I hs"}
    rows = []
    for lab in r.sample(LABS, r.randint(5, 8)):
        rows.append([it_names[lab[0]], lab_val(r, lab).replace(".", ","), lab[2], lab[5].replace(".", ",")])
    table(d, ["Esame", "Risultato", "Unità", "Valori di riferimento"], rows, "fixed")
    d.add("\nIl Direttore del Laboratorio: ", title(r, "it", dire.sex, True), T(dire.full, PER), "\n")
    d.add(f"Referto firmato digitalmente ai sensi del D.Lgs. 82/2005 — impronta {sha256(r)[:40]}\n")


def k_pt_referenciacao(r, d):
    p = person(r, "pt")
    a = addr(r, "pt")
    doc = person(r, "pt")
    dd = ev_d(r)
    d.add(r.choice(HOSP["pt"]), "\nCARTA DE REFERENCIAÇÃO / PEDIDO DE CONSULTA\n\n")
    d.add("Utente: ", T(p.full, PER), "\nN.º de utente SNS: ", T(rs(r, DIG, 9), HPN), "   N.º processo: ", T(pat(r, "#######"), MRN), "\n")
    pdob = dob_d(r, 1935, 2000)
    d.add("Data de nascimento: ", T(fdate("pt", pdob), DOB), "\nMorada: ", T(a.one(), ADR), "\nTelemóvel: ", T(phone(r, "pt", True), PH), "\n")
    if r.random() < 0.5:
        d.add("Email: ", T(email(r, p, "pt"), EM), "\n")
    d.add("\nEspecialidade pedida: ", r.choice(["Cardiologia", "Endocrinologia", "Reumatologia", "Oncologia Médica"]),
          "   Prioridade: ", r.choice(["Normal", "Prioritária", "Muito prioritária"]), "\n\n")
    cond = r.choice(['diabetes tipo 2', 'hipertensão arterial', 'fibrilhação auricular'])
    a1c = f"{r.uniform(7, 11):.1f}".replace(".", ",")
    d.add("Informação clínica:\n", r.choice(["Utente", "Doente"]), f" de {age_at(pdob, dd)} anos, com {cond} desde {r.randint(2000, 2020)}. "
          f"HbA1c {a1c}% em ", T(fdate("pt", dd - timedelta(days=r.randint(5, 60))), DT),
          ". Solicito avaliação e eventual inclusão no ensaio clínico ", proto_id(r), ".\n\n")
    d.add("Medicação habitual: ", r.choice(DRUGS), "; ", r.choice(DRUGS), "\n\n")
    if r.random() < 0.5:
        d.add(T(r.choice([a.city, addr(r, "pt").city]), LOC), ", ")
    d.add(T(fdate("pt", dd, r.choice(["num", "long"])), DT), "\n")
    d.add("O médico de família: ", title(r, "pt", doc.sex, True), T(doc.full, PER), f" — cédula profissional {rs(r, DIG, 5)}\n")


def k_nl_verwijs(r, d):
    p = person(r, "nl")
    a = addr(r, "nl")
    ha = person(r, "nl")
    haa = addr(r, "nl")
    dd = ev_d(r)
    d.add(r.choice(["Huisartsenpraktijk De Linde", "Gezondheidscentrum Oost", "Huisartsen Aan de Gracht"]), "\n", T(haa.block(), ADR), "\nTel. ",
          T(phone(r, "nl", False), PH), "\n\n")
    d.add("VERWIJSBRIEF\n\nAan: Polikliniek ", r.choice(["Interne Geneeskunde", "Cardiologie", "Longziekten", "Dermatologie"]), ", ", r.choice(HOSP["nl"]), "\n")
    d.add("Datum: ", T(fdate("nl", dd, r.choice(["num", "long"])), DT), "\n\n")
    d.add("Patiënt: ", title(r, "nl", p.sex), T(r.choice([p.full, f"{p.first[0]}. {p.last}"]), PER), "\nGeboortedatum: ", T(fdate("nl", dob_d(r)), DOB), "\n")
    d.add("Adres: ", T(a.one(), ADR), "\nTelefoon: ", T(phone(r, "nl"), PH), "\n")
    d.add("Zorgverzekeraar: ", r.choice(["Zilveren Kruis", "CZ", "VGZ", "Menzis"]), ", polisnummer ", T(rs(r, DIG, 9), HPN), "\n")
    d.add("Patiëntnummer ziekenhuis: ", T(pat(r, "#######"), MRN), "\n\n")
    d.add(f"Vraagstelling: graag beoordeling van {r.choice(['therapieresistente hypertensie', 'persisterende hoest', 'eczeem', 'anemie e.c.i.'])}. "
          f"Patiënt wil graag meedoen aan wetenschappelijk onderzoek ({nct(r)}).\n")
    d.add(f"Medicatie: {r.choice(DRUGS)}, {r.choice(DRUGS)}. Allergieën: geen bekend.\n")
    d.add("Laatste lab (", T(fdate("nl", dd - timedelta(days=r.randint(3, 30))), DT), f"): Hb {r.uniform(6.0, 9.5):.1f} mmol/l, eGFR {r.randint(35, 95)}.\n\n".replace(".", ",", 1))
    d.add("Met vriendelijke groet,\n", T(ha.full, PER), ", huisarts — AGB-code ", rs(r, DIG, 8), "\n")


def k_pl_karta(r, d):
    p = person(r, "pl")
    a = addr(r, "pl")
    ha = addr(r, "pl")
    lek = person(r, "pl")
    adm = ev_d(r)
    dis = adm + timedelta(days=r.randint(2, 14))
    d.add(r.choice(HOSP["pl"]), "\nOddział ", r.choice(["Chorób Wewnętrznych", "Kardiologii", "Pulmonologii", "Nefrologii"]), "\n", T(ha.one(), ADR),
          "\ntel. ", T(phone(r, "pl", False), PH), "\n\n")
    d.add("KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n\n")
    d.add("Pacjent: ", T(p.full, PER), "\nData urodzenia: ", T(fdate("pl", dob_d(r)), DOB), "\nAdres: ", T(a.one(), ADR), "\n")
    d.add("ID pacjenta: ", T(pat(r, r.choice(["#######", "########"])), MRN), f"   Nr księgi głównej: {rs(r, DIG, 5)}/{adm.year}\n")
    h, m = rtime(r)
    d.add("Data przyjęcia: ", T(fdt(r, "pl", adm, h, m), DT), "\nData wypisu: ", T(fdate("pl", dis), DT), "\n\n")
    d.add("Rozpoznanie: ", r.choice(["Zaostrzenie przewlekłej niewydolności serca (I50.0)", "Zapalenie płuc (J18.9)", "Migotanie przedsionków (I48.0)"]), "\n\n")
    d.add(f"Przebieg hospitalizacji: Pacjent przyjęty z powodu duszności. W badaniach NT-proBNP {r.randint(900, 9000)} pg/ml. "
          f"Zastosowano leczenie moczopędne z dobrym efektem.\n\n")
    d.add("Zalecenia:\n- furosemid 40 mg rano\n- bisoprolol 2,5 mg rano\n- kontrola w Poradni Kardiologicznej dnia ",
          T(fdate("pl", dis + timedelta(days=r.randint(14, 60)), r.choice(["num", "long"])), DT), " r.\n")
    d.add("- w razie pogorszenia kontakt: ", T(phone(r, "pl"), PH), "\n\n")
    d.add("Lekarz prowadzący: ", title(r, "pl", lek.sex, True), T(lek.full, PER), f" (nr PWZ {rs(r, DIG, 7)})\n")


def k_sv_epikris(r, d):
    p = person(r, "sv")
    a = addr(r, "sv")
    lak = person(r, "sv")
    adm = ev_d(r)
    dis = adm + timedelta(days=r.randint(2, 12))
    d.add(r.choice(HOSP["sv"]), " — ", r.choice(["Medicinkliniken", "Kardiologiska kliniken", "Lungkliniken"]), "\n\nEPIKRIS\n\n")
    d.add("Patient: ", T(p.full, PER), "\nFödelsedatum: ", T(fdate("sv", dob_d(r)), DOB), "\nJournalnummer: ", T(pat(r, "#######"), MRN), "\n")
    d.add("Adress: ", T(a.one(), ADR), "\nTelefon: ", T(phone(r, "sv"), PH), "\n")
    d.add("Vårdtid: ", T(fdate("sv", adm), DT), " – ", T(fdate("sv", dis), DT), "\n\n")
    h, m = rtime(r)
    d.add("Inkom ", T(fdt(r, "sv", adm, h, m), DT), f" med ambulans p.g.a. andfåddhet och feber. CRP {r.randint(40, 300)}, "
          f"lobär pneumoni på lungröntgen. Behandlad med bensylpenicillin i.v. {r.randint(3, 6)} dygn, därefter peroralt.\n\n")
    d.add(f"Diagnos: {r.choice(['Pneumoni, ospecificerad (J18.9)', 'Hjärtsvikt (I50.9)', 'Förmaksflimmer (I48.9)'])}\n\n")
    d.add("Läkemedel vid utskrivning: Kåvepenin 1 g x 3 i 5 dagar, Alvedon 1 g vid behov.\n")
    ab = wkday(dis + timedelta(days=r.randint(14, 60)))
    d.add("Återbesök: ", T(fdt(r, "sv", ab, *rtime(r, 8, 15)), DT), " på mottagningen. Uppföljande lungröntgen om 6 veckor.\n\n")
    d.add("Ansvarig läkare: ", T(lak.full, PER), ", överläkare\n")


def k_no_ambulanse(r, d):
    p = person(r, "no")
    a = addr(r, "no")
    dd = ev_d(r)
    h, m = rtime(r, 0, 21)
    d.add("AMBULANSEJOURNAL\n", f"Oppdragsnr: {dd.strftime('%y%m%d')}-{rs(r, DIG, 3)}   Ressurs: {r.choice(['A1-', 'A2-', 'L-'])}{r.randint(10, 99)}\n")
    d.add("Dato: ", T(fdate("no", dd), DT), f"   Hastegrad: {r.choice(['Akutt', 'Haster', 'Vanlig'])}\n")
    d.add("Hentested: ", T(a.one(), ADR), "\n\n")
    d.add("Pasient: ", T(p.full, PER), "   Fødselsdato: ", T(fdate("no", dob_d(r)), DOB), "\nTlf: ", T(phone(r, "no"), PH), "\n")
    if r.random() < 0.5:
        pr = person(r, "no")
        d.add("Pårørende: ", T(pr.full, PER), " (", r.choice(["ektefelle", "datter" if pr.sex == "F" else "sønn"]), "), tlf ", T(phone(r, "no", True), PH), "\n")
    d.add("\nTidslinje\n")
    t = h * 60 + m
    for ev in ["Utalarmert", "Framme hentested", "Pasientkontakt", "Avreise", "Framme sykehus"]:
        d.add(f"{(t // 60) % 24:02d}:{t % 60:02d} {ev}\n")
        t += r.randint(2, 15)
    d.add(f"\nFunn: RF {r.randint(12, 32)}, SpO2 {r.randint(82, 99)} %, BT {r.randint(80, 190)}/{r.randint(45, 100)}, puls {r.randint(45, 150)}, GCS {r.randint(9, 15)}\n")
    d.add(f"Tiltak: O2 {r.randint(2, 15)} l/min, EKG tatt og sendt, i.v.-tilgang.\n")
    d.add("Levert til: Akuttmottaket, ", r.choice(HOSP["no"]), ". Overlevert til sykepleier ", T(person(r, "no").full, PER), ".\n")
    d.add("Mannskap: ", T(person(r, "no").full, PER), " / ", T(person(r, "no").ini, PER), "\n")


def k_da_henvisning(r, d):
    p = person(r, "da")
    a = addr(r, "da")
    lg = person(r, "da")
    la = addr(r, "da")
    dd = ev_d(r)
    d.add("HENVISNING\n\nAfsender: ", r.choice(HOSP["da"]), ", ", T(la.one(), ADR), "\nHenvisende læge: ", T(lg.full, PER),
          f"   Ydernummer: {rs(r, DIG, 6)}   Tlf. ", T(phone(r, "da"), PH), "\n")
    d.add("Dato: ", T(fdate("da", dd, r.choice(["num", "long"])), DT), "\n\n")
    d.add("Modtager: ", r.choice(["Medicinsk afdeling", "Kardiologisk ambulatorium", "Endokrinologisk afdeling"]), ", ", r.choice(HOSP["da"]), "\n\n")
    pdob = dob_d(r, 1935, 2000)
    d.add("Patient: ", T(p.full, PER), "\nFødselsdato: ", T(fdate("da", pdob), DOB), "\nAdresse: ", T(a.one(), ADR), "\nTelefon: ", T(phone(r, "da"), PH), "\n")
    if r.random() < 0.4:
        d.add("E-mail: ", T(email(r, p, "da"), EM), "\n")
    d.add(f"\nHenvisningsdiagnose: {r.choice(['DE119 Type 2-diabetes', 'DI109 Hypertension', 'DJ449 KOL'])}\n")
    d.add(f"Anamnese: {age_at(pdob, dd)}-årig med forværring over {r.randint(2, 12)} uger. HbA1c {r.randint(55, 95)} mmol/mol den ",
          T(fdate("da", dd - timedelta(days=r.randint(5, 40))), DT), ". Ønskes vurderet mhp. deltagelse i forsøg ", proto_id(r), ".\n")
    d.add(f"Aktuel medicin: {r.choice(DRUGS)}, {r.choice(DRUGS)}\n\nMed venlig hilsen\n", T(lg.full, PER), ", praktiserende læge\n")


def k_fi_lahete(r, d):
    p = person(r, "fi")
    a = addr(r, "fi")
    lk = person(r, "fi")
    dd = ev_d(r)
    d.add("LÄHETE\n\n", r.choice(HOSP["fi"]), "\n")
    d.add("Päivämäärä: ", T(fdate("fi", dd, r.choice(["num", "long"])), DT), "\n\n")
    d.add("Potilas: ", T(p.full if r.random() < 0.5 else f"{p.last} {p.first}", PER), "\nSyntymäaika: ", T(fdate("fi", dob_d(r)), DOB), "\n")
    d.add("Osoite: ", T(a.one(), ADR), "\nPuhelin: ", T(phone(r, "fi"), PH), "\nPotilasnumero: ", T(pat(r, "#######"), MRN), "\n\n")
    d.add(f"Lähetteen syy: {r.choice(['rintakipu rasituksessa', 'hengenahdistus', 'anemia', 'kilpirauhasen vajaatoiminta'])}. "
          f"Hb {r.randint(90, 140)} g/l, CRP {r.randint(1, 80)} mg/l (", T(fdate("fi", dd - timedelta(days=r.randint(2, 20))), DT), ").\n")
    d.add(f"Lääkitys: {r.choice(DRUGS)}; {r.choice(DRUGS)}\n")
    aika = wkday(dd + timedelta(days=r.randint(7, 40)))
    d.add("Ehdotettu vastaanottoaika: ", T(fdt(r, "fi", aika, *rtime(r, 8, 15)), DT), "\n\n")
    d.add("Lähettävä lääkäri: LL ", T(lk.full, PER), ", puh. ", T(phone(r, "fi"), PH), "\n")


DCC_LBL = {
    "de": ("Digitales COVID-Zertifikat der EU", "Name, Vorname", "Geburtsdatum", "Impfstoff", "Datum der Impfung", "Mitgliedstaat der Impfung", "Zertifikataussteller", "Robert Koch-Institut"),
    "fr": ("Certificat COVID numérique de l'UE", "Nom, prénom", "Date de naissance", "Vaccin", "Date de vaccination", "État membre de vaccination", "Émetteur du certificat", "Ministère des Solidarités et de la Santé"),
    "it": ("Certificato COVID digitale dell'UE", "Cognome e nome", "Data di nascita", "Vaccino", "Data della vaccinazione", "Stato membro di vaccinazione", "Emesso da", "Ministero della Salute"),
    "es": ("Certificado COVID digital de la UE", "Apellidos y nombre", "Fecha de nacimiento", "Vacuna", "Fecha de vacunación", "Estado miembro de vacunación", "Emisor del certificado", "Ministerio de Sanidad"),
    "nl": ("Digitaal coronacertificaat van de EU", "Achternaam, voornaam", "Geboortedatum", "Vaccin", "Vaccinatiedatum", "Lidstaat van vaccinatie", "Afgegeven door", "Ministerie van VWS"),
    "pt": ("Certificado Digital COVID da UE", "Apelido, nome", "Data de nascimento", "Vacina", "Data da vacinação", "Estado-Membro de vacinação", "Emitido por", "SPMS"),
}


def k_eu_dcc(r, d):
    loc = r.choice(list(DCC_LBL))
    L = DCC_LBL[loc]
    p = person(r, loc)
    cc = COUNTRY[loc][1]
    d.add(L[0], " / EU Digital COVID Certificate\n", "=" * 48, "\n")
    d.add(f"HC1:{rs(r, UP + DIG + ' $%*+-./:', 60).replace(' ', '-')}...\n\n")
    d.add(f"{L[1]} / Surname(s) and forename(s): ", T(f"{ascii_fold(p.last).upper()} {p.first.upper()}" if r.random() < 0.3 else f"{p.last.upper()}, {p.first}", PER), "\n")
    d.add(f"{L[2]} / Date of birth: ", T(dob_d(r).isoformat(), DOB), "\n")
    vac, typ, mah = r.choice([("Comirnaty", "SARS-CoV-2 mRNA vaccine", "BioNTech Manufacturing GmbH"),
                              ("Spikevax", "SARS-CoV-2 mRNA vaccine", "Moderna Biotech Spain S.L."),
                              ("Vaxzevria", "SARS-CoV-2 antigen vaccine", "AstraZeneca AB"),
                              ("Nuvaxovid", "SARS-CoV-2 antigen vaccine", "Novavax CZ")])
    d.add(f"{L[3]} / Vaccine: {typ} — {vac} ({mah})\n")
    dn = r.randint(1, 4)
    d.add(f"Dosis / Number in a series of doses: {dn}/{max(dn, 2)}\n")
    d.add(f"{L[4]} / Date of vaccination: ", T(rdate(r, 2021, 2023).isoformat(), DT), "\n")
    d.add(f"{L[5]} / Member State of vaccination: {cc}\n{L[6]} / Certificate issuer: {L[7]}\n")
    d.add(f"ID: URN:UVCI:01:{cc}:{rs(r, UP + DIG, 26)}#{r.choice(UP)}\n")
    d.add(f"Disease targeted: COVID-19 (840539006)   Vaccine code: EU/1/20/{r.randint(1500, 1600)}\n")


def k_x_telehealth(r, d):
    loc = r.choice(["es", "pt", "it", "fr", "de"])
    p = person(r, loc)
    doc = person(r, loc)
    dd = ev_d(r)
    t = r.randint(8 * 60, 19 * 60)

    def ts():
        nonlocal t
        t += r.randint(0, 2)
        return f"[{(t // 60) % 24:02d}:{t % 60:02d}] "
    txt = {
        "es": ("Buenos días, soy ", ". ¿Me confirma su nombre completo y fecha de nacimiento?", "Paciente", "¿Ha tenido fiebre o tos desde la última visita del estudio?",
               "un poco de tos, sin fiebre", "De acuerdo. Su próxima visita es el ", ". Si empeora llame al ", "vale, gracias. mi correo nuevo es "),
        "pt": ("Bom dia, fala ", ". Pode confirmar o nome completo e a data de nascimento?", "Utente", "Teve febre ou tosse desde a última consulta do estudo?",
               "alguma tosse, sem febre", "Muito bem. A próxima consulta é ", ". Se piorar ligue para ", "obrigado. o meu email novo é "),
        "it": ("Buongiorno, sono ", ". Mi conferma nome, cognome e data di nascita?", "Paziente", "Ha avuto febbre o tosse dall'ultima visita dello studio?",
               "un po' di tosse, niente febbre", "Bene. La prossima visita è il ", ". Se peggiora chiami il ", "grazie. la mia nuova email è "),
        "fr": ("Bonjour, ici ", ". Pouvez-vous me confirmer votre nom et votre date de naissance ?", "Patient", "Avez-vous eu de la fièvre ou de la toux depuis la dernière visite ?",
               "un peu de toux, pas de fièvre", "Très bien. Votre prochaine visite est le ", ". En cas d'aggravation appelez le ", "merci. mon nouvel e-mail est "),
        "de": ("Guten Tag, hier ist ", ". Können Sie mir Ihren vollständigen Namen und Ihr Geburtsdatum bestätigen?", "Patient", "Hatten Sie seit dem letzten Studienbesuch Fieber oder Husten?",
               "etwas Husten, kein Fieber", "Gut. Ihr nächster Termin ist am ", ". Bei Verschlechterung rufen Sie bitte an: ", "danke. meine neue E-Mail ist "),
    }[loc]
    tdoc = title(r, loc, doc.sex, True) or "Dr. "
    d.add(f"Teleconsulta / video visit — {proto_id(r)} — sessão {uuid4(r)[:8]}\n\n" if loc == "pt" else f"Video visit log — {proto_id(r)} — {uuid4(r)[:8]}\n\n")
    d.add(ts(), tdoc, T(doc.last, PER), ": ", txt[0], tdoc, T(doc.full, PER), txt[1], "\n")
    d.add(ts(), txt[2], ": ", T(r.choice([p.full, p.full.lower()]), PER), ", ", T(fdate(loc, dob_d(r), r.choice(["num", "long"])), DOB), "\n")
    d.add(ts(), tdoc, T(doc.last, PER), ": ", txt[3], "\n")
    d.add(ts(), txt[2], ": ", txt[4], "\n")
    nv = wkday(dd + timedelta(days=r.randint(3, 21)))
    d.add(ts(), tdoc, T(doc.last, PER), ": ", txt[5], T(fdt(r, loc, nv, *rtime(r, 8, 16), dstyle=r.choice(["num", "long"]), weekday=r.random() < 0.4), DT),
          txt[6], T(phone(r, loc), PH), ".\n")
    if r.random() < 0.6:
        d.add(ts(), txt[2], ": ", txt[7], T(email(r, p, loc), EM), "\n")


def k_eu_biobank_csv(r, d):
    loc = r.choice(["nl", "de", "sv", "da", "fi"])
    hdr = {"nl": ["monster_id", "deelnemer", "geboortedatum", "afnamedatum", "afgenomen_door", "materiaal", "volume_ml", "positie"],
           "de": ["Proben-ID", "Proband", "Geburtsdatum", "Entnahmedatum", "entnommen_von", "Material", "Volumen_ml", "Lagerort"],
           "sv": ["prov_id", "deltagare", "födelsedatum", "provtagningsdatum", "provtagare", "material", "volym_ml", "position"],
           "da": ["prøve_id", "deltager", "fødselsdato", "prøvedato", "udtaget_af", "materiale", "volumen_ml", "placering"],
           "fi": ["näyte_id", "tutkittava", "syntymäaika", "näytteenottopäivä", "näytteenottaja", "materiaali", "tilavuus_ml", "sijainti"]}[loc]
    mats = {"nl": ["plasma", "serum", "DNA", "urine"], "de": ["Plasma", "Serum", "DNA", "Urin"], "sv": ["plasma", "serum", "DNA", "urin"],
            "da": ["plasma", "serum", "DNA", "urin"], "fi": ["plasma", "seerumi", "DNA", "virtsa"]}[loc]
    d.add(f"# biobank export {uuid4(r)} ; sep=; ; decimal=,\n")
    csvrow(d, hdr, ";")
    for j in range(r.randint(3, 8)):
        p = person(r, loc)
        cd = ev_d(r)
        h, m = rtime(r, 7, 16)
        csvrow(d, [f"{COUNTRY[loc][1]}-BB-{rs(r, DIG, 7)}", f"P{rs(r, DIG, 5)}", T(fdate(loc, dob_d(r)), DOB),
                   T(f"{fdate(loc, cd)} {ftime(loc, h, m, '24')}", DT), T(r.choice([p.full, p.ini]), PER), r.choice(mats),
                   f"{r.choice([0.5, 1.0, 1.5, 2.0, 4.5])}".replace(".", ","), f"F{r.randint(1, 12)}-R{r.randint(1, 6)}-{r.choice('ABCDEFGH')}{r.randint(1, 12)}"], ";")


def k_de_rechnung(r, d):
    doc = person(r, "de")
    da = addr(r, "de")
    p = person(r, "de")
    pa = addr(r, "de")
    dd = ev_d(r)
    pdob = dob_d(r)
    d.add("Praxis ", title(r, "de", doc.sex, True), T(doc.full, PER), " · Fachärzt" + ("in" if doc.sex == "F" else ""),
          " für Innere Medizin\n", T(da.one(), ADR), " · Tel. ", T(phone(r, "de", False), PH), "\n\n")
    d.add("Herrn\n" if p.sex == "M" else "Frau\n", T(p.full, PER), "\n", T(pa.block(), ADR), "\n\n")
    d.add(f"Rechnung Nr. {dd.year}-{rs(r, DIG, 5)}", "                Datum: ", T(fdate("de", dd), DT), "\n\n")
    d.add("Privatliquidation nach GOÄ für: ", T(p.full, PER), ", geb. ", T(fdate("de", pdob), DOB), "\n")
    t0 = dd - timedelta(days=r.randint(10, 60))
    d.add("Behandlungszeitraum: ", T(fdate("de", t0), DT), " – ", T(fdate("de", dd - timedelta(days=r.randint(1, 9))), DT), "\n")
    d.add(f"Diagnose: {r.choice(['Arterielle Hypertonie (I10)', 'Diabetes mellitus Typ 2 (E11.9)', 'Hypothyreose (E03.9)'])}\n\n")
    rows = []
    tot = 0.0
    for nr, txt, base in r.sample([("1", "Beratung", 4.66), ("5", "Symptombezogene Untersuchung", 4.66), ("7", "Vollständige Untersuchung", 9.33),
                                   ("250", "Blutentnahme", 2.33), ("651", "EKG", 14.75), ("410", "Sonographie", 11.66), ("3550", "Blutbild", 3.50)],
                                  r.randint(3, 5)):
        f = r.choice([1.0, 1.15, 1.8, 2.3])
        tot += base * f
        rows.append([T(fdate("de", t0 + timedelta(days=r.randint(0, 5))), DT), nr, txt, f"{f:.2f}".replace(".", ","),
                     f"{base * f:.2f} €".replace(".", ",")])
    table(d, ["Datum", "GOÄ-Nr.", "Leistung", "Faktor", "Betrag"], rows, "fixed")
    d.add(f"\nRechnungsbetrag: {tot:.2f} €\n".replace(".", ","))
    d.add("Bitte überweisen Sie den Betrag bis zum ", T(fdate("de", dd + timedelta(days=30)), DT), " unter Angabe der Rechnungsnummer auf folgendes Konto:\n")
    d.add("Kontoinhaber: ", T(doc.full, PER), "\nIBAN: ", T(iban(r, r.choice(["DE", "DE", "DE", "AT"])), IBAN), f"\nBIC: {r.choice(BIC['DE'])}\n")
    d.add("Steuernummer: ", f"{rs(r, DIG, 2)}/{rs(r, DIG, 3)}/{rs(r, DIG, 5)}", " — ärztliche Heilbehandlung umsatzsteuerfrei gem. § 4 Nr. 14 UStG\n")


REIMB = {
    "nl": ("DECLARATIEFORMULIER REISKOSTEN DEELNEMER", "Naam", "Adres", "Telefoon", "E-mail", "Rekeninghouder", "Bezoekdatum", "Kilometers",
           "Handtekening", "Datum"),
    "es": ("FORMULARIO DE REEMBOLSO DE GASTOS DE DESPLAZAMIENTO", "Nombre", "Dirección", "Teléfono", "Correo electrónico", "Titular de la cuenta",
           "Fecha de visita", "Kilómetros", "Firma", "Fecha"),
    "it": ("MODULO DI RIMBORSO SPESE DI VIAGGIO DEL PARTECIPANTE", "Nome e cognome", "Indirizzo", "Telefono", "E-mail", "Intestatario del conto",
           "Data visita", "Km percorsi", "Firma", "Data"),
    "fr": ("FORMULAIRE DE REMBOURSEMENT DES FRAIS DE DÉPLACEMENT", "Nom", "Adresse", "Téléphone", "Courriel", "Titulaire du compte",
           "Date de visite", "Kilomètres", "Signature", "Date"),
    "pt": ("FORMULÁRIO DE REEMBOLSO DE DESPESAS DE DESLOCAÇÃO", "Nome", "Morada", "Telefone", "Email", "Titular da conta", "Data da visita",
           "Quilómetros", "Assinatura", "Data"),
    "pl": ("FORMULARZ ZWROTU KOSZTÓW PODRÓŻY UCZESTNIKA", "Imię i nazwisko", "Adres", "Telefon", "E-mail", "Właściciel rachunku",
           "Data wizyty", "Kilometry", "Podpis", "Data"),
    "sv": ("BLANKETT FÖR ERSÄTTNING AV RESEKOSTNADER", "Namn", "Adress", "Telefon", "E-post", "Kontoinnehavare", "Besöksdatum",
           "Kilometer", "Underskrift", "Datum"),
}


def k_x_reimb(r, d):
    loc = r.choice(list(REIMB))
    L = REIMB[loc]
    p = person(r, loc)
    a = addr(r, loc)
    dd = ev_d(r)
    d.add(L[0], f" — {proto_id(r)} — {r.randint(101, 450)}-{r.randint(1, 40):03d}\n\n")
    d.add(f"{L[1]}: ", T(p.full, PER), f"\n{L[2]}: ", T(a.one(), ADR), f"\n{L[3]}: ", T(phone(r, loc), PH), "\n")
    if r.random() < 0.6:
        d.add(f"{L[4]}: ", T(email(r, p, loc), EM), "\n")
    holder = p if r.random() < 0.8 else person(r, loc)
    d.add(f"\nIBAN: ", T(iban(r, COUNTRY[loc][1]), IBAN), f"   BIC: {r.choice(BIC[COUNTRY[loc][1]])}\n{L[5]}: ", T(holder.full, PER), "\n\n")
    for _ in range(r.randint(1, 3)):
        vd = dd - timedelta(days=r.randint(1, 60))
        d.add(f"{L[6]}: ", T(fdate(loc, vd), DT), f"   {L[7]}: {r.randint(8, 240)}   {money(r, 5, 90, {'sv': 'SEK', 'pl': 'PLN'}.get(loc, 'EUR'))}\n")
    d.add(f"\n{L[8]}: ", T(p.ini if r.random() < 0.5 else p.full, PER), f"   {L[9]}: ", T(fdate(loc, dd), DT), "\n")


# =========================================================================
# Negative kinds: nothing labelled, plenty of look-alikes
# =========================================================================
def k_neg_synopsis(r, d):
    proto = proto_id(r)
    drug = r.choice(BRANDS)
    d.add(f"PROTOCOL SYNOPSIS — {proto}\nVersion {r.randint(1, 6)}.{r.randint(0, 2)} (Amendment {r.randint(1, 5)}) — supersedes v{r.randint(1, 3)}.0\n")
    d.add(f"Registry: {nct(r)} | EU CT {euct(r)} | EudraCT {eudract(r)} | IND {rs(r, DIG, 6)}\n")
    d.add(f"Sponsor: {r.choice(SPONSORS)}   CRO: {r.choice(CROS)}\n\n")
    dx = r.choice(DX)
    d.add(f"Title: A Phase {r.choice(['2', '2b', '3'])}, randomized, double-blind, placebo-controlled study of {drug} "
          f"({r.choice(DRUGS)}) in adults with {dx[0].lower()} ({dx[1]}).\n\n")
    d.add(f"Design: {r.choice([1, 2])}:1 randomization stratified by region and baseline HbA1c (<8.0% vs >=8.0%); "
          f"{r.choice([12, 24, 52])}-week treatment period followed by a {r.choice([4, 8, 12])}-week safety follow-up. "
          f"Visits every 4 weeks (window ±3 days). Total duration per participant approx. {r.randint(30, 70)} weeks.\n")
    d.add(f"Sample size: {r.randint(120, 1200)} randomized ({r.randint(80, 95)}% power, two-sided alpha 0.05, dropout {r.randint(10, 20)}%).\n")
    d.add(f"Primary endpoint: change from baseline in HbA1c at Week {r.choice([24, 26, 52])} (LOINC 4548-4).\n")
    d.add("Key secondary: body weight, FPG, proportion achieving HbA1c <7.0%, time to first MACE (CEC-adjudicated).\n")
    d.add(f"Inclusion: age 18-75 y; BMI 25-45 kg/m2; eGFR >=30 mL/min/1.73m2. Exclusion: MTC/MEN2 history; pancreatitis; "
          f"use of {r.choice(BRANDS)} within 90 days; ALT >3x ULN.\n")
    d.add(f"Statistics: MMRM with treatment, visit, treatment-by-visit, stratum; multiplicity controlled by a graphical testing procedure. "
          f"Interim analysis at {r.choice([33, 50])}% information fraction.\n")
    d.add(f"Planned countries: {r.randint(8, 30)}; planned sites: {r.randint(40, 250)}. First participant in planned Q{r.randint(1, 4)} {r.randint(2024, 2026)}.\n")
    d.add(f"Document id {uuid4(r)} | checksum {sha1(r)}\n")


def k_neg_instrument_log(r, d):
    dd = ev_d(r)
    t = r.randint(5, 8) * 3600
    inst = r.choice(["cobas-8000-02", "alinity-c-01", "atellica-ch-04", "sysmex-xn-03"])
    for _ in range(r.randint(10, 18)):
        t += r.randint(5, 900)
        stamp = f"{dd.isoformat()} {t // 3600:02d}:{(t // 60) % 60:02d}:{t % 60:02d}"
        msg = r.choice([
            f"QC L{r.randint(1, 3)} {r.choice(['GLU', 'CREA', 'K', 'NA', 'ALT', 'HBA1C'])} = {r.uniform(0.5, 300):.2f} (mean {r.uniform(0.5, 300):.2f}, SD {r.uniform(0.01, 5):.2f}) — PASS",
            f"QC multirule 1-2s warning on {r.choice(['TSH', 'CRP', 'TNI'])} lot {lot(r)}; rerun scheduled",
            f"reagent pack {rs(r, DIG, 8)} loaded, {r.randint(50, 800)} tests remaining, on-board stability 28 days",
            f"calibration {r.choice(['accepted', 'accepted', 'failed: slope out of range'])} for {r.choice(LABS)[0]} (LOINC {r.choice(LABS)[1]})",
            f"sample rack {r.randint(1, 60):02d}-{r.randint(1, 5)} processed: {r.randint(1, 5)} tubes, 0 errors",
            f"firmware {version(r)} heartbeat OK; uptime {r.randint(1, 400)}h; checksum {sha1(r)[:16]}",
            f"LIS upload batch {uuid4(r)} acknowledged (HTTP 202)",
            f"temperature incubator {r.uniform(36.8, 37.3):.1f} C, reagent fridge {r.uniform(2.1, 7.9):.1f} C",
        ])
        d.add(f"{stamp} [{inst}] {r.choice(['INFO', 'INFO', 'WARN', 'DEBUG'])} {msg}\n")


def k_neg_hl7_ack(r, d):
    dd = ev_d(r)
    for _ in range(r.randint(1, 3)):
        stamp = f"{dd.strftime('%Y%m%d')}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
        ctl = f"MSG{rs(r, DIG, 8)}"
        d.add(f"MSH|^~\\&|LIS|CORELAB|EHR|RMC|{stamp}||ACK^R01^ACK|ACK{rs(r, DIG, 8)}|P|2.5.1\n")
        code = r.choice(["AA", "AA", "AE", "AR"])
        d.add(f"MSA|{code}|{ctl}|{'' if code == 'AA' else 'Required field missing'}\n")
        if code != "AA":
            d.add(f"ERR||PID^1^7|101^Required field missing^HL70357|E||||Segment PID field 7 empty\n")
        d.add("\n")
    d.add(f"# interface engine: channel {r.choice(['ORU_IN', 'ADT_OUT'])} v{version(r)}, queue depth {r.randint(0, 300)}, "
          f"last error count {r.randint(0, 9)}, epoch {r.randint(1690000000, 1740000000)}\n")


def k_neg_pv_aggregate(r, d):
    drug = r.choice(BRANDS)
    d.add(f"PERIODIC SAFETY UPDATE REPORT — {drug} — Appendix 6.2\nSummary tabulation of serious adverse reactions from post-marketing sources\n")
    d.add(f"Reporting interval: {r.choice([6, 12])} months; cumulative exposure est. {r.randint(10, 900)}k patient-years\n\n")
    rows = []
    for ae, code in r.sample(AES, r.randint(5, 9)):
        rows.append([ae, code, str(r.randint(0, 40)), str(r.randint(0, 400)), f"{drug[:3].upper()}-{r.randint(2019, 2024)}-{rs(r, DIG, 6)}"])
    table(d, ["MedDRA PT", "PT code", "Interval", "Cumulative", "Index case no."], rows, r.choice(["fixed", "pipe", "tsv"]))
    d.add(f"\nSignal SIG-{rs(r, DIG, 4)} ({r.choice(AES)[0].lower()}) closed: refuted after disproportionality analysis "
          f"(ROR {r.uniform(0.6, 1.9):.2f}, 95% CI {r.uniform(0.3, 0.9):.2f}-{r.uniform(1.9, 3.2):.2f}).\n")
    d.add("No new safety concerns identified; RMP version ", f"{r.randint(3, 12)}.{r.randint(0, 3)}", " remains adequate.\n")


def k_neg_freezer(r, d):
    d.add("rack,shelf,box,position,sample_uuid,sample_type,aliquot,volume_ul,barcode,status,freeze_thaw\n")
    for _ in range(r.randint(6, 14)):
        d.add(f"R{r.randint(1, 12)},S{r.randint(1, 6)},B{r.randint(1, 40):02d},{r.choice('ABCDEFGHI')}{r.randint(1, 9)},{uuid4(r)},"
              f"{r.choice(['plasma', 'serum', 'PBMC', 'DNA', 'RNA', 'CSF'])},{r.randint(1, 8)},{r.choice([250, 500, 1000, 1800])},"
              f"{rs(r, UP, 2)}{rs(r, DIG, 8)},{r.choice(['available', 'reserved', 'shipped', 'depleted'])},{r.randint(0, 3)}\n")
    d.add(f"# freezer ULT-{r.randint(1, 30):02d} setpoint -80 C, alarm band ±5 C, probe SN {rs(r, UP + DIG, 10)}, export v{version(r)}\n")


def k_neg_ci(r, d):
    d.add("name: sdtm-build\n\non:\n  push:\n    branches: [ main ]\n  schedule:\n    - cron: '0 3 * * 1-5'\n\n")
    d.add("jobs:\n  build:\n    runs-on: ubuntu-22.04\n    timeout-minutes: 45\n    env:\n")
    d.add("      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    d.add("      DB_PASSWORD: ${{ secrets.SDTM_DB_PASSWORD }}\n      SLACK_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}\n      REDCAP_TOKEN: ${REDCAP_API_TOKEN}\n")
    d.add(f"      PIPELINE_VERSION: {version(r)}\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: {sha1(r)}\n")
    d.add(f"      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.{r.randint(9, 12)}'\n")
    d.add(f"      - run: pip install -r requirements.lock  # sha256:{sha256(r)[:24]}\n")
    d.add(f"      - run: make sdtm STUDY={proto_id(r)} CUTOFF=$CUTOFF_DATE\n      - run: pinnacle21-cli validate --standard SDTMIG-3.{r.randint(2, 4)} --define define.xml\n")
    d.add("      - name: notify\n        if: failure()\n        run: ./scripts/notify.sh \"$SLACK_TOKEN\" \"#sdtm-ci\" \"build ${{ github.run_id }} failed\"\n")


def k_neg_smpc(r, d):
    drug = r.choice(BRANDS)
    d.add(f"SUMMARY OF PRODUCT CHARACTERISTICS — {drug}\n\n4.2 Posology and method of administration\n")
    d.add(f"The recommended dose is {r.choice(DRUGS).split(' ', 1)[1]} once daily, with or without food. For patients with eGFR 30-59 mL/min "
          f"the dose should be reduced by 50%. Treatment should continue for at least {r.choice([12, 24, 26])} weeks before response is assessed.\n")
    d.add("Missed dose: take as soon as remembered unless the next dose is due within 12 hours.\n\n4.3 Contraindications\n")
    d.add(f"Hypersensitivity to the active substance or to any of the excipients listed in section 6.1. Concomitant use of strong CYP3A4 inhibitors "
          f"(e.g. {r.choice(['ketoconazole', 'clarithromycin', 'ritonavir'])}).\n\n4.8 Undesirable effects\n")
    for ae, code in r.sample(AES, 4):
        d.add(f"  {ae} — {r.choice(['very common (>=1/10)', 'common (>=1/100 to <1/10)', 'uncommon (>=1/1,000 to <1/100)'])}\n")
    d.add(f"\n5.2 Pharmacokinetic properties\nTmax {r.uniform(0.5, 4):.1f} h; terminal half-life {r.randint(6, 160)} h; steady state within {r.randint(3, 14)} days; "
          f"Vd {r.randint(20, 400)} L; {r.randint(60, 99)}% protein bound.\n")
    d.add(f"ATC code: {r.choice(['A10BJ06', 'B01AF02', 'L04AB04', 'D11AH05'])}.  Marketing authorisation number: EU/1/{r.randint(10, 23)}/{r.randint(1000, 1800)}/00{r.randint(1, 9)}\n")


def k_neg_invoice(r, d):
    d.add(f"INVOICE {r.choice(['INV', 'RE', 'FAC'])}-{r.randint(2023, 2025)}-{rs(r, DIG, 5)}\nSupplier: {r.choice(CROS)}   Customer: {r.choice(SPONSORS)}\n")
    d.add(f"PO number: 45{rs(r, DIG, 8)}   Contract: MSA-{rs(r, DIG, 4)} / WO-{r.randint(1, 40)}   VAT id: on file\n\n")
    rows = []
    sub = 0.0
    fmt = lambda v: f"{v:,.2f} EUR".replace(",", "X").replace(".", ",").replace("X", ".")
    for item in r.sample(["Site management fee", "SDV visit (on-site)", "Courier — Hartmann & Brandt Logistik GmbH", "Central lab kits",
                          "IRT monthly fee", "Pass-through: investigator grants", "Translation services"], r.randint(3, 6)):
        q, up = r.randint(1, 40), round(r.uniform(50, 4000), 2)
        sub += q * up
        rows.append([item, str(q), fmt(up), fmt(q * up)])
    table(d, ["Description", "Qty", "Unit price", "Total"], rows, r.choice(["fixed", "pipe"]))
    d.add(f"\nSubtotal {fmt(sub)}  VAT 19% {fmt(sub * 0.19)}  Total due {fmt(sub * 1.19)}\n")
    d.add(f"Payment terms: net {r.choice([30, 45, 60])} days. SWIFT/BIC {r.choice(BIC['DE'] + BIC['FR'])}; US wires: ABA {aba(r)}. "
          f"Quote reference on remittance. Late fee 1.5% per month.\n")


def k_neg_masked(r, d):
    d.add("# de-identified extract (Safe Harbor) — direct identifiers masked or removed; dates shifted and reduced to year\n")
    d.add("subject_token,age_band,zip3,sex,ssn,card_on_file,dob,mrn,phone,notes\n")
    for _ in range(r.randint(4, 9)):
        d.add(f"PT_{rs(r, HEXL, 12)},{r.choice(['18-29', '30-44', '45-64', '65-74', '75+'])},{rs(r, DIG, 3)}**,{r.choice('MF')},"
              f"***-**-{rs(r, DIG, 4)},XXXX-XXXX-XXXX-{rs(r, DIG, 4)},**/**/{r.randint(1935, 2005)},[REDACTED],(***) ***-{rs(r, DIG, 4)},"
              f"{r.choice(['none', 'visit window deviation', 'lost to follow-up', 'dose held x2'])}\n")
    d.add(f"# QA fixtures (intentionally invalid): ssn={bad_ssn(r)} ; ssn={bad_ssn(r)} ; pan={bad_cc(r)} ; pan={bad_cc(r)}\n")
    d.add(f"# tokenization key id kms-{uuid4(r)} ; salt stored in HSM ; run {sha1(r)[:12]}\n")


def k_neg_de_beipack(r, d):
    drug = r.choice(["Ibuprofen", "Metformin", "Ramipril", "Pantoprazol", "Amoxicillin"])
    d.add(f"Gebrauchsinformation: Information für Patienten\n{drug} {r.choice(['400 mg', '500 mg', '5 mg', '20 mg'])} Filmtabletten\n\n")
    d.add("Was in dieser Packungsbeilage steht\n1. Was ist es und wofür wird es angewendet?\n2. Was sollten Sie vor der Einnahme beachten?\n"
          "3. Wie ist es einzunehmen?\n4. Welche Nebenwirkungen sind möglich?\n5. Wie ist es aufzubewahren?\n\n")
    d.add(f"3. Wie ist {drug} einzunehmen?\nDie empfohlene Dosis beträgt 1 Tablette {r.choice(['einmal', 'zweimal', 'dreimal'])} täglich. "
          f"Nehmen Sie die Tabletten nicht länger als {r.choice([3, 5, 7, 14])} Tage ohne ärztlichen Rat ein. Der Abstand zwischen zwei Einnahmen "
          f"sollte mindestens {r.choice([6, 8, 12])} Stunden betragen.\n\n")
    d.add("4. Welche Nebenwirkungen sind möglich?\nHäufig (kann bis zu 1 von 10 Behandelten betreffen): Übelkeit, Durchfall, Kopfschmerzen.\n"
          "Selten (kann bis zu 1 von 1.000 Behandelten betreffen): schwere Hautreaktionen.\n\n")
    d.add(f"5. Wie ist {drug} aufzubewahren?\nNicht über 25 °C lagern. Sie dürfen das Arzneimittel nach dem auf dem Umkarton nach „verwendbar bis“ "
          "angegebenen Verfalldatum nicht mehr verwenden.\n\n")
    d.add(f"Zul.-Nr.: {rs(r, DIG, 5)}.{rs(r, DIG, 2)}.{rs(r, DIG, 2)}   PZN {rs(r, DIG, 8)}   Ch.-B.: {lot(r)}   Packungsgröße: N{r.randint(1, 3)}\n")


def k_neg_fr_amend(r, d):
    d.add(f"AMENDEMENT SUBSTANTIEL N°{r.randint(1, 6)} — Protocole {proto_id(r)} — version {r.randint(2, 7)}.0\n")
    d.add(f"N° EU CT : {euct(r)}   Référence interne : AM-{rs(r, DIG, 4)}\n\nRésumé des modifications :\n")
    for i in range(r.randint(3, 6)):
        d.add(f"- Section {r.randint(3, 12)}.{r.randint(1, 9)} : {r.choice(['ajout d’une visite téléphonique à la semaine 6', 'critère d’exclusion n°7 clarifié (DFG < 30 mL/min)', 'fenêtre de visite élargie à ± 5 jours', 'suppression du prélèvement PK à H4', 'durée de suivi portée de 12 à 24 semaines', 'mise à jour de la brochure investigateur (édition 9)'])}\n")
    d.add(f"\nImpact : pas de modification du rapport bénéfice/risque. Nombre de participants inchangé ({r.randint(100, 900)}). "
          f"Consentement éclairé mis à jour (version {r.randint(3, 8)}.{r.randint(0, 2)}).\n")


def k_neg_es_inv(r, d):
    d.add(f"SERVICIO DE FARMACIA — INVENTARIO DE MUESTRAS DE ENSAYO CLÍNICO\nEnsayo: {proto_id(r)} ({euct(r)})   Almacén: nevera N-{r.randint(1, 6)}, estante {r.choice('ABCD')}-{r.randint(1, 5)}\n\n")
    rows = []
    for _ in range(r.randint(3, 7)):
        rows.append([f"KIT-{rs(r, DIG, 6)}", lot(r), r.choice(["Comprimidos 10 mg", "Viales 100 mg/4 mL", "Jeringa precargada 300 mg", "Placebo comprimidos"]),
                     str(r.randint(0, 48)), r.choice(["Disponible", "Cuarentena", "Dispensado", "Devuelto"]), f"{r.uniform(2.0, 8.0):.1f} °C".replace(".", ",")])
    table(d, ["Kit", "Lote", "Presentación", "Unidades", "Estado", "Temp."], rows, r.choice(["fixed", "pipe"]))
    d.add(f"\nTotal kits: {len(rows)}; valor estimado {money(r, 500, 30000, 'EUR')}. Desviaciones de temperatura: {r.randint(0, 2)} (duración máx. {r.randint(5, 90)} min).\n")


def k_neg_sas(r, d):
    d.add(f"NOTE: SAS (r) Proprietary Software 9.4 (TS1M{r.randint(5, 8)})\nNOTE: This session is executing on the X64_SR12R2 platform.\n\n")
    d.add(f"1    libname adam \"/studies/{proto_id(r).lower()}/adam\" access=readonly;\nNOTE: Libref ADAM was successfully assigned.\n")
    d.add(f"2    proc mixed data=adam.adlb(where=(paramcd='HBA1C' and anl01fl='Y'));\n3      class trt01pn avisitn usubjid;\n"
          f"4      model chg = base trt01pn avisitn trt01pn*avisitn / ddfm=kr;\n5      repeated avisitn / subject=usubjid type=un;\n6    run;\n\n")
    d.add(f"NOTE: Convergence criteria met.\nNOTE: PROCEDURE MIXED used (Total process time):\n      real time           {r.uniform(0.1, 9):.2f} seconds\n"
          f"      cpu time            {r.uniform(0.05, 5):.2f} seconds\n\n")
    d.add(f"LS-mean difference (active - placebo) at Week {r.choice([24, 26, 52])}: {r.uniform(-1.5, -0.2):.2f} (95% CI {r.uniform(-2, -1):.2f}, {r.uniform(-0.9, -0.1):.2f}); "
          f"p={r.choice(['<.0001', '0.0034', '0.0412'])}\nNOTE: The data set WORK.LSM has {r.randint(4, 40)} observations and {r.randint(5, 20)} variables.\n")
    d.add(f"WARNING: {r.randint(1, 12)} observations with missing values were excluded.\n")


def k_neg_standup(r, d):
    d.add(f"Data management stand-up notes — sprint {r.randint(10, 90)}\n\n")
    items = [f"DB lock for {proto_id(r)} moved to next Tuesday (was end of month); CRAs informed yesterday.",
             f"Query backlog down to {r.randint(20, 400)} (was {r.randint(400, 900)} two weeks ago); target zero by Friday.",
             f"SAE reconciliation: {r.randint(0, 9)} discrepancies outstanding, case numbers in tracker (JIRA DM-{rs(r, DIG, 4)}).",
             f"Dictionary upversion MedDRA 26.{r.randint(0, 1)} / WHODrug Global B3 release {r.randint(1, 2)}: recoding impact {r.randint(10, 300)} terms.",
             f"Vendor transfer failed twice overnight; retry in 2 hours, escalate tomorrow morning if still failing.",
             f"Reminder: timesheets due end of day Thursday. Next retro in 3 weeks.",
             f"eCRF build {version(r)} deployed to UAT; edit checks {r.randint(100, 900)} passing, {r.randint(0, 20)} failing."]
    for it in r.sample(items, r.randint(4, 7)):
        d.add(f"- {it}\n")


# =========================================================================
# registry, generator, CLI
# =========================================================================
KINDS_EN = [k_screening_log, k_ae_log, k_cioms, k_medwatch, k_pv_email, k_biobank_csv, k_biobank_json, k_lab_report, k_pathology,
            k_pharmacy, k_erx_xml, k_referral_us, k_discharge_en, k_ems, k_vax_record, k_dental, k_optometry, k_prior_auth,
            k_telehealth_en, k_dicom, k_hl7_adt, k_hl7_oru, k_fhir_patient, k_fhir_bundle, k_redcap, k_monitoring, k_lims_config,
            k_k8s_secret, k_etl_log, k_irb_email, k_billing, k_ics, k_vcard, k_remittance, k_x12_270, k_genomics_env, k_incident,
            k_ocr_fax, k_sms, k_uk_referral, k_sftp_runbook, k_reimbursement, k_payments_config,
            k_callcenter_payment]
KINDS_X = [k_de_arztbrief, k_de_rettung, k_de_erezept, k_de_nebenwirkung, k_fr_crh, k_fr_ordonnance, k_fr_pv, k_es_alta, k_es_receta,
           k_it_dimissione, k_it_referto, k_pt_referenciacao, k_nl_verwijs, k_pl_karta, k_sv_epikris, k_no_ambulanse, k_da_henvisning,
           k_fi_lahete, k_eu_dcc, k_x_telehealth, k_eu_biobank_csv, k_de_rechnung, k_x_reimb]
KINDS_NEG = [k_neg_synopsis, k_neg_instrument_log, k_neg_hl7_ack, k_neg_pv_aggregate, k_neg_freezer, k_neg_ci, k_neg_smpc,
             k_neg_invoice, k_neg_masked, k_neg_de_beipack, k_neg_fr_amend, k_neg_es_inv, k_neg_sas, k_neg_standup]
NEG_NON_EN = {k_neg_de_beipack, k_neg_fr_amend, k_neg_es_inv}

P_NEG = 0.12
P_NON_EN = 0.215  # plus the non-English share of negatives -> ~25% overall


def _pick(r):
    x = r.random()
    if x < P_NEG:
        return r.choice(KINDS_NEG)
    if x < P_NEG + P_NON_EN:
        return r.choice(KINDS_X)
    return r.choice(KINDS_EN)


def generate(n, seed=0):
    """Yield n labelled documents; document i depends only on (seed, i)."""
    for i in range(n):
        r = random.Random(f"blind38-{seed}-{i}")
        fn = _pick(r)
        d = Doc()
        fn(r, d)
        yield {"id": f"b38-{seed}-{i:06d}-{fn.__name__[2:]}", "text": d.text(), "entities": d.ents}


# ------------------------------------------------------------------ checks
def _check_doc(doc):
    text = doc["text"]
    ents = sorted(doc["entities"], key=lambda e: (e["start"], e["end"]))
    prev = 0
    for e in ents:
        s, t, typ = e["start"], e["end"], e["type"]
        assert typ in TYPES, (doc["id"], typ)
        assert 0 <= s < t <= len(text), (doc["id"], e)
        v = text[s:t]
        assert v == v.strip(), (doc["id"], typ, repr(v))
        assert s >= prev, (doc["id"], "overlap", e)
        prev = t
        if typ == CC:
            assert luhn_ok(v) and 13 <= sum(c.isdigit() for c in v) <= 19, (doc["id"], v)
        elif typ == IBAN:
            assert iban_ok(v), (doc["id"], v)
        elif typ == SSN:
            assert ssn_ok(v), (doc["id"], v)
        elif typ in (AKI,):
            assert len(v) == 20 and v[:4] in ("AKIA", "ASIA"), v
        elif typ == ASK:
            assert len(v) == 40, v
        elif typ == JWT:
            assert v.count(".") == 2 and v.startswith("eyJ"), v
        elif typ == PK:
            assert v.startswith("-----BEGIN ") and v.endswith("-----"), v[:40]
        elif typ == STR:
            assert v.startswith(("sk_live_", "rk_live_")), v
        elif typ in (EM,):
            assert "@" in v and " " not in v, v
        elif typ == URL:
            assert v.startswith(("http://", "https://")) and "@" not in v, v


def run_check(n=2000, seed=0):
    counts = Counter()
    kinds = Counter()
    empty = 0
    non_en = 0
    neg_names = {f.__name__[2:] for f in KINDS_NEG}
    x_names = {f.__name__[2:] for f in KINDS_X} | {f.__name__[2:] for f in NEG_NON_EN}
    for doc in generate(n, seed):
        _check_doc(doc)
        kind = doc["id"].split("-", 3)[3]
        kinds[kind] += 1
        if kind in neg_names:
            assert not doc["entities"], (doc["id"], "negative kind with entities")
        else:
            assert doc["entities"], (doc["id"], "positive kind without entities")
        if not doc["entities"]:
            empty += 1
        if kind in x_names:
            non_en += 1
        for e in doc["entities"]:
            counts[e["type"]] += 1
    # determinism
    a = list(generate(5, seed))
    b = list(generate(5, seed))
    assert a == b
    assert list(generate(5, seed))[3] == list(generate(4, seed))[3]  # doc i independent of n
    total_kinds = len(KINDS_EN) + len(KINDS_X) + len(KINDS_NEG)
    print(f"OK: {n} docs checked (seed={seed}); {total_kinds} document kinds "
          f"({len(KINDS_EN)} English, {len(KINDS_X)} non-English, {len(KINDS_NEG)} negative); {len(kinds)} kinds seen")
    print(f"docs without entities: {empty} ({100 * empty / n:.1f}%); non-English docs: {non_en} ({100 * non_en / n:.1f}%)")
    print(f"total entities: {sum(counts.values())}")
    for t in TYPES:
        print(f"  {t:<24}{counts.get(t, 0):>7}")
    missing = [t for t in TYPES if not counts.get(t)]
    if missing:
        print("WARNING: types never produced:", missing)


def print_sample(k, seed=0):
    for doc in generate(k, seed):
        print("=" * 100)
        print(doc["id"])
        print("-" * 100)
        print(doc["text"])
        print("-" * 100)
        for e in doc["entities"]:
            print(f"  {e['type']:<22} [{e['start']}:{e['end']}] {doc['text'][e['start']:e['end']]!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 2000 docs and validate all spans")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with their labelled spans")
    ap.add_argument("--n", type=int, default=1000)
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
        print(f"wrote {a.n} docs to {a.output}", file=sys.stderr)
    if not (a.check or a.sample or a.output):
        for doc in generate(a.n, a.seed):
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
