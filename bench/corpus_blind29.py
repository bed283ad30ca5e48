#!/usr/bin/env python3.11
"""Blind corpus 29: software-engineering artefacts pasted into an AI assistant.

Seeded, labelled synthetic corpus generator (standard library only).

    generate(n, seed=0) -> iterator of {"id", "text", "entities": [{"start","end","type"}]}

Document i is a pure function of (seed, i).  Every text is assembled piece by
piece and entity offsets are recorded while appending.

CLI:
    --check                 generate 3000 docs and validate every span
    --sample K              pretty-print K documents with their spans
    --n N --seed S --output F.jsonl
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = frozenset(TYPES)

PER, EML, PHN, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                    "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL, MRN = ("DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
                               "MEDICAL_RECORD_NUMBER")
HPN, ACC, DL = "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKID, ASK, GHT, SLK, STR, JWT, PEM, PWD, SEC = (
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT",
    "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET")


# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------
class E:
    """An entity leaf: type + surface value."""
    __slots__ = ("t", "v")

    def __init__(self, t, v):
        self.t, self.v = t, v


class S:
    """A JSON string assembled from text pieces and entities."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


class Raw:
    """Raw JSON token (already serialised)."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class Doc:
    def __init__(self):
        self.buf, self.n, self.ents = [], 0, []

    def a(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, E):
                v = p.v
                if p.t not in TYPESET:
                    raise ValueError("unknown type %r" % p.t)
                if not v or v != v.strip():
                    raise ValueError("bad entity value %r" % v)
                self.ents.append({"start": self.n, "end": self.n + len(v), "type": p.t})
                self.buf.append(v)
                self.n += len(v)
            elif isinstance(p, str):
                self.buf.append(p)
                self.n += len(p)
            elif isinstance(p, (list, tuple)):
                self.a(*p)
            else:
                raise TypeError(type(p))
        return self

    def text(self):
        return "".join(self.buf)


def jesc(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def jw(d, o, ind=2, lvl=0):
    """Write a JSON value whose leaves may be E / S / Raw."""
    pad = " " * (ind * (lvl + 1)) if ind else ""
    end = " " * (ind * lvl) if ind else ""
    nl = "\n" if ind else ""
    if isinstance(o, dict):
        if not o:
            d.a("{}")
            return
        d.a("{", nl)
        items = list(o.items())
        for k, (key, val) in enumerate(items):
            d.a(pad, json.dumps(key, ensure_ascii=False), ": ")
            jw(d, val, ind, lvl + 1)
            if k < len(items) - 1:
                d.a("," + nl if ind else ", ")
        d.a(nl, end, "}")
    elif isinstance(o, list):
        if not o:
            d.a("[]")
            return
        d.a("[", nl)
        for k, val in enumerate(o):
            d.a(pad)
            jw(d, val, ind, lvl + 1)
            if k < len(o) - 1:
                d.a("," + nl if ind else ", ")
        d.a(nl, end, "]")
    elif isinstance(o, E):
        d.a('"', E(o.t, jesc(o.v)), '"')
    elif isinstance(o, S):
        d.a('"')
        for p in o.parts:
            if isinstance(p, E):
                d.a(E(p.t, jesc(p.v)))
            elif p is not None:
                d.a(jesc(p))
        d.a('"')
    elif isinstance(o, Raw):
        d.a(o.v)
    elif isinstance(o, bool):
        d.a("true" if o else "false")
    elif o is None:
        d.a("null")
    elif isinstance(o, (int, float)):
        d.a(json.dumps(o))
    else:
        d.a(json.dumps(o, ensure_ascii=False))


def clen(c):
    if isinstance(c, E):
        return len(c.v)
    if isinstance(c, (list, tuple)):
        return sum(clen(x) for x in c)
    return len(str(c))


def table(d, headers, rows, style="psql", footer=True):
    w = [len(h) for h in headers]
    for r in rows:
        for j, c in enumerate(r):
            w[j] = max(w[j], clen(c))

    def cell(c, j):
        d.a(c if not isinstance(c, (int, float)) else str(c), " " * (w[j] - clen(c)))

    if style == "psql":
        d.a(" " + " | ".join(h.ljust(w[j]) for j, h in enumerate(headers)).rstrip() + "\n")
        d.a("-" + "-+-".join("-" * x for x in w) + "-\n")
        for r in rows:
            d.a(" ")
            for j, c in enumerate(r):
                cell(c, j)
                if j < len(r) - 1:
                    d.a(" | ")
            d.a("\n")
        if footer:
            d.a("(%d row%s)\n" % (len(rows), "" if len(rows) == 1 else "s"))
    elif style == "mysql":
        border = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
        d.a(border, "| " + " | ".join(h.ljust(w[j]) for j, h in enumerate(headers)) + " |\n", border)
        for r in rows:
            d.a("| ")
            for j, c in enumerate(r):
                cell(c, j)
                d.a(" | " if j < len(r) - 1 else " |\n")
        d.a(border)
        if footer:
            d.a("%d row%s in set (0.%02d sec)\n" % (len(rows), "" if len(rows) == 1 else "s",
                                                     len(rows) % 7 + 1))
    else:  # markdown
        d.a("| " + " | ".join(h.ljust(w[j]) for j, h in enumerate(headers)) + " |\n")
        d.a("|" + "|".join("-" * (x + 2) for x in w) + "|\n")
        for r in rows:
            d.a("| ")
            for j, c in enumerate(r):
                cell(c, j)
                d.a(" | " if j < len(r) - 1 else " |\n")


def csvrow(d, cells, sep=","):
    for j, c in enumerate(cells):
        if j:
            d.a(sep)
        txt = c.v if isinstance(c, E) else str(c)
        q = (sep in txt) or ("\n" in txt) or ('"' in txt)
        if q:
            if isinstance(c, E):
                d.a('"', c, '"')
            else:
                d.a('"' + txt.replace('"', '""') + '"')
        else:
            d.a(c if isinstance(c, E) else txt)
    d.a("\n")


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rdig(rng, n):
    return rs(rng, DG, n)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def sha(rng, n=40):
    return rs(rng, HEX, n)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


# ---- checksummed numbers ---------------------------------------------------
def luhn_digit(body):
    tot = 0
    for k, ch in enumerate(reversed(body)):
        x = int(ch)
        if k % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def card(rng, fmt=None):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + rdig(rng, 14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + rdig(rng, 13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + rdig(rng, 12)
    else:
        body = "6011" + rdig(rng, 11)
    num = body + luhn_digit(body)
    f = fmt if fmt is not None else rng.choice(["plain", "space", "dash", "plain"])
    if f == "plain":
        return num
    sep = " " if f == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[k:k + 4] for k in range(0, 16, 4))


def bad_luhn16(rng):
    body = rng.choice("3456789") + rdig(rng, 14)
    good = luhn_digit(body)
    return body + str((int(good) + rng.randint(1, 9)) % 10)


IBAN_FMT = {  # country: list of (alphabet, n)
    "DE": [(DG, 18)], "FR": [(DG, 10), (UP + DG, 11), (DG, 2)], "ES": [(DG, 20)],
    "IT": [(UP, 1), (DG, 10), (DG, 12)], "NL": [(UP, 4), (DG, 10)], "PT": [(DG, 21)],
    "PL": [(DG, 24)], "BE": [(DG, 12)], "GB": [(UP, 4), (DG, 14)], "AT": [(DG, 16)],
    "CH": [(DG, 17)], "SE": [(DG, 20)], "IE": [(UP, 4), (DG, 14)], "BR": [(DG, 23), (UP, 1), (UP + DG, 1)],
}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]


def iban(rng, cc=None, grouped=None):
    cc = cc or rng.choice(list(IBAN_FMT))
    bban = "".join(rs(rng, a, n) for a, n in IBAN_FMT[cc])
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + bban[4:]
    if cc in ("GB", "IE"):
        bban = rng.choice(GB_BANKS if cc == "GB" else ["AIBK", "BOFI"]) + bban[4:]
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    g = rng.random() < 0.5 if grouped is None else grouped
    if g:
        s = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
    return s


def ssn(rng, fmt="dash"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    return s if fmt == "dash" else s.replace("-", "")


def bad_ssn(rng):
    a = rng.choice(["000", "666", str(rng.randint(900, 999))])
    return "%s-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


# ---- network ---------------------------------------------------------------
def ipv4(rng, kind=None):
    k = kind or rng.choice(["priv10", "priv192", "priv172", "pub", "pub", "doc"])
    if k == "priv10":
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    if k == "priv192":
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    if k == "priv172":
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    if k == "doc":
        return rng.choice(["203.0.113.", "198.51.100.", "192.0.2."]) + str(rng.randint(2, 254))
    first = rng.choice([3, 18, 34, 35, 44, 52, 54, 81, 85, 91, 104, 141, 151, 185, 212])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))


def ipv6(rng):
    pre = rng.choice(["2001:db8", "2a02:810d", "2600:1f18", "2a01:4f8", "fd12:3456"])
    groups = [("%x" % rng.randint(0, 0xffff)) for _ in range(rng.randint(3, 6))]
    if rng.random() < 0.5:
        return pre + "::" + ":".join(groups[:3])
    return pre + ":" + ":".join(groups + ["0"] * (6 - len(groups)))


def ip(rng):
    return ipv6(rng) if rng.random() < 0.15 else ipv4(rng)


COMPANIES = ["northwind", "acmecorp", "bluefin", "tidewater", "lumenhq", "orbitpay", "quillstack",
             "harborlabs", "pinecrest", "kitepoint", "brightcart", "fernline", "coralbank",
             "medlinkhealth", "nimbusops", "solvia", "trailhead-apps", "grovecare"]
TLDS = [".io", ".com", ".dev", ".app", ".net", ".co", ".health", ".cloud"]
MAIL_PUBLIC = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "fastmail.com", "hotmail.co.uk"],
               "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
               "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
               "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
               "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
               "pt": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
               "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
               "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"]}


def company_domain(rng):
    return rng.choice(COMPANIES) + rng.choice(TLDS)


def email_for(rng, p, domain=None, lang="en"):
    g, s = slug(p[0]), slug(p[1])
    style = rng.randint(0, 5)
    local = [g + "." + s, g[0] + s, g + s[:1], g + "_" + s, s + "." + g, g + str(rng.randint(7, 99))][style]
    if domain is None:
        domain = rng.choice(MAIL_PUBLIC.get(lang, MAIL_PUBLIC["en"])) if rng.random() < 0.5 else company_domain(rng)
    return local + "@" + domain


def role_email(rng, domain=None):
    return rng.choice(["support", "billing", "ops", "noreply", "security", "devops", "oncall",
                       "alerts", "admin", "dpo", "privacy"]) + "@" + (domain or company_domain(rng))


def url(rng, domain=None, path=None):
    domain = domain or company_domain(rng)
    host = rng.choice(["", "api.", "app.", "staging.", "admin.", "portal.", "status.", "docs."])
    if path is None:
        path = rng.choice(["/v1/customers/%d" % rng.randint(1000, 99999), "/api/v2/orders?status=open&page=%d" % rng.randint(1, 9),
                           "/dashboard", "/settings/billing", "/auth/callback?state=%s" % rs(rng, AN, 12),
                           "/webhooks/stripe", "/patients/%d/chart" % rng.randint(1000, 9999), "/docs/runbooks/db-failover",
                           "/login?next=%2Faccount", "/graphql", "/healthz", "/reports/export.csv?from=q3"])
    return "https://" + host + domain + path


# ---- secrets ---------------------------------------------------------------
def aws_akid(rng):
    return rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(rng, UP + "234567", 16)


def aws_secret(rng):
    return rs(rng, AN + "/+", 40)


def gh_token(rng):
    r = rng.random()
    if r < 0.7:
        return rng.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(rng, AN, 36)
    return "github_pat_" + rs(rng, UP + DG, 22) + "_" + rs(rng, AN, 59)


def slack_token(rng):
    p = rng.choice(["xoxb", "xoxb", "xoxp", "xoxa-2"])
    if p == "xoxp":
        return "xoxp-%s-%s-%s-%s" % (rdig(rng, 12), rdig(rng, 12), rdig(rng, 13), rs(rng, HEX, 32))
    return "%s-%s-%s-%s" % (p, rdig(rng, 12), rdig(rng, 13), rs(rng, AN, 24))


def stripe_key(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(rng, AN, rng.choice([24, 34, 99]))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, sub=None):
    hdr = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if rng.random() < 0.4:
        hdr["kid"] = rs(rng, AN, 16)
    iat = 1700000000 + rng.randint(0, 60000000)
    pl = {"sub": sub or str(rng.randint(10000, 999999)), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
          "scope": rng.choice(["read:orders", "openid profile", "admin", "api:write"])}
    if rng.random() < 0.5:
        pl["iss"] = "https://auth." + company_domain(rng)
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()),
                     b64u(rbytes(rng, 32 if hdr["alg"] == "HS256" else 64))])


def pem(rng, lines=None):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    n = lines or rng.randint(4, 9)
    body = base64.b64encode(rbytes(rng, 48 * n)).decode()
    ls = [body[k:k + 64] for k in range(0, len(body), 64)]
    if kind == "OPENSSH PRIVATE KEY":
        ls[0] = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAA" + ls[0][55:]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(ls), kind)


PW_WORDS = ["Sunflower", "Falcon", "Harbor", "Quartz", "Maple", "Tiger", "Nebula", "Copper", "Orchid",
            "Velvet", "Summer", "Winter", "Phoenix", "Rocket", "Glacier", "Mango", "Pelican", "Saffron"]
PW_SYM = "!*-_.+=~"


def password(rng):
    k = rng.random()
    if k < 0.3:
        return rng.choice(PW_WORDS) + str(rng.randint(10, 9999)) + rng.choice("!*.+?")
    if k < 0.65:
        s = rs(rng, AN + PW_SYM, rng.randint(12, 24))
        while s[0] in PW_SYM or s[-1] in PW_SYM:
            s = rs(rng, AN, 1) + s[1:-1] + rs(rng, AN, 1)
        return s
    if k < 0.8:
        return "-".join(rng.choice(PW_WORDS).lower() for _ in range(rng.randint(3, 4)))
    if k < 0.9:
        return rs(rng, AN, rng.choice([16, 20, 32]))
    return rng.choice(PW_WORDS).lower() + rng.choice(["_prod", "_db", "Admin", "_2024", "#1"]) + str(rng.randint(1, 99))


def generic_secret(rng, kind=None):
    k = kind or rng.choice(["sendgrid", "twilio", "datadog", "whsec", "mailgun", "google", "client",
                            "npm", "openai", "bearer", "hex64", "shopify", "sentry_auth"])
    return {
        "sendgrid": lambda: "SG." + rs(rng, AN + "-_", 22) + "." + rs(rng, AN + "-_", 43),
        "twilio": lambda: rs(rng, HEX, 32),
        "datadog": lambda: rs(rng, HEX, 32),
        "whsec": lambda: "whsec_" + rs(rng, AN, 32),
        "mailgun": lambda: "key-" + rs(rng, HEX, 32),
        "google": lambda: "AIza" + rs(rng, AN + "-_", 35),
        "client": lambda: rs(rng, AN + "~_.-", 34).strip("~_.-") + rs(rng, AN, 2),
        "npm": lambda: "npm_" + rs(rng, AN, 36),
        "openai": lambda: "sk-proj-" + rs(rng, AN + "-_", 48) + rs(rng, AN, 2),
        "bearer": lambda: rs(rng, AN, 40),
        "hex64": lambda: rs(rng, HEX, 64),
        "shopify": lambda: "shpat_" + rs(rng, HEX, 32),
        "sentry_auth": lambda: "sntrys_" + rs(rng, AN, 40),
    }[k]()


# ---- hard negatives ------------------------------------------------------------
def semver(rng):
    return "%d.%d.%d" % (rng.randint(0, 14), rng.randint(0, 30), rng.randint(0, 40))


def order_no(rng):
    return rng.choice(["ORD-", "INV-", "PO-", "SO", "#", "RMA-", "TCK-", "CASE-"]) + \
        rng.choice([str(rng.randint(2022, 2025)) + "-", ""]) + rdig(rng, rng.randint(5, 8))


def ticket(rng):
    return rng.choice(["PLAT", "OPS", "SEC", "BILL", "INFRA", "API", "WEB", "DATA"]) + "-" + str(rng.randint(100, 9999))


def amount(rng, cur="$"):
    v = rng.randint(100, 2500000) / 100
    if cur in ("€", "zł", "R$"):
        s = ("%.2f" % v).replace(".", ",")
        return (s + " " + cur) if cur != "R$" else ("R$ " + s)
    return "%s%s" % (cur, "{:,.2f}".format(v))


def log_ts(rng, base=None, style="iso"):
    d = base or (date(2024, 1, 1) + timedelta(days=rng.randint(0, 700)))
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    if style == "iso":
        return "%sT%02d:%02d:%02d.%03dZ" % (d.isoformat(), h, m, s, rng.randint(0, 999))
    if style == "gha":
        return "%sT%02d:%02d:%02d.%07dZ" % (d.isoformat(), h, m, s, rng.randint(0, 9999999))
    if style == "space":
        return "%s %02d:%02d:%02d,%03d" % (d.isoformat(), h, m, s, rng.randint(0, 999))
    if style == "clf":
        return "%02d/%s/%d:%02d:%02d:%02d +0000" % (d.day, MON_EN[d.month - 1][:3], d.year, h, m, s)
    if style == "hms":
        return "%02d:%02d:%02d" % (h, m, s)
    return str(1700000000 + rng.randint(0, 60000000))


def ts_seq(rng, style="iso", base=None):
    """Monotonic log-line timestamps (hard negatives)."""
    d0 = base or (date(2024, 1, 1) + timedelta(days=rng.randint(0, 700)))
    st = [rng.randint(0, 20 * 3600)]

    def nxt():
        st[0] += rng.randint(0, 40)
        h, m, s = st[0] // 3600, st[0] // 60 % 60, st[0] % 60
        if style == "gha":
            return "%sT%02d:%02d:%02d.%07dZ" % (d0.isoformat(), h, m, s, rng.randint(0, 9999999))
        return "%sT%02d:%02d:%02d.%03dZ" % (d0.isoformat(), h, m, s, rng.randint(0, 999))
    return nxt


def duration(rng):
    return rng.choice(["%dm %ds" % (rng.randint(0, 14), rng.randint(0, 59)), "%.1fs" % (rng.random() * 90),
                       "%dms" % rng.randint(3, 4000), "%d min" % rng.randint(2, 90), "%dh%02dm" % (rng.randint(0, 5), rng.randint(0, 59))])


PETS = ["Biscuit", "Mochi", "Luna", "Pixel", "Rex", "Waffles", "Pepper", "Nala", "Bruno", "Kiwi", "Ziggy", "Oreo"]
BRANDS = ["Johnson & Johnson", "Wells Fargo", "Morgan Stanley", "Procter & Gamble", "Goldman Sachs", "Ben & Jerry's",
          "Ferrari", "Porsche", "Dell", "Hewlett Packard Enterprise", "Levi Strauss & Co.", "Jack Daniel's",
          "Siemens", "McKinsey", "Tesla", "Ford", "Boeing", "Carrefour", "Mercedes-Benz", "Philips", "Bosch"]
TOOLS = ["Jenkins", "Hudson", "Sentry", "Grafana", "Kibana", "Dependabot", "Renovate", "Celery", "Django",
         "Flask", "Ansible", "Terraform", "Helm", "Argo CD", "Vault", "Consul", "Pandas", "Julia", "Ada",
         "Sidekiq", "Gunicorn", "Jarvis", "Hugo", "Jekyll", "Marathon", "Kafka", "Cassandra"]
SVC = ["billing-api", "checkout-web", "auth-service", "patient-portal", "notifications-worker", "ledger",
       "search-indexer", "payments-gateway", "claims-processor", "kyc-service", "reporting-etl", "mobile-bff"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2", "europe-west3", "westeurope"]


def neg_id(rng):
    return rng.choice([lambda: uuid4(rng), lambda: sha(rng, 40), lambda: sha(rng, 7), lambda: order_no(rng),
                       lambda: ticket(rng), lambda: "v" + semver(rng), lambda: bad_luhn16(rng),
                       lambda: "req_" + rs(rng, AN, 14), lambda: "i-0" + rs(rng, HEX, 16)])()


# --------------------------------------------------------------------------
# locales: names, places, addresses, phones, dates
# --------------------------------------------------------------------------
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {
    "en": MON_EN,
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}
WEEKDAYS = {
    "en": WD_EN,
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
}


def rday(rng, y0=2023, y1=2026):
    return date(y0, 1, 1) + timedelta(days=rng.randint(0, (y1 - y0 + 1) * 365 - 1))


def rbirth(rng):
    return date(1942, 1, 1) + timedelta(days=rng.randint(0, 63 * 365))


def fmt_time(rng, lang):
    h, m = rng.randint(7, 22), rng.choice([0, 0, 15, 30, 45, 10, 20, 50, 5])
    if lang == "en" and rng.random() < 0.6:
        return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")
    if lang == "fr" and rng.random() < 0.5:
        return "%dh%02d" % (h, m)
    if lang == "pt" and rng.random() < 0.4:
        return "%dh%02d" % (h, m)
    return "%02d:%02d" % (h, m)


def fmt_date(rng, lang, d=None, weekday=None):
    d = d or rday(rng)
    M = MONTHS[lang][d.month - 1]
    wd = WEEKDAYS[lang][d.weekday()]
    if weekday is None:
        weekday = rng.random() < 0.15
    if lang == "en":
        f = rng.randint(0, 5)
        s = [f"{M} {d.day}, {d.year}", f"{d.day} {M} {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
             d.isoformat(), f"{M[:3]} {d.day}, {d.year}", f"{d.day} {M[:3]} {d.year}"][f]
        if weekday and f in (0, 4):
            s = wd + ", " + s
        elif weekday and f in (1, 5):
            s = wd[:3] + " " + s
        return s
    if lang == "de":
        s = rng.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {M} {d.year}", f"{d.day}.{d.month}.{d.year}"])
        return (wd + ", " + s) if weekday else s
    if lang in ("fr", "it"):
        s = rng.choice([f"{d.day} {M} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"])
        if lang == "fr" and d.day == 1 and " " in s:
            s = "1er " + s.split(" ", 1)[1]
        return (wd + " " + s) if weekday else s
    if lang in ("es", "pt"):
        s = rng.choice([f"{d.day} de {M} de {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"])
        return (wd + ", " + s) if weekday else s
    if lang == "nl":
        s = rng.choice([f"{d.day} {M} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}"])
        return (wd + " " + s) if weekday else s
    if lang == "pl":
        s = rng.choice([f"{d.day} {M} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"])
        return s
    return d.isoformat()


JOIN = {"en": [" at ", ", "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las "], "it": [" alle "],
        "pt": [" às "], "nl": [", "], "pl": [", "]}


def fmt_dt(rng, lang, d=None):
    return fmt_date(rng, lang, d) + rng.choice(JOIN[lang]) + fmt_time(rng, lang)


def fmt_dob(rng, lang, d=None):
    d = d or rbirth(rng)
    if lang == "en":
        return rng.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", d.isoformat(), f"{d.day} {MON_EN[d.month-1][:3]} {d.year}",
                           f"{MON_EN[d.month-1]} {d.day}, {d.year}"])
    if lang in ("de", "pl"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang == "nl":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {MONTHS[lang][d.month-1]} {d.year}"])


def iso_dt(rng, d=None, z=True):
    d = d or rday(rng)
    return "%sT%02d:%02d:00%s" % (d.isoformat(), rng.randint(6, 22), rng.choice([0, 15, 30, 45]), "Z" if z else "")


class Loc:
    def __init__(self, code, lang, given, sur, cities, streets, addr, phone, iban_cc):
        self.code, self.lang, self.given, self.sur = code, lang, given, sur
        self.cities, self.streets, self._addr, self._phone, self.iban_cc = cities, streets, addr, phone, iban_cc

    def name(self, rng):
        g, s = rng.choice(self.given), rng.choice(self.sur)
        if self.code == "ES" and rng.random() < 0.4:
            s = s + " " + rng.choice([x for x in self.sur if x != s])
        if self.code == "BR" and rng.random() < 0.3:
            s = rng.choice(["da Silva", "dos Santos", "de Souza"]) if rng.random() < 0.5 else s
        return (g, s)

    def addr(self, rng):
        return self._addr(self, rng)

    def phone(self, rng):
        return self._phone(rng)

    def city(self, rng):
        return rng.choice(self.cities)


def _pc(rng, c):
    return c[2] + rdig(rng, 5 - len(c[2]))


def addr_us(L, rng):
    c = L.city(rng)
    num = str(rng.randint(12, 9899))
    st = num + " " + rng.choice(L.streets)
    unit = rng.choice(["", "", "Apt %d%s" % (rng.randint(1, 30), rng.choice("ABCD")), "Suite %d" % rng.randint(100, 950), "Unit %d" % rng.randint(1, 40)])
    z = _pc(rng, c)
    line1 = st + (", " + unit if unit else "")
    return {"street": line1, "city": c[0], "region": c[1], "zip": z, "cc": "US", "country": "United States",
            "one": f"{line1}, {c[0]}, {c[1]} {z}", "multi": f"{line1}\n{c[0]}, {c[1]} {z}"}


def addr_uk(L, rng):
    c = L.city(rng)
    st = "%d %s" % (rng.randint(1, 220), rng.choice(L.streets))
    flat = rng.choice(["", "", "Flat %d, " % rng.randint(1, 24)])
    pc = c[2] + " " + str(rng.randint(1, 9)) + rs(rng, "ABDEFGHJLNPQRSTUWXYZ", 2)
    line1 = flat + st
    return {"street": line1, "city": c[0], "region": c[1], "zip": pc, "cc": "GB", "country": "United Kingdom",
            "one": f"{line1}, {c[0]} {pc}", "multi": f"{line1}\n{c[0]}\n{pc}"}


def addr_in(L, rng):
    c = L.city(rng)
    st = "%s, %d %s" % (rng.choice(["Flat %d%s" % (rng.randint(1, 12), rng.choice("ABC")), "No. %d" % rng.randint(1, 300), "Plot %d" % rng.randint(1, 90)]),
                        rng.randint(1, 120), rng.choice(L.streets))
    pc = c[2] + rdig(rng, 3)
    return {"street": st, "city": c[0], "region": c[1], "zip": pc, "cc": "IN", "country": "India",
            "one": f"{st}, {c[0]}, {c[1]} {pc}", "multi": f"{st}\n{c[0]} - {pc}\n{c[1]}"}


def addr_de(L, rng):
    c = L.city(rng)
    st = "%s %d%s" % (rng.choice(L.streets), rng.randint(1, 140), rng.choice(["", "", "a", "b"]))
    pc = _pc(rng, c)
    return {"street": st, "city": c[0], "region": c[1], "zip": pc, "cc": L.code, "country": {"DE": "Deutschland", "NL": "Nederland", "PL": "Polska"}.get(L.code, ""),
            "one": f"{st}, {pc} {c[0]}", "multi": f"{st}\n{pc} {c[0]}"}


def addr_nl(L, rng):
    c = L.city(rng)
    st = "%s %d%s" % (rng.choice(L.streets), rng.randint(1, 400), rng.choice(["", "", "-2", " A", "-hs"]))
    pc = "%s%s %s" % (c[2], rdig(rng, 2), rs(rng, "ABCDEGHJKLMNPRSTVWXZ", 2))
    return {"street": st, "city": c[0], "region": c[1], "zip": pc, "cc": "NL", "country": "Nederland",
            "one": f"{st}, {pc} {c[0]}", "multi": f"{st}\n{pc} {c[0]}"}


def addr_pl(L, rng):
    c = L.city(rng)
    st = "ul. %s %d%s" % (rng.choice(L.streets), rng.randint(1, 180), rng.choice(["", "/%d" % rng.randint(1, 60)]))
    pc = "%s-%s" % (c[2], rdig(rng, 3))
    return {"street": st, "city": c[0], "region": c[1], "zip": pc, "cc": "PL", "country": "Polska",
            "one": f"{st}, {pc} {c[0]}", "multi": f"{st}\n{pc} {c[0]}"}


def addr_fr(L, rng):
    c = L.city(rng)
    st = "%d%s %s" % (rng.randint(1, 160), rng.choice(["", "", " bis"]), rng.choice(L.streets))
    pc = _pc(rng, c)
    return {"street": st, "city": c[0], "region": c[1], "zip": pc, "cc": "FR", "country": "France",
            "one": f"{st}, {pc} {c[0]}", "multi": f"{st}\n{pc} {c[0].upper() if rng.random() < 0.4 else c[0]}"}


def addr_es(L, rng):
    c = L.city(rng)
    st = "%s %d" % (rng.choice(L.streets), rng.randint(1, 200))
    st2 = rng.choice(["", ", %dº %s" % (rng.randint(1, 9), rng.choice("ABCD")), ", bajo"])
    pc = _pc(rng, c)
    return {"street": st + st2, "city": c[0], "region": c[1], "zip": pc, "cc": "ES", "country": "España",
            "one": f"{st}{st2}, {pc} {c[0]}", "multi": f"{st}{st2}\n{pc} {c[0]}"}


def addr_it(L, rng):
    c = L.city(rng)
    st = "%s %d" % (rng.choice(L.streets), rng.randint(1, 250))
    pc = _pc(rng, c)
    return {"street": st, "city": c[0], "region": c[1], "zip": pc, "cc": "IT", "country": "Italia",
            "one": f"{st}, {pc} {c[0]} ({c[3]})", "multi": f"{st}\n{pc} {c[0]} ({c[3]})"}


def addr_br(L, rng):
    c = L.city(rng)
    st = "%s, %d" % (rng.choice(L.streets), rng.randint(10, 3000))
    bairro = rng.choice(["Centro", "Jardim Paulista", "Boa Viagem", "Savassi", "Moinhos de Vento", "Batel", "Copacabana"])
    pc = "%s%s-%s" % (c[2], rdig(rng, 5 - len(c[2])), rdig(rng, 3))
    return {"street": st, "city": c[0], "region": c[1], "zip": pc, "cc": "BR", "country": "Brasil",
            "one": f"{st} - {bairro}, {c[0]} - {c[1]}, {pc}", "multi": f"{st} - {bairro}\n{c[0]} - {c[1]}\nCEP {pc}"}


def _fmt(rng, pat):
    return "".join(rng.choice(DG) if ch == "#" else ch for ch in pat)


def ph_us(rng):
    a = rng.choice(["212", "312", "415", "512", "617", "646", "702", "720", "206", "404", "303", "919", "614", "469"])
    e = str(rng.randint(201, 989))
    n = rdig(rng, 4)
    return rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1 {a} {e} {n}", f"{a}.{e}.{n}", f"+1-{a}-{e}-{n}",
                       f"1-800-{e}-{n}", f"+1 ({a}) {e}-{n}"])


def ph_uk(rng):
    return rng.choice([_fmt(rng, "020 7### ####"), _fmt(rng, "+44 20 7### ####"), _fmt(rng, "07### ######"),
                       _fmt(rng, "+44 7### ######"), _fmt(rng, "0161 ### ####"), _fmt(rng, "+44 (0)131 ### ####")])


def ph_in(rng):
    return rng.choice([_fmt(rng, "+91 9#### #####"), _fmt(rng, "+91-8###-######"), _fmt(rng, "080 #### ####"), _fmt(rng, "98### #####")])


def ph_de(rng):
    return rng.choice([_fmt(rng, "030 ########"), _fmt(rng, "+49 30 ########"), _fmt(rng, "0151 ########"), _fmt(rng, "+49 171 #######"),
                       _fmt(rng, "089 / ### ## ##"), _fmt(rng, "+49 (0)40 ### ###-##"), _fmt(rng, "0221 ######")])


def ph_fr(rng):
    return rng.choice([_fmt(rng, "01 ## ## ## ##"), _fmt(rng, "+33 1 ## ## ## ##"), _fmt(rng, "06 ## ## ## ##"), _fmt(rng, "+33 6 ## ## ## ##"),
                       _fmt(rng, "04.##.##.##.##"), _fmt(rng, "07########")])


def ph_es(rng):
    return rng.choice([_fmt(rng, "91# ### ###"), _fmt(rng, "+34 6## ### ###"), _fmt(rng, "6## ## ## ##"), _fmt(rng, "+34 93 ### ## ##")])


def ph_it(rng):
    return rng.choice([_fmt(rng, "02 #### ####"), _fmt(rng, "+39 3## ### ####"), _fmt(rng, "06 ########"), _fmt(rng, "+39 06 #### ####"), _fmt(rng, "34# #######")])


def ph_br(rng):
    dd = rng.choice(["11", "21", "31", "41", "51", "81"])
    return rng.choice([f"({dd}) 9{rdig(rng,4)}-{rdig(rng,4)}", f"+55 {dd} 9{rdig(rng,4)}-{rdig(rng,4)}",
                       f"({dd}) {rdig(rng,4)}-{rdig(rng,4)}", f"+55 ({dd}) 9{rdig(rng,4)}-{rdig(rng,4)}"])


def ph_nl(rng):
    return rng.choice([_fmt(rng, "020 ### ####"), _fmt(rng, "06-########"), _fmt(rng, "+31 6 ########"), _fmt(rng, "+31 (0)10 ### ####"), _fmt(rng, "030-#######")])


def ph_pl(rng):
    return rng.choice([_fmt(rng, "+48 5## ### ###"), _fmt(rng, "22 ### ## ##"), _fmt(rng, "6## ### ###"), _fmt(rng, "+48 12 ### ## ##")])


LOCS = {
    "US": Loc("US", "en",
              ["James", "Maria", "Tyrone", "Keisha", "Connor", "Emily", "José", "Ashley", "DeShawn", "Mei", "Hannah", "Carlos",
               "Aaliyah", "Brandon", "Fatima", "Ethan", "Sofia", "Malik", "Grace", "Kevin", "Diego", "Olivia", "Andre",
               "Yesenia", "Trevor", "Jasmine", "Hiroshi", "Anh", "Chiamaka", "Rebecca", "Nathaniel", "Leilani"],
              ["Johnson", "Nguyen", "Patel", "Garcia", "Okafor", "Kowalski", "Williams", "Kim", "Hernandez", "Washington",
               "Goldberg", "Chen", "Rodriguez", "Murphy", "Yamamoto", "Abdullah", "Brooks", "Ramirez", "Schultz", "Jackson",
               "Tran", "Cohen", "Singh", "Morales", "Bennett", "Haddad", "Lindqvist", "Mensah", "Kahale", "Whitfield"],
              [("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Seattle", "WA", "981"), ("Atlanta", "GA", "303"),
               ("Chicago", "IL", "606"), ("Boston", "MA", "021"), ("Portland", "OR", "972"), ("Phoenix", "AZ", "850"),
               ("Columbus", "OH", "432"), ("San Jose", "CA", "951"), ("Raleigh", "NC", "276"), ("Minneapolis", "MN", "554"),
               ("Brooklyn", "NY", "112"), ("Nashville", "TN", "372")],
              ["Maple Ave", "Oak Street", "Elm St", "Sunset Blvd", "W 34th St", "Peachtree Rd NE", "Lakeshore Dr",
               "Mission St", "Congress Ave", "Pine Ridge Rd", "N Broadway", "Cedar Ln", "Market St", "Willow Creek Dr"],
              addr_us, ph_us, "US"),
    "GB": Loc("GB", "en",
              ["Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Mohammed", "Freya", "Callum", "Niamh", "Rhys",
               "Imogen", "Kwame", "Eilidh", "Sanjay", "Poppy", "Tomasz", "Bethan"],
              ["Smith", "Taylor", "Evans", "Hughes", "MacLeod", "Khan", "Ahmed", "Wright", "Davies", "Campbell", "Begum",
               "Thompson", "Walsh", "Fraser", "Okonkwo", "Robinson", "Pritchard", "Lewandowski"],
              [("London", "Greater London", "EC1A"), ("Manchester", "Greater Manchester", "M1"), ("Leeds", "West Yorkshire", "LS1"),
               ("Bristol", "Bristol", "BS1"), ("Edinburgh", "Scotland", "EH1"), ("Glasgow", "Scotland", "G2"),
               ("Cardiff", "Wales", "CF10"), ("Birmingham", "West Midlands", "B3"), ("Brighton", "East Sussex", "BN1")],
              ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road",
               "Albert Street", "Green Lane", "Castle Terrace"],
              addr_uk, ph_uk, "GB"),
    "IN": Loc("IN", "en",
              ["Arjun", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Siddharth", "Meera", "Aditya", "Lakshmi", "Rahul",
               "Deepika", "Karthik", "Nandini"],
              ["Sharma", "Iyer", "Reddy", "Raghunathan", "Mehta", "Nair", "Gupta", "Banerjee", "Krishnan", "Chatterjee",
               "Desai", "Menon", "Kulkarni", "Joshi"],
              [("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"),
               ("Hyderabad", "Telangana", "500"), ("Chennai", "Tamil Nadu", "600"), ("New Delhi", "Delhi", "110")],
              ["MG Road", "Residency Road", "Linking Road", "Anna Salai", "Banjara Hills Road No. 12", "Koregaon Park Lane 5"],
              addr_in, ph_in, "GB"),
    "DE": Loc("DE", "de",
              ["Lukas", "Anna", "Jonas", "Lea", "Maximilian", "Sophie", "Felix", "Marie", "Tobias", "Katharina", "Emre",
               "Elif", "Jan", "Johanna", "Niklas", "Lena", "Jürgen", "Sabine"],
              ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann", "Schäfer", "Koch",
               "Yılmaz", "Kaya", "Nowak", "Richter", "Wolf", "Zimmermann", "Krüger", "Braun"],
              [("Berlin", "Berlin", "10"), ("München", "Bayern", "80"), ("Hamburg", "Hamburg", "20"),
               ("Köln", "Nordrhein-Westfalen", "50"), ("Frankfurt am Main", "Hessen", "60"), ("Leipzig", "Sachsen", "04"),
               ("Stuttgart", "Baden-Württemberg", "70"), ("Dresden", "Sachsen", "01"), ("Bremen", "Bremen", "28")],
              ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Schillerstraße", "Goethestraße", "Am Markt",
               "Friedrichstraße", "Kastanienweg", "Bergstraße", "Gartenstraße", "Rosenweg"],
              addr_de, ph_de, "DE"),
    "FR": Loc("FR", "fr",
              ["Camille", "Louis", "Léa", "Hugo", "Manon", "Théo", "Chloé", "Mathis", "Inès", "Nathan", "Sarah", "Yanis",
               "Amandine", "Julien", "Aurélien", "Margaux"],
              ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
               "Benali", "Nguyen", "Lefèvre", "Girard", "Mercier", "Haddad", "Fontaine"],
              [("Paris", "Île-de-France", "750"), ("Lyon", "Auvergne-Rhône-Alpes", "690"), ("Marseille", "Bouches-du-Rhône", "130"),
               ("Toulouse", "Occitanie", "310"), ("Bordeaux", "Nouvelle-Aquitaine", "330"), ("Lille", "Hauts-de-France", "590"),
               ("Nantes", "Pays de la Loire", "440"), ("Strasbourg", "Grand Est", "670")],
              ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "rue du Faubourg Saint-Antoine",
               "place Bellecour", "rue Nationale", "allée des Tilleuls", "chemin des Vignes", "quai de la Fosse"],
              addr_fr, ph_fr, "FR"),
    "ES": Loc("ES", "es",
              ["Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Alejandro", "Carmen", "Javier", "Elena", "Sergio", "Marta",
               "Daniel", "Nerea", "Álvaro", "María José", "Iker"],
              ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz",
               "Jiménez", "Navarro", "Iglesias", "Ortega", "Etxeberria"],
              [("Madrid", "Comunidad de Madrid", "280"), ("Barcelona", "Cataluña", "080"), ("Valencia", "Comunitat Valenciana", "460"),
               ("Sevilla", "Andalucía", "410"), ("Bilbao", "País Vasco", "480"), ("Zaragoza", "Aragón", "500"), ("Málaga", "Andalucía", "290")],
              ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Carrer de Balmes", "Calle Gran Vía",
               "Paseo de la Castellana", "Calle Larios", "Avenida del Puerto"],
              addr_es, ph_es, "ES"),
    "IT": Loc("IT", "it",
              ["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Lorenzo", "Sara", "Matteo", "Valentina", "Davide",
               "Federica", "Giorgio", "Elisa", "Stefano"],
              ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
               "Gallo", "Conti", "De Luca", "Mancini"],
              [("Milano", "Lombardia", "201", "MI"), ("Roma", "Lazio", "001", "RM"), ("Torino", "Piemonte", "101", "TO"),
               ("Napoli", "Campania", "801", "NA"), ("Bologna", "Emilia-Romagna", "401", "BO"), ("Firenze", "Toscana", "501", "FI")],
              ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via Roma", "Viale Monza", "Via dei Mille", "Piazza Castello",
               "Via Toledo", "Via Nazionale"],
              addr_it, ph_it, "IT"),
    "BR": Loc("BR", "pt",
              ["João", "Ana", "Pedro", "Mariana", "Lucas", "Beatriz", "Gabriel", "Larissa", "Rafael", "Camila", "Thiago",
               "Juliana", "Matheus", "Fernanda"],
              ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Lima",
               "Araújo", "Carvalho", "Ribeiro", "Barbosa"],
              [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"), ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"),
               ("Porto Alegre", "RS", "90"), ("Recife", "PE", "51")],
              ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Avenida Atlântica", "Rua da Consolação",
               "Rua XV de Novembro", "Avenida Boa Viagem"],
              addr_br, ph_br, "BR"),
    "NL": Loc("NL", "nl",
              ["Daan", "Emma", "Sem", "Julia", "Lars", "Sanne", "Bram", "Fleur", "Thijs", "Lotte", "Ruben", "Noor", "Jesse", "Iris"],
              ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
               "Mulder", "Bos", "Vos", "Hendriks", "Yıldız", "El Amrani"],
              [("Amsterdam", "Noord-Holland", "10"), ("Rotterdam", "Zuid-Holland", "30"), ("Utrecht", "Utrecht", "35"),
               ("Den Haag", "Zuid-Holland", "25"), ("Eindhoven", "Noord-Brabant", "56"), ("Groningen", "Groningen", "97")],
              ["Keizersgracht", "Prinsengracht", "Oudegracht", "Coolsingel", "Stationsweg", "Kerkstraat", "Dorpsstraat", "Laan van Meerdervoort"],
              addr_nl, ph_nl, "NL"),
    "PL": Loc("PL", "pl",
              ["Jakub", "Zuzanna", "Kacper", "Julia", "Szymon", "Maja", "Filip", "Zofia", "Wojciech", "Aleksandra", "Michał",
               "Katarzyna", "Piotr", "Agnieszka"],
              ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski", "Zielińska", "Szymański",
               "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur"],
              [("Warszawa", "mazowieckie", "00"), ("Kraków", "małopolskie", "31"), ("Wrocław", "dolnośląskie", "50"),
               ("Gdańsk", "pomorskie", "80"), ("Poznań", "wielkopolskie", "61"), ("Łódź", "łódzkie", "90")],
              ["Marszałkowska", "Długa", "Piotrkowska", "Floriańska", "Świętojańska", "Grunwaldzka", "Mickiewicza", "Kościuszki"],
              addr_pl, ph_pl, "PL"),
}
GLOBAL_NAMES = [("Chinedu", "Okafor"), ("Yuki", "Tanaka"), ("Seo-yeon", "Park"), ("Wei", "Zhang"), ("Omar", "Haddad"),
                ("Zeynep", "Demir"), ("Abebe", "Tesfaye"), ("Dmitri", "Volkov"), ("Thi Lan", "Nguyen"), ("Darius", "Farahani"),
                ("Aroha", "Ngata"), ("Mateo", "Fernández"), ("Ingrid", "Halvorsen"), ("Kofi", "Mensah"), ("Haruto", "Sato"),
                ("Min-jun", "Lee"), ("Layla", "Mansour"), ("Nikolai", "Petrov"), ("Amara", "Diallo"), ("Santiago", "Restrepo"),
                ("Aisha", "Bello"), ("Tomás", "Oyarzún"), ("Freya", "Lindgren"), ("Rashid", "Al-Amin"), ("Mai", "Hoang")]
EN_LOCS = ["US", "US", "US", "US", "GB", "GB", "IN"]


def en_loc(rng):
    return LOCS[rng.choice(EN_LOCS)]


def any_loc(rng):
    return LOCS[rng.choice(list(LOCS))]


def name_en(rng):
    """(given, surname) for an English-language document: multicultural mix."""
    if rng.random() < 0.25:
        return rng.choice(GLOBAL_NAMES)
    return en_loc(rng).name(rng)


def full(p, rng=None, style=None):
    g, s = p
    st = style if style is not None else (rng.choices(["gs", "sg", "gi", "caps"], [80, 8, 8, 4])[0] if rng else "gs")
    if st == "sg":
        return f"{s}, {g}"
    if st == "gi" and rng:
        return f"{g} {rng.choice(UP.replace('Q', '').replace('X', ''))}. {s}"
    if st == "caps":
        return f"{g} {s}".upper()
    return f"{g} {s}"


def mrn(rng):
    return rng.choice([rdig(rng, 8), "00" + rdig(rng, 7), rs(rng, "ABCEHMK", 1) + rdig(rng, 7), rdig(rng, 3) + "-" + rdig(rng, 3) + "-" + rdig(rng, 3)])


def hpn(rng):
    return rng.choice([rs(rng, UP, 3) + rdig(rng, 9), "W" + rdig(rng, 9), rs(rng, UP, 2) + rdig(rng, 8) + "0" + rdig(rng, 1),
                       "ZHP" + rdig(rng, 10), rdig(rng, 3) + rs(rng, UP, 2) + rdig(rng, 6)])


def acct(rng):
    return rng.choice([rdig(rng, 10), rdig(rng, 4) + "-" + rdig(rng, 4) + "-" + rdig(rng, 2), "AC" + rdig(rng, 8),
                       rdig(rng, 12), rdig(rng, 3) + "-" + rdig(rng, 6) + "-" + rdig(rng, 1), "CUST" + rdig(rng, 7)])


def dlic(rng, cc="US"):
    if cc == "US":
        return rng.choice(["D" + rdig(rng, 7), rs(rng, UP, 1) + rdig(rng, 12), rdig(rng, 3) + " " + rdig(rng, 3) + " " + rdig(rng, 3),
                           "S" + rdig(rng, 3) + "-" + rdig(rng, 4) + "-" + rdig(rng, 4), rdig(rng, 9), "WDL" + rs(rng, UP + DG, 9)])
    if cc == "GB":
        return rs(rng, UP, 5) + rdig(rng, 6) + rs(rng, UP, 2) + rdig(rng, 1) + rs(rng, UP, 2)
    if cc == "DE":
        return rs(rng, UP, 1) + rdig(rng, 3) + rs(rng, UP + DG, 6) + rdig(rng, 1)
    return rdig(rng, 2) + rs(rng, UP, 2) + rdig(rng, 5)


# ==========================================================================
# document kinds — English
# ==========================================================================
def bcrypt(rng):
    return "$2b$12$" + rs(rng, AN + "./", 53)


def k_tfstate(rng, d):
    owner = name_en(rng)
    d.a(rng.choice([
        "Why does `terraform show -json` print the RDS password in clear text? State below (trimmed):\n\n",
        "Our tfstate got committed to the infra repo by accident (commit %s). What do I need to rotate?\n\n" % sha(rng, 7),
        "Pulled this from the S3 backend (key prod/terraform.tfstate, serial drifted). Can you explain the diff on the bastion?\n\n",
    ]))
    res = [{"mode": "managed", "type": "aws_db_instance", "name": "primary",
            "provider": 'provider["registry.terraform.io/hashicorp/aws"]',
            "instances": [{"schema_version": 2, "attributes": {
                "identifier": rng.choice(SVC) + "-db", "engine": "postgres", "engine_version": "15.%d" % rng.randint(2, 7),
                "username": rng.choice(["app", "appadmin", "postgres", "dbadmin"]),
                "password": E(PWD, password(rng)), "port": 5432, "multi_az": rng.random() < 0.5}}]}]
    if rng.random() < 0.7:
        res.append({"mode": "managed", "type": "aws_iam_access_key", "name": "ci",
                    "instances": [{"attributes": {"id": E(AKID, aws_akid(rng)), "secret": E(ASK, aws_secret(rng)),
                                                  "user": "ci-deployer", "status": "Active"}}]})
    tags = {"Name": rng.choice(SVC) + "-bastion", "Owner": E(PER, full(owner)),
            "Contact": E(EML, email_for(rng, owner, company_domain(rng))), "CostCenter": "CC-%d" % rng.randint(1000, 9999)}
    res.append({"mode": "managed", "type": "aws_instance", "name": "bastion",
                "instances": [{"attributes": {"ami": "ami-0" + rs(rng, HEX, 16),
                                              "instance_type": rng.choice(["t3.micro", "t3.small", "m6i.large"]),
                                              "private_ip": E(IP, ipv4(rng, "priv10")), "public_ip": E(IP, ipv4(rng, "pub")),
                                              "tags": tags}}]})
    rng.shuffle(res)
    jw(d, {"version": 4, "terraform_version": "1.%d.%d" % (rng.randint(3, 9), rng.randint(0, 6)), "serial": rng.randint(3, 900), "lineage": uuid4(rng),
           "outputs": {"db_port": {"value": 5432, "type": "number"}}, "resources": res}, ind=rng.choice([1, 2]))
    d.a("\n")


def k_tfplan(rng, d):
    d.a("terraform plan output from the %s workspace, is it safe to apply? Mostly worried about the SG rule.\n\n" % rng.choice(["prod", "staging", "shared-services"]))
    d.a("Terraform will perform the following actions:\n\n")
    d.a('  # aws_security_group_rule.office_ssh will be created\n  + resource "aws_security_group_rule" "office_ssh" {\n'
        '      + cidr_blocks              = [\n          + "', E(IP, ipv4(rng, rng.choice(["pub", "doc"]))), '/32",\n')
    if rng.random() < 0.5:
        d.a('          + "', E(IP, ipv4(rng, "pub")), '/32",\n')
    d.a('        ]\n      + from_port                = 22\n      + id                       = (known after apply)\n'
        '      + protocol                 = "tcp"\n      + to_port                  = 22\n    }\n\n')
    d.a('  # aws_ssm_parameter.stripe_key will be updated in-place\n  ~ resource "aws_ssm_parameter" "stripe_key" {\n'
        '        id    = "/prod/', rng.choice(SVC), '/stripe_key"\n      ~ value = (sensitive value)\n'
        '        # (6 unchanged attributes hidden)\n    }\n\n')
    d.a('  # github_actions_secret.deploy will be created\n  + resource "github_actions_secret" "deploy" {\n')
    if rng.random() < 0.6:
        d.a('      + plaintext_value = "', E(GHT, gh_token(rng)), '"\n')
    else:
        d.a('      + plaintext_value = (sensitive value)\n')
    d.a('      + repository      = "', rng.choice(SVC), '"\n      + secret_name     = "DEPLOY_TOKEN"\n    }\n\n')
    p = name_en(rng)
    d.a('  # pagerduty_user.oncall will be created\n  + resource "pagerduty_user" "oncall" {\n      + email = "',
        E(EML, email_for(rng, p, company_domain(rng))), '"\n      + name  = "', E(PER, full(p)), '"\n      + role  = "responder"\n    }\n\n')
    d.a("Plan: %d to add, 1 to change, 0 to destroy.\n" % rng.randint(2, 4))


def k_dotenv(rng, d):
    app = rng.choice(SVC)
    dom = company_domain(rng)
    d.a(rng.choice(["here's my .env, the app can't connect to postgres locally:\n\n",
                    "Contents of .env.production (yes I know it shouldn't be in the repo):\n\n", "",
                    "Can you convert this .env into a Kubernetes ConfigMap + Secret split?\n\n"]))
    user = rng.choice(["app", "postgres", "svc_" + app.split("-")[0]])
    host = E(IP, ipv4(rng, "priv10")) if rng.random() < 0.4 else rng.choice(["localhost", "db", "postgres.internal", app + "-db.svc.cluster.local"])
    q = rng.choice(["", '"'])
    ls = [
        ["DATABASE_URL=", q, "postgres://", user, ":", E(PWD, password(rng)), "@", host, ":5432/", app.replace("-", "_"), q, "\n"],
        ["REDIS_URL=redis://", E(IP, ipv4(rng, "priv10")), ":6379/0\n"],
        ["STRIPE_SECRET_KEY=", q, E(STR, stripe_key(rng)), q, "\n"],
        ["STRIPE_WEBHOOK_SECRET=", E(SEC, generic_secret(rng, "whsec")), "\n"],
        ["AWS_ACCESS_KEY_ID=", E(AKID, aws_akid(rng)), "\nAWS_SECRET_ACCESS_KEY=", E(ASK, aws_secret(rng)), "\nAWS_REGION=", rng.choice(REGIONS[:5]), "\n"],
        ["SLACK_BOT_TOKEN=", E(SLK, slack_token(rng)), "\n"],
        ["SENDGRID_API_KEY=", E(SEC, generic_secret(rng, "sendgrid")), "\n"],
        ["JWT_SECRET=", E(SEC, generic_secret(rng, "hex64")), "\n"],
        ["ADMIN_EMAIL=", E(EML, role_email(rng, dom)), "\n"],
        ["SUPPORT_PHONE=", q, E(PHN, en_loc(rng).phone(rng)), q, "\n"],
        ["PUBLIC_URL=", E(URL, url(rng, dom, rng.choice(["", "/app", "/v2"]))), "\n"],
        ["OPENAI_API_KEY=${OPENAI_API_KEY}\n"],
        ["GIT_SHA=", sha(rng), "\nBUILD_NUMBER=", str(rng.randint(100, 9999)), "\n"],
        ["LOG_LEVEL=", rng.choice(["info", "debug", "warn"]), "\nTZ=", rng.choice(["UTC", "Europe/Berlin", "America/Chicago"]), "\n"],
        ["SMTP_USER=apikey\nSMTP_PASSWORD=", E(PWD, password(rng)), "\n"],
        ["GITHUB_TOKEN=", E(GHT, gh_token(rng)), "\n"],
    ]
    head = ls[:1]
    rest = ls[1:]
    rng.shuffle(rest)
    d.a("# ---- ", app, " ----\nNODE_ENV=production\nPORT=", str(rng.choice([3000, 8080, 8000])), "\n")
    for l in head + rest[:rng.randint(6, 11)]:
        d.a(*l)
    if rng.random() < 0.5:
        d.a("# rotated by ops on ", E(DT, fmt_date(rng, "en")), ", ping ", E(PER, full(name_en(rng))), " if it breaks\n")


def k_helm_values(rng, d):
    app = rng.choice(SVC)
    dom = company_domain(rng)
    d.a(rng.choice(["helm upgrade fails with `Error: UPGRADE FAILED: ...` — values-prod.yaml below\n\n",
                    "Reviewing this values file before merging, anything sensitive that should move to ExternalSecrets?\n\n", "```yaml\n"]))
    d.a("# values-prod.yaml (chart ", app, " ", semver(rng), ")\nreplicaCount: ", str(rng.randint(2, 6)),
        "\nimage:\n  repository: ghcr.io/", dom.split(".")[0], "/", app, "\n  tag: \"", semver(rng), "\"\n  pullPolicy: IfNotPresent\n")
    d.a("ingress:\n  enabled: true\n  className: nginx\n  hosts:\n    - host: ", rng.choice(["app.", "api.", "portal."]) + dom,
        "\n      paths: [\"/\"]\n")
    d.a("env:\n  - name: PUBLIC_BASE_URL\n    value: \"", E(URL, url(rng, dom, "")), "\"\n")
    d.a("  - name: SMTP_PASSWORD\n    value: \"", E(PWD, password(rng)), "\"\n")
    d.a("  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ", app, "-db\n        key: password\n")
    if rng.random() < 0.6:
        d.a("  - name: DATADOG_API_KEY\n    value: ", E(SEC, generic_secret(rng, "datadog")), "\n")
    d.a("postgresql:\n  auth:\n    username: ", app.split("-")[0], "\n    password: ", E(PWD, password(rng)),
        "\n    postgresPassword: ", E(PWD, password(rng)), "\n  primary:\n    persistence:\n      size: ", str(rng.choice([8, 20, 50, 100])), "Gi\n")
    if rng.random() < 0.6:
        p = name_en(rng)
        d.a("alertmanager:\n  config:\n    receivers:\n      - name: oncall\n        email_configs:\n          - to: ",
            E(EML, email_for(rng, p, dom)), "\n        slack_configs:\n          - channel: \"#alerts-", app, "\"\n")
    if rng.random() < 0.5:
        d.a("grafana:\n  adminUser: admin\n  adminPassword: ", E(PWD, password(rng)), "\n")
    d.a("resources:\n  limits: {cpu: ", str(rng.choice([250, 500, 1000])), "m, memory: ", str(rng.choice([256, 512, 1024])), "Mi}\n")


def k_k8s_secret(rng, d):
    app = rng.choice(SVC)
    d.a(rng.choice(["`kubectl get secret %s -n prod -o yaml` — which of these is base64 of what? One of them is broken\n\n" % (app + "-env"),
                    "The pod crashes with invalid credentials, this is the secret it mounts:\n\n"]))
    d.a("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", app, "-env\n  namespace: prod\n  creationTimestamp: \"", log_ts(rng)[:19] + "Z",
        "\"\n  resourceVersion: \"", rdig(rng, 8), "\"\n  uid: ", uuid4(rng), "\ntype: Opaque\ndata:\n")
    items = [("DB_PASSWORD", PWD, password(rng)), ("REDIS_PASSWORD", PWD, password(rng)), ("SMTP_PASS", PWD, password(rng)),
             ("STRIPE_API_KEY", SEC, stripe_key(rng)), ("JWT_SIGNING_KEY", SEC, generic_secret(rng, "hex64")),
             ("SENTRY_AUTH_TOKEN", SEC, generic_secret(rng, "sentry_auth")), ("MAILGUN_API_KEY", SEC, generic_secret(rng, "mailgun")),
             ("ADMIN_PASSWORD", PWD, password(rng))]
    rng.shuffle(items)
    for k, t, v in items[:rng.randint(3, 6)]:
        d.a("  ", k, ": ", E(t, base64.b64encode(v.encode()).decode()), "\n")
    if rng.random() < 0.4:
        d.a("stringData:\n  DB_USER: app\n  DB_PASS: ", E(PWD, password(rng)), "\n")
    if rng.random() < 0.3:
        d.a("\n$ echo '", rs(rng, AN, 13), "=' | base64 -d\nbase64: invalid input\n")


def k_gha_log(rng, d):
    T = ts_seq(rng, "gha")
    repo = rng.choice(COMPANIES) + "/" + rng.choice(SVC)
    d.a("CI run #", str(rng.randint(1000, 9999)), " failed on main, raw log:\n\n")
    d.a(T(), " ##[group]Run actions/checkout@v4\n", T(), " with:\n", T(), "   repository: ", repo, "\n", T(), "   token: ***\n", T(), " ##[endgroup]\n")
    p = name_en(rng)
    d.a(T(), " HEAD is now at ", sha(rng, 7), " Merge pull request #", str(rng.randint(100, 4000)), " from ", slug(p[0]), "/fix-retry\n")
    d.a(T(), " ##[group]Run ./scripts/deploy.sh\n", T(), " + export AWS_ACCESS_KEY_ID=***\n", T(), " + export AWS_SECRET_ACCESS_KEY=***\n")
    r = rng.random()
    if r < 0.4:
        d.a(T(), " + curl -sf -H 'Authorization: token ", E(GHT, gh_token(rng)), "' ", E(URL, "https://api.github.com/repos/" + repo + "/deployments"), "\n")
    elif r < 0.7:
        d.a(T(), " + echo \"using key ", E(AKID, aws_akid(rng)), "\"\n", T(), " using key ", E(AKID, aws_akid(rng)), "\n")
    else:
        d.a(T(), " + curl -X POST -H 'Authorization: Bearer ", E(SLK, slack_token(rng)), "' ", E(URL, "https://slack.com/api/chat.postMessage"), "\n")
    d.a(T(), " Deploying ", sha(rng, 7), " triggered by ", E(PER, full(p)), " <", E(EML, email_for(rng, p, "users.noreply.github.com" if rng.random() < 0.3 else None)), ">\n")
    d.a(T(), " Target: ", E(IP, ipv4(rng)), ":22 (", rng.choice(REGIONS), ")\n")
    d.a(T(), " rsync: connection unexpectedly closed (0 bytes received so far) [sender]\n", T(), " ##[error]Process completed with exit code 12.\n")
    d.a(T(), " Post job cleanup.\n", T(), " Cleaning up orphan processes\n")
    d.a("\nJob took ", duration(rng), ". Secrets referenced: ${{ secrets.DEPLOY_KEY }}, ${{ secrets.AWS_ROLE_ARN }}\n")


def k_jenkins(rng, d):
    p = name_en(rng)
    dom = company_domain(rng)
    app = rng.choice(SVC)
    d.a("Started by user ", E(PER, full(p)), "\nRunning as SYSTEM\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on agent-linux-0",
        str(rng.randint(1, 9)), " in /var/lib/jenkins/workspace/", app, "_main\n[Pipeline] { (Checkout)\n")
    d.a(" > git fetch --tags --force --progress -- ", E(URL, "https://github.com/" + dom.split(".")[0] + "/" + app + ".git"), " +refs/heads/*:refs/remotes/origin/*\n")
    d.a("Checking out Revision ", sha(rng), " (refs/remotes/origin/main)\nCommit message: \"", rng.choice(["bump deps", "fix flaky test", "add retry to webhook"]), "\"\n")
    d.a("[Pipeline] sh\n+ docker login -u deploybot -p ", E(PWD, password(rng)), " registry.", dom, "\n",
        "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n")
    d.a("+ docker push registry.", dom, "/", app, ":", semver(rng), "-", sha(rng, 7), "\n")
    d.a("[Pipeline] sh\n+ ssh -o StrictHostKeyChecking=no deploy@", E(IP, ipv4(rng)), " 'sudo systemctl restart ", app, "'\n")
    d.a("ssh: connect to host ", E(IP, ipv4(rng, "priv10")), " port 22: Connection timed out\n[Pipeline] }\n[Pipeline] // node\n[Pipeline] End of Pipeline\n")
    d.a("ERROR: script returned exit code 255\nFinished: FAILURE\n")
    if rng.random() < 0.5:
        d.a("\nBuild #", str(rng.randint(300, 5000)), " took ", duration(rng), ". Why would the second host time out if the first works?\n")


def k_sentry_event(rng, d):
    p = name_en(rng)
    dom = company_domain(rng)
    d.a(rng.choice(["Sentry issue ", "Raw event JSON from Sentry for "]), rng.choice(SVC).upper().replace("-", "_"), "-", rs(rng, UP + DG, 3),
        ", can you help figure out the root cause?\n\n")
    ev = {"event_id": rs(rng, HEX, 32), "level": "error", "platform": rng.choice(["python", "node", "ruby"]),
          "timestamp": 1700000000 + rng.randint(0, 60000000) + 0.25, "release": rng.choice(SVC) + "@" + semver(rng),
          "environment": "production",
          "user": {"id": str(rng.randint(1000, 999999)), "email": E(EML, email_for(rng, p)), "ip_address": E(IP, ip(rng)),
                   "username": slug(p[0])[:1] + slug(p[1])},
          "request": {"url": E(URL, url(rng, dom)), "method": rng.choice(["POST", "PUT"]),
                      "headers": {"Authorization": S("Bearer ", E(JWT, jwt(rng))), "User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2)",
                                  "X-Request-Id": uuid4(rng)}},
          "exception": {"values": [{"type": rng.choice(["ValidationError", "IntegrityError", "KeyError"]),
                                    "value": S("duplicate key value violates unique constraint \"users_email_key\" DETAIL: Key (email)=(",
                                               E(EML, email_for(rng, p)), ") already exists.")}]},
          "tags": {"browser": "Chrome " + str(rng.randint(110, 125)), "server_name": "web-" + rs(rng, LO + DG, 5)}}
    if rng.random() < 0.5:
        ev["extra"] = {"billing_name": E(PER, full(p)), "billing_phone": E(PHN, en_loc(rng).phone(rng)), "card": "**** **** **** " + rdig(rng, 4)}
    jw(d, ev, ind=rng.choice([1, 2]))
    d.a("\n")


def k_traceback(rng, d):
    p = name_en(rng)
    d.a(rng.choice(["Got this in the worker logs overnight, what's going on?\n\n", "Traceback from the billing job (locals included by our error handler):\n\n"]))
    d.a("Traceback (most recent call last):\n  File \"/app/billing/tasks.py\", line ", str(rng.randint(40, 300)), ", in charge_customer\n"
        "    charge = gateway.charge(customer, amount_cents, source=card_number)\n"
        "  File \"/app/.venv/lib/python3.11/site-packages/payments/client.py\", line ", str(rng.randint(100, 900)), ", in charge\n"
        "    raise CardDeclined(resp.json()[\"error\"])\npayments.errors.CardDeclined: {'code': 'card_declined', 'decline_code': 'do_not_honor'}\n\n")
    d.a("Local variables (frame 0):\n  customer     = <Customer id=", str(rng.randint(1000, 99999)), " name='", E(PER, full(p)), "' email='",
        E(EML, email_for(rng, p)), "'>\n  amount_cents = ", str(rng.randint(500, 250000)), "\n  card_number  = '", E(CC, card(rng, "plain")),
        "'\n  order_ref    = '", order_no(rng), "'\n  attempt      = ", str(rng.randint(1, 5)), "\n")
    if rng.random() < 0.5:
        d.a("  billing_addr = '", E(ADR, en_loc(rng).addr(rng)["one"]), "'\n")
    if rng.random() < 0.5:
        d.a("  api_key      = '", E(STR, stripe_key(rng)), "'\n")
    d.a("\nTask billing.tasks.charge_customer[", uuid4(rng), "] raised unexpected exception after ", duration(rng), "\n")


def k_notebook(rng, d):
    L = en_loc(rng)
    d.a("My notebook keeps OOMing on the full table. Here's the .ipynb (trimmed to the first cells):\n\n")
    pw = password(rng)
    host = rng.choice(["analytics-replica.internal", "warehouse.prod.local"])
    rows = []
    for k in range(rng.randint(2, 3)):
        p = L.name(rng)
        c = L.city(rng)
        rows.append(S(str(k), "  ", str(rng.randint(10000, 99999)), "  ", E(PER, full(p)), "  ", E(EML, email_for(rng, p, lang=L.lang)),
                      "  ", E(LOC, c[0]), "  ", "%.2f" % (rng.random() * 3000), "\n"))
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": [S("# Churn analysis – sample pulled on ", E(DT, fmt_date(rng, "en")), "\n")]},
        {"cell_type": "code", "execution_count": rng.randint(1, 40), "metadata": {},
         "source": ["import pandas as pd\n", "from sqlalchemy import create_engine\n",
                    S("engine = create_engine(\"postgresql://analyst:", E(PWD, pw), "@", host, "/crm\")\n"),
                    "df = pd.read_sql(\"SELECT id, name, email, city, ltv FROM customers\", engine)\n", "df.head(3)"],
         "outputs": [{"output_type": "execute_result", "execution_count": rng.randint(1, 40),
                      "data": {"text/plain": [S("   id  name  email  city  ltv\n")] + rows}, "metadata": {}}]}],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    jw(d, nb, ind=1)
    d.a("\n")


def _person_row(rng, L):
    p = L.name(rng)
    a = L.addr(rng)
    return p, a


def k_sql_dump(rng, d):
    L = en_loc(rng) if rng.random() < 0.7 else any_loc(rng)
    d.a(rng.choice(["Restoring this dump fails on the second INSERT, syntax looks fine to me?\n\n",
                    "Partial pg_dump of the customers table that a contractor sent over. Can you spot the encoding issue?\n\n", ""]))
    d.a("--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.", str(rng.randint(2, 8)),
        "\n-- Dumped by pg_dump version 16.", str(rng.randint(0, 3)), "\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\n")
    cols = ["id", "full_name", "email", "phone", "date_of_birth", "street", "city", "postcode", "iban", "created_at"]
    if rng.random() < 0.5:
        d.a("INSERT INTO public.customers (", ", ".join(cols), ") VALUES\n")
        n = rng.randint(2, 4)
        for k in range(n):
            p, a = _person_row(rng, L)
            b = rbirth(rng)
            d.a("  (", str(rng.randint(1000, 99999)), ", '", E(PER, full(p)), "', '", E(EML, email_for(rng, p, lang=L.lang)), "', '",
                E(PHN, L.phone(rng)), "', '", E(DOB, b.isoformat()), "', '", E(ADR, a["street"]), "', '", E(LOC, a["city"]), "', '",
                a["zip"], "', '", E(IBAN, iban(rng, L.iban_cc if L.iban_cc in IBAN_FMT else None, False)), "', ", log_ts(rng, style="epoch"),
                ")", ";\n" if k == n - 1 else ",\n")
    else:
        d.a("COPY public.customers (", ", ".join(cols), ") FROM stdin;\n")
        for k in range(rng.randint(2, 4)):
            p, a = _person_row(rng, L)
            b = rbirth(rng)
            d.a(str(rng.randint(1000, 99999)), "\t", E(PER, full(p)), "\t", E(EML, email_for(rng, p, lang=L.lang)), "\t", E(PHN, L.phone(rng)),
                "\t", E(DOB, b.isoformat()), "\t", E(ADR, a["street"]), "\t", E(LOC, a["city"]), "\t", a["zip"], "\t",
                E(IBAN, iban(rng, L.iban_cc if L.iban_cc in IBAN_FMT else None, False)), "\t", log_ts(rng, style="epoch"), "\n")
        d.a("\\.\n")
    d.a("\nSELECT pg_catalog.setval('public.customers_id_seq', ", str(rng.randint(1000, 99999)), ", true);\n")


def k_psql_result(rng, d):
    d.a(rng.choice(["payroll=> ", "hr_prod=# "]), "SELECT e.id, e.legal_name, e.ssn, e.bank_account, e.salary FROM employees e WHERE e.status = 'pending_sync';\n")
    rows = []
    for _ in range(rng.randint(2, 5)):
        p = LOCS["US"].name(rng) if rng.random() < 0.8 else rng.choice(GLOBAL_NAMES)
        rows.append([str(rng.randint(100, 9999)), E(PER, full(p, rng)), E(SSN, ssn(rng)), E(ACC, rdig(rng, rng.choice([9, 10, 12]))),
                     "{:,.2f}".format(rng.randint(4500000, 21000000) / 100)])
    table(d, ["id", "legal_name", "ssn", "bank_account", "salary"], rows, "psql")
    d.a("\n", rng.choice(["The sync to the payroll provider rejects these rows with 'invalid routing'. Routing number we send is ",
                          "ADP says the bank account format is wrong. We send routing "]), rdig(rng, 9),
        ". Also note SSN ", bad_ssn(rng), " in the staging fixture gets rejected, which is expected.\n")


def k_postman(rng, d):
    dom = company_domain(rng)
    p = name_en(rng)
    L = en_loc(rng)
    a = L.addr(rng)
    d.a("Exported Postman collection, the 'Create customer' request returns 422. What's wrong with the body?\n\n")
    body = S("{\n  \"name\": \"", E(PER, full(p)), "\",\n  \"email\": \"", E(EML, email_for(rng, p)), "\",\n  \"phone\": \"",
             E(PHN, L.phone(rng)), "\",\n  \"address\": {\"line1\": \"", E(ADR, a["street"]), "\", \"city\": \"", E(LOC, a["city"]),
             "\", \"postal_code\": \"", a["zip"], "\", \"country\": \"", a["cc"], "\"}\n}")
    base = "https://api." + dom
    coll = {"info": {"_postman_id": uuid4(rng), "name": dom.split(".")[0] + " API", "schema": E(URL, "https://schema.getpostman.com/json/collection/v2.1.0/collection.json")},
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": E(JWT, jwt(rng)) if rng.random() < 0.5 else E(SEC, generic_secret(rng, "bearer")), "type": "string"}]},
            "item": [{"name": "Create customer", "request": {"method": "POST",
                                                             "header": [{"key": "Content-Type", "value": "application/json"},
                                                                        {"key": "x-api-key", "value": E(SEC, generic_secret(rng, rng.choice(["bearer", "hex64", "twilio"])))}],
                                                             "body": {"mode": "raw", "raw": body},
                                                             "url": {"raw": E(URL, base + "/v1/customers"), "host": ["api", dom.split(".")[0], dom.split(".")[1]], "path": ["v1", "customers"]}}}],
            "variable": [{"key": "baseUrl", "value": E(URL, base)}, {"key": "orgId", "value": uuid4(rng)}]}
    jw(d, coll, ind=1)
    d.a("\n")


def k_har(rng, d):
    dom = company_domain(rng)
    p = name_en(rng)
    d.a("HAR export from Chrome devtools for the failing login (I removed the other entries):\n\n")
    em = email_for(rng, p)
    ent = {"startedDateTime": log_ts(rng), "time": round(rng.random() * 900, 3),
           "request": {"method": "POST", "url": E(URL, "https://auth." + dom + "/oauth/token"), "httpVersion": "HTTP/2",
                       "headers": [{"name": "content-type", "value": "application/x-www-form-urlencoded"},
                                   {"name": "cookie", "value": "_ga=GA1.2." + rdig(rng, 9) + "." + rdig(rng, 10) + "; consent=1"}],
                       "postData": {"mimeType": "application/x-www-form-urlencoded",
                                    "params": [{"name": "username", "value": E(EML, em)}, {"name": "password", "value": E(PWD, password(rng))},
                                               {"name": "client_id", "value": "web-" + rs(rng, LO + DG, 8)},
                                               {"name": "client_secret", "value": E(SEC, generic_secret(rng, "client"))}]}},
           "response": {"status": 401, "statusText": "Unauthorized", "headers": [{"name": "date", "value": "Tue, 05 Mar 2024 09:14:22 GMT"}],
                        "content": {"mimeType": "application/json", "text": "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}"}},
           "serverIPAddress": E(IP, ipv4(rng, "pub")), "connection": str(rng.randint(1000, 99999))}
    jw(d, {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [ent]}}, ind=1)
    d.a("\n")


def k_ansible_inv(rng, d):
    d.a(rng.choice(["ansible-playbook -i inventory/prod.ini site.yml hangs on the db group. inventory:\n\n",
                    "Can you turn this INI inventory into YAML and move the creds to vault?\n\n"]))
    d.a("[web]\n")
    for k in range(rng.randint(2, 3)):
        d.a("web-0", str(k + 1), " ansible_host=", E(IP, ipv4(rng, rng.choice(["priv10", "pub"]))), " ansible_user=deploy\n")
    d.a("\n[db]\ndb-01 ansible_host=", E(IP, ipv4(rng, "priv10")), " ansible_user=postgres ansible_password=", E(PWD, password(rng)))
    d.a(" ansible_become_pass=", E(PWD, password(rng)), "\n" if rng.random() < 0.6 else "\n")
    d.a("db-02 ansible_host=", E(IP, ipv4(rng, "priv10")), " ansible_user=postgres ansible_password=\"{{ vault_db_pass }}\"\n")
    d.a("\n[all:vars]\nansible_ssh_private_key_file=~/.ssh/deploy_ed25519\nansible_python_interpreter=/usr/bin/python3\nntp_server=",
        E(IP, ipv4(rng, "priv10")), "\n")
    p = name_en(rng)
    d.a("# owner: ", E(PER, full(p)), " (", E(PHN, en_loc(rng).phone(rng)), "), last audited ", E(DT, fmt_date(rng, "en")), "\n")
    d.a("# ticket ", ticket(rng), ", change ", order_no(rng), "\n")


def k_ansible_vars(rng, d):
    dom = company_domain(rng)
    d.a("group_vars/all.yml — the `users` role creates accounts from this list. Is there a cleaner way?\n\n---\n")
    d.a("app_env: production\napp_version: \"", semver(rng), "\"\ndb_password: \"{{ vault_db_password }}\"\n")
    d.a("smtp_relay_password: ", E(PWD, password(rng)), "   # TODO vault this\n")
    d.a("datadog_api_key: ", E(SEC, generic_secret(rng, "datadog")), "\n")
    d.a("users:\n")
    for _ in range(rng.randint(2, 3)):
        p = name_en(rng)
        d.a("  - name: ", slug(p[0])[:1] + slug(p[1]), "\n    comment: \"", E(PER, full(p)), "\"\n    email: ", E(EML, email_for(rng, p, dom)),
            "\n    groups: [", rng.choice(["sudo", "docker", "deploy"]), "]\n    ssh_key: \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", rs(rng, AN + "+/", 43), "\"\n")
    d.a("firewall_allow:\n  - ", E(IP, ipv4(rng, "doc")), "/32\n  - ", E(IP, ipv4(rng, "priv10")), "/24\n")


def k_pr_review(rng, d):
    h1, h2 = name_en(rng), name_en(rng)
    u1, u2 = slug(h1[0]) + "-" + slug(h1[1])[:3], slug(h2[0])[:1] + slug(h2[1])
    d.a("Summarise the open review comments on PR #", str(rng.randint(100, 5000)), " for me:\n\n")
    d.a("@", u1, " commented on `config/settings/base.py` line ", str(rng.randint(10, 200)), ":\n> ```python\n> STRIPE_API_KEY = \"",
        E(STR, stripe_key(rng)), "\"\n> ```\nThis must not be committed. Please read it from the env and ask ", E(PER, h2[0]),
        " to rotate it in the dashboard today.\n\n")
    cp = en_loc(rng).name(rng)
    d.a("@", u2, " commented on `tests/fixtures/customers.json` line ", str(rng.randint(1, 80)), ":\n> \"name\": \"", E(PER, full(cp)),
        "\", \"email\": \"", E(EML, email_for(rng, cp)), "\"\nIs this a real customer? Looks copied from prod. Let's use faker data instead.\n\n")
    d.a("@", u1, " replied:\nGood catch. Also the CI job `", rng.choice(["lint", "unit", "e2e"]), "` still uses ${{ secrets.STRIPE_TEST_KEY }}, that one is fine.\n")
    d.a("\n@", u2, " approved these changes after ", rng.choice(["the fix in", "commit"]), " ", sha(rng, 7), ". Thanks ", E(PER, h1[0]), "!\n")


def k_migration(rng, d):
    dom = company_domain(rng)
    rev, down = sha(rng, 12), sha(rng, 12)
    d.a(rng.choice(["Alembic migration that seeds the admin users. Should this be a migration at all?\n\n", "Migration fails on prod with a unique violation:\n\n"]))
    d.a('"""seed admin users\n\nRevision ID: ', rev, "\nRevises: ", down, "\nCreate Date: ", log_ts(rng, style="space").replace(",", "."), '\n\n"""\n')
    d.a("from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"", rev, "\"\ndown_revision = \"", down, "\"\n\n\ndef upgrade():\n")
    d.a("    users = sa.table(\"users\", sa.column(\"email\"), sa.column(\"full_name\"), sa.column(\"password_hash\"), sa.column(\"phone\"))\n")
    d.a("    op.bulk_insert(users, [\n")
    for _ in range(rng.randint(1, 3)):
        p = name_en(rng)
        d.a("        {\"email\": \"", E(EML, email_for(rng, p, dom)), "\", \"full_name\": \"", E(PER, full(p)), "\", \"password_hash\": \"",
            bcrypt(rng), "\", \"phone\": \"", E(PHN, en_loc(rng).phone(rng)), "\"},\n")
    d.a("    ])\n    # temporary password for the ops account is ", E(PWD, password(rng)), " - must be changed at first login\n")
    d.a("\n\ndef downgrade():\n    op.execute(\"DELETE FROM users WHERE email LIKE '%@", dom, "'\")\n")


def k_support_ticket(rng, d):
    L = en_loc(rng)
    p = L.name(rng)
    dom = company_domain(rng)
    d.a("Ticket #", rdig(rng, 5), " | Priority: ", rng.choice(["High", "Urgent", "Normal"]), " | Channel: ", rng.choice(["Email", "Web form", "Chat"]), "\n")
    d.a("Requester: ", E(PER, full(p)), " <", E(EML, email_for(rng, p, dom)), ">\nOrganization: ", rng.choice(BRANDS + ["Pinecrest Labs", "Fernline Ltd"]), "\n")
    d0 = rday(rng, 2024, 2025)
    d.a("Phone: ", E(PHN, L.phone(rng)), "\nAccount #: ", E(ACC, acct(rng)), "\nSubject: Webhook deliveries failing since ", E(DT, fmt_date(rng, "en", d0)), "\n---\n")
    d.a("Hi team,\n\nSince ", E(DT, fmt_dt(rng, "en", d0)), " every delivery to our endpoint ", E(URL, url(rng, dom, "/hooks/payments")),
        " gets a 401. We rotated the signing secret to ", E(SEC, generic_secret(rng, "whsec")),
        " (probably shouldn't paste it here, sorry) but nothing changed. Our egress IP is ", E(IP, ipv4(rng, "pub")),
        " in case you allowlist. Event ids that failed: evt_", rs(rng, AN, 24), ", evt_", rs(rng, AN, 24), ".\n\n")
    d.a("Invoice ", order_no(rng), " for ", amount(rng), " is also stuck in 'processing'.\n\nThanks,\n", E(PER, p[0]), "\n",
        rng.choice(["Staff Engineer", "Platform Lead", "CTO", "Backend Developer"]), "\n")
    if rng.random() < 0.5:
        d.a("\n[Internal note – ", E(PER, full(name_en(rng))), "]: reproduced with ", E(PER, p[0]), "'s payload, escalating to ", ticket(rng), ".\n")


def k_slack_export(rng, d):
    ppl = [name_en(rng) for _ in range(3)]
    dom = company_domain(rng)
    d.a("Pasting the #incident-", rdig(rng, 4), " thread so you have context:\n\n")
    h, m = rng.randint(8, 20), rng.randint(0, 40)

    def ts():
        nonlocal m
        m += rng.randint(1, 4)
        return "[%02d:%02d] " % (h, m)

    d.a(ts(), E(PER, full(ppl[0])), ": checkout is 500ing, seeing `connection refused` to ", E(IP, ipv4(rng, "priv10")), ":5432\n")
    d.a(ts(), E(PER, full(ppl[1])), ": failover kicked in? replica is ", E(IP, ipv4(rng, "priv10")), "\n")
    d.a(ts(), E(PER, full(ppl[0])), ": yes. I'm on the box, password for the break-glass account is ", E(PWD, password(rng)), " if anyone needs it\n")
    d.a(ts(), E(PER, full(ppl[2])), ": please don't paste that here :( rotating now. ", E(PER, ppl[0][0]), " can you open a ", ticket(rng), " follow-up?\n")
    d.a(ts(), E(PER, full(ppl[1])), ": status page updated: ", E(URL, url(rng, dom, "/incidents/" + rs(rng, LO + DG, 12))), "\n")
    d.a(ts(), E(PER, full(ppl[2])), ": postmortem scheduled for ", E(DT, fmt_dt(rng, "en")), ", I'll send the invite\n")
    if rng.random() < 0.5:
        d.a(ts(), E(PER, full(ppl[0])), ": fyi error rate back to 0.02%, p99 ", duration(rng), ". build ", sha(rng, 7), " is rolled back\n")


def k_incident_email(rng, d):
    dom = company_domain(rng)
    a, b = name_en(rng), name_en(rng)
    d.a("From: ", E(PER, full(a)), " <", E(EML, email_for(rng, a, dom)), ">\nTo: ", E(EML, "security@" + dom), "\nCc: ", E(PER, full(b)), " <", E(EML, email_for(rng, b, dom)), ">\n")
    d.a("Date: ", rng.choice(WD_EN)[:3], ", ", str(rng.randint(1, 28)), " ", rng.choice(MON_EN)[:3], " 2024 ", log_ts(rng, style="hms"), " +0000\n")
    d.a("Subject: [", ticket(rng), "] Credential exposure in build logs\n\n")
    d.a("Hi all,\n\nWhile reviewing job ", str(rng.randint(10000, 99999)), " I found that our deploy script echoed an AWS key pair into the public build log:\n\n")
    d.a("    aws_access_key_id = ", E(AKID, aws_akid(rng)), "\n    aws_secret_access_key = ", E(ASK, aws_secret(rng)), "\n\n")
    d0 = rday(rng, 2024, 2025)
    d.a("The log was publicly visible from ", E(DT, fmt_dt(rng, "en", d0)), " until ", E(DT, fmt_dt(rng, "en", d0 + timedelta(days=rng.randint(0, 3)))), ". CloudTrail shows calls from ",
        E(IP, ipv4(rng, "pub")), " which is not one of ours. I've deactivated the key; ", E(PER, b[0]), ", could you check the S3 access logs for bucket ",
        rng.choice(COMPANIES), "-exports?\n\n")
    d.a("The job ran under ", E(PER, full(b)), "'s service account. Severity: SEV-", str(rng.randint(1, 3)), ", tracking in ", ticket(rng), ". You can reach me on ", E(PHN, en_loc(rng).phone(rng)), ".\n\n", E(PER, a[0]), "\n")


def k_compose(rng, d):
    app = rng.choice(SVC)
    dom = company_domain(rng)
    d.a(rng.choice(["docker compose up works locally but the worker can't reach rabbit. compose file:\n\n", "```yaml\n"]))
    pw = password(rng)
    d.a("version: \"3.9\"\nservices:\n  db:\n    image: postgres:", str(rng.randint(13, 16)), "-alpine\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ",
        E(PWD, pw), "\n    ports: [\"5432:5432\"]\n")
    d.a("  rabbit:\n    image: rabbitmq:3.12-management\n    environment:\n      RABBITMQ_DEFAULT_USER: guest_admin\n      RABBITMQ_DEFAULT_PASS: \"", E(PWD, password(rng)), "\"\n")
    d.a("  api:\n    build: .\n    image: registry.", dom, "/", app, ":", semver(rng), "\n    environment:\n      - DATABASE_URL=postgresql://app:", E(PWD, pw), "@db:5432/app\n")
    d.a("      - STRIPE_KEY=", E(STR, stripe_key(rng)), "\n") if rng.random() < 0.5 else d.a("      - STRIPE_KEY=${STRIPE_KEY}\n")
    d.a("      - GITHUB_TOKEN=", E(GHT, gh_token(rng)), "\n") if rng.random() < 0.4 else None
    d.a("      - AMQP_URL=amqp://guest_admin@rabbit:5672\n    depends_on: [db, rabbit]\n")
    d.a("  worker:\n    image: registry.", dom, "/", app, "-worker:", semver(rng), "\n    extra_hosts:\n      - \"rabbit.local:", E(IP, ipv4(rng, "priv172")), "\"\n")
    d.a("    labels:\n      maintainer: \"", E(PER, full(name_en(rng))), "\"\n")


def k_nginx_log(rng, d):
    dom = company_domain(rng)
    d.a(rng.choice(["We're seeing a spike of 499s, access log sample:\n\n", "Can you tell which client is hammering /api/login? nginx access.log:\n\n"]))
    base = rday(rng, 2024, 2025)
    paths = ["/api/login", "/api/v1/orders/" + str(rng.randint(1000, 9999)), "/static/app." + sha(rng, 8) + ".js",
             "/password/reset?token=", "/healthz", "/api/v1/search?q=shoes&page=2"]
    for _ in range(rng.randint(5, 8)):
        pth = rng.choice(paths)
        d.a(E(IP, ip(rng)), " - - [", log_ts(rng, base, "clf"), "] \"", rng.choice(["GET", "POST"]), " ")
        if pth.endswith("token="):
            d.a(pth, E(SEC, generic_secret(rng, "bearer")))
        else:
            d.a(pth)
        d.a(" HTTP/1.1\" ", rng.choice(["200", "401", "499", "302", "200", "502"]), " ", str(rng.randint(0, 40000)), " \"")
        if rng.random() < 0.5:
            d.a(E(URL, url(rng, dom, rng.choice(["/login", "/checkout?step=2", "/"]))))
        else:
            d.a("-")
        d.a("\" \"", rng.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "python-requests/2.31.0", "okhttp/4.12.0", "curl/8.4.0"]), "\" ",
            "%.3f" % (rng.random() * 2), "\n")


def k_stripe_webhook(rng, d):
    L = en_loc(rng)
    p = L.name(rng)
    a = L.addr(rng)
    d.a("Our handler crashes on this customer.updated event (signature check passes). Payload + handler below.\n\n")
    ev = {"id": "evt_" + rs(rng, AN, 24), "object": "event", "api_version": "2023-10-16", "created": int(log_ts(rng, style="epoch")),
          "type": "customer.updated", "livemode": True,
          "data": {"object": {"id": "cus_" + rs(rng, AN, 14), "object": "customer", "name": E(PER, full(p)), "email": E(EML, email_for(rng, p)),
                              "phone": E(PHN, L.phone(rng)),
                              "address": {"line1": E(ADR, a["street"]), "line2": None, "city": E(LOC, a["city"]),
                                          "state": E(LOC, a["region"]), "postal_code": a["zip"], "country": a["cc"]},
                              "invoice_settings": {"default_payment_method": "pm_" + rs(rng, AN, 24)},
                              "metadata": {"crm_id": str(rng.randint(10000, 99999)), "plan": rng.choice(["pro", "team", "enterprise"])}}}}
    jw(d, ev, ind=1)
    d.a("\n\n```python\nendpoint_secret = \"", E(SEC, generic_secret(rng, "whsec")), "\"\nevent = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)\n",
        "last4 = event.data.object.sources.data[0].last4  # AttributeError here\n```\n")


def k_csv_export(rng, d):
    L = en_loc(rng)
    d.a(rng.choice(["Export from the admin panel, the import script chokes on row 3. users.csv:\n\n", "Why does Excel mangle the phone column in this CSV?\n\n"]))
    sep = rng.choice([",", ",", ";"])
    csvrow(d, ["user_id", "full_name", "email", "phone", "dob", "city", "plan", "mrr", "signup_epoch"], sep)
    for _ in range(rng.randint(3, 6)):
        p = L.name(rng)
        csvrow(d, [str(rng.randint(1000, 99999)), E(PER, full(p, rng)), E(EML, email_for(rng, p, lang=L.lang)), E(PHN, L.phone(rng)),
                   E(DOB, fmt_dob(rng, "en")), E(LOC, L.city(rng)[0]), rng.choice(["free", "pro", "team"]), "%.2f" % (rng.random() * 400),
                   log_ts(rng, style="epoch")], sep)


def k_aws_creds(rng, d):
    d.a(rng.choice(["`aws sts get-caller-identity` says InvalidClientTokenId. My ~/.aws files:\n\n",
                    "Which profile is the CLI picking up here?\n\n"]))
    d.a("$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ", E(AKID, aws_akid(rng)), "\naws_secret_access_key = ", E(ASK, aws_secret(rng)), "\n\n")
    d.a("[", rng.choice(["prod", "billing-admin", "legacy"]), "]\naws_access_key_id = ", E(AKID, aws_akid(rng)), "\naws_secret_access_key = ", E(ASK, aws_secret(rng)), "\n")
    if rng.random() < 0.5:
        d.a("aws_session_token = ", E(SEC, rs(rng, AN + "/+", rng.randint(120, 200)) + "=="), "\n")
    d.a("\n$ cat ~/.aws/config\n[default]\nregion = ", rng.choice(REGIONS[:5]), "\noutput = json\n\n[profile sso-dev]\nsso_start_url = ",
        E(URL, "https://" + rng.choice(COMPANIES) + ".awsapps.com/start"), "\nsso_region = us-east-1\nsso_role_name = ReadOnly\n")
    d.a("\n$ env | grep AWS\nAWS_PROFILE=prod\nAWS_DEFAULT_REGION=", rng.choice(REGIONS[:5]), "\n")


def k_git_log(rng, d):
    d.a(rng.choice(["git log --format='%h %an <%ae> %s' -- config/ | head\n\n", "Who touched the secrets file? `git log --pretty=short` output:\n\n"]))
    dom = company_domain(rng)
    leak = rng.randint(0, 3)
    for k in range(rng.randint(4, 6)):
        p = name_en(rng)
        d.a(sha(rng, 7), " ", E(PER, full(p)), " <", E(EML, email_for(rng, p, rng.choice([dom, "users.noreply.github.com", None]))), "> ")
        if k == leak:
            d.a("add temporary slack token ", E(SLK, slack_token(rng)), " for testing\n")
        else:
            d.a(rng.choice(["chore(deps): bump axios to " + semver(rng), "fix: retry on 429", "refactor config loader", "Revert \"add feature flag\"",
                            "ci: cache pip", "docs: update runbook for " + ticket(rng), "feat: add " + rng.choice(TOOLS) + " integration"]), "\n")
    d.a("\nAlso `git show ", sha(rng, 7), ":config/secrets.yml` still has it. Do I need BFG or filter-repo?\n")


def k_app_jsonlog(rng, d):
    dom = company_domain(rng)
    d.a("Structured logs from ", rng.choice(SVC), " around the failed signups (kubectl logs, jq -c):\n\n")
    T = ts_seq(rng)
    for _ in range(rng.randint(4, 6)):
        p = name_en(rng)
        r = rng.random()
        rec = {"ts": T(), "level": rng.choice(["info", "warn", "error"]), "trace_id": rs(rng, HEX, 32)}
        if r < 0.3:
            rec.update({"msg": "signup attempt", "email": E(EML, email_for(rng, p)), "ip": E(IP, ip(rng))})
        elif r < 0.5:
            rec.update({"msg": "sms verification sent", "phone": E(PHN, en_loc(rng).phone(rng)), "provider": "twilio"})
        elif r < 0.65:
            rec.update({"msg": "profile updated", "user_id": rng.randint(1000, 99999), "display_name": E(PER, full(p))})
        elif r < 0.8:
            rec.update({"msg": "outbound call failed", "url": E(URL, url(rng, dom)), "status": rng.choice([500, 502, 504]), "duration_ms": rng.randint(20, 9000)})
        else:
            rec.update({"msg": "rate limited", "client_ip": E(IP, ipv4(rng)), "order": order_no(rng)})
        jw(d, rec, ind=0)
        d.a("\n")
    d.a("\nWhy would the same trace_id show up twice with different users?\n" if rng.random() < 0.5 else "")


def k_openapi(rng, d):
    dom = company_domain(rng)
    p = name_en(rng)
    L = en_loc(rng)
    d.a("openapi.yaml excerpt — the generated client sends `phone` as a number. Why?\n\n")
    d.a("openapi: 3.0.3\ninfo:\n  title: ", dom.split(".")[0].title(), " Patients API\n  version: ", semver(rng), "\n  contact:\n    name: ", E(PER, full(p)),
        "\n    email: ", E(EML, email_for(rng, p, dom)), "\nservers:\n  - url: ", E(URL, "https://api." + dom + "/v" + str(rng.randint(1, 3))), "\n")
    d.a("paths:\n  /patients/{id}:\n    get:\n      operationId: getPatient\n      security:\n        - bearerAuth: []\n")
    d.a("components:\n  schemas:\n    Patient:\n      type: object\n      properties:\n        mrn:\n          type: string\n          example: \"", E(MRN, mrn(rng)),
        "\"\n        name:\n          type: string\n          example: ", E(PER, full(L.name(rng))), "\n        birthDate:\n          type: string\n          format: date\n          example: ",
        E(DOB, rbirth(rng).isoformat()), "\n        phone:\n          example: ", E(PHN, L.phone(rng)), "\n        memberId:\n          type: string\n          example: ",
        E(HPN, hpn(rng)), "\n")


def k_curl(rng, d):
    dom = company_domain(rng)
    p = name_en(rng)
    d.a(rng.choice(["This works in curl but not from our Go client, what's different?\n\n", "Getting 403 from this call:\n\n"]))
    d.a("curl -sS -X POST '", E(URL, "https://api." + dom + "/v2/accounts/" + str(rng.randint(1000, 99999)) + "/members?notify=true"), "' \\\n")
    r = rng.random()
    if r < 0.4:
        d.a("  -H 'Authorization: Bearer ", E(JWT, jwt(rng)), "' \\\n")
    elif r < 0.7:
        d.a("  -H 'Authorization: Bearer ", E(SEC, generic_secret(rng, rng.choice(["bearer", "openai", "shopify"]))), "' \\\n")
    else:
        d.a("  -u ", E(STR, stripe_key(rng)), ": \\\n")
    d.a("  -H 'Content-Type: application/json' \\\n  -d '{\"name\":\"", E(PER, full(p)), "\",\"email\":\"", E(EML, email_for(rng, p)), "\",\"role\":\"admin\"}'\n\n")
    d.a("HTTP/2 403\ndate: Tue, 05 Mar 2024 ", log_ts(rng, style="hms"), " GMT\nx-request-id: ", uuid4(rng), "\n\n{\"error\":\"forbidden\",\"detail\":\"IP ", E(IP, ipv4(rng, "pub")), " not in allowlist\"}\n")


def k_jira(rng, d):
    rep, asg = name_en(rng), name_en(rng)
    dom = company_domain(rng)
    d.a(ticket(rng), ": Patient export includes unmasked identifiers\n\nType: Bug    Priority: ", rng.choice(["Critical", "Major"]), "    Status: In Progress\n")
    d.a("Reporter: ", E(PER, full(rep)), "    Assignee: ", E(PER, full(asg)), "\nFix Version: ", semver(rng), "    Sprint: ", rng.choice(["Falcon", "Orca", "Kestrel"]), " ", str(rng.randint(20, 80)), "\n")
    d.a("Due: ", E(DT, fmt_date(rng, "en")), "\n\n*Steps to reproduce*\n# Log in to ", E(URL, url(rng, dom, "/admin/exports")), " as a clinic admin\n# Export 'Patients (CSV)'\n# Open the file\n\n")
    L = LOCS["US"]
    pt = L.name(rng)
    d.a("*Actual*\n{noformat}\nmrn,name,dob,member_id,phone\n", E(MRN, mrn(rng)), ",", E(PER, full(pt)), ",", E(DOB, fmt_dob(rng, "en")), ",", E(HPN, hpn(rng)), ",",
        E(PHN, L.phone(rng)), "\n{noformat}\n\n*Expected*\nmember_id masked as ***", rdig(rng, 4), ", DOB year only.\n\n")
    d.a("Environment: ", rng.choice(SVC), " ", semver(rng), " (build ", sha(rng, 7), "), Chrome ", str(rng.randint(115, 125)), "\n")


def k_pagerduty(rng, d):
    a, b = name_en(rng), name_en(rng)
    d.a("PagerDuty incident #", str(rng.randint(10000, 99999)), " timeline, need help writing the postmortem summary:\n\n")
    base = rday(rng, 2024, 2025)
    h = rng.randint(0, 20)
    for k, line in enumerate([
        ["Triggered via Datadog: p99 latency > 2s on ", rng.choice(SVC)],
        ["Assigned to ", E(PER, full(a)), " (escalation policy ", rng.choice(["Platform", "Payments"]), " L1)"],
        ["Notified ", E(PER, full(a)), " via phone call to ", E(PHN, en_loc(rng).phone(rng))],
        ["Acknowledged by ", E(PER, full(a))],
        ["Note from ", E(PER, full(b)), ": DB primary ", E(IP, ipv4(rng, "priv10")), " at 100% CPU, long-running query from reporting-etl"],
        ["Escalated to ", E(PER, full(b))],
        ["Resolved by ", E(PER, full(a)), " after killing pid ", str(rng.randint(1000, 65000))]]):
        d.a("%02d:%02d  " % (h + k // 3, (k * 7 + rng.randint(0, 6)) % 60), *line)
        d.a("\n")
    d.a("\nDuration: ", duration(rng), ". Customer impact: ~", str(rng.randint(20, 900)), " failed checkouts. Follow-up review on ", E(DT, fmt_dt(rng, "en")), ".\n")


def k_mongo(rng, d):
    L = en_loc(rng)
    d.a("mongosh output — why does the $lookup return empty for these users?\n\n", rng.choice(SVC), "> db.users.find({ plan: \"pro\" }).limit(2)\n[\n")
    for k in range(2):
        p = L.name(rng)
        a = L.addr(rng)
        d.a("  {\n    _id: ObjectId('", rs(rng, HEX, 24), "'),\n    name: '", E(PER, full(p)), "',\n    email: '", E(EML, email_for(rng, p)), "',\n")
        d.a("    phone: '", E(PHN, L.phone(rng)), "',\n    address: { street: '", E(ADR, a["street"]), "', city: '", E(LOC, a["city"]), "', zip: '", a["zip"], "' },\n")
        d.a("    lastLoginIp: '", E(IP, ip(rng)), "',\n    createdAt: ISODate('", log_ts(rng), "'),\n    orgId: '", uuid4(rng), "'\n  }", ",\n" if k == 0 else "\n")
    d.a("]\n")


def k_es_result(rng, d):
    L = en_loc(rng)
    d.a("GET customers-v3/_search?q=status:flagged returned these hits, but the Kibana view shows 0. Index mapping issue?\n\n")
    hits = []
    for _ in range(rng.randint(1, 2)):
        p = L.name(rng)
        hits.append({"_index": "customers-v3", "_id": rs(rng, AN, 20), "_score": round(rng.random() * 5, 4),
                     "_source": {"name": E(PER, full(p, rng)), "email": E(EML, email_for(rng, p)), "ssn": E(SSN, ssn(rng)) if rng.random() < 0.5 else "***-**-" + rdig(rng, 4),
                                 "card_last4": rdig(rng, 4), "account_number": E(ACC, acct(rng)), "status": "flagged", "risk_score": rng.randint(60, 99)}})
        if rng.random() < 0.4:
            hits[-1]["_source"]["drivers_license"] = E(DL, dlic(rng, "US"))
    jw(d, {"took": rng.randint(2, 90), "timed_out": False, "_shards": {"total": 3, "successful": 3, "failed": 0},
           "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": 1.0, "hits": hits}}, ind=1)
    d.a("\n")


def k_graphql(rng, d):
    dom = company_domain(rng)
    p = name_en(rng)
    L = en_loc(rng)
    a = L.addr(rng)
    d.a("GraphQL mutation returns null for `shippingAddress` even though the DB row is fine:\n\n")
    d.a("mutation UpdateProfile($input: ProfileInput!) {\n  updateProfile(input: $input) { id name shippingAddress }\n}\n\nVariables:\n")
    jw(d, {"input": {"id": "usr_" + rs(rng, AN, 10), "name": E(PER, full(p)), "phone": E(PHN, L.phone(rng)), "shippingAddress": E(ADR, a["one"])}}, ind=2)
    d.a("\n\nResponse:\n")
    jw(d, {"data": {"updateProfile": {"id": "usr_" + rs(rng, AN, 10), "name": E(PER, full(p)), "shippingAddress": None}},
           "extensions": {"tracing": {"duration": rng.randint(1000000, 90000000)}}}, ind=2)
    d.a("\n\nEndpoint: ", E(URL, "https://api." + dom + "/graphql"), ", token header x-hasura-admin-secret: ", E(SEC, generic_secret(rng, "bearer")), "\n")


def k_pytest(rng, d):
    L = any_loc(rng)
    p1, p2 = L.name(rng), L.name(rng)
    d.a("Flaky test on CI only, passes locally. Output:\n\n")
    d.a("_" * 20, " test_invoice_pdf_contains_customer ", "_" * 20, "\n\n    def test_invoice_pdf_contains_customer(invoice_factory):\n")
    d.a("        inv = invoice_factory(locale=\"", L.lang, "_", L.code, "\")\n>       assert inv.billing_name == \"", E(PER, full(p1)), "\"\n")
    d.a("E       AssertionError: assert '", E(PER, full(p2)), "' == '", E(PER, full(p1)), "'\nE         - ", E(PER, full(p1)), "\nE         + ", E(PER, full(p2)), "\n\n")
    d.a("tests/test_invoice.py:", str(rng.randint(20, 300)), ": AssertionError\n", "-" * 10, " Captured log call ", "-" * 10, "\n")
    d.a("INFO     billing.pdf:pdf.py:", str(rng.randint(10, 200)), " rendering invoice ", order_no(rng), " IBAN ", E(IBAN, iban(rng, L.iban_cc if L.iban_cc in IBAN_FMT else None)), "\n")
    d.a("INFO     billing.pdf:pdf.py:", str(rng.randint(10, 200)), " ship-to ", E(ADR, L.addr(rng)["one"]), "\n")
    d.a("=" * 10, " short test summary info ", "=" * 10, "\nFAILED tests/test_invoice.py::test_invoice_pdf_contains_customer - AssertionError\n")
    d.a("=" * 8, " 1 failed, ", str(rng.randint(100, 900)), " passed, ", str(rng.randint(0, 9)), " skipped in ", "%.2fs" % (rng.random() * 90), " ", "=" * 8, "\n")
    d.a("\nI think the factory's random seed differs (pytest-randomly seed ", str(rng.randint(100000, 9999999)), ").\n")


def k_npm(rng, d):
    org = rng.choice(COMPANIES)
    d.a("npm install fails in Docker but works on my machine\n\n")
    d.a("npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"GitHub Package Registry\"\n\n")
    d.a("npm ERR! A complete log of this run can be found in: /root/.npm/_logs/", log_ts(rng).replace(":", "_").replace(".", "_"), "-debug-0.log\n\n")
    d.a("my .npmrc:\n\n@", org, ":registry=", E(URL, "https://npm.pkg.github.com"), "\n//npm.pkg.github.com/:_authToken=", E(GHT, gh_token(rng)), "\n")
    if rng.random() < 0.6:
        d.a("//registry.npmjs.org/:_authToken=", E(SEC, generic_secret(rng, "npm")), "\n")
    else:
        d.a("//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n")
    d.a("always-auth=true\n\nDockerfile line: `RUN npm ci --omit=dev` (node ", str(rng.choice([18, 20, 22])), ".", str(rng.randint(0, 15)), ".", str(rng.randint(0, 9)), ", npm ", semver(rng), ")\n")


def k_ssh_key(rng, d):
    ipa = ipv4(rng, rng.choice(["pub", "doc"]))
    d.a("Permission denied (publickey) when connecting to the bastion, what am I doing wrong?\n\n$ ssh -v deploy@", E(IP, ipa), "\n")
    d.a("OpenSSH_9.6p1, OpenSSL 3.0.13 30 Jan 2024\ndebug1: Connecting to ", E(IP, ipa), " [", E(IP, ipa), "] port 22.\ndebug1: Connection established.\n")
    d.a("debug1: identity file /home/", rs(rng, LO, 6), "/.ssh/prod_key type 0\ndebug1: Authentications that can continue: publickey\n",
        "debug1: Offering public key: /home/dev/.ssh/prod_key RSA SHA256:", rs(rng, AN + "+/", 43), "\nPermission denied (publickey).\n\n")
    d.a("~/.ssh/config:\nHost bastion\n  HostName ", E(IP, ipa), "\n  User deploy\n  IdentityFile ~/.ssh/prod_key\n\n")
    d.a(rng.choice(["and the key (throwaway, will rotate):\n", "Key file contents in case the format is wrong:\n"]), E(PEM, pem(rng)), "\n")


def k_kubectl_describe(rng, d):
    app = rng.choice(SVC)
    node_ip = ipv4(rng, "priv10")
    d.a("Pod keeps going into CrashLoopBackOff:\n\n$ kubectl describe pod ", app, "-", rs(rng, HEX, 9), "-", rs(rng, LO + DG, 5), " -n prod\n")
    d.a("Name:             ", app, "-", rs(rng, LO + DG, 5), "\nNamespace:        prod\nPriority:         0\nNode:             ip-",
        node_ip.replace(".", "-"), ".", rng.choice(REGIONS[:5]), ".compute.internal/", E(IP, node_ip), "\n")
    d.a("Labels:           app=", app, "\n                  pod-template-hash=", rs(rng, HEX, 9), "\nStatus:           Running\nIP:               ", E(IP, ipv4(rng, "priv10")), "\n")
    d.a("Containers:\n  ", app, ":\n    Image:          ghcr.io/", rng.choice(COMPANIES), "/", app, ":", semver(rng), "\n    Image ID:       sha256:", sha(rng, 64), "\n")
    d.a("    State:          Waiting\n      Reason:       CrashLoopBackOff\n    Last State:     Terminated\n      Exit Code:    1\n    Restart Count:  ", str(rng.randint(3, 40)), "\n")
    d.a("    Environment:\n      DB_HOST:        ", E(IP, ipv4(rng, "priv10")), "\n      DB_PASSWORD:    <set to the key 'password' in secret '", app, "-db'>  Optional: false\n")
    r = rng.random()
    if r < 0.5:
        d.a("      PAYMENTS_KEY:   ", E(STR, stripe_key(rng)), "\n")
    else:
        d.a("      SLACK_TOKEN:    ", E(SLK, slack_token(rng)), "\n")
    d.a("      SUPPORT_EMAIL:  ", E(EML, role_email(rng)), "\n")
    d.a("Events:\n  Type     Reason   Age                 From     Message\n  ----     ------   ----                ----     -------\n")
    d.a("  Warning  BackOff  ", str(rng.randint(1, 9)), "m (x", str(rng.randint(5, 40)), " over ", str(rng.randint(10, 59)), "m)  kubelet  Back-off restarting failed container\n")


def k_cloudwatch(rng, d):
    d.a("CloudWatch Logs Insights query:\nfields @timestamp, @message | filter @message like /login/ | sort @timestamp desc | limit 5\n\nResults:\n\n")
    rows = []
    base = rday(rng, 2024, 2025)
    for _ in range(rng.randint(3, 5)):
        p = name_en(rng)
        r = rng.random()
        if r < 0.5:
            msg = ["login ok user=", E(EML, email_for(rng, p)), " ip=", E(IP, ip(rng))]
        elif r < 0.75:
            msg = ["login failed user=", E(EML, email_for(rng, p)), " reason=bad_password attempts=", str(rng.randint(1, 9))]
        else:
            msg = ["login mfa sms sent to ", E(PHN, en_loc(rng).phone(rng)), " req=", uuid4(rng)[:8]]
        rows.append([log_ts(rng, base).replace("T", " ").rstrip("Z"), msg])
    table(d, ["@timestamp", "@message"], rows, "markdown")
    d.a("\nCan I make this query also show the user's country? We log geo in a separate field.\n")


def k_django_settings(rng, d):
    dom = company_domain(rng)
    a = name_en(rng)
    d.a("settings/production.py — reviewer says it has problems, which ones?\n\n```python\nSECRET_KEY = \"", E(SEC, "django-insecure-" + rs(rng, LO + DG + "!#%^&*(-_=+)", 50)), "\"\n")
    d.a("DEBUG = False\nALLOWED_HOSTS = [\"", dom, "\", \"", E(IP, ipv4(rng, "pub")), "\"]\nADMINS = [(\"", E(PER, full(a)), "\", \"", E(EML, email_for(rng, a, dom)), "\")]\n")
    d.a("DATABASES = {\n    \"default\": {\n        \"ENGINE\": \"django.db.backends.postgresql\",\n        \"NAME\": \"app\",\n        \"USER\": \"app\",\n        \"PASSWORD\": \"",
        E(PWD, password(rng)), "\",\n        \"HOST\": \"", E(IP, ipv4(rng, "priv10")), "\",\n        \"PORT\": 5432,\n    }\n}\n")
    d.a("EMAIL_HOST = \"smtp.mailgun.org\"\nEMAIL_HOST_USER = \"", E(EML, "postmaster@mg." + dom), "\"\nEMAIL_HOST_PASSWORD = \"", E(PWD, password(rng)), "\"\n")
    d.a("CELERY_BROKER_URL = \"redis://:", E(PWD, password(rng)), "@redis-master:6379/0\"\n")
    d.a("TIME_ZONE = \"", rng.choice(["Europe/London", "America/New_York", "Asia/Kolkata"]), "\"\nSESSION_COOKIE_AGE = ", str(rng.choice([1209600, 86400, 3600])), "\n```\n")


def k_spring(rng, d):
    dom = company_domain(rng)
    d.a("Spring Boot app won't start: `FATAL: password authentication failed for user \"orders_app\"`. application-prod.properties:\n\n")
    d.a("server.port=8080\nspring.datasource.url=jdbc:postgresql://", E(IP, ipv4(rng, "priv10")), ":5432/orders\nspring.datasource.username=orders_app\n")
    d.a("spring.datasource.password=", E(PWD, password(rng)), "\nspring.jpa.hibernate.ddl-auto=validate\n")
    d.a("spring.mail.host=smtp.", dom, "\nspring.mail.username=", E(EML, role_email(rng, dom)), "\nspring.mail.password=", E(PWD, password(rng)), "\n")
    if rng.random() < 0.5:
        d.a("sendgrid.api-key=", E(SEC, generic_secret(rng, "sendgrid")), "\n")
    d.a("app.jwt.secret=", E(SEC, generic_secret(rng, "hex64")), "\napp.jwt.expiry=PT15M\n")
    d.a("app.support.email=", E(EML, role_email(rng, dom)), "\napp.support.phone=", E(PHN, en_loc(rng).phone(rng)), "\n")
    d.a("app.public-url=", E(URL, url(rng, dom, "")), "\nmanagement.endpoints.web.exposure.include=health,info,prometheus\nlogging.level.org.hibernate.SQL=DEBUG\n")
    d.a("\nThe same password works in DBeaver. Spring Boot ", semver(rng), ", driver postgresql-42.7.", str(rng.randint(0, 4)), ".\n")


def k_gcp_sa(rng, d):
    proj = rng.choice(COMPANIES) + "-" + rng.choice(["prod", "data", "ml"]) + "-" + rdig(rng, 6)
    sa = rng.choice(["bq-loader", "terraform", "ci-deployer"]) + "@" + proj + ".iam.gserviceaccount.com"
    d.a("gcloud auth activate-service-account fails with `invalid_grant: Invalid JWT Signature`. key.json:\n\n")
    k = pem(rng, rng.randint(5, 9))
    body = k.split("\n")[1:-1]
    k = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"
    jw(d, {"type": "service_account", "project_id": proj, "private_key_id": sha(rng, 40), "private_key": S(E(PEM, k), "\n"),
           "client_email": E(EML, sa), "client_id": rdig(rng, 21), "auth_uri": E(URL, "https://accounts.google.com/o/oauth2/auth"),
           "token_uri": E(URL, "https://oauth2.googleapis.com/token"),
           "auth_provider_x509_cert_url": E(URL, "https://www.googleapis.com/oauth2/v1/certs"), "universe_domain": "googleapis.com"}, ind=2)
    d.a("\n\nThe key was created ", rng.choice(["last week", "yesterday", "a few days ago"]), ", clock on the runner is NTP-synced.\n")


def k_hl7(rng, d):
    L = LOCS["US"]
    p = L.name(rng)
    a = L.addr(rng)
    b = rbirth(rng)
    mid = rng.choice(UP)
    nm = "%s^%s^%s" % (ascii_fold(p[1]).upper(), ascii_fold(p[0]).upper(), mid)
    st1, _, st2 = a["street"].upper().partition(", ")
    xad = "%s^%s^%s^%s^%s^USA" % (st1, st2, a["city"].upper(), a["region"], a["zip"])
    ts = "2024%02d%02d%02d%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    d.a("Our Mirth channel rejects this ADT^A08 with `PID-7 invalid`. Can you spot it? (test env, but data came from prod)\n\n")
    d.a("MSH|^~\\&|EPIC|", rng.choice(["STMARY", "NORTHCLIN", "RIVERSIDE"]), "|MIRTH|LAB|", ts, "||ADT^A08|MSG", rdig(rng, 8), "|P|2.5.1\r\n")
    d.a("EVN|A08|", ts, "\r\n")
    d.a("PID|1||", E(MRN, mrn(rng).replace("-", "")), "^^^HOSP^MR||", E(PER, nm), "||", E(DOB, b.strftime("%Y%m%d")), "|", rng.choice("MF"), "|||",
        E(ADR, xad), "||", E(PHN, "(%s)%s-%s" % (rng.choice(["217", "312", "773"]), rdig(rng, 3), rdig(rng, 4))), "|||S||", E(ACC, rdig(rng, 9)),
        "^^^HOSP^AN|", E(SSN, ssn(rng, "plain")), "|", E(DL, dlic(rng, "US").replace(" ", "")), "^IL\r\n")
    f = [""] * 37
    f[1], f[2], f[3], f[4] = "1", rng.choice(["BCBS01", "AETNA3", "UHC22"]), str(rng.randint(100, 999)), rng.choice(["BLUE CROSS OF ILLINOIS", "AETNA", "UNITEDHEALTHCARE"])
    f[8] = "GRP" + rdig(rng, 6)
    d.a("IN1|", "|".join(f[1:16]), "|", E(PER, nm), "|SEL|", E(DOB, b.strftime("%Y%m%d")), "|", "|" * 17, E(HPN, hpn(rng)), "\r\n")
    d.a("\nMirth error: ", rng.choice(["Segment PID field 7 length exceeds 26", "Invalid date in PID-7"]), " (message control id above).\n")


def k_fhir(rng, d):
    L = LOCS["US"] if rng.random() < 0.7 else LOCS["GB"]
    p = L.name(rng)
    a = L.addr(rng)
    dom = company_domain(rng)
    d.a("Our FHIR server returns 400 on PUT Patient, OperationOutcome says 'telecom[1].system missing'. Resource:\n\n")
    res = {"resourceType": "Patient", "id": rs(rng, LO + DG, 12), "meta": {"versionId": str(rng.randint(1, 20)), "lastUpdated": log_ts(rng)},
           "identifier": [{"system": "urn:oid:2.16.840.1.113883.3." + rdig(rng, 4), "type": {"text": "MRN"}, "value": E(MRN, mrn(rng))}],
           "name": [{"use": "official", "family": E(PER, p[1]), "given": [E(PER, p[0])]}],
           "telecom": [{"system": "phone", "value": E(PHN, L.phone(rng)), "use": "mobile"}, {"value": E(EML, email_for(rng, p))}],
           "gender": rng.choice(["female", "male", "unknown"]), "birthDate": E(DOB, rbirth(rng).isoformat()),
           "address": [{"line": [E(ADR, a["street"])], "city": E(LOC, a["city"]), "state": E(LOC, a["region"]), "postalCode": a["zip"], "country": a["cc"]}],
           "generalPractitioner": [{"reference": "Practitioner/" + rdig(rng, 6), "display": S(rng.choice(["Dr. ", "Dr "]), E(PER, full(L.name(rng))))}]}
    jw(d, res, ind=1)
    d.a("\n\nPUT ", E(URL, "https://fhir." + dom + "/r4/Patient/" + res["id"]), "\n")


def k_vcard(rng, d):
    L = en_loc(rng) if rng.random() < 0.6 else any_loc(rng)
    p = L.name(rng)
    a = L.addr(rng)
    mid = rng.choice(UP)
    d.a("Our CRM's vCard export breaks the import in Outlook. One contact from the .vcf:\n\n")
    d.a("BEGIN:VCARD\r\nVERSION:3.0\r\nN:", E(PER, "%s;%s;%s" % (p[1], p[0], mid)), ";;\r\nFN:", E(PER, "%s %s. %s" % (p[0], mid, p[1])), "\r\n")
    d.a("ORG:", rng.choice(BRANDS), "\r\nTITLE:", rng.choice(["Procurement Manager", "IT Director", "Office Manager"]), "\r\n")
    d.a("TEL;TYPE=WORK,VOICE:", E(PHN, L.phone(rng)), "\r\nTEL;TYPE=CELL:", E(PHN, L.phone(rng)), "\r\nEMAIL;TYPE=INTERNET:", E(EML, email_for(rng, p, lang=L.lang)), "\r\n")
    d.a("ADR;TYPE=WORK:;;", E(ADR, "%s;%s;%s;%s;%s" % (a["street"].replace(",", "\\,"), a["city"], a["region"], a["zip"], a["country"] or a["cc"])), "\r\n")
    d.a("BDAY:", E(DOB, rbirth(rng).isoformat()), "\r\nREV:", log_ts(rng)[:19].replace("-", "").replace(":", ""), "Z\r\nUID:", uuid4(rng), "\r\nEND:VCARD\r\n")
    d.a("\nOutlook says 'line 7 invalid'. Exported by CRM v", semver(rng), ".\n")


def k_ics(rng, d):
    a, b = name_en(rng), name_en(rng)
    dom = company_domain(rng)
    day = rday(rng, 2024, 2025)
    h = rng.randint(8, 17)
    d.a("Calendar invite for the postmortem won't import into Google Calendar, raw .ics:\n\n")
    d.a("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//", rng.choice(["Zoom", "Microsoft Corporation", "Fastmail"]), "//EN\r\nBEGIN:VEVENT\r\nUID:", uuid4(rng), "\r\n")
    d.a("DTSTAMP:", log_ts(rng)[:19].replace("-", "").replace(":", ""), "Z\r\n")
    tz = rng.choice(["Europe/London", "America/New_York", "Asia/Kolkata"])
    d.a("DTSTART;TZID=", tz, ":", E(DT, "%sT%02d0000" % (day.strftime("%Y%m%d"), h)), "\r\n")
    d.a("DTEND;TZID=", tz, ":", E(DT, "%sT%02d3000" % (day.strftime("%Y%m%d"), h)), "\r\n")
    d.a("SUMMARY:Postmortem ", ticket(rng), " checkout outage\r\nORGANIZER;CN=", E(PER, full(a)), ":mailto:", E(EML, email_for(rng, a, dom)), "\r\n")
    d.a("ATTENDEE;CN=", E(PER, full(b)), ";ROLE=REQ-PARTICIPANT:mailto:", E(EML, email_for(rng, b, dom)), "\r\n")
    mid = rdig(rng, rng.choice([10, 11]))
    d.a("DESCRIPTION:Join Zoom: ", E(URL, "https://" + rng.choice(COMPANIES) + ".zoom.us/j/" + mid), "\\nMeeting ID: ", mid[:3], " ", mid[3:7], " ", mid[7:],
        "\\nPasscode: ", E(PWD, rdig(rng, 6) if rng.random() < 0.6 else rs(rng, AN, 8)), "\r\n")
    d.a("CREATED:", log_ts(rng)[:19].replace("-", "").replace(":", ""), "Z\r\nSEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def k_alert_email(rng, d):
    dom = company_domain(rng)
    own = name_en(rng)
    app = rng.choice(SVC)
    d.a("From: Grafana <", E(EML, "alerts@" + dom), ">\nTo: ", E(EML, "oncall-" + app + "@" + dom), "\nDate: ", rng.choice(WD_EN)[:3], ", ", str(rng.randint(1, 28)), " ",
        rng.choice(MON_EN)[:3], " 2025 ", log_ts(rng, style="hms"), " +0000\nSubject: [FIRING:1] HighErrorRate ", app, " (prod)\n\n")
    d.a("Firing\n\nValue: B=", "%.3f" % rng.random(), "\nLabels:\n - alertname = HighErrorRate\n - instance = ", E(IP, ipv4(rng, "priv10")), ":9100\n - job = ", app, "\n - severity = page\n")
    d.a("Annotations:\n - owner = ", E(PER, full(own)), "\n - runbook_url = ", E(URL, url(rng, dom, "/docs/runbooks/" + app)), "\n - summary = 5xx ratio above 5% for ", duration(rng), "\n")
    d.a("Source: ", E(URL, "https://grafana." + dom + "/alerting/grafana/" + rs(rng, AN, 9) + "/view"), "\nSilence: ",
        E(URL, "https://grafana." + dom + "/alerting/silence/new?alertmanager=grafana&matcher=alertname%3DHighErrorRate"), "\n")
    d.a("\n-- \nForwarded by ", E(PER, own[0]), ": this fired ", str(rng.randint(3, 30)), " times overnight, can you suggest a better threshold?\n")


def k_rails_console(rng, d):
    p = name_en(rng)
    em = email_for(rng, p)
    d.a("rails c on production (read-only replica), trying to understand why the user can't log in:\n\n")
    d.a("irb(main):001> u = User.find_by(email: \"", E(EML, em), "\")\n=> #<User id: ", str(rng.randint(1000, 99999)), ", email: \"", E(EML, em), "\", name: \"",
        E(PER, full(p)), "\", phone: \"", E(PHN, en_loc(rng).phone(rng)), "\", encrypted_password: [FILTERED], locked_at: nil, failed_attempts: ", str(rng.randint(5, 12)),
        ", created_at: \"", log_ts(rng, style="space")[:19], " UTC\">\n")
    d.a("irb(main):002> u.date_of_birth.to_s\n=> \"", E(DOB, rbirth(rng).isoformat()), "\"\n")
    d.a("irb(main):003> u.api_tokens.last.token\n=> \"", E(SEC, generic_secret(rng, "bearer")), "\"\n")
    d.a("irb(main):004> u.last_sign_in_ip.to_s\n=> \"", E(IP, ipv4(rng, "pub")), "\"\n")
    d.a("irb(main):005> u.unlock_access!\n=> true\n\nIs unlock_access! safe to run or does it also reset 2FA?\n")


def k_redis(rng, d):
    p = name_en(rng)
    host = "redis-" + rng.choice(["prod", "sessions", "cache"]) + "-0" + str(rng.randint(1, 4))
    d.a("Session keys never expire, TTL returns -1:\n\n")
    sid = rs(rng, HEX, 32)
    d.a(host, ":6379> GET session:", sid, "\n\"{\\\"user_id\\\":", str(rng.randint(1000, 99999)), ",\\\"email\\\":\\\"", E(EML, email_for(rng, p)),
        "\\\",\\\"name\\\":\\\"", E(PER, full(p)), "\\\",\\\"csrf\\\":\\\"", rs(rng, AN, 32), "\\\",\\\"oauth_token\\\":\\\"", E(SEC, generic_secret(rng, "bearer")),
        "\\\"}\"\n")
    d.a(host, ":6379> TTL session:", sid, "\n(integer) -1\n", host, ":6379> CONFIG GET maxmemory-policy\n1) \"maxmemory-policy\"\n2) \"noeviction\"\n")
    d.a(host, ":6379> CLIENT LIST\nid=", str(rng.randint(10, 9999)), " addr=", E(IP, ipv4(rng, "priv10")), ":", str(rng.randint(30000, 65000)), " laddr=",
        E(IP, ipv4(rng, "priv10")), ":6379 fd=8 name=", rng.choice(SVC), " age=", str(rng.randint(10, 90000)), " idle=0\n")


def k_mysql_orders(rng, d):
    L = en_loc(rng)
    d.a("Found this in the legacy orders DB during the PCI scope review. How bad is it?\n\nmysql> SELECT order_id, customer, card_no, billing_address, total FROM orders_legacy LIMIT 3;\n")
    rows = []
    for _ in range(rng.randint(2, 3)):
        p = L.name(rng)
        rows.append(["ORD-" + rdig(rng, 6), E(PER, full(p, rng)), E(CC, card(rng, rng.choice(["plain", "space"]))), E(ADR, L.addr(rng)["one"]), amount(rng, "")])
    table(d, ["order_id", "customer", "card_no", "billing_address", "total"], rows, "mysql")
    d.a("\nThe column is VARCHAR(19), no encryption. Table last written in ", str(rng.randint(2016, 2021)), ".\n")


def k_dockerfile(rng, d):
    p = name_en(rng)
    dom = company_domain(rng)
    d.a("Image scan flags secrets in our Dockerfile, which lines?\n\n```dockerfile\nFROM python:3.", str(rng.randint(9, 12)), "-slim AS base\n")
    d.a("LABEL maintainer=\"", E(PER, full(p)), " <", E(EML, email_for(rng, p, dom)), ">\" \\\n      org.opencontainers.image.revision=\"", sha(rng), "\"\n")
    d.a("ARG PIP_EXTRA_INDEX_URL\nENV DJANGO_SETTINGS_MODULE=app.settings.prod \\\n    NPM_TOKEN=", E(SEC, generic_secret(rng, "npm")), " \\\n")
    d.a("    SENTRY_AUTH_TOKEN=", E(SEC, generic_secret(rng, "sentry_auth")), "\n") if rng.random() < 0.5 else d.a("    SENTRY_DSN=${SENTRY_DSN}\n")
    d.a("RUN pip install --no-cache-dir -r requirements.txt\nRUN echo \"machine github.com login x-oauth password ", E(GHT, gh_token(rng)), "\" > ~/.netrc\n")
    d.a("COPY . /app\nEXPOSE 8000\nCMD [\"gunicorn\", \"app.wsgi\", \"-w\", \"", str(rng.randint(2, 8)), "\"]\n```\n")


def k_github_issue(rng, d):
    p = name_en(rng)
    dom = company_domain(rng)
    d.a("### Describe the bug\nAfter upgrading to ", semver(rng), " the SMTP transport fails with `535 Authentication failed`.\n\n### Config\n```yaml\nmailer:\n  host: smtp.", dom,
        "\n  port: 587\n  user: ", E(EML, email_for(rng, p, dom)), "\n  pass: ", E(PWD, password(rng)), "\n```\n")
    d.a("(oops, that's the real password, I'll rotate it)\n\n### Environment\n- OS: ", rng.choice(["Ubuntu 22.04", "macOS 14.3", "Windows 11"]), "\n- Node: ",
        str(rng.choice([18, 20, 22])), ".", str(rng.randint(0, 12)), "\n- Package version: ", semver(rng), "\n\n### Logs\n```\n", log_ts(rng),
        " [mailer] connecting to ", E(IP, ipv4(rng, "pub")), ":587\n", log_ts(rng), " [mailer] 535 5.7.8 Authentication failed\n```\n\n")
    d.a("cc @", slug(p[0]) + rdig(rng, 2), " — ", E(PER, p[0]), " from the ", rng.choice(BRANDS), " integration team\n")


def k_js_config(rng, d):
    dom = company_domain(rng)
    p = name_en(rng)
    d.a("Can you refactor this config.js so secrets come from process.env?\n\n```js\nmodule.exports = {\n  firebase: {\n    apiKey: \"", E(SEC, generic_secret(rng, "google")),
        "\",\n    authDomain: \"", dom.split(".")[0], "-app.firebaseapp.com\",\n    projectId: \"", dom.split(".")[0], "-app\",\n    appId: \"1:", rdig(rng, 12), ":web:", rs(rng, HEX, 22), "\",\n  },\n")
    d.a("  mailer: { auth: { user: \"", E(EML, email_for(rng, p, dom)), "\", pass: \"", E(PWD, password(rng)), "\" } },\n")
    d.a("  stripe: { secret: \"", E(STR, stripe_key(rng)), "\", publishable: \"pk_live_", rs(rng, AN, 24), "\" },\n") if rng.random() < 0.6 else d.a("  stripe: { secret: process.env.STRIPE_SECRET },\n")
    tp = name_en(rng)
    d.a("  testUser: { name: \"", E(PER, full(tp)), "\", card: \"", E(CC, card(rng)), "\", zip: \"", rdig(rng, 5), "\" },\n")
    d.a("  apiBase: \"", E(URL, url(rng, dom, "/api")), "\",\n  version: \"", semver(rng), "\",\n};\n```\n")


def k_logcat(rng, d):
    dom = company_domain(rng)
    p = name_en(rng)
    d.a("adb logcat from a tester's phone, login works but profile screen is blank:\n\n")
    pid, tid = rng.randint(1000, 30000), rng.randint(1000, 30000)
    mon, day = rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    ss = [rng.randint(0, 50)]

    def pre(tag, lvl="D"):
        ss[0] += 1
        return "%02d-%02d %02d:%02d:%02d.%03d %5d %5d %s %-8s: " % (mon, day, hh, mm, ss[0] % 60, rng.randint(0, 999), pid, tid, lvl, tag)

    d.a(pre("OkHttp"), "--> POST ", E(URL, "https://api." + dom + "/v1/auth/login"), "\n")
    d.a(pre("OkHttp"), "{\"email\":\"", E(EML, email_for(rng, p)), "\",\"password\":\"", E(PWD, password(rng)), "\"}\n")
    d.a(pre("OkHttp"), "<-- 200 OK (", str(rng.randint(80, 900)), "ms)\n")
    d.a(pre("OkHttp"), "{\"token\":\"", E(JWT, jwt(rng)), "\",\"user\":{\"name\":\"", E(PER, full(p)), "\",\"phone\":\"", E(PHN, en_loc(rng).phone(rng)), "\"}}\n")
    d.a(pre("ProfileVM", "E"), "java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String.length()' on a null object reference\n")
    d.a(pre("ProfileVM", "E"), "    at com.", dom.split(".")[0], ".app.profile.ProfileViewModel.bind(ProfileViewModel.kt:", str(rng.randint(20, 300)), ")\n")
    d.a(pre("Choreographer", "I"), "Skipped ", str(rng.randint(30, 200)), " frames!  The application may be doing too much work on its main thread.\n")


def k_sendgrid_events(rng, d):
    d.a("SendGrid event webhook batch, why are clicks attributed to the wrong campaign?\n\n")
    evs = []
    dom = company_domain(rng)
    for _ in range(rng.randint(2, 4)):
        p = name_en(rng)
        ev = {"email": E(EML, email_for(rng, p)), "timestamp": int(log_ts(rng, style="epoch")), "event": rng.choice(["delivered", "open", "click", "bounce"]),
              "sg_event_id": rs(rng, AN + "-_", 22), "sg_message_id": rs(rng, AN, 22) + ".filter" + rdig(rng, 4), "campaign": "spring-" + rdig(rng, 3)}
        if ev["event"] in ("open", "click"):
            ev["ip"] = E(IP, ip(rng))
            ev["useragent"] = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
        if ev["event"] == "click":
            ev["url"] = E(URL, url(rng, dom, "/promo/spring?utm_source=email&utm_campaign=" + ev["campaign"]))
        if ev["event"] == "bounce":
            ev["reason"] = "550 5.1.1 user unknown"
        evs.append(ev)
    jw(d, evs, ind=1)
    d.a("\n")


def k_kafka(rng, d):
    L = any_loc(rng)
    d.a("kcat -C -t payments.payouts.v2 -o -3 -e  — consumer fails to deserialize the last one:\n\n")
    for k in range(rng.randint(2, 3)):
        p = L.name(rng)
        rec = {"payout_id": "po_" + rs(rng, AN, 16), "beneficiary": E(PER, full(p, rng)),
               "iban": E(IBAN, iban(rng, L.iban_cc if L.iban_cc in IBAN_FMT else None, False)), "bic": rs(rng, UP, 6) + rs(rng, UP + DG, 2),
               "amount": {"value": rng.randint(1000, 900000), "currency": rng.choice(["EUR", "GBP", "PLN", "USD"])},
               "customer_account": E(ACC, acct(rng)), "execute_on": E(DT, rday(rng).isoformat())}
        d.a("Key: ", rec["payout_id"], "\n")
        jw(d, rec, ind=0)
        d.a("\n")
    d.a("% Reached end of topic payments.payouts.v2 [", str(rng.randint(0, 11)), "] at offset ", str(rng.randint(10000, 9999999)), ": exiting\n")


def k_tfvars(rng, d):
    dom = company_domain(rng)
    a, b = name_en(rng), name_en(rng)
    d.a("prod.auto.tfvars (git-crypt was not set up on my clone, is this file supposed to be readable?)\n\n")
    d.a("environment        = \"prod\"\nregion             = \"", rng.choice(REGIONS[:5]), "\"\ninstance_count     = ", str(rng.randint(2, 12)), "\n")
    d.a("db_admin_password  = \"", E(PWD, password(rng)), "\"\ndatadog_api_key    = \"", E(SEC, generic_secret(rng, "datadog")), "\"\n")
    d.a("admin_cidrs        = [\"", E(IP, ipv4(rng, "doc")), "/32\", \"", E(IP, ipv4(rng, "pub")), "/32\"]\n")
    d.a("alert_emails       = [\"", E(EML, email_for(rng, a, dom)), "\", \"", E(EML, email_for(rng, b, dom)), "\"]\n")
    d.a("oncall_phone       = \"", E(PHN, en_loc(rng).phone(rng)), "\"\ncert_expiry_notice = \"", E(DT, rday(rng, 2025, 2026).isoformat()), "\"\n")
    d.a("tags = {\n  owner       = \"", E(PER, full(a)), "\"\n  cost_center = \"", str(rng.randint(1000, 9999)), "\"\n  ticket      = \"", ticket(rng), "\"\n}\n")


def k_kyc_payload(rng, d):
    L = LOCS[rng.choice(["US", "GB", "GB", "DE", "US"])]
    p = L.name(rng)
    a = L.addr(rng)
    dom = company_domain(rng)
    d.a("KYC vendor webhook — our parser marks this applicant as rejected but the dashboard says 'consider'. Payload:\n\n")
    doc = {"id": "chk_" + rs(rng, LO + DG, 20), "status": "complete", "result": "consider",
           "applicant": {"id": uuid4(rng), "first_name": E(PER, p[0]), "last_name": E(PER, p[1]), "dob": E(DOB, rbirth(rng).isoformat()),
                         "address": {"line1": E(ADR, a["street"]), "town": E(LOC, a["city"]), "postcode": a["zip"], "country": {"US": "USA", "GB": "GBR", "DE": "DEU"}[L.code]}},
           "document": {"type": "driving_licence", "issuing_country": {"US": "USA", "GB": "GBR", "DE": "DEU"}[L.code],
                        "number": E(DL, dlic(rng, L.code)), "expiry_date": E(DT, rday(rng, 2026, 2032).isoformat())},
           "breakdown": {"data_comparison": "consider", "image_integrity": "clear", "visual_authenticity": "clear"},
           "href": E(URL, "https://api." + dom + "/v3/checks/" + rs(rng, LO + DG, 12))}
    jw(d, doc, ind=1)
    d.a("\n\nWebhook token header: ", E(SEC, generic_secret(rng, "hex64")), "\n")


def k_x12_270(rng, d):
    L = LOCS["US"]
    p = L.name(rng)
    a = L.addr(rng)
    b = rbirth(rng)
    yy, mm, dd = rng.randint(24, 25), rng.randint(1, 12), rng.randint(1, 28)
    ctl = rdig(rng, 9)
    d.a("Clearinghouse returns AAA*Y**72 (invalid member id) for this 270. Segment terminator is ~. What's wrong?\n\n")
    d.a("ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*", rng.choice(["AETNA", "BCBSIL", "UHC"]).ljust(15), "*%02d%02d%02d*%02d%02d*^*00501*%s*0*P*:~\n" % (yy, mm, dd, rng.randint(0, 23), rng.randint(0, 59), ctl))
    d.a("GS*HS*SUBMITTER01*PAYER*20%02d%02d%02d*%02d%02d*%d*X*005010X279A1~\nST*270*0001*005010X279A1~\n" % (yy, mm, dd, rng.randint(0, 23), rng.randint(0, 59), int(ctl) % 10000))
    d.a("BHT*0022*13*", rdig(rng, 8), "*20%02d%02d%02d*%02d%02d~\nHL*1**20*1~\nNM1*PR*2*" % (yy, mm, dd, rng.randint(0, 23), rng.randint(0, 59)),
        rng.choice(["AETNA", "BLUE CROSS BLUE SHIELD", "UNITEDHEALTHCARE"]), "*****PI*", rdig(rng, 5), "~\n")
    d.a("HL*2*1*21*1~\nNM1*1P*2*", rng.choice(["RIVERSIDE CLINIC", "NORTHSIDE PEDIATRICS", "LAKEVIEW FAMILY MED"]), "*****XX*", "1" + rdig(rng, 9), "~\nHL*3*2*22*0~\n")
    d.a("TRN*1*", rdig(rng, 5), "-", rdig(rng, 6), "*9", rdig(rng, 9), "~\n")
    d.a("NM1*IL*1*", E(PER, ascii_fold(p[1]).upper()), "*", E(PER, ascii_fold(p[0]).upper()), "****MI*", E(HPN, hpn(rng)), "~\n")
    st = a["street"].upper()
    d.a("N3*", E(ADR, st), "~\nN4*", E(LOC, a["city"].upper()), "*", E(LOC, a["region"]), "*", a["zip"], "~\n")
    d.a("DMG*D8*", E(DOB, b.strftime("%Y%m%d")), "*", rng.choice("MF"), "~\nDTP*291*D8*", E(DT, "20%02d%02d%02d" % (yy, mm, dd)), "~\nEQ*30~\nSE*13*0001~\n")
    d.a("GE*1*%d~\nIEA*1*%s~\n" % (int(ctl) % 10000, ctl))
    d.a("\nGroup number on the card is GRP-", rdig(rng, 6), ", but I don't think the 270 needs it.\n")


def k_ocr_admin(rng, d):
    L = en_loc(rng)
    p = L.name(rng)
    a = L.addr(rng)
    d.a("I OCR'd a screenshot of the admin panel a customer sent (sorry for the noise). Which fields does our UI leak?\n\n")
    d.a(rng.choice(["Custorner Detaiis", "Customer Detai1s", "CUSTOMER  DETAILS"]), "    | ", rng.choice(["Edit", "Ed1t"]), " |  ", rng.choice(["Deiete", "Delete"]), "\n")
    d.a(rng.choice(["Narne", "Name"]), " : ", E(PER, full(p)), "\n", rng.choice(["Ernail", "E-mai1", "Email"]), " : ", E(EML, email_for(rng, p)), "\n")
    d.a(rng.choice(["Phane", "Phone", "Ph0ne"]), " : ", E(PHN, L.phone(rng)), "\n", rng.choice(["Addrcss", "Address"]), " : ", E(ADR, a["one"]), "\n")
    if L.code == "US":
        d.a("SSN  : ", E(SSN, ssn(rng)), "     DL# ", E(DL, dlic(rng, "US")), "\n")
    else:
        d.a("Driving licence : ", E(DL, dlic(rng, "GB")), "\n")
    d.a("DOB : ", E(DOB, fmt_dob(rng, "en")), "    Acct : ", E(ACC, acct(rng)), "\n")
    d.a("Last login . . . ", rng.choice(["2 hours ago", "yesterday", "3 days ago"]), "   IP ", E(IP, ipv4(rng)), "\n")
    d.a("Orders ", str(rng.randint(1, 90)), "   LTV ", amount(rng), "   Tier: ", rng.choice(["GOLD", "S1LVER", "Bronze"]), "\n")
    d.a("—— page 1 / ", str(rng.randint(2, 9)), " ——\n")


# ==========================================================================
# document kinds — other languages
# ==========================================================================
def k_de_ticket(rng, d):
    L = LOCS["DE"]
    p = L.name(rng)
    a = L.addr(rng)
    dom = company_domain(rng)
    d.a("Betreff: Lastschrift schlägt fehl – SEPA-Mandat wird nicht übernommen\nVon: ", E(PER, full(p)), " <", E(EML, email_for(rng, p, lang="de")), ">\n")
    d.a("Kundennummer: ", E(ACC, acct(rng)), "\nTelefon: ", E(PHN, L.phone(rng)), "\nTicket: ", ticket(rng), "\n\n")
    d.a("Hallo zusammen,\n\nseit dem ", E(DT, fmt_date(rng, "de")), " schlägt bei uns jede Lastschrift über eure API fehl (HTTP 422, Fehlercode mandate_invalid). Hier der Request-Body:\n\n")
    deb = L.name(rng)
    jw(d, {"debtor_name": E(PER, full(deb)), "iban": E(IBAN, iban(rng, "DE", rng.random() < 0.3)), "bic": rng.choice(["COBADEFFXXX", "DEUTDEDBBER", "GENODEF1M04"]),
           "mandate_reference": "MNDT-" + rdig(rng, 8), "signed_at": E(DT, rday(rng).isoformat()), "debtor_address": E(ADR, a["one"]),
           "amount": rng.randint(500, 90000), "currency": "EUR"}, ind=2)
    d.a("\n\nUnser Server hat die IP ", E(IP, ipv4(rng, "pub")), ", der Webhook läuft auf ", E(URL, url(rng, dom, "/sepa/callback")), ".\n")
    d.a("Könnt ihr bitte bis ", E(DT, fmt_dt(rng, "de")), " Rückmeldung geben? Rechnung ", order_no(rng), " über ", amount(rng, "€"), " ist ebenfalls betroffen.\n\n")
    d.a("Viele Grüße\n", E(PER, full(p)), "\n", rng.choice(["Müller & Söhne GmbH", "Hoffmann Logistik GmbH", "Bosch", "Siemens Healthineers"]), " – IT-Abteilung\n")


def k_fr_email(rng, d):
    L = LOCS["FR"]
    s, v = L.name(rng), L.name(rng)
    dom = company_domain(rng)
    a = L.addr(rng)
    d.a("De : ", E(PER, full(s)), " <", E(EML, email_for(rng, s, dom)), ">\nÀ : ", E(EML, "equipe-dev@" + dom), "\nDate : ", rng.choice(WEEKDAYS["fr"])[:3], ". ", str(rng.randint(1, 28)), " ",
        rng.choice(MONTHS["fr"]), " 2024 ", log_ts(rng, style="hms")[:5], "\nObjet : Fuite de données dans les logs Kibana\n\n")
    d.a("Bonjour à tous,\n\nEn analysant les logs de l'API (index app-logs-", rdig(rng, 6), "), j'ai constaté que le middleware d'authentification journalise le header Authorization en clair, par exemple :\n\n")
    d.a("    Authorization: Bearer ", E(JWT, jwt(rng)), "\n\n")
    civ = rng.choice(["Mme ", "M. ", ""])
    d.a("On y voit aussi des données clients : ", civ, E(PER, full(v)), {"Mme ": ", née le ", "M. ": ", né le ", "": ", date de naissance "}[civ], E(DOB, fmt_dob(rng, "fr")), ", ",
        E(ADR, a["one"]), ", tél. ", E(PHN, L.phone(rng)), ".\n\n")
    d.a("Merci de corriger avant le ", E(DT, fmt_dt(rng, "fr")), ". Réunion de suivi ", E(DT, fmt_date(rng, "fr", weekday=True)), " à la salle ", str(rng.randint(100, 420)), ".\n\n")
    d.a("Cordialement,\n", E(PER, s[0]), "\nÉquipe Sécurité – ticket ", ticket(rng), "\n")


def k_es_chat(rng, d):
    L = LOCS["ES"]
    ppl = [L.name(rng) for _ in range(3)]
    d.a("Os pego el hilo de #plataforma para que tengas contexto:\n\n")
    h, m = rng.randint(8, 19), rng.randint(0, 30)
    t = lambda k: "[%02d:%02d] " % (h, m + k * 2)
    d.a(t(0), E(PER, full(ppl[0])), ": ¿alguien sabe por qué falla el deploy de ", rng.choice(SVC), "? lleva ", duration(rng), " colgado\n")
    d.a(t(1), E(PER, full(ppl[1])), ": el token de GitHub caducó, usa este mientras tanto: ", E(GHT, gh_token(rng)), "\n")
    d.a(t(2), E(PER, ppl[0][0]), ": gracias!! y la BD de staging dónde está ahora?\n")
    d.a(t(3), E(PER, full(ppl[2])), ": en ", E(IP, ipv4(rng, "priv10")), ", usuario app, contraseña ", E(PWD, password(rng)), " (la cambio esta tarde)\n")
    d.a(t(4), E(PER, full(ppl[1])), ": ojo que esto es un canal público :( abro ", ticket(rng), "\n")
    d.a(t(5), E(PER, full(ppl[0])), ": la ventana de mantenimiento es el ", E(DT, fmt_dt(rng, "es")), ", avisad a ", E(PER, full(L.name(rng))), " (", E(PHN, L.phone(rng)), ")\n")
    d.a("\n¿Me ayudas a redactar un resumen para el canal sin los datos sensibles?\n")


def k_it_jira(rng, d):
    L = LOCS["IT"]
    rep = L.name(rng)
    d.a("[", ticket(rng), "] Esportazione anagrafica clienti: caratteri accentati corrotti\n\nSegnalato da: ", E(PER, full(rep)), "\nAssegnatario: ", E(PER, full(L.name(rng))),
        "\nPriorità: Alta\nScadenza: ", E(DT, fmt_date(rng, "it")), "\nVersione: ", semver(rng), "\n\n")
    d.a("Passi per riprodurre:\n1. Accedere a ", E(URL, url(rng, company_domain(rng), "/admin/export")), "\n2. Esportare 'Clienti (CSV)'\n3. Aprire il file con Excel\n\nRisultato della query di verifica:\n\n")
    rows = []
    for _ in range(rng.randint(2, 4)):
        p = L.name(rng)
        rows.append([str(rng.randint(100, 9999)), E(PER, full(p)), E(EML, email_for(rng, p, lang="it")), E(PHN, L.phone(rng)), E(LOC, L.city(rng)[0])])
    table(d, ["id", "nominativo", "email", "telefono", "citta"], rows, "psql")
    d.a("\nAtteso: UTF-8 con BOM. Ottenuto: Latin-1. Il problema si presenta dalla build ", sha(rng, 7), ".\n")


def k_br_pr_review(rng, d):
    L = LOCS["BR"]
    a, b = L.name(rng), L.name(rng)
    cl = L.name(rng)
    ad = L.addr(rng)
    d.a("Revisão do PR #", str(rng.randint(100, 4000)), " – \"Integração com gateway de pagamento\"\n\n")
    d.a("@", slug(a[0]) + slug(a[1])[:2], " comentou em src/config/pagamentos.ts:\n> const CHAVE_STRIPE = \"", E(STR, stripe_key(rng)), "\";\n")
    d.a("Não podemos versionar essa chave. Fala com a ", E(PER, full(b)), " para rotacionar ainda hoje.\n\n")
    d.a("@", slug(b[0]), "-dev comentou em tests/fixtures/clientes.json:\n> { \"nome\": \"", E(PER, full(cl)), "\", \"telefone\": \"", E(PHN, L.phone(rng)), "\", \"endereco\": \"",
        E(ADR, ad["one"]), "\" }\nEsses dados parecem reais, vieram do banco de produção? Troca por dados do Faker.\n\n")
    d.a("@", slug(a[0]) + slug(a[1])[:2], " respondeu:\nVerdade, foi mal. Prazo para correção: ", E(DT, fmt_dt(rng, "pt")), ". O pipeline usa ${{ secrets.STRIPE_KEY }} então o CI continua ok.\n")


def k_nl_env(rng, d):
    L = LOCS["NL"]
    p, q = L.name(rng), L.name(rng)
    d.a("# Configuratie klantenportaal – NIET committen!\n# Contactpersoon: ", E(PER, full(p)), " (", E(PHN, L.phone(rng)), ")\n")
    d.a("APP_ENV=productie\nAPP_URL=", E(URL, url(rng, company_domain(rng), "")), "\nDB_HOST=", E(IP, ipv4(rng, "priv10")), "\nDB_GEBRUIKER=portaal\nDB_WACHTWOORD=", E(PWD, password(rng)), "\n")
    d.a("MOLLIE_API_KEY=", E(SEC, "live_" + rs(rng, AN, 30)), "\n")
    d.a("# rekening voor terugbetalingen\nREFUND_IBAN=", E(IBAN, iban(rng, "NL", False)), "\n")
    d.a("POSTMARK_TOKEN=", E(SEC, uuid4(rng)), "\n") if rng.random() < 0.5 else d.a("POSTMARK_TOKEN=${POSTMARK_TOKEN}\n")
    d.a("KVK_NUMMER=", rdig(rng, 8), "\nBTW_NUMMER=NL", rdig(rng, 9), "B01\nSUPPORT_EMAIL=", E(EML, email_for(rng, q, lang="nl")), "\n")
    d.a("# laatst gewijzigd door ", E(PER, full(q)), " op ", E(DT, fmt_date(rng, "nl")), " (ticket ", ticket(rng), ")\n\n")
    d.a("Waarom pakt Laravel de DB_WACHTWOORD niet op? php artisan config:cache gedraaid.\n")


def k_pl_sql(rng, d):
    L = LOCS["PL"]
    d.a("-- Zrzut tabeli klienci (środowisko testowe, dane skopiowane z produkcji!)\n-- pg_dump 16.", str(rng.randint(0, 3)), ", baza crm_test\n\n")
    d.a("INSERT INTO klienci (id, imie_nazwisko, email, telefon, data_urodzenia, ulica, miasto, kod_pocztowy, nr_rachunku) VALUES\n")
    n = rng.randint(2, 4)
    for k in range(n):
        p = L.name(rng)
        a = L.addr(rng)
        d.a("  (", str(rng.randint(1000, 99999)), ", '", E(PER, full(p)), "', '", E(EML, email_for(rng, p, lang="pl")), "', '", E(PHN, L.phone(rng)), "', '",
            E(DOB, rbirth(rng).isoformat()), "', '", E(ADR, a["street"]), "', '", E(LOC, a["city"]), "', '", a["zip"], "', '", E(IBAN, iban(rng, "PL", rng.random() < 0.3)),
            "')", ";\n" if k == n - 1 else ",\n")
    d.a("\n-- TODO: zanonimizować przed ", E(DT, fmt_date(rng, "pl")), " (zgłoszenie ", ticket(rng), ")\n")
    d.a("\nDlaczego import wywala się z błędem `invalid byte sequence for encoding \"UTF8\": 0xb3`?\n")


def k_de_sentry(rng, d):
    L = LOCS["DE"]
    p = L.name(rng)
    dev = L.name(rng)
    d.a("Fehleranalyse zu Sentry-Issue ", rng.choice(SVC).upper().replace("-", "_"), "-", rs(rng, UP + DG, 3), "\n\nHallo, kannst du mir helfen, die Ursache zu finden? ")
    d.a("Seit dem Release ", semver(rng), " tritt der Fehler ca. ", str(rng.randint(20, 400)), "-mal pro Stunde auf. Auszug aus dem Event:\n\n")
    jw(d, {"level": "error", "logger": "checkout.adresse",
           "message": S("Adressvalidierung fehlgeschlagen für Kunde ", E(PER, full(p)), " (", E(EML, email_for(rng, p, lang="de")), ")"),
           "user": {"id": str(rng.randint(1000, 99999)), "ip_address": E(IP, ip(rng))},
           "extra": {"lieferadresse": E(ADR, L.addr(rng)["one"]), "telefon": E(PHN, L.phone(rng)), "warenkorb": order_no(rng)},
           "tags": {"release": semver(rng), "browser": "Firefox " + str(rng.randint(115, 125))}}, ind=2)
    d.a("\n\nDie Postleitzahl scheint korrekt zu sein. Zuständig ist eigentlich ", E(PER, full(dev)), ", ist aber bis ", E(DT, fmt_date(rng, "de")), " im Urlaub.\n")


def k_fr_csv(rng, d):
    L = LOCS["FR"]
    d.a("Export clients (séparateur point-virgule), l'import dans le CRM plante à la ligne 3. Une idée ?\n\n")
    csvrow(d, ["id", "nom", "prénom", "email", "téléphone", "date_naissance", "adresse", "ville", "code_postal", "iban"], ";")
    for _ in range(rng.randint(2, 4)):
        p = L.name(rng)
        a = L.addr(rng)
        csvrow(d, [str(rng.randint(1000, 99999)), E(PER, p[1].upper() if rng.random() < 0.5 else p[1]), E(PER, p[0]), E(EML, email_for(rng, p, lang="fr")),
                   E(PHN, L.phone(rng)), E(DOB, fmt_dob(rng, "fr")), E(ADR, a["street"]), E(LOC, a["city"]), a["zip"], E(IBAN, iban(rng, "FR", rng.random() < 0.5))], ";")
    d.a("\nFichier généré par l'export v", semver(rng), ", encodage Windows-1252.\n")


def k_es_postmortem(rng, d):
    L = LOCS["ES"]
    au, rs_ = L.name(rng), L.name(rng)
    day = rday(rng, 2024, 2025)
    d.a("Postmortem: caída del servicio de pagos\nAutora: ", E(PER, full(au)), "\nFecha del incidente: ", E(DT, fmt_date(rng, "es", day)), "\n\n")
    h = rng.randint(9, 18)
    d.a("Resumen\nEl ", E(DT, fmt_date(rng, "es", day) + " a las %02d:%02d" % (h, rng.randint(0, 9))), " el servicio ", rng.choice(SVC), " dejó de procesar cobros durante ", duration(rng), ". ")
    d.a("La causa fue una clave de AWS revocada (", E(AKID, aws_akid(rng)), ") que seguía configurada en el job de conciliación.\n\n")
    d.a("Cronología (hora de Madrid)\n%02d:%02d alerta de Datadog, tasa de error 38%%\n" % (h, rng.randint(0, 19)))
    d.a("%02d:%02d " % (h, rng.randint(20, 39)), E(PER, full(rs_)), " reinicia los pods en ", E(IP, ipv4(rng, "priv10")), "\n")
    d.a("%02d:%02d se despliega la nueva clave; servicio recuperado\n\n" % (h + 1, rng.randint(0, 59)))
    d.a("Acciones\n- Rotar la contraseña del usuario de conciliación (la actual, ", E(PWD, password(rng)), ", aparece en el runbook)\n")
    d.a("- Responsable: ", E(PER, full(rs_)), ", teléfono ", E(PHN, L.phone(rng)), "\n- Revisión: ", E(DT, fmt_date(rng, "es")), "\n- Ticket: ", ticket(rng), "\n")


def k_it_ansible(rng, d):
    L = LOCS["IT"]
    p = L.name(rng)
    d.a("# Inventario produzione – gestito da ", E(PER, full(p)), " (", E(EML, email_for(rng, p, company_domain(rng))), ")\n")
    d.a("# Non modificare senza aprire un ticket ", ticket(rng), "\n\n[webserver]\n")
    for k in range(rng.randint(2, 3)):
        d.a("web0", str(k + 1), " ansible_host=", E(IP, ipv4(rng)), "\n")
    d.a("\n[database]\ndb01 ansible_host=", E(IP, ipv4(rng, "priv10")), " ansible_user=root ansible_password=", E(PWD, password(rng)), "\n")
    d.a("\n[all:vars]\nansible_port=", str(rng.choice([22, 2222])), "\n# Manutenzione programmata: ", E(DT, fmt_dt(rng, "it")), "\n# Reperibile: ", E(PER, full(L.name(rng))),
        ", cell. ", E(PHN, L.phone(rng)), "\n\n")
    d.a("Quando lancio il playbook ricevo `UNREACHABLE! ... Permission denied`, ma via ssh entro. Perché?\n")


def k_br_ticket(rng, d):
    L = LOCS["BR"]
    p = L.name(rng)
    a = L.addr(rng)
    dom = company_domain(rng)
    d.a("Chamado #", rdig(rng, 5), " – Prioridade: ", rng.choice(["Alta", "Crítica", "Média"]), "\nSolicitante: ", E(PER, full(p)), " | E-mail: ", E(EML, email_for(rng, p, lang="pt")),
        " | Telefone: ", E(PHN, L.phone(rng)), "\nEmpresa: ", rng.choice(["Padaria Pão de Mel Ltda", "Loja Bella Moda", "Casa Silva Materiais"]), "\nConta: ", E(ACC, acct(rng)), "\n\n")
    d.a("Descrição:\nDesde ", E(DT, fmt_dt(rng, "pt")), " o webhook de pagamentos não chega no nosso endpoint ", E(URL, url(rng, dom, "/webhooks/pix")), ". ")
    d.a("Nosso servidor responde 200 quando testamos com curl a partir de ", E(IP, ipv4(rng, "pub")), ".\n")
    d.a("Endereço de cobrança cadastrado: ", E(ADR, a["one"]), ".\nPedido de exemplo: ", order_no(rng), " no valor de ", amount(rng, "R$"), ".\n\n")
    d.a("Token que estamos usando (talvez esteja errado?): ", E(SEC, generic_secret(rng, rng.choice(["bearer", "hex64"]))), "\n\nObrigado,\n", E(PER, p[0]), "\n")


def k_de_migration(rng, d):
    L = LOCS["DE"]
    d.a("-- Flyway-Migration V", str(rng.randint(20, 180)), "__kunden_testdaten.sql\n-- Achtung: nur für die Staging-Umgebung!\n\n")
    d.a("INSERT INTO kunden (name, email, telefon, geburtsdatum, strasse, plz, ort, iban) VALUES\n")
    n = rng.randint(2, 3)
    for k in range(n):
        p = L.name(rng)
        a = L.addr(rng)
        d.a("  ('", E(PER, full(p)), "', '", E(EML, email_for(rng, p, lang="de")), "', '", E(PHN, L.phone(rng)), "', DATE '", E(DOB, rbirth(rng).isoformat()), "', '",
            E(ADR, a["street"]), "', '", a["zip"], "', '", E(LOC, a["city"]), "', '", E(IBAN, iban(rng, "DE", False)), "')", ";\n" if k == n - 1 else ",\n")
    d.a("\n-- Testzugang für die QA: Benutzer qa_admin, Passwort ", E(PWD, password(rng)), "\n-- Prüfsumme: ", str(rng.randint(-2**31, 2**31)), "\n\n")
    d.a("Flyway meldet `Validate failed: Migration checksum mismatch`. Darf ich die Datei nachträglich ändern?\n")


def k_nl_incident_mail(rng, d):
    L = LOCS["NL"]
    a, b = L.name(rng), L.name(rng)
    dom = company_domain(rng)
    d.a("Van: ", E(PER, full(a)), " <", E(EML, email_for(rng, a, dom)), ">\nAan: ", E(EML, "ontwikkeling@" + dom), "\nOnderwerp: Incident: API-sleutels gelekt in publieke repository\n\n")
    d.a("Beste collega's,\n\nOp ", E(DT, fmt_dt(rng, "nl")), " ontdekten we dat de volgende sleutels in een publieke GitHub-repository stonden:\n\n")
    d.a("  - GitHub token: ", E(GHT, gh_token(rng)), "\n  - Slack bot token: ", E(SLK, slack_token(rng)), "\n")
    if rng.random() < 0.5:
        d.a("  - Stripe: ", E(STR, stripe_key(rng)), "\n")
    d.a("\nDe rotatie is uitgevoerd door ", E(PER, full(b)), ". In de logs zagen we verzoeken vanaf ", E(IP, ipv4(rng, "pub")), ".\n")
    d.a("De evaluatie staat gepland op ", E(DT, fmt_dt(rng, "nl")), " in vergaderruimte ", str(rng.randint(1, 6)), ".", str(rng.randint(1, 20)), ".\n\n")
    d.a("Met vriendelijke groet,\n", E(PER, a[0]), "\nSecurity Officer – bereikbaar op ", E(PHN, L.phone(rng)), "\n")


# ==========================================================================
# document kinds — no entities, only hard negatives
# ==========================================================================
def n_ci_log(rng, d):
    T = ts_seq(rng, "gha")
    d.a("Why is this job so slow? Full log of run ", str(rng.randint(1000, 99999)), " (attempt ", str(rng.randint(1, 3)), "):\n\n")
    d.a(T(), " ##[group]Run actions/setup-node@v4\n", T(), " with:\n", T(), "   node-version: ", str(rng.choice([18, 20, 22])), "\n", T(), "   token: ***\n", T(), " ##[endgroup]\n")
    d.a(T(), " Found in cache @ /opt/hostedtoolcache/node/", semver(rng), "/x64\n")
    d.a(T(), " ##[group]Run npm ci\n", T(), " added ", str(rng.randint(400, 2000)), " packages, and audited ", str(rng.randint(400, 2000)), " packages in ", duration(rng), "\n")
    d.a(T(), " ", str(rng.randint(1, 40)), " vulnerabilities (", str(rng.randint(0, 9)), " moderate, ", str(rng.randint(0, 3)), " high)\n")
    d.a(T(), " ##[group]Run ./scripts/deploy.sh\n", T(), " + export API_TOKEN=***\n", T(), " + export DB_URL=${{ secrets.DB_URL }}\n")
    d.a(T(), " uploading artifact build-", sha(rng, 7), ".tar.gz (", str(rng.randint(3, 900)), " MB) sha256:", sha(rng, 64), "\n")
    d.a(T(), " release ", "v" + semver(rng), " tagged at ", sha(rng, 40), "\n", T(), " cache key: node-modules-", sha(rng, 16), "\n")
    d.a(T(), " ##[warning]Node.js 16 actions are deprecated.\n", T(), " Job completed in ", duration(rng), "\n\nThe cache step restores ", str(rng.randint(100, 900)), " MB every time.\n")


def n_tfplan(rng, d):
    d.a("Plan shows a replacement I didn't expect. Why does changing the parameter group force a new DB?\n\n")
    d.a('  # aws_db_instance.primary must be replaced\n-/+ resource "aws_db_instance" "primary" {\n      ~ arn                   = "arn:aws:rds:', rng.choice(REGIONS[:5]),
        ':xxxxxxxxxxxx:db:', rng.choice(SVC), '" -> (known after apply)\n      ~ engine_version        = "15.', str(rng.randint(2, 5)), '" -> "16.', str(rng.randint(1, 3)), '"\n')
    d.a('      ~ id                    = "db-', rs(rng, UP + DG, 26), '" -> (known after apply)\n      ~ password              = (sensitive value)\n')
    d.a('      ~ parameter_group_name  = "pg15-custom" -> "pg16-custom" # forces replacement\n        username              = "app"\n')
    d.a('        # (', str(rng.randint(20, 40)), ' unchanged attributes hidden)\n    }\n\n  # aws_ssm_parameter.db_password will be updated in-place\n')
    d.a('  ~ resource "aws_ssm_parameter" "db_password" {\n      ~ value = (sensitive value)\n      ~ version = ', str(rng.randint(2, 30)), ' -> (known after apply)\n    }\n\n')
    d.a('  # random_password.db will be created\n  + resource "random_password" "db" {\n      + length  = 32\n      + result  = (sensitive value)\n      + special = true\n    }\n\n')
    d.a("Plan: 2 to add, 1 to change, 1 to destroy.\n\nvariables.tf uses var.db_password = \"${var.env}-placeholder\" in the module, lock id ", uuid4(rng), ".\n")


def n_lockfile(rng, d):
    d.a("npm ci fails with EINTEGRITY on this entry of package-lock.json, what does it mean?\n\n")
    for pkg in rng.sample(["lodash", "axios", "express", "debug", "ms", "semver", "uuid", "chalk", "ws", "qs", "jsonwebtoken", "bcryptjs"], rng.randint(3, 5)):
        v = semver(rng)
        d.a('    "node_modules/', pkg, '": {\n      "version": "', v, '",\n      "resolved": "registry.npmjs.org/', pkg, "/-/", pkg, "-", v, '.tgz",\n')
        d.a('      "integrity": "sha512-', base64.b64encode(rbytes(rng, 64)).decode(), '",\n      "license": "MIT"\n    },\n')
    d.a("\nnpm ERR! code EINTEGRITY\nnpm ERR! sha512-", base64.b64encode(rbytes(rng, 24)).decode(), "... integrity checksum failed when using sha512\n")
    d.a("npm ERR! A complete log of this run can be found in: /root/.npm/_logs/debug-0.log\n")


def n_k8s_manifest(rng, d):
    app = rng.choice(SVC)
    d.a("Deployment for ", app, " — readiness probe keeps failing after the rollout. Manifest:\n\n")
    d.a("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ", app, "\n  labels: {app: ", app, ", version: \"", semver(rng), "\"}\nspec:\n  replicas: ", str(rng.randint(2, 8)),
        "\n  template:\n    spec:\n      containers:\n        - name: ", app, "\n          image: ghcr.io/", rng.choice(COMPANIES), "/", app, "@sha256:", sha(rng, 64), "\n")
    d.a("          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: ", app, "-db, key: password}\n")
    d.a("            - name: STRIPE_KEY\n              valueFrom:\n                secretKeyRef: {name: ", app, "-stripe, key: api-key}\n")
    d.a("            - name: BUILD_SHA\n              value: \"", sha(rng, 40), "\"\n          readinessProbe:\n            httpGet: {path: /healthz, port: 8080}\n")
    d.a("            initialDelaySeconds: ", str(rng.randint(1, 30)), "\n            periodSeconds: ", str(rng.randint(5, 30)), "\n          resources:\n")
    d.a("            requests: {cpu: ", str(rng.choice([100, 250, 500])), "m, memory: ", str(rng.choice([128, 256, 512])), "Mi}\n\nRollout revision ", str(rng.randint(2, 90)), ", change-cause ", ticket(rng), ".\n")


def n_schema_migration(rng, d):
    d.a("Is this migration safe to run online on a ", str(rng.randint(20, 900)), "M row table?\n\n")
    d.a("-- V", str(rng.randint(10, 300)), "__add_contact_columns.sql\nALTER TABLE customers\n  ADD COLUMN email        varchar(320),\n  ADD COLUMN phone        varchar(32),\n")
    d.a("  ADD COLUMN ssn_last4    char(4),\n  ADD COLUMN date_of_birth date,\n  ADD COLUMN iban         varchar(34);\n\n")
    d.a("CREATE INDEX CONCURRENTLY idx_customers_email ON customers (lower(email));\n")
    d.a("ALTER TABLE customers ADD CONSTRAINT chk_ssn_last4 CHECK (ssn_last4 ~ '^[0-9]{4}$') NOT VALID;\n\n")
    d.a("-- backfill runs in batches of ", str(rng.choice([1000, 5000, 10000])), ", estimated ", duration(rng), " per batch\n")
    d.a("-- rollback: see ", ticket(rng), "; previous schema version ", semver(rng), ", checksum ", sha(rng, 32), "\n")


def n_review_refactor(rng, d):
    u1, u2 = rng.choice(["octo-dev", "rr-builds", "kbot42", "pm-tools"]), rng.choice(["qa_lead_7", "devx-ops", "nightowl", "buildcop"])
    d.a("Can you help me answer these review comments?\n\n@", u1, " on `billing/invoice.py` L", str(rng.randint(10, 400)), ":\n")
    d.a("> Rename `calc_total` to `compute_total`; also the rounding for ", amount(rng, "€"), " edge case is off by one cent.\n\n")
    d.a("@", u2, " on `ci/Jenkinsfile`:\n> Jenkins still pins ", rng.choice(TOOLS), " ", semver(rng), "; bump to ", semver(rng), ". The nightly on Tuesday took ", duration(rng), ".\n\n")
    d.a("@", u1, " on `tests/test_orders.py`:\n> Use order ", order_no(rng), " and card ", bad_luhn16(rng), " (invalid on purpose), and SSN ", bad_ssn(rng), " for the negative test.\n\n")
    d.a("@", u2, ":\n> The fixture customer \"", rng.choice(BRANDS), "\" is fine, it's a company. And rename the `", rng.choice(PETS).lower(), "` variable, nobody knows it was the office dog.\n")
    d.a("\nCommit ", sha(rng, 7), " addresses most of it; remaining in ", ticket(rng), ".\n")


def n_sentry_scrubbed(rng, d):
    d.a("Sentry event with data scrubbing on. Does this still contain anything personal?\n\n")
    jw(d, {"event_id": rs(rng, HEX, 32), "timestamp": 1700000000 + rng.randint(0, 60000000) + 0.5, "level": "warning", "release": rng.choice(SVC) + "@" + semver(rng),
           "user": {"id": str(rng.randint(1000, 999999)), "email": "[Filtered]", "ip_address": "{{auto}}"},
           "request": {"method": "POST", "url": "/api/v2/payments", "headers": {"Authorization": "[Filtered]", "Cookie": "[Filtered]"},
                       "data": {"card_number": "**** **** **** " + rdig(rng, 4), "cvc": "[Filtered]", "amount": rng.randint(100, 99999), "order": order_no(rng)}},
           "exception": {"values": [{"type": "TimeoutError", "value": "upstream timed out after 30000ms (attempt %d)" % rng.randint(1, 5)}]},
           "contexts": {"runtime": {"name": "CPython", "version": "3.11." + str(rng.randint(0, 9))}, "trace": {"trace_id": rs(rng, HEX, 32), "span_id": rs(rng, HEX, 16)}},
           "fingerprint": ["{{ default }}", sha(rng, 12)]}, ind=1)
    d.a("\n")


def n_notebook_metrics(rng, d):
    d.a("Training notebook output — is the model overfitting after epoch ", str(rng.randint(3, 9)), "?\n\n")
    lines = []
    loss = 1.2 + rng.random()
    for e in range(1, rng.randint(6, 10)):
        loss *= 0.8 + rng.random() * 0.15
        lines.append("Epoch %d/%d - %ds - loss: %.4f - val_loss: %.4f - acc: %.4f\n" % (e, 20, rng.randint(30, 400), loss, loss * (1 + rng.random() * 0.4), 1 - loss / 3))
    jw(d, {"cells": [{"cell_type": "code", "execution_count": rng.randint(1, 60), "metadata": {"id": rs(rng, AN, 12)},
                      "source": ["history = model.fit(X_train, y_train, epochs=20, batch_size=%d, validation_split=0.2)" % rng.choice([32, 64, 128])],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": lines}]}],
           "metadata": {"accelerator": "GPU", "colab": {"provenance": []}}, "nbformat": 4, "nbformat_minor": 0}, ind=1)
    d.a("\n")


def n_env_template(rng, d):
    d.a("Is this .env.example good enough for onboarding docs?\n\n")
    d.a("# Copy to .env and fill in. Never commit real values.\nDATABASE_URL=postgres://app:${DB_PASSWORD}@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0\n")
    d.a("STRIPE_SECRET_KEY=sk_live_<your-key-here>\nSTRIPE_WEBHOOK_SECRET=whsec_...\nAWS_ACCESS_KEY_ID=<from-vault>\nAWS_SECRET_ACCESS_KEY=<from-vault>\n")
    d.a("SLACK_BOT_TOKEN=xoxb-...\nGITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}\nJWT_SECRET=<generate: openssl rand -hex 32>\nSENTRY_DSN=\nLOG_LEVEL=debug\nPORT=", str(rng.choice([3000, 8080])), "\n")
    d.a("FEATURE_FLAGS=checkout_v", str(rng.randint(2, 5)), ",new_search\nAPP_VERSION=", semver(rng), "\nBUILD_SHA=", sha(rng, 40), "\nTZ=", rng.choice(["Europe/Paris", "UTC", "America/Denver"]), "\n")
    d.a("\n# Token lifetime ", duration(rng), "; rotate every 90 days. Docs revision ", sha(rng, 7), ".\n")


def n_alert_digest(rng, d):
    d.a("Weekly alert digest from our monitoring, can you group these by root cause?\n\n")
    T = ts_seq(rng)
    for _ in range(rng.randint(5, 8)):
        d.a(T(), " [", rng.choice(["WARN", "CRIT", "INFO"]), "] ", rng.choice([
            "disk usage 91%% on db-replica-%d" % rng.randint(1, 4),
            "queue depth %d on %s" % (rng.randint(100, 90000), rng.choice(SVC)),
            "p99 latency %s on %s" % (duration(rng), rng.choice(SVC)),
            "cert for internal gateway expires in %d days" % rng.randint(3, 30),
            "payment %s retried %d times (amount %s)" % (order_no(rng), rng.randint(2, 9), amount(rng)),
            "fraud rule hit: card %s failed Luhn" % bad_luhn16(rng),
            "kyc check rejected SSN %s (invalid area)" % bad_ssn(rng),
            "deploy %s of %s finished in %s" % (sha(rng, 7), rng.choice(SVC), duration(rng)),
            "tracking %s stuck at carrier hub" % ("1Z" + rs(rng, UP + DG, 16)),
        ]), "\n")
    d.a("\nMost of these started after Monday's release ", semver(rng), ". The ", rng.choice(BRANDS), " integration is also flaky since last week.\n")


def n_scrubbed_ticket(rng, d):
    d.a("Ticket ", ticket(rng), " (customer data already redacted by the helpdesk)\n\nRequester: [redacted]\nPlan: ", rng.choice(["Team", "Enterprise", "Pro"]),
        "   Seats: ", str(rng.randint(3, 400)), "\n\n")
    d.a("Hi,\n\nsince two days ago our nightly export (job ", uuid4(rng), ") fails after ", duration(rng), ". Invoice ", order_no(rng), " for ", amount(rng),
        " was charged twice. Card on file ends in ", rdig(rng, 4), ". Shipment ", "1Z" + rs(rng, UP + DG, 16), " never arrived.\n")
    d.a("We're on version ", semver(rng), ", build ", str(rng.randint(1000, 99999)), ". Our pet-adoption app lists animals like ", *(lambda a: (a[0], " and ", a[1]))(rng.sample(PETS, 2)),
        " and that page times out too.\n\nThanks — the ", rng.choice(BRANDS), " platform team\n")
    d.a("\n[agent] Reproduced on Friday, linked to ", ticket(rng), ", RMA ", order_no(rng), ".\n")


# ==========================================================================
# registry, generation, CLI
# ==========================================================================
ENGLISH = [k_tfstate, k_tfplan, k_dotenv, k_helm_values, k_k8s_secret, k_gha_log, k_jenkins, k_sentry_event, k_traceback,
           k_notebook, k_sql_dump, k_psql_result, k_postman, k_har, k_ansible_inv, k_ansible_vars, k_pr_review, k_migration,
           k_support_ticket, k_slack_export, k_incident_email, k_compose, k_nginx_log, k_stripe_webhook, k_csv_export,
           k_aws_creds, k_git_log, k_app_jsonlog, k_openapi, k_curl, k_jira, k_pagerduty, k_mongo, k_es_result, k_graphql,
           k_pytest, k_npm, k_ssh_key, k_kubectl_describe, k_cloudwatch, k_django_settings, k_spring, k_gcp_sa, k_hl7,
           k_fhir, k_vcard, k_ics, k_alert_email, k_rails_console, k_redis, k_mysql_orders, k_dockerfile, k_github_issue,
           k_js_config, k_logcat, k_sendgrid_events, k_kafka, k_tfvars, k_ocr_admin, k_kyc_payload, k_x12_270]
FOREIGN = [k_de_ticket, k_fr_email, k_es_chat, k_it_jira, k_br_pr_review, k_nl_env, k_pl_sql, k_de_sentry, k_fr_csv,
           k_es_postmortem, k_it_ansible, k_br_ticket, k_de_migration, k_nl_incident_mail]
NEGATIVE = [n_ci_log, n_tfplan, n_lockfile, n_k8s_manifest, n_schema_migration, n_review_refactor, n_sentry_scrubbed,
            n_notebook_metrics, n_env_template, n_alert_digest, n_scrubbed_ticket]
ALL_KINDS = ENGLISH + FOREIGN + NEGATIVE
MIN_LEN, MAX_LEN = 200, 2500


def _kname(f):
    return ("neg_" if f.__name__.startswith("n_") else "") + f.__name__[2:]


def _pad(rng, d):
    while d.n < MIN_LEN:
        d.a(rng.choice(["\n(build ", "\n(pipeline ", "\n(job ", "\n(ref "]), sha(rng, 7), ", ", duration(rng), ", v", semver(rng), ", ", order_no(rng), ")")
    if not d.buf[-1].endswith("\n"):
        d.a("\n")


def _truncate(d):
    """Last-resort cut at a newline before MAX_LEN that splits no entity."""
    text = d.text()
    cut = text.rfind("\n", 0, MAX_LEN)
    while cut > 0 and any(e["start"] < cut < e["end"] for e in d.ents):
        cut = text.rfind("\n", 0, cut)
    nd = Doc()
    nd.buf, nd.n = [text[:cut + 1]], cut + 1
    nd.ents = [e for e in d.ents if e["end"] <= cut]
    return nd


def make_doc(seed, i):
    r0 = random.Random(f"{seed}-{i}")
    x = r0.random()
    pool = NEGATIVE if x < 0.12 else (FOREIGN if x < 0.385 else ENGLISH)
    kind = r0.choice(pool)
    d = None
    for attempt in range(40):
        rng = random.Random(f"{seed}-{i}-{attempt}")
        d = Doc()
        kind(rng, d)
        _pad(rng, d)
        if d.n <= MAX_LEN:
            break
    if d.n > MAX_LEN:
        d = _truncate(d)
    return {"id": "b29-%s-%06d-%s" % (seed, i, _kname(kind)), "text": d.text(), "entities": d.ents}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


def validate(doc):
    t = doc["text"]
    errs = []
    if not (MIN_LEN <= len(t) <= MAX_LEN):
        errs.append("length %d" % len(t))
    prev = 0
    for e in sorted(doc["entities"], key=lambda e: (e["start"], e["end"])):
        s, en, ty = e["start"], e["end"], e["type"]
        if ty not in TYPESET:
            errs.append("type %s" % ty)
        if not (0 <= s < en <= len(t)):
            errs.append("range %r" % e)
            continue
        v = t[s:en]
        if not v.strip() or v != v.strip():
            errs.append("whitespace %r" % v)
        if s < prev:
            errs.append("overlap at %d" % s)
        prev = max(prev, en)
    return errs


def _check(n=3000, seed=0):
    counts, kinds_seen, bad = Counter(), Counter(), 0
    empty = foreign = 0
    lens = []
    fnames = {_kname(f) for f in FOREIGN}
    for doc in generate(n, seed):
        errs = validate(doc)
        if errs:
            bad += 1
            if bad <= 10:
                print("INVALID", doc["id"], errs[:3])
        k = doc["id"].split("-", 3)[3]
        kinds_seen[k] += 1
        foreign += k in fnames
        empty += not doc["entities"]
        lens.append(len(doc["text"]))
        for e in doc["entities"]:
            counts[e["type"]] += 1
    # determinism spot check
    for i in (0, 7, n - 1):
        assert make_doc(seed, i) == make_doc(seed, i), "non-deterministic doc %d" % i
    print("docs: %d  invalid: %d  entities: %d" % (n, bad, sum(counts.values())))
    print("length: min %d  max %d  mean %.0f" % (min(lens), max(lens), sum(lens) / len(lens)))
    print("no-entity docs: %.1f%%   non-English docs: %.1f%%" % (100 * empty / n, 100 * foreign / n))
    print("kinds defined: %d  kinds seen: %d" % (len(ALL_KINDS), len(kinds_seen)))
    print("per-type counts:")
    for t in TYPES:
        print("  %-22s %6d" % (t, counts[t]))
    missing = [t for t in TYPES if counts[t] == 0]
    if missing:
        print("MISSING TYPES:", missing)
    ok = bad == 0 and not missing
    print("CHECK", "PASSED" if ok else "FAILED")
    return ok


def _sample(k, seed=0):
    for doc in generate(k, seed):
        print("=" * 78)
        print(doc["id"])
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print("  %-22s %5d %5d  %r" % (e["type"], e["start"], e["end"], doc["text"][e["start"]:e["end"]]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        sys.exit(0 if _check(3000, a.seed) else 1)
    if a.sample:
        _sample(a.sample, a.seed)
        return
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()


if __name__ == "__main__":
    main()
