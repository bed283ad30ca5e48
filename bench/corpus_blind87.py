#!/usr/bin/env python3
"""Blind corpus 87 -- corrections, probation, parole and social work case management.

Synthetic, labelled documents of the kind produced around community
supervision, jails and prisons, parole boards, treatment providers and
child-welfare / social-work agencies: intake forms, case notes, supervision
visit logs, court-ordered program referrals, drug-test results, victim
notification letters, inmate trust account statements, visitation requests,
housing and employment referrals, risk assessment summaries, CPS reports,
multi-agency e-mails, case-management-system exports (CSV/JSON/XML) and the
IT artefacts around those systems (configs, logs, tickets).  About a quarter
of the documents are in Spanish, French, German, Dutch, Portuguese, Italian
or Swedish; about 12% are entity-free documents dense with hard negatives
(case/booking/DOC numbers, statute citations, risk scores, log timestamps,
versions, drug names, amounts, ...).

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
import json
import random
import re
import string
import sys
import unicodedata
from xml.sax.saxutils import escape as _xesc

TYPES = tuple("""PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS
DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER
HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY
GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET""".split())

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"

P_ = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
SSN = "US_SSN"
CC = "CREDIT_CARD"
IBAN = "IBAN_CODE"
IP = "IP_ADDRESS"
DOB = "DATE_OF_BIRTH"
DT = "DATE_TIME"
LOC = "LOCATION"
ADR = "ADDRESS"
URL = "URL"
MRN = "MEDICAL_RECORD_NUMBER"
HPN = "HEALTH_PLAN_NUMBER"
ACC = "ACCOUNT_NUMBER"
DL = "DRIVER_LICENSE"
AK = "AWS_ACCESS_KEY"
ASK = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"
SL = "SLACK_TOKEN"
ST = "STRIPE_KEY"
JWT = "JWT"
PK = "PRIVATE_KEY"
PW = "PASSWORD"
GS = "GENERIC_SECRET"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def dd(r, n):
    return "".join(r.choice(DG) for _ in range(n))


def pick(r, *xs):
    return r.choice(xs)


def chance(r, p):
    return r.random() < p


class B:
    """Text builder that records entity offsets while appending."""

    __slots__ = ("buf", "ents", "pos")

    def __init__(self):
        self.buf = []
        self.ents = []
        self.pos = 0

    def t(self, *xs):
        for x in xs:
            self.buf.append(x)
            self.pos += len(x)
        return self

    def e(self, v, typ=None):
        if typ:
            self.ents.append((self.pos, self.pos + len(v), typ))
        self.buf.append(v)
        self.pos += len(v)
        return self

    def s(self, *segs):
        for g in segs:
            if isinstance(g, tuple):
                self.e(g[0], g[1])
            else:
                self.t(g)
        return self

    def pad(self, v, typ, w):
        self.e(v, typ)
        if len(v) < w:
            self.t(" " * (w - len(v)))
        return self

    def text(self):
        return "".join(self.buf)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ı", "i").replace("ł", "l")


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
NAMES = {
    "anglo": ("James Michael Robert David William Tyler Brandon Cody Dustin Kevin Travis Shawn Jeremy Kyle Austin Ryan Jason Eric Derek Chad Wesley Garrett Logan Hunter".split(),
              "Jennifer Ashley Amanda Brittany Crystal Heather Melissa Tiffany Kayla Megan Stephanie Courtney Amber Samantha Jessica Chelsea Kristen Lindsey Brooke Haley".split(),
              "Smith Johnson Williams Brown Miller Davis Wilson Anderson Taylor Thomas Moore Martin Thompson White Harris Clark Lewis Walker Hall Young King Wright Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Cook Rogers Cooper Peterson Reed Bailey Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Hensley Pruitt Whitaker Caldwell Dalton Sizemore Holloway".split()),
    "aa": ("DeShawn Jamal Terrell Marquis Darnell Tyrone Andre Malik Dante Darius Rashad Cedric Jalen Demetrius Xavier".split(),
           "Latoya Keisha Shanice Tamika Aaliyah Imani Ebony Tanisha Monique Jasmine Destiny Shakira Kiara Ciara".split(),
           "Washington Jefferson Jackson Robinson Coleman Freeman Gaines Dorsey Bell Hayes Simmons Jenkins Booker Merriweather Pettiford Battle Tolliver Scruggs".split()),
    "hisp": ("José Luis Carlos Juan Miguel Jesús Alejandro Francisco Ricardo Javier Eduardo Fernando Héctor Raúl Sergio Adrián Ramón Óscar Arturo Rubén".split(),
             "María Guadalupe Rosa Ana Yesenia Lucía Marisol Carmen Veronica Leticia Alejandra Daniela Gabriela Claudia Esperanza Xiomara".split(),
             "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Ruiz Mendoza Vargas Castillo Jiménez Moreno Romero Herrera Medina Aguilar Villalobos Zamora Contreras Espinoza Salazar Delgado Navarro Cervantes Ibarra".split()),
    "viet": ("Minh Tuan Duc Hung Khanh Long Quang Thanh Bao".split(), "Linh Thao Mai Huong Ngoc Trang Phuong Hanh".split(),
             "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong".split()),
    "chin": ("Wei Jun Hao Lei Jian Ming Tao Yong".split(), "Mei Xiu Ying Lina Hui Jing Yan Fang".split(),
             "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Lin".split()),
    "kor": ("Min-jun Ji-hoon Hyun-woo Sung-min Dong-hyun".split(), "Seo-yeon Ji-woo Eun-ji Soo-jin Hye-jin".split(),
            "Kim Lee Park Choi Jung Kang Cho Yoon".split()),
    "sasian": ("Rahul Arjun Vikram Sanjay Amit Rajesh Harpreet Gurpreet Imran Faisal".split(),
               "Priya Anjali Deepa Sunita Kavita Neha Simran Ayesha".split(),
               "Patel Singh Sharma Kumar Gupta Shah Reddy Iyer Chaudhry Malik Sandhu Gill Desai Joshi".split()),
    "arab": ("Mohammed Ahmed Omar Youssef Khalid Hassan Ali Tariq Karim Samir".split(),
             "Fatima Aisha Layla Mariam Noor Rania Salma Yasmin".split(),
             "Al-Hassan Haddad Khalil Mansour Nasser Saleh Abdullah El-Amin Darwish Hamdan Al-Rashid Saad Jaber".split()),
    "somali": ("Abdi Mohamed Abdirahman Liban Mahad Tesfaye Dawit Yonas".split(),
               "Hodan Fadumo Ayaan Ifrah Sahra Hawa Selam Meron".split(),
               "Warsame Farah Hassan Abdullahi Osman Jama Ahmed Bekele Alemu Tadesse Gebre".split()),
    "wafr": ("Chukwuemeka Oluwaseun Adebayo Kwame Kofi Emeka Tunde Ibrahim Mamadou".split(),
             "Ngozi Chiamaka Folake Ama Abena Adaeze Aminata Fatoumata".split(),
             "Okafor Adeyemi Okonkwo Mensah Boateng Eze Nwosu Owusu Diallo Traoré Keita Balogun".split()),
    "pol": ("Piotr Tomasz Krzysztof Paweł Marek Dmitri Sergei Andriy Bogdan Vasile".split(),
            "Agnieszka Katarzyna Magdalena Oksana Natalia Irina Olena Ioana".split(),
            "Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Ivanov Petrenko Kovalenko Popescu Horvat Novák".split()),
    "fil": ("Jose Mark Rodel Jomar Ramil Christian".split(), ["Mary Grace", "Maricel", "Rowena", "Jocelyn", "Analyn", "Kristine"],
            ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Aquino", "Manalo", "Castro", "Navarro", "De Guzman"]),
    "irish": ("Ciaran Declan Callum Liam Seamus Connor Niall Ewan".split(), "Siobhan Aoife Niamh Roisin Caitlin Shona Eilidh".split(),
              "O'Brien O'Connor McCarthy Murphy Byrne Doyle MacLeod Campbell Gallagher Quinn McKenzie O'Neill Fraser".split()),
    "ger": ("Lukas Jonas Maximilian Stefan Jürgen Thomas Michael Florian Dennis Sven Kevin Marcel Uwe Dirk".split(),
            "Anna Sabine Katrin Lea Julia Sandra Nicole Melanie Jana Birgit Franziska".split(),
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Zimmermann Krüger Hartmann Lange Werner Krause Köhler".split()),
    "turk": ("Mehmet Mustafa Emre Can Burak Kemal Murat Hakan".split(), "Ayşe Elif Zeynep Fatma Esra Merve".split(),
             "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Koç".split()),
    "fre": ("Jean Pierre Nicolas Julien Mathieu Karim Sébastien Thomas Kévin Yanis Mehdi Anthony Loïc".split(),
            "Sophie Camille Émilie Nathalie Sandrine Aurélie Inès Manon Céline Laetitia Samira".split(),
            "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Benali Traoré Diallo Mercier Chevalier Gauthier Perrin".split()),
    "qc": ("Jean-François Marc-André Mathieu Alexandre Simon Maxime Étienne Guillaume".split(),
           "Geneviève Isabelle Mélanie Julie Marie-Ève Valérie Chantal Josée".split(),
           "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Pelletier Bélanger Lévesque Bergeron Paquette".split()),
    "dut": ("Jan Pieter Daan Sem Bram Ruud Joost Mark Kevin Thijs Niels".split(),
            "Sanne Femke Lotte Anouk Esther Marieke Ilse Kim Naomi Fleur".split(),
            ["de Vries", "Jansen", "de Jong", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "van Dijk", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Kramer", "El Amrani", "Boukhari", "Bouzid", "Pinas", "Kartosen"]),
    "por": ("João Pedro Lucas Gabriel Rafael Thiago Mateus Bruno Diego Felipe Vinícius Wesley".split(),
            "Ana Beatriz Juliana Larissa Fernanda Camila Letícia Jéssica Aline Patrícia Tainá".split(),
            "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Sousa Fernandes Vieira Barbosa Nascimento Moreira Cardoso".split()),
    "ita": ("Marco Luca Giuseppe Alessandro Francesco Andrea Matteo Davide Salvatore Antonio".split(),
            "Francesca Giulia Chiara Sara Valentina Federica Martina Elena Rosaria".split(),
            "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Costa Giordano Mancini Lombardi".split()),
    "swe": ("Erik Lars Johan Anders Mikael Oskar Viktor Jonas Ahmad".split(),
            "Emma Maja Sara Karin Elin Linnea Ida Hanna Amina".split(),
            "Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindberg Lindqvist Berg Hussein Mohammed".split()),
    "spa": ("Javier David Daniel Sergio Alejandro Pablo Álvaro Rubén Iván Jorge Mohamed Ionut".split(),
            "Lucía Laura Marta Cristina Paula Elena Raquel Nerea Sara Aitana".split(),
            "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez Gil Serrano Blanco".split()),
}

LOCALE_CULTURES = {
    "us": (("anglo", 30), ("aa", 18), ("hisp", 22), ("viet", 3), ("chin", 2), ("kor", 2), ("sasian", 3), ("arab", 3),
           ("somali", 3), ("wafr", 3), ("pol", 3), ("fil", 3), ("irish", 2)),
    "ca": (("anglo", 30), ("irish", 8), ("sasian", 10), ("chin", 6), ("fil", 6), ("qc", 10), ("somali", 4), ("arab", 4), ("pol", 4)),
    "uk": (("anglo", 45), ("irish", 20), ("sasian", 12), ("wafr", 8), ("pol", 8), ("somali", 4), ("arab", 3)),
    "au": (("anglo", 50), ("irish", 15), ("chin", 8), ("viet", 8), ("sasian", 8), ("arab", 6)),
    "de": (("ger", 65), ("turk", 18), ("pol", 8), ("arab", 6), ("somali", 3)),
    "fr": (("fre", 75), ("arab", 12), ("wafr", 8), ("viet", 2), ("pol", 3)),
    "qc": (("qc", 70), ("fre", 20), ("arab", 5), ("wafr", 5)),
    "es": (("spa", 80), ("arab", 8), ("pol", 5), ("hisp", 7)),
    "mx": (("hisp", 100),),
    "nl": (("dut", 80), ("turk", 10), ("arab", 5), ("pol", 5)),
    "pt": (("por", 90), ("wafr", 5), ("pol", 5)),
    "br": (("por", 100),),
    "it": (("ita", 85), ("arab", 5), ("pol", 5), ("wafr", 5)),
    "se": (("swe", 75), ("somali", 10), ("arab", 10), ("pol", 5)),
}


class Person:
    __slots__ = ("g", "s", "m", "sex", "cul")

    def __init__(self, g, s, m, sex, cul):
        self.g, self.s, self.m, self.sex, self.cul = g, s, m, sex, cul


def person(r, loc="us", sex=None, surname=None):
    cul = wchoice(r, LOCALE_CULTURES.get(loc, LOCALE_CULTURES["us"]))
    ms, fs, ss = NAMES[cul]
    sex = sex or r.choice("MF")
    g = r.choice(ms if sex == "M" else fs)
    s = surname or r.choice(ss)
    if surname is None and cul in ("hisp", "spa") and (loc in ("es", "mx") or chance(r, 0.18)):
        s2 = r.choice(ss)
        if s2 != s:
            s = s + " " + s2
    if surname is None and cul == "por" and chance(r, 0.5):
        s2 = r.choice(ss)
        if s2 != s:
            s = s2 + " " + s
    m = r.choice("ABCDEFGHJKLMNPRSTW") if chance(r, 0.55) else ""
    return Person(g, s, m, sex, cul)


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def nm(r, p, style=None):
    """Format a person's name. style: full mid lf lfm FULL LF LFM g s fi ascii-variants."""
    if style is None:
        style = wchoice(r, (("full", 40), ("mid", 15), ("lf", 12), ("lfm", 6), ("FULL", 6), ("LF", 8), ("fi", 3)))
    if isinstance(style, (list, tuple)):
        style = r.choice(style)
    g, s, m = p.g, p.s, p.m
    if style in ("mid", "lfm", "LFM") and not m:
        style = {"mid": "full", "lfm": "lf", "LFM": "LF"}[style]
    if style == "full":
        return f"{g} {s}"
    if style == "mid":
        return f"{g} {m}. {s}"
    if style == "lf":
        return f"{s}, {g}"
    if style == "lfm":
        return f"{s}, {g} {m}"
    if style == "FULL":
        return f"{g} {s}".upper()
    if style == "LF":
        return f"{s}, {g}".upper()
    if style == "LFM":
        return ascii_fold(f"{s}, {g} {m}").upper()
    if style == "LFA":
        return ascii_fold(f"{s}, {g}").upper()
    if style == "g":
        return g
    if style == "s":
        return s
    if style == "fi":
        return f"{g[0]}. {s}"
    if style == "low":
        return f"{g} {s}".lower()
    raise ValueError(style)


RELS_M = {"en": ["father", "brother", "husband", "uncle", "cousin", "grandfather", "son", "boyfriend", "friend", "stepfather"],
          "es": ["padre", "hermano", "esposo", "pareja", "hijo", "tío", "primo"]}
RELS_F = {"en": ["mother", "sister", "wife", "aunt", "cousin", "grandmother", "daughter", "girlfriend", "fiancée", "friend"],
          "es": ["madre", "hermana", "esposa", "pareja", "hija", "tía", "prima"]}


def rel(r, p, lang="en"):
    return r.choice(RELS_M[lang] if p.sex == "M" else RELS_F[lang])


def title_for(p, lang="en"):
    t = {"en": ("Mr.", "Ms."), "es": ("Sr.", "Sra."), "fr": ("M.", "Mme"), "de": ("Herr", "Frau"),
         "nl": ("dhr.", "mevr."), "pt": ("Sr.", "Sra."), "it": ("Sig.", "Sig.ra"), "sv": ("", "")}[lang]
    return t[0] if p.sex == "M" else t[1]


def email_for(r, p, domain=None, personal=False):
    g = re.sub(r"[^a-z]", "", ascii_fold(p.g).lower()) or "x"
    s = re.sub(r"[^a-z]", "", ascii_fold(p.s).lower()) or "y"
    if domain is None:
        domain = r.choice(PERSONAL_DOMAINS)
    if personal:
        local = pick(r, f"{g}{s}{r.randint(1, 99)}", f"{g}.{s}{r.randint(70, 99)}", f"{g[0]}{s}{r.randint(1, 9999)}",
                     f"{g}_{s}", f"{s}.{g}", f"{g}{r.randint(80, 2005)}", f"{g}.{s}")
    else:
        local = pick(r, f"{g}.{s}", f"{g[0]}{s}", f"{g[0]}.{s}", f"{g}.{s}", f"{s}{g[0]}", f"{g}_{s}")
    return f"{local}@{domain}"


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "proton.me",
                    "live.com", "comcast.net", "att.net", "sbcglobal.net", "ymail.com"]
PERSONAL_DOMAINS_LOC = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "qc": ["videotron.ca", "hotmail.com", "gmail.com", "sympatico.ca"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "yahoo.com.br"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "se": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "uk": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"],
}


def pemail(r, p, loc="us"):
    return email_for(r, p, r.choice(PERSONAL_DOMAINS_LOC.get(loc, PERSONAL_DOMAINS)), personal=True)


# --------------------------------------------------------------------------
# places and addresses
# --------------------------------------------------------------------------
US_CITIES = [
    ("Columbus", "OH", "432", "614"), ("Dayton", "OH", "454", "937"), ("Toledo", "OH", "436", "419"),
    ("Phoenix", "AZ", "850", "602"), ("Tucson", "AZ", "857", "520"), ("Sacramento", "CA", "958", "916"),
    ("Fresno", "CA", "937", "559"), ("Stockton", "CA", "952", "209"), ("Bakersfield", "CA", "933", "661"),
    ("Houston", "TX", "770", "713"), ("San Antonio", "TX", "782", "210"), ("El Paso", "TX", "799", "915"),
    ("Lubbock", "TX", "794", "806"), ("Atlanta", "GA", "303", "404"), ("Macon", "GA", "312", "478"),
    ("Chicago", "IL", "606", "773"), ("Rockford", "IL", "611", "815"), ("Detroit", "MI", "482", "313"),
    ("Flint", "MI", "485", "810"), ("Milwaukee", "WI", "532", "414"), ("Minneapolis", "MN", "554", "612"),
    ("St. Paul", "MN", "551", "651"), ("Denver", "CO", "802", "303"), ("Pueblo", "CO", "810", "719"),
    ("Albuquerque", "NM", "871", "505"), ("Portland", "OR", "972", "503"), ("Salem", "OR", "973", "971"),
    ("Spokane", "WA", "992", "509"), ("Tacoma", "WA", "984", "253"), ("Boise", "ID", "837", "208"),
    ("Las Vegas", "NV", "891", "702"), ("Reno", "NV", "895", "775"), ("Omaha", "NE", "681", "402"),
    ("Wichita", "KS", "672", "316"), ("Tulsa", "OK", "741", "918"), ("Little Rock", "AR", "722", "501"),
    ("Memphis", "TN", "381", "901"), ("Nashville", "TN", "372", "615"), ("Louisville", "KY", "402", "502"),
    ("Birmingham", "AL", "352", "205"), ("Jackson", "MS", "392", "601"), ("Baton Rouge", "LA", "708", "225"),
    ("Jacksonville", "FL", "322", "904"), ("Tampa", "FL", "336", "813"), ("Orlando", "FL", "328", "407"),
    ("Charlotte", "NC", "282", "704"), ("Raleigh", "NC", "276", "919"), ("Columbia", "SC", "292", "803"),
    ("Richmond", "VA", "232", "804"), ("Baltimore", "MD", "212", "410"), ("Philadelphia", "PA", "191", "215"),
    ("Pittsburgh", "PA", "152", "412"), ("Newark", "NJ", "071", "973"), ("Buffalo", "NY", "142", "716"),
    ("Rochester", "NY", "146", "585"), ("Hartford", "CT", "061", "860"), ("Providence", "RI", "029", "401"),
    ("Worcester", "MA", "016", "508"), ("Indianapolis", "IN", "462", "317"), ("Des Moines", "IA", "503", "515"),
    ("Kansas City", "MO", "641", "816"), ("St. Louis", "MO", "631", "314"), ("Anchorage", "AK", "995", "907"),
    ("Honolulu", "HI", "968", "808"), ("Salt Lake City", "UT", "841", "801"), ("Cheyenne", "WY", "820", "307"),
    ("Billings", "MT", "591", "406"), ("Fargo", "ND", "581", "701"), ("Sioux Falls", "SD", "571", "605"),
    ("Gary", "IN", "464", "219"), ("Yakima", "WA", "989", "509"), ("Modesto", "CA", "953", "209"),
]
US_STATES = {"OH": "Ohio", "AZ": "Arizona", "CA": "California", "TX": "Texas", "GA": "Georgia", "IL": "Illinois",
             "MI": "Michigan", "WI": "Wisconsin", "MN": "Minnesota", "CO": "Colorado", "NM": "New Mexico",
             "OR": "Oregon", "WA": "Washington", "ID": "Idaho", "NV": "Nevada", "NE": "Nebraska", "KS": "Kansas",
             "OK": "Oklahoma", "AR": "Arkansas", "TN": "Tennessee", "KY": "Kentucky", "AL": "Alabama",
             "MS": "Mississippi", "LA": "Louisiana", "FL": "Florida", "NC": "North Carolina", "SC": "South Carolina",
             "VA": "Virginia", "MD": "Maryland", "PA": "Pennsylvania", "NJ": "New Jersey", "NY": "New York",
             "CT": "Connecticut", "RI": "Rhode Island", "MA": "Massachusetts", "IN": "Indiana", "IA": "Iowa",
             "MO": "Missouri", "AK": "Alaska", "HI": "Hawaii", "UT": "Utah", "WY": "Wyoming", "MT": "Montana",
             "ND": "North Dakota", "SD": "South Dakota"}
US_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Walnut", "Washington", "Lincoln", "Main", "Church", "Market",
              "Park", "Lake", "Hill", "Sunset", "Highland", "Franklin", "Madison", "Grand", "River", "Mill", "Spring",
              "Center", "Prospect", "Cherry", "Willow", "Chestnut", "Broad", "Union", "Dogwood", "Magnolia",
              "Mesa Verde", "Camino Real", "Martin Luther King Jr", "Cesar Chavez", "Kellogg", "Division", "Euclid",
              "Vine", "Pleasant Valley", "Orchard", "Airport", "Greenfield", "Old Mill", "Ridgecrest", "Fairview",
              "Belmont", "Clinton", "Monroe", "Adams", "Jefferson Davis", "Industrial", "Woodland", "Country Club"]
US_STYPES = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Ct", "Way", "Pkwy", "Pl",
             "Cir", "Ter", "Hwy"]
US_UNITS = ["Apt {n}", "Apt {n}{l}", "Unit {n}", "#{n}", "Lot {n}", "Trlr {n}", "Rm {n}", "Apt. {n}", "Ste {n}"]
COUNTIES = ["Marlow", "Kessler", "Pinecrest", "Bexley", "Ridgeway", "Ashford", "Tillman", "Quinton", "Stonebridge",
            "Fairhaven", "Copper Creek", "Redwater", "Alder", "Granger", "Whitfield", "Larkin"]

INTL = {
    "uk": [("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Liverpool", "L"), ("Bristol", "BS"),
           ("Sheffield", "S"), ("Nottingham", "NG"), ("Newcastle upon Tyne", "NE"), ("Cardiff", "CF"),
           ("Glasgow", "G"), ("Leicester", "LE"), ("Coventry", "CV"), ("London", "SE"), ("London", "E"),
           ("Bradford", "BD"), ("Swansea", "SA")],
    "de": [("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
           ("Stuttgart", "70"), ("Düsseldorf", "40"), ("Dortmund", "44"), ("Essen", "45"), ("Leipzig", "04"),
           ("Bremen", "28"), ("Dresden", "01"), ("Hannover", "30"), ("Nürnberg", "90"), ("Duisburg", "47"),
           ("Bielefeld", "33"), ("Mannheim", "68"), ("Kassel", "34")],
    "fr": [("Paris", "750"), ("Marseille", "130"), ("Lyon", "6900"), ("Toulouse", "310"), ("Nice", "060"),
           ("Nantes", "440"), ("Strasbourg", "670"), ("Montpellier", "340"), ("Bordeaux", "330"), ("Lille", "590"),
           ("Rennes", "350"), ("Reims", "510"), ("Saint-Étienne", "420"), ("Le Havre", "766"), ("Grenoble", "380"),
           ("Amiens", "800"), ("Perpignan", "660"), ("Mulhouse", "681")],
    "es": [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Zaragoza", "50"),
           ("Málaga", "29"), ("Murcia", "30"), ("Palma", "07"), ("Bilbao", "48"), ("Alicante", "03"),
           ("Córdoba", "14"), ("Valladolid", "47"), ("Granada", "18"), ("Almería", "04")],
    "mx": [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jalisco", "44"), ("Monterrey", "Nuevo León", "64"),
           ("Puebla", "Puebla", "72"), ("Tijuana", "Baja California", "22"), ("León", "Guanajuato", "37"), ("Ciudad Juárez", "Chihuahua", "32"),
           ("Mexicali", "BC", "21"), ("Culiacán", "Sinaloa", "80"), ("Hermosillo", "Sonora", "83"), ("Oaxaca de Juárez", "Oaxaca", "68")],
    "nl": [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Utrecht", "35"), ("Eindhoven", "56"),
           ("Groningen", "97"), ("Tilburg", "50"), ("Almere", "13"), ("Breda", "48"), ("Nijmegen", "65"),
           ("Arnhem", "68"), ("Zwolle", "80"), ("Leeuwarden", "89"), ("Maastricht", "62")],
    "pt": [("Lisboa", "1"), ("Porto", "4"), ("Braga", "47"), ("Coimbra", "30"), ("Setúbal", "29"), ("Faro", "80"),
           ("Amadora", "27"), ("Funchal", "90"), ("Aveiro", "38"), ("Viseu", "35")],
    "br": [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"), ("Salvador", "BA", "4"),
           ("Recife", "PE", "5"), ("Fortaleza", "CE", "6"), ("Curitiba", "PR", "8"), ("Porto Alegre", "RS", "9"),
           ("Manaus", "AM", "69"), ("Goiânia", "GO", "74"), ("Belém", "PA", "66"), ("Campinas", "SP", "13")],
    "it": [("Roma", "RM", "001"), ("Milano", "MI", "201"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
           ("Palermo", "PA", "901"), ("Genova", "GE", "161"), ("Bologna", "BO", "401"), ("Firenze", "FI", "501"),
           ("Bari", "BA", "701"), ("Catania", "CT", "951"), ("Verona", "VR", "371"), ("Padova", "PD", "351")],
    "se": [("Stockholm", "1"), ("Göteborg", "4"), ("Malmö", "2"), ("Uppsala", "75"), ("Västerås", "72"),
           ("Örebro", "70"), ("Linköping", "58"), ("Helsingborg", "25"), ("Norrköping", "60"), ("Jönköping", "55"),
           ("Umeå", "90"), ("Södertälje", "15")],
    "qc": [("Montréal", "H"), ("Québec", "G1"), ("Laval", "H7"), ("Gatineau", "J8"), ("Longueuil", "J4"),
           ("Sherbrooke", "J1"), ("Trois-Rivières", "G8"), ("Saguenay", "G7"), ("Lévis", "G6")],
    "ca": [("Toronto", "ON", "M"), ("Hamilton", "ON", "L"), ("Ottawa", "ON", "K"), ("Winnipeg", "MB", "R"),
           ("Edmonton", "AB", "T"), ("Calgary", "AB", "T"), ("Regina", "SK", "S"), ("Vancouver", "BC", "V"),
           ("Surrey", "BC", "V"), ("Halifax", "NS", "B")],
    "au": [("Sydney", "NSW", "2"), ("Parramatta", "NSW", "2"), ("Melbourne", "VIC", "3"), ("Geelong", "VIC", "3"),
           ("Brisbane", "QLD", "4"), ("Townsville", "QLD", "4"), ("Perth", "WA", "6"), ("Adelaide", "SA", "5"),
           ("Darwin", "NT", "0"), ("Hobart", "TAS", "7")],
}
COUNTRY_NAME = {"uk": "United Kingdom", "de": "Germany", "fr": "France", "es": "Spain", "mx": "Mexico",
                "nl": "Netherlands", "pt": "Portugal", "br": "Brazil", "it": "Italy", "se": "Sweden", "qc": "Canada",
                "ca": "Canada", "au": "Australia", "us": "USA"}
WORLD_PLACES = ["Guatemala City, Guatemala", "San Pedro Sula, Honduras", "Tegucigalpa, Honduras", "San Salvador, El Salvador",
                "Manila, Philippines", "Mogadishu, Somalia", "Lagos, Nigeria", "Accra, Ghana", "Kyiv, Ukraine",
                "Havana, Cuba", "Santo Domingo, Dominican Republic", "Port-au-Prince, Haiti", "Ho Chi Minh City, Vietnam",
                "Baghdad, Iraq", "Kabul, Afghanistan", "Addis Ababa, Ethiopia", "Culiacán, Mexico", "Tijuana, Mexico",
                "Kingston, Jamaica", "Medellín, Colombia", "Caracas, Venezuela", "Juárez, Mexico", "Nairobi, Kenya"]


def us_city(r):
    return r.choice(US_CITIES)


def addr_us(r, city=None, po_box=False):
    c = city or us_city(r)
    z = c[2] + dd(r, 2)
    if po_box:
        street = f"{pick(r, 'P.O. Box', 'PO Box', 'P. O. Box', 'POB')} {r.randint(10, 99999)}"
        unit = ""
    else:
        num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 29999)]))
        d = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        street = f"{num} {d}{r.choice(US_STREETS)} {r.choice(US_STYPES)}"
        unit = ""
        if chance(r, 0.35):
            unit = r.choice(US_UNITS).format(n=r.randint(1, 40) if chance(r, .5) else r.randint(100, 420), l=r.choice("ABCDEF"))
    return {"cc": "us", "street": street, "unit": unit, "city": c[0], "region": c[1], "pc": z, "country": "USA",
            "area": c[3]}


def _uk_pc(r, area):
    return f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"


def addr_intl(r, cc):
    if cc == "us":
        return addr_us(r)
    c = r.choice(INTL[cc])
    a = {"cc": cc, "unit": "", "region": "", "country": COUNTRY_NAME[cc], "city": c[0]}
    if cc == "uk":
        st = f"{r.randint(1, 240)} {r.choice(['High', 'Church', 'Victoria', 'Station', 'Albert', 'Queens', 'Park', 'Mill', 'Chapel', 'Manor', 'Brook', 'Windsor', 'Grange', 'Kingsway'])} {r.choice(['Road', 'Street', 'Lane', 'Close', 'Avenue', 'Crescent', 'Gardens', 'Way', 'Drive', 'Terrace'])}"
        if chance(r, 0.3):
            a["unit"] = f"Flat {r.randint(1, 30)}"
        a["pc"] = _uk_pc(r, c[1])
    elif cc == "de":
        st = f"{r.choice(['Haupt', 'Bahnhof', 'Schiller', 'Goethe', 'Linden', 'Garten', 'Berliner ', 'Kirch', 'Wald', 'Schul', 'Mühlen', 'Rosen', 'Friedrich-Ebert-', 'Kant'])}{r.choice(['straße', 'str.', 'weg', 'allee', 'platz', 'ring'])} {r.randint(1, 180)}{r.choice(['', '', '', 'a', 'b'])}"
        st = st.replace("Berliner s", "Berliner S").replace("Berliner w", "Berliner W").replace("Berliner a", "Berliner A").replace("Berliner p", "Berliner P").replace("Berliner r", "Berliner R")
        st = re.sub(r"-(s|w|a|p|r)", lambda m: "-" + m.group(1).upper(), st)
        a["pc"] = c[1] + dd(r, 3)
    elif cc == "fr":
        st = f"{r.randint(1, 180)}{r.choice(['', '', '', ' bis'])} {r.choice(['rue', 'avenue', 'boulevard', 'allée', 'impasse', 'chemin', 'place'])} {r.choice(['de la République', 'Victor Hugo', 'Jean Jaurès', 'des Lilas', 'Pasteur', 'du Général de Gaulle', 'de la Gare', 'des Écoles', 'Voltaire', 'Gambetta', 'du Moulin', 'de Paris'])}"
        if chance(r, 0.3):
            a["unit"] = f"{pick(r, 'Bât.', 'Bâtiment')} {r.choice('ABCD')}, {pick(r, 'appt', 'apt.', 'porte')} {r.randint(1, 90)}"
        a["pc"] = (c[1] + dd(r, 5 - len(c[1])))
    elif cc == "es":
        st = f"{r.choice(['Calle', 'C/', 'Avda.', 'Avenida', 'Paseo', 'Plaza'])} {r.choice(['Mayor', 'de Alcalá', 'del Sol', 'de la Constitución', 'Real', 'San Isidro', 'de Andalucía', 'Gran Vía', 'de la Paz', 'Nueva'])}, {r.randint(1, 220)}"
        if chance(r, 0.6):
            a["unit"] = f"{r.randint(1, 9)}º {r.choice(['A', 'B', 'C', 'D', 'izq.', 'dcha.'])}"
        a["pc"] = c[1] + dd(r, 3)
    elif cc == "mx":
        st = f"{r.choice(['Calle', 'Av.', 'Blvd.', 'Privada'])} {r.choice(['Hidalgo', 'Morelos', 'Juárez', 'Insurgentes Sur', 'Reforma', '5 de Mayo', 'Independencia', 'Revolución', 'Allende'])} {r.randint(10, 3999)}"
        if chance(r, 0.4):
            a["unit"] = f"Int. {r.randint(1, 40)}"
        a["colonia"] = f"Col. {r.choice(['Centro', 'Del Valle', 'Las Águilas', 'Jardines', 'Obrera', 'San Rafael', 'Industrial', 'Santa Fe'])}"
        a["region"] = c[1]
        a["pc"] = (c[2] + dd(r, 5 - len(c[2])))
    elif cc == "nl":
        st = f"{r.choice(['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Schoolstraat', 'Stationsweg', 'Julianalaan', 'Beatrixstraat', 'Van Goghlaan', 'Kastanjelaan', 'Prinsengracht', 'Nieuwe Binnenweg', 'Eikenlaan'])} {r.randint(1, 250)}{r.choice(['', '', '', 'a', '-hs', ' B'])}"
        a["pc"] = f"{c[1]}{dd(r, 2)} {rs(r, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
    elif cc == "pt":
        st = f"{r.choice(['Rua', 'Avenida', 'Travessa', 'Largo'])} {r.choice(['de Santa Catarina', 'Augusta', 'da Liberdade', 'do Almada', '25 de Abril', 'da República', 'de São Bento', 'Cândido dos Reis'])}, {r.randint(1, 300)}"
        if chance(r, 0.5):
            a["unit"] = f"{r.randint(1, 8)}.º {r.choice(['Esq.', 'Dto.', 'Frente'])}"
        a["pc"] = f"{c[1]}{dd(r, 4 - len(c[1]))}-{dd(r, 3)}"
    elif cc == "br":
        st = f"{r.choice(['Rua', 'Avenida', 'Travessa', 'Rua'])} {r.choice(['das Flores', 'Sete de Setembro', 'XV de Novembro', 'Santos Dumont', 'Rio Branco', 'Tiradentes', 'Dom Pedro II', 'São João', 'Marechal Deodoro'])}, {r.randint(10, 2999)}"
        if chance(r, 0.4):
            a["unit"] = f"{pick(r, 'apto', 'ap.', 'casa')} {r.randint(1, 120)}"
        a["bairro"] = r.choice(["Centro", "Jardim América", "Vila Nova", "Boa Vista", "Santa Cecília", "Liberdade", "Cidade Nova"])
        a["region"] = c[1]
        a["pc"] = f"{c[2]}{dd(r, 5 - len(c[2]))}-{dd(r, 3)}"
    elif cc == "it":
        st = f"{r.choice(['Via', 'Viale', 'Corso', 'Piazza', 'Vicolo'])} {r.choice(['Roma', 'Garibaldi', 'Mazzini', 'Cavour', 'Vittorio Emanuele II', 'dei Mille', 'Dante', 'XX Settembre', 'della Repubblica'])} {r.randint(1, 200)}"
        a["region"] = c[1]
        a["pc"] = c[2] + dd(r, 2)
    elif cc == "se":
        st = f"{r.choice(['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Skolgatan', 'Järnvägsgatan', 'Björkvägen', 'Ringvägen', 'Tallvägen'])} {r.randint(1, 120)}{r.choice(['', '', ' A', ' B'])}"
        a["pc"] = f"{c[1]}{dd(r, 3 - len(c[1]))} {dd(r, 2)}"
    elif cc == "qc":
        st = f"{r.randint(10, 9999)}, {r.choice(['rue Saint-Denis', 'boulevard René-Lévesque', 'rue Sherbrooke Est', 'avenue du Parc', 'chemin Sainte-Foy', 'rue King Ouest', 'boulevard des Laurentides', 'rue Principale'])}"
        if chance(r, 0.4):
            a["unit"] = f"{pick(r, 'app.', 'bureau')} {r.randint(1, 900)}"
        a["region"] = "Québec"
        a["pc"] = _ca_pc(r, c[1][0])
    elif cc == "ca":
        st = f"{r.randint(10, 9999)} {r.choice(['King St W', 'Yonge St', 'Main Street', 'Portage Ave', 'Jasper Ave', '17 Ave SW', 'Hastings St', 'Barrington St', 'Albert St'])}"
        if chance(r, 0.4):
            a["unit"] = f"{pick(r, 'Unit', 'Apt', 'Suite')} {r.randint(1, 2400)}"
        a["region"] = c[1]
        a["pc"] = _ca_pc(r, c[2])
    elif cc == "au":
        st = f"{r.randint(1, 300)} {r.choice(['George', 'Smith', 'Church', 'Victoria', 'Elizabeth', 'Bourke', 'Hay', 'Flinders', 'Adelaide'])} {r.choice(['Street', 'St', 'Road', 'Rd', 'Parade', 'Avenue'])}"
        if chance(r, 0.3):
            a["unit"] = f"Unit {r.randint(1, 40)}"
        a["region"] = c[1]
        a["pc"] = c[2] + dd(r, 3)
    a["street"] = st
    return a


