#!/usr/bin/env python3.11
"""
corpus_blind11 -- seeded, labeled synthetic corpus for PII / PHI / secrets detection.

Written blind (without looking at the detector under test).  Standard library only.

API
---
    generate(n, seed=0) -> iterator of n dicts
        {"id": str, "text": str, "entities": [{"start": int, "end": int, "type": str}, ...]}
    Offsets are character offsets into ``text`` (end exclusive).  Document i is a pure
    function of (seed, i): it is built from ``random.Random(f"{seed}-{i}")`` (if that draw
    yields a document outside 200..2500 characters, the deterministic fallback seeds
    ``f"{seed}-{i}-r{k}"`` are tried in order).

CLI
---
    python3.11 corpus_blind11.py --n 1000 --seed 0 --output out.jsonl
    python3.11 corpus_blind11.py --check          # validates 3000 docs, prints per-type counts
    python3.11 corpus_blind11.py --sample 3       # pretty-print a few docs with their spans

Construction
------------
Every document is assembled by appending plain-text pieces and labelled pieces to a
builder; offsets are derived from the pieces, never by searching/replacing afterwards.
When a value is embedded in JSON / CSV / YAML the *rendered* form is what is labelled
(e.g. a PEM key inside a JSON string is labelled including its literal "\\n" escapes).

Domains (about 24 generators): airline/hotel travel bookings and itinerary changes,
insurance claim adjuster notes, telecom support chats, veterinary clinic records,
university admissions/registrar emails, utility billing disputes, e-commerce returns
(JSON tickets and customer emails), immigration/visa case notes, payroll CSV exports
(US and EU), dental practice schedules (markdown tables), mortgage underwriting memos,
crypto-exchange support tickets, CI/CD build logs, Kubernetes/application logs,
.env / YAML / JSON / tfvars / ssh config files, source code with hard-coded secrets
(Python, JS, Go, shell, Java properties), LLM prompts with pasted customer data, hospital
discharge summaries, HR onboarding exports, bank fraud call notes, rental applications,
and German / French / Spanish / Portuguese snippets.
Formats: prose, chat transcripts, emails with headers and signatures, letters, CSV (',' and
';'), JSON, YAML, .env, markdown tables, "Label: value" forms, log lines (ISO-8601, Python
logging, nginx CLF, GitHub Actions, Jenkins), source code, LLM chat-API JSON payloads.

Entity types
------------
PERSON, EMAIL_ADDRESS, PHONE_NUMBER, US_SSN, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
DATE_OF_BIRTH, DATE_TIME, LOCATION, ADDRESS, URL, MEDICAL_RECORD_NUMBER,
HEALTH_PLAN_NUMBER, ACCOUNT_NUMBER, DRIVER_LICENSE, AWS_ACCESS_KEY, AWS_SECRET_KEY,
GITHUB_TOKEN, SLACK_TOKEN, STRIPE_KEY, JWT, PRIVATE_KEY, PASSWORD, GENERIC_SECRET.

Labelling conventions
---------------------
* Spans never include surrounding quotes, brackets, labels ("DOB:") or trailing
  punctuation, and never start/end with whitespace.  Spans never overlap.
* PERSON: names of real (fictional-but-human) individuals: full names, given names
  alone, surnames alone.  Titles/honorifics are NOT part of the span ("Dr. [Okafor]",
  "Sra. [Núñez]").  Middle initials are inside the span.  "Last, First" written together
  (forms, CSV cells) is ONE span.  ALL-CAPS and all-lowercase names are labelled.
  A possessive "'s" is outside the span.  Not labelled: brands/products/companies named
  after people (Ben & Jerry's, Tim Hortons, Jack Daniel's, Honda, Dr Pepper, ...),
  hospital/saint names ("St. Mary's"), pet names, usernames, and names that only occur
  inside an email address or URL (those are part of the EMAIL_ADDRESS / URL span).
* LOCATION: city, state/province, country, region when used as a place (not
  nationalities or languages, not IATA airport codes).  "City, ST" / "City, Country"
  written together is ONE span.  Place names inside an ADDRESS span are not labelled
  separately.  Place names inside organisation names are avoided by design.
* ADDRESS: one street address = one span: number + street (+ unit) and, when written
  together, city, state/province, postcode and country.  A multi-line address block is
  a single span (it may contain internal newlines).  P.O. boxes count as addresses.
  A street address alone (no city) is still ADDRESS.
* DATE_OF_BIRTH: only when the text says it is a birth date (DOB, born, date of birth,
  geb., né(e) le, fecha de nacimiento, data de nascimento, DOB column header...).
* DATE_TIME: explicit calendar dates (with or without year, e.g. "March 14", "14.03.2024")
  and explicit clock times ("14:30", "2:30 PM", "9am", "14:30 Uhr", "14h30").
  - A date and time written contiguously is ONE span ("2024-03-14 14:30:05",
    "2024-03-14T09:12:44Z", "Tue, 14 Mar 2024 09:12:44 +0000"); an attached timezone
    abbreviation/offset is included.  Joined by a word ("March 14 at 2:30 PM") they
    are TWO spans.  A weekday attached to a date is included ("Tuesday, March 14, 2024").
  - LOG RULE: timestamps at the start of / inside log lines ARE labelled as DATE_TIME
    whenever they contain an explicit calendar date or clock time (ISO-8601, syslog
    "Mar 14 09:12:44", nginx "14/Mar/2024:09:12:44 +0000", chat "[09:14:02]").
    Unix epoch integers, durations ("took 123ms", "45 minutes"), years alone ("2019",
    "FY2024"), weekdays alone ("on Sunday"), month names alone, and relative
    expressions ("tomorrow morning", "next week", "in 3 days", "end of day") are NOT
    labelled.
* PHONE_NUMBER: all phone/fax numbers, personal or business, national or international
  format; "+", parentheses and separators are inside the span, "tel:"/"Phone:" are not.
  Extensions are outside the span.
* EMAIL_ADDRESS, URL: all of them, personal or corporate (an email inside a URL query or
  a DSN such as https://key@o123.ingest.sentry.io/1 stays inside the single URL span).  URL = http:// or https://
  only (path and query included); bare domains and other schemes (postgres://, s3://,
  git@...) are not URLs.  Credentials inside connection strings are labelled as
  PASSWORD / IP_ADDRESS pieces of the otherwise unlabelled string.
* IP_ADDRESS: every concrete IPv4/IPv6 host address, public or private (ports and CIDR
  suffixes are outside the span).
* US_SSN: valid area (001-899 except 666), group 01-99, serial 0001-9999; dashed,
  spaced or contiguous.  Masked/partial SSNs ("***-**-1234") are not labelled.
* CREDIT_CARD: full, Luhn-valid PANs only (Visa, Mastercard, Amex, Discover, JCB,
  Diners).  Masked PANs / "ending in 4242" are not labelled.
* IBAN_CODE: mod-97-valid IBANs, compact or grouped by 4.  BIC/SWIFT, sort codes and
  ABA routing numbers are not labelled.
* MEDICAL_RECORD_NUMBER, HEALTH_PLAN_NUMBER (member / subscriber / policy ids of health
  plans, incl. German Versichertennummer), ACCOUNT_NUMBER (bank, utility, telecom,
  exchange, vet-client and other customer account numbers), DRIVER_LICENSE: only the id
  itself is labelled.  Group numbers, claim numbers, case/receipt numbers, ticket /
  order / invoice / RMA / tracking numbers, employee ids, booking references, flight
  numbers are NOT labelled.
* Secrets:
  AWS_ACCESS_KEY = AKIA/ASIA + 16 chars; AWS_SECRET_KEY = 40-char secret;
  GITHUB_TOKEN = ghp_/gho_/ghu_/ghs_/ghr_/github_pat_; SLACK_TOKEN = xoxb-/xoxp-/xoxa-/xoxe-;
  STRIPE_KEY = sk_live_/rk_live_; JWT = full three-part token (header.payload.signature);
  PRIVATE_KEY = the whole PEM block from "-----BEGIN" through the closing "-----";
  PASSWORD = only where the text makes clear the value is a password / passphrase /
  account passcode (incl. the password part of a connection string user:pass@host and
  `docker login -p`, `mysql -p'...'`);
  GENERIC_SECRET = other API keys, tokens, client secrets, webhook/signing secrets in
  key=value / config / header context (SendGrid, Google, OpenAI-style, Twilio, Datadog,
  npm, GitLab, Shopify, opaque bearer tokens, HMAC secrets...).
* Hard negatives that appear but are NOT labelled: order / invoice / tracking / RMA /
  ticket numbers, version strings (v2.14.3), UUIDs, commit SHAs, sha256 digests and other
  hex hashes, blockchain addresses and tx hashes, Luhn-invalid 16-digit numbers,
  SSN-shaped numbers with invalid area (000-, 666-, 9xx-), masked values ("****",
  "<redacted>", "[REDACTED]", "***-**-1234", "${VAR}", "{{ secrets.X }}"), brand names
  that look like person names, pet names, drug names, ICD-10 / CPT / CDT codes,
  relative times, durations, epoch timestamps, routing numbers, BIC codes, group numbers,
  booking references, IATA codes, seat numbers, amounts.
"""
from __future__ import annotations

import argparse
import base64
import datetime as _dt
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter

ALLOWED_TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
]
TYPE_SET = frozenset(ALLOWED_TYPES)
MIN_LEN, MAX_LEN = 200, 2500

# short aliases used throughout the generators
PER, EMA, PHO, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                    "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                     "DRIVER_LICENSE")
AKEY, ASEC, GHT, SLK, STR = ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN",
                             "SLACK_TOKEN", "STRIPE_KEY")
JWT_, PK, PWD, GEN = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"


# ----------------------------------------------------------------------------------
# Builder: a sequence of (text, type|None) segments.  Offsets are derived at the end.
# ----------------------------------------------------------------------------------
class F:
    __slots__ = ("segs", "n")

    def __init__(self, *items):
        self.segs = []
        self.n = 0
        self.add(*items)

    def t(self, *ss):
        for s in ss:
            if s:
                self.segs.append((s, None))
                self.n += len(s)
        return self

    def e(self, v, typ):
        if typ is None:
            return self.t(v)
        if typ not in TYPE_SET:
            raise ValueError(f"bad type {typ}")
        if not v or v != v.strip():
            raise ValueError(f"bad entity value {v!r} ({typ})")
        self.segs.append((v, typ))
        self.n += len(v)
        return self

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.t(it)
            elif isinstance(it, tuple):
                self.e(*it)
            else:
                for s, ty in it.segs:
                    self.segs.append((s, ty))
                    self.n += len(s)
        return self

    def text(self):
        return "".join(s for s, _ in self.segs)

    def plain(self):
        return "".join(s for s, _ in self.segs)

    def has_entities(self):
        return any(ty for _, ty in self.segs)

    def map(self, fn):
        out = F()
        for s, ty in self.segs:
            s2 = fn(s)
            if ty:
                out.e(s2, ty)
            else:
                out.t(s2)
        return out

    def spans(self):
        out, pos = [], 0
        for s, ty in self.segs:
            if ty:
                out.append({"start": pos, "end": pos + len(s), "type": ty})
            pos += len(s)
        return out


def E(v, typ):
    return F().e(v, typ)


def aslist(x):
    if isinstance(x, F):
        return x
    if isinstance(x, tuple):
        return F().e(*x)
    return F().t(str(x))


# ---- structured renderers (JSON / YAML / CSV / env / forms / markdown) ---------------
class Obj(list):
    """ordered list of (key, value) pairs; value is F | str(raw literal) | Obj | Arr"""


class Arr(list):
    """list of values (F | str raw | Obj)"""


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def render_json(v, indent=2, level=0, compact=False):
    out = F()
    if isinstance(v, F) or isinstance(v, tuple):
        v = aslist(v)
        out.t('"').add(v.map(jesc)).t('"')
    elif isinstance(v, Obj):
        if not v:
            return out.t("{}")
        if compact:
            out.t("{")
            for k, (key, val) in enumerate(v):
                if k:
                    out.t(", ")
                out.t(f'"{key}": ').add(render_json(val, indent, level + 1, True))
            out.t("}")
        else:
            pad = " " * (indent * (level + 1))
            out.t("{\n")
            for k, (key, val) in enumerate(v):
                out.t(f'{pad}"{key}": ').add(render_json(val, indent, level + 1))
                out.t(",\n" if k < len(v) - 1 else "\n")
            out.t(" " * (indent * level) + "}")
    elif isinstance(v, Arr):
        if compact or all(not isinstance(x, Obj) for x in v):
            out.t("[")
            for k, x in enumerate(v):
                if k:
                    out.t(", ")
                out.add(render_json(x, indent, level + 1, True))
            out.t("]")
        else:
            pad = " " * (indent * (level + 1))
            out.t("[\n")
            for k, x in enumerate(v):
                out.t(pad).add(render_json(x, indent, level + 1))
                out.t(",\n" if k < len(v) - 1 else "\n")
            out.t(" " * (indent * level) + "]")
    else:
        out.t(str(v))
    return out


_YAML_PLAIN_OK = re.compile(r"^[A-Za-z0-9_./+\-][^#:]*$")


def yaml_scalar(v):
    v = aslist(v)
    s = v.plain()
    needs = (not _YAML_PLAIN_OK.match(s)) or s.strip() != s or "\n" in s or \
        s.lower() in ("yes", "no", "true", "false", "null", "on", "off") or \
        re.fullmatch(r"[0-9][0-9_]*", s) is not None and s.startswith("0") or ": " in s
    if not needs:
        return v
    return F().t('"').add(v.map(jesc)).t('"')


def render_yaml(v, level=0, indent=2):
    """v must be an Obj at top level."""
    out = F()
    pad = " " * (indent * level)
    for key, val in v:
        if isinstance(val, Obj):
            out.t(f"{pad}{key}:\n").add(render_yaml(val, level + 1, indent))
        elif isinstance(val, Arr):
            out.t(f"{pad}{key}:\n")
            for x in val:
                if isinstance(x, Obj):
                    sub = render_yaml(x, level + 2, indent)
                    # replace leading pad of first line with "- "
                    first = sub.segs[0][0]
                    cut = indent * (level + 2)
                    sub.segs[0] = (pad + " " * indent + "- " + first[cut:], None)
                    sub.n = sum(len(s) for s, _ in sub.segs)
                    out.add(sub)
                else:
                    out.t(f"{pad}{' ' * indent}- ").add(yaml_scalar(x)).t("\n")
        elif isinstance(val, str) and not isinstance(val, F):
            out.t(f"{pad}{key}: {val}\n")
        else:
            out.t(f"{pad}{key}: ").add(yaml_scalar(val)).t("\n")
    return out


def csv_cell(v):
    v = aslist(v)
    s = v.plain()
    if any(c in s for c in ',"\n'):
        return F().t('"').add(v.map(lambda x: x.replace('"', '""'))).t('"')
    return v


def render_csv(header, rows, sep=","):
    out = F().t(sep.join(header) + "\n")
    for r in rows:
        for k, c in enumerate(r):
            if k:
                out.t(sep)
            out.add(csv_cell(c) if sep == "," else aslist(c))
        out.t("\n")
    return out


def render_md_table(header, rows):
    out = F().t("| " + " | ".join(header) + " |\n")
    out.t("|" + "|".join("-" * (len(h) + 2) for h in header) + "|\n")
    for r in rows:
        out.t("|")
        for c in r:
            out.t(" ").add(aslist(c)).t(" |")
        out.t("\n")
    return out


def render_form(pairs, sep=": ", align=False, upper=False, bullet=""):
    out = F()
    w = max((len(k) for k, _ in pairs), default=0)
    for k, v in pairs:
        key = k.upper() if upper else k
        if align:
            key = (key + sep.rstrip()).ljust(w + len(sep.rstrip()) + 1)
            out.t(bullet + key).add(aslist(v)).t("\n")
        else:
            out.t(bullet + key + sep).add(aslist(v)).t("\n")
    return out


def render_env(pairs, quote_rng=None):
    out = F()
    for k, v in pairs:
        v = aslist(v)
        q = ""
        if quote_rng is not None and quote_rng.random() < 0.3:
            q = '"'
        if "\n" in v.plain():
            out.t(f'{k}="').add(v.map(lambda x: x.replace("\n", "\\n"))).t('"\n')
        else:
            out.t(f"{k}={q}").add(v).t(f"{q}\n")
    return out


# ----------------------------------------------------------------------------------
# Data pools
# ----------------------------------------------------------------------------------
NAMES = {
    "en": (["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "William", "Sophia", "Ethan",
            "Chloe", "Michael", "Hannah", "Daniel", "Grace", "Ryan", "Megan", "Connor",
            "Abigail", "Tyler", "Madison", "Brandon", "Kayla", "Heather", "Dwayne",
            "Tanisha", "Marcus", "Jasmine", "Deshawn", "Brittany", "Cody"],
           ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Anderson", "Taylor", "Thompson", "Harris", "Clark", "Lewis", "Walker", "Hall",
            "Young", "Allen", "Whitaker", "Pemberton", "Blackwood", "Fairbanks",
            "Holloway", "Prescott", "Washington", "Jefferson", "Okoye-Barnes"]),
    "es": (["José", "María", "Juan", "Lucía", "Alejandro", "Sofía", "Carlos", "Valentina",
            "Javier", "Camila", "Andrés", "Mariana", "Diego", "Isabel", "Álvaro", "Inés",
            "Sebastián", "Ximena", "Rocío", "Iñaki", "Nerea", "Guadalupe", "Raúl"],
           ["García", "Martínez", "López", "Hernández", "González", "Rodríguez", "Pérez",
            "Sánchez", "Ramírez", "Torres", "Flores", "Núñez", "Jiménez", "Muñoz",
            "Ortega", "Castañeda", "Ibáñez", "Peña", "Echeverría", "Villaseñor",
            "de la Cruz", "Gutiérrez"]),
    "pt": (["João", "Ana", "Gabriel", "Beatriz", "Lucas", "Letícia", "Matheus", "Júlia",
            "Rafael", "Luíza", "Thiago", "Larissa", "Gonçalo", "Conceição", "Vitória",
            "Caio", "Antônio"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues",
            "Almeida", "Nascimento", "Lima", "Araújo", "Fernandes", "Gonçalves",
            "Magalhães", "Brandão", "Assunção", "Guimarães"]),
    "de": (["Lukas", "Lea", "Jonas", "Anna", "Felix", "Marie", "Maximilian", "Laura",
            "Jürgen", "Katharina", "Stefan", "Sabine", "Jörg", "Ute", "Günther", "Dörte",
            "Hannelore", "Till", "Wiebke", "Matthias"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter",
            "Wolf", "Schröder", "Neumann", "Köhler", "Weiß", "Großmann", "von Bülow",
            "Oberländer"]),
    "fr": (["Camille", "Léa", "Louis", "Chloé", "Hugo", "Manon", "Théo", "Mathéo",
            "Éloïse", "François", "Amélie", "Jérôme", "Hélène", "Benoît", "Cécile",
            "Gaëlle", "Noël", "Anaïs", "Clément", "Margaux"],
           ["Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy",
            "Moreau", "Lefèvre", "Girard", "Bonnet", "Mercier", "Rousseau", "Fontaine",
            "Chevalier", "Lemaître", "Bérenger", "Delacroix", "Faure", "Lambert"]),
    "in": (["Aarav", "Priya", "Vivaan", "Ananya", "Rohan", "Diya", "Arjun", "Kavya",
            "Siddharth", "Neha", "Rahul", "Pooja", "Vikram", "Lakshmi", "Karthik",
            "Deepika", "Sanjay", "Meera", "Harpreet", "Gurpreet"],
           ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Mehta",
            "Chatterjee", "Banerjee", "Desai", "Joshi", "Rao", "Krishnan", "Menon",
            "Agarwal", "Bhattacharya", "Venkataraman", "Kaur"]),
    "cn": (["Wei", "Fang", "Jing", "Lei", "Xiaoming", "Mei", "Hao", "Yan", "Jun", "Zhiwei",
            "Xinyi", "Yuxuan", "Haoran", "Qian"],
           ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu",
            "Sun", "Zhu", "Guo", "Lin"]),
    "jp": (["Haruto", "Yui", "Sota", "Hina", "Yuto", "Aoi", "Ren", "Sakura", "Takeshi",
            "Yuki", "Kenji", "Akiko", "Hiroshi", "Emi", "Shōta", "Kōji"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto",
            "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto",
            "Inoue", "Kimura", "Saitō", "Ōta"]),
    "kr": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Seo-jun",
            "Soo-ah", "Hyun-woo", "Ye-jin"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
            "Han"]),
    "vn": (["Minh", "Thảo", "Anh", "Huy", "Lan", "Phương", "Đức", "Hương", "Quang",
            "Linh", "Tuấn", "Ngọc"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ"]),
    "ar": (["Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Layla", "Youssef", "Mariam",
            "Khalid", "Noor", "Hassan", "Zainab", "Tariq", "Salma"],
           ["Al-Sayed", "Haddad", "Khalil", "Nasser", "Mansour", "Farouk", "Aziz",
            "El-Amin", "Saleh", "Hamdan", "Qureshi", "Rahman", "Al-Fulan"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Tunde",
            "Chiamaka", "Babajide", "Ifeoma", "Yusuf", "Amaka"],
           ["Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Adebayo", "Obi",
            "Olawale", "Chukwu", "Ogunleye", "Bello"]),
    "pl": (["Łukasz", "Małgorzata", "Piotr", "Agnieszka", "Krzysztof", "Katarzyna",
            "Paweł", "Zofia", "Wojciech", "Żaneta"],
           ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
            "Lewandowski", "Zieliński", "Szymańska", "Woźniak", "Dąbrowski"]),
    "tr": (["Mehmet", "Ayşe", "Mustafa", "Fatma", "Emre", "Elif", "Burak", "Zeynep", "Oğuz",
            "Gökhan", "Şeyma", "Çağla"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
            "Aydın", "Özdemir", "Arslan", "Doğan"]),
    "nordic": (["Søren", "Astrid", "Lars", "Ingrid", "Magnus", "Freya", "Bjørn", "Sigrid",
                "Henrik", "Åsa", "Mikael", "Linnéa"],
               ["Jensen", "Nielsen", "Hansen", "Andersson", "Johansson", "Lindqvist",
                "Bergström", "Eriksson", "Halvorsen", "Sørensen", "Åberg", "Kristiansen"]),
    "ie": (["Siobhán", "Seán", "Aoife", "Niamh", "Ciarán", "Eoin", "Saoirse", "Pádraig",
            "Róisín", "Oisín"],
           ["O'Brien", "Murphy", "Kelly", "O'Sullivan", "Walsh", "McCarthy", "O'Connor",
            "Byrne", "Ó Súilleabháin", "Mac Giolla Phádraig"]),
    "gr": (["Giorgos", "Eleni", "Dimitris", "Nikos", "Katerina", "Yannis", "Vasiliki",
            "Panagiotis"],
           ["Papadopoulos", "Nikolaidis", "Georgiou", "Konstantinou", "Papadakis",
            "Vlachos", "Oikonomou"]),
    "ru": (["Dmitri", "Anastasia", "Sergei", "Olga", "Alexei", "Natalia", "Ivan",
            "Yekaterina", "Nikolai", "Tatiana"],
           ["Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Volkova", "Morozov",
            "Petrova", "Fedorov", "Lebedeva"]),
}
CULTURES = list(NAMES)
FEMALE = set("""Olivia Emma Ava Sophia Chloe Hannah Grace Megan Abigail Madison Kayla Heather Tanisha Jasmine
Brittany María Lucía Sofía Valentina Camila Mariana Isabel Inés Ximena Rocío Nerea Guadalupe Ana Beatriz
Letícia Júlia Luíza Larissa Conceição Vitória Lea Anna Marie Laura Katharina Sabine Ute Dörte Hannelore
Wiebke Camille Léa Chloé Manon Éloïse Amélie Hélène Cécile Gaëlle Anaïs Margaux Priya Ananya Diya Kavya
Neha Pooja Lakshmi Deepika Meera Harpreet Fang Jing Mei Yan Xinyi Qian Yui Hina Aoi Sakura Yuki Akiko Emi
Seo-yeon Ha-eun Ji-woo Soo-ah Ye-jin Thảo Lan Phương Hương Linh Ngọc Fatima Aisha Layla Mariam Noor Zainab
Salma Ngozi Adaeze Folake Chiamaka Ifeoma Amaka Małgorzata Agnieszka Katarzyna Zofia Żaneta Ayşe Fatma Elif
Zeynep Şeyma Çağla Astrid Ingrid Freya Sigrid Åsa Linnéa Siobhán Aoife Niamh Saoirse Róisín Eleni Katerina
Vasiliki Anastasia Olga Natalia Yekaterina Tatiana""".split())
CULTURE_W = {"en": 5, "es": 3, "pt": 2, "de": 2, "fr": 2, "in": 2.5, "cn": 1.3, "jp": 1.2,
             "kr": 1, "vn": 1, "ar": 1.5, "ng": 1.5, "pl": 1, "tr": 1, "nordic": 1,
             "ie": 1, "gr": .7, "ru": 1}
CULTURE_COUNTRY = {
    "en": ["US", "US", "US", "US", "UK", "UK", "AU", "CA"], "es": ["ES", "ES", "MX", "US"],
    "pt": ["BR", "BR", "PT"], "de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "CA"],
    "in": ["IN", "IN", "US", "UK"], "cn": ["CN", "US", "AU"], "jp": ["JP"], "kr": ["KR", "US"],
    "vn": ["US", "AU"], "ar": ["AE", "UK", "US"], "ng": ["NG", "UK", "US"],
    "pl": ["PL", "UK", "DE"], "tr": ["TR", "DE"], "nordic": ["SE", "DK", "NO"],
    "ie": ["IE", "UK"], "gr": ["GR"], "ru": ["DE", "US"],
}
COUNTRY_CULTURES = {}
for _c, _cs in CULTURE_COUNTRY.items():
    for _k in _cs:
        COUNTRY_CULTURES.setdefault(_k, []).append(_c)

# hard negatives: brands / products / places that look like names
BRANDS = ["Ben & Jerry's", "Tim Hortons", "Jack Daniel's", "Dr Pepper", "McDonald's",
          "Wendy's", "Johnson & Johnson", "Trader Joe's", "Papa John's",
          "Marie Callender's", "Chef Boyardee", "Sam Adams", "Calvin Klein",
          "Tommy Hilfiger", "Hugo Boss", "Mercedes-Benz", "Ralph Lauren", "Dyson",
          "Dell", "Ford", "Honda", "Ferrari", "Porsche", "Lamborghini", "Hewlett-Packard",
          "Ben Sherman", "Arthur Andersen", "Ruth's Chris Steak House", "Jimmy Choo",
          "Martha Stewart Living", "Paul Mitchell", "Kenneth Cole", "Aunt Jemima",
          "Uncle Ben's", "Betty Crocker", "Sara Lee", "Tito's", "Jim Beam",
          "Johnnie Walker", "Captain Morgan", "Hennessy", "Louis Vuitton", "Guinness"]
PETS = ["Biscuit", "Mochi", "Pickles", "Waffles", "Noodle", "Ziggy", "Pumpkin", "Shadow",
        "Nacho", "Peanut", "Churro", "Muffin", "Sprocket", "Tofu", "Pixel", "Boots",
        "Bandit", "Maple", "Max", "Charlie", "Bella", "Oscar", "Luna", "Milo", "Daisy",
        "Rocky", "Cleo", "Ginger", "Simba", "Coco"]
