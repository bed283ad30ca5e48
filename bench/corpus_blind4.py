"""Blind synthetic labeled corpus for evaluating a PII / PHI / secret detector (blind4).

API
---
``generate(n, seed=0)`` yields ``n`` dicts ``{"id": str, "domain": str, "text": str,
"entities": [{"start": int, "end": int, "type": str}, ...]}``.  Document ``i`` is built
from its own ``random.Random(f"{seed}-{i}")``.  Domains are assigned round-robin (equal
shares); about 15% of documents are negatives with no entities, only hard negatives.
Offsets are half-open character offsets into ``text``; entities are sorted and
non-overlapping and ``text[start:end]`` is exactly the labeled value.  Every document is
self-checked (span bounds and order, value validity such as Luhn / mod-97 / SSN rules,
and a scan that every URL, e-mail, IPv4, SSN-, card- and secret-shaped string is labeled
unless it is a deliberate hard negative).  ``ENTITY_TYPES`` and ``DOMAINS`` are exported.

CLI: ``python3.11 corpus_blind4.py --n 1000 --seed 0 --output out.jsonl`` (``--output -``
writes JSONL to stdout); a JSON summary is printed to stderr.

Domains: home_health_agency, mortgage_lending, rideshare_support, public_library,
blood_bank, cybersecurity_soc, nonprofit_grants, sports_club_membership.  Styles: chat
transcripts, e-mails, web forms, application logs, CSV/TSV rows, JSON payloads, markdown
tables, YAML/.env config, key: value forms, LLM prompts and agent tool calls, call-center
transcripts, scanned-form text and SMS threads (50 templates in total).

Labeling conventions
--------------------
* PERSON: the name only, never titles or roles.  Full name = one span, lone given name or
  surname = own span, "Surname, Given" = one span, separate first/last fields = separate
  spans.  Brand / product / venue / organisation names containing names are not labeled.
* LOCATION: standalone city / region / country; "City, Country" and "City, ST" are one
  span.  ADDRESS: one span for a full street address (street line through postal code,
  line break included for two-line blocks); its city is part of the ADDRESS.
* DATE_OF_BIRTH: the date in a birth context.  DATE_TIME: human-written dates / times of
  appointments, events and due dates (one span).  Machine timestamps (ISO-8601 with "T",
  epoch seconds, log-line stamps, chat clock stamps) and relative expressions are not.
* PHONE_NUMBER: US (real area codes, exchange 2xx-9xx) and E.164-style international.
* US_SSN: area 001-899 except 666, group 01-99, serial 0001-9999.  CREDIT_CARD:
  Luhn-valid Visa / Mastercard / Amex / Discover incl. separators.  IBAN_CODE: mod-97
  valid, compact or grouped in fours.  IP_ADDRESS: every IPv4 / IPv6.  URL: every http(s).
* MEDICAL_RECORD_NUMBER, HEALTH_PLAN_NUMBER, ACCOUNT_NUMBER (bank, loan, utility,
  brokerage, customer), DRIVER_LICENSE: identifier only.  Group, invoice, order, ticket,
  booking, case, claim, library card, member, employee ids, lot / batch numbers: not.
* Secrets: AWS_ACCESS_KEY, AWS_SECRET_KEY, GITHUB_TOKEN, SLACK_TOKEN, STRIPE_KEY, JWT,
  PRIVATE_KEY (whole PEM block), PASSWORD (value only), GENERIC_SECRET (high-entropy value
  after an api-key / secret / token key).  Placeholders, masked values, documentation
  example keys and low-entropy config values are not labeled.
* Hard negatives (never labeled): machine timestamps, UUIDs, commit SHAs, versions,
  order / ticket / invoice numbers, Luhn-invalid card-like numbers, invalid SSN-shaped
  numbers, name-like brands, relative times, amounts, percentages, HTTP status codes,
  tracking numbers, ISBNs, hashes, CVE ids, MAC addresses, placeholders.
"""

from __future__ import annotations

import argparse
import base64
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["DOMAINS", "ENTITY_TYPES", "generate", "main"]

ENTITY_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
)
DOMAINS = (
    "home_health_agency", "mortgage_lending", "rideshare_support", "public_library",
    "blood_bank", "cybersecurity_soc", "nonprofit_grants", "sports_club_membership",
)
NEGATIVE_RATE = 0.15

Rng = random.Random
Ent = tuple[str, str]
_PH = re.compile(r"\{([a-z][a-z0-9_]*)\}")

class _Builder:
    """Appends text segments and records an entity span for every labeled segment."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._ents: list[dict[str, Any]] = []
        self._pos = 0

    def add(self, text: str) -> None:
        self._parts.append(text)
        self._pos += len(text)

    def ent(self, etype: str, value: str) -> None:
        if etype not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {etype!r}")
        start = self._pos
        self.add(value)
        self._ents.append({"start": start, "end": self._pos, "type": etype})

    def put(self, item: Any) -> None:
        """Append a plain string, an ``(type, value)`` entity or a list of those."""
        if isinstance(item, tuple):
            self.ent(item[0], item[1])
        elif isinstance(item, list):
            for sub in item:
                self.put(sub)
        else:
            self.add(str(item))

    def f(self, template: str, **vals: Any) -> None:
        """Append ``template`` with each ``{key}`` replaced through :meth:`put`."""
        pos = 0
        for m in _PH.finditer(template):
            self.add(template[pos:m.start()])
            self.put(vals[m.group(1)])
            pos = m.end()
        self.add(template[pos:])

    def build(self) -> tuple[str, list[dict[str, Any]]]:
        return "".join(self._parts), [dict(e) for e in self._ents]

def _split(s: str) -> tuple[str, ...]:
    return tuple(s.split("|"))

def _rs(rng: Rng, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))

_D, _UP, _HEX = string.digits, string.ascii_uppercase, "0123456789abcdef"
_AN = string.ascii_letters + string.digits

def _pat(rng: Rng, pattern: str) -> str:
    """Fill a pattern: ``#`` digit, ``@`` A-Z, ``*`` A-Z0-9, ``%`` hex, ``&`` HEX, ``!`` 89ab."""
    pools = {"#": _D, "@": _UP, "*": _UP + _D, "%": _HEX, "&": _HEX.upper(), "!": "89ab"}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in pattern)

# ------------------------------------------------------------------------------- people
_CULTURES = {
    "en": ("James|Emily|Michael|Sarah|Robert|Hannah|Connor|Madison|Tyler|Grace|Dorothy|Walter",
           "Thompson|Walker|Bennett|Harris|Mitchell|Sullivan|Brooks|Hughes|Foster|Whitaker"),
    "es": ("María|José|Alejandro|Lucía|Camila|Diego|Valentina|Joaquín|Ximena|Guadalupe",
           "García|Rodríguez|Hernández|López|de la Cruz|Ramírez|Vásquez|Castillo|de la Fuente"),
    "zh": ("Wei|Xiaoming|Li Na|Jun|Mei|Hao|Yuxin|Zhiwei|Lan|Jie",
           "Chen|Wang|Zhang|Liu|Huang|Zhou|Xu|Lin|Guo|Tang"),
    "ja": ("Haruto|Yui|Sota|Aoi|Takeshi|Yuki|Kenji|Sakura|Ren|Hina",
           "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Yamamoto|Nakamura|Kobayashi|Inoue"),
    "ko": ("Min-jun|Seo-yeon|Ji-ho|Ha-eun|Joon|Soo-ah|Dong-hyun|Eun-ji",
           "Kim|Lee|Park|Choi|Jung|Kang|Yoon|Han"),
    "in": ("Priya|Arjun|Ananya|Rohan|Lakshmi|Vikram|Deepika|Sanjay|Kavya|Aarav",
           "Sharma|Patel|Natarajan|Reddy|Iyer|Gupta|Chatterjee|Menon|Desai|Krishnamurthy"),
    "ar": ("Omar|Fatima|Yousef|Layla|Khalid|Noor|Hassan|Amira|Tariq|Salma",
           "al-Rashid|Haddad|bin Salman|Nasser|al-Farsi|Khoury|Mansour|El-Amin|Saleh|Abboud"),
    "ng": ("Chinedu|Ngozi|Oluwaseun|Adaeze|Emeka|Funmilayo|Tunde|Chiamaka|Ifeanyi|Yetunde",
           "Okafor|Adeyemi|Nwosu|Balogun|Eze|Okonkwo|Adebayo|Obi|Ogunleye|Uchenna"),
    "vi": ("Minh|Linh|Tuan|Thao|Duc|Huong|Quang|Mai", "Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui"),
    "sl": ("Dmitri|Anastasia|Olena|Piotr|Katarzyna|Ivan|Svetlana|Mikhail|Zofia|Bogdan",
           "Ivanov|Kowalski|Petrova|Shevchenko|Nowak|Volkov|Wiśniewska|Novak|Horvat"),
    "nl": ("Lukas|Johanna|Sven|Femke|Matthias|Ingrid|Jan|Annelies|Bram|Greta",
           "van der Berg|Müller|de Vries|Schneider|van Dijk|Fischer|Jansen|Vogel|Lindqvist"),
    "fr": ("Camille|Étienne|Giulia|Luca|Margaux|Matteo|Chiara|Théo",
           "Dubois|Lefèvre|Rossi|Bianchi|Moreau|Esposito|de Villiers|Fontaine"),
    "tr": ("Emre|Zeynep|Mehmet|Elif|Dariush|Shirin|Reza|Parisa",
           "Yildiz|Demir|Öztürk|Kaya|Hosseini|Tehrani|Karimi|Rahimi"),
    "ea": ("Wanjiru|Kofi|Amara|Abebe|Zawadi|Baraka|Makena|Tesfaye",
           "Mwangi|Otieno|Kiptoo|Mensah|Haile|Achieng|Asante|Wekesa"),
    "ph": ("Mark Anthony|Maricel|Jericho|Rowena|Paolo|Jasmine",
           "Santos|Reyes|dela Cruz|Bautista|Villanueva|Mendoza"),
    "br": ("João|Ana Clara|Thiago|Beatriz|Rafaela|Gustavo",
           "Silva|Oliveira|dos Santos|Souza|Pereira|Carvalho"),
    "ie": ("Siobhan|Niamh|Ciarán|Aoife|Declan|Eilidh|Fergus",
           "O'Brien|McAllister|Fitzgerald|MacLeod|O'Sullivan|Gallagher"),
    "my": ("Ahmad|Nurul|Farah|Hafiz|Siti|Azlan",
           "bin Abdullah|binti Ismail|bin Yusof|Rahman|Ibrahim|bin Hashim"),
}
_NAMES = {k: (_split(a), _split(b)) for k, (a, b) in _CULTURES.items()}
_CULTURE_KEYS = tuple(_NAMES)

@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    mi: str

def _person(rng: Rng) -> _Person:
    firsts, lasts = _NAMES[rng.choice(_CULTURE_KEYS)]
    last = rng.choice(lasts)
    if rng.random() < 0.1 and " " not in last:
        other = rng.choice(_NAMES[rng.choice(_CULTURE_KEYS)][1])
        if " " not in other and other != last:
            last = f"{last}-{other}"
    return _Person(rng.choice(firsts), last, rng.choice("ABCDEFGHJKLMNPRSTW"))

def _nm(rng: Rng, p: _Person, *styles: str) -> Ent:
    """PERSON entity; styles full/mi/lf/first/last, UPPER variants, low and lowf."""
    style = rng.choice(styles or ("full", "full", "full", "mi", "lf"))
    forms = {"full": f"{p.first} {p.last}", "mi": f"{p.first} {p.mi}. {p.last}",
             "lf": f"{p.last}, {p.first}", "first": p.first, "last": p.last,
             "low": f"{p.first} {p.last}".lower(), "lowf": p.first.lower()}
    value = forms[style.lower()]
    return ("PERSON", value.upper() if style.isupper() else value)

_MAIL_HOSTS = _split("gmail.com|outlook.com|yahoo.com|icloud.com|proton.me|hotmail.co.uk|"
                     "gmx.de|yahoo.co.jp|rediffmail.com|web.de|live.ca|fastmail.com")

def _email(rng: Rng, p: _Person | None = None, host: str | None = None) -> Ent:
    p = p or _person(rng)
    f, la = (re.sub(r"[^a-z0-9-]", "", unicodedata.normalize("NFKD", x).encode("ascii", "ignore")
                    .decode().lower()) for x in (p.first, p.last))
    local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[:3]}{rng.randint(1, 99)}",
                        f"{la}.{f}", f"{f}_{la}", f"{f}{rng.randint(70, 2005)}"])
    return ("EMAIL_ADDRESS", f"{local}@{host or rng.choice(_MAIL_HOSTS)}")

# ------------------------------------------------------------------------------- places
_CITIES = tuple(tuple(x.split(",")) for x in _split(
    "Lagos,Nigeria|Nairobi,Kenya|São Paulo,Brazil|Mumbai,India|Osaka,Japan|Toronto,Canada|"
    "Lyon,France|Hamburg,Germany|Manila,Philippines|Cairo,Egypt|Lima,Peru|Kraków,Poland|"
    "Seoul,South Korea|Hanoi,Vietnam|Melbourne,Australia|Istanbul,Turkey|Accra,Ghana|"
    "Bogotá,Colombia|Dublin,Ireland|Rotterdam,Netherlands|Dubai,United Arab Emirates|"
    "Guadalajara,Mexico|Cape Town,South Africa|Reykjavik,Iceland|Auckland,New Zealand|"
    "Karachi,Pakistan|Dhaka,Bangladesh|Addis Ababa,Ethiopia|Chiang Mai,Thailand|"
    "Kuala Lumpur,Malaysia|Valparaíso,Chile|Tbilisi,Georgia|Gdańsk,Poland|Porto,Portugal"))
_US_CITIES = tuple(tuple(x.split(",")) for x in _split(
    "Tucson,AZ|Dayton,OH|Boise,ID|Albuquerque,NM|Raleigh,NC|Spokane,WA|Omaha,NE|Savannah,GA|"
    "Fresno,CA|Tulsa,OK|Des Moines,IA|Providence,RI|Anchorage,AK|Baton Rouge,LA|Milwaukee,WI|"
    "El Paso,TX|Pittsburgh,PA|Honolulu,HI|Burlington,VT|Chattanooga,TN|Eugene,OR|Lansing,MI"))
_REGIONS = _split("Bavaria|Ontario|Kerala|Patagonia|Catalonia|Queensland|Tuscany|Yucatán|"
                  "Punjab|Andalusia|Hokkaido|Lombardy|Quebec|Sichuan|Anatolia|Cornwall|"
                  "Oregon|New Mexico|Alberta|Mindanao")