def _ca_pc(r, first):
    L = "ABCEGHJKLMNPRSTVXY"
    return f"{first}{r.randint(0, 9)}{r.choice(L)} {r.randint(0, 9)}{r.choice(L)}{r.randint(0, 9)}"


def street_line(a, sep=", "):
    if not a["unit"]:
        return a["street"]
    cc = a["cc"]
    if cc in ("us", "ca", "au") and a["unit"].startswith(("#", "Apt", "Unit")) and sep == " ":
        return f"{a['street']} {a['unit']}"
    if cc == "uk" or (cc == "au" and a["unit"].startswith("Unit")):
        return f"{a['unit']}, {a['street']}"
    return f"{a['street']}{sep}{a['unit']}"


def city_line(a):
    cc = a["cc"]
    if cc == "us":
        return f"{a['city']}, {a['region']} {a['pc']}"
    if cc == "uk":
        return f"{a['city']} {a['pc']}" if a["city"] != "London" else f"London {a['pc']}"
    if cc in ("de", "fr", "es", "nl", "se"):
        return f"{a['pc']} {a['city']}" if cc != "nl" else f"{a['pc']} {a['city']}"
    if cc == "pt":
        return f"{a['pc']} {a['city']}"
    if cc == "mx":
        return f"{a['colonia']}, {a['pc']} {a['city']}, {a['region']}"
    if cc == "br":
        return f"{a['bairro']}, {a['city']} - {a['region']}, {a['pc']}"
    if cc == "it":
        return f"{a['pc']} {a['city']} ({a['region']})"
    if cc == "qc":
        return f"{a['city']} ({a['region']}) {a['pc']}"
    if cc == "ca":
        return f"{a['city']}, {a['region']} {a['pc']}"
    if cc == "au":
        return f"{a['city']} {a['region']} {a['pc']}"
    return a["city"]


def addr_one(r, a, country=False):
    sep = pick(r, ", ", " ") if a["cc"] == "us" else ", "
    s = f"{street_line(a, sep)}, {city_line(a)}"
    if country:
        s += f", {a['country']}"
    return s


def addr_multi(r, a, country=False):
    s = f"{street_line(a, pick(r, ', ', ' ') if a['cc'] == 'us' else ', ')}\n{city_line(a)}"
    if country:
        s += "\n" + a["country"]
    return s


def addr_upper(a):
    return f"{street_line(a, ' ')} {city_line(a)}".upper()


def city_state(r, c=None):
    c = c or us_city(r)
    return pick(r, f"{c[0]}, {c[1]}", f"{c[0]}, {US_STATES[c[1]]}")


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
US_AREAS = [c[3] for c in US_CITIES] + ["312", "213", "305", "404", "702", "503", "206", "602", "480", "832", "469",
                                          "347", "267", "980", "629", "726", "564"]


def phone(r, cc="us", area=None, style=None):
    if cc in ("us", "ca"):
        a = area or r.choice(US_AREAS if cc == "us" else ["416", "647", "905", "613", "204", "780", "403", "306", "604", "902"])
        ex = r.randint(201, 989)
        if ex % 100 == 11:
            ex += 1
        ln = r.randint(0, 9999)
        fm = style or wchoice(r, (("p", 35), ("d", 30), ("dot", 8), ("i", 10), ("ip", 4), ("1d", 5), ("sp", 4), ("plain", 4)))
        return {"p": f"({a}) {ex}-{ln:04d}", "d": f"{a}-{ex}-{ln:04d}", "dot": f"{a}.{ex}.{ln:04d}",
                "i": f"+1 {a} {ex} {ln:04d}", "ip": f"+1 ({a}) {ex}-{ln:04d}", "1d": f"1-{a}-{ex}-{ln:04d}",
                "sp": f"{a} {ex} {ln:04d}", "plain": f"{a}{ex}{ln:04d}"}[fm]
    if cc == "tollfree":
        a = r.choice(["800", "888", "877", "866", "855", "844", "833"])
        ln = f"{r.randint(201, 989)}-{r.randint(0, 9999):04d}"
        return pick(r, f"1-{a}-{ln}", f"({a}) {ln}", f"{a}-{ln}", f"1 ({a}) {ln}")
    if cc == "uk":
        if chance(r, 0.5):
            n = f"7{r.randint(400, 999)} {dd(r, 6)}"
            return pick(r, f"0{n}", f"+44 {n}", f"+44 (0){n}")
        ac = r.choice(["113", "161", "121", "151", "117", "114", "115", "191", "29", "141", "116", "24"])
        if len(ac) == 2:
            n = f"{ac} {r.randint(2000, 9999)} {dd(r, 4)}"
        else:
            n = f"{ac} {r.randint(200, 999)} {dd(r, 4)}"
        if chance(r, 0.2):
            n = f"20 {r.randint(3000, 8999)} {dd(r, 4)}"
        return pick(r, f"0{n}", f"+44 {n}", f"+44 (0){n}")
    if cc == "de":
        if chance(r, 0.4):
            p = r.choice(["151", "152", "160", "170", "171", "176", "157", "162"])
            n = dd(r, r.choice([7, 8]))
            return pick(r, f"0{p} {n}", f"+49 {p} {n}", f"0{p}/{n}", f"0{p}-{n}")
        ac = r.choice(["30", "40", "89", "221", "69", "711", "211", "231", "201", "341", "421", "351", "511", "911"])
        n = dd(r, 10 - len(ac) if len(ac) == 2 else 7)
        return pick(r, f"0{ac} {n}", f"+49 {ac} {n}", f"+49 (0){ac} {n}", f"0{ac}/{n}", f"0{ac}-{n}")
    if cc == "fr":
        first = r.choice(["1", "2", "3", "4", "5", "6", "7", "9"])
        g = [dd(r, 2) for _ in range(4)]
        return pick(r, f"0{first} {' '.join(g)}", f"+33 {first} {' '.join(g)}", f"0{first}.{'.'.join(g)}", f"0{first}{''.join(g)}", f"+33 (0){first} {' '.join(g)}")
    if cc == "es":
        if chance(r, 0.5):
            n = f"6{dd(r, 2)} {dd(r, 3)} {dd(r, 3)}"
        else:
            n = f"9{r.choice(['1', '3', '5', '6', '4'])}{dd(r, 1)} {dd(r, 3)} {dd(r, 3)}"
        return pick(r, n, f"+34 {n}", n.replace(" ", ""), f"(+34) {n}")
    if cc == "mx":
        ac = r.choice(["55", "33", "81", "664", "656", "222", "477"])
        if len(ac) == 2:
            n1, n2 = dd(r, 4), dd(r, 4)
        else:
            n1, n2 = dd(r, 3), dd(r, 4)
        return pick(r, f"{ac} {n1} {n2}", f"+52 {ac} {n1} {n2}", f"({ac}) {n1}-{n2}", f"+52 1 {ac} {n1} {n2}")
    if cc == "nl":
        if chance(r, 0.5):
            n = dd(r, 8)
            return pick(r, f"06-{n}", f"06 {n[:2]} {n[2:5]} {n[5:]}", f"+31 6 {n}", f"+31 (0)6 {n}", f"06{n}")
        ac = r.choice(["20", "10", "70", "30", "40", "50", "13", "76", "24"])
        n = dd(r, 7)
        return pick(r, f"0{ac}-{n}", f"0{ac} {n[:3]} {n[3:]}", f"+31 {ac} {n[:3]} {n[3:]}")
    if cc == "pt":
        if chance(r, 0.5):
            n = f"9{r.choice('1236')}{dd(r, 1)} {dd(r, 3)} {dd(r, 3)}"
        else:
            n = f"2{r.choice('1256')} {dd(r, 3)} {dd(r, 4)}"
        return pick(r, n, f"+351 {n}", f"(+351) {n}")
    if cc == "br":
        ac = r.choice(["11", "21", "31", "71", "81", "85", "41", "51", "61", "19"])
        if chance(r, 0.65):
            n1, n2 = "9" + dd(r, 4), dd(r, 4)
        else:
            n1, n2 = r.choice("2345") + dd(r, 3), dd(r, 4)
        return pick(r, f"({ac}) {n1}-{n2}", f"+55 {ac} {n1}-{n2}", f"+55 ({ac}) {n1}-{n2}", f"{ac} {n1}{n2}")
    if cc == "it":
        if chance(r, 0.5):
            n = f"3{r.randint(20, 93)} {dd(r, 3)} {dd(r, 4)}"
        else:
            n = f"0{r.choice(['6', '2', '81', '11', '91', '51', '55'])} {dd(r, 4)} {dd(r, 4)}"
        return pick(r, n, f"+39 {n}", f"+39 {n.replace(' ', '')}")
    if cc == "se":
        if chance(r, 0.5):
            p = r.choice(["70", "72", "73", "76", "79"])
            n = f"{dd(r, 3)} {dd(r, 2)} {dd(r, 2)}"
            return pick(r, f"0{p}-{n}", f"+46 {p} {n}", f"0{p} {n}")
        ac = r.choice(["8", "31", "40", "18", "21", "19", "13"])
        n = f"{dd(r, 3)} {dd(r, 2)} {dd(r, 2)}" if len(ac) == 2 else f"{dd(r, 3)} {dd(r, 3)} {dd(r, 2)}"
        return pick(r, f"0{ac}-{n}", f"+46 {ac} {n}")
    if cc == "qc":
        return phone(r, "us", area=r.choice(["514", "438", "418", "450", "819", "581"]), style=r.choice(["p", "d", "sp", "i"]))
    if cc == "au":
        if chance(r, 0.5):
            n = f"4{dd(r, 2)} {dd(r, 3)} {dd(r, 3)}"
            return pick(r, f"0{n}", f"+61 {n}")
        ac = r.choice(["2", "3", "7", "8"])
        n = f"{dd(r, 4)} {dd(r, 4)}"
        return pick(r, f"(0{ac}) {n}", f"0{ac} {n}", f"+61 {ac} {n}")
    if cc == "gt":
        return f"+502 {r.randint(2, 5)}{dd(r, 3)} {dd(r, 4)}"
    if cc == "hn":
        return f"+504 {r.choice('389')}{dd(r, 3)}-{dd(r, 4)}"
    if cc == "sv":
        return f"+503 {r.choice('67')}{dd(r, 3)} {dd(r, 4)}"
    if cc == "ph":
        return f"+63 9{dd(r, 2)} {dd(r, 3)} {dd(r, 4)}"
    if cc == "ng":
        return f"+234 {r.choice(['803', '806', '813', '703', '805'])} {dd(r, 3)} {dd(r, 4)}"
    if cc == "so":
        return f"+252 61 {dd(r, 3)} {dd(r, 4)}"
    if cc == "vn":
        return f"+84 9{dd(r, 1)} {dd(r, 3)} {dd(r, 2)} {dd(r, 2)}"
    if cc == "in":
        return f"+91 {r.choice('6789')}{dd(r, 4)} {dd(r, 5)}"
    return phone(r, "us")


FOREIGN_CC = ["mx", "gt", "hn", "sv", "ph", "ng", "so", "vn", "in", "uk", "de", "ca"]


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}
LOC_LANG = {"us": "en", "uk": "en", "ca": "en", "au": "en", "es": "es", "mx": "es", "fr": "fr", "qc": "fr", "de": "de",
            "nl": "nl", "pt": "pt", "br": "pt", "it": "it", "se": "sv"}
ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def rdate(r, lo=(2022, 1, 1), hi=(2025, 8, 31)):
    a = dt.date(*lo)
    b = dt.date(*hi)
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def rdob(r, lo=1952, hi=2005):
    return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def plus(d, days):
    return d + dt.timedelta(days=days)


def bday(d):
    """Move a date to the next business day (Mon-Fri)."""
    while d.weekday() > 4:
        d = d + dt.timedelta(days=1)
    return d


def fdate(r, d, loc="us", style=None):
    lang = LOC_LANG[loc]
    D, M, Y = d.day, d.month, d.year
    mn = MONTHS[lang][M - 1]
    if loc == "us":
        opts = [f"{M:02d}/{D:02d}/{Y}", f"{M}/{D}/{Y}", f"{MONTHS['en'][M - 1]} {D}, {Y}", f"{ABBR[M - 1]} {D}, {Y}",
                f"{ABBR[M - 1]}. {D}, {Y}" if M != 5 else f"May {D}, {Y}", f"{Y}-{M:02d}-{D:02d}", f"{M:02d}-{D:02d}-{Y}",
                f"{M:02d}/{D:02d}/{Y % 100:02d}"]
        w = [30, 15, 20, 8, 4, 10, 8, 5]
    elif loc in ("uk", "au"):
        suf = "th" if 11 <= D <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(D % 10, "th")
        opts = [f"{D:02d}/{M:02d}/{Y}", f"{D} {MONTHS['en'][M - 1]} {Y}", f"{D}{suf} {MONTHS['en'][M - 1]} {Y}",
                f"{D} {ABBR[M - 1]} {Y}", f"{Y}-{M:02d}-{D:02d}", f"{D}/{M}/{Y}"]
        w = [30, 25, 10, 15, 10, 10]
    elif loc == "ca":
        opts = [f"{Y}-{M:02d}-{D:02d}", f"{MONTHS['en'][M - 1]} {D}, {Y}", f"{D:02d}/{M:02d}/{Y}"]
        w = [40, 40, 20]
    elif lang == "de":
        opts = [f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}", f"{D}. {mn} {Y}", f"{Y}-{M:02d}-{D:02d}", f"{D:02d}.{M:02d}.{Y % 100:02d}"]
        w = [45, 10, 30, 8, 7]
    elif lang == "fr":
        dn = "1er" if D == 1 else str(D)
        opts = [f"{D:02d}/{M:02d}/{Y}", f"{dn} {mn} {Y}", f"{Y}-{M:02d}-{D:02d}", f"{D:02d}.{M:02d}.{Y}"]
        w = [40, 40, 15 if loc == "qc" else 5, 3]
    elif lang == "es":
        opts = [f"{D:02d}/{M:02d}/{Y}", f"{D} de {mn} de {Y}", f"{D}/{M}/{Y}", f"{D:02d}-{M:02d}-{Y}", f"{D} {mn[:3]}. {Y}"]
        w = [40, 35, 10, 10, 5]
    elif lang == "pt":
        opts = [f"{D:02d}/{M:02d}/{Y}", f"{D} de {mn} de {Y}", f"{D:02d}-{M:02d}-{Y}", f"{D}/{M}/{Y}"]
        w = [50, 35, 8, 7]
    elif lang == "nl":
        opts = [f"{D:02d}-{M:02d}-{Y}", f"{D} {mn} {Y}", f"{D}-{M}-{Y}", f"{Y}-{M:02d}-{D:02d}", f"{D:02d}/{M:02d}/{Y}"]
        w = [40, 35, 10, 7, 8]
    elif lang == "it":
        opts = [f"{D:02d}/{M:02d}/{Y}", f"{D} {mn} {Y}", f"{D:02d}.{M:02d}.{Y}", f"{D}/{M}/{Y}"]
        w = [45, 35, 10, 10]
    else:  # sv
        opts = [f"{Y}-{M:02d}-{D:02d}", f"{D} {mn} {Y}", f"{D}/{M} {Y}"]
        w = [55, 35, 10]
    if style is not None:
        return opts[style % len(opts)]
    return wchoice(r, list(zip(opts, w)))


def fdate_wd(r, d, loc="us"):
    lang = LOC_LANG[loc]
    wd = WEEKDAYS[lang][d.weekday()]
    D, M, Y = d.day, d.month, d.year
    mn = MONTHS[lang][M - 1]
    if loc == "us" or loc == "ca":
        return pick(r, f"{wd}, {mn} {D}, {Y}", f"{wd[:3]}, {ABBR[M - 1]} {D}, {Y}", f"{wd}, {M:02d}/{D:02d}/{Y}", f"{wd} {M}/{D}/{Y}")
    if lang == "en":
        return pick(r, f"{wd} {D} {mn} {Y}", f"{wd}, {D} {mn} {Y}", f"{wd[:3]} {D} {ABBR[M - 1]} {Y}")
    if lang == "de":
        return pick(r, f"{wd}, {D}. {mn} {Y}", f"{wd}, {D:02d}.{M:02d}.{Y}", f"{wd[:2]}., {D:02d}.{M:02d}.{Y}")
    if lang == "fr":
        return pick(r, f"{wd} {'1er' if D == 1 else D} {mn} {Y}", f"{wd} {D:02d}/{M:02d}/{Y}")
    if lang == "es":
        return pick(r, f"{wd}, {D} de {mn} de {Y}", f"{wd} {D} de {mn} de {Y}", f"{wd} {D:02d}/{M:02d}/{Y}")
    if lang == "pt":
        return pick(r, f"{wd}, {D} de {mn} de {Y}", f"{wd}, {D:02d}/{M:02d}/{Y}")
    if lang == "nl":
        return pick(r, f"{wd} {D} {mn} {Y}", f"{wd} {D:02d}-{M:02d}-{Y}")
    if lang == "it":
        return pick(r, f"{wd} {D} {mn} {Y}", f"{wd}, {D:02d}/{M:02d}/{Y}")
    return pick(r, f"{wd} {D} {mn} {Y}", f"{wd} {Y}-{M:02d}-{D:02d}")


def rtime(r, lo=7, hi=18, step=(0, 15, 30, 45)):
    return r.randint(lo, hi), r.choice(step)


def ftime(r, h, m, loc="us", st=None):
    lang = LOC_LANG[loc]
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    if loc == "us":
        opts = ((f"{h12}:{m:02d} {ap}", 50), (f"{h12}:{m:02d} {ap.lower()}", 12),
                (f"{h12}:{m:02d}{ap.lower()}", 10), (f"{h12}:{m:02d}{ap}", 6), (f"{h:02d}:{m:02d}", 12),
                (f"{h12}{ap.lower()}" if m == 0 else f"{h12}:{m:02d} {ap}", 10))
        if st is not None:
            return opts[st % 5][0]
        return wchoice(r, opts)
    if lang == "en":
        return pick(r, f"{h:02d}:{m:02d}", f"{h12}.{m:02d}{ap.lower()}", f"{h12}:{m:02d} {ap.lower()}", f"{h:02d}{m:02d}hrs" if chance(r, .2) else f"{h:02d}:{m:02d}")
    if lang == "de":
        return pick(r, f"{h:02d}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h:02d}:{m:02d}", f"{h} Uhr" if m == 0 else f"{h}:{m:02d} Uhr")
    if lang == "fr":
        return pick(r, f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}:{m:02d}", f"{h}h" if m == 0 else f"{h}h{m:02d}")
    if lang == "es":
        return pick(r, f"{h:02d}:{m:02d}", f"{h}:{m:02d} h", f"{h:02d}:{m:02d} horas", f"{h:02d}.{m:02d} h")
    if lang == "pt":
        return pick(r, f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h" if m == 0 else f"{h}h{m:02d}min")
    if lang == "nl":
        return pick(r, f"{h:02d}.{m:02d} uur", f"{h:02d}:{m:02d}", f"{h}.{m:02d} uur")
    if lang == "it":
        return pick(r, f"{h:02d}:{m:02d}", f"{h}.{m:02d}")
    return pick(r, f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}")


def fdt(r, d, h, m, loc="us", wd=False):
    lang = LOC_LANG[loc]
    ds = fdate_wd(r, d, loc) if wd else fdate(r, d, loc)
    ts = ftime(r, h, m, loc)
    j = {"en": (" at ", " ", ", "), "de": (" um ", ", "), "fr": (" à ", ", "), "es": (" a las ", ", "),
         "pt": (" às ", ", "), "nl": (", ", " "), "it": (" alle ", ", "), "sv": (", ", " ")}[lang]
    return f"{ds}{r.choice(j)}{ts}"


# --------------------------------------------------------------------------
# identifiers: labelled ones
# --------------------------------------------------------------------------
def ssn(r, style=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g = r.randint(1, 99)
    s = r.randint(1, 9999)
    st = style or wchoice(r, (("d", 80), ("s", 8), ("n", 12)))
    return {"d": f"{a:03d}-{g:02d}-{s:04d}", "s": f"{a:03d} {g:02d} {s:04d}", "n": f"{a:03d}{g:02d}{s:04d}"}[st]


def bad_ssn(r):
    a = r.choice([0, 666, r.randint(900, 999), r.randint(900, 999)])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def masked_ssn(r):
    return pick(r, f"XXX-XX-{dd(r, 4)}", f"***-**-{dd(r, 4)}", f"xxx-xx-{dd(r, 4)}", f"#####{dd(r, 4)}")


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card_digits(r, brand=None):
    brand = brand or wchoice(r, (("visa", 45), ("mc", 30), ("amex", 10), ("disc", 10), ("mc2", 5)))
    if brand == "visa":
        body = "4" + dd(r, 14)
    elif brand == "mc":
        body = "5" + str(r.randint(1, 5)) + dd(r, 13)
    elif brand == "mc2":
        body = str(r.randint(2221, 2720)) + dd(r, 11)
    elif brand == "amex":
        body = r.choice(["34", "37"]) + dd(r, 12)
    else:
        body = "6011" + dd(r, 11)
    return brand, body + luhn_digit(body)


def fmt_card(r, num, sep=None):
    sep = sep if sep is not None else r.choice([" ", " ", "-", ""])
    if len(num) == 15:
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def card(r, brand=None, sep=None):
    b, n = card_digits(r, brand)
    return b, fmt_card(r, n, sep)


def bad_card(r):
    _, n = card_digits(r, "visa")
    n = n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)
    return fmt_card(r, n, r.choice([" ", "-", ""]))


BRAND_NAME = {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "American Express", "disc": "Discover"}


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    lens = {"DE": 22, "NL": 18, "FR": 27, "ES": 24, "PT": 25, "IT": 27, "BE": 16, "GB": 22, "SE": 24, "AT": 20, "CH": 21}
    if lens.get(s[:2]) != len(s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def iban(r, cc="DE", grouped=None):
    if cc == "DE":
        bban = dd(r, 8) + dd(r, 10)
    elif cc == "NL":
        bban = r.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + dd(r, 10)
    elif cc == "FR":
        bank, br, acct = dd(r, 5), dd(r, 5), dd(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97)
        bban = f"{bank}{br}{acct}{key:02d}"
    elif cc == "ES":
        bban = dd(r, 20)
    elif cc == "PT":
        bban = dd(r, 21)
    elif cc == "IT":
        bban = r.choice(UP) + dd(r, 10) + dd(r, 12)
    elif cc == "BE":
        f = dd(r, 10)
        k = int(f) % 97 or 97
        bban = f"{f}{k:02d}"
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dd(r, 14)
    elif cc == "SE":
        bban = dd(r, 20)
    elif cc == "AT":
        bban = dd(r, 16)
    else:  # CH
        bban = dd(r, 17)
    s = cc + iban_check(cc, bban) + bban
    if grouped is None:
        grouped = chance(r, 0.6)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def dl_us(r, st):
    L = r.choice(UP)
    f = {
        "CA": lambda: L + dd(r, 7), "TX": lambda: dd(r, 8), "FL": lambda: f"{L}{dd(r, 3)}-{dd(r, 3)}-{dd(r, 2)}-{dd(r, 3)}-{dd(r, 1)}",
        "NY": lambda: f"{dd(r, 3)} {dd(r, 3)} {dd(r, 3)}", "IL": lambda: f"{L}{dd(r, 3)}-{dd(r, 4)}-{dd(r, 4)}",
        "OH": lambda: rs(r, UP, 2) + dd(r, 6), "WA": lambda: "WDL" + rs(r, UP + DG, 9), "MI": lambda: f"{L} {dd(r, 3)} {dd(r, 3)} {dd(r, 3)} {dd(r, 3)}",
        "GA": lambda: dd(r, 9), "AZ": lambda: L + dd(r, 8), "CO": lambda: f"{dd(r, 2)}-{dd(r, 3)}-{dd(r, 4)}",
        "PA": lambda: f"{dd(r, 2)} {dd(r, 3)} {dd(r, 3)}", "NJ": lambda: f"{L}{dd(r, 4)} {dd(r, 5)} {dd(r, 5)}",
        "MN": lambda: L + dd(r, 12), "OR": lambda: dd(r, 7), "NV": lambda: dd(r, 10), "MO": lambda: L + dd(r, 9),
        "NC": lambda: dd(r, 12), "VA": lambda: f"{L}{dd(r, 2)}-{dd(r, 2)}-{dd(r, 4)}", "TN": lambda: dd(r, 9),
        "WI": lambda: f"{L}{dd(r, 3)}-{dd(r, 4)}-{dd(r, 4)}-{dd(r, 2)}", "IN": lambda: f"{dd(r, 4)}-{dd(r, 2)}-{dd(r, 4)}",
        "MD": lambda: f"{L}-{dd(r, 3)}-{dd(r, 3)}-{dd(r, 3)}-{dd(r, 3)}", "KY": lambda: L + dd(r, 8),
    }.get(st, lambda: L + dd(r, 8))
    return f()


def dl_intl(r, cc, p=None):
    if cc == "uk":
        sur = re.sub(r"[^A-Z]", "", ascii_fold(p.s if p else "MORGAN").upper())[:5].ljust(5, "9")
        y = r.randint(55, 99)
        return f"{sur}{y // 10}{r.randint(0, 1) * 5 + r.randint(1, 2)}{r.randint(0, 2)}{r.randint(1, 9)}{y % 10}{(p.g[0] if p else 'J').upper()}{r.choice(UP + '9')}9{rs(r, UP, 2)}"
    if cc == "de":
        return rs(r, UP + DG, 11)
    if cc in ("fr",):
        return pick(r, dd(r, 12), f"{dd(r, 2)}{rs(r, UP, 2)}{dd(r, 5)}")
    if cc in ("es",):
        n = r.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if cc == "mx":
        return f"{r.choice(UP)}{dd(r, 8)}"
    if cc == "nl":
        return dd(r, 10)
    if cc in ("br",):
        return dd(r, 11)
    if cc == "pt":
        return f"{r.choice(['L', 'P', 'C', 'A'])}-{dd(r, 7)} {dd(r, 1)}"
    if cc == "it":
        return f"{rs(r, UP, 2)}{dd(r, 7)}{r.choice(UP)}"
    if cc == "se":
        return dd(r, 9)
    if cc == "qc":
        return f"{r.choice(UP)}{dd(r, 4)}-{dd(r, 6)}-{dd(r, 2)}"
    if cc == "ca":
        return f"{r.choice(UP)}{dd(r, 4)}-{dd(r, 5)}-{dd(r, 5)}"
    return rs(r, UP + DG, 9)


def mrn(r):
    return pick(r, dd(r, 8), dd(r, 7), f"MRN{dd(r, 7)}", f"{dd(r, 3)}-{dd(r, 2)}-{dd(r, 2)}", f"M{dd(r, 9)}",
                f"CHS-{dd(r, 6)}", f"{r.choice(UP)}{dd(r, 7)}", f"E{dd(r, 8)}", dd(r, 10))


def health_plan(r, kind=None):
    kind = kind or r.choice(["medicaid", "medicaid", "mco", "medicare", "comm"])
    if kind == "medicaid":
        return pick(r, f"{rs(r, UP, 2)}{dd(r, 5)}{r.choice(UP)}", f"9{dd(r, 7)}{r.choice(UP)}", dd(r, 12), dd(r, 9),
                    f"{dd(r, 8)}", f"{r.choice(UP)}{dd(r, 9)}")
    if kind == "mco":
        return pick(r, f"U{dd(r, 10)}", f"{rs(r, UP, 3)}{dd(r, 9)}", f"M{dd(r, 8)}{dd(r, 2)}", f"{dd(r, 9)}-{dd(r, 2)}")
    if kind == "medicare":
        a = f"{r.randint(1, 9)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY' + DG)}{r.randint(0, 9)}"
        b = f"{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY' + DG)}{r.randint(0, 9)}"
        c = f"{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.randint(0, 9)}{r.randint(0, 9)}"
        return pick(r, f"{a}-{b}-{c}", f"{a}{b}{c}")
    return pick(r, f"{rs(r, UP, 3)}{dd(r, 9)}", f"W{dd(r, 9)}", f"{dd(r, 3)}{rs(r, UP, 2)}{dd(r, 4)}")


def acct_num(r, kind="bank"):
    if kind == "trust":
        return pick(r, dd(r, 8), f"{dd(r, 2)}-{dd(r, 6)}", f"T{dd(r, 7)}", dd(r, 10))
    if kind == "utility":
        return pick(r, f"{dd(r, 4)}-{dd(r, 4)}-{dd(r, 2)}", dd(r, 11), f"{dd(r, 3)} {dd(r, 3)} {dd(r, 4)}")
    if kind == "cust":
        return pick(r, f"{dd(r, 4)}{dd(r, 4)}", f"CA-{dd(r, 7)}", f"{dd(r, 3)}-{dd(r, 5)}", dd(r, 9))
    return pick(r, dd(r, 10), dd(r, 12), dd(r, 9), f"{dd(r, 4)}{dd(r, 6)}", dd(r, 8))


# --------------------------------------------------------------------------
# unlabelled identifiers (hard negatives)
# --------------------------------------------------------------------------
def case_no(r, y=None):
    y = y or r.randint(2019, 2025)
    return pick(r, f"{y}CF{dd(r, 6)}", f"{y % 100:02d}-CR-{dd(r, 5)}", f"CR-{y}-{dd(r, 6)}", f"{dd(r, 2)}{rs(r, UP, 2)}{dd(r, 5)}",
                f"{y}-{rs(r, UP, 2)}-{dd(r, 4)}", f"{y % 100:02d}CR{dd(r, 4)}", f"{r.choice(['M', 'F', 'T'])}{dd(r, 2)}-{dd(r, 6)}",
                f"{dd(r, 2)}-{dd(r, 4)}-{rs(r, UP, 2)}-{dd(r, 5)}")


def doc_no(r):
    return pick(r, f"{r.choice(UP)}{dd(r, 6)}", dd(r, 6), dd(r, 7), f"{r.choice(UP)}-{dd(r, 5)}", f"#{dd(r, 6)}",
                f"{dd(r, 3)}-{dd(r, 3)}", f"{rs(r, UP, 2)}{dd(r, 5)}")


def booking_no(r):
    return pick(r, f"BK{dd(r, 2)}-{dd(r, 6)}", f"{r.randint(2020, 2025)}{dd(r, 6)}", f"J{dd(r, 8)}", f"{dd(r, 2)}-{dd(r, 5)}")


def sid_no(r):
    return pick(r, f"{dd(r, 8)}", f"{r.choice(UP)}{dd(r, 7)}", f"SID{dd(r, 6)}")


def ticket(r):
    return pick(r, f"INC{dd(r, 7)}", f"REQ{dd(r, 7)}", f"CHG{dd(r, 7)}", f"{rs(r, UP, r.randint(2, 4))}-{r.randint(100, 9999)}",
                f"#{r.randint(10000, 999999)}", f"SR-{dd(r, 6)}")


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sha(r, n=40):
    return rs(r, HEX, n)


def version(r):
    return pick(r, f"{r.randint(1, 9)}.{r.randint(0, 24)}.{r.randint(0, 30)}", f"v{r.randint(1, 6)}.{r.randint(0, 19)}.{r.randint(0, 9)}",
                f"{r.randint(2019, 2025)}.{r.randint(1, 4)}.{r.randint(0, 12)}", f"{r.randint(1, 12)}.{r.randint(0, 9)}")


def statute(r, st=None):
    return pick(r, f"ORS {r.randint(137, 475)}.{r.randint(100, 999)}", f"PC {r.randint(166, 12025)}", f"18 U.S.C. § {r.randint(922, 3583)}",
                f"ARS 13-{r.randint(1000, 3999)}", f"RCW 9A.{r.randint(20, 90)}.{r.randint(10, 99)}0", f"O.C.G.A. § 16-{r.randint(5, 13)}-{r.randint(1, 99)}",
                f"720 ILCS 5/{r.randint(12, 31)}-{r.randint(1, 9)}", f"MCL 750.{r.randint(81, 535)}", f"Fla. Stat. § {r.randint(316, 893)}.{r.randint(10, 99)}",
                f"Tex. Penal Code § {r.randint(22, 49)}.{r.randint(1, 9):02d}", f"HS {r.randint(11350, 11379)}", f"VC 23152(a)", f"§ 2919.{r.randint(11, 27)}")


def plate(r):
    return pick(r, f"{rs(r, UP, 3)}-{dd(r, 4)}", f"{dd(r, 1)}{rs(r, UP, 3)}{dd(r, 3)}", f"{rs(r, UP, 3)} {dd(r, 3)}", f"{dd(r, 3)}-{rs(r, UP, 3)}")


def vin(r):
    A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rs(r, "1234F", 1) + rs(r, A, 10) + rs(r, DG, 6)


def npi(r):
    return r.choice("12") + dd(r, 9)


def routing(r):
    return r.choice(["0", "1", "2", "3"]) + dd(r, 8)


def money(r, lo=5, hi=900, cur="$"):
    v = r.uniform(lo, hi)
    if cur == "$":
        return f"${v:,.2f}"
    if cur == "€":
        return pick(r, f"{v:,.2f} €".replace(",", "X").replace(".", ",").replace("X", "."), f"EUR {v:.2f}", f"€ {v:.2f}".replace(".", ","))
    return f"{cur}{v:,.2f}"


DRUGS = ["methamphetamine", "fentanyl", "heroin", "cocaine", "THC", "buprenorphine", "Suboxone", "methadone", "oxycodone",
         "alprazolam", "gabapentin", "naltrexone", "Vivitrol", "Narcan", "sertraline", "Seroquel", "amphetamine", "MDMA",
         "Adderall", "clonazepam", "tramadol", "Sublocade"]
ICD = ["F11.20", "F15.20", "F10.20", "F12.10", "F14.20", "F43.10", "F33.1", "F31.9", "Z91.19", "F19.20", "Z65.1", "T40.1X1A"]
PANEL = [("Amphetamines", "AMP", 1000, "19343-2"), ("Methamphetamine", "MET", 500, "19554-4"), ("Cannabinoids (THC)", "THC", 50, "18282-3"),
         ("Cocaine metabolite", "COC", 150, "3398-4"), ("Opiates", "OPI", 2000, "19295-5"), ("Oxycodone", "OXY", 100, "10998-3"),
         ("Buprenorphine", "BUP", 10, "49755-1"), ("Fentanyl", "FTY", 1, "59673-3"), ("Benzodiazepines", "BZO", 300, "14316-3"),
         ("Methadone", "MTD", 300, "19550-2"), ("Ethyl glucuronide (EtG)", "ETG", 500, "58378-0"), ("Barbiturates", "BAR", 300, "19270-8"),
         ("PCP", "PCP", 25, "19659-1"), ("MDMA", "MDMA", 500, "59611-3"), ("Tramadol", "TRA", 100, "19697-1")]


# --------------------------------------------------------------------------
# network + secrets
# --------------------------------------------------------------------------
def ipv4(r, private=None):
    if private is None:
        private = chance(r, 0.45)
    if private:
        return pick(r, f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                    f"192.168.{r.randint(0, 254)}.{r.randint(1, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(1, 254)}")
    while True:
        a = r.randint(11, 223)
        if a not in (127, 10, 172, 192, 169, 100):
            break
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    pre = r.choice(["2001:db8", "2600:1f18", "2a02:6b8", "2607:f8b0", "2001:470", "fd12:3456", "2a01:4f8"])
    groups = [f"{r.randint(0, 0xffff):x}" for _ in range(r.choice([2, 3, 4]))]
    if chance(r, 0.5):
        return pre + "::" + ":".join(groups)
    full = [f"{r.randint(0, 0xffff):x}" for _ in range(6)]
    return pre + ":" + ":".join(full)


def ip(r):
    return ipv6(r) if chance(r, 0.15) else ipv4(r)


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(r, payload=None):
    alg = r.choice(["HS256", "RS256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg == "RS256" and chance(r, 0.6):
        hdr["kid"] = rs(r, HEX, 16)
    if payload is None:
        iat = r.randint(1672531200, 1756684800)
        payload = {"sub": str(r.randint(1000, 99999)), "role": r.choice(["officer", "supervisor", "provider", "clerk", "svc"]),
                   "iat": iat, "exp": iat + r.choice([900, 3600, 28800])}
        if chance(r, 0.5):
            payload["iss"] = r.choice(["https://auth.cms-cloud.net", "offender-portal", "cms-api", "idp.casemgmt.io"])
    sig_len = {"HS256": 32, "RS256": 256, "HS512": 64}[alg]
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(payload, separators=(",", ":")).encode()),
                     b64u(bytes(r.getrandbits(8) for _ in range(sig_len)))])


def pem(r, kind=None):
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    prefix = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
              "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAB"}[kind]
    nlines = {"RSA PRIVATE KEY": 25, "PRIVATE KEY": 26, "EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": 7}[kind] + r.randint(-1, 1)
    body = prefix + rs(r, AN + "+/", 64 * nlines - len(prefix) - r.randint(0, 40))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    if kind != "OPENSSH PRIVATE KEY" and chance(r, 0.5):
        lines[-1] = lines[-1][:-2] + "=="
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def aws_ak(r):
    return r.choice(["AKIA", "AKIA", "AKIA"]) + rs(r, UP + "234567", 16)