DRUGS = ["metformin 500 mg", "lisinopril 10 mg", "atorvastatin 20 mg", "amoxicillin 875 mg",
         "ibuprofen 600 mg", "levothyroxine 50 mcg", "sertraline 50 mg", "omeprazole 20 mg",
         "amlodipine 5 mg", "gabapentin 300 mg", "prednisone 10 mg", "cyclobenzaprine 10 mg",
         "hydrochlorothiazide 25 mg", "Eliquis 5 mg", "Ozempic 0.5 mg", "albuterol HFA",
         "montelukast 10 mg", "tramadol 50 mg", "Xarelto 20 mg", "insulin glargine"]
VET_DRUGS = ["carprofen 75 mg", "Apoquel 16 mg", "Cerenia (maropitant) 24 mg",
             "gabapentin 100 mg", "Bravecto", "NexGard Spectra", "meloxicam 1.5 mg/mL",
             "Clavamox 250 mg", "Simparica Trio", "metronidazole 250 mg", "Cytopoint"]
ICD10 = [("E11.9", "type 2 diabetes without complications"), ("I10", "essential hypertension"),
         ("J45.909", "unspecified asthma"), ("S13.4XXA", "cervical sprain, initial"),
         ("M54.5", "low back pain"), ("K21.9", "GERD"), ("F41.1", "generalized anxiety"),
         ("N39.0", "UTI"), ("J18.9", "pneumonia, unspecified"), ("I48.91", "atrial fibrillation"),
         ("R07.9", "chest pain, unspecified"), ("E78.5", "hyperlipidemia"),
         ("S82.201A", "tibial shaft fracture"), ("Z79.4", "long-term insulin use")]
CPT = ["99213", "99214", "99284", "71046", "93000", "80053", "85025", "97110", "36415",
       "99203", "73610", "20610"]
CDT = [("D0120", "periodic oral evaluation"), ("D1110", "adult prophylaxis"),
       ("D0274", "bitewings - four films"), ("D2392", "resin composite, 2 surf."),
       ("D2740", "porcelain crown"), ("D3330", "endodontic therapy, molar"),
       ("D4341", "scaling & root planing, 4+ teeth"), ("D7140", "extraction, erupted tooth"),
       ("D0150", "comprehensive oral evaluation"), ("D1206", "fluoride varnish")]
RELATIVE_FUT = ["tomorrow morning", "next week", "later today", "by end of day", "in 3 days",
                "next Tuesday", "this weekend", "in about two weeks", "first thing Monday",
                "within 48 hours", "in 10 business days", "at the end of the month",
                "tomorrow afternoon", "early next month"]
RELATIVE_PAST = ["yesterday evening", "last night", "earlier this week", "two days ago",
                 "last Friday", "this morning", "a few weeks ago"]
RELATIVE = RELATIVE_FUT + RELATIVE_PAST
PLACEHOLDERS = ["<redacted>", "****", "[REDACTED]", "********", "xxxxxxxx", "<hidden>",
                "(masked)", "REDACTED", "***"]
COMPANIES = ["Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Globex Corporation",
             "Initech", "Tailspin Toys", "Wide World Importers", "Adventure Works",
             "Litware Inc", "Proseware", "Blue Yonder Airlines", "Coho Winery",
             "Alpine Ski House", "Woodgrove Bank", "Lucerne Publishing", "Trey Research",
             "Humongous Insurance", "Margie's Travel", "Southridge Video", "Graphic Design Institute"]
BANKS = ["Woodgrove Bank", "First Harbor Credit Union", "Keystone Savings", "Redwood National Bank",
         "Summit Federal Credit Union", "Granite Trust", "Lakeside Community Bank"]
EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
           "protonmail.com", "comcast.net"],
    "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "AT": ["gmx.at", "aon.at", "gmail.com"], "CH": ["bluewin.ch", "gmx.ch", "gmail.com"],
    "FR": ["orange.fr", "laposte.net", "free.fr", "gmail.com", "sfr.fr"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
    "PT": ["sapo.pt", "gmail.com"], "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"], "CN": ["qq.com", "163.com", "gmail.com"],
    "KR": ["naver.com", "gmail.com", "daum.net"], "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "CA": ["gmail.com", "rogers.com", "videotron.ca", "shaw.ca"], "AE": ["gmail.com", "emirates.net.ae"],
    "NG": ["gmail.com", "yahoo.com"], "PL": ["wp.pl", "onet.pl", "gmail.com"],
    "TR": ["gmail.com", "hotmail.com.tr"], "SE": ["telia.com", "gmail.com"],
    "DK": ["gmail.com", "mail.dk"], "NO": ["online.no", "gmail.com"], "IE": ["eircom.net", "gmail.com"],
    "GR": ["gmail.com", "otenet.gr"], "NL": ["ziggo.nl", "gmail.com", "kpnmail.nl"],
}
COUNTRY_NAMES = {"US": "United States", "UK": "United Kingdom", "DE": "Germany", "AT": "Austria",
                 "CH": "Switzerland", "FR": "France", "ES": "Spain", "MX": "Mexico",
                 "BR": "Brazil", "PT": "Portugal", "IN": "India", "JP": "Japan", "CN": "China",
                 "KR": "South Korea", "AU": "Australia", "CA": "Canada",
                 "AE": "United Arab Emirates", "NG": "Nigeria", "PL": "Poland",
                 "TR": "Türkiye", "SE": "Sweden", "DK": "Denmark", "NO": "Norway",
                 "IE": "Ireland", "GR": "Greece", "NL": "Netherlands"}
EXTRA_COUNTRIES = ["Kenya", "Vietnam", "Colombia", "Egypt", "Philippines", "Italy", "Morocco",
                   "Ghana", "Peru", "Chile", "Indonesia", "Pakistan", "Thailand", "Ukraine",
                   "Argentina", "New Zealand", "Singapore", "Belgium", "Ethiopia"]
CITIES_BY_COUNTRY = {
    "US": ["Portland, OR", "Austin, TX", "Denver, CO", "Columbus, OH", "Raleigh, NC",
           "Sacramento, CA", "Chicago, IL", "Seattle, WA", "Phoenix, AZ", "Atlanta, GA",
           "Boston, MA", "Miami, FL", "Minneapolis, MN", "Nashville, TN", "San Diego, CA",
           "Pittsburgh, PA", "Boise, ID", "Albuquerque, NM", "Newark, NJ", "Honolulu, HI"],
    "UK": ["London", "Manchester", "Leeds", "Bristol", "Edinburgh", "Glasgow", "Cardiff",
           "Birmingham", "Liverpool", "Oxford", "Belfast"],
    "DE": ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart",
           "Düsseldorf", "Leipzig", "Dresden", "Nürnberg", "Freiburg im Breisgau"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Nantes", "Lille",
           "Strasbourg", "Montpellier", "Nice"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza"],
    "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Mérida"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre",
           "Salvador", "Recife", "Fortaleza", "Brasília"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],
    "IN": ["Bengaluru", "Mumbai", "New Delhi", "Chennai", "Hyderabad", "Pune", "Kolkata"],
    "JP": ["Tokyo", "Osaka", "Kyoto", "Yokohama", "Sapporo", "Fukuoka"],
    "CN": ["Shanghai", "Beijing", "Shenzhen", "Chengdu", "Hangzhou"],
    "KR": ["Seoul", "Busan", "Incheon", "Daegu"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart"],
    "CA": ["Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Halifax"],
    "AE": ["Dubai", "Abu Dhabi", "Sharjah"], "NG": ["Lagos", "Abuja", "Ibadan", "Port Harcourt"],
    "PL": ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań"],
    "TR": ["İstanbul", "Ankara", "İzmir", "Antalya"], "SE": ["Stockholm", "Göteborg", "Malmö"],
    "DK": ["København", "Aarhus", "Odense"], "NO": ["Oslo", "Bergen", "Trondheim"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"], "GR": ["Athens", "Thessaloniki", "Patras"],
    "AT": ["Wien", "Graz", "Salzburg", "Innsbruck"], "CH": ["Zürich", "Genève", "Basel", "Bern"],
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag"],
}
REGIONS = ["Bavaria", "Ontario", "Québec", "California", "Texas", "Catalonia", "Andalusia",
           "Lombardy", "Tuscany", "Kerala", "Maharashtra", "Queensland", "Victoria",
           "New South Wales", "Scotland", "Wales", "Patagonia", "Normandy", "Provence",
           "Minas Gerais", "Bahia", "Hokkaido", "Okinawa", "Florida", "British Columbia"]
AIRLINES = [("Lufthansa", "LH", "lufthansa.com"), ("KLM", "KL", "klm.com"),
            ("Iberia", "IB", "iberia.com"), ("Qantas", "QF", "qantas.com"),
            ("LATAM", "LA", "latamairlines.com"), ("JetBlue", "B6", "jetblue.com"),
            ("ANA", "NH", "ana.co.jp"), ("Aer Lingus", "EI", "aerlingus.com"),
            ("Delta", "DL", "delta.com"), ("Air Canada", "AC", "aircanada.com"),
            ("TAP", "TP", "flytap.com"), ("Turkish Airlines", "TK", "turkishairlines.com")]
AIRPORTS = [("Frankfurt", "FRA"), ("New York", "JFK"), ("Amsterdam", "AMS"), ("Madrid", "MAD"),
            ("Sydney", "SYD"), ("São Paulo", "GRU"), ("Tokyo", "HND"), ("Dublin", "DUB"),
            ("Atlanta", "ATL"), ("Toronto", "YYZ"), ("Lisbon", "LIS"), ("Istanbul", "IST"),
            ("Munich", "MUC"), ("Boston", "BOS"), ("Singapore", "SIN"), ("Mexico City", "MEX"),
            ("Chicago", "ORD"), ("Bogotá", "BOG"), ("Nairobi", "NBO"), ("Paris", "CDG"),
            ("London", "LHR"), ("Seattle", "SEA"), ("Bengaluru", "BLR"), ("Melbourne", "MEL")]


# ----------------------------------------------------------------------------------
# Primitive helpers
# ----------------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
UALNUM = string.ascii_uppercase + string.digits
LALNUM = string.ascii_lowercase + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def nz_digits(rng, n):
    return str(rng.randint(1, 9)) + digits(rng, n - 1)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def wchoice(rng, pairs):
    """pairs: list of (item, weight)"""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x <= 0:
            return it
    return pairs[-1][0]


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("Ł", "L").replace("ł", "l").replace("Đ", "D").replace(
        "đ", "d").replace("ø", "o").replace("Ø", "O").replace("ı", "i").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ----------------------------------------------------------------------------------
# Dates and times
# ----------------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
}


def rdate(rng, start=(2022, 1, 1), end=(2025, 12, 31)):
    a = _dt.date(*start).toordinal()
    b = _dt.date(*end).toordinal()
    return _dt.date.fromordinal(rng.randint(a, b))


def rdob(rng):
    return rdate(rng, (1938, 1, 1), (2006, 12, 31))


def after(rng, d, lo=1, hi=30):
    return d + _dt.timedelta(days=rng.randint(lo, hi))


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fdate(rng, d, lang="en", style=None, us=True, year=True):
    """format a calendar date.  style picks a concrete format."""
    m, dd, y = d.month, d.day, d.year
    if lang == "en":
        styles = ["iso", "long", "abbr", "eu_long", "eu_abbr", "ord"]
        styles += ["us", "us_short"] if us else ["eu", "eu_dot"]
        if not year:
            styles = ["md_long", "md_abbr", "md_ord", "dm_long"]
        st = style or rng.choice(styles)
        M, Ma = MONTHS["en"][m - 1], MONTHS["en"][m - 1][:3]
        return {
            "iso": f"{y}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y}",
            "us_short": f"{m}/{dd}/{y}", "eu": f"{dd:02d}/{m:02d}/{y}",
            "eu_dot": f"{dd:02d}.{m:02d}.{y}", "long": f"{M} {dd}, {y}",
            "abbr": f"{Ma} {dd}, {y}", "eu_long": f"{dd} {M} {y}", "eu_abbr": f"{dd} {Ma} {y}",
            "ord": f"{M} {ordinal(dd)}, {y}", "md_long": f"{M} {dd}", "md_abbr": f"{Ma} {dd}",
            "md_ord": f"{M} {ordinal(dd)}", "dm_long": f"{dd} {M}",
            "wd_long": f"{WEEKDAYS['en'][d.weekday()]}, {M} {dd}, {y}",
            "wd_abbr": f"{WEEKDAYS['en'][d.weekday()][:3]}, {dd} {Ma} {y}",
            "slash_ymd": f"{y}/{m:02d}/{dd:02d}",
        }[st]
    M = MONTHS[lang][m - 1]
    if lang == "de":
        st = style or rng.choice(["dot", "dot", "long", "iso"])
        return {"dot": f"{dd:02d}.{m:02d}.{y}", "long": f"{dd}. {M} {y}", "iso": f"{y}-{m:02d}-{dd:02d}",
                "wd": f"{WEEKDAYS['de'][d.weekday()]}, {dd}. {M} {y}"}[st]
    if lang == "fr":
        st = style or rng.choice(["slash", "slash", "long"])
        dstr = "1er" if dd == 1 else str(dd)
        return {"slash": f"{dd:02d}/{m:02d}/{y}", "long": f"{dstr} {M} {y}",
                "wd": f"{WEEKDAYS['fr'][d.weekday()]} {dstr} {M} {y}"}[st]
    # es / pt
    st = style or rng.choice(["slash", "slash", "long"])
    return {"slash": f"{dd:02d}/{m:02d}/{y}", "long": f"{dd} de {M} de {y}",
            "dash": f"{dd:02d}-{m:02d}-{y}"}[st]


def rtime(rng, business=False):
    if business:
        h = rng.randint(8, 17)
    else:
        h = rng.randint(0, 23)
    m = rng.choice([0, 0, 15, 30, 45, rng.randint(0, 59)])
    return h, m, rng.randint(0, 59)


def ftime(rng, hms=None, lang="en", style=None, tz=None, business=False):
    h, m, s = hms or rtime(rng, business)
    if lang == "de":
        st = style or rng.choice(["hm", "uhr", "uhr"])
        out = {"hm": f"{h:02d}:{m:02d}", "uhr": f"{h:02d}:{m:02d} Uhr", "hms": f"{h:02d}:{m:02d}:{s:02d}"}[st]
    elif lang == "fr":
        st = style or rng.choice(["h", "hm"])
        out = {"h": f"{h}h{m:02d}", "hm": f"{h:02d}:{m:02d}", "hms": f"{h:02d}:{m:02d}:{s:02d}"}[st]
    elif lang in ("es", "pt"):
        st = style or rng.choice(["hm", "hm", "h"])
        out = {"hm": f"{h:02d}:{m:02d}", "h": f"{h}h{m:02d}" if lang == "pt" else f"{h}:{m:02d}",
               "hms": f"{h:02d}:{m:02d}:{s:02d}"}[st]
    else:
        st = style or rng.choice(["24", "24", "ampm", "ampm", "ampm_l", "ampm_dot", "hms"])
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        out = {"24": f"{h:02d}:{m:02d}", "hms": f"{h:02d}:{m:02d}:{s:02d}",
               "ampm": f"{h12}:{m:02d} {ap}", "ampm_l": f"{h12}:{m:02d}{ap.lower()}",
               "ampm_dot": f"{h12}:{m:02d} {ap[0].lower()}.m.",
               "short": f"{h12}{ap.lower()}"}[st]
    if tz:
        out += " " + tz
    return out


def iso_ts(rng, d=None, frac=None, z=True):
    d = d or rdate(rng)
    h, m, s = rtime(rng)
    out = f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}"
    if frac:
        out += "." + digits(rng, frac)
    return out + ("Z" if z else rng.choice(["+00:00", "+01:00", "-05:00", "+05:30", "+09:00"]))


def rfc2822(rng, d=None):
    d = d or rdate(rng)
    h, m, s = rtime(rng)
    return (f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{h:02d}:{m:02d}:{s:02d} {rng.choice(['+0000', '-0400', '-0700', '+0100', '+0200', '+0530'])}")


def log_ts(rng, d=None, style=None):
    d = d or rdate(rng)
    h, m, s = rtime(rng)
    st = style or rng.choice(["iso", "isoz", "py", "space"])
    if st == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{digits(rng, 3)}Z"
    if st == "isoz":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if st == "py":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{digits(rng, 3)}"
    if st == "syslog":
        return f"{MONTHS['en'][d.month - 1][:3]} {d.day:>2} {h:02d}:{m:02d}:{s:02d}"
    if st == "clf":
        return f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000"
    return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"


class Clock:
    """monotonic timestamps for chats / logs within one document"""

    def __init__(self, rng, d=None):
        self.rng = rng
        self.d = d or rdate(rng)
        h, m, s = rtime(rng, business=True)
        self.t = _dt.datetime(self.d.year, self.d.month, self.d.day, h, m, s)

    def tick(self, lo=3, hi=120):
        self.t += _dt.timedelta(seconds=self.rng.randint(lo, hi))
        return self.t

    def hms(self):
        return f"{self.t.hour:02d}:{self.t.minute:02d}:{self.t.second:02d}"

    def hm(self):
        return f"{self.t.hour:02d}:{self.t.minute:02d}"

    def iso(self, ms=True, z=True):
        s = self.t.strftime("%Y-%m-%dT%H:%M:%S")
        if ms:
            s += "." + f"{self.rng.randint(0, 999):03d}"
        return s + ("Z" if z else "")

    def iso7(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%S") + "." + digits(self.rng, 7) + "Z"

    def space(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S")

    def py(self):
        return self.t.strftime("%Y-%m-%d %H:%M:%S") + "," + f"{self.rng.randint(0, 999):03d}"

    def syslog(self):
        return f"{MONTHS['en'][self.t.month - 1][:3]} {self.t.day:>2} " + self.hms()

    def clf(self):
        return self.t.strftime("%d/") + MONTHS["en"][self.t.month - 1][:3] + self.t.strftime("/%Y:%H:%M:%S +0000")

    def ampm(self):
        h12 = self.t.hour % 12 or 12
        return f"{h12}:{self.t.minute:02d} {'AM' if self.t.hour < 12 else 'PM'}"


# ----------------------------------------------------------------------------------
# Phone numbers (country-realistic, mixed formats)
# ----------------------------------------------------------------------------------
US_AREAS = [212, 213, 305, 312, 404, 415, 503, 512, 617, 646, 702, 718, 720, 773, 808, 832,
            917, 919, 972, 206, 303, 602, 614, 615, 619, 704, 713, 816, 858, 971, 208, 505,
            973, 410, 313, 612, 801, 907]
CA_AREAS = [416, 647, 514, 438, 604, 778, 403, 587, 613, 902, 204, 306]


def _us_like(rng, areas, intl_prob=0.3):
    a = rng.choice(areas)
    while True:
        ex = rng.randint(201, 989)
        if ex % 100 != 11:
            break
    ln = digits(rng, 4)
    fmts = [f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"({a}) {ex} {ln}",
            f"{a} {ex} {ln}", f"{a}{ex}{ln}"]
    ifmts = [f"+1 ({a}) {ex}-{ln}", f"+1 {a} {ex} {ln}", f"+1-{a}-{ex}-{ln}", f"1-{a}-{ex}-{ln}",
             f"+1{a}{ex}{ln}", f"+1 {a}-{ex}-{ln}", f"+1.{a}.{ex}.{ln}"]
    return rng.choice(ifmts) if rng.random() < intl_prob else rng.choice(fmts)


def phone(rng, cc="US", intl=None):
    """intl: None=random, True=force international form"""
    ip = 0.5 if intl is None else (1.0 if intl else 0.0)
    I = rng.random() < ip
    d = lambda n: digits(rng, n)
    if cc == "US":
        return _us_like(rng, US_AREAS, 0.3 if intl is None else ip)
    if cc == "CA":
        return _us_like(rng, CA_AREAS, 0.3 if intl is None else ip)
    if cc == "UK":
        k = rng.randrange(4)
        if k == 0:
            return f"+44 20 {rng.choice('378')}{d(3)} {d(4)}" if I else f"020 {rng.choice('378')}{d(3)} {d(4)}"
        if k == 1:
            ac = rng.choice(["161", "113", "117", "131", "141", "121", "151", "29"])
            return f"+44 {ac} {d(3)} {d(4)}" if I else f"0{ac} {d(3)} {d(4)}"
        mob = f"7{rng.choice(['700', '911', '824', '468', '956', '305', '412'])}"
        return rng.choice([f"+44 {mob} {d(6)}", f"+44 (0){mob} {d(6)}"]) if I else rng.choice([f"0{mob} {d(6)}", f"0{mob}{d(6)}", f"0{mob} {d(3)} {d(3)}"])
    if cc == "DE":
        if rng.random() < 0.5:
            pre = rng.choice(["151", "152", "160", "170", "171", "176", "157", "179"])
            return rng.choice([f"+49 {pre} {d(8)}", f"+49 {pre} {d(4)} {d(4)}", f"+49 (0){pre} {d(8)}"]) if I else rng.choice([f"0{pre} {d(4)} {d(4)}", f"0{pre}-{d(7)}", f"0{pre} {d(8)}", f"0{pre}/{d(8)}"])
        ac = rng.choice(["30", "89", "40", "221", "69", "711", "211", "341", "351", "911", "761"])
        n = d(10 - len(ac))
        return rng.choice([f"+49 {ac} {n}", f"+49 (0){ac} {n}", f"+49-{ac}-{n}"]) if I else rng.choice([f"0{ac} {n}", f"0{ac}/{n}", f"(0{ac}) {n}", f"0{ac}-{n}"])
    if cc == "AT":
        return f"+43 {rng.choice(['1', '316', '662', '664', '676', '699'])} {d(3)} {d(4)}" if I else f"0{rng.choice(['664', '676', '699'])} {d(3)} {d(4)}"
    if cc == "CH":
        return f"+41 {rng.choice(['44', '22', '61', '31', '79', '78', '76'])} {d(3)} {d(2)} {d(2)}" if I else f"0{rng.choice(['44', '22', '79', '78'])} {d(3)} {d(2)} {d(2)}"
    if cc == "FR":
        first = rng.choice("1234567")
        p = [d(2) for _ in range(4)]
        if I:
            return rng.choice([f"+33 {first} {' '.join(p)}", f"+33 (0){first} {' '.join(p)}", f"+33{first}{''.join(p)}"])
        return rng.choice([f"0{first} {' '.join(p)}", f"0{first}.{'.'.join(p)}", f"0{first}{''.join(p)}", f"0{first}-{'-'.join(p)}"])
    if cc == "ES":
        if rng.random() < 0.6:
            n = f"6{d(2)} {d(3)} {d(3)}"
        else:
            n = f"9{rng.choice(['1', '3', '5', '6'])}{d(1)} {d(2)} {d(2)} {d(2)}"
        return f"+34 {n}" if I else n
    if cc == "MX":
        ac = rng.choice(["55", "33", "81", "222", "999"])
        rest = d(10 - len(ac))
        k = 4 if len(ac) == 2 else 3
        return f"+52 {ac} {rest[:k]} {rest[k:]}" if I else f"{ac} {rest[:k]} {rest[k:]}"
    if cc == "BR":
        ddd = rng.choice(["11", "21", "31", "41", "51", "71", "81", "85", "61"])
        n = f"9{d(4)}-{d(4)}" if rng.random() < 0.7 else f"{rng.choice('2345')}{d(3)}-{d(4)}"
        return rng.choice([f"+55 {ddd} {n}", f"+55 ({ddd}) {n}"]) if I else rng.choice([f"({ddd}) {n}", f"{ddd} {n}", f"({ddd}){n}"])
    if cc == "PT":
        return f"+351 9{rng.choice('1236')}{d(1)} {d(3)} {d(3)}" if I else f"9{rng.choice('1236')}{d(1)} {d(3)} {d(3)}"
    if cc == "IN":
        if rng.random() < 0.7:
            n = f"{rng.choice('6789')}{d(4)} {d(5)}"
            return rng.choice([f"+91 {n}", f"+91-{n.replace(' ', '-')}", f"+91{n.replace(' ', '')}"]) if I else rng.choice([f"0{n}", n, n.replace(" ", "")])
        ac = rng.choice(["80", "22", "11", "44", "40", "20", "33"])
        return f"+91 {ac} {d(4)} {d(4)}" if I else f"0{ac}-{d(4)}-{d(4)}"
    if cc == "JP":
        if rng.random() < 0.5:
            p = rng.choice(["90", "80", "70"])
            return f"+81 {p}-{d(4)}-{d(4)}" if I else f"0{p}-{d(4)}-{d(4)}"
        ac = rng.choice(["3", "6", "75", "45", "11", "92"])
        mid = d(4) if len(ac) == 1 else d(3)
        return f"+81 {ac}-{mid}-{d(4)}" if I else f"0{ac}-{mid}-{d(4)}"
    if cc == "CN":
        return f"+86 1{rng.choice('3589')}{d(1)} {d(4)} {d(4)}" if I or rng.random() < .5 else f"1{rng.choice('3589')}{d(1)}-{d(4)}-{d(4)}"
    if cc == "KR":
        return f"+82 10-{d(4)}-{d(4)}" if I else f"010-{d(4)}-{d(4)}"
    if cc == "AU":
        if rng.random() < 0.5:
            return f"+61 4{d(2)} {d(3)} {d(3)}" if I else f"04{d(2)} {d(3)} {d(3)}"
        ac = rng.choice("2378")
        n1 = str(rng.randint(3, 9)) + d(3)
        return f"+61 {ac} {n1} {d(4)}" if I else f"(0{ac}) {n1} {d(4)}"
    if cc == "AE":
        return f"+971 5{rng.choice('0256')} {d(3)} {d(4)}" if I else f"05{rng.choice('0256')} {d(3)} {d(4)}"
    if cc == "NG":
        p = rng.choice(["803", "806", "813", "816", "703", "705", "809", "901"])
        return f"+234 {p} {d(3)} {d(4)}" if I else f"0{p} {d(3)} {d(4)}"
    if cc == "PL":
        return f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}" if I or rng.random() < .5 else f"{rng.choice('5678')}{d(2)}-{d(3)}-{d(3)}"
    if cc == "TR":
        return f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}" if I else f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"
    if cc == "SE":
        return f"+46 7{rng.choice('0236')} {d(3)} {d(2)} {d(2)}" if I else f"07{rng.choice('0236')}-{d(3)} {d(2)} {d(2)}"
    if cc == "DK":
        return f"+45 {d(2)} {d(2)} {d(2)} {d(2)}"
    if cc == "NO":
        return f"+47 {rng.choice('49')}{d(2)} {d(2)} {d(3)}" if I or rng.random() < .5 else f"{rng.choice('49')}{d(2)} {d(2)} {d(3)}"
    if cc == "IE":
        return f"+353 8{rng.choice('3567')} {d(3)} {d(4)}" if I else f"08{rng.choice('3567')} {d(3)} {d(4)}"
    if cc == "GR":
        return f"+30 69{d(1)} {d(3)} {d(4)}" if I else f"69{d(1)} {d(3)} {d(4)}"
    if cc == "NL":
        return f"+31 6 {d(4)} {d(4)}" if I else rng.choice([f"06-{d(8)}", f"06 {d(4)} {d(4)}", f"020 {d(3)} {d(4)}"])
    return _us_like(rng, US_AREAS)


# ----------------------------------------------------------------------------------
# Addresses.  Each returns (address_text, city_display, country_code)
# ----------------------------------------------------------------------------------
US_STREETS = ["Larkspur", "Maple", "Oak", "Cedar", "Willow Creek", "Pine", "Elm", "Sycamore",
              "Highland", "Lakeview", "Magnolia", "Chestnut", "Juniper", "Aspen", "Orchard",
              "Ridgecrest", "Bayshore", "Hawthorne", "Cottonwood", "Prairie Rose",
              "Martin Luther King Jr", "Lincoln", "Franklin", "Meridian", "Sunset"]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Lane", "Ln", "Dr",
             "Drive", "Ct", "Way", "Pl", "Terrace", "Pkwy"]