def _loc(rng: Rng, *styles: str) -> Ent:
    style = rng.choice(styles or ("city", "cc", "cc", "us", "region", "country"))
    city, country = rng.choice(_CITIES)
    value = {"city": city, "cc": f"{city}, {country}", "us": ", ".join(rng.choice(_US_CITIES)),
             "uscity": rng.choice(_US_CITIES)[0], "region": rng.choice(_REGIONS),
             "country": country}[style]
    return ("LOCATION", value)

_US_STREETS = _split("Maple Ave|Oak Street|Cedar Ln|Martin Luther King Jr Blvd|Washington St|"
                     "Elm Drive|Pine Ridge Rd|Harriet Tubman Way|Lakeview Terrace|"
                     "Cesar Chavez Ave|Magnolia Ct|Juniper Hollow Rd|Sequoia Pkwy|Calle Ocho")
_INTL_ADDR = tuple(tuple(x.split(";")) for x in _split(
    "{n} Albion Road;Leeds LS6 1AB;United Kingdom|Flat {u}, {n} Kingsland High Street;"
    "London E8 2PB;UK|Lindenstraße {n};50667 Köln;Germany|Schillerstraße {n};80336 München;"
    "Germany|{n} rue des Lilas;69003 Lyon;France|{n} Queen St W, Unit {u};Toronto, ON M5V 2A8;"
    "Canada|Flat {u}B, {n} MG Road;Bengaluru 560001;India|{n} Brunswick St;Fitzroy VIC 3065;"
    "Australia|Keizersgracht {n};1015 CJ Amsterdam;Netherlands|Rua Augusta, {n};São Paulo - "
    "SP, 01304-001;Brazil|{u}-{n}-7 Jingumae, Shibuya-ku;Tokyo 150-0001;Japan|Av. Insurgentes "
    "Sur {n}, Col. Del Valle;03100 Ciudad de México, CDMX;Mexico|Plot {n}, Ngong Road;Nairobi "
    "00100;Kenya|{n} Adeola Odeku Street, Victoria Island;Lagos 101241;Nigeria|ul. Długa {n}/"
    "{u};80-831 Gdańsk;Poland|Calle de Alcalá {n}, {u}º;28014 Madrid;Spain"))

def _address(rng: Rng, two_line: bool | None = None, us: bool | None = None) -> Ent:
    two = rng.random() < 0.3 if two_line is None else two_line
    is_us = rng.random() < 0.6 if us is None else us
    if is_us:
        unit = rng.choice(["", "", "", f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
                           f" Unit {rng.randint(100, 999)}", f", Suite {rng.randint(1, 9)}00"])
        line1 = f"{rng.randint(12, 9899)} {rng.choice(_US_STREETS)}{unit}"
        city, st = rng.choice(_US_CITIES)
        zip4 = f"-{rng.randint(1000, 9999)}" if rng.random() < 0.2 else ""
        line2, country = f"{city}, {st} {rng.randint(10000, 99950)}{zip4}", ""
    else:
        l1, line2, cname = rng.choice(_INTL_ADDR)
        line1 = l1.replace("{n}", str(rng.randint(2, 240))).replace("{u}", str(rng.randint(1, 9)))
        country = f", {cname}" if rng.random() < 0.4 else ""
    return ("ADDRESS", f"{line1}{chr(10) if two else ', '}{line2}{country}")

# -------------------------------------------------------------------------------- dates
_MONTHS = _split("January|February|March|April|May|June|July|August|September|October|"
                 "November|December")
_WD = _split("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_REL_PAST = _split("yesterday|3 days ago|last week|an hour ago|this morning|earlier this week|"
                   "two days ago|last night")
_REL_FUT = _split("tomorrow|in 2 hours|later today|within 48 hours|next month|"
                  "in 5-7 business days|two weeks from now|by end of day")

def _date(rng: Rng, y0: int, y1: int) -> _dt.date:
    return _dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))

def _fmt_date(rng: Rng, d: _dt.date, style: str | None = None) -> str:
    style = style or rng.choice(["us", "us", "long", "eu", "abbr", "dots", "ord", "usn"])
    mon = _MONTHS[d.month - 1]
    suf = "th" if 10 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "usn": f"{d.month}/{d.day}/{d.year}",
        "long": f"{mon} {d.day}, {d.year}", "eu": f"{d.day} {mon} {d.year}",
        "abbr": f"{d.day} {mon[:3]} {d.year}", "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "ord": f"{mon} {d.day}{suf}, {d.year}", "iso": d.isoformat(),
        "caps": f"{d.day:02d}-{mon[:3].upper()}-{d.year}",
    }[style]

def _dob(rng: Rng, y0: int = 1936, y1: int = 2004, style: str | None = None) -> Ent:
    return ("DATE_OF_BIRTH", _fmt_date(rng, _date(rng, y0, y1), style))

def _clock(rng: Rng, style: str | None = None) -> str:
    h, m = rng.randint(7, 19), rng.choice([0, 0, 0, 15, 30, 30, 45, 10, 40])
    h12, ap = (h - 1) % 12 + 1, "AM" if h < 12 else "PM"
    style = style or rng.choice(["ampm", "ampm", "short", "24", "dots"])
    if style == "short":
        return f"{h12}{ap.lower()}" if m == 0 else f"{h12}:{m:02d}{ap.lower()}"
    if style == "24":
        return f"{h:02d}:{m:02d}"
    return f"{h12}:{m:02d} {ap[0].lower()}.m." if style == "dots" else f"{h12}:{m:02d} {ap}"

def _when(rng: Rng, style: str | None = None) -> Ent:
    """DATE_TIME entity for an appointment / event / due date."""
    d = _date(rng, 2024, 2026)
    mon, wd = _MONTHS[d.month - 1], _WD[d.weekday()]
    style = style or rng.choice(["date", "date", "dt", "wd", "wds", "md", "dt24"])
    value = {
        "date": lambda: _fmt_date(rng, d, rng.choice(["us", "long", "eu", "abbr", "dots", "ord"])),
        "dt": lambda: f"{_fmt_date(rng, d, rng.choice(['us', 'long', 'abbr']))} at {_clock(rng)}",
        "wd": lambda: f"{wd}, {mon} {d.day} at {_clock(rng)}",
        "wds": lambda: f"{wd[:3]} {d.month}/{d.day} {_clock(rng)}",
        "md": lambda: f"{mon[:3]} {d.day}, {_clock(rng)}",
        "dt24": lambda: f"{_fmt_date(rng, d, 'dots')} {_clock(rng, '24')}",
        "time": lambda: _clock(rng), "iso": d.isoformat, "wday": lambda: f"{wd}, {mon} {d.day}",
        "us": lambda: _fmt_date(rng, d, "us"),
    }[style]()
    return ("DATE_TIME", value)

def _iso_ts(rng: Rng) -> str:
    t = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    tail = rng.choice(["Z", f".{rng.randint(0, 999):03d}Z", "+00:00", "-05:00", "+05:30"])
    return f"{_date(rng, 2024, 2026).isoformat()}T{t}{tail}"

class _Clock:
    """Monotonic log-line / chat clock stamps (never labeled)."""

    def __init__(self, rng: Rng) -> None:
        self.rng = rng
        d = _date(rng, 2024, 2026)
        self.t = _dt.datetime(d.year, d.month, d.day, rng.randint(0, 20), rng.randint(0, 59))

    def tick(self, lo: int = 1, hi: int = 240) -> _dt.datetime:
        self.t += _dt.timedelta(seconds=self.rng.randint(lo, hi))
        return self.t

    def log(self) -> str:
        return f"{self.tick():%Y-%m-%d %H:%M:%S}.{self.rng.randint(0, 999):03d}"

    def chat(self) -> str:
        return f"{self.tick(20, 300):%H:%M}"

# -------------------------------------------------------------------- numbers and ids
_AREAS = _split("201|202|206|212|213|214|215|303|305|312|313|404|415|480|503|505|512|602|"
                "612|615|617|702|713|718|720|808|907|919|971|414")
_INTL_PHONES = _split(
    "+44 7### ######|+44 20 7### ####|+49 30 ########|+49 151 ########|+33 6 ## ## ## ##|"
    "+91 9#### #####|+81 90 #### ####|+61 4## ### ###|+55 11 9#### ####|+52 55 #### ####|"
    "+234 803 ### ####|+34 6## ### ###|+31 6 #### ####|+63 917 ### ####|+254 712 ### ###|"
    "+27 82 ### ####|+82 10 #### ####|+39 3## ### ####|+20 10 #### ####|+971 50 ### ####|"
    "+353 87 ### ####|+48 5## ### ###|+90 5## ### ## ##|+86 13# #### ####")

def _phone(rng: Rng, us: float = 0.65) -> Ent:
    """US number with probability ``us``, else an international E.164-style number."""
    if rng.random() >= us:
        return ("PHONE_NUMBER", _pat(rng, rng.choice(_INTL_PHONES)))
    area, exch = rng.choice(_AREAS), "555"
    while exch == "555" or exch[1:] == "11":
        exch = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    line = f"{rng.randint(0, 9999):04d}"
    return ("PHONE_NUMBER", rng.choice([
        f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"{area}.{exch}.{line}",
        f"+1 {area} {exch} {line}", f"+1 ({area}) {exch}-{line}", f"1-{area}-{exch}-{line}"]))

def _ssn_ok(v: str) -> bool:
    d = v.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    return 1 <= int(d[:3]) <= 899 and d[:3] != "666" and d[3:5] != "00" and d[5:] != "0000"

def _ssn(rng: Rng, compact: bool = False) -> Ent:
    area = rng.choice([x for x in range(1, 900) if x != 666])
    v = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return ("US_SSN", v.replace("-", "") if compact else v)

def _bad_ssn(rng: Rng) -> str:
    a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
    a, g, s = rng.choice([(rng.choice([0, 666, rng.randint(900, 999)]), g, s), (a, 0, s),
                          (a, g, 0), (666, g, s)])
    return f"{a:03d}-{g:02d}-{s:04d}"

def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0

def _card(rng: Rng, valid: bool = True) -> str:
    """Formatted card number; ``valid=False`` gives a Luhn-invalid look-alike."""
    body = rng.choice(["4" + _pat(rng, "#" * 14), "5" + rng.choice("12345") + _pat(rng, "#" * 13),
                       str(rng.randint(2221, 2720)) + _pat(rng, "#" * 11),
                       rng.choice(["34", "37"]) + _pat(rng, "#" * 12),
                       "6011" + _pat(rng, "#" * 11), "65" + _pat(rng, "#" * 13)])
    num = next(body + c for c in _D if _luhn_ok(body + c))
    if not valid:
        num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    sep = rng.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))

def _cc(rng: Rng) -> Ent:
    return ("CREDIT_CARD", _card(rng))

_IBAN_SPECS = dict(x.split(":") for x in _split(
    "DE:n18|GB:a4n14|FR:n23|ES:n20|IT:a1n22|NL:a4n10|BE:n12|CH:n17|AT:n16|PL:n24|PT:n21|"
    "IE:a4n14|SE:n20|NO:n11|DK:n14|FI:n14|SA:n20|AE:n19|TR:n22|BR:n23a1n1"))
_BANK_CODES = {"GB": _split("NWBK|BARC|HBUK|LOYD|MIDL"), "NL": _split("ABNA|RABO|INGB|TRIO"),
               "IE": _split("AIBK|BOFI|IPBS")}

def _iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    spec = _IBAN_SPECS.get(s[:2], "n999")
    if len(s) != 4 + sum(int(n) for n in re.findall(r"\d+", spec)):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1

def _iban(rng: Rng) -> Ent:
    cc = rng.choice(list(_IBAN_SPECS))
    bban = ""
    for kind, cnt in re.findall(r"([an])(\d+)", _IBAN_SPECS[cc]):
        if kind == "a" and cnt == "4" and cc in _BANK_CODES:
            bban += rng.choice(_BANK_CODES[cc])
        else:
            bban += _pat(rng, ("@" if kind == "a" else "#") * int(cnt))
    iban = f"{cc}{98 - int(''.join(str(int(c, 36)) for c in bban + cc + '00')) % 97:02d}{bban}"
    if rng.random() < 0.55:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return ("IBAN_CODE", iban)

def _ip(rng: Rng, v6: float = 0.2) -> Ent:
    """IPv4 (private or public-looking) or, with probability ``v6``, IPv6."""
    if rng.random() < v6:
        top = rng.choice([0x2001, 0x2600, 0x2A02, 0x2A01, 0x2804, 0x2406, 0xFE80])
        low = rng.getrandbits(16) if rng.random() < 0.4 else rng.getrandbits(64)
        mid = 0 if top == 0xFE80 else rng.getrandbits(48)
        addr = ipaddress.IPv6Address((top << 112) | (mid << 64) | low)
        return ("IP_ADDRESS", addr.exploded if rng.random() < 0.15 else str(addr))
    first = rng.choice(["10", "192.168", "23", "45", "52", "66", "81", "91", "103", "141",
                        "146", "185", "197", "203"])
    parts = [first] + [str(rng.randint(0, 255)) for _ in range(3 - first.count("."))]
    return ("IP_ADDRESS", ".".join([*parts[:-1], str(rng.randint(1, 254))]))

def _mrn(rng: Rng) -> Ent:
    pats = "########|@########|HH-#######|#######-##|###-###-###|MR#######"
    return ("MEDICAL_RECORD_NUMBER", _pat(rng, rng.choice(_split(pats))))

_MBI_L = "ACDEFGHJKMNPQRTUVWXY"
_HPN_KINDS = (("MBI", "MEDICARE PART A"), ("Medicaid ID", "MOLINA MEDICAID"),
              ("Subscriber ID", "AETNA BETTER HEALTH"), ("Policy #", "HUMANA GOLD PLUS"),
              ("Health plan no.", "KAISER PERMANENTE SENIOR ADV"))

def _hpn(rng: Rng) -> tuple[str, str, Ent]:
    """(context label, payer name, HEALTH_PLAN_NUMBER entity)."""
    k = rng.randrange(len(_HPN_KINDS))
    if k == 0:
        an, L = _MBI_L + _D, _MBI_L
        s = "".join(rng.choice(pool) for pool in (
            "123456789", L, an, _D, L, an, _D, L, L, _D, _D))
        v = f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.4 else s
    else:
        v = _pat(rng, ["", "##########", "@@@#########", "W#########", "@@########-0#"][k])
    return _HPN_KINDS[k][0], _HPN_KINDS[k][1], ("HEALTH_PLAN_NUMBER", v)

def _acct(rng: Rng, kind: str = "bank") -> Ent:
    pat = {"bank": "#" * rng.randint(8, 12), "loan": "##########", "util": "##-######-#",
           "broker": "***-######", "cust": rng.choice(["CA", "AC", "C"]) + "########"}[kind]
    return ("ACCOUNT_NUMBER", _pat(rng, pat))

