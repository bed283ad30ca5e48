#!/usr/bin/env python3.11
"""corpus_blind22 -- seeded, labelled synthetic corpus of messy, multi-domain
documents for benchmarking a PII / PHI / secrets detector.

Written blind (without looking at the detector or at any other corpus).

Every document is a pure function of (seed, index): each one is produced with
its own ``random.Random(f"{seed}-{i}")``.  Documents are assembled piece by
piece with a small builder that records entity offsets while text is being
appended, so spans are never recovered by searching the finished text.

Domains (new formats): social-work home visits, ER triage notes, UK NHS GP
referral letters, Canadian provincial health-card forms, Australian Medicare
claim forms, Indian bank KYC forms, Mexican Spanish support e-mails, German
Arbeitsvertrag excerpts, French mutuelle claims, Japanese ryokan guest
registers (romaji), Terraform tfvars, GCP service-account JSON, Azure
appsettings.json, git log -p leaks, Excel-like TSV CRM exports, voice
assistant transcripts, insurance FNOL call transcripts, courier proof of
delivery, Windows security event XML, wp-config.php, cloud-init user-data,
psychiatric intake notes, midwife prenatal records, HR onboarding (I-9)
packets, ACH remittance advices, PSD2 open-banking dumps, Discord chat
exports, police collision reports, summer-camp health forms, mongo shell
exports, OCR'd bank statements, Italian condominium notices, Dutch
huisarts letters, Brazilian Portuguese WhatsApp support chats, decompiled
Android strings.xml, Airflow connection exports, FAFSA verification
worksheets and museum membership renewals -- plus ~10 % negative documents
(cron digests, billing reconciliations, clinical order sets, redacted call
summaries, parcel scan feeds, feature-flag dumps, tfvars templates, lab QC
logs) that contain only hard negatives.

Labels follow the shared labelling conventions (spans exclude quotes, labels,
titles and trailing punctuation; date+time written together is one span;
log / header / metadata timestamps, masked values, ${VAR} references, codes,
ids and Luhn-invalid numbers stay unlabelled).  Checksummed values are valid
(Luhn cards, mod-97 IBANs, SSN area/group/serial rules, NHS mod-11, AU
Medicare check digit, ABA routing checksum for the unlabelled routing numbers).

Usage:
    python3.11 corpus_blind22.py --check
    python3.11 corpus_blind22.py --sample 3
    python3.11 corpus_blind22.py --n 500 --seed 7 --output out.jsonl
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as _dt
import hashlib
import json
import random
import re
import string
import sys
import time
import unicodedata

# --------------------------------------------------------------------------
# entity types
# --------------------------------------------------------------------------
P = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
SSN = "US_SSN"
CC = "CREDIT_CARD"
IBAN = "IBAN_CODE"
IP = "IP_ADDRESS"
DOB = "DATE_OF_BIRTH"
DT = "DATE_TIME"
LOC = "LOCATION"
ADDR = "ADDRESS"
URL = "URL"
MRN = "MEDICAL_RECORD_NUMBER"
HPN = "HEALTH_PLAN_NUMBER"
ACCT = "ACCOUNT_NUMBER"
DL = "DRIVER_LICENSE"
AKID = "AWS_ACCESS_KEY"
ASK = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"
SL = "SLACK_TOKEN"
STR = "STRIPE_KEY"
JWT = "JWT"
PK = "PRIVATE_KEY"
PW = "PASSWORD"
SEC = "GENERIC_SECRET"

TYPES = [P, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADDR, URL, MRN, HPN,
         ACCT, DL, AKID, ASK, GH, SL, STR, JWT, PK, PW, SEC]


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
class B:
    """Append-only text builder that records entity spans as it goes.

    b("plain", ("Jane Doe", PERSON), " more plain") -- tuples are entities,
    a tuple whose type is None is appended as plain text.
    """

    __slots__ = ("_parts", "_n", "ents")

    def __init__(self):
        self._parts = []
        self._n = 0
        self.ents = []

    def _add(self, s):
        if s:
            self._parts.append(s)
            self._n += len(s)

    def ent(self, s, typ):
        if typ is None:
            self._add(s)
            return self
        if not s or s != s.strip():
            raise ValueError(f"bad entity text {s!r} ({typ})")
        self.ents.append({"start": self._n, "end": self._n + len(s), "type": typ})
        self._add(s)
        return self

    def __call__(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                self.ent(p[0], p[1])
            elif isinstance(p, list):
                self(*p)
            else:
                self._add(p)
        return self

    def line(self, *parts):
        self(*parts)
        self._add("\n")
        return self

    @property
    def text(self):
        return "".join(self._parts)

    def __len__(self):
        return self._n


# JSON emission with entity-bearing leaves -----------------------------------
class S:
    """Composite JSON string made of plain and entity parts."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