US_CITY_ZIP = {"Portland, OR": "972", "Austin, TX": "787", "Denver, CO": "802",
               "Columbus, OH": "432", "Raleigh, NC": "276", "Sacramento, CA": "958",
               "Chicago, IL": "606", "Seattle, WA": "981", "Phoenix, AZ": "850",
               "Atlanta, GA": "303", "Boston, MA": "021", "Miami, FL": "331",
               "Minneapolis, MN": "554", "Nashville, TN": "372", "San Diego, CA": "921",
               "Pittsburgh, PA": "152", "Boise, ID": "837", "Albuquerque, NM": "871",
               "Newark, NJ": "071", "Honolulu, HI": "968"}


def _ukpc(rng, area):
    return f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rs(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"


def address(rng, cc="US", multiline=False, street_only=False):
    d = lambda n: digits(rng, n)
    lines = None
    if cc == "US":
        city = rng.choice(list(US_CITY_ZIP))
        zp = US_CITY_ZIP[city] + d(2) + (("-" + d(4)) if rng.random() < 0.1 else "")
        st = f"{rng.randint(1, 9899)} {rng.choice(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '])}{rng.choice(US_STREETS)} {rng.choice(US_SUFFIX)}"
        unit = rng.choice(["", "", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" Apt. {rng.randint(100, 999)}",
                           f", Unit {rng.randint(1, 30)}", f", Suite {rng.randint(100, 950)}", f" #{rng.randint(2, 99)}"])
        c, s = city.split(", ")
        lines = [st + unit, f"{c}, {s} {zp}"]
        if rng.random() < 0.15:
            lines = [st + unit, f"{c.upper()} {s} {zp}"]
        if rng.random() < 0.1:
            lines = [f"P.O. Box {rng.randint(100, 99999)}", f"{c}, {s} {zp}"]
    elif cc == "CA":
        city, prov, pre = rng.choice([("Toronto", "ON", "M5"), ("Montréal", "QC", "H3"), ("Vancouver", "BC", "V6"),
                                      ("Calgary", "AB", "T2"), ("Ottawa", "ON", "K1"), ("Halifax", "NS", "B3")])
        pc = f"{pre}{rs(rng, 'ABCEGHJKLMNPRSTVXY', 1)} {rng.randint(0, 9)}{rs(rng, 'ABCEGHJKLMNPRSTVXY', 1)}{rng.randint(0, 9)}"
        if prov == "QC":
            st = f"{rng.randint(10, 4999)} {rng.choice(['rue Sainte-Catherine O', 'boulevard Saint-Laurent', 'avenue du Parc', 'rue Saint-Denis'])}"
        else:
            st = f"{rng.randint(10, 4999)} {rng.choice(['Queen St W', 'King St E', 'Bloor St W', 'W Georgia St', 'Jasper Ave', 'Barrington St', 'Elgin St'])}"
        unit = rng.choice(["", "", f", Unit {rng.randint(100, 2500)}", f"{rng.randint(100, 2500)}-"])
        if unit.endswith("-"):
            st = unit + st
            unit = ""
        lines = [st + unit, f"{city}, {prov} {pc}"]
    elif cc == "UK":
        city, area = rng.choice([("London", rng.choice(["SW", "NW", "SE", "E", "N", "W"])), ("Manchester", "M"),
                                 ("Leeds", "LS"), ("Bristol", "BS"), ("Edinburgh", "EH"), ("Glasgow", "G"),
                                 ("Cardiff", "CF"), ("Birmingham", "B"), ("Liverpool", "L"), ("Oxford", "OX")])
        st = f"{rng.randint(1, 250)}{rng.choice(['', '', '', 'A', 'B'])} {rng.choice(['Kensington', 'Victoria', 'Albert', 'Mill', 'Church', 'Station', 'Park', 'Queens', 'Highfield', 'Beech', 'Wellington'])} {rng.choice(['Road', 'Street', 'Lane', 'Close', 'Gardens', 'Avenue', 'Crescent', 'Terrace', 'Mews'])}"
        pre = rng.choice(["", "", "", f"Flat {rng.randint(1, 24)}, ", f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}, "])
        lines = [pre + st, f"{city} {_ukpc(rng, area)}"]
        if rng.random() < 0.3:
            lines = [pre + st, city, _ukpc(rng, area)]
    elif cc in ("DE", "AT", "CH"):
        if cc == "DE":
            city, plz = rng.choice([("Berlin", "1" + str(rng.randint(0, 4))), ("München", "8" + str(rng.randint(0, 1))),
                                    ("Hamburg", "2" + str(rng.randint(0, 2))), ("Köln", "5" + str(rng.randint(0, 1))),
                                    ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Düsseldorf", "40"),
                                    ("Leipzig", "04"), ("Dresden", "01"), ("Nürnberg", "90"), ("Freiburg im Breisgau", "79")])
            plz += d(3)
            sfx = "strasse" if rng.random() < 0.1 else "straße"
        elif cc == "AT":
            city, plz = rng.choice([("Wien", "1" + f"{rng.randint(1, 23):02d}" + "0"), ("Graz", "80" + d(2)), ("Salzburg", "50" + d(2)), ("Innsbruck", "60" + d(2))])
            sfx = "straße"
        else:
            city, plz = rng.choice([("Zürich", "80" + d(2)), ("Genève", "12" + d(2)), ("Basel", "40" + d(2)), ("Bern", "30" + d(2))])
            sfx = "strasse"
        base = rng.choice(["Haupt", "Bahnhof", "Goethe", "Schiller", "Linden", "Garten", "Kirch", "Berg", "Wald", "Mühlen", "Rosen", "Schloss"])
        k = rng.randrange(4)
        num = f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'a', 'b'])}"
        if k == 0:
            st = f"{base}{sfx} {num}"
        elif k == 1:
            st = f"{rng.choice(['Berliner', 'Münchner', 'Kölner', 'Frankfurter'])} {rng.choice(['Straße', 'Allee', 'Ring'])} {num}"
        elif k == 2:
            st = f"Am {base}hof {num}"
        else:
            st = f"{base}weg {num}"
        lines = [st, f"{plz} {city}"]
        if cc != "DE" and rng.random() < 0.5:
            lines.append(COUNTRY_NAMES[cc] if rng.random() < 0.5 else {"AT": "Österreich", "CH": "Schweiz"}[cc])
    elif cc == "FR":
        city, cp = rng.choice([("Paris", f"750{rng.randint(1, 20):02d}"), ("Lyon", f"6900{rng.randint(1, 9)}"),
                               ("Marseille", f"130{rng.randint(1, 16):02d}"), ("Toulouse", "31000"), ("Bordeaux", "33000"),
                               ("Nantes", "44000"), ("Lille", "59000"), ("Strasbourg", "67000"), ("Montpellier", "34000"), ("Nice", "06000")])
        st = f"{rng.randint(1, 220)}{rng.choice(['', '', ' bis', ' ter'])} {rng.choice(['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Lilas', 'chemin des Vignes', 'place Bellecour', 'rue du Faubourg Saint-Antoine', 'allée des Tilleuls', 'quai de la Loire'])}"
        pre = rng.choice(["", "", "", f"Bât. {rng.choice('ABC')}, ", f"Appt {rng.randint(1, 60)}, "])
        lines = [pre + st, f"{cp} {city}"]
        if rng.random() < 0.15:
            lines = [pre + st, f"{cp} {city.upper()}"]
    elif cc == "ES":
        city, cp = rng.choice([("Madrid", "280" + d(2)), ("Barcelona", "080" + d(2)), ("Valencia", "460" + d(2)),
                               ("Sevilla", "410" + d(2)), ("Bilbao", "480" + d(2)), ("Málaga", "290" + d(2)), ("Zaragoza", "500" + d(2))])
        if city == "Barcelona":
            st = f"Carrer de {rng.choice(['Mallorca', 'Provença', 'Balmes', 'Aragó'])} {rng.randint(1, 500)}"
        else:
            st = f"{rng.choice(['Calle', 'C/', 'Avenida', 'Avda.', 'Paseo'])} {rng.choice(['de Alcalá', 'Mayor', 'de Serrano', 'del Prado', 'de la Castellana', 'Real', 'San Vicente'])} {rng.randint(1, 300)}"
        unit = rng.choice(["", f", {rng.randint(1, 9)}º {rng.choice('ABCD')}", f", {rng.randint(1, 9)}.º {rng.choice(['izq.', 'dcha.'])}"])
        lines = [st + unit, f"{cp} {city}"]
    elif cc == "MX":
        lines = rng.choice([
            [f"Av. Insurgentes Sur {rng.randint(100, 3999)}", f"Col. {rng.choice(['Del Valle', 'Roma Norte', 'Condesa', 'Nápoles'])}", f"0{rng.randint(3000, 6999)} Ciudad de México, CDMX"],
            [f"Calle Morelos {rng.randint(1, 999)}", "Col. Centro", f"44{d(3)} Guadalajara, Jal."],
            [f"Av. Constitución {rng.randint(100, 2999)} Pte.", f"64{d(3)} Monterrey, N.L."]])
    elif cc == "BR":
        city, uf, cep = rng.choice([("São Paulo", "SP", "0" + str(rng.randint(1, 5))), ("Rio de Janeiro", "RJ", "2" + str(rng.randint(0, 2))),
                                    ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"), ("Porto Alegre", "RS", "90"),
                                    ("Salvador", "BA", "40"), ("Recife", "PE", "50"), ("Fortaleza", "CE", "60")])
        cep = f"{cep}{d(3)}-{d(3)}"
        st = f"{rng.choice(['Rua', 'Av.', 'Avenida', 'Travessa'])} {rng.choice(['Augusta', 'das Flores', 'Oscar Freire', 'Sete de Setembro', 'Paulista', 'Brigadeiro Faria Lima', 'XV de Novembro', 'dos Andradas'])}, {rng.randint(1, 3999)}"
        unit = rng.choice(["", f", apto {rng.randint(11, 184)}", f", ap. {rng.randint(11, 184)}, bloco {rng.choice('ABC')}", f", casa {rng.randint(1, 9)}"])
        bairro = rng.choice(["Consolação", "Pinheiros", "Copacabana", "Savassi", "Batel", "Moinhos de Vento", "Boa Viagem", "Centro"])
        lines = [st + unit, f"{bairro}, {city} - {uf}", cep] if rng.random() < .5 else [st + unit + f" - {bairro}", f"{city}/{uf}, CEP {cep}"]
    elif cc == "PT":
        lines = rng.choice([[f"Rua Augusta {rng.randint(1, 300)}, {rng.randint(1, 6)}.º {rng.choice(['Esq.', 'Dto.'])}", f"1100-{d(3)} Lisboa"],
                            [f"Avenida da Boavista {rng.randint(100, 3000)}", f"4100-{d(3)} Porto"],
                            [f"Rua do Souto {rng.randint(1, 120)}", f"4700-{d(3)} Braga"]])
    elif cc == "IN":
        city, pin, state = rng.choice([("Bengaluru", "5600", "Karnataka"), ("Mumbai", "4000", "Maharashtra"), ("New Delhi", "1100", "Delhi"),
                                       ("Chennai", "6000", "Tamil Nadu"), ("Hyderabad", "5000", "Telangana"), ("Pune", "4110", "Maharashtra"), ("Kolkata", "7000", "West Bengal")])
        pin += d(2)
        lines = [f"{rng.choice(['Flat', 'No.', 'House No.'])} {rng.randint(1, 999)}{rng.choice(['', '/A', '-B'])}, {rng.choice(['Sai Residency', 'Green Park Apartments', 'Prestige Lakeside', 'Shanti Nagar', 'Lotus Enclave'])}",
                 f"{ordinal(rng.randint(1, 18))} {rng.choice(['Main Road', 'Cross', 'Street'])}, {rng.choice(['Indiranagar', 'Koramangala', 'Andheri East', 'T. Nagar', 'Banjara Hills', 'Kothrud', 'Salt Lake'])}",
                 f"{city} {pin}" if rng.random() < .5 else f"{city}, {state} {pin}"]
    elif cc == "JP":
        city, ward, pc, hood = rng.choice([("Tokyo", "Shibuya-ku", "150", "Jingumae"), ("Tokyo", "Shinjuku-ku", "160", "Nishi-Shinjuku"),
                                           ("Tokyo", "Minato-ku", "106", "Roppongi"), ("Tokyo", "Setagaya-ku", "154", "Sangenjaya"),
                                           ("Osaka", "Kita-ku", "530", "Umeda"), ("Kyoto", "Sakyo-ku", "606", "Kitashirakawa"),
                                           ("Yokohama", "Naka-ku", "231", "Yamashita-cho"), ("Sapporo", "Chuo-ku", "060", "Odori-nishi")])
        pc = pc + "-" + d(4)
        bld = rng.choice(["", f"{rng.choice(['Sunrise', 'Green Heights', 'Maison'])} {rng.randint(101, 1203)}, "])
        lines = [f"{bld}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {hood}", f"{ward}, {city} {pc}"]
    elif cc == "CN":
        lines = [f"Room {rng.randint(101, 2808)}, {rng.randint(1, 999)} {rng.choice(['Century Avenue', 'Nanjing Road', 'Jianguo Road', 'Shennan Boulevard'])}",
                 f"{rng.choice(['Pudong New District, Shanghai 2001', 'Chaoyang District, Beijing 1000', 'Futian District, Shenzhen 5180'])}{d(2)}"]
    elif cc == "KR":
        lines = [f"{rng.randint(1, 600)} {rng.choice(['Teheran-ro', 'Sejong-daero', 'Haeundae-ro', 'Olympic-ro'])}", f"{rng.choice(['Gangnam-gu, Seoul', 'Jung-gu, Seoul', 'Haeundae-gu, Busan'])} 0{d(4)}"]
    elif cc == "AU":
        sub, stt, pc = rng.choice([("Fitzroy", "VIC", "3065"), ("Surry Hills", "NSW", "2010"), ("Newtown", "NSW", "2042"),
                                   ("South Brisbane", "QLD", "4101"), ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Carlton", "VIC", "3053")])
        pre = rng.choice(["", "", f"Unit {rng.randint(1, 40)}/", f"{rng.randint(1, 40)}/"])
        lines = [f"{pre}{rng.randint(1, 300)} {rng.choice(['Wattle', 'George', 'Collins', 'Brunswick', 'Oxford', 'King William', 'Bay'])} {rng.choice(['Street', 'St', 'Road', 'Parade'])}", f"{sub} {stt} {pc}"]
    elif cc == "AE":
        lines = [f"Apartment {rng.randint(101, 4809)}, {rng.choice(['Marina Heights Tower', 'Al Reem Tower', 'Burj Views B'])}", f"{rng.choice(['Dubai Marina, Dubai', 'Al Reem Island, Abu Dhabi', 'Downtown Dubai, Dubai'])}"]
    elif cc == "NG":
        lines = [f"{rng.randint(1, 120)} {rng.choice(['Admiralty Way', 'Awolowo Road', 'Adeola Odeku Street', 'Aminu Kano Crescent'])}", f"{rng.choice(['Lekki Phase 1, Lagos 105102', 'Ikoyi, Lagos 101233', 'Victoria Island, Lagos 101241', 'Wuse II, Abuja 904101'])}"]
    elif cc == "PL":
        city, pc = rng.choice([("Warszawa", "00-" + d(3)), ("Kraków", "30-" + d(3)), ("Gdańsk", "80-" + d(3)), ("Wrocław", "50-" + d(3))])
        lines = [f"ul. {rng.choice(['Marszałkowska', 'Długa', 'Świętokrzyska', 'Piotrkowska', 'Floriańska'])} {rng.randint(1, 140)}{rng.choice(['', f'/{rng.randint(1, 80)}', f' m. {rng.randint(1, 80)}'])}", f"{pc} {city}"]
    elif cc == "TR":
        lines = [f"{rng.choice(['Bağdat Caddesi', 'İstiklal Caddesi', 'Atatürk Bulvarı'])} No: {rng.randint(1, 400)} D: {rng.randint(1, 30)}", f"{rng.choice(['34728 Kadıköy/İstanbul', '34433 Beyoğlu/İstanbul', '06420 Çankaya/Ankara'])}"]
    elif cc in ("SE", "DK", "NO"):
        lines = {"SE": [f"{rng.choice(['Drottninggatan', 'Kungsgatan', 'Storgatan', 'Vasagatan'])} {rng.randint(1, 120)}", f"{rng.choice(['111 21 Stockholm', '411 03 Göteborg', '211 22 Malmö'])}"],
                 "DK": [f"{rng.choice(['Nørrebrogade', 'Vesterbrogade', 'Strøget', 'Åboulevard'])} {rng.randint(1, 200)}, {rng.randint(1, 5)}. {rng.choice(['th.', 'tv.'])}", f"{rng.choice(['2200 København N', '1620 København V', '8000 Aarhus C'])}"],
                 "NO": [f"{rng.choice(['Karl Johans gate', 'Bogstadveien', 'Thorvald Meyers gate'])} {rng.randint(1, 90)}", f"{rng.choice(['0159 Oslo', '0355 Oslo', '5003 Bergen'])}"]}[cc]
    elif cc == "IE":
        lines = [f"{rng.randint(1, 180)} {rng.choice(['Grafton Street', 'Leeson Street Upper', 'Patrick Street', 'Shop Street', 'Rathmines Road'])}", rng.choice([f"Dublin {rng.randint(1, 8)}, D0{rng.randint(1, 8)} {rs(rng, 'ACDEFHKNPRTVWXY', 1)}{d(3)}", f"Cork, T12 {rs(rng, 'ACDEFHKNPRTVWXY', 1)}{d(3)}", f"Galway, H91 {rs(rng, 'ACDEFHKNPRTVWXY', 1)}{d(3)}"])]
    elif cc == "GR":
        lines = [f"{rng.choice(['Ermou', 'Panepistimiou', 'Tsimiski', 'Vasilissis Sofias'])} {rng.randint(1, 200)}", f"{rng.choice(['105 63 Athens', '546 24 Thessaloniki', '115 21 Athens'])}"]
    elif cc == "NL":
        lines = [f"{rng.choice(['Keizersgracht', 'Prinsengracht', 'Oudegracht', 'Coolsingel', 'Laan van Meerdervoort'])} {rng.randint(1, 600)}{rng.choice(['', '-II', ' hs', 'A'])}", f"{rng.randint(1000, 3599)} {rs(rng, 'ABCDEGHJKLMNPRSTVWXZ', 2)} {rng.choice(['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag'])}"]
    else:
        return address(rng, "US", multiline, street_only)
    if street_only:
        return lines[0], None, cc
    if multiline:
        return "\n".join(lines), None, cc
    return ", ".join(lines), None, cc


def city_of(rng, cc=None):
    cc = cc or rng.choice(list(CITIES_BY_COUNTRY))
    return rng.choice(CITIES_BY_COUNTRY[cc])


def any_location(rng):
    k = rng.random()
    if k < 0.55:
        return city_of(rng)
    if k < 0.7:
        c = city_of(rng, rng.choice(["DE", "FR", "ES", "BR", "IN", "JP", "UK", "MX", "IE", "AU"]))
        cc_ = next(k2 for k2, v in CITIES_BY_COUNTRY.items() if c in v)
        return f"{c}, {COUNTRY_NAMES[cc_]}"
    if k < 0.85:
        return rng.choice(list(COUNTRY_NAMES.values()) + EXTRA_COUNTRIES)
    return rng.choice(REGIONS)


# ----------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------
class Person:
    def __init__(self, rng, culture=None, country=None):
        if culture is None and country is not None and country in COUNTRY_CULTURES and rng.random() < 0.8:
            culture = rng.choice(COUNTRY_CULTURES[country])
        self.culture = culture or wchoice(rng, list(CULTURE_W.items()))
        gs, fs = NAMES[self.culture]
        self.first = rng.choice(gs)
        self.last = rng.choice(fs)
        if self.culture == "es" and rng.random() < 0.35:
            l2 = rng.choice(fs)
            if l2 != self.last:
                self.last = f"{self.last} {l2}"
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW") if self.culture in ("en", "ng", "in") and rng.random() < 0.4 else None
        self.country = country or rng.choice(CULTURE_COUNTRY[self.culture])
        self.dob = rdob(rng)
        self.female = self.first in FEMALE
        self._rng = rng
        self.email = make_email(rng, self)
        self.phone = phone(rng, self.country)
        self.addr = address(rng, self.country)[0]

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def name(self, style=None):
        rng = self._rng
        st = style or wchoice(rng, [("full", 6), ("mid", 1), ("lastfirst", 1), ("caps", .5), ("first", .5)])
        if st == "mid":
            return f"{self.first} {self.mi}. {self.last}" if self.mi else self.full
        return {
            "full": self.full, "lastfirst": f"{self.last}, {self.first}",
            "caps": self.full.upper(), "capslastfirst": f"{self.last.upper()}, {self.first.upper()}",
            "lower": self.full.lower(), "first": self.first, "last": self.last,
            "firstlower": self.first.lower(),
        }[st]

    def title(self):
        return self._rng.choice(["Ms.", "Mrs.", "Ms"]) if self.female else self._rng.choice(["Mr.", "Mr"])


def make_email(rng, p=None, domain=None):
    if p is None:
        f, l = rng.choice(NAMES["en"][0]), rng.choice(NAMES["en"][1])
        cc = "US"
    else:
        f, l, cc = p.first, p.last, p.country
    f = re.sub(r"[^a-z0-9\-]", "", ascii_fold(f).lower())
    l = re.sub(r"[^a-z0-9]", "", ascii_fold(l).lower())
    dom = domain or rng.choice(EMAIL_DOMAINS.get(cc, EMAIL_DOMAINS["US"]))
    pat = rng.randrange(9)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{f}{l[:1]}{rng.randint(70, 2005)}",
             f"{l}.{f}", f"{f}", f"{f}.{l}{rng.randint(1, 9)}", f"{l}{f[:1]}", f"{f}-{l}"][pat]
    if pat == 5 and domain is None:
        local = f"{f}{rng.randint(10, 999)}"
    return f"{local}@{dom}"


def corp_email(rng, p, domain):
    f = re.sub(r"[^a-z0-9]", "", ascii_fold(p.first).lower())
    l = re.sub(r"[^a-z0-9]", "", ascii_fold(p.last).lower())
    return rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l[0]}", f"{f}"]) + "@" + domain


def role_email(rng, domain, roles=None):
    return rng.choice(roles or ["support", "help", "care", "service", "info", "contact"]) + "@" + domain


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(s).lower()).strip("-")


def company_domain(name):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(name).lower().replace(" inc", "").replace(" ltd", "")) + rng_tld(name)


def rng_tld(name):
    return [".com", ".io", ".co", ".net", ".com"][sum(map(ord, name)) % 5]


def url(rng, domain=None, kind=None):
    domain = domain or rng.choice(["acme-portal.com", "myaccount.contoso.com", "help.fabrikam.io",
                                   "docs.northwind.dev", "status.globex.net", "www.example-bank.com",
                                   "portal.trey-research.org", "app.litware.co", "shop.tailspintoys.com"])
    k = kind if kind is not None else rng.randrange(8)
    scheme = "https://" if rng.random() < 0.92 else "http://"
    paths = [f"/account/{rs(rng, LALNUM, 8)}", "/manage-booking", f"/claims/status?id={digits(rng, 8)}",
             f"/t/{rs(rng, ALNUM, 10)}", "/support/contact", f"/returns/start?order={digits(rng, 7)}",
             f"/reset?token={rs(rng, LALNUM, 12)}", f"/s/{rs(rng, LALNUM, 6)}", "/en-us/privacy",
             f"/portal/login?next=%2Fdashboard%2F{digits(rng, 5)}", "/"]
    p = paths[k % len(paths)] if k < len(paths) else rng.choice(paths)
    u = scheme + domain + (p if p != "/" else "")
    return u


# ----------------------------------------------------------------------------------
# Identifiers with check digits
# ----------------------------------------------------------------------------------
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for k, dd in enumerate(reversed(ds)):
        if k % 2 == 1:
            dd *= 2
            if dd > 9:
                dd -= 9
        tot += dd
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


CARD_BRANDS = ["Visa", "Visa", "Visa", "Mastercard", "Mastercard", "Amex", "Discover", "JCB", "Diners"]


def card_number(rng, brand=None, fmt=None, valid=True):
    brand = brand or rng.choice(CARD_BRANDS)
    if brand == "Visa":
        pre, n = "4" + digits(rng, 5), 16
    elif brand == "Mastercard":
        pre = str(rng.randint(51, 55)) + digits(rng, 4) if rng.random() < .8 else str(rng.randint(2221, 2720)) + digits(rng, 2)
        n = 16
    elif brand == "Amex":
        pre, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    elif brand == "Discover":
        pre, n = rng.choice(["6011" + digits(rng, 2), "65" + digits(rng, 4)]), 16
    elif brand == "JCB":
        pre, n = str(rng.randint(3528, 3589)) + digits(rng, 2), 16
    else:
        pre, n = "36" + digits(rng, 4), 14
    num = luhn_complete(pre + digits(rng, n - len(pre) - 1))
    if not valid:
        last = int(num[-1])
        num = num[:-1] + str((last + rng.randint(1, 9)) % 10)
        assert not luhn_ok(num)
    f = fmt or rng.choice(["space", "space", "dash", "plain"])
    if f == "plain":
        return num, brand
    sep = " " if f == "space" else "-"
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[k:k + 4] for k in range(0, 16, 4)]
    return sep.join(g), brand


def ssn(rng, valid=True, fmt=None):
    if valid:
        while True:
            area = rng.randint(1, 899)
            if area != 666:
                break
    else:
        area = rng.choice([0, 666, rng.randint(900, 999), rng.randint(900, 999)])
    grp = rng.randint(1, 99)
    ser = rng.randint(1, 9999)
    f = fmt or wchoice(rng, [("dash", 8), ("space", 1), ("plain", 1)])
    sep = {"dash": "-", "space": " ", "plain": ""}[f]
    return f"{area:03d}{sep}{grp:02d}{sep}{ser:04d}"


IBAN_SPECS = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n",
              "NL": "4a10n", "BE": "3n7n2n", "CH": "5n12n", "AT": "5n11n", "PT": "4n4n11n2n",
              "PL": "8n16n", "IE": "4a6n8n", "SE": "3n16n1n", "BR": "8n5n10n1a1c", "DK": "4n9n1n",
              "NO": "4n6n1n", "FI": "3n11n", "LU": "3n13n", "GR": "3n4n16n"}
IBAN_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
              "IE": ["AIBK", "BOFI"], "IT": ["X", "A", "K"]}


