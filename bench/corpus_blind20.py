#!/usr/bin/env python3.11
"""corpus_blind20 -- seeded, labelled synthetic corpus for a PII/PHI/secrets detector.

Every document is a pure function of (seed, index): document i is generated
with its own ``random.Random(f"{seed}-{i}")``.  Documents are assembled piece
by piece with a small builder (``Doc``) that records entity spans while text is
appended, so offsets are exact by construction (they are never recovered by
searching the finished text).

Domains (all new relative to earlier corpora): ride-hailing safety incident
reports, 911 CAD dispatch logs, pawn tickets, border crossing declarations
(CBP / CBSA), life-insurance beneficiary designations, genetic counselling
notes, immunisation registry exports (HL7 VXU and CSV), school IEP documents,
GitHub Actions logs with leaked env, docker-compose files with secrets, Slack
export JSON, Microsoft Teams WebVTT transcripts, voicemail transcriptions,
court certificates of service, probate inventories, veterans-benefits letters,
Swedish / Norwegian / Finnish agency letters, hunting & fishing licence
applications, property-tax appeals, SEPA direct-debit mandates (DE/FR/ES/NL/EN),
bankruptcy schedules, esports tournament registrations, DNA-match e-mails,
surgical pathology reports, postal change-of-address confirmations, French
residential leases, Spanish padron certificates, Postman collection exports,
SQL dumps, nurse advice-line call records, OpenVPN client profiles, Helm
values files, vacation-rental guest threads, lottery prize claims, food-bank
intake sheets and allergy skin-test records -- plus ~10% documents that only
contain hard negatives (git changelogs, masked receipts, templated configs,
lab reference ranges, warehouse barcode sheets, load-test summaries).

Labels follow the shared labelling conventions (PERSON, EMAIL_ADDRESS, ...,
GENERIC_SECRET).  Checksummed values are generated valid (Luhn, IBAN mod-97,
SSN area/group/serial rules) and their invalid twins appear unlabelled as hard
negatives.

Written blind (without looking at the detector or at any other corpus).

Usage:
    python3.11 corpus_blind20.py --check
    python3.11 corpus_blind20.py --sample 3
    python3.11 corpus_blind20.py --n 1000 --seed 0 --output corpus.jsonl
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
import time
import unicodedata
from collections import Counter
from datetime import date, timedelta

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = frozenset(TYPES)

UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UP + LO + DG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


# span helpers: (value, TYPE) tuples consumed by Doc.w
def PER(s): return (s, "PERSON")
def EM(s): return (s, "EMAIL_ADDRESS")
def PH(s): return (s, "PHONE_NUMBER")
def SSN(s): return (s, "US_SSN")
def CC(s): return (s, "CREDIT_CARD")
def IBAN(s): return (s, "IBAN_CODE")
def IP(s): return (s, "IP_ADDRESS")
def DOB(s): return (s, "DATE_OF_BIRTH")
def DT(s): return (s, "DATE_TIME")
def LOC(s): return (s, "LOCATION")
def ADR(s): return (s, "ADDRESS")
def URL(s): return (s, "URL")
def MRN(s): return (s, "MEDICAL_RECORD_NUMBER")
def HPN(s): return (s, "HEALTH_PLAN_NUMBER")
def ACCT(s): return (s, "ACCOUNT_NUMBER")
def DL(s): return (s, "DRIVER_LICENSE")
def AK(s): return (s, "AWS_ACCESS_KEY")
def SK(s): return (s, "AWS_SECRET_KEY")
def GH(s): return (s, "GITHUB_TOKEN")
def SLK(s): return (s, "SLACK_TOKEN")
def STR(s): return (s, "STRIPE_KEY")
def JWT(s): return (s, "JWT")
def PEM(s): return (s, "PRIVATE_KEY")
def PW(s): return (s, "PASSWORD")
def SEC(s): return (s, "GENERIC_SECRET")


# ---------------------------------------------------------------- builder
OCR_MAP = {"l": "1", "O": "0", "o": "0", "I": "l", "e": "c", "S": "5", "B": "8",
           "a": "o", "t": "f", "i": "l", "n": "m"}


def ocr_noise(r, s, p):
    out = []
    for ch in s:
        if ch.isalpha() and r.random() < p:
            out.append(OCR_MAP.get(ch, ch))
        else:
            out.append(ch)
    return "".join(out)


class Doc:
    """Appends text and records entity spans as they are written."""

    __slots__ = ("r", "parts", "n", "ents", "ocr")

    def __init__(self, r):
        self.r = r
        self.parts = []
        self.n = 0
        self.ents = []
        self.ocr = 0.0

    def t(self, s):
        if not s:
            return self
        if self.ocr:
            s = ocr_noise(self.r, s, self.ocr)
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, s, typ):
        if typ not in TYPESET:
            raise ValueError(f"unknown type {typ}")
        if not s or s != s.strip():
            raise ValueError(f"bad span value {s!r} ({typ})")
        self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.parts.append(s)
        self.n += len(s)
        return self

    def w(self, tpl, *args):
        """Template with § placeholders; tuple args are entities, str args plain."""
        pieces = tpl.split("§")
        if len(pieces) != len(args) + 1:
            raise ValueError(f"template/arg mismatch: {tpl!r}")
        for piece, a in zip(pieces, args):
            self.t(piece)
            if a is None:
                continue
            if isinstance(a, tuple):
                self.e(*a)
            else:
                self.t(str(a))
        self.t(pieces[-1])
        return self

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- data pools
ORIGINS = {
    "en": (["James", "Emily", "Olivia", "Michael", "Sarah", "Brandon", "Ashley", "Tyler", "Megan", "Connor",
            "Hannah", "Caleb", "Brittany", "Dwayne", "Tamika", "Jasmine", "DeShawn", "Latoya", "Keisha",
            "Marcus", "Walter", "Dorothy", "Evelyn", "Harold", "Gwendolyn", "Travis"],
           ["Smith", "Johnson", "Washington", "Bell", "Carter", "Whitfield", "Hollis", "Pruett", "Greene",
            "McAllister", "Abernathy", "Sutton", "Oakes", "Brennan", "Lockhart", "Fairweather", "Dunbar"]),
    "es": (["José", "María", "Alejandro", "Lucía", "Guadalupe", "Javier", "Ximena", "Rodrigo", "Camila",
            "Santiago", "Itzel", "Mateo", "Roberto", "Carmen", "Diego", "María José"],
           ["García", "Fernández-López", "de la Cruz", "Ramírez", "Salinas", "Ortega", "Gutiérrez",
            "Villanueva", "Castillo", "Ramírez Ortega", "Navarro", "Del Río", "Peña"]),
    "pt": (["João", "Conceição", "Thiago", "Larissa", "Gonçalo", "Beatriz", "Rafaela"],
           ["da Silva", "dos Santos", "Oliveira", "Carvalho", "Gonçalves", "Pereira"]),
    "de": (["Jürgen", "Anke", "Lukas", "Friederike", "Klaus-Dieter", "Sabine", "Maximilian", "Heike", "Jörg"],
           ["Müller", "Schäfer", "von Stein", "Weiß", "Hoffmann", "Krüger", "Becker", "Schmidt-Rottluff"]),
    "fr": (["Étienne", "Margaux", "Thibault", "Anaïs", "Jean-Baptiste", "Céline", "Loïc", "Hélène", "Amélie"],
           ["Dubois", "Le Goff", "de Villiers", "Lefèvre", "Moreau", "Benali", "Giraud", "Fontaine"]),
    "sv": (["Björn", "Åsa", "Linnéa", "Magnus", "Henrik", "Astrid", "Sigrid", "Oskar", "Maja"],
           ["Lindqvist", "Johansson", "Sjöberg", "Åkesson", "Nyström", "Ekström", "Bergqvist"]),
    "no": (["Øystein", "Kjersti", "Ingrid", "Ole", "Marit", "Sindre", "Ragnhild", "Eirik"],
           ["Haugen", "Bakke", "Solberg", "Kristiansen", "Haaland", "Strand", "Østby"]),
    "fi": (["Eero", "Aino", "Päivi", "Mikko", "Juha", "Sanna", "Tuula", "Pekka", "Veera"],
           ["Virtanen", "Korhonen", "Nieminen", "Heikkinen", "Mäkinen", "Hämäläinen", "Laaksonen"]),
    "da": (["Søren", "Mette", "Rasmus", "Freja"], ["Østergaard", "Kjærgaard", "Nielsen", "Mikkelsen"]),
    "pl": (["Krzysztof", "Agnieszka", "Małgorzata", "Paweł", "Zofia"],
           ["Kowalski", "Wiśniewska", "Nowak", "Zieliński", "Wójcik"]),
    "ru": (["Dmitri", "Olga", "Yevgeniya", "Aleksandr", "Natalia"], ["Ivanova", "Petrov", "Sokolov", "Kuznetsova"]),
    "ar": (["Mohammed", "Fatima", "Youssef", "Layla", "Omar", "Nour", "Khalid", "Rania"],
           ["Al-Sayed", "Haddad", "El Amrani", "Abu-Bakr", "Nassar", "Khoury", "Al-Farsi"]),
    "tr": (["Emre", "Ayşe", "Mehmet", "Zeynep", "Burak"], ["Yılmaz", "Demir", "Şahin", "Öztürk", "Kaya"]),
    "in": (["Priya", "Arjun", "Venkatesh", "Lakshmi", "Rohan", "Ananya", "Sanjay", "Deepika"],
           ["Patel", "Venkataraman", "Iyer", "Rao", "Chatterjee", "Gupta", "Reddy", "Subramanian"]),
    "cn": (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yuxin"], ["Chen", "Zhang", "Liu", "Wang", "Huang", "Zhou"]),
    "jp": (["Haruto", "Yui", "Takeshi", "Sakura", "Kenji"], ["Nakamura", "Sato", "Kimura", "Takahashi", "Watanabe"]),
    "kr": (["Min-jun", "Seo-yeon", "Ji-ho", "Hye-jin"], ["Kim", "Park", "Lee", "Choi", "Jung"]),
    "vn": (["Minh", "Thuy", "Duc", "Lan", "Thi Lan"], ["Nguyen", "Tran", "Pham", "Le", "Vo"]),
    "ng": (["Chinedu", "Oluwaseun", "Ngozi", "Emeka", "Adaeze", "Babajide"],
           ["Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun"]),
    "gh": (["Kwame", "Akosua", "Kofi", "Ama"], ["Mensah", "Boateng", "Owusu", "Asante"]),
    "et": (["Tesfaye", "Meron", "Abebe", "Selamawit"], ["Bekele", "Tadesse", "Girma", "Haile"]),
    "ie": (["Siobhán", "Pádraig", "Aoife", "Cian", "Niamh"],
           ["O'Brien", "Ó Súilleabháin", "Murphy", "Ní Bhriain", "Gallagher", "MacNamara"]),
    "nl": (["Joost", "Femke", "Sven", "Marieke", "Daan"], ["van der Berg", "de Vries", "van Dijk", "Bakker", "de Jong"]),
    "gr": (["Dimitrios", "Eleni", "Nikos", "Vasiliki"], ["Papadopoulos", "Georgiou", "Nikolaidis"]),
    "he": (["Yael", "Avi", "Noa", "Eitan"], ["Ben-David", "Cohen", "Levi", "Mizrahi"]),
    "haw": (["Keoni", "Leilani", "Makoa", "Kalani"], ["Kealoha", "Kahananui", "Akana"]),
    "it": (["Giulia", "Alessandro", "Francesca", "Matteo", "Chiara"],
           ["Rossi", "Esposito", "D'Angelo", "Di Stefano", "Bianchi", "Lo Presti"]),
    "ph": (["Maricel", "Jericho", "Rowena"], ["dela Cruz", "Santos", "Bautista", "Macaraeg"]),
}
FEMALE = set("""Emily Olivia Sarah Ashley Megan Hannah Brittany Tamika Jasmine Latoya Keisha Dorothy Evelyn Gwendolyn
María Lucía Guadalupe Ximena Camila Itzel Carmen Conceição Larissa Beatriz Rafaela Anke Friederike Sabine Heike
Margaux Anaïs Céline Hélène Amélie Åsa Linnéa Astrid Sigrid Maja Kjersti Ingrid Marit Ragnhild Aino Päivi Sanna
Tuula Veera Mette Freja Agnieszka Małgorzata Zofia Olga Yevgeniya Natalia Fatima Layla Nour Rania Ayşe Zeynep
Priya Lakshmi Ananya Deepika Xiaoling Mei Yuxin Yui Sakura Seo-yeon Hye-jin Thuy Lan Ngozi Adaeze Akosua Ama
Meron Selamawit Siobhán Aoife Niamh Femke Marieke Eleni Vasiliki Yael Noa Leilani Giulia Francesca Chiara
Maricel Rowena""".split()) | {"María José", "Thi Lan"}
US_AREA = ["201", "206", "212", "213", "214", "216", "248", "281", "303", "305", "312", "317", "323", "347", "404",
           "408", "412", "415", "480", "503", "504", "512", "520", "602", "612", "614", "617", "646", "651", "702",
           "704", "713", "718", "720", "732", "773", "786", "801", "808", "813", "818", "907", "915", "916", "919",
           "952", "971", "978", "505", "208", "406", "402", "775", "865", "509", "608", "984", "515", "207", "605",
           "570", "928", "385", "802", "225", "307", "501", "860", "843", "859", "601", "701", "410", "804", "541"]
ORIG_W = {"en": 22, "es": 9, "pt": 3, "de": 5, "fr": 5, "sv": 3, "no": 3, "fi": 3, "da": 2, "pl": 3, "ru": 2,
          "ar": 5, "tr": 2, "in": 5, "cn": 4, "jp": 2, "kr": 2, "vn": 3, "ng": 3, "gh": 2, "et": 2, "ie": 3,
          "nl": 2, "gr": 2, "he": 2, "haw": 1, "it": 3, "ph": 2}
ORIG_KEYS = list(ORIG_W)
ORIG_WTS = [ORIG_W[k] for k in ORIG_KEYS]

MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me", "web.de",
                "gmx.de", "orange.fr", "free.fr", "telia.com", "online.no", "elisanet.fi", "libero.it",
                "uol.com.br", "naver.com", "qq.com", "yahoo.co.jp", "rediffmail.com", "mail.ru", "aol.com",
                "comcast.net", "fastmail.fm", "t-online.de", "live.se"]

COMPANIES = ["Müller & Söhne GmbH", "Ben & Jerry's", "Hargrove & Pruitt LLP", "Johnson & Johnson",
             "Procter & Gamble", "Ernst & Young", "Marks & Spencer", "Tim Hortons", "Wells Fargo",
             "Lockheed Martin", "Goldman Sachs", "Ralph Lauren", "Hugo Boss", "Charles Schwab",
             "Baker McKenzie", "Sherwin-Williams", "Kellogg's", "Dr. Martens", "Ferrero", "Philips"]
PETS = ["Biscuit", "Luna", "Pepper", "Mochi", "Koda", "Bella", "Ziggy", "Nala", "Rufus", "Pretzel", "Waffles"]
DRUGS = ["lisinopril", "metformin", "atorvastatin", "amoxicillin", "sertraline", "acetaminophen", "ibuprofen",
         "levothyroxine", "albuterol", "cetirizine", "montelukast", "omeprazole", "tamoxifen", "Ozempic",
         "Eliquis", "Zyrtec"]
CARS = ["Toyota Camry", "Honda Civic", "Hyundai Elantra", "Tesla Model 3", "Kia Niro", "Nissan Altima",
        "Ford Fusion", "Chevrolet Malibu", "Toyota Prius", "Subaru Outback"]
WORDS = ["Marigold", "Tundra", "Falcon", "Copper", "Harbor", "Juniper", "Velvet", "Orchid", "Granite",
         "Saffron", "Nimbus", "Lantern", "Quartz", "Bramble", "Pixel", "Sable", "Otter", "Cobalt"]

US_CITIES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Tacoma", "WA", "984"),
             ("Albuquerque", "NM", "871"), ("Savannah", "GA", "314"), ("Duluth", "MN", "558"),
             ("Boise", "ID", "837"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Oakland", "CA", "946"),
             ("Brooklyn", "NY", "112"), ("Hialeah", "FL", "330"), ("Provo", "UT", "846"),
             ("Burlington", "VT", "054"), ("Billings", "MT", "591"), ("Lowell", "MA", "018"),
             ("Tulsa", "OK", "741"), ("Omaha", "NE", "681"), ("Reno", "NV", "895"), ("Honolulu", "HI", "968"),
             ("Anchorage", "AK", "995"), ("Newark", "NJ", "071"), ("Baton Rouge", "LA", "708"),
             ("Knoxville", "TN", "379"), ("Spokane", "WA", "992"), ("Madison", "WI", "537"),
             ("Raleigh", "NC", "276"), ("Santa Fe", "NM", "875"), ("Des Moines", "IA", "503"),
             ("Portland", "ME", "041"), ("Sioux Falls", "SD", "571"), ("El Paso", "TX", "799"),
             ("Scranton", "PA", "185"), ("Flagstaff", "AZ", "860"), ("Columbus", "OH", "432"),
             ("Winter Park", "FL", "327"), ("Compton", "CA", "902"), ("Minneapolis", "MN", "554"),
             ("Atlanta", "GA", "303"), ("San Francisco", "CA", "941"), ("Los Angeles", "CA", "900"),
             ("Missoula", "MT", "598"), ("Cheyenne", "WY", "820"), ("Little Rock", "AR", "722"),
             ("Hartford", "CT", "061"), ("Charleston", "SC", "294"), ("Lexington", "KY", "405"),
             ("Jackson", "MS", "392"), ("Fargo", "ND", "581"), ("Baltimore", "MD", "212"),
             ("Richmond", "VA", "232"), ("Denver", "CO", "802"), ("Eugene", "OR", "974")]
US_STATES = {"IL": "Illinois", "TX": "Texas", "WA": "Washington", "NM": "New Mexico", "GA": "Georgia",
             "MN": "Minnesota", "ID": "Idaho", "OH": "Ohio", "CA": "California", "NY": "New York",
             "FL": "Florida", "UT": "Utah", "VT": "Vermont", "MT": "Montana", "MA": "Massachusetts",
             "OK": "Oklahoma", "NE": "Nebraska", "NV": "Nevada", "HI": "Hawaii", "AK": "Alaska",
             "NJ": "New Jersey", "LA": "Louisiana", "TN": "Tennessee", "WI": "Wisconsin",
             "NC": "North Carolina", "IA": "Iowa", "ME": "Maine", "SD": "South Dakota", "PA": "Pennsylvania",
             "AZ": "Arizona", "WY": "Wyoming", "AR": "Arkansas", "CT": "Connecticut", "SC": "South Carolina",
             "KY": "Kentucky", "MS": "Mississippi", "ND": "North Dakota", "MD": "Maryland", "VA": "Virginia",
             "CO": "Colorado", "OR": "Oregon", "MI": "Michigan"}
US_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Sunset", "Lakeview", "Hillcrest",
              "Park", "Mill", "Church", "River", "Highland", "Willow", "Magnolia", "Peachtree", "Cherry",
              "Meadow", "Ridge", "Spring", "Chestnut", "Alameda", "Mission", "Juniper", "Aspen", "Cottonwood",
              "Bayou", "Prairie", "Sandpiper", "Old Mill"]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Way",
             "Pl", "Terrace", "Pkwy", "Circle"]

INTL = {
    "GB": [("Leeds", "LS6"), ("Manchester", "M14"), ("Bristol", "BS7"), ("Glasgow", "G12"), ("Cardiff", "CF24"),
           ("Norwich", "NR2"), ("York", "YO10"), ("Belfast", "BT9"), ("Edinburgh", "EH9"), ("London", "SE15"),
           ("London", "N16")],
    "DE": [("Berlin", ["10115", "10437", "12043", "13353"]), ("München", ["80331", "80469", "81675"]),
           ("Hamburg", ["20095", "22765"]), ("Köln", ["50667", "50823"]), ("Leipzig", ["04109", "04277"]),
           ("Kiel", ["24103", "24118"]), ("Freiburg im Breisgau", ["79098"]), ("Dresden", ["01067", "01307"])],
    "FR": [("Paris", ["75011", "75018", "75005", "75020"]), ("Lyon", ["69002", "69003", "69007"]),
           ("Marseille", ["13006", "13001"]), ("Toulouse", ["31000", "31400"]), ("Lille", ["59000"]),
           ("Nantes", ["44000"]), ("Strasbourg", ["67000"]), ("Bordeaux", ["33000", "33800"]),
           ("Rennes", ["35000"]), ("Montpellier", ["34000"])],
    "SE": [("Stockholm", ["114 55", "118 26", "113 59"]), ("Göteborg", ["411 05", "413 04"]),
           ("Malmö", ["211 20", "214 21"]), ("Uppsala", ["753 10"]), ("Umeå", ["903 26"]), ("Lund", ["222 21"])],
    "NO": [("Oslo", ["0262", "0155", "0557", "0168"]), ("Bergen", ["5003", "5015"]), ("Trondheim", ["7011"]),
           ("Tromsø", ["9008"]), ("Stavanger", ["4006"])],
    "FI": [("Helsinki", ["00100", "00530", "00250"]), ("Tampere", ["33100", "33200"]), ("Turku", ["20100"]),
           ("Oulu", ["90100"]), ("Espoo", ["02100"]), ("Jyväskylä", ["40100"])],
    "DK": [("København K", ["1401", "1052"]), ("Aarhus C", ["8000"]), ("Odense C", ["5000"])],
    "ES": [("Madrid", ["28014", "28013", "28004"]), ("Barcelona", ["08012", "08007"]), ("Sevilla", ["41004"]),
           ("Valencia", ["46002"]), ("Bilbao", ["48001"]), ("Málaga", ["29001"]), ("Zaragoza", ["50001", "50004"])],
    "IT": [("Roma", ["00184", "00153"], "RM"), ("Milano", ["20121", "20143"], "MI"), ("Napoli", ["80134"], "NA"),
           ("Torino", ["10121"], "TO"), ("Bologna", ["40121"], "BO"), ("Firenze", ["50122"], "FI")],
    "NL": [("Amsterdam", ["1016 GV", "1017 GC"]), ("Utrecht", ["3511 AB"]), ("Rotterdam", ["3011 AD"]),
           ("Groningen", ["9711 LM"])],
    "CA": [("Montréal", "QC", "H"), ("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
           ("Halifax", "NS", "B"), ("Winnipeg", "MB", "R")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Sydney", "NSW", "2000"), ("Brisbane", "QLD", "4000"),
           ("Perth", "WA", "6000"), ("Adelaide", "SA", "5000"), ("Hobart", "TAS", "7000")],
    "IN": [("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Chennai", "Tamil Nadu", "600"),
           ("Hyderabad", "Telangana", "500")],
    "BR": [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"), ("Belo Horizonte", "MG", "30")],
    "MX": [("Ciudad de México", "CDMX", "03"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64")],
    "JP": [("Tokyo", "Shibuya-ku", "150"), ("Osaka", "Kita-ku", "530"), ("Kyoto", "Sakyo-ku", "606")],
}
STREETS = {
    "GB": ["Kingsley Road", "Cowley Road", "Princes Street", "Mill Lane", "Victoria Avenue", "Gloucester Terrace",
           "Elm Grove", "Station Road", "Albert Street"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Schillerstraße", "Goethestraße", "Kastanienweg",
           "Friedrichstraße", "Am Stadtpark", "Hafenstraße"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "place Bellecour",
           "rue du Faubourg Saint-Antoine", "allée des Tilleuls"],
    "SE": ["Storgatan", "Drottninggatan", "Vasavägen", "Kungsgatan", "Linnégatan", "Södra Förstadsgatan"],
    "NO": ["Storgata", "Bygdøy allé", "Kongens gate", "Thereses gate", "Markveien", "Nedre Bakklandet"],
    "FI": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Puistokatu", "Kauppakatu", "Satakunnankatu"],
    "DK": ["Strandgade", "Nørrebrogade", "Vesterbrogade", "Jægersborggade"],
    "ES": ["Calle Mayor", "Calle de Alcalá", "Avda. de la Constitución", "C/ San Vicente", "Paseo de Gracia",
           "Calle Larios"],
    "IT": ["Via Roma", "Corso Vittorio Emanuele II", "Piazza Garibaldi", "Via dei Mille", "Viale Mazzini"],
    "NL": ["Prinsengracht", "Kerkstraat", "Oudegracht", "Witte de Withstraat", "Vismarkt"],
    "CA": ["Rue Sainte-Catherine O", "Queen Street West", "Granville Street", "Spring Garden Road",
           "Portage Avenue", "17 Avenue SW"],
    "AU": ["Smith Street", "George Street", "Queen Street", "Hay Street", "Rundle Street", "Elizabeth Street"],
    "IN": ["12th Cross, Indiranagar", "Linking Road, Bandra West", "TTK Road, Alwarpet", "Road No. 36, Jubilee Hills"],
    "BR": ["Rua Augusta", "Avenida Atlântica", "Rua da Bahia"],
    "MX": ["Av. Insurgentes Sur", "Av. Chapultepec", "Calle Morelos"],
    "JP": ["Jingumae", "Umeda", "Shimogamo"],
}
COUNTRY_EN = {"US": "USA", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "SE": "Sweden",
              "NO": "Norway", "FI": "Finland", "DK": "Denmark", "ES": "Spain", "IT": "Italy",
              "NL": "Netherlands", "CA": "Canada", "AU": "Australia", "IN": "India", "BR": "Brazil",
              "MX": "Mexico", "JP": "Japan"}
LOC_CITIES = {"Tromsø": "Norway", "Bergen": "Norway", "Göteborg": "Sweden", "Malmö": "Sweden",
              "Tampere": "Finland", "Oulu": "Finland", "Lyon": "France", "Marseille": "France",
              "Köln": "Germany", "Leipzig": "Germany", "Bilbao": "Spain", "Sevilla": "Spain", "Napoli": "Italy",
              "Bologna": "Italy", "Utrecht": "Netherlands", "Groningen": "Netherlands", "Montréal": "Canada",
              "Halifax": "Canada", "Brisbane": "Australia", "Hobart": "Australia", "Bengaluru": "India",
              "Chennai": "India", "São Paulo": "Brazil", "Guadalajara": "Mexico", "Osaka": "Japan",
              "Kyoto": "Japan", "Lagos": "Nigeria", "Accra": "Ghana", "Addis Ababa": "Ethiopia",
              "Hanoi": "Vietnam", "Busan": "South Korea", "Izmir": "Turkey", "Thessaloniki": "Greece",
              "Haifa": "Israel", "Kraków": "Poland", "Cork": "Ireland", "Manila": "Philippines",
              "Casablanca": "Morocco", "Nairobi": "Kenya", "Valparaíso": "Chile", "Aarhus": "Denmark"}
COUNTRIES = sorted(set(LOC_CITIES.values()) | {"Portugal", "Egypt", "Peru", "Canada", "Mexico", "Germany"})
REGIONS = ["Bavaria", "Catalonia", "Lapland", "Provence", "Västra Götaland", "Patagonia", "Tuscany", "Andalusia",
           "Northern Ireland", "Ontario", "Québec", "Queensland", "Karnataka", "Hokkaido", "Oromia", "Finnmark",
           "Skåne", "Brittany", "Sicily", "Yucatán"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_DATE_STYLES = ["us", "us", "us1", "iso", "long", "long", "abbr", "long_eu", "dmy_abbr", "slash_eu"]


def fmt_date(d, style):
    m, y, dd = d.month, d.year, d.day
    if style == "us":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "us1":
        return f"{m}/{dd}/{y}"
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "fi":
        return f"{dd}.{m}.{y}"
    if style == "slash_eu":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "long":
        return f"{MONTHS['en'][m - 1]} {dd}, {y}"
    if style == "long_eu":
        return f"{dd} {MONTHS['en'][m - 1]} {y}"
    if style == "abbr":
        return f"{MONTHS['en'][m - 1][:3]} {dd}, {y}"
    if style == "dmy_abbr":
        return f"{dd:02d}-{MONTHS['en'][m - 1][:3]}-{y}"
    if style == "dmy_abbr_up":
        return f"{dd:02d}-{MONTHS['en'][m - 1][:3].upper()}-{y}"
    if style == "hl7":
        return f"{y}{m:02d}{dd:02d}"
    if style == "yymmdd":
        return f"{y % 100:02d}-{m:02d}-{dd:02d}"
    if style == "wd_long":
        return f"{WEEKDAYS[d.weekday()]}, {MONTHS['en'][m - 1]} {dd}, {y}"
    if style == "wd_abbr":
        return f"{WEEKDAYS[d.weekday()][:3]}, {MONTHS['en'][m - 1][:3]} {dd}, {y}"
    if style == "md":  # no year
        return f"{MONTHS['en'][m - 1]} {dd}"
    if style == "de":
        return f"{dd}. {MONTHS['de'][m - 1]} {y}"
    if style == "fr":
        return f"{'1er' if dd == 1 else dd} {MONTHS['fr'][m - 1]} {y}"
    if style == "es":
        return f"{dd} de {MONTHS['es'][m - 1]} de {y}"
    if style == "sv":
        return f"{dd} {MONTHS['sv'][m - 1]} {y}"
    if style == "no":
        return f"{dd}. {MONTHS['no'][m - 1]} {y}"
    if style == "fi_long":
        return f"{dd}. {MONTHS['fi'][m - 1]} {y}"
    if style == "it":
        return f"{dd} {MONTHS['it'][m - 1]} {y}"
    if style == "nl":
        return f"{dd} {MONTHS['nl'][m - 1]} {y}"
    if style == "pt":
        return f"{dd} de {MONTHS['pt'][m - 1]} de {y}"
    raise ValueError(style)


def fmt_time(h, m, style):
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "24n":
        return f"{h}:{m:02d}"
    if style == "fr":
        return f"{h}h{m:02d}"
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    if style == "12":
        return f"{h12}:{m:02d} {ap}"
    if style == "12s":
        return f"{h12}:{m:02d}{ap.lower()}"
    if style == "12l":
        return f"{h12}:{m:02d} {ap.lower()}"
    if style == "12h":
        return f"{h12}{ap.lower()}" if m == 0 else f"{h12}:{m:02d}{ap.lower()}"
    raise ValueError(style)


_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L", "ı": "i",
                       "đ": "d", "œ": "oe"})


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if ord(c) < 128)


def slug(s):
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        dgt = int(ch)
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return str((10 - total % 10) % 10)


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    re_ = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in re_)
    return int(num) % 97 == 1


def ssn_ok(s):
    dd = s.replace("-", "").replace(" ", "")
    if len(dd) != 9 or not dd.isdigit():
        return False
    a, g_, sr = int(dd[:3]), int(dd[3:5]), int(dd[5:])
    return a not in (0, 666) and a < 900 and g_ != 0 and sr != 0


IBAN_BBAN = {"DE": "#" * 18, "GB": "@@@@" + "#" * 14, "FR": "#" * 23, "NL": "@@@@" + "#" * 10, "ES": "#" * 20,
             "IT": "@" + "#" * 22, "SE": "#" * 20, "NO": "#" * 11, "FI": "#" * 14, "CH": "#" * 17,
             "BE": "#" * 12, "DK": "#" * 14, "PL": "#" * 24, "IE": "@@@@" + "#" * 14, "AT": "#" * 16,
             "PT": "#" * 21}
NL_BANKS = ["INGB", "ABNA", "RABO", "TRIO", "SNSB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
IE_BANKS = ["AIBK", "BOFI"]

PHONE_PAT = {
    "US": ["(AAA) NXX-XXXX", "AAA-NXX-XXXX", "AAA.NXX.XXXX", "+1 AAA NXX XXXX", "+1 (AAA) NXX-XXXX",
           "1-AAA-NXX-XXXX", "+1-AAA-NXX-XXXX", "(AAA) 555-01XX", "AAA-555-01XX"],
    "TF": ["1-800-NXX-XXXX", "(888) NXX-XXXX", "1 (877) NXX-XXXX", "800-NXX-XXXX", "1-866-NXX-XXXX"],
    "GB": ["+44 20 7946 0XXX", "020 7946 0XXX", "+44 7700 900XXX", "07700 900XXX", "+44 (0)161 496 0XXX",
           "0113 496 0XXX"],
    "DE": ["+49 30 XXXXXXXX", "030 XXXXXXX", "+49 (0)89 XXXX XXXX", "+49 151 XXXXXXXX", "0171 XXXXXXX",
           "+49 40 XXX XXX XX"],
    "FR": ["+33 1 XX XX XX XX", "01 XX XX XX XX", "+33 6 XX XX XX XX", "06 XX XX XX XX", "+33 (0)4 XX XX XX XX"],
    "SE": ["+46 8 XXX XXX XX", "08-XXX XXX XX", "070-XXX XX XX", "+46 70 XXX XX XX", "031-XX XX XX"],
    "NO": ["+47 22 XX XX XX", "4XX XX XXX", "+47 4XX XX XXX", "9XX XX XXX", "+47 55 XX XX XX"],
    "FI": ["+358 9 XXXX XXXX", "040 XXX XXXX", "+358 40 XXX XXXX", "050 XXX XXXX", "+358 50 XXX XXXX"],
    "DK": ["+45 XX XX XX XX", "+45 2X XX XX XX"],
    "ES": ["+34 9XX XXX XXX", "6XX XX XX XX", "+34 6XX XXX XXX"],
    "IT": ["+39 06 XXXX XXXX", "+39 3XX XXX XXXX", "02 XXXX XXXX"],
    "NL": ["+31 20 XXX XXXX", "06-XXXXXXXX", "+31 6 XXXX XXXX"],
    "IN": ["+91 9XXXX XXXXX", "+91-9XXXXXXXXX", "09XXXX XXXXX"],
    "BR": ["+55 11 9XXXX-XXXX", "(11) 9XXXX-XXXX", "+55 21 9XXXX-XXXX"],
    "MX": ["+52 55 XXXX XXXX", "+52 1 33 XXXX XXXX"],
    "JP": ["+81 3-XXXX-XXXX", "090-XXXX-XXXX", "+81 90-XXXX-XXXX"],
    "AU": ["+61 2 XXXX XXXX", "04XX XXX XXX", "+61 4XX XXX XXX", "(03) XXXX XXXX"],
    "CA": ["(416) NXX-XXXX", "+1 514 NXX XXXX", "604-NXX-XXXX", "+1 (902) NXX-XXXX", "403-NXX-XXXX"],
    "NG": ["+234 80X XXX XXXX", "080X XXX XXXX"],
    "IE": ["+353 1 XXX XXXX", "08X XXX XXXX", "+353 8X XXX XXXX"],
    "PL": ["+48 22 XXX XX XX", "+48 6XX XXX XXX"],
    "KR": ["+82 10-XXXX-XXXX", "010-XXXX-XXXX"],
    "CN": ["+86 138 XXXX XXXX"],
    "GH": ["+233 24 XXX XXXX"],
    "ET": ["+251 91 XXX XXXX"],
    "VN": ["+84 90 XXX XX XX"],
    "TR": ["+90 5XX XXX XX XX"],
    "GR": ["+30 21X XXX XXXX"],
    "IL": ["+972 5X-XXX-XXXX"],
}
ORIGIN_CC = {"en": "US", "es": "MX", "pt": "BR", "de": "DE", "fr": "FR", "sv": "SE", "no": "NO", "fi": "FI",
             "da": "DK", "pl": "PL", "ar": "US", "tr": "TR", "in": "IN", "cn": "CN", "jp": "JP", "kr": "KR",
             "vn": "VN", "ng": "NG", "gh": "GH", "et": "ET", "ie": "IE", "nl": "NL", "gr": "GR", "he": "IL",
             "haw": "US", "it": "IT", "ph": "US", "ru": "US"}

DL_FMT = {"CA": "@#######", "NY": "### ### ###", "FL": "@###-###-##-###-#", "TX": "########",
          "WA": "WDL*********", "IL": "@###-####-####", "PA": "## ### ###", "MT": "#############",
          "OH": "@@######", "NJ": "@#### ##### #####", "MI": "@ ### ### ### ###", "GA": "#########",
          "AZ": "@########", "MN": "@############", "CO": "##-###-####", "OR": "#######", "NM": "#########",
          "ID": "@@######@", "MA": "S########", "NV": "##########", "UT": "#########", "HI": "H########",
          "VT": "########", "WI": "@###-####-####-##", "NC": "############", "MD": "@-###-###-###-###",
          "VA": "@##-##-####"}

BICS = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "NDEASESS", "DNBANOKK", "OKOYFIHH", "CAIXESBB", "UNCRITMM",
        "INGBNL2A", "CHASUS33", "BOFAUS3N", "HANDSESS", "NWBKGB2L", "SOGEFRPP", "ESSESESS", "DABADKKK"]
BIC_CC = {"DE": ["DEUTDEFF", "COBADEFFXXX", "GENODEF1S04"], "FR": ["BNPAFRPP", "SOGEFRPP", "CRLYFRPP"],
          "SE": ["NDEASESS", "HANDSESS", "ESSESESS"], "NO": ["DNBANOKK", "NDEANOKK"], "FI": ["OKOYFIHH", "NDEAFIHH"],
          "ES": ["CAIXESBB", "BBVAESMM"], "IT": ["UNCRITMM", "BCITITMM"], "NL": ["INGBNL2A", "RABONL2U", "ABNANL2A"],
          "DK": ["DABADKKK", "NDEADKKK"]}


def bic_for(r, cc):
    return r.choice(BIC_CC.get(cc, BICS))


ICD10 = ["E11.9", "I10", "J45.909", "Z00.00", "M54.5", "F41.1", "O09.523", "Z31.41", "C50.912", "Z15.01",
         "K21.9", "R51.9", "L20.9", "T78.40XA", "Z80.3", "J30.1", "R50.9", "Z23"]
CPT = ["99213", "99214", "81162", "96413", "88305", "86003", "95004", "90715", "90471", "36415", "88342", "99442"]
LOINC = ["2345-7", "718-7", "4548-4", "2093-3", "13457-7", "6690-2", "777-3", "2160-0"]


# ---------------------------------------------------------------- value generators
class Person:
    __slots__ = ("first", "last", "mid", "origin", "fem")

    def __init__(self, first, last, mid, origin, fem):
        self.first, self.last, self.mid, self.origin, self.fem = first, last, mid, origin, fem


class Gen:
    def __init__(self, r):
        self.r = r

    # ---- people
    def _first(self, o, fem):
        pool = [f for f in ORIGINS[o][0] if (f in FEMALE) == fem]
        return self.r.choice(pool)

    def person(self, origins=None, fem=None):
        r = self.r
        o = r.choice(origins) if origins else r.choices(ORIG_KEYS, ORIG_WTS)[0]
        if fem is None:
            fem = r.random() < 0.5
        first = self._first(o, fem)
        if r.random() < 0.12:
            last = r.choice(ORIGINS[r.choices(ORIG_KEYS, ORIG_WTS)[0]][1])
        else:
            last = r.choice(ORIGINS[o][1])
        if r.random() < 0.07:
            other = r.choice(ORIGINS[r.choices(ORIG_KEYS, ORIG_WTS)[0]][1])
            if " " not in last + other and "-" not in last + other and other != last:
                last = f"{last}-{other}"
        return Person(first, last, r.choice("ABCDEFGHJKLMNPRSTW"), o, fem)

    def relative(self, p, fem=None):
        r = self.r
        if fem is None:
            fem = r.random() < 0.5
        first = self._first(p.origin, fem)
        if first == p.first:
            first = self._first(p.origin, fem)
        return Person(first, p.last, r.choice("ABCDEFGHJKLMNPRSTW"), p.origin, fem)

    def ttl(self, p, lang="en"):
        """Honorific matching the person's gender (kept outside PERSON spans)."""
        return self.title(lang, p.fem)

    def name(self, p, style=None):
        r = self.r
        if style is None:
            style = r.choice(["full", "full", "full", "full", "mid", "lastfirst", "caps"])
        f, l, m = p.first, p.last, p.mid
        if style == "full":
            return f"{f} {l}"
        if style == "mid":
            return f"{f} {m}. {l}"
        if style == "lastfirst":
            return f"{l}, {f}"
        if style == "LASTFIRST":
            return f"{l.upper()}, {f.upper()}" + (f" {m}" if r.random() < 0.5 else "")
        if style == "caps":
            return f"{f} {l}".upper()
        if style == "lower":
            return f"{f} {l}".lower()
        if style == "first":
            return f
        if style == "last":
            return l
        if style == "hl7":
            return f"{ascii_fold(l).upper()}^{ascii_fold(f).upper()}^{m}"
        if style == "initial":
            return f"{f[0]}. {l}"
        raise ValueError(style)

    def title(self, lang="en", fem=None):
        r = self.r
        if fem is None:
            fem = r.random() < 0.5
        t = {"en": (["Ms.", "Mrs.", "Ms.", "Dr."], ["Mr.", "Mr.", "Dr."]), "de": (["Frau", "Dr."], ["Herr", "Dr."]),
             "fr": (["Mme", "Dr"], ["M.", "Dr"]), "es": (["Sra.", "Dña."], ["Sr.", "D."]),
             "it": (["Sig.ra", "Dott.ssa"], ["Sig.", "Dott."])}[lang]
        return r.choice(t[0] if fem else t[1])

    def email(self, p=None, domain=None):
        r = self.r
        if p is None:
            p = self.person()
        f, l = slug(p.first) or "user", slug(p.last) or "mail"
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}", f"{f}_{l}", f"{f}.{l}{r.randint(1, 99)}",
                          f"{l}.{f}", f"{f}{r.randint(70, 99)}", f"{f}.{l}"])
        return f"{local}@{domain or r.choice(MAIL_DOMAINS)}"

    def handle(self, p=None):
        r = self.r
        base = slug(p.first) if p else r.choice(["frost", "nova", "pixel", "ghost", "lynx", "vortex"])
        return r.choice([f"{base}{r.randint(1, 999)}", f"xX{base}Xx", f"{base}_{r.choice(['gg', 'ttv', 'irl'])}",
                         f"{base}.{rs(r, LO, 1)}", f"the_{base}"])

    # ---- contact
    def phone(self, cc=None):
        r = self.r
        if cc is None:
            cc = r.choice(["US"] * 6 + list(PHONE_PAT))
        out = []
        pat = r.choice(PHONE_PAT[cc])
        if "AAA" in pat:
            pat = pat.replace("AAA", r.choice(US_AREA))
        for ch in pat:
            if ch == "X":
                out.append(r.choice(DG))
            elif ch == "N":
                out.append(r.choice("23456789"))
            else:
                out.append(ch)
        return "".join(out)

    def phone_for(self, p):
        return self.phone(ORIGIN_CC.get(p.origin, "US") if self.r.random() < 0.5 else "US")

    def ipv4(self, private=None):
        r = self.r
        if private is None:
            private = r.random() < 0.3
        if private:
            return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        a = r.choice([23, 31, 45, 62, 73, 81, 85, 91, 98, 104, 142, 151, 176, 185, 203, 212, 217])
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6(self):
        r = self.r
        groups = [f"{r.getrandbits(16):x}" for _ in range(r.randint(3, 5))]
        return r.choice(["2001:db8", "2a02:810d", "2600:1700", "2a00:23c6"]) + ":" + ":".join(groups[:2]) + "::" + groups[-1]

    def url(self, host=None, kind=None):
        r = self.r
        host = host or r.choice(["portal.northwind-health.org", "www.kestrel-bank.com", "app.rideflow.io",
                                 "my.clearwaterutilities.net", "docs.example-cloud.dev", "files.lumenbox.io",
                                 "secure.harborcu.org", "status.tidewater.app"])
        path = r.choice(["/account/settings", "/claims/view", "/share/" + rs(r, ALNUM, 12),
                         "/docs/onboarding", "/r/" + rs(r, LO + DG, 8), "/appointments/confirm",
                         "/download/report.pdf", "/v2/verify"])
        q = r.choice(["", "", f"?ref={rs(r, LO + DG, 6)}", f"?id={r.randint(1000, 99999)}&lang=en",
                      f"?token={rs(r, ALNUM, 16)}"])
        return f"https://{host}{path}{q}"

    # ---- dates
    def day(self, y0=2019, y1=2025):
        a, b = date(y0, 1, 1).toordinal(), date(y1, 12, 28).toordinal()
        return date.fromordinal(self.r.randint(a, b))

    def dob(self, y0=1936, y1=2006):
        return self.day(y0, y1)

    def fd(self, d, style=None):
        return fmt_date(d, style or self.r.choice(EN_DATE_STYLES))

    def tm(self, style=None, h=None, m=None):
        r = self.r
        h = r.randint(7, 20) if h is None else h
        m = r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50, 5, 25]) if m is None else m
        return fmt_time(h, m, style or r.choice(["12", "12", "24", "12s", "12l"]))

    def dtm(self, d=None, lang="en"):
        r = self.r
        d = d or self.day()
        if lang == "en":
            k = r.randrange(7)
            if k == 0:
                return f"{fmt_date(d, 'long')} at {self.tm('12')}"
            if k == 1:
                return f"{fmt_date(d, 'us')} {self.tm(r.choice(['24', '12']))}"
            if k == 2:
                return f"{fmt_date(d, 'iso')} {self.tm('24')}"
            if k == 3:
                return f"{fmt_date(d, 'wd_long')} at {self.tm('12')}"
            if k == 4:
                return f"{fmt_date(d, 'abbr')}, {self.tm('12')}"
            if k == 5:
                return f"{fmt_date(d, 'wd_abbr')} {self.tm('12')}"
            return f"{fmt_date(d, 'long_eu')}, {self.tm('24')}"
        if lang == "de":
            return r.choice([f"{fmt_date(d, 'dot')} um {self.tm('24')}", f"{fmt_date(d, 'de')} um {self.tm('24')}",
                             f"{fmt_date(d, 'dot')}, {self.tm('24')}"])
        if lang == "fr":
            return r.choice([f"{fmt_date(d, 'fr')} à {self.tm('fr')}", f"{fmt_date(d, 'slash_eu')} à {self.tm('24')}"])
        if lang == "es":
            return f"{fmt_date(d, 'es')} a las {self.tm('24')}"
        if lang == "pt":
            return f"{fmt_date(d, 'slash_eu')} às {self.tm('24')}"
        if lang == "it":
            return f"{fmt_date(d, 'it')} alle {self.tm('24')}"
        if lang == "fi":
            return f"{fmt_date(d, 'fi')} {self.tm('24')}"
        return f"{fmt_date(d, r.choice(['iso', 'dot']))} {self.tm('24')}"

    # ---- places
    def addr(self, cc="US", unit_p=0.3, city=None):
        r = self.r
        a = {"cc": cc, "country": COUNTRY_EN.get(cc, cc), "region": None}
        has_unit = r.random() < unit_p
        if cc == "US":
            c, st, z3 = city or r.choice(US_CITIES)
            street = (f"{r.randint(1, 9899)} {r.choice(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE ', 'SW '])}"
                      f"{r.choice(US_STREETS)} {r.choice(US_SUFFIX)}")
            unit = r.choice([f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Unit {r.randint(1, 300)}",
                             f"#{r.randint(100, 999)}", f"Suite {r.randint(100, 950)}",
                             f"Apt. {r.randint(1, 20)}"]) if has_unit else ""
            pc = f"{z3}{r.randint(1, 99):02d}" + (f"-{r.randint(1, 9999):04d}" if r.random() < 0.15 else "")
            s1 = street + (f", {unit}" if unit else "")
            last = f"{c}, {st} {pc}"
            lines = [s1, last] if (not unit or r.random() < 0.6) else [street, unit, last]
            a.update(line1=s1, city=c, region=st, pc=pc, lines=lines, one=f"{s1}, {last}")
            return a
        if cc == "GB":
            c, out = r.choice(INTL["GB"])
            pc = f"{out} {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
            street = f"{r.randint(1, 220)} {r.choice(STREETS['GB'])}"
            s1 = f"Flat {r.randint(1, 24)}, {street}" if has_unit else street
            a.update(line1=s1, city=c, pc=pc, lines=[s1, c, pc], one=f"{s1}, {c} {pc}")
            return a
        if cc in ("DE", "SE", "NO", "FI", "DK", "NL", "ES", "FR", "IT"):
            ent = r.choice(INTL[cc])
            c, pcs = ent[0], ent[1]
            pc = r.choice(pcs)
            nm = r.choice(STREETS[cc])
            n = r.randint(1, 140)
            if cc == "DE":
                s1 = f"{nm} {n}{r.choice(['', '', '', 'a', 'b'])}"
            elif cc == "SE":
                s1 = f"{nm} {n}{r.choice(['', '', ' B', ' A'])}" + (f", lgh {r.randint(1001, 1304)}" if has_unit else "")
            elif cc == "NO":
                s1 = f"{nm} {n}" + (f" {r.choice('ABC')}" if has_unit else "")
            elif cc == "FI":
                s1 = f"{nm} {n}" + (f" {r.choice('ABC')} {r.randint(1, 40)}" if has_unit or r.random() < 0.5 else "")
            elif cc == "DK":
                s1 = f"{nm} {n}{r.choice(['', 'B', 'A'])}" + (f", {r.randint(1, 5)}. {r.choice(['th', 'tv', 'mf'])}" if has_unit else "")
            elif cc == "NL":
                s1 = f"{nm} {n}{r.choice(['', '', '-2', ' hs', '-III'])}"
            elif cc == "ES":
                s1 = f"{nm} {n}" + (f", {r.randint(1, 9)}º {r.choice(['A', 'B', 'izda', 'dcha'])}" if has_unit or r.random() < 0.5 else "")
            elif cc == "FR":
                s1 = f"{n}{r.choice(['', '', ' bis'])} {nm}"
            else:  # IT
                s1 = f"{nm} {n}"
            if cc == "IT":
                last = f"{pc} {c} {ent[2]}"
            elif cc == "SE" and r.random() < 0.4:
                last = f"{pc} {c.upper()}"
            else:
                last = f"{pc} {c}"
            lines = [s1, last]
            if cc == "FR" and has_unit:
                lines = [r.choice([f"Appt {r.randint(1, 60)}", "Bât. B, esc. 2", "Résidence Les Tilleuls"])] + lines
            a.update(line1=", ".join(lines[:-1]), city=c, pc=pc, lines=lines, one=", ".join(lines))
            return a
        if cc == "CA":
            c, prov, L = r.choice(INTL["CA"])
            pc = f"{L}{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
            s1 = f"{r.randint(10, 4999)} {r.choice(STREETS['CA'])}"
            if has_unit:
                s1 = f"{r.randint(101, 2409)}-{s1}"
            last = r.choice([f"{c} {prov} {pc}", f"{c}, {prov} {pc}"])
            a.update(line1=s1, city=c, region=prov, pc=pc, lines=[s1, last], one=f"{s1}, {last}")
            return a
        if cc == "AU":
            c, stt, pc = r.choice(INTL["AU"])
            s1 = f"{r.randint(1, 300)} {r.choice(STREETS['AU'])}"
            if has_unit:
                s1 = f"Unit {r.randint(1, 30)}, {s1}"
            last = f"{c} {stt} {pc}"
            a.update(line1=s1, city=c, region=stt, pc=pc, lines=[s1, last], one=f"{s1}, {last}")
            return a
        if cc == "IN":
            c, stt, p3 = r.choice(INTL["IN"])
            pc = f"{p3}{r.randint(1, 99):03d}"
            l1 = f"Flat {r.randint(101, 1204)}, {r.choice(['Sai Residency', 'Green Glen Apartments', 'Lakshmi Nilaya', 'Sunrise Towers'])}"
            lines = [l1, r.choice(STREETS["IN"]), f"{c}, {stt} {pc}"]
            a.update(line1=", ".join(lines[:2]), city=c, region=stt, pc=pc, lines=lines, one=", ".join(lines))
            return a
        if cc == "BR":
            c, uf, p2 = r.choice(INTL["BR"])
            pc = f"{p2}{r.randint(100, 999)}-{r.randint(0, 999):03d}"
            lines = [f"{r.choice(STREETS['BR'])}, {r.randint(10, 3000)}, apto {r.randint(11, 184)}",
                     f"{r.choice(['Consolação', 'Copacabana', 'Savassi', 'Pinheiros'])}, {c} - {uf}", pc]
            a.update(line1=lines[0], city=c, region=uf, pc=pc, lines=lines, one=", ".join(lines))
            return a
        if cc == "MX":
            c, stt, p2 = r.choice(INTL["MX"])
            pc = f"{p2}{r.randint(100, 999)}"
            lines = [f"{r.choice(STREETS['MX'])} {r.randint(10, 3000)}, Int. {r.randint(1, 12)}",
                     f"Col. {r.choice(['Del Valle', 'Roma Norte', 'Americana', 'Obispado'])}, {pc} {c}, {stt}"]
            a.update(line1=lines[0], city=c, region=stt, pc=pc, lines=lines, one=", ".join(lines))
            return a
        if cc == "JP":
            c, ward, z3 = r.choice(INTL["JP"])
            pc = f"{z3}-{r.randint(1, 9999):04d}"
            lines = [f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(STREETS['JP'])}",
                     f"{ward}, {c} {pc}"]
            a.update(line1=lines[0], city=c, region=None, pc=pc, lines=lines, one=", ".join(lines))
            return a
        raise ValueError(cc)

    def atext(self, a, mode="one"):
        if mode == "one":
            return a["one"]
        if mode == "multi":
            return "\n".join(a["lines"])
        if mode == "one_c":
            return a["one"] + ", " + a["country"]
        if mode == "multi_c":
            return "\n".join(a["lines"] + [a["country"]])
        if mode == "caps":
            return "\n".join(a["lines"]).upper()
        if mode == "one_caps":
            return a["one"].upper()
        raise ValueError(mode)

    def intl_cc(self):
        return self.r.choice(["GB", "DE", "FR", "SE", "NO", "FI", "DK", "ES", "IT", "NL", "CA", "AU", "IN",
                              "BR", "MX", "JP"])

    def loc(self, kind=None):
        r = self.r
        kind = kind or r.choice(["city_st", "city_st", "city_country", "city", "state", "country", "region"])
        if kind == "city_st":
            c, st, _ = r.choice(US_CITIES)
            return f"{c}, {st}"
        if kind == "city_country":
            c = r.choice(list(LOC_CITIES))
            return f"{c}, {LOC_CITIES[c]}"
        if kind == "city":
            return r.choice([r.choice(US_CITIES)[0], r.choice(list(LOC_CITIES))])
        if kind == "state":
            return r.choice(list(US_STATES.values()))
        if kind == "country":
            return r.choice(COUNTRIES)
        return r.choice(REGIONS)

    # ---- identifiers
    def ssn(self, sep="-"):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"

    def bad_ssn(self):
        r = self.r
        a = r.choice([0, 666, r.randint(900, 999)])
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def card(self, brand=None, sep=None):
        r = self.r
        brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
        if brand == "visa":
            body, ln = "4" + rs(r, DG, 5), 16
        elif brand == "mc":
            body, ln = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
        elif brand == "amex":
            body, ln = r.choice(["34", "37"]), 15
        else:
            body, ln = "6011", 16
        body += rs(r, DG, ln - 1 - len(body))
        num = body + luhn_digit(body)
        sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
        if ln == 15:
            return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def bad_card(self, sep=None):
        r = self.r
        c = self.card(brand=r.choice(["visa", "mc", "disc"]), sep=sep)
        last = int(c[-1])
        c = c[:-1] + str((last + r.randint(1, 9)) % 10)
        assert not luhn_ok(c)
        return c

    def control16(self):
        """16-digit control/validation number that is NOT Luhn-valid."""
        r = self.r
        while True:
            s = rs(r, DG, 16)
            if not luhn_ok(s):
                return s

    def masked_card(self):
        r = self.r
        l4 = rs(r, DG, 4)
        return r.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"ending in {l4}",
                         f"************{l4}", f"Visa ···· {l4}"])

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or r.choice(list(IBAN_BBAN))
        bban = []
        pat = IBAN_BBAN[cc]
        if cc == "NL":
            bban.append(r.choice(NL_BANKS)); pat = pat[4:]
        elif cc == "GB":
            bban.append(r.choice(GB_BANKS)); pat = pat[4:]
        elif cc == "IE":
            bban.append(r.choice(IE_BANKS)); pat = pat[4:]
        for ch in pat:
            bban.append(r.choice(DG) if ch == "#" else r.choice(UP))
        bban = "".join(bban)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        s = f"{cc}{chk:02d}{bban}"
        assert iban_ok(s)
        if grouped is None:
            grouped = r.random() < 0.6
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def bad_iban(self, cc=None):
        s = self.iban(cc, grouped=False)
        chk = int(s[2:4])
        s = s[:2] + f"{(chk + self.r.randint(1, 40)) % 97 + 2:02d}"[-2:] + s[4:]
        if iban_ok(s):
            s = s[:2] + ("00" if s[2:4] != "00" else "01") + s[4:]
        return s

    def mrn(self):
        r = self.r
        return r.choice([f"{r.randint(0, 99999999):08d}", f"E{r.randint(1000000, 9999999)}",
                         f"MR{r.randint(100000, 999999)}",
                         f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
                         f"{r.randint(1000000, 9999999)}", f"A{r.randint(10, 99)}-{r.randint(10000, 99999)}"])

    def hpn(self):
        r = self.r
        k = r.randrange(7)
        if k == 0:
            return f"{rs(r, UP, 3)}{rs(r, DG, 9)}"
        if k == 1:
            return f"W{rs(r, DG, 9)}"
        if k == 2:
            a = "ACDEFGHJKMNPQRTUVWXY"
            s = (r.choice("123456789") + r.choice(a) + r.choice(a + DG) + r.choice(DG) + "-" + r.choice(a)
                 + r.choice(a + DG) + r.choice(DG) + "-" + r.choice(a) + r.choice(a) + r.choice(DG) + r.choice(DG))
            return s if r.random() < 0.5 else s.replace("-", "")
        if k == 3:
            return f"{rs(r, DG, 9)}-01"
        if k == 4:
            return f"ZGP{rs(r, DG, 8)}"
        if k == 5:
            return f"{r.choice(UP)}{rs(r, DG, 8)}"
        return f"H{rs(r, DG, 10)}"

    def acct(self, kind="bank"):
        r = self.r
        if kind == "bank":
            return rs(r, "123456789", 1) + rs(r, DG, r.randint(7, 11))
        if kind == "utility":
            return f"{rs(r, DG, 4)}-{rs(r, DG, 3)}-{rs(r, DG, 3)}"
        if kind == "telecom":
            return r.choice([rs(r, DG, 9), f"{rs(r, DG, 3)}-{rs(r, DG, 6)}-{rs(r, DG, 2)}"])
        if kind == "patient":
            return r.choice([rs(r, DG, 11), f"PA{rs(r, DG, 8)}", f"{rs(r, DG, 4)}-{rs(r, DG, 6)}"])
        return r.choice([f"C{rs(r, DG, 8)}", rs(r, DG, 7), f"{rs(r, DG, 3)}-{rs(r, DG, 5)}"])

    def dl(self, st):
        r = self.r
        out = []
        for ch in DL_FMT[st]:
            out.append(r.choice(DG) if ch == "#" else r.choice(UP) if ch == "@" else
                       r.choice(UP + DG) if ch == "*" else ch)
        return "".join(out)

    # ---- secrets
    def aws_ak(self):
        return self.r.choice(["AKIA", "AKIA", "ASIA"]) + rs(self.r, UP + "234567", 16)

    def aws_sk(self):
        return rs(self.r, B64, 39) + self.r.choice(ALNUM)

    def gh_token(self):
        r = self.r
        if r.random() < 0.25:
            return "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, ALNUM, 59)
        return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, ALNUM, 36)

    def slack_token(self):
        r = self.r
        if r.random() < 0.6:
            return f"xoxb-{rs(r, DG, r.randint(10, 13))}-{rs(r, DG, r.randint(10, 13))}-{rs(r, ALNUM, 24)}"
        return f"xoxp-{rs(r, DG, 11)}-{rs(r, DG, 11)}-{rs(r, DG, 13)}-{rs(r, HEX, 32)}"

    def stripe_key(self):
        r = self.r
        return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, ALNUM, r.choice([24, 34, 99]))

    def jwt(self):
        r = self.r

        def b64u(b):
            return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
        alg = r.choice(["HS256", "RS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = rs(r, ALNUM, 12)
        iat = r.randint(1_650_000_000, 1_740_000_000)
        pl = {"sub": r.choice([str(r.randint(10000, 999999)), "svc-" + rs(r, LO, 6)]), "iat": iat,
              "exp": iat + r.choice([900, 3600, 86400]),
              "scope": r.choice(["read:orders", "openid profile", "admin", "payments:write"])}
        if r.random() < 0.4:
            pl["iss"] = r.choice(["https://auth.northwind.io", "https://login.kestrel-bank.com"])
        nsig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
        sig = b64u(bytes(r.getrandbits(8) for _ in range(nsig)))
        sig = sig[:-1] + r.choice(ALNUM)
        return (b64u(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
                b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + sig)

    def pem(self, kind=None):
        r = self.r
        kind = kind or r.choice(["RSA PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY",
                                 "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
        prefix = {"RSA PRIVATE KEY": "MIIEowIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
                  "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                  "ENCRYPTED PRIVATE KEY": "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI",
                  "CERTIFICATE": "MIIDdzCCAl+gAwIBAgIU"}[kind]
        width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
        nl = {"EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": r.randint(5, 7)}.get(kind, r.randint(7, 12))
        body = prefix + rs(r, B64, width * nl - len(prefix) - r.randint(4, 30))
        body += "=" * ((4 - len(body) % 4) % 4)
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

    def password(self):
        r = self.r
        k = r.randrange(7)
        sym = "!@#%^&*-_+="
        if k == 0:
            return f"{r.choice(WORDS)}{r.choice(sym)}{r.randint(1990, 2025)}"
        if k == 1:
            return r.choice(ALNUM) + rs(r, ALNUM + sym, r.randint(10, 18)) + r.choice(ALNUM)
        if k == 2:
            return "-".join(w.lower() for w in r.sample(WORDS, 3)) + str(r.randint(1, 99))
        if k == 3:
            return f"{r.choice(WORDS).lower()}_{r.choice(WORDS)}{r.randint(10, 999)}"
        if k == 4:
            w = r.choice(WORDS).replace("a", "@").replace("o", "0").replace("e", "3")
            return f"{w}{r.randint(10, 99)}{r.choice(sym)}x"
        if k == 5:
            return rs(r, ALNUM, r.choice([16, 20, 24, 32]))
        return f"{r.choice(WORDS)}{r.choice(sym)}{rs(r, LO, 2)}{r.randint(10, 99)}"

    def passcode(self):
        r = self.r
        return r.choice([rs(r, DG, 6), rs(r, DG, 8), rs(r, ALNUM, 6), rs(r, "123456789", 1) + rs(r, DG, 5)])

    def secret(self):
        r = self.r
        k = r.randrange(11)
        if k == 0:
            return "SG." + rs(r, B64URL, 21) + r.choice(ALNUM) + "." + rs(r, B64URL, 42) + r.choice(ALNUM)
        if k == 1:
            return "whsec_" + rs(r, ALNUM, 32)
        if k == 2:
            return rs(r, HEX, 32)
        if k == 3:
            return "AIza" + rs(r, B64URL, 34) + r.choice(ALNUM)
        if k == 4:
            return "npm_" + rs(r, ALNUM, 36)
        if k == 5:
            return "key-" + rs(r, HEX, 32)
        if k == 6:
            return "glpat-" + rs(r, ALNUM, 20)
        if k == 7:
            return "shpat_" + rs(r, HEX, 32)
        if k == 8:
            return "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16)
        if k == 9:
            return rs(r, ALNUM, 40)
        return "dapi" + rs(r, HEX, 32)

    # ---- hard negatives
    def uuid(self):
        r = self.r
        return "%08x-%04x-4%03x-%x%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                                   r.choice([8, 9, 10, 11]), r.getrandbits(12), r.getrandbits(48))

    def sha(self, n=40):
        return rs(self.r, HEX, n)

    def version(self):
        r = self.r
        return r.choice([f"v{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 20)}",
                         f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 12)}",
                         f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}"])

    def ticket(self, prefix="", n=7):
        return prefix + rs(self.r, DG, n)

    def amt(self, lo=5, hi=5000, cur="$"):
        v = self.r.uniform(lo, hi)
        if cur == "$":
            return f"${v:,.2f}"
        if cur == "€":
            return f"{v:,.2f} €".replace(",", " ").replace(".", ",")
        if cur == "kr":
            return f"{v:,.2f} kr".replace(",", " ").replace(".", ",")
        return f"{cur} {v:,.2f}"

    def npi(self):
        return self.r.choice("12") + rs(self.r, DG, 9)

    def routing(self):
        r = self.r
        while True:
            d8 = [r.choice("0123") ] + [r.choice(DG) for _ in range(7)]
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            s = sum(int(a) * b for a, b in zip(d8, w))
            d9 = (10 - s % 10) % 10
            return "".join(d8) + str(d9)

    def vin(self):
        return rs(self.r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)

    def plate(self):
        r = self.r
        return r.choice([f"{r.randint(1, 9)}{rs(r, UP, 3)}{rs(r, DG, 3)}", f"{rs(r, UP, 3)}-{rs(r, DG, 4)}",
                         f"{rs(r, UP, 2)} {rs(r, DG, 5)}", f"{rs(r, UP, 3)} {rs(r, DG, 3)}"])

    def epoch(self):
        return str(self.r.randint(1_600_000_000, 1_750_000_000))

    def logts(self, d=None):
        r = self.r
        d = d or self.day(2022, 2025)
        return f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 9999999):07d}Z"

    def tracking(self):
        r = self.r
        return r.choice([f"1Z{rs(r, UP + DG, 6)}{rs(r, DG, 10)}", f"9400 1{rs(r, DG, 3)} {rs(r, DG, 4)} {rs(r, DG, 4)} {rs(r, DG, 4)} {rs(r, DG, 2)}",
                         rs(r, DG, 12)])


# ================================================================ positive domains
def dom_rideshare(d, g):
    r = g.r
    rider, driver, agent = g.person(), g.person(fem=False), g.person()
    day = g.day(2022, 2025)
    pick = g.addr("US", unit_p=0.15)
    st = r.choice(list(DL_FMT))
    if r.random() < 0.6:
        d.w("RIDE SAFETY INCIDENT - Trust & Safety queue T§\nReport ID: §   Trip ID: §\n",
            r.randint(1, 3), g.ticket("SIR-", 7), g.uuid())
        d.w("Trip date: §\n", DT(g.dtm(day)))
        d.w("Rider: §  (member since §, § completed trips)\n", PER(g.name(rider, "full")),
            r.randint(2014, 2022), r.randint(3, 900))
        d.w("Rider phone: §  |  Rider email: §\n", PH(g.phone("US")), EM(g.email(rider)))
        d.w("Driver: §  |  DL # § (§)\n", PER(g.name(driver, r.choice(["caps", "full", "LASTFIRST"]))),
            DL(g.dl(st)), LOC(US_STATES.get(st, "Ohio")))
        d.w("Vehicle: § §, plate §, VIN §\n", r.randint(2012, 2023), r.choice(CARS), g.plate(), g.vin())
        d.w("Pickup: §\n", ADR(g.atext(pick, "one")))
        d.w("Drop-off (requested): near §\n", LOC(f"{pick['city']}, {pick['region']}"))
        d.w("Fare: § charged to card §; refund status: §\n", g.amt(8, 90), g.masked_card(),
            r.choice(["issued", "pending", "denied"]))
        d.w("Booking IP: §   App: rider-ios §   Device: §\n\n", IP(g.ipv4(False)), g.version(), g.uuid()[:13])
        d.t("Narrative:\n")
        d.w("Rider reports that the driver (§) took an unexpected detour and would not stop when asked. "
            "At § the rider shared the trip with a friend, §, and asked to be let out. ",
            PER(driver.first), DT(g.tm("12")), PER(g.name(g.person(), "full")))
        if r.random() < 0.5:
            d.w("Driver allegedly said his brother § \"handles complaints\". ", PER(g.relative(driver, fem=False).first))
        d.w("Trip ended § minutes late; GPS shows a 14 min stop (duration only, no timestamp shared).\n", r.randint(9, 40))
        d.w("Agent follow-up: called driver at § on §, driver disputes the route. Account paused pending review.\n",
            PH(g.phone("US")), DT(g.fd(day + timedelta(days=r.randint(1, 3)), "us")))
        d.w("-- § (T&S, badge §)\n", PER(agent.first), r.randint(1000, 9999))
    else:
        d.w("From: § <§>\nTo: §\nDate: § -0800\nSubject: Re: Your trip on § (Trip #§)\n\n",
            PER(g.name(rider, "full")), EM(g.email(rider)), EM("safety@rideflow-support.com"),
            f"{WEEKDAYS[day.weekday()][:3]}, {day.day:02d} {MONTHS['en'][day.month - 1][:3]} {day.year} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
            DT(fmt_date(day, "md")), g.ticket("", 10))
        d.w("hi, im writing about my ride last night (§, around §) from §. ",
            DT(fmt_date(day, "md").lower()), DT(g.tm("12s")), ADR(g.atext(pick, "one")))
        d.w("the driver, i think his name was §, kept texting while driving and then asked for my number. "
            "i did NOT give it to him but he still texted me at § afterwards from §. ",
            PER(driver.first.lower()), PH(g.phone("US")), PH(g.phone("US")))
        d.w("my friend § was with me and can confirm. we got dropped off in § instead of where i asked.\n\n",
            PER(g.name(g.person(), "lower")), LOC(g.loc("city_st")))
        if r.random() < 0.4:
            d.w("i was charged § twice on my card § (full number so you can find it), please refund. app version §.\n",
                g.amt(8, 90), CC(g.card()), g.version())
        else:
            d.w("i was charged § on the card ending §, please refund. app version §.\n",
                g.amt(8, 90), rs(r, DG, 4), g.version())
        d.w("thanks,\n§\n§\n", PER(g.name(rider, r.choice(["first", "lower", "full"]))), PH(g.phone("US")))
        if r.random() < 0.4:
            d.w("\n> On §, RideFlow Support wrote:\n> We're sorry to hear about your trip. Case 0§ has been opened.\n",
                DT(g.dtm(day + timedelta(days=1))), g.ticket("", 8))


def dom_cad911(d, g):
    r = g.r
    a = g.addr("US", unit_p=0.4)
    caller = g.person()
    pt = g.relative(caller) if r.random() < 0.6 else g.person()
    nature = r.choice(["MEDICAL - FALL", "WELFARE CHECK", "DOMESTIC DISTURBANCE", "MVA W/ INJURIES",
                       "MISSING PERSON", "CHEST PAIN", "SUSPICIOUS VEHICLE"])
    d.w("CAD INCIDENT DETAIL REPORT          Printed by: § #§\n", PER(g.name(g.person(), "initial")), r.randint(1000, 9999))
    d.w("Incident #: §-§   Nature: §   Priority: P§   Agency: §\n", r.randint(22, 25), f"{r.randint(1, 99999):06d}",
        nature, r.randint(1, 3), r.choice(["FD/EMS", "PD", "PD/EMS"]))
    d.w("Location: §\n", ADR(g.atext(a, "one_caps")))
    d.w("Map: §-§   Beat: §   Lat/Lon: §, -§\n", r.randint(10, 99), r.choice("ABCDEF"), r.randint(100, 999),
        f"{r.uniform(25, 48):.5f}", f"{r.uniform(70, 122):.5f}")
    d.w("Caller: §   Callback: §   Class: §\n", PER(g.name(caller, "LASTFIRST")), PH(g.phone("US")),
        r.choice(["WPH2", "RESD", "VOIP", "WPH1"]))
    d.t("--- Event chronology ---\n")
    h, m, s = r.randint(0, 23), r.randint(0, 50), r.randint(0, 59)

    def stamp():
        nonlocal h, m, s
        s += r.randint(5, 200)
        m += s // 60
        s %= 60
        h = (h + m // 60) % 24
        m %= 60
        return f"{h:02d}:{m:02d}:{s:02d}"
    d.w("§ CALL RECEIVED ON 911 TRUNK §\n", stamp(), r.randint(1, 12))
    rel = r.choice(["HUSBAND", "WIFE", "MOTHER", "SON", "NEIGHBOR", "ROOMMATE"])
    d.w("§ CALLER STATES § IS §\n", stamp(), rel, r.choice(["NOT ANSWERING DOOR", "CONFUSED AND COMBATIVE",
                                                              "DOWN IN KITCHEN, BREATHING", "MISSING SINCE THIS AM"]))
    d.w("§ PT/SUBJ IS § DOB §, § YOA\n", stamp(), PER(g.name(pt, "caps")), DOB(g.fd(g.dob(1935, 2008), "us")),
        r.randint(16, 88))
    if r.random() < 0.5:
        d.w("§ LAST SEEN APPROX § WEARING BLK JACKET, SEE ATTACHED PHOTO\n", stamp(), DT(g.tm("24")))
    d.w("§ [§] DISPATCHED\n", stamp(), r.choice(["E12", "M7", "L3", "U221", "P14"]))
    if r.random() < 0.5:
        d.w("§ 2ND CALLER § CB § REPORTS SAME\n", stamp(), PER(g.name(g.person(), "caps")), PH(g.phone("US")))
    if r.random() < 0.4:
        d.w("§ SUBJ VEH PLATE § GRY §, VIN §\n", stamp(), g.plate(), r.choice(CARS).upper(), g.vin())
    d.w("§ [M7] ON SCENE\n", stamp())
    d.w("§ PER M7 TRANSPORTING TO § ER, 1 PT\n", stamp(), r.choice(["ST LUKE'S", "MERCY GENERAL", "ST JOSEPH",
                                                                 "REGIONAL MEDICAL CTR"]))
    d.w("§ ALL UNITS CLEAR, DISPO §\n", stamp(), r.choice(["TRANSPORTED", "REPORT TAKEN", "GOA", "REFERRED"]))
    d.w("Call taker: §   Dispatcher: §   Total elapsed: §m§s\n", PER(g.name(g.person(), "initial")),
        PER(g.name(g.person(), "initial")), r.randint(12, 80), r.randint(0, 59))


PAWN_ITEMS = [("DeWalt DCD791 20V drill", "SN {}"), ("14K YG rope chain 22in 18.2g", "-"),
              ("PlayStation 5 console CFI-1215A", "S/N {}"), ("Gibson Les Paul Studio guitar", "SN {}"),
              ("Apple MacBook Air M1 8GB", "SN C02{}"), ("Men's Seiko 5 watch SNK809", "{}"),
              ("Milwaukee M18 impact driver", "SN {}"), ("10K WG diamond ring 0.25ctw sz 7", "-")]


def dom_pawn(d, g):
    r = g.r
    p = g.person()
    a = g.addr("US")
    st = a["region"] if a["region"] in DL_FMT else r.choice(list(DL_FMT))
    if r.random() < 0.35:
        d.ocr = 0.012
    day = g.day(2020, 2025)
    d.w("§  Store #§\nPAWN TICKET No. §\n", r.choice(["GOLDEN EAGLE PAWN & LOAN", "CASH KINGS PAWN", "A-1 JEWELRY & LOAN",
                                                       "MIDTOWN GOLD & PAWN", "LUCKY 7 PAWN"]),
        f"{r.randint(1, 400):04d}", g.ticket("", 10))
    d.w("Date: §   Time: §\n", DT(g.fd(day, "us")), DT(g.tm("12")))
    d.w("Pledgor: §\n", PER(g.name(p, "LASTFIRST")))
    d.w("DOB: §   Sex: §   Ht: §'§\"   Wt: §   Eyes: §\n", DOB(g.fd(g.dob(1950, 2004), "us")), r.choice("MF"),
        r.randint(4, 6), f"{r.randint(0, 11):02d}", r.randint(100, 280), r.choice(["BRN", "BLU", "GRN", "HAZ"]))
    d.w("ID Type: DL   ID#: §   Issuing state: §   Exp: §\n", DL(g.dl(st)), LOC(st),
        DT(g.fd(g.day(2025, 2030), "us")))
    d.w("Address: §\n", ADR(g.atext(a, r.choice(["one", "one_caps"]))))
    d.w("Phone: §\n\n", PH(g.phone("US")))
    d.t("ITEM  DESCRIPTION                        SERIAL/MARKS          AMOUNT\n")
    total = 0.0
    for k in range(r.randint(1, 4)):
        desc, ser = r.choice(PAWN_ITEMS)
        serial = ser.format(rs(r, UP + DG, 9)) if "{}" in ser else ser
        v = r.uniform(15, 600)
        total += v
        d.w("§     §  §  §\n", k + 1, desc.ljust(34), serial.ljust(20), f"${v:,.2f}")
    d.w("\nLoan amount: §   Finance charge: §   APR: §%\n", f"${total:,.2f}", f"${total * 0.2:,.2f}", r.randint(120, 240))
    d.w("Maturity date: §   Grace period: 30 days\n", DT(g.fd(day + timedelta(days=30), "us")))
    d.w("Clerk: §   Thumbprint: on file   LeadsOnline ref: §\n", PER(g.person().first.lower()), g.ticket("", 8))
    d.t("Pledgor certifies that the above goods are not stolen and that pledgor is the lawful owner. "
        "Failure to redeem by the maturity date plus grace period forfeits all rights to the goods.\n")


def dom_border(d, g):
    r = g.r
    p = g.person()
    day = g.day(2022, 2025)
    if r.random() < 0.6:
        hotel = g.addr("US")
        d.w("U.S. CUSTOMS AND BORDER PROTECTION - CUSTOMS DECLARATION (CBP Form 6059B)  [MPC app §]\n",
            g.version())
        d.w("1  Family Name: §\n   First (Given): §     Middle: (none)\n", PER(p.last.upper()), PER(p.first.upper()))
        d.w("2  Birth date (mm/dd/yyyy): §\n", DOB(g.fd(g.dob(), "us")))
        d.w("3  Number of family members traveling with you: §\n", r.randint(0, 4))
        d.w("4  (a) U.S. street address (hotel name/destination): §, §\n",
            r.choice(["Hilton Garden Inn", "Marriott Courtyard", "c/o family", "Hampton Inn"]),
            ADR(g.atext(hotel, "one")))
        d.w("5  Passport issued by (country): §\n", LOC(r.choice(COUNTRIES)))
        d.w("6  Passport number: §\n", rs(r, UP, 1) + rs(r, DG, 8))
        d.w("7  Country of Residence: §\n", LOC(r.choice(COUNTRIES)))
        d.w("8  Countries visited on this trip prior to U.S. arrival: §, §\n", LOC(r.choice(COUNTRIES)),
            LOC(r.choice(COUNTRIES)))
        d.w("9  Airline/Flight No. or Vessel Name: § §\n", r.choice(["QF", "LH", "AF", "SK", "AY", "KE", "ET"]),
            r.randint(1, 999))
        d.t("10 The primary purpose of this trip is business: No\n"
            "11 I am (We are) bringing fruits, vegetables, plants, seeds, food, insects: Yes\n"
            "12 meats, animals, animal/wildlife products: No\n")
        d.w("15 Total value of all goods purchased or acquired abroad: §\n", g.amt(50, 3000))
        d.w("Date (mm/dd/yyyy): §\n\n", DT(g.fd(day, "us")))
        d.t("-- Secondary inspection notes --\n")
        d.w("CBPO § #§: traveler declared dried mango 2 kg (HS 0804.50) and homemade sausage (HS 1601.00). "
            "Meat seized and destroyed. No penalty. Traveler contact while in U.S.: §, §.\n",
            PER(g.name(g.person(), r.choice(["initial", "full"]))), r.randint(1000, 9999),
            PH(g.phone("US")), EM(g.email(p)))
        if r.random() < 0.5:
            d.w("Traveling with spouse § (separate declaration, DOB §). Referred to ag at §.\n",
                PER(g.name(g.relative(p), "caps")), DOB(g.fd(g.dob(), "us")), DT(g.tm("24")))
    else:
        home = g.addr(r.choice(["US", "GB", "DE", "FR", "AU", "NL"]))
        d.t("CANADA BORDER SERVICES AGENCY / AGENCE DES SERVICES FRONTALIERS DU CANADA\n"
            "Declaration Card / Carte de déclaration  E311\n")
        d.w("Last name, first name and initials / Nom, prénom et initiales: §\n",
            PER(f"{p.last.upper()}, {p.first.upper()} {p.mid}"))
        d.w("Date of birth / Date de naissance (YY-MM-DD): §\n", DOB(fmt_date(g.dob(), "yymmdd")))
        d.w("Citizenship / Citoyenneté: §\n", r.choice(["GBR", "DEU", "FRA", "AUS", "NLD", "IND"]))
        d.w("Home address / Adresse du domicile:\n§\n", ADR(g.atext(home, "multi_c")))
        d.w("Arriving by / Arrivée par: Air   Airline flight No. / No de vol: AC §\n", r.randint(100, 999))
        d.w("Purpose of trip / But du voyage: Personal / Personnel\nArriving from / En provenance de: §\n",
            LOC(r.choice(["USA", "United States", "France", "Germany", "Mexico"])))
        d.w("Date of arrival / Date d'arrivée: §\n", DT(g.fd(day, r.choice(["iso", "slash_eu"]))))
        d.t("I am/we are bringing into Canada firearms or other weapons: No\n"
            "currency or monetary instruments totalling CAN$10,000 or more: No\n")
        d.w("Officer remarks: visiting §'s family in §; stay § days; return ticket seen (PNR §).\n",
            PER(g.person().first), LOC(r.choice(["Halifax, NS", "Montréal, QC", "Calgary, AB", "Winnipeg"])),
            r.randint(3, 30), rs(r, UP, 6))
        d.w("Contact in Canada: § §\n", PER(g.name(g.person(), "full")), PH(g.phone("CA")))


def dom_life_beneficiary(d, g):
    r = g.r
    ins = g.person()
    a = g.addr("US")
    day = g.day(2021, 2025)
    d.w("§ LIFE & ANNUITY COMPANY\nCHANGE OF BENEFICIARY DESIGNATION\nContract No.: §   Plan: Term 20\n\n",
        r.choice(["HARBOR MUTUAL", "NORTHSTAR", "EVERGREEN NATIONAL", "CORNERSTONE"]), g.ticket("LF-", 7))
    d.t("SECTION 1 - INSURED / OWNER\n")
    d.w("Name: §\n", PER(g.name(ins, r.choice(["full", "mid"]))))
    d.w("SSN: §     Date of Birth: §\n", SSN(g.ssn()), DOB(g.fd(g.dob(1945, 1995))))
    d.w("Address: §\n", ADR(g.atext(a, "one")))
    d.w("Phone: §     Email: §\n\n", PH(g.phone("US")), EM(g.email(ins)))
    d.t("SECTION 2 - PRIMARY BENEFICIARY(IES)\n")
    d.t("Name                          | Relationship | Date of Birth | SSN          | Share\n")
    shares = [100] if r.random() < 0.4 else [50, 50] if r.random() < 0.6 else [40, 30, 30]
    for sh in shares:
        b = g.relative(ins) if r.random() < 0.7 else g.person()
        nm = g.name(b, "full")
        ssn_cell = SSN(g.ssn()) if r.random() < 0.6 else "xxx-xx-" + rs(r, DG, 4)
        rel = r.choice(["Spouse", "Daughter", "Sister", "Partner", "Niece"] if b.fem else ["Spouse", "Son", "Brother", "Partner", "Nephew"])
        d.w("§ | § | § | § | §%\n", PER(nm), rel.ljust(12),
            DOB(g.fd(g.dob(1960, 2015), "us")), ssn_cell, sh)
    d.t("\nSECTION 3 - CONTINGENT BENEFICIARY\n")
    trust_d = g.day(2005, 2022)
    d.w("The § Family Trust dated §, § and § as co-trustees.\n", ins.last, DT(g.fd(trust_d, "long")),
        PER(g.name(g.person(), "full")), PER(g.name(g.person(), "full")))
    d.t("\nSECTION 4 - PREMIUM PAYMENT (EFT)\n")
    d.w("Bank: §   Routing: §   Account: §   Type: Checking\n", r.choice(["Wells Fargo", "Chase", "U.S. Bank", "Truist"]),
        g.routing(), ACCT(g.acct("bank")))
    d.w("Draft day: 15th of each month. Modal premium: §\n\n", g.amt(30, 400))
    d.w("Signed at § on §.\n", LOC(f"{a['city']}, {a['region']}"), DT(g.fd(day, r.choice(["us", "long"]))))
    agent = g.person()
    d.w("Agent: §, CLU - Agent code § - § - §\n", PER(g.name(agent, "full")), g.ticket("A", 6),
        PH(g.phone("US")), EM(g.email(agent, "cornerstone-agents.com")))
    d.t("Note: a designation of 'my estate' or a pet (e.g. '" + r.choice(PETS) + "') cannot be accepted.\n")


def dom_genetic_counsel(d, g):
    r = g.r
    p = g.person(fem=True)
    mother = g.person(origins=[p.origin], fem=True)
    day = g.day(2021, 2025)
    dr = g.person()
    gc = g.person()
    d.t("GENETIC COUNSELING CONSULTATION NOTE\n")
    d.w("Patient: §   MRN: §   DOB: §\n", PER(g.name(p, r.choice(["full", "lastfirst", "mid"]))), MRN(g.mrn()),
        DOB(g.fd(g.dob(1960, 2000))))
    d.w("Date of visit: §   Visit type: § \n", DT(g.fd(day)), r.choice(["in person", "telehealth (video)"]))
    d.w("Referring provider: Dr. § (§)\n\n", PER(g.name(dr, r.choice(["full", "last"]))),
        r.choice(["Oncology", "OB/GYN", "Cardiology", "Neurology"]))
    d.w("Indication: personal history of § diagnosed at age §; family history concerning for hereditary "
        "cancer syndrome.\n\n", r.choice(["breast cancer", "colon cancer", "ovarian cancer"]), r.randint(32, 55))
    d.t("Family history (pedigree drawn, 3 generations):\n")
    d.w("- Mother: §, deceased age §, ovarian ca dx at §.\n", PER(mother.first), r.randint(50, 75), r.randint(40, 60))
    d.w("- Maternal aunt: §, living, age §, breast ca dx at §.\n", PER(g.person(origins=[p.origin], fem=True).first),
        r.randint(55, 80), r.randint(38, 60))
    d.w("- Paternal cousin tested positive for BRCA2 c.5946delT (p.Ser1982fs) in §.\n", LOC(g.loc("city_country")))
    d.w("- Father healthy at §; ancestry reported as §.\n\n", r.randint(60, 85),
        r.choice(["Ashkenazi Jewish", "Norwegian/Irish", "Nigerian (Igbo)", "Mexican", "Finnish"]))
    d.w("Testing: §-gene hereditary cancer panel ordered (req §). ICD-10 §, §; CPT §. Specimen: saliva kit "
        "mailed to patient. Results expected in 2-3 weeks.\n", r.choice([36, 47, 84]), g.ticket("RQ", 7),
        r.choice(ICD10), "Z80.3", r.choice(CPT))
    d.w("Insurance: § member ID §; prior authorization §.\n",
        r.choice(["Aetna", "Cigna", "BCBS", "UnitedHealthcare", "Kaiser"]), HPN(g.hpn()), g.ticket("PA-", 8))
    d.w("Follow-up: results disclosure visit on §. Patient prefers contact at § or §.\n",
        DT(g.dtm(day + timedelta(days=r.randint(14, 30)))), PH(g.phone_for(p)), EM(g.email(p)))
    if r.random() < 0.5:
        d.w("Patient's sister § (DOB §) may also want testing; cascade letter provided.\n",
            PER(g.name(g.relative(p, fem=True), "full")), DOB(g.fd(g.dob(1960, 2000))))
    d.w("\n§, MS, CGC - Certified Genetic Counselor (NPI §)\n", PER(g.name(gc, "full")), g.npi())


def dom_immunization(d, g):
    r = g.r
    if r.random() < 0.5:
        p = g.person()
        par = g.relative(p)
        a = g.addr("US", unit_p=0.3)
        prov = g.person()
        day = g.day(2022, 2025)
        ts = f"{day.year}{day.month:02d}{day.day:02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
        d.w("MSH|^~\\&|EPIC|CLINIC^§|IIS|STATEIIS|§||VXU^V04^VXU_V04|§|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS\r\n",
            r.randint(100, 9999), ts, g.ticket("MSG", 8))
        street = ascii_fold(a["line1"]).upper().replace(",", "")
        d.w("PID|1||§^^^CLINIC^MR||§|§^^^^^^M|§|§||2106-3^White^CDCREC|§||§^PRN^PH|||||||||||N\r\n",
            MRN(g.mrn()), PER(g.name(p, "hl7")), PER(ascii_fold(g.person().last).upper()),
            DOB(fmt_date(g.dob(2008, 2024), "hl7")), "F" if p.fem else "M",
            ADR(f"{street}^^{ascii_fold(a['city']).upper()}^{a['region']}^{a['pc'][:5]}"),
            PH(f"({rs(r, '23456789', 1)}{rs(r, DG, 2)}){rs(r, '23456789', 1)}{rs(r, DG, 2)}-{rs(r, DG, 4)}"))
        d.w("PD1|||||||||||02^Reminder/recall - any method^HL70215|N||||A\r\n")
        d.w("NK1|1|§|§||§^PRN^PH\r\n", PER(g.name(par, "hl7")), "MTH^Mother^HL70063" if par.fem else "FTH^Father^HL70063",
            PH(g.phone("US")))
        npi = g.npi()
        for k in range(r.randint(1, 3)):
            cvx, vname = r.choice([("08", "Hep B, adolescent or pediatric"), ("20", "DTaP"), ("110", "DTaP-Hep B-IPV"),
                                   ("141", "Influenza, seasonal, injectable"), ("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL"),
                                   ("03", "MMR"), ("21", "varicella")])
            d.w("ORC|RE||§^CLINIC||||||||||\r\n", g.ticket("", 6))
            d.w("RXA|0|1|§|§|§^§^CVX|0.5|mL^MilliLiters^UCUM||00^New immunization record^NIP001|§^§|||||§||§^§^MVX|||CP|A\r\n",
                DT(fmt_date(day, "hl7")), DT(fmt_date(day, "hl7")), cvx, vname, npi,
                PER(f"{ascii_fold(prov.last).upper()}^{ascii_fold(prov.first).upper()}"),
                rs(r, UP, 2) + rs(r, DG, 4) + r.choice(["AA", "X", "B"]),
                *r.choice([("MSD", "Merck"), ("PMC", "Sanofi Pasteur"), ("SKB", "GlaxoSmithKline"), ("PFR", "Pfizer")]))
            d.w("RXR|C28161^Intramuscular^NCIT|LA^Left Arm^HL70163\r\n")
            d.w("OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F|||§\r\n",
                DT(fmt_date(day, "hl7")))
    else:
        cols = ["registry_id", "mrn", "last_name", "first_name", "dob", "sex", "vaccine", "cvx", "admin_date", "lot",
                "site", "administered_by", "clinic_city", "clinic_state", "guardian_phone"]
        d.t(",".join(cols) + "\n")
        for _ in range(r.randint(3, 7)):
            p = g.person()
            prov = g.person()
            c, st, _ = r.choice(US_CITIES)
            vac, cvx = r.choice([("DTaP-IPV", "130"), ("MMRV", "94"), ("HPV9", "165"), ("Tdap", "115"),
                                 ("Influenza", "150"), ("MenACWY", "114")])
            d.w("§,§,§,§,§,§,§,§,§,§,§,\"§ RN\",§,§,§\n", g.ticket("IIS-", 7), MRN(g.mrn()), PER(p.last), PER(p.first),
                DOB(fmt_date(g.dob(2008, 2023), "iso")), "F" if p.fem else "M", vac, cvx,
                DT(fmt_date(g.day(2023, 2025), r.choice(["iso", "us"]))), rs(r, UP, 1) + rs(r, DG, 4) + rs(r, UP, 2),
                r.choice(["LA", "RA", "LT", "RT"]), PER(g.name(prov, "lastfirst")), LOC(c), LOC(st), PH(g.phone("US")))
        d.w("# exported § rows by iis-sync §; checksum sha256:§\n", r.randint(3, 7), g.version(), g.sha(64))


def dom_iep(d, g):
    r = g.r
    kid = g.person()
    par = g.relative(kid)
    a = g.addr("US")
    mt = g.day(2022, 2025)
    d.w("INDIVIDUALIZED EDUCATION PROGRAM (IEP) - § Unified School District\n",
        r.choice(["Westbrook", "Pine Valley", "Riverside", "Cedar Hills"]))
    d.w("Student: §   DOB: §   Grade: §   Student ID: §\n", PER(g.name(kid, r.choice(["full", "mid"]))),
        DOB(g.fd(g.dob(2008, 2018), "us")), r.randint(1, 11), g.ticket("", 7))
    d.w("School: § Elementary   Primary language: §   Interpreter needed: §\n",
        r.choice(["Lincoln", "Roosevelt", "Cesar Chavez", "Harriet Tubman", "Sojourner Truth"]),
        r.choice(["English", "Spanish", "Vietnamese", "Arabic", "Somali"]), r.choice(["Yes", "No"]))
    d.w("Parent/Guardian: § (§)   Phone: §   Email: §\n", PER(g.name(par, "full")),
        r.choice(["mother", "grandmother", "guardian"] if par.fem else ["father", "grandfather", "guardian"]),
        PH(g.phone("US")), EM(g.email(par)))
    d.w("Home address: §\n", ADR(g.atext(a, "one")))
    d.w("Meeting date: §   Time: §   Type: §\n", DT(g.fd(mt, "us")), DT(g.tm("12")), r.choice(["Annual", "Triennial", "Initial"]))
    d.w("Next annual review due: §   Re-evaluation due: §\n\n", DT(g.fd(mt + timedelta(days=364), "us")),
        DT(g.fd(mt + timedelta(days=3 * 365), "us")))
    d.w("Eligibility: § (primary); § (secondary)\n\n", r.choice(["Specific Learning Disability", "Autism", "Other Health Impairment"]),
        r.choice(["Speech/Language Impairment", "none"]))
    d.t("PRESENT LEVELS OF ACADEMIC ACHIEVEMENT AND FUNCTIONAL PERFORMANCE\n")
    d.w("§ reads § words correct per minute (grade benchmark §). Math computation is at grade level; "
        "written expression is a relative weakness. § reports that homework takes over § minutes nightly.\n\n",
        PER(kid.first), r.randint(40, 120), r.randint(90, 150), PER(g.name(par, r.choice(["first", "full"]))), r.randint(45, 120))
    d.t("GOALS\n1. By the next annual review, given grade-level text, student will increase ORF to 110 wcpm.\n"
        "2. Student will use a graphic organizer to write a 5-sentence paragraph in 4/5 trials.\n\n")
    d.t("SERVICES: SAI 240 min/week; Speech 30 min x 2/week; accommodations: extended time (1.5x), read-aloud.\n\n")
    d.t("IEP TEAM\n")
    for role in ["General Education Teacher", "Special Education Case Manager", "School Psychologist", "Speech-Language Pathologist"]:
        t = g.person()
        d.w("§ § - § - §\n", g.ttl(t), PER(g.name(t, "full")), role,
            EM(f"{slug(t.first)[0]}{slug(t.last)}@k12.{r.choice(['ca', 'or', 'wa', 'tx'])}.us"))
    d.t("Parent signature: ______  Consent to implement: [x] Yes  [ ] No\n")


def dom_gha_log(d, g):
    r = g.r
    day = g.day(2022, 2025)
    dev = g.person()
    repo = r.choice(["acme-payments/ledger-api", "northwind/billing-svc", "kestrel/mobile-backend", "tidewater/etl-jobs"])

    clock = [r.randint(0, 20) * 3600 + r.randint(0, 3599) + r.random()]

    def ln(s, *args):
        clock[0] += r.uniform(0.001, 4.0)
        c = clock[0]
        d.t(f"{day.isoformat()}T{int(c // 3600) % 24:02d}:{int(c % 3600 // 60):02d}:{c % 60:010.7f}Z ")
        d.w(s + "\n", *args)

    def opt(s, *args):
        if r.random() < 0.45:
            ln(s, *args)
    ln("##[group]Run actions/checkout@v4")
    opt("with:")
    ln("  repository: §", repo)
    opt("  token: ***")
    opt("  ref: refs/heads/§", r.choice(["main", "release/2.14", "hotfix/payments"]))
    ln("##[endgroup]")
    ln("HEAD is now at § Merge pull request #§ from §/§", g.sha(7), r.randint(100, 4000), g.handle(dev),
       r.choice(["fix-webhooks", "bump-deps", "feature/export"]))
    ln("##[group]Run printenv | sort   # debug, remove me")
    ln("AWS_ACCESS_KEY_ID=§", AK(g.aws_ak()))
    opt("AWS_DEFAULT_REGION=us-east-1")
    ln("AWS_SECRET_ACCESS_KEY=§", SK(g.aws_sk()))
    if r.random() < 0.7:
        ip = g.ipv4(True)
        ln("DATABASE_URL=postgres://ledger_app:§@§:5432/ledger", PW(g.password()), IP(ip))
    opt("GITHUB_SHA=§", g.sha(40))
    ln("GITHUB_TOKEN=§", GH(g.gh_token()))
    opt("HOME=/home/runner")
    opt("IMAGE_TAG=§", g.version())
    if r.random() < 0.6:
        ln("SLACK_BOT_TOKEN=§", SLK(g.slack_token()))
    if r.random() < 0.5:
        ln("STRIPE_API_KEY=§", STR(g.stripe_key()))
    if r.random() < 0.35:
        ln("OIDC_TOKEN=§", JWT(g.jwt()))
    opt("RUNNER_OS=Linux")
    opt("SENTRY_AUTH_TOKEN=***")
    ln("##[endgroup]")
    ln("##[group]Run npm ci")
    opt("added § packages, and audited § packages in §s", r.randint(400, 2000), r.randint(400, 2000), r.randint(8, 90))
    ln("##[endgroup]")
    ln("> ledger-api@§ test", g.version().lstrip("v"))
    ln("  env: STRIPE_KEY=${{ secrets.STRIPE_KEY }}  NODE_ENV=test")
    opt("FAIL src/webhooks/handler.test.ts")
    ln("  ● webhook > rejects bad signature: expected 400, received 500 (§ ms)", r.randint(3, 900))
    ln("Commit author: § <§>", PER(g.name(dev, "full")), EM(g.email(dev, "users.noreply.github.com" if r.random() < 0.3 else None)))
    ln("Runner: GitHub Actions § (§)", r.randint(2, 99), IP(g.ipv4(False)))
    ln("##[error]Process completed with exit code 1.")


def dom_compose(d, g):
    r = g.r
    m = g.person()
    d.w("# docker-compose.override.yml  -- local/staging only, DO NOT COMMIT\n# maintainer: § <§>\n",
        PER(g.name(m, "full")), EM(g.email(m, r.choice(["northwind.io", "kestrel.dev", None]))))
    d.t('version: "3.9"\nservices:\n  db:\n    image: postgres:15.4-alpine\n    environment:\n      POSTGRES_USER: billing\n')
    pw = g.password()
    d.w("      POSTGRES_PASSWORD: §\n      POSTGRES_DB: billing\n    ports:\n      - \"5432:5432\"\n", PW(pw))
    d.t("    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U billing\"]\n      interval: 30s\n      timeout: 5s\n\n")
    d.w("  api:\n    image: ghcr.io/northwind/billing-api:§\n    depends_on: [db, redis]\n    environment:\n", g.version().lstrip("v"))
    d.w("      - DATABASE_URL=postgresql://billing:§@db:5432/billing\n", PW(pw))
    if r.random() < 0.7:
        d.w("      - STRIPE_SECRET_KEY=§\n", STR(g.stripe_key()))
        d.w("      - STRIPE_WEBHOOK_SECRET=§\n", SEC("whsec_" + rs(r, ALNUM, 32)))
    d.t("      - SENTRY_DSN=${SENTRY_DSN}\n      - LOG_LEVEL=debug\n")
    d.w("      - JWT_SIGNING_SECRET=§\n", SEC(rs(r, HEX, 64)))
    if r.random() < 0.5:
        d.w("      - AWS_ACCESS_KEY_ID=§\n      - AWS_SECRET_ACCESS_KEY=§\n", AK(g.aws_ak()), SK(g.aws_sk()))
    d.w("      - ADMIN_EMAIL=§\n      - PUBLIC_URL=§\n", EM(g.email(g.person(), "northwind.io")),
        URL(f"https://billing.{r.choice(['staging', 'dev', 'qa'])}.northwind.io/app"))
    d.w("    extra_hosts:\n      - \"legacy-erp:§\"\n    ports:\n      - \"8080:8080\"\n\n", IP(g.ipv4(True)))
    d.w("  redis:\n    image: redis:7.2\n    command: [\"redis-server\", \"--requirepass\", \"§\"]\n\n", PW(g.password()))
    d.t("  mailhog:\n    image: mailhog/mailhog:v1.0.1\n    ports: [\"8025:8025\"]\n")
    d.w("# TODO(§): move secrets to vault before § (ticket OPS-§)\n", g.handle(m),
        DT(g.fd(g.day(2023, 2025), r.choice(["iso", "long"]))), r.randint(100, 9999))


def dom_slack_export(d, g):
    r = g.r
    users = [g.person() for _ in range(3)]
    uids = ["U0" + rs(r, UP + DG, 9) for _ in users]
    ts0 = r.randint(1_650_000_000, 1_740_000_000)
    day = g.day(2023, 2025)
    cust = g.person(fem=True)
    msgs = []

    def msg(k, parts):
        msgs.append((k, parts))
    msg(0, [("hey <@" + uids[1] + "> customer escalation: ", None), (g.name(cust, r.choice(["lower", "full"])), "PERSON"),
            (" says she was double charged, her callback is ", None), (g.phone(), "PHONE_NUMBER")])
    msg(1, [("on it. acct # ", None), (g.acct("customer"), "ACCOUNT_NUMBER"), (" right? ticket ZD-", None),
            (g.ticket("", 6), None), (" is linked", None)])
    kind = r.randrange(6)
    if kind == 4:
        msg(2, [("partner api bearer (expires tonight) ", None), (g.jwt(), "JWT")])
    elif kind == 5:
        msg(2, [("she pasted her full card in the widget: ", None), (g.card(), "CREDIT_CARD"),
                (" - scrub it from the transcript pls", None)])
    elif kind == 0:
        msg(2, [("staging creds for the export job (rotate after!!) ", None), (g.aws_ak(), "AWS_ACCESS_KEY"), (" / ", None),
                (g.aws_sk(), "AWS_SECRET_KEY")])
    elif kind == 1:
        msg(2, [("use this bot token for now: ", None), (g.slack_token(), "SLACK_TOKEN"), (" - will move to vault", None)])
    elif kind == 2:
        msg(2, [("db pw for the replica is ", None), (g.password(), "PASSWORD"), (" (same as last quarter lol)", None)])
    else:
        msg(2, [("api key for the sms vendor: ", None), (g.secret(), "GENERIC_SECRET")])
    msg(0, [("sync moved to ", None), (fmt_date(day, "wd_long") + " at " + g.tm("12"), "DATE_TIME"),
            (", invite sent to ", None), (g.email(users[2], "northwind.io"), "EMAIL_ADDRESS")])
    msg(1, [("fyi ", None), (users[2].first.lower(), "PERSON"), (" deployed ", None), (g.version(), None),
            (" to prod, build ", None), (g.sha(7), None)])
    if r.random() < 0.5:
        msg(2, [("customer portal link: ", None), (g.url(), "URL"), (" (expires in 24h)", None)])
    d.t("[\n")
    for j, (k, parts) in enumerate(msgs):
        u = users[k]
        d.w('  {\n    "type": "message",\n    "user": "§",\n    "user_profile": {"real_name": "§", "display_name": "§", "team": "T0§"},\n    "text": "',
            uids[k], PER(g.name(u, "full")), g.handle(u), rs(r, UP + DG, 8))
        for val, typ in parts:
            if typ:
                d.e(val, typ)
            else:
                d.t(val)
        ts0 += r.randint(5, 900)
        d.w('",\n    "ts": "§.§"\n  }§\n', ts0, rs(r, DG, 6), "," if j < len(msgs) - 1 else "")
    d.t("]\n")


def dom_teams_vtt(d, g):
    r = g.r
    agent, cust = g.person(), g.person()
    sup = g.person()
    a = g.addr(r.choice(["US", "NO", "GB", "DE"]))
    d.t("WEBVTT\n\n")
    t = r.uniform(1, 5)
    cue = 0

    def line(sp, *parts):
        nonlocal t, cue
        cue += 1
        dur = r.uniform(2, 7)
        s0, s1 = t, t + dur
        t = s1 + r.uniform(0.2, 1.5)

        def f(x):
            return f"{int(x // 3600):02d}:{int(x % 3600 // 60):02d}:{x % 60:06.3f}"
        d.w("§-§\n§ --> §\n<v §>", g.uuid(), cue, f(s0), f(s1), PER(g.name(sp, "full")))
        for p in parts:
            if isinstance(p, tuple):
                d.e(*p)
            else:
                d.t(p)
        d.t("</v>\n\n")
    line(agent, "Thanks for calling, this is ", PER(agent.first), ". Can I have your full name please?")
    line(cust, "Yes, it's ", PER(g.name(cust, "full")), ".")
    line(agent, "Thank you. And to verify, your date of birth?")
    dob = g.dob()
    line(cust, "It's ", DOB(r.choice([fmt_date(dob, "long"), fmt_date(dob, "long_eu"), fmt_date(dob, "us")])), ".")
    line(agent, "Perfect. I see account ending ", rs(r, DG, 4), ". Is the address still ", ADR(g.atext(a, "one")), "?")
    line(cust, "No, we moved. Actually, sorry, it's the same. Can you send the letter to ",
         EM(g.email(cust)), " instead?")
    if r.random() < 0.6:
        line(agent, "Sure. I'll set up a call with my supervisor, ", PER(g.name(sup, "full")), ", on ",
             DT(g.dtm(g.day(2023, 2025))), ".")
        line(agent, "The meeting ID is ", " ".join(rs(r, DG, 3) for _ in range(4)), " and the passcode is ",
             PW(g.passcode()), ".")
    if r.random() < 0.35:
        line(cust, "Can I pay the overdue balance now? The card number is ", CC(g.card(sep=" ")), ".")
        line(agent, "Thank you, a payment of ", g.amt(20, 900), " has been processed. Confirmation ", g.ticket("P", 9), ".")
    line(cust, "Great. My mobile is ", PH(g.phone_for(cust)), " if we get cut off.")
    line(agent, "Noted. Your reference number is ", g.ticket("CR-", 8), ". Anything else?")
    line(cust, "No, that's all. Thanks, ", PER(agent.first), ".")


def _email_date(g, day):
    r = g.r
    return (f"{WEEKDAYS[day.weekday()][:3]}, {day.day:02d} {MONTHS['en'][day.month - 1][:3]} {day.year} "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['-0500', '+0000', '+0100', '-0800'])}")


def dom_voicemail(d, g):
    r = g.r
    caller = g.person(fem=True)
    day = g.day(2022, 2025)
    cph = g.phone("US")
    office = r.choice(["frontdesk@lakeside-peds.com", "billing@harborcu.org", "intake@ridgeline-law.com",
                       "office@sunnysidedental.net"])
    spanish = r.random() < 0.3
    if spanish:
        caller = g.person(origins=["es", "es", "pt"], fem=True)
    secs = r.randint(9, 150)
    d.w("From: Voicemail Service <§>\nTo: §\nDate: §\nSubject: New voicemail from § (§:§)\n\n",
        EM("no-reply@vm.cloudpbx-mail.net"), EM(office), _email_date(g, day), PH(cph), secs // 60, f"{secs % 60:02d}")
    d.w("Caller ID: §\nMailbox: § (ext. §)\nDuration: §s\nTranscription confidence: §\n\n",
        PER(g.name(caller, "LASTFIRST")), r.choice(["Front Desk", "Billing", "Intake"]), r.randint(100, 499),
        secs, r.choice(["high", "medium", "low"]))
    kid = g.relative(caller, fem=False)
    if not spanish:
        appt = day + timedelta(days=r.randint(1, 12))
        d.w("\"Hi, this is §, um, calling about my son §'s appointment on § at §. ",
            PER(g.name(caller, "full")), PER(kid.first), DT(fmt_date(appt, r.choice(["md", "long"]))), DT(g.tm("12h")))
        d.w("His date of birth is §. We need to reschedule because of, uh, a school thing. ",
            DOB(g.fd(g.dob(2008, 2020), r.choice(["us", "long"]))))
        if r.random() < 0.6:
            d.w("Our insurance changed too, the new member ID is §. ", HPN(g.hpn()))
        d.w("You can call me back at §, or my husband § at §. Thanks, bye.\"\n",
            PH(cph), PER(g.relative(caller, fem=False).first), PH(g.phone("US")))
    else:
        d.w("\"Hola, buenas tardes, le habla § . Llamo por la cuenta número §, me llegó un cobro de § que no reconozco. "
            "Mi número es §. Puede llamarme después de las §. Gracias.\"\n",
            PER(g.name(caller, "full")), ACCT(g.acct("customer")), g.amt(20, 400), PH(cph), DT(g.tm("12h")))
    d.w("\nListen: §\n", URL(f"https://vm.cloudpbx-mail.net/play/{g.uuid()}"))
    d.w("Message ID: §   Call ID: §@pbx\n", g.ticket("", 12), g.sha(16))
    d.t("This transcription was generated automatically and may contain errors.\n")


def dom_court_service(d, g):
    r = g.r
    day = g.day(2021, 2025)
    d.w("CERTIFICATE OF SERVICE\n\nCase No. §:§-cv-§-§\n\n", r.randint(1, 5), r.randint(19, 25), f"{r.randint(1, 9999):05d}",
        rs(r, UP, 3))
    d.w("I hereby certify that on §, I electronically filed the foregoing § with the Clerk of Court using the "
        "CM/ECF system, which will send notification of such filing to all counsel of record, and served the "
        "following parties as indicated:\n\n", DT(g.fd(day, "long")),
        r.choice(["MOTION TO COMPEL", "NOTICE OF DEPOSITION", "OPPOSITION TO SUMMARY JUDGMENT", "STIPULATED PROTECTIVE ORDER"]))
    firms = ["HARGROVE & PRUITT LLP", "OKAFOR WEST LLP", "BAKER MCKENZIE", "LINDQVIST & MORALES, P.C.",
             "SUTTON DUNBAR PLLC"]
    for k in range(r.randint(2, 3)):
        atty = g.person()
        a = g.addr("US", unit_p=0.8)
        d.w("Via CM/ECF:\n§, Esq. (SBN §)\n§\n§\nTel: §  |  Fax: §\n§\nAttorneys for §\n\n",
            PER(g.name(atty, r.choice(["full", "mid"]))), r.randint(100000, 340000), r.choice(firms),
            ADR(g.atext(a, "multi")), PH(g.phone("US")), PH(g.phone("US")), EM(g.email(atty, r.choice(["hpllp.com", "okaforwest.com", "sdlaw.com"]))),
            r.choice(["Defendant NorthStar Logistics, Inc.", "Plaintiffs", "Third-Party Defendant", "Intervenor"]))
    pro = g.person()
    box = g.addr("US")
    d.w("Via U.S. Mail, first class, postage prepaid:\n§ (pro se)\n§\n\n",
        PER(g.name(pro, "full")), ADR(f"P.O. Box {r.randint(100, 9999)}\n{box['city']}, {box['region']} {box['pc']}"))
    signer = g.person()
    d.w("/s/ §\n§\n§\nDated: §\n", PER(g.name(signer, "full")), PER(g.name(signer, "full")),
        r.choice(firms), DT(g.fd(day, "us")))
    d.w("Judge: Hon. §   Courtroom §, Floor §\n", PER(g.name(g.person(), r.choice(["full", "initial"]))), r.randint(1, 20),
        r.randint(2, 30))


def dom_probate(d, g):
    r = g.r
    dec = g.person()
    pr = g.relative(dec)
    home = g.addr("US")
    dod = g.day(2021, 2025)
    d.w("IN THE PROBATE COURT\nIN RE: ESTATE OF §, Deceased.\nFile No. §-CP-§\n\n", PER(g.name(dec, "mid").upper()),
        dod.year, f"{r.randint(1, 9999):06d}")
    d.t("INVENTORY AND APPRAISEMENT\n\n")
    d.w("Decedent: §   Date of death: §   Date of birth: §\n", PER(g.name(dec, "full")), DT(g.fd(dod, "long")),
        DOB(g.fd(g.dob(1925, 1965), "long")))
    d.w("Last known address: §\n", ADR(g.atext(home, "one")))
    d.w("Personal representative: §, §\n\n", PER(g.name(pr, "full")), ADR(g.atext(g.addr("US"), "one")))
    d.t("ASSETS                                                             VALUE AS OF DATE OF DEATH\n")
    d.w("1. Real property: residence at §, parcel §          §\n", ADR(g.atext(home, "one")),
        f"{rs(r, DG, 2)}-{rs(r, DG, 2)}-{rs(r, DG, 2)}-{rs(r, DG, 4)}-{rs(r, DG, 2)}-{rs(r, DG, 3)}", g.amt(150000, 900000))
    d.w("2. Checking account, § acct no. §                          §\n", r.choice(["Truist", "PNC", "Regions", "KeyBank"]),
        ACCT(g.acct("bank")), g.amt(500, 40000))
    d.w("3. Brokerage account, § (acct ending §)                  §\n", r.choice(["Charles Schwab", "Fidelity", "Vanguard"]),
        rs(r, DG, 4), g.amt(5000, 300000))
    d.w("4. § § sedan, VIN §                                      §\n", r.randint(2008, 2022), r.choice(CARS), g.vin(),
        g.amt(2000, 25000))
    if r.random() < 0.6:
        d.w("5. Foreign bank account, § - IBAN §                   §\n", r.choice(["Nordea", "Danske Bank", "Deutsche Bank", "ING"]),
            IBAN(g.iban(r.choice(["FI", "DK", "DE", "NL", "SE"]))), g.amt(1000, 60000, "€"))
    d.t("6. Household furniture and personal effects (estimated)              $3,500.00\n")
    d.w("Non-probate: life insurance payable to §; IRA payable on death to §.\n\n",
        PER(g.name(g.relative(dec), "full")), PER(g.name(g.relative(dec), "full")))
    d.w("Under penalties of perjury, I declare that I have read the foregoing inventory and that the facts stated "
        "in it are true. Executed on §.\n\n/s/ §\nPersonal Representative\n\n", DT(g.fd(dod + timedelta(days=r.randint(30, 150)), "long")),
        PER(g.name(pr, "full")))
    atty = g.person()
    d.w("Attorney: §, Bar No. §, §, §\n", PER(g.name(atty, "full")), f"0{rs(r, DG, 6)}", PH(g.phone("US")),
        EM(g.email(atty, "estatelaw-group.com")))


def dom_va_letter(d, g):
    r = g.r
    vet = g.person()
    a = g.addr("US")
    day = g.day(2021, 2025)
    d.w("DEPARTMENT OF VETERANS AFFAIRS\nVeterans Benefits Administration\nRegional Benefit Office\n§\n\n",
        ADR(f"P.O. Box {r.randint(1000, 9999)}\nJanesville, WI 53547-{r.randint(1000, 9999)}"))
    d.w("§\n\n", DT(g.fd(day, "long")))
    d.w("§\n§\n\n", PER(g.name(vet, r.choice(["mid", "full"])).upper()), ADR(g.atext(a, "caps")))
    if r.random() < 0.5:
        d.w("In Reply Refer To: 21/VSC\nFile Number: xxx-xx-§\n", rs(r, DG, 4))
    else:
        d.w("In Reply Refer To: 21/VSC\nVeteran SSN: §\n", SSN(g.ssn()))
    d.w("Veteran's date of birth: §\n\n", DOB(g.fd(g.dob(1940, 2000), "us")))
    d.w("Dear § §:\n\n", g.ttl(vet), PER(vet.last))
    recv = day - timedelta(days=r.randint(60, 200))
    eff = date(recv.year, recv.month, 1) + timedelta(days=32)
    eff = date(eff.year, eff.month, 1)
    d.w("We made a decision on your claim for service-connected compensation received on §. "
        "Your combined evaluation is § percent. Your monthly entitlement amount is § effective §.\n\n",
        DT(g.fd(recv, "long")), r.choice([30, 50, 70, 90, 100]), g.amt(500, 3800), DT(g.fd(eff, "long")))
    d.t("We are paying you as a veteran with ")
    deps = []
    if r.random() < 0.7:
        sp = g.relative(vet)
        deps.append(("spouse", sp))
    for _ in range(r.randint(0, 2)):
        deps.append(("child", g.relative(vet)))
    d.t(f"{len(deps)} dependent(s):\n" if deps else "no dependents.\n")
    for rel, dp in deps:
        d.w("  - §, § (date of birth §)\n", PER(g.name(dp, "full")), rel,
            DOB(g.fd(g.dob(1950 if rel == "spouse" else 2000, 2000 if rel == "spouse" else 2022), "us")))
    d.w("\nPayment will be deposited to the account on file (routing §, account ending §).\n",
        g.routing(), rs(r, DG, 4))
    d.w("If you have questions, call us toll-free at §. If you use a TDD, call 711. You can also visit §.\n\n",
        PH(r.choice(["1-800-827-1000", "800-827-1000", "1 (800) 827-1000"])),
        URL(r.choice(["https://www.va.gov/disability/", "https://www.va.gov/decision-reviews/",
                      "https://www.va.gov/view-payment-history/"])))
    d.w("Sincerely yours,\nVeterans Service Center Manager\n\ncc: § (Accredited VSO representative, §)\n",
        PER(g.name(g.person(), "full")), r.choice(["DAV", "VFW", "American Legion"]))


def dom_nordic_letter(d, g):
    r = g.r
    lang = r.choice(["sv", "no", "fi"])
    day = g.day(2022, 2025)
    if lang == "sv":
        p = g.person(origins=["sv", "sv", "fi", "ar", "pl"])
        a = g.addr("SE", unit_p=0.5)
        h = g.person(origins=["sv"])
        d.t("Försäkringskassan\n")
        d.w("Datum: §\nÄrendenummer: §-§\n\n", DT(fmt_date(day, "iso")), rs(r, DG, 6), day.year)
        d.w("§\n§\n\n", PER(g.name(p, "full")), ADR(g.atext(a, "multi")))
        d.t("Beslut om sjukpenning\n\n")
        d.w("Hej §!\n\nVi har beslutat att du får sjukpenning från och med den § till och med den §. ",
            PER(p.first), DT(fmt_date(day + timedelta(days=r.randint(-40, -5)), "sv")),
            DT(fmt_date(day + timedelta(days=r.randint(10, 90)), "sv")))
        d.w("Din sjukpenninggrundande inkomst (SGI) är § per år. Personnummer: XXXXXXXX-§.\n\n",
            g.amt(200000, 600000, "kr"), rs(r, DG, 4))
        d.w("Pengarna betalas ut till kontot med IBAN §.\n", IBAN(g.iban("SE")))
        d.w("Har du frågor? Ring oss på § eller logga in på §.\n\n", PH(r.choice(["0771-524 524", "+46 771 524 524"])),
            URL("https://www.forsakringskassan.se/privatpers/mina-sidor"))
        d.w("Med vänliga hälsningar\n§\nHandläggare, avdelningen för sjukförsäkring\n", PER(g.name(h, "full")))
        if r.random() < 0.5:
            kp = g.person(origins=["sv"])
            d.w("\nKopia till: arbetsgivare § AB, kontaktperson § (§)\n", r.choice(["Nordvik", "Ekbacka", "Solhem"]),
                PER(g.name(kp, "full")), EM(g.email(kp, "ekbacka.se")))
    elif lang == "no":
        p = g.person(origins=["no", "no", "sv", "pl", "et"])
        a = g.addr("NO", unit_p=0.3)
        h = g.person(origins=["no"])
        d.t("NAV - Arbeids- og velferdsetaten\n")
        d.w("Dato: §\nSaksnummer: §\n\n", DT(fmt_date(day, "dot")), rs(r, DG, 8))
        d.w("Til: §, §\n", PER(g.name(p, "full")), ADR(g.atext(a, "one")))
        d.w("Fødselsdato: §\n\n", DOB(fmt_date(g.dob(), "dot")))
        d.t("Vedtak om dagpenger\n\n")
        d.w("Du har rett til dagpenger fra §. Dagpengene utgjør § per dag før skatt. ",
            DT(fmt_date(day + timedelta(days=r.randint(3, 30)), "no")), g.amt(400, 1400, "kr"))
        d.w("Du må sende meldekort hver 14. dag. Neste meldekort skal sendes innen §.\n\n",
            DT(fmt_date(day + timedelta(days=14), "no")))
        if r.random() < 0.5:
            d.w("Utbetaling til kontonummer §.\n", ACCT(f"{rs(r, DG, 4)}.{rs(r, DG, 2)}.{rs(r, DG, 5)}"))
        else:
            d.w("Utbetaling til konto: §\n", IBAN(g.iban("NO")))
        d.w("Har du spørsmål, ring § eller se §.\n\n", PH(r.choice(["55 55 33 33", "+47 55 55 33 33"])),
            URL("https://www.nav.no/dagpenger/meldekort"))
        d.w("Med vennlig hilsen\n§\nsaksbehandler, NAV Arbeid og ytelser §\n", PER(g.name(h, "full")),
            LOC(r.choice(["Oslo", "Bergen", "Tromsø", "Trondheim"])))
    else:
        p = g.person(origins=["fi", "fi", "sv", "ru", "et"])
        a = g.addr("FI", unit_p=0.7)
        h = g.person(origins=["fi"])
        d.t("Kela - Folkpensionsanstalten\nPÄÄTÖS / BESLUT\n")
        d.w("Päivämäärä: §\nAsianumero: §\n\n", DT(fmt_date(day, "fi")), f"{rs(r, DG, 4)}/{rs(r, DG, 3)}/{day.year}")
        d.w("§\n§\n", PER(g.name(p, "full")), ADR(g.atext(a, "multi")))
        d.w("Syntymäaika: §\n\n", DOB(fmt_date(g.dob(), "fi")))
        s0 = day + timedelta(days=r.randint(5, 40))
        d.w("Olet saanut yleistä asumistukea ajalla §–§. Tuen määrä on § kuukaudessa.\n",
            DT(fmt_date(s0, "fi")), DT(fmt_date(s0 + timedelta(days=364), "fi")), g.amt(150, 700, "€"))
        d.w("Tuki maksetaan tilille §.\n", IBAN(g.iban("FI")))
        d.w("(Sv.) Stödet betalas till kontot ovan från och med den §.\n\n", DT(fmt_date(s0, "sv")))
        d.w("Lisätietoja: puh. § tai §\n\n", PH(r.choice(["020 692 207", "+358 20 692 207"])),
            URL("https://www.kela.fi/asiointi"))
        d.w("Käsittelijä: §\n", PER(g.name(h, "full")))


def dom_hunting_license(d, g):
    r = g.r
    p = g.person(origins=["en", "en", "de", "no", "es", "haw", "fr"])
    a = g.addr("US", unit_p=0.1)
    st = a["region"] if a["region"] in DL_FMT else "MT"
    d.w("§ FISH & WILDLIFE - § LICENSE APPLICATION\n\n", US_STATES.get(st, "State").upper(), g.day(2022, 2025).year)
    d.w("Applicant name: §\n", PER(g.name(p, r.choice(["full", "mid", "LASTFIRST"]))))
    d.w("Date of birth: §   Sex: §   Height: §'§\"   Weight: §   Eyes: §   Hair: §\n",
        DOB(g.fd(g.dob(1950, 2008), "us")), r.choice("MF"), r.randint(4, 6), r.randint(0, 11), r.randint(100, 260),
        r.choice(["BRN", "BLU", "GRN"]), r.choice(["BRN", "BLK", "BLN", "GRY"]))
    d.w("Residency: resident of § since § (§ months)\n", LOC(US_STATES.get(st, "Montana")), r.randint(1980, 2021),
        r.randint(12, 400))
    d.w("Mailing address: §\n", ADR(g.atext(a, "one")))
    d.w("Phone: §   Email: §\n", PH(g.phone("US")), EM(g.email(p)))
    d.w("Driver's license #: §   State: §\n", DL(g.dl(st)), LOC(st))
    d.w("Hunter education cert #: HE-§-§   ALS #: §\n\n", r.randint(1990, 2020), rs(r, DG, 6), rs(r, DG, 7))
    d.t("ITEM                                     QTY   FEE\n")
    items = [("Base Hunting License", 10.0), ("Conservation License", 8.0), ("Deer A Tag - HD 270", 16.0),
             ("Elk General Tag", 20.0), ("Fishing License (season)", 21.0), ("Upland Game Bird", 7.5),
             ("AIS Prevention Pass", 2.0)]
    tot = 0.0
    for nm, fee in r.sample(items, r.randint(2, 5)):
        tot += fee
        d.w("§ 1     §\n", nm.ljust(40), f"${fee:,.2f}")
    d.w("TOTAL                                          §\n\n", f"${tot:,.2f}")
    if r.random() < 0.5:
        d.w("Payment: card § (authorized, code §)\n", CC(g.card()), rs(r, DG, 6))
    else:
        d.w("Payment: card § (authorized, code §)\n", g.masked_card(), rs(r, DG, 6))
    d.w("Application received: §. Confirmation § - print or show on phone while in the field.\n",
        DT(g.dtm(g.day(2022, 2025))), g.ticket("W", 8))
    d.t("Bag limits and season dates are set by Commission rule; see the regulations booklet.\n")


def dom_property_tax(d, g):
    r = g.r
    o1 = g.person()
    o2 = g.relative(o1) if r.random() < 0.6 else None
    prop = g.addr("US", unit_p=0.05)
    hday = g.day(2023, 2025)
    d.w("PETITION FOR REVIEW OF ASSESSED VALUE - BOARD OF EQUALIZATION\nTax year: §   Parcel/APN: §\n\n",
        hday.year, f"{rs(r, DG, 3)}-{rs(r, DG, 3)}-{rs(r, DG, 2)}-{rs(r, DG, 2)}")
    d.w("Property address: §\n", ADR(g.atext(prop, "one")))
    if o2:
        d.w("Owner(s) of record: § and §\n", PER(g.name(o1, "full")), PER(g.name(o2, "full")))
    else:
        d.w("Owner of record: §\n", PER(g.name(o1, "LASTFIRST")))
    if r.random() < 0.5:
        mail = g.addr(r.choice(["US", "US", "CA", "GB"]))
        d.w("Mailing address (if different):\n§\n", ADR(g.atext(mail, "multi")))
    d.w("Daytime phone: §   Email: §\n\n", PH(g.phone("US")), EM(g.email(o1)))
    av = r.randint(250, 900) * 1000
    d.w("Assessor's value: §     Owner's opinion of value: §\n\n", f"${av:,}", f"${int(av * r.uniform(0.75, 0.95)):,}")
    d.t("Reason for appeal: comparable sales within 0.5 mi sold for less:\n")
    for _ in range(r.randint(2, 3)):
        c = g.addr("US", unit_p=0, city=None)
        street_only = c["line1"]
        d.w("  - § (sold §, §, § sq ft)\n", ADR(street_only), DT(g.fd(g.day(2022, 2024), "us")),
            f"${r.randint(200, 850) * 1000:,}", r.randint(900, 3200))
    d.t("Also: roof is 28 years old, foundation crack documented (see photos 1-6).\n\n")
    d.w("Hearing scheduled: § - Room §, County Administration Building\n", DT(g.dtm(hday)), r.randint(100, 420))
    if r.random() < 0.5:
        ag = g.person()
        d.w("Authorized agent: § (§), §\n", PER(g.name(ag, "full")), r.choice(["Tax Appeal Partners", "Fairweather Property Tax Consultants"]),
            PH(g.phone("US")))
    d.w("Signature: ____________   Date: §\n", DT(g.fd(hday - timedelta(days=r.randint(30, 90)), "us")))


SEPA_L = {
    "de": dict(title="SEPA-Lastschriftmandat", cred="Zahlungsempfänger", cid="Gläubiger-Identifikationsnummer",
               mref="Mandatsreferenz", holder="Kontoinhaber", addr="Anschrift", cust="Kundennummer",
               place="Ort, Datum", sign="Unterschrift",
               text="Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. "
                    "Zugleich weise ich mein Kreditinstitut an, die Lastschriften einzulösen. Hinweis: Ich kann innerhalb "
                    "von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen."),
    "fr": dict(title="Mandat de prélèvement SEPA", cred="Créancier", cid="Identifiant créancier SEPA (ICS)",
               mref="Référence unique du mandat (RUM)", holder="Titulaire du compte", addr="Adresse",
               cust="Numéro client", place="Fait à", sign="Signature",
               text="En signant ce formulaire de mandat, vous autorisez le créancier à envoyer des instructions à votre "
                    "banque pour débiter votre compte. Vous bénéficiez du droit d'être remboursé par votre banque."),
    "es": dict(title="Orden de domiciliación de adeudo directo SEPA", cred="Acreedor", cid="Identificador del acreedor",
               mref="Referencia de la orden de domiciliación", holder="Titular de la cuenta", addr="Dirección",
               cust="Número de cliente", place="Lugar y fecha", sign="Firma",
               text="Mediante la firma de esta orden de domiciliación, el deudor autoriza al acreedor a enviar "
                    "instrucciones a la entidad del deudor para adeudar su cuenta."),
    "nl": dict(title="Doorlopende machtiging SEPA", cred="Incassant", cid="Incassant ID", mref="Kenmerk machtiging",
               holder="Rekeninghouder", addr="Adres", cust="Klantnummer", place="Plaats en datum", sign="Handtekening",
               text="Door ondertekening van dit formulier geeft u toestemming aan de incassant om doorlopende "
                    "incasso-opdrachten te sturen naar uw bank."),
    "en": dict(title="SEPA Direct Debit Mandate", cred="Creditor", cid="Creditor identifier", mref="Mandate reference",
               holder="Account holder", addr="Address", cust="Customer number", place="Place, date", sign="Signature",
               text="By signing this mandate form, you authorise the creditor to send instructions to your bank to "
                    "debit your account, and your bank to debit your account in accordance with those instructions."),
}


def dom_sepa(d, g):
    r = g.r
    lang = r.choice(list(SEPA_L))
    L = SEPA_L[lang]
    cc = {"de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "en": r.choice(["IT", "FI", "DE"])}[lang]
    orig = {"de": ["de", "tr", "pl"], "fr": ["fr", "ar", "pt"], "es": ["es", "es", "ar"], "nl": ["nl", "tr", "ar"],
            "en": ["it", "fi", "de", "en"]}[lang]
    p = g.person(origins=orig)
    a = g.addr(cc)
    ca = g.addr(cc)
    day = g.day(2021, 2025)
    dstyle = {"de": "dot", "fr": "slash_eu", "es": "slash_eu", "nl": r.choice(["nl", "dot"]), "en": "long_eu"}[lang]
    d.w("§\n\n", L["title"])
    d.w("§: § - §\n", L["cred"], r.choice(["Stadtwerke Nordhafen GmbH", "Fitness Loft SARL", "Energía Clara S.L.",
                                          "Ziggo Services B.V.", "Mobilink S.p.A."]), ADR(g.atext(ca, "one")))
    d.w("§: §ZZZ§\n", L["cid"], cc + rs(r, DG, 2), rs(r, DG, 11))
    d.w("§: §\n", L["mref"], f"{rs(r, UP, 3)}-{rs(r, DG, 7)}-{rs(r, DG, 2)}")
    if r.random() < 0.6:
        d.w("§: §\n", L["cust"], ACCT(g.acct("customer")))
    d.w("\n§\n\n", L["text"])
    d.w("§: §\n", L["holder"], PER(g.name(p, r.choice(["full", "full", "lastfirst", "caps"]))))
    d.w("§: §\n", L["addr"], ADR(g.atext(a, "one")))
    d.w("IBAN: §\nBIC: §\n", IBAN(g.iban(cc)), bic_for(r, cc))
    if r.random() < 0.4:
        d.w("E-Mail: §\n", EM(g.email(p)))
    d.w("§: §, §\n", L["place"], LOC(a["city"]), DT(fmt_date(day, dstyle)))
    d.w("§: ______________________\n", L["sign"])
    if r.random() < 0.5:
        d.w("\n-- interne Notiz / internal note: previous IBAN § rejected (invalid check digits).\n", g.bad_iban(cc))


def dom_bankruptcy(d, g):
    r = g.r
    d1 = g.person()
    d2 = g.relative(d1) if r.random() < 0.4 else None
    a = g.addr("US")
    day = g.day(2021, 2025)
    d.w("Debtor 1: §\n", PER(g.name(d1, r.choice(["mid", "full"]))))
    if d2:
        d.w("Debtor 2 (Spouse, if filing): §\n", PER(g.name(d2, "full")))
    d.w("United States Bankruptcy Court\nCase number (if known): §:§-bk-§\n\n", r.randint(1, 9), day.year % 100,
        f"{r.randint(1, 99999):05d}")
    d.t("Official Form 106E/F\nSchedule E/F: Creditors Who Have Unsecured Claims\n\n")
    d.t("Part 2: List All of Your NONPRIORITY Unsecured Claims\n\n")
    creditors = [("Capital One Bank (USA), N.A.", "PO Box 30285", "Salt Lake City, UT 84130"),
                 ("Synchrony Bank", "PO Box 965060", "Orlando, FL 32896"),
                 ("Discover Bank", "PO Box 30943", "Salt Lake City, UT 84130"),
                 ("Midland Credit Management", "350 Camino de la Reina, Suite 100", "San Diego, CA 92108"),
                 ("LVNV Funding LLC", "PO Box 10497", "Greenville, SC 29603")]
    n = 1
    for nm, l1, l2 in r.sample(creditors, r.randint(2, 3)):
        d.w("4.§ §\n    §\n    Last 4 digits of account number: §\n    When was the debt incurred? §\n"
            "    Type: Credit card debt    Total claim: §\n\n", n, nm, ADR(f"{l1}\n{l2}"), rs(r, DG, 4),
            f"{r.randint(2015, 2020)}-{r.randint(2021, 2024)}", g.amt(300, 18000))
        n += 1
    hosp = r.choice(["Banner Health", "Mercy Medical Center", "St. Joseph Hospital"])
    d.w("4.§ §\n    Patient account no. §\n    Medical services, date of service §\n    Total claim: §\n\n",
        n, hosp, ACCT(g.acct("patient")), DT(g.fd(g.day(2019, 2024), "us")), g.amt(400, 60000))
    n += 1
    fr = g.person()
    fa = g.addr("US")
    d.w("4.§ § (personal loan)\n    §\n    Contact: §\n    Total claim: §\n\n", n, PER(g.name(fr, "full")),
        ADR(g.atext(fa, "multi")), PH(g.phone("US")), g.amt(500, 8000))
    d.t("Part 4: Debtor information\n")
    d.w("Social Security number: §    Address: §\n", SSN(g.ssn()) if r.random() < 0.5 else "xxx-xx-" + rs(r, DG, 4),
        ADR(g.atext(a, "one")))
    d.w("Contact phone: §   Email: §\n", PH(g.phone("US")), EM(g.email(d1)))
    d.w("Signature of Debtor 1 ______  Date: §\n", DT(g.fd(day, "us")))


def dom_esports(d, g):
    r = g.r
    cc = r.choice(["FI", "SE", "NO", "DE", "NL", "DK"])
    orig = {"FI": ["fi"], "SE": ["sv"], "NO": ["no"], "DE": ["de", "tr"], "NL": ["nl"], "DK": ["da"]}[cc]
    cap = g.person(origins=orig)
    guard = g.relative(cap)
    ev_day = g.day(2023, 2025)
    if r.random() < 0.6:
        d.w('{\n  "event": "§ Rift Open §",\n  "team": "§",\n  "region": "EU-North",\n',
            r.choice(["Nordic", "Baltic", "Aurora"]), ev_day.year, r.choice(["Polar Lynx", "Frostbyte Esports", "Team Kaamos"]))
        d.w('  "check_in_opens": "§",\n', DT(g.dtm(ev_day, "fi" if cc == "FI" else "xx")))
        d.t('  "captain": {\n')
        d.w('    "handle": "§",\n    "full_name": "§",\n    "dob": "§",\n    "email": "§",\n    "country": "§",\n    "discord": "§#§"\n  },\n',
            g.handle(cap), PER(g.name(cap, "full")), DOB(fmt_date(g.dob(2004, 2010), "iso")), EM(g.email(cap)),
            LOC(COUNTRY_EN[cc]), g.handle(cap), rs(r, DG, 4))
        d.t('  "players": [\n')
        k = r.randint(2, 4)
        for j in range(k):
            pl = g.person(origins=orig + ["en", "pl", "ru"])
            d.w('    {"handle": "§", "name": "§", "dob": "§", "elo": §}§\n', g.handle(pl), PER(g.name(pl, "full")),
                DOB(fmt_date(g.dob(2003, 2010), "iso")), r.randint(1200, 2900), "," if j < k - 1 else "")
        d.t("  ],\n")
        d.w('  "guardian": {"name": "§", "phone": "§", "relationship": "§"},\n', PER(g.name(guard, "full")),
            PH(g.phone(cc)), "mother" if guard.fem else "father")
        d.w('  "payout": {"method": "sepa", "iban": "§", "bic": "§"},\n', IBAN(g.iban(cc, grouped=False)), bic_for(r, cc))
        d.w('  "anticheat": {"last_ip": "§", "hwid": "§", "client": "§"}\n}\n', IP(g.ipv4(False)), g.sha(64), g.version())
    else:
        d.t("team,handle,first_name,last_name,dob,country,email,guardian_phone,last_login_ip\n")
        for _ in range(r.randint(3, 6)):
            pl = g.person(origins=orig + ["en", "pl"])
            d.w("§,§,§,§,§,§,§,§,§\n", r.choice(["Polar Lynx", "Kaamos"]), g.handle(pl), PER(pl.first), PER(pl.last),
                DOB(fmt_date(g.dob(2003, 2010), r.choice(["iso", "dot"]))), LOC(COUNTRY_EN[cc]), EM(g.email(pl)),
                PH(g.phone(cc)), IP(g.ipv4(False) if r.random() < 0.8 else g.ipv6()))
        d.w("# roster export § - admin §\n", g.uuid(), g.handle())


def dom_dna_match(d, g):
    r = g.r
    user = g.person(origins=["en", "no", "sv", "de", "ie", "it"])
    match = g.person(origins=["no", "sv", "da", "de", "ie", "it", "pl"])
    day = g.day(2022, 2025)
    d.w('From: "Helix Roots" <§>\nTo: § <§>\nDate: §\nSubject: You have a new close DNA match!\n\n',
        EM("matches@helixroots-mail.com"), PER(g.name(user, "full")), EM(g.email(user)), _email_date(g, day))
    d.w("Hi §,\n\n", PER(user.first))
    d.w("Great news - we found a new DNA match: § (predicted 2nd-3rd cousin, § cM across § segments).\n\n",
        PER(g.name(match, "full")), r.randint(90, 420), r.randint(4, 16))
    d.w("§'s family tree includes ancestors from § and §.\n", PER(match.first), LOC(g.loc("city_country")),
        LOC(r.choice([g.loc("city_st"), g.loc("state"), g.loc("region")])))
    a1, a2 = g.person(origins=[match.origin]), g.person(origins=[match.origin])
    d.w("Your possible common ancestors: § (b. §) and § (§-§).\n\n", PER(g.name(a1, "full")), r.randint(1840, 1880),
        PER(g.name(a2, "full")), r.randint(1840, 1885), r.randint(1900, 1950))
    d.t("Message from your match:\n")
    gm = g.person(origins=[match.origin], fem=True)
    born = g.day(1915, 1945)
    d.w("\"Hei! My grandmother § was born § in § and emigrated in §. I think your great-grandfather § was her "
        "brother. Feel free to email me at § or call §.\"\n\n", PER(gm.first), DOB(g.fd(born, r.choice(["long_eu", "long"]))),
        LOC(r.choice(list(LOC_CITIES))), born.year + r.randint(18, 30), PER(g.name(g.person(origins=[match.origin], fem=False), "full")),
        EM(g.email(match)), PH(g.phone_for(match)))
    d.w("View match: §\n", URL(f"https://www.helixroots.com/dna/matches/{g.uuid()}?kit=HR-{rs(r, DG, 5)}"))
    d.w("Your kit ID: HR-§-§   Ethnicity estimate updated (v§)\n", rs(r, DG, 5), rs(r, UP, 2), g.version())
    d.w("\nManage notification settings: §\n", URL("https://www.helixroots.com/account/notifications"))


def dom_pathology(d, g):
    r = g.r
    p = g.person(fem=True)
    dr, path = g.person(), g.person()
    day = g.day(2021, 2025)
    d.t("SURGICAL PATHOLOGY REPORT\n")
    d.w("Patient: §   MRN: §   DOB: §   Sex: F\n", PER(g.name(p, r.choice(["LASTFIRST", "lastfirst"]))), MRN(g.mrn()),
        DOB(g.fd(g.dob(1945, 1990), "us")))
    d.w("Accession #: S§-§   Patient account #: §\n", day.year % 100, f"{r.randint(1, 99999):06d}", ACCT(g.acct("patient")))
    d.w("Collected: §   Reported: §\n", DT(g.dtm(day)), DT(g.fd(day + timedelta(days=r.randint(1, 4)), "us")))
    d.w("Ordering physician: Dr. § (NPI §)\n", PER(g.name(dr, r.choice(["full", "initial"]))), g.npi())
    d.w("Insurance: § - member ID §, group §\n\n", r.choice(["BCBS", "Aetna", "Medicare", "Humana"]), HPN(g.hpn()),
        rs(r, DG, 6))
    side = r.choice(["Left", "Right"])
    clock = r.randint(1, 12)
    d.w("CLINICAL HISTORY: §-year-old female with BI-RADS 4 mass, § breast, § o'clock position (§:00 axis on "
        "ultrasound), § cm from nipple.\n\n", r.randint(35, 80), side.lower(), clock, clock, r.randint(2, 9))
    d.w("GROSS DESCRIPTION: Received in formalin labeled with the patient's name \"§\" and MRN, are § tan-pink "
        "core biopsies measuring up to § cm. Entirely submitted in cassettes A1-A2.\n\n",
        PER(g.name(p, "full")), r.randint(3, 6), f"{r.uniform(0.8, 2.0):.1f}")
    d.w("FINAL DIAGNOSIS:\nA. Breast, §, § o'clock, ultrasound-guided core biopsy:\n"
        "   - Invasive ductal carcinoma, Nottingham grade §\n   - ER positive (§%), PR positive (§%), HER2 1+ (negative)\n\n",
        side.lower(), clock, r.randint(1, 3), r.randint(60, 99), r.randint(10, 90))
    d.w("ICD-10: §   CPT: 88305 x2, 88360 x3\n", r.choice(["C50.912", "C50.911", "C50.412"]))
    d.w("Electronically signed by: §, MD on §\n", PER(g.name(path, "full")), DT(g.dtm(day + timedelta(days=2))))
    if r.random() < 0.5:
        d.w("Results called to § (RN for Dr. §) at § by §.\n", PER(g.name(g.person(), "full")), PER(dr.last),
            DT(g.tm("24")), PER(path.first))


def dom_change_of_address(d, g):
    r = g.r
    p = g.person()
    old, new = g.addr("US"), g.addr(r.choice(["US", "US", "US", "CA"]))
    day = g.day(2022, 2025)
    start = day + timedelta(days=r.randint(3, 30))
    d.w("Subject: Change-of-Address Confirmation - code §\n\n", f"MGC-{rs(r, DG, 4)}-{rs(r, UP + DG, 4)}")
    d.w("Hello §,\n\nYour change-of-address request has been received and will be processed within 3 business days.\n\n",
        PER(g.name(p, r.choice(["caps", "full"]))))
    mv = r.choice(["Individual", "Family (all members with the same last name)", "Business"])
    d.w("Move type: §\nName on mail: §\n", mv, PER(g.name(p, "caps")))
    d.w("\nOLD ADDRESS\n§\n\nNEW ADDRESS\n§\n\n", ADR(g.atext(old, r.choice(["multi", "caps"]))),
        ADR(g.atext(new, r.choice(["multi", "caps"]))))
    d.w("Start forwarding mail: §\n", DT(g.fd(start, r.choice(["long", "us", "wd_long"]))))
    if r.random() < 0.4:
        d.w("Stop forwarding (temporary move): §\n", DT(g.fd(start + timedelta(days=r.randint(30, 180)), "long")))
    d.w("Contact email: §\nContact phone: §\n\n", EM(g.email(p)), PH(g.phone("US")))
    d.w("Identity verification: a $1.10 charge was placed on the card § on §. Request submitted from IP address §.\n\n",
        g.masked_card(), DT(g.fd(day, "long")), IP(g.ipv4(False) if r.random() < 0.8 else g.ipv6()))
    d.w("To view, change or cancel this request visit § and enter your confirmation code.\n",
        URL(f"https://www.moversguide-help.com/manage?code={rs(r, UP + DG, 8)}"))
    d.w("If you did not make this request, call § immediately.\n", PH(g.phone("TF")))


def dom_fr_lease(d, g):
    r = g.r
    bl = g.person(origins=["fr", "fr", "it", "pt"])
    lo = g.person(origins=["fr", "ar", "pt", "es", "vn", "et"])
    ba, lg = g.addr("FR"), g.addr("FR", unit_p=0.6)
    day = g.day(2021, 2025)
    start = date(day.year, day.month, 1) + timedelta(days=31)
    start = date(start.year, start.month, 1)
    d.t("CONTRAT DE LOCATION - LOGEMENT NU\n(soumis au titre Ier de la loi n° 89-462)\n\nI. DÉSIGNATION DES PARTIES\n\n")
    d.w("Le bailleur : § §, demeurant §, § le § à §\n", g.ttl(bl, "fr"), PER(g.name(bl, "full")),
        "née" if bl.fem else "né",
        ADR(g.atext(ba, "one")), DOB(fmt_date(g.dob(1945, 1985), r.choice(["slash_eu", "fr"]))),
        LOC(r.choice(["Rennes", "Lyon", "Nantes", "Lille", "Bordeaux"])))
    d.w("Le locataire : § §, § le § à §\n", g.ttl(lo, "fr"), PER(g.name(lo, r.choice(["full", "caps"]))),
        "née" if lo.fem else "né",
        DOB(fmt_date(g.dob(1975, 2003), r.choice(["slash_eu", "fr"]))), LOC(g.loc("city_country")))
    d.w("Tél. : § - Courriel : §\n\n", PH(g.phone("FR")), EM(g.email(lo)))
    d.w("II. OBJET DU CONTRAT\nAdresse du logement : §\n", ADR(g.atext(lg, "one")))
    d.w("Type : appartement T§, § m², §e étage, cave n° §\n\n", r.randint(1, 4), r.randint(22, 95), r.randint(1, 7),
        r.randint(1, 40))
    d.w("III. DATE DE PRISE D'EFFET ET DURÉE\nDate de prise d'effet : §\nDurée : 3 ans\n\n", DT(fmt_date(start, "fr")))
    rent = r.randint(450, 1600)
    d.w("IV. CONDITIONS FINANCIÈRES\nLoyer mensuel hors charges : §,00 €\nProvision sur charges : §,00 €\n",
        rent, r.randint(40, 200))
    d.w("Le loyer est payable le 5 de chaque mois par virement sur le compte IBAN § (BIC §).\n",
        IBAN(g.iban("FR")), r.choice(["BNPAFRPP", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP"]))
    d.w("Dépôt de garantie : §,00 €\n", rent)
    if r.random() < 0.5:
        gar = g.person(origins=["fr", "ar"])
        d.w("Garant : § (acte de cautionnement annexé), tél. §\n", PER(g.name(gar, "full")), PH(g.phone("FR")))
    d.w("\nFait à §, le §, en deux exemplaires originaux.\n", LOC(lg["city"]), DT(fmt_date(day, "fr")))
    d.t("Le bailleur (lu et approuvé)                     Le locataire (lu et approuvé)\n")


ES_PROV = {"Madrid": "Madrid", "Barcelona": "Barcelona", "Sevilla": "Sevilla", "Valencia": "Valencia",
           "Bilbao": "Bizkaia", "Málaga": "Málaga", "Zaragoza": "Zaragoza"}


def dom_padron(d, g):
    r = g.r
    p = g.person(origins=["es", "es", "ar", "pt", "ph"])
    if p.origin == "es" and " " not in p.last and r.random() < 0.7:
        p.last = f"{p.last} {r.choice(ORIGINS['es'][1]).split('-')[0]}"
    a = g.addr("ES", unit_p=0.7)
    c = a["city"]
    sec = g.person(origins=["es"])
    day = g.day(2022, 2025)
    if r.random() < 0.3:
        d.ocr = 0.01
    d.w("AYUNTAMIENTO DE §\nServicio de Estadística - Padrón Municipal de Habitantes\n\nCERTIFICADO DE EMPADRONAMIENTO\n\n",
        LOC(c.upper()))
    d.w("§ §, § General del Ayuntamiento, CERTIFICA:\n", "Dña." if sec.fem else "D.", PER(g.name(sec, "full")),
        "Secretaria" if sec.fem else "Secretario")
    d.t("Que según los datos que obran en el Padrón Municipal de Habitantes, figura inscrito/a:\n\n")
    d.w("Nombre y apellidos: §\n", PER(g.name(p, r.choice(["full", "caps"]))))
    d.w("Fecha de nacimiento: §\n", DOB(fmt_date(g.dob(), "slash_eu")))
    bc = r.choice(list(LOC_CITIES))
    d.w("Lugar de nacimiento: § (§)\n", LOC(bc), LOC(LOC_CITIES[bc]))
    d.w("Documento: § §\n", r.choice(["NIE", "Pasaporte", "DNI"]), rs(r, "XYZ", 1) + rs(r, DG, 7) + rs(r, UP, 1))
    d.w("Domicilio: §\nCódigo postal: §\nMunicipio: §\nProvincia: §\n", ADR(a["line1"]), a["pc"], LOC(c), LOC(ES_PROV[c]))
    d.w("Fecha de alta en el domicilio: §\n\n", DT(fmt_date(g.day(2010, 2022), "es")))
    d.w("Y para que conste, expido el presente certificado en §, a §.\n\n", LOC(c), DT(g.dtm(day, "es")))
    code = "-".join(rs(r, UP + DG, 4) for _ in range(4))
    d.w("Código Seguro de Verificación (CSV): §\nVerificable en §\n", code,
        URL(f"https://sede.{slug(c)}.es/verificacion?csv={code.replace('-', '')}"))


def dom_postman(d, g):
    r = g.r
    cust = g.person()
    if "'" in cust.last:
        cust.last = "Nguyen"
    d.t("{\n  \"info\": {\n")
    d.w('    "_postman_id": "§",\n    "name": "§ API (prod)",\n    "schema": "§"\n  },\n', g.uuid(),
        r.choice(["Payments", "Orders", "Partner", "Loyalty"]),
        URL("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"))
    tok = (g.jwt(), "JWT") if r.random() < 0.6 else (rs(r, ALNUM, 48), "GENERIC_SECRET")
    d.w('  "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "§", "type": "string"}]},\n', tok)
    host = r.choice(["api.paystream-prod.com", "partner-api.kestrel-bank.com", "orders.tidewater.app"])
    d.w('  "variable": [\n    {"key": "baseUrl", "value": "§"},\n    {"key": "apiKey", "value": "§"}', URL(f"https://{host}/v2"),
        SEC(g.secret()))
    if r.random() < 0.5:
        d.w(',\n    {"key": "stripeKey", "value": "§"}', STR(g.stripe_key()))
    d.t("\n  ],\n  \"item\": [\n")
    d.w('    {"name": "Create customer", "request": {"method": "POST", "header": [{"key": "X-Api-Key", "value": "{{apiKey}}"}], '
        '"url": "{{baseUrl}}/customers", "body": {"mode": "raw", "raw": "{\\"name\\": \\"§\\", \\"email\\": \\"§\\", \\"phone\\": \\"§\\"}"}}},\n',
        PER(g.name(cust, "full")), EM(g.email(cust)), PH(g.phone()))
    d.w('    {"name": "Admin ping (basic)", "request": {"auth": {"type": "basic", "basic": [{"key": "username", "value": "ops-admin"}, '
        '{"key": "password", "value": "§"}]}, "method": "GET", "url": "{{baseUrl}}/admin/ping"}},\n', PW(g.password()))
    d.w('    {"name": "Refund charge", "request": {"method": "POST", "url": "{{baseUrl}}/refunds", '
        '"body": {"mode": "raw", "raw": "{\\"charge\\": \\"ch_§\\", \\"amount\\": §, \\"idempotency_key\\": \\"§\\"}"}}}',
        rs(r, ALNUM, 24), r.randint(100, 99999), g.uuid())
    if r.random() < 0.4:
        d.w(',\n    {"name": "Charge card (copied from prod log)", "request": {"method": "POST", "url": "{{baseUrl}}/charges", '
            '"body": {"mode": "raw", "raw": "{\\"card_number\\": \\"§\\", \\"cvc\\": \\"§\\", \\"amount\\": §}"}}}\n',
            CC(g.card(sep="")), rs(r, DG, 3), r.randint(100, 99999))
    d.t("  ]\n}\n")


def dom_sql_dump(d, g):
    r = g.r
    day = g.day(2022, 2025)
    d.w("-- MySQL dump 10.13  Distrib §, for Linux (x86_64)\n--\n-- Host: §    Database: crm_prod\n", r.choice(["8.0.36", "8.0.33", "5.7.44"]),
        IP(g.ipv4(True)))
    d.t("-- ------------------------------------------------------\n\n")
    d.t("DROP TABLE IF EXISTS `customers`;\nCREATE TABLE `customers` (\n  `id` int NOT NULL AUTO_INCREMENT,\n"
        "  `first_name` varchar(64) NOT NULL,\n  `last_name` varchar(64) NOT NULL,\n  `email` varchar(255) NOT NULL,\n"
        "  `phone` varchar(32) DEFAULT NULL,\n  `date_of_birth` date DEFAULT NULL,\n  `ssn` char(11) DEFAULT NULL,\n"
        "  `password_hash` char(60) NOT NULL,\n  `api_key` varchar(64) DEFAULT NULL,\n  `last_login_ip` varchar(45) DEFAULT NULL,\n"
        "  `created_at` int unsigned NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n")
    d.t("LOCK TABLES `customers` WRITE;\nINSERT INTO `customers` VALUES ")
    n = r.randint(3, 6)
    base = r.randint(1000, 90000)
    for j in range(n):
        p = g.person()
        while "'" in p.first + p.last:
            p = g.person()
        d.w("(§,'§','§','§',", base + j, PER(p.first), PER(p.last), EM(g.email(p)))
        if r.random() < 0.8:
            d.w("'§',", PH(g.phone_for(p)))
        else:
            d.t("NULL,")
        d.w("'§',", DOB(fmt_date(g.dob(), "iso")))
        if r.random() < 0.5:
            d.w("'§',", SSN(g.ssn()))
        else:
            d.t("NULL,")
        d.w("'$2b$12$§',", rs(r, "./" + ALNUM, 53))
        if r.random() < 0.4:
            d.w("'§',", SEC(g.secret()))
        else:
            d.t("NULL,")
        d.w("'§',§)§", IP(g.ipv4(False)), g.epoch(), "," if j < n - 1 else ";\n")
    d.w("UNLOCK TABLES;\n\n-- Dump completed on § §:§:§\n", day.isoformat(), r.randint(0, 23), f"{r.randint(0, 59):02d}",
        f"{r.randint(0, 59):02d}")


def dom_nurse_triage(d, g):
    r = g.r
    caller = g.person(origins=["ar", "es", "et", "vn", "en", "en"])
    kid = g.relative(caller)
    day = g.day(2022, 2025)
    doc = g.person()
    d.w("NURSE ADVICE LINE - CALL RECORD\nCall ID: NAL-§-§-§\n\n", day.year % 100, f"{day.month:02d}{day.day:02d}", rs(r, DG, 4))
    d.w("Caller: § (§)   Callback: §\n", PER(g.name(caller, "full")), r.choice(["mother", "grandmother"] if caller.fem else ["father", "grandfather"]),
        PH(g.phone("US")))
    d.w("Patient: §   DOB: §   MRN: §\n", PER(g.name(kid, "full")), DOB(g.fd(g.dob(2015, 2024), "us")), MRN(g.mrn()))
    d.w("Plan: § - member ID §\n", r.choice(["CareSource", "Molina", "Medicaid MCO", "Kaiser"]), HPN(g.hpn()))
    lang = r.choice(["Arabic", "Spanish", "Amharic", "Vietnamese", "English"])
    d.w("Preferred language: §\n\nTime log:\n", lang)
    h, m = r.randint(0, 22), r.randint(0, 40)

    def tl():
        nonlocal h, m
        m += r.randint(1, 4)
        if m >= 60:
            h, m = (h + 1) % 24, m - 60
        return f"{h:02d}:{m:02d}"
    d.w("§ Call received, queue wait § min § s\n", tl(), r.randint(0, 9), r.randint(0, 59))
    if lang != "English":
        d.w("§ Interpreter § (ID §) joined\n", tl(), PER(g.person(origins=["ar", "es", "et", "vn"]).first), r.randint(1000, 9999))
    d.w("§ CC: fever §.§ C x § days, decreased PO intake, § wet diapers today\n", tl(), r.randint(38, 40), r.randint(0, 9),
        r.randint(1, 4), r.randint(1, 5))
    d.w("§ Protocol: Fever - Child (Schmitt-Thompson); no red flags, no rash, alert\n", tl())
    appt = day + timedelta(days=r.randint(0, 1))
    d.w("§ Disposition: see within 24 hours. Appt booked with Dr. § at § Pediatrics for §.\n", tl(),
        PER(g.name(doc, r.choice(["full", "last"]))), r.choice(["Westside", "Lakeview", "Eastgate"]), DT(g.dtm(appt)))
    d.w("§ Care advice: § 15 mg/kg q6h prn; fluids; call back if worse. Summary sent to §\n", tl(),
        r.choice(["acetaminophen", "ibuprofen"]), EM(g.email(caller)))
    nurse = g.person()
    d.w("\nNurse: §, RN   Total call time: § min\n", PER(g.name(nurse, "full")), r.randint(8, 30))


def dom_openvpn(d, g):
    r = g.r
    u = g.person()
    h = g.handle(u)
    d.w("# OpenVPN client profile for: §\n# Issued to: § <§>\n", h, PER(g.name(u, "full")),
        EM(g.email(u, r.choice(["northwind-corp.net", "kestrel.dev", "tidewater.app"]))))
    d.t("client\ndev tun\nproto udp\n")
    d.w("remote § 1194\nremote vpn2.northwind-corp.net 1194\nremote-random\n", IP(g.ipv4(False)))
    d.t("resolv-retry infinite\nnobind\npersist-key\npersist-tun\nremote-cert-tls server\ncipher AES-256-GCM\nauth SHA256\nverb 3\n")
    if r.random() < 0.6:
        d.w("<auth-user-pass>\n§\n§\n</auth-user-pass>\n", h, PW(g.password()))
    d.w("<ca>\n§\n</ca>\n", g.pem("CERTIFICATE").replace("CERTIFICATE", "CERTIFICATE"))
    d.w("<key>\n§\n</key>\n", PEM(g.pem(r.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"]))))
    d.w("# Helpdesk: §  |  §\n", PH(g.phone(r.choice(["US", "TF", "GB"]))), URL("https://it.northwind-corp.net/vpn/help"))


def dom_helm_values(d, g):
    r = g.r
    owner = g.person()
    d.w("# values-prod.yaml -- chart payments-gateway §\nreplicaCount: §\nimage:\n  repository: registry.northwind.io/payments/gateway\n"
        "  tag: \"§\"\n  pullPolicy: IfNotPresent\n", g.version(), r.randint(2, 8), g.version().lstrip("v"))
    d.t("ingress:\n  enabled: true\n  className: nginx\n  hosts:\n    - host: pay.northwind.io\n      paths: [\"/\"]\n")
    d.w("externalUrl: §\n", URL("https://pay.northwind.io/checkout"))
    d.w("config:\n  allowedCidrs:\n    - \"§/24\"\n    - \"§/32\"\n  webhookTimeout: 15s\n", IP(g.ipv4(False)), IP(g.ipv4(False)))
    d.t("secrets:\n")
    d.w("  stripeSecretKey: §\n", STR(g.stripe_key()))
    if r.random() < 0.6:
        d.w("  slackBotToken: §\n", SLK(g.slack_token()))
    d.w("  jwtSigningKey: \"§\"\n", SEC(rs(r, ALNUM, 48)))
    d.w("  dbPassword: §\n", PW(g.password()))
    d.t("  redisPassword: \"{{ .Values.global.redisPassword }}\"\n  sentryDsn: ${SENTRY_DSN}\n")
    if r.random() < 0.4:
        d.w("  githubToken: §\n", GH(g.gh_token()))
    if r.random() < 0.3:
        d.w("  tlsKey: |\n§\n", PEM("\n".join("    " + x if i else x for i, x in enumerate(g.pem("EC PRIVATE KEY").split("\n")))))
    d.t("resources:\n  limits: {cpu: 500m, memory: 512Mi}\n  requests: {cpu: 250m, memory: 256Mi}\n")
    d.w("alerting:\n  owner: \"§\"\n  oncallEmail: §\n  escalationPhone: \"§\"\n", PER(g.name(owner, "full")),
        EM(g.email(owner, "northwind.io")), PH(g.phone()))


def dom_rental_guest(d, g):
    r = g.r
    cc = r.choice(["DK", "NO", "SE", "IT", "NL", "ES"])
    host = g.person(origins={"DK": ["da"], "NO": ["no"], "SE": ["sv"], "IT": ["it"], "NL": ["nl"], "ES": ["es"]}[cc])
    guest = g.person(origins=["en", "en", "de", "in", "kr", "fr"])
    a = g.addr(cc, unit_p=0.6)
    ci = g.day(2023, 2025)
    co = ci + timedelta(days=r.randint(2, 6))

    def wd(x):
        return f"{WEEKDAYS[x.weekday()]}, {MONTHS['en'][x.month - 1]} {x.day}"
    t0 = ci - timedelta(days=r.randint(3, 20))
    mins = [r.randint(8, 14) * 60]

    def pre(who, lower=False):
        mins[0] = min(mins[0] + r.randint(1, 50), 23 * 60 + 59)
        d.w("[§, §] §: ", fmt_date(t0, "abbr"), fmt_time(mins[0] // 60, mins[0] % 60, "12"),
            PER(who.first.lower() if lower else who.first))
    d.w("Conversation with § · Reservation §\nListing: Sunny loft, 5 min walk to the harbour\n\n",
        PER(g.name(guest, "full")), rs(r, UP + DG, 10))
    pre(guest, True)
    d.w("hi! we're arriving on § - is early check-in possible? our flight lands around §\n",
        DT(wd(ci).lower() if r.random() < 0.5 else wd(ci)), DT(g.tm("12h")))
    pre(host)
    d.w("Welcome! Check-in is from § on §. Address: §. The key box is left of the door.\n",
        DT(g.tm("12", h=15, m=0)), DT(wd(ci)), ADR(g.atext(a, "one")))
    pre(guest, True)
    d.w("amazing thanks §!! what's the wifi?\n", PER(host.first.lower()))
    pre(host)
    d.w("Network: Loft_§_5G  password: §\n", rs(r, DG, 2), PW(g.password()))
    pre(host)
    d.w("My mobile if you get lost: §. My neighbour § (ground floor) has a spare key.\n", PH(g.phone(cc)),
        PER(g.person(origins=[host.origin]).first))
    pre(guest, True)
    d.w("we'll be 3 adults + our dog §, hope that's ok\n", r.choice(PETS))
    pre(host)
    d.w("Of course, pet fee is §. Checkout is § by §. Have a great trip!\n", g.amt(20, 60, "€"), DT(wd(co)),
        DT(g.tm("24", h=r.choice([10, 11]), m=0)))
    if r.random() < 0.4:
        pre(guest, True)
        d.w("sorry one more thing - can you send the invoice to § ? company needs it\n", EM(g.email(guest)))


def dom_lottery(d, g):
    r = g.r
    p = g.person()
    a = g.addr("US")
    st = a["region"] if a["region"] in DL_FMT else r.choice(list(DL_FMT))
    draw = g.day(2021, 2025)
    d.w("STATE LOTTERY - WINNER CLAIM FORM (prizes over $600)\n\nGame: §   Draw date: §\nTicket serial: §-§-§   Prize amount: §\n\n",
        r.choice(["POWERBALL", "MEGA MILLIONS", "LUCKY FOR LIFE", "CASH 5", "$20 SCRATCHER"]), DT(g.fd(draw, "us")),
        rs(r, DG, 4), rs(r, DG, 7), rs(r, DG, 3), f"${r.choice([1000, 5000, 10000, 50000, 150000]):,}.00")
    d.w("Claimant (Last, First, MI): §\n", PER(g.name(p, "LASTFIRST")))
    d.w("Social Security No.: §     Date of birth: §\n", SSN(g.ssn(r.choice(["-", "-", " "]))), DOB(g.fd(g.dob(1940, 2004), "us")))
    d.w("Home address: §\n", ADR(g.atext(a, "one")))
    d.w("Phone: §     Email: §\n", PH(g.phone("US")), EM(g.email(p)))
    d.w("Photo ID: Driver license # §   Issuing state: §   Expiration: §\n\n", DL(g.dl(st)), LOC(US_STATES.get(st, st)),
        DT(g.fd(g.day(2025, 2030), "us")))
    d.t("PAYMENT OPTION: [x] Direct deposit  [ ] Check by mail\n")
    d.w("Bank routing no.: §   Account no.: §   Type: Checking\n\n", g.routing(), ACCT(g.acct("bank")))
    d.w("Claimed in person at the Claim Center on §. Validation #: §\n", DT(g.dtm(draw + timedelta(days=r.randint(1, 60)))),
        g.control16())
    d.w("Federal withholding 24%; W-2G issued. Previous claim (§) rejected: SSN § failed validation.\n",
        g.ticket("CLM-", 6), g.bad_ssn())
    d.w("OFFICE USE: Claim # CLM-§-§   Reviewed by: §\n", draw.year % 100, rs(r, DG, 6), PER(g.name(g.person(), "initial")))


def dom_food_bank(d, g):
    r = g.r
    hoh = g.person(origins=["et", "es", "ar", "vn", "en", "en", "ru", "ng"])
    day = g.day(2022, 2025)
    d.w("§ Food Pantry - Household Intake\nVisit date: §   Intake #: §\n\n",
        r.choice(["St. Vincent de Paul", "Martin Luther King Jr. Community", "Our Lady of Guadalupe", "Eastside Neighbors"]),
        DT(g.fd(day, r.choice(["us", "us1"]))), rs(r, DG, 5))
    d.w("Head of household: §   DOB: §   Phone: §\n", PER(g.name(hoh, r.choice(["full", "LASTFIRST"]))),
        DOB(g.fd(g.dob(1945, 2002), "us1")), PH(g.phone("US")))
    lang = {"et": "Amharic", "es": "Spanish", "ar": "Arabic", "vn": "Vietnamese", "ru": "Russian", "ng": "English"}.get(hoh.origin, "English")
    d.w("Preferred language: §\n", lang)
    if r.random() < 0.7:
        d.w("Address: §\n", ADR(g.atext(g.addr("US", unit_p=0.6), "one")))
    else:
        d.w("Address: unhoused - receives mail at §\n",
            ADR(f"P.O. Box {r.randint(100, 9999)}, {r.choice(US_CITIES)[0]}, {r.choice(list(US_STATES))} {rs(r, DG, 5)}"))
    d.t("Household members:\n")
    for j in range(r.randint(1, 4)):
        m = g.relative(hoh)
        rel = r.choice(["spouse", "child", "child", "parent", "grandchild"])
        yr = {"spouse": (1945, 2002), "child": (2005, 2023), "parent": (1930, 1965), "grandchild": (2010, 2024)}[rel]
        d.w("  §. § - § - DOB §\n", j + 1, PER(g.name(m, "full")), rel, DOB(g.fd(g.dob(*yr), "us1")))
    d.w("Income: SNAP §/mo (case # §), WIC: §, wages approx §/mo\n", g.amt(90, 900), rs(r, DG, 7),
        r.choice(["yes", "no"]), g.amt(0, 2500))
    d.w("Dietary needs: §\n", r.choice(["diabetic, low sodium", "halal, no pork", "vegetarian", "nut allergy (child)"]))
    vol = g.person()
    d.w("Volunteer notes: helped § fill out the form, referred to utility assistance (§). Family has a cat named § - "
        "added pet food. Next eligible visit §.\n", PER(hoh.first.lower()), PH(g.phone("TF")), r.choice(PETS),
        DT(g.fd(day + timedelta(days=30), "us1")))
    d.w("Volunteer: §\n", PER(vol.first))


def dom_allergy(d, g):
    r = g.r
    p = g.person()
    day = g.day(2021, 2025)
    dr, tech = g.person(), g.person()
    d.t("ALLERGY & IMMUNOLOGY - PERCUTANEOUS SKIN TEST RECORD\n")
    d.w("Patient: §   DOB: §   MRN: §\n", PER(g.name(p, r.choice(["full", "LASTFIRST"]))), DOB(g.fd(g.dob(1960, 2020))), MRN(g.mrn()))
    h = r.randint(8, 15)
    d.w("Date of test: §   Placed: §   Read: §\n", DT(g.fd(day)), DT(fmt_time(h, 0, "24")), DT(fmt_time(h, 15, "24")))
    d.w("Ordering: Dr. §   Insurance member ID: §\n", PER(g.name(dr, "full")), HPN(g.hpn()))
    d.w("Antihistamines held: § days (last § dose reported § days ago)\n\n", r.randint(5, 7), r.choice(["cetirizine", "loratadine", "Zyrtec"]),
        r.randint(5, 9))
    d.t("ALLERGEN                        WHEAL(mm)  FLARE(mm)  RESULT\n")
    d.t("Histamine (positive control)    6          20         +\n")
    d.t("Saline (negative control)       0          0          -\n")
    for al in r.sample(["D. pteronyssinus", "D. farinae", "Cat pelt", "Dog epithelia", "Birch", "Timothy grass",
                        "Ragweed, short", "Alternaria", "Peanut", "Egg white", "Cockroach mix"], 6):
        w = r.choice([0, 0, 2, 3, 5, 8, 10])
        d.t(f"{al:<32}{w:<11}{w * r.randint(2, 3) if w else 0:<11}{'+' if w >= 3 else '-'}\n")
    d.w("\nImpression: sensitization to dust mite and tree pollen; history consistent with allergic rhinitis (ICD-10 §).\n",
        "J30.1")
    d.w("Plan: EpiPen 0.3 mg auto-injector x2 prescribed; immunotherapy discussed; follow-up on §. "
        "Call § with any reaction after leaving the clinic.\n", DT(g.dtm(day + timedelta(days=r.randint(14, 60)))), PH(g.phone("US")))
    d.w("Technician: §, CMA\n", PER(g.name(tech, "full")))


# ================================================================ negative-only domains
def neg_git_changelog(d, g):
    r = g.r
    for _ in range(r.randint(2, 4)):
        day = g.day(2022, 2025)
        d.w("commit §\n", g.sha(40))
        if r.random() < 0.5:
            d.w("Merge: § §\n", g.sha(7), g.sha(7))
        d.w("Author: release-bot\nDate:   § § § §:§:§ § +0000\n\n", WEEKDAYS[day.weekday()][:3], MONTHS["en"][day.month - 1][:3],
            day.day, f"{r.randint(0, 23):02d}", f"{r.randint(0, 59):02d}", f"{r.randint(0, 59):02d}", day.year)
        d.w("    chore(release): § [skip ci]\n\n", g.version())
        for _ in range(r.randint(2, 4)):
            d.w("    * §(§): § (#§) §\n", r.choice(["fix", "feat", "perf", "deps"]),
                r.choice(["api", "ui", "billing", "auth"]),
                r.choice(["handle 429 from upstream", "bump lodash from 4.17.20 to 4.17.21", "cache token introspection",
                          "retry idempotent POSTs", "drop Node 16 support"]),
                r.randint(100, 4000), g.sha(7))
        d.t("\n")
    d.w("Release checksum (sha256): §\nBuild id: §  epoch §\n", g.sha(64), g.uuid(), g.epoch())


def neg_masked_receipt(d, g):
    r = g.r
    d.w("ORDER RECEIPT\nOrder #: §-§-§\nPlaced: (see account)   Status: Shipped\n\n", rs(r, DG, 3), rs(r, DG, 7), rs(r, DG, 7))
    tot = 0.0
    for _ in range(r.randint(2, 5)):
        v = r.uniform(3, 200)
        tot += v
        d.w("SKU §  §  x§  §\n", f"{rs(r, UP, 3)}-{rs(r, DG, 5)}", r.choice(["USB-C cable 2m", "Ceramic mug 350ml", "Desk lamp LED",
                                                                     "Notebook A5 dotted", "Phone case"]), r.randint(1, 3), f"${v:,.2f}")
    d.w("\nSubtotal: §\nTax (8.25%): §\nTotal: §\n\n", f"${tot:,.2f}", f"${tot * 0.0825:,.2f}", f"${tot * 1.0825:,.2f}")
    d.w("Paid with: §\nAuth code: §   Terminal: §   Trace: §\n", g.masked_card(), rs(r, UP + DG, 6), rs(r, DG, 5), rs(r, DG, 6))
    d.w("Gift card applied: § (balance §)\n", g.bad_card(sep=" "), g.amt(0, 50))
    d.w("Customer: ********   Email: j***@***   Phone: (***) ***-**§\n", rs(r, DG, 2))
    d.w("SSN on file for tax-exempt status: XXX-XX-§\n", rs(r, DG, 4))
    d.w("Tracking: §\nReturn window: 30 days. Loyalty ID: §\n", g.tracking(), g.control16())


def neg_config_placeholders(d, g):
    r = g.r
    d.w("# config/prod.yaml.tmpl  (rendered at deploy time, values injected from vault)\nversion: §\n", g.version())
    d.t("database:\n  host: ${DB_HOST}\n  port: 5432\n  user: ${DB_USER}\n  password: ${DB_PASSWORD}\n"
        "  url: postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app\n")
    d.t("stripe:\n  secretKey: \"{{ .Values.stripe.secretKey }}\"\n  webhookSecret: <redacted>\n")
    d.t("aws:\n  accessKeyId: ${{ secrets.AWS_ACCESS_KEY_ID }}\n  secretAccessKey: \"********\"\n  region: eu-north-1\n")
    d.t("slack:\n  token: <set-in-vault>\n  channel: \"#deploys\"\n")
    d.w("cache:\n  ttl: §s\n  maxEntries: §\n  keyPrefix: \"v§:\"\n", r.randint(30, 3600), r.randint(1000, 100000), r.randint(1, 9))
    d.w("featureFlags:\n  newCheckout: §\n  rolloutPercent: §\n", r.choice(["true", "false"]), r.randint(0, 100))
    d.w("# checksum: §\n# generated-by: helmfile § (build §)\n", g.sha(64), g.version(), g.uuid())


def neg_lab_reference(d, g):
    r = g.r
    d.w("LAB TEST CATALOG - REFERENCE RANGES (rev §)\n\n", g.version())
    d.t("LOINC    | Component                 | Units    | Reference range | CPT\n")
    rows = [("2345-7", "Glucose, fasting", "mg/dL", "70-99", "82947"), ("718-7", "Hemoglobin", "g/dL", "12.0-17.5", "85018"),
            ("4548-4", "Hemoglobin A1c", "%", "4.0-5.6", "83036"), ("2093-3", "Cholesterol, total", "mg/dL", "<200", "82465"),
            ("2160-0", "Creatinine", "mg/dL", "0.6-1.3", "82565"), ("6690-2", "WBC", "10*3/uL", "4.5-11.0", "85048"),
            ("777-3", "Platelets", "10*3/uL", "150-400", "85049"), ("13457-7", "LDL (calc)", "mg/dL", "<100", "80061")]
    for row in r.sample(rows, r.randint(4, 7)):
        d.t(f"{row[0]:<9}| {row[1]:<26}| {row[2]:<9}| {row[3]:<16}| {row[4]}\n")
    d.w("\nSpecimen stability: 7 days refrigerated. Turnaround: § h. Panel code §. ICD-10 examples: §, §.\n",
        r.choice([4, 24, 48]), rs(r, UP, 2) + rs(r, DG, 3), r.choice(ICD10), r.choice(ICD10))
    d.w("Instrument: § analyzer firmware § ; lot QC-§ ; method id §\n", r.choice(["Cobas c 503", "Alinity c", "Atellica CH"]),
        g.version(), rs(r, DG, 6), g.uuid())


def neg_barcode_sheet(d, g):
    r = g.r
    d.w("CYCLE COUNT SHEET   Zone §   Counter ID: §   Batch §\n\n", r.choice("ABCDE"), rs(r, DG, 4), g.uuid()[:8])
    d.t("BIN        SKU          UPC            LOT         HS CODE     QTY   WEIGHT\n")
    for _ in range(r.randint(5, 10)):
        d.t(f"{r.choice('ABCDE')}-{r.randint(1, 40):02d}-{r.randint(1, 9):02d}    {rs(r, UP, 3)}-{rs(r, DG, 5)}    "
            f"{rs(r, DG, 12)}   L{rs(r, DG, 6)}    {rs(r, DG, 4)}.{rs(r, DG, 2)}     {r.randint(0, 500):<5} {r.uniform(0.1, 40):.2f} kg\n")
    d.w("\nVariance: §%   Recount required: §   Scanner fw §   Pallet SSCC §\n", f"{r.uniform(-3, 3):.2f}",
        r.choice(["yes", "no"]), g.version(), rs(r, DG, 18))


def neg_loadtest(d, g):
    r = g.r
    d.w("  execution: local\n     script: checkout_flow.js\n     output: -\n\n  scenarios: (100.00%) 1 scenario, § max VUs, §m30s max duration\n\n",
        r.randint(50, 500), r.randint(2, 10))
    d.w("     checks.........................: §% ✓ § ✗ §\n", f"{r.uniform(95, 100):.2f}", r.randint(1000, 50000), r.randint(0, 500))
    d.w("     data_received..................: § MB § MB/s\n", r.randint(10, 900), f"{r.uniform(0.1, 9):.1f}")
    d.w("     http_req_duration..............: avg=§ms min=§ms med=§ms max=§s p(90)=§ms p(95)=§ms\n",
        f"{r.uniform(50, 400):.1f}", r.randint(5, 50), r.randint(50, 300), f"{r.uniform(1, 9):.1f}", r.randint(200, 600),
        r.randint(300, 900))
    d.w("     iterations.....................: §  §/s\n     vus_max........................: §\n",
        r.randint(1000, 30000), f"{r.uniform(5, 90):.1f}", r.randint(50, 500))
    d.w("\nrunning (§m§s), 000/§ VUs, § complete and 0 interrupted iterations\n", r.randint(1, 10),
        f"{r.uniform(0, 59):04.1f}", r.randint(50, 500), r.randint(1000, 30000))
    d.w("runner build 10.0.19045.§, image sha256:§, seed §, k6 §\n", r.randint(1000, 4000), g.sha(64), g.epoch(), g.version())


# ================================================================ registry
POSITIVE = [
    ("rideshare_incident_report", dom_rideshare),
    ("cad_911_dispatch_log", dom_cad911),
    ("pawn_shop_ticket", dom_pawn),
    ("border_crossing_declaration", dom_border),
    ("life_insurance_beneficiary", dom_life_beneficiary),
    ("genetic_counseling_note", dom_genetic_counsel),
    ("immunization_registry_vxu_csv", dom_immunization),
    ("iep_document", dom_iep),
    ("github_actions_env_leak", dom_gha_log),
    ("docker_compose_secrets", dom_compose),
    ("slack_export_json", dom_slack_export),
    ("teams_vtt_transcript", dom_teams_vtt),
    ("voicemail_transcription", dom_voicemail),
    ("court_certificate_of_service", dom_court_service),
    ("probate_inventory", dom_probate),
    ("veterans_benefits_letter", dom_va_letter),
    ("nordic_agency_letter_sv_no_fi", dom_nordic_letter),
    ("hunting_fishing_license_app", dom_hunting_license),
    ("property_tax_appeal", dom_property_tax),
    ("sepa_direct_debit_mandate", dom_sepa),
    ("bankruptcy_schedule_ef", dom_bankruptcy),
    ("esports_tournament_registration", dom_esports),
    ("dna_match_email", dom_dna_match),
    ("surgical_pathology_report", dom_pathology),
    ("postal_change_of_address", dom_change_of_address),
    ("french_residential_lease", dom_fr_lease),
    ("spanish_padron_certificate", dom_padron),
    ("postman_collection_export", dom_postman),
    ("sql_dump_customers", dom_sql_dump),
    ("nurse_advice_line_call", dom_nurse_triage),
    ("openvpn_client_profile", dom_openvpn),
    ("helm_values_secrets", dom_helm_values),
    ("vacation_rental_guest_thread", dom_rental_guest),
    ("lottery_prize_claim", dom_lottery),
    ("food_bank_intake", dom_food_bank),
    ("allergy_skin_test_record", dom_allergy),
]
NEGATIVE = [
    ("neg_git_changelog", neg_git_changelog),
    ("neg_masked_receipt", neg_masked_receipt),
    ("neg_config_placeholders", neg_config_placeholders),
    ("neg_lab_reference_ranges", neg_lab_reference),
    ("neg_barcode_cycle_count", neg_barcode_sheet),
    ("neg_loadtest_summary", neg_loadtest),
]
NEG_RATE = 0.10


def make_doc(seed, i):
    r = random.Random(f"{seed}-{i}")
    if r.random() < NEG_RATE:
        name, fn = r.choice(NEGATIVE)
    else:
        name, fn = r.choice(POSITIVE)
    d = Doc(r)
    fn(d, Gen(r))
    text = d.text().rstrip()
    ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
    return {"id": f"blind20-{seed}-{i:06d}", "domain": name, "text": text, "entities": ents}


def generate(n, seed=0):
    """Yield n labelled documents; document i depends only on (seed, i)."""
    for i in range(n):
        yield make_doc(seed, i)


# ================================================================ CLI
TITLE_PREFIXES = ("Dr.", "Mr.", "Ms.", "Mrs.", "Herr ", "Frau ", "Mme ", "Sra.", "Sr. ", "Dott")


def validate(doc):
    errs = []
    text = doc["text"]
    prev_end = -1
    for e in doc["entities"]:
        s, t, typ = e["start"], e["end"], e["type"]
        if typ not in TYPESET:
            errs.append(f"bad type {typ}")
        if not (0 <= s < t <= len(text)):
            errs.append(f"span out of range {e}")
            continue
        v = text[s:t]
        if v != v.strip():
            errs.append(f"whitespace edge {typ} {v!r}")
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_end = max(prev_end, t)
        if v[-1] in ".,;:" and typ not in ("PASSWORD", "GENERIC_SECRET"):
            errs.append(f"trailing punctuation {typ} {v!r}")
        if v[0] in "\"'([{<" or v[-1] in "\"')]}>":
            if not (typ == "PRIVATE_KEY" or (typ == "PHONE_NUMBER" and v[0] == "(")):
                errs.append(f"bracket/quote edge {typ} {v!r}")
        if typ == "US_SSN" and not ssn_ok(v):
            errs.append(f"invalid SSN {v!r}")
        if typ == "CREDIT_CARD" and not luhn_ok(v):
            errs.append(f"Luhn-invalid card {v!r}")
        if typ == "IBAN_CODE" and not iban_ok(v):
            errs.append(f"invalid IBAN {v!r}")
        if typ == "PERSON" and v.startswith(TITLE_PREFIXES):
            errs.append(f"title inside PERSON {v!r}")
        if typ == "URL" and not v.startswith(("http://", "https://")):
            errs.append(f"URL scheme {v!r}")
        if typ == "AWS_SECRET_KEY" and len(v) != 40:
            errs.append(f"AWS secret length {len(v)}")
        if typ == "PRIVATE_KEY" and not (v.startswith("-----BEGIN") and v.endswith("-----")):
            errs.append("PEM block edges")
    return errs


def check(n=2000, seed=0):
    t0 = time.time()
    docs = list(generate(n, seed))
    t1 = time.time()
    docs2 = list(generate(n, seed))
    ok = True
    if docs != docs2:
        print("NON-DETERMINISTIC output across two runs")
        ok = False
    ids = set()
    type_c, dom_c, dom_neg = Counter(), Counter(), Counter()
    lengths = []
    nerr = 0
    for doc in docs:
        if doc["id"] in ids:
            print("duplicate id", doc["id"])
            ok = False
        ids.add(doc["id"])
        errs = validate(doc)
        if errs:
            nerr += 1
            ok = False
            if nerr <= 15:
                print(doc["id"], doc["domain"], errs[:4])
        for e in doc["entities"]:
            type_c[e["type"]] += 1
        dom_c[doc["domain"]] += 1
        if doc["domain"].startswith("neg_") and doc["entities"]:
            print("negative doc has entities", doc["id"])
            ok = False
        lengths.append(len(doc["text"]))
    lengths.sort()
    print(f"generated {n} docs in {t1 - t0:.2f}s; deterministic={docs == docs2}; docs with errors={nerr}")
    print(f"length chars: min={lengths[0]} p10={lengths[len(lengths) // 10]} median={lengths[len(lengths) // 2]} "
          f"p90={lengths[9 * len(lengths) // 10]} max={lengths[-1]}")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:<24}{type_c[t]:>7}")
    print(f"  {'TOTAL':<24}{sum(type_c.values()):>7}")
    print("\nper-domain counts:")
    for dname, c in sorted(dom_c.items()):
        print(f"  {dname:<36}{c:>6}")
    print(f"\n{len(dom_c)} domains ({sum(1 for x in dom_c if x.startswith('neg_'))} negative); "
          f"negative docs: {sum(c for x, c in dom_c.items() if x.startswith('neg_'))}")
    print("CHECK OK" if ok else "CHECK FAILED")
    return ok


def render(doc):
    text = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{e['type']}: {text[e['start']:e['end']]}]]")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 2000 docs and validate")
    ap.add_argument("--sample", type=int, default=0, metavar="K", help="print K docs with spans highlighted")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="FILE.jsonl")
    a = ap.parse_args(argv)
    rc = 0
    if a.check:
        rc = 0 if check(2000, a.seed) else 1
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print(f"===== {doc['id']}  [{doc['domain']}]  {len(doc['entities'])} entities =====")
            print(render(doc))
            print()
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            for doc in generate(a.n, a.seed):
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} docs to {a.output}", file=sys.stderr)
    if not (a.check or a.sample or a.output):
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
