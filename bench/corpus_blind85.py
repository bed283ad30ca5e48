#!/usr/bin/env python3
"""Blind corpus 85 -- consumer health and fitness apps, wearables and telemetry.

Synthetic, labelled documents of the kind a consumer health / fitness company
handles: app sign-up records, device sync logs, coaching chats, period and
sleep trackers, nutrition diaries, gym memberships and SEPA mandates,
connected-device support tickets and RMAs, health-data export files
(JSON/CSV/XML, FHIR, HL7, X12), push-notification payloads, crash reports,
subscription billing events, research-study consent forms, CI logs and service
configs of the app back-end. About a quarter of the documents are in German,
French, Spanish, Portuguese, Italian, Dutch or Japanese; about 12% are of kinds
that contain no labelled entity (but plenty of hard negatives). All names,
numbers and secrets are invented. Standard library only, deterministic.

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
import ipaddress
import json
import re
import sys
import time
import unicodedata
from collections import Counter

import random

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()

# short aliases used in templates
PER, EML, PHN, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                    "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKI, ASK, GHT, SLK, STK = "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY"
JWT, PEM, PWD, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"


# --------------------------------------------------------------------------
# document builder: text and spans are built together
# --------------------------------------------------------------------------
_PH = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class Doc:
    __slots__ = ("parts", "ents", "n")

    def __init__(self):
        self.parts = []
        self.ents = []
        self.n = 0

    def t(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)
        return self

    def e(self, s, typ=None):
        """append s; label it with typ (None = plain text)."""
        if typ is None:
            return self.t(s)
        if not s or s != s.strip():
            raise ValueError("bad span value %r" % (s,))
        start = self.n
        self.t(s)
        self.ents.append((start, self.n, typ))
        return self

    def f(self, tpl, **kw):
        """template with {name} placeholders; kw values are str or (value, TYPE)."""
        pos = 0
        for m in _PH.finditer(tpl):
            self.t(tpl[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            elif v is not None:
                self.t(str(v))
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------
# random primitives
# --------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
HEX = "0123456789abcdef"
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
ALNUM = UP + LO + DG


def rs(r, chars, n):
    return "".join(r.choice(chars) for _ in range(n))


def dg(r, n):
    return rs(r, DG, n)


def maybe(r, p=0.5):
    return r.random() < p


def pick(r, *opts):
    return r.choice(opts)


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha(r, n=40):
    return rs(r, HEX, n)


def version(r):
    return pick(r, "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 40), r.randint(0, 30)),
                "%d.%d.%d (%d)" % (r.randint(2, 7), r.randint(0, 19), r.randint(0, 9), r.randint(1000, 9999)),
                "%d.%d" % (r.randint(1, 24), r.randint(0, 9)))


def amount(r, cur="$", lo=3, hi=250):
    v = r.randint(lo * 100, hi * 100) / 100.0
    if cur in ("€", "EUR"):
        return ("%.2f €" % v).replace(".", ",")
    if cur == "R$":
        return ("R$ %.2f" % v).replace(".", ",")
    if cur == "¥":
        return "¥%d" % int(v * 100)
    return "%s%.2f" % (cur, v)


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def nonluhn16(r):
    body = str(r.randint(1, 9)) + dg(r, 14)
    good = luhn_digit(body)
    bad = str((int(good) + r.randint(1, 9)) % 10)
    return body + bad


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
NAMES = {
    "en": ("James Olivia Liam Emma Noah Ava Ethan Sophia Mason Isabella Lucas Mia Logan Harper Owen Chloe "
           "Caleb Grace Wyatt Zoe Tyler Hannah Brandon Megan Kevin Ashley Ryan Lauren Dylan Brooke Connor "
           "Kayla Trevor Madison Derek Courtney",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin "
           "Thompson White Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker Adams Nelson "
           "Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart O'Brien "
           "McAllister Sullivan Murphy Kelly Fitzgerald Hughes Brennan Whitaker Holloway"),
    "de": ("Lukas Anna Jonas Lea Felix Lena Maximilian Sophie Paul Marie Tim Laura Jan Katharina Niklas Julia "
           "Tobias Hannah Moritz Johanna Sebastian Franziska Jürgen Birgit Uwe Sabine Florian Annika",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf "
           "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause "
           "Köhler Große Vogel Pfeiffer"),
    "fr": ("Louis Camille Hugo Léa Gabriel Chloé Arthur Manon Jules Inès Théo Sarah Nathan Juliette Mathis "
           "Élodie Antoine Margaux Baptiste Océane Rémi Anaïs Benoît Aurélie",
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel "
           "Garcia David Bertrand Roux Vincent Fournier Morel Girard Lambert Bonnet Rousseau Faure Mercier "
           "Chevalier Gauthier Perrin"),
    "es": ("Alejandro Lucía Pablo Sofía Daniel Martina Javier Paula Sergio Carmen Diego Valentina Miguel Elena "
           "Andrés Isabel Jorge Ximena Carlos Guadalupe Mateo Camila Rodrigo Fernanda Nerea Iker",
           "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández "
           "Díaz Moreno Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Castillo Ortega "
           "Delgado Morales Cruz Reyes Flores Iglesias"),
    "pt": ("João Maria Pedro Ana Lucas Beatriz Gabriel Juliana Rafael Larissa Thiago Fernanda Bruno Camila "
           "Gustavo Letícia Diogo Inês Tiago Mariana Rodrigo Carolina Vinícius Luíza",
           "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins "
           "Carvalho Almeida Lopes Sousa Fernandes Vieira Barbosa Rocha Dias Nascimento Cardoso Teixeira Moreira"),
    "it": ("Francesco Giulia Alessandro Sofia Lorenzo Aurora Matteo Alice Leonardo Ginevra Andrea Chiara Marco "
           "Federica Davide Martina Riccardo Elisa Giuseppe Francesca",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
           "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani"),
    "nl": ("Daan Emma Sem Julia Lucas Mila Levi Tess Finn Sophie Milan Zoë Bram Anouk Thijs Fleur Jesse Sanne "
           "Ruben Lotte",
           "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder "
           "de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer van_der_Meer Kok"),
    "sv": ("Erik Astrid Lars Ingrid Oskar Elsa Nils Maja Johan Karin Anders Linnea",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Lindqvist Bergström"),
    "pl": ("Jakub Zofia Piotr Katarzyna Tomasz Agnieszka Michał Magdalena Paweł Aleksandra",
           "Nowak Kowalski Wiśniewska Wójcik Kowalczyk Kamiński Lewandowska Zieliński Szymańska Woźniak"),
    "in": ("Aarav Priya Rohan Ananya Vikram Kavya Arjun Sneha Rahul Divya Karthik Meera Siddharth Lakshmi "
           "Aditya Pooja Nikhil Shreya",
           "Sharma Patel Iyer Reddy Nair Gupta Singh Kumar Menon Rao Desai Mehta Chatterjee Bhatt Kulkarni "
           "Pillai Agarwal Joshi"),
    "zh": ("Wei Fang Jun Xiuying Hao Lina Yong Mei Jian Xin Lei Yan Tao Jing",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Lin Guo"),
    "ja": ("Haruto Yui Sota Hina Yuto Aoi Ren Sakura Kaito Mio Takumi Yuna Kenji Akiko",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada"),
    "ko": ("Min-jun Seo-yeon Ji-ho Ha-eun Do-yoon Ji-woo Joon-young Soo-ah",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    "vi": ("Minh Linh Huy Trang Quang Thao Duc Ngoc", "Nguyen Tran Le Pham Hoang Vu Dang Bui"),
    "ar": ("Omar Layla Youssef Fatima Karim Amira Hassan Nour Tariq Salma Ahmed Yasmin",
           "Haddad Khalil Mansour Nasser Saleh Farouk Al-Masri El-Amin Hamdan Aziz Benali Bouazza"),
    "ng": ("Chinedu Adaeze Oluwaseun Ngozi Emeka Folake Tunde Chiamaka Ifeanyi Yetunde",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Obi Olawale Chukwu"),
    "tr": ("Emre Elif Mehmet Zeynep Burak Ayşe Can Selin", "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan"),
    "ru": ("Dmitri Anastasia Ivan Ekaterina Sergei Olga Alexei Natalia",
           "Ivanov Petrova Smirnov Kuznetsova Popov Volkova Sokolov Morozova"),
    "gr": ("Giorgos Eleni Nikos Maria Dimitris Katerina",
           "Papadopoulos Georgiou Nikolaidis Konstantinou Papadaki Oikonomou"),
    "ph": ("Jose Maricel Mark Kristine Paolo Angelica", "Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Aquino"),
}
NAMES = {k: ([x.replace("_", " ") for x in g.split()], [x.replace("_", " ") for x in s.split()])
         for k, (g, s) in NAMES.items()}

# culture mix for mostly-English international user bases
INTL = ["en"] * 8 + ["es", "es", "in", "in", "zh", "de", "fr", "pt", "it", "nl", "ko", "vi", "ar", "ng", "ja",
                     "pl", "tr", "ru", "gr", "ph", "sv"]
US_MIX = ["en"] * 10 + ["es", "es", "es", "in", "zh", "ko", "vi", "ar", "ng", "ph", "ru", "it", "pl"]


class Person:
    __slots__ = ("given", "family", "culture", "mid")

    def __init__(self, given, family, culture, mid=""):
        self.given, self.family, self.culture, self.mid = given, family, culture, mid

    @property
    def full(self):
        return "%s %s" % (self.given, self.family)

    def name(self, r, styles=("full", "full", "full", "full", "mid", "upper", "lastfirst")):
        s = r.choice(styles)
        if s == "mid" and self.mid:
            return "%s %s. %s" % (self.given, self.mid, self.family)
        if s == "upper":
            return self.full.upper()
        if s == "lastfirst":
            return "%s, %s" % (self.family, self.given)
        if s == "lower":
            return self.full.lower()
        return self.full


def person(r, culture=None):
    if culture is None:
        culture = r.choice(INTL)
    elif isinstance(culture, (list, tuple)):
        culture = r.choice(culture)
    g, f = NAMES[culture]
    fam = r.choice(f)
    if culture == "es" and maybe(r, 0.4):
        fam2 = r.choice(f)
        if fam2 != fam:
            fam = fam + " " + fam2
    return Person(r.choice(g), fam, culture, r.choice(UP) if maybe(r, 0.5) else "")


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ß", "ss").replace("ø", "o").replace("ı", "i").replace("ł", "l")


def _slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


FREE_MAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me", "fastmail.com",
           "aol.com", "me.com", "hey.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "sapo.pt", "terra.com.br"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl", "xs4all.nl"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    "sv": ["gmail.com", "telia.com", "hotmail.se"],
}


def email(r, p=None, domain=None, lang="en"):
    if p is None:
        p = person(r)
    g, f = _slug(p.given) or "user", _slug(p.family) or "mail"
    if domain is None:
        domain = r.choice(FREE_MAIL.get(lang, FREE_MAIL["en"]) if maybe(r, 0.7) else FREE_MAIL["en"])
    local = r.choice([
        g + "." + f, g[0] + f, g + "_" + f + dg(r, 2), g + dg(r, r.randint(2, 4)), f + "." + g,
        g + f[0], g + "." + f + dg(r, 2), f + g[0] + dg(r, 1), g + "-" + f,
    ])
    if maybe(r, 0.03):
        local += "+" + r.choice(["fitness", "apps", "gym", "health"])
    return local + "@" + domain


def handle(r, p):
    g = _slug(p.given) or "runner"
    return r.choice(["%s_runs%d" % (g, r.randint(1, 99)), "%s.lifts" % g, "%s%s" % (g, dg(r, 3)),
                     "@%s_fit" % g, "%s_on_the_move" % g, "coach_%s" % g, "%skm" % g])


# --------------------------------------------------------------------------
# places, addresses, phones
# --------------------------------------------------------------------------
class Addr:
    __slots__ = ("street", "unit", "district", "city", "region", "rabbr", "postcode", "cc", "country")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k, ""))

    @property
    def line1(self):
        """street line incl. unit as used in split-field forms"""
        cc = self.cc
        if not self.unit:
            return self.street
        if cc in ("GB", "AU", "IN"):
            return "%s, %s" % (self.unit, self.street)
        return "%s, %s" % (self.street, self.unit)

    def lines(self, country=False):
        cc = self.cc
        L = []
        if cc in ("US", "CA"):
            L = [self.street + (" " + self.unit if self.unit else ""),
                 "%s, %s %s" % (self.city, self.rabbr, self.postcode)]
        elif cc == "GB":
            if self.unit:
                L.append(self.unit)
            L += [self.street, self.city, self.postcode]
        elif cc in ("DE", "NL", "SE", "FR", "ES", "PT"):
            L = [self.line1, "%s %s" % (self.postcode, self.city)]
        elif cc == "IT":
            L = [self.line1, "%s %s (%s)" % (self.postcode, self.city, self.rabbr)]
        elif cc == "BR":
            L = [self.line1 + (" - " + self.district if self.district else ""),
                 "%s - %s" % (self.city, self.rabbr), "CEP %s" % self.postcode]
        elif cc == "MX":
            L = [self.street, self.district, "%s %s, %s" % (self.postcode, self.city, self.rabbr)]
        elif cc == "AU":
            L = [self.line1, "%s %s %s" % (self.city.upper(), self.rabbr, self.postcode)]
        elif cc == "JP":
            L = [self.street, "%s, %s %s" % (self.district, self.city, self.postcode)]
        elif cc == "IN":
            L = [self.line1, self.district, "%s, %s %s" % (self.city, self.region, self.postcode)]
        L = [x for x in L if x]
        if country:
            L.append(self.country)
        return L

    def oneline(self, country=False):
        cc = self.cc
        if cc == "BR":
            s = "%s - %s, %s - %s, %s" % (self.line1, self.district, self.city, self.rabbr, self.postcode)
        elif cc == "GB":
            s = ", ".join(([self.unit] if self.unit else []) + [self.street, self.city, self.postcode])
        else:
            s = ", ".join(self.lines())
        if country:
            s += ", " + self.country
        return s


# cc: (country name, dial code, [(city, region, region_abbr, postcode_fn, landline_area)], streets)
def _pc_us(p):
    return lambda r: p + dg(r, 5 - len(p))


def _pc_gb(outs):
    return lambda r: "%s %s%s" % (r.choice(outs), r.randint(1, 9), rs(r, "ABDEFGHJLNPQRSTUWXYZ", 2))


def _pc_fix(p, n=5):
    return lambda r: p + dg(r, n - len(p))


def _pc_nl(p):
    return lambda r: "%s%s %s" % (p, dg(r, 4 - len(p)), rs(r, "ABCDEGHJKLMNPRSTVWXZ", 2))


def _pc_ca(p):
    return lambda r: "%s%d%s %d%s%d" % (p, r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(1, 9),
                                        r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9))


def _pc_pt(p):
    return lambda r: "%s%s-%s" % (p, dg(r, 4 - len(p)), dg(r, 3))


def _pc_br(p):
    return lambda r: "%s%s-%s" % (p, dg(r, 5 - len(p)), dg(r, 3))


def _pc_jp(p):
    return lambda r: "%s-%s" % (p, dg(r, 4))


def _pc_se(p):
    return lambda r: "%s %s" % (p, dg(r, 2))


PLACES = {
    "US": ("United States", "1", [
        ("Seattle", "Washington", "WA", _pc_us("981"), ["206"]),
        ("Austin", "Texas", "TX", _pc_us("787"), ["512", "737"]),
        ("Denver", "Colorado", "CO", _pc_us("802"), ["303", "720"]),
        ("Chicago", "Illinois", "IL", _pc_us("606"), ["312", "773"]),
        ("Boston", "Massachusetts", "MA", _pc_us("021"), ["617", "857"]),
        ("Portland", "Oregon", "OR", _pc_us("972"), ["503", "971"]),
        ("Atlanta", "Georgia", "GA", _pc_us("303"), ["404", "678"]),
        ("Phoenix", "Arizona", "AZ", _pc_us("850"), ["602", "480"]),
        ("Minneapolis", "Minnesota", "MN", _pc_us("554"), ["612"]),
        ("Raleigh", "North Carolina", "NC", _pc_us("276"), ["919", "984"]),
        ("San Diego", "California", "CA", _pc_us("921"), ["619", "858"]),
        ("Oakland", "California", "CA", _pc_us("946"), ["510"]),
        ("Brooklyn", "New York", "NY", _pc_us("112"), ["718", "347"]),
        ("Columbus", "Ohio", "OH", _pc_us("432"), ["614"]),
        ("Nashville", "Tennessee", "TN", _pc_us("372"), ["615"]),
        ("Miami", "Florida", "FL", _pc_us("331"), ["305", "786"]),
        ("Salt Lake City", "Utah", "UT", _pc_us("841"), ["801"]),
        ("Madison", "Wisconsin", "WI", _pc_us("537"), ["608"]),
        ("Pittsburgh", "Pennsylvania", "PA", _pc_us("152"), ["412"]),
        ("Boulder", "Colorado", "CO", _pc_us("803"), ["303"]),
    ], "Maple Ave|Oak Street|Pine St|Lakeview Dr|Cedar Ln|Elm Ct|Sunset Blvd|Washington Ave|Highland Rd|"
       "Riverside Dr|Park Pl|3rd Ave N|Magnolia Blvd|Juniper Way|Aspen Ridge Rd|Willow Creek Dr|Main Street|"
       "Broadway|Greenwood Ave N|Congress Ave|Colfax Ave|Peachtree St NE|Summit Ave"),
    "CA": ("Canada", "1", [
        ("Toronto", "Ontario", "ON", _pc_ca("M"), ["416", "647"]),
        ("Vancouver", "British Columbia", "BC", _pc_ca("V"), ["604", "778"]),
        ("Montréal", "Québec", "QC", _pc_ca("H"), ["514", "438"]),
        ("Calgary", "Alberta", "AB", _pc_ca("T"), ["403", "587"]),
        ("Ottawa", "Ontario", "ON", _pc_ca("K"), ["613"]),
        ("Halifax", "Nova Scotia", "NS", _pc_ca("B"), ["902"]),
    ], "King St W|Queen St E|Granville St|Rue Sherbrooke O|Bank St|Robson St|Spring Garden Rd|17 Ave SW"),
    "GB": ("United Kingdom", "44", [
        ("London", "", "", _pc_gb(["N1", "E8", "SW4", "SE15", "NW5", "W12"]), ["20"]),
        ("Manchester", "", "", _pc_gb(["M4", "M14", "M20"]), ["161"]),
        ("Leeds", "", "", _pc_gb(["LS6", "LS1", "LS8"]), ["113"]),
        ("Bristol", "", "", _pc_gb(["BS1", "BS6", "BS8"]), ["117"]),
        ("Edinburgh", "", "", _pc_gb(["EH3", "EH6", "EH9"]), ["131"]),
        ("Glasgow", "", "", _pc_gb(["G2", "G12", "G41"]), ["141"]),
        ("Cardiff", "", "", _pc_gb(["CF10", "CF24"]), ["29"]),
        ("Brighton", "", "", _pc_gb(["BN1", "BN2"]), ["1273"]),
    ], "Station Road|Kingsley Road|High Street|Victoria Street|Church Lane|Albert Road|Mill Lane|"
       "Park Avenue|Queens Road|Grove Terrace|Marlborough Crescent"),
    "DE": ("Deutschland", "49", [
        ("Berlin", "Berlin", "BE", _pc_fix("10"), ["30"]),
        ("München", "Bayern", "BY", _pc_fix("80"), ["89"]),
        ("Hamburg", "Hamburg", "HH", _pc_fix("20"), ["40"]),
        ("Köln", "Nordrhein-Westfalen", "NW", _pc_fix("50"), ["221"]),
        ("Frankfurt am Main", "Hessen", "HE", _pc_fix("60"), ["69"]),
        ("Stuttgart", "Baden-Württemberg", "BW", _pc_fix("70"), ["711"]),
        ("Leipzig", "Sachsen", "SN", _pc_fix("04"), ["341"]),
        ("Düsseldorf", "Nordrhein-Westfalen", "NW", _pc_fix("40"), ["211"]),
        ("Freiburg im Breisgau", "Baden-Württemberg", "BW", _pc_fix("79"), ["761"]),
    ], "Hauptstraße|Lindenallee|Schillerstraße|Goethestr.|Am Stadtpark|Bahnhofstraße|Gartenweg|"
       "Kastanienallee|Bergstraße|Friedrichstraße|Mozartweg|Rosenstraße"),
    "FR": ("France", "33", [
        ("Paris", "Île-de-France", "", _pc_fix("750"), ["1"]),
        ("Lyon", "Auvergne-Rhône-Alpes", "", _pc_fix("690"), ["4"]),
        ("Marseille", "Provence-Alpes-Côte d'Azur", "", _pc_fix("130"), ["4"]),
        ("Toulouse", "Occitanie", "", _pc_fix("310"), ["5"]),
        ("Bordeaux", "Nouvelle-Aquitaine", "", _pc_fix("330"), ["5"]),
        ("Lille", "Hauts-de-France", "", _pc_fix("590"), ["3"]),
        ("Nantes", "Pays de la Loire", "", _pc_fix("440"), ["2"]),
        ("Strasbourg", "Grand Est", "", _pc_fix("670"), ["3"]),
    ], "rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue Victor Hugo|rue des Lilas|"
       "place Bellecour|allée des Tilleuls|rue du Faubourg Saint-Antoine|impasse des Vignes|quai de la Fosse"),
    "ES": ("España", "34", [
        ("Madrid", "Comunidad de Madrid", "M", _pc_fix("280"), ["91"]),
        ("Barcelona", "Cataluña", "B", _pc_fix("080"), ["93"]),
        ("Valencia", "Comunidad Valenciana", "V", _pc_fix("460"), ["96"]),
        ("Sevilla", "Andalucía", "SE", _pc_fix("410"), ["95"]),
        ("Bilbao", "País Vasco", "BI", _pc_fix("480"), ["94"]),
        ("Málaga", "Andalucía", "MA", _pc_fix("290"), ["952"]),
        ("Zaragoza", "Aragón", "Z", _pc_fix("500"), ["976"]),
    ], "Calle Mayor|Calle de Alcalá|Avenida de la Constitución|Calle Gran Vía|Paseo de Gràcia|"
       "Calle del Sol|Avenida de América|Calle Larios|Carrer de Mallorca|Calle Sierpes"),
    "IT": ("Italia", "39", [
        ("Milano", "Lombardia", "MI", _pc_fix("201"), ["02"]),
        ("Roma", "Lazio", "RM", _pc_fix("001"), ["06"]),
        ("Torino", "Piemonte", "TO", _pc_fix("101"), ["011"]),
        ("Bologna", "Emilia-Romagna", "BO", _pc_fix("401"), ["051"]),
        ("Napoli", "Campania", "NA", _pc_fix("801"), ["081"]),
        ("Firenze", "Toscana", "FI", _pc_fix("501"), ["055"]),
        ("Verona", "Veneto", "VR", _pc_fix("371"), ["045"]),
    ], "Via Garibaldi|Via Roma|Corso Vittorio Emanuele II|Via Dante|Viale Monza|Via dei Mille|"
       "Piazza della Repubblica|Via Nazionale|Via San Felice|Corso Buenos Aires"),
    "NL": ("Nederland", "31", [
        ("Amsterdam", "Noord-Holland", "NH", _pc_nl("10"), ["20"]),
        ("Rotterdam", "Zuid-Holland", "ZH", _pc_nl("30"), ["10"]),
        ("Utrecht", "Utrecht", "UT", _pc_nl("35"), ["30"]),
        ("Den Haag", "Zuid-Holland", "ZH", _pc_nl("25"), ["70"]),
        ("Eindhoven", "Noord-Brabant", "NB", _pc_nl("56"), ["40"]),
        ("Groningen", "Groningen", "GR", _pc_nl("97"), ["50"]),
    ], "Keizersgracht|Prinsengracht|Oudegracht|Witte de Withstraat|Laan van Meerdervoort|Stratumseind|"
       "Herengracht|Nieuwe Binnenweg|Vismarkt|Amsterdamsestraatweg"),
    "PT": ("Portugal", "351", [
        ("Lisboa", "Lisboa", "", _pc_pt("11"), ["21"]),
        ("Porto", "Porto", "", _pc_pt("40"), ["22"]),
        ("Braga", "Braga", "", _pc_pt("47"), ["253"]),
        ("Coimbra", "Coimbra", "", _pc_pt("30"), ["239"]),
    ], "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Ouro|Avenida dos Aliados|Rua da Sofia"),
    "BR": ("Brasil", "55", [
        ("São Paulo", "São Paulo", "SP", _pc_br("01"), ["11"]),
        ("Rio de Janeiro", "Rio de Janeiro", "RJ", _pc_br("22"), ["21"]),
        ("Belo Horizonte", "Minas Gerais", "MG", _pc_br("30"), ["31"]),
        ("Curitiba", "Paraná", "PR", _pc_br("80"), ["41"]),
        ("Porto Alegre", "Rio Grande do Sul", "RS", _pc_br("90"), ["51"]),
        ("Recife", "Pernambuco", "PE", _pc_br("50"), ["81"]),
        ("Florianópolis", "Santa Catarina", "SC", _pc_br("88"), ["48"]),
    ], "Rua Augusta|Avenida Paulista|Rua Oscar Freire|Rua Visconde de Pirajá|Avenida Afonso Pena|"
       "Rua XV de Novembro|Avenida Boa Viagem|Rua dos Andradas"),
    "MX": ("México", "52", [
        ("Ciudad de México", "Ciudad de México", "CDMX", _pc_fix("0"), ["55"]),
        ("Guadalajara", "Jalisco", "Jal.", _pc_fix("44"), ["33"]),
        ("Monterrey", "Nuevo León", "N.L.", _pc_fix("64"), ["81"]),
        ("Puebla", "Puebla", "Pue.", _pc_fix("72"), ["222"]),
    ], "Av. Insurgentes Sur|Calle Durango|Av. Chapultepec|Calzada Independencia|Av. Constitución|Calle 5 de Mayo"),
    "AU": ("Australia", "61", [
        ("Sydney", "New South Wales", "NSW", _pc_fix("20", 4), ["2"]),
        ("Melbourne", "Victoria", "VIC", _pc_fix("30", 4), ["3"]),
        ("Brisbane", "Queensland", "QLD", _pc_fix("40", 4), ["7"]),
        ("Perth", "Western Australia", "WA", _pc_fix("60", 4), ["8"]),
        ("Adelaide", "South Australia", "SA", _pc_fix("50", 4), ["8"]),
    ], "George Street|Collins Street|Queen Street|Hay Street|Chapel Street|Oxford Street|King William Street"),
    "JP": ("Japan", "81", [
        ("Tokyo", "Tokyo", "", _pc_jp("150"), ["3"]),
        ("Osaka", "Osaka", "", _pc_jp("530"), ["6"]),
        ("Yokohama", "Kanagawa", "", _pc_jp("220"), ["45"]),
        ("Fukuoka", "Fukuoka", "", _pc_jp("810"), ["92"]),
        ("Sapporo", "Hokkaido", "", _pc_jp("060"), ["11"]),
    ], "Jingumae|Umeda|Minatomirai|Tenjin|Kita 3-jo Nishi|Ebisu|Nakameguro"),
    "IN": ("India", "91", [
        ("Bengaluru", "Karnataka", "KA", _pc_fix("560", 6), ["80"]),
        ("Mumbai", "Maharashtra", "MH", _pc_fix("400", 6), ["22"]),
        ("New Delhi", "Delhi", "DL", _pc_fix("110", 6), ["11"]),
        ("Pune", "Maharashtra", "MH", _pc_fix("411", 6), ["20"]),
        ("Hyderabad", "Telangana", "TG", _pc_fix("500", 6), ["40"]),
        ("Chennai", "Tamil Nadu", "TN", _pc_fix("600", 6), ["44"]),
    ], "14th Cross|MG Road|Linking Road|Baner Road|Road No. 12|Anna Salai|100 Feet Road"),
    "SE": ("Sverige", "46", [
        ("Stockholm", "Stockholms län", "", _pc_se("11"), ["8"]),
        ("Göteborg", "Västra Götaland", "", _pc_se("41"), ["31"]),
        ("Malmö", "Skåne", "", _pc_se("21"), ["40"]),
        ("Uppsala", "Uppsala län", "", _pc_se("75"), ["18"]),
    ], "Sveavägen|Drottninggatan|Kungsgatan|Götgatan|Avenyn|Storgatan"),
}
COUNTRY_EN = {"US": "United States", "CA": "Canada", "GB": "United Kingdom", "DE": "Germany", "FR": "France",
              "ES": "Spain", "IT": "Italy", "NL": "Netherlands", "PT": "Portugal", "BR": "Brazil",
              "MX": "Mexico", "AU": "Australia", "JP": "Japan", "IN": "India", "SE": "Sweden"}
CC_LANG = {"DE": "de", "FR": "fr", "ES": "es", "MX": "es", "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt",
           "JP": "ja", "SE": "sv"}
CC_CULT = {"US": US_MIX, "CA": ["en", "en", "fr", "zh", "in", "ph"], "GB": ["en", "en", "en", "in", "pl", "ar", "ng"],
           "DE": ["de"] * 6 + ["tr", "pl", "ru", "gr"], "FR": ["fr"] * 6 + ["ar", "pt"], "ES": ["es"],
           "IT": ["it"], "NL": ["nl"] * 5 + ["tr", "ar"], "PT": ["pt"], "BR": ["pt"], "MX": ["es"],
           "AU": ["en", "en", "zh", "vi", "gr", "it"], "JP": ["ja"], "IN": ["in"], "SE": ["sv"]}


def addr(r, cc=None, unit=None):
    if cc is None:
        cc = r.choice(["US", "US", "US", "GB", "CA", "AU", "DE", "FR", "ES", "NL", "IT", "BR", "IN", "MX", "SE", "PT"])
    cname, _dial, cities, streets = PLACES[cc]
    city, region, rab, pcf, _areas = r.choice(cities)
    st = r.choice(streets.split("|"))
    n = r.randint(1, 199)
    u = ""
    dist = ""
    if unit is None:
        unit = maybe(r, 0.35)
    if cc in ("US", "CA"):
        street = "%d %s" % (r.randint(10, 9899), st)
        if unit:
            u = r.choice(["Apt %d%s" % (r.randint(1, 24), r.choice("ABCDEF")), "Unit %d" % r.randint(1, 450),
                          "Suite %d" % r.randint(100, 900), "#%d" % r.randint(101, 2405)])
    elif cc == "GB":
        street = "%d %s" % (n, st)
        if unit:
            u = "Flat %d" % r.randint(1, 30)
    elif cc in ("DE", "NL", "SE"):
        street = "%s %d%s" % (st, n, r.choice(["", "", "", "a", "b"]))
        if unit and cc == "NL":
            street += "-%d" % r.randint(1, 4)
        unit = False
    elif cc == "FR":
        street = "%d%s %s" % (n, r.choice(["", "", "", " bis"]), st)
        if unit:
            u = r.choice(["Bât. B", "Apt %d" % r.randint(1, 60), "Esc. 2"])
    elif cc == "ES":
        street = "%s %d" % (st, n)
        if unit:
            u = "%dº %s" % (r.randint(1, 9), r.choice("ABCD"))
    elif cc == "IT":
        street = "%s %d" % (st, n)
        if unit:
            u = "int. %d" % r.randint(1, 20)
    elif cc == "PT":
        street = "%s %d" % (st, n)
        if unit:
            u = "%d.º %s" % (r.randint(1, 8), r.choice(["Esq.", "Dto.", "A", "B"]))
    elif cc == "BR":
        street = "%s, %d" % (st, r.randint(10, 3500))
        if unit:
            u = "apto %d" % r.randint(11, 1804)
        dist = r.choice(["Consolação", "Jardins", "Ipanema", "Savassi", "Centro", "Boa Viagem", "Moinhos de Vento"])
    elif cc == "MX":
        street = "%s %d" % (st, r.randint(10, 2999))
        if unit:
            street += " Int. %d" % r.randint(1, 30)
        dist = "Col. " + r.choice(["Del Valle", "Roma Norte", "Condesa", "Americana", "Centro", "Narvarte"])
        unit = False
    elif cc == "AU":
        street = "%d %s" % (n, st)
        if unit:
            u = "Unit %d" % r.randint(1, 40)
    elif cc == "JP":
        street = "%d-%d-%d %s" % (r.randint(1, 6), r.randint(1, 30), r.randint(1, 20), st)
        dist = r.choice(["Shibuya-ku", "Kita-ku", "Nishi-ku", "Chuo-ku", "Meguro-ku"])
        unit = False
    elif cc == "IN":
        street = "%s, %s" % (r.choice(["No. %d" % n, "%d" % n, "Plot %d" % n]), st)
        if unit:
            u = "Flat %d, %s" % (r.randint(101, 1204), r.choice(["Sai Residency", "Prestige Lakeside",
                                                                   "Green Glen Apartments", "Shanti Kunj"]))
        dist = r.choice(["Indiranagar", "Koramangala", "Bandra West", "Kothrud", "Jubilee Hills", "Adyar"])
    else:  # SE etc.
        street = "%s %d" % (st, n)
    return Addr(street=street, unit=u, district=dist, city=city, region=region, rabbr=rab,
                postcode=pcf(r), cc=cc, country=cname if cc not in ("US", "CA", "GB", "AU", "IN", "JP")
                else COUNTRY_EN[cc] if cc != "US" else r.choice(["USA", "United States"]))


def city(r, cc=None):
    if cc is None:
        cc = r.choice(list(PLACES))
    c = r.choice(PLACES[cc][2])
    return c[0], c[1], c[2], cc


def _area(r, cc):
    return r.choice(r.choice(PLACES[cc][2])[4])


def phone(r, cc=None, mobile=None, intl=None):
    if cc is None:
        cc = r.choice(["US", "US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "CA", "AU", "JP", "IN", "PT", "SE"])
    if mobile is None:
        mobile = maybe(r, 0.6)
    if intl is None:
        intl = maybe(r, 0.5)
    if cc in ("US", "CA"):
        a = _area(r, cc)
        ex = "%d%s" % (r.randint(2, 9), dg(r, 2))
        if ex[1:] == "11":
            ex = ex[0] + "21"
        ln = dg(r, 4)
        return r.choice(["(%s) %s-%s" % (a, ex, ln), "%s-%s-%s" % (a, ex, ln), "%s.%s.%s" % (a, ex, ln),
                         "+1 %s %s %s" % (a, ex, ln), "+1 (%s) %s-%s" % (a, ex, ln), "+1-%s-%s-%s" % (a, ex, ln),
                         "1-%s-%s-%s" % (a, ex, ln)])
    if cc == "GB":
        if mobile:
            n = "7%d%s %s" % (r.choice([4, 5, 7, 8, 9]), dg(r, 2), dg(r, 6))
        else:
            a = _area(r, "GB")
            n = "%s %s %s" % (a, dg(r, 4), dg(r, 4)) if len(a) == 2 else "%s %s %s" % (a, dg(r, 3), dg(r, 4))
        return ("+44 " + n) if intl else ("+44 (0)" + n if maybe(r, 0.15) else "0" + n)
    if cc == "DE":
        if mobile:
            p = r.choice(["151", "152", "157", "160", "170", "171", "176", "179"])
            s = dg(r, r.choice([7, 8]))
            return r.choice(["+49 %s %s" % (p, s), "+49 %s %s %s" % (p, s[:4], s[4:])]) if intl else \
                r.choice(["0%s %s" % (p, s), "0%s/%s" % (p, s), "0%s-%s" % (p, s)])
        a = _area(r, "DE")
        s = dg(r, 8 - len(a) + 2)
        return r.choice(["+49 %s %s" % (a, s), "+49 (0)%s %s" % (a, s)]) if intl else \
            r.choice(["0%s %s" % (a, s), "0%s/%s" % (a, s), "(0%s) %s" % (a, s)])
    if cc == "FR":
        first = r.choice("67") if mobile else _area(r, "FR")
        g = [dg(r, 2) for _ in range(4)]
        if intl:
            return "+33 %s %s" % (first, " ".join(g))
        return r.choice([" ", "."]).join(["0" + first] + g)
    if cc == "ES":
        if mobile:
            s = r.choice("67") + dg(r, 8)
        else:
            a = _area(r, "ES")
            s = a + dg(r, 9 - len(a))
        f = r.choice(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:]), s])
        return ("+34 " + f) if intl else f
    if cc == "IT":
        if mobile:
            s = "3" + r.choice(["20", "28", "33", "35", "38", "39", "40", "45", "47", "49"]) + dg(r, 7)
            f = r.choice(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s %s" % (s[:3], s[3:])])
        else:
            a = _area(r, "IT")
            s = dg(r, 10 - len(a))
            f = "%s %s %s" % (a, s[:4], s[4:])
        return ("+39 " + f) if intl else f
    if cc == "NL":
        if mobile:
            s = dg(r, 8)
            return r.choice(["+31 6 %s" % s, "+31 6 %s %s" % (s[:4], s[4:])]) if intl else \
                r.choice(["06-%s" % s, "06 %s %s" % (s[:4], s[4:]), "06%s" % s])
        a = _area(r, "NL")
        s = dg(r, 9 - len(a))
        return ("+31 %s %s %s" % (a, s[:3], s[3:])) if intl else ("0%s-%s" % (a, s))
    if cc == "PT":
        s = (r.choice(["91", "92", "93", "96"]) + dg(r, 7)) if mobile else (_area(r, "PT") + dg(r, 7))[:9]
        f = "%s %s %s" % (s[:3], s[3:6], s[6:])
        return ("+351 " + f) if intl else f
    if cc == "BR":
        a = _area(r, "BR")
        s = ("9" + dg(r, 4)) if mobile else (r.choice("2345") + dg(r, 3))
        l = dg(r, 4)
        return r.choice(["+55 %s %s-%s" % (a, s, l), "+55 (%s) %s-%s" % (a, s, l)]) if intl else \
            "(%s) %s-%s" % (a, s, l)
    if cc == "MX":
        a = _area(r, "MX")
        s = dg(r, 10 - len(a))
        f = "%s %s %s" % (a, s[:len(s) - 4], s[-4:])
        return ("+52 " + f) if intl else f
    if cc == "AU":
        if mobile:
            s = "4" + dg(r, 8)
            return ("+61 %s %s %s" % (s[:3], s[3:6], s[6:])) if intl else ("0%s %s %s" % (s[:3], s[3:6], s[6:]))
        a = _area(r, "AU")
        s = dg(r, 8)
        return ("+61 %s %s %s" % (a, s[:4], s[4:])) if intl else ("(0%s) %s %s" % (a, s[:4], s[4:]))
    if cc == "JP":
        if mobile:
            p = r.choice(["90", "80", "70"])
            s = "%s-%s-%s" % (p, dg(r, 4), dg(r, 4))
        else:
            a = _area(r, "JP")
            s = "%s-%s-%s" % (a, dg(r, 5 - len(a)), dg(r, 4))
        return ("+81 " + s) if intl else ("0" + s)
    if cc == "IN":
        if mobile:
            s = r.choice("6789") + dg(r, 9)
            return ("+91 %s %s" % (s[:5], s[5:])) if intl else r.choice(["0%s %s" % (s[:5], s[5:]), s])
        a = _area(r, "IN")
        s = dg(r, 10 - len(a))
        return ("+91 %s %s %s" % (a, s[:4], s[4:])) if intl else ("0%s %s %s" % (a, s[:4], s[4:]))
    if cc == "SE":
        if mobile:
            s = "7" + r.choice("0236") + dg(r, 7)
            return ("+46 %s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:])) if intl else \
                ("0%s-%s %s %s" % (s[:2], s[2:5], s[5:7], s[7:]))
        a = _area(r, "SE")
        s = dg(r, 7)
        return ("+46 %s %s %s" % (a, s[:3], s[3:])) if intl else ("0%s-%s %s" % (a, s[:3], s[3:]))
    raise KeyError(cc)


def tollfree(r):
    return r.choice(["1-800-%s-%s" % (dg(r, 3), dg(r, 4)), "(888) %d%s-%s" % (r.randint(2, 9), dg(r, 2), dg(r, 4)),
                     "+1 877 %d%s %s" % (r.randint(2, 9), dg(r, 2), dg(r, 4)), "0800 %s %s" % (dg(r, 3), dg(r, 4)),
                     "1-866-%d%s-%s" % (r.randint(2, 9), dg(r, 2), dg(r, 4))])


# --------------------------------------------------------------------------
# dates and times
# --------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}


def rdate(r, y0=2021, y1=2026):
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def rdob(r):
    return rdate(r, 1948, 2006)


def rdt(r, y0=2022, y1=2026):
    d = rdate(r, y0, y1)
    return _dt.datetime(d.year, d.month, d.day, r.randint(5, 21), r.choice([0, 0, 15, 30, 45, r.randint(0, 59)]),
                        r.randint(0, 59))


def fdate(r, d, lang="en", style=None):
    M = MONTHS.get(lang, MONTHS["en"])
    W = WEEKDAYS.get(lang, WEEKDAYS["en"])
    m, dd, y = d.month, d.day, d.year
    if lang == "en":
        styles = ["mdy_long", "mdy_short", "dmy_long", "us_num", "iso", "wd_long", "wd_short", "dmy_short",
                  "us_num_short"]
    elif lang == "ja":
        styles = ["ja", "iso", "ja_slash"]
    else:
        styles = ["num", "num", "long", "iso", "wd_long"]
    s = style or r.choice(styles)
    if s == "iso":
        return d.isoformat()
    if lang == "en":
        if s == "mdy_long":
            return "%s %d, %d" % (M[m - 1], dd, y)
        if s == "mdy_short":
            return "%s %d, %d" % (M[m - 1][:3], dd, y)
        if s == "dmy_long":
            return "%d %s %d" % (dd, M[m - 1], y)
        if s == "dmy_short":
            return "%02d %s %d" % (dd, M[m - 1][:3], y)
        if s == "us_num":
            return "%02d/%02d/%d" % (m, dd, y)
        if s == "us_num_short":
            return "%d/%d/%02d" % (m, dd, y % 100)
        if s == "wd_long":
            return "%s, %s %d, %d" % (W[d.weekday()], M[m - 1], dd, y)
        if s == "wd_short":
            return "%s, %s %d, %d" % (W[d.weekday()][:3], M[m - 1][:3], dd, y)
        if s == "num":
            return "%02d/%02d/%d" % (dd, m, y)
        return "%s %d, %d" % (M[m - 1], dd, y)
    if lang == "ja":
        if s == "ja_slash":
            return "%d/%02d/%02d" % (y, m, dd)
        return "%d年%d月%d日" % (y, m, dd)
    if s == "num":
        sep = {"de": ".", "nl": "-", "sv": "-"}.get(lang, "/")
        if lang == "sv":
            return d.isoformat()
        return "%02d%s%02d%s%d" % (dd, sep, m, sep, y)
    long = {
        "de": "%d. %s %d", "fr": "%d %s %d", "es": "%d de %s de %d", "pt": "%d de %s de %d",
        "it": "%d %s %d", "nl": "%d %s %d", "sv": "%d %s %d",
    }[lang] % (dd, M[m - 1], y)
    if s == "wd_long":
        wd = W[d.weekday()]
        if lang == "de":
            return "%s, %s" % (wd, long)
        if lang in ("es", "pt"):
            return "%s, %s" % (wd, long)
        return "%s %s" % (wd, long)
    return long


def ftime(r, h, mi, lang="en"):
    if lang == "en":
        hh = h % 12 or 12
        return r.choice(["%d:%02d %s" % (hh, mi, "AM" if h < 12 else "PM"),
                         "%d:%02d %s" % (hh, mi, "am" if h < 12 else "pm"),
                         "%d:%02d%s" % (hh, mi, "am" if h < 12 else "pm"),
                         "%02d:%02d" % (h, mi)])
    if lang == "de":
        return r.choice(["%d:%02d Uhr" % (h, mi), "%02d:%02d Uhr" % (h, mi), "%02d:%02d" % (h, mi)])
    if lang in ("fr",):
        return r.choice(["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi), "%d h %02d" % (h, mi)])
    if lang == "pt":
        return r.choice(["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi)])
    if lang == "ja":
        return r.choice(["%d時%02d分" % (h, mi), "%d:%02d" % (h, mi)])
    return "%02d:%02d" % (h, mi)


def fdatetime(r, t, lang="en", style=None):
    d = fdate(r, t.date(), lang, style)
    tm = ftime(r, t.hour, t.minute, lang)
    join = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", ", "], "es": [" a las ", ", "],
            "pt": [" às ", ", "], "it": [" alle ", ", "], "nl": [" om ", ", "], "sv": [" kl. ", " "],
            "ja": [" "]}[lang]
    return d + r.choice(join) + tm


def iso_dt(t, tz=None, frac=False):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += ".%03d" % (t.microsecond // 1000)
    if tz is None:
        return s + "Z"
    return s + tz


def log_ts(r, t, style=None):
    s = style or r.choice(["iso", "iso_ms", "space", "bracket", "syslog"])
    ms = t.microsecond // 1000
    if s == "iso":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + "Z"
    if s == "iso_ms":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % ms
    if s == "space":
        return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % ms
    if s == "bracket":
        return "[" + t.strftime("%d/%b/%Y:%H:%M:%S") + " +0000]"
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)


def soon(r, t, lo=1, hi=30):
    """a datetime a few days after t, at a plausible appointment time"""
    x = t + _dt.timedelta(days=r.randint(lo, hi))
    return x.replace(hour=r.randint(7, 19), minute=r.choice([0, 0, 15, 30, 30, 45]), second=0, microsecond=0)


def epoch(t):
    return int((t - _dt.datetime(1970, 1, 1)).total_seconds())


def tick(r, t, lo=1, hi=90):
    return t + _dt.timedelta(seconds=r.randint(lo, hi), microseconds=r.randint(0, 999999))


# --------------------------------------------------------------------------
# identifiers (labelled) and hard-negative identifiers
# --------------------------------------------------------------------------
def card(r, brand=None, fmt=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        body = "4" + dg(r, 14)
    elif brand == "mc":
        body = r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        body += dg(r, 15 - len(body))
    elif brand == "amex":
        body = r.choice(["34", "37"]) + dg(r, 12)
    else:
        body = "6011" + dg(r, 11)
    num = body + luhn_digit(body)
    fmt = fmt or r.choice(["space", "space", "plain", "dash"])
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {  # cc: (length, bban builder)
    "DE": (22, lambda r: dg(r, 18)),
    "FR": (27, lambda r: dg(r, 10) + rs(r, UP + DG, 11) + dg(r, 2)),
    "ES": (24, lambda r: dg(r, 20)),
    "IT": (27, lambda r: r.choice(UP) + dg(r, 10) + rs(r, UP + DG, 12)),
    "NL": (18, lambda r: r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ"]) + dg(r, 10)),
    "GB": (22, lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(r, 14)),
    "PT": (25, lambda r: dg(r, 21)),
    "BE": (16, lambda r: dg(r, 12)),
    "AT": (20, lambda r: dg(r, 16)),
    "CH": (21, lambda r: dg(r, 17)),
    "IE": (22, lambda r: r.choice(["AIBK", "BOFI"]) + dg(r, 14)),
    "SE": (24, lambda r: dg(r, 20)),
    "PL": (28, lambda r: dg(r, 24)),
    "LU": (20, lambda r: dg(r, 3) + rs(r, UP + DG, 13)),
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    ln, fn = IBAN_SPEC[cc]
    bban = fn(r)
    assert len(bban) == ln - 4, cc
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    if grouped is None:
        grouped = maybe(r, 0.6)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    cc = s[:2]
    if cc not in IBAN_SPEC or len(s) != IBAN_SPEC[cc][0]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%s%02d%s%04d" % (a, sep, r.randint(1, 99), sep, r.randint(1, 9999))


def bad_ssn(r):
    a = r.choice([0, 666, r.randint(900, 999)])
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


SSN_RE = re.compile(r"^(\d{3})([- ]?)(\d{2})\2(\d{4})$")


def ssn_ok(s):
    m = SSN_RE.match(s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def mrn(r):
    return r.choice([dg(r, 8), dg(r, 7), "E" + dg(r, 7), "%s-%s-%s" % (dg(r, 3), dg(r, 3), dg(r, 3)),
                     r.choice("HMK") + dg(r, 8), "%s%s" % (rs(r, UP, 2), dg(r, 6))])


def health_plan(r):
    mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.choice("ACDEFGHJKMNPQRTUVWXY"),
                                       r.choice("ACDEFGHJKMNPQRTUVWXY" + DG), r.randint(0, 9),
                                       r.choice("ACDEFGHJKMNPQRTUVWXY"), r.choice("ACDEFGHJKMNPQRTUVWXY" + DG),
                                       r.randint(0, 9), r.choice("ACDEFGHJKMNPQRTUVWXY"),
                                       r.choice("ACDEFGHJKMNPQRTUVWXY"), r.randint(0, 9), r.randint(0, 9))
    return r.choice([rs(r, UP, 3) + dg(r, 9), "W" + dg(r, 9), mbi, rs(r, UP, 3) + dg(r, 8) + "-0" + str(r.randint(1, 4)),
                     "%s%s" % (r.choice(["U", "H", "K"]), dg(r, 10)), dg(r, 9) + r.choice(["00", "01", "02"])])


def account_no(r, kind="customer"):
    if kind == "bank":
        return dg(r, r.choice([9, 10, 11, 12]))
    return r.choice([dg(r, 8), "%s-%s" % (dg(r, 4), dg(r, 4)), "%s%s" % (rs(r, UP, 2), dg(r, 7)),
                     "%s %s %s" % (dg(r, 4), dg(r, 4), dg(r, 2)), dg(r, 10)])


def gym_member_no(r):
    return r.choice([dg(r, 8), "M" + dg(r, 7), "%s-%s" % (dg(r, 3), dg(r, 5)), "%s%s" % (dg(r, 2), dg(r, 6))])


def driver_license(r, where=None):
    where = where or r.choice(["CA", "NY", "FL", "TX", "WA", "IL", "GB", "DE", "ON", "NSW", "CO", "MA"])
    if where == "CA":
        return r.choice(UP) + dg(r, 7)
    if where == "NY":
        return r.choice([dg(r, 9), "%s %s %s" % (dg(r, 3), dg(r, 3), dg(r, 3))])
    if where == "FL":
        return "%s%s-%s-%s-%s-%s" % (r.choice(UP), dg(r, 3), dg(r, 3), dg(r, 2), dg(r, 3), dg(r, 1))
    if where == "TX":
        return dg(r, 8)
    if where == "WA":
        return "WDL" + rs(r, UP + DG, 9)
    if where == "IL":
        return "%s%s-%s-%s" % (r.choice(UP), dg(r, 3), dg(r, 4), dg(r, 4))
    if where == "CO":
        return "%s-%s-%s" % (dg(r, 2), dg(r, 3), dg(r, 4))
    if where == "MA":
        return "S" + dg(r, 8)
    if where == "GB":
        return "%s%d%s%s%s%d%s" % (rs(r, UP, 5), r.randint(0, 9), dg(r, 5), r.choice(UP), r.choice(UP),
                                   r.randint(0, 9), rs(r, UP, 2))
    if where == "DE":
        return r.choice(UP) + dg(r, 3) + rs(r, UP + DG, 6) + dg(r, 1)
    if where == "ON":
        return "%s%s-%s-%s" % (r.choice(UP), dg(r, 4), dg(r, 5), dg(r, 5))
    if where == "NSW":
        return dg(r, 8)
    return dg(r, 9)


def routing(r):
    while True:
        d = [int(x) for x in dg(r, 8)]
        d[0] = r.choice([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def bic(r, cc="DE"):
    return rs(r, UP, 4) + cc + rs(r, UP + DG, 2) + r.choice(["", "XXX"])


def npi(r):
    return "1" + dg(r, 9)


def order_no(r):
    return r.choice(["#%s" % dg(r, 7), "ORD-%s-%s" % (r.randint(2021, 2026), dg(r, 6)), "W%s" % dg(r, 9),
                     "%s-%s-%s" % (dg(r, 3), dg(r, 7), dg(r, 7)), "PT%s" % rs(r, UP + DG, 8)])


def ticket_no(r):
    return r.choice(["#%d" % r.randint(10000, 999999), "ZD-%d" % r.randint(100000, 999999),
                     "CS-%s" % rs(r, UP + DG, 6), "%d" % r.randint(1000000, 9999999), "SR%s" % dg(r, 8)])


def tracking(r):
    return r.choice(["1Z%s%s" % (rs(r, UP + DG, 6), dg(r, 10)), dg(r, 12), "JD%s" % dg(r, 18),
                     "%s%sDE" % (rs(r, UP, 2), dg(r, 9)), "9400%s" % dg(r, 18)])


def serial(r):
    return r.choice(["%s%s" % (rs(r, UP, 2), rs(r, UP + DG, 10)), "%s-%s-%s" % (rs(r, UP + DG, 4), rs(r, UP + DG, 4),
                                                                               rs(r, UP + DG, 4)),
                     "G%s" % rs(r, UP + DG, 11), dg(r, 12)])


def mac(r):
    return ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(6))


def ipv4(r, private=None):
    if private is None:
        private = maybe(r, 0.3)
    if private:
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    while True:
        a = r.randint(11, 223)
        if a not in (127, 169, 172, 192, 100):
            break
    return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r):
    g = [r.choice(["2001:db8", "2a02:%x" % r.randint(0x100, 0xfff), "2600:%x" % r.randint(0x1000, 0x1fff),
                   "2804:%x" % r.randint(0x100, 0xfff), "fe80:"])]
    n = r.randint(3, 6)
    parts = ["%x" % r.randint(0, 0xffff) for _ in range(n)]
    s = g[0] + ":" + ":".join(parts)
    full = len(s.split(":"))
    if full < 8 and "::" not in s:
        s = g[0] + "::" + ":".join(parts)
    ipaddress.ip_address(s)
    return s


def ip(r):
    return ipv6(r) if maybe(r, 0.2) else ipv4(r)


# --------------------------------------------------------------------------
# secrets
# --------------------------------------------------------------------------
def aws_akid(r):
    return "AKIA" + rs(r, UP + "234567", 16)


def aws_secret(r):
    return rs(r, UP + LO + DG + "/+", 40)


def gh_token(r):
    return "ghp_" + rs(r, ALNUM, 36)


def slack_token(r):
    return "xoxb-%s-%s-%s" % (dg(r, r.randint(10, 12)), dg(r, r.randint(12, 13)), rs(r, ALNUM, 24))


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, ALNUM, r.choice([24, 34, 99]))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, claims=None):
    alg = r.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(r, ALNUM, 12)
    t = rdt(r, 2024, 2026)
    pl = {"sub": uuid4(r) if maybe(r) else "usr_" + rs(r, ALNUM, 14), "iat": epoch(t), "exp": epoch(t) + 3600}
    if maybe(r):
        pl["iss"] = r.choice(["https://auth.pulsetrack.app", "https://id.stridelabs.io", "https://login.sommeo.com"])
    if maybe(r):
        pl["scope"] = r.choice(["activity:read heartrate:read", "sync:write", "profile openid", "billing"])
    if claims:
        pl.update(claims)
    sig = rs(r, B64U, 43 if alg == "HS256" else 86)
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(pl, separators=(",", ":")).encode()), sig)


def pem(r, kind=None, nl="\n"):
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    nlines = {"RSA PRIVATE KEY": r.randint(12, 25), "PRIVATE KEY": r.randint(10, 26), "EC PRIVATE KEY": 3}[kind]
    body = [("MII" if i == 0 and kind != "EC PRIVATE KEY" else "") + rs(r, B64, 64) for i in range(nlines)]
    body[0] = body[0][:64]
    body.append(rs(r, B64, r.randint(8, 60)) + r.choice(["", "=", "=="]))
    return nl.join(["-----BEGIN %s-----" % kind] + body + ["-----END %s-----" % kind])


def cert_block(r, nl="\n"):
    body = [rs(r, B64, 64) for _ in range(r.randint(6, 12))] + [rs(r, B64, 20) + "=="]
    return nl.join(["-----BEGIN CERTIFICATE-----", "MIID" + body[0][4:]] + body[1:] + ["-----END CERTIFICATE-----"])


def password(r, url_safe=False):
    if url_safe:
        return re.sub(r"[^A-Za-z0-9_.!-]", "", password(r)) or "Pw" + dg(r, 8)
    return _password(r)


def _password(r):
    w = r.choice(["Summer", "Kettlebell", "Marathon", "Sunrise", "Treadmill", "Protein", "Bluebird", "Cardio",
                  "Yoga", "Sprinter", "Lunge", "Falcon", "Deadlift", "Hydrate"])
    return r.choice([
        w + dg(r, r.randint(2, 4)) + r.choice("!#$%&*?"),
        rs(r, ALNUM + "!@#%^&*", r.randint(10, 18)),
        w.lower() + r.choice(["_", ".", "-"]) + dg(r, 4),
        r.choice(["Tr", "Gy", "Ru"]) + rs(r, LO, 3) + "!" + dg(r, 3) + rs(r, UP, 2),
        rs(r, LO, 4) + "-" + rs(r, LO, 4) + "-" + rs(r, LO, 4) + dg(r, 1),
    ])


def generic_secret(r, kind=None):
    kind = kind or r.choice(["hex32", "hex40", "b64", "sg", "whsec", "tw", "dd", "bearer", "pfx"])
    if kind == "hex32":
        return rs(r, HEX, 32)
    if kind == "hex40":
        return rs(r, HEX, 40)
    if kind == "b64":
        return rs(r, ALNUM, 40)
    if kind == "sg":
        return "SG.%s.%s" % (rs(r, B64U, 22), rs(r, B64U, 43))
    if kind == "whsec":
        return "whsec_" + rs(r, ALNUM, 32)
    if kind == "tw":
        return rs(r, HEX, 32)
    if kind == "dd":
        return rs(r, HEX, 32)
    if kind == "bearer":
        return r.choice(["ya29.", "gho_", "at_", "pat_"]) + rs(r, B64U, r.randint(40, 90))
    return r.choice(["ptk_live_", "fsk_", "api_", "whk_"]) + rs(r, ALNUM, 32)


def fcm_server_key(r):
    return "AAAA" + rs(r, B64U, 7) + ":APA91b" + rs(r, B64U, 134)


def apns_token(r):
    return rs(r, HEX, 64)


# --------------------------------------------------------------------------
# brands / hard-negative vocab
# --------------------------------------------------------------------------
APPS = ["PulseTrack", "StrideLabs", "Sommeo", "Lunara", "NutriLog", "FitNova", "CoreSync", "Vitalink",
        "Rythmia", "KettleHQ", "TrailMetric", "BloomCycle"]
APP_DOMAIN = {"PulseTrack": "pulsetrack.app", "StrideLabs": "stridelabs.io", "Sommeo": "sommeo.com",
              "Lunara": "lunara.health", "NutriLog": "nutrilog.app", "FitNova": "fitnova.com",
              "CoreSync": "coresync.io", "Vitalink": "vitalink.health", "Rythmia": "rythmia.co",
              "KettleHQ": "kettlehq.com", "TrailMetric": "trailmetric.com", "BloomCycle": "bloomcycle.app"}
DEVICES = ["Pulse Band 3", "Pulse Band 4 Pro", "Stride Watch S2", "Sommeo Ring Gen2", "CoreSync Scale X",
           "Vitalink HR Strap", "TrailMetric GPS 920", "Lunara BBT Sensor", "Rythmia Sleep Pad", "FitNova Rower One"]
GYMS = ["IronHaus Fitness", "Peak Performance Club", "Urban Kettle", "FlexZone", "BodyWorks 24/7",
        "Atlas Strength Lab", "Sportcentrum Vitaal", "Palestra Energia", "Gimnasio Fuerza Viva", "Club Oxygène"]
FOODS = [("Greek yogurt, plain 2%", 170, 150), ("Rolled oats", 40, 150), ("Banana", 118, 105),
         ("Chicken breast, grilled", 140, 231), ("Brown rice, cooked", 195, 216), ("Almonds", 28, 164),
         ("Avocado toast", 1, 290), ("Salmon fillet", 154, 280), ("Protein shake (whey)", 1, 120),
         ("Broccoli, steamed", 91, 31), ("Eggs, scrambled (2)", 1, 182), ("Apple", 182, 95),
         ("Quinoa salad", 1, 310), ("Peanut butter", 32, 190), ("Dark chocolate 70%", 20, 120),
         ("Lentil soup", 245, 230), ("Sweet potato, baked", 150, 135), ("Cottage cheese", 113, 98)]
DRUGS = ["metformin", "levothyroxine", "sertraline", "ibuprofen", "melatonin", "atorvastatin", "lisinopril",
         "Ozempic", "norethindrone", "ferrous sulfate", "magnesium glycinate"]
WORKOUTS = ["Morning Run", "Tempo Run", "Zone 2 Ride", "Upper Body Strength", "HIIT 20", "Yoga Flow",
            "Long Run", "Rowing Intervals", "Leg Day", "Swim - Pool", "Evening Walk", "Pilates Core"]
TZS = ["Europe/Berlin", "America/New_York", "America/Los_Angeles", "Europe/London", "Asia/Tokyo",
       "America/Sao_Paulo", "Europe/Madrid", "Australia/Sydney", "Asia/Kolkata", "America/Chicago"]
OSV = ["iOS 17.4.1", "iOS 18.1", "iPadOS 17.5", "Android 14", "Android 13 (API 33)", "Android 15", "watchOS 10.4",
       "Wear OS 4"]
def hw_os(r):
    if maybe(r, 0.5):
        return r.choice(["iPhone15,3", "iPhone14,5", "iPhone16,2", "iPhone 13 mini"]), r.choice(["iOS 17.4.1", "iOS 18.1", "iOS 17.6"])
    return r.choice(["Pixel 8 Pro", "SM-S918B", "SM-A546B", "Pixel 7a", "OnePlus 11", "Xiaomi 13T"]), \
        r.choice(["Android 14", "Android 13 (API 33)", "Android 15"])


PHONES_HW = ["iPhone15,3", "iPhone14,5", "iPhone16,2", "Pixel 8 Pro", "SM-S918B", "SM-A546B", "Pixel 7a",
             "OnePlus 11", "Xiaomi 13T"]


# --------------------------------------------------------------------------
# format helpers
# --------------------------------------------------------------------------
def compact_phone(s):
    s = s.replace("(0)", "")
    return ("+" if s.startswith("+") else "") + re.sub(r"\D", "", s)


def e164(r, cc):
    s = compact_phone(phone(r, cc, intl=True))
    if not s.startswith("+"):
        dial = PLACES[cc][1]
        s = "+" + (s if s.startswith(dial) and len(s) > 10 else dial + s.lstrip("0"))
    return s


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(d, v, indent=2, lvl=0, compact=False):
    """JSON writer; a tuple (value, TYPE) is a labelled leaf (TYPE may be None)."""
    if isinstance(v, tuple):
        val, typ = v
        if isinstance(val, str):
            d.t('"')
            d.e(jesc(val), typ)
            d.t('"')
        else:
            d.e(json.dumps(val), typ)
        return
    if isinstance(v, dict) or isinstance(v, list):
        isd = isinstance(v, dict)
        o, c = ("{", "}") if isd else ("[", "]")
        items = list(v.items()) if isd else list(enumerate(v))
        if not items:
            d.t(o + c)
            return
        if indent is None:
            d.t(o)
            for i, (k, x) in enumerate(items):
                if i:
                    d.t("," if compact else ", ")
                if isd:
                    d.t(json.dumps(k) + (":" if compact else ": "))
                jdump(d, x, None, 0, compact)
            d.t(c)
            return
        pad = " " * (indent * (lvl + 1))
        d.t(o + "\n")
        for i, (k, x) in enumerate(items):
            d.t(pad)
            if isd:
                d.t(json.dumps(k, ensure_ascii=False) + ": ")
            jdump(d, x, indent, lvl + 1, compact)
            d.t(",\n" if i < len(items) - 1 else "\n")
        d.t(" " * (indent * lvl) + c)
        return
    d.t(json.dumps(v, ensure_ascii=False))


def csv_cell(d, v, sep=","):
    if isinstance(v, tuple):
        val, typ = v
    else:
        val, typ = v, None
    val = "" if val is None else str(val)
    if sep in val or '"' in val or "\n" in val:
        d.t('"')
        d.e(val.replace('"', '""'), typ)
        d.t('"')
    elif val:
        d.e(val, typ)


def csv_row(d, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            d.t(sep)
        csv_cell(d, c, sep)
    d.t("\n")


def rfc2822(r, t):
    tz = r.choice(["+0000", "-0500", "-0800", "+0100", "+0200", "-0300", "+0530", "+0900", "-0700"])
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def name_addr(d, r, name, mail):
    if name and maybe(r, 0.85):
        if maybe(r, 0.4):
            d.t('"')
            d.e(name, PER)
            d.t('" <')
        else:
            d.e(name, PER)
            d.t(" <")
        d.e(mail, EML)
        d.t(">")
    else:
        d.e(mail, EML)


def mail_headers(d, r, frm, to, t, cc=None, subject=None):
    """frm/to: (name|None, email). Writes From/To/Cc/Date(/Message-ID)/Subject."""
    blocks = []

    def _from():
        d.t("From: ")
        name_addr(d, r, *frm)
        d.t("\n")

    def _to():
        d.t("To: ")
        name_addr(d, r, *to)
        d.t("\n")

    def _date():
        d.t("Date: " + rfc2822(r, t) + "\n")

    blocks = [_from, _to, _date]
    if r.random() < 0.5:
        blocks = [_date, _from, _to]
    for b in blocks:
        b()
    if cc:
        d.t("Cc: ")
        name_addr(d, r, *cc)
        d.t("\n")
    if maybe(r, 0.4):
        d.t("Message-ID: <%s@%s>\n" % (rs(r, HEX, 16), frm[1].split("@")[1]))
    if subject is not None:
        d.t("Subject: %s\n" % subject)


SIGNOFF = {"en": ["Best,", "Thanks,", "Cheers,", "Kind regards,", "Best regards,", "--", "Warmly,"],
           "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG"],
           "fr": ["Cordialement,", "Bien à vous,", "Bonne journée,", "À bientôt,"],
           "es": ["Saludos,", "Un saludo,", "Atentamente,", "Gracias,"],
           "pt": ["Abraços,", "Atenciosamente,", "Obrigado,", "Att.,"],
           "it": ["Cordiali saluti,", "Un saluto,", "Grazie,"],
           "nl": ["Met vriendelijke groet,", "Groeten,", "Mvg,"],
           "ja": ["よろしくお願いいたします。"]}


def signature(d, r, p, cc="US", lang="en", title=None, org=None, mail=None, web=None, ph=True):
    d.t("\n" + r.choice(SIGNOFF[lang]) + "\n")
    d.e(p.full if maybe(r, 0.8) else p.given, PER)
    d.t("\n")
    if title:
        d.t(title + "\n")
    if org:
        d.t(org + "\n")
    if ph:
        lab = {"en": ["Tel: ", "T ", "Phone: ", "Mobile: ", "M: ", ""], "de": ["Tel.: ", "Mobil: ", "T "],
               "fr": ["Tél. : ", "Tél : ", "Port. : "], "es": ["Tel.: ", "Móvil: "], "pt": ["Tel.: ", "Cel.: "],
               "it": ["Tel. ", "Cell. "], "nl": ["T: ", "Tel: ", "Mob: "], "ja": ["TEL: "]}[lang]
        d.t(r.choice(lab))
        d.e(phone(r, cc), PHN)
        d.t("\n")
    if mail:
        d.e(mail, EML)
        d.t("\n")
    if web:
        d.e(web, URL)
        d.t("\n")


def app_url(r, app, path=None):
    dom = APP_DOMAIN[app]
    path = path or r.choice(["/help/sync", "/account/settings", "/support/articles/%d" % r.randint(1000, 99999),
                             "/legal/privacy", "/coach/schedule?week=%d" % r.randint(1, 52), "/billing",
                             "/app/download?ref=email", "/r/%s" % rs(r, ALNUM, 6)])
    sub = r.choice(["", "www.", "help.", "app."])
    return "https://%s%s%s" % (sub if not path.startswith("/r/") else "", dom, path)


def meet_url(r):
    return r.choice(["https://zoom.us/j/%s" % dg(r, 11), "https://us02web.zoom.us/j/%s?pwd=%s" % (dg(r, 11), rs(r, ALNUM, 32)),
                     "https://meet.google.com/%s-%s-%s" % (rs(r, LO, 3), rs(r, LO, 4), rs(r, LO, 3)),
                     "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % rs(r, ALNUM, 28)])


# --------------------------------------------------------------------------
# kinds registry
# --------------------------------------------------------------------------
KINDS = []


def kind(name, lang="en", empty=False):
    def deco(fn):
        KINDS.append((name, lang, empty, fn))
        return fn
    return deco


# ============================== ENGLISH KINDS ==============================

@kind("signup_record_json")
def k_signup_json(r):
    d = Doc()
    cc = r.choice(["US", "US", "GB", "DE", "FR", "CA", "AU", "BR", "IN", "NL", "ES", "IT", "MX", "JP", "SE"])
    p = person(r, CC_CULT[cc])
    lang = CC_LANG.get(cc, "en")
    t = rdt(r)
    app = r.choice(APPS)
    prof = {}
    keys = [("first_name", (p.given, PER)), ("last_name", (p.family, PER)),
            ("email", (email(r, p, lang=lang), EML))]
    if maybe(r, 0.3):
        keys = [("full_name", (p.full, PER)), ("email", (email(r, p, lang=lang), EML))]
    if maybe(r, 0.75):
        keys.append(("phone", (e164(r, cc) if maybe(r, 0.7) else phone(r, cc), PHN)))
    keys.append((r.choice(["date_of_birth", "birthdate", "dob", "birthday"]), (rdob(r).isoformat(), DOB)))
    r.shuffle(keys)
    for k, v in keys:
        prof[k] = v
    prof["display_name"] = handle(r, p)
    prof["sex"] = r.choice(["female", "male", "non_binary", "prefer_not_to_say"])
    prof["height_cm"] = r.randint(150, 198)
    prof["weight_kg"] = round(r.uniform(48, 118), 1)
    prof["locale"] = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "pt": "pt_BR", "it": "it_IT", "nl": "nl_NL",
                      "ja": "ja_JP", "sv": "sv_SE"}.get(lang, r.choice(["en_US", "en_GB", "en_AU"]))
    prof["timezone"] = r.choice(TZS)
    if maybe(r, 0.5):
        c = city(r, cc)
        prof["home_city"] = (c[0], LOC)
    hw, _os = hw_os(r)
    doc = {"event": r.choice(["user.signup", "account.created", "UserRegistered"]),
           "event_id": uuid4(r), "occurred_at": iso_dt(t, frac=maybe(r)),
           "user_id": uuid4(r) if maybe(r) else "usr_" + rs(r, ALNUM, 16),
           "profile": prof,
           "signup": {"platform": "ios" if hw.startswith("iPhone") else "android", "app_version": version(r).split(" ")[0],
                      "device_model": hw, "os": _os, "ip": (ip(r), IP),
                      "referral_code": r.choice(["", "RUN-" + rs(r, UP + DG, 4), "FRIEND" + dg(r, 2)]),
                      "marketing_opt_in": maybe(r), "auth_provider": r.choice(["password", "apple", "google"])},
           "consents": {"terms_version": "2024-%02d" % r.randint(1, 12), "health_data_processing": True,
                        "research_program": maybe(r, 0.3)}}
    if doc["signup"]["auth_provider"] == "password" and maybe(r, 0.7):
        doc["credentials"] = {"password_hash": "$2b$12$" + rs(r, B64.replace("+", "."), 53)}
    if maybe(r, 0.2):
        doc["debug"] = {"raw_password": (password(r), PWD)}
    d.t("// %s signup webhook -> analytics-ingest\n" % app if maybe(r, 0.3) else "")
    jdump(d, doc, indent=r.choice([2, 2, 4, None]))
    d.t("\n")
    return d


@kind("signup_export_csv")
def k_signup_csv(r):
    d = Doc()
    cols = ["user_id", "first_name", "last_name", "email", "phone", "country", "birth_date", "plan", "created_at"]
    if maybe(r, 0.4):
        cols.remove("phone")
    if maybe(r, 0.3):
        cols.insert(6, "city")
    if maybe(r, 0.3):
        cols.append("signup_ip")
    sep = r.choice([",", ",", ";", "\t"])
    csv_row(d, cols, sep)
    use_names = maybe(r, 0.5)
    for _ in range(r.randint(3, 9)):
        cc = r.choice(["US", "US", "GB", "DE", "CA", "AU", "FR", "BR", "IN", "NL", "ES", "MX"])
        p = person(r, CC_CULT[cc])
        t = rdt(r)
        row = []
        for c in cols:
            if c == "user_id":
                row.append(uuid4(r) if maybe(r) else str(r.randint(100000, 9999999)))
            elif c == "first_name":
                row.append((p.given, PER))
            elif c == "last_name":
                row.append((p.family, PER))
            elif c == "email":
                row.append((email(r, p, lang=CC_LANG.get(cc, "en")), EML))
            elif c == "phone":
                row.append((e164(r, cc), PHN) if maybe(r, 0.8) else "")
            elif c == "country":
                row.append((COUNTRY_EN[cc], LOC) if use_names else cc)
            elif c == "city":
                row.append((city(r, cc)[0], LOC))
            elif c == "birth_date":
                b = rdob(r)
                row.append((b.isoformat() if sep != ";" else b.strftime("%d.%m.%Y"), DOB))
            elif c == "plan":
                row.append(r.choice(["free", "premium_monthly", "premium_annual", "family", "trial"]))
            elif c == "created_at":
                row.append(t.strftime("%Y-%m-%d %H:%M:%S") if maybe(r) else iso_dt(t))
            elif c == "signup_ip":
                row.append((ip(r), IP))
        csv_row(d, row, sep)
    return d


@kind("device_sync_log")
def k_sync_log(r):
    d = Doc()
    t = rdt(r)
    dev = r.choice(DEVICES)
    sn = serial(r)
    fw = "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9))
    p = person(r)
    mail = email(r, p)
    style = r.choice(["iso_ms", "space", "iso"])
    sess = rs(r, HEX, 12)
    lvlw = r.choice([5, 1])

    def line(level, comp, msg_parts):
        nonlocal t
        t = tick(r, t, 0, 8)
        d.t("%s %s %s " % (log_ts(r, t, style), level.ljust(lvlw), "[%s]" % comp))
        for part in msg_parts:
            if isinstance(part, tuple):
                d.e(*part)
            else:
                d.t(part)
        d.t("\n")

    client_ip = ip(r)
    line("INFO", "SyncService", ["session=%s start device=\"%s\" serial=%s fw=%s" % (sess, dev, sn, fw)])
    line("INFO", "Auth", ["token ok user=", (mail, EML), " account=%s" % uuid4(r)])
    line("DEBUG", "Net", ["client ", (client_ip, IP), ":%d via %s" % (r.randint(1024, 65000),
                                                                     r.choice(["wifi", "cellular", "ble-proxy"]))])
    line("INFO", "BLE", ["connected mac=%s rssi=%d mtu=%d" % (mac(r), -r.randint(40, 90), r.choice([23, 185, 247]))])
    for _ in range(r.randint(2, 6)):
        kindm = r.choice(["hr", "steps", "spo2", "sleep_stages", "hrv", "skin_temp"])
        line("INFO", "Upload", ["%s batch=%d samples=%d bytes=%d took=%dms" % (
            kindm, r.randint(1, 40), r.randint(60, 86400), r.randint(2000, 900000), r.randint(40, 4000))])
    if maybe(r, 0.5):
        line("WARN", "Upload", ["HTTP 429 from ", (r.choice(["https://ingest.%s/v2/batch" % APP_DOMAIN[r.choice(APPS)],
                                                               "https://api.%s/sync" % APP_DOMAIN[r.choice(APPS)]]), URL),
                                " retry_after=%ds attempt=%d" % (r.randint(5, 120), r.randint(1, 4))])
    if maybe(r, 0.35):
        line("DEBUG", "Http", ["Authorization: Bearer ", (jwt(r), JWT)])
    if maybe(r, 0.3):
        line("DEBUG", "Net", ["edge node ", (ipv4(r, private=True), IP), " latency=%dms" % r.randint(8, 300)])
    if maybe(r, 0.5):
        line("ERROR", "Parser", ["checksum mismatch seq=%d crc=0x%s expected=0x%s" % (
            r.randint(1, 9999), rs(r, "0123456789ABCDEF", 8), rs(r, "0123456789ABCDEF", 8))])
    line("INFO", "SyncService", ["session=%s done status=%s duration=%.1fs" % (
        sess, r.choice(["OK", "PARTIAL", "OK"]), r.uniform(1, 90))])
    return d


def _chat_prefix(r, style, t):
    if style == "br":
        return "[%02d:%02d] " % (t.hour, t.minute)
    if style == "ampm":
        return "%d:%02d %s  " % (t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
    if style == "full":
        return "%s " % t.strftime("%Y-%m-%d %H:%M")
    return ""


@kind("coaching_chat")
def k_coaching_chat(r):
    d = Doc()
    coach = person(r, ["en", "en", "de", "es", "in", "ng", "ko"])
    client = person(r, US_MIX)
    app = r.choice(APPS)
    t = rdt(r)
    style = r.choice(["br", "ampm", "full"])
    d.t(r.choice(["%s Coaching - conversation export\n" % app, "Chat transcript (%s Premium)\n" % app,
                  "=== Coach thread ===\n"]))
    d.t("Participants: ")
    d.e(coach.full, PER)
    d.t(" (coach), ")
    d.e(client.full, PER)
    d.t("\n\n")
    cn = coach.given
    kn = client.given

    def say(who, parts):
        nonlocal t
        t = tick(r, t, 30, 900)
        d.t(_chat_prefix(r, style, t))
        d.e(who, PER)
        d.t(": ")
        for x in parts:
            if isinstance(x, tuple):
                d.e(*x)
            else:
                d.t(x)
        d.t("\n")

    appt = soon(r, t)
    say(cn, ["Morning ", (kn, PER), "! How did the ", r.choice(["tempo run", "zone 2 ride", "deload week",
                                                                  "new sleep routine"]), " go?"])
    say(kn, [r.choice(["Pretty good, legs felt heavy though.", "Honestly rough, I only slept 5h 40m.",
                       "Great!! HR stayed under 150 the whole time."])])
    opts = r.sample(range(6), 3)
    for o in opts:
        if o == 0:
            dr = person(r, US_MIX)
            say(kn, ["FYI I have a physio appointment with Dr. ", (dr.family, PER), " on ",
                     (fdatetime(r, appt, "en"), DT), " so I'll skip Thursday's session."])
        elif o == 1:
            c = city(r, "US")
            say(kn, ["Also traveling to ", ("%s, %s" % (c[0], c[2]), LOC) if maybe(r) else (c[0], LOC),
                     " next week, hotel gym only."])
        elif o == 2:
            say(kn, ["If it's easier you can text me at ", (phone(r, "US"), PHN)])
        elif o == 3:
            say(kn, ["Started ", r.choice(DRUGS), " last week, doc said it might affect resting HR."])
        elif o == 4:
            say(cn, ["Noted. I moved your check-in to ", (fdate(r, appt.date(), "en"), DT), ". Same link as always: ",
                     (meet_url(r), URL)])
        else:
            say(kn, ["Took ", r.choice(["Biscuit", "Luna", "Max", "Pepper", "Mochi"]),
                     " (the dog) on a 45 min walk instead, counts right?"])
    say(cn, ["Sounds good. Keep RPE around %d, and log your meals in the app. Talk soon!" % r.randint(5, 8)])
    return d


@kind("coach_followup_email")
def k_coach_email(r):
    d = Doc()
    app = r.choice(APPS)
    coach = person(r, ["en", "en", "es", "in", "de", "fr"])
    client = person(r, US_MIX)
    cmail = "%s.%s@%s" % (_slug(coach.given), _slug(coach.family), APP_DOMAIN[app])
    t = rdt(r)
    mail_headers(d, r, (coach.full, cmail), (client.full, email(r, client)), t,
                 subject=r.choice(["Your 4-week plan + next check-in", "Recap of today's session",
                                   "Re: knee pain during squats", "Check-in notes"]))
    d.t("\n")
    d.t(r.choice(["Hi ", "Hey ", "Hello "]))
    d.e(client.given, PER)
    d.t(",\n\n")
    d.t(r.choice(["Great session today. ", "Thanks for the update. ", "Nice work this week. "]))
    d.t("Quick recap: you averaged %s steps/day and %dh %02dm of sleep, resting HR %d bpm.\n\n" % (
        "{:,}".format(r.randint(4000, 16000)), r.randint(5, 8), r.randint(0, 59), r.randint(48, 78)))
    nxt = soon(r, t, 3, 21)
    d.t("Our next check-in is on ")
    d.e(fdatetime(r, nxt, "en"), DT)
    d.t(r.choice([" (video).", ".", " - same time as usual."]))
    d.t("\n")
    if maybe(r, 0.6):
        d.t("Link: ")
        d.e(meet_url(r), URL)
        if maybe(r, 0.7):
            d.t("\nPasscode: ")
            d.e(r.choice([dg(r, 6), rs(r, ALNUM, 8)]), PWD)
        d.t("\n")
    if maybe(r, 0.4):
        d.t("\nI also looped in our dietitian, ")
        dt_ = person(r, US_MIX)
        d.e(dt_.full, PER)
        d.t(", who will reach out from ")
        d.e(email(r, dt_, domain=APP_DOMAIN[app]), EML)
        d.t(".\n")
    d.t("\nPlan for this week is in the app under Programs > Week %d. " % r.randint(1, 12))
    d.t("If the knee acts up again, stop and ping me.\n")
    signature(d, r, coach, "US", "en", title=r.choice(["Certified Coach", "Head Coach", "NASM-CPT, Coach"]),
              org=app, web=app_url(r, app) if maybe(r, 0.4) else None)
    return d


@kind("period_tracker_export_json")
def k_period_export(r):
    d = Doc()
    cc = r.choice(["US", "GB", "DE", "FR", "ES", "BR", "NL", "AU", "CA", "IN", "MX"])
    p = person(r, CC_CULT[cc])
    start = rdate(r, 2023, 2025)
    cycles = []
    for i in range(r.randint(2, 4)):
        ln = r.randint(25, 33)
        per = r.randint(3, 7)
        cycles.append({"start_date": (start.isoformat(), DT),
                       "period_end_date": ((start + _dt.timedelta(days=per - 1)).isoformat(), DT),
                       "cycle_length_days": ln, "flow": [r.choice(["light", "medium", "heavy", "spotting"])
                                                        for _ in range(per)]})
        start += _dt.timedelta(days=ln)
    syms = []
    for _ in range(r.randint(1, 3)):
        sd = rdate(r, 2023, 2025)
        syms.append({"date": (sd.isoformat(), DT), "symptoms": r.sample(
            ["cramps", "headache", "bloating", "fatigue", "acne", "mood_swings", "back_pain", "insomnia"], 2),
            "bbt_celsius": round(r.uniform(36.1, 37.2), 2)})
    user = {"name": (p.full, PER), "email": (email(r, p, lang=CC_LANG.get(cc, "en")), EML),
            "birth_date": (rdob(r).isoformat(), DOB), "goal": r.choice(["track_cycle", "conceive", "avoid_pregnancy",
                                                                       "perimenopause"])}
    if maybe(r, 0.5):
        user.pop("birth_date")
        user["age_range"] = r.choice(["18-24", "25-34", "35-44"])
    doc = {"app": "BloomCycle" if maybe(r) else "Lunara", "export_format": "2.%d" % r.randint(0, 4),
           "generated_at": iso_dt(rdt(r)), "user": user, "cycles": cycles, "daily_logs": syms,
           "medications": [{"name": r.choice(DRUGS), "reminder": "daily"}]}
    if maybe(r, 0.4):
        q = person(r, CC_CULT[cc])
        doc["partner_sharing"] = {"enabled": True, "partner_name": (q.given, PER),
                                  "partner_email": (email(r, q), EML)}
    jdump(d, doc, indent=2)
    d.t("\n")
    return d


@kind("sleep_weekly_report_email")
def k_sleep_report(r):
    d = Doc()
    p = person(r, INTL)
    mail = email(r, p)
    t = rdt(r)
    d.t("From: Sommeo Sleep <")
    d.e("reports@sommeo.com", EML)
    d.t(">\n")
    d.t("To: ")
    d.e(mail, EML)
    d.t("\nDate: %s\nSubject: Your weekly sleep report\n\n" % rfc2822(r, t))
    d.t("Hi ")
    d.e(p.given, PER)
    d.t(",\n\nHere's how you slept this week.\n\n")
    d.t("  Average sleep:       %dh %02dm\n" % (r.randint(5, 8), r.randint(0, 59)))
    d.t("  Sleep score:         %d (%+d vs last week)\n" % (r.randint(55, 95), r.randint(-9, 9)))
    d.t("  Deep sleep:          %d%%\n  REM:                 %d%%\n" % (r.randint(10, 25), r.randint(15, 28)))
    d.t("  Resting heart rate:  %d bpm\n\n" % r.randint(45, 75))
    dd = t - _dt.timedelta(days=r.randint(1, 7))
    d.t("Your best night was ")
    d.e(fdate(r, dd.date(), "en", r.choice(["wd_long", "wd_short", "mdy_long"])), DT)
    d.t(", when you fell asleep at ")
    d.e(ftime(r, r.choice([21, 22, 23]), r.randint(0, 59), "en"), DT)
    d.t(" and woke at ")
    d.e(ftime(r, r.choice([5, 6, 7]), r.randint(0, 59), "en"), DT)
    d.t(".\nYou snored for %d minutes on average; your ring recorded %d awakenings.\n\n" % (
        r.randint(0, 60), r.randint(1, 9)))
    if maybe(r, 0.5):
        d.t("Traveling? We noticed your time zone changed to %s.\n\n" % r.choice(TZS))
    d.t("Tip: try keeping your bedroom at 18-19 °C.\n\n")
    d.t("Manage notifications: ")
    d.e("https://sommeo.com/account/notifications?u=%s" % rs(r, ALNUM, 12), URL)
    d.t("\nThis email was sent to ")
    d.e(mail, EML)
    d.t(". Sommeo Inc., ")
    d.e(addr(r, "US", unit=True).oneline(), ADR)
    d.t("\n")
    return d


@kind("nutrition_diary_day")
def k_nutrition_diary(r):
    d = Doc()
    p = person(r, INTL)
    day = rdate(r)
    d.t("NutriLog - Food Diary\n")
    d.t(r.choice(["Member: ", "Name: ", "Diary of "]))
    d.e(p.name(r, ("full", "full", "lastfirst", "upper")), PER)
    d.t("\nDate: ")
    d.e(fdate(r, day, "en"), DT)
    d.t("\nGoal: %d kcal | P %dg / C %dg / F %dg\n\n" % (r.randint(1500, 3200), r.randint(80, 200),
                                                         r.randint(120, 350), r.randint(40, 110)))
    total = 0
    for meal in ["Breakfast", "Lunch", "Dinner", "Snacks"]:
        d.t(meal.upper() + "\n")
        for f, g, kcal in r.sample(FOODS, r.randint(1, 3)):
            q = r.choice([0.5, 1, 1, 1.5, 2])
            total += int(kcal * q)
            d.t("  %-28s %5s  %4d kcal\n" % (f, "%gx" % q, int(kcal * q)))
    d.t("\nTOTAL %d kcal   Water: %.1f L   Steps (synced): %s\n" % (total, r.uniform(0.8, 3.5),
                                                                   "{:,}".format(r.randint(2000, 20000))))
    if maybe(r, 0.7):
        d.t("\nNotes: ")
        o = r.randint(0, 2)
        if o == 0:
            f = person(r, INTL)
            d.t("Lunch out with ")
            d.e(f.given, PER)
            d.t(", guessed the portion sizes.")
        elif o == 1:
            d.t("Took %s with breakfast. Felt bloated after dinner." % r.choice(DRUGS))
        else:
            q = person(r, US_MIX)
            d.t("Shared with my dietitian ")
            d.e(q.full, PER)
            d.t(" (")
            d.e(email(r, q, domain=r.choice(["nutrilog.app", "healthyplate.co", "gmail.com"])), EML)
            d.t(").")
        d.t("\n")
    return d


@kind("gym_membership_form")
def k_gym_form(r):
    d = Doc()
    cc = r.choice(["US", "US", "GB", "CA", "AU"])
    p = person(r, CC_CULT[cc])
    a = addr(r, cc)
    gym = r.choice(GYMS[:6])
    c = a.city
    nf = "us_num" if cc in ("US", "CA") else "num"
    cur = {"US": "$", "CA": "$", "AU": "$", "GB": "£"}[cc]
    d.t("%s - %s\n" % (gym.upper(), r.choice(["MEMBERSHIP AGREEMENT", "NEW MEMBER APPLICATION", "Membership Form"])))
    d.t("Club: ")
    d.e(c, LOC)
    d.t(" %s\n" % r.choice(["Downtown", "North", "Riverside", "Central", "Eastside"]))
    d.t("Membership No.: ")
    d.e(gym_member_no(r), ACC)
    d.t("\n\n1. MEMBER DETAILS\n")
    fields = [("Full name", (p.name(r, ("full", "upper", "mid")), PER)),
              ("Date of birth", (fdate(r, rdob(r), "en", r.choice([nf, "iso", "dmy_long"])), DOB)),
              ("Mobile", (phone(r, cc, True), PHN)), ("Email", (email(r, p), EML))]
    if maybe(r, 0.5):
        fields.append(("Home address", (a.oneline(), ADR)))
    else:
        fields += [("Street", (a.line1, ADR)), ("City", (a.city, LOC))]
        if a.rabbr:
            fields.append(("State" if cc in ("US", "AU") else "Province", (a.rabbr, LOC)))
        fields.append(("ZIP" if cc == "US" else "Postcode", a.postcode))
    for k, v in fields:
        d.f("%s: {v}\n" % k, v=v)
    d.t("\n2. EMERGENCY CONTACT\n")
    e = person(r, CC_CULT[cc])
    d.f("Name: {n}   Relationship: %s   Phone: {ph}\n" % r.choice(["Spouse", "Mother", "Friend", "Partner", "Brother"]),
        n=(e.full, PER), ph=(phone(r, cc), PHN))
    d.t("\n3. MEMBERSHIP\n")
    st = rdate(r)
    d.t("Plan: %s   Start date: " % r.choice(["Monthly All-Access", "Off-Peak", "Annual Prepaid", "Student"]))
    d.e(fdate(r, st, "en", nf), DT)
    d.t("   Dues: %s/mo   Enrollment fee: %s\n" % (amount(r, cur, 19, 89), amount(r, cur, 0, 99)))
    if maybe(r, 0.35):
        d.t("Card for monthly dues: ")
        d.e(card(r), CC)
        d.t("   Exp: ")
        d.e("%02d/%02d" % (r.randint(1, 12), r.randint(25, 31)), DT)
        d.t("   Cardholder: ")
        d.e(p.full.upper(), PER)
        d.t("\n")
    else:
        d.t("Payment method: %s ending %s\n" % (r.choice(["Visa", "Mastercard", "Amex"]), dg(r, 4)))
    if maybe(r, 0.6):
        d.t("\n4. PHOTO ID (verified at front desk)\n")
        st_ = {"US": r.choice(["WA", "CA", "NY", "TX", "FL", "IL", "CO", "MA"]), "GB": "GB", "CA": "ON", "AU": "NSW"}[cc]
        d.t("Driver's licence no.: " if cc != "US" else "Driver license #: ")
        d.e(driver_license(r, st_), DL)
        if cc == "US":
            d.t("   Issuing state: ")
            d.e(st_, LOC)
        d.t("   Exp: ")
        d.e(fdate(r, rdate(r, 2025, 2031), "en", nf), DT)
        d.t("\n")
    d.t("\nMember signature: ______________   Date: ")
    d.e(fdate(r, st, "en", nf), DT)
    d.t("\nStaff: ")
    s = person(r, CC_CULT[cc])
    d.e(s.given if maybe(r) else s.full, PER)
    d.t("   Barcode: %s\n" % dg(r, 12))
    return d


@kind("device_support_ticket")
def k_device_ticket(r):
    d = Doc()
    cc = r.choice(["US", "US", "GB", "CA", "AU", "IN", "IE" if False else "US"])
    p = person(r, CC_CULT[cc])
    agent = person(r, ["en", "ph", "in", "en"])
    dev = r.choice(DEVICES)
    mail = email(r, p)
    d.t("Ticket %s  |  Status: %s  |  Priority: %s\n" % (ticket_no(r), r.choice(["Open", "Pending", "Solved"]),
                                                        r.choice(["Normal", "High", "Low"])))
    d.t("Subject: %s\n" % r.choice(["%s won't sync after update" % dev, "%s not charging" % dev,
                                     "Heart rate readings way off on %s" % dev, "Band keeps disconnecting"]))
    d.t("Requester: ")
    name_addr(d, r, p.full, mail)
    d.t("\nChannel: %s   Tags: %s\n" % (r.choice(["email", "web form", "chat", "in-app"]),
                                        ", ".join(r.sample(["sync", "ble", "firmware", "android", "ios", "rma",
                                                            "battery", "warranty"], 3))))
    d.t("Device: %s  S/N %s  FW %s  App %s  Phone: %s / %s\n" % (
        dev, serial(r), version(r).split(" ")[0], version(r).split(" ")[0], *hw_os(r)))
    d.t("Order: %s\n" % order_no(r))
    d.t("-" * 60 + "\n")
    t = rdt(r)
    d.t("%s - " % t.strftime("%b %d, %Y %H:%M"))
    d.e(p.full, PER)
    d.t(" wrote:\n")
    d.t(r.choice(["Since the last firmware update my band only syncs if I restart my phone. ",
                  "The band was fine until last week, now it drops Bluetooth every few minutes. ",
                  "Battery goes from 100% to dead in about 9 hours. "]))
    d.t("I've already tried re-pairing and reinstalling the app (%s).\n" % version(r).split(" ")[0])
    if maybe(r, 0.5):
        d.t("You can reach me at ")
        d.e(phone(r, cc), PHN)
        d.t(" after work.\n")
    d.t("\n%s - " % tick(r, t, 3600, 90000).strftime("%b %d, %Y %H:%M"))
    d.e(agent.given, PER)
    d.t(" (%s Support) replied:\n" % r.choice(APPS))
    d.t("Hi ")
    d.e(p.given, PER)
    d.t(", sorry about that! I've reviewed the diagnostics your app uploaded (log id %s). " % uuid4(r))
    if maybe(r, 0.6):
        a = addr(r, cc)
        d.t("We'll ship a replacement under warranty. Please confirm the shipping address:\n\n")
        d.e(p.full.upper() if maybe(r, 0.3) else p.full, PER)
        d.t("\n")
        d.e("\n".join(a.lines(country=maybe(r, 0.3))), ADR)
        d.t("\n\nRMA %s - the prepaid return label expires on " % ("RMA-%s" % dg(r, 7)))
        d.e(fdate(r, rdate(r), "en"), DT)
        d.t(".\n")
    else:
        d.t("Please try a factory reset (hold the button for 15 seconds) and let me know.\n")
    d.t("\n%s\n" % r.choice(["Kind regards,", "Best,", "Thanks!"]))
    d.e(agent.full if maybe(r) else agent.given, PER)
    d.t("\n")
    return d


@kind("rma_return_label")
def k_rma_label(r):
    d = Doc()
    cc = r.choice(["US", "US", "CA", "GB", "DE", "NL", "AU"])
    p = person(r, CC_CULT[cc])
    a = addr(r, cc)
    wh_cc = "US" if cc in ("US", "CA") else ("AU" if cc == "AU" else r.choice(["NL", "DE", "GB"]))
    wh = addr(r, wh_cc, unit=False)
    carrier = r.choice(["UPS Ground", "FedEx Home", "USPS Priority", "DHL Paket", "PostNL", "Royal Mail Tracked 48",
                        "Australia Post"])
    d.t("RETURN MERCHANDISE AUTHORIZATION\n%s\n\n" % carrier)
    d.t("SHIP FROM:\n")
    d.e(p.full.upper(), PER)
    d.t("\n")
    d.e("\n".join(x.upper() for x in a.lines(country=maybe(r, 0.4))), ADR)
    d.t("\n")
    if maybe(r, 0.6):
        d.t("TEL ")
        d.e(phone(r, cc), PHN)
        d.t("\n")
    d.t("\nSHIP TO:\n%s RETURNS CENTER\nATTN: RMA %s\n" % (r.choice(APPS).upper(), dg(r, 8)))
    d.e("\n".join(x.upper() for x in wh.lines(country=True)), ADR)
    d.t("\n\nTRACKING #: %s\nWEIGHT: %.1f %s   DIMS: %dx%dx%d\n" % (tracking(r), r.uniform(0.2, 4.5),
                                                                   r.choice(["LBS", "KG"]), r.randint(10, 40),
                                                                   r.randint(8, 30), r.randint(3, 15)))
    d.t("REF 1: %s   REF 2: %s\n" % (order_no(r), serial(r)))
    d.t("Drop off by: ")
    d.e(fdate(r, rdate(r), "en", r.choice(["mdy_short", "us_num", "iso"])), DT)
    d.t("\nContents: 1x %s (defective), charging cable\n" % r.choice(DEVICES))
    return d


@kind("apple_health_export_xml")
def k_apple_health(r):
    d = Doc()
    p = person(r, INTL)
    dob = rdob(r)
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>\n]>\n')
    d.t('<HealthData locale="%s">\n' % r.choice(["en_US", "en_GB", "de_DE", "fr_FR", "es_ES"]))
    t0 = rdt(r)
    tz = r.choice([" -0800", " -0500", " +0100", " +0200", " +0000", " +0530"])
    d.t(' <ExportDate value="%s%s"/>\n' % (t0.strftime("%Y-%m-%d %H:%M:%S"), tz))
    d.t(' <Me HKCharacteristicTypeIdentifierDateOfBirth="')
    d.e(dob.isoformat(), DOB)
    d.t('" HKCharacteristicTypeIdentifierBiologicalSex="%s" HKCharacteristicTypeIdentifierBloodType="%s" '
        'HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet"/>\n' % (
            r.choice(["HKBiologicalSexFemale", "HKBiologicalSexMale"]),
            r.choice(["HKBloodTypeAPositive", "HKBloodTypeONegative", "HKBloodTypeNotSet"])))
    watch = maybe(r, 0.7)
    types = [("HKQuantityTypeIdentifierHeartRate", "count/min", lambda: str(r.randint(52, 168))),
             ("HKQuantityTypeIdentifierStepCount", "count", lambda: str(r.randint(12, 2400))),
             ("HKQuantityTypeIdentifierRestingHeartRate", "count/min", lambda: str(r.randint(46, 78))),
             ("HKQuantityTypeIdentifierOxygenSaturation", "%", lambda: "%.2f" % r.uniform(0.92, 1.0)),
             ("HKQuantityTypeIdentifierBodyMass", "kg", lambda: "%.1f" % r.uniform(50, 110)),
             ("HKQuantityTypeIdentifierHeartRateVariabilitySDNN", "ms", lambda: "%.3f" % r.uniform(18, 95))]
    t = t0 - _dt.timedelta(days=r.randint(1, 60))
    for _ in range(r.randint(2, 5)):
        ty, unit, val = r.choice(types)
        t = tick(r, t, 60, 40000)
        e = t + _dt.timedelta(seconds=r.randint(0, 600))
        d.t('  <Record type="%s" sourceName="' % ty)
        if watch:
            d.e(p.given, PER)
            d.t("’s Apple Watch" if maybe(r) else "'s Apple Watch")
        else:
            d.t(r.choice(["Health", "PulseTrack", "Withings", "iPhone"]))
        d.t('" sourceVersion="%s" unit="%s" creationDate="%s%s" startDate="' % (
            r.choice(["10.3", "17.4.1", "9.6"]), unit, (e + _dt.timedelta(seconds=r.randint(1, 300))).strftime(
                "%Y-%m-%d %H:%M:%S"), tz))
        d.e(t.strftime("%Y-%m-%d %H:%M:%S") + tz, DT)
        d.t('" endDate="')
        d.e(e.strftime("%Y-%m-%d %H:%M:%S") + tz, DT)
        d.t('" value="%s"/>\n' % val())
    if maybe(r, 0.6):
        t = tick(r, t, 3600, 80000)
        e = t + _dt.timedelta(minutes=r.randint(20, 120))
        d.t('  <Workout workoutActivityType="%s" duration="%.4f" durationUnit="min" totalDistance="%.3f" '
            'totalDistanceUnit="km" sourceName="%s" startDate="' % (
                r.choice(["HKWorkoutActivityTypeRunning", "HKWorkoutActivityTypeCycling",
                          "HKWorkoutActivityTypeTraditionalStrengthTraining"]), r.uniform(20, 120),
                r.uniform(0, 42), r.choice(["StrideLabs", "Workout", "TrailMetric"])))
        d.e(t.strftime("%Y-%m-%d %H:%M:%S") + tz, DT)
        d.t('" endDate="')
        d.e(e.strftime("%Y-%m-%d %H:%M:%S") + tz, DT)
        d.t('">\n   <MetadataEntry key="HKIndoorWorkout" value="%d"/>\n' % r.randint(0, 1))
        d.t('   <WorkoutRoute sourceName="StrideLabs"><FileReference path="/workout-routes/route_%s.gpx"/></WorkoutRoute>\n'
            % t.strftime("%Y-%m-%d_%I.%M%p").lower())
        d.t("  </Workout>\n")
    d.t("</HealthData>\n")
    return d


@kind("fitness_export_json")
def k_fitness_export(r):
    d = Doc()
    cc = r.choice(["US", "GB", "DE", "AU", "CA", "FR", "ES", "NL", "BR", "IN", "JP", "SE"])
    p = person(r, CC_CULT[cc])
    c = city(r, cc)
    prof = {"fullName": (p.full, PER), "displayName": handle(r, p), "email": (email(r, p, lang=CC_LANG.get(cc, "en")), EML),
            "dateOfBirth": (rdob(r).isoformat(), DOB), "gender": r.choice(["FEMALE", "MALE", "NA"]),
            "city": (c[0], LOC), "state": (c[1], LOC) if c[1] and c[1] != c[0] and maybe(r) else None,
            "country": cc, "memberSince": (rdate(r, 2015, 2022).isoformat(), DT),
            "strideLengthRunning": round(r.uniform(90, 140), 1), "timezone": r.choice(TZS),
            "avatar": ("https://static.%s/avatars/%s.png" % (APP_DOMAIN["TrailMetric"], rs(r, HEX, 24)), URL)}
    if prof["state"] is None:
        prof.pop("state")
    acts = []
    for _ in range(r.randint(1, 4)):
        t = rdt(r)
        acts.append({"activityId": r.randint(10 ** 9, 10 ** 10), "activityName": r.choice(WORKOUTS),
                     "startTimeLocal": (t.strftime("%Y-%m-%dT%H:%M:%S") + ".0", DT),
                     "duration": r.randint(600000, 9000000), "distance": round(r.uniform(0, 42000), 1),
                     "averageHR": r.randint(95, 175), "calories": r.randint(80, 1600),
                     "deviceId": r.randint(10 ** 9, 4 * 10 ** 9)})
    doc = {"exportedBy": "TrailMetric Connect %s" % version(r).split(" ")[0], "userProfile": prof, "activities": acts}
    if maybe(r, 0.3):
        doc["connectedApps"] = [{"name": r.choice(["Strava", "MyFitnessPal", "Komoot"]),
                                 "connectedOn": (rdate(r).isoformat(), DT)}]
    jdump(d, doc, indent=r.choice([2, 4]))
    d.t("\n")
    return d


@kind("push_apns_payload")
def k_apns(r):
    d = Doc()
    app = r.choice(APPS)
    p = person(r, INTL)
    d.t("POST /3/device/%s HTTP/2\nHost: api.push.apple.com\n" % apns_token(r))
    d.t("apns-topic: com.%s.ios\napns-push-type: alert\napns-priority: %d\napns-expiration: %d\n" % (
        app.lower(), r.choice([5, 10]), epoch(rdt(r))))
    d.t("apns-id: %s\n" % uuid4(r).upper())
    d.t("authorization: bearer ")
    d.e(jwt(r, {"iss": rs(r, UP + DG, 10)}), JWT)
    d.t("\n\n")
    title_kind = r.randint(0, 3)
    d.t('{\n  "aps": {\n    "alert": {\n      "title": "')
    if title_kind == 0:
        d.t("Nice work, ")
        d.e(p.given, PER)
        d.t("!")
    elif title_kind == 1:
        d.t("Streak: %d days" % r.randint(3, 120))
    elif title_kind == 2:
        d.t("Coach ")
        c = person(r)
        d.e(c.given, PER)
        d.t(" sent you a message")
    else:
        d.t("Time to wind down")
    d.t('",\n      "body": "')
    b = r.randint(0, 3)
    if b == 0:
        d.t("You closed all rings %d days in a row." % r.randint(2, 30))
    elif b == 1:
        d.t("Your session starts at ")
        d.e(ftime(r, r.randint(6, 20), r.choice([0, 15, 30, 45]), "en"), DT)
        d.t(". Tap to join.")
    elif b == 2:
        d.t("Your period is likely to start in %d days." % r.randint(1, 5))
    else:
        d.t("Last night: %dh %dm, score %d." % (r.randint(4, 9), r.randint(0, 59), r.randint(40, 99)))
    d.t('"\n    },\n    "badge": %d,\n    "sound": "default",\n    "thread-id": "%s"' % (
        r.randint(0, 9), r.choice(["streaks", "coach", "cycle", "sleep"])))
    d.t(',\n    "mutable-content": 1\n  },\n  "deeplink": "%s://%s/%s",\n  "campaign_id": "cmp_%s",\n  "sent_at": %d\n}\n' % (
        app.lower(), r.choice(["coach", "streaks", "sleep", "cycle"]), rs(r, ALNUM, 8), rs(r, ALNUM, 10),
        epoch(rdt(r))))
    return d


@kind("push_fcm_request")
def k_fcm(r):
    d = Doc()
    app = r.choice(APPS)
    proj = "%s-prod-%s" % (app.lower(), dg(r, 4))
    d.t(r.choice(["$ curl -s -X POST \\\n  ", "POST "]))
    u = "https://fcm.googleapis.com/v1/projects/%s/messages:send" % proj
    if d.text().startswith("$"):
        d.e(u, URL)
        d.t(" \\\n  -H 'Authorization: Bearer ")
        d.e(generic_secret(r, "bearer").replace("gho_", "ya29.").replace("at_", "ya29.").replace("pat_", "ya29."),
            SEC)
        d.t("' \\\n  -H 'Content-Type: application/json' \\\n  -d @- <<'EOF'\n")
        end = "EOF\n"
    else:
        d.e(u, URL)
        d.t(" HTTP/1.1\nAuthorization: Bearer ")
        d.e("ya29." + rs(r, B64U, r.randint(80, 140)), SEC)
        d.t("\nContent-Type: application/json; UTF-8\n\n")
        end = ""
    p = person(r, INTL)
    d.t('{"message": {\n  "token": "%s:APA91b%s",\n  "notification": {\n    "title": "' % (
        rs(r, B64U, 11), rs(r, B64U, 134)))
    if maybe(r):
        d.e(p.given, PER)
        d.t(", your weekly summary is ready")
    else:
        d.t("Weekly summary ready")
    d.t('",\n    "body": "')
    if maybe(r):
        d.t("Reminder: session with coach ")
        d.e(person(r).given, PER)
        d.t(" on ")
        d.e(fdatetime(r, rdt(r), "en", r.choice(["mdy_short", "wd_short"])), DT)
    else:
        d.t("You walked %s steps this week (+%d%%)" % ("{:,}".format(r.randint(20000, 120000)), r.randint(1, 40)))
    d.t('"\n  },\n  "data": {"screen": "summary", "week": "%d", "uid": "%s"},\n' % (r.randint(1, 52), uuid4(r)))
    d.t('  "android": {"priority": "%s", "ttl": "%ds"}\n}}\n' % (r.choice(["high", "normal"]), r.randint(60, 86400)))
    d.t(end)
    return d


@kind("android_crash_breadcrumbs")
def k_android_crash(r):
    d = Doc()
    app = r.choice(APPS)
    pkg = "com.%s.android" % app.lower()
    p = person(r, INTL)
    mail = email(r, p)
    t = rdt(r)
    exc = r.choice(["java.lang.IllegalStateException", "java.lang.NullPointerException",
                    "kotlinx.serialization.SerializationException", "android.database.sqlite.SQLiteConstraintException"])
    d.t("FATAL EXCEPTION: %s\nProcess: %s, PID: %d\n" % (r.choice(["main", "DefaultDispatcher-worker-3", "SyncWorker"]),
                                                       pkg, r.randint(2000, 32000)))
    d.t("%s: " % exc)
    o = r.randint(0, 2)
    if o == 0:
        d.t("Unable to map profile for user ")
        d.e(mail, EML)
    elif o == 1:
        d.t("Unexpected null in field 'birthDate' (record %s)" % uuid4(r))
    else:
        d.t("UNIQUE constraint failed: samples.device_id, samples.ts (code 2067)")
    d.t("\n")
    for _ in range(r.randint(4, 8)):
        cls = r.choice(["profile.ProfileMapper", "sync.BatchUploader", "ble.GattCallback", "ui.HomeViewModel",
                        "data.SampleDao_Impl"])
        d.t("    at %s.%s.%s(%s.kt:%d)\n" % (pkg.rsplit(".", 1)[0], cls, r.choice(["map", "invoke", "run", "onCharacteristicChanged",
                                                                               "insertAll"]),
                                            cls.split(".")[-1], r.randint(12, 480)))
    d.t("\nBreadcrumbs:\n")
    api = "https://api.%s" % APP_DOMAIN[app]
    for _ in range(r.randint(3, 6)):
        t = tick(r, t, 0, 20)
        d.t("  %s.%03d " % (t.strftime("%H:%M:%S"), r.randint(0, 999)))
        b = r.randint(0, 3)
        if b <= 1:
            m = r.choice(["GET", "POST", "PUT"])
            d.t("http %s " % m)
            d.e(api + r.choice(["/v2/users/me?include=devices", "/v2/sync/batch", "/v2/workouts?since=%d" % epoch(t),
                                "/v1/coach/threads/%s" % rs(r, ALNUM, 10)]), URL)
            d.t(" -> %d\n" % r.choice([200, 200, 201, 401, 500, 503]))
        elif b == 2:
            d.t("ui.click %s\n" % r.choice(["button_sync", "tab_sleep", "card_workout", "fab_log_meal"]))
        else:
            d.t("ble notify 0x%s len=%d\n" % (rs(r, "0123456789ABCDEF", 4), r.randint(4, 244)))
    d.t("\nDevice: %s, %s  App: %s  Free RAM: %d MB\n" % (r.choice(PHONES_HW[3:]), r.choice(OSV[3:5] + ["Android 15"]),
                                                        version(r), r.randint(80, 2048)))
    d.t("User: id=%s" % uuid4(r))
    if maybe(r, 0.6):
        d.t(", email=")
        d.e(mail, EML)
    if maybe(r, 0.6):
        d.t(", ip_address=")
        d.e(ip(r), IP)
    d.t("\nCrash id: %s\n" % sha(r, 32))
    return d


@kind("subscription_invoice")
def k_invoice(r):
    d = Doc()
    cc = r.choice(["US", "US", "GB", "CA", "AU", "DE", "NL", "IN"])
    p = person(r, CC_CULT[cc])
    a = addr(r, cc)
    app = r.choice(APPS)
    cur = {"US": "$", "CA": "CA$", "AU": "A$", "GB": "£", "DE": "€", "NL": "€", "IN": "₹"}[cc]
    d.t("%s\nINVOICE\n\n" % app)
    d.t("Invoice number: %s-%s\n" % (rs(r, UP, 4), dg(r, 4)))
    inv = rdate(r)
    d.t("Date of issue: ")
    d.e(fdate(r, inv, "en", r.choice(["mdy_long", "dmy_long", "mdy_short"])), DT)
    d.t("\nDate due: ")
    d.e(fdate(r, inv + _dt.timedelta(days=r.choice([0, 7, 14])), "en", "mdy_long"), DT)
    d.t("\n\nBill to\n")
    d.e(p.full, PER)
    d.t("\n")
    d.e("\n".join(a.lines(country=True)), ADR)
    d.t("\n")
    d.e(email(r, p), EML)
    d.t("\n")
    if maybe(r, 0.5):
        d.t("Customer account: ")
        d.e(account_no(r), ACC)
        d.t("\n")
    plan = r.choice(["Premium - Annual", "Premium - Monthly", "Family Plan (up to 5)", "Coaching Pro"])
    end = inv + _dt.timedelta(days=365 if "Annual" in plan else 30)
    d.t("\nDescription%sQty   Unit price   Amount\n" % (" " * 20))
    price = amount(r, cur if len(cur) == 1 else "$", 5, 120)
    d.t("%-30s 1     %s       %s\n" % (plan, price, price))
    d.t("  ")
    d.e(fdate(r, inv, "en", "mdy_short"), DT)
    d.t(" – ")
    d.e(fdate(r, end, "en", "mdy_short"), DT)
    d.t("\n\nSubtotal %s\nTax (%d%%) %s\nAmount due %s\n" % (price, r.choice([0, 7, 19, 20, 21]),
                                                                   amount(r, cur if len(cur) == 1 else "$", 0, 20), price))
    d.t("\nPaid with %s •••• %s\n" % (r.choice(["Visa", "Mastercard", "Apple Pay (Visa)", "Amex"]), dg(r, 4)))
    d.t("Questions? ")
    d.e("billing@%s" % APP_DOMAIN[app], EML)
    d.t(" or ")
    d.e(app_url(r, app, "/billing/invoices/in_%s" % rs(r, ALNUM, 14)), URL)
    d.t("\n")
    return d


@kind("billing_dispute_chat")
def k_billing_chat(r):
    d = Doc()
    p = person(r, US_MIX)
    agent = person(r, ["en", "ph", "in"])
    app = r.choice(APPS)
    t = rdt(r)
    d.t("Live chat - %s Billing Support\nChat ID: %s\n\n" % (app, rs(r, UP + DG, 10)))
    lines = []

    def L(who, parts, agentside=False):
        nonlocal t
        t = tick(r, t, 10, 200)
        d.t("%s " % t.strftime("%H:%M:%S"))
        if agentside:
            d.e(agent.given, PER)
            d.t(" (Agent)")
        else:
            d.t("Visitor")
        d.t(": ")
        for x in parts:
            d.e(*x) if isinstance(x, tuple) else d.t(x)
        d.t("\n")

    L("a", ["Hi, you're chatting with ", (agent.given, PER), ". How can I help?"], True)
    L("v", ["I was charged twice for premium this month, %s and %s again" % (amount(r, "$", 8, 15), amount(r, "$", 8, 15))])
    L("a", ["Sorry to hear that! Can I get the email on the account?"], True)
    L("v", [(email(r, p), EML), " - name is ", (p.full, PER)])
    if maybe(r, 0.7):
        cno = card(r)
        L("v", ["the card is ", (cno, CC), " exp ",
                ("%02d/%02d" % (r.randint(1, 12), r.randint(25, 31)), DT)])
        L("a", ["Please don't share full card numbers in chat - I've redacted it on our side. "
                "I only need the last 4 digits: ", cno[-4:], "."], True)
    L("a", ["I see two charges: ch_%s and ch_%s. I've refunded the duplicate (refund %s), it can take 5-10 business days."
            % (rs(r, ALNUM, 14), rs(r, ALNUM, 14), "re_" + rs(r, ALNUM, 12))], True)
    if maybe(r, 0.5):
        L("v", ["ok. my phone is ", (phone(r, "US"), PHN), " if you need to call"])
    L("v", ["thanks"])
    L("a", ["You're welcome! Case %s is now closed." % ticket_no(r)], True)
    return d


@kind("stripe_webhook_event")
def k_stripe_event(r):
    d = Doc()
    cc = r.choice(["US", "US", "US", "CA", "GB", "AU", "DE", "FR", "NL"])
    p = person(r, CC_CULT[cc])
    a = addr(r, cc)
    t = rdt(r)
    d.t("POST /webhooks/stripe HTTP/1.1\nHost: billing.%s\nUser-Agent: Stripe/1.0 (+" % APP_DOMAIN[r.choice(APPS)])
    d.e("https://stripe.com/docs/webhooks", URL)
    d.t(")\n")
    d.t("Content-Type: application/json; charset=utf-8\nStripe-Signature: t=%d,v1=%s\n\n" % (epoch(t), sha(r, 64)))
    typ = r.choice(["charge.succeeded", "invoice.payment_failed", "customer.subscription.updated", "charge.refunded"])
    state = a.rabbr or (a.region if a.cc not in ("DE", "FR", "NL") else None)
    addrj = {"city": (a.city, LOC), "country": a.cc, "line1": (a.street, ADR),
             "line2": (a.unit, ADR) if a.unit else None, "postal_code": a.postcode,
             "state": (state, LOC) if state else None}
    obj = {"id": "ch_" + rs(r, ALNUM, 24), "object": "charge", "amount": r.randint(499, 14999),
           "currency": r.choice(["usd", "eur", "gbp", "cad"]),
           "billing_details": {"address": addrj, "email": (email(r, p), EML), "name": (p.full, PER),
                               "phone": (e164(r, cc), PHN) if maybe(r) else None},
           "invoice": "in_" + rs(r, ALNUM, 24), "livemode": True,
           "payment_method_details": {"card": {"brand": r.choice(["visa", "mastercard", "amex"]),
                                               "country": a.cc, "exp_month": r.randint(1, 12),
                                               "exp_year": r.randint(2025, 2031), "last4": dg(r, 4),
                                               "fingerprint": rs(r, ALNUM, 16)}, "type": "card"},
           "metadata": {"app_user_id": uuid4(r), "plan": r.choice(["premium_annual", "premium_monthly"])},
           "status": "succeeded" if "succeeded" in typ else "failed"}
    ev = {"id": "evt_" + rs(r, ALNUM, 24), "object": "event", "api_version": r.choice(["2023-10-16", "2024-04-10",
                                                                                        "2022-11-15"]),
          "created": epoch(t), "data": {"object": obj}, "livemode": True, "pending_webhooks": 1,
          "request": {"id": "req_" + rs(r, ALNUM, 14), "idempotency_key": uuid4(r)}, "type": typ}
    jdump(d, ev, indent=2)
    d.t("\n")
    return d


@kind("billing_service_env")
def k_billing_env(r):
    d = Doc()
    app = r.choice(APPS)
    dom = APP_DOMAIN[app]
    lines = []
    dbhost = r.choice(["billing-db.internal", "pg-%s.cluster-%s.eu-west-1.rds.amazonaws.com" % (
        rs(r, LO, 6), rs(r, LO + DG, 12)), "db.prod.%s" % dom])
    lines.append(["DATABASE_URL=postgres://billing_svc:", (password(r, True), PWD), "@%s:5432/billing?sslmode=require" % dbhost])
    lines.append(["STRIPE_SECRET_KEY=", (stripe_key(r), STK)])
    lines.append(["STRIPE_WEBHOOK_SECRET=", (generic_secret(r, "whsec"), SEC)])
    if maybe(r, 0.6):
        lines.append(["STRIPE_PUBLISHABLE_KEY=pk_live_" + rs(r, ALNUM, 40)])
    if maybe(r, 0.7):
        lines.append(["SLACK_BOT_TOKEN=", (slack_token(r), SLK)])
    if maybe(r, 0.7):
        lines.append(["AWS_ACCESS_KEY_ID=", (aws_akid(r), AKI)])
        lines.append(["AWS_SECRET_ACCESS_KEY=", (aws_secret(r), ASK)])
    if maybe(r, 0.5):
        lines.append(["SENDGRID_API_KEY=", (generic_secret(r, "sg"), SEC)])
    if maybe(r, 0.5):
        lines.append(["APPLE_SHARED_SECRET=", (rs(r, HEX, 32), SEC)])
    if maybe(r, 0.4):
        lines.append(["GOOGLE_PLAY_SA_JSON=${GCP_PLAY_SA_JSON}"])
    if maybe(r, 0.3):
        lines.append(["NPM_GITHUB_TOKEN=", (gh_token(r), GHT)])
    if maybe(r, 0.4):
        lines.append(["REDIS_PASSWORD=", (password(r), PWD)])
    if maybe(r, 0.5):
        lines.append(["BILLING_ALERTS_EMAIL=", ("billing-alerts@%s" % dom, EML)])
    if maybe(r, 0.5):
        lines.append(["PUBLIC_BASE_URL=", ("https://billing.%s" % dom, URL)])
    r.shuffle(lines)
    head = [["NODE_ENV=production"], ["PORT=%d" % r.choice([3000, 8080, 8000])],
            ["LOG_LEVEL=%s" % r.choice(["info", "warn", "debug"])], ["RELEASE=%s" % version(r).split(" ")[0]]]
    d.t("# %s subscription-service (%s)\n" % (app, r.choice(["production", "prod-eu", "prod-us"])))
    for ln in head + lines:
        for x in ln:
            d.e(*x) if isinstance(x, tuple) else d.t(x)
        d.t("\n")
    return d


STUDIES = ["Wearable Sleep & Recovery Study", "Heart Rhythm Detection with Consumer Smartwatches",
           "Menstrual Cycle and Resting Heart Rate Study", "Step Count Interventions in Older Adults",
           "Continuous Glucose and Activity (CGA) Pilot", "Remote Cardiac Rehab Adherence Trial"]


@kind("research_consent_form")
def k_consent(r):
    d = Doc()
    p = person(r, US_MIX)
    pi = person(r, US_MIX)
    a = addr(r, "US")
    st = r.choice(STUDIES)
    d.t("INFORMED CONSENT TO PARTICIPATE IN RESEARCH\n%s\n" % st)
    d.t("Protocol %s-%d-%03d | IRB #%d-%04d | Version %d.%d\n\n" % (rs(r, UP, 3), r.randint(2021, 2025),
                                                                      r.randint(1, 200), r.randint(2021, 2025),
                                                                      r.randint(1, 9999), r.randint(1, 5), r.randint(0, 9)))
    d.t("Principal Investigator: ")
    d.e(pi.name(r, ("full", "mid")), PER)
    d.t(", %s\n" % r.choice(["MD", "PhD", "MD, MPH", "DNP"]))
    d.t("Study contact: ")
    d.e(phone(r, "US", False), PHN)
    d.t(" | ")
    d.e("%s@%s" % (r.choice(["sleepstudy", "hrstudy", "cga-pilot", "research"]),
                   r.choice(["med.examplehealth.org", "uwhealth-research.org", "research.vitalink.health"])), EML)
    d.t("\n\nWHAT YOU WILL BE ASKED TO DO\nYou will wear a %s for %d weeks and sync it daily. The app collects heart rate, "
        "sleep stages, step counts and skin temperature every %d seconds. You will complete %d surveys "
        "(about %d minutes each).\n\n" % (r.choice(DEVICES), r.randint(4, 26), r.choice([30, 60, 300]),
                                          r.randint(3, 12), r.randint(5, 20)))
    d.t("PAYMENT\nYou will receive %s per completed month, up to %s. Payments over $600 per year are reported to the IRS; "
        "we therefore ask for your Social Security number below.\n\n" % (amount(r, "$", 25, 75), amount(r, "$", 100, 400)))
    d.t("PARTICIPANT INFORMATION\n")
    fields = [("Name", (p.name(r, ("full", "lastfirst", "mid")), PER)),
              ("Date of Birth", (fdate(r, rdob(r), "en", r.choice(["us_num", "mdy_long"])), DOB))]
    if maybe(r, 0.6):
        fields.append(("MRN", (mrn(r), MRN)))
    fields += [("Address", (a.oneline(), ADR)), ("Phone", (phone(r, "US"), PHN)), ("Email", (email(r, p), EML))]
    if maybe(r, 0.85):
        fields.append(("SSN (for payment only)", (ssn(r), SSN)))
    for k, v in fields:
        d.f("%s: {v}\n" % k, v=v)
    d.t("Study ID: %s-%04d (assigned by coordinator)\n\n" % (rs(r, UP, 2), r.randint(1, 9999)))
    d.t("[%s] I agree to share my device data with the study team.\n" % r.choice(["X", "x", " "]))
    d.t("[%s] I agree to be contacted about future studies.\n\n" % r.choice(["X", " "]))
    sd = rdate(r)
    d.t("Signature of participant: ____________________   Date: ")
    d.e(fdate(r, sd, "en", "us_num"), DT)
    d.t("\nPerson obtaining consent: ")
    c = person(r, US_MIX)
    d.e(c.full, PER)
    d.t("   Date: ")
    d.e(fdate(r, sd, "en", "us_num"), DT)
    if maybe(r, 0.5):
        d.t("   Time: ")
        d.e(ftime(r, r.randint(8, 17), r.randint(0, 59), "en"), DT)
    d.t("\n")
    return d


@kind("redcap_consent_export_csv")
def k_redcap(r):
    d = Doc()
    cols = ["record_id", "redcap_event_name", "first_name", "last_name", "dob", "mrn", "email", "phone",
            "consent_date", "consent_version", "device_serial", "withdrawn"]
    if maybe(r, 0.3):
        cols.remove("phone")
    if maybe(r, 0.3):
        cols.remove("mrn")
    csv_row(d, cols)
    for i in range(r.randint(3, 8)):
        p = person(r, US_MIX)
        row = []
        for c in cols:
            if c == "record_id":
                row.append(str(r.randint(1, 400)))
            elif c == "redcap_event_name":
                row.append(r.choice(["baseline_arm_1", "week_4_arm_1", "screening_arm_2"]))
            elif c == "first_name":
                row.append((p.given, PER))
            elif c == "last_name":
                row.append((p.family, PER))
            elif c == "dob":
                row.append((rdob(r).isoformat(), DOB))
            elif c == "mrn":
                row.append((mrn(r), MRN))
            elif c == "email":
                row.append((email(r, p), EML))
            elif c == "phone":
                row.append((phone(r, "US"), PHN))
            elif c == "consent_date":
                row.append((rdate(r).isoformat(), DT))
            elif c == "consent_version":
                row.append("v%d.%d" % (r.randint(1, 4), r.randint(0, 9)))
            elif c == "device_serial":
                row.append(serial(r))
            else:
                row.append(r.choice(["0", "0", "0", "1"]))
        csv_row(d, row)
    return d


@kind("participant_payment_form")
def k_payment_form(r):
    d = Doc()
    p = person(r, US_MIX)
    a = addr(r, "US")
    d.t("RESEARCH PARTICIPANT PAYMENT REQUEST\n%s\n\n" % r.choice(STUDIES))
    d.t("Section A - Participant (print clearly)\n")
    d.f("Last name: {l}     First name: {f}\n", l=(p.family.upper() if maybe(r) else p.family, PER),
        f=(p.given.upper() if maybe(r) else p.given, PER))
    d.f("Street address: {s}\nCity: {c}   State: {st}   ZIP: %s\n" % a.postcode,
        s=(a.line1, ADR), c=(a.city, LOC), st=(a.rabbr, LOC))
    d.f("Social Security Number: {ssn}\n", ssn=(ssn(r, r.choice(["-", "-", " "])), SSN))
    if maybe(r, 0.5):
        d.f("Email (for e-gift card): {e}\n", e=(email(r, p), EML))
    d.t("US citizen / resident alien: %s\n\n" % r.choice(["Yes", "yes"]))
    d.t("Section B - Visits\n")
    tot = 0
    vd = rdate(r)
    for v in range(r.randint(1, 4)):
        amt = r.choice([25, 40, 50, 75, 100])
        tot += amt
        d.t("  Visit %d  " % (v + 1))
        d.e(fdate(r, vd, "en", "us_num"), DT)
        vd += _dt.timedelta(days=r.randint(7, 45))
        d.t("  $%d.00\n" % amt)
    d.t("  TOTAL $%d.00\n\nPayment via: %s\n" % (tot, r.choice(["ClinCard (card ending %s)" % dg(r, 4), "check",
                                                                 "Amazon e-gift card"])))
    d.t("Internal: cost center %s-%s, PO %s, do not enter ITIN here (e.g. %s is an ITIN format)\n" % (
        dg(r, 4), dg(r, 3), dg(r, 8), "9%s-7%s-%s" % (dg(r, 2), dg(r, 1), dg(r, 4))))
    d.t("Coordinator: ")
    d.e(person(r, US_MIX).full, PER)
    d.t("  ext. %d\n" % r.randint(1000, 9999))
    return d


@kind("insurer_fitness_reimbursement_claim")
def k_reimb(r):
    d = Doc()
    p = person(r, US_MIX)
    a = addr(r, "US")
    gym = r.choice(GYMS[:6])
    ga = addr(r, "US", unit=False)
    ins = r.choice(["Cascade Mutual Health", "Keystone Health Plan", "Evergreen Blue", "Summit Care Alliance"])
    d.t("%s\nFITNESS CENTER REIMBURSEMENT CLAIM FORM\n\n" % ins.upper())
    d.t("PART 1 - MEMBER\n")
    d.f("Member ID: {m}    Group No.: %s\n" % r.choice([dg(r, 6), "G" + dg(r, 7), "%s-%s" % (dg(r, 5), dg(r, 3))]),
        m=(health_plan(r), HPN))
    d.f("Subscriber name: {n}\nDate of birth: {b}\n", n=(p.name(r, ("full", "lastfirst", "upper")), PER),
        b=(fdate(r, rdob(r), "en", "us_num"), DOB))
    d.f("Mailing address: {a}\nDaytime phone: {ph}\n", a=(a.oneline(), ADR), ph=(phone(r, "US"), PHN))
    d.t("\nPART 2 - FITNESS FACILITY\n")
    d.t("Facility: %s\nAddress: " % gym)
    d.e(ga.oneline(), ADR)
    d.t("\nPhone: ")
    d.e(phone(r, "US", False), PHN)
    s = rdate(r)
    d.t("\nMembership period: ")
    d.e(fdate(r, s, "en", "us_num"), DT)
    d.t(" to ")
    d.e(fdate(r, s + _dt.timedelta(days=r.choice([90, 180, 182])), "en", "us_num"), DT)
    d.t("\nVisits this period: %d (minimum 50 required)\nDues paid: %s\n" % (r.randint(40, 140), amount(r, "$", 90, 600)))
    d.t("\nPART 3 - FOR OFFICE USE\nClaim #: %s   Batch: %s   Reimbursement: %s\n" % (
        "CLM%s" % dg(r, 10), dg(r, 6), amount(r, "$", 20, 150)))
    d.t("Received: ")
    d.e(fdate(r, rdate(r), "en", "mdy_short"), DT)
    d.t("\n")
    return d


@kind("rpm_enrollment_referral")
def k_rpm(r):
    d = Doc()
    p = person(r, US_MIX)
    doc_ = person(r, US_MIX)
    a = addr(r, "US")
    clinic = r.choice(["Lakeside Endocrinology", "Northgate Family Medicine", "Riverside Cardiology Associates",
                       "Summit Primary Care"])
    ca = addr(r, "US", unit=maybe(r, 0.5))
    d.t("REMOTE PATIENT MONITORING - ENROLLMENT REFERRAL\n%s\n" % clinic)
    d.e(ca.oneline(), ADR)
    d.t("\nPh ")
    d.e(phone(r, "US", False), PHN)
    d.t("  Fax ")
    d.e(phone(r, "US", False), PHN)
    d.t("\n\nPatient: ")
    d.e(p.name(r, ("lastfirst", "full", "upper")), PER)
    d.t("\nDOB: ")
    d.e(fdate(r, rdob(r), "en", "us_num"), DOB)
    d.t("   Sex: %s   MRN: " % r.choice(["F", "M"]))
    d.e(mrn(r), MRN)
    d.t("\nHome: ")
    d.e(a.oneline(), ADR)
    d.t("\nCell: ")
    d.e(phone(r, "US", True), PHN)
    if maybe(r, 0.5):
        d.t("   Email: ")
        d.e(email(r, p), EML)
    d.t("\n\nInsurance: %s   Member ID: " % r.choice(["Evergreen Blue PPO", "Medicare Part B", "Keystone HMO",
                                                      "Summit Care Advantage"]))
    d.e(health_plan(r), HPN)
    d.t("   Group: %s\n" % dg(r, 6))
    d.t("Dx: %s\n" % r.choice(["E11.9 Type 2 diabetes mellitus without complications",
                               "E11.65 Type 2 DM with hyperglycemia", "I10 Essential hypertension",
                               "I48.91 Unspecified atrial fibrillation"]))
    d.t("Services: CPT 99453, 99454, 99457 (x%d)\n" % r.randint(1, 3))
    d.t("Device: %s; pair with patient's phone (%s)\n" % (r.choice(["CGM sensor 14-day", "BP cuff (cellular)",
                                                                    "Vitalink HR Strap", "smart scale"]), r.choice(OSV)))
    d.t("Current meds: %s, %s\n" % tuple(r.sample(DRUGS, 2)))
    d.t("Requested start: ")
    d.e(fdate(r, rdate(r), "en", r.choice(["us_num", "mdy_long"])), DT)
    d.t("\n\nOrdering provider: ")
    d.e(doc_.full, PER)
    d.t(", %s   NPI %s\n" % (r.choice(["MD", "DO", "NP", "PA-C"]), npi(r)))
    d.t("Signed electronically ")
    d.e(fdatetime(r, rdt(r), "en", "us_num"), DT)
    d.t("\n")
    return d


@kind("fhir_patient_json")
def k_fhir(r):
    d = Doc()
    cc = r.choice(["US", "US", "US", "CA", "AU"])
    p = person(r, CC_CULT[cc])
    a = addr(r, cc)
    t = rdt(r)
    pat = {"resourceType": "Patient", "id": uuid4(r),
           "meta": {"versionId": str(r.randint(1, 9)), "lastUpdated": iso_dt(t, "+00:00" if maybe(r) else None)},
           "identifier": [{"use": "usual", "type": {"coding": [{"system": ("http://terminology.hl7.org/CodeSystem/v2-0203", URL),
                                                                 "code": "MR"}]},
                           "system": "urn:oid:1.2.840.114350.1.13.%d.2.7.5.737384.14" % r.randint(100, 999),
                           "value": (mrn(r), MRN)}],
           "active": True,
           "name": [{"use": "official", "family": (p.family, PER), "given": [(p.given, PER)]}],
           "telecom": [{"system": "phone", "value": (phone(r, cc), PHN), "use": r.choice(["mobile", "home"])},
                       {"system": "email", "value": (email(r, p), EML)}],
           "gender": r.choice(["female", "male"]),
           "birthDate": (rdob(r).isoformat(), DOB),
           "address": [{"use": "home", "line": [(a.street, ADR)] + ([(a.unit, ADR)] if a.unit else []),
                        "city": (a.city, LOC), "state": (a.rabbr, LOC), "postalCode": a.postcode, "country": a.cc}]}
    if maybe(r, 0.4):
        pat = {"resourceType": "Bundle", "type": "collection", "entry": [
            {"fullUrl": "urn:uuid:" + pat["id"], "resource": pat},
            {"resource": {"resourceType": "Observation", "status": "final",
                          "code": {"coding": [{"system": ("http://loinc.org", URL), "code": r.choice(["8867-4", "41950-7",
                                                                                                "59408-5", "29463-7"]),
                                               "display": "Wearable measurement"}]},
                          "subject": {"reference": "Patient/" + pat["id"]},
                          "effectiveDateTime": (iso_dt(rdt(r), r.choice(["-05:00", "-07:00", "+00:00"])), DT),
                          "valueQuantity": {"value": r.randint(50, 12000), "unit": r.choice(["/min", "steps", "%"])},
                          "device": {"display": r.choice(DEVICES)}}}]}
    jdump(d, pat, indent=2)
    d.t("\n")
    return d


@kind("hl7_oru_message")
def k_hl7(r):
    d = Doc()
    p = person(r, US_MIX)
    a = addr(r, "US")
    t = rdt(r)
    sep = "\r" if maybe(r, 0.3) else "\n"
    d.t("MSH|^~\\&|%s|RPM|EPIC|%s|%s||ORU^R01^ORU_R01|%s|P|2.5.1%s" % (
        r.choice(["PULSETRACK", "VITALINK_RPM", "CORESYNC"]), r.choice(["LAKESIDE", "NGFM", "RCA"]),
        t.strftime("%Y%m%d%H%M%S"), "MSG" + dg(r, 8), sep))
    d.t("PID|1||")
    d.e(mrn(r), MRN)
    d.t("^^^%s^MR||" % r.choice(["LKS", "NGFM", "HOSP"]))
    nm = "%s^%s" % (_slug(p.family).upper() or p.family.upper(), p.given.upper())
    nm = "%s^%s" % (p.family.upper(), p.given.upper())
    if p.mid:
        nm += "^" + p.mid
    d.e(nm, PER)
    d.t("||")
    d.e(rdob(r).strftime("%Y%m%d"), DOB)
    d.t("|%s|||" % r.choice(["F", "M"]))
    d.e("%s^%s^%s^%s^%s" % (a.street.upper(), a.unit.upper(), a.city.upper(), a.rabbr, a.postcode), ADR)
    d.t("^USA^H||")
    ph = phone(r, "US")
    d.e(ph, PHN)
    d.t("|||||")
    d.e(account_no(r), ACC)
    d.t(sep)
    doc_ = person(r, US_MIX)
    d.t("PV1|1|O|RPM^^^LKS||||%s^" % npi(r))
    d.e("%s^%s" % (doc_.family.upper(), doc_.given.upper()), PER)
    d.t("^^^^MD%s" % sep)
    ot = rdt(r)
    d.t("OBR|1|%s|%s|%s^Remote monitoring panel^L|||" % (dg(r, 9), dg(r, 9), r.choice(["RPM01", "HRPANEL"])))
    d.e(ot.strftime("%Y%m%d%H%M"), DT)
    d.t("%s" % sep)
    obs = [("8867-4", "Heart rate", "/min", lambda: str(r.randint(48, 140)), "60-100"),
           ("59408-5", "Oxygen saturation", "%", lambda: str(r.randint(90, 100)), "95-100"),
           ("41950-7", "Steps in 24 hours", "{steps}", lambda: str(r.randint(800, 20000)), ""),
           ("8480-6", "Systolic blood pressure", "mm[Hg]", lambda: str(r.randint(100, 170)), "90-129")]
    for i, (code, nm_, unit, val, rng_) in enumerate(r.sample(obs, r.randint(1, 4))):
        d.t("OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F%s" % (i + 1, code, nm_, val(), unit, rng_,
                                                       r.choice(["N", "N", "H", "L"]), sep))
    return d


@kind("ci_build_log")
def k_ci(r):
    d = Doc()
    t = rdt(r)
    app = r.choice(APPS)
    repo = "%s/%s-%s" % (app.lower(), app.lower(), r.choice(["ios", "android", "watch", "backend"]))

    def ln(parts):
        nonlocal t
        t = tick(r, t, 0, 9)
        d.t(t.strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ " % r.randint(0, 9999999))
        for x in parts:
            d.e(*x) if isinstance(x, tuple) else d.t(x)
        d.t("\n")

    ln(["##[group]Run actions/checkout@v4"])
    ln(["  repository: %s" % repo])
    ln(["  token: ***"])
    ln(["##[endgroup]"])
    ln(["HEAD is now at %s %s" % (sha(r, 7), r.choice(["Bump version to %s" % version(r).split(" ")[0],
                                                         "Fix HR zone rounding", "Merge pull request #%d" % r.randint(100, 3000)]))])
    ln(["##[group]Run fastlane %s" % r.choice(["ios beta", "android internal", "deploy_firmware"])])
    ln(["  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}"])
    ln(["  MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}"])
    ln(["##[endgroup]"])
    leak = r.sample(["gh", "aws", "slack", "pw", "jwt", "stripe"], r.randint(2, 4))
    for k in leak:
        if k == "gh":
            ln(["+ echo ", (gh_token(r), GHT), " | gh auth login --with-token"])
        elif k == "aws":
            ln(["+ export AWS_ACCESS_KEY_ID=", (aws_akid(r), AKI)])
            ln(["+ export AWS_SECRET_ACCESS_KEY=", (aws_secret(r), ASK)])
            ln(["+ aws s3 cp build/%s.ipa s3://%s-builds/%s/ --region eu-west-1" % (app, app.lower(),
                                                                                    version(r).split(" ")[0])])
        elif k == "slack":
            ln(["+ curl -sS -X POST -H 'Authorization: Bearer ", (slack_token(r), SLK),
                "' ", ("https://slack.com/api/chat.postMessage", URL)])
        elif k == "pw":
            ln(["[match] Using passphrase from env: ", (password(r), PWD)])
        elif k == "jwt":
            ln(["DEBUG app-store-connect token=", (jwt(r, {"aud": "appstoreconnect-v1"}), JWT)])
        else:
            ln(["Running e2e billing tests against ", ("https://staging-billing.%s/health" % APP_DOMAIN[app], URL),
                " with key ", (stripe_key(r), STK)])
    ln(["Build %s succeeded in %dm %ds" % (r.randint(1000, 9999), r.randint(2, 40), r.randint(0, 59))])
    ln(["Uploaded dSYM %s (%s)" % (uuid4(r).upper(), version(r))])
    ln(["##[error]Process completed with exit code %d." % r.choice([0, 1, 65])] if maybe(r, 0.3)
       else ["Cleaning up orphan processes"])
    return d


@kind("k8s_secret_yaml")
def k_k8s(r):
    d = Doc()
    name = r.choice(["telemetry-ingest", "sync-gateway", "coach-chat", "billing-worker", "push-dispatcher"])
    d.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-secrets\n  namespace: %s\n" % (
        name, r.choice(["prod", "production", "health-prod", "default"])))
    d.t("  labels:\n    app: %s\n    team: %s\ntype: Opaque\ndata:\n" % (name, r.choice(["platform", "wearables", "growth"])))
    items = []
    items.append(("DB_PASSWORD", base64.b64encode(password(r).encode()).decode(), PWD))
    items.append(("MQTT_PASSWORD" if maybe(r) else "REDIS_PASSWORD", base64.b64encode(password(r).encode()).decode(), PWD))
    items.append(("INGEST_API_KEY", base64.b64encode(generic_secret(r, "hex32").encode()).decode(), SEC))
    if maybe(r, 0.6):
        items.append(("JWT_SIGNING_KEY", base64.b64encode(rs(r, ALNUM, 48).encode()).decode(), SEC))
    if maybe(r, 0.5):
        items.append(("FCM_SERVER_KEY", base64.b64encode(fcm_server_key(r).encode()).decode(), SEC))
    r.shuffle(items)
    for k, v, ty in items:
        d.t("  %s: " % k)
        d.e(v, ty)
        d.t("\n")
    if maybe(r, 0.6):
        d.t("stringData:\n")
        d.t("  AWS_ACCESS_KEY_ID: ")
        d.e(aws_akid(r), AKI)
        d.t("\n  AWS_SECRET_ACCESS_KEY: ")
        d.e(aws_secret(r), ASK)
        d.t("\n  S3_BUCKET: %s-raw-telemetry-%s\n" % (r.choice(APPS).lower(), r.choice(["eu", "us"])))
        if maybe(r, 0.4):
            d.t("  GH_PACKAGES_TOKEN: ")
            d.e(gh_token(r), GHT)
            d.t("\n")
    return d


@kind("ota_firmware_pipeline_config")
def k_ota(r):
    d = Doc()
    dev = r.choice(DEVICES)
    fw = "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9))
    app = r.choice(APPS)
    d.t("# ota-release.yml - %s firmware pipeline\nrelease:\n" % dev)
    d.t("  device: \"%s\"\n  hw_revisions: [%s]\n  version: %s\n  build: %d\n" % (
        dev, ", ".join("rev%s" % c for c in r.sample("ABCDE", 2)), fw, r.randint(10000, 99999)))
    d.t("  bootloader_min: %d.%d.%d.%d\n" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)))
    d.t("  image_sha256: %s\n  rollout: [1, 10, 50, 100]\n" % sha(r, 64))
    d.t("storage:\n  bucket: s3://%s-fw-releases\n  region: %s\n" % (app.lower(), r.choice(["us-east-1", "eu-central-1"])))
    d.t("  access_key_id: ")
    d.e(aws_akid(r), AKI)
    d.t("\n  secret_access_key: ")
    d.e(aws_secret(r), ASK)
    d.t("\ncdn:\n  base_url: ")
    d.e("https://fw.%s/%s/%s/" % (APP_DOMAIN[app], re.sub(r"\W+", "-", dev.lower()), fw), URL)
    d.t("\n  purge_token: ")
    d.e(generic_secret(r, "b64"), SEC)
    d.t("\nsigning:\n  key_id: fw-signing-%d\n" % r.randint(2019, 2025))
    if maybe(r, 0.5):
        d.t("  private_key: |\n")
        k = pem(r, r.choice(["EC PRIVATE KEY", "PRIVATE KEY"]), nl="\n    ")
        d.t("    ")
        d.e(k, PEM)
        d.t("\n")
    else:
        d.t("  private_key: ${FW_SIGNING_KEY}\n")
    d.t("notify:\n  email: ")
    d.e("fw-releases@%s" % APP_DOMAIN[app], EML)
    d.t("\n  slack_channel: \"#fw-releases\"\n")
    return d


@kind("slack_alerting_config")
def k_slack_cfg(r):
    d = Doc()
    app = r.choice(APPS)
    oncall = person(r, INTL)
    cfg = {"service": r.choice(["sync-gateway", "telemetry-ingest", "coach-chat"]),
           "slack": {"bot_token": (slack_token(r), SLK), "channel": "C0" + rs(r, UP + DG, 9),
                     "webhook_url": ("https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DG, 8),
                                                                                       rs(r, UP + DG, 10),
                                                                                       rs(r, ALNUM, 24)), URL)},
           "pagerduty": {"routing_key": (rs(r, HEX, 32), SEC), "severity_map": {"p1": "critical", "p2": "error"}},
           "thresholds": {"sync_error_rate": 0.02, "p95_latency_ms": r.choice([800, 1200, 2000]),
                          "queue_depth": r.randint(1000, 50000)},
           "escalation": {"primary": (oncall.full, PER), "email": (email(r, oncall, domain=APP_DOMAIN[app]), EML),
                          "phone": (phone(r), PHN)},
           "runbook": (app_url(r, app, "/runbooks/%s" % rs(r, LO, 8)).replace("https://", "https://wiki."), URL)}
    if cfg["runbook"][0].startswith("https://wiki.www.") or cfg["runbook"][0].startswith("https://wiki.help.") or \
            cfg["runbook"][0].startswith("https://wiki.app."):
        cfg["runbook"] = ("https://wiki.%s/runbooks/%s" % (APP_DOMAIN[app], rs(r, LO, 8)), URL)
    jdump(d, cfg, indent=2)
    d.t("\n")
    return d


PARTNERS = ["Kinetica Health", "MoveWell Labs", "Apex Insurance Digital", "Corporate Pulse Inc.", "RunClub Tools",
            "Meridian Clinics IT"]


@kind("partner_api_support_email")
def k_partner_email(r):
    d = Doc()
    app = r.choice(APPS)
    dev_ = person(r, INTL)
    org = r.choice(PARTNERS)
    odom = re.sub(r"[^a-z]", "", org.lower().replace("inc", "")) + r.choice([".com", ".io", ".co"])
    t = rdt(r)
    mail_headers(d, r, (dev_.full, "%s.%s@%s" % (_slug(dev_.given), _slug(dev_.family), odom)),
                 (None, "developers@%s" % APP_DOMAIN[app]), t,
                 subject=r.choice(["401 on /oauth/token in production", "Webhook signature validation failing",
                                   "Rate limits for partner sync API"]))
    d.t("\nHi %s developer team,\n\n" % app)
    d.t("We're integrating the %s partner API for %s. Since %s, calls from our egress IP " % (
        app, r.choice(["our corporate wellness portal", "an insurer rewards program", "a clinic dashboard"]),
        r.choice(["yesterday", "this morning", "the last deploy"])))
    d.e(ipv4(r, private=False), IP)
    d.t(" return 401 invalid_client.\n\nOur credentials (sandbox was fine):\n")
    d.t("  client_id: %s\n  client_secret: " % ("cli_" + rs(r, ALNUM, 20)))
    d.e(generic_secret(r, r.choice(["b64", "hex40", "pfx"])), SEC)
    d.t("\n\nRequest:\n  curl -X POST ")
    d.e("https://api.%s/oauth/token" % APP_DOMAIN[app], URL)
    d.t(" -d grant_type=client_credentials -d scope=%s\n\n" % r.choice(["activity.read", "sleep.read%20hr.read", "members.write"]))
    if maybe(r, 0.5):
        d.t("For the webhooks we configured signing secret ")
        d.e(generic_secret(r, "whsec"), SEC)
        d.t(" and endpoint ")
        d.e("https://hooks.%s/%s/events" % (odom, r.choice(["pulse", "wearables", "partner"])), URL)
        d.t(".\n\n")
    d.t("Could someone take a look? Happy to jump on a call before ")
    d.e(fdatetime(r, soon(r, t, 1, 6), "en", r.choice(["wd_short", "mdy_short"])), DT)
    d.t(".\n")
    signature(d, r, dev_, "US", "en", title=r.choice(["Senior Backend Engineer", "Integration Lead", "CTO"]), org=org,
              web="https://www.%s" % odom if maybe(r, 0.4) else None)
    return d


@kind("oauth_token_response")
def k_oauth(r):
    d = Doc()
    app = r.choice(APPS)
    p = person(r, INTL)
    d.t("HTTP/1.1 200 OK\nContent-Type: application/json\nCache-Control: no-store\nX-Request-Id: %s\n\n" % uuid4(r))
    body = {"access_token": (jwt(r, {"email": email(r, p)} if False else None), JWT), "token_type": "Bearer",
            "expires_in": r.choice([3600, 28800, 86400]), "refresh_token": (rs(r, B64U, r.choice([43, 64, 86])), SEC),
            "scope": r.choice(["openid profile activity heartrate sleep", "offline_access sync", "profile weight"]),
            "user_id": rs(r, UP + DG, 6)}
    if maybe(r, 0.6):
        body["id_token"] = (jwt(r), JWT)
    if maybe(r, 0.6):
        body["user"] = {"name": (p.full, PER), "email": (email(r, p), EML), "locale": r.choice(["en-US", "de-DE", "fr-FR"])}
    jdump(d, body, indent=r.choice([2, None]))
    d.t("\n")
    return d


@kind("http_request_dump")
def k_http(r):
    d = Doc()
    app = r.choice(APPS)
    p = person(r, INTL)
    t = rdt(r)
    d.t("$ curl -v -X POST ")
    d.e("https://api.%s/v1/workouts%s" % (APP_DOMAIN[app], r.choice(["", "?source=garmin", "?dry_run=true"])), URL)
    d.t(" \\\n  -H \"Authorization: Bearer ")
    if maybe(r, 0.7):
        d.e(jwt(r), JWT)
    else:
        d.e(generic_secret(r, "pfx"), SEC)
    d.t("\" \\\n")
    if maybe(r, 0.5):
        d.t("  -H \"X-Api-Key: ")
        d.e(generic_secret(r, "hex32"), SEC)
        d.t("\" \\\n")
    d.t("  -H 'Content-Type: application/json' \\\n  -d '")
    body = {"athlete": {"name": (p.full, PER), "email": (email(r, p), EML)},
            "type": r.choice(["run", "ride", "strength", "swim"]), "start_time": (iso_dt(t), DT),
            "duration_s": r.randint(600, 9000), "avg_hr": r.randint(100, 170), "device_serial": serial(r)}
    jdump(d, body, indent=None)
    d.t("'\n*   Trying ")
    d.e(ipv4(r, private=False), IP)
    d.t(":443...\n* Connected to api.%s port 443\n> POST /v1/workouts HTTP/2\n" % APP_DOMAIN[app])
    st = r.choice([201, 400, 401, 422])
    d.t("< HTTP/2 %d\n< date: %s\n< x-ratelimit-remaining: %d\n\n" % (st, rfc2822(r, t), r.randint(0, 600)))
    d.t(json.dumps({"id": "wk_" + rs(r, ALNUM, 12)} if st == 201 else {"error": r.choice(["invalid_token",
                                                                                          "validation_failed"]),
                                                                        "trace_id": sha(r, 32)}) + "\n")
    return d


@kind("iot_provisioning_bundle")
def k_iot(r):
    d = Doc()
    dev = r.choice(["CoreSync Scale X", "Rythmia Sleep Pad", "FitNova Rower One", "Vitalink Hub"])
    region = r.choice(["eu-west-1", "us-east-1", "us-west-2"])
    d.t("# provisioning dump for %s (factory line %d) - DO NOT COMMIT\n" % (dev, r.randint(1, 6)))
    d.t("thing_name=%s-%s\nserial=%s\nmac=%s\n" % (re.sub(r"\W", "", dev.lower())[:10], rs(r, HEX, 8), serial(r), mac(r)))
    d.t("mqtt_endpoint=%s-ats.iot.%s.amazonaws.com:8883\n" % (rs(r, LO + DG, 14), region))
    d.t("firmware=%d.%d.%d\n" % (r.randint(1, 4), r.randint(0, 30), r.randint(0, 9)))
    if maybe(r, 0.6):
        d.t("wifi_ssid=%s\nwifi_psk=" % r.choice(["Home-5G", "FRITZ!Box 7590 XY", "Vodafone-%s" % dg(r, 4),
                                                 "NETGEAR%d" % r.randint(10, 99)]))
        d.e(password(r), PWD)
        d.t("\n")
    if maybe(r, 0.5):
        d.t("device_ip=")
        d.e(ipv4(r, private=True), IP)
        d.t("\n")
    d.t("\n[certificate]\n")
    d.t(cert_block(r))
    d.t("\n\n[private_key]\n")
    d.e(pem(r, r.choice(["RSA PRIVATE KEY", "EC PRIVATE KEY"])), PEM)
    d.t("\n\n[claim]\ntoken=")
    d.e(generic_secret(r, "b64"), SEC)
    d.t("\nowner_account=%s\n" % uuid4(r))
    return d


@kind("gym_access_log")
def k_gym_access(r):
    d = Doc()
    t = rdt(r)
    t = t.replace(hour=r.randint(5, 7))
    gym = r.choice(GYMS[:6])
    d.t("# %s access controller export - site %s\n" % (gym, rs(r, UP, 3) + dg(r, 2)))
    cult = r.choice([US_MIX, CC_CULT["GB"], CC_CULT["AU"], INTL])
    fmt_kind = r.randint(0, 2)
    for _ in range(r.randint(4, 10)):
        t = tick(r, t, 20, 900)
        p = person(r, cult)
        d.t(t.strftime("%Y-%m-%d %H:%M:%S") + " ")
        door = r.choice(["DOOR-01 MAIN", "DOOR-02 STUDIO", "TURNSTILE-3", "POOL-GATE"])
        res = r.choice(["GRANTED", "GRANTED", "GRANTED", "DENIED(EXPIRED)", "DENIED(FROZEN)"])
        if fmt_kind == 0:
            d.t("%s %s member=" % (door, res))
            d.e(gym_member_no(r), ACC)
            d.t(' name="')
            d.e("%s, %s" % (p.family.upper(), p.given.upper()), PER)
            d.t('" card=%s\n' % rs(r, "0123456789ABCDEF", 8))
        elif fmt_kind == 1:
            d.t("| %-14s | %-8s | " % (door, res.split("(")[0]))
            d.e(p.full, PER)
            d.t(" | ")
            d.e(gym_member_no(r), ACC)
            d.t(" |\n")
        else:
            d.t("evt=access door=%s result=%s uid=%s holder=" % (door.split()[0], res, rs(r, "0123456789abcdef", 14)))
            d.e(p.given + " " + p.family[0] + ".", PER)
            d.t("\n")
    return d


@kind("gym_front_desk_shift_log")
def k_shift_log(r):
    d = Doc()
    cc = r.choice(["US", "GB", "AU", "CA"])
    gym = r.choice(GYMS[:6])
    c = city(r, cc)
    staff = person(r, CC_CULT[cc])
    d.t("SHIFT LOG - %s " % gym)
    d.e(c[0], LOC)
    d.t("\nOpening: ")
    d.e(staff.given, PER)
    d.t("   Date: ")
    day = rdate(r)
    d.e(fdate(r, day, "en", r.choice(["us_num", "wd_long", "dmy_short"])), DT)
    d.t("\n\n")
    h, m = 5, r.randint(30, 59)
    events = r.sample(range(7), r.randint(4, 6))
    for ev in sorted(events):
        m += r.randint(10, 80)
        h += m // 60
        m %= 60
        d.t("%02d:%02d  " % (h, m))
        p = person(r, CC_CULT[cc])
        if ev == 0:
            d.t("Doors open, all %d treadmills OK. Sauna heater reset (code E-%d).\n" % (r.randint(8, 20), r.randint(10, 99)))
        elif ev == 1:
            d.t("Member ")
            d.e(p.full, PER)
            d.t(" (#")
            d.e(gym_member_no(r), ACC)
            d.t(") rolled an ankle in Studio %s. Ice + incident form IR-%d. Partner " % (r.choice("ABC"), r.randint(100, 999)))
            d.e(person(r, CC_CULT[cc]).given, PER)
            d.t(" picked them up, call back on ")
            d.e(phone(r, cc), PHN)
            d.t(".\n")
        elif ev == 2:
            d.t("Freeze request from ")
            d.e(p.name(r, ("full", "lastfirst")), PER)
            d.t(" until ")
            d.e(fdate(r, rdate(r), "en", r.choice(["mdy_short", "dmy_long"])), DT)
            d.t(" (travel). Processed in ClubOS.\n")
        elif ev == 3:
            d.t("Locker %d cut open, belongings bagged. Owner unknown.\n" % r.randint(1, 240))
        elif ev == 4:
            d.t("PT ")
            d.e(p.given, PER)
            d.t(" asked to move the evening bootcamp to ")
            d.e(ftime(r, r.choice([17, 18, 19]), r.choice([0, 30]), "en"), DT)
            d.t(" on ")
            d.e(fdate(r, rdate(r), "en", "mdy_short"), DT)
            d.t(".\n")
        elif ev == 5:
            d.t("Card reader at turnstile 2 offline, rebooted controller (fw %s).\n" % version(r).split(" ")[0])
        else:
            d.t("Guest Wi-Fi password for this month posted at desk: ")
            d.e(password(r), PWD)
            d.t("\n")
    d.t("\nClosing: ")
    d.e(person(r, CC_CULT[cc]).full, PER)
    d.t("  Cash drawer %s\n" % amount(r, "$", 50, 400))
    return d


@kind("trainer_booking_confirmation")
def k_booking(r):
    d = Doc()
    cc = r.choice(["US", "GB", "AU", "CA", "US"])
    p = person(r, CC_CULT[cc])
    tr = person(r, CC_CULT[cc])
    gym = r.choice(GYMS[:6])
    ga = addr(r, cc, unit=maybe(r, 0.3))
    t = rdt(r)
    d.t("Subject: Booking confirmed - %s with " % r.choice(["Personal Training", "Intro Session", "Body Composition Scan"]))
    d.e(tr.given, PER)
    d.t("\n\nHi ")
    d.e(p.given, PER)
    d.t(",\n\nYou're booked! Booking reference: %s\n\n" % ("BK-" + rs(r, UP + DG, 6)))
    d.t("When:     ")
    d.e(fdatetime(r, t, "en", r.choice(["wd_long", "wd_short", "mdy_long"])), DT)
    d.t("\nTrainer:  ")
    d.e(tr.full, PER)
    d.t("\n")
    if maybe(r, 0.5):
        d.t("Where:    %s, " % gym)
        d.e(ga.oneline(), ADR)
        d.t("\n")
    else:
        u = meet_url(r)
        d.t("Where:    Online - ")
        d.e(u, URL)
        d.t("\nMeeting ID: %s %s %s   Passcode: " % (dg(r, 3), dg(r, 4), dg(r, 4)))
        d.e(r.choice([dg(r, 6), rs(r, ALNUM, 6)]), PWD)
        d.t("\n")
    d.t("Duration: %d min   Price: %s (%d credits)\n\n" % (r.choice([30, 45, 60]), amount(r, "$", 40, 120), r.randint(1, 3)))
    d.t("Need to reschedule? Cancel at least 24 hours ahead in the app or call ")
    d.e(phone(r, cc, False), PHN)
    d.t(".\n\n%s\n" % gym)
    return d


@kind("coaching_session_ics")
def k_ics(r):
    d = Doc()
    coach = person(r, INTL)
    cl = person(r, INTL)
    app = r.choice(APPS)
    t = rdt(r)
    tz = r.choice(TZS)
    d.t("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//%s//Coaching Scheduler %s//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n" % (
        app, version(r).split(" ")[0]))
    d.t("UID:%s@%s\r\n" % (uuid4(r), APP_DOMAIN[app]))
    st = soon(r, t, 1, 21)
    d.t("DTSTAMP:%s\r\n" % t.strftime("%Y%m%dT%H%M%SZ"))
    d.t("DTSTART;TZID=%s:" % tz)
    d.e(st.strftime("%Y%m%dT%H%M00"), DT)
    d.t("\r\nDTEND;TZID=%s:" % tz)
    d.e((st + _dt.timedelta(minutes=r.choice([30, 45, 60]))).strftime("%Y%m%dT%H%M00"), DT)
    d.t("\r\nSUMMARY:Coaching check-in: ")
    d.e(cl.given, PER)
    d.t(" / ")
    d.e(coach.given, PER)
    d.t("\r\nORGANIZER;CN=")
    d.e(coach.full, PER)
    d.t(":mailto:")
    d.e("%s.%s@%s" % (_slug(coach.given), _slug(coach.family), APP_DOMAIN[app]), EML)
    d.t("\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=")
    d.e(cl.full, PER)
    d.t(":mailto:")
    d.e(email(r, cl), EML)
    d.t("\r\n")
    u = meet_url(r)
    d.t("LOCATION:")
    d.e(u, URL)
    d.t("\r\nDESCRIPTION:Join: ")
    d.e(u, URL)
    if maybe(r, 0.6):
        d.t("\\nPasscode: ")
        d.e(dg(r, r.choice([6, 8])), PWD)
    d.t("\\nPlease sync your watch before the call.\r\n")
    d.t("CREATED:%s\r\nLAST-MODIFIED:%s\r\nSEQUENCE:%d\r\nSTATUS:CONFIRMED\r\n" % (
        t.strftime("%Y%m%dT%H%M%SZ"), tick(r, t, 10, 5000).strftime("%Y%m%dT%H%M%SZ"), r.randint(0, 3)))
    d.t("BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    return d


@kind("coach_vcard")
def k_vcard(r):
    d = Doc()
    cc = r.choice(["US", "DE", "GB", "FR", "ES", "NL", "AU", "CA"])
    p = person(r, CC_CULT[cc])
    a = addr(r, cc, unit=False)
    app = r.choice(APPS)
    d.t("BEGIN:VCARD\nVERSION:%s\n" % r.choice(["3.0", "4.0"]))
    d.t("N:")
    d.e("%s;%s" % (p.family, p.given) + (";" + p.mid if p.mid else ""), PER)
    pre = r.choice(["", "", "Dr.", "Mr.", "Ms."])
    d.t((";%s;\n" % pre) if p.mid else (";;%s;\n" % pre))
    d.t("FN:")
    d.e(p.full, PER)
    d.t("\nORG:%s;Coaching\nTITLE:%s\n" % (app, r.choice(["Performance Coach", "Registered Dietitian",
                                                            "Sleep Coach", "Run Coach"])))
    d.t("TEL;TYPE=CELL:")
    d.e(phone(r, cc, True, True), PHN)
    d.t("\n")
    if maybe(r, 0.5):
        d.t("TEL;TYPE=WORK,VOICE:")
        d.e(phone(r, cc, False), PHN)
        d.t("\n")
    d.t("EMAIL;TYPE=INTERNET:")
    d.e("%s@%s" % (_slug(p.given), APP_DOMAIN[app]) if maybe(r) else email(r, p), EML)
    d.t("\nADR;TYPE=WORK:;;")
    d.e("%s;%s;%s;%s;%s" % (a.street, a.city, a.rabbr or a.region, a.postcode, a.country), ADR)
    d.t("\n")
    if maybe(r, 0.6):
        d.t("BDAY:")
        b = rdob(r)
        d.e(b.isoformat() if maybe(r) else b.strftime("%Y%m%d"), DOB)
        d.t("\n")
    d.t("URL:")
    d.e(app_url(r, app, "/coaches/%s-%s" % (_slug(p.given), rs(r, LO + DG, 4))), URL)
    d.t("\nREV:%s\nEND:VCARD\n" % rdt(r).strftime("%Y%m%dT%H%M%SZ"))
    return d


@kind("app_review_and_reply")
def k_review(r):
    d = Doc()
    app = r.choice(APPS)
    p = person(r, INTL)
    rep = person(r, INTL)
    stars = r.randint(1, 3)
    d.t("%s  %s\n" % ("★" * stars + "☆" * (5 - stars), r.choice(["Sync is broken again", "Charged after cancelling",
                                                               "Used to love it", "Support never answers"])))
    d.t("%s, " % handle(r, p).lstrip("@"))
    d.e(fdate(r, rdate(r), "en", r.choice(["mdy_short", "dmy_short", "us_num"])), DT)
    d.t("  ·  Version %s\n\n" % version(r).split(" ")[0])
    d.t(r.choice(["After the %s update my watch data stopped syncing. " % version(r).split(" ")[0],
                  "I cancelled my trial and still got charged %s. " % amount(r, "$", 30, 80),
                  "The sleep tracking is great but the app crashes every time I open the coach tab. "]))
    if maybe(r, 0.4):
        d.t("My account is ")
        d.e(email(r, p), EML)
        d.t(", please fix. ")
    d.t(r.choice(["Two stars until fixed.", "Very disappointed.", "Please fix!!"]))
    d.t("\n\nDeveloper Response  ")
    d.e(fdate(r, rdate(r), "en", "mdy_short"), DT)
    d.t("\nHi there, we're sorry about the trouble. Please reach out to ")
    d.e("support@%s" % APP_DOMAIN[app], EML)
    d.t(" or visit ")
    d.e(app_url(r, app, "/help"), URL)
    d.t(" and mention ticket %s so we can look into your account. - " % ticket_no(r))
    d.e(rep.given, PER)
    d.t(", %s Support\n" % app)
    return d


@kind("warranty_claim_form")
def k_warranty(r):
    d = Doc()
    cc = r.choice(["US", "GB", "CA", "AU", "IN", "US"])
    p = person(r, CC_CULT[cc])
    a = addr(r, cc)
    dev = r.choice(DEVICES)
    d.t("LIMITED WARRANTY CLAIM\n\n")
    rows = [("Customer name", (p.full, PER)), ("Email address", (email(r, p), EML)), ("Phone", (phone(r, cc), PHN)),
            ("Shipping address", ("\n                   ".join(a.lines(country=True)), ADR)),
            ("Product", dev), ("Serial number", serial(r)), ("Order number", order_no(r)),
            ("Retailer", r.choice(["Amazon", "Best Buy", "Direct (web store)", "Currys", "JB Hi-Fi", "Flipkart"]))]
    for k, v in rows:
        d.f("%-18s {v}\n" % (k + ":"), v=v)
    d.t("%-18s " % "Purchase date:")
    d.e(fdate(r, rdate(r, 2021, 2024), "en"), DT)
    d.t("\n%-18s %s\n" % ("Issue:", r.choice(["Screen cracked without impact", "Strap pin broke",
                                            "Won't hold charge (<6h)", "Optical HR sensor reads 0"])))
    d.t("%-18s " % "Date of claim:")
    d.e(fdate(r, rdate(r, 2024, 2026), "en"), DT)
    d.t("\n\n[ ] I confirm the device has not been opened or repaired by third parties.\n")
    return d


@kind("data_deletion_request_email")
def k_deletion(r):
    d = Doc()
    cc = r.choice(["US", "GB", "DE", "FR", "NL", "CA", "AU", "IE" if False else "US"])
    p = person(r, CC_CULT[cc])
    app = r.choice(APPS)
    mail = email(r, p, lang=CC_LANG.get(cc, "en"))
    t = rdt(r)
    mail_headers(d, r, (p.full, mail), (None, "privacy@%s" % APP_DOMAIN[app]), t,
                 subject=r.choice(["Request to delete my account and all health data",
                                   "GDPR Article 17 erasure request", "CCPA deletion request"]))
    d.t("\nHello,\n\nPlease delete my %s account and all associated data (heart rate, sleep, cycle logs, "
        "location history). Details:\n\n" % app)
    d.f("  Name: {n}\n  Account email: {e}\n", n=(p.full, PER), e=(mail, EML))
    if maybe(r, 0.6):
        d.f("  Customer number: {a}\n", a=(account_no(r), ACC))
    if maybe(r, 0.5):
        d.f("  Phone on file: {ph}\n", ph=(phone(r, cc), PHN))
    if maybe(r, 0.4):
        d.f("  Postal address: {a}\n", a=(addr(r, cc).oneline(), ADR))
    d.t("\nI also want my data removed from any research datasets and from your partners.\n\n")
    d.e(p.given, PER)
    d.t("\n\n----- Reply -----\nDear ")
    d.e(p.given if maybe(r) else p.full, PER)
    dl = soon(r, t, 28, 31).date()
    d.t(",\n\nWe have received your request (case %s). We will complete it by " % ("PRV-" + dg(r, 6)))
    d.e(fdate(r, dl, "en"), DT)
    d.t(". Backups are purged within %d days.\n\n%s Privacy Team\n" % (r.choice([30, 35, 90]), app))
    return d


@kind("dsar_export_summary")
def k_dsar(r):
    d = Doc()
    cc = r.choice(["GB", "DE", "FR", "NL", "ES", "IT", "US", "CA"])
    p = person(r, CC_CULT[cc])
    app = r.choice(APPS)
    a = addr(r, cc)
    d.t("%s - Your personal data (subject access request)\nReference: DSAR-%s\n\n" % (app, dg(r, 7)))
    d.t("1. Identity and contact data\n")
    d.f("   Name ............ {n}\n   Email ........... {e}\n", n=(p.full, PER), e=(email(r, p, lang=CC_LANG.get(cc, "en")), EML))
    d.f("   Phone ........... {ph}\n", ph=(phone(r, cc), PHN))
    d.f("   Date of birth ... {b}\n", b=(fdate(r, rdob(r), "en", r.choice(["iso", "dmy_long"])), DOB))
    d.f("   Billing address . {a}\n", a=(a.oneline(country=True), ADR))
    d.t("\n2. Account\n   Member since: ")
    d.e(fdate(r, rdate(r, 2016, 2022), "en", "dmy_long"), DT)
    d.t("\n   Plan: %s, renews " % r.choice(["Premium annual", "Family", "Premium monthly"]))
    d.e(fdate(r, rdate(r), "en", "dmy_long"), DT)
    d.t("\n   Payment method: %s ending %s (expires %02d/%d)\n" % (r.choice(["Visa", "Mastercard"]), dg(r, 4),
                                                                  r.randint(1, 12), r.randint(2025, 2030)))
    d.t("\n3. Devices\n")
    for _ in range(r.randint(1, 3)):
        d.t("   - %s, serial %s, firmware %s, paired %d days ago\n" % (r.choice(DEVICES), serial(r),
                                                                   version(r).split(" ")[0], r.randint(3, 900)))
    d.t("\n4. Sign-in history (last 5)\n")
    t = rdt(r)
    for _ in range(r.randint(2, 5)):
        t = tick(r, t, 3600, 400000)
        d.t("   %s  " % t.strftime("%Y-%m-%d %H:%M:%S UTC"))
        d.e(ip(r), IP)
        d.t("  %s\n" % r.choice(["iOS app", "Android app", "web (Firefox)", "web (Safari)"]))
    d.t("\n5. Health data categories held: heart rate (%s samples), sleep (%d nights), workouts (%d), "
        "weight entries (%d)\n" % ("{:,}".format(r.randint(10000, 2000000)), r.randint(30, 1500), r.randint(0, 900),
                                   r.randint(0, 300)))
    d.t("\nDownload the full archive (JSON, CSV, GPX) until ")
    d.e(fdate(r, rdate(r), "en", "dmy_long"), DT)
    d.t(": ")
    d.e("https://privacy.%s/export/%s" % (APP_DOMAIN[app], rs(r, ALNUM, 32)), URL)
    d.t("\n")
    return d


@kind("wellness_roster_csv")
def k_roster(r):
    d = Doc()
    cols = ["employee_id", "last_name", "first_name", "dob", "work_email", "member_id", "group_no", "plan_code",
            "office_city", "enrollment_date"]
    if maybe(r, 0.3):
        cols.remove("office_city")
    sep = r.choice([",", "|"])
    d.t("# %s wellness incentive - eligibility file %s\n" % (r.choice(PARTNERS), "v" + str(r.randint(1, 9))))
    csv_row(d, cols, sep)
    grp = "G" + dg(r, 6)
    dom = r.choice(["acme-logistics.com", "northwind.co", "brightpath.org", "contoso-health.com"])
    for _ in range(r.randint(3, 9)):
        p = person(r, US_MIX)
        row = []
        for c in cols:
            if c == "employee_id":
                row.append("E" + dg(r, 6))
            elif c == "last_name":
                row.append((p.family.upper() if sep == "|" else p.family, PER))
            elif c == "first_name":
                row.append((p.given.upper() if sep == "|" else p.given, PER))
            elif c == "dob":
                b = rdob(r)
                row.append((b.strftime("%m/%d/%Y") if sep == "," else b.strftime("%Y%m%d"), DOB))
            elif c == "work_email":
                row.append((email(r, p, domain=dom), EML))
            elif c == "member_id":
                row.append((health_plan(r), HPN))
            elif c == "group_no":
                row.append(grp)
            elif c == "plan_code":
                row.append(r.choice(["PPO1", "HDHP", "HMO2"]))
            elif c == "office_city":
                c_ = city(r, "US")
                row.append(("%s, %s" % (c_[0], c_[2]), LOC))
            else:
                row.append((rdate(r).strftime("%m/%d/%Y"), DT))
        csv_row(d, row, sep)
    return d


@kind("x12_270_eligibility")
def k_x12(r):
    d = Doc()
    p = person(r, US_MIX)
    a = addr(r, "US", unit=False)
    t = rdt(r)
    ctl = dg(r, 9)
    seg = "~\n" if maybe(r, 0.7) else "~"
    d.t("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:%s" % (
        "PULSETRACK", r.choice(["EVERGREENBLUE", "KEYSTONEHP", "SUMMITCARE"]), t.strftime("%y%m%d"),
        t.strftime("%H%M"), ctl, seg))
    d.t("GS*HS*PULSETRACK*%s*%s*%s*%d*X*005010X279A1%s" % (r.choice(["EVBL", "KHP", "SCA"]), t.strftime("%Y%m%d"),
                                                          t.strftime("%H%M"), r.randint(1, 999), seg))
    d.t("ST*270*0001*005010X279A1%sBHT*0022*13*%s*%s*%s%s" % (seg, dg(r, 10), t.strftime("%Y%m%d"), t.strftime("%H%M"), seg))
    d.t("HL*1**20*1%sNM1*PR*2*%s*****PI*%s%s" % (seg, r.choice(["EVERGREEN BLUE", "KEYSTONE HEALTH PLAN"]), dg(r, 5), seg))
    d.t("HL*2*1*21*1%sNM1*1P*2*PULSETRACK HEALTH INC*****XX*%s%s" % (seg, npi(r), seg))
    d.t("HL*3*2*22*0%sTRN*1*%s-%s*9%s%s" % (seg, dg(r, 5), dg(r, 6), dg(r, 9), seg))
    d.t("NM1*IL*1*")
    d.e(p.family.upper(), PER)
    d.t("*")
    d.e(p.given.upper(), PER)
    d.t("****MI*")
    d.e(health_plan(r), HPN)
    d.t(seg + "N3*")
    d.e(a.street.upper(), ADR)
    d.t(seg + "N4*")
    d.e(a.city.upper(), LOC)
    d.t("*")
    d.e(a.rabbr, LOC)
    d.t("*%s%s" % (a.postcode, seg))
    d.t("DMG*D8*")
    d.e(rdob(r).strftime("%Y%m%d"), DOB)
    d.t("*%s%s" % (r.choice("FM"), seg))
    d.t("DTP*291*D8*")
    d.e(rdate(r).strftime("%Y%m%d"), DT)
    d.t("%sEQ*%s%s" % (seg, r.choice(["30", "AJ", "BZ"]), seg))
    d.t("SE*13*0001%sGE*1*%d%sIEA*1*%s%s" % (seg, r.randint(1, 999), seg, ctl, seg))
    return d


@kind("smart_scale_wifi_chat")
def k_scale_chat(r):
    d = Doc()
    cc = r.choice(["US", "GB", "AU", "CA", "IN"])
    p = person(r, CC_CULT[cc])
    ag = person(r, ["en", "ph", "in"])
    t = rdt(r)
    d.t("[%s Support Chat]\n" % r.choice(["CoreSync", "Vitalink", "FitNova"]))

    def say(is_agent, parts):
        nonlocal t
        t = tick(r, t, 15, 240)
        d.t("%s  " % t.strftime("%I:%M %p").lstrip("0"))
        d.e(ag.given if is_agent else p.given, PER)
        d.t(": ")
        for x in parts:
            d.e(*x) if isinstance(x, tuple) else d.t(x)
        d.t("\n")

    say(False, ["My CoreSync Scale X won't join the Wi-Fi. It shows error E-%d." % r.choice([21, 42, 43, 51])])
    say(True, ["Thanks! Is the router 2.4 GHz? The scale doesn't support 5 GHz networks."])
    say(False, ["I think so. The network is %s and the password is " % r.choice(["BT-Hub6-%s" % rs(r, UP, 4), "TP-Link_%s" % rs(r, HEX, 4).upper(), "Casa_Wifi"]),
                (password(r), PWD)])
    say(True, ["Please don't share your Wi-Fi password here, you only need to enter it in the app. "
               "Can you check the router's admin page at ", (ipv4(r, private=True), IP), "?"])
    say(False, ["Ok, the scale shows up as %s with address " % mac(r), (ipv4(r, private=True), IP)])
    if maybe(r, 0.6):
        say(True, ["If it still fails, we can call you. What's the best number?"])
        say(False, [(phone(r, cc), PHN), " - I'm ", ("%s" % city(r, cc)[0], LOC), " time, evenings work"])
    say(True, ["Great, I've logged case %s. Firmware %s should fix the DHCP issue." % (ticket_no(r), version(r).split(" ")[0])])
    return d


@kind("referral_sms_log")
def k_sms(r):
    d = Doc()
    app = r.choice(APPS)
    t = rdt(r)
    d.t("sid,date_sent,to,from,status,body\n")
    for _ in range(r.randint(3, 7)):
        t = tick(r, t, 5, 3000)
        cc = r.choice(["US", "US", "GB", "CA", "AU", "IN", "DE"])
        a = person(r, CC_CULT[cc])
        b = person(r, CC_CULT[cc])
        d.t("SM%s,%s," % (rs(r, HEX, 32), t.strftime("%Y-%m-%dT%H:%M:%SZ")))
        d.e(e164(r, cc), PHN)
        d.t(",+1%s%s,%s,\"" % (r.choice(["415", "646", "877"]), dg(r, 7), r.choice(["delivered", "delivered", "undelivered", "sent"])))
        k = r.randint(0, 2)
        if k == 0:
            d.t("Hey ")
            d.e(b.given, PER)
            d.t("! ")
            d.e(a.given, PER)
            d.t(" invited you to %s. Use code %s%d for 20%% off: " % (app, _slug(a.given).upper()[:6] or "FIT", r.randint(10, 99)))
            d.e("https://%s/r/%s" % (APP_DOMAIN[app], rs(r, ALNUM, 6)), URL)
        elif k == 1:
            d.t("%s: your verification code is %s. It expires in 10 minutes." % (app, dg(r, 6)))
        else:
            d.e(a.given, PER)
            d.t(" just finished a %.1f km run - send a high five in the app!" % r.uniform(2, 30))
        d.t("\"\n")
    return d


@kind("coach_payout_onboarding")
def k_payout(r):
    d = Doc()
    us = maybe(r, 0.6)
    cc = "US" if us else r.choice(["DE", "FR", "ES", "NL", "IT", "GB", "PT"])
    p = person(r, CC_CULT[cc])
    a = addr(r, cc)
    d.t("%s Coach Marketplace - Payout onboarding\nApplication %s\n\n" % (r.choice(APPS), "APP-" + dg(r, 6)))
    d.f("Legal name: {n}\n", n=(p.name(r, ("full", "mid", "upper")), PER))
    d.f("Date of birth: {b}\n", b=(fdate(r, rdob(r), "en", "iso" if not us else "us_num"), DOB))
    d.f("Residential address: {a}\n", a=(a.oneline(country=not us), ADR))
    d.f("Email: {e}\nPhone: {ph}\n", e=(email(r, p, lang=CC_LANG.get(cc, "en")), EML), ph=(phone(r, cc), PHN))
    if us and maybe(r, 0.6):
        st_ = r.choice(["CA", "NY", "FL", "TX", "WA", "IL", "CO", "MA"])
        d.t("Identity document: Driver license, state ")
        d.e(st_, LOC)
        d.t(", no. ")
        d.e(driver_license(r, st_), DL)
        d.t("\n")
    d.t("\nTax information\n")
    if us:
        if maybe(r, 0.7):
            d.f("  Taxpayer ID type: SSN\n  SSN: {s}\n", s=(ssn(r), SSN))
        else:
            d.t("  Taxpayer ID type: EIN\n  EIN: %s-%s\n" % (dg(r, 2), dg(r, 7)))
        d.t("\nBank account (ACH)\n  Routing number: %s\n  Account number: " % routing(r))
        d.e(account_no(r, "bank"), ACC)
        d.t("\n  Account type: %s\n" % r.choice(["Checking", "Savings"]))
    else:
        d.t("  VAT registered: %s\n" % r.choice(["no", "yes"]))
        d.t("\nBank account (SEPA)\n  Account holder: ")
        d.e(p.full, PER)
        d.t("\n  IBAN: ")
        d.e(iban(r, cc if cc in IBAN_SPEC else "DE"), IBAN)
        d.t("\n  BIC: %s\n" % bic(r, cc))
    d.t("\nPayout schedule: %s, minimum %s\n" % (r.choice(["weekly (Monday)", "monthly", "daily"]),
                                                  amount(r, "$" if us else ("£" if cc == "GB" else "€"), 10, 50)))
    d.t("Submitted: ")
    d.e(fdatetime(r, rdt(r), "en", "iso" if maybe(r) else "mdy_short"), DT)
    d.t("\n")
    return d


@kind("lmn_hsa_letter")
def k_lmn(r):
    d = Doc()
    p = person(r, US_MIX)
    doc_ = person(r, US_MIX)
    ca = addr(r, "US", unit=maybe(r, 0.5))
    clinic = r.choice(["Lakeside Family Medicine", "Cedar Valley Internal Medicine", "Harborview Primary Care"])
    d.t("%s\n" % clinic)
    d.e(ca.oneline(), ADR)
    d.t("\nTel ")
    d.e(phone(r, "US", False), PHN)
    d.t(" | Fax ")
    d.e(phone(r, "US", False), PHN)
    d.t("\n\n")
    d.e(fdate(r, rdate(r), "en", "mdy_long"), DT)
    d.t("\n\nLETTER OF MEDICAL NECESSITY\n\nRe: ")
    d.e(p.full, PER)
    d.t("   DOB: ")
    d.e(fdate(r, rdob(r), "en", "us_num"), DOB)
    d.t("\nHealth plan member ID: ")
    d.e(health_plan(r), HPN)
    d.t("\n\nTo whom it may concern,\n\n")
    d.t("I am the primary care physician for my patient ")
    d.e(p.full if maybe(r) else p.given, PER)
    d.t(", who has been diagnosed with %s. A supervised exercise program, including membership at %s and "
        "use of a connected heart-rate monitor, is medically necessary to treat this condition. I recommend "
        "%d sessions per week for 12 months beginning " % (
            r.choice(["obesity (E66.01) and essential hypertension (I10)", "type 2 diabetes (E11.9)",
                      "prediabetes (R73.03)", "osteoarthritis of the knee (M17.11)"]),
            r.choice(GYMS[:6]), r.randint(2, 5)))
    d.e(fdate(r, rdate(r), "en", "mdy_long"), DT)
    d.t(". This expense is not for general health.\n\nSincerely,\n\n")
    d.e(doc_.full, PER)
    d.t(", %s\nNPI %s\n" % (r.choice(["MD", "DO"]), npi(r)))
    return d


@kind("id_scan_aamva")
def k_aamva(r):
    d = Doc()
    p = person(r, US_MIX)
    a = addr(r, "US", unit=False)
    st = a.rabbr
    iin = {"WA": "636045", "CA": "636014", "NY": "636001", "TX": "636015", "FL": "636010", "IL": "636035",
           "CO": "636020", "MA": "636002"}.get(st, "6360%02d" % r.randint(3, 60))
    dob = rdob(r)
    iss = rdate(r, 2019, 2024)
    exp = iss.replace(year=iss.year + r.choice([4, 5, 6, 8]))
    dln = driver_license(r, st).replace("-", "").replace(" ", "")
    d.t("[ID SCANNER] %s front desk - raw PDF417\n" % r.choice(GYMS[:6]))
    d.t("@\n\nANSI %s%s%02d%s01DL00%s%sDL" % (iin, "09", r.choice([8, 9, 10]), "00", dg(r, 2), dg(r, 4)))
    d.t("DAQ")
    d.e(dln, DL)
    d.t("\nDCS")
    d.e(p.family.upper(), PER)
    d.t("\nDAC")
    d.e(p.given.upper(), PER)
    d.t("\nDAD")
    if maybe(r, 0.6):
        d.e(r.choice(NAMES[p.culture][0]).upper(), PER)
    else:
        d.t("NONE")
    d.t("\nDBD")
    d.e(iss.strftime("%m%d%Y"), DT)
    d.t("\nDBB")
    d.e(dob.strftime("%m%d%Y"), DOB)
    d.t("\nDBA")
    d.e(exp.strftime("%m%d%Y"), DT)
    d.t("\nDBC%d\nDAYBRO\nDAU%03d IN\nDAG" % (r.randint(1, 2), r.randint(60, 76)))
    d.e(a.street.upper(), ADR)
    d.t("\nDAI")
    d.e(a.city.upper(), LOC)
    d.t("\nDAJ")
    d.e(st, LOC)
    d.t("\nDAK%s0000  \nDCF%s\nDCGUSA\nDDEN\nDDFN\nDDGN\n" % (a.postcode, rs(r, UP + DG, 20)))
    d.t("\n[PARSED] ")
    d.e("%s %s" % (p.given.title(), p.family), PER)
    d.t(" | DOB ")
    d.e(dob.strftime("%m/%d/%Y"), DOB)
    age = 2025 - dob.year
    d.t(" | age %d | %s | expires " % (age, "OK" if age >= 18 else "MINOR - guardian required"))
    d.e(exp.strftime("%m/%d/%Y"), DT)
    d.t("\n")
    return d


@kind("dietitian_chat")
def k_diet_chat(r):
    d = Doc()
    p = person(r, INTL)
    rd = person(r, INTL)
    t = rdt(r)
    d.t("NutriLog Care - secure messages\n")
    d.t("Client: ")
    d.e(p.full, PER)
    d.t("  |  Dietitian: ")
    d.e(rd.full, PER)
    d.t(", RDN\n\n")
    msgs = []
    appt = soon(r, t, 7, 40)
    lab = (t - _dt.timedelta(days=r.randint(2, 20))).date()

    def m(who, parts):
        nonlocal t
        t = tick(r, t, 600, 20000)
        d.t("-- %s, %s --\n" % ("you" if who == "c" else rd.given, t.strftime("%d %b %Y %H:%M")))
        for x in parts:
            d.e(*x) if isinstance(x, tuple) else d.t(x)
        d.t("\n\n")

    m("c", ["Hi! My A1c came back at %.1f%% on " % r.uniform(5.4, 8.2), (fdate(r, lab, "en", "mdy_long"), DT),
            ". Doctor wants me on ", r.choice(DRUGS), ". Should I change my carbs?"])
    m("d", ["Thanks for sharing. Keep breakfast under %dg carbs and pair fruit with protein. " % r.randint(25, 45),
            "Let's review your CGM trends at our next visit on ", (fdatetime(r, appt, "en"), DT), "."])
    if maybe(r, 0.5):
        m("c", ["Sounds good. My husband ", (person(r, INTL).given, PER), " will join, he cooks most of our meals."])
    if maybe(r, 0.5):
        m("d", ["If you need me sooner, my direct line is ", (phone(r, r.choice(["US", "GB", "CA", "AU"])), PHN), "."])
    m("c", ["Logged everything in the app. Weight today %.1f kg." % r.uniform(55, 115)])
    return d


@kind("race_registration_confirmation")
def k_race(r):
    d = Doc()
    cc = r.choice(["US", "US", "GB", "CA", "AU", "DE", "NL"])
    p = person(r, CC_CULT[cc])
    c = city(r, cc)
    race = r.choice(["Lakeshore Half Marathon", "City Lights 10K", "Harbour Run", "Trail Series Race 3",
                     "Spring Classic Marathon"])
    rd = rdt(r)
    rd = rd.replace(hour=r.choice([6, 7, 8]), minute=r.choice([0, 15, 30, 45]))
    d.t("Registration confirmed: %s %d\n" % (race, rd.year))
    d.t("Confirmation #%s\n\n" % rs(r, UP + DG, 8))
    d.t("Race day: ")
    d.e(fdate(r, rd.date(), "en", r.choice(["wd_long", "mdy_long", "dmy_long"])), DT)
    d.t(" in ")
    d.e("%s, %s" % (c[0], c[2] if cc in ("US", "CA", "AU") else COUNTRY_EN[cc]), LOC)
    d.t("\nWave start: ")
    d.e(ftime(r, rd.hour, rd.minute, "en"), DT)
    d.t("   Bib: %d   Corral: %s\n\n" % (r.randint(100, 39999), r.choice("ABCDEF")))
    d.t("PARTICIPANT\n")
    d.f("Name: {n}\nDate of birth: {b}\nGender: %s   Shirt: %s\n" % (r.choice(["F", "M", "X"]), r.choice(["S", "M", "L", "XL"])),
        n=(p.full, PER), b=(fdate(r, rdob(r), "en", r.choice(["us_num", "iso", "dmy_long"])), DOB))
    d.f("Email: {e}\nMobile: {ph}\nAddress: {a}\n", e=(email(r, p), EML), ph=(phone(r, cc, True), PHN),
        a=(addr(r, cc).oneline(), ADR))
    e = person(r, CC_CULT[cc])
    d.f("\nEMERGENCY CONTACT\n{n} ({rel}) {ph}\n", n=(e.full, PER), rel=r.choice(["spouse", "parent", "friend", "sibling"]),
        ph=(phone(r, cc), PHN))
    d.t("\nResults will sync to your StrideLabs account. Order %s - total paid %s.\n" % (order_no(r), amount(r, "$", 35, 180)))
    return d


@kind("fall_detection_alert")
def k_fall(r):
    d = Doc()
    cc = r.choice(["US", "US", "GB", "CA", "AU", "IN"])
    p = person(r, CC_CULT[cc])
    a = addr(r, cc, unit=False)
    t = rdt(r)
    channel = r.choice(["sms", "email"])
    if channel == "email":
        d.t("From: Stride Watch Safety <")
        d.e("safety@stridelabs.io", EML)
        d.t(">\nTo: ")
        d.e(email(r, person(r, CC_CULT[cc])), EML)
        d.t("\nSubject: URGENT: fall detected\n\n")
    else:
        d.t("SMS to ")
        d.e(phone(r, cc, True), PHN)
        d.t(":\n")
    d.t("Stride Watch detected a hard fall for ")
    d.e(p.full, PER)
    d.t(" at ")
    d.e(fdatetime(r, t, "en", r.choice(["mdy_short", "wd_short"])) if maybe(r) else ftime(r, t.hour, t.minute, "en"), DT)
    d.t(". ")
    d.e(p.given, PER)
    d.t(" did not respond within 60 seconds.\nApproximate location: near ")
    d.e(a.oneline(), ADR)
    lat, lon = {"US": (40, -95), "GB": (52, -1.5), "CA": (45, -76), "AU": (-33, 151), "IN": (19, 77)}[cc]
    d.t(" (%.5f, %.5f, ±%d m)\n" % (lat + r.uniform(-5, 5), lon + r.uniform(-10, 10), r.randint(5, 60)))
    d.t("Map: ")
    d.e("https://maps.stridelabs.io/s/%s" % rs(r, ALNUM, 10), URL)
    d.t("\nCall ")
    d.e(p.given, PER)
    d.t(": ")
    d.e(phone(r, cc, True), PHN)
    d.t("\nYou are receiving this because you are listed as an emergency contact. Reply STOP to opt out.\n")
    return d


@kind("telemetry_batch_json")
def k_telemetry(r):
    d = Doc()
    t = rdt(r)
    samples = []
    ts = epoch(t) * 1000
    for _ in range(r.randint(3, 7)):
        ts += r.randint(1000, 60000)
        samples.append({"t": ts, "hr": r.randint(50, 180), "acc": [round(r.uniform(-2, 2), 3) for _ in range(3)]})
    doc = {"batch_id": uuid4(r), "schema": "telemetry.v%d" % r.randint(2, 5),
           "device": {"serial": serial(r), "model": r.choice(DEVICES), "fw": version(r).split(" ")[0],
                      "ble_mac": mac(r), "battery_pct": r.randint(3, 100)},
           "client": {"app_version": version(r), "os": r.choice(OSV), "ip": (ip(r), IP),
                      "tz": r.choice(TZS), "locale": r.choice(["en_US", "de_DE", "pt_BR"])},
           "user": {"account_id": uuid4(r), "email_sha256": sha(r, 64)},
           "received_at": iso_dt(tick(r, t, 100, 4000), frac=True), "samples": samples}
    if maybe(r, 0.3):
        p = person(r)
        doc["debug"] = {"last_error": "401 token_expired", "user_email": (email(r, p), EML)}
    if maybe(r, 0.3):
        doc["client"]["proxy_ip"] = (ipv4(r, private=True), IP)
    jdump(d, doc, indent=r.choice([None, 2]), compact=maybe(r, 0.3))
    d.t("\n")
    return d


@kind("db_error_stacktrace")
def k_db_err(r):
    d = Doc()
    host = ipv4(r, private=True)
    user = r.choice(["sync_writer", "telemetry_rw", "coach_app", "billing_svc"])
    pw = password(r, True)
    t = rdt(r)
    d.t("%s ERROR [%s] request_id=%s path=/v2/sync/batch\n" % (log_ts(r, t, "space"), r.choice(["sync-gateway-7f9c", "worker-3"]), uuid4(r)))
    d.t("Traceback (most recent call last):\n")
    d.t('  File "/app/sync/db.py", line %d, in get_conn\n    return psycopg2.connect(dsn)\n' % r.randint(20, 200))
    d.t('  File "/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect\n')
    d.t("psycopg2.OperationalError: connection to server at \"")
    d.e(host, IP)
    d.t("\", port 5432 failed: FATAL:  password authentication failed for user \"%s\"\n\n" % user)
    d.t("During handling of the above exception, config dump:\n  dsn = postgresql://%s:" % user)
    d.e(pw, PWD)
    d.t("@")
    d.e(host, IP)
    d.t(":5432/%s\n" % r.choice(["telemetry", "sync", "coach"]))
    d.t("  pool_size = %d\n  statement_timeout = %dms\n" % (r.randint(5, 50), r.choice([5000, 15000, 30000])))
    if maybe(r, 0.5):
        p = person(r)
        d.t("  context.user = ")
        d.e(email(r, p), EML)
        d.t("\n  context.client_ip = ")
        d.e(ip(r), IP)
        d.t("\n")
    d.t("  sentry_event = %s\n" % sha(r, 32))
    return d


@kind("subscription_cancellation_email")
def k_cancel(r):
    d = Doc()
    cc = r.choice(["US", "GB", "CA", "AU", "IN", "US"])
    p = person(r, CC_CULT[cc])
    app = r.choice(APPS)
    t = rdt(r)
    mail_headers(d, r, (None, "no-reply@%s" % APP_DOMAIN[app]),
                 (p.full, email(r, p)), t, subject="Your %s Premium subscription has been cancelled" % app)
    d.t("\nHi ")
    d.e(p.given, PER)
    d.t(",\n\nWe've cancelled your Premium subscription as requested.\n\n")
    d.t("  Account number: ")
    d.e(account_no(r), ACC)
    d.t("\n  Plan: Premium (%s)\n  Access until: " % r.choice(["monthly", "annual"]))
    d.e(fdate(r, soon(r, t, 1, 300).date(), "en", r.choice(["mdy_long", "dmy_long", "wd_long"])), DT)
    d.t("\n  Refund: %s to card ending %s (order %s)\n\n" % (amount(r, "$", 0, 60), dg(r, 4), order_no(r)))
    d.t("Your workouts, sleep history and cycle data stay in your account for %d months. Changed your mind? "
        % r.choice([6, 12, 24]))
    d.e(app_url(r, app, "/account/resubscribe"), URL)
    d.t("\n\nQuestions? Call us toll-free at ")
    d.e(tollfree(r), PHN)
    d.t(" (Mon-Fri, 9-5 ET).\n")
    return d


@kind("firebase_service_account_json")
def k_firebase(r):
    d = Doc()
    app = r.choice(APPS)
    proj = "%s-push-%s" % (app.lower(), r.choice(["prod", "prd", "live"]))
    sa = "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, LO + DG, 5), proj)
    d.t("{\n  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n  \"private_key_id\": \"%s\",\n" % (proj, sha(r, 40)))
    d.t("  \"private_key\": \"")
    d.e(pem(r, "PRIVATE KEY", nl="\\n"), PEM)
    d.t("\\n\",\n  \"client_email\": \"")
    d.e(sa, EML)
    d.t("\",\n  \"client_id\": \"%s\",\n  \"auth_uri\": \"" % dg(r, 21))
    d.e("https://accounts.google.com/o/oauth2/auth", URL)
    d.t("\",\n  \"token_uri\": \"")
    d.e("https://oauth2.googleapis.com/token", URL)
    d.t("\",\n  \"auth_provider_x509_cert_url\": \"")
    d.e("https://www.googleapis.com/oauth2/v1/certs", URL)
    d.t("\",\n  \"universe_domain\": \"googleapis.com\"\n}\n")
    return d


# ============================ NON-ENGLISH KINDS ============================

BANKS = {"DE": ["Commerzbank", "DKB", "ING", "Volksbank Mittelhessen", "Postbank", "N26"],
         "NL": ["ING", "Rabobank", "ABN AMRO", "bunq", "ASN Bank"],
         "ES": ["CaixaBank", "BBVA", "Banco Santander", "Sabadell"],
         "FR": ["Crédit Agricole", "BNP Paribas", "Société Générale", "La Banque Postale"],
         "IT": ["Intesa Sanpaolo", "UniCredit", "BPER Banca", "Fineco"]}


def _split_or_full_addr(d, r, a, labels, lang):
    """labels: (full, street, postcode+city, city); writes either one ADDRESS field or split fields."""
    full_l, street_l, pcc_l, city_l = labels
    if maybe(r, 0.5):
        d.t(full_l)
        d.e(a.oneline(), ADR)
        d.t("\n")
    else:
        d.t(street_l)
        d.e(a.line1, ADR)
        d.t("\n")
        if maybe(r, 0.5):
            d.t(pcc_l + a.postcode + " ")
            d.e(a.city, LOC)
            d.t("\n")
        else:
            d.t(city_l)
            d.e(a.city, LOC)
            d.t("\n")


@kind("de_sepa_mandate", lang="de")
def k_de_sepa(r):
    d = Doc()
    p = person(r, CC_CULT["DE"])
    a = addr(r, "DE")
    ga = addr(r, "DE", unit=False)
    gym = r.choice(["IronHaus Fitness GmbH", "FitWerk Studios GmbH & Co. KG", "Vitalraum Sportclub e.V."])
    d.t("%s · " % gym)
    d.e(ga.oneline(), ADR)
    d.t("\nGläubiger-Identifikationsnummer: DE%02dZZZ%s\n" % (r.randint(10, 99), dg(r, 11)))
    d.t("Mandatsreferenz: %s-%d-%s\n\n" % (rs(r, UP, 3), r.randint(2021, 2025), dg(r, 6)))
    d.t("SEPA-Lastschriftmandat\n\n")
    d.t("Ich ermächtige die %s, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein "
        "Kreditinstitut an, die von der %s auf mein Konto gezogenen Lastschriften einzulösen.\n"
        "Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten "
        "Betrages verlangen.\n\n" % (gym, gym.split(" GmbH")[0]))
    d.t("Mitgliedsnummer: ")
    d.e(gym_member_no(r), ACC)
    d.t("\nKontoinhaber (Vorname, Name): ")
    d.e(p.full if maybe(r) else "%s, %s" % (p.family, p.given), PER)
    d.t("\n")
    _split_or_full_addr(d, r, a, ("Anschrift: ", "Straße und Hausnummer: ", "PLZ und Ort: ", "Ort: "), "de")
    if maybe(r, 0.6):
        d.t("Geburtsdatum: ")
        d.e(fdate(r, rdob(r), "de", "num"), DOB)
        d.t("\n")
    d.t("Telefon: ")
    d.e(phone(r, "DE"), PHN)
    d.t("\nE-Mail: ")
    d.e(email(r, p, lang="de"), EML)
    d.t("\nIBAN: ")
    d.e(iban(r, r.choice(["DE", "DE", "DE", "AT"])), IBAN)
    d.t("\nBIC: %s   Kreditinstitut: %s\n" % (bic(r, "DE"), r.choice(BANKS["DE"])))
    d.t("Beitrag: %s monatlich, erste Abbuchung am " % amount(r, "€", 19, 69))
    d.e(fdate(r, rdate(r).replace(day=1), "de", "num"), DT)
    d.t("\n\nOrt, Datum: ")
    d.e(a.city, LOC)
    d.t(", ")
    d.e(fdate(r, rdate(r), "de", "num"), DT)
    d.t("\nUnterschrift: ______________________\n")
    return d


@kind("de_support_ticket", lang="de")
def k_de_ticket(r):
    d = Doc()
    p = person(r, CC_CULT["DE"])
    ag = person(r, CC_CULT["DE"])
    dev = r.choice(DEVICES)
    d.t("Ticket %s · Kategorie: Synchronisation · Status: %s\n" % (ticket_no(r), r.choice(["offen", "in Bearbeitung", "gelöst"])))
    d.t("Betreff: %s synchronisiert nicht mehr\n\n" % dev)
    d.t("Kunde: ")
    d.e(p.full, PER)
    d.t("\nE-Mail: ")
    d.e(email(r, p, lang="de"), EML)
    d.t("\nTelefon: ")
    d.e(phone(r, "DE"), PHN)
    d.t("\nBestellnummer: %s   Seriennummer: %s   Firmware: %s\n\n" % (order_no(r), serial(r), version(r).split(" ")[0]))
    t0 = rdt(r)
    d.t("Nachricht:\nHallo, seit dem ")
    dd = (t0 - _dt.timedelta(days=r.randint(2, 25))).date()
    d.e("%d. %s" % (dd.day, MONTHS["de"][dd.month - 1]) if maybe(r) else fdate(r, dd, "de"), DT)
    d.t(" werden meine Schlafdaten nicht mehr übertragen. Ich habe die App (Version %s) neu installiert und das Band "
        "zurückgesetzt, leider ohne Erfolg. Mein Handy ist ein %s mit %s.\n" % (version(r).split(" ")[0],
                                                                             *hw_os(r)))
    if maybe(r, 0.5):
        d.t("Ich bin ab ")
        d.e(fdatetime(r, soon(r, t0, 1, 3), "de", "num"), DT)
        d.t(" telefonisch erreichbar.\n")
    d.t("\nAntwort von ")
    d.e(ag.given, PER)
    d.t(" (Support):\n%s " % r.choice(["Guten Tag", "Hallo"]))
    d.e(p.full, PER)
    d.t(",\nvielen Dank für Ihre Nachricht. ")
    if maybe(r, 0.6):
        a = addr(r, "DE")
        d.t("Wir senden Ihnen ein Austauschgerät an folgende Adresse:\n\n")
        d.e(p.full, PER)
        d.t("\n")
        d.e("\n".join(a.lines()), ADR)
        d.t("\n\nBitte schicken Sie das alte Gerät bis zum ")
        d.e(fdate(r, soon(r, t0, 14, 30).date(), "de", r.choice(["num", "long"])), DT)
        d.t(" zurück.\n")
    else:
        d.t("Bitte aktualisieren Sie die Firmware auf %s und melden Sie sich erneut an.\n" % version(r).split(" ")[0])
    d.t("\nMit freundlichen Grüßen\n")
    d.e(ag.full, PER)
    d.t("\n")
    return d


@kind("de_dsgvo_auskunft", lang="de")
def k_de_dsgvo(r):
    d = Doc()
    p = person(r, CC_CULT["DE"])
    a = addr(r, "DE")
    app = r.choice(APPS)
    ca = addr(r, "DE", unit=False)
    d.e(p.full, PER)
    d.t("\n")
    d.e("\n".join(a.lines()), ADR)
    d.t("\n\n%s GmbH\nDatenschutz\n" % app)
    d.e("\n".join(ca.lines()), ADR)
    d.t("\n\n")
    d.e(a.city, LOC)
    d.t(", ")
    d.e(fdate(r, rdate(r), "de", r.choice(["num", "long"])), DT)
    d.t("\n\nAuskunftsersuchen nach Art. 15 DSGVO\n\nSehr geehrte Damen und Herren,\n\n")
    d.t("ich bitte um Auskunft über alle zu meiner Person gespeicherten Daten, insbesondere Gesundheitsdaten "
        "(Herzfrequenz, Schlaf, Zyklus), Standortdaten und die Empfänger dieser Daten.\n\n")
    d.t("Zur Identifizierung: Kundennummer ")
    d.e(account_no(r), ACC)
    d.t(", registrierte E-Mail-Adresse ")
    d.e(email(r, p, lang="de"), EML)
    if maybe(r, 0.5):
        d.t(", Geburtsdatum ")
        d.e(fdate(r, rdob(r), "de", "num"), DOB)
    d.t(".\n\nBitte antworten Sie bis zum ")
    d.e(fdate(r, rdate(r), "de", "long"), DT)
    d.t(".\n\nMit freundlichen Grüßen\n")
    d.e(p.full, PER)
    d.t("\n")
    return d


@kind("fr_coaching_chat", lang="fr")
def k_fr_chat(r):
    d = Doc()
    co = person(r, CC_CULT["FR"])
    cl = person(r, CC_CULT["FR"])
    t = rdt(r)
    d.t("Conversation - Coaching %s\n\n" % r.choice(APPS))

    def say(who, parts):
        nonlocal t
        t = tick(r, t, 30, 900)
        d.t("[%02d:%02d] " % (t.hour, t.minute))
        d.e(who, PER)
        d.t(" : ")
        for x in parts:
            d.e(*x) if isinstance(x, tuple) else d.t(x)
        d.t("\n")

    say(co.given, ["Bonjour ", (cl.given, PER), " ! Comment s'est passée la sortie longue de dimanche ?"])
    say(cl.given, ["Bien, %d km en %dh%02d, mais j'ai eu mal au genou vers la fin." % (r.randint(12, 30), r.randint(1, 3), r.randint(0, 59))])
    say(co.given, ["D'accord. On réduit le volume cette semaine. Tu as vu le kiné ?"])
    ap = soon(r, t, 1, 14)
    say(cl.given, ["Oui, rendez-vous avec Mme ", (person(r, CC_CULT["FR"]).family, PER), " le ",
                   (fdatetime(r, ap, "fr", r.choice(["long", "wd_long"])), DT), "."])
    if maybe(r, 0.5):
        c = city(r, "FR")
        say(cl.given, ["Et je serai à ", (c[0], LOC), " pour le boulot jusqu'au ", (fdate(r, soon(r, t, 2, 12).date(), "fr", "long"), DT), "."])
    if maybe(r, 0.5):
        say(co.given, ["Pas de souci. Si besoin, appelle-moi au ", (phone(r, "FR", True), PHN), "."])
    say(co.given, ["Prochain point visio le ", (fdate(r, soon(r, t, 5, 20).date(), "fr", "num"), DT), ", même lien : ", (meet_url(r), URL)])
    say(cl.given, ["Parfait, merci !"])
    return d


@kind("fr_consent_etude", lang="fr")
def k_fr_consent(r):
    d = Doc()
    p = person(r, CC_CULT["FR"])
    inv = person(r, CC_CULT["FR"])
    a = addr(r, "FR")
    d.t("FORMULAIRE DE CONSENTEMENT ÉCLAIRÉ\nÉtude « %s »\n" % r.choice(["Sommeil et récupération chez le sportif amateur",
                                                                     "Variabilité cardiaque et cycle menstruel",
                                                                     "Activité physique connectée après 60 ans"]))
    d.t("Promoteur : %s — N° ID-RCB : %d-A%05d-%d\n\n" % (r.choice(["CHU partenaire", "Vitalink Health SAS"]),
                                                         r.randint(2021, 2025), r.randint(0, 99999), r.randint(10, 99)))
    d.t("Investigateur principal : %s " % r.choice(["Dr", "Pr", "Dr."]))
    d.e(inv.full, PER)
    d.t(", tél. ")
    d.e(phone(r, "FR", False), PHN)
    d.t("\n\nJe soussigné(e) ")
    d.e(p.full if maybe(r) else "%s %s" % (p.family.upper(), p.given), PER)
    d.t(", né(e) le ")
    d.e(fdate(r, rdob(r), "fr", r.choice(["num", "long"])), DOB)
    d.t(", demeurant ")
    d.e(a.oneline(), ADR)
    d.t(", accepte librement de participer à cette recherche.\n\n")
    d.t("J'ai compris que je porterai un capteur pendant %d semaines et que mes données seront pseudonymisées.\n" % r.randint(4, 20))
    d.t("Téléphone : ")
    d.e(phone(r, "FR"), PHN)
    d.t("\nCourriel : ")
    d.e(email(r, p, lang="fr"), EML)
    d.t("\n\nFait à ")
    d.e(a.city, LOC)
    d.t(", le ")
    d.e(fdate(r, rdate(r), "fr", r.choice(["num", "long"])), DT)
    d.t("\nSignature du participant :                Signature de l'investigateur :\n")
    return d


@kind("fr_resiliation_salle", lang="fr")
def k_fr_resil(r):
    d = Doc()
    p = person(r, CC_CULT["FR"])
    a = addr(r, "FR")
    gym = r.choice(["Club Oxygène", "Salle Énergie Plus", "Fitness Park Confluence"])
    ga = addr(r, "FR", unit=False)
    d.e(p.full, PER)
    d.t("\n")
    d.e("\n".join(a.lines()), ADR)
    d.t("\nTél. : ")
    d.e(phone(r, "FR", True), PHN)
    d.t("\n\n%s\nService adhérents\n" % gym)
    d.e("\n".join(ga.lines()), ADR)
    d.t("\n\n")
    d.e(a.city, LOC)
    d.t(", le ")
    d.e(fdate(r, rdate(r), "fr", "long"), DT)
    d.t("\n\nLettre recommandée avec accusé de réception n° %s %s %s %s\n" % (dg(r, 2), dg(r, 3), dg(r, 3), dg(r, 4)))
    d.t("Objet : résiliation de mon abonnement n° ")
    d.e(gym_member_no(r), ACC)
    d.t("\n\nMadame, Monsieur,\n\nPar la présente, je vous informe de ma décision de résilier mon abonnement à compter du ")
    d.e(fdate(r, rdate(r), "fr", "long"), DT)
    d.t(", conformément à l'article %d des conditions générales (préavis d'un mois).\n" % r.randint(5, 14))
    d.t("Je vous demande de cesser tout prélèvement sur mon compte ")
    d.e(iban(r, "FR"), IBAN)
    d.t(".\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\n")
    d.e(p.full, PER)
    d.t("\n")
    return d


@kind("es_support_chat", lang="es")
def k_es_chat(r):
    d = Doc()
    cc = r.choice(["ES", "MX"])
    p = person(r, CC_CULT[cc])
    ag = person(r, CC_CULT[cc])
    t = rdt(r)
    d.t("Chat de soporte - %s\n" % r.choice(["CoreSync", "FitNova", "Vitalink"]))

    def say(is_ag, parts):
        nonlocal t
        t = tick(r, t, 20, 300)
        d.t("%s " % t.strftime("%H:%M"))
        if is_ag:
            d.e(ag.given, PER)
            d.t(" (Soporte)")
        else:
            d.e(p.given, PER)
        d.t(": ")
        for x in parts:
            d.e(*x) if isinstance(x, tuple) else d.t(x)
        d.t("\n")

    say(True, ["¡Hola! Soy ", (ag.given, PER), ", ¿en qué te puedo ayudar?"])
    say(False, ["Mi báscula no sincroniza desde el ", (fdate(r, (t - _dt.timedelta(days=r.randint(2, 20))).date(), "es", r.choice(["num", "long"])), DT), ", sale el error E-%d" % r.randint(10, 60)])
    say(True, ["Lo siento. ¿Me confirmas el correo de tu cuenta?"])
    say(False, [(email(r, p, lang="es"), EML)])
    say(True, ["Gracias. Veo que la garantía sigue vigente, te enviamos una nueva. ¿Dirección de envío?"])
    a = addr(r, cc)
    say(False, [(a.oneline(), ADR)])
    say(True, ["Perfecto. ¿Un teléfono de contacto para la mensajería?"])
    say(False, [(phone(r, cc), PHN)])
    say(True, ["Listo, pedido de reemplazo %s. Llegará antes del " % order_no(r), (fdate(r, soon(r, t, 3, 9).date(), "es", "long"), DT), "."])
    return d


@kind("es_alta_socio_gimnasio", lang="es")
def k_es_alta(r):
    d = Doc()
    p = person(r, CC_CULT["ES"])
    a = addr(r, "ES")
    d.t("GIMNASIO FUERZA VIVA - SOLICITUD DE ALTA\n\n")
    d.t("Nombre: ")
    d.e(p.given, PER)
    d.t("\nApellidos: ")
    d.e(p.family, PER)
    d.t("\nFecha de nacimiento: ")
    d.e(fdate(r, rdob(r), "es", "num"), DOB)
    d.t("\nDirección: ")
    d.e(a.line1, ADR)
    d.t("\nLocalidad: ")
    d.e(a.city, LOC)
    d.t("   Provincia: ")
    d.e(a.city if a.city in ("Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga", "Zaragoza") else "Bizkaia", LOC)
    d.t("   C.P.: %s\n" % a.postcode)
    d.t("Teléfono móvil: ")
    d.e(phone(r, "ES", True), PHN)
    d.t("\nCorreo electrónico: ")
    d.e(email(r, p, lang="es"), EML)
    d.t("\n\nCuota: %s (%s)   Matrícula: %s\n" % (r.choice(["Plus", "Básica", "Joven", "Premium"]), amount(r, "€", 25, 60),
                                                amount(r, "€", 0, 30)))
    d.t("Nº de socio: ")
    d.e(gym_member_no(r), ACC)
    d.t("\nFecha de alta: ")
    d.e(fdate(r, rdate(r), "es", r.choice(["num", "long"])), DT)
    d.t("\n\nDOMICILIACIÓN BANCARIA (SEPA)\nTitular de la cuenta: ")
    d.e(p.full, PER)
    d.t("\nIBAN: ")
    d.e(iban(r, "ES"), IBAN)
    d.t("\n\nEn ")
    d.e(a.city, LOC)
    d.t(", a ")
    d.e(fdate(r, rdate(r), "es", "long"), DT)
    d.t("\nFirma del socio:\n")
    return d


@kind("pt_br_nutri_chat", lang="pt")
def k_pt_chat(r):
    d = Doc()
    p = person(r, CC_CULT["BR"])
    nu = person(r, CC_CULT["BR"])
    nu.given = r.choice(["Maria", "Ana", "Beatriz", "Juliana", "Larissa", "Fernanda", "Camila", "Letícia",
                         "Mariana", "Carolina", "Luíza", "Patrícia"])
    t = rdt(r)
    nuname = "Dra. " + nu.given if maybe(r, 0.5) else nu.full

    def say(is_nu, parts):
        nonlocal t
        t = tick(r, t, 60, 4000)
        d.t("%s %s - " % (t.strftime("%d/%m/%Y"), t.strftime("%H:%M")))
        if is_nu:
            if nuname.startswith("Dra. "):
                d.t("Dra. ")
                d.e(nu.given, PER)
            else:
                d.e(nu.full, PER)
        else:
            d.e(p.given + " " + p.family.split(" ")[0], PER)
        d.t(": ")
        for x in parts:
            d.e(*x) if isinstance(x, tuple) else d.t(x)
        d.t("\n")

    say(False, ["Bom dia, doutora! Mandei meu diário alimentar pelo app."])
    say(True, ["Bom dia, ", (p.given, PER), "! Vi sim. Você está comendo pouca proteína no café da manhã."])
    say(False, ["Verdade. E o exame de glicemia ficou para ", (fdate(r, soon(r, t, 1, 10).date(), "pt", "num"), DT), "."])
    ap = soon(r, t, 10, 40)
    say(True, ["Ótimo. Nossa consulta de retorno fica ", (fdatetime(r, ap, "pt", r.choice(["num", "long"])), DT), ", tudo bem?"])
    if maybe(r, 0.6):
        say(False, ["Pode ser. Se precisar remarcar meu celular é ", (phone(r, "BR", True), PHN)])
    if maybe(r, 0.5):
        a = addr(r, "BR")
        say(True, ["O consultório mudou, agora é na ", (a.oneline(), ADR)])
    say(False, ["Combinado, obrigado! 🙏"])
    return d


@kind("pt_br_fatura_assinatura", lang="pt")
def k_pt_fatura(r):
    d = Doc()
    p = person(r, CC_CULT["BR"])
    a = addr(r, "BR")
    app = r.choice(APPS)
    d.t("%s - FATURA DA ASSINATURA\n\n" % app)
    d.t("Nº da fatura: %s\nNº do pedido: %s\n" % ("FT-" + dg(r, 8), order_no(r)))
    d.t("Emissão: ")
    em = rdate(r)
    d.e(fdate(r, em, "pt", "num"), DT)
    d.t("   Vencimento: ")
    d.e(fdate(r, em + _dt.timedelta(days=10), "pt", "num"), DT)
    d.t("\n\nCliente: ")
    d.e(p.full, PER)
    d.t("\nCódigo do cliente: ")
    d.e(account_no(r), ACC)
    d.t("\nEndereço: ")
    d.e(a.oneline(), ADR)
    d.t("\nE-mail: ")
    d.e(email(r, p, lang="pt"), EML)
    d.t("\n\nPlano %s ............ %s\n" % (r.choice(["Premium mensal", "Premium anual", "Família"]), amount(r, "R$", 15, 300)))
    d.t("Desconto cupom %s ...... -%s\n" % (rs(r, UP, 5) + dg(r, 2), amount(r, "R$", 1, 15)))
    d.t("Forma de pagamento: cartão de crédito final %s (%dx)\n" % (dg(r, 4), r.randint(1, 12)))
    d.t("\nDúvidas: ")
    d.e("ajuda@%s" % APP_DOMAIN[app], EML)
    d.t(" ou ")
    d.e("0800 %s %s" % (dg(r, 3), dg(r, 4)), PHN)
    d.t("\n")
    return d


@kind("it_iscrizione_palestra", lang="it")
def k_it_iscr(r):
    d = Doc()
    p = person(r, CC_CULT["IT"])
    a = addr(r, "IT")
    bc = city(r, "IT")
    d.t("PALESTRA ENERGIA - MODULO DI ISCRIZIONE\nTessera n. ")
    d.e(gym_member_no(r), ACC)
    d.t("\n\nCognome: ")
    d.e(p.family.upper() if maybe(r) else p.family, PER)
    d.t("   Nome: ")
    d.e(p.given, PER)
    d.t("\nNato/a a ")
    d.e(bc[0], LOC)
    d.t(" il ")
    d.e(fdate(r, rdob(r), "it", "num"), DOB)
    d.t("\nResidente in ")
    d.e(a.line1, ADR)
    d.t("   CAP %s   Città: " % a.postcode)
    d.e(a.city, LOC)
    d.t(" (")
    d.e(a.rabbr, LOC)
    d.t(")\nCellulare: ")
    d.e(phone(r, "IT", True), PHN)
    d.t("   E-mail: ")
    d.e(email(r, p, lang="it"), EML)
    d.t("\n\nCertificato medico per attività sportiva non agonistica rilasciato dal Dott. ")
    d.e(person(r, CC_CULT["IT"]).full, PER)
    d.t(" il ")
    cd = rdate(r)
    d.e(fdate(r, cd, "it", "num"), DT)
    d.t(", scadenza ")
    d.e(fdate(r, cd.replace(year=cd.year + 1), "it", "num"), DT)
    d.t("\n\nAbbonamento: %s - %s\nPagamento con addebito SEPA su IBAN " % (r.choice(["Open annuale", "Trimestrale", "Mensile"]),
                                                                       amount(r, "€", 30, 600)))
    d.e(iban(r, "IT"), IBAN)
    d.t("\n\nLuogo e data: ")
    d.e(a.city, LOC)
    d.t(", ")
    d.e(fdate(r, rdate(r), "it", "num"), DT)
    d.t("   Firma ____________\n")
    return d


@kind("nl_sportschool_machtiging", lang="nl")
def k_nl_macht(r):
    d = Doc()
    p = person(r, CC_CULT["NL"])
    a = addr(r, "NL")
    d.t("SPORTCENTRUM VITAAL - INSCHRIJFFORMULIER & DOORLOPENDE MACHTIGING SEPA\n\n")
    d.t("Lidnummer: ")
    d.e(gym_member_no(r), ACC)
    d.t("\nNaam: ")
    d.e(p.full, PER)
    d.t("\nAdres: ")
    d.e(a.line1, ADR)
    d.t("\nPostcode: %s\nWoonplaats: " % a.postcode)
    d.e(a.city, LOC)
    d.t("\nGeboortedatum: ")
    d.e(fdate(r, rdob(r), "nl", "num"), DOB)
    d.t("\nTelefoon: ")
    d.e(phone(r, "NL"), PHN)
    d.t("\nE-mail: ")
    d.e(email(r, p, lang="nl"), EML)
    d.t("\n\nAbonnement: %s, ingangsdatum " % r.choice(["All-in flex", "Basis", "Student", "Premium 52 weken"]))
    d.e(fdate(r, rdate(r), "nl", r.choice(["num", "long"])), DT)
    d.t("\nContributie: %s per 4 weken\n\n" % amount(r, "€", 19, 59))
    d.t("Door ondertekening van dit formulier geeft u toestemming aan Sportcentrum Vitaal om doorlopende incasso-opdrachten "
        "te sturen naar uw bank.\nIncassant ID: NL%02dZZZ%s   Kenmerk machtiging: %s\n" % (r.randint(10, 99), dg(r, 12), "SCV" + dg(r, 7)))
    d.t("IBAN: ")
    d.e(iban(r, "NL"), IBAN)
    d.t("   BIC: %s\n\nPlaats: " % bic(r, "NL"))
    d.e(a.city, LOC)
    d.t("   Datum: ")
    d.e(fdate(r, rdate(r), "nl", "num"), DT)
    d.t("\nHandtekening: ____________\n")
    return d


JA_FAM = ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田"]
JA_GIV = ["陽翔", "結衣", "蓮", "美咲", "健太", "明子", "大輔", "彩花", "翔太", "由美", "直樹", "愛"]
JA_ADDR = [("150-0001", "東京都渋谷区神宮前"), ("530-0001", "大阪府大阪市北区梅田"), ("220-0012", "神奈川県横浜市西区みなとみらい"),
           ("810-0001", "福岡県福岡市中央区天神"), ("060-0003", "北海道札幌市中央区北三条西"), ("460-0008", "愛知県名古屋市中区栄")]


@kind("ja_support_email", lang="ja")
def k_ja(r):
    d = Doc()
    fam, giv = r.choice(JA_FAM), r.choice(JA_GIV)
    pc, pref = r.choice(JA_ADDR)
    app = r.choice(APPS)
    t = rdt(r)
    d.t("件名：【%s】交換品発送のご案内（お問い合わせ番号：%s）\n\n" % (app, dg(r, 8)))
    d.e("%s %s" % (fam, giv) if maybe(r) else fam + giv, PER)
    d.t(" 様\n\nいつも%sをご利用いただき、誠にありがとうございます。\nサポート担当の" % app)
    d.e(r.choice(JA_FAM), PER)
    d.t("です。\n\nお問い合わせいただいた「%s」の同期不具合につきまして、交換品を下記住所へ発送いたしました。\n\n" % r.choice(DEVICES))
    d.t("■お届け先\n〒")
    d.e("%s %s%d-%d-%d%s" % (pc, pref, r.randint(1, 6), r.randint(1, 30), r.randint(1, 20),
                             r.choice(["", " パークハイツ%d号室" % r.randint(101, 905), " グランドメゾン%d" % r.randint(101, 1203)])), ADR)
    d.t("\n■お電話番号：")
    d.e(phone(r, "JP", intl=False), PHN)
    d.t("\n■メールアドレス：")
    d.e("%s.%s%s@%s" % (r.choice(["yuki", "haru", "ken", "mika", "taro"]), rs(r, LO, 3), dg(r, 2),
                        r.choice(FREE_MAIL["ja"])), EML)
    d.t("\n■ご注文番号：%s\n■シリアル番号：%s\n" % (order_no(r), serial(r)))
    d.t("■お届け予定日時：")
    dd = rdt(r)
    d.e("%d年%d月%d日" % (dd.year, dd.month, dd.day), DT)
    d.t("\n\n不具合品は同梱の返送用伝票にて、")
    d.e("%d月%d日" % (dd.month, min(dd.day + 7, 28)), DT)
    d.t("までにご返送ください。\n\n%s カスタマーサポート\nTEL: " % app)
    d.e("0120-%s-%s" % (dg(r, 3), dg(r, 3)), PHN)
    d.t("（平日のみ受付）\n")
    return d


# ============================== EMPTY KINDS ===============================
# (no labelled entity at all, but plenty of hard negatives)

@kind("firmware_release_notes", empty=True)
def k_fw_notes(r):
    d = Doc()
    dev = r.choice(DEVICES)
    fw = "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9))
    d.t("%s - Firmware %s (build %d-%s)\n%s\n\n" % (dev, fw, r.randint(10000, 99999), r.choice(["rc1", "rc2", "ga"]),
                                                   "=" * 40))
    d.t("Rollout: staged 1%% -> 10%% -> 50%% -> 100%% over %d days. Minimum app version %s.\n" % (
        r.randint(5, 14), version(r).split(" ")[0]))
    d.t("Bootloader: %d.%d.%d.%d (unchanged)   BLE stack: %d.%d.%d   Radio FW: %s\n\n" % (
        r.randint(1, 3), r.randint(0, 9), r.randint(0, 9), r.randint(0, 20), r.randint(5, 9), r.randint(0, 9),
        r.randint(0, 9), "S%d_%d.%d.%d" % (r.randint(112, 340), r.randint(5, 7), r.randint(0, 9), r.randint(0, 9))))
    d.t("NEW\n")
    for x in r.sample(["Skin temperature trend now sampled every 60 s during sleep",
                       "Added HRV (RMSSD) readiness score",
                       "Auto-detect for rowing and elliptical workouts",
                       "SpO2 readings now shown in 1% steps",
                       "New watch face: Minimal Rings"], 3):
        d.t("  * %s\n" % x)
    d.t("\nFIXED\n")
    for x in r.sample(["[FW-%d] Sync stalls at 99%% when phone battery saver is on" % r.randint(1000, 9999),
                       "[FW-%d] Step count doubled after timezone change" % r.randint(1000, 9999),
                       "[FW-%d] Heart-rate spikes to 220 bpm when strap is loose" % r.randint(1000, 9999),
                       "[FW-%d] Crash in GATT handler (0x%s)" % (r.randint(1000, 9999), rs(r, "0123456789ABCDEF", 8)),
                       "[FW-%d] Battery drain of %d%%/h in airplane mode" % (r.randint(1000, 9999), r.randint(3, 9))], 3):
        d.t("  * %s\n" % x)
    d.t("\nKNOWN ISSUES\n  * Pairing with %s may require two attempts.\n" % r.choice(OSV))
    d.t("\nImage: %s_%s.bin  size %s bytes\nSHA-256: %s\nCRC32: 0x%s\n" % (
        re.sub(r"\W+", "_", dev.lower()), fw.replace(".", "_"), "{:,}".format(r.randint(300000, 4000000)),
        sha(r, 64), rs(r, "0123456789ABCDEF", 8)))
    return d


@kind("ios_crash_report_anon", empty=True)
def k_ios_crash(r):
    d = Doc()
    app = r.choice(APPS)
    t = rdt(r)
    d.t("Incident Identifier: %s\nCrashReporter Key:   %s\nHardware Model:      %s\nProcess:             %s [%d]\n" % (
        uuid4(r).upper(), sha(r, 40), r.choice(["iPhone15,3", "iPhone14,5", "iPhone16,2", "Watch6,2"]), app,
        r.randint(300, 9000)))
    d.t("Path:                /private/var/containers/Bundle/Application/%s/%s.app/%s\n" % (uuid4(r).upper(), app, app))
    d.t("Identifier:          com.%s.ios\nVersion:             %s\nCode Type:           ARM-64 (Native)\n" % (
        app.lower(), version(r)))
    d.t("Date/Time:           %s.%02d %s\n" % (t.strftime("%Y-%m-%d %H:%M:%S"), r.randint(0, 99), r.choice(["+0100", "-0800", "+0000"])))
    d.t("Launch Time:         %s.%02d %s\n" % (tick(r, t, -900, -10).strftime("%Y-%m-%d %H:%M:%S"), r.randint(0, 99), "+0000"))
    d.t("OS Version:          iPhone OS %d.%d.%d (%s)\nRelease Type:        User\n\n" % (
        r.randint(16, 18), r.randint(0, 6), r.randint(0, 3), "21" + r.choice("ABCDEFG") + dg(r, 3)))
    d.t("Exception Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Subtype: KERN_INVALID_ADDRESS at 0x%s\n" % rs(r, HEX, 16))
    d.t("Termination Reason: SIGNAL 11 Segmentation fault: 11\nTriggered by Thread:  %d\n\n" % r.randint(0, 8))
    d.t("Thread 0 Crashed:\n")
    base = r.randint(0x100000000, 0x1FFFFFFFF)
    for i in range(r.randint(5, 9)):
        mod = r.choice([app, "libswiftCore.dylib", "CoreBluetooth", "HealthKit", "Foundation", "libobjc.A.dylib"])
        d.t("%-3d %-22s 0x%016x %s + %d\n" % (i, mod, base + r.randint(0, 0xFFFFF), r.choice(
            ["SyncEngine.flush(_:)", "HKSampleQuery.execute", "objc_msgSend", "closure #1 in BLEManager.peripheral(_:didUpdateValueFor:error:)",
             "specialized Array.append(_:)"]), r.randint(12, 4000)))
    d.t("\nBinary Images:\n")
    for _ in range(3):
        d.t("0x%x - 0x%x %s arm64  <%s> /usr/lib/%s\n" % (base, base + r.randint(0x1000, 0xFFFFF), r.choice(["libsystem_kernel.dylib", "dyld", app]),
                                                     rs(r, HEX, 32), r.choice(["libsystem_kernel.dylib", "dyld", "swift/libswiftCore.dylib"])))
    d.t("\nEOF\n")
    return d


@kind("ble_gatt_debug_log", empty=True)
def k_ble(r):
    d = Doc()
    t = rdt(r)
    m = mac(r)
    d.t("--- nRF Connect log, device %s (%s) ---\n" % (r.choice(DEVICES), m))
    ops = [("D", "gatt.connect() autoConnect=false"), ("I", "Connected to %s" % m),
           ("D", "gatt.discoverServices()"), ("I", "Services discovered: 0000180d-0000-1000-8000-00805f9b34fb (Heart Rate), "
                                                   "0000180f-0000-1000-8000-00805f9b34fb (Battery)"),
           ("V", "Enabling notifications for 00002a37-0000-1000-8000-00805f9b34fb"),
           ("I", "MTU changed to %d" % r.choice([185, 247, 517])),
           ("A", "\"(0x) 16-%s-%s\" received" % (rs(r, "0123456789ABCDEF", 2), rs(r, "0123456789ABCDEF", 2))),
           ("A", "\"Heart Rate Measurement: %d bpm, Contact is Detected, RR interval: %d ms\" received" % (
               r.randint(55, 170), r.randint(350, 1100))),
           ("W", "Connection parameters updated (interval: %.2fms, latency: 0, timeout: %dms)" % (
               r.choice([7.5, 15.0, 30.0, 45.0]), r.choice([2000, 5000]))),
           ("E", "Error 133 (0x85): GATT ERROR"), ("I", "Battery Level: %d%%" % r.randint(1, 100)),
           ("D", "[Callback] Connection state changed with status: 8 and new state: DISCONNECTED (0)")]
    for lv, msg in ops[:r.randint(7, len(ops))]:
        t = tick(r, t, 0, 3)
        d.t("%s %s\t%s\n" % (lv, t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000), msg))
    return d


@kind("workout_plan", empty=True)
def k_plan(r):
    d = Doc()
    goal = r.choice(["First 10K", "Half marathon sub-2:00", "Strength foundations", "Postpartum return to run",
                     "Zone 2 base building"])
    d.t("%s - %d-week plan (Level %s)\n\n" % (goal, r.choice([4, 6, 8, 12]), r.choice(["Beginner", "Intermediate"])))
    days = WEEKDAYS["en"]
    for w in range(1, r.randint(2, 3) + 1):
        d.t("WEEK %d\n" % w)
        for dd in sorted(r.sample(range(7), r.randint(3, 5))):
            d.t("  %-10s " % days[dd])
            d.t(r.choice([
                "Easy run %d min @ RPE %d, HR < %d bpm" % (r.randint(20, 60), r.randint(3, 5), r.randint(135, 150)),
                "Intervals: %dx400 m @ 5K pace, %d s jog recovery" % (r.randint(4, 10), r.choice([60, 90, 120])),
                "Strength A: squat 3x8 @ %d%% 1RM, RDL 3x10, plank 3x45 s" % r.randint(60, 80),
                "Rest or mobility 15 min", "Long run %.1f km, conversational pace" % r.uniform(6, 21),
                "Cross-train: bike %d min zone 2" % r.randint(30, 90),
                "Strength B: bench 4x6, row 4x8, farmer carry 3x30 m"]))
            d.t("\n")
        d.t("\n")
    d.t("Notes: increase weekly volume by no more than 10%%. Deload every %s week. Sync your watch after each "
        "session so the plan adapts.\n" % r.choice(["3rd", "4th"]))
    return d


@kind("nutrition_facts_table", empty=True)
def k_facts(r):
    d = Doc()
    prod, unit = r.choice([("Whey Isolate - Vanilla", "1 scoop"), ("Recovery Oat Bar", "1 bar"),
                           ("Electrolyte Mix - Lemon", "1 stick"), ("Plant Protein - Cocoa", "1 scoop"),
                           ("Greek Yogurt Cup 2%", "1 cup")])
    d.t("%s\nNutrition Facts\n%d servings per container\nServing size %d g (%s)\n\n" % (
        prod, 1 if unit in ("1 bar", "1 cup") else r.randint(10, 40), r.randint(20, 60), unit))
    rows = [("Calories", "%d" % r.randint(80, 280), ""), ("Total Fat", "%.1f g" % r.uniform(0, 12), "%d%%" % r.randint(0, 15)),
            ("Saturated Fat", "%.1f g" % r.uniform(0, 5), "%d%%" % r.randint(0, 20)),
            ("Cholesterol", "%d mg" % r.randint(0, 60), "%d%%" % r.randint(0, 20)),
            ("Sodium", "%d mg" % r.randint(20, 600), "%d%%" % r.randint(1, 26)),
            ("Total Carbohydrate", "%d g" % r.randint(1, 40), "%d%%" % r.randint(0, 15)),
            ("Protein", "%d g" % r.randint(2, 30), "%d%%" % r.randint(4, 60))]
    for a, b, c in rows:
        d.t("%-22s %-9s %s\n" % (a, b, c))
    d.t("\nIngredients: %s.\n" % ", ".join(r.sample(["whey protein isolate", "rolled oats", "natural flavors",
                                                     "sunflower lecithin", "sea salt", "stevia leaf extract",
                                                     "cocoa powder", "potassium citrate"], 4)))
    d.t("UPC %s   Lot %s%s   HS code 2106.10   Batch %s\n" % (dg(r, 12), rs(r, UP, 2), dg(r, 5), dg(r, 6)))
    return d


@kind("analytics_weekly_kpi", empty=True)
def k_kpi(r):
    d = Doc()
    app = r.choice(APPS)
    d.t("%s - Weekly product KPIs (auto-generated)\n\n" % app)
    d.t("%-28s %12s %12s %8s\n" % ("metric", "this week", "last week", "delta"))
    dau = r.randint(20000, 900000)
    rows = [("DAU", dau, "n"), ("WAU", int(dau * r.uniform(1.8, 3.2)), "n"),
            ("Paid subscribers", int(dau * r.uniform(0.2, 0.9)), "n"),
            ("Trial -> paid conversion", r.uniform(18, 62), "p"), ("Sync success rate", r.uniform(96, 99.9), "p"),
            ("Crash-free sessions", r.uniform(98.5, 99.95), "p"), ("Avg. syncs per user/day", r.uniform(2, 14), "f"),
            ("Median sync latency (ms)", r.randint(180, 2400), "n")]
    for mname, a, kind_ in rows:
        b = a * r.uniform(0.93, 1.07)
        if kind_ == "n":
            fa, fb = "{:,}".format(int(a)), "{:,}".format(int(b))
        elif kind_ == "p":
            b = min(b, 99.99)
            fa, fb = "%.2f%%" % a, "%.2f%%" % b
        else:
            fa, fb = "%.1f" % a, "%.1f" % b
        d.t("%-28s %12s %12s %+7.1f%%\n" % (mname, fa, fb, (a - b) / b * 100))
    d.t("\nTop crash: %s (%d events, app %s)\n" % ("SyncEngine.flush(_:) EXC_BAD_ACCESS", r.randint(10, 9000), version(r)))
    d.t("Experiment EXP-%d (paywall copy B) winning, p=%.3f, n=%s\n" % (r.randint(100, 999), r.uniform(0.001, 0.2),
                                                                        "{:,}".format(r.randint(2000, 90000))))
    d.t("Retention cohort W%d: D1 %d%%, D7 %d%%, D30 %d%%\n" % (r.randint(1, 52), r.randint(40, 70), r.randint(20, 45),
                                                               r.randint(8, 30)))
    return d


@kind("push_campaign_template", empty=True)
def k_campaign(r):
    d = Doc()
    app = r.choice(APPS)
    d.t("# campaigns/%s.yaml\n" % r.choice(["winback_14d", "streak_saver", "cycle_reminder", "coach_nudge"]))
    d.t("campaign_id: cmp_%s\nsegment: seg_%s   # inactive 14-30d, premium=false\n" % (rs(r, ALNUM, 10), rs(r, LO + DG, 8)))
    d.t("channels: [push, email]\nsend_window: user_local_morning\nthrottle_per_hour: %d\n" % r.randint(1000, 50000))
    d.t("api_base: ${API_BASE_URL}\nauth: ${{ secrets.BRAZE_REST_KEY }}\n")
    d.t("variants:\n  - id: A\n    title: \"{{ first_name | default: 'Hey' }}, your streak is waiting\"\n")
    d.t("    body: \"You're %d steps from your goal. Tap to log a walk.\"\n" % r.randint(500, 3000))
    d.t("    deeplink: %s://today\n  - id: B\n    title: \"Don't break the chain\"\n" % app.lower())
    d.t("    body: \"{{ streak_days }} days strong. Keep it going!\"\n    deeplink: %s://streaks\n" % app.lower())
    d.t("holdout_pct: %d\nexperiment: EXP-%d\nowner_team: growth\n" % (r.choice([5, 10]), r.randint(100, 999)))
    return d


@kind("de_changelog", lang="de", empty=True)
def k_de_changelog(r):
    d = Doc()
    app = r.choice(APPS)
    v = version(r).split(" ")[0]
    d.t("Neu in %s %s\n\n" % (app, v))
    for x in r.sample(["Schlafphasen werden jetzt genauer erkannt (neues Modell v%d)." % r.randint(2, 6),
                       "Synchronisation im Hintergrund ist bis zu %d %% schneller." % r.randint(10, 60),
                       "Fehler behoben, durch den Schritte nach einem Zeitzonenwechsel doppelt gezählt wurden.",
                       "Neues Widget für den Ruhepuls auf dem Sperrbildschirm.",
                       "Verbesserte Stabilität beim Koppeln per Bluetooth (Fehlercode 133).",
                       "Kalorienziele lassen sich jetzt pro Wochentag festlegen."], 4):
        d.t("• %s\n" % x)
    d.t("\nMindestens erforderlich: %s. Build %d, Paketgröße %.1f MB.\n" % (r.choice(OSV), r.randint(1000, 99999),
                                                                         r.uniform(40, 220)))
    return d


@kind("es_plan_entrenamiento", lang="es", empty=True)
def k_es_plan(r):
    d = Doc()
    d.t("Plan de entrenamiento: %s (%d semanas)\n\n" % (r.choice(["Primeros 5K", "Fuerza en casa", "Media maratón"]),
                                                        r.choice([4, 6, 8])))
    days = WEEKDAYS["es"]
    for w in range(1, 3):
        d.t("Semana %d\n" % w)
        for dd in sorted(r.sample(range(7), 4)):
            d.t("  %-10s %s\n" % (days[dd].capitalize(), r.choice([
                "Rodaje suave %d min (zona 2)" % r.randint(20, 50),
                "Series: %dx1 km a ritmo de 10K, %d s de recuperación" % (r.randint(3, 6), r.choice([60, 90])),
                "Fuerza: sentadilla 3x10, zancadas 3x12, plancha 3x40 s", "Descanso activo: movilidad 20 min",
                "Tirada larga de %d km" % r.randint(8, 18)])))
        d.t("\n")
    d.t("Consejo: hidrátate (%.1f L/día) y sincroniza el reloj tras cada sesión.\n" % r.uniform(1.5, 3))
    return d


# ============================== generation ================================
P_EMPTY = 0.12
P_NONEN = 0.223


def _pools():
    empty = [k for k in KINDS if k[2]]
    nonen = [k for k in KINDS if not k[2] and k[1] != "en"]
    en = [k for k in KINDS if not k[2] and k[1] == "en"]
    return empty, nonen, en


def _gen(n, seed=0):
    empty, nonen, en = _pools()
    for i in range(n):
        r = random.Random("blind85:%d:%d" % (seed, i))
        x = r.random()
        pool = empty if x < P_EMPTY else (nonen if x < P_EMPTY + P_NONEN else en)
        name, lang, is_empty, fn = r.choice(pool)
        d = fn(r)
        text = d.text()
        ents = [{"start": s, "end": e, "type": t} for s, e, t in sorted(d.ents)]
        yield {"id": "blind85-s%d-%05d" % (seed, i), "text": text, "entities": ents}, name, lang, is_empty


def generate(n: int, seed: int = 0):
    """Yield n labelled documents {"id", "text", "entities"}."""
    for doc, _k, _l, _e in _gen(n, seed):
        yield doc


# ============================== validation ================================
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
TITLES = ("Dr.", "Dr ", "Mr.", "Mrs.", "Ms.", "Mx.", "Herr ", "Frau ", "Mme ", "M. ", "Sra.", "Sr.", "Dott.", "Dra.",
          "Pr ", "Prof.")


def _b64u_json(part):
    pad = "=" * (-len(part) % 4)
    return json.loads(base64.urlsafe_b64decode(part + pad).decode())


def validate(doc, is_empty=False):
    errs = []
    text = doc["text"]
    prev_end = -1
    for en in doc["entities"]:
        s, e, t = en["start"], en["end"], en["type"]
        v = text[s:e] if 0 <= s < e <= len(text) else None
        if v is None:
            errs.append("span out of range %r" % en)
            continue
        if t not in TYPES:
            errs.append("unknown type %s" % t)
        if s < prev_end:
            errs.append("overlap at %d" % s)
        prev_end = e
        if v != v.strip():
            errs.append("whitespace at span edge %s %r" % (t, v))
        if v[-1] in ",;:" or (v[-1] == "." and t not in (ADR, PER, LOC)):
            errs.append("trailing punctuation %s %r" % (t, v))
        if (v[0] in "\"'<([{" and not (t == PHN and v[0] == "(")) or v[-1] in "\"'>)]}":
            if not (t == ADR and v[-1] == ")") and not (t == PER and v[-1] == ")"):
                errs.append("bracket/quote at span edge %s %r" % (t, v))
        if "\n" in v and t not in (ADR, PEM):
            errs.append("newline in %s %r" % (t, v))
        if t == CC:
            digits = re.sub(r"[ -]", "", v)
            if not digits.isdigit() or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
                errs.append("bad card %r" % v)
        elif t == IBAN:
            if not iban_ok(v):
                errs.append("bad iban %r" % v)
        elif t == SSN:
            if not ssn_ok(v):
                errs.append("bad ssn %r" % v)
        elif t == EML:
            if not EMAIL_RE.match(v):
                errs.append("bad email %r" % v)
        elif t == JWT:
            parts = v.split(".")
            try:
                assert len(parts) == 3 and all(parts)
                _b64u_json(parts[0])
                _b64u_json(parts[1])
            except Exception:
                errs.append("bad jwt %r" % v[:40])
        elif t == PEM:
            if not (re.match(r"^-----BEGIN [A-Z ]*PRIVATE KEY-----", v) and re.search(r"-----END [A-Z ]*PRIVATE KEY-----$", v)):
                errs.append("bad pem %r" % v[:40])
        elif t == IP:
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append("bad ip %r" % v)
        elif t == URL:
            if not re.match(r"^https?://[^\s]+$", v) or "@" in v or re.match(r"^https?://\d+\.\d+\.\d+\.\d+", v):
                errs.append("bad url %r" % v)
        elif t == AKI:
            if not re.match(r"^AKIA[A-Z0-9]{16}$", v):
                errs.append("bad akid %r" % v)
        elif t == ASK:
            if len(v) != 40:
                errs.append("bad aws secret %r" % v)
        elif t == GHT:
            if not re.match(r"^ghp_[A-Za-z0-9]{36}$", v):
                errs.append("bad gh token %r" % v)
        elif t == SLK:
            if not re.match(r"^xox[bpoas]-[0-9A-Za-z-]+$", v):
                errs.append("bad slack token %r" % v)
        elif t == STK:
            if not re.match(r"^(sk|rk)_live_[A-Za-z0-9]{24,}$", v):
                errs.append("bad stripe key %r" % v)
        elif t == PHN:
            if len(re.sub(r"\D", "", v)) < 7:
                errs.append("short phone %r" % v)
        elif t in (DOB, DT):
            if not re.search(r"\d", v):
                errs.append("date without digit %r" % v)
        elif t == PER:
            if v.startswith(TITLES):
                errs.append("title inside person %r" % v)
            if v.endswith("'s") or v.endswith("’s"):
                errs.append("possessive inside person %r" % v)
    url_starts = {en["start"] for en in doc["entities"] if en["type"] == URL}
    for m in re.finditer(r"https?://", text):
        if m.start() not in url_starts:
            errs.append("unlabelled url at %d %r" % (m.start(), text[m.start():m.start() + 50]))
    if is_empty and doc["entities"]:
        errs.append("empty kind has entities")
    return errs


def _check():
    t0 = time.time()
    problems = 0
    type_c, lang_c, kind_c = Counter(), Counter(), Counter()
    ndocs = 0
    empty_docs = 0
    for seed in (0, 1):
        ids = set()
        for doc, k, lang, is_empty in _gen(2000, seed):
            ndocs += 1
            if doc["id"] in ids:
                print("duplicate id", doc["id"])
                problems += 1
            ids.add(doc["id"])
            errs = validate(doc, is_empty)
            if errs:
                problems += len(errs)
                if problems < 40:
                    print("[%s %s] %s" % (doc["id"], k, "; ".join(errs[:5])))
            for en in doc["entities"]:
                type_c[en["type"]] += 1
            lang_c[lang] += 1
            kind_c[k] += 1
            empty_docs += is_empty
    el = time.time() - t0
    # determinism
    a = [d["text"] for d in generate(30, 7)]
    b = [d["text"] for d in generate(30, 7)]
    if a != b:
        print("NOT DETERMINISTIC")
        problems += 1
    print("docs: %d  (%.2fs, %.2f ms/doc)" % (ndocs, el, el * 1000 / ndocs))
    print("\nper type:")
    for t in TYPES:
        print("  %-22s %6d" % (t, type_c[t]))
    print("\nper language:")
    for l, c in lang_c.most_common():
        print("  %-4s %6d  %5.1f%%" % (l, c, 100.0 * c / ndocs))
    print("  non-English share: %.1f%%   empty-kind share: %.1f%%" % (
        100.0 * (ndocs - lang_c["en"]) / ndocs, 100.0 * empty_docs / ndocs))
    print("\nper kind (%d kinds used of %d):" % (len(kind_c), len(KINDS)))
    for k, c in sorted(kind_c.items()):
        print("  %-36s %5d" % (k, c))
    missing = [t for t in TYPES if type_c[t] == 0]
    if missing:
        print("MISSING TYPES:", missing)
        problems += 1
    if len(kind_c) < 50:
        print("TOO FEW KINDS")
        problems += 1
    print("\nproblems: %d" % problems)
    return 1 if problems else 0


def _sample(k, seed):
    for doc, kname, lang, _e in _gen(k, seed):
        text = doc["text"]
        out = []
        pos = 0
        for en in doc["entities"]:
            out.append(text[pos:en["start"]])
            out.append("[[%s:%s]]" % (en["type"], text[en["start"]:en["end"]]))
            pos = en["end"]
        out.append(text[pos:])
        print("=" * 20, doc["id"], kname, lang, "=" * 20)
        print("".join(out))
        print()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default=None)
    a = ap.parse_args(argv)
    if a.check:
        return _check()
    if a.sample:
        _sample(a.sample, a.seed)
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