_DL_PATS = tuple(tuple(x.split(":")) for x in _split(
    "California:@#######|New York:### ### ###|Florida:@###-###-##-###-#|Texas:########|"
    "Illinois:@###-####-####|Washington:WDL*********|New Jersey:@#### ##### #####|"
    "Great Britain:@@@@@######@@#@@|Ontario:@####-#####-#####"))

def _dl(rng: Rng) -> tuple[str, Ent]:
    """(issuing region, DRIVER_LICENSE entity)."""
    region, pat = rng.choice(_DL_PATS)
    return region, ("DRIVER_LICENSE", _pat(rng, pat))

# ------------------------------------------------------------------------------ secrets
def _tok(rng: Rng, kind: str) -> Ent:
    """Cloud / SaaS credential of ``kind``: aws, awss, gh, slack or stripe."""
    if kind == "aws":
        return ("AWS_ACCESS_KEY", rng.choice(["AKIA", "AKIA", "ASIA"]) + _pat(rng, "*" * 16))
    if kind == "awss":
        return ("AWS_SECRET_KEY", _rs(rng, _AN + "/+", 40))
    if kind == "gh":
        if rng.random() < 0.25:
            return ("GITHUB_TOKEN", f"github_pat_{_pat(rng, '*' * 22)}_{_rs(rng, _AN, 59)}")
        return ("GITHUB_TOKEN", rng.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + _rs(rng, _AN, 36))
    if kind == "slack":
        if rng.random() < 0.6:
            v = _pat(rng, "xoxb-############-#############-") + _rs(rng, _AN, 24)
        else:
            v = _pat(rng, "xoxp-############-############-#############-" + "%" * 32)
        return ("SLACK_TOKEN", v)
    pre = rng.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    body = rng.choice(["51" + _rs(rng, _AN, rng.choice([22, 32, 96])), _rs(rng, _AN, 24)])
    return ("STRIPE_KEY", pre + body)

def _b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def _jwt(rng: Rng) -> Ent:
    alg = rng.choice(["HS256", "HS256", "RS256", "ES256"])
    hdr: dict[str, Any] = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and rng.random() < 0.6:
        hdr["kid"] = _rs(rng, _HEX, 16)
    iat = rng.randint(1_700_000_000, 1_790_000_000)
    body: dict[str, Any] = {"sub": str(rng.randint(10_000, 99_999_999)), "iat": iat,
                            "exp": iat + rng.choice([900, 3600, 86400])}
    body[rng.choice(["role", "scope", "tenant"])] = rng.choice(["admin", "read:all", "t-4821"])
    sig = rng.randbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    parts = [json.dumps(x, separators=(",", ":")).encode() for x in (hdr, body)]
    return ("JWT", ".".join([*(_b64u(p) for p in parts), _b64u(sig)]))

def _pem(rng: Rng) -> Ent:
    kind = rng.randrange(5)
    if kind < 3:
        label = "PRIVATE KEY" if kind == 2 else "RSA PRIVATE KEY"
        pre, size = [("308204a40201000282010100", 1192), ("3082025c02010002818100", 608),
                     ("3082025c020100300d06092a864886f70d010101050004820246", 608)][kind]
        raw = bytes.fromhex(pre) + rng.randbytes(size - len(pre) // 2)
    elif kind == 3:
        label = "EC PRIVATE KEY"
        raw = (bytes.fromhex("30770201010420") + rng.randbytes(32)
               + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rng.randbytes(64))
    else:
        label = "OPENSSH PRIVATE KEY"
        raw = (b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none" * 2 + b"\x00\x00\x00\x00"
               + b"\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20"
               + rng.randbytes(32) + rng.randbytes(rng.randint(200, 260)))
    b64 = base64.b64encode(raw).decode()
    width = 70 if kind == 4 else 64
    body = "\n".join(b64[i:i + width] for i in range(0, len(b64), width))
    return ("PRIVATE_KEY", f"-----BEGIN {label}-----\n{body}\n-----END {label}-----")

_WORDS = _split("Marigold|tundra|Velvet|orbit|Saffron|harbor|Quartz|lantern|Cobalt|meadow|"
                "Falcon|pepper|Juniper|glacier|Nimbus|walnut|Ember|cactus")
_SYM = "!@$%^&*-_+=?"

def _password(rng: Rng) -> Ent:
    w1, w2, w3 = rng.sample(_WORDS, 3)
    v = rng.choice([
        f"{w1.capitalize()}{rng.choice(_SYM)}{rng.randint(10, 9999)}",
        rng.choice(_UP) + rng.choice("abcdefghjkmnpqrstuvwxyz") + rng.choice(_D)
        + rng.choice(_SYM) + _rs(rng, _AN + _SYM, rng.randint(8, 14)),
        f"{w1.lower()}-{w2.capitalize()}-{w3.lower()}-{rng.randint(10, 99)}",
        f"{w1.translate(str.maketrans('aeio', '@310'))}{rng.choice(_SYM)}{w2}{rng.randint(1, 99)}",
    ])
    return ("PASSWORD", v)

def _secret(rng: Rng) -> Ent:
    return ("GENERIC_SECRET", rng.choice([
        _rs(rng, _HEX, rng.choice([32, 40, 64])), _rs(rng, _AN, rng.randint(32, 48)),
        "key-" + _rs(rng, _HEX, 32), _rs(rng, _AN + "+/", 40) + "=",
        f"{_rs(rng, _AN, 8)}.{_rs(rng, _AN + '-_', 32)}"]))

# ----------------------------------------------------------------------- hard negatives
def _uuid(rng: Rng) -> str:
    return _pat(rng, "%%%%%%%%-%%%%-4%%%-!%%%-%%%%%%%%%%%%")

def _sha(rng: Rng, n: int = 40) -> str:
    return _pat(rng, "%" * n)

def _ver(rng: Rng) -> str:
    v = f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 19)}"
    return rng.choice([v, "v" + v, f"{v}-rc.{rng.randint(1, 4)}", f"{v}+b{rng.randint(1, 99)}"])

def _ref(rng: Rng, kind: str) -> str:
    """Order / ticket / lot / tracking references (never labeled)."""
    pats = {"order": "ORD-202#-######|A-######|INV-#####|PO #######",
            "ticket": "CS-#####|INC#######|SR-######|CASE-202#-####",
            "lot": "LOT 2#@####|L#######|BATCH @####",
            "track": "1Z******##########|9400 1### #### #### ####|############",
            "cve": "CVE-2019-####|CVE-202#-#####|CVE-202#-####",
            "mac": "&&:&&:&&:&&:&&:&&|&&-&&-&&-&&-&&-&&|%%:%%:%%:%%:%%:%%"}[kind]
    return _pat(rng, rng.choice(_split(pats)))

def _amount(rng: Rng, lo: float = 1, hi: float = 25_000, cur: str | None = None) -> str:
    return f"{cur or rng.choice(['$', '$', 'USD ', '€', '£'])}{rng.uniform(lo, hi):,.2f}"

def _pct(rng: Rng) -> str:
    return rng.choice([f"{rng.randint(0, 99)}.{rng.randint(0, 99):02d}%", f"{rng.randint(1, 99)}%"])

def _isbn(rng: Rng) -> str:
    s = "978" + _pat(rng, "#" * 9)
    s += str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s)) % 10) % 10)
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}" if rng.random() < 0.6 else s

_PLACEHOLDERS = _split("<YOUR_API_KEY>|your-api-key-here|${API_KEY}|REPLACE_ME|xxxxxxxxxxxxxxxx|"
                       "********|changeme|<redacted>|{{ vault.secret }}|TODO|sk_live_XXXXXXXXXXXX")
_DOC_AWS = ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
_BRANDS = _split("Johnson & Johnson|Ben & Jerry's|Dr Pepper|Wendy's|McDonald's|Tim Hortons|"
                 "Hilton Garden Inn|Marriott|Mercedes-Benz|Jenkins|Fannie Mae|Freddie Mac|"
                 "Stewart Title|Dell Latitude|Philips|Abbott|Walgreens|Trader Joe's|Macy's|"
                 "Tommy Hilfiger|Calvin Klein|Ray-Ban|Morgan Stanley|Charles Schwab|Ford Escape")

# --------------------------------------------------------------------------- domain vocab
_ORGS = {d: tuple(tuple(x.split("=")) for x in _split(s)) for d, s in (
    ("home_health_agency", "BrightPath Home Care=brightpathcare.com|Evergreen Visiting Nurses="
     "evergreenvna.org|St. Agnes Home Health=stagneshh.org|Carewell Partners at Home="
     "carewellhome.net"),
    ("mortgage_lending", "Keystone Harbor Mortgage=keystoneharbor.com|BlueOak Home Loans="
     "blueoakloans.com|Sterling & Hart Mortgage=sterlinghart.com|Meridian Ridge Lending="
     "meridianridge.com"),
    ("rideshare_support", "Zipride=zipride.app|HopCar=hopcar.io|Trellis Rides=trellisrides.com|"
     "Lumo Mobility=lumo.co"),
    ("public_library", "Riverside Public Library=riversidepl.org|Ida B. Wells Branch Library="
     "ibwlibrary.org|Carnegie Free Library=carnegiefree.org|Millbrook County Libraries="
     "millbrooklib.org"),
    ("blood_bank", "Charles Drew Donor Center=drewdonors.org|LifeStream Blood Services="
     "lifestreamblood.org|Crimson Cross Blood Bank=crimsoncross.org|Northstar Blood Alliance="
     "northstarblood.org"),
    ("cybersecurity_soc", "Sentinel Ridge SOC=sentinelridge.io|Halcyon Cyber Defense="
     "halcyoncyber.com|Blackwood MDR=blackwoodmdr.net|Orion Watch=orionwatch.io"),
    ("nonprofit_grants", "Rosa Parks Youth Fund=rosaparksyouthfund.org|Harriet Tubman Community "
     "Trust=tubmantrust.org|Open Fields Foundation=openfields.org|Wangari Maathai Green "
     "Futures=greenfutures-wm.org"),
    ("sports_club_membership", "Jackie Robinson Athletic Club=jrathletic.com|Tidewater Rowing "
     "Club=tidewaterrowing.org|Summit Peak Climbing Gym=summitpeakclimb.com|Venus Williams "
     "Tennis Center=vwtenniscenter.com"))}
_NEG_VOCAB = {
    "home_health_agency": ("visit-scheduler", "wound care kits", "Philips pulse oximeter"),
    "mortgage_lending": ("loan-origination", "rate sheets", "Fannie Mae DU findings"),
    "rideshare_support": ("dispatch-svc", "driver bonuses", "Ford Escape fleet units"),
    "public_library": ("catalog-sync", "hold requests", "Dell Latitude loaner laptops"),
    "blood_bank": ("donor-portal", "platelet units", "Abbott Alinity reagent packs"),
    "cybersecurity_soc": ("siem-ingest", "EDR sensors", "Jenkins build agents"),
    "nonprofit_grants": ("grants-portal", "capacity grants", "Ben & Jerry's sponsorship"),
    "sports_club_membership": ("member-app", "court bookings", "Wilson Pro Staff rackets"),
}

def _org(rng: Rng, domain: str) -> tuple[str, ...]:
    return rng.choice(_ORGS[domain])

def _url(rng: Rng, host: str, *paths: str) -> Ent:
    path = (rng.choice(paths) if paths else "portal").replace("#", str(rng.randint(1000, 99999)))
    sub = rng.choice(["", "www.", "portal.", "app.", "my."])
    q = rng.choice(["", "", f"?ref={rng.choice(['sms', 'email', 'qr'])}", _pat(rng, "?id=*******")])
    return ("URL", f"{rng.choice(['https', 'https', 'https', 'http'])}://{sub}{host}/{path}{q}")

# -------------------------------------------------------------------------- home health
def _hh_intake_scan(rng: Rng, b: _Builder) -> None:
    pt, md, ec = _person(rng), _person(rng), _person(rng)
    label, payer, hpn = _hpn(rng)
    b.f("{org}\nHOME HEALTH REFERRAL / INTAKE   FORM HH-{form} REV {ver}      PAGE 1 OF {pg}\n"
        "------------------------------------------------------------------\n"
        "PATIENT (LAST, FIRST): {pt}\nD.O.B.: {dob}     SEX: {sex}     LANG: {lang}\n"
        "MED REC #: {mrn}\nSERVICE ADDRESS:\n{addr}\nPHONE: {ph}\n"
        "PRIMARY PAYER: {payer}   {label}: {hpn}   GRP #: {grp}\n"
        "REFERRING MD: DR. {md}      SOC DATE: {soc}\nEMERG. CONTACT: {ec} / {rel} / {ecph}\n"
        "DX: {dx}   VISITS: {freq}\n[scanned {ts} | sha1 {hash} | OCR conf {conf}]\n",
        org=_org(rng, "home_health_agency")[0].upper(), form=rng.randint(100, 999), ver=_ver(rng),
        pg=rng.randint(2, 5), pt=_nm(rng, pt, "LF"), sex=rng.choice("MFX"),
        dob=_dob(rng, 1930, 1965, rng.choice(["us", "caps", "usn"])),
        lang=rng.choice(["ENGLISH", "SPANISH", "TAGALOG", "CANTONESE", "AMHARIC"]), mrn=_mrn(rng),
        addr=_address(rng, True, us=True), ph=_phone(rng, 1), payer=payer, label=label.upper(),
        hpn=hpn, grp=_pat(rng, "######"), md=_nm(rng, md, "LAST"), soc=_when(rng, "us"),
        ec=_nm(rng, ec, "FULL"), rel=rng.choice(["DAUGHTER", "SON", "SPOUSE"]), ecph=_phone(rng),
        dx=rng.choice(["I50.9 CHF", "E11.9 T2DM", "L89.154 PRESSURE INJ"]), ts=_iso_ts(rng),
        freq=rng.choice(["2W4 1W4", "3W2 2W3", "1W8"]), hash=_sha(rng), conf=_pct(rng))

