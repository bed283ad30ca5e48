"""Blind corpus 59 -- non-profits and events.

Synthetic, labelled documents from the world of charities and events: donor
letters and Gift Aid declarations, fundraising CRM exports and configuration,
direct-debit mandates, volunteer rosters and applications, ticketing and
festival box-office traffic, conference speaker management (CFPs, travel,
honoraria), membership clubs and associations, first-aid incidents at events,
plus the logs, configs and chat noise that surround those systems.  About a
quarter of the documents are in German, French, Spanish, Italian, Portuguese,
Dutch, Polish, Swedish, Turkish or romanized Japanese; about one in eight
contains no entity at all but carries hard negatives (order numbers, versions,
log timestamps, amounts, masked values, codes).

Usage: python3 bench/corpus_blind59.py [--check | --sample K | --n N --seed S --output F.jsonl]

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
import collections
import datetime as _dt
import ipaddress
import json
import random
import re
import sys
import unicodedata

# --------------------------------------------------------------------------
# types
PER, EML, PHN, SSN, CC, IBAN = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER",
                                "US_SSN", "CREDIT_CARD", "IBAN_CODE")
IP, DOB, DT, LOC, ADR, URL = ("IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME",
                              "LOCATION", "ADDRESS", "URL")
MRN, HPN, ACC, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
                     "ACCOUNT_NUMBER", "DRIVER_LICENSE")
AKI, ASK, GHT, SLK, STR = ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN",
                           "SLACK_TOKEN", "STRIPE_KEY")
JWT, PEM, PWD, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"

TYPES = [PER, EML, PHN, SSN, CC, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN, HPN,
         ACC, DL, AKI, ASK, GHT, SLK, STR, JWT, PEM, PWD, SEC]
SECRET_TYPES = {AKI, ASK, GHT, SLK, STR, JWT, PEM, PWD, SEC}


# --------------------------------------------------------------------------
# builder
class L(tuple):
    """A labelled value: L(value, type). type None means plain text."""

    def __new__(cls, v, t=None):
        return tuple.__new__(cls, (v, t))

    @property
    def v(self):
        return self[0]

    @property
    def t(self):
        return self[1]


class Builder:
    """Append text piece by piece, recording entity spans as they are added."""

    def __init__(self):
        self._parts = []
        self._len = 0
        self.ents = []

    def t(self, *chunks):
        for c in chunks:
            if isinstance(c, L):
                self.e(c.v, c.t)
            elif c:
                self._parts.append(c)
                self._len += len(c)
        return self

    def e(self, value, typ):
        if not value:
            return self
        if typ is None:
            return self.t(value)
        start = self._len
        self._parts.append(value)
        self._len += len(value)
        self.ents.append({"start": start, "end": self._len, "type": typ})
        return self

    def f(self, template, *args):
        pieces = template.split("{}")
        if len(pieces) != len(args) + 1:
            raise ValueError("template/arg mismatch: %r" % template[:60])
        for k, piece in enumerate(pieces):
            self.t(piece)
            if k < len(args):
                a = args[k]
                self.t(a if isinstance(a, L) else str(a))
        return self

    def kv(self, label, value, typ=None, sep=": ", end="\n"):
        self.t(label, sep)
        self.e(value, typ) if typ else self.t(value)
        self.t(end)
        return self

    def text(self):
        return "".join(self._parts)


def jdump(b, obj, ind=2, lvl=0, compact=False):
    """Write obj as JSON into builder b; L values become labelled spans."""
    if isinstance(obj, L):
        v, t = obj
        if isinstance(v, str):
            b.t('"')
            b.e(json.dumps(v, ensure_ascii=False)[1:-1], t)
            b.t('"')
        else:
            b.e(json.dumps(v), t)
        return
    if isinstance(obj, dict):
        items = list(obj.items())
        if not items:
            b.t("{}")
            return
        if compact:
            b.t("{")
            for k, (key, val) in enumerate(items):
                b.t(json.dumps(key, ensure_ascii=False) + ": ")
                jdump(b, val, ind, lvl + 1, compact)
                if k < len(items) - 1:
                    b.t(", ")
            b.t("}")
            return
        pad = " " * (ind * (lvl + 1))
        b.t("{\n")
        for k, (key, val) in enumerate(items):
            b.t(pad + json.dumps(key, ensure_ascii=False) + ": ")
            jdump(b, val, ind, lvl + 1, compact)
            b.t(",\n" if k < len(items) - 1 else "\n")
        b.t(" " * (ind * lvl) + "}")
        return
    if isinstance(obj, list):
        if not obj:
            b.t("[]")
            return
        if compact:
            b.t("[")
            for k, val in enumerate(obj):
                jdump(b, val, ind, lvl + 1, compact)
                if k < len(obj) - 1:
                    b.t(", ")
            b.t("]")
            return
        pad = " " * (ind * (lvl + 1))
        b.t("[\n")
        for k, val in enumerate(obj):
            b.t(pad)
            jdump(b, val, ind, lvl + 1, compact)
            b.t(",\n" if k < len(obj) - 1 else "\n")
        b.t(" " * (ind * lvl) + "]")
        return
    b.t(json.dumps(obj, ensure_ascii=False))


# --------------------------------------------------------------------------
# valid-value helpers
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LOW + DIG
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for k, d in enumerate(reversed(digits)):
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card_number(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, n = "4" + rs(rng, DIG, 5), 16
    elif brand == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    raw = luhn_complete(pre + rs(rng, DIG, n - 1 - len(pre)))
    style = rng.random()
    if n == 15:
        if style < 0.6:
            return raw[:4] + " " + raw[4:10] + " " + raw[10:]
        return raw
    if style < 0.5:
        return " ".join(raw[k:k + 4] for k in range(0, 16, 4))
    if style < 0.7:
        return "-".join(raw[k:k + 4] for k in range(0, 16, 4))
    return raw


def non_luhn(rng, n, prefix=""):
    """Digit string of length n that fails the Luhn check."""
    raw = prefix + rs(rng, DIG, n - len(prefix))
    if luhn_ok(raw):
        raw = raw[:-1] + str((int(raw[-1]) + 1) % 10)
    return raw


def bad_card(rng):
    """16 digits that fail Luhn (hard negative)."""
    raw = "4" + rs(rng, DIG, 14)
    good = luhn_complete(raw)
    bad = raw + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return " ".join(bad[k:k + 4] for k in range(0, 16, 4)) if rng.random() < 0.5 else bad


def masked_card(rng):
    last4 = rs(rng, DIG, 4)
    return rng.choice(["**** **** **** " + last4, "XXXX-XXXX-XXXX-" + last4,
                       "ending " + last4, "•••• " + last4, "4***********" + last4])


IBAN_SPEC = {"DE": "18n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n",
             "GB": "4a14n", "PL": "24n", "PT": "21n", "SE": "20n", "TR": "22n",
             "BE": "12n", "AT": "16n", "IE": "4a14n", "CH": "17n"}
BANK4 = {"NL": ["INGB", "ABNA", "RABO", "TRIO", "SNSB"],
         "GB": ["BARC", "NWBK", "LOYD", "HBUK", "MIDL"],
         "IE": ["AIBK", "BOFI", "IPBS"]}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(rng, cc=None, grouped=None):
    cc = cc or rng.choice(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([na])", spec):
        cnt = int(cnt)
        if kind == "a":
            bban += rng.choice(BANK4[cc]) if cnt == 4 and cc in BANK4 else rs(rng, UP, cnt)
        else:
            bban += rs(rng, DIG, cnt)
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, check, bban)
    assert iban_ok(s)
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4)) if grouped else s


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def ssn(rng, sep=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    sep = sep if sep is not None else rng.choice(["-", "-", "-", " ", ""])
    return s[:3] + sep + s[3:5] + sep + s[5:]


def bad_ssn(rng):
    a = rng.choice(["000", "666", "9%02d" % rng.randint(0, 99)])
    return "%s-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def b64url(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def jwt(rng):
    header = {"alg": rng.choice(["HS256", "RS256", "ES256", "HS512"]), "typ": "JWT"}
    if rng.random() < 0.3:
        header["kid"] = rs(rng, HEX, 8)
    iat = rng.randint(1700000000, 1760000000)
    payload = {"sub": rng.choice(["usr_", "vol_", "don_", "spk_"]) + rs(rng, ALNUM, 10),
               "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
               "scope": rng.choice(["tickets:read", "donors:write", "roster:admin", "checkin"])}
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64url(rng.randbytes(rng.choice([32, 32, 64]))))


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", x) for x in parts):
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except Exception:
        return False
    return isinstance(hdr, dict) and "alg" in hdr


def pem(rng, label=None):
    label = label or rng.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY",
                                 "OPENSSH PRIVATE KEY"])
    size = {"RSA PRIVATE KEY": 610, "EC PRIVATE KEY": 121, "PRIVATE KEY": 138,
            "OPENSSH PRIVATE KEY": 399}[label]
    body = base64.b64encode(rng.randbytes(size)).decode()
    w = 70 if label.startswith("OPENSSH") else 64
    lines = [body[k:k + w] for k in range(0, len(body), w)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


PEM_RE = re.compile(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----(?:\n|\\n)[A-Za-z0-9+/=\n\\]+?(?:\n|\\n)-----END \1-----")


def aws_access(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(rng, UP + "234567", 16)


def aws_secret(rng):
    return rs(rng, ALNUM + "/+", 40)


def gh_token(rng):
    if rng.random() < 0.2:
        return "github_pat_" + rs(rng, ALNUM, 22) + "_" + rs(rng, ALNUM, 59)
    return rng.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rs(rng, ALNUM, 36)


def slack_token(rng):
    kind = rng.choice(["xoxb", "xoxb", "xoxp"])
    if kind == "xoxb":
        return "xoxb-%s-%s-%s" % (rs(rng, DIG, 12), rs(rng, DIG, 13), rs(rng, ALNUM, 24))
    return "xoxp-%s-%s-%s-%s" % (rs(rng, DIG, 12), rs(rng, DIG, 12), rs(rng, DIG, 13), rs(rng, HEX, 32))


def stripe_key(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(rng, ALNUM, rng.choice([24, 34, 99]))


def generic_secret(rng, kind=None):
    kind = kind or rng.choice(["whsec", "sg", "mc", "hex", "b64", "tok"])
    if kind == "whsec":
        return "whsec_" + rs(rng, ALNUM, 32)
    if kind == "sg":
        return "SG." + rs(rng, ALNUM + "_-", 22) + "." + rs(rng, ALNUM + "_-", 43)
    if kind == "mc":
        return rs(rng, HEX, 32) + "-us" + str(rng.randint(2, 21))
    if kind == "hex":
        return rs(rng, HEX, rng.choice([32, 40, 64]))
    if kind == "b64":
        return base64.b64encode(rng.randbytes(rng.choice([24, 33, 48]))).decode().rstrip("=")
    return rng.choice(["tkn_", "pat_", "sess_", "api_"]) + rs(rng, ALNUM, 32)


PW_WORDS = ["lantern", "harbour", "kestrel", "meadow", "gala", "raffle", "volunteer",
            "ticket", "festival", "marquee", "bunting", "tombola", "choir", "rosette",
            "sunflower", "bluebell", "compass", "Otter", "Falcon", "granite"]


def password(rng, safe=False):
    """Realistic password; safe=True avoids characters that break DSNs/INI."""
    style = rng.randint(0, 4)
    syms = "!#$%*-_" if safe else "!#$%&*?-_.+"
    if style == 0:
        pw = rng.choice(PW_WORDS).capitalize() + str(rng.randint(10, 2099)) + rng.choice(syms)
    elif style == 1:
        pw = rs(rng, ALNUM + syms, rng.randint(10, 18))
    elif style == 2:
        pw = "-".join(rng.choice(PW_WORDS).lower() for _ in range(3)) + str(rng.randint(1, 99))
    elif style == 3:
        pw = rng.choice(PW_WORDS)[:4].capitalize() + rng.choice(syms) + rs(rng, DIG, 4) + rs(rng, UP, 2)
    else:
        pw = rs(rng, LOW, 3) + rs(rng, DIG, 3) + rng.choice(syms) + rs(rng, UP + LOW, 5)
    pw = pw.strip(".")
    return pw


def ipv4(rng, private=None):
    if private is None:
        private = rng.random() < 0.35
    if private:
        pre = rng.choice(["10.%d" % rng.randint(0, 255), "192.168", "172.%d" % rng.randint(16, 31)])
        return "%s.%d.%d" % (pre, rng.randint(0, 254), rng.randint(1, 254))
    while True:
        a = rng.randint(11, 223)
        if a not in (127, 169, 172, 192, 10, 100):
            break
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    groups = ["2001", "db8"] if rng.random() < 0.3 else [rng.choice(["2a02", "2600", "2a01", "2607", "2a00"]), "%x" % rng.randint(0x100, 0xffff)]
    groups += ["%x" % rng.randint(0, 0xffff) for _ in range(6)]
    s = ":".join(groups)
    return str(ipaddress.IPv6Address(s))


def ip(rng):
    return ipv6(rng) if rng.random() < 0.2 else ipv4(rng)


def uuid(rng):
    h = rs(rng, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def sha(rng, n=40):
    return rs(rng, HEX, n)


def version(rng):
    return "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 24), rng.randint(0, 40))


def order_no(rng, pre=None):
    pre = pre or rng.choice(["ORD", "TKT", "INV", "BK", "RC", "CASE", "REF"])
    return "%s-%d-%s" % (pre, rng.randint(2023, 2026), rs(rng, DIG + UP[:6], 6))


def money(rng, cur="£", lo=5, hi=500):
    v = rng.randint(lo * 100, hi * 100) / 100
    if cur in ("€",):
        return ("%.2f" % v).replace(".", ",") + " €"
    return "%s%.2f" % (cur, v)


def plate(rng):
    return rng.choice(["%s%d %s" % (rs(rng, UP, 2), rng.randint(10, 75), rs(rng, UP, 3)),
                       "%s-%s %d" % (rs(rng, UP, 2), rs(rng, UP, 2), rng.randint(100, 9999)),
                       "%s %s" % (rs(rng, UP + DIG, 3), rs(rng, DIG, 4))])


def vin(rng):
    return rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


ASCII_MAP = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "ß": "ss", "ø": "o",
                           "Ø": "O", "æ": "ae", "œ": "oe", "đ": "d", "'": "", " ": "",
                           "-": ""})


def ascii_slug(s):
    s = s.translate(ASCII_MAP)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


# --------------------------------------------------------------------------
# data pools
def _w(s):
    return [x.strip() for x in s.split("|") if x.strip()]


NAMES = {
    "en": (_w("James|Olivia|Liam|Emma|Noah|Charlotte|Amelia|Oliver|Harper|Ethan|Grace|Hannah|Samuel|"
              "Chloe|Benjamin|Megan|Callum|Siobhan|Niamh|Rhys|Cerys|Eilidh|Alasdair|Ruairi|Tegan|Declan|"
              "Priya|Arjun|Ananya|Rohan|Kavya|Vikram|Deepika|Sanjay|Nandini|Wei|Xiaoling|Jun|Mei|Zhiyuan|"
              "Yifan|Chinonso|Adaeze|Oluwaseun|Tunde|Ngozi|Emeka|Folake|Omar|Layla|Yusuf|Fatima|Karim|Nour|"
              "Hamza|Amira|Min-jun|Seo-yeon|Ji-ho|Thanh|Linh|Duc|Aroha|Tane|Wiremu|Kofi|Ama|Esi|Saoirse|"
              "Oisín|Tavita|Leilani|Nkechi|Thandiwe|Sipho|Zanele|Bongani|Marisol|Dolores|Ezekiel|Imogen|"
              "Percival|Winifred|Bartholomew|Delphine|Tobiah|Juniper|Rosalind|Cormac|Aoife|Iestyn|Mairead|"
              "Dashiell|Keziah|Ottilie|Florence|Marcus|Jasmine|Darnell|Latoya|Tyrone|Shanice|DeShawn|Ximena"),
           _w("Smith|Johnson|Williams|Brown|Okafor|Adeyemi|Nguyen|Tran|Patel|Sharma|Iyer|Chen|Wang|Li|"
              "Kim|Park|O'Brien|MacLeod|Fitzgerald|Van der Berg|Kowalczyk|Haddad|Al-Masri|Rahman|Hussain|"
              "Mensah|Asante|Dlamini|Nkosi|Ngata|Featherstonehaugh|Cholmondeley|Ramírez|García-López|"
              "Rossi|Johansson|Yılmaz|Tanaka|Da Silva|Eze|Obi|Abernathy|Whitlock|Pemberton|Lindqvist|"
              "Castellanos|Oyelaran|Quaye|Nakamura|Goldberg|Friedman|Novak|Dvořák|Horvat|Papadopoulos|"
              "Kaur|Singh|Banerjee|Mukherjee|Evans|Hughes|Jones|Davies|Thomas|Roberts|McAllister|"
              "Ó Súilleabháin|Washington|Jefferson|Delacroix|Bergstrom|Nakashima|Oduya|Achterberg|"
              "Kealoha|Tuilagi|Blackfeather|Running Water|Szabo|Petrov|Ivanova|Moreau|Ferreira|Clarke")),
    "de": (_w("Lukas|Leonie|Jonas|Hannah|Felix|Marie|Maximilian|Sophie|Tobias|Katharina|Jürgen|Ursula|"
              "Wolfgang|Gisela|Friedrich|Annegret|Dietmar|Sabine|Kai|Mareike|Hans-Peter|Ilse|Bärbel|Till"),
           _w("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schäfer|Koch|Richter|"
              "Wolf|Schröder|Neumann|Zimmermann|Krüger|Hartmann|Lange|Weiß|Brandt|Vogt|Oberholzer|Kühn|"
              "Janßen|von Bülow|Özkan|Nowicki")),
    "fr": (_w("Camille|Louis|Chloé|Hugo|Léa|Théo|Manon|Mathieu|Élodie|Baptiste|Margaux|Yannick|Sandrine|"
              "Gaëlle|Benoît|Aurélie|Jean-Pierre|Marie-Claire|Rémi|Solène|Amadou|Inès|Gwenaël|Maëlys"),
           _w("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|"
              "Lefèbvre|Michel|Garnier|Faure|Rousseau|Blanchard|Guérin|Chevalier|Lemaire|Benali|Ndiaye|"
              "Le Goff|Kerhervé|de la Tour")),
    "es": (_w("Lucía|Hugo|Martina|Mateo|Sofía|Alejandro|Valeria|Pablo|Carmen|Javier|Noelia|Íñigo|"
              "Ainhoa|Rocío|Guillermo|Begoña|José Luis|María José|Xabier|Montserrat|Nerea|Iker"),
           _w("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|"
              "Ruiz|Hernández|Díaz|Moreno|Álvarez|Etxeberria|Iglesias|Castaño|Villanueva|Ibáñez|Quiroga")),
    "it": (_w("Giulia|Francesco|Sofia|Alessandro|Aurora|Lorenzo|Chiara|Matteo|Federica|Giuseppe|"
              "Maria Grazia|Pierluigi|Annalisa|Gianmarco|Benedetta|Salvatore|Ilaria|Raffaele"),
           _w("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
              "De Luca|Mancini|Costa|Giordano|Lombardi|Fontana|Barbieri|D'Angelo|Lo Iacono")),
    "pt": (_w("João|Maria|Ana|Pedro|Beatriz|Tiago|Inês|Rafael|Mariana|Gonçalo|Carolina|Duarte|Leonor|"
              "Rui|Filipa|Vasco|Conceição"),
           _w("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|"
              "Gonçalves|Gomes|Lopes|Marques|Carvalho|Almeida|Ribeiro|Magalhães")),
    "nl": (_w("Daan|Emma|Sem|Julia|Lucas|Mila|Finn|Tess|Bram|Sanne|Joost|Marloes|Pieter|Femke|Ruud|"
              "Anouk|Wouter|Ilse|Geert|Lieke"),
           _w("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|"
              "Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|Oosterhuis")),
    "pl": (_w("Jakub|Zuzanna|Antoni|Julia|Jan|Maja|Szymon|Zofia|Franciszek|Hanna|Wojciech|Agnieszka|"
              "Katarzyna|Grzegorz|Małgorzata|Łukasz|Bożena|Przemysław"),
           _w("Nowak|Kowalski|Wiśniewska|Wójcik|Kowalczyk|Kamiński|Lewandowska|Zieliński|Szymańska|"
              "Woźniak|Dąbrowski|Kozłowska|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowska|Grabowski|"
              "Brzęczyszczykiewicz")),
    "sv": (_w("Erik|Astrid|Lars|Ingrid|Nils|Elsa|Oskar|Maja|Gustav|Linnea|Björn|Sigrid|Axel|Freja|"
              "Åsa|Göran"),
           _w("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|"
              "Gustafsson|Lindqvist|Bergström|Sjöberg|Lundgren|Åberg|Öberg")),
    "tr": (_w("Mehmet|Ayşe|Mustafa|Fatma|Emre|Zeynep|Burak|Elif|Can|Selin|Oğuz|Gülşen|Hüseyin|İrem|"
              "Ümit|Çağla"),
           _w("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|"
              "Aslan|Çetin|Kara|Koç|Kurt")),
    "ja": (_w("Haruto|Yui|Sota|Hina|Riku|Aoi|Yuto|Sakura|Kaito|Mei|Takeshi|Keiko|Hiroshi|Yumiko|"
              "Daisuke|Naoko|Ryota|Emi"),
           _w("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|"
              "Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu")),
}

TITLES = {"en": ["Mr", "Mrs", "Ms", "Dr", "Mx", "Prof.", "Rev.", "Mr.", "Ms.", "Dr."],
          "de": ["Herr", "Frau", "Dr.", "Herr Dr.", "Frau Prof."],
          "fr": ["M.", "Mme", "Dr", "Mlle", "Me"],
          "es": ["Sr.", "Sra.", "D.", "Dña.", "Dr."],
          "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv."],
          "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
          "nl": ["dhr.", "mevr.", "Dhr.", "Mevr."],
          "pl": ["Pan", "Pani", "dr"],
          "sv": [""], "tr": [""], "ja": [""]}

# loc code -> language used for its dates
LANG_OF = {"us": "en", "uk": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt",
           "nl": "nl", "pl": "pl", "sv": "sv", "tr": "tr", "ja": "ja"}

US_CITIES = [("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Minneapolis", "MN", "554"),
             ("Asheville", "NC", "288"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"),
             ("Burlington", "VT", "054"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537"),
             ("Ann Arbor", "MI", "481"), ("Santa Fe", "NM", "875"), ("Oakland", "CA", "946"),
             ("Providence", "RI", "029"), ("Denver", "CO", "802"), ("Baton Rouge", "LA", "708"),
             ("Duluth", "MN", "558"), ("Missoula", "MT", "598"), ("Honolulu", "HI", "968")]
US_STATES = {"OR": "Oregon", "TX": "Texas", "MN": "Minnesota", "NC": "North Carolina", "ID": "Idaho",
             "GA": "Georgia", "VT": "Vermont", "AZ": "Arizona", "WI": "Wisconsin", "MI": "Michigan",
             "NM": "New Mexico", "CA": "California", "RI": "Rhode Island", "CO": "Colorado",
             "LA": "Louisiana", "MT": "Montana", "HI": "Hawaii"}
US_STREETS = _w("Maple|Oak|Cedar|Willow|Magnolia|Juniper|Sycamore|Lakeview|Hillcrest|Riverside|"
                "Chestnut|Elm|Prospect|Greenwood|Marigold|Old Mill|Cherry Blossom|Pinecrest")
US_SUFFIX = _w("Street|Ave|Road|Lane|Drive|Blvd|Court|Way|Place|Terrace")
UK_CITIES = [("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("York", "YO"), ("Brighton", "BN"),
             ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Belfast", "BT"),
             ("Exeter", "EX"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Bath", "BA"),
             ("Canterbury", "CT"), ("Inverness", "IV"), ("Aberystwyth", "SY"), ("Penzance", "TR"),
             ("Kendal", "LA"), ("Whitby", "YO"), ("Llandudno", "LL")]
UK_STREETS = _w("Kingfisher Close|Mill Lane|Station Road|Church Street|Victoria Terrace|Orchard Way|"
                "The Crescent|High Street|Meadow View|Beech Grove|Wellington Road|Abbey Gardens|"
                "Heather Bank|Chapel Row|Ropewalk|Tanners Yard|Cromwell Avenue")
DE_CITIES = [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"),
             ("Frankfurt am Main", "60"), ("Leipzig", "04"), ("Dresden", "01"),
             ("Freiburg im Breisgau", "79"), ("Münster", "48"), ("Heidelberg", "69"), ("Bremen", "28"),
             ("Nürnberg", "90"), ("Kassel", "34"), ("Rostock", "18"), ("Göttingen", "37")]
DE_STREETS = _w("Hauptstraße|Lindenallee|Bahnhofstraße|Gartenweg|Schillerstraße|Goethestraße|"
                "Am Marktplatz|Rosenweg|Birkenweg|Kastanienallee|Mühlenstraße|Kirchgasse|Uferstraße")
FR_CITIES = [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Toulouse", "31"), ("Nantes", "44"),
             ("Bordeaux", "33"), ("Lille", "59"), ("Strasbourg", "67"), ("Montpellier", "34"),
             ("Rennes", "35"), ("Grenoble", "38"), ("Dijon", "21"), ("Angers", "49"),
             ("Aix-en-Provence", "13"), ("Quimper", "29")]
FR_STREETS = _w("rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue des Lilas|"
                "place du Marché|rue Victor Hugo|chemin des Vignes|allée des Tilleuls|rue Pasteur|"
                "quai de la Loire|impasse des Roses|rue du Faubourg Saint-Antoine")
ES_CITIES = [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"),
             ("Zaragoza", "50"), ("Málaga", "29"), ("Bilbao", "48"), ("Granada", "18"),
             ("Valladolid", "47"), ("Salamanca", "37"), ("Santander", "39"), ("Pamplona", "31"),
             ("Alicante", "03"), ("Córdoba", "14"), ("Donostia", "20")]
ES_STREETS = _w("Calle Mayor|Calle de Alcalá|Paseo del Prado|Avenida de la Constitución|"
                "Calle San Vicente|Calle de Goya|Gran Vía|Calle de las Flores|Plaza del Carmen|"
                "Camino de Ronda|Rambla de Catalunya")
IT_CITIES = [("Milano", "20", "MI"), ("Roma", "00", "RM"), ("Torino", "10", "TO"),
             ("Bologna", "40", "BO"), ("Firenze", "50", "FI"), ("Napoli", "80", "NA"),
             ("Genova", "16", "GE"), ("Verona", "37", "VR"), ("Padova", "35", "PD"), ("Bari", "70", "BA"),
             ("Palermo", "90", "PA"), ("Trieste", "34", "TS"), ("Perugia", "06", "PG"), ("Lecce", "73", "LE")]
IT_STREETS = _w("Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Dante|Piazza della Repubblica|"
                "Via Mazzini|Viale dei Mille|Via San Francesco|Via dei Mercanti|Vicolo del Pozzo")
PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Coimbra", "3"), ("Braga", "4"), ("Aveiro", "3"),
             ("Faro", "8"), ("Évora", "7"), ("Setúbal", "2"), ("Funchal", "9"), ("Viseu", "3")]
PT_STREETS = _w("Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|"
                "Rua do Almada|Largo do Chiado|Rua Direita|Rua das Flores")
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Leiden",
             "Haarlem", "Nijmegen", "Maastricht", "Delft", "Zwolle", "Deventer"]
NL_STREETS = _w("Keizersgracht|Prinsengracht|Dorpsstraat|Kerkstraat|Molenweg|Stationsplein|"
                "Lange Voorhout|Oudegracht|Nieuwe Binnenweg|Zeestraat|Vismarkt")
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Wrocław", "5"), ("Poznań", "6"),
             ("Gdańsk", "8"), ("Szczecin", "7"), ("Lublin", "2"), ("Katowice", "4"), ("Toruń", "8")]
PL_STREETS = _w("Marszałkowska|Długa|Piotrkowska|Floriańska|Mickiewicza|Słowackiego|Kościuszki|"
                "Ogrodowa|Lipowa|Świętojańska")
SV_CITIES = [("Stockholm", "1"), ("Göteborg", "4"), ("Malmö", "2"), ("Uppsala", "7"),
             ("Västerås", "7"), ("Örebro", "7"), ("Linköping", "5"), ("Umeå", "9"), ("Lund", "2"),
             ("Visby", "6")]
SV_STREETS = _w("Storgatan|Drottninggatan|Kungsgatan|Sveavägen|Vasagatan|Götgatan|Linnégatan|"
                "Järnvägsgatan|Hamngatan")
TR_CITIES = [("İstanbul", "34", "Kadıköy"), ("İstanbul", "34", "Beşiktaş"), ("Ankara", "06", "Çankaya"),
             ("İzmir", "35", "Karşıyaka"), ("Bursa", "16", "Nilüfer"), ("Antalya", "07", "Muratpaşa"),
             ("Eskişehir", "26", "Tepebaşı"), ("Trabzon", "61", "Ortahisar")]
TR_STREETS = _w("Moda Cad.|Atatürk Bulvarı|Cumhuriyet Cad.|İstiklal Cad.|Bağdat Cad.|Gül Sok.|"
                "Lale Sok.|Menekşe Sok.")
TR_MAH = _w("Caferağa Mah.|Sinanpaşa Mah.|Kızılay Mah.|Alsancak Mah.|Bahçelievler Mah.")
JA_AREAS = [("Jingumae", "Shibuya-ku", "Tokyo", "150"), ("Kamigyo-ku", "Nakagyo-ku", "Kyoto", "604"),
            ("Umeda", "Kita-ku", "Osaka", "530"), ("Odori Nishi", "Chuo-ku", "Sapporo", "060"),
            ("Yamashita-cho", "Naka-ku", "Yokohama", "231"), ("Ichibancho", "Aoba-ku", "Sendai", "980"),
            ("Hakata Ekimae", "Hakata-ku", "Fukuoka", "812"), ("Sakae", "Naka-ku", "Nagoya", "460")]

COUNTRY = {"us": {"en": "USA"}, "uk": {"en": "United Kingdom"},
           "de": {"en": "Germany", "de": "Deutschland"}, "fr": {"en": "France", "fr": "France"},
           "es": {"en": "Spain", "es": "España"}, "it": {"en": "Italy", "it": "Italia"},
           "pt": {"en": "Portugal", "pt": "Portugal"}, "nl": {"en": "Netherlands", "nl": "Nederland"},
           "pl": {"en": "Poland", "pl": "Polska"}, "sv": {"en": "Sweden", "sv": "Sverige"},
           "tr": {"en": "Turkey", "tr": "Türkiye"}, "ja": {"en": "Japan", "ja": "Nihon"}}
ISO2 = {"us": "US", "uk": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL",
        "pl": "PL", "sv": "SE", "tr": "TR", "ja": "JP"}
WORLD_PLACES = ["Nairobi, Kenya", "Accra, Ghana", "Lagos, Nigeria", "Toronto, Canada",
                "Melbourne, Australia", "Wellington, New Zealand", "Dublin, Ireland",
                "Lisbon, Portugal", "Cape Town, South Africa", "Mumbai, India", "Singapore",
                "Seoul, South Korea", "Bogotá, Colombia", "Hanoi, Vietnam", "Reykjavík, Iceland",
                "Tbilisi, Georgia", "Montréal, Quebec", "Kraków, Poland", "Porto, Portugal",
                "Galway, Ireland", "Auckland, New Zealand", "Kampala, Uganda", "Lima, Peru"]

ORGS = ["Riverbend Community Trust", "Harbour Lights Festival", "Northstar Dev Conference",
        "The Kestrel Choir Society", "Open Hands Food Bank", "Greenway Rewilding Fund",
        "Lantern Arts Collective", "Bright Futures Mentoring", "Willowbank Hospice Appeal",
        "Saltmarsh Folk Weekend", "Second Chance Animal Rescue", "Meadowlark Literacy Project",
        "Tidewater Rowing Club", "Open Source Summit for Good", "Little Acorns Playgroup Fund"]
FUNDERS = ["Paul Hamlyn Foundation", "Esmée Fairbairn Foundation", "Joseph Rowntree Foundation",
           "Ford Foundation", "Leverhulme Trust", "Rockefeller Brothers Fund", "Ben & Jerry's Foundation",
           "Müller & Söhne GmbH", "John Lewis Partnership", "Walt Disney Company"]
FUNDER_DOMAINS = ["phf.org.uk", "esmeefairbairn.org.uk", "jrf.org.uk", "fordfoundation.org", "leverhulme.ac.uk",
                  "rbf.org", "benjerry.com", "mueller-soehne.de", "johnlewis.co.uk", "disney.com"]
ES_PROV = {"Madrid": "Madrid", "Barcelona": "Barcelona", "Valencia": "Valencia", "Sevilla": "Sevilla",
           "Zaragoza": "Zaragoza", "Málaga": "Málaga", "Bilbao": "Bizkaia", "Granada": "Granada",
           "Valladolid": "Valladolid", "Salamanca": "Salamanca", "Santander": "Cantabria", "Pamplona": "Navarra",
           "Alicante": "Alicante", "Córdoba": "Córdoba", "Donostia": "Gipuzkoa"}
DOMAINS_ORG = ["riverbendtrust.org", "harbourlightsfest.org.uk", "northstarconf.io", "kestrelchoir.org.uk",
               "openhandsfoodbank.org", "greenwayfund.org", "lanternarts.org", "brightfutures.ngo",
               "willowbankhospice.org.uk", "saltmarshfolk.co.uk", "secondchancerescue.org",
               "meadowlarkreads.org", "tidewaterrowing.club", "ossforgood.dev"]
DOMAINS_MAIL = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
                       "btinternet.com", "protonmail.com", "comcast.net", "fastmail.fm"],
                "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
                "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
                "es": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"],
                "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
                "pt": ["sapo.pt", "gmail.com", "netcabo.pt"],
                "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"],
                "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
                "sv": ["telia.com", "gmail.com", "bredband.net"],
                "tr": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"],
                "ja": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp", "nifty.com"]}


# --------------------------------------------------------------------------
# person / contact helpers
def person(rng, loc="en"):
    key = loc if loc in NAMES else "en"
    given, sur = NAMES[key]
    first = rng.choice(given)
    last = rng.choice(sur)
    if key == "es" and rng.random() < 0.6:
        last2 = rng.choice(sur)
        if last2 != last:
            last = last + " " + last2
    return {"first": first, "last": last, "loc": key,
            "mid": rng.choice(UP.replace("X", "")) if rng.random() < 0.15 else ""}


def full(p):
    if p["loc"] == "ja" and p.get("jorder"):
        return "%s %s" % (p["last"], p["first"])
    if p.get("mid"):
        return "%s %s. %s" % (p["first"], p["mid"], p["last"])
    return "%s %s" % (p["first"], p["last"])


def nm(rng, p, style=None):
    """A rendering of person p in a random (or given) style."""
    if style is None:
        style = rng.choices(["full", "last_first", "upper", "lower", "given", "initial"],
                            [62, 10, 9, 5, 9, 5])[0]
    if style == "full":
        return full(p)
    if style == "last_first":
        return "%s, %s" % (p["last"], p["first"])
    if style == "upper":
        return full(p).upper()
    if style == "lower":
        return full(p).lower()
    if style == "given":
        return p["first"]
    if style == "last":
        return p["last"]
    if style == "initial":
        return "%s. %s" % (p["first"][0], p["last"])
    raise ValueError(style)


def title(rng, lang="en"):
    return rng.choice(TITLES.get(lang, [""]))


def email_of(rng, p, domain=None):
    f, l = ascii_slug(p["first"]), ascii_slug(p["last"])
    domain = domain or rng.choice(DOMAINS_MAIL.get(p["loc"], DOMAINS_MAIL["en"]))
    local = rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%d" % (f, l, rng.randint(1, 99)),
                        "%s_%s" % (l, f), "%s.%s%d" % (f, l[0], rng.randint(60, 99)), f])
    return "%s@%s" % (local, domain)


def staff_email(rng, p, org_domain):
    return "%s.%s@%s" % (ascii_slug(p["first"]), ascii_slug(p["last"]), org_domain)


def role_email(rng, org_domain):
    return "%s@%s" % (rng.choice(["supporters", "info", "volunteers", "tickets", "boxoffice",
                                  "speakers", "membership", "finance", "hello", "giftaid"]), org_domain)


def phone(rng, loc, intl=None, mobile=None):
    d = lambda n: rs(rng, DIG, n)
    if intl is None:
        intl = rng.random() < 0.4
    if mobile is None:
        mobile = rng.random() < 0.5
    if loc == "us":
        area = rng.choice(["212", "415", "503", "512", "612", "720", "808", "919", "206", "617",
                           "828", "802", "505"])
        ex, ln = str(rng.randint(201, 989)), d(4)
        if intl:
            return rng.choice(["+1 %s %s %s" % (area, ex, ln), "+1-%s-%s-%s" % (area, ex, ln),
                               "+1 (%s) %s-%s" % (area, ex, ln)])
        if rng.random() < 0.07:
            return "1-%s-%s-%s" % (rng.choice(["800", "888", "877"]), ex, ln)
        return rng.choice(["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln),
                           "%s.%s.%s" % (area, ex, ln)])
    if loc == "uk":
        if mobile:
            m = "7" + rng.choice(["700", "712", "826", "903", "459"]) + " " + d(6)
            return "+44 " + m if intl else "0" + m
        a = rng.choice([("20", 8), ("113", 7), ("117", 7), ("161", 7), ("131", 7), ("29", 8), ("1865", 6)])
        num = d(a[1])
        num = num[:4] + " " + num[4:] if a[1] == 8 else num[:3] + " " + num[3:]
        if rng.random() < 0.08:
            return "0800 " + d(3) + " " + d(4)
        return ("+44 %s %s" % (a[0], num)) if intl else ("0%s %s" % (a[0], num))
    if loc == "de":
        if mobile:
            pre = rng.choice(["151", "160", "171", "176", "152"])
            n = d(7) if rng.random() < 0.5 else d(8)
            return "+49 %s %s" % (pre, n) if intl else rng.choice(["0%s %s" % (pre, n), "0%s/%s" % (pre, n)])
        a = rng.choice(["30", "40", "89", "221", "69", "341", "351"])
        n = d(10 - len(a))
        return "+49 %s %s" % (a, n) if intl else rng.choice(["0%s %s" % (a, n), "0%s-%s" % (a, n), "(0%s) %s" % (a, n)])
    if loc == "fr":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "2", "3", "4", "5", "9"])
        pairs = " ".join(d(2) for _ in range(4))
        return "+33 %s %s" % (first, pairs) if intl else "0%s %s" % (first, pairs)
    if loc == "es":
        first = rng.choice(["6", "7"]) if mobile else "9"
        n = first + d(8)
        s = "%s %s %s" % (n[:3], n[3:6], n[6:]) if rng.random() < 0.6 else "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        return "+34 " + s if intl else s
    if loc == "it":
        if mobile:
            n = "3" + d(2) + " " + d(3) + " " + d(4)
        else:
            n = rng.choice(["02", "06", "011", "051", "055"]) + " " + d(4) + " " + d(4)
        return "+39 " + n if intl else n
    if loc == "pt":
        n = ("9" + rng.choice("1236") + d(1) + " " + d(3) + " " + d(3)) if mobile else ("2" + d(1) + " " + d(3) + " " + d(4))
        return "+351 " + n if intl else n
    if loc == "nl":
        if mobile:
            return "+31 6 " + d(8) if intl else rng.choice(["06 " + d(8), "06-" + d(8)])
        a = rng.choice(["20", "10", "30", "70", "40", "50"])
        n = d(3) + " " + d(4)
        return "+31 %s %s" % (a, n) if intl else "0%s %s" % (a, n)
    if loc == "pl":
        if mobile:
            n = rng.choice("5678") + d(2) + " " + d(3) + " " + d(3)
        else:
            n = rng.choice(["22", "12", "42", "71", "61", "58"]) + " " + d(3) + " " + d(2) + " " + d(2)
        return "+48 " + n if intl else n
    if loc == "sv":
        if mobile:
            return "+46 7%s %s %s %s" % (rng.choice("0236"), d(3), d(2), d(2)) if intl else "07%s-%s %s %s" % (rng.choice("0236"), d(3), d(2), d(2))
        a = rng.choice(["8", "31", "40", "18"])
        return "+46 %s %s %s %s" % (a, d(3), d(2), d(2)) if intl else "0%s-%s %s %s" % (a, d(3), d(2), d(2))
    if loc == "tr":
        if mobile:
            n = "5%s %s %s %s" % (d(2), d(3), d(2), d(2))
        else:
            n = "%s %s %s %s" % (rng.choice(["212", "216", "312", "232"]), d(3), d(2), d(2))
        return "+90 " + n if intl else "0" + n
    if loc == "ja":
        if mobile:
            n = "%s-%s-%s" % (rng.choice(["90", "80", "70"]), d(4), d(4))
        else:
            n = "%s-%s-%s" % (rng.choice(["3", "6", "75", "11"]), d(4), d(4))
        return "+81 " + n if intl else "0" + n
    raise ValueError(loc)


def address(rng, loc):
    """Returns dict with street, city, region, postcode, country(loc), lines, one."""
    n = rng.randint(1, 240)
    if loc == "us":
        city, st, z = rng.choice(US_CITIES)
        street = "%d %s %s" % (rng.randint(10, 9899), rng.choice(US_STREETS), rng.choice(US_SUFFIX))
        if rng.random() < 0.3:
            street += rng.choice([" Apt %d%s" % (rng.randint(1, 12), rng.choice("ABCD")), " Unit %d" % rng.randint(2, 40),
                                  ", Suite %d" % rng.randint(100, 450)])
        pc = z + rs(rng, DIG, 2)
        lines = [street, "%s, %s %s" % (city, st, pc)]
        return {"street": street, "city": city, "region": st, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    if loc == "uk":
        city, area = rng.choice(UK_CITIES)
        street = "%d %s" % (n, rng.choice(UK_STREETS))
        if rng.random() < 0.2:
            street = "Flat %d, %s" % (rng.randint(1, 30), street)
        pc = "%s%d %d%s" % (area, rng.randint(1, 20), rng.randint(1, 9), rs(rng, "ABDEFGHJLNPQRSTUWXYZ", 2))
        lines = [street, city, pc]
        return {"street": street, "city": city, "region": None, "postcode": pc, "loc": loc,
                "lines": lines, "one": "%s, %s %s" % (street, city, pc)}
    if loc == "de":
        city, pre = rng.choice(DE_CITIES)
        street = "%s %d%s" % (rng.choice(DE_STREETS), n % 120 + 1, rng.choice(["", "", "", "a", "b"]))
        pc = pre + rs(rng, DIG, 3)
        lines = [street, "%s %s" % (pc, city)]
        return {"street": street, "city": city, "region": None, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    if loc == "fr":
        city, dep = rng.choice(FR_CITIES)
        street = "%d%s %s" % (n % 150 + 1, rng.choice(["", "", " bis"]), rng.choice(FR_STREETS))
        pc = dep + rs(rng, DIG, 3)
        lines = [street, "%s %s" % (pc, city)]
        return {"street": street, "city": city, "region": None, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    if loc == "es":
        city, pre = rng.choice(ES_CITIES)
        street = "%s, %d" % (rng.choice(ES_STREETS), n % 180 + 1)
        if rng.random() < 0.6:
            street += ", %dº %s" % (rng.randint(1, 8), rng.choice("ABCD"))
        pc = pre + rs(rng, DIG, 3)
        lines = [street, "%s %s" % (pc, city)]
        return {"street": street, "city": city, "region": None, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    if loc == "it":
        city, pre, prov = rng.choice(IT_CITIES)
        street = "%s %d" % (rng.choice(IT_STREETS), n % 200 + 1)
        pc = pre + rs(rng, DIG, 3)
        lines = [street, "%s %s %s" % (pc, city, prov)]
        return {"street": street, "city": city, "region": prov, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    if loc == "pt":
        city, pre = rng.choice(PT_CITIES)
        street = "%s, %d" % (rng.choice(PT_STREETS), n % 300 + 1)
        if rng.random() < 0.5:
            street += ", %dº %s" % (rng.randint(1, 6), rng.choice(["Esq", "Dto", "Frt"]))
        pc = "%s%s-%s" % (pre, rs(rng, DIG, 3), rs(rng, DIG, 3))
        lines = [street, "%s %s" % (pc, city)]
        return {"street": street, "city": city, "region": None, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    if loc == "nl":
        city = rng.choice(NL_CITIES)
        street = "%s %d%s" % (rng.choice(NL_STREETS), n % 400 + 1, rng.choice(["", "", "-II", "A", " hs"]))
        pc = "%d %s" % (rng.randint(1011, 9999), rs(rng, "ABCDEGHJKLMNPRSTVWXZ", 2))
        lines = [street, "%s %s" % (pc, city)]
        return {"street": street, "city": city, "region": None, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    if loc == "pl":
        city, pre = rng.choice(PL_CITIES)
        street = "ul. %s %d" % (rng.choice(PL_STREETS), n % 150 + 1)
        if rng.random() < 0.6:
            street += "/%d" % rng.randint(1, 60)
        pc = "%s%s-%s" % (pre, rs(rng, DIG, 1), rs(rng, DIG, 3))
        lines = [street, "%s %s" % (pc, city)]
        return {"street": street, "city": city, "region": None, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    if loc == "sv":
        city, pre = rng.choice(SV_CITIES)
        street = "%s %d" % (rng.choice(SV_STREETS), n % 90 + 1)
        pc = "%s%s %s" % (pre, rs(rng, DIG, 2), rs(rng, DIG, 2))
        lines = [street, "%s %s" % (pc, city)]
        return {"street": street, "city": city, "region": None, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    if loc == "tr":
        city, pre, dist = rng.choice(TR_CITIES)
        street = "%s %s No: %d D: %d" % (rng.choice(TR_MAH), rng.choice(TR_STREETS), n % 120 + 1, rng.randint(1, 20))
        pc = pre + rs(rng, DIG, 3)
        lines = [street, "%s %s/%s" % (pc, dist, city)]
        return {"street": street, "city": city, "region": dist, "postcode": pc, "loc": loc,
                "lines": lines, "one": " ".join(lines)}
    if loc == "ja":
        area, ward, city, pre = rng.choice(JA_AREAS)
        street = "%d-%d-%d %s" % (rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20), area)
        pc = "%s-%s" % (pre, rs(rng, DIG, 4))
        lines = [street, "%s, %s %s" % (ward, city, pc)]
        return {"street": street, "city": city, "region": ward, "postcode": pc, "loc": loc,
                "lines": lines, "one": ", ".join(lines)}
    raise ValueError(loc)


def addr_text(rng, a, multiline=None, country=None):
    if multiline is None:
        multiline = rng.random() < 0.5
    lines = list(a["lines"])
    if country:
        lines.append(country)
    if multiline:
        return "\n".join(lines)
    if a["loc"] == "uk":
        s = a["one"]
        return s + ", " + country if country else s
    return ", ".join(lines) if a["loc"] != "tr" else " ".join(lines)


def city_loc(rng, a, lang="en"):
    """A LOCATION string for the address' city, sometimes with state/country."""
    r = rng.random()
    if a["loc"] == "us" and r < 0.5:
        return "%s, %s" % (a["city"], a["region"] if rng.random() < 0.6 else US_STATES[a["region"]])
    if r < 0.25:
        return "%s, %s" % (a["city"], COUNTRY[a["loc"]].get(lang, COUNTRY[a["loc"]]["en"]))
    return a["city"]