def aws_sk(r):
    return rs(r, AN + "+/", 40)


def gh_token(r):
    return r.choice(["ghp_", "ghp_", "ghp_"]) + rs(r, AN, 36)


def slack_token(r):
    return r.choice(["xoxb", "xoxb", "xoxp"]) + f"-{dd(r, r.choice([10, 11, 12]))}-{dd(r, 13)}-" + rs(r, AN, 24)


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, AN, r.choice([24, 32, 40, 99]))


def generic_secret(r, kind=None):
    kind = kind or r.choice(["hex32", "hex40", "hex64", "b64", "whsec", "vendor", "sg", "aiza", "azure", "tw"])
    if kind == "hex32":
        return rs(r, HEX, 32)
    if kind == "hex40":
        return rs(r, HEX, 40)
    if kind == "hex64":
        return rs(r, HEX, 64)
    if kind == "b64":
        return rs(r, AN, 38) + r.choice(["==", "Qx", "k9"])
    if kind == "whsec":
        return "whsec_" + rs(r, AN, 32)
    if kind == "vendor":
        return r.choice(["emv_live_", "sk-prod-", "api_", "key_live_", "tok_"]) + rs(r, AN, 32)
    if kind == "sg":
        return "SG." + rs(r, AN + "-_", 22) + "." + rs(r, AN + "-_", 43)
    if kind == "aiza":
        return "AIza" + rs(r, AN + "-_", 35)
    if kind == "azure":
        return rs(r, AN, 3) + "8Q~" + rs(r, AN + "._-", 34)
    return rs(r, HEX, 32)


def password(r, kind=None):
    kind = kind or r.choice(["word", "rand", "phrase", "temp", "word", "rand"])
    if kind == "word":
        w = r.choice(["Marlow", "Probation", "Summer", "Winter", "Spring", "Harbor", "Falcon", "Cobalt", "Orchid", "Granite",
                      "Tigers", "Bulldog", "Sunshine", "Jordan", "Dakota", "Blue", "Parole", "Welcome", "Monday", "Kestrel"])
        return f"{w}{r.choice(['#', '!', '@', '$', '_', '.', '*'])}{r.randint(10, 2025)}{rs(r, LO, r.randint(0, 2))}" if chance(r, .5) else f"{w}{r.randint(1, 99)}{r.choice(['!', '#', '@', '*', '&'])}{rs(r, AN, 2)}"
    if kind == "rand":
        n = r.randint(12, 20)
        s = rs(r, AN + "!@#%^&*-_+=", n - 1)
        return s + r.choice(AN)
    if kind == "phrase":
        ws = ["copper", "river", "lantern", "otter", "maple", "quiet", "thunder", "violet", "harbor", "falcon", "pepper", "canyon", "ember", "glacier"]
        return r.choice(["-", ".", "_"]).join([r.choice(ws).capitalize() if chance(r, .4) else r.choice(ws) for _ in range(3)]) + str(r.randint(2, 99))
    if kind == "pin":
        return dd(r, r.choice([4, 6]))
    if kind == "passcode":
        return pick(r, dd(r, 6), rs(r, AN, 6), dd(r, 8), rs(r, AN, 10))
    return f"Tmp{r.choice(['-', '!', '#'])}{dd(r, 4)}{rs(r, LO, 3)}{rs(r, UP, 1)}"


def host(r, org="cms"):
    return r.choice([f"{org}-db{r.randint(1, 4)}.internal", f"pg-{org}-prod.{rs(r, LO + DG, 12)}.us-east-1.rds.amazonaws.com",
                     f"sql{r.randint(1, 9)}.{org}.local", f"{org}db.{r.choice(['corp', 'int', 'prod'])}.lan", f"db-{r.randint(1, 9)}.{org}.svc.cluster.local"])


# --------------------------------------------------------------------------
# agencies (fictional)
# --------------------------------------------------------------------------
AG_TYPES = ["Adult Probation Department", "Community Corrections", "Department of Community Supervision", "Pretrial Services",
            "Juvenile Probation", "Adult Parole Division", "Reentry Services Unit", "Probation & Parole, District {n}"]
CW_TYPES = ["Department of Children and Family Services", "Child Protective Services", "Human Services Agency - Child Welfare",
            "Department of Social Services", "Family and Children's Services"]
FAC_TYPES = ["Detention Center", "Correctional Facility", "County Jail", "Correctional Center", "Regional Jail", "Work Release Center",
             "Women's Correctional Center", "Reentry Center"]


class Agency:
    def __init__(self, r, kind="probation"):
        self.county = r.choice(COUNTIES)
        self.city = us_city(r)
        if kind == "probation":
            self.name = f"{self.county} County {r.choice(AG_TYPES).format(n=r.randint(1, 9))}"
        elif kind == "cw":
            self.name = f"{self.county} County {r.choice(CW_TYPES)}"
        elif kind == "facility":
            self.name = f"{self.county} {r.choice(FAC_TYPES)}"
        else:
            self.name = f"{self.county} County {kind}"
        c = self.county.lower().replace(" ", "")
        self.domain = r.choice([f"{c}county.gov", f"co.{c}.{self.city[1].lower()}.us", f"{c}-cso.org", f"{c}countyprobation.org",
                                f"{c}.gov", f"{c}cps.org" if kind == "cw" else f"{c}doc.org"])
        self.addr = addr_us(r, self.city)
        if chance(r, 0.3):
            self.addr["unit"] = f"{pick(r, 'Suite', 'Ste', 'Floor', 'Room')} {r.randint(100, 450)}"
        self.phone = phone(r, "us", self.city[3])
        self.fax = phone(r, "us", self.city[3])
        self.web = f"https://www.{self.domain}"


def staff(r, ag, title=None):
    p = person(r, "us")
    return p, email_for(r, p, ag.domain)


OFFICER_TITLES = ["Probation Officer", "Probation Officer II", "Senior Probation Officer", "Parole Agent", "Supervision Officer",
                  "Community Supervision Officer", "Case Manager", "Reentry Specialist", "Pretrial Officer", "Deputy Probation Officer"]
CW_TITLES = ["CPS Investigator", "Social Worker III", "Child Welfare Specialist", "Family Services Worker", "Ongoing Caseworker", "Intake Worker", "MSW, LCSW"]


# --------------------------------------------------------------------------
# shared template helpers
# --------------------------------------------------------------------------
EMPLOYERS = ["McDonald's", "Wendy's", "Walmart Supercenter", "Amazon Fulfillment Center", "Tyson Foods", "Goodwill Industries",
             "Sanchez Roofing LLC", "Miller & Sons Plumbing", "Hilton Garden Inn", "Dollar General", "Waffle House", "Home Depot",
             "Johnson Controls", "Kroger", "Taco Bell", "Jiffy Lube", "Dave & Buster's", "Chick-fil-A", "Love's Travel Stop",
             "Papa John's", "Ruiz Landscaping", "Carter's Auto Body", "Labor Finders", "PeopleReady", "Sysco", "Casey's General Store",
             "Dillard's", "Hardee's", "Nguyen Brothers Nail Supply", "O'Reilly Auto Parts", "Ben & Jerry's", "Wahlburgers"]
RELS = ["mother", "father", "sister", "brother", "girlfriend", "wife", "husband", "grandmother", "aunt", "uncle", "cousin", "fiancée", "friend", "pastor"]
OFFENSES = ["Possession of Controlled Substance", "Burglary 2nd Degree", "Theft", "Domestic Battery", "DUI - 3rd Offense", "Aggravated Assault",
            "Unlawful Possession of a Firearm", "Identity Theft", "Robbery", "Criminal Trespass", "Forgery", "Delivery of Meth",
            "Fleeing and Eluding", "Receiving Stolen Property", "Child Endangerment", "Violation of Protective Order", "Criminal Mischief"]
PROGRAMS = ["Batterer Intervention Program (26 weeks)", "Moral Reconation Therapy (MRT)", "Thinking for a Change (T4C)",
            "Intensive Outpatient Program (IOP)", "Anger Management (12 sessions)", "DUI Risk Education", "Victim Impact Panel",
            "Parenting Skills (Nurturing Parenting)", "Cognitive Behavioral Interventions for Substance Abuse (CBI-SA)",
            "Medication-Assisted Treatment (MAT) evaluation", "GED / Adult Basic Education", "Sex Offender Treatment Program"]
PROVIDERS = ["New Horizons Counseling", "Pathways Recovery Center", "Second Chance Behavioral Health", "Lighthouse Treatment Services",
             "Crossroads Family Services", "St. Jude Recovery House", "Oxford House - Elm Chapter", "Salvation Army ARC",
             "Catholic Charities Reentry", "Hope Street Clinic", "Turning Point Recovery", "Bridges Community Services",
             "Ramirez Counseling Group", "Dr. Patel & Associates", "Gateway Foundation", "Volunteers of America"]
SCHOOLS = ["Lincoln Elementary School", "Roosevelt Middle School", "Martin Luther King Jr. Elementary", "Jefferson High School",
           "Cesar Chavez Academy", "Washington Elementary", "Sojourner Truth Middle School", "Franklin Early Learning Center",
           "Eastside Head Start", "Thurgood Marshall High School"]


def form(b, r, fields, style=None, lab_case=None):
    fields = [f for f in fields if f is not None and f[1] is not None]
    style = style or wchoice(r, (("colon", 35), ("pad", 25), ("pipe", 12), ("upper", 18), ("dash", 5), ("tab", 5)))
    w = max(len(f[0]) for f in fields) + 1
    for f in fields:
        lab, val, typ = f[0], f[1], f[2]
        L = lab.upper() if style == "upper" else lab
        if style in ("colon", "upper"):
            b.t(f"{L}: ")
        elif style == "pad":
            b.t(f"{L}:".ljust(w + 2))
        elif style == "pipe":
            b.t(f"| {L.ljust(w)}| ")
        elif style == "dash":
            b.t(f"{L} - ")
        else:
            b.t(f"{L}\t")
        if isinstance(val, list):
            b.s(*val)
        else:
            b.e(val, typ)
        if style == "pipe":
            b.t(" |")
        b.t("\n")
    return style


def shuffle_some(r, lst, k=3):
    lst = list(lst)
    for _ in range(k):
        i, j = r.randrange(len(lst)), r.randrange(len(lst))
        lst[i], lst[j] = lst[j], lst[i]
    return lst


def hdr_email(b, r, frm, to, cc=None, subj="", date=None, loc="us"):
    """frm/to/cc: list of (person_or_None, email). Date: header is a hard negative."""
    def addrs(lst):
        for i, (p, e) in enumerate(lst):
            if i:
                b.t("; " if chance(r, 0.5) else ", ")
            if p is not None:
                b.e(p, P_).t(" <").e(e, EM).t(">")
            else:
                b.e(e, EM)
    b.t("From: ")
    addrs(frm)
    b.t("\n")
    if date is not None and chance(r, 0.5):
        b.t("Sent: " if chance(r, 0.5) else "Date: ").t(date).t("\n")
        date = None
    b.t("To: ")
    addrs(to)
    b.t("\n")
    if cc:
        b.t("Cc: ")
        addrs(cc)
        b.t("\n")
    if date is not None:
        b.t("Date: ").t(date).t("\n")
    b.t("Subject: ")
    if isinstance(subj, list):
        b.s(*subj)
    else:
        b.t(subj)
    b.t("\n\n")


def hdr_date(r, d=None):
    """RFC-2822-ish or Outlook email header timestamp (never labelled)."""
    d = d or rdate(r)
    h, m = r.randint(6, 21), r.randint(0, 59)
    wd = WEEKDAYS["en"][d.weekday()]
    return pick(r, f"{wd[:3]}, {d.day} {ABBR[d.month - 1]} {d.year} {h:02d}:{m:02d}:{r.randint(0, 59):02d} {r.choice(['-0500', '-0600', '-0700', '-0800', '-0400'])}",
                f"{wd}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year} {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}")


def sig_block(b, r, p, title, ag, em=None, with_addr=None):
    b.e(nm(r, p, ["full", "mid"]), P_)
    if chance(r, 0.3):
        b.t(r.choice([", MSW", ", LCSW", ", CADC", ", M.Ed.", ", BA"]))
    b.t("\n").t(title).t("\n").t(ag.name).t("\n")
    if with_addr or (with_addr is None and chance(r, 0.5)):
        b.e(addr_multi(r, ag.addr), ADR).t("\n")
    lab = r.choice([("Office: ", "Fax: ", "Cell: "), ("O: ", "F: ", "C: "), ("Tel ", "Fax ", "Mobile ")])
    b.t(lab[0]).e(ag.phone, PH)
    if chance(r, 0.3):
        b.t(f" ext. {r.randint(100, 9999)}")
    b.t("\n")
    if chance(r, 0.5):
        b.t(lab[1]).e(ag.fax, PH).t("\n")
    if chance(r, 0.4):
        b.t(lab[2]).e(phone(r, "us", ag.city[3]), PH).t("\n")
    if em:
        b.e(em, EM).t("\n")


CONF_NOTICE = ["CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information protected by 42 CFR Part 2 and state law. If you received this in error, notify the sender and delete it.",
               "This message is intended only for the addressee. Criminal justice information (CJI) - handle per CJIS Security Policy v5.9.",
               "NOTICE: Child welfare records are confidential. Redisclosure is prohibited without a court order.",
               ""]


def wrap_words(s, width=92):
    out, line = [], ""
    for w in s.split(" "):
        if len(line) + len(w) + 1 > width and line:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n".join(out)


# ==========================================================================
# ENGLISH KINDS
# ==========================================================================
def k_intake_form(r):
    b = B()
    ag = Agency(r)
    c = ag.city
    cl = person(r)
    a = addr_us(r, c if chance(r, 0.7) else None)
    intake = rdate(r)
    sent = plus(intake, -r.randint(3, 60))
    exp = plus(sent, 365 * r.choice([1, 2, 3, 5]))
    off = person(r)
    b.t(r.choice([f"{ag.name.upper()}\nADULT SUPERVISION INTAKE FORM\n", f"{ag.name}\nClient Intake / Orientation Worksheet\n",
                  f"INTAKE - {ag.name}\n", f"{ag.name}\nNEW CASE INTAKE (Form CS-101 rev. {r.randint(1, 12)}/{r.randint(15, 24)})\n"]))
    b.t("=" * r.randint(20, 60) + "\n")
    split = chance(r, 0.4)
    mask = chance(r, 0.2)
    ec = person(r, surname=cl.s if chance(r, 0.5) else None)
    st_dl = a["region"] if chance(r, 0.8) else r.choice(list(US_STATES))
    f1 = [("Case No.", case_no(r), None), ("Client Name", nm(r, cl, ["lf", "lfm", "LF", "full", "LFM", "mid"]), P_),
          ("Date of Birth" if chance(r, .6) else "DOB", fdate(r, rdob(r, 1960, 2005)), DOB),
          ("SSN", masked_ssn(r) if mask else ssn(r), None if mask else SSN),
          (r.choice(["SID #", "DOC #", "OTN"]), sid_no(r), None) if chance(r, 0.6) else None]
    if split:
        f2 = [("Residence Address", street_line(a, " "), ADR), ("City", a["city"], LOC), ("State", a["region"], LOC), ("Zip", a["pc"], None)]
    else:
        f2 = [("Residence Address" if chance(r, .5) else "Address", addr_one(r, a), ADR)]
    f3 = [("Cell Phone" if chance(r, .5) else "Phone", phone(r, "us", a["area"]), PH),
          ("Alt. Phone", phone(r, "us"), PH) if chance(r, 0.4) else None,
          ("Email", pemail(r, cl), EM) if chance(r, 0.7) else None,
          ("Driver License #", dl_us(r, st_dl), DL) if chance(r, 0.75) else ("Driver License #", "NONE - suspended", None),
          ("DL State", st_dl, LOC) if chance(r, 0.5) else None,
          ("Height/Weight", f"{r.randint(5, 6)}'{r.randint(0, 11)}\" / {r.randint(115, 290)} lbs", None),
          ("Eyes/Hair", f"{r.choice(['BRO', 'BLU', 'GRN', 'HAZ'])}/{r.choice(['BLK', 'BRO', 'BLN', 'RED', 'GRY'])}", None) if chance(r, .5) else None,
          ("Employer", r.choice(EMPLOYERS) if chance(r, .7) else "Unemployed", None),
          ("Emergency Contact", [(nm(r, ec, ["full", "lf"]), P_), f" ({rel(r, ec)}) ", (phone(r, "us"), PH)], None),
          ("Medicaid ID", health_plan(r, "medicaid"), HPN) if chance(r, 0.35) else None]
    f4 = [("Offense", f"{statute(r)} {r.choice(OFFENSES)}", None), ("Sentence Date", fdate(r, sent), DT),
          ("Term", f"{r.choice([12, 18, 24, 36, 60])} months {r.choice(['supervised probation', 'community control', 'parole', 'CCS'])}", None),
          ("Expiration", fdate(r, exp), DT), ("Risk Level (ORAS-CSST)", f"{r.choice(['Low', 'Moderate', 'High', 'Very High'])} ({r.randint(3, 38)})", None),
          ("Assigned Officer", nm(r, off, ["full", "fi", "lf"]), P_), ("Intake Date", fdate(r, intake), DT)]
    fields = f1 + f2 + shuffle_some(r, f3, 2) + f4
    form(b, r, fields)
    if chance(r, 0.6):
        b.t("\nOfficer notes: ")
        b.s("Client reported to intake ", (r.choice(["on time", "15 minutes late", "with his attorney", "with her mother"]), None), ". ")
        h, m = rtime(r, 8, 16)
        b.s("First office visit scheduled for ", (fdt(r, plus(intake, r.randint(7, 21)), h, m), DT),
            ". Client advised of reporting requirements, UA call-in line and fee schedule ($", (str(r.choice([25, 30, 40, 50])), None), "/month).\n")
    b.t(f"\nClient signature: ____________________   Officer initials: {rs(r, UP, 2)}\n")
    return b