def iban_valid(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban(rng, cc=None, grouped=None):
    cc = cc or rng.choice(["DE", "DE", "FR", "ES", "IT", "NL", "GB", "BE", "CH", "AT", "PT", "PL", "IE", "SE", "BR", "DK", "NO", "FI", "LU", "GR"])
    spec = IBAN_SPECS[cc]
    bban = ""
    first_alpha = True
    for n, kind in re.findall(r"(\d+)([anc])", spec):
        n = int(n)
        if kind == "n":
            bban += digits(rng, n)
        elif kind == "a":
            if first_alpha and cc in IBAN_BANKS and n == 4:
                bban += rng.choice(IBAN_BANKS[cc])
            else:
                bban += rs(rng, string.ascii_uppercase, n)
        else:
            bban += rs(rng, UALNUM, n)
        first_alpha = False
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    out = f"{cc}{chk:02d}{bban}"
    assert iban_valid(out)
    g = grouped if grouped is not None else rng.random() < 0.6
    if g:
        out = " ".join(out[k:k + 4] for k in range(0, len(out), 4))
    return out


def ipv4(rng, private=None):
    p = private if private is not None else rng.random() < 0.4
    if p:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 169, 172, 192, 100, 0):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    g = [f"{rng.randint(0, 0xffff):x}" for _ in range(8)]
    k = rng.randrange(3)
    if k == 0:
        return ":".join([rng.choice(["2a02", "2001", "2600", "2a01", "2607"])] + g[1:])
    if k == 1:
        return f"{rng.choice(['2a02', '2001', '2600', '2607'])}:{g[1]}:{g[2]}::{g[6]}:{g[7]}"
    return f"fe80::{g[4]}:{g[5]}ff:fe{rng.randint(0, 255):02x}:{g[7]}"


def ip(rng):
    return ipv6(rng) if rng.random() < 0.12 else ipv4(rng)


def aba_routing(rng):
    while True:
        ds = [int(c) for c in f"{rng.choice([0, 0, 1, 2, 3])}{rng.randint(1, 9)}" + digits(rng, 6)]
        for c in range(10):
            allds = ds + [c]
            if (3 * (allds[0] + allds[3] + allds[6]) + 7 * (allds[1] + allds[4] + allds[7]) + (allds[2] + allds[5] + allds[8])) % 10 == 0:
                return "".join(map(str, allds))


def mrn(rng):
    k = rng.randrange(7)
    return [f"{digits(rng, 8)}", f"{rng.randint(1000, 9999)}-{digits(rng, 4)}", f"E{digits(rng, 7)}",
            f"{rs(rng, string.ascii_uppercase, 2)}{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
            f"MRN{digits(rng, 9)}", f"{digits(rng, 10)}"][k]


def health_plan_no(rng, kind=None):
    k = kind if kind is not None else rng.randrange(8)
    if k == 0:
        return rs(rng, string.ascii_uppercase, 3) + digits(rng, 9)
    if k == 1:
        return "W" + digits(rng, 9)
    if k == 2:  # Medicare MBI pattern C A AN N A AN N A A N N
        L = "ACDEFGHJKMNPQRTUVWXY"
        mbi = (str(rng.randint(1, 9)) + rng.choice(L) + rng.choice(L + string.digits) + str(rng.randint(0, 9)) +
               rng.choice(L) + rng.choice(L + string.digits) + str(rng.randint(0, 9)) + rng.choice(L) + rng.choice(L) +
               digits(rng, 2))
        return mbi if rng.random() < .5 else f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"
    if k == 3:
        return f"{rs(rng, string.ascii_uppercase, 3)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    if k == 4:
        return f"{rng.choice(['HMO', 'PPO', 'EPO'])}-{digits(rng, 4)}-{digits(rng, 4)}"
    if k == 5:
        return f"{digits(rng, 9)}{rng.choice(['00', '01', '02'])}"
    if k == 6:
        return f"U{digits(rng, 8)}{rng.randint(1, 9)}"
    return f"{rs(rng, string.ascii_uppercase, 1)}{digits(rng, 9)}"   # DE Versichertennummer shape


def account_no(rng, kind=None):
    k = kind if kind is not None else rng.randrange(7)
    return [digits(rng, 10), f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
            f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}", digits(rng, 12), digits(rng, 8),
            f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 1)}", f"{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 2)}"][k]


def drivers_license(rng, p=None, where=None):
    where = where or rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "MA", "UK", "DE", "ON", "NSW"])
    U = string.ascii_uppercase
    if where == "CA":
        v = rng.choice(U) + digits(rng, 7)
    elif where == "NY":
        v = digits(rng, 9) if rng.random() < .5 else f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    elif where == "TX":
        v = digits(rng, 8)
    elif where == "FL":
        v = f"{rng.choice(U)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 1)}"
    elif where == "IL":
        v = f"{rng.choice(U)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"
    elif where == "WA":
        v = "WDL" + rs(rng, UALNUM, 9)
    elif where == "PA":
        v = f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    elif where == "MA":
        v = "S" + digits(rng, 8)
    elif where == "UK":
        sur = re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper()) if p else rs(rng, U, 5)
        sur = (sur + "99999")[:5]
        dob = p.dob if p else rdob(rng)
        mon = dob.month + (50 if (p and p.female) else 0)
        ini = (re.sub(r"[^A-Z]", "", ascii_fold(p.first).upper())[:1] + (p.mi or "9")) if p else rs(rng, U, 2)
        v = f"{sur}{str(dob.year)[2]}{mon:02d}{dob.day:02d}{str(dob.year)[3]}{ini}{rng.randint(0, 9)}{rs(rng, U, 2)}"
    elif where == "DE":
        v = rs(rng, UALNUM, 11)
    elif where == "ON":
        v = f"{rng.choice(U)}{digits(rng, 4)}-{digits(rng, 5)}-{digits(rng, 5)}"
    else:
        v = digits(rng, 8)
    return v, where


# ----------------------------------------------------------------------------------
# Secrets
# ----------------------------------------------------------------------------------
def aws_access_key(rng):
    return rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret_key(rng):
    while True:
        s = rs(rng, ALNUM + "/+", 40)
        if s[0] not in "/+":
            return s