# --------------------------------------------------------------------------
# dates
MONTHS = {
    "en": _w("January|February|March|April|May|June|July|August|September|October|November|December"),
    "de": _w("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": _w("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "es": _w("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "it": _w("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "pt": _w("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    "nl": _w("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "pl": _w("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"),
    "sv": _w("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"),
    "tr": _w("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"),
}
WEEKDAYS = {
    "en": _w("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "de": _w("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
    "fr": _w("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    "es": _w("lunes|martes|miércoles|jueves|viernes|sábado|domingo"),
    "it": _w("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"),
    "pt": _w("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo"),
    "nl": _w("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "pl": _w("poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"),
    "sv": _w("måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"),
    "tr": _w("Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar"),
}


def rdate(rng, y0=2024, y1=2026):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def rdt(rng, y0=2024, y1=2026, h0=7, h1=22):
    d = rdate(rng, y0, y1)
    return _dt.datetime(d.year, d.month, d.day, rng.randint(h0, h1), rng.choice([0, 0, 15, 30, 30, 45]))


def rdob(rng):
    return rdate(rng, 1938, 2007)


EN_STYLES = {"dmy", "mdy", "num_uk", "num_us", "iso", "dmy_short"}


def fdate(rng, d, lang="en", style=None, us=None, weekday=False):
    """Explicit calendar date in a language-typical format."""
    if lang in EN_STYLES:
        style, lang = lang, "en"
    M = MONTHS.get(lang, MONTHS["en"])
    W = WEEKDAYS.get(lang, WEEKDAYS["en"])
    m = M[d.month - 1]
    if lang == "en":
        styles = ["dmy", "mdy", "num_uk", "num_us", "iso", "dmy_short"]
        style = style or rng.choice(styles)
        if us is True and style == "num_uk":
            style = "num_us"
        if us is False and style == "num_us":
            style = "num_uk"
        s = {"dmy": "%d %s %d" % (d.day, m, d.year),
             "mdy": "%s %d, %d" % (m, d.day, d.year),
             "num_uk": "%02d/%02d/%d" % (d.day, d.month, d.year),
             "num_us": "%02d/%02d/%d" % (d.month, d.day, d.year),
             "iso": d.isoformat(),
             "dmy_short": "%d %s %d" % (d.day, m[:3], d.year)}[style]
        if weekday and style in ("dmy", "mdy", "dmy_short"):
            wd = W[d.weekday()]
            s = (wd[:3] + " " + s) if style == "dmy_short" else (wd + (", " if style == "mdy" else " ") + s)
        return s
    if lang == "ja":
        style = style or rng.choice(["iso", "slash", "nen"])
        s = {"iso": d.isoformat(), "slash": "%d/%02d/%02d" % (d.year, d.month, d.day),
             "nen": "%d-nen %d-gatsu %d-nichi" % (d.year, d.month, d.day)}[style]
        return s
    style = style or rng.choice(["num", "long", "long"])
    if style == "num":
        if lang in ("de", "pl", "tr"):
            return "%02d.%02d.%d" % (d.day, d.month, d.year)
        if lang == "nl":
            return "%02d-%02d-%d" % (d.day, d.month, d.year)
        if lang == "sv":
            return d.isoformat()
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang == "de":
        s = "%d. %s %d" % (d.day, m, d.year)
    elif lang in ("es", "pt"):
        s = "%d de %s de %d" % (d.day, m, d.year)
    else:
        s = "%d %s %d" % (d.day, m, d.year)
    if weekday:
        wd = W[d.weekday()]
        if lang in ("de", "pl", "pt"):
            s = wd + ", " + s
        elif lang == "tr":
            s = s + " " + wd
        else:
            s = wd + " " + s
    return s


def ftime(rng, t, lang="en", h12=None):
    if lang == "en":
        if h12 is None:
            h12 = rng.random() < 0.6
        if h12:
            h = t.hour % 12 or 12
            ap = "AM" if t.hour < 12 else "PM"
            return rng.choice(["%d:%02d %s" % (h, t.minute, ap), "%d:%02d%s" % (h, t.minute, ap.lower()),
                               "%d:%02d %s" % (h, t.minute, ap)])
        return "%02d:%02d" % (t.hour, t.minute)
    if lang == "de":
        return "%02d:%02d Uhr" % (t.hour, t.minute) if rng.random() < 0.6 else "%02d:%02d" % (t.hour, t.minute)
    if lang in ("fr", "pt"):
        return "%dh%02d" % (t.hour, t.minute) if rng.random() < 0.6 else "%02d:%02d" % (t.hour, t.minute)
    if lang == "sv":
        return "%02d.%02d" % (t.hour, t.minute)
    return "%02d:%02d" % (t.hour, t.minute)


JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", ", "], "es": [" a las ", ", "],
        "it": [" alle ", ", ", " ore "], "pt": [" às ", ", "], "nl": [" om ", ", "], "pl": [" o ", ", godz. "],
        "sv": [" kl. ", " kl "], "tr": [" saat ", " "], "ja": [" ", " "]}


def fdt(rng, dt, lang="en", weekday=None, us=None):
    """Date + time written together as ONE span."""
    if weekday is None:
        weekday = rng.random() < 0.35
    if lang == "en" and rng.random() < 0.12:
        return dt.strftime("%Y-%m-%dT%H:%M") if rng.random() < 0.5 else dt.strftime("%Y-%m-%d %H:%M")
    ds = fdate(rng, dt.date(), lang, weekday=weekday, us=us)
    ts = ftime(rng, dt.time(), lang)
    j = rng.choice(JOIN.get(lang, [" "]))
    return ds + j + ts


def log_ts(rng, dt=None):
    dt = dt or rdt(rng, 2025, 2025, 0, 23)
    dt = dt.replace(second=rng.randint(0, 59))
    return rng.choice([dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % rng.randint(0, 999),
                       dt.strftime("%Y-%m-%d %H:%M:%S"),
                       dt.strftime("%d/%b/%Y:%H:%M:%S +0000"),
                       dt.strftime("%b %d %H:%M:%S")])


# --------------------------------------------------------------------------
# document kinds -- English
def org_pick(rng):
    k = rng.randrange(len(ORGS))
    return ORGS[k], DOMAINS_ORG[k % len(DOMAINS_ORG)]


def k_donor_thanks(rng):
    b = Builder()
    org, dom = org_pick(rng)
    oa = address(rng, "uk")
    p = person(rng)
    a = address(rng, "uk")
    t = title(rng)
    signer = person(rng)
    b.f("{}\n{}\nRegistered charity no. {}\n\n{}\n\n", org, L(addr_text(rng, oa), ADR),
        rng.randint(1000000, 1199999), L(fdate(rng, rdate(rng), us=False), DT))
    b.f("{} {}\n{}\n\n", t, L(full(p), PER), L("\n".join(a["lines"]), ADR))
    b.f("Dear {} {},\n\n", t, L(p["last"], PER))
    amt = money(rng, "£", 10, 2500)
    b.f("Thank you so much for your generous gift of {} received on {}. ", amt,
        L(fdate(rng, rdate(rng), rng.choice(["dmy", "dmy_short"])), DT))
    b.t(rng.choice(["Because you ticked the Gift Aid box, we can claim an extra 25p for every £1 from HMRC at no extra cost to you. ",
                    "As a UK taxpayer you have made a Gift Aid declaration, so your gift is worth even more to us. "]))
    b.f("Your receipt number is {} - please quote it if you contact us.\n\n", order_no(rng, "RC"))
    b.t(rng.choice(["Your support funds warm meals, ", "Gifts like yours keep the helpline open, ",
                    "This year supporters helped plant 4,200 trees, "]))
    b.t("and we'll send you our spring update soon. If you would rather not hear from us by post, call our Supporter Care team on ")
    b.f("{} or email {}.\n\nWith warm thanks,\n\n{}\n{}\n", L(phone(rng, "uk", False, False), PHN),
        L(role_email(rng, dom), EML), L(full(signer), PER),
        rng.choice(["Head of Supporter Care", "Individual Giving Manager", "Chief Executive"]))
    return b


def k_giftaid_declaration(rng):
    b = Builder()
    org, dom = org_pick(rng)
    p = person(rng)
    a = address(rng, "uk")
    b.f("GIFT AID DECLARATION - {}\nBoost your donation by 25p of Gift Aid for every £1 you donate.\n\n", org)
    b.f("Title: {}\nFirst name(s): {}\nSurname: {}\n", title(rng).rstrip("."), L(p["first"], PER), L(p["last"], PER))
    b.f("Home address: {}\nTown/City: {}\nPostcode: {}\n", L(a["street"], ADR), L(a["city"], LOC), a["postcode"])
    if rng.random() < 0.7:
        b.f("Email: {}\n", L(email_of(rng, p), EML))
    if rng.random() < 0.6:
        b.f("Tel: {}\n", L(phone(rng, "uk"), PHN))
    b.f("\n[x] I want to Gift Aid my donation of {} and any donations I make in the future or have made in the past 4 years to {}.\n",
        money(rng, "£", 5, 300), org)
    b.t("I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.\n\n")
    b.f("Date: {}\nSignature: (signed)\n\nOffice use: batch GA-{}-{} / keyed {} / form v{}\n",
        L(fdate(rng, rdate(rng), rng.choice(["num_uk", "dmy"])), DT), rng.randint(2024, 2026),
        rs(rng, DIG, 4), rs(rng, UP, 2), version(rng))
    return b


def k_giftaid_schedule(rng):
    b = Builder()
    org, dom = org_pick(rng)
    b.f("# HMRC Gift Aid schedule - {}\n# Charity HMRC reference: {}{}\n# Claim period end: {}\n",
        org, rs(rng, UP, 2), rs(rng, DIG, 5), L(fdate(rng, rdate(rng), "num_uk"), DT))
    b.t("Item,Title,First name or initial,Last name,House name or number,Postcode,Aggregated donations,Sponsored event,Donation date,Amount\n")
    for k in range(rng.randint(4, 9)):
        p = person(rng)
        a = address(rng, "uk")
        first = p["first"]
        b.f("{},{},{},{},{},{},,{},{},{}\n", k + 1, title(rng).rstrip("."), L(first, PER), L(p["last"], PER),
            rng.randint(1, 220), a["postcode"], rng.choice(["No", "No", "Yes"]),
            L(rdate(rng).strftime("%d/%m/%y"), DT), "%.2f" % (rng.randint(200, 50000) / 100))
    b.f("{},,,,,,{},,,{}\n", rng.randint(10, 12), "Aggregated small donations (max £20 each)",
        "%.2f" % (rng.randint(2000, 90000) / 100))
    return b


def k_donor_crm_json(rng):
    b = Builder()
    loc = rng.choice(["uk", "uk", "us"])
    p = person(rng)
    a = address(rng, loc)
    rec = {
        "id": uuid(rng),
        "type": "individual",
        "name": {"title": title(rng).rstrip("."), "first": L(p["first"], PER), "last": L(p["last"], PER)},
        "email": L(email_of(rng, p), EML),
        "phone": L(phone(rng, loc), PHN),
    }
    if rng.random() < 0.6:
        rec["birth_date"] = L(rdob(rng).isoformat(), DOB)
    rec["address"] = {"line1": L(a["street"], ADR), "city": L(a["city"], LOC),
                      "postcode": a["postcode"], "country": "GB" if loc == "uk" else "US"}
    if loc == "us":
        rec["address"]["state"] = L(a["region"], LOC)
    rec["giving"] = {"first_gift": L(rdate(rng, 2015, 2022).isoformat(), DT),
                     "last_gift": L(rdate(rng, 2024, 2025).isoformat(), DT),
                     "lifetime_value": round(rng.uniform(20, 9000), 2), "segment": rng.choice(["mid-value", "regular", "lapsed", "major"])}
    if rng.random() < 0.6:
        rec["giving"]["regular_gift"] = {"amount": rng.choice([5, 8, 10, 15, 25]), "frequency": "monthly",
                                         "bank_account_number": L(rs(rng, DIG, 8), ACC),
                                         "sort_code": "%02d-%02d-%02d" % (rng.randint(1, 99), rng.randint(0, 99), rng.randint(0, 99))}
    rec["consents"] = {"email": rng.random() < 0.5, "phone": rng.random() < 0.3, "post": True,
                       "gift_aid": rng.random() < 0.7}
    rec["source"] = rng.choice(["web-donate-v3", "street-fundraising", "event:fun-run", "legacy-import"])
    jdump(b, rec, ind=rng.choice([2, 4]))
    b.t("\n")
    return b


def k_dd_mandate(rng):
    b = Builder()
    org, dom = org_pick(rng)
    p = person(rng)
    bank_a = address(rng, "uk")
    b.f("Instruction to your bank or building society to pay by Direct Debit\n\n{}\nService user number: {}\nReference: {}\n\n",
        org, " ".join(rs(rng, DIG, 6)), order_no(rng, "DD"))
    b.f("Name(s) of account holder(s): {}\n", L(nm(rng, p, rng.choice(["full", "upper"])), PER))
    b.f("Bank/building society account number: {}\n", L(rs(rng, DIG, 8), ACC))
    b.f("Branch sort code: {}-{}-{}\n", rs(rng, DIG, 2), rs(rng, DIG, 2), rs(rng, DIG, 2))
    b.f("Name and full postal address of your bank or building society:\n{}\n{}\n\n",
        rng.choice(["Barclays Bank", "Nationwide BS", "Lloyds Bank", "The Co-operative Bank"]),
        L(addr_text(rng, bank_a, True), ADR))
    b.f("Monthly gift: {} on the {} of each month, first collection {}\n", money(rng, "£", 3, 50),
        rng.choice(["1st", "15th", "28th"]), L(fdate(rng, rdate(rng), rng.choice(["dmy", "num_uk"])), DT))
    b.t("Please pay the charity Direct Debits from the account detailed in this Instruction subject to the safeguards assured by the Direct Debit Guarantee.\n")
    b.f("Signature(s): (signed)    Date: {}\n", L(fdate(rng, rdate(rng), "num_uk"), DT))
    return b


def k_volunteer_roster_csv(rng):
    b = Builder()
    loc = rng.choice(["uk", "us"])
    day = rdate(rng, 2025, 2026)
    b.t("shift_id,volunteer,mobile,role,zone,start,end,team_lead\n")
    lead = person(rng)
    lead_s = nm(rng, lead, "full")
    for k in range(rng.randint(4, 10)):
        p = person(rng)
        style = rng.choice(["full", "full", "last_first", "upper"])
        n = nm(rng, p, style)
        h = rng.choice([7, 8, 10, 12, 14, 16, 18])
        s1 = _dt.datetime(day.year, day.month, day.day, h, rng.choice([0, 30]))
        s2 = s1 + _dt.timedelta(hours=rng.choice([4, 5, 6]))
        b.f("S-{},", 100 + k)
        if "," in n:
            b.f('"{}",', L(n, PER))
        else:
            b.f("{},", L(n, PER))
        b.f("{},{},{},{},{},{}\n", L(phone(rng, loc, False, True), PHN),
            rng.choice(["Stewarding", "Bar", "Info Point", "Litter pick", "Artist liaison", "First aid runner", "Car park"]),
            rng.choice(["Gate A", "Gate B", "Main Stage", "Campsite", "Family Field", "Green Room"]),
            L(s1.strftime("%Y-%m-%d %H:%M"), DT), L(s2.strftime("%Y-%m-%d %H:%M"), DT), L(lead_s, PER))
    return b


def k_volunteer_application_email(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    p = person(rng)
    em = email_of(rng, p)
    coord = person(rng)
    a = address(rng, loc)
    b.f("From: {} <{}>\nTo: {}\nDate: {}\nSubject: Volunteer application - {}\n\n",
        L(full(p), PER), L(em, EML), L(role_email(rng, dom), EML),
        rdt(rng).strftime("%a, %d %b %Y %H:%M:%S +0100"), rng.choice(["summer festival", "weekend shifts", "hospice shop", "food bank"]))
    b.f("Hi {},\n\n", L(coord["first"], PER))
    b.f("My name is {} and I'd love to volunteer with {} this year. ", L(full(p), PER), org)
    b.f("I was born on {}, so I'm over 18, and I live at {}. ", L(fdate(rng, rdob(rng), us=(loc == "us")), DOB),
        L(addr_text(rng, a, False), ADR))
    b.f("The best number to reach me is {}.\n\n", L(phone(rng, loc), PHN))
    d1 = rdate(rng, 2025, 2026)
    b.f("I'm available from {} to {}, and I have a food hygiene certificate (level 2). ",
        L(fdate(rng, d1, "dmy" if loc == "uk" else "mdy"), DT),
        L(fdate(rng, d1 + _dt.timedelta(days=rng.randint(2, 30)), "dmy" if loc == "uk" else "mdy"), DT))
    ec = person(rng)
    b.f("My emergency contact is my {} {} on {}.\n\n", rng.choice(["partner", "sister", "dad", "friend", "mum"]),
        L(nm(rng, ec, rng.choice(["full", "given"])), PER), L(phone(rng, loc), PHN))
    b.t(rng.choice(["Happy to do early shifts. ", "I can't lift heavy things due to a back issue. ", ""]))
    b.f("Thanks,\n{}\n", L(p["first"], PER))
    return b


def k_volunteer_driver_form(rng):
    b = Builder()
    loc = rng.choice(["uk", "us"])
    p = person(rng)
    a = address(rng, loc)
    org, dom = org_pick(rng)
    b.f("{} - VOLUNTEER DRIVER REGISTRATION\n(minibus and patient transport scheme)\n\n", org.upper())
    b.f("Full name: {}\n", L(nm(rng, p, rng.choice(["full", "upper", "last_first"])), PER))
    b.f("Date of birth: {}\n", L(fdate(rng, rdob(rng), "num_uk" if loc == "uk" else "num_us"), DOB))
    b.f("Address: {}\n", L(addr_text(rng, a, False), ADR))
    b.f("Mobile: {}\n", L(phone(rng, loc, None, True), PHN))
    if loc == "uk":
        last5 = ascii_slug(p["last"]).upper()[:5].ljust(5, "9")
        lic = "%s%s%s%s%s" % (last5, rs(rng, DIG, 6), rs(rng, UP, 2), rng.choice(DIG), rs(rng, UP, 2))
        b.f("Driving licence number: {}\n", L(lic, DL))
        b.f("Licence categories: B, D1 (101)\nPenalty points: {}\n", rng.choice(["0", "0", "3"]))
    else:
        lic = rng.choice([rs(rng, UP, 1) + rs(rng, DIG, 7), rs(rng, DIG, 9), rs(rng, UP, 1) + rs(rng, DIG, 12)])
        b.f("Driver license #: {}   State: {}\n", L(lic, DL), L(a["region"], LOC))
        b.f("License expires: {}\n", L(fdate(rng, rdate(rng, 2026, 2031), "num_us"), DT))
    b.f("Own vehicle: {} (reg {})  VIN {}\n", rng.choice(["Ford Transit", "Toyota Prius", "VW Caddy", "Honda Odyssey"]),
        plate(rng), vin(rng))
    b.f("Available from: {}\nDBS/background check ref: {}\n", L(fdate(rng, rdate(rng)), DT), order_no(rng, "CASE"))
    b.f("Declaration signed {} by {}\n", L(fdate(rng, rdate(rng), "num_uk" if loc == "uk" else "num_us"), DT),
        L(nm(rng, p, "initial"), PER))
    return b


def k_background_check(rng):
    b = Builder()
    p = person(rng)
    a = address(rng, "us")
    a2 = address(rng, "us")
    org, dom = org_pick(rng)
    b.f("BACKGROUND CHECK AUTHORIZATION - Youth Program Volunteers\nOrganization: {}\nRequest ID: {}\n\n", org, uuid(rng))
    b.f("Applicant: {}\n", L(nm(rng, p, rng.choice(["full", "last_first", "upper"])), PER))
    b.f("Other names used: {}\n", L(p["first"] + " " + rng.choice(NAMES["en"][1]), PER) if rng.random() < 0.4 else "none")
    b.f("SSN: {}\nDOB: {}\n", L(ssn(rng), SSN), L(fdate(rng, rdob(rng), "num_us"), DOB))
    b.f("Current address: {}\n", L(addr_text(rng, a, False), ADR))
    b.f("Previous address (last 7 yrs): {}\n", L(addr_text(rng, a2, False), ADR))
    b.f("Driver license: {} ({})\n", L(rs(rng, UP, 1) + rs(rng, DIG, 8), DL), L(US_STATES[a["region"]], LOC))
    b.f("Phone: {}   Email: {}\n\n", L(phone(rng, "us"), PHN), L(email_of(rng, p), EML))
    if rng.random() < 0.5:
        b.f("Test record (do not process): SSN {} / card {}\n", bad_ssn(rng), bad_card(rng))
    b.f("I authorize the release of records for the purpose of volunteer screening.\nSigned: {}   Date: {}\n",
        L(full(p), PER), L(fdate(rng, rdate(rng), "num_us"), DT))
    return b


def k_ticket_confirmation(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    p = person(rng)
    ev = rdt(rng, 2025, 2026, 11, 20)
    venue = address(rng, loc)
    b.f("Subject: Your tickets for {} - order {}\n\n", org, order_no(rng, "ORD"))
    b.f("Hi {},\n\nThanks for your order! Here are your booking details.\n\n", L(nm(rng, p, rng.choice(["given", "given", "full", "lower"])), PER))
    b.f("Event: {} {}\nWhen: {}\nGates open: {}\nVenue: {}\n\n", org, rng.choice(["Day Ticket", "Weekend Pass", "Evening Gala", "Conference Pass"]),
        L(fdt(rng, ev, us=(loc == "us")), DT), L(ftime(rng, (ev - _dt.timedelta(hours=1)).time()), DT),
        L(addr_text(rng, venue, False), ADR))
    n = rng.randint(1, 4)
    for k in range(n):
        b.f("  Ticket {}  {}  Row {} Seat {}  {}\n", rs(rng, UP + DIG, 10), rng.choice(["Adult", "Concession", "Child", "Carer (free)"]),
            rng.choice("ABCDEFGH"), rng.randint(1, 40), money(rng, "£" if loc == "uk" else "$", 8, 95))
    b.f("\nPaid with card {}  Total {}\n", masked_card(rng), money(rng, "£" if loc == "uk" else "$", 20, 300))
    b.f("Billing contact: {} / {}\n", L(email_of(rng, p), EML), L(phone(rng, loc), PHN))
    b.f("Manage your booking: {}\n", L("https://tickets.%s/account/orders/%s" % (dom, rs(rng, LOW + DIG, 12)), URL))
    b.t("Accessibility queries: reply to this email. Refunds are available up to 14 days before the event.\n")
    return b


def k_refund_chat(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    agent = person(rng)
    cust = person(rng)
    t0 = rdt(rng, 2025, 2025, 9, 20)
    b.f("Live chat transcript - {} box office\nChat ID: {}\n\n", org, uuid(rng))

    def line(who, text_parts):
        nonlocal t0
        t0 += _dt.timedelta(seconds=rng.randint(20, 140))
        b.t("[%s] " % t0.strftime("%H:%M:%S"))
        b.e(who, None if who == "Visitor" else PER)
        b.t(": ")
        b.t(*text_parts)
        b.t("\n")

    line("Visitor", ["hi, i need a refund, the event on ", L(fdate(rng, rdate(rng), "dmy_short"), DT), " clashes with a wedding"])
    b.t("[%s] System: agent " % (t0 + _dt.timedelta(seconds=5)).strftime("%H:%M:%S"))
    b.e(agent["first"], PER)
    b.t(" joined the chat\n")
    line(agent["first"], ["Hello! I'm sorry to hear that. Could I take the name on the booking and the order number please?"])
    line("Visitor", ["its ", L(nm(rng, cust, rng.choice(["lower", "full", "full"])), PER), ", order ", order_no(rng, "ORD")])
    line(agent["first"], ["Thanks ", L(cust["first"], PER), ". Which card did you pay with? Only the last four digits please."])
    line("Visitor", ["it was this one ", L(card_number(rng), CC), rng.choice(["", " if that helps", " (the debit one)"])])
    line(agent["first"], ["Please don't share full card numbers in chat - I've masked it on our side. The refund of ",
                          money(rng, "£" if loc == "uk" else "$", 20, 200), " will go back to card ending ",
                          rs(rng, DIG, 4), " within 5-10 working days."])
    line("Visitor", ["ok thanks. can you email confirmation to ", L(email_of(rng, cust), EML), "?"])
    line(agent["first"], ["Done - case ", order_no(rng, "CASE"), ". Anything else?"])
    line("Visitor", ["no that's all, cheers"])
    return b


def k_box_office_call(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    agent = person(rng)
    c = person(rng)
    a = address(rng, loc)
    b.f("CALL RECORDING TRANSCRIPT (auto) - {} box office\nQueue: memberships & tickets   Duration: {} min\n\n",
        org, rng.randint(3, 14))
    secs = [0]

    def ts():
        secs[0] += rng.randint(4, 40)
        return "%02d:%02d " % (secs[0] // 60, secs[0] % 60)

    b.f("{}AGENT: Thank you for calling, you're speaking with {}, how can I help?\n", ts(), L(agent["first"], PER))
    b.f("{}CALLER: Hi, yes, it's {} here, I want to upgrade my membership and book two seats.\n", ts(),
        L(nm(rng, c, rng.choice(["full", "full", "last"])), PER))
    b.f("{}AGENT: Of course. Can you confirm your postcode and date of birth for security?\n", ts())
    b.f("{}CALLER: Postcode is {} and I was born {}.\n", ts(), a["postcode"],
        L(fdate(rng, rdob(rng), rng.choice(["dmy", "mdy"])), DOB))
    b.f("{}AGENT: Thanks. And the customer account number on your card?\n", ts())
    b.f("{}CALLER: It's {}.\n", ts(), L(rng.choice(["", "C"]) + rs(rng, DIG, 8), ACC))
    b.f("{}AGENT: Lovely. I've got you at {}, is that still right?\n", ts(), L(addr_text(rng, a, False), ADR))
    b.f("{}CALLER: Yes. And my mobile changed, it's now {}.\n", ts(), L(phone(rng, loc, None, True), PHN))
    ev = rdt(rng, 2025, 2026, 14, 20)
    b.f("{}AGENT: Updated. Two seats for the {} performance, row {}, that's {}. Shall I use the card on file ending {}?\n",
        ts(), L(fdt(rng, ev, us=(loc == "us")), DT), rng.choice("CDEFG"), money(rng, "£" if loc == "uk" else "$", 30, 120), rs(rng, DIG, 4))
    b.f("{}CALLER: Please.\n{}AGENT: All done, booking reference {}.\n", ts(), ts(), order_no(rng, "BK"))
    return b


def k_speakers_yaml(rng):
    b = Builder()
    org, dom = org_pick(rng)
    b.f("# speakers.yml - {} programme\n# generated by cfp-tool v{}\nspeakers:\n", org, version(rng))
    for k in range(rng.randint(2, 4)):
        loc = rng.choice(["uk", "us", "de", "fr", "nl", "ja", "pl"])
        p = person(rng, loc if loc not in ("uk", "us") else "en")
        dt = rdt(rng, 2025, 2026, 9, 17)
        b.f("  - id: spk-{}\n    name: ", rs(rng, LOW + DIG, 6))
        n = nm(rng, p, rng.choice(["full", "full", "last_first"]))
        b.t(*(['"', L(n, PER), '"'] if "," in n else [L(n, PER)]))
        b.f("\n    email: {}\n", L(email_of(rng, p), EML))
        b.f("    handle: \"@{}\"\n", ascii_slug(p["first"])[:6] + rs(rng, DIG, 2))
        b.f("    from: {}\n", L(rng.choice(WORLD_PLACES) if rng.random() < 0.4 else COUNTRY[loc]["en"], LOC))
        b.f("    talk: \"{}\"\n", rng.choice(["Scaling volunteer apps on a shoestring", "Accessible ticketing for all",
                                               "What donors really want from your CRM", "Open data for charities",
                                               "Offline-first check-in at festivals"]))
        b.f("    slot: \"{}\"\n    room: {}\n    duration: {}\n", L(dt.strftime("%Y-%m-%d %H:%M"), DT),
            rng.choice(["Hall A", "Room 2.14", "Auditorium", "Workshop B"]), rng.choice(["25m", "40m", "90m"]))
        if rng.random() < 0.4:
            b.f("    mobile: \"{}\"\n", L(phone(rng, loc if loc != "en" else "uk", True), PHN))
    return b


def k_speaker_travel_email(rng):
    b = Builder()
    org, dom = org_pick(rng)
    sp = person(rng)
    coord = person(rng)
    hotel = address(rng, rng.choice(["uk", "de", "nl", "fr", "es"]))
    d_in = rdt(rng, 2025, 2026, 6, 20)
    d_out = d_in + _dt.timedelta(days=rng.randint(2, 4), hours=rng.randint(-3, 3))
    b.f("Subject: Travel & accommodation confirmed - {}\n\n", org)
    if rng.random() < 0.5:
        b.f("Dear {} {},\n\n", rng.choice(["Dr.", "Prof.", "Ms", "Mr"]), L(sp["last"], PER))
    else:
        b.f("Dear {},\n\n", L(full(sp), PER))
    b.f("We're delighted to confirm your travel for your keynote. Flights are booked under {} (as in your passport):\n\n",
        L(nm(rng, sp, "upper"), PER))
    b.f("  Outbound  {} {} -> {}  dep {}\n", rs(rng, UP, 2) + str(rng.randint(100, 9999)),
        rng.choice(["JFK", "SFO", "NBO", "DEL", "YYZ", "SIN"]), rng.choice(["LHR", "AMS", "CDG", "MAD", "BER"]),
        L(fdt(rng, d_in), DT))
    b.f("  Return    {} -> {}  dep {}\n  Booking ref {} (e-ticket {})\n\n", rng.choice(["LHR", "AMS", "CDG"]),
        rng.choice(["JFK", "SFO", "NBO"]), L(fdt(rng, d_out), DT), rs(rng, UP + DIG, 6), non_luhn(rng, 13, rng.choice(["125", "220", "074"])))
    b.f("Your hotel is the {} at {} (early check-in requested, confirmation {}).\n", rng.choice(["Harbourside Inn", "Hotel Europa", "Station Lodge"]),
        L(addr_text(rng, hotel, False), ADR), rs(rng, DIG, 9))
    drv = person(rng)
    b.f("Our volunteer driver {} will meet you at arrivals; if anything goes wrong call me on {} (24h) or our venue desk on {}.\n\n",
        L(nm(rng, drv, rng.choice(["full", "given"])), PER), L(phone(rng, "uk", True, True), PHN), L(phone(rng, "uk", False, False), PHN))
    b.f("Best,\n{}\nSpeaker Manager | {}\n{}\n", L(full(coord), PER), org, L(staff_email(rng, coord, dom), EML))
    return b


def k_cfp_json(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["us", "uk", "de", "es", "it", "pt", "sv", "tr"])
    p = person(rng, loc if loc not in ("uk", "us") else "en")
    co = person(rng)
    sub = {
        "submission_id": uuid(rng),
        "event": org,
        "track": rng.choice(["Fundraising Tech", "Community", "Data & Privacy", "Accessibility"]),
        "title": rng.choice(["Building a volunteer scheduler in a weekend", "Gift Aid at scale",
                             "Privacy-first donor analytics", "Ticket fraud at small festivals"]),
        "speakers": [
            {"name": L(full(p), PER), "email": L(email_of(rng, p), EML), "city": L(city_loc(rng, address(rng, loc)), LOC),
             "bio_url": L("https://%s/about" % rng.choice(["blog.example.dev", "www.speakerdeck.com/" + rs(rng, LOW, 7), "talks.opencharity.net"]), URL)},
        ],
        "submitted_at_epoch": rng.randint(1730000000, 1760000000),
        "availability": [L(fdate(rng, rdate(rng, 2025, 2026), "iso"), DT) for _ in range(rng.randint(1, 3))],
        "needs": {"travel_grant": rng.random() < 0.4, "visa_letter": rng.random() < 0.3},
        "review": {"score": round(rng.uniform(2, 5), 1), "reviewer": L(nm(rng, co, "full"), PER)},
    }
    if rng.random() < 0.5:
        c2 = person(rng)
        sub["speakers"].append({"name": L(full(c2), PER), "email": L(email_of(rng, c2), EML)})
    jdump(b, sub)
    b.t("\n")
    return b


def k_w9_honorarium(rng):
    b = Builder()
    org, dom = org_pick(rng)
    p = person(rng)
    a = address(rng, "us")
    fin = person(rng)
    b.f("SPEAKER HONORARIUM - PAYEE SETUP (W-9 info)\n{} finance / payment run {}\n\n", org, order_no(rng, "INV"))
    b.f("Payee name: {}\n", L(nm(rng, p, rng.choice(["full", "upper"])), PER))
    b.f("Taxpayer ID (SSN): {}\n", L(ssn(rng), SSN))
    b.f("Mailing address: {}\n", L(addr_text(rng, a, rng.random() < 0.4), ADR))
    b.f("Honorarium: {} for session on {}\n", money(rng, "$", 250, 2500), L(fdate(rng, rdate(rng), "mdy"), DT))
    b.f("Payment method: ACH\nBank routing #: {}\nAccount #: {}\nAccount type: {}\n",
        rng.choice(["021000021", "011000138", "121000358", "026009593"]), L(rs(rng, DIG, rng.randint(9, 12)), ACC),
        rng.choice(["checking", "savings"]))
    if rng.random() < 0.4:
        b.f("Alt (international): IBAN {} / BIC {}\n", L(iban(rng, rng.choice(["GB", "DE", "NL", "IE"])), IBAN),
            rng.choice(["NWBKGB2L", "DEUTDEFFXXX", "INGBNL2A", "AIBKIE2D"]))
    b.f("Approved by: {}  on {}\n", L(nm(rng, fin, "initial"), PER), L(fdate(rng, rdate(rng), "num_us"), DT))
    b.t("Note: 1099-NEC will be issued if total payments exceed $600 in the calendar year.\n")
    return b


def k_membership_renewal(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "uk", "us"])
    p = person(rng)
    a = address(rng, loc)
    t = title(rng)
    sec = person(rng)
    b.f("{}\n\n{} {}\n{}\n\n{}\n\n", org, t, L(full(p), PER), L("\n".join(a["lines"]), ADR),
        L(fdate(rng, rdate(rng), us=(loc == "us")), DT))
    b.f("Dear {},\n\nYour {} membership expires on {}. ", L(nm(rng, p, rng.choice(["given", "full"])), PER),
        rng.choice(["Family", "Individual", "Concession", "Life Patron"]),
        L(fdate(rng, rdate(rng, 2025, 2026), "dmy" if loc == "uk" else "mdy"), DT))
    b.f("To renew at this year's rate of {} simply visit {} or call the membership office on {} ",
        money(rng, "£" if loc == "uk" else "$", 20, 120),
        L("https://www.%s/renew?m=%s" % (dom, rs(rng, DIG, 6)), URL), L(phone(rng, loc, False, False), PHN))
    b.t("(lines open weekdays). ")
    b.f("Your customer account number is {}.\n\n", L(rng.choice(["", "MB"]) + rs(rng, DIG, 7), ACC))
    b.t("Members enjoy priority booking, 10% off in the café and our quarterly newsletter.\n\n")
    b.f("Yours sincerely,\n\n{}\nMembership Secretary\n", L(full(sec), PER))
    return b


def k_member_vcard(rng):
    b = Builder()
    loc = rng.choice(["uk", "us", "de", "fr", "nl"])
    p = person(rng, "en" if loc in ("uk", "us") else loc)
    a = address(rng, loc)
    org, dom = org_pick(rng)
    b.t("BEGIN:VCARD\nVERSION:3.0\n")
    b.f("N:{}\n", L(";".join(x for x in (p["last"], p["first"], p["mid"]) if x), PER))
    b.f("FN:{}\n", L(full(p), PER))
    b.f("ORG:{};Members\n", org)
    b.f("TEL;TYPE=CELL:{}\n", L(phone(rng, loc, True, True), PHN))
    if rng.random() < 0.5:
        b.f("TEL;TYPE=HOME,VOICE:{}\n", L(phone(rng, loc, False, False), PHN))
    b.f("EMAIL;TYPE=INTERNET:{}\n", L(email_of(rng, p), EML))
    street, city = a["street"], a["city"]
    b.f("ADR;TYPE=HOME:{}\n", L("%s;%s;%s;%s;%s" % (street, city, a["region"] or "", a["postcode"], COUNTRY[loc]["en"]), ADR))
    b.f("BDAY:{}\n", L(rdob(rng).isoformat(), DOB))
    b.f("NOTE:Member since {}. Gift Aid: {}. Dog: {}\n", rng.randint(1998, 2024), rng.choice(["yes", "no"]),
        rng.choice(["Biscuit", "Pepper", "Mr Whiskers", "Luna"]))
    b.f("REV:{}\nUID:{}\nEND:VCARD\n", rdt(rng).strftime("%Y%m%dT%H%M%SZ"), uuid(rng))
    return b


def k_club_minutes(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    people = [person(rng) for _ in range(rng.randint(4, 6))]
    d = rdate(rng)
    b.f("{} - Committee Meeting Minutes\nHeld {} at the clubhouse, {}\n\n", org,
        L(fdt(rng, _dt.datetime(d.year, d.month, d.day, 19, 30), us=(loc == "us")), DT),
        L(addr_text(rng, address(rng, loc), False), ADR))
    b.t("Present: ")
    for k, p in enumerate(people):
        b.e(full(p) if k else full(p), PER)
        b.t(" (chair)" if k == 0 else "")
        b.t(", " if k < len(people) - 1 else "\n")
    ab = person(rng)
    b.f("Apologies: {}\n\n", L(nm(rng, ab, "full"), PER))
    b.f("1. Minutes of the last meeting ({}) were approved.\n", L(fdate(rng, d - _dt.timedelta(days=rng.randint(25, 40)), "dmy" if loc == "uk" else "mdy"), DT))
    b.f("2. Treasurer's report: balance {}; {} reported {} new members since spring.\n",
        money(rng, "£" if loc == "uk" else "$", 800, 14000), L(people[1]["first"], PER), rng.randint(3, 40))
    b.f("3. Summer fete: to be held {}. {}'s team will run the tombola; {} to contact the council about road closure.\n",
        L(fdate(rng, rdate(rng, 2025, 2026), "dmy" if loc == "uk" else "mdy", weekday=True), DT),
        L(people[2]["first"], PER), L(nm(rng, people[3], "initial"), PER))
    b.f("4. Trip to {} agreed for October, coach quote {}.\n", L(rng.choice(WORLD_PLACES + ["Lake Geneva", "Cape Cod", "Snowdonia"]), LOC),
        money(rng, "£", 400, 1500))
    b.t("5. AOB: the club's dog Rufus has retired as mascot.\n\n")
    b.f("Next meeting: {}\n", L(fdt(rng, rdt(rng, 2025, 2026, 18, 20), us=(loc == "us")), DT))
    return b


def k_crm_env(rng):
    b = Builder()
    b.f("# Fundraising CRM - {} environment\n# last rotated by ops, see runbook v{}\nAPP_ENV=production\nAPP_VERSION={}\nLOG_LEVEL=info\n",
        rng.choice(["production", "staging"]), version(rng), version(rng))
    host = rng.choice(["db-prod.internal", "crm-db.cluster-local", "pg01.charity.lan"])
    b.f("DATABASE_URL=postgres://{}:{}@{}:5432/donors\n", rng.choice(["crm_app", "donorsvc", "civi"]),
        L(password(rng, True), PWD), host)
    b.f("REDIS_HOST={}\nREDIS_PORT=6379\n", L(ipv4(rng, True), IP))
    opts = rng.sample(["stripe", "whsec", "slack", "aws", "mc", "jwt", "smtp", "gh"], rng.randint(4, 6))
    for o in opts:
        if o == "stripe":
            b.f("STRIPE_SECRET_KEY={}\nSTRIPE_PUBLISHABLE_KEY=pk_live_{}\n", L(stripe_key(rng), STR), rs(rng, ALNUM, 24))
        elif o == "whsec":
            b.f("STRIPE_WEBHOOK_SECRET={}\n", L(generic_secret(rng, "whsec"), SEC))
        elif o == "slack":
            b.f("SLACK_BOT_TOKEN={}\n", L(slack_token(rng), SLK))
        elif o == "aws":
            b.f("AWS_ACCESS_KEY_ID={}\nAWS_SECRET_ACCESS_KEY={}\nAWS_REGION=eu-west-2\n", L(aws_access(rng), AKI), L(aws_secret(rng), ASK))
        elif o == "mc":
            b.f("MAILCHIMP_API_KEY={}\n", L(generic_secret(rng, "mc"), SEC))
        elif o == "jwt":
            b.f("JWT_SIGNING_SECRET={}\n", L(generic_secret(rng, "hex"), SEC))
        elif o == "smtp":
            b.f("SMTP_USER=apikey\nSMTP_PASSWORD={}\n", L(password(rng), PWD))
        elif o == "gh":
            b.f("GITHUB_DEPLOY_TOKEN={}\n", L(gh_token(rng), GHT))
    b.f("ADMIN_NOTIFY={}\nFEATURE_GIFT_AID_V2=true\nSESSION_TTL=3600\n", L(role_email(rng, rng.choice(DOMAINS_ORG)), EML))
    return b


def k_ci_yaml(rng):
    b = Builder()
    b.f("name: deploy-ticketing\non:\n  push:\n    branches: [main]\nenv:\n  NODE_VERSION: \"{}\"\n  AWS_REGION: eu-west-1\n", rng.choice(["18", "20", "22"]))
    b.t("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n")
    b.t("      - name: Configure AWS\n        env:\n")
    if rng.random() < 0.5:
        b.t("          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    else:
        b.f("          # TODO move to secrets before merging!!\n          AWS_ACCESS_KEY_ID: {}\n          AWS_SECRET_ACCESS_KEY: {}\n",
            L(aws_access(rng), AKI), L(aws_secret(rng), ASK))
    b.t("      - name: Publish release notes\n        env:\n")
    b.f("          GH_TOKEN: {}\n", L(gh_token(rng), GHT))
    b.f("          SLACK_TOKEN: {}\n", L(slack_token(rng), SLK) if rng.random() < 0.6 else "${{ secrets.SLACK_TOKEN }}")
    b.f("        run: ./scripts/release.sh --version {} --commit {}\n", version(rng), sha(rng))
    b.f("      - name: Smoke test\n        run: curl -fsS {} -H \"Authorization: Bearer ${{{{ secrets.SMOKE_TOKEN }}}}\"\n".replace("{{{{", "{{").replace("}}}}", "}}"),
        L("https://tickets-staging.%s/healthz" % rng.choice(DOMAINS_ORG), URL))
    return b


def k_k8s_secret(rng):
    b = Builder()
    name = rng.choice(["donor-portal", "ticketing-api", "volunteer-rota", "crm-sync"])
    b.f("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {}-secrets\n  namespace: {}\n  labels:\n    app: {}\n    release: \"{}\"\ntype: Opaque\ndata:\n",
        name, rng.choice(["prod", "events", "fundraising"]), name, version(rng))
    keys = [("DB_PASSWORD", PWD, lambda: password(rng)), ("SMTP_PASSWORD", PWD, lambda: password(rng)),
            ("API_KEY", SEC, lambda: generic_secret(rng)), ("WEBHOOK_SECRET", SEC, lambda: generic_secret(rng, "whsec")),
            ("OAUTH_CLIENT_SECRET", SEC, lambda: generic_secret(rng, "hex")), ("ADMIN_PASSWORD", PWD, lambda: password(rng))]
    for key, typ, gen in rng.sample(keys, rng.randint(2, 4)):
        b.f("  {}: {}\n", key, L(base64.b64encode(gen().encode()).decode(), typ))
    b.f("  DB_HOST: {}\n", base64.b64encode(b"postgres.prod.svc").decode())
    return b


def k_webhook_access_log(rng):
    b = Builder()
    dom = rng.choice(DOMAINS_ORG)
    base = rdt(rng, 2025, 2025, 0, 23)
    for k in range(rng.randint(5, 9)):
        base += _dt.timedelta(seconds=rng.randint(1, 90))
        path = rng.choice(["/webhooks/stripe", "/api/v2/checkin", "/donate/thank-you", "/api/v2/orders/%s" % rs(rng, DIG, 7),
                           "/static/app.%s.js" % rs(rng, HEX, 8), "/login"])
        b.e(ip(rng), IP)
        b.f(" - - [{}] \"{} {} HTTP/1.1\" {} {} ", base.strftime("%d/%b/%Y:%H:%M:%S +0000"), rng.choice(["GET", "POST", "POST"]), path,
            rng.choice([200, 200, 201, 204, 301, 400, 401, 499, 502]), rng.randint(120, 48000))
        if rng.random() < 0.4:
            b.f("\"{}\" ", L("https://%s/%s" % (dom, rng.choice(["checkout", "events/summer-gala", "donate?amount=25"])), URL))
        else:
            b.t("\"-\" ")
        if rng.random() < 0.25:
            b.f("\"Stripe/1.0 (+{})\" ", L("https://stripe.com/docs/webhooks", URL))
        else:
            b.f("\"{}\" ", rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)", "okhttp/4.12.0", "curl/8.5.0"]))
        b.f("rt={}\n", "%.3f" % rng.uniform(0.002, 2.5))
    return b


def k_app_error_log(rng):
    b = Builder()
    svc = rng.choice(["donor-portal", "ticket-svc", "rota-api", "giftaid-worker"])
    base = rdt(rng, 2025, 2025, 0, 23)
    for k in range(rng.randint(4, 7)):
        base += _dt.timedelta(seconds=rng.randint(0, 30), milliseconds=rng.randint(0, 999))
        lvl = rng.choice(["INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        b.f("{} {} [{}] {} req={} ", base.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", lvl, svc, rng.choice(["http", "worker", "auth"]), uuid(rng)[:18])
        r = rng.randint(0, 5)
        if r == 0:
            b.f("login failed for user={} from {}\n", L(email_of(rng, person(rng)), EML), L(ip(rng), IP))
        elif r == 1:
            b.f("payment_intent {} failed: card_declined (last4={})\n", "pi_" + rs(rng, ALNUM, 24), rs(rng, DIG, 4))
        elif r == 2:
            b.f("retrying job giftaid.claim batch={} attempt={}/5 backoff={}ms\n", rs(rng, DIG, 6), rng.randint(1, 4), rng.choice([250, 500, 1000]))
        elif r == 3:
            b.f("upstream timeout host={} port=443 after 30000ms\n", L(ip(rng), IP))
        elif r == 4:
            b.f("deploy {} build={} commit={}\n", version(rng), rng.randint(1000, 9999), sha(rng, 12))
        else:
            b.f("webhook signature mismatch, body sha256={}\n", sha(rng, 64))
    return b


def k_slack_incident(rng):
    b = Builder()
    h = [ascii_slug(person(rng)["first"])[:7] + rng.choice([".k", "_ops", "99", "-dev", "_x"]) for _ in range(3)]
    real = person(rng)
    t0 = rdt(rng, 2025, 2025, 8, 22)
    b.f("#ops-fundraising - export {}\n", uuid(rng)[:8])

    def msg(who, *parts):
        nonlocal t0
        t0 += _dt.timedelta(minutes=rng.randint(0, 6))
        b.t("[%s] <%s> " % (t0.strftime("%H:%M"), who))
        b.t(*parts)
        b.t("\n")

    msg(h[0], "donation page is 500ing since the deploy, stripe says invalid API key")
    msg(h[1], "yeah the new key never made it into the secret. temporarily set it by hand: ", L(stripe_key(rng), STR))
    msg(h[0], "pls don't paste keys here :( ")
    msg(h[2], "also the bot token leaked in the CI output earlier ", L(slack_token(rng), SLK), " - rotating now")
    msg(h[1], "ok. ", L(nm(rng, real, rng.choice(["full", "given", "lower"])), PER), " from finance asked whether last night's gifts were lost")
    msg(h[0], "none lost, queue replayed ", str(rng.randint(40, 400)), " events, incident ", order_no(rng, "CASE"))
    msg(h[2], "postmortem on ", L(fdt(rng, rdt(rng, 2025, 2025, 10, 16), weekday=True), DT), "? I'll send an invite")
    return b


def k_llm_prompt_donor(rng):
    b = Builder()
    p = person(rng)
    loc = rng.choice(["uk", "us"])
    a = address(rng, loc)
    b.t(rng.choice(["SYSTEM: You are a helpful assistant for a charity's supporter care team.\nUSER: ",
                    "Prompt:\n", "### Instruction\n"]))
    b.t("Write a warm, short thank-you note and suggest an upgrade ask for this donor. Don't mention their age.\n\n")
    b.f("Donor: {}\n", L(nm(rng, p, rng.choice(["full", "last_first", "upper"])), PER))
    b.f("Born: {}\n", L(fdate(rng, rdob(rng), us=(loc == "us")), DOB))
    b.f("Lives at: {}\n", L(addr_text(rng, a, False), ADR))
    b.f("Contact: {}, {}\n", L(email_of(rng, p), EML), L(phone(rng, loc), PHN))
    b.f("Giving: {} monthly since {}, one-off {} on {} (appeal code {})\n", money(rng, "£" if loc == "uk" else "$", 3, 40),
        rng.randint(2012, 2023), money(rng, "£" if loc == "uk" else "$", 50, 900),
        L(fdate(rng, rdate(rng), us=(loc == "us")), DT), rs(rng, UP, 3) + rs(rng, DIG, 2))
    if rng.random() < 0.5:
        b.f("Payment card on file: {}\n", L(card_number(rng), CC))
    else:
        b.f("Bank account: {}\n", L(rs(rng, DIG, 8), ACC))
    b.f("Notes: attended the gala with partner {}; prefers email to phone calls.\n", L(person(rng)["first"], PER))
    b.t("\nKeep it under 120 words.\n")
    return b


def k_llm_prompt_volunteer(rng):
    b = Builder()
    org, dom = org_pick(rng)
    b.f("Hey assistant, can you turn this messy list into a polite reminder email for each volunteer for {}? Include their shift time.\n\n", org)
    for k in range(rng.randint(3, 5)):
        p = person(rng)
        loc = rng.choice(["uk", "us"])
        dt = rdt(rng, 2025, 2026, 7, 18)
        b.f("- {} | {} | {} | {}\n", L(nm(rng, p, rng.choice(["full", "lower", "upper", "last_first"])), PER),
            L(email_of(rng, p), EML), L(phone(rng, loc), PHN), L(fdt(rng, dt), DT))
    b.t("\nSign it from ")
    s = person(rng)
    b.f("{} (volunteer coordinator). The Wi-Fi password on site is ", L(full(s), PER))
    b.f("{} so mention that too.\n", L(password(rng), PWD))
    return b


def k_first_aid_incident(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    p = person(rng)
    medic = person(rng)
    a = address(rng, loc)
    when = rdt(rng, 2025, 2026, 12, 23)
    b.f("{} - ON-SITE MEDICAL INCIDENT REPORT\nForm MED-{} rev {}\n\n", org, rs(rng, DIG, 4), version(rng))
    b.f("Patient name: {}\nDate of birth: {}\n", L(nm(rng, p, rng.choice(["full", "upper", "last_first"])), PER),
        L(fdate(rng, rdob(rng), "num_uk" if loc == "uk" else "num_us"), DOB))
    b.f("Home address: {}\n", L(addr_text(rng, a, False), ADR))
    b.f("Time of incident: {}\nLocation on site: {}\n", L(fdt(rng, when, us=(loc == "us")), DT),
        rng.choice(["Zone C, near Main Stage", "Campsite Orange, pitch 44", "Bar 2 queue", "Car park B"]))
    comp, treat = rng.choice([("heat exhaustion, dizziness", "oral fluids, cooled, observed 40 min"),
                              ("laceration to left hand", "cleaned and steri-strips applied"),
                              ("asthma attack", "salbutamol 100mcg x4 puffs via spacer"),
                              ("ankle sprain", "RICE, ibuprofen 400 mg, crutches"),
                              ("allergic reaction (peanuts)", "cetirizine 10 mg, adrenaline not required, observed")])
    b.f("Presenting complaint: {}\nTreatment: {}\n", comp, treat)
    b.f("Treated by: {} {}\n", rng.choice(["Dr.", "Paramedic", "EMT", "Nurse"]), L(full(medic), PER))
    if rng.random() < 0.6:
        b.f("Transferred to: {} ED at {}\n" + rng.choice(["Hospital MRN", "Medical record no.", "ED patient ID", "Hospital number"]) + ": {}\n", rng.choice(["St Mary's", "Royal Infirmary", "General Hospital"]),
            L(ftime(rng, (when + _dt.timedelta(minutes=rng.randint(20, 90))).time()), DT),
            L(rng.choice(["", "", "H", "E"]) + rs(rng, DIG, rng.choice([7, 8, 10])), MRN))
    if loc == "us" or rng.random() < 0.3:
        b.f("Insurance: {} " + rng.choice(["member ID", "policy no.", "subscriber ID", "member no."]) + " {}\n", rng.choice(["Blue Cross PPO", "Aetna Choice POS II", "Bupa", "Kaiser HMO"]),
            L(rs(rng, UP, 3) + rs(rng, DIG, 9), HPN))
    b.f("Next of kin informed: {} on {}\n", L(nm(rng, person(rng), "full"), PER), L(phone(rng, loc), PHN))
    return b


def k_hl7_transfer(rng):
    b = Builder()
    p = person(rng)
    a = address(rng, "us")
    doc = person(rng)
    ts = rdt(rng, 2025, 2025, 0, 23).strftime("%Y%m%d%H%M%S")
    b.f("MSH|^~\\&|FESTMED|{}|ADT|REGIONAL_HOSP|{}||ADT^A04|{}|P|2.5.1\n", rng.choice(["SALTMARSH", "HARBOURFEST"]), ts, "MSG" + rs(rng, DIG, 8))
    b.f("EVN|A04|{}\n", ts)
    hl7n = "%s^%s%s" % (ascii_slug(p["last"]).upper() or "DOE", p["first"].upper(), ("^" + p["mid"]) if p["mid"] else "")
    pdob = rdob(rng).strftime("%Y%m%d")
    b.f("PID|1||{}^^^REGIONAL_HOSP^MR||{}||{}|{}|||{}||{}\n", L(rs(rng, DIG, 8), MRN), L(hl7n, PER),
        L(pdob, DOB), rng.choice("MFU"),
        L("%s^^%s^%s^%s" % (a["street"].upper(), a["city"].upper(), a["region"], a["postcode"]), ADR),
        L(phone(rng, "us", False), PHN))
    b.f("PV1|1|E|ED^^^REGIONAL_HOSP||||{}^{}\n", rs(rng, DIG, 10),
        L("%s^%s" % (ascii_slug(doc["last"]).upper(), doc["first"].upper()), PER))
    in1 = ["IN1", "1", rng.choice(["BCBS01", "AET02", "UHC09"]), rs(rng, DIG, 5),
           rng.choice(["BLUE CROSS", "AETNA", "UNITEDHEALTHCARE"])] + [""] * 3 + ["GRP" + rs(rng, DIG, 6)] + [""] * 7
    # in1 now holds IN1-0..IN1-15
    b.t("|".join(in1) + "|")
    b.e(hl7n, PER)                                   # IN1-16 name of insured
    b.t("|SEL|")                                     # IN1-17
    b.e(pdob, DOB)                                   # IN1-18 insured DOB
    b.t("|" * 18)                                    # IN1-19..IN1-35 empty
    b.e(rs(rng, UP, 3) + rs(rng, DIG, 9), HPN)       # IN1-36 policy number
    b.t("\n")
    b.f("NTE|1||Transferred from festival medical tent, incident at {}\n", L(fdt(rng, rdt(rng, 2025, 2025, 12, 23)), DT))
    return b


def k_access_request(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    p = person(rng)
    carer = person(rng)
    b.f("Access Requirements Form - {}\nSubmitted via web form #{}\n\n", org, rs(rng, DIG, 6))
    b.f("Name: {}\nEmail: {}\nPhone: {}\n", L(nm(rng, p, rng.choice(["full", "full", "lower"])), PER),
        L(email_of(rng, p), EML), L(phone(rng, loc), PHN))
    ev = rdt(rng, 2025, 2026, 10, 19)
    b.f("Event date(s): {}\n", L(fdate(rng, ev.date(), us=(loc == "us")), DT))
    b.f("Requirements: {}\n", rng.choice(["wheelchair user, need step-free viewing platform", "BSL interpreter for keynote",
                                          "quiet room access (autism)", "guide dog (Juno) - water bowl please",
                                          "hearing loop / captioning"]))
    b.f("Personal assistant attending: {} (free carer ticket)\n", L(full(carer), PER))
    b.f("Arrival: drop-off at {} around {}\n", rng.choice(["Gate B accessible entrance", "Blue Badge car park", "the north taxi rank"]),
        L(ftime(rng, ev.time()), DT))
    b.f("Parking permit plate: {}\nHow did you hear about us? {}\n", plate(rng), rng.choice(["Instagram", "friend", "local radio"]))
    return b


def k_sponsorship_agreement(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    sp_contact = person(rng)
    our = person(rng)
    funder = rng.choice(FUNDERS)
    sa = address(rng, loc)
    start = rdate(rng, 2025, 2026)
    b.f("SPONSORSHIP AGREEMENT (extract)\n\nThis agreement is made on {} between {} (\"the Charity\") and {} (\"the Sponsor\"), whose registered office is at {}.\n\n",
        L(fdate(rng, start, "dmy" if loc == "uk" else "mdy"), DT), org, funder, L(addr_text(rng, sa, False), ADR))
    b.f("1. The Sponsor shall pay {} in two instalments, the first due by {}.\n", money(rng, "£" if loc == "uk" else "$", 5000, 75000),
        L(fdate(rng, start + _dt.timedelta(days=30), "dmy" if loc == "uk" else "mdy"), DT))
    b.f("2. Logo placement on the main stage banner and at {}.\n", L("https://www.%s/sponsors" % dom, URL))
    b.f("3. Payments to the Charity's account IBAN {} (BIC {}).\n", L(iban(rng, "GB"), IBAN), rng.choice(["NWBKGB2L", "BARCGB22", "LOYDGB2L"]))
    b.f("4. Notices to: for the Sponsor, {} ({}); for the Charity, {} ({}, {}).\n",
        L(nm(rng, sp_contact, "full"), PER), L(email_of(rng, sp_contact, FUNDER_DOMAINS[FUNDERS.index(funder)]), EML),
        L(full(our), PER), L(staff_email(rng, our, dom), EML), L(phone(rng, loc), PHN))
    b.t("5. Neither party shall use the other's marks outside the Term without written consent.\n")
    return b


def ocr_noise(rng, s, rate=0.06):
    out = []
    for ch in s:
        r = rng.random()
        if ch in "il" and r < rate:
            out.append("1")
        elif ch == "o" and r < rate:
            out.append("0")
        elif ch == "e" and r < rate:
            out.append("c")
        else:
            out.append(ch)
    return "".join(out)


def k_grant_ocr(rng):
    b = Builder()
    org, dom = org_pick(rng)
    funder = rng.choice(FUNDERS[:6])
    p = person(rng)
    a = address(rng, "uk")
    b.t(ocr_noise(rng, "=== SCANNED PAGE 1/3 ===  %s - Small Grants Programme\n" % funder))
    b.t(ocr_noise(rng, "APPLICATION FORM   Ref: SG/%s/%s\n\n" % (rng.randint(2024, 2026), rs(rng, DIG, 4))))
    b.t(ocr_noise(rng, "1. Organisation name:  ") + org + "\n")
    b.t(ocr_noise(rng, "   Charity number:  ") + rs(rng, DIG, 7) + ocr_noise(rng, "   Year founded: ") + str(rng.randint(1950, 2020)) + "\n")
    b.t(ocr_noise(rng, "2. Main contact:  "))
    b.e(nm(rng, p, rng.choice(["full", "upper"])), PER)
    b.t(ocr_noise(rng, "   Position: ") + rng.choice(["Trustee", "Director", "Fundraising Lead"]) + "\n")
    b.t(ocr_noise(rng, "   Address:  "))
    b.e(addr_text(rng, a, True).replace("\n", "\n             "), ADR)
    b.t("\n" + ocr_noise(rng, "   Telephone:  "))
    b.e(phone(rng, "uk"), PHN)
    b.t(ocr_noise(rng, "   E-mail: "))
    b.e(email_of(rng, p), EML)
    b.t("\n" + ocr_noise(rng, "3. Amount requested:  ") + money(rng, "£", 1000, 10000) + ocr_noise(rng, "   Project start: "))
    b.e(fdate(rng, rdate(rng, 2025, 2026), "num_uk"), DT)
    b.t("\n" + ocr_noise(rng, "4. Summary: To run weekly community lunches and a befriending service for isolated older people in the area.\n"))
    b.t("  ~~ [illegible signature] ~~   " + ocr_noise(rng, "Date: "))
    b.e(fdate(rng, rdate(rng), "num_uk"), DT)
    b.t("\n")
    return b


def k_cheque_ocr(rng):
    b = Builder()
    org, dom = org_pick(rng)
    p = person(rng)
    a = address(rng, "uk")
    b.t("[OCR] donation_scan_%s.tif conf=0.%d\n" % (rs(rng, DIG, 5), rng.randint(71, 97)))
    b.t("PAY  " + org.upper() + "\n")
    amt, words = rng.choice([(50, "FIFTY POUNDS ONLY"), (100, "ONE HUNDRED POUNDS"), (25, "TWENTY FIVE POUNDS"),
                             (20, "TWENTY POUNDS ONLY"), (250, "TWO HUNDRED AND FIFTY POUNDS")])
    b.t("THE SUM OF  " + words + "     £%d.00\n" % amt)
    b.t("DATE  ")
    b.e(rdate(rng).strftime(rng.choice(["%d/%m/%Y", "%d.%m.%y", "%d %b %Y"])), DT)
    b.t("\n")
    b.e(nm(rng, p, "upper"), PER)
    b.t("\n  cheque no. %s   sort %s-%s-%s   a/c " % (rs(rng, DIG, 6), rs(rng, DIG, 2), rs(rng, DIG, 2), rs(rng, DIG, 2)))
    b.e(rs(rng, DIG, 8), ACC)
    b.t("\n--- enclosed note ---\n")
    b.t(ocr_noise(rng, "In memory of my late " + rng.choice(["husband", "wife", "partner", "brother"]) + " ") )
    b.e(person(rng)["first"], PER)
    b.t(ocr_noise(rng, ", who loved your concerts. Please send a receipt to: "))
    b.e(addr_text(rng, a, False), ADR)
    b.t("\n" + ocr_noise(rng, "Gift aid? YES  [x]") + "\n")
    return b


def k_sms_reminders(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    b.f("SMS gateway export - campaign {} - {}\n", rs(rng, UP, 2) + rs(rng, DIG, 4), org)
    base = rdt(rng, 2025, 2025, 9, 18)
    for k in range(rng.randint(3, 5)):
        p = person(rng)
        base += _dt.timedelta(minutes=rng.randint(1, 50))
        shift = rdt(rng, 2025, 2026, 6, 18)
        b.f("[{}] to ", base.strftime("%Y-%m-%d %H:%M"))
        b.e(phone(rng, loc, True, True), PHN)
        b.t(": ")
        r = rng.randint(0, 2)
        if r == 0:
            b.f("Hi {}, reminder: your volunteer shift starts {}. Reply STOP to opt out.", L(p["first"], PER), L(fdt(rng, shift), DT))
        elif r == 1:
            b.f("{}: thanks {}! Your gift of {} has been received. Receipt {}", org, L(p["first"], PER), money(rng, "£", 3, 50), order_no(rng, "RC"))
        else:
            b.f("Hi {} - the briefing moved to {}. Code for the crew gate is {}.", L(p["first"], PER),
                L(ftime(rng, shift.time()), DT), L(rs(rng, DIG, 4), PWD))
        b.f(" [status={}]\n", rng.choice(["DELIVERED", "DELIVERED", "QUEUED", "FAILED"]))
    return b


def k_ics_invite(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us", "de", "nl"])
    st = rdt(rng, 2025, 2026, 9, 19)
    en = st + _dt.timedelta(hours=rng.randint(1, 3))
    org_p = person(rng)
    b.t("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Northstar//Speaker Portal %s//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n" % version(rng))
    b.f("UID:{}\n", uuid(rng))
    b.f("DTSTAMP:{}\nCREATED:{}\n", rdt(rng).strftime("%Y%m%dT%H%M%SZ"), rdt(rng).strftime("%Y%m%dT%H%M%SZ"))
    b.f("DTSTART;TZID=Europe/London:{}\nDTEND;TZID=Europe/London:{}\n", L(st.strftime("%Y%m%dT%H%M%S"), DT), L(en.strftime("%Y%m%dT%H%M%S"), DT))
    b.f("SUMMARY:{} - {}\n", rng.choice(["Speaker briefing", "Volunteer induction", "Trustee meeting", "Sponsor walkthrough"]), org)
    b.f("LOCATION:{}\n", L(addr_text(rng, address(rng, loc), False).replace(",", "\\,"), ADR))
    b.f("ORGANIZER;CN={}:mailto:{}\n", L(full(org_p), PER), L(staff_email(rng, org_p, dom), EML))
    for k in range(rng.randint(1, 3)):
        p = person(rng)
        b.f("ATTENDEE;ROLE=REQ-PARTICIPANT;CN={}:mailto:{}\n", L(full(p), PER), L(email_of(rng, p), EML))
    b.f("DESCRIPTION:Join online: {}\n", L("https://meet.%s/r/%s" % (dom, rs(rng, LOW, 10)), URL))
    b.f("LAST-MODIFIED:{}\nSEQUENCE:{}\nEND:VEVENT\nEND:VCALENDAR\n", rdt(rng).strftime("%Y%m%dT%H%M%SZ"), rng.randint(0, 4))
    return b


def k_raffle_md(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    b.f("## {} - Grand Raffle winners (drawn {})\n\n| Prize | Ticket | Winner | Town | Contact |\n|---|---|---|---|---|\n",
        org, L(fdate(rng, rdate(rng), us=(loc == "us")), DT))
    for k in range(rng.randint(3, 6)):
        p = person(rng)
        a = address(rng, loc)
        b.f("| {} | {} | {} | {} | {} |\n", rng.choice(["Hamper", "Weekend for two", "Signed guitar", "£100 voucher", "Bike", "Spa day"]),
            "%s%04d" % (rng.choice("ABCDEFG"), rng.randint(1, 9999)), L(nm(rng, p, rng.choice(["full", "initial", "upper"])), PER),
            L(city_loc(rng, a), LOC), L(phone(rng, loc), PHN))
    b.t("\nUnclaimed prizes will be redrawn after 30 days. Licence no. LOT/%s/%s\n" % (rng.randint(2020, 2026), rs(rng, DIG, 4)))
    return b


def k_helpdesk_ticket(rng):
    b = Builder()
    org, dom = org_pick(rng)
    p = person(rng)
    agent = person(rng)
    b.f("Ticket #{} | Priority: {} | Queue: CRM Access\nRequester: {} <{}>\nAssignee: {}\n\n",
        rng.randint(10000, 99999), rng.choice(["P2", "P3", "P4"]), L(full(p), PER), L(staff_email(rng, p, dom), EML),
        L(nm(rng, agent, rng.choice(["full", "initial"])), PER))
    b.f("Description:\nHi, I'm locked out of the donor database after the {} upgrade. ", version(rng))
    b.f("My IP is {} if you need to allowlist it. ", L(ip(rng), IP))
    b.f("Temporary password you sent was {} but it says expired.\n\n", L(password(rng), PWD))
    b.f("--- {} (agent) ---\n", L(agent["first"], PER))
    b.f("Reset done. Please log in at {} and enable MFA before {}.\n", L("https://crm.%s/login" % dom, URL),
        L(fdt(rng, rdt(rng, 2025, 2026, 9, 17)), DT))
    b.f("Linked: {}, commit {}\nStatus: Resolved\n", order_no(rng, "CASE"), sha(rng, 7))
    return b


def k_bank_recon_tsv(rng):
    b = Builder()
    b.t("value_date\tpayer_name\tpayer_iban\tbic\tamount_eur\tend_to_end_ref\tmatched_donor\n")
    for k in range(rng.randint(4, 8)):
        cc = rng.choice(["DE", "NL", "FR", "ES", "IT", "BE", "IE", "AT", "PT"])
        loc = {"DE": "de", "NL": "nl", "FR": "fr", "ES": "es", "IT": "it", "BE": "nl", "IE": "en", "AT": "de", "PT": "pt"}[cc]
        p = person(rng, loc)
        b.f("{}\t{}\t{}\t{}\t{}\t{}\t{}\n", L(rdate(rng).isoformat(), DT), L(nm(rng, p, rng.choice(["upper", "upper", "last_first"])), PER),
            L(iban(rng, cc, False), IBAN), rs(rng, UP, 6) + rs(rng, UP + DIG, 2), "%.2f" % (rng.randint(500, 50000) / 100),
            "E2E-" + rs(rng, UP + DIG, 12), rng.choice(["yes", "no", "partial"]))
    return b


def k_legacy_letter(rng):
    b = Builder()
    org, dom = org_pick(rng)
    p = person(rng)
    sol = person(rng)
    a = address(rng, "uk")
    fa = address(rng, "uk")
    b.f("{} & Co Solicitors\n{}\n\n{}\n\nOur ref: {}/{}\n\nDear Legacy Officer,\n\n", rng.choice(["Pemberton", "Hargreaves", "Ashdown"]),
        L(addr_text(rng, fa, True), ADR), L(fdate(rng, rdate(rng), "dmy"), DT), rs(rng, UP, 3), rs(rng, DIG, 5))
    b.f("Re: the estate of the late {} {}, born {}, formerly of {}\n\n", title(rng), L(full(p), PER),
        L(fdate(rng, rdate(rng, 1924, 1958), "dmy"), DOB), L(addr_text(rng, a, False), ADR))
    b.f("We act as executors. Under clause 6 of the Will dated {}, the deceased left a pecuniary legacy of {} to {}. ",
        L(fdate(rng, rdate(rng, 2008, 2020), "dmy"), DT), money(rng, "£", 1000, 50000), org)
    b.f("Please confirm the charity's bank details on letterhead; we understand the account is IBAN {}.\n\n",
        L(iban(rng, "GB"), IBAN))
    b.f("Yours faithfully,\n\n{}\nPartner, Private Client\nDirect line {}\n", L(nm(rng, sol, "full"), PER), L(phone(rng, "uk", False, False), PHN))
    return b


def k_auction_bids(rng):
    b = Builder()
    org, dom = org_pick(rng)
    loc = rng.choice(["uk", "us"])
    b.f("SILENT AUCTION - Lot {}: {}\nReserve {}  |  Closes {}\n\n", rng.randint(1, 40),
        rng.choice(["Week in a Cornish cottage", "Framed print", "Cookery class for 4", "Signed football shirt"]),
        money(rng, "£" if loc == "uk" else "$", 50, 400), L(fdt(rng, rdt(rng, 2025, 2026, 20, 22)), DT))
    b.t("Paddle | Bidder name               | Phone              | Bid\n")
    amt = rng.randint(60, 200)
    for k in range(rng.randint(3, 7)):
        p = person(rng)
        amt += rng.randint(5, 40)
        n = nm(rng, p, rng.choice(["full", "upper", "lower", "initial"]))
        ph = phone(rng, loc)
        b.f("{}    | {}{} | {}{} | {}\n", "%03d" % rng.randint(1, 350), L(n, PER), " " * max(1, 24 - len(n)),
            L(ph, PHN), " " * max(1, 18 - len(ph)), "%s%d" % ("£" if loc == "uk" else "$", amt))
    b.t("\nWinning bidder to be contacted by the auction desk. Payment by card or bank transfer.\n")
    return b


def k_badge_xml(rng):
    b = Builder()
    org, dom = org_pick(rng)
    b.f("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<badgeExport event=\"{}\" generated=\"{}\" version=\"{}\">\n",
        org, rdt(rng).strftime("%Y-%m-%dT%H:%M:%SZ"), version(rng))
    for k in range(rng.randint(2, 4)):
        loc = rng.choice(["uk", "us", "de", "fr", "es", "it", "sv", "pl"])
        p = person(rng, loc if loc not in ("uk", "us") else "en")
        b.f("  <attendee id=\"{}\" type=\"{}\">\n", uuid(rng), rng.choice(["delegate", "speaker", "volunteer", "sponsor"]))
        b.f("    <firstName>{}</firstName>\n    <lastName>{}</lastName>\n", L(p["first"], PER), L(p["last"], PER))
        b.f("    <email>{}</email>\n", L(email_of(rng, p), EML))
        b.f("    <city>{}</city>\n    <country>{}</country>\n", L(address(rng, loc)["city"], LOC), ISO2[loc])
        if rng.random() < 0.5:
            b.f("    <mobile>{}</mobile>\n", L(phone(rng, loc, True), PHN))
        b.f("    <ticket>{}</ticket>\n    <dietary>{}</dietary>\n  </attendee>\n", order_no(rng, "TKT"), rng.choice(["none", "vegan", "halal", "gluten-free"]))
    b.t("</badgeExport>\n")
    return b


def k_stripe_event(rng):
    b = Builder()
    loc = rng.choice(["uk", "us"])
    p = person(rng)
    a = address(rng, loc)
    ev = {
        "id": "evt_" + rs(rng, ALNUM, 24),
        "object": "event",
        "api_version": "2024-06-20",
        "created": rng.randint(1720000000, 1760000000),
        "type": "charge.succeeded",
        "data": {"object": {
            "id": "ch_" + rs(rng, ALNUM, 24),
            "amount": rng.randint(500, 50000),
            "currency": "gbp" if loc == "uk" else "usd",
            "description": rng.choice(["Monthly donation", "Gala ticket x2", "Raffle tickets", "Membership renewal"]),
            "billing_details": {
                "name": L(full(p), PER),
                "email": L(email_of(rng, p), EML),
                "phone": L(phone(rng, loc, True), PHN),
                "address": {"line1": L(a["street"], ADR), "city": L(a["city"], LOC), "postal_code": a["postcode"],
                            "country": "GB" if loc == "uk" else "US"},
            },
            "payment_method_details": {"card": {"brand": rng.choice(["visa", "mastercard", "amex"]), "last4": rs(rng, DIG, 4),
                                                "exp_month": rng.randint(1, 12), "exp_year": rng.randint(2026, 2031)}},
            "metadata": {"campaign": rng.choice(["spring-appeal", "gala25", "xmas"]), "gift_aid": "true"},
            "client_ip": L(ip(rng), IP),
        }},
    }
    if loc == "us":
        ev["data"]["object"]["billing_details"]["address"]["state"] = L(a["region"], LOC)
    jdump(b, ev)
    b.t("\n")
    return b


def k_webinar_invite(rng):
    b = Builder()
    org, dom = org_pick(rng)
    host = person(rng)
    dt = rdt(rng, 2025, 2026, 9, 19)
    mid = "%s %s %s" % (rs(rng, DIG, 3), rs(rng, DIG, 4), rs(rng, DIG, 4))
    b.f("{} is inviting you to a scheduled Zoom meeting.\n\nTopic: {} - {}\nTime: {} London\n\n", L(full(host), PER),
        org, rng.choice(["Volunteer induction", "Trustee Q&A", "Donor webinar", "Speaker tech check"]), L(fdt(rng, dt), DT))
    b.f("Join Zoom Meeting\n{}\n\nMeeting ID: {}\nPasscode: {}\n\n", L("https://us02web.zoom.us/j/%s?pwd=%s" % (mid.replace(" ", ""), rs(rng, ALNUM, 32)), URL),
        mid, L(rng.choice([rs(rng, DIG, 6), rs(rng, ALNUM, 8)]), PWD))
    b.t("Dial by your location\n")
    for loc, lab, lab2 in rng.sample([("uk", "United Kingdom", ""), ("us", "US", "New York"), ("de", "Germany", ""),
                                      ("nl", "Netherlands", ""), ("us", "US", "San Jose")], 2):
        b.f("  {} {}", L(phone(rng, loc, True, False), PHN), L(lab, LOC))
        if lab2:
            b.f(" ({})", L(lab2, LOC))
        b.t("\n")
    b.f("\nQuestions? Contact {} on {}.\n", L(staff_email(rng, host, dom), EML), L(phone(rng, "uk", False, True), PHN))
    return b


def k_ticketing_ini(rng):
    b = Builder()
    b.f("; box-office service configuration\n; version {}\n\n[server]\nport = 8080\nworkers = {}\npublic_url = ", version(rng), rng.randint(2, 16))
    b.f("{}\n\n[database]\nhost = {}\nport = 3306\nuser = boxoffice\npassword = {}\n\n", L("https://tickets.%s" % rng.choice(DOMAINS_ORG), URL),
        L(ipv4(rng, True), IP), L(password(rng, True), PWD))
    b.f("[payments]\nprovider = stripe\nsecret_key = {}\nwebhook_secret = {}\n\n", L(stripe_key(rng), STR), L(generic_secret(rng, "whsec"), SEC))
    b.f("[mail]\nsmtp_host = smtp.mailgun.org\nsmtp_user = {}\nsmtp_password = {}\n\n", L("postmaster@mg." + rng.choice(DOMAINS_ORG), EML), L(password(rng, True), PWD))
    b.f("[auth]\nsession_secret = {}\napi_token = {}\n", L(generic_secret(rng, "hex"), SEC), L(jwt(rng), JWT))
    return b


def k_ops_pem_note(rng):
    b = Builder()
    who = person(rng)
    b.f("Runbook note - SFTP drop for Gift Aid files ({})\nAuthor: {}\n\n", rng.choice(["HMRC Charities Online", "bank bulk upload", "mailing house"]),
        L(nm(rng, who, rng.choice(["full", "initial"])), PER))
    b.f("The mailing house connects to {} on port 22 as user giftaid. Their deploy key was lost so I regenerated it;\n",
        L(ipv4(rng, False), IP))
    b.t("private half pasted below until we have a vault entry (DELETE THIS AFTER):\n\n")
    b.e(pem(rng), PEM)
    b.f("\n\nFingerprint: SHA256:{}\nRotate again before {}. Ticket {}.\n", base64.b64encode(rng.randbytes(32)).decode().rstrip("="),
        L(fdate(rng, rdate(rng, 2025, 2026)), DT), order_no(rng, "CASE"))
    return b


def k_fundraising_page(rng):
    b = Builder()
    p = person(rng)
    org, dom = org_pick(rng)
    slug = ascii_slug(p["first"]) + "-" + ascii_slug(p["last"]) + "-" + rng.choice(["marathon", "swim", "shave", "trek"])
    b.f("Fundraising page export\nPage: {}\nFundraiser: {}\nCause: {}\nTarget: {}  Raised: {} ({}%)\nEvent date: {}\n\nSupporters:\n",
        L("https://www.justgiving.com/page/%s" % slug, URL), L(full(p), PER), org,
        money(rng, "£", 500, 5000), money(rng, "£", 100, 6000), rng.randint(12, 180),
        L(fdate(rng, rdate(rng, 2025, 2026), weekday=rng.random() < 0.5), DT))
    for k in range(rng.randint(3, 7)):
        if rng.random() < 0.2:
            b.f("  - Anonymous  {}\n", money(rng, "£", 5, 100))
            continue
        s = person(rng)
        b.f("  - {}  {}  \"{}\"\n", L(nm(rng, s, rng.choice(["full", "given", "lower"])), PER), money(rng, "£", 5, 100),
            rng.choice(["Go on!!", "So proud of you x", "For Grandad", "Smash it", "Good luck from all at the office"]))
    b.f("\nGift Aid claimed on {} donations. Export id {}\n", rng.randint(1, 30), uuid(rng))
    return b


def k_us_tax_receipt(rng):
    b = Builder()
    org, dom = org_pick(rng)
    p = person(rng)
    a = address(rng, "us")
    oa = address(rng, "us")
    b.f("{}\n{}\nEIN {}-{}  |  501(c)(3) public charity\n\n", org, L(addr_text(rng, oa, False), ADR), rs(rng, DIG, 2), rs(rng, DIG, 7))
    b.f("{}\n\n{}\n{}\n\n", L(fdate(rng, rdate(rng), "mdy"), DT), L(nm(rng, p, rng.choice(["full", "upper"])), PER),
        L("\n".join(a["lines"]), ADR))
    b.f("Dear {},\n\nThank you for your contribution of {} received {}", L(p["first"], PER), money(rng, "$", 25, 5000),
        L(fdate(rng, rdate(rng), "mdy"), DT))
    b.f(" by {}. No goods or services were provided in exchange for your gift. Please retain this letter for your tax records.\n\n",
        rng.choice(["check #%s" % rs(rng, DIG, 4), "credit card (%s)" % masked_card(rng), "donor-advised fund grant"]))
    b.f("Receipt no. {}  |  Donor phone on file {}\n\nGratefully,\n{}\nExecutive Director\n", order_no(rng, "RC"),
        L(phone(rng, "us"), PHN), L(full(person(rng)), PER))
    return b


def k_timesheet(rng):
    b = Builder()
    org, dom = org_pick(rng)
    wk = rdate(rng, 2024, 2026)
    wk -= _dt.timedelta(days=wk.weekday())
    b.f("Volunteer hours - {} - week commencing {}\n\n", org, L(fdate(rng, wk, rng.choice(["dmy", "num_uk", "iso"])), DT))
    b.t("+----------------------------+------------+-------+-------+-------+\n| Volunteer                  | Date       | In    | Out   | Hours |\n+----------------------------+------------+-------+-------+-------+\n")
    for k in range(rng.randint(3, 7)):
        p = person(rng)
        n = nm(rng, p, rng.choice(["full", "last_first", "initial"]))[:26]
        n = n.rstrip(" ,.")
        d = wk + _dt.timedelta(days=rng.randint(0, 6))
        h = rng.randint(8, 14)
        dur = rng.randint(2, 6)
        b.f("| {}{} | {} | {} | {} | {}   |\n", L(n, PER), " " * (26 - len(n)), L(d.strftime("%d/%m/%Y"), DT),
            L("%02d:00" % h, DT), L("%02d:%02d" % (h + dur, 0), DT), "%.1f" % dur)
    b.t("+----------------------------+------------+-------+-------+-------+\nTotal hours are used for our Investing in Volunteers return.\n")
    return b


def k_steward_shift_log(rng):
    b = Builder()
    org, dom = org_pick(rng)
    sup = person(rng)
    d = rdate(rng, 2025, 2026)
    b.f("CONTROL ROOM LOG - {} - {}\nDuty supervisor: {}\n\n", org, L(fdate(rng, d, "dmy", weekday=True), DT), L(full(sup), PER))
    t = _dt.datetime(d.year, d.month, d.day, 14, 0)
    entries = [
        lambda: b.f("Lost child (age {}) reunited with mother {} at Info Point.\n", rng.randint(4, 9), L(full(person(rng)), PER)),
        lambda: b.f("Steward {} reports crowd pressure at barrier, front of stage. Pit team deployed.\n", L(nm(rng, person(rng), rng.choice(["full", "last"])), PER)),
        lambda: b.f("Radio check all channels OK. Weather: light rain, wind {} mph.\n", rng.randint(5, 25)),
        lambda: b.f("Ejection: male, approx 30s, gate C, handed to police, incident no. {}.\n", order_no(rng, "CASE")),
        lambda: b.f("Found property: wallet with cards, handed in by volunteer {}. Logged item {}.\n", L(person(rng)["first"], PER), rs(rng, DIG, 4)),
        lambda: b.f("Medical: casualty treated at tent 2, discharged. Callback number left: {}\n", L(phone(rng, "uk", False, True), PHN)),
        lambda: b.t("Headliner on stage. Capacity count %d / %d.\n" % (rng.randint(8000, 14000), 15000)),
    ]
    for k in range(rng.randint(4, 7)):
        t += _dt.timedelta(minutes=rng.randint(7, 70))
        b.t(t.strftime("%H:%M") + "  ")
        rng.choice(entries)()
    b.t(t.strftime("%H:%M") + "  Log closed by supervisor.\n")
    return b


def k_sar_email(rng):
    b = Builder()
    org, dom = org_pick(rng)
    p = person(rng)
    a = address(rng, "uk")
    b.f("From: {}\nTo: {}\nDate: {}\nSubject: Subject access request / please stop calling me\n\n", L(email_of(rng, p), EML),
        L("dpo@" + dom, EML), rdt(rng).strftime("%a, %d %b %Y %H:%M:%S +0000"))
    b.t("To whom it may concern,\n\nUnder UK GDPR I am requesting a copy of all personal data you hold about me. ")
    b.f("My details: {}, date of birth {}, of {}. ", L(nm(rng, p, rng.choice(["full", "last_first"])), PER),
        L(fdate(rng, rdob(rng), rng.choice(["dmy", "num_uk"])), DOB), L(addr_text(rng, a, False), ADR))
    b.f("Your fundraisers have called me on {} three times since {} despite my opting out. ", L(phone(rng, "uk"), PHN),
        L(fdate(rng, rdate(rng), "dmy"), DT))
    b.f("Your letters quote supporter account {}.\n\n", L(rs(rng, DIG, 7), ACC))
    b.t("I expect a response within one calendar month.\n\nRegards,\n")
    b.e(full(p), PER)
    b.t("\n")
    return b


def k_gala_seating(rng):
    b = Builder()
    org, dom = org_pick(rng)
    d = rdt(rng, 2025, 2026, 18, 19)
    b.f("{} Annual Gala - seating plan v{}\n{}\n\n", org, rng.randint(2, 9), L(fdt(rng, d), DT))
    for tbl in range(1, rng.randint(3, 4) + 1):
        b.f("TABLE {} ({})\n", tbl, rng.choice(["sponsor", "trustees", "volunteers", "major donors"]))
        for k in range(rng.randint(2, 4)):
            p = person(rng)
            t = title(rng)
            b.f("  {} {}{}\n", t, L(nm(rng, p, rng.choice(["full", "full", "upper"])), PER),
                rng.choice(["", "", " - vegetarian", " - nut allergy", " - wheelchair space", " (+1)"]))
    b.t("\nCloakroom tickets 001-400; auction paddles issued at desk.\n")
    return b


def k_mailing_csv(rng):
    b = Builder()
    b.t("email,first_name,last_name,city,country,consent_date,source\n")
    for k in range(rng.randint(4, 8)):
        loc = rng.choice(["uk", "us", "de", "fr", "es", "nl", "it", "ja"])
        p = person(rng, loc if loc not in ("uk", "us") else "en")
        a = address(rng, loc)
        b.f("{},{},{},{},{},{},{}\n", L(email_of(rng, p), EML), L(p["first"], PER), L(p["last"], PER),
            L(a["city"], LOC), ISO2[loc],
            L(rdate(rng).isoformat(), DT), rng.choice(["festival-wifi", "newsletter", "petition", "event-checkin"]))
    return b


# --------------------------------------------------------------------------
# document kinds -- no entity (hard negatives only)
def k_neg_gate_scan_log(rng):
    b = Builder()
    base = rdt(rng, 2025, 2025, 9, 12)
    b.f("# gate-scanner {} build {} (firmware {})\n", rng.choice(["GS-1", "GS-2", "GS-4"]), rng.randint(1000, 9999), version(rng))
    for k in range(rng.randint(7, 14)):
        base += _dt.timedelta(seconds=rng.randint(1, 40))
        res = rng.choice(["OK", "OK", "OK", "DUPLICATE", "WRONG_DAY", "VOID"])
        b.f("{} gate={} lane={} ticket={} result={} latency={}ms\n", base.strftime("%Y-%m-%d %H:%M:%S"), rng.choice("ABCD"),
            rng.randint(1, 8), rs(rng, UP + DIG, 10), res, rng.randint(40, 900))
    b.f("summary scanned={} rejected={} offline_queue={} uptime={}h{}m\n", rng.randint(500, 9000), rng.randint(0, 80), rng.randint(0, 30),
        rng.randint(1, 12), rng.randint(0, 59))
    return b


def k_neg_budget_csv(rng):
    b = Builder()
    b.t("budget_line,code,description,qty,unit_cost,total,vat_code,status\n")
    items = ["Marquee hire", "Portable toilets", "Stage lighting", "Security staff", "Wristbands", "Generator fuel",
             "Fencing", "Radios", "Signage", "Volunteer catering", "First aid cover", "Waste removal"]
    rng.shuffle(items)
    for k, it in enumerate(items[:rng.randint(6, 10)]):
        q = rng.randint(1, 400)
        u = rng.randint(1, 4000) / 10
        b.f("{},{},{},{},{:.2f},{:.2f},{},{}\n".replace("{:.2f}", "{}"), k + 1, "%s-%03d" % (rs(rng, UP, 3), rng.randint(1, 999)), it, q,
            "%.2f" % u, "%.2f" % (q * u), rng.choice(["S", "Z", "E"]), rng.choice(["approved", "quoted", "PO raised"]))
    b.f("# totals recomputed by budget.py v{} (commit {})\n", version(rng), sha(rng, 7))
    return b


def k_neg_release_notes(rng):
    b = Builder()
    v = version(rng)
    b.f("## donor-portal {} \n\n### Fixed\n- Gift Aid checkbox state lost after validation error (#{})\n- Duplicate receipts when webhook retried (#{})\n",
        v, rng.randint(100, 999), rng.randint(100, 999))
    b.f("- Timezone offset on event listings for Europe/London (#{})\n\n### Changed\n- Bump stripe-node to {}\n- Minimum Node version is now {}\n",
        rng.randint(100, 999), version(rng), rng.choice(["18.19", "20.11", "22.2"]))
    b.f("- Regular-gift amounts now default to £{}/month\n\n### Checksums\n", rng.choice([5, 8, 10]))
    for f in ["donor-portal-%s.tar.gz" % v, "donor-portal-%s.zip" % v]:
        b.f("{}  {}\n", sha(rng, 64), f)
    b.f("\nBuild {} from commit {} ({} files changed, {} insertions).\n", rng.randint(1000, 9999), sha(rng), rng.randint(2, 60), rng.randint(10, 900))
    return b


def k_neg_config_refs(rng):
    b = Builder()
    b.f("# docker-compose.override.yml for local dev of the volunteer rota app (v{})\nservices:\n  api:\n    image: rota-api:{}\n    environment:\n",
        version(rng), version(rng))
    b.t("      DATABASE_URL: postgres://rota:${POSTGRES_PASSWORD}@db:5432/rota\n      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}\n")
    b.t("      SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}\n      AWS_ACCESS_KEY_ID: ${AWS_ACCESS_KEY_ID}\n")
    b.f("      SESSION_TTL: \"{}\"\n      FEATURE_FLAGS: \"shift-swap,sms-reminders\"\n    ports:\n      - \"{}:8080\"\n", rng.choice([900, 3600, 7200]), rng.choice([8080, 3000, 8000]))
    b.t("  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n")
    return b


def k_neg_masked_report(rng):
    b = Builder()
    b.f("Payment reconciliation - batch {} - generated by recon-bot v{}\n\n", rs(rng, DIG, 6), version(rng))
    b.t("txn        card                   amount    status     note\n")
    for k in range(rng.randint(5, 9)):
        r = rng.random()
        card = masked_card(rng) if r < 0.6 else bad_card(rng)
        note = rng.choice(["", "luhn_fail", "test card", "chargeback", "", "refund %s" % order_no(rng, "INV")])
        b.f("{}  {:<22} {:>8}  {:<9}  {}\n".replace("{:<22}", "{}").replace("{:>8}", "{}").replace("{:<9}", "{}"),
            "T" + rs(rng, DIG, 8), card.ljust(22), money(rng, "£", 3, 300).rjust(8), rng.choice(["settled", "failed", "pending"]).ljust(9), note)
    b.f("\nRejected tax ids (invalid format): {}, {}\nMasked SSN on legacy import: ***-**-{}\n", bad_ssn(rng), bad_ssn(rng), rs(rng, DIG, 4))
    return b


# --------------------------------------------------------------------------
# document kinds -- other languages
LORGS = {
    "de": ["Förderverein Lichterfest e.V.", "Tafel Nordstadt e.V.", "Kulturkreis Sonnenberg e.V.",
           "Sportfreunde Blau-Weiß e.V.", "Chorgemeinschaft Harmonie e.V."],
    "fr": ["Association Les Petites Lumières", "Festival des Voix Libres", "Banque Alimentaire Solidaire",
           "Les Amis du Patrimoine"],
    "es": ["Asociación Manos Abiertas", "Festival Sonidos del Sur", "Fundación Luz y Camino"],
    "it": ["Associazione Voci di Quartiere", "Festival delle Lanterne", "Banco Solidale ODV"],
    "pt": ["Associação Mãos Dadas", "Festival Sons do Atlântico", "Banco de Bens Solidários"],
    "nl": ["Stichting Open Handen", "Festival Lichtjesavond", "Vereniging Samen Sterk"],
    "pl": ["Fundacja Otwarte Serca", "Stowarzyszenie Dobry Sąsiad", "Festiwal Światła i Dźwięku"],
    "sv": ["Föreningen Ljusglimten", "Körföreningen Stämman", "Stiftelsen Öppna Händer"],
    "tr": ["Umut Işığı Derneği", "Dayanışma Vakfı", "Gönüllü Eller Derneği"],
    "ja": ["NPO Hoshizora Kikin", "Sakura Borantia Kai", "Midori no Mori Fesutibaru"],
}


def lorg(rng, lang):
    o = rng.choice(LORGS[lang])
    dom = ascii_slug(o.split()[-1] if lang != "de" else o.split()[0]) + rng.choice({"de": [".de"], "fr": [".fr", ".org"], "es": [".es", ".org"],
                                                                                    "it": [".it", ".org"], "pt": [".pt"], "nl": [".nl"],
                                                                                    "pl": [".pl", ".org.pl"], "sv": [".se"], "tr": [".org.tr"],
                                                                                    "ja": [".or.jp", ".jp"]}[lang])
    return o, dom


def k_de_zuwendung(rng):
    b = Builder()
    org, dom = lorg(rng, "de")
    oa = address(rng, "de")
    p = person(rng, "de")
    a = address(rng, "de")
    kass = person(rng, "de")
    b.t("Bestätigung über Geldzuwendungen\nim Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 Nr. 9 des Körperschaftsteuergesetzes bezeichneten Körperschaften\n\n")
    b.f("Aussteller: {}, {}\n\n", org, L(addr_text(rng, oa, False), ADR))
    b.f("Name und Anschrift des Zuwendenden:\n{}\n{}\n\n", L(nm(rng, p, rng.choice(["full", "last_first"])), PER), L(addr_text(rng, a, True), ADR))
    amt, words = rng.choice([(50, "fünfzig"), (100, "einhundert"), (250, "zweihundertfünfzig"), (30, "dreißig"),
                             (75, "fünfundsiebzig"), (1000, "eintausend"), (120, "einhundertzwanzig")])
    b.f("Betrag der Zuwendung - in Ziffern: {},00 € - in Buchstaben: {} Euro\n", amt, words)
    b.f("Tag der Zuwendung: {}\n", L(fdate(rng, rdate(rng), "de", "num"), DT))
    b.f("Eingegangen auf unser Konto IBAN {}\n", L(iban(rng, "DE"), IBAN))
    b.t("Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.\n")
    b.f("Wir sind wegen Förderung kultureller Zwecke nach dem Freistellungsbescheid des Finanzamts vom {} (StNr. {}/{}/{}) von der Körperschaftsteuer befreit.\n\n",
        L(fdate(rng, rdate(rng, 2021, 2024), "de"), DT), rs(rng, DIG, 2), rs(rng, DIG, 3), rs(rng, DIG, 5))
    b.f("{}, den {}\n\n{}\n(Kassenwart)\n", L(oa["city"], LOC), L(fdate(rng, rdate(rng), "de", "num"), DT), L(full(kass), PER))
    return b


def k_de_mitgliedsantrag(rng):
    b = Builder()
    org, dom = lorg(rng, "de")
    p = person(rng, "de")
    a = address(rng, "de")
    b.f("MITGLIEDSANTRAG - {}\n\nHiermit beantrage ich die Mitgliedschaft im Verein.\n\n", org)
    b.f("Anrede: {}\nVorname: {}\nNachname: {}\nGeburtsdatum: {}\n", rng.choice(["Herr", "Frau", "divers"]), L(p["first"], PER), L(p["last"], PER),
        L(fdate(rng, rdob(rng), "de", "num"), DOB))
    b.f("Straße, Hausnr.: {}\nPLZ: {}   Ort: {}\n", L(a["street"], ADR), a["postcode"], L(a["city"], LOC))
    b.f("Telefon: {}\nE-Mail: {}\n", L(phone(rng, "de"), PHN), L(email_of(rng, p), EML))
    b.f("Beitrag: {} jährlich ({})\n\n", money(rng, "€", 12, 120), rng.choice(["Einzelmitglied", "Familie", "ermäßigt"]))
    b.f("SEPA-Lastschriftmandat\nGläubiger-Identifikationsnummer: DE{}ZZZ{}\nMandatsreferenz: {}\n", rs(rng, DIG, 2), rs(rng, DIG, 11), "M-" + rs(rng, DIG, 6))
    kp = p if rng.random() < 0.7 else person(rng, "de")
    b.f("Kontoinhaber/in: {}\nIBAN: {}\nBIC: {}\n", L(nm(rng, kp, "full"), PER), L(iban(rng, "DE"), IBAN),
        rng.choice(["COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "BYLADEM1001"]))
    b.f("\n{}, {}   Unterschrift: ________\n", L(a["city"], LOC), L(fdate(rng, rdate(rng), "de", "num"), DT))
    return b


def k_de_ehrenamt_email(rng):
    b = Builder()
    org, dom = lorg(rng, "de")
    p = person(rng, "de")
    k = person(rng, "de")
    a = address(rng, "de")
    d = rdt(rng, 2025, 2026, 8, 18)
    b.f("Von: {} <{}>\nAn: {}\nBetreff: Helferschicht beim Sommerfest\n\n", L(full(k), PER), L(staff_email(rng, k, dom), EML), L(email_of(rng, p), EML))
    b.f("Liebe/r {},\n\nvielen Dank für deine Anmeldung als Helfer/in! Deine Schicht beginnt am {} ", L(p["first"], PER), L(fdt(rng, d, "de"), DT))
    b.f("am Stand der Tafel. Treffpunkt ist {}.\n\n", L(addr_text(rng, a, False), ADR))
    b.f("Falls du kurzfristig ausfällst, ruf bitte {} unter {} an. ", L(nm(rng, person(rng, "de"), rng.choice(["full", "given"])), PER),
        L(phone(rng, "de", None, True), PHN))
    b.f("Das WLAN-Passwort für das Helferzelt lautet {}.\n\n", L(password(rng), PWD))
    b.f("Viele Grüße\n{}\n{}\n", L(k["first"], PER), org)
    return b


def k_de_hotline(rng):
    b = Builder()
    org, dom = lorg(rng, "de")
    ag = person(rng, "de")
    c = person(rng, "de")
    a = address(rng, "de")
    b.f("Gesprächsprotokoll Spendenhotline - {}\nAnruf-ID {}\n\n", org, uuid(rng))
    s = [0]

    def ts():
        s[0] += rng.randint(5, 35)
        return "[%02d:%02d] " % (s[0] // 60, s[0] % 60)
    b.f("{}Mitarbeiterin: Guten Tag, {}, {} am Apparat.\n", ts(), org, L(full(ag), PER))
    b.f("{}Anrufer: Ja, hallo, hier ist {} {}. Ich möchte meine Adresse ändern.\n", ts(), rng.choice(["Herr", "Frau"]), L(c["last"], PER))
    b.f("{}Mitarbeiterin: Gern. Zur Sicherheit: Ihr Geburtsdatum?\n", ts())
    b.f("{}Anrufer: Der {}.\n", ts(), L(fdate(rng, rdob(rng), "de", "long"), DOB))
    b.f("{}Mitarbeiterin: Danke. Und die neue Anschrift?\n{}Anrufer: {}.\n", ts(), ts(), L(addr_text(rng, a, False), ADR))
    b.f("{}Mitarbeiterin: Notiert. Soll die Spende weiter vom Konto {} abgebucht werden?\n", ts(), L(iban(rng, "DE"), IBAN))
    b.f("{}Anrufer: Ja. Ach, und meine Festnetznummer ist jetzt {}.\n", ts(), L(phone(rng, "de", False, False), PHN))
    b.f("{}Mitarbeiterin: Alles aktualisiert, Vorgangsnummer {}. Schönen Tag noch!\n", ts(), order_no(rng, "CASE"))
    return b


def k_fr_recu_fiscal(rng):
    b = Builder()
    org, dom = lorg(rng, "fr")
    oa = address(rng, "fr")
    p = person(rng, "fr")
    a = address(rng, "fr")
    pres = person(rng, "fr")
    b.f("Reçu au titre des dons à certains organismes d'intérêt général\n(articles 200, 238 bis et 978 du code général des impôts)\nNuméro d'ordre du reçu : {}\n\n",
        "%d-%05d" % (rng.randint(2024, 2026), rng.randint(1, 99999)))
    b.f("Bénéficiaire des versements : {}\nAdresse : {}\n\n", org, L(addr_text(rng, oa, False), ADR))
    b.f("Donateur\nNom : {}\nPrénoms : {}\nAdresse : {}\nCode postal : {}   Commune : {}\n\n", L(p["last"].upper() if rng.random() < 0.6 else p["last"], PER),
        L(p["first"], PER), L(a["street"], ADR), a["postcode"], L(a["city"], LOC))
    b.f("Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d'impôt, la somme de : {}\n",
        money(rng, "€", 15, 1500))
    b.f("Date du versement : {}\nMode de versement : {}\n", L(fdate(rng, rdate(rng), "fr"), DT), rng.choice(["chèque", "virement", "carte bancaire", "prélèvement"]))
    b.f("\nFait à {}, le {}\n{}, président(e)\n", L(oa["city"], LOC), L(fdate(rng, rdate(rng), "fr", "num"), DT), L(full(pres), PER))
    return b


def k_fr_planning_csv(rng):
    b = Builder()
    b.t("Nom;Prénom;Téléphone;Poste;Début;Fin;Remarques\n")
    for k in range(rng.randint(4, 8)):
        p = person(rng, "fr")
        d = rdt(rng, 2025, 2026, 7, 18)
        e = d + _dt.timedelta(hours=rng.randint(3, 6))
        b.f("{};{};{};{};{};{};{}\n", L(p["last"].upper() if rng.random() < 0.5 else p["last"], PER), L(p["first"], PER),
            L(phone(rng, "fr", None, True), PHN), rng.choice(["Accueil", "Buvette", "Billetterie", "Parking", "Loges artistes"]),
            L(d.strftime("%d/%m/%Y %H:%M"), DT), L(e.strftime("%H:%M"), DT), rng.choice(["", "", "végétarien", "arrive en train", "badge n°%d" % rng.randint(1, 300)]))
    return b


def k_fr_email_orateur(rng):
    b = Builder()
    org, dom = lorg(rng, "fr")
    sp = person(rng, "fr")
    c = person(rng, "fr")
    h = address(rng, "fr")
    d = rdt(rng, 2025, 2026, 9, 17)
    b.f("Objet : Votre intervention - {}\n\nBonjour {} {},\n\n", org, rng.choice(["Madame", "Monsieur", "Mme", "M.", "Dr"]), L(sp["last"], PER))
    b.f("Nous avons le plaisir de confirmer votre table ronde le {} en salle 2.04. ", L(fdt(rng, d, "fr", weekday=True), DT))
    b.f("Votre chambre est réservée à l'hôtel, {} (arrivée la veille).\n", L(addr_text(rng, h, False), ADR))
    b.f("Merci de nous envoyer votre RIB (IBAN {}) pour le remboursement de vos frais, ou de le corriger s'il a changé.\n\n", L(iban(rng, "FR"), IBAN))
    b.f("Pour toute question, contactez {} au {} ou par courriel : {}.\n\nBien cordialement,\n{}\n",
        L(full(c), PER), L(phone(rng, "fr"), PHN), L(staff_email(rng, c, dom), EML), L(c["first"], PER))
    return b


def k_es_voluntariado(rng):
    b = Builder()
    org, dom = lorg(rng, "es")
    p = person(rng, "es")
    a = address(rng, "es")
    b.f("FICHA DE INSCRIPCIÓN DE VOLUNTARIADO - {}\n\n", org)
    b.f("Nombre y apellidos: {}\nFecha de nacimiento: {}\n", L(nm(rng, p, rng.choice(["full", "upper"])), PER), L(fdate(rng, rdob(rng), "es", "num"), DOB))
    b.f("Dirección: {}\nLocalidad: {}\nProvincia: {}\n", L(a["street"], ADR), L(a["city"], LOC), L(ES_PROV[a["city"]], LOC))
    b.f("Teléfono móvil: {}\nCorreo electrónico: {}\n", L(phone(rng, "es", None, True), PHN), L(email_of(rng, p), EML))
    b.f("Disponibilidad: {}\n", rng.choice(["fines de semana", "tardes entre semana", "solo en agosto"]))
    b.f("Inicio previsto: {}\n", L(fdate(rng, rdate(rng, 2025, 2026), "es"), DT))
    b.f("Contacto de emergencia: {} ({})\n", L(full(person(rng, "es")), PER), L(phone(rng, "es"), PHN))
    b.t("\nAutorizo el tratamiento de mis datos conforme al RGPD.   Firma: ______\n")
    return b


def k_es_whatsapp(rng):
    b = Builder()
    org, dom = lorg(rng, "es")
    ppl = [person(rng, "es") for _ in range(3)]
    for q in ppl:
        q["disp"] = full(q) if rng.random() < 0.6 else q["first"]
    t = rdt(rng, 2025, 2025, 9, 21)
    b.f("Chat de WhatsApp con Voluntarios {}\n", org)

    def line(p, *parts):
        nonlocal t
        t += _dt.timedelta(minutes=rng.randint(1, 25))
        b.t("[%s] " % t.strftime("%d/%m/%y, %H:%M"))
        b.e(p["disp"], PER)
        b.t(": ")
        b.t(*parts)
        b.t("\n")
    d0 = rdate(rng)
    line(ppl[0], "Buenas! Recordad que el montaje es el ", L(fdt(rng, _dt.datetime(d0.year, d0.month, d0.day, 8, 0), "es"), DT))
    line(ppl[1], "Yo llego tarde, estoy en ", L(rng.choice(["Valencia", "Bilbao", "Sevilla", "Zaragoza"]), LOC), " hasta el mediodía")
    line(ppl[2], "Os paso el número de la coordinadora por si acaso: ", L(phone(rng, "es", rng.random() < 0.5, True), PHN))
    line(ppl[0], "Gracias ", L(ppl[2]["first"].lower() if rng.random() < 0.4 else ppl[2]["first"], PER), " 🙌 las pulseras están en la caja 3")
    line(ppl[1], "La contraseña del wifi del escenario es ", L(password(rng), PWD))
    line(ppl[0], "Entradas vendidas: ", str(rng.randint(300, 4000)), " / aforo ", str(rng.randint(4000, 6000)))
    return b


def k_es_entradas_email(rng):
    b = Builder()
    org, dom = lorg(rng, "es")
    p = person(rng, "es")
    v = address(rng, "es")
    d = rdt(rng, 2025, 2026, 18, 22)
    b.f("Asunto: Tus entradas - {} (pedido {})\n\nHola {}:\n\n", org, order_no(rng, "ORD"), L(p["first"], PER))
    b.f("Gracias por tu compra. El concierto es el {} en {}.\n", L(fdt(rng, d, "es"), DT), L(addr_text(rng, v, False), ADR))
    b.f("Titular: {}\nEntradas: {} x General ({} c/u)\nPagado con tarjeta {}\n", L(nm(rng, p, rng.choice(["full", "upper"])), PER),
        rng.randint(1, 4), money(rng, "€", 15, 60), masked_card(rng))
    b.f("Puedes gestionar tu pedido en {}\n", L("https://entradas.%s/mis-pedidos/%s" % (dom, rs(rng, LOW + DIG, 10)), URL))
    b.f("¿Dudas? Escríbenos a {} o llama al {}.\n", L("entradas@" + dom, EML), L(phone(rng, "es", False, False), PHN))
    return b


def k_it_iscrizione(rng):
    b = Builder()
    org, dom = lorg(rng, "it")
    p = person(rng, "it")
    a = address(rng, "it")
    birth_city = rng.choice(IT_CITIES)[0]
    b.f("MODULO DI ISCRIZIONE SOCIO - {}\nAnno sociale {}\n\n", org, rng.randint(2024, 2026))
    b.f("Il/La sottoscritto/a {} nato/a a {} il {}\n", L(nm(rng, p, rng.choice(["full", "upper", "last_first"])), PER), L(birth_city, LOC),
        L(fdate(rng, rdob(rng), "it", rng.choice(["num", "long"])), DOB))
    b.f("residente in {}\n", L(addr_text(rng, a, False), ADR))
    b.f("tel. {}  e-mail {}\n\nchiede di essere ammesso/a come socio {} dell'associazione.\n", L(phone(rng, "it"), PHN), L(email_of(rng, p), EML),
        rng.choice(["ordinario", "sostenitore", "volontario"]))
    b.f("Quota versata: {} tramite bonifico su IBAN {}\n", money(rng, "€", 10, 100), L(iban(rng, "IT"), IBAN))
    b.f("\n{}, lì {}\nFirma ________\nVisto il Presidente: {} {}\n", L(a["city"], LOC), L(fdate(rng, rdate(rng), "it", "num"), DT),
        rng.choice(["Dott.", "Dott.ssa", "Sig.", "Avv."]), L(full(person(rng, "it")), PER))
    return b


def k_it_sms(rng):
    b = Builder()
    org, dom = lorg(rng, "it")
    b.f("Esportazione SMS - {}\n", org)
    t = rdt(rng, 2025, 2025, 8, 19)
    for k in range(rng.randint(3, 5)):
        p = person(rng, "it")
        t += _dt.timedelta(minutes=rng.randint(2, 40))
        b.f("{} -> ", t.strftime("%d/%m/%Y %H:%M"))
        b.e(phone(rng, "it", True, True), PHN)
        b.t(" | ")
        r = rng.randint(0, 1)
        if r == 0:
            b.f("Ciao {}, ti ricordiamo il turno di volontariato {}. Grazie!", L(p["first"], PER),
                L(fdt(rng, rdt(rng, 2025, 2026, 7, 18), "it"), DT))
        else:
            b.f("Gentile {} {}, grazie per la donazione di {}. Ricevuta n. {}", rng.choice(["Sig.", "Sig.ra", "Dott."]), L(p["last"], PER),
                money(rng, "€", 5, 200), rs(rng, DIG, 6))
        b.t("\n")
    return b


def k_pt_recibo(rng):
    b = Builder()
    org, dom = lorg(rng, "pt")
    p = person(rng, "pt")
    a = address(rng, "pt")
    tes = person(rng, "pt")
    b.f("RECIBO DE DONATIVO N.º {}/{}\n{}\n\n", rs(rng, DIG, 4), rng.randint(2024, 2026), org)
    b.f("Recebemos de {}, residente em {}, ", L(nm(rng, p, rng.choice(["full", "upper"])), PER), L(addr_text(rng, a, False), ADR))
    b.f("a quantia de {} a título de donativo, em {}.\n", money(rng, "€", 10, 1000), L(fdate(rng, rdate(rng), "pt"), DT))
    b.f("Forma de pagamento: transferência do IBAN {}\n", L(iban(rng, "PT"), IBAN))
    b.f("Contacto do doador: {} / {}\n", L(phone(rng, "pt", None, True), PHN), L(email_of(rng, p), EML))
    b.t("Este donativo beneficia do regime do Estatuto dos Benefícios Fiscais.\n")
    b.f("\n{}, {}\nO(A) Tesoureiro(a): {}\n", L(a["city"], LOC), L(fdate(rng, rdate(rng), "pt", "num"), DT), L(full(tes), PER))
    return b


def k_pt_chat(rng):
    b = Builder()
    org, dom = lorg(rng, "pt")
    ag = person(rng, "pt")
    c = person(rng, "pt")
    b.f("Transcrição de chat - apoio ao voluntário - {}\n", org)
    t = rdt(rng, 2025, 2025, 9, 20)

    def line(who, *parts):
        nonlocal t
        t += _dt.timedelta(seconds=rng.randint(15, 120))
        b.t(t.strftime("%H:%M:%S") + " " + who + ": ")
        b.t(*parts)
        b.t("\n")
    line("Visitante", "Olá, sou a ", L(full(c), PER), " e queria confirmar o meu turno")
    line("Agente", "Olá! Fala a ", L(ag["first"], PER), ". O seu turno é ", L(fdt(rng, rdt(rng, 2025, 2026, 8, 18), "pt"), DT), ", na bilheteira.")
    line("Visitante", "Perfeito. Mudei de número, agora é ", L(phone(rng, "pt", None, True), PHN))
    line("Agente", "Atualizado. Recebe a credencial por email em ", L(email_of(rng, c), EML), ", certo?")
    line("Visitante", "Sim, obrigada!")
    return b


def k_nl_rooster(rng):
    b = Builder()
    org, dom = lorg(rng, "nl")
    d = rdate(rng, 2025, 2026)
    b.f("Vrijwilligersrooster {} - {}\n\n", org, L(fdate(rng, d, "nl", weekday=True), DT))
    b.t("Naam\tTelefoon\tTaak\tVan\tTot\n")
    for k in range(rng.randint(4, 7)):
        p = person(rng, "nl")
        h = rng.randint(8, 18)
        b.f("{}\t{}\t{}\t{}\t{}\n", L(nm(rng, p, rng.choice(["full", "full", "last_first"])), PER), L(phone(rng, "nl", False, True), PHN),
            rng.choice(["Kassa", "Garderobe", "Bar", "EHBO", "Opbouw", "Afbouw"]), L("%02d:00" % h, DT), L("%02d:30" % (h + 3), DT))
    c = person(rng, "nl")
    b.f("\nCoördinator: {} ({})\n", L(full(c), PER), L(phone(rng, "nl", True, True), PHN))
    return b


def k_nl_donateur_json(rng):
    b = Builder()
    p = person(rng, "nl")
    a = address(rng, "nl")
    rec = {"donateurId": uuid(rng), "naam": {"voornaam": L(p["first"], PER), "achternaam": L(p["last"], PER)},
           "geboortedatum": L(rdob(rng).strftime("%d-%m-%Y"), DOB),
           "adres": {"straat": L(a["street"], ADR), "postcode": a["postcode"], "plaats": L(a["city"], LOC), "land": "NL"},
           "telefoon": L(phone(rng, "nl"), PHN), "email": L(email_of(rng, p), EML),
           "machtiging": {"iban": L(iban(rng, "NL", False), IBAN), "bedrag": rng.choice([5, 10, 12.5, 25]), "frequentie": "maandelijks",
                          "ingangsdatum": L(rdate(rng).isoformat(), DT)},
           "anbi": True, "bron": rng.choice(["deur-tot-deur", "website", "evenement"])}
    jdump(b, rec)
    b.t("\n")
    return b


def k_pl_darczyncy(rng):
    b = Builder()
    org, dom = lorg(rng, "pl")
    p = person(rng, "pl")
    a = address(rng, "pl")
    k = person(rng, "pl")
    b.f("Temat: Podziękowanie za darowiznę - {}\n\nSzanowny Darczyńco, {},\n\n", org, L(nm(rng, p, "full"), PER))
    b.f("dziękujemy za wpłatę w wysokości {} zł z dnia {} na zbiórkę publiczną nr {}/{}. ", "%d,%02d" % (rng.randint(10, 2000), rng.randint(0, 99)),
        L(fdate(rng, rdate(rng), "pl", rng.choice(["num", "long"])), DT), rng.randint(2024, 2026), rs(rng, DIG, 4))
    b.f("Potwierdzenie wyślemy na adres: {}.\n", L(addr_text(rng, a, False), ADR))
    b.f("Wpłata wpłynęła z rachunku {}.\n\n", L(iban(rng, "PL"), IBAN))
    b.f("W razie pytań prosimy o kontakt: {}, tel. {}.\n\nZ wyrazami szacunku\n{}\n", L(staff_email(rng, k, dom), EML), L(phone(rng, "pl"), PHN), L(full(k), PER))
    return b


def k_pl_prelegent(rng):
    b = Builder()
    org, dom = lorg(rng, "pl")
    sp = person(rng, "pl")
    d = rdt(rng, 2025, 2026, 9, 17)
    if rng.random() < 0.5:
        b.f("Dzień dobry {},\n\n", L(full(sp), PER))
    else:
        b.f("Szanowni Państwo,\nw imieniu organizatorów dziękujemy, {}!\n\n", L(sp["first"], PER))
    b.f("potwierdzamy Pani/Pana wystąpienie na konferencji {} w dniu {}. ", org, L(fdt(rng, d, "pl"), DT))
    b.f("Hotel: {}. Zwrot kosztów podróży przelejemy na konto {} po przesłaniu biletów do {}.\n\n",
        L(addr_text(rng, address(rng, "pl"), False), ADR), L(iban(rng, "PL"), IBAN),
        L(fdate(rng, d.date() + _dt.timedelta(days=14), "pl"), DT))
    b.f("Link do panelu prelegenta: {}\nHasło tymczasowe: {}\n\nPozdrawiam\n{}\n", L("https://%s/prelegenci/%s" % (dom, rs(rng, LOW + DIG, 8)), URL),
        L(password(rng), PWD), L(full(person(rng, "pl")), PER))
    return b


def k_sv_medlemsregister(rng):
    b = Builder()
    org, dom = lorg(rng, "sv")
    b.f("Medlemsregister {} (utdrag)\n\n", org)
    for k in range(rng.randint(2, 3)):
        p = person(rng, "sv")
        a = address(rng, "sv")
        b.f("Namn: {}\nFödd: {}\nAdress: {}\nTelefon: {}\nE-post: {}\nMedlem sedan: {}\nBetalt: {}\n\n",
            L(nm(rng, p, rng.choice(["full", "last_first"])), PER), L(rdob(rng).isoformat(), DOB), L(addr_text(rng, a, False), ADR),
            L(phone(rng, "sv"), PHN), L(email_of(rng, p), EML), rng.randint(1995, 2024),
            L(fdate(rng, rdate(rng), "sv", rng.choice(["num", "long"])), DT))
    b.f("Medlemsavgift betalas till bankgiro {}. Org.nr {}-{}.\n", L(rs(rng, DIG, 3) + "-" + rs(rng, DIG, 4), ACC), "80" + rs(rng, DIG, 4), rs(rng, DIG, 4))
    return b


def k_tr_bagis(rng):
    b = Builder()
    org, dom = lorg(rng, "tr")
    p = person(rng, "tr")
    a = address(rng, "tr")
    b.f("BAĞIŞ MAKBUZU\n{}\nMakbuz No: {}\n\n", org, rs(rng, DIG, 7))
    b.f("Bağışçı Adı Soyadı: {}\nAdres: {}\nTelefon: {}\n", L(nm(rng, p, rng.choice(["full", "upper"])), PER), L(addr_text(rng, a, False), ADR),
        L(phone(rng, "tr"), PHN))
    b.f("Bağış Tutarı: {} TL\nBağış Tarihi: {}\n", "%d,%02d" % (rng.randint(50, 20000), rng.randint(0, 99)), L(fdate(rng, rdate(rng), "tr", "num"), DT))
    b.f("Ödeme: Havale - gönderen IBAN {}\n", L(iban(rng, "TR"), IBAN))
    b.f("\nTeslim alan: {} {}\n", L(full(person(rng, "tr")), PER), rng.choice(["Bey", "Hanım"]))
    b.f("Not: {} {} ile {} görüşüldü.\n", L(p["first"], PER), rng.choice(["Bey", "Hanım"]), L(fdt(rng, rdt(rng), "tr"), DT))
    return b


def k_ja_registration(rng):
    b = Builder()
    org, dom = lorg(rng, "ja")
    p = person(rng, "ja")
    a = address(rng, "ja")
    b.f("Ibento sanka moshikomisho - {}\n\n", org)
    b.f("Shimei: {}\n", L("%s %s" % (p["last"], p["first"]) if rng.random() < 0.7 else "%s %s" % (p["last"].upper(), p["first"]), PER))
    b.f("Seinengappi: {}\n", L(fdate(rng, rdob(rng), "ja"), DOB))
    b.f("Jusho: {}\n", L(addr_text(rng, a, False), ADR))
    b.f("Denwa bango: {}\nMeru: {}\n", L(phone(rng, "ja"), PHN), L(email_of(rng, p), EML))
    d = rdt(rng, 2025, 2026, 9, 18)
    b.f("Sanka-bi: {}\nBorantia kibo: {}\n", L(fdt(rng, d, "ja"), DT), rng.choice(["hai", "iie"]))
    b.f("\nBiko: {}-san wa kuruma-isu riyo. Tanto: {}\n", L(p["last"], PER), L(full(person(rng, "ja")), PER))
    return b


def k_it_verbale(rng):
    b = Builder()
    org, dom = lorg(rng, "it")
    a = address(rng, "it")
    pres = person(rng, "it")
    sec = person(rng, "it")
    d = rdt(rng, 2025, 2026, 17, 21)
    b.f("VERBALE DELL'ASSEMBLEA DEI SOCI - {}\n\nIl giorno {} presso la sede in {} si è riunita l'assemblea ordinaria.\n",
        org, L(fdt(rng, d, "it"), DT), L(addr_text(rng, a, False), ADR))
    b.f("Presiede {} {}, verbalizza {}.\n", rng.choice(["il Presidente", "la Presidente"]), L(full(pres), PER), L(full(sec), PER))
    b.f("Presenti {} soci su {}. Approvato il bilancio {} con un avanzo di {}.\n", rng.randint(15, 80), rng.randint(80, 200),
        rng.randint(2023, 2025), money(rng, "€", 200, 9000))
    b.f("Il socio {} propone una raccolta fondi a {} per il {}.\n", L(nm(rng, person(rng, "it"), rng.choice(["full", "last"])), PER),
        L(rng.choice(IT_CITIES)[0], LOC), L(fdate(rng, rdate(rng, 2025, 2026), "it"), DT))
    b.f("La seduta è tolta alle ore {}.\n", L("%02d:%02d" % (rng.randint(21, 23), rng.choice([0, 10, 25, 40])), DT))
    return b


def k_sv_chat(rng):
    b = Builder()
    org, dom = lorg(rng, "sv")
    ppl = [person(rng, "sv") for _ in range(2)]
    t = rdt(rng, 2025, 2025, 8, 20)
    b.f("Supportchatt - {}\n", org)
    msgs = [
        (0, ["Hej! Jag heter ", L(full(ppl[0]), PER), " och vill anmäla mig som volontär till konserten"]),
        (1, ["Hej ", L(ppl[0]["first"], PER), "! Vad kul. Vilket datum passar, ", L(fdate(rng, rdate(rng, 2025, 2026), "sv", "long"), DT), "?"]),
        (0, ["Ja, det funkar. Mitt nummer är ", L(phone(rng, "sv", None, True), PHN)]),
        (1, ["Tack! Samling ", L(fdt(rng, rdt(rng, 2025, 2026, 8, 17), "sv"), DT), " vid scenentrén. /", L(ppl[1]["first"], PER)]),
    ]
    for who, parts in msgs:
        t += _dt.timedelta(minutes=rng.randint(1, 9))
        b.t("%s %s: " % (t.strftime("%H:%M"), "Besökare" if who == 0 else "Agent"))
        b.t(*parts)
        b.t("\n")
    return b


def k_neg_de_inventar(rng):
    b = Builder()
    b.f("Lagerliste Sommerfest - Stand {} - Version {}\n\n", rs(rng, DIG, 3), version(rng))
    b.t("Art.-Nr.   Bezeichnung              Menge   Lagerort   Zustand\n")
    items = ["Bierzeltgarnitur", "Pavillon 3x6 m", "Kabeltrommel 50 m", "Feuerlöscher 6 kg", "Absperrgitter",
             "Funkgerät", "Kassenbox", "Lichterkette", "Stromverteiler 32A", "Erste-Hilfe-Koffer"]
    rng.shuffle(items)
    for it in items[:rng.randint(6, 9)]:
        b.f("{}  {}{}  {}  {}  {}\n", "A-%05d" % rng.randint(1, 99999), it, " " * (22 - len(it)), str(rng.randint(1, 120)).rjust(5),
            rng.choice(["Halle 1", "Container B", "Regal 4", "Keller"]), rng.choice(["gut", "gut", "defekt", "Prüfung fällig"]))
    b.f("\nLetzte Prüfung nach DGUV V3: KW {}. Summe Inventarwert {}\n", rng.randint(1, 52), money(rng, "€", 2000, 30000))
    return b


def k_neg_fr_billetterie(rng):
    b = Builder()
    b.f("Bilan billetterie - édition {} - export v{}\n\n", rng.randint(2023, 2026), version(rng))
    b.t("Catégorie        Vendus   Invitations   Recette\n")
    tot = 0
    for cat in ["Pass 3 jours", "Pass 1 jour", "Tarif réduit", "Enfant", "Camping"]:
        n = rng.randint(50, 4000)
        pr = rng.randint(5, 90)
        tot += n * pr
        b.f("{}{}{}   {}   {}\n", cat, " " * (17 - len(cat)), str(n).rjust(6), str(rng.randint(0, 300)).rjust(11), ("%d €" % (n * pr)).rjust(10))
    b.f("\nTotal : {} € TTC (TVA 5,5 %). Taux de remplissage : {} %. Lot de commande n° {}.\n", tot, rng.randint(60, 100), order_no(rng, "ORD"))
    return b


def k_neg_es_aforo(rng):
    b = Builder()
    b.f("Informe de aforo - sistema de control de accesos v{}\n", version(rng))
    t = rdt(rng, 2025, 2025, 16, 18)
    for k in range(rng.randint(6, 10)):
        t += _dt.timedelta(minutes=15)
        b.f("{} puerta={} entradas={} salidas={} ocupación={}%\n", t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["N1", "N2", "S1", "VIP"]),
            rng.randint(0, 600), rng.randint(0, 200), rng.randint(10, 99))
    b.f("Incidencias: {} lecturas duplicadas, {} pulseras anuladas (lote {}).\n", rng.randint(0, 30), rng.randint(0, 10), rs(rng, UP + DIG, 8))
    return b


# --------------------------------------------------------------------------
# registry
_E, _N, _F, _FN = 1.0, 1.13, 0.68, 1.2
KINDS = [
    # English, with entities
    ("donor_thankyou_letter", "en", _E, k_donor_thanks),
    ("gift_aid_declaration_form", "en", _E, k_giftaid_declaration),
    ("gift_aid_hmrc_schedule_csv", "en", _E, k_giftaid_schedule),
    ("donor_crm_record_json", "en", _E, k_donor_crm_json),
    ("direct_debit_mandate", "en", _E, k_dd_mandate),
    ("volunteer_roster_csv", "en", _E, k_volunteer_roster_csv),
    ("volunteer_application_email", "en", _E, k_volunteer_application_email),
    ("volunteer_driver_registration", "en", _E, k_volunteer_driver_form),
    ("background_check_authorization", "en", _E, k_background_check),
    ("ticket_order_confirmation", "en", _E, k_ticket_confirmation),
    ("box_office_refund_chat", "en", _E, k_refund_chat),
    ("box_office_call_transcript", "en", _E, k_box_office_call),
    ("conference_speakers_yaml", "en", _E, k_speakers_yaml),
    ("speaker_travel_email", "en", _E, k_speaker_travel_email),
    ("cfp_submission_json", "en", _E, k_cfp_json),
    ("speaker_honorarium_w9", "en", _E, k_w9_honorarium),
    ("membership_renewal_letter", "en", _E, k_membership_renewal),
    ("member_vcard", "en", _E, k_member_vcard),
    ("club_committee_minutes", "en", _E, k_club_minutes),
    ("fundraising_crm_env_file", "en", _E, k_crm_env),
    ("ticketing_ci_workflow_yaml", "en", _E, k_ci_yaml),
    ("k8s_secret_manifest", "en", _E, k_k8s_secret),
    ("webhook_access_log", "en", _E, k_webhook_access_log),
    ("app_error_log", "en", _E, k_app_error_log),
    ("slack_incident_channel", "en", _E, k_slack_incident),
    ("llm_prompt_donor_thankyou", "en", _E, k_llm_prompt_donor),
    ("llm_prompt_volunteer_reminders", "en", _E, k_llm_prompt_volunteer),
    ("festival_medical_incident_report", "en", _E, k_first_aid_incident),
    ("hl7_adt_festival_transfer", "en", _E, k_hl7_transfer),
    ("access_requirements_form", "en", _E, k_access_request),
    ("sponsorship_agreement_extract", "en", _E, k_sponsorship_agreement),
    ("grant_application_ocr", "en", _E, k_grant_ocr),
    ("cheque_donation_ocr", "en", _E, k_cheque_ocr),
    ("sms_gateway_export", "en", _E, k_sms_reminders),
    ("ics_event_invite", "en", _E, k_ics_invite),
    ("raffle_winners_markdown", "en", _E, k_raffle_md),
    ("crm_helpdesk_ticket", "en", _E, k_helpdesk_ticket),
    ("sepa_bank_reconciliation_tsv", "en", _E, k_bank_recon_tsv),
    ("legacy_solicitor_letter", "en", _E, k_legacy_letter),
    ("silent_auction_bid_sheet", "en", _E, k_auction_bids),
    ("badge_export_xml", "en", _E, k_badge_xml),
    ("stripe_charge_webhook_json", "en", _E, k_stripe_event),
    ("zoom_webinar_invite", "en", _E, k_webinar_invite),
    ("box_office_service_ini", "en", _E, k_ticketing_ini),
    ("ops_runbook_pem_note", "en", _E, k_ops_pem_note),
    ("fundraising_page_export", "en", _E, k_fundraising_page),
    ("us_501c3_tax_receipt", "en", _E, k_us_tax_receipt),
    ("volunteer_hours_timesheet", "en", _E, k_timesheet),
    ("festival_control_room_log", "en", _E, k_steward_shift_log),
    ("subject_access_request_email", "en", _E, k_sar_email),
    ("gala_seating_plan", "en", _E, k_gala_seating),
    ("mailing_list_import_csv", "en", _E, k_mailing_csv),
    # no entity
    ("gate_scanner_log", "en", _N, k_neg_gate_scan_log),
    ("event_budget_csv", "en", _N, k_neg_budget_csv),
    ("donor_portal_release_notes", "en", _N, k_neg_release_notes),
    ("compose_config_var_refs", "en", _N, k_neg_config_refs),
    ("masked_payment_recon_report", "en", _N, k_neg_masked_report),
    ("de_lagerliste_sommerfest", "de", _FN, k_neg_de_inventar),
    ("fr_bilan_billetterie", "fr", _FN, k_neg_fr_billetterie),
    ("es_informe_aforo", "es", _FN, k_neg_es_aforo),
    # other languages
    ("de_zuwendungsbestaetigung", "de", _F, k_de_zuwendung),
    ("de_mitgliedsantrag_sepa", "de", _F, k_de_mitgliedsantrag),
    ("de_ehrenamt_email", "de", _F, k_de_ehrenamt_email),
    ("de_spendenhotline_protokoll", "de", _F, k_de_hotline),
    ("fr_recu_fiscal_don", "fr", _F, k_fr_recu_fiscal),
    ("fr_planning_benevoles_csv", "fr", _F, k_fr_planning_csv),
    ("fr_email_intervenant", "fr", _F, k_fr_email_orateur),
    ("es_ficha_voluntariado", "es", _F, k_es_voluntariado),
    ("es_whatsapp_voluntarios", "es", _F, k_es_whatsapp),
    ("es_email_entradas", "es", _F, k_es_entradas_email),
    ("it_modulo_iscrizione_socio", "it", _F, k_it_iscrizione),
    ("it_sms_volontari", "it", _F, k_it_sms),
    ("it_verbale_assemblea", "it", _F, k_it_verbale),
    ("pt_recibo_donativo", "pt", _F, k_pt_recibo),
    ("pt_chat_voluntarios", "pt", _F, k_pt_chat),
    ("nl_vrijwilligersrooster_tsv", "nl", _F, k_nl_rooster),
    ("nl_donateur_json", "nl", _F, k_nl_donateur_json),
    ("pl_podziekowanie_darczynca", "pl", _F, k_pl_darczyncy),
    ("pl_email_prelegent", "pl", _F, k_pl_prelegent),
    ("sv_medlemsregister", "sv", _F, k_sv_medlemsregister),
    ("sv_supportchatt", "sv", _F, k_sv_chat),
    ("tr_bagis_makbuzu", "tr", _F, k_tr_bagis),
    ("ja_ibento_moshikomi", "ja", _F, k_ja_registration),
]
_WEIGHTS = [k[2] for k in KINDS]


def _make(seed, i):
    rng = random.Random("blind59|%s|%d" % (seed, i))
    name, lang, _w8, fn = rng.choices(KINDS, weights=_WEIGHTS)[0]
    b = fn(rng)
    text = b.text()
    ents = sorted(b.ents, key=lambda e: (e["start"], e["end"]))
    doc = {"id": "blind59-%s-%06d" % (seed, i), "text": text,
           "entities": [{"start": e["start"], "end": e["end"], "type": e["type"]} for e in ents]}
    return name, lang, doc


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


# --------------------------------------------------------------------------
# validation
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)(:\d+)?(/[^\s]*)?")
SHAPES = {
    AKI: re.compile(r"(AKIA|ASIA)[A-Z0-9]{16}"),
    ASK: re.compile(r"[A-Za-z0-9/+]{40}"),
    GHT: re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    SLK: re.compile(r"xox[abposr]-[0-9]+-[0-9]+(-[0-9]+)?-[A-Za-z0-9]+"),
    STR: re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}"),
}
QUOTES = "\"'`«»“”‘’"
TRAIL = ".,;:!?"


def validate(doc):
    probs = []
    text = doc.get("text", "")
    ents = doc.get("entities", [])
    if not 150 <= len(text) <= 3000:
        probs.append("length %d out of range" % len(text))
    if ents != sorted(ents, key=lambda e: (e["start"], e["end"])):
        probs.append("entities not sorted")
    prev_end = -1
    for e in ents:
        s, en, t = e["start"], e["end"], e["type"]
        tag = "%s[%d:%d]" % (t, s, en)
        if t not in TYPES:
            probs.append("unknown type " + tag)
            continue
        if not (0 <= s < en <= len(text)):
            probs.append("span out of text " + tag)
            continue
        v = text[s:en]
        tag += " %r" % v[:60]
        if s < prev_end:
            probs.append("overlap " + tag)
        prev_end = max(prev_end, en)
        if v != v.strip():
            probs.append("whitespace at edge " + tag)
        if v[0] in QUOTES and v[-1] in QUOTES:
            probs.append("quoted span " + tag)
        if t not in SECRET_TYPES:
            if v[0] in QUOTES or v[0] in "[{<" or (v[0] == "(" and ")" not in v):
                probs.append("leading quote/bracket " + tag)
            if v[-1] in QUOTES or v[-1] in "]}>" or v[-1] in TRAIL or (v[-1] == ")" and "(" not in v):
                probs.append("trailing punctuation/bracket " + tag)
        elif t != PEM and re.search(r"\s", v):
            probs.append("whitespace inside secret " + tag)
        if t == EML and not EMAIL_RE.fullmatch(v):
            probs.append("bad email " + tag)
        elif t == URL:
            m = URL_RE.fullmatch(v)
            if not m or "@" in v:
                probs.append("bad url " + tag)
            else:
                try:
                    ipaddress.ip_address(m.group(1))
                    probs.append("url with ip host " + tag)
                except ValueError:
                    pass
        elif t == IP:
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append("bad ip " + tag)
        elif t == CC:
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                probs.append("bad card " + tag)
        elif t == IBAN and not iban_ok(v):
            probs.append("bad iban " + tag)
        elif t == SSN and not (re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v) and ssn_ok(v)):
            probs.append("bad ssn " + tag)
        elif t == JWT and not jwt_ok(v):
            probs.append("bad jwt " + tag)
        elif t == PEM and not PEM_RE.fullmatch(v):
            probs.append("bad pem " + tag)
        elif t in SHAPES and not SHAPES[t].fullmatch(v):
            probs.append("bad shape " + tag)
        elif t == PHN:
            nd = sum(c.isdigit() for c in v)
            if not 6 <= nd <= 15 or not re.fullmatch(r"\+?[\d\s().\-/]+", v):
                probs.append("bad phone " + tag)
        elif t in (PER, LOC):
            if re.search(r"\d", v) or "\n" in v:
                probs.append("digit/newline in name/place " + tag)
        elif t in (DOB, DT, ADR, MRN, HPN, ACC, DL):
            if not re.search(r"\d", v):
                probs.append("no digit " + tag)
            if t in (MRN, HPN, ACC) and re.search(r"\s", v):
                probs.append("whitespace in id " + tag)
        elif t in (PWD, SEC) and len(v) < 4:
            probs.append("secret too short " + tag)
    return probs


# --------------------------------------------------------------------------
# CLI
def mark(doc):
    text = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append("[[%s]]<%s>" % (text[e["start"]:e["end"]], e["type"]))
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def _check(n, seed):
    bad = 0
    type_counts = collections.Counter()
    kind_counts = collections.Counter()
    non_en = no_ent = 0
    made = []
    for i in range(n):
        kind, lang, doc = _make(seed, i)
        made.append(doc)
        kind_counts[kind] += 1
        non_en += lang != "en"
        no_ent += not doc["entities"]
        for e in doc["entities"]:
            type_counts[e["type"]] += 1
        probs = validate(doc)
        if probs:
            bad += 1
            if bad <= 25:
                print("PROBLEM %s (%s): %s" % (doc["id"], kind, "; ".join(probs[:4])))
    ok = True
    print("docs: %d  problem docs: %d" % (n, bad))
    print("kinds defined: %d  kinds produced: %d" % (len(KINDS), len(kind_counts)))
    print("non-English share: %.1f%%   no-entity share: %.1f%%" % (100.0 * non_en / n, 100.0 * no_ent / n))
    print("entities: %d" % sum(type_counts.values()))
    print("per-type counts:")
    for t in TYPES:
        print("  %-22s %6d" % (t, type_counts[t]))
    print("per-kind counts:")
    for k in KINDS:
        print("  %-36s %-3s %5d" % (k[0], k[1], kind_counts[k[0]]))
    missing = [t for t in TYPES if not type_counts[t]]
    if missing:
        print("MISSING TYPES: " + ", ".join(missing))
        ok = False
    if len(KINDS) < 57 or len(kind_counts) < len(KINDS):
        print("NOT ENOUGH KINDS PRODUCED")
        ok = False
    again = list(generate(n, seed))
    prefix = list(generate(min(200, n), seed))
    det = again == made and prefix == made[:len(prefix)]
    print("determinism: %s" % ("ok" if det else "FAILED"))
    lens = [len(d["text"]) for d in made]
    print("length min/median/max: %d / %d / %d" % (min(lens), sorted(lens)[len(lens) // 2], max(lens)))
    if not det or bad:
        ok = False
    return 0 if ok else 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return _check(3000, a.seed)
    if a.sample:
        for i in range(a.sample):
            kind, lang, doc = _make(a.seed, i)
            print("=" * 78)
            print("%s  kind=%s lang=%s entities=%d" % (doc["id"], kind, lang, len(doc["entities"])))
            print("-" * 78)
            print(mark(doc))
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