def k_case_note(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    off = person(r)
    d = rdate(r)
    h, m = rtime(r, 8, 18)
    a = addr_us(r, ag.city)
    ctype = r.choice(["Home Visit", "Office Visit", "Field Contact", "Collateral Contact", "Telephone Contact", "Employment Verification"])
    if chance(r, 0.5):
        b.t("CASE NOTE\n")
        form(b, r, [("Client", nm(r, cl, ["LF", "lf", "LFM"]), P_), ("Case #", case_no(r), None),
                    ("Contact Date", fdate(r, d), DT), ("Contact Time", ftime(r, h, m), DT),
                    ("Contact Type", ctype, None), ("Officer", nm(r, off, ["full", "fi", "LF"]), P_)], style=r.choice(["colon", "pad", "upper"]))
    else:
        b.s((fdate(r, d), DT), f" | {ctype} | ", (nm(r, off, ["fi", "LF", "full"]), P_), " | Client: ", (nm(r, cl, ["LF", "lf"]), P_), "\n")
    b.t("\nNarrative:\n")
    g = nm(r, cl, "g")
    sur = cl.s
    pron = "He" if cl.sex == "M" else "She"
    pos = "his" if cl.sex == "M" else "her"
    if ctype == "Home Visit":
        hh = person(r, surname=cl.s if chance(r, .5) else None, sex="F" if cl.sex == "M" else "M")
        b.s("Unannounced home visit conducted at ", (addr_one(r, a), ADR), ". Client ", (nm(r, cl, ["full", "s"]), P_),
            " answered the door; ", (nm(r, hh, ["full", "g"]), P_), f" ({rel(r, hh)}) also present. ")
        b.t(f"Walk-through of common areas and client's bedroom completed; no contraband, alcohol or weapons observed. ")
        if chance(r, 0.5):
            b.t(f"A pit bull named {r.choice(['Bruno', 'Rocky', 'Luna', 'Diesel', 'Princess', 'Max'])} was secured in the yard prior to entry. ")
    elif ctype == "Telephone Contact":
        b.s("Called client at ", (phone(r, "us", a["area"]), PH), ". ", pron, " stated ", pos,
            f" work schedule changed to second shift at {r.choice(EMPLOYERS)}. ")
    elif ctype == "Collateral Contact":
        cp = person(r)
        b.s("Spoke with ", (nm(r, cp, ["full", "mid"]), P_), f", {r.choice(['counselor at', 'case manager at', 'intake coordinator at'])} {r.choice(PROVIDERS)}, at ",
            (phone(r, "us"), PH), ". Confirmed client attended ", (str(r.randint(2, 9)), None), " of the last ", "10 sessions. ")
    else:
        b.s((g, P_), " reported as directed. ", pron, f" reports living at the same address and working {r.randint(20, 45)} hrs/week. ")
    b.t(f"Instant UA collected ({rs(r, UP, 3)}-{dd(r, 6)}): {r.choice(['negative all panels', 'presumptive positive for THC', 'presumptive positive for methamphetamine, client denied use', 'negative'])}. ")
    if chance(r, 0.5):
        b.t(f"Discussed {pos} progress on case plan goals (employment, {r.choice(['housing', 'sobriety', 'restitution', 'family reunification'])}). ")
    if chance(r, 0.4):
        b.t(f"Restitution balance {money(r, 200, 9000)}; paid {money(r, 20, 150)} today (receipt {dd(r, 7)}). ")
    h2, m2 = rtime(r, 8, 16)
    nd = bday(plus(d, r.randint(7, 35)))
    b.s("Next office visit: ", (fdt(r, nd, h2, m2, wd=chance(r, .3)), DT), ". ")
    b.t(r.choice(["Client reminded to call the color line every morning.", "Will follow up next week.", "No violations noted.",
                  "Client to report every other Monday.", "Case reviewed with supervisor."]))
    b.t("\n\n")
    b.s("Entered by: ", (nm(r, off, ["full", "LF"]), P_), f" ({r.choice(['PO', 'SPO', 'CSO'])} {r.randint(100, 999)})\n")
    b.t(f"Record ID {uuid4(r)}  last_modified {d.isoformat()}T{r.randint(10, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z\n" if chance(r, 0.4) else "")
    return b


def k_visit_log(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    a = addr_us(r, ag.city)
    offs = [person(r) for _ in range(r.randint(1, 3))]
    b.t(r.choice(["SUPERVISION CONTACT LOG", "Supervision Visit Log", "Field Contact History", "CONTACT SUMMARY REPORT"]) + "\n")
    b.s("Client: ", (nm(r, cl, ["LF", "lf", "LFM", "full"]), P_), "   Case: ", case_no(r), "   Level: ", r.choice(["HIGH", "MOD", "LOW", "ISP"]), "\n")
    b.s("Address of record: ", (addr_one(r, a), ADR), "\n\n")
    d = rdate(r)
    pipes = chance(r, 0.5)
    cols = ["Date", "Time", "Type", "Officer", "Result"]
    if pipes:
        b.t("| " + " | ".join(cols) + " |\n|" + "|".join("---" for _ in cols) + "|\n")
    else:
        b.t(f"{'DATE':<12}{'TIME':<10}{'TYPE':<8}{'OFFICER':<22}RESULT\n")
    n = r.randint(4, 10)
    dates = sorted(plus(d, -r.randint(0, 120)) for _ in range(n))
    tst = r.randint(0, 4)
    for dd_ in dates:
        h, m = rtime(r, 7, 20, (0, 5, 10, 15, 20, 30, 40, 45, 50))
        typ = r.choice(["HV", "OV", "FC", "TC", "EV", "CC", "HV-A"])
        o = nm(r, r.choice(offs), ["fi", "LF", "full"])
        res = r.choice(["Contact made", "No contact - door hanger left", "UA neg", "UA pos THC", "Verified employment",
                        "Client not home", "Curfew check OK", "Left msg"])
        ds = fdate(r, dd_, "us", style=0)
        ts = ftime(r, h, m, st=tst)
        if pipes:
            b.t("| ").e(ds, DT).t(" | ").e(ts, DT).t(f" | {typ} | ").e(o, P_).t(f" | {res} |\n")
        else:
            b.pad(ds, DT, 12).pad(ts, DT, 10).t(f"{typ:<8}").pad(o, P_, 22).t(res + "\n")
    b.t("\nCodes: HV=home visit, OV=office visit, FC=field contact, TC=telephone, EV=employment verification, CC=collateral\n")
    b.t(f"Printed from CMS {version(r)} - page 1 of {r.randint(1, 4)}\n")
    return b


def k_program_referral(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    off = person(r)
    em = email_for(r, off, ag.domain)
    prov = r.choice(PROVIDERS)
    pa = addr_us(r, ag.city)
    d = rdate(r)
    od = plus(d, -r.randint(5, 60))
    b.t(ag.name + "\n").e(addr_one(r, ag.addr), ADR).t("\n")
    b.t("Phone ").e(ag.phone, PH).t("  |  Fax ").e(ag.fax, PH).t("\n\n")
    b.e(fdate(r, d), DT).t("\n\n")
    b.t(f"{prov}\nAttn: Intake Coordinator\n").e(addr_multi(r, pa), ADR).t("\n\n")
    prog = r.choice(PROGRAMS)
    b.t("RE: Court-Ordered Referral - ").e(nm(r, cl, ["full", "mid", "FULL"]), P_)
    b.t("\n    DOB: ").e(fdate(r, rdob(r)), DOB).t(f"   Case No.: {case_no(r)}\n\n")
    b.t("Dear Intake Coordinator:\n\n")
    body = [("The above-named client was placed on supervision by the Honorable ", None), (nm(r, person(r), ["full", "fi"]), P_),
            (" on ", None), (fdate(r, od), DT), (" and was ordered to complete the ", None), (prog, None),
            (" as a special condition of probation. Please schedule an assessment at your earliest convenience. ", None)]
    b.s(*body)
    if chance(r, .5):
        b.e(cl.g, P_)
    else:
        b.t(title_for(cl) + " ").e(cl.s, P_)
    b.s(" can be reached at ", (phone(r, "us", ag.city[3]), PH))
    if chance(r, 0.5):
        b.s(" or by e-mail at ", (pemail(r, cl), EM))
    b.t(".\n\n")
    dl = plus(d, r.randint(14, 45))
    b.s("Enrollment must be confirmed in writing no later than ", (fdate(r, dl), DT),
        f". Monthly progress reports (attendance, UA results, participation) should be faxed to the number above or uploaded to the provider portal at ",
        (f"{ag.web}/provider-portal/{r.choice(['reports', 'upload', 'referrals'])}", URL), ".\n\n")
    if chance(r, 0.4):
        b.t(f"Funding: Justice Reinvestment voucher #{dd(r, 6)} (max {money(r, 300, 1500)}). Client is indigent per {statute(r)}.\n\n")
    b.t("A signed release of information (42 CFR Part 2 compliant) is enclosed.\n\nSincerely,\n\n")
    sig_block(b, r, off, r.choice(OFFICER_TITLES), ag, em, with_addr=False)
    b.t(f"\nEnclosures: Judgment & Sentence, ROI, LSI-R summary\ncc: file")
    return b


def k_drug_lab_report(r):
    b = B()
    lab = r.choice(["Redwood Toxicology Laboratory", "Averhealth", "Precision Forensic Testing", "Northern Lights Tox", "Omega Laboratories"])
    la = addr_us(r)
    cl = person(r)
    d = rdate(r)
    h, m = rtime(r, 6, 19, tuple(range(0, 60, 1)))
    rec = plus(d, r.randint(1, 3))
    rep = plus(rec, r.randint(0, 3))
    b.t(f"{lab.upper()}\n").e(addr_one(r, la), ADR).t(" | ").e(phone(r, "tollfree"), PH).t(f" | CLIA {dd(r, 2)}D{dd(r, 7)}\n\n")
    b.t(r.choice(["FORENSIC DRUG TEST REPORT", "URINE DRUG SCREEN - FINAL REPORT", "Chain-of-Custody Toxicology Report"]) + "\n\n")
    fields = [("Specimen ID", f"{rs(r, UP, 2)}{dd(r, 8)}", None), ("Donor Name", nm(r, cl, ["LF", "LFM", "lf"]), P_),
              ("Donor ID", f"{dd(r, 6)}", None), ("DOB", fdate(r, rdob(r)), DOB),
              ("Agency", f"{r.choice(COUNTIES)} County Probation ({rs(r, UP, 3)}{dd(r, 3)})", None),
              ("Collected", fdt(r, d, h, m), DT), ("Received", fdate(r, rec), DT), ("Reported", fdt(r, rep, *rtime(r, 8, 17)), DT),
              ("Specimen type", r.choice(["Urine", "Urine - observed", "Oral fluid", "Sweat patch"]), None),
              ("Collector", nm(r, person(r), ["full", "fi", "LF"]), P_)]
    form(b, r, fields, style=r.choice(["pad", "colon"]))
    b.t(f"\n{'ANALYTE':<28}{'RESULT':<10}{'CUTOFF':<12}{'CONF (LC-MS/MS)':<16}LOINC\n")
    pos_any = False
    for name, code, cut, loinc in r.sample(PANEL, r.randint(6, 11)):
        pos = chance(r, 0.15)
        pos_any |= pos
        conf = f"{r.randint(cut, cut * 20)} ng/mL" if pos else "--"
        b.t(f"{name:<28}{'POSITIVE' if pos else 'NEG':<10}{str(cut) + ' ng/mL':<12}{conf:<16}{loinc}\n")
    b.t(f"\nCreatinine {r.uniform(20, 250):.1f} mg/dL   pH {r.uniform(4.5, 8.5):.1f}   Specific gravity 1.0{r.randint(5, 30):02d}\n")
    b.t("Specimen validity: " + r.choice(["Normal", "Dilute", "Normal", "Substituted - see comment"]) + "\n")
    b.s("\nCertifying scientist: ", (nm(r, person(r), ["full", "mid"]), P_), ", ", r.choice(["Ph.D.", "M.S.", "B.S., C-SLS"]), "\n")
    if pos_any and chance(r, 0.6):
        b.s("MRO review: Dr. ", (nm(r, person(r), ["full", "s"]), P_), " - no legitimate medical explanation provided.\n")
    b.t(f"Report {dd(r, 9)} v{r.randint(1, 3)} | Page 1/1\n")
    return b


def k_ua_admission(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    off = person(r)
    d = rdate(r)
    used = plus(d, -r.randint(1, 6))
    drug = r.choice(["methamphetamine", "marijuana", "fentanyl", "cocaine", "alcohol", "heroin", "Xanax (not prescribed)"])
    b.t(f"{ag.name}\nADMISSION OF DRUG / ALCOHOL USE\n\n")
    b.s("I, ", (nm(r, cl, ["full", "mid", "FULL"]), P_), ", admit that on or about ", (fdate(r, used), DT),
        f" I used {drug}. I understand this admission may be used as evidence in a probation violation proceeding and that I "
        "have the right to request a confirmation test at my own expense.\n\n")
    b.s("Specimen collected: ", (fdt(r, d, *rtime(r, 8, 16)), DT), f"   Cup lot #{dd(r, 6)}   Exp. ", (f"{r.randint(1, 12):02d}/{r.randint(2026, 2028)}", DT), "\n")
    b.t(f"Result: {r.choice(['MET+', 'THC+', 'FTY+', 'COC+', 'OPI+', 'BZO+'])} / all other panels negative\n\n")
    b.t("Client signature: __________________    Date: ").e(fdate(r, d, style=0), DT).t("\n")
    b.s("Witness (Officer): ", (nm(r, off, ["full", "fi"]), P_), "   Badge ", dd(r, 4), "\n")
    if chance(r, 0.5):
        b.t(f"\nResponse per sanction grid: {r.choice(['verbal reprimand + increased testing', '2-day jail sanction', 'referral to IOP', 'staffing with supervisor'])}\n")
    return b


def k_victim_notification(r):
    b = B()
    ag = Agency(r, r.choice(["Victim Services Unit", "Office of Victim Services", "Victim/Witness Program"]))
    v = person(r)
    of = person(r)
    va = addr_us(r)
    d = rdate(r)
    rel = plus(d, r.randint(10, 90))
    adv = person(r)
    em = email_for(r, adv, ag.domain)
    b.t("DEPARTMENT OF CORRECTIONS\n" + ag.name.upper() + "\n").e(addr_one(r, ag.addr), ADR).t("\n\n")
    b.e(fdate(r, d), DT).t("\n\n")
    b.t(r.choice(["CONFIDENTIAL\n", "PERSONAL AND CONFIDENTIAL\n", ""]))
    b.e(nm(r, v, ["full", "mid", "FULL"]), P_).t("\n").e(addr_multi(r, va), ADR).t("\n\n")
    b.t(f"RE: Notice of {r.choice(['Scheduled Release', 'Parole Hearing', 'Transfer to Community Corrections', 'Release to Supervision'])}\n")
    b.s("     Offender: ", (nm(r, of, ["LF", "full", "LFM"]), P_), f"   DOC# {doc_no(r)}\n\n")
    b.s("Dear ", title_for(v), " ", (v.s, P_), ":\n\n")
    cty = us_city(r)
    b.s("You are registered to receive notification regarding the above offender. This letter is to inform you that ",
        (nm(r, of, ["full", "s"]), P_), " is scheduled to be released on ", (fdate(r, rel, style=2 if chance(r, .5) else None), DT),
        " to supervision in ", (f"{cty[0]}, {cty[1]}" if chance(r, .6) else US_STATES[cty[1]], LOC),
        ". Release dates may change due to earned time, detainers or court action.\n\n")
    b.t("Conditions of supervision include no contact with you, directly or through third parties. If the offender contacts you, call 911 "
        "and notify the supervising office.\n\n")
    b.s("To update your contact information or to register for automated telephone notification, call ", (phone(r, "tollfree"), PH),
        " or visit ", (f"https://{r.choice(['notify', 'victims', 'vine'])}.{ag.domain}/{r.choice(['register', 'update', 'victim/login'])}", URL))
    if chance(r, 0.5):
        b.s(". Your notification PIN is ", (password(r, "pin"), PW))
    b.t(".\n\n")
    b.s("If you have questions, contact your Victim Advocate, ", (nm(r, adv, ["full", "mid"]), P_), ", at ", (phone(r, "us", ag.city[3]), PH),
        " or ", (em, EM), ".\n\nSincerely,\n\n", (nm(r, adv, "full"), P_), "\nVictim Services Advocate\n")
    if chance(r, 0.4):
        b.t("\nEnclosure: Victim Rights brochure (English/Español)\n")
    return b


def k_trust_statement(r):
    b = B()
    fac = Agency(r, "facility")
    inm = person(r)
    d0 = rdate(r).replace(day=1)
    d1 = plus(plus(d0, 32).replace(day=1), -1)
    b.t(f"{fac.name.upper()}\n").e(addr_one(r, fac.addr), ADR).t("\n")
    b.t(r.choice(["INMATE TRUST ACCOUNT STATEMENT", "RESIDENT TRUST FUND - MONTHLY STATEMENT", "Offender Banking System - Account Activity"]) + "\n\n")
    b.s("Inmate: ", (nm(r, inm, ["LFM", "LF", "LFA"]), P_), f"    DOC #: {doc_no(r)}    Housing: {r.choice('ABCDEFG')}-{r.randint(1, 4)}-{r.randint(101, 248)}\n")
    b.s("Trust Account No.: ", (acct_num(r, "trust"), ACC), "\n")
    sep = r.choice([" - ", " to ", " thru "])
    b.s("Statement Period: ", (fdate(r, d0, style=0), DT), sep, (fdate(r, d1, style=0), DT), "\n\n")
    b.t(f"{'DATE':<12}{'TRANS#':<10}{'DESCRIPTION':<46}{'AMOUNT':>10}{'BALANCE':>11}\n")
    bal = round(r.uniform(0, 120), 2)
    b.t(f"{'':<22}{'Beginning balance':<46}{'':>10}{bal:>11.2f}\n")
    n = r.randint(5, 12)
    days = sorted(r.randint(0, (d1 - d0).days) for _ in range(n))
    for k in days:
        dte = plus(d0, k)
        tn = dd(r, 7)
        kind = r.choice(["dep", "dep", "comm", "phone", "rest", "med", "hold", "wage", "mo"])
        b.e(fdate(r, dte, style=0), DT).t("  " + tn.ljust(10))
        if kind in ("dep", "mo"):
            s = person(r)
            pre = "JPay deposit - " if kind == "dep" else f"Money order #{dd(r, 9)} - "
            pre = r.choice([pre, "Lockbox deposit - ", "Kiosk deposit - ", "Western Union - "])
            nmv = nm(r, s, ["FULL", "LF", "full"])
            if len(pre) + len(nmv) > 45:
                nmv = s.s.upper()
            b.t(pre).e(nmv, P_).t(" " * max(1, 46 - len(pre) - len(nmv)))
            amt = round(r.choice([20, 25, 40, 50, 75, 100, 150, 200]) * 1.0, 2)
        elif kind == "comm":
            b.t(f"Commissary order #{dd(r, 6)}".ljust(46))
            amt = -round(r.uniform(3, 85), 2)
        elif kind == "phone":
            b.t(r.choice(["Phone time purchase", "Tablet/messaging credit", "Debit call transfer"]).ljust(46))
            amt = -float(r.choice([5, 10, 15, 20, 25]))
        elif kind == "rest":
            b.t(f"Restitution 20% - Case {case_no(r)}".ljust(46)[:46])
            amt = -round(r.uniform(2, 40), 2)
        elif kind == "med":
            b.t("Medical co-pay (sick call)".ljust(46))
            amt = -float(r.choice([2, 3, 5]))
        elif kind == "hold":
            b.t(r.choice(["Hold - court costs", "Hold - indigent postage", "Hold - property damage"]).ljust(46))
            amt = -round(r.uniform(1, 30), 2)
        else:
            b.t(r.choice(["Inmate wages - kitchen", "Inmate wages - laundry", "Work release payroll"]).ljust(46))
            amt = round(r.uniform(4, 60), 2)
        bal = round(bal + amt, 2)
        b.t(f"{amt:>10.2f}{bal:>11.2f}\n")
    b.t(f"\nEnding balance: ${bal:,.2f}    Holds/encumbrances: ${r.uniform(0, 400):,.2f}\n")
    b.t("Families may deposit funds online, by phone or at the lobby kiosk. Do not send cash through the mail.\n")
    return b


def k_visitation_application(r):
    b = B()
    fac = Agency(r, "facility")
    vis = person(r)
    inm = person(r, surname=vis.s if chance(r, 0.4) else None)
    va = addr_us(r)
    d = rdate(r)
    b.t(f"{fac.name}\n{r.choice(['VISITOR APPLICATION', 'Application for Visiting Privileges', 'VISITATION REQUEST FORM'])}\n")
    b.t("Complete all fields. Incomplete applications will be returned. Processing takes up to 30 days.\n\n")
    b.t("SECTION A - INMATE\n")
    form(b, r, [("Inmate name", nm(r, inm, ["LF", "full", "lf"]), P_), ("Inmate number", doc_no(r), None),
                ("Housing unit", f"Unit {r.choice('ABCDEFGH')}{r.randint(1, 9)}", None)], style="colon")
    b.t("\nSECTION B - VISITOR\n")
    split = chance(r, 0.5)
    st = va["region"]
    f = [("Full legal name", nm(r, vis, ["full", "mid", "lfm"]), P_), ("Date of birth", fdate(r, rdob(r, 1945, 2006)), DOB),
         ("Relationship to inmate", rel(r, vis), None)]
    if split:
        f += [("Street address", street_line(va, " "), ADR), ("City", va["city"], LOC), ("State", st, LOC), ("ZIP", va["pc"], None)]
    else:
        f += [("Home address", addr_one(r, va), ADR)]
    f += [("Phone", phone(r, "us", va["area"]), PH), ("E-mail", pemail(r, vis), EM) if chance(r, .7) else None,
          ("Driver license / State ID #", dl_us(r, st), DL), ("Issuing state", st, LOC) if chance(r, .5) else None,
          ("SSN (optional, for background check)", ssn(r), SSN) if chance(r, 0.4) else None]
    form(b, r, f, style=r.choice(["colon", "pad", "pipe"]))
    b.t("\nHave you ever been convicted of a felony?  [ ] Yes  [X] No\n")
    b.t("Are you currently on probation or parole?  [ ] Yes  [X] No\n")
    if chance(r, 0.5):
        b.t("\nMinor children who will accompany you:\n")
        for _ in range(r.randint(1, 3)):
            ch = person(r, surname=vis.s)
            b.t("  - ").e(nm(r, ch, ["full", "g"]), P_).t(", DOB ").e(fdate(r, rdob(r, 2008, 2022), style=0), DOB).t("\n")
    b.t("\nI certify the information above is true. I consent to a criminal history check (NCIC).\n")
    b.t("Signature: ______________________   Date: ").e(fdate(r, d), DT).t("\n")
    b.t(f"\nFOR OFFICE USE: Approved [ ]  Denied [ ]  NCIC ctrl #{dd(r, 10)}  Reviewed by {rs(r, UP, 3)}\n")
    return b


def k_video_visit_email(r):
    b = B()
    fac = Agency(r, "facility")
    vis = person(r)
    inm = person(r)
    d = rdate(r)
    vd = plus(d, r.randint(2, 14))
    h, m = r.choice([(8, 0), (9, 30), (10, 0), (13, 0), (14, 30), (15, 0), (18, 0), (19, 30)])
    vendor = r.choice(["VisitNow", "ConnectVisit", "iVisit Pro", "FamilyLink Video"])
    vdom = vendor.lower().replace(" ", "") + ".com"
    hdr_email(b, r, [(None, f"no-reply@{vdom}")], [(None, pemail(r, vis))], subj=f"Visit Confirmation #{dd(r, 8)}", date=hdr_date(r, d))
    b.s("Hello ", (nm(r, vis, ["g", "full"]), P_), ",\n\n")
    b.s("Your ", r.choice(["video", "remote video", "on-site video"]), " visit with ", (nm(r, inm, ["LF", "full", "LFA"]), P_),
        f" (#{doc_no(r).lstrip('#')}) at {fac.name} has been scheduled.\n\n")
    b.s("  When:      ", (fdt(r, vd, h, m, wd=True), DT), " (facility local time)\n")
    b.t(f"  Duration:  {r.choice([20, 25, 30, 45])} minutes\n")
    b.t(f"  Station:   {r.choice(['Home (web)', 'Lobby kiosk 3', 'Mobile app'])}\n")
    b.t(f"  Charge:    {money(r, 5, 20)} (card ending {dd(r, 4)})\n\n")
    b.s("Join from your browser 10 minutes early: ", (f"https://app.{vdom}/visit/{rs(r, LO + DG, 10)}?t={rs(r, AN, 16)}", URL), "\n")
    b.s("Cancellations must be made before ", (fdt(r, plus(vd, -1), h, m), DT), " to receive a refund.\n\n")
    b.t("Visits are recorded and monitored. Dress code applies. Do not display weapons, drugs or gang signs.\n")
    b.t(f"\n{vendor} Support | ").e(phone(r, "tollfree"), PH).t(" | 7 days a week\n")
    return b


def k_housing_referral(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    off = person(r)
    em = email_for(r, off, ag.domain)
    d = rdate(r)
    rel = plus(d, r.randint(5, 60))
    prog = r.choice(["Oxford House", "Bridgeway Transitional Living", "Salvation Army Men's Shelter", "Hope Village Reentry Housing",
                     "St. Vincent de Paul Transitional Program", "YWCA Women's Residence", "Restoration House", "Sober Living of " + r.choice(COUNTIES)])
    b.t(r.choice(["TRANSITIONAL HOUSING REFERRAL", "Reentry Housing Referral Form", "HOUSING PLACEMENT REQUEST"]) + "\n")
    b.t(f"To: {prog}   From: {ag.name}\n\n")
    cur = r.choice(["county jail", "state prison (pre-release)", "emergency shelter", "couch surfing", "vehicle", "motel"])
    fields = [("Referral date", fdate(r, d), DT), ("Client", nm(r, cl, ["full", "lf", "LF"]), P_), ("DOB", fdate(r, rdob(r)), DOB),
              ("SSN (last 4)", f"xxx-xx-{dd(r, 4)}", None), ("Current housing", cur, None),
              ("Projected release / move-in", fdate(r, rel), DT) if "jail" in cur or "prison" in cur else ("Current location", city_state(r, ag.city), LOC),
              ("Income source", r.choice(["SSI", "none", "employment - $14.50/hr", "SNAP only", "VA benefits", "pending SSDI"]), None),
              ("Medicaid #", health_plan(r, "medicaid"), HPN) if chance(r, 0.5) else None,
              ("Registrant status", "Not required to register", None),
              ("Special needs", r.choice(["ADA ground floor", "none", "MAT - daily methadone dosing", "mental health follow-up", "CPAP machine"]), None),
              ("Referring officer", nm(r, off, ["full", "mid"]), P_), ("Phone", ag.phone, PH), ("Email", em, EM)]
    form(b, r, fields)
    b.t("\nReason for referral:\n")
    b.e(nm(r, cl, ["g", "s"]) if chance(r, .5) else nm(r, cl, "full"), P_)
    b.t(r.choice([" has no approved residence plan and cannot parole to the family home due to a no-contact order.",
                  " is currently homeless and at high risk of absconding without stable housing.",
                  " completed residential treatment and needs a sober living environment to maintain recovery.",
                  " was evicted after a fire at the previous residence; landlord will not re-rent."]))
    b.t(f" Rent assistance up to {money(r, 300, 900)}/month for {r.choice([2, 3, 6])} months is available through the Justice Reinvestment fund.\n")
    if chance(r, 0.5):
        pa = addr_us(r, ag.city)
        b.s("\nPreviously resided at ", (addr_one(r, pa), ADR), " (landlord ", (nm(r, person(r), ["full"]), P_), ", ", (phone(r, "us", ag.city[3]), PH), ").\n")
    b.t(f"\nReferral ID: HR-{dd(r, 6)}   Bed request priority: {r.choice(['1', '2', '3'])}\n")
    return b


def k_employment_referral(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    off = person(r)
    wf = person(r)
    wdom = r.choice(["workforcesolutions.org", "worksource-region4.org", "ajcenter.org", "careerlinkpa.org"])
    d = rdate(r)
    hdr_email(b, r, [(nm(r, off, ["full"]), email_for(r, off, ag.domain))], [(nm(r, wf, ["full"]), email_for(r, wf, wdom))],
              subj=["Fair Chance referral - ", (nm(r, cl, 'full'), P_)] if chance(r, .5) else "Employment referral", date=hdr_date(r, d))
    b.s("Hi ", (wf.g, P_), ",\n\n")
    b.s("I'd like to refer ", (nm(r, cl, ["full", "mid"]), P_), " to your reentry employment program. ")
    b.t(f"{'He' if cl.sex == 'M' else 'She'} has {r.choice(['forklift certification (OSHA card #' + dd(r, 8) + ')', 'a CDL-A permit', 'ServSafe food handler card', 'welding experience from the prison vocational program', 'two years of warehouse experience'])} "
        f"and is available {r.choice(['any shift', 'days only due to curfew', 'weekdays', 'evenings and weekends'])}. ")
    if chance(r, 0.5):
        b.t(f"Note: client uses an ITIN ({bad_ssn(r).replace('000', '912').replace('666', '931')}) rather than an SSN; I-9 documents are on file. ")
    b.t(r.choice(["Driver license is currently suspended (reinstatement fee pending). ", "Valid driver license, no vehicle. ", "Relies on bus route 14. "]))
    b.s("Best phone for the client is ", (phone(r, "us", ag.city[3]), PH), ".\n\n")
    jf = plus(d, r.randint(3, 30))
    h, m = r.choice([(9, 0), (10, 0), (13, 0), (14, 0)])
    if chance(r, 0.7):
        ja = addr_us(r, ag.city)
        b.s("Also, is the second-chance hiring event still on for ", (fdt(r, jf, h, m), DT), " at ", (addr_one(r, ja), ADR), "? ")
        b.t("I have three other clients who would attend.\n\n")
    b.t("Thanks,\n")
    sig_block(b, r, off, r.choice(OFFICER_TITLES), ag, None, with_addr=False)
    b.t("\n" + r.choice(CONF_NOTICE) + "\n")
    return b


def k_risk_summary(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    asr = person(r)
    d = rdate(r)
    tool = r.choice(["LSI-R", "ORAS-CST", "COMPAS", "Static-99R / STABLE-2007", "WRNA", "PCRA"])
    b.t(f"RISK/NEEDS ASSESSMENT SUMMARY ({tool})\n{ag.name}\n\n")
    form(b, r, [("Offender", nm(r, cl, ["LF", "full", "LFM"]), P_), ("Birth date", fdate(r, rdob(r)), DOB),
                ("Case", case_no(r), None), ("Assessment type", r.choice(["Initial", "Reassessment", "Pre-release"]), None),
                ("Assessment date", fdate(r, d), DT), ("Assessor", nm(r, asr, ["full", "fi", "mid"]), P_)], style=r.choice(["pad", "colon"]))
    b.t(f"\n{'DOMAIN':<34}{'SCORE':>6}{'MAX':>6}  LEVEL\n")
    doms = [("Criminal History", 10), ("Education/Employment", 10), ("Financial", 2), ("Family/Marital", 4), ("Accommodation", 3),
            ("Leisure/Recreation", 2), ("Companions", 5), ("Alcohol/Drug Problems", 9), ("Emotional/Personal", 5), ("Attitudes/Orientation", 4)]
    tot = 0
    for nmv, mx in doms:
        sc = r.randint(0, mx)
        tot += sc
        lvl = "High" if sc / mx > .6 else ("Moderate" if sc / mx > .3 else "Low")
        b.t(f"{nmv:<34}{sc:>6}{mx:>6}  {lvl}\n")
    b.t(f"{'TOTAL':<34}{tot:>6}{54:>6}  {'HIGH' if tot > 33 else ('MEDIUM' if tot > 18 else 'LOW')}\n\n")
    b.t(f"Percentile rank: {r.randint(5, 98)}th   Override: {r.choice(['none', 'up one level (policy)', 'down - supervisor approved'])}\n")
    b.t("Top criminogenic needs: " + ", ".join(r.sample(["antisocial peers", "substance use", "employment", "antisocial cognition", "family conflict", "housing instability"], 3)) + "\n")
    b.t(f"Recommended supervision level: {r.choice(['Intensive', 'High', 'Standard', 'Administrative'])} - {r.choice([1, 2, 4])} face-to-face contacts/month\n")
    b.s("Reassessment due: ", (fdate(r, plus(d, r.choice([90, 180, 365]))), DT), "\n")
    if chance(r, 0.5):
        b.t(f"\nNote: scores generated by {tool} scoring engine {version(r)}; item-level responses stored under assessment id {uuid4(r)}.\n")
    return b


def k_cps_intake(r):
    b = B()
    ag = Agency(r, "cw")
    d = rdate(r)
    h, m = rtime(r, 0, 23, tuple(range(0, 60)))
    mom = person(r, sex="F")
    dad = person(r, sex="M", surname=mom.s if chance(r, .5) else None)
    a = addr_us(r, ag.city)
    rep = person(r)
    wk = person(r)
    b.t(f"{ag.name.upper()}\nCHILD ABUSE/NEGLECT HOTLINE - INTAKE REPORT\n\n")
    form(b, r, [("Intake #", f"{d.year}-{dd(r, 7)}", None), ("Date/Time received", fdt(r, d, h, m), DT),
                ("Intake worker", nm(r, person(r), ["full", "fi"]), P_),
                ("Response priority", r.choice(["P1 - 2 hours", "P2 - 24 hours", "P3 - 72 hours", "Screened out - I&R"]), None)], style="pad")
    b.t("\nREPORTER\n")
    role = r.choice(["Teacher", "School counselor", "ER nurse", "Pediatrician", "Neighbor (anonymous requested)", "Law enforcement"])
    school = r.choice(SCHOOLS)
    b.s("  ", (nm(r, rep, ["full", "mid"]), P_), f", {role}", f" - {school}" if role.startswith(("Teacher", "School")) else "", "\n  Callback: ", (phone(r, "us", ag.city[3]), PH))
    if chance(r, 0.5):
        b.s("  ", (email_for(r, rep, r.choice(["district.k12.us", "isd" + dd(r, 3) + ".org", "cityschools.net", "regionalhealth.org"])), EM))
    b.t("\n\nCHILDREN\n")
    kids = [person(r, surname=mom.s if chance(r, .7) else dad.s) for _ in range(r.randint(1, 4))]
    for i, k in enumerate(kids, 1):
        kd = rdob(r, 2008, 2023)
        age = d.year - kd.year
        gr = "n/a" if age < 5 else ("K" if age == 5 else (str(min(12, age - 5))))
        b.t(f"  {i}. ").e(nm(r, k, ["full", "LF", "lf"]), P_).t("  DOB ").e(fdate(r, kd, style=0), DOB).t(f"  Sex {k.sex}  ")
        b.t(f"Grade {gr}\n")
    b.t("\nCAREGIVERS\n")
    for p_, rel in ((mom, "Mother"), (dad, r.choice(["Father", "Mother's paramour", "Stepfather"]))):
        if p_ is dad and chance(r, 0.3):
            continue
        b.t(f"  {rel}: ").e(nm(r, p_, ["full", "LF"]), P_)
        if chance(r, 0.6):
            b.t("  DOB ").e(fdate(r, rdob(r, 1975, 2003), style=0), DOB)
        if chance(r, 0.6):
            b.t("  Ph ").e(phone(r, "us", ag.city[3]), PH)
        b.t("\n")
    b.s("\nHousehold address: ", (addr_one(r, a), ADR), "\n")
    b.t(f"Directions: {r.choice(['blue trailer behind the church', 'second floor, rear entrance', 'gate code required', 'house with boarded front window'])}\n\n")
    b.t("ALLEGATIONS: " + ", ".join(r.sample(["Physical abuse", "Neglect - inadequate supervision", "Neglect - food", "Substance-exposed newborn",
                                              "Sexual abuse", "Emotional abuse", "Medical neglect", "Educational neglect"], r.randint(1, 2))) + "\n\n")
    k0 = kids[0]
    b.t("NARRATIVE:\n")
    b.s("Reporter states that ", (k0.g, P_), r.choice([" arrived at school with a bruise on the left cheek and said ", " was left home alone overnight and told a neighbor ",
                                                            " has missed 14 days this semester and disclosed "]),
        "that ", r.choice(["mom's boyfriend", "her father", "his stepdad", "the adults"]), " ",
        r.choice(["hit her with a belt", "were 'passed out' again", "locked him outside", "use 'white powder' in the bathroom"]), ". ")
    b.s("Incident reportedly occurred on ", (fdate(r, plus(d, -r.randint(0, 5))), DT))
    if chance(r, 0.5):
        b.s(" at approximately ", (ftime(r, *rtime(r, 17, 23)), DT))
    b.t(". No weapons in the home per reporter. Family dog is aggressive. Mother works nights at a " + r.choice(["Waffle House", "nursing home", "Love's Travel Stop", "Tyson plant"]) + ".\n\n")
    b.s("Prior history: ", r.choice(["2 prior screened-out reports", "substantiated neglect (closed)", "none found in SACWIS", "open FSS case in another county"]), ".\n")
    b.s("Assigned to: ", (nm(r, wk, ["full", "fi"]), P_), f", {r.choice(CW_TITLES)}\n")
    return b


def k_cps_investigation(r):
    b = B()
    ag = Agency(r, "cw")
    wk = person(r)
    sup = person(r)
    mom = person(r, sex="F")
    kid = person(r, surname=mom.s)
    d = rdate(r)
    a = addr_us(r, ag.city)
    hosp = r.choice(["Children's Mercy Hospital", "St. Mary's Regional Medical Center", "University Children's Hospital", "Shriners Children's"])
    b.t(f"{ag.name}\nINVESTIGATION SUMMARY AND DISPOSITION\n\n")
    b.s("Case name: ", (nm(r, mom, ["LF", "lf"]), P_), f"    Referral #{dd(r, 9)}\n")
    b.s("Child: ", (nm(r, kid, ["full", "LF"]), P_), "    Date of birth: ", (fdate(r, rdob(r, 2010, 2024)), DOB), "\n")
    b.s("Address: ", (addr_one(r, a), ADR), "\n")
    b.s("Investigation opened: ", (fdate(r, d), DT), "    Completed: ", (fdate(r, plus(d, r.randint(20, 60))), DT), "\n\n")
    b.t("CONTACTS\n")
    for k in sorted(r.sample(range(0, 31), r.randint(3, 6))):
        cd = plus(d, k)
        who = r.choice(["child (forensic interview, CAC)", "mother", "father by phone", "teacher", "pediatrician", "grandmother", "law enforcement"])
        b.t("- ").e(fdate(r, cd, style=0), DT).t(f": {who}")
        if who.startswith("grandmother") or who.startswith("father"):
            gp = person(r, sex="F" if who.startswith("grand") else "M")
            b.t(" - ").e(nm(r, gp, ["full"]), P_).t(", ").e(phone(r, "us"), PH)
        elif who == "law enforcement":
            b.t(" - Det. ").e(nm(r, person(r), ["full", "s"]), P_).t(f", report #{dd(r, 2)}-{dd(r, 6)}")
        b.t("\n")
    b.t("\nMEDICAL\n")
    b.s(f"Child examined at {hosp} on ", (fdate(r, plus(d, 1)), DT), ". MRN ", (mrn(r), MRN), "; Medicaid ID ", (health_plan(r, "medicaid"), HPN), ". ")
    b.t(r.choice(["Skeletal survey negative.", "Findings consistent with non-accidental injury.", "No acute findings; weight below 5th percentile.",
                  "Urine tox positive for THC at birth (ICD-10 P04.81)."]) + "\n\n")
    b.t("FINDINGS: " + r.choice(["Substantiated - physical abuse", "Unsubstantiated", "Indicated - neglect (inadequate supervision)", "Reason to believe"]) + "\n")
    b.t("SAFETY DECISION: " + r.choice(["Safe", "Conditionally safe - safety plan", "Unsafe - protective custody"]) + f"   SDM risk level: {r.choice(['Low', 'Moderate', 'High', 'Very high'])}\n\n")
    b.s("Worker: ", (nm(r, wk, ["full", "mid"]), P_), "    Supervisor: ", (nm(r, sup, ["full", "fi"]), P_), "\n")
    return b


def k_multiagency_email(r):
    b = B()
    ag1 = Agency(r)
    ag2 = Agency(r, r.choice(["cw", "Sheriff's Office", "Public Defender's Office", "Behavioral Health"]))
    p1 = person(r)
    p2 = person(r)
    p3 = person(r)
    cl = person(r)
    d = rdate(r)
    e1, e2, e3 = email_for(r, p1, ag1.domain), email_for(r, p2, ag2.domain), email_for(r, p3, r.choice([ag1.domain, "court.example-county.gov", "pathwaysrecovery.org"]))
    subj = r.choice([["RE: shared client ", (nm(r, cl, 'LF'), P_)], ["RE: Staffing - joint case"], ["FW: ", (nm(r, cl, 'full'), P_), " - new arrest"],
                     ["Release planning / family reunification"], ["RE: MDT meeting follow-up"]])
    hdr_email(b, r, [(nm(r, p1, ["full", "lf"]), e1)], [(nm(r, p2, ["full"]), e2)], cc=[(None, e3)] if chance(r, .6) else None, subj=subj, date=hdr_date(r, d))
    b.s((p2.g, P_), ",\n\n")
    cd = plus(d, r.randint(3, 40))
    b.s("Following up on our call. ", (nm(r, cl, ["full", "g"]), P_), " (DOB ", (fdate(r, rdob(r)), DOB), ") ")
    b.t(r.choice(["was booked into the county jail last night on a new DV charge.", "is being released from DOC next month and wants to return to the family home.",
                  "tested positive for fentanyl twice this month.", "has been compliant and is asking for unsupervised visits with the kids."]) + " ")
    if chance(r, 0.6):
        kids = [person(r, surname=cl.s) for _ in range(r.randint(1, 3))]
        b.t("Your open case on the children (")
        for i, k in enumerate(kids):
            if i:
                b.t(", ")
            b.e(k.g, P_)
        b.t(") may be affected. ")
    b.s("The review hearing is set for ", (fdt(r, cd, *r.choice([(8, 30), (9, 0), (10, 0), (13, 30), (14, 0)])), DT),
        f" in Courtroom {r.randint(1, 12)}{r.choice('ABC')}. ")
    if chance(r, 0.5):
        b.s("Client's new number is ", (phone(r, "us", ag1.city[3]), PH), f" and {'he' if cl.sex == 'M' else 'she'} is staying at ", (addr_one(r, addr_us(r, ag1.city)), ADR), ". ")
    b.t("Can we staff this before then? I'm free ")
    b.t(r.choice(["Tuesday afternoon", "any morning next week", "after the 3 o'clock", "Thursday"]) + ".\n\n")
    b.t("Thanks,\n")
    sig_block(b, r, p1, r.choice(OFFICER_TITLES), ag1, e1 if chance(r, .5) else None)
    if chance(r, 0.5):
        b.t("\n-----Original Message-----\n")
        b.s("From: ", (nm(r, p2, "full"), P_), " <", (e2, EM), ">\nSent: ", hdr_date(r, plus(d, -1)), "\nTo: ", (nm(r, p1, "full"), P_), "\nSubject: ", *([subj[0].replace("RE: ", "").replace("FW: ", "")] + subj[1:]), "\n\n")
        b.t("Do you have an update on our mutual client? CPS needs the UA results before the family team meeting.\n")
    b.t("\n" + r.choice(CONF_NOTICE) + "\n")
    return b


def _csv_cell(b, v, typ, sep):
    if v is None:
        return
    q = sep in v or '"' in v
    if q:
        b.t('"').e(v.replace('"', '""'), typ).t('"')
    else:
        b.e(v, typ)


def k_cms_csv(r):
    b = B()
    sep = r.choice([",", ",", ";", "\t", "|"])
    cols = r.choice([
        ["client_id", "last_name", "first_name", "dob", "ssn", "phone", "street", "city", "state", "zip", "officer", "risk", "sup_start", "sup_end"],
        ["OffenderID", "Name", "DOB", "Address", "Phone", "Email", "CaseNo", "Officer", "NextReport", "Status"],
        ["id", "full_name", "birth_date", "dl_number", "dl_state", "cell", "supervision_level", "last_contact", "modified_utc"],
    ])
    b.t(sep.join(cols) + "\n")
    ag = Agency(r)
    offs = [person(r) for _ in range(3)]
    ostyle = r.choice(["LF", "fi", "full", "LFA"])
    dstyle = r.choice([0, 5, 1])
    for _ in range(r.randint(4, 12)):
        s0 = rdate(r, (2020, 1, 1), (2025, 6, 30))
        p = person(r)
        a = addr_us(r, ag.city if chance(r, .7) else None)
        row = []
        for c in cols:
            if c in ("client_id", "OffenderID", "id"):
                row.append((dd(r, r.choice([5, 6, 7])), None))
            elif c == "last_name":
                row.append((p.s.upper() if chance(r, .3) else p.s, P_))
            elif c == "first_name":
                row.append((p.g, P_))
            elif c in ("Name", "full_name"):
                row.append((nm(r, p, ["LF", "lf", "full", "LFM"]), P_))
            elif c in ("dob", "DOB", "birth_date"):
                row.append((fdate(r, rdob(r), style=dstyle), DOB))
            elif c == "ssn":
                row.append((ssn(r, "d"), SSN) if chance(r, .8) else ("", None))
            elif c in ("phone", "Phone", "cell"):
                row.append((phone(r, "us", a["area"], style=r.choice(["d", "p", "plain"])), PH))
            elif c == "street":
                row.append((street_line(a, " "), ADR))
            elif c == "city":
                row.append((a["city"], LOC))
            elif c == "state":
                row.append((a["region"], LOC))
            elif c == "zip":
                row.append((a["pc"], None))
            elif c == "Address":
                row.append((addr_one(r, a), ADR))
            elif c == "Email":
                row.append((pemail(r, p), EM) if chance(r, .7) else ("", None))
            elif c == "CaseNo":
                row.append((case_no(r), None))
            elif c in ("officer", "Officer"):
                row.append((nm(r, r.choice(offs), ostyle), P_))
            elif c == "risk":
                row.append((r.choice(["LOW", "MOD", "HIGH", "VH"]), None))
            elif c == "sup_start":
                row.append((fdate(r, s0, style=dstyle), DT))
            elif c == "sup_end":
                row.append((fdate(r, plus(s0, 365 * r.choice([1, 2, 3, 5]) - 1), style=dstyle), DT))
            elif c in ("NextReport", "last_contact"):
                row.append((fdate(r, rdate(r), style=dstyle), DT))
            elif c == "Status":
                row.append((r.choice(["ACTIVE", "WARRANT", "TOLLED", "ICOTS-OUT", "CLOSED"]), None))
            elif c == "dl_number":
                row.append((dl_us(r, a["region"]), DL))
            elif c == "dl_state":
                row.append((a["region"], LOC))
            elif c == "supervision_level":
                row.append((r.choice(["1", "2", "3", "ISP", "ADMIN"]), None))
            elif c == "modified_utc":
                row.append((f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z", None))
        for i, (v, t) in enumerate(row):
            if i:
                b.t(sep)
            if v:
                _csv_cell(b, v, t, sep)
        b.t("\n")
    return b


class J:
    """Marker for a labelled JSON/XML leaf."""
    __slots__ = ("v", "t")

    def __init__(self, v, t):
        self.v, self.t = v, t


def emit_json(b, obj, ind=2, lvl=0, compact=False):
    nl = "" if compact else "\n"
    sp = "" if compact else " " * (ind * (lvl + 1))
    sp0 = "" if compact else " " * (ind * lvl)
    if isinstance(obj, dict):
        if not obj:
            b.t("{}")
            return
        b.t("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            b.t(sp + json.dumps(k) + (": " if not compact else ":"))
            emit_json(b, v, ind, lvl + 1, compact)
            b.t(("," if i < len(items) - 1 else "") + nl)
        b.t(sp0 + "}")
    elif isinstance(obj, list):
        if not obj:
            b.t("[]")
            return
        b.t("[" + nl)
        for i, v in enumerate(obj):
            b.t(sp)
            emit_json(b, v, ind, lvl + 1, compact)
            b.t(("," if i < len(obj) - 1 else "") + nl)
        b.t(sp0 + "]")
    elif isinstance(obj, J):
        s = json.dumps(obj.v, ensure_ascii=False)
        b.t('"').e(s[1:-1], obj.t).t('"')
    else:
        b.t(json.dumps(obj, ensure_ascii=False))


def k_cms_json(r):
    b = B()
    ag = Agency(r)
    recs = []
    for _ in range(r.randint(1, 3)):
        p = person(r)
        a = addr_us(r, ag.city)
        off = person(r)
        st = rdate(r)
        rec = {"offenderId": int(dd(r, 7)), "caseNumber": case_no(r),
               "name": {"last": J(p.s, P_), "first": J(p.g, P_), "middle": p.m or None},
               "birthDate": J(rdob(r).isoformat(), DOB),
               "ssn": J(ssn(r, "d"), SSN) if chance(r, .5) else "***-**-" + dd(r, 4),
               "addresses": [{"type": "RESIDENCE", "line1": J(street_line(a, " "), ADR), "city": J(a["city"], LOC),
                              "state": J(a["region"], LOC), "postalCode": a["pc"], "verified": chance(r, .5)}],
               "phones": [{"type": r.choice(["CELL", "HOME"]), "number": J(phone(r, "us", a["area"], style=r.choice(["d", "plain", "i"])), PH)}],
               "supervision": {"type": r.choice(["FELONY_PROBATION", "PAROLE", "PRETRIAL", "DIVERSION"]), "startDate": J(st.isoformat(), DT),
                               "endDate": J(plus(st, 365 * r.choice([1, 2, 3])).isoformat(), DT), "level": r.choice(["HIGH", "MODERATE", "LOW"]),
                               "officer": {"badge": dd(r, 4), "name": J(nm(r, off, ["full", "LF"]), P_)}},
               "events": [], "meta": {"id": uuid4(r), "lastUpdated": f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{dd(r, 3)}Z",
                                      "source": f"cms-api {version(r)}"}}
        if p.m is None or not p.m:
            rec["name"].pop("middle")
        if chance(r, 0.5):
            rec["email"] = J(pemail(r, p), EM)
        if chance(r, 0.4):
            rec["driverLicense"] = {"number": J(dl_us(r, a["region"]), DL), "state": J(a["region"], LOC), "status": r.choice(["VALID", "SUSPENDED"])}
        for _ in range(r.randint(1, 4)):
            ev = rdate(r)
            et = r.choice(["UA", "OFFICE_VISIT", "HOME_VISIT", "SANCTION", "PAYMENT"])
            e = {"type": et, "date": J(ev.isoformat() if chance(r, .5) else f"{ev.isoformat()}T{r.randint(8, 17):02d}:{r.choice(['00', '15', '30', '45'])}:00", DT)}
            if et == "UA":
                e["result"] = r.choice(["NEG", "POS:THC", "POS:MET", "DILUTE"])
                e["specimenId"] = f"{rs(r, UP, 2)}{dd(r, 8)}"
            elif et == "PAYMENT":
                e["amount"] = round(r.uniform(10, 200), 2)
                e["receipt"] = dd(r, 8)
            rec["events"].append(e)
        recs.append(rec)
    obj = {"export": {"agency": ag.name, "generated": int(r.randint(1672531200, 1756684800)), "schemaVersion": version(r)}, "records": recs}
    emit_json(b, obj, ind=r.choice([2, 4]), compact=chance(r, 0.1))
    b.t("\n")
    return b


def k_cms_xml(r):
    b = B()
    ag = Agency(r)
    p = person(r)
    a = addr_us(r, ag.city)
    off = person(r)
    x = lambda s: _xesc(s)
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n')
    b.t('<ss:SupervisionCaseExchange xmlns:nc="').e("http://release.niem.gov/niem/niem-core/4.0/", URL).t(f'" xmlns:ss="urn:example:supervision:{version(r)}">\n')
    b.t(f"  <ss:MessageID>{uuid4(r)}</ss:MessageID>\n  <ss:MessageDateTime>{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z</ss:MessageDateTime>\n")
    b.t("  <nc:Person>\n    <nc:PersonName>\n      <nc:PersonGivenName>").e(x(p.g), P_).t("</nc:PersonGivenName>\n")
    if p.m:
        b.t(f"      <nc:PersonMiddleName>{p.m}</nc:PersonMiddleName>\n")
    b.t("      <nc:PersonSurName>").e(x(p.s), P_).t("</nc:PersonSurName>\n    </nc:PersonName>\n")
    b.t("    <nc:PersonBirthDate><nc:Date>").e(rdob(r).isoformat(), DOB).t("</nc:Date></nc:PersonBirthDate>\n")
    if chance(r, 0.6):
        b.t("    <nc:PersonSSNIdentification><nc:IdentificationID>").e(ssn(r, "n"), SSN).t("</nc:IdentificationID></nc:PersonSSNIdentification>\n")
    if chance(r, 0.5):
        b.t("    <nc:PersonStateIdentification><nc:IdentificationID>" + sid_no(r) + "</nc:IdentificationID></nc:PersonStateIdentification>\n")
    if chance(r, 0.5):
        b.t("    <nc:DriverLicense><nc:DriverLicenseIdentification><nc:IdentificationID>").e(dl_us(r, a["region"]), DL)
        b.t("</nc:IdentificationID><nc:IdentificationJurisdictionUSPostalServiceCode>").e(a["region"], LOC)
        b.t("</nc:IdentificationJurisdictionUSPostalServiceCode></nc:DriverLicenseIdentification></nc:DriverLicense>\n")
    b.t("  </nc:Person>\n  <nc:Location>\n    <nc:Address>\n      <nc:LocationStreet><nc:StreetFullText>").e(x(street_line(a, " ")), ADR)
    b.t("</nc:StreetFullText></nc:LocationStreet>\n      <nc:LocationCityName>").e(x(a["city"]), LOC).t("</nc:LocationCityName>\n")
    b.t("      <nc:LocationStateUSPostalServiceCode>").e(a["region"], LOC).t("</nc:LocationStateUSPostalServiceCode>\n")
    b.t(f"      <nc:LocationPostalCode>{a['pc']}</nc:LocationPostalCode>\n    </nc:Address>\n  </nc:Location>\n")
    b.t("  <nc:ContactInformation><nc:ContactTelephoneNumber><nc:FullTelephoneNumber><nc:TelephoneNumberFullID>").e(phone(r, "us", a["area"], style="d"), PH)
    b.t("</nc:TelephoneNumberFullID></nc:FullTelephoneNumber></nc:ContactTelephoneNumber></nc:ContactInformation>\n")
    st = rdate(r)
    b.t(f"  <ss:Supervision>\n    <ss:CaseNumber>{case_no(r)}</ss:CaseNumber>\n    <ss:SupervisionStartDate><nc:Date>").e(st.isoformat(), DT)
    b.t("</nc:Date></ss:SupervisionStartDate>\n    <ss:SupervisionEndDate><nc:Date>").e(plus(st, 730).isoformat(), DT).t("</nc:Date></ss:SupervisionEndDate>\n")
    b.t("    <ss:SupervisingOfficer><nc:PersonFullName>").e(x(nm(r, off, ["full", "LF"])), P_).t("</nc:PersonFullName>")
    b.t(f"<ss:BadgeNumber>{dd(r, 4)}</ss:BadgeNumber></ss:SupervisingOfficer>\n")
    b.t(f"    <ss:ChargeStatute>{x(statute(r))}</ss:ChargeStatute>\n    <ss:RiskLevelText>{r.choice(['HIGH', 'MODERATE', 'LOW'])}</ss:RiskLevelText>\n")
    b.t("  </ss:Supervision>\n</ss:SupervisionCaseExchange>\n")
    return b


def k_conditions_order(r):
    b = B()
    county = r.choice(COUNTIES)
    cl = person(r)
    judge = person(r)
    d = rdate(r)
    c = us_city(r)
    stn = US_STATES[c[1]]
    ct = r.choice(['CIRCUIT', 'DISTRICT', 'SUPERIOR', 'COMMON PLEAS'])
    b.t(f"IN THE {ct} COURT OF {county.upper()} COUNTY\n\n")
    b.s(r.choice(["STATE", "THE PEOPLE", "COMMONWEALTH"]), "\n  v.\n", (nm(r, cl, ["FULL", "LFM", "LF"]), P_), ", Defendant.\n\n")
    b.t(f"Case No. {case_no(r)}\n\nORDER {r.choice(['OF PROBATION', 'SETTING CONDITIONS OF COMMUNITY SUPERVISION', 'GRANTING DEFERRED ADJUDICATION'])}\n\n")
    b.s("On ", (fdate(r, d), DT), ", the defendant appeared with counsel and was sentenced to ", f"{r.choice([12, 24, 36, 48, 60])} months of supervised probation",
        ". It is ORDERED that the defendant comply with the following conditions:\n\n")
    conds = []
    conds.append([("Report to the probation department within 72 hours of release and thereafter as directed.", None)])
    conds.append([("Not leave the State of ", None), (stn, LOC), (" without written permission of the supervising officer.", None)])
    v = person(r)
    conds.append([("Have no contact, direct or indirect, with ", None), (nm(r, v, ["full", "mid", "FULL"]), P_),
                  (", and stay at least 500 feet away from the residence at ", None), (addr_one(r, addr_us(r, c)), ADR), (".", None)])
    h1, h2 = r.choice([(21, 6), (22, 6), (20, 7), (23, 5)])
    conds.append([("Observe a curfew from ", None), (ftime(r, h1, 0), DT), (" to ", None), (ftime(r, h2, 0), DT), (" daily unless at verified employment.", None)])
    conds.append([(f"Submit to random drug and alcohol testing; do not possess or use controlled substances, including {r.choice(['marijuana', 'kratom', 'synthetic cannabinoids'])}.", None)])
    conds.append([(f"Complete {r.choice(PROGRAMS)} and follow all recommendations.", None)])
    conds.append([(f"Pay restitution of {money(r, 250, 12000)}, court costs of {money(r, 150, 900)} and a supervision fee of ${r.choice([25, 30, 40, 60])} per month.", None)])
    if chance(r, 0.5):
        conds.append([("Perform ", None), (str(r.choice([40, 80, 100, 200])), None), (" hours of community service by ", None), (fdate(r, plus(d, r.randint(120, 360))), DT), (".", None)])
    if chance(r, 0.4):
        conds.append([("Submit to electronic monitoring (GPS) for ", None), (f"{r.choice([60, 90, 120])} days", None), (".", None)])
    r.shuffle(conds)
    numsty = chance(r, .7)
    for i, cnd in enumerate(conds, 1):
        b.t(f"{i}. " if numsty else f"({chr(96 + i)}) ")
        b.s(*cnd)
        b.t("\n")
    b.s("\nFailure to comply may result in revocation under ", statute(r), ".\n\nSO ORDERED this ", (fdate(r, d), DT), ".\n\n")
    b.t("_______________________________\n").e(nm(r, judge, ["full", "mid", "FULL"]), P_).t(", " + {"CIRCUIT": "Circuit Judge", "DISTRICT": "District Judge", "SUPERIOR": "Judge of the Superior Court", "COMMON PLEAS": "Judge, Court of Common Pleas"}[ct] + "\n")
    b.t("\nDefendant acknowledgment: ____________________\n")
    return b


def k_violation_report(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    off = person(r)
    sup = person(r)
    d = rdate(r)
    b.t(f"{ag.name}\n{r.choice(['PETITION TO REVOKE PROBATION', 'PROBATION VIOLATION REPORT', 'Report of Alleged Parole Violation', 'MOTION TO ADJUDICATE - OFFICER REPORT'])}\n\n")
    form(b, r, [("Defendant", nm(r, cl, ["LF", "full", "LFM"]), P_), ("DOB", fdate(r, rdob(r)), DOB), ("Cause No.", case_no(r), None),
                ("Original offense", f"{r.choice(OFFENSES)} ({statute(r)})", None), ("Date placed on supervision", fdate(r, plus(d, -r.randint(90, 900))), DT),
                ("Supervision expires", fdate(r, plus(d, r.randint(90, 900))), DT)], style=r.choice(["pad", "colon", "upper"]))
    b.t("\nALLEGED VIOLATIONS\n\n")
    vs = []
    v1 = plus(d, -r.randint(5, 60))
    vs.append([("Condition 3 (Controlled substances): On ", None), (fdate(r, v1), DT), (f", the defendant submitted a urine specimen that tested positive for {r.choice(['methamphetamine', 'fentanyl', 'cocaine', 'amphetamine'])}, confirmed by LC-MS/MS (specimen {rs(r, UP, 2)}{dd(r, 8)}).", None)])
    v2 = plus(d, -r.randint(5, 60))
    vs.append([("Condition 1 (Reporting): The defendant failed to report as directed on ", None), (fdate_wd(r, v2) if chance(r, .4) else fdate(r, v2), DT),
               (" and has not responded to letters sent to the address of record.", None)])
    c = us_city(r)
    v3 = plus(d, -r.randint(2, 30))
    vs.append([("Condition 2 (Obey all laws): On ", None), (fdate(r, v3), DT), (", the defendant was arrested by the ", None),
               (f"{r.choice(COUNTIES)} County Sheriff's Office", None), (" in ", None), (f"{c[0]}, {c[1]}", LOC),
               (f" for {r.choice(OFFENSES)} (booking {booking_no(r)}).", None)])
    vs.append([(f"Condition 8 (Financial): The defendant is {r.randint(3, 14)} months in arrears on fees and restitution; balance {money(r, 300, 6000)}.", None)])
    if chance(r, 0.5):
        vs.append([("Condition 5 (Residence): On ", None), (fdate(r, plus(d, -r.randint(1, 20))), DT), (", a home visit at ", None),
                   (addr_one(r, addr_us(r, ag.city)), ADR), (" revealed the defendant no longer resides there per landlord ", None), (nm(r, person(r), ["full"]), P_), (".", None)])
    for i, v in enumerate(r.sample(vs, r.randint(2, len(vs))), 1):
        b.t(f"{i}. ")
        b.s(*v)
        b.t("\n\n")
    b.t("PRIOR INTERVENTIONS: " + ", ".join(r.sample(["verbal warning", "increased reporting", "2-day jail sanction", "IOP referral", "curfew", "GPS monitoring"], 3)) + "\n\n")
    b.t("RECOMMENDATION: " + r.choice(["Issue warrant and hold without bond.", "Summons; modify conditions to add residential treatment.",
                                      "Revoke and impose the suspended sentence.", "Continue on supervision with added conditions."]) + "\n\n")
    b.t("Respectfully submitted,\n\n").e(nm(r, off, ["full", "mid"]), P_).t(f", {r.choice(OFFICER_TITLES)}\n")
    b.t("Reviewed: ").e(nm(r, sup, ["full", "fi"]), P_).t(", Supervisor    ").e(fdate(r, d), DT).t("\n")
    return b


def k_psi_excerpt(r):
    b = B()
    cl = person(r)
    mom = person(r, sex="F", surname=cl.s if chance(r, .5) else None)
    dad = person(r, sex="M", surname=cl.s)
    db = rdob(r, 1965, 2003)
    pob = r.choice([f"{c[0]}, {c[1]}" for c in r.sample(US_CITIES, 3)] + WORLD_PLACES[:8])
    b.t("PRESENTENCE INVESTIGATION REPORT (excerpt)\nPART C. OFFENDER CHARACTERISTICS\n\n")
    b.t("Personal and Family Data\n\n")
    b.s("The defendant, ", (nm(r, cl, ["full", "mid"]), P_), ", was born on ", (fdate(r, db, style=2), DOB), ", in ", (pob, LOC),
        ", to ", (nm(r, mom, ["full"]), P_), " and ", (nm(r, dad, ["full", "mid"]), P_), ". ")
    b.t(r.choice(["The parents never married.", "The parents divorced when the defendant was seven.", "The father was incarcerated for most of the defendant's childhood.",
                  "The defendant was raised primarily by the maternal grandmother."]) + " ")
    if chance(r, 0.6):
        sibs = [person(r, surname=cl.s) for _ in range(r.randint(1, 3))]
        b.t("Siblings include ")
        for i, sb in enumerate(sibs):
            if i:
                b.t(", " if i < len(sibs) - 1 else " and ")
            b.e(nm(r, sb, ["g", "full"]), P_).t(f" (age {r.randint(16, 50)})")
        b.t(". ")
    c2 = us_city(r)
    b.s("The defendant moved to ", (c2[0] if chance(r, .5) else f"{c2[0]}, {US_STATES[c2[1]]}", LOC), " at age ", str(r.randint(8, 25)),
        ". Contacted by telephone at ", (phone(r, "us", c2[3]), PH), ", the mother confirmed this history.\n\n")
    b.t("Physical Condition\n\n")
    b.t(f"The defendant is {r.randint(5, 6)}'{r.randint(0, 11)}\" tall and weighs {r.randint(120, 280)} pounds. Tattoos: "
        + r.choice(['"RIP Mama" left forearm', 'teardrop under right eye', 'none', 'gang-related lettering on neck']) + ". ")
    b.t(f"Prescribed {r.choice(DRUGS[5:12])} for {r.choice(['anxiety', 'opioid use disorder', 'seizures', 'depression'])} (ICD-10 {r.choice(ICD)}).\n\n")
    b.t("Education and Employment\n\n")
    b.t(f"Attended {r.choice(SCHOOLS)} through the {r.choice(['9th', '10th', '11th'])} grade; obtained a GED in {r.randint(2005, 2022)}. ")
    jobs = r.sample(EMPLOYERS, 2)
    s1 = rdate(r, (2016, 1, 1), (2020, 12, 31))
    b.s(f"Employed at {jobs[0]} from ", (fdate(r, s1, style=r.choice([0, 2])), DT), " to ", (fdate(r, plus(s1, r.randint(60, 700)), style=r.choice([0, 2])), DT),
        f" (verified with supervisor ", (nm(r, person(r), ["full"]), P_), f"), and most recently as a day laborer through {jobs[1]}.\n\n")
    b.t("Residence History\n\n")
    for _ in range(r.randint(2, 3)):
        b.t("- ").e(addr_one(r, addr_us(r)), ADR).t(f" ({r.randint(2, 36)} months)\n")
    b.t("\nSubstance Abuse\n\n")
    b.t(f"Began using alcohol at age {r.randint(11, 17)} and {r.choice(DRUGS[:5])} at age {r.randint(16, 30)}. "
        f"Completed {r.choice(PROGRAMS[:5])} in {r.randint(2012, 2023)}. Self-reported daily use of ${r.randint(20, 200)} worth prior to arrest.\n")
    return b


def k_em_alert_log(r):
    b = B()
    cl = person(r)
    off = person(r)
    a = addr_us(r)
    d = rdate(r)
    dev = f"{rs(r, UP, 2)}{dd(r, 7)}"
    vendor = r.choice(["BI TotalAccess", "SCRAM CAM", "Track Group", "SuperCom PureTrack", "Attenti"])
    b.t(f"# {vendor} event export  device={dev}  tz=America/Chicago\n")
    b.s("# Offender: ", (nm(r, cl, ["LF", "LFA", "full"]), P_), f"  Case {case_no(r)}  Officer: ", (nm(r, off, ["full", "fi"]), P_), "\n")
    b.s("# Inclusion zone HOME: ", (addr_upper(a) if chance(r, .5) else addr_one(r, a), ADR), f" (radius {r.choice([50, 75, 100, 150])} ft)\n")
    b.s("# Officer SMS: ", (phone(r, "us", a["area"], style=r.choice(["plain", "d", "i"])), PH), "\n")
    t = dt.datetime(d.year, d.month, d.day, r.randint(0, 6), r.randint(0, 59), r.randint(0, 59))
    blat, blon = r.uniform(29, 47), -r.uniform(80, 122)
    evs = ["ZONE_EXIT HOME", "ZONE_ENTER HOME", "STRAP_TAMPER", "LOW_BATTERY 15%", "CHARGING", "GPS_NO_FIX", "CURFEW_VIOLATION",
           "EXCLUSION_ENTER VICTIM_RES", "EXCLUSION_EXIT VICTIM_RES", "HEARTBEAT", "MOTION_NO_GPS", "ALERT_ACK by officer", "TILT_ALERT"]
    for _ in range(r.randint(8, 16)):
        t += dt.timedelta(minutes=r.randint(1, 140), seconds=r.randint(0, 59))
        ev = r.choice(evs)
        far = ev.startswith(("ZONE_EXIT", "EXCL", "CURFEW", "MOTION"))
        lat = blat + r.uniform(-0.08, 0.08) * (1 if far else 0.01)
        lon = blon + r.uniform(-0.08, 0.08) * (1 if far else 0.01)
        sev = "HIGH" if ev.startswith(("STRAP", "EXCL", "CURFEW")) else "INFO"
        b.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')} {sev:<5} {ev:<28} lat={lat:.5f} lon={lon:.5f} acc={r.randint(3, 60)}m batt={r.randint(10, 100)}% seq={r.randint(10000, 99999)}\n")
    b.t(f"# {r.randint(8, 16)} events, {r.randint(0, 3)} unacknowledged. Export id {uuid4(r)}\n")
    return b


def k_em_vendor_yaml(r):
    b = B()
    ag = Agency(r)
    b.t(f"# {ag.name} - electronic monitoring integration\n# owner: ").e(f"it-apps@{ag.domain}", EM).t(f"  (ticket {ticket(r)})\n")
    b.t("vendor:\n  name: " + r.choice(["bi-totalaccess", "track-group", "attenti", "scram"]) + "\n")
    b.t("  base_url: ").e(f"https://api.{r.choice(['monitoring-partner.com', 'emvendor.net', 'trackcloud.io'])}/v{r.randint(1, 4)}/agencies/{dd(r, 5)}", URL).t("\n")
    b.t("  api_key: ").e(generic_secret(r, r.choice(["vendor", "hex32", "b64"])), GS).t("\n")
    b.t("  client_id: " + rs(r, LO + DG, 20) + "\n  client_secret: \"").e(generic_secret(r, r.choice(["hex40", "azure", "b64"])), GS).t("\"\n")
    b.t(f"  poll_interval_seconds: {r.choice([30, 60, 120, 300])}\n  timeout_ms: {r.choice([5000, 10000, 30000])}\n\n")
    b.t("storage:\n  s3_bucket: " + f"{r.choice(COUNTIES).lower().replace(' ', '-')}-em-archive-{r.choice(['prod', 'dr'])}\n  region: us-{r.choice(['east', 'west'])}-{r.randint(1, 2)}\n")
    if chance(r, 0.7):
        b.t("  aws_access_key_id: ").e(aws_ak(r), AK).t("\n  aws_secret_access_key: ").e(aws_sk(r), ASK).t("\n")
    else:
        b.t("  aws_access_key_id: ${AWS_ACCESS_KEY_ID}\n  aws_secret_access_key: ${AWS_SECRET_ACCESS_KEY}\n")
    b.t("\nalerts:\n  slack:\n")
    if chance(r, 0.7):
        b.t("    bot_token: ").e(slack_token(r), SL).t("\n")
    else:
        b.t("    bot_token: ${{ secrets.SLACK_BOT_TOKEN }}\n")
    b.t(f"    channel: \"#em-alerts-{r.choice(['north', 'south', 'metro', 'ops'])}\"\n  sms_fallback:\n    on_call: \"").e(phone(r, "us", ag.city[3], style="i"), PH).t("\"\n")
    b.t("\ndatabase:\n  dsn: \"postgresql://em_sync:").e(password(r, r.choice(["rand", "word"])), PW).t(f"@{host(r, 'cms')}:5432/em\"\n")
    b.t(f"  pool_size: {r.choice([5, 10, 20])}\n")
    b.t(f"\nlogging:\n  level: {r.choice(['INFO', 'DEBUG', 'WARN'])}\n  syslog_host: ").e(ipv4(r, True), IP).t(":514\n")
    return b


def k_env_file(r):
    b = B()
    b.t(f"# .env.production - offender management portal ({version(r)})\n# DO NOT COMMIT. Rotated {r.choice(['quarterly', 'after incident ' + ticket(r)])}\n")
    items = []
    items.append(lambda: b.t("APP_ENV=production\nAPP_URL=").e(f"https://portal.{r.choice(COUNTIES).lower().replace(' ', '')}county.gov", URL).t("\n"))
    items.append(lambda: b.t(f"DATABASE_URL=mysql://cms_app:").e(password(r), PW).t(f"@{host(r)}:3306/cms_prod\n"))
    items.append(lambda: b.t("STRIPE_SECRET_KEY=").e(stripe_key(r), ST).t("\nSTRIPE_WEBHOOK_SECRET=").e(generic_secret(r, "whsec"), GS).t("\n"))
    items.append(lambda: b.t("AWS_ACCESS_KEY_ID=").e(aws_ak(r), AK).t("\nAWS_SECRET_ACCESS_KEY=").e(aws_sk(r), ASK).t(f"\nAWS_DEFAULT_REGION=us-{r.choice(['east', 'west'])}-{r.randint(1, 2)}\n"))
    items.append(lambda: b.t("SLACK_BOT_TOKEN=").e(slack_token(r), SL).t("\n"))
    items.append(lambda: b.t("GITHUB_DEPLOY_TOKEN=").e(gh_token(r), GH).t("\n"))
    items.append(lambda: b.t("JWT_SIGNING_SECRET=").e(generic_secret(r, r.choice(["hex64", "b64"])), GS).t(f"\nJWT_TTL_MINUTES={r.choice([15, 30, 60])}\n"))
    items.append(lambda: b.t("SMTP_HOST=smtp.office365.com\nSMTP_USER=noreply-portal\nSMTP_PASSWORD=").e(password(r), PW).t("\n"))
    items.append(lambda: b.t("SENDGRID_API_KEY=").e(generic_secret(r, "sg"), GS).t("\n"))
    items.append(lambda: b.t("REDIS_URL=redis://:").e(password(r, "rand"), PW).t("@cache.internal:6379/0\n"))
    items.append(lambda: b.t("SENTRY_DSN=${SENTRY_DSN}\nLOG_LEVEL=info\nFEATURE_KIOSK_CHECKIN=true\n"))
    items.append(lambda: b.t("TWILIO_AUTH_TOKEN=").e(generic_secret(r, "hex32"), GS).t("\nTWILIO_FROM=").e(phone(r, "us", style="i").replace(" ", ""), PH).t("\n"))
    sel = [items[0]] + r.sample(items[1:], r.randint(5, len(items) - 1))
    for f in sel:
        f()
    return b


def k_k8s_secret(r):
    b = B()
    ns = r.choice(["cms-prod", "probation-portal", "reentry-api", "em-integration", "victim-notify"])
    b.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + f"{ns}-credentials\n  namespace: {ns}\n  labels:\n    app.kubernetes.io/part-of: case-management\n")
    b.t(f"  annotations:\n    rotated-by: ops-{r.randint(1, 9)}\n    change-ticket: \"{ticket(r)}\"\ntype: Opaque\ndata:\n")
    keys = [("db-password", PW), ("smtp-password", PW), ("api-key", GS), ("vendor-client-secret", GS), ("webhook-signing-secret", GS),
            ("redis-password", PW), ("session-secret", GS), ("admin-password", PW)]
    for k, t in r.sample(keys, r.randint(2, 5)):
        raw = password(r) if t == PW else generic_secret(r)
        b.t(f"  {k}: ").e(base64.b64encode(raw.encode()).decode(), t).t("\n")
    if chance(r, 0.4):
        b.t("  db-username: " + base64.b64encode(b"cms_app").decode() + "\n")
    if chance(r, 0.4):
        b.t("stringData:\n  DB_HOST: " + host(r) + "\n  DB_PORT: \"5432\"\n")
    return b


def k_api_access_log(r):
    b = B()
    d = rdate(r)
    t = dt.datetime(d.year, d.month, d.day, r.randint(0, 22), r.randint(0, 59), r.randint(0, 59))
    style = r.choice(["nginx", "app"])
    paths = ["/api/v2/clients/{id}", "/api/v2/clients/{id}/notes", "/api/v2/ua/results?from={d}", "/api/v2/officers/{id}/caseload",
             "/portal/login", "/api/v2/payments/{id}", "/kiosk/checkin", "/api/v2/victims/{id}/notifications", "/healthz"]
    ips = [ip(r) for _ in range(4)]
    for _ in range(r.randint(8, 16)):
        t += dt.timedelta(seconds=r.randint(0, 400), milliseconds=r.randint(0, 999))
        p = r.choice(paths).format(id=r.randint(1000, 999999), d=d.isoformat())
        meth = "POST" if "login" in p or "checkin" in p else r.choice(["GET", "GET", "GET", "PUT"])
        code = r.choice([200, 200, 200, 201, 204, 304, 401, 403, 404, 500])
        src = r.choice(ips)
        if style == "nginx":
            b.e(src, IP).t(f" - - [{t.strftime('%d/%b/%Y:%H:%M:%S')} -0500] \"{meth} {p} HTTP/1.1\" {code} {r.randint(0, 40000)} \"-\" \"{r.choice(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'okhttp/4.12.0', 'KioskAgent/' + version(r), 'python-requests/2.31.0'])}\"\n")
        else:
            b.t(f"{t.isoformat(timespec='milliseconds')}Z INFO  req_id={rs(r, HEX, 12)} src=").e(src, IP)
            b.t(f" {meth} {p} status={code} dur_ms={r.randint(3, 2400)}")
            if chance(r, 0.2):
                b.t(" auth=\"Bearer ").e(jwt(r), JWT).t("\"")
            if chance(r, 0.1):
                b.t(" user=").t(rs(r, LO, 1) + rs(r, LO, r.randint(4, 8)) + str(r.randint(1, 99)))
            b.t("\n")
    if style == "nginx" and chance(r, 0.7):
        t += dt.timedelta(seconds=3)
        b.t(f"{t.strftime('%Y/%m/%d %H:%M:%S')} [warn] 1234#0: *{r.randint(1000, 99999)} upstream timed out, client: ").e(r.choice(ips), IP)
        b.t(f", server: portal, request: \"GET /api/v2/clients HTTP/1.1\", upstream: \"http://").e(ipv4(r, True), IP).t(":8080/api/v2/clients\"\n")
    return b


def k_password_reset(r):
    b = B()
    ag = Agency(r)
    u = person(r)
    d = rdate(r)
    h, m = rtime(r, 0, 23, tuple(range(0, 60)))
    sysn = r.choice(["Offender Case Management System", "Probation Portal", "Provider Referral Portal", "CJIS Access Gateway", "Victim Notification Admin"])
    hdr_email(b, r, [(None, f"helpdesk@{ag.domain}")], [(nm(r, u, "full"), email_for(r, u, r.choice([ag.domain, "pathwaysrecovery.org", "newhorizonscounseling.org"])))],
              subj=f"[{ticket(r)}] Your {sysn} password has been reset", date=hdr_date(r, d))
    b.s("Hello ", (u.g, P_), ",\n\n")
    b.t(f"Per your request, your {sysn} account password has been reset.\n\n")
    b.t(f"    Username:           {ascii_fold(u.g[0] + u.s).lower().replace(' ', '').replace(chr(39), '')}{r.randint(1, 9) if chance(r, .3) else ''}\n")
    b.t("    Temporary password: ").e(password(r, r.choice(["temp", "rand", "word"])), PW).t("\n")
    b.t("    Expires:            ").e(fdt(r, plus(d, r.choice([1, 2, 3])), h, m), DT).t("\n\n")
    b.s("Sign in at ", (f"https://{r.choice(['cms', 'portal', 'ocms', 'providers'])}.{ag.domain}/{r.choice(['login', 'account/reset', 'auth/signin'])}", URL),
        " and choose a new password (minimum 14 characters, no reuse of the last 24). Multi-factor authentication is required for CJIS access.\n\n")
    b.t("If you did not request this change call the IT Service Desk at ").e(ag.phone, PH).t(" immediately.\n\n")
    b.t(f"{ag.name} - Information Technology\n")
    return b


def k_hearing_invite(r):
    b = B()
    board = r.choice(["Board of Parole Hearings", "Parole Commission", "Board of Pardons and Paroles", "Juvenile Release Authority", "Drug Court Team"])
    inm = person(r)
    chair = person(r)
    d = rdate(r)
    d = bday(d)
    h, m = r.choice([(8, 30), (9, 0), (9, 45), (10, 30), (13, 0), (14, 15), (15, 30)])
    plat = r.choice(["zoom", "webex", "teams"])
    b.t(f"{board} - Virtual Hearing Notice\n\n")
    b.s("Inmate/Client: ", (nm(r, inm, ["LF", "full", "LFM"]), P_), f"   DOC# {doc_no(r)}\n")
    b.s("Hearing type: ", r.choice(["Initial parole consideration", "Revocation hearing", "Progress review", "Subsequent parole consideration"]), "\n")
    b.s("Date/Time: ", (fdt(r, d, h, m, wd=chance(r, .5)), DT), " ", r.choice(["Central Time", "Pacific", "(ET)", "MT"]), "\n")
    b.s("Presiding: Commissioner ", (nm(r, chair, ["full", "s"]), P_), "\n\n")
    mid = f"{dd(r, 3)} {dd(r, 4)} {dd(r, 4)}" if plat == "zoom" else f"{dd(r, 4)} {dd(r, 3)} {dd(r, 4)}"
    pc = password(r, "passcode")
    if plat == "zoom":
        b.t("Join Zoom Meeting\n").e(f"https://{r.choice(['us02web', 'us06web', 'zoomgov'])}.zoom.us/j/{mid.replace(' ', '')}", URL).t("\n\n")
        b.t(f"Meeting ID: {mid}\nPasscode: ").e(pc, PW).t("\n\n")
        b.t("One tap mobile\n")
        for _ in range(2):
            b.e(phone(r, "us", style="i").replace(" ", ""), PH).t(f",,{mid.replace(' ', '')}#,,,,*{dd(r, 6)}# US\n")
    elif plat == "webex":
        b.t("Join by link: ").e(f"https://{r.choice(COUNTIES).lower().replace(' ', '')}.webex.com/{r.choice(['meet', 'join'])}/{rs(r, LO, 8)}", URL).t("\n")
        b.t(f"Meeting number (access code): {mid}\nMeeting password: ").e(pc, PW).t("\n")
        b.t("Join by phone: ").e(phone(r, "tollfree"), PH).t(" US Toll Free\n")
    else:
        b.t("Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n")
        b.e(f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{rs(r, AN, 40)}%40thread.v2/0", URL).t("\n")
        b.t(f"Meeting ID: {mid}\nPasscode: ").e(pc, PW).t("\n")
        b.t("Call in (audio only): ").e(phone(r, "us", style="i"), PH).t(f",,{dd(r, 9)}#   Phone Conference ID: {dd(r, 3)} {dd(r, 3)} {dd(r, 3)}#\n")
    b.t("\nParticipants: ")
    parts = [person(r) for _ in range(r.randint(2, 4))]
    for i, p in enumerate(parts):
        if i:
            b.t("; ")
        b.e(nm(r, p, ["full", "fi"]), P_).t(f" ({r.choice(['victim rep', 'counsel', 'institutional parole agent', 'interpreter', 'DA'])})")
    b.t("\n\nVictims and their representatives may submit written statements no later than ")
    b.e(fdate(r, plus(d, -r.choice([7, 10, 14]))), DT).t(". Do not forward this invitation.\n")
    return b


def k_card_authorization(r):
    b = B()
    fac = Agency(r, "facility")
    ch = person(r)
    inm = person(r, surname=ch.s if chance(r, .5) else None)
    a = addr_us(r)
    d = rdate(r)
    brand, num = card(r)
    b.t(f"{fac.name}\n{r.choice(['CREDIT/DEBIT CARD AUTHORIZATION - INMATE DEPOSIT', 'Card Payment Authorization (Restitution / Fees)', 'ONE-TIME CARD PAYMENT FORM'])}\n\n")
    b.t("Fax completed form to ").e(fac.fax, PH).t(" - do not e-mail card data.\n\n")
    f = [("Cardholder name", nm(r, ch, ["full", "mid", "FULL"]), P_), ("Billing address", addr_one(r, a), ADR),
         ("Card type", BRAND_NAME[brand], None), ("Card number", num, CC),
         ("Expiration (MM/YY)", f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", DT), ("CVV", dd(r, 4 if brand == "amex" else 3), None),
         ("Amount", money(r, 20, 500), None), ("Apply to inmate", nm(r, inm, ["LF", "full"]), P_), ("Inmate #", doc_no(r), None),
         ("Cardholder phone", phone(r, "us", a["area"]), PH), ("Cardholder e-mail", pemail(r, ch), EM) if chance(r, .6) else None]
    form(b, r, f, style=r.choice(["pad", "colon", "pipe"]))
    b.t(f"\nA convenience fee of {money(r, 2, 9)} applies. Deposits post within 1 business day. Refunds are not issued after posting.\n")
    b.t("I authorize the charge above.  Signature: ______________  Date: ").e(fdate(r, d, style=0), DT).t("\n")
    b.t(f"\nOFFICE USE - Auth code {rs(r, UP + DG, 6)}  Batch {dd(r, 4)}  Processed by {rs(r, UP, 2)}\n")
    return b


def k_payment_receipt(r):
    b = B()
    ag = Agency(r)
    p = person(r)
    d = rdate(r)
    h, m = r.randint(0, 23), r.randint(0, 59)
    brand, num = card(r)
    b.t(f"{ag.name} - Online Payment Receipt\n\n")
    b.t(f"Confirmation #: {rs(r, UP, 2)}{dd(r, 9)}\n")
    b.s("Payment date: ", (fdt(r, d, h, m), DT), "\n")
    b.s("Payer: ", (nm(r, p, ["full", "FULL"]), P_), "\n")
    if chance(r, 0.6):
        b.s("Payer e-mail: ", (pemail(r, p), EM), "\n")
    b.s("Paid for: ", (nm(r, p if chance(r, .5) else person(r), ["LF", "full"]), P_), f"  Case {case_no(r)}\n\n")
    tot = 0
    for item in r.sample(["Supervision fee", "Restitution", "Court costs", "UA testing fee", "GPS monitoring fee", "Program fee (MRT)", "Crime Victims Fund"], r.randint(1, 4)):
        amt = round(r.uniform(10, 300), 2)
        tot += amt
        b.t(f"  {item:<28}${amt:>9.2f}\n")
    fee = round(tot * 0.0275, 2)
    b.t(f"  {'Convenience fee (2.75%)':<28}${fee:>9.2f}\n  {'TOTAL':<28}${tot + fee:>9.2f}\n\n")
    b.t(f"Paid with {BRAND_NAME[brand]} ending in {num[-4:]}   Auth {rs(r, UP + DG, 6)}   Terminal {rs(r, UP, 3)}{dd(r, 3)}\n")
    b.t(f"Transaction ref {bad_card(r)}\n" if chance(r, 0.4) else "")
    b.t("Questions? ").e(phone(r, "tollfree"), PH).t("\n")
    return b


def k_sms_thread(r):
    b = B()
    off = person(r)
    cl = person(r)
    d = rdate(r)
    t = dt.datetime(d.year, d.month, d.day, r.randint(7, 11), r.randint(0, 59))
    b.t(f"Text message export - officer device {rs(r, UP, 2)}{dd(r, 4)} - client ").e(nm(r, cl, ["LF", "full"]), P_).t(" (").e(phone(r, "us", style=r.choice(["p", "d"])), PH).t(")\n\n")
    on = r.choice([f"PO {off.s}", off.g, "Officer"])
    cn = nm(r, cl, ["g", "FULL", "full"])
    lines = []
    nd = plus(d, r.randint(2, 9))
    nh, nmn = r.choice([(9, 0), (10, 30), (13, 0), (15, 0)])
    lines.append(("O", [("Good morning. Reminder you have an office visit ", None), (f"{WEEKDAYS['en'][nd.weekday()][:3]} {nd.month}/{nd.day} at {ftime(r, nh, nmn)}", DT), (". Bring paystubs.", None)]))
    lines.append(("C", [(r.choice(["ok", "ok got it", "Yes sir", "I work that day can we do later", "👍"]), None)]))
    if chance(r, 0.6):
        lines.append(("C", [("also my new number is ", None), (phone(r, "us", style=r.choice(["d", "plain", "p"])), PH), (" the other phone got cut off", None)]))
    if chance(r, 0.6):
        a = addr_us(r)
        lines.append(("C", [("im staying at my aunts now ", None), (street_line(a, " ") if chance(r, .5) else addr_one(r, a), ADR), (" until the 1st", None)]))
        lines.append(("O", [("You need to submit a residence change request before moving. Call me today.", None)]))
    if chance(r, 0.5):
        lines.append(("O", [("Color line says you were supposed to test today. Did you go to the lab on ", None), (r.choice(["Main", "Broad", "5th"]), None), ("?", None)]))
        lines.append(("C", [("my ride didnt show. i can go tomorrow morning", None)]))
    lines.append(("O", [("Fine. Be there by ", None), (ftime(r, 9, 0), DT), (" tomorrow or it's a missed test.", None)]))
    long_pre = chance(r, .5)
    use_me = chance(r, .5)
    for who, segs in lines:
        t += dt.timedelta(minutes=r.randint(1, 90))
        pre = f"[{t.strftime('%m/%d/%y %I:%M %p')}] " if long_pre else f"{t.strftime('%H:%M')} "
        b.t(pre)
        if who == "O":
            if use_me:
                b.t("Me: ")
            else:
                if on.startswith("PO "):
                    b.t("PO ").e(off.s, P_).t(": ")
                elif on == "Officer":
                    b.t("Officer: ")
                else:
                    b.e(on, P_).t(": ")
        else:
            b.e(cn, P_).t(": ")
        b.s(*segs)
        b.t("\n")
    return b


def k_treatment_progress(r):
    b = B()
    prov = r.choice(PROVIDERS)
    pa = addr_us(r)
    cl = person(r)
    couns = person(r)
    po = person(r)
    d = rdate(r)
    adm = plus(d, -r.randint(30, 200))
    b.t(f"{prov}\n").e(addr_one(r, pa), ADR).t("  Tel ").e(phone(r, "us", pa["area"]), PH).t("\n\n")
    b.t("MONTHLY TREATMENT PROGRESS REPORT TO SUPERVISING OFFICER\n")
    b.t("Disclosed pursuant to 42 CFR Part 2 consent on file. Redisclosure prohibited.\n\n")
    form(b, r, [("Client", nm(r, cl, ["full", "LF", "lf"]), P_), ("DOB", fdate(r, rdob(r)), DOB), ("MRN", mrn(r), MRN),
                ("Medicaid/MCO ID", health_plan(r), HPN) if chance(r, .7) else None,
                ("Admission date", fdate(r, adm), DT), ("Level of care", r.choice(["ASAM 2.1 IOP", "ASAM 1.0 OP", "ASAM 3.5 Residential", "OTP - methadone"]), None),
                ("Diagnosis", ", ".join(r.sample(ICD, 2)), None), ("Reporting period", [(fdate(r, plus(d, -30), style=0), DT), " - ", (fdate(r, d, style=0), DT)], None),
                ("Referring PO", nm(r, po, ["full", "fi"]), P_)], style=r.choice(["pad", "colon"]))
    b.t(f"\nATTENDANCE\n  Scheduled: {r.randint(8, 16)}   Attended: {r.randint(4, 12)}   Excused: {r.randint(0, 2)}   Unexcused: {r.randint(0, 4)}\n")
    b.t("  Missed sessions: ")
    for i, k in enumerate(sorted(r.sample(range(1, 29), r.randint(1, 3)), reverse=True)):
        if i:
            b.t(", ")
        b.e(fdate(r, plus(d, -k), style=1), DT)
    b.t("\n\nTOXICOLOGY\n")
    for k in sorted(r.sample(range(1, 29), r.randint(2, 4)), reverse=True):
        b.t("  ").e(fdate(r, plus(d, -k), style=0), DT).t(f"  {r.choice(['NEG', 'NEG', 'POS BUP (prescribed)', 'POS THC', 'POS FTY', 'NEG - dilute'])}\n")
    b.t(f"\nMEDICATION: {r.choice(['buprenorphine/naloxone 16 mg daily', 'Vivitrol 380 mg IM monthly', 'methadone 85 mg', 'none'])}\n\n")
    b.t("CLINICAL SUMMARY\n")
    b.e(cl.g, P_).t(r.choice([" is engaged in group and has identified triggers related to family conflict. ", " continues to minimize use; motivation is low. ",
                             " completed Phase 1 and is working on relapse prevention planning. "]))
    b.t("Counselor recommends " + r.choice(["continued IOP for 6 weeks", "step-down to OP", "residential referral", "MAT evaluation"]) + ".\n\n")
    b.e(nm(r, couns, ["full", "mid"]), P_).t(f", {r.choice(['LADC', 'CADC-II', 'LPC', 'LCSW', 'CSAC'])}\nPrimary Counselor   ")
    b.e(email_for(r, couns, "".join(re.findall(r"[a-z]+", ascii_fold(prov).lower())[:2]) + r.choice([".org", ".com", "-tx.org", "recovery.net"])), EM).t("\n")
    return b


def k_release_plan(r):
    b = B()
    fac = Agency(r, "facility")
    po_ag = Agency(r, "Adult Parole Division")
    inm = person(r)
    agent = person(r)
    d = rdate(r)
    res = addr_us(r, po_ag.city)
    host = person(r, surname=inm.s if chance(r, .5) else None)
    b.t(f"{fac.name}\nRELEASE / REENTRY PLAN\n\n")
    form(b, r, [("Name", nm(r, inm, ["LF", "LFM", "full"]), P_), ("DOC #", doc_no(r), None), ("Date of birth", fdate(r, rdob(r)), DOB),
                ("Release date", fdate(r, d), DT), ("Release type", r.choice(["Parole", "Mandatory supervision", "Post-release supervision", "Max-out (no supervision)"]), None)],
         style=r.choice(["pad", "colon", "upper"]))
    b.t("\nRESIDENCE\n")
    b.s("  Approved address: ", (addr_one(r, res), ADR), "\n  Sponsor: ", (nm(r, host, ["full", "mid"]), P_), f" ({rel(r, host)}), ", (phone(r, "us", res["area"]), PH), "\n")
    b.t(f"  Home investigation completed by agent; {r.choice(['no firearms in home', 'firearms removed', 'minor children present - approved'])}.\n\n")
    b.t("REPORTING INSTRUCTIONS\n")
    rt = r.choice([(9, 0), (10, 0), (8, 30), (13, 0)])
    b.s("  Report to ", po_ag.name, ", ", (addr_one(r, po_ag.addr), ADR), ", no later than ", (fdt(r, plus(d, 1), *rt), DT), ".\n")
    b.s("  Assigned agent: ", (nm(r, agent, ["full", "fi"]), P_), "  ", (po_ag.phone, PH), "\n\n")
    b.t("APPOINTMENTS\n")
    appts = [("Community mental health intake", "Dr. "), ("MAT induction", ""), ("Social Security office (replacement card)", ""), ("DMV - ID card", ""),
             ("Workforce center orientation", ""), ("Primary care", "Dr. ")]
    for (what, pre), k in zip(r.sample(appts, 4), sorted(r.sample(range(1, 22), 4))[:r.randint(2, 4)]):
        ad = bday(plus(d, k))
        b.t("  - ").t(what)
        if pre:
            b.t(f" with {pre}").e(nm(r, person(r), ["full", "s"]), P_)
        b.t(": ").e(fdt(r, ad, *rtime(r, 8, 16)), DT).t("\n")
    b.t("\nBENEFITS\n")
    b.t("  Medicaid: ").e(health_plan(r, "medicaid"), HPN).t(f" (pre-release application approved, effective on release)\n")
    b.t(f"  SNAP: pending   Gate money: {money(r, 50, 200)}   Bus pass: {r.choice(['issued', '30-day'])}\n")
    b.t(f"  Medications on release: 30-day supply {r.choice(DRUGS[5:16])}, {r.choice(DRUGS[5:16])}\n")
    return b


def k_medicaid_reentry(r):
    b = B()
    fac = Agency(r, "facility")
    p = person(r)
    d = rdate(r)
    rel = plus(d, r.randint(14, 60))
    a = addr_us(r)
    b.t("PRE-RELEASE MEDICAID APPLICATION - JUSTICE-INVOLVED INDIVIDUAL\n")
    b.t(f"Submitted by: {fac.name} Reentry Benefits Coordinator\n\n")
    b.t("Section 1 - Applicant\n")
    form(b, r, [("Last name", p.s, P_), ("First name", p.g, P_), ("MI", p.m or "", None) if p.m else None,
                ("Date of birth", fdate(r, rdob(r)), DOB), ("Social Security Number", ssn(r), SSN),
                ("Sex", p.sex, None), ("Preferred language", "English" if chance(r, .5) else {"hisp": "Spanish", "viet": "Vietnamese", "somali": "Somali", "arab": "Arabic", "kor": "Korean", "chin": "Mandarin", "fil": "Tagalog", "pol": "Polish"}.get(p.cul, "English"), None)], style="pad")
    b.t("\nSection 2 - Incarceration\n")
    form(b, r, [("Facility", fac.name, None), ("Inmate ID", doc_no(r), None), ("Admission date", fdate(r, plus(d, -r.randint(100, 2000))), DT),
                ("Anticipated release date", fdate(r, rel), DT)], style="pad")
    b.t("\nSection 3 - Post-release contact\n")
    split = chance(r, 0.6)
    if split:
        form(b, r, [("Street", street_line(a, " "), ADR), ("City", a["city"], LOC), ("State", a["region"], LOC), ("ZIP", a["pc"], None),
                    ("Phone", phone(r, "us", a["area"]), PH)], style="pad")
    else:
        form(b, r, [("Mailing address", addr_one(r, a), ADR), ("Phone", phone(r, "us", a["area"]), PH)], style="pad")
    b.t("\nSection 4 - Prior coverage\n")
    form(b, r, [("Previous Medicaid ID", health_plan(r, "medicaid"), HPN) if chance(r, .7) else ("Previous Medicaid ID", "none", None),
                ("Managed care plan", r.choice(["Sunflower Health", "Molina", "UnitedHealthcare Community Plan", "Aetna Better Health", "none"]), None),
                ("Member ID", health_plan(r, "mco"), HPN) if chance(r, .5) else None,
                ("Medicare", health_plan(r, "medicare"), HPN) if chance(r, .15) else None,
                ("Group number", f"{dd(r, 6)}-{rs(r, UP, 2)}", None) if chance(r, .3) else None], style="pad")
    b.t("\nSection 5 - Authorized representative\n")
    rep = person(r)
    b.s("  ", (nm(r, rep, ["full", "mid"]), P_), f", Reentry Benefits Coordinator, ", (fac.phone, PH), "\n")
    b.t("\nSignature of applicant: ________________   Date: ").e(fdate(r, d, style=0), DT).t("\n")
    b.t(f"Form MA-{r.randint(100, 999)} ({r.randint(1, 12)}/{r.randint(19, 24)})\n")
    return b


def k_parole_decision(r):
    b = B()
    inm = person(r)
    panel = [person(r) for _ in range(r.randint(2, 3))]
    d = rdate(r)
    b.t(f"{r.choice(['STATE BOARD OF PAROLE', 'PAROLE BOARD', 'BOARD OF PAROLE HEARINGS'])}\nNOTICE OF DECISION\n\n")
    b.s("Inmate: ", (nm(r, inm, ["LFM", "LF", "full"]), P_), f"     No. {doc_no(r)}\n")
    b.s("Hearing date: ", (fdate(r, d), DT), "     Institution: ", f"{r.choice(COUNTIES)} {r.choice(FAC_TYPES)}", "\n")
    b.t("Panel: ")
    for i, p in enumerate(panel):
        if i:
            b.t(", ")
        b.t(r.choice(["Commissioner ", "Member ", "Deputy Commissioner ", ""])).e(nm(r, p, ["full", "s", "fi"]), P_)
    b.t("\n\n")
    dec = r.choice(["PAROLE GRANTED", "PAROLE DENIED", "DEFERRED", "GRANTED - TRANSITIONAL CONTROL"])
    b.t(f"DECISION: {dec}\n\n")
    if "DENIED" in dec or "DEFERRED" in dec:
        b.t(f"Reasons: nature of the offense; {r.choice(['insufficient programming', 'recent disciplinary reports (RVR)', 'lack of viable parole plan'])}. ")
        b.t(f"Next consideration in {r.choice([12, 18, 24, 36])} months. ")
        b.s("You may submit a request for reconsideration by ", (fdate(r, plus(d, 30)), DT), ".\n")
    else:
        rd = plus(d, r.randint(30, 120))
        b.s("Projected parole date: ", (fdate(r, rd), DT), ". Special conditions: no contact with victim(s) ")
        v = person(r)
        b.e(nm(r, v, ["full", "fi"]), P_)
        b.t("; substance abuse treatment; electronic monitoring 90 days; reside in ")
        c = us_city(r)
        b.e(pick(r, c[0], US_STATES[c[1]], f"{c[0]}, {c[1]}"), LOC).t(" unless approved.\n")
    b.t(f"\nVote: {r.choice(['2-1', '3-0', '2-0'])}. This decision is final unless modified by the full board.\n")
    return b


def k_interstate_compact(r):
    b = B()
    cl = person(r)
    s1, s2 = r.sample(US_CITIES, 2)
    off1 = person(r)
    off2 = person(r)
    d = rdate(r)
    ra = addr_us(r, s2)
    hostp = person(r)
    b.t("INTERSTATE COMPACT FOR ADULT OFFENDER SUPERVISION\nTRANSFER REQUEST (Application for Transfer)\n\n")
    fields = [("Offender", nm(r, cl, ["LF", "LFM", "full"]), P_), ("DOB", fdate(r, rdob(r)), DOB), ("Sending state", US_STATES[s1[1]], LOC),
              ("Receiving state", US_STATES[s2[1]], LOC), ("Compact ID", f"{s1[1]}{dd(r, 8)}", None), ("Supervision type", r.choice(["Probation", "Parole"]), None),
              ("Supervision end", fdate(r, plus(d, r.randint(200, 1500))), DT), ("Request date", fdate(r, d), DT)]
    form(b, r, fields, style=r.choice(["pad", "colon", "pipe"]))
    b.t("\nPLAN OF SUPERVISION\n")
    b.s("Proposed residence: ", (addr_one(r, ra), ADR), "\n")
    b.s("Resident family: ", (nm(r, hostp, ["full"]), P_), f" ({rel(r, hostp)}), who has lived in ", (f"{s2[0]}, {s2[1]}", LOC), f" for {r.randint(2, 30)} years. Phone ", (phone(r, "us", s2[3]), PH), "\n")
    b.t(f"Employment: offer letter from {r.choice(EMPLOYERS)} (start upon approval)\n")
    b.t(f"Reason for transfer: {r.choice(['resident family and employment', 'military orders', 'medical care', 'spouse resides in receiving state'])}\n")
    b.t("Mandatory: offender is a resident of the receiving state (Rule 3.101).\n\n")
    b.s("Sending officer: ", (nm(r, off1, ["full", "fi"]), P_), ", ", (phone(r, "us", s1[3]), PH), "\n")
    b.s("Compact office contact: ", (nm(r, off2, ["full"]), P_), ", ", (email_for(r, off2, r.choice(["icaos-office.org", "doc-compact.net", "interstatecompact.example.gov"])), EM), "\n")
    b.s("Reporting instructions must be issued within 2 business days. Response due by ", (fdate(r, plus(d, 45)), DT), ".\n")
    return b


def k_travel_permit(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    off = person(r)
    d = rdate(r)
    dep = plus(d, r.randint(3, 20))
    ret = plus(dep, r.randint(1, 10))
    intl = chance(r, 0.15)
    b.t(f"{ag.name}\n{r.choice(['TRAVEL PERMIT', 'PERMISSION TO TRAVEL', 'Out-of-State Travel Authorization'])}\n\n")
    b.s("Client: ", (nm(r, cl, ["full", "LF"]), P_), f"    Case: {case_no(r)}\n")
    if intl:
        dest = r.choice(WORLD_PLACES)
        b.s("Destination: ", (dest, LOC), "\n")
        b.t("NOTE: International travel requires court approval (order attached).\n")
    else:
        c = us_city(r)
        b.s("Destination: ", (f"{c[0]}, {c[1]}" if chance(r, .6) else f"{c[0]}, {US_STATES[c[1]]}", LOC), "\n")
        a = addr_us(r, c)
        hp = person(r)
        b.s("Staying at: ", (addr_one(r, a), ADR), " with ", (nm(r, hp, ["full"]), P_), " (", (phone(r, "us", c[3]), PH), ")\n")
    b.s("Departure: ", (fdate(r, dep), DT), "    Return: ", (fdate(r, ret), DT), "\n")
    b.t(f"Purpose: {r.choice(['funeral of grandmother', 'job interview', 'family reunion', 'medical treatment', 'court appearance in another county', 'CDL training'])}\n")
    b.t(f"Transportation: {r.choice(['Greyhound', 'personal vehicle, plate ' + plate(r), 'flight ' + rs(r, UP, 2) + str(r.randint(100, 2999)) + ' (DEN-PHX)', 'ride with sister'])}\n\n")
    b.s("Client must report by phone on return, no later than ", (ftime(r, 17, 0), DT), " the following business day.\n")
    b.s("Approved by: ", (nm(r, off, ["full", "fi"]), P_), "   ", (fdate(r, d), DT), "\n")
    b.t("Carry this permit at all times. Law enforcement may verify at ").e(ag.phone, PH).t(".\n")
    return b


def k_cs_timesheet(r):
    b = B()
    cl = person(r)
    site = r.choice(["Habitat for Humanity ReStore", "County Animal Shelter", "Second Harvest Food Bank", "Parks & Recreation", "Goodwill Industries", "St. Mary's Soup Kitchen"])
    sup = person(r)
    sa = addr_us(r)
    b.t("COMMUNITY SERVICE HOURS LOG\n")
    b.s("Participant: ", (nm(r, cl, ["full", "LF"]), P_), f"   Case #{case_no(r)}   Hours ordered: {r.choice([40, 80, 100, 150, 200])}\n")
    b.s("Work site: ", site, ", ", (addr_one(r, sa), ADR), "\n")
    b.s("Site supervisor: ", (nm(r, sup, ["full", "mid"]), P_), "  Ph: ", (phone(r, "us", sa["area"]), PH), "\n\n")
    b.t(f"{'Date':<13}{'Time in':<11}{'Time out':<11}{'Hours':>6}  Task\n")
    d = rdate(r)
    tot = 0
    tst = r.randint(0, 4)
    for _ in range(r.randint(3, 8)):
        d = plus(d, r.randint(1, 9))
        h = r.randint(7, 13)
        dur = r.randint(2, 6)
        tot += dur
        b.pad(fdate(r, d, style=0), DT, 13).pad(ftime(r, h, 0, st=tst), DT, 11).pad(ftime(r, h + dur, 0, st=tst), DT, 11)
        b.t(f"{dur:>6.1f}  {r.choice(['sorting donations', 'kennel cleaning', 'litter pickup', 'kitchen prep', 'painting', 'inventory'])}\n")
    b.t(f"{'':<35}{tot:>6.1f}  TOTAL\n\n")
    b.t("Supervisor signature: ______________  (initial each entry)\n")
    return b


def k_jail_incident(r):
    b = B()
    fac = Agency(r, "facility")
    d = rdate(r)
    h, m = r.randint(0, 23), r.randint(0, 59)
    inms = [person(r) for _ in range(r.randint(1, 3))]
    staff_ = [person(r) for _ in range(r.randint(1, 3))]
    b.t(f"{fac.name}\nINCIDENT REPORT\n\n")
    form(b, r, [("Incident #", f"IR-{d.year}-{dd(r, 5)}", None), ("Date of incident", fdate(r, d), DT), ("Time", ftime(r, h, m), DT),
                ("Location", f"Housing Unit {r.choice('ABCDEF')}{r.randint(1, 4)}, Cell {r.randint(101, 248)}", None),
                ("Type", r.choice(["Inmate-on-inmate assault", "Contraband recovered", "Use of force", "Medical emergency - suspected overdose", "Self-harm attempt"]), None),
                ("Reporting officer", nm(r, staff_[0], ["full", "LF", "fi"]), P_)], style="pad")
    b.t("\nINMATES INVOLVED\n")
    for p in inms:
        b.t("  ").e(nm(r, p, ["LF", "LFM", "LFA"]), P_).t(f"  Booking #{booking_no(r)}  Classification {r.choice(['MAX', 'MED', 'MIN'])}\n")
    b.t("\nNARRATIVE\n")
    t2 = (h + (m + 4) // 60) % 24, (m + 4) % 60
    b.s("On the above date at approximately ", (ftime(r, h, m), DT), ", I, Officer ", (staff_[0].s, P_), ", was conducting a security round when I observed inmate ",
        (inms[0].s.upper(), P_), " ", r.choice(["lying unresponsive on the lower bunk", "striking another inmate with a closed fist", "passing a folded paper to the adjacent cell", "attempting to cover the cell window"]), ". ")
    b.s("I called a Code ", r.choice(["Blue", "Red", "3"]), " via radio at ", (ftime(r, *t2), DT), ". ")
    if len(staff_) > 1:
        b.s("Sgt. ", (nm(r, staff_[1], ["full", "s"]), P_), " responded and ")
    b.t(r.choice(["two doses of Narcan were administered; the inmate regained consciousness.", "restraints were applied without further incident.",
                  "a search recovered suboxone strips concealed in a book binding.", "the inmates complied with verbal commands."]) + " ")
    b.t(f"Medical staff evaluated at the scene; transported to outside hospital: {r.choice(['yes', 'no'])}. ")
    b.t(f"Evidence bag #{dd(r, 6)} placed in locker {r.randint(1, 40)}. Body-worn camera footage retained (clip {rs(r, HEX, 8)}).\n\n")
    b.s("Shift supervisor: ", (nm(r, staff_[-1], ["full", "LF"]), P_), "\n")
    return b


def k_shift_log(r):
    b = B()
    fac = Agency(r, "facility")
    d = rdate(r)
    unit = f"{r.choice(['A', 'B', 'C', 'D', 'SEG', 'MED', 'W'])}-{r.randint(1, 6)}"
    off = person(r)
    b.t(f"{fac.name} - UNIT {unit} - SHIFT LOG\n")
    sh = r.choice([("A (0600-1400)", 600), ("B (1400-2200)", 1400), ("C (2200-0600)", 2200)])
    b.s("Date: ", (fdate(r, d, style=0), DT), f"   Shift: {sh[0]}   Officer: ", (nm(r, off, ["LF", "full", "fi"]), P_), "\n\n")
    t = sh[1]
    colon = chance(r, .3)
    pop = r.randint(24, 64)
    entries = []
    for _ in range(r.randint(8, 14)):
        kind = r.choice(["count", "inm", "inm", "round", "meal", "inm", "med", "court"])
        p = person(r)
        if kind == "count":
            entries.append([(f"Formal count cleared {pop}/{pop}", None)])
        elif kind == "round":
            entries.append([(f"Security round completed, all cells secure. Log #{dd(r, 4)}", None)])
        elif kind == "meal":
            entries.append([(r.choice(["Meal", "Chow", "Snack"]) + f" served, {pop - r.randint(0, 3)} trays", None)])
        elif kind == "med":
            entries.append([("Med pass by nurse ", None), (nm(r, p, ["s", "full"]), P_), (f", {r.randint(5, 20)} inmates", None)])
        elif kind == "court":
            entries.append([("Inmate ", None), (nm(r, p, ["LF", "LFA"]), P_), (f" #{doc_no(r).lstrip('#')} to court transport; return expected by ", None), (ftime(r, r.randint(13, 17), 0), DT)])
        else:
            entries.append([("Inmate ", None), (nm(r, p, ["LF", "LFA", "s"]), P_), (" ", None),
                            (r.choice(["refused meal", "moved to cell " + str(r.randint(101, 130)), "escorted to medical", "received legal mail", "visit with attorney", "placed on 15-min watch", "released on bond"]), None)])
    for e in entries:
        t = t + r.randint(5, 55)
        if t % 100 >= 60:
            t += 40
        t %= 2400
        b.t(f"{t // 100:02d}:{t % 100:02d}  " if colon else f"{t:04d} ")
        b.s(*e)
        b.t("\n")
    b.t("\nEnd of shift. Keys/radio #" + dd(r, 3) + " passed to oncoming officer.\n")
    return b


def k_hl7_jail(r):
    b = B()
    p = person(r)
    a = addr_us(r)
    d = rdate(r)
    ts = f"{d.year}{d.month:02d}{d.day:02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    fac = r.choice(["CNTYJAIL", "DOCMED", "RJHEALTH", "CCJ_EHR"])
    ev = r.choice(["A04", "A01", "A08", "A03"])
    b.t(f"MSH|^~\\&|{fac}|{r.choice(COUNTIES).upper()}|HIE|STATE|{ts}||ADT^{ev}|{dd(r, 10)}|P|2.5.1\n")
    b.t(f"EVN|{ev}|{ts}\n")
    hl7n = f"{ascii_fold(p.s).upper()}^{ascii_fold(p.g).upper()}" + (f"^{p.m}" if p.m else "")
    db = rdob(r)
    b.t(f"PID|1||").e(mrn(r), MRN).t(f"^^^{fac}^MR~{doc_no(r).lstrip('#')}^^^DOC^PI||").e(hl7n, P_).t("||").e(f"{db.year}{db.month:02d}{db.day:02d}", DOB)
    b.t(f"|{p.sex}|||").e(f"{street_line(a, ' ').upper()}^^{a['city'].upper()}^{a['region']}^{a['pc']}", ADR).t("||")
    b.e(phone(r, "us", a["area"], style="p"), PH).t("|||||")
    if chance(r, 0.6):
        b.e(ssn(r, "n"), SSN)
    b.t("\n")
    b.t(f"PV1|1|{r.choice(['O', 'I'])}|{r.choice(['INTAKE', 'MEDUNIT', 'INFIRM'])}^{r.randint(1, 20)}^{r.randint(1, 4)}|||||")
    doc = person(r)
    b.t(f"{npi(r)}^").e(f"{ascii_fold(doc.s).upper()}^{ascii_fold(doc.g).upper()}", P_).t("^^^^MD\n")
    if chance(r, 0.7):
        b.t(f"IN1|1|MCD|{dd(r, 5)}|{r.choice(['STATE MEDICAID', 'INMATE HEALTH FUND', 'MOLINA HEALTHCARE'])}|||||||||||").e(hl7n, P_).t("|SEL|")
        b.e(f"{db.year}{db.month:02d}{db.day:02d}", DOB).t("||||||||||||||||||").e(health_plan(r, "medicaid"), HPN).t("\n")
    b.t(f"DG1|1||{r.choice(ICD)}^{r.choice(['Opioid dependence', 'Alcohol withdrawal', 'PTSD', 'Type 2 diabetes'])}^I10||{ts[:8]}|A\n")
    return b


def k_home_study(r):
    b = B()
    ag = Agency(r, "cw")
    p1 = person(r, sex="F")
    p2 = person(r, sex="M", surname=p1.s if chance(r, .6) else None)
    kid = person(r)
    wk = person(r)
    a = addr_us(r, ag.city)
    d = rdate(r)
    b.t(f"{ag.name}\nHOME STUDY - {r.choice(['RELATIVE PLACEMENT', 'KINSHIP CARE', 'ICPC', 'ADOPTIVE'])}\n\n")
    b.s("Applicants: ", (nm(r, p1, ["full", "mid"]), P_), " and ", (nm(r, p2, ["full", "mid"]), P_), "\n")
    b.s("Home address: ", (addr_one(r, a), ADR), "\n")
    b.s("Home visits conducted: ", (fdate(r, plus(d, -r.randint(10, 30))), DT), " and ", (fdate(r, d), DT), "\n")
    b.s("Child(ren) considered: ", (nm(r, kid, ["full"]), P_), ", born ", (fdate(r, rdob(r, 2009, 2023)), DOB), "\n\n")
    b.t("HOUSEHOLD MEMBERS\n")
    b.t(f"{'Name':<28}{'DOB':<13}{'Relationship':<16}Background check\n")
    hh = [(p1, "applicant", rdob(r, 1962, 1996)), (p2, "applicant", rdob(r, 1960, 1996))]
    for _ in range(r.randint(0, 3)):
        k = person(r, surname=p1.s)
        hh.append((k, r.choice(["son", "grandson", "nephew"]) if k.sex == "M" else r.choice(["daughter", "granddaughter", "niece"]), rdob(r, 2005, 2022)))
    hstyle = r.choice(["full", "LF"])
    for p, rl, bd in hh:
        n_ = nm(r, p, hstyle)
        chk = "n/a (minor)" if bd.year > 2007 else r.choice(['clear', 'clear', 'CA/N hit 2014 - unsubstantiated', 'DUI 2016'])
        b.pad(n_, P_, 28).pad(fdate(r, bd, style=0), DOB, 13).t(f"{rl:<16}{chk}\n")
    b.t("\nINCOME AND EMPLOYMENT\n")
    b.e(p1.g, P_).t(f" works as a {r.choice(['CNA', 'school bus driver', 'cashier', 'medical assistant'])} ({money(r, 1800, 4200)}/month). ")
    b.e(p2.g, P_).t(f" {r.choice(['receives SSDI', 'is a welder', 'drives for a delivery company', 'is retired (Army veteran)'])}.\n\n")
    b.t("REFERENCES\n")
    for _ in range(r.randint(2, 3)):
        rf = person(r)
        b.t("  - ").e(nm(r, rf, ["full"]), P_).t(", ").e(phone(r, "us", a["area"]), PH).t(f" ({r.choice(['pastor', 'neighbor', 'employer', 'friend of 12 years'])}) - positive\n")
    b.t("\nHOME ENVIRONMENT: " + r.choice(["3-bedroom single-family home, fenced yard, working smoke detectors; firearms stored in locked safe.",
                                         "2-bedroom apartment; child would share a room with cousin (same gender, under 6).",
                                         "Mobile home in good repair; well water tested negative for coliform."]) + "\n\n")
    b.t("RECOMMENDATION: " + r.choice(["Approved for placement.", "Approved pending fingerprint results.", "Not approved - space requirements."]) + "\n\n")
    b.e(nm(r, wk, ["full", "mid"]), P_).t(f", {r.choice(CW_TITLES)}   ").e(fdate(r, plus(d, 3)), DT).t("\n")
    return b


def k_foster_notice(r):
    b = B()
    ag = Agency(r, "cw")
    kid = person(r)
    fp = person(r)
    wk = person(r)
    a = addr_us(r, ag.city)
    d = rdate(r)
    b.t(ag.name + "\n").e(addr_one(r, ag.addr), ADR).t("\n\n").e(fdate(r, d), DT).t("\n\n")
    b.t("NOTICE OF PLACEMENT CHANGE\n\n")
    b.s("To: ", r.choice(["Juvenile Court Clerk", "Guardian ad litem", "Parents' counsel", "CASA volunteer"]), "\n")
    kd = rdob(r, 2008, 2019)
    b.s("Re: ", (nm(r, kid, ["full", "LF"]), P_), " (DOB ", (fdate(r, kd, style=0), DOB), f")   Juvenile Case {case_no(r)}\n\n")
    b.s("Please be advised that the above child was moved on ", (fdate(r, plus(d, -r.randint(0, 5))), DT), " from ", r.choice(["an emergency shelter", "a licensed foster home", "a relative placement"]),
        " to the licensed foster home of ", (nm(r, fp, ["full", "mid"]), P_), ".\n\n")
    if chance(r, 0.5):
        b.s("Placement address (confidential - do not disclose to parents): ", (addr_one(r, a), ADR), "\n")
    b.t(f"School: {r.choice([x for x in SCHOOLS if ('High' in x) == (kd.year < 2012) and ('Middle' not in x)])} (school of origin maintained; transportation by district).\n")
    b.s("Medicaid: ", (health_plan(r, "medicaid"), HPN), "   Primary care: Dr. ", (nm(r, person(r), ["s", "full"]), P_), "\n")
    b.s("Next permanency hearing: ", (fdt(r, plus(d, r.randint(20, 90)), *r.choice([(9, 0), (10, 30), (13, 30)])), DT), "\n\n")
    b.t("Parent-child visitation continues " + r.choice(["weekly, supervised, at the agency", "every other Saturday", "twice weekly by video"]) + ".\n\n")
    b.s("Caseworker: ", (nm(r, wk, ["full"]), P_), "  ", (phone(r, "us", ag.city[3]), PH), "  ", (email_for(r, wk, ag.domain), EM), "\n")
    return b


def k_hotline_transcript(r):
    b = B()
    iw = person(r)
    rep = person(r)
    kid = person(r, sex="F")
    a = addr_us(r)
    b.t(f"CALL TRANSCRIPT - Statewide Child Abuse Hotline   Call ID {dd(r, 10)}   Line {r.randint(1, 24)}\n\n")
    sec = r.randint(0, 20)
    iwn, rn = "Intake", "Caller"

    def ln(who, *segs):
        nonlocal sec
        sec += r.randint(4, 40)
        b.t(f"[{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}] {who}: ")
        b.s(*segs)
        b.t("\n")
    ln(iwn, "Child abuse hotline, this is ", (iw.g, P_), ". This call is recorded. What's your name?")
    ln(rn, "It's ", (nm(r, rep, ["full"]), P_), ". I'm a ", r.choice(["school nurse", "neighbor", "daycare provider", "youth pastor"]), ".")
    ln(iwn, "What number can we reach you at?")
    ln(rn, (phone(r, "us", a["area"], style=r.choice(["d", "p"])), PH), ".")
    ln(iwn, "Who is the child you're concerned about?")
    ln(rn, (nm(r, kid, ["full", "g"]), P_), ", she's about ", str(r.randint(3, 14)), ". Her birthday is ", (fdate(r, rdob(r, 2010, 2022), style=2), DOB), ", I have it on the enrollment form.")
    ln(iwn, "And where does she live?")
    ln(rn, (addr_one(r, a), ADR), ". With her mom, ", (nm(r, person(r, sex="F", surname=kid.s), ["full", "g"]), P_), ".")
    ln(iwn, "What happened?")
    ln(rn, r.choice(["She came in today with marks on her arms and said her mom's boyfriend did it.", "She told me nobody was home all weekend and there was no food.",
                     "She said she's scared to go home because of the fighting."]))
    ln(iwn, "When did you notice this?")
    ln(rn, "This morning around ", (ftime(r, r.randint(8, 10), r.choice([0, 15, 30])), DT), ".")
    ln(iwn, "Thank you. A worker may contact you within 24 hours.")
    b.t(f"\n-- call ended; duration {sec // 60} min {sec % 60} s; screener decision: {r.choice(['ACCEPT - P2', 'ACCEPT - P1', 'SCREEN OUT - I&R'])}\n")
    return b


def k_drug_court_docket(r):
    b = B()
    county = r.choice(COUNTIES)
    judge = person(r)
    d = rdate(r)
    while d.weekday() > 4:
        d = plus(d, 1)
    b.t(f"{county.upper()} COUNTY ADULT TREATMENT COURT\nDOCKET - ").e(fdate_wd(r, d), DT).t("\n")
    b.s("Presiding: Hon. ", (nm(r, judge, ["full", "fi"]), P_), f"   Courtroom {r.randint(1, 9)}{r.choice('ABC')}\n\n")
    b.t(f"{'TIME':<10}{'PARTICIPANT':<30}{'CASE':<22}{'PHASE':<7}{'STATUS'}\n")
    t = [8, 30]
    tst = r.choice([0, 4, 0, 1])
    nsty = r.choice(["LF", "LFA", "full"])
    for _ in range(r.randint(6, 12)):
        p = person(r)
        b.pad(ftime(r, t[0], t[1], "us", st=tst), DT, 10).pad(nm(r, p, nsty), P_, 30)
        b.t(f"{case_no(r):<22}{r.choice(['1', '2', '3', '4', 'GRAD']):<7}{r.choice(['Compliant - incentive', 'Sanction: 8 hrs CS', 'Missed UA', 'Phase-up', 'Warrant review', 'Jail sanction 48h', 'Graduation'])}\n")
        t[1] += r.choice([5, 10, 15])
        if t[1] >= 60:
            t = [t[0] + 1, t[1] - 60]
    b.t("\nStaffing 7:45 in jury room. Coordinator: ")
    co = person(r)
    b.e(nm(r, co, ["full"]), P_).t(" ").e(phone(r, "us"), PH).t("\n")
    return b


def k_fee_statement(r):
    b = B()
    ag = Agency(r)
    p = person(r)
    a = addr_us(r, ag.city)
    d = rdate(r)
    b.t(f"{ag.name}\nSUPERVISION FEE STATEMENT\n\n")
    b.e(nm(r, p, ["FULL", "full"]), P_).t("\n").e(addr_multi(r, a) if chance(r, .6) else addr_upper(a), ADR).t("\n\n")
    form(b, r, [("Statement date", fdate(r, d), DT), ("Account number", acct_num(r, "cust"), ACC), ("Case", case_no(r), None),
                ("Payment due", fdate(r, plus(d, 25)), DT), ("Amount due", money(r, 25, 400), None)], style=r.choice(["pad", "pipe"]))
    b.t("\nPrevious balance  " + money(r, 0, 900) + "\nPayments received  -" + money(r, 0, 200) + "\nMonthly fee  $" + str(r.choice([25, 30, 40, 50])) + ".00\n\n")
    b.t("Pay online: ").e(f"https://pay.{ag.domain}/supervision-fees?acct=" + dd(r, 8), URL).t("\n")
    b.t("Pay by phone: ").e(phone(r, "tollfree"), PH).t(" (24/7, convenience fee applies)\n")
    b.t("Mail checks/money orders payable to the department to: ").e(addr_one(r, addr_us(r, ag.city, po_box=True)), ADR).t("\n")
    b.t(f"\nFee waivers may be requested under {statute(r)} if income is below 125% FPL.\n")
    return b


def k_ci_pipeline_log(r):
    b = B()
    d = rdate(r)
    t = dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    repo = r.choice(["probation-cms", "reentry-portal", "victim-notify-svc", "em-bridge", "trust-accounting"])

    def ln(s):
        nonlocal t
        t += dt.timedelta(seconds=r.randint(0, 20), milliseconds=r.randint(0, 999))
        b.t(t.isoformat(timespec="milliseconds") + "0000Z " + s)
    ln(f"##[group]Run actions/checkout@v4\n")
    ln(f"  repository: county-it/{repo}\n")
    ln("  token: ***\n")
    ln("##[endgroup]\n")
    ln(f"HEAD is now at {sha(r, 7)} Merge pull request #{r.randint(100, 999)} from county-it/fix/{r.choice(['ua-import', 'fee-calc', 'icots-sync'])}\n")
    ln("##[group]Run ./scripts/deploy.sh\n")
    ln("  env:\n")
    ln("    AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n")
    ln("    GH_TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n")
    ln("##[endgroup]\n")
    ln(f"+ echo 'deploying {repo} {version(r)} to prod'\n")
    leak = r.choice(["gh", "aws", "both", "stripe"])
    if leak in ("gh", "both"):
        ln("+ echo ")
        b.e(gh_token(r), GH).t(" | gh auth login --with-token\n")
    if leak in ("aws", "both"):
        ln("+ aws configure set aws_access_key_id ")
        b.e(aws_ak(r), AK).t("\n")
        ln("+ aws configure set aws_secret_access_key ")
        b.e(aws_sk(r), ASK).t("\n")
    if leak == "stripe":
        ln("+ curl -s ")
        b.e("https://api.stripe.com/v1/balance", URL).t(" -u ")
        b.e(stripe_key(r), ST).t(":\n")
    ln(f"Uploading build artifact sha256:{sha(r, 64)}\n")
    ln(f"Deployment {uuid4(r)} finished in {r.randint(30, 400)}s\n")
    ln("##[warning]Secret scanning detected a possible credential in the log output. Rotate it.\n")
    return b


def k_slack_export(r):
    b = B()
    users = [person(r) for _ in range(3)]
    ch = r.choice(["probation-it", "cms-support", "em-vendor-escalations", "reentry-dev"])
    base = r.randint(1672531200, 1756684800)
    msgs = []
    msgs.append((0, [("anyone know why the nightly ICOTS sync failed? job id ", None), (str(r.randint(10000, 99999)), None)]))
    msgs.append((1, [("token expired I think. new bot token is ", None), (slack_token(r), SL), (" (will move it to vault, promise)", None)]))
    if chance(r, 0.6):
        msgs.append((2, [("also the kiosk API key for building ", None), (str(r.randint(1, 5)), None), (" is ", None), (generic_secret(r, r.choice(["vendor", "hex32"])), GS)]))
    msgs.append((0, [("please don't paste secrets here :facepalm:", None)]))
    if chance(r, 0.5):
        msgs.append((2, [("fyi ", None), (users[0].g, P_), (" - officer ", None), (nm(r, person(r), ["full"]), P_), (" can't log in from ", None), (ipv4(r), IP), (", locked out after MFA reset", None)]))
    b.t("[\n")
    ts = base
    for i, (u, segs) in enumerate(msgs):
        ts += r.randint(20, 600)
        p = users[u]
        b.t("  {\n")
        b.t(f'    "type": "message",\n    "user": "U0{rs(r, UP + DG, 8)}",\n')
        b.t('    "user_profile": {"real_name": "').e(nm(r, p, "full"), P_).t(f'", "display_name": "{ascii_fold(p.g).lower()}.{ascii_fold(p.s[0]).lower()}"}},\n')
        b.t('    "text": "')
        b.s(*segs)
        b.t(f'",\n    "ts": "{ts}.{dd(r, 6)}"\n  }}' + ("," if i < len(msgs) - 1 else "") + "\n")
    b.t("]\n")
    return b


def k_sftp_key_email(r):
    b = B()
    ag = Agency(r)
    it = person(r)
    clerk = person(r)
    d = rdate(r)
    hdr_email(b, r, [(nm(r, it, "full"), email_for(r, it, ag.domain))], [(nm(r, clerk, "full"), email_for(r, clerk, r.choice(["courts.example-state.gov", "clerkofcourt.org", "judicial-branch.net"])))],
              subj=f"SFTP credentials for nightly disposition file ({ticket(r)})", date=hdr_date(r, d))
    b.s((clerk.g, P_), ",\n\nAs discussed, here are the connection details for the nightly court disposition drop. ")
    b.t("Please store the key in your password manager and delete this e-mail.\n\n")
    b.t("  Host:     sftp." + ag.domain + " (").e(ipv4(r, False), IP).t(")\n  Port:     22\n  Username: court_xfer\n")
    if chance(r, 0.4):
        b.t("  Key passphrase: ").e(password(r, "phrase"), PW).t("\n")
    b.t(f"  Path:     /inbound/dispositions/\n  Schedule: 02:15 daily (cron)\n\n")
    b.e(pem(r, r.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY"])), PK).t("\n\n")
    b.t("Fingerprint SHA256:" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=") + "\n\n")
    b.t("Thanks,\n")
    sig_block(b, r, it, r.choice(["Systems Administrator", "Applications Analyst II", "IT Security Engineer"]), ag, None, with_addr=False)
    return b


def k_jwt_ticket(r):
    b = B()
    dev = person(r)
    off = person(r)
    ag = Agency(r)
    iat = r.randint(1672531200, 1756684800)
    em = email_for(r, off, ag.domain)
    payload = {"sub": str(r.randint(1000, 99999)), "name": nm(r, off, "full"), "email": em, "role": "probation_officer",
               "caseload": r.randint(40, 120), "iat": iat, "exp": iat + 3600}
    tok = jwt(r, payload)
    b.t(f"Ticket {ticket(r)} - 401 from /api/v2/caseload after SSO migration\n")
    b.s("Reporter: ", (nm(r, dev, ["full"]), P_), f"   Priority: P{r.randint(2, 4)}   Component: auth-gateway {version(r)}\n\n")
    b.t("Steps: log in as a PO, open caseload. Request fails with 401.\n\nCaptured header:\n")
    b.t("  Authorization: Bearer ").e(tok, JWT).t("\n\nDecoded payload:\n")
    emit_json(b, {"sub": payload["sub"], "name": J(payload["name"], P_), "email": J(em, EM), "role": payload["role"],
                  "caseload": payload["caseload"], "iat": iat, "exp": iat + 3600}, ind=2, lvl=0)
    b.t("\n\nThe token validates against the old issuer; gateway expects `iss`. Workaround: clear cookies. Fix in next release.\n")
    if chance(r, 0.5):
        b.t("Source IP of failing requests: ").e(ip(r), IP).t("\n")
    return b


def k_absconder_alert(r):
    b = B()
    ag = Agency(r)
    cl = person(r)
    off = person(r)
    d = rdate(r)
    a = addr_us(r, ag.city)
    b.t(f"*** ABSCONDER / WANTED - {r.choice(['LAW ENFORCEMENT SENSITIVE', 'FOR OFFICIAL USE ONLY'])} ***\n{ag.name}\n\n")
    form(b, r, [("Name", nm(r, cl, ["LFM", "LF", "FULL"]), P_), ("AKA", nm(r, person(r, sex=cl.sex), ["full", "g"]), P_) if chance(r, .5) else None,
                ("DOB", fdate(r, rdob(r)), DOB), ("Race/Sex", f"{r.choice(['W', 'B', 'H', 'A', 'I'])}/{cl.sex}", None),
                ("Ht/Wt", f"{r.randint(5, 6)}-{r.randint(0, 11):02d} / {r.randint(120, 290)}", None),
                ("Warrant #", f"W{dd(r, 8)}", None), ("NCIC", f"W{dd(r, 9)}", None), ("DL", dl_us(r, a["region"]), DL) if chance(r, .6) else None,
                ("Last known address", addr_one(r, a), ADR), ("Last contact", fdate(r, d), DT)], style=r.choice(["pad", "upper"]))
    b.t("\nVehicle: " + f"{r.randint(2004, 2020)} {r.choice(['Chevy Malibu', 'Ford F-150', 'Honda Accord', 'Nissan Altima', 'Dodge Charger'])}, "
        f"{r.choice(['silver', 'black', 'maroon', 'white'])}, plate {plate(r)}, VIN {vin(r)}\n")
    b.t("Associates / possible locations:\n")
    for _ in range(r.randint(1, 3)):
        p = person(r)
        b.t("  - ").e(nm(r, p, ["full", "LF"]), P_).t(f" ({rel(r, p)})")
        if chance(r, .6):
            b.t(", ").e(phone(r, "us", a["area"]), PH)
        if chance(r, .5):
            c = us_city(r)
            b.t(", possibly in ").e(f"{c[0]}, {c[1]}", LOC)
        b.t("\n")
    b.t(f"\nCaution: {r.choice(['history of fleeing', 'known to carry a knife', 'diabetic', 'prior assault on officer'])}. Cut GPS strap found on ")
    b.e(fdate(r, plus(d, 1)), DT).t(".\n")
    b.s("If located, hold and contact ", (nm(r, off, ["full", "fi"]), P_), " at ", (phone(r, "us", ag.city[3]), PH), " or the 24-hour warrant desk ", (ag.phone, PH), ".\n")
    return b


def k_phone_deposit(r):
    b = B()
    fac = Agency(r, "facility")
    payer = person(r)
    inm = person(r, surname=payer.s if chance(r, .5) else None)
    d = rdate(r)
    brand, num = card(r)
    exp = f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"
    amt = r.choice([25, 40, 50, 75, 100, 150, 200])
    if chance(r, 0.5):
        b.t(f"{fac.name} - Inmate Accounts\nPHONE / WALK-IN DEPOSIT WORKSHEET (staff use only - shred after posting)\n\n")
        form(b, r, [("Received", fdt(r, d, *rtime(r, 8, 16, tuple(range(0, 60, 1)))), DT), ("Caller / depositor", nm(r, payer, ["full", "LF"]), P_),
                    ("Relationship", rel(r, payer), None), ("Callback", phone(r, "us"), PH),
                    ("Deposit to inmate", [(nm(r, inm, ["LF", "LFA"]), P_), f"  #{doc_no(r).lstrip('#')}"], None),
                    ("Trust account", acct_num(r, "trust"), ACC) if chance(r, .6) else None,
                    ("Card", [f"{BRAND_NAME[brand]} ", (num, CC)], None), ("Exp", exp, DT),
                    ("Billing ZIP", dd(r, 5), None), ("Amount", f"${amt}.00 + ${r.choice(['2.95', '3.95', '4.50'])} fee", None),
                    ("Auth code", rs(r, UP + DG, 6), None)], style=r.choice(["pad", "colon"]))
        b.t(f"\nPosted by: {rs(r, UP, 2)}   Batch {dd(r, 5)}   Receipt {dd(r, 8)}\n")
    else:
        hdr_email(b, r, [(nm(r, payer, "full"), pemail(r, payer))], [(None, f"inmateaccounts@{fac.domain}")], subj=r.choice(["deposit for my son", "Money on books", "Please add funds", "deposit request"]), date=hdr_date(r, d))
        b.t(r.choice(["Hello,\n\n", "Good morning\n\n", "Hi\n"]))
        b.s(f"Can you please put ${amt} on ", (nm(r, inm, ["full", "g"]), P_), f"'s account, {'his' if inm.sex == 'M' else 'her'} number is {doc_no(r).lstrip('#')}. ")
        b.t("The kiosk in the lobby keeps declining my card and I live two hours away. ")
        b.s("My card is ", (num, CC), " exp ", (exp, DT), ", billing address ", (addr_one(r, addr_us(r)), ADR), ". ")
        b.s("You can call me at ", (phone(r, "us"), PH), " if you need anything else.\n\nThank you,\n", (nm(r, payer, ["full", "g"]), P_), "\n")
        b.t("\n-- reply --\nWe cannot accept card numbers by e-mail. Please use the online deposit page or the toll-free line. This message has been deleted per PCI policy.\n")
    return b


# ==========================================================================
# NON-ENGLISH KINDS
# ==========================================================================
def curp(r, p, d):
    f = lambda s: re.sub(r"[^A-Z]", "", ascii_fold(s).upper()) or "X"
    s = f(p.s)
    return f"{s[0]}{next((c for c in s[1:] if c in 'AEIOU'), 'X')}{f(p.s.split()[-1])[0]}{f(p.g)[0]}{d.year % 100:02d}{d.month:02d}{d.day:02d}{'H' if p.sex == 'M' else 'M'}{r.choice(['JC', 'DF', 'NL', 'BC', 'CH'])}{rs(r, 'BCDFGHJKLMNPRSTVZ', 3)}{r.choice('0A')}{r.randint(0, 9)}"


def k_es_mx_supervision(r):
    b = B()
    p = person(r, "mx")
    v = person(r, "mx")
    sup = person(r, "mx")
    a = addr_intl(r, "mx")
    d = rdate(r)
    db = rdob(r)
    b.t("UNIDAD DE SUPERVISIÓN DE MEDIDAS CAUTELARES Y SUSPENSIÓN CONDICIONAL DEL PROCESO\n")
    b.t(r.choice(["INFORME DE CUMPLIMIENTO", "INFORME MENSUAL DE SUPERVISIÓN", "REPORTE DE INCUMPLIMIENTO"]) + "\n\n")
    b.e(a["city"], LOC).t(", a ").e(fdate(r, d, "mx", style=1), DT).t("\n\n")
    form(b, r, [("Causa penal", f"{r.randint(1, 999)}/{d.year}", None), ("Imputado", nm(r, p, ["FULL", "full"]), P_),
                ("Fecha de nacimiento", fdate(r, db, "mx"), DOB), ("CURP", curp(r, p, db), None),
                ("Domicilio", addr_one(r, a), ADR), ("Teléfono", phone(r, "mx"), PH),
                ("Correo electrónico", pemail(r, p, "mx"), EM) if chance(r, .5) else None,
                ("Medida", r.choice(["Presentación periódica (art. 155, fr. I CNPP)", "Suspensión condicional del proceso", "Prohibición de acercarse a la víctima"]), None)],
         style=r.choice(["colon", "pad", "upper"]))
    b.t("\nCONDICIONES IMPUESTAS\n")
    b.t(f"1. Presentarse a firmar cada {r.choice(['8', '15', '30'])} días ante esta Unidad.\n")
    b.s("2. Abstenerse de acercarse a la víctima ", (nm(r, v, ["full", "FULL"]), P_), " y a su domicilio.\n")
    b.s("3. No salir de ", (a["city"], LOC), " sin autorización del Juez de Control.\n")
    b.t("\nREGISTRO DE FIRMAS\n")
    b.t(f"{'Fecha':<14}{'Hora':<10}Observaciones\n")
    for k in sorted(r.sample(range(1, 91), r.randint(3, 6)), reverse=True):
        fd = plus(d, -k)
        b.pad(fdate(r, fd, "mx", style=0), DT, 14).pad(f"{r.randint(8, 14):02d}:{r.choice(['00', '15', '30', '45'])}", DT, 10)
        b.t(r.choice(["Se presentó puntualmente", "Acudió con 20 min de retraso", "No se presentó", "Presentó constancia laboral", "Firma biométrica"]) + "\n")
    b.t("\n")
    b.s("Próxima audiencia de revisión: ", (fdt(r, plus(d, r.randint(10, 60)), r.choice([9, 10, 11, 12]), r.choice([0, 30]), "mx"), DT), ", Sala ", str(r.randint(1, 12)), ".\n\n")
    b.t("Atentamente\n\n").t(r.choice(["Lic. ", "Mtra. ", "Lic. ", "C. "])).e(nm(r, sup, ["full"]), P_).t("\nSupervisor(a) de Medidas\n")
    b.t("Tel. ").e(phone(r, "mx"), PH).t("\n")
    return b


def k_es_us_victim_letter(r):
    b = B()
    ag = Agency(r, "Victim Services Unit")
    v = person(r, "us") if chance(r, .3) else person(r, "mx")
    of = person(r)
    va = addr_us(r)
    adv = person(r)
    d = rdate(r)
    rel = plus(d, r.randint(10, 90))
    b.t("DEPARTAMENTO DE CORRECCIONES\nSERVICIOS A VÍCTIMAS\n").e(addr_one(r, ag.addr), ADR).t("\n\n")
    b.e(fdate(r, d, "mx", style=1), DT).t("\n\n")
    b.e(nm(r, v, ["full", "FULL"]), P_).t("\n").e(addr_multi(r, va), ADR).t("\n\n")
    b.t("ASUNTO: Notificación de liberación programada\n")
    b.s("Delincuente: ", (nm(r, of, ["LF", "full"]), P_), f"   Núm. DOC {doc_no(r)}\n\n")
    b.s("Estimado(a) ", "Sr. " if v.sex == "M" else "Sra. ", (v.s, P_), ":\n\n")
    c = us_city(r)
    b.s("Usted está inscrito(a) para recibir notificaciones sobre el recluso arriba mencionado. Le informamos que ", (nm(r, of, ["full", "s"]), P_),
        " será puesto en libertad el ", (fdate(r, rel, "mx", style=1), DT), " bajo supervisión en ", (f"{c[0]}, {c[1]}", LOC),
        ". La fecha puede cambiar por créditos de buena conducta u órdenes judiciales.\n\n")
    b.t("Las condiciones de supervisión incluyen no tener contacto con usted. Si el recluso intenta comunicarse con usted, llame al 911.\n\n")
    b.s("Para actualizar sus datos llame al ", (phone(r, "tollfree"), PH), " (oprima 2 para español) o visite ",
        (f"https://victimas.{ag.domain}/{r.choice(['registro', 'es/actualizar'])}", URL), ".\n\n")
    b.s("Su defensora de víctimas es ", (nm(r, adv, ["full"]), P_), ", teléfono ", (phone(r, "us", ag.city[3]), PH), ", correo ", (email_for(r, adv, ag.domain), EM), ".\n\n")
    b.t("Atentamente,\n\nServicios a Víctimas\n")
    return b


def k_es_informe_social(r):
    b = B()
    u = person(r, "es", sex="F")
    ts = person(r, "es", sex="F")
    a = addr_intl(r, "es")
    d = rdate(r)
    b.t("CENTRO MUNICIPAL DE SERVICIOS SOCIALES - ZONA " + r.choice(["NORTE", "SUR", "CENTRO", "ESTE"]) + "\nINFORME SOCIAL DE SEGUIMIENTO\n")
    b.t(f"Expediente SIUSS nº {dd(r, 2)}/{dd(r, 6)}   Programa: {r.choice(['Familia e Infancia', 'Protección de Menores', 'Inclusión Social'])}\n\n")
    b.t("1. DATOS DE IDENTIFICACIÓN\n")
    n_ = r.randint(10000000, 99999999)
    form(b, r, [("Nombre y apellidos", nm(r, u, ["full", "FULL"]), P_), ("DNI/NIE", f"{n_}{'TRWAGMYFPDXBNJZSQVHLCKE'[n_ % 23]}", None),
                ("Fecha de nacimiento", fdate(r, rdob(r, 1970, 2002), "es"), DOB), ("Domicilio", addr_one(r, a), ADR),
                ("Teléfono", phone(r, "es"), PH), ("Correo", pemail(r, u, "es"), EM) if chance(r, .5) else None], style=r.choice(["colon", "pad"]))
    b.t("\n2. UNIDAD DE CONVIVENCIA\n")
    for _ in range(r.randint(1, 3)):
        k = person(r, "es", surname=u.s.split()[0] + " " + r.choice(NAMES["spa"][2]))
        b.t("  - ").e(nm(r, k, ["full"]), P_).t(", hijo/a, nacido/a el ").e(fdate(r, rdob(r, 2008, 2022), "es"), DOB).t(f", escolarizado/a en CEIP {r.choice(['Miguel Hernández', 'Federico García Lorca', 'Antonio Machado', 'Clara Campoamor'])}\n")
    b.t("\n3. VALORACIÓN\n")
    b.s("Se realiza visita domiciliaria el ", (fdate(r, plus(d, -r.randint(3, 20)), "es"), DT), ". ",
        r.choice(["La vivienda presenta condiciones adecuadas de habitabilidad.", "Se observa hacinamiento y falta de suministros básicos.",
                  "La usuaria colabora y cumple los acuerdos del plan de intervención."]), " ")
    b.t(f"Ingresos: {r.choice(['Ingreso Mínimo Vital', 'renta mínima de inserción', 'empleo temporal'])} ({money(r, 400, 1100, '€')} mensuales).\n\n")
    b.t("4. PRESTACIÓN PROPUESTA\n")
    b.s("Ayuda de emergencia social de ", money(r, 150, 900, "€"), " a abonar en la cuenta ", (iban(r, "ES"), IBAN), " (titular: la usuaria).\n\n")
    b.s("Próxima cita: ", (fdt(r, plus(d, r.randint(7, 30)), *r.choice([(9, 30), (10, 0), (12, 0), (16, 30)]), "es"), DT), " en el centro.\n\n")
    b.e(a["city"], LOC).t(", ").e(fdate(r, d, "es", style=1), DT).t("\n\nLa trabajadora social: ").e(nm(r, ts, ["full"]), P_).t(f"  (col. nº {dd(r, 4)})\n")
    return b


def k_es_visita_prision(r):
    b = B()
    inm = person(r, "es")
    s = person(r, "es")
    a = addr_intl(r, "es")
    d = rdate(r)
    cp = r.choice(["Las Palmeras", "El Olivar", "La Alameda", "Valdemar", "Monteverde"])
    b.t(f"CENTRO PENITENCIARIO {cp.upper()}\nSOLICITUD DE COMUNICACIÓN {r.choice(['VIS A VIS FAMILIAR', 'VIS A VIS ÍNTIMA', 'ORDINARIA', 'DE CONVIVENCIA'])}\n\n")
    b.t("DATOS DEL INTERNO\n")
    form(b, r, [("Nombre", nm(r, inm, ["FULL", "full"]), P_), ("NIS", f"{d.year}{dd(r, 6)}", None), ("Módulo", str(r.randint(1, 14)), None)], style="colon")
    b.t("\nDATOS DEL COMUNICANTE\n")
    n_ = r.randint(10000000, 99999999)
    form(b, r, [("Nombre y apellidos", nm(r, s, ["full"]), P_), ("DNI/NIE/Pasaporte", f"{n_}{'TRWAGMYFPDXBNJZSQVHLCKE'[n_ % 23]}", None),
                ("Fecha de nacimiento", fdate(r, rdob(r, 1950, 2004), "es"), DOB), ("Parentesco", rel(r, s, "es"), None),
                ("Domicilio", addr_one(r, a), ADR), ("Teléfono de contacto", phone(r, "es"), PH),
                ("Email", pemail(r, s, "es"), EM) if chance(r, .6) else None], style=r.choice(["colon", "pad"]))
    wd = plus(d, r.randint(7, 30))
    b.s("\nFecha solicitada: ", (fdate_wd(r, wd, "es") if chance(r, .5) else fdate(r, wd, "es"), DT), "   Turno: ", r.choice(["mañana", "tarde"]), "\n")
    b.t("Documentación aportada: libro de familia / certificado de convivencia.\n\n")
    b.e(a["city"], LOC).t(", a ").e(fdate(r, d, "es", style=1), DT).t("\n\nFirma del solicitante\n")
    b.t("\n(A rellenar por la oficina: Autorizada [ ]  Denegada [ ]  Ref. " + dd(r, 8) + ")\n")
    return b


def k_fr_spip(r):
    b = B()
    p = person(r, "fr")
    v = person(r, "fr")
    cpip = person(r, "fr")
    jap = person(r, "fr")
    a = addr_intl(r, "fr")
    d = rdate(r)
    bc = r.choice(INTL["fr"])[0]
    b.t("SERVICE PÉNITENTIAIRE D'INSERTION ET DE PROBATION\nAntenne de milieu ouvert\n\n")
    b.e(a["city"], LOC).t(", le ").e(fdate(r, d, "fr", style=1), DT).t("\n\n")
    b.t(r.choice(["RAPPORT D'ÉVALUATION - SURSIS PROBATOIRE", "RAPPORT DE FIN DE MESURE", "RAPPORT D'INCIDENT", "RAPPORT DE SITUATION - DÉTENTION À DOMICILE SOUS SURVEILLANCE ÉLECTRONIQUE"]) + "\n")
    b.t("à l'attention de Madame/Monsieur le Juge de l'application des peines, ").e(nm(r, jap, ["full", "s"]), P_).t("\n\n")
    b.s("Concernant : ", "M. " if p.sex == "M" else "Mme ", (nm(r, p, ["FULL", "full"]), P_), ", né" + ("" if p.sex == "M" else "e") + " le ",
        (fdate(r, rdob(r), "fr"), DOB), " à ", (bc, LOC), "\n")
    b.s("Domicile : ", (addr_one(r, a), ADR), "\nTél. : ", (phone(r, "fr"), PH), "\n")
    b.t(f"N° parquet : {d.year % 100:02d}{dd(r, 3)}{dd(r, 6)}   N° APPI : {dd(r, 8)}\n\n")
    b.t("OBLIGATIONS ET INTERDICTIONS\n")
    b.t("- obligation de soins (addictologie) ;\n- obligation de travail ou de formation ;\n")
    b.s("- interdiction d'entrer en relation avec ", "Mme " if v.sex == "F" else "M. ", (nm(r, v, ["full", "s"]), P_), " ;\n")
    b.s("- interdiction de paraître à ", (r.choice(INTL["fr"])[0], LOC), ".\n\n")
    b.t("SUIVI\n")
    conv = plus(d, -r.randint(10, 60))
    b.s("L'intéressé" + ("" if p.sex == "M" else "e") + " s'est présenté" + ("" if p.sex == "M" else "e") + " aux convocations du ", (fdate(r, conv, "fr"), DT),
        " et du ", (fdate(r, plus(conv, 21), "fr"), DT), ". ")
    b.t(r.choice(["Une attestation de suivi au CSAPA a été remise.", "Il/elle justifie d'un CDD chez un employeur local.",
                  "Aucune justification de soins n'a été produite à ce jour.", "Le bracelet n'a généré aucune alarme."]) + " ")
    b.s("Prochain rendez-vous fixé le ", (fdt(r, bday(plus(d, r.randint(14, 40))), *r.choice([(9, 30), (10, 0), (14, 0), (15, 30)]), "fr", wd=chance(r, .4)), DT), ".\n\n")
    b.t("Le conseiller pénitentiaire d'insertion et de probation\n").e(nm(r, cpip, ["full"]), P_).t("\n")
    b.e(email_for(r, cpip, "justice.fr"), EM).t(" - ").e(phone(r, "fr"), PH).t("\n")
    return b


def k_fr_qc_avis(r):
    b = B()
    v = person(r, "qc")
    of = person(r, "qc")
    ag_ = person(r, "qc")
    a = addr_intl(r, "qc")
    d = rdate(r)
    b.t("Commission québécoise des libérations conditionnelles\nService aux victimes\n\n")
    b.e(a["city"], LOC).t(", le ").e(fdate(r, d, "qc", style=1), DT).t("\n\n")
    b.e(nm(r, v, ["full"]), P_).t("\n").e(addr_multi(r, a), ADR).t("\n\n")
    b.t("Objet : Avis concernant une audience de libération conditionnelle\n")
    b.s("Personne contrevenante : ", (nm(r, of, ["full", "LF"]), P_), f"  (dossier {dd(r, 6)}-{dd(r, 2)})\n\n")
    b.s("Madame, Monsieur,\n\nNous vous informons que ", (nm(r, of, ["full", "s"]), P_), " comparaîtra devant la Commission le ",
        (fdt(r, plus(d, r.randint(20, 60)), *r.choice([(9, 0), (9, 30), (13, 30)]), "qc"), DT), " à l'établissement de détention de ", (r.choice(INTL["qc"])[0], LOC), ". ")
    b.t("Vous pouvez transmettre des représentations écrites au plus tard le ").e(fdate(r, plus(d, 15), "qc"), DT).t(".\n\n")
    b.s("Pour toute question, communiquez avec ", (nm(r, ag_, ["full"]), P_), ", agent" + ("" if ag_.sex == "M" else "e") + " de liaison, au ", (phone(r, "qc"), PH),
        " ou au ", (phone(r, "tollfree"), PH), " (sans frais), ou par courriel à ", (email_for(r, ag_, "cqlc.gouv.qc.ca"), EM), ".\n")
    b.s("Renseignements : ", (f"https://www.cqlc.gouv.qc.ca/{r.choice(['victimes', 'fr/victimes/representations'])}", URL), "\n\n")
    b.t("Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n")
    return b


def k_fr_info_preoccupante(r):
    b = B()
    kid = person(r, "fr")
    mom = person(r, "fr", sex="F", surname=kid.s if chance(r, .6) else None)
    em_ = person(r, "fr", sex="F")
    a = addr_intl(r, "fr")
    d = rdate(r)
    b.t("FICHE DE RECUEIL D'INFORMATION PRÉOCCUPANTE\nDestinataire : CRIP - Conseil départemental\n\n")
    b.t("ÉMETTEUR\n")
    b.s("  Nom : Mme ", (nm(r, em_, ["full", "FULL"]), P_), "\n  Fonction : ", r.choice(["assistante sociale scolaire", "infirmière scolaire", "directrice d'école", "puéricultrice PMI"]), "\n")
    b.s("  Établissement : ", r.choice(["École élémentaire Jean Moulin", "Collège Louise Michel", "Groupe scolaire Victor Hugo", "Centre de PMI"]), "\n")
    b.s("  Tél. : ", (phone(r, "fr"), PH), "   Courriel : ", (email_for(r, em_, r.choice(["ac-lyon.fr", "ac-lille.fr", "ac-creteil.fr", "departement.fr"])), EM), "\n\n")
    b.t("ENFANT CONCERNÉ\n")
    b.s("  ", (nm(r, kid, ["FULL", "full"]), P_), ", né" + ("" if kid.sex == "M" else "e") + " le ", (fdate(r, rdob(r, 2008, 2022), "fr"), DOB), ", classe de ", r.choice(["CP", "CE2", "CM1", "6e", "4e"]), "\n")
    b.s("  Domicile : ", (addr_one(r, a), ADR), "\n")
    b.s("  Représentants légaux : ", (nm(r, mom, ["full"]), P_), " (mère)")
    if chance(r, .6):
        b.s(", ", (nm(r, person(r, "fr", sex="M", surname=kid.s), ["full"]), P_), " (père)")
    b.t("\n\nFAITS OBSERVÉS\n")
    b.s("Le ", (fdate(r, plus(d, -r.randint(0, 4)), "fr"), DT), ", ", (kid.g, P_), " ", r.choice(["est arrivé(e) avec des ecchymoses au visage", "a déclaré ne pas avoir mangé depuis la veille",
                                                                                              "a tenu des propos inquiétants concernant le compagnon de sa mère", "présente un absentéisme important (18 demi-journées)"]), ". ")
    b.t("Les parents ont " + r.choice(["été informés de la transmission.", "refusé de rencontrer l'équipe éducative.", "minimisé la situation."]) + "\n\n")
    b.s("Fait à ", (a["city"], LOC), ", le ", (fdate(r, d, "fr"), DT), "\n")
    return b


def k_de_bewaehrung(r):
    b = B()
    p = person(r, "de")
    bh = person(r, "de")
    ri = person(r, "de")
    a = addr_intl(r, "de")
    d = rdate(r)
    b.t("Soziale Dienste der Justiz - Bewährungshilfe\n\n")
    b.e(a["city"], LOC).t(", den ").e(fdate(r, d, "de", style=0), DT).t("\n\n")
    b.t(f"An das Amtsgericht - {r.choice(['Strafrichter', 'Schöffengericht', 'Jugendrichter'])} -\nAz.: {r.randint(1, 99)} {r.choice(['Ds', 'Ls', 'Cs', 'VRs'])} {r.randint(1, 999)}/{d.year % 100 - 1:02d}\n\n")
    b.t(r.choice(["Bewährungsbericht", "Zwischenbericht", "Abschlussbericht", "Bericht über Verstöße gegen Auflagen und Weisungen"]) + "\n\n")
    b.s("Proband: ", "Herr " if p.sex == "M" else "Frau ", (nm(r, p, ["full", "lf"]), P_), ", geb. ", (fdate(r, rdob(r), "de", style=0), DOB), " in ", (r.choice(INTL["de"])[0] if chance(r, .7) else r.choice(["Istanbul", "Warschau", "Aleppo", "Bukarest"]), LOC), "\n")
    b.s("wohnhaft: ", (addr_one(r, a), ADR), "\nTel.: ", (phone(r, "de"), PH), "\n\n")
    b.s("Sehr geehrte", "r Herr " if ri.sex == "M" else " Frau ", "Richter" + ("" if ri.sex == "M" else "in") + " ", (ri.s, P_), ",\n\n")
    t1 = plus(d, -r.randint(20, 80))
    b.s("der Proband steht seit dem ", (fdate(r, t1, "de"), DT), " unter meiner Aufsicht und Leitung. ")
    b.t(r.choice(["Die Termine wurden regelmäßig wahrgenommen.", "Zwei Termine wurden unentschuldigt versäumt.", "Die Kontaktaufnahme gestaltet sich schwierig."]) + " ")
    b.t(f"Die Geldauflage in Höhe von {r.choice(['600', '900', '1.200', '1.500'])} € ist zu {r.randint(10, 100)} % erfüllt. ")
    b.t(r.choice(["Die Weisung zur Suchtberatung (Caritas) wird befolgt.", "Ein Urinscreening vom Vormonat war positiv auf Cannabis.", "Er hat eine Ausbildung als Fachlagerist begonnen."]) + "\n\n")
    b.s("Nächster Termin: ", (fdt(r, bday(plus(d, r.randint(7, 30))), *r.choice([(9, 0), (10, 30), (14, 0)]), "de", wd=chance(r, .4)), DT), ".\n\n")
    b.t("Mit freundlichen Grüßen\n\n").e(nm(r, bh, ["full"]), P_).t("\nBewährungshelfer" + ("" if bh.sex == "M" else "in") + "\nTel. ").e(phone(r, "de"), PH)
    b.t("  ").e(email_for(r, bh, r.choice(["bewaehrungshilfe.justiz.de", "sdj.niedersachsen.de", "justiz.nrw.de", "jm.bwl.de"])), EM).t("\n")
    return b


def k_de_geldauflage(r):
    b = B()
    p = person(r, "de")
    a = addr_intl(r, "de")
    d = rdate(r)
    org = r.choice(["Opferhilfe e.V.", "Weisser Ring e.V.", "Kinderschutzbund Ortsverband e.V.", "Frauenhaus e.V.", "Deutsche Krebshilfe"])
    b.t(f"{org}\nGeschäftsstelle\n\n")
    b.t("Herr\n" if p.sex == "M" else "Frau\n").e(nm(r, p, ["full"]), P_).t("\n").e(addr_multi(r, a), ADR).t("\n\n")
    b.e(a["city"], LOC).t(", ").e(fdate(r, d, "de"), DT).t("\n\n")
    b.t(f"Zahlungsaufforderung - Geldauflage gem. § 56b StGB / § 153a StPO\nIhr Aktenzeichen: {r.randint(100, 999)} Js {r.randint(1000, 99999)}/{d.year % 100:02d}\n\n")
    b.s("Sehr geehrte", "r Herr " if p.sex == "M" else " Frau ", (p.s, P_), ",\n\n")
    amt = r.choice([300, 500, 800, 1000, 1500, 2000])
    rate = r.choice([50, 100, 150, 200])
    b.t(f"laut gerichtlicher Anordnung haben Sie eine Geldauflage von {amt},00 EUR an unseren Verein zu zahlen. Bisher sind {r.randint(0, amt // 2)},00 EUR eingegangen. ")
    b.t(f"Bitte überweisen Sie die Raten von {rate},00 EUR monatlich auf folgendes Konto:\n\n")
    b.t(f"  Empfänger: {org}\n  IBAN: ").e(iban(r, "DE", grouped=chance(r, .7)), IBAN).t(f"\n  BIC: {rs(r, UP, 4)}DE{rs(r, UP + DG, 2)}{rs(r, UP + DG, 3) if chance(r, .5) else ''}\n")
    b.t(f"  Verwendungszweck: {r.randint(100, 999)} Js {r.randint(1000, 99999)}/{d.year % 100:02d} - Geldauflage\n\n")
    b.s("Die nächste Rate ist spätestens am ", (fdate(r, plus(d, r.randint(10, 30)), "de"), DT), " fällig. ")
    b.t("Bei Nichtzahlung sind wir verpflichtet, dies der Staatsanwaltschaft bzw. dem Gericht mitzuteilen.\n\n")
    b.t("Mit freundlichen Grüßen\n").e(nm(r, person(r, "de"), ["full"]), P_).t("\nBuchhaltung  |  Tel. ").e(phone(r, "de"), PH).t("\n")
    return b


def k_de_jugendamt(r):
    b = B()
    kid = person(r, "de")
    mom = person(r, "de", sex="F", surname=kid.s)
    mel = person(r, "de")
    fk = person(r, "de")
    a = addr_intl(r, "de")
    d = rdate(r)
    h, m = r.randint(7, 18), r.choice([0, 10, 20, 30, 40, 50])
    b.t("Jugendamt - Allgemeiner Sozialer Dienst (ASD)\nMITTEILUNG EINER MÖGLICHEN KINDESWOHLGEFÄHRDUNG (§ 8a SGB VIII)\n\n")
    b.s("Eingang: ", (fdt(r, d, h, m, "de"), DT), f"   Vorgangsnr.: KWG-{d.year}-{dd(r, 4)}\n\n")
    b.t("Meldende Stelle / Person\n")
    roles = (["Klassenlehrerin, Gebrüder-Grimm-Schule", "Erzieherin, Kita Sonnenschein", "Kinderärztin", "Nachbarin (anonym erbeten)"] if mel.sex == "F"
             else ["Klassenlehrer, Gebrüder-Grimm-Schule", "Erzieher, Kita Sonnenschein", "Kinderarzt", "Nachbar (anonym erbeten)"]) + ["Schulsozialarbeit, Geschwister-Scholl-Gymnasium"]
    b.s("  ", "Frau " if mel.sex == "F" else "Herr ", (nm(r, mel, ["full"]), P_), ", ", r.choice(roles), "\n")
    b.s("  Rückruf: ", (phone(r, "de"), PH), "\n\n")
    b.t("Betroffenes Kind\n")
    b.s("  ", (nm(r, kid, ["full", "lf"]), P_), ", geb. ", (fdate(r, rdob(r, 2009, 2023), "de", style=0), DOB), "\n")
    b.s("  Anschrift: ", (addr_one(r, a), ADR), "\n")
    b.s("  Sorgeberechtigt: ", (nm(r, mom, ["full"]), P_), " (Mutter)\n\n")
    b.t("Sachverhalt\n")
    b.s("Am ", (fdate(r, plus(d, -r.randint(0, 3)), "de"), DT), " ", r.choice(["erschien das Kind ohne Frühstück und mit unzureichender Kleidung.", "berichtete das Kind von Schlägen durch den Lebensgefährten der Mutter.",
                                                                           "wurde das Kind nach 22 Uhr allein auf dem Spielplatz angetroffen.", "fehlte das Kind zum wiederholten Mal unentschuldigt."]), " ")
    b.t("Ersteinschätzung: " + r.choice(["latente Gefährdung", "akute Gefährdung - Hausbesuch heute", "keine Gefährdung - Beratungsangebot"]) + ".\n\n")
    b.s("Zuständige Fachkraft: ", (nm(r, fk, ["full"]), P_), ", ", (email_for(r, fk, r.choice(["jugendamt-stadt.de", "kreis-verwaltung.de", "stadt-jugendamt.de"])), EM), "\n")
    return b


def k_nl_reclassering(r):
    b = B()
    p = person(r, "nl")
    th = person(r, "nl")
    a = addr_intl(r, "nl")
    d = rdate(r)
    b.t("Reclassering Nederland\n" + r.choice(["ADVIESRAPPORT", "TOEZICHTSRAPPORTAGE", "RAPPORTAGE VROEGHULP", "Voortgangsverslag toezicht"]) + "\n\n")
    b.s("Betrokkene: ", "dhr. " if p.sex == "M" else "mevr. ", (nm(r, p, ["full", "FULL"]), P_), "\n")
    b.s("Geboren: ", (fdate(r, rdob(r), "nl"), DOB), " te ", (r.choice(INTL["nl"])[0] if chance(r, .7) else r.choice(["Paramaribo", "Casablanca", "Istanbul", "Willemstad"]), LOC), "\n")
    b.s("Adres: ", (addr_one(r, a), ADR), "\nTelefoon: ", (phone(r, "nl"), PH), "\n")
    b.t(f"Parketnummer: {r.randint(1, 99):02d}/{dd(r, 6)}-{d.year % 100:02d}   CJIB-nummer: {dd(r, 8)}\n")
    b.s("Datum rapport: ", (fdate(r, d, "nl"), DT), "\n\n")
    b.t("1. Aanleiding\n")
    b.t(r.choice(["Betrokkene staat onder bijzondere voorwaarden (meldplicht, ambulante behandeling, contactverbod).", "De officier van justitie heeft om een voortgangsverslag gevraagd.",
                  "Er is sprake van een overtreding van de voorwaarden."]) + "\n\n")
    b.t("2. Verloop toezicht\n")
    t = plus(d, -r.randint(20, 90))
    b.s("Sinds ", (fdate(r, t, "nl"), DT), " heeft betrokkene ", str(r.randint(4, 12)), " gesprekken gehad met toezichthouder ", (nm(r, th, ["full"]), P_), ". ")
    b.t(r.choice(["Hij houdt zich aan de meldplicht.", "Zij heeft twee afspraken gemist.", "De behandeling bij de forensische polikliniek loopt."]) + " ")
    if chance(r, .6):
        v = person(r, "nl")
        b.s("Het contactverbod met ", (nm(r, v, ["full"]), P_), " wordt nageleefd. ")
    b.t("\n\n3. Afspraken\n")
    b.s("Volgende afspraak: ", (fdt(r, bday(plus(d, r.randint(7, 21))), *r.choice([(9, 0), (10, 30), (14, 0), (15, 30)]), "nl", wd=chance(r, .4)), DT), " op de unit.\n\n")
    b.s("Toezichthouder: ", (nm(r, th, ["full"]), P_), "\n", (email_for(r, th, "reclassering.nl"), EM), " | ", (phone(r, "nl"), PH), "\n")
    return b


def luhn_bad16(r):
    while True:
        s = dd(r, 16)
        if not luhn_ok(s):
            return s


def k_nl_cjib(r):
    b = B()
    p = person(r, "nl")
    a = addr_intl(r, "nl")
    d = rdate(r)
    kb = luhn_bad16(r)
    b.t("Centraal Justitieel Incassobureau\n")
    b.e(addr_one(r, {"cc": "nl", "street": f"Postbus {r.randint(100, 9999)}", "unit": "", "city": "Leeuwarden", "pc": f"89{dd(r, 2)} {rs(r, 'ABCDEGHJKLMN', 2)}"}), ADR).t("\n\n")
    b.t("dhr. " if p.sex == "M" else "mevr. ").e(nm(r, p, ["full"]), P_).t("\n").e(addr_multi(r, a), ADR).t("\n\n")
    b.s("Datum: ", (fdate(r, d, "nl"), DT), "\n")
    b.t(f"Onderwerp: {r.choice(['Eerste aanmaning', 'Tweede aanmaning', 'Betalingsherinnering schadevergoedingsmaatregel'])}\n")
    b.t(f"Beschikkingsnummer/CJIB-nummer: {dd(r, 12)}\n\n")
    b.t(f"Geachte {'heer' if p.sex == 'M' else 'mevrouw'} ").e(p.s, P_).t(",\n\n")
    amt = r.randint(90, 2400)
    b.t(f"Wij hebben uw betaling van € {amt},00 nog niet ontvangen. Door de aanmaning is het bedrag verhoogd naar € {int(amt * 1.25)},00.\n\n")
    b.t("Maak het bedrag over naar:\n  IBAN: ").e(iban(r, "NL", grouped=chance(r, .6)), IBAN).t(f"\n  BIC: INGBNL2A\n  t.n.v.: CJIB\n  Betalingskenmerk: {' '.join(kb[i:i + 4] for i in range(0, 16, 4))}\n\n")
    b.s("Betaal uiterlijk ", (fdate(r, plus(d, 56), "nl", style=1), DT), ". Vermeld altijd het betalingskenmerk.\n")
    b.s("Vragen? Bel ", (phone(r, "nl"), PH), " of kijk op ", ("https://www.cjib.nl/" + r.choice(["betalen", "aanmaning", "betalingsregeling"]), URL), ".\n")
    return b


def k_pt_socioeducativo(r):
    b = B()
    adol = person(r, "br")
    resp = person(r, "br", sex="F", surname=adol.s.split()[-1])
    tec = person(r, "br")
    a = addr_intl(r, "br")
    d = rdate(r)
    b.t("CREAS - Centro de Referência Especializado de Assistência Social\nServiço de Proteção Social a Adolescentes em Cumprimento de Medida Socioeducativa (LA/PSC)\n\n")
    b.t(f"RELATÓRIO {r.choice(['INICIAL', 'DE ACOMPANHAMENTO', 'CONCLUSIVO'])} - {r.choice(['LIBERDADE ASSISTIDA', 'PRESTAÇÃO DE SERVIÇOS À COMUNIDADE'])}\n")
    b.t(f"Processo nº {dd(r, 7)}-{dd(r, 2)}.{d.year}.8.{r.randint(10, 26)}.{dd(r, 4)}\n\n")
    cpf = f"{dd(r, 3)}.{dd(r, 3)}.{dd(r, 3)}-{dd(r, 2)}"
    form(b, r, [("Adolescente", nm(r, adol, ["full", "FULL"]), P_), ("Data de nascimento", fdate(r, rdob(r, 2006, 2011), "br"), DOB),
                ("Responsável", nm(r, resp, ["full"]), P_), ("CPF do responsável", cpf, None), ("Endereço", addr_one(r, a), ADR),
                ("Telefone", phone(r, "br"), PH), ("Escola", r.choice(["E.E. Tiradentes", "Escola Municipal Paulo Freire", "E.E. Dom Pedro II", "Colégio Estadual Rui Barbosa"]), None)],
         style=r.choice(["colon", "pad"]))
    b.t("\nACOMPANHAMENTO\n")
    b.s("O adolescente iniciou o cumprimento da medida em ", (fdate(r, plus(d, -r.randint(30, 150)), "br"), DT), ". ")
    b.t(r.choice(["Tem comparecido aos atendimentos quinzenais.", "Faltou a três atendimentos sem justificativa.", "Está matriculado no 8º ano e frequenta o Jovem Aprendiz."]) + " ")
    b.s("Visita domiciliar realizada em ", (fdate(r, plus(d, -r.randint(3, 20)), "br"), DT), ", sendo recebida pela genitora, Sra. ", (resp.g, P_), ".\n\n")
    b.s("Audiência de reavaliação: ", (fdt(r, plus(d, r.randint(10, 60)), *r.choice([(9, 0), (10, 30), (14, 0)]), "br"), DT), ", Vara da Infância e Juventude.\n\n")
    b.e(a["city"], LOC).t(", ").e(fdate(r, d, "br", style=1), DT).t("\n\n")
    b.e(nm(r, tec, ["full"]), P_).t(f"\n{r.choice(['Assistente Social', 'Psicóloga', 'Técnica de Referência'])} - CRESS {dd(r, 5)}\n").e(email_for(r, tec, r.choice(["creas.prefeitura.gov.br", "assistenciasocial.gov.br"])), EM).t("\n")
    return b


def k_it_uepe(r):
    b = B()
    p = person(r, "it")
    fs = person(r, "it")
    mag = person(r, "it")
    a = addr_intl(r, "it")
    d = rdate(r)
    b.t("MINISTERO DELLA GIUSTIZIA\nUfficio di Esecuzione Penale Esterna\n\n")
    b.e(a["city"], LOC).t(", ").e(fdate(r, d, "it", style=1), DT).t("\n\n")
    b.s("Al Magistrato di Sorveglianza, dott. ", (nm(r, mag, ["full", "s"]), P_), "\n\n")
    b.t(f"OGGETTO: Relazione {r.choice(['di sintesi', 'di aggiornamento', 'comportamentale'])} - {r.choice(['affidamento in prova al servizio sociale', 'detenzione domiciliare', 'messa alla prova'])}\n\n")
    cf = rs(r, UP, 6) + dd(r, 2) + r.choice("ABCDEHLMPRST") + dd(r, 2) + r.choice(UP) + dd(r, 3) + r.choice(UP)
    b.s("Il sig. " if p.sex == "M" else "La sig.ra ", (nm(r, p, ["full", "FULL"]), P_), ", nat" + ("o" if p.sex == "M" else "a") + " a ",
        (r.choice(INTL["it"])[0] if chance(r, .8) else r.choice(["Tirana", "Casablanca", "Bucarest", "Lagos"]), LOC), " il ", (fdate(r, rdob(r), "it"), DOB), ", C.F. ", cf, ",\n")
    b.s("residente in ", (addr_one(r, a), ADR), ", tel. ", (phone(r, "it"), PH), ",\n")
    b.t("è stat" + ("o" if p.sex == "M" else "a") + " seguit" + ("o" if p.sex == "M" else "a") + " da questo Ufficio mediante colloqui presso la sede e visite domiciliari.\n\n")
    for _ in range(r.randint(2, 4)):
        b.t("- colloquio del ").e(fdate(r, plus(d, -r.randint(5, 90)), "it"), DT).t(": " + r.choice(["presente, collaborativo", "assente giustificato", "verifica attività lavorativa", "incontro con i familiari"]) + "\n")
    b.t("\n" + r.choice(["Il percorso risulta positivo; si conferma l'adesione al programma trattamentale presso il SerD.", "Si segnalano ritardi nel rispetto delle prescrizioni orarie.",
                         "L'interessato svolge attività di volontariato presso la Caritas diocesana."]) + "\n\n")
    b.s("Prossimo colloquio: ", (fdt(r, plus(d, r.randint(7, 30)), *r.choice([(9, 30), (11, 0), (15, 0)]), "it"), DT), ".\n\n")
    b.t("Il Funzionario di Servizio Sociale\ndott.ssa " if fs.sex == "F" else "Il Funzionario di Servizio Sociale\ndott. ").e(nm(r, fs, ["full"]), P_).t("\n")
    b.e(email_for(r, fs, "giustizia.it"), EM).t("\n")
    return b


def k_sv_frivard(r):
    b = B()
    p = person(r, "se")
    hl = person(r, "se")
    a = addr_intl(r, "se")
    d = rdate(r)
    db = rdob(r)
    b.t("Kriminalvården, Frivården\n" + r.choice(["YTTRANDE ENLIGT LAGEN OM SÄRSKILD PERSONUTREDNING I BROTTMÅL", "Verkställighetsplan - skyddstillsyn", "Rapport till övervakningsnämnden"]) + "\n\n")
    b.t(f"Målnummer: B {r.randint(100, 9999)}-{d.year % 100:02d}   Dnr: {d.year}-{dd(r, 5)}\n")
    b.s("Datum: ", (fdate(r, d, "se"), DT), "\n\n")
    b.s("Den misstänkte: ", (nm(r, p, ["full", "lf"]), P_), f", {db.year}{db.month:02d}{db.day:02d}-XXXX\n")
    b.s("Adress: ", (addr_one(r, a), ADR), "\nTelefon: ", (phone(r, "se"), PH), "\n\n")
    b.t("Underlag\n")
    t = plus(d, -r.randint(5, 25))
    b.s("Samtal har genomförts ", (fdt(r, t, r.choice([9, 10, 13]), 0, "se"), DT), " och ", (fdate(r, plus(t, 3), "se"), DT), " på frivårdskontoret i ", (a["city"], LOC), ". ")
    b.t("Uppgifter har inhämtats från socialtjänsten och arbetsgivare.\n\n")
    b.t("Bedömning\n")
    b.t(r.choice(["Risken för återfall bedöms som medelhög.", "Frivården bedömer att skyddstillsyn med särskild behandlingsplan är lämplig.", "Samhällstjänst bedöms lämplig."]) + "\n\n")
    b.s("Handläggare: ", (nm(r, hl, ["full"]), P_), ", frivårdsinspektör\n", (email_for(r, hl, "kriminalvarden.se"), EM), "  ", (phone(r, "se"), PH), "\n")
    return b


# ==========================================================================
# ENTITY-FREE KINDS (hard negatives only)
# ==========================================================================
def k_empty_caseload_stats(r):
    b = B()
    q = r.randint(1, 4)
    b.t(f"MONTHLY CASELOAD STATISTICS - REGION {r.randint(1, 9)}\nReporting period: FY{r.randint(22, 25)} Q{q}   Report RPT-{dd(r, 4)} (CMS {version(r)})\n\n")
    b.t(f"{'UNIT':<8}{'POs':>5}{'ACTIVE':>8}{'HIGH':>6}{'MOD':>6}{'LOW':>6}{'WARR':>6}{'AVG/PO':>8}{'UA POS%':>9}{'REVOC':>7}\n")
    tots = [0] * 6
    for _ in range(r.randint(5, 10)):
        pos = r.randint(3, 14)
        act = r.randint(pos * 35, pos * 80)
        hi, mo = r.randint(act // 8, act // 3), r.randint(act // 4, act // 2)
        lo = act - hi - mo
        w = r.randint(2, 40)
        rv = r.randint(0, 12)
        for i, v in enumerate((pos, act, hi, mo, lo, w)):
            tots[i] += v
        b.t(f"U-{r.randint(100, 499):<6}{pos:>5}{act:>8}{hi:>6}{mo:>6}{lo:>6}{w:>6}{act / pos:>8.1f}{r.uniform(5, 35):>8.1f}%{rv:>7}\n")
    b.t(f"{'TOTAL':<8}{tots[0]:>5}{tots[1]:>8}{tots[2]:>6}{tots[3]:>6}{tots[4]:>6}{tots[5]:>6}{tots[1] / max(1, tots[0]):>8.1f}\n\n")
    b.t(f"Notes:\n- Caseload cap per policy {r.randint(1, 9)}.{r.randint(10, 40)} is 65 for high-risk units; {r.randint(1, 4)} units exceed the cap.\n")
    b.t(f"- Interstate compact cases (ICOTS) excluded: {r.randint(20, 300)} incoming, {r.randint(20, 300)} outgoing.\n")
    b.t(f"- Fee collections: ${r.randint(40000, 250000):,} ({r.randint(40, 80)}% of assessed).\n")
    b.t(f"- Query hash {sha(r, 12)}; runtime {r.randint(2, 90)} s.\n")
    return b


def k_empty_release_notes(r):
    b = B()
    v = version(r)
    b.t(f"Offender Case Management System (OCMS) - Release Notes {v} (build {r.randint(1000, 9999)})\n\n")
    b.t("NEW\n")
    feats = ["ICOTS transfer status now syncs every 15 minutes", "Sanction grid editor supports agency-specific overrides",
             "UA results import accepts HL7 ORU^R01 v2.5.1", "Kiosk check-in shows next appointment countdown", "Bulk reassignment of caseloads (max 500 records)",
             "Risk tool ORAS-CST item weights configurable per jurisdiction", "Victim notification queue retries with exponential backoff"]
    for f_ in r.sample(feats, r.randint(2, 4)):
        b.t(f"  * OCMS-{r.randint(1000, 9999)}: {f_}\n")
    b.t("\nFIXED\n")
    fixes = ["Specimen IDs containing a hyphen were rejected", "Fee ledger rounding error of $0.01 on split payments", "Case note autosave lost text after 30 minutes idle",
             "Docket export produced duplicate rows when a case had two judges", "Restitution withholding used 25% instead of configured 20%",
             "Timeout on caseload dashboard with more than 10,000 active cases", "Trust account reconciliation report ignored reversed transactions"]
    for f_ in r.sample(fixes, r.randint(3, 5)):
        b.t(f"  * {ticket(r)} - {f_}\n")
    b.t("\nKNOWN ISSUES\n")
    b.t(f"  * Legacy reports compiled with Crystal Reports {r.randint(11, 14)}.{r.randint(0, 9)} may show blank headers.\n")
    b.t(f"\nUPGRADE\n  1. Back up database (schema {r.randint(40, 90)}).\n  2. Run migrations 0{r.randint(100, 199)}_icots_fields.sql through 0{r.randint(200, 299)}_fee_rules.sql.\n")
    b.t(f"  3. Verify package checksum sha256 {sha(r, 64)}.\n  4. Restart services: ocms-api, ocms-worker ({r.randint(2, 8)} replicas).\n")
    b.t(f"\nCommit range {sha(r, 7)}..{sha(r, 7)}   Previous release {version(r)}\n")
    return b


def k_empty_panel_reference(r):
    b = B()
    b.t("DRUG TESTING PANEL REFERENCE - COMMUNITY SUPERVISION\n")
    b.t(f"Contract lab panel code {rs(r, UP, 2)}-{r.randint(10, 99)}  |  Billing CPT {r.choice(['80305', '80306', '80307'])} (screen), {r.choice(['80361', '80365', '80324', '80349'])} (confirm)\n\n")
    b.t(f"{'Analyte':<26}{'Code':<6}{'Screen':>9}{'Confirm':>9}  {'Window (urine)':<16}LOINC\n")
    for name, code, cut, loinc in r.sample(PANEL, r.randint(7, 12)):
        win = r.choice(["1-3 days", "2-4 days", "up to 30 days (chronic)", "1-2 days", "3-5 days", "up to 80 hours"])
        b.t(f"{name:<26}{code:<6}{cut:>6} ng{max(1, cut // 2):>6} ng  {win:<16}{loinc}\n")
    b.t("\nSpecimen validity: creatinine < 20 mg/dL = dilute; < 2 mg/dL with SG <= 1.0010 = substituted. pH < 4.5 or >= 9.0 = invalid.\n")
    b.t("Prescribed medications (buprenorphine, methadone, gabapentin) must be verified with the prescriber before a violation is filed.\n")
    b.t(f"Cost per test: screen ${r.randint(8, 15)}.00, confirmation ${r.randint(18, 45)}.00. Sweat patch wear time: 7-10 days.\n")
    return b


def k_empty_curriculum(r):
    b = B()
    prog = r.choice(["Moral Reconation Therapy (MRT)", "Thinking for a Change 4.0", "Cognitive Behavioral Interventions - Substance Abuse", "Batterer Intervention Program", "Parenting Inside Out"])
    n = r.randint(10, 16)
    b.t(f"{prog} - GROUP CURRICULUM OUTLINE\n")
    b.t(f"Format: closed group, {r.randint(8, 14)} participants max, {r.choice([60, 90, 120])}-minute sessions, {r.choice(['twice weekly', 'weekly', 'three times weekly'])}\n")
    b.t(f"Meets Tuesday and Thursday evenings; makeup sessions on Saturday mornings.\n\n")
    topics = ["Orientation and group rules", "Honesty and trust", "Acceptance", "Awareness of thinking patterns", "Healthy relationships", "Goal setting",
              "Recognizing risk", "Problem solving skills", "Managing anger", "Consequences of behavior", "Victim awareness", "Relapse prevention plan",
              "Active listening", "Negotiation skills", "Coping with stress", "Graduation review"]
    for i, t in enumerate(r.sample(topics, n), 1):
        b.t(f"Session {i:>2}: {t}  (homework: step {r.randint(1, 16)} workbook, pp. {r.randint(1, 90)}-{r.randint(91, 140)})\n")
    b.t(f"\nCompletion requires {n - r.randint(1, 3)} of {n} sessions and passing the post-test (>= {r.choice([70, 75, 80])}%). Two unexcused absences result in discharge.\n")
    b.t(f"Cost: ${r.randint(15, 40)} per session, sliding scale. Curriculum edition {version(r)}.\n")
    return b


def k_empty_sanctions_grid(r):
    b = B()
    b.t(f"GRADUATED RESPONSE MATRIX (policy {r.randint(100, 900)}.{r.randint(1, 20)}, rev. {r.randint(2, 9)})\n\n")
    b.t(f"{'Violation':<34}| {'Low risk':<26}| {'Moderate risk':<26}| High risk\n" + "-" * 120 + "\n")
    rows = [("Missed office visit (1st)", "verbal warning", "written reprimand", "increased reporting x30 days"),
            ("Positive UA (THC)", "verbal warning", "treatment referral", "increased testing 2x/week"),
            ("Positive UA (opioid/stimulant)", "assessment referral", "IOP referral", "1-3 day jail sanction"),
            ("Curfew violation", "verbal warning", "curfew reduced 1 hour", "GPS monitoring 30 days"),
            ("Failure to pay (90+ days)", "payment plan", "community service", "show-cause referral"),
            ("New misdemeanor arrest", "staffing", "staffing + sanction", "motion to revoke"),
            ("Absconding > 30 days", "warrant request", "warrant request", "warrant request"),
            ("Tamper alert (EM)", "n/a", "staffing within 24 hrs", "immediate warrant")]
    for v in r.sample(rows, r.randint(5, len(rows))):
        b.t(f"{v[0]:<34}| {v[1]:<26}| {v[2]:<26}| {v[3]}\n")
    b.t(f"\nIncentives: reduce reporting after {r.choice([90, 120, 180])} compliant days; fee credit of ${r.choice([25, 50])} per completed program.\n")
    b.t(f"Jail sanctions may not exceed {r.choice([3, 5, 7])} days per response or {r.choice([30, 45, 60])} days per term (see statute 137.{r.randint(500, 599)}).\n")
    return b


def k_empty_etl_log(r):
    b = B()
    d = rdate(r)
    t = dt.datetime(d.year, d.month, d.day, 2, r.randint(0, 30), r.randint(0, 59))
    job = r.choice(["icots_sync", "ua_results_import", "fee_ledger_rollup", "victim_notify_queue", "court_disposition_load"])
    run = uuid4(r)

    def ln(lvl, msg):
        nonlocal t
        t += dt.timedelta(seconds=r.randint(0, 90), milliseconds=r.randint(0, 999))
        fmt = t.strftime("%Y-%m-%d %H:%M:%S") + f",{t.microsecond // 1000:03d}"
        b.t(f"{fmt} {lvl:<5} [{job}] {msg}\n")
    ln("INFO", f"starting run_id={run} version={version(r)}")
    ln("INFO", f"source batch={dd(r, 8)} records={r.randint(200, 40000)} sha1={sha(r, 40)}")
    nch = r.randint(20, 120)
    ch = 0
    for _ in range(r.randint(4, 9)):
        kind = r.choice(["ok", "ok", "warn", "err", "retry"])
        if kind == "ok":
            ch += r.randint(1, 9)
            ln("INFO", f"chunk {min(ch, nch)}/{nch} upserted={r.randint(100, 999)} skipped={r.randint(0, 20)} dur_ms={r.randint(80, 9000)}")
        elif kind == "warn":
            ln("WARN", f"record offender_id={dd(r, 7)} rejected: {r.choice(['invalid dob format', 'missing case number', 'duplicate specimen id', 'unknown statute code'])}")
        elif kind == "err":
            ln("ERROR", f"constraint fk_case_officer violated (case {case_no(r)}); row moved to dead-letter queue {r.randint(1, 9)}")
        else:
            ln("INFO", f"upstream 503, retry {r.randint(1, 5)}/5 after {r.choice([2, 4, 8, 16])}s")
    ln("INFO", f"finished status={r.choice(['SUCCESS', 'PARTIAL', 'SUCCESS'])} elapsed={r.randint(30, 3000)}s epoch={int(t.timestamp())}")
    return b


def k_empty_de_statistik(r):
    b = B()
    q = r.randint(1, 4)
    b.t(f"BELEGUNGSSTATISTIK JUSTIZVOLLZUG - QUARTAL {q}/{r.randint(2022, 2025)}\nErstellt mit BASIS-Web {version(r)}, Abfrage-ID {uuid4(r)}\n\n")
    b.t(f"{'Haus':<13}{'Haftart':<22}{'Plätze':>8}{'Belegt':>8}{'Quote':>8}\n")
    for h in r.sample(["Haus A", "Haus B", "Haus C", "Haus D", "Haus E", "Freigang", "Krankenabt."], r.randint(4, 7)):
        pl = r.randint(20, 240)
        be = r.randint(pl // 2, pl + 10)
        b.t(f"{h:<13}{r.choice(['Strafhaft', 'U-Haft', 'Jugendstrafe', 'Ersatzfreiheitsstrafe', 'Sicherungsverw.']):<22}{pl:>8}{be:>8}" + f"{be / pl * 100:>7.1f}".replace(".", ",") + " %\n")
    b.t(f"\nErsatzfreiheitsstrafen: {r.randint(20, 180)} Gefangene, durchschnittliche Dauer {r.randint(20, 90)} Tage.\n")
    b.t(f"Lockerungen gewährt: {r.randint(50, 400)}; Missbrauchsquote " + f"{r.uniform(0.1, 3):.1f}".replace(".", ",") + " %.\n")
    b.t(f"Personal: {r.randint(80, 300)} Bedienstete im AVD, Krankenstand " + f"{r.uniform(5, 15):.1f}".replace(".", ",") + " %.\n")
    return b


def k_empty_es_resumen(r):
    b = B()
    b.t(f"RESUMEN ESTADÍSTICO - PENAS Y MEDIDAS ALTERNATIVAS\nTrimestre {r.randint(1, 4)} - Servicio de Gestión de Penas y Medidas Alternativas (SGPMA)\n\n")
    b.t(f"{'Tipo de medida':<46}{'Altas':>7}{'Bajas':>7}{'Activas':>9}\n")
    for m in r.sample(["Trabajos en beneficio de la comunidad (TBC)", "Suspensión de condena con programa", "Libertad condicional", "Localización permanente",
                       "Programa de violencia de género (PRIA-MA)", "Programa de seguridad vial (PROSEVAL)", "Programa de control de la agresión sexual"], r.randint(4, 7)):
        b.t(f"{m:<46}{r.randint(10, 900):>7}{r.randint(10, 900):>7}{r.randint(100, 5000):>9}\n")
    b.t("\nTasa de cumplimiento: " + f"{r.uniform(60, 92):.1f}".replace(".", ",") + f" %. Incidencias remitidas al juzgado: {r.randint(10, 300)}.\n")
    b.t(f"Plazas de TBC ofertadas por entidades colaboradoras: {r.randint(200, 3000)} (convenio ref. {dd(r, 3)}/{r.randint(2019, 2024)}).\n")
    return b


def k_empty_fr_note(r):
    b = B()
    b.t(f"NOTE DE SERVICE N° {r.randint(1, 60)}/{r.randint(22, 25)}\nObjet : modalités de contrôle des obligations - sursis probatoire et libération conditionnelle\n\n")
    b.t("Références : articles 132-44 et 132-45 du code pénal ; articles 712-1 et suivants du code de procédure pénale ; circulaire DAP n° " + dd(r, 3) + ".\n\n")
    b.t("1. Toute obligation de soins doit être justifiée par une attestation datée de moins de trois mois.\n")
    b.t(f"2. Le délai de transmission d'un rapport d'incident au JAP est fixé à {r.choice([48, 72])} heures ouvrées.\n")
    b.t(f"3. Les convocations sont adressées au moins {r.choice([8, 10, 15])} jours à l'avance, sauf urgence.\n")
    b.t("4. Les pièces justificatives sont numérisées dans l'application APPI (version " + version(r) + ").\n")
    b.t(f"5. Les indemnités dues aux parties civiles sont suivies dans l'onglet « obligations financières » ; seuil d'alerte : {r.randint(3, 6)} mensualités impayées.\n\n")
    b.t("La présente note entre en vigueur à compter de sa diffusion et annule la note précédente.\n\nLa direction\n")
    return b


# ==========================================================================
# registry / generation
# ==========================================================================
KINDS = [
    # (name, lang, empty, fn)
    ("intake_form", "en", False, k_intake_form), ("case_note", "en", False, k_case_note), ("visit_log", "en", False, k_visit_log),
    ("program_referral", "en", False, k_program_referral), ("drug_lab_report", "en", False, k_drug_lab_report), ("ua_admission", "en", False, k_ua_admission),
    ("victim_notification", "en", False, k_victim_notification), ("trust_statement", "en", False, k_trust_statement),
    ("visitation_application", "en", False, k_visitation_application), ("video_visit_email", "en", False, k_video_visit_email),
    ("housing_referral", "en", False, k_housing_referral), ("employment_referral", "en", False, k_employment_referral),
    ("risk_summary", "en", False, k_risk_summary), ("cps_intake", "en", False, k_cps_intake), ("cps_investigation", "en", False, k_cps_investigation),
    ("multiagency_email", "en", False, k_multiagency_email), ("cms_csv", "en", False, k_cms_csv), ("cms_json", "en", False, k_cms_json),
    ("cms_xml", "en", False, k_cms_xml), ("conditions_order", "en", False, k_conditions_order), ("violation_report", "en", False, k_violation_report),
    ("psi_excerpt", "en", False, k_psi_excerpt), ("em_alert_log", "en", False, k_em_alert_log), ("em_vendor_yaml", "en", False, k_em_vendor_yaml),
    ("env_file", "en", False, k_env_file), ("k8s_secret", "en", False, k_k8s_secret), ("api_access_log", "en", False, k_api_access_log),
    ("password_reset", "en", False, k_password_reset), ("hearing_invite", "en", False, k_hearing_invite), ("card_authorization", "en", False, k_card_authorization),
    ("payment_receipt", "en", False, k_payment_receipt), ("sms_thread", "en", False, k_sms_thread), ("treatment_progress", "en", False, k_treatment_progress),
    ("release_plan", "en", False, k_release_plan), ("medicaid_reentry", "en", False, k_medicaid_reentry), ("parole_decision", "en", False, k_parole_decision),
    ("interstate_compact", "en", False, k_interstate_compact), ("travel_permit", "en", False, k_travel_permit), ("cs_timesheet", "en", False, k_cs_timesheet),
    ("jail_incident", "en", False, k_jail_incident), ("shift_log", "en", False, k_shift_log), ("hl7_jail_adt", "en", False, k_hl7_jail),
    ("home_study", "en", False, k_home_study), ("foster_notice", "en", False, k_foster_notice), ("hotline_transcript", "en", False, k_hotline_transcript),
    ("drug_court_docket", "en", False, k_drug_court_docket), ("fee_statement", "en", False, k_fee_statement), ("ci_pipeline_log", "en", False, k_ci_pipeline_log),
    ("slack_export", "en", False, k_slack_export), ("sftp_key_email", "en", False, k_sftp_key_email), ("jwt_ticket", "en", False, k_jwt_ticket),
    ("absconder_alert", "en", False, k_absconder_alert), ("phone_deposit", "en", False, k_phone_deposit),
    ("es_mx_supervision", "es", False, k_es_mx_supervision), ("es_us_victim_letter", "es", False, k_es_us_victim_letter),
    ("es_informe_social", "es", False, k_es_informe_social), ("es_visita_prision", "es", False, k_es_visita_prision),
    ("fr_spip_rapport", "fr", False, k_fr_spip), ("fr_qc_avis_victime", "fr", False, k_fr_qc_avis), ("fr_info_preoccupante", "fr", False, k_fr_info_preoccupante),
    ("de_bewaehrungsbericht", "de", False, k_de_bewaehrung), ("de_geldauflage", "de", False, k_de_geldauflage), ("de_jugendamt_8a", "de", False, k_de_jugendamt),
    ("nl_reclassering", "nl", False, k_nl_reclassering), ("nl_cjib_aanmaning", "nl", False, k_nl_cjib),
    ("pt_br_socioeducativo", "pt", False, k_pt_socioeducativo), ("it_uepe_relazione", "it", False, k_it_uepe), ("sv_frivard_yttrande", "sv", False, k_sv_frivard),
    ("empty_caseload_stats", "en", True, k_empty_caseload_stats), ("empty_release_notes", "en", True, k_empty_release_notes),
    ("empty_panel_reference", "en", True, k_empty_panel_reference), ("empty_curriculum", "en", True, k_empty_curriculum),
    ("empty_sanctions_grid", "en", True, k_empty_sanctions_grid), ("empty_etl_log", "en", True, k_empty_etl_log),
    ("empty_de_statistik", "de", True, k_empty_de_statistik), ("empty_es_resumen", "es", True, k_empty_es_resumen), ("empty_fr_note", "fr", True, k_empty_fr_note),
]
_EN = [k for k in KINDS if k[1] == "en" and not k[2]]
_XX = [k for k in KINDS if k[1] != "en" and not k[2]]
_EMPTY = [k for k in KINDS if k[2]]
EMPTY_SHARE = 0.12
FOREIGN_SHARE = 0.225


def _make(seed, i):
    r = random.Random(f"blind87:{seed}:{i}")
    u = r.random()
    if u < EMPTY_SHARE:
        kind = r.choice(_EMPTY)
    elif u < EMPTY_SHARE + FOREIGN_SHARE:
        kind = r.choice(_XX)
    else:
        kind = r.choice(_EN)
    name, lang, empty, fn = kind
    b = fn(r)
    text = b.text()
    ents = sorted(b.ents)
    doc = {"id": f"b87-{seed}-{i:05d}-{lang}-{name}", "text": text,
           "entities": [{"start": s, "end": e, "type": t} for s, e, t in ents]}
    return doc, name, lang, empty


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[0]


# ==========================================================================
# validation / CLI
# ==========================================================================
_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_TRAIL_OK = {"PASSWORD", "GENERIC_SECRET", "PRIVATE_KEY", "AWS_SECRET_KEY", "JWT", "SLACK_TOKEN", "STRIPE_KEY", "GITHUB_TOKEN"}


def _b64json(part):
    pad = "=" * (-len(part) % 4)
    return json.loads(base64.urlsafe_b64decode(part + pad))


def validate(doc, empty):
    import ipaddress
    errs = []
    text = doc["text"]
    prev = 0
    for en in doc["entities"]:
        s, e, t = en["start"], en["end"], en["type"]
        v = text[s:e]
        if t not in TYPES:
            errs.append(f"bad type {t}")
        if not (0 <= s < e <= len(text)):
            errs.append(f"range {s}-{e}")
            continue
        if s < prev:
            errs.append(f"overlap/unsorted at {s}")
        prev = e
        if v != v.strip():
            errs.append(f"whitespace in span {t} {v!r}")
        if t not in _TRAIL_OK and v[-1] in ".,;:!?":
            errs.append(f"trailing punct {t} {v!r}")
        if t == "CREDIT_CARD":
            ds = re.sub(r"[ -]", "", v)
            if not ds.isdigit() or not (13 <= len(ds) <= 19) or not luhn_ok(ds):
                errs.append(f"bad card {v!r}")
        elif t == "IBAN_CODE":
            if not iban_ok(v):
                errs.append(f"bad iban {v!r}")
        elif t == "US_SSN":
            ds = re.sub(r"[ -]", "", v)
            if not (len(ds) == 9 and ds.isdigit()) or ds[:3] in ("000", "666") or ds[0] == "9" or ds[3:5] == "00" or ds[5:] == "0000":
                errs.append(f"bad ssn {v!r}")
        elif t == "EMAIL_ADDRESS":
            if not _EMAIL_RE.match(v):
                errs.append(f"bad email {v!r}")
        elif t == "JWT":
            parts = v.split(".")
            try:
                assert len(parts) == 3 and all(parts)
                _b64json(parts[0])
                _b64json(parts[1])
            except Exception:
                errs.append(f"bad jwt {v[:30]!r}")
        elif t == "PRIVATE_KEY":
            if not (re.match(r"^-----BEGIN [A-Z ]*PRIVATE KEY-----", v) and re.search(r"-----END [A-Z ]*PRIVATE KEY-----$", v)):
                errs.append("bad pem")
        elif t == "AWS_ACCESS_KEY":
            if not re.fullmatch(r"AKIA[A-Z0-9]{16}", v):
                errs.append(f"bad akia {v!r}")
        elif t == "AWS_SECRET_KEY":
            if len(v) != 40:
                errs.append(f"bad aws secret {v!r}")
        elif t == "GITHUB_TOKEN":
            if not re.fullmatch(r"ghp_[A-Za-z0-9]{36}", v):
                errs.append(f"bad gh {v!r}")
        elif t == "SLACK_TOKEN":
            if not re.fullmatch(r"xox[bpa]-\d+-\d+-[A-Za-z0-9]+", v):
                errs.append(f"bad slack {v!r}")
        elif t == "STRIPE_KEY":
            if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", v):
                errs.append(f"bad stripe {v!r}")
        elif t == "URL":
            if not re.match(r"^https?://[^\s]+$", v) or "@" in v or re.search(r"//\d+\.\d+\.\d+\.\d+", v):
                errs.append(f"bad url {v!r}")
        elif t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append(f"bad ip {v!r}")
        elif t == "PHONE_NUMBER":
            if len(re.sub(r"\D", "", v)) < 7:
                errs.append(f"bad phone {v!r}")
        elif t in ("PERSON", "LOCATION") and "\n" in v:
            errs.append(f"newline in {t}")
    if empty and doc["entities"]:
        errs.append("empty kind has entities")
    return errs


def _check():
    from collections import Counter
    bad = 0
    per_type, per_lang, per_kind = Counter(), Counter(), Counter()
    ndocs = 0
    for seed in (0, 1):
        for i in range(2000):
            doc, name, lang, empty = _make(seed, i)
            ndocs += 1
            per_lang[lang] += 1
            per_kind[name] += 1
            for en in doc["entities"]:
                per_type[en["type"]] += 1
            errs = validate(doc, empty)
            if errs:
                bad += 1
                if bad <= 25:
                    print(f"[{doc['id']}] " + "; ".join(errs[:5]))
    print(f"\nDocuments: {ndocs}   with problems: {bad}")
    print("\nPer type:")
    for t in TYPES:
        print(f"  {t:<24}{per_type[t]:>7}")
    print("\nPer language:")
    for l, c in per_lang.most_common():
        print(f"  {l:<6}{c:>6}  {100 * c / ndocs:5.1f}%")
    empty_docs = sum(c for k, c in per_kind.items() if k.startswith("empty_"))
    print(f"  (entity-free kinds: {empty_docs} = {100 * empty_docs / ndocs:.1f}%)")
    print(f"\nPer kind ({len(per_kind)} kinds used of {len(KINDS)}):")
    for k, c in sorted(per_kind.items()):
        print(f"  {k:<28}{c:>6}")
    missing = [t for t in TYPES if per_type[t] == 0]
    ok = True
    if bad:
        ok = False
    if len(per_kind) < 50:
        print("FAIL: fewer than 50 kinds used")
        ok = False
    if missing:
        print("FAIL: types never used: " + ", ".join(missing))
        ok = False
    print("\nCHECK " + ("PASSED" if ok else "FAILED"))
    return 0 if ok else 1


def _mark(doc):
    t = doc["text"]
    out, pos = [], 0
    for en in doc["entities"]:
        out.append(t[pos:en["start"]])
        out.append(f"[[{en['type']}:{t[en['start']:en['end']]}]]")
        pos = en["end"]
    out.append(t[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", type=str, default=None)
    a = ap.parse_args(argv)
    if a.check:
        return _check()
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print(f"===== {doc['id']} =====")
            print(_mark(doc))
            print()
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            for doc in generate(a.n, a.seed):
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} docs to {a.output}")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