class R:
    """Raw (non JSON) value, e.g. ISODate("...") in a mongo shell dump."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(b, obj, indent=2, level=0, sep=": "):
    pad = " " * (indent * (level + 1)) if indent else ""
    endpad = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    if isinstance(obj, dict):
        items = list(obj.items())
        if not items:
            b("{}")
            return
        b("{" + nl)
        for k, (key, val) in enumerate(items):
            b(pad, json.dumps(key, ensure_ascii=False), sep)
            jdump(b, val, indent, level + 1, sep)
            b("," if k < len(items) - 1 else "", nl)
        b(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            b("[]")
            return
        b("[" + nl)
        for k, val in enumerate(obj):
            b(pad)
            jdump(b, val, indent, level + 1, sep)
            b("," if k < len(obj) - 1 else "", nl)
        b(endpad + "]")
    elif isinstance(obj, tuple):
        b('"', (_jesc(obj[0]), obj[1]), '"')
    elif isinstance(obj, S):
        b('"')
        for p in obj.parts:
            if isinstance(p, tuple):
                b((_jesc(p[0]), p[1]))
            else:
                b(_jesc(p))
        b('"')
    elif isinstance(obj, R):
        b(*obj.parts)
    else:
        b(json.dumps(obj, ensure_ascii=False))


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("ı", "i")


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def alnum(rng, n, chars=string.ascii_letters + string.digits):
    return "".join(rng.choice(chars) for _ in range(n))


def upper_alnum(rng, n):
    return alnum(rng, n, string.ascii_uppercase + string.digits)


def nonluhn(s):
    """Make a digit string (separators allowed) fail the Luhn check."""
    if not luhn_ok(s):
        return s
    k = max(i for i, ch in enumerate(s) if ch.isdigit())
    return s[:k] + str((int(s[k]) + 1) % 10) + s[k + 1:]


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def chance(rng, p):
    return rng.random() < p


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def luhn_check_digit(body):
    total = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    total = 0
    for k, d in enumerate(reversed(ds)):
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, sr = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
# (given names "name:g", surnames) per origin
NAMES = {
    "en": ("James:m Olivia:f Liam:m Emma:f Noah:m Ava:f Ethan:m Harper:f Mason:m Abigail:f Caleb:m Madison:f "
           "Tyler:m Brooke:f Dylan:m Kayla:f Wyatt:m Hannah:f Graham:m Imogen:f Rhys:m Megan:f Callum:m "
           "Chelsea:f Trevor:m Denise:f Marcus:m Tamika:f DeShawn:m Latoya:f Bradley:m Courtney:f",
           "Thompson Whitaker Brennan Holloway Fitzgerald Pemberton Hargreaves Ashworth Donnelly Caldwell "
           "Jefferson Washington Rutherford Blackwood Sinclair Merriweather Gallagher Hutchins Prescott "
           "Lockhart Abernathy Carmichael Underwood Smith-Jones Bell-Watkins"),
    "ie": ("Seán:m Caoimhe:f Ciarán:m Niamh:f Declan:m Aoife:f Eoin:m Siobhán:f",
           "O'Sullivan O'Connor MacLeod McKenzie Ní Bhriain Ó Ceallaigh McAllister Doherty"),
    "es": ("Alejandro:m María José:f Jimena:f Santiago:m Guadalupe:f Luis Fernando:m Ximena:f Rodrigo:m "
           "Itzel:f Mateo:m Paola:f Joaquín:m Renata:f Emiliano:m Inés:f Álvaro:m",
           "García López|Hernández|Martínez Ruiz|de la Cruz|Villaseñor|Ortega|Núñez Salazar|Fernández|"
           "Gutiérrez|Castillo Mora|Domínguez|de los Santos|Ibarra|Zúñiga"),
    "de": ("Jürgen:m Annika:f Lukas:m Friederike:f Maximilian:m Hannelore:f Sönke:m Jörg:m Lea:f "
           "Henrik:m Mareike:f Till:m",
           "Müller Schäfer Weißmann von Bülow Krüger Hoffmann-Seidel Dreßler Vogel Bauer Neumann zu Stolberg Köhler"),
    "fr": ("Étienne:m Mathilde:f Anaïs:f Benoît:m Chloé:f Jean-Baptiste:m Margaux:f Théo:m Hélène:f "
           "François:m Océane:f Loïc:m",
           "Lefèvre Dubois de la Fontaine Moreau Girard-Blanc Rousseau Faure Lambert Chevalier Mercier d'Aubigné Garnier"),
    "it": ("Giuseppe:m Chiara:f Lorenzo:m Francesca:f Alessandro:m Giulia:f Matteo:m Sofia:f",
           "Esposito Bianchi De Luca Lombardi Romano Colombo Ferraro Di Stefano"),
    "nl": ("Sanne:f Joost:m Maarten:m Femke:f Bram:m Lieke:f Daan:m Noor:f",
           "van der Berg|de Vries|van Dijk|Bakker|Visser|van den Heuvel|Janssen|de Jong"),
    "ar": ("Youssef:m Fatima:f Omar:m Layla:f Khalid:m Amira:f Tariq:m Noor:f Hassan:m Salma:f",
           "Al-Sayed El-Amin Haddad Al Nuaimi Benali Mansour Khoury Abdel-Rahman Bakr Saleh"),
    "cn": ("Wei:m Xiaoling:f Jun:m Mei:f Hao:m Yu-Ting:f Zhiwei:m Lijuan:f",
           "Zhang Chen Liu Huang Wang Zhou Lin Xu"),
    "jp": ("Haruto:m Yui:f Sota:m Aiko:f Kenji:m Sakura:f Takumi:m Hina:f Ren:m Mio:f",
           "Tanaka Watanabe Yamamoto Kobayashi Nakamura Saito Takahashi Inoue Matsumoto Fujiwara"),
    "kr": ("Min-jun:m Ji-woo:f Seo-yeon:f Hyun-woo:m Da-eun:f Jae-won:m",
           "Kim Park Choi Jung Kang Yoon"),
    "vn": ("Minh:m Lan:f Quang:m Huong:f Duc:m Thao:f",
           "Nguyen Tran Pham Le Hoang Vu"),
    "in": ("Aarav:m Priya:f Rohan:m Ananya:f Vikram:m Lakshmi:f Arjun:m Kavya:f Siddharth:m Meenakshi:f "
           "Rajesh:m Deepika:f",
           "Sharma Iyer Reddy Chatterjee Patel Venkataraman Nair Banerjee Gupta Krishnamurthy Menon Deshpande"),
    "ng": ("Chinedu:m Ngozi:f Oluwaseun:m Adaeze:f Emeka:m Funmilayo:f Tunde:m Chiamaka:f",
           "Okafor Adeyemi Eze Balogun Nwosu Okonkwo Adebayo Onyekachi"),
    "pl": ("Katarzyna:f Tomasz:m Agnieszka:f Paweł:m Dmitri:m Olga:f Sergei:m Małgorzata:f",
           "Kowalczyk Wiśniewski Nowak Ivanova Petrov Sokolov Zieliński Lewandowska"),
    "tr": ("Emre:m Elif:f Mehmet:m Zeynep:f Nikos:m Eleni:f Burak:m Ayşe:f",
           "Yılmaz Demir Papadopoulos Georgiou Şahin Çelik Konstantinidis Aydın"),
    "pt": ("João:m Beatriz:f Thiago:m Luana:f Gabriel:m Larissa:f Rafael:m Camila:f",
           "da Silva|Souza|dos Santos|Pereira|Oliveira|Carvalho|Rodrigues|Almeida"),
    "nord": ("Lars:m Ingrid:f Sigrid:f Mikko:m Aino:f Björn:m Astrid:f Oskar:m",
             "Johansson Lindqvist Haugen Virtanen Nieminen Andersen Bergström Halvorsen"),
    "haw": ("Kai:m Leilani:f Keoni:m Malia:f",
            "Kealoha Kahananui Akana Makoa"),
}


_POOLS = {}
for _k, (_g, _s) in NAMES.items():
    givens = []
    for tok in re.findall(r"([^:]+?):([mf])\s*", _g):
        givens.append((tok[0].strip(), tok[1]))
    if "|" in _s:
        surs = _s.split("|")
    else:
        # surnames with internal spaces are marked by known particles
        toks = _s.split(" ")
        surs = []
        k = 0
        while k < len(toks):
            t = toks[k]
            if t in ("von", "zu", "de", "van", "Ní", "Ó", "Al", "De", "Di") and k + 1 < len(toks):
                # particles: join with following token(s)
                j = k + 1
                parts = [t]
                while j < len(toks) and toks[j] in ("la", "der", "den", "los"):
                    parts.append(toks[j])
                    j += 1
                parts.append(toks[j])
                surs.append(" ".join(parts))
                k = j + 1
            else:
                surs.append(t)
                k += 1
    _POOLS[_k] = (givens, surs)

ORIGINS = list(_POOLS)


class Person:
    __slots__ = ("given", "sur", "mi", "g", "origin")

    def __init__(self, given, sur, mi, g, origin):
        self.given, self.sur, self.mi, self.g, self.origin = given, sur, mi, g, origin

    @property
    def full(self):
        if self.origin in ("cn", "kr", "vn", "jp"):
            return f"{self.given} {self.sur}"
        return f"{self.given} {self.sur}"

    @property
    def full_mi(self):
        return f"{self.given} {self.mi}. {self.sur}" if self.mi else self.full

    def last_first(self, mi=True):
        return f"{self.sur}, {self.given}" + (f" {self.mi}" if mi and self.mi else "")

    def hl7(self):
        return f"{self.sur.upper()}^{self.given.upper()}^{self.mi or ''}".rstrip("^")

    def email(self, rng, domain=None):
        g = re.sub(r"[^a-z]", "", ascii_fold(self.given).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(self.sur).lower())
        style = rng.randrange(8)
        if style == 0:
            local = f"{g}.{s}"
        elif style == 1:
            local = f"{g[0]}{s}"
        elif style == 2:
            local = f"{g}{s[0]}{rng.randint(1, 99)}"
        elif style == 3:
            local = f"{g}_{s}{rng.choice(['', '85', '1990', '07', '22'])}"
        elif style == 4:
            local = f"{s}.{g[0]}"
        elif style == 5:
            local = f"{g}.{s}+{rng.choice(['shop', 'news', 'work', 'bills'])}"
        elif style == 6:
            local = f"{g}{rng.randint(100, 9999)}"
        else:
            local = f"{s}{g[:3]}"
        if domain is None:
            domain = pick(rng, EMAIL_DOMAINS.get(self.origin, EMAIL_DOMAINS["en"]))
        return f"{local}@{domain}"


EMAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "proton.me", "aol.com", "comcast.net"],
    "ie": ["eircom.net", "gmail.com"],
    "es": ["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx", "telefonica.es", "outlook.es"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "it": ["libero.it", "tiscali.it", "gmail.com", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "ar": ["gmail.com", "outlook.com", "yahoo.com"],
    "cn": ["qq.com", "163.com", "gmail.com"],
    "jp": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
    "kr": ["naver.com", "daum.net"],
    "vn": ["gmail.com", "yahoo.com.vn"],
    "in": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "ng": ["gmail.com", "yahoo.com"],
    "pl": ["wp.pl", "onet.pl", "mail.ru", "yandex.ru"],
    "tr": ["gmail.com", "hotmail.com"],
    "pt": ["uol.com.br", "bol.com.br", "gmail.com", "sapo.pt"],
    "nord": ["telia.com", "online.no", "gmail.com"],
    "haw": ["hawaii.rr.com", "gmail.com"],
}

COUNTRY_ORIGINS = {
    "US": ["en"] * 6 + ["es", "ng", "cn", "vn", "in", "ar", "kr", "ie", "pl", "haw", "jp"],
    "UK": ["en"] * 5 + ["ie", "in", "ng", "ar", "pl", "cn"],
    "DE": ["de"] * 6 + ["tr", "pl", "ar", "it"],
    "FR": ["fr"] * 6 + ["ar", "pt", "it", "vn"],
    "ES": ["es"] * 6 + ["ar", "en"],
    "MX": ["es"],
    "IN": ["in"],
    "AU": ["en"] * 4 + ["cn", "vn", "in", "it", "tr"],
    "CA": ["en"] * 3 + ["fr", "fr", "cn", "in", "kr", "pl"],
    "JP": ["jp"],
    "NL": ["nl"] * 5 + ["tr", "ar"],
    "IT": ["it"],
    "BR": ["pt"],
}


def person(rng, origin=None, country=None, mi_p=0.25, g=None):
    if origin is None:
        origin = pick(rng, COUNTRY_ORIGINS[country]) if country else pick(rng, ORIGINS)
    givens, surs = _POOLS[origin]
    given, gg = pick(rng, givens)
    if g is not None:
        cands = [x for x in givens if x[1] == g]
        given, gg = pick(rng, cands)
    g = gg
    sur = pick(rng, surs)
    mi = pick(rng, "ABCDEFGHJKLMNPRSTW") if origin in ("en", "ie", "ng", "haw") and chance(rng, mi_p) else None
    return Person(given, sur, mi, g, origin)


def relative(rng, p, g=None):
    """Family member: same origin and surname, different given name."""
    while True:
        q = person(rng, origin=p.origin, g=g)
        if q.given != p.given:
            q.sur = p.sur
            return q


def title(p, lang="en", rng=None):
    if lang == "de":
        return "Herr" if p.g == "m" else "Frau"
    if lang == "fr":
        return "M." if p.g == "m" else "Mme"
    if lang == "es":
        return "Sr." if p.g == "m" else "Sra."
    if lang == "it":
        return "Sig." if p.g == "m" else "Sig.ra"
    if lang == "pt":
        return "Sr." if p.g == "m" else "Sra."
    if lang == "nl":
        return "dhr." if p.g == "m" else "mevr."
    if lang == "uk":
        return "Mr" if p.g == "m" else pick(rng, ["Mrs", "Ms", "Miss"]) if rng else "Ms"
    return "Mr." if p.g == "m" else (pick(rng, ["Ms.", "Mrs."]) if rng else "Ms.")


def name_var(rng, p, styles=("full", "full", "full", "mi", "lf", "caps", "capslf")):
    st = pick(rng, styles)
    if st == "full":
        return p.full
    if st == "mi":
        return p.full_mi
    if st == "lf":
        return p.last_first()
    if st == "caps":
        return p.full.upper()
    if st == "capslf":
        return f"{p.sur.upper()}, {p.given.upper()}"
    if st == "lower":
        return p.full.lower()
    if st == "given":
        return p.given
    return p.full


# --------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------
US_CITIES = [("Columbus", "OH", "Ohio", "432"), ("Tucson", "AZ", "Arizona", "857"), ("Raleigh", "NC", "North Carolina", "276"),
             ("Spokane", "WA", "Washington", "992"), ("Albany", "NY", "New York", "122"), ("Sacramento", "CA", "California", "958"),
             ("Boise", "ID", "Idaho", "837"), ("Savannah", "GA", "Georgia", "314"), ("Madison", "WI", "Wisconsin", "537"),
             ("Plano", "TX", "Texas", "750"), ("Omaha", "NE", "Nebraska", "681"), ("Providence", "RI", "Rhode Island", "029"),
             ("Eugene", "OR", "Oregon", "974"), ("Knoxville", "TN", "Tennessee", "379"), ("Santa Fe", "NM", "New Mexico", "875"),
             ("Burlington", "VT", "Vermont", "054"), ("Anchorage", "AK", "Alaska", "995"), ("Honolulu", "HI", "Hawaii", "968"),
             ("Baton Rouge", "LA", "Louisiana", "708"), ("Fort Collins", "CO", "Colorado", "805"), ("Duluth", "MN", "Minnesota", "558"),
             ("Lansing", "MI", "Michigan", "489"), ("Worcester", "MA", "Massachusetts", "016"), ("Tallahassee", "FL", "Florida", "323")]
US_STREETS = ["Maple Grove Dr", "Elm St", "N Lincoln Ave", "Sycamore Ln", "W 14th St", "Harbor View Rd", "Old Mill Ct",
              "Cedar Ridge Blvd", "S Main St", "Peachtree Pkwy", "Willow Bend Way", "E Jefferson Ave", "Prospect Hill Rd",
              "Quail Run Cir", "Riverside Dr", "County Road 12", "Kalakaua Ave", "Magnolia Terrace"]
US_AREA = ["614", "520", "919", "509", "518", "916", "208", "912", "608", "972", "402", "401", "541", "865", "505",
           "802", "907", "808", "225", "970", "218", "517", "508", "850", "312", "415", "646", "713"]

UK_CITIES = [("Leeds", "LS6 2QT"), ("Bristol", "BS7 8HD"), ("Cardiff", "CF24 4HQ"), ("Glasgow", "G12 8QQ"),
             ("Norwich", "NR2 3DL"), ("Brighton", "BN2 1TW"), ("Manchester", "M14 5RA"), ("Belfast", "BT9 6AZ"),
             ("Exeter", "EX4 4QJ"), ("York", "YO10 5DD"), ("Sheffield", "S10 1DJ"), ("Nottingham", "NG7 2RD")]
UK_STREETS = ["Ashgrove Road", "Harcourt Street", "Victoria Terrace", "Kingsley Avenue", "Church Lane", "Mill Hill Close",
              "Beechwood Crescent", "St Andrew's Road", "Queen's Drive", "Hawthorn Gardens"]
DE_CITIES = [("Berlin", "Berlin", "10"), ("Hamburg", "Hamburg", "20"), ("München", "Bayern", "80"), ("Köln", "Nordrhein-Westfalen", "50"),
             ("Leipzig", "Sachsen", "04"), ("Freiburg im Breisgau", "Baden-Württemberg", "79"), ("Dresden", "Sachsen", "01"),
             ("Stuttgart", "Baden-Württemberg", "70"), ("Bremen", "Bremen", "28"), ("Nürnberg", "Bayern", "90")]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Am Kirchberg", "Schillerweg", "Bahnhofstr.", "Kastanienallee", "Goethestraße",
              "Rosenweg", "Müllerstraße", "An der Alster"]
FR_CITIES = [("Paris", "Île-de-France", "750"), ("Lyon", "Auvergne-Rhône-Alpes", "6900"), ("Marseille", "Provence-Alpes-Côte d'Azur", "130"),
             ("Toulouse", "Occitanie", "310"), ("Nantes", "Pays de la Loire", "440"), ("Lille", "Hauts-de-France", "590"),
             ("Bordeaux", "Nouvelle-Aquitaine", "330"), ("Strasbourg", "Grand Est", "670"), ("Rennes", "Bretagne", "350"),
             ("Montpellier", "Occitanie", "340")]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Tilleuls",
              "chemin du Moulin", "place Bellecour", "rue Sainte-Catherine", "allée des Peupliers"]
ES_CITIES = [("Madrid", "Madrid", "280"), ("Barcelona", "Cataluña", "080"), ("Sevilla", "Andalucía", "410"), ("Valencia", "Comunidad Valenciana", "460"),
             ("Bilbao", "País Vasco", "480"), ("Zaragoza", "Aragón", "500"), ("Málaga", "Andalucía", "290")]
ES_STREETS = ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Paseo de Gracia", "Calle San Vicente", "Gran Vía", "Calle del Sol"]
MX_CITIES = [("Ciudad de México", "CDMX"), ("Guadalajara", "Jalisco"), ("Monterrey", "Nuevo León"), ("Puebla", "Pue"), ("Mérida", "Yucatán"),
             ("Querétaro", "Qro"), ("Oaxaca de Juárez", "Oaxaca"), ("Tijuana", "Baja California"), ("Zapopan", "Jal")]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Hidalgo", "Av. Revolución", "Calle 5 de Mayo", "Av. Vallarta", "Calle Morelos",
              "Privada de los Pinos", "Blvd. Agua Caliente"]
MX_COLONIAS = ["Col. Del Valle", "Col. Roma Norte", "Col. Americana", "Col. Centro", "Col. Jardines del Bosque", "Col. Obispado"]
IN_CITIES = [("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Chennai", "Tamil Nadu", "600"),
             ("Pune", "Maharashtra", "411"), ("Hyderabad", "Telangana", "500"), ("Kolkata", "West Bengal", "700"),
             ("Ahmedabad", "Gujarat", "380"), ("Kochi", "Kerala", "682"), ("Jaipur", "Rajasthan", "302")]
IN_LOCALITIES = ["Indiranagar", "Jayanagar 4th Block", "Andheri West", "T. Nagar", "Koregaon Park", "Banjara Hills",
                 "Salt Lake Sector II", "Navrangpura", "Kakkanad", "Malviya Nagar"]
AU_CITIES = [("Sydney", "NSW", "New South Wales", "20"), ("Melbourne", "VIC", "Victoria", "30"), ("Fitzroy", "VIC", "Victoria", "306"),
             ("Brisbane", "QLD", "Queensland", "40"), ("Perth", "WA", "Western Australia", "60"), ("Adelaide", "SA", "South Australia", "50"),
             ("Hobart", "TAS", "Tasmania", "70"), ("Darwin", "NT", "Northern Territory", "08"), ("Canberra", "ACT", "Australian Capital Territory", "26"),
             ("Newcastle", "NSW", "New South Wales", "23"), ("Geelong", "VIC", "Victoria", "32")]
AU_STREETS = ["Station Street", "Beach Road", "Wattle Avenue", "George St", "Bridge Road", "Jacaranda Crescent", "King William St", "Parramatta Rd"]
CA_CITIES = [("Toronto", "ON", "Ontario", "M"), ("Ottawa", "ON", "Ontario", "K"), ("Mississauga", "ON", "Ontario", "L"),
             ("Montréal", "QC", "Québec", "H"), ("Québec", "QC", "Québec", "G"), ("Vancouver", "BC", "British Columbia", "V"),
             ("Calgary", "AB", "Alberta", "T"), ("Halifax", "NS", "Nova Scotia", "B"), ("Winnipeg", "MB", "Manitoba", "R"),
             ("Saskatoon", "SK", "Saskatchewan", "S"), ("Victoria", "BC", "British Columbia", "V")]
CA_STREETS = ["Rue Sainte-Catherine O", "Bloor St W", "Queen St E", "Rue Saint-Denis", "Granville St", "Jasper Ave",
              "Spring Garden Rd", "Portage Ave", "Boulevard René-Lévesque", "Yonge St"]
JP_CITIES = [("Tokyo", "Meguro-ku", "153"), ("Tokyo", "Setagaya-ku", "154"), ("Osaka", "Kita-ku", "530"), ("Kyoto", "Sakyo-ku", "606"),
             ("Sapporo", "Chuo-ku", "060"), ("Fukuoka", "Hakata-ku", "812"), ("Yokohama", "Naka-ku", "231"), ("Nagoya", "Nakamura-ku", "450")]
NL_CITIES = [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Eindhoven", "56"), ("Groningen", "97"), ("Den Haag", "25"), ("Leiden", "23")]
NL_STREETS = ["Prinsengracht", "Oudegracht", "Kerkstraat", "Vondelstraat", "Dorpsweg", "Lange Voorhout", "Herengracht"]
IT_CITIES = [("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Torino", "TO", "101"), ("Bologna", "BO", "401"), ("Napoli", "NA", "801"),
             ("Firenze", "FI", "501"), ("Verona", "VR", "371"), ("Bari", "BA", "701")]
IT_STREETS = ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Viale dei Mille", "Via San Donato", "Piazza della Libertà", "Via dei Serragli"]
BR_CITIES = [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR"), ("Porto Alegre", "RS"),
             ("Recife", "PE"), ("Salvador", "BA"), ("Fortaleza", "CE")]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua XV de Novembro", "Av. Boa Viagem", "Rua da Bahia", "Travessa do Carmo"]

COUNTRY_NAME = {"US": "USA", "UK": "United Kingdom", "DE": "Deutschland", "FR": "France", "ES": "España", "MX": "México",
                "IN": "India", "AU": "Australia", "CA": "Canada", "JP": "Japan", "NL": "Nederland", "IT": "Italia", "BR": "Brasil"}
COUNTRY_NAME_EN = {"US": "United States", "UK": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain", "MX": "Mexico",
                   "IN": "India", "AU": "Australia", "CA": "Canada", "JP": "Japan", "NL": "the Netherlands", "IT": "Italy", "BR": "Brazil"}


class Addr:
    """Structured address: street (incl. unit), city, region, postcode, country code."""
    __slots__ = ("street", "city", "region", "region_long", "postcode", "cc", "line2")

    def __init__(self, street, city, region, postcode, cc, region_long=None, line2=None):
        self.street, self.city, self.region, self.postcode, self.cc = street, city, region, postcode, cc
        self.region_long = region_long or region
        self.line2 = line2

    def lines(self, country=False):
        cc = self.cc
        if cc == "US":
            ls = [self.street, f"{self.city}, {self.region} {self.postcode}"]
        elif cc == "CA":
            ls = [self.street, f"{self.city} {self.region}  {self.postcode}" if False else f"{self.city}, {self.region} {self.postcode}"]
        elif cc == "UK":
            ls = [self.street, self.city, self.postcode]
        elif cc in ("DE", "FR", "ES", "NL"):
            ls = [self.street, f"{self.postcode} {self.city}"]
        elif cc == "IT":
            ls = [self.street, f"{self.postcode} {self.city} {self.region}"]
        elif cc == "MX":
            ls = [self.street, f"{self.line2}, C.P. {self.postcode}", f"{self.city}, {self.region}"]
        elif cc == "IN":
            ls = [self.street, self.line2, f"{self.city}, {self.region} {self.postcode}"]
        elif cc == "AU":
            ls = [self.street, f"{self.city} {self.region} {self.postcode}"]
        elif cc == "JP":
            ls = [self.street, f"{self.city} {self.postcode}"]
        elif cc == "BR":
            ls = [self.street, f"{self.line2} - {self.city} - {self.region}", f"CEP {self.postcode}"]
        else:
            ls = [self.street, self.city]
        if country:
            ls.append(COUNTRY_NAME.get(cc, cc) if country == "local" else COUNTRY_NAME_EN.get(cc, cc))
        return ls

    def one(self, country=False, sep=", "):
        return sep.join(self.lines(country))

    def block(self, country=False):
        return "\n".join(self.lines(country))

    def city_region(self):
        if self.cc in ("US", "CA", "AU"):
            return f"{self.city}, {self.region}"
        if self.cc == "BR":
            return f"{self.city} - {self.region}"
        if self.cc == "IT":
            return f"{self.city} ({self.region})"
        return self.city


def address(rng, cc):
    if cc == "US":
        city, st, stl, z = pick(rng, US_CITIES)
        street = f"{rng.randint(12, 9899)} {pick(rng, US_STREETS)}"
        if chance(rng, 0.35):
            street += f" {pick(rng, ['Apt', 'Unit', '#', 'Ste', 'Apt.'])} {rng.randint(1, 40)}{pick(rng, ['', 'A', 'B', 'C'])}".replace("# ", "#")
        zipc = z + digits(rng, 2) + (f"-{digits(rng, 4)}" if chance(rng, 0.15) else "")
        return Addr(street, city, st, zipc, cc, stl)
    if cc == "UK":
        city, pc = pick(rng, UK_CITIES)
        street = f"{rng.randint(1, 220)} {pick(rng, UK_STREETS)}"
        if chance(rng, 0.3):
            street = f"Flat {rng.randint(1, 12)}, " + street
        return Addr(street, city, None, pc, cc)
    if cc == "DE":
        city, land, z = pick(rng, DE_CITIES)
        street = f"{pick(rng, DE_STREETS)} {rng.randint(1, 140)}{pick(rng, ['', '', 'a', 'b'])}"
        return Addr(street, city, land, z + digits(rng, 3), cc)
    if cc == "FR":
        city, reg, z = pick(rng, FR_CITIES)
        street = f"{rng.randint(1, 120)}{pick(rng, ['', '', ' bis'])} {pick(rng, FR_STREETS)}"
        if chance(rng, 0.2):
            street = f"Bât. {pick(rng, 'ABC')}, " + street
        return Addr(street, city, reg, (z + digits(rng, 5))[:5], cc)
    if cc == "ES":
        city, reg, z = pick(rng, ES_CITIES)
        street = f"{pick(rng, ES_STREETS)} {rng.randint(1, 200)}, {rng.randint(1, 9)}º {pick(rng, ['A', 'B', 'izq.', 'dcha.'])}"
        return Addr(street, city, reg, z + digits(rng, 2), cc)
    if cc == "MX":
        city, st = pick(rng, MX_CITIES)
        street = f"{pick(rng, MX_STREETS)} {rng.randint(10, 3200)}" + (f" Int. {rng.randint(1, 30)}" if chance(rng, 0.3) else "")
        return Addr(street, city, st, digits(rng, 5), cc, line2=pick(rng, MX_COLONIAS))
    if cc == "IN":
        city, st, z = pick(rng, IN_CITIES)
        street = f"{pick(rng, ['Flat', 'No.', 'H.No.'])} {rng.randint(1, 40)}{pick(rng, ['', 'B', 'C'])}, {pick(rng, ['Sai Residency', 'Lotus Apartments', 'Green Glen Layout', 'Shanti Niketan', 'Prestige Shantiniketan', 'Kamdhenu CHS'])}"
        line2 = f"{rng.randint(1, 18)}th Cross, {pick(rng, IN_LOCALITIES)}"
        return Addr(street, city, st, z + digits(rng, 3), cc, line2=line2)
    if cc == "AU":
        city, st, stl, z = pick(rng, AU_CITIES)
        street = f"{rng.randint(1, 250)} {pick(rng, AU_STREETS)}"
        if chance(rng, 0.35):
            street = f"Unit {rng.randint(1, 20)}, " + street if chance(rng, 0.5) else f"{rng.randint(1, 20)}/" + street
        return Addr(street, city, st, (z + digits(rng, 4))[:4], cc, stl)
    if cc == "CA":
        city, pr, prl, l1 = pick(rng, CA_CITIES)
        street = f"{rng.randint(10, 4800)} {pick(rng, CA_STREETS)}" + (f", {pick(rng, ['Apt', 'Unit', 'app.'])} {rng.randint(1, 2500)}" if chance(rng, 0.35) else "")
        pc = f"{l1}{rng.randint(1, 9)}{pick(rng, 'ABCEGHJKLMNPRSTVWXYZ')} {rng.randint(1, 9)}{pick(rng, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
        return Addr(street, city, pr, pc, cc, prl)
    if cc == "JP":
        city, ward, z = pick(rng, JP_CITIES)
        street = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {pick(rng, ['Meguro', 'Ebisu', 'Umeda', 'Shimogamo', 'Minami', 'Sakae', 'Tenjin', 'Motomachi'])}, {ward}"
        if chance(rng, 0.3):
            street = f"{pick(rng, ['Sun Heights', 'Maison Aoi', 'Park Court'])} {rng.randint(1, 12)}0{rng.randint(1, 9)}, " + street
        return Addr(street, city, None, f"{z}-{digits(rng, 4)}", cc)
    if cc == "NL":
        city, z = pick(rng, NL_CITIES)
        street = f"{pick(rng, NL_STREETS)} {rng.randint(1, 400)}{pick(rng, ['', '', '-II', ' A', 'hs'])}"
        return Addr(street, city, None, f"{z}{digits(rng, 2)} {pick(rng, 'ABCDEGHJKLMNPRSTVWXZ')}{pick(rng, 'ABCDEGHJKLMNPRSTVWXZ')}", cc)
    if cc == "IT":
        city, pr, z = pick(rng, IT_CITIES)
        street = f"{pick(rng, IT_STREETS)} {rng.randint(1, 180)}" + (f", int. {rng.randint(1, 20)}" if chance(rng, 0.3) else "")
        return Addr(street, city, pr, z + digits(rng, 2), cc)
    if cc == "BR":
        city, uf = pick(rng, BR_CITIES)
        street = f"{pick(rng, BR_STREETS)}, {rng.randint(10, 3000)}" + (f", apto {rng.randint(11, 190)}" if chance(rng, 0.4) else "")
        return Addr(street, city, uf, f"{digits(rng, 5)}-{digits(rng, 3)}", cc, line2=pick(rng, ["Consolação", "Botafogo", "Savassi", "Batel", "Moinhos de Vento", "Boa Viagem"]))
    raise ValueError(cc)


def city_of(rng, cc):
    return address(rng, cc)


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
def phone(rng, cc="US", kind=None):
    d = lambda n: digits(rng, n)
    if cc in ("US", "CA"):
        a = pick(rng, US_AREA) if cc == "US" else pick(rng, ["416", "647", "613", "514", "438", "604", "778", "403", "902", "204", "306"])
        ex = str(rng.randint(2, 9)) + d(2)
        ln = d(4)
        if kind == "tollfree":
            a = pick(rng, ["800", "888", "877", "866", "855"])
        f = rng.randrange(7)
        return [f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}", f"+1-{a}-{ex}-{ln}",
                f"1-{a}-{ex}-{ln}", f"({a}){ex}-{ln}"][f]
    if cc == "UK":
        if kind == "mobile" or chance(rng, 0.5):
            m = "7" + str(rng.randint(4, 9)) + d(2)
            return pick(rng, [f"0{m} {d(6)}", f"+44 {m} {d(6)}", f"+44 (0){m} {d(3)} {d(3)}"])
        return pick(rng, [f"020 {rng.randint(3, 8)}{d(3)} {d(4)}", f"0113 {rng.randint(2, 4)}{d(2)} {d(4)}",
                          f"+44 161 {rng.randint(2, 9)}{d(2)} {d(4)}", f"0117 {rng.randint(2, 9)}{d(2)} {d(4)}"])
    if cc == "DE":
        return pick(rng, [f"+49 30 {d(4)} {d(4)}", f"0151 {d(8)}", f"+49 (0)89 {d(5)}-{d(3)}", f"030/{d(7)}",
                          f"+49 176 {d(3)} {d(5)}", f"0221 {d(3)} {d(2)} {d(2)}"])
    if cc == "FR":
        return pick(rng, [f"0{rng.randint(6, 7)} {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 {rng.randint(6, 7)} {d(2)} {d(2)} {d(2)} {d(2)}",
                          f"0{rng.randint(1, 5)} {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 (0)4 {d(2)} {d(2)} {d(2)} {d(2)}"])
    if cc == "ES":
        return pick(rng, [f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}", f"+34 93 {d(3)} {d(4)}"])
    if cc == "MX":
        return pick(rng, [f"+52 55 {d(4)} {d(4)}", f"33 {d(4)} {d(4)}", f"(81) {d(4)}-{d(4)}", f"+52 1 222 {d(3)} {d(4)}", f"55-{d(4)}-{d(4)}"])
    if cc == "IN":
        return pick(rng, [f"+91 9{d(4)} {d(5)}", f"09{d(4)} {d(5)}", f"080-{d(4)} {d(4)}", f"+91-8{d(9)}", f"7{d(9)}"])
    if cc == "AU":
        return pick(rng, [f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}", f"+61 3 {d(4)} {d(4)}", f"1300 {d(3)} {d(3)}"])
    if cc == "JP":
        return pick(rng, [f"090-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 80 {d(4)} {d(4)}", f"075-{d(3)}-{d(4)}"])
    if cc == "NL":
        return pick(rng, [f"+31 6 {d(8)}", f"06-{d(8)}", f"020 {d(3)} {d(4)}", f"+31 (0)30 {d(3)} {d(4)}"])
    if cc == "IT":
        return pick(rng, [f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"06 {d(4)} {d(4)}", f"+39 02 {d(4)} {d(4)}"])
    if cc == "BR":
        return pick(rng, [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"(31) 3{d(3)}-{d(4)}", f"+55 41 9{d(4)} {d(4)}"])
    raise ValueError(cc)


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
}


def rdate(rng, y0=2023, y1=2025):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def rdob(rng, amin=1, amax=92):
    y = 2024 - rng.randint(amin, amax)
    return _dt.date(y, rng.randint(1, 12), rng.randint(1, 28))


def ordsuf(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_DATE_STYLES = {"us_nopad", "us_short", "us_long", "us_abbr", "dmon", "dmon_caps", "ord", "wd_long", "eu_slash", "eu_dot",
                "dmy_long", "dmy_abbr", "dmy_ord", "wd_dmy", "de_dot", "de_long", "de_wd", "nl_dash", "ja_slash", "compact"}


def fdate(rng, d, lang="en", style=None):
    """Format a date; style may be forced, otherwise picked per language."""
    y, m, dd = d.year, d.month, d.day
    if style is None and lang in _DATE_STYLES:
        style, lang = lang, "en"
    if lang in ("en", "us"):
        styles = ["iso", "us", "us_long", "us_abbr", "dmon", "us_short", "ord", "wd_long"]
    elif lang == "uk":
        styles = ["eu_slash", "dmy_long", "dmy_abbr", "iso", "wd_dmy", "dmy_ord"]
    elif lang == "de":
        styles = ["de_dot", "de_dot", "de_long", "iso", "de_wd"]
    elif lang in ("fr", "es", "it", "pt"):
        styles = ["eu_slash", "eu_slash", "loc_long", "loc_wd", "iso"]
    elif lang == "nl":
        styles = ["nl_dash", "loc_long", "loc_wd", "iso"]
    elif lang == "ja":
        styles = ["ja", "ja_slash", "iso"]
    elif lang == "iso":
        styles = ["iso"]
    else:
        styles = ["iso"]
    st = style or pick(rng, styles)
    mon = MONTHS["en"][m - 1]
    if st == "iso":
        return f"{y:04d}-{m:02d}-{dd:02d}"
    if st == "us":
        return f"{m:02d}/{dd:02d}/{y}"
    if st == "us_nopad":
        return f"{m}/{dd}/{y}"
    if st == "us_short":
        return f"{m}/{dd}/{y % 100:02d}"
    if st == "us_long":
        return f"{mon} {dd}, {y}"
    if st == "us_abbr":
        return f"{mon[:3]} {dd}, {y}"
    if st == "dmon":
        return f"{dd:02d}-{mon[:3]}-{y}"
    if st == "dmon_caps":
        return f"{dd:02d}{mon[:3].upper()}{y}"
    if st == "ord":
        return f"{mon} {dd}{ordsuf(dd)}, {y}"
    if st == "wd_long":
        return f"{WEEKDAYS['en'][d.weekday()]}, {mon} {dd}, {y}"
    if st == "eu_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if st == "eu_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if st == "dmy_long":
        return f"{dd} {mon} {y}"
    if st == "dmy_abbr":
        return f"{dd} {mon[:3]} {y}"
    if st == "dmy_ord":
        return f"{dd}{ordsuf(dd)} {mon} {y}"
    if st == "wd_dmy":
        return f"{WEEKDAYS['en'][d.weekday()]} {dd} {mon} {y}"
    if st == "de_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if st == "de_long":
        return f"{dd}. {MONTHS['de'][m - 1]} {y}"
    if st == "de_wd":
        return f"{WEEKDAYS['de'][d.weekday()]}, {dd}. {MONTHS['de'][m - 1]} {y}"
    if st == "nl_dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if st == "loc_long":
        L = lang if lang in MONTHS else "en"
        if L in ("es", "pt"):
            return f"{dd} de {MONTHS[L][m - 1]} de {y}"
        return f"{dd} {MONTHS[L][m - 1]} {y}"
    if st == "loc_wd":
        L = lang if lang in MONTHS else "en"
        wd = WEEKDAYS[L][d.weekday()]
        if L in ("es", "pt"):
            return f"{wd}, {dd} de {MONTHS[L][m - 1]} de {y}"
        return f"{wd} {dd} {MONTHS[L][m - 1]} {y}"
    if st == "ja":
        return f"{y}年{m}月{dd}日"
    if st == "ja_slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if st == "compact":
        return f"{y:04d}{m:02d}{dd:02d}"
    raise ValueError(st)


def ftime(rng, h=None, mi=None, style=None):
    if h is None:
        h = rng.randint(7, 19)
    if mi is None:
        mi = pick(rng, [0, 0, 15, 30, 45, 10, 20, 40, 50, 5, 25, 35, 55])
    st = style or pick(rng, ["24", "24", "12", "12", "12l"])
    if st == "24":
        return f"{h:02d}:{mi:02d}"
    if st == "fr":
        return f"{h}h{mi:02d}" if mi else f"{h}h"
    h12 = h % 12 or 12
    if st == "12":
        return f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if st == "12l":
        return f"{h12}:{mi:02d}{'am' if h < 12 else 'pm'}"
    if st == "12short":
        return f"{h12} {'AM' if h < 12 else 'PM'}" if mi == 0 else f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    raise ValueError(st)


def fdatetime(rng, d=None, lang="en"):
    d = d or rdate(rng)
    ds = fdate(rng, d, lang)
    if lang == "de":
        return f"{ds} um {ftime(rng, style='24')}"
    if lang == "fr":
        return f"{ds} à {ftime(rng, style=pick(rng, ['24', 'fr']))}"
    if lang == "es":
        return f"{ds} a las {ftime(rng, style='24')}"
    if lang == "it":
        return f"{ds} alle {ftime(rng, style='24')}"
    if lang == "pt":
        return f"{ds} às {ftime(rng, style='24')}"
    if lang == "iso":
        return f"{ds}T{ftime(rng, style='24')}:00"
    j = pick(rng, [" at ", ", ", " "])
    return f"{ds}{j}{ftime(rng)}"


def log_ts(rng, d=None, style="iso"):
    d = d or rdate(rng)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{rng.randint(0, 999):03d}Z"
    if style == "space":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"
    if style == "syslog":
        return f"{MONTHS['en'][d.month - 1][:3]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}"
    if style == "clf":
        return f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000"
    if style == "hms":
        return f"{h:02d}:{m:02d}:{s:02d}"
    raise ValueError(style)


def email_date(rng, d=None):
    d = d or rdate(rng)
    return (f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {pick(rng, ['-0500', '+0100', '-0600', '+0000', '+0530', '+1000'])}")


# --------------------------------------------------------------------------
# identifiers with checksums
# --------------------------------------------------------------------------
def ssn(rng, fmt=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    f = fmt or pick(rng, ["dash", "dash", "dash", "space", "plain"])
    if f == "dash":
        return f"{a:03d}-{g:02d}-{s:04d}"
    if f == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def bad_ssn(rng):
    a = pick(rng, ["000", "666", f"9{rng.randint(0, 99):02d}"])
    return f"{a}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def card(rng, brand=None, fmt=None):
    brand = brand or pick(rng, ["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body, n = "4" + digits(rng, 14), 16
    elif brand == "mc":
        body, n = pick(rng, ["51", "52", "53", "54", "55", "2221", "2720"]) , 16
        body = body + digits(rng, 15 - len(body))
    elif brand == "amex":
        body, n = pick(rng, ["34", "37"]) + digits(rng, 12), 15
    else:
        body, n = "6011" + digits(rng, 11), 16
    num = body + luhn_check_digit(body)
    f = fmt or pick(rng, ["space", "space", "dash", "plain"])
    if n == 15:
        if f == "plain":
            return num
        s = " " if f == "space" else "-"
        return f"{num[:4]}{s}{num[4:10]}{s}{num[10:]}"
    if f == "plain":
        return num
    s = " " if f == "space" else "-"
    return s.join(num[k:k + 4] for k in range(0, 16, 4))


def bad_card(rng):
    body = "4" + digits(rng, 14)
    good = luhn_check_digit(body)
    wrong = str((int(good) + rng.randint(1, 9)) % 10)
    num = body + wrong
    return " ".join(num[k:k + 4] for k in range(0, 16, 4)) if chance(rng, 0.5) else num


IBAN_SPEC = {  # country: list of (kind, length) for BBAN
    "DE": [("n", 18)], "FR": [("n", 10), ("a", 11), ("n", 2)], "ES": [("n", 20)], "NL": [("A", 4), ("n", 10)],
    "IT": [("A", 1), ("n", 10), ("a", 12)], "GB": [("A", 4), ("n", 14)], "BE": [("n", 12)], "AT": [("n", 16)],
    "CH": [("n", 17)], "IE": [("A", 4), ("n", 14)], "PT": [("n", 21)], "PL": [("n", 24)],
}
IBAN_BANKS = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"], "GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"], "IE": ["AIBK", "BOFI"]}


def iban(rng, country=None, grouped=None):
    country = country or pick(rng, list(IBAN_SPEC))
    bban = ""
    for kind, n in IBAN_SPEC[country]:
        if kind == "n":
            bban += digits(rng, n)
        elif kind == "A":
            if country in IBAN_BANKS and n == 4:
                bban += pick(rng, IBAN_BANKS[country])
            else:
                bban += "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
        else:
            bban += "".join(rng.choice(string.digits * 3 + string.ascii_uppercase) for _ in range(n))
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    chk = 98 - num % 97
    s = f"{country}{chk:02d}{bban}"
    if grouped is None:
        grouped = chance(rng, 0.6)
    if grouped:
        s = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
    return s


def routing(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def nhs_number(rng):
    while True:
        ds = [rng.randint(0, 9) for _ in range(9)]
        ds[0] = rng.randint(4, 6)
        s = sum(d * (10 - k) for k, d in enumerate(ds))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = "".join(map(str, ds)) + str(c)
        return f"{n[:3]} {n[3:6]} {n[6:]}" if chance(rng, 0.7) else n


def au_medicare(rng):
    ds = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(a * b for a, b in zip(ds, w)) % 10
    issue = rng.randint(1, 5)
    n = "".join(map(str, ds)) + str(c) + str(issue)
    return f"{n[:4]} {n[4:9]} {n[9]}" if chance(rng, 0.7) else n


def npi(rng):
    body = "1" + digits(rng, 8)
    return body + luhn_check_digit("80840" + body)


def ip4(rng, private=None):
    if private is None:
        private = chance(rng, 0.4)
    if private:
        return pick(rng, [f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                          f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                          f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    while True:
        a = rng.randint(11, 223)
        if a not in (127, 172, 192, 10, 100, 169):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip6(rng):
    groups = [pick(rng, ["2001", "2a02", "2600", "2607", "2a01", "2406"]), hexs(rng, 4).lstrip("0") or "0", hexs(rng, 3)]
    tail = [hexs(rng, rng.randint(1, 4)).lstrip("0") or "0" for _ in range(rng.randint(2, 4))]
    return ":".join(groups) + "::" + ":".join(tail)


def ip_any(rng):
    return ip6(rng) if chance(rng, 0.15) else ip4(rng)


# --------------------------------------------------------------------------
# secrets
# --------------------------------------------------------------------------
B32 = string.ascii_uppercase + "234567"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
PW_CHARS = string.ascii_letters + string.digits + "!$%*_-+=?^~"
WORDS = ["harbor", "violet", "Tango", "maple", "Falcon", "copper", "Nimbus", "orchid", "Pepper", "glacier", "Rocket",
         "sunny", "Walrus", "quartz", "Mango", "velvet", "Otter", "cobalt", "Summer", "Winter", "Dragon", "Bluebird"]


def aws_akid(rng):
    return pick(rng, ["AKIA", "AKIA", "AKIA", "ASIA"]) + "".join(rng.choice(B32) for _ in range(16))


def aws_secret(rng):
    return "".join(rng.choice(B64) for _ in range(40))


def gh_token(rng):
    k = rng.randrange(5)
    if k == 4:
        return "github_pat_11" + upper_alnum(rng, 20) + "_" + alnum(rng, 59)
    return pick(rng, ["ghp_", "ghp_", "gho_", "ghs_"]) + alnum(rng, 36)


def slack_token(rng):
    if chance(rng, 0.6):
        return f"xoxb-{digits(rng, rng.randint(10, 12))}-{digits(rng, 13)}-{alnum(rng, 24)}"
    return f"xoxp-{digits(rng, 11)}-{digits(rng, 12)}-{digits(rng, 13)}-{hexs(rng, 32)}"


def stripe_key(rng):
    return pick(rng, ["sk_live_", "sk_live_", "rk_live_"]) + alnum(rng, pick(rng, [24, 34, 99]))


def b64url(bs):
    return base64.urlsafe_b64encode(bs).decode().rstrip("=")


def jwt(rng, claims=None):
    hdr = {"alg": pick(rng, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if chance(rng, 0.4):
        hdr["kid"] = hexs(rng, 16)
    body = claims or {}
    body.setdefault("sub", str(rng.randint(10000, 99999999)))
    body.setdefault("iat", 1700000000 + rng.randint(0, 60000000))
    body["exp"] = body["iat"] + pick(rng, [900, 3600, 86400])
    if chance(rng, 0.5):
        body["scope"] = pick(rng, ["read:accounts", "openid profile", "payments:write", "admin"])
    sig = bytes(rng.getrandbits(8) for _ in range(pick(rng, [32, 32, 64])))
    return (b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64url(json.dumps(body, separators=(",", ":")).encode()) + "." + b64url(sig))


def pem(rng, kind=None):
    kind = kind or pick(rng, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nlines = rng.randint(5, 11) if kind != "EC PRIVATE KEY" else 3
    raw = bytes(rng.getrandbits(8) for _ in range(48 * nlines + rng.randint(3, 40)))
    body = base64.b64encode(raw).decode()
    if kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAA" + body[24:]
        width = 70
    elif kind == "RSA PRIVATE KEY":
        body = "MIIE" + body[4:]
        width = 64
    else:
        body = "MII" + body[3:]
        width = 64
    lines = [body[k:k + width] for k in range(0, len(body), width)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def password(rng, safe=True):
    k = rng.randrange(7)
    if k == 0:
        p = f"{pick(rng, WORDS)}{rng.randint(1, 9999)}{pick(rng, '!$%*?')}"
    elif k == 1:
        p = alnum(rng, rng.randint(12, 20), PW_CHARS)
    elif k == 2:
        p = "-".join(pick(rng, WORDS).lower() for _ in range(3)) + str(rng.randint(1, 99))
    elif k == 3:
        p = f"{pick(rng, WORDS)}{pick(rng, WORDS)}{rng.randint(10, 99)}"
    elif k == 4:
        p = alnum(rng, rng.randint(16, 28))
    elif k == 5:
        p = f"{pick(rng, WORDS).capitalize()}_{rng.randint(2019, 2026)}{pick(rng, ['!', '#', '$', '@'])}"
    else:
        p = alnum(rng, 10, string.ascii_letters + string.digits + "!$%^*")
    if safe:
        p = p.replace("#", "x").replace("@", "a")
    while p[-1] in ".,;:":
        p = p[:-1] + "9"
    return p


def generic_secret(rng, kind=None):
    kind = kind or rng.randrange(12)
    if kind == 0:
        return hexs(rng, 32)
    if kind == 1:
        return "SG." + alnum(rng, 22, B64URL) + "." + alnum(rng, 43, B64URL)
    if kind == 2:
        return "AIza" + alnum(rng, 35, B64URL)
    if kind == 3:
        return "sk-proj-" + alnum(rng, 48, B64URL)
    if kind == 4:
        return "whsec_" + alnum(rng, 32)
    if kind == 5:
        return "key-" + hexs(rng, 32)
    if kind == 6:
        return "npm_" + alnum(rng, 36)
    if kind == 7:
        return "glpat-" + alnum(rng, 20, B64URL)
    if kind == 8:
        return "dop_v1_" + hexs(rng, 64)
    if kind == 9:
        return "shpat_" + hexs(rng, 32)
    if kind == 10:
        return alnum(rng, 34, string.ascii_letters + string.digits + "~._-").strip("._-~") + alnum(rng, 4)
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()


def b64secret(rng, nbytes=64):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


# --------------------------------------------------------------------------
# hard negatives
# --------------------------------------------------------------------------
def uuid4(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick(rng, '89ab')}{h[17:20]}-{h[20:]}"


def sha(rng, n=40):
    return hexs(rng, n)


def version(rng):
    return f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"


def amount(rng, cur="$", lo=5, hi=5000):
    v = rng.uniform(lo, hi)
    if cur == "€":
        return f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{cur}{v:,.2f}"


def order_no(rng):
    return pick(rng, [f"ORD-{rng.randint(100000, 999999)}", f"#{rng.randint(1000000, 9999999)}", f"SO-{rng.randint(2023, 2025)}-{rng.randint(10000, 99999)}",
                      f"A{digits(rng, 9)}"])


def invoice_no(rng):
    return pick(rng, [f"INV-{rng.randint(2023, 2025)}-{digits(rng, 5)}", f"FAC{digits(rng, 7)}", f"{upper_alnum(rng, 3)}-{digits(rng, 6)}"])


def tracking_no(rng):
    return pick(rng, ["1Z" + upper_alnum(rng, 6) + digits(rng, 10), f"9400{digits(rng, 18)}",
                      f"JJD{digits(rng, 15)}", f"{digits(rng, 12)}"])


def ticket_no(rng):
    return pick(rng, [f"INC{digits(rng, 7)}", f"ZD-{digits(rng, 6)}", f"CASE-{digits(rng, 8)}", f"SR{digits(rng, 9)}", f"#{digits(rng, 5)}"])


def claim_no(rng):
    return pick(rng, [f"CLM-{rng.randint(2023, 2025)}-{digits(rng, 6)}", f"{upper_alnum(rng, 2)}{digits(rng, 9)}", f"C{digits(rng, 10)}"])


def vin(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def plate(rng, cc="US"):
    if cc == "UK":
        return f"{pick(rng, ['AB', 'LK', 'YR', 'WD'])}{rng.randint(10, 74)} {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
    if cc == "DE":
        return f"{pick(rng, ['B', 'M', 'HH', 'K'])}-{pick(rng, ['MK', 'XY', 'AB', 'QZ'])} {rng.randint(1, 9999)}"
    return f"{rng.randint(1, 9)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(rng, 3)}"


ICD10 = ["E11.9", "I10", "J45.909", "F41.1", "M54.50", "K21.9", "Z00.00", "O09.522", "R07.9", "S93.401A", "F33.1", "G43.909",
         "N39.0", "E78.5", "J06.9", "Z34.82", "F90.0", "L20.9", "T78.40XA", "Z23"]
CPT = ["99213", "99214", "71046", "93000", "80053", "97110", "90834", "59425", "36415", "90471", "85025", "99284"]
LOINC = ["2345-7", "4548-4", "718-7", "2093-3", "2160-0", "6690-2", "1751-7", "33914-3"]
DRUGS = ["metformin 500 mg BID", "lisinopril 10 mg daily", "sertraline 50 mg", "atorvastatin 20 mg qHS", "albuterol HFA 2 puffs PRN",
         "amoxicillin 875 mg", "ondansetron 4 mg ODT", "levothyroxine 75 mcg", "prenatal vitamin", "ferrous sulfate 325 mg",
         "EpiPen Jr 0.15 mg", "cetirizine 10 mg", "Adderall XR 10 mg", "quetiapine 25 mg qHS", "ibuprofen 600 mg", "apixaban 5 mg BID"]
BICS = ["DEUTDEFF", "BNPAFRPP", "COBADEFFXXX", "INGBNL2A", "BSCHESMM", "HDFCINBB", "CITIUS33", "NWBKGB2L", "BCITITMM", "RABONL2U", "SOGEFRPP"]
PET_NAMES = ["Biscuit", "Luna", "Mochi", "Captain", "Pepper", "Bruno", "Nala", "Ziggy", "Waffles", "Kiko"]
PERSON_BRANDS = ["Ben & Jerry's", "Marks & Spencer", "Johnson & Johnson", "Procter & Gamble", "Dolce & Gabbana", "Müller & Söhne GmbH",
                 "Ernst & Young", "Wells Fargo", "Harley-Davidson", "Ralph Lauren", "Tim Hortons", "Jack Daniel's", "Calvin Klein"]


# ==========================================================================
# domains
# ==========================================================================
HOSPITALS_US = ["Mercy General", "St. Brigid Medical Center", "Lakeside Regional", "Valley Presbyterian", "Good Samaritan",
                "Riverside Community Hospital", "Sacred Heart Medical Center", "Holy Cross Hospital"]
INSURERS_US = ["Aetna", "BlueCross BlueShield", "Cigna", "UnitedHealthcare", "Humana", "Kaiser Permanente", "Molina Healthcare", "Ambetter"]


def hpn_us(rng):
    return pick(rng, [f"{pick(rng, ['XEH', 'W', 'YGM', 'ZCB', 'U'])}{digits(rng, 9)}", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}",
                      f"M{digits(rng, 10)}", f"{upper_alnum(rng, 3)}{digits(rng, 8)}01"])


def mrn(rng):
    return pick(rng, [digits(rng, 8), f"MRN{digits(rng, 7)}", f"E{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                      f"HN{digits(rng, 6)}", digits(rng, 10)])


def acct(rng):
    return pick(rng, [digits(rng, 10), digits(rng, 12), f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)}", digits(rng, 8),
                      f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 1)}"])


def us_dl(rng, st=None):
    st = st or pick(rng, ["CA", "NY", "FL", "TX", "WA", "OH", "IL", "AZ"])
    if st == "CA":
        v = pick(rng, string.ascii_uppercase) + digits(rng, 7)
    elif st == "NY":
        v = f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    elif st == "FL":
        v = f"{pick(rng, string.ascii_uppercase)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 1)}"
    elif st == "TX":
        v = digits(rng, 8)
    elif st == "WA":
        v = "WDL" + upper_alnum(rng, 9)
    elif st == "OH":
        v = "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + digits(rng, 6)
    elif st == "IL":
        v = f"{pick(rng, string.ascii_uppercase)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"
    else:
        v = pick(rng, string.ascii_uppercase) + digits(rng, 8)
    return v, st


US_STATE_NAMES = {"CA": "California", "NY": "New York", "FL": "Florida", "TX": "Texas", "WA": "Washington", "OH": "Ohio",
                  "IL": "Illinois", "AZ": "Arizona"}


# ---------------------------------------------------------------- 1
def d_social_work_home_visit(rng, b):
    worker = person(rng, country="US")
    mom = person(rng, country="US")
    kid = relative(rng, mom)
    partner = person(rng, country="US")
    a = address(rng, "US")
    d = rdate(rng)
    agency = pick(rng, ["County Department of Children & Family Services", "Family Preservation Unit", "Kinship Support Program",
                        "Child Welfare Services — Region 4"])
    b.line(agency.upper())
    b.line(pick(rng, ["HOME VISIT CONTACT NOTE", "Home Visit / Face-to-Face Contact", "CASE NOTE — HOME VISIT"]))
    b.line("Case #: ", f"{pick(rng, ['CFS', 'FPU', 'CWS'])}-{rng.randint(2023, 2025)}-{digits(rng, 6)}",
           "    Worker: ", (worker.full, P), pick(rng, [", MSW", ", CSW", "", " (CPS II)"]))
    b.line("Contact date: ", (fdate(rng, d, "us"), DT), "   Time in: ", (ftime(rng, rng.randint(8, 11)), DT),
           "   Time out: ", (ftime(rng, rng.randint(12, 16)), DT))
    b.line("Location: home — ", (a.one(), ADDR))
    b.line("Contact type: ", pick(rng, ["announced", "unannounced", "scheduled follow-up"]), "; duration approx. ",
           f"{rng.randint(35, 95)} min")
    b.line()
    b.line("Present: ", (mom.full, P), " (mother, DOB ", (fdate(rng, rdob(rng, 22, 40), "us"), DOB), "), ",
           (kid.given, P), f" (age {rng.randint(2, 12)}), and mother's partner ", (partner.full, P), ".")
    b.line()
    b("NARRATIVE: Worker arrived and was greeted at the door by ", (kid.given, P), " and the family dog ",
      pick(rng, PET_NAMES), ". ", title(mom, "en", rng), " ", (mom.sur, P),
      pick(rng, [" reported that the heat has been off since ", " said the landlord has not fixed the leak reported on "]),
      (fdate(rng, rdate(rng), "us_long"), DT), pick(rng, [" and that she has been using space heaters. ", ". "]))
    b("Home was ", pick(rng, ["cluttered but safe", "clean and organized", "cold; kitchen had adequate food"]),
      ". No safety hazards observed other than ", pick(rng, ["an uncovered outlet", "medications on the counter", "a broken stair rail"]),
      ", which mother addressed during the visit. ")
    b((kid.given, P), "'s school (", pick(rng, ["Lincoln Elementary", "Roosevelt Primary", "Hawthorne K-8"]),
      ") reports attendance improved to 91%. ")
    if chance(rng, 0.6):
        b((partner.given, P), " stated he is working nights at ", pick(rng, ["Tim Hortons", "a distribution center", "Wells Fargo's call center"]),
          " and can be reached at ", (phone(rng, "US"), PH), ". ")
    b("Mother's best number is ", (phone(rng, "US"), PH), pick(rng, [" (texts preferred).", ".", " — voicemail is full."]), "\n\n")
    sup = person(rng, country="US")
    b.line("PLAN:")
    b.line("- Referral to utility assistance; worker to fax LIHEAP form to ", (phone(rng, "US"), PH), " by ",
           (fdate(rng, rdate(rng), "us"), DT), ".")
    b.line("- Parenting class enrollment confirmed; first session ", (fdatetime(rng), DT), ".")
    b.line("- Next home visit scheduled for ", (fdate(rng, d + _dt.timedelta(days=rng.randint(7, 30)), "wd_long"), DT),
           ".")
    if chance(rng, 0.5):
        b.line("- Consult with supervisor ", (sup.full, P), " (", (sup.email(rng, "dcfs.example.gov"), EM), ") re: safety plan.")
    b.line()
    b.line("Worker signature: ", (worker.full_mi, P), "   Date: ", (fdate(rng, d, "us"), DT))


# ---------------------------------------------------------------- 2
def d_er_triage_note(rng, b):
    pt = person(rng, country="US")
    rn = person(rng, country="US")
    ec = person(rng, country="US")
    d = rdate(rng)
    hosp = pick(rng, HOSPITALS_US)
    b.line(f"{hosp.upper()} — EMERGENCY DEPARTMENT TRIAGE")
    b.line("Arrival: ", (f"{fdate(rng, d, 'us')} {ftime(rng, rng.randint(0, 23), style='24')}", DT),
           "   Mode: ", pick(rng, ["Walk-in", "EMS (Medic 12)", "Private vehicle", "Police"]))
    b.line("Pt: ", (f"{pt.sur.upper()}, {pt.given.upper()}" + (f" {pt.mi}" if pt.mi else ""), P),
           "   MRN: ", (mrn(rng), MRN), "   DOB: ", (fdate(rng, rdob(rng, 18, 90), pick(rng, ["us", "us_nopad"])), DOB),
           "   Sex: ", pick(rng, ["F", "M", "X"]))
    b.line("Acct#: ", (digits(rng, 9), ACCT), "   Arrival #: ", f"{rng.randint(1, 400)}",
           "   Bed: ", f"{pick(rng, ['A', 'B', 'H', 'T'])}{rng.randint(1, 30)}")
    b.line("Ins: ", pick(rng, INSURERS_US), "  Mbr ID ", (hpn_us(rng), HPN), "  Grp ", f"{digits(rng, 6)}")
    cc = pick(rng, [("chest pain x2h, radiating to L arm", "R07.9"), ("SOB, wheezing, hx asthma", "J45.909"),
                    ("fall from ladder, R ankle swelling", "S93.401A"), ("abd pain RLQ since last night", "R10.31"),
                    ("HA worst of life, photophobia", "G43.909"), ("fever 39.4, dysuria", "N39.0")])
    b.line("CC: \"", cc[0], "\"")
    b.line(f"VS: BP {rng.randint(95, 185)}/{rng.randint(55, 110)}  HR {rng.randint(55, 135)}  RR {rng.randint(12, 28)}  "
           f"SpO2 {rng.randint(88, 100)}% RA  T {rng.randint(360, 395) / 10}C  Pain {rng.randint(0, 10)}/10")
    b.line(f"ESI: {rng.randint(1, 5)}   Wt {rng.randint(45, 140)} kg")
    b.line("PMH: ", ", ".join(rng.sample(["HTN (I10)", "T2DM (E11.9)", "HLD (E78.5)", "GERD (K21.9)", "anxiety (F41.1)", "CKD 3a"], 3)))
    b.line("Meds: ", "; ".join(rng.sample(DRUGS, 3)), "   Allergies: ", pick(rng, ["NKDA", "PCN (rash)", "sulfa", "latex, shellfish"]))
    b.line("Last PO intake: ", (ftime(rng, rng.randint(6, 20), style="24"), DT), "   LMP: ", pick(rng, ["n/a", "unknown"]))
    b.line("Hx per ", pick(rng, ["pt", "pt and daughter", "EMS"]), ": ", pick(rng, [
        "sx began while shoveling snow, took ASA 325 mg PTA.",
        "pt reports similar episode in 2019, was admitted at another facility.",
        "denies LOC, ambulatory at scene, c-collar not indicated.",
    ]), " Pt lives ", pick(rng, ["alone", "with spouse", "with son"]), " in ", (a_city(rng), LOC), ".")
    b.line("Emergency contact: ", (ec.full, P), " (", pick(rng, ["spouse", "daughter", "son", "friend", "sister"]), ") ",
           (phone(rng, "US"), PH))
    b.line("Orders per protocol: ECG (93000) within 10 min, CBC (85025), CMP (80053), trop x2.")
    b.line("Triage RN: ", (rn.full, P), ", RN   Triage complete: ", (ftime(rng, style="24"), DT))


def a_city(rng, cc="US"):
    if cc == "US":
        c, st, _, _ = pick(rng, US_CITIES)
        return pick(rng, [f"{c}, {st}", c, f"{c}, {US_STATE_NAMES.get(st, st) if st in US_STATE_NAMES else st}"])
    return address(rng, cc).city


# ---------------------------------------------------------------- 3
def d_nhs_referral_letter(rng, b):
    gp = person(rng, country="UK")
    cons = person(rng, country="UK")
    pt = person(rng, country="UK")
    rel = person(rng, origin=pt.origin)
    pa = address(rng, "UK")
    prac_a = address(rng, "UK")
    hosp_a = address(rng, "UK")
    d = rdate(rng)
    practice = pick(rng, ["Woodlands Medical Practice", "Park View Surgery", "The Old Forge Health Centre", "Riverside Group Practice"])
    b.line(practice)
    b.line((prac_a.block(), ADDR))
    b.line("Tel: ", (phone(rng, "UK"), PH), "   Fax: ", (phone(rng, "UK"), PH))
    b.line("Practice code ", f"{pick(rng, 'BCDFGHJKLMNP')}{digits(rng, 5)}")
    b.line()
    b.line((fdate(rng, d, "uk", pick(rng, ["dmy_long", "eu_slash", "dmy_ord"])), DT))
    b.line()
    spec = pick(rng, ["Rheumatology", "Gastroenterology", "Cardiology", "Dermatology", "Neurology", "Respiratory Medicine"])
    b.line("Dr ", (cons.full, P))
    b.line(f"Consultant, {spec}")
    b.line(pick(rng, ["St James's University Hospital", "Southmead Hospital", "Addenbrooke's Hospital", "Royal Victoria Infirmary"]))
    b.line((hosp_a.block(), ADDR))
    b.line()
    b.line("Dear Dr ", (cons.sur, P), ",")
    b.line()
    b.line("Re: ", title(pt, "uk", rng), " ", (pt.full, P), "  DOB: ", (fdate(rng, rdob(rng, 18, 88), "uk", "eu_slash"), DOB),
           "  NHS No: ", (nhs_number(rng), HPN))
    b.line("Hospital No: ", (f"{pick(rng, ['K', 'RX', 'H'])}{digits(rng, 7)}", MRN), "   ", (pa.one(), ADDR))
    b.line("Tel: ", (phone(rng, "UK", "mobile"), PH))
    b.line()
    age = rng.randint(19, 85)
    pron = "She" if pt.g == "f" else "He"
    b(f"Thank you for seeing this {age}-year-old ", pick(rng, ["retired teacher", "bus driver", "nurse", "student", "warehouse operative"]),
      " with a ", pick(rng, ["six-month", "three-month", "long"]), " history of ", pick(rng, [
          "symmetrical small-joint pain and morning stiffness lasting over an hour",
          "intermittent rectal bleeding and weight loss of 4 kg",
          "exertional chest tightness and palpitations",
          "a changing pigmented lesion on the left shoulder",
          "recurrent episodes of transient left-sided weakness"]),
      f". {pron} was last reviewed in surgery on ", (fdate(rng, rdate(rng), "uk"), DT), ". ")
    b("Bloods showed ", pick(rng, ["CRP 38, ESR 42, RF positive", "Hb 104, ferritin 9", "normal FBC and U&E", "HbA1c 61 mmol/mol"]),
      f". Current medication: {pick(rng, DRUGS)}; {pick(rng, DRUGS)}. {pron} is allergic to {pick(rng, ['penicillin', 'codeine', 'nothing known'])}.\n\n")
    if chance(rng, 0.7):
        b(f"{pron} has asked that appointment letters are also copied to {'her' if pt.g == 'f' else 'his'} ",
          pick(rng, ["daughter", "son", "husband", "wife", "carer"]), ", ", (rel.full, P), ", who can be contacted on ",
          (phone(rng, "UK", "mobile"), PH), " or ", (rel.email(rng), EM), ".\n\n")
    b("I would be grateful for your assessment", pick(rng, [" under the two-week-wait pathway.", ".", " and advice on management."]),
      " ", pron, " is unable to attend on ", WEEKDAYS["en"][rng.randint(0, 4)], "s due to work.\n\n")
    b.line("Yours sincerely,")
    b.line()
    b.line("Dr ", (gp.full, P))
    b.line(f"General Practitioner   GMC {digits(rng, 7)}")
    b.line("cc: patient; e-Referral UBRN ", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}")


# ---------------------------------------------------------------- 4
def d_ca_health_card_form(rng, b):
    prov = pick(rng, ["ON", "BC", "QC"])
    a = address(rng, "CA")
    while (prov == "ON" and a.region != "ON") or (prov == "BC" and a.region != "BC") or (prov == "QC" and a.region != "QC"):
        a = address(rng, "CA")
    pt = person(rng, country="CA")
    if prov == "ON":
        hn = pick(rng, [f"{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}", f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 3)}", digits(rng, 10)])
        b.line("Ministry of Health / Ministère de la Santé")
        b.line("Registration for Health Coverage / Demande d'inscription à l'Assurance-santé (form 0265-82)")
        hlabel = "Health number / Numéro de carte Santé: "
    elif prov == "BC":
        hn = f"9{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
        b.line("Medical Services Plan (MSP) — Application for Enrolment / Change of Address")
        hlabel = "Personal Health Number (PHN): "
    else:
        hn = f"{ascii_fold(pt.sur).upper().replace(' ', '')[:3]:X<3}{ascii_fold(pt.given).upper()[0]} {digits(rng, 4)} {digits(rng, 4)}"
        b.line("RAMQ — Demande de changement d'adresse / Change of address")
        hlabel = "Numéro d'assurance maladie / Health insurance no.: "
    b.line("-" * 60)
    b.line("1. Surname / Nom de famille: ", (pt.sur.upper(), P))
    b.line("   Given name(s) / Prénom(s): ", (pt.given, P), ("  Initial: " + pt.mi if pt.mi else ""))
    b.line("   Date of birth / Date de naissance (YYYY/MM/DD): ", (fdate(rng, rdob(rng, 0, 90), "ja", "ja_slash"), DOB))
    b.line("   Sex / Sexe: ", pick(rng, ["F", "M", "X"]))
    b.line("2. ", hlabel, (hn, HPN), (f"   Version: {pick(rng, ['AB', 'KL', 'ZX', 'QR'])}" if prov == "ON" else ""))
    b.line("3. Residential address / Adresse domiciliaire")
    b.line("   Street / Rue: ", (a.street, ADDR))
    b.line("   City / Ville: ", (a.city, LOC))
    b.line("   Province: ", (pick(rng, [a.region, a.region_long]), LOC), "     Postal code / Code postal: ", a.postcode)
    if chance(rng, 0.5):
        b.line("   Mailing address (if different): ", pick(rng, [("same / identique", None),
                                                            (f"PO Box {rng.randint(10, 9999)}, {a.city}, {a.region} {a.postcode}", ADDR)]))
    b.line("4. Telephone / Téléphone: ", (phone(rng, "CA"), PH), "    Alt.: ", (phone(rng, "CA"), PH) if chance(rng, 0.5) else "—")
    b.line("   E-mail / Courriel: ", (pt.email(rng), EM))
    prev = pick(rng, [("Alberta", LOC), ("Nova Scotia", LOC), ("Manitoba", LOC), ("Philippines", LOC), ("India", LOC), ("France", LOC)])
    b.line("5. Previous residence / Résidence antérieure: ", prev)
    b.line("   Date of arrival / Date d'arrivée: ", (fdate(rng, rdate(rng, 2022, 2024), pick(rng, ["iso", "ja_slash", "us_long"])), DT))
    b.line("   Document presented: ", pick(rng, ["PR card", "Canadian passport", "Birth certificate", "Work permit"]),
           f" (no. on file, ***{digits(rng, 3)})")
    if chance(rng, 0.6):
        sp = person(rng, country="CA")
        b.line("6. Sponsor / parent / guardian: ", (f"{sp.sur}, {sp.given}", P), "  Tel: ", (phone(rng, "CA"), PH))
    b.line("Signature: ", pick(rng, ["[signed]", "/s/", "(signature on file)"]), "   Date: ",
           (fdate(rng, rdate(rng), pick(rng, ["iso", "ja_slash"])), DT))
    b.line("OFFICE USE — Service centre loc. ", f"{rng.randint(1000, 9999)}", "  Batch ", f"{rng.randint(2023, 2025)}-{digits(rng, 4)}",
           "  Clerk ", f"C{digits(rng, 4)}")


# ---------------------------------------------------------------- 5
def d_au_medicare_claim(rng, b):
    a = address(rng, "AU")
    pt = person(rng, country="AU")
    doc = person(rng, country="AU")
    b.line("Medicare — Patient claim form (MS014)")
    b.line("Claim ref ", f"{upper_alnum(rng, 2)}{digits(rng, 6)}")
    b.line()
    b.line("1  Patient's Medicare card number: ", (au_medicare(rng), HPN), "   Ref no.: ", str(rng.randint(1, 5)))
    b.line("2  Patient's details")
    b.line("   Title: ", title(pt, "uk", rng), "   Family name: ", (pt.sur, P), "   First name: ", (pt.given, P))
    b.line("   Date of birth: ", (fdate(rng, rdob(rng, 0, 90), "uk", "eu_slash"), DOB))
    if chance(rng, 0.5):
        b.line("   Permanent address: ", (a.one(), ADDR))
    else:
        b.line("   Permanent address: ", (a.street, ADDR))
        b.line("   Suburb/town/city: ", (a.city, LOC), "   State: ", (a.region, LOC), "   Postcode: ", a.postcode)
    b.line("   Phone: ", (phone(rng, "AU"), PH))
    b.line("3  Details of service")
    for _ in range(rng.randint(1, 3)):
        b.line("   Date of service: ", (fdate(rng, rdate(rng), "uk", pick(rng, ["eu_slash", "dmy_abbr"])), DT),
               "   Item no.: ", pick(rng, ["23", "36", "721", "10990", "11700"]), "   Charge: ",
               amount(rng, "$", 40, 320), "   Provider no.: ", f"{digits(rng, 6)}{pick(rng, 'ABCDFHJKLTWXY')}")
    b.line("   Servicing provider: Dr ", (doc.full, P), ", ", pick(rng, ["Wattle Tree Medical", "Southern Cross Family Practice",
                                                                     "Northside GP Clinic", "Riverbank Medical Centre"]))
    b.line("4  Bank account details (for EFT payment)")
    b.line("   BSB: ", f"{digits(rng, 3)}-{digits(rng, 3)}", "   Account number: ", (digits(rng, pick(rng, [8, 9])), ACCT))
    b.line("   Account name: ", (pt.full.upper() if chance(rng, 0.5) else pt.full, P))
    b.line("5  Declaration — I declare that the information I have provided is true and correct.")
    b.line("   Signature: [signed]   Date: ", (fdate(rng, rdate(rng), "uk", "eu_slash"), DT))
    if chance(rng, 0.5):
        b.line("   Claimant (if not patient): ", (person(rng, country="AU").full, P), "   Relationship: parent")
    b.line("Privacy note: personal information is protected by law, including the Privacy Act 1988.")



# ---------------------------------------------------------------- 6
def d_in_bank_kyc_form(rng, b):
    a = address(rng, "IN")
    pt = person(rng, "in")
    fa = relative(rng, pt, g="m")
    bank = pick(rng, ["Canara Bank", "Kotak Mahindra Bank", "Federal Bank", "IndusInd Bank", "IDFC FIRST Bank"])
    b.line(f"{bank.upper()} — KYC UPDATION / RE-KYC FORM (Individuals)")
    b.line("Application Ref: ", f"RKYC/{rng.randint(2023, 2025)}/{digits(rng, 7)}", "    Branch: ", (a.city, LOC),
           " (", f"IFSC {''.join(rng.choice(string.ascii_uppercase) for _ in range(4))}0{digits(rng, 6)}", ")")
    b.line()
    b.line("A. Savings A/c No.: ", (digits(rng, pick(rng, [11, 12, 14])), ACCT))
    b.line("B. Name (as per records): ", (pt.full.upper(), P))
    b.line("C. Father's / Spouse's name: ", (f"{fa.given} {fa.sur}" if chance(rng, 0.6) else f"{fa.given.upper()} {fa.sur.upper()}", P))
    b.line("D. Date of Birth: ", (fdate(rng, rdob(rng, 19, 80), "uk", pick(rng, ["eu_slash", "eu_dot"])).replace("/", "-") if chance(rng, 0.5)
                                  else fdate(rng, rdob(rng, 19, 80), "uk", "eu_slash"), DOB), "   Gender: ", pick(rng, ["M", "F"]),
           "   Marital status: ", pick(rng, ["Married", "Single", "Widowed"]))
    b.line("E. Mobile: ", (phone(rng, "IN"), PH), "   Alternate: ", (phone(rng, "IN"), PH) if chance(rng, 0.4) else "NA")
    b.line("F. Email: ", (pt.email(rng), EM))
    b.line("G. Correspondence address:")
    b.line((a.block(), ADDR))
    if chance(rng, 0.5):
        b.line("H. Permanent address: Same as above")
    else:
        pa = address(rng, "IN")
        b.line("H. Permanent address: ", (pa.one(), ADDR))
    b.line("I. Occupation: ", pick(rng, ["Salaried - Pvt", "Self-employed", "Homemaker", "Retired", "Student"]),
           "   Gross annual income: ", pick(rng, ["5-10 Lakh", "Below 1 Lakh", "10-25 Lakh"]))
    b.line("J. Nominee: ", (person(rng, "in").full, P), "  Relationship: ", pick(rng, ["Wife", "Son", "Mother", "Daughter"]))
    b.line("K. Officially Valid Document submitted: ", pick(rng, ["Passport", "Voter ID", "Driving Licence"]), " (copy self-attested; number masked XXXX",
           digits(rng, 4), ")")
    b.line("   Remarks: ", pick(rng, [["cust visited branch, OTP verified"], ["video-KYC done by agent"],
                                     ["old addr in ", (pick(rng, ["Pune", "Nagpur", "Mysuru", "Surat"]), LOC), ", shifted"],
                                     ["mobile linked, pls update email"]]))
    b.line()
    b.line("Place: ", (pick(rng, [a.city, address(rng, 'IN').city]), LOC), "        Date: ",
           (fdate(rng, rdate(rng), "uk", "eu_slash"), DT))
    b.line("Signature / Thumb impression of customer: [ ]")
    off = person(rng, "in")
    b.line("FOR BANK USE: Verified by ", (off.full, P), " (EMP ", digits(rng, 6), ")  on ", (fdate(rng, rdate(rng), "uk", "eu_slash"), DT),
           "   CKYC no. generated: pending")


# ---------------------------------------------------------------- 7
def d_mx_soporte_email_es(rng, b):
    c = person(rng, "es")
    ag = person(rng, "es")
    a = address(rng, "MX")
    company = pick(rng, ["Tiendas Lumen", "ConectaMax Telecom", "Banco Azteca Digital", "Farmacias del Ahorro Online", "Viajes Quetzal"])
    dom = re.sub(r"[^a-z]", "", ascii_fold(company).lower())[:12] + ".mx"
    d = rdate(rng)
    b.line("De: ", (c.full, P), " <", (c.email(rng), EM), ">")
    b.line("Para: ", (f"soporte@{dom}", EM))
    b.line("Fecha: ", email_date(rng, d))
    b.line("Asunto: ", pick(rng, ["RE: Cargo no reconocido", "Fwd: Reembolso pendiente!!", "Queja - servicio suspendido", "Cambio de domicilio"]),
           f" [Ticket#{digits(rng, 6)}]")
    b.line()
    b.line(pick(rng, ["Buenas tardes,", "Hola buen día", "Estimados:", "A quien corresponda,"]))
    b.line()
    b("Mi nombre es ", (c.full, P), " y soy cliente desde hace ", str(rng.randint(2, 12)), " años (número de cliente ",
      (digits(rng, 10), ACCT), "). ")
    b("El ", (fdate(rng, d - _dt.timedelta(days=rng.randint(2, 20)), "es", pick(rng, ["loc_long", "eu_slash"])), DT),
      " me aparece un cargo de ", f"${rng.randint(199, 8999):,}.00 MXN", " que yo no hice")
    if chance(rng, 0.5):
        b(" en mi tarjeta ", (card(rng, pick(rng, ["visa", "mc"])), CC), " (ya la bloqueé por la app)")
    else:
        b(" en mi tarjeta con terminación ", digits(rng, 4))
    b(". Ya llamé dos veces y nadie me resuelve, la última vez hablé con ", (ag.given, P), " y me dijo que en 72 horas.\n\n")
    b("Les pido que me llamen al ", (phone(rng, "MX"), PH), " o al celular de mi ", *pick(rng, [["esposo ", (person(rng, "es", g="m").given, P)],
                                                                                        ["hija ", (person(rng, "es", g="f").given, P)]]), ", ",
      (phone(rng, "MX"), PH), ", de preferencia ", pick(rng, ["en la mañana", "después de las 5"]), ".\n")
    b("Mi domicilio para el envío del plástico nuevo es:\n", (a.block(), ADDR), "\n\n")
    if chance(rng, 0.5):
        b("Para el reembolso les dejo mi CLABE/IBAN que me dieron en ", (pick(rng, ["España", "Madrid", "Alemania"]), LOC),
          " cuando viví allá: ", (iban(rng, pick(rng, ["ES", "DE"])), IBAN), "\n\n")
    b(pick(rng, ["Saludos,", "Quedo atenta.", "Gracias de antemano,", "Atte."]), "\n", (c.given, P), "\n\n")
    b.line("-----Mensaje original-----")
    b.line("De: Atención a Clientes ", company)
    b.line("Enviado: ", email_date(rng, d - _dt.timedelta(days=1)))
    b("Estimado(a) cliente, su folio es ", f"{upper_alnum(rng, 3)}-{digits(rng, 7)}", ". Le recordamos que nunca le solicitaremos su NIP. ",
      "Horario de atención: lunes a viernes.\n")
    b("Atentamente, ", (f"{ag.given} {ag.sur}", P), " | Centro de Atención a Clientes, sede ", (pick(rng, ["Guadalajara", "Monterrey", "Querétaro"]), LOC))


# ---------------------------------------------------------------- 8
def d_de_arbeitsvertrag(rng, b):
    ee = person(rng, country="DE")
    gf = person(rng, "de")
    hr = person(rng, "de")
    a = address(rng, "DE")
    ca = address(rng, "DE")
    company = pick(rng, ["Müller & Söhne GmbH", "Nordlicht Logistik GmbH", "Brandt Medizintechnik AG", "Kaiser & Partner Steuerberatung",
                         "Rheinwerk Software GmbH"])
    start = rdate(rng, 2024, 2025).replace(day=1)
    b.line("ARBEITSVERTRAG (Auszug)")
    b.line()
    b.line("zwischen")
    b.line(company, ", ", (ca.one(), ADDR))
    b.line("vertreten durch den Geschäftsführer ", (gf.full, P), " — nachfolgend „Arbeitgeber“ —")
    b.line("und")
    b.line(title(ee, "de"), " ", (ee.full, P), ", geboren am ", (fdate(rng, rdob(rng, 19, 60), "de", pick(rng, ["de_dot", "de_long"])), DOB),
           ", wohnhaft ", (a.one(), ADDR))
    b.line("— nachfolgend „Arbeitnehmer/in“ —")
    b.line()
    b.line("§ 1 Beginn des Arbeitsverhältnisses")
    b.line("Das Arbeitsverhältnis beginnt am ", (fdate(rng, start, "de", pick(rng, ["de_dot", "de_long"])), DT),
           ". Die ersten sechs Monate gelten als Probezeit.")
    b.line("§ 3 Arbeitszeit")
    b.line(f"Die regelmäßige wöchentliche Arbeitszeit beträgt {pick(rng, ['40', '38,5', '30', '20'])} Stunden. Arbeitsbeginn ist in der Regel um ",
           (ftime(rng, rng.randint(7, 9), 0, "24"), DT), " Uhr.")
    b.line("§ 4 Vergütung")
    b(f"Das Bruttomonatsgehalt beträgt {amount(rng, '€', 2400, 7800)}. Die Zahlung erfolgt bargeldlos jeweils zum Monatsende auf folgendes Konto: ")
    b("IBAN ", (iban(rng, "DE"), IBAN), ", BIC ", pick(rng, BICS[:3]), ", Kontoinhaber: ", (ee.full, P), ".\n")
    b.line("§ 7 Urlaub")
    b.line(f"Der Arbeitnehmer hat Anspruch auf {rng.randint(24, 30)} Arbeitstage Urlaub pro Kalenderjahr.")
    b.line("§ 12 Schlussbestimmungen")
    b.line("Änderungen bedürfen der Schriftform. Gerichtsstand ist ", (ca.city, LOC), ".")
    b.line()
    b.line((ca.city, LOC), ", den ", (fdate(rng, start - _dt.timedelta(days=rng.randint(10, 60)), "de", "de_dot"), DT))
    b.line()
    b.line("____________________            ____________________")
    b.line("Arbeitgeber                     Arbeitnehmer/in")
    b.line()
    b.line("Rückfragen: Personalabteilung, ", (hr.full, P), ", Tel. ", (phone(rng, "DE"), PH), ", E-Mail ",
           (f"{ascii_fold(hr.given).lower()}.{ascii_fold(hr.sur).lower().replace(' ', '')}@{pick(rng, ['nordlicht-logistik.de', 'rheinwerk.de', 'brandt-med.de'])}", EM))


# ---------------------------------------------------------------- 9
def d_fr_mutuelle_claim(rng, b):
    ad = person(rng, country="FR")
    ben = relative(rng, ad)
    a = address(rng, "FR")
    mut = pick(rng, ["Mutuelle Harmonie Santé", "MGEN", "Mutuelle des Lilas", "AG2R La Mondiale Santé", "Mutuelle Bleue"])
    b.line(f"{mut.upper()} — DEMANDE DE REMBOURSEMENT DE SOINS")
    b.line("Formulaire à joindre aux factures acquittées")
    b.line()
    b.line("ADHÉRENT")
    b.line("Nom : ", (ad.sur.upper(), P), "    Prénom : ", (ad.given, P))
    b.line("N° adhérent : ", (f"{digits(rng, 8)}{pick(rng, ['', '-01', ' 02'])}", HPN), "    Contrat : ", pick(rng, ["Confort+", "Essentiel", "Famille Sérénité"]))
    b.line("Né(e) le : ", (fdate(rng, rdob(rng, 20, 80), "fr", pick(rng, ["eu_slash", "loc_long"])), DOB))
    b.line("Adresse : ", (a.one(), ADDR))
    b.line("Tél. : ", (phone(rng, "FR"), PH), "    Courriel : ", (ad.email(rng), EM))
    b.line()
    b.line("BÉNÉFICIAIRE DES SOINS : ", pick(rng, [("l'adhérent", None), ("conjoint", None), ("enfant", None)]), " — ",
           (f"{ben.given} {ben.sur}", P), ", né(e) le ", (fdate(rng, rdob(rng, 1, 70), "fr", "eu_slash"), DOB))
    b.line()
    b.line("Date des soins | Nature de l'acte          | Code     | Montant payé | Part Sécu")
    for _ in range(rng.randint(2, 4)):
        act = pick(rng, [("Consultation spécialiste", "CS"), ("Séance de kinésithérapie", "AMK 8"), ("Détartrage", "HBJD001"),
                         ("Lunettes — verres progressifs", "LPP"), ("Ostéopathie", "HN"), ("Couronne céramique", "HBLD634")])
        b.line((fdate(rng, rdate(rng), "fr", "eu_slash"), DT), " | ", f"{act[0]:<25}", "| ", f"{act[1]:<8} | ",
               f"{amount(rng, '€', 25, 480):>12} | ", amount(rng, "€", 5, 60))
    b.line()
    b.line("Remboursement par virement sur le compte :")
    b.line("Titulaire : ", (f"{ad.given} {ad.sur.upper()}", P), "   IBAN : ", (iban(rng, "FR"), IBAN), "   BIC : ", pick(rng, ["BNPAFRPP", "SOGEFRPP", "CCBPFRPPMTG"]))
    b.line()
    b.line("Je certifie sur l'honneur l'exactitude des renseignements portés sur ce document.")
    b.line("Fait à ", (a.city, LOC), ", le ", (fdate(rng, rdate(rng), "fr", pick(rng, ["eu_slash", "loc_long"])), DT))
    b.line("Signature : ", (ad.full, P) if chance(rng, 0.5) else "[signé]")
    b.line(f"Réf. dossier {digits(rng, 4)}-{upper_alnum(rng, 5)} — à renvoyer sous 2 ans (délai de prescription)")


# ---------------------------------------------------------------- 10
def d_jp_ryokan_register(rng, b):
    inn = pick(rng, ["Ryokan Kikunoya", "Sansuiso Inn", "Mizuki-tei", "Sakura-an Guesthouse", "Hidaya Inn", "Ryokan Tsukimi"])
    town = pick(rng, ["Hakone", "Kinosaki", "Nara", "Takayama", "Beppu", "Kanazawa", "Nikko"])
    d = rdate(rng)
    b.line(f"宿泊者名簿 / GUEST REGISTER — {inn}")
    b.line("Location: ", (f"{town}, Japan", LOC), "    Front desk: ", (phone(rng, "JP"), PH))
    b.line("Check-in date: ", (fdate(rng, d, "ja", pick(rng, ["ja", "ja_slash", "iso"])), DT),
           "   Nights: ", str(rng.randint(1, 4)), "   Printed by: front-02")
    b.line()
    b.line("Rm  | Guest (romaji)            | Nationality | Address                                   | Tel")
    for _ in range(rng.randint(3, 5)):
        room = f"{rng.randint(1, 3)}0{rng.randint(1, 9)}"
        if chance(rng, 0.55):
            g = person(rng, "jp")
            nm = pick(rng, [f"{g.sur.upper()} {g.given}", f"{g.given} {g.sur}", f"{g.sur.upper()} {g.given.upper()}"])
            a = address(rng, "JP")
            b.line(f"{room} | ", (nm, P), " " * max(1, 26 - len(nm)), "| Japanese    | ", (a.one(), ADDR), " | ", (phone(rng, "JP"), PH))
        else:
            cc = pick(rng, ["US", "FR", "DE", "AU", "UK", "IT", "BR"])
            g = person(rng, country=cc)
            nm = pick(rng, [g.full, g.full.upper(), f"{g.sur.upper()} {g.given}"])
            nat = {"US": "American", "FR": "French", "DE": "German", "AU": "Australian", "UK": "British", "IT": "Italian", "BR": "Brazilian"}[cc]
            b.line(f"{room} | ", (nm, P), " " * max(1, 26 - len(nm)), f"| {nat:<11} | ", (address(rng, cc).one(), ADDR),
                   " | passport ", f"{upper_alnum(rng, 2)}*****{digits(rng, 2)}")
    b.line()
    b.line("Notes:")
    g = person(rng, "jp")
    b.line("- ", (f"{g.sur}-sama", P) if False else (g.sur, P), "-sama requested kaiseki dinner at ", (ftime(rng, 18, pick(rng, [0, 30]), "24"), DT),
           "; shellfish allergy. Onsen private bath booked ", (ftime(rng, 21, 0, "24"), DT), "-", (ftime(rng, 21, 45, "24"), DT), ".")
    b.line("- Taxi to ", (pick(rng, ["Odawara", "Kyoto", "Osaka", "Toyama"]), LOC), " station for 2 pax, checkout ",
           (fdate(rng, d + _dt.timedelta(days=2), "ja", "ja_slash") + " " + ftime(rng, 10, 0, "24"), DT), ".")
    if chance(rng, 0.5):
        ex = person(rng, country="US")
        b.line("- Guest paid balance by card ", (card(rng), CC), " (manual entry, terminal offline) — ", "¥", f"{rng.randint(18, 96) * 1000:,}")
    b.line("- Lost & found: umbrella (rm ", f"{rng.randint(1, 3)}0{rng.randint(1, 9)}", "), keep 30 days.")
    b.line("Staff on duty: ", (f"{person(rng, 'jp').given}", P), " / night manager ", (person(rng, "jp").sur.upper(), P))



# ---------------------------------------------------------------- 11
def d_terraform_tfvars(rng, b):
    owner = person(rng)
    env = pick(rng, ["prod", "staging", "dr", "shared-services", "data-platform"])
    b.line(f"# {env}.auto.tfvars — DO NOT COMMIT (see README, section 'secrets')")
    b.line("# owner: ", (owner.full, P), " <", (owner.email(rng, pick(rng, ["acme-corp.io", "northwind.dev", "finlytics.com"])), EM), ">")
    b.line(f"# last touched for ticket {ticket_no(rng)}; terraform >= {version(rng)}")
    b.line()
    b.line(f'environment      = "{env}"')
    b.line(f'aws_region       = "{pick(rng, ["eu-west-1", "us-east-2", "ap-southeast-2", "eu-central-1"])}"')
    if chance(rng, 0.7):
        b.line('aws_access_key   = "', (aws_akid(rng), AKID), '"')
        b.line('aws_secret_key   = "', (aws_secret(rng), ASK), '"')
    b.line()
    b.line("db_instance_class = \"db.r6g.large\"")
    b.line(f'db_username       = "{pick(rng, ["app_admin", "svc_orders", "postgres", "rails"])}"')
    b.line('db_password       = "', (password(rng), PW), '"', pick(rng, ["", "   # rotate after go-live!", "  # TODO vault"]))
    b.line(f'db_engine_version = "{pick(rng, ["15.4", "14.9", "8.0.35"])}"')
    b.line()
    ips = [ip4(rng, False) for _ in range(rng.randint(1, 3))]
    b("allowed_ssh_cidrs = [")
    for k, ipx in enumerate(ips):
        b('"', (ipx, IP), f'/{pick(rng, ["32", "32", "29", "24"])}"', ", " if k < len(ips) - 1 else "")
    b.line("]")
    b.line('bastion_public_ip = "', (ip4(rng, False), IP), '"')
    b.line('nat_gateway_ip    = "', (ip4(rng, False), IP), '"') if chance(rng, 0.4) else None
    b.line()
    k = rng.randrange(4)
    if k == 0:
        b.line('datadog_api_key   = "', (hexs(rng, 32), SEC), '"')
        b.line('datadog_app_key   = "', (hexs(rng, 40), SEC), '"')
    elif k == 1:
        b.line('github_token      = "', (gh_token(rng), GH), '"')
    elif k == 2:
        b.line('slack_bot_token   = "', (slack_token(rng), SL), '"')
    else:
        b.line('stripe_secret_key = "', (stripe_key(rng), STR), '"')
    b.line('pagerduty_token   = "${var.pd_token}"' if chance(rng, 0.5) else 'sentry_dsn        = "${SENTRY_DSN}"')
    b.line()
    b.line("alert_contacts = {")
    oc = person(rng)
    b.line('  primary_email = "', (oc.email(rng, "acme-corp.io"), EM), '"')
    b.line('  oncall_phone  = "', (phone(rng, pick(rng, ["US", "UK", "DE", "AU"])), PH), '"')
    b.line('  runbook_url   = "', (f"https://wiki.{pick(rng, ['acme-corp.io', 'northwind.dev'])}/display/OPS/{env}-runbook", URL), '"')
    b.line("}")
    b.line()
    b.line("tags = {")
    b.line(f'  CostCenter = "{rng.randint(1000, 9999)}"')
    b.line('  Owner      = "', (owner.full, P), '"') if chance(rng, 0.5) else b.line(f'  Owner      = "team-{pick(rng, ["payments", "platform", "ml"])}"')
    b.line(f'  GitSha     = "{sha(rng, 12)}"')
    b.line("}")


# ---------------------------------------------------------------- 12
def d_gcp_service_account_json(rng, b):
    proj = f"{pick(rng, ['billing', 'analytics', 'ml-pipeline', 'crm-sync', 'etl'])}-{pick(rng, ['prod', 'dev', 'stg'])}-{rng.randint(100000, 999999)}"
    sa = pick(rng, ["bq-loader", "terraform", "ci-deployer", "dataflow-runner", "looker-export"])
    email = f"{sa}@{proj}.iam.gserviceaccount.com"
    dev = person(rng)
    k = rng.randrange(3)
    if k == 0:
        b.line(f"[#{pick(rng, ['data-eng', 'devops-help', 'ml-infra'])}] ", (dev.given.lower(), P) if chance(rng, 0.5) else (dev.full, P),
               f" {ftime(rng, style='12l')}".replace(" ", " "))
        b.line("here's the key for the nightly job, pls don't put it in the repo this time 🙏")
        b.line("```")
    elif k == 1:
        b.line(f"{pick(rng, ['dev', 'ci', 'ubuntu'])}@{pick(rng, ['build-07', 'laptop', 'runner-3'])}:~$ cat ~/Downloads/{proj}-{hexs(rng, 12)}.json")
    else:
        b.line(f"Subject: SA key rotation for {proj}")
        b.line("From: ", (dev.full, P), " <", (dev.email(rng, "finlytics.com"), EM), ">")
        b.line()
        b.line("Attached inline (old key to be disabled on ", (fdate(rng, rdate(rng), "us_long"), DT), "):")
        b.line()
    pk = pem(rng, "PRIVATE KEY")
    obj = {
        "type": "service_account",
        "project_id": proj,
        "private_key_id": hexs(rng, 40),
        "private_key": S((pk.replace("\n", "\\n"), None) if False else ("", None), (pk, PK), "\n"),
        "client_email": (email, EM),
        "client_id": digits(rng, 21),
        "auth_uri": ("https://accounts.google.com/o/oauth2/auth", URL),
        "token_uri": ("https://oauth2.googleapis.com/token", URL),
        "auth_provider_x509_cert_url": ("https://www.googleapis.com/oauth2/v1/certs", URL),
        "client_x509_cert_url": (f"https://www.googleapis.com/robot/v1/metadata/x509/{sa}%40{proj}.iam.gserviceaccount.com", URL),
        "universe_domain": "googleapis.com",
    }
    # S() escapes real newlines of the PEM as \n inside the JSON string; the entity covers the escaped text
    obj["private_key"] = S((pk, PK), "\n")
    jdump(b, obj, 2)
    b("\n")
    if k == 0:
        b.line("```")
        b.line("also the bucket is gs://", proj, "-exports, ping ", (person(rng).given, P), " if the ACL is wrong")
    elif k == 1:
        b.line(f"{pick(rng, ['dev', 'ci', 'ubuntu'])}@build:~$ gcloud auth activate-service-account --key-file=key.json")
        b.line("Activated service account credentials for: [", (email, EM), "]")
    else:
        b.line("Thanks,")
        b.line((dev.given, P))


# ---------------------------------------------------------------- 13
def d_azure_appsettings(rng, b):
    srv = pick(rng, ["sql-orders-weu", "contoso-prod-sql", "fabrikam-db01", "crm-sql-neu"])
    acct_name = pick(rng, ["stcontosoprod", "fabrikamblobs", "crmexports01", "stlogsweu"])
    ns = pick(rng, ["sb-contoso-prod", "fabrikam-bus", "orders-events"])
    rev = person(rng)
    k = rng.randrange(2)
    if k == 0:
        b.line(f"PR !{rng.randint(100, 9999)} — appsettings.Production.json  (review comment by ", (rev.full, P), ")")
        b.line("> ⚠️ this file contains live secrets, please move them to Key Vault before merging")
        b.line()
    else:
        b.line(f"// src/{pick(rng, ['Orders.Api', 'Crm.Worker', 'Billing.Functions'])}/appsettings.json  (commit {sha(rng, 7)})")
    smtp_user = person(rng)
    obj = {
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
        "AllowedHosts": "*",
        "ConnectionStrings": {
            "DefaultConnection": S(f"Server=tcp:{srv}.database.windows.net,1433;Initial Catalog={pick(rng, ['orders', 'crm', 'billing'])};"
                                   f"Persist Security Info=False;User ID={pick(rng, ['sqladmin', 'app_rw', 'svc-orders'])};Password=",
                                   (password(rng), PW), ";MultipleActiveResultSets=False;Encrypt=True;Connection Timeout=30;"),
            "BlobStorage": S(f"DefaultEndpointsProtocol=https;AccountName={acct_name};AccountKey=", (b64secret(rng, 64), SEC),
                             ";EndpointSuffix=core.windows.net"),
        },
        "AzureAd": {
            "Instance": ("https://login.microsoftonline.com/", URL),
            "TenantId": uuid4(rng),
            "ClientId": uuid4(rng),
            "ClientSecret": (alnum(rng, 3) + "8Q~" + alnum(rng, 34, string.ascii_letters + string.digits + "_-~"), SEC),
        },
    }
    if chance(rng, 0.6):
        obj["ConnectionStrings"]["ServiceBus"] = S(f"Endpoint=sb://{ns}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=",
                                                   (b64secret(rng, 32), SEC))
    if chance(rng, 0.7):
        obj["Smtp"] = {"Host": "smtp.office365.com", "Port": 587, "User": (smtp_user.email(rng, "contoso.com"), EM),
                       "Password": (password(rng), PW), "From": ("no-reply@contoso.com", EM)}
    obj["ApplicationInsights"] = {"ConnectionString": S(f"InstrumentationKey={uuid4(rng)};IngestionEndpoint=",
                                                        (f"https://{pick(rng, ['westeurope-5', 'northeurope-2', 'eastus-8'])}.in.applicationinsights.azure.com/", URL))}
    if chance(rng, 0.5):
        obj["Features"] = {"EnableNewCheckout": True, "MaxRetry": 3, "ApiVersion": version(rng)}
    if chance(rng, 0.5):
        obj["Support"] = {"Owner": (rev.full, P), "Phone": (phone(rng, pick(rng, ["UK", "NL", "DE", "US"])), PH)}
    jdump(b, obj, 2)
    b("\n")
    if k == 0:
        b.line()
        b.line("— reply from ", (person(rng).full, P), ": rotated the storage key and SQL password on ",
               (fdate(rng, rdate(rng), "iso"), DT), ", will rebase.")


# ---------------------------------------------------------------- 14
def d_git_log_patch_leak(rng, b):
    au = person(rng)
    co = person(rng)
    dom = pick(rng, ["payflow.io", "kitebase.dev", "orbitalhq.com", "mercantile.co"])
    d = rdate(rng)
    b.line(f"commit {sha(rng)}")
    b.line("Author: ", (au.full, P), " <", (au.email(rng, dom), EM), ">")
    b.line(f"Date:   {WEEKDAYS['en'][d.weekday()][:3]} {MONTHS['en'][d.month - 1][:3]} {d.day} {log_ts(rng, d, 'hms')} {d.year} {pick(rng, ['+0100', '-0700', '+0530', '+0000'])}")
    b.line()
    b.line("    ", pick(rng, ["add staging creds for payment worker (TEMP)", "fix: local dev env", "wip", "hotfix: webhook retries",
                              "chore: bump deps + env example"]))
    b.line()
    if chance(rng, 0.5):
        b.line("    Co-authored-by: ", (co.full, P), " <", (co.email(rng, dom), EM), ">")
        b.line()
    fn = pick(rng, ["config/.env.staging", "docker/dev.env", ".env.local", "deploy/worker.env"])
    b.line(f"diff --git a/{fn} b/{fn}")
    b.line("new file mode 100644")
    b.line(f"index 0000000..{sha(rng, 7)}")
    b.line("--- /dev/null")
    b.line(f"+++ b/{fn}")
    lines = []
    host = pick(rng, [(ip4(rng), IP), (f"db-{pick(rng, ['primary', 'replica'])}.internal", None)])
    lines.append(["+DATABASE_URL=postgres://", pick(rng, ["app", "payments", "svc"]), ":", (password(rng), PW), "@", host, f":5432/{pick(rng, ['payments', 'core', 'ledger'])}"])
    lines.append(["+STRIPE_SECRET_KEY=", (stripe_key(rng), STR)])
    lines.append(["+STRIPE_WEBHOOK_SECRET=", (generic_secret(rng, 4), SEC)])
    lines.append(["+SLACK_BOT_TOKEN=", (slack_token(rng), SL)])
    lines.append(["+AWS_ACCESS_KEY_ID=", (aws_akid(rng), AKID)])
    lines.append(["+AWS_SECRET_ACCESS_KEY=", (aws_secret(rng), ASK)])
    lines.append(["+SENTRY_DSN=${SENTRY_DSN}"])
    lines.append(["+LOG_LEVEL=debug"])
    lines.append(["+ADMIN_EMAIL=", (person(rng).email(rng, dom), EM)])
    lines.append(["+SESSION_JWT=", (jwt(rng), JWT)])
    lines.append(["+SENDGRID_API_KEY=", (generic_secret(rng, 1), SEC)])
    sel = rng.sample(lines, rng.randint(4, 7))
    b.line(f"@@ -0,0 +1,{len(sel)} @@")
    for ln in sel:
        b.line(*ln)
    b.line()
    d2 = d + _dt.timedelta(days=rng.randint(0, 3))
    b.line(f"commit {sha(rng)}")
    rv = pick(rng, [au, co])
    b.line("Author: ", (rv.full, P), " <", (rv.email(rng, dom), EM), ">")
    b.line(f"Date:   {WEEKDAYS['en'][d2.weekday()][:3]} {MONTHS['en'][d2.month - 1][:3]} {d2.day} {log_ts(rng, d2, 'hms')} {d2.year} +0000")
    b.line()
    b.line("    Revert leaked env file; keys rotated (see ", ticket_no(rng), ")")
    b.line()
    b.line(f" {fn} | {len(sel)} -")
    b.line(f" 1 file changed, 0 insertions(+), {len(sel)} deletions(-)")


# ---------------------------------------------------------------- 20
def d_wp_config_php(rng, b):
    site = pick(rng, ["bakery-lumiere.fr", "trailrunners.club", "dentalcare-eastside.com", "harborviewrealty.com", "kleinegalerie.de"])
    admin = person(rng)
    b.line("<?php")
    b.line("/**")
    b.line(f" * wp-config.php for {site} — nightly backup copy (cpanel, {rng.randint(2, 90)} KB)")
    b.line(" * Site admin: ", (admin.full, P), " (", (admin.email(rng), EM), ")")
    b.line(" */")
    b.line()
    b.line(f"define( 'DB_NAME', 'wp_{pick(rng, ['main', 'shop', 'site'])}{rng.randint(1, 99)}' );")
    b.line(f"define( 'DB_USER', '{pick(rng, ['wpuser', 'wp_admin', 'site_rw'])}' );")
    b.line("define( 'DB_PASSWORD', '", (password(rng), PW), "' );")
    if chance(rng, 0.6):
        b.line("define( 'DB_HOST', '", (ip4(rng), IP), ":3306' );")
    else:
        b.line("define( 'DB_HOST', 'localhost' );")
    b.line("define( 'DB_CHARSET', 'utf8mb4' );")
    b.line()
    keys = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]
    salt_chars = string.ascii_letters + string.digits + "!#$%()*+,-./:;=?@[]^_`{|}~"
    for kname in keys[:rng.randint(3, 8)]:
        v = alnum(rng, 64, salt_chars)
        v = alnum(rng, 1) + v[1:-1] + alnum(rng, 1)
        b.line(f"define( '{kname}',{' ' * (17 - len(kname))}'", (v, SEC), "' );")
    b.line()
    b.line("$table_prefix = 'wp_';")
    b.line("define( 'WP_HOME', '", (f"https://{site}", URL), "' );")
    b.line("define( 'WP_SITEURL', '", (f"https://{site}/wp", URL), "' );")
    b.line("define( 'WP_DEBUG', false );")
    if chance(rng, 0.6):
        b.line("define( 'SMTP_USER', '", (admin.email(rng, site), EM), "' );")
        b.line("define( 'SMTP_PASS', '", (password(rng), PW), "' );")
    if chance(rng, 0.4):
        b.line("define( 'STRIPE_SECRET', '", (stripe_key(rng), STR), "' ); // WooCommerce gateway")
    b.line(f"define( 'WP_MEMORY_LIMIT', '256M' ); // plugin version {version(rng)}")
    b.line()
    b.line("if ( ! defined( 'ABSPATH' ) ) {")
    b.line("\tdefine( 'ABSPATH', __DIR__ . '/' );")
    b.line("}")
    b.line("require_once ABSPATH . 'wp-settings.php';")


# ---------------------------------------------------------------- 21
def d_cloud_init_userdata(rng, b):
    op = person(rng)
    host = f"{pick(rng, ['web', 'db', 'worker', 'vpn'])}-{rng.randint(1, 30):02d}.{pick(rng, ['fra1', 'nyc3', 'sgp1', 'lon1'])}"
    b.line("#cloud-config")
    b.line(f"# generated by provisioner {version(rng)} (template rev {sha(rng, 7)})")
    b.line(f"hostname: {host}")
    b.line("timezone: ", pick(rng, ["Europe/Berlin", "America/Chicago", "Asia/Singapore", "UTC"]))
    b.line("users:")
    b.line("  - name: deploy")
    b.line("    gecos: ", (op.full, P))
    b.line("    sudo: ALL=(ALL) NOPASSWD:ALL")
    b.line("    shell: /bin/bash")
    b.line("    ssh_authorized_keys:")
    b.line(f"      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{alnum(rng, 43, B64)} {ascii_fold(op.given).lower()}@laptop")
    b.line(f"    passwd: $6$rounds=4096${alnum(rng, 16, B64URL)}${alnum(rng, 86, string.ascii_letters + string.digits + './')}")
    b.line("chpasswd:")
    b.line("  list: |")
    b.line("    root:", (password(rng), PW))
    if chance(rng, 0.5):
        b.line("    ubuntu:", (password(rng), PW))
    b.line("  expire: false")
    b.line("write_files:")
    b.line("  - path: /etc/app/app.env")
    b.line("    permissions: '0600'")
    b.line("    content: |")
    b.line("      REDIS_URL=redis://:", (password(rng), PW), "@", (ip4(rng, True), IP), ":6379/0")
    b.line("      GITHUB_TOKEN=", (gh_token(rng), GH))
    if chance(rng, 0.5):
        b.line("      MAILGUN_API_KEY=", (generic_secret(rng, 5), SEC))
    b.line("      NOTIFY_EMAIL=", (op.email(rng, pick(rng, ["ops.example.net", "northwind.dev"])), EM))
    b.line("      RELEASE=", version(rng))
    if chance(rng, 0.5):
        b.line("  - path: /root/.ssh/id_ed25519")
        b.line("    permissions: '0600'")
        b.line("    content: |")
        key = pem(rng, "OPENSSH PRIVATE KEY")
        first = True
        for ln in key.split("\n"):
            if first:
                b("      ")
                first = False
        b((key.replace("\n", "\n      "), PK), "\n")
    b.line("runcmd:")
    b.line("  - curl -fsSL ", (pick(rng, ["https://get.docker.com", "https://deb.nodesource.com/setup_20.x", "https://install.example-agent.io/linux.sh?channel=stable"]), URL), " | sh")
    b.line("  - echo \"", (ip4(rng, True), IP), " db.internal\" >> /etc/hosts")
    b.line(f"  - systemctl enable --now app@{rng.randint(1, 4)}")
    b.line("final_message: \"up after $UPTIME seconds\"")



# ---------------------------------------------------------------- 15
def d_crm_tsv_export(rng, b):
    cc = pick(rng, ["US", "US", "UK", "AU", "CA"])
    b.line(f"# export: customers_{fdate(rng, rdate(rng), 'compact' if False else 'iso', 'iso')}.tsv  (Excel, UTF-8, tab-separated)  rows={rng.randint(5, 4000)}")
    cols = ["account_no", "first_name", "last_name", "email", "phone", "street", "city", "state", "zip", "dob", "last_order", "order_id", "card_last4", "notes"]
    b.line("\t".join(cols))
    for _ in range(rng.randint(4, 7)):
        p = person(rng, country=cc)
        a = address(rng, cc)
        row = []
        row.append((digits(rng, 9) if chance(rng, 0.7) else f"C-{digits(rng, 7)}", ACCT))
        fn = p.given if chance(rng, 0.8) else p.given.upper()
        row.append((fn, P))
        row.append((p.sur if chance(rng, 0.8) else p.sur.upper(), P))
        row.append((p.email(rng), EM) if chance(rng, 0.9) else ("", None))
        row.append((phone(rng, cc), PH) if chance(rng, 0.85) else ("#N/A", None))
        row.append((a.street, ADDR))
        row.append((a.city, LOC))
        row.append((a.region or "", LOC if a.region else None))
        row.append((a.postcode, None))
        row.append((fdate(rng, rdob(rng, 18, 85), pick(rng, ["us", "iso", "us_nopad"])), DOB) if chance(rng, 0.8) else ("", None))
        row.append((fdate(rng, rdate(rng), pick(rng, ["iso", "us"])), DT))
        row.append((order_no(rng), None))
        row.append((digits(rng, 4), None))
        note = pick(rng, [[""], ["VIP"], ["prefers email"], ["chargeback ", ticket_no(rng)], ["moved from ", (a_city(rng, "US") if cc == "US" else address(rng, cc).city, LOC)],
                          ["call after ", (ftime(rng, rng.randint(16, 19), 0, "12short"), DT)], ["spouse: ", (person(rng, country=cc).full, P)],
                          ["dup of ", digits(rng, 9)]])
        row.append(note)
        for k, cell in enumerate(row):
            if k:
                b("\t")
            if isinstance(cell, list):
                b(*cell)
            else:
                b(cell)
        b("\n")
    b.line(f"# {rng.randint(2, 90)} rows suppressed (do_not_contact=1)")


# ---------------------------------------------------------------- 16
def d_voice_assistant_transcript(rng, b):
    cc = pick(rng, ["US", "US", "UK", "AU", "CA"])
    owner = person(rng, country=cc)
    d = rdate(rng)
    dev = pick(rng, ["Kitchen Echo", "Living Room Nest Mini", "Bedroom HomePod", "Car (CarPlay)"])
    b.line(f"Voice history export — device: {dev} — profile: ", (owner.given, P), " — requested ", (fdate(rng, d, pick(rng, ["iso", "us_long"])), DT))
    b.line(f"(ASR confidence shown in brackets; device id {upper_alnum(rng, 16)})")
    b.line()
    h, m = rng.randint(6, 9), rng.randint(0, 50)

    def ts():
        nonlocal h, m
        m += rng.randint(1, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        return f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d}"
    contact = person(rng, country=cc)
    events = []
    events.append(lambda: (b(f"[{ts()}] USER ({rng.randint(80, 99)}%): ", pick(rng, ["alexa", "hey google", "ok google", "hey siri"]),
                             " call ", (contact.full.lower(), P), pick(rng, [" on mobile", "", " cell"]), "\n"),
                           b(f"[{ts()}] ASSISTANT: Calling ", (contact.full, P), ", mobile, ", (phone(rng, cc), PH), ".\n")))
    dd = d + _dt.timedelta(days=rng.randint(1, 20))
    events.append(lambda: (b(f"[{ts()}] USER: remind me to pick up the prescription on ", (f"{MONTHS['en'][dd.month - 1]} {dd.day}{ordsuf(dd.day)} at {ftime(rng, rng.randint(9, 17), 0, '12short')}", DT), "\n"),
                           b(f"[{ts()}] ASSISTANT: OK, I'll remind you on ", (f"{WEEKDAYS['en'][dd.weekday()]}, {MONTHS['en'][dd.month - 1]} {dd.day} at {ftime(rng, rng.randint(9, 17), 0, '12')}", DT), ".\n")))
    city = address(rng, cc)
    events.append(lambda: (b(f"[{ts()}] USER: what's the weather in ", (city.city.lower(), LOC), " this weekend\n"),
                           b(f"[{ts()}] ASSISTANT: This weekend in ", (city.city_region(), LOC), ", expect a high of ", str(rng.randint(2, 31)), " degrees.\n")))
    home = address(rng, cc)
    events.append(lambda: b(f"[{ts()}] USER: navigate to ", (home.one().lower() if chance(rng, 0.5) else home.one(), ADDR), "\n",
                            f"[{ts()}] ASSISTANT: Starting route. {rng.randint(7, 45)} minutes with light traffic.\n"))
    events.append(lambda: b(f"[{ts()}] USER: what's the guest wifi password\n",
                            f"[{ts()}] ASSISTANT: The password for network \"{pick(rng, ['Casa', 'Home', 'Flat'])}-Guest\" is ", (password(rng), PW), ".\n"))
    events.append(lambda: b(f"[{ts()}] USER: text ", (person(rng, country=cc).given.lower(), P), " running ten minutes late\n",
                            f"[{ts()}] ASSISTANT: Sent.\n"))
    events.append(lambda: b(f"[{ts()}] USER: add eggs and oat milk to my shopping list\n", f"[{ts()}] ASSISTANT: Added 2 items.\n"))
    events.append(lambda: b(f"[{ts()}] USER: play the dog playlist for ", pick(rng, PET_NAMES).lower(), "\n", f"[{ts()}] ASSISTANT: Shuffling 'Calm Dog' on Spotify.\n"))
    events.append(lambda: b(f"[{ts()}] USER: what's on my calendar tomorrow\n",
                            f"[{ts()}] ASSISTANT: Tomorrow at ", (ftime(rng, rng.randint(9, 16), pick(rng, [0, 30]), "12short"), DT), " you have \"Dentist - Dr. ",
                            (person(rng, country=cc).sur, P), "\" and at ", (ftime(rng, rng.randint(17, 19), 0, "12short"), DT), " \"Soccer pickup\".\n"))
    events.append(lambda: b(f"[{ts()}] USER: read my card number for the pharmacy\n",
                            f"[{ts()}] ASSISTANT: I can't read full payment details aloud. Your card ending in {digits(rng, 4)} is on file.\n"))
    order = list(range(len(events)))
    rng.shuffle(order)
    for k in order[:rng.randint(5, 8)]:
        events[k]()
    b.line()
    b.line(f"-- end of export ({rng.randint(5, 40)} interactions, {rng.randint(1, 9)} deleted by user)")


# ---------------------------------------------------------------- 17
def d_fnol_call_transcript(rng, b):
    ph = person(rng, country="US")
    ag = person(rng, country="US")
    od = person(rng, country="US")
    wit = person(rng, country="US")
    ins = pick(rng, ["Keystone Mutual", "Harborline Insurance", "Prairie State Auto", "Evergreen Casualty"])
    a = address(rng, "US")
    d = rdate(rng)
    b.line(f"FNOL CALL TRANSCRIPT — {ins} — Line: Personal Auto — Call ID {upper_alnum(rng, 4)}-{digits(rng, 6)}")
    b.line(f"Recording retained per state law. Agent ID {digits(rng, 5)}. Duration {rng.randint(6, 22)}m{rng.randint(0, 59):02d}s")
    b.line()
    t = 0

    def ts():
        nonlocal t
        t += rng.randint(4, 25)
        return f"{t // 3600:02d}:{(t // 60) % 60:02d}:{t % 60:02d}"
    b.line(f"{ts()} AGENT: Thank you for calling {ins} claims, this is ", (ag.given, P), ". Who am I speaking with?")
    b.line(f"{ts()} CALLER: Hi, yeah, it's ", (ph.full, P), ". ", pick(rng, ["I was in an accident.", "Somebody hit my car.", "I need to report a wreck."]))
    b.line(f"{ts()} AGENT: I'm sorry to hear that. Are you safe right now? And can you verify your date of birth?")
    dob = rdob(rng, 18, 80)
    b.line(f"{ts()} CALLER: I'm fine. It's ", (pick(rng, [fdate(rng, dob, "us_long"), fdate(rng, dob, "us"), f"{MONTHS['en'][dob.month - 1]} {dob.day}{ordsuf(dob.day)}, {dob.year}"]), DOB), ".")
    b.line(f"{ts()} AGENT: Thanks. And the address on the policy?")
    b.line(f"{ts()} CALLER: ", (a.one(), ADDR), ".")
    b.line(f"{ts()} AGENT: When did the loss happen?")
    ld = d - _dt.timedelta(days=rng.randint(0, 3))
    b.line(f"{ts()} CALLER: ", (f"{MONTHS['en'][ld.month - 1]} {ld.day}{ordsuf(ld.day)}", DT), pick(rng, [", like around ", " around ", ", maybe "]),
           (ftime(rng, rng.randint(7, 22), None, '12'), DT),
           ", on ", pick(rng, ["Route 9", "the on-ramp to I-84", "the interstate", "the Costco parking lot"]), " in ", (a_city(rng), LOC), ".")
    b.line(f"{ts()} AGENT: Did you get the other driver's information?")
    dlv, st = us_dl(rng)
    b.line(f"{ts()} CALLER: Yeah her name is ", (od.full, P), ", license number ", (dlv, DL), ", ", (US_STATE_NAMES[st], LOC),
           f". Plate was {plate(rng)}. She said her insurance is {pick(rng, ['Geico', 'Progressive', 'State Farm', 'Allstate'])}.")
    b.line(f"{ts()} AGENT: Any injuries? Police report?")
    b.line(f"{ts()} CALLER: My neck's sore. Officer gave me report number {digits(rng, 2)}-{digits(rng, 6)}. There was a witness, ",
           (wit.given, P), " something, ", pick(rng, [["no wait, ", (wit.full, P), ", his number is ", (phone(rng, "US"), PH)], ["I don't have her number"]]), ".")
    b.line(f"{ts()} AGENT: Got it. VIN on your vehicle ends in {vin(rng)[-6:]}, correct? ", "The 2019 ", pick(rng, ["Honda CR-V", "Ford F-150", "Toyota Camry", "Subaru Outback"]), "?")
    b.line(f"{ts()} CALLER: Yes.")
    b.line(f"{ts()} AGENT: What's the best callback number and email?")
    b.line(f"{ts()} CALLER: ", (phone(rng, "US"), PH), pick(rng, [", or email ", ". Email's "]), (ph.email(rng), EM), ".")
    b.line(f"{ts()} AGENT: Your claim number is {claim_no(rng)}. An adjuster will call you by ",
           (f"{fdate(rng, d + _dt.timedelta(days=rng.randint(1, 3)), 'wd_long')}", DT), ". A rental is covered up to $40 a day.")
    b.line(f"{ts()} CALLER: Okay, thanks ", (ag.given, P), ".")
    b.line()
    b.line("[Agent notes] Liability disputed; ", (ph.sur, P), " rear-ended at low speed; photos requested via SMS link.")


# ---------------------------------------------------------------- 18
def d_courier_pod_record(rng, b):
    cc = pick(rng, ["US", "UK", "DE", "NL", "AU", "CA", "FR"])
    carrier = pick(rng, ["SwiftLine Express", "ParcelPoint", "Kurier24", "BlueBox Logistics", "NordPost Freight"])
    rcpt = person(rng, country=cc)
    signer = pick(rng, [rcpt, person(rng, country=cc)])
    a = address(rng, cc)
    sh = address(rng, pick(rng, ["US", "DE", "UK", "NL"]))
    d = rdate(rng)
    b.line(f"{carrier.upper()} — PROOF OF DELIVERY")
    b.line("Waybill / AWB: ", tracking_no(rng), "     Service: ", pick(rng, ["Priority Overnight", "Economy 2-Day", "Same Day", "International Express"]))
    b.line("Reference: ", order_no(rng), "   Pieces: ", str(rng.randint(1, 6)), f"   Weight: {rng.randint(1, 400) / 10} kg   HS code: {digits(rng, 4)}.{digits(rng, 2)}")
    b.line()
    b.line("SHIPPER")
    b.line(pick(rng, ["Lumen Optics BV", "Harbor Home Goods Inc.", "Nordhaus Medizintechnik", "Calvin Klein Outlet #221"]))
    b.line((sh.block(), ADDR))
    b.line()
    b.line("CONSIGNEE")
    b.line((rcpt.full if chance(rng, 0.6) else rcpt.full.upper(), P))
    b.line((a.block(country=chance(rng, 0.3)), ADDR))
    b.line("Tel: ", (phone(rng, cc), PH))
    if chance(rng, 0.5):
        b.line("Email notif.: ", (rcpt.email(rng), EM))
    b.line()
    b.line("DELIVERY EVENT")
    b.line("Delivered: ", (fdatetime(rng, d, "en" if cc in ("US", "CA") else pick(rng, ["iso", "en"])), DT))
    b.line("Received by: ", (signer.sur.upper() if chance(rng, 0.5) else signer.full.upper(), P), "   Signature: [captured — 1 image]")
    b.line("Left at: ", pick(rng, ["Front door", "Reception / front desk", "Neighbour (No. 12)", "Parcel locker", "Garage, as instructed"]))
    b.line("Driver: ", f"#{digits(rng, 5)}", "   Route: ", f"{rng.randint(1, 80)}{pick(rng, 'ABCD')}", "   Vehicle: ", plate(rng, "UK" if cc == "UK" else "DE" if cc == "DE" else "US"))
    b.line()
    b.line("SCAN HISTORY")
    for k in range(rng.randint(2, 4)):
        b.line(f"  {log_ts(rng, d, 'space')}  ", pick(rng, ["Arrived at facility", "Out for delivery", "Departed hub", "Customs cleared"]),
               "  — ", pick(rng, ["HUB", "DEPOT", "GATEWAY"]), f"-{upper_alnum(rng, 3)}")
    b.line()
    if chance(rng, 0.6):
        b.line("Customer note: \"please deliver after ", (ftime(rng, rng.randint(16, 18), 0, "12short"), DT), ", ring twice — ",
               (rcpt.given.lower() if chance(rng, 0.5) else rcpt.given, P), "\"")
    b.line("Disputes must be raised within 14 days at ", (f"https://{re.sub(r'[^a-z0-9]', '', carrier.lower())}.com/pod/{upper_alnum(rng, 10)}", URL))



# ---------------------------------------------------------------- 19
def d_windows_security_event_xml(rng, b):
    analyst = person(rng)
    dom = pick(rng, ["CORP", "CONTOSO", "NWIND", "ACMEHQ"])
    b.line("SOC triage — exported from SIEM, query: EventID IN (4624, 4625, 4740) last 24h")
    b.line("Analyst: ", (analyst.full, P), "  ext. ", digits(rng, 4), "  case ", ticket_no(rng))
    b.line()
    user = person(rng)
    sam = f"{ascii_fold(user.given)[0].lower()}.{re.sub(r'[^a-z]', '', ascii_fold(user.sur).lower())}"
    src = ip_any(rng)
    for _ in range(rng.randint(1, 2)):
        eid = pick(rng, [4625, 4625, 4624, 4740])
        b.line("<Event xmlns=\"", ("http://schemas.microsoft.com/win/2004/08/events/event", URL), "\">")
        b.line("  <System>")
        b.line(f"    <Provider Name=\"Microsoft-Windows-Security-Auditing\" Guid=\"{{{uuid4(rng)}}}\" />")
        b.line(f"    <EventID>{eid}</EventID>")
        b.line(f"    <TimeCreated SystemTime=\"{log_ts(rng, style='iso')}\" />")
        b.line(f"    <EventRecordID>{rng.randint(10 ** 6, 10 ** 8)}</EventRecordID>")
        b.line(f"    <Computer>{pick(rng, ['DC01', 'WS-FIN-022', 'RDS-GW-02', 'SRV-FILE01'])}.{dom.lower()}.local</Computer>")
        b.line("  </System>")
        b.line("  <EventData>")
        b.line(f"    <Data Name=\"SubjectUserSid\">S-1-5-18</Data>")
        if chance(rng, 0.5):
            b.line("    <Data Name=\"TargetUserName\">", (user.email(rng, f"{dom.lower()}.com"), EM), "</Data>")
        else:
            b.line(f"    <Data Name=\"TargetUserName\">{sam}</Data>")
        b.line(f"    <Data Name=\"TargetDomainName\">{dom}</Data>")
        if eid == 4625:
            b.line(f"    <Data Name=\"Status\">0xc000006d</Data>")
            b.line(f"    <Data Name=\"SubStatus\">{pick(rng, ['0xc000006a', '0xc0000064', '0xc0000234'])}</Data>")
        b.line(f"    <Data Name=\"LogonType\">{pick(rng, [3, 10, 2])}</Data>")
        b.line(f"    <Data Name=\"WorkstationName\">{pick(rng, ['-', 'KALI', 'DESKTOP-' + upper_alnum(rng, 7)])}</Data>")
        b.line("    <Data Name=\"IpAddress\">", (src if chance(rng, 0.7) else ip_any(rng), IP), "</Data>")
        b.line(f"    <Data Name=\"IpPort\">{rng.randint(1024, 65535)}</Data>")
        b.line("  </EventData>")
        b.line("</Event>")
    b.line()
    b("Notes: ", (str(rng.randint(14, 380)), None), " failures for ", sam, " from ", (src, IP), f" over {rng.randint(3, 90)} minutes (see TimeCreated). ")
    b("Source geolocates to ", (pick(rng, ["Bucharest, Romania", "São Paulo, Brazil", "Lagos, Nigeria", "Hanoi, Vietnam", "Frankfurt, Germany"]), LOC),
      "; user is based in ", (pick(rng, ["Leeds", "Denver", "Toronto", "Rotterdam", "Melbourne"]), LOC), ". ")
    b("Called ", (user.given, P), " on ", (phone(rng, pick(rng, ["US", "UK", "NL", "CA"])), PH), " — confirms no travel. Account locked, password reset forced. ",
      "Blocked ", (ip4(rng, False), IP), "/24 at the edge.\n")


# ---------------------------------------------------------------- 22
def d_psych_intake_note(rng, b):
    cc = pick(rng, ["US", "US", "CA"])
    pt = person(rng, country=cc)
    clin = person(rng, country=cc)
    ref = person(rng, country=cc)
    ec = person(rng, country=cc)
    d = rdate(rng)
    age = rng.randint(17, 72)
    b.line("OUTPATIENT BEHAVIORAL HEALTH — PSYCHIATRIC INTAKE EVALUATION")
    b.line("Patient: ", (pt.last_first(), P), "   MRN: ", (mrn(rng), MRN), "   DOB: ", (fdate(rng, rdob(rng, age, age), "us"), DOB))
    b.line("Date of service: ", (fdate(rng, d, "us"), DT), "   Start: ", (ftime(rng, style="12"), DT), "   Session: 60 min (CPT 90792)")
    b.line("Clinician: ", (clin.full, P), ", ", pick(rng, ["MD", "PMHNP-BC", "DO", "LCSW"]), "   Referring: Dr. ", (ref.full, P), ", NPI ", npi(rng))
    b.line("Insurance: ", pick(rng, INSURERS_US), "  ID ", (hpn_us(rng), HPN), *(["   SSN: ", (ssn(rng), SSN)] if cc == "US" and chance(rng, 0.35) else []))
    b.line()
    pr = "She" if pt.g == "f" else "He"
    po = "her" if pt.g == "f" else "his"
    b.line("IDENTIFYING DATA / CC")
    b(f"{age}-year-old ", pick(rng, ["single", "married", "divorced", "partnered"]), " ", pick(rng, ["graduate student", "line cook", "accountant", "unemployed veteran", "nurse"]),
      " self-referred for \"", pick(rng, ["I can't sleep and I can't stop worrying", "everything feels gray", "panic attacks at work", "my meds stopped working"]), "\".\n\n")
    b.line("HPI")
    b(f"{pr} reports ", pick(rng, ["6 weeks", "several months", "3 years"]), " of low mood, anhedonia and early-morning awakening. PHQ-9 = ",
      str(rng.randint(5, 27)), ", GAD-7 = ", str(rng.randint(3, 21)), f". {pr} moved from ", (address(rng, cc).city if chance(rng, 0.5) else a_city(rng), LOC),
      " to ", (a_city(rng) if cc == "US" else address(rng, cc).city_region(), LOC), " in ", str(rng.randint(2015, 2023)),
      f" after a layoff. Last ED visit for SI was ", (fdate(rng, rdate(rng, 2021, 2023), "us_long"), DT), ". Denies current SI/HI, no plan or intent. ")
    b(f"Passive death wish last {pick(rng, ['Tuesday', 'weekend', 'month'])}.\n\n")
    b.line("PSYCH HX / MEDS")
    b.line(f"Prior trials: {pick(rng, DRUGS)}, {pick(rng, ['escitalopram 10 mg', 'bupropion XL 150 mg', 'mirtazapine 15 mg'])}. Current: {pick(rng, DRUGS)}.")
    b.line("SOCIAL")
    b(f"Lives with ", pick(rng, ["partner", "mother", "two roommates", "no one"]), f" and a cat named {pick(rng, PET_NAMES)}. ",
      f"{pr} works for {pick(rng, PERSON_BRANDS)}. ")
    b(f"Sister ", (person(rng, pt.origin).given, P), " is supportive.\n\n")
    b.line("ASSESSMENT: MDD, recurrent, moderate (F33.1); r/o GAD (F41.1).")
    b.line("PLAN: start ", pick(rng, ["sertraline 25 mg x7d then 50 mg", "escitalopram 5 mg", "CBT-I referral"]), "; safety plan reviewed; crisis line 988 given.")
    b.line("Emergency contact: ", (ec.full, P), " (", pick(rng, ["mother", "spouse", "friend", "brother"]), ") ", (phone(rng, cc), PH))
    b.line(f"{pr} prefers contact at ", (pt.email(rng), EM), " and consents to voicemail at ", (phone(rng, cc), PH), ".")
    b.line("Follow-up: ", (fdatetime(rng, d + _dt.timedelta(days=rng.randint(7, 28))), DT), " (telehealth, link via portal).")
    b.line("Electronically signed: ", (clin.full_mi, P), " ", (f"{fdate(rng, d, 'us')} {ftime(rng, style='24')}", DT))


# ---------------------------------------------------------------- 23
def d_midwife_prenatal_record(rng, b):
    cc = pick(rng, ["UK", "NL", "US", "AU", "CA"])
    cl = person(rng, country=cc, g="f")
    mw = person(rng, country=cc, g="f")
    pa = person(rng, country=cc)
    a = address(rng, cc)
    lang = "uk" if cc in ("UK", "AU", "NL") else "us"
    lmp = rdate(rng, 2023, 2025)
    edd = lmp + _dt.timedelta(days=280)
    b.line(pick(rng, ["Community Midwifery Team — Antenatal Record", "Birth Centre — Prenatal Visit Flowsheet", "Verloskundigenpraktijk — Antenatal Notes (EN)"]))
    b.line("Client: ", (cl.full, P), "   DOB: ", (fdate(rng, rdob(rng, 19, 43), lang, "eu_slash" if lang == "uk" else "us"), DOB),
           "   ", pick(rng, ["G1P0", "G2P1", "G3P2", "G2P0"]), "   Blood group ", pick(rng, ["O+", "A-", "B+", "AB+"]))
    b.line("Hospital/record no.: ", (mrn(rng), MRN), "   ", ("NHS No.: " if cc == "UK" else "Plan/Medicare ID: "),
           (nhs_number(rng) if cc == "UK" else au_medicare(rng) if cc == "AU" else hpn_us(rng), HPN))
    b.line("LMP: ", (fdate(rng, lmp, lang), DT), "   EDD: ", (fdate(rng, edd, lang), DT), " (dating scan confirmed)")
    b.line("Address: ", (a.one(), ADDR))
    b.line("Mobile: ", (phone(rng, cc), PH), "   Partner: ", (pa.full, P), " ", (phone(rng, cc), PH))
    b.line("Named midwife: ", (mw.full, P), "   Team phone (24h): ", (phone(rng, cc), PH))
    b.line()
    b.line("Date        | Gest | BP      | Urine   | FH (cm) | FHR | Notes")
    vd = lmp + _dt.timedelta(weeks=rng.randint(12, 20))
    for _ in range(rng.randint(3, 5)):
        wk = (vd - lmp).days // 7
        b.line((fdate(rng, vd, lang, "eu_slash" if lang == "uk" else "us"), DT), f"  | {wk}+{rng.randint(0, 6)} | {rng.randint(100, 142)}/{rng.randint(60, 92)}  | ",
               pick(rng, ["NAD   ", "prot tr", "NAD   "]), f"  | {max(wk - rng.randint(0, 2), 10):>7} | {rng.randint(120, 160)} | ",
               pick(rng, ["well, FM+", "mild pedal oedema", "GTT booked", "anti-D given", "discussed birth plan", "iron started (ferrous sulfate 325 mg)"]))
        vd += _dt.timedelta(weeks=rng.randint(2, 4))
    b.line()
    b("Birth plan: ", pick(rng, ["home birth", "birth centre", "obstetric unit"]), "; pool requested. Transfer hospital: ",
      pick(rng, ["St Mary's", "Royal Women's", "OLVG", "Mercy General"]), ". ")
    if chance(rng, 0.5):
        b("Doula: ", (person(rng, country=cc, g="f").full, P), ". ")
    b("Next appt ", (fdatetime(rng, vd, "en"), DT), " at ", pick(rng, [("the clinic", None), (address(rng, cc).one(), ADDR)]), ".\n")
    b.line("Safeguarding: routine enquiry done, no concerns. Interpreter: not required.")


# ---------------------------------------------------------------- 24
def d_i9_onboarding_packet(rng, b):
    ee = person(rng, country="US")
    hr = person(rng, country="US")
    a = address(rng, "US")
    comp = pick(rng, ["Bluewater Analytics LLC", "Summit Ridge Dental Group", "Harvest Table Restaurants", "Ironclad Roofing Co."])
    start = rdate(rng)
    b.line(f"{comp} — NEW HIRE ONBOARDING PACKET (internal, HR only)")
    b.line(f"Employee ID: E-{digits(rng, 5)}   Position: ", pick(rng, ["Data Analyst II", "Dental Hygienist", "Line Cook", "Estimator"]),
           "   Start date: ", (fdate(rng, start, pick(rng, ["us", "us_long"])), DT))
    b.line()
    b.line("SECTION 1 — Employee information (Form I-9)")
    b.line("Last name: ", (ee.sur, P), "   First name: ", (ee.given, P), "   MI: ", ee.mi or "—")
    b.line("Address: ", (a.street, ADDR), "   City: ", (a.city, LOC), "   State: ", (a.region, LOC), "   ZIP: ", a.postcode)
    b.line("Date of birth: ", (fdate(rng, rdob(rng, 18, 66), "us"), DOB), "   U.S. SSN: ", (ssn(rng), SSN))
    b.line("Email: ", (ee.email(rng), EM), "   Phone: ", (phone(rng, "US"), PH))
    b.line("Citizenship: ", pick(rng, ["U.S. citizen", "Lawful permanent resident (A-number on file)", "Noncitizen national"]))
    b.line()
    b.line("SECTION 2 — Employer review")
    dl, st = us_dl(rng)
    b.line("List B: Driver's license   Doc #: ", (dl, DL), "   Issuing authority: ", (US_STATE_NAMES[st], LOC),
           "   Exp: ", (fdate(rng, rdate(rng, 2026, 2030), "us"), DT))
    b.line("List C: Social Security card (unrestricted)")
    b.line("First day of employment: ", (fdate(rng, start, "us"), DT), f"   E-Verify case #: {rng.randint(2023, 2025)}{digits(rng, 9)}{''.join(rng.choice(string.ascii_uppercase) for _ in range(2))}")
    b.line()
    b.line("DIRECT DEPOSIT AUTHORIZATION")
    b.line("Bank: ", pick(rng, ["Chase", "Wells Fargo", "Navy Federal CU", "Ally Bank"]), "   Routing (ABA): ", routing(rng),
           "   Account: ", (digits(rng, rng.randint(9, 12)), ACCT), "   Type: ", pick(rng, ["Checking", "Savings"]), "   Split: 100%")
    b.line()
    b.line("W-4: filing status ", pick(rng, ["Single", "MFJ", "HoH"]), ", dependents $", str(rng.randint(0, 3) * 2000),
           "; prior employer ITIN-format number on old W-2 (", bad_ssn(rng), ") flagged as invalid and ignored.")
    ec = person(rng, country="US")
    b.line("Emergency contact: ", (ec.full, P), " (", pick(rng, ["mother", "spouse", "partner", "uncle"]), ") ", (phone(rng, "US"), PH))
    b.line()
    b.line("Verified by: ", (hr.full, P), ", HR Generalist, on ", (fdate(rng, start + _dt.timedelta(days=rng.randint(0, 2)), "us"), DT),
           "   Badge photo taken; parking permit ", plate(rng))


# ---------------------------------------------------------------- 25
def d_ach_remittance_advice(rng, b):
    payer = pick(rng, ["Greenleaf Grocers Inc.", "Metro Transit Authority", "Bayside Property Mgmt", "Ernst & Young LLP", "Johnson & Johnson"])
    payee_p = person(rng, country="US")
    a = address(rng, "US")
    pa = address(rng, "US")
    d = rdate(rng)
    b.line("REMITTANCE ADVICE — ACH CREDIT (CCD+)")
    b.line(f"Payer: {payer}")
    b.line("       ", (pa.one(), ADDR))
    b.line("Payee: ", (payee_p.full if chance(rng, 0.6) else payee_p.full.upper(), P), pick(rng, [" dba Precision Plumbing", " (sole prop.)", ""]),
           *(["   Payee TIN (SSN): ", (ssn(rng), SSN)] if chance(rng, 0.4) else ["   Payee TIN (EIN): ", f"{digits(rng, 2)}-{digits(rng, 7)}"]))
    b.line("       ", (a.block(), ADDR))
    b.line()
    b.line("Payment date: ", (fdate(rng, d, pick(rng, ["us", "us_long", "iso"])), DT), "      Effective entry date: ", (fdate(rng, d + _dt.timedelta(days=1), "us"), DT))
    b.line("Payment no.: ", f"{digits(rng, 8)}", "    Trace #: ", nonluhn(f"{routing(rng)[:8]}{digits(rng, 7)}"), "    Amount: ", amount(rng, "$", 400, 48000))
    b.line("Credited to account: ", (digits(rng, rng.randint(9, 12)), ACCT), "  at RDFI ABA ", routing(rng))
    b.line()
    b.line("Invoice #        Invoice date   Gross        Discount  Net paid")
    for _ in range(rng.randint(2, 5)):
        b.line(f"{invoice_no(rng):<16} ", (fdate(rng, d - _dt.timedelta(days=rng.randint(10, 90)), "us"), DT),
               f"     {amount(rng, '$', 80, 9000):<12} $0.00     {amount(rng, '$', 80, 9000)}")
    b.line()
    ap = person(rng, country="US")
    b.line("Addenda: ", pick(rng, ["PMT FOR SVCS PER CONTRACT ", "RENT REIMB ", "REF "]), f"{upper_alnum(rng, 10)}")
    b.line("Questions? Contact Accounts Payable — ", (ap.full, P), ", ", (ap.email(rng, re.sub(r"[^a-z]", "", payer.lower())[:10] + ".com"), EM),
           ", ", (phone(rng, "US"), PH), (" ext. " + digits(rng, 3)) if chance(rng, 0.4) else "")
    b.line("Please allow 1-2 business days. Do not reply to this automated message.")



# ---------------------------------------------------------------- 26
def d_open_banking_psd2_json(rng, b):
    cc = pick(rng, ["DE", "FR", "NL", "ES", "IT", "BE", "AT", "IE"])
    lang_cc = {"BE": "FR", "AT": "DE", "IE": "UK"}.get(cc, cc)
    owner = person(rng, country=lang_cc if lang_cc in COUNTRY_ORIGINS else "DE")
    host = pick(rng, ["api.sandbox-bank.eu", "psd2.finbank.example", "xs2a.volksbank-demo.de", "openbanking.bancaverde.it"])
    b.line(f"> GET /v1/accounts/{uuid4(rng)}/transactions?bookingStatus=booked&withBalance={pick(rng, ['true', 'false'])} HTTP/1.1")
    b.line(f"> Host: {host}")
    b.line(f"> X-Request-ID: {uuid4(rng)}")
    b.line(f"> Consent-ID: {uuid4(rng)}")
    b.line("> Authorization: Bearer ", (jwt(rng, {"sub": f"psu-{digits(rng, 6)}", "iss": f"https://{host}/oauth"}), JWT))
    b.line("> PSU-IP-Address: ", (ip_any(rng), IP))
    b.line(f"> PSU-User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)")
    b.line(">")
    b.line("< HTTP/1.1 200 OK")
    b.line(f"< Date: {email_date(rng)}")
    b.line("< Content-Type: application/json")
    b.line()
    txs = []
    for _ in range(rng.randint(1, 3)):
        bd = rdate(rng)
        cp_is_person = chance(rng, 0.6)
        cp = person(rng, country=lang_cc if lang_cc in COUNTRY_ORIGINS else "DE")
        tx = {"transactionId": nonluhn(f"{digits(rng, 10)}-{digits(rng, 4)}"), "bookingDate": (bd.isoformat(), DT),
              "valueDate": ((bd + _dt.timedelta(days=rng.randint(0, 2))).isoformat(), DT),
              "transactionAmount": {"currency": "EUR", "amount": f"{pick(rng, ['-', ''])}{rng.randint(5, 2400)}.{rng.randint(0, 99):02d}"}}
        if cp_is_person:
            tx["creditorName"] = (cp.full, P)
            tx["creditorAccount"] = {"iban": (iban(rng, pick(rng, list(IBAN_SPEC)), grouped=False), IBAN)}
            tx["remittanceInformationUnstructured"] = pick(rng, [S("Miete ", MONTHS["de"][bd.month - 1], " Whg. 3 OG links"), S("Rückzahlung Urlaub ", (cp.given, P)),
                                                                  S("Loyer ", MONTHS["fr"][bd.month - 1]), S("Tikkie ", upper_alnum(rng, 8))])
        else:
            tx["creditorName"] = pick(rng, ["REWE Markt GmbH", "Amazon EU S.a.r.l.", "Stadtwerke", "Marks & Spencer", "Ben & Jerry's Scoop Shop"])
            tx["remittanceInformationUnstructured"] = f"{pick(rng, ['SEPA-LASTSCHRIFT', 'KARTENZAHLUNG', 'CB'])} {order_no(rng)} TERM {digits(rng, 8)}"
        tx["bankTransactionCode"] = pick(rng, ["PMNT-ICDT-ESCT", "PMNT-RDDT-ESDD", "PMNT-CCRD-POSD"])
        txs.append(tx)
    obj = {
        "account": {"iban": (iban(rng, cc, grouped=False), IBAN), "currency": "EUR", "ownerName": (owner.full if chance(rng, 0.6) else owner.last_first(False), P),
                    "product": pick(rng, ["Girokonto", "Compte courant", "Betaalrekening", "Cuenta Online"])},
        "transactions": {"booked": txs},
    }
    if "remittanceInformationUnstructured" in txs[-1] and isinstance(txs[-1]["remittanceInformationUnstructured"], str) and "T" in txs[-1]["remittanceInformationUnstructured"][-6:]:
        pass
    jdump(b, obj, 2)
    b("\n")


# ---------------------------------------------------------------- 27
def d_discord_chat_export(rng, b):
    server = pick(rng, ["r/buildapc helpers", "Lo-fi Study Hall", "Valorant EU scrims", "indie-devs unite", "D&D Tuesday crew"])
    people = [person(rng) for _ in range(3)]
    handles = [pick(rng, ["kxtsune", "n0va", "bread_enjoyer", "pixelwitch", "captain_lag", "mossy", "zerocool99", "ghostpepper"]) + pick(rng, ["", "_", ".", "#0420", "#1337"]) for _ in range(3)]
    d = rdate(rng)
    b.line(f"==============================================================")
    b.line(f"Guild: {server}")
    b.line(f"Channel: #{pick(rng, ['general', 'off-topic', 'irl-meetup', 'bot-dev'])} ({nonluhn(digits(rng, 18))})")
    b.line("==============================================================")
    b.line()
    h, m = rng.randint(17, 22), rng.randint(0, 30)

    def ts():
        nonlocal m
        m += rng.randint(0, 4)
        return f"[{d.month}/{d.day}/{d.year} {((h + m // 60) % 12) or 12}:{m % 60:02d} PM]"
    lines = []
    lines.append(lambda: b(ts(), f" {handles[0]}\n", "yo did anyone get ", (people[1].given.lower(), P), "'s number? the meetup thing\n\n"))
    lines.append(lambda: b(ts(), f" {handles[1]}\n", "ya its ", (phone(rng, pick(rng, ["US", "UK", "DE", "AU"])), PH), " dont spam him lol\n\n"))
    dd = d + _dt.timedelta(days=rng.randint(2, 10))
    venue = address(rng, pick(rng, ["US", "UK", "DE", "NL"]))
    lines.append(lambda: b(ts(), f" {handles[2]}\n", "ok meetup is at ", (venue.one(), ADDR), " on ", (f"{dd.month}/{dd.day} at {ftime(rng, rng.randint(17, 20), 0, '12l')}", DT), " bring ur switch\n\n"))
    lines.append(lambda: b(ts(), f" {handles[0]}\n", "wait the bot died again, here's the token for the staging bot ", (alnum(rng, 24, B64URL) + "." + alnum(rng, 6, B64URL) + "." + alnum(rng, 38, B64URL), SEC), " dont leak it 😭\n\n"))
    lines.append(lambda: b(ts(), f" {handles[1]}\n", "bro you literally just leaked it. rotate it. also ", (people[2].full.lower(), P), " said the webhook is broken too\n\n"))
    lines.append(lambda: b(ts(), f" {handles[2]}\n", "my email if u need the invite: ", (people[2].email(rng), EM), "\n\n"))
    lines.append(lambda: b(ts(), f" {handles[0]}\n", "im in ", (pick(rng, ["berlin", "Leeds", "austin", "Melbourne", "toronto", "Lyon"]), LOC), " til ", (f"{dd.day} {MONTHS['en'][dd.month - 1][:3]}", DT), " anyway\n\n"))
    lines.append(lambda: b(ts(), f" {handles[1]}\n", "(ノಠ益ಠ)ノ彡┻━┻ patch ", version(rng), " broke my save\n\n"))
    lines.append(lambda: b(ts(), f" {handles[2]}\n", "gg. my cat ", pick(rng, PET_NAMES), " walked across the keyboard mid-round\n\n"))
    lines.append(lambda: b(ts(), f" {handles[0]}\n", "ty ", (people[0].given, P), " ❤️ also my old acc pw was literally ", (password(rng), PW), " and it got stolen 💀\n\n"))
    idx = list(range(len(lines)))
    rng.shuffle(idx)
    for k in sorted(idx[:rng.randint(5, 8)]):
        lines[k]()
    b.line(f"==============================================================")
    b.line(f"Exported {rng.randint(20, 900)} message(s)")


# ---------------------------------------------------------------- 28
def d_police_collision_report(rng, b):
    a1, a2 = address(rng, "US"), address(rng, "US")
    p1, p2 = person(rng, country="US"), person(rng, country="US")
    off = person(rng, country="US")
    wit = person(rng, country="US")
    city, st, stl, _ = pick(rng, US_CITIES)
    d = rdate(rng)
    b.line(f"{pick(rng, ['METROPOLITAN', 'MUNICIPAL', 'CITY'])} POLICE DEPARTMENT — TRAFFIC COLLISION REPORT")
    b.line(f"Report #: {rng.randint(23, 25)}-{digits(rng, 6)}   Beat: {rng.randint(1, 40)}   Reporting district: {digits(rng, 4)}")
    b.line("Date/time of collision: ", (f"{fdate(rng, d, 'us')} {ftime(rng, rng.randint(0, 23), None, '24')}", DT), "   Day: ", WEEKDAYS["en"][d.weekday()])
    b.line("Location: ", pick(rng, ["Northbound lanes of US-30 near mile marker 112", "Southbound I-5 at exit 194 ramp", "Parking lot of Target store #2291"]),
           ", ", (f"{city}, {st}", LOC))
    b.line(f"Weather: {pick(rng, ['Clear', 'Rain', 'Fog', 'Snow'])}   Lighting: {pick(rng, ['Daylight', 'Dark - street lights', 'Dusk'])}   Hit & run: {pick(rng, ['No', 'No', 'Yes'])}")
    b.line()
    for n, (p, a) in enumerate([(p1, a1), (p2, a2)], 1):
        dl, dst = us_dl(rng)
        b.line(f"PARTY {n} — DRIVER")
        b.line("  Name: ", (f"{p.sur.upper()}, {p.given.upper()}" + (f" {p.mi}" if p.mi else ""), P), "   DOB: ", (fdate(rng, rdob(rng, 16, 85), "us"), DOB),
               "   Sex: ", pick(rng, "MF"))
        b.line("  Address: ", (a.one().upper() if chance(rng, 0.4) else a.one(), ADDR))
        b.line("  Phone: ", (phone(rng, "US"), PH), "   DL#: ", (dl, DL), "   DL state: ", (dst, LOC))
        b.line(f"  Vehicle: {rng.randint(2008, 2024)} {pick(rng, ['TOYT COROLLA', 'HOND ACCORD', 'FORD ESCAPE', 'CHEV SILVERADO', 'TESL MODEL 3'])}   Plate: {plate(rng)}   VIN: {vin(rng)}")
        b.line(f"  Insurer: {pick(rng, ['Geico', 'Progressive', 'State Farm', 'USAA', 'None shown'])}   Damage: {pick(rng, ['front', 'rear', 'L side', 'R front'])}   Injury: {pick(rng, ['none', 'complaint of pain', 'visible'])}")
    b.line()
    b.line("WITNESS: ", (wit.full, P), ", ", (phone(rng, "US"), PH))
    b.line()
    b.line("NARRATIVE:")
    b(f"On the above date and time I responded to a report of a {pick(rng, ['two-vehicle', 'minor', 'injury'])} collision. ")
    b("P-1 (", (p1.sur, P), ") stated he/she was stopped for a red signal when V-2 struck the rear of V-1. P-2 (", (p2.full, P),
      ") stated the signal was yellow. W-1 ", (wit.sur, P), " corroborated P-1. ")
    b(f"P-2 was cited for CVC 21703. Scene cleared at ", (ftime(rng, rng.randint(0, 23), None, "24"), DT), " hrs. Tow: ",
      pick(rng, ["AAA", "Joe's Towing", "Harley-Davidson dealer flatbed"]), ".\n")
    b.line()
    b.line("Officer: ", (f"{off.given[0]}. {off.sur}", P), f" #{digits(rng, 4)}   Supervisor approval: Sgt. ", (person(rng, country="US").sur, P),
           "   Date: ", (fdate(rng, d + _dt.timedelta(days=1), "us"), DT))


# ---------------------------------------------------------------- 29
def d_summer_camp_health_form(rng, b):
    cc = pick(rng, ["US", "US", "CA"])
    kid = person(rng, country=cc)
    p1 = relative(rng, kid)
    p2 = person(rng, country=cc)
    a = address(rng, cc)
    doc = person(rng, country=cc)
    camp = pick(rng, ["Camp Wapiti", "Lakeside Adventure Camp", "Camp Kinnikinnick", "Pine Hollow Day Camp"])
    b.line(f"{camp} — CAMPER HEALTH & EMERGENCY FORM — Summer {rng.randint(2024, 2025)}")
    b.line(f"Session {rng.randint(1, 4)}   Cabin {rng.randint(1, 18)}   Camper #{digits(rng, 5)}")
    b.line()
    b.line("Camper name: ", (kid.full, P), "   Preferred: ", (kid.given[:3] if len(kid.given) > 4 and chance(rng, 0.3) else kid.given, P))
    b.line("Date of birth: ", (fdate(rng, rdob(rng, 6, 16), "us"), DOB), "   Grade (fall): ", str(rng.randint(1, 11)), "   T-shirt: YM")
    b.line("Home address: ", (a.one(), ADDR))
    b.line("Parent/Guardian 1: ", (p1.full, P), "   Cell: ", (phone(rng, cc), PH), "   Email: ", (p1.email(rng), EM))
    if chance(rng, 0.7):
        b.line("Parent/Guardian 2: ", (p2.full, P), "   Cell: ", (phone(rng, cc), PH), "   Work: ", (phone(rng, cc), PH),
               (" ext. " + digits(rng, 3)) if chance(rng, 0.3) else "")
    b.line()
    b.line("INSURANCE")
    b.line("Carrier: ", pick(rng, INSURERS_US if cc == "US" else ["Sun Life", "Manulife", "Blue Cross (ON)"]), "   Policyholder: ", (p1.full, P))
    b.line("Member ID: ", (hpn_us(rng), HPN), "   Group #: ", f"{digits(rng, 6)}-{digits(rng, 3)}")
    b.line()
    b.line("MEDICAL")
    b.line("Allergies: ", pick(rng, ["peanuts/tree nuts (EpiPen Jr 0.15 mg x2 sent)", "bee stings", "none known", "amoxicillin (hives)"]))
    b.line("Daily meds: ", pick(rng, ["Adderall XR 10 mg at breakfast", "cetirizine 10 mg", "none", "albuterol HFA 2 puffs PRN"]))
    b.line("Conditions: ", pick(rng, ["ADHD", "mild asthma (J45.909)", "none", "eczema (L20.9)", "T1D — pump, CGM"]))
    b.line("Last tetanus: ", (fdate(rng, rdate(rng, 2019, 2023), "us"), DT), "   Swim level: ", pick(rng, ["blue", "green", "non-swimmer"]))
    b.line("Physician: Dr. ", (doc.full, P), "   Office: ", (phone(rng, cc), PH))
    b.line()
    b.line("Drop-off: ", (fdatetime(rng, rdate(rng, 2025, 2025), "en"), DT), "   Pick-up authorized: ", (person(rng, country=cc).full, P),
           " (", pick(rng, ["grandmother", "aunt", "family friend", "nanny"]), ")")
    b.line("NOT authorized to pick up: ", pick(rng, [("n/a", None), (person(rng, country=cc).full, P)]))
    b.line("Photo release: ", pick(rng, ["yes", "no"]), "   Signed: ", (p1.full, P), "   Date: ", (fdate(rng, rdate(rng), "us"), DT))


# ---------------------------------------------------------------- 30
def d_mongo_shell_export(rng, b):
    coll = pick(rng, ["patients", "customers", "members"])
    b.line(f"rs0:PRIMARY> use {pick(rng, ['clinic_prod', 'crm', 'loyalty'])}")
    b.line(f"rs0:PRIMARY> db.{coll}.find({{ \"updatedAt\": {{ $gte: new Date(Date.now() - {rng.randint(1, 30)} * 864e5) }} }}).limit({rng.randint(1, 2)}).pretty()")
    n = rng.randint(1, 2)
    for _ in range(n):
        cc = pick(rng, ["US", "US", "UK", "CA", "AU"])
        p = person(rng, country=cc)
        a = address(rng, cc)
        dob = rdob(rng, 1, 90)
        obj = {"_id": R(f'ObjectId("{hexs(rng, 24)}")')}
        if coll == "patients":
            obj["mrn"] = (mrn(rng), MRN)
        else:
            obj["accountNumber"] = (digits(rng, 10), ACCT)
        obj["name"] = {"given": (p.given, P), "family": (p.sur, P)}
        obj["birthDate"] = R('ISODate("', (f"{dob.isoformat()}T00:00:00Z", DOB), '")')
        obj["phones"] = [(phone(rng, cc), PH)] + ([(phone(rng, cc), PH)] if chance(rng, 0.4) else [])
        obj["email"] = (p.email(rng), EM)
        obj["address"] = {"line1": (a.street, ADDR), "city": (a.city, LOC), "state": (a.region, LOC) if a.region else None, "postalCode": a.postcode, "country": cc}
        if coll == "patients":
            if cc == "US" and chance(rng, 0.5):
                obj["ssn"] = (ssn(rng, "dash"), SSN)
            obj["coverage"] = {"payer": pick(rng, INSURERS_US), "memberId": (hpn_us(rng), HPN), "groupNumber": digits(rng, 6)}
            obj["lastVisit"] = R('ISODate("', (f"{rdate(rng).isoformat()}T{rng.randint(8, 17):02d}:{pick(rng, ['00', '15', '30', '45'])}:00Z", DT), '")')
        else:
            obj["paymentMethods"] = [{"type": "card", "brand": pick(rng, ["visa", "mastercard"]), "last4": digits(rng, 4), "fingerprint": hexs(rng, 16)}]
            obj["loyaltyTier"] = pick(rng, ["gold", "silver", "bronze"])
            if chance(rng, 0.3):
                obj["legacyCardNumber"] = (card(rng, fmt="plain"), CC)
        obj["createdAt"] = R(f'ISODate("{log_ts(rng, style="iso")}")')
        obj["updatedAt"] = R(f'ISODate("{log_ts(rng, style="iso")}")')
        obj["__v"] = rng.randint(0, 9)
        jdump(b, obj, 2, sep=" : ")
        b("\n")
    b.line(f"rs0:PRIMARY> db.{coll}.countDocuments()")
    b.line(str(rng.randint(1000, 900000)))
    b.line("rs0:PRIMARY> exit")
    b.line("bye")



def ocr_noise(rng, s, rate=0.08):
    """Degrade plain (unlabelled) text the way cheap OCR does."""
    subs = {"O": "0", "o": "0", "l": "1", "I": "l", "S": "5", "e": "c", "m": "rn", "B": "8", "a": "a", "i": "i", ".": ",", ":": ";"}
    out = []
    for ch in s:
        if ch in subs and rng.random() < rate:
            out.append(subs[ch])
        elif ch == " " and rng.random() < rate / 3:
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- 31
def d_ocr_bank_statement(rng, b):
    cc = pick(rng, ["UK", "UK", "IE", "US"])
    acc_cc = "UK" if cc == "IE" else cc
    p = person(rng, country=acc_cc)
    a = address(rng, acc_cc)
    bank = pick(rng, ["NORTHGATE BUILDING SOCIETY", "HARBOUR & CO BANK", "FIRST CASCADE SAVINGS", "ALLIED CITY BANK"])
    o = lambda s: ocr_noise(rng, s)
    d0 = rdate(rng).replace(day=1)
    d1 = d0 + _dt.timedelta(days=27)
    b.line(o(f"{bank}   --   STATEMENT OF ACCOUNT"), "   Page 1 of ", str(rng.randint(2, 4)))
    b.line(o("~~ scanned copy ~~ quality: low ~~"))
    b.line()
    if chance(rng, 0.4):
        b(title(p, "uk", rng).upper(), " ")
    b.line((p.full.upper(), P))
    b.line((a.block().upper(), ADDR))
    b.line()
    if cc in ("UK", "IE"):
        b.line(o("Sort code: "), f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}", o("    Account number: "), (digits(rng, 8), ACCT))
        b.line(o("IBAN: "), (iban(rng, "GB" if cc == "UK" else "IE", grouped=True), IBAN), o("   BIC: "), pick(rng, ["NWBKGB2L", "AIBKIE2D", "BOFIIE2D"]))
        lang = "uk"
    else:
        b.line(o("Account number: "), (digits(rng, 11), ACCT), o("   Routing: "), routing(rng))
        lang = "us"
    b.line(o("Statement period: "), (fdate(rng, d0, lang, "dmy_long" if lang == "uk" else "us_long"), DT), o(" to "),
           (fdate(rng, d1, lang, "dmy_long" if lang == "uk" else "us_long"), DT))
    b.line()
    b.line(o("Date        Description                              Paid out     Paid in     Balance"))
    bal = rng.uniform(200, 6000)
    dd = d0
    for _ in range(rng.randint(5, 9)):
        dd = dd + _dt.timedelta(days=rng.randint(1, 4))
        if dd > d1:
            break
        kind = rng.randrange(7)
        amt = rng.uniform(3, 900)
        if kind == 0:
            desc = [o("CARD PAYMENT TO TESCO STORES 3291")]
        elif kind == 1:
            desc = [o("DIRECT DEBIT "), pick(rng, ["OCTOPUS ENERGY", "VODAFONE LTD", "COUNCIL TAX"]), o(" REF "), digits(rng, 9)]
        elif kind == 2:
            q = person(rng, country=acc_cc)
            desc = [o("FASTER PMT FROM "), (q.full.upper(), P), o(" RENT")]
            amt = -amt
        elif kind == 3:
            desc = [o("ATM WITHDRAWAL "), (address(rng, acc_cc).city.upper(), LOC)]
        elif kind == 4:
            desc = [o("SALARY "), pick(rng, ["MARKS & SPENCER", "ERNST & YOUNG", "NHS TRUST"])]
            amt = -rng.uniform(1200, 3800)
        elif kind == 5:
            desc = [o("TRANSFER TO SAVINGS ****"), digits(rng, 4)]
        else:
            desc = [o("CARD ****"), digits(rng, 4), o(" AMAZON MKTPLACE")]
        bal -= amt
        dstr = fdate(rng, dd, lang, "dmy_abbr" if lang == "uk" else "us_abbr")
        b((dstr, DT), " " * max(1, 12 - len(dstr)))
        b(*desc)
        b(f"   {amt:>10.2f}" if amt > 0 else f"              {-amt:>10.2f}", f"   {bal:>10.2f}\n")
    b.line()
    b.line(o("Overdraft limit: 500.00   AER 0.10%   Interest paid: 0.42"))
    b.line(o("If you think there is an error call us on "), (phone(rng, acc_cc), PH), o(" (textphone 18001)."))
    b.line(o(f"Statement no. {rng.randint(10, 300)}  doc ref {upper_alnum(rng, 3)}-{digits(rng, 9)}"))


# ---------------------------------------------------------------- 32
def d_it_condominio_notice(rng, b):
    amm = person(rng, "it")
    a = address(rng, "IT")
    d = rdate(rng)
    b.line("STUDIO AMMINISTRAZIONI CONDOMINIALI")
    b.line("Amm. ", (f"Dott. {amm.full}" and amm.full, P) if False else "Dott. ", (amm.full, P), " — ", (address(rng, "IT").one(), ADDR))
    b.line("Tel. ", (phone(rng, "IT"), PH), " — PEC: ", (f"{ascii_fold(amm.sur).lower().replace(' ', '')}.amministrazioni@pec.it", EM))
    b.line()
    b.line("CONDOMINIO ", (a.one(), ADDR))
    b.line(f"Codice fiscale condominio {digits(rng, 11)}")
    b.line()
    b.line("AVVISO DI CONVOCAZIONE ASSEMBLEA ORDINARIA")
    b.line()
    b("I Sigg. condòmini sono convocati in assemblea ordinaria in prima convocazione il giorno ",
      (fdatetime(rng, d, "it"), DT), " e, occorrendo, in seconda convocazione il giorno ",
      (f"{fdate(rng, d + _dt.timedelta(days=1), 'it', 'loc_wd')} alle {ftime(rng, 18, pick(rng, [0, 30]), '24')}", DT),
      " presso ", pick(rng, [("la sala riunioni dello studio", None), ("l'androne scala B", None)]), ", per discutere il seguente\n\n")
    b.line("ORDINE DEL GIORNO")
    b.line("1. Approvazione rendiconto esercizio ", str(d.year - 1), " e ripartizione spese;")
    b.line("2. Preventivo lavori rifacimento facciata (ditta Bianchi & Figli S.r.l., preventivo n. ", f"{digits(rng, 3)}/{d.year}", ");")
    b.line("3. Morosità: sollecito al condòmino int. ", str(rng.randint(1, 24)), ", ", (f"Sig. {person(rng, 'it').sur}" and person(rng, "it").sur, P) if False else "Sig. ",
           (person(rng, "it").full, P), f" (debito {amount(rng, '€', 300, 4000)});")
    b.line("4. Varie ed eventuali.")
    b.line()
    b("Le quote condominiali vanno versate sul c/c intestato al Condominio, IBAN ", (iban(rng, "IT"), IBAN), ". ")
    dg = person(rng, "it")
    b("Per delega: il delegato ", title(dg, "it"), " ", (dg.full, P), " non può rappresentare più di 3 condòmini.\n\n")
    b.line((a.city, LOC), ", ", (fdate(rng, d - _dt.timedelta(days=rng.randint(10, 20)), "it", pick(rng, ["eu_slash", "loc_long"])), DT))
    b.line("L'Amministratore")
    b.line((f"{amm.given[0]}. {amm.sur}", P))
    b.line()
    b.line("-------------------------- DELEGA --------------------------")
    b.line("Il/La sottoscritto/a ________________ proprietario/a dell'unità int. ____ delega ________________")


# ---------------------------------------------------------------- 33
def d_nl_huisarts_brief(rng, b):
    ha = person(rng, "nl")
    pt = person(rng, country="NL")
    sp = person(rng, "nl")
    a = address(rng, "NL")
    pa = address(rng, "NL")
    d = rdate(rng)
    b.line(f"Huisartsenpraktijk {pick(rng, ['De Linde', 'Oost', 'Het Anker', 'Zuiderpark'])}")
    b.line((pa.one(), ADDR), " | T ", (phone(rng, "NL"), PH), " | ", (f"https://www.{pick(rng, ['huisartsdelinde', 'praktijkoost', 'hetanker-ha'])}.nl", URL))
    b.line()
    b.line("Aan: ", pick(rng, ["dhr. ", "mevr. "]), "dr. ", (sp.full, P), ", ", pick(rng, ["cardioloog", "internist", "neuroloog", "dermatoloog"]))
    b.line(pick(rng, ["OLVG, locatie Oost", "Rijnstate", "Erasmus MC", "Catharina Ziekenhuis"]))
    b.line()
    b.line((fdate(rng, d, "nl", pick(rng, ["nl_dash", "loc_long"])), DT))
    b.line()
    b.line("Betreft: ", title(pt, "nl"), " ", (pt.full, P), ", geb. ", (fdate(rng, rdob(rng, 18, 90), "nl", "nl_dash"), DOB))
    b.line("Adres: ", (a.one(), ADDR), "   Tel: ", (phone(rng, "NL"), PH))
    b.line("Zorgverzekeraar: ", pick(rng, ["Zilveren Kruis", "CZ", "VGZ", "Menzis"]), ", polisnummer ", (digits(rng, 9), HPN))
    b.line()
    b.line("Geachte collega,")
    b.line()
    b("Graag verwijs ik bovengenoemde patiënt naar uw polikliniek in verband met ", pick(rng, [
        "sinds enkele weken bestaande hartkloppingen en duizeligheid",
        "een verhoogd PSA (8,4) bij een 67-jarige man",
        "recidiverende hoofdpijn met visuele aura",
        "een snel groeiende gepigmenteerde laesie op de rug"]), ". ")
    b("Patiënt werd op ", (fdate(rng, d - _dt.timedelta(days=rng.randint(3, 30)), "nl", "loc_long"), DT), " op het spreekuur gezien. ",
      "Medicatie: ", pick(rng, DRUGS), ". Allergieën: ", pick(rng, ["geen bekend", "penicilline"]), ".\n")
    b("Patiënt woont sinds ", str(rng.randint(2001, 2022)), " in ", (a.city, LOC), " en verblijft van ",
      (fdate(rng, d + _dt.timedelta(days=20), "nl", "loc_long"), DT), " tot ", (fdate(rng, d + _dt.timedelta(days=34), "nl", "loc_long"), DT),
      " bij familie in ", (pick(rng, ["Marokko", "Suriname", "Turkije", "Spanje"]), LOC), ".\n\n")
    b.line("Met collegiale groet,")
    b.line()
    b.line((f"{ha.given[0]}. {ha.sur}", P), ", huisarts   AGB-code ", digits(rng, 8))
    b.line("E: ", (f"{ascii_fold(ha.given).lower()}@{pick(rng, ['huisartsdelinde', 'praktijkoost'])}.nl", EM), "  (beveiligd via ZorgMail)")


# ---------------------------------------------------------------- 34
def d_br_whatsapp_support(rng, b):
    cl = person(rng, "pt")
    ag = person(rng, "pt")
    a = address(rng, "BR")
    store = pick(rng, ["Loja Vila Bela", "Ótica Primavera", "Casa & Conforto Móveis", "Mercado Bom Preço Delivery"])
    d = rdate(rng)
    b.line(f"Conversa do WhatsApp com {store}")
    b.line()
    h, m = rng.randint(8, 20), rng.randint(0, 30)

    def ts():
        nonlocal m
        m += rng.randint(0, 3)
        return f"{d.day:02d}/{d.month:02d}/{d.year} {h + m // 60:02d}:{m % 60:02d}"
    cname = pick(rng, [cl.given, cl.full, f"{cl.given} {cl.sur.split()[-1]}"])
    b(ts(), " - ", store, ": Olá! Sou ", (ag.given, P), ", da equipe de atendimento 😊 Como posso ajudar?\n")
    b(ts(), " - ", (cname, P), ": oi boa tarde, meu pedido ", order_no(rng), " nao chegou ainda\n")
    b(ts(), " - ", store, ": Poderia me confirmar o CEP e o endereço completo, por favor?\n")
    b(ts(), " - ", (cname, P), ": ", (a.one(), ADDR), "\n")
    b(ts(), " - ", (cname, P), ": o telefone pra contato é ", (phone(rng, "BR"), PH), "\n")
    b(ts(), " - ", store, ": Obrigada! A entrega está prevista para ", (fdatetime(rng, d + _dt.timedelta(days=rng.randint(1, 5)), "pt"), DT), ".\n")
    if chance(rng, 0.5):
        b(ts(), " - ", (cname, P), ": vou viajar pra ", (pick(rng, ["Salvador", "Curitiba", "Portugal", "Recife"]), LOC), " dia ",
          (fdate(rng, d + _dt.timedelta(days=7), "pt", "eu_slash"), DT), ", pode deixar com minha vizinha ", (person(rng, "pt", g="f").given, P), "?\n")
        b(ts(), " - ", store, ": Pode sim, anotei aqui.\n")
    if chance(rng, 0.6):
        b(ts(), " - ", (cname, P), ": e o estorno do cartão? paguei com o ", (card(rng), CC), " e cobrou duas vezes\n")
        b(ts(), " - ", store, ": Por segurança, nunca envie o número completo do cartão por aqui 🙏 O estorno aparece em até 2 faturas.\n")
    b(ts(), " - ", (cname, P), ": meu email é ", (cl.email(rng), EM), " se precisar\n")
    b(ts(), " - ", store, ": <Mídia oculta>\n")
    b(ts(), " - ", store, ": Protocolo de atendimento: ", f"{d.year}{digits(rng, 8)}", ". Atendimento de segunda a sexta.\n")
    b(ts(), " - ", (cname, P), ": valeu!! 👍")


# ---------------------------------------------------------------- 35
def d_android_strings_xml(rng, b):
    app = pick(rng, ["FitPulse", "CasaFácil", "Tandem Rides", "NoteNest", "PetPal Vet"])
    dev = person(rng)
    b.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
    b.line(f"<!-- app/src/main/res/values/strings.xml — {app} v{version(rng)} (decompiled with apktool {version(rng)}) -->")
    b.line("<resources>")
    b.line(f"    <string name=\"app_name\">{app}</string>")
    b.line("    <string name=\"google_api_key\" translatable=\"false\">", (generic_secret(rng, 2), SEC), "</string>")
    b.line("    <string name=\"google_maps_key\" translatable=\"false\">", (generic_secret(rng, 2), SEC), "</string>")
    b.line(f"    <string name=\"gcm_defaultSenderId\" translatable=\"false\">{digits(rng, 12)}</string>")
    b.line(f"    <string name=\"google_app_id\" translatable=\"false\">1:{digits(rng, 12)}:android:{hexs(rng, 16)}</string>")
    b.line("    <string name=\"firebase_database_url\" translatable=\"false\">", (f"https://{re.sub(r'[^a-z]', '', ascii_fold(app).lower())}-prod-default-rtdb.firebaseio.com", URL), "</string>")
    b.line(f"    <string name=\"facebook_app_id\">{nonluhn(digits(rng, 15))}</string>")
    if chance(rng, 0.6):
        b.line("    <string name=\"facebook_client_token\">", (hexs(rng, 32), SEC), "</string>")
    if chance(rng, 0.5):
        b.line("    <string name=\"stripe_secret_debug\">", (stripe_key(rng), STR), "</string> <!-- TODO remove!! -->")
    if chance(rng, 0.5):
        b.line("    <string name=\"api_basic_auth\">", pick(rng, ["mobile", "android", "app"]), ":", (password(rng), PW), "</string>")
    if chance(rng, 0.4):
        b.line("    <string name=\"backend_jwt_debug\">", (jwt(rng), JWT), "</string>")
    b.line("    <string name=\"support_email\">", (f"support@{re.sub(r'[^a-z]', '', ascii_fold(app).lower())}.app", EM), "</string>")
    b.line("    <string name=\"support_phone\">", (phone(rng, pick(rng, ["US", "BR", "DE", "UK"]), "tollfree"), PH), "</string>")
    b.line("    <string name=\"privacy_url\">", (f"https://{re.sub(r'[^a-z]', '', ascii_fold(app).lower())}.app/legal/privacy?lang=en", URL), "</string>")
    b.line("    <string name=\"welcome_msg\">Welcome back, %1$s!</string>")
    b.line(f"    <string name=\"build_sha\">{sha(rng, 12)}</string>")
    b.line("    <!-- maintainer: ", (dev.full, P), " &lt;", (dev.email(rng), EM), "&gt; -->")
    b.line("</resources>")


# ---------------------------------------------------------------- 36
def d_airflow_connections_export(rng, b):
    b.line(f"$ airflow connections export - --file-format yaml   # airflow {pick(rng, ['2.7.3', '2.8.1', '2.9.0'])}")
    b.line(f"[{log_ts(rng, style='space')},{rng.randint(100, 999)}] {{cli_action_loggers.py:83}} INFO - exporting {rng.randint(4, 30)} connections")
    conns = []
    conns.append(["postgres_dwh:\n  conn_type: postgres\n  host: ", (ip4(rng, True), IP), "\n  login: etl_user\n  password: ", (password(rng), PW),
                  f"\n  port: 5432\n  schema: {pick(rng, ['dwh', 'analytics', 'raw'])}\n"])
    conns.append(["aws_default:\n  conn_type: aws\n  login: ", (aws_akid(rng), AKID), "\n  password: ", (aws_secret(rng), ASK),
                  f"\n  extra: '{{\"region_name\": \"{pick(rng, ['eu-west-1', 'us-east-1'])}\"}}'\n"])
    conns.append(["slack_alerts:\n  conn_type: slack\n  password: ", (slack_token(rng), SL), "\n  extra: '{\"channel\": \"#data-alerts\"}'\n"])
    conns.append(["http_crm_api:\n  conn_type: http\n  host: ", (f"https://api.{pick(rng, ['hubspot-proxy', 'crm-gw', 'partner-feed'])}.io/v2", URL),
                  "\n  extra: '{\"Authorization\": \"Bearer ", (alnum(rng, 40, B64URL), SEC), "\"}'\n"])
    conns.append(["mysql_legacy:\n  conn_type: mysql\n  uri: mysql://reporting:", (password(rng), PW), "@", (ip4(rng, True), IP), ":3306/legacy\n"])
    conns.append(["smtp_default:\n  conn_type: smtp\n  host: smtp.sendgrid.net\n  login: apikey\n  password: ", (generic_secret(rng, 1), SEC), "\n  port: 587\n"])
    conns.append(["github_dags:\n  conn_type: github\n  password: ", (gh_token(rng), GH), "\n"])
    conns.append(["sftp_partner:\n  conn_type: sftp\n  host: ", (ip4(rng, False), IP), "\n  login: ", pick(rng, ["acme_drop", "xfer01"]),
                  "\n  extra: '{\"private_key\": \"", (pem(rng, "RSA PRIVATE KEY").replace("\n", "\\n"), PK), "\"}'\n"] if chance(rng, 0.3) else
                 ["sftp_partner:\n  conn_type: sftp\n  host: sftp.partner.example\n  login: xfer01\n  password: ", (password(rng), PW), "\n"])
    rng.shuffle(conns)
    for c in conns[:rng.randint(4, 6)]:
        b(*c)
    owner = person(rng)
    b.line(f"# exported by ", (owner.full, P), " (", (owner.email(rng, "dataco.io"), EM), ") for migration to MWAA — DELETE AFTER USE")



# ==========================================================================
# negative documents (hard negatives only, no entities)
# ==========================================================================
def n_cron_job_digest(rng, b):
    d = rdate(rng)
    b.line(f"Nightly batch digest — scheduler {version(rng)} — cluster batch-{pick(rng, ['a', 'b', 'c'])}")
    b.line(f"run_id={uuid4(rng)}  started_epoch={1700000000 + rng.randint(0, 60000000)}")
    b.line()
    for _ in range(rng.randint(7, 12)):
        job = pick(rng, ["reindex-search", "vacuum-analyze", "export-ledger", "rotate-logs", "compact-events", "refresh-mviews", "sync-catalog", "purge-tmp"])
        st = pick(rng, ["ok", "ok", "ok", "retry", "failed", "skipped"])
        b.line(f"{log_ts(rng, d, 'iso')} job={job} status={st} duration={rng.randint(1, 3600)}s rows={rng.randint(0, 900000)} "
               f"exit={0 if st == 'ok' else rng.randint(1, 137)} attempt={rng.randint(1, 3)} commit={sha(rng, 8)}")
    b.line()
    b.line(f"Summary: {rng.randint(40, 60)} jobs, {rng.randint(0, 3)} failed, p95 duration {rng.randint(30, 600)}s, total wall time {rng.randint(1, 5)}h {rng.randint(0, 59)}m.")
    b.line(f"Next window opens in {rng.randint(2, 12)} hours; maintenance freeze every {pick(rng, ['Friday', 'Sunday', 'Monday'])}.")
    b.line(f"Artifacts: s3://batch-artifacts/{uuid4(rng)}/ (sha256 {sha(rng, 64)})")
    b.line(f"Config: SCHED_TOKEN=${{SCHED_TOKEN}}  DB_PASSWORD=${{{{ secrets.BATCH_DB_PASSWORD }}}}  retries=3")


def n_billing_reconciliation(rng, b):
    b.line(f"AR/AP RECONCILIATION — period {rng.randint(1, 12):02d}/{rng.randint(2023, 2025)} — ledger {upper_alnum(rng, 4)}")
    b.line()
    b.line("invoice_no,amount,currency,settlement_ref,card,status,memo")
    for _ in range(rng.randint(6, 10)):
        memo = pick(rng, ["partial", "FX adj", "dup?", "write-off < $5", "awaiting remittance", "chargeback reversed"])
        cardv = pick(rng, [f"**** **** **** {digits(rng, 4)}", f"XXXX-{digits(rng, 4)}", "n/a", f"ending {digits(rng, 4)}"])
        b.line(f"{invoice_no(rng)},{rng.uniform(10, 25000):.2f},{pick(rng, ['USD', 'EUR', 'GBP'])},{bad_card(rng).replace(' ', '')},{cardv},{pick(rng, ['matched', 'open', 'variance'])},{memo}")
    b.line()
    b.line(f"Clearing bank routing: {routing(rng)}   Correspondent BIC: {pick(rng, BICS)}   Group no.: GRP-{digits(rng, 6)}")
    b.line(f"Control totals: debits {amount(rng, '$', 10000, 900000)} / credits {amount(rng, '$', 10000, 900000)} / variance {amount(rng, '$', 0, 90)}")
    b.line(f"Note: settlement refs above are processor references (fail Luhn) and not card numbers. Batch control id {bad_ssn(rng)}.")
    b.line(f"Prepared with recon-tool {version(rng)}; hash {sha(rng, 40)}.")


def n_order_set_codes(rng, b):
    b.line(f"ORDER SET: {pick(rng, ['Community-acquired pneumonia (adult)', 'DKA protocol', 'Sepsis bundle', 'Post-op hip arthroplasty'])} — rev {version(rng)}")
    b.line("Owner: P&T committee   Status: active   Review cycle: 24 months")
    b.line()
    b.line("Diagnoses:")
    for c in rng.sample(ICD10, 4):
        b.line(f"  [{c}]")
    b.line("Medications:")
    for m in rng.sample(DRUGS, 5):
        b.line(f"  [ ] {m}")
    b.line("Labs (LOINC):")
    for c in rng.sample(LOINC, 4):
        b.line(f"  [ ] {c}  q{pick(rng, [6, 8, 12, 24])}h x {rng.randint(1, 3)}")
    b.line("Procedures (CPT): ", ", ".join(rng.sample(CPT, 4)))
    b.line(f"Default prescriber NPI: {npi(rng)}   Pharmacy NPI: {npi(rng)}")
    b.line(f"Unit: {pick(rng, ['4W', 'MICU', '7 Ortho'])}, rooms {rng.randint(400, 460)}-{rng.randint(461, 480)}; infuse over 30 minutes; reassess in 2 hours.")
    b.line(f"Formulary group {digits(rng, 5)}; NDC {digits(rng, 5)}-{digits(rng, 4)}-{digits(rng, 2)}; HCPCS J{digits(rng, 4)}.")


def n_redacted_call_summary(rng, b):
    b.line(f"CALL SUMMARY (auto-redacted) — queue {pick(rng, ['billing', 'claims', 'tech-support'])} — call {ticket_no(rng)}")
    b.line(f"Handle time: {rng.randint(2, 40)}m {rng.randint(0, 59)}s   Hold: {rng.randint(0, 9)}m   Sentiment: {pick(rng, ['neutral', 'negative', 'positive'])}")
    b.line()
    lines = [
        "Caller [NAME REDACTED] verified identity with DOB **/**/19** and last four of SSN ***-**-" + digits(rng, 4) + ".",
        f"Caller reported a charge on card ending {digits(rng, 4)} (full number masked: **** **** **** {digits(rng, 4)}).",
        "Callback number on file: [PHONE REDACTED]. Email: [EMAIL REDACTED].",
        f"Agent explained the refund posts within 5-7 business days, likely by next {pick(rng, ['Monday', 'Thursday', 'Friday'])}.",
        f"Caller asked to escalate; supervisor will follow up tomorrow afternoon. Escalation {ticket_no(rng)}.",
        f"Address update requested: [ADDRESS REDACTED]; confirmation code {upper_alnum(rng, 6)}.",
        f"Account ref ****{digits(rng, 4)}; IBAN masked as XX** **** **** **** {digits(rng, 2)}.",
        "Caller mentioned their dog [PET] was barking; call dropped once and was reconnected a few minutes later.",
        f"Agent applied goodwill credit of {amount(rng, '$', 5, 60)} per policy v{version(rng)}.",
    ]
    rng.shuffle(lines)
    for ln in lines[:rng.randint(6, 9)]:
        b.line("- ", ln)
    b.line()
    b.line(f"Redaction engine {version(rng)}; {rng.randint(4, 20)} spans masked; transcript hash {sha(rng, 32)}.")


def n_parcel_scan_feed(rng, b):
    d = rdate(rng)
    b.line(f"# scan-feed v{version(rng)} facility={pick(rng, ['HUB-07', 'XDK-2', 'SORT-N3'])} shift={pick(rng, ['A', 'B', 'C'])}")
    for _ in range(rng.randint(9, 15)):
        b.line(f"{log_ts(rng, d, 'space')} SCAN {tracking_no(rng)} {pick(rng, ['ARR', 'DEP', 'SORT', 'EXC', 'OFD'])} "
               f"lane={rng.randint(1, 48)} wt={rng.randint(1, 300) / 10}kg hs={digits(rng, 4)}.{digits(rng, 2)} "
               f"route={pick(rng, ['FRA', 'LHR', 'ORD', 'NRT', 'GRU', 'SYD', 'CDG', 'MEX'])}-{pick(rng, ['JFK', 'AMS', 'DXB', 'YYZ', 'MAD', 'ICN'])}")
    b.line(f"# {rng.randint(0, 30)} exceptions (EXC) routed to desk; avg dwell {rng.randint(5, 90)} min; belt uptime {rng.randint(90, 100)}%")


def n_feature_flag_dump(rng, b):
    obj = {
        "service": pick(rng, ["checkout", "search", "notifications"]),
        "version": version(rng),
        "build": sha(rng, 40),
        "flags": {
            "new_pricing_engine": {"enabled": chance(rng, 0.5), "rollout": f"{rng.randint(0, 100)}%", "owner_team": "pricing"},
            "dark_mode": {"enabled": True, "variants": ["control", "v1", "v2"]},
            "legacy_export": {"enabled": False, "sunset_after_days": rng.randint(30, 120)},
        },
        "secrets": {"db_password": "${DB_PASSWORD}", "api_key": "${{ secrets.PARTNER_API_KEY }}", "signing_key": "<set-in-vault>",
                    "stripe": "sk_live_****************", "aws_secret": "****"},
        "experiment_ids": [uuid4(rng) for _ in range(2)],
        "updated_epoch": 1700000000 + rng.randint(0, 60000000),
    }
    b.line(f"$ flagctl dump --env {pick(rng, ['prod', 'staging'])} --format json")
    jdump(b, obj, 2)
    b("\n")
    b.line(f"# {rng.randint(3, 40)} flags total, evaluated in {rng.randint(1, 30)} ms")


def n_tfvars_placeholders(rng, b):
    b.line("# terraform.tfvars.example — copy to terraform.tfvars and fill in; NEVER commit real values")
    b.line('region            = "<your-region>"')
    b.line('db_username       = "<db-user>"')
    b.line('db_password       = "${var.db_password}"          # injected by CI')
    b.line('aws_access_key    = "${{ secrets.AWS_ACCESS_KEY_ID }}"')
    b.line('aws_secret_key    = "${{ secrets.AWS_SECRET_ACCESS_KEY }}"')
    b.line('github_token      = "ghp_************************************"')
    b.line('slack_webhook     = "<REDACTED>"')
    b.line('stripe_key        = "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"')
    b.line('alert_email       = "<team-alias>"')
    b.line(f'instance_count    = {rng.randint(1, 9)}')
    b.line(f'ami_version       = "{version(rng)}"')
    b.line(f'module_ref        = "{sha(rng, 40)}"')
    b.line(f'kms_key_alias     = "alias/app-{pick(rng, ["prod", "stg"])}"')
    b.line('allowed_cidrs     = ["<office-cidr>", "<vpn-cidr>"]')
    b.line(f"# generated by tf-scaffold {version(rng)}; see docs/secrets.md")


def n_lab_qc_log(rng, b):
    b.line(f"QC LOG — analyzer {pick(rng, ['AU5800', 'cobas 8000', 'Alinity c'])} s/n {upper_alnum(rng, 8)} — reagent lot {upper_alnum(rng, 6)}")
    b.line("analyte | LOINC | level | target | observed | SD | rule")
    for _ in range(rng.randint(6, 10)):
        t = rng.uniform(1, 300)
        b.line(f"{pick(rng, ['Glucose', 'Creatinine', 'ALT', 'Potassium', 'Sodium', 'TSH', 'HbA1c'])} | {pick(rng, LOINC)} | L{rng.randint(1, 3)} | "
               f"{t:.1f} | {t * rng.uniform(0.9, 1.1):.1f} | {rng.uniform(0.1, 4):.2f} | {pick(rng, ['pass', 'pass', '1-2s warn', '2-2s reject'])}")
    b.line(f"Control material exp. lot {digits(rng, 5)}; calibrator {upper_alnum(rng, 5)}; run duration 42 min; next calibration in 7 days.")
    b.line(f"Tech id {digits(rng, 5)}; instrument firmware {version(rng)}; checksum {sha(rng, 16)}.")



# ---------------------------------------------------------------- 37
def d_fafsa_verification_worksheet(rng, b):
    st = person(rng, country="US")
    par = person(rng, origin=st.origin)
    while par.given == st.given:
        par = person(rng, origin=st.origin)
    par.sur = st.sur
    par2 = person(rng, country="US")
    a = address(rng, "US")
    coll = pick(rng, ["Ridgeview Community College", "State University — Office of Financial Aid", "Lakeshore Technical College"])
    yr = rng.randint(2024, 2026)
    b.line(f"{coll}")
    b.line(f"{yr}-{yr + 1 - 2000} VERIFICATION WORKSHEET — DEPENDENT STUDENT (V1)")
    b.line("Return by: ", (fdate(rng, rdate(rng, yr - 1, yr - 1), "us_long"), DT), " to avoid cancellation of your aid offer.")
    b.line()
    b.line("A. STUDENT")
    b.line("Last name: ", (st.sur, P), "   First: ", (st.given, P), "   M.I.: ", st.mi or "")
    b.line("Student ID: ", f"{digits(rng, 8)}", "   SSN: ", (ssn(rng), SSN), "   Date of birth: ", (fdate(rng, rdob(rng, 17, 23), "us"), DOB))
    b.line("Address: ", (a.one(), ADDR))
    b.line("Email: ", (st.email(rng), EM), "   Phone: ", (phone(rng, "US"), PH))
    b.line()
    b.line("B. PARENT(S)")
    b.line("Parent 1: ", (par.full, P), "   SSN: ", (ssn(rng), SSN), "   DOB: ", (fdate(rng, rdob(rng, 38, 62), "us"), DOB))
    if chance(rng, 0.6):
        b.line("Parent 2: ", (par2.full, P), "   SSN: ", pick(rng, [(ssn(rng), SSN), ("XXX-XX-" + digits(rng, 4), None)]),
               "   DOB: ", (fdate(rng, rdob(rng, 38, 62), "us"), DOB))
    b.line("Parent phone: ", (phone(rng, "US"), PH))
    b.line()
    b.line("C. HOUSEHOLD (list everyone in the parents' household)")
    b.line("Full name                 Age  Relationship   College    Enrolled ≥ half time")
    for rel in ["Self", "Parent", "Sibling", "Sibling"][:rng.randint(2, 4)]:
        hp = st if rel == "Self" else par if rel == "Parent" else person(rng, origin=st.origin)
        if rel == "Sibling":
            while hp.given in (st.given, par.given):
                hp = person(rng, origin=st.origin)
            hp.sur = st.sur
        nm = hp.full
        b.line((nm, P), " " * max(1, 26 - len(nm)), f"{rng.randint(8, 60):<5}{rel:<15}",
               pick(rng, ["—          ", coll[:10] + " "]), pick(rng, ["Yes", "No"]))
    b.line()
    b.line("D. TAX INFORMATION — IRS Data Retrieval used: ", pick(rng, ["Yes", "No — transcript attached"]))
    b.line(f"AGI: ${rng.randint(18, 180) * 1000:,}   Income tax paid: ${rng.randint(0, 20) * 1000:,}   Untaxed IRA distributions: $0")
    b.line(f"Tax transcript DLN {nonluhn(digits(rng, 14))} (control number — do not enter as SSN)")
    b.line()
    b.line("Signatures: ", (st.full, P), " / ", (par.full, P), "   Date signed: ", (fdate(rng, rdate(rng, yr - 1, yr - 1), "us"), DT))
    b.line("Questions: finaid office ", (phone(rng, "US", "tollfree"), PH), " or ", (f"https://{pick(rng, ['ridgeview', 'stateu', 'lakeshoretech'])}.edu/finaid/verification", URL))


# ---------------------------------------------------------------- 38
def d_museum_membership_renewal(rng, b):
    cc = pick(rng, ["US", "US", "UK", "CA", "AU"])
    m1 = person(rng, country=cc)
    m2 = person(rng, country=cc)
    a = address(rng, cc)
    mus = pick(rng, ["Museum of Natural Wonders", "Riverside Art Collective", "Harborfront Science Center", "Gallery of Modern Craft"])
    exp = rdate(rng, 2025, 2026)
    b.line(f"{mus.upper()} — MEMBERSHIP RENEWAL FORM")
    b.line("Member #: ", f"M{digits(rng, 7)}", "   Level: ", pick(rng, ["Family", "Dual", "Patron", "Individual"]),
           "   Current expiry: ", (fdate(rng, exp, pick(rng, ["us", "uk", "iso"])), DT))
    b.line()
    b.line("Primary member: ", (pick(rng, [m1.full, m1.last_first(), m1.full.upper()]), P))
    b.line("Second adult: ", pick(rng, [(m2.full, P), ("—", None)]))
    if chance(rng, 0.5):
        kids = [person(rng, origin=m1.origin) for _ in range(rng.randint(1, 3))]
        b("Children (under 18): ")
        for k, kd in enumerate(kids):
            b(", " if k else "", (kd.given, P), f" ({rng.randint(2, 17)})")
        b("\n")
    b.line("Mailing address: ", (a.one(), ADDR))
    b.line("Email: ", (m1.email(rng), EM), "   Phone: ", (phone(rng, cc), PH))
    b.line()
    b.line("PAYMENT")
    b.line("Amount: ", amount(rng, "$" if cc != "UK" else "£", 60, 600), "   Gift Aid: ", pick(rng, ["yes", "no", "n/a"]))
    if chance(rng, 0.8):
        b.line("Card number: ", (card(rng), CC), "   Exp: **/**   CVV: ***")
        b.line("Name on card: ", (m1.full.upper(), P))
    else:
        b.line("Check #", digits(rng, 4), " enclosed (payable to ", mus, ")")
    b.line("Billing ZIP/postcode: ", a.postcode)
    b.line()
    b.line("Preferences: members' preview of ", pick(rng, ["\"Ocean Giants\"", "\"Light & Shadow\"", "\"Dinosaurs After Dark\""]), " on ",
           (fdatetime(rng, exp - _dt.timedelta(days=rng.randint(10, 60))), DT), " — RSVP ", pick(rng, ["yes", "maybe"]))
    b.line("Gift membership for: ", pick(rng, [("n/a", None), (person(rng, country=cc).full, P)]))
    b.line("Processed by: ", (person(rng, country=cc).given, P), " (front desk, terminal ", f"T{rng.randint(1, 9)}", ")  batch ", digits(rng, 6))


# ==== DRIVER ==============================================================
def _registry():
    g = globals()
    pos = sorted(k[2:] for k in g if k.startswith("d_") and callable(g[k]))
    neg = sorted(k[2:] for k in g if k.startswith("n_") and callable(g[k]))
    return pos, neg


NEG_RATE = 0.10


def make_doc(seed, i):
    rng = random.Random(f"{seed}-{i}")
    pos, neg = _registry()
    if neg and rng.random() < NEG_RATE:
        name = pick(rng, neg)
        fn = globals()["n_" + name]
        domain = "negative/" + name
    else:
        name = pick(rng, pos)
        fn = globals()["d_" + name]
        domain = name
    b = B()
    fn(rng, b)
    text = b.text
    ents = b.ents
    # trim trailing whitespace of document (entities never touch it)
    stripped = text.rstrip()
    if len(stripped) != len(text):
        text = stripped
        ents = [e for e in ents if e["end"] <= len(text)]
    return {"id": f"blind22-{seed}-{i:06d}", "domain": domain, "text": text, "entities": ents}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# --------------------------------------------------------------------------
# validation / CLI
# --------------------------------------------------------------------------
def validate_doc(doc):
    errs = []
    text = doc["text"]
    last_end = -1
    for e in sorted(doc["entities"], key=lambda e: (e["start"], e["end"])):
        s, t, ty = e["start"], e["end"], e["type"]
        if ty not in TYPES:
            errs.append(f"bad type {ty}")
        if not (0 <= s < t <= len(text)):
            errs.append(f"span out of range {s}-{t}")
            continue
        span = text[s:t]
        if span != span.strip():
            errs.append(f"whitespace at span edge {span!r}")
        if s < last_end:
            errs.append(f"overlap at {s}")
        last_end = max(last_end, t)
        if ty != PK and span[-1] in ".,;:" and not (ty == PW and False):
            errs.append(f"trailing punctuation {ty} {span!r}")
        if ty not in (PW, SEC, ASK) and (span[0] in "\"'`" or span[-1] in "\"'`"):
            errs.append(f"quote edge {ty} {span!r}")
        for o, c in ("()", "[]", "{}", "<>"):
            if (span[0] == o and c not in span) or (span[-1] == c and o not in span):
                if ty not in (PW, SEC, ASK):
                    errs.append(f"unbalanced bracket edge {ty} {span!r}")
        if ty == CC and not luhn_ok(span):
            errs.append(f"luhn fail {span!r}")
        if ty == IBAN and not iban_ok(span):
            errs.append(f"iban fail {span!r}")
        if ty == SSN and not ssn_ok(span):
            errs.append(f"ssn fail {span!r}")
        if ty == AWS_SECRET_KEY_T and len(span) != 40:
            errs.append(f"aws secret len {span!r}")
        if ty == PK and not (span.startswith("-----BEGIN") and span.endswith("-----")):
            errs.append("pem edges")
        if ty == URL and not span.startswith(("http://", "https://")):
            errs.append(f"url scheme {span!r}")
        if ty == URL and ("@" in span or re.search(r"//\d+\.\d+\.\d+\.\d+", span)):
            errs.append(f"url with ip/email {span!r}")
        if ty == EM and "@" not in span:
            errs.append(f"email {span!r}")
    if not doc["domain"].startswith("negative/") and not doc["entities"]:
        errs.append("positive doc without entities")
    if doc["domain"].startswith("negative/") and doc["entities"]:
        errs.append("negative doc with entities")
    return errs


AWS_SECRET_KEY_T = ASK


def _digest(docs):
    h = hashlib.sha256()
    for d in docs:
        h.update(json.dumps(d, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


def run_check(n=2000, seed=0):
    t0 = time.time()
    docs = list(generate(n, seed))
    t1 = time.time()
    docs2 = list(generate(n, seed))
    det = _digest(docs) == _digest(docs2)
    bad = 0
    type_counts = collections.Counter()
    dom_counts = collections.Counter()
    lens = []
    short, long_ = 0, 0
    for d in docs:
        errs = validate_doc(d)
        if errs:
            bad += 1
            if bad <= 15:
                print(f"[{d['id']} {d['domain']}]", "; ".join(errs[:4]))
        for e in d["entities"]:
            type_counts[e["type"]] += 1
        dom_counts[d["domain"]] += 1
        lens.append(len(d["text"]))
        if len(d["text"]) < 300:
            short += 1
        if len(d["text"]) > 2500:
            long_ += 1
    print(f"docs={n} seed={seed} gen_time={t1 - t0:.2f}s deterministic={det} invalid_docs={bad}")
    lens.sort()
    print(f"length: min={lens[0]} median={lens[len(lens) // 2]} max={lens[-1]}  <300: {short}  >2500: {long_}")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:24s} {type_counts.get(t, 0)}")
    print(f"\nper-domain counts ({len(dom_counts)} domains):")
    for k, v in sorted(dom_counts.items()):
        print(f"  {k:40s} {v}")
    missing = [t for t in TYPES if not type_counts.get(t)]
    if missing:
        print("types never produced:", missing)
    ok = det and bad == 0
    print("\nCHECK", "OK" if ok else "FAILED")
    return ok


def render_sample(doc):
    text = doc["text"]
    out = []
    pos = 0
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        out.append(text[pos:e["start"]])
        out.append(f"[[{e['type']}: {text[e['start']:e['end']]}]]")
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
    ap.add_argument("--domain", help="(sample) only show this domain")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if run_check(2000, a.seed) else 1
    if a.sample:
        shown = 0
        i = 0
        while shown < a.sample and i < 100000:
            d = make_doc(a.seed, i)
            i += 1
            if a.domain and a.domain not in d["domain"]:
                continue
            shown += 1
            print(f"===== {d['id']}  domain={d['domain']}  chars={len(d['text'])}  entities={len(d['entities'])}")
            print(render_sample(d))
            print()
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
