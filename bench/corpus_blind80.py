r"""Blind corpus 80 -- OCR'd and PDF-extracted documents across sectors.

Synthetic scanned letters, invoices, bank statements, ID-card and passport
scans (with MRZ lines), medical referral faxes, payslips, utility bills, tax
forms, IT print-outs and more, rendered with typical extraction artefacts:
hyphenation at line breaks, broken line wraps, interleaved two-column text,
ligature / character confusions in ordinary words, page headers and footers,
form-field boxes ("Name: ____ John Smith") and tables flattened with spaces.
MRZ lines are never labelled (only the visible name / date fields are).
In interleaved two-column layouts every contiguous address fragment is its
own ADDRESS span.  Fax transmission header stamps are treated like e-mail
Date: headers (not labelled); the phone numbers in them are labelled.

Usage: corpus_blind80.py --check | --sample K | --n N --seed S --output F.jsonl

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
import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from urllib.parse import urlparse

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
]
PER, EM, PH, SSN, CC, IBAN = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE"
IP, DOB, DT, LOC, ADR, URL = "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKID, ASK, GH, SLK, STR = "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY"
JWT, PEM, PWD, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"
RAW = "_raw"  # pseudo type: plain text that must not get OCR noise

# ---------------------------------------------------------------------------
# OCR noise: ligatures and character confusions in ordinary words only
# ---------------------------------------------------------------------------
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]{4,}")
_CONF = [("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ"), ("ffi", "ﬃ"), ("fi", "ﬁ"), ("fl", "ﬂ"),
         ("rn", "m"), ("m", "rn"), ("cl", "d"), ("l", "1"), ("I", "l"), ("O", "0"),
         ("o", "0"), ("e", "c"), ("h", "b"), ("w", "vv"), ("c", "e"), ("tt", "ti"),
         ("n", "ri"), ("S", "5"), ("B", "8"), ("i", "l"), ("u", "ii"), ("a", "o")]


def ocr_noise(r, s, p):
    def rep(m):
        w = m.group(0)
        if r.random() >= p:
            return w
        opts = [(a, c) for a, c in _CONF if a in w]
        if not opts:
            return w
        a, c = r.choice(opts)
        idx = [i for i in range(len(w)) if w.startswith(a, i)]
        i = r.choice(idx)
        return w[:i] + c + w[i + len(a):]
    return _WORD.sub(rep, s)


# ---------------------------------------------------------------------------
# Builder: text and spans are built together
# ---------------------------------------------------------------------------
class B:
    def __init__(self, r, lang="en", noise=0.0):
        self.r = r
        self.lang = lang
        self.noise = noise
        self.buf = []
        self.n = 0
        self.col = 0
        self.ents = []

    def raw(self, s):
        if not s:
            return self
        self.buf.append(s)
        self.n += len(s)
        k = s.rfind("\n")
        self.col = len(s) - k - 1 if k >= 0 else self.col + len(s)
        return self

    def t(self, s):
        if self.noise and s:
            s = ocr_noise(self.r, s, self.noise)
        return self.raw(s)

    def e(self, s, typ=None):
        if typ == RAW:
            return self.raw(s)
        if not typ:
            return self.t(s)
        assert s == s.strip() and s, repr(s)
        self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        return self.raw(s)

    def seq(self, *segs):
        for sg in segs:
            if isinstance(sg, tuple):
                self.e(*sg)
            elif sg:
                self.t(sg)
        return self

    def nl(self, k=1):
        return self.raw("\n" * k)

    def text(self):
        return "".join(self.buf)


def seg_text(sg):
    return sg[0] if isinstance(sg, tuple) else sg


def flow(b, segs, width=None, hyph=0.4, indent=""):
    """Lay out prose (str / (text, type) segments) wrapped at `width`, with
    hyphenation of long ordinary words at line ends.  Entities are atomic."""
    r = b.r
    width = width or r.randint(52, 92)
    toks = []
    sp = False
    for sg in segs:
        if isinstance(sg, tuple):
            toks.append((sg[0], sg[1], sp))
            sp = False
            continue
        for p in re.split(r"(\s+)", sg):
            if not p:
                continue
            if p.isspace():
                if p.count("\n") >= 2:
                    toks.append(("\n\n", None, False))
                    sp = False
                else:
                    sp = True
            else:
                toks.append((p, None, sp))
                sp = False
    for text, typ, s in toks:
        if text == "\n\n":
            b.raw("\n\n" + indent)
            continue
        need = len(text) + (1 if s else 0)
        if s and b.col > len(indent) and b.col + need > width:
            room = width - b.col - 2
            if (typ is None and len(text) >= 8 and text.isalpha() and room >= 3
                    and len(text) - room >= 3 and r.random() < hyph):
                b.raw(" ")
                b.t(text[:room])
                b.raw("-\n" + indent)
                b.t(text[room:])
                continue
            b.raw("\n" + indent)
            s = False
        if s:
            b.raw(" ")
        b.e(text, typ)
    return b


FIELD_STYLES = ["colon", "colon", "under", "under2", "dots", "box", "pipe", "tab", "colon2"]


def field(b, label, val, typ=None, style=None, end="\n"):
    """Form field such as 'Name: ____ John Smith'.  val may be a str or a
    list of segments."""
    r = b.r
    st = style or r.choice(FIELD_STYLES)
    segs = val if isinstance(val, list) else [(val, typ)]
    if st == "colon":
        b.t(label + ": ")
        b.seq(*segs)
    elif st == "colon2":
        b.t(label + ":" + " " * r.randint(2, 9))
        b.seq(*segs)
    elif st == "under":
        b.t(label + ": ").raw("_" * r.randint(2, 6) + " ")
        b.seq(*segs)
    elif st == "under2":
        b.t(label + ":").raw("_" * r.randint(1, 4))
        b.seq(*segs)
        b.raw("_" * r.randint(2, 8))
    elif st == "dots":
        b.t(label + " ").raw("." * r.randint(3, 12) + " ")
        b.seq(*segs)
    elif st == "box":
        b.t(label + " ").raw("[ ")
        b.seq(*segs)
        b.raw(" ]")
    elif st == "pipe":
        b.t(label + " ").raw("| ")
        b.seq(*segs)
        b.raw(" |")
    else:
        b.t(label).raw(" " * r.randint(3, 14))
        b.seq(*segs)
    b.raw(end)
    return b


def line(x):
    if isinstance(x, list):
        return x
    if isinstance(x, tuple):
        return [x]
    return [x] if x else []


def twocol(b, left, right, width=None, plain=False):
    """Interleave two columns line by line (PDF extraction artefact)."""
    r = b.r
    left = [line(x) for x in left]
    right = [line(x) for x in right]
    width = width or (max([sum(len(seg_text(s)) for s in ln) for ln in left] + [10]) + r.randint(3, 12))
    for i in range(max(len(left), len(right))):
        L = left[i] if i < len(left) else []
        R = right[i] if i < len(right) else []
        st = b.n
        for sg in L:
            if isinstance(sg, tuple):
                b.e(*sg)
            elif plain:
                b.raw(sg)
            else:
                b.t(sg)
        used = b.n - st
        if R:
            b.raw(" " * max(2, width - used))
            for sg in R:
                if isinstance(sg, tuple):
                    b.e(*sg)
                elif plain:
                    b.raw(sg)
                else:
                    b.t(sg)
        b.raw("\n")
    return b


def table(b, rows, gap=(2, 5), ragged=None, noisy=False):
    """Table flattened into lines with runs of spaces between cells."""
    r = b.r
    if ragged is None:
        ragged = r.random() < 0.3
    ncol = max(len(rw) for rw in rows)
    widths = [0] * ncol
    for rw in rows:
        for j, c in enumerate(rw):
            widths[j] = max(widths[j], len(seg_text(c)))
    g = r.randint(*gap)
    for rw in rows:
        for j, c in enumerate(rw):
            if isinstance(c, tuple):
                b.e(*c)
            elif noisy:
                b.t(c)
            else:
                b.raw(c)
            if j < len(rw) - 1:
                pad = r.randint(2, 4) if ragged else widths[j] - len(seg_text(c)) + g
                b.raw(" " * max(2, pad))
        b.raw("\n")
    return b


PAGE_FMT = {
    "en": ["Page {p} of {n}", "- {p} -", "Page {p}/{n}", "{p}", "PAGE {p} OF {n}", "Pg {p}"],
    "de": ["Seite {p} von {n}", "Seite {p}/{n}", "- {p} -"],
    "fr": ["Page {p}/{n}", "Page {p} sur {n}", "- {p} -"],
    "es": ["Página {p} de {n}", "Pág. {p}/{n}"],
    "it": ["Pagina {p} di {n}", "Pag. {p}/{n}"],
    "nl": ["Pagina {p} van {n}", "Blad {p}/{n}"],
    "pt": ["Página {p} de {n}", "Pág. {p}/{n}"],
    "pl": ["Strona {p} z {n}", "str. {p}/{n}"],
    "sv": ["Sida {p} av {n}", "Sida {p}({n})"],
    "tr": ["Sayfa {p}/{n}", "Sayfa {p} / {n}"],
}


def page_footer(b, p, n, extra=None):
    r = b.r
    f = r.choice(PAGE_FMT.get(b.lang, PAGE_FMT["en"])).format(p=p, n=n)
    b.raw("\n" * r.randint(1, 3))
    if extra and r.random() < 0.7:
        b.raw(extra + " " * r.randint(3, 30) + f + "\n")
    else:
        b.raw(" " * r.randint(0, 30) + f + "\n")
    return b


def page_break(b, p, n, header=None, extra=None):
    page_footer(b, p, n, extra)
    b.raw("\x0c" if b.r.random() < 0.3 else "")
    if header:
        b.raw("\n")
        b.seq(*line(header))
        b.raw("\n")
    b.raw("\n")
    return b


PAD = {
    "en": "No further information is provided on this page.",
    "de": "Auf dieser Seite folgen keine weiteren Angaben.",
    "fr": "Aucune autre information ne figure sur cette page.",
    "es": "No hay más información en esta página.",
    "it": "Nessun'altra informazione è riportata in questa pagina.",
    "nl": "Op deze pagina staat verder geen informatie.",
    "pt": "Não há mais informações nesta página.",
    "pl": "Na tej stronie nie ma dalszych informacji.",
    "sv": "Ingen ytterligare information finns på denna sida.",
    "tr": "Bu sayfada başka bilgi bulunmamaktadır.",
}

# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
NAMES = {
    "en": ("James Mary Robert Patricia Michael Jennifer David Linda Emily Daniel Ashley Tyler "
           "Brianna Kevin Megan Latoya DeShawn Connor Aiden Shirley Harold Dorothy Marcus Kayla "
           "Gregory Tamika Brandon Heather".split(),
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
           "Jackson Martin Thompson White Harris Clark Lewis Robinson O'Brien McAllister "
           "Fitzgerald Griffiths Coffey Whitfield Washington Hughes Sullivan".split()),
    "ie": ("Siobhan Cillian Aoife Niamh Padraig Orla".split(),
           ["Ó Súilleabháin", "Mac Giolla", "O'Connell", "Kavanagh", "Ní Bhriain", "Doherty"]),
    "de": ("Lukas Anna Jürgen Sabine Maximilian Sophie Klaus Ursula Felix Lea Dieter Katharina "
           "Jörg Heike Torsten Mareike".split(),
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "von Bülow",
            "Schulze-Hagen", "zu Dohna", "Krüger", "Neumann"]),
    "fr": ("Jean Marie Pierre Camille Élodie François Hélène Théo Chloé Jean-Luc Anne-Sophie "
           "Mathilde Benoît Aurélie".split(),
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Lefèvre", "de La Fontaine", "Giraud-Lambert", "Dupont",
            "Fontaine", "Chevalier", "Rousseau"]),
    "es": ("José María Carmen Javier Lucía Alejandro Pilar Sergio Nuria Íñigo Rocío Álvaro".split(),
           ["García", "López", "Fernández", "Ruiz", "Martínez", "Sánchez", "Pérez", "Gil",
            "Gómez", "Díaz", "Moreno", "Jiménez", "de la Cruz", "del Río", "Ortega"]),
    "it": ("Giuseppe Maria Francesca Luca Alessandro Giulia Matteo Chiara Paolo Federica Lorenzo".split(),
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "De Luca", "Di Stefano", "Lo Bianco", "D'Angelo", "Greco", "Marino", "Conti"]),
    "nl": ("Jan Sanne Daan Femke Pieter Anouk Thijs Lotte Bram Maarten Ilse".split(),
           ["de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "de Jong", "van der Meer", "Mulder", "Vermeulen", "van Leeuwen"]),
    "pt": ("João Ana Pedro Mariana Tiago Beatriz Rui Inês Gonçalo Leonor".split(),
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "da Silva",
            "dos Santos", "Gonçalves", "Sousa", "Rodrigues", "Almeida"]),
    "pl": ("Piotr Anna Krzysztof Katarzyna Tomasz Agnieszka Łukasz Małgorzata Paweł Zofia".split(),
           ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski",
            "Zieliński", "Szymańska", "Dąbrowski", "Kozłowska", "Jankowski"]),
    "sv": ("Erik Anna Lars Karin Johan Ingrid Oskar Maja Björn Astrid".split(),
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Lindqvist", "Öberg", "Bergström", "Holm"]),
    "tr": ("Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Hüseyin Gülşen".split(),
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
            "Koç"]),
    "ar": ("Ahmed Fatima Omar Layla Yusuf Mariam Khalid Noor Tariq Huda".split(),
           ["al-Hassan", "Haddad", "El-Amin", "Abdullah", "Al Mansouri", "bin Rashid", "Nasser",
            "Khoury", "al-Farsi"]),
    "in": ("Priya Rahul Ananya Vikram Sanjay Deepa Arjun Lakshmi Kavya Rohan".split(),
           ["Patel", "Sharma", "Iyer", "Reddy", "Gupta", "Nair", "Chatterjee", "Venkataraman",
            "Banerjee", "Menon"]),
    "cn": ("Wei Jun Xiaoming Mei Hao Yan Jing Lei".split(),
           ["Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhao", "Zhou", "Xu"]),
    "ng": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka".split(),
           ["Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Adebayo", "Obi"]),
    "vn": ("Minh Lan Quang Huong Tuan Linh".split(),
           ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"]),
    "ko": ("Min-jun Seo-yeon Ji-ho Hyun-woo Yuki Hiroshi Haruka".split(),
           ["Kim", "Park", "Lee", "Choi", "Tanaka", "Suzuki", "Yamamoto"]),
}
MIX = {
    "en": ["en"] * 8 + ["ie", "ar", "in", "cn", "ng", "vn", "ko", "es", "it", "de", "pl", "fr", "nl", "pt", "tr"],
    "de": ["de"] * 8 + ["tr", "pl", "it", "ar", "en", "nl"],
    "fr": ["fr"] * 8 + ["ar", "pt", "es", "it", "ng", "vn"],
    "es": ["es"] * 9 + ["pt", "it", "fr", "ar"],
    "it": ["it"] * 9 + ["es", "fr", "ar", "de"],
    "nl": ["nl"] * 8 + ["tr", "ar", "de", "en", "in"],
    "pt": ["pt"] * 9 + ["es", "fr", "ng"],
    "pl": ["pl"] * 10 + ["de", "en"],
    "sv": ["sv"] * 8 + ["ar", "pl", "tr", "de"],
    "tr": ["tr"] * 10 + ["de", "ar"],
}


class Person:
    __slots__ = ("first", "mid", "last", "cult", "female")

    def __init__(self, first, mid, last, cult, female):
        self.first, self.mid, self.last, self.cult, self.female = first, mid, last, cult, female


_FEMALE = set("Mary Patricia Jennifer Linda Emily Ashley Brianna Megan Latoya Kayla Tamika Heather "
              "Shirley Dorothy Siobhan Aoife Niamh Orla Anna Sabine Sophie Ursula Lea Katharina "
              "Heike Mareike Marie Camille Élodie Hélène Chloé Anne-Sophie Mathilde Aurélie María "
              "Carmen Lucía Pilar Nuria Rocío Francesca Giulia Chiara Federica Sanne Femke Anouk "
              "Lotte Ilse Ana Mariana Beatriz Inês Leonor Katarzyna Agnieszka Małgorzata Zofia "
              "Karin Ingrid Maja Astrid Ayşe Fatma Zeynep Elif Gülşen Fatima Layla Mariam Noor "
              "Huda Priya Ananya Deepa Lakshmi Kavya Mei Yan Jing Ngozi Adaeze Funmilayo Chiamaka "
              "Lan Huong Linh Seo-yeon Yuki Haruka".split())


def person(r, lang="en", cult=None):
    c = cult or r.choice(MIX.get(lang, MIX["en"]))
    fs, ls = NAMES[c]
    first = r.choice(fs)
    last = r.choice(ls)
    if c == "es" and " " not in last and r.random() < 0.6:
        last2 = r.choice([x for x in ls if " " not in x and x != last])
        last = f"{last} {last2}"
    elif c in ("en", "de", "fr", "nl") and "-" not in last and r.random() < 0.08:
        last = f"{last}-{r.choice(NAMES[c][1]).split()[-1].capitalize()}"
    elif c == "pt" and r.random() < 0.3:
        x = r.choice(ls)
        last = f"{x} {last}" if x != last else last
    mid = r.choice("ABCDEFGHJKLMNPRSTW") if (c in ("en", "ie", "in", "ng") and r.random() < 0.35) else None
    return Person(first, mid, last, c, first in _FEMALE)


def nm(p, style="full"):
    f, m, l = p.first, p.mid, p.last
    if style == "full":
        return f"{f} {l}"
    if style == "mid":
        return f"{f} {m}. {l}" if m else f"{f} {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "lfm":
        return f"{l}, {f} {m}." if m else f"{l}, {f}"
    if style == "LF":
        return f"{l.upper()}, {f.upper()}"
    if style == "CAPS":
        return f"{f} {l}".upper()
    if style == "CAPSM":
        return (f"{f} {m} {l}" if m else f"{f} {l}").upper()
    if style == "init":
        return f"{f[0]}. {l}"
    if style == "init2":
        return f"{f[0]} {l.upper()}"
    if style == "first":
        return f
    if style == "last":
        return l
    if style == "LAST":
        return l.upper()
    if style == "lower":
        return f"{f} {l}".lower()
    if style == "pnr":
        return f"{l.upper().replace(' ', '').replace(chr(39), '')}/{f.upper().replace(' ', '')}"
    if style == "hl7":
        return f"{l.upper()}^{f.upper()}" + (f"^{m}" if m else "")
    raise ValueError(style)


def rn(r, p, styles=("full", "full", "full", "mid", "lf", "CAPS", "init", "LF")):
    s = nm(p, r.choice(styles))
    if r.random() < 0.03:  # OCR confusion inside a name (letters only)
        for a, c in (("rn", "m"), ("m", "rn"), ("fi", "ﬁ"), ("ff", "ﬀ"), ("cl", "d"), ("li", "h")):
            if a in s:
                s = s.replace(a, c, 1)
                break
    return s


def title(r, p, lang="en"):
    T = {"en": (["Mr.", "Mr", "MR"], ["Ms.", "Mrs.", "Ms", "MRS"]),
         "de": (["Herr", "Hr."], ["Frau", "Fr."]), "fr": (["M.", "Monsieur"], ["Mme", "Madame"]),
         "es": (["Sr.", "D."], ["Sra.", "Dña."]), "it": (["Sig.", "Signor"], ["Sig.ra", "Signora"]),
         "nl": (["Dhr.", "De heer"], ["Mevr.", "Mevrouw"]), "pt": (["Sr.", "Exmo. Sr."], ["Sra.", "Exma. Sra."]),
         "pl": (["Pan"], ["Pani"]), "sv": ([""], [""]), "tr": (["Sayın"], ["Sayın"])}
    m, f = T.get(lang, T["en"])
    return r.choice(f if p.female else m)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("ı", "i").replace("Ł", "L")


MAIL_DOM = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com", "comcast.net", "hotmail.co.uk", "proton.me"],
            "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
            "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
            "es": ["hotmail.es", "gmail.com", "telefonica.net", "yahoo.es"],
            "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
            "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
            "pt": ["sapo.pt", "gmail.com", "netcabo.pt"],
            "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
            "sv": ["telia.com", "gmail.com", "bredband.net"],
            "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"]}


def email(r, p=None, dom=None, lang="en"):
    if p is None:
        loc = r.choice(["billing", "info", "support", "records", "referrals", "hr", "payroll", "noreply",
                        "secretaries", "contact", "accounts", "helpdesk", "it-ops"])
    else:
        f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
        l = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
        loc = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}", f"{f}{r.randint(60, 99)}"])
    return f"{loc}@{dom or r.choice(MAIL_DOM.get(lang, MAIL_DOM['en']))}"

# ---------------------------------------------------------------------------
# Places, addresses, phones
# ---------------------------------------------------------------------------
US_CITIES = [("Springfield", "IL", "627"), ("Columbus", "OH", "432"), ("Tucson", "AZ", "857"),
             ("Portland", "OR", "972"), ("Raleigh", "NC", "276"), ("Albany", "NY", "122"),
             ("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Madison", "WI", "537"),
             ("Boise", "ID", "837"), ("Savannah", "GA", "314"), ("Lansing", "MI", "489"),
             ("Fresno", "CA", "937"), ("Omaha", "NE", "681"), ("Richmond", "VA", "232"),
             ("Tampa", "FL", "336"), ("Spokane", "WA", "992"), ("Des Moines", "IA", "503"),
             ("St. Louis", "MO", "631"), ("Sacramento", "CA", "958"), ("Brooklyn", "NY", "112"),
             ("Worcester", "MA", "016"), ("Baton Rouge", "LA", "708"), ("Knoxville", "TN", "379")]
US_STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "AZ": "Arizona", "OR": "Oregon", "NC": "North Carolina",
                  "NY": "New York", "TX": "Texas", "CO": "Colorado", "WI": "Wisconsin", "ID": "Idaho",
                  "GA": "Georgia", "MI": "Michigan", "CA": "California", "NE": "Nebraska", "VA": "Virginia",
                  "FL": "Florida", "WA": "Washington", "IA": "Iowa", "MO": "Missouri", "MA": "Massachusetts",
                  "LA": "Louisiana", "TN": "Tennessee"}
US_STREETS = ["Maple Ave", "Oak Street", "Elm St", "Washington Blvd", "Lincoln Way", "Cedar Ln",
              "Martin Luther King Jr Blvd", "Park Pl", "Lakeview Dr", "Pine Ridge Rd", "N Main St",
              "W 3rd St", "Jefferson Ave", "Harrison Ct", "Willow Creek Pkwy", "E Broadway",
              "Old Mill Road", "Sycamore Trl", "Chestnut Hill Rd", "S 14th Street"]
UNITS = ["Apt 4B", "Apt. 12", "Unit 7", "Suite 210", "Ste 300", "#5", "Apt 2F", "Fl 3"]
CA_CITIES = [("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"), ("Calgary", "AB", "T2P"),
             ("Ottawa", "ON", "K1P"), ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3C")]
AU_CITIES = [("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000"), ("Brisbane", "QLD", "4000"),
             ("Perth", "WA", "6000"), ("Adelaide", "SA", "5000"), ("Hobart", "TAS", "7000")]
UK_CITIES = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Glasgow", "G"), ("Cardiff", "CF"),
             ("Norwich", "NR"), ("York", "YO"), ("Brighton", "BN"), ("Edinburgh", "EH"), ("Belfast", "BT")]
UK_STREETS = ["Kingsley Road", "High Street", "Church Lane", "Victoria Avenue", "Mill Close",
              "Queens Drive", "Station Road", "Albert Terrace", "Grange Crescent", "Priory Walk"]
DE_CITIES = [("Berlin", "10"), ("Köln", "50"), ("München", "80"), ("Hamburg", "20"), ("Leipzig", "04"),
             ("Stuttgart", "70"), ("Dresden", "01"), ("Bremen", "28"), ("Nürnberg", "90"),
             ("Frankfurt am Main", "60"), ("Hannover", "30"), ("Münster", "48")]
DE_STREETS = ["Heidestraße", "Lindenallee", "Goethestr.", "Am Markt", "Bahnhofstraße", "Schillerplatz",
              "Hauptstraße", "Birkenweg", "Rosenstraße", "Kastanienallee", "Friedrich-Ebert-Str."]
FR_CITIES = [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Toulouse", "31"), ("Nantes", "44"),
             ("Lille", "59"), ("Bordeaux", "33"), ("Strasbourg", "67"), ("Montpellier", "34"), ("Rennes", "35")]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "place de la République",
              "chemin des Vignes", "allée des Tilleuls", "rue Victor Hugo", "impasse des Roses", "quai de la Loire"]
ES_CITIES = [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Zaragoza", "50"),
             ("Málaga", "29"), ("Bilbao", "48"), ("Granada", "18"), ("Murcia", "30")]
ES_STREETS = ["Calle Mayor", "Avda. de la Constitución", "Plaza de España", "C/ Alcalá", "Paseo de Gracia",
              "Calle de Toledo", "Camino de Ronda", "Calle San Vicente"]
IT_CITIES = [("Milano", "20", "MI"), ("Roma", "00", "RM"), ("Torino", "10", "TO"), ("Napoli", "80", "NA"),
             ("Bologna", "40", "BO"), ("Firenze", "50", "FI"), ("Palermo", "90", "PA"), ("Genova", "16", "GE")]
IT_STREETS = ["Via Roma", "Corso Vittorio Emanuele II", "Piazza Garibaldi", "Viale dei Mille", "Via Dante",
              "Via Giuseppe Verdi", "Largo Augusto", "Via del Corso"]
NL_CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Haarlem", "Leiden", "Tilburg"]
NL_STREETS = ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Laan van Meerdervoort", "Stationsweg",
              "Prinsengracht", "Molenweg", "Julianalaan"]
PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Braga", "47"), ("Coimbra", "30"), ("Faro", "80"), ("Aveiro", "38")]
PT_STREETS = ["Rua Augusta", "Avenida da Liberdade", "Travessa do Carmo", "Rua de Santa Catarina",
              "Largo do Rato", "Rua Direita"]
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "8"), ("Wrocław", "5"), ("Poznań", "6"), ("Łódź", "9")]
PL_STREETS = ["ul. Marszałkowska", "al. Jerozolimskie", "ul. Długa", "ul. Piotrkowska", "ul. Floriańska",
              "os. Kalinowe", "ul. Mickiewicza"]
SE_CITIES = [("Stockholm", "1"), ("Göteborg", "4"), ("Malmö", "2"), ("Uppsala", "75"), ("Västerås", "72"), ("Umeå", "90")]
SE_STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Järnvägsgatan", "Skolvägen"]
TR_CITIES = [("İstanbul", ["Kadıköy", "Beşiktaş", "Üsküdar", "Şişli"], "34"), ("Ankara", ["Çankaya", "Keçiören"], "06"),
             ("İzmir", ["Karşıyaka", "Bornova"], "35"), ("Bursa", ["Nilüfer", "Osmangazi"], "16"),
             ("Antalya", ["Muratpaşa", "Konyaaltı"], "07")]
TR_STREETS = ["Atatürk Cad.", "Bağdat Cad.", "Cumhuriyet Cad.", "İnönü Sok.", "Gazi Mustafa Kemal Blv."]
TR_MAH = ["Caferağa", "Moda", "Kızılay", "Alsancak", "Fenerbahçe", "Bahçelievler"]
WORLD = ["Lagos, Nigeria", "Mumbai, India", "Manila, Philippines", "Guadalajara, Mexico", "Kraków, Poland",
         "Dublin, Ireland", "Toronto, Canada", "Seoul, South Korea", "Cairo, Egypt", "Lyon, France",
         "São Paulo, Brazil", "Hanoi, Vietnam", "Izmir, Turkey", "Nairobi, Kenya", "Glasgow, Scotland"]
COUNTRY_NAME = {"US": "USA", "CA": "Canada", "AU": "Australia", "GB": "United Kingdom", "IE": "Ireland",
                "DE": "Deutschland", "FR": "France", "ES": "España", "IT": "Italia", "NL": "Nederland",
                "PT": "Portugal", "PL": "Polska", "SE": "Sverige", "TR": "Türkiye", "IN": "India"}


def L(r, *letters):
    return "".join(r.choice(string.ascii_uppercase) for _ in range(letters[0] if letters else 1))


def D(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


class Addr:
    def __init__(self, street, rest, city, region, postcode, cc, extra=None):
        self.street = street      # first line(s) of the street part (list)
        self.rest = rest          # remaining lines (list), city/postcode lines
        self.city, self.region, self.postcode, self.cc = city, region, postcode, cc

    def lines(self, country=False):
        ls = self.street + self.rest
        if country:
            ls = ls + [COUNTRY_NAME.get(self.cc, self.cc)]
        return ls

    def one(self, country=False, sep=", "):
        return sep.join(self.lines(country))

    def multi(self, country=False):
        return "\n".join(self.lines(country))


def addr(r, cc="US"):
    if cc == "US":
        city, st, z = r.choice(US_CITIES)
        zp = z + D(r, 2)
        s = f"{r.randint(1, 9899)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            s += r.choice([", ", " "]) + r.choice(UNITS)
        return Addr([s], [f"{city}, {st} {zp}" if r.random() < 0.75 else f"{city} {st} {zp}"], city, st, zp, cc)
    if cc == "CA":
        city, pv, pc = r.choice(CA_CITIES)
        pcode = f"{pc} {r.randint(1, 9)}{L(r)}{r.randint(1, 9)}"
        return Addr([f"{r.randint(10, 2999)} {r.choice(['King St W', 'Rue Sainte-Catherine O', 'Robson St', 'Elgin Street', 'Spring Garden Rd'])}"],
                    [f"{city} {pv} {pcode}"], city, pv, pcode, cc)
    if cc == "AU":
        city, stt, pc = r.choice(AU_CITIES)
        pre = f"Unit {r.randint(1, 40)}, " if r.random() < 0.4 else ""
        return Addr([f"{pre}{r.randint(1, 250)} {r.choice(['Beach Rd', 'George St', 'Flinders Lane', 'Hay Street', 'Rundle Mall'])}"],
                    [f"{city.upper() if r.random() < 0.4 else city} {stt} {pc}"], city, stt, pc, cc)
    if cc == "IE":
        town = r.choice(["Dublin 2", "Dublin 4", "Cork", "Galway"])
        return Addr([f"{r.randint(1, 99)} {r.choice(['Harcourt Street', 'Main Street', 'Clontarf Road', 'Patrick Street'])}"],
                    [town, f"{L(r)}{r.randint(10, 99)} {L(r)}{r.randint(1, 9)}{L(r)}{r.randint(1, 9)}"],
                    town.split()[0], None, None, cc)
    if cc == "IN":
        return Addr([f"Flat {r.randint(101, 904)}, {r.choice(['Sai Residency', 'Green Park Apts', 'Lotus Towers'])}",
                     r.choice(["MG Road", "Linking Road", "Anna Salai", "Banjara Hills"])],
                    [r.choice(["Bengaluru, Karnataka 5600", "Mumbai, Maharashtra 4000", "Chennai, Tamil Nadu 6000",
                               "Hyderabad, Telangana 5000"]) + D(r, 2)], "Bengaluru", None, None, cc)
    if cc == "GB":
        city, pa = r.choice(UK_CITIES)
        pc = f"{pa}{r.randint(1, 19)} {r.randint(1, 9)}{L(r)}{L(r)}"
        st = [f"{r.randint(1, 240)} {r.choice(UK_STREETS)}"]
        if r.random() < 0.35:
            st = [f"Flat {r.randint(1, 24)}"] + st if r.random() < 0.5 else [f"Flat {r.randint(1, 24)}, {st[0]}"]
        rest = [city.upper() if r.random() < 0.3 else city, pc] if r.random() < 0.6 else [f"{city} {pc}"]
        return Addr(st, rest, city, None, pc, cc)
    if cc == "DE":
        city, p = r.choice(DE_CITIES)
        plz = p + D(r, 3)
        return Addr([f"{r.choice(DE_STREETS)} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}"], [f"{plz} {city}"], city, None, plz, cc)
    if cc == "FR":
        city, p = r.choice(FR_CITIES)
        cp = p + D(r, 3)
        return Addr([f"{r.randint(1, 180)}{r.choice(['', '', '', ' bis', ' ter'])} {r.choice(FR_STREETS)}"],
                    [f"{cp} {city.upper() if r.random() < 0.5 else city}"], city, None, cp, cc)
    if cc == "ES":
        city, p = r.choice(ES_CITIES)
        cp = p + D(r, 3)
        fl = r.choice(["", f", {r.randint(1, 9)}º {L(r)}", f", {r.randint(1, 9)}º{r.randint(1, 4)}ª", ", bajo"])
        return Addr([f"{r.choice(ES_STREETS)}, {r.randint(1, 220)}{fl}"], [f"{cp} {city}"], city, None, cp, cc)
    if cc == "IT":
        city, p, pr = r.choice(IT_CITIES)
        cap = p + D(r, 3)
        return Addr([f"{r.choice(IT_STREETS)} {r.randint(1, 200)}{r.choice(['', '', '/A', ' int. 4'])}"],
                    [f"{cap} {city} ({pr})" if r.random() < 0.6 else f"{cap} {city} {pr}"], city, pr, cap, cc)
    if cc == "NL":
        city = r.choice(NL_CITIES)
        pc = f"{r.randint(1000, 9999)} {L(r)}{L(r)}"
        return Addr([f"{r.choice(NL_STREETS)} {r.randint(1, 400)}{r.choice(['', '', '-II', ' A', 'hs'])}"],
                    [f"{pc} {city.upper() if r.random() < 0.5 else city}"], city, None, pc, cc)
    if cc == "PT":
        city, p = r.choice(PT_CITIES)
        cp = f"{p}{D(r, 4 - len(p))}-{D(r, 3)}"
        return Addr([f"{r.choice(PT_STREETS)}, {r.randint(1, 300)}{r.choice(['', ', 2º Esq.', ', 4º Dto', ', r/c'])}"],
                    [f"{cp} {city}"], city, None, cp, cc)
    if cc == "PL":
        city, p = r.choice(PL_CITIES)
        pc = f"{p}{D(r, 1)}-{D(r, 3)}"
        return Addr([f"{r.choice(PL_STREETS)} {r.randint(1, 120)}{r.choice(['', f'/{r.randint(1, 80)}', f' m. {r.randint(1, 60)}'])}"],
                    [f"{pc} {city}"], city, None, pc, cc)
    if cc == "SE":
        city, p = r.choice(SE_CITIES)
        d = p + D(r, 5 - len(p))
        pc = f"{d[:3]} {d[3:]}"
        return Addr([f"{r.choice(SE_STREETS)} {r.randint(1, 90)}{r.choice(['', '', ' A', ' lgh 1102'])}"],
                    [f"{pc} {city.upper() if r.random() < 0.5 else city}"], city, None, pc, cc)
    if cc == "TR":
        city, dists, p = r.choice(TR_CITIES)
        dist = r.choice(dists)
        pc = p + D(r, 3)
        return Addr([f"{r.choice(TR_MAH)} Mah. {r.choice(TR_STREETS)} No: {r.randint(1, 150)} D: {r.randint(1, 30)}"],
                    [f"{pc} {dist}/{city}"], city, dist, pc, cc)
    raise ValueError(cc)


def phone(r, cc="US"):
    if cc in ("US", "CA"):
        a, e, n = r.randint(201, 989), r.randint(200, 989), D(r, 4)
        return r.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}", f"{a} {e} {n}",
                         f"1-{r.choice(['800', '888', '877', '866'])}-{e}-{n}", f"+1-{a}-{e}-{n}"])
    if cc == "GB":
        return r.choice([f"+44 20 7946 0{D(r, 3)}", f"020 7946 0{D(r, 3)}", f"0113 496 0{D(r, 3)}",
                         f"07700 900{D(r, 3)}", f"+44 (0)161 496 0{D(r, 3)}", f"0800 {D(r, 3)} {D(r, 4)}"])
    if cc == "DE":
        return r.choice([f"+49 30 {D(r, 8)}", f"030 {D(r, 8)}", f"(0221) {D(r, 3)} {D(r, 2)} {D(r, 2)}",
                         f"0171 {D(r, 7)}", f"+49 89 {D(r, 6)}-0", f"0800 {D(r, 3)} {D(r, 4)}", f"040/{D(r, 7)}"])
    if cc == "FR":
        return r.choice([f"0{r.randint(1, 5)} {D(r, 2)} {D(r, 2)} {D(r, 2)} {D(r, 2)}", f"+33 6 {D(r, 2)} {D(r, 2)} {D(r, 2)} {D(r, 2)}",
                         f"0{r.randint(1, 5)}.{D(r, 2)}.{D(r, 2)}.{D(r, 2)}.{D(r, 2)}", f"+33 (0)1 {D(r, 2)} {D(r, 2)} {D(r, 2)} {D(r, 2)}"])
    if cc == "ES":
        return r.choice([f"+34 91{D(r, 1)} {D(r, 3)} {D(r, 3)}", f"9{D(r, 2)} {D(r, 2)} {D(r, 2)} {D(r, 2)}",
                         f"6{D(r, 2)} {D(r, 3)} {D(r, 3)}", f"900 {D(r, 3)} {D(r, 3)}"])
    if cc == "IT":
        return r.choice([f"+39 02 {D(r, 4)} {D(r, 4)}", f"06 {D(r, 8)}", f"3{D(r, 2)} {D(r, 3)} {D(r, 4)}",
                         f"800 {D(r, 3)} {D(r, 3)}", f"+39 011 {D(r, 7)}"])
    if cc == "NL":
        return r.choice([f"+31 20 {D(r, 3)} {D(r, 4)}", f"020-{D(r, 7)}", f"06-{D(r, 8)}", f"+31 (0)30 {D(r, 7)}",
                         f"0800-{D(r, 4)}"])
    if cc == "PT":
        return r.choice([f"+351 21{D(r, 1)} {D(r, 3)} {D(r, 3)}", f"9{D(r, 2)} {D(r, 3)} {D(r, 3)}", f"22 {D(r, 3)} {D(r, 4)}"])
    if cc == "PL":
        return r.choice([f"+48 22 {D(r, 3)} {D(r, 2)} {D(r, 2)}", f"22 {D(r, 3)} {D(r, 2)} {D(r, 2)}",
                         f"{r.randint(500, 799)} {D(r, 3)} {D(r, 3)}", f"(12) {D(r, 3)}-{D(r, 2)}-{D(r, 2)}"])
    if cc == "SE":
        return r.choice([f"08-{D(r, 3)} {D(r, 3)} {D(r, 2)}", f"+46 8 {D(r, 3)} {D(r, 3)} {D(r, 2)}",
                         f"070-{D(r, 3)} {D(r, 2)} {D(r, 2)}", f"031-{D(r, 2)} {D(r, 2)} {D(r, 2)}"])
    if cc == "TR":
        return r.choice([f"+90 216 {D(r, 3)} {D(r, 2)} {D(r, 2)}", f"0 (212) {D(r, 3)} {D(r, 2)} {D(r, 2)}",
                         f"0532 {D(r, 3)} {D(r, 2)} {D(r, 2)}", f"444 {D(r, 2)} {D(r, 2)}"])
    if cc == "AU":
        return r.choice([f"(02) {D(r, 4)} {D(r, 4)}", f"+61 2 {D(r, 4)} {D(r, 4)}", f"04{D(r, 2)} {D(r, 3)} {D(r, 3)}", f"1300 {D(r, 3)} {D(r, 3)}"])
    if cc == "IE":
        return r.choice([f"+353 1 {D(r, 3)} {D(r, 4)}", f"(01) {D(r, 3)} {D(r, 4)}", f"087 {D(r, 3)} {D(r, 4)}"])
    if cc == "IN":
        return r.choice([f"+91 98{D(r, 3)} {D(r, 5)}", f"080-{D(r, 8)}", f"+91-{D(r, 5)}-{D(r, 5)}"])
    raise ValueError(cc)

# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
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
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
}


def rd(r, y0=2021, y1=2025):
    a = dt.date(y0, 1, 1).toordinal()
    b_ = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(r.randint(a, b_))


def rdob(r):
    return rd(r, 1934, 2007)


def fdate(r, d, lang="en", style=None):
    m = d.month
    if lang == "en":
        st = style or r.choice(["us", "us", "long", "abbr", "iso", "caps", "us"])
        if st == "us":
            return f"{m:02d}/{d.day:02d}/{d.year}"
        if st == "us1":
            return f"{m}/{d.day}/{d.year}"
        if st == "long":
            return f"{MONTHS['en'][m - 1]} {d.day}, {d.year}"
        if st == "abbr":
            return f"{MONTHS['en'][m - 1][:3]} {d.day}, {d.year}"
        if st == "iso":
            return d.isoformat()
        if st == "caps":
            return f"{d.day:02d} {MONTHS['en'][m - 1][:3].upper()} {d.year}"
        if st == "dash":
            return f"{d.day:02d}-{MONTHS['en'][m - 1][:3].upper()}-{d.year}"
        if st == "gb":
            return f"{d.day:02d}/{m:02d}/{d.year}"
        if st == "gblong":
            return f"{d.day} {MONTHS['en'][m - 1]} {d.year}"
        if st == "gbabbr":
            return f"{d.day} {MONTHS['en'][m - 1][:3]} {d.year}"
        if st == "dot":
            return f"{d.day:02d}.{m:02d}.{d.year}"
        raise ValueError(st)
    num = {"de": f"{d.day:02d}.{m:02d}.{d.year}", "fr": f"{d.day:02d}/{m:02d}/{d.year}",
           "es": f"{d.day:02d}/{m:02d}/{d.year}", "it": f"{d.day:02d}/{m:02d}/{d.year}",
           "nl": f"{d.day:02d}-{m:02d}-{d.year}", "pt": f"{d.day:02d}/{m:02d}/{d.year}",
           "pl": f"{d.day:02d}.{m:02d}.{d.year}", "sv": d.isoformat(), "tr": f"{d.day:02d}.{m:02d}.{d.year}"}[lang]
    mo = MONTHS[lang][m - 1]
    text = {"de": f"{d.day}. {mo} {d.year}", "fr": f"{d.day} {mo} {d.year}", "es": f"{d.day} de {mo} de {d.year}",
            "it": f"{d.day} {mo} {d.year}", "nl": f"{d.day} {mo} {d.year}", "pt": f"{d.day} de {mo} de {d.year}",
            "pl": f"{d.day} {mo} {d.year}", "sv": f"{d.day} {mo} {d.year}", "tr": f"{d.day} {mo} {d.year}"}[lang]
    st = style or r.choice(["num", "num", "text"])
    return num if st == "num" else text


def ftime(r, lang="en", style=None):
    h, mi = r.randint(7, 18), r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50])
    if lang == "en":
        st = style or r.choice(["ampm", "AMPM", "AMPM", "24", "pm."])
        if st == "24":
            return f"{h:02d}:{mi:02d}"
        hh = h % 12 or 12
        suf = {"ampm": ("am", "pm"), "AMPM": ("AM", "PM"), "pm.": ("a.m.", "p.m.")}[st][h >= 12]
        return f"{hh}:{mi:02d} {suf}"
    if lang == "fr" and r.random() < 0.5:
        return f"{h}h{mi:02d}"
    if lang == "de" and r.random() < 0.4:
        return f"{h:02d}:{mi:02d} Uhr"
    if lang == "sv" and r.random() < 0.4:
        return f"{h:02d}.{mi:02d}"
    return f"{h:02d}:{mi:02d}"


DT_JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", ", "], "es": [" a las ", ", "],
           "it": [" alle ", ", "], "nl": [" om ", ", "], "pt": [" às ", ", "], "pl": [" o godz. ", ", "],
           "sv": [" kl. ", " "], "tr": [" saat ", " "]}


def fdt(r, d, lang="en", style=None):
    return fdate(r, d, lang, style) + r.choice(DT_JOIN[lang]) + ftime(r, lang)


def stamp(r, d=None):
    """machine timestamps (log / fax header) -- never labelled"""
    d = d or rd(r)
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"


# ---------------------------------------------------------------------------
# Identifiers, checksums
# ---------------------------------------------------------------------------
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d_ in enumerate(reversed(ds)):
        if i % 2 == 1:
            d_ *= 2
            if d_ > 9:
                d_ -= 9
        s += d_
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + D(r, length - len(prefix) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


def card(r, grouped=None):
    kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = luhn_complete("4", 16, r)
    elif kind == "mc":
        n = luhn_complete(str(r.randint(51, 55)), 16, r)
    elif kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
    else:
        n = luhn_complete("6011", 16, r)
    g = r.choice(["space", "space", "none", "dash"]) if grouped is None else grouped
    if g == "none":
        return n
    sep = " " if g == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    n = luhn_complete("4", 16, r)
    n = n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.5 else n


def ssn(r, sep="-"):
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def bad_ssn(r):
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def aba(r):
    while True:
        d8 = [int(c) for c in D(r, 8)]
        d8[0] = r.choice([0, 1, 2, 3])
        s = 3 * (d8[0] + d8[3] + d8[6]) + 7 * (d8[1] + d8[4] + d8[7]) + (d8[2] + d8[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d8)) + str(c)


IBAN_SPEC = {"DE": [("n", 18)], "FR": [("n", 10), ("n", 11), ("n", 2)], "ES": [("n", 20)],
             "IT": [("a", 1), ("n", 10), ("n", 12)], "NL": [("a", 4), ("n", 10)], "PT": [("n", 21)],
             "PL": [("n", 24)], "GB": [("a", 4), ("n", 14)], "SE": [("n", 20)], "TR": [("n", 6), ("n", 16)],
             "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)], "IE": [("a", 4), ("n", 14)]}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"]


def iban_check(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r, cc, grouped=None):
    bban = ""
    for k, n in IBAN_SPEC[cc]:
        if k == "n":
            bban += D(r, n)
        elif k == "a":
            if cc == "NL":
                bban += r.choice(NL_BANKS)
            elif cc in ("GB", "IE"):
                bban += r.choice(GB_BANKS if cc == "GB" else ["AIBK", "BOFI"])
            else:
                bban += "".join(r.choice(string.ascii_uppercase) for _ in range(n))
        else:
            bban += "".join(r.choice(string.digits * 3 + string.ascii_uppercase) for _ in range(n))
    t = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    s = f"{cc}{chk:02d}{bban}"
    g = (r.random() < 0.7) if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if g else s


BICS = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "UNCRITMMXXX", "INGBNL2A",
        "BCOMPTPL", "PKOPPLPW", "NDEASESS", "TGBATRIS", "NWBKGB2L", "BARCGB22", "RABONL2U", "SOGEFRPP"]


def mrn(r):
    return r.choice([D(r, 8), "00" + D(r, 6), "E" + D(r, 7), "MR" + D(r, 6), f"{D(r, 3)}-{D(r, 2)}-{D(r, 2)}",
                     "H" + D(r, 7), f"{D(r, 7)}-{r.randint(1, 9)}", "CHN" + D(r, 7), D(r, 10)])


def hpn(r):
    return r.choice(["XEH" + D(r, 9), "W" + D(r, 9), f"ZGP{D(r, 7)}-01", "U" + D(r, 8) + "01",
                     f"{r.randint(1, 9)}{L(r)}{r.choice(string.ascii_uppercase + string.digits)}{r.randint(0, 9)}{L(r)}{L(r)}{r.randint(0, 9)}{L(r)}{L(r)}{D(r, 2)}",
                     "MBR" + D(r, 8), f"{L(r)}{L(r)}{L(r)}{D(r, 9)}", "9" + D(r, 9) + "00"])


def acct(r, kind="bank"):
    if kind == "bank":
        return r.choice([D(r, 10), D(r, 12), f"{D(r, 4)} {D(r, 4)} {D(r, 4)}", f"{D(r, 3)}-{D(r, 6)}-{D(r, 1)}", D(r, 9)])
    if kind == "utility":
        return r.choice([f"{D(r, 4)} {D(r, 4)} {D(r, 4)}", f"{D(r, 3)}-{D(r, 6)}-{D(r, 2)}", D(r, 11), f"{D(r, 10)}-{D(r, 1)}"])
    if kind == "telecom":
        return r.choice([f"{D(r, 4)}-{D(r, 6)}-{D(r, 2)}", D(r, 9), f"{D(r, 3)} {D(r, 3)} {D(r, 4)}"])
    if kind == "customer":
        return r.choice([f"C{D(r, 8)}", f"CUST-{D(r, 6)}", D(r, 8), f"{L(r)}{L(r)}{D(r, 7)}"])
    if kind == "patient":
        return r.choice([f"PA{D(r, 7)}", D(r, 9), f"{D(r, 6)}-{D(r, 3)}"])
    if kind == "loan":
        return r.choice([D(r, 10), f"{D(r, 4)}-{D(r, 6)}", f"0{D(r, 9)}"])
    raise ValueError(kind)


def dl_us(r, st):
    f = {"CA": lambda: L(r) + D(r, 7), "NY": lambda: f"{D(r, 3)} {D(r, 3)} {D(r, 3)}",
         "FL": lambda: f"{L(r)}{D(r, 3)}-{D(r, 3)}-{D(r, 2)}-{D(r, 3)}-{D(r, 1)}", "TX": lambda: D(r, 8),
         "IL": lambda: f"{L(r)}{D(r, 3)}-{D(r, 4)}-{D(r, 4)}", "WA": lambda: "WDL" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
         "OH": lambda: L(r) + L(r) + D(r, 6), "MI": lambda: f"{L(r)} {D(r, 3)} {D(r, 3)} {D(r, 3)} {D(r, 3)}"}
    return f.get(st, lambda: L(r) + D(r, 8))()


def dl_uk(r, p, dob):
    sur = re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper())[:5].ljust(5, "9")
    mon = dob.month + (50 if p.female else 0)
    ini = (ascii_fold(p.first)[0] + (p.mid or "9")).upper()
    return f"{sur}{str(dob.year)[2]}{mon:02d}{dob.day:02d}{str(dob.year)[3]}{ini}{r.randint(1, 9)}{L(r)}{L(r)}"


# hard negatives
def inv_no(r):
    return r.choice([f"INV-{r.randint(2021, 2025)}-{D(r, 5)}", f"{D(r, 7)}", f"RE{D(r, 8)}", f"F-{D(r, 6)}", f"#{D(r, 6)}"])


def nd(r, n):
    """n random digits that are NOT Luhn-valid (long reference numbers)"""
    while True:
        s = D(r, n)
        if not luhn_ok(s):
            return s


def order_no(r):
    x = nd(r, 17)
    return r.choice([f"SO-{D(r, 6)}", f"PO {D(r, 7)}", f"ORD{D(r, 9)}", f"{x[:3]}-{x[3:10]}-{x[10:]}"])


def claim_no(r):
    return r.choice([f"CLM {D(r, 4)} {D(r, 4)} {D(r, 4)}", f"{D(r, 2)}{L(r)}{D(r, 9)}", f"C-{D(r, 10)}"])


def tracking(r):
    return r.choice([f"1Z {D(r, 3)} {L(r)}{L(r)}{D(r, 1)} {D(r, 2)} {D(r, 4)} {D(r, 3)}{D(r, 1)}",
                     f"9400 {D(r, 4)} {D(r, 4)} {D(r, 4)} {D(r, 4)} {D(r, 2)}", f"{L(r)}{L(r)}{D(r, 9)}GB", D(r, 12)])


def cred_id(r):
    while True:
        s = f"DE{D(r, 2)}ZZZ0000{D(r, 7)}"
        if not iban_check(s):
            return s


def npi(r):
    return r.choice("12") + D(r, 9)


def icd(r):
    return r.choice(["E11.9", "I10", "M54.5", "J45.909", "K21.9", "F41.1", "N39.0", "R07.9", "Z00.00",
                     "G43.909", "E78.5", "M17.11", "H40.11X0", "C50.911", "R51.9"])


def cpt(r):
    return r.choice(["99213", "99214", "80053", "85025", "93000", "71046", "36415", "97110", "81001", "G0439"])


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def amt(r, lo=5, hi=2500, cur="$", eu=False):
    v = r.uniform(lo, hi)
    if eu:
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} {cur}" if cur else s
    return f"{cur}{v:,.2f}"


def ver(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 40)}"


def vin(r):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(r.choice(al) for _ in range(17))


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------
B62 = string.ascii_letters + string.digits


def rs(r, n, alpha=B62):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(bs):
    return base64.urlsafe_b64encode(bs).rstrip(b"=").decode()


def aws_ak(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")


def aws_sk(r):
    return rs(r, 40, B62 + "/+")


def gh_tok(r):
    return r.choice(["ghp", "ghp", "gho", "ghs", "ghu"]) + "_" + rs(r, 36)


def slack_tok(r):
    return f"{r.choice(['xoxb', 'xoxb', 'xoxp', 'xoxa'])}-{D(r, 11)}-{D(r, 12)}-{rs(r, 24)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.randint(24, 40))


def jwt_tok(r, sub=None):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    now = r.randint(1690000000, 1740000000)
    pl = {"sub": sub or uid(r), "iat": now, "exp": now + r.choice([900, 3600, 86400])}
    if r.random() < 0.5:
        pl["scope"] = r.choice(["read:statements", "docs.upload", "ocr:submit", "billing"])
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(rbytes(r, 32))])


def pem_key(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = {"RSA PRIVATE KEY": r.randint(8, 13), "PRIVATE KEY": r.randint(8, 12), "EC PRIVATE KEY": 3,
         "OPENSSH PRIVATE KEY": r.randint(5, 7)}[kind]
    raw = base64.b64encode(rbytes(r, 48 * n - r.randint(0, 20))).decode()
    body = "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


PW_WORDS = ["Summer", "Winter", "Harbor", "Falcon", "Maple", "Scanner", "Invoice", "Tiger", "Copper", "Welcome",
            "Orchid", "Rocket", "Bluebird", "Granite"]


def password(r):
    k = r.randint(0, 4)
    if k == 0:
        return f"{r.choice(PW_WORDS)}{r.randint(2019, 2026)}{r.choice('!#$%&*?')}"
    if k == 1:
        return rs(r, r.randint(10, 18), B62 + "!#$%&*+-=?@^_")
    if k == 2:
        return f"{r.choice(PW_WORDS).lower()}-{r.choice(PW_WORDS).lower()}-{D(r, 2)}"
    if k == 3:
        return f"{r.choice(PW_WORDS)[:3]}{D(r, 3)}{rs(r, 4)}{r.choice('!?.')}"
    return f"Tmp{rs(r, 5)}{D(r, 2)}!"


def gsecret(r):
    k = r.randint(0, 6)
    if k == 0:
        return "whsec_" + rs(r, 32)
    if k == 1:
        return hexs(r, 32)
    if k == 2:
        return "SG." + rs(r, 22, B62 + "-_") + "." + rs(r, 43, B62 + "-_")
    if k == 3:
        return "AIza" + rs(r, 35, B62 + "-_")
    if k == 4:
        return "key-" + hexs(r, 32)
    if k == 5:
        return rs(r, 40, B62 + "~._-")
    return "ocr_sk_" + rs(r, 30)


def ipv4(r):
    return r.choice([f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ipv6(r):
    return str(ipaddress.IPv6Address(f"2001:db8:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 65535):x}"))


def ip(r):
    return ipv6(r) if r.random() < 0.2 else ipv4(r)

# ---------------------------------------------------------------------------
# Organisations (never labelled; many are named after people / streets)
# ---------------------------------------------------------------------------
CLINICS = ["St. Mary's Regional Medical Center", "Lakeside Family Practice", "Hamilton Mercy Hospital",
           "Northgate Orthopaedics", "Riverbend Cardiology Associates", "Bayview Women's Health",
           "Jackson Memorial Imaging", "Morgan Pediatrics PLLC", "Valley Oncology Partners",
           "Mercy Ridge Urgent Care", "Sullivan & Hughes Dermatology", "Elm Street Physical Therapy"]
INSURERS = ["Cascade Health Alliance", "Liberty Shield Health", "Sterling Benefit Plans", "UnityCare HMO",
            "Franklin Mutual Health", "Keystone Care Plan", "Pioneer HealthFirst", "Medicare Part B"]
BANKS_US = ["First Prairie Bank", "Harborview Savings", "Wells & Hale Bank, N.A.", "Old Dominion Trust",
            "Summit Federal Credit Union", "Lincoln National Bank", "Franklin Community Bank"]
UTILS_US = ["Greenfield Power & Light", "Sterling Ross Utilities", "Cascade Water Authority", "Metro Gas Co.",
            "Jefferson County Electric Co-op"]
TELCOS = ["Verity Wireless", "NorthStar Mobile", "Blue Wave Telecom", "Meridian Fiber"]
EMPLOYERS = ["Harris & Moore Logistics LLC", "Quantum Harvest Foods Inc.", "Baker Street Analytics",
             "Jefferson Tool & Die Co.", "Pinecrest Software Ltd", "Abbott Valley Farms", "Wallace & Grant CPAs",
             "Murphy's Plumbing Supply", "Victoria Line Textiles"]
DRUGS = ["Metformin 500 mg PO BID", "Lisinopril 10 mg daily", "Atorvastatin 40 mg qHS", "Levothyroxine 75 mcg",
         "Amlodipine 5 mg", "Sertraline 50 mg", "Omeprazole 20 mg", "Albuterol HFA 2 puffs PRN",
         "Apixaban 5 mg BID", "Gabapentin 300 mg TID", "Prednisone 20 mg taper", "Losartan 50 mg"]
SPECS = ["Cardiology", "Orthopedics", "Gastroenterology", "Neurology", "Dermatology", "Endocrinology",
         "Pulmonology", "Rheumatology", "Physical Therapy", "Oncology", "Urology"]
REASONS = ["persistent chest pain on exertion with abnormal ECG", "chronic low back pain radiating to the left leg",
           "poorly controlled type 2 diabetes despite maximal oral therapy", "new onset migraines with aura",
           "suspicious pigmented lesion on the upper back", "recurrent epigastric pain and iron deficiency anaemia",
           "progressive dyspnoea and reduced exercise tolerance", "right knee osteoarthritis failing conservative management"]


def dob_label(r):
    return r.choice(["DOB", "D.O.B.", "Date of Birth", "Birth Date", "DOB (mm/dd/yyyy)", "Birthdate"])


def fax_header(b, page=1, total=None, org=None):
    r = b.r
    d = rd(r)
    total = total or r.randint(1, 4)
    hh, mm = r.randint(0, 23), r.randint(0, 59)
    ts = r.choice([f"{MONTHS['en'][d.month - 1][:3].upper()}-{d.day:02d}-{d.year} {hh:02d}:{mm:02d}",
                   f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d} {hh:02d}:{mm:02d}",
                   f"{d.isoformat()} {hh:02d}:{mm:02d}:{r.randint(0, 59):02d}",
                   f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d}"])
    org = (org or r.choice(CLINICS)).upper()[:r.randint(14, 24)].strip()
    fr = r.choice([D(r, 10), phone(r, "US"), f"+1{D(r, 10)}"])
    to = r.choice([D(r, 10), phone(r, "US")])
    b.raw(ts + r.choice(["  FROM:", " FROM ", "   Fax from: "]) + org + "  ")
    b.e(fr, PH)
    b.raw(r.choice(["  TO:", " TO ", "   To: "]))
    b.e(to, PH)
    b.raw(f"   P.{page:03d}/{total:03d}\n")
    return total


def k_referral_fax(r):
    b = B(r, "en", 0.05)
    total = fax_header(b)
    clinic = r.choice(CLINICS)
    pt, ref, spec_dr = person(r), person(r), person(r)
    b.raw("\n")
    b.t(r.choice(["OUTPATIENT REFERRAL FORM", "REFERRAL / PRIOR AUTHORIZATION REQUEST", "Specialist Referral"]) + "\n")
    b.t(f"{clinic}  -  Referral Coordination\n").raw("-" * r.randint(30, 60) + "\n")
    if r.random() < 0.5:
        field(b, "Patient Name (Last, First)", nm(pt, r.choice(["lf", "LF", "lfm"])), PER)
    else:
        field(b, "Patient Name", rn(r, pt), PER)
    field(b, dob_label(r), fdate(r, rdob(r), "en", r.choice(["us", "us1", "long"])), DOB, end=r.choice(["\n", "    "]))
    field(b, r.choice(["MRN", "Med Rec #", "Chart No."]), mrn(r), MRN)
    field(b, r.choice(["Home Phone", "Phone", "Patient Tel"]), phone(r), PH)
    a = addr(r, "US")
    field(b, "Address", a.one(), ADR)
    field(b, "Insurance", r.choice(INSURERS), None, end="   ")
    field(b, r.choice(["Member ID", "Subscriber ID", "Policy #"]), hpn(r), HPN, end="   ")
    field(b, "Group #", f"{r.choice(['GRP', 'G', ''])}{D(r, 6)}", None)
    b.raw("\n")
    field(b, "Referring Provider", [("Dr. ", None), (nm(ref, r.choice(["full", "mid", "init"])), PER), (", MD", None)], None)
    b.t(r.choice(["NPI: ", "NPI# "])).raw(npi(r) + "    ")
    b.t("Fax: ").e(phone(r), PH).raw("\n")
    field(b, "Refer To", [(r.choice(SPECS) + " - Dr. ", None), (nm(spec_dr, r.choice(["full", "last", "init"])), PER)], None)
    field(b, "Dx (ICD-10)", f"{icd(r)}, {icd(r)}", None)
    field(b, "Urgency", r.choice(["[x] Routine  [ ] Urgent  [ ] STAT", "[ ] Routine  [X] Urgent"]), None)
    b.raw("\n")
    b.t("Reason for referral / clinical summary:\n")
    first = nm(pt, "first")
    flow(b, [f"{r.choice(['Pt', 'Patient', 'This'])} is a {r.randint(19, 88)} y/o with {r.choice(REASONS)}. ",
             (first, PER), f" was last seen in clinic on ", (fdate(r, rd(r), "en", r.choice(["us", "long"])), DT),
             f" and started on {r.choice(DRUGS)}. Kindly evaluate and advise regarding further management; "
             "recent labs and imaging reports are attached to this transmission."])
    b.raw("\n\n")
    field(b, "Requested appt", fdt(r, rd(r), "en", "us") if r.random() < 0.6 else fdate(r, rd(r), "en", "us"), DT)
    field(b, "Ordering signature", [("/s/ ", None), (nm(ref, r.choice(["full", "init"])), PER)], None, end="   ")
    field(b, "Date", fdate(r, rd(r), "en", "us"), DT)
    b.raw("\n")
    flow(b, ["CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received "
             "it in error, notify the sender at ", (phone(r), PH),
             " and destroy all copies. Re-disclosure is prohibited by federal regulations (42 CFR Part 2)."], hyph=0.5)
    page_footer(b, 1, total, f"Form REF-{r.randint(100, 999)} rev {r.randint(2, 9)}")
    return b


def k_referral_letter_uk(r):
    b = B(r, "en", 0.04)
    clinic = r.choice(["Department of Rheumatology", "Cardiology Outpatients", "Diabetes Centre", "Memory Clinic",
                       "Musculoskeletal Service"])
    hosp = r.choice(["Royal Infirmary", "St Luke's Hospital NHS Trust", "Northern General Hospital", "Whitfield Community Hospital"])
    a = addr(r, "GB")
    b.t(f"{hosp}\n{clinic}\n")
    b.e(a.multi(), ADR).raw("\n")
    b.t("Tel: ").e(phone(r, "GB"), PH).raw(r.choice(["   ", "\n"])).t("Fax: ").e(phone(r, "GB"), PH).raw("\n")
    b.t("Email: ").e(email(r, None, r.choice(["nhs.net", "luke-trust.nhs.uk"])), EM).raw("\n\n")
    b.t("Dictated: ").e(fdate(r, rd(r), "en", "gblong"), DT).raw("   ").t("Typed: ").e(fdate(r, rd(r), "en", "gb"), DT).raw("\n\n")
    gp = person(r, "en")
    ga = addr(r, "GB")
    b.t("Dr ").e(nm(gp, r.choice(["full", "init"])), PER).raw("\n")
    b.t(r.choice(["The Surgery", "Parkside Medical Practice", "Moorland Health Centre"]) + "\n")
    b.e(ga.multi(), ADR).raw("\n\n")
    pt = person(r, "en")
    b.t("Re: " + title(r, pt) + " ").e(nm(pt, r.choice(["full", "CAPS", "mid"])), PER)
    b.t(", DOB ").e(fdate(r, rdob(r), "en", r.choice(["gb", "gbabbr"])), DOB)
    b.t(", Hospital No. ").e(mrn(r), MRN).raw("\n")
    b.raw(r.choice(["", "    "]))
    b.e(addr(r, "GB").one(), ADR).raw("\n\n")
    b.t("Dear Dr ").e(nm(gp, "last"), PER).raw(",\n\n")
    w = r.randint(58, 84)
    flow(b, ["Thank you for referring this ", str(r.randint(24, 86)), "-year-old ", "lady" if pt.female else "gentleman",
             " whom I saw in clinic on ", (fdate(r, rd(r), "en", "gblong"), DT), ". ", (nm(pt, "first"), PER),
             f" describes a history of {r.choice(REASONS)}. Examination was otherwise unremarkable. "
             f"Current medication includes {r.choice(DRUGS)} and {r.choice(DRUGS)}.\n\n"
             "I have arranged further investigations and will review with the results at the next available "
             "appointment, provisionally ", (fdt(r, rd(r), "en", "gblong"), DT),
             ". In the meantime I would be grateful if you could continue the current treatment. "
             "Should there be any deterioration please contact my secretary, ", (nm(person(r), r.choice(["full", "first"])), PER),
             ", on ", (phone(r, "GB"), PH), "."], width=w)
    b.raw("\n\nYours sincerely,\n\n\n")
    cons = person(r)
    b.t("Dr ").e(nm(cons, r.choice(["full", "CAPS", "mid"])), PER).raw("\n")
    b.t(f"Consultant, {clinic}\nGMC {D(r, 7)}\n")
    b.t("cc: patient\n")
    page_footer(b, 1, r.randint(1, 2), f"{hosp} | Document ref {D(r, 9)}")
    return b


def k_lab_report_fax(r):
    b = B(r, "en", 0.04)
    total = fax_header(b, r.randint(1, 2), org=r.choice(["Quest Valley Laboratories", "Pathwest Clinical Labs", "Meridian Reference Lab"]))
    b.raw("\n")
    lab = r.choice(["QUEST VALLEY LABORATORIES", "PATHWEST CLINICAL LABS", "MERIDIAN REFERENCE LAB"])
    b.t(lab + "     CLIA " + D(r, 2) + "D" + D(r, 7) + "\n")
    b.t("CUMULATIVE RESULTS REPORT\n\n")
    pt, doc = person(r), person(r)
    left = [["PATIENT: ", (nm(pt, r.choice(["LF", "lf", "CAPS"])), PER)],
            ["DOB: ", (fdate(r, rdob(r), "en", "us"), DOB), "  SEX: " + r.choice("MF")],
            ["MRN: ", (mrn(r), MRN)],
            ["ACCT#: ", (acct(r, "patient"), ACC)]]
    coll = rd(r)
    right = [["ORDERING: ", (nm(doc, r.choice(["LF", "lf", "init2"])), PER), ", MD"],
             ["NPI: " + npi(r)],
             ["COLLECTED: ", (fdate(r, coll, "en", "us") + " " + ftime(r, "en", "24"), DT)],
             ["RECEIVED: ", (fdate(r, coll, "en", "us") + " " + ftime(r, "en", "24"), DT)]]
    twocol(b, left, right, plain=True)
    b.raw("\n")
    b.raw(f"SPECIMEN ID: {D(r, 4)}-{D(r, 6)}   ACCESSION: {L(r)}{L(r)}{D(r, 8)}\n\n")
    tests = [("Glucose", "2345-7", "mg/dL", (70, 99)), ("Creatinine", "2160-0", "mg/dL", (0.6, 1.3)),
             ("Hemoglobin A1c", "4548-4", "%", (4.0, 5.6)), ("Potassium", "2823-3", "mmol/L", (3.5, 5.1)),
             ("TSH", "3016-3", "uIU/mL", (0.4, 4.0)), ("LDL Chol", "13457-7", "mg/dL", (0, 99)),
             ("WBC", "6690-2", "K/uL", (4.0, 11.0)), ("Sodium", "2951-2", "mmol/L", (136, 145))]
    rows = [["TEST", "LOINC", "RESULT", "FLAG", "REF RANGE", "UNITS"]]
    for nm_, lo, un, (a1, a2) in r.sample(tests, r.randint(4, 7)):
        v = r.uniform(a1 * 0.7, a2 * 1.4)
        flag = "H" if v > a2 else ("L" if v < a1 else "")
        rows.append([nm_, lo, f"{v:.1f}", flag or " ", f"{a1}-{a2}", un])
    table(b, rows)
    b.raw("\n")
    flow(b, ["Results called to ", (nm(person(r), r.choice(["full", "init"])), PER), ", RN by ",
             (nm(person(r), "first"), PER), " (lab) on ", (fdt(r, coll, "en", "us"), DT),
             ". Read-back verified. Critical value policy LAB-POL-" + D(r, 3) + " applies."])
    b.raw("\n")
    b.t("Questions: Client Services ").e(phone(r), PH).raw("\n")
    page_footer(b, 1, total, f"Report generated by LIS v{ver(r)}")
    return b


def k_discharge_summary(r):
    b = B(r, "en", 0.05)
    hosp = r.choice(CLINICS)
    pt, att = person(r), person(r)
    ptn = nm(pt, r.choice(["LF", "lf"]))
    m = mrn(r)
    adm = rd(r)
    dis = adm + dt.timedelta(days=r.randint(1, 12))
    total = r.randint(2, 3)

    def hdr():
        return [f"{hosp.upper()}   DISCHARGE SUMMARY   Patient: ", (ptn, PER), "   MRN: ", (m, MRN)]
    b.seq(*hdr()).raw("\n\n")
    field(b, "Admission Date", fdate(r, adm, "en", "us"), DT, style="colon2")
    field(b, "Discharge Date", fdate(r, dis, "en", "us"), DT, style="colon2")
    field(b, "Attending", [(nm(att, r.choice(["full", "mid"])), PER), (", MD", None)], None, style="colon2")
    field(b, "DOB", fdate(r, rdob(r), "en", "us"), DOB, style="colon2")
    field(b, "Room", f"{r.randint(2, 9)}{D(r, 2)}-{r.choice('AB')}", None, style="colon2")
    b.raw("\n")
    b.t("HOSPITAL COURSE:\n")
    w = r.randint(60, 86)
    flow(b, [f"The patient is a {r.randint(20, 90)}-year-old admitted with {r.choice(REASONS)}. "
             "Initial workup demonstrated elevated inflammatory markers and the patient was commenced on "
             "intravenous antibiotics with subsequent clinical improvement. Cardiology was consulted and ",
             "Dr. ", (nm(person(r), r.choice(["last", "full"])), PER),
             " recommended outpatient echocardiography. The hospital course was otherwise uncomplicated, "
             "and the patient tolerated diet and ambulation prior to discharge."], width=w)
    page_break(b, 1, total, hdr())
    b.t("DISCHARGE MEDICATIONS:\n")
    for dr_ in r.sample(DRUGS, r.randint(2, 4)):
        b.t(f"  - {dr_}\n")
    b.raw("\n")
    b.t("FOLLOW-UP:\n")
    flow(b, ["Follow up with primary care (", (nm(person(r), r.choice(["full", "init"])), PER), ") on ",
             (fdt(r, dis + dt.timedelta(days=r.randint(5, 20)), "en", r.choice(["long", "us"])), DT),
             ". Home health referral faxed to ", (phone(r), PH), ". Patient's daughter, ",
             (nm(person(r), "first"), PER), ", may be reached at ", (phone(r), PH),
             ". Return to the emergency department for fever, chest pain or shortness of breath."], width=w)
    b.raw("\n\n")
    b.t("Electronically signed by ").e(nm(att, r.choice(["full", "CAPS"])), PER).t(", MD on ").e(fdt(r, dis, "en", "us"), DT).raw("\n")
    b.raw(f"Job #{D(r, 7)}  Doc ID {uid(r)}\n")
    page_footer(b, 2, total)
    return b


def k_pharmacy_fax(r):
    b = B(r, "en", 0.05)
    ph_name = r.choice(["Walden Pharmacy #" + D(r, 4), "CareMore Drug", "Main Street Apothecary", "Riteway Pharmacy"])
    fax_header(b, 1, 1, ph_name)
    b.raw("\n")
    b.t(r.choice(["REFILL AUTHORIZATION REQUEST", "Prescription Renewal Request", "*** RX REFILL REQUEST ***"]) + "\n")
    b.t(ph_name + "   NCPDP " + D(r, 7) + "\n")
    a = addr(r, "US")
    b.e(a.one(), ADR).raw("\n")
    b.t("Ph ").e(phone(r), PH).raw("  ").t("Fx ").e(phone(r), PH).raw("\n\n")
    pt, pr = person(r), person(r)
    b.t("TO PRESCRIBER: Dr. ").e(nm(pr, r.choice(["full", "CAPS", "lf"])), PER).raw("   DEA " + L(r) + L(r) + D(r, 7) + "\n")
    b.t("PATIENT: ").e(nm(pt, r.choice(["LF", "CAPS", "lf"])), PER).t("   DOB ").e(fdate(r, rdob(r), "en", "us"), DOB).raw("\n")
    b.t("Pt phone: ").e(phone(r), PH).raw("\n\n")
    rows = [["Rx#", "Drug", "Qty", "Refills", "Last Fill"]]
    for _ in range(r.randint(1, 3)):
        rows.append([D(r, 7), r.choice(DRUGS).split(" PO")[0], str(r.choice([30, 60, 90])), "0",
                     (fdate(r, rd(r), "en", "us"), DT)])
    table(b, rows)
    b.raw("\n")
    b.t("[ ] Approved   refills: ___    [ ] Denied    [ ] Needs appointment\n")
    b.t("Prescriber signature: ______________________   Date: ________\n\n")
    flow(b, ["Please return this form by fax. Do not send controlled substance renewals by fax. Generic "
             "substitution permitted unless marked 'dispense as written'."])
    b.raw("\n")
    return b


def k_immunization_record(r):
    b = B(r, "en", 0.04)
    pt = person(r)
    b.t(r.choice(["CERTIFICATE OF IMMUNIZATION", "Immunization Record - Official Copy", "VACCINATION HISTORY"]) + "\n")
    b.t(r.choice(["State Immunization Information System", "County Health Department", "School Health Services"]) + "\n\n")
    st = r.choice(["tab", "colon", "under"])
    field(b, "Name", rn(r, pt, ("full", "CAPS", "LF", "mid")), PER, st)
    dob = rdob(r)
    field(b, "Date of Birth", fdate(r, dob, "en", "us"), DOB, st, end="    ")
    field(b, "Sex", r.choice(["M", "F"]), None, st)
    field(b, "Parent/Guardian", rn(r, person(r)), PER, st)
    a = addr(r, "US")
    field(b, "Street", a.street[0], ADR, st)
    field(b, "City", a.city, LOC, st, end="   ")
    field(b, "State", a.region, LOC, "colon", end="   ")
    field(b, "ZIP", a.postcode, None, "colon")
    b.raw("\n")
    vacs = ["DTaP", "IPV", "MMR", "Hep B", "Varicella", "Tdap", "HPV", "MenACWY", "Influenza", "COVID-19 (Pfizer)", "PCV13"]
    rows = [["Vaccine", "Dose", "Date Given", "Lot #", "Site", "Given by"]]
    for v in r.sample(vacs, r.randint(4, 7)):
        g = person(r)
        rows.append([v, str(r.randint(1, 4)), (fdate(r, rd(r, 2005, 2024), "en", r.choice(["us", "us1"])), DT),
                     f"{L(r)}{L(r)}{D(r, 4)}", r.choice(["LD", "RD", "LT", "RT"]),
                     (nm(g, r.choice(["init", "init2", "last"])), PER)])
    table(b, rows)
    b.raw("\n")
    b.t("Certified by: ").e(rn(r, person(r)), PER).t(", RN    ").t("Date: ").e(fdate(r, rd(r), "en", "us"), DT).raw("\n")
    b.t("Verify at ").e(r.choice(["https://immunize.state-health.example.gov/verify", "https://myvaccinerecord.example.org/lookup?id=" + D(r, 8)]), URL).raw("\n")
    return b


def k_eob(r):
    b = B(r, "en", 0.04)
    ins = r.choice(INSURERS)
    b.t(f"{ins}\nEXPLANATION OF BENEFITS   *** THIS IS NOT A BILL ***\n\n")
    mem = person(r)
    a = addr(r, "US")
    b.e(nm(mem, r.choice(["CAPS", "CAPSM"])), PER).raw("\n")
    b.e(a.multi().upper(), ADR).raw("\n\n")
    rows = [["Member ID:", (hpn(r), HPN)], ["Group No.:", f"{D(r, 6)}-{D(r, 3)}"],
            ["Claim Number:", claim_no(r)], ["Statement Date:", (fdate(r, rd(r), "en", "long"), DT)]]
    table(b, rows, ragged=False)
    b.raw("\n")
    pat = person(r) if r.random() < 0.5 else mem
    prov = person(r)
    b.t("Patient: ").e(nm(pat, r.choice(["full", "CAPS"])), PER).t("    Patient Acct #: ").e(acct(r, "patient"), ACC).raw("\n")
    b.t("Provider: ").e(nm(prov, r.choice(["full", "LF"])), PER).t(r.choice([" MD", ", DO", " NP"])).raw("\n\n")
    rows = [["Svc Date", "CPT", "Billed", "Allowed", "Plan Paid", "You Owe", "Rmk"]]
    for _ in range(r.randint(2, 5)):
        rows.append([(fdate(r, rd(r), "en", "us"), DT), cpt(r), amt(r, 40, 900), amt(r, 20, 400), amt(r, 10, 300),
                     amt(r, 0, 150), r.choice(["", "PR1", "CO45", "N130"])])
    table(b, rows)
    b.raw("\n")
    flow(b, [f"If you disagree with this decision you may file an appeal within 180 days. Call Member Services at ",
             (phone(r), PH), " (TTY 711) or write to Appeals Unit, ",
             (addr(r, "US").one().replace("Apt", "Suite"), ADR), ". Visit ",
             ("https://www." + re.sub(r"[^a-z]", "", ins.lower())[:14] + ".com/member/eob", URL), " to view claims online."])
    page_footer(b, 1, 1, f"EOB{D(r, 10)}")
    return b


def k_insurance_card(r):
    b = B(r, "en", 0.06)
    ins = r.choice(INSURERS)
    m = person(r)
    b.t("[FRONT]\n")
    b.t(ins.upper() + r.choice(["  PPO", "  HMO", "  EPO", ""]) + "\n")
    b.t(r.choice(["Member", "Subscriber", "Name"]) + "\n").e(nm(m, r.choice(["CAPS", "CAPSM", "full"])), PER).raw("\n")
    b.t(r.choice(["Member ID", "ID #", "Identification Number"]) + "   ").e(hpn(r), HPN).raw("\n")
    b.t("Group  ").raw(D(r, 7) + "      ").t("RxBIN ").raw(D(r, 6) + "  ").t("RxPCN ").raw(r.choice(["ADV", "9999", "RXCVS"]) + "\n")
    b.t("RxGrp ").raw(L(r) + L(r) + D(r, 4) + "     ").t("Issuer ").raw("(80840) " + D(r, 10) + "\n")
    b.t("Copays: PCP $25  SPC $50  ER $250  UC $75\n")
    if r.random() < 0.6:
        b.t("Dependents: ")
        for i in range(r.randint(1, 3)):
            if i:
                b.raw(", ")
            b.e(nm(person(r, cult=m.cult), "first").upper(), PER)
        b.raw("\n")
    b.t("Effective ").e(fdate(r, rd(r), "en", "us"), DT).raw("\n\n")
    b.t("[BACK]\n")
    b.t("Member Services: ").e(phone(r), PH).raw("\n")
    b.t("Provider Services / Pre-cert: ").e(phone(r), PH).raw("\n")
    b.t("24/7 Nurse Line ").e(phone(r), PH).raw("\n")
    ca = addr(r, "US")
    b.t("Submit claims to: ").e(f"PO BOX {D(r, 5)}, {ca.rest[0]}".upper(), ADR).raw("\n")
    b.t("Payer ID ").raw(D(r, 5) + "    ")
    b.e("https://" + r.choice(["members.", "www.", "portal."]) + re.sub(r"[^a-z]", "", ins.lower())[:12] + ".com", URL).raw("\n")
    flow(b, ["This card does not guarantee coverage. Possession of this card does not verify eligibility. "
             "Misuse may constitute fraud."], width=r.randint(40, 60))
    b.raw("\n")
    return b


def k_records_request(r):
    b = B(r, "en", 0.05)
    b.t("AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\n")
    b.t(r.choice(CLINICS) + " - Health Information Management\n\n")
    pt = person(r)
    b.t("1. Patient information\n")
    field(b, "   Name", rn(r, pt), PER, "under")
    field(b, "   Other names used", nm(person(r, cult=pt.cult), "last"), PER, "under")
    field(b, "   " + dob_label(r), fdate(r, rdob(r), "en", "us"), DOB, "under", end="   ")
    field(b, "MRN", mrn(r), MRN, "under")
    field(b, "   Phone", phone(r), PH, "under", end="   ")
    field(b, "Email", email(r, pt), EM, "under")
    b.t("2. Release records to\n")
    rec = person(r)
    field(b, "   Name/Organization", [(nm(rec, r.choice(["full", "mid"])), PER), (", Esq. / Hughes & Sullivan LLP", None)], None, "under")
    a = addr(r, "US")
    field(b, "   Address", a.street[0], ADR, "under")
    field(b, "   City", a.city, LOC, "under", end="  ")
    field(b, "State", a.region, LOC, "under", end="  ")
    field(b, "Zip", a.postcode, None, "under")
    field(b, "   Fax", phone(r), PH, "under")
    b.t("3. Information to be released\n")
    b.t("   [x] Discharge summary  [ ] History & physical  [x] Lab results  [ ] Imaging  [x] Billing records\n")
    b.t("   Dates of service: from ").e(fdate(r, rd(r), "en", "us"), DT).t(" to ").e(fdate(r, rd(r), "en", "us"), DT).raw("\n")
    b.t("4. Purpose: [ ] Continuing care  [x] Legal  [ ] Insurance  [ ] Personal\n")
    b.t("5. Expiration: this authorization expires on ").e(fdate(r, rd(r, 2025, 2027), "en", "long"), DT).raw("\n\n")
    flow(b, ["I understand that I may revoke this authorization in writing at any time, except to the extent "
             "that action has already been taken in reliance on it. Treatment, payment, enrollment or "
             "eligibility for benefits may not be conditioned on signing this form."])
    b.raw("\n\n")
    b.t("Signature: ").raw("_" * r.randint(10, 25) + "  ").t("Date: ").e(fdate(r, rd(r), "en", "us"), DT).raw("\n")
    b.t("Printed name: ").e(nm(pt, r.choice(["full", "CAPS"])), PER).raw("\n")
    b.t("For office use: Request #").raw(D(r, 6) + "  Logged by ").e(nm(person(r), "init2"), PER).raw("\n")
    return b


# ---------------------------------------------------------------------------
# Finance / billing (English)
# ---------------------------------------------------------------------------
PRODUCTS = ["Jackson Ergonomic Chair", "Abbott Desk Lamp (LED)", "Victoria Bay Lantern", "Baker Street Shelf Unit",
            "Franklin 3-Ring Binder 2in", "Harper Series Toner TN-450", "Lincoln Steel Filing Cabinet",
            "Madison Avenue Tote", "Sterling Paper A4 80gsm", "Washington Standing Desk", "Morgan Label Maker LX",
            "Wallace Cable Organizer", "Service call - labour (hrs)", "Scanner maintenance contract"]


def k_invoice_twocol(r):
    b = B(r, "en", 0.04)
    co = r.choice(EMPLOYERS)
    cu = person(r)
    ca, sa = addr(r, "US"), addr(r, r.choice(["US", "US", "CA"]))
    b.t(r.choice(["INVOICE", "I N V O I C E", "TAX INVOICE"]) + "\n\n")
    coemail = email(r, None, re.sub(r"[^a-z]", "", co.lower())[:12] + ".com")
    left = [["FROM"], [co], [(sa.street[0], ADR)], [(sa.rest[0], ADR)], ["Tel ", (phone(r), PH)], [(coemail, EM)]]
    right = [["BILL TO"], [(nm(cu, r.choice(["full", "CAPS", "mid"])), PER)], [(ca.street[0], ADR)], [(ca.rest[0], ADR)],
             [(phone(r), PH)], [(email(r, cu), EM)]]
    twocol(b, left, right)
    b.raw("\n")
    d0 = rd(r)
    rows = [["Invoice #", inv_no(r), "Invoice Date", (fdate(r, d0, "en", "us"), DT)],
            ["Customer Acct", (acct(r, "customer"), ACC), "Due Date", (fdate(r, d0 + dt.timedelta(days=30), "en", "us"), DT)],
            ["PO Number", order_no(r), "Terms", "Net 30"]]
    table(b, rows, ragged=False)
    b.raw("\n")
    rows = [["QTY", "DESCRIPTION", "UNIT PRICE", "AMOUNT"]]
    tot = 0.0
    for p in r.sample(PRODUCTS, r.randint(2, 5)):
        q = r.randint(1, 12)
        u = r.uniform(4, 480)
        tot += q * u
        rows.append([str(q), p, f"{u:,.2f}", f"{q * u:,.2f}"])
    table(b, rows)
    b.raw(" " * r.randint(20, 40) + f"SUBTOTAL   {tot:,.2f}\n" + " " * r.randint(20, 40) + f"TAX 8.25%  {tot * 0.0825:,.2f}\n")
    b.raw(" " * r.randint(20, 40) + f"TOTAL DUE  ${tot * 1.0825:,.2f}\n\n")
    b.t("Remit by ACH - ").t(r.choice(BANKS_US)).t(" - ABA ").raw(aba(r)).t(" - Acct ").e(acct(r, "bank"), ACC).raw("\n")
    b.t("Questions about this invoice? ").e(coemail, EM).t(" or ").e(phone(r), PH).raw("\n")
    b.t("Pay online: ").e("https://pay." + re.sub(r"[^a-z]", "", co.lower())[:10] + ".com/i/" + rs(r, 10), URL).raw("\n")
    page_footer(b, 1, 1, "Thank you for your business!")
    return b


def k_invoice_table(r):
    b = B(r, "en", 0.05)
    co = r.choice(["Sterling Office Supply", "Harper & Lane Distributors", "Bishop Industrial Parts", "Carter Print Co."])
    b.t(f"{co}  |  Packing Slip / Invoice\n").raw("=" * r.randint(40, 70) + "\n")
    cu = person(r)
    sa = addr(r, r.choice(["US", "US", "US", "CA", "AU"]))
    b.t("SOLD TO: ").e(nm(cu, r.choice(["CAPS", "full", "LF"])), PER).raw("   ").t("Cust No. ").e(acct(r, "customer"), ACC).raw("\n")
    b.t("SHIP TO: ").e(sa.one(country=r.random() < 0.3).upper() if r.random() < 0.5 else sa.one(), ADR).raw("\n")
    b.t("ATTN: ").e(nm(person(r), r.choice(["first", "full", "init"])), PER).t("  PH ").e(phone(r, sa.cc if sa.cc in ("US", "CA", "AU") else "US"), PH).raw("\n")
    d0 = rd(r)
    b.t(f"Order {order_no(r)}   Invoice {inv_no(r)}   Ship date ").e(fdate(r, d0, "en", r.choice(["us", "abbr"])), DT).raw("\n")
    b.t("Carrier: UPS Ground   Tracking ").raw(tracking(r) + "\n\n")
    rows = [["LINE", "SKU", "ITEM", "ORD", "SHP", "B/O", "PRICE", "EXT"]]
    for i, p in enumerate(r.sample(PRODUCTS, r.randint(3, 6))):
        q = r.randint(1, 20)
        u = r.uniform(2, 300)
        rows.append([str(i + 1), f"{L(r)}{L(r)}-{D(r, 5)}", p, str(q), str(q - r.choice([0, 0, 1])), "0", f"{u:.2f}", f"{q * u:.2f}"])
    table(b, rows, ragged=r.random() < 0.5)
    b.raw("\n")
    flow(b, ["Returns accepted within 30 days with RMA. Restocking fee 15%. Sales rep: ",
             (nm(person(r), r.choice(["full", "first"])), PER), " ext. ", str(r.randint(100, 499)),
             ". Warehouse hours Mon-Fri 7-4. Version of terms: T&C v", ver(r), "."])
    page_footer(b, 1, 1)
    return b


def k_bank_statement_us(r):
    b = B(r, "en", 0.04)
    bank = r.choice(BANKS_US)
    h = person(r)
    a = addr(r, "US")
    ac = acct(r, "bank")
    d0 = rd(r).replace(day=1)
    d1 = (d0 + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    b.t(bank.upper() + "\n").t("P.O. Box " + D(r, 4) + "  Member FDIC\n\n")
    b.e(nm(h, r.choice(["CAPS", "CAPSM"])), PER).raw("\n")
    if r.random() < 0.4:
        b.e(nm(person(r, cult=h.cult), "CAPS"), PER).raw("\n")
    b.e(a.multi().upper(), ADR).raw("\n\n")
    b.t(r.choice(["Primary Checking", "EVERYDAY CHECKING", "Premier Savings"]) + "\n")
    b.t("Account Number: ").e(ac, ACC).raw("      ")
    b.t("Routing: ").raw(aba(r) + "\n")
    b.t("Statement Period: ").e(fdate(r, d0, "en", "us"), DT).raw(" - ").e(fdate(r, d1, "en", "us"), DT).raw("\n\n")
    b.t("Beginning balance        ").raw(amt(r, 200, 9000) + "\n").t("Deposits and credits     ").raw(amt(r, 200, 6000) + "\n")
    b.t("Withdrawals and debits   ").raw(amt(r, 200, 6000) + "\n").t("Ending balance           ").raw(amt(r, 200, 9000) + "\n\n")
    rows = [["DATE", "DESCRIPTION", "AMOUNT", "BALANCE"]]
    for i in range(r.randint(5, 9)):
        d = d0 + dt.timedelta(days=r.randint(0, 27))
        k = r.randint(0, 6)
        if k == 0:
            desc = [f"ZELLE PAYMENT TO ", (nm(person(r), "CAPS"), PER), f" CONF# {rs(r, 10, string.ascii_uppercase + string.digits)}"]
        elif k == 1:
            desc = [f"ACH DEBIT {r.choice(UTILS_US).upper()} ID {D(r, 10)}"]
        elif k == 2:
            desc = [f"CHECK #{r.randint(1001, 1999)}"]
        elif k == 3:
            desc = [f"POS PURCHASE {r.choice(['KROGER #', 'SHELL OIL ', 'TARGET T-', 'WALGREENS #'])}{D(r, 4)}"]
        elif k == 4:
            desc = ["DIRECT DEP " + r.choice(EMPLOYERS).upper()[:18] + " PPD ID " + D(r, 10)]
        elif k == 5:
            desc = ["ONLINE TRANSFER FROM ", (nm(person(r), r.choice(["CAPS", "init2"])), PER), " REF " + D(r, 8)]
        else:
            desc = ["ATM WITHDRAWAL TERMINAL " + D(r, 6)]
        dtxt = fdate(r, d, "en", "us")
        rows.append([(dtxt, DT), desc, amt(r, 5, 1500, ""), amt(r, 100, 9000, "")])
    # render rows manually because of multi-segment descriptions
    w = max(len("".join(seg_text(x) for x in rw[1])) if isinstance(rw[1], list) else len(rw[1]) for rw in rows) + 3
    for rw in rows:
        c0 = rw[0]
        b.e(*c0) if isinstance(c0, tuple) else b.raw(c0)
        b.raw("  ")
        segs = rw[1] if isinstance(rw[1], list) else [rw[1]]
        st = b.n
        for sg in segs:
            b.e(*sg) if isinstance(sg, tuple) else b.raw(sg)
        b.raw(" " * max(2, w - (b.n - st)) + rw[2].rjust(10) + "  " + rw[3].rjust(10) + "\n")
    page_break(b, 1, 2, ["Account ending " + ac.replace(" ", "")[-4:] + "   continued"])
    flow(b, ["In case of errors or questions about your electronic transfers, call ", (phone(r), PH),
             " or write to us at ", (f"P.O. Box {D(r, 5)}, {a.rest[0]}", ADR),
             " as soon as you can. We must hear from you no later than 60 days after we sent the FIRST statement "
             "on which the problem appeared. Visit ", ("https://www." + re.sub(r"[^a-z]", "", bank.lower())[:12] + ".com/help", URL), "."])
    page_footer(b, 2, 2)
    return b


def k_bank_statement_uk(r):
    b = B(r, "en", 0.04)
    bank = r.choice(["Northern Rock Building Society", "Thames Valley Bank plc", "Caledonian Savings", "Albion Mutual"])
    h = person(r, "en")
    a = addr(r, "GB")
    b.t(bank + "\n")
    b.t(title(r, h) + " ").e(nm(h, r.choice(["full", "init", "CAPS"])), PER).raw("\n")
    b.e(a.multi(), ADR).raw("\n\n")
    b.t("Your Current Account statement\n")
    sc = f"{D(r, 2)}-{D(r, 2)}-{D(r, 2)}"
    rows = [["Sort code", sc, "Account number", (D(r, 8), ACC)],
            ["IBAN", (iban(r, "GB"), IBAN), "BIC", r.choice(BICS[-4:])],
            ["Statement date", (fdate(r, rd(r), "en", r.choice(["gblong", "gbabbr"])), DT), "Sheet number", str(r.randint(1, 300))]]
    table(b, rows, ragged=False)
    b.raw("\n")
    rows = [["Date", "Payment type and details", "Paid out", "Paid in", "Balance"]]
    for _ in range(r.randint(5, 8)):
        k = r.randint(0, 4)
        if k == 0:
            det = ["FPO ", (nm(person(r), r.choice(["init2", "CAPS"])), PER), " REF RENT " + MONTHS["en"][r.randint(0, 11)][:3].upper()]
        elif k == 1:
            det = ["DD " + r.choice(["BRITISH GAS", "COUNCIL TAX", "THAMES WATER", "TV LICENCE"]) + " " + D(r, 8)]
        elif k == 2:
            det = ["CARD PAYMENT TO TESCO STORES " + D(r, 4) + " ON ", (f"{r.randint(1, 28)} {MONTHS['en'][r.randint(0, 11)][:3].upper()}", DT)]
        elif k == 3:
            det = ["FPI ", (nm(person(r), "CAPS"), PER), " " + D(r, 6)]
        else:
            det = ["BGC SALARY " + r.choice(EMPLOYERS).upper()[:16]]
        rows.append([(fdate(r, rd(r), "en", "gbabbr"), DT), det, amt(r, 5, 900, ""), "", amt(r, 100, 5000, "")])
    for rw in rows:
        c0 = rw[0]
        b.e(*c0) if isinstance(c0, tuple) else b.raw(c0)
        b.raw("   ")
        for sg in (rw[1] if isinstance(rw[1], list) else [rw[1]]):
            b.e(*sg) if isinstance(sg, tuple) else b.raw(sg)
        b.raw("    " + "   ".join(x for x in rw[2:] if x) + "\n")
    b.raw("\n")
    flow(b, [f"{bank} is authorised by the Prudential Regulation Authority. Lost or stolen cards: ",
             (phone(r, "GB"), PH), " (24 hours). Financial Services Register number ", D(r, 6), "."])
    page_footer(b, 1, 1)
    return b


def k_credit_card_statement(r):
    b = B(r, "en", 0.04)
    issuer = r.choice(["Harborview Rewards Visa", "Summit Cash Back Mastercard", "Lincoln Platinum Card", "Franklin Travel Card"])
    h = person(r)
    a = addr(r, "US")
    pan = card(r)
    last4 = re.sub(r"\D", "", pan)[-4:]
    b.t(issuer + "   Account ending in " + last4 + "\n")
    b.t("Card number: ").raw(r.choice(["XXXX XXXX XXXX ", "**** **** **** ", "xxxx-xxxx-xxxx-"]) + last4 + "\n")
    d0 = rd(r)
    b.t("Opening/Closing Date ").e(fdate(r, d0, "en", "us"), DT).raw(" - ").e(fdate(r, d0 + dt.timedelta(days=30), "en", "us"), DT).raw("\n")
    b.t("Payment Due Date: ").e(fdate(r, d0 + dt.timedelta(days=55), "en", r.choice(["us", "long"])), DT).raw("\n")
    b.t(f"New Balance {amt(r, 50, 7000)}   Minimum Payment Due {amt(r, 25, 200)}\n\n")
    rows = [["Trans Date", "Post Date", "Description", "Reference Number", "Amount"]]
    for _ in range(r.randint(4, 8)):
        d = d0 + dt.timedelta(days=r.randint(0, 29))
        rows.append([(f"{d.month:02d}/{d.day:02d}/{d.year}", DT), (f"{d.month:02d}/{min(d.day + 1, 28):02d}/{d.year}", DT),
                     r.choice(["AMZN MKTP US", "UBER *TRIP", "DELTA AIR 0062", "SQ *BLUE BOTTLE", "NETFLIX.COM", "SHELL OIL 5744",
                               "MARRIOTT BALTIMORE", "APPLE.COM/BILL", "CVS/PHARMACY #0" + D(r, 3)]),
                     re.sub(r"\s", "", bad_card(r))[:16] if r.random() < 0.5 else D(r, 23), amt(r, 3, 600, "")])
    table(b, rows)
    b.raw("\n")
    b.t("Customer Service ").e(phone(r), PH).t("   Lost/Stolen ").e(phone(r), PH).raw("\n")
    b.raw("\n" + "- " * r.randint(20, 35) + "\n")
    b.t("PAYMENT COUPON   Please detach and return with your payment\n")
    b.t("Account Number  ").e(pan, CC).raw("\n")
    b.t("Amount Enclosed $________    Make check payable to " + issuer.split()[0] + " Card Services\n\n")
    b.e(nm(h, r.choice(["CAPS", "CAPSM"])), PER).raw("\n").e(a.multi().upper(), ADR).raw("\n\n")
    b.raw(r.choice(["", "0"]) + D(r, 4) + " ").e(re.sub(r"\D", "", pan), CC).raw(" " + D(r, 6) + " " + D(r, 6) + "\n")
    return b


def k_check_scan(r):
    b = B(r, "en", 0.06)
    payer, payee = person(r), person(r)
    a = addr(r, "US")
    bank = r.choice(BANKS_US)
    cn = r.randint(1001, 4999)
    b.t("[check image OCR]\n")
    b.e(nm(payer, r.choice(["CAPS", "CAPSM", "full"])), PER)
    if r.random() < 0.4:
        b.raw(" OR ").e(nm(person(r, cult=payer.cult), "CAPS"), PER)
    b.raw(" " * r.randint(20, 40) + str(cn) + "\n")
    b.e(a.multi().upper(), ADR).raw("\n")
    b.raw(" " * r.randint(30, 48)).t("Date ").e(fdate(r, rd(r), "en", r.choice(["us", "us1", "long"])), DT).raw("\n\n")
    v = r.uniform(20, 3000)
    b.t("PAY TO THE\nORDER OF  ").e(rn(r, payee, ("full", "mid", "full", "CAPS")), PER).raw("  " + "_" * r.randint(4, 14) + f"  $ {v:,.2f}\n")
    dollars = int(v)
    words = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]
    b.t(f"{words[dollars // 1000 - 1] + ' Thousand ' if dollars >= 1000 else ''}{words[(dollars % 1000) // 100 - 1] + ' Hundred ' if dollars % 1000 >= 100 else ''}"
        f"and {int(round((v - dollars) * 100)):02d}/100 ").raw("-" * r.randint(8, 30) + " DOLLARS\n\n")
    b.t(bank + "\n")
    b.t("MEMO ").t(r.choice(["rent", "invoice " + inv_no(r), "tutoring - March", "deposit", "ref claim " + claim_no(r)])).raw(
        " " * r.randint(10, 20) + "_" * 18 + "\n\n")
    routing = aba(r)
    an = D(r, r.randint(9, 12))
    sym = r.choice([("⑆", "⑈"), ("|:", "||'"), (":", "\""), ("C", "A")])
    if r.random() < 0.5:
        b.raw(f"{sym[0]}{routing}{sym[0]} ").e(an, ACC).raw(f"{sym[1]} {cn:04d}\n")
    else:
        b.raw(f"{sym[0]}{routing}{sym[0]}  {cn:04d}  ").e(an, ACC).raw(f"{sym[1]}\n")
    b.raw("\n[reverse]\n").t("Endorse here\n").e(nm(payee, r.choice(["full", "lower"])), PER).raw("\n")
    b.t("FOR MOBILE DEPOSIT ONLY AT " + r.choice(BANKS_US).upper().split(",")[0] + "\n")
    b.t("DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE\n")
    b.raw(f"{D(r, 8)} {D(r, 2)}{L(r)} {D(r, 9)}\n")
    return b


def k_mortgage_statement(r):
    b = B(r, "en", 0.04)
    sv = r.choice(["Keystone Home Loans", "Pemberton Mortgage Servicing", "Lakeshore Federal Savings"])
    h = person(r)
    prop = addr(r, "US")
    mail = prop if r.random() < 0.6 else addr(r, "US")
    b.t(f"{sv}\nMortgage Statement\n\n")
    left = [[(nm(h, "CAPS"), PER)]] + [[(ln.upper(), ADR)] for ln in mail.lines()] + [[""]]
    d0 = rd(r)
    right = [["Statement Date: ", (fdate(r, d0, "en", "us"), DT)], ["Loan Number: ", (acct(r, "loan"), ACC)],
             ["Payment Due Date: ", (fdate(r, d0 + dt.timedelta(days=20), "en", "us"), DT)],
             [f"Amount Due: {amt(r, 800, 4000)}"]]
    twocol(b, left, right)
    b.raw("\n")
    b.t("Property Address: ").e(prop.one(), ADR).raw("\n")
    b.t("Escrow Account No. ").raw(D(r, 9) + "   ").t("Investor Loan # ").raw(D(r, 7) + "\n\n")
    rows = [["Explanation of Amount Due", ""], ["Principal", amt(r, 200, 1200)], ["Interest", amt(r, 200, 1500)],
            ["Escrow (Taxes and Insurance)", amt(r, 100, 800)], ["Regular Monthly Payment", amt(r, 900, 3500)],
            ["Total Fees Charged", "$0.00"]]
    table(b, rows, ragged=False)
    b.raw("\n")
    rows = [["Date", "Description", "Total", "Principal", "Interest", "Escrow"]]
    for _ in range(r.randint(2, 4)):
        rows.append([(fdate(r, rd(r), "en", "us"), DT), r.choice(["Payment", "County Tax Disb", "Hazard Ins Disb", "Late Charge"]),
                     amt(r, 100, 3000, ""), amt(r, 100, 900, ""), amt(r, 100, 900, ""), amt(r, 0, 600, "")])
    table(b, rows)
    b.raw("\n")
    flow(b, ["If you are experiencing financial difficulty, HUD-approved housing counselors are available at ",
             (phone(r), PH), ". Send correspondence to ", (f"PO Box {D(r, 5)}, " + (lambda c: f"{c[0]}, {c[1]} {c[2]}{D(r, 2)}")(r.choice(US_CITIES)), ADR),
             ". NMLS ID ", D(r, 6), ". This is an attempt to collect a debt."])
    page_footer(b, 1, 2, f"Loan ID {D(r, 4)}****")
    return b


def k_utility_bill_us(r):
    b = B(r, "en", 0.05)
    u = r.choice(UTILS_US)
    h = person(r)
    sa = addr(r, "US")
    an = acct(r, "utility")
    d0 = rd(r)
    b.t(u + "\n").t(r.choice(["Your Energy Bill", "Statement of Service", "RESIDENTIAL WATER & SEWER BILL"]) + "\n\n")
    rows = [["Account Number", (an, ACC)], ["Bill Date", (fdate(r, d0, "en", "us"), DT)],
            ["Service Period", [(fdate(r, d0 - dt.timedelta(days=31), "en", "us"), DT), " to ", (fdate(r, d0 - dt.timedelta(days=1), "en", "us"), DT)]],
            ["Due Date", (fdate(r, d0 + dt.timedelta(days=21), "en", r.choice(["us", "long"])), DT)],
            ["Amount Due", amt(r, 30, 450)]]
    for rw in rows:
        b.t(rw[0]).raw(" " * (20 - len(rw[0])))
        if isinstance(rw[1], list):
            b.seq(*rw[1])
        elif isinstance(rw[1], tuple):
            b.e(*rw[1])
        else:
            b.raw(rw[1])
        b.raw("\n")
    b.raw("\n")
    b.t("Service Address: ").e(sa.one().upper(), ADR).raw("\n")
    b.t("Customer: ").e(nm(h, r.choice(["CAPS", "LF", "full"])), PER).raw("\n\n")
    rows = [["Meter #", "Read Type", "Previous", "Current", "Usage"],
            [f"{L(r)}{D(r, 8)}", r.choice(["Actual", "Estimated"]), D(r, 5), D(r, 5), f"{r.randint(200, 1900)} kWh"]]
    table(b, rows)
    b.raw("\n")
    b.t(f"Rate schedule R-{r.randint(1, 9)}  Basic charge $12.50  Energy charge {r.randint(180, 320)} kWh x $0.{D(r, 4)}\n\n")
    flow(b, ["To report an outage or emergency call ", (phone(r), PH), " 24 hours a day. Pay online at ",
             ("https://www." + re.sub(r"[^a-z]", "", u.lower())[:14] + ".com/pay", URL),
             " or by phone at ", (phone(r), PH), ". A late payment charge of 1.5% applies after the due date."])
    b.raw("\n" + "~" * r.randint(30, 60) + "\nReturn this portion with your payment\n")
    b.t("Account ").e(an, ACC).raw("   ").t("Amount enclosed ______\n")
    b.e(nm(h, "CAPS"), PER).raw("\n").e(addr(r, "US").multi().upper() if r.random() < 0.3 else sa.multi().upper(), ADR).raw("\n")
    return b


def k_telecom_bill(r):
    b = B(r, "en", 0.04)
    tc = r.choice(TELCOS)
    h = person(r)
    a = addr(r, "US")
    an = acct(r, "telecom")
    d0 = rd(r)
    b.t(f"{tc}  -  Monthly Statement\n")
    b.t("Account: ").e(an, ACC).raw("   ").t("Bill period: ").e(fdate(r, d0, "en", "abbr"), DT).raw(" - ").e(fdate(r, d0 + dt.timedelta(days=30), "en", "abbr"), DT).raw("\n")
    b.e(nm(h, r.choice(["full", "CAPS"])), PER).raw("\n").e(a.multi(), ADR).raw("\n\n")
    lines_ = [(phone(r), person(r, cult=h.cult)) for _ in range(r.randint(1, 3))]
    b.t("Lines on this account\n")
    for ph_, u in lines_:
        b.e(ph_, PH).raw("   ").e(nm(u, "first").upper(), PER).raw(f"   IMEI {luhn_complete('35', 15, r)}   Plan Unlimited Plus\n")
    b.raw("\n")
    b.t("Itemized calls - ").e(lines_[0][0], PH).raw("\n")
    rows = [["Date/Time", "Number called", "Location", "Min", "Charge"]]
    for _ in range(r.randint(3, 6)):
        d = d0 + dt.timedelta(days=r.randint(0, 29))
        c = r.choice(US_CITIES)
        rows.append([(f"{d.month:02d}/{d.day:02d}/{d.year} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}", DT), (phone(r), PH),
                     (f"{c[0].upper()}, {c[1]}", LOC) if r.random() < 0.6 else "INCOMING", str(r.randint(1, 45)), "0.00"])
    table(b, rows)
    b.raw("\n")
    flow(b, ["Autopay is scheduled for ", (fdate(r, d0 + dt.timedelta(days=25), "en", "long"), DT),
             ". Questions? Dial 611 from your device or visit ", ("https://my." + re.sub(r"[^a-z]", "", tc.lower()) + ".com/billing", URL),
             ". Device payment agreement #", D(r, 10), " balance remaining ", amt(r, 50, 800), "."])
    page_footer(b, 1, r.randint(2, 4), f"{tc} | Acct {an[:3]}****")
    return b


# ---------------------------------------------------------------------------
# Identity documents (MRZ lines are never labelled)
# ---------------------------------------------------------------------------
def mrz_cd(s):
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        v = 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
        tot += v * w[i % 3]
    return str(tot % 10)


def mrz_name(p, n):
    last = re.sub(r"[^A-Z ]", "", ascii_fold(p.last).upper().replace("-", " ")).replace(" ", "<")
    first = re.sub(r"[^A-Z ]", "", ascii_fold(p.first).upper().replace("-", " ")).replace(" ", "<")
    s = f"{last}<<{first}"
    if p.mid:
        s += "<" + p.mid
    return (s + "<" * n)[:n]


def yymmdd(d):
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def mrz_td3(p, cc, num, dob, exp, sex):
    l1 = ("P<" + cc + mrz_name(p, 39))[:44]
    n9 = (num + "<" * 9)[:9]
    opt = "<" * 14
    body = n9 + mrz_cd(n9) + cc + yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(exp) + mrz_cd(yymmdd(exp)) + opt + mrz_cd(opt)
    comp = n9 + mrz_cd(n9) + yymmdd(dob) + mrz_cd(yymmdd(dob)) + yymmdd(exp) + mrz_cd(yymmdd(exp)) + opt + mrz_cd(opt)
    return l1, body + mrz_cd(comp)


def mrz_td1(p, code, cc, num, dob, exp, sex, nat):
    n9 = (num + "<" * 9)[:9]
    l1 = (code + cc + n9 + mrz_cd(n9) + "<" * 15)[:30]
    l2 = yymmdd(dob) + mrz_cd(yymmdd(dob)) + sex + yymmdd(exp) + mrz_cd(yymmdd(exp)) + nat + "<" * 11
    l2 = l2[:29] + mrz_cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l3 = mrz_name(p, 30)
    return l1, l2, l3


def mrz_garble(r, s):
    """OCR reading '<' as 'K' / '«' occasionally, or dropping spaces."""
    if r.random() < 0.3:
        s = "".join(("«" if c == "<" and r.random() < 0.1 else c) for c in s)
    return s


PASS_CC = [("USA", "UNITED STATES OF AMERICA", "US"), ("GBR", "BRITISH CITIZEN", "GB"), ("CAN", "CANADIAN/CANADIENNE", "CA"),
           ("IND", "INDIAN", "IN"), ("NGA", "NIGERIAN", "NG"), ("IRL", "IRISH/ÉIREANNACH", "IE"), ("AUS", "AUSTRALIAN", "AU")]
POB = {"USA": ["OHIO, USA", "TEXAS, U S A", "NEW YORK, USA", "CALIFORNIA, USA", "PUERTO RICO, USA"],
       "GBR": ["LONDON", "MANCHESTER", "CARDIFF", "GLASGOW"], "CAN": ["TORONTO, CAN", "HALIFAX, CAN", "QUEBEC, CAN"],
       "IND": ["MUMBAI, MAHARASHTRA", "CHENNAI", "LUCKNOW"], "NGA": ["LAGOS", "ENUGU", "IBADAN"],
       "IRL": ["DUBLIN", "CORK", "GALWAY"], "AUS": ["SYDNEY", "PERTH", "MELBOURNE"]}


def k_passport_scan(r):
    b = B(r, "en", 0.05)
    cc, nat, _ = r.choice(PASS_CC)
    cult = {"USA": "en", "GBR": "en", "CAN": "en", "IND": "in", "NGA": "ng", "IRL": "ie", "AUS": "en"}[cc]
    p = person(r, cult=cult if r.random() < 0.7 else None)
    dob = rdob(r)
    iss = rd(r, 2015, 2024)
    exp = iss.replace(year=iss.year + 10) if not (iss.month == 2 and iss.day == 29) else iss.replace(year=iss.year + 10, day=28)
    num = D(r, 9) if cc in ("USA", "GBR", "AUS") else L(r) + D(r, 7)
    sex = "F" if p.female else "M"
    b.t(r.choice(["PASSPORT   PASSEPORT   PASAPORTE", "PASSPORT / PASSEPORT", "P A S S P O R T"]) + "\n")
    b.raw(f"Type/Type  P     Code/Code  {cc}     Passport No./No. du passeport  {num}\n")
    ds = r.choice(["caps", "caps", "dash"])
    lab = r.choice([0, 1])
    fields = [("Surname / Nom" if lab else "Surname", nm(p, "LAST"), PER),
              ("Given Names / Prénoms" if lab else "Given names", (f"{p.first} {p.mid}" if p.mid else p.first).upper(), PER),
              ("Nationality / Nationalité" if lab else "Nationality", nat, None),
              ("Date of birth / Date de naissance" if lab else "Date of birth", fdate(r, dob, "en", ds), DOB),
              ("Sex / Sexe", sex, None),
              ("Place of birth / Lieu de naissance" if lab else "Place of birth", r.choice(POB[cc]), LOC),
              ("Date of issue / Date de délivrance" if lab else "Date of issue", fdate(r, iss, "en", ds), DT),
              ("Date of expiry / Date d'expiration" if lab else "Date of expiration", fdate(r, exp, "en", ds), DT),
              ("Authority / Autorité", {"USA": "United States Department of State", "GBR": "HMPO", "CAN": "Passport Canada",
                                         "IRL": "DFA", "IND": "RPO " + r.choice(["MUMBAI", "CHENNAI", "DELHI"]),
                                         "NGA": "NIS HQ", "AUS": "AUSTRALIA"}[cc], None)]
    for lb, v, ty in fields:
        b.t(lb + "\n" if r.random() < 0.6 else lb + "   ")
        b.e(v, ty).raw("\n")
    b.raw("\n")
    if r.random() < 0.5:
        b.t("Signature of bearer  ").e(nm(p, r.choice(["full", "lower"])), PER).raw("\n\n")
    l1, l2 = mrz_td3(p, cc, num, dob, exp, sex)
    b.raw(mrz_garble(r, l1) + "\n" + mrz_garble(r, l2) + "\n")
    if r.random() < 0.4:
        b.raw("\n")
        b.t("Scanned copy uploaded for KYC review by ").e(nm(person(r), r.choice(["full", "init"])), PER).t(" - case ").raw(f"KYC-{D(r, 7)}\n")
    return b


def k_green_card(r):
    b = B(r, "en", 0.05)
    p = person(r, cult=r.choice(["es", "in", "cn", "vn", "ng", "ar", "ko", "pl"]))
    dob = rdob(r)
    since = rd(r, 2008, 2023)
    exp = since.replace(year=since.year + 10) if not (since.month == 2 and since.day == 29) else since.replace(year=since.year + 10, day=28)
    b.t("UNITED STATES OF AMERICA\nPERMANENT RESIDENT\n\n")
    b.t("Surname\n").e(nm(p, "LAST"), PER).raw("\n")
    b.t("Given Name\n").e(p.first.upper(), PER).raw("\n")
    b.t("USCIS#  ").raw(f"{D(r, 3)}-{D(r, 3)}-{D(r, 3)}   ").t("Category  ").raw(r.choice(["IR1", "E21", "CR6", "DV1", "F41"]) + "\n")
    b.t("Country of Birth\n").e({"es": r.choice(["Mexico", "El Salvador", "Colombia"]), "in": "India", "cn": "China", "vn": "Vietnam",
                                  "ng": "Nigeria", "ar": r.choice(["Egypt", "Jordan", "Iraq"]), "ko": "Korea", "pl": "Poland"}[p.cult], LOC).raw("\n")
    b.t("Date of Birth   Sex\n").e(fdate(r, dob, "en", "caps"), DOB).raw("     " + ("F" if p.female else "M") + "\n")
    b.t("Card Expires: ").e(fdate(r, exp, "en", "us"), DT).raw("\n")
    b.t("Resident Since: ").e(fdate(r, since, "en", "us"), DT).raw("\n\n")
    num = L(r) + L(r) + L(r) + D(r, 6)
    for ln in mrz_td1(p, "C1", "USA", num, dob, exp, "F" if p.female else "M", "MEX"):
        b.raw(mrz_garble(r, ln) + "\n")
    b.raw("\n")
    flow(b, ["Copy received with I-9 on ", (fdate(r, rd(r), "en", "us"), DT), ". Verified by ",
             (nm(person(r), r.choice(["full", "init"])), PER), ", HR Generalist. E-Verify case ",
             f"{nd(r, 13)}{L(r)}{L(r)}", " closed as employment authorized."])
    b.raw("\n")
    return b


US_DL_STATES = ["CA", "NY", "FL", "TX", "IL", "WA", "OH", "MI"]


def k_dl_us(r):
    b = B(r, "en", 0.06)
    st = r.choice(US_DL_STATES)
    city = [c for c in US_CITIES if c[1] == st]
    p = person(r)
    if city:
        c = r.choice(city)
        a = Addr([f"{r.randint(10, 9800)} {r.choice(US_STREETS)}".upper()], [f"{c[0]}, {st} {c[2]}{D(r, 2)}".upper()], c[0], st, None, "US")
    else:
        a = addr(r, "US")
    dob = rdob(r)
    iss = rd(r, 2018, 2024)
    exp = dt.date(iss.year + r.choice([4, 5, 8]), dob.month, min(dob.day, 28))
    b.t(f"{US_STATE_NAMES.get(st, st).upper()}  {r.choice(['DRIVER LICENSE', 'DRIVER LICENSE', 'REAL ID DRIVER LICENSE', 'DRIVERS LICENSE'])}\n")
    b.t("USA\n")
    lab = r.random() < 0.5
    b.raw("4d " if lab else "").t("DL ").e(dl_us(r, st), DL).raw("\n")
    b.raw("4b " if lab else "").t("EXP ").e(fdate(r, exp, "en", "us"), DT).raw("    ")
    b.raw("4a " if lab else "").t("ISS ").e(fdate(r, iss, "en", "us"), DT).raw("\n")
    b.raw("1 " if lab else "LN ").e(nm(p, "LAST"), PER).raw("\n")
    b.raw("2 " if lab else "FN ").e((f"{p.first} {p.mid}" if p.mid else p.first).upper(), PER).raw("\n")
    b.raw("8 " if lab else "").e(a.multi().upper() if r.random() < 0.6 else a.one(sep=" ").upper(), ADR).raw("\n")
    b.raw("3 " if lab else "").t("DOB ").e(fdate(r, dob, "en", "us"), DOB).raw("\n")
    b.raw("9 " if lab else "").t("CLASS ").raw(r.choice(["C", "D", "CM"]) + "   ").t("RSTR ").raw(r.choice(["NONE", "B", "CORR LENS"]) + "   ").t("END ").raw("NONE\n")
    b.raw("15 " if lab else "").t("SEX ").raw(("F" if p.female else "M") + "  ").t("HGT ").raw(f"{r.randint(4, 6)}'-{r.randint(0, 11):02d}\"  ").t("WGT ").raw(
        f"{r.randint(100, 260)} lb  ").t("EYES ").raw(r.choice(["BRN", "BLU", "HAZ", "GRN"]) + "  ").t("HAIR ").raw(r.choice(["BRN", "BLK", "BLN", "GRY"]) + "\n")
    b.raw("5 " if lab else "").t("DD ").raw(f"{D(r, 2)}/{D(r, 2)}/{D(r, 4)}{D(r, 5)}/{L(r)}{L(r)}FD/{D(r, 2)}\n")
    if r.random() < 0.5:
        b.t("VETERAN\n")
    b.raw("\n")
    if r.random() < 0.6:
        flow(b, ["ID verified in person at branch ", str(r.randint(100, 999)), " by ", (nm(person(r), r.choice(["first", "full"])), PER),
                 "; copy retained per CIP policy. Customer phone on file ", (phone(r), PH), "."])
        b.raw("\n")
    return b


def k_dl_uk(r):
    b = B(r, "en", 0.05)
    p = person(r, "en", cult=r.choice(["en", "en", "ie", "in", "ar", "pl"]))
    dob = rdob(r)
    iss = rd(r, 2016, 2024)
    exp = iss.replace(year=iss.year + 10) if not (iss.month == 2 and iss.day == 29) else iss.replace(year=iss.year + 10, day=28)
    a = addr(r, "GB")
    b.t("DRIVING LICENCE   UK\n")
    b.raw("1. ").e(nm(p, "LAST"), PER).raw("\n")
    b.raw("2. ").e((f"{p.first} {p.mid}" if p.mid else p.first).upper(), PER).raw("\n")
    b.raw("3. ").e(fdate(r, dob, "en", "dot"), DOB).raw(" ").e(r.choice(["UNITED KINGDOM", "ENGLAND", "SCOTLAND", "WALES", "INDIA", "POLAND"]), LOC).raw("\n")
    b.raw("4a. ").e(fdate(r, iss, "en", "dot"), DT).raw("  4c. DVLA\n")
    b.raw("4b. ").e(fdate(r, exp, "en", "dot"), DT).raw("\n")
    b.raw("5. ").e(dl_uk(r, p, dob), DL).raw(f"  {r.randint(10, 99)}\n")
    b.raw("7. [signature]\n")
    b.raw("8. ").e(a.one().upper(), ADR).raw("\n")
    b.raw("9. AM/A/B1/B/f/k/l/n/p/q\n\n")
    b.t("Counterpart / check code: ").raw(rs(r, 8, string.ascii_uppercase + string.digits) + "\n")
    flow(b, ["Licence checked for hire agreement ", f"HA{D(r, 7)}", " on ", (fdt(r, rd(r), "en", "gblong"), DT),
             ". Vehicle reg ", f"{L(r)}{L(r)}{D(r, 2)} {L(r)}{L(r)}{L(r)}", " (VIN ", vin(r), "). Staff: ",
             (nm(person(r), "first"), PER), "."])
    b.raw("\n")
    return b


# ---------------------------------------------------------------------------
# Payroll and tax (English)
# ---------------------------------------------------------------------------
def k_payslip_us(r):
    b = B(r, "en", 0.04)
    co = r.choice(EMPLOYERS)
    ca = addr(r, "US")
    e = person(r)
    ea = addr(r, "US")
    d0 = rd(r)
    b.t(co + "\n").e(ca.one(), ADR).raw("\n\n")
    b.t(r.choice(["EARNINGS STATEMENT", "Pay Stub", "STATEMENT OF EARNINGS AND DEDUCTIONS"]) + "\n\n")
    s = ssn(r) if r.random() < 0.5 else "XXX-XX-" + D(r, 4)
    left = [["Employee: ", (nm(e, r.choice(["full", "CAPS", "LF"])), PER)], [(ea.street[0], ADR)], [(ea.rest[0], ADR)],
            ["Emp ID: " + D(r, 6) + "  Dept: " + D(r, 3)], ["SSN: ", (s, SSN) if "X" not in s else s]]
    right = [["Pay Period: ", (fdate(r, d0, "en", "us"), DT)], ["       to   ", (fdate(r, d0 + dt.timedelta(days=13), "en", "us"), DT)],
             ["Pay Date:   ", (fdate(r, d0 + dt.timedelta(days=18), "en", "us"), DT)], ["Check No:   " + D(r, 6)],
             ["Filing: Single  Allow: " + str(r.randint(0, 4))]]
    twocol(b, left, right)
    b.raw("\n")
    gross = r.uniform(1200, 6500)
    earn = [["EARNINGS", "RATE", "HOURS", "CURRENT", "YTD"], ["Regular", f"{gross / 80:.2f}", "80.00", f"{gross:,.2f}", f"{gross * r.randint(3, 20):,.2f}"],
            ["Overtime", f"{gross / 80 * 1.5:.2f}", f"{r.randint(0, 9)}.00", f"{r.uniform(0, 300):.2f}", f"{r.uniform(0, 3000):,.2f}"]]
    ded = [["DEDUCTIONS", "CURRENT", "YTD"], ["Federal Income Tax", f"{gross * .12:.2f}", f"{gross * 1.4:,.2f}"],
           ["Social Security", f"{gross * .062:.2f}", f"{gross * .7:,.2f}"], ["Medicare", f"{gross * .0145:.2f}", f"{gross * .17:,.2f}"],
           ["401(k)", f"{gross * .05:.2f}", f"{gross * .6:,.2f}"], ["Medical Pre-Tax", "84.12", "1,009.44"]]
    lt = ["   ".join(x.ljust(10) for x in rw) for rw in earn]
    rt = ["   ".join(x.ljust(9) for x in rw) for rw in ded]
    twocol(b, lt, rt, plain=True)
    b.raw("\n")
    b.t(f"NET PAY  ${gross * .7:,.2f}\n")
    if r.random() < 0.5:
        b.t("Direct Deposit: ").t(r.choice(BANKS_US)).t("  Acct ").e(acct(r, "bank"), ACC).raw(f"  Amount ${gross * .7:,.2f}\n")
    else:
        b.t("Direct Deposit: Checking ****").raw(D(r, 4) + f"  ${gross * .7:,.2f}\n")
    b.raw("\n")
    b.t("Payroll questions: ").e(email(r, None, re.sub(r"[^a-z]", "", co.lower())[:12] + ".com"), EM).raw("\n")
    b.t("NON-NEGOTIABLE  THIS IS NOT A CHECK\n")
    return b


def k_payslip_uk(r):
    b = B(r, "en", 0.04)
    co = r.choice(EMPLOYERS)
    e = person(r, "en", cult=r.choice(["en", "en", "in", "ng", "pl", "ie"]))
    d0 = rd(r)
    b.t(f"{co}\nPAYSLIP\n\n")
    rows = [["Employee", (nm(e, r.choice(["full", "init", "LF"])), PER), "Payroll No.", D(r, 5)],
            ["Tax Code", r.choice(["1257L", "BR", "K475", "1257L M1", "S1257L"]), "NI Number", f"{L(r)}{L(r)} {D(r, 2)} {D(r, 2)} {D(r, 2)} {r.choice('ABCD')}"],
            ["Pay Date", (fdate(r, d0, "en", r.choice(["gb", "gbabbr"])), DT), "Tax Period", f"M{r.randint(1, 12)}"],
            ["NI Letter", "A", "Pay Method", "BACS"]]
    table(b, rows, ragged=False)
    b.raw("\n")
    g = r.uniform(1400, 5200)
    rows = [["Payments", "Units", "Rate", "Amount", "Deductions", "Amount"],
            ["Basic Pay", "1.00", f"{g:.2f}", f"{g:.2f}", "PAYE Tax", f"{g * .18:.2f}"],
            ["Holiday Pay", f"{r.randint(0, 3)}.00", "0.00", "0.00", "National Insurance", f"{g * .08:.2f}"],
            ["", "", "", "", "Pension (NEST)", f"{g * .05:.2f}"], ["", "", "", "", "Student Loan Plan 2", f"{g * .03:.2f}"]]
    table(b, rows, ragged=r.random() < 0.5)
    b.raw("\n")
    b.t(f"Total Gross Pay  {g:,.2f}     Net Pay  £{g * .66:,.2f}\n")
    b.t("Paid to account ending ").raw(D(r, 4) + "  sort code ").raw(f"{D(r, 2)}-{D(r, 2)}-**\n\n")
    b.t("Home address: ").e(addr(r, "GB").one(), ADR).raw("\n")
    flow(b, ["Your P60 for the tax year ending 5 April will be issued separately. Any queries should be raised with ",
             (nm(person(r), r.choice(["full", "first"])), PER), " in HR on ", (phone(r, "GB"), PH), " or ",
             (email(r, None, "payroll.co.uk"), EM), "."])
    b.raw("\n")
    return b


def k_w2_form(r):
    b = B(r, "en", 0.03)
    e = person(r)
    ea = addr(r, "US")
    co = r.choice(EMPLOYERS)
    ca = addr(r, "US")
    yr = r.randint(2020, 2024)
    w = r.uniform(28000, 140000)
    b.raw("22222  ").t("Void [ ]   ").t("a  Employee's social security number\n").raw(" " * r.randint(3, 10)).e(ssn(r), SSN).raw("\n")
    b.t("OMB No. 1545-0008\n")
    b.t("b  Employer identification number (EIN)").raw("      ").t(f"1  Wages, tips, other compensation   {w:,.2f}\n")
    b.raw(f"   {D(r, 2)}-{D(r, 7)}").raw(" " * 36).t(f"2  Federal income tax withheld   {w * .14:,.2f}\n")
    b.t("c  Employer's name, address, and ZIP code").raw("    ").t(f"3  Social security wages   {w:,.2f}\n")
    b.raw("   ").t(co.upper()).raw(" " * r.randint(10, 20)).t(f"4  Social security tax withheld   {w * .062:,.2f}\n")
    b.raw("   ").e(ca.street[0].upper(), ADR).raw(" " * r.randint(10, 30)).t(f"5  Medicare wages and tips   {w:,.2f}\n")
    b.raw("   ").e(ca.rest[0].upper(), ADR).raw(" " * r.randint(10, 30)).t(f"6  Medicare tax withheld   {w * .0145:,.2f}\n")
    b.t("d  Control number  ").raw(f"{D(r, 5)} {L(r)}{L(r)}{L(r)}\n")
    b.t("e  Employee's first name and initial    Last name    Suff.\n")
    if r.random() < 0.5:
        b.raw("   ").e((f"{e.first} {e.mid}" if e.mid else e.first).upper(), PER).raw(" " * r.randint(3, 12)).e(e.last.upper(), PER).raw("\n")
    else:
        b.raw("   ").e(nm(e, "CAPSM"), PER).raw("\n")
    b.t("f  Employee's address and ZIP code\n")
    b.raw("   ").e(ea.multi().upper(), ADR).raw("\n")
    b.t(f"12a  D  {w * .05:,.2f}    12b  DD  {r.uniform(3000, 15000):,.2f}    13  Retirement plan [X]\n")
    st = ea.region
    b.t(f"15 State  Employer's state ID number    16 State wages    17 State income tax\n")
    b.raw(f"   {st}   {D(r, 3)}-{D(r, 4)}-{D(r, 1)}       {w:,.2f}       {w * .045:,.2f}\n\n")
    b.t(f"Form W-2 Wage and Tax Statement  {yr}   Department of the Treasury - Internal Revenue Service\n")
    b.t("Copy B - To Be Filed With Employee's FEDERAL Tax Return.\n")
    if r.random() < 0.5:
        b.raw("\n")
        flow(b, ["Scanned and indexed to client folder ", f"TX{yr}-{D(r, 5)}", " for ", (nm(e, r.choice(["full", "LF"])), PER),
                 ". Preparer: ", (nm(person(r), "init"), PER), ". Reminder: appointment ",
                 (fdt(r, dt.date(yr + 1, r.randint(2, 4), r.randint(1, 28)), "en", "long"), DT), "."])
        b.raw("\n")
    return b


def k_form_1099(r):
    b = B(r, "en", 0.03)
    payer = r.choice(BANKS_US + ["Vanguard-style Brokerage Services", "Pinnacle Investments LLC"])
    pa = addr(r, "US")
    rc = person(r)
    ra = addr(r, "US")
    kind = r.choice(["INT", "MISC", "NEC", "DIV"])
    yr = r.randint(2020, 2024)
    b.t(f"Form 1099-{kind}   {yr}   CORRECTED (if checked) [ ]\n\n")
    b.t("PAYER'S name, street address, city or town, state or province, country, ZIP or foreign postal code, and telephone no.\n")
    b.t(payer.upper() + "\n").e(pa.multi().upper(), ADR).raw("\n").e(phone(r), PH).raw("\n\n")
    rows = [["PAYER'S TIN", "RECIPIENT'S TIN"], [f"{D(r, 2)}-{D(r, 7)}", (ssn(r) if r.random() < 0.75 else "***-**-" + D(r, 4), SSN)]]
    if "*" in rows[1][1][0]:
        rows[1][1] = rows[1][1][0]
    table(b, rows, ragged=False)
    b.raw("\n")
    b.t("RECIPIENT'S name\n").e(nm(rc, r.choice(["CAPS", "CAPSM", "full"])), PER).raw("\n")
    b.t("Street address (including apt. no.)\n").e(ra.street[0].upper(), ADR).raw("\n")
    b.t("City or town, state or province, country, and ZIP or foreign postal code\n").e(ra.rest[0].upper(), ADR).raw("\n")
    b.t("Account number (see instructions)\n").e(acct(r, r.choice(["bank", "customer"])), ACC).raw("\n\n")
    labels = {"INT": ["1 Interest income", "3 Interest on U.S. Savings Bonds", "4 Federal income tax withheld"],
              "MISC": ["1 Rents", "2 Royalties", "3 Other income"], "NEC": ["1 Nonemployee compensation", "4 Federal income tax withheld"],
              "DIV": ["1a Total ordinary dividends", "1b Qualified dividends", "2a Total capital gain distr."]}[kind]
    for lb in labels:
        b.t(lb).raw(" " * r.randint(3, 12) + f"$ {r.uniform(0, 25000):,.2f}\n")
    b.raw("\n")
    b.t("FATCA filing requirement [ ]   2nd TIN not. [ ]\n")
    b.t(f"www.irs.gov/Form1099{kind}").raw("   ").t(f"Cat. No. {D(r, 5)}{L(r)}\n")
    return b


def k_form_1040(r):
    b = B(r, "en", 0.03)
    yr = r.randint(2020, 2024)
    t1, t2 = person(r), person(r)
    joint = r.random() < 0.5
    a = addr(r, "US")
    b.t(f"Form 1040   U.S. Individual Income Tax Return   {yr}   OMB No. 1545-0074\n")
    b.t("Filing Status  [ ] Single  [" + ("X" if joint else " ") + "] Married filing jointly  [ ] Head of household\n")
    b.t("Your first name and middle initial").raw("      ").t("Last name").raw("                 ").t("Your social security number\n")
    b.e((f"{t1.first} {t1.mid}" if t1.mid else t1.first).upper(), PER).raw(" " * r.randint(8, 22)).e(t1.last.upper(), PER).raw(" " * r.randint(6, 18)).e(ssn(r, r.choice(["-", " "])), SSN).raw("\n")
    if joint:
        b.t("If joint return, spouse's first name and middle initial   Last name   Spouse's social security number\n")
        b.e(t2.first.upper(), PER).raw(" " * r.randint(8, 22)).e(t1.last.upper(), PER).raw(" " * r.randint(6, 18)).e(ssn(r), SSN).raw("\n")
    b.t("Home address (number and street). If you have a P.O. box, see instructions.   Apt. no.\n")
    b.e(a.street[0].split(",")[0].upper(), ADR).raw("\n")
    b.t("City, town, or post office").raw("   ").t("State").raw("   ").t("ZIP code\n")
    b.e(a.city.upper(), LOC).raw(" " * r.randint(6, 20)).e(a.region, LOC).raw(" " * r.randint(4, 9)).raw(a.postcode + "\n")
    b.t("Presidential Election Campaign [ ] You [ ] Spouse\n")
    b.t("Digital Assets: At any time during " + str(yr) + " did you receive... [ ] Yes [X] No\n\n")
    b.t("Dependents (1) First name Last name  (2) SSN  (3) Relationship\n")
    for _ in range(r.randint(0, 2)):
        d = person(r, cult=t1.cult)
        b.raw("  ").e(f"{d.first} {t1.last}".upper(), PER).raw("   ").e(ssn(r), SSN).raw("   " + r.choice(["SON", "DAUGHTER", "STEPCHILD"]) + "\n")
    b.t(f"1a Total amount from Form(s) W-2, box 1 ........ {r.uniform(20000, 180000):,.2f}\n")
    b.t("35a Refund - Direct deposit   b Routing number ").raw(aba(r)).t("   c Type: [X] Checking [ ] Savings\n")
    b.t("d Account number ").e(D(r, r.randint(8, 14)), ACC).raw("\n\n")
    b.t("Sign Here  Your occupation ").t(r.choice(["TEACHER", "NURSE", "ELECTRICIAN", "ENGINEER", "RETIRED"])).t("   Phone no. ").e(phone(r), PH).raw("\n")
    b.t("Email address ").e(email(r, t1), EM).raw("\n")
    b.t("Paid Preparer  ").e(nm(person(r), r.choice(["full", "CAPS"])), PER).t("  PTIN ").raw(f"P{D(r, 8)}  ").t("Firm's EIN ").raw(f"{D(r, 2)}-{D(r, 7)}\n")
    page_footer(b, 1, 2, f"Form 1040 ({yr})")
    return b


# ---------------------------------------------------------------------------
# Letters, forms, travel, retail (English)
# ---------------------------------------------------------------------------
def k_direct_deposit(r):
    b = B(r, "en", 0.05)
    co = r.choice(EMPLOYERS)
    e = person(r)
    b.t(f"{co}\nDIRECT DEPOSIT AUTHORIZATION FORM\n\n")
    b.t("[x] New   [ ] Change   [ ] Cancel\n\n")
    field(b, "Employee Name", rn(r, e), PER, "under")
    field(b, "Employee ID", D(r, 6), None, "under", end="    ")
    field(b, "SSN", ssn(r), SSN, "under")
    a = addr(r, "US")
    field(b, "Address", a.one(), ADR, "under")
    field(b, "Phone", phone(r), PH, "under", end="   ")
    field(b, "Personal email", email(r, e), EM, "under")
    b.raw("\n")
    for i in range(r.randint(1, 2)):
        b.t(f"Account {i + 1}:  [{'x' if i == 0 else ' '}] Checking  [{' ' if i == 0 else 'x'}] Savings\n")
        field(b, "  Bank name", r.choice(BANKS_US), None, "under")
        field(b, "  Routing/Transit #", aba(r), None, "under", end="   ")
        field(b, "Account #", acct(r, "bank"), ACC, "under")
        field(b, "  Amount", r.choice(["100% of net", "$250.00", "Remainder", "20%"]), None, "under")
    b.raw("\n")
    flow(b, ["I authorize ", co, " to deposit my pay automatically into the account(s) listed above. This authority "
             "remains in effect until the employer has received written notification of termination. Attach a voided check."])
    b.raw("\n\n")
    b.t("Signature ______________________   Date ").e(fdate(r, rd(r), "en", "us"), DT).raw("\n")
    b.t("HR use only - entered by ").e(nm(person(r), "init2"), PER).t(" effective pay date ").e(fdate(r, rd(r), "en", "us"), DT).raw("\n")
    return b


def k_employment_letter(r):
    b = B(r, "en", 0.05)
    co = r.choice(EMPLOYERS)
    ca = addr(r, r.choice(["US", "GB", "CA"]))
    e, hr = person(r), person(r)
    b.t(co.upper() + "\n").e(ca.one(), ADR).raw("\n")
    b.t("T ").e(phone(r, ca.cc), PH).raw("  |  ").e("https://www." + re.sub(r"[^a-z]", "", co.lower())[:14] + ".com", URL).raw("\n\n")
    b.e(fdate(r, rd(r), "en", r.choice(["long", "gblong"])), DT).raw("\n\n")
    b.t(r.choice(["TO WHOM IT MAY CONCERN", "To whom it may concern:", "Re: Verification of Employment"]) + "\n\n")
    start = rd(r, 2008, 2023)
    flow(b, ["This letter confirms that ", title(r, e) + " ", (nm(e, r.choice(["full", "mid"])), PER),
             " has been employed by ", co, " since ", (fdate(r, start, "en", "long"), DT),
             f" and currently holds the position of {r.choice(['Senior Analyst', 'Warehouse Supervisor', 'Registered Nurse', 'Software Engineer', 'Account Manager'])}"
             f" on a full-time, permanent basis. ", (nm(e, "first"), PER),
             f"'s current annual base salary is ${r.randint(38, 160)},{r.randint(0, 9)}00.\n\n"
             "This information is provided at the employee's request for the purpose of a residential tenancy "
             "application and is given without liability on the part of the company or its officers. "
             "For verification please contact the undersigned at ", (phone(r, ca.cc), PH), " or ",
             (email(r, hr, re.sub(r"[^a-z]", "", co.lower())[:12] + ".com"), EM), "."], width=r.randint(60, 88))
    b.raw("\n\nSincerely,\n\n")
    b.e(nm(hr, r.choice(["full", "mid"])), PER).raw("\n").t(r.choice(["HR Business Partner", "Director, People Operations", "Payroll Manager"]) + "\n")
    page_footer(b, 1, 1, f"Ref: EV-{D(r, 6)}")
    return b


def k_lease_agreement(r):
    b = B(r, "en", 0.05)
    ll, tn = person(r), person(r)
    prem = addr(r, "US")
    st = rd(r)
    w = r.randint(62, 90)
    b.t("RESIDENTIAL LEASE AGREEMENT\n\n")
    flow(b, ["This Lease Agreement (the \"Lease\") is made on ", (fdate(r, st - dt.timedelta(days=r.randint(5, 30)), "en", "long"), DT),
             " between ", (nm(ll, r.choice(["full", "mid", "CAPS"])), PER), " (\"Landlord\") and ",
             (nm(tn, r.choice(["full", "mid", "CAPS"])), PER), " (\"Tenant\"). Landlord leases to Tenant the premises located at ",
             (prem.one(), ADR), " (the \"Premises\"), together with the appliances listed in Schedule A.\n\n"
             "1. TERM. The term begins on ", (fdate(r, st, "en", "long"), DT), " and ends on ",
             (fdate(r, st + dt.timedelta(days=364), "en", "long"), DT),
             ". Tenant shall vacate the Premises by noon on the final day unless renewed in writing.\n\n"
             f"2. RENT. Tenant agrees to pay ${r.randint(9, 35)}00.00 per month, due on the first day of each month, "
             "by electronic transfer or check. A late fee of $50.00 is charged after the fifth day."], width=w)
    page_break(b, 1, 2, ["Lease - ", (prem.street[0], ADR), " - Initials ____"])
    flow(b, ["3. SECURITY DEPOSIT. Upon signing, Tenant shall deposit the sum of one month's rent, held in escrow "
             f"account no. {D(r, 8)} and refunded within 30 days after termination, less lawful deductions.\n\n"
             "4. NOTICES. Notices to Landlord shall be sent to ", (addr(r, "US").one(), ADR), " or by e-mail to ",
             (email(r, ll), EM), ". Emergency maintenance: ", (phone(r), PH), ".\n\n"
             "5. PETS. One cat named ", r.choice(["Whiskers", "Luna", "Oliver", "Mr. Biscuit", "Shadow"]),
             " is permitted. No other animals without prior written consent."], width=w)
    b.raw("\n\n")
    b.t("LANDLORD: ").raw("_" * r.randint(12, 22) + "  ").e(nm(ll, "full"), PER).t("   Date: ").e(fdate(r, st - dt.timedelta(days=3), "en", "us"), DT).raw("\n")
    b.t("TENANT:   ").raw("_" * r.randint(12, 22) + "  ").e(nm(tn, "full"), PER).t("   Date: ").e(fdate(r, st - dt.timedelta(days=3), "en", "us"), DT).raw("\n")
    page_footer(b, 2, 2)
    return b


def k_court_notice(r):
    b = B(r, "en", 0.05)
    county = r.choice(["COOK", "MARICOPA", "KING", "TRAVIS", "FRANKLIN", "HAMILTON"])
    pl, df = person(r), person(r)
    ca = addr(r, "US")
    b.t(f"IN THE CIRCUIT COURT OF {county} COUNTY\n").t(r.choice(["CIVIL DIVISION", "SMALL CLAIMS DIVISION", "FAMILY DIVISION"]) + "\n\n")
    b.e(nm(pl, "CAPS"), PER).raw(",\n").t("          Plaintiff,\n").t("     v.").raw(" " * r.randint(20, 34)).t("Case No. ").raw(f"{r.randint(2021, 2025)}-{L(r)}{L(r)}-{D(r, 6)}\n")
    b.e(nm(df, r.choice(["CAPS", "CAPSM"])), PER).raw(",\n").t("          Defendant.\n\n")
    b.t("NOTICE OF HEARING\n\n")
    hd = rd(r, 2024, 2026)
    flow(b, ["TO: ", (nm(df, r.choice(["full", "CAPS"])), PER), ", ", (addr(r, "US").one(), ADR),
             "\n\nPLEASE TAKE NOTICE that a hearing on the Plaintiff's Motion will be held on ",
             (f"{WEEKDAYS['en'][hd.weekday()]}, " + fdate(r, hd, "en", "long") + " at " + ftime(r, "en", "AMPM"), DT),
             " in Courtroom ", str(r.randint(100, 2400)), " of the courthouse located at ", (ca.one(), ADR),
             ", before the Honorable ", (nm(person(r), r.choice(["full", "mid"])), PER),
             ". Failure to appear may result in a default judgment being entered against you."], width=r.randint(62, 86))
    b.raw("\n\n")
    b.t("Dated: ").e(fdate(r, hd - dt.timedelta(days=r.randint(14, 40)), "en", "us"), DT).raw("\n")
    b.t("Attorney for Plaintiff: ").e(nm(person(r), "full"), PER).t(", ARDC No. ").raw(D(r, 7) + "\n")
    b.e(email(r, None, "morganfinchlaw.com"), EM).t("   Tel ").e(phone(r), PH).raw("\n")
    page_footer(b, 1, 1, f"Clerk of the Circuit Court - Form CCG {D(r, 4)}")
    return b


def k_shipping_label(r):
    b = B(r, "en", 0.06)
    s_, rc = person(r), person(r)
    cc = r.choice(["US", "US", "CA", "GB", "AU", "IE"])
    sa, ra = addr(r, "US"), addr(r, cc)
    b.t(r.choice(["UPS GROUND", "FedEx Home Delivery", "USPS PRIORITY MAIL", "DHL EXPRESS WORLDWIDE"]) + "\n")
    b.t("FROM:\n").e(nm(s_, r.choice(["CAPS", "full"])), PER).raw("\n").e(sa.multi().upper(), ADR).raw("\n").e(phone(r), PH).raw("\n\n")
    b.t("SHIP TO:\n").e(nm(rc, r.choice(["CAPS", "full", "LF"])), PER).raw("\n")
    if r.random() < 0.3:
        b.t("C/O ").e(nm(person(r), "CAPS"), PER).raw("\n")
    b.e(ra.multi(country=cc != "US").upper(), ADR).raw("\n")
    b.t("TEL ").e(phone(r, cc), PH).raw("\n\n")
    b.raw(f"{r.randint(1, 40)}.{r.randint(0, 9)} LBS   1 OF 1   DWT: {r.randint(8, 30)},{r.randint(6, 20)},{r.randint(2, 14)}\n")
    b.t("TRACKING #: ").raw(tracking(r) + "\n")
    b.t("REF 1: ").raw(order_no(r) + "   ").t("REF 2: ").raw(inv_no(r) + "\n")
    b.raw(f"BILLING: P/P   CWT   ({D(r, 3)}) {L(r)}{D(r, 2)} {D(r, 1)}-{D(r, 2)}\n")
    b.raw("||| |||| | ||| |||||| || |  " + D(r, 20) + "\n")
    b.t("Ship date ").e(fdate(r, rd(r), "en", r.choice(["us", "caps"])), DT).raw(f"   ISH {ver(r)}  ZZ {hexs(r, 6).upper()}\n")
    return b


def k_envelope_scan(r):
    b = B(r, "en", 0.06)
    org = r.choice(CLINICS + BANKS_US + UTILS_US)
    oa = addr(r, "US")
    rc = person(r)
    ra = addr(r, "US")
    b.t("[envelope - front]\n")
    b.t(org + "\n").e(oa.multi() if r.random() < 0.5 else f"PO Box {D(r, 5)}\n{oa.rest[0]}", ADR).raw("\n")
    b.raw(" " * r.randint(30, 46) + r.choice(["PRESORTED", "PRSRT STD"]) + "\n" + " " * r.randint(30, 46) + "FIRST-CLASS MAIL\n")
    b.raw(" " * r.randint(30, 46) + f"US POSTAGE PAID  {D(r, 3)}  ZIP {D(r, 5)}\n" + " " * r.randint(30, 46) + f"0{D(r, 11)}\n\n")
    b.raw(r.choice(["*******AUTO**5-DIGIT ", "*****ALL FOR AADC ", "*SCH 3-DIGIT "]) + D(r, 3) + "\n")
    b.raw(f"T{D(r, 3)} P{D(r, 1)} {L(r)}{D(r, 4)}\n")
    b.e(nm(rc, r.choice(["CAPS", "CAPSM"])), PER).raw("\n")
    if r.random() < 0.3:
        b.t("OR CURRENT RESIDENT\n")
    b.e(ra.multi().upper(), ADR).raw("\n")
    b.raw("".join(r.choice("|'") for _ in range(r.randint(40, 65))) + "\n\n")
    b.t("[envelope - back]\n")
    flow(b, ["IMPORTANT HEALTH INFORMATION ENCLOSED" if org in CLINICS else "IMPORTANT ACCOUNT INFORMATION - DO NOT DISCARD",
             ". If undeliverable return to sender. Change service requested. Questions call ", (phone(r), PH), "."])
    b.raw("\n")
    return b


def k_change_of_address(r):
    b = B(r, "en", 0.05)
    org = r.choice(BANKS_US + UTILS_US + INSURERS)
    p = person(r)
    b.t(f"{org}\nCHANGE OF ADDRESS REQUEST\n\n")
    field(b, "Account / Member number", acct(r, "customer") if org not in INSURERS else hpn(r), ACC if org not in INSURERS else HPN, "under")
    field(b, "Full name", rn(r, p), PER, "under")
    field(b, "Daytime phone", phone(r), PH, "under")
    old, new = addr(r, "US"), addr(r, r.choice(["US", "US", "CA"]))
    for lb, a in (("OLD ADDRESS", old), ("NEW ADDRESS", new)):
        b.t(lb + "\n")
        field(b, "  Street", a.street[0], ADR, "under")
        field(b, "  City", a.city, LOC, "under", end="   ")
        field(b, "State/Prov", a.region, LOC, "under", end="   ")
        field(b, "ZIP/Postal", a.postcode, None, "under")
    field(b, "Effective date", fdate(r, rd(r), "en", "us"), DT, "under")
    field(b, "Email for confirmation", email(r, p), EM, "under")
    b.t("[ ] Apply to all accounts   [x] Update paperless preferences\n\n")
    b.t("Signature ____________________  Date ____/____/________\n")
    flow(b, ["For your security, a confirmation letter will be mailed to both the old and the new address. "
             "If you did not request this change call us immediately."])
    b.raw("\n")
    return b


def k_hotel_folio(r):
    b = B(r, "en", 0.04)
    hotel = r.choice(["The Jefferson Grand Hotel", "Harbour Lights Inn", "Kensington Park Suites", "Lakeview Marriott-style Resort"])
    cc = r.choice(["US", "GB", "CA", "AU"])
    ha = addr(r, cc)
    g = person(r)
    arr = rd(r)
    dep = arr + dt.timedelta(days=r.randint(1, 6))
    ds = "us" if cc == "US" else "gb"
    b.t(hotel + "\n").e(ha.one(), ADR).raw("\n").t("Tel ").e(phone(r, cc), PH).raw("\n\n")
    b.t("GUEST FOLIO\n")
    rows = [["Guest", (nm(g, r.choice(["LF", "CAPS", "full"])), PER), "Room", f"{r.randint(1, 19)}{D(r, 2)}"],
            ["Arrival", (fdate(r, arr, "en", ds), DT), "Departure", (fdate(r, dep, "en", ds), DT)],
            ["Conf. No.", D(r, 8), "Folio No.", D(r, 6)],
            ["Rate Code", r.choice(["BAR", "AAA", "GOVT", "CORP1"]), "Membership", f"{L(r)}{L(r)} {D(r, 9)}"]]
    table(b, rows, ragged=False)
    b.t("Address: ").e(addr(r, r.choice(["US", "GB", "DE", "FR"])).one(country=True), ADR).raw("\n\n")
    rows = [["Date", "Description", "Ref", "Charges", "Credits"]]
    d = arr
    while d < dep:
        rows.append([(fdate(r, d, "en", ds), DT), "Room Charge", D(r, 5), f"{r.uniform(120, 420):.2f}", ""])
        if r.random() < 0.5:
            rows.append([(fdate(r, d, "en", ds), DT), r.choice(["Restaurant", "Bar", "Parking", "Laundry", "Minibar"]), D(r, 5), f"{r.uniform(8, 90):.2f}", ""])
        d += dt.timedelta(days=1)
    rows.append([(fdate(r, dep, "en", ds), DT), r.choice(["Visa", "MC", "AMEX"]) + " XXXXXXXXXXXX" + D(r, 4), D(r, 5), "", f"{r.uniform(200, 2000):.2f}"])
    table(b, rows)
    b.raw("\n")
    b.t("Balance due 0.00\n")
    flow(b, ["Thank you for staying with us, ", (nm(g, r.choice(["first", "full"])), PER), ". Your folio has been e-mailed to ",
             (email(r, g), EM), ". Check-out time is ", (r.choice(["11:00", "11:00 AM", "12:00 PM", "11 a.m."]), DT), " unless arranged with the front desk."])
    b.raw("\n")
    return b


AIRPORTS = ["JFK", "LHR", "ORD", "SFO", "FRA", "CDG", "AMS", "MAD", "DXB", "YYZ", "SEA", "ATL", "DUB", "LIS", "WAW", "IST", "ARN"]


def k_itinerary(r):
    b = B(r, "en", 0.04)
    air = r.choice(["Transatlantic Airways", "NorthStar Air", "Blue Heron Airlines", "Meridian Jet"])
    pax = [person(r) for _ in range(r.randint(1, 3))]
    b.t(f"{air}  -  E-TICKET ITINERARY / RECEIPT\n\n")
    b.t("Booking reference: ").raw(rs(r, 6, string.ascii_uppercase + string.digits) + "    ").t("Issued: ").e(fdate(r, rd(r), "en", r.choice(["caps", "abbr"])), DT).raw("\n\n")
    b.t("Passenger(s)\n")
    for p in pax:
        b.raw("  ").e(nm(p, "pnr"), PER).raw(" " + r.choice(["MR", "MRS", "MS", "MSTR", "MISS"]) if r.random() < 0.8 else "  ")
        et = nd(r, 13)
        b.raw(f"   e-Ticket {et[:3]}-{et[3:]}   FF {L(r)}{L(r)}{D(r, 8)}\n")
    b.raw("\n")
    rows = [["Flight", "From", "To", "Depart", "Arrive", "Class", "Seat", "Status"]]
    d = rd(r)
    o, t = r.sample(AIRPORTS, 2)
    for leg in range(r.randint(1, 3)):
        dd = d + dt.timedelta(days=leg * r.randint(0, 5))
        rows.append([f"{L(r)}{L(r)}{r.randint(10, 9999)}", o, t, (f"{dd.day:02d}{MONTHS['en'][dd.month - 1][:3].upper()} {r.randint(0, 23):02d}:{r.choice(['05', '30', '45', '15'])}", DT),
                     (f"{r.randint(0, 23):02d}:{r.choice(['10', '25', '50'])}", DT), r.choice(["Y", "M", "J", "W"]), f"{r.randint(1, 45)}{r.choice('ABCDEF')}", "OK"])
        o, t = t, r.choice([a for a in AIRPORTS if a != t])
    table(b, rows)
    b.raw("\n")
    b.t("Contact: ").e(email(r, pax[0]), EM).t("  Mobile ").e(phone(r, r.choice(["US", "GB", "DE", "FR"])), PH).raw("\n")
    b.t("Fare calc: ").raw(f"{r.choice(AIRPORTS)} {L(r)}{L(r)} X/{r.choice(AIRPORTS)} Q{r.randint(10, 99)}.00 {r.randint(100, 900)}.00NUC{r.randint(300, 1500)}.00END ROE1.0\n")
    b.t("Form of payment: ").raw(r.choice(["CCVI", "CCCA", "CCAX"]) + "XXXXXXXXXXXX" + D(r, 4) + "\n\n")
    flow(b, ["Check-in closes 60 minutes before departure. Times shown are local. Baggage allowance 1PC. "
             "Manage your booking at ", ("https://www." + re.sub(r"[^a-z]", "", air.lower())[:12] + ".com/manage?pnr=" + rs(r, 6, string.ascii_uppercase), URL), "."])
    b.raw("\n")
    return b


def k_receipt_pos(r):
    b = B(r, "en", 0.07)
    store = r.choice(["BAKER'S MARKET #" + D(r, 3), "WALLACE HARDWARE", "MAIN ST PHARMACY", "JACKSON FARM & FEED", "CORNER COFFEE CO"])
    cc = r.choice(["US", "US", "CA", "AU"])
    a = addr(r, cc)
    b.raw(" " * r.randint(4, 12)).t(store + "\n").raw(" " * r.randint(2, 8)).e(a.one().upper(), ADR).raw("\n").raw(" " * r.randint(6, 12)).e(phone(r, cc), PH).raw("\n\n")
    d = rd(r)
    b.e(f"{d.month:02d}/{d.day:02d}/{d.year} {r.randint(7, 21):02d}:{r.randint(0, 59):02d}" if cc == "US" else fdate(r, d, "en", "gb") + " " + ftime(r, "en", "24"), DT)
    b.raw(f"  REG {r.randint(1, 9)}  TRN {D(r, 4)}\n")
    b.t("CASHIER: ").e(nm(person(r), r.choice(["first", "first", "init2"])).upper(), PER).raw("\n")
    b.raw("-" * 36 + "\n")
    tot = 0
    for _ in range(r.randint(3, 7)):
        v = r.uniform(0.99, 40)
        tot += v
        it = r.choice(["MILK 2% GAL", "BREAD WHT", "AA BATT 8PK", "ASPIRIN 100CT", "WOOD SCREWS #8", "LATTE LG", "EGGS DZ LRG",
                       "BANANAS", "COFFEE BEANS 1LB", "DUCT TAPE"])
        b.raw(f"{it:<20}{v:>8.2f}\n")
    b.raw(f"{'SUBTOTAL':<20}{tot:>8.2f}\n{'TAX':<20}{tot * .07:>8.2f}\n{'TOTAL':<20}{tot * 1.07:>8.2f}\n")
    b.raw(f"{r.choice(['VISA', 'MASTERCARD', 'DEBIT'])} ************{D(r, 4)}\n")
    b.raw(f"AUTH {D(r, 6)}  REF# {nd(r, 12)}\nAID A000000{D(r, 7)}  TC {hexs(r, 16).upper()}\n")
    b.raw("-" * 36 + "\n")
    if r.random() < 0.5:
        b.t("REWARDS MEMBER ").e(nm(person(r), "CAPS"), PER).raw(f"  ACCT ****{D(r, 4)}\n")
    b.t("Tell us how we did: ").e("https://survey." + re.sub(r"[^a-z]", "", store.lower())[:10] + ".com", URL).raw(f"  code {D(r, 5)}\n")
    b.t("RETURNS WITHIN 30 DAYS WITH RECEIPT\n")
    return b


def k_customer_export(r):
    b = B(r, "en", 0.02)
    b.t(r.choice(["Customer List - export.pdf", "CRM Contacts Report", "Active Members (printed from Excel)"]) + "\n")
    b.t("Generated by ReportServer " + ver(r) + "   Filter: region = ALL\n\n")
    hdr = ["Cust ID", "Name", "Email", "Phone", "City", "Since"]
    rows = [hdr]
    for _ in range(r.randint(5, 10)):
        p = person(r)
        c = r.choice(US_CITIES)
        rows.append([(acct(r, "customer"), ACC), (nm(p, r.choice(["full", "lf", "CAPS"])), PER), (email(r, p), EM), (phone(r), PH),
                     (f"{c[0]}, {c[1]}", LOC), (fdate(r, rd(r, 2010, 2024), "en", "us"), DT)])
    table(b, rows, ragged=r.random() < 0.4)
    b.raw("\n")
    b.t(f"{len(rows) - 1} records   Page 1 of 1   Confidential - internal use only\n")
    return b


def k_cc_authorization(r):
    b = B(r, "en", 0.05)
    org = r.choice(CLINICS + ["The Jefferson Grand Hotel", "Harbour Lights Inn", "Baker Street Analytics", "Keystone Home Loans"])
    if r.random() < 0.6:
        fax_header(b, 1, 1, org)
    b.raw("\n")
    b.t(r.choice(["CREDIT CARD AUTHORIZATION FORM", "Recurring Card Payment Authorisation", "CARD ON FILE CONSENT"]) + "\n")
    b.t(org + "\n\n")
    ch = person(r)
    pan = card(r)
    st = r.choice(["under", "colon2", "box"])
    b.t("Card type: ").raw(r.choice(["[x] Visa [ ] MC [ ] Amex [ ] Discover", "[ ] Visa [x] MasterCard [ ] AMEX", "VISA / MC / AMEX: ____"]) + "\n")
    field(b, "Cardholder name (as it appears on card)", nm(ch, r.choice(["CAPS", "full", "CAPSM"])), PER, st)
    field(b, "Card number", pan, CC, st)
    exp = rd(r, 2025, 2030)
    field(b, "Expiration (MM/YY)", f"{exp.month:02d}/{exp.year % 100:02d}", DT, st, end="    ")
    field(b, "CVV", D(r, 4 if pan.startswith("3") else 3), None, st)
    a = addr(r, "US")
    field(b, "Billing address", a.street[0], ADR, st)
    field(b, "City", a.city, LOC, st, end="   ")
    field(b, "State", a.region, LOC, st, end="   ")
    field(b, "ZIP", a.postcode, None, st)
    field(b, "Phone", phone(r), PH, st, end="   ")
    field(b, "Email", email(r, ch), EM, st)
    pt = person(r, cult=ch.cult) if r.random() < 0.5 else ch
    field(b, "Patient / guest / account name", nm(pt, r.choice(["full", "LF"])), PER, st)
    hotel = "Hotel" in org or "Inn" in org
    if hotel:
        field(b, "Reservation / confirmation no.", D(r, 8), None, st)
    else:
        field(b, "Account no.", acct(r, "patient" if org in CLINICS else "loan"), ACC, st)
    b.raw("\n")
    flow(b, ["I authorize ", org, " to charge the card above for ", r.choice(["the outstanding balance", "monthly installments of $150.00",
             "incidentals and no-show fees", "services rendered"]), " beginning ", (fdate(r, rd(r), "en", "us"), DT),
             ". This authorization remains valid until revoked in writing. Prior transaction ref. ", bad_card(r), "."])
    b.raw("\n\n")
    b.t("Signature ").raw("_" * r.randint(12, 24)).t("   Date ").e(fdate(r, rd(r), "en", "us"), DT).raw("\n")
    b.t("Office use: processed by ").e(nm(person(r), r.choice(["init2", "first"])), PER).raw(f"  auth {D(r, 6)}  batch {D(r, 4)}\n")
    return b


# ---------------------------------------------------------------------------
# IT print-outs / scanned tickets (secrets live here)
# ---------------------------------------------------------------------------
DOMS = ["northwind-docs.com", "scanflow.io", "ledgerline.net", "medirecords.org", "acme-billing.com", "paperless-ops.dev"]


def k_it_ticket(r):
    b = B(r, "en", 0.05)
    tk = f"INC{D(r, 7)}"
    u, agent = person(r), person(r)
    dom = r.choice(DOMS)
    b.t(f"ServiceDesk - Incident {tk}   (printed view)\n").raw("=" * r.randint(40, 70) + "\n")
    rows = [["Caller", [(nm(u, r.choice(["full", "lf"])), PER)], "Priority", "3 - Moderate"],
            ["Email", [(email(r, u, dom), EM)], "State", r.choice(["In Progress", "Resolved", "On Hold"])],
            ["Phone", [(phone(r), PH), " ext. " + D(r, 4)], "Assignment", "EUC L2"],
            ["Config item", [f"LT-{D(r, 5)} (asset {D(r, 6)})"], "Category", r.choice(["Access", "Scanner/MFP", "VPN"])]]
    for rw in rows:
        b.t(rw[0]).raw(" " * (14 - len(rw[0])))
        st = b.n
        b.seq(*rw[1])
        b.raw(" " * max(2, 36 - (b.n - st))).t(rw[2]).raw(" " * (12 - len(rw[2]))).t(rw[3] + "\n")
    b.raw("\n")
    b.t("Short description: ").t(r.choice(["Scan-to-email failing on 3rd floor MFP", "Locked out after password expiry",
                                           "Cannot access OCR batch share", "VPN disconnects every 10 min"]) + "\n\n")
    b.t("Work notes\n")
    d = rd(r)
    t0 = r.randint(8, 15)
    ipx = ipv4(r)
    notes = [[f"{d.isoformat()} {t0:02d}:{r.randint(10, 59):02d}:{r.randint(10, 59):02d} - ", (nm(agent, "full"), PER),
              " (Work notes)\nUser reports error 0x80070005 from workstation ", (ipx, IP), " (MAC ",
              ":".join(hexs(r, 2) for _ in range(6)), "). Checked AD, account locked at source DC."],
             [f"{d.isoformat()} {t0 + 1:02d}:{r.randint(10, 59):02d}:{r.randint(10, 59):02d} - ", (nm(agent, "full"), PER),
              " (Work notes)\nUnlocked and reset. Temporary password ", (password(r), PWD),
              " given to user by phone after verifying employee ID and manager name (", (nm(person(r), "full"), PER),
              "). Must change at next logon."],
             [f"{d.isoformat()} {t0 + 2:02d}:{r.randint(10, 59):02d}:{r.randint(10, 59):02d} - ", (nm(u, "full"), PER),
              " (Additional comments)\nworks now thanks. the scanner still says SMTP auth failed, relay is ",
              (ipv4(r), IP), ":25 and the scan account pw on the panel is ", (password(r), PWD), " if that helps"]]
    for n_ in notes:
        flow(b, n_, width=r.randint(70, 96), hyph=0.2)
        b.raw("\n\n")
    b.t("Related: ").raw(f"KB{D(r, 7)}, CHG{D(r, 7)}, correlation id {uid(r)}\n")
    page_footer(b, 1, 1, f"Printed from ServiceDesk ({tk})")
    return b


def k_server_handover(r):
    b = B(r, "en", 0.03)
    proj = r.choice(["OCR Ingest", "Statement Archive", "Claims Imaging", "Payroll Doc Vault"])
    dom = r.choice(DOMS)
    own = person(r)
    b.t(f"{proj} - Environment Handover Notes (v{ver(r)})\n")
    b.t("Prepared by ").e(nm(own, r.choice(["full", "init"])), PER).t(" on ").e(fdate(r, rd(r), "en", r.choice(["long", "us"])), DT).raw("\n\n")
    b.t("1. Hosts\n")
    for h in ("app01", "app02", "db01", "ocr-worker-" + D(r, 1)):
        b.raw(f"   {h}.{dom.split('.')[0]}.internal   ").e(ip(r), IP).raw(f"   {r.choice(['Ubuntu 22.04', 'RHEL 9.3', 'Debian 12'])}   {r.choice(['4 vCPU', '8 vCPU', '16 vCPU'])}\n")
    b.raw("\n")
    b.t("2. Database\n")
    user = r.choice(["app_user", "ocr_svc", "archive_rw", "etl"])
    b.raw(f"   DATABASE_URL=postgresql://{user}:").e(password(r).replace("@", "#").replace(":", "%"), PWD).raw(f"@db01.{dom.split('.')[0]}.internal:5432/{r.choice(['ledger', 'docs', 'claims'])}\n")
    b.raw("   Read replica: ").e(ipv4(r), IP).raw("/32 whitelisted\n\n")
    b.t("3. AWS (S3 bucket for scanned originals)\n")
    b.raw(f"   bucket: s3://{proj.lower().replace(' ', '-')}-{D(r, 4)}   region: {r.choice(['us-east-1', 'eu-central-1', 'eu-west-2'])}\n")
    b.raw("   aws_access_key_id     = ").e(aws_ak(r), AKID).raw("\n")
    b.raw("   aws_secret_access_key = ").e(aws_sk(r), ASK).raw("\n")
    b.raw("   (rotate before go-live; old key AKIA************" + rs(r, 4, string.ascii_uppercase) + " deactivated)\n\n")
    page_break(b, 1, 2, f"{proj} handover - CONFIDENTIAL")
    b.t("4. Monitoring\n")
    b.raw("   Grafana: ").e(f"https://grafana.{dom}/d/{rs(r, 9)}/ocr-throughput?orgId=1", URL).raw("\n")
    b.raw("   Alerts -> #ocr-alerts via bot token ").e(slack_tok(r), SLK).raw("\n\n")
    b.t("5. Contacts\n")
    for role in ("Primary on-call", "Secondary", "Vendor TAM"):
        p = person(r)
        b.raw(f"   {role:<16}").e(nm(p, "full"), PER).raw("  ").e(phone(r, r.choice(["US", "GB", "DE"])), PH).raw("  ").e(email(r, p, dom), EM).raw("\n")
    b.raw("\n")
    flow(b, ["Note: the maintenance window is every ", "Sunday", " from ", ("02:00", DT), " to ", ("04:00", DT),
             " UTC. Do not restart db01 outside the window without approval from the change board (CAB ref ", f"CHG{D(r, 7)}", ")."])
    page_footer(b, 2, 2)
    return b


def k_payment_integration(r):
    b = B(r, "en", 0.03)
    m = r.choice(["Harborview Dental Group", "Sterling Office Supply", "Baker Street Analytics", "Keystone Care Billing"])
    dom = r.choice(DOMS)
    b.t(f"Payment Gateway Onboarding - {m}\n").t("Integration credential sheet (scanned from printout)\n\n")
    rows = [["Merchant ID", f"acct_{rs(r, 16)}"], ["Account contact", (nm(person(r), "full"), PER)],
            ["Go-live date", (fdate(r, rd(r), "en", "long"), DT)], ["Publishable key", "pk_live_" + rs(r, 24)],
            ["Secret key", (stripe_key(r), STR)], ["Webhook endpoint", (f"https://api.{dom}/webhooks/payments", URL)],
            ["Signing secret", ("whsec_" + rs(r, 32), SEC)], ["API version", f"{r.randint(2020, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"]]
    for k, v in rows:
        b.t(k).raw(" " * (20 - len(k)))
        b.e(*v) if isinstance(v, tuple) else b.raw(v)
        b.raw("\n")
    b.raw("\n")
    b.t("Sample call from integration guide, p. 14:\n")
    b.raw("  curl ").e(f"https://api.{dom}/v2/charges", URL).raw(" \\\n    -H \"Authorization: Bearer ").e(jwt_tok(r), JWT).raw("\" \\\n")
    b.raw(f"    -H \"Idempotency-Key: {uid(r)}\" \\\n    -d amount=2500 -d currency=usd -d description=\"Invoice {inv_no(r)}\"\n\n")
    b.t("Restricted key for reporting: ").e("rk_live_" + rs(r, r.randint(24, 32)), STR).raw("\n")
    b.t("Legacy SFTP drop (to be retired): ").raw(f"sftp://{dom}  user ").raw(r.choice(["mft_" + D(r, 4), "ingest"])).t("  password ").e(password(r), PWD).raw("\n\n")
    flow(b, ["Store these values in the vault (", ("${PAYMENTS_SECRET_KEY}", RAW), ") and never in source control. Reference in CI as ",
             ("${{ secrets.PAYMENTS_WEBHOOK_SECRET }}", RAW), ". Support: ", (email(r, None, dom), EM), "."])
    page_footer(b, 1, 1, "CONFIDENTIAL")
    return b


def k_k8s_runbook(r):
    b = B(r, "en", 0.0)
    app = r.choice(["ocr-api", "doc-classifier", "statement-renderer", "fax-gateway"])
    b.raw(f"Runbook: deploying {app} to production\n").raw("-" * 40 + "\n")
    b.raw("Step 3. Apply the secret manifest (copied from the wiki PDF):\n\n")
    pw_ = password(r)
    tok = gsecret(r)
    b.raw("apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + app + "-secrets\n  namespace: prod\ntype: Opaque\ndata:\n")
    b.raw("  DB_PASSWORD: ").e(base64.b64encode(pw_.encode()).decode(), PWD).raw("\n")
    b.raw("  OCR_VENDOR_API_KEY: ").e(base64.b64encode(tok.encode()).decode(), SEC).raw("\n")
    b.raw(f"  DB_HOST: {base64.b64encode(b'db01.internal').decode()}\n\n")
    b.raw("Step 4. CI pipeline (.github/workflows/deploy.yml excerpt)\n\n")
    b.raw("env:\n  REGISTRY: ghcr.io\n  GITHUB_TOKEN: ").e(gh_tok(r), GH).raw("\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n")
    b.raw(f"  IMAGE_TAG: {hexs(r, 40)}\n\n")
    b.raw("Step 5. Notify the channel\n\n")
    b.raw("  export SLACK_BOT_TOKEN=").e(slack_tok(r), SLK).raw("\n")
    b.raw("  curl -X POST ").e("https://slack.com/api/chat.postMessage", URL).raw(f" -d channel=C{rs(r, 10, string.ascii_uppercase + string.digits)}\n\n")
    p = person(r)
    b.raw("Owner: ").e(nm(p, "full"), PER).raw(" <").e(email(r, p, r.choice(DOMS)), EM).raw(">   last reviewed ").e(fdate(r, rd(r), "en", "iso"), DT).raw("\n")
    b.raw(f"Runbook version {ver(r)}  -  page {r.randint(3, 9)}\n")
    return b


def k_cert_handover(r):
    b = B(r, "en", 0.02)
    dom = r.choice(DOMS)
    b.t("TLS certificate renewal - printed for key ceremony record\n\n")
    nb = rd(r, 2023, 2025)
    rows = [["Subject", f"CN=portal.{dom}, O=Document Services, C=US"], ["Issuer", "CN=R11, O=Let's Encrypt-like CA"],
            ["Serial", ":".join(hexs(r, 2) for _ in range(16))], ["Not Before", (fdate(r, nb, "en", "abbr") + " " + ftime(r, "en", "24"), DT)],
            ["Not After", (fdate(r, nb + dt.timedelta(days=90), "en", "abbr") + " " + ftime(r, "en", "24"), DT)],
            ["SHA-256 fpr", ":".join(hexs(r, 2).upper() for _ in range(12)) + "..."]]
    for k, v in rows:
        b.t(k + ":").raw(" " * (14 - len(k)))
        b.e(*v) if isinstance(v, tuple) else b.raw(v)
        b.raw("\n")
    b.raw("\n")
    b.t("Private key (to be destroyed after import):\n")
    b.e(pem_key(r), PEM).raw("\n\n")
    if r.random() < 0.6:
        b.t("Key passphrase: ").e(password(r), PWD).raw("\n")
    w1, w2 = person(r), person(r)
    b.t("Witnesses: ").e(nm(w1, "full"), PER).raw(", ").e(nm(w2, r.choice(["full", "init"])), PER).raw("\n")
    b.t("Installed on ").e(ipv4(r), IP).raw(" and ").e(ipv4(r), IP).raw(f" (load balancer lb-{D(r, 2)})\n")
    return b


def k_api_log_printout(r):
    b = B(r, "en", 0.0)
    dom = r.choice(DOMS)
    b.raw(f"Exhibit C - gateway log excerpt (printed {r.choice(['from Kibana', 'from CloudWatch', 'from Splunk'])})\n\n")
    d = rd(r)
    for i in range(r.randint(5, 8)):
        ts = f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{D(r, 3)}Z"
        k = r.randint(0, 5)
        b.raw(ts + " ")
        if k == 0:
            b.raw("INFO  ").e(ip(r), IP).raw(f" POST /v1/ocr/jobs 202 {r.randint(20, 900)}ms req={uid(r)}\n")
        elif k == 1:
            b.raw("DEBUG headers: Authorization=Bearer ").e(jwt_tok(r), JWT).raw("\n")
        elif k == 2:
            b.raw("WARN  callback to ").e(f"https://hooks.{r.choice(DOMS)}/ocr/done?job={D(r, 8)}", URL).raw(f" failed status=504 retry={r.randint(1, 5)}\n")
        elif k == 3:
            b.raw("DEBUG x-api-key=").e(gsecret(r), SEC).raw(f" client={r.choice(['batch-scanner', 'mobile-app', 'partner-17'])}\n")
        elif k == 4:
            p = person(r)
            b.raw("INFO  job done user=").e(email(r, p), EM).raw(f" pages={r.randint(1, 40)} sha1={hexs(r, 40)}\n")
        else:
            b.raw("INFO  ").e(ip(r), IP).raw(f" GET /health 200 1ms ua=\"kube-probe/{ver(r)}\"\n")
    b.raw("\n")
    flow(b, ["Annotation by ", (nm(person(r), "full"), PER), ": the bearer token above was issued to the partner integration and "
             "has since been revoked; epoch ", str(r.randint(1690000000, 1740000000)), " corresponds to the first failed call."])
    b.raw("\n")
    return b


def k_meeting_invite_print(r):
    b = B(r, "en", 0.04)
    org = person(r)
    dom = r.choice(DOMS)
    d = rd(r)
    b.raw(f"From: ").e(nm(org, "full"), PER).raw(" <").e(email(r, org, dom), EM).raw(">\n")
    b.raw(f"Sent: {WEEKDAYS['en'][d.weekday()]}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year} {r.randint(1, 12)}:{r.randint(10, 59)} PM\n")
    to = [person(r) for _ in range(r.randint(1, 3))]
    b.raw("To: ")
    for i, p in enumerate(to):
        if i:
            b.raw("; ")
        b.e(nm(p, "full"), PER)
    b.raw("\nSubject: Document scanning backlog review\n\n")
    md = d + dt.timedelta(days=r.randint(1, 10))
    h0 = r.randint(8, 16)
    t0, t1 = (f"{(h % 12) or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}" for h, m in ((h0, 0), (h0 + 1, r.choice([0, 30]))))
    b.t("When: ").e(f"{WEEKDAYS['en'][md.weekday()]}, {MONTHS['en'][md.month - 1]} {md.day}, {md.year} {t0}", DT).raw(
        "-").e(t1, DT).raw(" (UTC-05:00) Eastern Time\n")
    b.t("Where: Conference room 4B / online\n\n")
    b.t("Join meeting\n").e(f"https://{r.choice(['zoom.us', 'meet.' + dom, 'teams.' + dom])}/j/{D(r, 11)}?pwd={rs(r, 22)}", URL).raw("\n")
    b.t("Meeting ID: ").raw(f"{D(r, 3)} {D(r, 4)} {D(r, 4)}   ").t("Passcode: ").e(r.choice([D(r, 6), rs(r, 8)]), PWD).raw("\n")
    b.t("One tap mobile ").e(phone(r), PH).raw(f",,{D(r, 11)}# US\n\n")
    flow(b, ["Agenda: backlog numbers, OCR accuracy on faxed referrals, and the vendor contract renewal (",
             "PO ", order_no(r), "). ", (nm(to[0], "first"), PER), " please bring the batch report for ",
             (fdate(r, d, "en", "long"), DT), "."])
    b.raw("\n")
    return b


def k_wifi_notice(r):
    b = B(r, "en", 0.06)
    site = r.choice(CLINICS + ["Riverside Library", "Harborview Branch Office"])
    b.t(site.upper() + "\n").t("GUEST WIRELESS ACCESS\n\n")
    b.t("Network (SSID): ").raw(r.choice(["GUEST-", "Patient-WiFi-", "Visitor_"]) + D(r, 2) + "\n")
    b.t("Password: ").e(password(r), PWD).raw("\n")
    b.t("Valid until: ").e(fdate(r, rd(r), "en", "us"), DT).raw("\n")
    b.t("Portal: ").e(f"https://wifi.{r.choice(DOMS)}/guest/login", URL).raw("\n\n")
    flow(b, ["Staff network credentials are NOT to be shared. For IT support call extension 4357 (HELP) or ",
             (phone(r), PH), ". Printed by ", (nm(person(r), r.choice(["first", "full"])), PER), "."], width=r.randint(40, 60))
    b.raw("\n")
    return b


# ---------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------
BANKS_DE = ["Sparkasse Rhein-Ruhr", "Volksbank Mittelhessen eG", "Commerzbank Filiale Köln", "Stadtsparkasse München", "PSD Bank Nord"]


def k_de_kontoauszug(r):
    b = B(r, "de", 0.04)
    bank = r.choice(BANKS_DE)
    h = person(r, "de")
    a = addr(r, "DE")
    ib = iban(r, "DE")
    d0 = rd(r)
    b.t(bank + "\n").t("Kontoauszug Nr. ").raw(f"{r.randint(1, 12)}/{d0.year}   ").t("Blatt ").raw(f"{r.randint(1, 3)}\n\n")
    b.t(title(r, h, "de") + "\n").e(nm(h, r.choice(["full", "CAPS"])), PER).raw("\n").e(a.multi(), ADR).raw("\n\n")
    b.t("IBAN ").e(ib, IBAN).raw("   ").t("BIC ").raw(r.choice(BICS[:2]) + "\n")
    b.t("Kontonummer ").e(ib.replace(" ", "")[-10:], ACC).raw("   ").t("BLZ ").raw(ib.replace(" ", "")[4:12] + "\n")
    b.t("Zeitraum ").e(fdate(r, d0, "de", "num"), DT).raw(" bis ").e(fdate(r, d0 + dt.timedelta(days=30), "de", "num"), DT).raw("\n\n")
    b.t("Buchung    Valuta     Vorgang").raw(" " * 30).t("Betrag EUR\n")
    for _ in range(r.randint(4, 7)):
        d = d0 + dt.timedelta(days=r.randint(0, 29))
        bd = f"{d.day:02d}.{d.month:02d}.{d.year}"
        b.e(bd, DT).raw("  ").e(bd, DT).raw("  ")
        k = r.randint(0, 4)
        if k == 0:
            b.t("Überweisung an ").e(nm(person(r, "de"), r.choice(["full", "CAPS", "lf"])), PER).raw(" ").t("Miete ").raw(MONTHS["de"][d.month - 1])
        elif k == 1:
            b.t("Lastschrift ").t(r.choice(["Stadtwerke Leipzig GmbH", "Telekom Deutschland", "AOK Nordost", "Müller & Söhne GmbH"])).raw(f" Mandat {L(r)}{D(r, 9)}")
        elif k == 2:
            b.t("Gutschrift ").e(nm(person(r, "de"), "CAPS"), PER).raw(" ").e(iban(r, r.choice(["DE", "AT", "NL"]), False), IBAN)
        elif k == 3:
            b.t("Kartenzahlung REWE Markt ").raw(D(r, 4) + " ").e(f"{r.randint(8, 20):02d}:{r.randint(0, 59):02d}", DT)
        else:
            b.t("Gehalt/Rente ").t(r.choice(["Schulze-Hagen Logistik GmbH", "Deutsche Rentenversicherung", "Baker Street Analytics GmbH"]))
        b.raw("  " + amt(r, 5, 2500, "", eu=True) + r.choice([" S", " H", "-", ""]) + "\n")
    b.raw("\n")
    b.t(f"Neuer Kontostand {amt(r, 100, 9000, 'EUR', eu=True)}\n")
    flow(b, ["Bitte prüfen Sie Ihre Kontoauszüge unverzüglich auf Richtigkeit und Vollständigkeit. Einwendungen "
             "sind innerhalb von sechs Wochen nach Zugang zu erheben. Service-Hotline ", (phone(r, "DE"), PH), "."])
    page_footer(b, 1, 1)
    return b


def k_de_lohnabrechnung(r):
    b = B(r, "de", 0.04)
    co = r.choice(["Schulze-Hagen Logistik GmbH", "Bäckerei Klein & Sohn", "Hoffmann Maschinenbau AG", "Meyer Pflegedienst gGmbH"])
    ca = addr(r, "DE")
    e = person(r, "de")
    ea = addr(r, "DE")
    d0 = rd(r)
    b.t(co + " · ").e(ca.one(), ADR).raw("\n\n")
    b.t("Abrechnung der Brutto/Netto-Bezüge für ").raw(f"{MONTHS['de'][d0.month - 1]} {d0.year}\n\n")
    left = [["Pers.-Nr. " + D(r, 5)], [(nm(e, r.choice(["full", "CAPS"])), PER)], [(ea.street[0], ADR)], [(ea.rest[0], ADR)]]
    right = [["Geb.-Datum ", (fdate(r, rdob(r), "de", "num"), DOB)], ["Eintritt ", (fdate(r, rd(r, 2005, 2022), "de", "num"), DT)],
             ["StKl " + str(r.randint(1, 5)) + "  Konf. " + r.choice(["rk", "ev", "--"])],
             ["Steuer-ID " + " ".join([D(r, 2), D(r, 3), D(r, 3), D(r, 3)])],
             ["SV-Nr. " + f"{D(r, 2)} {D(r, 6)} {L(r)} {D(r, 3)}"]]
    twocol(b, left, right)
    b.raw("\n")
    g = r.uniform(2200, 6500)
    rows = [["Lohnart", "Bezeichnung", "Betrag"], ["1000", "Gehalt", f"{g:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")],
            ["2100", "Lohnsteuer", f"{g * .16:.2f}".replace(".", ",")], ["2110", "Solidaritätszuschlag", "0,00"],
            ["3000", "KV-Beitrag (" + r.choice(["AOK", "TK", "Barmer", "DAK"]) + ")", f"{g * .081:.2f}".replace(".", ",")],
            ["3100", "RV-Beitrag", f"{g * .093:.2f}".replace(".", ",")], ["3200", "AV-Beitrag", f"{g * .013:.2f}".replace(".", ",")]]
    table(b, rows)
    b.raw("\n")
    b.t("Auszahlungsbetrag ").raw(amt(r, 1500, 4000, "EUR", eu=True) + "\n")
    b.t("Überweisung an IBAN ").e(iban(r, "DE"), IBAN).raw("  ").t(r.choice(BANKS_DE)).raw("\n")
    b.t("Auszahlung am ").e(fdate(r, d0, "de", r.choice(["num", "text"])), DT).raw("\n")
    page_footer(b, 1, 1, "DATEV LODAS " + ver(r))
    return b


def k_de_personalausweis(r):
    b = B(r, "de", 0.05)
    p = person(r, "de", cult="de" if r.random() < 0.8 else "tr")
    dob = rdob(r)
    exp = rd(r, 2026, 2034)
    num = rs(r, 9, "CFGHJKLMNPRTVWXYZ0123456789")
    b.t("BUNDESREPUBLIK DEUTSCHLAND   FEDERAL REPUBLIC OF GERMANY\n").t("PERSONALAUSWEIS / IDENTITY CARD\n\n")
    b.raw(num + "\n")
    b.t("Name / Surname / Nom\n").e(nm(p, "LAST"), PER).raw("\n")
    if r.random() < 0.3:
        b.t("Geburtsname / Name at birth\n").raw("geb. ").e(nm(person(r, "de"), "LAST"), PER).raw("\n")
    b.t("Vornamen / Given names / Prénoms\n").e(p.first.upper(), PER).raw("\n")
    b.t("Geburtstag / Date of birth\n").e(fdate(r, dob, "de", "num"), DOB).raw("\n")
    b.t("Staatsangehörigkeit / Nationality\n").raw("DEUTSCH\n")
    b.t("Geburtsort / Place of birth\n").e(r.choice([c[0] for c in DE_CITIES]).upper(), LOC).raw("\n")
    b.t("Gültig bis / Date of expiry\n").e(fdate(r, exp, "de", "num"), DT).raw("\n\n")
    b.t("[Rückseite]\n")
    a = addr(r, "DE")
    b.t("Anschrift / Address\n").e(f"{a.rest[0]}\n{a.street[0]}".upper(), ADR).raw("\n")
    b.t("Augenfarbe ").raw(r.choice(["BLAU", "BRAUN", "GRÜN"]) + "  ").t("Größe ").raw(f"{r.randint(155, 198)} cm\n")
    b.t("Behörde / Authority ").raw("STADT " + r.choice([c[0] for c in DE_CITIES]).upper() + "\n\n")
    for ln in mrz_td1(p, "ID", "D<<", num, dob, exp, "<", "D<<"):
        b.raw(mrz_garble(r, ln) + "\n")
    return b


def k_de_arztbrief_fax(r):
    b = B(r, "de", 0.05)
    praxis = r.choice(["Gemeinschaftspraxis Dr. Weber & Kollegen", "Praxis für Innere Medizin", "MVZ am Schillerplatz", "Hausarztpraxis Lindenallee"])
    pa = addr(r, "DE")
    d = rd(r)
    b.raw(f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d} {r.randint(7, 18):02d}:{r.randint(0, 59):02d}  ").t("Fax von ").e(phone(r, "DE"), PH).raw(f"   S. 1/{r.randint(1, 3)}\n\n")
    b.t(praxis + "\n").e(pa.one(), ADR).raw("\n").t("Tel. ").e(phone(r, "DE"), PH).raw(" · ").t("Fax ").e(phone(r, "DE"), PH).raw("\n")
    b.t("E-Mail ").e(email(r, None, "praxis-" + ascii_fold(pa.city.split()[0]).lower() + ".de"), EM).raw("\n\n")
    doc = person(r, "de")
    b.t("An: ").t("Herrn Dr. med. " if not doc.female else "Frau Dr. med. ").e(nm(doc, "full"), PER).raw("\n").t(r.choice(["Klinik für Kardiologie", "Radiologie am Markt", "Orthopädische Ambulanz"]) + "\n\n")
    b.t("Überweisung / Arztbrief vom ").e(fdate(r, d, "de", "num"), DT).raw("\n\n")
    pt = person(r, "de")
    b.t("Patient: ").e(nm(pt, r.choice(["lf", "full", "LF"])), PER).t(", geb. ").e(fdate(r, rdob(r), "de", "num"), DOB).raw("\n")
    b.t("Krankenkasse: ").t(r.choice(["AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"])).t("   Versicherten-Nr.: ").e(f"{L(r)}{D(r, 9)}", HPN).raw("\n")
    b.t("Patienten-ID: ").e(D(r, 7), MRN).raw("\n\n")
    flow(b, ["Sehr geehrte Kolleginnen und Kollegen,\n\nwir überweisen o. g. Patient", "in" if pt.female else "en",
             " zur weiteren Abklärung bei ", r.choice(["belastungsabhängigen thorakalen Beschwerden", "persistierender Lumbalgie",
                                                         "unklarer Anämie", "Verdacht auf Schilddrüsenknoten"]),
             " (ICD-10 ", icd(r), "). Die Vorstellung ist für den ", (fdt(r, d + dt.timedelta(days=r.randint(3, 20)), "de"), DT),
             " vereinbart. Aktuelle Medikation: ", r.choice(["Ramipril 5 mg", "Metformin 1000 mg", "ASS 100", "L-Thyroxin 75 µg"]),
             ". Für Rückfragen erreichen Sie ", (nm(pt, "first"), PER), "s Tochter unter ", (phone(r, "DE"), PH),
             ".\n\nMit freundlichen kollegialen Grüßen"], width=r.randint(60, 84))
    b.raw("\n\n")
    b.t("Dr. med. ").e(nm(person(r, "de"), "full"), PER).raw("\n").t(f"LANR {D(r, 9)}  BSNR {D(r, 9)}\n")
    page_footer(b, 1, 1)
    return b


def k_de_stromrechnung(r):
    b = B(r, "de", 0.04)
    ev = r.choice(["Stadtwerke Münster GmbH", "Rheinenergie-Service", "Ökostrom Nord eG", "E-Werk Mittelbaden"])
    h = person(r, "de")
    a = addr(r, "DE")
    d0 = rd(r)
    b.t(ev + "\n").t("Jahresverbrauchsabrechnung Strom\n\n")
    b.t(title(r, h, "de") + " ").e(nm(h, r.choice(["full", "CAPS"])), PER).raw("\n").e(a.multi(), ADR).raw("\n\n")
    rows = [["Kundennummer", (D(r, 9), ACC)], ["Vertragskonto", (f"{D(r, 4)} {D(r, 4)} {D(r, 4)}", ACC)],
            ["Rechnungsnummer", D(r, 12)], ["Rechnungsdatum", (fdate(r, d0, "de", "num"), DT)],
            ["Zählernummer", f"1ESY{D(r, 10)}"], ["Marktlokation", "5" + D(r, 10)]]
    table(b, rows, ragged=False)
    b.raw("\n")
    b.t("Abrechnungszeitraum ").e(fdate(r, d0 - dt.timedelta(days=365), "de", "num"), DT).raw(" - ").e(fdate(r, d0 - dt.timedelta(days=1), "de", "num"), DT).raw("\n")
    b.t(f"Verbrauch {r.randint(1200, 4800)} kWh   Arbeitspreis 0,{D(r, 4)} EUR/kWh   Grundpreis 12,50 EUR/Monat\n")
    b.t("Neuer Abschlag ab ").e(fdate(r, d0 + dt.timedelta(days=30), "de", "text"), DT).raw(": " + amt(r, 40, 180, "EUR", eu=True) + "\n\n")
    flow(b, ["Der Betrag wird per SEPA-Lastschrift von Ihrem Konto ", (iban(r, "DE"), IBAN), " eingezogen (Gläubiger-ID ",
             (cred_id(r), RAW), "). Bei Fragen erreichen Sie uns unter ", (phone(r, "DE"), PH), " oder ",
             ("https://www." + re.sub(r"[^a-z]", "", ascii_fold(ev.lower()))[:14] + ".de/kundenportal", URL), "."])
    page_footer(b, 1, 2)
    return b


# ---------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------
def k_fr_releve(r):
    b = B(r, "fr", 0.04)
    bank = r.choice(["Crédit Mutuel de Bretagne", "Banque Populaire Rives de Paris", "Caisse d'Épargne Loire-Centre", "LCL Agence Bellecour"])
    h = person(r, "fr")
    a = addr(r, "FR")
    ib = iban(r, "FR", False)
    d0 = rd(r)
    b.t(bank + "\n").t("RELEVÉ DE COMPTE   du ").e(fdate(r, d0, "fr", "num"), DT).t(" au ").e(fdate(r, d0 + dt.timedelta(days=30), "fr", "num"), DT).raw("\n\n")
    b.t(title(r, h, "fr") + " ").e(nm(h, r.choice(["CAPS", "full", "LF"])), PER).raw("\n").e(a.multi(), ADR).raw("\n\n")
    b.t("RELEVÉ D'IDENTITÉ BANCAIRE\n")
    rows = [["Banque", "Guichet", "N° de compte", "Clé"], [ib[4:9], ib[9:14], (ib[14:25], ACC), ib[25:27]]]
    table(b, rows, ragged=False)
    b.t("IBAN ").e(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), IBAN).raw("   ").t("BIC ").raw(r.choice(["BNPAFRPPXXX", "SOGEFRPP", "CCBPFRPPVER"]) + "\n\n")
    b.t("Date       Libellé").raw(" " * 34).t("Débit      Crédit\n")
    for _ in range(r.randint(4, 7)):
        d = d0 + dt.timedelta(days=r.randint(0, 29))
        b.e(f"{d.day:02d}/{d.month:02d}/{d.year}", DT).raw("  ")
        k = r.randint(0, 3)
        if k == 0:
            b.t("VIR SEPA ").e(nm(person(r, "fr"), "CAPS"), PER).raw(" REF " + D(r, 8))
        elif k == 1:
            b.t("PRLV ").t(r.choice(["EDF CLIENTS PARTICULIERS", "FREE MOBILE", "MUTUELLE GÉNÉRALE", "LECLERC DRIVE"])).raw(" " + D(r, 10))
        elif k == 2:
            b.t("CB CARREFOUR ").e(f"{d.day:02d}/{d.month:02d}", DT).raw(f" CARTE {D(r, 4)}")
        else:
            b.t("CHÈQUE N° ").raw(D(r, 7))
        b.raw("   " + amt(r, 5, 1500, "", eu=True) + "\n")
    b.raw("\n")
    flow(b, ["Votre conseiller : ", (nm(person(r, "fr"), r.choice(["full", "init"])), PER), " - ", (phone(r, "FR"), PH),
             ". En cas de perte ou de vol de votre carte, faites opposition 24h/24. Médiateur : ",
             ("https://www.mediateur-" + re.sub(r"[^a-z]", "", ascii_fold(bank.lower()))[:10] + ".fr", URL), "."])
    page_footer(b, 1, 1)
    return b


def k_fr_facture_energie(r):
    b = B(r, "fr", 0.05)
    four = r.choice(["Énergies du Rhône", "Électricité de Provence", "GazOuest Distribution", "Volt & Gaz de Bretagne"])
    h = person(r, "fr")
    a = addr(r, "FR")
    d0 = rd(r)
    left = [[four], ["Facture du ", (fdate(r, d0, "fr", "text"), DT)], ["N° de facture " + D(r, 11)], ["Référence client ", (D(r, 10), ACC)],
            ["PDL " + nd(r, 14)]]
    right = [[title(r, h, "fr") + " ", (nm(h, "CAPS"), PER)], [(a.street[0].upper(), ADR)], [(a.rest[0].upper(), ADR)]]
    twocol(b, left, right)
    b.raw("\n")
    b.t("Montant à payer : ").raw(amt(r, 30, 400, "€", eu=True)).t("   Date limite de paiement : ").e(fdate(r, d0 + dt.timedelta(days=15), "fr", "num"), DT).raw("\n\n")
    b.t("Période de consommation du ").e(fdate(r, d0 - dt.timedelta(days=60), "fr", "num"), DT).t(" au ").e(fdate(r, d0 - dt.timedelta(days=1), "fr", "num"), DT).raw("\n")
    b.t(f"Option Base {r.choice([6, 9, 12])} kVA   Consommation {r.randint(300, 1500)} kWh   Index relevé {D(r, 5)}\n\n")
    flow(b, ["Prélèvement automatique sur le compte ", (iban(r, "FR"), IBAN), " à partir du ",
             (fdate(r, d0 + dt.timedelta(days=15), "fr", "text"), DT), ". Service client : ", (phone(r, "FR"), PH),
             " (appel non surtaxé), du lundi au samedi. Espace client : ",
             ("https://particulier." + re.sub(r"[^a-z]", "", ascii_fold(four.lower()))[:12] + ".fr", URL), "."])
    page_footer(b, 1, 2, "Capital social 10 000 000 € - RCS Lyon " + D(r, 9))
    return b


def k_fr_carte_identite(r):
    b = B(r, "fr", 0.05)
    p = person(r, "fr", cult="fr" if r.random() < 0.8 else r.choice(["ar", "pt", "vn"]))
    dob = rdob(r)
    exp = rd(r, 2026, 2034)
    num = rs(r, 9, string.ascii_uppercase + string.digits)
    b.t("RÉPUBLIQUE FRANÇAISE\nCARTE NATIONALE D'IDENTITÉ / IDENTITY CARD\n\n")
    b.t("N° du document : ").raw(num + "\n")
    b.t("Nom / Surname\n").e(nm(p, "LAST"), PER).raw("\n")
    if p.female and r.random() < 0.4:
        b.t("Nom d'usage : ").t("épouse ").e(nm(person(r, "fr"), "LAST"), PER).raw("\n")
    b.t("Prénoms / Given names\n").e(p.first.upper() + (", " + r.choice(NAMES["fr"][0]).upper() if r.random() < 0.5 else ""), PER).raw("\n")
    b.t("Sexe ").raw(("F" if p.female else "M") + "   ").t("Nationalité ").raw("FRA\n")
    b.t("Date de naiss. / Date of birth\n").e(f"{dob.day:02d} {dob.month:02d} {dob.year}", DOB).raw("\n")
    bc = r.choice(FR_CITIES)
    b.t("Lieu de naissance / Place of birth\n").e(bc[0].upper(), LOC).raw(f" ({bc[1]})\n" if r.random() < 0.4 else "\n")
    b.t("Date d'expir. / Expiry date\n").e(f"{exp.day:02d} {exp.month:02d} {exp.year}", DT).raw("\n\n")
    for ln in mrz_td1(p, "ID", "FRA", num, dob, exp, "F" if p.female else "M", "FRA"):
        b.raw(mrz_garble(r, ln) + "\n")
    b.raw("\n")
    flow(b, ["Pièce justificative reçue le ", (fdate(r, rd(r), "fr", "text"), DT), " pour l'ouverture du dossier ",
             f"D-{D(r, 6)}", ". Agent : ", (nm(person(r, "fr"), r.choice(["full", "init"])), PER), "."])
    b.raw("\n")
    return b


def k_fr_courrier_medical(r):
    b = B(r, "fr", 0.05)
    hop = r.choice(["Centre Hospitalier de Valence", "Clinique du Parc", "CHU de Nantes - Service de Pneumologie", "Hôpital Saint-Joseph"])
    ha = addr(r, "FR")
    b.t(hop + "\n").e(ha.multi(), ADR).raw("\n").t("Secrétariat : ").e(phone(r, "FR"), PH).raw(" - Fax : ").e(phone(r, "FR"), PH).raw("\n\n")
    ville = ha.city
    b.t(f"{ville}, le ").e(fdate(r, rd(r), "fr", "text"), DT).raw("\n\n")
    dr_ = person(r, "fr")
    b.t("Docteur ").e(nm(dr_, r.choice(["full", "CAPS"])), PER).raw("\n").e(addr(r, "FR").multi(), ADR).raw("\n\n")
    pt = person(r, "fr")
    b.t("Objet : ").t(title(r, pt, "fr") + " ").e(nm(pt, r.choice(["CAPS", "LF", "full"])), PER).t(", né" + ("e" if pt.female else "") + " le ").e(
        fdate(r, rdob(r), "fr", "num"), DOB).t(" - N° dossier ").e(mrn(r), MRN).raw("\n\n")
    flow(b, ["Cher confrère,\n\nJ'ai revu en consultation le ", (fdate(r, rd(r), "fr", "text"), DT), " votre patient", "e" if pt.female else "",
             " pour le suivi d'une ", r.choice(["BPCO stade II", "hypertension artérielle résistante", "fibrillation atriale paroxystique", "lombosciatique droite"]),
             ". L'examen clinique est rassurant. Je propose de poursuivre le traitement actuel et de réaliser une "
             "exploration fonctionnelle respiratoire avant le prochain rendez-vous, fixé au ",
             (fdt(r, rd(r, 2024, 2026), "fr", "text"), DT), ". Mutuelle : ", r.choice(["MGEN", "Harmonie Mutuelle", "AG2R"]),
             ", n° adhérent ", (f"{D(r, 3)}{L(r)}{D(r, 6)}", HPN), ".\n\nBien confraternellement,"], width=r.randint(60, 84))
    b.raw("\n\n")
    b.t("Dr ").e(nm(person(r, "fr"), "full"), PER).raw("\n").t(f"RPPS {D(r, 11)}\n")
    page_footer(b, 1, 1)
    return b


# ---------------------------------------------------------------------------
# Spanish, Italian, Dutch, Portuguese, Polish, Swedish, Turkish
# ---------------------------------------------------------------------------
def k_es_nomina(r):
    b = B(r, "es", 0.04)
    co = r.choice(["Distribuciones García Ruiz S.L.", "Talleres del Río S.A.", "Clínica Dental Sonrisa S.L.P.", "Hermanos Pérez Gil S.C."])
    ca = addr(r, "ES")
    e = person(r, "es")
    d0 = rd(r)
    b.t(co + "   CIF " + L(r) + D(r, 8) + "\n").e(ca.one(), ADR).raw("\n\n")
    b.t("RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS\n\n")
    rows = [["Trabajador/a", (nm(e, r.choice(["full", "CAPS", "lf"])), PER)], ["DNI", f"{D(r, 8)}{L(r)}"],
            ["Nº afiliación S.S.", f"{D(r, 2)}/{D(r, 8)}/{D(r, 2)}"], ["Categoría", r.choice(["Oficial 1ª", "Auxiliar administrativo", "Técnico"])],
            ["Fecha de antigüedad", (fdate(r, rd(r, 2005, 2022), "es", "num"), DT)],
            ["Periodo de liquidación", [(fdate(r, d0.replace(day=1), "es", "num"), DT), " a ", (fdate(r, d0.replace(day=28), "es", "num"), DT)]]]
    for k, v in rows:
        b.t(k).raw(" " * (26 - len(k)))
        if isinstance(v, list):
            b.seq(*v)
        elif isinstance(v, tuple):
            b.e(*v)
        else:
            b.raw(v)
        b.raw("\n")
    b.raw("\n")
    g = r.uniform(1200, 3800)
    rows = [["I. DEVENGOS", "", "Importe"], ["Salario base", "30 días", f"{g:.2f}".replace(".", ",")],
            ["Plus convenio", "", f"{r.uniform(50, 300):.2f}".replace(".", ",")], ["II. DEDUCCIONES", "", ""],
            ["Contingencias comunes", "4,70 %", f"{g * .047:.2f}".replace(".", ",")], ["IRPF", f"{r.randint(8, 22)},00 %", f"{g * .15:.2f}".replace(".", ",")]]
    table(b, rows)
    b.raw("\n")
    b.t("LÍQUIDO TOTAL A PERCIBIR ").raw(amt(r, 900, 3000, "€", eu=True) + "\n")
    b.t("Transferencia a ").e(iban(r, "ES"), IBAN).raw("\n")
    b.t(f"{ca.city}, a ").e(fdate(r, d0, "es", "text"), DT).raw("\n")
    b.t("Recibí: ").raw("_" * 14 + "\n")
    return b


def k_es_factura_luz(r):
    b = B(r, "es", 0.05)
    com = r.choice(["Eléctrica del Sur Comercializadora", "Luz y Gas Ibérica S.A.", "Energía Verde Mediterránea"])
    h = person(r, "es")
    a = addr(r, "ES")
    d0 = rd(r)
    b.t(com + "\n").t("FACTURA DE ELECTRICIDAD\n\n")
    b.t("Titular del contrato: ").e(nm(h, r.choice(["CAPS", "full"])), PER).raw("\n")
    b.t("NIF: ").raw(f"{D(r, 8)}{L(r)}\n")
    b.t("Dirección de suministro: ").e(a.one(), ADR).raw("\n")
    b.t("Nº de cliente: ").e(D(r, 9), ACC).raw("   ").t("Nº factura: ").raw(f"FE{D(r, 2)}{D(r, 9)}\n")
    b.t("CUPS: ").raw(f"ES{nd(r, 16)}{L(r)}{L(r)}0F\n")
    b.t("Periodo de facturación: del ").e(fdate(r, d0 - dt.timedelta(days=30), "es", "num"), DT).t(" al ").e(fdate(r, d0, "es", "num"), DT).raw("\n")
    b.t("Fecha de cargo: ").e(fdate(r, d0 + dt.timedelta(days=10), "es", "text"), DT).raw("\n\n")
    rows = [["Concepto", "Cantidad", "Precio", "Importe"], ["Potencia P1", f"{r.choice([3.3, 4.6, 5.75])} kW x 30 días", "0,0874", f"{r.uniform(8, 20):.2f}"],
            ["Energía consumida", f"{r.randint(120, 600)} kWh", "0,1532", f"{r.uniform(20, 90):.2f}"], ["Impuesto eléctrico", "5,11 %", "", f"{r.uniform(1, 5):.2f}"],
            ["Alquiler contador", "30 días", "0,0266", "0,80"], ["IVA", "21 %", "", f"{r.uniform(5, 25):.2f}"]]
    table(b, rows)
    b.raw("\n")
    flow(b, ["Domiciliación bancaria: ", (iban(r, "ES"), IBAN), ". Averías: ", (phone(r, "ES"), PH),
             " (24 horas). Atención al cliente: ", (phone(r, "ES"), PH), " o ", (email(r, None, "clientes-luz.es"), EM),
             ". Consulte su consumo en ", ("https://www." + re.sub(r"[^a-z]", "", ascii_fold(com.lower()))[:12] + ".es/area-clientes", URL), "."])
    page_footer(b, 1, 2)
    return b


def k_it_fattura(r):
    b = B(r, "it", 0.04)
    co = r.choice(["Rossi & Figli S.r.l.", "Studio Tecnico Bianchi", "Ferramenta Colombo S.n.c.", "Idraulica De Luca"])
    ca = addr(r, "IT")
    cl = person(r, "it")
    cla = addr(r, "IT")
    d0 = rd(r)
    left = [[co], [(ca.street[0], ADR)], [(ca.rest[0], ADR)], ["P.IVA " + D(r, 11)], ["Tel. ", (phone(r, "IT"), PH)]]
    right = [["Spett.le / Gent.mo"], [(nm(cl, r.choice(["full", "CAPS", "lf"])), PER)], [(cla.street[0], ADR)], [(cla.rest[0], ADR)],
             ["C.F. " + f"{L(r)}{L(r)}{L(r)}{L(r)}{L(r)}{L(r)}{D(r, 2)}{L(r)}{D(r, 2)}{L(r)}{D(r, 3)}{L(r)}"]]
    twocol(b, left, right)
    b.raw("\n")
    b.t("FATTURA N. ").raw(f"{r.randint(1, 300)}/{d0.year}").t(" del ").e(fdate(r, d0, "it", "num"), DT).raw("\n\n")
    rows = [["Descrizione", "Q.tà", "Prezzo", "Importo"]]
    for _ in range(r.randint(2, 4)):
        rows.append([r.choice(["Manodopera idraulico", "Raccordo 3/4\" ottone", "Caldaia Garibaldi Eco 24kW", "Sopralluogo tecnico", "Valvola termostatica Verdi"]),
                     str(r.randint(1, 8)), f"{r.uniform(5, 600):.2f}".replace(".", ","), f"{r.uniform(5, 900):.2f}".replace(".", ",")])
    table(b, rows)
    b.raw("\n")
    b.t(f"Imponibile {amt(r, 100, 2000, '€', eu=True)}   IVA 22% {amt(r, 20, 400, '€', eu=True)}   Totale {amt(r, 120, 2400, '€', eu=True)}\n")
    b.t("Pagamento: bonifico bancario entro il ").e(fdate(r, d0 + dt.timedelta(days=30), "it", r.choice(["num", "text"])), DT).raw("\n")
    b.t("IBAN ").e(iban(r, "IT"), IBAN).raw("\n")
    b.t("Codice destinatario SDI ").raw(rs(r, 7, string.ascii_uppercase + string.digits) + "   PEC ").e(email(r, None, "pec.it"), EM).raw("\n")
    page_footer(b, 1, 1)
    return b


def k_it_referto(r):
    b = B(r, "it", 0.05)
    osp = r.choice(["Azienda Ospedaliera San Gerardo", "Policlinico Sant'Orsola - U.O. Cardiologia", "Casa di Cura Villa dei Pini"])
    b.t(osp + "\n").e(addr(r, "IT").one(), ADR).raw(" - ").t("Tel. ").e(phone(r, "IT"), PH).raw("\n\n")
    b.t("REFERTO DI VISITA AMBULATORIALE\n\n")
    pt = person(r, "it")
    d = rd(r)
    field(b, "Paziente", nm(pt, r.choice(["LF", "full", "lf"])), PER, "colon2")
    field(b, "Nato/a il", fdate(r, rdob(r), "it", "num"), DOB, "colon2", end="   ")
    bc = r.choice(IT_CITIES)
    b.t("a ").e(bc[0], LOC).raw(f" ({bc[2]})\n" if r.random() < 0.5 else "\n")
    field(b, "N. cartella clinica", mrn(r), MRN, "colon2")
    field(b, "Data visita", fdt(r, d, "it") if r.random() < 0.5 else fdate(r, d, "it", "num"), DT, "colon2")
    field(b, "Medico inviante", [("Dott. ", None), (nm(person(r, "it"), "full"), PER)], None, "colon2")
    b.raw("\n")
    flow(b, ["Anamnesi: ", r.choice(["ipertensione arteriosa in trattamento", "dispnea da sforzo ingravescente", "cardiopalmo saltuario"]),
             ". Esame obiettivo nella norma. ECG: ritmo sinusale, FC ", str(r.randint(55, 95)), " bpm.\n\nConclusioni: si consiglia "
             "ecocardiogramma di controllo e prosecuzione della terapia in atto (", r.choice(["Bisoprololo 2,5 mg", "Ramipril 5 mg", "Cardioaspirina 100 mg"]),
             "). Prossimo controllo il ", (fdate(r, d + dt.timedelta(days=r.randint(30, 180)), "it", "text"), DT),
             ". Per informazioni contattare ", (email(r, None, "ospedale-sangerardo.it"), EM), "."], width=r.randint(60, 84))
    b.raw("\n\n")
    md_ = person(r, "it")
    b.t("Il Medico  Dott.ssa " if md_.female else "Il Medico  Dott. ").e(nm(md_, "full"), PER).raw("\n")
    b.t("Documento firmato digitalmente ai sensi del D.Lgs 82/2005\n")
    page_footer(b, 1, 1)
    return b


def k_nl_bankafschrift(r):
    b = B(r, "nl", 0.04)
    bank = r.choice(["ING Bank N.V.", "Rabobank Utrecht", "ABN AMRO", "ASN Bank"])
    h = person(r, "nl")
    a = addr(r, "NL")
    d0 = rd(r)
    b.t(bank + "   Rekeningafschrift\n\n")
    b.t(title(r, h, "nl") + " ").e(nm(h, r.choice(["init", "full", "CAPS"])), PER).raw("\n").e(a.multi(), ADR).raw("\n\n")
    b.t("Rekeningnummer (IBAN): ").e(iban(r, "NL"), IBAN).raw("\n")
    b.t("Periode: ").e(fdate(r, d0, "nl", "num"), DT).t(" t/m ").e(fdate(r, d0 + dt.timedelta(days=30), "nl", "num"), DT).raw("\n\n")
    b.t("Datum       Omschrijving").raw(" " * 30).t("Af/Bij   Bedrag\n")
    for _ in range(r.randint(4, 7)):
        d = d0 + dt.timedelta(days=r.randint(0, 29))
        b.e(f"{d.day:02d}-{d.month:02d}-{d.year}", DT).raw("  ")
        k = r.randint(0, 3)
        if k == 0:
            b.t("Overschrijving ").e(nm(person(r, "nl"), r.choice(["init", "CAPS"])), PER).raw(" ").e(iban(r, "NL", False), IBAN).raw("  ").t("Af")
        elif k == 1:
            b.t("Incasso ").t(r.choice(["Eneco Zakelijk", "Zilveren Kruis", "Gemeente Utrecht", "Vattenfall"])).raw(f" Machtiging {D(r, 8)}  Af")
        elif k == 2:
            b.t("Betaalautomaat Albert Heijn ").raw(f"{D(r, 4)} pas {D(r, 3)}  Af")
        else:
            b.t("Salaris ").t(r.choice(["Gemeente Haarlem", "van Leeuwen Transport B.V.", "Bakker Installatietechniek"])).raw("  Bij")
        b.raw("  " + amt(r, 5, 2000, "", eu=True) + "\n")
    b.raw("\n")
    flow(b, ["Vragen? Bel ", (phone(r, "NL"), PH), " of kijk op ", ("https://www." + re.sub(r"[^a-z]", "", bank.lower())[:8] + ".nl/service", URL),
             ". Controleer uw afschrift; meld onjuistheden binnen 30 dagen."])
    page_footer(b, 1, 1)
    return b


def k_pt_fatura(r):
    b = B(r, "pt", 0.04)
    co = r.choice(["Águas do Douro, S.A.", "Telecomunicações Lusas", "Energia Atlântica, Lda.", "Gás Natural do Tejo"])
    h = person(r, "pt")
    a = addr(r, "PT")
    d0 = rd(r)
    b.t(co + "   NIPC " + D(r, 9) + "\n").t("FATURA-RECIBO\n\n")
    b.t("Exmo(a). Sr(a). ").e(nm(h, r.choice(["full", "CAPS"])), PER).raw("\n").e(a.multi(), ADR).raw("\n\n")
    rows = [["N.º Cliente", (D(r, 10), ACC)], ["N.º Contribuinte", D(r, 9)], ["Fatura n.º", f"FT {d0.year}/{D(r, 6)}"],
            ["Data de emissão", (fdate(r, d0, "pt", "num"), DT)], ["Data limite de pagamento", (fdate(r, d0 + dt.timedelta(days=20), "pt", r.choice(["num", "text"])), DT)]]
    table(b, rows, ragged=False)
    b.raw("\n")
    b.t("Pagamento Multibanco  Entidade ").raw(D(r, 5)).t("  Referência ").raw(f"{D(r, 3)} {D(r, 3)} {D(r, 3)}").t("  Montante ").raw(amt(r, 10, 200, "€", eu=True) + "\n")
    b.t("Débito direto: IBAN ").e(iban(r, "PT"), IBAN).raw("\n\n")
    flow(b, ["Apoio ao cliente: ", (phone(r, "PT"), PH), " (dias úteis). E-mail: ", (email(r, None, "cliente.pt"), EM),
             ". Consulte as condições gerais em ", ("https://www." + re.sub(r"[^a-z]", "", ascii_fold(co.lower()))[:12] + ".pt/condicoes", URL), "."])
    page_footer(b, 1, 1, "Processado por programa certificado n.º " + D(r, 4) + "/AT")
    return b


def k_pl_faktura(r):
    b = B(r, "pl", 0.04)
    co = r.choice(["Kowalski i Wspólnicy Sp. z o.o.", "PHU Nowak", "Zakład Usług Hydraulicznych Wójcik", "Drukarnia Mazowiecka S.A."])
    ca = addr(r, "PL")
    kl = person(r, "pl")
    kla = addr(r, "PL")
    d0 = rd(r)
    b.t(f"FAKTURA VAT nr FV/{r.randint(1, 400)}/{d0.month:02d}/{d0.year}\n")
    b.t("Data wystawienia: ").e(fdate(r, d0, "pl", "num"), DT).t("   Data sprzedaży: ").e(fdate(r, d0, "pl", "num"), DT).raw("\n\n")
    left = [["Sprzedawca:"], [co], [(ca.street[0], ADR)], [(ca.rest[0], ADR)], ["NIP " + f"{D(r, 3)}-{D(r, 3)}-{D(r, 2)}-{D(r, 2)}"]]
    right = [["Nabywca:"], [(nm(kl, r.choice(["full", "CAPS"])), PER)], [(kla.street[0], ADR)], [(kla.rest[0], ADR)], ["tel. ", (phone(r, "PL"), PH)]]
    twocol(b, left, right)
    b.raw("\n")
    rows = [["Lp.", "Nazwa towaru/usługi", "Ilość", "Cena netto", "VAT", "Wartość brutto"]]
    for i in range(r.randint(2, 4)):
        rows.append([str(i + 1), r.choice(["Usługa hydrauliczna", "Druk ulotek A5", "Kocioł gazowy Piast 24", "Transport", "Materiały instalacyjne"]),
                     str(r.randint(1, 10)), f"{r.uniform(10, 900):.2f}".replace(".", ","), "23%", f"{r.uniform(12, 1100):.2f}".replace(".", ",")])
    table(b, rows)
    b.raw("\n")
    b.t("Razem do zapłaty: ").raw(amt(r, 100, 3000, "zł", eu=True) + "\n")
    b.t("Termin płatności: ").e(fdate(r, d0 + dt.timedelta(days=14), "pl", r.choice(["num", "text"])), DT).raw("\n")
    b.t("Nr rachunku: ").e(iban(r, "PL"), IBAN).raw("\n")
    b.t("Osoba upoważniona do wystawienia: ").e(nm(person(r, "pl"), "full"), PER).raw("\n")
    page_footer(b, 1, 1)
    return b


def k_sv_lonespec(r):
    b = B(r, "sv", 0.04)
    co = r.choice(["Lindqvist Bygg AB", "Holm & Öberg Redovisning AB", "Västerås Stad", "Nordisk Vård AB"])
    e = person(r, "sv")
    ea = addr(r, "SE")
    d0 = rd(r)
    b.t(co + "\nLÖNESPECIFIKATION\n\n")
    dob = rdob(r)
    rows = [["Namn", (nm(e, r.choice(["full", "lf", "CAPS"])), PER)], ["Adress", (ea.one(), ADR)],
            ["Personnummer", f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{D(r, 4)}"], ["Anst.nr", D(r, 4)],
            ["Löneperiod", [(fdate(r, d0.replace(day=1), "sv", "num"), DT), " - ", (fdate(r, d0.replace(day=28), "sv", "num"), DT)]],
            ["Utbetalningsdag", (fdate(r, d0.replace(day=25), "sv", r.choice(["num", "text"])), DT)]]
    for k, v in rows:
        b.t(k).raw(" " * (18 - len(k)))
        if isinstance(v, list):
            b.seq(*v)
        elif isinstance(v, tuple):
            b.e(*v)
        else:
            b.raw(v)
        b.raw("\n")
    b.raw("\n")
    g = r.uniform(25000, 60000)
    rows = [["Lönearter", "Antal", "Belopp"], ["Månadslön", "1", f"{g:.2f}".replace(".", ",")], ["Semesterersättning", f"{r.randint(0, 5)}", f"{r.uniform(0, 3000):.2f}".replace(".", ",")],
            ["Prel. skatt", "", f"-{g * .3:.2f}".replace(".", ",")], ["Friskvårdsbidrag", "", "500,00"]]
    table(b, rows)
    b.raw("\n")
    b.t("Utbetalas till konto ").e(f"{D(r, 4)}-{D(r, 2)} {D(r, 3)} {D(r, 2)}", ACC).t(" (").t(r.choice(["Swedbank", "Handelsbanken", "Nordea", "SEB"])).raw(")\n")
    b.t("Frågor om lönen: ").e(nm(person(r, "sv"), "full"), PER).raw(", ").e(phone(r, "SE"), PH).raw("\n")
    page_footer(b, 1, 1)
    return b


def k_tr_fatura(r):
    b = B(r, "tr", 0.04)
    co = r.choice(["Boğaziçi Elektrik Perakende A.Ş.", "Anadolu Doğalgaz Dağıtım", "Ege Telekom İletişim A.Ş."])
    h = person(r, "tr")
    a = addr(r, "TR")
    d0 = rd(r)
    b.t(co + "\n").t("FATURA\n\n")
    rows = [["Abone Adı Soyadı", (nm(h, r.choice(["CAPS", "full"])), PER)], ["Abone No", (D(r, 10), ACC)],
            ["T.C. Kimlik No", D(r, 11)], ["Tesisat Adresi", (a.one(), ADR)], ["Fatura No", f"{L(r)}{L(r)}{L(r)}{d0.year}{D(r, 9)}"],
            ["Fatura Tarihi", (fdate(r, d0, "tr", "num"), DT)], ["Son Ödeme Tarihi", (fdate(r, d0 + dt.timedelta(days=10), "tr", r.choice(["num", "text"])), DT)],
            ["Okuma Dönemi", [(fdate(r, d0 - dt.timedelta(days=30), "tr", "num"), DT), " - ", (fdate(r, d0, "tr", "num"), DT)]]]
    for k, v in rows:
        b.t(k).raw(" " * (20 - len(k)) + ": ")
        if isinstance(v, list):
            b.seq(*v)
        elif isinstance(v, tuple):
            b.e(*v)
        else:
            b.raw(v)
        b.raw("\n")
    b.raw("\n")
    b.t(f"Tüketim {r.randint(80, 500)} kWh   Birim Fiyat {r.uniform(1, 3):.4f}".replace(".", ",") + f"   Ödenecek Tutar {amt(r, 100, 2000, 'TL', eu=True)}\n")
    b.t("Otomatik ödeme IBAN: ").e(iban(r, "TR"), IBAN).raw("\n")
    flow(b, ["Arıza ve bilgi için ", (phone(r, "TR"), PH), " numaralı çağrı merkezimizi arayabilir veya ",
             ("https://online." + re.sub(r"[^a-z]", "", ascii_fold(co.lower()))[:10] + ".com.tr", URL), " adresini ziyaret edebilirsiniz."])
    page_footer(b, 1, 1)
    return b


# ---------------------------------------------------------------------------
# Empty kinds: no entity at all, but full of hard negatives
# ---------------------------------------------------------------------------
def k_blank_form(r):
    b = B(r, "en", 0.05)
    b.t(r.choice(["NEW PATIENT REGISTRATION", "APPLICATION FOR SERVICE", "EMPLOYEE ONBOARDING FORM", "CLAIM FORM"]) + "\n")
    b.t(f"Form {L(r)}{L(r)}-{D(r, 3)} (Rev. {r.randint(2015, 2024)})   OMB No. {D(r, 4)}-{D(r, 4)}\n\n")
    for lb in r.sample(["Name (Last, First, MI)", "Date of Birth (MM/DD/YYYY)", "Social Security Number", "Home Phone",
                        "Street Address", "City", "State", "ZIP", "Email", "Employer", "Member ID", "Group Number",
                        "Policy Holder", "Emergency Contact", "Driver License No."], r.randint(7, 11)):
        st = r.choice(["under", "box", "dots"])
        if st == "under":
            b.t(lb + ": ").raw("_" * r.randint(12, 30) + "\n")
        elif st == "box":
            b.t(lb).raw(" [" + " " * r.randint(10, 24) + "]\n")
        else:
            b.t(lb + " ").raw("." * r.randint(15, 35) + "\n")
    b.t("SSN: ").raw("___-__-____   ").t("DOB: ").raw("__/__/____   ").t("Phone: ").raw("(___) ___-____\n\n")
    b.t("[ ] Single  [ ] Married  [ ] Divorced  [ ] Widowed\n\n")
    flow(b, ["Please print clearly in black ink. Incomplete forms will be returned. Allow 10 to 14 business days for "
             "processing. Fee: $25.00 (non-refundable). Section 4 applies only to applicants born after 1960."])
    page_footer(b, 1, 2, f"Form {D(r, 4)}")
    return b


def k_product_datasheet(r):
    b = B(r, "en", 0.05)
    prod = r.choice(["Jackson Series 7 Document Scanner", "Victoria Bay Lantern Pro", "Baker Street Shelf System",
                     "Harper DS-4400 Duplex Scanner", "Franklin Sheet-Fed OCR Station"])
    b.t(prod + " - Technical Data Sheet\n").t(f"Model {L(r)}{L(r)}-{D(r, 4)}   Firmware {ver(r)}   Doc rev. {r.choice('ABCDE')}{r.randint(1, 9)}\n\n")
    rows = [["Parameter", "Value", "Unit"], ["Scan speed (simplex)", str(r.randint(25, 120)), "ppm"], ["Optical resolution", "600 x 600", "dpi"],
            ["Daily duty cycle", f"{r.randint(3, 20)},000", "sheets"], ["ADF capacity", str(r.choice([50, 80, 100])), "sheets"],
            ["Interface", "USB 3.2 / 1000BASE-T", ""], ["Power", f"{r.randint(20, 60)}", "W"], ["Weight", f"{r.uniform(3, 12):.1f}", "kg"],
            ["HS code", "8471.60.70", ""], ["UPC", D(r, 12), ""], ["Part no.", f"{D(r, 3)}-{D(r, 5)}-{D(r, 2)}", ""]]
    table(b, rows)
    b.raw("\n")
    flow(b, ["The Madison Avenue finishing kit and the Lincoln Park feeder tray are sold separately. Compatible with "
             "driver package ", ver(r), " and later; checksum SHA-256 ", hexs(r, 64), ". Warranty: 36 months parts and labour. "
             "Firmware build ", hexs(r, 12), " fixes the duplex misfeed reported in release ", ver(r), "."])
    b.raw("\n")
    page_footer(b, 1, 1, "Specifications subject to change without notice")
    return b


def k_terms_page(r):
    b = B(r, "en", 0.06)
    b.t(r.choice(["TERMS AND CONDITIONS OF SERVICE", "CARDHOLDER AGREEMENT (continued)", "SCHEDULE OF FEES AND CHARGES"]) + "\n\n")
    w = r.randint(60, 92)
    sec0 = r.randint(4, 11)
    for i, para in enumerate(r.sample([
            "Interest is calculated on the average daily balance and compounded monthly. The annual percentage rate "
            "may vary with the market based on the Prime Rate; the variable rate is 19.99% as of the last review.",
            "Either party may terminate this agreement upon thirty (30) days written notice. Termination does not "
            "relieve the customer of obligations incurred prior to the effective date of termination.",
            "A returned payment fee of up to $40.00 and a late fee of up to $41.00 may be charged. Foreign "
            "transaction fee: 3% of each transaction in U.S. dollars.",
            "The provider shall not be liable for any indirect, incidental or consequential damages arising out of the "
            "use of the service, including loss of data, even if advised of the possibility thereof.",
            "All notices under this agreement shall be in writing and deemed given when delivered personally or "
            "three business days after deposit in the mail, postage prepaid."], r.randint(3, 5))):
        flow(b, [f"{sec0 + i}.{r.randint(1, 9)} ", para], width=w)
        b.raw("\n\n")
    page_footer(b, r.randint(2, 9), r.randint(10, 14), f"TC-{D(r, 4)} v{ver(r)}")
    return b


def k_price_list(r):
    b = B(r, "en", 0.03)
    b.t(r.choice(["PRICE LIST - EFFECTIVE Q3", "Wholesale Catalogue (extract)", "Rate Card - Document Services"]) + "\n\n")
    rows = [["SKU", "Description", "Pack", "List", "Net"]]
    for p in r.sample(PRODUCTS + ["Morgan Label Tape 12mm", "Hamilton Archive Box", "Sullivan Toner Black"], r.randint(6, 10)):
        v = r.uniform(2, 900)
        rows.append([f"{L(r)}{L(r)}{D(r, 5)}", p, str(r.choice([1, 5, 10, 12, 50])), f"{v:,.2f}", f"{v * .8:,.2f}"])
    table(b, rows)
    b.raw("\n")
    flow(b, ["Prices in USD excluding tax. Minimum order $150.00. Volume discount 5% above 100 units. Freight class 55. "
             "Quote valid 30 days; quote ref ", f"Q-{D(r, 6)}", ", price book ", ver(r), "."])
    b.raw("\n")
    return b


def k_ocr_engine_log(r):
    b = B(r, "en", 0.0)
    d = rd(r)
    b.raw(f"# ocr-batch worker {ver(r)} (build {hexs(r, 7)})\n")
    for i in range(r.randint(8, 14)):
        ts = f"{d.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{D(r, 3)}"
        b.raw(ts + " " + r.choice(["INFO ", "DEBUG", "WARN "]) + " " + r.choice([
            f"job={uid(r)} pages={r.randint(1, 60)} engine=tesseract-{ver(r)} lang=eng+deu",
            f"deskew angle={r.uniform(-3, 3):.2f} dpi=300 page={r.randint(1, 40)}",
            f"confidence={r.uniform(0.6, 0.99):.3f} below threshold 0.85 for block {r.randint(1, 30)}",
            f"stored object sha256={hexs(r, 64)}",
            f"queue depth={r.randint(0, 900)} lag={r.randint(0, 3000)}ms",
            f"layout=two-column detected, reading order fixed (regions={r.randint(2, 9)})",
            f"epoch={r.randint(1690000000, 1740000000)} checkpoint written",
            f"retry {r.randint(1, 3)}/3 after timeout 30s on shard {r.randint(0, 15)}"]) + "\n")
    b.raw(f"# exit status 0, elapsed {r.randint(1, 59)}m{r.randint(0, 59)}s\n")
    return b


def k_masked_summary(r):
    b = B(r, "en", 0.04)
    b.t(r.choice(["ACCOUNT SUMMARY (REDACTED COPY)", "Statement - customer copy, sensitive data masked"]) + "\n\n")
    rows = [["Account", "****" + D(r, 4)], ["Card", "XXXX XXXX XXXX " + D(r, 4)], ["SSN", "XXX-XX-" + D(r, 4)],
            ["Routing number", aba(r)], ["BIC", r.choice(BICS)], ["Reference", bad_card(r)], ["Case number", f"CASE-{D(r, 8)}"],
            ["Tax ID (test)", bad_ssn(r)], ["Invoice", inv_no(r)], ["Order", order_no(r)], ["Tracking", tracking(r)]]
    table(b, rows, ragged=r.random() < 0.5)
    b.raw("\n")
    flow(b, [f"Balance {amt(r, 10, 9000)}. Interest rate 4.25% APY. Dear Customer, the masked values above are shown "
             "for reference only. Your full account details are available after sign-in. Token ",
             ("${ACCOUNT_TOKEN}", RAW), " is substituted at print time. Year-end summary for ", str(r.randint(2019, 2024)), " follows."])
    b.raw("\n")
    return b


def k_de_agb(r):
    b = B(r, "de", 0.05)
    b.t("Allgemeine Geschäftsbedingungen (Auszug)\n\n")
    w = r.randint(60, 90)
    sec0 = r.randint(3, 9)
    for i, para in enumerate(r.sample([
            "Zahlungsbedingungen. Rechnungen sind innerhalb von 14 Tagen ohne Abzug zahlbar. Bei Zahlungsverzug werden "
            "Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz berechnet.",
            "Gewährleistung. Die Gewährleistungsfrist beträgt zwölf Monate ab Lieferung. Offensichtliche Mängel sind "
            "unverzüglich schriftlich anzuzeigen.",
            "Haftung. Die Haftung für leichte Fahrlässigkeit ist ausgeschlossen, soweit nicht wesentliche Vertragspflichten "
            "verletzt werden. Die Müller & Söhne Gruppe haftet nicht für Folgeschäden.",
            "Kündigung. Der Vertrag kann mit einer Frist von drei Monaten zum Monatsende gekündigt werden. Die Mindestlaufzeit "
            "beträgt 24 Monate."], r.randint(3, 4))):
        flow(b, [f"§ {sec0 + i} ", para], width=w)
        b.raw("\n\n")
    page_footer(b, r.randint(2, 5), 6, f"AGB Stand {r.randint(2019, 2024)} · Version {ver(r)}")
    return b


def k_fr_notice(r):
    b = B(r, "fr", 0.05)
    b.t("NOTICE D'UTILISATION - Scanner de documents\n\n")
    flow(b, ["Avant la première mise en service, lisez attentivement les consignes de sécurité. Le chargeur "
             "automatique accepte jusqu'à 50 feuilles de 80 g/m². Nettoyez la vitre d'exposition une fois par semaine avec un "
             "chiffon non pelucheux. La version du micrologiciel ", ver(r), " corrige les bourrages signalés. "
             "Référence pièce ", f"{L(r)}{L(r)}-{D(r, 5)}", ", garantie 24 mois. Les modèles Victor Hugo et Jean Jaurès "
             "de la gamme bureautique partagent le même bac d'alimentation.\n\n"
             "En cas de message d'erreur E-", D(r, 2), ", éteignez l'appareil pendant 30 secondes puis redémarrez-le."], width=r.randint(60, 86))
    b.raw("\n")
    page_footer(b, r.randint(2, 12), r.randint(12, 40))
    return b


def k_es_formulario(r):
    b = B(r, "es", 0.05)
    b.t("SOLICITUD DE ALTA - FORMULARIO EN BLANCO\n").t(f"Modelo {D(r, 3)}   Versión {ver(r)}\n\n")
    for lb in r.sample(["Nombre y apellidos", "DNI/NIE", "Fecha de nacimiento (dd/mm/aaaa)", "Domicilio", "Código postal", "Localidad",
                        "Provincia", "Teléfono", "Correo electrónico", "Nº de afiliación", "IBAN"], r.randint(6, 9)):
        b.t(lb + ": ").raw(r.choice(["_" * r.randint(10, 30), "[" + " " * r.randint(10, 24) + "]", "." * r.randint(12, 30)]) + "\n")
    b.raw("\n")
    flow(b, ["Rellene el formulario en letras mayúsculas. Los campos marcados con * son obligatorios. La tasa de "
             "tramitación es de 12,50 €. Plazo de resolución: tres meses."])
    page_footer(b, 1, 2)
    return b


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
KINDS = [
    # English, medical
    ("referral_fax_us", "en", False, k_referral_fax),
    ("referral_letter_uk", "en", False, k_referral_letter_uk),
    ("lab_report_fax", "en", False, k_lab_report_fax),
    ("discharge_summary_pdf", "en", False, k_discharge_summary),
    ("pharmacy_refill_fax", "en", False, k_pharmacy_fax),
    ("immunization_record_scan", "en", False, k_immunization_record),
    ("eob_statement", "en", False, k_eob),
    ("insurance_card_scan", "en", False, k_insurance_card),
    ("records_release_form", "en", False, k_records_request),
    # English, finance / billing
    ("invoice_two_column", "en", False, k_invoice_twocol),
    ("invoice_packing_slip", "en", False, k_invoice_table),
    ("bank_statement_us", "en", False, k_bank_statement_us),
    ("bank_statement_uk", "en", False, k_bank_statement_uk),
    ("credit_card_statement", "en", False, k_credit_card_statement),
    ("check_scan_micr", "en", False, k_check_scan),
    ("mortgage_statement", "en", False, k_mortgage_statement),
    ("utility_bill_us", "en", False, k_utility_bill_us),
    ("telecom_bill", "en", False, k_telecom_bill),
    # English, identity documents
    ("passport_scan_mrz", "en", False, k_passport_scan),
    ("green_card_td1", "en", False, k_green_card),
    ("drivers_license_us", "en", False, k_dl_us),
    ("driving_licence_uk", "en", False, k_dl_uk),
    # English, payroll / tax
    ("payslip_us_two_column", "en", False, k_payslip_us),
    ("payslip_uk", "en", False, k_payslip_uk),
    ("tax_form_w2", "en", False, k_w2_form),
    ("tax_form_1099", "en", False, k_form_1099),
    ("tax_form_1040", "en", False, k_form_1040),
    ("direct_deposit_form", "en", False, k_direct_deposit),
    # English, letters / forms / travel / retail
    ("employment_verification_letter", "en", False, k_employment_letter),
    ("lease_agreement_pdf", "en", False, k_lease_agreement),
    ("court_hearing_notice", "en", False, k_court_notice),
    ("shipping_label_ocr", "en", False, k_shipping_label),
    ("envelope_window_scan", "en", False, k_envelope_scan),
    ("change_of_address_form", "en", False, k_change_of_address),
    ("hotel_folio", "en", False, k_hotel_folio),
    ("airline_itinerary_pdf", "en", False, k_itinerary),
    ("pos_receipt_ocr", "en", False, k_receipt_pos),
    ("customer_export_table", "en", False, k_customer_export),
    ("cc_authorization_form", "en", False, k_cc_authorization),
    # English, IT print-outs
    ("it_ticket_printout", "en", False, k_it_ticket),
    ("server_handover_pdf", "en", False, k_server_handover),
    ("payment_integration_sheet", "en", False, k_payment_integration),
    ("k8s_runbook_pdf", "en", False, k_k8s_runbook),
    ("certificate_handover_print", "en", False, k_cert_handover),
    ("api_log_exhibit", "en", False, k_api_log_printout),
    ("meeting_invite_printout", "en", False, k_meeting_invite_print),
    ("guest_wifi_notice", "en", False, k_wifi_notice),
    # non-English
    ("de_kontoauszug", "de", False, k_de_kontoauszug),
    ("de_lohnabrechnung", "de", False, k_de_lohnabrechnung),
    ("de_personalausweis_scan", "de", False, k_de_personalausweis),
    ("de_arztbrief_fax", "de", False, k_de_arztbrief_fax),
    ("de_stromrechnung", "de", False, k_de_stromrechnung),
    ("fr_releve_bancaire", "fr", False, k_fr_releve),
    ("fr_facture_energie", "fr", False, k_fr_facture_energie),
    ("fr_carte_identite_scan", "fr", False, k_fr_carte_identite),
    ("fr_courrier_medical", "fr", False, k_fr_courrier_medical),
    ("es_nomina", "es", False, k_es_nomina),
    ("es_factura_luz", "es", False, k_es_factura_luz),
    ("it_fattura", "it", False, k_it_fattura),
    ("it_referto", "it", False, k_it_referto),
    ("nl_bankafschrift", "nl", False, k_nl_bankafschrift),
    ("pt_fatura", "pt", False, k_pt_fatura),
    ("pl_faktura_vat", "pl", False, k_pl_faktura),
    ("sv_lonespecifikation", "sv", False, k_sv_lonespec),
    ("tr_fatura", "tr", False, k_tr_fatura),
    # empty kinds
    ("blank_form_template", "en", True, k_blank_form),
    ("product_datasheet", "en", True, k_product_datasheet),
    ("terms_conditions_page", "en", True, k_terms_page),
    ("price_list_catalogue", "en", True, k_price_list),
    ("ocr_engine_log", "en", True, k_ocr_engine_log),
    ("masked_account_summary", "en", True, k_masked_summary),
    ("de_agb_auszug", "de", True, k_de_agb),
    ("fr_notice_utilisation", "fr", True, k_fr_notice),
    ("es_formulario_vacio", "es", True, k_es_formulario),
]

_EMPTY = [k for k in KINDS if k[2]]
_FOREIGN = [k for k in KINDS if not k[2] and k[1] != "en"]
_ENGLISH = [k for k in KINDS if not k[2] and k[1] == "en"]
MAX_LEN = 3000
MIN_LEN = 150


def _finish(b, lang):
    text = b.text()
    ents = sorted(b.ents, key=lambda e: e["start"])
    if len(text) > MAX_LEN:
        cut = None
        for pos in range(MAX_LEN, MIN_LEN, -1):
            if text[pos - 1] != "\n" and pos != MAX_LEN:
                continue
            if text[pos - 1] != "\n":
                continue
            if any(e["start"] < pos < e["end"] for e in ents):
                continue
            cut = pos
            break
        if cut is None:
            cut = MAX_LEN
            while any(e["start"] < cut < e["end"] for e in ents):
                cut -= 1
        text = text[:cut].rstrip()
        ents = [e for e in ents if e["end"] <= len(text)]
    while len(text) < MIN_LEN:
        text = text.rstrip("\n") + "\n" + PAD.get(lang, PAD["en"])
    return text, ents


def _kind_for(r):
    x = r.random()
    pool = _EMPTY if x < 0.12 else (_FOREIGN if x < 0.34 else _ENGLISH)
    return r.choice(pool)


def _generate(n, seed):
    for i in range(n):
        r = random.Random(f"blind80-{seed}-{i}")
        name, lang, empty, fn = _kind_for(r)
        b = fn(r)
        text, ents = _finish(b, lang)
        yield {"id": f"blind80-{seed}-{i:06d}", "text": text, "entities": ents}, name, lang


def generate(n: int, seed: int = 0):
    for doc, _kind, _lang in _generate(n, seed):
        yield doc


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_PEM_RE = re.compile(r"^-----BEGIN ([A-Z ]+)-----\n(?:[A-Za-z0-9+/=]{1,76}\n)+-----END \1-----$")
_SECRETISH = {AKID, ASK, GH, SLK, STR, JWT, PEM, PWD, SEC}


def _b64url_json(seg):
    seg += "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg.encode()).decode())


def validate(doc):
    probs = []
    text = doc.get("text", "")
    ents = doc.get("entities", [])
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        probs.append(f"length {len(text)}")
    prev_end = -1
    for e in ents:
        s, en, ty = e.get("start"), e.get("end"), e.get("type")
        if ty not in TYPES:
            probs.append(f"unknown type {ty}")
            continue
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
            probs.append(f"span out of range {e}")
            continue
        if s < prev_end:
            probs.append(f"overlap/unsorted at {s}")
        prev_end = max(prev_end, en)
        v = text[s:en]
        if v != v.strip():
            probs.append(f"{ty} whitespace edge {v!r}")
        if ty not in _SECRETISH:
            lead_ok = ty == PH and v[0] == "("
            trail_ok = ty == ADR and re.search(r"\([A-Z]{2}\)$", v)
            if v[-1] in ",;:" or (v[0] in "\"'([{<" and not lead_ok) or (v[-1] in "\"')]}>" and not trail_ok):
                probs.append(f"{ty} punctuation edge {v!r}")
            if v.endswith(".") and not re.search(r"[ap]\.m\.$", v) and not (ty == PER and re.search(r"\b[A-Z]\.$", v)):
                probs.append(f"{ty} trailing period {v!r}")
        digits = re.sub(r"\D", "", v)
        if ty == EM and not _EMAIL_RE.match(v):
            probs.append(f"bad email {v!r}")
        elif ty == PH:
            if not (6 <= len(digits) <= 15) or re.search(r"[^0-9+()\-./ ]", v):
                probs.append(f"bad phone {v!r}")
        elif ty == SSN:
            m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
            if not m or m.group(1) in ("000", "666") or m.group(1)[0] == "9" or m.group(2) == "00" or m.group(3) == "0000":
                probs.append(f"bad ssn {v!r}")
        elif ty == CC:
            if re.search(r"[^0-9 -]", v) or not (13 <= len(digits) <= 19) or not luhn_ok(digits):
                probs.append(f"bad card {v!r}")
        elif ty == IBAN:
            if not iban_check(v):
                probs.append(f"bad iban {v!r}")
        elif ty == IP:
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append(f"bad ip {v!r}")
        elif ty == URL:
            u = urlparse(v)
            host = u.hostname or ""
            isip = True
            try:
                ipaddress.ip_address(host)
            except ValueError:
                isip = False
            if u.scheme not in ("http", "https") or not host or "." not in host or isip or "@" in v or re.search(r"\s", v):
                probs.append(f"bad url {v!r}")
        elif ty == JWT:
            try:
                parts = v.split(".")
                assert len(parts) == 3 and "alg" in _b64url_json(parts[0])
            except Exception:
                probs.append(f"bad jwt {v[:30]!r}")
        elif ty == PEM:
            if not _PEM_RE.match(v):
                probs.append("bad pem")
        elif ty == AKID:
            if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
                probs.append(f"bad aws key id {v!r}")
        elif ty == ASK:
            if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
                probs.append(f"bad aws secret {v!r}")
        elif ty == GH:
            if not re.fullmatch(r"(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}", v):
                probs.append(f"bad github token {v!r}")
        elif ty == SLK:
            if not re.fullmatch(r"xox[abpr]-[A-Za-z0-9-]+", v):
                probs.append(f"bad slack token {v!r}")
        elif ty == STR:
            if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", v):
                probs.append(f"bad stripe key {v!r}")
        elif ty in (DOB, DT, MRN, HPN, ACC, DL):
            if not digits:
                probs.append(f"{ty} without digit {v!r}")
        elif ty in (PER, LOC):
            if re.search(r"[\d@\n]", v):
                probs.append(f"{ty} bad chars {v!r}")
        if ty in (PWD, SEC):
            if len(v) < 6 or re.search(r"\s", v):
                probs.append(f"{ty} bad secret {v!r}")
        if ty != ADR and ty != PEM and "\n" in v:
            probs.append(f"{ty} contains newline {v!r}")
    return probs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _mark(doc):
    t = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{t[e['start']:e['end']]}|{e['type']}]]")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 80 -- OCR'd and PDF-extracted documents.")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default=None)
    a = ap.parse_args(argv)
    if a.check:
        from collections import Counter
        types, kinds, langs = Counter(), Counter(), Counter()
        nprob = ndocs = 0
        empty_docs = 0
        for seed in (0, 1):
            for doc, kind, lang in _generate(2000, seed):
                ndocs += 1
                for p in validate(doc):
                    nprob += 1
                    if nprob <= 40:
                        print(f"PROBLEM {doc['id']} ({kind}): {p}")
                kinds[kind] += 1
                langs[lang] += 1
                empty_docs += not doc["entities"]
                for e in doc["entities"]:
                    types[e["type"]] += 1
        print(f"docs checked: {ndocs}   problems: {nprob}   docs without entities: {empty_docs}")
        print("\nper type:")
        for t in TYPES:
            print(f"  {t:<24}{types[t]}")
        print("\nper kind:")
        for k in KINDS:
            print(f"  {k[0]:<34}{k[1]}  {'empty' if k[2] else '     '}  {kinds[k[0]]}")
        print("\nper language:")
        for l_, c in sorted(langs.items()):
            print(f"  {l_}  {c}  ({100 * c / ndocs:.1f}%)")
        used = sum(1 for k in KINDS if kinds[k[0]])
        missing = [t for t in TYPES if not types[t]]
        print(f"\nkinds defined: {len(KINDS)}   kinds used: {used}")
        if missing:
            print("types never used:", ", ".join(missing))
        if nprob or used < 50 or missing:
            sys.exit(1)
        return
    if a.sample:
        for doc, kind, lang in _generate(a.sample, a.seed):
            print(f"===== {doc['id']}  kind={kind}  lang={lang}  len={len(doc['text'])}")
            print(_mark(doc))
            print()
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
