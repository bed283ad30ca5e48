r"""Blind corpus 64 -- sports, fitness clubs and wearables.

Seeded synthetic documents around gym memberships, personal-trainer notes,
sports-medicine and physiotherapy records, wearable device sync logs and
exports, race registrations, club payroll and injury reports.  Every document
is built piece by piece so that the labelled character offsets are exact.
All data is fake; checksummed identifiers (cards, IBANs, SSNs) are
well-formed, and invalid look-alikes appear only as unlabelled hard negatives.
Roughly a quarter of the documents are not in English and about 12% contain
no entity at all (only hard negatives).

Usage: python3 bench/corpus_blind64.py [--check] [--sample K] [--n N --seed S --output F.jsonl]

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
from datetime import date

# ---------------------------------------------------------------------------
# entity types
# ---------------------------------------------------------------------------
TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
)
P, EM, PH, SSN, CC, IBAN, IP = TYPES[0:7]
DOB, DT, LOC, ADR, URL, MRN, HPN = TYPES[7:14]
ACC, DL, AKID, ASK, GH, SL, STR, JWT, PK, PW, GS = TYPES[14:25]

MIN_LEN, MAX_LEN = 150, 3000


# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
class Doc:
    """Append text pieces; labelled pieces record exact offsets."""

    def __init__(self, lang="en"):
        self.lang = lang
        self._parts = []
        self._n = 0
        self.ents = []

    def add(self, *pieces):
        for s in pieces:
            s = str(s)
            self._parts.append(s)
            self._n += len(s)
        return self

    def ent(self, value, typ):
        value = str(value)
        if typ:
            self.ents.append({"start": self._n, "end": self._n + len(value), "type": typ})
        self._parts.append(value)
        self._n += len(value)
        return self

    def put(self, a):
        """a is plain text, (value, TYPE) or a list of such pieces."""
        if isinstance(a, tuple):
            self.ent(a[0], a[1])
        elif isinstance(a, list):
            for x in a:
                self.put(x)
        else:
            self.add(a)
        return self

    def t(self, tpl, *args):
        """Template: every '¤' consumes the next argument (see put())."""
        pieces = tpl.split("¤")
        if len(pieces) != len(args) + 1:
            raise ValueError("template/argument mismatch: %d vs %d" % (len(pieces) - 1, len(args)))
        for k, piece in enumerate(pieces):
            self.add(piece)
            if k < len(args):
                self.put(args[k])
        return self

    def text(self):
        return "".join(self._parts)

    def __len__(self):
        return self._n


# ---------------------------------------------------------------------------
# random primitives
# ---------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64URL = AN + "-_"
B64 = AN + "+/"


def rs(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def digits(r, n):
    return "".join(r.choice(DG) for _ in range(n))


def nzd(r, n):
    return r.choice("123456789") + digits(r, n - 1)


_TRANS = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l",
                        "Ł": "L", "ı": "i", "İ": "I", "đ": "d", "ş": "s", "Ş": "S",
                        "ğ": "g", "Ğ": "G"})


def asciify(s):
    s = s.translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


# ---------------------------------------------------------------------------
# checksummed identifiers
# ---------------------------------------------------------------------------
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = re.sub(r"[ -]", "", num)
    if not ds.isdigit() or not 13 <= len(ds) <= 19:
        return False
    return luhn_digit(ds[:-1]) == ds[-1]


def _group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return sep.join(out)


def make_card(r, style=None):
    """Luhn-valid PAN, returns (formatted, brand)."""
    brand = r.choice(["Visa", "Visa", "Mastercard", "Mastercard", "Amex", "Discover"])
    if brand == "Visa":
        prefix, n = "4" + digits(r, 5), 16
    elif brand == "Mastercard":
        prefix = str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))
        n = 16
    elif brand == "Amex":
        prefix, n = r.choice(["34", "37"]), 15
    else:
        prefix, n = "6011", 16
    body = prefix + digits(r, n - 1 - len(prefix))
    num = body + luhn_digit(body)
    style = style or r.choice(["space", "space", "dash", "plain"])
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    if style == "space":
        return _group(num, sizes, " "), brand
    if style == "dash":
        return _group(num, sizes, "-"), brand
    return num, brand


def bad_card(r):
    """16 digits, Luhn-INVALID (hard negative)."""
    body = "4" + digits(r, 14)
    good = luhn_digit(body)
    bad = str((int(good) + r.randint(1, 9)) % 10)
    return _group(body + bad, [4, 4, 4, 4], r.choice([" ", "-", ""]))


IBAN_SPEC = {
    "DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "PT": "n21", "NL": "a4n10",
    "PL": "n24", "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14", "CZ": "n20",
    "TR": "n22", "GB": "a4n14", "IE": "a4n14", "AT": "n16", "BE": "n12", "CH": "n17",
}
IBAN_LEN = {cc: 4 + sum(int(x) for x in re.findall(r"\d+", sp)) for cc, sp in IBAN_SPEC.items()}
_BANK_CODES = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"],
               "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
               "IE": ["AIBK", "BOFI", "IPBS"]}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(r, cc, grouped=None):
    spec = IBAN_SPEC[cc]
    bban = ""
    for kind, cnt in re.findall(r"([an])(\d+)", spec):
        cnt = int(cnt)
        if kind == "a":
            bban += r.choice(_BANK_CODES[cc]) if cc in _BANK_CODES else rs(r, cnt, UP)
        else:
            bban += digits(r, cnt)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def iban_ok(s):
    s2 = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s2):
        return False
    if s2[:2] in IBAN_LEN and len(s2) != IBAN_LEN[s2[:2]]:
        return False
    return _iban_num(s2[4:] + s2[:4]) % 97 == 1


def bad_iban(r, cc):
    """Correct shape, wrong check digits (hard negative)."""
    good = make_iban(r, cc, grouped=False)
    chk = int(good[2:4])
    new = (chk + r.randint(1, 40)) % 97
    if new < 2:
        new += 2
    cand = "%s%02d%s" % (cc, new, good[4:])
    if iban_ok(cand):
        cand = "%s%02d%s" % (cc, (new + 1) % 97 or 3, good[4:])
    return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4))


def make_ssn(r, sep="-"):
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    return "%03d%s%02d%s%04d" % (area, sep, r.randint(1, 99), sep, r.randint(1, 9999))


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def bad_ssn(r):
    area = r.choice([0, 666, r.randint(900, 999)])
    return "%03d-%02d-%04d" % (area, r.randint(1, 99), r.randint(1, 9999))


def aba_routing(r):
    d = [r.randint(0, 9) for _ in range(8)]
    d[0] = r.choice([0, 1, 2, 3])
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def npi(r):
    body = r.choice("12") + digits(r, 8)
    return body + luhn_digit("80840" + body)


# ---------------------------------------------------------------------------
# secrets
# ---------------------------------------------------------------------------
def aws_key_id(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, 16, UP + "234567")


def aws_secret(r):
    return rs(r, 40, AN + "/+")


def gh_token(r):
    if r.random() < 0.2:
        return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    return r.choice(["ghp_", "ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)


def slack_token(r):
    if r.random() < 0.6:
        return "xoxb-%s-%s-%s" % (nzd(r, r.choice([11, 12])), nzd(r, 13), rs(r, 24))
    return "xoxp-%s-%s-%s-%s" % (nzd(r, 11), nzd(r, 12), nzd(r, 13), rs(r, 32, HEX))


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 24, 34, 99]))


def b64u(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def make_jwt(r, sub=None, extra=None):
    alg = r.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.4:
        hdr["kid"] = rs(r, 10, HEX)
    iat = r.randint(1700000000, 1790000000)
    pl = {"sub": sub or str(r.randint(10 ** 6, 10 ** 9)), "iat": iat, "exp": iat + r.choice([900, 3600, 86400])}
    pl["scope"] = r.choice(["activity:read", "profile heart_rate sleep", "bookings:write", "sync"])
    if extra:
        pl.update(extra)
    sig_len = 43 if alg == "HS256" else (86 if alg == "ES256" else 342)
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(pl, separators=(",", ":")).encode()),
                         rs(r, sig_len, B64URL))


_PEM_HEAD = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
             "EC PRIVATE KEY": "MHcCAQEE", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}


def make_pem(r, kind=None, nl="\n"):
    kind = kind or r.choice(list(_PEM_HEAD))
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    nlines = {"RSA PRIVATE KEY": r.randint(7, 12), "PRIVATE KEY": r.randint(7, 12),
              "EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": r.randint(4, 6)}[kind]
    head = base64.b64decode(_PEM_HEAD[kind])
    if kind == "EC PRIVATE KEY":
        nbytes = 121
    else:
        nbytes = (width * nlines * 3) // 4 - r.randint(3, 30)
    raw = head + bytes(r.getrandbits(8) for _ in range(nbytes - len(head)))
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (kind, nl, nl.join(lines), nl, kind)


_PW_WORDS = ["Summit", "Tempo", "Sprint", "Kettle", "Barbell", "Cadence", "Ridge", "Harbor",
             "Falcon", "Squat", "Rowing", "Velo", "Trail", "Granite", "Puls", "Deadlift",
             "Interval", "Lactate", "Podium", "Hurdle"]


def make_password(r, dsn_safe=False):
    sym = "!*_-~" if dsn_safe else "!#$%&*+-_=?~"
    st = r.randint(0, 4)
    if st == 0:
        pw = r.choice(_PW_WORDS) + r.choice(sym) + digits(r, r.randint(2, 4)) + r.choice(_PW_WORDS)
    elif st == 1:
        pw = rs(r, r.randint(12, 18), AN + sym)
    elif st == 2:
        pw = "-".join(r.choice(_PW_WORDS).lower() for _ in range(3)) + "-" + digits(r, 2)
    elif st == 3:
        pw = r.choice(_PW_WORDS) + r.choice("#!$") + str(r.randint(1985, 2026)) + r.choice(sym)
    else:
        pw = rs(r, r.randint(10, 14))
    return pw


def make_generic_secret(r, style=None):
    style = style if style is not None else r.randint(0, 6)
    if style == 0:
        return "whsec_" + rs(r, 32)
    if style == 1:
        return rs(r, 40)
    if style == 2:
        return "key-" + rs(r, 32, HEX)
    if style == 3:
        return "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)
    if style == 4:
        return "AIza" + rs(r, 35, B64URL)
    if style == 5:
        return "xkeysib-" + rs(r, 64, HEX) + "-" + rs(r, 16)
    return rs(r, 8) + "-" + rs(r, 8) + "-" + rs(r, 24)


def b64s(s):
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------
def neg_uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def neg_sha(r, n=40):
    return rs(r, n, HEX)


def neg_version(r):
    return "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 20))


def neg_order(r):
    return r.choice(["ORD-%s" % nzd(r, 7), "SO-%d-%s" % (r.randint(2023, 2026), digits(r, 5)),
                     "#%s" % nzd(r, 6)])


def neg_invoice(r):
    return "INV-%d-%s" % (r.randint(2023, 2026), digits(r, 5))


def neg_ticket(r):
    return "%s-%d" % (r.choice(["SUP", "HELP", "OPS", "WRB", "CS", "INC"]), r.randint(1000, 99999))


def neg_claim(r):
    return "CLM" + digits(r, 10)


def neg_booking(r):
    return rs(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def neg_tracking(r):
    return "1Z" + rs(r, 6, UP + DG) + digits(r, 10)


def neg_masked_card(r):
    d4 = digits(r, 4)
    return r.choice(["**** **** **** " + d4, "XXXX-XXXX-XXXX-" + d4, "•••• " + d4, "************" + d4])


def neg_masked_ssn(r):
    return r.choice(["***-**-", "XXX-XX-", "xxx-xx-"]) + digits(r, 4)


BICS = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "UNCRITMMXXX", "INGBNL2A",
        "NDEASESS", "DABADKKK", "DNBANOKK", "NDEAFIHH", "KOMBCZPP", "TGBATRIS", "BARCGB22",
        "AIBKIE2D", "BCOMPTPL", "PKOPPLPW", "RABONL2U", "BKAUATWW"]


def neg_vin(r):
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def neg_epoch(r):
    return str(r.randint(1690000000, 1790000000))


def neg_amount(r, cur="$"):
    v = r.randint(5, 400) + r.choice([0, 0.5, 0.99, 0.9])
    if cur in ("kr", "Kč", "₺"):
        v = r.randint(20, 250) * 10 + r.choice([0, 0, 0.5])
    if cur in ("€", "kr", "zł", "Kč", "₺"):
        s = ("%.2f" % v).replace(".", ",")
        return ("%s %s" % (s, cur)) if cur != "€" or r.random() < 0.5 else "€" + s
    return "%s%.2f" % (cur, v)


DRUGS = ["ibuprofen", "naproxen", "diclofenac gel", "acetaminophen", "meloxicam", "celecoxib",
         "cyclobenzaprine", "prednisone", "lidocaine patch", "methocarbamol"]
BRANDS = ["Garmin Forerunner 965", "Fitbit Charge 6", "Polar H10", "WHOOP 4.0", "Apple Watch Series 9",
          "Oura Ring Gen3", "Coros Pace 3", "Suunto Race", "Wahoo TICKR", "PulseBand 3"]
APPS = ["Strava", "TrainingPeaks", "Zwift", "Peloton", "Komoot", "Runna", "MyFitnessPal"]
PETS = ["Biscuit", "Pepper", "Mochi", "Rocket", "Luna", "Ziggy", "Noodle", "Waffles"]
ICD = [("S83.511A", "sprain of ACL, right knee"), ("M76.60", "Achilles tendinitis"),
       ("S93.401A", "sprain of ankle ligament"), ("M25.561", "pain in right knee"),
       ("S06.0X0A", "concussion without LOC"), ("M54.50", "low back pain"),
       ("M77.10", "lateral epicondylitis"), ("M72.2", "plantar fasciitis"),
       ("S76.011A", "strain of hip flexor"), ("M22.2X1", "patellofemoral disorder, right knee")]
CPT = [("97110", "therapeutic exercise"), ("97140", "manual therapy"), ("97530", "therapeutic activities"),
       ("97161", "PT evaluation, low complexity"), ("97162", "PT evaluation, moderate complexity"),
       ("99213", "office visit, est. patient"), ("73721", "MRI lower extremity joint"),
       ("20610", "arthrocentesis, major joint"), ("97112", "neuromuscular re-education")]
LOINC = [("8867-4", "heart rate"), ("29463-7", "body weight"), ("8480-6", "systolic BP"),
         ("8462-4", "diastolic BP"), ("59408-5", "SpO2")]


# ---------------------------------------------------------------------------
# locales
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
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
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
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}

PAD = {
    "en": ["This message was generated automatically; please do not reply directly to it.",
           "Please keep this document with your club records.",
           "Questions about this notice can be raised with the front desk during opening hours."],
    "de": ["Diese Nachricht wurde automatisch erstellt, bitte antworten Sie nicht direkt darauf.",
           "Bitte bewahren Sie dieses Dokument bei Ihren Unterlagen auf."],
    "fr": ["Ce message a été généré automatiquement, merci de ne pas y répondre directement.",
           "Merci de conserver ce document avec vos papiers du club."],
    "es": ["Este mensaje se ha generado automáticamente; por favor, no responda directamente.",
           "Conserve este documento junto con la documentación del club."],
    "it": ["Questo messaggio è stato generato automaticamente, si prega di non rispondere.",
           "Si prega di conservare questo documento."],
    "pt": ["Esta mensagem foi gerada automaticamente; por favor não responda diretamente.",
           "Guarde este documento junto dos seus registos do clube."],
    "nl": ["Dit bericht is automatisch gegenereerd; gelieve hier niet rechtstreeks op te antwoorden.",
           "Bewaar dit document bij uw administratie."],
    "pl": ["Ta wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.",
           "Prosimy zachować ten dokument."],
    "sv": ["Detta meddelande skapades automatiskt, vänligen svara inte direkt på det.",
           "Spara gärna detta dokument."],
    "da": ["Denne besked er genereret automatisk, svar venligst ikke direkte på den.",
           "Gem venligst dette dokument."],
    "no": ["Denne meldingen ble generert automatisk, vennligst ikke svar direkte på den.",
           "Ta vare på dette dokumentet."],
    "fi": ["Tämä viesti on luotu automaattisesti, älä vastaa siihen suoraan.",
           "Säilytä tämä asiakirja."],
    "cs": ["Tato zpráva byla vygenerována automaticky, prosíme, neodpovídejte na ni.",
           "Tento dokument si prosím uschovejte."],
    "tr": ["Bu mesaj otomatik olarak oluşturulmuştur, lütfen doğrudan yanıtlamayınız.",
           "Lütfen bu belgeyi saklayınız."],
}


class Locale:
    def __init__(self, code, lang, country, country_local, first_m, first_f, last, cities,
                 streets, domains, iban_cc, last_f=None):
        self.code, self.lang = code, lang
        self.country, self.country_local = country, country_local
        self.first_m, self.first_f = first_m.split(), first_f.split()
        self.last = last.split("|") if "|" in last else last.split()
        self.last_f = (last_f.split("|") if "|" in last_f else last_f.split()) if last_f else None
        self.cities = cities
        self.streets = streets.split("|")
        self.domains = domains.split()
        self.iban_cc = iban_cc


LCL = {}


def _L(*a, **k):
    L = Locale(*a, **k)
    LCL[L.code] = L


_EN_M = "James Liam Noah Ethan Mason Lucas Logan Aiden Caleb Tyler Marcus Andre Diego Connor Declan Jack Owen Ryan Gavin Malik"
_EN_F = "Olivia Emma Ava Sophia Isabella Mia Harper Amelia Evelyn Abigail Madison Keisha Priya Mei Hannah Siobhan Chloe Grace Naomi Tessa"
_EN_L = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson "
         "Anderson Thomas Taylor Moore Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young "
         "Allen Wright Scott Nguyen Patel Kim O'Brien Murphy Kelly Byrne Walsh Evans Hughes Campbell Okafor Reyes")
_L("us", "en", "United States", "United States", _EN_M, _EN_F, _EN_L,
   [("Denver", "CO", "802", "Colorado"), ("Austin", "TX", "787", "Texas"), ("Portland", "OR", "972", "Oregon"),
    ("Boston", "MA", "021", "Massachusetts"), ("Chicago", "IL", "606", "Illinois"), ("Seattle", "WA", "981", "Washington"),
    ("Phoenix", "AZ", "850", "Arizona"), ("Atlanta", "GA", "303", "Georgia"), ("Minneapolis", "MN", "554", "Minnesota"),
    ("San Diego", "CA", "921", "California"), ("Columbus", "OH", "432", "Ohio"), ("Raleigh", "NC", "276", "North Carolina"),
    ("Salt Lake City", "UT", "841", "Utah"), ("Tampa", "FL", "336", "Florida"), ("Pittsburgh", "PA", "152", "Pennsylvania"),
    ("Boulder", "CO", "803", "Colorado"), ("Eugene", "OR", "974", "Oregon"), ("Madison", "WI", "537", "Wisconsin")],
   "Oak Street|Maple Avenue|Pine Street|Cedar Lane|Elm Street|Lakeview Drive|Park Avenue|Ridge Road|Highland Avenue|"
   "Willow Way|River Road|Mill Street|Spruce Court|Aspen Circle|Juniper Drive|Harbor View Road",
   "gmail.com outlook.com yahoo.com icloud.com proton.me hotmail.com", "US")
_L("gb", "en", "United Kingdom", "United Kingdom", _EN_M, _EN_F, _EN_L,
   [("London", "", "SW11", "England"), ("Manchester", "", "M14", "England"), ("Leeds", "", "LS6", "England"),
    ("Bristol", "", "BS8", "England"), ("Edinburgh", "", "EH10", "Scotland"), ("Glasgow", "", "G12", "Scotland"),
    ("Cardiff", "", "CF24", "Wales"), ("Brighton", "", "BN1", "England"), ("Sheffield", "", "S10", "England"),
    ("Nottingham", "", "NG7", "England")],
   "High Street|Station Road|Church Lane|Victoria Road|Kings Road|Mill Lane|Park Road|Queens Avenue|Albert Street|Grove Terrace",
   "btinternet.com gmail.com outlook.com sky.com", "GB")
_L("au", "en", "Australia", "Australia", _EN_M, _EN_F, _EN_L,
   [("Sydney", "NSW", "20", "New South Wales"), ("Melbourne", "VIC", "30", "Victoria"), ("Brisbane", "QLD", "40", "Queensland"),
    ("Perth", "WA", "60", "Western Australia"), ("Adelaide", "SA", "50", "South Australia")],
   "George Street|Beach Road|Bridge Road|Station Street|Princes Highway|Ocean Parade|Gum Tree Lane",
   "bigpond.com gmail.com outlook.com", "GB")
_L("ca", "en", "Canada", "Canada", _EN_M, _EN_F, _EN_L,
   [("Toronto", "ON", "M5V", "Ontario"), ("Vancouver", "BC", "V6B", "British Columbia"), ("Calgary", "AB", "T2P", "Alberta"),
    ("Ottawa", "ON", "K1P", "Ontario"), ("Halifax", "NS", "B3H", "Nova Scotia")],
   "Queen Street West|Main Street|Maple Crescent|Lakeshore Road|King Street East|Birch Avenue",
   "gmail.com outlook.com rogers.com", "GB")
_L("ie", "en", "Ireland", "Ireland", _EN_M, _EN_F, _EN_L,
   [("Dublin", "", "D08", "Leinster"), ("Cork", "", "T12", "Munster"), ("Galway", "", "H91", "Connacht"),
    ("Limerick", "", "V94", "Munster")],
   "Main Street|Strand Road|Church Street|Mill Road|Harbour Row|College Green",
   "eircom.net gmail.com outlook.com", "IE")
_L("de", "de", "Germany", "Deutschland",
   "Lukas Felix Jonas Leon Maximilian Paul Tobias Florian Jürgen Matthias Stefan Niklas Moritz",
   "Anna Lena Marie Sophie Laura Julia Katharina Sabine Ute Birgit Heike Johanna Miriam",
   "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf "
   "Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange",
   [("Berlin", "Berlin", "10", ""), ("Hamburg", "Hamburg", "20", ""), ("München", "Bayern", "80", ""),
    ("Köln", "Nordrhein-Westfalen", "50", ""), ("Frankfurt am Main", "Hessen", "60", ""),
    ("Stuttgart", "Baden-Württemberg", "70", ""), ("Leipzig", "Sachsen", "04", ""),
    ("Freiburg im Breisgau", "Baden-Württemberg", "79", ""), ("Düsseldorf", "Nordrhein-Westfalen", "40", "")],
   "Hauptstraße|Lindenstraße|Bahnhofstraße|Schillerstraße|Gartenweg|Am Sportpark|Goethestraße|Bergstraße|Turnerweg",
   "gmx.de web.de t-online.de gmail.com posteo.de", "DE")
_L("fr", "fr", "France", "France",
   "Louis Hugo Gabriel Arthur Jules Lucas Mathieu Julien Antoine Théo Nicolas Bastien",
   "Camille Chloé Léa Manon Inès Sarah Élodie Nathalie Céline Margaux Juliette Amandine",
   "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
   "Michel Garcia David Bertrand Roux Vincent Fournier Girard Bonnet",
   [("Paris", "Île-de-France", "750", ""), ("Lyon", "Auvergne-Rhône-Alpes", "690", ""),
    ("Marseille", "Provence-Alpes-Côte d'Azur", "130", ""), ("Toulouse", "Occitanie", "310", ""),
    ("Bordeaux", "Nouvelle-Aquitaine", "330", ""), ("Nantes", "Pays de la Loire", "440", ""),
    ("Lille", "Hauts-de-France", "590", ""), ("Annecy", "Auvergne-Rhône-Alpes", "740", ""),
    ("Grenoble", "Auvergne-Rhône-Alpes", "380", "")],
   "rue de la République|avenue Jean Jaurès|rue des Lilas|boulevard Voltaire|rue du Stade|chemin des Vignes|allée des Sports",
   "orange.fr free.fr laposte.net gmail.com sfr.fr", "FR")
_L("es", "es", "Spain", "España",
   "Hugo Pablo Alejandro Daniel Javier Sergio Álvaro Diego Adrián Iker Raúl Andrés",
   "Lucía Martina Sofía María Paula Carmen Elena Laura Marta Nuria Ainhoa Rocío",
   "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
   "Hernández Díaz Moreno Muñoz Álvarez Romero Navarro Torres",
   [("Madrid", "Madrid", "280", ""), ("Barcelona", "Cataluña", "080", ""), ("Valencia", "Comunidad Valenciana", "460", ""),
    ("Sevilla", "Andalucía", "410", ""), ("Bilbao", "País Vasco", "480", ""), ("Málaga", "Andalucía", "290", ""),
    ("Zaragoza", "Aragón", "500", ""), ("San Sebastián", "País Vasco", "200", "")],
   "Calle Mayor|Avenida de la Constitución|Calle del Sol|Paseo de Gracia|Calle de Alcalá|Camino Real|Calle del Deporte",
   "gmail.com hotmail.es telefonica.net yahoo.es", "ES")
_L("it", "it", "Italy", "Italia",
   "Francesco Alessandro Lorenzo Matteo Leonardo Andrea Davide Simone Marco Riccardo Luca Stefano",
   "Giulia Sofia Aurora Chiara Martina Federica Elisa Valentina Giorgia Sara Francesca Alessia",
   "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|"
   "Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti",
   [("Milano", "MI", "201", "Lombardia"), ("Roma", "RM", "001", "Lazio"), ("Torino", "TO", "101", "Piemonte"),
    ("Bologna", "BO", "401", "Emilia-Romagna"), ("Firenze", "FI", "501", "Toscana"), ("Napoli", "NA", "801", "Campania"),
    ("Verona", "VR", "371", "Veneto"), ("Bergamo", "BG", "241", "Lombardia")],
   "Via Roma|Via Garibaldi|Corso Italia|Via Dante|Viale dello Sport|Piazza Mazzini|Via dei Mille",
   "libero.it gmail.com virgilio.it tiscali.it", "IT")
_L("pt", "pt", "Portugal", "Portugal",
   "João Tiago Rodrigo Francisco Duarte Gonçalo Miguel Rafael Diogo Pedro Nuno",
   "Maria Beatriz Inês Mariana Leonor Carolina Ana Sofia Catarina Rita Joana",
   "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes "
   "Lopes Marques Alves Almeida Ribeiro",
   [("Lisboa", "Lisboa", "1", ""), ("Porto", "Porto", "4", ""), ("Braga", "Braga", "47", ""),
    ("Coimbra", "Coimbra", "30", ""), ("Faro", "Faro", "80", "")],
   "Rua Augusta|Avenida da Liberdade|Rua das Flores|Rua do Estádio|Travessa do Carmo|Rua de Santa Catarina",
   "sapo.pt gmail.com hotmail.com", "PT")
_L("nl", "nl", "Netherlands", "Nederland",
   "Daan Sem Lucas Levi Finn Bram Thijs Jesse Ruben Joris Stijn",
   "Emma Julia Mila Tess Sophie Fenna Lotte Sanne Anouk Iris Femke",
   "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|"
   "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen",
   [("Amsterdam", "Noord-Holland", "10", ""), ("Rotterdam", "Zuid-Holland", "30", ""), ("Utrecht", "Utrecht", "35", ""),
    ("Den Haag", "Zuid-Holland", "25", ""), ("Eindhoven", "Noord-Brabant", "56", ""), ("Groningen", "Groningen", "97", "")],
   "Keizersgracht|Dorpsstraat|Stationsweg|Kerkstraat|Sportlaan|Molenweg|Julianalaan",
   "ziggo.nl kpnmail.nl gmail.com hotmail.nl", "NL")
_L("pl", "pl", "Poland", "Polska",
   "Jakub Antoni Jan Szymon Filip Kacper Michał Piotr Tomasz Krzysztof Paweł",
   "Zuzanna Julia Zofia Maja Hanna Aleksandra Katarzyna Agnieszka Magdalena Ewa Monika",
   "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
   "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk",
   [("Warszawa", "mazowieckie", "0", ""), ("Kraków", "małopolskie", "3", ""), ("Wrocław", "dolnośląskie", "5", ""),
    ("Poznań", "wielkopolskie", "6", ""), ("Gdańsk", "pomorskie", "8", ""), ("Łódź", "łódzkie", "9", "")],
   "ul. Długa|ul. Sportowa|ul. Mickiewicza|al. Jerozolimskie|ul. Kwiatowa|ul. Lipowa|ul. Olimpijska",
   "wp.pl o2.pl onet.pl gmail.com interia.pl", "PL",
   last_f="Nowak Kowalska Wiśniewska Wójcik Kowalczyk Kamińska Lewandowska Zielińska Szymańska Woźniak "
          "Dąbrowska Kozłowska Jankowska Mazur Kwiatkowska Krawczyk")
_L("se", "sv", "Sweden", "Sverige",
   "William Oscar Lucas Hugo Liam Axel Nils Erik Johan Olle Gustav",
   "Elsa Alice Maja Ebba Astrid Wilma Saga Ingrid Karin Linnea Frida",
   "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
   "Pettersson Jonsson Lindberg Lindqvist Bergström Holm",
   [("Stockholm", "Stockholms län", "11", ""), ("Göteborg", "Västra Götaland", "41", ""),
    ("Malmö", "Skåne", "21", ""), ("Uppsala", "Uppsala län", "75", ""), ("Umeå", "Västerbotten", "90", "")],
   "Storgatan|Drottninggatan|Kungsgatan|Idrottsvägen|Skolgatan|Björkvägen|Sveavägen",
   "telia.com gmail.com bredband.net outlook.com", "SE")
_L("dk", "da", "Denmark", "Danmark",
   "William Noah Oscar Lucas Magnus Frederik Søren Rasmus Mads Jonas Anders",
   "Emma Ida Freja Clara Karla Sofie Mette Anne Line Signe Cecilie",
   "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen "
   "Madsen Kristensen Olsen Thomsen Poulsen",
   [("København", "Hovedstaden", "1", ""), ("Aarhus", "Midtjylland", "8", ""), ("Odense", "Syddanmark", "5", ""),
    ("Aalborg", "Nordjylland", "9", "")],
   "Nørregade|Vestergade|Østerbrogade|Stadionvej|Skovvej|Havnegade|Idrætsvej",
   "mail.dk gmail.com hotmail.dk outlook.dk", "DK")
_L("no", "no", "Norway", "Norge",
   "Jakob Emil Noah Filip Aksel Henrik Ola Magnus Torbjørn Sindre Eirik",
   "Nora Emma Olivia Ingrid Sara Maja Kari Sigrid Hedda Ingeborg Silje",
   "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen "
   "Eriksen Berg Haugen Hagen Bakken Solberg",
   [("Oslo", "Oslo", "0", ""), ("Bergen", "Vestland", "50", ""), ("Trondheim", "Trøndelag", "70", ""),
    ("Stavanger", "Rogaland", "40", ""), ("Tromsø", "Troms", "90", "")],
   "Storgata|Kirkegata|Idrettsveien|Bjørkeveien|Strandgata|Skoleveien|Thereses gate",
   "online.no gmail.com hotmail.no", "NO")
_L("fi", "fi", "Finland", "Suomi",
   "Eino Väinö Leo Onni Elias Oliver Mikko Juha Antti Ville Lauri",
   "Aino Helmi Sofia Aada Ella Venla Liisa Sanna Riikka Emilia Noora",
   "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
   "Lehtinen Saarinen Salminen Heinonen Niemi",
   [("Helsinki", "Uusimaa", "00", ""), ("Tampere", "Pirkanmaa", "33", ""), ("Turku", "Varsinais-Suomi", "20", ""),
    ("Oulu", "Pohjois-Pohjanmaa", "90", ""), ("Espoo", "Uusimaa", "02", "")],
   "Mannerheimintie|Hämeenkatu|Urheilukatu|Koulukatu|Rantatie|Puistokatu|Stadionintie",
   "gmail.com elisanet.fi outlook.com", "FI")
_L("cz", "cs", "Czech Republic", "Česko",
   "Jakub Jan Tomáš Matyáš Adam Vojtěch Petr Martin Ondřej Lukáš Jiří",
   "Eliška Tereza Anna Adéla Natálie Karolína Lucie Kateřina Veronika Barbora Markéta",
   "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Pospíšil Hájek Král Jelínek",
   [("Praha", "Hlavní město Praha", "1", ""), ("Brno", "Jihomoravský kraj", "6", ""),
    ("Ostrava", "Moravskoslezský kraj", "7", ""), ("Plzeň", "Plzeňský kraj", "3", ""),
    ("Olomouc", "Olomoucký kraj", "77", "")],
   "Vodičkova|Národní|Sportovní|Husova|Masarykova|Palackého|Stadionová",
   "seznam.cz email.cz gmail.com centrum.cz", "CZ",
   last_f="Nováková Svobodová Novotná Dvořáková Černá Procházková Kučerová Veselá Horáková Němcová "
          "Pokorná Pospíšilová Hájková Králová Jelínková")
_L("tr", "tr", "Turkey", "Türkiye",
   "Yusuf Eymen Mustafa Emir Ömer Mehmet Ahmet Can Burak Kerem Mert",
   "Zeynep Elif Defne Ecrin Azra Ayşe Fatma Selin Ebru Merve Deniz",
   "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara",
   [("İstanbul", "Kadıköy", "34", ""), ("Ankara", "Çankaya", "06", ""), ("İzmir", "Karşıyaka", "35", ""),
    ("Antalya", "Muratpaşa", "07", ""), ("Bursa", "Nilüfer", "16", "")],
   "Bağdat Caddesi|Atatürk Bulvarı|Cumhuriyet Caddesi|Spor Sokak|Gül Sokak|İstiklal Caddesi|Stadyum Caddesi",
   "gmail.com hotmail.com yandex.com.tr", "TR")

EN_CODES = ["us", "us", "us", "us", "gb", "gb", "au", "ca", "ie"]
EU_CODES = ["de", "fr", "es", "it", "pt", "nl", "pl", "se", "dk", "no", "fi", "cz", "tr"]


def en_loc(r, us_weight=True):
    return LCL[r.choice(EN_CODES if us_weight else ["us", "gb", "au", "ca", "ie"])]


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, r, L, female=None):
        self.L = L
        self.female = r.random() < 0.5 if female is None else female
        self.first = r.choice(L.first_f if self.female else L.first_m)
        lasts = L.last_f if (self.female and L.last_f) else L.last
        k = r.randrange(len(lasts))
        self.last = lasts[k]
        if L.lang in ("es", "pt") and r.random() < 0.6:
            other = r.choice(lasts)
            if other != self.last:
                self.last = self.last + " " + other
        self.mid = r.choice("ABCDEFGHJKLMNPRSTW") if L.lang == "en" else ""

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)

    @property
    def full_mid(self):
        return "%s %s. %s" % (self.first, self.mid, self.last) if self.mid else self.full

    @property
    def formal(self):
        return "%s, %s" % (self.last, self.first)

    @property
    def hl7(self):
        s = "%s^%s" % (self.last.upper(), self.first.upper())
        return s + ("^" + self.mid if self.mid else "")

    @property
    def surname1(self):
        return self.last.split(" ")[0] if self.L.lang in ("es", "pt") else self.last

    def any(self, r):
        return r.choice([self.full, self.full, self.full, self.full_mid, self.formal])

    def email(self, r, domain=None):
        f = asciify(self.first).lower()
        l_ = asciify(self.surname1).lower().replace(" ", "").replace("'", "")
        user = r.choice(["%s.%s" % (f, l_), "%s%s" % (f[0], l_), "%s%s%d" % (f, l_[0], r.randint(1, 99)),
                         "%s.%s" % (l_, f), "%s_%s%d" % (f, l_, r.randint(70, 99)), "%s.%s" % (f, l_)])
        return "%s@%s" % (user, domain or r.choice(self.L.domains))


def title(L, p):
    """Honorific (kept outside spans)."""
    t = {"en": ("Mr.", "Ms."), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "es": ("Sr.", "Sra."),
         "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra."), "nl": ("dhr.", "mevr."), "pl": ("Pan", "Pani")}
    pair = t.get(L.lang)
    if not pair:
        return ""
    return pair[1] if p.female else pair[0]


DR = {"en": "Dr.", "de": "Dr.", "fr": "Dr", "es": "Dr.", "it": "Dott.", "pt": "Dr.", "nl": "dr.",
      "pl": "dr", "sv": "Dr.", "da": "Dr.", "no": "Dr.", "fi": "LL", "cs": "MUDr.", "tr": "Dr."}


# ---------------------------------------------------------------------------
# addresses and phones
# ---------------------------------------------------------------------------
class Address:
    pass


def make_address(r, L, unit=None):
    a = Address()
    c = r.choice(L.cities)
    a.city, a.region, zp, a.region_name = c
    a.country, a.country_local, a.cc = L.country, L.country_local, L.iban_cc if L.code != "us" else "US"
    num = r.randint(1, 180)
    st = r.choice(L.streets)
    code = L.code
    unit = r.random() < 0.35 if unit is None else unit
    if code == "us":
        a.street = "%d %s" % (r.randint(12, 9870), st) + (r.choice([", Apt 4B", ", Unit 12", " #305", ", Suite 210", ", Apt 2"]) if unit else "")
        a.zip = zp + digits(r, 2)
        a.cityline = "%s, %s %s" % (a.city, a.region, a.zip)
    elif code == "gb":
        a.street = ("Flat %d, " % r.randint(1, 12) if unit else "") + "%d %s" % (num, st)
        a.zip = "%s %d%s" % (zp, r.randint(1, 9), rs(r, 2, "ABDEFGHJLNPQRSTUWXYZ"))
        a.cityline = "%s %s" % (a.city, a.zip)
    elif code == "au":
        a.street = ("Unit %d/" % r.randint(1, 20) if unit else "") + "%d %s" % (num, st)
        a.zip = zp + digits(r, 2)
        a.cityline = "%s %s %s" % (a.city, a.region, a.zip)
    elif code == "ca":
        a.street = ("Unit %d, " % r.randint(100, 2400) if unit else "") + "%d %s" % (r.randint(10, 990), st)
        a.zip = "%s %d%s%d" % (zp, r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(0, 9))
        a.cityline = "%s, %s %s" % (a.city, a.region, a.zip)
    elif code == "ie":
        a.street = ("Apartment %d, " % r.randint(1, 40) if unit else "") + "%d %s" % (num, st)
        a.zip = "%s %s" % (zp, rs(r, 4, "ACDEFHKNPRTVWXY0123456789"))
        a.cityline = "%s, %s" % (a.city, a.zip)
    elif code == "de":
        a.street = "%s %d" % (st, num) + (r.choice(["a", "b", ""]) if unit else "")
        a.zip = zp + digits(r, 3)
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "fr":
        a.street = "%d %s" % (num, st) + (", bât. B" if unit else "")
        a.zip = zp + digits(r, 5 - len(zp))
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "es":
        a.street = "%s %d" % (st, num) + (", %dº %s" % (r.randint(1, 8), r.choice("ABCD")) if unit else "")
        a.zip = zp + digits(r, 2)
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "it":
        a.street = "%s %d" % (st, num) + ("/%s" % r.choice("ABC") if unit else "")
        a.zip = zp + digits(r, 2)
        a.cityline = "%s %s (%s)" % (a.zip, a.city, a.region)
    elif code == "pt":
        a.street = "%s %d" % (st, num) + (", %dº Esq" % r.randint(1, 6) if unit else "")
        a.zip = "%s%s-%s" % (zp, digits(r, 4 - len(zp)), digits(r, 3))
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "nl":
        a.street = "%s %d" % (st, num) + ("-%d" % r.randint(1, 3) if unit else "")
        a.zip = "%s%s %s" % (zp, digits(r, 2), rs(r, 2, "ABCDEGHJKLMNPRSTVWXZ"))
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "pl":
        a.street = "%s %d" % (st, num) + ("/%d" % r.randint(1, 40) if unit else "")
        a.zip = "%s%s-%s" % (zp, digits(r, 2 - len(zp)), digits(r, 3))
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "se":
        a.street = "%s %d" % (st, num) + (" lgh %d" % r.randint(1001, 1402) if unit else "")
        a.zip = "%s%s %s" % (zp, digits(r, 1), digits(r, 2))
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "dk":
        a.street = "%s %d" % (st, num)
        a.zip = zp + digits(r, 3)
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "no":
        a.street = "%s %d" % (st, num) + (r.choice(["A", "B"]) if unit else "")
        a.zip = zp + digits(r, 4 - len(zp))
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "fi":
        a.street = "%s %d" % (st, num) + (" %s %d" % (r.choice("ABC"), r.randint(1, 40)) if unit else "")
        a.zip = zp + digits(r, 3)
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "cz":
        a.street = "%s %d" % (st, r.randint(1, 2400)) + ("/%d" % r.randint(1, 60) if unit else "")
        z = zp + digits(r, 3 - len(zp))
        a.zip = "%s %s" % (z, digits(r, 2))
        a.cityline = "%s %s" % (a.zip, a.city)
    elif code == "tr":
        a.street = "%s No: %d" % (st, num) + (" D: %d" % r.randint(1, 20) if unit else "")
        a.zip = zp + digits(r, 3)
        a.cityline = "%s %s/%s" % (a.zip, a.region, a.city)
    else:
        raise KeyError(code)
    a.full = "%s, %s" % (a.street, a.cityline)
    a.block = "%s\n%s" % (a.street, a.cityline)
    return a


def place(r, L, mode=None):
    """A LOCATION string for prose."""
    c = r.choice(L.cities)
    mode = mode or r.choice(["city", "city", "cityreg", "country"])
    if mode == "cityreg" and L.code in ("us", "ca", "au"):
        return "%s, %s" % (c[0], c[1])
    if mode == "cityreg":
        return "%s, %s" % (c[0], L.country if L.lang == "en" else L.country_local)
    if mode == "country":
        return L.country if L.lang == "en" else L.country_local
    return c[0]


_US_AREAS = ["303", "720", "512", "503", "617", "312", "206", "602", "404", "612", "619", "614", "919",
             "801", "813", "412", "541", "608"]


def phone(r, L, intl=None):
    c = L.code
    if intl is None:
        intl = r.random() < 0.4
    if c in ("us", "ca"):
        area = r.choice(_US_AREAS) if c == "us" else r.choice(["416", "604", "403", "613", "902", "647"])
        ex, ln = str(r.randint(201, 989)), digits(r, 4)
        if intl:
            return r.choice(["+1 %s %s %s" % (area, ex, ln), "+1-%s-%s-%s" % (area, ex, ln)])
        return r.choice(["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln), "%s.%s.%s" % (area, ex, ln)])
    if c == "gb":
        if r.random() < 0.6:
            n = "7%s %s" % (digits(r, 3), digits(r, 6))
        else:
            n = "20 %s %s" % (digits(r, 4), digits(r, 4))
        return ("+44 " + n) if intl else ("0" + n)
    if c == "au":
        n = "4%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3))
        return ("+61 " + n) if intl else ("0" + n)
    if c == "ie":
        n = "8%s %s %s" % (r.choice("35679"), digits(r, 3), digits(r, 4))
        return ("+353 " + n) if intl else ("0" + n)
    if c == "de":
        n = r.choice(["1%s %s" % (r.choice(["51", "52", "60", "70", "71", "76"]), digits(r, 7)),
                      "30 %s" % digits(r, 8), "89 %s" % digits(r, 7), "40 %s" % digits(r, 8)])
        return ("+49 " + n) if intl else ("0" + n)
    if c == "fr":
        n = "%s %s %s %s %s" % (r.choice("1679"), digits(r, 2), digits(r, 2), digits(r, 2), digits(r, 2))
        return ("+33 " + n) if intl else ("0" + n)
    if c == "es":
        n = "%s%s %s %s" % (r.choice("679"), digits(r, 2), digits(r, 3), digits(r, 3))
        return ("+34 " + n) if intl else n
    if c == "it":
        n = r.choice(["3%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4)), "02 %s %s" % (digits(r, 4), digits(r, 4))])
        return ("+39 " + n) if intl else n
    if c == "pt":
        n = r.choice(["9%s%s %s %s" % (r.choice("1236"), digits(r, 1), digits(r, 3), digits(r, 3)), "2%s %s %s" % (digits(r, 1), digits(r, 3), digits(r, 4))])
        return ("+351 " + n) if intl else n
    if c == "nl":
        if intl:
            return "+31 6 %s" % digits(r, 8)
        return r.choice(["06-%s" % digits(r, 8), "020 %s %s" % (digits(r, 3), digits(r, 4))])
    if c == "pl":
        n = "%s%s %s %s" % (r.choice("5678"), digits(r, 2), digits(r, 3), digits(r, 3))
        return ("+48 " + n) if intl else n
    if c == "se":
        if intl:
            return "+46 7%s %s %s %s" % (r.choice("0236"), digits(r, 3), digits(r, 2), digits(r, 2))
        return r.choice(["07%s-%s %s %s" % (r.choice("0236"), digits(r, 3), digits(r, 2), digits(r, 2)),
                         "08-%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 2))])
    if c == "dk":
        n = "%s%s %s %s %s" % (r.choice("2345"), digits(r, 1), digits(r, 2), digits(r, 2), digits(r, 2))
        return ("+45 " + n) if intl else n
    if c == "no":
        n = "%s%s %s %s" % (r.choice("49"), digits(r, 2), digits(r, 2), digits(r, 3))
        return ("+47 " + n) if intl else n
    if c == "fi":
        n = "%s %s %s" % (r.choice(["40", "44", "50"]), digits(r, 3), digits(r, 4))
        return ("+358 " + n) if intl else ("0" + n)
    if c == "cz":
        n = "%s%s %s %s" % (r.choice("67"), digits(r, 2), digits(r, 3), digits(r, 3))
        return ("+420 " + n) if intl else n
    if c == "tr":
        n = "5%s %s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2))
        return ("+90 " + n) if intl else ("0" + n)
    raise KeyError(c)


def ip4(r, private=None):
    private = r.random() < 0.5 if private is None else private
    if private:
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(2, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))])
    first = r.choice([23, 34, 45, 52, 63, 78, 81, 85, 91, 94, 104, 141, 146, 151, 176, 185, 193, 203, 212])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))


def ip6(r):
    groups = ["2001", "db8" if r.random() < 0.3 else rs(r, 3, HEX)] + [rs(r, r.randint(1, 4), HEX).lstrip("0") or "0" for _ in range(r.choice([2, 6]))]
    if len(groups) == 4:
        return ":".join(groups[:2]) + "::" + ":".join(groups[2:])
    return ":".join(groups)


def ip_any(r):
    return ip6(r) if r.random() < 0.2 else ip4(r)


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
def rdate(r, y0=2023, y1=2026):
    return date.fromordinal(r.randint(date(y0, 1, 1).toordinal(), date(y1, 12, 28).toordinal()))


def rdob(r, y0=1958, y1=2009):
    return rdate(r, y0, y1)


def rtime(r):
    return r.randint(6, 21), r.choice([0, 0, 15, 30, 45, 10, 50])


def fmt_date(L, d, r, style=None):
    M = MONTHS[L.lang][d.month - 1]
    lg = L.lang
    if lg == "en":
        num = ("%02d/%02d/%d" % (d.month, d.day, d.year)) if L.code in ("us", "ca") else ("%02d/%02d/%d" % (d.day, d.month, d.year))
        opts = ["%s %d, %d" % (M, d.day, d.year), "%d %s %d" % (d.day, M, d.year), num, d.isoformat(),
                "%s %d, %d" % (M[:3], d.day, d.year)]
    elif lg in ("de", "pl", "tr", "da", "no"):
        sep = ". " if lg in ("de", "da", "no") else " "
        opts = ["%02d.%02d.%d" % (d.day, d.month, d.year), "%d%s%s %d" % (d.day, sep, M, d.year)]
    elif lg in ("fr", "it"):
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, M, d.year)]
    elif lg in ("es", "pt"):
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d de %s de %d" % (d.day, M, d.year)]
    elif lg == "nl":
        opts = ["%02d-%02d-%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, M, d.year)]
    elif lg == "sv":
        opts = [d.isoformat(), "%d %s %d" % (d.day, M, d.year)]
    elif lg == "fi":
        opts = ["%d.%d.%d" % (d.day, d.month, d.year), "%d. %s %d" % (d.day, M, d.year)]
    elif lg == "cs":
        opts = ["%d. %d. %d" % (d.day, d.month, d.year), "%d. %s %d" % (d.day, M, d.year)]
    else:
        opts = [d.isoformat()]
    if style == "num":
        return opts[0] if lg != "en" else opts[2]
    if style == "long":
        return opts[1] if lg != "en" else opts[0]
    if style == "iso":
        return d.isoformat()
    return r.choice(opts)


def fmt_time(L, h, m, r):
    if L.lang == "en":
        if L.code == "us" or r.random() < 0.5:
            return "%d:%02d %s" % ((h - 1) % 12 + 1, m, r.choice(["AM", "AM", "am"]) if h < 12 else r.choice(["PM", "PM", "pm"]))
        return "%02d:%02d" % (h, m)
    if L.lang == "fr":
        return r.choice(["%dh%02d" % (h, m), "%02d:%02d" % (h, m)])
    if L.lang == "fi":
        return "%d.%02d" % (h, m)
    return "%02d:%02d" % (h, m)


_JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", " à "], "es": [" a las ", ", "],
         "it": [" alle ", ", "], "pt": [" às ", ", "]}


def fmt_dt(L, d, h, m, r, weekday=None, style=None):
    ds = fmt_date(L, d, r, style)
    if weekday is None:
        weekday = r.random() < 0.3
    if weekday:
        wd = WEEKDAYS[L.lang][d.weekday()]
        ds = ("%s %s" if L.lang in ("fr", "it") else "%s, %s") % (wd, ds)
    j = r.choice(_JOIN.get(L.lang, [", ", " "]))
    return ds + j + fmt_time(L, h, m, r)


def a_date(r, L, y0=2023, y1=2026, style=None):
    return fmt_date(L, rdate(r, y0, y1), r, style)


def a_dt(r, L, weekday=None, style=None):
    d = rdate(r)
    h, m = rtime(r)
    return fmt_dt(L, d, h, m, r, weekday, style)


def a_dob(r, L, style=None, y0=1958, y1=2009):
    return fmt_date(L, rdob(r, y0, y1), r, style)


def iso_dt(d, h, m, z=False):
    return "%sT%02d:%02d:00%s" % (d.isoformat(), h, m, "Z" if z else "")


def log_ts(r, d=None, sep="T"):
    d = d or rdate(r)
    return "%s%s%02d:%02d:%02d.%03dZ" % (d.isoformat(), sep, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


class Clock:
    """Monotonic log timestamps (hard negatives)."""

    def __init__(self, r, d=None, sep="T"):
        self.r, self.d, self.sep = r, d or rdate(r), sep
        self.s = r.randint(0, 20 * 3600)

    def __call__(self, lo=0, hi=90):
        self.s = min(self.s + self.r.randint(lo, hi), 86399)
        return "%s%s%02d:%02d:%02d.%03dZ" % (self.d.isoformat(), self.sep, self.s // 3600, self.s // 60 % 60,
                                             self.s % 60, self.r.randint(0, 999))


def rfc2822(r, d=None):
    d = d or rdate(r)
    wd = "Mon Tue Wed Thu Fri Sat Sun".split()[d.weekday()]
    mo = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[d.month - 1]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (wd, d.day, mo, d.year, r.randint(6, 22), r.randint(0, 59),
                                                 r.randint(0, 59), r.choice(["+0000", "-0700", "+0100", "-0500", "+0200"]))


# ---------------------------------------------------------------------------
# small id helpers (labelled)
# ---------------------------------------------------------------------------
def make_mrn(r):
    return r.choice([digits(r, 8), "SM" + digits(r, 7), "%s-%s-%s" % (digits(r, 3), digits(r, 2), digits(r, 3)),
                     "KSM" + digits(r, 6), nzd(r, 7)])


def make_hpn(r):
    return r.choice([rs(r, 3, UP) + digits(r, 9), "W" + digits(r, 9), rs(r, 2, UP) + digits(r, 8) + "01",
                     "M" + digits(r, 10), "%s%s" % (rs(r, 1, UP), digits(r, 9))])


def make_acct(r):
    return r.choice([digits(r, 10), nzd(r, 8), "CA-" + digits(r, 8), "%s-%s" % (digits(r, 4), digits(r, 6)),
                     "M" + digits(r, 8), digits(r, 12)])


def make_bank_acct(r):
    return r.choice([nzd(r, 9), nzd(r, 10), nzd(r, 12), "00" + digits(r, 8)])


_DL_STATE = {"CO": lambda r: "%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
             "CA": lambda r: rs(r, 1, UP) + digits(r, 7),
             "TX": lambda r: digits(r, 8),
             "FL": lambda r: "%s%s-%s-%s-%s-%s" % (rs(r, 1, UP), digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1)),
             "IL": lambda r: "%s%s-%s-%s" % (rs(r, 1, UP), digits(r, 3), digits(r, 4), digits(r, 4)),
             "WA": lambda r: "WDL" + rs(r, 9, UP + DG),
             "OR": lambda r: digits(r, 7),
             "MA": lambda r: "S" + digits(r, 8),
             "NY": lambda r: "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3))}


def make_dl(r, state=None):
    state = state or r.choice(list(_DL_STATE))
    fn = _DL_STATE.get(state) or _DL_STATE["CA"]
    return fn(r), state


STATE_NAMES = {"CO": "Colorado", "CA": "California", "TX": "Texas", "FL": "Florida", "IL": "Illinois",
               "WA": "Washington", "OR": "Oregon", "MA": "Massachusetts", "NY": "New York"}

CLUBS_EN = [("IronPeak Fitness", "ironpeakfitness.com"), ("Summit Athletic Club", "summitathletic.club"),
            ("BlueLine Runners", "bluelinerunners.org"), ("Harbourside Aquatics", "harboursideaquatics.org"),
            ("Velocity Cycling Club", "velocitycc.org"), ("CoreForm Studio", "coreformstudio.com"),
            ("Granite Climbing Gym", "granitegym.com")]
CLINICS_EN = [("Kinetic Sports Medicine", "kineticsportsmed.com"), ("Motion Lab Physiotherapy", "motionlabphysio.com"),
              ("Apex Orthopedic & Sports Rehab", "apexsportsrehab.com"), ("Stride Physical Therapy", "stridept.com")]
WEARABLES = [("PulseBand", "pulseband.io"), ("StrideLab", "stridelab.app"), ("Cadence Health", "cadencehealth.io")]
EVENTS = ["Spring Tempo 10K", "Harbour Lights Half Marathon", "Night Owl Trail 25K", "Iron Ridge Sprint Triathlon",
          "Frostbite 5K", "Autumn Gravel Classic", "Lakeside Open Water 3K"]


def url(r, domain, paths=None):
    paths = paths or ["/members/portal", "/account/bookings", "/app/activities", "/register", "/help/articles/2291",
                      "/classes/schedule?week=12", "/pay/invoice?ref=%s" % rs(r, 10, LO + DG)]
    return "https://%s%s%s" % (r.choice(["", "www.", "portal.", "app."]), domain, r.choice(paths))


# ---------------------------------------------------------------------------
# helpers for kinds
# ---------------------------------------------------------------------------
def cur(L):
    return {"gb": "£", "ie": "€"}.get(L.code, "$")


def money(r, L):
    return neg_amount(r, cur(L))


def pick_club(r):
    return r.choice(CLUBS_EN)


def pick_clinic(r):
    return r.choice(CLINICS_EN)


def later(r, d, lo=1, hi=30):
    return date.fromordinal(d.toordinal() + r.randint(lo, hi))


# ---------------------------------------------------------------------------
# English kinds (entities)
# ---------------------------------------------------------------------------
def k_gym_welcome_email(r):
    L = en_loc(r)
    b = Doc("en")
    p, tr = Person(r, L), Person(r, L)
    club, dom = pick_club(r)
    a = make_address(r, L, unit=False)
    d = rdate(r)
    h, m = rtime(r)
    b.t("From: ¤ <¤>\nTo: ¤ <¤>\nDate: ¤\nSubject: Welcome to ¤, ¤!\n\n",
        club, ("welcome@" + dom, EM), (p.full, P), (p.email(r), EM), rfc2822(r, d), club, (p.first, P))
    b.t("Hi ¤,\n\nThanks for joining our ¤ club at ¤. Your membership starts on ¤ and your first "
        "induction with ¤ is booked for ¤.\n\n",
        (p.first, P), (a.city, LOC), (a.full, ADR), (fmt_date(L, d, r), DT), (tr.full, P),
        (fmt_dt(L, later(r, d, 1, 6), *rtime(r), r), DT))
    b.t("Customer account: ¤\nPlan: Peak Unlimited (monthly, ¤)\nBilling: card ¤\nLocker: #¤\n\n",
        (make_acct(r), ACC), money(r, L), neg_masked_card(r), r.randint(100, 480))
    b.t("If you need to reschedule, call the front desk on ¤ or reply to this email. You can manage your "
        "bookings at ¤.\n\nTip: pair your ¤ in the app before your first class on ¤ and bring a towel.\n\n"
        "Train hard,\nThe ¤ team\n",
        (phone(r, L), PH), (url(r, dom), URL), r.choice(BRANDS), r.choice(WEEKDAYS["en"]), club)
    return b


def k_trainer_session_notes(r):
    L = en_loc(r)
    b = Doc("en")
    p, tr, ec = Person(r, L), Person(r, L), Person(r, L)
    club, _ = pick_club(r)
    d = rdate(r)
    b.t("PT SESSION NOTES — ¤\nClient: ¤    DOB: ¤\nTrainer: ¤\nSession date: ¤\n\n",
        club, (p.any(r), P), (a_dob(r, L), DOB), (tr.full, P), (fmt_date(L, d, r), DT))
    b.t("Subjective: ¤ reports mild ¤ knee pain after last week's hill repeats; took ¤ 400 mg twice. "
        "Slept badly, ¤ shows HRV down 12% vs baseline.\n",
        (p.first, P), r.choice(["left", "right"]), r.choice(DRUGS), r.choice(BRANDS))
    b.t("Objective: resting HR 58 bpm, goblet squat 24 kg x 10, single-leg bridge 3x12, 12 min tempo on bike. "
        "Pain 3/10 on step-down.\n")
    b.t("Plan: deload this week, progress eccentric loading next week, recheck in 10 days. "
        "Next session: ¤.\n", (fmt_dt(L, later(r, d, 2, 9), *rtime(r), r), DT))
    b.t("Emergency contact: ¤ (¤) ¤\n", (ec.full, P), r.choice(["spouse", "partner", "mother", "brother"]),
        (phone(r, L), PH))
    if r.random() < 0.5:
        b.t("Note: client walks the dog (¤) before morning sessions, keep slots late morning.\n", r.choice(PETS))
    return b


def k_physio_referral_letter(r):
    L = en_loc(r)
    b = Doc("en")
    clinic, dom = pick_clinic(r)
    ca = make_address(r, L, unit=r.random() < 0.5)
    doc_, gp, pt = Person(r, L), Person(r, L), Person(r, L)
    icd = r.choice(ICD)
    b.t("¤\n¤\nTel ¤ | Fax ¤\n¤\n\n", clinic, (ca.block, ADR), (phone(r, L), PH), (phone(r, L), PH), (url(r, dom, ["/", "/referrals"]), URL))
    b.t("¤\n\nDr. ¤\n¤\n\n", (a_date(r, L), DT), (gp.full, P), (make_address(r, L).block, ADR))
    b.t("Re: ¤, DOB ¤\nMRN: ¤   Health plan member ID: ¤\n\n",
        (pt.formal if r.random() < 0.5 else pt.full, P), (a_dob(r, L), DOB), (make_mrn(r), MRN), (make_hpn(r), HPN))
    b.t("Dear Dr. ¤,\n\nThank you for seeing ¤, a ¤-year-old recreational ¤ who presented with ¤ (¤). "
        "Symptoms began roughly six weeks ago during a tempo run. Imaging was not performed. "
        "¤ has been taking ¤ as needed.\n\n",
        (gp.last, P), (pt.full, P), r.randint(19, 61), r.choice(["runner", "footballer", "cyclist", "netball player"]),
        icd[1], icd[0], (pt.first, P), r.choice(DRUGS))
    b.t("I would be grateful for a specialist opinion. I have booked a review with our clinic for ¤.\n\n"
        "Kind regards,\n\n¤\nSenior Physiotherapist\n¤\n",
        (a_dt(r, L), DT), (doc_.full, P), (doc_.email(r, dom), EM))
    return b


def k_wearable_sync_log(r):
    b = Doc("en")
    brand, dom = r.choice(WEARABLES)
    L = en_loc(r)
    p = Person(r, L)
    em = p.email(r)
    d = rdate(r)
    dev = "%s-%s" % (brand[:2].upper(), rs(r, 8, "0123456789ABCDEF"))
    ip = ip_any(r)
    tok = make_generic_secret(r, r.choice([1, 6]))
    fw = neg_version(r)
    log_ts = Clock(r, d)
    b.t("¤ INFO  sync-gateway[¤]: session start device=¤ fw=¤ req=¤\n", log_ts(), r.randint(1000, 40000), dev, fw, neg_uuid(r))
    b.t("¤ INFO  sync-gateway: client ip=¤ user=¤ app=¤/¤ (Android 14)\n", log_ts(), (ip, IP), (em, EM), brand, neg_version(r))
    b.t("¤ DEBUG auth: header Authorization: Bearer ¤ accepted (scope=sync)\n", log_ts(), (tok, GS))
    b.t("¤ INFO  ingest: uploaded samples=¤ hr_avg=¤ window_start=¤ window_end=¤\n", log_ts(), r.randint(800, 9000),
        r.randint(52, 140), neg_epoch(r), neg_epoch(r))
    b.t("¤ WARN  ingest: gap detected duration=00:14:32 battery=¤% retry_in=30s\n", log_ts(), r.randint(3, 40))
    if r.random() < 0.6:
        b.t("¤ INFO  relay: forwarded to upstream ¤:¤ sha256=¤\n", log_ts(), (ip4(r, True), IP), r.choice([443, 8443, 9000]), neg_sha(r, 64))
    b.t("¤ INFO  sync-gateway: session end device=¤ status=OK took=2.41s\n", log_ts(), dev)
    return b


def k_wearable_export_json(r):
    b = Doc("en")
    L = en_loc(r)
    p = Person(r, L)
    brand, dom = r.choice(WEARABLES)
    d = rdate(r)
    b.t('{\n  "export_version": "¤",\n  "generated_at": ¤,\n  "profile": {\n', neg_version(r), neg_epoch(r))
    b.t('    "display_name": "¤",\n    "username": "¤",\n    "email": "¤",\n    "date_of_birth": "¤",\n',
        (p.full, P), asciify(p.first).lower() + r.choice(["_runs", "fit", "88", "_trail"]), (p.email(r), EM), (rdob(r).isoformat(), DOB))
    b.t('    "home_city": "¤",\n    "height_cm": ¤,\n    "weight_kg": ¤\n  },\n', (r.choice(L.cities)[0], LOC),
        r.randint(155, 198), round(r.uniform(48, 104), 1))
    b.t('  "devices": [{"model": "¤", "serial": "¤", "firmware": "¤"}],\n  "daily_summaries": [\n',
        r.choice(BRANDS), rs(r, 12, UP + DG), neg_version(r))
    n = r.randint(2, 4)
    for i in range(n):
        dd = date.fromordinal(d.toordinal() + i)
        b.t('    {"day": "¤", "steps": ¤, "resting_hr": ¤, "sleep_min": ¤, "active_kcal": ¤}¤\n',
            (dd.isoformat(), DT), r.randint(2000, 22000), r.randint(44, 72), r.randint(280, 540), r.randint(150, 1400),
            "," if i < n - 1 else "")
    b.t('  ],\n  "share_link": "¤"\n}\n', (url(r, dom, ["/share/%s" % rs(r, 12, LO + DG)]), URL))
    return b


def k_race_registration_form(r):
    L = en_loc(r)
    b = Doc("en")
    p, ec = Person(r, L), Person(r, L)
    a = make_address(r, L)
    ev = r.choice(EVENTS)
    d = rdate(r)
    h, m = rtime(r)
    b.t("RACE ENTRY — ¤\nRace day: ¤    Wave start: ¤\nEntry no.: ¤   Bib: ¤\n\n", ev, (fmt_date(L, d, r), DT),
        (fmt_time(L, h, m, r), DT), neg_order(r), r.randint(100, 9999))
    b.t("First name: ¤\nLast name: ¤\nDate of birth: ¤\nGender: ¤\nEmail: ¤\nMobile: ¤\n",
        (p.first, P), (p.last, P), (a_dob(r, L), DOB), "F" if p.female else "M", (p.email(r), EM), (phone(r, L), PH))
    b.t("Street address: ¤\nCity: ¤\n", (a.street, ADR), (a.city, LOC))
    if L.code in ("us", "ca", "au"):
        b.t("State/Province: ¤\n", (a.region, LOC))
    b.t("Postcode: ¤\nClub: ¤\nPredicted finish: ¤\nT-shirt: ¤\n", a.zip, r.choice(["unattached", "BlueLine Runners", "Velocity Cycling Club"]),
        r.choice(["0:48:30", "1:52:10", "2:35:00", "3:41:22"]), r.choice(["S", "M", "L", "XL"]))
    b.t("Emergency contact: ¤, ¤\nMedical notes: asthma, carries inhaler (¤)\n", (ec.full, P), (phone(r, L), PH),
        r.choice(["salbutamol", "albuterol"]))
    if r.random() < 0.5:
        card, brand = make_card(r)
        b.t("Payment: ¤ ¤ — entry fee ¤ + processing fee\n", brand, (card, CC), money(r, L))
    else:
        b.t("Payment: card ¤, entry fee ¤\n", neg_masked_card(r), money(r, L))
    b.t("Signed waiver: yes (¤)\n", (fmt_date(L, rdate(r), r), DT))
    return b


def k_club_payroll_csv(r):
    L = LCL["us"]
    b = Doc("en")
    b.add("employee_id,name,ssn,role,routing_number,account_number,hourly_rate,hours,gross_pay,pay_date\n")
    pay = rdate(r)
    for _ in range(r.randint(3, 6)):
        p = Person(r, L)
        rate = r.randint(16, 48)
        hrs = r.randint(12, 80)
        b.t("E¤,", digits(r, 5))
        if r.random() < 0.4:
            b.t('"¤",', (p.formal, P))
        else:
            b.t("¤,", (p.full, P))
        b.t("¤,¤,¤,¤,¤.00,¤,¤.00,¤\n", (make_ssn(r), SSN), r.choice(["Front desk", "Personal trainer", "Lifeguard",
                                                                        "Spin instructor", "Cleaner", "Club manager"]),
            aba_routing(r), (make_bank_acct(r), ACC), rate, hrs, rate * hrs, (pay.isoformat(), DT))
    b.t("# exported by payroll-sync ¤ on run ¤\n", neg_version(r), neg_uuid(r))
    return b


def k_injury_report(r):
    L = en_loc(r)
    b = Doc("en")
    club, dom = pick_club(r)
    a = make_address(r, L, unit=False)
    inj, wit, staff = Person(r, L), Person(r, L), Person(r, L)
    d = rdate(r)
    h, m = rtime(r)
    b.t("INCIDENT / INJURY REPORT\nReport no.: IR-¤-¤\nFacility: ¤, ¤\n", d.year, digits(r, 4), club, (a.full, ADR))
    b.t("Date/time of incident: ¤\nArea: ¤\n\n", (fmt_dt(L, d, h, m, r, weekday=False), DT),
        r.choice(["free-weights zone B", "Studio 2", "pool deck, lane 4", "bouldering wall, panel 7", "Court 3"]))
    b.t("Injured person: ¤\nMember account: ¤\nPhone: ¤\n\n", (inj.any(r), P), (make_acct(r), ACC), (phone(r, L), PH))
    b.t("Description: While ¤, the member ¤. ¤ reported pain in the ¤ and was unable to bear weight for "
        "about 10 minutes. Ice applied; no loss of consciousness.\n",
        r.choice(["re-racking a barbell", "stepping off the treadmill", "jumping down from the wall", "doing box jumps"]),
        r.choice(["lost balance and fell", "twisted an ankle", "strained the lower back"]), (inj.first, P),
        r.choice(["ankle", "wrist", "lower back", "knee"]))
    b.t("Witness: ¤ (¤)\nFirst aid given by: ¤, duty manager\nAmbulance called: ¤\n",
        (wit.full, P), (phone(r, L), PH), (staff.full, P), r.choice(["No", "Yes — arrived in 14 minutes"]))
    b.t("Follow-up call scheduled: ¤\nCCTV ref: CAM-¤\n", (a_dt(r, L), DT), digits(r, 3))
    return b


def _seg(b, name, fields, n):
    b.add(name)
    for i in range(1, n + 1):
        b.add("|")
        b.put(fields.get(i, ""))
    b.add("\n")


def k_hl7_adt(r):
    L = LCL["us"]
    b = Doc("en")
    pt, ins, att = Person(r, L), Person(r, L), Person(r, L)
    a = make_address(r, L, unit=False)
    d = rdate(r)
    ts = "%s%02d%02d%02d" % (d.strftime("%Y%m%d"), r.randint(6, 20), r.randint(0, 59), r.randint(0, 59))
    dob = rdob(r)
    xad = "%s^^%s^%s^%s^USA" % (a.street.upper(), a.city.upper(), a.region, a.zip)
    ph = phone(r, L, intl=False)
    b.t("MSH|^~\\&|KSM_REG|KINETIC|EHR|SPORTSMED|¤||ADT^A04^ADT_A01|MSG¤|P|2.5.1\n", ts, digits(r, 8))
    b.t("EVN|A04|¤\n", ts)
    _seg(b, "PID", {1: "1", 3: [(make_mrn(r), MRN), "^^^KSM^MR"], 5: (pt.hl7, P), 7: (dob.strftime("%Y%m%d"), DOB),
                    8: "F" if pt.female else "M", 11: (xad, ADR), 13: [(ph, PH), "^PRN^PH"],
                    18: [(make_acct(r), ACC), "^^^KSM^AN"], 19: (make_ssn(r), SSN) if r.random() < 0.6 else ""}, 19)
    _seg(b, "PV1", {1: "1", 2: "O", 3: "PT^GYM%d^1" % r.randint(1, 4), 7: [npi(r) + "^", (att.hl7, P), "^^^DR"],
                    10: "PHY"}, 10)
    icd = r.choice(ICD)
    b.t("DG1|1||¤^¤^I10\n", icd[0], icd[1].upper())
    rel = r.choice(["SEL", "SPO"])
    ins_p = pt if rel == "SEL" else ins
    ins_dob = dob if rel == "SEL" else rdob(r)
    _seg(b, "IN1", {1: "1", 2: "PPO%d" % r.randint(1, 9), 3: digits(r, 5), 4: "SUMMIT MUTUAL HEALTH",
                    5: ("PO BOX %d^^HARTFORD^CT^06101" % r.randint(100, 9999), ADR), 7: (phone(r, L, intl=False), PH),
                    8: "GRP" + digits(r, 6), 16: (ins_p.hl7, P), 17: rel,
                    18: (ins_dob.strftime("%Y%m%d"), DOB), 19: (xad, ADR), 36: (make_hpn(r), HPN)}, 36)
    return b


def k_fhir_patient(r):
    L = LCL["us"]
    b = Doc("en")
    p = Person(r, L)
    a = make_address(r, L)
    d = rdate(r)
    clinic, dom = pick_clinic(r)
    b.t('{\n  "resourceType": "Patient",\n  "id": "¤",\n  "meta": {"lastUpdated": "¤"},\n',
        neg_uuid(r), log_ts(r, d))
    b.t('  "identifier": [\n    {"system": "¤", "value": "¤"},\n    {"system": "¤", "value": "¤"}\n  ],\n',
        ("https://%s/fhir/mrn" % dom, URL), (make_mrn(r), MRN), ("https://%s/fhir/member-id" % dom, URL), (make_hpn(r), HPN))
    b.t('  "name": [{"use": "official", "family": "¤", "given": ["¤"]}],\n', (p.last, P), (p.first, P))
    b.t('  "telecom": [\n    {"system": "phone", "value": "¤", "use": "mobile"},\n    {"system": "email", "value": "¤"}\n  ],\n',
        (phone(r, L), PH), (p.email(r), EM))
    b.t('  "gender": "¤",\n  "birthDate": "¤",\n', "female" if p.female else "male", (rdob(r).isoformat(), DOB))
    b.t('  "address": [{"line": ["¤"], "city": "¤", "state": "¤", "postalCode": "¤", "country": "US"}],\n',
        (a.street, ADR), (a.city, LOC), (a.region, LOC), a.zip)
    b.t('  "extension": [{"url": "¤", "valueString": "collegiate soccer, goalkeeper"}]\n}\n',
        ("https://%s/fhir/StructureDefinition/sport" % dom, URL))
    return b


def k_billing_env(r):
    b = Doc("en")
    club, dom = pick_club(r)
    b.t("# billing-service .env (production) — rotated by ops, ticket ¤\nAPP_ENV=production\nAPP_VERSION=¤\n",
        neg_ticket(r), neg_version(r))
    b.t("PUBLIC_URL=¤\nSTRIPE_SECRET_KEY=¤\nSTRIPE_WEBHOOK_SECRET=¤\nSTRIPE_PUBLISHABLE_KEY=${STRIPE_PK}\n",
        ("https://billing.%s" % dom, URL), (stripe_key(r), STR), (make_generic_secret(r, 0), GS))
    pw = make_password(r, dsn_safe=True)
    b.t("DATABASE_URL=postgres://billing_app:¤@db-billing.internal:5432/memberships\n", (pw, PW))
    if r.random() < 0.6:
        b.t("REDIS_URL=redis://:¤@¤:6379/0\n", (make_password(r, dsn_safe=True), PW), (ip4(r, True), IP))
    else:
        b.t("REDIS_URL=${REDIS_URL}\n")
    b.t("MAIL_FROM=¤\nMAILGUN_API_KEY=¤\nSENTRY_ENVIRONMENT=prod\nFEATURE_FLAGS=family_plans,freeze_membership\n",
        ("billing@" + dom, EM), (make_generic_secret(r, 2), GS))
    b.t("SMTP_PASSWORD=${SMTP_PASSWORD}\nJWT_SIGNING_KEY=${JWT_SIGNING_KEY}\n")
    return b


def k_k8s_secret(r):
    b = Doc("en")
    ns = r.choice(["wearables", "sync", "club-booking", "telemetry"])
    b.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ¤-credentials\n  namespace: ¤\n  uid: ¤\n  labels:\n"
        "    app.kubernetes.io/version: \"¤\"\ntype: Opaque\ndata:\n", ns, ns, neg_uuid(r), neg_version(r))
    b.t("  DB_PASSWORD: ¤\n", (b64s(make_password(r)), PW))
    b.t("  DB_USER: ¤\n", (b64s("sync_svc"), None))
    b.t("  PARTNER_API_KEY: ¤\n", (b64s(make_generic_secret(r)), GS))
    if r.random() < 0.6:
        b.t("  REDIS_PASSWORD: ¤\n", (b64s(make_password(r)), PW))
    if r.random() < 0.5:
        b.t("  WEBHOOK_SIGNING_SECRET: ¤\n", (b64s(make_generic_secret(r, 0)), GS))
    b.t("---\n# applied from pipeline run ¤ (commit ¤)\n", r.randint(1000, 99999), neg_sha(r))
    return b


def k_gha_workflow(r):
    b = Doc("en")
    _, dom = r.choice(WEARABLES)
    dev = Person(r, en_loc(r))
    b.t("name: deploy-firmware-portal\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n"
        "    env:\n      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"
        "      PORTAL_URL: ¤\n", ("https://firmware.%s/portal" % dom, URL))
    b.t("      # TODO: remove before merge, temporary token for the release bot (ask ¤)\n      GH_TOKEN: ¤\n",
        (dev.first, P), (gh_token(r), GH))
    if r.random() < 0.5:
        b.t("      LEGACY_AWS_KEY: ¤\n      LEGACY_AWS_SECRET: ¤\n", (aws_key_id(r), AKID), (aws_secret(r), ASK))
    b.t("    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n"
        "          node-version: 20\n      - run: npm ci && npm run build\n      - run: ./scripts/publish.sh --version ¤ --sha ¤\n",
        neg_version(r), neg_sha(r))
    b.t("      - name: notify\n        run: curl -s -X POST -H \"Authorization: Bearer ${{ secrets.SLACK_BOT_TOKEN }}\" ¤\n",
        ("https://slack.com/api/chat.postMessage", URL))
    return b


def k_slack_staff_chat(r):
    L = en_loc(r)
    b = Doc("en")
    a, c, m = Person(r, L), Person(r, L), Person(r, L)
    d = rdate(r)
    h = r.randint(7, 15)
    b.add("#front-desk — export\n\n")
    def line(who, mm):
        b.t("¤:%02d  ¤: " % mm, "%02d" % h, (who.full, P))
    line(a, 2)
    pro = "her" if m.female else "his"
    b.t("member ¤ called, wants to freeze ¤ membership until ¤\n", (m.full, P), pro, (fmt_date(L, later(r, d, 20, 60), r), DT))
    line(c, 4)
    b.t("ok, what's ¤ account no?\n", pro)
    line(a, 5)
    b.t("¤ — callback ¤\n", (make_acct(r), ACC), (phone(r, L), PH))
    line(c, 9)
    b.t("done. also the class-booking bot is down again, here's the token so you can restart it: ¤\n", (slack_token(r), SL))
    line(a, 11)
    b.t("pls don't paste tokens here lol. rotating now, ticket ¤\n", neg_ticket(r))
    line(c, 12)
    b.t("sorry! btw spin class tomorrow moved to ¤, room 2\n", (fmt_time(L, *rtime(r), r), DT))
    return b


def k_aws_credentials(r):
    b = Doc("en")
    p = Person(r, en_loc(r))
    b.t("# ~/.aws/credentials — wearable data lake (ticket ¤)\n# rotated ¤ by ¤\n", neg_ticket(r),
        (a_date(r, en_loc(r)), DT), (p.full, P))
    b.t("[default]\naws_access_key_id = ¤\naws_secret_access_key = ¤\nregion = ¤\n\n",
        (aws_key_id(r), AKID), (aws_secret(r), ASK), r.choice(["us-east-1", "eu-west-1", "us-west-2"]))
    b.t("[hr-export]\naws_access_key_id = ¤\naws_secret_access_key = ¤\n", (aws_key_id(r), AKID), (aws_secret(r), ASK))
    if r.random() < 0.5:
        b.t("aws_session_token = ${AWS_SESSION_TOKEN}\n")
    b.t("\n# bucket: s3://pulse-raw-hr-%s  kms key id: ¤\n" % rs(r, 6, LO + DG), neg_uuid(r))
    return b


def k_support_ticket(r):
    L = en_loc(r)
    b = Doc("en")
    brand, dom = r.choice(WEARABLES)
    p, ag = Person(r, L), Person(r, L)
    a = make_address(r, L)
    b.t("Ticket ¤ | Priority: normal | Channel: web form\nProduct: ¤ (serial ¤, firmware ¤)\nOrder: ¤\n\n",
        neg_ticket(r), r.choice(BRANDS), rs(r, 10, UP + DG), neg_version(r), neg_order(r))
    b.t("Customer: ¤ <¤>\nPhone: ¤\n\n", (p.full, P), (p.email(r), EM), (phone(r, L), PH))
    b.t("Message:\nMy band stopped syncing after the last update. The heart-rate graph shows a flat line for the whole "
        "race on ¤ and the app says \"token expired\". I reinstalled twice. Please send a replacement to ¤.\n\n",
        (a_date(r, L), DT), (a.full, ADR))
    b.t("Agent note (¤): RMA approved, tracking ¤. Customer's dog (¤) chewed the charger too, added a cable.\n",
        (ag.first, P), neg_tracking(r), r.choice(PETS))
    return b


def k_trainer_invoice(r):
    L = en_loc(r)
    b = Doc("en")
    tr, cl = Person(r, L), Person(r, L)
    ta, ca = make_address(r, L), make_address(r, L)
    d = rdate(r)
    b.t("INVOICE ¤\n\n¤ — Certified Personal Trainer\n¤\n¤ | ¤\n\n", neg_invoice(r), (tr.full, P), (ta.block, ADR),
        (phone(r, L), PH), (tr.email(r), EM))
    b.t("Bill to:\n¤\n¤\n\nInvoice date: ¤\nDue date: ¤\n\n", (cl.full, P), (ca.block, ADR), (fmt_date(L, d, r), DT),
        (fmt_date(L, later(r, d, 14, 30), r), DT))
    tot = 0
    for _ in range(r.randint(2, 4)):
        q, pr = r.randint(1, 8), r.choice([45, 55, 60, 75, 90])
        tot += q * pr
        b.t("¤ x ¤ @ ¤¤.00\n", q, r.choice(["1:1 strength session (60 min)", "Mobility session (45 min)",
                                            "Program design", "Body composition scan"]), cur(L), pr)
    b.t("\nTotal: ¤¤.00\n", cur(L), tot)
    if L.code == "au":
        b.t("Pay by bank transfer: BSB ¤-¤, account ¤, reference ¤.\n", digits(r, 3), digits(r, 3),
            (nzd(r, 8), ACC), neg_invoice(r))
    elif L.code in ("gb", "ie"):
        b.t("Pay by bank transfer to IBAN ¤ (BIC ¤), reference ¤.\n", (make_iban(r, L.iban_cc), IBAN), r.choice(BICS), neg_invoice(r))
    else:
        b.t("Pay by ACH: routing ¤, account ¤ — or card via ¤\n", aba_routing(r), (make_bank_acct(r), ACC),
            ("https://pay.%s/%s" % (r.choice(["squareup.com", "stripe.com"]), rs(r, 10, LO + DG)), URL))
    return b


def k_phone_payment_transcript(r):
    L = en_loc(r)
    b = Doc("en")
    ag, cu = Person(r, L), Person(r, L)
    club, _ = pick_club(r)
    card, brand = make_card(r, "space")
    t = r.randint(5, 40)
    def pre():
        nonlocal t
        t += r.randint(3, 20)
        return "[00:%02d:%02d] " % (t // 60, t % 60)
    b.t("Call recording transcript — ¤ membership line — case ¤\n\n", club, neg_ticket(r))
    b.t("¤AGENT (¤): Thanks for calling, who am I speaking with?\n", pre(), (ag.first, P))
    b.t("¤CALLER: Hi, it's ¤. I want to pay the overdue balance on my account.\n", pre(), (cu.full, P))
    b.t("¤AGENT: Sure. For security, can you confirm your date of birth?\n", pre())
    b.t("¤CALLER: ¤.\n", pre(), (a_dob(r, L, "long"), DOB))
    b.t("¤AGENT: Thank you. And the card number?\n", pre())
    b.t("¤CALLER: It's a ¤, ¤.\n", pre(), brand, (card, CC))
    b.t("¤AGENT: Got it. That's ¤ taken today, confirmation ¤. Anything else?\n", pre(), money(r, L), neg_booking(r))
    b.t("¤CALLER: Can you update my phone to ¤?\n", pre(), (phone(r, L), PH))
    b.t("¤AGENT: Done. Have a good evening.\n", pre())
    return b


def k_discharge_summary(r):
    L = LCL["us"] if r.random() < 0.7 else en_loc(r)
    b = Doc("en")
    clinic, dom = pick_clinic(r)
    pt, at, pc = Person(r, L), Person(r, L), Person(r, L)
    d = rdate(r)
    icd = r.choice(ICD)
    b.t("¤ — DISCHARGE SUMMARY\n\nPatient: ¤\nMRN: ¤\nDOB: ¤\nAdmission: ¤\nDischarge: ¤\nAttending: Dr. ¤\n\n",
        clinic, (pt.hl7.replace("^", ", ", 1).split("^")[0] if r.random() < 0.3 else pt.full, P), (make_mrn(r), MRN),
        (a_dob(r, L), DOB), (fmt_date(L, d, r), DT), (fmt_date(L, later(r, d, 1, 3), r), DT), (at.full, P))
    b.t("Diagnosis: ¤ (¤)\nProcedure: arthroscopic assessment, CPT ¤\n\n", icd[1], icd[0], r.choice(CPT)[0])
    b.t("Hospital course: ¤ tolerated the procedure well. Pain controlled with ¤ and ice. Cleared by physical "
        "therapy for crutch walking, partial weight bearing. Sport: ¤; no return to play for at least 6 weeks.\n\n",
        (pt.first, P), r.choice(DRUGS), r.choice(["rugby", "soccer", "basketball", "trail running"]))
    b.t("Medications: ¤ 500 mg PRN, ¤ 10 mg at night x 5 days.\n", r.choice(["naproxen", "acetaminophen"]),
        r.choice(["cyclobenzaprine", "methocarbamol"]))
    b.t("Follow-up: ¤ with Dr. ¤; call ¤ with questions.\nPrimary care: Dr. ¤, ¤\n",
        (a_dt(r, L), DT), (at.last, P), (phone(r, L), PH), (pc.full, P), (make_address(r, L).full, ADR))
    return b


def k_insurance_preauth(r):
    L = LCL["us"]
    b = Doc("en")
    clinic, dom = pick_clinic(r)
    pt, th = Person(r, L), Person(r, L)
    d = rdate(r)
    cpts = r.sample(CPT, 3)
    b.t("PRIOR AUTHORIZATION REQUEST — OUTPATIENT PHYSICAL THERAPY\nPayer: Summit Mutual Health   Fax: ¤\n\n",
        (phone(r, L), PH))
    b.t("Member name: ¤\nMember DOB: ¤\nMember ID: ¤\nGroup no.: ¤\n\n", (pt.formal, P), (a_dob(r, L), DOB),
        (make_hpn(r), HPN), "GRP-" + digits(r, 6))
    b.t("Requesting provider: ¤, DPT (NPI ¤)\nFacility: ¤, ¤\nPhone: ¤   Fax: ¤\n\n", (th.full, P), npi(r), clinic,
        (make_address(r, L).full, ADR), (phone(r, L), PH), (phone(r, L), PH))
    icd = r.choice(ICD)
    b.t("Diagnosis: ¤ — ¤\nRequested services: ¤ (¤), ¤ (¤), ¤ (¤)\nVisits requested: 12 over 6 weeks\n",
        icd[0], icd[1], cpts[0][0], cpts[0][1], cpts[1][0], cpts[1][1], cpts[2][0], cpts[2][1])
    b.t("Requested start date: ¤\nDate of injury: ¤\nReference: ¤\n", (fmt_date(L, d, r), DT),
        (fmt_date(L, date.fromordinal(d.toordinal() - r.randint(5, 40)), r), DT), neg_claim(r))
    return b


def k_x12_837(r):
    L = LCL["us"]
    b = Doc("en")
    pt = Person(r, L)
    ca, pa = make_address(r, L, unit=False), make_address(r, L, unit=False)
    d = rdate(r)
    svc = date.fromordinal(d.toordinal() - r.randint(1, 20))
    ctl = digits(r, 9)
    b.t("ISA*00*          *00*          *ZZ*KINETICSM      *ZZ*SUMMITMH       *¤*¤*^*00501*¤*0*P*:~\n",
        d.strftime("%y%m%d"), "%02d%02d" % (r.randint(0, 23), r.randint(0, 59)), ctl)
    b.t("GS*HC*KINETICSM*SUMMITMH*¤*¤*¤*X*005010X222A1~\nST*837*0001*005010X222A1~\n", d.strftime("%Y%m%d"),
        "%02d%02d" % (r.randint(0, 23), r.randint(0, 59)), int(ctl[-4:]))
    b.t("NM1*41*2*KINETIC SPORTS MEDICINE*****46*KSM¤~\nPER*IC*BILLING OFFICE*TE*¤~\n", digits(r, 5),
        (digits(r, 3) + digits(r, 7), PH))
    b.t("NM1*85*2*KINETIC SPORTS MEDICINE*****XX*¤~\nN3*¤~\nN4*¤*¤*¤~\n", npi(r), (ca.street.upper(), ADR),
        (ca.city.upper(), LOC), (ca.region, LOC), ca.zip)
    b.t("HL*1**20*1~\nHL*2*1*22*0~\nSBR*P*18*GRP¤******CI~\n", digits(r, 6))
    b.t("NM1*IL*1*¤*¤****MI*¤~\nN3*¤~\nN4*¤*¤*¤~\nDMG*D8*¤*¤~\n", (pt.last.upper(), P), (pt.first.upper(), P),
        (make_hpn(r), HPN), (pa.street.upper(), ADR), (pa.city.upper(), LOC), (pa.region, LOC), pa.zip,
        (rdob(r).strftime("%Y%m%d"), DOB), "F" if pt.female else "M")
    icd = r.choice(ICD)
    cpt = r.choice(CPT)
    b.t("NM1*PR*2*SUMMIT MUTUAL HEALTH*****PI*¤~\nCLM*¤*¤***11:B:1*Y*A*Y*Y~\nHI*ABK:¤~\nLX*1~\nSV1*HC:¤*¤*UN*1***1~\n",
        digits(r, 5), neg_claim(r), r.randint(90, 480), icd[0].replace(".", ""), cpt[0], r.randint(60, 240))
    b.t("DTP*472*D8*¤~\nSE*22*0001~\nGE*1*¤~\nIEA*1*¤~\n", (svc.strftime("%Y%m%d"), DT), int(ctl[-4:]), ctl)
    return b


def k_vcard(r):
    L = en_loc(r)
    b = Doc("en")
    p = Person(r, L)
    a = make_address(r, L, unit=False)
    clinic, dom = r.choice(CLINICS_EN + CLUBS_EN)
    b.add("BEGIN:VCARD\nVERSION:3.0\n")
    b.t("N:¤;;\nFN:¤\nORG:¤\nTITLE:¤\n", ("%s;%s;%s" % (p.last, p.first, p.mid), P), (p.full_mid, P), clinic,
        r.choice(["Head Coach", "Sports Physiotherapist", "Membership Manager", "Strength & Conditioning Lead"]))
    b.t("TEL;TYPE=WORK,VOICE:¤\nTEL;TYPE=CELL:¤\nEMAIL;TYPE=INTERNET:¤\n", (phone(r, L), PH), (phone(r, L), PH),
        (p.email(r, dom), EM))
    b.t("ADR;TYPE=WORK:;;¤\n", ("%s;%s;%s;%s;%s" % (a.street, a.city, a.region, a.zip, a.country), ADR))
    if r.random() < 0.7:
        b.t("BDAY:¤\n", (rdob(r).isoformat(), DOB))
    b.t("URL:¤\nREV:¤\nEND:VCARD\n", ("https://www.%s/team" % dom, URL), log_ts(r))
    return b


def k_ics_session(r):
    L = LCL[r.choice(["us", "us", "gb", "ca", "au"])]
    tz = {"us": "America/Denver", "gb": "Europe/London", "ca": "America/Toronto", "au": "Australia/Sydney"}[L.code]
    b = Doc("en")
    clinic, dom = pick_clinic(r)
    th, pt = Person(r, L), Person(r, L)
    a = make_address(r, L)
    d = rdate(r)
    h, m = rtime(r)
    st = "%sT%02d%02d00" % (d.strftime("%Y%m%d"), h, m)
    en = "%sT%02d%02d00" % (d.strftime("%Y%m%d"), h + 1, m)
    stamp = "%sT%02d%02d%02dZ" % (rdate(r).strftime("%Y%m%d"), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    b.t("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//¤//Booking ¤//EN\nBEGIN:VEVENT\nUID:¤\nDTSTAMP:¤\nCREATED:¤\n",
        clinic, neg_version(r), neg_uuid(r), stamp, stamp)
    b.t("DTSTART;TZID=¤:¤\nDTEND;TZID=¤:¤\nSUMMARY:Physio follow-up – ¤\nLOCATION:¤\n",
        tz, (st, DT), tz, (en, DT), (pt.full, P), (a.full, ADR))
    b.t("ORGANIZER;CN=¤:mailto:¤\nATTENDEE;CN=¤;RSVP=TRUE:mailto:¤\n", (th.full, P), (th.email(r, dom), EM),
        (pt.full, P), (pt.email(r), EM))
    if r.random() < 0.5:
        b.t("DESCRIPTION:Video option: ¤ Passcode: ¤\n", ("https://meet.%s/room/%s" % (dom, rs(r, 8, LO + DG)), URL),
            (digits(r, 6) if r.random() < 0.5 else rs(r, 8), PW))
    else:
        b.t("DESCRIPTION:Bring running shoes and shorts. Reschedule via ¤\n", (url(r, dom), URL))
    b.t("LAST-MODIFIED:¤\nEND:VEVENT\nEND:VCALENDAR\n", stamp)
    return b


def k_telehealth_invite(r):
    L = LCL[r.choice(["us", "us", "ca"])]
    b = Doc("en")
    th, pt = Person(r, L), Person(r, L)
    clinic, dom = pick_clinic(r)
    cities = r.sample(L.cities, 2)
    mid = "%s %s %s" % (digits(r, 3), digits(r, 4), digits(r, 4))
    b.t("¤ is inviting you to a scheduled telehealth session.\n\nTopic: Return-to-run review – ¤\nTime: ¤\n\n",
        (th.full, P), (pt.first, P), (a_dt(r, L, weekday=True, style="long"), DT))
    b.t("Join the session\n¤\n\nMeeting ID: ¤\nPasscode: ¤\n\n", ("https://%s.zoom.us/j/%s" % (dom.split(".")[0], mid.replace(" ", "")), URL),
        mid, (r.choice([digits(r, 6), rs(r, 6, LO + DG), make_password(r)]), PW))
    b.t("One tap mobile\n¤,,¤# ¤\n¤,,¤# ¤\n\n", ("+1" + nzd(r, 10), PH), mid.replace(" ", ""), (cities[0][0], LOC),
        ("+1" + nzd(r, 10), PH), mid.replace(" ", ""), (cities[1][0], LOC))
    b.t("Before the call please record a 30-second treadmill video at an easy pace. ¤ front desk: ¤\n", clinic, (phone(r, L), PH))
    return b


def k_llm_prompt_physio(r):
    L = en_loc(r)
    b = Doc("en")
    pt, th = Person(r, L), Person(r, L)
    icd = r.choice(ICD)
    d = rdate(r)
    b.add("SYSTEM: You are a clinical documentation assistant for a sports physiotherapy clinic. Never invent findings.\n\n")
    b.t("USER: Summarise the notes below into a one-paragraph discharge letter for the patient's GP. Keep the ICD "
        "code, drop the billing codes (¤, ¤).\n\n---\n", r.choice(CPT)[0], r.choice(CPT)[0])
    b.t("Patient: ¤ (DOB ¤), MRN ¤\nTreating physio: ¤\nSessions: 8, last on ¤\n", (pt.full, P), (a_dob(r, L), DOB),
        (make_mrn(r), MRN), (th.full, P), (fmt_date(L, d, r), DT))
    b.t("Dx: ¤ — ¤. Progressed from isometrics to plyometrics; hop test symmetry 92%%. Pain-free 5K at 5:40/km. "
        "Used ¤ early on, stopped after week 2.\n".replace("%%", "%"), icd[0], icd[1], r.choice(DRUGS))
    b.t("GP: Dr. ¤, ¤\nPatient email for copy: ¤\n---\n\n", (Person(r, L).full, P), (make_address(r, L).full, ADR),
        (pt.email(r), EM))
    b.add("ASSISTANT: Understood. Here is a draft letter summarising the course of treatment, outcome and "
          "recommendations for continued home exercise...\n")
    return b


def k_llm_prompt_training_plan(r):
    L = en_loc(r)
    b = Doc("en")
    p = Person(r, L)
    ev = r.choice(EVENTS)
    b.t("Prompt to coach-bot (v¤):\n\nHi! I'm ¤, ¤ years old, living in ¤. I want a 16-week plan for the ¤ on ¤. "
        "Current 10K PB is 48:12, long run 14 km, I run Tuesday, Thursday and Sunday. My ¤ says VO2max 47.\n\n",
        neg_version(r), (p.first, P), r.randint(24, 58), (place(r, L, r.choice(["city", "cityreg"])), LOC), ev,
        (a_date(r, L), DT), r.choice(BRANDS))
    b.t("I had ¤ last year and my physio ¤ said to keep mileage increases under 10% per week. "
        "Please export the plan as CSV and email it to ¤. I can't do early mornings before ¤ because of the school run.\n\n",
        r.choice(["plantar fasciitis", "a calf strain", "ITB syndrome", "shin splints"]), (Person(r, L).full, P),
        (p.email(r), EM), (fmt_time(L, r.randint(6, 8), r.choice([0, 30]), r), DT))
    b.add("Constraints: max 5 sessions a week, one strength day, no back-to-back hard days, taper 2 weeks.\n")
    return b


def k_curl_api_request(r):
    b = Doc("en")
    brand, dom = r.choice(WEARABLES)
    L = en_loc(r)
    p = Person(r, L)
    d = rdate(r)
    h, m = rtime(r)
    tok = make_jwt(r)
    b.t("$ curl -sS -X POST ¤ \\\n  -H \"Authorization: Bearer ¤\" \\\n  -H \"X-Forwarded-For: ¤\" \\\n  -H \"Content-Type: application/json\" \\\n",
        ("https://api.%s/v2/users/me/activities" % dom, URL), (tok, JWT), (ip_any(r), IP))
    b.t("  -d '{\"type\": \"run\", \"start\": \"¤\", \"duration_s\": ¤, \"distance_m\": ¤, \"notify\": \"¤\"}'\n\n",
        (iso_dt(d, h, m, True), DT), r.randint(1200, 9000), r.randint(3000, 42195), (p.email(r), EM))
    b.t("HTTP/1.1 201 Created\nx-request-id: ¤\nx-ratelimit-remaining: ¤\n\n{\"id\": \"¤\", \"status\": \"queued\", \"server_time\": ¤}\n",
        neg_uuid(r), r.randint(10, 990), neg_uuid(r), neg_epoch(r))
    return b


def k_api_member_response(r):
    L = LCL[r.choice(["us", "us", "ca", "au"])]
    b = Doc("en")
    p = Person(r, L)
    a = make_address(r, L)
    club, dom = pick_club(r)
    d = rdate(r)
    b.t('HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "member": {\n    "uuid": "¤",\n    "account_number": "¤",\n',
        neg_uuid(r), (make_acct(r), ACC))
    b.t('    "first_name": "¤",\n    "last_name": "¤",\n    "email": "¤",\n    "phone": "¤",\n', (p.first, P), (p.last, P),
        (p.email(r), EM), (phone(r, L), PH))
    b.t('    "address": {\n      "street": "¤",\n      "city": "¤",\n      "region": "¤",\n      "postal_code": "¤",\n      "country": "¤"\n    },\n',
        (a.street, ADR), (a.city, LOC), (a.region, LOC), a.zip, {"us": "US", "ca": "CA", "au": "AU"}[L.code])
    b.t('    "plan": {"code": "PEAK-UNL", "price": "¤", "renews_on": "¤"},\n', money(r, L), (d.isoformat(), DT))
    b.t('    "home_club": "¤",\n    "checkins_last_30d": ¤,\n    "portal": "¤"\n  },\n  "etag": "¤"\n}\n',
        club, r.randint(0, 28), (url(r, dom), URL), neg_sha(r, 32))
    return b


def k_nginx_access_log(r):
    b = Doc("en")
    club, dom = pick_club(r)
    d = rdate(r)
    mo = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[d.month - 1]
    paths = ["/api/v1/classes?date=today", "/login", "/api/v1/bookings/%s" % neg_uuid(r), "/static/app.%s.js" % neg_sha(r, 8),
             "/api/v1/checkin", "/healthz", "/members/portal"]
    for _ in range(r.randint(5, 8)):
        ts = "[%02d/%s/%d:%02d:%02d:%02d +0000]" % (d.day, mo, d.year, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        b.put((ip_any(r), IP))
        b.t(" - - ¤ \"¤ ¤ HTTP/1.1\" ¤ ¤ ", ts, r.choice(["GET", "GET", "POST"]), r.choice(paths), r.choice([200, 200, 302, 404, 499]),
            r.randint(120, 48000))
        if r.random() < 0.4:
            b.t("\"¤\" ", (url(r, dom), URL))
        else:
            b.add("\"-\" ")
        b.t("\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) ClubApp/¤\"\n", neg_version(r))
    return b


def k_xml_member_export(r):
    L = LCL[r.choice(["gb", "ie", "ie"])]
    b = Doc("en")
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n<MemberExport generated="¤" schemaVersion="¤">\n', log_ts(r), neg_version(r))
    for _ in range(r.randint(1, 2)):
        p = Person(r, L)
        a = make_address(r, L)
        b.t("  <Member id=\"¤\">\n    <FullName>¤</FullName>\n    <DateOfBirth>¤</DateOfBirth>\n    <Email>¤</Email>\n",
            neg_uuid(r), (p.full, P), (rdob(r).isoformat(), DOB), (p.email(r), EM))
        b.t("    <Mobile>¤</Mobile>\n    <Address>¤</Address>\n", (phone(r, L), PH), (a.full, ADR))
        b.t("    <DirectDebit>\n      <IBAN>¤</IBAN>\n      <BIC>¤</BIC>\n      <MandateRef>¤</MandateRef>\n      <SignedOn>¤</SignedOn>\n    </DirectDebit>\n  </Member>\n",
            (make_iban(r, L.iban_cc, grouped=False), IBAN), r.choice(BICS), "MND-" + digits(r, 8), (rdate(r).isoformat(), DT))
    b.add("</MemberExport>\n")
    return b


def k_sepa_mandate_en(r):
    L = LCL[r.choice(["ie", "ie", "gb"])]
    b = Doc("en")
    club, dom = pick_club(r)
    p = Person(r, L)
    a, ca = make_address(r, L), make_address(r, L, unit=False)
    b.t("SEPA DIRECT DEBIT MANDATE\n\nCreditor: ¤, ¤\nCreditor identifier: IE¤ZZZ¤\nMandate reference: ¤\n\n",
        club, (ca.full, ADR), digits(r, 2), digits(r, 6), "MND-" + digits(r, 8))
    b.t("By signing this mandate form, you authorise ¤ to send instructions to your bank to debit your account "
        "and your bank to debit your account in accordance with those instructions.\n\n", club)
    b.t("Debtor name: ¤\nAddress: ¤\nIBAN: ¤\nBIC: ¤\nType of payment: recurring\nFirst collection: ¤\n",
        (p.full, P), (a.full, ADR), (make_iban(r, L.iban_cc), IBAN), r.choice(BICS), (a_date(r, L), DT))
    b.t("Place of signing: ¤\nDate: ¤\nSignature: ¤\n", (a.city, LOC), (a_date(r, L), DT), (p.full, P))
    return b


def k_direct_deposit_email(r):
    L = LCL["us"]
    b = Doc("en")
    hr, co = Person(r, L), Person(r, L)
    club, dom = pick_club(r)
    b.t("From: ¤ <¤>\nTo: ¤\nDate: ¤\nSubject: Direct deposit + W-4 for ¤\n\n", (hr.full, P), (hr.email(r, dom), EM),
        (co.email(r), EM), rfc2822(r), (co.first, P))
    b.t("Hi ¤,\n\nWelcome aboard as a spin instructor! Payroll runs every other Friday; your first check date is ¤. "
        "I have your banking details as:\n\nBank routing: ¤\nChecking account: ¤\n\n", (co.first, P), (a_date(r, L), DT),
        aba_routing(r), (make_bank_acct(r), ACC))
    if r.random() < 0.6:
        b.t("On the W-4 you wrote your SSN as ¤, but the I-9 copy shows ¤. Can you confirm which is right? "
            "(The portal only shows ¤.)\n\n", (make_ssn(r), SSN), (make_ssn(r), SSN), neg_masked_ssn(r))
    else:
        b.t("Your SSN is on file (¤). Please don't email it again — use the HR portal at ¤ instead.\n\n",
            neg_masked_ssn(r), (url(r, dom, ["/hr/onboarding"]), URL))
    b.t("Thanks,\n¤\nPeople Ops, ¤ | ¤\n", (hr.first, P), club, (phone(r, L), PH))
    return b


def k_coach_onboarding_form(r):
    L = LCL["us"]
    b = Doc("en")
    p, ec = Person(r, L), Person(r, L)
    a = make_address(r, L)
    dl, st = make_dl(r, a.region if a.region in _DL_STATE else None)
    b.t("NEW HIRE FORM — COACHING STAFF\n\nLegal name: ¤\nPreferred name: ¤\nDate of birth: ¤\nSSN: ¤\n",
        (p.full_mid, P), (p.first, P), (a_dob(r, L, y1=2003), DOB), (make_ssn(r, r.choice(["-", "-", " "])), SSN))
    b.t("Home address:\n¤\nCell: ¤\nPersonal email: ¤\n", (a.block, ADR), (phone(r, L), PH), (p.email(r), EM))
    b.t("Driver's license #: ¤   State: ¤   Expires: ¤\n", (dl, DL), (st, LOC), (a_date(r, L, 2026, 2031), DT))
    b.t("Certifications: NASM-CPT (cert ¤), CPR/AED valid through ¤\n", digits(r, 7), (a_date(r, L, 2025, 2027), DT))
    b.t("Start date: ¤\nEmergency contact: ¤ — ¤\n", (a_date(r, L), DT), (ec.full, P), (phone(r, L), PH))
    b.add("Background check: cleared (vendor ref BGC-%s)\n" % digits(r, 8))
    return b


def k_van_driver_check(r):
    L = LCL["us"]
    b = Doc("en")
    club, _ = pick_club(r)
    drivers = [Person(r, L) for _ in range(r.randint(2, 3))]
    b.t("¤ — Team van driver eligibility (MVR check)\nVehicle: 15-passenger van, plate ¤, VIN ¤\n\n", club,
        "%s-%s" % (rs(r, 3, UP), digits(r, 4)), neg_vin(r))
    for p in drivers:
        dl, st = make_dl(r)
        b.t("Driver: ¤\nDOB: ¤\nLicense no.: ¤ (¤)\nLicense expiry: ¤\nViolations (36 mo): ¤\n\n", (p.full, P), (a_dob(r, L, y1=2002), DOB),
            (dl, DL), (STATE_NAMES[st], LOC), (a_date(r, L, 2025, 2031), DT), r.choice(["none", "1 minor (speeding)", "none"]))
    b.t("Checked by: ¤ on ¤. Insurance policy (fleet): FLT-¤\n", (Person(r, L).full, P), (a_date(r, L), DT), digits(r, 7))
    return b


def k_team_travel_itinerary(r):
    L = en_loc(r)
    b = Doc("en")
    club, dom = pick_club(r)
    mgr = Person(r, L)
    d = rdate(r)
    dest = en_loc(r)
    ha = make_address(r, dest, unit=False)
    b.t("¤ — AWAY MEET ITINERARY\nDestination: ¤\n\n", club, (ha.city, LOC))
    fl = "%s%d" % (r.choice(["UA", "DL", "BA", "AC", "QF", "EI"]), r.randint(100, 2999))
    b.t("Outbound: flight ¤, ¤ → ¤, departs ¤ (booking ref ¤)\n", fl, r.choice(["DEN", "LHR", "YYZ", "SYD", "DUB"]),
        r.choice(["ORD", "MAN", "YVR", "MEL", "SFO"]), (fmt_dt(L, d, *rtime(r), r), DT), neg_booking(r))
    b.t("Hotel: Trackside Inn, ¤ — check-in from ¤\n\nRooming list:\n", (ha.full, ADR), (fmt_time(L, 15, 0, r), DT))
    for i in range(r.randint(2, 4)):
        a1, a2 = Person(r, L), Person(r, L)
        b.t("  Room ¤: ¤ / ¤ — seats ¤, ¤\n", r.randint(201, 618), (a1.full, P), (a2.full, P),
            "%d%s" % (r.randint(8, 40), r.choice("ABCDEF")), "%d%s" % (r.randint(8, 40), r.choice("ABCDEF")))
    b.t("\nTeam manager on call: ¤ ¤\nReturn: ¤\n", (mgr.full, P), (phone(r, L), PH), (fmt_dt(L, later(r, d, 2, 4), *rtime(r), r), DT))
    return b


def k_concussion_note(r):
    L = en_loc(r)
    b = Doc("en")
    at, ath = Person(r, L), Person(r, L)
    d = rdate(r)
    h, m = rtime(r)
    b.t("SIDELINE CONCUSSION ASSESSMENT (SCAT6)\nAthlete: ¤   DOB: ¤   MRN: ¤\nSport/position: ¤\n",
        (ath.any(r), P), (a_dob(r, L, y0=1996, y1=2010), DOB), (make_mrn(r), MRN),
        r.choice(["rugby / flanker", "soccer / centre back", "ice hockey / winger", "lacrosse / midfield"]))
    b.t("Date and time of injury: ¤\nAssessed by: ¤, ATC\n\n", (fmt_dt(L, d, h, m, r), DT), (at.full, P))
    b.t("Red flags: none. Symptom score 14/22, severity 31/132. Orientation 5/5, immediate memory 12/15, "
        "delayed recall 3/5. Tandem gait 14.2 s. ICD ¤.\n\n", "S06.0X0A")
    b.t("Plan: removed from play. No ¤ or alcohol for 48 h. Parent ¤ informed by phone (¤). Re-assess on ¤; "
        "graduated return-to-play protocol from day 2.\n", r.choice(["ibuprofen", "naproxen"]), (Person(r, L).full, P),
        (phone(r, L), PH), (fmt_date(L, later(r, d, 1, 3), r), DT))
    return b


def k_youth_consent_form(r):
    L = en_loc(r)
    b = Doc("en")
    club, dom = pick_club(r)
    par, kid = Person(r, L), Person(r, L)
    kid.last = par.last
    a = make_address(r, L)
    b.t("¤ — JUNIOR PROGRAM CONSENT & MEDICAL FORM\n\nParticipant name: ¤\nDate of birth: ¤\nSquad: U¤\n",
        club, (kid.full, P), (a_dob(r, L, y0=2010, y1=2017), DOB), r.choice([10, 12, 14, 16]))
    b.t("Parent/guardian: ¤\nHome address: ¤\nPhone: ¤\nEmail: ¤\n\n", (par.full, P), (a.full, ADR), (phone(r, L), PH),
        (par.email(r), EM))
    if L.code == "us":
        b.t("Health insurance: Summit Mutual Health, member ID ¤, group ¤\n", (make_hpn(r), HPN), digits(r, 6))
    else:
        b.t("Medical card / health plan number: ¤\n", (make_hpn(r), HPN))
    b.t("Allergies: ¤\nMedications: ¤ inhaler as needed\nGP: Dr. ¤, ¤\n\n", r.choice(["peanuts", "none", "penicillin"]),
        r.choice(["salbutamol", "albuterol"]), (Person(r, L).last, P), (phone(r, L), PH))
    b.t("I consent to ¤ taking part in training, matches and travel, and to emergency medical treatment.\n"
        "Signed: ¤   Date: ¤\n", (kid.first, P), (par.full, P), (a_date(r, L), DT))
    return b


def k_door_access_log(r):
    L = en_loc(r)
    b = Doc("en")
    d = rdate(r)
    ctl = ip4(r, True)
    b.t("# access-controller export  controller=¤  fw=¤\ntimestamp,door,badge,member,result\n", (ctl, IP), neg_version(r))
    clk = Clock(r, d, " ")
    for _ in range(r.randint(5, 9)):
        p = Person(r, L)
        b.t("¤,¤,¤,", clk(5, 900), r.choice(["MAIN-IN", "POOL", "STUDIO-2", "STAFF", "LOCKER-F"]), "B" + digits(r, 6))
        if r.random() < 0.3:
            b.t("\"¤\",", (p.formal, P))
        else:
            b.t("¤,", (p.full, P))
        b.add(r.choice(["GRANTED", "GRANTED", "GRANTED", "DENIED_EXPIRED", "DENIED_TAILGATE"]) + "\n")
    return b


def k_booking_service_yaml(r):
    b = Doc("en")
    club, dom = pick_club(r)
    dbip = ip4(r, True)
    b.t("# application-prod.yml — class booking service ¤\nserver:\n  port: 8080\nspring:\n  datasource:\n"
        "    url: jdbc:postgresql://¤:5432/bookings\n    username: booking_rw\n    password: ¤\n", neg_version(r),
        (dbip, IP), (make_password(r), PW))
    b.t("  mail:\n    host: smtp.¤\n    username: ¤\n    password: ¤\n", dom, ("noreply@" + dom, EM),
        (make_password(r) if r.random() < 0.5 else "${MAIL_PASSWORD}", PW))
    b.t("integrations:\n  wearables:\n    base-url: ¤\n    api-key: ¤\n    client-secret: ${WEARABLE_CLIENT_SECRET}\n",
        ("https://api.%s/v1" % r.choice(WEARABLES)[1], URL), (make_generic_secret(r), GS))
    b.t("  payments:\n    stripe-key: ¤\n  cache:\n    redis: ¤:6379\n", (stripe_key(r), STR) if r.random() < 0.5 else "${STRIPE_KEY}",
        (ip_any(r), IP))
    b.add("logging:\n  level:\n    root: INFO\n")
    return b


def k_deploy_key_ticket(r):
    L = en_loc(r)
    b = Doc("en")
    rep, asg = Person(r, L), Person(r, L)
    host = ip4(r)
    b.t("[¤] Leaderboard server deploy key not accepted\nReporter: ¤   Assignee: ¤\nCreated: ¤\n\n",
        neg_ticket(r), (rep.full, P), (asg.full, P), log_ts(r))
    b.t("Deploy to ¤ fails with 'Permission denied (publickey)'. This is the key the CI uses, can someone check it "
        "matches authorized_keys? Deadline for the race-day leaderboard is ¤.\n\n```\n", (host, IP), (a_dt(r, L), DT))
    b.put((make_pem(r, r.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])), PK))
    b.t("\n```\n\nFingerprint: SHA256:¤\nComment from ¤: please revoke this key immediately, it's now in the ticket history.\n",
        rs(r, 43, B64), (asg.first, P))
    return b


def k_jwt_sdk_issue(r):
    L = en_loc(r)
    b = Doc("en")
    brand, dom = r.choice(WEARABLES)
    p = Person(r, L)
    b.t("### Bug: token refresh loop in ¤ iOS SDK ¤\n\n**Device:** ¤, iOS 17.4\n**Commit:** ¤\n\n", brand, neg_version(r),
        r.choice(BRANDS), neg_sha(r))
    b.t("After upgrading, the SDK keeps refreshing every few seconds. Here is the access token it receives "
        "(from a test account, but still):\n\n```\n¤\n```\n\n", (make_jwt(r), JWT))
    clk = Clock(r)
    b.t("Logs:\n```\n¤ [Auth] refresh ok expires_in=3600\n¤ [Auth] refresh ok expires_in=3600\n¤ [Sync] 401 from ¤\n```\n\n",
        clk(), clk(1, 5), clk(1, 5), ("https://api.%s/v2/sync" % dom, URL))
    b.t("Account email is ¤ if you need to look at server logs. — ¤\n", (p.email(r), EM), (p.first, P))
    return b


def k_oauth_app_config(r):
    b = Doc("en")
    club, dom = pick_club(r)
    p = Person(r, en_loc(r))
    b.t("# integrations.toml — activity import for ¤\n\n[strava]\nclient_id = ¤\nclient_secret = \"¤\"\nredirect_uri = \"¤\"\n",
        club, r.randint(10000, 199999), (rs(r, 40, HEX), GS), ("https://%s/oauth/strava/callback" % dom, URL))
    b.t("webhook_verify_token = \"¤\"\nscopes = [\"activity:read_all\"]\n\n", (rs(r, 24), GS))
    b.t("[garmin]\nconsumer_key = \"¤\"\nconsumer_secret = \"¤\"\n\n", neg_uuid(r), (rs(r, 32), GS))
    b.t("[owner]\nname = \"¤\"\nemail = \"¤\"\n", (p.full, P), (p.email(r, dom), EM))
    return b


def k_sms_reminder_batch(r):
    L = en_loc(r)
    b = Doc("en")
    clinic, dom = r.choice(CLINICS_EN + CLUBS_EN)
    b.add("message_id,to,body,status\n")
    for _ in range(r.randint(3, 5)):
        p = Person(r, L)
        b.t("SM¤,¤,\"Hi ¤, reminder: your ¤ at ¤ is on ¤. Reply C to confirm or call ¤.\",¤\n", rs(r, 30, HEX),
            (phone(r, L, intl=True), PH), (p.first, P), r.choice(["physio appointment", "PT session", "sports massage", "bike fit"]),
            clinic, (a_dt(r, L), DT), (phone(r, L), PH), r.choice(["delivered", "queued", "failed"]))
    return b


def k_voicemail_transcript(r):
    L = en_loc(r)
    b = Doc("en")
    clinic, dom = pick_clinic(r)
    p = Person(r, L)
    b.t("Voicemail to ¤ front desk — duration 0:52 — auto-transcribed\n\n", clinic)
    b.t("\"Hi, this is ¤, date of birth ¤. I had an appointment with ¤ on ¤ but I tweaked my ¤ at football last "
        "night so I'd like to move it earlier if possible. My number is ¤, or email ¤. My patient account number is ¤. "
        "Thanks, bye.\"\n", (p.full, P), (a_dob(r, L, "long"), DOB), (Person(r, L).first, P), (a_dt(r, L), DT),
        r.choice(["hamstring", "ankle", "groin", "calf"]), (phone(r, L), PH), (p.email(r), EM), (make_acct(r), ACC))
    b.add("\nConfidence: 0.91   Routed to: scheduling queue\n")
    return b


def k_nutrition_intake(r):
    L = en_loc(r)
    b = Doc("en")
    p = Person(r, L)
    rd = Person(r, L)
    b.t("SPORTS NUTRITION INTAKE\nClient: ¤   Date of birth: ¤\nEmail: ¤   Phone: ¤\n", (p.full, P), (a_dob(r, L), DOB),
        (p.email(r), EM), (phone(r, L), PH))
    b.t("Health plan ID (for dietitian billing): ¤\nDietitian: ¤, RD\nFirst consult: ¤\n\n", (make_hpn(r), HPN), (rd.full, P),
        (a_dt(r, L), DT))
    b.t("Sport: ¤, training 9-12 h/week. Weight 68.4 kg, body fat 17% (DEXA). Supplements: creatine 5 g, caffeine "
        "before sessions, iron (ferrous sulfate). Meds: ¤. Intolerances: lactose.\nGoals: fuel long rides, reduce GI "
        "issues during races lasting over 4 hours.\n", r.choice(["triathlon", "road cycling", "rowing", "marathon"]),
        r.choice(DRUGS))
    return b


def k_race_results_csv(r):
    L = en_loc(r)
    b = Doc("en")
    ev = r.choice(EVENTS)
    b.t("# ¤ — official results, generated ¤\nplace,bib,name,city,category,chip_time,pace\n", ev, neg_epoch(r))
    dist = r.choice([5, 10, 21.0975, 25])
    t = int(dist * r.randint(200, 260))
    for i in range(r.randint(5, 8)):
        p = Person(r, L)
        t += r.randint(3, 120)
        pl = place(r, L, r.choice(["city", "city", "cityreg"]))
        b.t("¤,¤,¤,", i + 1, r.randint(100, 9999), (p.full, P))
        b.t('"¤",' if "," in pl else "¤,", (pl, LOC))
        pace = int(t / dist)
        lo = r.choice([20, 25, 30, 35, 40, 45, 50, 55])
        b.t("¤¤-¤,¤,¤\n", "F" if p.female else "M", lo, lo + 4,
            "%d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60), "%d:%02d/km" % (pace // 60, pace % 60))
    return b


def k_refund_dispute_email(r):
    L = en_loc(r)
    b = Doc("en")
    club, dom = pick_club(r)
    p = Person(r, L)
    card, brand = make_card(r)
    d = rdate(r)
    b.t("From: ¤ <¤>\nTo: ¤\nDate: ¤\nSubject: Charged twice after cancelling — order ¤\n\n", (p.full, P),
        (p.email(r), EM), ("billing@" + dom, EM), rfc2822(r, d), neg_order(r))
    b.t("Hello,\n\nI cancelled my membership on ¤ (confirmation ¤) but my ¤ card ¤ was charged ¤ twice on ¤. "
        "Your app still shows ¤ as the card on file.\n\n", (fmt_date(L, d, r), DT), neg_booking(r), brand, (card, CC),
        money(r, L), (fmt_date(L, later(r, d, 3, 20), r), DT), neg_masked_card(r))
    b.t("Please refund both payments. You can reach me on ¤ after ¤. If this isn't sorted by ¤ I will raise a "
        "chargeback with my bank.\n\nRegards,\n¤\n", (phone(r, L), PH), (fmt_time(L, 17, 30, r), DT),
        (fmt_date(L, later(r, d, 25, 40), r), DT), (p.full, P))
    return b


def k_mri_report(r):
    L = en_loc(r)
    b = Doc("en")
    clinic, dom = pick_clinic(r)
    pt, rad, ref = Person(r, L), Person(r, L), Person(r, L)
    d = rdate(r)
    h, m = rtime(r)
    b.t("MRI RIGHT KNEE WITHOUT CONTRAST (CPT 73721)\n\nPatient: ¤   MRN: ¤   DOB: ¤\nExam date: ¤\nReferring: Dr. ¤\n"
        "Accession: ACC¤\n\n", (pt.hl7.replace("^", ", ", 1).split("^")[0], P), (make_mrn(r), MRN), (a_dob(r, L), DOB),
        (fmt_dt(L, d, h, m, r), DT), (ref.full, P), digits(r, 9))
    b.add("CLINICAL HISTORY: Pivoting injury during football, effusion, instability.\n\n"
          "FINDINGS: Complete tear of the anterior cruciate ligament. Bone bruising of the lateral femoral condyle and "
          "posterolateral tibial plateau. Medial meniscus intact. Grade 1 MCL sprain.\n\n"
          "IMPRESSION: Complete ACL tear (S83.511A). Orthopaedic sports review recommended.\n\n")
    b.t("Electronically signed by ¤, MD on ¤\n", (rad.full, P), (fmt_date(L, later(r, d, 0, 2), r), DT))
    return b


def k_gcp_service_account(r):
    b = Doc("en")
    proj = "pulse-analytics-%s" % digits(r, 5)
    b.t('{\n  "type": "service_account",\n  "project_id": "¤",\n  "private_key": "¤\\n",\n', proj,
        (make_pem(r, "PRIVATE KEY", nl="\\n"), PK))
    b.t('  "client_email": "¤",\n  "client_id": "¤",\n  "auth_uri": "¤",\n  "token_uri": "¤"\n}\n',
        ("hr-export@%s.iam.gserviceaccount.com" % proj, EM), digits(r, 21),
        ("https://accounts.google.com/o/oauth2/auth", URL), ("https://oauth2.googleapis.com/token", URL))
    return b


# ---------------------------------------------------------------------------
# non-English kinds (entities)
# ---------------------------------------------------------------------------
def k_de_mitgliedsvertrag(r):
    L = LCL["de"]
    b = Doc("de")
    p = Person(r, L)
    a = make_address(r, L)
    d = rdate(r)
    studio = r.choice(["FitWerk Studio GmbH", "SportPark Aktiv GmbH", "Kraftwerk Fitness GmbH"])
    b.t("MITGLIEDSVERTRAG – ¤\nVertragsnummer: V-¤-¤\nKundennummer: ¤\n\nMitglied\nAnrede: ¤\nName: ¤\nGeburtsdatum: ¤\n",
        studio, d.year, digits(r, 5), (make_acct(r), ACC), "Frau" if p.female else "Herr", (p.full, P), (a_dob(r, L), DOB))
    b.t("Anschrift: ¤\nTelefon: ¤\nE-Mail: ¤\n\n", (a.full, ADR), (phone(r, L), PH), (p.email(r), EM))
    b.t("Tarif: Premium 24 Monate, ¤ monatlich, Arbeitgeberzuschuss über ¤\nVertragsbeginn: ¤\nErste Trainingseinweisung: ¤\n\n",
        neg_amount(r, "€"), r.choice(["Schneider & Söhne GmbH", "Hoffmann & Partner AG", "Becker Logistik KG"]),
        (fmt_date(L, d, r), DT), (fmt_dt(L, later(r, d, 1, 7), *rtime(r), r), DT))
    b.t("SEPA-Lastschriftmandat\nGläubiger-Identifikationsnummer: DE¤ZZZ¤\nMandatsreferenz: ¤\nKontoinhaber/in: ¤\nIBAN: ¤\nBIC: ¤\n\n",
        digits(r, 2), digits(r, 11), "MR" + digits(r, 9), (p.full, P), (make_iban(r, "DE"), IBAN), r.choice(BICS[:2]))
    b.t("Ort, Datum: ¤, ¤\nUnterschrift Mitglied: ¤\n", (a.city, LOC), (fmt_date(L, d, r, "num"), DT), (p.full, P))
    return b


def k_de_physio_befund(r):
    L = LCL["de"]
    b = Doc("de")
    pa = make_address(r, L, unit=False)
    pt, arzt, th = Person(r, L), Person(r, L), Person(r, L)
    icd = r.choice(ICD)
    d = rdate(r)
    b.t("Praxis für Sportphysiotherapie am Park\n¤ · Tel. ¤ · Fax ¤\n\nBEFUNDBERICHT\n\n", (pa.full, ADR), (phone(r, L), PH),
        (phone(r, L), PH))
    b.t("Patient/in: ¤ ¤, geb. ¤\nVersichertennummer: ¤\nKrankenkasse: ¤\n", title(L, pt), (pt.full, P), (a_dob(r, L), DOB),
        (rs(r, 1, UP) + digits(r, 9), HPN), r.choice(["Techniker Krankenkasse", "AOK Bayern", "Barmer", "DAK-Gesundheit"]))
    b.t("Verordnung vom ¤ durch Dr. ¤ (Orthopädie)\nDiagnose: ¤ (ICD-10-GM), Heilmittel: KG, 6x\n\n", (fmt_date(L, d, r), DT),
        (arzt.full, P), icd[0])
    b.t("Befund: Schmerz bei Belastung (NRS 4/10), Kraftdefizit der Hüftabduktoren, Einbeinstand 18 s. ¤ nimmt bei "
        "Bedarf ¤. Sportart: ¤, 4x pro Woche.\n\nBehandlungstermine:\n", (pt.first, P), r.choice(["Ibuprofen 400", "Diclofenac-Gel"]),
        r.choice(["Fußball", "Handball", "Laufen", "Tennis"]))
    for i in range(r.randint(2, 4)):
        b.t("  – ¤\n", (fmt_dt(L, later(r, d, 2 + 4 * i, 4 + 4 * i), *rtime(r), r), DT))
    b.t("\nTherapeutin/Therapeut: ¤\n", (th.full, P))
    return b


def k_de_wearable_support(r):
    L = LCL["de"]
    b = Doc("de")
    brand, dom = r.choice(WEARABLES)
    p, ag = Person(r, L), Person(r, L)
    a = make_address(r, L)
    b.t("Von: ¤ Kundenservice <¤>\nAn: ¤\nDatum: ¤\nBetreff: Ihr Ticket ¤ – Ersatzgerät\n\n", brand, ("support@" + dom, EM),
        (p.email(r), EM), rfc2822(r), neg_ticket(r))
    b.t("Guten Tag ¤ ¤,\n\nvielen Dank für Ihre Geduld. Ihr ¤ (Seriennummer ¤, Firmware ¤) aus Bestellung ¤ ist leider "
        "defekt. Wir senden Ihnen kostenlos ein Ersatzgerät an folgende Adresse:\n\n¤\n\n", title(L, p), (p.last, P),
        r.choice(BRANDS), rs(r, 10, UP + DG), neg_version(r), neg_order(r), (a.block, ADR))
    b.t("Die Lieferung erfolgt voraussichtlich bis ¤. Ihre Trainingsdaten bleiben in Ihrem Konto erhalten: ¤\n\n"
        "Bei Rückfragen erreichen Sie uns werktags unter ¤.\n\nMit freundlichen Grüßen\n¤\n", (fmt_date(L, rdate(r), r), DT),
        (url(r, dom, ["/de/konto", "/de/hilfe"]), URL), (phone(r, L), PH), (ag.full, P))
    return b


def k_fr_certificat_medical(r):
    L = LCL["fr"]
    b = Doc("fr")
    doc_, pt = Person(r, L), Person(r, L)
    ca, pa = make_address(r, L, unit=False), make_address(r, L)
    b.t("CERTIFICAT MÉDICAL DE NON CONTRE-INDICATION\nà la pratique de la course à pied en compétition\n\n")
    b.t("Je soussigné(e), Dr ¤, médecin du sport, exerçant au ¤, certifie avoir examiné ce jour ¤ ¤, né(e) le ¤, "
        "demeurant ¤, et n'avoir constaté aucun signe clinique apparent contre-indiquant la pratique de la course à "
        "pied en compétition.\n\n", (doc_.full, P), (ca.full, ADR), title(L, pt), (pt.full, P), (a_dob(r, L), DOB), (pa.full, ADR))
    b.t("ECG de repos normal. Fréquence cardiaque 54/min, TA 12/7.\nCertificat établi à la demande de l'intéressé(e) "
        "et remis en main propre pour l'inscription au Trail des Crêtes.\n\nFait à ¤, le ¤\n", (ca.city, LOC),
        (fmt_date(L, rdate(r), r), DT))
    b.t("Cabinet : ¤ — RPPS ¤\n", (phone(r, L), PH), "10" + digits(r, 9))
    return b


def k_fr_email_adhesion(r):
    L = LCL["fr"]
    b = Doc("fr")
    p, sec = Person(r, L), Person(r, L)
    club, dom = r.choice([("Club Athlétique Les Foulées", "lesfoulees-athle.fr"), ("Espace Forme Horizon", "espaceforme-horizon.fr")])
    sa = make_address(r, L, unit=False)
    d = rdate(r)
    b.t("De : ¤ <¤>\nÀ : ¤\nDate : ¤\nObjet : Confirmation de votre adhésion – saison ¤-¤\n\n", club, ("contact@" + dom, EM),
        (p.email(r), EM), rfc2822(r, d), d.year, d.year + 1)
    b.t("Bonjour ¤,\n\nNous avons bien reçu votre dossier d'adhésion (licence n° ¤). La cotisation de ¤ sera prélevée "
        "sur le compte ¤ au nom de ¤.\n\n", (p.first, P), digits(r, 7), neg_amount(r, "€"), (make_iban(r, "FR"), IBAN), (p.full, P))
    b.t("Votre premier entraînement aura lieu le ¤ au stade, ¤. Pensez à apporter votre certificat médical.\n\n",
        (fmt_dt(L, later(r, d, 3, 15), r.choice([18, 19]), r.choice([0, 30]), r), DT), (sa.full, ADR))
    b.t("Espace adhérent : ¤\nPour toute question : ¤ ou ¤.\n\nSportivement,\n¤, secrétaire du club\n",
        (url(r, dom, ["/espace-adherent", "/adhesion?saison=%d" % d.year]), URL), (phone(r, L), PH), ("secretariat@" + dom, EM),
        (sec.full, P))
    return b


def k_es_inscripcion_carrera(r):
    L = LCL["es"]
    b = Doc("es")
    p, ec = Person(r, L), Person(r, L)
    a = make_address(r, L)
    d = rdate(r)
    b.t("FORMULARIO DE INSCRIPCIÓN – ¤\nN.º de inscripción: ¤\n\n", r.choice(["Carrera Popular Zancada 10K", "Media Maratón Nocturna", "Trail de las Cumbres"]),
        neg_order(r))
    b.t("Nombre: ¤\nApellidos: ¤\nFecha de nacimiento: ¤\nCorreo electrónico: ¤\nTeléfono móvil: ¤\n",
        (p.first, P), (p.last, P), (a_dob(r, L), DOB), (p.email(r), EM), (phone(r, L), PH))
    b.t("Dirección: ¤\nLocalidad: ¤\nProvincia: ¤\nC.P.: ¤\n", (a.street, ADR), (a.city, LOC), (a.region, LOC), a.zip)
    b.t("Club: ¤\nTalla de camiseta: ¤\nFecha de la prueba: ¤\nHora de salida: ¤\n", r.choice(["Independiente", "C.A. Zancada"]),
        r.choice("SML"), (fmt_date(L, d, r), DT), (fmt_time(L, r.choice([8, 9, 20]), r.choice([0, 30]), r), DT))
    if r.random() < 0.5:
        card, brand = make_card(r)
        b.t("Pago con tarjeta: ¤ (¤)\n", (card, CC), brand)
    else:
        b.t("Pago con tarjeta: ¤\n", neg_masked_card(r))
    b.t("Contacto de emergencia: ¤, ¤\nAcepto el reglamento de la prueba: Sí\n", (ec.full, P), (phone(r, L), PH))
    return b


def k_es_whatsapp_entrenador(r):
    L = LCL["es"]
    b = Doc("es")
    co, at = Person(r, L), Person(r, L)
    a = make_address(r, L)
    d = rdate(r)
    clk = [r.randint(7 * 3600, 12 * 3600)]

    def pre(who):
        clk[0] += r.randint(20, 2400)
        s = clk[0]
        b.t("[¤, %02d:%02d:%02d] ¤: " % (s // 3600, s // 60 % 60, s % 60), d.strftime("%d/%m/%y"), (who, P))
    pre(co.full)
    b.t("Buenos días ¤! El ¤ hacemos series en la pista, 6x1000 con 2 min de recuperación\n", (at.first, P),
        (fmt_dt(L, later(r, d, 1, 5), 19, 0, r, weekday=True, style="long"), DT))
    pre(at.full)
    b.t("Perfecto, allí estaré. Por cierto, ¿a dónde te mando la camiseta del club? Mi dirección es ¤\n", (a.full, ADR))
    pre(co.full)
    b.t("Apuntado. Y cambia tu móvil en la ficha, el que tengo ya no funciona\n")
    pre(at.full)
    b.t("Es el ¤. Ah, y el fisio ¤ me recomendó ibuprofeno para la rodilla, ¿lo tomo antes de entrenar?\n", (phone(r, L), PH),
        (Person(r, L).first, P))
    pre(co.full)
    b.t("Mejor no, hablamos mañana. Ritmo objetivo 4:05/km, nada de pasarte 😉\n")
    return b


def k_it_certificato_idoneita(r):
    L = LCL["it"]
    b = Doc("it")
    pt, doc_ = Person(r, L), Person(r, L)
    a = make_address(r, L)
    d = rdate(r)
    b.t("CENTRO DI MEDICINA DELLO SPORT\nCERTIFICATO DI IDONEITÀ ALLA PRATICA SPORTIVA AGONISTICA\n\nCartella n. ¤\n\n", (make_mrn(r), MRN))
    b.t("Si certifica che ¤ ¤, nato/a a ¤ il ¤, residente in ¤, sulla base della visita medica e degli accertamenti "
        "eseguiti (ECG a riposo e dopo sforzo, spirometria, esame urine), è risultato/a IDONEO/A alla pratica agonistica "
        "dello sport: ¤.\n\n", title(L, pt), (pt.full, P), (r.choice(L.cities)[0], LOC), (a_dob(r, L), DOB), (a.full, ADR),
        r.choice(["ciclismo", "atletica leggera", "calcio", "pallavolo", "nuoto"]))
    b.t("Società sportiva: ¤ — tessera FIDAL ¤\nValidità: 12 mesi, scadenza ¤\n\n¤, ¤\nIl medico: Dott. ¤\nTel. ¤\n",
        r.choice(["ASD Pedale Libero", "Polisportiva Aurora", "GS Atletica Energia"]), digits(r, 7),
        (fmt_date(L, later(r, d, 360, 366), r), DT), (r.choice(L.cities)[0], LOC), (fmt_date(L, d, r), DT), (doc_.full, P),
        (phone(r, L), PH))
    return b


def k_it_email_palestra(r):
    L = LCL["it"]
    b = Doc("it")
    p, op = Person(r, L), Person(r, L)
    d = rdate(r)
    b.t("Da: Palestra Energia Pura <¤>\nA: ¤\nData: ¤\nOggetto: Disdetta abbonamento – pratica ¤\n\n",
        ("segreteria@energiapura-palestra.it", EM), (p.email(r), EM), rfc2822(r, d), neg_ticket(r))
    b.t("Gentile ¤ ¤,\n\nabbiamo ricevuto la sua richiesta di disdetta per il codice cliente ¤. L'ultimo addebito "
        "SDD sul conto ¤ avverrà il ¤; dal mese successivo non verrà più addebitato alcun importo.\n\n",
        title(L, p), (p.last, P), (make_acct(r), ACC), (make_iban(r, "IT"), IBAN), (fmt_date(L, later(r, d, 5, 30), r), DT))
    b.t("Può ritirare gli effetti personali dall'armadietto n. ¤ entro ¤. Per informazioni: ¤ oppure ¤.\n\n"
        "Cordiali saluti,\n¤\nSegreteria\n", r.randint(10, 300), (fmt_dt(L, later(r, d, 10, 40), 20, 0, r), DT), (phone(r, L), PH),
        ("segreteria@energiapura-palestra.it", EM), (op.full, P))
    return b


def k_pt_recibo_ginasio(r):
    L = LCL["pt"]
    b = Doc("pt")
    p = Person(r, L)
    ga, ca = make_address(r, L, unit=False), make_address(r, L)
    d = rdate(r)
    b.t("Ginásio Corpo Ativo, Lda.\n¤\nTel. ¤\n\nRECIBO N.º ¤/¤\n\n", (ga.full, ADR), (phone(r, L), PH), d.year, digits(r, 5))
    b.t("Cliente: ¤\nMorada: ¤\nN.º de sócio: ¤\nData: ¤\n\n", (p.full, P), (ca.full, ADR), (make_acct(r), ACC),
        (fmt_date(L, d, r), DT))
    b.t("Descrição: Mensalidade ¤ – plano Livre Trânsito ¤\nIVA (23%) incluído\n", MONTHS["pt"][d.month - 1], neg_amount(r, "€"))
    if r.random() < 0.5:
        b.t("Pagamento: Débito Direto, IBAN ¤\n", (make_iban(r, "PT"), IBAN))
    else:
        b.t("Pagamento: Multibanco, Entidade 21 ¤, Referência ¤ ¤ ¤\n", digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 3))
    b.t("Dúvidas: ¤\n", (p.email(r) if r.random() < 0.3 else "geral@corpoativo.pt", EM))
    return b


def k_nl_opzegging(r):
    L = LCL["nl"]
    b = Doc("nl")
    p = Person(r, L)
    a = make_address(r, L)
    d = rdate(r)
    b.t("¤\n¤\n¤\n\n", (p.full, P), (a.block, ADR), (p.email(r), EM))
    b.t("SportCity Klantenservice\n¤\n\n", ("Postbus %d, %s %s %s" % (r.randint(100, 9999), nzd(r, 4), rs(r, 2, "ABCDEGHJKLMNPRSTVWXZ"), r.choice(["Amsterdam", "Utrecht"])), ADR))
    b.t("¤, ¤\n\nBetreft: opzegging lidmaatschap\n\nGeachte heer/mevrouw,\n\n", (a.city, LOC), (fmt_date(L, d, r), DT))
    b.t("Hierbij zeg ik mijn lidmaatschap met lidnummer ¤ op per ¤. Ik verzoek u de automatische incasso van rekening ¤ "
        "na de laatste termijn stop te zetten. Mijn tas ligt nog in kluisje 212; ik haal die op ¤ op.\n\n",
        (make_acct(r), ACC), (fmt_date(L, later(r, d, 28, 40), r), DT), (make_iban(r, "NL"), IBAN), WEEKDAYS["nl"][r.randint(0, 5)])
    b.t("U kunt mij bereiken op ¤.\n\nMet vriendelijke groet,\n\n¤\n", (phone(r, L), PH), (p.full, P))
    return b


def k_pl_deklaracja(r):
    L = LCL["pl"]
    b = Doc("pl")
    p = Person(r, L)
    a = make_address(r, L)
    b.t("DEKLARACJA CZŁONKOWSKA – Klub Biegacza „Sprint”\n\nImię i nazwisko: ¤\nData urodzenia: ¤\nAdres zamieszkania: ¤\n",
        (p.full, P), (a_dob(r, L), DOB), (a.full, ADR))
    b.t("Telefon: ¤\nE-mail: ¤\nNumer rachunku (zwrot wpisowego): ¤\n", (phone(r, L), PH), (p.email(r), EM), (make_iban(r, "PL"), IBAN))
    b.t("Data przystąpienia: ¤\nSkładka członkowska: ¤ miesięcznie\nRozmiar koszulki: ¤\n\n", (a_date(r, L), DT), neg_amount(r, "zł"),
        r.choice(["S", "M", "L"]))
    b.t("Oświadczam, że nie mam przeciwwskazań zdrowotnych do uprawiania biegów.\n¤, ¤   Podpis: ¤\n", (a.city, LOC),
        (a_date(r, L), DT), (p.full, P))
    return b


def k_sv_medlemsregister(r):
    L = LCL["se"]
    b = Doc("sv")
    b.add("# Löparklubben Framåt – medlemsregister, export v%s\nnamn;fodelsedatum;epost;telefon;ort;medlem_sedan;gren\n" % neg_version(r))
    nrows = r.randint(3, 6)
    for _ in range(nrows):
        p = Person(r, L)
        b.t("¤;¤;¤;¤;¤;¤;¤\n", (p.full, P), (rdob(r).isoformat(), DOB), (p.email(r), EM), (phone(r, L), PH),
            (r.choice(L.cities)[0], LOC), (rdate(r, 2015, 2025).isoformat(), DT), r.choice(["terräng", "bana", "maraton", "orientering"]))
    b.add("# %d rader, kontrollsumma %s\n" % (nrows, neg_sha(r, 32)))
    return b


def k_da_booking(r):
    L = LCL["dk"]
    b = Doc("da")
    p, th = Person(r, L), Person(r, L)
    a = make_address(r, L)
    b.t("Emne: Bekræftelse af din tid – Bevægelsesklinikken\n\nHej ¤,\n\nTak for din booking. Her er detaljerne:\n\n", (p.first, P))
    b.t("Behandling: Sportsfysioterapi, første konsultation (45 min)\nTidspunkt: ¤\nBehandler: ¤\nAdresse: ¤\n\n",
        (a_dt(r, L, weekday=True), DT), (th.full, P), (a.full, ADR))
    b.t("Medlemsnummer hos Sygeforsikringen: ¤\nBookingnr.: ¤\n\n", (digits(r, 8), HPN), neg_booking(r))
    b.t("Afbud senest 24 timer før på ¤ eller via ¤. Husk løbesko og shorts.\n\nVenlig hilsen\n¤\n", (phone(r, L), PH),
        ("https://bevaegelsesklinikken.dk/booking/%s" % rs(r, 8, LO + DG), URL), (Person(r, L).first, P))
    return b


def k_no_lonnsslipp(r):
    L = LCL["no"]
    b = Doc("no")
    p = Person(r, L)
    a = make_address(r, L)
    d = rdate(r)
    start = date(d.year, d.month, 1)
    end = date(d.year, d.month, 28)
    kn = "%s.%s.%s" % (digits(r, 4), digits(r, 2), digits(r, 5)) if r.random() < 0.5 else "%s %s %s" % (digits(r, 4), digits(r, 2), digits(r, 5))
    b.t("LØNNSSLIPP – Treningssenteret Puls AS\n\nAnsatt: ¤   Ansattnr.: ¤\nAdresse: ¤\n", (p.full, P), r.randint(1000, 1999), (a.full, ADR))
    b.t("Periode: ¤ – ¤\nUtbetalingsdato: ¤\nKontonummer: ¤\n\n", (fmt_date(L, start, r, "num"), DT), (fmt_date(L, end, r, "num"), DT),
        (fmt_date(L, later(r, end, 1, 5), r), DT), (kn, ACC))
    h = r.randint(20, 90)
    b.t("Timer instruktør       ¤ t x 310,00   ¤ kr\nFeriepenger grunnlag   ¤ kr\nForskuddstrekk (tabell 7100)  -¤ kr\n",
        h, h * 310, h * 310, int(h * 310 * 0.3))
    b.t("\nSpørsmål om lønn: ¤\n", (phone(r, L), PH))
    return b


def k_fi_vammailmoitus(r):
    L = LCL["fi"]
    b = Doc("fi")
    p, coach, doc_ = Person(r, L), Person(r, L), Person(r, L)
    b.t("URHEILUVAMMAN ILMOITUS\nSeura: Urheiluseura Ponnistus ry\n\nLoukkaantunut: ¤\nSyntymäaika: ¤\nPuhelin: ¤\nSähköposti: ¤\n",
        (p.full, P), (a_dob(r, L), DOB), (phone(r, L), PH), (p.email(r), EM))
    b.t("Tapahtuma-aika: ¤\nTapahtumapaikka: ¤\nLaji: ¤\n\n", (a_dt(r, L), DT), (r.choice(L.cities)[0], LOC),
        r.choice(["salibandy", "jääkiekko", "yleisurheilu", "jalkapallo"]))
    b.t("Vamman kuvaus: nilkan inversiovamma kesken harjoituksen, turvotusta, varaus onnistuu kivuliaasti. "
        "Kipulääkkeeksi ibuprofeeni.\nPotilasnumero: ¤\nHoitava lääkäri: ¤\n\nIlmoituksen tekijä: ¤, valmentaja\n",
        (make_mrn(r), MRN), (doc_.full, P), (coach.full, P))
    return b


def k_cs_rezervace(r):
    L = LCL["cz"]
    b = Doc("cs")
    p, tr = Person(r, L), Person(r, L)
    a = make_address(r, L, unit=False)
    b.t("Předmět: Potvrzení rezervace – osobní trénink\nKomu: ¤\n\nDobrý den,\n\npotvrzujeme rezervaci osobního tréninku pro ¤.\n\n",
        (p.email(r), EM), (p.full, P))
    b.t("Trenér: ¤\nTermín: ¤\nMísto: Fitness Centrum Síla, ¤\nČíslo rezervace: ¤\nCena: ¤\nPlatba kartou: ¤\n\n",
        (tr.full, P), (a_dt(r, L), DT), (a.full, ADR), neg_booking(r), neg_amount(r, "Kč"), neg_masked_card(r))
    b.t("V případě změny volejte ¤ nebo pište na ¤.\nSpráva rezervací: ¤\n\nS pozdravem\n¤\n", (phone(r, L), PH),
        ("recepce@fitness-sila.cz", EM), ("https://fitness-sila.cz/rezervace/%s" % rs(r, 8, LO + DG), URL), (Person(r, L).full, P))
    return b


def k_tr_uyelik_formu(r):
    L = LCL["tr"]
    b = Doc("tr")
    p, ec = Person(r, L), Person(r, L)
    a = make_address(r, L)
    d = rdate(r)
    b.t("KUVVET SPOR MERKEZİ – ÜYELİK FORMU\nForm no: ¤\n\nAd Soyad: ¤\nDoğum Tarihi: ¤\nCep Telefonu: ¤\nE-posta: ¤\nAdres: ¤\n\n",
        digits(r, 6), (p.full, P), (a_dob(r, L), DOB), (phone(r, L), PH), (p.email(r), EM), (a.full, ADR))
    b.t("Üyelik Başlangıç: ¤\nÜyelik Bitiş: ¤\nPaket: 12 ay, ¤\n", (fmt_date(L, d, r), DT), (fmt_date(L, later(r, d, 360, 365), r), DT),
        neg_amount(r, "₺"))
    if r.random() < 0.5:
        b.t("Ödeme: havale, IBAN ¤\n", (make_iban(r, "TR"), IBAN))
    else:
        card, brand = make_card(r)
        b.t("Ödeme: kredi kartı ¤ (¤)\n", (card, CC), brand)
    b.t("Acil durumda aranacak kişi: ¤ – ¤\nİmza: ¤   Tarih: ¤\n", (ec.full, P), (phone(r, L), PH), (p.full, P),
        (fmt_date(L, d, r, "num"), DT))
    return b


# ---------------------------------------------------------------------------
# kinds without entities (hard negatives only)
# ---------------------------------------------------------------------------
def e_workout_plan(r):
    b = Doc("en")
    days = WEEKDAYS["en"]
    b.t("¤-WEEK BASE BUILDING PLAN (template v¤)\n\n", r.choice([6, 8, 10, 12]), neg_version(r))
    sessions = ["rest or 30 min easy spin", "6 x 400 m at 5K pace, 90 s jog recovery", "45 min Z2 run, HR 130-145 bpm",
                "strength: 3x8 split squats, 3x10 RDL, 3x30 s side plank", "20 min tempo at 4:45/km", "long run 75-95 min",
                "mobility 20 min + 8 x 20 s strides", "swim 1500 m technique, 10 x 100 m on 2:00"]
    for d in days:
        b.t("  ¤ – ¤\n", d, r.choice(sessions))
    b.t("\nTargets: goal half marathon 1:4¤:00; weekly volume +8% max; deload every third week.\n"
        "Sync workouts from ¤ to ¤. If sore, ice and rest; avoid relying on ¤ before runs.\n"
        "Next check-in: in two weeks. Last season's log lives in the ¤ folder.\n", r.randint(0, 9), r.choice(APPS),
        r.choice(BRANDS), r.choice(DRUGS), r.randint(2019, 2024))
    return b


def e_firmware_notes(r):
    b = Doc("en")
    brand, _ = r.choice(WEARABLES)
    v = neg_version(r)
    b.t("¤ firmware ¤ — release notes\nBuild ¤ | commit ¤\nImage SHA-256: ¤\n\n", brand, v, r.randint(1000, 9999),
        neg_sha(r), neg_sha(r, 64))
    b.t("Fixes\n- Heart-rate dropouts during cold-weather runs (¤)\n- GPS drift on track mode; lap splits now rounded to 0.1 s (¤)\n"
        "- Sleep stages misreported after a 14-hour wear session (¤)\n\n", neg_ticket(r), neg_ticket(r), neg_ticket(r))
    b.t("Improvements\n- Battery: up to 9 days (was 7)\n- New workout type: padel\n- Bluetooth stack updated to ¤\n\n",
        neg_version(r))
    b.t("Known issues\n- Pairing with ¤ may require a restart.\n- Device ids like ¤ shown in debug screen are not serial numbers.\n\n"
        "Rollout: staged 10% → 50% → 100% over the next two weeks.\n", r.choice(BRANDS), neg_uuid(r))
    return b


def e_ci_pipeline(r):
    b = Doc("en")
    b.t("# .gitlab-ci.yml — wearable-sync service\nimage: node:20-alpine\nstages: [test, build, deploy]\n\nvariables:\n"
        "  DB_PASSWORD: ${DB_PASSWORD}\n  STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}\n  AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY}\n"
        "  SLACK_BOT_TOKEN: ${SLACK_BOT_TOKEN}\n  IMAGE_TAG: \"¤\"\n\n", neg_version(r))
    b.t("test:\n  stage: test\n  script:\n    - npm ci\n    - npm test -- --coverage\n\n"
        "deploy:\n  stage: deploy\n  script:\n    - echo \"${{ secrets.DEPLOY_KEY }}\" > key && chmod 600 key\n"
        "    - ./deploy.sh --sha ¤ --env prod\n  only: [main]\n", neg_sha(r))
    return b


def e_masked_receipt(r):
    b = Doc("en")
    club, _ = pick_club(r)
    b.t("RECEIPT — ¤\n¤ | ¤\n\n", club, neg_invoice(r), neg_order(r))
    total = 0.0
    for _ in range(r.randint(2, 4)):
        item, price = r.choice([("Day pass", 15.0), ("Protein shake", 6.5), ("Towel hire", 2.0), ("Sauna add-on", 8.0),
                                ("Climbing shoe rental", 5.0), ("Spin class drop-in", 18.0)])
        q = r.randint(1, 3)
        total += q * price
        b.t("  ¤ x¤   $¤\n", item, q, "%.2f" % (q * price))
    b.t("\nTotal: $¤\nPaid with card ¤ (auth ¤)\nDeclined card on file: ¤ (failed validation)\nBank BIC ¤, routing ¤\n"
        "Thank you for visiting! Keep this receipt for your records.\n", "%.2f" % total, neg_masked_card(r),
        rs(r, 6, UP + DG), bad_card(r), r.choice(BICS), aba_routing(r))
    return b


def e_claims_status(r):
    b = Doc("en")
    b.t("CLAIMS STATUS REPORT — batch ¤ (payer id ¤)\nclaim_no,cpt,icd10,rendering_npi,group_no,billed,allowed,status\n",
        r.randint(1000, 9999), digits(r, 5))
    for _ in range(r.randint(4, 7)):
        b.t("¤,¤,¤,¤,GRP-¤,$¤.00,$¤,¤\n", neg_claim(r), r.choice(CPT)[0], r.choice(ICD)[0], npi(r), digits(r, 6),
            r.randint(90, 400), "%.2f" % r.uniform(40, 200), r.choice(["PAID", "DENIED-CO97", "PENDING", "PAID"]))
    b.add("Totals exclude adjustments under review. Reprocessing window: 30 days.\n")
    return b


def e_telemetry_log(r):
    b = Doc("en")
    d = rdate(r)
    dev = "PB-" + rs(r, 8, "0123456789ABCDEF")
    clk = Clock(r, d)
    for _ in range(r.randint(5, 8)):
        b.t("¤ ¤ ¤\n", clk(), r.choice(["INFO ", "DEBUG", "WARN "]), r.choice([
            "ble: connected device=%s rssi=-%d fw=%s" % (dev, r.randint(40, 90), neg_version(r)),
            "hr: sample_batch id=%s n=%d epoch=%s" % (neg_uuid(r), r.randint(60, 600), neg_epoch(r)),
            "gps: fix acquired after 00:00:%02d sats=%d hdop=%.1f" % (r.randint(3, 59), r.randint(4, 14), r.uniform(0.6, 3)),
            "battery: level=%d%% est_remaining=%dh" % (r.randint(5, 100), r.randint(2, 200)),
            "sync: queued upload digest=%s" % neg_sha(r, 64),
            "ota: version check current=%s latest=%s" % (neg_version(r), neg_version(r))]))
    return b


def e_validation_fixtures(r):
    b = Doc("en")
    b.t("# member_import/fixtures_invalid.py — every value below MUST be rejected by the validator\n"
        "INVALID_SSNS = [\"¤\", \"¤\", \"¤\"]   # area 000 / 666 / 9xx\n", "000-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999)),
        "666-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999)), "9%02d-%02d-%04d" % (r.randint(0, 99), r.randint(1, 99), r.randint(1, 9999)))
    b.t("LUHN_FAILURES = [\"¤\", \"¤\"]\nBAD_IBAN_CHECKSUMS = [\"¤\", \"¤\"]\n", bad_card(r), bad_card(r),
        bad_iban(r, r.choice(["DE", "NL", "FR"])), bad_iban(r, r.choice(["ES", "IT", "GB"])))
    b.t("MASKED = [\"¤\", \"¤\"]\nPLACEHOLDERS = [\"${MEMBER_SSN}\", \"${{ secrets.TEST_CARD }}\"]\n"
        "REQUEST_IDS = [\"¤\"]  # not PII\n", neg_masked_ssn(r), neg_masked_card(r), neg_uuid(r))
    return b


def e_de_trainingsplan(r):
    b = Doc("de")
    b.t("TRAININGSPLAN GRUNDLAGENAUSDAUER – Woche ¤ (Vorlage ¤)\n\n", r.randint(1, 12), neg_version(r))
    acts = ["Ruhetag oder 30 Min. lockeres Radfahren", "8 x 400 m im 5-km-Tempo, 90 s Trabpause", "50 Min. GA1, Puls 130–145",
            "Kraft: 3 x 10 Kniebeugen, 3 x 8 Ausfallschritte", "Langer Lauf 90 Min.", "Mobilität 20 Min. + Steigerungsläufe",
            "Schwimmen 1.500 m Technik"]
    for d in WEEKDAYS["de"]:
        b.t("  ¤: ¤\n", d, r.choice(acts))
    b.t("\nHinweise: Umfang pro Woche höchstens 10 % steigern. Daten aus ¤ in ¤ übertragen. Bei Schmerzen nicht "
        "einfach ¤ nehmen, sondern pausieren. Nächste Leistungsdiagnostik in drei Wochen.\n", r.choice(BRANDS), r.choice(APPS),
        r.choice(["Ibuprofen", "Diclofenac"]))
    return b


def e_fr_reglement(r):
    b = Doc("fr")
    b.t("RÈGLEMENT INTÉRIEUR DE LA SALLE – version ¤\n\n", neg_version(r))
    b.t("Article 1 – L'accès à la salle est réservé aux adhérents à jour de leur cotisation (¤ par mois).\n"
        "Article 2 – Les casiers (n° 1 à ¤) doivent être libérés chaque soir ; les objets oubliés sont conservés une semaine.\n"
        "Article 3 – Une serviette est obligatoire sur les machines ; les chaussures d'extérieur sont interdites en salle ¤.\n"
        "Article 4 – Les animaux ne sont pas admis, y compris ¤, la mascotte du club.\n"
        "Article 5 – Le port du cardiofréquencemètre ¤ est recommandé pour les cours collectifs de 45 minutes.\n"
        "Article 6 – Le non-respect du présent règlement peut entraîner une exclusion temporaire.\n",
        neg_amount(r, "€"), r.randint(80, 240), r.randint(1, 4), r.choice(PETS), r.choice(BRANDS))
    return b


def e_es_plan_nutricional(r):
    b = Doc("es")
    b.t("PLAN NUTRICIONAL – SEMANA DE CARGA (plantilla ¤)\n\n", neg_version(r))
    for d in WEEKDAYS["es"][:r.randint(4, 7)]:
        b.t("¤: desayuno ¤; comida ¤ (¤ g de hidratos); cena ¤.\n", d.capitalize(),
            r.choice(["avena con plátano", "tostadas con tomate y huevo", "yogur con granola", "tortitas de arroz con miel"]),
            r.choice(["arroz con pollo", "pasta con atún", "lentejas con verduras", "quinoa con salmón"]), r.randint(90, 180),
            r.choice(["pescado y verduras", "tortilla de patatas", "ensalada de garbanzos", "pavo con boniato"]))
    b.t("\nObjetivo: 8–10 g de hidratos por kg de peso los dos días previos a la carrera. Hidratación: 500 ml dos horas "
        "antes. Suplementos: cafeína 3 mg/kg, nada de ¤ sin indicación médica. Registrar en ¤.\n", r.choice(["ibuprofeno", "naproxeno"]),
        r.choice(APPS))
    return b


def e_nl_lesrooster(r):
    b = Doc("nl")
    b.t("LESROOSTER GROEPSLESSEN – seizoen ¤ (wijzigingen voorbehouden)\n\n", r.randint(2024, 2026))
    lessen = ["Spinning 45 min, zaal 2", "Bodypump 60 min, zaal 1", "Yoga 75 min, studio 3", "HIIT 30 min, buitenbaan",
              "Aquafit 45 min, bad 2", "Pilates 50 min, studio 3"]
    for d in WEEKDAYS["nl"]:
        b.t("  ¤: ochtend – ¤; avond – ¤\n", d, r.choice(lessen), r.choice(lessen))
    b.t("\nReserveren via de app; annuleren kan tot twee uur vooraf. Hartslagbanden (¤) zijn te leen aan de balie tegen "
        "een borg van ¤.\n", r.choice(BRANDS), neg_amount(r, "€"))
    return b


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
KINDS = [
    # English, with entities
    ("gym_welcome_email", "en", False, k_gym_welcome_email),
    ("trainer_session_notes", "en", False, k_trainer_session_notes),
    ("physio_referral_letter", "en", False, k_physio_referral_letter),
    ("wearable_sync_log", "en", False, k_wearable_sync_log),
    ("wearable_export_json", "en", False, k_wearable_export_json),
    ("race_registration_form", "en", False, k_race_registration_form),
    ("club_payroll_csv", "en", False, k_club_payroll_csv),
    ("injury_incident_report", "en", False, k_injury_report),
    ("hl7_adt_sports_clinic", "en", False, k_hl7_adt),
    ("fhir_patient_json", "en", False, k_fhir_patient),
    ("billing_service_env", "en", False, k_billing_env),
    ("k8s_secret_yaml", "en", False, k_k8s_secret),
    ("github_actions_workflow", "en", False, k_gha_workflow),
    ("slack_front_desk_chat", "en", False, k_slack_staff_chat),
    ("aws_credentials_ini", "en", False, k_aws_credentials),
    ("wearable_support_ticket", "en", False, k_support_ticket),
    ("trainer_invoice", "en", False, k_trainer_invoice),
    ("phone_payment_transcript", "en", False, k_phone_payment_transcript),
    ("sports_med_discharge_summary", "en", False, k_discharge_summary),
    ("pt_prior_authorization", "en", False, k_insurance_preauth),
    ("x12_837_physio_claim", "en", False, k_x12_837),
    ("vcard_staff_contact", "en", False, k_vcard),
    ("ics_physio_appointment", "en", False, k_ics_session),
    ("telehealth_invite", "en", False, k_telehealth_invite),
    ("llm_prompt_physio_summary", "en", False, k_llm_prompt_physio),
    ("llm_prompt_training_plan", "en", False, k_llm_prompt_training_plan),
    ("curl_activity_upload", "en", False, k_curl_api_request),
    ("api_member_response", "en", False, k_api_member_response),
    ("nginx_access_log", "en", False, k_nginx_access_log),
    ("xml_member_export", "en", False, k_xml_member_export),
    ("sepa_mandate_en", "en", False, k_sepa_mandate_en),
    ("direct_deposit_email", "en", False, k_direct_deposit_email),
    ("coach_onboarding_form", "en", False, k_coach_onboarding_form),
    ("team_van_driver_check", "en", False, k_van_driver_check),
    ("team_travel_itinerary", "en", False, k_team_travel_itinerary),
    ("concussion_assessment", "en", False, k_concussion_note),
    ("youth_consent_form", "en", False, k_youth_consent_form),
    ("door_access_log_csv", "en", False, k_door_access_log),
    ("booking_service_yaml", "en", False, k_booking_service_yaml),
    ("deploy_key_ticket", "en", False, k_deploy_key_ticket),
    ("sdk_issue_with_jwt", "en", False, k_jwt_sdk_issue),
    ("oauth_integrations_toml", "en", False, k_oauth_app_config),
    ("sms_reminder_batch", "en", False, k_sms_reminder_batch),
    ("voicemail_transcript", "en", False, k_voicemail_transcript),
    ("nutrition_intake", "en", False, k_nutrition_intake),
    ("race_results_csv", "en", False, k_race_results_csv),
    ("refund_dispute_email", "en", False, k_refund_dispute_email),
    ("mri_knee_report", "en", False, k_mri_report),
    ("gcp_service_account_json", "en", False, k_gcp_service_account),
    # other languages, with entities
    ("de_mitgliedsvertrag", "de", False, k_de_mitgliedsvertrag),
    ("de_physio_befundbericht", "de", False, k_de_physio_befund),
    ("de_wearable_support_email", "de", False, k_de_wearable_support),
    ("fr_certificat_medical", "fr", False, k_fr_certificat_medical),
    ("fr_email_adhesion", "fr", False, k_fr_email_adhesion),
    ("es_inscripcion_carrera", "es", False, k_es_inscripcion_carrera),
    ("es_whatsapp_entrenador", "es", False, k_es_whatsapp_entrenador),
    ("it_certificato_idoneita", "it", False, k_it_certificato_idoneita),
    ("it_email_disdetta_palestra", "it", False, k_it_email_palestra),
    ("pt_recibo_ginasio", "pt", False, k_pt_recibo_ginasio),
    ("nl_opzegging_sportschool", "nl", False, k_nl_opzegging),
    ("pl_deklaracja_czlonkowska", "pl", False, k_pl_deklaracja),
    ("sv_medlemsregister_csv", "sv", False, k_sv_medlemsregister),
    ("da_fysioterapi_booking", "da", False, k_da_booking),
    ("no_lonnsslipp", "no", False, k_no_lonnsslipp),
    ("fi_urheiluvamma_ilmoitus", "fi", False, k_fi_vammailmoitus),
    ("cs_rezervace_trenink", "cs", False, k_cs_rezervace),
    ("tr_uyelik_formu", "tr", False, k_tr_uyelik_formu),
    # no entities, hard negatives only
    ("empty_workout_plan", "en", True, e_workout_plan),
    ("empty_firmware_release_notes", "en", True, e_firmware_notes),
    ("empty_ci_pipeline_refs", "en", True, e_ci_pipeline),
    ("empty_masked_receipt", "en", True, e_masked_receipt),
    ("empty_claims_status_report", "en", True, e_claims_status),
    ("empty_device_telemetry_log", "en", True, e_telemetry_log),
    ("empty_validation_fixtures", "en", True, e_validation_fixtures),
    ("empty_de_trainingsplan", "de", True, e_de_trainingsplan),
    ("empty_fr_reglement_interieur", "fr", True, e_fr_reglement),
    ("empty_es_plan_nutricional", "es", True, e_es_plan_nutricional),
    ("empty_nl_lesrooster", "nl", True, e_nl_lesrooster),
]

_EMPTY = [k for k in KINDS if k[2]]
_EN = [k for k in KINDS if not k[2] and k[1] == "en"]
_OTHER = [k for k in KINDS if not k[2] and k[1] != "en"]
P_EMPTY, P_OTHER = 0.12, 0.215


def _pad(b, r, lang):
    pads = PAD.get(lang, PAD["en"])
    while len(b) < MIN_LEN:
        b.add(("\n" if b.text().endswith("\n") else "\n\n") + r.choice(pads))


def _make(seed, i):
    r = random.Random(f"blind64-{seed}-{i}")
    u = r.random()
    pool = _EMPTY if u < P_EMPTY else (_OTHER if u < P_EMPTY + P_OTHER else _EN)
    name, lang, is_empty, fn = r.choice(pool)
    for _ in range(50):
        b = fn(r)
        _pad(b, r, lang)
        if len(b) <= MAX_LEN:
            break
    text = b.text()
    ents = sorted(b.ents, key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"blind64-{seed}-{i:06d}", "text": text, "entities": ents}
    return name, lang, doc


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
_SHAPES = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z0-9]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    "SLACK_TOKEN": re.compile(r"xox[abpe]-[0-9]{10,13}-[0-9]{10,13}(-[0-9]{10,13})?-[A-Za-z0-9]{24,32}"),
    "STRIPE_KEY": re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}"),
    "JWT": re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{20,}"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN ([A-Z]+ )*PRIVATE KEY-----.+-----END ([A-Z]+ )*PRIVATE KEY-----", re.S),
    "URL": re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/[^\s\"'<>]*)?"),
    "PHONE_NUMBER": re.compile(r"\+?[0-9()][0-9 ().\-/]{5,22}[0-9]"),
    "DATE_OF_BIRTH": re.compile(r".*\d.*"),
    "DATE_TIME": re.compile(r".*\d.*", re.S),
}
_HONORIFIC = re.compile(r"^(Dr|Mr|Mrs|Ms|Herr|Frau|Mme|M|Sra|Sr|Dott|Sig|Pan|Pani|dhr|mevr|MUDr)\.?\s")
_SECRET_TYPES = {AKID, ASK, GH, SL, STR, JWT, PK, PW, GS}


def validate(doc):
    probs = []
    text = doc.get("text", "")
    if not isinstance(text, str):
        return ["text is not a string"]
    if not MIN_LEN <= len(text) <= MAX_LEN:
        probs.append("length %d out of range" % len(text))
    ents = doc.get("entities", [])
    if [(e["start"], e["end"]) for e in ents] != sorted((e["start"], e["end"]) for e in ents):
        probs.append("entities not sorted by start")
    prev_end = -1
    for e in ents:
        s, t, typ = e.get("start"), e.get("end"), e.get("type")
        tag = "%s[%s:%s]" % (typ, s, t)
        if typ not in TYPES:
            probs.append("%s: unknown type" % tag)
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            probs.append("%s: span out of range" % tag)
            continue
        if s < prev_end:
            probs.append("%s: overlaps previous span" % tag)
        prev_end = max(prev_end, t)
        v = text[s:t]
        if v != v.strip():
            probs.append("%s: leading/trailing whitespace %r" % (tag, v))
        if typ not in _SECRET_TYPES and v[-1] in ".,;:" and typ != "PRIVATE_KEY":
            probs.append("%s: trailing punctuation %r" % (tag, v))
        if typ not in _SECRET_TYPES:
            if v[:1] in "\"'«„“" or v[-1:] in "\"'»“”":
                probs.append("%s: quote at span edge %r" % (tag, v))
            if any(v.count(o) != v.count(c) for o, c in ("()", "[]", "{}", "<>")):
                probs.append("%s: unbalanced bracket in span %r" % (tag, v))
        if typ == "CREDIT_CARD" and not luhn_ok(v):
            probs.append("%s: Luhn check failed %r" % (tag, v))
        elif typ == "IBAN_CODE" and not iban_ok(v):
            probs.append("%s: IBAN mod-97 failed %r" % (tag, v))
        elif typ == "US_SSN" and not ssn_ok(v):
            probs.append("%s: invalid SSN %r" % (tag, v))
        elif typ == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append("%s: not an IP %r" % (tag, v))
        elif typ == "PERSON" and _HONORIFIC.match(v):
            probs.append("%s: honorific inside span %r" % (tag, v))
        elif typ == "PERSON" and v.endswith("'s"):
            probs.append("%s: possessive inside span %r" % (tag, v))
        elif typ == "URL" and ("@" in v or re.search(r"//\d+\.\d+\.\d+\.\d+", v)):
            probs.append("%s: URL contains e-mail or IP %r" % (tag, v))
        elif typ == "PHONE_NUMBER" and not 7 <= sum(c.isdigit() for c in v) <= 15:
            probs.append("%s: phone digit count %r" % (tag, v))
        rx = _SHAPES.get(typ)
        if rx and not rx.fullmatch(v):
            probs.append("%s: shape mismatch %r" % (tag, v))
    return probs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _check(n, seed):
    from collections import Counter
    type_counts, kind_counts, lang_counts = Counter(), Counter(), Counter()
    n_bad, n_empty, lens = 0, 0, []
    examples = []
    names = [k[0] for k in KINDS]
    if len(names) != len(set(names)):
        examples.append("duplicate kind names")
    for i in range(n):
        name, lang, doc = _make(seed, i)
        probs = validate(doc)
        kind_counts[name] += 1
        lang_counts[lang] += 1
        lens.append(len(doc["text"]))
        if not doc["entities"]:
            n_empty += 1
        is_empty = next(k[2] for k in KINDS if k[0] == name)
        if is_empty and doc["entities"]:
            probs.append("empty kind produced entities")
        if not is_empty and not doc["entities"]:
            probs.append("entity kind produced no entities")
        for e in doc["entities"]:
            type_counts[e["type"]] += 1
        if probs:
            n_bad += 1
            examples.extend("%s (%s): %s" % (doc["id"], name, p) for p in probs[:3])
    missing_types = [t for t in TYPES if not type_counts[t]]
    unused_kinds = [k[0] for k in KINDS if not kind_counts[k[0]]]
    print("documents:        %d (seed %d)" % (n, seed))
    print("kinds defined:    %d  (used %d)" % (len(KINDS), len(kind_counts)))
    print("non-English docs: %.1f%%" % (100.0 * (n - lang_counts["en"]) / n))
    print("docs w/o entities: %.1f%%" % (100.0 * n_empty / n))
    print("length min/avg/max: %d / %d / %d" % (min(lens), sum(lens) // len(lens), max(lens)))
    print("languages:        " + ", ".join("%s=%d" % kv for kv in sorted(lang_counts.items())))
    print("entity counts:")
    for t in TYPES:
        print("  %-22s %6d" % (t, type_counts[t]))
    if missing_types:
        examples.append("types never produced: %s" % ", ".join(missing_types))
    if unused_kinds:
        examples.append("kinds never produced: %s" % ", ".join(unused_kinds))
    print("documents with problems: %d" % n_bad)
    for line in examples[:40]:
        print("  PROBLEM " + line)
    ok = n_bad == 0 and not missing_types and not unused_kinds and len(names) == len(set(names))
    print("CHECK " + ("PASSED" if ok else "FAILED"))
    return 0 if ok else 1


def _sample(k, seed):
    for i in range(k):
        name, lang, doc = _make(seed, i)
        print("=" * 78)
        print("%s  kind=%s  lang=%s  chars=%d" % (doc["id"], name, lang, len(doc["text"])))
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print("  %-22s %5d-%-5d %r" % (e["type"], e["start"], e["end"], doc["text"][e["start"]:e["end"]]))
        if not doc["entities"]:
            print("  (no entities)")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 64 -- sports, fitness clubs and wearables.")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate them")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with their labelled spans")
    ap.add_argument("--n", type=int, default=None, help="number of documents")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl", help="write documents as JSONL")
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
        print("wrote %d documents to %s" % (n, a.output), file=sys.stderr)
    if not (a.check or a.sample or a.output):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
