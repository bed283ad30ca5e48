"""Blind corpus 56 - real estate: property management, tenancy, mortgages and conveyancing.

Synthetic, labelled documents from the world of real estate: letting and
property management (rental applications, leases, rent arrears, deposit
returns, maintenance tickets, resident-portal and smart-lock logs), mortgages
and conveyancing (loan applications, closing disclosures, title reports, wire
instructions, solicitors' completion letters), estate agents (listings,
viewing SMS, web leads, vCards, calendar invites), building maintenance (work
orders, inspection reports, elevator and HVAC logs) and home owners'
associations (minutes, dues ledgers, violation notices), together with the
configuration files, secrets and LLM prompts of the software that runs it all.
About a quarter of the documents are written in other languages (German,
French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Turkish and
romanized Japanese) with local names, addresses, phone numbers, dates and ids.

Usage: python3 corpus_blind56.py --check | --sample K | --n N --seed S --output F.jsonl

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
import datetime as dt
import ipaddress
import json
import random
import re
import sys
import unicodedata
import uuid

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
                "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"}


# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------

class Builder:
    """Appends text piece by piece and records entity spans while appending.

    A piece is a plain string, a (text, TYPE) tuple (TYPE may be None), a list
    of pieces or a callable taking the builder.  fmt() fills {{name}}
    placeholders of a template with pieces.
    """

    _PH = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")

    def __init__(self):
        self._parts = []
        self._len = 0
        self.entities = []

    def add(self, text, typ=None):
        if text is None:
            return self
        text = str(text)
        if not text:
            return self
        if typ:
            self.entities.append({"start": self._len, "end": self._len + len(text), "type": typ})
        self._parts.append(text)
        self._len += len(text)
        return self

    def piece(self, p):
        if p is None:
            return self
        if isinstance(p, str):
            return self.add(p)
        if isinstance(p, tuple):
            return self.add(p[0], p[1])
        if isinstance(p, list):
            for q in p:
                self.piece(q)
            return self
        if callable(p):
            p(self)
            return self
        return self.add(str(p))

    def put(self, *pieces):
        for p in pieces:
            self.piece(p)
        return self

    def line(self, *pieces):
        self.put(*pieces)
        return self.add("\n")

    def fmt(self, template, **kw):
        pos = 0
        for m in self._PH.finditer(template):
            self.add(template[pos:m.start()])
            self.piece(kw[m.group(1)])
            pos = m.end()
        self.add(template[pos:])
        return self

    def text(self):
        return "".join(self._parts)

    def __len__(self):
        return self._len


def E(v, t):
    return (str(v), t)


def P(v): return (v, "PERSON")
def LOC(v): return (v, "LOCATION")
def ADDR(v): return (v, "ADDRESS")
def EM(v): return (v, "EMAIL_ADDRESS")
def PH(v): return (v, "PHONE_NUMBER")
def DT(v): return (v, "DATE_TIME")
def DOB(v): return (v, "DATE_OF_BIRTH")
def URL(v): return (v, "URL")
def IP(v): return (v, "IP_ADDRESS")
def ACC(v): return (v, "ACCOUNT_NUMBER")
def PW(v): return (v, "PASSWORD")
def SEC(v): return (v, "GENERIC_SECRET")


# --- structured emitters (JSON / YAML / XML) that keep spans ---------------

def emit_json(b, obj, indent=2, lvl=0):
    nl = "\n" if indent else ""
    pad = " " * (indent * (lvl + 1))
    end = " " * (indent * lvl)
    sep = ": " if indent else ":"
    if isinstance(obj, dict):
        if not obj:
            b.add("{}")
            return
        b.add("{" + nl)
        items = list(obj.items())
        for k, (key, val) in enumerate(items):
            b.add(pad + json.dumps(key, ensure_ascii=False) + sep)
            emit_json(b, val, indent, lvl + 1)
            b.add(("," if k < len(items) - 1 else "") + nl)
        b.add(end + "}")
    elif isinstance(obj, list):
        if not obj:
            b.add("[]")
            return
        b.add("[" + nl)
        for k, val in enumerate(obj):
            b.add(pad)
            emit_json(b, val, indent, lvl + 1)
            b.add(("," if k < len(obj) - 1 else "") + nl)
        b.add(end + "]")
    elif isinstance(obj, tuple):
        v, t = obj
        if isinstance(v, str):
            s = json.dumps(v, ensure_ascii=False)
            b.add('"').add(s[1:-1], t).add('"')
        else:
            b.add(json.dumps(v), t)
    else:
        b.add(json.dumps(obj, ensure_ascii=False))


_YAML_SPECIAL = re.compile(r"[:#\[\]{},&*!|>'\"%@`]|^\s|\s$|^$|^(true|false|yes|no|null|~|[-+]?\d[\d.eE+-]*)$", re.I)


def _yaml_scalar(b, v):
    if isinstance(v, tuple):
        s, t = v
        if isinstance(s, str) and _YAML_SPECIAL.search(s):
            b.add('"').add(s, t).add('"')
        else:
            b.add(str(s), t)
    elif isinstance(v, bool):
        b.add("true" if v else "false")
    elif v is None:
        b.add("null")
    elif isinstance(v, (int, float)):
        b.add(str(v))
    else:
        s = str(v)
        b.add(json.dumps(s, ensure_ascii=False) if _YAML_SPECIAL.search(s) else s)


def emit_yaml(b, obj, lvl=0, first_prefix=None):
    pad = "  " * lvl
    items = list(obj.items())
    for k, (key, val) in enumerate(items):
        prefix = first_prefix if (k == 0 and first_prefix is not None) else pad
        if isinstance(val, dict):
            b.add(f"{prefix}{key}:\n")
            emit_yaml(b, val, lvl + 1)
        elif isinstance(val, list):
            b.add(f"{prefix}{key}:\n")
            for item in val:
                if isinstance(item, dict):
                    emit_yaml(b, item, lvl + 2, first_prefix="  " * (lvl + 1) + "- ")
                else:
                    b.add("  " * (lvl + 1) + "- ")
                    _yaml_scalar(b, item)
                    b.add("\n")
        else:
            b.add(f"{prefix}{key}: ")
            _yaml_scalar(b, val)
            b.add("\n")


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def emit_xml(b, tag, obj, lvl=0, indent=2):
    pad = " " * (indent * lvl)
    if isinstance(obj, dict):
        b.add(f"{pad}<{tag}>\n")
        for k, v in obj.items():
            if isinstance(v, list):
                for item in v:
                    emit_xml(b, k, item, lvl + 1, indent)
            else:
                emit_xml(b, k, v, lvl + 1, indent)
        b.add(f"{pad}</{tag}>\n")
    elif isinstance(obj, tuple):
        b.add(f"{pad}<{tag}>").add(_xml_esc(str(obj[0])), obj[1]).add(f"</{tag}>\n")
    else:
        b.add(f"{pad}<{tag}>{_xml_esc(str(obj))}</{tag}>\n")


# ---------------------------------------------------------------------------
# Data pools
# ---------------------------------------------------------------------------

def L(s):
    return [x.strip() for x in s.split("|") if x.strip()]


# (male given names, female given names, surnames) per locale
NAMES = {
    "intl": (
        L("James|Ethan|Henry|Liam|Noah|Wyatt|Declan|Rhys|Callum|Alejandro|Mateo|Joaquín|Rodrigo|Arjun|Rohan|"
          "Vikram|Sanjeev|Harpreet|Wei|Hiroshi|Min-jun|Jae-won|Thanh|Kwame|Chinedu|Oluwaseun|Kofi|Abebe|Omar|"
          "Youssef|Karim|Tariq|Dmitri|Milos|Bogdan|Ikaika|Tenzin|Bolat|Keanu|Ezekiel|Lachlan|Tobias|Anselm|"
          "Darnell|Marcus|Desmond|Ravi|Emeka|Jamal|Santiago|Ignatius|Florian|Cormac|Thaddeus"),
        L("Olivia|Grace|Chloe|Hannah|Abigail|Imogen|Siobhan|Bronwyn|Ainsley|Camila|Valentina|Ximena|Guadalupe|"
          "Priya|Ananya|Lakshmi|Nandini|Mei|Yuki|Seo-yeon|Linh|Amara|Ngozi|Thandiwe|Zanele|Folake|Layla|"
          "Fatima|Noor|Yasmin|Katarzyna|Oksana|Zofia|Aroha|Saoirse|Njeri|Xiomara|Teodora|Ingrid|Ragnhild|"
          "Anahera|Marisol|Dagny|Caoimhe|Lowanna|Aigerim|Ilse|Precious|Keisha|Rosalind|Eleftheria|Beatrix|"
          "Wilhelmina|Marguerite|Dolores|Shirin|Parisa|Anjali"),
        L("Smith|Johnson|O'Connor|McAllister|Nguyen|Tran|Kim|Park|Chen|Wang|Zhang|Tanaka|Patel|Sharma|Iyer|"
          "Gupta|Reddy|Singh|Okafor|Adeyemi|Mensah|Boateng|Mwangi|Okonkwo|Haile|Dlamini|Garcia|Rodriguez|"
          "Hernandez|Morales|Castillo|Delgado|Al-Sayed|Haddad|Nasser|Khoury|Kowalski|Novak|Petrov|Ivanova|"
          "Horvath|Jansen|Lindqvist|Fitzgerald|Whitaker|Ashworth|Blackwood|Abernathy|Featherstonehaugh|"
          "Papadopoulos|Kalani|Te Rangi|Nakamura|Yilmaz|Oyelaran-Smith|Van Buren|de la Cruz|Gallagher|Rahman|"
          "Chowdhury|Begum|Azoulay|Goldberg|Friedman|Ferreira|Brennan|Kaur|Osei|Achterberg|Quispe|Mahlangu|"
          "Thibodeaux|Vasquez|Ruiz-Tagle|Kovačević|Ó Súilleabháin|MacLeod|Nakashima|Washington|Bergstrom"),
    ),
    "de": (
        L("Lukas|Jonas|Matthias|Jürgen|Klaus|Felix|Dieter|Torsten|Maximilian|Florian|Uwe|Henning|Bernd|Kai|Volker|Till"),
        L("Anna|Lea|Sabine|Ursula|Heike|Friederike|Gisela|Annika|Wiebke|Katrin|Sophie|Hannelore|Birgit|Jana|Marlene"),
        L("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|"
          "Wolf|Schröder|Neumann|Zimmermann|Krüger|Hartmann|Lange|Schmitz|Krause|Böhm|Ostendorf|Vogelsang|"
          "von Brandenstein|Yıldırım|Kowalczyk|Albrecht|Brinkmann"),
    ),
    "fr": (
        L("Louis|Hugo|Mathieu|Antoine|Théo|Bastien|Yannick|Benoît|Thibault|Jean-Pierre|Mehdi|Loïc|Grégoire|Arnaud"),
        L("Camille|Chloé|Léa|Élodie|Margaux|Amélie|Solène|Gaëlle|Aurélie|Anne-Sophie|Inès|Océane|Brigitte|Maëlys"),
        L("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|"
          "Garnier|Faure|Rousseau|Blanchard|Chevalier|Lemaire|Benali|Nguyen|Le Gall|Diallo|Dupont-Aignan|Marchetti"),
    ),
    "es": (
        L("Javier|Alejandro|Pablo|Sergio|Diego|Íñigo|Álvaro|Jordi|Manuel|Rubén|Xabier|Ignacio|Gonzalo"),
        L("Lucía|Carmen|Sofía|Marta|Elena|Nerea|Rocío|Ainhoa|Montserrat|Pilar|Itziar|Begoña|Macarena"),
        L("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|"
          "Hernández|Díaz|Moreno|Álvarez|Romero|Navarro|Torres|Domínguez|Iglesias|Etxeberria|Vidal|Castells"),
    ),
    "it": (
        L("Giuseppe|Marco|Alessandro|Luca|Matteo|Lorenzo|Gianluca|Salvatore|Vittorio|Carmine|Davide|Pierluigi"),
        L("Giulia|Francesca|Chiara|Sara|Elena|Federica|Ilaria|Rosalba|Alessia|Giovanna|Beatrice|Annunziata"),
        L("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|"
          "Mancini|Costa|Giordano|Lombardi|Moretti|Barbieri|Fontana|Caruso|D'Angelo|Lo Presti"),
    ),
    "pt": (
        L("João|Pedro|Tiago|Rui|Gonçalo|Thiago|Rafael|Caio|Duarte|Vinícius|Afonso|Leandro"),
        L("Maria|Ana|Beatriz|Inês|Mariana|Luana|Gabriela|Larissa|Fernanda|Leonor|Thaís|Conceição"),
        L("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|Gonçalves|Gomes|"
          "Lopes|Marques|Almeida|Ribeiro|Carvalho|Teixeira|Barbosa|Nascimento|Magalhães|Assunção"),
    ),
    "nl": (
        L("Daan|Bram|Jeroen|Thijs|Ruud|Sven|Joost|Maarten|Pieter|Wouter|Sjoerd|Gerrit"),
        L("Sanne|Fleur|Anouk|Lotte|Marieke|Eline|Femke|Ilse|Annemiek|Noor|Roos|Wilhelmina"),
        L("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|"
          "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|Kuipers|van der Meulen"),
    ),
    "sv": (
        L("Erik|Lars|Johan|Oskar|Nils|Björn|Gustav|Anders|Magnus|Henrik|Per|Axel"),
        L("Astrid|Ingrid|Maja|Elsa|Sigrid|Linnea|Ebba|Karin|Annika|Frida|Agnes|Solveig"),
        L("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|"
          "Lindqvist|Bergström|Lundgren|Sjöberg|Holmberg|Ekström|Åkesson|Wallin"),
    ),
    "tr": (
        L("Mehmet|Mustafa|Ahmet|Burak|Emre|Can|Gökhan|Onur|Hakan|Serkan|Yusuf|Kerem"),
        L("Ayşe|Fatma|Emine|Elif|Zeynep|Selin|Derya|Özlem|Merve|Gülşen|Esra|Büşra"),
        L("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|"
          "Çetin|Kara|Koç|Kurt|Erdoğan|Güneş"),
    ),
    "ja": (
        L("Hiroshi|Takeshi|Kenji|Haruto|Daichi|Ren|Sota|Kazuki|Shinji|Ryo|Yusuke|Tatsuya"),
        L("Yuki|Aiko|Sakura|Yui|Emi|Naoko|Misaki|Haruka|Ayaka|Keiko|Mai|Chihiro"),
        L("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|"
          "Sasaki|Matsumoto|Inoue|Kimura|Hayashi|Shimizu"),
    ),
}
NAMES["br"] = NAMES["pt"]
NAMES["gb"] = NAMES["intl"]
NAMES["us"] = NAMES["intl"]
PL_M = L("Piotr|Krzysztof|Tomasz|Paweł|Michał|Grzegorz|Wojciech|Marek|Łukasz|Jakub|Andrzej|Bartosz")
PL_F = L("Anna|Katarzyna|Małgorzata|Agnieszka|Joanna|Magdalena|Zofia|Ewa|Barbara|Dorota|Aleksandra|Beata")
PL_SURN = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
           ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
           ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
           ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"),
           ("Zając", "Zając"), ("Król", "Król"), ("Grabowski", "Grabowska"), ("Pietrzak", "Pietrzak")]

Person = collections.namedtuple("Person", "first last gender loc")


def person(r, loc="intl"):
    g = r.choice("mf")
    if loc == "pl":
        first = r.choice(PL_M if g == "m" else PL_F)
        sm, sf = r.choice(PL_SURN)
        return Person(first, sm if g == "m" else sf, g, loc)
    males, females, surn = NAMES[loc]
    first = r.choice(males if g == "m" else females)
    last = r.choice(surn)
    if loc == "es" and r.random() < 0.6:
        second = r.choice(surn)
        if second != last:
            last = f"{last} {second}"
    if loc in ("pt", "br") and r.random() < 0.4:
        second = r.choice(surn)
        if second != last:
            last = f"{second} {last}"
    return Person(first, last, g, loc)


def full(p):
    return f"{p.first} {p.last}"


def name_var(r, p, styles=("full", "full", "full", "full", "mid", "lastfirst", "upper", "lower")):
    s = r.choice(styles)
    if s == "mid":
        return f"{p.first} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {p.last}"
    if s == "lastfirst":
        return f"{p.last}, {p.first}"
    if s == "upper":
        return full(p).upper()
    if s == "lower":
        return full(p).lower()
    if s == "first":
        return p.first
    if s == "LASTfirst":
        return f"{p.last.upper()}, {p.first}"
    return full(p)


HONOR = {
    "intl": ({"m": ["Mr.", "Mr"], "f": ["Ms.", "Mrs.", "Ms"]}),
    "de": ({"m": ["Herr"], "f": ["Frau"]}),
    "fr": ({"m": ["M.", "Monsieur"], "f": ["Mme", "Madame"]}),
    "es": ({"m": ["Sr.", "D."], "f": ["Sra.", "Dña."]}),
    "it": ({"m": ["Sig.", "Dott."], "f": ["Sig.ra", "Dott.ssa"]}),
    "pt": ({"m": ["Sr.", "Exmo. Sr."], "f": ["Sra.", "Exma. Sra."]}),
    "nl": ({"m": ["dhr.", "de heer"], "f": ["mevr.", "mevrouw"]}),
    "pl": ({"m": ["Pan"], "f": ["Pani"]}),
}
HONOR["br"] = HONOR["pt"]
HONOR["us"] = HONOR["gb"] = HONOR["intl"]


def honor(r, p):
    return r.choice(HONOR.get(p.loc, HONOR["intl"])[p.gender])


_FOLD = str.maketrans({"ı": "i", "ø": "o", "ß": "ss", "ł": "l", "Ł": "L", "æ": "ae", "đ": "d", "Ó": "O"})


def fold(s):
    s = s.translate(_FOLD)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.encode("ascii", "ignore").decode()


MAIL_DOMAINS = L("gmail.com|outlook.com|yahoo.com|proton.me|icloud.com|hotmail.com|fastmail.com|aol.com|"
                 "comcast.net|btinternet.com|mail.com|zoho.com")
MAIL_LOCAL = {"de": L("web.de|gmx.de|t-online.de|posteo.de"), "fr": L("orange.fr|free.fr|laposte.net|sfr.fr"),
              "es": L("gmail.com|telefonica.net|hotmail.es"), "it": L("libero.it|virgilio.it|tiscali.it"),
              "pt": L("sapo.pt|gmail.com"), "br": L("uol.com.br|bol.com.br|terra.com.br"),
              "nl": L("ziggo.nl|kpnmail.nl|xs4all.nl"), "pl": L("wp.pl|onet.pl|interia.pl|o2.pl"),
              "sv": L("telia.com|bredband.net|gmail.com"), "tr": L("gmail.com|yandex.com.tr|hotmail.com.tr"),
              "ja": L("docomo.ne.jp|yahoo.co.jp|ezweb.ne.jp|gmail.com")}


def email_for(r, p, domain=None):
    f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "user"
    l_ = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "mail"
    local = r.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_[:1]}{r.randint(2, 98)}", f"{l_}.{f}",
                      f"{f}_{l_}", f"{f}.{l_}{r.randint(70, 99)}"])
    if domain is None:
        domain = r.choice(MAIL_LOCAL.get(p.loc, MAIL_DOMAINS) if r.random() < 0.7 else MAIL_DOMAINS)
    return f"{local}@{domain}"


PM_COMPANIES = L("Harborview Property Management|Keystone Residential|Oakridge Lettings Ltd|Bluestone Realty Group|"
                 "Cedar & Pine Property Co.|Summit Peak Apartments|Whitfield & Sons Property Management|"
                 "Northgate Living|Larkspur Residential Services|Ironbridge Estates|Maplewood Communities|"
                 "Greystone Asset Management|Tidewater Homes|Copperleaf Property Partners|Rowan & Finch Lettings")
LENDERS = L("Meridian Home Loans|First Harbor Mortgage|Pinnacle Federal Credit Union|Lakeshore Bank|"
            "Sterling Trust Mortgage|Cascade Lending Group|Union Square Savings|Redwood Mortgage Co.")
TITLE_COS = L("Crescent Title & Escrow|Landmark Settlement Services|Old Republic-style Title Agency|"
              "Blue Ridge Title|Keystone Abstract Co.|Prairie Land Title")
BUILDINGS = L("The Larkspur|Riverside Lofts|Maple Court Apartments|Cedar Heights|Harbor Point Residences|"
              "Willow Creek Townhomes|The Foundry Lofts|Juniper Gardens|Parkview Towers|Aspen Ridge Villas")
CONTRACTORS = L("AquaFix Plumbing|BrightSpark Electrical|ColdSnap HVAC|Dependable Roofing LLC|"
                "Evergreen Landscaping|Apex Elevator Services|Pest Patrol Inc.|ClearView Window Cleaning")
BANKS_US = L("Chase|Wells Fargo|Bank of America|U.S. Bank|PNC Bank|Citizens Bank|TD Bank|Ally Bank")
PETS = L("Biscuit|Mochi|Pepper|Luna|Rocky|Waffles|Bella|Ziggy|Nala|Captain|Pickles|Olive")

US_STREETS = L("Maple Avenue|Oak Street|Cedar Lane|Willow Way|Elm Street|Birchwood Drive|Harbor View Road|"
               "Juniper Court|Magnolia Boulevard|Sycamore Terrace|Lakeshore Drive|Prospect Avenue|"
               "Chestnut Street|Aspen Ridge Road|Kingsley Place|Tamarack Circle|Quail Hollow Lane|Old Mill Road|"
               "Riverbend Parkway|Pinecrest Drive|Martin Luther King Jr Way|Cesar Chavez Boulevard|"
               "Wildflower Loop|Bayberry Court|Foxglove Lane")
US_CITIES = [("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
             ("Raleigh", "NC", "276"), ("Denver", "CO", "802"), ("Boise", "ID", "837"),
             ("Sacramento", "CA", "958"), ("Tampa", "FL", "336"), ("Minneapolis", "MN", "554"),
             ("Albany", "NY", "122"), ("Phoenix", "AZ", "850"), ("Savannah", "GA", "314"),
             ("Burlington", "VT", "054"), ("Tucson", "AZ", "857"), ("Spokane", "WA", "992"),
             ("Madison", "WI", "537"), ("Providence", "RI", "029"), ("Louisville", "KY", "402"),
             ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"), ("Baton Rouge", "LA", "708"),
             ("Cheyenne", "WY", "820"), ("Duluth", "MN", "558"), ("Santa Fe", "NM", "875"),
             ("Oakland", "CA", "946"), ("Brooklyn", "NY", "112"), ("Charleston", "SC", "294")]
US_STATE_NAMES = {"OR": "Oregon", "TX": "Texas", "OH": "Ohio", "NC": "North Carolina", "CO": "Colorado",
                  "ID": "Idaho", "CA": "California", "FL": "Florida", "MN": "Minnesota", "NY": "New York",
                  "AZ": "Arizona", "GA": "Georgia", "VT": "Vermont", "WA": "Washington", "WI": "Wisconsin",
                  "RI": "Rhode Island", "IL": "Illinois", "KY": "Kentucky", "AK": "Alaska", "HI": "Hawaii", "LA": "Louisiana",
                  "WY": "Wyoming", "NM": "New Mexico", "SC": "South Carolina"}
AREA = {"OR": "503", "TX": "512", "OH": "614", "NC": "919", "CO": "303", "ID": "208", "CA": "916", "FL": "813",
        "MN": "612", "NY": "518", "AZ": "602", "GA": "912", "VT": "802", "WA": "509", "WI": "608", "RI": "401",
        "KY": "502", "AK": "907", "HI": "808", "LA": "225", "WY": "307", "NM": "505", "SC": "843"}
GB_STREETS = L("Cavendish Road|Albert Street|Marlborough Crescent|Church Lane|Victoria Terrace|Kings Avenue|"
               "Mill Lane|Beechwood Close|Highfield Road|St Mary's Walk|Station Approach|Orchard Grove")
GB_TOWNS = [("London", "NW6 7XR"), ("Manchester", "M14 5TQ"), ("Leeds", "LS6 2AB"), ("Bristol", "BS8 1QU"),
            ("Edinburgh", "EH3 9DR"), ("Cardiff", "CF10 3AT"), ("Brighton", "BN1 4GH"), ("Norwich", "NR2 3PD"),
            ("Glasgow", "G12 8QQ"), ("York", "YO1 7HH"), ("Sheffield", "S10 2TN"), ("Belfast", "BT9 6AA")]
DE_STREETS = L("Lindenstraße|Hauptstraße|Goethestraße|Am Stadtpark|Schillerweg|Bahnhofstraße|Kastanienallee|"
               "Rosenweg|Berliner Allee|Friedrich-Ebert-Straße|Mühlenkamp|Eichendorffstraße|Am Markt")
DE_CITIES = [("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München"), ("50667", "Köln"),
             ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"),
             ("28195", "Bremen"), ("90402", "Nürnberg"), ("30159", "Hannover"), ("48143", "Münster")]
FR_STREETS = L("rue de la République|avenue Jean Jaurès|boulevard Haussmann|rue Victor Hugo|place Bellecour|"
               "rue des Lilas|allée des Tilleuls|chemin des Vignes|quai Saint-Antoine|rue du Faubourg Saint-Denis")
FR_CITIES = [("75008", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
             ("33000", "Bordeaux"), ("59000", "Lille"), ("44000", "Nantes"), ("67000", "Strasbourg"),
             ("34000", "Montpellier"), ("35000", "Rennes")]
ES_STREETS = L("Calle de Alcalá|Calle Mayor|Avenida de la Constitución|Paseo de Gracia|Calle San Vicente|"
               "Ronda de Segovia|Calle del Pez|Gran Vía|Calle de Serrano|Avinguda Diagonal")
ES_CITIES = [("28014", "Madrid"), ("08007", "Barcelona"), ("46002", "Valencia"), ("41001", "Sevilla"),
             ("48001", "Bilbao"), ("29015", "Málaga"), ("50001", "Zaragoza"), ("15001", "A Coruña")]
IT_STREETS = L("Via Garibaldi|Corso Vittorio Emanuele|Via Roma|Viale dei Mille|Via dei Serragli|Via Toledo|"
               "Via Nazionale|Corso Buenos Aires|Via San Gregorio Armeno|Piazza della Repubblica")
IT_CITIES = [("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10121", "Torino", "TO"),
             ("80134", "Napoli", "NA"), ("50125", "Firenze", "FI"), ("40126", "Bologna", "BO"),
             ("16121", "Genova", "GE"), ("90133", "Palermo", "PA")]
PT_STREETS = L("Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Rua do Almada|"
               "Rua Garrett|Avenida dos Aliados")
PT_CITIES = [("1100-053", "Lisboa"), ("4000-322", "Porto"), ("3000-150", "Coimbra"), ("4700-420", "Braga"),
             ("8000-138", "Faro"), ("3810-193", "Aveiro")]
BR_STREETS = L("Rua das Flores|Avenida Paulista|Rua Oscar Freire|Rua Augusta|Avenida Atlântica|Rua da Bahia|"
               "Rua Padre Chagas|Avenida Boa Viagem")
BR_CITIES = [("São Paulo", "SP", "01310-100", "Bela Vista"), ("Rio de Janeiro", "RJ", "22071-000", "Copacabana"),
             ("Belo Horizonte", "MG", "30130-010", "Savassi"), ("Curitiba", "PR", "80010-000", "Batel"),
             ("Porto Alegre", "RS", "90010-150", "Moinhos de Vento"), ("Recife", "PE", "51020-000", "Boa Viagem")]
NL_STREETS = L("Keizersgracht|Prinsengracht|Oudegracht|Laan van Meerdervoort|Witte de Withstraat|Biltstraat|"
               "Vismarkt|Stratumseind|Herengracht")
NL_CITIES = [("1015 CJ", "Amsterdam"), ("3511 AB", "Utrecht"), ("2514 EA", "Den Haag"), ("3011 BN", "Rotterdam"),
             ("9711 LM", "Groningen"), ("5611 EM", "Eindhoven"), ("2311 EZ", "Leiden")]
PL_STREETS = L("ul. Marszałkowska|ul. Floriańska|ul. Piotrkowska|al. Jerozolimskie|ul. Długa|ul. Świętojańska|"
               "ul. Ruska|ul. Półwiejska")
PL_CITIES = [("00-514", "Warszawa"), ("31-019", "Kraków"), ("90-406", "Łódź"), ("80-831", "Gdańsk"),
             ("50-077", "Wrocław"), ("61-772", "Poznań"), ("81-372", "Gdynia")]
SV_STREETS = L("Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Södra Förstadsgatan|Linnégatan|Östra Ågatan")
SV_CITIES = [("114 55", "Stockholm"), ("411 38", "Göteborg"), ("211 34", "Malmö"), ("753 20", "Uppsala"),
             ("903 26", "Umeå"), ("582 24", "Linköping")]
TR_STREETS = L("Bağdat Caddesi|İstiklal Caddesi|Atatürk Bulvarı|Cumhuriyet Caddesi|Kordon Boyu|Gazi Mustafa Kemal Bulvarı")
TR_MAH = L("Caddebostan|Moda|Kızılay|Alsancak|Konyaaltı|Nilüfer|Cihangir|Bahçelievler")
TR_CITIES = [("34728", "Kadıköy", "İstanbul"), ("06420", "Çankaya", "Ankara"), ("35220", "Konak", "İzmir"),
             ("07100", "Muratpaşa", "Antalya"), ("16110", "Nilüfer", "Bursa"), ("34433", "Beyoğlu", "İstanbul")]
JA_AREAS = [("150-0001", "Jingumae", "Shibuya-ku", "Tokyo"), ("530-0001", "Umeda", "Kita-ku", "Osaka"),
            ("604-8005", "Momoyacho", "Nakagyo-ku", "Kyoto"), ("160-0022", "Shinjuku", "Shinjuku-ku", "Tokyo"),
            ("810-0001", "Tenjin", "Chuo-ku", "Fukuoka"), ("060-0042", "Odori-nishi", "Chuo-ku", "Sapporo"),
            ("231-0023", "Yamashitacho", "Naka-ku", "Yokohama")]
JA_BUILDINGS = L("Sakura Mansion|Harajuku Heights|Maison Aoi|Grand Court Umeda|Villa Kamogawa|Lions Plaza Tenjin")

WORLD_PLACES = L("Lagos, Nigeria|Toronto, Canada|Manila, Philippines|Dublin, Ireland|Mumbai, India|Seoul|"
                 "Nairobi, Kenya|São Paulo, Brazil|Auckland, New Zealand|Kraków, Poland|Lisbon|Mexico City|"
                 "Vancouver, BC|Cape Town, South Africa|Singapore|Dubai|Melbourne, Australia|Edinburgh, Scotland")

Addr = collections.namedtuple("Addr", "street unit city region postal country one lines")


def addr_us(r, unit_p=0.45):
    st = f"{r.randint(12, 9899)} {r.choice(US_STREETS)}"
    unit = None
    if r.random() < unit_p:
        unit = r.choice([f"Apt {r.randint(1, 30)}{r.choice('ABCDEF')}", f"Unit {r.randint(101, 1450)}",
                         f"Suite {r.randint(100, 650)}", f"#{r.randint(2, 48)}", f"Apt. {r.randint(2, 9)}"])
    city, region, zp = r.choice(US_CITIES)
    postal = f"{zp}{r.randint(1, 99):02d}"
    first = st + (f", {unit}" if unit else "")
    one = f"{first}, {city}, {region} {postal}"
    lines = [st] + ([unit] if unit else []) + [f"{city}, {region} {postal}"]
    return Addr(st, unit, city, region, postal, "US", one, lines)


def addr_gb(r):
    st = f"{r.randint(1, 240)} {r.choice(GB_STREETS)}"
    unit = r.choice([None, None, f"Flat {r.randint(1, 12)}", f"Flat {r.randint(1, 6)}{r.choice('ABC')}"])
    city, pc = r.choice(GB_TOWNS)
    first = (f"{unit}, " if unit else "") + st
    one = f"{first}, {city} {pc}"
    lines = ([unit] if unit else []) + [st, city, pc]
    return Addr(st, unit, city, None, pc, "GB", one, lines)


def addr_de(r):
    st = f"{r.choice(DE_STREETS)} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}"
    plz, city = r.choice(DE_CITIES)
    return Addr(st, None, city, None, plz, "DE", f"{st}, {plz} {city}", [st, f"{plz} {city}"])


def addr_fr(r):
    st = f"{r.randint(1, 180)}{r.choice(['', '', '', ' bis'])} {r.choice(FR_STREETS)}"
    cp, city = r.choice(FR_CITIES)
    unit = r.choice([None, None, f"Bât. {r.choice('ABC')}, appt {r.randint(1, 60)}", f"Appartement {r.randint(1, 40)}"])
    city_s = city.upper() if r.random() < 0.4 else city
    one = (f"{unit}, " if unit else "") + f"{st}, {cp} {city_s}"
    lines = ([unit] if unit else []) + [st, f"{cp} {city_s}"]
    return Addr(st, unit, city, None, cp, "FR", one, lines)


def addr_es(r):
    st = f"{r.choice(ES_STREETS)} {r.randint(1, 220)}"
    unit = r.choice([None, f"{r.randint(1, 9)}º {r.choice('ABCD')}", f"{r.randint(1, 7)}.º izda", f"piso {r.randint(1, 8)}, puerta {r.randint(1, 4)}"])
    cp, city = r.choice(ES_CITIES)
    one = st + (f", {unit}" if unit else "") + f", {cp} {city}"
    lines = [st + (f", {unit}" if unit else ""), f"{cp} {city}"]
    return Addr(st, unit, city, None, cp, "ES", one, lines)


def addr_it(r):
    st = f"{r.choice(IT_STREETS)} {r.randint(1, 160)}"
    cap, city, prov = r.choice(IT_CITIES)
    unit = r.choice([None, None, f"scala {r.choice('ABC')}, int. {r.randint(1, 30)}"])
    one = st + (f", {unit}" if unit else "") + f", {cap} {city} {prov}"
    lines = [st + (f", {unit}" if unit else ""), f"{cap} {city} {prov}"]
    return Addr(st, unit, city, prov, cap, "IT", one, lines)


def addr_pt(r):
    st = f"{r.choice(PT_STREETS)} {r.randint(1, 300)}"
    unit = r.choice([None, f"{r.randint(1, 6)}.º Esq.", f"{r.randint(1, 6)}.º Dto.", f"r/c {r.choice(['Esq', 'Dto'])}"])
    cp, city = r.choice(PT_CITIES)
    one = st + (f", {unit}" if unit else "") + f", {cp} {city}"
    lines = [st + (f", {unit}" if unit else ""), f"{cp} {city}"]
    return Addr(st, unit, city, None, cp, "PT", one, lines)


def addr_br(r):
    city, uf, cep, bairro = r.choice(BR_CITIES)
    st = f"{r.choice(BR_STREETS)}, {r.randint(10, 2900)}"
    unit = r.choice([None, f"apto {r.randint(11, 1804)}", f"bloco {r.choice('ABC')}, apto {r.randint(11, 904)}"])
    one = st + (f", {unit}" if unit else "") + f" - {bairro}, {city} - {uf}, {cep}"
    lines = [st + (f", {unit}" if unit else ""), f"{bairro}, {city} - {uf}", f"CEP {cep}"]
    return Addr(st, unit, city, uf, cep, "BR", one, lines)


def addr_nl(r):
    st = f"{r.choice(NL_STREETS)} {r.randint(1, 400)}{r.choice(['', '', '-II', 'A', '-3hoog', ' bis'])}"
    pc, city = r.choice(NL_CITIES)
    return Addr(st, None, city, None, pc, "NL", f"{st}, {pc} {city}", [st, f"{pc} {city.upper() if r.random() < 0.3 else city}"])


def addr_pl(r):
    st = f"{r.choice(PL_STREETS)} {r.randint(1, 120)}" + r.choice(["", f"/{r.randint(1, 80)}", f" m. {r.randint(1, 60)}"])
    pc, city = r.choice(PL_CITIES)
    return Addr(st, None, city, None, pc, "PL", f"{st}, {pc} {city}", [st, f"{pc} {city}"])


def addr_sv(r):
    st = f"{r.choice(SV_STREETS)} {r.randint(1, 90)}{r.choice(['', '', 'A', 'B'])}"
    unit = r.choice([None, None, f"lgh {r.randint(1001, 1703)}"])
    pc, city = r.choice(SV_CITIES)
    one = st + (f", {unit}" if unit else "") + f", {pc} {city}"
    lines = [st + (f", {unit}" if unit else ""), f"{pc} {city.upper() if r.random() < 0.3 else city}"]
    return Addr(st, unit, city, None, pc, "SE", one, lines)


def addr_tr(r):
    pc, district, city = r.choice(TR_CITIES)
    st = f"{r.choice(TR_MAH)} Mah. {r.choice(TR_STREETS)} No: {r.randint(1, 250)}"
    unit = f"D: {r.randint(1, 24)}"
    one = f"{st} {unit}, {pc} {district}/{city}"
    lines = [f"{st} {unit}", f"{pc} {district}/{city}"]
    return Addr(st, unit, district, city, pc, "TR", one, lines)


def addr_ja(r):
    pc, area, ward, city = r.choice(JA_AREAS)
    st = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)} {area}"
    unit = r.choice([None, f"{r.choice(JA_BUILDINGS)} {r.randint(1, 12)}0{r.randint(1, 9)}"])
    one = (f"{unit}, " if unit else "") + f"{st}, {ward}, {city} {pc}"
    lines = ([unit] if unit else []) + [f"{st}, {ward}", f"{city} {pc}"]
    return Addr(st, unit, ward, city, pc, "JP", one, lines)


ADDR_GEN = {"us": addr_us, "gb": addr_gb, "de": addr_de, "fr": addr_fr, "es": addr_es, "it": addr_it,
            "pt": addr_pt, "br": addr_br, "nl": addr_nl, "pl": addr_pl, "sv": addr_sv, "tr": addr_tr,
            "ja": addr_ja}


def multi(a):
    return "\n".join(a.lines)


# ---------------------------------------------------------------------------
# Phones, dates
# ---------------------------------------------------------------------------

def dg(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def phone(r, loc="us", state=None):
    if loc in ("us", "intl"):
        a = AREA.get(state) if state and r.random() < 0.7 else r.choice(list(AREA.values()) + ["415", "212", "617", "206"])
        x, s = r.randint(201, 989), dg(r, 4)
        return r.choice([f"({a}) {x}-{s}", f"{a}-{x}-{s}", f"{a}.{x}.{s}", f"+1 {a} {x} {s}",
                         f"+1-{a}-{x}-{s}", f"1 ({a}) {x}-{s}", f"({a}) {x}-{s}"])
    if loc == "tollfree":
        return r.choice([f"1-800-{r.randint(200, 989)}-{dg(r, 4)}", f"(888) {r.randint(200, 989)}-{dg(r, 4)}",
                         f"1-877-{r.randint(200, 989)}-{dg(r, 4)}"])
    if loc == "gb":
        return r.choice([f"020 7946 0{dg(r, 3)}", f"0161 496 0{dg(r, 3)}", f"0113 496 0{dg(r, 3)}",
                         f"07700 900{dg(r, 3)}", f"+44 20 7946 0{dg(r, 3)}", f"+44 7700 900{dg(r, 3)}",
                         f"0117 496 0{dg(r, 3)}", f"+44 (0)131 496 0{dg(r, 3)}"])
    if loc == "de":
        return r.choice([f"+49 30 {dg(r, 8)}", f"030 {dg(r, 7)}", f"+49 151 {dg(r, 8)}", f"0171 {dg(r, 7)}",
                         f"089/{dg(r, 7)}", f"+49 (0)40 {dg(r, 3)} {dg(r, 4)}", f"0221 {dg(r, 3)} {dg(r, 3)}"])
    if loc == "fr":
        p = " ".join(dg(r, 2) for _ in range(4))
        return r.choice([f"0{r.randint(1, 7)} {p}", f"+33 {r.choice('1456789')} {p}", f"06.{dg(r, 2)}.{dg(r, 2)}.{dg(r, 2)}.{dg(r, 2)}",
                         f"+33 (0)6 {p}"])
    if loc == "es":
        return r.choice([f"+34 6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}", f"91 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                         f"6{dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}", f"+34 93 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}"])
    if loc == "it":
        return r.choice([f"+39 02 {dg(r, 4)} {dg(r, 4)}", f"3{dg(r, 2)} {dg(r, 3)} {dg(r, 4)}",
                         f"+39 34{dg(r, 1)} {dg(r, 3)} {dg(r, 4)}", f"06 {dg(r, 4)} {dg(r, 4)}", f"081-{dg(r, 7)}"])
    if loc == "pt":
        return r.choice([f"+351 91{dg(r, 1)} {dg(r, 3)} {dg(r, 3)}", f"21{dg(r, 1)} {dg(r, 3)} {dg(r, 3)}",
                         f"96{dg(r, 1)} {dg(r, 3)} {dg(r, 3)}", f"+351 22 {dg(r, 3)} {dg(r, 4)}"])
    if loc == "br":
        return r.choice([f"(11) 9{dg(r, 4)}-{dg(r, 4)}", f"+55 21 9{dg(r, 4)}-{dg(r, 4)}",
                         f"(31) 3{dg(r, 3)}-{dg(r, 4)}", f"+55 (41) 9{dg(r, 4)}-{dg(r, 4)}"])
    if loc == "nl":
        return r.choice([f"+31 20 {dg(r, 3)} {dg(r, 4)}", f"06-{dg(r, 8)}", f"010 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                         f"+31 6 {dg(r, 4)} {dg(r, 4)}", f"030-{dg(r, 7)}"])
    if loc == "pl":
        return r.choice([f"+48 6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}", f"22 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                         f"5{dg(r, 2)}-{dg(r, 3)}-{dg(r, 3)}", f"+48 12 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}"])
    if loc == "sv":
        return r.choice([f"08-{dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"+46 70 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                         f"070-{dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"031-{dg(r, 2)} {dg(r, 2)} {dg(r, 2)}"])
    if loc == "tr":
        return r.choice([f"+90 5{dg(r, 2)} {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"0212 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                         f"0(5{dg(r, 2)}) {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"0312 {dg(r, 3)} {dg(r, 4)}"])
    if loc == "ja":
        return r.choice([f"03-{dg(r, 4)}-{dg(r, 4)}", f"090-{dg(r, 4)}-{dg(r, 4)}", f"+81 90-{dg(r, 4)}-{dg(r, 4)}",
                         f"06-{dg(r, 4)}-{dg(r, 4)}", f"080-{dg(r, 4)}-{dg(r, 4)}", f"075-{dg(r, 3)}-{dg(r, 4)}"])
    raise KeyError(loc)


MONTHS = {
    "en": L("January|February|March|April|May|June|July|August|September|October|November|December"),
    "de": L("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": L("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "es": L("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "it": L("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "pt": L("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    "nl": L("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "pl": L("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"),
    "sv": L("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"),
    "tr": L("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"),
}
WEEKDAYS = {
    "en": L("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "de": L("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
    "fr": L("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    "es": L("lunes|martes|miércoles|jueves|viernes|sábado|domingo"),
    "it": L("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"),
    "pt": L("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo"),
    "nl": L("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "pl": L("poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"),
    "sv": L("måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"),
    "tr": L("Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar"),
}
MONTHS["br"] = MONTHS["pt"]
WEEKDAYS["br"] = WEEKDAYS["pt"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def rand_date(r, y0=2024, y1=2026):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(r.randint(start, end))


def rand_dob(r):
    return dt.date.fromordinal(r.randint(dt.date(1942, 1, 1).toordinal(), dt.date(2004, 12, 31).toordinal()))


def fmt_date(r, d, loc="us", weekday=None, styles=None):
    y, m, dd = d.year, d.month, d.day
    wd = None
    if loc in ("us", "intl", "en"):
        mn = MONTHS["en"][m - 1]
        opts = [f"{mn} {dd}, {y}", f"{mn[:3]} {dd}, {y}", f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}",
                f"{y}-{m:02d}-{dd:02d}", f"{mn} {ordinal(dd)}, {y}", f"{dd:02d}-{mn[:3]}-{y}"]
        long_ = {0, 1, 5}
        wd = WEEKDAYS["en"][d.weekday()] + ", "
    elif loc == "gb":
        mn = MONTHS["en"][m - 1]
        opts = [f"{dd} {mn} {y}", f"{dd:02d}/{m:02d}/{y}", f"{ordinal(dd)} {mn} {y}", f"{dd} {mn[:3]} {y}",
                f"{y}-{m:02d}-{dd:02d}"]
        long_ = {0, 2, 3}
        wd = WEEKDAYS["en"][d.weekday()] + " "
    elif loc == "de":
        mn = MONTHS["de"][m - 1]
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {mn} {y}", f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{str(y)[2:]}"]
        long_ = {0, 1}
        wd = WEEKDAYS["de"][d.weekday()] + ", "
    elif loc == "fr":
        mn = MONTHS["fr"][m - 1]
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{'1er' if dd == 1 else dd} {mn} {y}", f"{dd:02d}.{m:02d}.{y}"]
        long_ = {1}
        wd = WEEKDAYS["fr"][d.weekday()] + " "
    elif loc == "es":
        mn = MONTHS["es"][m - 1]
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mn} de {y}", f"{dd}-{m}-{y}"]
        long_ = {1}
        wd = WEEKDAYS["es"][d.weekday()] + ", "
    elif loc == "it":
        mn = MONTHS["it"][m - 1]
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {mn} {y}", f"{dd:02d}.{m:02d}.{y}"]
        long_ = {1}
        wd = WEEKDAYS["it"][d.weekday()] + " "
    elif loc in ("pt", "br"):
        mn = MONTHS["pt"][m - 1]
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mn} de {y}", f"{dd:02d}-{m:02d}-{y}"]
        long_ = {1}
        wd = WEEKDAYS["pt"][d.weekday()] + ", "
    elif loc == "nl":
        mn = MONTHS["nl"][m - 1]
        opts = [f"{dd:02d}-{m:02d}-{y}", f"{dd} {mn} {y}", f"{dd}-{m}-{y}"]
        long_ = {1}
        wd = WEEKDAYS["nl"][d.weekday()] + " "
    elif loc == "pl":
        mn = MONTHS["pl"][m - 1]
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd} {mn} {y}", f"{y}-{m:02d}-{dd:02d}"]
        long_ = {1}
        wd = None
    elif loc == "sv":
        mn = MONTHS["sv"][m - 1]
        opts = [f"{y}-{m:02d}-{dd:02d}", f"{dd} {mn} {y}", f"{y}-{m:02d}-{dd:02d}"]
        long_ = {1}
        wd = WEEKDAYS["sv"][d.weekday()] + " "
    elif loc == "tr":
        mn = MONTHS["tr"][m - 1]
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd} {mn} {y}", f"{dd:02d}/{m:02d}/{y}"]
        long_ = {1}
        wd = None
    elif loc == "ja":
        opts = [f"{y}-nen {m}-gatsu {dd}-nichi", f"{y}/{m:02d}/{dd:02d}", f"{y}-{m:02d}-{dd:02d}", f"{y}.{m}.{dd}"]
        long_ = set()
    else:
        raise KeyError(loc)
    idx = r.randrange(len(opts)) if styles is None else r.choice(styles)
    s = opts[idx]
    if wd and idx in long_ and (weekday or (weekday is None and d.year >= 2015 and r.random() < 0.15)):
        s = wd + s
    return s


def fmt_time(r, h, mi, loc="us"):
    if loc in ("us", "intl", "en", "gb"):
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        return r.choice([f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d}{ap.lower()}",
                         f"{h:02d}:{mi:02d}"])
    if loc == "de":
        return r.choice([f"{h:02d}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr", f"{h:02d}:{mi:02d}"])
    if loc == "fr":
        return r.choice([f"{h}h{mi:02d}", f"{h:02d}h{mi:02d}", f"{h}:{mi:02d}"]) if mi else f"{h}h"
    if loc in ("pt", "br"):
        return r.choice([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"])
    return f"{h:02d}:{mi:02d}"


JOIN = {"us": [" at ", ", ", " "], "intl": [" at ", ", "], "en": [" at ", ", "], "gb": [" at ", ", "],
        "de": [" um ", ", "], "fr": [" à "], "es": [" a las "], "it": [" alle ", ", ore "],
        "pt": [" às "], "br": [" às "], "nl": [", ", " "], "pl": [", ", " "], "sv": [" "], "tr": [" "],
        "ja": [" "]}


def rand_hm(r, h0=8, h1=18):
    return r.randint(h0, h1), r.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])


def fmt_dt(r, d, loc="us", h0=8, h1=18, weekday=None):
    h, mi = rand_hm(r, h0, h1)
    j = r.choice(JOIN[loc])
    if j == ", ore ":
        return f"{fmt_date(r, d, loc, weekday)}, ore {h:02d}:{mi:02d}"
    return fmt_date(r, d, loc, weekday) + j + fmt_time(r, h, mi, loc)


def ts_iso(r, d=None):
    d = d or rand_date(r)
    return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"


def ts_plain(r, d=None):
    d = d or rand_date(r)
    return f"{d.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def email_date_header(r, d):
    wd = WEEKDAYS["en"][d.weekday()][:3]
    mn = MONTHS["en"][d.month - 1][:3]
    return f"{wd}, {d.day:02d} {mn} {d.year} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['+0000', '-0500', '-0800', '+0100', '+0200', '-0600'])}"


class Clock:
    """Monotonic log clock for hard-negative line timestamps."""

    def __init__(self, r, d=None):
        self.r = r
        d = d or rand_date(r)
        self.t = dt.datetime(d.year, d.month, d.day, r.randint(0, 20), r.randint(0, 59), r.randint(0, 59))

    def tick(self, lo=1, hi=240):
        self.t += dt.timedelta(seconds=self.r.randint(lo, hi), milliseconds=self.r.randint(0, 999))
        return self.t

    def iso(self, lo=1, hi=240):
        t = self.tick(lo, hi)
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

    def plain(self, lo=1, hi=240):
        return self.tick(lo, hi).strftime("%Y-%m-%d %H:%M:%S")

    def clf(self, lo=1, hi=30):
        return self.tick(lo, hi).strftime("%d/%b/%Y:%H:%M:%S +0000")

    def hm(self, lo=20, hi=400):
        return self.tick(lo, hi).strftime("%H:%M")

    def hms(self, lo=3, hi=40):
        return self.tick(lo, hi).strftime("%H:%M:%S")


# ---------------------------------------------------------------------------
# Valid-value helpers (checksums, secret shapes) and hard negatives
# ---------------------------------------------------------------------------

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(r, prefix, length):
    body = prefix + dg(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("unreachable")


def card(r, grouped=None):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        num = luhn_complete(r, "4", 16)
    elif kind == "mc":
        num = luhn_complete(r, str(r.randint(51, 55)), 16)
    elif kind == "amex":
        num = luhn_complete(r, r.choice(["34", "37"]), 15)
    else:
        num = luhn_complete(r, "6011", 16)
    style = grouped if grouped is not None else r.choice(["space", "space", "dash", "plain"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def card_invalid(r):
    num = luhn_complete(r, "4", 16)
    bad = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
    return " ".join(bad[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.5 else bad


def masked_card(r):
    return r.choice([f"**** **** **** {dg(r, 4)}", f"XXXX-XXXX-XXXX-{dg(r, 4)}", f"ending in {dg(r, 4)}",
                     f"{r.choice(['4', '5'])}{dg(r, 5)}******{dg(r, 4)}"])


IBAN_BBAN = {
    "DE": lambda r: dg(r, 18), "FR": lambda r: dg(r, 23), "ES": lambda r: dg(r, 20),
    "IT": lambda r: rs(r, 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + dg(r, 22), "NL": lambda r: r.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + dg(r, 10),
    "PL": lambda r: dg(r, 24), "PT": lambda r: dg(r, 21), "SE": lambda r: dg(r, 20),
    "TR": lambda r: dg(r, 5) + "0" + dg(r, 16), "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(r, 14),
    "BE": lambda r: dg(r, 12), "AT": lambda r: dg(r, 16), "IE": lambda r: r.choice(["AIBK", "BOFI"]) + dg(r, 14),
    "CH": lambda r: dg(r, 17), "BR": lambda r: dg(r, 8) + dg(r, 5) + dg(r, 10) + "C1",
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(r, cc="DE", grouped=None):
    bban = IBAN_BBAN[cc](r)
    ck = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{ck:02d}{bban}"
    if grouped is None:
        grouped = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn(r, style=None):
    area = r.choice([x for x in range(1, 900) if x != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["dash", "dash", "dash", "plain", "space"])
    if style == "plain":
        return f"{area:03d}{g:02d}{s:04d}"
    sep = "-" if style == "dash" else " "
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_invalid(r):
    area = r.choice([0, 666, r.randint(900, 999)])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def b64u(bs):
    return base64.urlsafe_b64encode(bs).rstrip(b"=").decode()


def jwt(r, sub=None):
    alg = r.choice(["HS256", "RS256", "ES256", "HS512"])
    header = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.4:
        header["kid"] = rs(r, 8, HEX)
    iat = r.randint(1700000000, 1790000000)
    payload = {"sub": sub or f"usr_{rs(r, 10)}", "iat": iat, "exp": iat + r.choice([900, 3600, 86400]),
               "scope": r.choice(["tenant:read", "portal", "leases:write payments:read", "owner"])}
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    return ".".join([b64u(json.dumps(header, separators=(",", ":")).encode()),
                     b64u(json.dumps(payload, separators=(",", ":")).encode()),
                     b64u(r.randbytes(min(siglen, 96)))])


def jwt_ok(s):
    parts = s.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except Exception:
        return False
    return isinstance(h, dict) and "alg" in h


def pem(r, lines=None):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = lines or (r.randint(4, 6) if kind == "EC PRIVATE KEY" else r.randint(7, 13))
    body = [base64.b64encode(r.randbytes(48)).decode() for _ in range(n)]
    body.append(base64.b64encode(r.randbytes(r.randint(6, 40))).decode())
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


def pem_ok(s):
    m = re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----", s)
    return bool(m)


def aws_key(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret(r):
    return rs(r, 40, ALNUM + "/+")


def gh_token(r):
    if r.random() < 0.2:
        return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)


def slack_token(r):
    p = r.choice(["xoxb", "xoxb", "xoxp", "xoxa"])
    if p == "xoxp":
        return f"xoxp-{dg(r, 11)}-{dg(r, 11)}-{dg(r, 13)}-{rs(r, 32, HEX)}"
    return f"{p}-{dg(r, 12)}-{dg(r, 13)}-{rs(r, 24)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 99]))


def generic_secret(r):
    k = r.randrange(7)
    if k == 0:
        return "whsec_" + rs(r, 32)
    if k == 1:
        return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")
    if k == 2:
        return "key-" + rs(r, 32, HEX)
    if k == 3:
        return "AIza" + rs(r, 35, ALNUM + "-_")
    if k == 4:
        return rs(r, 40, HEX)
    if k == 5:
        return "sq0csp-" + rs(r, 43, ALNUM + "-_")
    return rs(r, 32, ALNUM)


def password(r):
    words = L("Maple|Harbor|Lantern|Granite|Willow|Falcon|Copper|Orchid|Summit|Tundra|Velvet|Juniper|Bramble")
    k = r.randrange(4)
    if k == 0:
        return r.choice(words) + r.choice("!#$%*?") + dg(r, r.randint(2, 4)) + r.choice(words).lower()
    if k == 1:
        return rs(r, r.randint(12, 20), ALNUM + "!#%*-_=+^")
    if k == 2:
        return f"{r.choice(words)}{r.choice(['@', '#', '&'])}{r.randint(1970, 2026)}{r.choice(['!', '?', '$', ''])}"
    return rs(r, 4) + "-" + rs(r, 4) + "-" + rs(r, 4)


def dsn_password(r):
    return rs(r, r.randint(14, 24))


def ip4(r):
    first = r.choice([23, 31, 45, 62, 73, 81, 89, 94, 104, 142, 151, 172, 185, 188, 198, 203, 212, 217])
    if first == 172:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip_private(r):
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"])


def ip6(r):
    groups = [f"{r.randint(0, 0xffff):x}" for _ in range(r.choice([4, 5, 8]))]
    if len(groups) == 8:
        return "2001:" + ":".join(groups[1:])
    return "2a02:" + ":".join(groups[:3]) + "::" + groups[-1]


def any_ip(r):
    return r.choice([ip4, ip4, ip4, ip_private, ip6])(r)


def url(r, host, path=None):
    path = path or r.choice(["/portal/login", "/tenants/apply", "/listings/3-bed-semi-detached", "/pay",
                             "/maintenance/new", "/owners/statements", "/docs/lease.pdf", "/hoa/minutes"])
    q = r.choice(["", "", f"?ref={rs(r, 6).lower()}", f"?utm_source=email&utm_campaign=spring{r.randint(24, 26)}",
                  f"?id={r.randint(1000, 99999)}&lang=en"])
    return f"https://{host}{path}{q}"


def host_for(name):
    base = re.sub(r"[^a-z0-9]+", "", fold(name).lower())[:24] or "property"
    return base + ".com"


def mrn(r):
    return r.choice([dg(r, 8), f"E{dg(r, 7)}", f"{r.choice('MHS')}-{dg(r, 6)}", f"{dg(r, 3)}-{dg(r, 3)}-{dg(r, 3)}",
                     f"SLC{dg(r, 6)}"])


def mbi(r):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice("0123456789") + r.choice(A) +
         r.choice(AN) + r.choice("0123456789") + r.choice(A) + r.choice(A) + dg(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s


def health_member(r, allow_mbi=True):
    return r.choice(([mbi(r)] if allow_mbi else []) + [f"{rs(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{dg(r, 9)}", f"W{dg(r, 9)}",
                     f"{dg(r, 3)}{rs(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{dg(r, 6)}", f"MBR-{dg(r, 8)}"])


def acct(r):
    return r.choice([dg(r, 8), dg(r, 10), dg(r, 12), f"{dg(r, 4)}-{dg(r, 6)}", f"RA-{dg(r, 7)}",
                     f"{dg(r, 3)}-{dg(r, 5)}-{dg(r, 2)}", f"T{dg(r, 7)}"])


def dl_us(r, st=None):
    st = st or r.choice(["CA", "NY", "FL", "TX", "WA", "IL", "OR", "AZ", "CO", "MN"])
    if st == "CA":
        v = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dg(r, 7)
    elif st == "NY":
        v = r.choice([dg(r, 9), f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}"])
    elif st == "FL":
        v = f"{r.choice('ABCDEFGHJKLMNPRSTW')}{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 3)}-{dg(r, 1)}"
    elif st == "WA":
        v = "WDL" + rs(r, 6, UPNUM) + dg(r, 3)
    elif st == "IL":
        v = f"{r.choice('ABCDEFGHJKLMNPRSTW')}{dg(r, 3)}-{dg(r, 4)}-{dg(r, 4)}"
    elif st == "TX":
        v = dg(r, 8)
    else:
        v = r.choice("ABCDEFGHJKLMNPRSTW") + dg(r, 8)
    return st, v


def dl_gb(r, p):
    s = re.sub(r"[^A-Z]", "", fold(p.last).upper())[:5].ljust(5, "9")
    d = rand_dob(r)
    mm = d.month + (50 if p.gender == "f" else 0)
    ini = fold(p.first)[0].upper() + r.choice(["9", r.choice("ABCDEFGHJKLMNPRSTW")])
    return f"{s}{str(d.year)[2]}{mm:02d}{d.day:02d}{str(d.year)[3]}{ini}9{rs(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"


# hard negatives -----------------------------------------------------------

def hn_wo(r):
    return f"WO-{r.randint(2023, 2026)}-{r.randint(100, 99999):05d}"


def hn_inv(r):
    return r.choice([f"INV-{r.randint(10000, 999999)}", f"{r.randint(2024, 2026)}/{r.randint(100, 9999):04d}", f"RC{dg(r, 7)}"])


def hn_ticket(r):
    return r.choice([f"#{r.randint(10000, 99999)}", f"TKT-{r.randint(100000, 999999)}", f"SR-{dg(r, 6)}"])


def hn_uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def hn_sha(r, n=40):
    return rs(r, n, HEX)


def hn_ver(r):
    return f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 40)}"


def hn_amt(r, lo=50, hi=5000, cur="$"):
    v = r.uniform(lo, hi)
    return f"{cur}{v:,.2f}"


def hn_eur(r, lo=50, hi=3000, sep=","):
    v = f"{r.uniform(lo, hi):,.2f}"
    if sep == ",":
        v = v.replace(",", "X").replace(".", ",").replace("X", ".")
    return v


def hn_mls(r):
    return f"{r.randint(20000000, 29999999)}"


def hn_apn(r):
    return f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}"


ROUTING = ["021000021", "026009593", "121000358", "011401533", "322271627", "111000025", "071000013"]
def hn_plate(r, loc="us"):
    if loc == "de":
        return f"{r.choice(['B', 'HH', 'M', 'K', 'F'])}-{rs(r, 2, 'ABCDEFGHKLMNPRSTUVWXYZ')} {r.randint(100, 9999)}"
    if loc == "gb":
        return f"{rs(r, 2, 'ABCDEFGHKLMNPRSTVWXY')}{r.randint(51, 74)} {rs(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
    return f"{r.randint(1, 9)}{rs(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(100, 999)}"


def hn_vin(r):
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def hn_epoch(r):
    return str(r.randint(1700000000, 1790000000))


# ---------------------------------------------------------------------------
# Document kinds - English (property management & lettings)
# ---------------------------------------------------------------------------

def en_loc(r, p_gb=0.3):
    return "gb" if r.random() < p_gb else "us"


def cur_for(loc):
    return "£" if loc == "gb" else "$"


def days(n):
    return dt.timedelta(days=n)


def k_welcome_email(r):
    b = Builder()
    loc = en_loc(r, 0.35)
    t, pm = person(r), person(r)
    co = r.choice(PM_COMPANIES)
    dom = host_for(co)
    a = ADDR_GEN[loc](r)
    start = rand_date(r)
    b.fmt("Date: {{hd}}\nFrom: {{pm}} <{{pme}}>\nTo: {{te}}\nSubject: Welcome home - move-in details (ref LSE-{{ref}})\n\n",
          hd=email_date_header(r, start - days(r.randint(3, 20))), pm=P(full(pm)),
          pme=EM(email_for(r, pm, dom)), te=EM(email_for(r, t)), ref=dg(r, 5))
    b.fmt("{{g}} {{tf}},\n\nWelcome to {{co}}! Your tenancy at {{a}} starts on {{start}}. ",
          g=r.choice(["Hi", "Hello", "Dear", "Good morning"]), tf=P(t.first), co=co, a=ADDR(a.one),
          start=DT(fmt_date(r, start, loc)))
    b.fmt("Keys can be collected from the leasing office on {{pick}} - please bring photo ID and proof of contents insurance.\n\n",
          pick=DT(fmt_dt(r, start - days(1), loc)))
    b.fmt("Your resident account number is {{acc}}. Set up autopay at {{u}} before the first rent payment of {{amt}} falls due. ",
          acc=ACC(acct(r)), u=URL(url(r, "portal." + dom, "/residents/autopay")), amt=hn_amt(r, 950, 3400, cur_for(loc)))
    b.add(f"Parking permit {r.choice('ABCDEFG')}-{r.randint(100, 999)} and mailbox {r.randint(1, 240)} are assigned to you. ")
    b.fmt("If you booked our partner movers, your driver {{drv}} will call you the evening before.\n\n", drv=P(name_var(r, person(r), ("full", "first", "full"))))
    b.fmt("Questions? Call me on {{ph}} or the after-hours maintenance line {{ph2}}.\n\nBest regards,\n{{pm2}}\nProperty Manager, {{co}}\n",
          ph=PH(phone(r, loc)), ph2=PH(phone(r, "tollfree" if loc == "us" else "gb")), pm2=P(full(pm)), co=co)
    return b


def k_lease_excerpt(r):
    b = Builder()
    land, ten = person(r), person(r)
    ten2 = person(r) if r.random() < 0.4 else None
    a, la = addr_us(r), addr_us(r, 0.2)
    d0 = rand_date(r)
    start = d0 + days(r.randint(5, 40))
    end = start + days(364)
    b.add(f"RESIDENTIAL LEASE AGREEMENT (excerpt) - Lease No. LSE-{r.randint(2024, 2026)}-{dg(r, 5)}\n\n")
    b.fmt("1. PARTIES. This Lease is entered into on {{d0}} by and between {{land}} (\"Landlord\") and {{ten}}",
          d0=DT(fmt_date(r, d0, "us")), land=P(name_var(r, land, ("full", "mid", "upper"))),
          ten=P(name_var(r, ten, ("full", "mid", "upper"))))
    if ten2:
        b.fmt(" and {{t2}}", t2=P(full(ten2)))
    b.add(' (collectively, "Tenant").\n')
    b.fmt("2. PREMISES. Landlord leases to Tenant the dwelling located at {{a}} (the \"Premises\"), together with parking space P-{{sp}} and storage locker {{lk}}.\n",
          a=ADDR(a.one), sp=str(r.randint(1, 80)), lk=f"{r.choice('ABC')}{r.randint(1, 40)}")
    b.fmt("3. TERM. The term begins on {{s}} and ends on {{e}}, unless renewed under Section 19.\n",
          s=DT(fmt_date(r, start, "us")), e=DT(fmt_date(r, end, "us")))
    b.fmt("4. RENT. Monthly rent is {{amt}}, due on the 1st. A late fee of $75.00 applies after the 5th; returned payments incur a $35 fee.\n",
          amt=hn_amt(r, 1100, 4200))
    b.fmt("5. SECURITY DEPOSIT. Tenant has paid a deposit of {{dep}}, held by Landlord at {{bank}} in account no. {{acc}} as required by state law.\n",
          dep=hn_amt(r, 1000, 5000), bank=r.choice(BANKS_US), acc=ACC(dg(r, r.choice([9, 10, 12]))))
    b.fmt("6. PETS. One cat (\"{{pet}}\") is permitted subject to a $300 pet deposit.\n", pet=r.choice(PETS))
    b.fmt("7. NOTICES. Notices to Landlord shall be sent to:\n{{la}}\nor by e-mail to {{le}}.\n\n",
          la=ADDR(multi(la)), le=EM(email_for(r, land)))
    b.fmt("Tenant signature: ____________   Date: {{sd}}\n", sd=DT(fmt_date(r, d0, "us")))
    return b


def k_arrears_letter(r):
    b = Builder()
    loc = r.choice(["gb", "gb", "us"])
    co = r.choice(PM_COMPANIES)
    off, a = ADDR_GEN[loc](r), ADDR_GEN[loc](r)
    t, agent = person(r), person(r)
    d = rand_date(r)
    due = d + days(14)
    cur = cur_for(loc)
    b.fmt("{{co}}\n{{off}}\nTel: {{ph}}\n\n{{d}}\n\n{{tn}}\n{{a}}\n\n", co=co, off=ADDR(multi(off)), ph=PH(phone(r, loc)),
          d=DT(fmt_date(r, d, loc)), tn=P(name_var(r, t, ("full", "upper", "full"))), a=ADDR(multi(a)))
    b.fmt("Tenant account: {{acc}}\nOur ref: ARR/{{ref}}\n\nDear {{h}} {{ln}},\n\nRE: RENT ARREARS\n\n",
          acc=ACC(acct(r)), ref=dg(r, 5), h=honor(r, t), ln=P(t.last))
    b.fmt("Our records show that your rent account is in arrears by {{amt}} as at {{d}}. This represents {{n}} missed monthly payment(s) of {{rent}}.\n\n",
          amt=hn_amt(r, 600, 4800, cur), d=DT(fmt_date(r, d, loc)), n=str(r.randint(1, 3)), rent=hn_amt(r, 600, 1800, cur))
    if loc == "gb":
        b.fmt("Please pay the full balance by {{due}}. Payments can be made by bank transfer to sort code {{sc}}, account number {{acc2}}, quoting reference {{ref2}}.\n\n",
              due=DT(fmt_date(r, due, loc)), sc=f"{dg(r, 2)}-{dg(r, 2)}-{dg(r, 2)}", acc2=ACC(dg(r, 8)), ref2=f"RENT{dg(r, 6)}")
    else:
        b.fmt("Please pay the full balance by {{due}}. Pay through the resident portal or by ACH to routing number {{rt}}, account {{acc2}}.\n\n",
              due=DT(fmt_date(r, due, loc)), rt=r.choice(ROUTING), acc2=ACC(dg(r, 10)))
    b.add("If you are experiencing financial difficulty, please contact us as soon as possible so that we can agree a repayment plan. "
          "If we do not hear from you, we may start possession proceedings without further notice.\n\n")
    b.fmt("Yours sincerely,\n\n{{ag}}\nCredit Control Officer\n", ag=P(full(agent)))
    return b


MAINT_CATS = [("Plumbing", "Leak under kitchen sink, cabinet floor swollen"),
              ("Electrical", "Bathroom GFCI outlet trips every morning"),
              ("HVAC", "No heat - thermostat shows E4 error"),
              ("Appliance", "Dishwasher not draining, error code 5E"),
              ("Pest control", "Mouse droppings in pantry and under the oven"),
              ("Locks", "Front door deadbolt sticking, key hard to turn"),
              ("Damp & mould", "Black mould spreading on bedroom ceiling"),
              ("Roofing", "Water stain growing above the hallway light")]


def k_maint_ticket(r):
    b = Builder()
    loc = en_loc(r, 0.3)
    t, tech = person(r), person(r)
    a = ADDR_GEN[loc](r)
    cat = r.choice(MAINT_CATS)
    d = rand_date(r)
    b.fmt("Ticket {{tk}}  |  Priority: {{pr}}  |  Status: {{st}}\nProperty: {{a}}\nCategory: {{c}}\nReported by: tenant {{tn}} ({{ph}})\n",
          tk=hn_ticket(r), pr=r.choice(["Low", "Normal", "High", "Emergency"]), st=r.choice(["Open", "Scheduled", "In progress"]),
          a=ADDR(a.one), c=cat[0], tn=P(name_var(r, t)), ph=PH(phone(r, loc)))
    b.fmt("Description: {{desc}}. Tenant says it started {{rel}}.\n", desc=cat[1],
          rel=r.choice(["two days ago", "last weekend", "yesterday evening", "about a week ago"]))
    b.fmt("Access: permission to enter granted; {{tf}}'s dog ({{pet}}) will be crated.\n", tf=P(t.first), pet=r.choice(PETS))
    b.fmt("Scheduled visit: {{v}}\nAssigned technician: {{tech}}\nParts: SKU {{sku}} x{{q}}, est. {{amt}}\nInternal note: work order {{wo}} raised, vendor invoice to follow.\n",
          v=DT(fmt_dt(r, d, loc)), tech=P(name_var(r, tech, ("full", "full", "first"))), sku=dg(r, 6),
          q=str(r.randint(1, 3)), amt=hn_amt(r, 40, 900, cur_for(loc)), wo=hn_wo(r))
    return b


def k_portal_log(r):
    b = Builder()
    c = Clock(r)
    users = [person(r) for _ in range(3)]
    svc = r.choice(["resident-portal", "leasing-api", "payments-svc", "owner-portal"])
    b.add(f"# {svc} {hn_ver(r)} build {hn_sha(r, 8)} pod {svc}-{rs(r, 5, 'abcdefghijkmnpqrstuvwxyz0123456789')}\n")
    for _ in range(r.randint(6, 9)):
        u = r.choice(users)
        k = r.randrange(7)
        b.add(c.iso() + " ")
        if k == 0:
            b.fmt("INFO  [auth] login ok user={{e}} ip={{ip}} session={{s}}\n", e=EM(email_for(r, u)), ip=IP(any_ip(r)), s=hn_uuid(r)[:18])
        elif k == 1:
            b.fmt("INFO  [payments] autopay scheduled lease_id=LSE-{{l}} amount={{a}} currency=USD\n", l=dg(r, 6), a=f"{r.uniform(800, 3500):.2f}")
        elif k == 2:
            b.fmt("WARN  [payments] card declined last4={{d}} code=do_not_honor attempt={{n}}\n", d=dg(r, 4), n=str(r.randint(1, 3)))
        elif k == 3:
            b.fmt("ERROR [webhook] delivery failed url={{u}} status=502 retry_in=30s\n",
                  u=URL(f"https://hooks.{host_for(r.choice(PM_COMPANIES))}/rent/v{r.randint(1, 3)}/events"))
        elif k == 4:
            b.fmt("INFO  [maint] ticket created id={{t}} unit={{u}} by={{e}}\n", t=hn_ticket(r).lstrip("#"),
                  u=f"{r.randint(1, 30)}{r.choice('ABCD')}", e=EM(email_for(r, u)))
        elif k == 5:
            b.fmt("WARN  [auth] failed login for {{e}} from {{ip}} ({{n}}/5)\n", e=EM(email_for(r, u)), ip=IP(ip4(r)), n=str(r.randint(1, 4)))
        else:
            b.fmt("DEBUG [http] GET /api/v2/leases?page={{p}} 200 in {{ms}}ms client={{ip}} port={{port}}\n",
                  p=str(r.randint(1, 9)), ms=str(r.randint(20, 900)), ip=IP(any_ip(r)), port=str(r.randint(30000, 65000)))
    return b


def k_door_log_noent(r):
    b = Builder()
    c = Clock(r)
    site = f"{r.choice(['RVL', 'MPC', 'CDH', 'HPR'])}-{r.randint(1, 9):02d}"
    b.add(f"AccessCtl {hn_ver(r)} export - site {site} - controller fw {hn_ver(r)}\n")
    b.add("TIMESTAMP            DOOR        BADGE     RESULT   LATENCY\n")
    for _ in range(r.randint(8, 14)):
        b.add(f"{c.plain(5, 900)}  {r.choice(['LOBBY-N', 'LOBBY-S', 'GARAGE-1', 'GYM', 'ROOF', 'MAILRM', 'BIKE-RM']):<10}  "
              f"{dg(r, 7)}   {r.choice(['GRANTED', 'GRANTED', 'GRANTED', 'DENIED']):<7}  {r.randint(80, 900)}ms\n")
    b.add(f"-- {r.randint(200, 900)} events total, {r.randint(0, 12)} denied, {r.randint(0, 3)} door-held alarms; export id {hn_uuid(r)}\n")
    return b


def k_mortgage_app(r):
    b = Builder()
    p = person(r)
    a, prop = addr_us(r), addr_us(r, 0.1)
    st, dl = dl_us(r)
    b.add("UNIFORM RESIDENTIAL LOAN APPLICATION\nSection 1a. Personal Information\n")
    nm = f"{p.first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {p.last}" if r.random() < 0.6 else full(p)
    b.fmt("Name (First, Middle, Last, Suffix): {{n}}\nSocial Security Number: {{ssn}}\nDate of Birth (mm/dd/yyyy): {{dob}}\n",
          n=P(nm), ssn=E(ssn(r), "US_SSN"), dob=DOB(rand_dob(r).strftime("%m/%d/%Y")))
    b.fmt("Citizenship: U.S. Citizen    Marital Status: {{ms}}    Dependents: {{nd}}\n",
          ms=r.choice(["Married", "Unmarried", "Separated"]), nd=str(r.randint(0, 4)))
    b.fmt("Home Phone: {{h}}    Cell Phone: {{c}}\nEmail: {{e}}\n", h=PH(phone(r, "us", a.region)), c=PH(phone(r, "us")), e=EM(email_for(r, p)))
    b.fmt("Current Address: {{a}}\nHousing: Rent ({{rent}}/month)   How long at current address: {{y}} years {{m}} months\n",
          a=ADDR(a.one), rent=hn_amt(r, 900, 3200), y=str(r.randint(1, 9)), m=str(r.randint(0, 11)))
    b.fmt("Driver's License: {{dl}}   Issuing State: {{st}}\n", dl=E(dl, "DRIVER_LICENSE"), st=LOC(US_STATE_NAMES[st]))
    b.fmt("Section 1b. Current Employment\nEmployer: {{emp}}   Position: {{pos}}   Gross Monthly Income: {{inc}}\n",
          emp=r.choice(["Northwind Logistics", "Cascade Health Partners", "Brightline Software", "State of Oregon", "Aldergrove School District"]),
          pos=r.choice(["Nurse Practitioner", "Senior Engineer", "Teacher", "Warehouse Supervisor", "Accountant"]), inc=hn_amt(r, 4000, 16000))
    b.fmt("Section 2a. Assets\nChecking - {{bank}} - Account #{{acc}} - Balance {{bal}}\nSavings - {{bank2}} - Account #{{acc2}} - Balance {{bal2}}\n",
          bank=r.choice(BANKS_US), acc=ACC(dg(r, r.choice([9, 10, 12]))), bal=hn_amt(r, 2000, 40000),
          bank2=r.choice(BANKS_US), acc2=ACC(dg(r, 10)), bal2=hn_amt(r, 5000, 90000))
    b.fmt("Section 4a. Loan and Property Information\nLoan Amount: {{amt}}   Loan Purpose: Purchase\nProperty Address: {{pa}}\nOccupancy: Primary Residence   Application ID: {{uid}}\n",
          amt=hn_amt(r, 150000, 900000), pa=ADDR(prop.one), uid=hn_uuid(r))
    return b


def k_closing_disclosure(r):
    b = Builder()
    b1, b2, s = person(r), person(r), person(r)
    prop, ba = addr_us(r, 0.15), addr_us(r)
    d2 = rand_date(r)
    b.add("CLOSING DISCLOSURE\nThis form is a statement of final loan terms and closing costs.\n\nClosing Information\n")
    b.fmt("  Date Issued       {{d1}}\n  Closing Date      {{d2}}\n  Disbursement Date {{d3}}\n  Settlement Agent  {{sa}}\n  File #            {{f}}\n  Property          {{p}}\n  Sale Price        {{sp}}\n\n",
          d1=DT(fmt_date(r, d2 - days(3), "us", styles=[2, 3])), d2=DT(fmt_date(r, d2, "us", styles=[2, 3])),
          d3=DT(fmt_date(r, d2 + days(1), "us", styles=[2, 3])), sa=r.choice(TITLE_COS), f=f"{r.randint(10, 99)}-{dg(r, 6)}",
          p=ADDR(prop.one), sp=hn_amt(r, 180000, 950000))
    b.add("Transaction Information\n")
    b.fmt("  Borrower   {{b1}} and {{b2}}\n             {{ba}}\n  Seller     {{s}}\n  Lender     {{l}}\n\n",
          b1=P(full(b1)), b2=P(full(b2)), ba=ADDR(ba.one), s=P(name_var(r, s, ("full", "upper"))), l=r.choice(LENDERS))
    rate = f"{r.uniform(5.1, 7.4):.3f}%"
    b.fmt("Loan Terms\n  Loan Amount            {{la}}\n  Interest Rate          {{ir}}\n  Monthly Principal & Interest {{pi}}\n  Prepayment Penalty     NO\n  Balloon Payment        NO\n\n",
          la=hn_amt(r, 120000, 800000), ir=rate, pi=hn_amt(r, 900, 5200))
    b.fmt("Costs at Closing\n  Closing Costs   {{cc}}  Includes {{lc}} in Loan Costs + {{oc}} in Other Costs\n  Cash to Close   {{ctc}}\n\nLoan ID # withheld   MIC # N/A   Escrow No. ESC-{{esc}}\n",
          cc=hn_amt(r, 6000, 22000), lc=hn_amt(r, 2000, 9000), oc=hn_amt(r, 2000, 9000), ctc=hn_amt(r, 20000, 180000), esc=dg(r, 7))
    return b


SOLICITOR_FIRMS = L("Hartley Moss & Partners LLP|Pemberton Clarke Solicitors|Ashdown Reeve LLP|"
                    "Fairbairn & Lowe Conveyancing|Greaves Whitlock Solicitors")


def k_conveyancing_letter(r):
    b = Builder()
    firm = r.choice(SOLICITOR_FIRMS)
    fa, ca, prop = addr_gb(r), addr_gb(r), addr_gb(r)
    c1, c2, sol = person(r), person(r), person(r)
    d = rand_date(r)
    comp = d + days(r.randint(7, 28))
    b.fmt("{{firm}}\n{{fa}}\nDX {{dx}} {{dxc}}\n\nOur ref: {{i}}/{{ref}}/CONV   Your ref: {{yr}}\n{{d}}\n\nPRIVATE & CONFIDENTIAL\n{{c1}} and {{c2}}\n{{ca}}\n\n",
          firm=firm, fa=ADDR(multi(fa)), dx=dg(r, 5), dxc=r.choice(["Leeds", "Bristol", "Manchester"]),
          i=fold(sol.first[0] + sol.last[0]).upper(), ref=dg(r, 5), yr=f"MB/{dg(r, 4)}", d=DT(fmt_date(r, d, "gb")),
          c1=P(full(c1)), c2=P(full(c2)), ca=ADDR(multi(ca)))
    b.fmt("Dear {{n1}} and {{n2}},\n\nYour purchase of {{prop}} - Title number {{tn}}\n\n",
          n1=P(c1.first), n2=P(c2.first), prop=ADDR(prop.one), tn=f"{rs(r, 2, 'ABCDEFGHKLMNPRSTWY')}{dg(r, 6)}")
    b.fmt("We are pleased to confirm that contracts were exchanged today at {{t}} and that completion has been fixed for {{c}}. ",
          t=DT(fmt_time(r, r.randint(10, 16), r.choice([5, 20, 35, 50]), "gb")), c=DT(fmt_date(r, comp, "gb")))
    b.fmt("Please transfer the balance of {{bal}} so that it reaches our client account no later than {{dl}}: {{bank}}, sort code {{sc}}, account number {{acc}}, reference {{ref}}.\n\n",
          bal=hn_amt(r, 15000, 120000, "£"), dl=DT(fmt_dt(r, comp - days(2), "gb", 10, 15)), bank=r.choice(["Barclays Bank plc", "NatWest", "Lloyds Bank", "HSBC UK"]),
          sc=f"{dg(r, 2)}-{dg(r, 2)}-{dg(r, 2)}", acc=ACC(dg(r, 8)), ref=f"{fold(c1.last).upper()[:6]}{dg(r, 4)}")
    b.fmt("Identity check: UK driving licence no. {{dl}} ({{cf}}) verified on {{vd}}. ",
          dl=E(dl_gb(r, c1), "DRIVER_LICENSE"), cf=P(c1.first), vd=DT(fmt_date(r, d - days(r.randint(10, 40)), "gb")))
    b.fmt("We will never change our bank details by e-mail. Before sending funds, please telephone {{ph}} to verify them. Stamp Duty Land Tax of {{sdlt}} will be paid on your behalf.\n\n",
          ph=PH(phone(r, "gb")), sdlt=hn_amt(r, 0, 25000, "£"))
    b.fmt("Yours sincerely,\n\n{{sol}}\nAssociate Solicitor, for {{firm}}\nDirect dial: {{dd}}   Email: {{e}}\n",
          sol=P(full(sol)), firm=firm, dd=PH(phone(r, "gb")), e=EM(email_for(r, sol, host_for(firm).replace(".com", ".co.uk"))))
    return b


BROKERAGES = L("Coldwell & Finch Realty|Skyline Realty Group|Keller Hart Properties|Foxtons-style Estates|"
               "Harbor & Main Realtors|Pinewood Realty|Savoy Residential")


def k_listing(r):
    b = Builder()
    loc = en_loc(r, 0.35)
    a = ADDR_GEN[loc](r)
    agent = person(r)
    brk = r.choice(BROKERAGES)
    beds = r.randint(1, 5)
    typ = r.choice(["semi-detached house", "condo", "townhouse", "bungalow", "loft apartment", "craftsman home"])
    od = rand_date(r)
    if loc == "gb":
        b.fmt("FOR SALE - Guide price {{p}}\n{{beds}} bedroom {{typ}}\n{{a}}\nEPC rating {{epc}} | Council tax band {{ctb}} | Freehold | Ref {{ref}}\n\n",
              p=hn_amt(r, 180000, 950000, "£").split(".")[0], beds=str(beds), typ=typ, a=ADDR(a.one), epc=r.choice("BCDE"),
              ctb=r.choice("BCDEF"), ref=f"{rs(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{dg(r, 6)}")
    else:
        b.fmt("JUST LISTED - {{p}}\n{{beds}} bd | {{ba}} ba | {{sq}} sq ft | {{typ}}\n{{a}}\nMLS# {{mls}} | Built {{yr}} | HOA {{hoa}}/mo | APN {{apn}}\n\n",
              p=hn_amt(r, 180000, 1500000).split(".")[0], beds=str(beds), ba=str(r.randint(1, 4)), sq=f"{r.randint(650, 4200):,}",
              typ=typ, a=ADDR(a.one), mls=hn_mls(r), yr=str(r.randint(1905, 2022)), hoa=hn_amt(r, 0, 650).split(".")[0], apn=hn_apn(r))
    b.add(r.choice([
        "Sun-filled rooms, original hardwood floors and a renovated kitchen with quartz counters. Private garden backing onto the park; walk to schools, shops and the train.",
        "Light-filled home on a quiet tree-lined street. Open-plan kitchen/diner, new boiler (2022), double glazing throughout and off-street parking for two cars.",
        "Stylish top-floor unit with vaulted ceilings, in-unit laundry and a south-facing balcony. Building amenities include gym, roof deck and secure bike storage.",
    ]) + "\n\n")
    b.fmt("Open house: {{oh}}\n", oh=DT(fmt_dt(r, od, loc, 10, 15, weekday=True)))
    b.fmt("Listing agent: {{ag}}, {{brk}} - {{ph}} - {{e}}\nVirtual tour: {{u}}\n",
          ag=P(name_var(r, agent, ("full", "full", "mid"))), brk=brk, ph=PH(phone(r, loc)), e=EM(email_for(r, agent, host_for(brk))),
          u=URL(url(r, "tours." + host_for(brk), f"/v/{rs(r, 8).lower()}")))
    return b



def k_tenant_chat(r):
    b = Builder()
    t, ag = person(r), person(r)
    loc = en_loc(r, 0.3)
    a = ADDR_GEN[loc](r)
    c = Clock(r)
    co = r.choice(PM_COMPANIES)
    nm = name_var(r, t, ("full", "full", "lower"))
    b.fmt("Live chat transcript - {{co}} Resident Support\nChat ID: {{cid}}\n\n", co=co, cid=hn_uuid(r))
    b.fmt("[{{t}}] {{tn}}: hi, I'm in {{a}}. the hot water has been out since {{rel}}\n", t=c.hm(15, 150), tn=P(nm), a=ADDR(a.one),
          rel=r.choice(["yesterday", "this morning", "Sunday", "last night"]))
    b.fmt("[{{t}}] Agent {{ag}}: Sorry to hear that, {{tf}}! Could you confirm the phone number on your lease?\n", t=c.hm(15, 150), ag=P(ag.first), tf=P(t.first))
    b.fmt("[{{t}}] {{tn}}: {{ph}}\n", t=c.hm(15, 150), tn=P(nm), ph=PH(phone(r, loc)))
    vd = rand_date(r)
    b.fmt("[{{t}}] Agent {{ag}}: Thanks. I've booked a plumber for {{v}}. Your ticket number is {{tk}}.\n",
          t=c.hm(15, 150), ag=P(ag.first), v=DT(fmt_dt(r, vd, loc, 8, 12)), tk=hn_ticket(r))
    b.fmt("[{{t}}] {{tn}}: great. pls email the confirmation to {{e}} and not my work address\n", t=c.hm(15, 150), tn=P(nm), e=EM(email_for(r, t)))
    b.fmt("[{{t}}] Agent {{ag}}: Done! Anything else I can help with today?\n[{{t2}}] System: chat closed after 00:14:32\n",
          t=c.hm(15, 150), ag=P(ag.first), t2=c.hm(15, 150))
    return b


def k_call_transcript(r):
    b = Builder()
    t, ag = person(r), person(r)
    co = r.choice(PM_COMPANIES)
    a = addr_us(r)
    c = Clock(r)
    c.t = c.t.replace(hour=0, minute=0, second=0)
    dob = rand_dob(r)
    dob_s = r.choice([f"{MONTHS['en'][dob.month - 1]} {ordinal(dob.day)}, {dob.year}", f"{MONTHS['en'][dob.month - 1]} {dob.day}, {dob.year}",
                      dob.strftime("%m/%d/%Y")])
    b.fmt("CALL TRANSCRIPT - inbound - queue: Rent & Payments\nCall ID {{cid}}   Duration 00:0{{m}}:{{s}}\n\n", cid=hn_uuid(r), m=str(r.randint(4, 9)), s=f"{r.randint(0, 59):02d}")
    b.fmt("{{t}} AGENT: Thank you for calling {{co}}, this is {{af}}. Who am I speaking with?\n", t=c.hms(), co=co, af=P(ag.first))
    b.fmt("{{t}} CALLER: Hi, it's {{tn}}.\n", t=c.hms(), tn=P(name_var(r, t, ("full", "full", "lower"))))
    b.fmt("{{t}} AGENT: Thanks, {{tf}}. For verification, can I get your date of birth and the property address?\n", t=c.hms(), tf=P(t.first))
    b.fmt("{{t}} CALLER: Sure, {{dob}}, and it's {{a}}.\n", t=c.hms(), dob=DOB(dob_s), a=ADDR(a.one))
    b.fmt("{{t}} AGENT: Perfect. I see a balance of {{amt}} on account {{acc}}. Would you like to pay that today?\n",
          t=c.hms(), amt=hn_amt(r, 200, 3000), acc=ACC(acct(r)))
    exp = rand_date(r, 2026, 2030)
    b.fmt("{{t}} CALLER: Yes, on my card please. The number is {{cc}}, expiry {{ex}}.\n", t=c.hms(),
          cc=E(card(r), "CREDIT_CARD"), ex=DT(f"{exp.month:02d}/{exp.year}"))
    b.fmt("{{t}} AGENT: Thank you. That's processed - confirmation {{conf}}. You'll get a receipt at the e-mail on file.\n",
          t=c.hms(), conf=f"PAY-{rs(r, 8, UPNUM)}")
    b.fmt("{{t}} CALLER: Great. Also, the inspection letter said {{idt}} - can that move to the afternoon?\n",
          t=c.hms(), idt=DT(fmt_dt(r, rand_date(r), "us", 9, 11)))
    b.fmt("{{t}} AGENT: I'll note it and the inspector will call you on {{ph}}. Have a good day!\n", t=c.hms(), ph=PH(phone(r, "us", a.region)))
    return b


HOA_NAMES = L("Willow Creek|Stonebridge Estates|Heron Lake|Cobblestone Village|Sagebrush Ridge|Lighthouse Point|Foxhall Commons")


def k_hoa_minutes(r):
    b = Builder()
    hoa = r.choice(HOA_NAMES)
    ppl = [person(r) for _ in range(6)]
    ca, oa = addr_us(r, 0.0), addr_us(r, 0.0)
    d = rand_date(r)
    b.fmt("{{hoa}} Homeowners Association - Board of Directors Meeting Minutes\nMeeting date: {{d}}   Location: Clubhouse, {{ca}}\n\n", hoa=hoa, d=DT(fmt_date(r, d, "us")), ca=ADDR(ca.one))
    b.fmt("Present: {{p0}} (President), {{p1}} (Treasurer), {{p2}} (Secretary), {{p3}} (Member at Large). Management: {{p4}} of {{co}}.\nAbsent: {{p5}}.\n\n",
          p0=P(full(ppl[0])), p1=P(full(ppl[1])), p2=P(full(ppl[2])), p3=P(full(ppl[3])), p4=P(full(ppl[4])), co=r.choice(PM_COMPANIES), p5=P(full(ppl[5])))
    b.fmt("1. Call to order at {{t}} by President {{l0}}. Quorum confirmed (4 of 5 directors).\n", t=DT(fmt_time(r, 19, r.randint(0, 9), "us")), l0=P(ppl[0].last))
    b.fmt("2. Minutes of {{pd}} approved (motion {{l1}}, second {{f2}}; 4-0).\n", pd=DT(fmt_date(r, d - days(r.randint(28, 35)), "us")), l1=P(ppl[1].last), f2=P(ppl[2].first))
    b.fmt("3. Treasurer's report: operating account {{op}}; reserve fund {{rf}} ({{pct}}% funded per the 2024 reserve study). Four owners are more than 60 days delinquent.\n",
          op=hn_amt(r, 20000, 90000), rf=hn_amt(r, 100000, 600000), pct=str(r.randint(38, 92)))
    b.fmt("4. Architectural review: owner {{o}} at {{oa}} requests approval for rooftop solar panels. Approved 4-0 subject to setback rules.\n",
          o=P(name_var(r, person(r), ("full", "full", "mid"))), oa=ADDR(oa.one))
    b.fmt("5. Landscaping contract with Evergreen Landscaping renewed at {{lm}}/month for 24 months.\n", lm=hn_amt(r, 1800, 6000))
    b.fmt("6. Adjourned at {{t2}}. Next meeting: {{nm}}.\n", t2=DT(fmt_time(r, 20, r.randint(10, 55), "us")),
          nm=DT(fmt_dt(r, d + days(r.randint(28, 35)), "us", 18, 19)))
    return b


def csv_field(b, v):
    """Write one CSV field; v is str or (str, TYPE)."""
    text, typ = (v, None) if isinstance(v, str) else v
    if any(ch in text for ch in ',"\n'):
        b.add('"').add(text.replace('"', '""'), typ).add('"')
    else:
        b.add(text, typ)


def k_hoa_dues_csv(r):
    b = Builder()
    b.add("owner_name,lot,email,phone,account_no,balance_due,due_date,status\n")
    for i in range(r.randint(4, 7)):
        p = person(r)
        lot = str(r.randint(1, 180))
        nm = name_var(r, p, ("lastfirst", "full", "full", "upper", "LASTfirst"))
        em = EM(email_for(r, p)) if r.random() < 0.8 else ""
        ph = PH(phone(r, "us")) if r.random() < 0.85 else ""
        row = [P(nm), lot, em, ph, ACC(f"HOA-{dg(r, 6)}"), f"{r.uniform(0, 1800):.2f}",
               DT(fmt_date(r, rand_date(r), "us", styles=[4])), r.choice(["current", "current", "LATE", "lien filed", "payment plan"])]
        for j, f in enumerate(row):
            if j:
                b.add(",")
            csv_field(b, f)
        b.add("\n")
    return b


def k_rent_roll_tsv(r):
    b = Builder()
    bld = r.choice(BUILDINGS)
    b.add("property\tunit\ttenant\tlease_start\tlease_end\tmonthly_rent\tdeposit\tstatus\n")
    for i in range(r.randint(5, 9)):
        unit = f"{r.randint(1, 6)}{r.randint(0, 2)}{r.randint(1, 9)}"
        if r.random() < 0.2:
            b.add(f"{bld}\t{unit}\t\t\t\t{r.uniform(900, 3000):.2f}\t\tvacant\n")
            continue
        s = rand_date(r, 2023, 2025)
        e = s + days(364)
        b.fmt("{{bld}}\t{{u}}\t{{t}}\t{{s}}\t{{e}}\t{{rent}}\t{{dep}}\t{{st}}\n", bld=bld, u=unit,
              t=P(name_var(r, person(r), ("full", "full", "LASTfirst", "lastfirst", "upper"))),
              s=DT(s.isoformat()), e=DT(e.isoformat()), rent=f"{r.uniform(900, 3000):.2f}", dep=f"{r.uniform(500, 3000):.2f}",
              st=r.choice(["current", "current", "notice given", "month-to-month", "delinquent"]))
    b.add(f"# exported by rentroll {hn_ver(r)}\n")
    return b


def k_tenant_json(r):
    b = Builder()
    p, ec = person(r), person(r)
    a = addr_us(r)
    s = rand_date(r)
    obj = {
        "event": "tenant.updated",
        "event_id": hn_uuid(r),
        "occurred_at": int(hn_epoch(r)),
        "data": {
            "tenant": {
                "id": f"ten_{rs(r, 12)}",
                "full_name": P(full(p)),
                "email": EM(email_for(r, p)),
                "phone": PH(phone(r, "us", a.region)),
                "date_of_birth": DOB(rand_dob(r).isoformat()),
                "current_address": {"line1": ADDR(a.street + (f", {a.unit}" if a.unit else "")), "city": LOC(a.city),
                                    "state": LOC(a.region), "postal_code": a.postal, "country": "US"},
                "emergency_contact": {"name": P(full(ec)), "phone": PH(phone(r, "us")), "relationship": r.choice(["sister", "father", "partner", "friend"])},
            },
            "lease": {"unit": f"{r.randint(1, 30)}{r.choice('ABCD')}", "start_date": DT(s.isoformat()),
                      "end_date": DT((s + days(364)).isoformat()), "rent_cents": r.randint(90000, 400000)},
            "screening": {"ssn_last4": dg(r, 4), "score": r.randint(540, 820), "provider_ref": f"SCR-{dg(r, 8)}"},
        },
    }
    if r.random() < 0.35:
        b.add("# tenant.updated event (YAML export)\n")
        emit_yaml(b, obj)
    else:
        emit_json(b, obj, indent=r.choice([2, 2, 4]))
        b.add("\n")
    return b


def k_listing_xml(r):
    b = Builder()
    ag = person(r)
    brk = r.choice(BROKERAGES)
    a = addr_us(r, 0.2)
    b.add('<?xml version="1.0" encoding="UTF-8"?>\n<listings feed="syndication" version="3.2">\n')
    od = rand_date(r)
    h, m = rand_hm(r, 10, 15)
    obj = {
        "mls_id": hn_mls(r),
        "status": "Active",
        "address": {"street": ADDR(a.street + (f" {a.unit}" if a.unit else "")), "city": LOC(a.city), "state": LOC(a.region), "zip": a.postal},
        "list_price": str(r.randint(150, 1200) * 1000),
        "beds": str(r.randint(1, 5)),
        "open_house": DT(f"{od.isoformat()} {h:02d}:{m:02d}"),
        "agent": {"name": P(full(ag)), "phone": PH(phone(r, "us", a.region)), "email": EM(email_for(r, ag, host_for(brk))),
                  "license_no": f"{r.choice(['DRE', 'LIC', 'SL'])}{dg(r, 8)}", "office": brk},
        "virtual_tour": URL(url(r, "tours." + host_for(brk), f"/listing/{dg(r, 7)}")),
        "updated_epoch": hn_epoch(r),
    }
    emit_xml(b, "listing", obj, 1)
    b.add("</listings>\n")
    return b


def k_config_yaml(r):
    b = Builder()
    app = r.choice(["rentwise-api", "leasehub", "hoa-portal", "tenantdesk"])
    dom = host_for(r.choice(PM_COMPANIES))
    b.fmt("# {{app}} configuration - production (do not commit!)\napp:\n  name: {{app}}\n  version: {{v}}\n  base_url: {{u}}\n",
          app=app, v=hn_ver(r), u=URL(f"https://portal.{dom}"))
    b.fmt("database:\n  url: postgres://{{app2}}:{{pw}}@db-prod.internal:5432/{{app2}}\n  pool_size: 20\n",
          app2=app.replace("-", "_"), pw=PW(dsn_password(r)))
    b.fmt("payments:\n  provider: stripe\n  secret_key: {{sk}}\n  webhook_secret: {{wh}}\n", sk=E(stripe_key(r), "STRIPE_KEY"), wh=SEC("whsec_" + rs(r, 32)))
    b.fmt("notifications:\n  slack_bot_token: {{sl}}\n  slack_channel: \"#maintenance-alerts\"\n", sl=E(slack_token(r), "SLACK_TOKEN"))
    b.fmt("storage:\n  aws_access_key_id: {{ak}}\n  aws_secret_access_key: {{sk}}\n  bucket: {{bk}}-lease-documents\n  region: us-west-2\n",
          ak=E(aws_key(r), "AWS_ACCESS_KEY"), sk=E(aws_secret(r), "AWS_SECRET_KEY"), bk=app)
    b.fmt("smtp:\n  host: smtp.{{dom}}\n  port: 587\n  username: {{un}}\n  password: \"{{pw}}\"\n",
          dom=dom, un=EM(f"notices@{dom}"), pw=PW(password(r)))
    b.add("sentry_dsn: ${SENTRY_DSN}\nfeature_flags:\n  online_renewals: true\n  ai_screening: false\n")
    return b


def k_app_ini(r):
    b = Builder()
    dom = host_for(r.choice(PM_COMPANIES)).replace(".com", r.choice([".co.uk", ".com", ".net"]))
    b.fmt("; LeaseTrack desktop sync agent {{v}}\n[general]\nsite_id = {{site}}\nlog_level = info\n\n[server]\nurl = {{u}}\napi_key = {{k}}\ntimeout = 30\n\n",
          v=hn_ver(r), site=f"MPC-{r.randint(1, 20):02d}", u=URL(f"https://api.{dom}/v3"), k=SEC(generic_secret(r)))
    b.fmt("[smtp]\nhost = mail.{{dom}}\nport = 587\nuser = {{u}}\npassword = {{pw}}\n\n", dom=dom, u=EM(f"notices@{dom}"), pw=PW(password(r)))
    b.fmt("[backup]\ns3_bucket = lt-backups-{{n}}\ns3_access_key = {{ak}}\ns3_secret_key = {{sk}}\n\n", n=dg(r, 4), ak=E(aws_key(r), "AWS_ACCESS_KEY"), sk=E(aws_secret(r), "AWS_SECRET_KEY"))
    b.fmt("[updates]\nchannel = stable\ndeploy_token = {{gh}}\nproxy = {{ip}}:3128\nallow_from = {{net}}/24\n", gh=E(gh_token(r), "GITHUB_TOKEN"), ip=IP(ip_private(r)),
          net=IP(".".join(ip4(r).split(".")[:3]) + ".0"))
    return b


def k_dotenv(r):
    b = Builder()
    b.add(f"# .env.production - tenant screening service {hn_ver(r)}\nNODE_ENV=production\nPORT=8080\n")
    b.fmt("DATABASE_URL=mysql://screening:{{pw}}@{{ip}}:3306/screening\n", pw=PW(dsn_password(r)), ip=IP(ip_private(r)))
    b.fmt("JWT_SIGNING_SECRET={{s}}\nSERVICE_TOKEN={{j}}\nCREDIT_BUREAU_API_KEY={{k}}\n", s=SEC(rs(r, 48, ALNUM)), j=E(jwt(r), "JWT"), k=SEC(generic_secret(r)))
    b.fmt("STRIPE_SECRET_KEY={{sk}}\nGITHUB_TOKEN={{gh}}\nAWS_ACCESS_KEY_ID={{ak}}\nAWS_SECRET_ACCESS_KEY={{as}}\n",
          sk=E(stripe_key(r), "STRIPE_KEY"), gh=E(gh_token(r), "GITHUB_TOKEN"), ak=E(aws_key(r), "AWS_ACCESS_KEY"), **{"as": E(aws_secret(r), "AWS_SECRET_KEY")})
    b.add("SENTRY_DSN=${SENTRY_DSN}\nREDIS_URL=${REDIS_URL}\nRATE_LIMIT_PER_MIN=120\n")
    b.fmt("SUPPORT_EMAIL={{e}}\n", e=EM(f"screening-support@{host_for(r.choice(PM_COMPANIES))}"))
    return b


def k_k8s_secret(r):
    b = Builder()
    ns = r.choice(["hoa-prod", "leasing", "pm-portal", "payments"])
    b.fmt("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{n}}-secrets\n  namespace: {{n}}\n  labels:\n    app.kubernetes.io/name: {{n}}\n    app.kubernetes.io/version: \"{{v}}\"\ntype: Opaque\ndata:\n",
          n=ns, v=hn_ver(r))
    enc = lambda s: base64.b64encode(s.encode()).decode()
    b.fmt("  db-password: {{a}}\n  smtp-password: {{b2}}\n  stripe-api-key: {{c}}\n  jwt-signing-key: {{d}}\n",
          a=PW(enc(password(r))), b2=PW(enc(password(r))), c=SEC(enc(stripe_key(r))), d=SEC(enc(rs(r, 40))))
    if r.random() < 0.5:
        b.fmt("  mls-feed-token: {{e}}\n", e=SEC(enc(generic_secret(r))))
    b.add("---\n# rotated by ops; see runbook RB-112\n")
    return b


def k_sftp_pem_note(r):
    b = Builder()
    lender = r.choice(LENDERS)
    ops, contact = person(r), person(r)
    host = "sftp." + host_for(lender)
    b.fmt("Ops note - lender SFTP onboarding ({{l}})\nOwner: {{o}}   Ticket: {{tk}}\n\n", l=lender, o=P(full(ops)), tk=hn_ticket(r))
    b.fmt("Host: {{h}} ({{ip}}), port 22, user hv_upload. Lender contact is {{c}} ({{e}}, {{ph}}).\n",
          h=host, ip=IP(ip4(r)), c=P(full(contact)), e=EM(email_for(r, contact, host_for(lender))), ph=PH(phone(r, "us")))
    b.add("Temporary key for the nightly loan-file export - move to the vault and rotate after go-live:\n\n")
    b.add(pem(r, r.randint(5, 9)), "PRIVATE_KEY")
    b.fmt("\n\nKey passphrase: {{pw}}\nFingerprint: SHA256:{{fp}}\n", pw=PW(password(r)), fp=base64.b64encode(r.randbytes(32)).decode().rstrip("="))
    return b


def k_llm_screening(r):
    b = Builder()
    p, pl = person(r), person(r)
    a = addr_us(r)
    b.add("SYSTEM: You are TenantAssist, an assistant that helps leasing agents review rental applications. Follow Fair Housing rules and never use protected characteristics.\n\n")
    b.add("USER: Please summarise this applicant and flag any risks. I pasted everything from the file below.\n\n")
    b.fmt("Applicant: {{n}}\nDOB: {{dob}}\nSSN: {{ssn}}\nCurrent address: {{a}} (since {{y}})\n",
          n=P(name_var(r, p, ("full", "upper", "lastfirst"))), dob=DOB(fmt_date(r, rand_dob(r), "us", styles=[2, 4, 0])),
          ssn=E(ssn(r), "US_SSN"), a=ADDR(a.one), y=str(r.randint(2015, 2024)))
    b.fmt("Previous landlord: {{pl}}, {{ph}}\nEmployer: {{emp}}, monthly income {{inc}}\nBank account (statements attached): {{acc}}\n",
          pl=P(full(pl)), ph=PH(phone(r, "us")), emp=r.choice(["Brightline Software", "Riverside Medical Center", "Acme Freight"]),
          inc=hn_amt(r, 2800, 12000), acc=ACC(dg(r, 10)))
    b.fmt("Card used for the application fee: {{cc}} (first attempt with card {{mc}} was declined)\n", cc=E(card(r), "CREDIT_CARD"), mc=masked_card(r))
    b.fmt("Note from the showing on {{d}}: very polite, has a small dog named {{pet}}, wants to move in by {{mi}}.\n",
          d=DT(fmt_date(r, rand_date(r), "us")), pet=r.choice(PETS), mi=DT(fmt_date(r, rand_date(r), "us")))
    b.add("\nReturn: a 5-bullet summary, a risk score 1-10 and the documents still missing.\n")
    return b


def k_llm_renewal_prompt(r):
    b = Builder()
    t, land = person(r), person(r)
    loc = en_loc(r, 0.4)
    a = ADDR_GEN[loc](r)
    cur = cur_for(loc)
    b.add("### Instruction\nDraft a friendly lease renewal offer in plain English (max 200 words). Mention the new rent, the deadline and how to accept.\n\n### Context (pasted from CRM)\n")
    b.fmt("tenant_name: {{t}}\ntenant_email: {{e}}\ntenant_phone: {{ph}}\nunit_address: {{a}}\ncurrent_rent: {{cr}}\nproposed_rent: {{nr}}\n",
          t=P(full(t)), e=EM(email_for(r, t)), ph=PH(phone(r, loc)), a=ADDR(a.one), cr=hn_amt(r, 900, 2500, cur), nr=hn_amt(r, 950, 2700, cur))
    d = rand_date(r)
    b.fmt("lease_end: {{le}}\nrenewal_deadline: {{rd}}\nlandlord: {{l}}\nnotes: tenant asked about repainting the bedroom; pays on time via autopay (acct {{acc}})\n",
          le=DT(fmt_date(r, d, loc)), rd=DT(fmt_date(r, d - days(45), loc)), l=P(full(land)), acc=ACC(acct(r)))
    b.add("\n### Output format\nSubject line, then the letter body. Sign off as the property management team.\n")
    return b


# ---------------------------------------------------------------------------
# Document kinds - English (screening, mortgages, maintenance, HOA, ops)
# ---------------------------------------------------------------------------

def k_screening_report(r):
    b = Builder()
    p = person(r)
    a1, a2 = addr_us(r), addr_us(r)
    st, dl = dl_us(r)
    d = rand_date(r)
    b.fmt("TENANT SCREENING REPORT - CONFIDENTIAL\nReport #: RPT-{{n}}   Ordered by: {{co}}   Report date: {{d}}\n\n",
          n=dg(r, 9), co=r.choice(PM_COMPANIES), d=DT(fmt_date(r, d, "us", styles=[2, 4])))
    b.fmt("SUBJECT\n  Name: {{n}}\n  AKA: {{aka}}\n  SSN: {{ssn}} (verified)   DOB: {{dob}}\n  Phone: {{ph}}\n  Driver License: {{dl}}, issued in {{st}}\n\n",
          n=P(f"{p.last.upper()}, {p.first.upper()}"), aka=P(r.choice([f"{p.last.upper()}, {p.first[0]}", f"{p.first} {p.last.split()[0]}-{r.choice(NAMES['intl'][2]).split()[0]}", f"{p.first.upper()} {p.last.upper()}"])), ssn=E(ssn(r, "dash"), "US_SSN"),
          dob=DOB(rand_dob(r).strftime("%m/%d/%Y")), ph=PH(phone(r, "us")), dl=E(dl, "DRIVER_LICENSE"), st=LOC(US_STATE_NAMES[st]))
    b.fmt("ADDRESS HISTORY\n  1. {{a1}}   first reported {{d1}}\n  2. {{a2}}   first reported {{d2}}\n\n",
          a1=ADDR(a1.one), d1=DT(fmt_date(r, d - days(r.randint(300, 900)), "us", styles=[2])), a2=ADDR(a2.one),
          d2=DT(fmt_date(r, d - days(r.randint(1000, 3000)), "us", styles=[2])))
    b.fmt("CREDIT SUMMARY\n  Score: {{sc}}   Open tradelines: {{tl}}   Collections: {{col}} ({{amt}}, medical)\n  SSN variation reported by a creditor: {{bad}} (invalid - ignored)\n\n",
          sc=str(r.randint(520, 820)), tl=str(r.randint(2, 18)), col=str(r.randint(1, 2)), amt=hn_amt(r, 80, 1200), bad=ssn_invalid(r))
    b.fmt("EVICTION SEARCH: no filings found in {{s1}} or {{s2}} (search id {{sid}}).\nCRIMINAL SEARCH: clear.\nRECOMMENDATION: {{rec}}\n",
          s1=LOC(US_STATE_NAMES[a1.region]), s2=LOC(US_STATE_NAMES[a2.region]), sid=hn_uuid(r)[:13],
          rec=r.choice(["Accept", "Accept with conditions (additional deposit)", "Refer to manager"]))
    return b


def ocr_noise(r, s):
    out = []
    for ch in s:
        x = r.random()
        if ch == "l" and x < 0.25:
            out.append("1")
        elif ch == "o" and x < 0.15:
            out.append("0")
        elif ch == "i" and x < 0.15:
            out.append("l")
        else:
            out.append(ch)
    return "".join(out)


def k_ocr_application(r):
    b = Builder()
    p, ll, ec = person(r), person(r), person(r)
    a, prev = addr_us(r), addr_us(r)
    st, dl = dl_us(r)
    N = lambda s: ocr_noise(r, s)
    b.add(N("RENTAL APPLICATION") + "      Page 1 of 2   |  ~\n")
    b.fmt(N("Property applied for") + ": {{a}}\n", a=ADDR(a.one))
    b.fmt(N("Applicant full name") + ": {{n}}      " + N("Date of birth") + ": {{dob}}\n", n=P(name_var(r, p, ("upper", "full", "upper"))),
          dob=DOB(rand_dob(r).strftime(r.choice(["%m/%d/%Y", "%m-%d-%Y", "%m/%d/%y"]))))
    b.fmt("SSN: {{ssn}}    " + N("Drivers Lic") + " #: {{dl}}   " + N("State") + ": {{st}}\n", ssn=E(ssn(r), "US_SSN"),
          dl=E(dl, "DRIVER_LICENSE"), st=LOC(US_STATE_NAMES[st]))
    b.fmt(N("Phone") + ": {{ph}}   E-mail: {{e}}\n", ph=PH(phone(r, "us")), e=EM(email_for(r, p)))
    b.fmt(N("Present address") + ": {{pa}}   " + N("How long") + ": {{y}} yrs\n", pa=ADDR(prev.one), y=str(r.randint(1, 8)))
    b.fmt(N("Landlord") + ": {{ll}}   Ph: {{lp}}\n", ll=P(full(ll)), lp=PH(phone(r, "us")))
    b.fmt(N("Employer") + ": {{emp}}   " + N("Monthly income") + ": {{inc}}\n", emp=r.choice(["Target", "Kaiser", "Intel", "City Transit", "Self-employed"]), inc=hn_amt(r, 2000, 11000))
    b.fmt(N("Emergency contact") + ": {{ec}} ({{rel}}) {{ep}}\n", ec=P(full(ec)), rel=r.choice(["father", "brother", "friend", "uncle"] if ec.gender == "m" else ["mother", "sister", "friend", "aunt"]), ep=PH(phone(r, "us")))
    b.fmt("|  " + N("Signature") + ": ______________   " + N("Date") + ": {{d}}   |\n" + N("Application fee $45 paid - receipt") + " {{rc}}\n",
          d=DT(rand_date(r).strftime("%m/%d/%Y")), rc=hn_inv(r))
    return b


UTILITIES = L("Cascadia Power & Water|Evergy Light|Blue River Water District|Northern Gas Co.|Metro Energy Services")


def k_ocr_utility_bill(r):
    b = Builder()
    p = person(r)
    a = addr_us(r)
    util = r.choice(UTILITIES)
    bd = rand_date(r)
    N = lambda s: ocr_noise(r, s)
    city, region, zp = r.choice(US_CITIES)
    b.add(util.upper() + "\n" + N("STATEMENT OF ACCOUNT") + "\n\n")
    b.fmt(N("Account Number") + ": {{acc}}      " + N("Bill Date") + ": {{bd}}\n", acc=ACC(f"{dg(r, 4)} {dg(r, 4)} {dg(r, 2)}" if r.random() < 0.5 else dg(r, 10)),
          bd=DT(bd.strftime("%b %d, %Y")))
    b.fmt(N("Customer") + ": {{n}}\n" + N("Service Address") + ":\n{{sa}}\n\n", n=P(full(p).upper()), sa=ADDR(multi(a)))
    prev = r.uniform(40, 300)
    b.fmt(N("Previous Balance") + " ........ ${{pb}}\n" + N("Payment Received - Thank You") + " ... -${{pb}}\n", pb=f"{prev:.2f}")
    kwh, ccf = r.randint(180, 1400), r.uniform(1, 9)
    b.fmt(N("Electric") + " {{k}} kWh ........ ${{e}}\n" + N("Water") + " {{c}} CCF ......... ${{w}}\n" + N("Amount Due") + ": ${{t}}     " + N("Due Date") + ": {{dd}}\n\n",
          k=str(kwh), e=f"{kwh * 0.14:.2f}", c=f"{ccf:.1f}", w=f"{ccf * 6.2:.2f}", t=f"{kwh * 0.14 + ccf * 6.2:.2f}", dd=DT((bd + days(21)).strftime("%b %d, %Y")))
    b.fmt(N("To report an outage call") + " {{tf}}  ~  " + N("Remit to") + ": {{po}}\n",
          tf=PH(phone(r, "tollfree")), po=ADDR(f"P.O. Box {r.randint(100, 9999)}, {city}, {region} {zp}{r.randint(1, 99):02d}"))
    return b


def k_deposit_return(r):
    b = Builder()
    loc = en_loc(r, 0.3)
    p, mgr = person(r), person(r)
    old, new = ADDR_GEN[loc](r), ADDR_GEN[loc](r)
    end = rand_date(r)
    cur = cur_for(loc)
    dep = r.uniform(800, 3500)
    ded = [r.uniform(40, 300) for _ in range(3)]
    b.fmt("{{d}}\n\n{{n}}\nForwarding address:\n{{na}}\n\nRe: Return of security deposit - {{oa}}\n\nDear {{f}},\n\n",
          d=DT(fmt_date(r, end + days(r.randint(7, 20)), loc)), n=P(full(p)), na=ADDR(multi(new)), oa=ADDR(old.one), f=P(p.first))
    b.fmt("Your tenancy ended on {{e}}. Please find below the itemised statement of your deposit:\n\n", e=DT(fmt_date(r, end, loc)))
    b.add(f"  Security deposit held ............. {cur}{dep:,.2f}\n")
    b.add(f"  Carpet cleaning (bedroom 2) ....... -{cur}{ded[0]:,.2f}\n")
    b.add(f"  Replace broken blind ({hn_inv(r)}) -{cur}{ded[1]:,.2f}\n")
    b.add(f"  Unpaid water charges .............. -{cur}{ded[2]:,.2f}\n")
    b.add(f"  Balance refunded .................. {cur}{dep - sum(ded):,.2f}\n\n")
    b.fmt("The balance was sent by bank transfer to the account ending {{last4}} on {{pd}}. If you dispute any deduction, reply to {{e}} within 14 days.\n\nKind regards,\n{{m}}\n{{co}}\n",
          last4=dg(r, 4), pd=DT(fmt_date(r, end + days(r.randint(10, 25)), loc)), e=EM(f"deposits@{host_for(r.choice(PM_COMPANIES))}"),
          m=P(full(mgr)), co=r.choice(PM_COMPANIES))
    return b


def k_notice_to_quit(r):
    b = Builder()
    t, ag, srv = person(r), person(r), person(r)
    a, oa = addr_us(r), addr_us(r, 0.3)
    d = rand_date(r)
    ps = d.replace(day=1)
    pe = (ps + days(32)).replace(day=1) - days(1)
    b.add("THREE-DAY NOTICE TO PAY RENT OR QUIT\n\n")
    b.fmt("TO: {{t}}, and all others in possession\nPREMISES: {{a}}\n\n", t=P(full(t).upper()), a=ADDR(a.one))
    b.fmt("WITHIN THREE (3) DAYS after service of this notice you are required to pay rent for the premises in the amount of {{amt}} for the period {{s}} through {{e}}, or to deliver up possession of the premises.\n\n",
          amt=hn_amt(r, 900, 4000), s=DT(fmt_date(r, ps, "us")), e=DT(fmt_date(r, pe, "us")))
    b.fmt("Payment may be made personally to {{ag}} at {{oa}} between {{h1}} and {{h2}}, Monday through Friday, or by calling {{ph}}.\n\n",
          ag=P(full(ag)), oa=ADDR(oa.one), h1=DT("9:00 AM"), h2=DT("5:00 PM"), ph=PH(phone(r, "us", a.region)))
    b.fmt("Dated: {{d}}     Owner/Agent: {{ag}}\n\nPROOF OF SERVICE: served by posting and mailing on {{sd}} by {{srv}}, registered process server #{{reg}}.\n",
          d=DT(fmt_date(r, d, "us")), ag=P(full(ag)), sd=DT(fmt_dt(r, d, "us", 9, 17)), srv=P(full(srv)), reg=dg(r, 4))
    return b


def k_water_claim(r):
    b = Builder()
    p, adj = person(r), person(r)
    a = addr_us(r, 0.1)
    dl_ = rand_date(r)
    b.fmt("HOMEOWNERS CLAIM - FIRST NOTICE OF LOSS\nClaim number: CLM-{{c}}   Catastrophe code: none\n\n", c=f"{dg(r, 3)}-{dg(r, 6)}")
    b.fmt("Insured: {{n}}\nPhone: {{ph}}   Email: {{e}}\nLoss location: {{a}}\nDate of loss: {{dl}}   Reported: {{rp}}\n\n",
          n=P(name_var(r, p)), ph=PH(phone(r, "us", a.region)), e=EM(email_for(r, p)), a=ADDR(a.one),
          dl=DT(fmt_date(r, dl_, "us")), rp=DT(fmt_dt(r, dl_ + days(1), "us")))
    b.fmt("Description: burst supply line behind the upstairs washing machine; water through the kitchen ceiling. Mitigation by DryRight Restoration (job {{job}}), {{fans}} air movers and 2 dehumidifiers on site for {{dur}}.\n\n",
          job=hn_wo(r), fans=str(r.randint(3, 9)), dur=r.choice(["3 days", "72 hours", "4 days"]))
    b.fmt("Assigned adjuster: {{adj}}, direct line {{ph}} ext. {{x}}\nInspection appointment: {{ia}}\n",
          adj=P(full(adj)), ph=PH(phone(r, "tollfree")), x=str(r.randint(100, 999)), ia=DT(fmt_dt(r, dl_ + days(r.randint(2, 6)), "us")))
    b.fmt("Mortgagee: {{l}} ISAOA/ATIMA\nClaim payments by EFT to {{bank}} account {{acc}} (verified by phone).\nDeductible: {{ded}}\n",
          l=r.choice(LENDERS), bank=r.choice(BANKS_US), acc=ACC(dg(r, r.choice([9, 10, 11]))), ded=hn_amt(r, 500, 2500))
    return b


def k_contractor_invoice_noent(r):
    b = Builder()
    ctr = r.choice(CONTRACTORS)
    b.fmt("{{c}} - TAX INVOICE\nInvoice: {{inv}}   Terms: Net 30   PO: PO-{{po}}\nJob ref: {{wo}}   Site code: {{site}}   Unit: {{u}}\nContractor licence: C-{{lic}}   EIN: {{ein}}\n\n",
          c=ctr, inv=hn_inv(r), po=dg(r, 6), wo=hn_wo(r), site=f"{r.choice(['CDH', 'MPC', 'RVL'])}-{r.randint(1, 9):02d}",
          u=f"{r.randint(1, 30)}{r.choice('ABCD')}", lic=dg(r, 6), ein=f"{dg(r, 2)}-{dg(r, 7)}")
    b.add("QTY  DESCRIPTION                              UNIT      TOTAL\n")
    total = 0.0
    for _ in range(r.randint(3, 6)):
        q = r.randint(1, 4)
        u = r.uniform(8, 420)
        total += q * u
        b.add(f"{q:>3}  {r.choice(['Labour - standard hour', 'Call-out fee', 'P-trap 1-1/2in PVC', 'Ball valve 3/4in', 'Breaker 20A', 'Thermostat T6 Pro', 'Sealant, silicone', 'Disposal fee']):<40} {u:>8.2f} {q * u:>9.2f}\n")
    tax = total * 0.0825
    b.add(f"\nSubtotal {total:,.2f}   Tax 8.25% {tax:,.2f}   TOTAL DUE {total + tax:,.2f} USD\n")
    b.add(f"Remittance reference {rs(r, 10, UPNUM)}. Late payments accrue 1.5% per month. Thank you for your business!\n")
    return b


def k_inspection_report(r):
    b = Builder()
    cl, ag, insp = person(r), person(r), person(r)
    a = addr_us(r, 0.1)
    d = rand_date(r)
    b.fmt("HOME INSPECTION REPORT - SUMMARY\nReport no. HI-{{n}}   Inspection date: {{d}}\nProperty: {{a}}\nClient: {{c}}   Buyer's agent: {{ag}} ({{brk}})\nInspector: {{i}}, ASHI member #{{m}}, phone {{ph}}\n",
          n=dg(r, 6), d=DT(fmt_dt(r, d, "us", 8, 14)), a=ADDR(a.one), c=P(full(cl)), ag=P(full(ag)), brk=r.choice(BROKERAGES),
          i=P(name_var(r, insp, ("full", "mid"))), m=dg(r, 6), ph=PH(phone(r, "us", a.region)))
    b.add(f"Weather: {r.randint(35, 90)}F, {r.choice(['overcast', 'clear', 'light rain'])}. Year built: {r.randint(1920, 2015)}. Occupied: yes.\n\n")
    b.add("SIGNIFICANT FINDINGS\n")
    items = ["Roof - asphalt shingles at end of service life; granule loss on south slope.",
             "Electrical - double-tapped breaker in main panel; recommend licensed electrician.",
             f"Plumbing - water heater manufactured {r.randint(2004, 2014)}, beyond typical life expectancy.",
             f"Radon - {r.uniform(2.0, 9.0):.1f} pCi/L measured over 48 hours (EPA action level 4.0).",
             "Foundation - minor settlement cracks at garage slab, monitor.",
             "HVAC - furnace filter dirty; heat exchanger not visible for inspection."]
    r.shuffle(items)
    for i, it in enumerate(items[:r.randint(3, 5)], 1):
        b.add(f"  {i}. {it}\n")
    b.fmt("\nRe-inspection (if requested): {{ri}}. Fee {{fee}}.\n", ri=DT(fmt_date(r, d + days(r.randint(7, 20)), "us")), fee=hn_amt(r, 150, 600))
    return b


def k_elevator_log_noent(r):
    b = Builder()
    c = Clock(r)
    b.add(f"ELEVATOR CONTROLLER LOG  car EL-{r.randint(1, 4)}  model KX-{r.randint(2, 9)}000  fw {hn_ver(r)}  site {r.choice(['CDH', 'HPR', 'PVT'])}-{r.randint(1, 9):02d}\n")
    events = ["DOOR_OPEN floor={f} dwell={d}s", "DOOR_CLOSE floor={f}", "RUN from={f} to={g} load={l}%",
              "FAULT code=E-{e} 'door zone sensor' count={n}", "LEVELING adj={a}mm floor={f}",
              "SAFETY_CIRCUIT ok", "INSPECTION_MODE off", "BRAKE_TEST pass torque={l}Nm"]
    for _ in range(r.randint(9, 15)):
        ev = r.choice(events).format(f=r.randint(1, 14), g=r.randint(1, 14), d=r.randint(2, 9), l=r.randint(5, 95),
                                     e=r.randint(10, 60), n=r.randint(1, 5), a=r.randint(-6, 6))
        b.add(f"{c.plain(2, 300)}.{r.randint(0, 999):03d} {ev}\n")
    b.add(f"-- summary: {r.randint(40, 400)} trips, {r.randint(0, 4)} faults, uptime {r.uniform(97, 100):.2f}%, next service due in {r.randint(5, 60)} days\n")
    return b


def k_hvac_csv_noent(r):
    b = Builder()
    b.add("wo_id,site,asset_tag,task,priority,status,labor_hrs,parts_cost,sla_hours\n")
    tasks = ["Replace filters (MERV 13)", "Clean condenser coil", "Replace capacitor 45/5 uF", "Check refrigerant charge",
             "Belt replacement", "Thermostat recalibration", "Flush condensate line", "Inspect heat exchanger"]
    for _ in range(r.randint(6, 12)):
        b.add(f"{hn_wo(r)},{r.choice(['CDH', 'MPC', 'RVL', 'HPR'])}-{r.randint(1, 9):02d},{r.choice(['RTU', 'AHU', 'FCU', 'BLR'])}-{r.randint(1, 40):02d},"
              f"\"{r.choice(tasks)}\",P{r.randint(1, 4)},{r.choice(['open', 'closed', 'closed', 'on hold'])},{r.uniform(0.5, 6):.1f},{r.uniform(0, 480):.2f},{r.choice([4, 24, 48, 72])}\n")
    return b


def k_smartlock_json(r):
    b = Builder()
    users = [person(r) for _ in range(2)]
    evs = []
    for _ in range(r.randint(3, 5)):
        u = r.choice(users)
        k = r.randrange(3)
        if k == 0:
            evs.append({"ts": int(hn_epoch(r)), "type": "unlock", "method": "app",
                        "user": {"name": P(full(u)), "email": EM(email_for(r, u))}, "ip": IP(any_ip(r))})
        elif k == 1:
            vd = rand_date(r)
            evs.append({"ts": int(hn_epoch(r)), "type": "guest_code_created", "label": r.choice(["cleaner", "dog walker", "plumber"]),
                        "valid_until": DT(f"{vd.isoformat()}T{r.randint(12, 20):02d}:00"), "created_by": EM(email_for(r, u))})
        else:
            evs.append({"ts": int(hn_epoch(r)), "type": "battery_low", "level_pct": r.randint(3, 15)})
    obj = {"device_id": f"LK-{rs(r, 10, UPNUM)}", "firmware": hn_ver(r), "property": r.choice(BUILDINGS),
           "unit": f"{r.randint(1, 30)}{r.choice('ABCD')}", "events": evs}
    emit_json(b, obj, indent=2)
    b.add("\n")
    return b


def k_stripe_webhook(r):
    b = Builder()
    p = person(r)
    a = addr_us(r)
    host = "api." + host_for(r.choice(PM_COMPANIES))
    b.fmt("POST /webhooks/stripe HTTP/1.1\nHost: {{h}}\nStripe-Signature: t={{t}},v1={{sig}}\nContent-Type: application/json\n\n",
          h=host, t=hn_epoch(r), sig=hn_sha(r, 64))
    obj = {"id": f"evt_{rs(r, 24)}", "type": "payment_intent.succeeded", "created": int(hn_epoch(r)),
           "data": {"object": {"id": f"pi_{rs(r, 24)}", "amount": r.randint(80000, 400000), "currency": "usd",
                               "receipt_email": EM(email_for(r, p)),
                               "metadata": {"lease_id": f"LSE-{dg(r, 6)}", "unit": f"{r.randint(1, 30)}{r.choice('ABCD')}"},
                               "billing_details": {"name": P(full(p)), "phone": PH(phone(r, "us", a.region)),
                                                   "address": {"line1": ADDR(a.street + (f" {a.unit}" if a.unit else "")), "line2": None, "city": LOC(a.city), "state": LOC(a.region),
                                                               "postal_code": a.postal, "country": "US"}},
                               "payment_method_details": {"card": {"brand": "visa", "last4": dg(r, 4), "exp_month": r.randint(1, 12), "exp_year": r.randint(2026, 2031)}}}}}
    emit_json(b, obj, indent=0)
    b.add("\n")
    return b



def ics_esc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def k_ics_viewing(r):
    b = Builder()
    loc = en_loc(r, 0.5)
    ag, ap = person(r), person(r)
    brk = r.choice(BROKERAGES)
    a = ADDR_GEN[loc](r)
    d = rand_date(r)
    h, m = rand_hm(r, 9, 17)
    tz = "Europe/London" if loc == "gb" else r.choice(["America/Chicago", "America/Los_Angeles", "America/New_York"])
    dom = host_for(brk)
    b.fmt("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{{brk}}//Viewings {{v}}//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:viewing-{{uid}}\nDTSTAMP:{{st}}\n",
          brk=brk, v=hn_ver(r), uid=hn_uuid(r), st=(d - days(3)).strftime("%Y%m%d") + f"T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z")
    b.fmt("DTSTART;TZID={{tz}}:{{s}}\nDTEND;TZID={{tz}}:{{e}}\n", tz=tz, s=DT(d.strftime("%Y%m%d") + f"T{h:02d}{m:02d}00"),
          e=DT(d.strftime("%Y%m%d") + f"T{h:02d}{m:02d}00".replace(f"T{h:02d}", f"T{h + 1:02d}")))
    b.fmt("SUMMARY:Viewing - {{typ}}\nLOCATION:{{loc}}\n", typ=r.choice(["2 bed flat", "3 bed house", "studio", "1BR condo"]), loc=ADDR(ics_esc(a.one)))
    b.fmt("ORGANIZER;CN={{ag}}:mailto:{{ae}}\nATTENDEE;CN={{ap}};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{{pe}}\n",
          ag=P(full(ag)), ae=EM(email_for(r, ag, dom)), ap=P(full(ap)), pe=EM(email_for(r, ap)))
    b.fmt("DESCRIPTION:Applicant mobile {{ph}}. Meet at the front door\\, keys from the office.\nCREATED:{{cr}}\nLAST-MODIFIED:{{lm}}\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n",
          ph=PH(ics_esc(phone(r, loc))), cr=(d - days(4)).strftime("%Y%m%dT%H%M%SZ"), lm=(d - days(3)).strftime("%Y%m%dT101500Z"))
    return b


def k_vcard_agent(r):
    b = Builder()
    p = person(r)
    brk = r.choice(BROKERAGES)
    a = addr_us(r, 0.3)
    mid = r.choice(["", "", r.choice("ABCDEJKLMR")])
    n_val = f"{p.last};{p.first}" + (f";{mid}" if mid else "")
    b.add("BEGIN:VCARD\nVERSION:3.0\n")
    b.add("N:").add(n_val, "PERSON").add(";;\n" if mid else ";;;\n")
    b.fmt("FN:{{fn}}\nORG:{{brk}}\nTITLE:{{t}}\nTEL;TYPE=CELL" + r.choice([":", ";VALUE=uri:tel:"]) + "{{c}}\nTEL;TYPE=WORK,VOICE:{{w}}\nEMAIL;TYPE=INTERNET:{{e}}\n",
          fn=P(full(p)), brk=brk, t=r.choice(["Licensed Real Estate Salesperson", "Broker Associate", "Leasing Consultant"]),
          c=PH(phone(r, "us", a.region)), w=PH(phone(r, "us", a.region)), e=EM(email_for(r, p, host_for(brk))))
    adr = f"{a.street}" + (f" {a.unit}" if a.unit else "") + f";{a.city};{a.region};{a.postal};USA"
    b.add("ADR;TYPE=WORK:;;").add(adr, "ADDRESS").add("\n")
    b.fmt("URL:{{u}}\nBDAY:{{bd}}\nNOTE:License #{{lic}} - bilingual; prefers text\nREV:{{rev}}\nEND:VCARD\n",
          u=URL(url(r, "www." + host_for(brk), "/agents/" + re.sub(r"[^a-z0-9]+", "-", fold(full(p)).lower()).strip("-"))),
          bd=DOB(rand_dob(r).isoformat()), lic=dg(r, 8), rev=ts_iso(r).split(".")[0] + "Z")
    return b


def k_repair_sms(r):
    b = Builder()
    loc = en_loc(r, 0.3)
    tech, me = person(r), person(r)
    ctr = r.choice(CONTRACTORS[:3])
    a = ADDR_GEN[loc](r)
    c = Clock(r)
    c.t = c.t.replace(hour=r.randint(7, 15))
    b.fmt("Messages with {{tn}} ({{ph}})\n\n", tn=P(full(tech)), ph=PH(phone(r, loc)))
    b.fmt("{{t}} Them: Hi this is {{tf}} from {{ctr}}, running about 20 min behind. Will be at {{a}} around {{eta}}\n",
          t=c.hm(), tf=P(tech.first), ctr=ctr, a=ADDR(a.street), eta=DT(fmt_time(r, c.t.hour + 1, r.choice([0, 15, 30, 45]), loc)))
    b.fmt("{{t}} Me: ok. buzzer is broken, call me on {{ph}} when you're outside\n", t=c.hm(), ph=PH(phone(r, loc)))
    b.fmt("{{t}} Them: No worries. Is the stopcock under the sink or in the hallway cupboard?\n", t=c.hm())
    b.fmt("{{t}} Me: hallway. also the landlord ({{ll}}) said to send the invoice to {{e}}\n", t=c.hm(), ll=P(full(person(r))),
          e=EM(f"accounts@{host_for(r.choice(PM_COMPANIES))}"))
    b.fmt("{{t}} Them: Will do. Need to come back {{d}} with the part, ok?\n{{t2}} Me: 👍 thanks {{tf}}\n", t=c.hm(),
          d=DT(fmt_dt(r, rand_date(r), loc, 8, 16)), t2=c.hm(), tf=P(tech.first))
    return b


def k_slack_export(r):
    b = Builder()
    c = Clock(r)
    t = person(r)
    staff = [person(r) for _ in range(3)]
    handles = [f"{fold(s.first).lower()}.{fold(s.last).lower()[:1]}" for s in staff]
    b.add(f"#maintenance-ops - export {hn_uuid(r)[:8]}\n\n")
    b.fmt("[{{t}}] {{h0}}: @channel heads up - tenant in {{u}} ({{tn}}) reports a gas smell in the kitchen\n",
          t=c.hm(), h0=handles[0], u=f"{r.randint(1, 30)}{r.choice('ABCD')}", tn=P(full(t)))
    b.fmt("[{{t}}] {{h1}}: calling the gas company now. her number is {{ph}}\n", t=c.hm(), h1=handles[1], ph=PH(phone(r, "us")))
    b.fmt("[{{t}}] deploybot: tenant-portal {{v}} deployed to prod ({{sha}})\n", t=c.hm(), v=hn_ver(r), sha=hn_sha(r, 7))
    b.fmt("[{{t}}] {{h2}}: fyi the old bot token is still pasted in the runbook: {{tok}} - can someone rotate it?\n",
          t=c.hm(), h2=handles[2], tok=E(slack_token(r), "SLACK_TOKEN"))
    b.fmt("[{{t}}] {{h0}}: also vendor portal login for the night shift is {{e}} / {{pw}}\n", t=c.hm(), h0=handles[0],
          e=EM(f"vendors@{host_for(r.choice(PM_COMPANIES))}"), pw=PW(password(r)))
    b.fmt("[{{t}}] {{h1}}: {{sf}} please don't post creds here :facepalm:\n", t=c.hm(), h1=handles[1], sf=P(staff[0].first))
    return b


def k_git_diff_leak(r):
    b = Builder()
    dev = person(r)
    d = rand_date(r)
    b.fmt("commit {{sha}}\nAuthor: {{n}} <{{e}}>\nDate:   {{dd}}\n\n    Add listing feed import and lender SFTP sync\n\n",
          sha=hn_sha(r), n=P(full(dev)), e=EM(email_for(r, dev, "users.noreply.github.com" if r.random() < 0.3 else None)),
          dd=f"{WEEKDAYS['en'][d.weekday()][:3]} {MONTHS['en'][d.month - 1][:3]} {d.day} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {d.year} -0700")
    b.fmt("diff --git a/config/settings.py b/config/settings.py\nindex {{i1}}..{{i2}} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -10,6 +10,12 @@\n",
          i1=hn_sha(r, 7), i2=hn_sha(r, 7))
    b.fmt(" LISTING_FEED_URL = \"{{u}}\"\n DEBUG = False\n", u=URL(f"https://feeds.{host_for(r.choice(BROKERAGES))}/v2/listings?format=reso"))
    b.fmt("+AWS_ACCESS_KEY_ID = \"{{ak}}\"\n+AWS_SECRET_ACCESS_KEY = \"{{sk}}\"\n", ak=E(aws_key(r), "AWS_ACCESS_KEY"), sk=E(aws_secret(r), "AWS_SECRET_KEY"))
    b.fmt("+GITHUB_TOKEN = \"{{gh}}\"  # TODO move to secrets manager\n", gh=E(gh_token(r), "GITHUB_TOKEN"))
    b.fmt("+MLS_API_KEY = os.environ.get(\"MLS_API_KEY\", \"{{k}}\")\n+SFTP_HOST = \"{{ip}}\"\n", k=SEC(generic_secret(r)), ip=IP(ip4(r)))
    b.add(" TIME_ZONE = \"America/Denver\"\n")
    if r.random() < 0.5:
        b.fmt("diff --git a/.github/workflows/deploy.yml b/.github/workflows/deploy.yml\n--- a/.github/workflows/deploy.yml\n+++ b/.github/workflows/deploy.yml\n@@ -21,4 +21,4 @@ jobs:\n"
              "-          AWS_SECRET_ACCESS_KEY: {{old}}\n+          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"
              "           SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}\n           NODE_VERSION: {{nv}}\n", old=E(aws_secret(r), "AWS_SECRET_KEY"), nv=str(r.choice([18, 20, 22])))
    return b


def k_title_report(r):
    b = Builder()
    v1, v2, tr, off = person(r), person(r), person(r), person(r)
    a = addr_us(r, 0.0)
    d = rand_date(r)
    b.fmt("PRELIMINARY TITLE REPORT\n{{co}}   Order No.: {{o}}   Escrow No.: {{e}}\nEffective Date: {{ed}}\n\n",
          co=r.choice(TITLE_COS), o=f"{dg(r, 7)}-{r.choice(['MK', 'JT', 'LS'])}", e=f"ESC-{dg(r, 6)}",
          ed=DT(fmt_date(r, d, "us", styles=[0]) + " at 7:30 AM"))
    b.fmt("Property Address: {{a}}\nAPN: {{apn}}\n\nVestee: {{v1}} and {{v2}}, {{how}}\n\n",
          a=ADDR(a.one), apn=hn_apn(r), v1=P(full(v1).upper()), v2=P(full(v2).upper()),
          how=r.choice(["husband and wife as joint tenants", "as tenants in common", "a married couple as community property"]))
    b.fmt("Legal Description: Lot {{lot}}, Block {{blk}} of Tract {{tr}}, in the City of {{city}}, State of {{st}}, as per map recorded in Book {{bk}}, Page {{pg}} of Maps.\n\n",
          lot=str(r.randint(1, 60)), blk=str(r.randint(1, 12)), tr=dg(r, 4), city=LOC(a.city), st=LOC(US_STATE_NAMES[a.region]),
          bk=str(r.randint(10, 300)), pg=str(r.randint(1, 90)))
    b.fmt("Exceptions:\n 1. Property taxes for fiscal year {{fy}}, first installment {{amt}}, due {{due}}.\n",
          fy=f"{d.year}-{d.year + 1}", amt=hn_amt(r, 1200, 9000), due=DT(fmt_date(r, dt.date(d.year, 11, 1), "us")))
    b.fmt(" 2. Deed of Trust to secure {{amt}}, recorded {{rd}} as Instrument No. {{inst}}; Trustor: {{tr}}; Beneficiary: {{l}}.\n 3. Easement for public utilities along the rear 5 feet.\n\n",
          amt=hn_amt(r, 100000, 700000), rd=DT(fmt_date(r, d - days(r.randint(400, 3000)), "us")), inst=f"{r.randint(2012, 2023)}-{dg(r, 7)}",
          tr=P(full(tr)), l=r.choice(LENDERS))
    b.fmt("Title Officer: {{off}}   {{ph}}   {{e}}\n", off=P(full(off)), ph=PH(phone(r, "us", a.region)), e=EM(email_for(r, off, host_for(r.choice(TITLE_COS)))))
    return b


def k_wire_instructions(r):
    b = Builder()
    buyer = person(r)
    a, ba = addr_us(r, 0.0), addr_us(r, 0.0)
    tco = r.choice(TITLE_COS)
    cc = r.choice(["DE", "GB", "FR", "NL", "ES", "IE", "CH"])
    ctry = {"DE": "Germany", "GB": "the United Kingdom", "FR": "France", "NL": "the Netherlands", "ES": "Spain", "IE": "Ireland", "CH": "Switzerland"}[cc]
    b.fmt("WIRE INSTRUCTIONS - {{tco}}\n*** WIRE FRAUD ALERT: we will NEVER change wiring instructions by e-mail. Call {{ph}} to verify before sending funds. ***\n\n",
          tco=tco, ph=PH(phone(r, "us", a.region)))
    b.fmt("Escrow No.: ESC-{{e}}    Buyer: {{b}}\nProperty: {{a}}\nClosing date: {{cd}}\n\n", e=dg(r, 6), b=P(full(buyer)), a=ADDR(a.one), cd=DT(fmt_date(r, rand_date(r), "us")))
    b.fmt("Receiving bank: {{bank}}, {{ba}}\nABA routing: {{rt}}    SWIFT: {{bic}}\nBeneficiary: {{tco}} - Trust Account\nBeneficiary account #: {{acc}}\nReference: ESC / {{bl}}\n\n",
          bank=r.choice(BANKS_US), ba=ADDR(ba.one), rt=r.choice(ROUTING), bic=r.choice(["CHASUS33", "WFBIUS6S", "BOFAUS3N", "USBKUS44"]),
          tco=tco, acc=ACC(dg(r, r.choice([10, 12]))), bl=P(buyer.last))
    b.fmt("International wires: the buyer is sending funds from {{c}}; originating account IBAN {{ib}} (BIC {{bic}}). Allow 2-3 business days.\n",
          c=LOC(ctry.replace("the ", "")) if not ctry.startswith("the ") else ["the ", LOC(ctry[4:])], ib=E(iban(r, cc), "IBAN_CODE"), bic={"DE": "COBADEFFXXX", "GB": "BARCGB22", "FR": "BNPAFRPPXXX", "NL": "INGBNL2A", "ES": "CAIXESBBXXX", "IE": "BOFIIE2D", "CH": "UBSWCHZH80A"}[cc])
    return b


def k_hoa_violation(r):
    b = Builder()
    o, mgr = person(r), person(r)
    hoa = r.choice(HOA_NAMES)
    co = r.choice(PM_COMPANIES)
    ma, oa = addr_us(r, 0.6), addr_us(r, 0.0)
    d = rand_date(r)
    pet = r.choice(PETS)
    viol = r.choice([f"trash and recycling bins stored in view of the street",
                     f"your dog, {pet}, off leash in the common area near the pool",
                     "unapproved paint colour on the front door and shutters",
                     f"a boat trailer (plate {hn_plate(r)}) parked in the driveway for more than 72 hours",
                     f"an inoperable vehicle (VIN {hn_vin(r)}) stored on the street",
                     "overgrown lawn and weeds in the front yard"])
    b.fmt("{{hoa}} Community Association\nc/o {{co}}, {{ma}}\n\n{{d}}\n\n{{o}}\n{{oa}}\n\n", hoa=hoa, co=co, ma=ADDR(ma.one), d=DT(fmt_date(r, d, "us")),
          o=P(name_var(r, o, ("upper", "full"))), oa=ADDR(multi(oa)))
    b.fmt("RE: NOTICE OF VIOLATION - Lot {{lot}} - {{n}} notice\n\nDear {{h}} {{ln}},\n\n", lot=str(r.randint(1, 240)), n=r.choice(["First", "Second", "Final"]),
          h=honor(r, o), ln=P(o.last))
    b.fmt("During a routine inspection on {{idt}} the following violation of the CC&Rs (Article VII, Section 4) was observed: {{v}}.\n\n",
          idt=DT(fmt_date(r, d - days(r.randint(2, 9)), "us")), v=viol)
    b.fmt("Please correct the violation by {{dl}}. If it is not corrected, the Board may levy a fine of {{fine}} per day.\nYou may request a hearing by contacting {{m}} at {{ph}} or {{e}}.\n\nOn behalf of the Board of Directors\n",
          dl=DT(fmt_date(r, d + days(r.randint(10, 30)), "us")), fine=hn_amt(r, 25, 100), m=P(full(mgr)), ph=PH(phone(r, "us", ma.region)),
          e=EM(email_for(r, mgr, host_for(co))))
    return b


def k_moveout_checklist(r):
    b = Builder()
    t, insp = person(r), person(r)
    loc = en_loc(r, 0.3)
    a = ADDR_GEN[loc](r)
    mi = rand_date(r, 2021, 2024)
    mo = rand_date(r, 2025, 2026)
    cur = cur_for(loc)
    b.fmt("MOVE-OUT INSPECTION CHECKLIST\nResident: {{t}}\nUnit: {{a}}\nMove-in: {{mi}}   Move-out: {{mo}}   Inspected by: {{i}}\n\n",
          t=P(name_var(r, t)), a=ADDR(a.one), mi=DT(fmt_date(r, mi, loc)), mo=DT(fmt_date(r, mo, loc)), i=P(full(insp)))
    b.add("+-----------------+-----------+-----------+------------+\n| Area            | Move-in   | Move-out  | Charge     |\n+-----------------+-----------+-----------+------------+\n")
    for area in r.sample(["Living room", "Kitchen", "Bathroom", "Bedroom 1", "Bedroom 2", "Hallway", "Balcony", "Laundry"], r.randint(4, 7)):
        mi_c = r.choice(["Good", "Good", "Fair", "New"])
        mo_c = r.choice(["Good", "Fair", "Damaged", "Dirty"])
        ch = 0 if mo_c in ("Good", "Fair") else r.uniform(25, 350)
        b.add(f"| {area:<15} | {mi_c:<9} | {mo_c:<9} | {cur}{ch:>9.2f} |\n")
    b.add("+-----------------+-----------+-----------+------------+\n")
    b.add(f"Keys returned: {r.randint(2, 4)} of 4; fobs {r.randint(1, 2)} (serials {dg(r, 5)}, {dg(r, 5)}). Meter reading: {r.randint(10000, 99999)} kWh.\n")
    return b


def k_kpi_noent(r):
    b = Builder()
    q = r.randint(1, 4)
    y = r.randint(2024, 2026)
    b.add(f"Q{q} FY{y} Portfolio KPI summary (internal, v{r.randint(1, 5)})\n\nmetric,current,prior,delta\n")
    occ = r.uniform(88, 98)
    rows = [("Physical occupancy", f"{occ:.1f}%", f"{occ - r.uniform(-2, 2):.1f}%"),
            ("Avg effective rent", f"${r.randint(1300, 2600):,}", f"${r.randint(1300, 2600):,}"),
            ("Renewal conversion", f"{r.randint(45, 70)}%", f"{r.randint(45, 70)}%"),
            ("Delinquency >30 days", f"{r.uniform(0.5, 5):.1f}%", f"{r.uniform(0.5, 5):.1f}%"),
            ("Work orders closed", f"{r.randint(600, 2400):,}", f"{r.randint(600, 2400):,}"),
            ("Median time-to-close (days)", f"{r.uniform(1, 5):.1f}", f"{r.uniform(1, 5):.1f}"),
            ("Capex spend", f"${r.randint(100, 900)},{r.randint(100, 999)}", f"${r.randint(100, 900)},{r.randint(100, 999)}")]
    for m, c, p in rows:
        b.add(f"{m},{c},{p},{r.choice(['+', '-'])}{r.uniform(0, 6):.1f}\n")
    b.add(f"\nNotes: turnover cost per unit ${r.randint(1800, 4500):,}; {r.randint(3, 19)} units offline for renovation; "
          f"NOI margin {r.uniform(52, 68):.1f}%. Generated by report engine {hn_ver(r)} (job {dg(r, 6)}).\n")
    return b


def k_nginx_log(r):
    b = Builder()
    c = Clock(r)
    host = "portal." + host_for(r.choice(PM_COMPANIES))
    paths = ["/portal/payments", "/api/v2/leases/current", "/maintenance/new", "/static/app.9f3c1.js", "/login", "/documents/lease.pdf",
             "/api/v2/tickets?status=open", "/favicon.ico"]
    uas = [f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/{r.randint(110, 126)}.0.0.0 Safari/537.36",
           f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{r.randint(0, 5)} like Mac OS X) Mobile/15E148",
           f"okhttp/{hn_ver(r)}", "curl/8.5.0"]
    for _ in range(r.randint(5, 8)):
        ref = r.random() < 0.4
        b.add("", None)
        b.add(any_ip(r), "IP_ADDRESS")
        b.add(f" - - [{c.clf()}] \"{r.choice(['GET', 'GET', 'POST'])} {r.choice(paths)} HTTP/1.1\" {r.choice([200, 200, 200, 302, 404, 500])} {r.randint(200, 90000)} \"")
        if ref:
            b.add(f"https://{host}/dashboard", "URL")
        else:
            b.add("-")
        b.add(f"\" \"{r.choice(uas)}\"\n")
    return b


def k_lead_form(r):
    b = Builder()
    p = person(r)
    brk = r.choice(BROKERAGES)
    d = rand_date(r)
    b.fmt("New lead from website form \"Schedule a tour\"\nSubmission ID: {{sid}}\nPage: {{u}}\n\n", sid=hn_uuid(r),
          u=URL(url(r, "www." + host_for(brk), f"/rentals/{r.choice(['downtown', 'riverside', 'north-end'])}-{r.randint(1, 4)}br")))
    b.fmt("Name: {{n}}\nEmail: {{e}}\nPhone: {{ph}}\nPreferred tour time: {{tt}}\nDesired move-in: {{mi}}\nBudget: {{b1}} - {{b2}}\n",
          n=P(name_var(r, p, ("full", "full", "lower", "upper"))), e=EM(email_for(r, p)), ph=PH(phone(r, "us")),
          tt=DT(fmt_dt(r, d, "us", 9, 18)), mi=DT(fmt_date(r, d + days(r.randint(10, 60)), "us")),
          b1=hn_amt(r, 1000, 1800).split(".")[0], b2=hn_amt(r, 1900, 3000).split(".")[0])
    b.fmt("Message: Hi! I'm relocating from {{w}} for work and need a pet-friendly place near downtown. My dog {{pet}} is about 40 lb. I land at {{iata}} on {{ld}} - is parking included?\n",
          w=LOC(r.choice(WORLD_PLACES)), pet=r.choice(PETS), iata=r.choice(["PDX", "AUS", "DEN", "SEA", "JFK", "ORD", "BOS"]),
          ld=DT(fmt_date(r, d - days(r.randint(1, 5)), "us")))
    b.fmt("IP: {{ip}}   User agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/{{v}}\nConsent to contact: yes\n", ip=IP(any_ip(r)), v=hn_ver(r))
    return b



CLINICS = L("Riverbend Family Medicine|Lakeside Behavioral Health|Northside Community Clinic|Cedar Valley Primary Care")
HEALTH_PLANS = L("Blue Horizon PPO|UnitedCare Choice Plus|Kaiser-style HMO Gold|Aetna-like Open Access|Medicaid Managed Care")


def k_accommodation_letter(r):
    b = Builder()
    pt, doc = person(r), person(r)
    clinic = r.choice(CLINICS)
    ca = addr_us(r, 0.5)
    d = rand_date(r)
    b.fmt("{{cl}}\n{{ca}}\nTel {{t}}  |  Fax {{f}}\n\n{{d}}\n\nTo: {{co}} - Leasing Office\n\n",
          cl=clinic, ca=ADDR(multi(ca)), t=PH(phone(r, "us", ca.region)), f=PH(phone(r, "us", ca.region)), d=DT(fmt_date(r, d, "us")), co=r.choice(PM_COMPANIES))
    b.fmt("RE: Reasonable accommodation request for {{p}} (DOB {{dob}}; MRN {{mrn}})\n\nTo whom it may concern,\n\n",
          p=P(full(pt)), dob=DOB(fmt_date(r, rand_dob(r), "us", styles=[2, 3])), mrn=E(mrn(r), "MEDICAL_RECORD_NUMBER"))
    b.fmt("I am the treating clinician of {{pf}} {{pl}}, who has been under my care since {{y}}. Because of a disability-related need, {{pf2}} requests permission to keep an emotional support animal (a cat named {{pet}}) and a transfer to a ground-floor unit. Current medication includes sertraline and propranolol; diagnosis codes are on file (F41.1).\n\n",
          pf=honor(r, pt), pl=P(pt.last), y=str(r.randint(2014, 2023)), pf2=P(pt.first), pet=r.choice(PETS))
    b.fmt("For verification with the insurer, the patient's coverage is {{hp}}, member ID {{mid}}, group {{grp}}.\n\nSincerely,\n\nDr. {{doc}}, MD\nNPI {{npi}}\n",
          hp=r.choice(HEALTH_PLANS), mid=E(health_member(r), "HEALTH_PLAN_NUMBER"), grp=f"GRP-{dg(r, 5)}", doc=P(full(doc)), npi="1" + dg(r, 9))
    return b


COMMUNITIES = L("Sunridge Senior Living|Maple Grove Assisted Living|Harbor Lights Retirement Community|Willowbrook Memory Care")


def k_senior_intake(r):
    b = Builder()
    res, doc, poa = person(r), person(r), person(r)
    comm = r.choice(COMMUNITIES)
    d = rand_date(r)
    dob = dt.date(r.randint(1930, 1955), r.randint(1, 12), r.randint(1, 28))
    b.fmt("RESIDENT INTAKE - {{c}}\nResident: {{n}}   Preferred name: {{pn}}\nDate of birth: {{dob}}   Move-in date: {{mi}}\nApartment: {{apt}} ({{wing}} wing)\n\n",
          c=comm, n=P(name_var(r, res, ("full", "lastfirst", "upper"))), pn=P(res.first), dob=DOB(fmt_date(r, dob, "us", styles=[0, 2])),
          mi=DT(fmt_date(r, d, "us")), apt=str(r.randint(101, 340)), wing=r.choice(["Memory Care", "Assisted Living", "Garden"]))
    b.fmt("Medicare (MBI): {{mbi}}   Supplemental plan: {{sp}}, member {{sm}}\nFacility MRN: {{mrn}}\n",
          mbi=E(mbi(r), "HEALTH_PLAN_NUMBER"), sp=r.choice(HEALTH_PLANS), sm=E(health_member(r, False), "HEALTH_PLAN_NUMBER"), mrn=E(mrn(r), "MEDICAL_RECORD_NUMBER"))
    b.fmt("Medications: donepezil 10 mg nightly, lisinopril 20 mg daily, vitamin D3.\nPrimary physician: Dr. {{doc}}, {{dp}}\n",
          doc=P(full(doc)), dp=PH(phone(r, "us")))
    b.fmt("Responsible party / POA: {{poa}} ({{rel}}), {{pp}}, {{pe}}\nBilling: monthly fee {{fee}}; private pay by bank draft from account {{acc}}.\n",
          poa=P(full(poa)), rel=r.choice(["daughter", "son", "nephew", "niece"]), pp=PH(phone(r, "us")), pe=EM(email_for(r, poa)),
          fee=hn_amt(r, 4200, 9800), acc=ACC(dg(r, r.choice([9, 10, 12]))))
    return b


def k_hl7_adt(r):
    b = Builder()
    p, doc = person(r), person(r)
    a = addr_us(r, 0.0)
    d = rand_date(r)
    ts = d.strftime("%Y%m%d") + f"{r.randint(6, 20):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    dob = dt.date(r.randint(1930, 1958), r.randint(1, 12), r.randint(1, 28)).strftime("%Y%m%d")
    fac = r.choice(["SUNRIDGE_AL", "MAPLEGROVE", "HARBORLIGHTS"])
    b.add(f"MSH|^~\\&|PCC|{fac}|HIS|REGION_HOSP|{ts}||ADT^A01|MSG{dg(r, 8)}|P|2.5.1\r\n".replace("\r", ""))
    b.add(f"EVN|A01|{ts}\n")
    mid = r.choice("ABCDEFGHJKLMNPRSTW")
    b.add("PID|1||").add(mrn(r), "MEDICAL_RECORD_NUMBER").add(f"^^^{fac}^MR||")
    b.add(f"{fold(p.last).upper()}^{fold(p.first).upper()}^{mid}", "PERSON").add("||").add(dob, "DATE_OF_BIRTH").add(f"|{'M' if p.gender == 'm' else 'F'}|||")
    b.add(f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.postal}^USA", "ADDRESS").add("||")
    ph = phone(r, "us", a.region)
    b.add(ph, "PHONE_NUMBER").add("|||").add(r.choice(["M", "W", "S"])).add("||").add(dg(r, 9), "ACCOUNT_NUMBER").add("|").add(ssn(r, "dash"), "US_SSN").add("\n")
    b.add(f"PV1|1|R|AL^{r.randint(101, 340)}^A|R|||{'1' + dg(r, 9)}^").add(f"{fold(doc.last).upper()}^{fold(doc.first).upper()}", "PERSON").add("|||||||||||||||||||||||||||||||||\n")
    b.add("IN1|1|MCR01|MEDICARE|CMS||||||||||||").add(f"{fold(p.last).upper()}^{fold(p.first).upper()}", "PERSON").add("|SEL|").add(dob, "DATE_OF_BIRTH")
    b.add("|||||||||||||||||").add(mbi(r).replace("-", ""), "HEALTH_PLAN_NUMBER").add("\n")
    return b


def k_fhir_resident(r):
    b = Builder()
    p = person(r)
    a = addr_us(r, 0.3)
    obj = {"resourceType": "Patient", "id": hn_uuid(r),
           "meta": {"lastUpdated": ts_iso(r).split(".")[0] + "Z", "versionId": str(r.randint(1, 9))},
           "identifier": [{"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.4711.1", "value": E(mrn(r), "MEDICAL_RECORD_NUMBER")},
                          {"type": {"text": "Medicare MBI"}, "system": "urn:oid:2.16.840.1.113883.4.927", "value": E(mbi(r).replace("-", ""), "HEALTH_PLAN_NUMBER")}],
           "name": [{"use": "official", "family": P(p.last), "given": [P(p.first)]}],
           "telecom": [{"system": "phone", "value": PH(phone(r, "us", a.region)), "use": "home"}, {"system": "email", "value": EM(email_for(r, p))}],
           "gender": "male" if p.gender == "m" else "female",
           "birthDate": DOB(dt.date(r.randint(1930, 1958), r.randint(1, 12), r.randint(1, 28)).isoformat()),
           "address": [{"use": "home", "line": [ADDR(a.street + (f" {a.unit}" if a.unit else ""))], "city": LOC(a.city), "state": LOC(a.region),
                        "postalCode": a.postal, "country": "US"}],
           "managingOrganization": {"display": r.choice(COMMUNITIES)}}
    emit_json(b, obj, indent=2)
    b.add("\n")
    return b



def k_property_tax_bill(r):
    b = Builder()
    o1, o2 = person(r), person(r)
    ma, sa = addr_us(r), addr_us(r, 0.0)
    y = r.randint(2024, 2026)
    i1 = dt.date(y, 11, 1)
    b.fmt("OFFICE OF THE TREASURER-TAX COLLECTOR\n{{y}}-{{y2}} SECURED PROPERTY TAX BILL\nParcel / APN: {{apn}}   Bill #: {{bill}}   Tax rate area {{tra}}\n\n",
          y=str(y), y2=str(y + 1), apn=hn_apn(r), bill=dg(r, 8), tra=f"{dg(r, 3)}-{dg(r, 3)}")
    b.fmt("Owner of record: {{o1}} & {{o2}}\nMailing address:\n{{ma}}\nProperty location: {{sa}}\n\n",
          o1=P(f"{o1.last.upper()}, {o1.first.upper()}"), o2=P(f"{o2.last.upper()}, {o2.first.upper()}"), ma=ADDR(multi(ma)), sa=ADDR(sa.one))
    land, imp = r.randint(80, 600) * 1000, r.randint(100, 900) * 1000
    b.add(f"Assessed value: land ${land:,}  improvements ${imp:,}  homeowner exemption -$7,000\n")
    b.fmt("1st installment {{a1}} due {{d1}}, delinquent after {{dl1}}\n2nd installment {{a2}} due {{d2}}\n\n",
          a1=hn_amt(r, 1500, 9000), d1=DT(fmt_date(r, i1, "us", styles=[0, 2])), dl1=DT(fmt_date(r, dt.date(y, 12, 10), "us", styles=[0, 2]) + " at 5:00 PM"),
          a2=hn_amt(r, 1500, 9000), d2=DT(fmt_date(r, dt.date(y + 1, 2, 1), "us", styles=[0, 2])))
    b.fmt("Pay online at {{u}} or by phone {{tf}}. E-check: no fee. Credit card: 2.25% fee.\n", u=URL(f"https://{r.choice(['tax', 'ttc', 'propertytax'])}.{r.choice(['countypay', 'govpay', 'paytaxes'])}.com/bill?apn={dg(r, 8)}"),
          tf=PH(phone(r, "tollfree")))
    return b


def k_sql_dump(r):
    b = Builder()
    b.fmt("-- MySQL dump 10.13  Distrib 8.0.{{v}}, for Linux (x86_64)\n--\n-- Host: {{ip}}    Database: rentwise_prod\n-- ------------------------------------------------------\n\n",
          v=str(r.randint(20, 40)), ip=IP(ip_private(r)))
    b.add("INSERT INTO `tenants` (`id`,`full_name`,`email`,`phone`,`ssn`,`dob`,`card_number`,`created_at`) VALUES\n")
    n = r.randint(2, 4)
    for i in range(n):
        p = person(r)
        b.add(f"({r.randint(1000, 9999)},'")
        b.add(full(p).replace("'", "''"), "PERSON").add("','").add(email_for(r, p), "EMAIL_ADDRESS").add("','").add(phone(r, "us"), "PHONE_NUMBER").add("','")
        if r.random() < 0.75:
            b.add(ssn(r, "dash"), "US_SSN")
        else:
            b.add(ssn_invalid(r))
        b.add("','").add(rand_dob(r).isoformat(), "DATE_OF_BIRTH").add("','")
        if r.random() < 0.7:
            b.add(card(r, "plain"), "CREDIT_CARD")
        else:
            b.add(card_invalid(r).replace(" ", ""))
        b.add(f"','{ts_plain(r)}')" + (",\n" if i < n - 1 else ";\n"))
    b.add(f"/*!40000 ALTER TABLE `tenants` ENABLE KEYS */;\n-- Dump completed, checksum {hn_sha(r, 32)}\n")
    return b


def k_curl_api(r):
    b = Builder()
    host = "api." + host_for(r.choice(BROKERAGES + PM_COMPANIES))
    p = person(r)
    a = addr_us(r)
    b.add("# reproduce the 500 from the listings sync (ticket " + hn_ticket(r) + ")\n")
    b.fmt("curl -X POST '{{u}}' \\\n  -H 'Authorization: Bearer {{j}}' \\\n  -H 'X-Api-Key: {{k}}' \\\n  -H 'Content-Type: application/json' \\\n",
          u=URL(f"https://{host}/v2/leads?dedupe=true"), j=E(jwt(r), "JWT"), k=SEC(generic_secret(r)))
    b.add("  -d '")
    emit_json(b, {"name": P(full(p)), "email": EM(email_for(r, p)), "phone": PH(phone(r, "us", a.region)),
                  "interest": r.choice(["2br", "studio", "townhome"]), "address_of_interest": ADDR(a.one)}, indent=0)
    b.add("'\n")
    b.add(f"# response: HTTP/2 500  x-request-id: {hn_uuid(r)}  server-timing: db;dur={r.randint(20, 900)}\n")
    return b



def k_parcel_log_noent(r):
    b = Builder()
    c = Clock(r)
    b.add(f"Package room log - locker bank PR-{r.randint(1, 6)} (firmware {hn_ver(r)})\n")
    for _ in range(r.randint(7, 12)):
        carrier = r.choice(["UPS", "FedEx", "USPS", "Amazon", "DHL"])
        trk = {"UPS": "1Z" + rs(r, 16, UPNUM), "FedEx": dg(r, 12), "USPS": "9400" + dg(r, 18), "Amazon": "TBA" + dg(r, 12), "DHL": dg(r, 10)}[carrier]
        b.add(f"{c.plain(30, 3000)}  {r.choice(['IN ', 'OUT'])}  unit {r.randint(1, 30)}{r.choice('ABCD')}  locker {r.randint(1, 80):02d}  {carrier:<6} {trk}\n")
    b.add(f"-- {r.randint(0, 9)} parcels older than 5 days; reminder batch {dg(r, 5)} queued\n")
    return b


# ---------------------------------------------------------------------------
# Document kinds - other languages
# ---------------------------------------------------------------------------

HV_DE = L("Hausverwaltung Brinkmann GmbH|Müller & Söhne Immobilien GmbH|Immobilienservice Nord GmbH|WEG-Verwaltung Sonnenhof|Rheinblick Hausverwaltung KG")


def k_de_mietvertrag(r):
    b = Builder()
    v, m = person(r, "de"), person(r, "de")
    va, ma, obj = addr_de(r), addr_de(r), addr_de(r)
    d = rand_date(r)
    start = (d + days(r.randint(10, 50))).replace(day=1)
    kalt = r.randint(55, 190) * 10
    b.add("MIETVERTRAG ÜBER WOHNRAUM (Auszug)\n\nZwischen\n")
    b.fmt("{{h}} {{v}}\n{{va}}\n- nachfolgend „Vermieter“ genannt -\n\nund\n\n", h=honor(r, v), v=P(full(v)), va=ADDR(multi(va)))
    b.fmt("{{h}} {{m}}, geboren am {{dob}}, derzeit wohnhaft {{ma}}\n- nachfolgend „Mieter“ genannt -\n\n",
          h=honor(r, m), m=P(full(m)), dob=DOB(fmt_date(r, rand_dob(r), "de", styles=[0, 1])), ma=ADDR(ma.one))
    b.fmt("§ 1 Mietsache\nVermietet wird die Wohnung im {{og}}. OG {{lr}}, {{obj}}, bestehend aus {{z}} Zimmern, Küche, Bad; Wohnfläche ca. {{qm}} m².\n\n",
          og=str(r.randint(1, 5)), lr=r.choice(["links", "rechts", "Mitte"]), obj=ADDR(obj.one), z=str(r.randint(1, 5)), qm=str(r.randint(32, 140)))
    b.fmt("§ 2 Mietzeit\nDas Mietverhältnis beginnt am {{s}} und läuft auf unbestimmte Zeit.\n\n", s=DT(fmt_date(r, start, "de")))
    b.fmt("§ 3 Miete\nDie Grundmiete beträgt {{k}},00 EUR, die Vorauszahlung auf die Betriebskosten {{bk}},00 EUR. Die Miete ist bis zum 3. Werktag eines Monats auf das Konto IBAN {{ib}} (BIC {{bic}}) zu zahlen.\n\n",
          k=f"{kalt:,}".replace(",", "."), bk=str(r.randint(9, 35) * 10), ib=E(iban(r, "DE"), "IBAN_CODE"), bic=r.choice(["COBADEFFXXX", "DEUTDEFFXXX", "BYLADEM1001", "GENODEF1M04"]))
    b.fmt("§ 4 Kaution\nDie Kaution beträgt drei Nettokaltmieten ({{kt}},00 EUR).\n\n{{ort}}, den {{d}}\n", kt=f"{kalt * 3:,}".replace(",", "."),
          ort=LOC(va.city), d=DT(fmt_date(r, d, "de", styles=[0, 2])))
    return b


def k_de_nebenkosten(r):
    b = Builder()
    hv = r.choice(HV_DE)
    ha, ma = addr_de(r), addr_de(r)
    m, sb = person(r, "de"), person(r, "de")
    y = r.randint(2023, 2025)
    b.fmt("{{hv}} · {{ha}}\n\n{{h}} {{m}}\n{{ma}}\n\n", hv=hv, ha=ADDR(ha.one), h=honor(r, m), m=P(full(m)), ma=ADDR(multi(ma)))
    b.fmt("Betriebskostenabrechnung {{y}}\nAbrechnungszeitraum: {{s}} bis {{e}}\nMieter-Nr.: {{acc}}   Objekt-Nr.: {{obj}}\n\n",
          y=str(y), s=DT(f"01.01.{y}"), e=DT(f"31.12.{y}"), acc=ACC(f"{dg(r, 3)}.{dg(r, 4)}" if r.random() < 0.5 else dg(r, 8)), obj=f"HV-{dg(r, 4)}")
    total = 0.0
    for pos in r.sample(["Grundsteuer", "Wasser/Abwasser", "Müllabfuhr", "Hauswart", "Gebäudeversicherung", "Treppenhausreinigung", "Allgemeinstrom", "Heizkosten lt. Ista-Abrechnung"], r.randint(4, 6)):
        v = r.uniform(40, 900)
        total += v
        b.add(f"  {pos:<32} {hn_eur(r, v, v + 0.001)} €\n")
    vz = total + r.uniform(-250, 250)
    diff = total - vz
    b.add(f"\n  Summe Ihrer Kosten               {hn_eur(r, total, total + 0.001)} €\n  Ihre Vorauszahlungen             {hn_eur(r, vz, vz + 0.001)} €\n")
    if diff > 0:
        b.fmt("  Nachzahlung                      {{d}} €\n\nBitte überweisen Sie den Betrag bis zum {{f}} auf das Konto IBAN {{ib}}.\n",
              d=hn_eur(r, diff, diff + 0.001), f=DT(fmt_date(r, rand_date(r, y + 1, y + 1), "de")), ib=E(iban(r, "DE"), "IBAN_CODE"))
    else:
        b.fmt("  Guthaben                         {{d}} €\n\nDas Guthaben wird mit der Miete für {{mo}} verrechnet.\n", d=hn_eur(r, -diff, -diff + 0.001),
              mo=MONTHS["de"][r.randint(0, 11)])
    b.fmt("Rückfragen: {{sb}}, Tel. {{ph}}, {{e}}\n", sb=P(full(sb)), ph=PH(phone(r, "de")), e=EM(email_for(r, sb, host_for(hv).replace(".com", ".de"))))
    return b


def k_de_email(r):
    b = Builder()
    sb, m = person(r, "de"), person(r, "de")
    hv = r.choice(HV_DE)
    ha = addr_de(r)
    d = rand_date(r)
    dom = host_for(hv).replace(".com", ".de")
    wd = WEEKDAYS["de"][(d - days(9)).weekday()][:2]
    b.fmt("Von: {{sb}} <{{se}}>\nAn: {{me}}\nDatum: {{hd}}\nBetreff: Termin Rauchmelderwartung und Ablesung der Heizkostenverteiler\n\n",
          sb=P(full(sb)), se=EM(email_for(r, sb, dom)), me=EM(email_for(r, m)),
          hd=f"{wd}., {(d - days(9)).strftime('%d.%m.%Y')} {r.randint(7, 18):02d}:{r.randint(0, 59):02d}")
    b.fmt("Sehr geehrte{{e}} {{h}} {{ln}},\n\n", e="r" if m.gender == "m" else "", h=honor(r, m), ln=P(m.last))
    b.fmt("am {{dt}} kommt ein Techniker der Firma Thermo-Ablesedienst, um die Rauchmelder zu prüfen und die Heizkostenverteiler abzulesen. Bitte sorgen Sie dafür, dass alle Räume zugänglich sind.\n\n",
          dt=DT(fmt_dt(r, d, "de", 8, 15)))
    b.fmt("Falls Sie den Termin nicht wahrnehmen können, melden Sie sich bitte bis zum {{f}} unter {{ph}}. Eine Vollmacht für Nachbarn (z. B. Familie {{nb}}) ist möglich.\n\n",
          f=DT(fmt_date(r, d - days(3), "de")), ph=PH(phone(r, "de")), nb=P(r.choice(NAMES["de"][2])))
    b.fmt("Mit freundlichen Grüßen\n{{sb}}\n{{hv}} · {{ha}} · Tel. {{tp}}\n", sb=P(full(sb)), hv=hv, ha=ADDR(ha.one), tp=PH(phone(r, "de")))
    return b


def k_de_heizung_noent(r):
    b = Builder()
    c = Clock(r)
    b.add(f"Wartungsprotokoll Heizungsanlage - Objekt-Nr. HV-{dg(r, 4)} - Auftrag AU-{r.randint(2024, 2026)}-{dg(r, 4)}\n")
    b.add(f"Kessel: Gas-Brennwert {r.choice([19, 26, 35, 49])} kW, Baujahr {r.randint(2005, 2020)}, Serien-Nr. {dg(r, 7)}{dg(r, 7)}, Regler-SW {hn_ver(r)}\n\n")
    b.add(f"Messwerte: Abgasverlust {hn_eur(r, 3, 8)} %, CO {r.randint(5, 80)} ppm, O2 {hn_eur(r, 3, 7)} %, Vorlauf {r.randint(45, 75)} °C, Anlagendruck {hn_eur(r, 1, 2.5)} bar\n\n")
    b.add("Ereignisspeicher:\n")
    for _ in range(r.randint(5, 9)):
        b.add(f"{c.plain(60, 9000)}  {r.choice(['Brennerstart', 'Brenner aus', 'Störung F.28 (keine Flamme)', 'Entstörung', 'Warmwasser-Vorrang', 'Frostschutz aktiv', 'Pumpe Nachlauf'])}\n")
    b.add(f"\nErgebnis: Anlage in Ordnung. Dichtungen Brennerkammer erneuert (Art.-Nr. {dg(r, 7)}). Nächste Wartung in 12 Monaten.\n")
    return b


AGENCES_FR = L("Agence Foncia-Style Lyon Centre|Century Immo Bordeaux|Cabinet Lefort Gestion|Orpi-style Nantes Sud|Square Habitat Conseil")


def k_fr_quittance(r):
    b = Builder()
    bail, loc_ = person(r, "fr"), person(r, "fr")
    a = addr_fr(r)
    d = rand_date(r)
    s = d.replace(day=1)
    e = (s + days(32)).replace(day=1) - days(1)
    loyer = r.randint(45, 140) * 10
    ch = r.randint(3, 15) * 10
    b.add("QUITTANCE DE LOYER\n\n")
    b.fmt("Je soussigné(e) {{h}} {{bl}}, propriétaire du logement situé {{a}}, déclare avoir reçu de {{h2}} {{ll}} la somme de {{tot}},00 € au titre du loyer et des charges pour la période du {{s}} au {{e}}.\n\n",
          h=honor(r, bail), bl=P(name_var(r, bail, ("full", "full", "upper"))), a=ADDR(a.one), h2=honor(r, loc_), ll=P(full(loc_)),
          tot=str(loyer + ch), s=DT(fmt_date(r, s, "fr")), e=DT(fmt_date(r, e, "fr")))
    b.add(f"Détail : loyer hors charges {loyer},00 € ; provision pour charges {ch},00 €.\n\n")
    b.fmt("Paiement reçu le {{p}} par virement sur le compte IBAN {{ib}} (BIC {{bic}}).\n\nFait à {{v}}, le {{d}}\n\nSignature : {{sig}}\nContact : {{ph}} - {{em}}\n",
          p=DT(fmt_date(r, s + days(r.randint(1, 6)), "fr")), ib=E(iban(r, "FR"), "IBAN_CODE"), bic=r.choice(["BNPAFRPPXXX", "CCBPFRPPLYO", "AGRIFRPP882", "SOGEFRPP"]),
          v=LOC(a.city), d=DT(fmt_date(r, e, "fr")), sig=P(full(bail)), ph=PH(phone(r, "fr")), em=EM(email_for(r, bail)))
    return b


def k_fr_etat_des_lieux(r):
    b = Builder()
    bail, ag, l1 = person(r, "fr"), person(r, "fr"), person(r, "fr")
    l2 = person(r, "fr") if r.random() < 0.5 else None
    a = addr_fr(r)
    d = rand_date(r)
    b.fmt("ÉTAT DES LIEUX D'ENTRÉE\nDate : {{d}}\nLogement : {{a}} - {{et}}e étage, porte {{p}}\n",
          d=DT(fmt_dt(r, d, "fr", 9, 18)), a=ADDR(a.one), et=str(r.randint(2, 7)), p=r.choice(["gauche", "droite", "face"]))
    b.fmt("Bailleur : {{b}}, représenté(e) par {{agc}} ({{ag}}, tél. {{ph}})\nLocataire(s) : {{l1}}", b=P(full(bail)), agc=r.choice(AGENCES_FR),
          ag=P(full(ag)), ph=PH(phone(r, "fr")), l1=P(name_var(r, l1, ("full", "upper", "lastfirst"))))
    if l2:
        b.fmt(", {{l2}}", l2=P(full(l2)))
    b.add("\n\nPièce          | État      | Observations\n---------------+-----------+-------------------------------\n")
    for piece in r.sample(["Entrée", "Séjour", "Cuisine", "Chambre 1", "Chambre 2", "Salle de bains", "WC", "Balcon"], r.randint(4, 6)):
        b.add(f"{piece:<14} | {r.choice(['Bon', 'Bon', 'Très bon', 'Usagé', 'Neuf']):<9} | {r.choice(['RAS', 'trace au mur', 'joint silicone noirci', 'parquet rayé', 'peinture refaite', 'prise descellée'])}\n")
    b.add(f"\nRelevés : électricité index {dg(r, 5)} (PDL {dg(r, 14)}) ; eau froide {r.randint(100, 999)} m³.\n")
    b.add(f"Clés remises : {r.randint(2, 4)} clés, {r.randint(1, 2)} badge(s) Vigik, 1 bip parking.\n")
    return b


def k_fr_syndic_json(r):
    b = Builder()
    p = person(r, "fr")
    a = addr_fr(r)
    d = rand_date(r)
    h, m = rand_hm(r, 17, 19)
    obj = {"copropriete": r.choice(["Résidence Les Tilleuls", "Le Clos des Vignes", "Résidence du Parc", "Les Terrasses de Bellecour"]),
           "lot": f"{r.randint(1, 120):03d}", "tantiemes": r.randint(40, 420),
           "coproprietaire": {"civilite": honor(r, p), "nom": P(p.last.upper()), "prenom": P(p.first), "email": EM(email_for(r, p)),
                              "telephone": PH(phone(r, "fr")), "adresse": {"voie": ADDR(a.street), "code_postal": a.postal, "ville": LOC(a.city)}},
           "appel_de_fonds": {"trimestre": f"T{r.randint(1, 4)}", "montant": round(r.uniform(150, 1400), 2), "date_echeance": DT(d.isoformat()),
                              "iban_syndic": E(iban(r, "FR", grouped=False), "IBAN_CODE")},
           "assemblee_generale": {"date": DT(f"{(d + days(40)).isoformat()} {h:02d}:{m:02d}"), "lieu": "Salle polyvalente, rez-de-chaussée"},
           "version_api": hn_ver(r)}
    emit_json(b, obj, indent=2)
    b.add("\n")
    return b


def k_fr_releve_noent(r):
    b = Builder()
    b.add(f"RELEVÉ DES COMPTEURS D'EAU - Bâtiment {r.choice('ABCD')} - campagne T{r.randint(1, 4)}\n")
    b.add("Lot | N° compteur   | Index précédent | Index actuel | Conso (m³) | Statut\n----+---------------+-----------------+--------------+------------+--------\n")
    for _ in range(r.randint(6, 11)):
        prev = r.randint(100, 900)
        cur = prev + r.randint(0, 60)
        b.add(f"{r.randint(1, 120):03d} | {rs(r, 2, 'ABCDEFGHJK')}{dg(r, 9)} | {prev:>15} | {cur:>12} | {cur - prev:>10} | {r.choice(['OK', 'OK', 'OK', 'estimé', 'fuite ?'])}\n")
    b.add(f"\nAnomalies : {r.randint(0, 3)} compteur(s) inaccessible(s). Export TéléRelève {hn_ver(r)}, lot de transmission {dg(r, 6)}.\n")
    return b


def k_es_contrato(r):
    b = Builder()
    arr, inq = person(r, "es"), person(r, "es")
    aa, va = addr_es(r), addr_es(r)
    d = rand_date(r)
    b.add("CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\n")
    b.fmt("En {{c}}, a {{d}}.\n\nREUNIDOS\n\n", c=LOC(va.city), d=DT(fmt_date(r, d, "es", styles=[1])))
    b.fmt("De una parte, {{h}} {{a}}, mayor de edad, con domicilio en {{aa}}, en adelante el ARRENDADOR.\n", h=honor(r, arr), a=P(full(arr)), aa=ADDR(aa.one))
    b.fmt("De otra parte, {{h}} {{i}}, nacid{{o}} el {{dob}}, con teléfono {{ph}} y correo electrónico {{e}}, en adelante la parte ARRENDATARIA.\n\nCLÁUSULAS\n\n",
          h=honor(r, inq), i=P(full(inq)), o="o" if inq.gender == "m" else "a", dob=DOB(fmt_date(r, rand_dob(r), "es", styles=[0, 1])),
          ph=PH(phone(r, "es")), e=EM(email_for(r, inq)))
    b.fmt("PRIMERA.- Objeto. La vivienda sita en {{va}}, con referencia catastral {{rc}}.\n", va=ADDR(va.one), rc=f"{dg(r, 7)}{rs(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{dg(r, 4)}{rs(r, 1, 'NSEO')}{dg(r, 4)}{rs(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}")
    b.fmt("SEGUNDA.- Duración. Un año a contar desde el {{s}}, prorrogable por plazos anuales hasta cinco años.\n", s=DT(fmt_date(r, d + days(r.randint(5, 30)), "es")))
    renta = r.randint(55, 180) * 10
    b.fmt("TERCERA.- Renta. {{re}} € mensuales, pagaderos dentro de los siete primeros días de cada mes mediante transferencia a la cuenta {{ib}}.\n",
          re=f"{renta:,}".replace(",", "."), ib=E(iban(r, "ES"), "IBAN_CODE"))
    rtxt = f"{renta:,}".replace(",", ".")
    b.add(f"CUARTA.- Fianza. Una mensualidad ({rtxt} €), depositada en el organismo autonómico competente.\n")
    return b


def k_es_whatsapp(r):
    b = Builder()
    inq, cas = person(r, "es"), person(r, "es")
    a = addr_es(r)
    d = rand_date(r)
    c = Clock(r, d)
    def pre():
        t = c.tick(30, 1500)
        return f"[{t.day}/{t.month}/{str(t.year)[2:]}, {t.hour}:{t.minute:02d}:{t.second:02d}] "
    ni, nc = f"{inq.first} {inq.last.split()[0]}", f"{cas.first} {cas.last.split()[0]}"
    b.fmt("{{p}}{{ni}}: Hola {{cf}}, buenos días. Se ha vuelto a romper la caldera del piso de {{a}} 😩\n", p=pre(), ni=P(ni), cf=P(cas.first), a=ADDR(a.street))
    b.fmt("{{p}}{{nc}}: Buenos días {{if_}}. Mañana a las {{h}} viene el técnico, ¿te viene bien?\n", p=pre(), nc=P(nc), if_=P(inq.first),
          h=DT(f"{r.randint(9, 13)}:{r.choice(['00', '30'])}"))
    b.fmt("{{p}}{{ni}}: Perfecto. Si no contesto llama a mi otro número {{ph}}\n", p=pre(), ni=P(ni), ph=PH(phone(r, "es")))
    b.fmt("{{p}}{{nc}}: Vale. Y el recibo de {{mes}} te lo mando a {{e}}\n", p=pre(), nc=P(nc), mes=MONTHS["es"][d.month - 1], e=EM(email_for(r, inq)))
    b.fmt("{{p}}{{ni}}: Gracias. Te confirmo la cuenta para devolver la fianza: {{ib}}\n", p=pre(), ni=P(ni), ib=E(iban(r, "ES"), "IBAN_CODE"))
    b.fmt("{{p}}{{nc}}: Anotado 👍 La entrega de llaves queda para el {{fd}}\n", p=pre(), nc=P(nc), fd=DT(fmt_dt(r, d + days(r.randint(10, 40)), "es", 9, 19)))
    return b


def k_it_verbale(r):
    b = Builder()
    amm = person(r, "it")
    cond = [person(r, "it") for _ in range(4)]
    a, sa = addr_it(r), addr_it(r)
    d = rand_date(r)
    b.fmt("VERBALE DI ASSEMBLEA ORDINARIA\nCondominio \"{{n}}\" - {{a}}\n\n", n=r.choice(["Parco dei Tigli", "Residenza Aurora", "Villa Serena", "Le Magnolie"]), a=ADDR(a.one))
    b.fmt("Il giorno {{d}}, presso lo studio dell'amministratore {{h}} {{amm}}, {{sa}}, si è riunita in seconda convocazione l'assemblea dei condomini.\n\n",
          d=DT(fmt_dt(r, d, "it", 17, 19)), h=honor(r, amm), amm=P(full(amm)), sa=ADDR(sa.one))
    b.fmt("Presenti: {{h0}} {{c0}} (millesimi {{m0}}), {{h1}} {{c1}} (millesimi {{m1}}), {{h2}} {{c2}} (per delega a {{c3}}).\nPresiede {{c0s}}, segretario {{amms}}.\n\n",
          h0=honor(r, cond[0]), c0=P(full(cond[0])), m0=str(r.randint(40, 160)), h1=honor(r, cond[1]), c1=P(full(cond[1])), m1=str(r.randint(40, 160)),
          h2=honor(r, cond[2]), c2=P(full(cond[2])), c3=P(full(cond[3])), c0s=P(cond[0].last), amms=P(amm.last))
    b.fmt("1. Rendiconto {{y}}: approvato all'unanimità, spesa complessiva € {{sp}}.\n2. Rifacimento facciata: approvato il preventivo di Edilizia Rossi & Figli S.r.l. per € {{pv}}, inizio lavori previsto il {{il}}.\n",
          y=str(d.year - 1), sp=hn_eur(r, 12000, 60000), pv=hn_eur(r, 40000, 180000), il=DT(fmt_date(r, d + days(r.randint(30, 120)), "it")))
    b.fmt("3. Varie: la rata straordinaria va versata sull'IBAN condominiale {{ib}}.\n\nLa riunione si chiude alle ore {{t}}.\nPer informazioni: {{ph}} - {{e}}\n",
          ib=E(iban(r, "IT"), "IBAN_CODE"), t=DT(f"{r.randint(19, 21)}:{r.choice(['00', '15', '30', '45'])}"), ph=PH(phone(r, "it")),
          e=EM(email_for(r, amm, r.choice(["studio-amministrazioni.it", "pec-condomini.it", "libero.it"]))))
    return b


def k_it_disdetta(r):
    b = Builder()
    p, ll = person(r, "it"), person(r, "it")
    la, imm = addr_it(r), addr_it(r)
    d = rand_date(r)
    birth = r.choice(IT_CITIES)[1]
    b.fmt("Raccomandata A/R\n\n{{eg}} {{h}} {{ll}}\n{{la}}\n\n{{c}}, {{d}}\n\n", eg="Egregio" if ll.gender == "m" else "Gentile", h=honor(r, ll), ll=P(full(ll)), la=ADDR(multi(la)), c=LOC(imm.city), d=DT(fmt_date(r, d, "it")))
    b.fmt("Oggetto: disdetta del contratto di locazione - immobile in {{imm}}\n\n", imm=ADDR(imm.one))
    b.fmt("Il/La sottoscritto/a {{p}}, nato/a a {{bc}} il {{dob}}, conduttore dell'immobile in oggetto, comunica con la presente la propria volontà di recedere dal contratto di locazione con decorrenza {{dec}}, nel rispetto del preavviso di sei mesi.\n\n",
          p=P(full(p)), bc=LOC(birth), dob=DOB(fmt_date(r, rand_dob(r), "it", styles=[0, 1])), dec=DT(fmt_date(r, d + days(182), "it")))
    b.fmt("Chiede inoltre la restituzione del deposito cauzionale di € {{dep}} sul conto IBAN {{ib}}, intestato al/alla sottoscritto/a.\n\nRecapiti: cell. {{ph}}, e-mail {{e}}.\n\nDistinti saluti\n{{p2}}\n",
          dep=hn_eur(r, 800, 3000), ib=E(iban(r, "IT"), "IBAN_CODE"), ph=PH(phone(r, "it")), e=EM(email_for(r, p)), p2=P(full(p)))
    return b


def k_pt_contrato(r):
    b = Builder()
    s, a_ = person(r, "pt"), person(r, "pt")
    sa, fa = addr_pt(r), addr_pt(r)
    d = rand_date(r)
    ini = (d + days(r.randint(10, 40))).replace(day=1)
    b.add("CONTRATO DE ARRENDAMENTO PARA HABITAÇÃO (prazo certo)\n\n")
    b.fmt("Primeiro outorgante (senhorio): {{s}}, residente em {{sa}}, telemóvel {{ph}}.\n", s=P(full(s)), sa=ADDR(sa.one), ph=PH(phone(r, "pt")))
    b.fmt("Segundo outorgante (arrendatário): {{a}}, nascid{{o}} em {{dob}}, e-mail {{e}}.\n\n", a=P(full(a_)), o="o" if a_.gender == "m" else "a",
          dob=DOB(fmt_date(r, rand_dob(r), "pt", styles=[0, 1])), e=EM(email_for(r, a_)))
    b.fmt("Cláusula 1.ª - O senhorio dá de arrendamento a fração autónoma designada pela letra \"{{fr}}\" do prédio sito em {{fa}}, inscrito na matriz predial urbana sob o artigo {{art}}.\n",
          fr=r.choice("ABCDEFG"), fa=ADDR(fa.one), art=str(r.randint(100, 9999)))
    b.fmt("Cláusula 2.ª - O contrato tem início em {{i}} e termo em {{t}}, renovando-se automaticamente.\n", i=DT(fmt_date(r, ini, "pt")),
          t=DT(fmt_date(r, ini + days(365 * r.randint(1, 3) - 1), "pt")))
    renda = r.randint(55, 180) * 10
    b.fmt("Cláusula 3.ª - A renda mensal é de {{rd}},00 € e é paga por transferência para o IBAN {{ib}} até ao dia 8 de cada mês.\n\n{{c}}, {{d}}\n",
          rd=f"{renda:,}".replace(",", "."), ib=E(iban(r, "PT"), "IBAN_CODE"), c=LOC(fa.city), d=DT(fmt_date(r, d, "pt")))
    return b


def k_br_aviso(r):
    b = Builder()
    sind = person(r, "br")
    a = addr_br(r)
    d = rand_date(r)
    venc = rand_date(r)
    b.fmt("CONDOMÍNIO EDIFÍCIO {{n}}\nAVISO AOS MORADORES\n\nPrezados condôminos,\n\n", n=r.choice(["SOLAR DAS PALMEIRAS", "MIRANTE DO VALE", "RESIDENCIAL JATOBÁ", "PORTO BELO"]))
    b.fmt("Informamos que no dia {{d}}, das {{h1}} às {{h2}}, haverá interrupção no fornecimento de água para limpeza e desinfecção da caixa d'água. Recomendamos armazenar água com antecedência.\n\n",
          d=DT(fmt_date(r, d, "br", styles=[0, 1])), h1=DT(f"{r.randint(7, 9)}h"), h2=DT(f"{r.randint(15, 18)}h"))
    b.fmt("Lembramos que o boleto da taxa condominial vence em {{v}} (valor R$ {{val}}). Linha digitável: {{ld}}\n\n",
          v=DT(fmt_date(r, venc, "br", styles=[0])), val=hn_eur(r, 380, 1900),
          ld=f"{dg(r, 5)}.{dg(r, 5)} {dg(r, 5)}.{dg(r, 6)} {dg(r, 5)}.{dg(r, 6)} {dg(r, 1)} {dg(r, 14)}")
    b.fmt("Dúvidas: síndic{{o}} {{s}} (apto {{ap}}), WhatsApp {{ph}}, e-mail {{e}}.\nAdministradora: {{adm}} - {{aa}}\n\nA Administração\n",
          o="o" if sind.gender == "m" else "a", s=P(full(sind)), ap=str(r.randint(11, 1804)), ph=PH(phone(r, "br")), e=EM(email_for(r, sind)),
          adm=r.choice(["Lello-style Condomínios", "Administradora Habitacional Ltda.", "Graiche Gestão Predial"]), aa=ADDR(a.one))
    return b


def k_nl_email(r):
    b = Builder()
    mk, hu = person(r, "nl"), person(r, "nl")
    a = addr_nl(r)
    d = rand_date(r)
    co = r.choice(["Vastgoedbeheer Van der Meulen B.V.", "Rotsvast-achtig Verhuur", "Woonstede Beheer", "Kuipers Vastgoed"])
    dom = host_for(co).replace(".com", ".nl")
    oud = r.uniform(900, 1900)
    b.fmt("Van: {{mk}} <{{me}}>\nAan: {{he}}\nOnderwerp: Huuraanpassing per {{sj}} en onderhoud cv-ketel\n\nBeste {{hf}},\n\n", sj=DT("1 juli"),
          mk=P(full(mk)), me=EM(email_for(r, mk, dom)), he=EM(email_for(r, hu)), hf=P(hu.first))
    b.fmt("Per {{pd}} wordt de kale huur van je woning aan de {{a}} verhoogd van € {{o}} naar € {{n}} ({{pct}}%), conform artikel 4 van de huurovereenkomst.\n\n",
          pd=DT(fmt_date(r, dt.date(d.year, 7, 1), "nl", styles=[1])), a=ADDR(a.one), o=hn_eur(r, oud, oud + 0.001), n=hn_eur(r, oud * 1.05, oud * 1.05 + 0.001), pct="5,0")
    b.fmt("Daarnaast komt op {{od}} een monteur van {{inst}} de cv-ketel onderhouden. Lukt dat niet, bel dan {{ph}}.\n\n",
          od=DT(fmt_dt(r, d, "nl", 8, 16)), inst=r.choice(["Installatiebedrijf De Boer", "Feenstra-achtig Service", "Klimaattechniek Bos"]), ph=PH(phone(r, "nl")))
    b.fmt("De huur graag overmaken op {{ib}} t.n.v. {{co}} o.v.v. huurdernummer {{acc}}.\n\nMet vriendelijke groet,\n{{mk}}\nVerhuurmakelaar - {{tp}}\n",
          ib=E(iban(r, "NL"), "IBAN_CODE"), co=co, acc=ACC(dg(r, 7)), mk=P(full(mk)), tp=PH(phone(r, "nl")))
    return b


def k_pl_umowa(r):
    b = Builder()
    w, n = person(r, "pl"), person(r, "pl")
    wa, la = addr_pl(r), addr_pl(r)
    d = rand_date(r)
    b.fmt("UMOWA NAJMU LOKALU MIESZKALNEGO\nMiejscowość: {{m}}   Data zawarcia: {{d}}\n\n", m=LOC(la.city), d=DT(fmt_date(r, d, "pl")))
    b.fmt("Wynajmujący: {{w}}, zam. {{wa}}, tel. {{ph}}\nNajemca: {{n}}, e-mail {{e}}, data urodzenia: {{dob}}\n\n", w=P(full(w)), wa=ADDR(wa.one),
          ph=PH(phone(r, "pl")), n=P(name_var(r, n, ("full", "full", "upper"))), e=EM(email_for(r, n)), dob=DOB(fmt_date(r, rand_dob(r), "pl")))
    b.fmt("§1. Wynajmujący oświadcza, że jest właścicielem lokalu mieszkalnego położonego pod adresem {{la}}, o powierzchni {{qm}} m².\n",
          la=ADDR(la.one), qm=str(r.randint(25, 95)))
    b.fmt("§2. Umowa zostaje zawarta na czas określony od {{s}} do {{e}}.\n", s=DT(fmt_date(r, d + days(7), "pl")), e=DT(fmt_date(r, d + days(372), "pl")))
    cz = r.randint(18, 65) * 100
    b.fmt("§3. Czynsz najmu wynosi {{cz}} zł miesięcznie i jest płatny do 10. dnia każdego miesiąca na rachunek bankowy nr {{ib}}.\n§4. Kaucja zabezpieczająca: {{k}} zł.\n",
          cz=f"{cz:,}".replace(",", " "), ib=E(iban(r, "PL"), "IBAN_CODE"), k=f"{cz * 2:,}".replace(",", " "))
    return b


def k_sv_hyresavi(r):
    b = Builder()
    h = person(r, "sv")
    co = r.choice(["Bostads AB Lindhagen", "Fastighets AB Norrsken", "HSB-liknande Brf Solgläntan", "Wallenstam-lik Förvaltning AB"])
    ca, la = addr_sv(r), addr_sv(r)
    d = rand_date(r)
    b.fmt("HYRESAVI nr {{m}}-{{y}}\nHyresvärd: {{co}}, {{ca}}\n\nHyresgäst: {{h}}\nLägenhet: {{la}}\nKundnummer: {{acc}}\n\n",
          m=dg(r, 4), y=dg(r, 2), co=co, ca=ADDR(ca.one), h=P(name_var(r, h, ("full", "upper", "lastfirst"))), la=ADDR(la.one), acc=ACC(dg(r, 8)))
    hyra = r.randint(55, 140) * 100
    b.add(f"Hyra bostad          {hyra:,} kr\nParkering P{r.randint(1, 90)}        {r.randint(3, 9)}00 kr\n".replace(",", " "))
    b.fmt("Att betala           {{t}} kr\nFörfallodag: {{ff}}\n\nBetala till bankgiro {{bg}} och ange OCR-nummer {{ocr}}.\n",
          t=f"{hyra + r.randint(3, 9) * 100:,}".replace(",", " "), ff=DT(fmt_date(r, d, "sv", styles=[0, 1])), bg=f"{dg(r, 4)}-{dg(r, 4)}", ocr=dg(r, 10))
    b.fmt("Frågor? Ring kundservice {{ph}} eller mejla {{e}}. Felanmälan dygnet runt: {{fp}}.\n", ph=PH(phone(r, "sv")),
          e=EM(f"kundservice@{host_for(co).replace('.com', '.se')}"), fp=PH(phone(r, "sv")))
    return b


def k_tr_kira(r):
    b = Builder()
    kv, kr = person(r, "tr"), person(r, "tr")
    a = addr_tr(r)
    d = rand_date(r)
    kira = r.randint(12, 60) * 1000
    b.add("KİRA SÖZLEŞMESİ\n\n")
    b.fmt("Kiraya veren: {{kv}}\nKiracı: {{kr}}   Doğum tarihi: {{dob}}\nKiralanan adres: {{a}}\n", kv=P(name_var(r, kv, ("full", "upper"))), kr=P(full(kr)),
          dob=DOB(fmt_date(r, rand_dob(r), "tr", styles=[0, 1])), a=ADDR(a.one))
    b.fmt("Kira başlangıç tarihi: {{s}}   Süre: 1 yıl\nAylık kira bedeli: {{k}} TL   Depozito: {{dp}} TL\n", s=DT(fmt_date(r, d, "tr")),
          k=f"{kira:,}".replace(",", "."), dp=f"{kira * 2:,}".replace(",", "."))
    b.fmt("Ödeme: Her ayın 5'ine kadar {{bank}} IBAN {{ib}} hesabına yapılır.\nKiracı telefon: {{ph}}   E-posta: {{e}}\n",
          bank=r.choice(["Ziraat Bankası", "Garanti BBVA", "İş Bankası", "Akbank"]), ib=E(iban(r, "TR"), "IBAN_CODE"), ph=PH(phone(r, "tr")), e=EM(email_for(r, kr)))
    b.fmt("Özel şartlar: Evcil hayvan beslenemez. Aidat ({{ai}} TL) kiracıya aittir.\nYönetici: {{y}} Bey, {{yp}}\n\nİmza tarihi: {{it}}   Yer: {{c}}\n",
          ai=str(r.randint(5, 30) * 100), y=P(r.choice(NAMES["tr"][0])), yp=PH(phone(r, "tr")),
          it=DT(fmt_date(r, d - days(r.randint(2, 10)), "tr")), c=LOC(a.region))
    return b


def k_ja_chintai(r):
    b = Builder()
    t, st = person(r, "ja"), person(r, "ja")
    a = addr_ja(r)
    co = r.choice(["Sakura Fudosan Kanri", "Aoba Jutaku Service", "Minato Chintai Center", "Kansai Property Kanri"])
    d = dt.date(r.randint(2025, 2026), r.choice([3, 4, 9, 10]), 1)
    b.fmt("{{co}} kara no oshirase\n\n{{tn}}-sama\n\n", co=co, tn=P(f"{t.last} {t.first}"))
    b.fmt("Itsumo osewa ni natte orimasu. {{co}} no {{sl}} desu.\nKisha no o-heya ({{a}}) no keiyaku koushin ni tsuite go-renraku itashimasu.\n\n",
          co=co, sl=P(st.last), a=ADDR(a.one))
    b.fmt("Keiyaku kikan: {{s}} kara {{e}} made\nKoushin-ryou: {{kr}}-en / Kasai hoken: {{kh}}-en\n", s=DT(fmt_date(r, d, "ja", styles=[0, 1])),
          e=DT(fmt_date(r, dt.date(d.year + 2, d.month, 1) - days(1), "ja", styles=[0, 1])), kr=f"{r.randint(50, 150) * 1000:,}", kh=f"{r.randint(15, 25) * 1000:,}")
    b.fmt("Furikomi-saki: {{bank}} {{br}}-shiten futsuu {{acc}} (meigi: {{co}})\nShiharai kigen: {{k}}\n\n",
          bank=r.choice(["Mizuho Ginko", "MUFG Ginko", "Mitsui Sumitomo Ginko", "Resona Ginko"]), br=r.choice(["Shibuya", "Umeda", "Shijo", "Tenjin"]),
          acc=ACC(dg(r, 7)), co=co, k=DT(fmt_date(r, d - days(r.randint(10, 25)), "ja", styles=[0, 1])))
    b.fmt("Go-fumei na ten wa tantou {{sn}} ({{ph}}) made o-denwa kudasai. Mail: {{e}}\nUketsuke jikan: {{o}} - {{c}} (suiyoubi teikyuubi)\n",
          sn=P(f"{st.last} {st.first}"), ph=PH(phone(r, "ja")), e=EM(email_for(r, st, host_for(co).replace(".com", ".co.jp"))), o=DT("10:00"), c=DT("18:00"))
    return b


# ---------------------------------------------------------------------------
# Kind registry
# ---------------------------------------------------------------------------

NOENT_W = 1.15

KINDS = [
    # English - lettings & property management
    ("welcome_email", "en", 1.0, k_welcome_email),
    ("lease_agreement_excerpt", "en", 1.0, k_lease_excerpt),
    ("rent_arrears_letter", "en", 1.0, k_arrears_letter),
    ("maintenance_ticket", "en", 1.0, k_maint_ticket),
    ("portal_app_log", "en", 1.0, k_portal_log),
    ("door_access_log_noent", "en", NOENT_W, k_door_log_noent),
    ("mortgage_application_form", "en", 1.0, k_mortgage_app),
    ("closing_disclosure", "en", 1.0, k_closing_disclosure),
    ("uk_conveyancing_letter", "en", 1.0, k_conveyancing_letter),
    ("property_listing", "en", 1.0, k_listing),
    ("tenant_live_chat", "en", 1.0, k_tenant_chat),
    ("payments_call_transcript", "en", 1.0, k_call_transcript),
    ("hoa_board_minutes", "en", 1.0, k_hoa_minutes),
    ("hoa_dues_csv", "en", 1.0, k_hoa_dues_csv),
    ("rent_roll_tsv", "en", 1.0, k_rent_roll_tsv),
    ("tenant_webhook_json", "en", 1.0, k_tenant_json),
    ("listing_feed_xml", "en", 1.0, k_listing_xml),
    ("pm_app_config_yaml", "en", 1.0, k_config_yaml),
    ("sync_agent_ini", "en", 1.0, k_app_ini),
    ("screening_service_dotenv", "en", 1.0, k_dotenv),
    ("k8s_secret_manifest", "en", 1.0, k_k8s_secret),
    ("lender_sftp_pem_note", "en", 1.0, k_sftp_pem_note),
    ("llm_prompt_screening", "en", 1.0, k_llm_screening),
    ("llm_prompt_renewal", "en", 1.0, k_llm_renewal_prompt),
    # English - screening, mortgages, maintenance, HOA, ops
    ("tenant_screening_report", "en", 1.0, k_screening_report),
    ("ocr_rental_application", "en", 1.0, k_ocr_application),
    ("ocr_utility_bill", "en", 1.0, k_ocr_utility_bill),
    ("deposit_return_letter", "en", 1.0, k_deposit_return),
    ("notice_pay_or_quit", "en", 1.0, k_notice_to_quit),
    ("water_damage_claim_fnol", "en", 1.0, k_water_claim),
    ("contractor_invoice_noent", "en", NOENT_W, k_contractor_invoice_noent),
    ("home_inspection_summary", "en", 1.0, k_inspection_report),
    ("elevator_controller_log_noent", "en", NOENT_W, k_elevator_log_noent),
    ("hvac_work_orders_csv_noent", "en", NOENT_W, k_hvac_csv_noent),
    ("smart_lock_events_json", "en", 1.0, k_smartlock_json),
    ("rent_payment_webhook_http", "en", 1.0, k_stripe_webhook),
    ("viewing_invite_ics", "en", 1.0, k_ics_viewing),
    ("agent_vcard", "en", 1.0, k_vcard_agent),
    ("repair_sms_thread", "en", 1.0, k_repair_sms),
    ("slack_ops_export", "en", 1.0, k_slack_export),
    ("git_commit_secret_leak", "en", 1.0, k_git_diff_leak),
    ("preliminary_title_report", "en", 1.0, k_title_report),
    ("escrow_wire_instructions", "en", 1.0, k_wire_instructions),
    ("hoa_violation_notice", "en", 1.0, k_hoa_violation),
    ("move_out_checklist_table", "en", 1.0, k_moveout_checklist),
    ("portfolio_kpi_noent", "en", NOENT_W, k_kpi_noent),
    ("tenant_portal_access_log", "en", 1.0, k_nginx_log),
    ("website_tour_lead", "en", 1.0, k_lead_form),
    ("accommodation_request_letter", "en", 1.0, k_accommodation_letter),
    ("senior_living_intake", "en", 1.0, k_senior_intake),
    ("assisted_living_hl7_adt", "en", 1.0, k_hl7_adt),
    ("resident_fhir_patient", "en", 1.0, k_fhir_resident),
    ("property_tax_bill", "en", 1.0, k_property_tax_bill),
    ("tenants_sql_dump", "en", 1.0, k_sql_dump),
    ("listings_api_curl", "en", 1.0, k_curl_api),
    ("package_room_log_noent", "en", NOENT_W, k_parcel_log_noent),
    # other languages
    ("de_mietvertrag", "de", 1.0, k_de_mietvertrag),
    ("de_betriebskostenabrechnung", "de", 1.0, k_de_nebenkosten),
    ("de_hausverwaltung_email", "de", 1.0, k_de_email),
    ("de_heizung_wartung_noent", "de", NOENT_W, k_de_heizung_noent),
    ("fr_quittance_loyer", "fr", 1.0, k_fr_quittance),
    ("fr_etat_des_lieux", "fr", 1.0, k_fr_etat_des_lieux),
    ("fr_syndic_appel_json", "fr", 1.0, k_fr_syndic_json),
    ("fr_releve_compteurs_noent", "fr", NOENT_W, k_fr_releve_noent),
    ("es_contrato_arrendamiento", "es", 1.0, k_es_contrato),
    ("es_whatsapp_inquilino", "es", 1.0, k_es_whatsapp),
    ("it_verbale_condominio", "it", 1.0, k_it_verbale),
    ("it_disdetta_locazione", "it", 1.0, k_it_disdetta),
    ("pt_contrato_arrendamento", "pt", 1.0, k_pt_contrato),
    ("br_aviso_condominio", "pt", 1.0, k_br_aviso),
    ("nl_huuraanpassing_email", "nl", 1.0, k_nl_email),
    ("pl_umowa_najmu", "pl", 1.0, k_pl_umowa),
    ("sv_hyresavi", "sv", 1.0, k_sv_hyresavi),
    ("tr_kira_sozlesmesi", "tr", 1.0, k_tr_kira),
    ("ja_chintai_koushin_romaji", "ja", 1.0, k_ja_chintai),
]
_WEIGHTS = [k[2] for k in KINDS]


def _make(seed, i):
    """Build document i for a seed; independent of how many documents are requested."""
    pick = random.Random(f"blind56|{seed}|{i}|kind")
    name, lang, _w, fn = pick.choices(KINDS, weights=_WEIGHTS)[0]
    b = None
    for attempt in range(25):
        r = random.Random(f"blind56|{seed}|{i}|{attempt}")
        b = fn(r)
        if 150 <= len(b) <= 3000:
            break
    text = b.text()
    ents = sorted(({"start": e["start"], "end": e["end"], "type": e["type"]} for e in b.entities),
                  key=lambda e: (e["start"], e["end"]))
    return name, lang, {"id": f"blind56-{seed}-{i:06d}", "text": text, "entities": ents}


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

_OPEN = "\"'([{<«„“‘"
_CLOSE = "\"')]}>»“”’"
_PAIRS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_HONORIFICS = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx.", "herr", "frau", "m.", "mme", "sr.", "sra.", "dña.",
               "d.", "sig.", "sig.ra", "dott.", "dott.ssa", "dhr.", "mevr.", "pan", "pani", "monsieur", "madame"}
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL_RE = re.compile(r"https?://([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)(:\d+)?(/[^\s\"'<>]*)?(\?[^\s\"'<>]*)?")


def _balanced(span):
    stack = []
    for ch in span:
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif ch in _PAIRS.values():
            if not stack or stack.pop() != ch:
                return False
    return not stack


def validate(doc):
    probs = []
    text = doc.get("text", "")
    ents = doc.get("entities", [])
    if not isinstance(text, str) or not 150 <= len(text) <= 3000:
        probs.append(f"text length {len(text)} outside 150-3000")
    prev = None
    for e in ents:
        s, t, typ = e.get("start"), e.get("end"), e.get("type")
        tag = f"{typ}[{s}:{t}]"
        if typ not in TYPES:
            probs.append(f"{tag}: unknown type")
            continue
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            probs.append(f"{tag}: span outside text")
            continue
        if prev is not None:
            if (s, t) < (prev[0], prev[1]):
                probs.append(f"{tag}: entities not sorted")
            if s < prev[1]:
                probs.append(f"{tag}: overlaps previous span")
        prev = (s, t)
        span = text[s:t]
        tag = f"{typ} {span[:40]!r}"
        secret = typ in SECRET_TYPES
        if span != span.strip():
            probs.append(f"{tag}: leading/trailing whitespace")
        if not secret:
            if span[0] in _OPEN and not (span[0] in _PAIRS and _balanced(span)):
                probs.append(f"{tag}: starts with quote/bracket")
            if span[-1] in _CLOSE and not (span[-1] in _PAIRS.values() and _balanced(span)):
                probs.append(f"{tag}: ends with quote/bracket")
            if span[-1] in ".,;:!?":
                probs.append(f"{tag}: trailing punctuation")
        if s > 0 and text[s - 1].isalnum() and span[0].isalnum():
            probs.append(f"{tag}: starts inside a token")
        if t < len(text) and text[t].isalnum() and span[-1].isalnum():
            probs.append(f"{tag}: ends inside a token")
        digits = re.sub(r"\D", "", span)
        if typ in ("PERSON", "LOCATION"):
            if re.search(r"\d", span) or "\n" in span:
                probs.append(f"{tag}: digits/newline in {typ}")
            if typ == "PERSON" and span.split()[0].lower() in _HONORIFICS:
                probs.append(f"{tag}: honorific inside PERSON")
        elif typ == "EMAIL_ADDRESS":
            if not _EMAIL_RE.fullmatch(span):
                probs.append(f"{tag}: bad email")
        elif typ == "URL":
            m = _URL_RE.fullmatch(span)
            if not m or "@" in span or span[-1] in ".,;:!?)]}'\"":
                probs.append(f"{tag}: bad url")
            elif re.fullmatch(r"[\d.]+", m.group(1)):
                probs.append(f"{tag}: url with ip host")
        elif typ == "IP_ADDRESS":
            try:
                ipaddress.ip_address(span)
            except ValueError:
                probs.append(f"{tag}: bad ip")
        elif typ == "PHONE_NUMBER":
            if not re.fullmatch(r"[\d\s()+\-./\\]+", span) or not 6 <= len(digits) <= 15:
                probs.append(f"{tag}: bad phone")
        elif typ == "CREDIT_CARD":
            if not re.fullmatch(r"[\d -]+", span) or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
                probs.append(f"{tag}: bad card")
        elif typ == "IBAN_CODE":
            if not iban_ok(span):
                probs.append(f"{tag}: bad iban")
        elif typ == "US_SSN":
            if not ssn_ok(span):
                probs.append(f"{tag}: bad ssn")
        elif typ == "JWT":
            if not jwt_ok(span):
                probs.append(f"{tag}: bad jwt")
        elif typ == "PRIVATE_KEY":
            if not pem_ok(span):
                probs.append(f"{tag}: bad pem")
        elif typ == "AWS_ACCESS_KEY":
            if not re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", span):
                probs.append(f"{tag}: bad aws access key")
        elif typ == "AWS_SECRET_KEY":
            if not re.fullmatch(r"[A-Za-z0-9/+]{40}", span):
                probs.append(f"{tag}: bad aws secret")
        elif typ == "GITHUB_TOKEN":
            if not re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", span):
                probs.append(f"{tag}: bad github token")
        elif typ == "SLACK_TOKEN":
            if not re.fullmatch(r"xox[abposr]-[0-9]{10,13}-[0-9]{10,13}(-[0-9]{10,13})?-[A-Za-z0-9]{24,32}", span):
                probs.append(f"{tag}: bad slack token")
        elif typ == "STRIPE_KEY":
            if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", span):
                probs.append(f"{tag}: bad stripe key")
        elif typ in ("PASSWORD", "GENERIC_SECRET"):
            if re.search(r"\s", span) or len(span) < 6:
                probs.append(f"{tag}: bad secret")
        elif typ in ("DATE_TIME", "DATE_OF_BIRTH"):
            if not digits or "\n" in span:
                probs.append(f"{tag}: date without digits")
        elif typ == "ADDRESS":
            if not digits:
                probs.append(f"{tag}: address without digits")
        elif typ in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
            if not digits or len(span) > 30 or "\n" in span:
                probs.append(f"{tag}: bad id")
    return probs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------

def mark(doc):
    text = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{text[e['start']:e['end']]}]]<{e['type']}>")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def _check(n=3000, seed=0):
    per_type = collections.Counter()
    per_kind = collections.Counter()
    bad_docs = 0
    non_en = no_ent = 0
    lengths = []
    for i in range(n):
        kind, lang, doc = _make(seed, i)
        per_kind[kind] += 1
        lengths.append(len(doc["text"]))
        probs = validate(doc)
        if probs:
            bad_docs += 1
            if bad_docs <= 25:
                print(f"PROBLEM {doc['id']} ({kind}): {probs[:4]}")
        if lang != "en":
            non_en += 1
        if not doc["entities"]:
            no_ent += 1
        for e in doc["entities"]:
            per_type[e["type"]] += 1
    # determinism and independence from n
    det_ok = True
    first = list(generate(40, seed))
    if first != list(generate(40, seed)):
        det_ok = False
    for i in (0, 7, 39):
        if _make(seed, i)[2] != first[i]:
            det_ok = False
    for i in range(0, n, 211):
        if _make(seed, i) != _make(seed, i):
            det_ok = False
    missing_types = [t for t in TYPES if per_type[t] == 0]
    missing_kinds = [k[0] for k in KINDS if per_kind[k[0]] == 0]
    print(f"documents: {n}   kinds defined: {len(KINDS)}   kinds produced: {len(per_kind)}")
    print(f"problem docs: {bad_docs}")
    print(f"non-English share: {non_en / n:.1%}   no-entity share: {no_ent / n:.1%}")
    print(f"length min/mean/max: {min(lengths)}/{sum(lengths) / n:.0f}/{max(lengths)}")
    print(f"determinism: {'ok' if det_ok else 'FAILED'}")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:<24} {per_type[t]}")
    print("\nper-kind counts:")
    for k in KINDS:
        print(f"  {k[0]:<34} {k[1]}  {per_kind[k[0]]}")
    if missing_types:
        print(f"MISSING TYPES: {missing_types}")
    if missing_kinds:
        print(f"KINDS NEVER PRODUCED: {missing_kinds}")
    ok = not bad_docs and det_ok and not missing_types and not missing_kinds and len(KINDS) >= 57
    return 0 if ok else 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate 3000 docs and print statistics")
    ap.add_argument("--sample", type=int, metavar="K", help="print K docs with [[span]]<TYPE> marks")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return _check(3000, a.seed)
    if a.sample:
        for i in range(a.sample):
            kind, lang, doc = _make(a.seed, i)
            print(f"===== {doc['id']}  kind={kind}  lang={lang}  entities={len(doc['entities'])}")
            print(mark(doc))
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