def _hh_sms(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "home_health_agency")
    fam, nurse, c = _person(rng), _person(rng), _Clock(rng)
    short, famlow = org.split()[0], _nm(rng, fam, "lowf")
    b.f("SMS thread export - {org} scheduling line\n[{t}] {short}: Hi {fam}, this is {nurse} "
        "with {org}. Your {rel}'s nursing visit is set for {when}. Reply C to confirm or R to "
        "reschedule.\n", org=org, t=c.chat(), short=short, fam=_nm(rng, fam, "first"),
        nurse=_nm(rng, nurse, "first"), rel=rng.choice(["mom", "dad", "grandma", "uncle"]),
        when=_when(rng))
    b.f("[{t}] {fl}: {msg} {addr} {tail}\n[{t2}] {short}: Updated. {nurse} will call from {ph} "
        "when on the way. Visit ref {ref}.\n", t=c.chat(), fl=famlow,
        msg=rng.choice(["C. but can u come to", "confirmed!! pls use", "ok. new address is"]),
        addr=_address(rng, False), tail=rng.choice(["instead, she's staying w me", "", "thx"]),
        t2=c.chat(), short=short, nurse=_nm(rng, nurse, "full"), ph=_phone(rng, 1),
        ref=_ref(rng, "ticket"))
    if rng.random() < 0.7:
        label, _payer, hpn = _hpn(rng)
        b.f("[{t}] {fl}: also her {label} changed, new one is {hpn}. old card expired {rel}\n"
            "[{t2}] {short}: Thanks, we'll verify with the plan. Please don't text full SSNs - "
            "last 4 only (***-**-{l4}). Portal: {url}\n", t=c.chat(), fl=famlow,
            label=label.lower(), hpn=hpn, rel=rng.choice(_REL_PAST), t2=c.chat(), short=short,
            l4=_pat(rng, "####"), url=_url(rng, host, "patients/#/docs", "m/visits"))

def _hh_ehr_json(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "home_health_agency")
    pt, cl = _person(rng), _person(rng)
    auth = ["Authorization: Bearer ", _jwt(rng), "\n"] if rng.random() < 0.4 else ""
    b.f('webhook {ev} received {ts} (attempt {n})\n{auth}{\n  "event": "{ev}",\n'
        '  "visit_id": "{uuid}",\n  "agency": "{org}",\n'
        '  "patient": {"name": "{pt}", "mrn": "{mrn}", "dob": "{dob}", "plan_id": "{hpn}"},\n'
        '  "clinician": {"first_name": "{cf}", "last_name": "{cl}", "npi": "{npi}"},\n'
        '  "scheduled_for": "{when}",\n  "completed_at": "{ts2}",\n  "device_ip": "{ip}",\n'
        '  "note_url": "{url}",\n  "vitals": {"bp": "{bp}", "spo2": "{sp}", "temp_f": {temp}},\n'
        '  "app_version": "{ver}"\n}\n',
        ev=rng.choice(["visit.completed", "visit.updated", "oasis.submitted"]), ts=_iso_ts(rng),
        n=rng.randint(1, 3), auth=auth, uuid=_uuid(rng), org=org, pt=_nm(rng, pt, "full", "lf"),
        mrn=_mrn(rng), dob=_dob(rng, 1930, 1970, "iso"), hpn=_hpn(rng)[2],
        cf=_nm(rng, cl, "first"), cl=_nm(rng, cl, "last"), npi=_pat(rng, "1#########"),
        when=_when(rng, rng.choice(["iso", "dt", "us"])), ts2=_iso_ts(rng), ip=_ip(rng),
        url=_url(rng, host, "ehr/notes/#", "visits/#/note"), sp=f"{rng.randint(88, 100)}%",
        bp=f"{rng.randint(100, 160)}/{rng.randint(60, 95)}", temp=rng.randint(970, 1012) / 10,
        ver=_ver(rng))

def _hh_call(rng: Rng, b: _Builder) -> None:
    org = _org(rng, "home_health_agency")[0]
    ag, caller, pt, nurse = (_person(rng) for _ in range(4))
    label, _payer, hpn = _hpn(rng)
    b.f("CALL TRANSCRIPT | {org} intake line | call {cid} | duration {dur}\n"
        "AGENT: Thank you for calling {org}, my name is {ag}. Who am I speaking with?\n"
        "CALLER: Hi, this is {caller}. I'm calling about my {rel}, {pt}.\n"
        "AGENT: Thanks. Can you verify the date of birth?\nCALLER: Sure, it's {dob}.\n"
        "AGENT: And the address where care will be provided?\nCALLER: {addr}.\n"
        "AGENT: Great. Do you have the {label} handy?\nCALLER: Yes, it's {hpn}.\n"
        "AGENT: Perfect. Nurse {nurse} can do the start-of-care assessment {when}. Best callback?\n"
        "CALLER: My cell, {ph}. If I miss it, try {email}.\nAGENT: Got it. Your reference is "
        "{ref}. Copay estimate is {amt}; you'll get a text {rel2}.\n",
        org=org, cid=_uuid(rng)[:13], dur=f"{rng.randint(3, 19):02d}:{rng.randint(0, 59):02d}",
        ag=_nm(rng, ag, "first"), caller=_nm(rng, caller, "full", "mi"),
        rel=rng.choice(["father", "mother", "husband", "wife", "neighbor"]),
        pt=_nm(rng, pt, "full", "first"), dob=_dob(rng, 1928, 1960, rng.choice(["ord", "long"])),
        addr=_address(rng, False, us=True), label=label, hpn=hpn,
        nurse=_nm(rng, nurse, "full", "last"), when=_when(rng, rng.choice(["wd", "dt", "md"])),
        ph=_phone(rng), email=_email(rng, caller), ref=_ref(rng, "ticket"),
        amt=_amount(rng, 0, 350, "$"), rel2=rng.choice(_REL_FUT))

def _hh_llm(rng: Rng, b: _Builder) -> None:
    pt, md, dtr = _person(rng), _person(rng), _person(rng)
    label, _payer, hpn = _hpn(rng)
    b.f("System: You are a clinical documentation assistant for {org}. Do not repeat identifiers; "
        "use [PATIENT], [MRN] and [DOB] placeholders in your answer.\n"
        "User: Turn this visit note into SOAP format for Dr. {md}:\n\"\"\"\n"
        "Pt {pt} (MRN {mrn}, DOB {dob}, {label} {hpn}) seen at home {when}. Lives with daughter "
        "{dtr} in {loc}. BP {bp}, HR {hr}. Sacral wound 2.{w} cm, ~{pct} smaller than last visit. "
        "Eliquis 5 mg BID, Tylenol PRN. Daughter reachable at {ph}.\n\"\"\"\n"
        "Assistant: S: [PATIENT] reports less pain since {rel}. O: BP {bp}. A: wound improving. "
        "P: continue plan, next visit per order {ord}.\n",
        org=_org(rng, "home_health_agency")[0], md=_nm(rng, md, "last", "full"),
        pt=_nm(rng, pt, "full", "mi", "lf"), mrn=_mrn(rng), dob=_dob(rng, 1930, 1965),
        label=label, hpn=hpn, when=_when(rng, rng.choice(["date", "dt", "wd"])),
        dtr=_nm(rng, dtr, "first"), loc=_loc(rng, "us", "uscity"),
        bp=f"{rng.randint(110, 170)}/88", hr=rng.randint(55, 110), w=rng.randint(0, 9),
        pct=_pct(rng), ph=_phone(rng, 1), rel=rng.choice(_REL_PAST), ord=_ref(rng, "order"))

def _hh_md_schedule(rng: Rng, b: _Builder) -> None:
    b.f("### Field schedule - week of {wk} ({org})\n\n| When | Caregiver | Client | Address | "
        "Notes |\n|---|---|---|---|---|\n", wk=_when(rng, "date"),
        org=_org(rng, "home_health_agency")[0])
    for _ in range(rng.randint(2, 5)):
        b.f("| {w} | {cg} | {cl} | {addr} | {note} |\n", w=_when(rng, rng.choice(["wds", "md"])),
            cg=_nm(rng, _person(rng), "full", "first"), cl=_nm(rng, _person(rng), "full", "lf"),
            addr=_address(rng, False, us=True),
            note=rng.choice(["gate code on file", "dog on premises", f"{_ref(rng, 'lot')} kit",
                             "Hoyer lift", f"INR {rng.randint(15, 35) / 10}", "key lockbox"]))

# ----------------------------------------------------------------------------- mortgage
def _ml_application(rng: Rng, b: _Builder) -> None:
    p = _person(rng)
    state, dl = _dl(rng)
    b.f("UNIFORM RESIDENTIAL LOAN APPLICATION - Section 1a. Borrower Information\n"
        "Lender: {org}        Application ID: APP-{appid}\nFirst Name: {fn}\nLast Name: {ln}\n"
        "Social Security Number: {ssn}\nDate of Birth: {dob}\nCitizenship: {cit}\n"
        "Current Address: {addr}\nHousing: Rent ({rent}/month)\nCell Phone: {ph}\nEmail: {email}\n"
        "Driver's License #: {dl}   Issuing State: {st}\nEmployer: {emp}   Base income: {inc}/mo\n"
        "Checking account no.: {acct}   ABA: {aba}\nBrokerage account: {brk} (balance {bal})   "
        "Proof of residence: utility account {util}\n"
        "Loan Number: {loan}   Amount requested: {amt}   Rate lock: {rate}\n",
        org=_org(rng, "mortgage_lending")[0], appid=_pat(rng, "#######"), fn=_nm(rng, p, "first"),
        ln=_nm(rng, p, "last"), ssn=_ssn(rng), dob=_dob(rng, 1950, 2002),
        cit=rng.choice(["U.S. Citizen", "Permanent Resident"]), addr=_address(rng, False, us=True),
        rent=_amount(rng, 900, 4200, "$"), ph=_phone(rng, 1), email=_email(rng, p), dl=dl,
        st=("LOCATION", state), emp=rng.choice(_BRANDS[:9]), inc=_amount(rng, 3000, 16000, "$"),
        acct=_acct(rng, "bank"), aba=rng.choice(["021000021", "121000358", "026009593"]),
        brk=_acct(rng, "broker"), bal=_amount(rng, 5000, 400_000, "$"), util=_acct(rng, "util"),
        loan=_acct(rng, "loan"), amt=_amount(rng, 120_000, 950_000, "$"),
        rate=f"{rng.randint(5, 7)}.{rng.choice([125, 375, 5, 875])}%")

def _ml_email(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "mortgage_lending")
    lo, bo = _person(rng), _person(rng)
    b.f("From: {lo} <{loe}>\nTo: {boe}\nSubject: {subj} - loan {loan}\n\nHi {bf},\n\n"
        "Great news - underwriting issued clear-to-close. Closing is set for {when} at {title} "
        "({addr}). Cash to close is {amt}.\n\nWire to {bank}, account {acct}, ABA {aba}.",
        lo=_nm(rng, lo, "full"), loe=_email(rng, lo, host), boe=_email(rng, bo),
        subj=rng.choice(["Clear to close", "Closing scheduled", "Final wire instructions"]),
        loan=_acct(rng, "loan"), bf=_nm(rng, bo, "first"),
        when=_when(rng, rng.choice(["wd", "dt"])),
        title=rng.choice(["Stewart Title", "First American Title", "Fidelity National Title"]),
        addr=_address(rng, False, us=True), amt=_amount(rng, 4000, 95_000, "$"),
        bank=rng.choice(["Charles Schwab Bank", "Morgan Stanley Private Bank", "Ally Bank"]),
        acct=_acct(rng, "bank"), aba=rng.choice(["021000021", "121000358"]))
    if rng.random() < 0.5:
        b.f(" Sending from abroad? Use IBAN {iban} (BIC {bic}).", iban=_iban(rng),
            bic=rng.choice(["DEUTDEFF", "BNPAFRPP", "NWBKGB2L", "INGBNL2A"]))
    b.f("\nNever trust changed wire instructions sent by email; call me at {ph} to verify. Upload "
        "your final docs at {url}\n\nThanks,\n{lo}\nSenior Loan Officer | NMLS #{nmls}\n{org}\n",
        ph=_phone(rng, 1), url=_url(rng, host, "upload/#", "loans/#/conditions"),
        lo=_nm(rng, lo, "full", "mi"), nmls=_pat(rng, "######"), org=org)

def _ml_pipeline_csv(rng: Rng, b: _Builder) -> None:
    b.add("loan_number,borrower,co_borrower,property_address,loan_amt,rate,stage,est_close,"
          "updated_at\n")
    for _ in range(rng.randint(2, 5)):
        co = [',"', _nm(rng, _person(rng), "lf"), '"'] if rng.random() < 0.4 else ","
        b.f('{loan},"{bo}"{co},"{addr}",{amt},{rate},{stage},{close},{ts}\n',
            loan=_acct(rng, "loan"), bo=_nm(rng, _person(rng), "lf"), co=co,
            addr=_address(rng, False, us=True), amt=rng.randint(150, 990) * 1000,
            rate=f"{rng.randint(5, 7)}.{rng.choice(['125', '375', '5', '875'])}",
            stage=rng.choice(["UW", "PROC", "CTC", "FUNDED", "SUSPENDED"]),
            close=_when(rng, rng.choice(["us", "iso"])), ts=_iso_ts(rng))

def _ml_env(rng: Rng, b: _Builder) -> None:
    b.f("# los-integration/.env.production  (last edited in commit {sha})\nAPP_ENV=production\n"
        "LOG_LEVEL={lvl}\nDB_HOST=pg-los.internal\nDB_PORT=5432\nDB_USER=los_app\n"
        "DB_PASSWORD={pw}\n"
        "AWS_ACCESS_KEY_ID={ak}\nAWS_SECRET_ACCESS_KEY={sk}\nAWS_REGION={reg}\n",
        sha=_sha(rng, 7), lvl=rng.choice(["info", "warn"]), pw=_password(rng), ak=_tok(rng, "aws"),
        sk=_tok(rng, "awss"), reg=rng.choice(["us-east-1", "us-west-2"]))
    if rng.random() < 0.7:
        b.f("STRIPE_SECRET_KEY={k}\n", k=_tok(rng, "stripe"))
    if rng.random() < 0.5:
        b.f("GH_DEPLOY_TOKEN={k}\n", k=_tok(rng, "gh"))
    b.f("CREDIT_BUREAU_API_KEY={g}\nDOCUSIGN_WEBHOOK_SECRET={g2}\nPLAID_SECRET={ph}\n"
        "REQUEST_TIMEOUT=30\nMAX_RETRIES=5\nFEATURE_FLAGS=econsent,eclose\n",
        g=_secret(rng), g2=_secret(rng), ph=rng.choice(_PLACEHOLDERS[:8]))
    if rng.random() < 0.3:
        b.f('SFTP_PRIVATE_KEY="{k}"\n', k=_pem(rng))

