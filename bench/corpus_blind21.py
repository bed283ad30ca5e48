#!/usr/bin/env python3.11
"""corpus_blind21 -- seeded, labelled synthetic corpus for a PII / PHI / secrets detector.

Every document is assembled piece by piece with a tiny builder (``Doc``) that records
entity spans while text is appended, so offsets are exact by construction (nothing is
ever recovered by searching the finished text).  Document ``i`` is a pure function of
``(seed, i)`` through ``random.Random(f"{seed}-{i}")``.

About forty domains / formats that are new relative to earlier corpora: airline loyalty
disputes, UB-04 hospital bills, tenant ledger CSVs, Intercom chat JSON, Opsgenie
incident exports, AWS Parameter Store / Secrets Manager CLI dumps, Jenkins console
logs, nginx error logs, mobile analytics NDJSON, CRM call notes, appointment reminder
SMS batches, mental-health intake questionnaires, occupational therapy notes in
Portuguese / Italian, title insurance commitments, pet insurance claims, obituaries and
funeral home case records, alumni donation records, jail booking sheets, home warranty
claims, solar contracts, Discord dev-help threads, crowdfunding backer exports,
podiatry notes, affidavits of service, echocardiogram reports, auto auction bills of
sale, climbing gym waivers, Celery worker logs, SFTP partner onboarding, ACH batch
reports, ryokan (ja/en) confirmations, German tax office letters, bike-share support
chats, deposition transcripts, wage garnishment orders, phishing report e-mails and
sports pre-participation physicals -- plus ~10% negative documents (aircraft
maintenance log, fee schedule, redacted transcript, docker build, invoice batch,
API gateway log) that only contain hard negatives.

Written blind (without looking at the detector).

Usage:
    python3.11 corpus_blind21.py --check
    python3.11 corpus_blind21.py --sample 3
    python3.11 corpus_blind21.py --n 1000 --seed 0 --output corpus.jsonl
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import re
import string
import sys
import time
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = frozenset(TYPES)


# --------------------------------------------------------------------------- builder
class Doc:
    """Append-only text builder that records labelled spans as they are written."""

    __slots__ = ("parts", "pos", "ents")

    def __init__(self):
        self.parts: list[str] = []
        self.pos = 0
        self.ents: list[tuple[int, int, str]] = []

    def __call__(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, list):
                self(*it)
                continue
            if isinstance(it, tuple):
                v, t = it
                if t is None:
                    self._raw(v)
                    continue
                if t not in TYPESET:
                    raise ValueError(f"unknown type {t}")
                if not v or v != v.strip():
                    raise ValueError(f"bad span {v!r} ({t})")
                self.ents.append((self.pos, self.pos + len(v), t))
                self._raw(v)
            else:
                self._raw(it)
        return self

    def _raw(self, s: str):
        self.parts.append(s)
        self.pos += len(s)

    def text(self) -> str:
        return "".join(self.parts)


def _mk(t):
    return lambda v: (v, t)


PER = _mk("PERSON"); EM = _mk("EMAIL_ADDRESS"); PH = _mk("PHONE_NUMBER"); SSN = _mk("US_SSN")
CC = _mk("CREDIT_CARD"); IBAN = _mk("IBAN_CODE"); IP = _mk("IP_ADDRESS"); DOB = _mk("DATE_OF_BIRTH")
DT = _mk("DATE_TIME"); LOC = _mk("LOCATION"); ADDR = _mk("ADDRESS"); URL = _mk("URL")
MRN = _mk("MEDICAL_RECORD_NUMBER"); HPN = _mk("HEALTH_PLAN_NUMBER"); ACCT = _mk("ACCOUNT_NUMBER")
DL = _mk("DRIVER_LICENSE"); AKID = _mk("AWS_ACCESS_KEY"); ASK = _mk("AWS_SECRET_KEY")
GHT = _mk("GITHUB_TOKEN"); SLK = _mk("SLACK_TOKEN"); STK = _mk("STRIPE_KEY"); JWTT = _mk("JWT")
PEM = _mk("PRIVATE_KEY"); PWD = _mk("PASSWORD"); SEC = _mk("GENERIC_SECRET")


class Mix(list):
    """Several parts (plain str or (value, type) tuples) inside ONE JSON / CSV string."""


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(d: Doc, obj, indent=2, lvl=0, seps=(", ", ": ")):
    """Serialise obj as JSON into d; (value, type) leaves and Mix strings are labelled."""
    if isinstance(obj, dict):
        if not obj:
            d("{}")
            return
        items = list(obj.items())
        if indent is None:
            d("{")
            for j, (k, v) in enumerate(items):
                if j:
                    d(seps[0])
                d(json.dumps(k, ensure_ascii=False), seps[1])
                jdump(d, v, None, 0, seps)
            d("}")
        else:
            pad = " " * (indent * (lvl + 1))
            d("{\n")
            for j, (k, v) in enumerate(items):
                d(pad, json.dumps(k, ensure_ascii=False), ": ")
                jdump(d, v, indent, lvl + 1, seps)
                d(",\n" if j < len(items) - 1 else "\n")
            d(" " * (indent * lvl), "}")
    elif isinstance(obj, Mix):
        d('"')
        for p in obj:
            if isinstance(p, tuple):
                d((jesc(p[0]), p[1]))
            else:
                d(jesc(p))
        d('"')
    elif isinstance(obj, list):
        if not obj:
            d("[]")
            return
        if indent is None:
            d("[")
            for j, v in enumerate(obj):
                if j:
                    d(seps[0])
                jdump(d, v, None, 0, seps)
            d("]")
        else:
            pad = " " * (indent * (lvl + 1))
            d("[\n")
            for j, v in enumerate(obj):
                d(pad)
                jdump(d, v, indent, lvl + 1, seps)
                d(",\n" if j < len(obj) - 1 else "\n")
            d(" " * (indent * lvl), "]")
    elif isinstance(obj, tuple):
        v, t = obj
        if isinstance(v, str):
            d('"', (jesc(v), t), '"')
        else:
            d((json.dumps(v), t))
    else:
        d(json.dumps(obj, ensure_ascii=False))


def csv_row(d: Doc, cells, sep=","):
    """Write one CSV row; a cell is str, (value, type), None or a list/Mix of parts."""
    for j, c in enumerate(cells):
        if j:
            d(sep)
        parts = c if isinstance(c, list) else [c]
        flat = []
        for p in parts:
            if p is None:
                continue
            flat.append(p if isinstance(p, tuple) else (p, None))
        joined = "".join(v for v, _ in flat)
        need = any(ch in joined for ch in (sep, '"', "\n"))
        if need:
            d('"')
        for v, t in flat:
            vv = v.replace('"', '""') if need else v
            d((vv, t))
        if need:
            d('"')
    d("\n")


# --------------------------------------------------------------------------- primitives
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"


def rs(rng, n, al=AN):
    return "".join(rng.choice(al) for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice(DG) for _ in range(n))


def rs_alnum_end(rng, n, al):
    return rs(rng, n - 1, al) + rng.choice(AN)


def wpick(rng, pairs):
    """pairs: list of (item, weight)"""
    items, weights = zip(*pairs)
    return rng.choices(items, weights)[0]


def chance(rng, p):
    return rng.random() < p


# ---- checksums ------------------------------------------------------------
def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, n in enumerate(reversed(ds)):
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def _card_digits(rng, brand):
    if brand == "visa":
        p, n = "4" + digits(rng, 5), 16
    elif brand == "mc":
        p, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2305"]), 16
    elif brand == "amex":
        p, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        p, n = rng.choice(["6011", "6445", "65"]), 16
    else:  # jcb
        p, n = "35" + str(rng.randint(28, 89)), 16
    body = p + digits(rng, n - 1 - len(p))
    return body + luhn_digit(body)


def fmt_card(rng, num, fmt=None):
    fmt = fmt or rng.choice(["space", "space", "dash", "plain"])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    if fmt == "space":
        return " ".join(g)
    if fmt == "dash":
        return "-".join(g)
    return num


def card(rng, brand=None, fmt=None):
    brand = brand or wpick(rng, [("visa", 5), ("mc", 4), ("amex", 2), ("disc", 1), ("jcb", 1)])
    return fmt_card(rng, _card_digits(rng, brand), fmt)


def bad_card(rng, fmt=None):
    num = _card_digits(rng, rng.choice(["visa", "mc", "disc"]))
    bad = str((int(num[-1]) + rng.randint(1, 9)) % 10)
    return fmt_card(rng, num[:-1] + bad, fmt)


IBAN_SPEC = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n",
             "NL": "4a10n", "BE": "3n7n2n", "PT": "4n4n11n2n", "AT": "5n11n", "CH": "5n12n",
             "PL": "8n16n", "IE": "4a6n8n", "SE": "3n17n", "FI": "6n8n", "NO": "4n6n1n",
             "DK": "4n9n1n", "LU": "3n13n"}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
              "IE": ["AIBK", "BOFI", "IPBS"]}


def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(rng, cc=None, grouped=None):
    cc = cc or rng.choice(list(IBAN_SPEC))
    bban = ""
    for n, k in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        n = int(n)
        if k == "a":
            bban += rng.choice(IBAN_BANKS.get(cc, [rs(rng, n, UP)])) if n == 4 else rs(rng, n, UP)
        else:
            bban += digits(rng, n)
    chk = 98 - int(_iban_num(bban + cc + "00")) % 97
    s = f"{cc}{chk:02d}{bban}"
    if grouped is None:
        grouped = chance(rng, 0.6)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_ok(s):
    s = s.replace(" ", "")
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


def ssn(rng, sep="-"):
    a = 666
    while a == 666:
        a = rng.randint(1, 899)
    return f"{a:03d}{sep}{rng.randint(1, 99):02d}{sep}{rng.randint(1, 9999):04d}"


def ssn_ok(s):
    ds = re.sub(r"\D", "", s)
    if len(ds) != 9:
        return False
    a, g, n = int(ds[:3]), int(ds[3:5]), int(ds[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def bad_ssn(rng):
    a = rng.choice(["000", "666", str(rng.randint(900, 999))])
    return f"{a}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def aba(rng):
    d8 = [rng.randint(0, 9) for _ in range(8)]
    d8[0] = rng.choice([0, 1, 2, 3])
    s = sum(a * b for a, b in zip(d8, [3, 7, 1, 3, 7, 1, 3, 7]))
    return "".join(map(str, d8)) + str((10 - s % 10) % 10)


def npi(rng):
    base = rng.choice("12") + digits(rng, 8)
    return base + luhn_digit("80840" + base)


VIN_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng):
    return rng.choice("12345JKLSWYZ") + rs(rng, 16, VIN_AL)


def plate(rng):
    return rng.choice([f"{rng.randint(1, 9)}{rs(rng, 3, UP)}{digits(rng, 3)}", f"{rs(rng, 3, UP)}-{digits(rng, 4)}",
                       f"{rs(rng, 2, UP)}-{digits(rng, 3)}-{rs(rng, 2, UP)}", f"B-{rs(rng, 2, UP)} {digits(rng, 4)}"])


def uuid(rng):
    return (f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}-"
            f"{rng.choice('89ab')}{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}")


def sha(rng, n=40):
    return rs(rng, n, HEX)


def version(rng):
    return rng.choice(["", "v"]) + f"{rng.randint(0, 14)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"


def money(rng, lo=5, hi=5000, cur="$"):
    v = rng.uniform(lo, hi)
    if cur == "€":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} €"
    return f"{cur}{v:,.2f}"


def masked_card(rng):
    l4 = digits(rng, 4)
    return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending in {l4}", f"•••• {l4}",
                       f"ending {l4}", f"x{l4}"])


def order_no(rng):
    return rng.choice([f"ORD-{rng.randint(2019, 2025)}-{digits(rng, 6)}", f"#{rng.randint(100000, 9999999)}",
                       f"SO{digits(rng, 8)}", f"{rs(rng, 2, UP)}{digits(rng, 7)}"])


def ticket_no(rng):
    return rng.choice([f"#{rng.randint(10000, 999999)}", f"INC{digits(rng, 7)}", f"CS-{digits(rng, 6)}",
                       f"TKT-{rng.randint(1000, 99999)}"])


def tracking(rng):
    return rng.choice(["1Z" + rs(rng, 6, UP + DG) + digits(rng, 10), "9400 1" + " ".join(digits(rng, 4) for _ in range(4)) + " " + digits(rng, 2),
                       digits(rng, 12), "JD" + digits(rng, 18)])


ICD = ["E11.9", "I10", "F41.1", "F32.1", "M54.5", "J45.909", "K21.9", "E78.5", "M17.11", "R06.00",
       "L60.0", "E11.42", "I48.91", "N18.3", "G47.33", "Z79.4", "M79.671", "S83.511A", "F43.10", "H90.3"]
CPT = ["99213", "99214", "97110", "97530", "97535", "93306", "11730", "11721", "90837", "90791",
       "99203", "97165", "97166", "20610", "36415", "80053", "85025", "71046", "93000", "97140"]
DRUGS = ["atorvastatin 20 mg", "metformin 500 mg BID", "lisinopril 10 mg", "sertraline 50 mg", "apixaban 5 mg",
         "levothyroxine 75 mcg", "gabapentin 300 mg TID", "trazodone 50 mg qhs PRN", "amlodipine 5 mg",
         "furosemide 40 mg", "escitalopram 10 mg", "mupirocin 2% ointment", "carvedilol 12.5 mg", "Eliquis",
         "Ozempic 0.5 mg weekly", "Jardiance 10 mg"]
BRANDS_PERSONLIKE = ["Johnson & Johnson", "Ben & Jerry's", "Procter & Gamble", "Goldman Sachs", "Morgan Stanley",
                     "Wells Fargo", "Charles Schwab", "Edward Jones", "Merrill Lynch", "Marks & Spencer",
                     "Sherwin-Williams", "Dean & DeLuca", "Baker McKenzie", "Dun & Bradstreet", "Ernst & Young",
                     "Harley-Davidson", "Mercedes-Benz", "Louis Vuitton", "Tommy Hilfiger", "Dr. Martens",
                     "Müller & Söhne GmbH", "Smith & Wesson", "Kellogg's", "Trader Joe's", "Wendy's"]
PETS = ["Biscuit", "Pickles", "Mochi", "Waffles", "Nacho", "Pepper", "Ziggy", "Luna", "Max", "Bella", "Koda",
        "Gizmo", "Noodle", "Pretzel", "Sir Fluffington", "Tater Tot", "Churro", "Miso", "Olive", "Rocket"]
ORG_DOMAINS = ["northwind-health.org", "brightleaf.io", "cedarridgecare.com", "harborline.net", "quillpay.com",
               "tallgrass-energy.com", "orbitcart.shop", "lumenbank.co", "pinecrestvet.com", "meridianlabs.dev",
               "copperkettle.co.uk", "blauwal-versand.de", "maisonverte.fr", "solmaior.com.br", "fiordaliso.it",
               "kasumi-ryokan.jp", "atlas-freight.eu", "redwoodstack.io", "summitridge.edu", "greyhawk-title.com"]
IATA = ["JFK", "LHR", "CDG", "FRA", "AMS", "GRU", "NRT", "SFO", "ORD", "ATL", "DXB", "SIN", "MAD", "LIS",
        "FCO", "BOS", "SEA", "DEN", "YYZ", "MEX", "LOS", "NBO", "BOM", "ICN", "HND"]


# --------------------------------------------------------------------------- people
_NAME_DATA = {
    "en": ("James:m Emily:f Michael:m Sarah:f Robert:m Jessica:f Harold:m Dorothy:f Tyler:m Brittany:f "
           "Kevin:m Lauren:f Wyatt:m Savannah:f DeShawn:m Latoya:f Connor:m Abigail:f",
           "Thompson Whitaker Caldwell Harrington Brooks Fletcher Sullivan Pennington Holloway Baxter "
           "McAllister O'Connor Smith-Jones Lockhart Washington Greene"),
    "es": ("María_José:f Alejandro:m Lucía:f Javier:m Carmen:f Diego:m Sofía:f Ramón:m Guadalupe:f "
           "Luis_Fernando:m Ximena:f Joaquín:m",
           "García Fernández de_la_Cruz Martínez-Ruiz Delgado Ibáñez Castillo Ortega del_Río Villalobos Peña"),
    "pt": ("João:m Ana_Beatriz:f Thiago:m Mariana:f Luíza:f Rafael:m Conceição:f Gonçalo:m Letícia:f",
           "da_Silva dos_Santos Oliveira Pereira Carvalho Nogueira Magalhães Azevedo Brandão"),
    "it": ("Giulia:f Alessandro:m Francesca:f Matteo:m Chiara:f Lorenzo:m Giuseppe:m Rosaria:f",
           "Rossi Bianchi Esposito Di_Stefano Romano De_Luca Colombo Lo_Presti"),
    "de": ("Jürgen:m Anneliese:f Lukas:m Katharina:f Maximilian:m Sabine:f Dieter:m Hannah:f",
           "Müller Schneider von_Hohenberg Weiß Schäfer Becker-Lindner Krause Zimmermann"),
    "fr": ("Jean-Luc:m Amélie:f Mathieu:m Océane:f Benoît:m Camille:f Hélène:f François:m",
           "Dubois Lefèvre Le_Goff Moreau Girard de_Villiers Rousseau Fontaine"),
    "nl": ("Sanne:f Pieter:m Femke:f Joost:m Maarten:m Anouk:f",
           "van_der_Berg de_Vries Jansen ten_Brink van_Dijk Bakker"),
    "pl": ("Katarzyna:f Piotr:m Agnieszka:f Tomasz:m Wojciech:m Małgorzata:f Olga:f Dmitri:m Svetlana:f Alexei:m",
           "Nowak Kowalczyk Wójcik Grzybowski Mazur Lewandowski Petrov Sokolov Volkov Kuznetsov"),
    "ng": ("Chinedu:m Ngozi:f Oluwaseun:m Adaeze:f Emeka:m Folasade:f Kwame:m Wanjiru:f Akosua:f Otieno:m",
           "Okafor Adeyemi Nwosu Balogun Eze Okonkwo Mensah Kamau Ochieng Owusu Mwangi Boateng"),
    "in": ("Priya:f Rahul:m Ananya:f Vikram:m Sunita:f Arjun:m Lakshmi:f Rohan:m",
           "Sharma Patel Venkataraman Iyer Gupta Reddy Chatterjee Nair"),
    "ea": ("Wei:m Xiaoling:f Jun:m Mei:f Haruto:m Yui:f Kenji:m Sakura:f Min-jun:m Seo-yeon:f Ji-ho:m Linh:f Minh:m Duc:m",
           "Zhang Chen Liu Wang Tanaka Suzuki Takahashi Yamamoto Kim Park Choi Nguyen Tran Pham Nguyen-Tran"),
    "me": ("Omar:m Fatima:f Youssef:m Layla:f Hassan:m Amira:f Mehmet:m Elif:f Reza:m Shirin:f Zeynep:f",
           "Al-Farsi El_Amrani Haddad bin_Rahman Abu-Saleh Mansour Yılmaz Demir Hosseini Karimi Öztürk"),
    "xx": ("Nikos:m Eleni:f Siobhán:f Ciarán:m Astrid:f Lars:m Maria_Clara:f Rizaldy:m Aroha:f Keanu:m",
           "Papadopoulos Georgiou Ní_Bhriain Ó_Súilleabháin Lindqvist Haugen Dela_Cruz Villanueva Ngata Kahananui"),
}
NAMES = {}
for _k, (_f, _l) in _NAME_DATA.items():
    NAMES[_k] = ([(x.split(":")[0].replace("_", " "), x.split(":")[1]) for x in _f.split()],
                 [x.replace("_", " ") for x in _l.split()])
ORIGIN_BY_LANG = {"en": ["en", "en", "es", "ng", "in", "ea", "me", "xx", "it", "pl"], "de": ["de", "de", "de", "pl", "me"],
                  "fr": ["fr", "fr", "fr", "me", "ng"], "pt": ["pt", "pt", "pt", "it", "es"], "it": ["it", "it", "it", "es"],
                  "es": ["es", "es", "es", "pt"], "nl": ["nl", "nl", "de"], "ja": ["ea"]}


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", s)


class Person:
    def __init__(self, first, last, g, mid):
        self.first, self.last, self.g, self.mid = first, last, g, mid

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def show(self, rng, style=None):
        style = style or wpick(rng, [("full", 10), ("mi", 3), ("lf", 2), ("caps", 1), ("lower", 1)])
        f, l, m = self.first, self.last, self.mid
        return {
            "full": f"{f} {l}", "mi": f"{f} {m}. {l}", "lf": f"{l}, {f}", "lfm": f"{l}, {f} {m}",
            "caps": f"{f} {l}".upper(), "capslf": f"{l}, {f} {m}".upper(), "capslf2": f"{l}, {f}".upper(),
            "lower": f"{f} {l}".lower(), "first": f, "last": l, "firstlow": f.lower(),
        }[style]

    def title(self, rng, lang="en"):
        t = {"en": (["Mr."], ["Ms.", "Mrs."]), "de": (["Herr"], ["Frau"]), "fr": (["M."], ["Mme"]),
             "es": (["Sr."], ["Sra."]), "pt": (["Sr."], ["Sra."]), "it": (["Sig."], ["Sig.ra"])}[lang]
        return rng.choice(t[0] if self.g == "m" else t[1])


def person(rng, lang="en", origin=None, g=None):
    origin = origin or rng.choice(ORIGIN_BY_LANG.get(lang, ORIGIN_BY_LANG["en"]))
    firsts, lasts = NAMES[origin]
    for _ in range(20):
        f, gg = rng.choice(firsts)
        if g is None or gg == g:
            break
    last = rng.choice(lasts)
    if chance(rng, 0.05):
        last = last + "-" + rng.choice(NAMES[rng.choice(list(NAMES))][1]).split()[-1]
    return Person(f, last, gg, rng.choice(UP.replace("Q", "").replace("X", "")))


def kin(rng, rels, lang="en"):
    """rels: list of (label, gender); returns (Person, label) with a matching gender"""
    label, g = rng.choice(rels)
    return person(rng, lang, g=g), label


def age_on(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def people(rng, n, lang="en"):
    out, seen = [], set()
    while len(out) < n:
        p = person(rng, lang)
        if p.first in seen or p.last in seen:
            continue
        seen.add(p.first); seen.add(p.last)
        out.append(p)
    return out


MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "aol.com",
                "gmx.de", "web.de", "orange.fr", "libero.it", "uol.com.br", "yahoo.co.uk", "hotmail.es",
                "naver.com", "fastmail.com", "comcast.net", "mail.ru", "rediffmail.com", "btinternet.com"]


def email_for(rng, p: Person, domain=None):
    f = fold(p.first.split()[0]) or "user"
    l = fold(p.last) or "x"
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{f}{l[0]}",
                        f"{l}.{f}", f"{f}{rng.randint(70, 2005)}", f"{f}.{l[0]}{rng.randint(1, 9)}"])
    return f"{local}@{domain or rng.choice(MAIL_DOMAINS)}"


def role_email(rng, dom):
    return rng.choice(["support", "billing", "noreply", "ops", "help", "claims", "members", "dispatch",
                       "intake", "records"]) + "@" + dom


# --------------------------------------------------------------------------- phones
US_AREA = [212, 312, 415, 503, 512, 602, 617, 704, 720, 808, 907, 919, 971, 385, 470, 520, 614, 702, 801,
           913, 206, 305, 404, 414, 505, 608, 646, 713, 775, 843, 901, 952]
CA_AREA = [416, 514, 604, 403, 902, 613]


def phone(rng, cc="US", style=None):
    r = rng.randint
    if cc in ("US", "CA"):
        a = rng.choice(US_AREA if cc == "US" else CA_AREA)
        b, c = r(201, 989), r(0, 9999)
        style = style or rng.choice(["paren", "paren", "dash", "dot", "intl", "intl2", "one"])
        if style == "tollfree":
            a = rng.choice([800, 888, 877, 866, 855])
            return rng.choice([f"1-{a}-{b}-{c:04d}", f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"1 ({a}) {b}-{c:04d}"])
        return {"paren": f"({a}) {b}-{c:04d}", "dash": f"{a}-{b}-{c:04d}", "dot": f"{a}.{b}.{c:04d}",
                "intl": f"+1 {a} {b} {c:04d}", "intl2": f"+1-{a}-{b}-{c:04d}", "one": f"1-{a}-{b}-{c:04d}",
                "e164": f"+1{a}{b}{c:04d}"}[style]
    if cc == "UK":
        return rng.choice([f"+44 20 {r(3000, 8999)} {r(1000, 9999)}", f"020 {r(3000, 8999)} {r(1000, 9999)}",
                           f"+44 7{r(100, 999)} {r(100000, 999999)}", f"07{r(100, 999)} {r(100000, 999999)}",
                           f"+44 161 {r(200, 999)} {r(1000, 9999)}", f"0117 {r(200, 999)} {r(1000, 9999)}"])
    if cc == "DE":
        return rng.choice([f"+49 30 {r(1000000, 99999999)}", f"030 {r(100000, 9999999)}", f"+49 (0)89 {r(1000, 9999)} {r(1000, 9999)}",
                           f"+49 151 {r(1000000, 99999999)}", f"0341 {r(100000, 999999)}", f"0176 {r(1000, 9999)} {r(1000, 9999)}"])
    if cc == "FR":
        return rng.choice(["+33 " + str(r(1, 7)) + " " + " ".join(f"{r(0, 99):02d}" for _ in range(4)),
                           "0" + str(r(1, 7)) + " " + " ".join(f"{r(0, 99):02d}" for _ in range(4)),
                           "0" + str(r(6, 7)) + "." + ".".join(f"{r(0, 99):02d}" for _ in range(4))])
    if cc == "IT":
        return rng.choice([f"+39 02 {r(1000, 9999)} {r(1000, 9999)}", f"+39 3{r(20, 49)} {r(100, 999)} {r(1000, 9999)}",
                           f"051 {r(100, 999)} {r(1000, 9999)}", f"3{r(20, 49)} {r(1000000, 9999999)}"])
    if cc == "ES":
        return rng.choice([f"+34 6{r(10, 99)} {r(100, 999)} {r(100, 999)}", f"91 {r(100, 999)} {r(10, 99)} {r(10, 99)}",
                           f"+34 93 {r(100, 999)} {r(10, 99)} {r(10, 99)}"])
    if cc == "PT":
        return rng.choice([f"+351 9{r(10, 69)} {r(100, 999)} {r(100, 999)}", f"22 {r(100, 999)} {r(1000, 9999)}",
                           f"+351 21 {r(100, 999)} {r(1000, 9999)}"])
    if cc == "BR":
        return rng.choice([f"+55 11 9{r(1000, 9999)}-{r(1000, 9999)}", f"(41) 9{r(1000, 9999)}-{r(1000, 9999)}",
                           f"(21) 3{r(100, 999)}-{r(1000, 9999)}", f"+55 (31) 9{r(1000, 9999)}-{r(1000, 9999)}"])
    if cc == "NL":
        return rng.choice([f"+31 20 {r(100, 999)} {r(1000, 9999)}", f"06-{r(10000000, 99999999)}",
                           f"+31 6 {r(1000, 9999)} {r(1000, 9999)}", f"030 {r(100, 999)} {r(1000, 9999)}"])
    if cc == "PL":
        return rng.choice([f"+48 {r(500, 799)} {r(100, 999)} {r(100, 999)}", f"12 {r(100, 999)} {r(10, 99)} {r(10, 99)}"])
    if cc == "IN":
        return rng.choice([f"+91 9{r(1000, 9999)} {r(10000, 99999)}", f"+91-20-{r(2000, 2999)}{r(1000, 9999)}",
                           f"09{r(100, 999)}{r(100000, 999999)}"])
    if cc == "JP":
        return rng.choice([f"+81 3-{r(1000, 9999)}-{r(1000, 9999)}", f"090-{r(1000, 9999)}-{r(1000, 9999)}",
                           f"0460-{r(80, 89)}-{r(1000, 9999)}", f"+81 75-{r(200, 999)}-{r(1000, 9999)}"])
    if cc == "AU":
        return rng.choice([f"+61 2 {r(8000, 9999)} {r(1000, 9999)}", f"04{r(10, 99)} {r(100, 999)} {r(100, 999)}",
                           f"(03) {r(9000, 9999)} {r(1000, 9999)}"])
    if cc == "MX":
        return rng.choice([f"+52 55 {r(1000, 9999)} {r(1000, 9999)}", f"+52 1 33 {r(1000, 9999)} {r(1000, 9999)}"])
    if cc == "NG":
        return rng.choice([f"+234 80{r(2, 9)} {r(100, 999)} {r(1000, 9999)}", f"080{r(2, 9)}{r(1000000, 9999999)}"])
    if cc == "KE":
        return f"+254 7{r(10, 99)} {r(100, 999)} {r(100, 999)}"
    if cc == "SE":
        return rng.choice([f"+46 8 {r(100, 999)} {r(100, 999)} {r(10, 99)}", f"070-{r(100, 999)} {r(10, 99)} {r(10, 99)}"])
    if cc == "IE":
        return rng.choice([f"+353 21 {r(100, 999)} {r(1000, 9999)}", f"087 {r(100, 999)} {r(1000, 9999)}"])
    return phone(rng, "US")


# --------------------------------------------------------------------------- places
US_CITIES = [("Tucson", "AZ", "857"), ("Columbus", "OH", "432"), ("Portland", "OR", "972"), ("Raleigh", "NC", "276"),
             ("Sacramento", "CA", "958"), ("Boise", "ID", "837"), ("Albany", "NY", "122"), ("Madison", "WI", "537"),
             ("Savannah", "GA", "314"), ("El Paso", "TX", "799"), ("Des Moines", "IA", "503"), ("Burlington", "VT", "054"),
             ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"), ("Santa Fe", "NM", "875"), ("Chattanooga", "TN", "374"),
             ("Brooklyn", "NY", "112"), ("Oakland", "CA", "946"), ("Minneapolis", "MN", "554"), ("Providence", "RI", "029"),
             ("Fort Collins", "CO", "805"), ("Baton Rouge", "LA", "708"), ("Spokane", "WA", "992"), ("Omaha", "NE", "681"),
             ("Asheville", "NC", "288"), ("Scranton", "PA", "185"), ("Lexington", "KY", "405"), ("Tampa", "FL", "336")]
US_STATES = {"AZ": "Arizona", "OH": "Ohio", "OR": "Oregon", "NC": "North Carolina", "CA": "California", "ID": "Idaho",
             "NY": "New York", "WI": "Wisconsin", "GA": "Georgia", "TX": "Texas", "IA": "Iowa", "VT": "Vermont",
             "AK": "Alaska", "HI": "Hawaii", "NM": "New Mexico", "TN": "Tennessee", "MN": "Minnesota",
             "RI": "Rhode Island", "CO": "Colorado", "LA": "Louisiana", "WA": "Washington", "NE": "Nebraska",
             "PA": "Pennsylvania", "KY": "Kentucky", "FL": "Florida"}
US_STREETS = ["Willow Creek", "Maple", "Oakridge", "Sycamore", "Juniper", "Magnolia", "Lakeview", "Cedar Hollow",
              "Prairie Wind", "Harbor View", "Pinecrest", "Canyon Ridge", "Chestnut", "Elm", "Briarwood", "Riverbend",
              "Mockingbird", "Aspen", "Hawthorne", "Martin Luther King Jr", "Old Mill", "Quail Run", "Tamarack"]
US_STYPES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct", "Way", "Pl",
             "Terrace", "Pkwy", "Circle"]
US_UNITS = ["Apt 3B", "Apt. 12", "Unit 204", "Suite 150", "#7", "Ste 300", "Apt 1F", "Unit C", "Apt 4021", "Lot 17"]

WORLD = {
    "UK": [("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS8"), ("London", "SE15"), ("Glasgow", "G12"),
           ("Cardiff", "CF24"), ("Norwich", "NR2"), ("Brighton", "BN2")],
    "DE": [("Leipzig", "04"), ("Berlin", "10"), ("München", "80"), ("Köln", "50"), ("Hamburg", "20"),
           ("Freiburg im Breisgau", "79"), ("Dresden", "01"), ("Stuttgart", "70")],
    "FR": [("Lyon", "6900"), ("Paris", "750"), ("Marseille", "130"), ("Toulouse", "310"), ("Nantes", "440"),
           ("Lille", "590"), ("Bordeaux", "330")],
    "IT": [("Bologna", "401", "BO"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
           ("Roma", "001", "RM"), ("Firenze", "501", "FI")],
    "PT": [("Porto", "4000"), ("Lisboa", "1250"), ("Coimbra", "3000"), ("Braga", "4700")],
    "BR": [("Curitiba", "PR", "80"), ("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"),
           ("Belo Horizonte", "MG", "30"), ("Recife", "PE", "50")],
    "ES": [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Bilbao", "480")],
    "NL": [("Utrecht", "35"), ("Amsterdam", "10"), ("Den Haag", "25"), ("Rotterdam", "30"), ("Groningen", "97")],
    "JP": [("Osaka", "Kita-ku", "530"), ("Tokyo", "Shibuya-ku", "150"), ("Kyoto", "Nakagyo-ku", "604"),
           ("Sapporo", "Chuo-ku", "060"), ("Fukuoka", "Hakata-ku", "812")],
    "IN": [("Pune", "411"), ("Bengaluru", "560"), ("Chennai", "600"), ("Kolkata", "700"), ("Hyderabad", "500")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fortitude Valley", "QLD", "4006"),
           ("Fremantle", "WA", "6160")],
    "CA": [("Montréal", "QC", "H3G"), ("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"), ("Calgary", "AB", "T2P"),
           ("Halifax", "NS", "B3H")],
    "PL": [("Kraków", "31"), ("Warszawa", "00"), ("Gdańsk", "80"), ("Wrocław", "50")],
    "MX": [("Guadalajara", "Jalisco", "44"), ("Ciudad de México", "CDMX", "06"), ("Monterrey", "Nuevo León", "64")],
    "NG": [("Lagos", "Lagos State"), ("Abuja", "FCT"), ("Ibadan", "Oyo State")],
    "IE": [("Cork", "T12"), ("Dublin", "D08"), ("Galway", "H91")],
    "SE": [("Göteborg", "41"), ("Stockholm", "11"), ("Malmö", "21")],
}
COUNTRY_NAME = {"US": "USA", "UK": "United Kingdom", "DE": "Germany", "FR": "France", "IT": "Italy", "PT": "Portugal",
                "BR": "Brazil", "ES": "Spain", "NL": "Netherlands", "JP": "Japan", "IN": "India", "AU": "Australia",
                "CA": "Canada", "PL": "Poland", "MX": "Mexico", "NG": "Nigeria", "IE": "Ireland", "SE": "Sweden"}
ISO2 = {"US": "US", "UK": "GB", "DE": "DE", "FR": "FR", "IT": "IT", "PT": "PT", "BR": "BR", "ES": "ES", "NL": "NL",
        "JP": "JP", "IN": "IN", "AU": "AU", "CA": "CA", "PL": "PL", "MX": "MX", "NG": "NG", "IE": "IE", "SE": "SE"}


class Addr:
    """street / unit / city / region / postal / country, plus ready renderings"""

    def __init__(self, cc, street, unit, city, region, postal, line, block):
        self.cc, self.street, self.unit, self.city, self.region, self.postal = cc, street, unit, city, region, postal
        self.line, self.block = line, block

    @property
    def street_full(self):
        return f"{self.street}, {self.unit}" if self.unit else self.street


def addr(rng, cc="US", unit_p=0.3):
    r = rng.randint
    unit = None
    if cc == "US":
        city, st, z3 = rng.choice(US_CITIES)
        street = f"{r(12, 9899)} {rng.choice(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '])}{rng.choice(US_STREETS)} {rng.choice(US_STYPES)}"
        if chance(rng, 0.05):
            street = f"P.O. Box {r(100, 98765)}"
        elif chance(rng, unit_p):
            unit = rng.choice(US_UNITS)
        postal = z3 + f"{r(0, 99):02d}" + (f"-{r(1000, 9999)}" if chance(rng, 0.1) else "")
        s = f"{street}, {unit}" if unit else street
        line = f"{s}, {city}, {st} {postal}"
        block = f"{s}\n{city}, {st} {postal}"
        if chance(rng, 0.12):
            line = line.upper()
            block = block.upper()
        return Addr(cc, street, unit, city, st, postal, line, block)
    if cc == "CA":
        city, prov, p3 = rng.choice(WORLD["CA"])
        street = f"{r(10, 4999)} " + rng.choice(["Rue Sherbrooke O", "Queen St W", "Granville St", "Spring Garden Rd", "17 Ave SW"])
        if chance(rng, unit_p):
            unit = f"Unit {r(100, 2400)}"
        postal = f"{p3} {r(1, 9)}{rng.choice(UP)}{r(1, 9)}"
        s = f"{unit}, {street}" if unit else street
        return Addr(cc, street, unit, city, prov, postal, f"{s}, {city}, {prov} {postal}", f"{s}\n{city} {prov}  {postal}")
    if cc == "UK":
        city, pc = rng.choice(WORLD["UK"])
        street = f"{r(1, 220)} {rng.choice(['Rosebery Avenue', 'Station Road', 'Victoria Street', 'Church Lane', 'Kingsway', 'Albert Road', 'Mill Lane', 'Queens Drive'])}"
        if chance(rng, unit_p):
            unit = f"Flat {r(1, 12)}"
        postal = f"{pc} {r(1, 9)}{rs(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        s = f"{unit}, {street}" if unit else street
        return Addr(cc, street, unit, city, None, postal, f"{s}, {city} {postal}", f"{s}\n{city}\n{postal}")
    if cc == "DE":
        city, p2 = rng.choice(WORLD["DE"])
        street = f"{rng.choice(['Lindenstraße', 'Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Am Rosengarten', 'Goethestraße', 'Kastanienallee', 'Bergmannstraße'])} {r(1, 140)}{rng.choice(['', '', '', 'a', 'b'])}"
        postal = f"{p2}{r(100, 999)}"
        return Addr(cc, street, None, city, None, postal, f"{street}, {postal} {city}", f"{street}\n{postal} {city}")
    if cc == "FR":
        city, pp = rng.choice(WORLD["FR"])
        street = f"{r(1, 180)}{rng.choice(['', '', ' bis'])} {rng.choice(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Tilleuls', 'chemin du Moulin', 'quai Saint-Vincent'])}"
        postal = pp + digits(rng, 5 - len(pp))
        if chance(rng, unit_p):
            unit = f"Bât. {rng.choice('ABC')}, apt {r(1, 60)}"
        s = f"{street}, {unit}" if unit else street
        return Addr(cc, street, unit, city, None, postal, f"{s}, {postal} {city}", f"{s}\n{postal} {city.upper()}")
    if cc == "IT":
        city, p3, prov = rng.choice(WORLD["IT"])
        street = f"{rng.choice(['Via Garibaldi', 'Via Roma', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Via della Spiga', 'Via Indipendenza'])} {r(1, 200)}"
        if chance(rng, 0.2):
            street = street.replace("Via ", "V. ", 1) if street.startswith("Via ") else street
        postal = p3 + f"{r(0, 99):02d}"
        return Addr(cc, street, None, city, prov, postal, f"{street}, {postal} {city} {prov}", f"{street}\n{postal} {city} ({prov})")
    if cc == "PT":
        city, p4 = rng.choice(WORLD["PT"])
        street = f"{rng.choice(['Rua de Santa Catarina', 'Avenida da Liberdade', 'Rua Augusta', 'Travessa do Carmo', 'Rua do Almada'])} {r(1, 400)}"
        if chance(rng, unit_p):
            unit = f"{r(1, 8)}º {rng.choice(['Esq', 'Dto', 'A', 'B'])}"
        postal = f"{p4[:1]}{p4[1:]}-{r(100, 999)}"
        s = f"{street}, {unit}" if unit else street
        return Addr(cc, street, unit, city, None, postal, f"{s}, {postal} {city}", f"{s}\n{postal} {city}")
    if cc == "BR":
        city, uf, p2 = rng.choice(WORLD["BR"])
        street = f"{rng.choice(['Rua XV de Novembro', 'Avenida Paulista', 'Rua das Laranjeiras', 'Rua Oscar Freire', 'Av. Boa Viagem'])}, {r(10, 3000)}"
        if chance(rng, 0.5):
            unit = f"Apto {r(11, 1804)}"
        postal = f"{p2}{r(100, 999)}-{r(100, 999)}"
        s = f"{street} - {unit}" if unit else street
        return Addr(cc, street, unit, city, uf, postal, f"{s}, {city} - {uf}, {postal}", f"{s}\n{city} - {uf}\nCEP {postal}")
    if cc == "ES":
        city, p3 = rng.choice(WORLD["ES"])
        street = f"{rng.choice(['Calle de Alcalá', 'Avenida Diagonal', 'Calle Mayor', 'Paseo de Gracia', 'Calle del Pez', 'Carrer de Balmes'])} {r(1, 300)}"
        if chance(rng, 0.5):
            unit = f"{r(1, 9)}º {rng.choice('ABCD')}"
        postal = p3 + f"{r(1, 99):02d}"
        s = f"{street}, {unit}" if unit else street
        return Addr(cc, street, unit, city, None, postal, f"{s}, {postal} {city}", f"{s}\n{postal} {city}")
    if cc == "NL":
        city, p2 = rng.choice(WORLD["NL"])
        street = f"{rng.choice(['Oudegracht', 'Keizersgracht', 'Lange Voorhout', 'Witte de Withstraat', 'Vismarkt'])} {r(1, 300)}"
        postal = f"{p2}{r(10, 99)} {rs(rng, 2, 'ABCEGHJKLMNPRSTVWXZ')}"
        return Addr(cc, street, None, city, None, postal, f"{street}, {postal} {city}", f"{street}\n{postal} {city}")
    if cc == "JP":
        city, ward, p3 = rng.choice(WORLD["JP"])
        street = f"{r(1, 9)}-{r(1, 30)}-{r(1, 20)} {rng.choice(['Umeda', 'Jingumae', 'Sanjo', 'Minami 3-jo', 'Nakasu'])}"
        postal = f"{p3}-{r(1, 9999):04d}"
        return Addr(cc, street, None, city, None, postal, f"{street}, {ward}, {city} {postal}", f"{street}, {ward}\n{city} {postal}")
    if cc == "IN":
        city, p3 = rng.choice(WORLD["IN"])
        unit = f"Flat {r(101, 904)}, {rng.choice(['Shanti Apartments', 'Lotus Residency', 'Green Meadows', 'Sai Krupa Heights'])}"
        street = rng.choice(["FC Road", "MG Road", "Anna Salai", "Park Street", "Banjara Hills Road No 3", "Linking Road"])
        postal = p3 + f"{r(0, 99):03d}"
        return Addr(cc, street, unit, city, None, postal, f"{unit}, {street}, {city} {postal}", f"{unit}\n{street}\n{city} - {postal}")
    if cc == "AU":
        city, st, pc = rng.choice(WORLD["AU"])
        street = f"{r(1, 400)} {rng.choice(['Smith Street', 'Brunswick Street', 'King Street', 'Ann Street', 'High Street'])}"
        if chance(rng, unit_p):
            unit = f"Unit {r(1, 40)}"
        s = f"{unit}, {street}" if unit else street
        return Addr(cc, street, unit, city, st, pc, f"{s}, {city} {st} {pc}", f"{s}\n{city.upper()} {st} {pc}")
    if cc == "PL":
        city, p2 = rng.choice(WORLD["PL"])
        street = f"ul. {rng.choice(['Floriańska', 'Marszałkowska', 'Długa', 'Świdnicka', 'Piotrkowska'])} {r(1, 120)}/{r(1, 40)}"
        postal = f"{p2}-{r(0, 999):03d}"
        return Addr(cc, street, None, city, None, postal, f"{street}, {postal} {city}", f"{street}\n{postal} {city}")
    if cc == "MX":
        city, st, p2 = rng.choice(WORLD["MX"])
        street = f"{rng.choice(['Av. Chapultepec', 'Calle Hidalgo', 'Av. Insurgentes Sur', 'Calle Morelos'])} {r(10, 2500)}"
        unit = f"Col. {rng.choice(['Americana', 'Roma Norte', 'Centro', 'Del Valle'])}"
        postal = f"{p2}{r(100, 999)}"
        return Addr(cc, street, unit, city, st, postal, f"{street}, {unit}, {postal} {city}, {st}", f"{street}, {unit}\n{postal} {city}, {st}")
    if cc == "NG":
        city, st = rng.choice(WORLD["NG"])
        street = f"{r(1, 90)} {rng.choice(['Adeola Odeku Street', 'Awolowo Road', 'Ring Road', 'Aminu Kano Crescent'])}"
        return Addr(cc, street, None, city, st, "", f"{street}, {city}, {st}", f"{street}\n{city}\n{st}")
    if cc == "IE":
        city, pre = rng.choice(WORLD["IE"])
        street = f"{r(1, 120)} {rng.choice(['Patrick Street', 'Shop Street', 'Baggot Street Lower', 'Oliver Plunkett Street'])}"
        postal = f"{pre} {rs(rng, 4, UP + DG)}"
        return Addr(cc, street, None, city, None, postal, f"{street}, {city} {postal}", f"{street}\n{city}\n{postal}")
    if cc == "SE":
        city, p2 = rng.choice(WORLD["SE"])
        street = f"{rng.choice(['Storgatan', 'Drottninggatan', 'Vasagatan', 'Linnégatan'])} {r(1, 80)}"
        postal = f"{p2}{r(1, 9)} {r(10, 99)}"
        return Addr(cc, street, None, city, None, postal, f"{street}, {postal} {city}", f"{street}\n{postal} {city}")
    return addr(rng, "US")


def city_loc(rng, cc="US", style=None):
    """a LOCATION string"""
    if cc == "US":
        city, st, _ = rng.choice(US_CITIES)
        style = style or rng.choice(["cst", "cst", "city", "cstate", "state"])
        style = {"cc": "cst", "country": "state"}.get(style, style)
        return {"cst": f"{city}, {st}", "city": city, "cstate": f"{city}, {US_STATES.get(st, st)}",
                "state": US_STATES.get(st, city)}[style]
    opts = WORLD.get(cc) or WORLD["DE"]
    city = rng.choice(opts)[0]
    style = style or rng.choice(["cc", "city", "city", "country"])
    style = {"cst": "cc", "cstate": "cc", "state": "country"}.get(style, style)
    return {"cc": f"{city}, {COUNTRY_NAME[cc]}", "city": city, "country": COUNTRY_NAME[cc]}[style]


def any_cc(rng, us_w=5):
    return wpick(rng, [("US", us_w), ("UK", 1), ("DE", 1), ("FR", 1), ("IT", 1), ("ES", 1), ("PT", 0.5), ("BR", 1),
                       ("NL", 0.5), ("IN", 1), ("AU", 0.5), ("CA", 1), ("PL", 0.5), ("MX", 0.5), ("JP", 0.5),
                       ("NG", 0.5), ("IE", 0.5), ("SE", 0.3)])


# --------------------------------------------------------------------------- dates & times
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
}


def rdate(rng, y0=2023, y1=2025):
    a, b = date(y0, 1, 1).toordinal(), date(y1, 12, 31).toordinal()
    return date.fromordinal(rng.randint(a, b))


def rdob(rng, y0=1938, y1=2006):
    return rdate(rng, y0, y1)


def rtime(rng, h0=7, h1=19):
    return rng.randint(h0, h1), rng.choice([0, 0, 15, 30, 45, rng.randint(0, 59)])


def fdate(rng, d: date, loc="us", style=None):
    m, dd, y = d.month, d.day, d.year
    if loc == "us":
        style = style or wpick(rng, [("us", 5), ("usnp", 2), ("us2", 1), ("long", 4), ("abbr", 3), ("iso", 2),
                                     ("wd", 2), ("dmyabbr", 1)])
    elif loc == "uk":
        style = style or wpick(rng, [("slash", 4), ("dlong", 4), ("iso", 1), ("wddlong", 1), ("dmyabbr", 1)])
    elif loc == "iso":
        style = "iso"
    elif loc == "ja":
        style = style or wpick(rng, [("ja", 3), ("jaslash", 1)])
    else:
        style = style or wpick(rng, [("loc_num", 4), ("loc_long", 4), ("iso", 1), ("loc_wd", 1)])
    en = MON["en"]
    if style == "us":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "usnp":
        return f"{m}/{dd}/{y}"
    if style == "us2":
        return f"{m}/{dd}/{y % 100:02d}"
    if style == "long":
        return f"{en[m - 1]} {dd}, {y}"
    if style == "abbr":
        return f"{en[m - 1][:3]} {dd}, {y}"
    if style == "iso":
        return d.isoformat()
    if style == "wd":
        return f"{WD['en'][d.weekday()]}, {en[m - 1]} {dd}, {y}"
    if style == "dmyabbr":
        s = f"{dd:02d}-{en[m - 1][:3]}-{y}"
        return s.upper() if chance(rng, 0.5) else s
    if style == "slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dlong":
        return f"{dd} {en[m - 1]} {y}"
    if style == "wddlong":
        return f"{WD['en'][d.weekday()]} {dd} {en[m - 1]} {y}"
    if style == "ja":
        return f"{y}年{m}月{dd}日"
    if style == "jaslash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "mmddyy":
        return f"{m:02d}{dd:02d}{y % 100:02d}"
    if style == "mmddyyyy":
        return f"{m:02d}{dd:02d}{y}"
    if style == "compact":
        return f"{y}{m:02d}{dd:02d}"
    mon = MON.get(loc, en)
    if style == "loc_num":
        if loc == "de":
            return f"{dd:02d}.{m:02d}.{y}"
        if loc == "nl":
            return f"{dd:02d}-{m:02d}-{y}"
        return f"{dd:02d}/{m:02d}/{y}"
    if style in ("loc_long", "loc_wd"):
        if loc == "de":
            s = f"{dd}. {mon[m - 1]} {y}"
        elif loc in ("es", "pt"):
            s = f"{dd} de {mon[m - 1]} de {y}"
        elif loc == "fr":
            s = f"{'1er' if dd == 1 else dd} {mon[m - 1]} {y}"
        else:
            s = f"{dd} {mon[m - 1]} {y}"
        if style == "loc_wd" and loc in WD:
            s = f"{WD[loc][d.weekday()]}, {s}" if loc in ("de", "es", "pt") else f"{WD[loc][d.weekday()]} {s}"
        return s
    return d.isoformat()


def ftime(rng, h, m, loc="us"):
    if loc == "us":
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        return rng.choice([f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d}{ap.lower()}",
                           f"{h12}:{m:02d} {ap.lower()}", f"{h12:02d}:{m:02d} {ap}"])
    if loc in ("fr",):
        return rng.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}"])
    if loc == "pt":
        return rng.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}"])
    return f"{h:02d}:{m:02d}"


JOIN = {"us": [" at ", ", ", " "], "uk": [" at ", ", "], "de": [" um ", ", "], "fr": [" à "], "pt": [" às "],
        "it": [" alle ", ", "], "es": [" a las "], "nl": [", "], "iso": [" "], "ja": [" "]}


def fdt(rng, d, h, m, loc="us", dstyle=None):
    ds = fdate(rng, d, loc, dstyle)
    tl = "us" if loc == "us" else loc
    if loc == "uk" and chance(rng, 0.5):
        tl = "us"
    return ds + rng.choice(JOIN.get(loc, [", "])) + ftime(rng, h, m, tl if loc != "iso" else "de")


def _fmt_ts(t, style):
    ms = t.microsecond // 1000
    if style == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"
    if style == "isoz":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"
    if style == "space":
        return t.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}"
    if style == "syslog":
        return f"{MON['en'][t.month - 1][:3]} {t.day:>2} " + t.strftime("%H:%M:%S")
    if style == "nginx":
        return t.strftime("%Y/%m/%d %H:%M:%S")
    return "[" + t.strftime("%Y-%m-%d %H:%M:%S") + "]"


def log_ts(rng, d=None, style=None):
    """timestamp used as a log-line prefix (never labelled)"""
    d = d or rdate(rng)
    t = datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999) * 1000)
    return _fmt_ts(t, style or rng.choice(["iso", "isoz", "space", "syslog", "bracket"]))


class Clock:
    """monotonic log clock: each call advances a little and returns a log-prefix timestamp"""

    def __init__(self, rng, d=None):
        d = d or rdate(rng)
        self.rng = rng
        self.t = datetime(d.year, d.month, d.day, rng.randint(0, 21), rng.randint(0, 59), rng.randint(0, 59),
                          rng.randint(0, 999) * 1000)

    def __call__(self, style, lo=0, hi=40):
        self.t += timedelta(seconds=self.rng.randint(lo, hi), milliseconds=self.rng.randint(0, 999))
        return _fmt_ts(self.t, style)


def epoch(rng, ms=False):
    v = rng.randint(1672531200, 1767225599)
    return v * 1000 + rng.randint(0, 999) if ms else v


def email_date_header(rng, d):
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return (f"{WD['en'][d.weekday()][:3]}, {d.day:02d} {MON['en'][d.month - 1][:3]} {d.year} "
            f"{h:02d}:{mi:02d}:{s:02d} {rng.choice(['-0500', '-0800', '+0000', '+0100', '+0200', '-0300', '+0900'])}")


# --------------------------------------------------------------------------- ids
def mrn(rng):
    return rng.choice([digits(rng, 8), f"{rng.randint(10, 99)}-{digits(rng, 3)}-{digits(rng, 3)}",
                       "E" + digits(rng, 7), "MR" + digits(rng, 7), digits(rng, 10), f"{digits(rng, 3)}{rs(rng, 1, UP)}{digits(rng, 5)}"])


def hpn(rng):
    """health plan member / subscriber id"""
    return rng.choice([rs(rng, 3, UP) + digits(rng, 9), "W" + digits(rng, 9), f"{rs(rng, 1, UP)}{digits(rng, 8)}-0{rng.randint(1, 4)}",
                       f"{rng.randint(1, 9)}{rs(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{rs(rng, 1, 'ACDEFGHJKMNPQRTUVWXY' + DG)}{rng.randint(0, 9)}-"
                       f"{rs(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{rs(rng, 1, 'ACDEFGHJKMNPQRTUVWXY' + DG)}{rng.randint(0, 9)}-"
                       f"{rs(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{rng.randint(10, 99)}",
                       digits(rng, 11) + rs(rng, 1, UP), "MBR" + digits(rng, 8)])


def mbi(rng):
    L = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L + DG)}{rng.randint(0, 9)}{rng.choice(L)}"
            f"{rng.choice(L + DG)}{rng.randint(0, 9)}{rng.choice(L)}{rng.choice(L)}{rng.randint(0, 9)}{rng.randint(0, 9)}")


def acct_no(rng):
    return rng.choice([digits(rng, rng.randint(8, 12)), f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}",
                       f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 3)}", digits(rng, 10), f"{rs(rng, 2, UP)}{digits(rng, 8)}"])


def dl_no(rng, st=None):
    st = st or rng.choice(["CA", "NY", "FL", "TX", "IL", "WA", "AZ", "OH", "PA", "UK", "DE"])
    r = rng.randint
    if st == "CA":
        return rng.choice(UP) + digits(rng, 7)
    if st == "NY":
        return rng.choice([digits(rng, 9), f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"])
    if st == "FL":
        return f"{rng.choice(UP)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{r(0, 9)}"
    if st == "TX":
        return digits(rng, 8)
    if st == "IL":
        return f"{rng.choice(UP)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"
    if st == "WA":
        return "WDL" + rs(rng, 9, UP + DG)
    if st == "AZ":
        return rng.choice(["D", "B", "A"]) + digits(rng, 8)
    if st == "OH":
        return rs(rng, 2, UP) + digits(rng, 6)
    if st == "PA":
        return digits(rng, 8)
    if st == "UK":
        return rs(rng, 5, UP) + digits(rng, 6) + rs(rng, 2, UP) + str(r(0, 9)) + rs(rng, 2, UP)
    return rs(rng, 1, UP) + digits(rng, 3) + rs(rng, 4, UP + DG) + digits(rng, 2)


# --------------------------------------------------------------------------- secrets
PW_WORDS = ["Maple", "Falcon", "Orchid", "Granite", "Kestrel", "Sunset", "Velvet", "Harbor", "Quartz", "Nimbus",
            "Tango", "Pepper", "Cobalt", "Lantern", "Juniper", "Saffron", "Thistle", "Marlin", "Ember", "Glacier"]


def password(rng):
    k = rng.randint(0, 5)
    if k == 0:
        return rng.choice(PW_WORDS) + rng.choice("!#$%*&") + digits(rng, rng.randint(2, 4)) + rs(rng, 2, LO)
    if k == 1:
        return rs(rng, rng.randint(11, 19), AN + "!#$%^&*-_+=?~") + rng.choice(AN)
    if k == 2:
        return rng.choice(PW_WORDS) + rng.choice(PW_WORDS).lower() + digits(rng, 2)
    if k == 3:
        return "-".join(rng.choice(PW_WORDS).lower() for _ in range(3)) + str(rng.randint(1, 99))
    if k == 4:
        w = rng.choice(PW_WORDS)
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet + rng.choice(["!", "#", "$"]) + str(rng.randint(1, 2025))
    return rs(rng, 4, UP) + rs(rng, 4, DG) + rs(rng, 4, LO) + rng.choice("!#%") + rs(rng, 2, AN)


def passcode(rng):
    return rng.choice([digits(rng, 6), digits(rng, 8), rs(rng, 6, AN), rs(rng, 8, AN), digits(rng, 10)])


def aws_akid(rng):
    return rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(rng, 16, UP + "234567")


def aws_secret(rng):
    return rs(rng, 39, AN + "/+") + rng.choice(AN)


def gh_token(rng):
    k = rng.random()
    if k < 0.6:
        return "ghp_" + rs(rng, 36)
    if k < 0.8:
        return "github_pat_11" + rs(rng, 20, UP + DG) + "_" + rs(rng, 59)
    return rng.choice(["gho_", "ghs_", "ghu_"]) + rs(rng, 36)


def slack_token(rng):
    if chance(rng, 0.6):
        return f"xoxb-{rng.randint(1, 9)}{digits(rng, 11)}-{rng.randint(1, 9)}{digits(rng, 12)}-{rs(rng, 24)}"
    return f"xoxp-{rng.randint(1, 9)}{digits(rng, 11)}-{rng.randint(1, 9)}{digits(rng, 11)}-{rng.randint(1, 9)}{digits(rng, 12)}-{rs(rng, 32, HEX)}"


def stripe_key(rng):
    return rng.choice(["sk_live_", "sk_live_", "sk_live_", "rk_live_"]) + rs(rng, rng.choice([24, 34, 48, 99]))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(rng, sub=None):
    hdr = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if hdr["alg"] != "HS256" and chance(rng, 0.5):
        hdr["kid"] = rs(rng, 16, HEX)
    iat = rng.randint(1700000000, 1760000000)
    pl = {"sub": sub or f"usr_{rs(rng, 10, LO + DG)}", "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
    if chance(rng, 0.5):
        pl["scope"] = rng.choice(["read:orders write:orders", "openid profile email", "admin", "patient/*.read"])
    if chance(rng, 0.4):
        pl["iss"] = "https://auth." + rng.choice(ORG_DOMAINS)
    while True:
        sig = b64u(bytes(rng.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64)))
        if sig[-1].isalnum():
            break
    return (b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + sig)


_PEM_PREFIX = {"RSA PRIVATE KEY": b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00",
               "PRIVATE KEY": b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00",
               "EC PRIVATE KEY": b"\x30\x77\x02\x01\x01\x04\x20",
               "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none"}


def pem(rng, kind=None):
    kind = kind or rng.choice(list(_PEM_PREFIX))
    nlines = 3 if kind == "EC PRIVATE KEY" else rng.randint(5, 9)
    pre = _PEM_PREFIX[kind]
    body = pre + bytes(rng.getrandbits(8) for _ in range(nlines * 48 - len(pre) - rng.randint(0, 20)))
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def generic_secret(rng, kind=None):
    kinds = ["sendgrid", "twilio", "whsec", "mailgun", "google", "npm", "shopify", "datadog", "openai", "client",
             "glpat", "bearer", "hex64", "telegram"]
    kind = kind or rng.choice(kinds)
    if kind == "sendgrid":
        v = "SG." + rs(rng, 22, AN + "-_") + "." + rs_alnum_end(rng, 43, AN + "-_")
    elif kind in ("twilio", "datadog"):
        v = rs(rng, 32, HEX)
    elif kind == "whsec":
        v = "whsec_" + rs(rng, 32)
    elif kind == "mailgun":
        v = "key-" + rs(rng, 32, HEX)
    elif kind == "google":
        v = "AIza" + rs_alnum_end(rng, 35, AN + "-_")
    elif kind == "npm":
        v = "npm_" + rs(rng, 36)
    elif kind == "shopify":
        v = "shpat_" + rs(rng, 32, HEX)
    elif kind == "openai":
        v = "sk-proj-" + rs_alnum_end(rng, 48, AN + "-_")
    elif kind == "client":
        v = rs_alnum_end(rng, rng.choice([32, 40, 48]), AN + "~_-")
    elif kind == "glpat":
        v = "glpat-" + rs_alnum_end(rng, 20, AN + "-_")
    elif kind == "bearer":
        v = rs(rng, rng.choice([32, 40, 64]), AN)
    elif kind == "hex64":
        v = rs(rng, 64, HEX)
    else:
        v = f"{rng.randint(100000000, 7999999999)}:AA" + rs_alnum_end(rng, 33, AN + "-_")
    return v


def ipv4(rng, private=None):
    private = chance(rng, 0.4) if private is None else private
    if private:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])
    a = rng.choice([23, 34, 45, 52, 63, 66, 73, 81, 85, 91, 103, 104, 142, 151, 176, 185, 188, 196, 203, 212, 217])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    pre = rng.choice(["2001:db8", "2a02:8108", "2600:1700", "2a01:4f8", "2804:14c"])
    if chance(rng, 0.3):
        return pre + "::" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(rng.choice([1, 2, 3])))
    return pre + ":" + ":".join(f"{rng.getrandbits(16):x}" for _ in range(6))


def ip_any(rng):
    return ipv6(rng) if chance(rng, 0.15) else ipv4(rng)


def url(rng, dom=None, path=None):
    dom = dom or rng.choice(ORG_DOMAINS)
    sub = rng.choice(["www.", "", "portal.", "app.", "my.", "help."])
    path = path or rng.choice(["/account/settings", "/claims/status", "/login", "/pay/invoice/" + digits(rng, 6),
                               "/r/" + rs(rng, 6), "/support/articles/" + str(rng.randint(100, 99999)),
                               "/checkout?step=2", "/verify?token_id=" + rs(rng, 10, LO + DG),
                               "/docs/getting-started", "/p/" + rs(rng, 8, LO + DG)])
    return f"https://{sub}{dom}{path}"


# --------------------------------------------------------------------------- domains
DOMAINS = []  # (name, weight, fn, negative)


def domain(name, weight=1.0, negative=False):
    def deco(fn):
        DOMAINS.append((name, weight, fn, negative))
        return fn
    return deco


def ocr(rng, s, p=0.04):
    """light OCR noise for non-entity text"""
    if p <= 0:
        return s
    subs = {"l": "1", "O": "0", "o": "0", "I": "l", "S": "5", "e": "c", "m": "rn", "B": "8", ":": ";", "i": "í"}
    out = []
    for ch in s:
        if ch in subs and rng.random() < p:
            out.append(subs[ch])
        else:
            out.append(ch)
    return "".join(out)


def sig(d, rng, p, org=None, dom=None, cc="US", title=None, with_addr=True):
    d(PER(p.show(rng, rng.choice(["full", "full", "mi"]))), "\n")
    if title:
        d(title, "\n")
    if org:
        d(org, "\n")
    if with_addr and chance(rng, 0.5):
        a = addr(rng, cc)
        d(ADDR(a.block if chance(rng, 0.5) else a.line), "\n")
    d(rng.choice(["T: ", "Tel. ", "Phone: ", "Direct: ", "M "]), PH(phone(rng, cc)))
    if dom:
        d(rng.choice([" | ", "\n"]), EM(email_for(rng, p, dom)))
    d("\n")


# 1 -------------------------------------------------------------------------
@domain("airline_loyalty_dispute")
def dom_airline_loyalty(rng):
    d = Doc()
    cc = any_cc(rng, 4)
    lang_cc = cc if cc in ("US", "UK", "CA", "AU", "IE", "IN", "NG") else "US"
    cust = person(rng)
    agent = person(rng)
    prog = rng.choice(["SkyBridge Rewards", "AeroPlus Club", "Meridian Miles", "Polaris Loyalty", "TransOcean Flyer"])
    adom = rng.choice(["skybridge-air.com", "aeroplus.travel", "meridianair.com", "polarisairways.com"])
    acct = digits(rng, rng.choice([9, 10, 12]))
    dep, arr = rng.sample(IATA, 2)
    fl = f"{rs(rng, 2, UP)}{rng.randint(10, 2999)}"
    fdt_ = rdate(rng, 2024, 2025)
    cemail = email_for(rng, cust)
    d("From: ", PER(cust.full), " <", EM(cemail), ">\n")
    d(f"To: {prog} Member Services <", EM(f"members@{adom}"), ">\n")
    d("Date: ", email_date_header(rng, fdt_ + timedelta(days=rng.randint(10, 60))), "\n")
    d(f"Subject: {rng.choice(['Missing miles', 'RE: Missing credit', 'Complaint - status downgrade', 'Miles not posted!!'])} – {fl} {dep}-{arr} on ",
      DT(fdate(rng, fdt_, "us", rng.choice(["us", "abbr", "iso"]))), "\n\n")
    d(rng.choice(["Hello,\n\n", "Hi there,\n\n", "To whom it may concern,\n\n"]))
    d("My name is ", PER(cust.show(rng, "full")), " and my ", prog, rng.choice([" account number is ", " number is ", " # is "]),
      ACCT(acct), ". I flew ", fl, " from ", LOC(city_loc(rng, rng.choice(["US", cc]), "city")), f" ({dep}) to ",
      LOC(city_loc(rng, rng.choice(["US", "UK", "DE", "FR", "JP", "BR"]), rng.choice(["city", "cc"]))), f" ({arr}) on ",
      DT(fdate(rng, fdt_, "us")), f", seat {rng.randint(3, 44)}{rng.choice('ABCDEF')}, confirmation {rs(rng, 6, UP)}, "
      f"and the {rng.randint(1, 9)},{rng.randint(100, 999)} miles never posted. ")
    d(rng.choice(["I have been a member since ", "I've held status since "]), str(rng.randint(2004, 2020)),
      " and this is the third time this happens.\n\n")
    if chance(rng, 0.5):
        d(f"On top of that I was charged {money(rng, 35, 150)} for a checked bag on my card {masked_card(rng)} even though Gold members get two free bags. ")
    if chance(rng, 0.35):
        d("If it is easier to refund to a different card, use ", CC(card(rng)), " (same name). ")
    if chance(rng, 0.4):
        comp = person(rng)
        d("My companion ", PER(comp.show(rng, "full")), " (", prog, " ", ACCT(digits(rng, 10)),
          ") is missing the same flight.\n\n")
    else:
        d("\n\n")
    d("You can reach me at ", PH(phone(rng, lang_cc)))
    if chance(rng, 0.5):
        a = addr(rng, lang_cc)
        d(" or by mail at ", ADDR(a.line))
    d(". Boarding pass attached (ticket ", f"0{rng.randint(1, 99):02d}{digits(rng, 10)}", ").\n\n")
    d(rng.choice(["Thanks,\n", "Regards,\n", "Best,\n"]), PER(cust.first), "\n\n")
    d("-----\n")
    d("Dear ", cust.title(rng), " ", PER(cust.last), ",\n\n")
    d(f"Thank you for contacting {prog}. I've opened case {rng.randint(1000, 9999)}-{digits(rng, 5)} for the missing credit on {fl}. "
      f"Missing-credit requests can be submitted up to 9 months after travel, so you are well within the window. ")
    d("The adjustment should appear by ", DT(fdate(rng, fdt_ + timedelta(days=rng.randint(70, 100)), "us", "long")),
      ". If it does not, reply to this message or call ", PH(phone(rng, "US", "tollfree")), ".\n\n")
    d("Kind regards,\n", PER(agent.first), f"\n{prog} Member Services\n")
    return d


# 2 -------------------------------------------------------------------------
@domain("ub04_billing_statement")
def dom_ub04(rng):
    d = Doc()
    o = lambda s: ocr(rng, s, 0.03 if chance(rng, 0.5) else 0)
    hosp = rng.choice(["ST. BRIGID REGIONAL MEDICAL CTR", "MERCY VALLEY HOSPITAL", "NORTHWIND GENERAL HOSPITAL",
                       "CEDAR RIDGE COMMUNITY HOSPITAL", "LAKESHORE MEMORIAL HOSPITAL"])
    ha = addr(rng, "US", 0)
    pt = person(rng)
    ins = pt if chance(rng, 0.6) else person(rng)
    pa = addr(rng, "US")
    adm = rdate(rng, 2024, 2025)
    dis = adm + timedelta(days=rng.randint(0, 6))
    dob = rdob(rng)
    att = person(rng)
    d(o("UB-04 CMS-1450        ** PATIENT COPY **\n"))
    d("1 ", hosp, "\n  ", ADDR(ha.block.upper().replace("\n", "\n  ")), "\n  ", PH(phone(rng, "US", rng.choice(["paren", "dash"]))), "\n")
    d(o("3a PAT CNTL #  "), ACCT(digits(rng, rng.choice([9, 10, 11]))), "\n")
    d(o("3b MED REC #   "), MRN(mrn(rng)), "\n")
    d(o("4 TYPE OF BILL 0111   5 FED TAX NO "), f"{rng.randint(10, 99)}-{digits(rng, 7)}", "\n")
    d(o("6 STATEMENT COVERS PERIOD  FROM "), DT(fdate(rng, adm, "us", "mmddyy")), o("  THROUGH "), DT(fdate(rng, dis, "us", "mmddyy")), "\n")
    d(o("8b PATIENT NAME  "), PER(pt.show(rng, "capslf")), "\n")
    d(o("9a PATIENT ADDRESS  "), ADDR(pa.street_full.upper()), "\n")
    d(o("9b "), LOC(pa.city.upper()), o("   9c "), LOC(pa.region), "   9d ", pa.postal[:5], "   9e US\n")
    d(o("10 BIRTHDATE "), DOB(fdate(rng, dob, "us", "mmddyyyy")), f"  11 SEX {'F' if pt.g == 'f' else 'M'}  ",
      o("12 ADMISSION DATE "), DT(fdate(rng, adm, "us", "mmddyy")), f"  13 HR {rng.randint(0, 23):02d}  14 TYPE 1  15 SRC 7  17 STAT 01\n")
    d("\n42 REV  43 DESCRIPTION                 44 HCPCS   45 SERV DATE   46 UNITS   47 TOTAL CHARGES\n")
    for _ in range(rng.randint(3, 6)):
        rev, desc = rng.choice([("0250", "PHARMACY"), ("0300", "LAB GENERAL"), ("0320", "DX XRAY"), ("0450", "EMERGENCY ROOM"),
                                ("0636", "DRUGS DETAIL CODE"), ("0730", "EKG/ECG"), ("0121", "ROOM-BOARD/SEMI")])
        sd = adm + timedelta(days=rng.randint(0, (dis - adm).days))
        d(f"{rev}   {desc:<28}{rng.choice(CPT + ['J1885', 'J7050', ''])[:5]:<10}", DT(fdate(rng, sd, "us", "mmddyy")),
          f"         {rng.randint(1, 12):<9} {rng.uniform(20, 9000):>10.2f}\n")
    d(f"0001   TOTAL CHARGES{' ' * 50}{rng.uniform(3000, 60000):>10.2f}\n\n")
    payer = rng.choice(["BLUE CROSS BLUE SHIELD", "AETNA HMO", "UNITED HEALTHCARE", "CIGNA OPEN ACCESS", "MEDICARE PART A"])
    d(o("50 PAYER NAME "), payer, o("   51 HEALTH PLAN ID "), digits(rng, 5), o("   56 NPI "), npi(rng), "\n")
    d(o("58 INSURED'S NAME  "), PER(ins.show(rng, "capslf2")), o("   59 P REL "), "18" if ins is pt else "01", "\n")
    d(o("60 INSURED'S UNIQUE ID  "), HPN(mbi(rng) if "MEDICARE" in payer else hpn(rng)), o("   61 GROUP NAME "),
      rng.choice(["ACME MFG", "CITY OF SPRINGFIELD", "STATE EMPLOYEES", ""]), o("   62 INS GROUP NO "), f"{rs(rng, 1, UP)}{digits(rng, 6)}", "\n")
    d(o("67 PRIN DX "), rng.choice(ICD).replace(".", ""), "   ", rng.choice(ICD).replace(".", ""), "\n")
    d(o("76 ATTENDING  NPI "), npi(rng), o("  LAST "), PER(att.last.upper()), o("  FIRST "), PER(att.first.upper()), "\n")
    d("\n---------------- PATIENT STATEMENT ----------------\n")
    sdate = dis + timedelta(days=rng.randint(20, 45))
    d("Statement date: ", DT(fdate(rng, sdate, "us")), "   Guarantor: ", PER(ins.show(rng, "full")), "\n")
    d(f"Insurance paid: {money(rng, 500, 20000)}   Adjustments: {money(rng, 100, 9000)}   ",
      f"AMOUNT DUE: {money(rng, 50, 4000)}\n")
    d("Please pay by ", DT(fdate(rng, sdate + timedelta(days=30), "us", "long")), ". Pay online at ",
      URL(f"https://pay.{rng.choice(['stbrigid', 'mercyvalley', 'northwindgeneral', 'cedarridgecare'])}.org/billpay?acct_ref={rs(rng, 8, UP + DG)}"),
      " or call ", PH(phone(rng, "US", "tollfree")), ".\n")
    if chance(rng, 0.4):
        d("Financial assistance: ask about our charity care program (Hill-Burton).\n")
    return d


# 3 -------------------------------------------------------------------------
@domain("tenant_ledger_csv")
def dom_tenant_ledger(rng):
    d = Doc()
    co = rng.choice(["Keystone Residential LLC", "Harbor & Pine Property Mgmt", "Sunbelt Living Partners", "Crestview Apartments LP"])
    a = addr(rng, "US", 0)
    unit = f"{rng.randint(1, 4)}{rng.randint(0, 2)}{rng.randint(1, 9)}"
    t1, t2 = people(rng, 2)
    start = rdate(rng, 2023, 2024).replace(day=1)
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    rent = rng.choice([950, 1125, 1450, 1695, 2100, 2375])
    d(f"# Tenant Ledger — {co}\n")
    d("# Property: ", rng.choice(["The Willows", "Maple Court", "Riverside Lofts", "Cedar Glen"]), ", ", ADDR(a.line), "\n")
    d("# Tenant(s): ", PER(t1.show(rng, rng.choice(["full", "lf"]))))
    if chance(rng, 0.6):
        d("; ", PER(t2.show(rng, "full")))
    d(f" | Unit {unit} | Account # ", ACCT(digits(rng, 10)), "\n")
    d("# Lease: ", DT(fdate(rng, start, "us", "us")), " - ", DT(fdate(rng, end, "us", "us")), f" | Rent ${rent:,}.00 | Deposit ${rent:,}.00\n")
    d("# Contact: ", PH(phone(rng, "US")), " / ", EM(email_for(rng, t1)), "\n")
    csv_row(d, ["date", "code", "description", "charge", "payment", "balance", "ref"])
    bal = 0.0
    cur = start
    for k in range(rng.randint(5, 9)):
        dd = cur.replace(day=1)
        bal += rent
        csv_row(d, [(fdate(rng, dd, "iso"), "DATE_TIME"), "RENT", f"Rent {MON['en'][dd.month - 1][:3]}", f"{rent:.2f}", "", f"{bal:.2f}", f"CHG-{digits(rng, 5)}"])
        if chance(rng, 0.3):
            bal += 50
            csv_row(d, [(fdate(rng, dd + timedelta(days=5), "iso"), "DATE_TIME"), "LATE", "Late fee", "50.00", "", f"{bal:.2f}", f"CHG-{digits(rng, 5)}"])
        pd = dd + timedelta(days=rng.randint(1, 9))
        kind = rng.random()
        if kind < 0.12:
            csv_row(d, [(fdate(rng, pd, "iso"), "DATE_TIME"), "NSF",
                        ["Returned ACH - R01 insufficient funds, bank acct ", ("0" + digits(rng, rng.randint(8, 11)), "ACCOUNT_NUMBER")],
                        "35.00", "", f"{bal + 35:.2f}", f"RTN-{digits(rng, 5)}"])
            bal += 35
        else:
            bal -= rent
            memo = rng.choice(["Payment - ACH", "Payment - card " + masked_card(rng), "Payment - money order #" + digits(rng, 9),
                               "Payment - portal", "Payment - check #" + str(rng.randint(1000, 9999))])
            csv_row(d, [(fdate(rng, pd, "iso"), "DATE_TIME"), "PMT", memo, "", f"{rent:.2f}", f"{bal:.2f}", f"PMT-{digits(rng, 5)}"])
        m = cur.month % 12 + 1
        cur = cur.replace(year=cur.year + (cur.month == 12), month=m, day=1)
    if chance(rng, 0.5):
        mgr = person(rng)
        d("# Note (", PER(mgr.show(rng, "first")), "): ", rng.choice([
            "tenant set up payment plan, next installment due ", "courtesy reminder sent, balance due by ",
            "3-day notice posted on door, cure deadline "]), DT(fdate(rng, cur + timedelta(days=rng.randint(3, 20)), "us", "us")), "\n")
    return d


# 4 -------------------------------------------------------------------------
@domain("intercom_chat_json")
def dom_intercom(rng):
    d = Doc()
    cust = person(rng)
    agent = person(rng)
    cc = any_cc(rng, 3)
    cem = email_for(rng, cust)
    t0 = epoch(rng)
    shop = rng.choice(["orbitcart.shop", "quillpay.com", "brightleaf.io", "copperkettle.co.uk"])
    lower = chance(rng, 0.5)
    parts = []
    t = t0
    def part(author, body, admin):
        nonlocal t
        t += rng.randint(20, 400)
        return {"type": "conversation_part", "id": str(rng.randint(10 ** 9, 10 ** 10)), "part_type": "comment",
                "body": body, "created_at": t,
                "author": ({"type": "admin", "id": str(rng.randint(100000, 999999)), "name": PER(agent.show(rng, rng.choice(["first", "full"])))}
                           if admin else {"type": "user", "id": rs(rng, 24, HEX)})}
    o = order_no(rng)
    msg = f"hi, order {o} still hasn't arrived, tracking {tracking(rng)} says delivered but nothing here"
    parts.append(part(None, Mix(["<p>" + (msg if lower else msg.capitalize()) + "</p>"]), False))
    parts.append(part(None, Mix(["<p>Hi ", (cust.first, "PERSON"), ", sorry about that! Can you confirm the shipping address and a phone number the courier can use?</p>"]), True))
    a = addr(rng, cc)
    aline = a.line.lower() if lower else a.line
    parts.append(part(None, Mix(["<p>", (aline, "ADDRESS"), " — phone ", (phone(rng, cc), "PHONE_NUMBER"), "</p>"]), False))
    k = rng.random()
    if k < 0.4:
        parts.append(part(None, Mix(["<p>Thanks. For the refund I need to verify the card — just the last 4 digits please.</p>"]), True))
        if chance(rng, 0.35):
            parts.append(part(None, Mix(["<p>its ", bad_card(rng), "</p>"]), False))
            parts.append(part(None, Mix(["<p>Hmm, that number doesn't validate — and please only send the last 4!</p>"]), True))
            parts.append(part(None, Mix(["<p>sorry typo, ", (card(rng), "CREDIT_CARD"), "</p>"]), False))
        else:
            parts.append(part(None, Mix(["<p>its ", (card(rng), "CREDIT_CARD"), "</p>"]), False))
        parts.append(part(None, Mix(["<p>Please never send full card numbers in chat — I've redacted it on our side. Refund of ",
                                     money(rng, 15, 400), " issued to the card ending ", digits(rng, 4), ".</p>"]), True))
    elif k < 0.7:
        p2 = person(rng)
        parts.append(part(None, Mix(["<p>Could it have been left with a neighbour? Sometimes drivers hand it to someone nearby.</p>"]), True))
        parts.append(part(None, Mix(["<p>maybe, my neighbour ", (p2.show(rng, rng.choice(["first", "full", "lower"])), "PERSON"),
                                     " was home. also pls send updates to ", (email_for(rng, cust), "EMAIL_ADDRESS"), " not my work email</p>"]), False))
    else:
        parts.append(part(None, Mix(["<p>I've reshipped it. New delivery window: ",
                                     (fdate(rng, rdate(rng, 2024, 2025), "us", rng.choice(["wd", "long"])), "DATE_TIME"),
                                     ". You can track it at ", (url(rng, shop, "/orders/" + o.strip("#") + "/track"), "URL"), "</p>"]), True))
    obj = {"type": "conversation", "id": str(rng.randint(10 ** 11, 10 ** 12)), "created_at": t0, "updated_at": t,
           "state": rng.choice(["open", "closed", "snoozed"]),
           "source": {"type": "conversation", "delivered_as": "customer_initiated",
                      "author": {"type": "user", "name": PER(cust.show(rng, rng.choice(["full", "full", "lower"]))),
                                 "email": EM(cem)}},
           "contacts": {"contacts": [{"type": "contact", "id": rs(rng, 24, HEX), "external_id": f"cus_{rs(rng, 14)}"}]},
           "tags": {"tags": [{"name": rng.choice(["WISMO", "refund", "delivery-issue"])}]},
           "conversation_parts": {"total_count": len(parts), "conversation_parts": parts}}
    if chance(rng, 0.5):
        del obj["contacts"]
    jdump(d, obj, rng.choice([2, 1, None]))
    d("\n")
    return d


# 5 -------------------------------------------------------------------------
@domain("opsgenie_incident_export")
def dom_opsgenie(rng):
    d = Doc()
    r1, r2, r3 = people(rng, 3)
    svc = rng.choice(["checkout-api", "payments-gateway", "auth-service", "search-indexer", "ledger-writer"])
    co = rng.choice(["redwoodstack.io", "meridianlabs.dev", "harborline.net", "quillpay.com"])
    d(f"Incident #{rng.randint(100, 9999)} — [P{rng.randint(1, 3)}] {svc}: 5xx rate above threshold\n")
    d(f"tinyId: {rng.randint(1000, 99999)}  alias: {uuid(rng)}  status: resolved\n")
    d(f"createdAt: {epoch(rng, True)}  priority: P{rng.randint(1, 3)}  tags: [prod, {svc}, sev2]\n")
    d("Responders: ", PER(r1.show(rng, "full")), " (primary), ", PER(r2.show(rng, rng.choice(["full", "first"]))), " (secondary)\n")
    d("Impacted services: ", svc, ", edge-proxy v", version(rng).lstrip("v"), "\n\nTimeline\n")
    h, m = rng.randint(0, 22), rng.randint(0, 40)
    def ln():
        nonlocal m, h
        m += rng.randint(1, 6)
        if m >= 60:
            h, m = (h + 1) % 24, m - 60
        return f"{h:02d}:{m:02d}  "
    d(ln(), "Alert created by Datadog monitor 48213 (p95 latency 2.4s, error rate 7.1%)\n")
    d(ln(), "Acknowledged by ", PER(r1.show(rng, "full")), "\n")
    ipa = ipv4(rng, True)
    d(ln(), "Note by ", PER(r1.first), ": upstream ", IP(ipa), ":8443 refusing connections, LB health checks failing on 3/6 targets\n")
    if chance(rng, 0.6):
        d(ln(), "Note by ", PER(r2.first), ": ssh'd via bastion ", IP(ipv4(rng, False)), " — disk full on ", svc, "-7f9c (journald)\n")
    k = rng.random()
    if k < 0.35:
        d(ln(), "Note by ", PER(r2.first), ": leaked creds in pasted env above, rotating: AWS_ACCESS_KEY_ID=", AKID(aws_akid(rng)),
          " AWS_SECRET_ACCESS_KEY=", ASK(aws_secret(rng)), "\n")
    elif k < 0.6:
        d(ln(), "Note by ", PER(r1.first), ": status page token for the runbook is ", SEC(generic_secret(rng, rng.choice(["bearer", "hex64"]))),
          " (yes I know, will move it to vault)\n")
    elif k < 0.8:
        d(ln(), "Note by ", PER(r2.first), ": alerts bot token expired, replaced with ", SLK(slack_token(rng)), "\n")
    d(ln(), "Escalated to ", PER(r3.show(rng, "full")), " (", EM(email_for(rng, r3, co)), ", ", PH(phone(rng, rng.choice(["US", "UK", "DE"]))), ")\n")
    d(ln(), f"Mitigated: rolled back to {version(rng)} (commit {sha(rng, 7)})\n")
    d(ln(), "Resolved. Duration 47m.\n\n")
    meet = rng.choice(["zoom.us/j/", "meet.example-bridge.com/"])
    d("Bridge: ", URL(f"https://{rng.choice(['acme', 'ops', 'sre'])}.{meet}{digits(rng, 10)}"), "  passcode: ", PWD(passcode(rng)), "\n")
    due = rdate(rng, 2024, 2025)
    d("Postmortem owner: ", PER(r2.show(rng, "full")), " — draft due ", DT(fdate(rng, due, "us", rng.choice(["us", "long", "iso"]))),
      ", review meeting ", DT(fdt(rng, due + timedelta(days=rng.randint(1, 4)), *rtime(rng, 9, 17), "us")), "\n")
    return d


# 6 -------------------------------------------------------------------------
@domain("aws_param_store_dump")
def dom_aws_ssm(rng):
    d = Doc()
    env = rng.choice(["prod", "production", "prd", "live"])
    app = rng.choice(["billing", "crm-sync", "notifications", "claims-api", "payouts"])
    region = rng.choice(["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2"])
    dev = person(rng)
    d(f"{dev.first.lower()}@bastion-{rng.randint(1, 4)}:~$ aws ssm get-parameters-by-path --path /{env}/{app} --with-decryption --region {region}\n")
    params = []
    def p(name, typ, val):
        params.append({"Name": f"/{env}/{app}/{name}", "Type": typ, "Value": val, "Version": rng.randint(1, 14),
                       "DataType": "text"})
    p("db_password", "SecureString", PWD(password(rng)))
    p("db_host", "String", IP(ipv4(rng, True)) if chance(rng, 0.5) else f"{app}-db.cluster-{rs(rng, 12, LO + DG)}.{region}.rds.amazonaws.com")
    opts = ["stripe", "sendgrid", "slack", "support", "url", "flags", "gh", "jwt"]
    for o in rng.sample(opts, rng.randint(2, 4)):
        if o == "stripe":
            p("stripe_secret_key", "SecureString", STK(stripe_key(rng)))
        elif o == "sendgrid":
            p("sendgrid_api_key", "SecureString", SEC(generic_secret(rng, "sendgrid")))
        elif o == "slack":
            p("slack_bot_token", "SecureString", SLK(slack_token(rng)))
        elif o == "support":
            sp = person(rng)
            p("escalation_contact", "String", EM(email_for(rng, sp, rng.choice(ORG_DOMAINS))))
        elif o == "url":
            p("webhook_base_url", "String", URL(url(rng, None, "/hooks/" + app)))
        elif o == "flags":
            p("feature_flags", "String", '{"new_invoice_pdf":true,"max_retries":5}')
        elif o == "gh":
            p("github_deploy_token", "SecureString", GHT(gh_token(rng)))
        else:
            p("service_jwt", "SecureString", JWTT(jwt(rng)))
    p("log_level", "String", rng.choice(["info", "warn", "debug"]))
    jdump(d, {"Parameters": params}, 4)
    d("\n")
    d(f"$ aws secretsmanager get-secret-value --secret-id {env}/{app}/rds --query SecretString --output text\n")
    user = rng.choice(["app_rw", app.replace("-", "_"), "svc_" + app.replace("-", "_")])
    secret = Mix(['{"username":"', user, '","password":"', (password(rng), "PASSWORD"), '","engine":"postgres","host":"',
                  f"{app}-db.internal", '","port":5432,"dbname":"', app.replace("-", "_"), '"}'])
    if chance(rng, 0.5):
        jdump(d, {"Name": f"{env}/{app}/rds", "VersionId": uuid(rng), "SecretString": secret, "VersionStages": ["AWSCURRENT"]}, 4)
    else:
        for p_ in secret:
            d(p_)
    d("\n")
    if chance(rng, 0.5):
        d("$ aws configure list\n      Name                    Value             Type    Location\n")
        d(f"   profile                <not set>             None    None\n")
        d(f"access_key     ****************{rs(rng, 4, UP + DG)} shared-credentials-file\n")
        d(f"secret_key     ****************{rs(rng, 4, AN)} shared-credentials-file\n")
        d(f"    region                {region}      config-file    ~/.aws/config\n")
    if chance(rng, 0.35):
        d("$ history | grep export\n  ", str(rng.randint(100, 999)), "  export AWS_ACCESS_KEY_ID=", AKID(aws_akid(rng)), "\n  ",
          str(rng.randint(100, 999)), "  export AWS_SECRET_ACCESS_KEY=", ASK(aws_secret(rng)), "\n")
    return d


# 7 -------------------------------------------------------------------------
@domain("jenkins_console_log")
def dom_jenkins(rng):
    d = Doc()
    u = person(rng)
    job = rng.choice(["payments-api", "mobile-backend", "data-pipeline", "web-storefront", "claims-portal"])
    dd = rdate(rng)
    ts = chance(rng, 0.7)
    clk = Clock(rng, dd)
    def L(*parts):
        if ts:
            d("[", clk("iso", 0, 20), "] ")
        d(*parts)
        d("\n")
    d("Started by user ", PER(u.show(rng, rng.choice(["full", "full", "lower"]))), "\n" if chance(rng, 0.7) else f"\nStarted by GitHub push by {fold(u.first)}{rng.randint(1, 99)}\n")
    d(f"Running as SYSTEM\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on agent-linux-{rng.randint(1, 9):02d} in /var/lib/jenkins/workspace/{job}\n")
    L("[Pipeline] { (Checkout)")
    L(" > git fetch --tags --force --progress -- ", URL(f"https://github.com/acme-corp/{job}.git"), " +refs/heads/*:refs/remotes/origin/*")
    L(f"Checking out Revision {sha(rng)} (refs/remotes/origin/main)")
    L(f'Commit message: "fix: retry on 502 (#{rng.randint(100, 9999)})"')
    L("[Pipeline] { (Build)")
    L(f"+ npm ci\nadded {rng.randint(400, 1900)} packages in {rng.randint(10, 90)}s")
    k = rng.random()
    if k < 0.4:
        L("+ docker login -u ci-bot -p ", PWD(password(rng)), f" registry.{rng.choice(ORG_DOMAINS)}")
        L("WARNING! Using --password via the CLI is insecure. Use --password-stdin.")
    else:
        L("+ docker login -u ci-bot --password-stdin ****")
    L("+ echo ****")
    L("+ export STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}")
    if chance(rng, 0.5):
        L("+ curl -s -H 'Authorization: token ", GHT(gh_token(rng)), "' ",
          URL(f"https://api.github.com/repos/acme-corp/{job}/statuses/{sha(rng)}"))
    if chance(rng, 0.4):
        L("+ env | sort")
        L("AWS_ACCESS_KEY_ID=", AKID(aws_akid(rng)))
        L("AWS_SECRET_ACCESS_KEY=", ASK(aws_secret(rng)))
        L(f"BUILD_NUMBER={rng.randint(10, 4000)}")
        L("NPM_TOKEN=", SEC(generic_secret(rng, "npm")))
    if chance(rng, 0.3):
        L("+ cat deploy/id_deploy")
        d(PEM(pem(rng, rng.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY"]))), "\n")
    L(f"Tests: {rng.randint(100, 900)} passed, {rng.randint(0, 5)} skipped, 0 failed (duration {rng.randint(30, 400)}s)")
    host = ipv4(rng, True)
    L(f"+ ./deploy.sh --env staging --host ", IP(host), f" --tag {version(rng)}")
    L(f"ssh: connect to host ", IP(host), " port 22: Connection timed out" if chance(rng, 0.3) else " deploy ok")
    if chance(rng, 0.6):
        L("Sending e-mails to: ", EM(email_for(rng, u, rng.choice(ORG_DOMAINS))))
    if chance(rng, 0.3):
        L("Slack notification: posting to #deploys with token ", SLK(slack_token(rng)))
    L("[Pipeline] End of Pipeline")
    d(rng.choice(["Finished: SUCCESS", "Finished: FAILURE", "Finished: UNSTABLE"]), "\n")
    return d


# 8 -------------------------------------------------------------------------
@domain("nginx_error_log")
def dom_nginx(rng):
    d = Doc()
    host = rng.choice(["shop", "api", "portal", "www"]) + "." + rng.choice(ORG_DOMAINS)
    clk = Clock(rng)
    if chance(rng, 0.5):
        ops = person(rng)
        d("From ", PER(ops.show(rng, rng.choice(["first", "full"]))), ": pasting the relevant bit of /etc/nginx/sites-enabled/", host.split(".")[0], " + error.log\n\n")
        d("location /api/ {\n    proxy_pass ", URL("http://backend.internal:8080"), ";\n    proxy_set_header Host $host;\n")
        if chance(rng, 0.6):
            d('    proxy_set_header Authorization "Bearer ', SEC(generic_secret(rng, rng.choice(["bearer", "hex64"]))), '";\n')
        else:
            d('    proxy_set_header X-Api-Key $upstream_api_key;\n')
        d("    auth_basic_user_file /etc/nginx/.htpasswd;\n}\n\n")
    for _ in range(rng.randint(4, 8)):
        lvl = rng.choice(["error", "error", "warn", "crit"])
        pid = rng.randint(1000, 40000)
        d(clk("nginx", 0, 400), f" [{lvl}] {pid}#{pid}: *{rng.randint(1, 999999)} ")
        k = rng.random()
        cip = ip_any(rng)
        if k < 0.3:
            path = rng.choice(["/api/v2/login", "/api/orders", "/graphql", "/checkout/confirm"])
            d("connect() failed (111: Connection refused) while connecting to upstream, client: ", IP(cip),
              f', server: {host}, request: "POST {path} HTTP/1.1", upstream: "', URL(f"http://backend.internal:8080{path}"), f'", host: "{host}"')
            if chance(rng, 0.5):
                d(', referrer: "', URL(url(rng, host.split(".", 1)[1], rng.choice(["/cart", "/checkout?step=2", "/account/orders"]))), '"')
        elif k < 0.5:
            d('open() "/var/www/html/wp-login.php" failed (2: No such file or directory), client: ', IP(cip),
              f', server: {host}, request: "GET /wp-login.php HTTP/1.1"')
        elif k < 0.65:
            d('FastCGI sent in stderr: "PHP message: PDOException: SQLSTATE[HY000] [1045] Access denied for user \'shop\'@\'',
              IP(ipv4(rng, True)), '\' (using password: YES)" while reading response header from upstream, client: ', IP(cip))
        elif k < 0.8:
            p = person(rng)
            d('FastCGI sent in stderr: "PHP message: mail(): failed to send order confirmation to ', EM(email_for(rng, p)),
              '" while reading upstream, client: ', IP(cip), f", server: {host}")
        elif k < 0.9:
            d("limiting requests, excess: 20.480 by zone \"login\", client: ", IP(cip), f', server: {host}, request: "POST /api/v2/login HTTP/1.1"')
        else:
            d('client sent invalid header line: "X-Api-Key: ', SEC(generic_secret(rng, rng.choice(["bearer", "client", "datadog"]))),
              '" while reading client request headers, client: ', IP(cip))
        d("\n")
    return d


# 9 -------------------------------------------------------------------------
@domain("mobile_analytics_events")
def dom_analytics(rng):
    d = Doc()
    cc = rng.choice(["US", "BR", "DE", "FR", "IN", "UK", "MX", "ES", "IT", "JP"])
    loc_map = {"US": "en_US", "BR": "pt_BR", "DE": "de_DE", "FR": "fr_FR", "IN": "en_IN", "UK": "en_GB", "MX": "es_MX",
               "ES": "es_ES", "IT": "it_IT", "JP": "ja_JP"}
    tz = {"US": "America/Chicago", "BR": "America/Sao_Paulo", "DE": "Europe/Berlin", "FR": "Europe/Paris", "IN": "Asia/Kolkata",
          "UK": "Europe/London", "MX": "America/Mexico_City", "ES": "Europe/Madrid", "IT": "Europe/Rome", "JP": "Asia/Tokyo"}[cc]
    p = person(rng, {"BR": "pt", "DE": "de", "FR": "fr", "MX": "es", "ES": "es", "IT": "it"}.get(cc, "en"))
    anon = uuid(rng)
    uid = f"u_{rng.randint(10000, 9999999)}"
    ts = epoch(rng, True)
    ip = ip_any(rng)
    a = addr(rng, cc)
    city = a.city
    os_ = rng.choice(["iOS 17.4.1", "Android 14", "iOS 16.7", "Android 13"])
    app = {"name": rng.choice(["Orbit", "Quill", "Brightleaf", "Harbor"]), "version": version(rng).lstrip("v"), "build": str(rng.randint(100, 9999))}
    ctx = lambda: {"ip": IP(ip), "locale": loc_map[cc], "timezone": tz, "os": os_,
                   "geo": {"city": LOC(city), "country": ISO2[cc]}}
    events = []
    events.append({"event": "app_open", "ts": ts, "anonymous_id": anon, "app": app, "context": ctx()})
    ts += rng.randint(1000, 90000)
    traits = {"email": EM(email_for(rng, p)), "name": PER(p.show(rng, rng.choice(["full", "full", "lower"])))}
    if chance(rng, 0.6):
        traits["phone"] = PH(phone(rng, cc))
    if chance(rng, 0.5):
        traits["birthday"] = DOB(fdate(rng, rdob(rng, 1960, 2006), "iso"))
    traits["plan"] = rng.choice(["free", "plus", "family"])
    events.append({"event": "sign_up_completed", "ts": ts, "anonymous_id": anon, "user_id": uid, "traits": traits})
    ts += rng.randint(1000, 90000)
    events.append({"event": "screen_view", "ts": ts, "user_id": uid, "properties": {"screen": "Checkout", "ab_variant": "B", "duration_ms": rng.randint(200, 90000)}})
    if chance(rng, 0.7):
        ts += rng.randint(1000, 90000)
        props = {"address_line1": ADDR(a.street_full), "city": LOC(a.city), "postal_code": a.postal, "country": ISO2[cc]}
        if a.region and chance(rng, 0.7):
            props["region"] = LOC(a.region)
        events.append({"event": "checkout_address_entered", "ts": ts, "user_id": uid, "properties": props})
    if chance(rng, 0.5):
        ts += rng.randint(1000, 90000)
        events.append({"event": "api_error", "ts": ts, "user_id": uid,
                       "properties": {"url": URL(url(rng, None, "/v1/payments/intent")), "status": rng.choice([401, 422, 500]),
                                      "request_id": uuid(rng), "message": "card_declined" if chance(rng, 0.5) else "timeout"}})
    if chance(rng, 0.3):
        ts += rng.randint(1000, 90000)
        events.append({"event": "debug_auth_state", "ts": ts, "user_id": uid,
                       "properties": {"access_token": JWTT(jwt(rng, uid)), "expires_in": 3600}})
    for e in events:
        jdump(d, e, None, 0, (",", ":"))
        d("\n")
    return d


# 10 ------------------------------------------------------------------------
@domain("crm_call_notes")
def dom_crm_notes(rng):
    d = Doc()
    c, rep, bill = people(rng, 3)
    co = rng.choice(["Tallgrass Energy", "Meridian Labs", "Copper Kettle Foods", "Atlas Freight", "Northwind Clinics"])
    cdom = rng.choice(ORG_DOMAINS)
    dd = rdate(rng)
    d(f"Account: {co}  |  Opp: FY{rng.randint(24, 26)} renewal  |  Stage: Negotiation\n")
    d("Contact: ", PER(c.show(rng, rng.choice(["full", "mi"]))), f" ({rng.choice(['VP Ops', 'Procurement', 'IT Director', 'CFO'])})\n")
    d("Call date: ", DT(fdt(rng, dd, *rtime(rng, 8, 17), "us")), rng.choice([" — outbound, 14 min\n", " (inbound, 32 min)\n"]))
    d("Owner: ", PER(rep.show(rng, "full")), "\n\n")
    lc = chance(rng, 0.5)
    first = c.first.lower() if lc else c.first
    d(f"- spoke w/ ", PER(first), f" re: renewal. {'she' if c.g == 'f' else 'he'} wants revised quote by ",
      DT(fdate(rng, dd + timedelta(days=rng.randint(3, 20)), "us", rng.choice(["usnp", "abbr", "us2"]))), "\n")
    d("- they're moving HQ to ", LOC(city_loc(rng, "US", "cst")), " in Q", str(rng.randint(1, 4)), ", new billing contact is ",
      PER(bill.show(rng, "full")), ", ", EM(email_for(rng, bill, cdom)), ", direct ", PH(phone(rng, "US")),
      rng.choice(["", f" ext. {rng.randint(100, 999)}"]), "\n")
    d("- cust acct # ", ACCT(acct_no(rng)), f", PO {rng.randint(4500000000, 4599999999)} required on invoices\n")
    d(f"- currently also evaluating a competitor; their CFO came from {rng.choice(BRANDS_PERSONLIKE)}\n")
    if chance(rng, 0.4):
        d("- ", PER(c.first if not lc else c.first.lower()), "'s assistant ", PER(person(rng).show(rng, "first")),
          " handles scheduling: ", PH(phone(rng, "US")), "\n")
    if chance(rng, 0.3):
        d("- gave me the portal login to pull usage (!!) user ", fold(c.first), " / pw ", PWD(password(rng)), " — told them to reset it\n")
    d("Next step: demo for their team on ", DT(fdt(rng, dd + timedelta(days=rng.randint(5, 25)), *rtime(rng, 9, 16), "us", "wd")),
      ", send DocuSign to ", EM(email_for(rng, c, cdom)), "\n")
    return d


# 11 ------------------------------------------------------------------------
@domain("appointment_reminder_sms_batch")
def dom_sms_batch(rng):
    d = Doc()
    clinic = rng.choice(["Brightleaf Dental", "Cedar Ridge Family Medicine", "Harbor Physio", "Pinecrest Animal Hospital",
                         "Lakeside Dermatology", "Summit Eye Care"])
    vet = "Animal" in clinic
    ca = addr(rng, "US", 0)
    cdom = rng.choice(["brightleafdental.com", "cedarridgecare.com", "harborphysio.com", "pinecrestvet.com"])
    d(f"# batch_id=b-{digits(rng, 8)}-{rng.randint(1, 9):02d} template=appt_reminder_v{rng.randint(2, 6)} sender={clinic}\n")
    csv_row(d, ["queued_at", "to", "body", "status", "error_code"])
    day = rdate(rng)
    docs = people(rng, 2)
    for _ in range(rng.randint(3, 6)):
        p = person(rng)
        h, m = rtime(rng, 8, 16)
        first = p.first
        body = ["Hi ", (first, "PERSON"), ", "]
        if vet:
            body += [f"this is {clinic}: {rng.choice(PETS)} is due for vaccines. Appt on ",
                     (fdate(rng, day, "us", "usnp") + " at " + ftime(rng, h, m, "us"), "DATE_TIME"), "."]
        else:
            dr = rng.choice(docs)
            body += [f"reminder from {clinic}: appt w/ Dr. ", (dr.last, "PERSON"), " on ",
                     (fdt(rng, day, h, m, "us", rng.choice(["usnp", "abbr", "wd"])), "DATE_TIME"), "."]
        if chance(rng, 0.4):
            body += [" Address: ", (ca.line, "ADDRESS"), "."]
        body += [" Reply C to confirm, R to reschedule: ", (url(rng, cdom, "/r/" + rs(rng, 6)), "URL"), " Txt STOP to opt out"]
        st = rng.choice(["delivered", "delivered", "delivered", "undelivered", "sent"])
        csv_row(d, [str(epoch(rng)), (phone(rng, "US", "e164"), "PHONE_NUMBER"), body, st, "30007" if st == "undelivered" else ""])
    d(f"# totals: queued={rng.randint(3, 400)} delivered={rng.randint(3, 400)} cost=${rng.uniform(0.5, 20):.2f}\n")
    return d


# 12 ------------------------------------------------------------------------
@domain("mental_health_intake")
def dom_mh_intake(rng):
    d = Doc()
    p = person(rng)
    ec, ec_rel = kin(rng, [("sister", "f"), ("partner", None), ("mother", "f"), ("friend", None), ("husband", "m"), ("brother", "m")])
    ref = person(rng)
    clin = person(rng)
    a = addr(rng, "US")
    dob = rdob(rng, 1950, 2006)
    visit = rdate(rng, 2024, 2025)
    d(ocr(rng, "CONFIDENTIAL — Behavioral Health Intake Questionnaire\n", 0.02))
    d("(protected under 42 CFR Part 2)\n\n")
    d("Client name: ", PER(p.show(rng, rng.choice(["full", "mi", "lf"]))), "     Pronouns: ", rng.choice(["she/her", "he/him", "they/them"]), "\n")
    d("Date of birth: ", DOB(fdate(rng, dob, "us", rng.choice(["us", "usnp", "long"]))), "    Age: ", str(age_on(dob, visit)), "\n")
    d("Address: ", ADDR(a.line), "\n")
    d("Phone (cell): ", PH(phone(rng, "US")), "   OK to leave voicemail? ", rng.choice(["Y", "N", "yes but don't say clinic name"]), "\n")
    d("Email: ", EM(email_for(rng, p)), "\n")
    d("Emergency contact: ", PER(ec.show(rng, "full")), f" ({ec_rel}) ", PH(phone(rng, "US")), "\n")
    ins = rng.choice(["Aetna", "BCBS", "Cigna", "United", "Kaiser", "Medicaid (AHCCCS)"])
    d("Insurance: ", ins, "    Member ID: ", HPN(hpn(rng)), f"    Group #: {rs(rng, 2, UP)}{digits(rng, 5)}\n")
    d("Referred by: Dr. ", PER(ref.show(rng, rng.choice(["full", "last"]))), ", PCP\n")
    d("Chart #: ", MRN(mrn(rng)), "\n\n")
    d("Reason for seeking services (in your own words):\n")
    k = rng.random()
    ex = person(rng)
    if k < 0.33:
        d('"Since my divorce from ', PER(ex.first), ' in ', str(rng.randint(2015, 2023)), " I can't sleep, I'm anxious all the time and I had a panic attack at work on ",
          DT(fdate(rng, visit - timedelta(days=rng.randint(5, 60)), "us", "long")), '."\n')
    elif k < 0.66:
        d('"moved here from ', LOC(city_loc(rng, rng.choice(["US", "MX", "IN", "NG", "UK"]), "cc")),
          " last year for my job and I feel really isolated. my sister thinks I'm depressed\"\n")
    else:
        d('"My therapist at ', rng.choice(["Riverbend Counseling", "Open Door Clinic", "BetterHelp"]), " retired (", PER(person(rng).show(rng, "full")),
          ') and I need to continue EMDR for PTSD."\n')
    d(f"\nPHQ-9 total: {rng.randint(3, 24)}   GAD-7: {rng.randint(2, 21)}   AUDIT-C: {rng.randint(0, 8)}\n")
    d("Current medications: ", ", ".join(rng.sample(DRUGS, 2)), "\n")
    d("Diagnoses (provisional): ", rng.choice(["F41.1", "F32.1", "F43.10", "F33.0"]), "\n")
    d("Safety: denies SI/HI at intake; safety plan reviewed, crisis resources provided.\n")
    d("Intake appointment: ", DT(fdt(rng, visit + timedelta(days=rng.randint(3, 20)), *rtime(rng, 8, 18), "us", rng.choice(["wd", "us", "long"]))),
      " with ", PER(clin.show(rng, "full")), rng.choice([", LCSW", ", PsyD", ", LMFT", ""]), "\n")
    d("Client signature: ________   Date: ", DT(fdate(rng, visit, "us")), "\n")
    return d


# 13 ------------------------------------------------------------------------
@domain("ot_note_pt_it")
def dom_ot_note(rng):
    d = Doc()
    if chance(rng, 0.5):
        cc = rng.choice(["BR", "PT"])
        p = person(rng, "pt")
        resp, resp_rel = kin(rng, [("filha", "f"), ("filho", "m"), ("esposa", "f"), ("neta", "f"), ("marido", "m")], "pt")
        ter = person(rng, "pt")
        a = addr(rng, cc)
        dd = rdate(rng, 2024, 2025)
        d("EVOLUÇÃO — TERAPIA OCUPACIONAL\n")
        d("Paciente: ", PER(p.show(rng, rng.choice(["full", "caps"]))), "   Prontuário: ", MRN(mrn(rng)), "\n")
        d("Data de nascimento: ", DOB(fdate(rng, rdob(rng, 1935, 1990), "pt", "loc_num")), "   Sexo: ", "F" if p.g == "f" else "M", "\n")
        d("Data do atendimento: ", DT(fdt(rng, dd, *rtime(rng, 8, 17), "pt")), "\n")
        if cc == "BR":
            d("Convênio: ", rng.choice(["Unimed", "Bradesco Saúde", "SulAmérica", "Amil"]), " — Carteirinha nº ", HPN(f"{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 12)} {digits(rng, 1)}"), "\n")
        else:
            d("Nº de utente SNS: ", HPN(digits(rng, 9)), "\n")
        d("Endereço: ", ADDR(a.line), "\n")
        d("Telefone: ", PH(phone(rng, cc)), "   Responsável: ", PER(resp.show(rng, "full")), " (", resp_rel, ")\n\n")
        d(f"S: Paciente refere dor no ombro direito (EVA {rng.randint(2, 8)}/10) e dificuldade para vestir-se sozinh{'a' if p.g == 'f' else 'o'}. ")
        if chance(rng, 0.7):
            d(("A " if resp.g == "f" else "O ") + resp_rel + " ", PER(resp.first), " relata quedas em casa.\n")
        else:
            d("\n")
        d(f"O: Barthel {rng.randint(40, 95)}/100. MIF motora {rng.randint(30, 85)}. Preensão palmar D {rng.randint(8, 30)} kgf / E {rng.randint(8, 30)} kgf. ")
        d("Treino de AVDs com adaptação de talheres; orientação sobre barras de apoio no banheiro.\n")
        d("A: Evolução favorável; CID ", rng.choice(["M75.1", "I69.3", "G20", "S42.2"]), ".\n")
        d("P: Manter 2x/semana. Próxima sessão: ", DT(fdt(rng, dd + timedelta(days=rng.randint(2, 8)), *rtime(rng, 8, 17), "pt")), ".\n")
        d("Terapeuta: ", PER(ter.show(rng, "full")), f" — CREFITO-{rng.randint(1, 9)} {rng.randint(10000, 99999)}-TO\n")
        if chance(rng, 0.3):
            d("Contato da família: ", EM(email_for(rng, resp)), "\n")
    else:
        p = person(rng, "it")
        cg, cg_rel = kin(rng, [("figlia", "f"), ("figlio", "m"), ("marito", "m"), ("moglie", "f"), ("badante", None)], "it")
        ter = person(rng, "it")
        a = addr(rng, "IT")
        dd = rdate(rng, 2024, 2025)
        d("DIARIO DI TERAPIA OCCUPAZIONALE — Ambulatorio di Riabilitazione\n")
        d("Paziente: ", p.title(rng, "it"), " ", PER(p.show(rng, rng.choice(["full", "lf"]))), "   Cartella clinica n. ", MRN(mrn(rng)), "\n")
        d(f"Nat{'a' if p.g == 'f' else 'o'} il ", DOB(fdate(rng, rdob(rng, 1935, 1985), "it", rng.choice(["loc_num", "loc_long"]))),
          " a ", LOC(city_loc(rng, "IT", "city")), "\n")
        d("Tessera sanitaria n. ", HPN("80380" + digits(rng, 15)), "\n")
        d("Domicilio: ", ADDR(a.line), "\n")
        d("Data seduta: ", DT(fdt(rng, dd, *rtime(rng, 8, 17), "it")), "\n")
        d("Caregiver: ", PER(cg.show(rng, "full")), " (", cg_rel, "), tel. ", PH(phone(rng, "IT")), "\n\n")
        d(f"Valutazione: FIM {rng.randint(40, 110)}/126, Barthel {rng.randint(30, 95)}. Riferisce difficoltà nel vestirsi e nella preparazione dei pasti. ")
        d("Addestramento ADL con ausili (calzascarpe, spugna a manico lungo). Consigli per la sicurezza domestica.\n")
        d("Obiettivi: autonomia nella doccia entro 4 settimane.\n")
        d("Prossimo appuntamento: ", DT(fdt(rng, dd + timedelta(days=rng.randint(2, 10)), *rtime(rng, 8, 17), "it")), "\n")
        d("Terapista: Dott.ssa " if ter.g == "f" else "Terapista: Dott. ", PER(ter.show(rng, "full")), "\n")
    return d


# 14 ------------------------------------------------------------------------
@domain("title_insurance_commitment")
def dom_title(rng):
    d = Doc()
    b1, b2, seller, esc = people(rng, 4)
    a = addr(rng, "US", 0.05)
    co = rng.choice(["Greyhawk Title Agency", "Stewart Title Guaranty Company", "Fidelity National Title", "Old Republic Title"])
    cd = rdate(rng, 2024, 2025)
    d(f"COMMITMENT FOR TITLE INSURANCE\nIssued by {co}\n\nSchedule A\n")
    d(f"Commitment No.: {rs(rng, 2, UP)}-{digits(rng, 7)}      File No.: {rng.randint(24, 25)}-{digits(rng, 5)}\n")
    d("1. Commitment Date: ", DT(fdt(rng, cd, rng.choice([7, 8, 17]), 0, "us", rng.choice(["long", "us"]))), "\n")
    d("2. Policy to be issued: ALTA Owner's Policy (2021)\n   Proposed Insured: ", PER(b1.show(rng, "caps")))
    if chance(rng, 0.6):
        d(" and ", PER(b2.show(rng, "caps")), rng.choice([", husband and wife", ", as joint tenants", ", a married couple"]))
    d(f"\n   Proposed Policy Amount: {money(rng, 150000, 900000)}\n")
    d("3. The estate or interest in the Land is Fee Simple.\n")
    rec = rdate(rng, 2005, 2022)
    d("4. Title is, at the Commitment Date, vested in: ", PER(seller.show(rng, rng.choice(["caps", "mi"]))),
      rng.choice([", a single woman", ", an unmarried man", ", as Trustee of the Survivor's Trust"]), ", by Warranty Deed recorded ",
      DT(fdate(rng, rec, "us", rng.choice(["long", "us"]))), f" as Instrument No. {rec.year}-{digits(rng, 6)}.\n")
    d(f"5. The Land: Lot {rng.randint(1, 60)}, Block {rng.randint(1, 9)}, {rng.choice(['WILLOW CREEK ESTATES', 'SUNSET HILLS UNIT 2', 'PRAIRIE VIEW ADDITION'])}, "
      f"according to the plat recorded in Book {rng.randint(10, 400)} of Maps, Page {rng.randint(1, 99)}.\n")
    d("   Commonly known as: ", ADDR(a.line), f"\n   APN: {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}\n\n")
    d("Schedule B, Part I — Requirements\n")
    d(f"a. Payoff and release of Deed of Trust to {rng.choice(['Wells Fargo Bank, N.A.', 'Rocket Mortgage', 'Chase'])}, loan ending {digits(rng, 4)}.\n")
    d("b. Statement of Information from ", PER(seller.show(rng, "full")), ".\n")
    d("c. Seller to provide SSN for 1099-S reporting")
    if chance(rng, 0.5):
        d(" (closer note: seller gave ", SSN(ssn(rng)), " by phone)")
    d(".\nd. Recording of Warranty Deed from vested owner to Proposed Insured.\n")
    d(f"e. Payment of 2nd half taxes ({money(rng, 800, 6000)}) due ", DT(fdate(rng, cd + timedelta(days=rng.randint(20, 90)), "us", "long")), ".\n\n")
    d("Schedule B, Part II — Exceptions: easements of record; CC&Rs recorded in Docket 4821, Page 12.\n\n")
    d("Escrow officer: ", PER(esc.show(rng, "full")), " | ", PH(phone(rng, "US")), " | ", EM(email_for(rng, esc, "greyhawk-title.com")), "\n")
    d(f"Escrow No. {digits(rng, 8)}-{rs(rng, 2, UP)}\n")
    return d


# 15 ------------------------------------------------------------------------
@domain("pet_insurance_claim")
def dom_pet_claim(rng):
    d = Doc()
    eu = chance(rng, 0.4)
    cc = rng.choice(["DE", "FR", "NL", "IE", "ES", "IT"]) if eu else rng.choice(["US", "US", "CA", "UK"])
    lang = {"DE": "de", "FR": "fr", "NL": "nl", "ES": "es", "IT": "it"}.get(cc, "en")
    own = person(rng, lang)
    vetp = person(rng, lang)
    pet = rng.choice(PETS)
    ins = rng.choice(["PawSure", "Furever Mutual", "PetGuard Europe", "TailWag Insurance"])
    ill = rdate(rng, 2024, 2025)
    a = addr(rng, cc)
    d(f"{ins} — Claim Form\nClaim reference: CLM-{digits(rng, 8)}\n\n")
    d("Policyholder: ", PER(own.show(rng, rng.choice(["full", "lf"]))), "\nCustomer account: ", ACCT(acct_no(rng)), "\n")
    d("Email: ", EM(email_for(rng, own)), "    Phone: ", PH(phone(rng, cc)), "\n")
    d("Address: ", ADDR(a.line), "\n\n")
    species, breed = rng.choice([("Dog", "Labrador Retriever"), ("Cat", "Maine Coon"), ("Dog", "French Bulldog"), ("Dog", "Border Collie"), ("Cat", "DSH")])
    d(f"Pet name: {pet}   Species: {species}   Breed: {breed}   Age: {rng.randint(1, 14)} yrs   Microchip: 9{rng.choice(['85', '00', '56', '77', '41'])}{digits(rng, 12)}\n")
    d("Date of illness/injury: ", DT(fdate(rng, ill, "us" if cc in ("US",) else ("uk" if cc in ("UK", "IE", "CA") else lang))), "\n")
    d("First signs noticed: ", rng.choice(["limping on back left leg after the park", "vomiting and lethargy", "itchy ears, head shaking",
                                            "ate a sock (!)"]), "\n")
    clinic = rng.choice(["Pinecrest Animal Hospital", "Tierarztpraxis am Park", "Clinique Vétérinaire des Lilas", "Riverside Vets"])
    d(f"Veterinary practice: {clinic}   Treating vet: Dr. ", PER(vetp.show(rng, rng.choice(["full", "last"]))),
      "   Practice phone: ", PH(phone(rng, cc)), "\n")
    d(f"Diagnosis: {rng.choice(['cranial cruciate ligament rupture', 'acute gastroenteritis', 'otitis externa', 'foreign body obstruction'])}; "
      f"meds dispensed: {rng.choice(['carprofen 75 mg', 'maropitant', 'Apoquel 16 mg', 'metronidazole'])}\n")
    cur = "€" if eu else "$"
    d(f"Invoice #: {rng.randint(10000, 999999)}   Invoice total: {money(rng, 80, 6000, cur)}   Paid: yes\n\n")
    d("Reimbursement method: ")
    if eu:
        d("bank transfer to IBAN ", IBAN(iban(rng, {"UK": "GB"}.get(cc, cc))), f" (BIC {rs(rng, 4, UP)}{ISO2[cc]}{rs(rng, 2, UP + DG)}XXX)\n")
    else:
        if chance(rng, 0.5):
            d("direct deposit — routing ", aba(rng), ", account ", ACCT(digits(rng, rng.randint(9, 12))), "\n")
        else:
            d(f"check mailed to address above\n")
    d("I confirm the information is correct.  Signature: ", PER(own.show(rng, "full")), "   Date: ",
      DT(fdate(rng, ill + timedelta(days=rng.randint(1, 20)), "us" if cc == "US" else "uk")), "\n")
    return d


# 16 ------------------------------------------------------------------------
@domain("obituary_funeral_record")
def dom_obituary(rng):
    d = Doc()
    dec = person(rng)
    spouse, c1, c2, c1s, mo = people(rng, 5)
    fa = person(rng, g="m")
    fa.last = dec.last
    inf, inf_rel = kin(rng, [("son", "m"), ("daughter", "f"), ("nephew", "m"), ("niece", "f")])
    for x in (c1, c2, inf):
        x.last = dec.last if chance(rng, 0.6) else x.last
    dob = rdob(rng, 1928, 1965)
    dod = rdate(rng, 2024, 2025)
    city_res = city_loc(rng, "US", "cst")
    fh = rng.choice(["Hartley & Sons Funeral Home", "Whitmore-Baines Funeral Chapel", "Evergreen Memorial Gardens",
                     "O'Brien Family Funeral Home", "Sullivan & Greer Mortuary"])
    church = rng.choice(["St. Mary's Catholic Church", "First Baptist Church", "St. Olaf Lutheran Church", "Holy Trinity Greek Orthodox Church"])
    age = dod.year - dob.year
    bcc = rng.choice(["US", "US", "IE", "IT", "PL", "MX", "DE"])
    d(PER(dec.show(rng, rng.choice(["full", "mi", "caps"]))), f", {age}, of ", LOC(city_res), ", passed away ",
      rng.choice(["peacefully", "surrounded by family", "after a brief illness"]), " on ", DT(fdate(rng, dod, "us", rng.choice(["long", "wd"]))), ". ")
    d(f"{'She' if dec.g == 'f' else 'He'} was born ", DOB(fdate(rng, dob, "us", "long")), " in ",
      LOC(city_loc(rng, bcc, "cst" if bcc == "US" else "cc")),
      " to ", PER(fa.show(rng, "full")), " and ", PER(mo.show(rng, "full")), ". ")
    d(rng.choice([f"{'She' if dec.g == 'f' else 'He'} worked for {rng.choice(BRANDS_PERSONLIKE)} for 31 years before retiring in {rng.randint(1985, 2015)}. ",
                  f"A lifelong teacher, {'she' if dec.g == 'f' else 'he'} loved gardening, crosswords and {rng.choice(['the Packers', 'the Red Sox', 'polka dancing'])}. "]))
    d("\n\n", f"{'She' if dec.g == 'f' else 'He'} is survived by ", rng.choice(["her husband", "his wife", "spouse"]), " of ", str(rng.randint(30, 65)),
      " years, ", PER(spouse.show(rng, "first")), "; children ", PER(c1.show(rng, "full")), " (", PER(c1s.show(rng, "first")), ") of ",
      LOC(city_loc(rng, "US", "cst")), " and ", PER(c2.show(rng, "full")), "; ", str(rng.randint(2, 11)), " grandchildren; and ",
      f"{'her' if dec.g == 'f' else 'his'} beloved {rng.choice(['dog', 'cat'])}, {rng.choice(PETS)}.\n\n")
    vd = dod + timedelta(days=rng.randint(3, 9))
    vh = rng.choice([16, 17, 18])
    d("Visitation will be held ", DT(fdt(rng, vd, vh, 0, "us", rng.choice(["wd", "long"]))), f" at {fh}, ", ADDR(addr(rng, "US", 0).line), ". ")
    d("A funeral service will follow on ", DT(fdt(rng, vd + timedelta(days=1), rng.choice([10, 11]), 0, "us", "wd")), f" at {church}. ")
    d("Online condolences may be shared at ", URL(f"https://www.{rng.choice(['hartleyfh', 'evergreenmemorial', 'sullivangreer'])}.com/obituaries/{fold(dec.first)}-{fold(dec.last)}-{dod.year}"), ".\n\n")
    d("=== INTERNAL — FUNERAL HOME CASE RECORD ===\n")
    d(f"Case #: FH-{dod.year}-{digits(rng, 4)}\n")
    d("Decedent: ", PER(dec.show(rng, "capslf")), "   SSN: ", SSN(ssn(rng)), "\n")
    d("DOB: ", DOB(fdate(rng, dob, "us", "us")), "   DOD: ", DT(fdate(rng, dod, "us", "us")), "   Time of death: ", DT(ftime(rng, *rtime(rng, 0, 23), "us")), "\n")
    d("Place of death: ", rng.choice(["Mercy Valley Hospital", "residence", "Lakeshore Hospice House"]), ", ", LOC(city_loc(rng, "US", "cst")), "\n")
    d("Informant: ", PER(inf.show(rng, "full")), f" ({inf_rel})  ", PH(phone(rng, "US")), "  ", EM(email_for(rng, inf)), "\n")
    d(f"Disposition: {rng.choice(['Burial', 'Cremation', 'Entombment'])}   Veteran: {rng.choice(['Yes — DD-214 on file', 'No'])}\n")
    d(f"Contract total: {money(rng, 4000, 16000)}   Deposit rec'd: {money(rng, 500, 4000)} (check #{rng.randint(1000, 9999)})\n")
    return d


# 17 ------------------------------------------------------------------------
@domain("alumni_donation_record")
def dom_alumni(rng):
    d = Doc()
    p, sp, off = people(rng, 3)
    cc = any_cc(rng, 6)
    a = addr(rng, cc)
    yr = rng.randint(1968, 2015)
    d(f"ADVANCEMENT CRM — Constituent Profile   Record #{digits(rng, 7)}\n")
    d("Name: ", PER(p.show(rng, rng.choice(["full", "mi"]))), f" '{yr % 100:02d}  ({rng.choice(['BA Economics', 'BS Nursing', 'MBA', 'BFA'])})\n")
    d("Spouse/partner: ", PER(sp.show(rng, "full")), rng.choice([f" '{(yr + 1) % 100:02d}", " (non-alum)"]), "\n")
    d("Preferred address: ", ADDR(a.line), "\n")
    d("Home: ", PH(phone(rng, cc)), "   Mobile: ", PH(phone(rng, cc)), "\n")
    d("Email: ", EM(email_for(rng, p)), "\n")
    d(f"Employer: {rng.choice(BRANDS_PERSONLIKE)}   Title: {rng.choice(['VP Strategy', 'Partner', 'Retired', 'Director of Nursing'])}\n")
    d(f"Giving: FY23 {money(rng, 100, 5000)} (Annual Fund) | FY24 {money(rng, 100, 5000)} | FY25 pledge {money(rng, 5000, 50000)} over 4 yrs\n")
    d(f"Recurring gift: card {masked_card(rng)}, next charge ", DT(fdate(rng, rdate(rng, 2025, 2026), "us", "us")), "\n")
    d(f"Matching gift: yes via Benevity (employer ID {digits(rng, 6)})\n\nContact reports\n")
    for _ in range(rng.randint(2, 3)):
        k = rng.random()
        cd = rdate(rng, 2023, 2025)
        d("- ", DT(fdate(rng, cd, "us", rng.choice(["us", "abbr"]))), " ", PER(off.show(rng, rng.choice(["first", "full"]))), ": ")
        if k < 0.3:
            d("donor called to update the recurring gift and read the new card number ", CC(card(rng)),
              " over the phone — entered in the vault, please purge from notes.\n")
        elif k < 0.6:
            d("lunch in ", LOC(city_loc(rng, cc, "city")), ". ", PER(p.first), " is interested in naming a scholarship for ",
              rng.choice(["her", "his"]), " late mother, ", PER(person(rng).show(rng, "full")), ". Follow up by ",
              DT(fdate(rng, cd + timedelta(days=30), "us", "long")), ".\n")
        else:
            d(f"attended reunion weekend; spouse {rng.choice(['mentioned', 'asked about'])} planned giving. Sent brochure to ",
              EM(email_for(rng, sp)), ".\n")
    if cc in ("DE", "FR", "IT", "ES", "PT", "NL", "IE", "PL", "SE") and chance(rng, 0.7):
        d("SEPA mandate on file: IBAN ", IBAN(iban(rng, {"UK": "GB"}.get(cc, cc))), f", mandate ref ALUM-{digits(rng, 6)}\n")
    d("Do not solicit by phone. Wealth screening: ", rng.choice(["$1M–$5M", "$250K–$500K", "$5M+"]), "\n")
    return d


# 18 ------------------------------------------------------------------------
@domain("jail_booking_record")
def dom_booking(rng):
    d = Doc()
    p, ofc = people(rng, 2)
    ec, ec_rel = kin(rng, [("mother", "f"), ("girlfriend", "f"), ("brother", "m"), ("wife", "f"), ("husband", "m"), ("father", "m")])
    st = rng.choice(["AZ", "TX", "FL", "CA", "OH", "WA", "NY", "IL", "PA"])
    a = addr(rng, "US")
    ad = rdate(rng, 2024, 2025)
    ah, am = rtime(rng, 0, 23)
    d(ocr(rng, "SHERIFF'S OFFICE — DETENTION BUREAU\nINMATE BOOKING SHEET\n", 0.03))
    d(f"Booking #: {ad.year}-{digits(rng, 6)}     SO#: {digits(rng, 6)}     Cell: {rng.choice('ABCD')}-{rng.randint(1, 40)}\n")
    d("Name: ", PER(p.show(rng, rng.choice(["capslf", "capslf2"]))), "\n")
    if chance(rng, 0.5):
        d("AKA: ", PER(f"{p.first} {p.mid}. {p.last}".upper() if chance(rng, 0.5) else (person(rng, g=p.g).first + " " + p.last).upper()), "\n")
    d("DOB: ", DOB(fdate(rng, rdob(rng, 1960, 2005), "us", "us")), f"   Sex: {'F' if p.g == 'f' else 'M'}   Ht: {rng.randint(5, 6)}'{rng.randint(0, 11)}\"   Wt: {rng.randint(110, 280)}\n")
    d("Address: ", ADDR(a.line), "\n")
    d("Phone: ", PH(phone(rng, "US")), "\n")
    d("DL#: ", DL(dl_no(rng, st)), "   State: ", LOC(st), "\n")
    k = rng.random()
    if k < 0.55:
        d("SSN: ", SSN(ssn(rng)), "\n")
    elif k < 0.7:
        d(f"SSN: none — ITIN 9{rng.randint(0, 9)}{rng.randint(0, 9)}-{rng.choice([70, 71, 78, 83, 88, 90, 92])}-{digits(rng, 4)}\n")
    d("Arrest date/time: ", DT(f"{fdate(rng, ad, 'us', 'us')} {ah:02d}{am:02d}" if chance(rng, 0.4) else fdt(rng, ad, ah, am, "us", "us")), "\n")
    d("Arresting officer: Ofc. ", PER(ofc.show(rng, rng.choice(["full", "last"]))), f" #{rng.randint(100, 9999)}   Agency: Municipal PD\n")
    d("Charges:\n")
    for _ in range(rng.randint(1, 3)):
        d(f"  {rng.choice(['28-1381A1', '13-1203', '13-3407', '316.193', 'PC 459', '2913.02'])}  {rng.choice(['DUI', 'ASSAULT', 'POSS DANG DRUG', 'BURGLARY 3RD', 'THEFT'])}  "
          f"{rng.choice(['M1', 'F4', 'F6', 'M2'])}  Bond: {money(rng, 500, 25000)}\n")
    d(f"Vehicle: {rng.choice(['2014 Nissan Altima', '2009 Ford F-150', '2018 Kia Soul'])} plate {plate(rng)} VIN {vin(rng)} — towed (Hartley Towing)\n")
    d(f"Property: wallet, phone, keys, {money(rng, 0, 300)} cash, belt\n")
    d(f"Medical screening: reports taking {rng.choice(DRUGS)}; no injuries noted.\n")
    d("Emergency contact: ", PER(ec.show(rng, "full")), f" ({ec_rel}) ", PH(phone(rng, "US")), "\n")
    if chance(rng, 0.5):
        d("Court date: ", DT(fdt(rng, ad + timedelta(days=rng.randint(1, 30)), rng.choice([8, 9, 13]), rng.choice([0, 30]), "us", "us")), " — Justice Court, Div. 3\n")
    return d


# 19 ------------------------------------------------------------------------
@domain("home_warranty_claim")
def dom_home_warranty(rng):
    d = Doc()
    ho, tech = people(rng, 2)
    wife, wife_rel = kin(rng, [("wife", "f"), ("husband", "m"), ("son", "m"), ("daughter", "f")])
    a = addr(rng, "US", 0.1)
    claim = f"HW-{digits(rng, 6)}"
    co = rng.choice(["ShieldHome Warranty", "American Hearth Protect", "SureNest Home Warranty"])
    contractor = rng.choice(["Ruiz & Sons HVAC", "Patel Brothers Plumbing", "McAllister Appliance Repair", "Lopez & Daughters Electric"])
    vd = rdate(rng, 2024, 2025)
    d(f"Subject: Claim #{claim} — {rng.choice(['AC not cooling', 'water heater leaking', 'dishwasher not draining', 'garage door opener'])}\n")
    d("From: ", EM(f"dispatch@{rng.choice(['shieldhome.com', 'surenest.com'])}"), "\nTo: ", EM(email_for(rng, ho)), "\n\n")
    d("Hi ", PER(ho.first), ",\n\n")
    d("Your service request for ", ADDR(a.line), f" has been assigned to {contractor}. Technician ",
      PER(tech.show(rng, rng.choice(["full", "first"]))), " will arrive ", DT(fdate(rng, vd, "us", rng.choice(["wd", "long"]))),
      " between ", DT(ftime(rng, 8, 0, "us")), " and ", DT(ftime(rng, 12, 0, "us")), ".\n")
    d(f"A service call fee of $100.00 will be charged to the card on file ({masked_card(rng)}).\n\n")
    d(f"{co} Dispatch\n", PH(phone(rng, "US", "tollfree")), "\n\n")
    d("---- reply ----\n")
    lc = chance(rng, 0.5)
    t = ("ok thanks. " if lc else "OK, thanks. ")
    d(t, f"if nobody answers call my {wife_rel} ", PER(wife.first.lower() if lc else wife.first), " at ", PH(phone(rng, "US")),
      ". side gate is unlocked, dog is friendly (", rng.choice(PETS), ")\n")
    if chance(rng, 0.25):
        d("and pls put the $100 on my other card " if lc else "Please charge the service fee to my other card: ", CC(card(rng)), "\n")
    if chance(rng, 0.4):
        d("also our new email is ", EM(email_for(rng, ho)), " pls update the account ", ACCT(acct_no(rng)), "\n")
    d("\n---- technician notes ----\n")
    d(f"Arrived {rng.randint(8, 11)}:{rng.randint(10, 59)}. {rng.choice(['Run capacitor 45/5 MFD failed, replaced.', 'Anode rod corroded, tank leaking at seam — recommend replacement.', 'Drain pump clogged, cleared.'])} "
      f"Model {rs(rng, 3, UP)}{digits(rng, 4)}{rs(rng, 2, UP)} Serial {rs(rng, 1, UP)}{digits(rng, 9)}. Parts {money(rng, 20, 400)}.\n")
    d("Customer signature: ", PER(ho.show(rng, "full")), "\n")
    return d


# 20 ------------------------------------------------------------------------
@domain("solar_installation_contract")
def dom_solar(rng):
    d = Doc()
    h1, h2, rep = people(rng, 3)
    a = addr(rng, "US", 0.02)
    util = rng.choice(["Pacific Valley Electric", "Salt River Power", "Duke Energy", "Xcel Energy", "Georgia Power"])
    sd = rdate(rng, 2024, 2025)
    d("RESIDENTIAL SOLAR ENERGY SYSTEM INSTALLATION AGREEMENT\n")
    d(f"Agreement No. SOL-{digits(rng, 6)}    Version {version(rng)}\n\n")
    d("Homeowner(s): ", PER(h1.show(rng, rng.choice(["full", "mi"]))))
    if chance(rng, 0.6):
        d(" and ", PER(h2.show(rng, "full")))
    d("\nProperty Address: ", ADDR(a.line if chance(rng, 0.6) else a.block), "\n")
    d("Phone: ", PH(phone(rng, "US")), "   Email: ", EM(email_for(rng, h1)), "\n")
    d(f"Utility: {util}   Utility Account No.: ", ACCT(acct_no(rng)), f"   Meter No.: {rs(rng, 1, UP)}{digits(rng, 8)}\n\n")
    kw = rng.choice([6.4, 7.2, 8.4, 9.6, 11.2])
    d(f"1. SYSTEM. {kw} kW DC; {int(kw * 1000 // 400)} x 400 W modules; inverter {rng.choice(['IQ8M-72', 'SE7600H', 'Tesla PW3'])}; est. year-1 production {int(kw * 1450):,} kWh.\n")
    d(f"2. PRICE. Total contract price {money(rng, 18000, 42000)}, less down payment {money(rng, 0, 2000)}.\n")
    d("3. PAYMENT. ")
    if chance(rng, 0.5):
        d("Loan through GreenSky; autopay from checking account ", ACCT(digits(rng, rng.randint(9, 12))), f", routing {aba(rng)}.\n")
    else:
        d("Cash; progress payments per Exhibit B. Deposit by card ", CC(card(rng)) if chance(rng, 0.3) else masked_card(rng), ".\n")
    d("4. SCHEDULE. Estimated installation date: ", DT(fdate(rng, sd + timedelta(days=rng.randint(20, 90)), "us", "long")),
      "; permission to operate typically 2–6 weeks after inspection.\n")
    d("5. NOTICE OF RIGHT TO CANCEL. You may cancel this transaction at any time prior to midnight of ",
      DT(fdate(rng, sd + timedelta(days=3), "us", "wd")), ".\n\n")
    d("Sales representative: ", PER(rep.show(rng, "full")), ", ", PH(phone(rng, "US")), f", HIS #{digits(rng, 6)}\n")
    d("AUDIT TRAIL\n")
    d(f"Envelope ID: {uuid(rng).upper()}\n")
    ip = ip_any(rng)
    d("Signed by ", PER(h1.show(rng, "full")), " on ", DT(fdt(rng, sd, *rtime(rng, 9, 21), "us", "us")), " from IP ", IP(ip), "\n")
    d("Countersigned by ", PER(rep.show(rng, "full")), " on ", DT(fdt(rng, sd, *rtime(rng, 9, 21), "us", "us")), "\n")
    return d


# 21 ------------------------------------------------------------------------
@domain("discord_dev_help_thread")
def dom_discord(rng):
    d = Doc()
    mod = person(rng)
    helper = person(rng)
    asker = person(rng)
    h1 = rng.choice(["kitsune_dev", "null_ptr", "bytewitch", "segfaultsam", "0xmango", "tofu.exe"])
    h2 = rng.choice(["marco.b", "rustacean42", "pgwhisperer", "devops_dan", "lambda_lou"])
    d(f"#help-backend › thread: \"{rng.choice(['prod deploy cant reach db??', 'stripe webhook 401', 'celery not picking up tasks', 'redis auth error'])}\"\n\n")
    h, m = rng.randint(8, 22), rng.randint(0, 40)
    def ln(who):
        nonlocal h, m
        m += rng.randint(0, 3)
        if m >= 60:
            h, m = h + 1, m - 60
        d(f"[{h:02d}:{m:02d}] ", who, ": ")
    dbip = ipv4(rng, True)
    pw = password(rng)
    ln(h1); d("anyone seen this?\n```\npsycopg2.OperationalError: connection to server at \"", IP(dbip), "\", port 5432 failed: FATAL:  password authentication failed for user \"app\"\n```\n")
    ln(h2); d("paste your DATABASE_URL (redact the pw pls)\n")
    ln(h1); d("DATABASE_URL=postgresql://app:", PWD(pw), "@", IP(dbip), ":5432/app_prod\n")
    ln(h2); d("bro you literally just leaked it lol. rotate it\n")
    k = rng.random()
    if k < 0.35:
        ln(h1); d("ugh. also this is in the same .env, is that bad too\n```\nSTRIPE_SECRET_KEY=", STK(stripe_key(rng)),
                  "\nSTRIPE_WEBHOOK_SECRET=", SEC(generic_secret(rng, "whsec")), "\n```\n")
    elif k < 0.65:
        ln(h1); d("ok rotated. the alerts bot uses ", SLK(slack_token(rng)), " is that one fine to keep\n")
    else:
        ln(h1); d("rotated. btw here's the token from the failing request, maybe it's expired?\n`Authorization: Bearer ", JWTT(jwt(rng)), "`\n")
    name_disp = mod.show(rng, "full")
    ln([PER(name_disp), " (mod)"])
    d("deleting those messages. please use the pastebin with redaction. @", h1, " DM me if you need help\n")
    ln(h1); d("thx ", PER(mod.first.lower() if chance(rng, 0.5) else mod.first), ". my name's ", PER(asker.first.lower()), " btw, new here\n")
    if chance(rng, 0.5):
        ln(h2); d("np. fwiw our staging box is ", IP(ipv4(rng, False)), ", ping ", PER(helper.show(rng, "first")), " if it's down\n")
    if chance(rng, 0.4):
        ln(h2); d("docs: ", URL(f"https://docs.{rng.choice(ORG_DOMAINS)}/guides/secrets-management"), "\n")
    return d


# 22 ------------------------------------------------------------------------
@domain("crowdfunding_backer_export")
def dom_backers(rng):
    d = Doc()
    proj = rng.choice(["Tiny Forest Terrarium Kit", "Lumen Bike Light v2", "Grimoire of Tides (5e)", "Kettle Pro Pour-Over"])
    d(f"# {proj} — backer report export (survey locked)\n")
    csv_row(d, ["Backer Number", "Backer UID", "Backer Name", "Email", "Reward Title", "Pledge Amount", "Shipping Name",
                "Shipping Address 1", "Shipping City", "Shipping State", "Shipping Postal Code", "Shipping Country Code",
                "Shipping Phone Number", "Survey Response"])
    for _ in range(rng.randint(3, 6)):
        cc = any_cc(rng, 4)
        p = person(rng)
        ship = p if chance(rng, 0.75) else person(rng)
        a = addr(rng, cc, 0.3)
        resp = ""
        k = rng.random()
        if k < 0.25:
            resp = ["gift for my brother ", (person(rng).show(rng, "first"), "PERSON"), ", pls no invoice in box"]
        elif k < 0.4:
            resp = ["leave with concierge, buzzer code in profile"]
        elif k < 0.5:
            resp = ["call ", (phone(rng, cc), "PHONE_NUMBER"), " if customs asks anything"]
        csv_row(d, [str(rng.randint(1, 4800)), str(rng.randint(10 ** 8, 10 ** 9)), (p.show(rng, rng.choice(["full", "full", "lower", "caps"])), "PERSON"),
                    (email_for(rng, p), "EMAIL_ADDRESS"), rng.choice(["Early Bird", "Deluxe Pledge", "Collector's Edition", "Digital Only"]),
                    f"{rng.uniform(15, 300):.2f}", (ship.show(rng, "full"), "PERSON"), (a.street_full, "ADDRESS"), (a.city, "LOCATION"),
                    (a.region, "LOCATION") if a.region else "", a.postal, ISO2[cc],
                    (phone(rng, cc), "PHONE_NUMBER") if chance(rng, 0.7) else "", resp])
    d(f"# rows exported at {epoch(rng)} by creator account; VAT handled by platform\n")
    return d


# 23 ------------------------------------------------------------------------
@domain("podiatry_visit_note")
def dom_podiatry(rng):
    d = Doc()
    p, prov, dtr = people(rng, 3)
    dos = rdate(rng, 2024, 2025)
    pdob = rdob(rng, 1935, 1980)
    age = age_on(pdob, dos)
    d(f"{rng.choice(['Summit', 'Brightleaf', 'Harbor'])} Foot & Ankle Specialists — Progress Note\n")
    d("Patient: ", PER(p.show(rng, rng.choice(["lf", "full", "capslf2"]))), "   DOB: ", DOB(fdate(rng, pdob, "us", "us")),
      "   MRN: ", MRN(mrn(rng)), "\n")
    d("DOS: ", DT(fdate(rng, dos, "us", "us")), "   Provider: ", PER(prov.show(rng, "full")), ", DPM\n")
    d("Insurance: Medicare — MBI ", HPN(mbi(rng)), f"   Secondary: {rng.choice(['AARP Medigap', 'none', 'Tricare for Life'])}\n\n")
    d(f"CC: painful ingrown nail {rng.choice(['L', 'R'])} hallux x {rng.randint(1, 6)} weeks.\n")
    d(f"HPI: {age}-year-old {'female' if p.g == 'f' else 'male'} with T2DM (A1c {rng.uniform(6, 10):.1f}) presents with erythema and drainage. ")
    d(f"{'Her' if p.g == 'f' else 'His'} daughter ", PER(dtr.first), " drove the patient today and assists with foot checks.\n")
    d(f"Exam: DP/PT pulses {rng.randint(1, 2)}/4 bilat; monofilament {rng.randint(4, 10)}/10 sites; no ulceration.\n")
    d(f"Assessment: {rng.choice(['L60.0', 'L03.031'])} ingrown nail w/ paronychia; E11.42 diabetic polyneuropathy.\n")
    d(f"Procedure: CPT 11730 partial nail avulsion under digital block (lidocaine 2% plain, 3 mL). Tolerated well.\n")
    d(f"Plan: Epsom soaks BID, {rng.choice(['mupirocin 2% ointment', 'cephalexin 500 mg QID x7d'])}. RTC 3 wks — ",
      DT(fdt(rng, dos + timedelta(days=21), *rtime(rng, 8, 16), "us", rng.choice(["us", "abbr"]))), ".\n")
    if chance(rng, 0.4):
        d("Pt prefers calls to cell ", PH(phone(rng, "US")), "; daughter's email ", EM(email_for(rng, dtr)), " for portal proxy.\n")
    d("Electronically signed by ", PER(prov.show(rng, "full")), ", DPM on ", DT(fdt(rng, dos, *rtime(rng, 12, 19), "us", "us")), "\n")
    return d


# 24 ------------------------------------------------------------------------
@domain("process_server_affidavit")
def dom_affidavit(rng):
    d = Doc()
    pl, de, srv, recip, notary = people(rng, 5)
    a = addr(rng, "US", 0.3)
    sd = rdate(rng, 2024, 2025)
    d("IN THE DISTRICT COURT — CIVIL DIVISION\n")
    d(f"Case No.: {sd.year % 100}-CV-{digits(rng, 5)}\n\n")
    d(PER(pl.show(rng, "caps")), ",\n        Plaintiff,\nv.\n", PER(de.show(rng, "caps")), ",\n        Defendant.\n\n")
    d("AFFIDAVIT OF SERVICE\n\n")
    d("I, ", PER(srv.show(rng, rng.choice(["full", "mi"]))), ", being duly sworn, depose and say that I am over the age of eighteen and not a party to this action.\n\n")
    d("On ", DT(fdt(rng, sd, *rtime(rng, 7, 20), "us", rng.choice(["wd", "long"]))), ", at ", ADDR(a.line), ", I served the Summons, Complaint and Exhibits upon ")
    if chance(rng, 0.5):
        d(PER(de.show(rng, "full")), " by personal delivery.\n")
    else:
        d(PER(de.show(rng, "full")), " by delivering them to ", PER(recip.show(rng, "full")), f", {rng.choice(['co-resident', 'spouse', 'adult son'])}, a person of suitable age and discretion residing therein.\n")
    d(f"Description: {rng.choice(['Female', 'Male'])}, approx. {rng.randint(25, 70)} yrs, {rng.randint(5, 6)}'{rng.randint(0, 11)}\", {rng.choice(['brown', 'gray', 'black', 'blond'])} hair.\n\n")
    d("Prior attempts:\n")
    for k in range(rng.randint(1, 3)):
        ad = sd - timedelta(days=rng.randint(1, 10))
        d("  ", DT(fdt(rng, ad, *rtime(rng, 7, 20), "us", "us")), " — ", rng.choice([
            "no answer, lights on", f"vehicle plate {plate(rng)} in driveway, no answer", "neighbor stated subject at work",
            "gate locked, left card"]), "\n")
    d(f"\nService fee: {money(rng, 45, 150)}\n\n")
    d("Subscribed and sworn before me on ", DT(fdate(rng, sd + timedelta(days=rng.randint(0, 3)), "us", "long")), ".\n")
    d("Notary Public: ", PER(notary.show(rng, "full")), "    My commission expires ", DT(fdate(rng, rdate(rng, 2026, 2029), "us", "us")), "\n\n")
    d("Process server: ", PER(srv.show(rng, "full")), f", Registration # PS-{rng.randint(2015, 2025)}-{rng.randint(10, 999)}\n")
    d(PH(phone(rng, "US")), " | ", EM(email_for(rng, srv, rng.choice(["servenow-legal.com", "gmail.com"]))), "\n")
    return d


# 25 ------------------------------------------------------------------------
@domain("echocardiogram_report")
def dom_echo(rng):
    d = Doc()
    p, ref, son, rd = people(rng, 4)
    sd = rdate(rng, 2024, 2025)
    d("TRANSTHORACIC ECHOCARDIOGRAM REPORT\n")
    d("Patient: ", PER(p.show(rng, rng.choice(["capslf", "lf", "full"]))), "    MRN: ", MRN(mrn(rng)), "    Acct#: ", ACCT(digits(rng, rng.randint(8, 10))), "\n")
    d("DOB: ", DOB(fdate(rng, rdob(rng, 1935, 1995), "us", rng.choice(["us", "dmyabbr"]))), f"    Sex: {'F' if p.g == 'f' else 'M'}    Ht: {rng.randint(150, 195)} cm    Wt: {rng.randint(48, 130)} kg    BSA: {rng.uniform(1.4, 2.4):.2f} m²    BP: {rng.randint(100, 170)}/{rng.randint(60, 100)}\n")
    d("Study date: ", DT(fdt(rng, sd, *rtime(rng, 7, 17), "us", rng.choice(["us", "dmyabbr"]))), f"    Location: Echo Lab {rng.randint(1, 4)}    Accession: {digits(rng, 9)}\n")
    d("Referring: Dr. ", PER(ref.show(rng, rng.choice(["full", "last"]))), "    Sonographer: ", PER(son.show(rng, "full")), ", RDCS\n")
    d(f"Indication: {rng.choice(['dyspnea on exertion (R06.09)', 'atrial fibrillation (I48.91)', 'murmur (R01.1)', 'pre-chemo baseline (Z01.818)'])}\n\n")
    d("MEASUREMENTS\n")
    for nm, lo, hi, u in [("LVIDd", 3.6, 6.2, "cm"), ("LVIDs", 2.0, 4.8, "cm"), ("IVSd", 0.7, 1.5, "cm"), ("LVPWd", 0.7, 1.4, "cm"),
                          ("LA vol index", 18, 50, "mL/m²"), ("TAPSE", 1.2, 2.8, "cm"), ("E/e' avg", 5, 18, ""), ("RVSP", 18, 55, "mmHg")]:
        d(f"  {nm:<14}{rng.uniform(lo, hi):>6.1f} {u}\n")
    ef = rng.randint(25, 65)
    d(f"\nFINDINGS\nLeft ventricle: normal size; LVEF {ef}-{ef + 5}% by biplane Simpson's. {rng.choice(['Grade I diastolic dysfunction.', 'Normal diastolic function.', 'Grade II diastolic dysfunction.'])}\n")
    d(f"Valves: {rng.choice(['mild MR', 'trace TR', 'moderate AS, AVA 1.1 cm²', 'no significant valvular disease'])}.\n")
    d("Comparison: prior study ", DT(fdate(rng, sd - timedelta(days=rng.randint(200, 1500)), "us", "us")), " — LVEF previously 55%.\n\n")
    d("Electronically signed: ", PER(rd.show(rng, rng.choice(["full", "mi"]))), ", MD, FASE  ", DT(fdt(rng, sd, *rtime(rng, 12, 20), "us", "us")), "\n")
    return d


# 26 ------------------------------------------------------------------------
@domain("auto_auction_bill_of_sale")
def dom_bill_of_sale(rng):
    d = Doc()
    s, b, nt = people(rng, 3)
    sa, ba = addr(rng, "US", 0.2), addr(rng, "US", 0.2)
    sst, bst = rng.choice(["CA", "TX", "FL", "AZ", "OH", "WA", "IL"]), rng.choice(["CA", "TX", "FL", "NY", "PA", "IL"])
    dd = rdate(rng, 2024, 2025)
    d(f"{rng.choice(['Copperline', 'I-10 Public', 'Metro Dealer'])} Auto Auction — BILL OF SALE    Lot #{rng.randint(100, 9999)}   Lane {rng.randint(1, 12)}\n")
    d("Sale date: ", DT(fdate(rng, dd, "us", rng.choice(["us", "long"]))), "\n\n")
    d("SELLER: ", PER(s.show(rng, rng.choice(["full", "caps"]))), "\n  ", ADDR(sa.line), "\n  DL# ", DL(dl_no(rng, sst)), " (", LOC(US_STATES.get(sst, sst)), ")\n")
    d("BUYER: ", PER(b.show(rng, rng.choice(["full", "caps", "mi"]))), "\n  ", ADDR(ba.line), "\n  DL# ", DL(dl_no(rng, bst)), "   Phone ", PH(phone(rng, "US")), "\n\n")
    mk = rng.choice(["2017 Honda Accord EX-L", "2015 Toyota Tacoma SR5", "2019 Subaru Outback", "2012 Chevrolet Silverado 1500"])
    d(f"VEHICLE: {mk}   VIN {vin(rng)}   Plate {plate(rng)}   Odometer {rng.randint(20000, 210000):,} mi (actual)\n")
    price = rng.uniform(3000, 40000)
    d(f"Hammer price ${price:,.2f}   Buyer fee ${price * 0.08:,.2f}   Doc fee $85.00\n")
    k = rng.random()
    if k < 0.4:
        d(f"Payment: cashier's check #{rng.randint(100000, 999999)} drawn on account ", ACCT(digits(rng, rng.randint(9, 12))), f" (routing {aba(rng)})\n")
    elif k < 0.7:
        d("Payment: card ", CC(card(rng)), f" — auth code {rs(rng, 6, UP + DG)}\n")
    elif k < 0.85:
        d(f"Payment: wire, ref {rs(rng, 3, UP)}{digits(rng, 9)}\n")
    else:
        d("Payment: SEPA transfer from IBAN ", IBAN(iban(rng, rng.choice(["DE", "NL", "BE", "AT", "LU"]))), f" (export buyer), ref {rs(rng, 3, UP)}{digits(rng, 6)}\n")
    d("Vehicle sold AS IS, WHERE IS. Title to be delivered within 15 days.\n\n")
    d("Seller signature: ", PER(s.show(rng, "full")), "   Date: ", DT(fdate(rng, dd, "us", "us")), "\n")
    d("Buyer signature:  ", PER(b.show(rng, "full")), "   Date: ", DT(fdate(rng, dd, "us", "us")), "\n")
    if chance(rng, 0.4):
        d("Acknowledged before me, ", PER(nt.show(rng, "full")), ", Notary Public; commission expires ", DT(fdate(rng, rdate(rng, 2026, 2029), "us", "us")), "\n")
    return d


# 27 ------------------------------------------------------------------------
@domain("climbing_gym_waiver")
def dom_waiver(rng):
    d = Doc()
    cc = any_cc(rng, 4)
    par, k1, k2, ec = people(rng, 4)
    k1.last = par.last
    k2.last = par.last
    a = addr(rng, cc)
    gym = rng.choice(["Granite Arch Climbing", "Boulder Barn", "Crux Collective", "Overhang Gym"])
    sd = rdate(rng, 2024, 2025)
    loc = "us" if cc == "US" else "uk"
    d(f"{gym} — RELEASE OF LIABILITY, WAIVER OF CLAIMS & ASSUMPTION OF RISK (electronic)\n")
    d(f"Waiver ID: {uuid(rng)}   Template v{rng.randint(3, 9)}\n\n")
    d("Participant / Guardian: ", PER(par.show(rng, rng.choice(["full", "mi", "lower"]))), "\n")
    d("Date of birth: ", DOB(fdate(rng, rdob(rng, 1965, 2000), loc)), "\n")
    d("Email: ", EM(email_for(rng, par)), "   Mobile: ", PH(phone(rng, cc)), "\n")
    d("Address: ", ADDR(a.line), "\n")
    d("Minors covered by this waiver:\n")
    for kid in ([k1, k2] if chance(rng, 0.5) else [k1]):
        d("  - ", PER(kid.show(rng, rng.choice(["full", "first"]))), "  DOB ", DOB(fdate(rng, rdob(rng, 2010, 2019), loc)), "\n")
    d("Emergency contact: ", PER(ec.show(rng, "full")), " — ", PH(phone(rng, cc)), "\n")
    if cc == "US" and chance(rng, 0.35):
        st = rng.choice(["CA", "NY", "FL", "TX", "IL", "WA", "AZ", "OH", "PA"])
        d("Photo ID checked at desk: DL ", DL(dl_no(rng, st)), " (", LOC(st), ")\n")
    d(f"Medical conditions / allergies: {rng.choice(['asthma (inhaler in bag)', 'none', 'peanut allergy (EpiPen)', 'previous shoulder dislocation'])}\n")
    d(f"How did you hear about us? {rng.choice(['Instagram', 'friend', 'Google'])}")
    if chance(rng, 0.4):
        d(" — ", PER(person(rng).show(rng, "first")), " from work")
    d("\n\nI have read this agreement, understand that rock climbing is inherently dangerous, and sign voluntarily.\n")
    d("Signed: /s/ ", PER(par.show(rng, "full")), "\n")
    d("Signed on ", DT(fdt(rng, sd, *rtime(rng, 8, 21), "us" if cc == "US" else "uk", "us" if cc == "US" else "slash")), " from IP ", IP(ip_any(rng)), f" (device: {rng.choice(['iPad kiosk 2', 'Android', 'Chrome/122'])})\n")
    d("Expires: ", DT(fdate(rng, sd.replace(year=sd.year + 1) if not (sd.month == 2 and sd.day == 29) else sd + timedelta(days=365), loc)), "\n")
    return d


# 28 ------------------------------------------------------------------------
@domain("celery_worker_log")
def dom_celery(rng):
    d = Doc()
    dd = rdate(rng)
    dom = rng.choice(ORG_DOMAINS)
    clk = Clock(rng, dd)
    def L(lvl, proc, *parts):
        d("[", clk("space", 0, 30), f": {lvl}/{proc}] ")
        d(*parts)
        d("\n")
    rpw = password(rng)
    rip = ipv4(rng, True)
    L("INFO", "MainProcess", "Connected to redis://:", PWD(rpw), "@", IP(rip), ":6379/0")
    L("INFO", "MainProcess", "mingle: searching for neighbors")
    L("INFO", "MainProcess", f"celery@worker-{rng.randint(1, 9)} ready.")
    tid = uuid(rng)
    task = rng.choice(["billing.tasks.send_invoice", "notify.tasks.send_welcome", "crm.tasks.sync_contact"])
    L("INFO", "MainProcess", f"Task {task}[{tid}] received")
    p = person(rng)
    pem_ = chance(rng, 0.15)
    k = rng.random()
    if k < 0.5:
        L("ERROR", "ForkPoolWorker-2", f"Task {task}[{tid}] raised unexpected: SMTPAuthenticationError(535, b'5.7.8 Username and Password not accepted.')")
        d("Traceback (most recent call last):\n")
        d(f'  File "/app/{task.split(".")[0]}/tasks.py", line {rng.randint(20, 300)}, in {task.split(".")[-1]}\n')
        d('    smtp.login("', EM(f"{task.split('.')[0]}@{dom}"), '", "', PWD(password(rng)), '")\n')
        d('  File "/usr/local/lib/python3.11/smtplib.py", line 750, in login\n    raise last_exception\n')
    else:
        L("ERROR", "ForkPoolWorker-1", f"Task {task}[{tid}] raised unexpected: HTTPError('401 Client Error: Unauthorized for url: ",
          URL(url(rng, None, "/v3/contacts")), "')")
    L("WARNING", "ForkPoolWorker-2", f"Retrying {task}(customer_id={rng.randint(1000, 999999)}, email='", EM(email_for(rng, p)), "', name='",
      PER(p.show(rng, rng.choice(["full", "full", "lower"]))), f"') in {rng.choice([30, 60, 120])}s")
    if chance(rng, 0.6):
        skind = rng.choice(["sendgrid", "mailgun", "twilio", "bearer", "openai"])
        L("DEBUG", "ForkPoolWorker-3", f"crm.client init kwargs={{'api_key': '", SEC(generic_secret(rng, skind)), "', 'base_url': '",
          URL(url(rng, None, "/api")), "', 'timeout': 10}")
    if chance(rng, 0.3):
        L("DEBUG", "ForkPoolWorker-3", "webhook payload {'phone': '", PH(phone(rng, rng.choice(["US", "UK", "BR", "IN"]))), "', 'ip': '", IP(ip_any(rng)), "'}")
    if pem_:
        L("DEBUG", "MainProcess", "loaded signing key from env SIGNING_KEY_PEM:")
        d(PEM(pem(rng, "EC PRIVATE KEY")), "\n")
    L("INFO", "ForkPoolWorker-1", f"Task crm.tasks.sync_contact[{uuid(rng)}] succeeded in {rng.uniform(0.1, 9):.3f}s: {{'updated': {rng.randint(0, 90)}}}")
    L("INFO", "Beat", f"Scheduler: Sending due task nightly-report (reports.tasks.nightly)")
    return d


# 29 ------------------------------------------------------------------------
@domain("mft_partner_onboarding")
def dom_mft(rng):
    d = Doc()
    c, ours = people(rng, 2)
    partner = rng.choice(["Atlas Freight", "Northwind Clinics", "Lumen Bank", "Tallgrass Benefits"])
    pdom = rng.choice(ORG_DOMAINS)
    sip = ipv4(rng, False)
    d(f"Subject: SFTP onboarding — {partner}\n\n")
    d("Hi ", PER(c.first), ",\n\nAs discussed, here are the connection details for the eligibility feed:\n\n")
    d(f"  Host:      sftp.{rng.choice(['harborline.net', 'meridianlabs.dev', 'quillpay.com'])} (", IP(sip), ")\n  Port:      22\n")
    uname = fold(partner)[:8] + "_ftp"
    d(f"  Username:  {uname}\n  Temporary password: ", PWD(password(rng)), "  (you'll be asked to change it at first login)\n")
    d("  Allowed source IPs: ", IP(ipv4(rng, False)), "/32, ", IP(ipv4(rng, False)), "/29\n")
    d(f"  Files:     /upload/eligibility_YYYYMMDD.csv, PGP-encrypted to key 0x{rs(rng, 16, HEX).upper()}\n")
    d("  Go-live:   ", DT(fdate(rng, rdate(rng, 2024, 2025), "us", rng.choice(["long", "us"]))), "\n\n")
    if chance(rng, 0.3):
        d("If you prefer key auth, this is the throwaway key we generated for the test user (please don't reuse):\n", PEM(pem(rng, "OPENSSH PRIVATE KEY")), "\n\n")
    d("Best,\n")
    sig(d, rng, ours, "Integration Engineering", pdom)
    d("\n---- sshd log excerpt (first test) ----\n")
    dd = rdate(rng)
    clk = Clock(rng, dd)
    for _ in range(rng.randint(3, 6)):
        k = rng.random()
        pid = rng.randint(1000, 60000)
        d(clk("syslog", 1, 300), " sftp01 ")
        if k < 0.35:
            d(f"sshd[{pid}]: Accepted password for {uname} from ", IP(ipv4(rng, False)), f" port {rng.randint(30000, 65000)} ssh2")
        elif k < 0.6:
            d(f'internal-sftp[{pid}]: open "/upload/eligibility_{dd.strftime("%Y%m%d")}.csv.pgp" flags WRITE,CREATE,TRUNCATE mode 0644')
        elif k < 0.8:
            d(f"sshd[{pid}]: Failed password for invalid user admin from ", IP(ip_any(rng)), f" port {rng.randint(30000, 65000)} ssh2")
        else:
            d(f'internal-sftp[{pid}]: close "/upload/eligibility.csv.pgp" bytes read 0 written {rng.randint(1000, 900000)}')
        d("\n")
    return d


# 30 ------------------------------------------------------------------------
@domain("ach_batch_report")
def dom_ach(rng):
    d = Doc()
    co = rng.choice(["TALLGRASS ENERGY PAYROLL", "HARBORLINE LOGISTICS", "SUMMIT RIDGE CLINIC", "COPPER KETTLE FOODS"])
    prep, appr = people(rng, 2)
    ed = rdate(rng)
    d(f"ACH Batch Detail Report — Originator: {co}    Company ID: 1{digits(rng, 9)}\n")
    d(f"Batch #: {rng.randint(1, 9999):07d}    SEC: PPD    Entry class: PAYROLL    Effective date: ", DT(fdate(rng, ed, "us", "us")), "\n")
    d(f"File ID modifier: {rng.choice(UP)}   Immediate destination: {aba(rng)}\n\n")
    d(f"{'Trace Number':<17}{'Receiver Name':<24}{'Routing':<11}{'Account':<19}{'Type':<6}{'Amount':>12}\n")
    tot = 0
    for _ in range(rng.randint(3, 7)):
        p = person(rng)
        nm = p.show(rng, rng.choice(["caps", "capslf2"]))[:22].rstrip(" ,")
        amt = rng.uniform(400, 6000)
        tot += amt
        acc = digits(rng, rng.randint(6, 14))
        d(f"{rng.choice('012')}{digits(rng, 14):<16}", PER(nm), " " * (24 - len(nm)), f"{aba(rng):<11}", ACCT(acc), " " * (19 - len(acc)),
          f"{rng.choice(['CHK', 'CHK', 'SAV']):<6}{amt:>12,.2f}\n")
    d(f"\nBatch total: {tot:,.2f}   Entry hash: {digits(rng, 10)}\n")
    if chance(rng, 0.5):
        p = person(rng)
        d("\nReturn notice: R03 No account/unable to locate — ", PER(p.show(rng, "caps")), ", account ", ACCT(digits(rng, 10)),
          ", original trace ", rng.choice("012") + digits(rng, 14), "\n")
    d("\nPrepared by: ", PER(prep.show(rng, "full")), "    Approved by: ", PER(appr.show(rng, "full")), "  (dual control)\n")
    return d


# 31 ------------------------------------------------------------------------
JA_NAMES = [("田中", "美咲", "Tanaka", "Misaki"), ("佐藤", "健太", "Sato", "Kenta"), ("鈴木", "陽菜", "Suzuki", "Hina"),
            ("高橋", "大翔", "Takahashi", "Hiroto"), ("伊藤", "結衣", "Ito", "Yui"), ("渡辺", "蓮", "Watanabe", "Ren"),
            ("山本", "さくら", "Yamamoto", "Sakura"), ("中村", "悠真", "Nakamura", "Yuma")]
JA_ADDR = ["大阪府大阪市北区梅田1-2-3", "東京都渋谷区神宮前4-5-6 グランドメゾン301", "京都府京都市中京区河原町通三条上ル2-11",
           "北海道札幌市中央区南3条西4丁目1-1", "福岡県福岡市博多区中洲2-8-14", "神奈川県横浜市中区山下町22-5"]


@domain("ryokan_reservation_ja_en")
def dom_ryokan(rng):
    d = Doc()
    ryokan = rng.choice(["旅館かすみ", "箱根 翠山荘", "湯宿 月見亭", "城崎 ゆとりや"])
    town = rng.choice(["神奈川県箱根町", "兵庫県豊岡市城崎町", "静岡県熱海市", "群馬県吾妻郡草津町"])
    ci = rdate(rng, 2024, 2026)
    co = ci + timedelta(days=rng.randint(1, 3))
    domestic = chance(rng, 0.5)
    d(f"件名: ご予約確認 / Reservation Confirmation — {ryokan}\n\n")
    if domestic:
        ln, fn, rl, rf = rng.choice(JA_NAMES)
        d(PER(f"{ln} {fn}" if chance(rng, 0.5) else f"{ln}{fn}"), " 様\n\n")
        d(f"この度は{ryokan}をご予約いただき、誠にありがとうございます。当館は", LOC(town), "にございます。\n")
        d(f"■ご予約番号: {rng.randint(2400, 2699)}-{digits(rng, 4)}\n")
        d("■ご宿泊日: ", DT(fdate(rng, ci, "ja", "ja")), " 〜 ", DT(fdate(rng, co, "ja", "ja")), f"（{(co - ci).days}泊）\n")
        d("■チェックイン: ", DT(f"{rng.choice([15, 16])}:00"), "〜 / チェックアウト: ", DT("10:00"), "\n")
        d(f"■人数: 大人{rng.randint(1, 4)}名\n■お部屋: 露天風呂付き和室\n")
        d("■代表者: ", PER(f"{rl.upper()} {rf}" if chance(rng, 0.5) else f"{ln} {fn}"), " 様 / 電話: ", PH(phone(rng, "JP")), "\n")
        d("■メール: ", EM(f"{rf.lower()}.{rl.lower()}{rng.randint(1, 99)}@{rng.choice(['docomo.ne.jp', 'gmail.com', 'yahoo.co.jp', 'ezweb.ne.jp'])}"), "\n")
        d(f"■郵便番号: {rng.randint(100, 999)}-{rng.randint(1000, 9999)}\n■ご住所: ", ADDR(rng.choice(JA_ADDR)), "\n")
        d(f"■お支払い: クレジットカード（VISA ****-****-****-{digits(rng, 4)}）\n\n")
        d("ご不明な点は ", PH(phone(rng, "JP")), " までお問い合わせください。\n")
    else:
        cc = rng.choice(["US", "UK", "AU", "DE", "FR", "CA"])
        g = person(rng, {"DE": "de", "FR": "fr"}.get(cc, "en"))
        a = addr(rng, cc)
        d("Dear ", g.title(rng, "en"), " ", PER(g.last), ",\n\n")
        d(f"Thank you for booking {ryokan}. We are located in ", LOC(town), " (about 90 minutes from Tokyo by train).\n\n")
        d(f"Confirmation no.: {rng.randint(2400, 2699)}-{digits(rng, 4)}\n")
        d("Guest: ", PER(g.show(rng, rng.choice(["full", "caps", "lf"]))), "\n")
        d("Check-in: ", DT(fdt(rng, ci, rng.choice([15, 16]), 0, "us", rng.choice(["long", "wd"]))), "\n")
        d("Check-out: ", DT(fdt(rng, co, 10, 0, "us", "long")), "\n")
        d("Dinner: ", DT(ftime(rng, rng.choice([18, 19]), rng.choice([0, 30]), "us")), " in your room (kaiseki, one vegetarian)\n")
        d("Phone on file: ", PH(phone(rng, cc)), "   Email: ", EM(email_for(rng, g)), "\n")
        d("Home address: ", ADDR(a.line), "\n")
        if chance(rng, 0.3):
            d("Card provided by guest for guarantee: ", CC(card(rng)), " (will be masked after check-in)\n")
        d(f"Payment: guaranteed by card ending {digits(rng, 4)}; balance of ¥{rng.randint(30, 190) * 1000:,} payable on arrival.\n\n")
        d(f"日本語: ご到着を心よりお待ちしております。\n")
    d(f"{ryokan} 予約係 ", PER(rng.choice(JA_NAMES)[0]), "\n")
    return d


# 32 ------------------------------------------------------------------------
@domain("finanzamt_letter_de")
def dom_finanzamt(rng):
    d = Doc()
    p = person(rng, "de")
    sp = person(rng, "de")
    sb = person(rng, "de")
    a = addr(rng, "DE")
    fa = addr(rng, "DE")
    dd = rdate(rng, 2024, 2025)
    d("Finanzamt\n", ADDR(fa.line), "\n\n")
    d(p.title(rng, "de") if p.g == "f" else "Herrn", "\n", PER(p.show(rng, rng.choice(["full", "full", "caps"]))), "\n", ADDR(a.block), "\n\n")
    d(f"Steuernummer: {rng.randint(100, 299)}/{rng.randint(100, 999)}/{digits(rng, 5)}\n")
    if chance(rng, 0.3):
        d(f"Identifikationsnummer: {rng.randint(10, 99)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}\n")
    d("Datum: ", DT(fdate(rng, dd, "de")), "\n\n")
    d(f"Bescheid für {dd.year - 1} über Einkommensteuer und Solidaritätszuschlag\n\n")
    d("Sehr geehrte" + ("r Herr " if p.g == "m" else " Frau "), PER(p.last), ",\n\n")
    if chance(rng, 0.6):
        d("Sie werden zusammen mit Ihre" + ("r Ehefrau " if p.g == "m" else "m Ehemann "), PER(sp.show(rng, "full")), ", geb. ",
          DOB(fdate(rng, rdob(rng, 1950, 1998), "de", "loc_num")), ", zur Einkommensteuer veranlagt.\n")
    est = rng.uniform(800, 20000)
    d(f"Festgesetzt werden: Einkommensteuer {money(rng, 800, 20000, '€')}, Solidaritätszuschlag 0,00 €.\n")
    refund = chance(rng, 0.6)
    if refund:
        d(f"Der Erstattungsbetrag von {money(rng, 50, 3000, '€')} wird auf das Konto IBAN ", IBAN(iban(rng, "DE")),
          f" (BIC {rng.choice(['WELADED1LEI', 'COBADEFFXXX', 'DEUTDEDBLEG', 'GENODEF1S12'])}) überwiesen.\n")
    else:
        d(f"Bitte zahlen Sie {money(rng, 50, 3000, '€')} bis zum ", DT(fdate(rng, dd + timedelta(days=30), "de")),
          " auf das Konto der Finanzkasse, IBAN ", IBAN(iban(rng, "DE")), ".\n")
    d("\nRechtsbehelfsbelehrung: Der Bescheid kann mit dem Einspruch angefochten werden. Der Einspruch ist bis zum ",
      DT(fdate(rng, dd + timedelta(days=33), "de")), " schriftlich oder elektronisch über ", URL("https://www.elster.de/eportal/start"), " einzulegen.\n\n")
    d("Ihr" + ("e Sachbearbeiterin: Frau " if sb.g == "f" else " Sachbearbeiter: Herr "), PER(sb.last), ", Telefon ", PH(phone(rng, "DE")),
      f", Zimmer {rng.randint(100, 499)}\n")
    if chance(rng, 0.4):
        d("Termine nur nach Vereinbarung, z. B. am ", DT(fdt(rng, dd + timedelta(days=rng.randint(5, 20)), *rtime(rng, 8, 12), "de")), ".\n")
    return d


# 33 ------------------------------------------------------------------------
@domain("bike_share_support_chat")
def dom_bikeshare(rng):
    d = Doc()
    r, ag = people(rng, 2)
    co = rng.choice(["CitiSpin", "Loop Bikes", "PedalShare", "Velo Metro"])
    rd = rdate(rng, 2024, 2025)
    h, m = rng.randint(8, 21), rng.randint(0, 40)
    lc = chance(rng, 0.6)
    def ln(who):
        nonlocal h, m
        m += rng.randint(0, 2)
        if m >= 60:
            h, m = h + 1, m - 60
        d(f"[{h:02d}:{m:02d}] ", who, ": ")
    d(f"Chat transcript — {co} Rider Support (channel: in-app)\n\n")
    ln("Bot"); d("Hi! To find your account, what's the email you signed up with?\n")
    ln("Rider"); d(EM(email_for(rng, r)), "\n")
    ln(["Agent ", PER(ag.first)]); d("Thanks ", PER(r.first), "! I see ride #R-", digits(rng, 6), " on ", DT(fdate(rng, rd, "us", rng.choice(["abbr", "usnp"]))),
                                     f" from station {rng.randint(1000, 9999)} to {rng.randint(1000, 9999)}, 2h {rng.randint(10, 59)}m, charged {money(rng, 20, 60)}.\n")
    ln("Rider"); t = ftime(rng, *rtime(rng, 8, 20), "us")
    d("i docked it at " if lc else "I docked it at ", DT(t.lower() if lc else t), "!! the dock light was red, i have a photo\n")
    ln(["Agent ", PER(ag.first)]); d(f"Sorry about that. I've refunded {money(rng, 10, 40)} to the card ending {digits(rng, 4)}.\n")
    ln("Rider"); d("thx. can u also change my phone to " if lc else "Thanks. Can you also change my phone to ", PH(phone(rng, rng.choice(["US", "US", "UK", "CA"]))))
    if chance(rng, 0.5):
        wrong = r.first[:-1] + rng.choice("aeiy") if len(r.first) > 3 else r.first + "e"
        d(" and my name is spelled ", PER(r.show(rng, "full")), " not ", PER(f"{wrong} {r.last}"))
    d("\n")
    ln(["Agent ", PER(ag.first)]); d("Done! Your member account is ", ACCT(digits(rng, rng.randint(8, 10))), ". Anything else?\n")
    if chance(rng, 0.4):
        ln("Rider"); d("when does my annual pass renew? app says ", DT(fdate(rng, rd + timedelta(days=rng.randint(30, 200)), "us", "long")), "\n")
    ln("Bot"); d("This chat has ended. Rate your experience: ", URL(url(rng, rng.choice(["pedalshare.com", "loopbikes.co"]), "/survey?c=" + rs(rng, 8, LO + DG))), "\n")
    return d


# 34 ------------------------------------------------------------------------
@domain("deposition_transcript")
def dom_deposition(rng):
    d = Doc()
    w, pl_att, def_att, rep = people(rng, 4)
    wife, wife_rel = kin(rng, [("wife", "f"), ("husband", "m"), ("partner", None)])
    son, son_rel = kin(rng, [("son", "m"), ("daughter", "f")])
    wife.last = son.last = w.last
    dd = rdate(rng, 2024, 2025)
    a = addr(rng, "US")
    d("UNITED STATES DISTRICT COURT\n\n", PER(w.show(rng, "caps")), f",\n     Plaintiff,\n  v.                                  Civil Action No. {rng.randint(1, 9)}:{dd.year % 100}-cv-{digits(rng, 5)}\n")
    d(f"{rng.choice(['HARBORLINE LOGISTICS, INC.', 'ATLAS FREIGHT LLC', 'TALLGRASS ENERGY CO.'])},\n     Defendant.\n\n")
    d("DEPOSITION OF ", PER(w.show(rng, "caps")), "\n")
    d("Taken on ", DT(fdt(rng, dd, rng.choice([9, 10, 13]), rng.randint(0, 59), "us", "wd")), "\n")
    d("At: ", ADDR(addr(rng, "US", 0.6).line), "\nReported by: ", PER(rep.show(rng, "full")), f", CSR No. {rng.randint(1000, 14999)}\n\n")
    d("APPEARANCES:\n  For Plaintiff: ", PER(pl_att.show(rng, "full")), ", Esq., ", EM(email_for(rng, pl_att, rng.choice(["lawgroup.com", "trialfirm.law"]))), "\n")
    d("  For Defendant: ", PER(def_att.show(rng, "full")), f", Esq., {rng.choice(['Baker McKenzie', 'Morgan, Lewis & Bockius', 'Jones Day'])}\n\n")
    lines = []
    lines.append(["Q.  Please state your full name for the record."])
    lines.append(["A.  ", PER(w.show(rng, rng.choice(["full", "mi"]))), "."])
    lines.append(["Q.  And your date of birth?"])
    lines.append(["A.  ", DOB(fdate(rng, rdob(rng, 1950, 1995), "us", rng.choice(["long", "us"]))), "."])
    lines.append(["Q.  Where do you currently reside?"])
    lines.append(["A.  ", ADDR(a.line), "."])
    lines.append(["Q.  Who lives there with you?"])
    lines.append([f"A.  My {wife_rel}, ", PER(wife.first), f", and our {son_rel} ", PER(son.first), f". And the dog, {rng.choice(PETS)}."])
    lines.append(["Q.  On ", DT(fdate(rng, dd - timedelta(days=rng.randint(200, 900)), "us", "long")), ", where were you employed?"])
    lines.append(["A.  At the warehouse in ", LOC(city_loc(rng, "US", "city")), ". Second shift."])
    lines.append(["Q.  Who was your supervisor?"])
    sup = person(rng)
    lines.append(["A.  ", PER(sup.show(rng, rng.choice(["full", "first"]))), f". Everybody called {'her' if sup.g == 'f' else 'him'} ", rng.choice(["Boss", "Coach", "Sarge"]), "."])
    lines.append(["MR. " if def_att.g == "m" else "MS. ", PER(def_att.last.upper()), ":  Objection, form."])
    start = rng.randint(1, 6)
    d(f"                                                    Page {rng.randint(4, 12)}\n")
    for i, ln_ in enumerate(lines):
        d(f"{start + i:>2}   ", ln_, "\n")
    return d


# 35 ------------------------------------------------------------------------
@domain("wage_garnishment_order")
def dom_garnish(rng):
    d = Doc()
    emp, obl, clerk, hr = people(rng, 4)
    ea = addr(rng, "US", 0.3)
    oa = addr(rng, "US", 0.3)
    od = rdate(rng, 2024, 2025)
    d("INCOME WITHHOLDING FOR SUPPORT  (OMB 0970-0154)\n")
    d(f"[X] ORIGINAL   [ ] AMENDED   Date: ", DT(fdate(rng, od, "us", "us")), "\n")
    d(f"State/Tribe/Territory: ", LOC(US_STATES[ea.region] if ea.region in US_STATES else "Ohio"), f"   Remittance ID: {digits(rng, 10)}\n")
    d(f"Order ID: {digits(rng, 12)}   Case ID: {rs(rng, 2, UP)}{digits(rng, 8)}\n\n")
    d(f"Employer/Income Withholder's Name: {rng.choice(['Copper Kettle Foods Inc', 'Atlas Freight LLC', 'Summit Ridge Health'])}\n")
    d("Employer Address: ", ADDR(ea.line), f"\nEmployer FEIN: {rng.randint(10, 99)}-{digits(rng, 7)}\n\n")
    d("Employee/Obligor's Name (Last, First, MI): ", PER(obl.show(rng, rng.choice(["capslf", "lfm"]))), "\n")
    d("Employee/Obligor's SSN: ", SSN(ssn(rng)), "\n")
    d("Employee/Obligor's Date of Birth: ", DOB(fdate(rng, rdob(rng, 1960, 2000), "us", "us")), "\n")
    d("Custodial Party/Obligee's Name: ", PER(emp.show(rng, "lf")), "\n")
    d("Obligor's mailing address: ", ADDR(oa.line), "\n\n")
    d(f"ORDER INFORMATION: You are required to withhold {money(rng, 80, 600)} per week in current child support and {money(rng, 10, 150)} per week in past-due support.\n")
    d("Begin withholding no later than the first pay period that occurs 14 days after ", DT(fdate(rng, od, "us", "long")), ".\n")
    sc, sst, sz = rng.choice(US_CITIES)
    d("Remit payment to: State Disbursement Unit, ", ADDR(f"P.O. Box {rng.randint(1000, 99999)}, {sc}, {sst} {sz}{rng.randint(10, 99)}"), f" (FIPS {digits(rng, 7)})\n\n")
    d("Issuing official: ", PER(clerk.show(rng, "full")), ", Deputy Clerk    Phone: ", PH(phone(rng, "US")), "\n")
    if chance(rng, 0.6):
        d("\n--- HR note ---\nforwarded to payroll (", PER(hr.show(rng, "first")), ", ", EM(email_for(rng, hr, rng.choice(ORG_DOMAINS))),
          "). Employee notified ", DT(fdate(rng, od + timedelta(days=rng.randint(1, 9)), "us", "usnp")), "; employee ID ", f"E{digits(rng, 5)}", " (not SSN)\n")
    return d


# 36 ------------------------------------------------------------------------
@domain("phishing_report_email")
def dom_phish(rng):
    d = Doc()
    u, an = people(rng, 2)
    odom = rng.choice(ORG_DOMAINS)
    bad_dom = rng.choice(["secure-payroll-verify.com", "m1crosoft-support.net", "docsign-review.info", "wellsfargo-alerts.co"])
    bip = ipv4(rng, False)
    dd = rdate(rng)
    d("From: ", PER(u.show(rng, "full")), " <", EM(email_for(rng, u, odom)), ">\n")
    d("To: ", EM(f"phishing@{odom}"), "\nDate: ", email_date_header(rng, dd), "\nSubject: FW: Action required: verify your direct deposit\n\n")
    d(rng.choice(["Reporting this, looks fake. I did NOT click.\n\n", "Pretty sure this is phishing — I clicked the link but didn't enter anything (sorry!!)\n\n"]))
    d("---------- Forwarded message ---------\n")
    d("Received: from mail.", bad_dom, " ([", IP(bip), "]) by mx1.", odom, f" with ESMTPS id {rs(rng, 12, AN)}; ", email_date_header(rng, dd), "\n")
    d("X-Originating-IP: [", IP(ipv4(rng, False)), "]\n")
    d("Return-Path: <", EM(f"{rng.choice(['hr-payroll', 'no-reply', 'benefits'])}@{bad_dom}"), ">\n")
    d(f"Authentication-Results: spf=softfail; dkim=none; dmarc=fail\n\n")
    d("Dear ", PER(u.first), ",\n\nOur records show your direct deposit information for the upcoming payroll on ",
      DT(fdate(rng, dd + timedelta(days=rng.randint(1, 6)), "us", "long")), " is incomplete. Log in before ",
      DT(fdt(rng, dd + timedelta(days=1), rng.choice([17, 23]), rng.choice([0, 59]), "us", "us")), " to avoid delays:\n\n   ",
      URL(f"https://{bad_dom}/{rng.choice(['login', 'verify', 'secure/auth'])}?session={rs(rng, 16, LO + DG)}"), "\n\n")
    d(f"Payroll Department\n{rng.choice(BRANDS_PERSONLIKE)} HR Services\n\n")
    d("---- SOC reply ----\n")
    d("Thanks ", PER(u.first), " — confirmed malicious. Sender IP ", IP(bip), " blocked, URL added to proxy deny list. ")
    if chance(rng, 0.5):
        d("Since you clicked, we reset your password; your temporary one is ", PWD(password(rng)), " (change at next login). ")
    d("Ticket ", ticket_no(rng), ".\n", PER(an.show(rng, "full")), ", Security Operations, ", PH(phone(rng, "US")), "\n")
    return d


# 37 ------------------------------------------------------------------------
@domain("sports_preparticipation_physical")
def dom_ppe(rng):
    d = Doc()
    kid, par, doc_ = people(rng, 3)
    kid.last = par.last
    a = addr(rng, "US")
    ed = rdate(rng, 2024, 2025)
    kdob = rdob(rng, 2007, 2013)
    d("PREPARTICIPATION PHYSICAL EVALUATION — HISTORY & PHYSICAL FORM\n")
    d("Student name: ", PER(kid.show(rng, rng.choice(["full", "lf", "caps"]))), f"    Grade: {rng.randint(7, 12)}    Sex: {'F' if kid.g == 'f' else 'M'}\n")
    d("Date of birth: ", DOB(fdate(rng, kdob, "us", rng.choice(["us", "usnp"]))), "    Age: ", str(age_on(kdob, ed)), "\n")
    d(f"School: {rng.choice(['Lincoln High School', 'Roosevelt Middle School', 'St. Agnes Academy', 'Jefferson Charter'])}    Sport(s): {rng.choice(['soccer, track', 'football', 'volleyball', 'wrestling', 'basketball'])}\n")
    d("Address: ", ADDR(a.line), "\n")
    d("Parent/guardian: ", PER(par.show(rng, "full")), "    Phone: ", PH(phone(rng, "US")), "    Email: ", EM(email_for(rng, par)), "\n")
    d(f"Insurance: {rng.choice(['BCBS', 'Aetna', 'Medicaid', 'Ambetter'])}    Policy/Member #: ", HPN(hpn(rng)), "\n\n")
    d("HISTORY: Has a doctor ever denied or restricted participation? N. Chest pain with exercise? N. Concussion history? ",
      rng.choice(["Y — 1 (2023, resolved)", "N"]), ". Family hx sudden death <50? N.\n")
    d(f"EXAM: Ht {rng.randint(55, 75)} in  Wt {rng.randint(80, 220)} lb  BP {rng.randint(100, 135)}/{rng.randint(60, 85)}  Pulse {rng.randint(55, 95)}  "
      f"Vision R 20/{rng.choice([20, 25, 30])} L 20/{rng.choice([20, 25, 40])}\n")
    d("Murmurs: none (supine/standing). MSK: full ROM. Skin: no MRSA/HSV lesions.\n\n")
    d(f"CLEARANCE: [{rng.choice(['X', ' '])}] Cleared for all sports without restriction\n")
    d("Examiner: ", PER(doc_.show(rng, "full")), rng.choice([", MD", ", DO", ", PA-C", ", FNP"]), f"   NPI {npi(rng)}   Date of exam: ",
      DT(fdate(rng, ed, "us", "us")), "\n")
    d("Valid through: ", DT(fdate(rng, ed + timedelta(days=365), "us", "us")), "\n")
    return d


# --------------------------------------------------------------------------- negative domains
NEG_W = 0.69


@domain("neg_aircraft_maintenance_log", NEG_W, True)
def neg_aircraft(rng):
    d = Doc()
    tail = f"N{rng.randint(100, 999)}{rs(rng, 2, UP)}"
    typ = rng.choice(["A320-214", "B737-8", "E175", "A321neo", "B787-9"])
    st = rng.choice(IATA)
    dd = rdate(rng)
    d(f"AIRCRAFT TECHNICAL LOG — {tail} / {typ} MSN {rng.randint(1000, 9999)}\n")
    d(f"Station: {st}   Check: {rng.choice(['Daily', 'A-check', 'Weekly', 'Transit'])}   WO# {dd.year}-{digits(rng, 6)}\n\n")
    items = [
        lambda: f"ATA 32-41  Brake wear pin #{rng.randint(1, 4)} at limit — replaced P/N 2-{rng.randint(1000, 9999)}-{rng.randint(1, 9)}, S/N BX{digits(rng, 5)}. Ref AMM 32-42-27-000-801-A.",
        lambda: f"ATA 21-51  Pack {rng.randint(1, 2)} temp fluctuation on climb. Ops check IAW TSM 21-51-00-810-801 NIL fault. Deferred MEL 21-51-01 Cat C.",
        lambda: f"ATA 49-90  APU oil serviced {rng.randint(1, 3)} qt. APU hrs {rng.randint(5000, 30000):,}.{rng.randint(0, 9)} / cyc {rng.randint(3000, 20000):,}.",
        lambda: f"ATA 33-42  L/H nav light inop — lamp replaced, P/N 30-{digits(rng, 4)}-{rng.randint(1, 9)}, ops check good.",
        lambda: f"ATA 25-21  Seat {rng.randint(1, 40)}{rng.choice('ABCDEF')} recline inop, placarded INOP per CDL. Parts on order PO {digits(rng, 8)}.",
        lambda: f"ATA 12-13  Engine oil uplift ENG1 {rng.randint(1, 4)} qt / ENG2 {rng.randint(1, 4)} qt (Mobil Jet Oil II).",
        lambda: f"ATA 28-00  Fuel on board {rng.randint(3000, 22000):,} kg; density 0.{rng.randint(780, 820)}.",
        lambda: f"ATA 34-11  Pitot probe heater CB popped, reset IAW FIM 34-11-00, BITE test pass. Software {version(rng)}.",
    ]
    clk = Clock(rng, dd)
    sty = rng.choice(["iso", "bracket", "space"])
    for f in rng.sample(items, rng.randint(4, 7)):
        d(clk(sty, 120, 2400), "  ", f(), f"  Tech ID {rng.randint(1000, 9999)} / Insp ID {rng.randint(1000, 9999)}\n")
    d(f"\nFlight {rs(rng, 2, UP)}{rng.randint(10, 3999)} {rng.choice(IATA)}-{rng.choice(IATA)} released {rng.randint(10, 90)} min late; CRS signed. Next A-check due in {rng.randint(40, 600)} FH.\n")
    d(f"Total deferred items open: {rng.randint(0, 5)}. Log page {rng.randint(100000, 999999)} (carbon copy retained).\n")
    return d


@domain("neg_cpt_fee_schedule", NEG_W, True)
def neg_fee_schedule(rng):
    d = Doc()
    d(f"# {rng.choice(['Commercial', 'Medicaid', 'Workers Comp'])} fee schedule CY{rng.randint(2023, 2026)} — locality {rng.randint(1, 99):02d}, conversion factor {rng.uniform(30, 40):.4f}\n")
    d(f"# billing NPI {npi(rng)}  group no. {rs(rng, 1, UP)}{digits(rng, 6)}  TIN {rng.randint(10, 99)}-{digits(rng, 7)}  schedule v{version(rng).lstrip('v')}\n")
    csv_row(d, ["cpt", "mod", "description", "work_rvu", "pe_rvu", "mp_rvu", "allowed", "icd10_crosswalk"])
    desc = {"99213": "Office/outpatient visit est, low MDM", "99214": "Office/outpatient visit est, moderate MDM",
            "97110": "Therapeutic exercise, each 15 min", "97530": "Therapeutic activities, each 15 min",
            "93306": "TTE complete w/ Doppler", "11730": "Avulsion of nail plate, single", "90837": "Psychotherapy, 60 min",
            "90791": "Psychiatric diagnostic evaluation", "99203": "New pt visit, low MDM", "97165": "OT eval, low complexity",
            "20610": "Arthrocentesis, major joint", "36415": "Routine venipuncture", "80053": "Comprehensive metabolic panel",
            "85025": "CBC w/ auto diff", "71046": "Chest x-ray, 2 views", "93000": "ECG w/ interpretation",
            "97140": "Manual therapy, each 15 min", "97166": "OT eval, moderate complexity", "97535": "Self-care/home mgmt training",
            "11721": "Debridement of nails, 6 or more"}
    for c in rng.sample(CPT, rng.randint(6, 12)):
        csv_row(d, [c, rng.choice(["", "", "GP", "GO", "25", "59", "KX"]), desc.get(c, "—"), f"{rng.uniform(0.1, 3):.2f}",
                    f"{rng.uniform(0.1, 3):.2f}", f"{rng.uniform(0.01, 0.3):.2f}", f"{rng.uniform(8, 400):.2f}",
                    " ".join(rng.sample(ICD, rng.randint(1, 3)))])
    d(f"# NDC crosswalk: {rng.randint(10000, 99999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)} ({rng.choice(DRUGS)})\n")
    d(f"# LOINC refs: {rng.randint(1000, 99999)}-{rng.randint(0, 9)}, {rng.randint(1000, 99999)}-{rng.randint(0, 9)}; HCPCS J1885 x {rng.randint(1, 4)} units\n")
    return d


@domain("neg_redacted_support_transcript", NEG_W, True)
def neg_redacted(rng):
    d = Doc()
    d(f"Transcript export (PII-redacted)   Conversation {uuid(rng)}   Queue: {rng.choice(['Billing', 'Fraud', 'Tier 2'])}\n\n")
    h, m = rng.randint(8, 20), rng.randint(0, 40)
    lines = [
        ("Agent", f"Thanks for calling, this is [AGENT_NAME], agent ID {rng.randint(1000, 9999)}. Can I have the account holder's name?"),
        ("Customer", "Sure, it's [NAME] [NAME]."),
        ("Agent", f"Thank you. I see the account ending in {digits(rng, 4)}. Can you verify the last four of your social?"),
        ("Customer", f"XXX-XX-{digits(rng, 4)}"),
        ("Agent", f"And the email on file, j***@{rng.choice(['g****.com', 'o******.com', 'y****.com'])}, is that still current?"),
        ("Customer", f"Yes. The charge I'm disputing is {money(rng, 20, 900)} on card **** **** **** {digits(rng, 4)}."),
        ("Agent", f"Got it. I've opened dispute {ticket_no(rng)} and issued a provisional credit. Reference {rs(rng, 3, UP)}-{digits(rng, 7)}."),
        ("Customer", "Can you send it to my address? It's [REDACTED]."),
        ("Agent", f"Your phone is (***) ***-{digits(rng, 4)}; we'll text the letter link there. Expect it within 5–7 business days."),
        ("Customer", "Ok. Also my DOB is [DOB] if you need it."),
        ("Agent", f"Not needed, thanks. Anything else today? Your callback number for this case is extension {rng.randint(100, 999)}."),
    ]
    for who, t in lines[: rng.randint(7, len(lines))]:
        m += rng.randint(0, 2)
        if m >= 60:
            h, m = h + 1, m - 60
        d(f"[{h:02d}:{m:02d}] {who}: {t}\n")
    d(f"\nDuration: {rng.randint(3, 25)}m {rng.randint(0, 59)}s   Hold time: {rng.randint(0, 300)}s   Sentiment: {rng.choice(['neutral', 'negative', 'positive'])}\n")
    d(f"Redaction engine {version(rng)} — {rng.randint(3, 15)} entities masked\n")
    return d


@domain("neg_docker_build_output", NEG_W, True)
def neg_docker(rng):
    d = Doc()
    app = rng.choice(["ledger-writer", "claims-api", "notifier", "web-storefront"])
    d(f"$ docker buildx build --platform linux/amd64 -t registry.internal/{app}:{version(rng)} --build-arg DB_PASSWORD=${{DB_PASSWORD}} .\n")
    steps = [
        "[internal] load build definition from Dockerfile",
        "[internal] load metadata for docker.io/library/python:3.11-slim",
        f"[builder 1/6] FROM docker.io/library/python:3.11-slim@sha256:{sha(rng, 64)}",
        "[builder 2/6] RUN apt-get update && apt-get install -y --no-install-recommends build-essential",
        "[builder 3/6] COPY requirements.txt .",
        "[builder 4/6] RUN pip install --no-cache-dir -r requirements.txt",
        "[stage-1 5/6] COPY --from=builder /install /usr/local",
        "[stage-1 6/6] COPY app/ /srv/app",
    ]
    for i, s in enumerate(steps, 1):
        d(f"#{i} {s}\n")
        if chance(rng, 0.5):
            d(f"#{i} DONE {rng.uniform(0, 40):.1f}s\n")
    d(f"#9 exporting layers\n#9 writing image sha256:{sha(rng, 64)} done\n#9 naming to registry.internal/{app}:{version(rng)} done\n")
    d("\nDockerfile (excerpt):\n  ARG DB_PASSWORD\n  ENV API_KEY=${API_KEY} \\\n      STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY} \\\n      SENTRY_DSN=${SENTRY_DSN}\n")
    d("  # creds come from ${{ secrets.REGISTRY_TOKEN }} in CI, never baked in\n")
    d(f"\n{version(rng).lstrip('v')}: digest: sha256:{sha(rng, 64)} size: {rng.randint(1000, 9000)}\n")
    d(f"WARN: 2 warnings found (use --debug to expand): SecretsUsedInArgOrEnv (line {rng.randint(3, 40)})\n")
    d(f"commit {sha(rng)}  build {rng.randint(1000, 99999)}  duration {rng.randint(30, 900)}s\n")
    return d


@domain("neg_invoice_batch_summary", NEG_W, True)
def neg_invoices(rng):
    d = Doc()
    d(f"AP INVOICE BATCH SUMMARY — batch {rs(rng, 2, UP)}{digits(rng, 6)}   period FY{rng.randint(2024, 2026)} Q{rng.randint(1, 4)}\n")
    d(f"Remit bank routing {aba(rng)} / BIC {rng.choice(['CHASUS33', 'BOFAUS3N', 'DEUTDEFFXXX', 'BNPAFRPPXXX', 'NWBKGB2L'])}\n\n")
    d(f"{'Invoice':<14}{'PO':<12}{'Vendor':<26}{'Amount':>12}  Status\n")
    vendors = ["Procter & Gamble", "Sherwin-Williams", "Johnson Controls", "Grainger", "Dell Technologies", "Marks & Spencer",
               "Ernst & Young LLP", "Siemens Healthineers", "Dun & Bradstreet"]
    for _ in range(rng.randint(4, 8)):
        d(f"{'INV-' + digits(rng, 7):<14}{'PO' + digits(rng, 8):<12}{rng.choice(vendors):<26}{money(rng, 50, 90000):>12}  {rng.choice(['approved', 'on hold', 'paid', '3-way match'])}\n")
    d("\nQA notes: test fixtures below are NOT real — placeholder card ", bad_card(rng), " (fails Luhn), placeholder SSN ", bad_ssn(rng),
      f", tracking {tracking(rng)}, order {order_no(rng)}.\n")
    d(f"Totals: {money(rng, 10000, 900000)} across {rng.randint(4, 40)} invoices; {rng.randint(0, 5)} exceptions; run id {uuid(rng)}\n")
    return d


@domain("neg_api_gateway_log", NEG_W, True)
def neg_gateway(rng):
    d = Doc()
    clk = Clock(rng)
    sty = rng.choice(["iso", "isoz"])
    for _ in range(rng.randint(6, 10)):
        meth, path = rng.choice([("GET", "/v2/orders/{id}"), ("POST", "/v2/payments"), ("GET", "/v2/catalog?page=3"),
                                 ("DELETE", "/v2/sessions/current"), ("PATCH", "/v2/users/me/preferences"), ("GET", "/healthz")])
        st = rng.choice([200, 200, 200, 201, 204, 304, 401, 404, 429, 500, 502])
        d(clk(sty, 0, 5), f" {rng.choice(['INFO', 'INFO', 'WARN'])} gw request_id={uuid(rng)} method={meth} path={path.replace('{id}', str(rng.randint(1000, 999999)))} "
          f"status={st} latency_ms={rng.randint(2, 3000)} upstream=orders-svc:{rng.choice([8080, 9000])} bytes={rng.randint(0, 90000)} "
          f"trace={sha(rng, 32)} ua=\"{rng.choice(['okhttp/4.12.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'python-requests/2.31.0'])}\"\n")
    d(f"{clk(sty)} WARN gw rate_limit bucket=tenant_{rng.randint(100, 999)} limit=1000/min remaining=0 reset_in=37s\n")
    d(f"{clk(sty)} INFO gw config reloaded version={version(rng)} routes={rng.randint(20, 200)} ts={epoch(rng)}\n")
    return d


# --------------------------------------------------------------------------- generation
_NAMES = [x[0] for x in DOMAINS]
_WEIGHTS = [x[1] for x in DOMAINS]
_FNS = {x[0]: x[2] for x in DOMAINS}


def make_doc(seed, i):
    rng = random.Random(f"{seed}-{i}")
    name = rng.choices(_NAMES, _WEIGHTS)[0]
    d = None
    for _ in range(6):
        d = _FNS[name](rng)
        n = d.pos
        if 300 <= n <= 2500:
            break
    text = d.text()
    return {"id": f"blind21-{seed}-{i:06d}", "domain": name, "text": text,
            "entities": [{"start": s, "end": e, "type": t} for s, e, t in sorted(d.ents)]}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# --------------------------------------------------------------------------- CLI
_TRAIL = set(".,;:!?")
_EDGE = set("\"'()[]{}<>")


def validate(doc):
    errs = []
    text = doc["text"]
    prev_end = -1
    for e in doc["entities"]:
        s, t, ty = e["start"], e["end"], e["type"]
        if ty not in TYPESET:
            errs.append(f"bad type {ty}")
        if not (0 <= s < t <= len(text)):
            errs.append(f"out of range {e}")
            continue
        v = text[s:t]
        if v != v.strip():
            errs.append(f"whitespace {ty} {v!r}")
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_end = max(prev_end, t)
        if v[-1] in _TRAIL and ty not in ("PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"):
            errs.append(f"trailing punct {ty} {v!r}")
        if (v[0] in _EDGE and not (ty == "PHONE_NUMBER" and v[0] == "(")) or v[-1] in _EDGE:
            errs.append(f"edge bracket/quote {ty} {v!r}")
        if ty == "CREDIT_CARD" and not luhn_ok(v):
            errs.append(f"luhn {v}")
        if ty == "IBAN_CODE" and not iban_ok(v):
            errs.append(f"iban {v}")
        if ty == "US_SSN" and not ssn_ok(v):
            errs.append(f"ssn {v}")
        if ty == "AWS_SECRET_KEY" and len(v) != 40:
            errs.append(f"aws secret len {v}")
        if ty == "PRIVATE_KEY" and not (v.startswith("-----BEGIN") and v.endswith("-----")):
            errs.append("pem")
        if ty == "URL" and not v.startswith(("http://", "https://")):
            errs.append(f"url {v}")
        if ty == "IP_ADDRESS" and ("/" in v or v.count(".") not in (0, 3)):
            errs.append(f"ip {v}")
    return errs


def highlight(doc):
    text = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"⟦{e['type']}|{text[e['start']:e['end']]}⟧")
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
        n = 2000
        t0 = time.time()
        docs = list(generate(n, a.seed))
        dt = time.time() - t0
        docs2 = list(generate(n, a.seed))
        bad = 0
        for doc in docs:
            errs = validate(doc)
            if errs:
                bad += 1
                if bad <= 15:
                    print(doc["id"], doc["domain"], errs[:5])
        same = docs == docs2
        types = Counter(e["type"] for doc in docs for e in doc["entities"])
        doms = Counter(doc["domain"] for doc in docs)
        lens = sorted(len(doc["text"]) for doc in docs)
        neg = sum(1 for doc in docs if not doc["entities"])
        negdom = sum(1 for doc in docs if doc["domain"].startswith("neg_"))
        print(f"docs={n} generated in {dt:.2f}s  deterministic={same}  docs_with_errors={bad}")
        print(f"negative-domain docs={negdom} ({negdom / n:.1%})  docs without entities={neg}")
        print(f"length min={lens[0]} p10={lens[n // 10]} median={lens[n // 2]} p90={lens[9 * n // 10]} max={lens[-1]}")
        print("per-type counts:")
        for t in TYPES:
            print(f"  {t:<22}{types.get(t, 0):>7}")
        print(f"per-domain counts ({len(doms)} domains):")
        for k, v in sorted(doms.items()):
            print(f"  {k:<36}{v:>6}")
        ok = same and bad == 0 and all(types.get(t, 0) > 0 for t in TYPES)
        print("CHECK", "OK" if ok else "FAILED")
        return 0 if ok else 1
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print(f"===== {doc['id']}  [{doc['domain']}]  {len(doc['text'])} chars, {len(doc['entities'])} entities")
            print(highlight(doc))
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
