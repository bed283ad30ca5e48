#!/usr/bin/env python3
r"""Blind corpus 63 -- immigration, visas, consulates and border services.

A blind, seeded, labelled synthetic corpus for a PII / PHI / secrets detector.
Documents are visa applications, residence-permit and consular appointment
letters, sponsor and employer letters, lawyer intake notes, biometrics logs,
airline API/PNR data, refugee caseworker notes, plus the logs, configs, API
payloads, chats and prompts of the systems around them, in English and in a
dozen European languages. All data is fake; checksummed values are valid,
invalid look-alikes appear only as hard negatives. Text and spans are built
together, so offsets are exact.

Usage: python3 bench/corpus_blind63.py [--check] [--sample K] [--n N --seed S --output F.jsonl]

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
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
]
(PER, EMA, PHO, SSN, CC, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN, HPN, ACC, DL,
 AKID, ASK, GHT, SLK, STK, JWT, PEM, PWD, GEN) = TYPES

# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
_SLOT = re.compile(r"⟦(\w+)⟧")


class Doc:
    """Append-only text builder that records entity offsets as it goes."""

    def __init__(self, lang: str = "en"):
        self.lang = lang
        self._parts: list[str] = []
        self._n = 0
        self.ents: list[dict] = []

    def t(self, s: str) -> "Doc":
        self._parts.append(s)
        self._n += len(s)
        return self

    def e(self, s: str, typ: str | None) -> "Doc":
        if typ is None:
            return self.t(s)
        if not s or s != s.strip():
            raise ValueError(f"bad entity text {s!r} ({typ})")
        self.ents.append({"start": self._n, "end": self._n + len(s), "type": typ})
        return self.t(s)

    def v(self, val) -> "Doc":
        if isinstance(val, tuple):
            return self.e(val[0], val[1])
        if isinstance(val, list):
            for x in val:
                self.v(x)
            return self
        return self.t(str(val))

    def f(self, tpl: str, **kw) -> "Doc":
        pos = 0
        for m in _SLOT.finditer(tpl):
            self.t(tpl[pos:m.start()])
            self.v(kw[m.group(1)])
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def text(self) -> str:
        return "".join(self._parts)


# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def rs(r, n, chars=AN):
    return "".join(r.choice(chars) for _ in range(n))


def digits(r, n):
    return rs(r, n, DG)


def nz(r, n):
    return str(r.randint(1, 9)) + digits(r, n - 1)


def chance(r, p):
    return r.random() < p


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------
NAMES = {
    "us": ("James Mary Robert Patricia Michael Jennifer David Linda Daniel Sarah Kevin Laura Brian Megan Thomas Rachel Gregory Heather".split(),
           "Smith Johnson Miller Davis Garcia Wilson Anderson Taylor Moore Jackson Harris Clark Lewis Walker Hall Brennan Whitaker Coleman".split()),
    "gb": ("Oliver Amelia Harry Isla George Charlotte Jack Emily Alfie Sophie Callum Eleanor Rhys Fiona".split(),
           "Thompson Roberts Evans Hughes Wright Edwards Green Cooper Wood Morgan Bennett Turner Ashworth Pritchard".split()),
    "de": ("Lukas Anna Jonas Lea Felix Hannah Maximilian Sophie Tobias Katharina Jürgen Ursula Matthias Sabine".split(),
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Richter Krüger Vogel".split()),
    "fr": ("Camille Julien Manon Nicolas Chloé Antoine Léa Mathieu Élodie Sébastien Aurélie Guillaume".split(),
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Girard Fontaine".split()),
    "es": ("Lucía Javier Carmen Alejandro María Pablo Elena Sergio Marta Andrés Rocío Álvaro".split(),
           "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Navarro Ortega".split()),
    "it": ("Giulia Marco Francesca Alessandro Chiara Luca Sara Matteo Valentina Davide Federica Lorenzo".split(),
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo".split()),
    "pt": ("João Ana Pedro Mariana Tiago Inês Rui Beatriz Miguel Catarina Gonçalo Leonor".split(),
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Lopes".split()),
    "nl": ("Daan Emma Sem Julia Lucas Sanne Thijs Lotte Bram Fleur Joost Marieke".split(),
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"]),
    "pl": ("Jakub Anna Piotr Katarzyna Tomasz Magdalena Paweł Agnieszka Krzysztof Joanna Michał Ewa".split(),
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak".split()),
    "sv": ("Erik Anna Lars Karin Johan Sara Anders Maria Oskar Elin Björn Ingrid".split(),
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Lindqvist".split()),
    "da": ("Mads Sofie Rasmus Ida Frederik Freja Mikkel Camilla Søren Mette".split(),
           "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen".split()),
    "no": ("Ole Ingrid Henrik Nora Magnus Silje Eirik Kari Håkon Marit".split(),
           "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Berg Haugen".split()),
    "fi": ("Mikko Laura Juha Anna Antti Sanna Ville Emilia Jukka Aino".split(),
           "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen".split()),
    "cs": ("Jan Jana Petr Eva Tomáš Lucie Martin Tereza Jiří Kateřina".split(),
           "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec".split()),
    "tr": ("Mehmet Ayşe Mustafa Fatma Ahmet Zeynep Emre Elif Burak Merve".split(),
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir".split()),
    "in": (["Priya", "Rahul", "Ananya", "Arjun", "Sneha", "Vikram", "Deepa", "Karthik", "Lakshmi", "Rohan"],
           ["Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Singh", "Menon", "Chatterjee", "Rao"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Aisha", "Emeka", "Funmilayo", "Ibrahim", "Adaeze"],
           ["Okafor", "Adeyemi", "Bello", "Eze", "Okonkwo", "Abubakar", "Olawale", "Nwosu"]),
    "ph": (["Maria Cristina", "Jose", "Angelica", "Mark Anthony", "Rowena", "Jericho"],
           ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza"]),
    "mx": (["Guadalupe", "Juan Carlos", "Ximena", "Luis", "Fernanda", "Diego"],
           ["Hernández", "López", "Ramírez", "Flores", "Torres", "Morales"]),
    "cn": (["Wei", "Li Na", "Jun", "Xiaoming", "Mei", "Hao"], ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang"]),
    "br": (["Thiago", "Larissa", "Rafael", "Camila", "Gustavo", "Juliana"],
           ["Souza", "Almeida", "Carvalho", "Ribeiro", "Barbosa", "Araújo"]),
    "ua": (["Olena", "Andriy", "Iryna", "Oleksandr", "Kateryna", "Dmytro"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"]),
    "sy": (["Omar", "Rania", "Khaled", "Lina", "Yousef", "Nour"],
           ["Al-Hassan", "Haddad", "Khoury", "Al-Masri", "Darwish", "Saleh"]),
    "af": (["Ahmad", "Farzana", "Mohammad", "Zahra", "Abdul", "Mariam"],
           ["Rahimi", "Karimi", "Ahmadi", "Hakimi", "Noori", "Sultani"]),
    "vn": (["Minh Anh", "Thi Lan", "Van Duc", "Hoang Nam", "Thu Trang"], ["Nguyen", "Tran", "Le", "Pham", "Vo"]),
    "pk": (["Ayesha", "Bilal", "Hina", "Usman", "Sana", "Imran"], ["Qureshi", "Butt", "Chaudhry", "Malik", "Siddiqui", "Awan"]),
    "eg": (["Mohamed", "Yasmin", "Karim", "Mona", "Tarek", "Heba"], ["Mostafa", "Abdelrahman", "El-Sayed", "Farouk", "Hassan", "Mansour"]),
    "co": (["Valentina", "Santiago", "Daniela", "Andrés Felipe", "Paula", "Sebastián"], ["Restrepo", "Gómez", "Vargas", "Castaño", "Ospina", "Muñoz"]),
    "er": (["Yonas", "Senait", "Dawit", "Helen", "Tesfay", "Saba"], ["Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Berhane", "Woldu"]),
    "ke": (["Wanjiku", "Otieno", "Achieng", "Kamau", "Njeri", "Kiprono"], ["Mwangi", "Odhiambo", "Kariuki", "Wafula", "Chebet", "Mutua"]),
    "bd": (["Nusrat", "Tanvir", "Farhana", "Rakib", "Sharmin", "Arif"], ["Rahman", "Hossain", "Islam", "Chowdhury", "Akter", "Uddin"]),
}


def names(r, key):
    fs, ls = NAMES[key]
    return pick(r, fs), pick(r, ls)


def firsts(r, key, n, exclude=()):
    """n distinct given names from a pool (for family members)."""
    pool = [f for f in NAMES[key][0] if f not in exclude]
    r.shuffle(pool)
    return pool[:n]


def full(r, key, middle=False):
    f, l = names(r, key)
    if middle:
        return f"{f} {pick(r, UP)}. {l}"
    return f"{f} {l}"


_TR = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "d"}


def ascii_(s):
    s = "".join(_TR.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_(s).lower())


DOMAINS = {
    "us": ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"],
    "gb": ["gmail.com", "btinternet.com", "outlook.co.uk"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "sv": ["telia.com", "bredband.net", "gmail.com"],
    "da": ["jubii.dk", "mail.dk", "gmail.com"],
    "no": ["online.no", "gmail.com"],
    "fi": ["elisanet.fi", "luukku.com", "gmail.com"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "tr": ["hotmail.com.tr", "yandex.com.tr", "gmail.com"],
}


def mk_email(r, f, l, dom=None, loc="us"):
    if dom is None:
        dom = pick(r, DOMAINS.get(loc, DOMAINS["us"]))
    a, b = slug(f.split()[0]), slug(l.split()[-1])
    local = pick(r, [f"{a}.{b}", f"{a}{b}", f"{a[0]}{b}", f"{a}_{b}{digits(r, 2)}", f"{b}.{a}{r.randint(1, 99)}"])
    return f"{local}@{dom}"


# --------------------------------------------------------------------------
# places, addresses, phones
# --------------------------------------------------------------------------
ORIGINS = [
    ("ng", "Nigeria", "Nigerian", "234", ["Lagos", "Abuja", "Ibadan", "Enugu"], ["Awolowo Road", "Adeola Odeku Street", "Ahmadu Bello Way"]),
    ("in", "India", "Indian", "91", ["Mumbai", "Bengaluru", "Chennai", "Hyderabad", "Pune"], ["MG Road", "Linking Road", "Anna Salai"]),
    ("ph", "Philippines", "Filipino", "63", ["Manila", "Quezon City", "Cebu City", "Davao City"], ["Ayala Avenue", "Rizal Street", "Osmeña Boulevard"]),
    ("mx", "Mexico", "Mexican", "52", ["Guadalajara", "Monterrey", "Puebla", "Mexico City"], ["Avenida Juárez", "Calle Hidalgo", "Paseo de la Reforma"]),
    ("cn", "China", "Chinese", "86", ["Chengdu", "Shanghai", "Wuhan", "Shenzhen"], ["Nanjing Road", "Renmin Road", "Jiefang Avenue"]),
    ("br", "Brazil", "Brazilian", "55", ["Porto Alegre", "São Paulo", "Recife", "Belo Horizonte"], ["Rua Augusta", "Avenida Paulista", "Rua da Aurora"]),
    ("ua", "Ukraine", "Ukrainian", "380", ["Kharkiv", "Kyiv", "Lviv", "Odesa"], ["Sumska Street", "Khreshchatyk Street", "Deribasivska Street"]),
    ("sy", "Syria", "Syrian", "963", ["Aleppo", "Damascus", "Homs", "Latakia"], ["Baron Street", "Al-Thawra Street", "Hamra Street"]),
    ("af", "Afghanistan", "Afghan", "93", ["Herat", "Kabul", "Mazar-i-Sharif", "Kandahar"], ["Darul Aman Road", "Jalalabad Road", "Shahr-e Naw Street"]),
    ("vn", "Vietnam", "Vietnamese", "84", ["Da Nang", "Hanoi", "Ho Chi Minh City", "Hue"], ["Le Loi Street", "Tran Phu Street", "Nguyen Hue Boulevard"]),
    ("pk", "Pakistan", "Pakistani", "92", ["Lahore", "Karachi", "Islamabad", "Faisalabad"], ["Mall Road", "Shahrah-e-Faisal", "Jinnah Avenue"]),
    ("eg", "Egypt", "Egyptian", "20", ["Alexandria", "Cairo", "Giza", "Luxor"], ["Tahrir Street", "El Horreya Road", "Corniche Road"]),
    ("co", "Colombia", "Colombian", "57", ["Medellín", "Bogotá", "Cali", "Barranquilla"], ["Carrera 43A", "Calle 10", "Avenida El Poblado"]),
    ("er", "Eritrea", "Eritrean", "291", ["Asmara", "Keren", "Massawa"], ["Harnet Avenue", "Sematat Avenue"]),
    ("ke", "Kenya", "Kenyan", "254", ["Nairobi", "Mombasa", "Kisumu"], ["Moi Avenue", "Kenyatta Avenue", "Ngong Road"]),
    ("bd", "Bangladesh", "Bangladeshi", "880", ["Dhaka", "Chittagong", "Sylhet"], ["Mirpur Road", "Gulshan Avenue", "Zindabazar Road"]),
]
ISO3 = {"ng": "NGA", "in": "IND", "ph": "PHL", "mx": "MEX", "cn": "CHN", "br": "BRA", "ua": "UKR", "sy": "SYR", "af": "AFG",
        "vn": "VNM", "pk": "PAK", "eg": "EGY", "co": "COL", "er": "ERI", "ke": "KEN", "bd": "BGD"}


def origin(r, keys=None):
    pool = [o for o in ORIGINS if keys is None or o[0] in keys]
    key, country, adj, dial, cities, streets = pick(r, pool)
    return dict(key=key, country=country, adj=adj, dial=dial, city=pick(r, cities), street=pick(r, streets), iso3=ISO3[key])


def o_addr(r, o):
    return f"{r.randint(2, 240)} {o['street']}, {o['city']}, {o['country']}"


def o_phone(r, o):
    return f"+{o['dial']} {nz(r, 3)} {digits(r, 3)} {digits(r, 4)}"


US_CITIES = [("Houston", "TX", "770", "713"), ("Chicago", "IL", "606", "312"), ("Newark", "NJ", "071", "973"),
             ("San Jose", "CA", "951", "408"), ("Miami", "FL", "331", "305"), ("Seattle", "WA", "981", "206"),
             ("Atlanta", "GA", "303", "404"), ("Boston", "MA", "021", "617"), ("Denver", "CO", "802", "720"),
             ("Phoenix", "AZ", "850", "602"), ("Minneapolis", "MN", "554", "612"), ("Dallas", "TX", "752", "214"),
             ("Los Angeles", "CA", "900", "213"), ("Brooklyn", "NY", "112", "718"), ("Arlington", "VA", "222", "703")]
US_STREETS = ["Maple Avenue", "Oak Street", "Cedar Lane", "Washington Boulevard", "Lincoln Road", "Park Avenue",
              "Elm Street", "Sunset Drive", "Harbor View Road", "Franklin Street", "Riverside Drive"]
GB_CITIES = [("London", "SW9"), ("London", "N16"), ("London", "E1"), ("Manchester", "M14"), ("Birmingham", "B15"),
             ("Leeds", "LS6"), ("Glasgow", "G12"), ("Cardiff", "CF24"), ("Leicester", "LE2"), ("Bristol", "BS5")]
GB_STREETS = ["Albion Road", "Stanley Street", "Victoria Road", "Church Lane", "Station Road", "Mill Lane", "Grange Road", "Queens Drive"]
CA_CITIES = [("Toronto", "ON", "M5S", "416"), ("Montréal", "QC", "H3A", "514"), ("Vancouver", "BC", "V6B", "604"),
             ("Calgary", "AB", "T2P", "403"), ("Ottawa", "ON", "K1P", "613")]
CA_STREETS = ["Bloor Street West", "Rue Sherbrooke Ouest", "Granville Street", "Centre Street South", "Bank Street"]

EU = {
    "de": dict(country="Deutschland", cities=[("Berlin", "10115"), ("Berlin", "10961"), ("Berlin", "12043"), ("München", "80331"),
                                             ("München", "81667"), ("Hamburg", "22765"), ("Köln", "50667"), ("Frankfurt am Main", "60311"),
                                             ("Stuttgart", "70173"), ("Leipzig", "04109"), ("Düsseldorf", "40210")],
               streets=["Bergmannstraße", "Hauptstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Kastanienweg", "Sonnenallee", "Friedrichstraße"]),
    "fr": dict(country="France", cities=[("Paris", "75011"), ("Paris", "75018"), ("Lyon", "69002"), ("Marseille", "13001"), ("Toulouse", "31000"),
                                        ("Lille", "59000"), ("Bordeaux", "33000"), ("Nantes", "44000"), ("Strasbourg", "67000")],
               streets=["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "rue du Faubourg Saint-Antoine", "rue Nationale"]),
    "es": dict(country="España", cities=[("Madrid", "28014"), ("Madrid", "28045"), ("Barcelona", "08007"), ("Valencia", "46002"),
                                        ("Sevilla", "41004"), ("Málaga", "29005"), ("Bilbao", "48001")],
               streets=["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Calle Gran Vía", "Paseo de Gracia", "Calle Larios"]),
    "it": dict(country="Italia", cities=[("Roma", "00184"), ("Milano", "20124"), ("Torino", "10121"), ("Napoli", "80133"), ("Bologna", "40121"), ("Firenze", "50123")],
               streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Nazionale", "Viale Monza", "Via dei Mille"]),
    "pt": dict(country="Portugal", cities=[("Lisboa", "1100-053"), ("Lisboa", "1250-096"), ("Porto", "4000-322"), ("Braga", "4700-320"), ("Coimbra", "3000-149"), ("Faro", "8000-138")],
               streets=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Ouro", "Avenida dos Aliados"]),
    "nl": dict(country="Nederland", cities=[("Amsterdam", "1015 CJ"), ("Amsterdam", "1072 AB"), ("Rotterdam", "3011 AD"), ("Den Haag", "2511 CV"), ("Utrecht", "3511 LX"), ("Eindhoven", "5611 AZ")],
               streets=["Keizersgracht", "Coolsingel", "Oudegracht", "Lange Voorhout", "Stratumseind", "Damrak"]),
    "pl": dict(country="Polska", cities=[("Warszawa", "00-514"), ("Warszawa", "02-495"), ("Kraków", "31-042"), ("Wrocław", "50-077"), ("Poznań", "61-814"), ("Gdańsk", "80-831")],
               streets=["ul. Marszałkowska", "ul. Floriańska", "ul. Świdnicka", "ul. Półwiejska", "ul. Długa", "ul. Piotrkowska"]),
    "sv": dict(country="Sverige", cities=[("Stockholm", "111 21"), ("Stockholm", "118 46"), ("Göteborg", "411 38"), ("Malmö", "211 22"), ("Uppsala", "753 20")],
               streets=["Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Hornsgatan"]),
    "da": dict(country="Danmark", cities=[("København V", "1620"), ("København N", "2200"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000")],
               streets=["Vesterbrogade", "Nørrebrogade", "Søndergade", "Østergade", "Jernbanegade"]),
    "no": dict(country="Norge", cities=[("Oslo", "0159"), ("Oslo", "0550"), ("Bergen", "5003"), ("Trondheim", "7011"), ("Stavanger", "4005")],
               streets=["Karl Johans gate", "Bogstadveien", "Markveien", "Olav Tryggvasons gate", "Kongsgårdgata"]),
    "fi": dict(country="Suomi", cities=[("Helsinki", "00100"), ("Helsinki", "00530"), ("Espoo", "02100"), ("Tampere", "33100"), ("Turku", "20100"), ("Oulu", "90100")],
               streets=["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Yliopistonkatu", "Itäinen Pitkäkatu"]),
    "cs": dict(country="Česká republika", cities=[("Praha", "110 00"), ("Praha", "120 00"), ("Brno", "602 00"), ("Ostrava", "702 00"), ("Plzeň", "301 00")],
               streets=["Vinohradská", "Masarykova", "Nádražní", "Husova", "Palackého"]),
    "tr": dict(country="Türkiye", cities=[("İstanbul", "34710"), ("İstanbul", "34353"), ("Ankara", "06690"), ("İzmir", "35250"), ("Bursa", "16040")],
               streets=["Atatürk Cad.", "Bağdat Cad.", "İstiklal Cad.", "Cumhuriyet Cad.", "Gazi Mustafa Kemal Bulvarı"]),
}
TR_DISTRICT = {"34710": "Kadıköy", "34353": "Beşiktaş", "06690": "Çankaya", "35250": "Konak", "16040": "Osmangazi"}
CS_DISTRICT = {"110 00": "Praha 1", "120 00": "Praha 2"}


def addr(r, loc):
    """Return dict(street, city, region, pc, country, one, lines)."""
    if loc == "us":
        city, st, z3, _ = pick(r, US_CITIES)
        street = f"{r.randint(100, 9899)} {pick(r, US_STREETS)}"
        unit = pick(r, ["", "", f"Apt {r.randint(1, 30)}{pick(r, 'ABCD')}", f"Unit {r.randint(100, 999)}", f"Suite {r.randint(1, 9)}00"])
        pc = z3 + digits(r, 2)
        line1 = street + (f", {unit}" if unit else "")
        return dict(street=line1, city=city, region=st, pc=pc, country="USA",
                    one=f"{line1}, {city}, {st} {pc}", lines=[street] + ([unit] if unit else []) + [f"{city}, {st} {pc}"])
    if loc == "gb":
        city, out = pick(r, GB_CITIES)
        pc = f"{out} {r.randint(1, 9)}{pick(r, 'ABDEFGHJLNPQRSTUWXYZ')}{pick(r, 'ABDEFGHJLNPQRSTUWXYZ')}"
        street = f"{r.randint(1, 240)} {pick(r, GB_STREETS)}"
        if chance(r, 0.3):
            street = f"Flat {r.randint(1, 12)}, {street}"
        return dict(street=street, city=city, region="", pc=pc, country="United Kingdom",
                    one=f"{street}, {city} {pc}", lines=[street, city, pc])
    if loc == "ca":
        city, pv, fsa, _ = pick(r, CA_CITIES)
        pc = f"{fsa} {r.randint(1, 9)}{pick(r, 'ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
        street = f"{r.randint(10, 2999)} {pick(r, CA_STREETS)}"
        if chance(r, 0.4):
            street = f"{street}, Unit {r.randint(101, 2405)}"
        return dict(street=street, city=city, region=pv, pc=pc, country="Canada",
                    one=f"{street}, {city}, {pv} {pc}", lines=[street, f"{city} {pv}  {pc}"])
    e = EU[loc]
    city, pc = pick(r, e["cities"])
    st = pick(r, e["streets"])
    n = r.randint(1, 160)
    disp = city
    if loc == "de":
        street = f"{st} {n}" + pick(r, ["", "", "a", "b"])
    elif loc == "fr":
        street = f"{n} {st}" + pick(r, ["", "", ", bât. B", f", apt {r.randint(2, 60)}"])
    elif loc == "es":
        street = f"{st} {n}, {r.randint(1, 8)}º {pick(r, 'ABCD')}"
    elif loc == "it":
        street = f"{st} {n}" + pick(r, ["", "", f", int. {r.randint(1, 20)}", f"/{pick(r, 'ABC')}"])
    elif loc == "pt":
        street = f"{st} {n}, {r.randint(1, 7)}.º " + pick(r, ["esquerdo", "direito", "frente"])
    elif loc == "nl":
        street = f"{st} {n}" + pick(r, ["", "", "-II", "A", "-hs"])
    elif loc == "pl":
        street = f"{st} {n}/{r.randint(1, 80)}"
    elif loc == "sv":
        street = f"{st} {n}" + pick(r, ["", "", ", lgh 1102", " B"])
    elif loc == "da":
        street = f"{st} {n}" + pick(r, ["", f", {r.randint(1, 5)}. sal"])
        city = re.sub(r" [A-Z]$", "", city)
    elif loc == "no":
        street = f"{st} {n}" + pick(r, ["", "", " B", ", H0203"])
    elif loc == "fi":
        street = f"{st} {n}" + pick(r, ["", f" B {r.randint(3, 40)}", f" A {r.randint(1, 20)}"])
    elif loc == "cs":
        street = f"{st} {r.randint(100, 2500)}/{n}"
        disp = CS_DISTRICT.get(pc, city)
    else:  # tr
        street = f"{st} No: {n} D: {r.randint(1, 24)}"
        disp = f"{TR_DISTRICT[pc]}/{city}"
    tail = f"{pc} {disp}"
    return dict(street=street, city=city, region="", pc=pc, country=e["country"], one=f"{street}, {tail}", lines=[street, tail])


def phone(r, loc):
    if loc == "us":
        a = pick(r, US_CITIES)[3]
        n = f"01{digits(r, 2)}"
        return pick(r, [f"({a}) 555-{n}", f"+1 {a}-555-{n}", f"{a}-555-{n}", f"{a}.555.{n}", f"+1 ({a}) 555-{n}"])
    if loc == "ca":
        a = pick(r, CA_CITIES)[3]
        return pick(r, [f"({a}) 555-01{digits(r, 2)}", f"+1 {a} 555 01{digits(r, 2)}"])
    if loc == "gb":
        return pick(r, [f"020 7946 0{digits(r, 3)}", f"+44 20 7946 0{digits(r, 3)}", f"07700 900{digits(r, 3)}",
                        f"+44 7700 900{digits(r, 3)}", f"0161 496 0{digits(r, 3)}"])
    if loc == "de":
        return pick(r, [f"+49 30 {digits(r, 4)} {digits(r, 4)}", f"030 {nz(r, 8)}", f"0151 {nz(r, 8)}",
                        f"+49 151 {digits(r, 4)} {digits(r, 4)}", f"089 {nz(r, 3)} {digits(r, 4)}", f"+49 (0)40 {nz(r, 7)}"])
    if loc == "fr":
        return pick(r, [f"0{r.randint(1, 5)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
                        f"+33 {r.randint(6, 7)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
                        f"06 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"])
    if loc == "es":
        return pick(r, [f"+34 91{r.randint(0, 9)} {digits(r, 3)} {digits(r, 3)}", f"6{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                        f"+34 6{digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"])
    if loc == "it":
        return pick(r, [f"+39 06 {digits(r, 4)} {digits(r, 4)}", f"3{r.randint(20, 49)} {digits(r, 3)} {digits(r, 4)}",
                        f"02 {digits(r, 4)} {digits(r, 4)}", f"+39 3{r.randint(20, 49)} {digits(r, 7)}"])
    if loc == "pt":
        return pick(r, [f"+351 9{r.randint(1, 6)}{r.randint(0, 9)} {digits(r, 3)} {digits(r, 3)}", f"21{r.randint(0, 9)} {digits(r, 3)} {digits(r, 3)}",
                        f"9{r.randint(1, 6)}{r.randint(0, 9)} {digits(r, 3)} {digits(r, 3)}"])
    if loc == "nl":
        return pick(r, [f"+31 20 {digits(r, 3)} {digits(r, 4)}", f"06-{nz(r, 8)}", f"010 {digits(r, 3)} {digits(r, 4)}", f"+31 6 {digits(r, 4)} {digits(r, 4)}"])
    if loc == "pl":
        return pick(r, [f"+48 22 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"5{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                        f"+48 6{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"])
    if loc == "sv":
        return pick(r, [f"+46 8 {digits(r, 3)} {digits(r, 3)} {digits(r, 2)}", f"070-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                        f"08-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"+46 70 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
    if loc == "da":
        return pick(r, [f"+45 {nz(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"{nz(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"])
    if loc == "no":
        return pick(r, [f"+47 22 {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"4{digits(r, 2)} {digits(r, 2)} {digits(r, 3)}",
                        f"+47 9{digits(r, 2)} {digits(r, 2)} {digits(r, 3)}"])
    if loc == "fi":
        return pick(r, [f"+358 40 {digits(r, 3)} {digits(r, 4)}", f"09 {digits(r, 4)} {digits(r, 4)}", f"050 {digits(r, 3)} {digits(r, 4)}"])
    if loc == "cs":
        return pick(r, [f"+420 6{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"2{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                        f"7{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"])
    if loc == "tr":
        return pick(r, [f"+90 5{digits(r, 2)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"0212 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                        f"0 (5{digits(r, 2)}) {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
    raise KeyError(loc)


# --------------------------------------------------------------------------
# dates and times
# --------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
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
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
}


def rdate(r, y0=2024, y1=2026):
    start = _dt.date(y0, 1, 1)
    return start + _dt.timedelta(days=r.randrange((_dt.date(y1, 12, 31) - start).days + 1))


def rdob(r, y0=1952, y1=2006):
    return rdate(r, y0, y1)


def rtime(r):
    return r.randint(7, 17), pick(r, [0, 0, 15, 30, 45, 10, 20, 40, 50])


def fdate(r, d, lang="en", style=None):
    dd, mm, yy = d.day, d.month, d.year
    mon = MONTHS[lang][mm - 1]
    if lang == "en":
        style = style or pick(r, ["us", "long_us", "long_gb", "iso", "gb", "abbr"])
        return {"us": f"{mm:02d}/{dd:02d}/{yy}", "long_us": f"{mon} {dd}, {yy}", "long_gb": f"{dd} {mon} {yy}",
                "iso": f"{yy}-{mm:02d}-{dd:02d}", "gb": f"{dd:02d}/{mm:02d}/{yy}", "abbr": f"{dd:02d} {mon[:3]} {yy}",
                "abbr_up": f"{dd:02d} {mon[:3].upper()} {yy}", "short_us": f"{mm}/{dd}/{yy}"}[style]
    style = style or pick(r, ["num", "num", "long"])
    if style == "iso":
        return f"{yy}-{mm:02d}-{dd:02d}"
    if style == "long":
        return {"de": f"{dd}. {mon} {yy}", "fr": f"{dd} {mon} {yy}", "es": f"{dd} de {mon} de {yy}", "it": f"{dd} {mon} {yy}",
                "pt": f"{dd} de {mon} de {yy}", "nl": f"{dd} {mon} {yy}", "pl": f"{dd} {mon} {yy}", "sv": f"{dd} {mon} {yy}",
                "da": f"{dd}. {mon} {yy}", "no": f"{dd}. {mon} {yy}", "fi": f"{dd}. {mon} {yy}", "cs": f"{dd}. {mon} {yy}",
                "tr": f"{dd} {mon} {yy}"}[lang]
    return {"de": f"{dd:02d}.{mm:02d}.{yy}", "fr": f"{dd:02d}/{mm:02d}/{yy}", "es": f"{dd:02d}/{mm:02d}/{yy}",
            "it": f"{dd:02d}/{mm:02d}/{yy}", "pt": f"{dd:02d}/{mm:02d}/{yy}", "nl": f"{dd:02d}-{mm:02d}-{yy}",
            "pl": f"{dd:02d}.{mm:02d}.{yy}", "sv": f"{yy}-{mm:02d}-{dd:02d}", "da": f"{dd:02d}.{mm:02d}.{yy}",
            "no": f"{dd:02d}.{mm:02d}.{yy}", "fi": f"{dd}.{mm}.{yy}", "cs": f"{dd}. {mm}. {yy}", "tr": f"{dd:02d}.{mm:02d}.{yy}"}[lang]


def ftime(r, h, m, lang="en"):
    if lang == "en":
        if chance(r, 0.55):
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}"
    if lang == "de":
        return pick(r, [f"{h:02d}:{m:02d} Uhr", f"{h:02d}:{m:02d}", f"{h}.{m:02d} Uhr"])
    if lang == "fr":
        return pick(r, [f"{h} h {m:02d}", f"{h:02d}h{m:02d}", f"{h:02d}:{m:02d}"])
    if lang == "pt":
        return pick(r, [f"{h:02d}h{m:02d}", f"{h:02d}:{m:02d}"])
    if lang in ("da", "fi"):
        return f"{h:02d}.{m:02d}"
    return f"{h:02d}:{m:02d}"


JOIN = {"en": [" at ", ", "], "de": [" um "], "fr": [" à "], "es": [" a las "], "it": [" alle ", ", ore "], "pt": [" às "],
        "nl": [", ", " om "], "pl": [", godz. "], "sv": [" kl. "], "da": [" kl. "], "no": [" kl. "], "fi": [" klo "],
        "cs": [" v "], "tr": [" saat "]}


def fdt(r, d, h, m, lang="en", weekday=None, dstyle=None):
    ds = fdate(r, d, lang, dstyle)
    if weekday is None:
        weekday = chance(r, 0.3)
    if weekday:
        wd = WEEKDAYS[lang][d.weekday()]
        if lang == "en":
            ds = f"{wd}, {ds}"
        elif lang in ("de", "pl", "tr"):
            ds = f"{wd}, {ds}"
        else:
            ds = f"{wd} {ds}"
    return ds + pick(r, JOIN[lang]) + ftime(r, h, m, lang)


def hdr_date(r, d=None):
    """RFC 2822 e-mail Date: header value (hard negative)."""
    d = d or rdate(r, 2024, 2026)
    return (f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day:02d} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {pick(r, ['+0000', '+0100', '-0500', '+0200'])}")


def log_ts(r, d=None, style="iso"):
    d = d or rdate(r, 2024, 2026)
    h, mi, s, ms = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"
    if style == "space":
        return f"{d.isoformat()} {h:02d}:{mi:02d}:{s:02d},{ms:03d}"
    if style == "clf":
        return f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{mi:02d}:{s:02d} +0000"
    return f"{d.year}{d.month:02d}{d.day:02d}{h:02d}{mi:02d}{s:02d}"


def epoch(r):
    return str(r.randint(1704067200, 1798675200))


# --------------------------------------------------------------------------
# checksummed values, ids, secrets, hard negatives
# --------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    s = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(s)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def _luhn_digit(body: str) -> str:
    for c in DG:
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card(r, fmt=None):
    kind = pick(r, ["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(r, 14)
    elif kind == "mc":
        body = pick(r, ["51", "52", "53", "54", "55", "2221", "2720"])
        body += digits(r, 15 - len(body))
    elif kind == "disc":
        body = "6011" + digits(r, 11)
    else:
        body = pick(r, ["34", "37"]) + digits(r, 12)
    n = body + _luhn_digit(body)
    fmt = fmt or pick(r, ["space", "plain", "dash", "space"])
    if fmt == "plain":
        return n
    sep = " " if fmt == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    """16 digits that fail Luhn (hard negative)."""
    body = "4" + digits(r, 14)
    good = _luhn_digit(body)
    bad = str((int(good) + r.randint(1, 9)) % 10)
    n = body + bad
    return pick(r, [n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def masked_card(r):
    return pick(r, [f"**** **** **** {digits(r, 4)}", f"XXXX-XXXX-XXXX-{digits(r, 4)}", f"•••• {digits(r, 4)}", f"ending in {digits(r, 4)}"])


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def bad_ssn(r):
    a = pick(r, ["000", "666", f"9{digits(r, 2)}"])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


IBAN_FMT = {  # country: list of (kind, length) in BBAN; 'n' digits, 'a' upper letters, 'c' alnum
    "DE": [("n", 18)], "FR": [("n", 10), ("c", 11), ("n", 2)], "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("c", 12)],
    "PT": [("n", 21)], "NL": [("a", 4), ("n", 10)], "PL": [("n", 24)], "SE": [("n", 20)], "DK": [("n", 14)],
    "NO": [("n", 11)], "FI": [("n", 14)], "CZ": [("n", 20)], "TR": [("n", 5), ("n", 1), ("n", 16)], "GB": [("a", 4), ("n", 14)],
    "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 17)], "IE": [("a", 4), ("n", 14)],
}
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc or pick(r, list(IBAN_FMT))
    bban = ""
    for k, n in IBAN_FMT[cc]:
        if cc == "NL" and k == "a":
            bban += pick(r, NL_BANKS)
        elif cc in ("GB", "IE") and k == "a":
            bban += pick(r, GB_BANKS) if cc == "GB" else pick(r, ["AIBK", "BOFI"])
        elif k == "n":
            bban += digits(r, n)
        elif k == "a":
            bban += rs(r, n, UP)
        else:
            bban += rs(r, n, UP + DG)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if grouped is None:
        grouped = chance(r, 0.6)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


LOC_CC = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE", "da": "DK",
          "no": "NO", "fi": "FI", "cs": "CZ", "tr": "TR", "gb": "GB"}
BICS = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "UNCRITMMXXX", "CGDIPTPLXXX", "INGBNL2A", "PKOPPLPW",
        "ESSESESS", "DABADKKK", "DNBANOKK", "NDEAFIHH", "KOMBCZPP", "TGBATRIS", "NWBKGB2L", "CHASUS33"]


def ipv4(r):
    a = pick(r, [r.randint(11, 99), r.randint(101, 191), r.randint(193, 223), 10, 172, 192])
    if a == 172:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if a == 192:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    return f"2a0{r.randint(0, 9)}:{rs(r, 4, '0123456789abcdef').lstrip('0') or '1'}:{rs(r, 3, '0123456789abcdef')}:{r.randint(1, 99)}::{rs(r, 3, '0123456789abcdef').lstrip('0') or 'a'}"


def ip(r):
    return ipv6(r) if chance(r, 0.15) else ipv4(r)


HEX = "0123456789abcdef"


def uuid(r):
    h = rs(r, 32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick(r, '89ab')}{h[17:20]}-{h[20:]}"


def sha(r, n=40):
    return rs(r, n, HEX)


def aws_ak(r):
    return pick(r, ["AKIA", "AKIA", "ASIA"]) + rs(r, 16, UP + "234567")


def aws_sk(r):
    return rs(r, 40, AN + "/+")


def gh_token(r):
    return pick(r, ["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)


def slack_token(r):
    p = pick(r, ["xoxb", "xoxb", "xoxp", "xoxa"])
    if p == "xoxp":
        return f"xoxp-{nz(r, 12)}-{nz(r, 12)}-{nz(r, 13)}-{rs(r, 32, HEX)}"
    return f"{p}-{nz(r, 12)}-{nz(r, 13)}-{rs(r, 24)}"


def stripe_key(r):
    return pick(r, ["sk_live_", "sk_live_", "rk_live_"]) + rs(r, pick(r, [24, 34, 99]))


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, claims=None):
    hdr = {"alg": pick(r, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    claims = claims or {}
    body = {"sub": uuid(r), "iat": int(epoch(r))}
    body["exp"] = body["iat"] + pick(r, [900, 3600, 86400])
    body.update(claims)
    sig = bytes(r.randrange(256) for _ in range(pick(r, [32, 64])))
    return ".".join([_b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     _b64u(json.dumps(body, separators=(",", ":")).encode()), _b64u(sig)])


def pem(r, kind=None):
    kind = kind or pick(r, ["RSA", "EC", "OPENSSH", ""])
    nbytes = {"RSA": 608, "EC": 121, "OPENSSH": 300, "": 420}[kind]
    raw = base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()
    lines = [raw[i:i + (70 if kind == "OPENSSH" else 64)] for i in range(0, len(raw), 70 if kind == "OPENSSH" else 64)]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


PW_WORDS = ["Visa", "Consul", "Border", "Harbor", "Maple", "Falcon", "Tulip", "Lisboa", "Kiwi", "Orion", "Saffron", "Nordic", "Atlas", "Cobalt", "Juniper"]


def password(r):
    w = pick(r, PW_WORDS)
    return pick(r, [
        f"{w}{r.randint(1990, 2029)}{pick(r, '!#$%&*?')}",
        f"{w.lower()}-{pick(r, PW_WORDS).lower()}-{digits(r, 2)}",
        rs(r, r.randint(12, 20), AN + "!#%^*_-") + rs(r, 2, AN),
        f"{pick(r, PW_WORDS)}_{pick(r, PW_WORDS)}{digits(r, 3)}",
        f"{rs(r, 4, UP)}{digits(r, 3)}{rs(r, 5, LO)}{pick(r, '@#$')}{digits(r, 1)}",
    ])


def generic_secret(r):
    return pick(r, [
        rs(r, 32, HEX),
        "whsec_" + rs(r, 32),
        "AIza" + rs(r, 35, AN + "-_"),
        "SG." + rs(r, 22, AN + "-_") + "." + rs(r, 43, AN + "-_"),
        "key-" + rs(r, 32, HEX),
        rs(r, 40, AN),
        f"{nz(r, 10)}:AA{rs(r, 33, AN + '_-')}",
    ])


def meeting_code(r):
    return pick(r, [digits(r, 6), rs(r, 8, AN), f"{digits(r, 3)}{rs(r, 3, UP)}"])


# --- ids used as labelled numbers ---
def mrn(r):
    return pick(r, [nz(r, 8), f"{digits(r, 2)}-{digits(r, 6)}", f"MR{digits(r, 7)}", nz(r, 7), f"E{digits(r, 9)}"])


def hpn(r):
    return pick(r, [f"{rs(r, 3, UP)}{digits(r, 9)}", f"W{digits(r, 9)}", f"{rs(r, 2, UP)}-{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}",
                    f"{digits(r, 3)}{rs(r, 2, UP)}{digits(r, 6)}", f"TRV{digits(r, 8)}"])


def acct(r):
    return pick(r, [nz(r, 10), nz(r, 12), f"{digits(r, 4)}-{digits(r, 6)}-{digits(r, 2)}", f"{nz(r, 3)} {digits(r, 3)} {digits(r, 4)}", nz(r, 9)])


def us_dl(r):
    st = pick(r, ["CA", "TX", "FL", "NY", "IL", "WA", "NJ", "MA", "GA"])
    num = {"CA": f"{pick(r, UP)}{digits(r, 7)}", "TX": nz(r, 8), "FL": f"{pick(r, UP)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-0",
           "NY": f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", "IL": f"{pick(r, UP)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
           "WA": f"WDL{rs(r, 9, UP + DG)}", "NJ": f"{pick(r, UP)}{digits(r, 4)} {digits(r, 5)} {digits(r, 5)}",
           "MA": f"S{digits(r, 8)}", "GA": nz(r, 9)}[st]
    return st, num


def gb_dl(r, last):
    s = (slug(last).upper() + "99999")[:5]
    return f"{s}{digits(r, 6)}{rs(r, 2, UP)}9{rs(r, 2, UP)}"


def passport_no(r, iso3=None):
    return pick(r, [f"{pick(r, UP)}{digits(r, 8)}", f"{rs(r, 2, UP)}{digits(r, 7)}", nz(r, 9), f"{pick(r, UP)}{digits(r, 7)}"])


# --- hard negatives ---
def receipt_no(r):
    return pick(r, ["IOE", "EAC", "WAC", "LIN", "SRC", "MSC", "NBC"]) + nz(r, 10)


def a_number(r):
    return pick(r, [f"A{nz(r, 9)}", f"A-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}", f"A# {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"])


def tracking(r):
    return pick(r, [f"1Z{rs(r, 6, UP + DG)}{digits(r, 10)}", f"{pick(r, ['RR', 'CP', 'EE', 'LX'])}{digits(r, 9)}{pick(r, ['DE', 'GB', 'FR', 'US'])}",
                    nz(r, 12), f"JD{digits(r, 16)}"])


def booking_ref(r):
    return rs(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def ticket_no(r, pfx="VFS"):
    return pick(r, [f"{pfx}-{r.randint(2024, 2026)}-{digits(r, 6)}", f"#{nz(r, 6)}", f"{pfx}{nz(r, 8)}", f"INC{digits(r, 7)}"])


def version(r):
    return pick(r, [f"v{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 30)}", f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}", f"build {digits(r, 4)}"])


def amount(r, cur="USD"):
    v = pick(r, [185, 160, 205, 315, 80, 90, 45, 100, 35, 1440, 11904, 470])
    return pick(r, [f"{cur} {v}.00", f"${v}.00", f"{v} {cur}"]) if cur == "USD" else f"{v},00 €"


def vin(r):
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def plate(r):
    return pick(r, [f"{rs(r, 3, UP)}-{digits(r, 4)}", f"{digits(r, 1)}{rs(r, 3, UP)}{digits(r, 3)}", f"{rs(r, 2, UP)}{digits(r, 2)} {rs(r, 3, UP)}"])


def flight(r):
    return pick(r, ["LH", "BA", "AF", "KL", "TK", "QR", "EK", "UA", "AA", "DL", "IB", "SK", "AY", "LX"]) + str(r.randint(10, 9899))


IATA = ["JFK", "EWR", "IAD", "ORD", "LAX", "SFO", "ATL", "MIA", "LHR", "LGW", "FRA", "MUC", "CDG", "AMS", "MAD", "FCO", "LIS",
        "WAW", "ARN", "CPH", "OSL", "HEL", "PRG", "IST", "LOS", "BOM", "DEL", "MNL", "MEX", "PVG", "GRU", "KBP", "DXB", "DOH", "NBO", "DAC"]
ICD = ["Z02.89", "Z11.1", "Z23", "A15.0", "R76.11", "Z00.00", "J45.909", "E11.9"]
CPT = ["99455", "86480", "71046", "86580", "90715", "90707", "87081"]
VACCINES = ["MMR", "Tdap", "Varicella", "Hepatitis B", "Influenza", "COVID-19 (Comirnaty)", "Polio (IPV)"]
DRUGS = ["isoniazid", "rifampin", "metformin", "amoxicillin", "ibuprofen", "salbutamol"]
BRANDS = ["VFS Global", "TLScontact", "BLS International", "DHL Express", "FedEx", "Stripe", "Twilio", "Zoom", "Salesforce", "Okta", "Atlassian"]


# --------------------------------------------------------------------------
# shared bits for document kinds
# --------------------------------------------------------------------------
US_STATE_NAME = {"TX": "Texas", "IL": "Illinois", "NJ": "New Jersey", "CA": "California", "FL": "Florida", "WA": "Washington",
                 "GA": "Georgia", "MA": "Massachusetts", "CO": "Colorado", "AZ": "Arizona", "MN": "Minnesota", "NY": "New York", "VA": "Virginia"}
US_TZ = {"TX": "America/Chicago", "IL": "America/Chicago", "MN": "America/Chicago", "CA": "America/Los_Angeles", "WA": "America/Los_Angeles",
         "AZ": "America/Phoenix", "CO": "America/Denver"}
URL_HOSTS = ["appointments.consular-services.net", "www.visa-centre-online.com", "portal.residence-permits.eu", "my.case-status.org",
             "track.passport-return.com", "www.immigration-help.org", "apply.evisa-portal.net", "book.biometrics-centre.co.uk"]
FIRMS_FMT = ["{a} & {b} LLP", "{a} {b} Immigration Law", "Law Offices of {a} & {b}", "{a}, {b} & Partners"]


def url(r, host=None, path=None):
    host = host or pick(r, URL_HOSTS)
    path = path or pick(r, [f"/track?ref={booking_ref(r)}", f"/appointments/{digits(r, 6)}", "/reschedule",
                            f"/status/{rs(r, 10, LO + DG)}", "/en/forms/checklist", f"/case/{nz(r, 8)}?lang=en"])
    return f"https://{host}{path}"


def firm(r):
    a, b = pick(r, NAMES["us"][1]), pick(r, NAMES["gb"][1])
    return pick(r, FIRMS_FMT).format(a=a, b=b)


def title_en(r):
    return pick(r, ["Mr", "Ms", "Mrs", "Mr.", "Ms.", "Dr."])


def en_loc(r):
    return pick(r, ["us", "us", "gb", "ca"])


def iso(d):
    return d.isoformat()


def hl7d(d):
    return f"{d.year}{d.month:02d}{d.day:02d}"


def docsd(d):
    return f"{d.day:02d}{MONTHS['en'][d.month - 1][:3].upper()}{d.year % 100:02d}"


def routing(r):
    return pick(r, ["0", "1", "2"]) + digits(r, 8)


def lines_of(a):
    return "\n".join(a["lines"])


# --------------------------------------------------------------------------
# English document kinds
# --------------------------------------------------------------------------
def k_ds160(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    ua = addr(r, "us")
    d.f("ONLINE NONIMMIGRANT VISA APPLICATION - CONFIRMATION PAGE\nApplication ID: ⟦aid⟧   Visa class: ⟦vc⟧\nLocation selected: ⟦post⟧\n\n",
        aid="AA00" + rs(r, 6, UP + DG), vc=pick(r, ["B1/B2", "F1", "J1", "H1B", "L1"]), post=(o["city"].upper(), LOC))
    d.f("Surnames: ⟦ln⟧\nGiven names: ⟦fn⟧\nSex: ⟦sx⟧\nDate of birth: ⟦dob⟧\nPlace of birth: ⟦pob⟧\nNationality: ⟦nat⟧\nPassport number: ⟦pp⟧\n",
        ln=(ln.upper(), PER), fn=(fn.upper(), PER), sx=pick(r, ["M", "F"]), dob=(fdate(r, rdob(r, 1960, 2004), "en", "abbr_up"), DOB),
        pob=(f"{pick(r, [c for x in ORIGINS if x[0] == o['key'] for c in x[4]]).upper()}, {o['country'].upper()}", LOC),
        nat=o["adj"].upper(), pp=passport_no(r))
    d.f("Home address: ⟦ha⟧\nPrimary phone: ⟦ph⟧\nEmail: ⟦em⟧\n\n", ha=(o_addr(r, o), ADR), ph=(o_phone(r, o), PHO),
        em=(mk_email(r, fn, ln, pick(r, ["gmail.com", "yahoo.com", "outlook.com"])), EMA))
    cf, cl = names(r, "us")
    d.f("Intended date of arrival: ⟦arr⟧\nIntended length of stay: ⟦los⟧\nPoint of contact in the ⟦us⟧: ⟦cn⟧\nContact address: ⟦ca⟧\nContact phone: ⟦cp⟧\n\n",
        arr=(fdate(r, rdate(r, 2025, 2026), "en", "abbr_up"), DT), los=pick(r, ["3 WEEKS", "10 DAYS", "2 MONTHS", "4 YEARS"]),
        us=("United States", LOC), cn=(f"{cf} {cl}".upper(), PER), ca=(ua["one"].upper(), ADR), cp=(phone(r, "us"), PHO))
    d.f("Barcode: ⟦bc⟧\nConfirmation printed for interview. Do not send this page by mail.\n", bc=sha(r, 20).upper())
    if chance(r, 0.5):
        d.f("Submitted from IP ⟦ip⟧ (session ⟦s⟧)\n", ip=(ip(r), IP), s=uuid(r))
    return d


def k_brp_email(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    a = addr(r, "gb")
    cf, cl = names(r, "gb")
    appt = rdate(r, 2025, 2026)
    h, m = rtime(r)
    d.f("From: Visa Enrolment Team <⟦fr⟧>\nTo: ⟦n⟧ <⟦em⟧>\nDate: ⟦hd⟧\nSubject: Biometric enrolment appointment - reference ⟦ref⟧\n\n",
        fr=("no-reply@biometrics-centre.co.uk", EMA), n=(f"{fn} {ln}", PER), em=(mk_email(r, fn, ln, loc="gb"), EMA), hd=hdr_date(r), ref="GWF0" + digits(r, 8))
    d.f("Dear ⟦t⟧ ⟦ln⟧,\n\nYour biometric residence permit expires on ⟦exp⟧. To complete your extension application you must enrol your biometrics at:\n\n⟦addr⟧\n\n",
        t=title_en(r), ln=(ln, PER), exp=(fdate(r, rdate(r, 2025, 2026), "en", "long_gb"), DT), addr=(lines_of(a), ADR))
    d.f("Appointment: ⟦ap⟧\nPlease arrive 15 minutes early and bring passport ⟦pp⟧ together with this e-mail.\n",
        ap=(fdt(r, appt, h, m, "en", dstyle=pick(r, ["long_gb", "gb"])), DT), pp=passport_no(r))
    d.f("To reschedule, call ⟦ph⟧ (Monday to Friday) or visit ⟦u⟧.\nThe enrolment fee of ⟦fee⟧ is non-refundable.\n\nKind regards,\n⟦cw⟧\nCase Officer\n",
        ph=(phone(r, "gb"), PHO), u=(url(r, "book.biometrics-centre.co.uk"), URL), fee=pick(r, ["£19.20", "£75.00"]), cw=(f"{cf} {cl}", PER))
    return d


def k_consular_letter(r):
    d = Doc("en")
    loc = en_loc(r)
    ca = addr(r, loc)
    o = origin(r)
    fn, ln = names(r, o["key"])
    issued = rdate(r, 2025, 2025)
    appt = rdate(r, 2025, 2026)
    h, m = rtime(r)
    d.f("VISA SECTION - CONSULATE GENERAL\n⟦ca⟧\nTel. ⟦tel⟧ | Fax ⟦fax⟧\n\n⟦city⟧, ⟦dt⟧\n\n",
        ca=(ca["one"], ADR), tel=(phone(r, loc), PHO), fax=(phone(r, loc), PHO), city=(ca["city"], LOC), dt=(fdate(r, issued, "en", "long_us" if loc == "us" else "long_gb"), DT))
    d.f("⟦t⟧ ⟦n⟧\n\nAPPOINTMENT CONFIRMATION - NATIONAL VISA (TYPE D)\n\nDear applicant,\n\nThis letter confirms your appointment at the visa section on ⟦ap⟧. Booking number: ⟦bk⟧.\n",
        t=title_en(r), n=(f"{fn} {ln}", PER), ap=(fdt(r, appt, h, m, "en"), DT), bk=booking_ref(r) + digits(r, 4))
    d.f("Category: ⟦cat⟧. Please bring your passport, two biometric photos, the completed application form and proof of health insurance. "
        "The fee of ⟦fee⟧ is payable on the day. Processing usually takes 6 to 8 weeks.\n\nYou can check the status of your application at ⟦u⟧.\n\nVisa Section\n",
        cat=pick(r, ["Student", "Family reunion", "Employment", "Au pair", "Researcher"]), fee=pick(r, ["EUR 75", "USD 90", "GBP 68"]),
        u=(url(r), URL))
    return d


def k_invitation_letter(r):
    d = Doc("en")
    loc = en_loc(r)
    hf, hl = names(r, "us" if loc != "gb" else "gb")
    a = addr(r, loc)
    o = origin(r)
    af, al = names(r, o["key"])
    d1 = rdate(r, 2025, 2026)
    d2 = d1 + _dt.timedelta(days=r.randint(10, 80))
    d.f("⟦hn⟧\n⟦ha⟧\n⟦ph⟧ | ⟦em⟧\n\n⟦dt⟧\n\nTo: The Visa Officer, Embassy visa section in ⟦post⟧\n\n",
        hn=(f"{hf} {hl}", PER), ha=(lines_of(a), ADR), ph=(phone(r, loc), PHO), em=(mk_email(r, hf, hl), EMA),
        dt=(fdate(r, rdate(r, 2025, 2025), "en", "long_gb"), DT), post=(f"{o['city']}, {o['country']}", LOC))
    rel = pick(r, ["sister", "brother", "mother", "father", "cousin", "friend", "fiancée"])
    d.f("Re: Letter of invitation for ⟦an⟧, born ⟦dob⟧, passport no. ⟦pp⟧\n\n",
        an=(f"{af} {al}", PER), dob=(fdate(r, rdob(r), "en", "long_gb"), DOB), pp=passport_no(r))
    d.f("I, ⟦hn⟧, a ⟦st⟧ residing at the above address, hereby invite my ⟦rel⟧ ⟦af⟧ to visit me from ⟦d1⟧ to ⟦d2⟧. "
        "During the stay my guest will live in my home and I will cover accommodation and daily expenses. ⟦af2⟧'s return ticket is already booked.\n\n",
        hn=(f"{hf} {hl}", PER), st=pick(r, ["citizen", "permanent resident", "resident"]), rel=rel, af=(af, PER),
        d1=(fdate(r, d1, "en", "long_gb"), DT), d2=(fdate(r, d2, "en", "long_gb"), DT), af2=(af, PER))
    d.f("I am employed full-time with an annual salary of ⟦sal⟧. Enclosed please find a copy of my passport, my last three payslips and bank statements for account ⟦acc⟧.\n\nYours faithfully,\n\n⟦hn⟧\n",
        sal=pick(r, ["$72,000", "£48,500", "CAD 81,000", "$105,300"]), acc=(acct(r), ACC), hn=(f"{hf} {hl}", PER))
    return d


def k_lawyer_intake(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    a = addr(r, "us")
    st, dln = us_dl(r)
    af, al = names(r, "us")
    pf, pl = names(r, "us")
    d.f("CLIENT INTAKE - ⟦firm⟧\nMatter no.: ⟦mn⟧   Intake date: ⟦id⟧\nAttorney: ⟦att⟧ | Paralegal: ⟦par⟧\n\n",
        firm=firm(r), mn=f"{r.randint(2023, 2026)}-{digits(r, 4)}", id=(fdate(r, rdate(r, 2025, 2025), "en", "us"), DT),
        att=(f"{af} {al}", PER), par=(f"{pf} {pl}", PER))
    d.f("Client: ⟦cl⟧\nDOB: ⟦dob⟧   Country of birth: ⟦cob⟧\nA-Number: ⟦an⟧\n", cl=(f"{ln}, {fn}", PER),
        dob=(fdate(r, rdob(r), "en", "us"), DOB), cob=(o["country"], LOC), an=a_number(r))
    if chance(r, 0.7):
        d.f("SSN: ⟦ssn⟧\n", ssn=(ssn(r), SSN))
    else:
        d.f("SSN: none (ITIN applied for)\n")
    d.f("Address: ⟦ad⟧\nCell: ⟦ph⟧   Email: ⟦em⟧\nDriver license: ⟦dl⟧ (⟦st⟧)\n",
        ad=(a["one"], ADR), ph=(phone(r, "us"), PHO), em=(mk_email(r, fn, ln), EMA), dl=(dln, DL), st=(US_STATE_NAME[st], LOC))
    port = pick(r, US_CITIES)
    d.f("Last entry: ⟦le⟧ at ⟦port⟧ on ⟦vc⟧ visa; I-94 no. ⟦i94⟧\nPrior receipts: ⟦r1⟧, ⟦r2⟧\n",
        le=(fdate(r, rdate(r, 2019, 2024), "en", "us"), DT), port=(f"{port[0]}, {port[1]}", LOC), vc=pick(r, ["B-2", "F-1", "H-1B", "J-1"]),
        i94=digits(r, 11), r1=receipt_no(r), r2=receipt_no(r))
    sf, sl = names(r, o["key"])
    d.f("Spouse: ⟦sp⟧, DOB ⟦sdob⟧\n\nNotes: Client wants to file I-485 based on employer petition. Retainer ⟦ret⟧ paid by card ⟦mc⟧. Conflicts check cleared; follow-up call set for ⟦fu⟧.\n",
        sp=(f"{sf} {ln}", PER), sdob=(fdate(r, rdob(r), "en", "us"), DOB), ret=pick(r, ["$3,500", "$2,000", "$4,750"]), mc=masked_card(r),
        fu=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "en", dstyle="us"), DT))
    return d


def k_biometrics_log(r):
    d = Doc("en")
    day = rdate(r, 2025, 2026)
    site = pick(r, ["ASC-HOU", "ASC-CHI", "ASC-NWK", "ASC-SJC", "ASC-MIA", "ASC-SEA"])
    for _ in range(r.randint(2, 4)):
        f, l = names(r, origin(r)["key"])
        sd = day + _dt.timedelta(days=r.randint(3, 30))
        h, m = rtime(r)
        d.f("⟦ts⟧ INFO  [asc-scheduler] booking.created id=⟦id⟧ site=⟦site⟧ applicant=\"⟦n⟧\" slot=\"⟦slot⟧\" channel=web client_ip=⟦ip⟧\n",
            ts=log_ts(r, day), id=uuid(r), site=site, n=(f"{f} {l}", PER), slot=(f"{iso(sd)} {h:02d}:{m:02d}", DT), ip=(ipv4(r), IP))
        if chance(r, 0.6):
            d.f("⟦ts⟧ INFO  [asc-notify] notification.sent to=⟦em⟧ template=ASC_CONFIRM msg_id=⟦mid⟧\n",
                ts=log_ts(r, day), em=(mk_email(r, f, l), EMA), mid=sha(r, 24))
    d.f("⟦ts⟧ WARN  [asc-scheduler] slot.capacity site=⟦site⟧ remaining=⟦n⟧ window=30m retry_in=120s\n", ts=log_ts(r, day), site=site, n=r.randint(0, 4))
    f, l = names(r, origin(r)["key"])
    d.f("⟦ts⟧ INFO  [asc-checkin] checkin applicant=\"⟦n⟧\" receipt=⟦rc⟧ station=BIO-0⟦st⟧\n⟦ts2⟧ INFO  [asc-capture] fingerprints.captured quality=0.9⟦q⟧ sha256=⟦h⟧\n",
        ts=log_ts(r, day), n=(f"{f} {l}", PER), rc=receipt_no(r), st=r.randint(1, 9), ts2=log_ts(r, day), q=r.randint(0, 9), h=sha(r, 64))
    return d


def k_apis_manifest(r):
    d = Doc("en")
    fl = flight(r)
    dep = rdate(r, 2025, 2026)
    h, m = rtime(r)
    d.f("APIS PASSENGER MANIFEST (PAXLST)\nFLIGHT: ⟦fl⟧  ⟦o⟧-⟦de⟧\nSCHED DEP: ⟦sd⟧\nTRANSMITTED: ⟦tx⟧\n\n",
        fl=fl, o=pick(r, IATA), de=pick(r, IATA), sd=(f"{iso(dep)} {h:02d}:{m:02d}", DT), tx=log_ts(r, dep))
    npax = r.randint(1, 2)
    for i in range(npax):
        o = origin(r)
        fn, ln = names(r, o["key"])
        dob = rdob(r)
        exp = rdate(r, 2026, 2034)
        pp = passport_no(r)
        sx = pick(r, ["M", "F"])
        ua = addr(r, "us")
        d.f("PAX ⟦i⟧/⟦n⟧\n  NAME: ⟦nm⟧\n  DOB: ⟦dob⟧  GENDER: ⟦sx⟧  NAT: ⟦nat⟧\n  DOC: P  NO: ⟦pp⟧  ISS: ⟦nat⟧  EXP: ⟦exp⟧\n",
            i=f"{i + 1:03d}", n=f"{npax:03d}", nm=(f"{ln}/{fn}".upper(), PER), dob=(iso(dob), DOB), sx=sx, nat=o["iso3"], pp=pp, exp=(iso(exp), DT))
        d.f("  DEST ADDR: ⟦ad⟧\n  CONTACT: ⟦ph⟧ / ⟦em⟧\n  PNR: ⟦pnr⟧  SEAT: ⟦seat⟧  BAGTAG: ⟦bt⟧\n",
            ad=(ua["one"].upper(), ADR), ph=(o_phone(r, o), PHO), em=(mk_email(r, fn, ln).upper(), EMA), pnr=booking_ref(r),
            seat=f"{r.randint(1, 58)}{pick(r, 'ABCDEFGHJK')}", bt=f"0{digits(r, 9)}")
        d.f("SSR DOCS ⟦al⟧ HK1 P/⟦nat⟧/⟦pp⟧/⟦nat⟧/⟦dob⟧/⟦sx⟧/⟦exp⟧/⟦nm⟧\n\n",
            al=fl[:2], nat=o["iso3"], pp=pp, dob=(docsd(dob), DOB), sx=sx, exp=(docsd(exp), DT), nm=(f"{ln}/{fn}".upper(), PER))
    return d


ORIGIN_LANG = {"sy": "Arabic", "af": "Dari", "er": "Tigrinya", "ua": "Ukrainian", "co": "Spanish", "bd": "Bengali", "eg": "Arabic",
               "pk": "Urdu", "ng": "Yoruba", "in": "Hindi", "ph": "Tagalog", "mx": "Spanish", "cn": "Mandarin", "br": "Portuguese",
               "vn": "Vietnamese", "ke": "Swahili"}
CAMPS = ["Kakuma, Kenya", "Amman, Jordan", "Kampala, Uganda", "Islamabad, Pakistan", "Gaziantep, Turkey", "Nairobi, Kenya", "Beirut, Lebanon"]


def k_refugee_note(r):
    d = Doc("en")
    o = origin(r, ["sy", "af", "er", "ua", "co", "bd"])
    _, ln = names(r, o["key"])
    nkids = r.randint(1, 3)
    fam = firsts(r, o["key"], 2 + nkids)
    fn, sf, kids = fam[0], fam[1], fam[2:]
    cw = names(r, "us")
    a = addr(r, "us")
    arr = rdate(r, 2024, 2025)
    d.f("CASE NOTE - Resettlement Services\nCase no.: ⟦cn⟧   Caseworker: ⟦cw⟧\nContact date: ⟦cd⟧   Type: home visit\n\n",
        cn=f"RS-{r.randint(2023, 2026)}-{digits(r, 5)}", cw=(f"{cw[0]} {cw[1]}", PER), cd=(fdate(r, rdate(r, 2025, 2025), "en", "us"), DT))
    d.f("Principal applicant ⟦pa⟧ (DOB ⟦dob⟧) and spouse ⟦sp⟧ arrived at ⟦iata⟧ on ⟦arr⟧ after ⟦yrs⟧ years in ⟦camp⟧. Family is originally from ⟦home⟧.\nHousehold:\n",
        pa=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r, 1960, 1998), "en", "us"), DOB), sp=(f"{sf} {ln}", PER), iata=pick(r, ["JFK", "ORD", "IAH", "SEA"]),
        arr=(fdate(r, arr, "en", "long_us"), DT), yrs=r.randint(2, 9), camp=(pick(r, CAMPS), LOC), home=(f"{o['city']}, {o['country']}", LOC))
    for cf in kids:
        d.f(" - ⟦c⟧, DOB ⟦dob⟧, ⟦g⟧\n", c=(f"{cf} {ln}", PER), dob=(fdate(r, rdob(r, 2008, 2022), "en", "us"), DOB), g=pick(r, ["child", "dependent", "minor"]))
    itf = firsts(r, o["key"], 1, fam)[0]
    itl = pick(r, [x for x in NAMES[o["key"]][1] if x != ln])
    d.f("New address: ⟦ad⟧. Phone: ⟦ph⟧. Interpreter: ⟦it⟧ (⟦lang⟧).\n",
        ad=(a["one"], ADR), ph=(phone(r, "us"), PHO), it=(f"{itf} {itl}", PER), lang=ORIGIN_LANG[o["key"]])
    d.f("Health: domestic medical screening completed, MRN ⟦mrn⟧. Referred for TB follow-up (ICD-10 ⟦icd⟧); prescribed ⟦drug⟧.\n"
        "Next steps: SSN card application, school enrolment, ESL classes. Follow-up visit scheduled for ⟦fu⟧.\n",
        mrn=(mrn(r), MRN), icd=pick(r, ICD), drug=pick(r, DRUGS), fu=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "en", dstyle="us"), DT))
    return d


def k_i864_worksheet(r):
    d = Doc("en")
    sf, sl = names(r, "us")
    a = addr(r, "us")
    o = origin(r)
    bf, bl = names(r, o["key"])
    d.f("I-864 AFFIDAVIT OF SUPPORT - PREPARATION WORKSHEET (attorney work product)\n\nSponsor: ⟦sn⟧\nSponsor SSN: ⟦ssn⟧\nSponsor date of birth: ⟦dob⟧\nMailing address: ⟦ad⟧\nDaytime phone: ⟦ph⟧\n",
        sn=(f"{sf} {pick(r, UP)}. {sl}", PER), ssn=(ssn(r), SSN), dob=(fdate(r, rdob(r, 1955, 1998), "en", "us"), DOB), ad=(a["one"], ADR), ph=(phone(r, "us"), PHO))
    d.f("Intending immigrant: ⟦bn⟧ (relationship: ⟦rel⟧)\nHousehold size: ⟦hs⟧ | 125% poverty guideline: ⟦pg⟧\n",
        bn=(f"{bf} {bl}", PER), rel=pick(r, ["spouse", "parent", "child", "sibling"]), hs=r.randint(2, 6), pg=pick(r, ["$26,437", "$33,288", "$40,137"]))
    d.f("Income: annual salary ⟦inc⟧ (tax year ⟦ty⟧; prior year ⟦inc2⟧)\nAssets: checking account no. ⟦a1⟧ (routing ⟦rt⟧) - balance ⟦b1⟧\n        savings account no. ⟦a2⟧ - balance ⟦b2⟧\n",
        inc=pick(r, ["$68,400", "$52,750", "$91,000"]), ty=r.randint(2023, 2025), inc2=pick(r, ["$64,900", "$49,800", "$88,200"]),
        a1=(acct(r), ACC), rt=routing(r), b1=pick(r, ["$12,480.55", "$3,902.10"]), a2=(acct(r), ACC), b2=pick(r, ["$21,000.00", "$7,315.42"]))
    if chance(r, 0.5):
        jf, jl = names(r, "us")
        d.f("Joint sponsor: ⟦jn⟧, SSN ⟦js⟧\n", jn=(f"{jf} {jl}", PER), js=(ssn(r), SSN))
    d.f("Note: IRS transcripts requested ⟦dt⟧. Sample SSN ⟦bad⟧ on the old draft was a placeholder - do not use.\n",
        dt=(fdate(r, rdate(r, 2025, 2025), "en", "us"), DT), bad=bad_ssn(r))
    return d


def k_fee_payment_form(r):
    d = Doc("en")
    loc = pick(r, ["us", "gb", "ca"])
    o = origin(r)
    fn, ln = names(r, o["key"])
    a = addr(r, loc)
    hf, hl = names(r, "us" if loc != "gb" else "gb")
    d.f("VISA FEE PAYMENT - CARD AUTHORIZATION FORM\n\nApplicant: ⟦an⟧   Passport: ⟦pp⟧\nFee category: ⟦cat⟧   Amount: ⟦amt⟧\n\n",
        an=(f"{fn} {ln}", PER), pp=passport_no(r), cat=pick(r, ["MRV B1/B2", "Student F/M", "Petition-based H/L"]), amt=amount(r))
    d.f("Cardholder name: ⟦ch⟧\nCard number: ⟦cc⟧\nBilling address: ⟦ba⟧\nEmail for receipt: ⟦em⟧\nPhone: ⟦ph⟧\n\n",
        ch=(f"{hf} {hl}", PER), cc=(card(r), CC), ba=(a["one"], ADR), em=(mk_email(r, hf, hl), EMA), ph=(phone(r, loc), PHO))
    d.f("Authorization code: ⟦ac⟧   Transaction ID: ⟦tx⟧\nGateway reference: ⟦gr⟧\nA previous attempt with card ⟦mc⟧ was declined.\n",
        ac=rs(r, 6, UP + DG), tx=uuid(r), gr=bad_card(r), mc=masked_card(r))
    return d


def k_payment_api(r):
    d = Doc("en")
    f, l = names(r, pick(r, ["us", "gb", "de", "fr", "in", "ng", "ph"]))
    d.f("POST /v1/charges HTTP/1.1\nHost: api.payments-gateway.net\nAuthorization: Bearer ⟦sk⟧\nIdempotency-Key: ⟦ik⟧\nContent-Type: application/json\n\n",
        sk=(stripe_key(r), STK), ik=uuid(r))
    d.f('{"amount": ⟦amt⟧, "currency": "usd", "description": "Visa application fee ⟦bk⟧",\n "source": {"object": "card", "number": "⟦cc⟧", "exp_month": ⟦em⟧, "exp_year": ⟦ey⟧, "name": "⟦n⟧"},\n',
        amt=pick(r, ["18500", "16000", "20500", "31500"]), bk=booking_ref(r), cc=(card(r, "plain"), CC), em=r.randint(1, 12), ey=r.randint(2026, 2031), n=(f"{f} {l}", PER))
    d.f(' "receipt_email": "⟦e⟧",\n "metadata": {"applicant_id": "⟦aid⟧", "client_ip": "⟦ip⟧", "app_version": "⟦v⟧"}}\n',
        e=(mk_email(r, f, l), EMA), aid=nz(r, 9), ip=(ip(r), IP), v=version(r))
    return d


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "okhttp/4.12.0", "python-requests/2.31.0"]


def k_nginx_log(r):
    d = Doc("en")
    day = rdate(r, 2025, 2026)
    paths = ["/appointments/slots?centre=LOS&type=biometrics", "/api/v2/applications/status", "/login", "/static/app.9f3c1.js",
             "/documents/upload", "/appointments/confirm", "/api/v2/slots?post=MNL&category=B1B2", "/healthz"]
    for _ in range(r.randint(4, 7)):
        ref = (url(r), URL) if chance(r, 0.5) else "-"
        d.f("⟦ip⟧ - - [⟦ts⟧] \"⟦m⟧ ⟦p⟧ HTTP/1.1\" ⟦st⟧ ⟦sz⟧ \"⟦ref⟧\" \"⟦ua⟧\" rt=0.⟦rt⟧\n",
            ip=(ip(r), IP), ts=log_ts(r, day, "clf"), m=pick(r, ["GET", "GET", "POST"]), p=pick(r, paths),
            st=pick(r, ["200", "200", "302", "404", "429", "500"]), sz=r.randint(120, 48000), ref=ref, ua=pick(r, UAS), rt=digits(r, 3))
    return d


def k_dotenv(r):
    d = Doc("en")
    d.f("# visa-portal .env (production) - DO NOT COMMIT\nAPP_ENV=production\nAPP_VERSION=⟦v⟧\nDATABASE_URL=postgres://visa_app:⟦pw⟧@db-prod.internal:5432/visaportal\nREDIS_URL=${REDIS_URL}\n",
        v=version(r), pw=(password(r).replace("@", "").replace(":", "").replace("/", ""), PWD))
    opts = []
    opts.append(lambda: d.f("AWS_ACCESS_KEY_ID=⟦a⟧\nAWS_SECRET_ACCESS_KEY=⟦s⟧\nAWS_REGION=eu-central-1\nS3_BUCKET=visa-docs-prod\n", a=(aws_ak(r), AKID), s=(aws_sk(r), ASK)))
    opts.append(lambda: d.f("STRIPE_SECRET_KEY=⟦k⟧\nSTRIPE_WEBHOOK_SECRET=⟦w⟧\n", k=(stripe_key(r), STK), w=("whsec_" + rs(r, 32), GEN)))
    opts.append(lambda: d.f("SLACK_BOT_TOKEN=⟦t⟧\nSLACK_CHANNEL=#visa-alerts\n", t=(slack_token(r), SLK)))
    opts.append(lambda: d.f("SENDGRID_API_KEY=⟦k⟧\nSMTP_PASSWORD=⟦p⟧\n", k=(generic_secret(r), GEN), p=(password(r), PWD)))
    opts.append(lambda: d.f("GITHUB_TOKEN=⟦g⟧\n", g=(gh_token(r), GHT)))
    r.shuffle(opts)
    for fn in opts[:r.randint(2, 5)]:
        fn()
    f, l = names(r, "us")
    d.f("JWT_SIGNING_KEY=${JWT_SIGNING_KEY}\nSENTRY_DSN=${SENTRY_DSN}\nSUPPORT_EMAIL=⟦e⟧\nSESSION_TTL=3600\n", e=(mk_email(r, f, l, "visa-portal-support.com"), EMA))
    return d


def k_k8s_secret(r):
    d = Doc("en")
    b = lambda s: base64.b64encode(s.encode()).decode()
    d.f("apiVersion: v1\nkind: Secret\nmetadata:\n  name: case-mgmt-secrets\n  namespace: immigration-prod\n  uid: ⟦u⟧\n  resourceVersion: \"⟦rv⟧\"\ntype: Opaque\ndata:\n",
        u=uuid(r), rv=nz(r, 8))
    items = [("db-password", PWD, password(r)), ("smtp-password", PWD, password(r)), ("ocr-api-key", GEN, generic_secret(r)),
             ("webhook-signing-secret", GEN, "whsec_" + rs(r, 32)), ("admin-password", PWD, password(r)), ("translation-api-token", GEN, rs(r, 40))]
    r.shuffle(items)
    for k, t, v in items[:r.randint(2, 4)]:
        d.f("  ⟦k⟧: ⟦v⟧\n", k=k, v=(b(v), t))
    d.f("  db-user: ⟦u⟧\n", u=b("casemgmt"))
    return d


def k_gh_workflow(r):
    d = Doc("en")
    d.f("name: deploy-appointment-service\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@⟦sha⟧\n"
        "      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"
        "          aws-region: us-east-1\n      - name: Publish release\n        env:\n          GH_TOKEN: ⟦gh⟧   # TODO move to secrets\n          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}\n"
        "        run: gh release create ${{ github.ref_name }} --notes \"appointment-service ⟦v⟧\"\n",
        sha=sha(r), gh=(gh_token(r), GHT), v=version(r))
    if chance(r, 0.4):
        d.f("      - name: Smoke test\n        run: curl -fsS -H \"X-Api-Key: ⟦k⟧\" ⟦u⟧\n", k=(generic_secret(r), GEN), u=("https://staging.visa-centre-online.com/healthz", URL))
    return d


def k_slack_thread(r):
    d = Doc("en")
    a, b = names(r, "us"), names(r, "gb")
    o = origin(r)
    af, al = names(r, o["key"])
    s1 = rdate(r, 2025, 2026)
    d.f("#visa-ops - exported thread\n[09:14] ⟦a⟧: anyone know why ⟦ap⟧'s biometrics slot disappeared? it was ⟦s1⟧\n",
        a=(f"{a[0]} {a[1]}", PER), ap=(f"{af} {al}", PER), s1=(fdt(r, s1, *rtime(r), "en", weekday=False, dstyle="long_us"), DT))
    d.f("[09:16] ⟦b⟧: checking. DOB on file is ⟦dob⟧, booking ⟦bk⟧ was cancelled by the nightly sync job\n",
        b=(f"{b[0]} {b[1]}", PER), dob=(fdate(r, rdob(r), "en", "us"), DOB), bk=booking_ref(r))
    s2 = s1 + _dt.timedelta(days=r.randint(1, 9))
    d.f("[09:18] ⟦a⟧: ok. @⟦h⟧ can you rebook for ⟦s2⟧?\n", a=(a[0], PER), h=slug(b[0])[:3] + "." + slug(b[1])[:1], s2=(fdt(r, s2, *rtime(r), "en", weekday=False, dstyle="long_us"), DT))
    if chance(r, 0.6):
        d.f("[09:22] ⟦b⟧: done. temp portal login for her is ⟦em⟧ / ⟦pw⟧ (must change on first login)\n[09:23] ⟦a⟧: pls don't paste passwords in here :facepalm:\n",
            b=(b[0], PER), em=(mk_email(r, af, al), EMA), pw=(password(r), PWD), a=(a[0], PER))
    else:
        d.f("[09:22] ⟦b⟧: done, confirmation sent to ⟦em⟧ and SMS to ⟦ph⟧\n", b=(b[0], PER), em=(mk_email(r, af, al), EMA), ph=(o_phone(r, o), PHO))
    return d


CLINICS = ["Lakeside Family Medicine", "Northgate Civil Surgeon Clinic", "Harbor Immigration Medical", "Summit Occupational Health"]


def k_i693(r):
    d = Doc("en")
    a = addr(r, "us")
    pa = addr(r, "us")
    df, dl = names(r, "us")
    o = origin(r)
    fn, ln = names(r, o["key"])
    d.f("REPORT OF IMMIGRATION MEDICAL EXAMINATION - CIVIL SURGEON WORKSHEET\nClinic: ⟦cl⟧, ⟦ca⟧\nCivil surgeon: Dr. ⟦doc⟧, MD   NPI ⟦npi⟧\n\n",
        cl=pick(r, CLINICS), ca=(a["one"], ADR), doc=(f"{df} {dl}", PER), npi=nz(r, 10))
    d.f("Patient: ⟦pn⟧   MRN: ⟦mrn⟧\nDate of birth: ⟦dob⟧   Sex: ⟦sx⟧\nHome address: ⟦ha⟧\nPhone: ⟦ph⟧\nExam date: ⟦ed⟧\n\n",
        pn=(f"{fn} {ln}", PER), mrn=(mrn(r), MRN), dob=(fdate(r, rdob(r), "en", "us"), DOB), sx=pick(r, ["F", "M"]), ha=(pa["one"], ADR),
        ph=(phone(r, "us"), PHO), ed=(fdate(r, rdate(r, 2025, 2026), "en", "us"), DT))
    d.f("TB screening: IGRA negative (CPT ⟦cpt⟧). Chest X-ray not required.\nVaccinations: ⟦v1⟧ dose 2 given; ⟦v2⟧ up to date; Varicella titer immune.\nDiagnoses: ⟦icd⟧. Current medication: ⟦drug⟧.\n",
        cpt=pick(r, CPT), v1=pick(r, VACCINES), v2=pick(r, VACCINES), icd=pick(r, ICD), drug=pick(r, DRUGS))
    d.f("Sealed envelope released to applicant on ⟦rel⟧. Results valid for 60 days after signature.\n", rel=(fdate(r, rdate(r, 2025, 2026), "en", "us"), DT))
    return d


INSURERS = ["Allianz Travel", "AXA Assistance", "ERGO Reiseversicherung", "Europ Assistance", "Mondial Care"]


def k_travel_insurance(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    s = rdate(r, 2025, 2026)
    e = s + _dt.timedelta(days=r.randint(14, 120))
    iss = pick(r, ["us", "gb", "de", "fr", "it", "es"])
    city = addr(r, iss)["city"]
    d.f("CERTIFICATE OF TRAVEL MEDICAL INSURANCE\nInsurer: ⟦ins⟧\nPolicy number: ⟦pol⟧\nInsured person: ⟦n⟧\nDate of birth: ⟦dob⟧\nPassport no.: ⟦pp⟧\n",
        ins=pick(r, INSURERS), pol=(hpn(r), HPN), n=(f"{ln.upper()}, {fn}", PER), dob=(fdate(r, rdob(r), "en", "gb"), DOB), pp=passport_no(r))
    d.f("Period of cover: ⟦s⟧ - ⟦e⟧ (⟦days⟧ days)\nTerritorial scope: all member states of the Schengen Agreement\nMedical expenses and repatriation: up to EUR 30,000, no deductible\n",
        s=(fdate(r, s, "en", "gb"), DT), e=(fdate(r, e, "en", "gb"), DT), days=(e - s).days + 1)
    d.f("24/7 emergency assistance: ⟦ph⟧\nIssued on ⟦iss⟧ in ⟦city⟧.\nThis certificate meets the requirements of the Visa Code.\n",
        ph=(phone(r, iss), PHO), iss=(fdate(r, s - _dt.timedelta(days=r.randint(5, 40)), "en", "long_gb"), DT), city=(city, LOC))
    return d


BANKS = {"de": "Deutsche Kreditbank", "fr": "Banque Populaire", "es": "CaixaBank", "it": "UniCredit", "pt": "Millennium bcp", "nl": "ING Bank",
         "pl": "PKO Bank Polski", "sv": "SEB", "da": "Danske Bank", "no": "DNB", "fi": "Nordea", "cs": "Komerční banka", "tr": "Garanti BBVA", "gb": "NatWest"}


def k_bank_statement(r):
    d = Doc("en")
    loc = pick(r, list(BANKS))
    a = addr(r, loc)
    ba = addr(r, loc)
    key = loc if loc in NAMES else "gb"
    fn, ln = names(r, pick(r, [key, origin(r)["key"]]))
    of, ol = names(r, key)
    d.f("⟦bank⟧ - ⟦br⟧\n\nTo whom it may concern\n\nBALANCE CONFIRMATION\n\nWe confirm that ⟦n⟧, residing at ⟦ad⟧, holds the following account with us:\n\n",
        bank=BANKS[loc], br=(ba["one"], ADR), n=(f"{fn} {ln}", PER), ad=(a["one"], ADR))
    d.f("Account number: ⟦acc⟧\nIBAN: ⟦ib⟧\nBIC: ⟦bic⟧\nAccount type: savings   Currency: EUR\nBalance as at ⟦d1⟧: EUR ⟦bal⟧\nAverage balance over the last 6 months: EUR ⟦avg⟧\n\n",
        acc=(acct(r), ACC), ib=(iban(r, LOC_CC[loc]), IBAN), bic=pick(r, BICS), d1=(fdate(r, rdate(r, 2025, 2025), "en", "long_gb"), DT),
        bal=f"{r.randint(5, 60)},{digits(r, 3)}.{digits(r, 2)}", avg=f"{r.randint(5, 60)},{digits(r, 3)}.{digits(r, 2)}")
    d.f("This letter is issued at the request of the account holder for visa purposes and implies no guarantee.\n\n⟦of⟧, Relationship Manager\nTel. ⟦ph⟧\n",
        of=(f"{of} {ol}", PER), ph=(phone(r, loc if loc != "gb" else "gb"), PHO))
    return d


def seg(d, fields, sep="|"):
    for i, fld in enumerate(fields):
        if i:
            d.t(sep)
        d.v(fld)
    d.t("\n")


def k_hl7_adt(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    a = addr(r, "us")
    df, dl = names(r, "us")
    day = rdate(r, 2025, 2026)
    ts = log_ts(r, day, "compact")
    seg(d, ["MSH", "^~\\&", "PANELPHYS", "CIVILSURG01", "IMMREG", "HEALTHDEPT", ts, "", "ADT^A04", f"MSG{digits(r, 8)}", "P", "2.5.1"])
    seg(d, ["EVN", "A04", ts])
    xad = f"{a['street'].upper()}^^{a['city'].upper()}^{a['region']}^{a['pc']}^USA"
    ph = phone(r, "us")
    mid = pick(r, UP)
    pdob = rdob(r)
    seg(d, ["PID", "1", "", [(mrn(r), MRN), "^^^CSURG^MR"], "", (f"{ln.upper()}^{fn.upper()}^{mid}", PER), "", (hl7d(pdob), DOB),
            pick(r, ["F", "M"]), "", "", (xad, ADR), "", (ph, PHO), "", "", "", "", (nz(r, 9), ACC)])
    seg(d, ["PV1", "1", "O", "IMM^EXAM^01", "", "", "", [nz(r, 10), "^", (f"{dl.upper()}^{df.upper()}", PER), "^^^^DR"], "", "", "", "", "", "", "", "", "", "", "", f"V{digits(r, 7)}"])
    if chance(r, 0.6):
        fields = ["IN1", "1", "RMA01", nz(r, 5), "REFUGEE MEDICAL ASSISTANCE", "", "", "", f"GRP{digits(r, 5)}"] + [""] * 7
        fields += [(f"{ln.upper()}^{fn.upper()}", PER), "SEL", (hl7d(pdob), DOB)] + [""] * 17 + [(hpn(r), HPN)]
        seg(d, fields)
    seg(d, ["OBX", "1", "ST", "TB-IGRA^QuantiFERON^L", "", "NEGATIVE", "", "", "N", "", "", "F"])
    return d


def k_fhir_patient(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    a = addr(r, "us")
    d.f('{\n  "resourceType": "Patient",\n  "id": "⟦id⟧",\n  "meta": {"lastUpdated": "⟦lu⟧", "versionId": "⟦vi⟧"},\n', id=uuid(r), lu=log_ts(r), vi=r.randint(1, 9))
    d.f('  "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "type": {"text": "MRN"}, "value": "⟦mrn⟧"}],\n', mrn=(mrn(r), MRN))
    d.f('  "name": [{"use": "official", "family": "⟦ln⟧", "given": ["⟦fn⟧"]}],\n  "gender": "⟦g⟧",\n  "birthDate": "⟦dob⟧",\n',
        ln=(ln, PER), fn=(fn, PER), g=pick(r, ["female", "male"]), dob=(iso(rdob(r)), DOB))
    d.f('  "telecom": [{"system": "phone", "value": "⟦ph⟧", "use": "mobile"}, {"system": "email", "value": "⟦em⟧"}],\n',
        ph=(phone(r, "us"), PHO), em=(mk_email(r, fn, ln), EMA))
    d.f('  "address": [{"line": ["⟦st⟧"], "city": "⟦c⟧", "state": "⟦s⟧", "postalCode": "⟦pc⟧", "country": "US"}],\n',
        st=(a["street"], ADR), c=(a["city"], LOC), s=(a["region"], LOC), pc=a["pc"])
    d.f('  "communication": [{"language": {"text": "⟦lang⟧"}, "preferred": true}],\n  "extension": [{"url": "⟦u⟧", "valueString": "refugee-arrival"}]\n}\n',
        lang=pick(r, ["Dari", "Pashto", "Arabic", "Tigrinya", "Ukrainian", "Spanish"]), u=("https://fhir.resettlement-health.org/StructureDefinition/arrival-status", URL))
    return d


def k_ics_interview(r):
    d = Doc("en")
    a = addr(r, "us")
    of, ol = names(r, "us")
    o = origin(r)
    fn, ln = names(r, o["key"])
    day = rdate(r, 2025, 2026)
    h, m = rtime(r)
    tz = US_TZ.get(a["region"], "America/New_York")
    stamp = log_ts(r, day - _dt.timedelta(days=r.randint(3, 40)), "compact")
    stamp = stamp[:8] + "T" + stamp[8:] + "Z"
    esc = a["one"].replace(",", "\\,")
    d.f("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Consular Appointment System//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:⟦uid⟧@appointments\nDTSTAMP:⟦st⟧\nCREATED:⟦st⟧\n",
        uid=uuid(r), st=stamp)
    d.f("DTSTART;TZID=⟦tz⟧:⟦s⟧\nDTEND;TZID=⟦tz⟧:⟦e⟧\nSUMMARY:Visa interview - ⟦n⟧\nLOCATION:⟦loc⟧\n",
        tz=tz, s=(f"{hl7d(day)}T{h:02d}{m:02d}00", DT), e=(f"{hl7d(day)}T{h:02d}{m:02d}00"[:9] + f"{(h + 1) % 24:02d}{m:02d}00", DT),
        n=(f"{fn} {ln}", PER), loc=(esc, ADR))
    d.f("ORGANIZER;CN=⟦on⟧:mailto:⟦oe⟧\nATTENDEE;CN=⟦an⟧;ROLE=REQ-PARTICIPANT:mailto:⟦ae⟧\nDESCRIPTION:Bring your passport and the DS-160 confirmation. To reschedule use ⟦u⟧\n",
        on=(f"{of} {ol}", PER), oe=(mk_email(r, of, ol, "consular-services.net"), EMA), an=(f"{fn} {ln}", PER), ae=(mk_email(r, fn, ln), EMA), u=(url(r, "appointments.consular-services.net"), URL))
    d.f("LAST-MODIFIED:⟦st⟧\nSEQUENCE:⟦sq⟧\nEND:VEVENT\nEND:VCALENDAR\n", st=stamp, sq=r.randint(0, 3))
    return d


def k_vcard(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    mid = pick(r, UP)
    a = addr(r, "us")
    d.f("BEGIN:VCARD\nVERSION:3.0\nN:⟦n⟧;;\nFN:⟦fnm⟧\nORG:⟦org⟧\nTITLE:Client\n", n=(f"{ln};{fn};{mid}", PER), fnm=(f"{fn} {mid}. {ln}", PER), org=firm(r))
    d.f("ADR;TYPE=HOME:;;⟦adr⟧\nTEL;TYPE=CELL:⟦ph⟧\nEMAIL;TYPE=INTERNET:⟦em⟧\nBDAY:⟦bd⟧\n",
        adr=(f"{a['street']};{a['city']};{a['region']};{a['pc']};USA", ADR), ph=(phone(r, "us"), PHO), em=(mk_email(r, fn, ln), EMA), bd=(iso(rdob(r)), DOB))
    d.f("NOTE:Asylum case - prefers contact via WhatsApp. File ⟦an⟧\\, interpreter needed.\nREV:⟦rev⟧\nEND:VCARD\n", an=a_number(r), rev=log_ts(r))
    return d


def k_csv_appointments(r):
    d = Doc("en")
    d.t("appt_id,surname,given_name,date_of_birth,nationality,phone,email,slot_start,centre\n")
    for _ in range(r.randint(3, 6)):
        o = origin(r)
        fn, ln = names(r, o["key"])
        day = rdate(r, 2025, 2026)
        h, m = rtime(r)
        d.f("⟦id⟧,⟦ln⟧,⟦fn⟧,⟦dob⟧,⟦nat⟧,⟦ph⟧,⟦em⟧,⟦sl⟧,⟦c⟧\n", id=f"APT{nz(r, 7)}", ln=(ln, PER), fn=(fn, PER), dob=(iso(rdob(r)), DOB),
            nat=o["adj"], ph=(o_phone(r, o), PHO), em=(mk_email(r, fn, ln), EMA), sl=(f"{iso(day)}T{h:02d}:{m:02d}", DT), c=(o["city"], LOC))
    return d


def k_xml_decision(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    of, ol = names(r, pick(r, ["de", "fr", "it", "nl", "es"]))
    dd = rdate(r, 2025, 2026)
    vf = dd + _dt.timedelta(days=r.randint(3, 30))
    vu = vf + _dt.timedelta(days=r.randint(30, 365))
    d.f('<?xml version="1.0" encoding="UTF-8"?>\n<VisaDecision xmlns="urn:consular:visa:decision:v2" schemaVersion="⟦v⟧">\n  <CaseRef>⟦cr⟧</CaseRef>\n  <Applicant>\n',
        v=version(r), cr=f"{pick(r, ['DEU', 'FRA', 'ITA', 'NLD', 'ESP'])}{r.randint(2024, 2026)}{digits(r, 6)}")
    d.f("    <Surname>⟦ln⟧</Surname>\n    <GivenNames>⟦fn⟧</GivenNames>\n    <DateOfBirth>⟦dob⟧</DateOfBirth>\n    <PlaceOfBirth>⟦pob⟧</PlaceOfBirth>\n    <Nationality>⟦nat⟧</Nationality>\n",
        ln=(ln.upper(), PER), fn=(fn.upper(), PER), dob=(iso(rdob(r)), DOB), pob=(o["city"], LOC), nat=o["iso3"])
    d.f('    <TravelDocument type="P" number="⟦pp⟧" expires="⟦ex⟧"/>\n  </Applicant>\n  <Decision outcome="⟦oc⟧" date="⟦dd⟧">\n    <VisaType>C</VisaType>\n    <ValidFrom>⟦vf⟧</ValidFrom>\n    <ValidUntil>⟦vu⟧</ValidUntil>\n',
        pp=passport_no(r), ex=(iso(rdate(r, 2027, 2034)), DT), oc=pick(r, ["GRANTED", "GRANTED", "REFUSED"]), dd=(iso(dd), DT), vf=(iso(vf), DT), vu=(iso(vu), DT))
    d.f('    <Entries>MULT</Entries>\n    <DurationOfStay unit="days">⟦ds⟧</DurationOfStay>\n    <StickerNumber>⟦sn⟧</StickerNumber>\n  </Decision>\n  <DecidedBy>⟦ofc⟧</DecidedBy>\n  <Post>⟦post⟧</Post>\n</VisaDecision>\n',
        ds=pick(r, [15, 30, 90]), sn=f"{pick(r, ['D', 'F', 'I'])}{digits(r, 9)}", ofc=(f"{of} {ol}", PER), post=(o["city"], LOC))
    return d


def k_yaml_config(r):
    d = Doc("en")
    f, l = names(r, "us")
    d.f("# case-tracker service configuration\nservice:\n  name: case-tracker\n  version: ⟦v⟧\n  port: 8080\ndatabase:\n  host: ⟦ip⟧\n  port: 5432\n  user: casetracker\n  password: \"⟦pw⟧\"\n",
        v=version(r), ip=(ipv4(r), IP), pw=(password(r), PWD))
    d.f("ocr:\n  provider: textract\n  api_key: ⟦k⟧\nnotifications:\n  slack_token: ⟦sl⟧\n  email_from: ⟦em⟧\n",
        k=(generic_secret(r), GEN), sl=(slack_token(r), SLK), em=(mk_email(r, f, l, "case-tracker.io"), EMA))
    d.f("partner_api:\n  base_url: ⟦u⟧\n  client_id: ⟦cid⟧\n  client_secret: ⟦cs⟧\nretention_days: 2555\nfeature_flags:\n  auto_rfe_reminders: true\n",
        u=(pick(r, ["https://api.case-status.org/v3", "https://partner.visa-centre-online.com/api"]), URL), cid=uuid(r), cs=(rs(r, 40, AN), GEN))
    return d


def k_llm_prompt(r):
    d = Doc("en")
    pf, pl = names(r, "us")
    o = origin(r)
    bf, bl = names(r, o["key"])
    a = addr(r, "us")
    mc = pick(r, US_CITIES)
    d.f("SYSTEM: You are an assistant for an immigration law practice. Keep client data confidential and answer in plain English.\n\n"
        "USER: Draft a cover letter for the I-130 petition below and list any missing evidence.\n\n")
    d.f("Petitioner: ⟦pn⟧, U.S. citizen, born ⟦pd⟧ in ⟦pc⟧\nBeneficiary: ⟦bn⟧, born ⟦bd⟧ in ⟦bc⟧\nMarriage date: ⟦md⟧ in ⟦mc⟧\n",
        pn=(f"{pf} {pl}", PER), pd=(fdate(r, rdob(r), "en", "long_us"), DOB), pc=(", ".join(pick(r, US_CITIES)[:2]), LOC),
        bn=(f"{bf} {bl}", PER), bd=(fdate(r, rdob(r), "en", "long_us"), DOB), bc=(f"{o['city']}, {o['country']}", LOC),
        md=(fdate(r, rdate(r, 2019, 2024), "en", "long_us"), DT), mc=(f"{mc[0]}, {mc[1]}", LOC))
    d.f("Petitioner address: ⟦pa⟧\nPetitioner SSN: ⟦ss⟧\nContact: ⟦em⟧, ⟦ph⟧\nPrior receipt: ⟦rc⟧\nReturn the letter in Markdown.\n\n",
        pa=(a["one"], ADR), ss=(ssn(r), SSN), em=(mk_email(r, pf, pl), EMA), ph=(phone(r, "us"), PHO), rc=receipt_no(r))
    d.f("ASSISTANT: **Cover letter - Form I-130**\n\nDear Officer,\n\nPlease find enclosed the petition filed by ⟦pf⟧ on behalf of ⟦bf⟧. Missing evidence: joint lease, photos, affidavits from friends.\n",
        pf=(f"{pf} {pl}", PER), bf=(f"{bf} {bl}", PER))
    return d


def k_support_ticket(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    ag, ag2 = names(r, "gb"), names(r, "in")
    ap = rdate(r, 2025, 2026)
    d.f("Ticket ⟦tk⟧ | Status: Open | Priority: P3 | Channel: web form\nOpened: ⟦cr⟧\nRequester: ⟦n⟧ <⟦em⟧>\nPhone: ⟦ph⟧\nSubject: Passport not returned after visa decision\n\n",
        tk=ticket_no(r), cr=pick(r, ["2 hours ago", "yesterday", "3 days ago", "45 minutes ago"]), n=(f"{fn} {ln}", PER), em=(mk_email(r, fn, ln), EMA), ph=(o_phone(r, o), PHO))
    d.f("Hello, I had my appointment at the ⟦c⟧ visa application centre on ⟦ap⟧. Tracking number ⟦tr⟧ has shown \"in transit\" for 9 days. "
        "My passport number is ⟦pp⟧. Please help, I fly on ⟦fl⟧.\n\n",
        c=(o["city"], LOC), ap=(fdate(r, ap, "en", pick(r, ["long_gb", "gb"])), DT), tr=tracking(r), pp=passport_no(r),
        fl=(fdate(r, ap + _dt.timedelta(days=r.randint(15, 40)), "en", "long_gb"), DT))
    d.f("-- Internal note (⟦a1⟧): courier AWB ⟦tr⟧ scanned at hub; escalated to ⟦a2⟧. Requester IP ⟦ip⟧.\n",
        a1=(f"{ag[0]} {ag[1]}", PER), tr=tracking(r), a2=(ag2[0], PER), ip=(ip(r), IP))
    return d


def k_courier_label(r):
    d = Doc("en")
    loc = pick(r, ["gb", "us", "de", "fr", "nl"])
    src = addr(r, loc)
    dst = addr(r, loc)
    key = loc if loc in NAMES else "us"
    fn, ln = names(r, pick(r, [key, origin(r)["key"]]))
    d.f("DHL EXPRESS - WAYBILL ⟦wb⟧\nRef: PASSPORT RETURN / ⟦bk⟧\nFrom: Visa Application Centre, ⟦src⟧\n\nTo:\n⟦n⟧\n⟦dst⟧\nTel: ⟦ph⟧\n\n",
        wb=tracking(r), bk=booking_ref(r), src=(src["one"], ADR), n=(f"{fn} {ln}".upper(), PER), dst=(lines_of(dst), ADR), ph=(phone(r, loc), PHO))
    d.f("Pieces: 1   Weight: 0.⟦w⟧ kg   Content: documents (passport)\nPickup date: ⟦pu⟧\nSignature required - do not leave with neighbour.\nService: Express Worldwide   Product code: ⟦pc⟧\n",
        w=r.randint(2, 9), pu=(fdate(r, rdate(r, 2025, 2026), "en", "gb"), DT), pc=rs(r, 3, UP))
    return d


def k_hotline_transcript(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    ag = names(r, "us")
    a = addr(r, "us")
    ap = rdate(r, 2025, 2026)
    t = [0]

    def ts():
        t[0] += r.randint(3, 25)
        return f"[00:{t[0] // 60:02d}:{t[0] % 60:02d}]"
    d.f("CALL TRANSCRIPT - Immigration Contact Centre - call ID ⟦cid⟧\n", cid=nz(r, 10))
    d.f("⟦t⟧ AGENT: Thank you for calling, my name is ⟦ag⟧. Can I have your full name?\n⟦t2⟧ CALLER: Yes, it's ⟦n⟧.\n",
        t=ts(), ag=(ag[0], PER), t2=ts(), n=(f"{fn} {ln}", PER))
    d.f("⟦t⟧ AGENT: And your date of birth?\n⟦t2⟧ CALLER: ⟦dob⟧.\n⟦t3⟧ AGENT: What's the best number to reach you?\n⟦t4⟧ CALLER: ⟦ph⟧.\n",
        t=ts(), t2=ts(), dob=(fdate(r, rdob(r), "en", "long_us"), DOB), t3=ts(), t4=ts(), ph=(phone(r, "us"), PHO))
    d.f("⟦t⟧ AGENT: I see your biometrics appointment on ⟦ap⟧. Do you want to move it?\n⟦t2⟧ CALLER: Yes please, I'm in ⟦c⟧ until ⟦un⟧.\n",
        t=ts(), ap=(fdt(r, ap, *rtime(r), "en", dstyle="long_us"), DT), t2=ts(), c=(f"{o['city']}, {o['country']}", LOC),
        un=(fdate(r, ap + _dt.timedelta(days=r.randint(5, 30)), "en", "long_us"), DT))
    d.f("⟦t⟧ AGENT: Can you confirm your mailing address?\n⟦t2⟧ CALLER: ⟦ad⟧.\n⟦t3⟧ AGENT: Done. New appointment ⟦na⟧, reference ⟦ref⟧. Anything else?\n⟦t4⟧ CALLER: No, thank you.\n",
        t=ts(), t2=ts(), ad=(a["one"], ADR), t3=ts(), na=(fdt(r, ap + _dt.timedelta(days=r.randint(20, 50)), *rtime(r), "en", dstyle="long_us"), DT),
        ref=receipt_no(r), t4=ts())
    return d


def k_h1b_memo(r):
    d = Doc("en")
    af, al = names(r, "us")
    o = origin(r, ["in", "cn", "ph", "ng", "mx", "br", "pk", "vn"])
    fn, ln = names(r, o["key"])
    a = addr(r, "us")
    md = rdate(r, 2025, 2025)
    d.f("MEMORANDUM - PRIVILEGED & CONFIDENTIAL\nTo: Global Mobility Team\nFrom: ⟦att⟧, ⟦firm⟧\nDate: ⟦dt⟧\nRe: H-1B petition for ⟦bn⟧\n\n",
        att=(f"{af} {al}", PER), firm=firm(r), dt=(fdate(r, md, "en", "long_us"), DT), bn=(f"{fn} {ln}", PER))
    d.f("Beneficiary: ⟦bn⟧ (DOB ⟦dob⟧), ⟦adj⟧ national\nPosition: ⟦pos⟧, SOC ⟦soc⟧, wage level ⟦wl⟧, offered salary ⟦sal⟧\nWorksite: ⟦ws⟧\n",
        bn=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r, 1975, 2000), "en", "us"), DOB), adj=o["adj"],
        pos=pick(r, ["Senior Data Engineer", "Software Developer", "Clinical Research Scientist", "Structural Engineer"]),
        soc=pick(r, ["15-1252", "15-2051", "19-1042", "17-2051"]), wl=pick(r, ["II", "III", "IV"]), sal=pick(r, ["$148,000", "$121,500", "$96,200"]),
        ws=(a["one"], ADR))
    d.f("LCA ⟦lca⟧ certified on ⟦lc⟧. Receipt ⟦rc⟧ (premium processing, decision expected within 15 business days).\nRequested start date: ⟦sd⟧\n\n",
        lca=f"I-200-{digits(r, 5)}-{digits(r, 6)}", lc=(fdate(r, md - _dt.timedelta(days=r.randint(5, 30)), "en", "long_us"), DT), rc=receipt_no(r),
        sd=(fdate(r, md + _dt.timedelta(days=r.randint(60, 200)), "en", "long_us"), DT))
    d.f("Please send the beneficiary's diploma evaluation to ⟦em⟧ by ⟦dl⟧. Questions: ⟦ph⟧.\n",
        em=(mk_email(r, af, al, "mobility-law.com"), EMA), dl=(fdate(r, md + _dt.timedelta(days=r.randint(7, 21)), "en", "long_us"), DT), ph=(phone(r, "us"), PHO))
    return d


POE = [("San Ysidro", "CA"), ("Laredo", "TX"), ("El Paso", "TX"), ("Blaine", "WA"), ("Detroit", "MI"), ("Nogales", "AZ"), ("Champlain", "NY")]


def k_border_incident(r):
    d = Doc("en")
    poe = pick(r, POE)
    o = origin(r, ["mx", "co", "br", "ph", "in", "cn"])
    fn, ln = names(r, o["key"])
    o1, o2 = names(r, "us"), names(r, "us")
    cf, cl = names(r, "us")
    day = rdate(r, 2025, 2026)
    h, m = rtime(r)
    d.f("INCIDENT REPORT - PORT OF ENTRY ⟦poe⟧\nReport no.: ⟦rn⟧   Lane: ⟦ln⟧   Shift: ⟦sh⟧\nDate/time of incident: ⟦dt⟧\n\n",
        poe=(f"{poe[0]}, {poe[1]}", LOC), rn=f"{poe[0][:3].upper()}-{r.randint(2025, 2026)}-{digits(r, 5)}", ln=r.randint(1, 24), sh=pick(r, "ABC"),
        dt=(f"{fdate(r, day, 'en', 'us')} {h:02d}{m:02d}", DT))
    d.f("Subject: ⟦sn⟧\nDOB: ⟦dob⟧   Citizenship: ⟦adj⟧\nTravel document: ⟦pp⟧\nVehicle: ⟦yr⟧ ⟦mk⟧, plate ⟦pl⟧, VIN ⟦vin⟧\n\n",
        sn=(f"{ln.upper()}, {fn}", PER), dob=(fdate(r, rdob(r), "en", "us"), DOB), adj=o["adj"], pp=passport_no(r), yr=r.randint(2008, 2023),
        mk=pick(r, ["Toyota Camry", "Nissan Sentra", "Ford F-150", "Honda Civic", "Chevrolet Tahoe"]), pl=plate(r), vin=vin(r))
    dest = addr(r, "us")
    d.f("Narrative: At approximately ⟦tm⟧ CBPO ⟦o1⟧ referred the subject to secondary inspection after a ⟦why⟧. Secondary inspection was conducted by CBPO ⟦o2⟧. "
        "The subject stated the destination was ⟦dest⟧ and the contact in the country was ⟦cn⟧ (⟦cph⟧). ⟦out⟧\n",
        tm=(ftime(r, h, m, "en"), DT), o1=(f"{o1[0]} {o1[1]}", PER), o2=(o2[1], PER),
        why=pick(r, ["random compliance examination", "name match in the lookout system", "discrepancy in the declared purpose of travel"]),
        dest=(dest["one"], ADR), cn=(f"{cf} {cl}", PER), cph=(phone(r, "us"), PHO),
        out=pick(r, ["Subject was admitted after verification.", "Subject withdrew the application for admission.", "Subject was paroled for a hearing."]))
    return d


def k_esta_json(r):
    d = Doc("en")
    loc = pick(r, ["gb", "de", "fr", "es", "it", "nl", "pl", "sv", "da", "no", "fi", "cs", "pt"])
    fn, ln = names(r, loc)
    ha = addr(r, loc)
    ua = addr(r, "us")
    cf, cl = names(r, "us")
    cities = [c for c, _ in EU[loc]["cities"]] if loc in EU else [c for c, _ in GB_CITIES]
    d.f('{\n  "applicationNumber": "⟦an⟧",\n  "applicant": {\n    "familyName": "⟦ln⟧",\n    "givenName": "⟦fn⟧",\n    "dateOfBirth": "⟦dob⟧",\n    "cityOfBirth": "⟦cob⟧",\n',
        an=rs(r, 16, UP + DG), ln=(ln, PER), fn=(fn, PER), dob=(iso(rdob(r)), DOB), cob=(pick(r, cities), LOC))
    d.f('    "passport": {"number": "⟦pp⟧", "issuingCountry": "⟦ic⟧", "expiryDate": "⟦ex⟧"},\n    "email": "⟦em⟧",\n    "phone": "⟦ph⟧",\n    "homeAddress": "⟦ha⟧"\n  },\n',
        pp=passport_no(r), ic=LOC_CC.get(loc, "GB"), ex=(iso(rdate(r, 2026, 2035)), DT), em=(mk_email(r, fn, ln, loc=loc), EMA), ph=(phone(r, loc), PHO), ha=(ha["one"], ADR))
    d.f('  "travel": {"arrivalDate": "⟦ad⟧", "addressInUS": "⟦ua⟧", "pointOfContact": {"name": "⟦cn⟧", "phone": "⟦cp⟧"}},\n',
        ad=(iso(rdate(r, 2025, 2026)), DT), ua=(ua["one"], ADR), cn=(f"{cf} {cl}", PER), cp=(phone(r, "us"), PHO))
    d.f('  "payment": {"cardNumber": "⟦cc⟧", "cardholder": "⟦ch⟧", "amount": 21.00, "currency": "USD"},\n  "clientIp": "⟦ip⟧",\n  "formVersion": "⟦v⟧"\n}\n',
        cc=(card(r, "plain"), CC), ch=(f"{fn} {ln}", PER), ip=(ip(r), IP), v=version(r))
    return d


LANGS = ["Dari", "Pashto", "Tigrinya", "Haitian Creole", "Mam", "Arabic", "Ukrainian", "Bengali", "Punjabi", "Somali"]


def k_interpreter_email(r):
    d = Doc("en")
    cf, cl = names(r, "us")
    ifn, iln = names(r, pick(r, ["af", "er", "sy", "ua", "bd", "us"]))
    o = origin(r)
    fn, ln = names(r, o["key"])
    court = addr(r, "us")
    day = rdate(r, 2025, 2026)
    lang = pick(r, LANGS)
    d.f("From: ⟦cn⟧ <⟦ce⟧>\nTo: ⟦inn⟧ <⟦ie⟧>\nDate: ⟦hd⟧\nSubject: Interpreter booking - ⟦lang⟧ - file ⟦fr⟧\n\n",
        cn=(f"{cf} {cl}", PER), ce=(mk_email(r, cf, cl, "language-access.org"), EMA), inn=(f"{ifn} {iln}", PER), ie=(mk_email(r, ifn, iln), EMA),
        hd=hdr_date(r), lang=lang, fr=a_number(r))
    d.f("Hi ⟦if⟧,\n\nCan you cover a ⟦lang⟧ interpretation for a master calendar hearing on ⟦dt⟧? The respondent is ⟦rn⟧. "
        "Venue: immigration court, ⟦ad⟧, courtroom ⟦cr⟧. Estimated duration: 3 hours.\n\nPlease confirm by ⟦cb⟧. My mobile is ⟦ph⟧.\n\nThanks,\n⟦cf⟧\n",
        **{"if": (ifn, PER)}, lang=lang, dt=(fdt(r, day, *rtime(r), "en", dstyle="long_us"), DT), rn=(f"{fn} {ln}", PER), ad=(court["one"], ADR),
        cr=r.randint(1, 14), cb=(fdate(r, day - _dt.timedelta(days=r.randint(2, 9)), "en", "long_us"), DT), ph=(phone(r, "us"), PHO), cf=(cf, PER))
    return d


def k_naturalization_notice(r):
    d = Doc("en")
    fn, ln = names(r, origin(r)["key"])
    a = addr(r, "us")
    fo = addr(r, "us")
    nd = rdate(r, 2025, 2025)
    day = nd + _dt.timedelta(days=r.randint(20, 60))
    d.f("NOTICE OF INTERVIEW - APPLICATION FOR NATURALIZATION (N-400)\nReceipt number: ⟦rc⟧     Case type: N-400\nNotice date: ⟦nd⟧     A# ⟦an⟧\n\n⟦n⟧\n⟦ad⟧\n\n",
        rc=receipt_no(r), nd=(fdate(r, nd, "en", "long_us"), DT), an=a_number(r).replace("A# ", ""), n=(f"{fn} {ln}".upper(), PER), ad=(lines_of(a).upper(), ADR))
    d.f("You are hereby notified to appear for an interview on:\n⟦dt⟧\nat: ⟦fo⟧\n\n",
        dt=(fdt(r, day, *rtime(r), "en", weekday=True, dstyle="long_us"), DT), fo=(fo["one"], ADR))
    d.f("Bring this notice, your permanent resident card, all passports and a state-issued ID. The civics test has 10 questions. If you cannot attend, reschedule at ⟦u⟧ at least 2 weeks in advance.\n",
        u=(url(r, "my.case-status.org", "/reschedule"), URL))
    return d


def k_detention_log(r):
    d = Doc("en")
    poe = pick(r, POE)
    of = names(r, "us")
    st, dln = us_dl(r)
    vf, vl = names(r, origin(r)["key"])
    df, dlast = names(r, origin(r)["key"])
    af, al = names(r, "us")
    d.f("VISITATION LOG - Harborview Processing Center (⟦c⟧)\nShift: day   Officer on duty: ⟦of⟧\n\n",
        c=(f"{poe[0]}, {poe[1]}", LOC), of=(f"{of[0]} {of[1]}", PER))
    d.f("0815  Visitor ⟦vn⟧ signed in, ID presented: driver license ⟦dl⟧ (⟦st⟧)\n0817  Detainee ⟦dn⟧ (⟦an⟧) escorted to booth ⟦b⟧\n0905  Visit ended, visitor signed out\n",
        vn=(f"{vf} {vl}", PER), dl=(dln, DL), st=(US_STATE_NAME[st], LOC), dn=(f"{dlast.upper()}, {df}", PER), an=a_number(r), b=r.randint(1, 9))
    d.f("0930  Legal visit: attorney ⟦at⟧, bar no. ⟦bar⟧, client ⟦dn⟧\n1045  Outgoing call logged to ⟦ph⟧ (family member)\n1130  Count cleared, 0 discrepancies\n",
        at=(f"{af} {al}", PER), bar=nz(r, 6), dn=(df, PER), ph=(phone(r, "us"), PHO))
    return d


def k_edi_834(r):
    d = Doc("en")
    fn, ln = names(r, origin(r)["key"])
    a = addr(r, "us")
    day = rdate(r, 2025, 2026)
    yy = f"{day.year % 100:02d}{day.month:02d}{day.day:02d}"
    hh = f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    ctl = digits(r, 9)
    area = pick(r, US_CITIES)[3]
    d.f("ISA*00*          *00*          *ZZ*STATERMA       *ZZ*HEALTHPLAN01   *⟦d⟧*⟦t⟧*^*00501*⟦c⟧*0*P*:~\nGS*BE*STATERMA*HP01*⟦D⟧*⟦t⟧*⟦g⟧*X*005010X220A1~\n"
        "ST*834*0001*005010X220A1~\nBGN*00*⟦ref⟧*⟦D⟧*⟦t⟧****2~\nN1*P5*STATE REFUGEE MEDICAL ASSISTANCE*FI*⟦fi⟧~\nINS*Y*18*021*28*A***FT~\n",
        d=yy, t=hh, c=ctl, D=hl7d(day), g=r.randint(1, 9999), ref=f"RMA{digits(r, 7)}", fi=nz(r, 9))
    d.f("REF*0F*⟦hp⟧~\nREF*1L*⟦grp⟧~\nDTP*356*D8*⟦st⟧~\nNM1*IL*1*⟦nm⟧~\nPER*IP**TE*⟦ph⟧~\nN3*⟦n3⟧~\nN4*⟦city⟧*⟦state⟧*⟦zip⟧~\nDMG*D8*⟦dob⟧*⟦sx⟧~\n",
        hp=(hpn(r), HPN), grp=f"GRP{digits(r, 5)}", st=(hl7d(day + _dt.timedelta(days=r.randint(1, 30))), DT), nm=(f"{ln.upper()}*{fn.upper()}*{pick(r, UP)}", PER),
        ph=(f"{area}55501{digits(r, 2)}", PHO), n3=(a["street"].upper(), ADR), city=(a["city"].upper(), LOC), state=(a["region"], LOC), zip=a["pc"],
        dob=(hl7d(rdob(r)), DOB), sx=pick(r, "FM"))
    d.f("HD*021**HLT*RMA01*EMP~\nDTP*348*D8*⟦cs⟧~\nSE*15*0001~\nGE*1*⟦g⟧~\nIEA*1*⟦c⟧~\n",
        cs=(hl7d(day + _dt.timedelta(days=r.randint(1, 30))), DT), g=r.randint(1, 9999), c=ctl)
    return d


def k_sql_dump(r):
    d = Doc("en")
    d.f("-- dump of table applicants (visa_portal) - pg_dump ⟦v⟧\nINSERT INTO applicants (id, surname, given_names, dob, email, phone, passport_no, last_login_ip, status) VALUES\n", v=version(r))
    n = r.randint(2, 4)
    for i in range(n):
        o = origin(r)
        fn, ln = names(r, o["key"])
        d.f("(⟦id⟧, '⟦ln⟧', '⟦fn⟧', '⟦dob⟧', '⟦em⟧', '⟦ph⟧', '⟦pp⟧', '⟦ip⟧', '⟦st⟧')⟦end⟧\n",
            id=r.randint(1000, 99999), ln=(ln.upper().replace("'", ""), PER), fn=(fn, PER), dob=(iso(rdob(r)), DOB), em=(mk_email(r, fn, ln), EMA),
            ph=(o_phone(r, o), PHO), pp=passport_no(r), ip=(ip(r), IP), st=pick(r, ["SUBMITTED", "BIOMETRICS_DONE", "DECIDED", "DRAFT"]),
            end="," if i < n - 1 else ";")
    d.f("-- ⟦n⟧ rows; checksum ⟦h⟧\n", n=n, h=sha(r, 32))
    return d


def k_python_bot(r):
    d = Doc("en")
    f, l = names(r, origin(r)["key"])
    d.f('#!/usr/bin/env python3\n"""Poll the consulate booking site and ping me when an earlier interview slot opens."""\nimport time\n\nimport requests\n\n'
        'LOGIN_URL = "⟦lu⟧"\nSLOTS_URL = "⟦su⟧"\nUSERNAME = "⟦em⟧"\nPASSWORD = "⟦pw⟧"\nCAPTCHA_API_KEY = "⟦ck⟧"\nTELEGRAM_BOT_TOKEN = "⟦tg⟧"\nCHAT_ID = ⟦cid⟧\nNOTIFY_URL = "⟦nu⟧"\n'
        'NOTIFY_BEFORE = "⟦nb⟧"  # only slots earlier than my current appointment\n\n',
        lu=("https://appointments.consular-services.net/en/login", URL), su=(f"https://appointments.consular-services.net/api/slots?post={pick(r, IATA)}&visa=B1B2", URL),
        em=(mk_email(r, f, l), EMA), pw=(password(r).replace('"', ""), PWD), ck=(rs(r, 32, HEX), GEN), tg=(f"{nz(r, 10)}:AA{rs(r, 33, AN + '_-')}", GEN),
        cid=nz(r, 9), nu=("https://hooks.case-tracker.io/notify/slot-bot", URL), nb=(iso(rdate(r, 2025, 2026)), DT))
    d.t('def check(session):\n    session.post(LOGIN_URL, data={"user": USERNAME, "pass": PASSWORD}, timeout=30)\n    slots = session.get(SLOTS_URL, timeout=30).json()\n'
        '    return [s for s in slots if s["date"] < NOTIFY_BEFORE]\n\n\nwhile True:\n    found = check(requests.Session())\n    if found:\n'
        '        requests.post(NOTIFY_URL, json={"chat_id": CHAT_ID, "token": TELEGRAM_BOT_TOKEN, "text": str(found)})\n    time.sleep(300)\n')
    return d


def k_tfvars(r):
    d = Doc("en")
    f, l = names(r, "us")
    d.f('# terraform.tfvars - visa-processing-infra (prod)\naws_region         = "eu-west-1"\naws_access_key     = "⟦ak⟧"\naws_secret_key     = "⟦sk⟧"\ndb_master_password = "⟦pw⟧"\n',
        ak=(aws_ak(r), AKID), sk=(aws_sk(r), ASK), pw=(password(r).replace('"', ""), PWD))
    d.f('bastion_allowed_cidrs = ["⟦i1⟧/32", "⟦i2⟧/32"]\napp_image_tag      = "⟦tag⟧"\nalert_email        = "⟦em⟧"\nkms_key_alias      = "alias/visa-docs"\nenvironment        = "prod"\n',
        i1=(ipv4(r), IP), i2=(ipv4(r), IP), tag=sha(r, 12), em=(mk_email(r, f, l, "visa-processing.gov-contractor.com"), EMA))
    return d


def k_sftp_ticket(r):
    d = Doc("en")
    f, l = names(r, "gb")
    f2, l2 = names(r, "in")
    d.f("Ticket ⟦tk⟧ - SFTP document exchange with visa application centre partner\nReporter: ⟦n⟧ (⟦em⟧)\nPriority: High\n\nDescription:\n"
        "The nightly transfer of biometrics batches to ⟦host⟧ fails with \"Permission denied (publickey)\". I regenerated the key pair; the private key is below so ops can install it on the jump host:\n\n⟦pk⟧\n\n",
        tk=ticket_no(r, "OPS"), n=(f"{f} {l}", PER), em=(mk_email(r, f, l, "vac-partners.com"), EMA), host=(ipv4(r), IP), pk=(pem(r), PEM))
    d.f("Username: vac_batch   Port: 22   Host key fingerprint: SHA256:⟦fp⟧\n\nComments:\n⟦n2⟧: Please never paste private keys into tickets. Rotating now; ticket flagged for security review.\n",
        fp=base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("="), n2=(f"{f2} {l2}", PER))
    return d


def k_jwt_log(r):
    d = Doc("en")
    day = rdate(r, 2025, 2026)
    f, l = names(r, "us")
    d.f("⟦t1⟧ DEBUG http.request method=GET path=/api/v2/cases/⟦cid⟧/documents remote=⟦ip⟧\n⟦t2⟧ DEBUG http.headers Authorization=\"Bearer ⟦jwt⟧\" X-Request-Id=⟦rid⟧\n",
        t1=log_ts(r, day), cid=nz(r, 8), ip=(ip(r), IP), t2=log_ts(r, day), jwt=(jwt(r, {"role": "caseworker", "post": pick(r, IATA)}), JWT), rid=uuid(r))
    d.f("⟦t3⟧ INFO  auth.ok user=⟦em⟧ role=caseworker tenant=consulate-⟦ten⟧\n⟦t4⟧ WARN  ratelimit remaining=⟦rem⟧ reset=⟦ep⟧\n⟦t5⟧ INFO  http.response status=200 bytes=⟦b⟧ duration_ms=⟦ms⟧\n",
        t3=log_ts(r, day), em=(mk_email(r, f, l, "consular-services.net"), EMA), ten=pick(r, IATA).lower(), t4=log_ts(r, day), rem=r.randint(0, 9), ep=epoch(r),
        t5=log_ts(r, day), b=r.randint(200, 90000), ms=r.randint(5, 900))
    return d


def k_webhook(r):
    d = Doc("en")
    o = origin(r)
    fn, ln = names(r, o["key"])
    dd = rdate(r, 2025, 2026)
    pu = dd + _dt.timedelta(days=r.randint(2, 10))
    h, m = rtime(r)
    d.f("# webhook subscription (case-tracker)\nendpoint: ⟦ep⟧\nsigning_secret: ⟦ss⟧\nevents: [application.decided, passport.ready]\n\n",
        ep=(pick(r, ["https://hooks.case-tracker.io/visa-status", "https://intake.immigration-help.org/webhooks/decisions"]), URL), ss=("whsec_" + rs(r, 32), GEN))
    d.f("POST /visa-status HTTP/1.1\nX-Signature: t=⟦ep⟧,v1=⟦sig⟧\nContent-Type: application/json\n\n", ep=epoch(r), sig=sha(r, 64))
    d.f('{"id": "evt_⟦eid⟧", "type": "application.decided", "created": ⟦cr⟧,\n "data": {"applicant": {"name": "⟦n⟧", "email": "⟦em⟧"}, "decision": "⟦dec⟧",\n'
        '  "decision_date": "⟦dd⟧", "passport_pickup": "⟦pu⟧", "centre": "⟦c⟧", "reference": "⟦ref⟧"}}\n',
        eid=rs(r, 24), cr=epoch(r), n=(f"{fn} {ln}", PER), em=(mk_email(r, fn, ln), EMA), dec=pick(r, ["approved", "refused", "approved"]),
        dd=(iso(dd), DT), pu=(f"{iso(pu)}T{h:02d}:{m:02d}:00", DT), c=(o["city"], LOC), ref=booking_ref(r))
    return d


SMS_LOCS = ["us", "gb", "de", "fr", "es", "it", "nl", "pl"]


def k_sms_log(r):
    d = Doc("en")
    d.t("ts,direction,to,template,body,status\n")
    for _ in range(r.randint(2, 4)):
        loc = pick(r, SMS_LOCS)
        fn, ln = names(r, pick(r, [loc if loc in NAMES else "us", origin(r)["key"]]))
        day = rdate(r, 2025, 2026)
        d.f("⟦ts⟧,outbound,⟦ph⟧,APPT_REMINDER,\"Dear ⟦n⟧, your appointment at the visa application centre is on ⟦ap⟧. Ref ⟦ref⟧.\",⟦st⟧\n",
            ts=log_ts(r, day - _dt.timedelta(days=2)), ph=(phone(r, loc), PHO), n=(f"{fn} {ln}", PER), ap=(fdt(r, day, *rtime(r), "en", weekday=False, dstyle="gb"), DT),
            ref=booking_ref(r), st=pick(r, ["delivered", "delivered", "failed", "queued"]))
    return d


def k_family_form(r):
    d = Doc("en")
    loc = pick(r, ["gb", "ca", "de", "nl", "sv", "no", "fi", "da"])
    o = origin(r, ["sy", "af", "er", "ua", "eg", "pk"])
    _, ln = names(r, o["key"])
    nkids = r.randint(1, 3)
    fam = firsts(r, o["key"], 2 + nkids)
    fn, sf, kids = fam[0], fam[1], fam[2:]
    a = addr(r, loc)
    sign = rdate(r, 2025, 2026)
    d.f("FAMILY REUNIFICATION - SPONSOR QUESTIONNAIRE\n\nPart A - Sponsor\nFull name: ⟦n⟧\nDate of birth: ⟦dob⟧\nCurrent address: ⟦ad⟧\nPhone: ⟦ph⟧   Email: ⟦em⟧\nResidence permit valid until: ⟦rp⟧\n\n",
        n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r, 1965, 1998), "en", "gb"), DOB), ad=(a["one"], ADR), ph=(phone(r, loc), PHO),
        em=(mk_email(r, fn, ln, loc=loc), EMA), rp=(fdate(r, rdate(r, 2026, 2029), "en", "gb"), DT))
    city2 = pick(r, [x for x in ORIGINS if x[0] == o["key"]][0][4])
    d.f("Part B - Family members abroad\n1. Spouse: ⟦sp⟧, born ⟦sd⟧ in ⟦pob⟧, currently living in ⟦cur⟧\n",
        sp=(f"{sf} {ln}", PER), sd=(fdate(r, rdob(r, 1965, 2000), "en", "gb"), DOB), pob=(f"{o['city']}, {o['country']}", LOC), cur=(pick(r, CAMPS), LOC))
    for i, cf in enumerate(kids):
        d.f("⟦i⟧. Child: ⟦c⟧, born ⟦cd⟧ in ⟦pob⟧\n", i=i + 2, c=(f"{cf} {ln}", PER), cd=(fdate(r, rdob(r, 2008, 2021), "en", "gb"), DOB), pob=(city2, LOC))
    d.f("\nPart C - Declaration\nI confirm that the information given is complete and correct.\nSigned at ⟦c⟧ on ⟦dt⟧.\n", c=(a["city"], LOC), dt=(fdate(r, sign, "en", "long_gb"), DT))
    return d


def k_cos_letter(r):
    d = Doc("en")
    a = addr(r, "gb")
    wa = addr(r, "gb")
    o = origin(r, ["in", "ng", "ph", "pk", "ke", "bd"])
    fn, ln = names(r, o["key"])
    hf, hl = names(r, "gb")
    issued = rdate(r, 2025, 2025)
    start = issued + _dt.timedelta(days=r.randint(30, 120))
    d.f("⟦co⟧\n⟦ad⟧\n\n⟦dt⟧\n\nCERTIFICATE OF SPONSORSHIP - ASSIGNMENT CONFIRMATION\n\n",
        co=pick(r, ["Brightwater Analytics Ltd", "Northbank Care Homes Ltd", "Kestrel Engineering Ltd", "Silverline Logistics plc"]),
        ad=(lines_of(a), ADR), dt=(fdate(r, issued, "en", "long_gb"), DT))
    d.f("CoS reference: ⟦cos⟧\nSponsor licence no.: ⟦lic⟧\nWorker: ⟦wn⟧   Date of birth: ⟦dob⟧   Nationality: ⟦adj⟧\nJob title: ⟦jt⟧   SOC code: ⟦soc⟧\nGross salary: ⟦sal⟧ per annum\n",
        cos=f"C2G{rs(r, 7, UP + DG)}", lic=rs(r, 8, UP + DG), wn=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r, 1975, 2002), "en", "gb"), DOB), adj=o["adj"],
        jt=pick(r, ["Senior Care Worker", "Software Engineer", "Staff Nurse", "Mechanical Engineer"]), soc=pick(r, ["6136", "2134", "2231", "2122"]),
        sal=pick(r, ["£38,700", "£29,000", "£52,500", "£41,100"]))
    d.f("Start date: ⟦sd⟧   End date: ⟦ed⟧\nWork location: ⟦wl⟧\nHR contact: ⟦hn⟧, ⟦he⟧, ⟦hp⟧\n",
        sd=(fdate(r, start, "en", "gb"), DT), ed=(fdate(r, start + _dt.timedelta(days=365 * 3), "en", "gb"), DT), wl=(wa["one"], ADR),
        hn=(f"{hf} {hl}", PER), he=(mk_email(r, hf, hl, "hr-sponsor.co.uk"), EMA), hp=(phone(r, "gb"), PHO))
    return d


def k_appeal_letter(r):
    d = Doc("en")
    fa = addr(r, "gb")
    ta = addr(r, "gb")
    o = origin(r)
    fn, ln = names(r, o["key"])
    sf, sl = names(r, "gb")
    dec = rdate(r, 2025, 2025)
    d.f("⟦firm⟧ Solicitors\n⟦fa⟧\nTel: ⟦ph⟧   Email: ⟦em⟧\n\nFirst-tier Tribunal (Immigration and Asylum Chamber)\n⟦ta⟧\n\nOur ref: ⟦or⟧   Home Office ref: ⟦hr⟧\n⟦dt⟧\n\n",
        firm=pick(r, ["Pritchard Ashworth", "Turner & Bennett", "Morgan Hughes"]), fa=(lines_of(fa), ADR), ph=(phone(r, "gb"), PHO),
        em=(mk_email(r, sf, sl, "pa-solicitors.co.uk"), EMA), ta=(ta["one"], ADR), **{"or": f"{sl[:2].upper()}/{digits(r, 5)}"},
        hr=f"{pick(r, UP)}{digits(r, 7)}", dt=(fdate(r, dec + _dt.timedelta(days=r.randint(2, 9)), "en", "long_gb"), DT))
    d.f("Dear Sir or Madam,\n\nRe: ⟦cn⟧ (DOB ⟦dob⟧) - notice of appeal\n\nWe act for the above-named appellant, a national of ⟦c⟧, whose human rights claim was refused by decision dated ⟦dd⟧. "
        "The time limit for lodging the appeal expires on ⟦dl⟧. Grounds of appeal and the bundle index are enclosed.\n\nYours faithfully,\n\n⟦sn⟧\nSolicitor\n",
        cn=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r), "en", "gb"), DOB), c=(o["country"], LOC), dd=(fdate(r, dec, "en", "long_gb"), DT),
        dl=(fdate(r, dec + _dt.timedelta(days=14), "en", "long_gb"), DT), sn=(f"{sf} {sl}", PER))
    return d


def k_accommodation(r):
    d = Doc("en")
    loc = pick(r, ["gb", "us", "ca", "de", "nl", "fr"])
    a = addr(r, loc)
    lf, ll = names(r, loc if loc in NAMES else "us")
    tf, tl = names(r, origin(r)["key"])
    st = rdate(r, 2023, 2025)
    d.f("LETTER OF ACCOMMODATION\n\nI, ⟦ln⟧, owner of the property at ⟦ad⟧, confirm that ⟦tn⟧ (born ⟦dob⟧) has rented the flat since ⟦st⟧ under a tenancy agreement running until ⟦en⟧. Monthly rent: ⟦rent⟧.\n\n",
        ln=(f"{lf} {ll}", PER), ad=(a["one"], ADR), tn=(f"{tf} {tl}", PER), dob=(fdate(r, rdob(r), "en", "gb"), DOB), st=(fdate(r, st, "en", "long_gb"), DT),
        en=(fdate(r, st + _dt.timedelta(days=730), "en", "long_gb"), DT), rent=pick(r, ["£1,250", "€980", "$1,875", "CAD 2,100"]))
    d.f("Utilities are registered in the tenant's name: electricity account no. ⟦a1⟧, broadband customer no. ⟦a2⟧.\nContact: ⟦ph⟧, ⟦em⟧\n\nSigned ⟦sd⟧\n⟦ln⟧\n",
        a1=(acct(r), ACC), a2=(acct(r), ACC), ph=(phone(r, loc), PHO), em=(mk_email(r, lf, ll, loc=loc if loc in DOMAINS else "us"), EMA),
        sd=(fdate(r, rdate(r, 2025, 2025), "en", "gb"), DT), ln=(f"{lf} {ll}", PER))
    return d


def k_dmv_presence(r):
    d = Doc("en")
    fn, ln = names(r, origin(r)["key"])
    a = addr(r, "us")
    st, dln = us_dl(r)
    cf, cl = names(r, "us")
    d.f("DMV - LEGAL PRESENCE VERIFICATION (SAVE) WORKSHEET\nApplicant: ⟦n⟧\nDOB: ⟦dob⟧\nResidential address: ⟦ad⟧\nCurrent DL/ID no.: ⟦dl⟧   Class C\n",
        n=(f"{ln.upper()}, {fn.upper()}", PER), dob=(fdate(r, rdob(r), "en", "us"), DOB), ad=(a["one"], ADR), dl=(dln, DL))
    d.f("Document presented: EAD card ⟦ead⟧, category C09, expiring ⟦ex⟧\nI-94 no.: ⟦i94⟧\nSAVE case no.: ⟦sv⟧   Response: institute additional verification\nTemporary license valid until: ⟦tl⟧\nClerk: ⟦cn⟧ (window 4)\n",
        ead=receipt_no(r), ex=(fdate(r, rdate(r, 2025, 2027), "en", "us"), DT), i94=digits(r, 11), sv=f"{r.randint(2025, 2026)}{digits(r, 9)}{rs(r, 2, UP)}",
        tl=(fdate(r, rdate(r, 2025, 2026), "en", "us"), DT), cn=(f"{cf} {cl}", PER))
    return d


def k_asylum_transcript(r):
    d = Doc("en")
    o = origin(r, ["sy", "af", "er", "eg", "co", "ua", "bd"])
    fn, ln = names(r, o["key"])
    of, ol = names(r, "us")
    itf, bf = firsts(r, o["key"], 2, (fn,))
    itl = pick(r, [x for x in NAMES[o["key"]][1] if x != ln])
    bc = pick(r, US_CITIES)
    transit = pick(r, ["Turkey", "Greece", "Italy", "Mexico", "Panama", "Sudan", "Iran"])
    d.f("ASYLUM INTERVIEW - RECORD OF QUESTIONS AND ANSWERS\nInterviewing officer: ⟦of⟧   Interpreter: ⟦it⟧\n\n",
        of=(f"{of} {ol}", PER), it=(f"{itf} {itl}", PER))
    d.f("Q: Please state your full name.\nA: ⟦n⟧.\nQ: What is your date of birth?\nA: ⟦dob⟧.\nQ: Where were you born?\nA: In ⟦pob⟧.\n",
        n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r, 1970, 2004), "en", "long_gb"), DOB), pob=(f"{o['city']}, {o['country']}", LOC))
    d.f("Q: When did you leave your country?\nA: On ⟦dt⟧. I crossed into ⟦tr⟧ and stayed there for ⟦mo⟧ months.\nQ: Do you have relatives in this country?\nA: My cousin ⟦bn⟧ lives in ⟦bc⟧. The number I have is ⟦ph⟧.\n",
        dt=(fdate(r, rdate(r, 2022, 2024), "en", "long_gb"), DT), tr=(transit, LOC), mo=r.randint(2, 18), bn=(f"{bf} {ln}", PER),
        bc=(f"{bc[0]}, {bc[1]}", LOC), ph=(phone(r, "us"), PHO))
    d.f("Q: Why did you leave?\nA: I was detained twice because of my political activity and was told I would be arrested again.\nQ: Have you ever used another name?\nA: No.\n")
    return d


def k_remote_hearing(r):
    d = Doc("en")
    jf, jl = names(r, "gb")
    cf, cl = names(r, "gb")
    day = rdate(r, 2025, 2026)
    mid = f"{digits(r, 3)} {digits(r, 4)} {digits(r, 4)}"
    d.f("Subject: Remote hearing - video link and passcode\n\nYour case management review (appeal no. ⟦ap⟧) will take place by video on ⟦dt⟧.\nJudge: ⟦j⟧\n\n",
        ap=f"{pick(r, ['PA', 'HU', 'EA'])}/{digits(r, 5)}/{r.randint(2024, 2026)}", dt=(fdt(r, day, *rtime(r), "en", dstyle="long_gb"), DT), j=(f"{jf} {jl}", PER))
    d.f("Join: ⟦u⟧\nMeeting ID: ⟦mid⟧\nPasscode: ⟦pc⟧\nDial-in (audio only): ⟦ph⟧\n\nPlease join 15 minutes before the start time. If you have problems connecting, contact the clerk, ⟦cn⟧, at ⟦em⟧.\n",
        u=(f"https://video-hearings.tribunal-services.org/j/{mid.replace(' ', '')}?pwd={rs(r, 22)}", URL), mid=mid, pc=(meeting_code(r), PWD),
        ph=(phone(r, "gb"), PHO), cn=(f"{cf} {cl}", PER), em=(mk_email(r, cf, cl, "tribunal-services.org"), EMA))
    return d


def git_date(r):
    d = rdate(r, 2024, 2026)
    return f"{WEEKDAYS['en'][d.weekday()][:3]} {MONTHS['en'][d.month - 1][:3]} {d.day} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {d.year} +0100"


def k_git_diff(r):
    d = Doc("en")
    f, l = names(r, pick(r, ["us", "de", "in", "pl"]))
    d.f("commit ⟦sha⟧\nAuthor: ⟦n⟧ <⟦em⟧>\nDate:   ⟦dt⟧\n\n    remove hardcoded credentials from slot-sync worker\n\n", sha=sha(r), n=(f"{f} {l}", PER),
        em=(mk_email(r, f, l, "users.noreply.github.com"), EMA), dt=git_date(r))
    d.f("diff --git a/worker/config.py b/worker/config.py\nindex ⟦a⟧..⟦b⟧ 100644\n--- a/worker/config.py\n+++ b/worker/config.py\n@@ -8,9 +8,9 @@ import os\n",
        a=sha(r, 7), b=sha(r, 7))
    d.f('-AWS_ACCESS_KEY_ID = "⟦ak⟧"\n-AWS_SECRET_ACCESS_KEY = "⟦sk⟧"\n-SLACK_TOKEN = "⟦sl⟧"\n', ak=(aws_ak(r), AKID), sk=(aws_sk(r), ASK), sl=(slack_token(r), SLK))
    d.t('+AWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]\n+AWS_SECRET_ACCESS_KEY = os.environ["AWS_SECRET_ACCESS_KEY"]\n+SLACK_TOKEN = os.environ["SLACK_TOKEN"]\n QUEUE_NAME = "slot-sync"\n POLL_SECONDS = 45\n')
    return d


def k_runbook(r):
    d = Doc("en")
    a, b = names(r, "us"), names(r, "gb")
    d.f("# Runbook: appointment-sync outage\n\n**Owner:** ⟦a⟧ (on-call primary, ⟦ap⟧)\n**Escalation:** ⟦b⟧ (⟦be⟧)\n\n## Symptoms\n- Applicants see \"no slots available\" for more than 30 minutes.\n- Panel `sync_lag_seconds` above 900.\n\n",
        a=(f"{a[0]} {a[1]}", PER), ap=(phone(r, "us"), PHO), b=(f"{b[0]} {b[1]}", PER), be=(mk_email(r, b[0], b[1], "consular-services.net"), EMA))
    d.f("## Steps\n1. Open the dashboard at ⟦u⟧.\n2. SSH to the worker: `ssh ops@⟦ip⟧`.\n3. Restart: `systemctl restart slot-sync` (current release ⟦v⟧).\n"
        "4. Credentials live in Vault under `secret/slot-sync`; never paste them here. The unit reads `${SLOT_SYNC_TOKEN}` and `${DB_PASSWORD}`.\n",
        u=(f"https://grafana.consular-services.net/d/{rs(r, 9, LO + DG)}/slot-sync?orgId=1", URL), ip=(ipv4(r), IP), v=version(r))
    if chance(r, 0.35):
        d.f("   (temporary break-glass password until rotation: `⟦pw⟧`)\n", pw=(password(r).replace("`", ""), PWD))
    d.f("5. If the partner API is down, call the partner NOC on ⟦ph⟧.\n\n_Last reviewed: Q⟦q⟧ ⟦y⟧_\n", ph=(phone(r, "gb"), PHO), q=r.randint(1, 4), y=r.randint(2024, 2026))
    return d


def k_i9_notes(r):
    d = Doc("en")
    fn, ln = names(r, origin(r)["key"])
    a = addr(r, "us")
    st, dln = us_dl(r)
    hf, hl = names(r, "us")
    d.f("FORM I-9 SECTION 2 - EMPLOYER REVIEW NOTES\nEmployee: ⟦n⟧   Other last names used: N/A\nDOB: ⟦dob⟧   SSN: ⟦ss⟧\nAddress: ⟦ad⟧\nEmail: ⟦em⟧   Phone: ⟦ph⟧\n\n",
        n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r, 1960, 2005), "en", "us"), DOB), ss=(ssn(r), SSN), ad=(a["one"], ADR), em=(mk_email(r, fn, ln), EMA), ph=(phone(r, "us"), PHO))
    d.f("List B: driver license ⟦dl⟧, issuing authority ⟦st⟧, expiration ⟦ex⟧\nList C: unrestricted Social Security card\nFirst day of employment: ⟦fd⟧\n",
        dl=(dln, DL), st=(US_STATE_NAME[st], LOC), ex=(fdate(r, rdate(r, 2026, 2031), "en", "us"), DT), fd=(fdate(r, rdate(r, 2025, 2026), "en", "us"), DT))
    d.f("E-Verify case no.: ⟦ev⟧   Result: employment authorized\nReviewer: ⟦hn⟧, HR Generalist\n", ev=f"{r.randint(2025, 2026)}{digits(r, 9)}{rs(r, 2, UP)}", hn=(f"{hf} {hl}", PER))
    return d


# --------------------------------------------------------------------------
# non-English document kinds
# --------------------------------------------------------------------------
def k_de_einladung(r):
    d = Doc("de")
    oa = addr(r, "de")
    ha = addr(r, "de")
    o = origin(r)
    fn, ln = names(r, o["key"])
    sf, sl = names(r, "de")
    anrede = pick(r, [("Herrn", "Sehr geehrter Herr"), ("Frau", "Sehr geehrte Frau")])
    dt = rdate(r, 2025, 2025)
    d.f("Landesamt für Einwanderung - Ausländerbehörde\n⟦oa⟧\nTel.: ⟦tel⟧\n\n⟦c⟧, ⟦dt⟧\n\n⟦an⟧\n⟦n⟧\n⟦ha⟧\n\nAktenzeichen: ⟦az⟧\n\n",
        oa=(oa["one"], ADR), tel=(phone(r, "de"), PHO), c=(oa["city"], LOC), dt=(fdate(r, dt, "de", "long"), DT), an=anrede[0],
        n=(f"{fn} {ln}", PER), ha=(lines_of(ha), ADR), az=f"ABH-{r.randint(2024, 2026)}-{digits(r, 6)}")
    d.f("Einladung zur persönlichen Vorsprache - Verlängerung Ihrer Aufenthaltserlaubnis\n\n⟦ar⟧ ⟦ln⟧,\n\nIhre Aufenthaltserlaubnis nach § 18b AufenthG ist bis zum ⟦gu⟧ gültig. "
        "Bitte sprechen Sie am ⟦tm⟧ persönlich bei uns vor.\n\n",
        ar=anrede[1], ln=(ln, PER), gu=(fdate(r, dt + _dt.timedelta(days=r.randint(20, 90)), "de"), DT),
        tm=(fdt(r, dt + _dt.timedelta(days=r.randint(5, 20)), *rtime(r), "de"), DT))
    d.f("Bitte bringen Sie mit: Reisepass, ein biometrisches Lichtbild, Nachweis der Krankenversicherung (Versichertennummer ⟦kv⟧), Arbeitsvertrag und Mietvertrag. "
        "Die Gebühr beträgt 100,00 €.\n\nRückfragen richten Sie bitte an ⟦em⟧ oder telefonisch an ⟦ph⟧.\n\nMit freundlichen Grüßen\nIm Auftrag\n⟦sb⟧\n",
        kv=(f"{pick(r, UP)}{digits(r, 9)}", HPN), em=(mk_email(r, sf, sl, "einwanderung-behoerde.de"), EMA), ph=(phone(r, "de"), PHO), sb=(f"{sf} {sl}", PER))
    return d


def k_de_sperrkonto(r):
    d = Doc("de")
    o = origin(r, ["in", "cn", "ng", "pk", "vn", "eg", "bd", "co"])
    fn, ln = names(r, o["key"])
    dt = rdate(r, 2025, 2025)
    d.f("Bestätigung über die Eröffnung eines Sperrkontos für ausländische Studierende\n\nKontoinhaber/in: ⟦n⟧\nGeburtsdatum: ⟦dob⟧\nGeburtsort: ⟦pob⟧\nE-Mail: ⟦em⟧\n\n",
        n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r, 1995, 2006), "de"), DOB), pob=(f"{o['city']}, {o['country']}", LOC), em=(mk_email(r, fn, ln, "gmail.com"), EMA))
    d.f("Kontonummer: ⟦kn⟧\nIBAN: ⟦ib⟧\nBIC: ⟦bic⟧\nEinzahlungsbetrag: 11.904,00 €\nMonatlicher Auszahlungsbetrag: 992,00 €\n\n",
        kn=(nz(r, 10), ACC), ib=(iban(r, "DE"), IBAN), bic=pick(r, ["DEUTDEFFXXX", "COBADEFFXXX", "BYLADEM1001"]))
    d.f("Das Guthaben ist gesperrt bis zur ersten Einreise in die ⟦brd⟧. Die erste Auszahlung erfolgt frühestens zum ⟦fa⟧.\n"
        "Servicehotline: ⟦ph⟧ (Mo-Fr)\n\n⟦c⟧, den ⟦dt⟧\nIhr Team Auslandskonten\n",
        brd=("Bundesrepublik Deutschland", LOC), fa=(fdate(r, dt + _dt.timedelta(days=r.randint(30, 120)), "de"), DT), ph=(phone(r, "de"), PHO),
        c=(pick(r, ["Berlin", "Frankfurt am Main", "München", "Hamburg"]), LOC), dt=(fdate(r, dt, "de", "long"), DT))
    return d


def k_fr_convocation(r):
    d = Doc("fr")
    pa = addr(r, "fr")
    ha = addr(r, "fr")
    o = origin(r)
    fn, ln = names(r, o["key"])
    cf, cl = names(r, "fr")
    dt = rdate(r, 2025, 2025)
    civ = pick(r, ["Madame", "Monsieur"])
    d.f("PRÉFECTURE - Service de l'immigration et de l'intégration\n⟦pa⟧\n\n⟦c⟧, le ⟦dt⟧\n\nObjet : convocation - remise de titre de séjour\nRéf. : ⟦ref⟧\n\n⟦civ⟧ ⟦n⟧,\n\n",
        pa=(pa["one"], ADR), c=(pa["city"], LOC), dt=(fdate(r, dt, "fr", "long"), DT), ref=f"{digits(r, 4)}/{r.randint(2024, 2026)}/{digits(r, 5)}", civ=civ, n=(f"{fn} {ln.upper()}", PER))
    d.f("Votre titre de séjour « ⟦cat⟧ » est disponible. Vous êtes convoqué(e) le ⟦rdv⟧ au guichet n° ⟦g⟧, muni(e) de votre passeport, du récépissé et d'un timbre fiscal de 225 €.\n\n",
        cat=pick(r, ["salarié", "étudiant", "vie privée et familiale", "passeport talent"]), rdv=(fdt(r, dt + _dt.timedelta(days=r.randint(7, 40)), *rtime(r), "fr"), DT), g=r.randint(1, 12))
    d.f("Numéro étranger : ⟦ne⟧\nDate de naissance : ⟦dob⟧\nAdresse déclarée : ⟦ha⟧\n\nPour toute question : ⟦em⟧ ou ⟦ph⟧.\n\nLe chef de bureau,\n⟦cn⟧\n",
        ne=nz(r, 10), dob=(fdate(r, rdob(r), "fr"), DOB), ha=(ha["one"], ADR), em=(mk_email(r, cf, cl, "prefecture-sejour.fr"), EMA), ph=(phone(r, "fr"), PHO), cn=(f"{cf} {cl}", PER))
    return d


def k_fr_ofii(r):
    d = Doc("fr")
    a = addr(r, "fr")
    o = origin(r)
    fn, ln = names(r, o["key"])
    dt = rdate(r, 2025, 2026)
    d.f("Office français de l'immigration et de l'intégration\nCONVOCATION À LA VISITE MÉDICALE\n\n⟦civ⟧ ⟦n⟧\nNé(e) le ⟦dob⟧ à ⟦pob⟧\nN° de dossier : ⟦nd⟧\nDossier médical n° ⟦mrn⟧\nN° d'adhérent mutuelle : ⟦mut⟧\n\n",
        civ=pick(r, ["M.", "Mme"]), n=(f"{ln.upper()} {fn}", PER), dob=(fdate(r, rdob(r), "fr"), DOB), pob=(o["city"], LOC),
        nd=f"{r.randint(2024, 2026)}{digits(r, 2)}{digits(r, 6)}", mrn=(mrn(r), MRN), mut=(hpn(r), HPN))
    d.f("Rendez-vous : ⟦rdv⟧\nLieu : ⟦lieu⟧\n\nExamens prévus : radiographie pulmonaire, entretien avec le médecin, vérification des vaccinations. Durée : environ 2 heures.\n"
        "En cas d'empêchement, prévenez-nous au ⟦ph⟧ au moins 48 heures à l'avance.\n",
        rdv=(fdt(r, dt, *rtime(r), "fr"), DT), lieu=(a["one"], ADR), ph=(phone(r, "fr"), PHO))
    return d


def k_es_cita(r):
    d = Doc("es")
    a = addr(r, "es")
    o = origin(r, ["co", "mx", "br", "ua", "ph", "cn"])
    fn, ln = names(r, o["key"])
    d.f("De: Cita Previa Extranjería <⟦fr⟧>\nPara: ⟦em⟧\nFecha: ⟦hd⟧\nAsunto: Confirmación de cita - toma de huellas (TIE)\n\n",
        fr=("noreply@citaprevia-extranjeria.es", EMA), em=(mk_email(r, fn, ln, "gmail.com"), EMA), hd=hdr_date(r))
    d.f("Estimado/a ⟦n⟧:\n\nLe confirmamos su cita para la expedición de la Tarjeta de Identidad de Extranjero.\n\nNIE: ⟦nie⟧\nFecha y hora: ⟦fh⟧\nOficina: Comisaría de Policía, ⟦of⟧\nCódigo de justificante: ⟦cj⟧\n\n",
        n=(f"{fn} {ln}", PER), nie=f"{pick(r, 'XYZ')}{digits(r, 7)}{pick(r, UP)}", fh=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "es"), DT), of=(a["one"], ADR), cj=rs(r, 10, UP + DG))
    d.f("Debe presentar el modelo 790 código 012 (tasa de 16,08 €), el pasaporte y una fotografía reciente. Para anular la cita acceda a ⟦u⟧.\n",
        u=(f"https://sede.citaprevia-extranjeria.es/anular?codigo={rs(r, 10, UP + DG)}", URL))
    return d


def k_es_nota_abogado(r):
    d = Doc("es")
    a = addr(r, "es")
    o = origin(r, ["co", "mx", "br", "ph", "eg", "pk"])
    fn, ln = names(r, o["key"])
    af, al = names(r, "es")
    l1, l2 = pick(r, NAMES["es"][1]), pick(r, NAMES["es"][1])
    d.f("NOTA DE CONSULTA - ⟦firm⟧ Abogados\nFecha: ⟦f⟧\nCliente: ⟦n⟧\nFecha de nacimiento: ⟦dob⟧\nDomicilio: ⟦dom⟧\nTeléfono: ⟦ph⟧   Correo: ⟦em⟧\n\n",
        firm=f"{l1} & {l2}", f=(fdate(r, rdate(r, 2025, 2025), "es"), DT), n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r), "es"), DOB), dom=(a["one"], ADR),
        ph=(phone(r, "es"), PHO), em=(mk_email(r, fn, ln, loc="es"), EMA))
    d.f("Empadronado/a en ⟦c⟧ desde el ⟦ed⟧. Asunto: arraigo social; lleva más de tres años en ⟦es⟧ y tiene oferta de trabajo. "
        "Falta el informe de esfuerzo de integración y el certificado de antecedentes penales apostillado.\n\nCuenta para el pago de honorarios: ⟦ib⟧\nPróxima cita: ⟦pc⟧\nAbogada responsable: ⟦ab⟧\n",
        c=(a["city"], LOC), ed=(fdate(r, rdate(r, 2020, 2022), "es", "long"), DT), es=("España", LOC), ib=(iban(r, "ES"), IBAN),
        pc=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "es"), DT), ab=(f"{af} {al}", PER))
    return d


def k_it_ricevuta(r):
    d = Doc("it")
    a = addr(r, "it")
    o = origin(r)
    fn, ln = names(r, o["key"])
    d.f("QUESTURA - Ufficio Immigrazione\nRICEVUTA DI PRESENTAZIONE - PERMESSO DI SOGGIORNO\n\nRichiedente: ⟦n⟧\nNato/a il ⟦dob⟧ a ⟦c⟧ (⟦co⟧)\nDomicilio: ⟦dom⟧\nTelefono: ⟦ph⟧\n",
        n=(f"{ln.upper()} {fn.upper()}", PER), dob=(fdate(r, rdob(r), "it"), DOB), c=(o["city"], LOC), co=(o["country"], LOC), dom=(a["one"], ADR), ph=(phone(r, "it"), PHO))
    d.f("Motivo del soggiorno: ⟦mot⟧\nCodice assicurata: ⟦ca⟧\nImporto versato: 70,46 € + 30,46 €\n\nAppuntamento per i rilievi fotodattiloscopici: ⟦app⟧\n",
        mot=pick(r, ["lavoro subordinato", "studio", "motivi familiari", "attesa occupazione"]), ca=digits(r, 12),
        app=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "it"), DT))
    d.f("Presentarsi muniti di passaporto, quattro fotografie e della presente ricevuta. Lo stato della pratica è consultabile su ⟦u⟧.\n",
        u=(f"https://www.portale-permessi.it/stato?pratica={digits(r, 10)}", URL))
    return d


def k_pt_aima(r):
    d = Doc("pt")
    a = addr(r, "pt")
    o = origin(r, ["br", "in", "ua", "bd", "pk", "ph"])
    fn, ln = names(r, o["key"])
    d.f("AIMA - Agência para a Integração, Migrações e Asilo\nConfirmação de agendamento\n\nNome: ⟦n⟧\nData de nascimento: ⟦dob⟧\nN.º de processo: ⟦np⟧\nServiço: renovação de autorização de residência\n",
        n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r), "pt"), DOB), np=f"{r.randint(2024, 2026)}/{digits(r, 7)}")
    d.f("Data e hora: ⟦dh⟧\nLocal: ⟦loc⟧\nContacto: ⟦ph⟧ / ⟦em⟧\n\n",
        dh=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "pt"), DT), loc=(a["one"], ADR), ph=(phone(r, "pt"), PHO), em=(mk_email(r, fn, ln, loc="pt"), EMA))
    d.f("Documentos: passaporte válido, comprovativo de morada, NIF, comprovativo de meios de subsistência (extrato da conta com IBAN ⟦ib⟧). "
        "Em caso de impossibilidade, reagende em ⟦u⟧ com pelo menos 48 horas de antecedência.\n",
        ib=(iban(r, "PT"), IBAN), u=("https://agendamentos.aima-servicos.pt/reagendar", URL))
    return d


def k_nl_ind(r):
    d = Doc("nl")
    a = addr(r, "nl")
    o = origin(r)
    fn, ln = names(r, o["key"])
    sf, sl = names(r, "nl")
    pb = pick(r, [("Postbus 17", "9560 AA Ter Apel"), ("Postbus 287", "7600 AG Almelo"), ("Postbus 5800", "2280 HV Rijswijk")])
    dt = rdate(r, 2025, 2025)
    d.f("Immigratie- en Naturalisatiedienst\n⟦pb⟧\n\nDatum: ⟦dt⟧\nOns kenmerk: ⟦kn⟧\nOnderwerp: uitnodiging biometrie\n\nGeachte ⟦aan⟧ ⟦ln⟧,\n\n",
        pb=(f"{pb[0]}, {pb[1]}", ADR), dt=(fdate(r, dt, "nl", "long"), DT), kn=f"{nz(r, 10)}", aan=pick(r, ["heer", "mevrouw"]), ln=(ln, PER))
    d.f("U heeft een aanvraag ingediend voor een verblijfsvergunning. Wij nodigen u uit om uw biometrische gegevens te laten vastleggen op ⟦tm⟧ in het IND-loket, ⟦loc⟧.\n"
        "Neem uw paspoort en deze brief mee.\n\nUw gegevens: ⟦n⟧, geboren op ⟦dob⟧\n\nVragen? Bel ⟦ph⟧ (maandag tot en met vrijdag) of kijk op ⟦u⟧.\n\nMet vriendelijke groet,\n⟦sb⟧\n",
        tm=(fdt(r, dt + _dt.timedelta(days=r.randint(7, 30)), *rtime(r), "nl"), DT), loc=(a["one"], ADR), n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r), "nl"), DOB),
        ph=(phone(r, "nl"), PHO), u=("https://www.ind-afspraken.nl/biometrie", URL), sb=(f"{sf} {sl}", PER))
    return d


def k_pl_wniosek(r):
    d = Doc("pl")
    a = addr(r, "pl")
    o = origin(r, ["ua", "in", "ph", "bd", "vn", "co"])
    fn, ln = names(r, o["key"])
    d.f("WNIOSEK O UDZIELENIE ZEZWOLENIA NA POBYT CZASOWY - dane wnioskodawcy\n\nNazwisko: ⟦ln⟧\nImię: ⟦fn⟧\nData urodzenia: ⟦dob⟧\nMiejsce urodzenia: ⟦pob⟧\n",
        ln=(ln.upper(), PER), fn=(fn.upper(), PER), dob=(fdate(r, rdob(r), "pl"), DOB), pob=(o["city"], LOC))
    d.f("Adres zamieszkania: ⟦ad⟧\nTelefon: ⟦ph⟧\nE-mail: ⟦em⟧\nCel pobytu: praca\n\nTermin wizyty w urzędzie wojewódzkim: ⟦tw⟧\n",
        ad=(a["one"], ADR), ph=(phone(r, "pl"), PHO), em=(mk_email(r, fn, ln, loc="pl"), EMA), tw=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "pl"), DT))
    d.f("Opłata skarbowa: 440 zł - przelew na rachunek ⟦ib⟧\nSygnatura sprawy: ⟦sg⟧\nDo wniosku należy dołączyć 4 zdjęcia oraz kopię paszportu.\n",
        ib=(iban(r, "PL"), IBAN), sg=f"WSC-II-P.6151.{digits(r, 5)}.{r.randint(2024, 2026)}")
    return d


def k_sv_beslut(r):
    d = Doc("sv")
    a = addr(r, "sv")
    o = origin(r)
    fn, ln = names(r, o["key"])
    hf, hl = names(r, "sv")
    dt = rdate(r, 2025, 2025)
    fr = dt + _dt.timedelta(days=r.randint(1, 20))
    d.f("Migrationsverket\nBESLUT\nDatum: ⟦dt⟧\nÄrendenummer: ⟦an⟧\n\nSökande: ⟦n⟧, född ⟦dob⟧\nAdress: ⟦ad⟧\n\n",
        dt=(fdate(r, dt, "sv"), DT), an=f"{digits(r, 2)}-{digits(r, 6)}", n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r), "sv"), DOB), ad=(a["one"], ADR))
    d.f("Migrationsverket beviljar dig uppehålls- och arbetstillstånd från ⟦fr⟧ till ⟦to⟧.\n\nDu ska lämna fingeravtryck och bli fotograferad på servicekontoret i ⟦c⟧. Boka tid på ⟦u⟧.\n\n"
        "Har du frågor kan du ringa ⟦ph⟧.\n\nHandläggare: ⟦h⟧\n",
        fr=(fdate(r, fr, "sv", "long"), DT), to=(fdate(r, fr + _dt.timedelta(days=730), "sv", "long"), DT), c=(a["city"], LOC),
        u=("https://www.migrationsverket-bokning.se/boka-tid", URL), ph=(phone(r, "sv"), PHO), h=(f"{hf} {hl}", PER))
    return d


def k_da_siri(r):
    d = Doc("da")
    a = addr(r, "da")
    o = origin(r)
    fn, ln = names(r, o["key"])
    hf, hl = names(r, "da")
    dt = rdate(r, 2025, 2025)
    d.f("Styrelsen for International Rekruttering og Integration\n\nDato: ⟦dt⟧\nSagsnr.: ⟦sn⟧\n\nTil: ⟦n⟧\n⟦ad⟧\n\n",
        dt=(fdate(r, dt, "da", "long"), DT), sn=f"{digits(r, 2)}/{digits(r, 6)}", n=(f"{fn} {ln}", PER), ad=(lines_of(a), ADR))
    d.f("Vi har modtaget din ansøgning om opholdstilladelse som ⟦typ⟧. Du skal have taget biometri senest ⟦sen⟧.\n\nDu har fået tid til biometri ⟦tid⟧ i ⟦c⟧.\n"
        "Husk pas og kvittering for betalt gebyr.\n\nKontakt os på ⟦ph⟧ eller ⟦em⟧.\n\nVenlig hilsen\n⟦h⟧\n",
        typ=pick(r, ["lønmodtager", "studerende", "familiesammenført ægtefælle"]), sen=(fdate(r, dt + _dt.timedelta(days=14), "da"), DT),
        tid=(fdt(r, dt + _dt.timedelta(days=r.randint(3, 13)), *rtime(r), "da"), DT), c=(pick(r, ["København", "Aarhus", "Odense", "Aalborg"]), LOC),
        ph=(phone(r, "da"), PHO), em=(mk_email(r, hf, hl, "siri-sagsbehandling.dk"), EMA), h=(f"{hf} {hl}", PER))
    return d


def k_no_udi(r):
    d = Doc("no")
    a = addr(r, "no")
    o = origin(r)
    fn, ln = names(r, o["key"])
    d.f("UDI - Utlendingsdirektoratet\nTimebekreftelse\n\nNavn: ⟦n⟧\nFødselsdato: ⟦dob⟧\nSøknadsnummer: ⟦sn⟧\n\nTime hos politiet: ⟦tm⟧\nOppmøtested: ⟦ad⟧\n\n",
        n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r), "no"), DOB), sn=nz(r, 9), tm=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "no"), DT), ad=(a["one"], ADR))
    d.f("Ta med: gyldig pass, arbeidskontrakt og bekreftelse på bolig. Gebyr: 6 300 kr.\nEndre eller avbestill timen på ⟦u⟧.\nSpørsmål: ⟦ph⟧\n",
        u=(f"https://timebestilling.udi-tjenester.no/endre/{rs(r, 8, LO + DG)}", URL), ph=(phone(r, "no"), PHO))
    return d


def k_fi_migri(r):
    d = Doc("fi")
    a = addr(r, "fi")
    o = origin(r)
    fn, ln = names(r, o["key"])
    d.f("Maahanmuuttovirasto - viesti asiointipalvelussa\n\nHei ⟦fn⟧,\n\nOleskelulupahakemuksesi (diaarinumero ⟦dn⟧) käsittely on edennyt. Sinulle on varattu aika tunnistautumista varten.\n\n",
        fn=(fn, PER), dn=f"{digits(r, 4)}/{r.randint(2024, 2026)}")
    d.f("Varattu aika: ⟦va⟧\nPalvelupiste: ⟦pp⟧\n\nHakijan tiedot: ⟦n⟧, syntynyt ⟦dob⟧\nPuhelin: ⟦ph⟧\nSähköposti: ⟦em⟧\n\nOta mukaan passi ja oleskelulupakortin hakemuksen maksukuitti.\n\nYstävällisin terveisin\nMaahanmuuttovirasto\n",
        va=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "fi"), DT), pp=(a["one"], ADR), n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r), "fi"), DOB),
        ph=(phone(r, "fi"), PHO), em=(mk_email(r, fn, ln, loc="fi"), EMA))
    return d


def k_cs_oznameni(r):
    d = Doc("cs")
    pa = addr(r, "cs")
    ha = addr(r, "cs")
    o = origin(r, ["ua", "vn", "in", "ph", "mx"])
    fn, ln = names(r, o["key"])
    uf, ul = names(r, "cs")
    dt = rdate(r, 2025, 2025)
    d.f("Ministerstvo vnitra - Odbor azylové a migrační politiky\nPracoviště: ⟦pa⟧\n\nV ⟦c⟧ dne ⟦dt⟧\nČ. j.: ⟦cj⟧\n\nOZNÁMENÍ\n\n",
        pa=(pa["one"], ADR), c=(pa["city"], LOC), dt=(fdate(r, dt, "cs"), DT), cj=f"OAM-{digits(r, 5)}-{r.randint(1, 9)}/DP-{r.randint(2024, 2026)}")
    d.f("Vážený pane / vážená paní ⟦ln⟧,\n\nvaše žádost o prodloužení dlouhodobého pobytu byla kladně vyřízena. Dostavte se dne ⟦tm⟧ k převzetí průkazu o povolení k pobytu.\n\n",
        ln=(ln, PER), tm=(fdt(r, dt + _dt.timedelta(days=r.randint(5, 30)), *rtime(r), "cs"), DT))
    d.f("Účastník řízení: ⟦n⟧, nar. ⟦dob⟧\nBydliště: ⟦ha⟧\nTel.: ⟦ph⟧\nSprávní poplatek: 2 500 Kč\n\nOprávněná úřední osoba: ⟦u⟧\n",
        n=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r), "cs"), DOB), ha=(ha["one"], ADR), ph=(phone(r, "cs"), PHO), u=(f"{uf} {ul}", PER))
    return d


def k_tr_ikamet(r):
    d = Doc("tr")
    a = addr(r, "tr")
    o = origin(r, ["sy", "af", "ua", "eg", "pk"])
    fn, ln = names(r, o["key"])
    uy = {"sy": "Suriyeli", "af": "Afgan", "ua": "Ukraynalı", "eg": "Mısırlı", "pk": "Pakistanlı"}[o["key"]]
    d.f("Göç İdaresi - İkamet İzni Randevu Bilgileri\n\nBaşvuru numarası: ⟦bn⟧\nAd Soyad: ⟦n⟧\nDoğum tarihi: ⟦dob⟧\nUyruk: ⟦uy⟧\nAdres: ⟦ad⟧\nTelefon: ⟦ph⟧\nE-posta: ⟦em⟧\n\n",
        bn=f"{r.randint(2024, 2026)}-{digits(r, 2)}-{digits(r, 7)}", n=(f"{fn} {ln}".upper(), PER), dob=(fdate(r, rdob(r), "tr"), DOB), uy=uy, ad=(a["one"], ADR),
        ph=(phone(r, "tr"), PHO), em=(mk_email(r, fn, ln, loc="tr"), EMA))
    d.f("Randevu tarihi: ⟦rt⟧\nRandevu yeri: İl Göç İdaresi Müdürlüğü, ⟦c⟧\nSağlık sigortası poliçe no: ⟦hp⟧\nHarç tutarı: 1.250,00 TL\n\nRandevuya pasaport, 4 adet biyometrik fotoğraf ve kira sözleşmesi ile geliniz.\n",
        rt=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "tr"), DT), c=(a["city"], LOC), hp=(hpn(r), HPN))
    return d


# --------------------------------------------------------------------------
# entity-free documents (hard negatives only)
# --------------------------------------------------------------------------
def k_empty_fees(r):
    d = Doc("en")
    d.t("CONSULAR FEE SCHEDULE (schedule version ")
    d.t(version(r) + ")\n\nService | Fee | Typical processing\n")
    for svc, fee, proc in [("Short-stay visa (adult)", "EUR 90", "15 calendar days"), ("Short-stay visa (child 6-12)", "EUR 45", "15 calendar days"),
                           ("National visa (type D)", "EUR 75", "6-12 weeks"), ("Passport renewal", "EUR 70", "4-6 weeks"),
                           ("Legalisation of a document", "EUR 20", "3 working days"), ("Courier return", "EUR 18.50", "2-3 working days")]:
        if chance(r, 0.8):
            d.t(f"{svc} | {fee} | {proc}\n")
    d.t(f"\nFees are payable by card only. Receipts carry a transaction id such as {uuid(r)}. Refunds are not possible once the case number "
        f"(format {pick(r, ['VS', 'NV', 'PP'])}-{r.randint(2024, 2026)}-{digits(r, 6)}) has been issued. Counters are open Monday to Friday; "
        "appointments can be moved up to 48 hours before the slot.\n")
    return d


def k_empty_syslog(r):
    d = Doc("en")
    day = rdate(r, 2024, 2026)
    for _ in range(r.randint(5, 9)):
        d.t(pick(r, [
            f"{log_ts(r, day)} INFO  slot-sync run={uuid(r)} posts=42 slots_added={r.randint(0, 300)} duration_ms={r.randint(200, 9000)}\n",
            f"{log_ts(r, day)} WARN  partner-api status=429 retry_after=30s attempt={r.randint(1, 5)} req={uuid(r)}\n",
            f"{log_ts(r, day)} INFO  deploy version={version(r)} commit={sha(r)} replicas=3\n",
            f"{log_ts(r, day)} DEBUG cache hit ratio=0.{digits(r, 2)} key=slots:{pick(r, IATA)}:{pick(r, ['B1B2', 'F1', 'D'])} ttl=300\n",
            f"{log_ts(r, day)} ERROR doc-store checksum mismatch sha256={sha(r, 64)} object={uuid(r)}\n",
            f"{log_ts(r, day)} INFO  cron job=purge_expired_drafts removed={r.randint(0, 900)} next_run_in=1h\n",
        ]))
    return d


def k_empty_ci(r):
    d = Doc("en")
    d.t("name: nightly-visa-docs-build\non:\n  schedule:\n    - cron: \"30 2 * * *\"\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    timeout-minutes: 45\n    steps:\n")
    d.t(f"      - uses: actions/checkout@{sha(r)}\n      - uses: actions/setup-python@{sha(r)}\n        with:\n          python-version: \"3.11\"\n")
    d.t("      - run: make test\n        env:\n          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n          PARTNER_API_KEY: ${{ secrets.PARTNER_API_KEY }}\n"
        "          STRIPE_KEY: ${{ secrets.STRIPE_KEY }}\n      - run: ./scripts/upload.sh\n        env:\n          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n"
        "          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          BUCKET: ${DOCS_BUCKET}\n")
    return d


def k_empty_flightops(r):
    d = Doc("en")
    d.t("APIS TRANSMISSION STATUS - DAILY SUMMARY\n\n")
    for _ in range(r.randint(4, 7)):
        d.t(f"{flight(r):<8} {pick(r, IATA)}-{pick(r, IATA)}  pax={r.randint(80, 380):<4} apis=ACCEPTED  inhibited=0  pnr_sample={booking_ref(r)}  "
            f"block={r.randint(1, 14)}h{r.randint(0, 59):02d}m  gate_change={pick(r, ['no', 'yes'])}\n")
    d.t(f"\nOne passenger moved from seat {r.randint(1, 60)}{pick(r, 'ABCDEF')} to {r.randint(1, 60)}{pick(r, 'ABCDEF')} after the board-or-deny check. "
        "Next transmission window opens in 2 hours. Weekend flights are reported on Monday.\n")
    return d


def k_empty_stats(r):
    d = Doc("en")
    d.t("year,quarter,nationality_iso3,category,applications,approved,refused,refusal_rate\n")
    for _ in range(r.randint(5, 9)):
        a = r.randint(200, 9000)
        ap = r.randint(int(a * 0.5), a)
        d.t(f"{r.randint(2022, 2025)},Q{r.randint(1, 4)},{pick(r, list(ISO3.values()))},{pick(r, ['C', 'D', 'STUDY', 'WORK', 'FAMILY'])},{a},{ap},{a - ap},{(a - ap) / a:.3f}\n")
    d.t(f"# generated by stats-export {version(r)}; source hash {sha(r, 40)}\n")
    return d


def k_empty_faq(r):
    d = Doc("en")
    d.t("FREQUENTLY ASKED QUESTIONS - VISA APPOINTMENTS\n\n"
        "Q: How early should I book?\nA: Slots are released every Tuesday and usually open up to 90 days in advance.\n\n"
        "Q: Can I change my appointment?\nA: Yes, up to 48 hours before the slot. After two changes the booking is locked for 14 days.\n\n"
        "Q: How long does processing take?\nA: Most short-stay applications are decided within 15 calendar days; peak season can add 2-3 weeks.\n\n")
    d.t(f"Q: What does the fee cover?\nA: The fee ({pick(r, ['EUR 90', 'USD 185', 'GBP 115'])}) covers processing only. Courier return costs extra. "
        "Keep your booking code and receipt number; staff will never ask for your card PIN.\n")
    return d


def k_empty_fixtures(r):
    d = Doc("en")
    d.t("# Test vectors for the fee-payment form validator. Every value below MUST be rejected.\n\ninvalid_cards:\n")
    for _ in range(r.randint(2, 4)):
        d.t(f"  - \"{bad_card(r)}\"   # fails Luhn\n")
    d.t("invalid_ssn:\n")
    for _ in range(r.randint(2, 3)):
        d.t(f"  - \"{bad_ssn(r)}\"   # reserved area\n")
    d.t(f"masked_values:\n  - \"{masked_card(r)}\"\n  - \"***-**-{digits(r, 4)}\"\nplaceholders:\n  - \"${{PAYMENT_API_KEY}}\"\n  - \"${{{{ secrets.STRIPE_KEY }}}}\"\n"
        f"order_ids:\n  - \"{uuid(r)}\"\n  - \"ORD-{digits(r, 8)}\"\n")
    return d


def k_empty_de_merkblatt(r):
    d = Doc("de")
    d.t("Merkblatt Verpflichtungserklärung\n\nDie Verpflichtungserklärung kostet 29,00 € und wird nur nach vorheriger Terminvereinbarung aufgenommen. "
        "Die Bearbeitung dauert in der Regel 4 bis 6 Wochen. Termine werden montags bis freitags vergeben; freitags nur vormittags.\n\n"
        f"Bitte halten Sie Ihre Vorgangsnummer ({r.randint(2024, 2026)}/{digits(r, 6)}) bereit. Das Formular liegt in Version {version(r)} vor. "
        "Einkommensnachweise der letzten drei Monate sind vorzulegen; Kontoauszüge dürfen geschwärzt werden. Eine Barzahlung ist nicht möglich.\n")
    return d


def k_empty_fr_notice(r):
    d = Doc("fr")
    d.t("Notice - pièces à fournir pour un renouvellement de titre de séjour\n\n"
        "Le timbre fiscal de 225 € s'achète en ligne. Le délai de traitement est de deux à trois mois. Les guichets sont ouverts du lundi au vendredi, "
        "sauf le mercredi après-midi.\n\n"
        f"Conservez votre numéro de dossier (format {r.randint(2024, 2026)}-{digits(r, 6)}) et votre numéro de récépissé. "
        "Toute demande incomplète sera classée sans suite au bout de 30 jours. Un justificatif de domicile de moins de trois mois est exigé.\n")
    return d


def k_empty_es_aviso(r):
    d = Doc("es")
    d.t("Aviso importante sobre el pago de tasas\n\n"
        "La tasa del modelo 790 código 012 asciende a 16,08 € y debe abonarse antes de acudir a la cita. El plazo para aportar documentación es de 10 días hábiles. "
        "La oficina atiende de lunes a viernes.\n\n"
        f"Conserve el número de justificante ({digits(r, 13)}) y el código de referencia {rs(r, 8, UP + DG)}. Versión del formulario: {version(r)}. "
        "Las citas no utilizadas se liberan a las 48 horas.\n")
    return d


def k_it_chat(r):
    d = Doc("it")
    a = addr(r, "it")
    o = origin(r, ["in", "bd", "pk", "eg", "ng", "ph"])
    fn, ln = names(r, o["key"])
    wf, _ = names(r, o["key"])
    op, opl = names(r, "it")
    d.f("Chat WhatsApp - Patronato, pratica ricongiungimento familiare\n\n[10:02] ⟦op⟧: Buongiorno, mi serve la data di nascita di sua moglie ⟦wf⟧ per il modulo.\n[10:05] ⟦cl⟧: è nata il ⟦dob⟧\n",
        op=(f"{op} {opl}", PER), wf=(wf, PER), cl=(f"{fn} {ln}", PER), dob=(fdate(r, rdob(r, 1975, 2000), "it"), DOB))
    d.f("[10:06] ⟦op⟧: Grazie. E il numero del passaporto di lei?\n[10:08] ⟦cl⟧: ⟦pp⟧\n[10:11] ⟦op⟧: Perfetto. L'appuntamento allo Sportello Unico è ⟦dt⟧, in ⟦ad⟧. Porti la marca da bollo da 16 €.\n",
        op=(op, PER), cl=(fn, PER), pp=passport_no(r), dt=(fdt(r, rdate(r, 2025, 2026), *rtime(r), "it", weekday=True), DT), ad=(a["one"], ADR))
    d.f("[10:12] ⟦cl⟧: Grazie mille! Da domani il mio nuovo numero è ⟦ph⟧\n[10:12] ⟦op⟧: Ricevuto 👍\n", cl=(fn, PER), ph=(phone(r, "it"), PHO), op=(op, PER))
    return d


def k_de_anwalt_email(r):
    d = Doc("de")
    lf, ll = names(r, "de")
    o = origin(r, ["in", "ua", "eg", "br", "cn", "pk"])
    cf, cl = names(r, o["key"])
    a = addr(r, "de")
    l1, l2 = pick(r, NAMES["de"][1]), pick(r, NAMES["de"][1])
    d.f("Von: ⟦ln⟧ <⟦le⟧>\nAn: ⟦cn⟧ <⟦ce⟧>\nDatum: ⟦hd⟧\nBetreff: Ihr Antrag auf Blaue Karte - fehlende Unterlagen\n\n",
        ln=(f"{lf} {ll}", PER), le=(mk_email(r, lf, ll, "kanzlei-aufenthaltsrecht.de"), EMA), cn=(f"{cf} {cl}", PER), ce=(mk_email(r, cf, cl, "gmail.com"), EMA), hd=hdr_date(r))
    d.f("Sehr geehrte(r) ⟦cl⟧,\n\nfür den Antrag bei der Ausländerbehörde benötigen wir noch die Gehaltsabrechnungen und die Anerkennung Ihres Abschlusses. "
        "Ihr Geburtsdatum laut Pass (⟦dob⟧) weicht außerdem von der Angabe im Arbeitsvertrag ab - bitte lassen Sie das korrigieren.\n\n",
        cl=(f"{cf} {cl}", PER), dob=(fdate(r, rdob(r, 1975, 2000), "de"), DOB))
    d.f("Bitte überweisen Sie den Vorschuss von 1.200,00 € auf unser Kanzleikonto, IBAN ⟦ib⟧, Verwendungszweck ⟦vz⟧. Frist für die Unterlagen: ⟦fr⟧.\n\n"
        "Mit freundlichen Grüßen\n⟦ln⟧\nRechtsanwältin\n⟦l1⟧ & ⟦l2⟧ Rechtsanwälte\n⟦ad⟧, Tel. ⟦ph⟧\n",
        ib=(iban(r, "DE"), IBAN), vz=f"AZ {digits(r, 3)}/{r.randint(24, 26)}", fr=(fdate(r, rdate(r, 2025, 2026), "de", "long"), DT),
        ln=(f"{lf} {ll}", PER), l1=l1, l2=l2, ad=(a["one"], ADR), ph=(phone(r, "de"), PHO))
    return d


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
KINDS = [
    ("ds160_confirmation", "en", False, k_ds160),
    ("brp_biometrics_email", "en", False, k_brp_email),
    ("consular_appointment_letter", "en", False, k_consular_letter),
    ("sponsor_invitation_letter", "en", False, k_invitation_letter),
    ("lawyer_intake_note", "en", False, k_lawyer_intake),
    ("biometrics_scheduler_log", "en", False, k_biometrics_log),
    ("apis_pnr_manifest", "en", False, k_apis_manifest),
    ("refugee_caseworker_note", "en", False, k_refugee_note),
    ("i864_support_worksheet", "en", False, k_i864_worksheet),
    ("visa_fee_card_form", "en", False, k_fee_payment_form),
    ("payment_gateway_request", "en", False, k_payment_api),
    ("portal_nginx_access_log", "en", False, k_nginx_log),
    ("portal_dotenv", "en", False, k_dotenv),
    ("k8s_secret_manifest", "en", False, k_k8s_secret),
    ("github_actions_workflow", "en", False, k_gh_workflow),
    ("slack_ops_thread", "en", False, k_slack_thread),
    ("i693_medical_worksheet", "en", False, k_i693),
    ("travel_insurance_certificate", "en", False, k_travel_insurance),
    ("bank_balance_confirmation", "en", False, k_bank_statement),
    ("hl7_adt_panel_exam", "en", False, k_hl7_adt),
    ("fhir_patient_refugee", "en", False, k_fhir_patient),
    ("ics_interview_invite", "en", False, k_ics_interview),
    ("vcard_client_contact", "en", False, k_vcard),
    ("csv_appointment_export", "en", False, k_csv_appointments),
    ("xml_visa_decision", "en", False, k_xml_decision),
    ("yaml_case_tracker_config", "en", False, k_yaml_config),
    ("llm_prompt_i130_cover", "en", False, k_llm_prompt),
    ("vac_support_ticket", "en", False, k_support_ticket),
    ("courier_passport_waybill", "en", False, k_courier_label),
    ("hotline_call_transcript", "en", False, k_hotline_transcript),
    ("h1b_petition_memo", "en", False, k_h1b_memo),
    ("border_incident_report", "en", False, k_border_incident),
    ("esta_application_json", "en", False, k_esta_json),
    ("interpreter_booking_email", "en", False, k_interpreter_email),
    ("n400_interview_notice", "en", False, k_naturalization_notice),
    ("detention_visitation_log", "en", False, k_detention_log),
    ("edi_834_refugee_medical", "en", False, k_edi_834),
    ("sql_applicants_dump", "en", False, k_sql_dump),
    ("python_slot_bot", "en", False, k_python_bot),
    ("terraform_tfvars", "en", False, k_tfvars),
    ("sftp_key_ticket", "en", False, k_sftp_ticket),
    ("jwt_debug_log", "en", False, k_jwt_log),
    ("decision_webhook_payload", "en", False, k_webhook),
    ("sms_reminder_log", "en", False, k_sms_log),
    ("family_reunification_form", "en", False, k_family_form),
    ("uk_cos_assignment_letter", "en", False, k_cos_letter),
    ("tribunal_appeal_letter", "en", False, k_appeal_letter),
    ("accommodation_letter", "en", False, k_accommodation),
    ("dmv_legal_presence_sheet", "en", False, k_dmv_presence),
    ("asylum_interview_record", "en", False, k_asylum_transcript),
    ("remote_hearing_invite", "en", False, k_remote_hearing),
    ("git_commit_secret_removal", "en", False, k_git_diff),
    ("oncall_runbook_markdown", "en", False, k_runbook),
    ("i9_employer_review_notes", "en", False, k_i9_notes),
    ("de_abh_einladung", "de", False, k_de_einladung),
    ("de_sperrkonto_bestaetigung", "de", False, k_de_sperrkonto),
    ("de_anwalt_email", "de", False, k_de_anwalt_email),
    ("fr_prefecture_convocation", "fr", False, k_fr_convocation),
    ("fr_ofii_visite_medicale", "fr", False, k_fr_ofii),
    ("es_cita_tie_email", "es", False, k_es_cita),
    ("es_nota_abogado_arraigo", "es", False, k_es_nota_abogado),
    ("it_questura_ricevuta", "it", False, k_it_ricevuta),
    ("it_patronato_chat", "it", False, k_it_chat),
    ("pt_aima_agendamento", "pt", False, k_pt_aima),
    ("nl_ind_biometrie_brief", "nl", False, k_nl_ind),
    ("pl_wniosek_pobyt", "pl", False, k_pl_wniosek),
    ("sv_migrationsverket_beslut", "sv", False, k_sv_beslut),
    ("da_siri_brev", "da", False, k_da_siri),
    ("no_udi_timebekreftelse", "no", False, k_no_udi),
    ("fi_migri_viesti", "fi", False, k_fi_migri),
    ("cs_mv_oznameni", "cs", False, k_cs_oznameni),
    ("tr_ikamet_randevu", "tr", False, k_tr_ikamet),
    ("empty_fee_schedule", "en", True, k_empty_fees),
    ("empty_slot_sync_log", "en", True, k_empty_syslog),
    ("empty_ci_workflow", "en", True, k_empty_ci),
    ("empty_apis_status", "en", True, k_empty_flightops),
    ("empty_visa_stats_csv", "en", True, k_empty_stats),
    ("empty_appointment_faq", "en", True, k_empty_faq),
    ("empty_validator_fixtures", "en", True, k_empty_fixtures),
    ("empty_de_merkblatt", "de", True, k_empty_de_merkblatt),
    ("empty_fr_notice", "fr", True, k_empty_fr_notice),
    ("empty_es_aviso", "es", True, k_empty_es_aviso),
]

PAD = {
    "en": "This document is provided for reference only and requires no further action.",
    "de": "Dieses Dokument dient nur zur Information und erfordert keine weitere Handlung.",
    "fr": "Ce document est fourni à titre d'information et ne nécessite aucune action.",
    "es": "Este documento se facilita solo a título informativo y no requiere ninguna acción.",
    "it": "Il presente documento è fornito a solo scopo informativo e non richiede alcuna azione.",
    "pt": "Este documento é fornecido apenas para referência e não requer qualquer ação.",
    "nl": "Dit document is uitsluitend ter informatie en vereist geen verdere actie.",
    "pl": "Ten dokument ma charakter wyłącznie informacyjny i nie wymaga dalszych działań.",
    "sv": "Detta dokument är endast för kännedom och kräver ingen ytterligare åtgärd.",
    "da": "Dette dokument er kun til orientering og kræver ingen yderligere handling.",
    "no": "Dette dokumentet er kun til informasjon og krever ingen videre handling.",
    "fi": "Tämä asiakirja on vain tiedoksi eikä vaadi toimenpiteitä.",
    "cs": "Tento dokument slouží pouze pro informaci a nevyžaduje žádnou další akci.",
    "tr": "Bu belge yalnızca bilgi amaçlıdır ve başka bir işlem gerektirmez.",
}

MIN_LEN, MAX_LEN = 150, 3000


def _make(seed, i):
    r = random.Random(f"blind63-{seed}-{i}")
    name, lang, is_empty, fn = KINDS[r.randrange(len(KINDS))]
    d = fn(r)
    text = d.text()
    while len(text) < MIN_LEN:
        text += ("" if text.endswith("\n") else "\n") + PAD[lang] + "\n"
    ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"blind63-{seed}-{i:06d}", "text": text, "entities": ents}
    return name, lang, doc


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[2]


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SHAPES = {
    AKID: re.compile(r"(AKIA|ASIA)[A-Z0-9]{16}"),
    ASK: re.compile(r"[A-Za-z0-9/+]{40}"),
    GHT: re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,}"),
    SLK: re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}"),
    STK: re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}"),
    JWT: re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"),
    PEM: re.compile(r"-----BEGIN ((?:[A-Z]+ )?PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----"),
    SSN: re.compile(r"(\d{3})-(\d{2})-(\d{4})"),
    PHO: re.compile(r"[+(]?\d[\d ().-]*\d"),
    URL: re.compile(r"https?://[^\s\"'<>]+"),
    PWD: re.compile(r"\S{6,}"),
    GEN: re.compile(r"\S{16,}"),
    CC: re.compile(r"\d[\d -]{11,21}\d"),
}
LEAD_BAD = set("\"'([{<,;:.!?")
TRAIL_BAD = set(".,;:!?\"')]}>")


def validate(doc) -> list[str]:
    probs = []
    text = doc.get("text", "")
    ents = doc.get("entities", [])
    if not isinstance(text, str) or not (MIN_LEN <= len(text) <= MAX_LEN):
        probs.append(f"text length {len(text)} outside [{MIN_LEN}, {MAX_LEN}]")
    if not re.fullmatch(r"blind63-\d+-\d{6}", str(doc.get("id", ""))):
        probs.append(f"bad id {doc.get('id')!r}")
    prev_end, prev_start = -1, -1
    for e in ents:
        s, t, typ = e.get("start"), e.get("end"), e.get("type")
        tag = f"{typ}[{s}:{t}]"
        if typ not in TYPES:
            probs.append(f"{tag}: unknown type")
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            probs.append(f"{tag}: span out of range")
            continue
        if s < prev_start:
            probs.append(f"{tag}: entities not sorted")
        if s < prev_end:
            probs.append(f"{tag}: overlaps previous span")
        prev_start, prev_end = s, max(prev_end, t)
        v = text[s:t]
        if v != v.strip():
            probs.append(f"{tag}: leading/trailing whitespace {v!r}")
        if typ not in (PWD, GEN, PEM, ASK, JWT):
            if (v[:1] in LEAD_BAD and not (typ == PHO and v[0] == "(")) or v[-1:] in TRAIL_BAD:
                probs.append(f"{tag}: punctuation at span edge {v!r}")
        shape = SHAPES.get(typ)
        if shape is not None and not shape.fullmatch(v):
            probs.append(f"{tag}: bad {typ} shape {v!r}")
        if typ == EMA and not EMAIL_RE.fullmatch(v):
            probs.append(f"{tag}: bad email {v!r}")
        elif typ == SSN:
            m = SHAPES[SSN].fullmatch(v)
            if m and (m.group(1) in ("000", "666") or m.group(1)[0] == "9" or m.group(2) == "00" or m.group(3) == "0000"):
                probs.append(f"{tag}: invalid SSN {v!r}")
        elif typ == CC:
            nd = sum(c.isdigit() for c in v)
            if not (13 <= nd <= 19 and luhn_ok(v)):
                probs.append(f"{tag}: card fails Luhn/length {v!r}")
        elif typ == IBAN and not iban_ok(v):
            probs.append(f"{tag}: IBAN fails mod-97 {v!r}")
        elif typ == IP:
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append(f"{tag}: bad IP {v!r}")
        elif typ == PHO:
            nd = sum(c.isdigit() for c in v)
            if not 7 <= nd <= 15:
                probs.append(f"{tag}: phone digit count {nd} {v!r}")
        elif typ == URL:
            host = re.match(r"https?://([^/?#:]+)", v)
            if "@" in v or not host:
                probs.append(f"{tag}: URL with e-mail or no host {v!r}")
            else:
                try:
                    ipaddress.ip_address(host.group(1).strip("[]"))
                    probs.append(f"{tag}: URL with IP host {v!r}")
                except ValueError:
                    pass
        elif typ in (DOB, DT, MRN, HPN, ACC, DL) and not any(c.isdigit() for c in v):
            probs.append(f"{tag}: no digit in {typ} {v!r}")
        elif typ == ASK and len(v) != 40:
            probs.append(f"{tag}: AWS secret length {len(v)}")
        elif typ in (PER, LOC, ADR) and "\n\n" in v:
            probs.append(f"{tag}: paragraph break inside {typ}")
    return probs


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------
def _check(n=3000, seed=0):
    from collections import Counter
    by_type, by_kind, by_lang = Counter(), Counter(), Counter()
    empty = problems = 0
    for i in range(n):
        name, lang, doc = _make(seed, i)
        by_kind[name] += 1
        by_lang[lang] += 1
        if not doc["entities"]:
            empty += 1
        is_empty = next(k[2] for k in KINDS if k[0] == name)
        ps = validate(doc)
        if is_empty and doc["entities"]:
            ps.append("entity-free kind produced entities")
        if not is_empty and not doc["entities"]:
            ps.append("entity kind produced no entities")
        for e in doc["entities"]:
            by_type[e["type"]] += 1
        if ps:
            problems += len(ps)
            if problems <= 40:
                for p in ps:
                    print(f"{doc['id']} ({name}): {p}")
    missing = [t for t in TYPES if by_type[t] == 0]
    nonen = sum(v for k, v in by_lang.items() if k != "en")
    print(f"docs: {n}  kinds defined: {len(KINDS)}  kinds seen: {len(by_kind)}")
    print(f"non-English: {nonen} ({nonen / n:.1%})  entity-free: {empty} ({empty / n:.1%})  languages: {dict(sorted(by_lang.items()))}")
    print(f"entities: {sum(by_type.values())}")
    for t in TYPES:
        print(f"  {t:<22} {by_type[t]}")
    if missing:
        print(f"MISSING TYPES: {missing}")
        problems += len(missing)
    if len(KINDS) < 57:
        print("too few kinds")
        problems += 1
    print(f"problems: {problems}")
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 63 -- immigration, visas, consulates and border services.")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs, validate, print a summary")
    ap.add_argument("--sample", type=int, default=0, metavar="K", help="print K docs with their labelled spans")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    rc = 0
    if a.check:
        rc = 1 if _check(3000, a.seed) else 0
    if a.sample:
        for i in range(a.sample):
            name, lang, doc = _make(a.seed, i)
            print("=" * 78)
            print(f"{doc['id']}  kind={name}  lang={lang}  entities={len(doc['entities'])}")
            print("-" * 78)
            print(doc["text"])
            print("-" * 78)
            for e in doc["entities"]:
                print(f"  {e['type']:<22} [{e['start']}:{e['end']}] {doc['text'][e['start']:e['end']]!r}")
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} docs to {a.output}")
    if not (a.check or a.sample or a.output):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