def _ml_agent(rng: Rng, b: _Builder) -> None:
    p, score = _person(rng), rng.randint(580, 820)
    b.f("[user] Pull a tri-merge credit report for {name}. SSN {ssn}, born {dob}.\n"
        '[assistant -> tool] credit_pull({"first_name": "{fn}", "last_name": "{ln}", '
        '"ssn": "{ssn2}", "dob": "{dob2}", "address": "{addr}", "consent": true})\n'
        '[tool] {"status": 200, "bureaus": ["Experian", "Equifax", "TransUnion"], "mid_score": '
        '{s}, "report_id": "{u}", "pulled_at": "{ts}"}\n'
        "[assistant] Done - middle score {s}. Utilization is {pct}; I'd hold the rate lock until "
        "the Fannie Mae DU findings refresh {rel}.\n",
        name=_nm(rng, p, "full", "low"), ssn=_ssn(rng), dob=_dob(rng, 1950, 2002, "usn"),
        fn=_nm(rng, p, "first"), ln=_nm(rng, p, "last"), ssn2=_ssn(rng, rng.random() < 0.5),
        dob2=_dob(rng, 1950, 2002, "iso"), addr=_address(rng, False, us=True), s=score,
        u=_uuid(rng), ts=_iso_ts(rng), pct=_pct(rng), rel=rng.choice(_REL_FUT))

# ---------------------------------------------------------------------------- rideshare
def _rs_chat(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "rideshare_support")
    agent, rider, driver, c = _person(rng), _person(rng), _person(rng), _Clock(rng)
    rl, ag = _nm(rng, rider, "lowf"), _nm(rng, agent, "first")
    b.f("{org} in-app support chat | conversation {u}\n[{t}] Support ({ag}): Hi! Thanks for "
        "reaching out to {org}. How can I help?\n[{t2}] {rl}: hey my driver {dr} took a weird "
        "route from {loc} airport and i got charged {amt} instead of like {amt2}\n"
        "[{t3}] Support ({ag}): Sorry about that! Can you confirm the email on the account?\n"
        "[{t4}] {rl}: {email}\n[{t5}] Support ({ag}): Thanks. I see trip {trip} on {when}. I've "
        "issued a {amt3} adjustment to the card ending {l4}; expect it {rel}.\n",
        org=org, u=_uuid(rng), t=c.chat(), ag=ag, t2=c.chat(), rl=rl,
        dr=_nm(rng, driver, "first", "lowf"), loc=_loc(rng, "city", "uscity"),
        amt=_amount(rng, 40, 160, "$"), amt2=_amount(rng, 15, 39, "$"), t3=c.chat(), t4=c.chat(),
        email=_email(rng, rider), t5=c.chat(), trip=_uuid(rng)[:8].upper(),
        when=_when(rng, rng.choice(["md", "date"])), amt3=_amount(rng, 5, 90, "$"),
        l4=_pat(rng, "####"), rel=rng.choice(_REL_FUT))
    if rng.random() < 0.7:
        b.f("[{t}] {rl}: also left my headphones in the car ({car}). my number is {ph}\n"
            "[{t2}] Support ({ag}): I've passed that on. Lost-item form: {url}\n", t=c.chat(),
            rl=rl, car=rng.choice(["gray Toyota Camry", "white Kia Niro", "black Mercedes-Benz"]),
            ph=_phone(rng), t2=c.chat(), ag=ag, url=_url(rng, host, "help/lost-item", "lost/#"))

def _rs_log(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "rideshare_support")
    c = _Clock(rng)
    for _ in range(rng.randint(4, 8)):
        k = rng.choice(["req", "decl", "login", "hook", "geo", "slow", "login", "jwt"])
        b.add(f"{c.log()} ")
        if k == "req":
            b.f("INFO  [dispatch] trip.requested trip_id={u} rider={e} ip={ip} surge={s}x\n",
                u=_uuid(rng), e=_email(rng), ip=_ip(rng), s=rng.randint(10, 25) / 10)
        elif k == "decl":
            b.f("WARN  [payments] card_declined rider={e} code=insufficient_funds http=402 "
                "order={o}\n", e=_email(rng), o=_ref(rng, "order"))
        elif k == "login":
            b.f('INFO  [auth] login.ok user_id={n} ip={ip} ua="{org}/{v} (iOS 17.4)"\n',
                n=rng.randint(10**6, 10**7), ip=_ip(rng), org=org.split()[0], v=_ver(rng))
        elif k == "hook":
            b.f("ERROR [webhook] POST {url} -> {code} in {ms}ms\n", code=rng.choice([500, 503]),
                url=_url(rng, host, "hooks/driver-status", "api/v2/callbacks/#"),
                ms=rng.randint(900, 9000))
        elif k == "geo":
            b.f("DEBUG [geo] pickup resolved to {loc} confidence={c}\n",
                loc=_loc(rng, "city", "cc", "us"), c=rng.randint(50, 99) / 100)
        elif k == "jwt":
            b.f("DEBUG [auth] refresh issued user_id={n} access_token={j}\n",
                n=rng.randint(10**6, 10**7), j=_jwt(rng))
        else:
            b.f("WARN  [api] slow request GET /v1/trips/{u} took {ms}ms (p99 {p}ms)\n",
                u=_uuid(rng), ms=rng.randint(2000, 9000), p=rng.randint(800, 1900))

def _rs_onboarding(rng: Rng, b: _Builder) -> None:
    p = _person(rng)
    state, dl = _dl(rng)
    payout = (['"iban": "', _iban(rng), '"'] if rng.random() < 0.5 else
              ['"account_number": "', _acct(rng, "bank"), '", "routing_number": "021000021"'])
    b.f('POST /v1/driver-applications  status=201  request_id={rid}\n{\n'
        '  "applicant": {"given_name": "{fn}", "family_name": "{ln}", "date_of_birth": "{dob}",'
        ' "ssn": "{ssn}"},\n  "driver_license": {"number": "{dl}", "issuing_region": "{st}"},\n'
        '  "home_address": "{addr}",\n  "phone": "{ph}",\n  "payout": {{payout}},\n'
        '  "vehicle": {"make": "{make}", "year": {yr}, "plate": "{plate}", "vin": "{vin}"},\n'
        '  "background_check_id": "{u}",\n  "submitted_at": "{ts}"\n}\n',
        rid=_uuid(rng), fn=_nm(rng, p, "first"), ln=_nm(rng, p, "last"),
        dob=_dob(rng, 1960, 2004, rng.choice(["iso", "us"])), ssn=_ssn(rng), dl=dl,
        st=("LOCATION", state), addr=_address(rng, False), ph=_phone(rng), payout=payout,
        make=rng.choice(["Toyota", "Kia", "Ford", "Tesla"]), yr=rng.randint(2014, 2024),
        plate=_pat(rng, "#@@@###"), vin=_pat(rng, "*" * 17), u=_uuid(rng), ts=_iso_ts(rng))

def _rs_incident(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "rideshare_support")
    rider, driver, agent = _person(rng), _person(rng), _person(rng)
    b.f("Subject: Safety incident {case} - {loc}\n\nTeam,\n\nOn {when}, rider {rider} reported "
        "that driver {driver} {what} near {loc2}. The rider can be reached at {ph} or {em}. "
        "Driver profile: {url} (rating {r}, {n} trips). Dashcam upload {u}, retention {pct}.\n\n"
        "Please action within 24 hours.\n\n-- {ag}\nTrust & Safety, {org}\n",
        case=_ref(rng, "ticket"), loc=_loc(rng, "cc", "us"),
        when=_when(rng, rng.choice(["dt", "wd"])), rider=_nm(rng, rider, "full", "mi"),
        driver=_nm(rng, driver, "full", "lf"),
        what=rng.choice(["ended the trip early and left her", "was using a phone while driving",
                         "refused a service animal"]), loc2=_loc(rng, "city", "cc", "region"),
        ph=_phone(rng), em=_email(rng, rider), url=_url(rng, host, "admin/drivers/#", "ops/d/#"),
        r=rng.randint(40, 50) / 10, n=rng.randint(50, 9000), u=_uuid(rng), pct=_pct(rng),
        ag=_nm(rng, agent, "full", "first"), org=org)

def _rs_agent(rng: Rng, b: _Builder) -> None:
    p, cc = _person(rng), _cc(rng)
    b.f("SYSTEM: You are {org} RideAssist. Use tools for refunds. Never echo full card numbers.\n"
        "USER: I was double charged for my ride {rel}. Card {cc}, name on card {name}.\n"
        'ASSISTANT (tool_call): refund_lookup({"card_number": "{cc2}", "rider_email": "{em}", '
        '"trip_date": "{d}"})\n'
        'TOOL: {"matched_trips": 2, "duplicate": true, "amount": "{amt}", "http_status": 200}\n'
        "ASSISTANT: I found the duplicate charge of ${amt} and refunded it to the card ending in "
        "{l4}. It should appear {rel2}. Test-mode cards like {bad} are rejected automatically.\n",
        org=_org(rng, "rideshare_support")[0], rel=rng.choice(_REL_PAST), cc=cc,
        name=_nm(rng, p, "FULL", "full"), em=_email(rng, p),
        cc2=("CREDIT_CARD", cc[1].replace(" ", "").replace("-", "")),
        d=_when(rng, rng.choice(["iso", "us"])), amt=f"{rng.randint(5, 90)}.{rng.randint(10, 99)}",
        l4=cc[1][-4:], rel2=rng.choice(_REL_FUT), bad=_card(rng, False))

# ------------------------------------------------------------------------------ library
_TITLES = _split("Anna Karenina|David Copperfield|Jane Eyre|Oliver Twist|Matilda|Frankenstein|"
                 "Don Quixote|Madame Bovary|The Count of Monte Cristo|Little Women|Beloved|"
                 "Things Fall Apart|One Hundred Years of Solitude")
_BRANCHES = _split("Frederick Douglass Branch|Eastside Branch|Carnegie Branch|Maya Angelou Branch|"
                   "Ida B. Wells Branch")

def _lib_signup(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "public_library")
    child, parent = _person(rng), _person(rng)
    b.f("--- {org}: Online Library Card Application ---\nFirst name*: {fn}\nLast name*: {ln}\n"
        "Date of birth*: {dob}\nParent/guardian (required under 13): {par}\n"
        "Street address*: {addr}\n"
        "Email: {em}\nMobile: {ph}\nPreferred branch: {br}\nNotify me by: [x] email [ ] text\n"
        "--\nsubmitted {ts} from {ip} | captcha score {cs} | card barcode assigned: {card}\n"
        "Confirmation sent; activate at {url}\n",
        org=org, fn=_nm(rng, child, "first"), ln=_nm(rng, child, "last"), dob=_dob(rng, 2012, 2020),
        par=_nm(rng, parent, "full", "lf"), addr=_address(rng, False), em=_email(rng, parent),
        ph=_phone(rng), br=rng.choice(_BRANCHES), ts=_iso_ts(rng), ip=_ip(rng),
        cs=rng.randint(3, 9) / 10, card=_pat(rng, "2198##########"),
        url=_url(rng, host, "activate", "card/activate/#"))

def _lib_overdue(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "public_library")
    p = _person(rng)
    b.f("To: {em}\nSubject: {subj}\n\nDear {name},\n\nOur records show the following items on "
        "card ending {l4} are overdue:\n\n", em=_email(rng, p), name=_nm(rng, p, "first", "full"),
        subj=rng.choice(["Overdue items - please return", "Courtesy notice: items overdue"]),
        l4=_pat(rng, "####"))
    for _ in range(rng.randint(1, 4)):
        b.f("  * {t} (ISBN {isbn}) - due {due} - fine ${amt}\n", t=rng.choice(_TITLES),
            isbn=_isbn(rng), due=_when(rng, rng.choice(["date", "us"])),
            amt=f"{rng.randint(0, 9)}.{rng.choice(['00', '25', '50', '75'])}")
    b.f("\nRenew online at {url} or call the {br} at {ph}. Items more than 30 days late are billed "
        "at replacement cost.\n\n{org}\n", url=_url(rng, host, "account/renew", "mylibrary/loans"),
        br=rng.choice(_BRANCHES), ph=_phone(rng, 1), org=org)

def _lib_ill_tsv(rng: Rng, b: _Builder) -> None:
    b.add("request_id\tpatron_last\tpatron_first\temail\tisbn\ttitle\tlending_library\trequested"
          "\tstatus\n")
    for _ in range(rng.randint(2, 5)):
        p = _person(rng)
        b.f("ILL-{n}\t{ln}\t{fn}\t{em}\t{isbn}\t{t}\t{loc}\t{d}\t{st}\n", n=_pat(rng, "######"),
            ln=_nm(rng, p, "last"), fn=_nm(rng, p, "first"), em=_email(rng, p), isbn=_isbn(rng),
            t=rng.choice(_TITLES), loc=_loc(rng, "city", "us", "cc"), d=_when(rng, "us"),
            st=rng.choice(["shipped", "pending", "received", "cancelled"]))

def _lib_pc_log(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "public_library")
    c, pc = _Clock(rng), f"PC-{rng.randint(1, 24):02d}"
    b.f("# PC reservation / session log - {org} - build {v}\n{t} {pc} login card={card} ip={ip} "
        "mac={mac} session=60m\n", org=org, v=_ver(rng), t=c.log(), pc=pc,
        card=_pat(rng, "2198##########"), ip=_ip(rng, 0), mac=_ref(rng, 'mac'))
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(3)
        if k == 0:
            b.f("{t} {pc} url-filter allow {url}\n", t=c.log(), pc=pc, url=_url(
                rng, rng.choice(["irs.gov", "usajobs.gov", host, "canva.com"]), "forms/#", "a/#"))
        elif k == 1:
            b.f("{t} {pc} print job {n} pages ${amt} queue=PRN-2\n", t=c.log(), pc=pc,
                n=rng.randint(1, 30), amt=f"{rng.randint(1, 30) / 10:.2f}")
        else:
            b.f("{t} PC-{k} guest pass G-{g} ip={ip} status={s}\n", t=c.log(),
                k=rng.randint(25, 40),
                g=_pat(rng, "####"), ip=_ip(rng), s=rng.choice([200, 403]))
    b.f("{t} {pc} logout (idle {m} min)\n", t=c.log(), pc=pc, m=rng.randint(2, 15))

def _lib_chat(rng: Rng, b: _Builder) -> None:
    lib, pat = _person(rng), _person(rng)
    lf = _nm(rng, lib, "first")
    b.f("Ask-a-Librarian chat | session {u}\nPatron: hi! can I book the {room} for my book club "
        "on {when}?\nLibrarian ({lf}): Happy to help! Can I get your name and a phone number?\n"
        "Patron: sure - {name}, {ph}\nLibrarian ({lf}): Thanks {pf}. The room is free from {tm}. "
        "Booking #{bk} is confirmed; max {cap} people. Reminder texts go out {rel}.\n",
        u=_uuid(rng), when=_when(rng, rng.choice(["wday", "date"])), lf=lf,
        room=rng.choice(["Maya Angelou Community Room", "Toni Morrison Study Room", "Room B"]),
        name=_nm(rng, pat, "full", "low", "mi"), ph=_phone(rng, 1), pf=_nm(rng, pat, "first"),
        tm=_when(rng, "time"), bk=_pat(rng, "######"), cap=rng.randint(8, 40),
        rel=rng.choice(_REL_FUT))
    if rng.random() < 0.5:
        b.f("Patron: also we're hosting an author visiting from {loc}, is there parking?\n"
            "Librarian ({lf}): Yes, the garage on Franklin Street validates for 3 hours.\n",
            loc=_loc(rng), lf=lf)

