#!/usr/bin/env python3.11
"""Blind synthetic labelled corpus #12 for a PII / PHI / secrets detector.

Standard library only.  ``generate(n, seed=0)`` yields dicts
``{"id", "text", "entities": [{"start", "end", "type"}]}``; offsets are
character offsets, end exclusive.  Document *i* depends only on (seed, i)
(it is built from ``random.Random(f"{seed}-{i}")``).  Every document is
assembled by appending plain pieces and labelled pieces to a builder; offsets
come from the pieces, never from searching the finished text.

CLI:  --check  (validate 3000 docs, print per-type counts)
      --sample K  (pretty-print K docs with spans)
      --n N --seed S --output F.jsonl

Domains / generators (all different from earlier corpora): pharmacy refill
emails, clinical-trial enrollment forms, school nurse notes, legal intake /
court captions, police incident reports, gym CRM CSV exports, ride-share
dispatch logs, food-delivery support chats, property-maintenance tickets,
charity donor CRM JSON, wage-garnishment letters, tax-preparer notes,
telehealth transcripts, auto-repair invoices, airline lost-baggage claims,
conference badge markdown tables, SRE postmortems with config snippets,
API-gateway access logs, Terraform / Ansible / Helm files, SQL dumps,
Jupyter notebook cells, git commit logs, Slack export JSON, mobile crash
reports, sports-club roster TSV, library patron records, and short
Dutch / Italian / Polish / Turkish snippets.

Entity types: PERSON, EMAIL_ADDRESS, PHONE_NUMBER, US_SSN, CREDIT_CARD,
IBAN_CODE, IP_ADDRESS, DATE_OF_BIRTH, DATE_TIME, LOCATION, ADDRESS, URL,
MEDICAL_RECORD_NUMBER, HEALTH_PLAN_NUMBER, ACCOUNT_NUMBER, DRIVER_LICENSE,
AWS_ACCESS_KEY, AWS_SECRET_KEY, GITHUB_TOKEN, SLACK_TOKEN, STRIPE_KEY, JWT,
PRIVATE_KEY, PASSWORD, GENERIC_SECRET.

Labelling conventions
---------------------
* Spans exclude surrounding quotes, brackets, field labels ("DOB:") and
  trailing punctuation; they never start/end with whitespace; never overlap.
* PERSON: individuals' full names, given names alone, surnames alone.
  Titles / honorifics (Dr., Mr., Sra., Herr, Ofc., dhr., Pani ...) are
  outside; middle initials inside; "Last, First" together is ONE span, and
  so is the airline "LAST/FIRST" form; ALL-CAPS and lowercase names are
  labelled; possessive 's is outside.  Separate first_name / last_name
  columns give two spans.  Not labelled: brands/companies named after people
  (Ben & Jerry's, Ferrari, Dr. Martens ...), pet names, usernames/handles,
  names that only occur inside an email/URL.
* LOCATION: city, state, country, region used as a place; "City, ST" /
  "City, Country" written together is ONE span.  Nationalities, languages,
  IATA codes are not labelled.  Places inside an ADDRESS are not separate.
* ADDRESS: whole street address (number, street, unit, and when written
  together city/state/postcode/country) as one span, multi-line blocks one
  span, P.O. boxes included.  Business addresses are labelled too.
* DATE_OF_BIRTH only where the text says it is a birth date.  DATE_TIME:
  explicit calendar dates and explicit clock times in prose or fields
  (including ISO dates inside form/JSON/SQL *fields* that are dates of an
  event, and Outlook-style "Sent:" headers).  Date + time written together,
  joined by at/um/à/às/om/alle/o/saat/"," is ONE span; an attached weekday
  is inside.
* Hard negatives (never labelled): machine timestamps of log lines / git
  headers / SQL created_at audit columns / epoch values / chat and
  transcript prefixes ("[09:14:02]", "9:14 PM Name:", "[00:03:12]"),
  durations, years alone, weekdays alone, relative times, order / invoice /
  Rx / ticket / claim / case / booking / file / bag-tag numbers, employee
  and subject ids, badge numbers, license plates, VINs, version strings,
  UUIDs, SHAs, hex hashes, Luhn-invalid 16-digit numbers, SSN-shaped
  numbers with area 000/666/9xx (e.g. ITINs), masked values (****1234,
  [REDACTED], ${VAR}, {{ vault_x }}), brands, pet names, drug names,
  ICD/CPT codes, amounts, routing numbers, BIC codes, group numbers, IATA
  codes, flight and seat numbers.
* PHONE_NUMBER: phone/fax numbers incl. +, parentheses and separators;
  "tel:" prefix and extensions outside.
* EMAIL_ADDRESS every email; URL http/https with path and query (an email
  inside a URL is not separately labelled); IP_ADDRESS every concrete
  IPv4/IPv6 host, port and /CIDR outside.  Database connection strings
  (postgres://, redis://) are not URLs; their password part is PASSWORD and
  an IP host is IP_ADDRESS.
* US_SSN valid area/group/serial only; CREDIT_CARD full Luhn-valid PANs only;
  IBAN_CODE mod-97-valid only (spaces inside the span when grouped).
* MEDICAL_RECORD_NUMBER, HEALTH_PLAN_NUMBER (health plan member/subscriber
  ids), ACCOUNT_NUMBER (bank / utility / customer / donor-bank accounts),
  DRIVER_LICENSE: the id only.
* Secrets: AWS_ACCESS_KEY (AKIA/ASIA+16), AWS_SECRET_KEY (40 chars),
  GITHUB_TOKEN, SLACK_TOKEN, STRIPE_KEY (sk_live_/rk_live_), JWT, PRIVATE_KEY
  (whole PEM block incl. BEGIN/END lines; indentation or diff '-' prefixes
  of inner lines stay inside the span), PASSWORD (passwords, passcodes,
  alarm codes, meeting passcodes), GENERIC_SECRET (other API keys, tokens,
  client secrets, webhook secrets in key=value / config / header context).
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as _dt
import json
import random
import string
import sys
import unicodedata

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
]
TYPESET = set(TYPES)
MIN_LEN, MAX_LEN = 200, 2500


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
class B:
    """Append plain strings, (value, TYPE) tuples, or lists of those."""

    def __init__(self):
        self.parts: list[str] = []
        self.ents: list[dict] = []
        self.n = 0

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.parts.append(it)
                self.n += len(it)
            elif isinstance(it, tuple):
                s, typ = it
                if typ is None:
                    self.add(s)
                    continue
                if typ not in TYPESET:
                    raise ValueError(typ)
                if not s or s != s.strip():
                    raise ValueError(f"bad span {s!r}")
                self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
                self.parts.append(s)
                self.n += len(s)
            else:
                self.add(*it)
        return self

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
NAMES = {
    "en": ("James Emily Michael Sarah Robert Jessica William Ashley David Megan Thomas Hannah "
           "Christopher Lauren Daniel Olivia Matthew Abigail Kevin Brittany Connor Siobhan",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Martin "
           "Thompson White Harris Clark Lewis Walker Hall O'Brien Fitzgerald McAllister Whitaker"),
    "es": ("José María Carlos Lucía Alejandro Sofía Javier Valentina Miguel Camila Diego Isabel "
           "Fernando Guadalupe Rocío Joaquín",
           "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores "
           "Rivera Gómez Díaz Morales Castillo Ibáñez Villanueva"),
    "pt": ("João Ana Pedro Mariana Tiago Beatriz Rafael Inês Gonçalo Larissa Thiago Fernanda",
           "Silva Santos Oliveira Souza Ferreira Pereira Costa Rodrigues Almeida Carvalho Gonçalves "
           "Ribeiro Magalhães"),
    "fr": ("Jean Camille Louis Chloé Antoine Manon Hugo Élodie Mathieu Léa Guillaume Margaux "
           "Jean-Baptiste Anaïs",
           "Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Lefèvre Girard Fournier "
           "Saint-Pierre Chevalier"),
    "de": ("Lukas Anna Maximilian Lena Jonas Katharina Felix Sophie Tobias Jana Matthias Ute Jürgen",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
           "Krüger Baumgärtner"),
    "it": ("Giuseppe Giulia Marco Francesca Alessandro Chiara Luca Martina Matteo Federica Lorenzo Alessia",
           "Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
           "De Luca|D'Angelo"),
    "nl": ("Daan Sanne Bram Lotte Jeroen Femke Thijs Anouk Sem Eline Joost Marloes",
           "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|"
           "van der Meer|Hendriks"),
    "pl": ("Jakub Zofia Kacper Julia Mateusz Maja Piotr Agnieszka Krzysztof Małgorzata Łukasz",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymańska "
           "Woźniak Dąbrowski"),
    "tr": ("Mehmet Ayşe Mustafa Fatma Ahmet Elif Emre Zeynep Burak Özlem Çağrı",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan"),
    "ar": ("Mohammed Fatima Ahmed Aisha Omar Layla Youssef Mariam Khalid Noura Hassan Rania",
           "Al-Sayed Haddad Khoury Al-Farsi Mansour Nasser Abdullah El-Amin Saleh Hamdan Qureshi Bakr"),
    "fa": ("Reza Maryam Ali Shirin Dariush Parisa Kian Niloufar Farhad Leila",
           "Hosseini Mohammadi Rahimi Karimi Ahmadi Tehrani Jafari Moradi Sadeghi Rostami"),
    "in": ("Aarav Priya Rohan Ananya Vikram Deepika Arjun Kavya Sanjay Lakshmi Rahul Sneha",
           "Sharma Patel Iyer Reddy Nair Gupta Singh Chatterjee Mehta Krishnan Desai Banerjee"),
    "zh": ("Wei Fang Jun Xiaoming Hao Mei Yong Jing Zhiwei Xiuying",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun"),
    "ko": ("Min-jun Seo-yeon Ji-ho Ha-eun Dong-hyun Ji-woo Sung-min Yuna",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    "vi": ("Minh Linh Thanh Huong Duc Mai Quang Thu Tuan Ngoc",
           "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do"),
    "ja": ("Haruto Yui Sota Aoi Takumi Sakura Kenji Yuki Hiroshi Emi",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato"),
    "ng": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Babatunde Yetunde",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Obi Chukwu"),
    "ke": ("Wanjiru Otieno Achieng Kamau Njeri Kipchoge Wambui Mwangi Akinyi Kiprono",
           "Mwangi Otieno Kariuki Odhiambo Njoroge Kiplagat Wanjala Mutua Ochieng Kimani"),
}
NAMES = {k: (g.split(), s.split("|") if "|" in s else s.split()) for k, (g, s) in NAMES.items()}
ORIGINS = list(NAMES)
EASTERN = {"zh", "ko", "vi", "ja"}


def fold(s: str) -> str:
    s = (s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
         .replace("ß", "ss"))
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum())


class P:
    def __init__(self, r: random.Random, origin: str | None = None):
        self.origin = origin or r.choice(ORIGINS)
        g, s = NAMES[self.origin]
        self.first = r.choice(g)
        self.last = r.choice(s)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        self.eastern = self.origin in EASTERN and r.random() < 0.35
        self.r = r

    def full(self):
        return f"{self.last} {self.first}" if self.eastern else f"{self.first} {self.last}"

    def name(self, styles="full full full initial lastfirst upper lower first last fi"):
        st = self.r.choice(styles.split())
        return {
            "full": self.full(),
            "initial": f"{self.first} {self.mi}. {self.last}",
            "lastfirst": f"{self.last}, {self.first}",
            "ulastfirst": f"{self.last.upper()}, {self.first.upper()}",
            "upper": self.full().upper(),
            "lower": self.full().lower(),
            "first": self.first,
            "last": self.last,
            "fi": f"{self.first[0]}. {self.last}",
        }[st]

    def title(self):
        return self.r.choice(TITLES.get(self.origin, ["Mr. ", "Ms. "]))


TITLES = {"en": ["Mr. ", "Ms. ", "Mrs. ", "Mx. "], "es": ["Sr. ", "Sra. "], "pt": ["Sr. ", "Sra. "],
          "fr": ["M. ", "Mme "], "de": ["Herr ", "Frau "], "it": ["Sig. ", "Sig.ra "],
          "nl": ["dhr. ", "mevr. "], "pl": ["Pan ", "Pani "], "tr": ["Bay ", "Bayan "]}


def relative(r, p: P) -> P:
    q = P(r, p.origin)
    while q.first == p.first:
        q = P(r, p.origin)
    q.last, q.eastern = p.last, p.eastern
    return q


def person_str(r, p: P, styles=None):
    return (p.name(styles) if styles else p.name(), "PERSON")


FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "proton.me", "icloud.com", "hotmail.com",
            "hotmail.fr", "web.de", "gmx.de", "libero.it", "wp.pl", "ziggo.nl", "yandex.com",
            "naver.com", "qq.com", "yahoo.co.in", "aol.com", "fastmail.com", "orange.fr", "uol.com.br"]


def email_of(r, p: P, domain=None):
    f, l = fold(p.first), fold(p.last)
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(1, 99)}", f"{f}_{l}",
                      f"{l}.{f}", f"{f}{r.randint(1970, 2005)}", f"{f[0]}.{l}"])
    return f"{local}@{domain or r.choice(FREEMAIL)}"


# --------------------------------------------------------------------------
# numbers, phones, addresses, places
# --------------------------------------------------------------------------
def D(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def D1(r, n):  # no leading zero
    return str(r.randint(1, 9)) + D(r, n - 1)


PHONE_FMT = {
    "us": lambda r: r.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "+1 {a} {b} {c}", "{a}.{b}.{c}",
                              "+1 ({a}) {b}-{c}", "1-{a}-{b}-{c}", "+1-{a}-{b}-{c}"]).format(
        a=r.randint(201, 989), b=r.randint(201, 999), c=D(r, 4)),
    "uk": lambda r: r.choice([f"+44 20 7{D(r,3)} {D(r,4)}", f"+44 7{D(r,3)} {D(r,6)}",
                              f"07{D(r,3)} {D(r,6)}", f"0161 {D(r,3)} {D(r,4)}"]),
    "de": lambda r: r.choice([f"+49 30 {D(r,8)}", f"+49 171 {D(r,7)}", f"0{D1(r,3)} {D(r,7)}",
                              f"+49 (0)89 {D(r,3)} {D(r,4)}"]),
    "fr": lambda r: r.choice(["+33 6 {} {} {} {}", "06 {} {} {} {}", "+33 (0)1 {} {} {} {}",
                              "07.{}.{}.{}.{}"]).format(*(D(r, 2) for _ in range(4))),
    "nl": lambda r: r.choice([f"+31 6 {D(r,8)}", f"06-{D(r,8)}", f"+31 20 {D(r,3)} {D(r,4)}",
                              f"010 {D(r,3)} {D(r,4)}"]),
    "it": lambda r: r.choice([f"+39 3{D(r,2)} {D(r,3)} {D(r,4)}", f"02 {D(r,4)} {D(r,4)}",
                              f"+39 06 {D(r,8)}"]),
    "es": lambda r: r.choice([f"+34 6{D(r,2)} {D(r,3)} {D(r,3)}", f"91 {D(r,3)} {D(r,2)} {D(r,2)}"]),
    "mx": lambda r: r.choice([f"+52 55 {D(r,4)} {D(r,4)}", f"+52 1 33 {D(r,4)} {D(r,4)}"]),
    "pt": lambda r: f"+351 9{D(r,2)} {D(r,3)} {D(r,3)}",
    "br": lambda r: r.choice([f"+55 11 9{D(r,4)}-{D(r,4)}", f"(21) 9{D(r,4)}-{D(r,4)}"]),
    "pl": lambda r: r.choice([f"+48 {r.randint(5,8)}{D(r,2)} {D(r,3)} {D(r,3)}", f"{r.randint(5,8)}{D(r,2)}-{D(r,3)}-{D(r,3)}"]),
    "tr": lambda r: r.choice([f"+90 5{D(r,2)} {D(r,3)} {D(r,2)} {D(r,2)}", f"0 (5{D(r,2)}) {D(r,3)} {D(r,2)} {D(r,2)}"]),
    "ae": lambda r: r.choice([f"+971 50 {D(r,3)} {D(r,4)}", f"+20 10 {D(r,4)} {D(r,4)}"]),
    "ir": lambda r: f"+98 912 {D(r,3)} {D(r,4)}",
    "in": lambda r: r.choice([f"+91 9{D(r,4)} {D(r,5)}", f"+91-9{D(r,9)}", f"098{D(r,2)} {D(r,6)}"]),
    "cn": lambda r: f"+86 13{D(r,1)} {D(r,4)} {D(r,4)}",
    "kr": lambda r: r.choice([f"+82 10-{D(r,4)}-{D(r,4)}", f"010-{D(r,4)}-{D(r,4)}"]),
    "vn": lambda r: f"+84 9{D(r,2)} {D(r,3)} {D(r,3)}",
    "jp": lambda r: r.choice([f"+81 90-{D(r,4)}-{D(r,4)}", f"03-{D(r,4)}-{D(r,4)}"]),
    "ng": lambda r: r.choice([f"+234 80{D(r,1)} {D(r,3)} {D(r,4)}", f"0803 {D(r,3)} {D(r,4)}"]),
    "ke": lambda r: r.choice([f"+254 7{D(r,2)} {D(r,6)}", f"0712 {D(r,3)} {D(r,3)}"]),
}
ORIGIN_CC = {"en": ["us", "us", "uk"], "es": ["es", "mx", "us"], "pt": ["pt", "br"], "fr": ["fr"],
             "de": ["de"], "it": ["it"], "nl": ["nl"], "pl": ["pl"], "tr": ["tr"], "ar": ["ae", "us"],
             "fa": ["ir", "us"], "in": ["in", "us"], "zh": ["cn", "us"], "ko": ["kr"], "vi": ["vn", "us"],
             "ja": ["jp"], "ng": ["ng", "uk"], "ke": ["ke"]}


def phone(r, cc=None):
    return PHONE_FMT[cc or r.choice(list(PHONE_FMT))](r)


def phone_for(r, p: P, us_bias=0.5):
    if r.random() < us_bias:
        return phone(r, "us")
    return phone(r, r.choice(ORIGIN_CC[p.origin]))


US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
             ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"),
             ("Sacramento", "CA", "958"), ("Oakland", "CA", "946"), ("Paterson", "NJ", "075"),
             ("Worcester", "MA", "016"), ("Madison", "WI", "537"), ("Tampa", "FL", "336"),
             ("Aurora", "CO", "800"), ("Dearborn", "MI", "481"), ("Spokane", "WA", "992"),
             ("Albuquerque", "NM", "871"), ("Richmond", "VA", "232"), ("Queens", "NY", "113")]
STREETS = ["Maple", "Oak", "Cedar", "Elm", "Willow", "Lakeview", "Sunset", "Highland", "Pine Ridge",
           "Hillcrest", "Franklin", "Jefferson", "Church", "Mill", "Chestnut", "Magnolia", "Orchard"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Street", "Avenue", "Drive", "Place"]
WORLD = {
    "uk": ["London", "Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff"],
    "de": ["Berlin", "München", "Hamburg", "Köln", "Leipzig", "Stuttgart"],
    "fr": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille"],
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Den Haag"],
    "it": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"],
    "pl": ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań"],
    "tr": ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "in": ["Mumbai", "Bengaluru", "Chennai", "Pune", "Hyderabad", "Kochi"],
    "br": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba"],
    "ng": ["Lagos", "Abuja", "Ibadan", "Port Harcourt"],
    "ke": ["Nairobi", "Mombasa", "Kisumu", "Eldoret"],
    "jp": ["Tokyo", "Osaka", "Yokohama", "Sapporo"],
    "mx": ["Guadalajara", "Monterrey", "Puebla", "Ciudad de México"],
}
COUNTRY = {"uk": "United Kingdom", "de": "Germany", "fr": "France", "nl": "the Netherlands",
           "it": "Italy", "es": "Spain", "pl": "Poland", "tr": "Turkey", "in": "India", "br": "Brazil",
           "ng": "Nigeria", "ke": "Kenya", "jp": "Japan", "mx": "Mexico"}
EXTRA_LOC = ["Ho Chi Minh City", "Seoul", "Shenzhen", "Tehran", "Dubai", "Cairo", "Porto", "Lisbon",
             "Toronto, ON", "Vancouver, BC", "Quebec", "Bavaria", "Tuscany", "the Midwest",
             "New England", "Puerto Rico", "Ontario", "Sydney, Australia", "Cork, Ireland"]


def location(r):
    k = r.random()
    if k < 0.35:
        c, st, _ = r.choice(US_CITIES)
        return r.choice([f"{c}, {st}", c, f"{c}, {st}"])
    if k < 0.8:
        cc = r.choice(list(WORLD))
        c = r.choice(WORLD[cc])
        return r.choice([c, f"{c}, {COUNTRY[cc]}", c])
    if k < 0.9:
        return r.choice(list(COUNTRY.values()))
    return r.choice(EXTRA_LOC)


def us_address(r, multiline=False, unit=None):
    c, st, z = r.choice(US_CITIES)
    num = r.randint(2, 9899)
    street = f"{num} {r.choice(['', 'N ', 'S ', 'E ', 'W '])}{r.choice(STREETS)} {r.choice(SUFFIX)}"
    if unit is None:
        unit = r.random() < 0.35
    if unit:
        street += r.choice([f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}",
                            f", Unit {r.randint(1, 24)}", f", Suite {r.randint(100, 950)}"])
    tail = f"{c}, {st} {z}{D(r, 2)}"
    if r.random() < 0.1:
        return f"P.O. Box {r.randint(100, 99999)}{chr(10) if multiline else ', '}{tail}"
    return street + ("\n" if multiline else ", ") + tail


def intl_address(r, cc=None):
    cc = cc or r.choice(list(WORLD))
    city = r.choice(WORLD[cc])
    if cc == "uk":
        return f"{r.choice(['', f'Flat {r.randint(1, 12)}, '])}{r.randint(1, 220)} {r.choice(['Victoria', 'Albert', 'Station', 'Church', 'Kingsway'])} Road, {city} {r.choice('LMBGS')}{r.choice('SEWNL')}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEHJ')}{r.choice('LNPQRTUW')}"
    if cc == "de":
        return f"{r.choice(['Haupt', 'Linden', 'Goethe', 'Schiller', 'Bahnhof', 'Garten'])}straße {r.randint(1, 140)}{r.choice(['', 'a', 'b'])}, {D1(r, 5)} {city}"
    if cc == "fr":
        return f"{r.randint(1, 120)} {r.choice(['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Voltaire', 'rue des Lilas'])}, {D1(r, 5)} {city}"
    if cc == "nl":
        return f"{r.choice(['Keizersgracht', 'Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Prinsengracht'])} {r.randint(1, 400)}{r.choice(['', '-II', 'A'])}, {D1(r, 4)} {r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)} {city}"
    if cc == "it":
        return f"{r.choice(['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele', 'Via Dante', 'Piazza Mazzini'])} {r.randint(1, 200)}, {D1(r, 5)} {city}"
    if cc == "es":
        return f"Calle {r.choice(['Mayor', 'de Alcalá', 'Gran Vía', 'del Sol'])} {r.randint(1, 150)}, {r.randint(1, 8)}º {r.choice('ABCD')}, {D1(r, 5)} {city}"
    if cc == "pl":
        return f"ul. {r.choice(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska', 'Słowackiego'])} {r.randint(1, 150)}/{r.randint(1, 60)}, {D(r, 2)}-{D(r, 3)} {city}"
    if cc == "tr":
        return f"{r.choice(['Atatürk', 'Cumhuriyet', 'Bağdat', 'İnönü'])} Cad. No:{r.randint(1, 250)} D:{r.randint(1, 30)}, {r.choice(['Kadıköy', 'Çankaya', 'Konak', 'Nilüfer', 'Muratpaşa'])}/{city}"
    if cc == "in":
        return f"Flat {r.randint(101, 1204)}, {r.choice(['Lotus', 'Sai Krupa', 'Green Park', 'Shanti'])} Apartments, {r.choice(['MG Road', 'Link Road', 'Anna Salai', 'FC Road'])}, {city} {D1(r, 6)}"
    if cc == "br":
        return f"Rua {r.choice(['das Flores', 'Augusta', 'XV de Novembro', 'da Consolação'])}, {r.randint(10, 2500)} - Apto {r.randint(11, 180)}, {city} - SP, {D(r, 5)}-{D(r, 3)}"
    if cc == "ng":
        return f"{r.randint(1, 80)} {r.choice(['Adeola Odeku', 'Awolowo', 'Herbert Macaulay', 'Ahmadu Bello'])} Street, {r.choice(['Victoria Island', 'Ikeja', 'Wuse II', 'Yaba'])}, {city}"
    if cc == "ke":
        return r.choice([f"P.O. Box {r.randint(100, 99999)}-00100, {city}",
                         f"{r.choice(['Ngong', 'Kenyatta', 'Moi', 'Argwings Kodhek'])} Road, House {r.randint(1, 90)}, {city}"])
    if cc == "jp":
        return f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Jingumae', 'Nishi-Shinjuku', 'Umeda', 'Minatomirai'])}, {city} {D(r, 3)}-{D(r, 4)}"
    return f"Av. {r.choice(['Insurgentes Sur', 'Reforma', 'Chapultepec'])} {r.randint(10, 3000)}, Col. {r.choice(['Roma Norte', 'Del Valle', 'Americana'])}, {city}"


def address(r, p: P | None = None, us_bias=0.55, multiline=False):
    if r.random() < us_bias:
        return us_address(r, multiline)
    cc_map = {"en": "uk", "es": "es", "pt": "br", "fr": "fr", "de": "de", "it": "it", "nl": "nl",
              "pl": "pl", "tr": "tr", "in": "in", "ng": "ng", "ke": "ke", "ja": "jp"}
    cc = cc_map.get(p.origin) if p else None
    return intl_address(r, cc)


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS_L = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def rdate(r, y0=2021, y1=2025):
    return _dt.date(r.randint(y0, y1), 1, 1) + _dt.timedelta(days=r.randint(0, 364))


def dob(r):
    return rdate(r, 1938, 2018)


def fdate(r, d: _dt.date, style=None):
    style = style or r.choice(["long", "long", "wlong", "dlong", "mdy", "mdy", "dmy", "iso", "dot",
                               "abbr", "dabbr", "short"])
    M, m, y = MONTHS[d.month - 1], d.month, d.year
    return {
        "long": f"{M} {d.day}, {y}",
        "wlong": f"{WEEKDAYS[d.weekday()]}, {M} {d.day}, {y}",
        "dlong": f"{d.day} {M} {y}",
        "mdy": f"{m:02d}/{d.day:02d}/{y}",
        "dmy": f"{d.day:02d}/{m:02d}/{y}",
        "iso": d.isoformat(),
        "dot": f"{d.day:02d}.{m:02d}.{y}",
        "abbr": f"{M[:3]} {d.day}, {y}",
        "dabbr": f"{d.day:02d}-{M[:3]}-{y}",
        "short": f"{m}/{d.day}/{y % 100:02d}",
    }[style]


def ftime(r, style=None):
    h, mi = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, r.randint(0, 59)])
    style = style or r.choice(["12", "12", "24", "am"])
    if style == "24":
        return f"{h:02d}:{mi:02d}"
    h12 = h % 12 or 12
    if style == "am":
        return f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}"
    return f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}"


def fdt(r, d=None, lang="en"):
    d = d or rdate(r)
    if lang != "en":
        ML = MONTHS_L[lang]
        t = f"{r.randint(7, 20):02d}:{r.choice(['00', '15', '30', '45'])}"
        if lang == "de":
            return r.choice([f"{d.day:02d}.{d.month:02d}.{d.year} um {t} Uhr", f"{d.day}. {ML[d.month-1]} {d.year}, {t}"])
        j = {"nl": "om", "it": "alle", "pl": "o", "tr": "saat", "fr": "à", "es": "a las"}[lang]
        if lang == "tr":
            return f"{d.day} {ML[d.month-1]} {d.year} saat {t}"
        return r.choice([f"{d.day} {ML[d.month-1]} {d.year} {j} {t}", f"{d.day:02d}/{d.month:02d}/{d.year} {j} {t}"])
    return r.choice([f"{fdate(r, d)} at {ftime(r)}", f"{fdate(r, d)}, {ftime(r)}",
                     f"{fdate(r, d, 'iso')} {ftime(r, '24')}", f"{fdate(r, d, r.choice(['long', 'wlong']))} at {ftime(r)}"])


def fdate_l(r, d, lang):
    if lang == "en":
        return fdate(r, d)
    return r.choice([f"{d.day} {MONTHS_L[lang][d.month-1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                     f"{d.day:02d}-{d.month:02d}-{d.year}" if lang == "nl" else f"{d.day:02d}/{d.month:02d}/{d.year}"])


def machine_ts(r, d=None, style=None):
    d = d or rdate(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    style = style or r.choice(["iso", "isoms", "py", "sys"])
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == "isoms":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{D(r, 3)}+00:00"
    if style == "py":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{D(r, 3)}"
    if style == "nginx":
        return f"{d.day:02d}/{MONTHS[d.month-1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000"
    if style == "git":
        return f"{WEEKDAYS[d.weekday()][:3]} {MONTHS[d.month-1][:3]} {d.day} {h:02d}:{m:02d}:{s:02d} {d.year} {r.choice(['+0000', '+0100', '-0500', '+0530'])}"
    if style == "sql":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"
    return f"{MONTHS[d.month-1][:3]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}"


def epoch(r):
    return str(r.randint(1_600_000_000, 1_760_000_000))


# --------------------------------------------------------------------------
# identifiers (valid + negatives)
# --------------------------------------------------------------------------
def luhn_check_digit(payload: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num: str) -> bool:
    ds = [c for c in num if c.isdigit()]
    return len(ds) >= 12 and luhn_check_digit("".join(ds[:-1])) == ds[-1]


def credit_card(r):
    k = r.random()
    if k < 0.45:
        pay = "4" + D(r, 14)
    elif k < 0.75:
        pay = "5" + str(r.randint(1, 5)) + D(r, 13)
    elif k < 0.88:
        pay = r.choice(["34", "37"]) + D(r, 12)
    else:
        pay = "6011" + D(r, 11)
    n = pay + luhn_check_digit(pay)
    sep = r.choice([" ", "-", "", " "])
    if len(n) == 15:
        return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    pay = r.choice(["4", "5", "6"]) + D(r, 14)
    good = luhn_check_digit(pay)
    bad = str((int(good) + r.randint(1, 9)) % 10)
    n = pay + bad
    return r.choice([" ", "-", ""]).join(n[i:i + 4] for i in range(0, 16, 4))


def ssn(r):
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    n = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return r.choice([n, n, n, n.replace("-", " "), n.replace("-", "")])


def bad_ssn(r):
    area = r.choice(["000", "666", f"9{D(r, 2)}"])
    return f"{area}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and sr > 0


IBAN_BBAN = {
    "DE": lambda r: D(r, 18), "GB": lambda r: r.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + D(r, 14),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + D(r, 10),
    "FR": lambda r: D(r, 23), "IT": lambda r: r.choice("ABCXZ") + D(r, 22), "ES": lambda r: D(r, 20),
    "PL": lambda r: D(r, 24), "TR": lambda r: D(r, 5) + "0" + D(r, 16), "BE": lambda r: D(r, 12),
    "PT": lambda r: D(r, 21), "AT": lambda r: D(r, 16), "IE": lambda r: "AIBK" + D(r, 14),
    "CH": lambda r: D(r, 17),
}


def iban_check(cc, bban):
    s = bban + cc + "00"
    return f"{98 - int(''.join(str(int(ch, 36)) for ch in s)) % 97:02d}"


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_BBAN))
    bban = IBAN_BBAN[cc](r)
    s = cc + iban_check(cc, bban) + bban
    if grouped is None:
        grouped = r.random() < 0.5
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_ok(s):
    s = s.replace(" ", "")
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ipv4(r, private=None):
    if private is None:
        private = r.random() < 0.35
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    return f"{r.choice([r.randint(11, 99), r.randint(100, 223)])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    g = [f"{r.randint(0, 0xffff):x}" for _ in range(8)]
    return r.choice([":".join(["2001", "db8"] + g[2:]), f"2a02:{g[1]}:{g[2]}:{g[3]}::{g[4]}",
                     f"2600:{g[1]}:{g[2]}:{g[3]}:{g[4]}:{g[5]}:{g[6]}:{g[7]}"])


def ip(r):
    return ipv6(r) if r.random() < 0.15 else ipv4(r)


def uuid(r):
    h = f"{r.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n, chars=string.ascii_letters + string.digits):
    return "".join(r.choice(chars) for _ in range(n))


def mrn(r):
    return r.choice([f"{D1(r, 7)}", f"MRN{D(r, 8)}", f"{D(r, 2)}-{D(r, 6)}", f"E{D(r, 9)}", f"A{D(r, 7)}"])


def health_plan(r):
    return r.choice([f"{r.choice(['XEH', 'YPW', 'JQU', 'ZGP', 'MBX'])}{D(r, 9)}", f"W{D(r, 9)}",
                     f"{D1(r, 1)}{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{D(r, 1)}-{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{D(r, 1)}-{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{D(r, 2)}",
                     f"{D(r, 3)}{r.choice(string.ascii_uppercase)}{D(r, 5)}{D(r, 2)}", f"U{D(r, 8)}01"])


def acct(r):
    return r.choice([D1(r, 10), D1(r, 12), f"{D(r, 4)}-{D(r, 4)}-{D(r, 2)}", f"{D(r, 3)}-{D(r, 6)}-{D(r, 3)}",
                     D1(r, 8), f"AC{D(r, 9)}"])


def dl(r):
    st = r.choice(["CA", "NY", "FL", "TX", "IL", "WA", "NJ", "UK"])
    return st, {
        "CA": lambda: f"{r.choice(string.ascii_uppercase)}{D(r, 7)}",
        "NY": lambda: f"{D(r, 3)} {D(r, 3)} {D(r, 3)}",
        "FL": lambda: f"{r.choice(string.ascii_uppercase)}{D(r, 3)}-{D(r, 3)}-{D(r, 2)}-{D(r, 3)}-{D(r, 1)}",
        "TX": lambda: D(r, 8),
        "IL": lambda: f"{r.choice(string.ascii_uppercase)}{D(r, 3)}-{D(r, 4)}-{D(r, 4)}",
        "WA": lambda: f"WDL{alnum(r, 9, string.ascii_uppercase + string.digits)}",
        "NJ": lambda: f"{r.choice(string.ascii_uppercase)}{D(r, 4)} {D(r, 5)} {D(r, 5)}",
        "UK": lambda: f"{''.join(r.choice(string.ascii_uppercase) for _ in range(5))}{D(r, 6)}{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{D(r, 1)}{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}",
    }[st]()


def routing(r):
    p = D(r, 8)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    c = (10 - sum(int(a) * b for a, b in zip(p, w)) % 10) % 10
    return p + str(c)


BICS = ["DEUTDEFF", "COBADEFFXXX", "INGBNL2A", "ABNANL2A", "BNPAFRPP", "UNCRITMM", "BPKOPLPW",
        "TGBATRIS", "NWBKGB2L", "CHASUS33", "BSCHESMM"]


# secrets
def aws_key(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + alnum(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r):
    return alnum(r, 40, string.ascii_letters + string.digits + "/+")


def gh_token(r):
    if r.random() < 0.2:
        return "github_pat_" + alnum(r, 22) + "_" + alnum(r, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_", "ghr_"]) + alnum(r, 36)


def slack_token(r):
    k = r.choice(["xoxb", "xoxb", "xoxp", "xoxa", "xoxe"])
    if k == "xoxp":
        return f"xoxp-{D1(r, 11)}-{D1(r, 11)}-{D1(r, 13)}-{hexs(r, 32)}"
    return f"{k}-{D1(r, 12)}-{D1(r, 13)}-{alnum(r, 24)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + alnum(r, r.choice([24, 34, 99]))


def b64u(bs: bytes) -> str:
    return base64.urlsafe_b64encode(bs).decode().rstrip("=")


def jwt(r, sub=None):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    pl = {"sub": sub or str(r.randint(10000, 9999999)), "iat": int(epoch(r)),
          "scope": r.choice(["read", "orders:write", "admin", "user"])}
    pl["exp"] = pl["iat"] + 3600
    sig = bytes(r.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64))
    return f"{b64u(json.dumps(hdr, separators=(',', ':')).encode())}.{b64u(json.dumps(pl, separators=(',', ':')).encode())}.{b64u(sig)}"


def pem(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    raw = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(150, 260)))).decode()
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def password(r):
    w = r.choice(["Summer", "Winter", "Falcon", "Tr0ub4dor", "Blue", "Maple", "Dragon", "Kiwi", "Sunset",
                  "Pa55w0rd", "Orion", "Gatito", "Lente", "Kotek", "Aslan"])
    return r.choice([f"{w}{r.randint(1990, 2025)}{r.choice('!@#$%&*')}", f"{w.lower()}-{alnum(r, 5)}-{r.randint(10, 99)}",
                     alnum(r, r.randint(12, 20), string.ascii_letters + string.digits + "!#%^*_-"),
                     f"{w}&{w[::-1].lower()}{r.randint(1, 9)}", f"{alnum(r, 4)}{r.choice('!?#')}{w}{r.randint(10, 99)}"])


def generic_secret(r):
    return r.choice([
        "sk-proj-" + alnum(r, 48), "SG." + alnum(r, 22) + "." + alnum(r, 43), hexs(r, 32), hexs(r, 40),
        "AIza" + alnum(r, 35, string.ascii_letters + string.digits + "-_"), "npm_" + alnum(r, 36),
        "glpat-" + alnum(r, 20), "whsec_" + alnum(r, 32), alnum(r, 32), "dd" + hexs(r, 30),
        "shpat_" + hexs(r, 32), "key-" + hexs(r, 32),
    ])


# negatives
def order_no(r):
    return r.choice([f"ORD-{D(r, 7)}", f"#{D1(r, 6)}", f"INV-{r.randint(2021, 2025)}-{D(r, 5)}",
                     f"{alnum(r, 3, string.ascii_uppercase)}{D(r, 6)}", f"W{D(r, 9)}"])


def amount(r, cur="$"):
    return f"{cur}{r.randint(5, 4800):,}.{D(r, 2)}"


def version(r):
    return f"{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 12)}"


DRUGS = ["atorvastatin 20 mg", "lisinopril 10 mg", "metformin 500 mg ER", "sertraline 50 mg",
         "albuterol HFA 90 mcg", "levothyroxine 75 mcg", "amlodipine 5 mg", "Eliquis 5 mg",
         "Ozempic 0.5 mg", "montelukast 10 mg", "omeprazole 20 mg", "Adderall XR 15 mg",
         "gabapentin 300 mg", "escitalopram 10 mg", "losartan 50 mg"]
ICD = ["J06.9", "E11.9", "I10", "M54.5", "Z00.00", "F41.1", "J45.909", "K21.9", "E78.5", "R51.9"]
CPT = ["99213", "99214", "87880", "90471", "36415", "93000"]
PETS = ["Biscuit", "Luna", "Pickles", "Mochi", "Bruno", "Waffles", "Nala", "Pepper"]
BRANDS = ["Ben & Jerry's", "Tommy Hilfiger", "Dr. Martens", "Wendy's", "Ford", "Dell",
          "Johnson & Johnson", "Ralph Lauren", "Ferrari", "Trader Joe's", "Martha Stewart Living",
          "Hermès", "Dolce & Gabbana", "Calvin Klein", "Kellogg's", "Mercedes-Benz", "Hugo Boss"]
COMPANIES = ["Northwind Logistics", "Acme Health", "Bluefin Analytics", "Globex Corp", "Initech",
             "Contoso Ltd", "Vandelay Industries", "Helios Energy", "Tessera Labs", "Pinecone Foods",
             "Umbrella Systems", "Brightpath Learning", "Kestrel Finance"]


def pick(r, xs):
    return r.choice(xs)


def work_email(r, p: P, company):
    dom = fold(company.split()[0]) + r.choice([".com", ".io", ".co", ".org", "-corp.com"])
    return email_of(r, p, dom)


def signature(r, p: P, company, title=None):
    title = title or r.choice(["Customer Care Specialist", "Pharmacist", "Paralegal", "Office Manager",
                               "Account Manager", "Claims Coordinator", "Program Director"])
    out = ["\n--\n", (p.full(), "PERSON"), f"\n{title}, {company}\n"]
    if r.random() < 0.7:
        out += [r.choice(["T: ", "Tel. ", "Phone: ", "Direct: "]), (phone_for(r, p, 0.7), "PHONE_NUMBER")]
        if r.random() < 0.4:
            out += [f" ext. {r.randint(100, 9999)}"]
        out += ["\n"]
    if r.random() < 0.5:
        out += ["Fax: ", (phone(r, "us"), "PHONE_NUMBER"), "\n"]
    out += [(work_email(r, p, company), "EMAIL_ADDRESS")]
    if r.random() < 0.4:
        out += [" | ", (f"https://www.{fold(company.split()[0])}.com", "URL")]
    return out


# --------------------------------------------------------------------------
# generators
# --------------------------------------------------------------------------
def g_pharmacy_refill(r):
    b = B()
    p = P(r)
    pharm = pick(r, ["Walgreens", "CVS Pharmacy", "Rite Aid", "Boots", "Kroger Pharmacy", "Costco Pharmacy"])
    staff = P(r)
    b.add("From: ", (p.full(), "PERSON"), " <", (email_of(r, p), "EMAIL_ADDRESS"), ">\n")
    b.add("To: ", (f"refills@{fold(pharm)}-rx.example.com", "EMAIL_ADDRESS"), "\n")
    if r.random() < 0.6:
        b.add("Sent: ", (fdt(r), "DATE_TIME"), "\n")
    b.add(f"Subject: Refill request - Rx #{D(r, 7)}\n\n")
    b.add(pick(r, ["Hello,\n\n", "Hi there,\n\n", "Good morning,\n\n"]))
    pre = pick(r, [" and my date of birth is ", ", born ", " (DOB "])
    b.add("My name is ", (p.name("full initial upper"), "PERSON"), pre, (fdate(r, dob(r)), "DATE_OF_BIRTH"),
          "). " if "(" in pre else ". ")
    drugs = r.sample(DRUGS, r.randint(1, 3))
    b.add(f"I would like to refill {', '.join(drugs)}. ")
    b.add(pick(r, ["My insurance changed in January; the new member ID is ", "Please bill my plan, member ID ",
                   "New insurance card: subscriber ID "]), (health_plan(r), "HEALTH_PLAN_NUMBER"),
          f", group {D(r, 6)}, BIN 0{D(r, 5)}. ")
    if r.random() < 0.5:
        b.add("Your records should also have my MRN ", (mrn(r), "MEDICAL_RECORD_NUMBER"), " from the clinic. ")
    b.add("I can pick up at the store on ", (us_address(r, unit=False), "ADDRESS"), " after ",
          (ftime(r), "DATE_TIME"), pick(r, [" tomorrow. ", " on Friday. ", " next week. "]))
    if r.random() < 0.5:
        b.add("Last refill was on ", (fdate(r, rdate(r)), "DATE_TIME"), f" and my copay was {amount(r)}. ")
    b.add("If anything is missing, call me at ", (phone_for(r, p), "PHONE_NUMBER"), ".\n\nThanks,\n", (p.first, "PERSON"), "\n")
    if r.random() < 0.6:
        b.add("\n> On ", (fdate(r, rdate(r), "long"), "DATE_TIME"), ", ", (staff.full(), "PERSON"), " wrote:\n")
        b.add(f"> Your prescription for {pick(r, DRUGS)} needs prior authorization (NDC {D(r, 5)}-{D(r, 4)}-{D(r, 2)}).\n")
        b.add("> We faxed Dr. ", (P(r).last, "PERSON"), " at ", (phone(r, "us"), "PHONE_NUMBER"), ".\n")
        b.add(signature(r, staff, pharm, "Pharmacy Technician"))
    return b


def g_trial_enrollment(r):
    b = B()
    p, pi, crc = P(r), P(r), P(r)
    sponsor = pick(r, ["Tessera Labs", "Helios Bio", "Acme Health"])
    b.add(f"CLINICAL TRIAL ENROLLMENT FORM\nProtocol: {alnum(r, 3, string.ascii_uppercase)}-{D(r, 3)}-{r.randint(2021, 2025)} (v{version(r)})\n")
    b.add(f"Sponsor: {sponsor}\nSite #{D(r, 3)}: ", (location(r), "LOCATION"), "\n")
    b.add(f"Subject ID: {D(r, 3)}-{D(r, 4)}    Screening #: S{D(r, 5)}\n\n")
    b.add("Participant name: ", (p.name("full lastfirst ulastfirst initial"), "PERSON"), "\n")
    b.add("Date of birth: ", (fdate(r, dob(r)), "DATE_OF_BIRTH"), f"   Sex: {pick(r, ['F', 'M', 'X'])}\n")
    b.add("Hospital MRN: ", (mrn(r), "MEDICAL_RECORD_NUMBER"), "\n")
    if r.random() < 0.7:
        b.add("Insurance member ID: ", (health_plan(r), "HEALTH_PLAN_NUMBER"), f"  Group: {D(r, 5)}\n")
    b.add("Home address: ", (address(r, p), "ADDRESS"), "\n")
    b.add("Mobile: ", (phone_for(r, p), "PHONE_NUMBER"), "   Email: ", (email_of(r, p), "EMAIL_ADDRESS"), "\n")
    ec = relative(r, p)
    b.add("Emergency contact: ", (ec.full(), "PERSON"), f" ({pick(r, ['spouse', 'daughter', 'son', 'sister', 'friend'])}) ",
          (phone_for(r, ec), "PHONE_NUMBER"), "\n\n")
    b.add("Screening visit: ", (fdt(r), "DATE_TIME"), "\n")
    b.add("Informed consent signed: ", (fdate(r, rdate(r)), "DATE_TIME"), f"  (ICF version {version(r)})\n")
    b.add(f"Diagnosis: {pick(r, ICD)}; HbA1c {r.randint(60, 110) / 10}%; eGFR {r.randint(30, 110)}\n")
    b.add(f"Randomization: arm {pick(r, ['A', 'B', 'C'])}, kit {D(r, 6)}, stratum {r.randint(1, 4)}\n")
    b.add("Principal investigator: Dr. ", (pi.name("full fi"), "PERSON"), "\nStudy coordinator: ", (crc.full(), "PERSON"),
          " <", (work_email(r, crc, sponsor), "EMAIL_ADDRESS"), ">\n")
    if r.random() < 0.5:
        b.add("eCRF: ", (f"https://edc.{fold(sponsor.split()[0])}.com/study/{D(r, 4)}/subject/{uuid(r)}", "URL"), "\n")
    b.add(f"Stipend: {amount(r)} per visit, paid via ClinCard ****{D(r, 4)}\n")
    return b


def g_school_nurse(r):
    b = B()
    kid = P(r)
    par = relative(r, kid)
    school = pick(r, ["Lincoln Elementary", "Roosevelt Middle School", "Cesar Chavez Academy", "Maple Grove K-8"])
    d = rdate(r)
    b.add(f"{school} — Health Office Visit Log\n")
    b.add("Date: ", (fdate(r, d), "DATE_TIME"), "   Time in: ", (ftime(r), "DATE_TIME"), "   Time out: ", (ftime(r), "DATE_TIME"), "\n")
    b.add("Student: ", (kid.name("full lastfirst ulastfirst"), "PERSON"), f"   Grade: {r.randint(1, 8)}   ",
          "DOB: ", (fdate(r, rdate(r, 2010, 2019)), "DATE_OF_BIRTH"), f"   Student ID: {D(r, 7)}\n\n")
    b.add("Note: ", (kid.first, "PERSON"), f" was sent by {pick(r, ['Mrs. ', 'Mr. ', 'Ms. '])}", (P(r).last, "PERSON"),
          f" at recess complaining of {pick(r, ['headache', 'stomach ache', 'wheezing', 'a scraped knee', 'dizziness'])}. ")
    b.add(f"Temp {r.randint(970, 1012) / 10} F. {pick(r, ['Given ice pack.', 'Used own albuterol inhaler, 2 puffs.', 'Rested 20 minutes.', 'Ate snack, felt better after 15 min.'])} ")
    if r.random() < 0.5:
        b.add(f"Has EpiPen on file (allergy: {pick(r, ['peanuts', 'tree nuts', 'bee stings', 'shellfish'])}). ")
    b.add("Called ", pick(r, ["mother", "father", "guardian", "grandmother"]), ", ", (par.name("full first"), "PERSON"), ", at ",
          (phone_for(r, par, 0.8), "PHONE_NUMBER"), pick(r, [" — no answer, left voicemail. ", "; parent will pick up at ", "; parent picked up at "]))
    if b.parts[-1].endswith("at "):
        b.add((ftime(r), "DATE_TIME"), ". ")
    b.add("Follow-up email sent to ", (email_of(r, par), "EMAIL_ADDRESS"), ".\n")
    if r.random() < 0.5:
        b.add("Pediatrician: Dr. ", (P(r).full(), "PERSON"), ", ", (location(r), "LOCATION"), ", fax ", (phone(r, "us"), "PHONE_NUMBER"), "\n")
    if r.random() < 0.5:
        b.add("Medicaid ID: ", (health_plan(r), "HEALTH_PLAN_NUMBER"), "\n")
    b.add("Nurse: ", (P(r).name("full fi"), "PERSON"), ", RN\n")
    return b


def g_legal_intake(r):
    b = B()
    cl, opp, atty = P(r), P(r), P(r)
    firm = f"{atty.last} & {P(r).last} LLP"
    county = pick(r, ["Alameda", "Cook", "Maricopa", "King", "Travis", "Suffolk"])
    b.add(f"SUPERIOR COURT OF THE STATE OF {pick(r, ['CALIFORNIA', 'WASHINGTON', 'ARIZONA'])}\nCOUNTY OF {county.upper()}\n\n")
    b.add((cl.full().upper(), "PERSON"), ", an individual,\n        Plaintiff,\n    v.\n",
          f"{pick(r, COMPANIES).upper()}, a Delaware corporation; and DOES 1-20,\n        Defendants.\n\n")
    b.add(f"Case No. {r.randint(21, 25)}CV{D(r, 6)}\nCOMPLAINT FOR DAMAGES\n\n")
    b.add("---- INTAKE NOTES (privileged) ----\n")
    b.add("Client: ", (cl.name("lastfirst full initial"), "PERSON"), "  DOB ", (fdate(r, dob(r)), "DATE_OF_BIRTH"), "\n")
    b.add("SSN: ", (ssn(r), "US_SSN") if r.random() < 0.7 else f"xxx-xx-{D(r, 4)}", "\n")
    st, num = dl(r)
    b.add(f"DL ({st}): ", (num, "DRIVER_LICENSE"), "\n")
    b.add("Residence: ", (address(r, cl, 0.8, r.random() < 0.3), "ADDRESS"), "\n")
    b.add("Cell: ", (phone_for(r, cl, 0.8), "PHONE_NUMBER"), "  Email: ", (email_of(r, cl), "EMAIL_ADDRESS"), "\n")
    b.add("Incident: ", (fdt(r), "DATE_TIME"), " near ", (location(r), "LOCATION"),
          f". Client was rear-ended by a {pick(r, ['Ford F-150', 'Tesla Model 3', 'Honda Civic'])} (plate {alnum(r, 7, string.ascii_uppercase + string.digits)}). ")
    b.add(f"Medical bills to date {amount(r)}; treating at {pick(r, ['Kaiser', 'Sutter Health', 'Banner Health'])}, MRN ",
          (mrn(r), "MEDICAL_RECORD_NUMBER"), ".\n")
    b.add("Opposing counsel: ", (opp.name("full fi"), "PERSON"), ", ", (phone(r, "us"), "PHONE_NUMBER"), ", ",
          (email_of(r, opp, "defensefirm.com"), "EMAIL_ADDRESS"), "\n")
    b.add("Hearing on demurrer: ", (fdt(r), "DATE_TIME"), f", Dept. {r.randint(1, 30)}\n")
    b.add("Statute runs ", (fdate(r, rdate(r)), "DATE_TIME"), ". Retainer signed; contingency 33%.\n\n")
    b.add(f"Attorney for Plaintiff\n{firm}\n", (us_address(r, True), "ADDRESS"), "\n")
    return b


def g_police_report(r):
    b = B()
    ofc, subj, wit = P(r), P(r), P(r)
    b.add(f"{pick(r, ['METRO', 'CITY OF ' + pick(r, US_CITIES)[0].upper(), 'COUNTY SHERIFF'])} POLICE DEPARTMENT — INCIDENT REPORT\n")
    b.add(f"Report #: {r.randint(2021, 2025)}-{D(r, 6)}   CAD #: {D(r, 8)}\n")
    b.add("Date/Time reported: ", (fdt(r), "DATE_TIME"), "\n")
    b.add("Location of occurrence: ", (us_address(r, unit=False), "ADDRESS"), "\n")
    b.add("Reporting officer: Ofc. ", (ofc.name("full fi last"), "PERSON"), f", Badge {D(r, 4)}, Unit {r.randint(1, 9)}A{r.randint(1, 40)}\n\n")
    b.add("SUBJECT 1: ", (subj.name("ulastfirst lastfirst upper"), "PERSON"), "\n  DOB: ", (fdate(r, dob(r), pick(r, ['mdy', 'short'])), "DATE_OF_BIRTH"),
          f"  Sex: {pick(r, 'MF')}  Hgt: 5'{r.randint(0, 11)}\"  Wgt: {r.randint(110, 260)}\n")
    st, num = dl(r)
    b.add(f"  OLN/State: ", (num, "DRIVER_LICENSE"), f"/{st}\n  Address: ", (us_address(r), "ADDRESS"), "\n  Phone: ", (phone(r, "us"), "PHONE_NUMBER"), "\n")
    if r.random() < 0.4:
        b.add("  SSN: ", (ssn(r), "US_SSN"), "\n")
    b.add(f"  Vehicle: {r.randint(2005, 2024)} {pick(r, ['Toyota Camry', 'Nissan Altima', 'Ford Escape', 'Kia Soul'])}, VIN {alnum(r, 17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}\n\n")
    b.add("NARRATIVE: On ", (fdate(r, rdate(r), pick(r, ['long', 'mdy'])), "DATE_TIME"), " at approximately ", (ftime(r), "DATE_TIME"),
          f", I was dispatched to a reported {pick(r, ['shoplifting', 'hit-and-run', 'noise complaint', 'burglary'])}. ")
    b.add("The caller, ", (wit.full(), "PERSON"), ", stated that ", (subj.name("first last"), "PERSON"),
          f" left in the vehicle heading toward {pick(r, ['I-5', 'Route 9', 'the freeway'])}. ")
    b.add(f"Loss estimated at {amount(r)}. Body-worn camera footage tagged {uuid(r)[:8]}. ")
    b.add("Witness phone: ", (phone(r, "us"), "PHONE_NUMBER"), ". ")
    if r.random() < 0.5:
        b.add((wit.first, "PERSON"), "'s dog ", pick(r, PETS), " was not injured. ")
    b.add(f"Case referred to Det. ", (P(r).last, "PERSON"), ".\n")
    return b


def g_gym_csv(r):
    b = B()
    sep = r.choice([",", ",", ";"])
    cols = ["member_id", "first_name", "last_name", "email", "phone", "dob", "join_date", "plan", "card_last4", "home_club"]
    b.add(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 9)):
        p = P(r)
        row = [f"M{D(r, 6)}", (p.first, "PERSON"), (p.last, "PERSON"), (email_of(r, p), "EMAIL_ADDRESS"),
               (phone_for(r, p, 0.7), "PHONE_NUMBER"), (fdate(r, dob(r), "iso"), "DATE_OF_BIRTH"),
               (fdate(r, rdate(r), "iso"), "DATE_TIME"), pick(r, ["Basic", "Premium", "Family", "Student", "Off-Peak"]),
               D(r, 4), (location(r), "LOCATION")]
        if r.random() < 0.15:
            row[6] = ""
        out = []
        for i, c in enumerate(row):
            if i:
                out.append(sep)
            if isinstance(c, tuple) and (sep in c[0] or "," in c[0]):
                out += ['"', c, '"']
            else:
                out.append(c)
        b.add(out, "\n")
        if b.n > 1900:
            break
    return b


def g_rideshare_log(r):
    b = B()
    d = rdate(r)
    for _ in range(r.randint(4, 9)):
        rider, driver = P(r), P(r)
        lvl = pick(r, ["INFO", "INFO", "WARN", "DEBUG"])
        b.add(f"{machine_ts(r, d, pick(r, ['iso', 'isoms', 'py']))} {lvl} dispatch-svc[{r.randint(100, 9999)}] ")
        k = r.random()
        if k < 0.4:
            b.add(f"trip={uuid(r)} rider=\"", (rider.full(), "PERSON"), "\" pickup=\"", (us_address(r, unit=False), "ADDRESS"),
                  f"\" eta={r.randint(2, 15)}m surge={r.choice(['1.0', '1.4', '2.1'])}\n")
        elif k < 0.6:
            b.add(f"assigned driver_id=D{D(r, 6)} name=\"", (driver.name("full fi"), "PERSON"), "\" phone=",
                  (phone(r, "us"), "PHONE_NUMBER"), f" plate={alnum(r, 7, string.ascii_uppercase + string.digits)}\n")
        elif k < 0.75:
            b.add("rider_login email=", (email_of(r, rider), "EMAIL_ADDRESS"), " ip=", (ip(r), "IP_ADDRESS"),
                  f" app=rider-ios/{version(r)}\n")
        elif k < 0.88:
            b.add(f"payment_auth trip={uuid(r)[:13]} amount={amount(r, '')} USD card=****{D(r, 4)} status=approved\n")
        else:
            b.add("dropoff geocode=\"", (location(r), "LOCATION"), f"\" duration={r.randint(4, 70)}m distance={r.randint(1, 40)}.{r.randint(0, 9)}mi\n")
        if b.n > 2000:
            break
    return b


def g_food_chat(r):
    b = B()
    cust, agent = P(r), P(r)
    style = r.choice(["brk", "ampm"])
    h = r.randint(8, 21)
    sec = r.randint(0, 40 * 60)

    def pref(who):
        nonlocal sec
        sec += r.randint(5, 110)
        m, s_ = (sec // 60) % 60, sec % 60
        if style == "brk":
            return f"[{h:02d}:{m:02d}:{s_:02d}] {who}: "
        return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'} {who}: "
    app = pick(r, ["DashEats", "Grubly", "FoodRunner", "Zesto"])
    b.add(f"{app} Support — chat transcript #{D(r, 8)}\n")
    b.add(pref("Agent"), "Hi, this is ", (agent.first, "PERSON"), " with ", app, " support. How can I help?\n")
    b.add(pref("Customer"), pick(r, ["hi my order never arrived. this is ", "hey, order missing items, name is ", "hello it's "]),
          (cust.name("full lower first"), "PERSON"), "\n")
    b.add(pref("Agent"), f"Sorry about that! Can you confirm the order number and the delivery address?\n")
    b.add(pref("Customer"), f"{order_no(r)}, ", (address(r, cust, 0.7), "ADDRESS"), "\n")
    b.add(pref("Customer"), pick(r, ["the receipt says ", "it was placed "]), (fdt(r), "DATE_TIME"),
          f" from {pick(r, ['Wendy' + chr(39) + 's', 'Chick-fil-A', 'Ben & Jerry' + chr(39) + 's', 'Pho 88', 'Trader Joe' + chr(39) + 's'])}\n")
    b.add(pref("Agent"), "Thanks. Your driver ", (P(r).first, "PERSON"), " marked it delivered. Best number to reach you?\n")
    b.add(pref("Customer"), (phone_for(r, cust), "PHONE_NUMBER"), pick(r, ["", " (cell)", " call after 6"]), "\n")
    if r.random() < 0.4:
        b.add(pref("Customer"), "can you just refund to this card instead ", (credit_card(r), "CREDIT_CARD"), "\n")
        b.add(pref("Agent"), "Please don't share full card numbers here; I've masked it. Refund goes to the card ending ****",
              D(r, 4), ".\n")
    else:
        b.add(pref("Agent"), f"I've issued a refund of {amount(r)} to the Visa ending in {D(r, 4)}. Gift code {bad_card(r)} also applied.\n")
    b.add(pref("Agent"), "A confirmation went to ", (email_of(r, cust), "EMAIL_ADDRESS"), ". Anything else?\n")
    b.add(pref("Customer"), pick(r, ["no thats all thx", "thanks " + agent.first.lower(), "ok bye"]))
    if b.parts[-1].startswith("thanks "):
        b.parts[-1] = "thanks "
        b.n -= len(agent.first)
        b.add((agent.first.lower(), "PERSON"))
    b.add("\n")
    return b


def g_maintenance_ticket(r):
    b = B()
    ten, tech = P(r), P(r)
    vendor = pick(r, ["Rapid Rooter", "CoolAir HVAC", "Ace Handyman Services", "BrightSpark Electric"])
    b.add(f"Maintenance Ticket MT-{D(r, 6)} | Priority: {pick(r, ['Low', 'Normal', 'Urgent'])} | Status: Open\n")
    b.add("Created: ", (fdt(r), "DATE_TIME"), "\n")
    b.add("Property: ", (us_address(r, unit=True), "ADDRESS"), "\n")
    b.add("Tenant: ", (ten.name("full lastfirst"), "PERSON"), "\nPhone: ", (phone_for(r, ten, 0.7), "PHONE_NUMBER"), "\nEmail: ",
          (email_of(r, ten), "EMAIL_ADDRESS"), "\n")
    if r.random() < 0.4:
        b.add("Resident ledger account: ", (acct(r), "ACCOUNT_NUMBER"), "\n")
    b.add(f"Issue: {pick(r, ['Kitchen sink leaking under cabinet', 'AC not cooling, thermostat shows 84F', 'Garbage disposal jammed', 'Bathroom fan making grinding noise'])}.\n")
    b.add("Permission to enter: Yes — ", (fdate(r, rdate(r)), "DATE_TIME"), " between ", (ftime(r), "DATE_TIME"), " and ", (ftime(r), "DATE_TIME"), "\n")
    if r.random() < 0.6:
        b.add("Alarm code: ", (D(r, r.choice([4, 6])), "PASSWORD"), "   Lockbox: ", (D(r, 4), "PASSWORD"), "\n")
    b.add(f"Pets: dog ({pick(r, PETS)}), friendly\n")
    b.add(f"Assigned vendor: {vendor} — tech ", (tech.name("full first"), "PERSON"), ", ", (phone(r, "us"), "PHONE_NUMBER"), "\n")
    b.add("Notes: Tenant reports issue started last week. ", (ten.first, "PERSON"), " works nights, prefers text. Estimate ",
          amount(r), f" (PO {D(r, 6)}).\n")
    if r.random() < 0.5:
        b.add("Photos: ", (f"https://portal.{fold(vendor.split()[0])}.com/t/{alnum(r, 10)}", "URL"), "\n")
    return b


def g_donor_json(r):
    b = B()
    b.add("[\n")
    n = r.randint(2, 4)
    for i in range(n):
        p = P(r)
        b.add("  {\n", f'    "donor_id": "D-{D(r, 6)}",\n', '    "name": "', (p.name("full full lastfirst"), "PERSON"), '",\n')
        b.add('    "email": "', (email_of(r, p), "EMAIL_ADDRESS"), '",\n')
        if r.random() < 0.7:
            b.add('    "phone": "', (phone_for(r, p), "PHONE_NUMBER"), '",\n')
        b.add('    "mailing_address": "', (address(r, p), "ADDRESS"), '",\n')
        if r.random() < 0.3:
            b.add('    "birth_date": "', (fdate(r, dob(r), "iso"), "DATE_OF_BIRTH"), '",\n')
        k = r.random()
        if k < 0.35:
            b.add('    "sepa_mandate": {"iban": "', (iban(r, grouped=False), "IBAN_CODE"), f'", "bic": "{pick(r, BICS)}"}},\n')
        elif k < 0.55:
            b.add('    "card": {"pan": "', (credit_card(r).replace(" ", "").replace("-", ""), "CREDIT_CARD"), f'", "exp": "{r.randint(1, 12):02d}/{r.randint(26, 31)}"}},\n')
        elif k < 0.75:
            b.add('    "ach": {"routing": "', routing(r), '", "account": "', (acct(r), "ACCOUNT_NUMBER"), '"},\n')
        else:
            b.add(f'    "card_last4": "{D(r, 4)}",\n')
        b.add(f'    "last_gift": {{"amount": {r.randint(10, 5000)}.00, "date": "', (fdate(r, rdate(r), "iso"), "DATE_TIME"),
              f'", "campaign": "{pick(r, ["Spring Appeal", "GivingTuesday", "Gala " + str(r.randint(2021, 2025))])}"}},\n')
        b.add(f'    "created_at": {epoch(r)},\n', f'    "notes": "Met at event in ', (location(r), "LOCATION"), '"\n  }')
        b.add(",\n" if i < n - 1 else "\n")
    b.add("]\n")
    return b


def g_garnishment(r):
    b = B()
    emp, hr = P(r), P(r)
    company = pick(r, COMPANIES)
    b.add(f"{company}\nPayroll Department\n", (us_address(r, True), "ADDRESS"), "\n\n", (fdate(r, rdate(r), pick(r, ["long", "dlong"])), "DATE_TIME"), "\n\n")
    b.add(f"{pick(r, ['Clerk of Court', 'State Disbursement Unit', 'Office of Child Support Enforcement'])}\n", (us_address(r, True), "ADDRESS"), "\n\n")
    b.add("RE: Income Withholding Order — Employee: ", (emp.name("full ulastfirst lastfirst"), "PERSON"), "\n")
    b.add("    SSN: ", (ssn(r), "US_SSN") if r.random() < 0.75 else f"XXX-XX-{D(r, 4)}", f"   Employee ID: E{D(r, 6)}\n")
    b.add(f"    Case/Order No.: {pick(r, ['FC', 'CS', 'DR'])}-{r.randint(2018, 2025)}-{D(r, 6)}\n\n")
    b.add("Dear Sir or Madam,\n\nWe received the order dated ", (fdate(r, rdate(r)), "DATE_TIME"), " regarding ",
          pick(r, ["", "Mr. ", "Ms. "]), (pick(r, [emp.last, emp.full()]), "PERSON"))
    b.add(f". Beginning with the pay period ending ", (fdate(r, rdate(r)), "DATE_TIME"), f", we will withhold {amount(r)} per bi-weekly pay period "
          f"({r.randint(10, 25)}% of disposable earnings). Payments will be remitted by ACH to account ",
          (acct(r), "ACCOUNT_NUMBER"), f", routing {routing(r)}.\n\n")
    if r.random() < 0.5:
        b.add("The employee's last known address is ", (us_address(r), "ADDRESS"), ". ")
    b.add("Please direct questions to the undersigned.\n\nSincerely,\n\n", (hr.full(), "PERSON"), "\nPayroll Compliance Specialist\n",
          (phone(r, "us"), "PHONE_NUMBER"), f" ext. {r.randint(100, 999)}\n", (work_email(r, hr, company), "EMAIL_ADDRESS"), "\n")
    b.add("cc: ", (emp.name("full fi"), "PERSON"), "\n")
    return b


def g_tax_notes(r):
    b = B()
    tp = P(r)
    sp = relative(r, tp) if r.random() < 0.7 else P(r)
    prep = P(r)
    b.add(f"TY{r.randint(2021, 2024)} client notes — prepared by ", (prep.name("fi first full"), "PERSON"), "\n")
    b.add("Appt: ", (fdt(r), "DATE_TIME"), "\n\n")
    b.add("- Taxpayer: ", (tp.full(), "PERSON"), ", SSN ", (ssn(r), "US_SSN"), ", DOB ", (fdate(r, dob(r)), "DATE_OF_BIRTH"), "\n")
    if r.random() < 0.7:
        b.add("- Spouse: ", (sp.full(), "PERSON"), ", SSN ", (ssn(r), "US_SSN"), "; filing MFJ\n")
    for _ in range(r.randint(0, 2)):
        k = relative(r, tp)
        b.add("- Dependent: ", (k.first, "PERSON"), ", born ", (fdate(r, rdate(r, 2006, 2022)), "DATE_OF_BIRTH"),
              ", ITIN " if r.random() < 0.3 else ", SSN ")
        if b.parts[-1] == ", ITIN ":
            b.add(bad_ssn(r) if r.random() < 0.8 else f"9{D(r, 2)}-7{D(r, 1)}-{D(r, 4)}", "\n")
        else:
            b.add((ssn(r), "US_SSN"), "\n")
    b.add("- Address: ", (address(r, tp, 0.85), "ADDRESS"), "\n")
    b.add(f"- W-2 from {pick(r, COMPANIES)}: wages {amount(r)}, fed w/h {amount(r)}\n")
    b.add(f"- 1099-INT {pick(r, ['Ally', 'Marcus', 'Chase'])}: {amount(r)}; prior-year AGI {amount(r)}\n")
    b.add("- Refund direct deposit: routing ", routing(r), ", acct ", (acct(r), "ACCOUNT_NUMBER"), "\n")
    if r.random() < 0.5:
        b.add("- FBAR: foreign account at ", pick(r, ["ING", "Deutsche Bank", "Garanti BBVA", "PKO BP", "Intesa"]), " IBAN ",
              (iban(r), "IBAN_CODE"), f", max balance {amount(r, '€')}\n")
    if r.random() < 0.5:
        b.add("- Client portal login: ", (email_of(r, tp), "EMAIL_ADDRESS"), " / pw ", (password(r), "PASSWORD"), " (client insisted we keep it)\n")
    b.add("- Call back: ", (phone_for(r, tp, 0.8), "PHONE_NUMBER"), "\n")
    b.add("- Moved from ", (location(r), "LOCATION"), " mid-year; need part-year resident return.\n")
    return b


def g_telehealth(r):
    b = B()
    doc, pt = P(r), P(r)
    b.add("Telehealth visit transcript (auto-generated)\nVisit date: ", (fdate(r, rdate(r)), "DATE_TIME"), "\n")
    b.add("Join link: ", (f"https://{pick(r, ['zoom.us/j/', 'meet.careconnect.com/room/', 'doxy.me/'])}{D(r, 10)}", "URL"),
          "  Passcode: ", (alnum(r, 6) if r.random() < 0.5 else D(r, 6), "PASSWORD"), "\n\n")
    t = r.randint(0, 60)

    def ts():
        nonlocal t
        t += r.randint(5, 50)
        return f"[{t // 3600:02d}:{(t // 60) % 60:02d}:{t % 60:02d}] "
    dn = doc.last
    b.add(ts(), "Dr. ", (dn, "PERSON"), ": Hi, can you state your full name and date of birth?\n")
    b.add(ts(), (pt.first, "PERSON"), ": Sure, it's ", (pt.full(), "PERSON"), ", ", (fdate(r, dob(r), pick(r, ["long", "mdy", "dlong"])), "DATE_OF_BIRTH"), ".\n")
    b.add(ts(), "Dr. ", (dn, "PERSON"), ": Thanks. And you're calling from ", (location(r), "LOCATION"), " today?\n")
    b.add(ts(), (pt.first, "PERSON"), ": Yes, at home, ", (address(r, pt, 0.7), "ADDRESS"), ".\n")
    b.add(ts(), "Dr. ", (dn, "PERSON"), f": What brings you in? I see {pick(r, ICD)} on your problem list.\n")
    b.add(ts(), (pt.first, "PERSON"), f": My {pick(r, ['cough', 'rash', 'back pain', 'anxiety'])} got worse since ",
          (fdate(r, rdate(r), pick(r, ["long", "abbr"])), "DATE_TIME"), pick(r, [". I tried ibuprofen.\n", ". I'm on " + pick(r, DRUGS) + ".\n"]))
    b.add(ts(), "Dr. ", (dn, "PERSON"), f": Okay. I'll send {pick(r, DRUGS)} to your pharmacy and order labs (CPT {pick(r, CPT)}).\n")
    b.add(ts(), (pt.first, "PERSON"), ": Can they text me at ", (phone_for(r, pt), "PHONE_NUMBER"), "?\n")
    b.add(ts(), "Dr. ", (dn, "PERSON"), ": Yes. Follow-up on ", (fdt(r), "DATE_TIME"), ".\n\n")
    b.add("Patient MRN: ", (mrn(r), "MEDICAL_RECORD_NUMBER"), " | Plan ID: ", (health_plan(r), "HEALTH_PLAN_NUMBER"),
          f" | Duration: {r.randint(8, 35)} min\n")
    return b


def g_auto_invoice(r):
    b = B()
    cust, tech = P(r), P(r)
    shop = pick(r, ["Main Street Auto Care", "Precision Tune", "Ferrari Brothers Garage", "Midas", "Ford of " + pick(r, US_CITIES)[0]])
    b.add(f"{shop}\n", (us_address(r), "ADDRESS"), "  ·  ", (phone(r, "us"), "PHONE_NUMBER"), "\n\n")
    b.add(f"REPAIR ORDER {D(r, 6)}        Invoice INV-{D(r, 5)}\n")
    b.add("Date in: ", (fdate(r, rdate(r), pick(r, ["mdy", "short"])), "DATE_TIME"), "   Promised: ", (fdt(r), "DATE_TIME"), "\n")
    b.add("Customer: ", (cust.name("ulastfirst lastfirst full"), "PERSON"), "\n", (address(r, cust, 0.9, True), "ADDRESS"), "\n")
    b.add("Home: ", (phone(r, "us"), "PHONE_NUMBER"), "  Cell: ", (phone_for(r, cust), "PHONE_NUMBER"), "\n")
    b.add(f"Vehicle: {r.randint(2008, 2024)} {pick(r, ['Mercedes-Benz C300', 'Ford Focus', 'Subaru Outback', 'Hyundai Tucson'])}  VIN {alnum(r, 17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}  Odo {r.randint(5000, 190000):,}\n\n")
    b.add("| Op | Description | Hrs | Amount |\n|---|---|---|---|\n")
    for i in range(r.randint(2, 5)):
        b.add(f"| {i + 1} | {pick(r, ['Replace front brake pads', 'Oil & filter change', 'Diagnose CEL P0420', 'Rotate tires', 'Replace cabin filter', 'Battery test'])} | {r.randint(1, 40) / 10} | {amount(r)} |\n")
    b.add(f"\nTotal: {amount(r)}  Paid: {pick(r, ['VISA', 'MC', 'AMEX'])} ****{D(r, 4)}  Auth {D(r, 6)}\n")
    if r.random() < 0.3:
        b.add(f"Fleet card on file: {bad_card(r)} (declined)\n")
    elif r.random() < 0.35:
        b.add("Card on file for deposit: ", (credit_card(r), "CREDIT_CARD"), f" exp {r.randint(1, 12):02d}/{r.randint(26, 31)}\n")
    b.add("Technician: ", (tech.name("full fi first"), "PERSON"), f" (ASE #{D(r, 8)})\n")
    if r.random() < 0.5:
        st, num = dl(r)
        b.add("Loaner vehicle issued — customer DL ", (num, "DRIVER_LICENSE"), f" ({st}), returned ", (fdate(r, rdate(r)), "DATE_TIME"), "\n")
    return b


def g_lost_baggage(r):
    b = B()
    p = P(r)
    air = pick(r, [("AA", "American"), ("LH", "Lufthansa"), ("TK", "Turkish Airlines"), ("KL", "KLM"), ("AF", "Air France")])
    a1, a2 = r.sample(["JFK", "LHR", "IST", "AMS", "CDG", "FRA", "ORD", "LOS", "NBO", "BOM", "ICN", "NRT", "WAW", "FCO"], 2)
    b.add(f"PROPERTY IRREGULARITY REPORT — {air[1]}\nFile reference: {a2}{air[0]}{D(r, 5)}\n")
    b.add("Passenger: ", (f"{fold(p.last).upper()}/{fold(p.first).upper()}", "PERSON"), f" {pick(r, ['MR', 'MS', 'MRS'])}\n")
    b.add(f"Flight: {air[0]} {r.randint(10, 2999)}  {a1}-{a2}  Seat {r.randint(1, 45)}{pick(r, 'ABCDEF')}  PNR {alnum(r, 6, string.ascii_uppercase)}\n")
    b.add("Date of travel: ", (fdate(r, rdate(r), pick(r, ["dabbr", "dlong", "long"])), "DATE_TIME"), "\n")
    b.add(f"Bag tag: {air[0]}{D(r, 6)}  Type 22, {pick(r, ['black', 'navy', 'red'])} Samsonite, {r.randint(15, 30)} kg\n")
    b.add("Delivery address: ", (address(r, p, 0.4), "ADDRESS"), "\n")
    b.add("Temporary address until ", (fdate(r, rdate(r)), "DATE_TIME"), ": ", pick(r, ["Hotel Ibis", "Marriott", "Hilton Garden Inn"]),
          ", ", (location(r), "LOCATION"), "\n")
    b.add("Contact: ", (phone_for(r, p, 0.3), "PHONE_NUMBER"), " / ", (email_of(r, p), "EMAIL_ADDRESS"), "\n")
    b.add(f"Contents: laptop charger, medication ({pick(r, DRUGS)}), clothing. Interim expenses claimed {amount(r, '€')}.\n")
    if r.random() < 0.5:
        b.add("Compensation to IBAN ", (iban(r), "IBAN_CODE"), f" BIC {pick(r, BICS)}, account holder ", (p.full(), "PERSON"), "\n")
    b.add("Agent: ", (P(r).name("first fi"), "PERSON"), f" (station {a2}), track at ", (f"https://wtrweb.worldtracer.aero/?ref={a2}{air[0]}{D(r, 5)}", "URL"), "\n")
    return b


def g_badge_md(r):
    b = B()
    conf = pick(r, ["DevOpsDays", "HealthTech Summit", "PyCon", "FinSec Forum"])
    b.add(f"# {conf} {r.randint(2023, 2026)} — badge print list\n\nVenue: ", (us_address(r, unit=False) if r.random() < 0.5 else intl_address(r), "ADDRESS"),
          "\nDoors: ", (fdt(r), "DATE_TIME"), "\n\n| Name | Company | Email | Phone | From | Ticket |\n|---|---|---|---|---|---|\n")
    for _ in range(r.randint(3, 8)):
        p = P(r)
        co = pick(r, COMPANIES + BRANDS)
        b.add("| ", (p.name("full full upper initial"), "PERSON"), f" | {co} | ", (work_email(r, p, co) if r.random() < 0.6 else email_of(r, p), "EMAIL_ADDRESS"),
              " | ", (phone_for(r, p, 0.4), "PHONE_NUMBER") if r.random() < 0.7 else "—", " | ", (location(r), "LOCATION"),
              f" | {pick(r, ['SPK', 'GA', 'VIP', 'STAFF'])}-{D(r, 5)} |\n")
        if b.n > 2000:
            break
    b.add("\nSpeaker lounge wifi: ", pick(r, ["Conf-Guest", "SPK-5G"]), " / password ", (password(r), "PASSWORD"), "\n")
    return b


def g_postmortem(r):
    b = B()
    ic, eng = P(r), P(r)
    svc = pick(r, ["payments-api", "auth-gateway", "search-indexer", "notifications"])
    b.add(f"# Postmortem: {svc} outage\n\n**Date:** ", (fdate(r, rdate(r), pick(r, ["long", "wlong", "iso"])), "DATE_TIME"),
          f"  \n**Severity:** SEV{r.randint(1, 3)}  \n**Incident commander:** ", (ic.full(), "PERSON"), "  \n**Author:** @",
          fold(eng.first) + fold(eng.last)[:3], " (", (eng.name("full first"), "PERSON"), ")\n\n")
    b.add(f"## Summary\nA config push (commit {hexs(r, 12)}) to {svc} v{version(r)} pointed the primary DB at a decommissioned replica ",
          (ipv4(r, True), "IP_ADDRESS"), f". Error rate peaked at {r.randint(5, 90)}% for {r.randint(7, 140)} minutes.\n\n")
    b.add("## Timeline (UTC)\n")
    for s in ["T+0m alert fired", "T+6m paged on-call", "T+19m rollback started", "T+41m recovered"]:
        b.add(f"- {s}\n")
    b.add("\n## Offending snippet\n```yaml\n")
    b.add("database:\n  host: ", (ipv4(r, True), "IP_ADDRESS"), f"\n  port: 5432\n  user: {svc.split('-')[0]}_rw\n  password: ",
          (password(r), "PASSWORD"), "\n")
    k = r.random()
    if k < 0.33:
        b.add("aws:\n  access_key_id: ", (aws_key(r), "AWS_ACCESS_KEY"), "\n  secret_access_key: ", (aws_secret(r), "AWS_SECRET_KEY"), "\n")
    elif k < 0.66:
        b.add("slack:\n  bot_token: ", (slack_token(r), "SLACK_TOKEN"), "\n  channel: \"#inc-", svc, "\"\n")
    elif k < 0.85:
        b.add("stripe:\n  secret_key: ", (stripe_key(r), "STRIPE_KEY"), "\n  webhook_secret: ", ("whsec_" + alnum(r, 32), "GENERIC_SECRET"), "\n")
    else:
        b.add("tls:\n  key: |\n    ", ("\n    ".join(pem(r).split("\n")), "PRIVATE_KEY"), "\n")
    b.add("```\n\n## Action items\n- Rotate leaked credentials (owner: ", (eng.first, "PERSON"), ")\n- Add schema validation; ticket OPS-", D(r, 4),
          "\n- Customer comms reviewed by ", (P(r).full(), "PERSON"), "\n")
    return b


def g_access_log(r):
    b = B()
    d = rdate(r)
    for _ in range(r.randint(4, 8)):
        cip = ip(r)
        meth, path = pick(r, [("GET", "/v2/customers"), ("POST", "/v2/orders"), ("GET", "/api/lookup"), ("DELETE", "/v2/sessions")])
        k = r.random()
        b.add((cip, "IP_ADDRESS"), f" - - [{machine_ts(r, d, 'nginx')}] \"{meth} {path}")
        if k < 0.25:
            b.add("?email=", (email_of(r, P(r)), "EMAIL_ADDRESS"))
        elif k < 0.45:
            b.add("?api_key=", (generic_secret(r), "GENERIC_SECRET"), f"&page={r.randint(1, 9)}")
        elif k < 0.55:
            b.add(f"/{uuid(r)}")
        b.add(f" HTTP/1.1\" {pick(r, [200, 200, 201, 204, 401, 403, 500])} {r.randint(0, 40000)} ")
        if r.random() < 0.5:
            b.add('"', (f"https://{pick(r, ['app', 'admin', 'www'])}.{pick(r, ['shopfront', 'medibook', 'ridego'])}.com/{pick(r, ['checkout', 'login', 'account/settings'])}", "URL"), '" ')
        else:
            b.add('"-" ')
        b.add(f"\"{pick(r, ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)', 'okhttp/4.12.0', 'curl/8.4.0', 'python-requests/2.31.0'])}\" rt={r.random():.3f}\n")
        if r.random() < 0.3:
            b.add(f"{machine_ts(r, d, 'iso')} DEBUG upstream headers: Authorization: Bearer ", (jwt(r), "JWT"), " X-Forwarded-For: ",
                  (ipv4(r, False), "IP_ADDRESS"), ", ", (ipv4(r, True), "IP_ADDRESS"), "\n")
        if b.n > 2000:
            break
    return b


def g_infra(r):
    b = B()
    k = r.choice(["tf", "ansible", "helm"])
    owner = P(r)
    if k == "tf":
        b.add(f"# main.tf — maintained by ", (owner.full(), "PERSON"), " <", (work_email(r, owner, pick(r, COMPANIES)), "EMAIL_ADDRESS"), ">\n")
        b.add('provider "aws" {\n  region     = "', pick(r, ["us-east-1", "eu-west-1", "ap-south-1"]), '"\n  access_key = "', (aws_key(r), "AWS_ACCESS_KEY"),
              '"\n  secret_key = "', (aws_secret(r), "AWS_SECRET_KEY"), '"\n}\n\n')
        b.add('resource "aws_db_instance" "main" {\n  identifier = "prod-db"\n  username   = "admin"\n  password   = "', (password(r), "PASSWORD"),
              '"\n  engine_version = "', version(r), '"\n}\n\n')
        b.add('resource "aws_security_group_rule" "office" {\n  cidr_blocks = ["', (ipv4(r, False), "IP_ADDRESS"), '/32", "',
              (ipv4(r, False), "IP_ADDRESS"), '/32"]\n}\n\n')
        b.add('provider "github" {\n  token = "', (gh_token(r), "GITHUB_TOKEN"), '"\n  owner = "acme-platform"\n}\n')
        if r.random() < 0.5:
            b.add('\nvariable "datadog_api_key" {\n  default = "', (hexs(r, 32), "GENERIC_SECRET"), '"\n}\n')
    elif k == "ansible":
        b.add("# group_vars/webservers.yml\n---\nadmin_contact: ", (owner.full(), "PERSON"), "\nadmin_email: ", (email_of(r, owner, "ops.example.org"), "EMAIL_ADDRESS"), "\n")
        b.add("ntp_servers:\n  - ", (ipv4(r, False), "IP_ADDRESS"), "\n  - ", (ipv4(r, False), "IP_ADDRESS"), "\n")
        b.add("mysql_root_password: ", (password(r), "PASSWORD"), "\nmysql_app_password: \"{{ vault_mysql_app_password }}\"\n")
        b.add("smtp_relay_password: ", (password(r), "PASSWORD"), "\nsendgrid_api_key: ", ("SG." + alnum(r, 22) + "." + alnum(r, 43), "GENERIC_SECRET"), "\n")
        b.add("deploy_key: |\n")
        key = pem(r)
        ind = "\n".join("  " + ln for ln in key.split("\n"))
        b.add("  ", (ind[2:], "PRIVATE_KEY"), "\n")
        b.add("\n# inventory\n[webservers]\nweb1 ansible_host=", (ipv4(r, True), "IP_ADDRESS"), "\nweb2 ansible_host=", (ipv4(r, True), "IP_ADDRESS"), " ansible_port=2222\n")
    else:
        b.add(f"# values-prod.yaml (chart {pick(r, ['api', 'worker', 'web'])} {version(r)})\nimage:\n  tag: \"{hexs(r, 7)}\"\n")
        b.add("ingress:\n  host: api.example.com\n  annotations:\n    external-dns/target: ", (ipv4(r, False), "IP_ADDRESS"), "\n")
        b.add("env:\n  DATABASE_URL: \"postgres://app:", (password(r).replace("@", "x").replace(":", "x").replace("/", "x"), "PASSWORD"), "@",
              (ipv4(r, True), "IP_ADDRESS"), ":5432/app\"\n")
        b.add("  STRIPE_SECRET_KEY: ", (stripe_key(r), "STRIPE_KEY"), "\n  SLACK_BOT_TOKEN: ", (slack_token(r), "SLACK_TOKEN"), "\n")
        b.add("  JWT_SIGNING_SECRET: ", (alnum(r, 48), "GENERIC_SECRET"), "\n  SENTRY_DSN: \"${SENTRY_DSN}\"\n  OAUTH_CLIENT_SECRET: \"[REDACTED]\"\n")
        b.add("  SUPPORT_URL: ", (f"https://support.example.com/contact?team={pick(r, ['core', 'billing'])}", "URL"), "\n")
        b.add(f"podAnnotations:\n  owner: \"", (owner.full(), "PERSON"), "\"\n")
    return b


def g_sql_dump(r):
    b = B()
    tbl = pick(r, ["patients", "members", "customers"])
    b.add(f"-- MySQL dump 10.13  Distrib {version(r)}\n-- Host: ", (ipv4(r, True), "IP_ADDRESS"), f"    Database: {tbl}_prod\n\n")
    cols = ["id", "full_name", "dob", "ssn", "mrn" if tbl == "patients" else "account_no", "phone", "email", "address", "created_at"]
    b.add(f"INSERT INTO `{tbl}` ({', '.join('`' + c + '`' for c in cols)}) VALUES\n")
    n = r.randint(2, 5)
    for i in range(n):
        p = P(r)
        while "'" in p.full():
            p = P(r)
        b.add(f"({r.randint(1000, 99999)},'", (p.name("full lastfirst"), "PERSON"), "','", (fdate(r, dob(r), "iso"), "DATE_OF_BIRTH"), "',")
        if r.random() < 0.8:
            b.add("'", (ssn(r), "US_SSN"), "',")
        else:
            b.add(r.choice(["NULL,", f"'{bad_ssn(r)}',"]))
        b.add("'", (mrn(r), "MEDICAL_RECORD_NUMBER") if tbl == "patients" else (acct(r), "ACCOUNT_NUMBER"), "','",
              (phone_for(r, p), "PHONE_NUMBER"), "','", (email_of(r, p), "EMAIL_ADDRESS"), "','", (address(r, p), "ADDRESS"),
              f"','{machine_ts(r, None, 'sql')}')", ",\n" if i < n - 1 else ";\n")
    if r.random() < 0.5:
        b.add("\nINSERT INTO `api_credentials` (`service`,`secret`,`updated_by`) VALUES ('",
              pick(r, ["twilio", "sendgrid", "mapbox"]), "','", (generic_secret(r), "GENERIC_SECRET"), "','", (P(r).full(), "PERSON"), "');\n")
    return b


def g_jupyter(r):
    b = B()
    p1, p2 = P(r), P(r)
    b.add('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": ', str(r.randint(1, 40)), ',\n   "source": [\n')
    b.add('    "import boto3, pandas as pd\\n",\n    "s3 = boto3.client(\'s3\', aws_access_key_id=\'', (aws_key(r), "AWS_ACCESS_KEY"),
          '\',\\n",\n    "                  aws_secret_access_key=\'', (aws_secret(r), "AWS_SECRET_KEY"), '\')\\n",\n')
    if r.random() < 0.5:
        b.add('    "OPENAI_API_KEY = \\"', ("sk-proj-" + alnum(r, 48), "GENERIC_SECRET"), '\\"\\n",\n')
    elif r.random() < 0.5:
        b.add('    "stripe.api_key = \'', (stripe_key(r), "STRIPE_KEY"), '\'\\n",\n')
    b.add('    "df = pd.read_csv(\'s3://crm-exports/churn_', str(r.randint(2022, 2025)), '.csv\')\\n",\n    "df.head(3)"\n   ],\n')
    b.add('   "outputs": [\n    {\n     "output_type": "execute_result",\n     "data": {\n      "text/plain": [\n')
    b.add('       "   customer   email                          city          churn_date\\n",\n')
    for i, p in enumerate((p1, p2)):
        b.add(f'       "{i}  ', (p.full(), "PERSON"), "  ", (email_of(r, p), "EMAIL_ADDRESS"), "  ", (location(r), "LOCATION"), "  ",
              (fdate(r, rdate(r), "iso"), "DATE_TIME"), '\\n",\n')
    b.add('       "[3 rows x 4 columns]"\n      ]\n     }\n    }\n   ]\n  }\n ],\n')
    b.add(f' "metadata": {{"kernelspec": {{"name": "python3"}}, "language_info": {{"version": "3.{r.randint(8, 12)}.{r.randint(0, 9)}"}}}}\n}}\n')
    return b


def g_git_log(r):
    b = B()
    for _ in range(r.randint(2, 4)):
        a = P(r)
        b.add(f"commit {hexs(r, 40)}\nAuthor: ", (a.full(), "PERSON"), " <", (work_email(r, a, pick(r, COMPANIES)), "EMAIL_ADDRESS"), ">\n")
        b.add(f"Date:   {machine_ts(r, None, 'git')}\n\n")
        k = r.random()
        if k < 0.35:
            b.add(f"    Remove hardcoded credentials from settings ({pick(r, ['JIRA', 'SEC'])}-{D(r, 4)})\n\n")
            b.add(f"    Reported by ", (P(r).full(), "PERSON"), ". Keys rotated; old value kept here for the audit:\n")
            b.add("    -GITHUB_TOKEN=", (gh_token(r), "GITHUB_TOKEN"), "\n    +GITHUB_TOKEN=${GITHUB_TOKEN}\n")
        elif k < 0.6:
            b.add(f"    Bump {pick(r, ['requests', 'lodash', 'openssl'])} to {version(r)}\n\n    Fixes CVE-{r.randint(2021, 2025)}-{D(r, 5)}.\n")
        elif k < 0.8:
            b.add("    Fix timezone bug for appointments booked before ", (fdate(r, rdate(r), "long"), "DATE_TIME"), "\n\n    Customer ",
                  (P(r).full(), "PERSON"), " in ", (location(r), "LOCATION"), " hit this; see ticket ZD-", D(r, 6), ".\n")
        elif k < 0.9:
            b.add("    Delete accidentally committed deploy key\n\n    diff --git a/deploy/id_rsa b/deploy/id_rsa\n    deleted file mode 100600\n")
            key = pem(r)
            b.add("    -", ("\n    -".join(key.split("\n")), "PRIVATE_KEY"), "\n")
        else:
            b.add("    Add staging webhook\n\n    SLACK_WEBHOOK=", (f"https://hooks.slack.com/services/T{alnum(r, 8, string.ascii_uppercase + string.digits)}/B{alnum(r, 8, string.ascii_uppercase + string.digits)}/{alnum(r, 24)}", "URL"), "\n")
        if r.random() < 0.4:
            c = P(r)
            b.add("\n    Co-authored-by: ", (c.full(), "PERSON"), " <", (email_of(r, c), "EMAIL_ADDRESS"), ">\n")
        b.add("\n")
        if b.n > 1800:
            break
    return b


def g_slack_export(r):
    b = B()
    users = [P(r) for _ in range(3)]
    b.add("[\n")
    n = r.randint(3, 5)
    for i in range(n):
        u = pick(r, users)
        b.add("  {\n", f'    "type": "message",\n    "user": "U{alnum(r, 10, string.ascii_uppercase + string.digits)}",\n',
              '    "user_profile": {"real_name": "', (u.full(), "PERSON"), f'", "display_name": "{fold(u.first)}.{fold(u.last)[:1]}"}},\n')
        b.add('    "text": "')
        k = r.random()
        if k < 0.25:
            c = P(r)
            b.add("customer ", (c.full(), "PERSON"), " called again, callback ", (phone_for(r, c), "PHONE_NUMBER"), ", acct ", (acct(r), "ACCOUNT_NUMBER"))
        elif k < 0.45:
            b.add("here's the bot token for the new app, don't paste it anywhere: ", (slack_token(r), "SLACK_TOKEN"))
        elif k < 0.6:
            b.add("staging db is up at ", (ipv4(r, True), "IP_ADDRESS"), ", pw is ", (password(r), "PASSWORD"))
        elif k < 0.75:
            b.add("demo moved to ", (fdt(r), "DATE_TIME"), ", link ", (f"https://meet.google.com/{alnum(r, 3, string.ascii_lowercase)}-{alnum(r, 4, string.ascii_lowercase)}-{alnum(r, 3, string.ascii_lowercase)}", "URL"))
        else:
            o = pick(r, users)
            b.add("<@U", alnum(r, 10, string.ascii_uppercase + string.digits), "> thanks ", (o.first, "PERSON"), "! deploy ", version(r), " looks good :tada:")
        b.add(f'",\n    "ts": "{epoch(r)}.{D(r, 6)}"\n  }}', ",\n" if i < n - 1 else "\n")
    b.add("]\n")
    return b


def g_crash_report(r):
    b = B()
    u = P(r)
    b.add(f"Incident Identifier: {uuid(r).upper()}\nHardware Model:      iPhone{r.randint(12, 16)},{r.randint(1, 5)}\n")
    b.add(f"App:                 FitTrack {version(r)} (build {r.randint(100, 9999)})\nDate/Time:           {machine_ts(r, None, 'isoms')}\n")
    b.add(f"OS Version:          iOS {r.randint(15, 18)}.{r.randint(0, 6)}\nException Type:      EXC_CRASH (SIGABRT)\n\n")
    b.add("Custom keys:\n  user.email = ", (email_of(r, u), "EMAIL_ADDRESS"), "\n  user.name = ", (u.full(), "PERSON"), "\n")
    b.add(f"  device.id = {uuid(r)}\n  last.ip = ", (ip(r), "IP_ADDRESS"), "\n  session.token = ", (jwt(r, fold(u.first)), "JWT"), "\n")
    if r.random() < 0.4:
        b.add("  profile.birthday = ", (fdate(r, dob(r), "iso"), "DATE_OF_BIRTH"), "\n")
    b.add("\nBreadcrumbs:\n")
    for _ in range(3):
        b.add(f"  {machine_ts(r, None, 'iso')} ", pick(r, ["nav -> ProfileViewController", "http GET /v1/me 200", "tap Save", "sync workouts n=14"]), "\n")
    if r.random() < 0.5:
        b.add("  ", machine_ts(r, None, 'iso'), " http POST ", (f"https://api.fittrack.app/v1/payments?customer={D(r, 8)}", "URL"), " 500\n")
    b.add(f"\nThread 0 Crashed:\n0   libsystem_kernel.dylib  0x{hexs(r, 16)} __pthread_kill + 8\n1   FitTrack  0x{hexs(r, 16)} ProfileStore.save() + 412\n")
    return b


def g_roster_tsv(r):
    b = B()
    club = pick(r, ["Riverside FC U12", "Eastside Little League", "Northgate Swim Club", "Harbor Youth Basketball"])
    b.add(f"# {club} roster — exported ", (fdate(r, rdate(r)), "DATE_TIME"), "\n")
    b.add("\t".join(["jersey", "player", "birthdate", "guardian", "guardian_phone", "guardian_email", "insurer", "member_id"]) + "\n")
    for _ in range(r.randint(3, 7)):
        kid = P(r)
        g = relative(r, kid)
        b.add(str(r.randint(1, 99)), "\t", (kid.name("full lastfirst"), "PERSON"), "\t", (fdate(r, rdate(r, 2011, 2019), pick(r, ["iso", "mdy"])), "DATE_OF_BIRTH"),
              "\t", (g.full(), "PERSON"), "\t", (phone_for(r, g, 0.7), "PHONE_NUMBER"), "\t", (email_of(r, g), "EMAIL_ADDRESS"), "\t",
              pick(r, ["Aetna", "BCBS", "Kaiser", "UnitedHealthcare", "Medicaid"]), "\t", (health_plan(r), "HEALTH_PLAN_NUMBER"), "\n")
        if b.n > 2000:
            break
    b.add(f"# coach: ", (P(r).full(), "PERSON"), " — group #", D(r, 6), "\n")
    return b


def g_library(r):
    b = B()
    p = P(r)
    b.add(f"PATRON RECORD  Card: 2{D(r, 13)}   Type: {pick(r, ['ADULT', 'JUVENILE', 'SENIOR'])}   Branch: ", (pick(r, US_CITIES)[0], "LOCATION"), "\n")
    b.add("Name: ", (p.name("ulastfirst lastfirst"), "PERSON"), "\nBirth date: ", (fdate(r, dob(r), pick(r, ["mdy", "iso"])), "DATE_OF_BIRTH"), "\n")
    b.add("Address: ", (address(r, p, 0.8), "ADDRESS"), "\nPhone: ", (phone_for(r, p), "PHONE_NUMBER"), "\nEmail: ", (email_of(r, p), "EMAIL_ADDRESS"), "\n")
    b.add("ID verified: ", pick(r, ["driver's license ", "state ID "]))
    st, num = dl(r)
    b.add((num, "DRIVER_LICENSE"), f" ({st})\nPIN: ****\nExpires: ", (fdate(r, rdate(r, 2025, 2028)), "DATE_TIME"), "\n\nCheckouts:\n")
    for _ in range(r.randint(2, 5)):
        b.add(f"  {pick(r, ['The Overstory', 'Becoming', 'Clean Code', 'Pachinko', 'Dune', 'Educated'])}  barcode 31{D(r, 12)}  due ", (fdate(r, rdate(r), "mdy"), "DATE_TIME"), "\n")
    b.add(f"Fines: {amount(r)}\nNote: ", pick(r, ["Patron", "Per staff"]), " ", (P(r).first, "PERSON"), ", hold for ", (p.first, "PERSON"), " at front desk.\n")
    return b


def g_foreign(r):
    b = B()
    lang = r.choice(["nl", "it", "pl", "tr"])
    p = P(r, lang if lang in NAMES else None)
    cc = lang
    staff = P(r, lang)
    if lang == "nl":
        b.add(f"Melding #{D(r, 6)} — Woningcorporatie {pick(r, ['Ymere', 'Vestia', 'Eigen Haard'])}\n")
        b.add("Huurder: ", (p.full(), "PERSON"), ", geboren op ", (fdate_l(r, dob(r), "nl"), "DATE_OF_BIRTH"), "\n")
        b.add("Adres: ", (intl_address(r, "nl"), "ADDRESS"), "\nTel.: ", (phone(r, "nl"), "PHONE_NUMBER"), "\n")
        b.add("Omschrijving: lekkage in de badkamer. Monteur ", (staff.first, "PERSON"), " komt op ", (fdt(r, None, "nl"), "DATE_TIME"), ".\n")
        b.add("Huur wordt afgeschreven van ", (iban(r, "NL"), "IBAN_CODE"), ". Vragen? Mail ", (email_of(r, staff, "woning.nl"), "EMAIL_ADDRESS"), ".\n")
    elif lang == "it":
        b.add(f"Referto n. {D(r, 7)} — Poliambulatorio di ", (r.choice(WORLD["it"]), "LOCATION"), "\n")
        b.add("Paziente: ", (p.name("full upper lastfirst"), "PERSON"), ", nato/a il ", (fdate_l(r, dob(r), "it"), "DATE_OF_BIRTH"), "\n")
        b.add("Residente in ", (intl_address(r, "it"), "ADDRESS"), "\nCellulare: ", (phone(r, "it"), "PHONE_NUMBER"), "\n")
        b.add(f"Esame: ecografia addome. Diagnosi {pick(r, ICD)}. Medico refertante: dott. ", (staff.full(), "PERSON"), ".\n")
        b.add("Prossimo controllo il ", (fdt(r, None, "it"), "DATE_TIME"), ". Ticket pagato con bonifico su ", (iban(r, "IT"), "IBAN_CODE"), ".\n")
    elif lang == "pl":
        b.add(f"Zgłoszenie reklamacyjne nr {D(r, 8)}\n")
        b.add("Klient: ", (p.full(), "PERSON"), ", ur. ", (fdate_l(r, dob(r), "pl"), "DATE_OF_BIRTH"), "\n")
        b.add("Adres: ", (intl_address(r, "pl"), "ADDRESS"), "\nTelefon: ", (phone(r, "pl"), "PHONE_NUMBER"), "  E-mail: ", (email_of(r, p), "EMAIL_ADDRESS"), "\n")
        b.add("Towar kupiono ", (fdate_l(r, rdate(r), "pl"), "DATE_TIME"), " w sklepie (miasto: ", (r.choice(WORLD["pl"]), "LOCATION"), ")",
              f". Kwota {r.randint(50, 3000)},00 zł zostanie zwrócona na rachunek ", (iban(r, "PL"), "IBAN_CODE"), ".\n")
        b.add("Konsultant: ", (staff.name("full fi"), "PERSON"), "\n")
    else:
        b.add(f"Şikayet kaydı #{D(r, 7)}\n")
        b.add("Müşteri: ", (p.full(), "PERSON"), ", doğum tarihi: ", (fdate_l(r, dob(r), "tr"), "DATE_OF_BIRTH"), "\n")
        b.add("Adres: ", (intl_address(r, "tr"), "ADDRESS"), "\nGSM: ", (phone(r, "tr"), "PHONE_NUMBER"), "\n")
        b.add("Teknisyen ", (staff.first, "PERSON"), " Bey ", (fdt(r, None, "tr"), "DATE_TIME"), " tarihinde gelecek. İade IBAN: ",
              (iban(r, "TR"), "IBAN_CODE"), "\n")
    b.add("IP: ", (ip(r), "IP_ADDRESS"), f"  ref {uuid(r)[:8]}\n")
    return b


GENERATORS = [
    g_pharmacy_refill, g_trial_enrollment, g_school_nurse, g_legal_intake, g_police_report, g_gym_csv,
    g_rideshare_log, g_food_chat, g_maintenance_ticket, g_donor_json, g_garnishment, g_tax_notes,
    g_telehealth, g_auto_invoice, g_lost_baggage, g_badge_md, g_postmortem, g_access_log, g_infra,
    g_sql_dump, g_jupyter, g_git_log, g_slack_export, g_crash_report, g_roster_tsv, g_library, g_foreign,
]


# --------------------------------------------------------------------------
# API
# --------------------------------------------------------------------------
def make_doc(seed, i):
    r = random.Random(f"{seed}-{i}")
    for _ in range(50):
        g = r.choice(GENERATORS)
        b = g(r)
        text = b.text()
        if MIN_LEN <= len(text) <= MAX_LEN:
            break
    else:
        raise RuntimeError(f"could not build doc {i}")
    ents = sorted(b.ents, key=lambda e: e["start"])
    return {"id": f"blind12-s{seed}-{i:06d}", "text": text, "entities": ents, "_gen": g.__name__}


def generate(n, seed=0):
    for i in range(n):
        d = make_doc(seed, i)
        d.pop("_gen")
        yield d


def validate(doc):
    errs = []
    t = doc["text"]
    if not (MIN_LEN <= len(t) <= MAX_LEN):
        errs.append(f"length {len(t)}")
    prev = 0
    for e in doc["entities"]:
        s, en, ty = e["start"], e["end"], e["type"]
        if ty not in TYPESET:
            errs.append(f"type {ty}")
        if not (0 <= s < en <= len(t)):
            errs.append(f"range {e}")
            continue
        if s < prev:
            errs.append(f"overlap {e}")
        prev = en
        sp = t[s:en]
        if sp != sp.strip():
            errs.append(f"whitespace {sp!r}")
        if sp[-1] in ".,;:" and ty not in ("PERSON", "ADDRESS", "PASSWORD", "GENERIC_SECRET", "DATE_TIME"):
            errs.append(f"trailing punct {sp!r}")
        if ty == "CREDIT_CARD" and not luhn_ok(sp):
            errs.append(f"luhn {sp}")
        if ty == "IBAN_CODE" and not iban_ok(sp):
            errs.append(f"iban {sp}")
        if ty == "US_SSN" and not ssn_ok(sp):
            errs.append(f"ssn {sp}")
        if ty == "URL" and not sp.startswith(("http://", "https://")):
            errs.append(f"url {sp}")
    return errs


def _check(n=3000, seed=0):
    counts = collections.Counter()
    gens = collections.Counter()
    bad = 0
    lens = []
    ids = set()
    for i in range(n):
        d = make_doc(seed, i)
        gens[d["_gen"]] += 1
        if d["id"] in ids:
            print("dup id", d["id"])
            bad += 1
        ids.add(d["id"])
        d2 = make_doc(seed, i)
        if d2["text"] != d["text"] or d2["entities"] != d["entities"]:
            print("non-deterministic", d["id"])
            bad += 1
        errs = validate(d)
        if errs:
            bad += 1
            if bad < 15:
                print(d["id"], errs[:5])
        lens.append(len(d["text"]))
        for e in d["entities"]:
            counts[e["type"]] += 1
    print(f"docs={n} bad={bad} len min/avg/max={min(lens)}/{sum(lens) // len(lens)}/{max(lens)} entities={sum(counts.values())}")
    for t in TYPES:
        print(f"  {t:24s} {counts[t]}")
    print("generators:")
    for g, c in sorted(gens.items()):
        print(f"  {g:24s} {c}")
    return bad == 0


def _sample(k, seed=0):
    for d in generate(k, seed):
        print("=" * 78)
        print(d["id"])
        print("-" * 78)
        print(d["text"])
        print("-" * 78)
        for e in d["entities"]:
            print(f"  {e['type']:22s} {d['text'][e['start']:e['end']]!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int)
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
    for d in generate(a.n, a.seed):
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.output:
        out.close()


if __name__ == "__main__":
    main()