def github_token(rng):
    k = rng.randrange(6)
    if k == 0:
        return "github_pat_11" + rs(rng, UALNUM, 20) + "_" + rs(rng, ALNUM, 59)
    return rng.choice(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"][k:k + 1] or ["ghp_"]) + rs(rng, ALNUM, 36)


def slack_token(rng):
    k = rng.randrange(4)
    if k == 0:
        return f"xoxp-{nz_digits(rng, 12)}-{nz_digits(rng, 12)}-{nz_digits(rng, 13)}-{rs(rng, HEXL, 32)}"
    if k == 3:
        return f"{rng.choice(['xoxa-2', 'xoxe.xoxp-1'])}-{rs(rng, ALNUM, 60)}"
    return f"xoxb-{nz_digits(rng, rng.choice([11, 12, 13]))}-{nz_digits(rng, 13)}-{rs(rng, ALNUM, 24)}"


def stripe_key(rng):
    pre = rng.choice(["sk_live_", "sk_live_", "rk_live_"])
    if rng.random() < 0.5:
        return pre + rs(rng, ALNUM, 24)
    return pre + "51" + rs(rng, ALNUM, 97)


def jwt(rng, p=None):
    alg = rng.choice(["HS256", "HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and rng.random() < .6:
        hdr["kid"] = rs(rng, LALNUM, 12)
    iat = rng.randint(1_650_000_000, 1_760_000_000)
    pl = {"sub": str(rng.randint(10000, 9999999)) if rng.random() < .5 else f"user_{rs(rng, LALNUM, 10)}",
          "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
    if p is not None and rng.random() < .6:
        pl["email"] = p.email
        pl["name"] = p.full
    if rng.random() < .5:
        pl["iss"] = rng.choice(["https://auth.contoso.com/", "https://login.fabrikam.io", "api-gateway"])
    if rng.random() < .5:
        pl["scope"] = rng.choice(["read:orders write:orders", "admin", "openid profile email"])
    sig_len = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    if alg == "RS256" and rng.random() < .7:
        sig_len = 128
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    b = b64u(json.dumps(pl, separators=(",", ":"), ensure_ascii=False).encode())
    return f"{h}.{b}.{b64u(rbytes(rng, sig_len))}"


def pem_private_key(rng, kind=None):
    kind = kind or rng.choice(["EC", "EC", "RSA", "PKCS8", "OPENSSH"])
    if kind == "EC":
        label, body = "EC PRIVATE KEY", base64.b64encode(b"\x30\x77\x02\x01\x01\x04\x20" + rbytes(rng, 114)).decode()
        width = 64
    elif kind == "RSA":
        label = "RSA PRIVATE KEY"
        body = base64.b64encode(b"\x30\x82\x02\x5d\x02\x01\x00\x02\x81\x81\x00" + rbytes(rng, rng.choice([380, 450, 600]))).decode()
        width = 64
    elif kind == "PKCS8":
        label = "PRIVATE KEY"
        body = base64.b64encode(b"\x30\x81\x87\x02\x01\x00\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01" + rbytes(rng, 121)).decode()
        width = 64
    else:
        label = "OPENSSH PRIVATE KEY"
        body = base64.b64encode(b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + rbytes(rng, 300)).decode()
        width = 70
    lines = [body[k:k + width] for k in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


PW_WORDS = ["Sunshine", "Dragon", "Monkey", "Summer", "Winter", "Autumn", "Falcon", "Bluebird",
            "Maple", "Tiger", "Rainbow", "Coffee", "Pancake", "Galaxy", "Rocket", "Harbor",
            "Lighthouse", "Cactus", "Mango", "Pelican", "Tornado", "Velvet", "Walrus", "Zeppelin"]


def password(rng, strong=None, url_safe=False):
    if url_safe:
        return rs(rng, ALNUM, rng.randint(1, 4)) + rs(rng, ALNUM + "-_.~!*", rng.randint(10, 22)) + rs(rng, ALNUM, 1)
    k = rng.randrange(7) if strong is None else (rng.choice([4, 5]) if strong else rng.choice([0, 1, 2, 3]))
    if k == 0:
        return rng.choice(PW_WORDS) + str(rng.randint(1, 2025)) + rng.choice("!@#$%&*?")
    if k == 1:
        return rng.choice(PW_WORDS).lower() + rng.choice(["123", "1!", "2024", "_99", "#1", "007"])
    if k == 2:
        w = rng.choice(PW_WORDS)
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1").replace("s", "$")
        return leet + str(rng.randint(10, 99))
    if k == 3:
        return "-".join(rng.choice(PW_WORDS).lower() for _ in range(rng.randint(3, 4)))
    if k == 4:
        return rs(rng, ALNUM + "!#$%&*+-=?@^_~", rng.randint(12, 24))
    if k == 5:
        s = rs(rng, ALNUM, rng.randint(16, 32))
        return s
    return rng.choice(PW_WORDS) + rng.choice(["#", "!", "."]) + rs(rng, string.digits, 4) + rng.choice(PW_WORDS)[:3].lower()


def generic_secret(rng, kind=None):
    k = kind if kind is not None else rng.randrange(13)
    if k == 0:
        return "SG." + rs(rng, ALNUM + "-_", 22) + "." + rs(rng, ALNUM + "-_", 43), "SENDGRID_API_KEY"
    if k == 1:
        return "AIza" + rs(rng, ALNUM + "-_", 35), "GOOGLE_MAPS_API_KEY"
    if k == 2:
        return rs(rng, HEXL, 32), "DATADOG_API_KEY"
    if k == 3:
        return "sk-" + rng.choice(["", "proj-"]) + rs(rng, ALNUM, 48), "OPENAI_API_KEY"
    if k == 4:
        return rs(rng, HEXL, 32), "TWILIO_AUTH_TOKEN"
    if k == 5:
        return "npm_" + rs(rng, ALNUM, 36), "NPM_TOKEN"
    if k == 6:
        return "glpat-" + rs(rng, ALNUM + "-_", 20), "GITLAB_TOKEN"
    if k == 7:
        return "shpat_" + rs(rng, HEXL, 32), "SHOPIFY_ACCESS_TOKEN"
    if k == 8:
        return rs(rng, ALNUM, 3) + "8Q~" + rs(rng, ALNUM + "~._-", 34), "AZURE_CLIENT_SECRET"
    if k == 9:
        return "key-" + rs(rng, HEXL, 32), "MAILGUN_API_KEY"
    if k == 10:
        return base64.b64encode(rbytes(rng, 32)).decode(), "JWT_SIGNING_SECRET"
    if k == 11:
        return rs(rng, ALNUM, 40), "CLIENT_SECRET"
    return "whsec_" + rs(rng, ALNUM, 32), "WEBHOOK_SIGNING_SECRET"


# ----------------------------------------------------------------------------------
# Hard-negative generators (never labelled)
# ----------------------------------------------------------------------------------
def no_luhn(s):
    """make sure an unlabelled numeric identifier does not accidentally pass Luhn"""
    ds = re.sub(r"\D", "", s)
    if len(ds) >= 12 and luhn_ok(ds):
        last = s.rstrip()[-1]
        if last.isdigit():
            return s[:-1] + str((int(last) + 1) % 10)
    return s


def uuid4(rng):
    h = rs(rng, HEXL, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha1(rng):
    return rs(rng, HEXL, 40)


def sha256(rng):
    return rs(rng, HEXL, 64)


def version(rng, v=True):
    return ("v" if v else "") + f"{rng.randint(0, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"


def order_no(rng):
    return no_luhn(rng.choice([f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", f"ORD-{rng.randint(2021, 2025)}-{digits(rng, 6)}",
                       f"#{digits(rng, 6)}", f"SO{digits(rng, 8)}", f"W{digits(rng, 9)}"]))


def invoice_no(rng):
    return rng.choice([f"INV-{rng.randint(2021, 2025)}-{digits(rng, 5)}", f"{rs(rng, string.ascii_uppercase, 2)}-{digits(rng, 7)}", f"F{digits(rng, 8)}"])


def tracking_no(rng):
    return no_luhn(rng.choice(["1Z" + rs(rng, UALNUM, 6) + digits(rng, 10), f"9400 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
                       digits(rng, 12), f"JD{digits(rng, 18)}", f"{rs(rng, string.ascii_uppercase, 2)}{digits(rng, 9)}DE"]))


def ticket_no(rng, pre=None):
    return f"{pre or rng.choice(['TCK', 'INC', 'CS', 'SR', 'CASE', 'REQ'])}-{digits(rng, rng.randint(5, 7))}"


def pnr(rng):
    return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def masked_card(rng):
    l4 = digits(rng, 4)
    return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending in {l4}", f"•••• {l4}", f"************{l4}"])


def masked_ssn(rng):
    return rng.choice([f"***-**-{digits(rng, 4)}", f"XXX-XX-{digits(rng, 4)}", "xxx-xx-xxxx"])


def btc_addr(rng):
    return "bc1q" + rs(rng, "023456789acdefghjklmnpqrstuvwxyz", 38)


def eth_addr(rng):
    return "0x" + rs(rng, "0123456789abcdefABCDEF", 40)


def txhash(rng):
    return "0x" + rs(rng, HEXL, 64)


def epoch(rng):
    return str(rng.randint(1_650_000_000, 1_760_000_000))


def amount(rng, cur="$", lo=5, hi=2500):
    v = rng.uniform(lo, hi)
    if cur in ("€", "R$"):
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} €" if cur == "€" else f"R$ {s}"
    return f"{cur}{v:,.2f}"


# ----------------------------------------------------------------------------------
# Small composition helpers
# ----------------------------------------------------------------------------------
TD = _dt.timedelta
AIRLINE_CC = {"LH": "DE", "KL": "NL", "IB": "ES", "QF": "AU", "LA": "BR", "B6": "US", "NH": "JP",
              "EI": "IE", "DL": "US", "AC": "CA", "TP": "PT", "TK": "TR"}


def salute(f, rng, p, lang="en"):
    """append a greeting name: 'Ms. [Last]' / '[First]' / '[Full]'"""
    k = rng.randrange(3)
    if k == 0:
        f.t(p.title() + " ").e(p.last, PER)
    elif k == 1:
        f.e(p.first, PER)
    else:
        f.e(p.full, PER)
    return f


def signature(f, rng, p, role=None, org=None, dom=None, with_phone=True, with_url=False):
    f.t(rng.choice(["Best regards,\n", "Kind regards,\n", "Thanks,\n", "Sincerely,\n", "Cheers,\n", "Regards,\n"]))
    f.e(p.full, PER).t("\n")
    if role:
        f.t(role + "\n")
    if org:
        f.t(org + "\n")
    if with_phone:
        f.t(rng.choice(["Tel: ", "Phone: ", "T ", "Direct: ", ""])).e(phone(rng, p.country if rng.random() < .7 else "US"), PHO)
        if rng.random() < .2:
            f.t(f" ext. {rng.randint(100, 9999)}")
        f.t("\n")
    if dom and rng.random() < .6:
        f.e(corp_email(rng, p, dom), EMA).t("\n")
    if with_url and dom:
        f.e(f"https://www.{dom}", URL).t("\n")
    return f


def neg_sentence(rng):
    """a short sentence full of hard negatives"""
    k = rng.randrange(14)
    if k == 10:
        return f"Loyalty card {card_number(rng, fmt=rng.choice(['space', 'plain']), valid=False)[0]} could not be validated."
    if k == 11:
        return f"Promo: a free {rng.choice(BRANDS)} voucher ships with orders over $50."
    if k == 12:
        return f"Reference {ssn(rng, valid=False, fmt='dash')} (internal form barcode)."
    if k == 13:
        return f"Status page: build {version(rng)}, request {uuid4(rng)}."
    if k == 0:
        return f"Ref. {order_no(rng)}; invoice {invoice_no(rng)}."
    if k == 1:
        return f"(internal trace id {uuid4(rng)})"
    if k == 2:
        return f"Tracking: {tracking_no(rng)}."
    if k == 3:
        return f"We'll follow up {rng.choice(RELATIVE_FUT)}."
    if k == 4:
        return f"Card on file: {masked_card(rng)}."
    if k == 5:
        return f"Portal build {version(rng)} (commit {sha1(rng)[:rng.choice([7, 8, 40])]})."
    if k == 6:
        return f"Gift card serial {card_number(rng, fmt='space', valid=False)[0]} was not accepted."
    if k == 7:
        return f"Form no. {ssn(rng, valid=False)} attached."
    if k == 8:
        return f"SSN on file: {masked_ssn(rng)}."
    return f"Batch {rng.choice(['A', 'B', 'C'])}-{digits(rng, 4)} processed at epoch {epoch(rng)}."


# ==================================================================================
# Domain generators.  Each takes rng and returns an F.
# ==================================================================================
def g_travel(rng):
    f = F()
    p = Person(rng)
    air, code, dom = rng.choice(AIRLINES)
    acc = AIRLINE_CC[code]
    (c1, a1), (c2, a2) = rng.sample(AIRPORTS, 2)
    fl = f"{code} {rng.randint(10, 2999)}" if rng.random() < .5 else f"{code}{rng.randint(10, 2999)}"
    ref = pnr(rng)
    d0 = rdate(rng)
    v = rng.randrange(4)
    if v == 0:   # schedule-change email
        f.t(f"From: {air} Reservations <").e(role_email(rng, dom, ["noreply", "no-reply", "reservations", "service"]), EMA).t(">\nTo: ")
        if rng.random() < .5:
            f.e(p.full, PER).t(" <").e(p.email, EMA).t(">")
        else:
            f.e(p.email, EMA)
        f.t("\nDate: ").e(rfc2822(rng, d0 - TD(days=rng.randint(1, 20))), DT)
        f.t(f"\nSubject: Schedule change for booking {ref}\n\n")
        f.t("Dear ")
        salute(f, rng, p).t(",\n\n")
        f.t(f"We're sorry to let you know that flight {fl} from ").e(c1, LOC).t(f" ({a1}) to ").e(c2, LOC)
        f.t(f" ({a2}) on ").e(fdate(rng, d0), DT).t(" has been retimed. Your new departure time is ")
        f.e(ftime(rng), DT).t(" (previously ").e(ftime(rng), DT).t("), arriving ")
        if rng.random() < .5:
            f.e(fdate(rng, d0 + TD(days=1), style="wd_long"), DT).t(" at ")
        f.e(ftime(rng), DT).t(" local time.\n\nPassengers on this booking:\n")
        pax = [p] + [Person(rng, culture=p.culture, country=p.country) for _ in range(rng.randint(0, 2))]
        for k, q in enumerate(pax):
            f.t(f"  {k + 1}. ").e(q.name(rng.choice(["full", "caps", "capslastfirst"])), PER)
            f.t(f"   seat {rng.randint(3, 45)}{rng.choice('ABCDEFHJK')}")
            if rng.random() < .4:
                f.t("   DOB ").e(fdate(rng, q.dob, style=rng.choice(["iso", "eu_abbr", "us"])), DOB)
            f.t("\n")
        f.t(f"\nIf the new time doesn't work for you, you can rebook free of charge until {rng.choice(['tomorrow evening', 'the end of the week', 'midnight tomorrow'])} at ")
        f.e(url(rng, "www." + dom, 1), URL).t(". Refunds are issued to the original form of payment (")
        f.t(f"{rng.choice(CARD_BRANDS)} {masked_card(rng)}).\n\n")
        f.t("Need help? Call us on ").e(phone(rng, acc, intl=True), PHO).t(" (24/7).\n")
        f.t(f"E-ticket number: {no_luhn(str(rng.randint(100, 999)) + '-' + digits(rng, 10))}\n\n")
        f.t(f"Kind regards,\n{air} Customer Care\n")
    elif v == 1:  # messaging chat
        ck = Clock(rng, d0)
        agent = Person(rng, country=acc)
        cust = p.first.lower() if rng.random() < .5 else p.first
        f.t(f"{air} Messaging - conversation export ({ref})\n")
        f.t("[").e(ck.d.isoformat() + " " + ck.hms(), DT).t("] ").e(p.full, PER)
        f.t(f": hi, my flight to ").e(c2.lower() if rng.random() < .3 else c2, LOC)
        f.t(f" {rng.choice(['tomorrow', 'tonight', 'on Friday'])} got cancelled?? booking {ref}\n")
        ck.tick()
        f.t("[").e(ck.hms(), DT).t("] Agent ").e(agent.first, PER).t(": Hi ").e(cust, PER)
        f.t(", I'm sorry about that. Can you confirm the email address on the booking?\n")
        ck.tick()
        f.t("[").e(ck.hms(), DT).t("] ").e(cust, PER).t(": ").e(p.email, EMA).t("\n")
        ck.tick(30, 300)
        nd = d0 + TD(days=rng.randint(0, 2))
        f.t("[").e(ck.hms(), DT).t("] Agent ").e(agent.first, PER).t(f": Thanks. I can move you to {code}{rng.randint(10, 2999)} on ")
        f.e(fdate(rng, nd, year=False), DT).t(" departing ").e(ftime(rng), DT).t(f" from {a1}, or the first flight {rng.choice(['tomorrow morning', 'the day after', 'later tonight'])}.\n")
        ck.tick()
        comp = Person(rng, culture=p.culture, country=p.country)
        rel = rng.choice(["wife", "husband", "partner", "son", "daughter", "mom"])
        f.t("[").e(ck.hms(), DT).t("] ").e(cust, PER).t(f": the earlier one pls. my {rel} ").e(comp.first.lower() if rng.random() < .4 else comp.first, PER)
        f.t(" is on the booking too, her/his dob is ").e(fdate(rng, comp.dob, style=rng.choice(["us", "eu", "iso"])), DOB).t(" if you need it\n")
        ck.tick(30, 200)
        f.t("[").e(ck.hms(), DT).t("] Agent ").e(agent.first, PER).t(": Done. New e-tickets were sent to ").e(p.email, EMA)
        f.t(" and you'll get an SMS at ").e(p.phone, PHO).t(".\n")
        ck.tick()
        f.t("[").e(ck.hms(), DT).t("] ").e(cust, PER).t(": " + rng.choice(["thx!!", "thank you so much", "great, thanks"]) + "\n")
    elif v == 2:  # hotel confirmation form
        hotel = rng.choice(["Harborview Suites", "Hotel Lindenhof", "The Granary", "Casa Azul Boutique", "Pousada do Sol", "Maple Leaf Inn"])
        city = rng.choice([c1, c2])
        f.t(f"BOOKING CONFIRMATION - {hotel}, ").e(city, LOC).t("\n")
        f.t(f"Confirmation no.: {rng.randint(10000000, 99999999)}\n\n")
        ci = d0
        co = ci + TD(days=rng.randint(1, 9))
        pairs = [("Guest name", E(p.name(rng.choice(["capslastfirst", "lastfirst", "full"])), PER)),
                 ("Address", E(p.addr, ADR)), ("Phone", E(p.phone, PHO)), ("Email", E(p.email, EMA)),
                 ("Check-in", F().e(fdate(rng, ci, style="wd_abbr"), DT).t(" (from ").e(ftime(rng, (15, 0, 0)), DT).t(")")),
                 ("Check-out", F().e(fdate(rng, co, style="wd_abbr"), DT).t(" (until ").e(ftime(rng, (11, 0, 0)), DT).t(")")),
                 ("Room", rng.choice(["Deluxe King, non-smoking", "Twin Superior", "Junior Suite, sea view", "Standard Double"])),
                 ("Rate", f"{amount(rng, rng.choice(['$', 'EUR ']), 80, 420)} per night, breakfast included")]
        cn, br = card_number(rng)
        pairs.append(("Guarantee", F().t(br + " ").e(cn, CC)))
        if rng.random() < .5:
            pairs.append(("Special requests", F().t("Late arrival - flight lands at ").e(ftime(rng), DT).t(f"; {rng.choice(['quiet room', 'high floor', 'crib needed', 'allergy: feathers'])}")))
        f.add(render_form(pairs, align=rng.random() < .5))
        f.t(f"\nCancel free of charge until {rng.choice(['48 hours', '24 hours', '72 hours'])} before arrival. Manage your stay: ")
        f.e(url(rng, "book." + slug(hotel) + ".com", 0), URL).t("\n")
    else:  # travel agency itinerary note
        agent = Person(rng)
        f.t("ITINERARY NOTE - prepared by ").e(agent.full, PER).t(", ").e(fdate(rng, d0 - TD(days=rng.randint(5, 40))), DT).t("\n\n")
        f.t("Traveller: ").e(p.name("full"), PER).t(" (passport details on file)\nDate of birth: ").e(fdate(rng, p.dob), DOB).t("\n")
        f.t("Mobile: ").e(p.phone, PHO).t(" | Email: ").e(p.email, EMA).t("\n\n")
        dd = d0
        for leg in range(rng.randint(2, 4)):
            (ca, aa), (cb, ab) = rng.sample(AIRPORTS, 2)
            f.t(f"{leg + 1}) ").e(fdate(rng, dd, style=rng.choice(["eu_abbr", "abbr", "iso"])), DT).t(f"  {rng.choice(AIRLINES)[1]}{rng.randint(10, 2999)}  ")
            f.e(ca, LOC).t(f" {aa} ").e(ftime(rng, style="24"), DT).t(" -> ").e(cb, LOC).t(f" {ab} ").e(ftime(rng, style="24"), DT)
            f.t(f"  PNR {pnr(rng)}\n")
            dd = after(rng, dd, 1, 6)
        f.t(f"\nNotes: client prefers aisle seats; vegetarian meal requested. Visa for ").e(rng.choice(EXTRA_COUNTRIES), LOC)
        f.t(" not required for stays under 90 days. Travel insurance invoice " + invoice_no(rng) + " paid by card ")
        cn, br = card_number(rng)
        f.e(cn, CC).t(".\n")
    return f


def g_insurance(rng):
    f = F()
    adj = Person(rng, country="US")
    ins = Person(rng, country=rng.choice(["US", "US", "CA", "UK"]))
    clm = f"CLM-{rng.randint(2021, 2025)}-{digits(rng, 7)}"
    dl = rdate(rng)
    car = rng.choice(["2019 Honda Civic", "2021 Ford Escape", "2017 Toyota Camry", "2022 Tesla Model Y", "2015 Dodge Ram 1500",
                      "2020 Subaru Outback", "2018 Mercedes-Benz C300", "2016 Chevrolet Malibu"])
    f.t(rng.choice(["CLAIM FILE NOTES", "Adjuster Notes", "CLAIM NOTES - AUTO / BODILY INJURY"]) + f"\nClaim #: {clm}\n")
    f.t("Adjuster: ").e(adj.name(rng.choice(["full", "lastfirst"])), PER).t("   Ext. " + digits(rng, 4) + "\n")
    f.t("Insured: ").e(ins.name(rng.choice(["full", "caps", "lastfirst"])), PER).t(", DOB ").e(fdate(rng, ins.dob, us=True), DOB).t("\n")
    f.t("Mailing address: ").e(ins.addr, ADR).t("\n")
    f.t("Date/time of loss: ").e(fdate(rng, dl, style=rng.choice(["us", "iso"])), DT).t(" approx. ").e(ftime(rng), DT).t("\n")
    loc = city_of(rng, ins.country if ins.country in ("US", "CA", "UK") else "US")
    f.t("Loss location: ").e(loc, LOC).t(f" - intersection near the {rng.choice(['Shell station', 'Walgreens', 'Tim Hortons', 'McDonalds', 'Target lot'])}\n\n")
    ck = Clock(rng, after(rng, dl, 1, 3))
    notes = []
    # note 1: contact with insured
    n1 = F().e(fdate(rng, ck.d, style="us_short") + " " + ck.ampm(), DT).t(" - Spoke w/ insured by phone at ").e(ins.phone, PHO)
    n1.t(f". Insured states {car} was rear-ended while stopped at a red light. Other driver ")
    clmt = Person(rng, country=ins.country)
    n1.e(clmt.full, PER).t(" admitted fault at scene; police report requested.")
    notes.append(n1)
    d2 = after(rng, ck.d, 1, 5)
    n2 = F().e(fdate(rng, d2, style="us_short"), DT).t(" - Claimant ").e(clmt.last, PER).t(f" treated at ER, dx {rng.choice(ICD10)[0]}, ")
    n2.t(f"prescribed {rng.choice(DRUGS)}. Claimant's health plan member ID ").e(health_plan_no(rng), HPN)
    n2.t(f", group {digits(rng, 6)} (do not bill). Medical authorization signed.")
    notes.append(n2)
    d3 = after(rng, d2, 1, 7)
    n3 = F().e(fdate(rng, d3, style="us_short"), DT).t(" - Recorded statement scheduled for ").e(fdate(rng, after(rng, d3, 1, 5), year=False), DT)
    n3.t(" at ").e(ftime(rng, business=True, style="ampm"), DT).t(". Claimant's attorney ")
    atty = Person(rng, country="US")
    n3.e(atty.full, PER)
    atty_dom = rng.choice(["injurylawgroup.com", "smithfirm.law", "caseylegal.com"])
    n3.t(" (").e(corp_email(rng, atty, atty_dom), EMA).t(") requests all correspondence go through counsel.")
    notes.append(n3)
    if rng.random() < .7:
        n4 = F().t(f"Estimate {amount(rng, '$', 900, 9000)} approved. Payment by direct deposit to insured's checking account ")
        n4.e(account_no(rng, rng.choice([0, 3, 4])), ACC).t(f", routing {aba_routing(rng)}. ")
        n4.t(rng.choice(["Rental ends ", "Follow up "]) + rng.choice(RELATIVE_FUT) + ".")
        notes.append(n4)
    if rng.random() < .4:
        n5 = F().t("Insured emailed photos from ").e(ins.email, EMA).t(f"; {rng.randint(6, 24)} images saved to file. Ref {uuid4(rng)}.")
        notes.append(n5)
    f.t("NOTES:\n")
    for n in notes:
        f.t("- ").add(n).t("\n")
    if rng.random() < .5:
        f.t(f"\nReserve: {amount(rng, '$', 2000, 30000)} BI / {amount(rng, '$', 1000, 9000)} PD. Diary set for {rng.choice(RELATIVE_FUT)}.\n")
    if rng.random() < .4:
        f.t("System: " + neg_sentence(rng) + "\n")
    return f


CARRIERS = [("Contoso Mobile", "US"), ("Fabrikam Telecom", "UK"), ("Northwind Wireless", "US"),
            ("Tailspin Telco", "AU"), ("Globex Fibra", "BR"), ("Litware Mobilfunk", "DE"),
            ("Proseware Télécom", "FR"), ("Coho Connect", "CA"), ("Woodgrove Wireless", "IN")]


def g_telecom(rng):
    f = F()
    carrier, cc = rng.choice(CARRIERS)
    if cc in ("BR", "DE", "FR"):
        cc = rng.choice([cc, "US", "UK"])
    p = Person(rng, country=cc)
    agent = Person(rng, country=rng.choice([cc, "IN", "US"]))
    ck = Clock(rng)
    acct = account_no(rng, rng.choice([1, 2, 3, 6]))
    me = p.first.lower() if rng.random() < .5 else p.first
    style = rng.choice(["bracket", "iso", "plain"])

    def line(who, is_agent=False):
        ck.tick(8, 150)
        if style == "bracket":
            f.t("[").e(ck.hms(), DT).t("] ")
        elif style == "iso":
            f.e(ck.iso(ms=False), DT).t(" | ")
        else:
            f.e(ck.ampm(), DT).t(" ")
        if is_agent:
            f.t("Agent ").e(agent.first, PER).t(": ")
        else:
            if isinstance(who, str) and who == "Customer":
                f.t("Customer: ")
            else:
                f.e(who, PER).t(": ")
        return f

    f.t(f"{carrier} - Live Chat Transcript\nSession: {uuid4(rng)}\nStarted: ")
    f.e(fdate(rng, ck.d, style=rng.choice(["long", "iso", "us"])), DT).t("\n\n")
    line(None, True).t(f"Hi, thanks for contacting {carrier}! Who am I chatting with today?\n")
    cust_tag = "Customer" if rng.random() < .5 else p.full
    line(cust_tag).t("hi its ").e(p.full.lower() if rng.random() < .5 else p.full, PER).t(".\n")
    scen = rng.randrange(4)
    line(None, True).t("Thanks ").e(p.first, PER).t(". To verify the account, can you give me the account number and the account passcode?\n")
    line(cust_tag).t("account is ").e(acct, ACC).t(", passcode is ").e(password(rng, strong=False), PWD).t("\n")
    if scen == 0:
        line(None, True).t("Verified, thank you. How can I help?\n")
        line(cust_tag).t(f"my bill jumped to {amount(rng, '$', 120, 480)} because of roaming charges in ").e(any_location(rng), LOC)
        f.t(". i was only there from ")
        a = rdate(rng)
        f.e(fdate(rng, a, year=False), DT).t(" to ").e(fdate(rng, after(rng, a, 2, 9), year=False), DT).t("\n")
        line(None, True).t(f"I see a Travel Pass was not active on the line {masked_card(rng)[-4:]}. I can credit {amount(rng, '$', 20, 100)} as a one-time courtesy.\n")
    elif scen == 1:
        line(None, True).t("Verified. What's going on with the service?\n")
        ipa = ipv4(rng, private=False)
        line(cust_tag).t("internet keeps dropping since " + rng.choice(["yesterday", "Sunday", "last night"]) + ". router says WAN IP ").e(ipa, IP)
        f.t(" and the gateway ").e(ipv4(rng, private=True), IP).t(" times out\n")
        line(None, True).t(f"Thanks. I ran a line test - there's an outage ticket {ticket_no(rng, 'OUT')} in your area. ETA for the fix is ")
        f.e(ftime(rng, style="ampm"), DT).t(rng.choice([" today.\n", " tonight.\n"]))
    elif scen == 2:
        line(None, True).t("Verified. How can I help?\n")
        line(cust_tag).t("i want to port my number ").e(p.phone, PHO).t(" to my new phone, and update my email to ").e(make_email(rng, p), EMA).t("\n")
        line(None, True).t(f"Done. Your port-out PIN is sent by SMS only; I can't share it here. The SIM (ICCID {no_luhn('89' + digits(rng, 17))}) will ship to ")
        f.e(p.addr, ADR).t(".\n")
    else:
        line(None, True).t("Verified. I see a SIM swap request was made on ")
        f.e(fdate(rng, ck.d - TD(days=1), style="abbr"), DT).t(" at ").e(ftime(rng), DT).t(" from a store in ").e(city_of(rng, p.country if p.country in CITIES_BY_COUNTRY else "US"), LOC).t(". Was that you?\n")
        line(cust_tag).t("NO that wasnt me!! someone called me from ").e(phone(rng, p.country), PHO).t(" pretending to be you guys\n")
        line(None, True).t("I've locked the line and added a port-out block. Please change your passcode; the new one must be 8+ characters.\n")
        line(cust_tag).t("ok new one is ").e(password(rng), PWD).t("\n")
        line(None, True).t("Updated. Please never share it in chat again :)\n")
    line(None, True).t(f"Is there anything else I can help with? Your case number is {ticket_no(rng)}.\n")
    line(cust_tag).t(rng.choice(["no thats all", "nope, thanks", "all good, bye"]) + "\n")
    if rng.random() < .35:
        f.t("\n[system] " + neg_sentence(rng) + "\n")
    return f


VET_CLINICS = ["Paws & Claws Veterinary Clinic", "Riverside Animal Hospital", "Happy Tails Vet Care",
               "Clínica Veterinaria San Antón", "Tierarztpraxis am Stadtpark", "Cedar Creek Animal Clinic"]


def g_vet(rng):
    f = F()
    clinic = rng.choice(VET_CLINICS)
    cc = {"Clínica Veterinaria San Antón": "ES", "Tierarztpraxis am Stadtpark": "DE"}.get(clinic, rng.choice(["US", "UK", "AU", "CA"]))
    owner = Person(rng, country=cc)
    vet = Person(rng, country=cc)
    pet = rng.choice(PETS)
    species, breed = rng.choice([("Canine", "Labrador Retriever"), ("Canine", "French Bulldog"), ("Feline", "Domestic Shorthair"),
                                 ("Feline", "Maine Coon"), ("Canine", "Border Collie"), ("Rabbit", "Holland Lop"), ("Canine", "Mixed breed")])
    dv = rdate(rng)
    if rng.random() < .55:   # form
        f.t(f"{clinic.upper()}\nPATIENT RECORD\n\n")
        pairs = [("Patient", f"{pet} ({species}, {breed}, {rng.randint(1, 15)}y {rng.choice(['MN', 'FS', 'M', 'F'])})"),
                 ("Owner", E(owner.name(rng.choice(["capslastfirst", "lastfirst", "full", "caps"])), PER)),
                 ("Client account #", E(account_no(rng, rng.choice([4, 0])), ACC)),
                 ("Address", E(owner.addr, ADR)),
                 ("Phone", E(owner.phone, PHO)),
                 ("Email", E(owner.email, EMA)),
                 ("Visit", E(fdate(rng, dv) + " " + ftime(rng, business=True), DT)),
                 ("Veterinarian", F().t("Dr. ").e(vet.full, PER))]
        if rng.random() < .4:
            sec = Person(rng, country=cc)
            pairs.insert(5, ("Secondary contact", F().e(sec.full, PER).t(" ").e(sec.phone, PHO)))
        f.add(render_form(pairs, align=rng.random() < .5))
        f.t("\n")
    else:   # email-ish
        f.t(f"Subject: {pet}'s visit summary - ").e(fdate(rng, dv, style="long"), DT).t("\n\nHi ")
        f.e(owner.first, PER).t(",\n\nThanks for bringing ").t(pet).t(" in today. Here is a summary from Dr. ").e(vet.last, PER).t(".\n\n")
    soap = F()
    sym = rng.choice(["vomiting x2 since Sunday", "limping on the left hind leg", "itchy skin, licking paws", "not eating since yesterday", "sneezing and watery eyes"])
    soap.t(f"S: Owner reports {sym}. {pet} otherwise bright and alert.\n")
    soap.t(f"O: T {rng.uniform(38.0, 39.6):.1f} C, HR {rng.randint(80, 180)}, weight {rng.uniform(2.5, 38):.1f} kg.\n")
    soap.t(f"A: {rng.choice(['Suspected gastritis', 'Soft-tissue strain', 'Atopic dermatitis flare', 'Upper respiratory infection'])}.\n")
    soap.t(f"P: {rng.choice(VET_DRUGS)} as directed; recheck {rng.choice(['in two weeks', 'in 10 days', 'next week'])}")
    if rng.random() < .6:
        nd = after(rng, dv, 7, 21)
        soap.t(" - booked for ").e(fdate(rng, nd, style=rng.choice(["long", "abbr", "md_long"]) if cc == "US" else None), DT).t(" at ").e(ftime(rng, business=True), DT)
    soap.t(".\n")
    f.add(soap)
    r = rng.random()
    if r < .4:
        cn, br = card_number(rng)
        f.t(f"\nPayment: {amount(rng, '$', 60, 900)} charged to {br} ").e(cn, CC).t(f" (invoice {invoice_no(rng)}).\n")
    elif r < .7:
        f.t(f"\nPayment: {amount(rng, '$', 60, 900)} paid, card {masked_card(rng)}. Pet insurance claim {ticket_no(rng, 'PIC')} submitted.\n")
    if rng.random() < .5:
        f.t("Questions? Call ").e(phone(rng, cc), PHO).t(" or book online at ").e(url(rng, slug(clinic) + ".com", 8), URL).t(".\n")
    if rng.random() < .3:
        f.t(f"Reminder: {pet}'s rabies booster is due {rng.choice(RELATIVE_FUT)}; microchip {no_luhn(digits(rng, 15))} registered.\n")
    if rng.random() < .3:
        f.t(neg_sentence(rng) + "\n")
    return f


UNIVERSITIES = [("Lakeshore State University", "lakeshore.edu", "US"), ("University of Northbridge", "northbridge.ac.uk", "UK"),
                ("Pacific Crest College", "pacificcrest.edu", "US"), ("Université de Valmont", "univ-valmont.fr", "FR"),
                ("Redwood Institute of Technology", "rit-redwood.edu", "US"), ("Kingsford University", "kingsford.edu.au", "AU")]


def g_university(rng):
    f = F()
    uni, dom, ucc = rng.choice(UNIVERSITIES)
    st = Person(rng)
    staff = Person(rng, country=ucc)
    v = rng.randrange(3)
    d0 = rdate(rng)
    office = ["Office of the Registrar", "Office of Admissions", "International Student Services"][v]
    roles = [["registrar", "records"], ["admissions", "apply"], ["iss", "intl.students"]][v]
    f.t(f"From: {office} <").e(role_email(rng, dom, roles), EMA).t(">\nTo: ")
    f.e(st.email, EMA)
    if rng.random() < .4:
        f.t("\nCc: ").e(corp_email(rng, staff, dom), EMA)
    f.t("\nDate: ").e(rfc2822(rng, d0), DT)
    if v == 0:
        req = f"TR-{digits(rng, 6)}"
        f.t(f"\nSubject: Transcript request {req}\n\nDear ")
        f.e(st.first, PER).t(",\n\nWe received your official transcript request on ").e(fdate(rng, d0 - TD(days=rng.randint(1, 6)), style="long"), DT)
        f.t(". Before we can release it, please confirm the details we have on file:\n\n")
        pairs = [("Name", E(st.name(rng.choice(["full", "lastfirst", "mid"])), PER)),
                 ("Date of birth", E(fdate(rng, st.dob, style=rng.choice(["us", "long", "iso"])), DOB)),
                 ("Mailing address", E(st.addr, ADR)),
                 ("Phone", E(st.phone, PHO))]
        if rng.random() < .5:
            pairs.append(("Recipient", F().e(Person(rng).full, PER).t(", Graduate Admissions, ").e(address(rng, rng.choice(["US", "UK", "CA"]))[0], ADR)))
        f.add(render_form(pairs, bullet="  - "))
        f.t(f"\nThe {rng.choice(['$15', '$10', '£8', '$20'])} fee was charged to card {masked_card(rng)}. Transcripts are usually mailed within 3-5 business days.\n")
        if rng.random() < .5:
            f.t("Note: a financial hold (balance ").t(amount(rng, '$', 40, 900)).t(f") must be cleared first. Pay online at ").e(url(rng, "pay." + dom, 9), URL).t(".\n")
    elif v == 1:
        f.t(f"\nSubject: Your admission decision - Fall {rng.randint(2023, 2026)}\n\nDear ")
        salute(f, rng, st).t(",\n\nCongratulations! On behalf of the admissions committee, I'm pleased to offer you admission to the ")
        f.t(rng.choice(["MSc Data Science", "BA Economics", "BEng Mechanical Engineering", "MA International Relations", "PhD Chemistry"]))
        f.t(" program. Your application ref. is APP-" + digits(rng, 7) + ".\n\n")
        f.t("To accept, pay the enrollment deposit by ").e(fdate(rng, after(rng, d0, 10, 40), style=rng.choice(["long", "eu_long"])), DT)
        f.t(". International applicants may pay by wire transfer to IBAN ").e(iban(rng, rng.choice(["GB", "DE", "FR", "NL"])), IBAN)
        f.t(f" (BIC {rng.choice(['NWBKGB2L', 'DEUTDEFF', 'BNPAFRPP', 'INGBNL2A'])}), quoting your application ref.\n\n")
        f.t("Orientation starts ").e(fdate(rng, after(rng, d0, 60, 120), style="wd_long"), DT).t(" at ").e(ftime(rng, (9, 0, 0)), DT).t(f" in {rng.choice(['Hall B', 'the Main Auditorium', 'Room 1.204'])}.\n")
        f.t("We noted you are currently living in ").e(any_location(rng), LOC).t("; visa guidance is at ").e(url(rng, "www." + dom, 8), URL).t(".\n\n")
    else:
        f.t("\nSubject: I-20 / CAS update\n\nHello ").e(st.first, PER).t(",\n\n")
        f.t("Your immigration document has been issued. Please verify: full legal name ").e(st.name("caps"), PER)
        f.t(", born ").e(fdate(rng, st.dob, style=rng.choice(["eu_long", "long", "iso"])), DOB).t(" in ").e(any_location(rng), LOC)
        f.t(". Program start date ").e(fdate(rng, after(rng, d0, 30, 90)), DT).t(".\n")
        f.t("The document will be couriered to ").e(st.addr, ADR).t(f" (tracking {tracking_no(rng)}).\n")
        f.t("If anything is wrong, reply by ").e(fdate(rng, after(rng, d0, 3, 10), year=False), DT).t(" or call ").e(phone(rng, ucc, intl=True), PHO).t(".\n\n")
    signature(f, rng, staff, role=rng.choice(["Assistant Registrar", "Admissions Counselor", "International Student Advisor"]), org=uni, dom=dom, with_url=rng.random() < .4)
    return f


UTILITIES = [("Cascade Power & Light", "US"), ("Riverbend Water Authority", "US"), ("Northwind Energy", "UK"),
             ("Coho Gas & Electric", "US"), ("Stadtwerke Litware", "DE"), ("Proseware Énergie", "FR")]


def g_utility(rng):
    f = F()
    util, cc = rng.choice(UTILITIES[:4])
    p = Person(rng, country=cc)
    acct = account_no(rng, rng.choice([1, 2, 0, 6]))
    d0 = rdate(rng)
    if rng.random() < .6:   # letter
        f.e(p.full, PER).t("\n")
        f.e(address(rng, p.country, multiline=True)[0], ADR).t("\n")
        f.e(p.email, EMA).t(" | ").e(p.phone, PHO).t("\n\n")
        f.e(fdate(rng, d0, style=rng.choice(["long", "eu_long"])), DT).t("\n\n")
        f.t(f"{util}\nCustomer Relations\n")
        f.e(address(rng, cc, multiline=True)[0], ADR).t("\n\n")
        f.t("Re: Account number ").e(acct, ACC).t(" - disputed bill dated ").e(fdate(rng, d0 - TD(days=rng.randint(10, 30)), style="long"), DT).t("\n\n")
        f.t("Dear Sir or Madam,\n\n")
        kwh = rng.randint(800, 4000)
        f.t(f"I am writing to dispute invoice {invoice_no(rng)}, which charges me {amount(rng, '$' if cc == 'US' else '£', 300, 1400)} for {kwh} kWh. ")
        f.t("The meter was read on ").e(fdate(rng, d0 - TD(days=rng.randint(30, 50)), style="long"), DT)
        f.t(f" at {rng.randint(10000, 99999)} and again on ").e(fdate(rng, d0 - TD(days=rng.randint(1, 12)), style="long"), DT)
        f.t(f", which does not match my usage. I was away in ").e(any_location(rng), LOC).t(" for most of that period.\n\n")
        f.t("The amount was taken by autopay from my checking account ").e(account_no(rng, rng.choice([0, 3, 4])), ACC)
        f.t(". Please refund the difference and send a technician. I can be reached at ").e(p.phone, PHO).t(" after ").e(ftime(rng, (17, 30, 0), style=rng.choice(["ampm", "24"])), DT).t(".\n\n")
        f.t("Sincerely,\n").e(p.full, PER).t("\n")
    else:   # agent case notes
        agent = Person(rng, country=cc)
        f.t(f"{util} - Billing Dispute Case {ticket_no(rng, 'BD')}\n")
        f.t("Opened: ").e(log_ts(rng, d0, "space"), DT).t(" by ").e(agent.name("lastfirst"), PER).t("\n")
        f.t("Account: ").e(acct, ACC).t("\nCustomer: ").e(p.name(rng.choice(["full", "caps"])), PER).t("\nService address: ").e(p.addr, ADR).t("\n")
        f.t("Contact: ").e(p.phone, PHO).t(", ").e(p.email, EMA).t("\n\n")
        f.t(f"Customer disputes bill of {amount(rng, '$', 200, 900)}; says smart meter {rs(rng, UALNUM, 10)} stopped reporting on ")
        f.e(fdate(rng, d0 - TD(days=rng.randint(20, 60)), year=False), DT).t(" and the bill was estimated. Customer also says a field tech ")
        f.e(Person(rng, country=cc).first, PER).t(" visited on ").e(fdate(rng, d0 - TD(days=rng.randint(2, 15)), style="us"), DT).t(" at ")
        f.e(ftime(rng, business=True), DT).t(" but nobody was home.\n")
        f.t(f"Action: bill held, re-read ordered {rng.choice(RELATIVE_FUT)}. Payment plan offered (3 x {amount(rng, '$', 50, 300)}).\n")
        if rng.random() < .5:
            cn, br = card_number(rng)
            f.t("Customer paid the undisputed portion by phone with card ").e(cn, CC).t(f" - auth code {rs(rng, UALNUM, 6)}.\n")
    if rng.random() < .4:
        f.t("\nP.S. " + neg_sentence(rng) + "\n")
    return f


SKUS = [("BJ-ICE-CHUNKY-2PK", "Ben & Jerry's Chunky Monkey (2 pack)"), ("JD-HONEY-GIFT", "Jack Daniel's Tennessee Honey gift set"),
        ("TH-KCUP-36", "Tim Hortons Original Blend K-Cups, 36 ct"), ("PJ-PIZZA-GC", "Papa John's e-gift card"), ("DYS-V15-DET", "Dyson V15 Detect vacuum"),
        ("CK-TEE-M-BLK", "Calvin Klein crew tee, M, black"), ("TH-POLO-L", "Tommy Hilfiger polo, L"),
        ("KC-LOAF-42", "Kenneth Cole loafers, EU 42"), ("DELL-XPS13", "Dell XPS 13 laptop"),
        ("JC-HEEL-38", "Jimmy Choo heels 38"), ("HB-WATCH-01", "Hugo Boss chronograph watch"),
        ("LV-NEVERFULL", "Louis Vuitton Neverfull MM"), ("RL-OXF-S", "Ralph Lauren oxford shirt, S")]


def g_ecommerce(rng):
    f = F()
    p = Person(rng)
    shop = rng.choice(["tailspintoys.com", "shop.fabrikam.io", "wideworldimporters.com", "northwind-store.com"])
    d0 = rdate(rng)
    if rng.random() < .55:   # JSON ticket
        items = Arr()
        for _ in range(rng.randint(1, 3)):
            sku, title = rng.choice(SKUS)
            items.append(Obj([("sku", F(sku)), ("title", F(title)), ("qty", str(rng.randint(1, 3))), ("price", f"{rng.uniform(5, 600):.2f}")]))
        cust = Obj([("name", E(p.name(rng.choice(["full", "full", "lower", "caps"])), PER)), ("email", E(p.email, EMA)),
                    ("phone", E(p.phone, PHO)), ("shipping_address", E(p.addr, ADR))])
        if rng.random() < .3:
            cust.append(("last_login_ip", E(ip(rng), IP)))
        refund = Obj([("method", F(rng.choice(["original_payment", "card", "store_credit", "bank_transfer"])))])
        r = rng.random()
        if r < .35:
            cn, br = card_number(rng)
            refund.append(("card_number", E(cn, CC)))
            refund.append(("card_brand", F(br)))
        elif r < .6:
            refund.append(("iban", E(iban(rng), IBAN)))
        else:
            refund.append(("card_last4", F(digits(rng, 4))))
        notes = F().t("Customer ").e(p.first.lower() if rng.random() < .3 else p.first, PER)
        notes.t(" says the box arrived damaged on ").e(fdate(rng, after(rng, d0, 2, 6), year=False), DT)
        notes.t(f"; wants a refund, not a replacement. Pickup {rng.choice(RELATIVE_FUT)}.")
        obj = Obj([("ticket_id", F(f"RMA-{rng.randint(2022, 2025)}-{digits(rng, 6)}")), ("order_id", F(order_no(rng))),
                   ("created_at", E(iso_ts(rng, d0), DT)), ("status", F(rng.choice(["open", "pending_pickup", "approved"]))),
                   ("customer", cust), ("items", items), ("refund", refund),
                   ("return_tracking", F(tracking_no(rng))), ("notes", notes), ("request_id", F(uuid4(rng)))])
        if rng.random() < .5:
            f.t(rng.choice(["POST /api/v2/returns HTTP/1.1\nContent-Type: application/json\n\n", "// returns-service payload dump\n", ""]))
        f.add(render_json(obj, indent=rng.choice([2, 4])))
        f.t("\n")
    else:   # customer email
        f.t("From: ").e(p.full, PER).t(" <").e(p.email, EMA).t(">\nTo: ").e(role_email(rng, shop.split("shop.")[-1], ["returns", "support", "help"]), EMA).t("\n")
        f.t(f"Subject: Return for order {order_no(rng)}\n\nHi,\n\n")
        sku, title = rng.choice(SKUS)
        f.t(f"I ordered the {title} on ").e(fdate(rng, d0, style=rng.choice(["long", "us", "abbr"])), DT)
        f.t(f" and it arrived {rng.choice(['broken', 'in the wrong size', 'with a missing part', 'two weeks late'])}. I'd like to return it. ")
        f.t(f"The label you sent ({tracking_no(rng)}) won't scan at the post office.\n\n")
        f.t("Please send a new label to ").e(p.addr, ADR).t(". ")
        if rng.random() < .5:
            cn, br = card_number(rng)
            f.t("The refund should go to my card ").e(cn, CC).t(f" since the {br} I paid with ({masked_card(rng)}) was cancelled.")
        else:
            f.t("You can also reach me on ").e(p.phone, PHO).t(rng.choice([" after 6pm.", " any time.", f" {rng.choice(RELATIVE_FUT)}."]))
        f.t("\n\nThanks,\n").e(p.first, PER).t("\n")
        if rng.random() < .4:
            f.t("\n-- \nSent from my iPhone\n")
    return f


def g_immigration(rng):
    f = F()
    ben = Person(rng, culture=rng.choice(["in", "cn", "es", "ng", "vn", "ar", "kr", "pt", "tr", "ru"]))
    ben.country = "US"
    ben.addr = address(rng, "US")[0]
    ben.phone = phone(rng, "US")
    atty = Person(rng, country="US")
    para = Person(rng, country="US")
    comp = rng.choice(COMPANIES)
    cdom = company_domain(comp)
    rcpt = f"{rng.choice(['IOE', 'EAC', 'WAC', 'LIN', 'SRC'])}{digits(rng, 10)}"
    f.t(f"CASE NOTES - {rng.choice(['H-1B Extension', 'I-485 Adjustment', 'O-1 Petition', 'L-1A Transfer', 'F-1 OPT'])}\nReceipt No.: {rcpt}\n\n")
    hdr = [("Beneficiary", E(ben.name(rng.choice(["capslastfirst", "lastfirst"])), PER)),
           ("DOB", E(fdate(rng, ben.dob, style=rng.choice(["us", "iso", "eu_abbr"])), DOB)),
           ("Country of birth", E(rng.choice(list(COUNTRY_NAMES.values()) + EXTRA_COUNTRIES), LOC)),
           ("Current address", E(ben.addr, ADR)), ("Phone", E(ben.phone, PHO)), ("Email", E(ben.email, EMA))]
    if rng.random() < .5:
        hdr.insert(2, ("SSN", E(ssn(rng), SSN)))
    hdr.append(("Petitioner", F().t(comp + " - HR contact ").e(Person(rng, country="US").full, PER).t(" (").e(role_email(rng, cdom, ["hr", "people", "immigration"]), EMA).t(")")))
    hdr.append(("Attorney", F().e(atty.full, PER).t(", ").e(corp_email(rng, atty, "fraganlaw.com"), EMA)))
    f.add(render_form(hdr, align=True))
    f.t("\nLOG\n")
    d = rdate(rng)
    evs = []
    evs.append(F().t("RFE received; response due ").e(fdate(rng, after(rng, d, 60, 87), style="us"), DT).t(". Need updated pay stubs and org chart."))
    evs.append(F().t("Biometrics appointment at ASC ").e(city_of(rng, "US"), LOC).t(", ").e(fdate(rng, after(rng, d, 5, 20), style="long"), DT).t(" at ").e(ftime(rng, business=True, style="ampm"), DT).t("."))
    tr = rng.choice(EXTRA_COUNTRIES + list(COUNTRY_NAMES.values()))
    a = after(rng, d, 1, 40)
    evs.append(F().t("Beneficiary traveled to ").e(tr, LOC).t(" from ").e(fdate(rng, a, year=False), DT).t(" to ").e(fdate(rng, after(rng, a, 3, 20), year=False), DT).t("; I-94 updated."))
    evs.append(F().t("Paralegal ").e(para.first, PER).t(f" uploaded passport copy ({rng.choice(['<redacted>', '[REDACTED]', 'number withheld'])}) and EAD card. Filing fee paid, check #{digits(rng, 4)}."))
    if rng.random() < .5:
        sp = Person(rng, culture=ben.culture)
        evs.append(F().t("Derivative spouse ").e(sp.full, PER).t(", DOB ").e(fdate(rng, sp.dob, style="us"), DOB).t(f"; I-539 to be filed {rng.choice(RELATIVE_FUT)}."))
    if rng.random() < .4:
        evs.append(F().t(f"Prior denial ref {ssn(rng, valid=False)} is a USCIS form barcode, not an SSN."))
    rng.shuffle(evs)
    for k, ev in enumerate(evs):
        dd = after(rng, d, k * 5, k * 5 + 4)
        f.e(fdate(rng, dd, style=rng.choice(["iso", "us_short"])), DT).t(" - ").add(ev).t("\n")
    return f


def g_payroll(rng):
    f = F()
    eu = rng.random() < .35
    d_pay = rdate(rng)
    comp = rng.choice(COMPANIES)
    cdom = company_domain(comp)
    if rng.random() < .5:
        f.t(rng.choice([f"# payroll export {comp} - period ending ", "# generated by PayrollPro " + version(rng) + " on "]))
        f.e(fdate(rng, d_pay, style="iso"), DT).t("\n")
    if not eu:
        cols_all = ["employee_id", "name", "ssn", "dob", "email", "phone", "home_address", "routing_number", "account_number", "pay_date", "gross_pay", "net_pay"]
        keep = [c for c in cols_all if c in ("employee_id", "name", "ssn", "account_number", "gross_pay") or rng.random() < .6]
        split_name = rng.random() < .3
        header = []
        for c in keep:
            header += (["last_name", "first_name"] if (c == "name" and split_name) else [c])
        rows = []
        target = rng.randint(600, 2200)
        k = 0
        est = f.n + 60
        while est < target and k < 14:
            p = Person(rng, country="US")
            row = []
            for c in keep:
                if c == "employee_id":
                    row.append(F(f"EMP-{rng.randint(100, 99999):05d}"))
                elif c == "name":
                    if split_name:
                        row += [E(p.last, PER), E(p.first, PER)]
                    else:
                        row.append(E(p.name(rng.choice(["full", "lastfirst", "caps"])), PER))
                elif c == "ssn":
                    row.append(F(masked_ssn(rng)) if rng.random() < .12 else E(ssn(rng), SSN))
                elif c == "dob":
                    row.append(E(fdate(rng, p.dob, style="iso" if rng.random() < .7 else "us"), DOB))
                elif c == "email":
                    row.append(E(corp_email(rng, p, cdom), EMA))
                elif c == "phone":
                    row.append(E(p.phone, PHO))
                elif c == "home_address":
                    row.append(E(p.addr, ADR))
                elif c == "routing_number":
                    row.append(F(aba_routing(rng)))
                elif c == "account_number":
                    row.append(E(account_no(rng, rng.choice([0, 3, 4])), ACC))
                elif c == "pay_date":
                    row.append(E(d_pay.isoformat(), DT))
                else:
                    row.append(F(f"{rng.uniform(1200, 9800):.2f}"))
            rows.append(row)
            est += sum(x.n for x in row) + len(row) + 3
            k += 1
        f.add(render_csv(header, rows))
    else:
        sep = rng.choice([";", ","])
        header = ["personalnummer", "name", "geburtsdatum", "iban", "bic", "steuerklasse", "brutto", "netto", "auszahlung"] if rng.random() < .5 else \
                 ["emp_no", "full_name", "date_of_birth", "iban", "bic", "tax_code", "gross_eur", "net_eur", "paid_on"]
        rows = []
        target = rng.randint(500, 2000)
        est = f.n + 80
        k = 0
        while est < target and k < 12:
            cc = rng.choice(["DE", "DE", "AT", "FR", "NL", "ES", "IE"])
            p = Person(rng, country=cc)
            ib = iban(rng, {"AT": "AT", "DE": "DE", "FR": "FR", "NL": "NL", "ES": "ES", "IE": "IE"}[cc], grouped=rng.random() < .3)
            nm = p.name(rng.choice(["lastfirst", "full"]))
            nm_cell = E(nm, PER)
            if sep == ",":
                nm_cell = csv_cell(nm_cell)
            row = [F(f"{rng.randint(1000, 99999)}"), nm_cell,
                   E(fdate(rng, p.dob, "de", style="dot") if rng.random() < .6 else p.dob.isoformat(), DOB),
                   E(ib, IBAN), F(rng.choice(["COBADEFFXXX", "DEUTDEDBBER", "INGDDEFFXXX", "BKAUATWW", "BNPAFRPP", "ABNANL2A", "CAIXESBB", "AIBKIE2D"])),
                   F(str(rng.randint(1, 6))), F(f"{rng.uniform(2200, 8000):.2f}".replace(".", "," if sep == ";" else ".")),
                   F(f"{rng.uniform(1500, 5000):.2f}".replace(".", "," if sep == ";" else ".")),
                   E(fdate(rng, d_pay, "de", style="dot") if sep == ";" else d_pay.isoformat(), DT)]
            rows.append(row)
            est += sum(x.n for x in row) + 12
            k += 1
        f.add(render_csv(header, rows, sep=sep))
    if rng.random() < .4:
        f.t(f"# {len(rows)} records, checksum {sha256(rng)[:rng.choice([16, 64])]}\n")
    return f


DENTAL = ["Bright Smile Dental", "Maple Grove Family Dentistry", "Harbor Dental Group", "Sonrisa Dental Care"]


def g_dental(rng):
    f = F()
    clinic = rng.choice(DENTAL)
    d0 = rdate(rng)
    f.t(f"## {clinic} - schedule for ").e(fdate(rng, d0, style=rng.choice(["wd_long", "long", "us"])), DT).t("\n\n")
    provs = [Person(rng, country="US") for _ in range(rng.randint(1, 3))]
    cols = ["Time", "Patient", "DOB", "Phone", "Procedure", "Provider"]
    extra = rng.random() < .6
    if extra:
        cols.append(rng.choice(["Insurance ID", "Member ID"]))
    if rng.random() < .35:
        cols.append("Chart #")
    rows = []
    h = 8
    m = 0
    for _ in range(rng.randint(3, 8)):
        p = Person(rng, country=rng.choice(["US", "US", "CA"]))
        code, desc = rng.choice(CDT)
        prov = rng.choice(provs)
        tstyle = rng.choice(["24", "ampm"]) if not rows else tstyle
        row = [E(ftime(rng, (h, m, 0), style=tstyle), DT),
               E(p.name(rng.choice(["full", "lastfirst", "mid"])), PER),
               E(fdate(rng, p.dob, style="us"), DOB),
               E(p.phone, PHO),
               F(f"{code} {desc}"),
               F().t("Dr. ").e(prov.last, PER)]
        if extra:
            row.append(E(health_plan_no(rng), HPN) if rng.random() < .85 else F("self-pay"))
        if "Chart #" in cols:
            row.append(E(mrn(rng), MRN))
        rows.append(row)
        m += rng.choice([30, 45, 60, 90])
        h += m // 60
        m %= 60
    f.add(render_md_table(cols, rows))
    f.t("\n**Notes**\n")
    pt = rows[rng.randrange(len(rows))]
    nm = pt[1].segs[0][0]
    f.t("- ").e(nm, PER).t(f": pre-medicate ({rng.choice(['amoxicillin 2 g', 'clindamycin 600 mg'])}) 1 hr before; allergy to {rng.choice(['latex', 'penicillin', 'codeine'])}.\n")
    f.t(f"- Hygienist out {rng.choice(RELATIVE_FUT)}; confirm recalls by phone.\n")
    if rng.random() < .5:
        ref = Person(rng, country="US")
        f.t("- Referral to Dr. ").e(ref.full, PER).t(" (endo), fax ").e(phone(rng, "US", intl=False), PHO).t(f", re tooth #{rng.randint(1, 32)} ({rng.choice(CDT)[0]}).\n")
    if rng.random() < .4:
        f.t(f"- Lab case {rs(rng, UALNUM, 8)} ({rng.choice(['Glidewell', 'Dentsply', 'Ivoclar'])}) due back {rng.choice(RELATIVE_FUT)}.\n")
    return f


def g_mortgage(rng):
    f = F()
    b = Person(rng, country="US")
    co = Person(rng, country="US", culture=b.culture) if rng.random() < .5 else None
    uw = Person(rng, country="US")
    d0 = rdate(rng)
    f.t("UNDERWRITING MEMO\n")
    f.t(f"File #: {rng.randint(2022, 2025)}-MTG-{digits(rng, 6)}    Program: {rng.choice(['30-yr fixed conforming', 'FHA 203(b)', 'VA IRRRL', '7/6 ARM jumbo'])}\n")
    f.t("Prepared by: ").e(uw.name("full"), PER).t("    Date: ").e(fdate(rng, d0, style=rng.choice(["us", "long"])), DT).t("\n\n")
    f.t("1. Borrower(s)\n")
    f.t("   Borrower: ").e(b.name(rng.choice(["full", "mid", "caps"])), PER).t(", SSN ").e(ssn(rng), SSN).t(", DOB ").e(fdate(rng, b.dob, style="us"), DOB).t("\n")
    if co:
        f.t("   Co-borrower: ").e(co.full, PER).t(", SSN ").e(ssn(rng), SSN).t(", DOB ").e(fdate(rng, co.dob, style="us"), DOB).t("\n")
    f.t("   Current residence: ").e(b.addr, ADR).t(f" ({rng.randint(1, 12)} yrs, {rng.choice(['owns', 'rents'])})\n\n")
    f.t("2. Subject property\n   ").e(address(rng, "US")[0], ADR).t(f" - {rng.choice(['SFR', 'condo', '2-unit', 'townhome'])}, appraised {amount(rng, '$', 250000, 1400000)[:-3]}\n\n")
    emp = rng.choice(COMPANIES)
    f.t("3. Income / employment\n   ")
    f.t(f"Employed at {emp} since {rng.randint(2008, 2022)}. VOE completed with ").e(Person(rng, country="US").full, PER)
    f.t(" (HR) at ").e(phone(rng, "US"), PHO).t(" on ").e(fdate(rng, d0 - TD(days=rng.randint(1, 9)), style="us"), DT)
    f.t(f". Base {amount(rng, '$', 4000, 19000)}/mo; bonus income excluded.\n\n")
    f.t("4. Assets\n")
    f.t(f"   - Checking, {rng.choice(BANKS)}, acct ").e(account_no(rng, rng.choice([0, 3])), ACC).t(f": {amount(rng, '$', 5000, 90000)}\n")
    if rng.random() < .6:
        f.t(f"   - Savings, {rng.choice(BANKS)}, acct ").e(account_no(rng, rng.choice([0, 3, 4])), ACC).t(f": {amount(rng, '$', 5000, 150000)}\n")
    if rng.random() < .4:
        f.t("   - Foreign account (gift source), IBAN ").e(iban(rng), IBAN).t(" - gift letter from ").e(Person(rng, culture=b.culture).full, PER).t(" received.\n")
    f.t(f"   - Large deposit {amount(rng, '$', 3000, 20000)} on ").e(fdate(rng, d0 - TD(days=rng.randint(10, 50)), style="us"), DT).t(" requires LOE.\n\n")
    f.t("5. Credit\n   ")
    f.t(f"Mid score {rng.randint(620, 810)}. DTI {rng.uniform(22, 49):.1f}%. Collection on report from {rng.choice(['Midland Credit', 'Portfolio Recovery', 'a medical provider'])} - ")
    f.t(f"account {masked_card(rng)}, paid. No BK/FC.\n\n")
    f.t("6. Conditions\n   - Explain address discrepancy: credit report lists ").e(address(rng, "US")[0], ADR).t(".\n")
    f.t(f"   - Updated pay stub prior to closing; CD to be issued {rng.choice(RELATIVE_FUT)}.\n")
    if rng.random() < .5:
        f.t("   - Borrower's driver's license ").e(drivers_license(rng, b, rng.choice(["CA", "TX", "FL", "IL", "NY", "WA"]))[0], DL).t(" expired; obtain current ID.\n")
    f.t(f"\nDecision: {rng.choice(['Approved with conditions', 'Suspended', 'Refer - manual review'])}\n")
    if rng.random() < .4:
        f.t("Misc: " + neg_sentence(rng) + "\n")
    return f


def g_crypto(rng):
    f = F()
    p = Person(rng)
    ex = rng.choice(["Coinfabrik", "Northwind Exchange", "Tailspin Crypto", "Globex Digital Assets"])
    ck = Clock(rng)
    f.t(f"{ex} Support | Ticket #{rng.choice(['CX', 'SUP', 'KYC'])}-{digits(rng, 6)} | Priority: {rng.choice(['High', 'Urgent', 'Normal'])}\n")
    f.t("Opened: ").e(ck.iso(ms=False), DT).t("\nUser: ").e(p.email, EMA).t("   Account ID: ").e(account_no(rng, rng.choice([1, 3, 4])), ACC).t("\n")
    f.t("Subject: " + rng.choice(["withdrawal stuck for 3 days", "account locked after login from new device", "API key compromised??", "KYC rejected again"]) + "\n\n")
    f.t("--- message from user ---\n")
    msg = F()
    coin = rng.choice(["BTC", "ETH", "USDT", "SOL"])
    msg.t(f"hi, my withdrawal of {rng.uniform(0.01, 3):.4f} {coin} to ")
    msg.t(btc_addr(rng) if coin == "BTC" else eth_addr(rng)).t(" on ").e(fdate(rng, ck.d - TD(days=rng.randint(1, 4)), style=rng.choice(["us", "abbr", "eu"])), DT)
    msg.t(f" still hasn't arrived. txid {txhash(rng)}. ")
    msg.t("also i got an email saying someone logged in from ").e(ip(rng), IP).t(" in ").e(any_location(rng), LOC).t(" - that wasn't me. ")
    if rng.random() < .6:
        msg.t("i'm worried because i pasted my API key into a bot earlier: key ").e(rs(rng, ALNUM, 64), GEN).t(" secret ").e(rs(rng, ALNUM + "+/", 44) + "=", GEN).t(". ")
    msg.t("please call me at ").e(p.phone, PHO).t(", " + rng.choice(["anytime", "after work", "asap"]) + ".\n")
    f.add(msg)
    f.t("--- internal notes ---\n")
    agent = Person(rng)
    ck.tick(600, 7200)
    f.e(ck.space(), DT).t(" ").e(agent.first.lower(), PER).t(": KYC record: ").e(p.name(rng.choice(["caps", "full", "lastfirst"])), PER)
    f.t(", DOB ").e(fdate(rng, p.dob, style=rng.choice(["iso", "eu", "us"])), DOB).t(", address ").e(p.addr, ADR).t(". ")
    f.t(f"Selfie match score {rng.uniform(0.7, 0.99):.2f}. Rotated API key pair; old key fingerprint {sha256(rng)[:16]}.\n")
    ck.tick(600, 7200)
    f.e(ck.space(), DT).t(" ").e(agent.first.lower(), PER).t(f": withdrawal was held by risk rule R-{rng.randint(10, 99)}. Released after 2FA reset; user to re-verify {rng.choice(RELATIVE_FUT)}.")
    if rng.random() < .5:
        f.t(" Fiat refund of ").t(amount(rng, "€", 50, 4000)).t(" goes to IBAN ").e(iban(rng), IBAN).t(".")
    f.t("\n")
    if rng.random() < .4:
        f.t("[auto] " + neg_sentence(rng) + "\n")
    return f


# ---------------------------------------------------------------- tech / secrets
def secret_pair(rng, p=None):
    """returns (ENV_NAME, F(value)) for a random secret-bearing config entry"""
    k = rng.randrange(14)
    if k == 0:
        return "AWS_ACCESS_KEY_ID", E(aws_access_key(rng), AKEY)
    if k == 1:
        return "AWS_SECRET_ACCESS_KEY", E(aws_secret_key(rng), ASEC)
    if k == 2:
        return rng.choice(["GITHUB_TOKEN", "GH_TOKEN", "GIT_PAT"]), E(github_token(rng), GHT)
    if k == 3:
        return rng.choice(["SLACK_BOT_TOKEN", "SLACK_TOKEN"]), E(slack_token(rng), SLK)
    if k == 4:
        return rng.choice(["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_RESTRICTED_KEY"]), E(stripe_key(rng), STR)
    if k == 5:
        return rng.choice(["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "REDIS_PASSWORD", "ADMIN_PASSWORD", "SMTP_PASSWORD"]), E(password(rng), PWD)
    if k == 6:
        return "DATABASE_URL", F().t(rng.choice(["postgres://", "postgresql://", "mysql://", "mongodb://"]) + rng.choice(["app", "admin", "svc_orders", "root"]) + ":").e(
            password(rng, url_safe=True), PWD).t("@").add(E(ipv4(rng, True), IP) if rng.random() < .5 else F(rng.choice(["db.internal", "prod-db-1.cluster.local", "orders-db"]))).t(
            f":{rng.choice(['5432', '3306', '27017'])}/{rng.choice(['orders', 'app', 'billing'])}")
    if k == 7:
        return rng.choice(["API_TOKEN", "SESSION_JWT", "SERVICE_TOKEN"]), E(jwt(rng, p), JWT_)
    if k == 8:
        return rng.choice(["TLS_KEY", "SSH_PRIVATE_KEY", "JWT_PRIVATE_KEY"]), E(pem_private_key(rng, rng.choice(["EC", "PKCS8", "EC"])), PK)
    v, name = generic_secret(rng)
    return name, E(v, GEN)


def negative_pair(rng):
    k = rng.randrange(12)
    return [("LOG_LEVEL", F(rng.choice(["debug", "info", "warn"]))), ("APP_VERSION", F(version(rng))),
            ("GIT_SHA", F(sha1(rng))), ("REQUEST_TIMEOUT_MS", F(str(rng.randint(500, 30000)))),
            ("FEATURE_FLAGS", F("checkout_v2,new_search")), ("AWS_REGION", F(rng.choice(["us-east-1", "eu-west-1", "ap-southeast-2"]))),
            ("STRIPE_SECRET_KEY", F(rng.choice(["${STRIPE_SECRET_KEY}", "sk_live_****", "<stripe-secret-from-vault>"]))), ("SENTRY_RELEASE", F(version(rng, False) + "+" + sha1(rng)[:7])),
            ("DB_PASSWORD", F(rng.choice(["${DB_PASSWORD}", "<redacted>", "<set-in-vault>", "********"]))),
            ("CACHE_TTL", F(str(rng.choice([60, 300, 3600])))), ("INSTANCE_ID", F(uuid4(rng))),
            ("NODE_ENV", F(rng.choice(["production", "staging"])))][k]


def g_cicd(rng):
    f = F()
    ck = Clock(rng)
    repo = rng.choice(["acme/payments-api", "northwind/web", "globex/infra", "fabrikam/mobile-backend", "contoso/data-pipeline"])
    sha = sha1(rng)
    dev = Person(rng)
    ts = rng.choice(["iso7", "iso", "none"])

    def L(msg=None):
        ck.tick(0, 9)
        if ts == "iso7":
            f.e(ck.iso7(), DT).t(" ")
        elif ts == "iso":
            f.e(ck.iso(), DT).t(" ")
        if msg is not None:
            f.add(aslist(msg))
        return f

    if rng.random() < .5:   # GitHub Actions style
        L(f"##[group]Run actions/checkout@v4\n")
        L(f"Syncing repository: {repo}\n")
        L(f"HEAD is now at {sha[:7]} Merge pull request #{rng.randint(100, 9999)} from {repo.split('/')[0]}/fix-build-{rs(rng, LALNUM, 4)}\n")
        L("##[endgroup]\n")
        L("##[group]Run aws-actions/configure-aws-credentials@v4\n")
        L("  aws-access-key-id: ***\n")
        L("  aws-secret-access-key: ***\n")
        L(f"  aws-region: {rng.choice(['us-east-1', 'eu-central-1'])}\n")
        L("##[endgroup]\n")
        L("+ set -x\n")
        used = set()
        for _ in range(rng.randint(2, 4)):
            name, val = secret_pair(rng, dev)
            if "\n" in val.plain() or name in used:
                continue
            used.add(name)
            L(f"+ export {name}=").add(val).t("\n")
        if rng.random() < .5:
            L(F().t("+ curl -s -H \"Authorization: Bearer ").e(github_token(rng), GHT).t("\" ").e(f"https://api.github.com/repos/{repo}/releases", URL).t("\n"))
        if rng.random() < .3:
            L("+ echo \"$DEPLOY_SSH_KEY\" > ~/.ssh/id_deploy  # debug\n")
            L("+ cat ~/.ssh/id_deploy\n")
            f.e(pem_private_key(rng, rng.choice(["OPENSSH", "EC", "RSA"])), PK).t("\n")
        L("npm notice Publishing to ").e("https://registry.npmjs.org/", URL).t(f" with tag latest ({version(rng)})\n")
        if rng.random() < .5:
            L(F().t("Deploying build to ").e(ipv4(rng), IP).t(" as deploy@").e(ipv4(rng, True), IP).t("\n"))
        L(F().t("Notify: build finished by ").e(dev.full, PER).t(" <").e(dev.email, EMA).t(">\n"))
        L(f"##[error]Process completed with exit code {rng.choice([0, 1, 2, 137])}.\n")
    else:   # Jenkins / GitLab style
        f.t(f"Started by user ").e(dev.full, PER).t("\n")
        f.t(f"Running on agent-{rs(rng, LALNUM, 5)} in /var/lib/jenkins/workspace/{repo.split('/')[1]}\n")
        L(f"[Pipeline] stage (build) - commit {sha}\n")
        L(f"Step 3/9 : FROM node:{rng.randint(16, 22)}-alpine@sha256:{sha256(rng)}\n")
        L("Step 5/9 : ARG ").add(F()).t("NPM_TOKEN\n")
        v, _ = generic_secret(rng, 5)
        L("Step 6/9 : RUN echo \"//registry.npmjs.org/:_authToken=").e(v, GEN).t("\" > .npmrc && npm ci\n")
        L(f" ---> Running in {rs(rng, HEXL, 12)}\n")
        L(f"added {rng.randint(300, 1800)} packages in {rng.uniform(5, 90):.1f}s\n")
        name, val = secret_pair(rng, dev)
        if "\n" not in val.plain():
            L(f"[Pipeline] withEnv - {name}=").add(val).t("\n")
        L("[Pipeline] sh\n+ docker login -u ci-bot -p ").e(password(rng, strong=True), PWD).t(" registry.example.io\n")
        L("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n")
        if rng.random() < .6:
            L("+ aws configure set aws_access_key_id ").e(aws_access_key(rng), AKEY).t("\n")
            L("+ aws configure set aws_secret_access_key ").e(aws_secret_key(rng), ASEC).t("\n")
        if rng.random() < .5:
            L("+ curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy ok\"}' -H \"Authorization: Bearer ").e(slack_token(rng), SLK).t("\" ").e("https://slack.com/api/chat.postMessage", URL).t("\n")
        L(f"Finished: {rng.choice(['SUCCESS', 'FAILURE', 'UNSTABLE'])} (took {rng.randint(1, 40)} min {rng.randint(0, 59)} sec)\n")
    return f


def g_k8s(rng):
    f = F()
    ck = Clock(rng)
    svc = rng.choice(["api", "checkout", "auth", "notifier", "billing-worker", "gateway"])
    pod = f"{svc}-{rs(rng, 'bcdfghjklmnpqrstvwxz2456789', 10)}-{rs(rng, 'bcdfghjklmnpqrstvwxz2456789', 5)}"
    fmt = rng.choice(["json", "text", "text", "nginx"])
    f.t(f"$ kubectl logs -n {rng.choice(['prod', 'default', 'payments', 'staging'])} {pod} --since=1h\n")
    users = [Person(rng) for _ in range(3)]
    tsty = rng.random() < .5
    n = rng.randint(6, 13)
    for _ in range(n):
        ck.tick(0, 40)
        u = rng.choice(users)
        k = rng.randrange(11)
        if fmt == "nginx":
            ipa = ip(rng) if rng.random() < .9 else ipv4(rng)
            f.e(ipa, IP).t(" - - [").e(ck.clf(), DT).t("] \"")
            if k < 3:
                f.t(f"GET /api/v1/users?email=").e(u.email, EMA).t(" HTTP/1.1\" 200 ")
            elif k < 5:
                f.t(f"POST /login HTTP/1.1\" 401 ")
            elif k < 6:
                f.t(f"GET /reset?token=").e(rs(rng, ALNUM, 32), GEN).t(" HTTP/1.1\" 302 ")
            else:
                f.t(f"GET /static/app.{rs(rng, HEXL, 8)}.js HTTP/1.1\" 200 ")
            f.t(f"{rng.randint(200, 90000)} \"-\" \"{rng.choice(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'curl/8.4.0', 'okhttp/4.12.0', 'python-requests/2.31.0'])}\"\n")
            continue
        lvl = rng.choice(["INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        if fmt == "json":
            f.t('{"ts":"').e(ck.iso(), DT).t(f'","level":"{lvl.lower()}","pod":"{pod}",')
            if k == 0:
                f.t('"msg":"login failed","user":"').e(u.email, EMA).t('","ip":"').e(ip(rng), IP).t('"}\n')
            elif k == 1:
                name, val = secret_pair(rng, u)
                f.t(f'"msg":"config loaded","{name.lower()}":"').add(val.map(jesc)).t('"}\n')
            elif k == 2:
                f.t('"msg":"outbound request","headers":{"Authorization":"Bearer ').e(jwt(rng, u), JWT_).t('"}}\n')
            elif k == 3:
                f.t(f'"msg":"request completed","request_id":"{uuid4(rng)}","duration_ms":{rng.randint(2, 900)},"status":200}}\n')
            elif k == 4:
                f.t('"msg":"user updated","name":"').e(u.full, PER).t('","phone":"').e(u.phone, PHO).t('"}\n')
            elif k == 5:
                f.t(f'"msg":"image pulled","image":"registry.example.io/{svc}:{version(rng)}@sha256:{sha256(rng)}"}}\n')
            elif k == 6:
                f.t('"msg":"stripe charge failed","key":"').e(stripe_key(rng), STR).t('","code":"card_declined"}\n')
            elif k == 7:
                f.t('"msg":"webhook received","source_ip":"').e(ipv4(rng), IP).t(f'","event_id":"evt_{rs(rng, ALNUM, 24)}"}}\n')
            elif k == 8:
                f.t(f'"msg":"cron job scheduled","next_run_epoch":{epoch(rng)},"job_id":"{uuid4(rng)}"}}\n')
            elif k == 9:
                f.t('"msg":"password reset","user":"').e(u.email, EMA).t('","new_password":"').e(password(rng), PWD).t('"}\n')
            else:
                f.t('"msg":"db connect","dsn":"').add(secret_pair_dsn(rng)).t('"}\n')
        else:
            f.e(ck.py() if tsty else ck.iso(), DT).t(f" {lvl:<5} [{svc}] ")
            if k == 0:
                f.t("login failed for ").e(u.email, EMA).t(" from ").e(ip(rng), IP).t("\n")
            elif k == 1:
                name, val = secret_pair(rng, u)
                if "\n" in val.plain():
                    f.t(f"loaded {name} from env (").add(val.map(lambda x: x.replace("\n", "\\n"))).t(")\n")
                else:
                    f.t(f"env {name}=").add(val).t("\n")
            elif k == 2:
                f.t("calling billing svc with Authorization: Bearer ").e(jwt(rng, u), JWT_).t("\n")
            elif k == 3:
                f.t(f"GET /v1/orders/{uuid4(rng)} 200 {rng.randint(2, 900)}ms\n")
            elif k == 4:
                f.t("created user id=").t(str(rng.randint(1000, 999999))).t(" name=\"").e(u.full, PER).t("\" email=").e(u.email, EMA).t("\n")
            elif k == 5:
                f.t(f"pulled image {svc}:{version(rng)} digest sha256:{sha256(rng)}\n")
            elif k == 6:
                f.t("posting alert to slack using token ").e(slack_token(rng), SLK).t("\n")
            elif k == 7:
                f.t(f"rate limit exceeded for ").e(ipv4(rng), IP).t(f" ({rng.randint(100, 900)} req/min)\n")
            elif k == 8:
                f.t(f"retrying job {uuid4(rng)} in {rng.randint(1, 60)}s (attempt {rng.randint(2, 5)})\n")
            elif k == 9:
                f.t("git clone using token ").e(github_token(rng), GHT).t(f" ok, HEAD={sha1(rng)}\n")
            else:
                f.t("connecting to ").add(secret_pair_dsn(rng)).t("\n")
    return f


def secret_pair_dsn(rng):
    return F().t(rng.choice(["postgres://", "mysql://", "amqp://"]) + rng.choice(["app", "svc_user", "admin"]) + ":").e(
        password(rng, url_safe=True), PWD).t("@").e(ipv4(rng, True), IP).t(
        f":{rng.choice(['5432', '3306', '5672'])}/{rng.choice(['app', 'orders', 'billing'])}")


def g_config(rng):
    f = F()
    kind = rng.choice(["env", "env", "yaml", "compose", "json_sa", "tfvars", "pem"])
    p = Person(rng)
    if kind == "env":
        hk = rng.randrange(4)
        if hk == 3:
            f.t("# last edited by ").e(p.first.lower(), PER).t("\n")
        else:
            f.t(["# .env.production\n", "# copied from prod box, DO NOT COMMIT\n", ""][hk])
        pairs = []
        seen = set()
        for _ in range(rng.randint(5, 11)):
            k_, v_ = secret_pair(rng, p) if rng.random() < .6 else negative_pair(rng)
            if k_ not in seen:
                seen.add(k_)
                pairs.append((k_, v_))
        if rng.random() < .4:
            pairs.append(("ADMIN_EMAIL", E(p.email, EMA)))
        if rng.random() < .3:
            pairs.append(("SUPPORT_PHONE", E(phone(rng, rng.choice(["US", "UK", "DE"]), intl=True), PHO)))
        if rng.random() < .3:
            pairs.append(("PUBLIC_URL", E(url(rng, kind=10), URL)))
        f.add(render_env(pairs, rng))
    elif kind == "yaml" or kind == "compose":
        if kind == "compose":
            env = Obj()
            seen = set()
            for _ in range(rng.randint(3, 7)):
                k_, v_ = secret_pair(rng, p) if rng.random() < .6 else negative_pair(rng)
                if "\n" in v_.plain() or k_ in seen:
                    continue
                seen.add(k_)
                env.append((k_, v_))
            obj = Obj([("version", F("3.9")), ("services", Obj([
                ("api", Obj([("image", F(f"ghcr.io/acme/api:{version(rng)}")), ("restart", F("unless-stopped")),
                             ("environment", env)])),
                ("db", Obj([("image", F("postgres:16")), ("environment", Obj([("POSTGRES_USER", F("app")), ("POSTGRES_PASSWORD", E(password(rng), PWD))]))]))]))])
            f.t("# docker-compose.yml\n").add(render_yaml(obj))
        else:
            smtp = Obj([("host", F("smtp.sendgrid.net")), ("port", "587"), ("username", F("apikey")), ("password", E(generic_secret(rng, 0)[0], GEN))])
            obj = Obj([("app", Obj([("name", F(rng.choice(["orders-service", "crm-sync", "ledger"]))), ("version", F(version(rng, False))),
                                    ("owner", E(p.full, PER)), ("oncall_email", E(p.email, EMA))])),
                       ("database", Obj([("host", E(ipv4(rng, True), IP)), ("user", F("svc_app")), ("password", E(password(rng), PWD))])),
                       ("smtp", smtp),
                       ("integrations", Obj(list({k_: (k_, v_) for k_, v_ in (secret_pair(rng, p) for _ in range(rng.randint(2, 4))) if "\n" not in v_.plain()}.values())))])
            f.t(rng.choice(["# config/production.yaml\n", "---\n", ""])).add(render_yaml(obj))
    elif kind == "json_sa":
        proj = rng.choice(["acme-prod-231204", "northwind-data", "globex-ml-1188"])
        sa = f"{rng.choice(['deployer', 'etl-runner', 'backup'])}@{proj}.iam.gserviceaccount.com"
        obj = Obj([("type", F("service_account")), ("project_id", F(proj)), ("private_key_id", E(rs(rng, HEXL, 40), GEN)),
                   ("private_key", E(pem_private_key(rng, "PKCS8"), PK)),
                   ("client_email", E(sa, EMA)), ("client_id", F(no_luhn(digits(rng, 21)))),
                   ("auth_uri", E("https://accounts.google.com/o/oauth2/auth", URL)),
                   ("token_uri", E("https://oauth2.googleapis.com/token", URL))])
        f.t(rng.choice(["", f"// {proj}-key.json\n"])).add(render_json(obj))
        f.t("\n")
    elif kind == "pem":
        host = ipv4(rng)
        user = rng.choice(["deploy", "ubuntu", "ec2-user", "git"])
        fn = rng.choice(["id_ed25519", "id_rsa", "deploy_key.pem", "server.key"])
        f.t(f"$ cat ~/.ssh/config\nHost {rng.choice(['prod-bastion', 'build01', 'db-jump'])}\n  HostName ").e(host, IP)
        f.t(f"\n  User {user}\n  IdentityFile ~/.ssh/{fn}\n\n$ cat ~/.ssh/{fn}\n")
        f.e(pem_private_key(rng, {"id_ed25519": "OPENSSH", "id_rsa": "RSA", "deploy_key.pem": "RSA", "server.key": rng.choice(["EC", "PKCS8"])}[fn]), PK).t("\n")
        if rng.random() < .5:
            f.t(f"\n$ ssh-keygen -lf ~/.ssh/{fn}.pub\n256 SHA256:{base64.b64encode(rbytes(rng, 32)).decode().rstrip('=')} ").e(p.email, EMA).t(" (ED25519)\n")
    else:
        f.t("# terraform.tfvars\n")
        pairs = [("region", F(rng.choice(["us-east-1", "eu-west-1"]))), ("aws_access_key", E(aws_access_key(rng), AKEY)),
                 ("aws_secret_key", E(aws_secret_key(rng), ASEC)), ("db_master_password", E(password(rng), PWD)),
                 ("admin_cidr", F().e(ipv4(rng), IP).t("/32")), ("alert_email", E(p.email, EMA)),
                 ("datadog_api_key", E(generic_secret(rng, 2)[0], GEN)), ("ami_id", F("ami-" + rs(rng, HEXL, 17)))]
        rng.shuffle(pairs)
        for k_, v_ in pairs:
            f.t(f"{k_:<20} = \"").add(v_).t("\"\n")
    return f


# ---------------------------------------------------------------- source code with hardcoded secrets
def g_code(rng):
    f = F()
    p = Person(rng)
    lang = rng.choice(["py", "py", "js", "go", "sh", "props"])
    d0 = rdate(rng)
    if lang == "py":
        f.t('"""' + rng.choice(["billing sync job", "nightly export to S3", "slack alert bot", "customer import script"]) + "\n\nAuthor: ")
        f.e(p.full, PER).t(" <").e(p.email, EMA).t(">\nLast updated: ").e(fdate(rng, d0, style="iso"), DT).t('\n"""\n')
        f.t("import os\nimport boto3\nimport stripe\nimport requests\n\n")
        f.t(f'API_VERSION = "{version(rng)}"\nBUILD_SHA = "{sha1(rng)}"\n')
        lines = []
        lines.append(F().t('stripe.api_key = "').e(stripe_key(rng), STR).t('"  # TODO: move to env\n'))
        lines.append(F().t('s3 = boto3.client(\n    "s3",\n    aws_access_key_id="').e(aws_access_key(rng), AKEY).t('",\n    aws_secret_access_key="').e(aws_secret_key(rng), ASEC).t('",\n)\n'))
        lines.append(F().t('SLACK_TOKEN = os.getenv("SLACK_TOKEN", "').e(slack_token(rng), SLK).t('")\n'))
        lines.append(F().t('GH_TOKEN = "').e(github_token(rng), GHT).t('"\n'))
        v, nm = generic_secret(rng)
        lines.append(F().t(f'{nm} = "').e(v, GEN).t('"\n'))
        lines.append(F().t('DB_DSN = "postgresql://etl:').e(password(rng, url_safe=True), PWD).t("@").e(ipv4(rng, True), IP).t(':5432/warehouse"\n'))
        lines.append(F().t('PLACEHOLDER_KEY = "<your-api-key-here>"  # not a real key\n'))
        rng.shuffle(lines)
        for ln in lines[:rng.randint(3, 6)]:
            f.add(ln)
        f.t("\n\ndef notify(msg):\n    requests.post(\n        \"").e(url(rng, "hooks.internal-tools.net", 7), URL).t('",\n')
        f.t('        json={"text": msg, "owner": "').e(p.email, EMA).t('"},\n        timeout=5,\n    )\n')
    elif lang == "js":
        f.t("// config.js - generated ").e(fdate(rng, d0, style="iso"), DT).t(" by ").e(p.first.lower(), PER).t("\n")
        f.t("module.exports = {\n")
        f.t('  stripeSecret: "').e(stripe_key(rng), STR).t('",\n')
        if rng.random() < .6:
            f.t('  jwtSecret: "').e(generic_secret(rng, 10)[0], GEN).t('",\n')
        f.t('  sessionToken: "').e(jwt(rng, p), JWT_).t('",\n')
        f.t('  sentryDsn: "').e(f"https://{rs(rng, HEXL, 32)}@o{digits(rng, 6)}.ingest.sentry.io/{digits(rng, 7)}", URL).t('",\n')
        f.t(f'  requestId: "{uuid4(rng)}",\n  appVersion: "{version(rng, False)}",\n')
        f.t('  supportEmail: "').e(role_email(rng, "northwind-store.com"), EMA).t('",\n')
        f.t('  adminPassword: "').e(password(rng), PWD).t('",\n};\n')
    elif lang == "go":
        f.t("package main\n\n// Maintainer: ").e(p.full, PER).t(" (").e(p.email, EMA).t(")\n\nconst (\n")
        f.t('\tawsKeyID     = "').e(aws_access_key(rng), AKEY).t('"\n')
        f.t('\tawsSecretKey = "').e(aws_secret_key(rng), ASEC).t('"\n')
        f.t('\tslackToken   = "').e(slack_token(rng), SLK).t('"\n')
        f.t(f'\tbuildCommit  = "{sha1(rng)}"\n)\n\n')
        f.t("var signingKey = []byte(`").e(pem_private_key(rng, "EC"), PK).t("`)\n")
    elif lang == "sh":
        f.t("#!/usr/bin/env bash\n# deploy.sh - ask ").e(p.first, PER).t(" before changing\nset -euo pipefail\n\n")
        f.t("export AWS_ACCESS_KEY_ID=").e(aws_access_key(rng), AKEY).t("\n")
        f.t("export AWS_SECRET_ACCESS_KEY=").e(aws_secret_key(rng), ASEC).t("\n")
        f.t(f"export RELEASE={version(rng)}\n\n")
        f.t("curl -sf -X POST ").e("https://api.github.com/repos/acme/infra/dispatches", URL).t(" \\\n  -H \"Authorization: token ").e(github_token(rng), GHT).t('" \\\n')
        f.t('  -d \'{"event_type":"deploy"}\'\n\n')
        f.t("mysql -h ").e(ipv4(rng, True), IP).t(" -u root -p'").e(password(rng), PWD).t("' -e 'SELECT 1'\n")
        if rng.random() < .5:
            f.t("curl -s -u api:").e(generic_secret(rng, 9)[0], GEN).t(" ").e("https://api.mailgun.net/v3/mg.example.com/messages", URL).t(" -F to=").e(p.email, EMA).t("\n")
    else:
        f.t("# application.properties\n")
        f.t("spring.datasource.url=jdbc:postgresql://").e(ipv4(rng, True), IP).t(":5432/orders\n")
        f.t("spring.datasource.username=orders_app\nspring.datasource.password=").e(password(rng), PWD).t("\n")
        f.t("spring.mail.username=").e(p.email, EMA).t("\nspring.mail.password=").e(password(rng), PWD).t("\n")
        f.t("stripe.secret-key=").e(stripe_key(rng), STR).t("\n")
        v, nm = generic_secret(rng)
        f.t(f"{nm.lower().replace('_', '.')}=").e(v, GEN).t("\n")
        f.t(f"app.build.version={version(rng, False)}\napp.instance-id={uuid4(rng)}\n")
        f.t("management.endpoints.web.base-path=/actuator\nlogging.level.root=INFO\n")
    return f


# ---------------------------------------------------------------- LLM prompts
def mini_ticket(rng):
    p = Person(rng)
    f = F()
    k = rng.randrange(3)
    if k == 0:
        f.t(f"Ticket {ticket_no(rng)} - opened ").e(fdate(rng, rdate(rng)), DT).t("\nCustomer: ").e(p.full, PER).t(" (").e(p.email, EMA).t(", ").e(p.phone, PHO).t(")\n")
        f.t(f"Issue: charged twice for order {order_no(rng)}. Customer says the second charge hit card ")
        cn, _ = card_number(rng)
        f.e(cn, CC).t(" on ").e(fdate(rng, rdate(rng), year=False), DT).t(". Wants refund to the same card. Ship-to: ").e(p.addr, ADR).t(".\n")
    elif k == 1:
        f.t("hey so ").e(p.first.lower(), PER).t(" from accounting says her login stopped working after the reset, she's using password ").e(password(rng), PWD)
        f.t(" and the username ").e(p.email, EMA).t(". her direct line is ").e(p.phone, PHO).t(" and she's in the ").e(city_of(rng), LOC).t(" office.\n")
    else:
        f.t("Patient ").e(p.name(rng.choice(["full", "lastfirst"])), PER).t(", DOB ").e(fdate(rng, p.dob, style="us"), DOB).t(", MRN ").e(mrn(rng), MRN)
        f.t(f", presented with {rng.choice(['chest pain', 'shortness of breath', 'a fall at home'])}. Hx {rng.choice(ICD10)[1]} ({rng.choice(ICD10)[0]}). ")
        f.t(f"Meds: {rng.choice(DRUGS)}, {rng.choice(DRUGS)}. Emergency contact ").e(Person(rng, culture=p.culture).full, PER).t(" at ").e(phone(rng, p.country), PHO).t(".\n")
    return f


def g_llm(rng):
    f = F()
    inner_kind = rng.randrange(6)
    if inner_kind == 0:
        inner = mini_ticket(rng)
        asks = ["Summarize this support ticket in 3 bullet points:", "Extract the customer's name, email, phone and address as JSON:",
                "Classify the urgency of this ticket (low/med/high) and explain briefly:", "summarize this ticket for the handoff notes pls"]
    elif inner_kind == 1:
        inner = rng.choice([g_telecom, g_ecommerce, g_utility, g_insurance])(rng)
        asks = ["Summarize this for my manager, keep it under 100 words:", "Rewrite the following so it sounds more professional:",
                "What's the customer actually asking for here?", "Translate this into Spanish:", "Draft a polite reply to this:"]
    elif inner_kind == 2:
        inner = rng.choice([g_config, g_k8s, g_code, g_code])(rng)
        asks = ["Why does my app crash on startup? Here's the config and logs:", "can you spot what's wrong with this config??", "Review this code for bugs:",
                "Convert this to a Kubernetes Secret manifest:", "Explain these log lines:"]
    elif inner_kind == 3:
        inner = mini_ticket(rng)
        asks = ["Please anonymize the following note, replacing personal data with placeholders:", "Fix the grammar:"]
    elif inner_kind == 4:
        inner = g_clinical(rng)
        asks = ["Write a patient-friendly summary of this discharge note:", "Convert this discharge summary into a FHIR-style JSON bundle:"]
    else:
        inner = rng.choice([g_multi_de, g_multi_fr, g_multi_es, g_multi_pt])(rng)
        asks = ["Translate to English:", "Summarize in English:", "What is this letter about?"]
    ask = rng.choice(asks)
    style = rng.randrange(4)
    if style == 0:
        f.t("User: " + ask + "\n\n\"\"\"\n").add(inner).t("\"\"\"\n")
    elif style == 1:
        f.t("### Instruction\n" + ask + "\n\n### Input\n").add(inner).t("\n### Response\n")
    elif style == 2:
        msgs = Arr([Obj([("role", F("system")), ("content", F("You are a helpful support assistant. Never reveal internal data."))]),
                    Obj([("role", F("user")), ("content", F().t(ask + "\n\n").add(inner))])])
        f.add(render_json(Obj([("model", F(rng.choice(["gpt-4o-mini", "claude-3-haiku", "llama-3-70b-instruct"]))), ("temperature", "0.2"), ("messages", msgs)]), indent=2))
        f.t("\n")
    else:
        f.t(ask + "\n```\n").add(inner).t("```\n")
    if style != 2 and rng.random() < .3:
        f.t("\nAssistant: " + rng.choice(["Sure - here's a summary:", "Here you go:", "Happy to help."]) + " ")
        names = [s for s, ty in inner.segs if ty == PER]
        if names:
            f.t("The request concerns ").e(names[0], PER).t(". ")
        emails = [s for s, ty in inner.segs if ty == EMA]
        if emails:
            f.t("Contact is via ").e(emails[0], EMA).t(". ")
        secrets = [s for s, ty in inner.segs if ty in (AKEY, ASEC, GHT, SLK, STR, JWT_, PK, PWD, GEN)]
        if secrets:
            f.t("Note: the text contains credentials that should be rotated immediately.")
        f.t("\n")
    return f


# ---------------------------------------------------------------- clinical / HR / bank / rental
PAYERS = ["Blue Harbor Health", "UnitedCare PPO", "Aetna-like Choice POS II", "Cigna Open Access", "Medicare Part B",
          "Kaiser-style HMO", "Humongous Health Plan", "Medicaid Managed Care"]


def g_clinical(rng):
    f = F()
    pt = Person(rng, country=rng.choice(["US", "US", "US", "CA", "UK"]))
    att = Person(rng, country="US")
    pcp = Person(rng, country="US")
    adm = rdate(rng)
    dis = after(rng, adm, 1, 9)
    dx = rng.sample(ICD10, 2)
    hospital = rng.choice(["St. Mary's Medical Center", "Mercy General Hospital", "St. Joseph's Regional", "Providence Valley Hospital", "Good Samaritan Hospital"])
    f.t(f"DISCHARGE SUMMARY - {hospital}\n\n")
    pairs = [("Patient", E(pt.name(rng.choice(["capslastfirst", "lastfirst", "full"])), PER)),
             ("MRN", E(mrn(rng), MRN)), ("DOB", E(fdate(rng, pt.dob, style=rng.choice(["us", "iso"])), DOB)),
             ("Admitted", E(fdate(rng, adm, style="us") + " " + ftime(rng, style="24"), DT)),
             ("Discharged", E(fdate(rng, dis, style="us"), DT)),
             ("Attending", F().e(att.full, PER).t(", MD")),
             ("Insurance", F().t(rng.choice(PAYERS) + " - Member ID ").e(health_plan_no(rng), HPN).t(f", Group {digits(rng, rng.choice([5, 6, 7]))}"))]
    if rng.random() < .4:
        pairs.insert(3, ("Address", E(pt.addr, ADR)))
    f.add(render_form(pairs, align=rng.random() < .5))
    f.t(f"\nDiagnoses: {dx[0][1]} ({dx[0][0]}); {dx[1][1]} ({dx[1][0]}).\n")
    f.t(f"Procedures: CPT {rng.choice(CPT)}, {rng.choice(CPT)}.\n\n")
    f.t("Hospital course: ")
    f.t(f"{rng.randint(28, 92)}-year-old {'female' if pt.female else 'male'} admitted via ED with {dx[0][1]}. ")
    f.t(f"Started on {rng.choice(DRUGS)} and {rng.choice(DRUGS)}. ")
    if rng.random() < .5:
        f.t("Cardiology (Dr. ").e(Person(rng, country='US').last, PER).t(f") consulted on hospital day {rng.randint(1, 3)}. ")
    f.t("Patient improved and was discharged home ")
    fam = Person(rng, culture=pt.culture, country=pt.country)
    f.t(f"with {rng.choice(['daughter', 'son', 'husband', 'wife', 'sister'])} ").e(fam.first, PER).t(".\n\n")
    f.t(f"Discharge meds: {', '.join(rng.sample(DRUGS, 3))}.\n")
    f.t("Follow-up: PCP Dr. ").e(pcp.last, PER).t(" on ").e(fdate(rng, after(rng, dis, 3, 14), style=rng.choice(["long", "us", "abbr"])), DT)
    f.t(" at ").e(ftime(rng, business=True, style="ampm"), DT).t("; clinic phone ").e(phone(rng, "US"), PHO).t(".\n")
    if rng.random() < .5:
        f.t("Home health referral faxed to ").e(phone(rng, "US", intl=False), PHO).t(f"; patient to call if fever > 101F {rng.choice(RELATIVE_FUT)}.\n")
    if rng.random() < .3:
        f.t("Patient portal: ").e(url(rng, "mychart." + slug(hospital) + ".org", 9), URL).t("\n")
    f.t("\nElectronically signed by ").e(att.full, PER).t(", MD on ").e(fdate(rng, dis, style="us") + " " + ftime(rng, style="24"), DT).t("\n")
    if rng.random() < .3:
        f.t("Billing note: " + neg_sentence(rng) + "\n")
    return f


def g_hr(rng):
    f = F()
    p = Person(rng, country=rng.choice(["US", "US", "US", "CA"]))
    mgr = Person(rng, country="US")
    ec = Person(rng, culture=p.culture, country=p.country)
    comp = rng.choice(COMPANIES)
    cdom = company_domain(comp)
    start = rdate(rng)
    dlv, st = drivers_license(rng, p, rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "MA"]) if p.country == "US" else "ON")
    obj = Obj([("employee", Obj([
        ("legal_name", E(p.full, PER)), ("preferred_name", E(p.first, PER)),
        ("work_email", E(corp_email(rng, p, cdom), EMA)), ("personal_email", E(p.email, EMA)),
        ("mobile", E(p.phone, PHO)), ("date_of_birth", E(fdate(rng, p.dob, style="iso"), DOB)),
        ("ssn", E(ssn(rng), SSN)) if p.country == "US" else ("sin_masked", F(f"***-***-{digits(rng, 3)}")),
        ("home_address", E(p.addr, ADR)),
        ("drivers_license", Obj([("number", E(dlv, DL)), ("state", F(st))])),
        ("start_date", E(start.isoformat(), DT)),
        ("manager", E(mgr.full, PER)),
        ("emergency_contact", Obj([("name", E(ec.full, PER)), ("relationship", F(rng.choice(["spouse", "parent", "sibling", "friend"]))), ("phone", E(ec.phone, PHO))])),
        ("direct_deposit", Obj([("routing", F(aba_routing(rng))), ("account", E(account_no(rng, rng.choice([0, 3])), ACC)), ("type", F("checking"))])),
        ("equipment", F(f"MacBook Pro 14 (serial C02{rs(rng, UALNUM, 8)})")),
        ("it", Obj([("username", F(slug(p.first)[:1] + slug(p.last).replace('-', ''))),
                    ("temp_password", E(password(rng), PWD)), ("vpn_profile", F("corp-full-tunnel"))])),
    ]))])
    if rng.random() < .5:
        f.t(f"# onboarding export - {comp} - ticket {ticket_no(rng, 'HR')}\n")
        f.add(render_yaml(obj))
    else:
        f.add(render_json(obj, indent=2)).t("\n")
    return f


def g_bankfraud(rng):
    f = F()
    p = Person(rng, country=rng.choice(["US", "US", "UK", "CA", "AU"]))
    agent = Person(rng, country=p.country)
    bank = rng.choice(BANKS)
    d0 = rdate(rng)
    f.t(f"{bank} - Fraud Operations Call Notes\nCase: {ticket_no(rng, 'FRD')}    Agent: ").e(agent.name("lastfirst"), PER).t("\n")
    f.t("Call received: ").e(fdate(rng, d0, style="us") + " " + ftime(rng, business=True, style="ampm"), DT).t("\n\n")
    f.t("Caller: ").e(p.name(rng.choice(["full", "caps"])), PER).t(" - verified via DOB (").e(fdate(rng, p.dob, style="us"), DOB).t(") and OTP to ").e(p.phone, PHO).t("\n")
    f.t("Account: ").e(account_no(rng, rng.choice([0, 3, 4, 5])), ACC).t("\n")
    cn, br = card_number(rng)
    f.t(f"Card: {br} ").e(cn, CC).t(" (status: BLOCKED)\n\nDisputed transactions:\n")
    merchants = ["AMZN MKTP US*2K4", "UBER *TRIP", "TIM HORTONS #4412", "WENDY'S 0931", "SQ *BLUE BOTTLE", "APPLE.COM/BILL",
                 "BEN & JERRY'S SCOOP SHOP", "PAYPAL *STEAM GAMES", "MCDONALD'S F2231", "TRADER JOE'S #552"]
    for _ in range(rng.randint(2, 5)):
        td = d0 - TD(days=rng.randint(0, 6))
        f.t("  ").e(fdate(rng, td, style="iso") + " " + ftime(rng, style="24"), DT).t(f"  {rng.choice(merchants):<26} {amount(rng, '$', 4, 900):>10}")
        if rng.random() < .4:
            f.t("  ").e(city_of(rng), LOC)
        f.t("\n")
    f.t("\nCustomer states the card never left their possession. They were in ").e(any_location(rng), LOC).t(" on ")
    f.e(fdate(rng, d0 - TD(days=rng.randint(1, 5)), year=False), DT).t(". ")
    if rng.random() < .5:
        f.t("Login from unknown IP ").e(ip(rng), IP).t(" seen the same day; online banking password reset, temp password issued: ").e(password(rng), PWD).t(". ")
    f.t(f"Provisional credit issued; replacement card to arrive {rng.choice(RELATIVE_FUT)} at ").e(p.addr, ADR).t(".\n")
    if rng.random() < .5:
        f.t("Customer asked to also freeze joint account of ").e(Person(rng, culture=p.culture, country=p.country).full, PER).t("; advised they must call in person.\n")
    f.t(neg_sentence(rng) + "\n")
    return f


def g_rental(rng):
    f = F()
    p = Person(rng, country="US")
    prop = address(rng, "US")[0]
    ll = Person(rng, country="US")
    sup = Person(rng, country="US")
    ec = Person(rng, country="US", culture=p.culture)
    d0 = rdate(rng)
    caps = rng.random() < .4
    f.t("RENTAL APPLICATION\nProperty: ").e(prop, ADR).t("\n\n")
    pairs = [("Applicant", E(p.name("caps" if caps else "full"), PER)),
             ("Date of birth", E(fdate(rng, p.dob, style="us"), DOB)),
             ("SSN", E(ssn(rng), SSN)),
             ("Driver's license", F().e(drivers_license(rng, p, rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "MA"]))[0], DL)),
             ("Current address", E(p.addr, ADR)),
             ("Phone", E(p.phone, PHO)), ("Email", E(p.email, EMA)),
             ("Current landlord", F().e(ll.full.upper() if caps else ll.full, PER).t(", ").e(ll.phone, PHO)),
             ("Employer", F().t(rng.choice(COMPANIES) + ", supervisor ").e(sup.full.upper() if caps else sup.full, PER).t(", ").e(phone(rng, "US"), PHO)),
             ("Monthly income", amount(rng, "$", 2500, 15000)),
             ("Bank", F().t(rng.choice(BANKS) + ", checking acct ").e(account_no(rng, rng.choice([0, 3, 4])), ACC)),
             ("Emergency contact", F().e(ec.full.upper() if caps else ec.full, PER).t(f" ({rng.choice(['parent', 'sibling', 'friend', 'cousin'])}) ").e(ec.phone, PHO)),
             ("Pets", rng.choice(["none", f"1 cat ({rng.choice(PETS)})", f"1 dog ({rng.choice(PETS)}, 25 lb)"])),
             ("Move-in date", E(fdate(rng, after(rng, d0, 10, 60), style="us"), DT))]
    f.add(render_form(pairs, upper=caps, align=rng.random() < .5))
    f.t("\nI authorize a credit and background check. Application fee $45 paid by card ")
    if rng.random() < .5:
        cn, _ = card_number(rng)
        f.e(cn, CC)
    else:
        f.t(masked_card(rng))
    f.t(".\nSignature: ").e(p.full, PER).t("    Date: ").e(fdate(rng, d0, style="us"), DT).t("\n")
    if rng.random() < .3:
        f.t("Office use: " + neg_sentence(rng) + "\n")
    return f


# ---------------------------------------------------------------- multilingual
def g_multi_de(rng):
    f = F()
    cc = rng.choice(["DE", "DE", "AT", "CH"])
    p = Person(rng, culture=rng.choice(["de", "de", "tr", "pl", "ru"]), country=cc)
    p.phone = phone(rng, cc)
    p.addr = address(rng, cc)[0]
    agent = Person(rng, culture="de", country=cc)
    d0 = rdate(rng)
    herr = "Frau" if p.female else "Herr"
    if rng.random() < .5:   # Kundenservice-Mail
        f.t(f"Betreff: Rückerstattung zu Bestellung {order_no(rng)}\n\n")
        f.t(f"Sehr geehrte{'' if p.female else 'r'} {herr} ").e(p.last, PER).t(",\n\n")
        f.t("vielen Dank für Ihre Nachricht vom ").e(fdate(rng, d0, "de"), DT).t(". Wir haben Ihre Rücksendung am ")
        f.e(fdate(rng, after(rng, d0, 1, 5), "de", style="dot"), DT).t(" um ").e(ftime(rng, lang="de", business=True), DT).t(" erhalten. ")
        f.t(f"Die Gutschrift über {amount(rng, '€', 15, 600)} erfolgt innerhalb von 5 Werktagen auf Ihr Konto mit der IBAN ")
        f.e(iban(rng, {"DE": "DE", "AT": "AT", "CH": "CH"}[cc]), IBAN).t(".\n\nIhre hinterlegten Daten:\n")
        pairs = [("Name", E(p.name(rng.choice(["full", "lastfirst"])), PER)), ("Anschrift", E(p.addr, ADR)),
                 ("Telefon", E(p.phone, PHO)), ("E-Mail", E(p.email, EMA))]
        if rng.random() < .6:
            pairs.append(("Geburtsdatum", E(fdate(rng, p.dob, "de", style="dot"), DOB)))
        if rng.random() < .4:
            pairs.append(("Kundennummer", E(account_no(rng, rng.choice([0, 4])), ACC)))
        f.add(render_form(pairs))
        f.t(f"\nBitte antworten Sie nicht auf diese E-Mail. Bei Fragen erreichen Sie uns unter ").e(phone(rng, cc, intl=True), PHO)
        f.t(" (Mo-Fr ").e(ftime(rng, (8, 0, 0), lang="de", style="hm"), DT).t("-").e(ftime(rng, (18, 0, 0), lang="de", style="uhr"), DT).t(").\n\n")
        f.t("Mit freundlichen Grüßen\n").e(agent.full, PER).t("\nKundenservice Litware GmbH\n")
    else:   # Arztbrief
        doc = Person(rng, culture="de", country=cc)
        f.t("Arztbrief\n\n").t("Patient" + ("in" if p.female else "") + ": ").e(p.full, PER).t(", geb. ").e(fdate(rng, p.dob, "de", style="dot"), DOB)
        f.t("\nwohnhaft: ").e(p.addr, ADR).t("\nVersichertennummer: ").e(health_plan_no(rng, 7), HPN)
        f.t(f" ({rng.choice(['AOK Bayern', 'Techniker Krankenkasse', 'Barmer', 'DAK-Gesundheit'])})\n")
        if rng.random() < .5:
            f.t("Fallnummer: ").t(digits(rng, 9)).t(" / Patienten-ID: ").e(mrn(rng), MRN).t("\n")
        f.t("\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\n")
        f.t("wir berichten über ").t("Ihre Patientin" if p.female else "Ihren Patienten").t(", die/der sich vom ").e(fdate(rng, d0, "de", style="dot"), DT)
        f.t(" bis ").e(fdate(rng, after(rng, d0, 2, 10), "de", style="dot"), DT).t(f" in unserer stationären Behandlung befand.\n\n")
        dx = rng.choice(ICD10)
        f.t(f"Diagnose: {dx[1]} ({dx[0]})\nMedikation: {rng.choice(['Metformin 1000 mg 1-0-1', 'Ramipril 5 mg 1-0-0', 'Pantoprazol 40 mg 1-0-0', 'Bisoprolol 2,5 mg 1-0-0'])}\n\n")
        f.t("Wiedervorstellung am ").e(fdate(rng, after(rng, d0, 14, 40), "de", style="long"), DT).t(" um ").e(ftime(rng, lang="de", business=True), DT).t(".\n")
        f.t("Rückfragen gerne unter ").e(phone(rng, cc), PHO).t(".\n\nMit kollegialen Grüßen\nDr. med. ").e(doc.full, PER).t("\nOberarzt Innere Medizin\n")
    return f


def g_multi_fr(rng):
    f = F()
    cc = rng.choice(["FR", "FR", "FR", "CA"])
    p = Person(rng, culture=rng.choice(["fr", "fr", "ar", "ng", "vn"]), country=cc)
    p.phone = phone(rng, cc)
    p.addr = address(rng, cc)[0]
    d0 = rdate(rng)
    if rng.random() < .55:  # réclamation
        f.e(p.full, PER).t("\n").e(address(rng, cc, multiline=True)[0], ADR).t("\n").e(p.phone, PHO).t(" - ").e(p.email, EMA).t("\n\n")
        f.t("Proseware Énergie - Service clients\n\n")
        f.t("Objet : Réclamation - facture n° ").t(invoice_no(rng)).t("\nRéférence client : ").e(account_no(rng, rng.choice([0, 2])), ACC).t("\n\n")
        f.t("Madame, Monsieur,\n\nJe soussigné" + ("e" if p.female else "") + " ").e(p.full, PER).t(", né" + ("e" if p.female else "") + " le ")
        f.e(fdate(rng, p.dob, "fr"), DOB).t(" à ").e(any_location(rng), LOC).t(", conteste la facture du ").e(fdate(rng, d0, "fr"), DT)
        f.t(f" d'un montant de {amount(rng, '€', 80, 900)}. Le relevé du compteur effectué le ").e(fdate(rng, d0 - TD(days=rng.randint(5, 30)), "fr", style="long"), DT)
        f.t(" à ").e(ftime(rng, lang="fr", business=True), DT).t(" ne correspond pas à ma consommation réelle.\n\n")
        f.t("Je vous prie de bien vouloir rembourser le trop-perçu sur mon compte ").e(iban(rng, "FR"), IBAN).t(f" (BIC {rng.choice(['BNPAFRPP', 'SOGEFRPP', 'CRLYFRPP', 'AGRIFRPP'])}).\n\n")
        f.t("Je reste joignable au ").e(p.phone, PHO).t(f" {rng.choice(['en semaine après 18h', 'le matin', 'à tout moment'])}.\n\n")
        f.t("Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nFait à ").e(city_of(rng, cc), LOC).t(", le ").e(fdate(rng, d0 + TD(days=2), "fr", style="long"), DT).t("\n").e(p.full, PER).t("\n")
    else:  # dossier patient / mutuelle
        med = Person(rng, culture="fr", country=cc)
        f.t("COMPTE RENDU DE CONSULTATION\n\n")
        pairs = [("Nom", E(p.last.upper(), PER)), ("Prénom", E(p.first, PER)),
                 ("Date de naissance", E(fdate(rng, p.dob, "fr", style="slash"), DOB)),
                 ("Adresse", E(p.addr, ADR)), ("Tél.", E(p.phone, PHO)),
                 ("N° dossier", E(mrn(rng), MRN)),
                 ("Mutuelle", F().t(rng.choice(["MGEN", "Harmonie Mutuelle", "Malakoff Humanis"]) + ", n° adhérent ").e(health_plan_no(rng, rng.choice([0, 5, 7])), HPN))]
        f.add(render_form(pairs, sep=" : "))
        f.t("\nConsultation du ").e(fdate(rng, d0, "fr", style="wd"), DT).t(" à ").e(ftime(rng, lang="fr", business=True), DT).t(".\n")
        f.t(f"Motif : {rng.choice(['douleurs lombaires', 'toux persistante', 'contrôle tension artérielle', 'suivi diabète'])}. ")
        f.t(f"Traitement : {rng.choice(['paracétamol 1 g', 'amoxicilline 1 g', 'ramipril 5 mg'])}. Prochain rendez-vous dans trois semaines.\n")
        f.t("Dr ").e(med.full, PER).t(" - ").e(corp_email(rng, med, "cabinet-" + slug(med.last) + ".fr"), EMA).t("\n")
    return f


def g_multi_es(rng):
    f = F()
    cc = rng.choice(["ES", "ES", "MX"])
    p = Person(rng, culture="es", country=cc)
    d0 = rdate(rng)
    k = rng.randrange(3)
    if k == 0:  # reserva
        air, code, dom = rng.choice(AIRLINES[:3] + AIRLINES[4:5])
        (c1, a1), (c2, a2) = rng.sample(AIRPORTS, 2)
        f.t(f"Asunto: Cambio de reserva {pnr(rng)}\n\nHola ").e(p.first, PER).t(",\n\n")
        f.t(f"Te confirmamos el cambio de tu vuelo {code}{rng.randint(100, 9999)} de ").e(c1, LOC).t(" a ").e(c2, LOC).t(" al ")
        f.e(fdate(rng, d0, "es", style="long"), DT).t(" a las ").e(ftime(rng, lang="es"), DT).t(". La diferencia de tarifa ")
        f.t(f"({amount(rng, '€', 20, 300)}) se ha cargado en la tarjeta ")
        cn, _ = card_number(rng)
        f.e(cn, CC).t(".\n\nDatos del pasajero:\n")
        f.add(render_form([("Nombre", E(p.name(rng.choice(["caps", "full"])), PER)),
                           ("Fecha de nacimiento", E(fdate(rng, p.dob, "es", style="slash"), DOB)),
                           ("Teléfono", E(p.phone, PHO)), ("Correo", E(p.email, EMA))], bullet="- "))
        f.t("\nPuedes gestionar tu reserva en ").e(url(rng, "www." + dom, 1), URL).t(".\n\nUn saludo,\nEquipo de Atención al Cliente\n")
    elif k == 1:  # historia clínica
        med = Person(rng, culture="es", country=cc)
        f.t("INFORME DE ALTA\n\nPaciente: ").e(p.name(rng.choice(["caps", "full"])), PER).t("\nNº historia clínica: ").e(mrn(rng), MRN)
        f.t("\nFecha de nacimiento: ").e(fdate(rng, p.dob, "es"), DOB).t("\nDomicilio: ").e(p.addr, ADR).t("\n")
        f.t("Tarjeta sanitaria / póliza: ").e(health_plan_no(rng, rng.choice([0, 3, 7])), HPN).t("\n\n")
        f.t("Ingreso el ").e(fdate(rng, d0, "es", style="long"), DT).t(f" por {rng.choice(['neumonía adquirida en la comunidad', 'fractura de tibia', 'dolor torácico atípico'])} ({rng.choice(ICD10)[0]}). ")
        f.t(f"Tratamiento con {rng.choice(['amoxicilina', 'enoxaparina', 'paracetamol', 'omeprazol'])}. ")
        f.t("Control en consulta externa el ").e(fdate(rng, after(rng, d0, 10, 30), "es", style="slash"), DT).t(".\n\n")
        f.t("Dra. " if med.female else "Dr. ").e(med.full, PER).t("\nServicio de Medicina Interna - tel. ").e(phone(rng, cc), PHO).t("\n")
    else:  # reclamación bancaria chat
        ck = Clock(rng, d0)
        ag = Person(rng, culture="es", country=cc)
        f.t("Chat - Banca Online\n")

        def turn(agent_side):
            ck.tick(20, 240)
            f.t("[").e(ck.hm(), DT).t("] ")
            if agent_side:
                f.e(ag.first, PER).t(": ")
            else:
                f.e(p.first.lower(), PER).t(": ")

        turn(False)
        f.t("hola, tengo un cargo que no reconozco de ").t(amount(rng, "€", 20, 900)).t(" del ")
        f.e(fdate(rng, d0 - TD(days=2), "es", style="slash"), DT).t(" en ").e(city_of(rng), LOC).t("\n")
        turn(True)
        f.t("Lo siento. ¿Me confirma su número de cuenta y su DNI, por favor?\n")
        turn(False)
        f.t("el IBAN es ").e(iban(rng, "ES" if cc == "ES" else rng.choice(["ES", "DE"])), IBAN).t(" y mi móvil ").e(p.phone, PHO)
        f.t(" (el DNI prefiero no ponerlo aquí)\n")
        turn(True)
        f.t("Gracias. He bloqueado la tarjeta ").t(masked_card(rng)).t(f" y abierto la incidencia {ticket_no(rng, 'INC')}. ")
        f.t("Recibirá una nueva en su domicilio en 5 días.\n")
        turn(False)
        f.t("vale gracias!! mi correo por si acaso es ").e(p.email, EMA).t("\n")
    return f


def g_multi_pt(rng):
    f = F()
    cc = rng.choice(["BR", "BR", "PT"])
    p = Person(rng, culture="pt", country=cc)
    d0 = rdate(rng)
    if rng.random() < .6:
        at = Person(rng, culture="pt", country=cc)
        f.t(f"Protocolo de atendimento nº {no_luhn(digits(rng, 12))}\nAtendente: ").e(at.full, PER).t("\n\n")
        pairs = [("Cliente", E(p.name(rng.choice(["full", "caps"])), PER)),
                 ("Data de nascimento", E(fdate(rng, p.dob, "pt", style="slash"), DOB)),
                 ("Endereço", E(p.addr, ADR)), ("Telefone", E(p.phone, PHO)), ("E-mail", E(p.email, EMA))]
        f.add(render_form(pairs))
        f.t("\nRelato: cliente informa que em ").e(fdate(rng, d0, "pt"), DT).t(", às ").e(ftime(rng, lang="pt"), DT)
        f.t(", houve uma compra não reconhecida no cartão ")
        cn, _ = card_number(rng)
        f.e(cn, CC).t(f" no valor de {amount(rng, 'R$', 30, 3000)} em ").e(city_of(rng), LOC).t(". ")
        f.t("Cartão bloqueado; contestação aberta. ")
        if cc == "BR":
            f.t(f"Estorno na agência {rng.randint(1, 9999):04d}, conta corrente ").e(account_no(rng, rng.choice([4, 5])), ACC).t(".\n")
        else:
            f.t("Estorno para o IBAN ").e(iban(rng, "PT"), IBAN).t(".\n")
        f.t(f"Prazo de resposta: até 10 dias úteis. Cliente será contatado {rng.choice(['amanhã de manhã', 'na próxima semana', 'em breve'])}.\n")
    else:
        med = Person(rng, culture="pt", country=cc)
        f.t("FICHA DE ATENDIMENTO - Clínica Vida Plena\n\nPaciente: ").e(p.full, PER).t("  |  Prontuário: ").e(mrn(rng), MRN)
        f.t("\nNascimento: ").e(fdate(rng, p.dob, "pt", style="slash"), DOB).t("  |  Convênio: ").t(rng.choice(["Unimed", "Bradesco Saúde", "SulAmérica", "Amil"]))
        f.t(", carteirinha ").e(health_plan_no(rng, rng.choice([0, 5])), HPN).t("\n")
        f.t("Contato: ").e(p.phone, PHO).t(" / ").e(p.email, EMA).t("\n\n")
        f.t("Consulta em ").e(fdate(rng, d0, "pt", style="long"), DT).t(" com Dr" + ("a" if med.female else "") + ". ").e(med.full, PER)
        f.t(f". Queixa: {rng.choice(['cefaleia recorrente', 'dor lombar', 'tosse há 2 semanas'])}. Prescrito {rng.choice(['dipirona 500 mg', 'losartana 50 mg', 'amoxicilina 500 mg'])}. ")
        f.t("Retorno em ").e(fdate(rng, after(rng, d0, 15, 45), "pt", style="slash"), DT).t(" às ").e(ftime(rng, lang="pt", business=True), DT).t(".\n")
    return f


# ==================================================================================
# Registry / generation
# ==================================================================================
DOMAINS = [
    ("travel", g_travel, 1.0), ("insurance", g_insurance, 1.0), ("telecom", g_telecom, 1.0),
    ("vet", g_vet, 0.9), ("university", g_university, 1.0), ("utility", g_utility, 0.9),
    ("ecommerce", g_ecommerce, 1.0), ("immigration", g_immigration, 0.8), ("payroll", g_payroll, 1.0),
    ("dental", g_dental, 0.8), ("mortgage", g_mortgage, 0.8), ("crypto", g_crypto, 1.0),
    ("cicd", g_cicd, 1.1), ("k8s", g_k8s, 1.1), ("config", g_config, 1.3), ("source_code", g_code, 1.0),
    ("llm_prompt", g_llm, 1.3),
    ("clinical", g_clinical, 1.0), ("hr_onboarding", g_hr, 0.8), ("bank_fraud", g_bankfraud, 1.0),
    ("rental", g_rental, 0.8), ("multi_de", g_multi_de, 0.8), ("multi_fr", g_multi_fr, 0.8),
    ("multi_es", g_multi_es, 0.8), ("multi_pt", g_multi_pt, 0.8),
]


def _build(seed, i):
    """returns (domain_name, F) for document i; pure function of (seed, i)."""
    last = None
    for attempt in range(40):
        key = f"{seed}-{i}" if attempt == 0 else f"{seed}-{i}-r{attempt}"
        rng = random.Random(key)
        name, gen, _ = wchoice(rng, [((n, g, w), w) for n, g, w in DOMAINS])
        f = gen(rng)
        n = f.n
        last = (name, f)
        if MIN_LEN <= n <= MAX_LEN:
            return name, f
    return last


def make_doc(seed, i):
    name, f = _build(seed, i)
    return {"id": f"blind11-s{seed}-{i:06d}", "text": f.text(), "entities": f.spans()}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# ==================================================================================
# Validation
# ==================================================================================
def _ssn_ok(v):
    d = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def _jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        return "alg" in hdr
    except Exception:
        return False


VALUE_CHECKS = {
    CC: lambda v: luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19 and re.fullmatch(r"[\d -]+", v) is not None,
    IBAN: iban_valid,
    SSN: _ssn_ok,
    AKEY: lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None,
    ASEC: lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None,
    GHT: lambda v: re.fullmatch(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})", v) is not None,
    SLK: lambda v: re.match(r"xox[bpae][-.]", v) is not None,
    STR: lambda v: re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", v) is not None,
    JWT_: _jwt_ok,
    PK: lambda v: v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----"),
    EMA: lambda v: re.fullmatch(r"[^@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v) is not None,
    URL: lambda v: v.startswith(("http://", "https://")) and " " not in v,
    IP: lambda v: re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f:]+", v) is not None,
}


def validate_doc(doc):
    errs = []
    text = doc["text"]
    if not isinstance(doc.get("id"), str):
        errs.append("id not str")
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        errs.append(f"length {len(text)} out of range")
    prev_end = -1
    for ent in sorted(doc["entities"], key=lambda e: (e["start"], e["end"])):
        s, e, t = ent["start"], ent["end"], ent["type"]
        if t not in TYPE_SET:
            errs.append(f"bad type {t}")
        if not (0 <= s < e <= len(text)):
            errs.append(f"out of bounds/empty {ent}")
            continue
        v = text[s:e]
        if v != v.strip():
            errs.append(f"whitespace at span edge {t} {v!r}")
        if s < prev_end:
            errs.append(f"overlap at {s} ({t})")
        prev_end = max(prev_end, e)
        chk = VALUE_CHECKS.get(t)
        if chk and not chk(v):
            errs.append(f"value check failed {t} {v!r}")
    return errs


def consistency_warnings(doc):
    """labelled values that also occur elsewhere in the text without any label."""
    text = doc["text"]
    covered = [False] * len(text)
    for e in doc["entities"]:
        for k in range(e["start"], e["end"]):
            covered[k] = True
    out = []
    seen = set()
    for e in doc["entities"]:
        v = text[e["start"]:e["end"]]
        if len(v) < 4 or v in seen or e["type"] in (DT,):
            continue
        seen.add(v)
        for m in re.finditer(r"(?<![\w@.])" + re.escape(v) + r"(?![\w@])", text):
            if not any(covered[m.start():m.end()]):
                ctx = text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")
                if any(b in ctx for b in BRANDS) or any(b.upper() in ctx for b in BRANDS):
                    continue
                out.append((e["type"], v, ctx))
    return out


def run_check(n=3000, seed=0, verbose=True):
    counts = Counter()
    dom_counts = Counter()
    n_err = 0
    warns = []
    total_chars = 0
    lengths = []
    for i in range(n):
        name, f = _build(seed, i)
        doc = {"id": f"blind11-s{seed}-{i:06d}", "text": f.text(), "entities": f.spans()}
        dom_counts[name] += 1
        errs = validate_doc(doc)
        if errs:
            n_err += 1
            if n_err <= 20:
                print(f"[ERR] doc {i} ({name}): {errs[:5]}")
        for e in doc["entities"]:
            counts[e["type"]] += 1
        total_chars += len(doc["text"])
        lengths.append(len(doc["text"]))
        for w in consistency_warnings(doc):
            warns.append((i, name) + w)
    # determinism
    det_ok = all(make_doc(seed, i) == make_doc(seed, i) for i in range(0, n, max(1, n // 50)))
    det_ok = det_ok and list(generate(5, seed)) == [make_doc(seed, i) for i in range(5)]
    if verbose:
        print(f"checked {n} docs (seed={seed}); docs with errors: {n_err}; deterministic: {det_ok}")
        print(f"length: min {min(lengths)}, max {max(lengths)}, mean {total_chars / n:.0f} chars")
        tot = sum(counts.values())
        print(f"entities: {tot}  ({tot / total_chars * 1000:.1f} per 1000 chars)")
        print("\nper-type counts:")
        for t in ALLOWED_TYPES:
            print(f"  {t:<22} {counts[t]:>6}")
        missing = [t for t in ALLOWED_TYPES if counts[t] == 0]
        print("\nper-domain docs:")
        for d_, c_ in sorted(dom_counts.items(), key=lambda x: -x[1]):
            print(f"  {d_:<16} {c_:>5}")
        print(f"\nconsistency warnings (labelled value also present unlabelled): {len(warns)}")
        for w in warns[:15]:
            print("   ", w)
        if missing:
            print("MISSING TYPES:", missing)
    ok = n_err == 0 and det_ok and all(counts[t] > 0 for t in ALLOWED_TYPES)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def show(doc):
    print("=" * 100)
    print(doc["id"])
    print("-" * 100)
    print(doc["text"])
    print("-" * 100)
    for e in doc["entities"]:
        print(f"  {e['type']:<22} [{e['start']}:{e['end']}] {doc['text'][e['start']:e['end']]!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", "-o", default=None, help="JSONL output path (default: stdout)")
    ap.add_argument("--check", action="store_true", help="validate 3000 docs and print per-type counts")
    ap.add_argument("--check-n", type=int, default=3000)
    ap.add_argument("--sample", type=int, default=0, help="pretty-print N docs (from --start) with spans")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--stats", action="store_true", help="print per-type counts for --n/--seed")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if run_check(a.check_n, a.seed) else 1
    if a.sample:
        for i in range(a.start, a.start + a.sample):
            show(make_doc(a.seed, i))
        return 0
    if a.stats:
        c = Counter()
        for d in generate(a.n, a.seed):
            c.update(e["type"] for e in d["entities"])
        for t in ALLOWED_TYPES:
            print(f"{t:<22} {c[t]:>6}")
        print(f"{'TOTAL':<22} {sum(c.values()):>6}")
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for d in generate(a.n, a.seed):
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