# --------------------------------------------------------------------------- blood bank
def _bb_donor_form(rng: Rng, b: _Builder) -> None:
    p = _person(rng)
    state, dl = _dl(rng)
    b.f("{org} - WHOLE BLOOD DONOR REGISTRATION (SCANNED)\n================================\n"
        "DONOR NAME: {name}\nDATE OF BIRTH: {dob}      SEX: {sex}\nHOME ADDRESS: {addr}\n"
        "PHONE: {ph}\nPHOTO ID: DRIVER LICENSE  NO. {dl}  ({st})\nLAST DONATION: {rel}\n"
        "DONOR ID: D{did}   ABO/RH: {abo}   HGB: {hgb} g/dL   PULSE: {pulse}\n"
        "BAG LOT: {lot}   UNIT: {unit}\nSSN (OPTIONAL, LAST 4): XXX-XX-{l4}\nPHLEBOTOMIST: {phl}\n",
        org=_org(rng, "blood_bank")[0].upper(), name=_nm(rng, p, "FULL", "LF", "MI"),
        dob=_dob(rng, 1950, 2007, rng.choice(["us", "caps"])), sex=rng.choice("MF"),
        addr=_address(rng, rng.random() < 0.4), ph=_phone(rng), dl=dl,
        st=("LOCATION", state.upper()), rel=rng.choice(_REL_PAST).upper(),
        did=_pat(rng, "########"), abo=rng.choice(["O POS", "A NEG", "B POS", "AB POS", "O NEG"]),
        hgb=rng.randint(125, 170) / 10, pulse=rng.randint(55, 95), lot=_ref(rng, "lot"),
        unit=_pat(rng, "W#### ## ######"), l4=_pat(rng, "####"),
        phl=_nm(rng, _person(rng), "FULL", "LAST"))

def _bb_sms(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "blood_bank")
    p, c = _person(rng), _Clock(rng)
    short, fn = org.split()[0], _nm(rng, p, "first")
    b.f("{t} {short}: Hi {fn}! You're eligible to donate again. Your appointment at our {site} "
        "center is {when}. Reply YES to confirm.\n{t2} {me}: YES. can my sister come too? she's "
        "visiting from {loc}\n{t3} {short}: Of course! She can book at {url} - first-time donors "
        "need photo ID. Questions? Call {ph}. Msg&data rates may apply.\n", t=c.chat(),
        short=short, fn=fn, site=rng.choice(["Westgate", "Harbor Point", "University"]),
        when=_when(rng, rng.choice(["wd", "md", "dt"])), t2=c.chat(), me=_nm(rng, p, "lowf"),
        loc=_loc(rng, "cc", "country", "city"), t3=c.chat(),
        url=_url(rng, host, "schedule", "donate/book"), ph=_phone(rng, 1))
    if rng.random() < 0.5:
        b.f("{t} {short}: Thank you {fn}! Your last donation (unit {u}) helped {n} patients. "
            "Your next platelet slot opens {rel}.\n", t=c.chat(), short=short, fn=fn,
            u=_pat(rng, "W############"), n=rng.randint(1, 3), rel=rng.choice(_REL_FUT))

def _bb_crossmatch_csv(rng: Rng, b: _Builder) -> None:
    b.add("patient_mrn,patient_name,dob,abo_rh,unit_number,product,crossmatch,tech,issued_at\n")
    for _ in range(rng.randint(2, 5)):
        b.f('{mrn},"{name}",{dob},{abo},{unit},{prod},{xm},{tech},{ts}\n', mrn=_mrn(rng),
            name=_nm(rng, _person(rng), "lf", "LF"), abo=rng.choice(["O+", "O-", "A+", "AB+"]),
            dob=_dob(rng, 1935, 2015, rng.choice(["us", "iso"])), unit=_pat(rng, "W############"),
            prod=rng.choice(["RBC LR", "FFP", "PLT APH", "CRYO"]), ts=_iso_ts(rng),
            xm=rng.choice(["compatible", "IS-compat"]), tech=_nm(rng, _person(rng), "last"))

def _bb_order_email(rng: Rng, b: _Builder) -> None:
    host = _org(rng, "blood_bank")[1]
    pt, md, tech = _person(rng), _person(rng), _person(rng)
    label, _payer, hpn = _hpn(rng)
    b.f("From: {me}\nTo: {to}\nSubject: STAT order - {n} units {prod}\n\nPlease prepare {n} units "
        "of {prod} for {pt} (MRN {mrn}, DOB {dob}, {label} {hpn}), ordered by Dr. {md}. Needed by "
        "{when} for surgery at {hosp}.\nAntibody screen positive (anti-K). Courier tracking {trk}. "
        "Invoice {inv}.\n\nThanks,\n{tech}, MLS(ASCP)\nBlood Bank, ext. {ext} | direct {ph}\n",
        me=_email(rng, md, rng.choice(["stlukes-health.org", "mercygeneral.org"])),
        to=("EMAIL_ADDRESS", f"orders@{host}"), n=rng.randint(2, 6),
        prod=rng.choice(["irradiated RBC", "O-neg RBC", "apheresis platelets"]),
        pt=_nm(rng, pt, "full", "lf"), mrn=_mrn(rng), dob=_dob(rng, 1940, 2020), label=label,
        hpn=hpn, md=_nm(rng, md, "full", "last"), when=_when(rng, rng.choice(["dt", "wd", "md"])),
        hosp=rng.choice(["St. Luke's Medical Center", "Mercy General", "Mayo Clinic Hospital"]),
        trk=_ref(rng, "track"), inv=_ref(rng, "order"), tech=_nm(rng, tech, "full", "mi"),
        ext=rng.randint(2000, 7999), ph=_phone(rng, 1))

def _bb_call(rng: Rng, b: _Builder) -> None:
    org = _org(rng, "blood_bank")[0]
    ag, don = _person(rng), _person(rng)
    a, d = ("PERSON", ag.first.upper()), ("PERSON", don.first.upper())
    b.f("[Recorded call - {org} donor services]\n{a}: Thanks for calling {org}, this is {af}.\n"
        "{d}: Hi, I'd like to schedule a platelet donation. My name is {dn}.\n"
        "{a}: Sure! For verification, what's your date of birth?\n{d}: {dob}.\n"
        "{a}: And the best number to reach you?\n{d}: {ph}.\n"
        "{a}: I have an opening {when}. Any travel outside the country in the last 3 months?\n"
        "{d}: Yes, I was in {loc} for two weeks.\n{a}: Thanks, that's fine for {loc2}. "
        "You're booked. Confirmation {conf}.\n",
        org=org, a=a, af=_nm(rng, ag, "first"), d=d, dn=_nm(rng, don, "full"),
        dob=_dob(rng, 1955, 2006, rng.choice(["ord", "long", "usn"])), ph=_phone(rng),
        when=_when(rng, rng.choice(["wd", "dt"])), loc=_loc(rng, "cc", "country", "region"),
        loc2=_loc(rng, "country"), conf=_ref(rng, "ticket"))

# ---------------------------------------------------------------------------------- SOC
def _soc_alert_json(rng: Rng, b: _Builder) -> None:
    org, host = _org(rng, "cybersecurity_soc")
    evidence = rng.choice([
        ["aws_access_key_id=", _tok(rng, "aws"), " found in /tmp/.creds (world-readable)"],
        ["Authorization: Bearer ", _jwt(rng), " replayed from new ASN"],
        ["git remote contains token ", _tok(rng, "gh")],
        ["slack token ", _tok(rng, "slack"), " posted in public channel"]])
    b.f('{\n  "alert_id": "{u}",\n  "rule": "{rule}",\n  "severity": "{sev}",\n'
        '  "detected_at": "{ts}",\n  "src_ip": "{src}",\n  "dst_ip": "{dst}",\n'
        '  "user": "{user}",\n  "host": "WS-FIN-{hn}",\n'
        '  "process": {"name": "powershell.exe", "sha256": "{sha}"},\n  "evidence": "{ev}",\n'
        '  "references": ["{url}"],\n  "tenant": "{org}",\n  "epoch": {ep}\n}\n',
        u=_uuid(rng), rule=rng.choice(["Credential exposure", "Impossible travel", "Token replay"]),
        sev=rng.choice(["high", "critical", "medium"]), ts=_iso_ts(rng), src=_ip(rng),
        dst=_ip(rng, 0), user=_email(rng, None, f"corp.{host}"), hn=_pat(rng, "####"),
        sha=_sha(rng, 64), ev=evidence,
        url=("URL", f"https://nvd.nist.gov/vuln/detail/{_ref(rng, 'cve')}"),
        org=org, ep=rng.randint(1_700_000_000, 1_790_000_000))

def _soc_incident_md(rng: Rng, b: _Builder) -> None:
    an, host = _person(rng), _org(rng, "cybersecurity_soc")[1]
    b.f("# IR-{yr}-{n}: Credential exposure in public repository\n\n"
        "**Reported by:** {an} ({em})  \n"
        "**Detected:** {when}  \n**Severity:** High | **Status:** Contained\n\n## Summary\n"
        "Commit `{sha}` to `{repo}` exposed the credentials below. All were revoked {rel}.\n\n"
        "| Secret type | Value | Location | Rotated |\n|---|---|---|---|\n",
        yr=rng.randint(2024, 2026), n=_pat(rng, "####"), an=_nm(rng, an, "full"),
        em=_email(rng, an, host), when=_when(rng, rng.choice(["dt", "wd"])), sha=_sha(rng),
        repo=f"infra-{_rs(rng, 'abcdefgh', 5)}", rel=rng.choice(_REL_PAST))
    rows = [("GitHub PAT", "gh", ".github/workflows/deploy.yml"),
            ("Slack bot token", "slack", "scripts/notify.sh"),
            ("Session JWT", "jwt", "tests/fixtures/session.json"),
            ("Stripe key", "stripe", "billing/config.py"),
            ("AWS access key", "aws", "terraform/provider.tf")]
    for label, kind, path in rng.sample(rows, rng.randint(2, 4)):
        v = _jwt(rng) if kind == "jwt" else _tok(rng, kind)
        b.f("| {lab} | `{v}` | `{p}` | yes |\n", lab=label, v=v, p=path)
    b.f("| Example key | `{ex}` | `README.md` | n/a (doc example) |\n\n## Indicators\n"
        "- Clone activity from {ip1} and {ip2} ({loc})\n- Related: {cve}, ticket {tk}\n"
        "- Runbook: {url}\n", ex=_DOC_AWS[0], ip1=_ip(rng), ip2=_ip(rng, 0), tk=_ref(rng, "ticket"),
        loc=_loc(rng, "cc", "country"), cve=_ref(rng, 'cve'),
        url=_url(rng, f"wiki.{host}", "runbooks/secret-rotation"))

def _soc_chat(rng: Rng, b: _Builder) -> None:
    a1, a2, victim, c = _person(rng), _person(rng), _person(rng), _Clock(rng)
    x1, x2 = _nm(rng, a1, "lowf"), _nm(rng, a2, "first")
    b.f("#soc-triage\n[{t}] {x1}: anyone on the impossible-travel alert for {em}? logins from {l1} "
        "and {l2} {m} min apart\n[{t2}] {x2}: yep. second login from {ip}, ASN is a VPS host. MFA "
        "push was approved {rel}\n[{t3}] {x1}: forcing reset for {v}. temp password is {pw} - "
        "{vf} has to change it at next login\n[{t4}] {x2}: also revoked the slack session, token "
        "was {tok}. opened {tk}, sev {sev}, matches {cve} pattern\n",
        t=c.chat(), x1=x1, em=_email(rng, victim, _org(rng, "cybersecurity_soc")[1]),
        l1=_loc(rng, "city", "cc"), l2=_loc(rng, "city", "cc", "us"), m=rng.randint(3, 40),
        t2=c.chat(), x2=x2, ip=_ip(rng), rel=rng.choice(_REL_PAST), t3=c.chat(),
        v=_nm(rng, victim, "full", "low"), pw=_password(rng), vf=_nm(rng, victim, "first"),
        t4=c.chat(), tok=_tok(rng, "slack"), tk=_ref(rng, "ticket"), sev=rng.randint(1, 3),
        cve=_ref(rng, "cve"))

def _soc_config_leak(rng: Rng, b: _Builder) -> None:
    gh = ["  github_token: ", _tok(rng, "gh"), "\n"] if rng.random() < 0.5 else ""
    b.f("Finding {tk}: secrets in deploy/values-prod.yaml @ {sha}\n```yaml\nservice:\n  name: "
        "{svc}\n  replicas: {r}\n  image: registry.internal/{svc}:{v}\ndatabase:\n"
        "  host: pg-prod.internal\n  user: app_rw\n  password: \"{pw}\"\naws:\n"
        "  access_key_id: {ak}\n  secret_access_key: {sk}\n  region: eu-central-1\n"
        "integrations:\n  webhook_signing_secret: {gs}\n{gh}  sentry_dsn_key: {ph}\n"
        "  timeout_seconds: 30\n  retries: 3\n```\nAlso committed, tls/server.key:\n```\n{pem}\n"
        "```\nPublic cert (fine to share) has fingerprint SHA256:{fp}.\n",
        tk=_ref(rng, "ticket"), sha=_sha(rng), svc=rng.choice(["payments-api", "auth-gw"]),
        r=rng.randint(2, 6), v=_ver(rng), pw=_password(rng), ak=_tok(rng, "aws"),
        sk=_tok(rng, "awss"),
        gs=_secret(rng), gh=gh, ph=rng.choice(_PLACEHOLDERS[:6]), pem=_pem(rng),
        fp=_b64u(rng.randbytes(32)))

def _soc_fw_log(rng: Rng, b: _Builder) -> None:
    c = _Clock(rng)
    for _ in range(rng.randint(4, 9)):
        k = rng.randrange(4)
        b.add(f"{c.tick():%b %d %H:%M:%S} fw{rng.randint(1, 4):02d} ")
        if k == 0:
            b.f("kernel: [UFW BLOCK] IN=eth0 MAC={mac} SRC={s} DST={d} LEN={ln} PROTO=TCP "
                "SPT={sp} DPT={dp}\n", mac=_ref(rng, 'mac'), s=_ip(rng), d=_ip(rng, 0),
                ln=rng.randint(40, 1500), sp=rng.randint(1024, 65535), dp=rng.choice([22, 3389]))
        elif k == 1:
            b.f("sshd[{pid}]: Failed password for invalid user {u} from {ip} port {p} ssh2\n",
                pid=rng.randint(1000, 60000), u=rng.choice(["admin", "oracle", "test", "ubuntu"]),
                ip=_ip(rng), p=rng.randint(1024, 65535))
        elif k == 2:
            b.f("sshd[{pid}]: Accepted publickey for deploy from {ip} port {p} ssh2: ED25519 "
                "SHA256:{fp}\n", pid=rng.randint(1000, 60000), ip=_ip(rng, 0),
                p=rng.randint(1024, 65535), fp=_b64u(rng.randbytes(32)))
        else:
            b.f("suricata: ET POLICY {cve} exploit attempt {s} -> {d} (sid {sid})\n",
                cve=_ref(rng, "cve"),
                s=_ip(rng), d=_ip(rng), sid=rng.randint(2_000_000, 2_999_999))

