#!/usr/bin/env python3
r"""Blind corpus 78 -- retail, point of sale and loyalty.

Seeded, labelled synthetic documents from the retail / POS / loyalty world:
store receipts, loyalty-card sign-ups and CSV exports, returns and warranty
claims, click-and-collect notices, gift cards, in-store incident reports,
customer-service e-mails and chats, e-receipts, POS terminal logs and configs,
staff rotas, supplier EDI, layaway / instalment plans and price-match
requests, in English and several other languages.  Everything is fake;
checksummed values (Luhn, IBAN mod-97, SSN ranges, JWT, PEM) are well-formed.

Usage: corpus_blind78.py --check | --sample K | --n N --seed S --output F.jsonl

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
import datetime
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import urllib.parse

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()

_PH = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class Doc:
    """Text builder: text and entity spans are recorded together."""

    def __init__(self, lang="en"):
        self.lang = lang
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, *parts):
        for p in parts:
            self.buf.append(p)
            self.n += len(p)
        return self

    def e(self, s, typ):
        if not typ:
            return self.t(s)
        st = self.n
        self.t(s)
        self.ents.append({"start": st, "end": self.n, "type": typ})
        return self

    def f(self, tpl, **kw):
        """Append a template; {name} placeholders take str or (text, TYPE)."""
        pos = 0
        for m in _PH.finditer(tpl):
            self.t(tpl[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            pos = m.end()
        self.t(tpl[pos:])
        return self

    @property
    def text(self):
        return "".join(self.buf)


# --------------------------------------------------------------- name pools
GIVEN = {
    "en": "James Olivia Liam Emma Noah Ava William Sophia Ethan Mia Benjamin Charlotte Jacob Amelia "
          "Michael Harper Daniel Evelyn Logan Abigail Kayla Tyler Brandon Megan Shawn Dwayne Tanisha "
          "Keisha Jamal Darnell Connor Rhys Callum Eilidh Gemma Kieran Becky Trevor Dolores Marjorie".split(),
    "ie": "Siobhán Niamh Aoife Ciarán Seán Orla Pádraig Róisín Eoin Caoimhe".split(),
    "de": "Lukas Anna Jürgen Sabine Maximilian Lea Klaus Ursula Jannik Mia Björn Friederike Dieter Heike".split(),
    "fr": "Élodie Jean-Luc Camille Théo Manon Hugo Chloé Léa Antoine Margaux Gaëlle François Amélie Yannick".split(),
    "es": ["María José", "Alejandro", "Lucía", "Javier", "Carmen", "Pablo", "Sofía", "Diego",
           "Marta", "Álvaro", "Ximena", "José Luis", "Nuria", "Iñaki"],
    "it": "Giuseppe Chiara Francesca Marco Alessandro Giulia Lorenzo Martina Matteo Sara Giovanni Federica Ilaria".split(),
    "nl": "Sanne Daan Bram Femke Joost Lotte Sem Anouk Thijs Eva Pieter Marieke Wouter".split(),
    "pt": "João Inês Beatriz Tiago Mariana Rafael Ana Gonçalo Carolina Duarte Leonor Rui".split(),
    "pl": "Katarzyna Paweł Agnieszka Piotr Małgorzata Krzysztof Magdalena Tomasz Zofia Michał Joanna Łukasz".split(),
    "sv": "Astrid Erik Lars Ingrid Sven Maja Oskar Elsa Nils Linnea Björn Saga".split(),
    "tr": "Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Hakan Esra Oğuz Gülşen".split(),
    "ar": "Fatima Omar Layla Yusuf Ahmed Noor Khalid Mariam Hassan Aisha Tariq Rania".split(),
    "in": "Priya Arjun Ananya Rohan Deepika Vikram Sneha Rahul Lakshmi Aditya Kavya Sanjay".split(),
    "ea": ["Wei", "Mei", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon", "Haruto", "Xiaoling", "Thanh",
           "Linh", "Jun", "Sakura"],
    "af": "Chinedu Amara Kwame Abena Oluwaseun Ngozi Tendai Zanele Kofi Adaeze Sipho Wanjiru".split(),
}
SURN = {
    "en": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
           "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark",
           "Robinson", "Walker", "Wright", "Scott", "Green", "Baker", "Adams", "O'Connor", "McAllister",
           "MacDonald", "Fitzgerald", "Ashworth-Jones", "Featherstonehaugh", "Pryce-Edwards", "Holloway"],
    "ie": ["O'Brien", "Ní Bhriain", "Mac Giolla", "Kavanagh", "Ó Súilleabháin", "Doyle", "Byrne"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer",
           "Koch", "Richter", "Schröder", "Neumann", "von Bülow", "von der Heyde", "Weiß", "Groß",
           "Hoffmann-Lang"],
    "fr": ["Dubois", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Le Gall", "de la Fontaine",
           "Lefèvre", "Fournier", "Girard", "Bonnet", "Dupont-Moreau", "d'Arcy", "Rousseau"],
    "es": ["García López", "Fernández", "González", "Rodríguez", "Martínez", "Sánchez", "Pérez",
           "Ruiz de Alarcón", "Díaz", "Moreno", "Muñoz", "de la Cruz", "Hernández Castillo", "Iglesias"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco",
           "D'Angelo", "Di Stefano", "De Luca", "Lo Monaco", "Dell'Acqua"],
    "nl": ["de Vries", "van der Berg", "Jansen", "de Jong", "Bakker", "Visser", "Smit", "Meijer",
           "van Dijk", "van den Broek", "Mulder", "de Boer", "van Leeuwen", "Hendriks"],
    "pt": ["da Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
           "Sousa", "Gonçalves", "dos Santos", "Carvalho", "de Almeida", "Marques"],
    "pl": ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski",
           "Zielińska", "Szymański", "Woźniak", "Dąbrowska", "Jankowska-Mazur"],
    "sv": ["Lindqvist", "Åberg", "Johansson", "Andersson", "Karlsson", "Nilsson", "Eriksson",
           "Larsson", "Persson", "Bergström", "Sjöberg", "af Klint"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir",
           "Arslan", "Doğan", "Kılıç"],
    "ar": ["al-Hashimi", "El-Amin", "Haddad", "Nasser", "Abdullah", "Al-Farsi", "Mansour", "Khoury",
           "bin Saleh", "Darwish", "Hamdan"],
    "in": ["Patel", "Sharma", "Venkataraman", "Reddy", "Iyer", "Nair", "Gupta", "Chatterjee", "Singh",
           "Krishnan", "Banerjee", "Menon", "Subramanian"],
    "ea": ["Zhang", "Wang", "Li", "Chen", "Liu", "Tanaka", "Suzuki", "Kim", "Park", "Nguyen", "Tran",
           "Watanabe", "Huang", "Choi"],
    "af": ["Okafor", "Mensah", "Adeyemi", "Nwosu", "Boateng", "Dlamini", "Mutasa", "Ochieng", "Asante",
           "Eze", "Kamau"],
}
MIXED_EN = ["en"] * 6 + ["ie", "es", "in", "ea", "af", "ar", "pl", "it", "de", "fr", "nl"]
LOCAL = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "pl": "pl",
         "sv": "sv", "tr": "tr"}


def culture(r, lang="en"):
    if lang in LOCAL and r.random() < 0.8:
        return LOCAL[lang]
    return r.choice(MIXED_EN)


def person(r, cul=None, style=None, lang="en"):
    cul = cul or culture(r, lang)
    g = r.choice(GIVEN[cul])
    s = r.choice(SURN[cul])
    style = style or r.choices(
        ["full", "mid", "lastfirst", "caps", "lower", "initial", "first", "last", "full2"],
        [40, 10, 8, 6, 3, 5, 4, 3, 4])[0]
    if style == "full":
        return f"{g} {s}"
    if style == "mid":
        return f"{g} {r.choice(string.ascii_uppercase)}. {s}"
    if style == "lastfirst":
        return f"{s}, {g}"
    if style == "caps":
        return f"{g} {s}".upper()
    if style == "lower":
        return f"{g} {s}".lower()
    if style == "initial":
        return f"{g[0]}. {s}"
    if style == "first":
        return g
    if style == "last":
        return s
    g2 = r.choice(GIVEN[cul])
    return f"{g} {g2} {s}" if g2 != g else f"{g} {s}"


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s.lower())


MAIL_DOM = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me",
           "btinternet.com", "comcast.net", "eircom.net", "bigpond.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["telefonica.net", "yahoo.es", "gmail.com"], "it": ["libero.it", "tiscali.it", "virgilio.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"], "pt": ["sapo.pt", "netcabo.pt"],
    "pl": ["wp.pl", "onet.pl", "interia.pl"], "sv": ["telia.com", "bredband.net"],
    "tr": ["turk.net", "yandex.com.tr", "gmail.com"],
}


def email_for(r, name, lang="en", domain=None):
    parts = [ascii_slug(x) for x in re.split(r"[ ,.'-]+", name) if ascii_slug(x)]
    if len(parts) < 2:
        parts = parts + [ascii_slug(r.choice(SURN["en"]))]
    if "," in name:
        parts = parts[1:] + parts[:1]
    f, l = parts[0], parts[-1]
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{r.randint(1, 99)}", f"{l}.{f}",
                      f"{f}{r.randint(70, 2005)}", f"{f}.{l[0]}", f"{f}-{l}"])
    dom = domain or r.choice(MAIL_DOM.get(lang, MAIL_DOM["en"]) + MAIL_DOM["en"][:3])
    return f"{local}@{dom}"


# -------------------------------------------------------------- place pools
PLACES = {
    "US": [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
           ("Tampa", "FL", "336"), ("Denver", "CO", "802"), ("Raleigh", "NC", "276"),
           ("Madison", "WI", "537"), ("Phoenix", "AZ", "850"), ("Sacramento", "CA", "958"),
           ("Albany", "NY", "122"), ("Boise", "ID", "837"), ("Omaha", "NE", "681"),
           ("Savannah", "GA", "314"), ("Spokane", "WA", "992"), ("Fort Wayne", "IN", "468")],
    "UK": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Glasgow", "G"), ("Cardiff", "CF"),
           ("Norwich", "NR"), ("Brighton", "BN"), ("Sheffield", "S"), ("London", "SE"), ("Edinburgh", "EH"),
           ("Milton Keynes", "MK")],
    "CA": [("Toronto", "ON", "M5V"), ("Montréal", "QC", "H2X"), ("Vancouver", "BC", "V6B"),
           ("Calgary", "AB", "T2P"), ("Halifax", "NS", "B3H"), ("Ottawa", "ON", "K1P")],
    "AU": [("Parramatta", "NSW", "2150"), ("Fitzroy", "VIC", "3065"), ("Fortitude Valley", "QLD", "4006"),
           ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005")],
    "IE": [("Dublin", "D02"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Ballincollig", "P31")],
    "DE": [("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
           ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"), ("Leipzig", "04109"),
           ("Dresden", "01067"), ("Düsseldorf", "40213"), ("Bremen", "28195")],
    "FR": [("Paris", "75011"), ("Lyon", "69003"), ("Marseille", "13001"), ("Toulouse", "31000"),
           ("Nantes", "44000"), ("Bordeaux", "33000"), ("Lille", "59000"), ("Strasbourg", "67000"),
           ("Rennes", "35000"), ("Montpellier", "34000")],
    "ES": [("Madrid", "28013"), ("Barcelona", "08001"), ("Valencia", "46002"), ("Sevilla", "41001"),
           ("Bilbao", "48001"), ("Zaragoza", "50001"), ("Málaga", "29001"), ("Granada", "18001")],
    "IT": [("Milano", "MI", "20121"), ("Roma", "RM", "00184"), ("Torino", "TO", "10121"),
           ("Napoli", "NA", "80133"), ("Bologna", "BO", "40121"), ("Firenze", "FI", "50122"),
           ("Genova", "GE", "16121"), ("Palermo", "PA", "90133")],
    "NL": [("Amsterdam", "1017"), ("Rotterdam", "3011"), ("Utrecht", "3511"), ("Den Haag", "2511"),
           ("Eindhoven", "5611"), ("Groningen", "9711"), ("Haarlem", "2011"), ("Leiden", "2311")],
    "PT": [("Lisboa", "1100"), ("Porto", "4000"), ("Braga", "4700"), ("Coimbra", "3000"),
           ("Faro", "8000"), ("Aveiro", "3800")],
    "PL": [("Warszawa", "00"), ("Kraków", "31"), ("Wrocław", "50"), ("Gdańsk", "80"), ("Poznań", "61"),
           ("Łódź", "90")],
    "SE": [("Stockholm", "114"), ("Göteborg", "411"), ("Malmö", "211"), ("Uppsala", "753"),
           ("Västerås", "722"), ("Lund", "222")],
    "TR": [("İstanbul", "Kadıköy", "34710"), ("Ankara", "Çankaya", "06690"), ("İzmir", "Konak", "35250"),
           ("Bursa", "Osmangazi", "16010"), ("Antalya", "Muratpaşa", "07100")],
}
STREETS = {
    "US": ["Oak Ridge Dr", "Maple Ave", "W 5th St", "Elm Street", "Lakeview Blvd", "Pine Hollow Rd",
           "Sunset Terrace", "Market St", "N Main St", "Cedar Ln", "Willow Creek Ct", "Old Mill Road",
           "Harbor Way", "Martin Luther King Jr Blvd"],
    "UK": ["Kingsley Road", "High Street", "Church Lane", "Victoria Terrace", "Mill Lane", "Station Road",
           "Queens Drive", "The Crescent", "Abbey Close", "Park View", "Wellington Street"],
    "CA": ["Rue Sainte-Catherine O", "Queen St W", "Granville St", "Spring Garden Rd", "Bank St",
           "17 Ave SW"],
    "AU": ["George St", "Brunswick St", "Ann St", "High St", "Jetty Rd", "Sandy Bay Rd"],
    "IE": ["Main Street", "Patrick Street", "Shop Street", "O'Connell Street", "The Mall", "Castle Road"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße", "Lindenallee",
           "Am Markt", "Friedrich-Ebert-Straße", "Sonnenstraße", "Kastanienweg"],
    "FR": ["rue des Lilas", "avenue Victor Hugo", "boulevard Haussmann", "rue de la République",
           "place Bellecour", "rue Sainte-Catherine", "chemin des Vignes", "allée des Tilleuls",
           "impasse du Moulin"],
    "ES": ["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia",
           "Calle Sierpes", "Gran Vía", "Calle del Carmen", "Plaza Nueva"],
    "IT": ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Piazza del Duomo", "Via Dante",
           "Viale Monza", "Via dei Mille", "Largo Augusto"],
    "NL": ["Kerkstraat", "Prinsengracht", "Dorpsstraat", "Molenweg", "Stationsplein", "Lange Voorhout",
           "Oudegracht", "Nieuwstraat"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo",
           "Travessa do Fala-Só", "Rua Direita"],
    "PL": ["ul. Marszałkowska", "ul. Floriańska", "ul. Świdnicka", "al. Jerozolimskie", "ul. Długa",
           "ul. Piotrkowska"],
    "SE": ["Storgatan", "Drottninggatan", "Kungsgatan", "Västra Hamngatan", "Sveavägen",
           "Södra Förstadsgatan"],
    "TR": ["Atatürk Cad.", "Bağdat Cad.", "İstiklal Cad.", "Gül Sok.", "Ziya Gökalp Cad.", "Cumhuriyet Blv."],
}
COUNTRY_NAME = {"US": "USA", "UK": "United Kingdom", "CA": "Canada", "AU": "Australia", "IE": "Ireland",
                "DE": "Deutschland", "FR": "France", "ES": "España", "IT": "Italia", "NL": "Nederland",
                "PT": "Portugal", "PL": "Polska", "SE": "Sverige", "TR": "Türkiye"}
LANG_CC = {"en": ["US", "US", "US", "UK", "UK", "CA", "AU", "IE"], "de": ["DE"], "fr": ["FR"],
           "es": ["ES"], "it": ["IT"], "nl": ["NL"], "pt": ["PT"], "pl": ["PL"], "sv": ["SE"], "tr": ["TR"]}
UL = string.ascii_uppercase


def _d(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def _a(r, n, alpha=string.ascii_letters + string.digits):
    return "".join(r.choice(alpha) for _ in range(n))


# ------------------------------------------------------------ addresses etc
def addr_parts(r, cc):
    st = r.choice(STREETS[cc])
    n = r.randint(1, 240)
    ent = r.choice(PLACES[cc])
    city, region, pc = ent[0], "", ""
    if cc == "US":
        region = ent[1]
        pc = ent[2] + _d(r, 2)
        street = f"{n * r.choice([1, 1, 10, 37])} {st}" + r.choice(
            ["", "", "", f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" Suite {r.randint(100, 950)}",
             f" Unit {r.randint(2, 40)}"])
        if r.random() < 0.06:
            street = f"{r.choice(['P.O. Box', 'PO Box', 'P.O. BOX'])} {r.randint(10, 9999)}"
        cityline = f"{city}, {region} {pc}"
    elif cc == "UK":
        pc = f"{ent[1]}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice(UL)}{r.choice(UL)}"
        street = r.choice(["", "", f"Flat {r.randint(1, 12)}, ", f"{r.choice(['Rose', 'Ivy', 'Holly'])} Cottage, "]) + f"{n} {st}"
        cityline = f"{city} {pc}"
    elif cc == "CA":
        region = ent[1]
        pc = f"{ent[2]} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}"
        street = r.choice(["", f"{r.randint(101, 2209)}-"]) + f"{n * 3} {st}"
        cityline = f"{city} {region} {pc}" if r.random() < 0.5 else f"{city}, {region}  {pc}"
    elif cc == "AU":
        region, pc = ent[1], ent[2]
        street = r.choice(["", f"{r.randint(1, 20)}/", f"Unit {r.randint(1, 9)}, "]) + f"{n} {st}"
        if r.random() < 0.06:
            street = f"PO Box {r.randint(10, 999)}"
        cityline = f"{city} {region} {pc}"
    elif cc == "IE":
        pc = f"{ent[1]} {r.choice(UL)}{r.randint(1, 9)}{r.choice(UL)}{r.randint(1, 9)}"
        street = r.choice(["", f"Apt {r.randint(1, 40)}, The Maltings, "]) + f"{n} {st}"
        cityline = f"{city}, {pc}" if city != "Ballincollig" else f"{city}, Co. Cork, {pc}"
    elif cc == "DE":
        pc = ent[1]
        street = f"{st} {n}{r.choice(['', '', 'a', 'b'])}"
        cityline = f"{pc} {city}"
    elif cc == "FR":
        pc = ent[1]
        street = f"{n}{r.choice(['', '', ' bis', ' ter'])} {st}"
        cityline = f"{pc} {city}"
    elif cc == "ES":
        pc = ent[1]
        street = f"{st}, {n}, {r.randint(1, 9)}º {r.choice('ABCD')}"
        cityline = f"{pc} {city}"
    elif cc == "IT":
        region, pc = ent[1], ent[2]
        street = f"{st} {n}" + r.choice(["", "/A", ", int. 5"])
        cityline = f"{pc} {city} ({region})" if r.random() < 0.6 else f"{pc} {city} {region}"
    elif cc == "NL":
        pc = f"{ent[1]} {r.choice(UL)}{r.choice(UL)}"
        street = f"{st} {n}" + r.choice(["", "", "-2", " hs", "A"])
        cityline = f"{pc} {city}" if r.random() < 0.7 else f"{pc}  {city.upper()}"
    elif cc == "PT":
        pc = f"{ent[1]}-{_d(r, 3)}"
        street = f"{st} {n}, {r.randint(1, 8)}º {r.choice(['Esq.', 'Dto.', 'Frente'])}"
        cityline = f"{pc} {city}"
    elif cc == "PL":
        pc = f"{ent[1]}-{_d(r, 3)}"
        street = f"{st} {n}" + r.choice(["", f"/{r.randint(1, 80)}", f" m. {r.randint(1, 80)}"])
        cityline = f"{pc} {city}"
    elif cc == "SE":
        pc = f"{ent[1]} {_d(r, 2)}"
        street = f"{st} {n}" + r.choice(["", f", lgh {r.randint(1001, 1503)}"])
        cityline = f"{pc} {city}"
    else:  # TR
        region, pc = ent[1], ent[2]
        street = f"{r.choice(['Caferağa', 'Kızılay', 'Alsancak', 'Fenerbahçe'])} Mah. {st} No: {n} D: {r.randint(1, 20)}"
        cityline = f"{pc} {region}/{city}"
    return {"street": street, "city": city, "region": region, "pc": pc,
            "country": COUNTRY_NAME[cc], "cityline": cityline, "cc": cc}


def addr(r, cc, multi=False, country=None):
    p = addr_parts(r, cc)
    sep = "\n" if multi else ", "
    s = p["street"] + sep + p["cityline"]
    if country or (country is None and r.random() < 0.15):
        s += sep + p["country"]
    return s


def phone(r, cc):
    d = lambda n: _d(r, n)  # noqa: E731
    if cc in ("US", "CA"):
        a = f"{r.randint(2, 9)}{d(2)}"
        ln = f"01{d(2)}"
        return r.choice([f"({a}) 555-{ln}", f"{a}-555-{ln}", f"+1 {a} 555 {ln}", f"{a}.555.{ln}",
                         f"1-800-555-{ln}", f"+1-{a}-555-{ln}"])
    if cc == "UK":
        return r.choice([f"0113 496 0{d(3)}", f"020 7946 0{d(3)}", f"07700 900{d(3)}",
                         f"+44 7700 900{d(3)}", f"+44 (0)20 7946 0{d(3)}", f"0161 496 0{d(3)}"])
    if cc == "IE":
        return r.choice([f"+353 21 4{d(2)} {d(4)}", f"087 {d(3)} {d(4)}", f"(01) {d(3)} {d(4)}"])
    if cc == "AU":
        return r.choice([f"(02) 5550 {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}"])
    if cc == "DE":
        return r.choice([f"+49 30 {d(8)}", f"030 {d(7)}", f"0151 {d(8)}", f"+49 (0)89 {d(6)}",
                         f"0221/{d(6)}"])
    if cc == "FR":
        return r.choice([f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                         f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"])
    if cc == "ES":
        return r.choice([f"6{d(2)} {d(3)} {d(3)}", f"+34 91 {d(3)} {d(2)} {d(2)}", f"+34 6{d(2)} {d(3)} {d(3)}"])
    if cc == "IT":
        return r.choice([f"+39 02 {d(4)} {d(4)}", f"3{d(2)} {d(3)} {d(4)}", f"06 {d(8)}"])
    if cc == "NL":
        return r.choice([f"06-{d(8)}", f"+31 20 {d(3)} {d(4)}", f"020-{d(3)} {d(4)}", f"+31 6 {d(8)}"])
    if cc == "PT":
        return r.choice([f"+351 9{d(2)} {d(3)} {d(3)}", f"21{d(1)} {d(3)} {d(3)}", f"9{d(2)} {d(3)} {d(3)}"])
    if cc == "PL":
        return r.choice([f"+48 6{d(2)} {d(3)} {d(3)}", f"22 {d(3)} {d(2)} {d(2)}", f"5{d(2)}-{d(3)}-{d(3)}"])
    if cc == "SE":
        return r.choice([f"070-{d(3)} {d(2)} {d(2)}", f"+46 8 {d(3)} {d(3)} {d(2)}", f"08-{d(3)} {d(2)} {d(2)}"])
    return r.choice([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (212) {d(3)} {d(2)} {d(2)}", f"05{d(2)} {d(3)} {d(4)}"])


# --------------------------------------------------------------- date/time
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


def rdate(r, y0=2022, y1=2025):
    return datetime.date(y0, 1, 1) + datetime.timedelta(days=r.randint(0, (y1 - y0 + 1) * 365 - 1))


def rdob(r):
    return datetime.date(1938, 1, 1) + datetime.timedelta(days=r.randint(0, 68 * 365))


def fdate(r, d, loc="us", wd=False):
    """loc: us uk iso de fr es it nl pt pl sv tr."""
    lang = {"us": "en", "uk": "en", "iso": "en"}.get(loc, loc)
    M = MONTHS[lang]
    m = M[d.month - 1]
    if loc == "us":
        s = r.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{m} {d.day}, {d.year}",
                      f"{m[:3]} {d.day}, {d.year}", f"{d.month}/{d.day}/{d.year % 100:02d}", d.isoformat()])
    elif loc == "uk":
        s = r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}",
                      f"{d.day} {m[:3]} {d.year}", f"{d.day:02d}-{m[:3].upper()}-{d.year}"])
    elif loc == "iso":
        s = d.isoformat()
    elif loc in ("de", "pl", "tr"):
        s = r.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {m} {d.year}" if loc == "de"
                      else f"{d.day} {m} {d.year}"])
    elif loc == "fr":
        s = r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{'1er' if d.day == 1 else d.day} {m} {d.year}"])
    elif loc in ("es", "pt"):
        s = r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m} de {d.year}"])
    elif loc == "it":
        s = r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}"])
    elif loc == "nl":
        s = r.choice([f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {m} {d.year}"])
    else:  # sv
        s = r.choice([d.isoformat(), f"{d.day} {m} {d.year}"])
    if wd:
        w = WEEKDAYS[lang][d.weekday()]
        s = f"{w}, {s}" if lang in ("en", "de", "tr") or r.random() < 0.5 else f"{w} {s}"
    return s


def ftime(r, loc="us", h=None, m=None):
    h = r.randint(7, 21) if h is None else h
    m = r.choice([0, 0, 15, 30, 45, r.randint(0, 59)]) if m is None else m
    if loc == "us":
        ap = "AM" if h < 12 else "PM"
        return r.choice([f"{(h - 1) % 12 + 1}:{m:02d} {ap}", f"{(h - 1) % 12 + 1}:{m:02d}{ap.lower()}",
                         f"{h:02d}:{m:02d}"])
    if loc == "fr":
        return r.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}"])
    if loc == "de":
        return r.choice([f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d} Uhr"])
    if loc == "it":
        return r.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])
    return f"{h:02d}:{m:02d}"


JOIN = {"us": [" at ", ", ", " "], "uk": [" at ", ", ", " "], "iso": [" ", "T"], "de": [" um ", ", "],
        "fr": [" à ", " "], "es": [" a las ", ", "], "it": [" alle ", ", "], "pt": [" às ", ", "],
        "nl": [", ", " "], "pl": [", ", " "], "sv": [" ", ", "], "tr": [" ", ", "]}


def fdatetime(r, d, loc="us", wd=False):
    j = r.choice(JOIN[loc])
    if j == "T":
        return f"{d.isoformat()}T{r.randint(7, 21):02d}:{r.randint(0, 59):02d}"
    return fdate(r, d, loc, wd) + j + ftime(r, loc)


# ------------------------------------------------------- checksummed values
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        k = int(ch)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        s += k
    return s % 10 == 0


def _luhn_complete(r, prefix, length):
    body = prefix + _d(r, length - len(prefix) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_BRANDS = {"VISA": ("4", 16), "MASTERCARD": ("5", 16), "AMEX": ("3", 15), "DISCOVER": ("6011", 16),
               "JCB": ("35", 16), "MAESTRO": ("6759", 16)}


def card(r, brand=None, sep=None):
    brand = brand or r.choice(["VISA", "VISA", "MASTERCARD", "MASTERCARD", "AMEX", "DISCOVER", "JCB", "MAESTRO"])
    pre, ln = CARD_BRANDS[brand]
    if brand == "MASTERCARD":
        pre = r.choice(["51", "52", "53", "54", "55", "2221", "2720"])
    if brand == "AMEX":
        pre = r.choice(["34", "37"])
    n = _luhn_complete(r, pre, ln)
    sep = r.choice(["", " ", " ", "-"]) if sep is None else sep
    if ln == 15:
        return sep.join([n[:4], n[4:10], n[10:]]) if sep else n
    return sep.join(n[i:i + 4] for i in range(0, ln, 4)) if sep else n


def bad_card(r):
    n = _luhn_complete(r, r.choice(["4", "5", "6"]), 16)
    n = n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)
    return r.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def masked_pan(r, words=True):
    last = _d(r, 4)
    return r.choice([f"************{last}", f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}",
                     f"{r.choice(['4', '5'])}{_d(r, 5)}******{last}", f"...{last}",
                     f"ending {last}" if words else f"**{last}", f"xxxxxxxxxxxx{last}"])


IBAN_SPEC = {"DE": "n18", "FR": "n10a11n2", "GB": "a4n14", "ES": "n20", "IT": "a1n10a12", "NL": "a4n10",
             "PT": "n21", "PL": "n24", "SE": "n20", "TR": "n6a16", "BE": "n12", "IE": "a4n14", "AT": "n16"}


def iban(r, cc="DE", grouped=None):
    cc = {"UK": "GB"}.get(cc, cc)
    spec = IBAN_SPEC[cc]
    bban = ""
    for kind, cnt in re.findall(r"([an])(\d+)", spec):
        if kind == "n":
            bban += _d(r, int(cnt))
        else:
            bban += _a(r, int(cnt), UL if cc in ("GB", "IE", "NL", "IT") else UL + string.digits)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    grouped = r.random() < 0.6 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn(r):
    a = r.choice([x for x in range(1, 900) if x != 666])
    s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if r.random() < 0.85 else s.replace("-", r.choice(["", " "]))


def bad_ssn(r):
    a = r.choice(["000", "666", f"9{_d(r, 2)}"])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ip4(r, private=None):
    private = r.random() < 0.6 if private is None else private
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 40)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    return r.choice([f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                     f"{r.randint(23, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ip6(r):
    return "2001:db8:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(r.choice([2, 3]))) + "::" + f"{r.randint(1, 0xfff):x}"


# ------------------------------------------------------------------ secrets
B64 = string.ascii_letters + string.digits + "+/"
AN = string.ascii_letters + string.digits


def aws_ak(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + _a(r, 16, UL + "234567")


def aws_sk(r):
    return _a(r, 40, B64)


def gh_token(r):
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_", "ghr_"]) + _a(r, 36)


def slack_token(r):
    p = r.choice(["xoxb", "xoxb", "xoxp", "xoxa", "xoxr"])
    if p == "xoxp":
        return f"xoxp-{_d(r, 12)}-{_d(r, 12)}-{_d(r, 13)}-{_a(r, 32, '0123456789abcdef')}"
    return f"{p}-{_d(r, 12)}-{_d(r, 13)}-{_a(r, 24)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + r.choice(["51", ""]) + _a(r, r.randint(24, 60))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, sub=None):
    h = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < 0.3:
        h["kid"] = _a(r, 8, "0123456789abcdef")
    iat = r.randint(1_650_000_000, 1_750_000_000)
    p = {"sub": sub or f"mbr_{_d(r, 8)}", "iat": iat, "exp": iat + r.choice([900, 3600, 86400]),
         "scope": r.choice(["loyalty:read", "pos:write orders:read", "giftcard:redeem", "basket"])}
    sig = bytes(r.getrandbits(8) for _ in range(32))
    return ".".join([b64u(json.dumps(h, separators=(",", ":")).encode()),
                     b64u(json.dumps(p, separators=(",", ":")).encode()), b64u(sig)])


def pem(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
    nbytes = {"RSA PRIVATE KEY": r.randint(300, 560), "PRIVATE KEY": r.randint(180, 400),
              "EC PRIVATE KEY": 121}[kind]
    b = base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


PW_WORDS = ["Summer", "Kasse", "Loyalty", "Tiller", "Basket", "Winter", "Monkey", "Dragon", "Sunshine",
            "Welcome", "Store", "Checkout", "Harbour", "Pinewood", "Bright"]


def password(r, dsn_safe=False):
    sym = "!#$%&*?" if not dsn_safe else "!*-_."
    c = r.randint(0, 3)
    if c == 0:
        return r.choice(PW_WORDS) + str(r.randint(1, 2025)) + r.choice(sym)
    if c == 1:
        return _a(r, r.randint(10, 18), AN + sym)
    if c == 2:
        return "-".join(r.choice(["correct", "horse", "till", "receipt", "amber", "falcon", "copper", "orbit"])
                        for _ in range(3)) + str(r.randint(1, 99))
    return r.choice(string.ascii_uppercase) + _a(r, 5, string.ascii_lowercase) + _d(r, 3) + r.choice(sym) + _d(r, 2)


def gsecret(r):
    c = r.randint(0, 7)
    hx = "0123456789abcdef"
    if c == 0:
        return "whsec_" + _a(r, 32)
    if c == 1:
        return "SG." + _a(r, 22, AN + "-_") + "." + _a(r, 43, AN + "-_")
    if c == 2:
        return _a(r, 32, hx)
    if c == 3:
        return "key-" + _a(r, 32, hx)
    if c == 4:
        return "shpat_" + _a(r, 32, hx)
    if c == 5:
        return "AIza" + _a(r, 35, AN + "-_")
    if c == 6:
        return "lyl_live_" + _a(r, 28)
    return _a(r, 48, AN)


# ----------------------------------------------------------- hard negatives
def uuid(r):
    h = f"{r.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(r, n=40):
    return _a(r, n, "0123456789abcdef")


def order_no(r):
    return r.choice([f"ORD-{r.randint(2022, 2025)}-{_d(r, 7)}", f"#{_d(r, 9)}", f"WEB-{_a(r, 6, UL + '0123456789')}",
                     f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}", f"CC{_d(r, 8)}", f"SO{_d(r, 6)}"])


def receipt_no(r):
    return r.choice([f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 6)}", f"TRN{_d(r, 10)}", f"R{_d(r, 4)}/{_d(r, 5)}",
                     f"{_d(r, 20)}"])


def ean13(r):
    body = r.choice(["40", "50", "54", "76", "87", "300", "841", "590", "869"]) + ""
    body = body + _d(r, 12 - len(body))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def money(r, lo=1, hi=300, cur="$"):
    return fmt_money(r.uniform(lo, hi), cur)


def fmt_money(v, cur="$"):
    if cur in ("$", "£", "C$", "A$", "US$"):
        return f"{cur}{v:,.2f}"
    if cur == "€en":
        return f"€{v:,.2f}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return {"€": f"{s} €", "EUR": f"EUR {s}", "zł": f"{s} zł", "kr": f"{s} kr", "TL": f"{s} TL"}[cur]


def version(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 99)}" + r.choice(["", "", "-rc2", "+build.417", "b"])


def plate(r, cc="UK"):
    return {"UK": f"{r.choice(UL)}{r.choice(UL)}{r.randint(51, 74)} {_a(r, 3, UL)}",
            "US": f"{_a(r, 3, UL)}-{_d(r, 4)}", "DE": f"{_a(r, 2, UL)}-{_a(r, 2, UL)} {r.randint(10, 9999)}",
            "FR": f"{_a(r, 2, UL)}-{_d(r, 3)}-{_a(r, 2, UL)}"}.get(cc, f"{_a(r, 3, UL)} {_d(r, 3)}")


def vin(r):
    return _a(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def tracking(r):
    return r.choice([f"1Z{_a(r, 6, UL + '0123456789')}{_d(r, 10)}", f"JD{_d(r, 16)}", f"{_d(r, 12)}",
                     f"RR{_d(r, 9)}GB", f"00{_d(r, 18)}"])


# ---------------------------------------------------- account-like values
def loyalty_no(r):
    return r.choice([f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}", f"LC{_d(r, 10)}", f"MBR-{_d(r, 8)}",
                     f"98{_d(r, 11)}", f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}", f"BB{_d(r, 3)}{_a(r, 2, UL)}{_d(r, 5)}"])


def giftcard_no(r):
    n = "6" + _d(r, 18)
    if luhn_ok(n):
        n = n[:-1] + str((int(n[-1]) + 1) % 10)
    return r.choice([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}", f"GC-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}"])


def cust_acct(r):
    return r.choice([f"{_d(r, 10)}", f"CUST-{_d(r, 7)}", f"AC {_d(r, 4)} {_d(r, 4)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}",
                     f"SC{_d(r, 9)}"])


def bank_acct(r):
    return r.choice([_d(r, 8), _d(r, 10), _d(r, 12), f"{_d(r, 4)}-{_d(r, 6)}"])


def dl_no(r, where="US"):
    if where == "UK":
        s = ascii_slug(r.choice(SURN["en"])).upper()[:5].ljust(5, "9")
        return f"{s}{_d(r, 6)}{_a(r, 2, UL)}{r.randint(1, 9)}{_a(r, 2, UL)}"
    if where == "DE":
        return f"{r.choice(UL)}{_d(r, 3)}{_a(r, 4, UL + '0123456789')}{_d(r, 2)}{r.choice(UL + '0123456789')}"
    st = r.choice(["CA", "NY", "FL", "TX", "IL", "WA", "OH"])
    return {"CA": f"{r.choice(UL)}{_d(r, 7)}", "NY": f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
            "FL": f"{r.choice(UL)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}",
            "TX": _d(r, 8), "IL": f"{r.choice(UL)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}",
            "WA": f"WDL{_a(r, 3, UL)}{_d(r, 2)}{r.choice(UL)}{r.choice(UL)}", "OH": f"{_a(r, 2, UL)}{_d(r, 6)}"}[st]


# ------------------------------------------------------------ retail pools
RETAILERS = [("BrightBasket", "brightbasket.com"), ("Harbourline Home", "harbourline.co.uk"),
             ("Northgate Outfitters", "northgate-outfitters.com"), ("Pinewood Grocers", "pinewoodgrocers.com"),
             ("Kestrel Electronics", "kestrel-electronics.com"), ("Bluewater Sports", "bluewatersports.ie"),
             ("Maple & Main Market", "mapleandmain.ca"), ("Elm Street Books", "elmstreetbooks.com"),
             ("Oakley & Finch", "oakleyfinch.co.uk"), ("Wilkinson Hardware", "wilkinsonhw.com.au"),
             ("Marlow & Daughters Deli", "marlowdaughters.com"), ("Copperleaf Pharmacy", "copperleafrx.com")]
PRODUCTS = ["Jack Daniel's Old No.7 70cl", "Ben & Jerry's Cookie Dough", "Dr. Martens 1460 Boot UK8",
            "Tommy Hilfiger Polo M", "Calvin Klein Boxer 3pk", "Paul Smith Wallet", "Hugo Boss Bottled EDT",
            "Mrs. Meyer's Hand Soap", "Betty Crocker Brownie Mix", "Sara Lee Pound Cake",
            "Ralph Lauren Oxford Shirt", "Levi's 501 Jeans 32/32", "Kiehl's Facial Cream 50ml",
            "Martha Stewart Bath Towel", "Park Avenue Dress Shirt", "Sunset Blvd Scented Candle",
            "Abbey Road Vinyl LP", "Madison Ave Tote Bag", "Baker Street Trench Coat", "Oxford Street Chinos",
            "Bond Street Parfum 50ml", "Organic Bananas 1kg", "Semi-Skimmed Milk 2L", "Sourdough Loaf",
            "USB-C Cable 2m", "AA Batteries 8pk", "Wireless Earbuds X2", "HDMI 2.1 Cable 3m", "Ceramic Mug 350ml",
            "Garden Hose 15m", "Dog Food Adult 12kg", "Coffee Pods x50", "Kettle 1.7L Brushed Steel",
            "LED Bulb E27 9W 4pk", "Kids Raincoat 5-6y", "Yoga Mat 6mm", "Trail Running Shoe 10.5",
            "Phone Case iPhone 15", "Screen Protector Galaxy S24", "Rioja Crianza 75cl",
            "Victoria Sponge Cake", "Earl Grey Tea 80s", "Cumberland Sausages 6pk", "Lady Grey Tea 50s"]
BIG_ITEMS = ["Samsung 55\" QLED TV QE55Q60C", "Dyson V15 Detect Vacuum", "Bosch Serie 6 Washing Machine",
             "Apple iPad Air 11 M2", "Breville Barista Express BES870", "Sony WH-1000XM5 Headphones",
             "Lenovo IdeaPad 5 14\"", "Nikon Z50 Kit", "KitchenAid Artisan Mixer", "Weber Spirit E-325 BBQ",
             "Garmin Forerunner 265", "De'Longhi Magnifica S", "Philips Sonicare 9900", "LG 7kg Heat Pump Dryer"]
PETS = ["Buddy", "Luna", "Biscuit", "Max", "Pepper", "Mr. Whiskers", "Nala", "Otis", "Coco", "Teddy"]
DRUGS = ["amoxicillin 500 mg", "atorvastatin 20 mg", "metformin 850 mg", "sertraline 50 mg",
         "levothyroxine 75 mcg", "salbutamol inhaler", "omeprazole 20 mg", "lisinopril 10 mg"]
PAD = {
    "en": ["Thank you for shopping with us.", "Please keep this document for your records.",
           "This message was generated automatically; replies to it are not monitored.",
           "Prices include applicable taxes unless stated otherwise."],
    "de": ["Vielen Dank für Ihren Einkauf.", "Bitte bewahren Sie diesen Beleg auf.",
           "Diese Nachricht wurde automatisch erstellt."],
    "fr": ["Merci de votre visite.", "Conservez ce document, il vous sera demandé en cas de retour.",
           "Ce message a été généré automatiquement."],
    "es": ["Gracias por su compra.", "Conserve este documento para cualquier reclamación.",
           "Este mensaje se ha generado automáticamente."],
    "it": ["Grazie per aver acquistato da noi.", "Conservi questo documento per eventuali reclami.",
           "Messaggio generato automaticamente."],
    "nl": ["Bedankt voor uw aankoop.", "Bewaar dit document goed.", "Dit bericht is automatisch verzonden."],
    "pt": ["Obrigado pela sua compra.", "Guarde este documento para eventuais reclamações."],
    "pl": ["Dziękujemy za zakupy.", "Prosimy zachować ten dokument."],
    "sv": ["Tack för ditt köp.", "Spara kvittot för eventuella reklamationer."],
    "tr": ["Alışverişiniz için teşekkür ederiz.", "Lütfen bu belgeyi saklayınız."],
}


def retailer(r):
    return r.choice(RETAILERS)


def items(r, k=None, cur="$", width=30, scale=1.0):
    """Line items (name, qty, formatted line total); the running total is in items.total."""
    out = []
    tot = 0.0
    for _ in range(k or r.randint(2, 6)):
        name = r.choice(PRODUCTS)
        q = r.choice([1, 1, 1, 2, 3])
        v = round(r.uniform(0.8, 90) * scale, 2)
        tot += v
        out.append((name[:width], q, fmt_money(v, cur)))
    items.total = round(tot, 2)
    return out


def date_style(r, loc):
    """A date formatter that keeps one format for the whole document."""
    seed = r.randint(0, 10 ** 6)
    return lambda d, wd=False: fdate(random.Random(seed), d, loc, wd)


# shorthands for entity tuples
def PER(s): return (s, "PERSON")
def EM(s): return (s, "EMAIL_ADDRESS")
def TEL(s): return (s, "PHONE_NUMBER")
def LOC(s): return (s, "LOCATION")
def ADR(s): return (s, "ADDRESS")
def DT(s): return (s, "DATE_TIME")
def DOB(s): return (s, "DATE_OF_BIRTH")
def ACC(s): return (s, "ACCOUNT_NUMBER")
def URL(s): return (s, "URL")
def IP(s): return (s, "IP_ADDRESS")
def CC(s): return (s, "CREDIT_CARD")
def IBAN(s): return (s, "IBAN_CODE")
def DL(s): return (s, "DRIVER_LICENSE")
def PW(s): return (s, "PASSWORD")
def SEC(s): return (s, "GENERIC_SECRET")


def url_on(r, dom, kind="any"):
    host = r.choice(["www.", "", "shop.", "help.", "my."]) + dom
    path = r.choice([f"/r/{_a(r, 10, string.ascii_lowercase + string.digits)}",
                     f"/returns/start?order={_d(r, 9)}", f"/account/loyalty", f"/track?ref={_a(r, 12, UL + string.digits)}",
                     f"/giftcards/balance", f"/stores/{_d(r, 4)}", f"/survey?s={_d(r, 4)}&t={_d(r, 5)}",
                     f"/help/price-match", "/privacy", f"/p/{_d(r, 8)}"])
    return f"https://{host}{path}"


# ===================================================================== KINDS
def k_receipt_us(r):
    d = Doc("en")
    name, dom = retailer(r)
    p = addr_parts(r, "US")
    day = rdate(r)
    d.t(f"{name.upper():^40}\n")
    d.f("   Store #{no}  {a}\n", no=_d(r, 4), a=ADR(p["street"] + ", " + p["cityline"]))
    d.f("   Tel {t}\n", t=TEL(phone(r, "US")))
    d.t("-" * 40 + "\n")
    d.f("DATE {dd}  TIME {tt}\nREG {reg}  TRN {trn}  CSHR {c}\n", dd=DT(fdate(r, day, "us")),
        tt=DT(ftime(r, "us")), reg=f"{r.randint(1, 12):02d}", trn=_d(r, 4),
        c=PER(r.choice(GIVEN["en"] + GIVEN["es"] + GIVEN["in"]).upper()))
    for nm, q, pr in items(r, cur="$", width=26):
        d.t(f"{q} {nm:<26}{pr:>11}\n")
    sub = items.total
    tax = round(sub * 0.0725, 2)
    d.t(f"{'SUBTOTAL':<28}{fmt_money(sub):>11}\n{'TAX 7.25%':<28}{fmt_money(tax):>11}\n")
    d.t(f"{'TOTAL':<28}{fmt_money(sub + tax):>11}\n\n")
    d.f("{b} {m}\nAUTH {au}  REF {ref}\nAID A0000000031010  TVR 0000008000\n",
        b=r.choice(["VISA", "MC", "AMEX", "DEBIT"]), m=masked_pan(r), au=_a(r, 6, UL + string.digits),
        ref=_d(r, 12))
    if r.random() < 0.7:
        d.f("\nREWARDS # {acc}\nMEMBER: {p}\nPOINTS EARNED {pe}   BALANCE {pb}\n",
            acc=ACC(loyalty_no(r)), p=PER(person(r, style=r.choice(["caps", "initial", "full"]))),
            pe=r.randint(5, 400), pb=f"{r.randint(100, 9000):,}")
    d.f("\nRETURNS ACCEPTED UNTIL {rd} WITH RECEIPT\n", rd=DT(fdate(r, day + datetime.timedelta(days=30), "us")))
    d.f("Tell us how we did: {u}\n", u=URL(f"https://survey.{dom}/?s={_d(r, 4)}&t={_d(r, 4)}"))
    d.t(f"\n  {_d(r, 22)}\n")
    return d


def k_receipt_uk(r):
    d = Doc("en")
    name, dom = retailer(r)
    day = rdate(r)
    d.f("{n} Ltd\n{a}\nVAT Reg No: GB {v}\nTel: {t}\n\n", n=name, a=ADR(addr(r, "UK", country=False)),
        v=f"{_d(r, 3)} {_d(r, 4)} {_d(r, 2)}", t=TEL(phone(r, "UK")))
    d.f("SALE   {dt}\nTill {till}  Op {op}  Served by: {srv}\n\n", dt=DT(fdatetime(r, day, "uk")),
        till=r.randint(1, 9), op=_d(r, 4), srv=PER(r.choice(GIVEN["en"] + GIVEN["in"] + GIVEN["pl"])))
    for nm, q, pr in items(r, cur="£"):
        d.t(f"{nm:<32}{pr:>9} {r.choice('ABZ')}\n")
        if r.random() < 0.2:
            d.t(f"  Multibuy saving{('-' + money(r, 0.5, 4, '£')):>25}\n")
    d.t(f"\n{'BALANCE DUE':<32}{fmt_money(items.total, '£'):>9}\n")
    d.f("Contactless {b}  {m}\nPAN SEQ 01  AUTH CODE {au}\nMerchant {mid}  TID {tid}\n",
        b=r.choice(["VISA DEBIT", "MASTERCARD", "AMEX"]), m=masked_pan(r), au=_d(r, 6), mid=_d(r, 8),
        tid=_d(r, 8))
    d.t("\nVAT  Rate   Net     VAT\n")
    d.t(f"A    20%  {money(r, 5, 80, '£'):>7} {money(r, 1, 16, '£'):>7}\nZ     0%  {money(r, 1, 20, '£'):>7}   £0.00\n")
    if r.random() < 0.75:
        d.f("\nClubpoints card {acc}\nPoints this visit: {pt}\n", acc=ACC(loyalty_no(r)), pt=r.randint(1, 150))
    d.f("\nChange of mind? Return within 28 days with this receipt.\n{u}\n", u=URL(url_on(r, dom)))
    return d


def k_ereceipt_email(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    cust = person(r, style="full")
    day = rdate(r)
    em = email_for(r, cust)
    d.f("From: {n} <{f}>\nTo: {to}\nDate: {dh}\nSubject: Your e-receipt from {n} (order {o})\n"
        "X-Mailer-Id: {mid}\nX-Store-Channel: pos-{dom}\n\n",
        n=name, f=EM(f"receipts@{dom}"), to=EM(em), dh=f"{WEEKDAYS['en'][day.weekday()][:3]}, {day.day} "
        f"{MONTHS['en'][day.month - 1][:3]} {day.year} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000",
        o=order_no(r), mid=uuid(r), dom=dom)
    d.f("Hi {g},\n\nThanks for visiting our {c} store on {dd}. Here is your receipt.\n\n",
        g=PER(cust.split()[0]), c=LOC(addr_parts(r, cc)["city"]), dd=DT(fdate(r, day, "us" if cc == "US" else "uk", wd=r.random() < 0.3)))
    cur = "$" if cc in ("US", "CA", "AU") else ("€en" if cc == "IE" else "£")
    d.t("Item                              Qty     Price\n")
    for nm, q, pr in items(r, cur=cur):
        d.t(f"{nm:<34}{q:>3} {pr:>9}\n")
    d.t(f"\nTotal paid: {fmt_money(items.total, cur)}   Paid with: card {masked_pan(r)}\n")
    d.f("Receipt ID: {rid}\n\n", rid=receipt_no(r))
    if r.random() < 0.6:
        d.f("Your membership number {acc} earned {k} points.\n", acc=ACC(loyalty_no(r)), k=r.randint(3, 90))
    d.f("View online or start a return: {u}\n\nQuestions? Call {t} or reply to {h}.\n\n{n} · {sa}\n"
        "You are receiving this because you asked for e-receipts. Unsubscribe: {uu}\n",
        u=URL(f"https://receipts.{dom}/v/{_a(r, 16, string.ascii_lowercase + string.digits)}"),
        t=TEL(phone(r, cc)), h=EM(f"help@{dom}"), n=name, sa=ADR(addr(r, cc, country=False)),
        uu=URL(f"https://{dom}/prefs/email?u={_a(r, 20)}"))
    return d


def k_loyalty_signup_form(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["US", "US", "UK", "CA", "AU", "IE"])
    p = addr_parts(r, cc)
    g, s = r.choice(GIVEN[culture(r)]), r.choice(SURN[culture(r)])
    d.t(f"{name.upper()} REWARDS — MEMBERSHIP APPLICATION (scanned form, OCR)\n\n")
    d.f("Title: {ti}     First name: {g}     Surname: {s}\n", ti=r.choice(["Mr", "Mrs", "Ms", "Mx", "Dr"]),
        g=PER(g), s=PER(s))
    d.f("Date of birth: {dob}    (must be 16+)\n", dob=DOB(fdate(r, rdob(r), "us" if cc == "US" else "uk")))
    d.f("Address line 1: {a}\nTown/City: {c}\n", a=ADR(p["street"]), c=LOC(p["city"]))
    if p["region"]:
        d.f("State/Province: {st}\n", st=LOC(p["region"]))
    d.f("Postcode/ZIP: {pc}\nMobile: {m}\nEmail: {e}\n", pc=p["pc"], m=TEL(phone(r, cc)),
        e=EM(email_for(r, f"{g} {s}")))
    d.f("Card number issued: {acc}\nHome store: #{st} ({sc})\n", acc=ACC(loyalty_no(r)), st=_d(r, 4),
        sc=LOC(p["city"]))
    if r.random() < 0.5:
        d.f("Pet club (optional) — pet name: {pet}  species: {sp}  birthday: {pb}\n", pet=r.choice(PETS),
            sp=r.choice(["dog", "cat", "rabbit"]), pb=r.choice(["spring", "unknown", "Jan"]))
    d.t(f"Marketing by SMS [{r.choice('xX ')}]  Email [{r.choice('xX ')}]  Post [ ]\n")
    d.f("Signed: {sig}   Date: {dd}\n\nFOR STORE USE: keyed by {emp} — batch {b}, form v{v}\n",
        sig=PER(f"{g[0]}. {s}" if r.random() < 0.5 else f"{g} {s}"), dd=DT(fdate(r, rdate(r), "uk")),
        emp=r.choice(["EMP" + _d(r, 5), "till " + _d(r, 2)]), b=_d(r, 6), v=version(r))
    return d


def k_loyalty_csv(r):
    d = Doc("en")
    sep = r.choice([",", ";"])
    cols = ["member_id", "first_name", "last_name", "email", "mobile", "dob", "city", "postcode", "tier",
            "points", "joined", "last_visit", "sms_opt_in"]
    d.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 8)):
        cc = r.choice(LANG_CC["en"])
        cul = culture(r)
        g, s = r.choice(GIVEN[cul]), r.choice(SURN[cul])
        p = addr_parts(r, cc)
        q = '"' if (r.random() < 0.3 or "'" in s) else ""
        d.e(loyalty_no(r).replace(" ", ""), "ACCOUNT_NUMBER").t(sep + q).e(g, "PERSON").t(q + sep + q)
        d.e(s, "PERSON").t(q + sep)
        if r.random() < 0.15:
            d.t(f"{g[0].lower()}***@{r.choice(MAIL_DOM['en'])}")
        else:
            d.e(email_for(r, f"{g} {s}"), "EMAIL_ADDRESS")
        d.t(sep)
        if r.random() < 0.85:
            d.e(phone(r, cc), "PHONE_NUMBER")
        d.t(sep)
        d.e(rdob(r).isoformat(), "DATE_OF_BIRTH").t(sep).e(p["city"], "LOCATION").t(sep + p["pc"] + sep)
        d.t(r.choice(["BRONZE", "SILVER", "GOLD", "PLATINUM"]) + sep + str(r.randint(0, 25000)) + sep)
        j = rdate(r, 2015, 2023)
        d.e(j.isoformat(), "DATE_TIME").t(sep).e(rdate(r, 2024, 2025).isoformat(), "DATE_TIME")
        d.t(sep + r.choice(["Y", "N", "true", "false", ""]) + "\n")
    d.t(f"# exported {r.randint(1, 9)} rows by job loyalty-export v{version(r)} run {uuid(r)}\n")
    return d


def k_loyalty_fixedwidth(r):
    d = Doc("en")
    cc = r.choice(["US", "UK", "CA"])
    st = addr_parts(r, cc)
    d.f("TOP SPENDERS — STORE {no} {city} — PERIOD {p}\nPRINTED BY BOS v{v}   PAGE 1 OF 1\n\n",
        no=_d(r, 4), city=LOC(st["city"].upper()), p=f"P{r.randint(1, 13):02d}/FY{r.randint(22, 25)}", v=version(r))
    d.t(f"{'CARD NO':<18}{'NAME':<30}{'TIER':<9}{'PHONE':<20}{'SPEND':>10}  LAST VISIT\n")
    d.t("-" * 100 + "\n")
    cur = "$" if cc != "UK" else "£"
    for _ in range(r.randint(4, 9)):
        acc = loyalty_no(r)
        nm = person(r, style=r.choice(["lastfirst", "caps", "full", "initial"]))
        if r.random() < 0.5:
            nm = nm.upper()
        ph = phone(r, cc)
        d.e(acc, "ACCOUNT_NUMBER").t(" " * max(1, 18 - len(acc)))
        d.e(nm[:28].strip(), "PERSON").t(" " * max(1, 30 - len(nm[:28].strip())))
        d.t(f"{r.choice(['GOLD', 'SILVER', 'PLAT', 'STD']):<9}")
        d.e(ph, "PHONE_NUMBER").t(" " * max(1, 20 - len(ph)))
        d.t(f"{money(r, 200, 9000, cur):>10}  ")
        d.e(fdate(r, rdate(r, 2024, 2025), "us" if cc == "US" else "uk"), "DATE_TIME").t("\n")
    d.t("\n** CONFIDENTIAL – contains customer data. Do not print or e-mail outside head office. **\n")
    return d


def k_loyalty_api_json(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    cul = culture(r)
    g, s = r.choice(GIVEN[cul]), r.choice(SURN[cul])
    p = addr_parts(r, cc)
    mid = loyalty_no(r).replace(" ", "")
    d.f("$ curl -s {u} \\\n  -H 'Authorization: Bearer {tok}' \\\n"
        "  -H 'X-Request-Id: {rid}' | jq .\n", u=URL(f"https://api.{dom}/loyalty/v2/members/{mid}"),
        tok=(jwt(r), "JWT"), rid=uuid(r))
    d.t("{\n")
    d.f('  "memberId": "{m}",\n  "name": {"given": "{g}", "family": "{s}"},\n', m=ACC(mid), g=PER(g), s=PER(s))
    d.f('  "birthDate": "{b}",\n  "email": "{e}",\n  "phones": [{"type": "mobile", "value": "{ph}"}],\n',
        b=DOB(rdob(r).isoformat()), e=EM(email_for(r, f"{g} {s}")), ph=TEL(phone(r, cc)))
    d.f('  "address": {\n    "line1": "{l1}",\n    "city": "{c}",\n', l1=ADR(p["street"]), c=LOC(p["city"]))
    if p["region"]:
        d.f('    "region": "{rg}",\n', rg=LOC(p["region"]))
    d.f('    "postalCode": "{pc}",\n    "country": "{cc}"\n  },\n', pc=p["pc"], cc=cc)
    d.f('  "tier": "{t}",\n  "points": {pts},\n  "enrolledOn": "{en}",\n  "pointsExpiry": "{ex}",\n',
        t=r.choice(["GOLD", "SILVER", "BRONZE"]), pts=r.randint(0, 40000), en=DT(rdate(r, 2014, 2023).isoformat()),
        ex=DT(rdate(r, 2025, 2026).isoformat()))
    d.f('  "preferredStore": {"id": "{sid}", "name": "{sn}"},\n  "consents": {"email": true, "sms": false},\n'
        '  "meta": {"lastUpdated": "{lu}Z", "version": {v}, "etag": "W/\\"{et}\\""}\n}\n',
        sid=_d(r, 4), sn=f"{name} {r.choice(['Riverside', 'Retail Park', 'High St', 'Outlet'])}",
        lu=f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        v=r.randint(1, 40), et=sha(r, 16))
    return d


def k_return_form(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["US", "US", "UK", "CA"])
    loc = "us" if cc in ("US", "CA") else "uk"
    cust = person(r, style=r.choice(["full", "mid", "caps"]))
    buy = rdate(r)
    d.t(f"{name} — RETURNS / EXCHANGE AUTHORISATION\n" + "=" * 48 + "\n")
    d.f("RMA #: {rma}        Store: {st}        Register: {rg}\n", rma=f"RMA{_d(r, 7)}", st=_d(r, 4), rg=_d(r, 2))
    d.f("Customer name .......... {c}\nPhone .................. {ph}\nAddress ................ {a}\n",
        c=PER(cust), ph=TEL(phone(r, cc)), a=ADR(addr(r, cc)))
    d.f("Original receipt # ..... {rc}\nPurchase date .......... {pd}\n", rc=receipt_no(r), pd=DT(fdate(r, buy, loc)))
    it = r.choice(PRODUCTS + BIG_ITEMS)
    d.f("Item ................... {it}\nSKU / UPC .............. {sku} / {upc}\nCondition .............. {co}\n",
        it=it, sku=f"{_d(r, 6)}-{_d(r, 2)}", upc=ean13(r)[1:], co=r.choice(["unopened", "opened - defective", "worn once", "damaged box"]))
    d.f("Reason code ............ {rc} ({why})\n", rc=r.choice(["R02", "R07", "R11", "R15"]),
        why=r.choice(["wrong size", "changed mind", "faulty", "gift duplicate", "price difference"]))
    if r.random() < 0.6:
        d.f("No receipt — ID verified: {dt} {dl}  (state {stt})\n",
            dt=r.choice(["Driver's license", "DL", "Driving licence"]),
            dl=DL(dl_no(r, "UK" if cc == "UK" else "US")), stt=LOC(r.choice(["Ohio", "Texas", "California", "Ontario", "Florida", "Yorkshire"])))
    refund = r.choice(["card", "credit", "cash"])
    if refund == "card":
        d.f("Refund to original tender: {m}  amount {a}\n", m=masked_pan(r), a=money(r, 5, 300, "$" if loc == "us" else "£"))
    elif refund == "credit":
        d.f("Refund issued as store credit card {g}  amount {a}\n", g=ACC(giftcard_no(r)),
            a=money(r, 5, 300, "$" if loc == "us" else "£"))
    else:
        d.t(f"Cash refund {money(r, 5, 60, '$' if loc == 'us' else '£')} — drawer {r.randint(1, 6)}\n")
    d.f("Processed by: {emp} (#{eid})   Manager override: {ov}\nDate/time: {dt}\n",
        emp=PER(person(r, style=r.choice(["first", "initial", "full"]))), eid=_d(r, 5), ov=_a(r, 6, UL + string.digits),
        dt=DT(fdatetime(r, buy + datetime.timedelta(days=r.randint(1, 29)), loc)))
    d.t("Customer signature: ______________   Policy: 30 days, see back of receipt.\n")
    return d


def k_warranty_letter(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["UK", "UK", "IE", "US", "AU"])
    loc = "us" if cc == "US" else "uk"
    cust = person(r, style="full")
    letter = rdate(r, 2023, 2025)
    d.e(cust, "PERSON").t("\n").e(addr(r, cc, multi=True), "ADDRESS").t("\n")
    d.e(phone(r, cc), "PHONE_NUMBER").t("\n\n")
    d.f("Customer Relations\n{n}\n{a}\n\n{dd}\n\n", n=name, a=ADR(addr(r, cc, multi=True, country=False)),
        dd=DT(fdate(r, letter, loc)))
    it = r.choice(BIG_ITEMS)
    buy = letter - datetime.timedelta(days=r.randint(40, 700))
    d.f("Re: Warranty claim — {it}, serial no. {sn}\n\nDear Sir or Madam,\n\n", it=it, sn=_a(r, 12, UL + string.digits))
    d.f("I bought the above item at your {c} branch on {b} (receipt {rc}, order {o}). "
        "Since {m} it {fault}. Your colleague {emp} at the service desk told me it is covered by the "
        "{yrs}-year guarantee and that I should write in.\n\n",
        c=LOC(r.choice(PLACES[cc])[0]), b=DT(fdate(r, buy, loc)), rc=receipt_no(r), o=order_no(r),
        m=r.choice(["last month", "the weekend", "early spring", "Tuesday"]),
        fault=r.choice(["will not power on", "makes a grinding noise", "leaks water onto the floor",
                        "shows error code E21", "has a dead pixel line"]),
        emp=PER(r.choice(GIVEN["en"] + GIVEN["af"] + GIVEN["in"])), yrs=r.choice([2, 3, 5]))
    d.f("I would like a repair or a replacement. I am at home on {dd} if an engineer needs to visit, "
        "or you can reach me by e-mail at {e}.\n\n", dd=DT(fdatetime(r, letter + datetime.timedelta(days=r.randint(5, 20)), loc, wd=True)),
        e=EM(email_for(r, cust)))
    if r.random() < 0.5:
        d.f("My {n} card number is {acc} in case that helps locate the purchase.\n\n", n=name.split()[0],
            acc=ACC(loyalty_no(r)))
    d.f("Yours faithfully,\n\n{s}\n\nEnc. copy of receipt, photos (3)\n", s=PER(cust))
    return d


def k_click_collect_sms(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["UK", "UK", "US", "IE", "AU"])
    loc = "us" if cc == "US" else "uk"
    g = r.choice(GIVEN[culture(r)])
    num = phone(r, cc)
    o = f"CC{_d(r, 8)}"
    st = addr_parts(r, cc)
    day = rdate(r)
    sender = re.sub(r"[^A-Z]", "", name.upper())[:11]
    d.f("Conversation with {s} — exported to {ph}\n\n", s=sender, ph=TEL(num))
    d.f("{t1}  {s}: Hi {g}, thanks for your order {o}. We'll text you when it's ready to collect.\n",
        t1=f"{r.randint(7, 11):02d}:{r.randint(0, 59):02d}", s=sender, g=PER(g), o=o)
    d.f("{t2}  {s}: Good news {g}! Order {o} is ready at {sn} {sc}, {sa}. Collect from {w}. "
        "Show code {code} and photo ID. Free returns within 30 days.\n",
        t2=f"{r.randint(12, 15):02d}:{r.randint(0, 59):02d}", s=sender, g=PER(g), o=o,
        sn=name, sc=LOC(st["city"]), sa=ADR(st["street"] + ", " + st["cityline"]),
        w=DT(fdatetime(r, day, loc, wd=r.random() < 0.4)), code=_d(r, 4))
    d.f("{t3}  You: can my partner {pn} pick it up? im stuck at work\n",
        t3=f"{r.randint(16, 18):02d}:{r.randint(0, 59):02d}", pn=PER(person(r, style=r.choice(["full", "first", "lower"]))))
    d.f("{t4}  {s}: Yes — forward this text and they'll need the code + their own ID. "
        "We keep orders until {ex}, then refund automatically. Details: {u}\n",
        t4=f"{r.randint(19, 21):02d}:{r.randint(0, 59):02d}", s=sender,
        ex=DT(fdate(r, day + datetime.timedelta(days=7), loc, wd=True)), u=URL(f"https://{dom}/cc/{o.lower()}"))
    d.t("Reply STOP to opt out. Msg&data rates may apply.\n")
    return d


def k_click_collect_webhook(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["US", "CA", "AU"])
    cul = culture(r)
    g, s = r.choice(GIVEN[cul]), r.choice(SURN[cul])
    st = addr_parts(r, cc)
    day = rdate(r)
    d.f("POST /hooks/orders HTTP/1.1\nHost: ops.{dom}\nX-Shop-Topic: orders/ready_for_pickup\n"
        "X-Shop-Hmac-Sha256: {h}\nX-Request-Id: {rid}\nContent-Type: application/json\n\n",
        dom=dom, h=base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(), rid=uuid(r))
    d.f('{"id": {oid}, "name": "{on}", "currency": "{cur}", "total_price": "{tp}",\n', oid=_d(r, 13),
        on=f"#{_d(r, 5)}", cur={"US": "USD", "CA": "CAD", "AU": "AUD"}[cc], tp=f"{r.uniform(10, 600):.2f}")
    d.f(' "customer": {"id": {cid}, "first_name": "{g}", "last_name": "{s}", "email": "{e}", "phone": "{ph}"},\n',
        cid=_d(r, 13), g=PER(g), s=PER(s), e=EM(email_for(r, f"{g} {s}")), ph=TEL(phone(r, cc)))
    d.f(' "pickup_location": {"name": "{sn} - {sc}", "address1": "{a1}", "city": "{c}", "province_code": "{pv}", "zip": "{z}"},\n',
        sn=name, sc=LOC(st["city"]), a1=ADR(st["street"]), c=LOC(st["city"]), pv=LOC(st["region"]), z=st["pc"])
    t0 = r.randint(9, 17)
    d.f(' "pickup_window": {"start": "{a}", "end": "{b}"},\n',
        a=DT(f"{day.isoformat()}T{t0:02d}:00:00"), b=DT(f"{day.isoformat()}T{t0 + 2:02d}:00:00"))
    d.f(' "line_items": [{"sku": "{sku}", "title": "{ti}", "quantity": {q}}],\n "note_attributes": '
        '[{"name": "collector", "value": "{col}"}],\n "gateway": "stripe", "payment_details": '
        '{"credit_card_bin": "{bin}", "credit_card_number": "•••• •••• •••• {l4}"}}\n\n',
        sku=f"{_a(r, 3, UL)}-{_d(r, 5)}", ti=r.choice(PRODUCTS), q=r.randint(1, 4),
        col=PER(person(r, style="full")), bin=_d(r, 6), l4=_d(r, 4))
    d.f("# handler config (hooks.yaml) — rotate after incident {inc}\nsigning_secret: {ws}\n"
        "stripe_api_key: {sk}\nretry: 5\ntimeout_ms: 4000\n",
        inc=f"INC-{_d(r, 5)}", ws=SEC("whsec_" + _a(r, 32)), sk=(stripe_key(r), "STRIPE_KEY"))
    return d


def k_gift_card_order(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    loc = "us" if cc == "US" else "uk"
    cur = {"US": "$", "CA": "C$", "AU": "A$", "IE": "€en"}.get(cc, "£")
    to_n, from_n = person(r, style="full"), person(r, style=r.choice(["full", "first"]))
    d.f("Subject: {fn} sent you a {n} e-gift card!\nTo: {te}\n\n", fn=PER(from_n), n=name,
        te=EM(email_for(r, to_n)))
    d.f("Dear {tn},\n\n{fn} has sent you a gift card worth {amt}.\n\n", tn=PER(to_n.split()[0]), fn=PER(from_n),
        amt=money(r, 10, 200, cur))
    d.f("  Message: \"{msg}\"\n\n", msg=r.choice(["Happy birthday! Treat yourself x", "Congrats on the new flat!!",
                                                  "Thank you for everything this year", "Merry Xmas from all of us"]))
    d.f("  Card number:  {gc}\n  PIN:          revealed at checkout (•••••)\n  Valid until:  {ex}\n\n",
        gc=ACC(giftcard_no(r)), ex=DT(fdate(r, rdate(r, 2026, 2028), loc)))
    d.f("Spend it in any store or online at {u}. Check your balance: {ub}\n\n",
        u=URL(f"https://www.{dom}/"), ub=URL(f"https://www.{dom}/giftcards/balance?src=email"))
    d.t("— Purchase details (sent to buyer only) —\n")
    d.f("Order {o} · paid by {m} · billing name {bn} · {ba}\n", o=order_no(r), m=masked_pan(r), bn=PER(from_n),
        ba=ADR(addr(r, cc)))
    d.f("Delivered {dd}\n", dd=DT(fdatetime(r, rdate(r), loc)))
    d.t("Gift cards cannot be exchanged for cash. Lost cards can be replaced if registered. Terms: see website.\n")
    return d


def k_gift_card_chat(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    agent = r.choice(GIVEN["en"] + GIVEN["in"] + GIVEN["af"])
    cust = person(r, style="full")
    h, m = r.randint(8, 20), r.randint(0, 50)
    ts = lambda k: f"[{h:02d}:{m + k:02d}:{r.randint(0, 59):02d}]"  # noqa: E731
    d.f("Live chat transcript · session {sid} · queue GIFTCARDS\n\n", sid=uuid(r))
    d.f("{t} System: {a} has joined the chat\n", t=ts(0), a=PER(agent))
    d.f("{t} {a}: Hi, you're chatting with {a2}. How can I help?\n", t=ts(0), a=PER(agent), a2=PER(agent))
    d.f("{t} Customer: hi, the card my aunt gave me says zero balance?? number is {gc}\n", t=ts(1),
        gc=ACC(giftcard_no(r)))
    d.f("{t} {a}: Let me check. Can you confirm your full name and the email you registered it with?\n",
        t=ts(2), a=PER(agent))
    d.f("{t} Customer: {c}, {e}\n", t=ts(3), c=PER(cust), e=EM(email_for(r, cust)))
    d.f("{t} {a}: Thanks. It was redeemed on {dd} at our {city} store, order {o}.\n", t=ts(4), a=PER(agent),
        dd=DT(fdatetime(r, rdate(r), "us" if cc == "US" else "uk")), city=LOC(r.choice(PLACES[cc])[0]), o=order_no(r))
    if r.random() < 0.6:
        d.f("{t} Customer: that wasnt me. do you need my card? its {pan} exp 0{mo}/{yy}\n", t=ts(5),
            pan=CC(card(r)), mo=r.randint(1, 9), yy=r.randint(26, 30))
        d.f("{t} {a}: Please don't share full card numbers in chat — I've masked it on our side. "
            "Only the last four ({l4}) are needed.\n", t=ts(6), a=PER(agent), l4=_d(r, 4))
    d.f("{t} {a}: I've opened case {cs}. Our fraud team will call you on {ph} within 48 hours.\n", t=ts(7),
        a=PER(agent), cs=f"GC-{_d(r, 6)}", ph=TEL(phone(r, cc)))
    d.f("{t} Customer: ok thx\n{t2} System: Chat ended by customer. Rating: {st}/5\n", t=ts(8), t2=ts(9),
        st=r.randint(1, 5))
    return d


def k_incident_injury(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["UK", "UK", "US", "IE", "AU", "CA"])
    loc = "us" if cc in ("US", "CA") else "uk"
    day = rdate(r)
    inj = person(r, style="full")
    d.t("INCIDENT / ACCIDENT REPORT (Form HS-04 rev 3)\n\n")
    d.f("Store: {n} #{no}, {sa}\n", n=name, no=_d(r, 4), sa=ADR(addr(r, cc, country=False)))
    d.f("Date of incident: {dd}     Time: {tt}\n", dd=DT(fdate(r, day, loc)), tt=DT(ftime(r, "us" if loc == "us" else "uk")))
    d.f("Location in store: aisle {a}, near the {p} display\n\n", a=r.randint(1, 22), p=r.choice(PRODUCTS))
    d.f("Injured person: {p}\nDate of birth: {b}\nTelephone: {t}\nHome address: {a}\nCategory: {cat}\n\n",
        p=PER(inj), b=DOB(fdate(r, rdob(r), loc)), t=TEL(phone(r, cc)), a=ADR(addr(r, cc)),
        cat=r.choice(["customer", "colleague", "contractor", "visitor"]))
    d.f("What happened: {desc}\n\n", desc=r.choice([
        "Slipped on liquid from a broken Jack Daniel's bottle; no wet-floor sign in place.",
        "Trolley bay gate swung shut and struck left hand.",
        "Tripped over a pallet of Park Avenue shirts left in the walkway.",
        "Box of Kingsley Road garden chairs fell from the top shelf."]))
    d.f("First aid given by: {fa} (first aider)\n", fa=PER(person(r, style=r.choice(["full", "first"]))))
    if r.random() < 0.7:
        d.f("Ambulance: yes, ref {cad}. Taken to {hosp}; hospital MRN {mrn}.\n",
            cad=f"CAD{_d(r, 6)}", hosp=r.choice(["St James's University Hospital", "Royal Victoria Infirmary",
                                                   "Mercy General", "Mater Misericordiae", "St Michael's Hospital"]),
            mrn=(r.choice([f"MRN {_d(r, 8)}", f"{_a(r, 3, UL)}{_d(r, 7)}", f"RX{_d(r, 6)}-{_d(r, 2)}"]).split(" ")[-1],
                 "MEDICAL_RECORD_NUMBER"))
    d.f("Witness: {w}, tel. {wt}\n", w=PER(person(r, style="full")), wt=TEL(phone(r, cc)))
    d.t(f"CCTV retained: cam {r.randint(1, 16):02d}, 20 minutes either side.  RIDDOR reportable: {r.choice(['No', 'TBC'])}\n")
    d.f("\nCompleted by: {m} (Duty Manager)   {dt}\nInsurer notified: claim {cl}\n",
        m=PER(person(r, style=r.choice(["full", "initial"]))), dt=DT(fdatetime(r, day, loc)), cl=f"PL/{_d(r, 7)}")
    return d


def k_incident_security(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["UK", "US", "UK", "AU"])
    loc = "us" if cc == "US" else "uk"
    day = rdate(r)
    d.f("LOSS PREVENTION — INCIDENT LOG ENTRY\nRef: LP-{y}-{n5}\nStore: {sn}, {city}\n",
        y=day.year, n5=_d(r, 5), sn=name, city=LOC(r.choice(PLACES[cc])[0]))
    d.f("Occurred: {oc}\nReported by: {rb} (security officer, badge {bd})\n\n",
        oc=DT(fdatetime(r, day, loc, wd=r.random() < 0.5)), rb=PER(person(r, style="full")), bd=_d(r, 4))
    d.f("Summary: male, approx 30-35, grey hoodie, selected {q}x {p} and left via the main doors without "
        "payment. Vehicle: blue hatchback, reg {pl}. Value {v}.\n",
        q=r.randint(2, 8), p=r.choice(["Hugo Boss Bottled EDT", "Calvin Klein Boxer 3pk", "Dyson V15 Detect Vacuum",
                                       "Ralph Lauren Oxford Shirt"]),
        pl=plate(r, "UK" if cc == "UK" else "US"), v=money(r, 60, 900, "£" if cc == "UK" else "$"))
    if cc == "US":
        d.f("Police: Officer {o}, badge #{b}, case #{cs}. ", o=PER(person(r, style="last")), b=_d(r, 4),
            cs=f"{day.year % 100}-{_d(r, 6)}")
    else:
        d.f("Police: PC {o} ({b}), crime ref {cs}. ", o=PER(person(r, style="last")), b=_d(r, 4),
            cs=f"{r.randint(1, 52)}/{_d(r, 5)}/{day.year % 100}")
    d.t("CCTV exported to USB, chain-of-custody form signed.\n")
    if r.random() < 0.6:
        d.f("\nSubject identified from previous banning notice: {p}, DOB {b}, last known address {a}. "
            "Notice served {sv}.\n", p=PER(person(r, style=r.choice(["caps", "full", "lastfirst"]))),
            b=DOB(fdate(r, rdob(r), loc)), a=ADR(addr(r, cc, country=False)),
            sv=DT(fdate(r, day - datetime.timedelta(days=r.randint(30, 400)), loc)))
    d.t(f"\nShrink category: external theft · Recovered: {r.choice(['none', 'partial', 'all'])} · "
        f"Hours lost: {r.randint(1, 3)}\n")
    return d


def k_cs_email_thread(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    loc = "us" if cc == "US" else "uk"
    cul = culture(r)
    g, s = r.choice(GIVEN[cul]), r.choice(SURN[cul])
    em = email_for(r, f"{g} {s}")
    acc = loyalty_no(r)
    agent = r.choice(GIVEN["en"] + GIVEN["af"] + GIVEN["ea"])
    case = f"CS-{_d(r, 8)}"
    day = rdate(r)
    d.f("From: Customer Care <{c}>\nTo: {to}\nDate: {dh}\nSubject: RE: Complaint {cs} – missing loyalty points\n\n",
        c=EM(f"care@{dom}"), to=EM(em), cs=case,
        dh=f"{day.isoformat()} {r.randint(8, 18):02d}:{r.randint(0, 59):02d} +0{r.randint(0, 2)}00")
    d.f("Dear {t} {s},\n\nThank you for your patience. We have credited {k} points to account {acc} and "
        "passed your feedback about the {c} store to the store manager, {mg}.\n\n",
        t=r.choice(["Mr", "Ms", "Mrs", "Mx"]), s=PER(s), k=r.randint(100, 900), acc=ACC(acc),
        c=LOC(r.choice(PLACES[cc])[0]), mg=PER(person(r, style="full")))
    d.f("Kind regards,\n{a}\nCustomer Care Team | {n}\n\n", a=PER(agent), n=name)
    d.t("-----Original Message-----\n")
    d.f("From: {cn} <{e}>\nSent: {sent}\nTo: {ce}\nSubject: missing points!!!\n\n",
        cn=PER(f"{g} {s}"), e=EM(em), ce=EM(f"care@{dom}"),
        sent=f"{WEEKDAYS['en'][day.weekday()]}, {MONTHS['en'][day.month - 1]} {day.day}, {day.year} {r.randint(1, 12)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])}")
    prev = day - datetime.timedelta(days=r.randint(3, 20))
    d.f("i shopped at ur store on {dd} and spent {amt} but the points never showed. card no is {acc}. "
        "also the guy on till 4 (badge said {cashier}) was really rude. {call} {ph}\n\n{sig}\n",
        dd=DT(fdate(r, prev, loc)), amt=money(r, 20, 300, "$" if cc == "US" else "£"), acc=ACC(acc),
        cashier=PER(r.choice(GIVEN["en"] + GIVEN["pl"]).upper()), call=r.choice(["call me on", "ring me", "my number is"]),
        ph=TEL(phone(r, cc)), sig=PER(r.choice([g, f"{g} {s}", g.lower()])))
    d.t("\nSent from my iPhone\n")
    return d


def k_cs_chat(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    loc = "us" if cc == "US" else "uk"
    agent = r.choice(GIVEN["en"] + GIVEN["ea"] + GIVEN["ar"])
    cul = culture(r)
    g, s = r.choice(GIVEN[cul]), r.choice(SURN[cul])
    clock = [r.randint(8, 21) * 3600 + r.randint(0, 1800)]

    def ts():
        clock[0] += r.randint(5, 110)
        c = clock[0]
        return f"{c // 3600:02d}:{c % 3600 // 60:02d}:{c % 60:02d}"
    d.f("Chat {cid} | channel: web | queue: Orders | rating: n/a\n", cid=sha(r, 12))
    d.f("{t} Visitor: hi my click and collect order never came to the store\n", t=ts())
    d.f("{t} {a} joined the conversation\n", t=ts(), a=PER(agent))
    d.f("{t} {a}: Hi there, sorry about that! Could I take your order number and the name on the order?\n",
        t=ts(), a=PER(agent))
    o = order_no(r)
    d.f("{t} Visitor: {o} and its {nm}\n", t=ts(), o=o, nm=PER(r.choice([f"{g} {s}", f"{g} {s}".lower(), s])))
    disp = rdate(r)
    d.f("{t} {a}: Thanks {g}. It left our warehouse on {dd} (tracking {tr}) but was misrouted to our {c} branch.\n",
        t=ts(), a=PER(agent), g=PER(g), dd=DT(fdate(r, disp, loc)), tr=tracking(r),
        c=LOC(r.choice(PLACES[cc])[0]))
    d.f("{t} Visitor: ugh. can you just deliver it to my work instead? {wa}\n", t=ts(),
        wa=ADR(addr(r, cc, country=False)))
    nd = disp + datetime.timedelta(days=r.randint(2, 5))
    d.f("{t} {a}: Done — a courier will bring it on {dd} between {t1} and {t2}. "
        "You'll get a text on the number ending {l4}.\n", t=ts(), a=PER(agent),
        dd=DT(fdate(r, nd, loc, wd=True)), t1=DT(ftime(r, "us", h=r.randint(7, 10), m=0)),
        t2=DT(ftime(r, "us", h=r.randint(12, 16), m=0)), l4=_d(r, 2))
    d.f("{t} Visitor: actually use my other mobile {ph} and email {e}\n", t=ts(), ph=TEL(phone(r, cc)),
        e=EM(email_for(r, f"{g} {s}")))
    d.f("{t} {a}: Updated. Anything else today?\n{t2} Visitor: no thats it thanks\n{t3} Conversation closed "
        "(duration 00:0{k}:{sec})\n", t=ts(), a=PER(agent), t2=ts(), t3=ts(), k=r.randint(4, 9), sec=r.randint(10, 59))
    return d


def k_pos_log(r):
    d = Doc("en")
    name, dom = retailer(r)
    day = rdate(r)
    hh, mi, ss = r.randint(7, 20), r.randint(0, 50), r.randint(0, 50)
    store = _d(r, 4)
    lane = f"{r.randint(1, 12):02d}"
    tip = ip4(r, True)

    def ts():
        nonlocal ss
        ss += r.randint(0, 6)
        return f"{day.isoformat()}T{hh:02d}:{mi + ss // 60:02d}:{ss % 60:02d}.{_d(r, 3)}Z"
    d.f("{t} INFO  [pos-core {v}] terminal=T{st}-{ln} ip={ip} boot ok uptime={u}s\n", t=ts(), v=version(r),
        st=store, ln=lane, ip=IP(tip), u=r.randint(30, 90000))
    d.f("{t} INFO  [payment] EMV txn start amt={a} cur={c} stan={stan} rrn={rrn}\n", t=ts(),
        a=f"{r.uniform(2, 300):.2f}", c=r.choice(["GBP", "USD", "EUR", "CAD"]), stan=_d(r, 6), rrn=_d(r, 12))
    d.f("{t} DEBUG [payment] card read: pan={m} exp=**/** aid=A000000004{aid}\n", t=ts(), m=masked_pan(r),
        aid=r.choice(["1010", "3060"]))
    if r.random() < 0.55:
        pan = card(r, sep="")
        d.f("{t} WARN  [payment] P2PE disabled on lane {ln}; raw track2 ;", t=ts(), ln=lane)
        d.e(pan, "CREDIT_CARD").t(f"={r.randint(26, 30)}{r.randint(1, 12):02d}101{_d(r, 9)}?\n")
        d.f("{t} WARN  [payment] name on card: {nm}\n", t=ts(),
            nm=PER(f"{ascii_slug(r.choice(SURN['en'])).upper()}/{ascii_slug(r.choice(GIVEN['en'])).upper()}"))
    else:
        d.f("{t} INFO  [payment] token={tok} (vault)\n", t=ts(), tok=f"tok_{_a(r, 24)}")
    d.f("{t} INFO  [loyalty] lookup member={acc} tier={tier} rsp=200 in {ms}ms\n", t=ts(), acc=ACC(loyalty_no(r).replace(" ", "")),
        tier=r.choice(["GOLD", "SILVER"]), ms=r.randint(20, 900))
    d.f("{t} ERROR [net] gateway {gw}:443 timeout after 30000ms, retry 1/3 (ref {ref})\n", t=ts(),
        gw=IP(ip4(r, False)), ref=bad_card(r).replace(" ", ""))
    d.f("{t} INFO  [sync] pushed {k} txns to {u} ({b} bytes)\n", t=ts(), k=r.randint(1, 40),
        u=URL(f"https://pos-sync.{dom}/api/v1/stores/{store}/batch"), b=r.randint(2000, 90000))
    d.f("{t} INFO  [upd] firmware {fw} sha256={h} applied; next check in 6h\n", t=ts(), fw=version(r), h=sha(r, 64))
    if r.random() < 0.3:
        d.f("{t} INFO  [ipv6] lane {ln} dual-stack addr {ip}\n", t=ts(), ln=lane, ip=IP(ip6(r)))
    d.f("{t} INFO  [drawer] opened by operator {op} (no sale) reason=\"change for float\"\n", t=ts(), op=_d(r, 4))
    return d


def k_pos_config(r):
    d = Doc("en")
    name, dom = retailer(r)
    store, lane = _d(r, 4), f"{r.randint(1, 12):02d}"
    net = f"10.{r.randint(1, 200)}.{r.randint(0, 255)}"
    d.f("; {n} POS lane config — store {s} lane {l}\n; generated by deploy-tool {v} — DO NOT COMMIT\n\n",
        n=name, s=store, l=lane, v=version(r))
    d.f("[terminal]\nid = T{s}-{l}\nip = {ip}\ngateway = {gw}\ndns = {dns1}, {dns2}\ntimezone = Europe/London\n\n",
        s=store, l=lane, ip=IP(f"{net}.{r.randint(100, 199)}"), gw=IP(f"{net}.1"), dns1=IP(f"{net}.10"),
        dns2=IP("10.0.0.53"))
    d.f("[payment]\nprovider = stripe_terminal\napi_key = {sk}\npublishable_key = pk_live_{pk}\nlocation = tml_{tml}\n\n",
        sk=(stripe_key(r), "STRIPE_KEY"), pk=_a(r, 30), tml=_a(r, 14))
    d.f("[loyalty]\nendpoint = {u}\nclient_id = pos-lane-{l}\nclient_secret = {cs}\n\n",
        u=URL(f"https://loyalty-api.{dom}/v3"), l=lane, cs=SEC(_a(r, r.choice([32, 48]), AN + "-_")))
    pw = password(r, dsn_safe=True)
    d.f("[db]\ndsn = postgresql://pos_app:{pw}@db-store{s}.internal:5432/pos?sslmode=require\n\n", pw=PW(pw), s=store)
    d.f("[manager]\noverride_pin = ******\nsupport_login = support{s}\nsupport_password = {spw}\n\n",
        s=store, spw=PW(password(r)))
    d.f("[receipt]\nfooter_line1 = Thank you for shopping at {n}\nfooter_line2 = Returns within 30 days\n"
        "survey_url = {u}\nprinter = EPSON TM-T88VI fw {fw}\n", n=name, u=URL(f"https://survey.{dom}/r"), fw=version(r))
    return d


def k_staff_rota(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["UK", "UK", "US", "IE", "AU"])
    loc = "us" if cc == "US" else "uk"
    mon = rdate(r)
    mon -= datetime.timedelta(days=mon.weekday())
    days = [mon + datetime.timedelta(days=i) for i in range(r.choice([5, 6]))]
    d.f("STAFF ROTA — {n}, {c} — week commencing {wc}\n", n=name, c=LOC(r.choice(PLACES[cc])[0]),
        wc=DT(fdate(r, mon, loc)))
    d.t("Published by store admin. Swaps must be approved by a manager 48h in advance.\n\n")
    d.t(f"{'Name':<24}| {'Emp#':<7}")
    for dd in days:
        d.t("| ").e(f"{WEEKDAYS['en'][dd.weekday()][:3]} {dd.day:02d}/{dd.month:02d}", "DATE_TIME").t("     ")
    d.t("\n" + "-" * (33 + 16 * len(days)) + "\n")
    codes = r.random() < 0.6
    for _ in range(r.randint(3, 6)):
        nm = person(r, style=r.choice(["full", "initial", "full", "first"]))
        d.e(nm[:22], "PERSON").t(" " * (24 - len(nm[:22])) + f"| {_d(r, 5):<7}")
        for _dd in days:
            d.t("| ")
            c = r.random()
            if c < 0.25:
                d.t(f"{r.choice(['OFF', 'HOL', 'OFF', 'TRN']):<14}")
            elif codes:
                d.t(f"{r.choice(['E', 'L', 'M', 'E', 'L', 'N/S', 'E+DEL']):<14}")
            else:
                a, b = r.randint(6, 13), 0
                b = a + r.choice([4, 6, 8, 9])
                d.e(f"{a:02d}:00", "DATE_TIME").t("-").e(f"{b:02d}:{r.choice(['00', '30'])}", "DATE_TIME").t("    ")
        d.t("\n")
    if codes:
        d.f("\nShift key: E = early {e1}–{e2}, M = middle {m1}–{m2}, L = late {l1}–{l2}, N/S = night stock, "
            "DEL = delivery (bay 2).\n", e1=DT("06:00"), e2=DT("14:30"), m1=DT("10:00"), m2=DT("18:00"),
            l1=DT("14:00"), l2=DT("22:30"))
    d.f("\nKey holder this week: {k} ({ph}). Stocktake {st} — all hands.\n", k=PER(person(r, style="full")),
        ph=TEL(phone(r, cc)), st=DT(fdatetime(r, days[-1], loc)))
    return d


def k_slack_export(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    loc = "us" if cc == "US" else "uk"
    base = r.randint(1_680_000_000, 1_740_000_000)
    msgs = []
    people = [person(r, style="full") for _ in range(3)]

    def m(i, who, parts):
        msgs.append((i, who, parts))
    m(0, people[0], [("can anyone cover ", None), (people[1].split()[0], "PERSON"), ("'s late on ", None),
                     (fdate(r, rdate(r), loc, wd=True), "DATE_TIME"), ("? she's off sick", None)])
    m(1, people[2], [("i can do it but only till ", None), (ftime(r, "us", h=r.randint(18, 21)), "DATE_TIME")])
    m(2, people[1], [("till 3 card reader down again, it's on ", None), (ip4(r, True), "IP_ADDRESS"),
                     (" — rebooted twice, ticket INC", None), (_d(r, 7), None)])
    m(3, people[0], [("customer ", None), (person(r, style="full"), "PERSON"), (" rang about C&C order ", None),
                     (order_no(r), None), (", pls call back on ", None), (phone(r, cc), "PHONE_NUMBER")])
    if r.random() < 0.6:
        m(4, "pos-alerts (bot)", [("ERROR invalid_auth posting to #store-ops with token ", None),
                                  (slack_token(r), "SLACK_TOKEN"), (" — check vault path kv/pos/slack", None)])
    else:
        m(4, "pos-alerts (bot)", [("Nightly Z-report for store ", None), (_d(r, 4), None),
                                  (" uploaded. Build ", None), (sha(r, 7), None)])
    d.t("[\n")
    for k, (i, who, parts) in enumerate(msgs):
        handle = ascii_slug(who.split()[0])[:8] + "." + (ascii_slug(who.split()[-1])[:1] or "x")
        d.f('  {"ts": "{ts}.{us}", "user": "U0{uid}", "user_name": "{h}", ', ts=base + i * r.randint(60, 900),
            us=_d(r, 6), uid=_a(r, 8, UL + string.digits), h=handle if "bot" not in who else "pos-alerts")
        if "bot" in who:
            d.t('"real_name": "POS Alerts", "text": "')
        else:
            d.t('"real_name": "').e(who, "PERSON").t('", "text": "')
        for txt, typ in parts:
            d.e(txt, typ)
        d.t('"}' + ("," if k < len(msgs) - 1 else "") + "\n")
    d.t("]\n")
    return d


def _edi_names(r):
    for _ in range(20):
        g, s = r.choice(GIVEN[culture(r)]), r.choice(SURN[culture(r)])
        if "'" not in g + s:
            return g, s
    return "Anna", "Smith"


def k_edi_850(r):
    d = Doc("en")
    name, dom = retailer(r)
    st = addr_parts(r, "US")
    day = rdate(r)
    ctl = _d(r, 9)
    d.f("ISA*00*          *00*          *ZZ*{snd}*ZZ*{rcv}*{d6}*{hm}*U*00401*{ctl}*0*P*>~\n",
        snd=f'{re.sub(r"[^A-Z]", "", name.upper())[:15]:<15}', rcv=f"{'ACMESUPPLY':<15}", d6=day.strftime("%y%m%d"),
        hm=f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}", ctl=ctl)
    d.f("GS*PO*{snd}*ACMESUPPLY*{d8}*{hm}*{g}*X*004010~\nST*850*0001~\n",
        snd=re.sub(r"[^A-Z]", "", name.upper())[:10], d8=day.strftime("%Y%m%d"), hm=f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
        g=int(ctl) % 10000)
    d.f("BEG*00*SA*PO{po}**{d8}~\nREF*DP*{dep}~\n", po=_d(r, 7), d8=DT(day.strftime("%Y%m%d")), dep=_d(r, 3))
    g, s = _edi_names(r)
    pdig = re.sub(r"\D", "", phone(r, "US"))[-10:]
    d.f("PER*BD*{n}*TE*{ph}*EM*{em}~\n", n=PER(f"{g} {s}".upper() if r.random() < 0.5 else f"{g} {s}"),
        ph=TEL(pdig), em=EM(f"{ascii_slug(g)[0]}{ascii_slug(s)}@{dom}"))
    d.f("DTM*002*{dd}~\n", dd=DT((day + datetime.timedelta(days=r.randint(3, 14))).strftime("%Y%m%d")))
    d.f("N1*ST*{sn} STORE {no}*92*{no}~\nN3*{a}~\nN4*{c}*{stt}*{z}*US~\n", sn=name.upper(), no=_d(r, 4),
        a=ADR(st["street"].upper()), c=LOC(st["city"].upper()), stt=LOC(st["region"]), z=st["pc"])
    n = r.randint(2, 5)
    for i in range(n):
        d.f("PO1*{i}*{q}*EA*{p}**UP*{upc}*VN*{vn}~\nPID*F****{desc}~\n", i=i + 1, q=r.choice([12, 24, 48, 6]),
            p=f"{r.uniform(1, 40):.2f}", upc=ean13(r)[1:], vn=f"{_a(r, 2, UL)}{_d(r, 5)}",
            desc=r.choice(PRODUCTS).upper())
    d.f("CTT*{n}~\nSE*{k}*0001~\nGE*1*{g}~\nIEA*1*{ctl}~\n", n=n, k=8 + 2 * n, g=int(ctl) % 10000, ctl=ctl)
    return d


def k_edi_856(r):
    d = Doc("en")
    name, dom = retailer(r)
    sf, stp = addr_parts(r, "US"), addr_parts(r, "US")
    day = rdate(r)
    ctl = _d(r, 9)
    d.f("ISA*00*          *00*          *ZZ*ACMESUPPLY     *ZZ*{rcv}*{d6}*{hm}*U*00401*{ctl}*0*P*>~\n"
        "GS*SH*ACMESUPPLY*{rcv2}*{d8}*{hm}*{gn}*X*004010~\nST*856*0001~\n",
        rcv=f'{re.sub(r"[^A-Z]", "", name.upper())[:15]:<15}', rcv2=re.sub(r"[^A-Z]", "", name.upper())[:10],
        d6=day.strftime("%y%m%d"), d8=day.strftime("%Y%m%d"), hm=f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
        ctl=ctl, gn=int(ctl) % 10000)
    d.f("BSN*00*SH{sid}*{d8}*{hm}~\nHL*1**S~\nTD1*CTN25*{k}****G*{w}*LB~\nTD5*B*2*UPSN*M*UPS GROUND~\n",
        sid=_d(r, 8), d8=DT(day.strftime("%Y%m%d")), hm=DT(f"{r.randint(6, 20):02d}{r.randint(0, 59):02d}"),
        k=r.randint(1, 40), w=r.randint(5, 900))
    d.f("REF*BM*{bol}~\nREF*CN*{trk}~\nDTM*011*{sh}~\nDTM*017*{dl}~\n", bol=_d(r, 17), trk=tracking(r),
        sh=DT(day.strftime("%Y%m%d")), dl=DT((day + datetime.timedelta(days=r.randint(2, 6))).strftime("%Y%m%d")))
    d.f("N1*SF*ACME SUPPLY CO*92*{v}~\nN3*{a}~\nN4*{c}*{s}*{z}~\n", v=_d(r, 6), a=ADR(sf["street"].upper()),
        c=LOC(sf["city"].upper()), s=LOC(sf["region"]), z=sf["pc"])
    d.f("N1*ST*{n} DC*92*{no}~\nN3*{a}~\nN4*{c}*{s}*{z}~\n", n=name.upper(), no=_d(r, 4),
        a=ADR(stp["street"].upper()), c=LOC(stp["city"].upper()), s=LOC(stp["region"]), z=stp["pc"])
    d.f("HL*2*1*O~\nPRF*PO{po}~\nHL*3*2*P~\nMAN*GM*00{sscc}~\n", po=_d(r, 7), sscc=_d(r, 18))
    for i in range(r.randint(1, 4)):
        d.f("HL*{h}*3*I~\nLIN**UP*{upc}*VN*{vn}~\nSN1**{q}*EA~\n", h=4 + i, upc=ean13(r)[1:],
            vn=f"{_a(r, 2, UL)}{_d(r, 5)}", q=r.choice([6, 12, 24]))
    d.f("CTT*{n}~\nSE*{k}*0001~\nGE*1*{gn}~\nIEA*1*{ctl}~\n", n=r.randint(1, 4), k=r.randint(18, 30),
        gn=int(ctl) % 10000, ctl=ctl)
    return d


def k_edifact_orders(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["UK", "IE", "DE", "NL"])
    st = addr_parts(r, cc)
    day = rdate(r)
    ref = _d(r, 8)
    d.f("UNA:+.? '\nUNB+UNOC:3+{g1}:14+{g2}:14+{d6}:{hm}+{ref}'\nUNH+1+ORDERS:D:96A:UN:EAN008'\n",
        g1=ean13(r), g2=ean13(r), d6=day.strftime("%y%m%d"), hm=f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}", ref=ref)
    d.f("BGM+220+PO{po}+9'\nDTM+137:{dd}:102'\nDTM+2:{dl}:102'\n", po=_d(r, 7), dd=DT(day.strftime("%Y%m%d")),
        dl=DT((day + datetime.timedelta(days=r.randint(2, 10))).strftime("%Y%m%d")))
    d.f("NAD+BY+{gln}::9++{n}+{a}+{c}++{pc}+{cc}'\n", gln=ean13(r), n=name.upper().replace("&", "AND"),
        a=ADR(st["street"].replace("'", " ")), c=LOC(st["city"]), pc=st["pc"], cc=cc.replace("UK", "GB"))
    g, s = _edi_names(r)
    d.f("CTA+OC+:{p}'\nCOM+{ph}:TE'\nCOM+{em}:EM'\n", p=PER(f"{g} {s}"), ph=TEL(phone(r, cc).replace("+", "00").replace("(0)", "")),
        em=EM(f"{ascii_slug(g)}.{ascii_slug(s)}@{dom}"))
    sp = addr_parts(r, "DE")
    d.f("NAD+SU+{gln}::9++{sup}+{a}+{c}++{pc}+DE'\n", gln=ean13(r), sup=r.choice(["BRANDT & SOEHNE GMBH", "WEBER HAUSHALTSWAREN KG", "SCHNEIDER FOODS AG"]),
        a=ADR(sp["street"]), c=LOC(sp["city"]), pc=sp["pc"])
    n = r.randint(2, 5)
    for i in range(n):
        d.f("LIN+{i}++{ean}:EN'\nQTY+21:{q}'\nPRI+AAA:{p}'\n", i=i + 1, ean=ean13(r), q=r.choice([6, 12, 48, 96]),
            p=f"{r.uniform(0.5, 30):.2f}")
    d.f("UNS+S'\nCNT+2:{n}'\nUNT+{k}+1'\nUNZ+1+{ref}'\n", n=n, k=10 + 3 * n, ref=ref)
    return d


def k_layaway(r):
    d = Doc("en")
    name, dom = retailer(r)
    loc = "us"
    start = rdate(r)
    cust = person(r, style=r.choice(["full", "mid", "caps"]))
    d.f("LAYAWAY AGREEMENT        No. LAY-{s}-{n}\n{sn} · {sa} · {sp}\n\n", s=_d(r, 4), n=_d(r, 5), sn=name,
        sa=ADR(addr(r, "US", country=False)), sp=TEL(phone(r, "US")))
    d.f("Customer: {c}\nPhone: {ph}     Alt. contact: {alt} ({rel}) {aph}\nAddress: {a}\n",
        c=PER(cust), ph=TEL(phone(r, "US")), alt=PER(person(r, style="first")),
        rel=r.choice(["sister", "husband", "mom", "roommate"]), aph=TEL(phone(r, "US")), a=ADR(addr(r, "US")))
    d.f("Photo ID: driver license {dl}, issued {stt}\n\n", dl=DL(dl_no(r, "US")),
        stt=LOC(r.choice(["Ohio", "Texas", "California", "Georgia", "Arizona", "New York"])))
    price = r.uniform(150, 1800)
    d.f("Item held: {it}   price {p}   tag #{tag}\nDeposit (20%): {dep} paid {pd} by {m}\n\n",
        it=r.choice(BIG_ITEMS), p=f"${price:,.2f}", tag=_d(r, 6), dep=f"${price * 0.2:,.2f}",
        pd=DT(fdate(r, start, loc)), m=r.choice(["cash", f"card {masked_pan(r)}"]))
    dsty = date_style(r, "us")
    d.t("PAYMENT SCHEDULE\n  #   Due date        Amount\n")
    k = r.choice([3, 4, 6])
    for i in range(k):
        due = start + datetime.timedelta(days=14 * (i + 1))
        ds = dsty(due)
        d.t(f"  {i + 1}   ").e(ds, "DATE_TIME").t(" " * max(1, 16 - len(ds)) + f"${price * 0.8 / k:,.2f}\n")
    d.f("\nFinal payment due {fd}. Merchandise not paid for and picked up by that date returns to stock; "
        "a $10.00 service fee applies. No price adjustments on layaway items.\n\n",
        fd=DT(dsty(start + datetime.timedelta(days=14 * k), wd=r.random() < 0.5)))
    d.f("Customer signature: /s/ {c}      Associate: {a} (#{e})\n", c=PER(cust.title() if cust.isupper() else cust),
        a=PER(person(r, style=r.choice(["first", "initial"]))), e=_d(r, 5))
    return d


def k_credit_application(r):
    d = Doc("en")
    name, dom = retailer(r)
    cust = person(r, style=r.choice(["full", "mid"]))
    d.f("{n} STORE CARD — INSTANT CREDIT APPLICATION (tablet, lane {l})\nApplication ID: {aid}\n\n", n=name.upper(),
        l=r.randint(1, 9), aid=uuid(r))
    d.f("APPLICANT\n  Full legal name ....... {c}\n  Date of birth ......... {b}\n  SSN ................... {s}\n",
        c=PER(cust), b=DOB(fdate(r, rdob(r), "us")), s=(ssn(r), "US_SSN"))
    d.f("  Driver's license ...... {dl} ({st})\n  Home address .......... {a}\n  Years at address ...... {y}\n",
        dl=DL(dl_no(r, "US")), st=LOC(r.choice(["OH", "TX", "CA", "FL", "NY", "WA"])), a=ADR(addr(r, "US")),
        y=r.randint(0, 20))
    d.f("  Mobile ................ {ph}\n  Email ................. {e}\n\n", ph=TEL(phone(r, "US")),
        e=EM(email_for(r, cust)))
    d.f("EMPLOYMENT\n  Employer .............. {emp}\n  Annual income ......... {inc}\n\n",
        emp=r.choice(["Wilson & Sons Plumbing", "Baker Tilly LLP", "Dell Technologies", "Kroger", "self-employed"]),
        inc=f"${r.randint(22, 180) * 1000:,}")
    d.f("BANK (autopay)\n  Routing number ........ {rt}\n  Checking account ...... {ba}\n\n",
        rt=r.choice(["021000021", "011401533", "091000019", "121000248"]), ba=ACC(bank_acct(r)))
    if r.random() < 0.5:
        d.f("CO-APPLICANT\n  Name .................. {c}\n  SSN ................... {s}  << flagged: invalid SSN range\n\n",
            c=PER(person(r, style="full")), s=bad_ssn(r))
    first = rdate(r)
    d.f("DECISION: APPROVED — credit line {cl}, account no. {acc}\nPlan: 12 monthly instalments, 0% APR promo, first payment due {fd}\n",
        cl=f"${r.randint(5, 60) * 100:,}", acc=ACC(cust_acct(r)), fd=DT(fdate(r, first, "us")))
    d.f("Bureau ref {br} · score band {sb} · reviewed by {rv}\n", br=_a(r, 10, UL + string.digits),
        sb=r.choice(["A", "B", "C"]), rv=PER(person(r, style="initial")))
    return d


def k_price_match(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["US", "UK", "CA", "AU"])
    loc = "us" if cc in ("US", "CA") else "uk"
    cur = {"US": "$", "CA": "C$", "AU": "A$"}.get(cc, "£")
    comp = r.choice([("ValueVolt", "valuevolt.com"), ("MegaDeal Direct", "megadeal-direct.co.uk"),
                     ("PriceHawk", "pricehawk.com.au"), ("Johnson Brothers Electrical", "jbelectrical.com")])
    it = r.choice(BIG_ITEMS)
    d.t("PRICE MATCH REQUEST (web form submission)\n")
    d.f("submitted_at: {ts}\nform_version: {v}\n", ts=f"{rdate(r).isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} UTC",
        v=version(r))
    cust = person(r, style=r.choice(["full", "lower", "caps"]))
    d.f("name: {n}\nemail: {e}\nphone: {p}\n", n=PER(cust), e=EM(email_for(r, cust)), p=TEL(phone(r, cc)))
    d.f("product: {it}\nour_price: {op}\ncompetitor: {cn}\ncompetitor_price: {cp}\ncompetitor_url: {u}\n",
        it=it, op=money(r, 200, 1500, cur), cn=comp[0], cp=money(r, 150, 1400, cur),
        u=URL(f"https://www.{comp[1]}/p/{ascii_slug(it)[:20]}-{_d(r, 6)}?utm_source=pricecompare"))
    d.f("purchase_channel: {ch}\nreceipt_or_order: {o}\nstore_city: {c}\n",
        ch=r.choice(["in-store", "online", "click & collect"]), o=order_no(r), c=LOC(r.choice(PLACES[cc])[0]))
    d.f("comments: \"{cm}\"\n\n", cm=r.choice(["saw it cheaper this weekend, pls match",
                                                "Their Black Friday price still showing",
                                                "Is the Baker Street coat included?? same model"]))
    d.t("--- agent section ---\n")
    d.f("outcome: {oc}\nchecked_on: {ck}\nagent: {a}\nrefund: difference to card {m}\n",
        oc=r.choice(["APPROVED", "DECLINED - marketplace seller", "APPROVED (manager)"]),
        ck=DT(fdatetime(r, rdate(r), loc)), a=PER(person(r, style="first")), m=masked_pan(r))
    return d


def k_order_confirmation(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    loc = "us" if cc == "US" else "uk"
    cur = {"US": "$", "CA": "C$", "AU": "A$", "IE": "€en"}.get(cc, "£")
    cust = person(r, style="full")
    d.f("ORDER CONFIRMED — thank you, {g}!\n\nOrder number: {o}\nPlaced: {pl}\n\n", g=PER(cust.split()[0]),
        o=order_no(r), pl=DT(fdatetime(r, rdate(r), loc)))
    d.f("SHIP TO\n{n}\n{a}\n{ph}\n\n", n=PER(cust.upper() if r.random() < 0.3 else cust),
        a=ADR(addr(r, cc, multi=True)), ph=TEL(phone(r, cc)))
    if r.random() < 0.5:
        d.f("BILL TO\n{n}\n{a}\n\n", n=PER(person(r, style="full")), a=ADR(addr(r, cc, multi=True)))
    else:
        d.t("BILL TO\nSame as shipping address\n\n")
    for nm, q, pr in items(r, cur=cur):
        d.t(f"  {q} × {nm:<34} {pr:>10}\n")
    dlv = r.choice([0.0, 3.95, 4.99, 6.5])
    d.t(f"\n  Delivery{'':<31} {fmt_money(dlv, cur):>10}\n  Total{'':<34} {fmt_money(items.total + dlv, cur):>10}\n\n")
    if r.random() < 0.5:
        d.f("Paid with {b} ending {l4}\n", b=r.choice(["Visa", "Mastercard", "Amex"]), l4=_d(r, 4))
    else:
        d.f("Paid with PayPal ({e})\n", e=EM(email_for(r, cust)))
    a = rdate(r)
    d.f("Estimated delivery: {a} – {b}\nTrack your parcel: {u}\n\n", a=DT(fdate(r, a, loc, wd=True)),
        b=DT(fdate(r, a + datetime.timedelta(days=2), loc, wd=True)),
        u=URL(f"https://track.parcelwise.net/{tracking(r)}?lang=en"))
    d.f("Need help? {h} — quote your order number.\n", h=EM(f"orders@{dom}"))
    return d


def k_chargeback(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["US", "UK", "CA"])
    loc = "us" if cc != "UK" else "uk"
    day = rdate(r)
    d.f("NOTICE OF DISPUTE — ACTION REQUIRED\nAcquirer: Northbridge Merchant Services\nMerchant: {n}   MID {mid}\n\n",
        n=name, mid=_d(r, 15))
    d.f("Case ID: CB-{cid}\nARN: {arn}\nReason code: {rc}\n", cid=_d(r, 9), arn=_d(r, 23),
        rc=r.choice(["13.1 Merchandise/Services Not Received", "4853 Cardholder Dispute", "10.4 Other Fraud – CNP"]))
    cardholder = person(r, style=r.choice(["caps", "full"]))
    d.f("Cardholder: {c}\n", c=PER(cardholder))
    if r.random() < 0.6:
        d.f("Card number: {pan}\n", pan=CC(card(r)))
    else:
        d.f("Card number: {m}\n", m=masked_pan(r))
    d.f("Transaction date: {td}   Amount: {a}   Auth: {au}\n", td=DT(fdate(r, day, loc)), a=money(r, 40, 2000, "$" if cc != "UK" else "£"),
        au=_a(r, 6, UL + string.digits))
    d.f("Respond by: {rb}\n\n", rb=DT(fdate(r, day + datetime.timedelta(days=r.randint(20, 45)), loc, wd=True)))
    d.t("MERCHANT RESPONSE (draft)\n")
    d.f("Order {o} was placed online from IP {ip} and collected in store on {cd} by {coll}, who presented "
        "photo ID (driver's licence {dl}). Billing address on file: {ba}. Device fingerprint {fp}. "
        "Signed collection slip and CCTV still attached.\n",
        o=order_no(r), ip=IP(ip4(r, False) if r.random() < 0.8 else ip6(r)), cd=DT(fdatetime(r, day, loc)),
        coll=PER(person(r, style="full")), dl=DL(dl_no(r, "UK" if cc == "UK" else "US")), ba=ADR(addr(r, cc)),
        fp=sha(r, 32))
    d.f("Prepared by {p}, disputes team, {e}\n", p=PER(person(r, style="full")), e=EM(f"disputes@{dom}"))
    return d


def _b64s(s):
    return base64.b64encode(s.encode()).decode()


def k_k8s_secret(r):
    d = Doc("en")
    name, dom = retailer(r)
    ns = r.choice(["retail-prod", "loyalty", "pos-backend", "stores-eu"])
    d.f("# kubectl get secret loyalty-api -n {ns} -o yaml   (pasted in #platform by mistake)\n", ns=ns)
    d.f("apiVersion: v1\nkind: Secret\nmetadata:\n  name: loyalty-api\n  namespace: {ns}\n"
        "  uid: {u}\n  resourceVersion: \"{rv}\"\n  creationTimestamp: \"{ct}Z\"\ntype: Opaque\ndata:\n",
        ns=ns, u=uuid(r), rv=_d(r, 8), ct=f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00")
    entries = [("DB_PASSWORD", password(r), "PASSWORD"), ("STRIPE_SECRET_KEY", stripe_key(r), "GENERIC_SECRET"),
               ("SMTP_PASSWORD", password(r), "PASSWORD"), ("JWT_SIGNING_KEY", _a(r, 48), "GENERIC_SECRET"),
               ("SENDGRID_API_KEY", gsecret(r), "GENERIC_SECRET"), ("ADMIN_PASS", password(r), "PASSWORD")]
    r.shuffle(entries)
    for k, v, typ in entries[:r.randint(3, 5)]:
        d.f("  {k}: {v}\n", k=k, v=(_b64s(v), typ))
    d.t("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: loyalty-api-config\ndata:\n")
    d.f("  DB_HOST: loyalty-db.{ns}.svc.cluster.local\n  DB_USER: loyalty_app\n  POINTS_PER_POUND: \"10\"\n"
        "  FEATURE_BIRTHDAY_BONUS: \"true\"\n  IMAGE_TAG: \"{v}\"\n  GIT_SHA: \"{g}\"\n  PUBLIC_BASE_URL: {u}\n",
        ns=ns, v=version(r), g=sha(r, 40), u=URL(f"https://loyalty.{dom}"))
    return d


def k_github_actions(r):
    d = Doc("en")
    name, dom = retailer(r)
    d.t("# .github/workflows/pos-release.yml\nname: pos-firmware-release\non:\n  push:\n    tags: ['v*']\n\n")
    d.t("env:\n  AWS_REGION: eu-west-2\n  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n"
        "  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n\n")
    d.f("jobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@{s1}\n"
        "      - uses: actions/setup-node@{s2}\n        with:\n          node-version: 20\n",
        s1=sha(r, 40), s2=sha(r, 40))
    d.t("      - name: Build lane image\n        run: make image VERSION=${GITHUB_REF_NAME}\n")
    d.t("      - name: Publish (temporary — TODO(jwhitfield): move to secrets!)\n        env:\n")
    d.f("          GH_TOKEN: {gh}\n          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}\n", gh=(gh_token(r), "GITHUB_TOKEN"))
    d.t("        run: |\n")
    d.f("          aws configure set aws_access_key_id {ak}\n          aws configure set aws_secret_access_key {sk}\n",
        ak=(aws_ak(r), "AWS_ACCESS_KEY"), sk=(aws_sk(r), "AWS_SECRET_KEY"))
    d.f("          aws s3 cp dist/ s3://{b}-pos-firmware/ --recursive\n          ./scripts/notify.sh --to {em} --build {bn}\n",
        b=dom.split(".")[0], em=EM(f"pos-releases@{dom}"), bn=r.randint(100, 9999))
    if r.random() < 0.5:
        d.f("      - name: Notify Slack\n        run: curl -X POST -H 'Authorization: Bearer {st}' {u}\n",
            st=(slack_token(r), "SLACK_TOKEN"), u=URL("https://slack.com/api/chat.postMessage"))
    return d


def k_aws_credentials(r):
    d = Doc("en")
    name, dom = retailer(r)
    bucket = dom.split(".")[0] + "-ereceipts-prod"
    d.f("Ticket RET-{t}: e-receipt worker failing with AccessDenied\nReporter: {rp}\n\n", t=_d(r, 4),
        rp=PER(person(r, style="full")))
    d.t("Here is what's on receipts-worker-02 (~/.aws/credentials):\n\n")
    d.f("[default]\naws_access_key_id = {ak}\naws_secret_access_key = {sk}\nregion = eu-west-1\n\n",
        ak=(aws_ak(r), "AWS_ACCESS_KEY"), sk=(aws_sk(r), "AWS_SECRET_KEY"))
    if r.random() < 0.5:
        d.f("[receipts-prod]\naws_access_key_id = {ak}\naws_secret_access_key = {sk}\naws_session_token = {st}\n\n",
            ak=(aws_ak(r), "AWS_ACCESS_KEY"), sk=(aws_sk(r), "AWS_SECRET_KEY"), st=SEC("IQoJb3JpZ2luX2Vj" + _a(r, 120, B64)))
    d.t("and the upload call:\n\n    s3.put_object(Bucket=\"" + bucket + "\",\n")
    d.t(f"                  Key=\"{rdate(r).strftime('%Y/%m/%d')}/\" + receipt_id + \".pdf\",\n")
    d.f("                  Metadata={\"customer-email\": \"{e}\", \"store\": \"{s}\"})\n\n",
        e=EM(email_for(r, person(r, style="full"))), s=_d(r, 4))
    d.f("Error: An error occurred (AccessDenied) when calling the PutObject operation: User: "
        "arn:aws:iam::{acct}:user/receipts-worker is not authorized. RequestId: {rid}\n",
        acct=_d(r, 12), rid=_a(r, 16, UL + string.digits))
    d.f("\nComment from {c}: please rotate these keys NOW, they were in a public ticket.\n",
        c=PER(person(r, style=r.choice(["full", "first"]))))
    return d


def k_access_log(r):
    d = Doc("en")
    name, dom = retailer(r)
    day = rdate(r)
    mon = MONTHS["en"][day.month - 1][:3]
    for i in range(r.randint(4, 7)):
        ip = ip4(r) if r.random() < 0.85 else ip6(r)
        ts = f"[{day.day:02d}/{mon}/{day.year}:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000]"
        d.e(ip, "IP_ADDRESS").t(f" - - {ts} \"")
        c = r.randint(0, 3)
        if c == 0:
            d.t("GET /v2/members/").e(loyalty_no(r).replace(" ", ""), "ACCOUNT_NUMBER").t("/points HTTP/1.1\"")
        elif c == 1:
            d.t(f"POST /v2/transactions HTTP/1.1\"")
        elif c == 2:
            d.t(f"GET /v2/giftcards/balance?card=").e(giftcard_no(r).replace(" ", ""), "ACCOUNT_NUMBER").t(" HTTP/1.1\"")
        else:
            d.t(f"GET /v2/offers?store={_d(r, 4)} HTTP/1.1\"")
        d.t(f" {r.choice([200, 200, 201, 401, 404, 500])} {r.randint(90, 9000)} \"")
        if r.random() < 0.4:
            d.e(url_on(r, dom), "URL")
        else:
            d.t("-")
        d.t(f"\" \"{r.choice(['PosClient/' + version(r), 'okhttp/4.12.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)'])}\" rt={r.random():.3f}\n")
    d.t("\n# app debug (LOG_LEVEL=debug left on in prod)\n")
    d.f("{ts} DEBUG auth: header=\"Bearer {j}\" client={ip}\n", ts=f"{day.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{_d(r, 3)}",
        j=(jwt(r), "JWT"), ip=IP(ip4(r)))
    if r.random() < 0.6:
        d.f("{ts} DEBUG partner call: Authorization: Bearer {tok}\n", ts=f"{day.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{_d(r, 3)}",
            tok=SEC(_a(r, 40, AN + "-_.") + _a(r, 2)))
    d.f("{ts} WARN  X-Forwarded-For: {a}, {b}\n", ts=f"{day.isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{_d(r, 3)}",
        a=IP(ip4(r, False)), b=IP(ip4(r, True)))
    return d


def k_env_file(r):
    d = Doc("en")
    name, dom = retailer(r)
    d.f("# .env.production — loyalty-backend ({n})\n# owner: platform team, do not share\n", n=name)
    d.f("NODE_ENV=production\nPORT=8080\nAPP_VERSION={v}\nBUILD_SHA={s}\n", v=version(r), s=sha(r, 40))
    d.f("DATABASE_URL=postgres://loyalty:{pw}@loyalty-db.internal:5432/loyalty\n", pw=PW(password(r, dsn_safe=True)))
    d.f("REDIS_URL=redis://:{pw}@cache.internal:6379/0\n", pw=PW(password(r, dsn_safe=True)))
    d.f("STRIPE_SECRET_KEY={sk}\nSTRIPE_WEBHOOK_SECRET={wh}\n", sk=(stripe_key(r), "STRIPE_KEY"), wh=SEC("whsec_" + _a(r, 32)))
    d.f("SENDGRID_API_KEY={sg}\nTWILIO_ACCOUNT_SID=AC{sid}\nTWILIO_AUTH_TOKEN={tw}\n",
        sg=SEC("SG." + _a(r, 22, AN + "-_") + "." + _a(r, 43, AN + "-_")), sid=_a(r, 32, "0123456789abcdef"),
        tw=SEC(_a(r, 32, "0123456789abcdef")))
    d.f("JWT_SECRET={js}\nSESSION_TTL=3600\nPOINTS_EXPIRY_MONTHS=24\n", js=SEC(_a(r, 64, AN)))
    d.f("SUPPORT_INBOX={e}\nPUBLIC_URL={u}\nSTRIPE_PUBLISHABLE_KEY=pk_live_{pk}\nGIFTCARD_API_KEY=${GIFTCARD_API_KEY}\n",
        e=EM(f"loyalty-support@{dom}"), u=URL(f"https://loyalty.{dom}"), pk=_a(r, 40))
    return d


def k_pharmacy_pickup(r):
    d = Doc("en")
    day = rdate(r)
    cul = culture(r)
    g, s = r.choice(GIVEN[cul]), r.choice(SURN[cul])
    d.t("COPPERLEAF PHARMACY @ BRIGHTBASKET — RX READY FOR PICKUP (pick ticket)\n")
    d.f("Store {no} · {sa} · Pharmacy {ph}\n\n", no=_d(r, 4), sa=ADR(addr(r, "US", country=False)), ph=TEL(phone(r, "US")))
    d.f("Patient: {n}\nDOB: {b}\nMRN: {mrn}\nPhone on file: {tel}\n", n=PER(f"{s.upper()}, {g.upper()}"),
        b=DOB(fdate(r, rdob(r), "us")), mrn=(f"{_a(r, 2, UL)}{_d(r, 7)}", "MEDICAL_RECORD_NUMBER"), tel=TEL(phone(r, "US")))
    for _ in range(r.randint(1, 3)):
        d.f("  Rx# {rx}  {drug}  qty {q}  NDC {ndc}  refills {rf}\n", rx=_d(r, 7), drug=r.choice(DRUGS),
            q=r.choice([30, 60, 90]), ndc=f"{_d(r, 5)}-{_d(r, 4)}-{_d(r, 2)}", rf=r.randint(0, 5))
    d.f("Prescriber: Dr. {p} (NPI {npi})\n", p=PER(person(r, style=r.choice(["full", "initial"]))), npi=_d(r, 10))
    d.f("Insurance: {pl}  Member ID: {mid}  Group: {grp}  BIN {bin} PCN {pcn}\nCopay: {cp}\n",
        pl=r.choice(["BlueCross BlueShield", "Aetna", "UnitedHealthcare", "Cigna"]),
        mid=(r.choice([f"{_a(r, 3, UL)}{_d(r, 9)}", f"W{_d(r, 9)}", f"{_d(r, 11)}"]), "HEALTH_PLAN_NUMBER"),
        grp=_d(r, 6), bin=_d(r, 6), pcn=_a(r, 6, UL), cp=money(r, 0, 45))
    d.f("Ready: {rd}    Hold until: {hd}    Bin: {bn}\n", rd=DT(fdatetime(r, day, "us")),
        hd=DT(fdate(r, day + datetime.timedelta(days=10), "us")), bn=f"{r.choice(UL)}-{r.randint(1, 40)}")
    d.f("Picked up by: {pp} ({rel}), ID checked: DL {dl}\nCounseling offered by {rph}, RPh — accepted/declined: {ad}\n",
        pp=PER(person(r, style="full")), rel=r.choice(["self", "spouse", "daughter", "caregiver"]),
        dl=DL(dl_no(r, "US")), rph=PER(person(r, style="full")), ad=r.choice(["declined", "accepted"]))
    return d


def k_optical_appt(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["US", "UK", "CA"])
    loc = "us" if cc != "UK" else "uk"
    cul = culture(r)
    g, s = r.choice(GIVEN[cul]), r.choice(SURN[cul])
    sp = addr_parts(r, cc)
    d.f("Subject: Your eye test at {n} Opticians is booked\n\nDear {t} {s},\n\n", n=name,
        t=r.choice(["Mr", "Mrs", "Ms", "Dr"]), s=PER(s))
    d.f("Your {typ} is booked for {dt} with {opt} at our {br} store:\n\n    {a}\n\n",
        typ=r.choice(["eye examination", "contact lens check", "hearing test"]),
        dt=DT(fdatetime(r, rdate(r), loc, wd=True)), opt=PER(person(r, style=r.choice(["full", "initial"]))),
        br=LOC(sp["city"]), a=ADR(sp["street"] + ", " + sp["cityline"]))
    if cc != "UK":
        d.f("Vision plan on file: {pl}, member ID {mid}, group {grp}. Please bring your insurance card.\n",
            pl=r.choice(["VSP", "EyeMed", "Davis Vision"]), mid=(f"{_d(r, 4)}{_a(r, 2, UL)}{_d(r, 5)}", "HEALTH_PLAN_NUMBER"),
            grp=_d(r, 8))
    else:
        d.t("If you receive an NHS sight test, please bring proof of entitlement. Private fee: £25.\n")
    d.f("Patient ref: {pr}   Booking ref: {br}\n", pr=(f"P{_d(r, 7)}", "MEDICAL_RECORD_NUMBER"), br=_a(r, 8, UL + string.digits))
    d.f("\nPlease arrive 10 minutes early and bring your current glasses. To change your booking call {ph} "
        "or visit {u}.\n\n{n} Opticians\n", ph=TEL(phone(r, cc)), u=URL(f"https://www.{dom}/opticians/manage?b={_a(r, 8)}"),
        n=name)
    return d


def k_card_statement(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["US", "US", "CA"])
    sd = rdate(r)
    cust = person(r, style=r.choice(["caps", "full"]))
    d.f("{n} REWARDS CREDIT — MONTHLY STATEMENT\n\n{c}\n{a}\n\n", n=name.upper(), c=PER(cust.upper()),
        a=ADR(addr(r, cc, multi=True).upper()))
    dsty = date_style(r, "us")
    d.f("Account number: {acc}        Card: XXXX XXXX XXXX {l4}\nStatement date: {sd}     Payment due: {pd}\n\n",
        acc=ACC(cust_acct(r)), l4=_d(r, 4), sd=DT(dsty(sd)),
        pd=DT(dsty(sd + datetime.timedelta(days=25))))
    d.t(f"Previous balance  {money(r, 0, 900):>10}\nPayments          {'-' + money(r, 0, 500):>10}\n"
        f"Purchases         {money(r, 10, 700):>10}\nInterest (29.99% APR) {money(r, 0, 20):>6}\n\n")
    d.t("TRANS  POST   DESCRIPTION                                AMOUNT\n")
    for _ in range(r.randint(3, 6)):
        td = sd - datetime.timedelta(days=r.randint(2, 28))
        p = r.choice(PLACES["US" if cc == "US" else "CA"])
        d.e(f"{td.month:02d}/{td.day:02d}", "DATE_TIME").t("  ")
        d.e(f"{td.month:02d}/{min(td.day + 1, 28):02d}", "DATE_TIME")
        store = f"{name.upper()[:18]} #{_d(r, 4)} "
        d.t(f"  {store}").e(f"{p[0].upper()} {p[1]}", "LOCATION")
        d.t(" " * max(1, 40 - len(store) - len(p[0]) - len(p[1])) + f"{money(r, 3, 250):>10}\n")
    d.f("\nMinimum payment due: {mp}\nPay online: {u}   Customer service: {ph}\n", mp=money(r, 25, 60),
        u=URL(f"https://card.{dom}/pay"), ph=TEL(phone(r, cc)))
    d.t("Late payment warning: if we do not receive your minimum payment by the due date, you may pay a late fee of up to $41.\n")
    return d


def k_kerbside_log(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["UK", "US", "IE"])
    loc = "us" if cc == "US" else "uk"
    day = rdate(r)
    d.f("KERBSIDE / DRIVE-UP COLLECTION LOG — {n} store {s} — {dd}\n(times = handover time; plates for bay "
        "matching only, delete after 7 days)\n\n", n=name, s=_d(r, 4), dd=DT(fdate(r, day, loc, wd=True)))
    h = r.randint(8, 10)
    m = 0
    for _ in range(r.randint(4, 7)):
        m += r.randint(3, 25)
        pre = f"{h + m // 60:02d}:{m % 60:02d}"
        c = r.random()
        if c < 0.5:
            d.f("{t}  Bay {b}  {o}  {cu}  {car} {pl}  handed over by {st}\n", t=pre, b=r.randint(1, 6),
                o=f"CC{_d(r, 8)}", cu=PER(person(r, style=r.choice(["full", "last", "caps", "initial"]))),
                car=r.choice(["red Kia", "white Transit", "grey Tesla", "blue Golf"]), pl=plate(r, "UK" if cc != "US" else "US"),
                st=PER(r.choice(GIVEN["en"] + GIVEN["pl"] + GIVEN["in"])))
        elif c < 0.75:
            d.f("{t}  Bay {b}  {o}  customer rang from {ph}, running late, keep till close\n", t=pre,
                b=r.randint(1, 6), o=f"CC{_d(r, 8)}", ph=TEL(phone(r, cc)))
        else:
            d.f("{t}  —      {o}  no-show, rebooked for {nd} (emailed {e})\n", t=pre, o=f"CC{_d(r, 8)}",
                nd=DT(fdatetime(r, day + datetime.timedelta(days=1), loc)), e=EM(email_for(r, person(r, style="full"))))
    if r.random() < 0.4:
        d.f("NB trolley dent reported by bay {b} customer; vehicle {pl} (VIN {v}) photographed for insurer, ref {ref}.\n",
            b=r.randint(1, 6), pl=plate(r, "UK" if cc != "US" else "US"), v=vin(r), ref=f"PL{_d(r, 7)}")
    d.t(f"\nTotal handovers: {r.randint(4, 30)} · avg wait {r.randint(2, 9)} min · chilled bags returned: {r.randint(0, 12)}\n")
    return d


def k_vcard(r):
    d = Doc("en")
    name, dom = retailer(r)
    for _ in range(r.randint(1, 2)):
        cc = r.choice(["US", "UK", "CA", "AU"])
        p = addr_parts(r, cc)
        cul = culture(r)
        g, s = r.choice(GIVEN[cul]), r.choice(SURN[cul])
        mi = r.choice(UL)
        d.t("BEGIN:VCARD\nVERSION:3.0\nN:").e(f"{s};{g};{mi}", "PERSON").t(";;\nFN:").e(f"{g} {mi}. {s}", "PERSON")
        d.f("\nORG:{n} VIP Customers\nTEL;TYPE=CELL:{ph}\nEMAIL;TYPE=INTERNET:{e}\n", n=name, ph=TEL(phone(r, cc)),
            e=EM(email_for(r, f"{g} {s}")))
        d.t("ADR;TYPE=HOME:;;").e(f"{p['street']};{p['city']};{p['region']};{p['pc']};{p['country']}", "ADDRESS")
        d.f("\nBDAY:{b}\nNOTE:Loyalty no. {acc}. Prefers SMS. Dog called {pet}.\nREV:{rev}Z\nUID:{u}\nEND:VCARD\n",
            b=DOB(rdob(r).isoformat()), acc=ACC(loyalty_no(r)), pet=r.choice(PETS),
            rev=f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00", u=uuid(r))
    return d


def k_jira_ticket(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    key = f"POS-{_d(r, 4)}"
    d.f("[{k}] Lane freezes during gift card redemption (v{v})\nType: Bug   Priority: P{p}   Status: In Progress\n",
        k=key, v=version(r), p=r.randint(1, 3))
    d.f("Reporter: {rp}   Assignee: {asg}\nCreated: {cr}   Updated: {up}\n",
        rp=PER(person(r, style="full")), asg=PER(person(r, style="full")),
        cr=f"{r.randint(1, 28)}/{MONTHS['en'][r.randint(0, 11)][:3]}/{r.randint(22, 25)} {r.randint(1, 12)}:{r.randint(10, 59)} AM",
        up=f"{r.randint(1, 28)}/{MONTHS['en'][r.randint(0, 11)][:3]}/{r.randint(22, 25)} {r.randint(1, 12)}:{r.randint(10, 59)} PM")
    d.f("Environment: store {s}, lane IP {ip}, build {sh}, EMV kernel {ek}\n\n", s=_d(r, 4), ip=IP(ip4(r, True)),
        sh=sha(r, 40), ek=version(r))
    d.f("Steps:\n1. Scan gift card {gc}\n2. Tender remaining balance with card\n3. Lane hangs ~40s, then 'HOST TIMEOUT'\n\n",
        gc=ACC(giftcard_no(r)))
    d.t("Stack:\n  at GiftCardService.redeem (giftcard.ts:214)\n  at TenderFlow.next (tender.ts:88)\n")
    d.t(f"  at processTicksAndRejections (node:internal/process/task_queues:95:5)\n\n")
    d.f("Comment — {c}:\nReproduced on staging with the partner sandbox. For anyone testing, the creds in the wiki are "
        "stale; use client_secret {cs} until we move it to Vault.\n\n", c=PER(person(r, style="full")),
        cs=SEC(gsecret(r)))
    d.f("Comment — {c}:\nCustomer affected: {t} {cu} was charged twice ({a}); refund issued to card ending {l4}. "
        "She asked for a call back on {ph}.\n", c=PER(person(r, style="first")),
        t=r.choice(["Mrs", "Ms", "Dr"]), cu=PER(person(r, style=r.choice(["last", "full"]))),
        a=money(r, 10, 200, "$" if cc == "US" else "£"), l4=_d(r, 4), ph=TEL(phone(r, cc)))
    return d


def k_age_verification(r):
    d = Doc("en")
    name, dom = retailer(r)
    d.f("CHALLENGE 25 — REFUSALS & ID CHECK REGISTER      {n}, store {s}\n\n", n=name, s=_d(r, 4))
    d.t("Date       | Time  | Till | Product               | ID seen / details                        | Outcome  | Staff\n")
    d.t("-" * 118 + "\n")
    for _ in range(r.randint(3, 7)):
        day = rdate(r)
        ds = f"{day.day:02d}/{day.month:02d}/{day.year}"
        d.e(ds, "DATE_TIME").t(" | ").e(f"{r.randint(9, 22):02d}:{r.randint(0, 59):02d}", "DATE_TIME")
        d.t(f" | {r.randint(1, 9):<4} | {r.choice(['Rioja Crianza 75cl', 'Jack Daniels 70cl', 'Vape 20mg', 'Lottery', 'Kitchen knife set', 'Energy drink 4pk']):<21} | ")
        c = r.random()
        if c < 0.4:
            d.t(f"{'none':<40}")
            outcome = "REFUSED"
        elif c < 0.75:
            dl = dl_no(r, "UK")
            d.t("DL ").e(dl, "DRIVER_LICENSE").t(" " * max(1, 37 - len(dl)))
            outcome = r.choice(["SOLD", "REFUSED"])
        else:
            nm = person(r, style="caps")
            dob = f"{rdob(r).strftime('%d/%m/%Y')}"
            d.t("PASS card, ").e(nm, "PERSON").t(" ").e(dob, "DATE_OF_BIRTH")
            d.t(" " * max(1, 40 - 11 - len(nm) - 1 - len(dob)))
            outcome = "SOLD"
        d.t(f" | {outcome:<8} | ").e(r.choice(GIVEN["en"] + GIVEN["pl"] + GIVEN["af"]), "PERSON").t("\n")
    d.t("\nManager check (weekly): register reviewed, no issues. Refusal rate target ≥ 3 per week.\n")
    return d


def k_supplier_bank_change(r):
    d = Doc("en")
    name, dom = retailer(r)
    sup = r.choice([("Brandt & Söhne GmbH", "brandt-soehne.de", "DE"), ("Van Dam Wonen B.V.", "vandamwonen.nl", "NL"),
                    ("Bottega Rinaldi S.r.l.", "bottegarinaldi.it", "IT"), ("Casa Ribeiro Lda", "casaribeiro.pt", "PT")])
    ap = person(r, style="full")
    d.f("From: Accounts Receivable <{f}>\nTo: {to}\nDate: {dh}\nSubject: Updated bank details – invoice INV-{y}-{n}\n\n",
        f=EM(f"ar@{sup[1]}"), to=EM(f"ap@{dom}"), dh=f"{rdate(r).isoformat()} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}",
        y=r.randint(2023, 2025), n=_d(r, 4))
    d.f("Dear {a},\n\nPlease note that from {eff} our bank details change. Kindly update your vendor master:\n\n",
        a=PER(ap.split()[0]), eff=DT(fdate(r, rdate(r), "uk")))
    d.f("  Account name: {s}\n  New IBAN:     {i}\n  BIC:          {bic}\n  Old IBAN (no longer in use): {o}\n\n",
        s=sup[0], i=IBAN(iban(r, r.choice(["GB", "IE", "PL"]))), bic=r.choice(["DEUTDEFFXXX", "INGBNL2A", "BCITITMM", "CGDIPTPL"]),
        o=IBAN(iban(r, sup[2])))
    sp = person(r, lang=sup[2].lower().replace("de", "de"), style="full")
    d.f("If you have questions please call me directly on {ph}.\n\nKind regards,\n{sp}\nHead of Accounts, {s}\n\n",
        ph=TEL(phone(r, r.choice(["UK", "PL"]))), sp=PER(sp), s=sup[0])
    d.t("---- internal note (AP team) ----\n")
    d.f("Called back on the number in our vendor master ({vm}); {c} confirmed NO change was requested. "
        "Treat as fraud attempt, ticket SEC-{t}. Payment run {pr} not affected. — {me}\n",
        vm=TEL(phone(r, sup[2] if sup[2] != "NL" else "NL")), c=PER(person(r, lang=sup[2].lower(), style="full")),
        t=_d(r, 5), pr=f"PR{_d(r, 6)}", me=PER(person(r, style="initial")))
    return d


def k_survey_feedback(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(LANG_CC["en"])
    loc = "us" if cc == "US" else "uk"
    d.f("{n} — Customer feedback export (NPS) — wave {w}\n\n", n=name, w=f"{r.randint(2023, 2025)}-Q{r.randint(1, 4)}")
    d.t("resp_id\tstore\tscore\tvisit_date\tcomment\n")
    comments = [
        lambda: [("Great service from ", None), (r.choice(GIVEN["en"] + GIVEN["af"] + GIVEN["in"]), "PERSON"),
                 (" on the tills, very patient with my mum", None)],
        lambda: [("Ben & Jerry's freezer empty AGAIN. Dr. Martens section a mess", None)],
        lambda: [("manager ", None), (person(r, style="full"), "PERSON"), (" sorted my refund, please pass on thanks", None)],
        lambda: [("parking at the ", None), (r.choice(PLACES[cc])[0], "LOCATION"), (" store is a nightmare on Saturdays", None)],
        lambda: [("still waiting for callback re points, call me ", None), (phone(r, cc), "PHONE_NUMBER")],
        lambda: [("self checkout kept saying unexpected item. 2/10", None)],
        lambda: [("email me the survey prize details: ", None), (email_for(r, person(r, style="full")), "EMAIL_ADDRESS")],
        lambda: [("Loved the Martha Stewart range & the Park Avenue shirts", None)],
    ]
    for _ in range(r.randint(4, 8)):
        d.t(f"{_d(r, 8)}\t{_d(r, 4)}\t{r.randint(0, 10)}\t")
        d.e(fdate(r, rdate(r), loc), "DATE_TIME").t("\t")
        for txt, typ in r.choice(comments)():
            d.e(txt, typ)
        d.t("\n")
    return d


def k_poslog_xml(r):
    d = Doc("en")
    name, dom = retailer(r)
    day = rdate(r)
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<POSLog xmlns="urn:arts:poslog:v6" MajorVersion="6">\n <Transaction>\n')
    d.f("  <RetailStoreID>{s}</RetailStoreID><WorkstationID>{w}</WorkstationID><SequenceNumber>{q}</SequenceNumber>\n",
        s=_d(r, 4), w=f"{r.randint(1, 12):02d}", q=_d(r, 5))
    d.f("  <BusinessDayDate>{bd}</BusinessDayDate>\n  <BeginDateTime>{bt}</BeginDateTime>\n",
        bd=DT(day.isoformat()), bt=DT(f"{day.isoformat()}T{r.randint(8, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"))
    d.f('  <OperatorID OperatorName="{op}">{oid}</OperatorID>\n  <RetailTransaction Version="2.2">\n',
        op=PER(person(r, style=r.choice(["full", "first", "caps"]))), oid=_d(r, 4))
    for _ in range(r.randint(1, 4)):
        d.f("   <LineItem><Sale><ItemID>{e}</ItemID><Description>{ds}</Description><ExtendedAmount>{a}</ExtendedAmount></Sale></LineItem>\n",
            e=ean13(r), ds=r.choice(PRODUCTS).replace("&", "&amp;"), a=f"{r.uniform(1, 90):.2f}")
    d.t('   <Tender TenderType="CreditDebit">\n    <Amount>')
    d.t(f"{r.uniform(5, 400):.2f}</Amount>\n    <CreditDebit CardType=\"{r.choice(['Visa', 'MasterCard', 'Amex'])}\">\n     <PrimaryAccountNumber>")
    if r.random() < 0.4:
        d.e(card(r, sep=""), "CREDIT_CARD")
    else:
        d.t(masked_pan(r).replace(" ", ""))
    d.f("</PrimaryAccountNumber>\n     <AuthorizationCode>{ac}</AuthorizationCode>\n    </CreditDebit>\n   </Tender>\n",
        ac=_a(r, 6, UL + string.digits))
    if r.random() < 0.8:
        d.f("   <Customer><CustomerID>{c}</CustomerID><Name>{n}</Name><Telephone>{ph}</Telephone></Customer>\n",
            c=ACC(cust_acct(r)), n=PER(person(r, style="full")), ph=TEL(phone(r, r.choice(["US", "UK"]))))
        d.f("   <LoyaltyReward><LoyaltyID>{l}</LoyaltyID><PointsAwarded>{p}</PointsAwarded></LoyaltyReward>\n",
            l=ACC(loyalty_no(r).replace(" ", "")), p=r.randint(1, 500))
    d.t("  </RetailTransaction>\n </Transaction>\n</POSLog>\n")
    return d


def k_gateway_curl(r):
    d = Doc("en")
    name, dom = retailer(r)
    cc = r.choice(["US", "UK", "IE", "CA"])
    cust = person(r, style="full")
    p = addr_parts(r, cc)
    d.f("# refund script run by {op} from the back-office PC — output pasted into ticket\n", op=PER(person(r, style="first")))
    d.f("$ curl {u} \\\n    -u {sk}: \\\n    -d charge=ch_{ch} -d amount={amt} \\\n    -d \"metadata[store]={st}\" -d \"metadata[customer_email]={e}\"\n",
        u=URL("https://api.stripe.com/v1/refunds"), sk=(stripe_key(r), "STRIPE_KEY"), ch=_a(r, 24), amt=r.randint(199, 49999),
        st=_d(r, 4), e=EM(email_for(r, cust)))
    d.f('{"id": "re_{rid}", "object": "refund", "amount": {amt}, "created": {ep}, "status": "succeeded",\n',
        rid=_a(r, 24), amt=r.randint(199, 49999), ep=r.randint(1_650_000_000, 1_750_000_000))
    d.f(' "charge_details": {"billing_details": {"name": "{n}", "phone": "{ph}", "address": {"line1": "{l1}", "city": "{c}", "postal_code": "{pc}", "country": "{cc}"}},\n',
        n=PER(cust), ph=TEL(phone(r, cc)), l1=ADR(p["street"]), c=LOC(p["city"]), pc=p["pc"], cc=cc.replace("UK", "GB"))
    d.f('  "payment_method_details": {"card": {"brand": "visa", "last4": "{l4}", "exp_month": {em}, "exp_year": {ey}, "fingerprint": "{fp}"}}}}\n',
        l4=_d(r, 4), em=r.randint(1, 12), ey=r.randint(2026, 2031), fp=_a(r, 16))
    d.f("\n$ echo $?\n0\n# note: key above is the LIVE restricted key, rotate after use ({t})\n", t=f"SEC-{_d(r, 4)}")
    return d


# ----------------------------------------------------------- non-English
def k_de_kassenbon(r):
    d = Doc("de")
    day = rdate(r)
    shop = r.choice(["LINDENHOF MARKT", "DROGERIE SOMMER", "ELEKTRO BRANDT", "BÄCKEREI MÜLLER & SOHN"])
    d.t(f"{shop:^40}\n")
    d.f("{a}\nTel. {t}\nUSt-IdNr. DE{u}   St.-Nr. {st}\n\n", a=ADR(addr(r, "DE", country=False)), t=TEL(phone(r, "DE")),
        u=_d(r, 9), st=f"{_d(r, 2)}/{_d(r, 3)}/{_d(r, 5)}")
    d.t(f"{'Artikel':<30}{'EUR':>10}\n")
    for nm, q, pr in items(r, cur="€"):
        d.t(f"{(str(q) + ' x ' if q > 1 else '') + nm[:26]:<30}{pr.replace(' €', ''):>10} A\n")
    tot = fmt_money(items.total, "€").replace(" €", "")
    d.t(f"{'-' * 40}\n{'SUMME EUR':<30}{tot:>10}\n{'Geg. Girocard':<30}{tot:>10}\n\n")
    d.f("Kartenzahlung girocard\nKarte: {m}  Folge-Nr. 01\nTerminal-ID {tid}   TA-Nr. {ta}   BNr. {bn}\n",
        m=masked_pan(r, False).replace("*", "#"), tid=_d(r, 8), ta=_d(r, 6), bn=_d(r, 4))
    hh, mm, ss = r.randint(8, 20), r.randint(0, 58), r.randint(0, 59)
    d.f("Datum: {dd}   Uhrzeit: {tt}\n", dd=DT(day.strftime("%d.%m.%Y")), tt=DT(f"{hh:02d}:{mm:02d}:{ss:02d} Uhr"))
    d.f("Es bediente Sie: {ti}{b}\n\n", ti=r.choice(["Frau ", "Herr ", ""]),
        b=PER(person(r, cul="de", style=r.choice(["first", "last", "full"]))))
    if r.random() < 0.7:
        d.f("Kundenkarte: {acc}\nBonuspunkte diesem Einkauf: {p}\n\n", acc=ACC(loyalty_no(r)), p=r.randint(1, 90))
    d.f("TSE-Transaktion: {tn}\nTSE-Start: {ts}\nTSE-Seriennr.: {sn}\nTSE-Signatur: {sig}\n\n",
        tn=r.randint(10000, 999999), ts=f"{day.isoformat()}T{hh:02d}:{mm:02d}:{max(ss - 4, 0):02d}.000",
        sn=sha(r, 64), sig=base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode())
    d.t("Umtausch nur mit Kassenbon innerhalb von 14 Tagen.\nVielen Dank für Ihren Einkauf!\n")
    return d


def k_de_reklamation(r):
    d = Doc("de")
    cust = person(r, lang="de", style="full")
    day = rdate(r)
    d.f("Von: {n} <{e}>\nAn: {to}\nDatum: {dh}\nBetreff: Reklamation Bestellung Nr. {o} – defektes Gerät\n\n",
        n=PER(cust), e=EM(email_for(r, cust, "de")), to=EM("service@lindenhof-markt.de"), dh=f"{day.strftime('%d.%m.%Y')} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}",
        o=_d(r, 9))
    buy = day - datetime.timedelta(days=r.randint(20, 300))
    d.f("Sehr geehrte Damen und Herren,\n\nam {b} habe ich in Ihrer Filiale in {c} eine {it} gekauft "
        "(Kassenbon-Nr. {kb}, Kundennummer {kn}). Seit letzter Woche {f}.\n\n",
        b=DT(fdate(r, buy, "de")), c=LOC(r.choice(PLACES["DE"])[0]), it=r.choice(BIG_ITEMS), kb=receipt_no(r),
        kn=ACC(cust_acct(r)), f=r.choice(["lässt sich das Gerät nicht mehr einschalten", "tropft Wasser aus dem Gerät",
                                           "zeigt das Display den Fehler E-21"]))
    d.f("Bitte holen Sie das Gerät bei mir ab: {a}. Ich bin am {dt} zu Hause. Telefonisch erreichen Sie mich "
        "unter {t}.\n\n", a=ADR(addr(r, "DE", country=False)), dt=DT(fdatetime(r, day + datetime.timedelta(days=5), "de", wd=True)),
        t=TEL(phone(r, "DE")))
    if r.random() < 0.7:
        d.f("Eine Erstattung überweisen Sie bitte auf mein Konto: IBAN {i}, Kontoinhaber {ki}.\n\n",
            i=IBAN(iban(r, "DE")), ki=PER(cust))
    d.f("Mit freundlichen Grüßen\n{n}\n", n=PER(cust))
    return d


def k_de_ratenkauf(r):
    d = Doc("de")
    g, s = r.choice(GIVEN["de"]), r.choice(SURN["de"])
    day = rdate(r)
    d.t("FINANZIERUNGSANTRAG – RATENKAUF (0 % effektiver Jahreszins)\nPartnerbank: Nordkredit Bank AG · Händler: Elektro Brandt GmbH\n\n")
    d.f("Anrede: {a}\nVorname: {g}\nNachname: {s}\nGeburtsdatum: {b}\nGeburtsort: {go}\n", a=r.choice(["Herr", "Frau"]),
        g=PER(g), s=PER(s), b=DOB(fdate(r, rdob(r), "de")), go=LOC(r.choice(PLACES["DE"])[0]))
    p = addr_parts(r, "DE")
    d.f("Straße, Hausnr.: {st}\nPLZ: {pc}\nOrt: {o}\nTelefon: {t}\nE-Mail: {e}\n", st=ADR(p["street"]), pc=p["pc"],
        o=LOC(p["city"]), t=TEL(phone(r, "DE")), e=EM(email_for(r, f"{g} {s}", "de")))
    d.f("Identitätsprüfung: Führerschein Nr. {dl}\n\n", dl=DL(dl_no(r, "DE")))
    n = r.choice([6, 10, 12, 24])
    d.f("Artikel: {it}\nFinanzierungsbetrag: {fb}\nRatenplan: {n} Raten à {ra}, erste Rate am {r1}, letzte Rate am {rl}\n\n",
        it=r.choice(BIG_ITEMS), fb=money(r, 300, 3000, "€"), n=n, ra=money(r, 20, 200, "€"),
        r1=DT(fdate(r, day + datetime.timedelta(days=30), "de")), rl=DT(fdate(r, day + datetime.timedelta(days=30 * n), "de")))
    d.f("SEPA-Lastschriftmandat\nGläubiger-ID: DE98ZZZ0{gid}\nMandatsreferenz: RK-{mr}\nIBAN: {i}\nBIC: {bic}\n"
        "Kontoinhaber: {ki}\n\n", gid=_d(r, 10), mr=_d(r, 10), i=IBAN(iban(r, "DE")),
        bic=r.choice(["COBADEFFXXX", "DEUTDEDBXXX", "GENODEF1S10"]), ki=PER(f"{g} {s}"))
    d.f("Ort, Datum: {o}, {dd}\nUnterschrift: {u}\nVerkäufer: {v} (Pers.-Nr. {pn})\n", o=LOC(p["city"]), dd=DT(fdate(r, day, "de")),
        u=PER(f"{g[0]}. {s}"), v=PER(person(r, cul="de", style="full")), pn=_d(r, 5))
    return d


def k_fr_fidelite(r):
    d = Doc("fr")
    g, s = r.choice(GIVEN["fr"]), r.choice(SURN["fr"])
    p = addr_parts(r, "FR")
    d.t("CARTE FIDÉLITÉ « LE PANIER DORÉ » — BULLETIN D'ADHÉSION\n\n")
    d.f("Civilité : {c}\nNom : {s}\nPrénom : {g}\nNé(e) le : {b}   à : {l}\n", c=r.choice(["Mme", "M.", "Mlle"]),
        s=PER(s.upper()), g=PER(g), b=DOB(fdate(r, rdob(r), "fr")), l=LOC(r.choice(PLACES["FR"])[0]))
    d.f("Adresse : {a}\nCode postal : {pc}     Ville : {v}\n", a=ADR(p["street"]), pc=p["pc"], v=LOC(p["city"]))
    d.f("Téléphone portable : {t}\nCourriel : {e}\nN° de carte attribué : {acc}\n", t=TEL(phone(r, "FR")),
        e=EM(email_for(r, f"{g} {s}", "fr")), acc=ACC(loyalty_no(r)))
    d.t(f"J'accepte de recevoir les offres par SMS : {r.choice(['☒ oui ☐ non', '☐ oui ☒ non'])}\n")
    d.f("Fait à {v}, le {dd}\nSignature : {sg}\n\n", v=LOC(p["city"]), dd=DT(fdate(r, rdate(r), "fr")),
        sg=PER(f"{g[0]}. {s}"))
    d.f("Conformément au RGPD, vous pouvez exercer vos droits en écrivant à {dpo}. Offre anniversaire : "
        "un bon de 5 € le mois de votre anniversaire. Réf. formulaire CF-{v}.\n", dpo=EM("dpo@lepanierdore.fr"), v=version(r))
    return d


def k_fr_retrait(r):
    d = Doc("fr")
    g = r.choice(GIVEN["fr"] + GIVEN["ar"] + GIVEN["af"])
    st = addr_parts(r, "FR")
    day = rdate(r)
    o = _d(r, 9)
    d.f("Objet : Votre commande n° {o} est prête – Retrait en magasin\n\nBonjour {g},\n\n", o=o, g=PER(g))
    d.f("Bonne nouvelle ! Votre commande est disponible dans votre magasin Maison Lefèvre de {c} :\n\n    {a}\n\n",
        c=LOC(st["city"]), a=ADR(st["street"] + ", " + st["cityline"]))
    d.f("Vous avez jusqu'au {dl} pour la retirer. Présentez ce code de retrait : {code} ainsi qu'une pièce d'identité.\n",
        dl=DT(fdate(r, day + datetime.timedelta(days=r.randint(5, 10)), "fr", wd=r.random() < 0.5)), code=_d(r, 6))
    d.f("Un proche peut retirer la commande à votre place : il devra présenter sa pièce d'identité et ce mail "
        "(procuration au nom de {p}).\n\n", p=PER(person(r, cul="fr", style=r.choice(["full", "caps"]))))
    d.f("Créneau réservé : {cr}\nSuivi de commande : {u}\nService client : {t} (appel non surtaxé)\n\n",
        cr=DT(fdatetime(r, day, "fr", wd=True)), u=URL(f"https://www.maison-lefevre.fr/commande/{o}/suivi"),
        t=TEL(phone(r, "FR")))
    d.t("À très vite,\nL'équipe Maison Lefèvre\n")
    return d


def k_fr_paiement_4x(r):
    d = Doc("fr")
    cust = person(r, lang="fr", style="full")
    day = rdate(r)
    tot = r.uniform(200, 2000)
    d.f("ÉCHÉANCIER — PAIEMENT EN 4 FOIS SANS FRAIS\nDossier n° {dn}\n\nClient : {civ} {c}\nAdresse : {a}\nTél. : {t}\n\n",
        dn=_d(r, 10), civ=r.choice(["M.", "Mme", "M. ou Mme"]), c=PER(cust), a=ADR(addr(r, "FR", country=False)), t=TEL(phone(r, "FR")))
    d.f("Achat : {it} — montant total {m}\n\n", it=r.choice(BIG_ITEMS), m=f"{tot:,.2f} €".replace(",", " ").replace(".", ","))
    dsty = date_style(r, "fr")
    for i in range(4):
        due = day + datetime.timedelta(days=30 * i)
        d.f("  Échéance {k} : {dd} — {m}\n", k=i + 1, dd=DT(dsty(due)), m=f"{tot / 4:.2f} €".replace(".", ","))
    d.f("\nMandat de prélèvement SEPA\nRUM : {rum}\nICS : FR{ics}ZZZ{ic2}\nIBAN du débiteur : {i}\nBIC : {bic}\n",
        rum=f"P4X-{_d(r, 12)}", ics=_d(r, 2), ic2=_d(r, 6), i=IBAN(iban(r, "FR")), bic=r.choice(["BNPAFRPPXXX", "AGRIFRPP882", "CCBPFRPPLYN"]))
    d.f("Titulaire du compte : {t}\n\nFait à {v}, le {dd}\n", t=PER(cust.upper()), v=LOC(r.choice(PLACES["FR"])[0]),
        dd=DT(fdate(r, day, "fr")))
    return d


def k_es_devolucion(r):
    d = Doc("es")
    cust = person(r, lang="es", style="full")
    day = rdate(r)
    d.t("HOJA DE RECLAMACIÓN / SOLICITUD DE DEVOLUCIÓN — Ejemplar para la empresa\n\n")
    d.f("Establecimiento: Almacenes Ortega, S.A. — {a}\nNº de hoja: {n}\n\n", a=ADR(addr(r, "ES", country=False)), n=f"B{_d(r, 7)}")
    d.f("Reclamante: {c}\nPermiso de conducir nº: {dl}\nDomicilio: {a}\nTeléfono: {t}\nCorreo electrónico: {e}\n\n",
        c=PER(cust), dl=DL(f"{_d(r, 8)}{r.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"), a=ADR(addr(r, "ES", country=False)),
        t=TEL(phone(r, "ES")), e=EM(email_for(r, cust, "es")))
    buy = day - datetime.timedelta(days=r.randint(3, 60))
    d.f("Fecha de compra: {fc}     Nº de ticket: {tk}\nProducto: {p}\n", fc=DT(fdate(r, buy, "es")), tk=receipt_no(r),
        p=r.choice(BIG_ITEMS + PRODUCTS))
    d.f("Motivo: {m}\n", m=r.choice(["el producto llegó con la caja abierta y falta el cargador",
                                      "la talla no corresponde con la etiqueta", "deja de funcionar a los dos días"]))
    if r.random() < 0.5:
        d.f("Solicita: devolución del importe a la tarjeta terminada en {l4}\n", l4=_d(r, 4))
    else:
        d.f("Solicita: transferencia a la cuenta {i}\n", i=IBAN(iban(r, "ES")))
    d.f("Fecha y hora de la reclamación: {dt}\nAtendido por: {at} (dependiente, nº {n})\n",
        dt=DT(fdatetime(r, day, "es")), at=PER(person(r, cul="es", style=r.choice(["full", "first"]))), n=_d(r, 4))
    d.t("\nEl establecimiento dispone de un plazo de 10 días hábiles para responder. "
        "Tarjeta cliente Ortega: ")
    d.e(loyalty_no(r), "ACCOUNT_NUMBER").t("\n")
    return d


def k_es_chat(r):
    d = Doc("es")
    g = r.choice(GIVEN["es"])
    s = r.choice(SURN["es"])
    day = rdate(r)
    ag = r.choice(GIVEN["es"])
    clock = [r.randint(9, 19) * 60 + r.randint(0, 30)]

    def pre():
        clock[0] += r.randint(0, 4)
        return f"[{day.day}/{day.month}/{day.year % 100}, {clock[0] // 60}:{clock[0] % 60:02d}]"
    d.f("{p} Tienda Ortega: ¡Hola! Soy {a}, del servicio de atención al cliente. ¿En qué puedo ayudarte?\n",
        p=pre(), a=PER(ag))
    d.f("{p} {g}: hola, me regalaron una tarjeta regalo y no me deja usarla online. el número es {gc}\n",
        p=pre(), g=PER(g), gc=ACC(giftcard_no(r)))
    d.f("{p} Tienda Ortega: Vaya, lo siento. ¿Me confirmas tu nombre completo y un correo de contacto?\n", p=pre())
    d.f("{p} {g}: {n}, {e}\n", p=pre(), g=PER(g), n=PER(f"{g} {s}"), e=EM(email_for(r, f"{g} {s}", "es")))
    rec = day + datetime.timedelta(days=r.randint(1, 5))
    d.f("{p} Tienda Ortega: Gracias, {g}. La tarjeta está bloqueada por seguridad. Puedes pasar por la tienda de "
        "{c} el {f} con tu DNI y te la activamos. También te llamamos al {t} si lo prefieres.\n",
        p=pre(), g=PER(g), c=LOC(r.choice(PLACES["ES"])[0]), f=DT(fdatetime(r, rec, "es", wd=True)), t=TEL(phone(r, "ES")))
    d.f("{p} {g}: vale perfecto, gracias!!\n{p2} Tienda Ortega: ¡A ti! Más info: {u}\n", p=pre(), p2=pre(), g=PER(g),
        u=URL("https://www.almacenesortega.es/ayuda/tarjeta-regalo"))
    return d


def k_it_garanzia(r):
    d = Doc("it")
    cust = person(r, lang="it", style="full")
    day = rdate(r)
    d.f("Spett.le Bottega Rinaldi S.r.l.\nUfficio Assistenza Clienti\n{a}\n\n", a=ADR(addr(r, "IT", multi=True, country=False)))
    d.f("{c}, {dd}\n\n", c=LOC(r.choice(PLACES["IT"])[0]), dd=DT(fdate(r, day, "it")))
    buy = day - datetime.timedelta(days=r.randint(60, 600))
    d.f("Oggetto: richiesta di intervento in garanzia – scontrino n. {sc} del {b}\n\n", sc=f"{_d(r, 4)}-{_d(r, 4)}",
        b=DT(fdate(r, buy, "it")))
    d.f("Il/La sottoscritto/a {c}, nato/a a {l} il {dob}, residente in {a}, tel. {t}, e-mail {e},\n",
        c=PER(cust), l=LOC(r.choice(PLACES["IT"])[0]), dob=DOB(fdate(r, rdob(r), "it")), a=ADR(addr(r, "IT", country=False)),
        t=TEL(phone(r, "IT")), e=EM(email_for(r, cust, "it")))
    d.f("chiede la riparazione o sostituzione del prodotto {p} (matricola {m}), che presenta il seguente difetto: {f}.\n\n",
        p=r.choice(BIG_ITEMS), m=_a(r, 10, UL + string.digits),
        f=r.choice(["non si accende", "perde acqua dalla guarnizione", "rumore anomalo durante la centrifuga"]))
    d.f("Resto disponibile per il ritiro {dt}.\nNumero tessera fedeltà: {acc}\n\nDistinti saluti,\n{f}\n",
        dt=DT(fdatetime(r, day + datetime.timedelta(days=7), "it", wd=True)), acc=ACC(loyalty_no(r)),
        f=PER(cust))
    return d


def k_it_turni(r):
    d = Doc("it")
    mon = rdate(r)
    mon -= datetime.timedelta(days=mon.weekday())
    days = [mon + datetime.timedelta(days=i) for i in range(r.choice([5, 6]))]
    codes = r.random() < 0.5
    dsty = date_style(r, "it")
    d.f("TURNI PERSONALE – Punto vendita di {c} – settimana dal {a} al {b}\n\n", c=LOC(r.choice(PLACES["IT"])[0]),
        a=DT(dsty(mon)), b=DT(dsty(days[-1])))
    d.t(f"{'Dipendente':<22}")
    for dd in days:
        d.t(f"{WEEKDAYS['it'][dd.weekday()][:3].capitalize():<14}")
    d.t("\n")
    for _ in range(r.randint(3, 6)):
        s, g = r.choice(SURN["it"]), r.choice(GIVEN["it"])
        nm = f"{s} {g}"
        d.e(nm, "PERSON").t(" " * max(1, 22 - len(nm)))
        for _dd in days:
            if r.random() < 0.25:
                d.t(f"{r.choice(['RIPOSO', 'FERIE', 'MALATTIA']):<14}")
            elif codes:
                d.t(f"{r.choice(['M', 'P', 'S', 'M', 'P', 'SPEZZATO']):<14}")
            else:
                a = r.randint(7, 14)
                d.e(f"{a}:00", "DATE_TIME").t("-").e(f"{a + r.choice([4, 6, 8])}:00", "DATE_TIME").t(" " * (14 - len(f"{a}:00-{a + 8}:00")))
        d.t("\n")
    if codes:
        d.f("\nLegenda: M = mattina {a}-{b}, P = pomeriggio {c}-{e}, S = sera, SPEZZATO = turno spezzato.\n",
            a=DT("7:30"), b=DT("13:30"), c=DT("13:30"), e=DT("20:00"))
    d.f("\nResponsabile di turno: {p}, cell. {t}. Inventario {dd}: presenza obbligatoria.\n",
        p=PER(person(r, cul="it", style="full")), t=TEL(phone(r, "IT")), dd=DT(fdatetime(r, days[-1], "it", wd=True)))
    return d


def k_nl_klantenkaart(r):
    d = Doc("nl")
    d.t("klantnummer;voornaam;achternaam;geboortedatum;adres;postcode;woonplaats;telefoon;email;spaarpunten;lid_sinds\n")
    for _ in range(r.randint(3, 8)):
        cul = "nl" if r.random() < 0.75 else culture(r)
        g, s = r.choice(GIVEN[cul]), r.choice(SURN[cul])
        p = addr_parts(r, "NL")
        b = rdob(r)
        d.e(f"{_d(r, 10)}", "ACCOUNT_NUMBER").t(";").e(g, "PERSON").t(";").e(s, "PERSON").t(";")
        d.e(f"{b.day:02d}-{b.month:02d}-{b.year}", "DATE_OF_BIRTH").t(";").e(p["street"], "ADDRESS")
        d.t(f";{p['pc']};").e(p["city"], "LOCATION").t(";")
        if r.random() < 0.85:
            d.e(phone(r, "NL"), "PHONE_NUMBER")
        d.t(";").e(email_for(r, f"{g} {s}", "nl"), "EMAIL_ADDRESS").t(f";{r.randint(0, 9000)};")
        j = rdate(r, 2012, 2024)
        d.e(f"{j.day:02d}-{j.month:02d}-{j.year}", "DATE_TIME").t("\n")
    d.t(f"# export {uuid(r)} — AVG: alleen voor intern gebruik\n")
    return d


def k_nl_incident(r):
    d = Doc("nl")
    day = rdate(r)
    d.f("INCIDENTMELDING – filiaal {c}\nMeldingsnummer: IM-{n}\n\n", c=LOC(r.choice(PLACES["NL"])[0]), n=_d(r, 6))
    d.f("Datum en tijd incident: {dt}\nGemeld door: {p} (teamleider)\n\n", dt=DT(fdatetime(r, day, "nl")),
        p=PER(person(r, cul="nl", style="full")))
    d.f("Betrokkene: {p}\nGeboortedatum: {b}\nTelefoon: {t}\nAdres: {a}\n\n", p=PER(person(r, lang="nl", style="full")),
        b=DOB(fdate(r, rdob(r), "nl")), t=TEL(phone(r, "NL")), a=ADR(addr(r, "NL", country=False)))
    d.f("Omschrijving: {o}\nEHBO verleend door: {e}\n", o=r.choice([
        "klant uitgegleden bij de kassa's door gelekte melk; natte-vloer-bord stond er niet.",
        "winkelwagen rolde tegen geparkeerde auto (kenteken " + f"{_a(r, 2, UL)}-{_d(r, 3)}-{r.choice(UL)}" + ").",
        "klant agressief na weigering leeftijdscontrole; collega bedreigd."]), e=PER(person(r, cul="nl", style="first")))
    d.f("Politie ingeschakeld: {pj}\nCamerabeelden bewaard tot: {cb}\n", pj=r.choice(["nee", f"ja, PV-nummer PL0900-{day.year}{_d(r, 6)}"]),
        cb=DT(fdate(r, day + datetime.timedelta(days=28), "nl")))
    d.t("\nDeze melding wordt binnen 48 uur doorgestuurd naar de afdeling Veiligheid.\n")
    return d


def k_pt_vale(r):
    d = Doc("pt")
    de_, para = person(r, lang="pt", style="full"), person(r, lang="pt", style="full")
    day = rdate(r)
    d.t("CASA RIBEIRO — CARTÃO PRESENTE / VALE DE OFERTA\n\n")
    d.f("De: {a}\nPara: {b}\nMensagem: \"Parabéns, {bf}! Um beijinho da {af}.\"\n\n", a=PER(de_), b=PER(para),
        bf=PER(para.split()[0]), af=PER(de_.split()[0]))
    d.f("Número do cartão: {gc}\nCódigo de segurança: ***\nValor: {v}\nVálido até: {va}\n\n", gc=ACC(giftcard_no(r)),
        v=money(r, 10, 150, "€"), va=DT(fdate(r, day + datetime.timedelta(days=365), "pt")))
    d.f("Adquirido na loja {l} em {dt}\nContacto do comprador: {t} · {e}\n", l=ADR(addr(r, "PT", country=False)),
        dt=DT(fdatetime(r, day, "pt")), t=TEL(phone(r, "PT")), e=EM(email_for(r, de_, "pt")))
    d.f("Consulte o saldo em {u}\n\nO cartão não é reembolsável nem convertível em dinheiro. Guarde este talão.\n",
        u=URL("https://www.casaribeiro.pt/cartao-presente/saldo"))
    return d


def k_pl_reklamacja(r):
    d = Doc("pl")
    cust = person(r, lang="pl", style="full")
    day = rdate(r)
    d.f("{c}, dnia {dd}\n\nREKLAMACJA TOWARU\n\n", c=LOC(r.choice(PLACES["PL"])[0]), dd=DT(fdate(r, day, "pl")))
    d.f("Sprzedawca: Sklep u Zosi Sp. z o.o., {a}\n", a=ADR(addr(r, "PL", country=False)))
    d.f("Kupujący: {k}\nAdres: {a}\nTel.: {t}\nE-mail: {e}\n", k=PER(cust), a=ADR(addr(r, "PL", country=False)),
        t=TEL(phone(r, "PL")), e=EM(email_for(r, cust, "pl")))
    buy = day - datetime.timedelta(days=r.randint(10, 400))
    d.f("Numer karty lojalnościowej: {acc}\n\nData zakupu: {b}    Nr paragonu: {p}\nTowar: {tw}\n", acc=ACC(loyalty_no(r)),
        b=DT(fdate(r, buy, "pl")), p=f"{_d(r, 5)}/{_d(r, 4)}", tw=r.choice(BIG_ITEMS))
    d.f("Opis wady: {o}\nWada została stwierdzona dnia {w}.\n\n", o=r.choice(["urządzenie nie włącza się", "pęknięta obudowa",
                                                                                "głośna praca silnika"]),
        w=DT(fdate(r, day - datetime.timedelta(days=2), "pl")))
    d.f("Żądanie: zwrot ceny na rachunek bankowy nr {i}\n\nPodpis kupującego: {s}\n\n", i=IBAN(iban(r, "PL")), s=PER(cust))
    d.f("Adnotacje sklepu: przyjęto {dt}, przyjmujący: {p}. Termin odpowiedzi 14 dni.\n",
        dt=DT(fdatetime(r, day, "pl")), p=PER(person(r, cul="pl", style=r.choice(["full", "initial"]))))
    return d


def k_sv_ekvitto(r):
    d = Doc("sv")
    cust = person(r, lang="sv", style="full")
    day = rdate(r)
    d.f("Från: {f}\nTill: {t}\nÄmne: Ditt digitala kvitto från Lindqvists Järn & Fritid\n\n", f=EM("kvitto@lindqvistsjarn.se"),
        t=EM(email_for(r, cust, "sv")))
    d.f("Hej {g}!\n\nTack för ditt köp i butiken i {c} {dt}.\n\n", g=PER(cust.split()[0]), c=LOC(r.choice(PLACES["SE"])[0]),
        dt=DT(fdatetime(r, day, "sv")))
    d.f("Kvittonummer: {k}   Kassa: {ka}   Kassör: {ks}\n\n", k=_d(r, 10), ka=r.randint(1, 8),
        ks=PER(r.choice(GIVEN["sv"] + GIVEN["ar"] + GIVEN["tr"])))
    for nm, q, pr in items(r, cur="kr", scale=10):
        d.t(f"{nm[:30]:<32}{pr:>12}\n")
    d.t(f"{'Totalt':<32}{fmt_money(items.total, 'kr'):>12}\nvarav moms 25 %{fmt_money(items.total * 0.2, 'kr'):>29}\n\n")
    d.f("Betalat med kort {m}\nMedlemsnummer: {acc}   Bonuspoäng: {bp}\nÖppet köp t.o.m. {ok}\n\n", m=masked_pan(r, False),
        acc=ACC(loyalty_no(r)), bp=r.randint(1, 400), ok=DT(fdate(r, day + datetime.timedelta(days=30), "sv")))
    d.f("Frågor? Ring kundtjänst på {t} eller besök {u}\nLindqvists Järn & Fritid AB · Org.nr {org} · {a}\n",
        t=TEL(phone(r, "SE")), u=URL("https://www.lindqvistsjarn.se/kundtjanst"), org=f"556{_d(r, 3)}-{_d(r, 4)}",
        a=ADR(addr(r, "SE", country=False)))
    return d


def k_tr_taksit(r):
    d = Doc("tr")
    cust = person(r, lang="tr", style=r.choice(["full", "caps"]))
    day = rdate(r)
    price = r.uniform(5000, 60000)
    n = r.choice([3, 6, 9, 12])
    d.t("TAKSİTLİ SATIŞ SÖZLEŞMESİ — ÖDEME PLANI\nSatıcı: Demir Ticaret A.Ş. · Mersis No: 0")
    d.t(f"{_d(r, 15)}\n\n")
    d.f("Müşteri: {c}\nT.C. Kimlik No: *********{k}\nDoğum tarihi: {b}\nAdres: {a}\nCep telefonu: {t}\nE-posta: {e}\n\n",
        c=PER(cust), k=_d(r, 2), b=DOB(fdate(r, rdob(r), "tr")), a=ADR(addr(r, "TR", country=False)),
        t=TEL(phone(r, "TR")), e=EM(email_for(r, cust, "tr")))
    tl = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " TL"  # noqa: E731
    d.f("Ürün: {u}\nSatış fiyatı: {f}\nTaksit sayısı: {n}\n\n", u=r.choice(BIG_ITEMS), f=tl(price), n=n)
    dsty = date_style(r, "tr")
    d.t("No  Vade tarihi      Tutar\n")
    for i in range(min(n, 6)):
        due = day + datetime.timedelta(days=30 * (i + 1))
        ds = dsty(due)
        d.t(f"{i + 1:<4}").e(ds, "DATE_TIME").t(" " * max(1, 17 - len(ds)) + tl(price / n) + "\n")
    if n > 6:
        d.t(f"... (toplam {n} taksit)\n")
    if r.random() < 0.5:
        d.f("\nKredi kartı: {cc}  SKT: {m}/{y}\n", cc=CC(card(r, r.choice(["VISA", "MASTERCARD"]))), m=f"{r.randint(1, 12):02d}", y=r.randint(26, 31))
    else:
        d.f("\nKredi kartı: {m}\n", m=masked_pan(r, False))
    d.f("İade için IBAN: {i}\nSatış temsilcisi: {s}\nTarih: {dd}\n", i=IBAN(iban(r, "TR")),
        s=PER(person(r, cul="tr", style="full")), dd=DT(fdatetime(r, day, "tr")))
    return d


# ------------------------------------------------------------ empty kinds
def k_empty_planogram(r):
    d = Doc("en")
    d.f("PLANOGRAM {pg} — bay {b}, {w} cm — effective week {wk} — version {v}\n", pg=f"PG-{_d(r, 5)}", b=r.randint(1, 40),
        w=r.choice([100, 125, 133]), wk=r.randint(1, 52), v=version(r))
    d.t(f"{'Shelf':<6}{'Pos':<5}{'SKU':<12}{'EAN':<15}{'Description':<32}{'Facings':>8}\n")
    for sh in range(1, r.randint(3, 6)):
        for pos in range(1, r.randint(2, 5)):
            desc = r.choice(PRODUCTS + ["Madison Avenue Gift Box", "Kingsley Road Picnic Set", "Harley Street Vitamins 60s",
                                        "Lady Grey Tea 50s", "Jack Wills Hoodie", "Johnnie Walker Red 70cl"])
            d.t(f"{sh:<6}{pos:<5}{_d(r, 6) + '-' + _d(r, 2):<12}{ean13(r):<15}{desc[:31]:<32}{r.randint(1, 6):>8}\n")
    d.t("\nNotes: move Ben & Jerry's to chiller 4; Dr. Martens shoe care to bay 12. Shelf-edge labels print "
        "overnight; check ticket numbers against PG version before Friday reset.\n")
    return d


def k_empty_zreport(r):
    d = Doc("en")
    day = rdate(r)
    clock = [r.randint(20, 21) * 3600 + r.randint(0, 900)]

    def ts():
        clock[0] += r.randint(1, 90)
        c = clock[0]
        return f"{day.isoformat()} {c // 3600:02d}:{c % 3600 // 60:02d}:{c % 60:02d}"
    d.f("{t} INFO  zreport start store={s} lanes=1..{l} build={b}\n", t=ts(), s=_d(r, 4), l=r.randint(4, 14), b=sha(r, 12))
    for lane in range(1, r.randint(4, 8)):
        d.f("{t} INFO  lane={ln} txns={n} gross={g} refunds={rf} voids={v} drawer_var={dv}\n", t=ts(), ln=f"{lane:02d}",
            n=r.randint(40, 600), g=f"{r.uniform(500, 9000):.2f}", rf=f"{r.uniform(0, 300):.2f}", v=r.randint(0, 9),
            dv=f"{r.uniform(-5, 5):.2f}")
    d.f("{t} WARN  lane=03 card ref {bc} failed luhn, sent to exceptions queue\n", t=ts(), bc=bad_card(r).replace(" ", ""))
    d.f("{t} INFO  batch {u} settled auth={a} epoch={ep}\n", t=ts(), u=uuid(r), a=_a(r, 6, UL + string.digits),
        ep=r.randint(1_650_000_000, 1_750_000_000))
    d.f("{t} INFO  tender mix cash={c}% card={k}% giftcard={g}% loyalty_redeem={lr}%\n", t=ts(), c=r.randint(5, 20),
        k=r.randint(60, 85), g=r.randint(1, 5), lr=r.randint(1, 6))
    d.f("{t} INFO  zreport done in {ms}ms, uploaded as z_{s}_{dd}.csv sha256={h}\n", t=ts(), ms=r.randint(300, 9000),
        s=_d(r, 4), dd=day.strftime("%Y%m%d"), h=sha(r, 64))
    return d


def k_empty_promo(r):
    d = Doc("en")
    d.t(r.choice(["THIS WEEKEND ONLY", "SPRING CLEAROUT", "MEMBER PRICES ARE BACK", "BANK HOLIDAY DEALS"]) + "\n\n")
    cur = r.choice(["$", "£", "C$", "€en"])
    for _ in range(r.randint(4, 7)):
        p = r.choice(PRODUCTS + BIG_ITEMS)
        was = r.uniform(5, 600)
        d.t(f"• {p} — now {fmt_money(was * r.choice([0.5, 0.6, 0.75, 0.8]), cur)} (was {fmt_money(was, cur)})\n")
    d.t("\nBuy 2 get 1 free on all Betty Crocker and Sara Lee bakes. Double points on Tuesday with your card. "
        "Ralph Lauren and Tommy Hilfiger up to 40% off. Offer ends Sunday; while stocks last. "
        "Italian wines and French cheeses 25% off when you buy 6. Not valid with other offers. Promo code SPRING24 "
        "online; excludes gift cards. Prices correct at time of print, version " + version(r) + ".\n")
    return d


def k_empty_inventory(r):
    d = Doc("en")
    d.t("sku,ean,description,bin,on_hand,on_order,reorder_pt,supplier_code,last_count_batch\n")
    for _ in range(r.randint(5, 12)):
        desc = r.choice(PRODUCTS + BIG_ITEMS).replace(",", " ").replace('"', "in")
        d.t(f"{_d(r, 6)}-{_d(r, 2)},{ean13(r)},\"{desc}\",{r.choice('ABCDEF')}-{r.randint(1, 30):02d}-{r.randint(1, 9):02d},"
            f"{r.randint(0, 400)},{r.randint(0, 200)},{r.randint(5, 60)},SUP{_d(r, 5)},{uuid(r)[:8]}\n")
    d.t(f"# generated by invsync {version(r)} commit {sha(r, 40)}\n")
    return d


def k_empty_release_notes(r):
    d = Doc("en")
    v = version(r)
    d.f("POS Suite {v} — release notes\n\nBuild {b} · commit {c} · artifact sha256 {h}\n\n", v=v, b=r.randint(1000, 9999),
        c=sha(r, 40), h=sha(r, 64))
    notes = ["POS-{n}: gift card balance now shown on customer display",
             "POS-{n}: fixed crash when a loyalty lookup returns HTTP 502",
             "POS-{n}: receipt footer supports two QR codes",
             "POS-{n}: Luhn check on manual PAN entry (rejects test values such as 4111 1111 1111 1112)",
             "POS-{n}: price-match reason codes PM01–PM09 added",
             "POS-{n}: upgrade EMV kernel to 6.2.1 and OpenSSL 3.0.13",
             "POS-{n}: config keys now read from ${{ secrets.POS_API_KEY }} in CI instead of plain text",
             "POS-{n}: time-zone handling for Europe/Dublin and America/Chicago stores"]
    r.shuffle(notes)
    for n in notes[:r.randint(4, 7)]:
        d.t("- " + n.replace("{n}", _d(r, 4)) + "\n")
    d.t(f"\nUpgrade path: {version(r)} → {v}. Rollback window 72 hours. Known issue: drawer kick delay ~200 ms on TM-T88V.\n")
    return d


def k_empty_edi_832(r):
    d = Doc("en")
    day = rdate(r)
    ctl = _d(r, 9)
    hm = f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    d.f("ISA*00*          *00*          *ZZ*ACMESUPPLY     *ZZ*RETAILHUB      *{d6}*{hm}*U*00401*{c}*0*P*>~\n"
        "GS*SC*ACMESUPPLY*RETAILHUB*{d8}*{hm}*{g}*X*004010~\nST*832*0001~\nBCT*PS*PL{pl}****{v}~\n",
        d6=day.strftime("%y%m%d"), d8=day.strftime("%Y%m%d"), hm=hm, c=ctl, g=int(ctl) % 10000, pl=_d(r, 6),
        v=f"V{r.randint(1, 9)}")
    d.t("N1*VN*ACME SUPPLY CO*92*" + _d(r, 6) + "~\n")
    n = r.randint(3, 7)
    for i in range(n):
        d.f("LIN*{i}*UP*{u}*VN*{vn}~\nPID*F*08***{desc}~\nCTP**RES*{p}~\nCTP**UCP*{c}~\n", i=i + 1, u=ean13(r)[1:],
            vn=f"{_a(r, 2, UL)}{_d(r, 5)}", desc=r.choice(PRODUCTS).upper(), p=f"{r.uniform(1, 80):.2f}",
            c=f"{r.uniform(0.5, 40):.2f}")
    d.f("CTT*{n}~\nSE*{k}*0001~\nGE*1*{g}~\nIEA*1*{c}~\n", n=n, k=4 + 4 * n, g=int(ctl) % 10000, c=ctl)
    return d


def k_empty_fr_promo(r):
    d = Doc("fr")
    d.t("CATALOGUE PRINTEMPS — OFFRES ADHÉRENTS\n\n")
    for _ in range(r.randint(4, 7)):
        p = r.choice(PRODUCTS)
        was = r.uniform(2, 120)
        d.t(f"• {p} : {fmt_money(was * r.choice([0.5, 0.7, 0.8]), '€')} au lieu de {fmt_money(was, '€')} — réf. {_d(r, 6)}\n")
    d.t("\n-30 % sur le 2e article de la gamme Maison Lefèvre. Fromages français et vins italiens : 3 achetés = "
        "1 offert. Double points fidélité le mercredi. Offre valable du lundi au samedi, dans la limite des stocks "
        "disponibles. Code promo PRINTEMPS" + _d(r, 2) + " valable en ligne uniquement, hors cartes cadeaux. "
        "Prix au kilo : " + money(r, 5, 40, "€") + "/kg. Catalogue v" + version(r) + ".\n")
    return d


def k_empty_de_inventur(r):
    d = Doc("de")
    d.f("INVENTURLISTE – Lager {l} – Zählliste Nr. {n} – Version {v}\nZählteam {t} · Kontrollzählung: ja\n\n",
        l=r.choice("ABCD"), n=_d(r, 4), v=version(r), t=r.randint(1, 9))
    d.t(f"{'Artikelnr.':<12}{'EAN':<15}{'Bezeichnung':<30}{'Soll':>6}{'Ist':>6}{'Diff.':>7}\n")
    for _ in range(r.randint(5, 10)):
        soll = r.randint(0, 200)
        ist = soll + r.randint(-5, 3)
        d.t(f"{_d(r, 8):<12}{ean13(r):<15}{r.choice(PRODUCTS)[:29]:<30}{soll:>6}{ist:>6}{ist - soll:>7}\n")
    d.t("\nDifferenzen über 5 % bitte nachzählen. Ware der Marke Müller & Söhne ist separat zu erfassen. "
        "Lagerplatz-Codes (z. B. B-12-03) nicht mit Artikelnummern verwechseln.\n")
    return d


def k_empty_es_politica(r):
    d = Doc("es")
    d.t("POLÍTICA DE DEVOLUCIONES Y GARANTÍAS (ref. POL-DEV-" + _d(r, 3) + ", revisión " + version(r) + ")\n\n")
    d.t("1. Dispone de 30 días naturales desde la compra para devolver cualquier artículo con su ticket.\n"
        "2. Los productos de electrónica tienen una garantía legal de tres años.\n"
        "3. Las tarjetas regalo caducan a los 12 meses de su activación y no son canjeables por dinero.\n"
        "4. Para compras online, la recogida en tienda es gratuita y el pedido se guarda durante siete días.\n"
        "5. Igualamos el precio de la competencia si el producto es idéntico y está disponible en stock.\n"
        "6. Los reembolsos se realizan al mismo medio de pago en un plazo máximo de 14 días.\n"
        "7. Quedan excluidos los productos de higiene personal abiertos y los artículos personalizados.\n")
    d.t(f"\nAlmacenes Ortega, S.A. — marcas propias y de terceros como Pepe Jeans o Adolfo Domínguez. "
        f"Documento interno {uuid(r)}.\n")
    return d


def k_terminal_provisioning(r):
    d = Doc("en")
    name, dom = retailer(r)
    store, lane = _d(r, 4), f"{r.randint(1, 12):02d}"
    d.f("=== payment lane provisioning — runbook step 4 — store {s} lane {l} ===\nOperator: {op}\nLane IP: {ip}\n\n",
        s=store, l=lane, op=PER(person(r, style="full")), ip=IP(ip4(r, True)))
    d.t("$ cat /etc/pos/tls/client.key\n")
    d.e(pem(r), "PRIVATE_KEY").t("\n")
    d.t("$ openssl x509 -in /etc/pos/tls/client.crt -noout -subject -enddate\n")
    exp = rdate(r, 2025, 2027)
    d.f("subject=CN = lane{l}.store{s}.pos.internal, O = {n} Ltd\nnotAfter={na}\n", l=lane, s=store, n=name,
        na=DT(f"{MONTHS['en'][exp.month - 1][:3]} {exp.day:2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00 {exp.year} GMT".replace("  ", " ")))
    d.f("$ sha256sum /etc/pos/tls/client.key\n{h}  /etc/pos/tls/client.key\n", h=sha(r, 64))
    d.f("$ mdm-enrol --server {u} --token {tok}\nenrolled device {dv} (serial {sn}) ok\n",
        u=URL(f"https://mdm.{dom}/enrol"), tok=SEC(_a(r, 36, AN)), dv=uuid(r), sn=_a(r, 12, UL + string.digits))
    d.t("# NOTE: remove this log from the shared drive once the lane is live.\n")
    return d


# ================================================================ registry
KINDS = [
    ("receipt_us", "en", False, k_receipt_us),
    ("receipt_uk", "en", False, k_receipt_uk),
    ("ereceipt_email", "en", False, k_ereceipt_email),
    ("loyalty_signup_form", "en", False, k_loyalty_signup_form),
    ("loyalty_csv", "en", False, k_loyalty_csv),
    ("loyalty_fixedwidth", "en", False, k_loyalty_fixedwidth),
    ("loyalty_api_json", "en", False, k_loyalty_api_json),
    ("return_form", "en", False, k_return_form),
    ("warranty_letter", "en", False, k_warranty_letter),
    ("click_collect_sms", "en", False, k_click_collect_sms),
    ("click_collect_webhook", "en", False, k_click_collect_webhook),
    ("gift_card_order", "en", False, k_gift_card_order),
    ("gift_card_chat", "en", False, k_gift_card_chat),
    ("incident_injury", "en", False, k_incident_injury),
    ("incident_security", "en", False, k_incident_security),
    ("cs_email_thread", "en", False, k_cs_email_thread),
    ("cs_chat", "en", False, k_cs_chat),
    ("pos_log", "en", False, k_pos_log),
    ("pos_config", "en", False, k_pos_config),
    ("staff_rota", "en", False, k_staff_rota),
    ("slack_export", "en", False, k_slack_export),
    ("edi_850", "en", False, k_edi_850),
    ("edi_856", "en", False, k_edi_856),
    ("edifact_orders", "en", False, k_edifact_orders),
    ("layaway", "en", False, k_layaway),
    ("credit_application", "en", False, k_credit_application),
    ("price_match", "en", False, k_price_match),
    ("order_confirmation", "en", False, k_order_confirmation),
    ("chargeback", "en", False, k_chargeback),
    ("k8s_secret", "en", False, k_k8s_secret),
    ("github_actions", "en", False, k_github_actions),
    ("aws_credentials", "en", False, k_aws_credentials),
    ("access_log", "en", False, k_access_log),
    ("env_file", "en", False, k_env_file),
    ("pharmacy_pickup", "en", False, k_pharmacy_pickup),
    ("optical_appt", "en", False, k_optical_appt),
    ("card_statement", "en", False, k_card_statement),
    ("kerbside_log", "en", False, k_kerbside_log),
    ("vcard", "en", False, k_vcard),
    ("jira_ticket", "en", False, k_jira_ticket),
    ("age_verification", "en", False, k_age_verification),
    ("supplier_bank_change", "en", False, k_supplier_bank_change),
    ("survey_feedback", "en", False, k_survey_feedback),
    ("poslog_xml", "en", False, k_poslog_xml),
    ("gateway_curl", "en", False, k_gateway_curl),
    ("terminal_provisioning", "en", False, k_terminal_provisioning),
    ("de_kassenbon", "de", False, k_de_kassenbon),
    ("de_reklamation", "de", False, k_de_reklamation),
    ("de_ratenkauf", "de", False, k_de_ratenkauf),
    ("fr_fidelite", "fr", False, k_fr_fidelite),
    ("fr_retrait", "fr", False, k_fr_retrait),
    ("fr_paiement_4x", "fr", False, k_fr_paiement_4x),
    ("es_devolucion", "es", False, k_es_devolucion),
    ("es_chat", "es", False, k_es_chat),
    ("it_garanzia", "it", False, k_it_garanzia),
    ("it_turni", "it", False, k_it_turni),
    ("nl_klantenkaart", "nl", False, k_nl_klantenkaart),
    ("nl_incident", "nl", False, k_nl_incident),
    ("pt_vale", "pt", False, k_pt_vale),
    ("pl_reklamacja", "pl", False, k_pl_reklamacja),
    ("sv_ekvitto", "sv", False, k_sv_ekvitto),
    ("tr_taksit", "tr", False, k_tr_taksit),
    ("empty_planogram", "en", True, k_empty_planogram),
    ("empty_zreport", "en", True, k_empty_zreport),
    ("empty_promo", "en", True, k_empty_promo),
    ("empty_inventory", "en", True, k_empty_inventory),
    ("empty_release_notes", "en", True, k_empty_release_notes),
    ("empty_edi_832", "en", True, k_empty_edi_832),
    ("empty_fr_promo", "fr", True, k_empty_fr_promo),
    ("empty_de_inventur", "de", True, k_empty_de_inventur),
    ("empty_es_politica", "es", True, k_empty_es_politica),
]
_EMPTY = [k for k in KINDS if k[2]]
_FOREIGN = [k for k in KINDS if not k[2] and k[1] != "en"]
_ENGLISH = [k for k in KINDS if not k[2] and k[1] == "en"]


def _build(seed, i):
    r = random.Random(f"blind78-{seed}-{i}")
    u = r.random()
    grp = _EMPTY if u < 0.12 else (_FOREIGN if u < 0.33 else _ENGLISH)
    name, lang, empty, fn = r.choice(grp)
    for _ in range(8):
        d = fn(r)
        if len(d.text) <= 3000:
            break
    pads = PAD.get(lang, PAD["en"])
    k = 0
    while d.n < 150:
        d.t(("\n\n" if k == 0 else " ") + pads[k % len(pads)])
        k += 1
    ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"blind78-{seed}-{i:06d}", "text": d.text, "entities": ents}
    return name, lang, doc


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _build(seed, i)[2]


# ============================================================== validation
_RX = {
    "EMAIL_ADDRESS": re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"),
    "AWS_ACCESS_KEY": re.compile(r"^(AKIA|ASIA|AGPA|AIDA|AROA)[A-Z0-9]{16}$"),
    "AWS_SECRET_KEY": re.compile(r"^[A-Za-z0-9/+]{40}$"),
    "GITHUB_TOKEN": re.compile(r"^(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}$"),
    "SLACK_TOKEN": re.compile(r"^xox[abpr]-[A-Za-z0-9-]+$"),
    "STRIPE_KEY": re.compile(r"^(sk|rk)_live_[A-Za-z0-9]{24,}$"),
    "PRIVATE_KEY": re.compile(r"^-----BEGIN ((?:RSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----\n"
                              r"(?:[A-Za-z0-9+/=]{1,64}\n)+-----END \1-----$"),
}
_NEEDS_DIGIT = {"DATE_OF_BIRTH", "DATE_TIME", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                "DRIVER_LICENSE"}


def _b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def _shape(typ, s):
    if typ in _RX:
        return bool(_RX[typ].match(s))
    if typ == "PHONE_NUMBER":
        return 6 <= len(re.sub(r"\D", "", s)) <= 15 and bool(re.fullmatch(r"[+\d()\-./ ]+", s))
    if typ == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
        return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" \
            and m.group(2) != "00" and m.group(3) != "0000"
    if typ == "CREDIT_CARD":
        dg = re.sub(r"[ -]", "", s)
        return dg.isdigit() and 13 <= len(dg) <= 19 and luhn_ok(dg)
    if typ == "IBAN_CODE":
        return iban_ok(s)
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if typ == "URL":
        if not re.match(r"^https?://", s) or "@" in s or re.search(r"\s", s):
            return False
        host = urllib.parse.urlparse(s).hostname
        if not host:
            return False
        try:
            ipaddress.ip_address(host)
            return False
        except ValueError:
            return True
    if typ == "JWT":
        parts = s.split(".")
        if len(parts) != 3:
            return False
        try:
            return "alg" in json.loads(_b64u_dec(parts[0]))
        except Exception:
            return False
    if typ in _NEEDS_DIGIT:
        return any(c.isdigit() for c in s)
    if typ in ("PERSON", "LOCATION"):
        return not any(c.isdigit() for c in s) and "@" not in s and "\n" not in s
    if typ in ("PASSWORD", "GENERIC_SECRET"):
        return len(s) >= 6 and not re.search(r"\s", s)
    return True


def validate(doc):
    probs = []
    text = doc.get("text", "")
    if not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)}")
    last = 0
    for e in doc.get("entities", []):
        st, en, typ = e["start"], e["end"], e["type"]
        if typ not in TYPES:
            probs.append(f"unknown type {typ}")
            continue
        if not (0 <= st < en <= len(text)):
            probs.append(f"span out of range {st}-{en}")
            continue
        if st < last:
            probs.append(f"overlap at {st}")
        last = max(last, en)
        s = text[st:en]
        if s != s.strip():
            probs.append(f"whitespace at edge of {typ} {s!r}")
        if not _shape(typ, s):
            probs.append(f"bad shape {typ} {s!r}")
    return probs


# ===================================================================== CLI
def _mark(doc):
    t, out, pos = doc["text"], [], 0
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{t[e['start']:e['end']]}|{e['type']}]]")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 78 -- retail, point of sale and loyalty.")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        bad = 0
        tcount, kcount, lcount = {}, {}, {}
        ndocs = nempty = 0
        for seed in (0, 1):
            for i in range(2000):
                kind, lang, doc = _build(seed, i)
                ndocs += 1
                probs = validate(doc)
                empty = next(k[2] for k in KINDS if k[0] == kind)
                if empty:
                    nempty += 1
                    if doc["entities"]:
                        probs.append("entities in empty kind")
                for p in probs:
                    bad += 1
                    if bad <= 40:
                        print(f"PROBLEM {doc['id']} ({kind}): {p}")
                kcount[kind] = kcount.get(kind, 0) + 1
                lcount[lang] = lcount.get(lang, 0) + 1
                for e in doc["entities"]:
                    tcount[e["type"]] = tcount.get(e["type"], 0) + 1
        print(f"docs checked: {ndocs}  empty-kind docs: {nempty} ({100 * nempty / ndocs:.1f}%)  "
              f"non-English docs: {100 * (ndocs - lcount.get('en', 0)) / ndocs:.1f}%")
        print("\nentities per type:")
        for t in TYPES:
            print(f"  {t:<24}{tcount.get(t, 0):>7}")
        print("\ndocs per kind:")
        for k in KINDS:
            print(f"  {k[0]:<26}{k[1]:<4}{'empty' if k[2] else '':<7}{kcount.get(k[0], 0):>6}")
        print("\ndocs per language:")
        for lg, c in sorted(lcount.items(), key=lambda x: -x[1]):
            print(f"  {lg:<4}{c:>6}")
        used = sum(1 for k in KINDS if kcount.get(k[0]))
        missing = [t for t in TYPES if not tcount.get(t)]
        print(f"\nkinds defined: {len(KINDS)}  kinds used: {used}")
        if missing:
            print("types never used:", " ".join(missing))
        print(f"problems: {bad}")
        sys.exit(1 if bad or used < 50 or missing else 0)
    if a.sample:
        for i, doc in enumerate(generate(a.sample, a.seed)):
            kind = _build(a.seed, i)[0]
            print(f"===== {doc['id']} [{kind}] =====")
            print(_mark(doc))
            print()
        return
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    except BrokenPipeError:
        pass
    finally:
        if a.output:
            out.close()


if __name__ == "__main__":
    main()