def _soc_llm_triage(rng: Rng, b: _Builder) -> None:
    p, host = _person(rng), _org(rng, "cybersecurity_soc")[1]
    phish = (f"http://{_rs(rng, 'abcdefghkmnpqrstuvwxyz', 9)}-{rng.choice(['login', 'verify'])}"
             f".com/{rng.choice(['o365', 'wp-admin', 'invoice'])}/{_rs(rng, _AN, 8)}")
    b.f("You are a SOC copilot. Classify each indicator as benign, suspicious or malicious.\n"
        "Reporter: {name} ({em}) forwarded a phishing email {rel}.\nIndicators:\n"
        "1. {ip}\n2. {url}\n3. sha256 {h}\n4. {ip6}\n5. {cve}\n6. User-Agent: python-requests/{v}\n"
        'tool_call: {"name": "intel_lookup", "arguments": {"ioc": "{ip2}", "type": "ipv4"}}\n'
        'tool_result: {"reputation": "malicious", "first_seen": "{ts}", "reports": {n}}\n',
        name=_nm(rng, p, "full", "mi"), em=_email(rng, p, host), rel=rng.choice(_REL_PAST),
        ip=_ip(rng, 0), url=("URL", phish), h=_sha(rng, 64), ip6=_ip(rng, 1), cve=_ref(rng, 'cve'),
        v=_ver(rng), ip2=_ip(rng, 0), ts=_iso_ts(rng), n=rng.randint(2, 90))

# ---------------------------------------------------------------------------- nonprofit
def _np_grant_form(rng: Rng, b: _Builder) -> None:
    cp, chair = _person(rng), _person(rng)
    bank = (["Disbursement account #: ", _acct(rng, "bank"), _pat(rng, "  (routing 0#1000###)")]
            if rng.random() < 0.6 else ["Disbursement IBAN: ", _iban(rng)])
    b.f("{fund} - {cyc} Grant Application\nApplicant organization: {app}\nEIN: {ein}\n"
        "Primary contact: {cp}, {title}\nContact email: {em}\nContact phone: {ph}\n"
        "Mailing address:\n{addr}\nService area: {loc1}; {loc2}\nAmount requested: {amt}\n"
        "Project start date: {start}\n{bank}\nBoard chair: {chair}\n"
        "Submitted {ts} | autosave v{n}\n",
        fund=_org(rng, "nonprofit_grants")[0], cyc=rng.choice(["Spring", "Fall", "Rapid Response"]),
        app=rng.choice(["Eleanor Roosevelt Literacy Project", "Cesar Chavez Farmworker Alliance",
                        "Riverbend Food Pantry", "Malala Girls Coding Circle"]),
        ein=_pat(rng, "##-#######"), cp=_nm(rng, cp, "full", "mi"), em=_email(rng, cp),
        title=rng.choice(["Executive Director", "Grants Manager", "Program Lead"]), ph=_phone(rng),
        addr=_address(rng, True), loc1=_loc(rng, "us", "city", "region"),
        loc2=_loc(rng, "cc", "country", "region"), amt=_amount(rng, 5000, 250_000, "$"),
        start=_when(rng, "date"), bank=bank, chair=_nm(rng, chair, "full", "lf"), ts=_iso_ts(rng),
        n=rng.randint(2, 30))

def _np_email(rng: Rng, b: _Builder) -> None:
    fund, host = _org(rng, "nonprofit_grants")
    gr, po, v1, v2 = (_person(rng) for _ in range(4))
    b.f("Subject: Final reports due {due}\n\nDear {gf},\n\nThank you for partnering with {fund}. "
        "The final narrative and budget for grant {gid} are due {due2}. Spending variance above "
        "{pct} needs a short explanation.\n\nOur site-visit team ({v1} and {v2}) will be in {loc} "
        "the week of {wk}. Upload documents at {url}. Questions: {em} or {ph}.\n\nWarmly,\n{po}\n"
        "Program Officer, {fund}\n",
        due=_when(rng, "date"), gf=_nm(rng, gr, "first", "full"), fund=fund,
        gid=_pat(rng, "G-202#-####"), due2=_when(rng, rng.choice(["dt", "wd"])), pct=_pct(rng),
        v1=_nm(rng, v1, "full"), v2=_nm(rng, v2, "full", "first"), wk=_when(rng, "wday"),
        loc=_loc(rng, "cc", "city", "region"), url=_url(rng, host, "grantee/#/reports", "reports"),
        em=_email(rng, po, host), ph=_phone(rng), po=_nm(rng, po, "full", "mi"))

def _np_donor_csv(rng: Rng, b: _Builder) -> None:
    b.add("donor_id,donor_name,email,city,amount,gift_date,method,card,campaign\n")
    for _ in range(rng.randint(2, 6)):
        p = _person(rng)
        b.f('D-{n},"{name}",{em},"{city}",{amt},{d},{m},****{l4},{cmp}\n', n=_pat(rng, "#####"),
            name=_nm(rng, p, "lf", "full"), em=_email(rng, p), city=_loc(rng, "cc", "us"),
            amt=f"{rng.randint(5, 5000)}.00", d=_when(rng, rng.choice(["us", "iso"])),
            m=rng.choice(["card", "ach", "paypal"]), l4=_pat(rng, "####"),
            cmp=rng.choice(["spring-appeal", "giving-tuesday", "gala-2025"]))

def _np_site_md(rng: Rng, b: _Builder) -> None:
    b.f("## {fund} - site visit plan\n\n| Grantee | Contact | City | Visit | Phone |\n"
        "|---|---|---|---|---|\n", fund=_org(rng, "nonprofit_grants")[0])
    for _ in range(rng.randint(2, 5)):
        b.f("| {g} | {c} | {loc} | {d} | {ph} |\n", c=_nm(rng, _person(rng), "full", "mi"),
            g=rng.choice(["Nelson Mandela Youth League", "Lotus Arts Collective", "Green Roots "
                          "Co-op", "Frida Kahlo Art House", "Open Hands Clinic"]),
            loc=_loc(rng, "cc", "us"), d=_when(rng, rng.choice(["date", "md"])),
            ph=_phone(rng, 0.4))
    b.f("\nBudget: {amt} travel, per diem {amt2}. Status: {pct} confirmed.\n",
        amt=_amount(rng, 2000, 30_000, "$"), amt2=_amount(rng, 40, 180, "$"), pct=_pct(rng))

def _np_wire_sms(rng: Rng, b: _Builder) -> None:
    gr, po, c = _person(rng), _person(rng), _Clock(rng)
    grantee = rng.choice(["Amani Girls Soccer", "Casa Esperanza", "Mekong Literacy Trust"])
    b.f("SMS with {gn}\n> [{t}] Hi {gf}, {pf} from {fund}. To release the second tranche we need "
        "the IBAN for {grantee}.\n< [{t2}] Hello! It's {iban}, account name {grantee}, BIC {bic}.\n"
        "> [{t3}] Thanks - transfer of {amt} is scheduled for {when}. Ref {ref}.\n",
        gn=_nm(rng, gr, "full"), t=c.chat(), gf=_nm(rng, gr, "first"), pf=_nm(rng, po, "first"),
        fund=_org(rng, "nonprofit_grants")[0], grantee=grantee, t2=c.chat(), iban=_iban(rng),
        bic=rng.choice(["KCBLKENX", "BCMRMXMM", "DEUTDEFF"]), t3=c.chat(),
        amt=_amount(rng, 5000, 60_000, rng.choice(["EUR ", "USD "])),
        when=_when(rng, rng.choice(["date", "wday"])), ref=_ref(rng, "order"))
    if rng.random() < 0.6:
        b.f("< [{t}] Great. Please also note our new office: {addr}\n", t=c.chat(),
            addr=_address(rng, False, us=False))

# ------------------------------------------------------------------------------- sports
def _sc_signup(rng: Rng, b: _Builder) -> None:
    club, p, ec = _org(rng, "sports_club_membership")[0], _person(rng), _person(rng)
    pay = (["Card number: ", _cc(rng), "   CVC: ***"] if rng.random() < 0.7
           else ["SEPA direct debit IBAN: ", _iban(rng)])
    b.f("Join {club} - Membership Sign-up\nFull name: {name}\nDate of birth: {dob}\nEmail: {em}\n"
        "Phone: {ph}\nHome address: {addr}\nMembership type: {tier} ({amt}/month)\n"
        "Emergency contact name: {ec}\nEmergency contact phone: {ecph}\n{pay}\n"
        "Promo code: {promo}\nMember ID (assigned): SC-{mid}\n"
        "-- submitted {ts} from {ip}; terms {v} accepted\n",
        club=club, name=_nm(rng, p, "full", "mi"), dob=_dob(rng, 1950, 2012), em=_email(rng, p),
        ph=_phone(rng), addr=_address(rng, False), amt=_amount(rng, 19, 249, "$"),
        tier=rng.choice(["Individual", "Family", "Junior", "Off-peak"]),
        ec=_nm(rng, ec, "full", "first"), ecph=_phone(rng), pay=pay,
        promo=rng.choice(["SPRING25", "FRIEND10", "NEWYEAR"]), mid=_pat(rng, "######"),
        ts=_iso_ts(rng), ip=_ip(rng), v=_ver(rng))

def _sc_team_sms(rng: Rng, b: _Builder) -> None:
    coach, p1, p2, c = _person(rng), _person(rng), _person(rng), _Clock(rng)
    b.f("{club} U{age} parents group\n[{t}] Coach {cf}: Reminder - match vs {rival} is {when} at "
        "{venue}. Arrive 45 min early!\n[{t2}] {a}: can someone give {kid} a ride? we're coming "
        "back from {loc}\n[{t3}] {bn}: i can! text me at {ph}. we pick up at {addr}\n"
        "[{t4}] Coach {cf2}: thanks {pf}. dues ({amt}) due {due} - pay in the app. {pct} paid so "
        "far\n", club=_org(rng, "sports_club_membership")[0], age=rng.choice([10, 12, 14, 16]),
        t=c.chat(), cf=_nm(rng, coach, "first", "last"), when=_when(rng, rng.choice(["wd", "md"])),
        rival=rng.choice(["Northside FC", "Lakeview United", "Real Harbor SC"]),
        venue=rng.choice(["Jackie Robinson Field", "Pelé Park pitch 3", "Lincoln Hall gym"]),
        t2=c.chat(), a=_nm(rng, p1, "lowf"), kid=_nm(rng, _person(rng), "first"),
        loc=_loc(rng, "us", "city", "region"), t3=c.chat(), bn=_nm(rng, p2, "lowf", "first"),
        ph=_phone(rng), addr=_address(rng, False, us=True), t4=c.chat(),
        cf2=_nm(rng, coach, "first"), pf=_nm(rng, p2, "first"), amt=_amount(rng, 40, 300, "$"),
        due=_when(rng, "date"), pct=_pct(rng))

def _sc_payment_log(rng: Rng, b: _Builder) -> None:
    c = _Clock(rng)
    for _ in range(rng.randint(4, 8)):
        k = rng.randrange(5)
        b.add(f"{_iso_ts(rng) if rng.random() < 0.5 else c.log()} ")
        if k == 0:
            b.f("INFO billing: charge.succeeded member=SC-{m} amount={a} card=****{l4} ip={ip}\n",
                m=_pat(rng, "######"), a=rng.randint(20, 200), l4=_pat(rng, "####"), ip=_ip(rng))
        elif k == 1:
            b.f("ERROR billing: stripe auth failed key={k} http=401 request={u}\n",
                k=_tok(rng, "stripe"),
                u=_uuid(rng))
        elif k == 2:
            b.f("WARN billing: raw card_number={cc} logged by legacy form (PCI) user={em}\n",
                cc=_cc(rng), em=_email(rng))
        elif k == 3:
            b.f("WARN billing: validation rejected card={bad} reason=luhn status=422\n",
                bad=_card(rng, False))
        else:
            b.f("INFO billing: refund processed invoice={o} amount={a} latency={ms}ms\n",
                o=_ref(rng, "order"), a=_amount(rng, 10, 250), ms=rng.randint(30, 900))

def _sc_roster_md(rng: Rng, b: _Builder) -> None:
    b.f("### {club} - {team} roster ({season})\n\n| # | Player | DOB | Guardian phone | Pos |\n"
        "|---|---|---|---|---|\n", club=_org(rng, "sports_club_membership")[0],
        team=rng.choice(["U16 girls", "U14 boys", "Juniors"]),
        season=rng.choice(["fall", "spring"]))
    for _ in range(rng.randint(3, 6)):
        b.f("| {n} | {name} | {dob} | {ph} | {pos} |\n", n=rng.randint(1, 99),
            name=_nm(rng, _person(rng), "full", "lf"), ph=_phone(rng),
            dob=_dob(rng, 2008, 2016, rng.choice(["us", "iso"])), pos=rng.choice(["GK", "DF"]))

def _sc_call(rng: Rng, b: _Builder) -> None:
    club, ag, mem = _org(rng, "sports_club_membership")[0], _person(rng), _person(rng)
    b.f("Call summary + transcript | {club} member services | {u}\n"
        "Rep: Thanks for calling {club}, this is {af}. How can I help?\n"
        "Member: Hi, I need to freeze my membership. It's under {mn}.\n"
        "Rep: No problem. Can you read me your customer account number?\nMember: {acct}.\n"
        "Rep: And the address on file?\nMember: {addr}\n"
        "Rep: Got it. The freeze starts {start}; your next charge of {amt} is skipped. Member card "
        "SC-{mid} stays active for the pool.\nMember: Great, send confirmation to {em}.\n",
        club=club, u=_uuid(rng), af=_nm(rng, ag, "first"), mn=_nm(rng, mem, "full", "low"),
        acct=_acct(rng, "cust"), addr=_address(rng, False), start=_when(rng, "date"),
        amt=_amount(rng, 19, 249, "$"), mid=_pat(rng, "######"), em=_email(rng, mem))

# ---------------------------------------------------------------------------- negatives
def _neg_log(rng: Rng, b: _Builder, dom: str) -> None:
    svc, c = _NEG_VOCAB[dom][0], _Clock(rng)
    for _ in range(rng.randint(4, 9)):
        b.add(rng.choice([
            f"{c.log()} INFO  [{svc}] request_id={_uuid(rng)} status={rng.choice([200, 201, 204])} "
            f"latency={rng.randint(3, 900)}ms\n",
            f"{_iso_ts(rng)} WARN  [{svc}] retrying job {_uuid(rng)} attempt {rng.randint(2, 5)}/5 "
            f"(HTTP {rng.choice([429, 502, 503])})\n",
            f"{c.log()} DEBUG [{svc}] cache hit ratio {_pct(rng)} heap {rng.randint(200, 900)}MB\n",
            f"ts={rng.randint(1_700_000_000, 1_790_000_000)} level=info svc={svc} "
            f"version={_ver(rng)} deploy={_sha(rng, 7)}\n",
            f"{c.log()} ERROR [{svc}] upstream timeout; next run {rng.choice(_REL_FUT)}\n",
        ]))

def _neg_changelog(rng: Rng, b: _Builder, dom: str) -> None:
    b.add(f"## {_NEG_VOCAB[dom][0]} {_ver(rng)} ({_sha(rng, 7)})\n\n### Security\n")
    for _ in range(rng.randint(1, 3)):
        b.add(f"- Bump dependency to {_ver(rng)} to address {_ref(rng, 'cve')} "
              f"(CVSS {rng.randint(40, 98) / 10})\n")
    b.add(f"\n### Fixed\n- Retry on HTTP {rng.choice([409, 429, 503])} instead of failing fast\n"
          f"- Export of {_NEG_VOCAB[dom][1]} no longer truncates after 10,000 rows\n"
          f"- Migration {_uuid(rng)[:8]} is now idempotent (commit {_sha(rng)})\n"
          f"\nChecksums: sha256 {_sha(rng, 64)}\n")

def _neg_order(rng: Rng, b: _Builder, dom: str) -> None:
    b.add(f"Order confirmation {_ref(rng, 'order')}\n\nThank you for your purchase!\n\n"
          f"  {rng.randint(1, 12)} x {_NEG_VOCAB[dom][2]} ........ {_amount(rng, 20, 4000)}\n"
          f"  Shipping ......................... {_amount(rng, 0, 60)}\n"
          f"  Discount ({_pct(rng)}) ............. -{_amount(rng, 1, 200)}\n\n"
          f"Invoice {_ref(rng, 'order')} | Tracking {_ref(rng, 'track')}\nEstimated delivery: "
          f"{rng.choice(_REL_FUT)}. Questions? Reply with ticket {_ref(rng, 'ticket')}.\n")

def _neg_chat(rng: Rng, b: _Builder, dom: str) -> None:
    c = _Clock(rng)
    lines = [
        f"[{c.chat()}] agent: ticket {_ref(rng, 'ticket')} still open, eta {rng.choice(_REL_FUT)}",
        f"[{c.chat()}] customer: ok. the {_NEG_VOCAB[dom][1]} page shows HTTP 500 again",
        f"[{c.chat()}] agent: known issue since {_ver(rng)}, fix rolling out to {_pct(rng)}",
        f"[{c.chat()}] customer: lol fine. grabbing a {rng.choice(_BRANDS)} while i wait",
        f"[{c.chat()}] agent: refund of {_amount(rng, 5, 300)} posted {rng.choice(_REL_PAST)}",
    ]
    b.add("\n".join(lines[: rng.randint(3, 5)]) + "\n")

def _neg_config(rng: Rng, b: _Builder, dom: str) -> None:
    svc, ph = _NEG_VOCAB[dom][0], rng.sample(_PLACEHOLDERS, 4)
    b.add(f"# {svc} example config - copy to .env and fill in real values\n"
          f"APP_NAME={svc}\nDEBUG=false\nLOG_LEVEL=info\nTIMEOUT_SECONDS=30\nREGION=us-east-1\n"
          f"DB_PASSWORD={ph[0]}\nAPI_KEY={ph[1]}\nWEBHOOK_SECRET={ph[2]}\nSLACK_TOKEN={ph[3]}\n"
          f"# AWS docs sample credentials, never real:\nAWS_ACCESS_KEY_ID={_DOC_AWS[0]}\n"
          f"AWS_SECRET_ACCESS_KEY={_DOC_AWS[1]}\nSTRIPE_KEY=sk_test_{'X' * 24}\n"
          f"PASSWORD=********\nMAX_CONNECTIONS={rng.choice([10, 50, 100])}\nBUILD={_sha(rng, 7)}\n"
          "TLS_KEY=-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\n")

def _neg_qa(rng: Rng, b: _Builder, dom: str) -> None:
    b.add(f"QA run {_uuid(rng)} for {_NEG_VOCAB[dom][0]} {_ver(rng)}\n"
          f"- reject card {_card(rng, False)} (bad checksum) ... PASS\n"
          f"- reject card {_card(rng, False)} ... PASS\n"
          f"- reject SSN {_bad_ssn(rng)} (invalid area/group/serial) ... PASS\n"
          f"- reject SSN {_bad_ssn(rng)} ... PASS\n- parse ISBN {_isbn(rng)} ... PASS\n"
          f"- device {_ref(rng, 'mac')} registered ... PASS\n"
          f"- artifact md5 {_sha(rng, 32)} matches ... {'PASS' if rng.random() < 0.8 else 'FAIL'}\n"
          f"Summary: {rng.randint(40, 400)} passed, {rng.randint(0, 5)} failed, cov {_pct(rng)}\n")

def _neg_inventory(rng: Rng, b: _Builder, dom: str) -> None:
    b.add("sku,description,lot,qty,unit_cost,device_mac,asset_uuid\n")
    for _ in range(rng.randint(2, 6)):
        b.add(f"SKU-{_pat(rng, '#####')},\"{_NEG_VOCAB[dom][2]}\",{_ref(rng, 'lot')},"
              f"{rng.randint(1, 500)},{rng.uniform(1, 900):.2f},{_ref(rng, 'mac')},{_uuid(rng)}\n")

def _neg_faq(rng: Rng, b: _Builder, dom: str) -> None:
    b.add(f"FAQ - {_NEG_VOCAB[dom][1]}\n\nQ: Where do I find my member ID?\n"
          "A: It's printed on your card in the format XX-000000. Never share your SSN "
          "(XXX-XX-XXXX) over chat.\n\nQ: How long do refunds take?\nA: Usually "
          f"{rng.choice(_REL_FUT)}; {_pct(rng)} of refunds settle within 3 days.\n\n"
          f"Q: Do you partner with {rng.choice(_BRANDS)}?\nA: Yes - see promo code "
          f"{_rs(rng, _UP, 6)}. Errors like HTTP {rng.choice([404, 500, 503])} mean maintenance.\n")

# ----------------------------------------------------------------------------- registry
_TEMPLATES: dict[str, tuple[Callable[[Rng, _Builder], None], ...]] = {
    "home_health_agency": (_hh_intake_scan, _hh_sms, _hh_ehr_json, _hh_call, _hh_llm,
                           _hh_md_schedule),
    "mortgage_lending": (_ml_application, _ml_email, _ml_pipeline_csv, _ml_env, _ml_agent),
    "rideshare_support": (_rs_chat, _rs_log, _rs_onboarding, _rs_incident, _rs_agent),
    "public_library": (_lib_signup, _lib_overdue, _lib_ill_tsv, _lib_pc_log, _lib_chat),
    "blood_bank": (_bb_donor_form, _bb_sms, _bb_crossmatch_csv, _bb_order_email, _bb_call),
    "cybersecurity_soc": (_soc_alert_json, _soc_incident_md, _soc_chat, _soc_config_leak,
                          _soc_fw_log, _soc_llm_triage),
    "nonprofit_grants": (_np_grant_form, _np_email, _np_donor_csv, _np_site_md, _np_wire_sms),
    "sports_club_membership": (_sc_signup, _sc_team_sms, _sc_payment_log, _sc_roster_md, _sc_call),
}
_NEG_TEMPLATES = (_neg_log, _neg_changelog, _neg_order, _neg_chat, _neg_config, _neg_qa,
                  _neg_inventory, _neg_faq)

# --------------------------------------------------------------------------- self-check
_RE_EMAIL = re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
_SCANS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("URL", re.compile(r"https?://[^\s\"'<>`|]+")),
    ("EMAIL_ADDRESS", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("IP_ADDRESS", re.compile(r"(?<![\w.:])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")),
    ("AWS_ACCESS_KEY", re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b")),
    ("GITHUB_TOKEN", re.compile(r"\b(?:gh[pos]_[A-Za-z0-9]{20,}|github_pat_\w{20,})")),
    ("SLACK_TOKEN", re.compile(r"\bxox[bp]-\d+-[\w-]+")),
    ("STRIPE_KEY", re.compile(r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{8,}")),
    ("JWT", re.compile(r"\beyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]{10,}")),
    ("PRIVATE_KEY", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----\n[A-Za-z0-9+/=]{40,}")),
    ("US_SSN", re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")),
    ("CREDIT_CARD", re.compile(r"(?<![\w-])[2-6]\d{3}(?:[ -]?\d){11,12}(?![\w-])")),
)

def _value_ok(etype: str, v: str) -> bool:
    digits = re.sub(r"\D", "", v)
    checks: dict[str, Callable[[], bool]] = {
        "PERSON": lambda: not re.search(r"\d|^(?i:dr|mr|ms|mrs|mx)\.? ", v),
        "EMAIL_ADDRESS": lambda: bool(_RE_EMAIL.fullmatch(v)),
        "PHONE_NUMBER": lambda: 10 <= len(digits) <= 13 and v[0] in "+(123456789",
        "US_SSN": lambda: _ssn_ok(v),
        "CREDIT_CARD": lambda: _luhn_ok(digits) and len(digits) in (15, 16) and v[0] in "23456",
        "IBAN_CODE": lambda: _iban_ok(v),
        "IP_ADDRESS": lambda: bool(ipaddress.ip_address(v)),
        "URL": lambda: v.startswith(("http://", "https://")),
        "DATE_TIME": lambda: not re.search(r"\dT\d", v),
        "AWS_ACCESS_KEY": lambda: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", v)),
        "AWS_SECRET_KEY": lambda: len(v) == 40 and "EXAMPLE" not in v,
        "GITHUB_TOKEN": lambda: v.startswith(("ghp_", "gho_", "ghs_", "github_pat_")),
        "SLACK_TOKEN": lambda: v.startswith(("xoxb-", "xoxp-")),
        "STRIPE_KEY": lambda: v.startswith(("sk_live_", "rk_live_", "sk_test_")),
        "JWT": lambda: "alg" in json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "==")),
        "PRIVATE_KEY": lambda: v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----"),
        "GENERIC_SECRET": lambda: len(set(v)) >= 10,
        "PASSWORD": lambda: len(set(v)) >= 6 and " " not in v,
    }
    return bool(v) and v == v.strip() and checks.get(etype, lambda: True)()

def _check(doc: dict[str, Any], negative: bool) -> list[str]:
    """Return the problems found in ``doc`` (empty when it is consistent)."""
    text, ents = doc["text"], doc["entities"]
    problems = ["negative document has entities"] if negative and ents else []
    prev_end = 0
    for e in ents:
        s, en, t = e["start"], e["end"], e["type"]
        if t not in ENTITY_TYPES or not 0 <= s < en <= len(text) or s < prev_end:
            problems.append(f"bad span {e}")
            continue
        prev_end = en
        if not _value_ok(t, text[s:en]):
            problems.append(f"invalid {t} value {text[s:en]!r}")
    for etype, rx in _SCANS:
        for m in rx.finditer(text):
            val = m.group(0)
            if (etype == "AWS_ACCESS_KEY" and "EXAMPLE" in val) or (
                    etype in ("GITHUB_TOKEN", "STRIPE_KEY") and len(set(val.split("_")[-1])) <= 4):
                continue
            if etype == "IP_ADDRESS":
                try:
                    ipaddress.ip_address(val)
                except ValueError:
                    continue
            if (etype == "US_SSN" and not _ssn_ok(val)) or (
                    etype == "CREDIT_CARD" and not _luhn_ok(re.sub(r"\D", "", val))):
                continue
            hits = [e for e in ents if e["start"] < m.end() and m.start() < e["end"]]
            if etype in ("US_SSN", "CREDIT_CARD") and hits:
                continue
            if not any(e["type"] == etype for e in hits):
                problems.append(f"unlabeled {etype}: {val[:40]!r}")
    return problems

# --------------------------------------------------------------------------- generation
def _make_doc(i: int, seed: int) -> tuple[dict[str, Any], int, bool]:
    """Build document ``i``; rebuild (same rng stream) until the self-check passes."""
    rng = random.Random(f"{seed}-{i}")
    domain = DOMAINS[i % len(DOMAINS)]
    negative = rng.random() < NEGATIVE_RATE
    problems: list[str] = []
    for attempt in range(1, 51):
        b = _Builder()
        if negative:
            rng.choice(_NEG_TEMPLATES)(rng, b, domain)
        else:
            rng.choice(_TEMPLATES[domain])(rng, b)
        text, ents = b.build()
        doc = {"id": f"blind4-{seed}-{i:06d}", "domain": domain, "text": text, "entities": ents}
        problems = _check(doc, negative)
        if not problems:
            return doc, attempt, negative
    raise RuntimeError(f"document {i} failed self-check: {problems}")

def generate(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Yield ``n`` labeled documents (see the module docstring)."""
    for i in range(n):
        yield _make_doc(i, seed)[0]

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate the blind4 synthetic PII corpus (JSONL).")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default="-", help="JSONL path, or '-' for stdout")
    args = ap.parse_args(argv)
    by_type: Counter[str] = Counter()
    by_domain: Counter[str] = Counter()
    stats = Counter(regenerations=0, negative_documents=0)

    def emit(out: Any) -> None:
        for i in range(args.n):
            doc, attempts, negative = _make_doc(i, args.seed)
            stats["regenerations"] += attempts - 1
            stats["negative_documents"] += negative
            by_domain[doc["domain"]] += 1
            by_type.update(e["type"] for e in doc["entities"])
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")

    if args.output == "-":
        emit(sys.stdout)
    else:
        with open(args.output, "w", encoding="utf-8") as fh:
            emit(fh)
    summary = {"documents": args.n, **stats, "self_check": "passed",
               "documents_per_domain": dict(by_domain),
               "entities_per_type": {t: by_type[t] for t in ENTITY_TYPES},
               "total_entities": sum(by_type.values())}
    print(json.dumps(summary, indent=2), file=sys.stderr)
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
