r"""Blind corpus 70 -- aviation and maritime operations.

Synthetic, labelled documents from airline and shipping operations: crew
rosters, passenger manifests, port-call notices, seafarer identity documents,
ship crew lists, pilot licence records, airport lost-and-found tickets, cargo
manifests with consignees, flight incident reports, marina berth bookings, and
the IT / payroll / medical paperwork that surrounds them.  Every document is
built piece by piece with a Builder that records entity spans as the text is
assembled (no searching afterwards).  Generation is deterministic: document i
depends only on (seed, i).

Usage: python3 bench/corpus_blind70.py --check | --sample K | --n N --seed S --output F.jsonl

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
import collections
import datetime as _dt
import ipaddress
import json
import re
import random
import string
import sys
import unicodedata
import uuid

# ---------------------------------------------------------------------------
# type names
# ---------------------------------------------------------------------------
PER = "PERSON"
EML = "EMAIL_ADDRESS"
PHN = "PHONE_NUMBER"
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
AKID = "AWS_ACCESS_KEY"
ASK = "AWS_SECRET_KEY"
GHT = "GITHUB_TOKEN"
SLK = "SLACK_TOKEN"
STK = "STRIPE_KEY"
JWT = "JWT"
PEM = "PRIVATE_KEY"
PWD = "PASSWORD"
SEC = "GENERIC_SECRET"

ALL_TYPES = [PER, EML, PHN, SSN, CC, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN,
             HPN, ACC, DL, AKID, ASK, GHT, SLK, STK, JWT, PEM, PWD, SEC]
SECRET_TYPES = {AKID, ASK, GHT, SLK, STK, JWT, PEM, PWD, SEC}


# ---------------------------------------------------------------------------
# Builder: appends text pieces and records entity spans while building
# ---------------------------------------------------------------------------
_PH = re.compile(r"«(\w+)»")


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.ents: list[tuple[int, int, str]] = []

    def t(self, s: str) -> "Builder":
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, typ: str | None, s: str) -> "Builder":
        if typ is not None and s:
            self.ents.append((self.pos, self.pos + len(s), typ))
        return self.t(s)

    def put(self, v) -> "Builder":
        """v: str (plain), (TYPE, str) entity, list of those, or None."""
        if v is None:
            return self
        if isinstance(v, str):
            return self.t(v)
        if isinstance(v, tuple):
            return self.e(v[0], v[1])
        for x in v:
            self.put(x)
        return self

    def f(self, tpl: str, **kw) -> "Builder":
        """Template with «key» placeholders (values as accepted by put()).  When
        plain scalar keyword values are given, the literal segments are also
        str.format()-ed with them (so literal braces must then be doubled)."""
        plain = {k: v for k, v in kw.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}

        def lit(seg):
            return seg.format(**plain) if plain else seg
        last = 0
        for m in _PH.finditer(tpl):
            self.t(lit(tpl[last:m.start()]))
            self.put(kw[m.group(1)])
            last = m.end()
        self.t(lit(tpl[last:]))
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def doc(self, doc_id: str) -> dict:
        ents = sorted(self.ents)
        return {"id": doc_id, "text": self.text(),
                "entities": [{"start": s, "end": e, "type": t} for s, e, t in ents]}


# ---------------------------------------------------------------------------
# name pools (given names, surnames) by culture
# ---------------------------------------------------------------------------
def _s(x: str) -> list[str]:
    return x.split("|")


NAMES = {
    "us": (_s("James|Emily|Michael|Ashley|Tyrone|Kayla|Brandon|Megan|Dwayne|Hannah|Carlos|Jennifer|Cody|Latisha"),
           _s("Carter|Novak|Johnson|Whitfield|Brooks|Ramirez|O'Connell|Delgado|Fitzgerald|Sullivan|Kowalczyk|Bennett|Harlow|McAllister")),
    "gb": (_s("Oliver|Charlotte|Harry|Imogen|Callum|Siobhan|Rhys|Eleanor|Alfie|Niamh|Hamish|Poppy"),
           _s("Pemberton|Ashworth|Gallagher|Hughes|MacLeod|Thornton|Whitaker|Llewellyn|Fairbairn|Doherty|Cartwright")),
    "de": (_s("Jürgen|Anneliese|Lukas|Friederike|Matthias|Svenja|Tobias|Katrin|Dieter|Henrike|Malte|Ulrike"),
           _s("Weiß|Hoffmann|Schäfer|Brandt|Köhler|Lindemann|Vogt|Neumann|Krüger|Petersen|Hansen-Wolf|Jäger")),
    "fr": (_s("Élodie|Mathieu|Margaux|Thibault|Agathe|Guillaume|Camille|Benoît|Solène|Rémi|Anaïs|Yannick"),
           _s("Marchand|Lefèvre|Dubois|Rousseau|Girard|Chevalier|Fontaine|Mercier|Le Gall|Kerbrat|Moreau")),
    "es": (_s("Lucía|Alejandro|Carmen|Javier|Inés|Sergio|Paloma|Álvaro|Nerea|Íñigo|Rocío|Marcos"),
           _s("Ortega|García Ruiz|Fernández|Navarro|Castillo|Moreno|Herrera|Iglesias|Etxeberria|Sánchez Vidal")),
    "it": (_s("Giulia|Lorenzo|Chiara|Matteo|Francesca|Alessandro|Sara|Davide|Federica|Gianluca|Elisa|Salvatore"),
           _s("Ferraro|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|De Luca|Cattaneo|Lombardi")),
    "pt": (_s("João|Beatriz|Tiago|Mariana|Rui|Inês|Gonçalo|Larissa|Rafael|Carolina|Diogo|Letícia"),
           _s("Nogueira|Carvalho|Ferreira|Azevedo|Pereira|Rodrigues|Lopes|Sousa|Magalhães|Teixeira")),
    "nl": (_s("Sanne|Joris|Femke|Daan|Lieke|Bram|Anouk|Thijs|Maarten|Eline|Wouter|Noor"),
           _s("de Vries|van Dijk|Bakker|Janssen|Visser|Smit|van den Berg|Mulder|de Jong|Hoekstra|Vermeulen")),
    "pl": (_s("Katarzyna|Piotr|Agnieszka|Tomasz|Magdalena|Krzysztof|Zofia|Paweł|Michał|Joanna|Łukasz|Marta"),
           _s("Nowak|Wójcik|Kaczmarek|Mazur|Krawczyk|Zając|Dudek|Wróbel|Pawlak|Sikora|Jabłoński")),
    "sv": (_s("Linnea|Erik|Astrid|Johan|Maja|Henrik|Ingrid|Lars|Sigrid|Björn|Elin|Torbjørn"),
           _s("Sjöberg|Lindqvist|Eriksen|Johansson|Holm|Bergström|Nilsen|Dahl|Åkesson|Solberg|Haugen")),
    "tr": (_s("Emre|Elif|Mehmet|Zeynep|Burak|Ayşe|Kerem|Selin|Oğuz|Gülşen|Hakan|İpek"),
           _s("Yıldız|Demir|Şahin|Çelik|Aydın|Öztürk|Kaya|Arslan|Korkmaz|Güneş|Doğan")),
    "ja": (_s("Haruto|Yui|Takeshi|Aiko|Kenji|Sakura|Ren|Misaki|Daisuke|Naoko|Shota|Emi"),
           _s("Sato|Takahashi|Yamamoto|Nakamura|Kobayashi|Watanabe|Ito|Matsumoto|Inoue|Fujita|Ogawa")),
    "ph": (_s("Jose|Maricel|Rodel|Jhoanna|Ariel|Kristine|Rommel|Liza|Jerome|Analyn|Reynaldo|Cherry Mae"),
           _s("Dela Cruz|Bautista|Reyes|Santos|Villanueva|Mendoza|Aquino|Macaraeg|Tolentino|Manalo|Dimaculangan")),
    "in": (_s("Arjun|Priya|Rohan|Ananya|Vikram|Deepika|Sanjay|Kavya|Rahul|Lakshmi|Aditya|Meera"),
           _s("Nair|Sharma|Iyer|Menon|Patel|Reddy|Chatterjee|Gupta|Pillai|Fernandes|Banerjee")),
    "ng": (_s("Chinedu|Ngozi|Emeka|Adaeze|Kwame|Ama|Tunde|Folake|Kofi|Yaw|Chiamaka|Segun"),
           _s("Okafor|Adeyemi|Mensah|Boateng|Eze|Balogun|Nwosu|Asante|Okonkwo|Owusu|Adebayo")),
    "cn": (_s("Wei|Li Na|Jun|Xiaoling|Hao|Mei|Zhiwei|Yan|Jing|Tao|Xin|Lei"),
           _s("Zhang|Wang|Liu|Chen|Huang|Zhou|Xu|Lin|Guo|He|Sun")),
    "ua": (_s("Oleksandr|Iryna|Dmytro|Olena|Andriy|Natalia|Serhiy|Yulia|Bohdan|Oksana|Vitaliy|Svitlana"),
           _s("Kovalenko|Shevchuk|Bondarenko|Melnyk|Tkachenko|Kravets|Petrenko|Moroz|Lysenko|Rudenko")),
    "gr": (_s("Nikos|Eleni|Giorgos|Katerina|Dimitris|Sofia|Kostas|Maria|Stavros|Despina|Yannis|Vasiliki"),
           _s("Papadopoulos|Georgiou|Nikolaidis|Karagiannis|Vlachos|Antoniou|Dimitriou|Christodoulou|Pappas")),
    "ar": (_s("Omar|Layla|Karim|Yasmin|Tariq|Nour|Hassan|Rania|Samir|Dalia|Youssef|Hiba"),
           _s("Haddad|Mansour|Khalil|Nasser|Saleh|Farouk|El-Amin|Aziz|Barakat|Khoury")),
    "ko": (_s("Min-jun|Seo-yeon|Ji-ho|Ha-eun|Dong-hyun|Soo-ah|Jae-won|Eun-ji"),
           _s("Park|Kim|Lee|Choi|Jung|Kang|Yoon|Han")),
    "vn": (_s("An|Linh|Minh|Thao|Duc|Huong|Quang|Trang"),
           _s("Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui")),
}
CULTURES = list(NAMES)

# culture -> usual country for addresses / phones
CULT_CC = {"us": "US", "gb": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT",
           "pt": "PT", "nl": "NL", "pl": "PL", "sv": "SE", "tr": "TR", "ja": "JP",
           "ph": "PH", "in": "IN", "ng": "GB", "cn": "SG", "ua": "PL", "gr": "GR",
           "ar": "AE", "ko": "SG", "vn": "SG"}
NATIONALITY = {"us": "American", "gb": "British", "de": "German", "fr": "French",
               "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
               "pl": "Polish", "sv": "Swedish", "tr": "Turkish", "ja": "Japanese",
               "ph": "Filipino", "in": "Indian", "ng": "Nigerian", "cn": "Chinese",
               "ua": "Ukrainian", "gr": "Greek", "ar": "Lebanese", "ko": "Korean",
               "vn": "Vietnamese"}
NAT3 = {"us": "USA", "gb": "GBR", "de": "DEU", "fr": "FRA", "es": "ESP", "it": "ITA",
        "pt": "PRT", "nl": "NLD", "pl": "POL", "sv": "SWE", "tr": "TUR", "ja": "JPN",
        "ph": "PHL", "in": "IND", "ng": "NGA", "cn": "CHN", "ua": "UKR", "gr": "GRC",
        "ar": "LBN", "ko": "KOR", "vn": "VNM"}
# birthplaces by culture (used as LOCATION)
BIRTHPLACES = {
    "us": _s("Tacoma|Baton Rouge|Duluth|Portland|San Diego|Mobile"),
    "gb": _s("Hull|Swansea|Dundee|Norwich|Cork|Plymouth"),
    "de": _s("Cuxhaven|Lübeck|Emden|Dresden|Flensburg|Wilhelmshaven"),
    "fr": _s("Lorient|Saint-Malo|Lyon|Bordeaux|Dunkerque|Ajaccio"),
    "es": _s("Vigo|Cádiz|Santander|A Coruña|Huelva|Cartagena"),
    "it": _s("Palermo|Bari|Ancona|Taranto|Salerno|Cagliari"),
    "pt": _s("Aveiro|Viana do Castelo|Faro|Coimbra|Ponta Delgada"),
    "nl": _s("Harlingen|Den Helder|Delfzijl|Zwolle|Middelburg"),
    "pl": _s("Gdańsk|Kołobrzeg|Elbląg|Świnoujście|Toruń"),
    "sv": _s("Karlskrona|Umeå|Uddevalla|Ålesund|Kristiansand|Visby"),
    "tr": _s("Trabzon|Samsun|Bandırma|Çanakkale|Rize"),
    "ja": _s("Hakodate|Nagasaki|Kagoshima|Sendai|Niigata"),
    "ph": _s("Iloilo City|Tacloban|Cavite City|Dumaguete|Legazpi"),
    "in": _s("Kochi|Visakhapatnam|Mangaluru|Kolkata|Goa"),
    "ng": _s("Lagos|Port Harcourt|Calabar|Takoradi|Accra"),
    "cn": _s("Dalian|Qingdao|Ningbo|Xiamen|Tianjin"),
    "ua": _s("Odesa|Mykolaiv|Kherson|Izmail|Kyiv"),
    "gr": _s("Chios|Syros|Volos|Heraklion|Kavala"),
    "ar": _s("Beirut|Tripoli|Sidon|Tyre|Byblos"),
    "ko": _s("Busan|Incheon|Ulsan|Mokpo"),
    "vn": _s("Hai Phong|Da Nang|Vung Tau|Nha Trang"),
}


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def tpl_fill(rng, tpl):
    """'#' digit, 'N' digit 2-9, 'A' upper letter, 'x' hex, 'a' lower letter;
    a backslash makes the next character literal."""
    out = []
    esc = False
    for c in tpl:
        if esc:
            out.append(c)
            esc = False
        elif c == "\\":
            esc = True
        elif c == "#":
            out.append(rng.choice(DIG))
        elif c == "N":
            out.append(rng.choice("23456789"))
        elif c == "A":
            out.append(rng.choice(UP))
        elif c == "a":
            out.append(rng.choice(LOW))
        elif c == "x":
            out.append(rng.choice(HEX))
        else:
            out.append(c)
    return "".join(out)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, given, surname, cult, initial=None):
        self.given, self.surname, self.cult, self.initial = given, surname, cult, initial

    @property
    def full(self):
        if self.initial:
            return f"{self.given} {self.initial}. {self.surname}"
        return f"{self.given} {self.surname}"

    @property
    def plain(self):
        return f"{self.given} {self.surname}"

    @property
    def last_first(self):
        return f"{self.surname}, {self.given}"

    @property
    def upper_last_first(self):
        return f"{self.surname.upper()}, {self.given}"

    @property
    def pnr(self):  # airline style SURNAME/GIVEN
        return f"{ascii_fold(self.surname).upper()}/{ascii_fold(self.given).upper().replace('-', '')}"

    @property
    def hl7(self):
        mid = self.initial or ""
        return f"{ascii_fold(self.surname).upper()}^{ascii_fold(self.given).upper()}^{mid}"


def person(rng, cult=None, initial_p=0.0):
    cult = cult or rng.choice(CULTURES)
    g, s = NAMES[cult]
    ini = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < initial_p else None
    return Person(rng.choice(g), rng.choice(s), cult, ini)


def people(rng, k, cults=None):
    seen, out = set(), []
    while len(out) < k:
        p = person(rng, rng.choice(cults) if cults else None)
        if p.plain in seen:
            continue
        seen.add(p.plain)
        out.append(p)
    return out


PERSONAL_DOMAINS = _s("gmail.com|outlook.com|yahoo.com|web.de|gmx.de|orange.fr|libero.it|sapo.pt|"
                      "wp.pl|hotmail.com|icloud.com|proton.me|yahoo.co.jp|telia.com|ziggo.nl|naver.com")


def email_for(rng, p, domain=None):
    g = re.sub(r"[^a-z0-9-]", "", ascii_fold(p.given).lower().replace(" ", ""))
    s = re.sub(r"[^a-z0-9-]", "", ascii_fold(p.surname).lower().replace(" ", ""))
    domain = domain or rng.choice(PERSONAL_DOMAINS)
    local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}{rng.randint(1, 99)}",
                        f"{s}.{g}", f"{g}_{s}", f"{g[0]}{s}"])
    return f"{local}@{domain}"


# ---------------------------------------------------------------------------
# organisations (brand-like, never labelled)
# ---------------------------------------------------------------------------
SHIPPING = [("Nordhavn Shipping A/S", "nordhavn-shipping.dk"),
            ("Blue Meridian Lines", "bluemeridianlines.com"),
            ("Kestrel Bulk Carriers", "kestrelbulk.gr"),
            ("Adriatica Marittima S.p.A.", "adriatica-marittima.it"),
            ("Oceanic Reefer Lines", "oceanicreefer.com"),
            ("Pacific Tern Shipmanagement", "pacifictern.sg"),
            ("Elbe Feeder Reederei GmbH", "elbefeeder.de"),
            ("Atlantica Naviera S.L.", "atlantica-naviera.es")]
AIRLINES = [("Baltic Skyways", "balticskyways.aero", "BT"),
            ("Aurora Regional", "aurora-regional.com", "AU"),
            ("Coral Sea Air", "coralseaair.com.au", "CS"),
            ("Meridian Cargo Airlines", "meridiancargo.aero", "MC"),
            ("Alpenflug", "alpenflug.at", "AP"),
            ("Atlantis Air", "atlantisair.pt", "AT"),
            ("Northstar Airways", "northstarairways.com", "NS"),
            ("Levante Jet", "levantejet.es", "LJ")]
AGENCIES = [("Hanseatic Port Agency", "hanseatic-agency.de"),
            ("Rotterdam Ship Services B.V.", "rss-agency.nl"),
            ("Manila Crewing Solutions", "mcs-crewing.ph"),
            ("Piraeus Maritime Agency", "pma-agency.gr"),
            ("Gulfstream Logistics", "gulfstream-logistics.com"),
            ("Iberian Port Services", "iberianportservices.es")]
MARINAS = ["Marina Porto Azzurro", "Harbour Point Marina", "Puerto Deportivo Sol", "Marina Nordkap",
           "Bayside Yacht Haven", "Marina del Faro", "Kvarnholmen Gästhamn", "Marina Baía Azul"]
VESSELS = ["Baltic Meridian", "Ocean Pioneer", "Northern Tern", "Cape Aurora", "Amber Horizon",
           "Coral Reef", "Sea Falcon", "Fjordlys", "Pacific Harmony", "Stella Maris", "Blue Heron",
           "Iron Gannet", "Silver Current", "Polar Wind"]
YACHTS = ["Seraphine", "Blue Moon II", "Windrose", "Libeccio", "Kalima", "Salty Dog", "Aquarella",
          "Nordlys", "Maestral", "Sea Breeze III"]
IATA = _s("FRA|MUC|HAM|CDG|ORY|MRS|MAD|BCN|FCO|MXP|LIS|OPO|AMS|WAW|GDN|ARN|GOT|OSL|BGO|IST|SAW|NRT|"
          "HND|KIX|MNL|CEB|SIN|ATH|SYD|BOM|COK|YVR|DXB|GRU|SEA|MIA|IAH|BOS|JFK|LHR|LGW|MAN|ABZ|DUB")
ICAO = _s("EDDF|EDDH|EDDM|LFPG|LFML|LEMD|LEBL|LIRF|LPPT|EHAM|EPWA|ESSA|ENGM|LTFM|RJTT|RPLL|WSSS|"
          "LGAV|YSSY|OMDB|KSEA|KMIA|EGLL|EIDW")
RANKS = ["Master", "Chief Officer", "2nd Officer", "3rd Officer", "Chief Engineer", "2nd Engineer",
         "3rd Engineer", "Electro-Technical Officer", "Bosun", "AB Seaman", "OS", "Oiler", "Wiper",
         "Chief Cook", "Messman", "Fitter", "Deck Cadet"]
PERSON_BRANDS = ["Jansen & Zonen B.V.", "Fratelli Rossi S.r.l.", "Pereira & Filhos Lda.", "Müller & Söhne GmbH",
                 "Hansen Brothers Seafood A/S", "Ben & Jerry's", "Dimitriou Bros. Trading", "Okafor & Sons Ltd"]
PET_NAMES = ["Biscuit", "Luna", "Pepper", "Captain", "Mojo", "Nala", "Fritz", "Bosco"]
CABIN_ROLES = ["Captain", "First Officer", "Senior First Officer", "Purser", "Cabin Crew",
               "Senior Cabin Crew", "Second Officer"]


# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------
COUNTRY_NAME = {"US": "USA", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain",
                "IT": "Italy", "PT": "Portugal", "NL": "Netherlands", "PL": "Poland", "SE": "Sweden",
                "NO": "Norway", "TR": "Türkiye", "JP": "Japan", "PH": "Philippines",
                "SG": "Singapore", "GR": "Greece", "AU": "Australia", "IN": "India",
                "CA": "Canada", "AE": "United Arab Emirates", "BR": "Brazil"}
LOCAL_COUNTRY = {"DE": "Deutschland", "ES": "España", "IT": "Italia", "NL": "Nederland",
                 "PL": "Polska", "SE": "Sverige", "NO": "Norge", "BR": "Brasil", "JP": "Japan"}

# cc -> (cities [(city, region, postcode template)], streets)
ADDR = {
    "US": ([("Seattle", "WA", "981##"), ("Miami", "FL", "331##"), ("Houston", "TX", "770##"),
            ("Anchorage", "AK", "995##"), ("Savannah", "GA", "314##"), ("Long Beach", "CA", "908##"),
            ("Norfolk", "VA", "235##"), ("Boston", "MA", "021##")],
           _s("Harbor View Dr|Pier Ave|Maple St|Ocean Blvd|Airport Way|Cypress Ln|Commerce St|Seaport Blvd")),
    "CA": ([("Vancouver", "BC", "V6C #A#"), ("Halifax", "NS", "B3J #A#"), ("Montréal", "QC", "H2Y #A#")],
           _s("Waterfront Rd|Barrington St|Rue de la Commune|Marine Dr")),
    "GB": ([("Southampton", None, "SO14 #AA"), ("Aberdeen", None, "AB11 #AA"), ("Liverpool", None, "L3 #AA"),
            ("Plymouth", None, "PL1 #AA"), ("Belfast", None, "BT1 #AA"), ("Bristol", None, "BS1 #AA")],
           _s("Dock Road|Quayside|Marine Parade|Church Lane|Victoria Street|Harbour Way|Ferry Lane")),
    "DE": ([("Hamburg", None, "204##"), ("Bremen", None, "281##"), ("Kiel", None, "241##"),
            ("Frankfurt am Main", None, "605##"), ("München", None, "803##"), ("Rostock", None, "180##")],
           _s("Hafenstraße|Am Kai|Lindenallee|Schifferstraße|Bahnhofstraße|Seewartenweg|Große Elbstraße")),
    "FR": ([("Marseille", None, "130##"), ("Le Havre", None, "766##"), ("Toulouse", None, "310##"),
            ("Brest", None, "292##"), ("Nantes", None, "440##"), ("Nice", None, "063##")],
           _s("rue des Docks|quai du Port|boulevard de la Mer|rue Paradis|allée des Mouettes|rue de la Marine")),
    "ES": ([("Valencia", None, "460##"), ("Barcelona", None, "080##"), ("Algeciras", None, "112##"),
            ("Bilbao", None, "480##"), ("Palma", None, "070##"), ("Las Palmas de Gran Canaria", None, "350##")],
           _s("Calle del Puerto|Avenida del Mar|Calle Mayor|Paseo Marítimo|Calle de la Aduana")),
    "IT": ([("Genova", "GE", "161##"), ("Napoli", "NA", "801##"), ("Trieste", "TS", "341##"),
            ("Livorno", "LI", "571##"), ("Venezia", "VE", "301##"), ("La Spezia", "SP", "191##")],
           _s("Via del Porto|Corso Italia|Via Roma|Piazza Caricamento|Via dei Mille|Calata Gadda")),
    "PT": ([("Lisboa", None, "1200-###"), ("Porto", None, "4050-###"), ("Sines", None, "7520-###"),
            ("Funchal", None, "9000-###"), ("Setúbal", None, "2900-###")],
           _s("Rua do Cais|Avenida da Liberdade|Rua das Flores|Travessa do Porto|Rua da Alfândega")),
    "NL": ([("Rotterdam", None, "30## AA"), ("Amsterdam", None, "10## AA"), ("Vlissingen", None, "438# AA"),
            ("Den Helder", None, "178# AA"), ("Groningen", None, "97## AA")],
           _s("Havenstraat|Westerkade|Maasboulevard|Lijnbaan|Zeedijk|Veerhaven")),
    "PL": ([("Gdańsk", None, "80-###"), ("Gdynia", None, "81-###"), ("Szczecin", None, "70-###"),
            ("Warszawa", None, "00-###"), ("Kraków", None, "31-###")],
           _s("ul. Portowa|ul. Morska|ul. Długa|al. Zwycięstwa|ul. Żeglarska")),
    "SE": ([("Göteborg", None, "41# ##"), ("Stockholm", None, "11# ##"), ("Malmö", None, "21# ##"),
            ("Helsingborg", None, "25# ##"), ("Luleå", None, "97# ##")],
           _s("Hamngatan|Skeppsbron|Sjögatan|Storgatan|Kajvägen")),
    "NO": ([("Bergen", None, "50##"), ("Oslo", None, "01##"), ("Stavanger", None, "40##"), ("Tromsø", None, "90##")],
           _s("Strandkaien|Bryggen|Havnegata|Sjøgata")),
    "TR": ([("İstanbul", None, "344##"), ("İzmir", None, "352##"), ("Mersin", None, "330##"), ("Antalya", None, "071##")],
           _s("Rıhtım Caddesi|Liman Sokak|Deniz Sokak|Cumhuriyet Caddesi|Kordon Boyu")),
    "JP": ([("Yokohama", "Kanagawa", "231-00##"), ("Kobe", "Hyogo", "650-00##"), ("Osaka", "Osaka", "552-00##"),
            ("Tokyo", "Tokyo", "135-00##"), ("Nagoya", "Aichi", "455-00##")],
           _s("Kaigan-dori|Minatomirai|Yamashita-cho|Chikko|Minato-machi")),
    "PH": ([("Manila", None, "10##"), ("Cebu City", None, "6000"), ("Batangas City", None, "4200"),
            ("Iloilo City", None, "5000")],
           _s("Roxas Blvd|Osmeña Blvd|Bonifacio Drive|Port Area Road|Muelle Loney St")),
    "SG": ([("Singapore", None, "11####")],
           _s("Pasir Panjang Road|Keppel Road|Tanjong Pagar Road|Shenton Way|Alexandra Terrace")),
    "GR": ([("Piraeus", None, "185 ##"), ("Thessaloniki", None, "546 ##"), ("Patras", None, "262 ##")],
           _s("Akti Miaouli|Leoforos Posidonos|Odos Notara|Filonos")),
    "AU": ([("Fremantle", "WA", "6160"), ("Sydney", "NSW", "2000"), ("Brisbane", "QLD", "4000"),
            ("Melbourne", "VIC", "3000")],
           _s("Cliff Street|Hickson Road|Eagle Street|Docklands Drive|Marine Terrace")),
    "IN": ([("Mumbai", "Maharashtra", "4000##"), ("Kochi", "Kerala", "6820##"), ("Chennai", "Tamil Nadu", "6000##")],
           _s("Shoorji Vallabhdas Marg|Willingdon Island Road|Rajaji Salai|Marine Drive")),
    "AE": ([("Dubai", None, None), ("Abu Dhabi", None, None)],
           _s("Jebel Ali Free Zone|Port Rashid Road|Al Mina Street|Khalifa Port Road")),
    "BR": ([("Santos", "SP", "11013-###"), ("Rio de Janeiro", "RJ", "20090-###")],
           _s("Rua do Comércio|Avenida Rodrigues Alves|Rua Frei Gaspar")),
}
ADDR_CCS = list(ADDR)


class Addr:
    def __init__(self, cc, street, city, region, postcode, lines):
        self.cc, self.street, self.city, self.region, self.postcode = cc, street, city, region, postcode
        self.lines = lines  # without country
        self.country = COUNTRY_NAME[cc]

    def one(self, country=False, local=False):
        s = ", ".join(self.lines)
        if country:
            s += ", " + (LOCAL_COUNTRY.get(self.cc, self.country) if local else self.country)
        return s

    def block(self, country=False, local=False):
        ls = list(self.lines)
        if country:
            ls.append(LOCAL_COUNTRY.get(self.cc, self.country) if local else self.country)
        return "\n".join(ls)

    @property
    def cityreg(self):
        if self.region and self.cc in ("US", "CA", "AU", "IN", "JP", "BR"):
            return f"{self.city}, {self.region}"
        return self.city


def address(rng, cc=None):
    cc = cc or rng.choice(ADDR_CCS)
    cities, streets = ADDR[cc]
    city, region, pct = rng.choice(cities)
    street = rng.choice(streets)
    pc = tpl_fill(rng, pct) if pct else None
    n = rng.randint(1, 240)
    if cc in ("US", "CA", "AU"):
        st = f"{n * 10 + rng.randint(0, 9)} {street}"
        if rng.random() < 0.35:
            st += rng.choice([f", Suite {rng.randint(100, 950)}", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                              f", Unit {rng.randint(1, 30)}"])
        lines = [st, f"{city}, {region} {pc}" if cc != "AU" else f"{city} {region} {pc}"]
    elif cc == "GB":
        st = f"{n} {street}" if rng.random() < 0.7 else f"Flat {rng.randint(1, 30)}, {n} {street}"
        lines = [st, f"{city.upper() if rng.random() < 0.3 else city} {pc}"]
    elif cc in ("DE", "NL", "SE", "NO", "GR"):
        lines = [f"{street} {n}{rng.choice(['', '', 'a', 'b'])}", f"{pc} {city}"]
    elif cc == "FR":
        lines = [f"{n} {street}", f"{pc} {city.upper() if rng.random() < 0.4 else city}"]
    elif cc == "ES":
        lines = [f"{street} {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}", f"{pc} {city}"]
    elif cc == "IT":
        lines = [f"{street} {n}", f"{pc} {city} {region}"]
    elif cc == "PT":
        lines = [f"{street}, {n}, {rng.randint(1, 6)}º Esq.", f"{pc} {city}"]
    elif cc == "PL":
        lines = [f"{street} {n}/{rng.randint(1, 60)}", f"{pc} {city}"]
    elif cc == "TR":
        lines = [f"{street} No: {n} D: {rng.randint(1, 20)}", f"{pc} {city}"]
    elif cc == "JP":
        lines = [f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}",
                 f"{city}, {region} {pc}"]
    elif cc == "PH":
        lines = [f"Unit {rng.randint(101, 1205)}, {n} {street}", f"{city} {pc}"]
    elif cc == "SG":
        lines = [f"{n} {street} #{rng.randint(2, 30):02d}-{rng.randint(1, 80):02d}", f"Singapore {pc}"]
    elif cc == "IN":
        lines = [f"{n}, {street}", f"{city}, {region} {pc}"]
    elif cc == "AE":
        lines = [f"Office {rng.randint(101, 2410)}, {street}", f"P.O. Box {rng.randint(1000, 99999)}, {city}"]
    elif cc == "BR":
        lines = [f"{street}, {n}", f"{city} - {region}, {pc}"]
    else:  # pragma: no cover
        raise ValueError(cc)
    return Addr(cc, lines[0], city, region, pc, lines)


def city_of(rng, cc=None):
    cc = cc or rng.choice(ADDR_CCS)
    return rng.choice(ADDR[cc][0])[0]


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
PHONES = {
    "US": ["+1 N##-N##-####", "(N##) N##-####", "N##-N##-####", "+1 (N##) N##-####", "N##.N##.####"],
    "CA": ["+1 604-N##-####", "(902) N##-####"],
    "GB": ["+44 23 80## ####", "023 80## ####", "+44 7### ######", "07### ######", "+44 (0)1224 ######"],
    "DE": ["+49 40 #### ####", "040 ########", "+49 (0)421 ######", "+49 15# ########", "017# #######"],
    "FR": ["+33 N ## ## ## ##", "0N ## ## ## ##", "+33 (0)6 ## ## ## ##"],
    "ES": ["+34 9## ## ## ##", "6## ### ###", "+34 6## ### ###"],
    "IT": ["+39 010 ### ####", "3## ### ####", "+39 3## #######", "081 ### ####"],
    "PT": ["+351 21# ### ###", "9## ### ###", "+351 9## ### ###"],
    "NL": ["+31 10 ### ####", "06-########", "+31 6 ########", "020-#######"],
    "PL": ["+48 58 ### ## ##", "+48 N## ### ###", "N## ### ###"],
    "SE": ["+46 31 ### ## ##", "07#-### ## ##", "+46 7# ### ## ##"],
    "NO": ["+47 N# ## ## ##", "N## ## ###"],
    "TR": ["+90 2## ### ## ##", "05## ### ## ##", "+90 5## ### ####"],
    "JP": ["+81 45-###-####", "090-####-####", "+81 3-####-####", "078-###-####"],
    "PH": ["+63 2 8### ####", "09## ### ####", "+63 9## ### ####"],
    "SG": ["+65 6### ####", "+65 9### ####"],
    "GR": ["+30 210 ### ####", "+30 69# ### ####"],
    "AU": ["+61 8 9### ####", "04## ### ###", "(02) 9### ####"],
    "IN": ["+91 22 #### ####", "+91 9#### #####", "+91-44-########"],
    "AE": ["+971 4 ### ####", "+971 5# ### ####"],
    "BR": ["+55 13 ####-####", "+55 21 9####-####"],
}
TOLLFREE = ["1-800-N##-####", "+1 888 N##-####", "0800 ### ####", "0800 ### ###", "1800 ### ###"]


def phone(rng, cc=None, intl=None):
    cc = cc or rng.choice(list(PHONES))
    opts = PHONES[cc]
    if intl is True:
        opts = [o for o in opts if o.startswith("+")] or opts
    elif intl is False:
        opts = [o for o in opts if not o.startswith("+")] or opts
    return tpl_fill(rng, rng.choice(opts))


def tollfree(rng):
    return tpl_fill(rng, rng.choice(TOLLFREE))


# ---------------------------------------------------------------------------
# dates and times
# ---------------------------------------------------------------------------
MONTHS = {
    "en": _s("January|February|March|April|May|June|July|August|September|October|November|December"),
    "de": _s("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": _s("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "es": _s("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "it": _s("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "pt": _s("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    "nl": _s("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "pl": _s("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"),
    "sv": _s("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"),
    "tr": _s("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"),
}
WEEKDAYS = {
    "en": _s("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "de": _s("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
    "fr": _s("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    "es": _s("lunes|martes|miércoles|jueves|viernes|sábado|domingo"),
    "it": _s("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"),
    "pt": _s("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo"),
    "nl": _s("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "pl": _s("poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"),
    "sv": _s("måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"),
    "tr": _s("Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar"),
}
MON3 = [m[:3].upper() for m in MONTHS["en"]]


def rdate(rng, y0=2024, y1=2026):
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randint(a, b))


def dob(rng):
    return rdate(rng, 1958, 2004)


def rdatetime(rng, y0=2024, y1=2026):
    d = rdate(rng, y0, y1)
    return _dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]))


def fmt_date(rng, d, lang="en", style=None):
    D, M, Y = d.day, d.month, d.year
    if lang == "en":
        styles = [f"{D} {MONTHS['en'][M-1]} {Y}", f"{MONTHS['en'][M-1]} {D}, {Y}",
                  f"{D} {MONTHS['en'][M-1][:3]} {Y}", f"{Y}-{M:02d}-{D:02d}", f"{M:02d}/{D:02d}/{Y}",
                  f"{D:02d}/{M:02d}/{Y}", f"{D:02d}{MON3[M-1]}{Y}", f"{D:02d}-{MONTHS['en'][M-1][:3]}-{Y}"]
    elif lang == "de":
        styles = [f"{D:02d}.{M:02d}.{Y}", f"{D}. {MONTHS['de'][M-1]} {Y}", f"{D}.{M}.{Y}"]
    elif lang in ("fr",):
        styles = [f"{D:02d}/{M:02d}/{Y}", f"{D} {MONTHS['fr'][M-1]} {Y}"]
    elif lang in ("es", "pt"):
        styles = [f"{D} de {MONTHS[lang][M-1]} de {Y}", f"{D:02d}/{M:02d}/{Y}"]
    elif lang == "it":
        styles = [f"{D} {MONTHS['it'][M-1]} {Y}", f"{D:02d}/{M:02d}/{Y}"]
    elif lang == "nl":
        styles = [f"{D} {MONTHS['nl'][M-1]} {Y}", f"{D:02d}-{M:02d}-{Y}"]
    elif lang == "pl":
        styles = [f"{D} {MONTHS['pl'][M-1]} {Y}", f"{D:02d}.{M:02d}.{Y}"]
    elif lang == "sv":
        styles = [f"{D} {MONTHS['sv'][M-1]} {Y}", f"{Y}-{M:02d}-{D:02d}"]
    elif lang == "tr":
        styles = [f"{D} {MONTHS['tr'][M-1]} {Y}", f"{D:02d}.{M:02d}.{Y}"]
    elif lang == "ja":
        styles = [f"{Y}-nen {M}-gatsu {D}-nichi", f"{Y}/{M:02d}/{D:02d}"]
    elif lang == "iso":
        styles = [f"{Y}-{M:02d}-{D:02d}"]
    else:
        raise ValueError(lang)
    return styles[style] if style is not None else rng.choice(styles)


def fmt_weekday_date(rng, d, lang="en"):
    wd = WEEKDAYS.get(lang, WEEKDAYS["en"])[d.weekday()]
    if lang == "en":
        return rng.choice([f"{wd}, {d.day} {MONTHS['en'][d.month-1]} {d.year}",
                           f"{wd}, {MONTHS['en'][d.month-1]} {d.day}, {d.year}"])
    if lang == "de":
        return f"{wd}, {d.day}. {MONTHS['de'][d.month-1]} {d.year}"
    if lang in ("es", "pt"):
        return f"{wd}, {d.day} de {MONTHS[lang][d.month-1]} de {d.year}"
    if lang in ("fr", "it", "nl", "sv", "pl", "tr"):
        return f"{wd} {d.day} {MONTHS[lang][d.month-1]} {d.year}"
    return fmt_date(rng, d, lang)


def fmt_time(rng, h, m, lang="en"):
    if lang == "en" and rng.random() < 0.4:
        return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if lang == "fr" and rng.random() < 0.5:
        return f"{h}h{m:02d}"
    return f"{h:02d}:{m:02d}"


JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", " "], "es": [" a las ", ", "],
        "it": [" alle ", ", "], "pt": [" às ", ", "], "nl": [", ", " "], "pl": [", ", " "],
        "sv": [" ", ", "], "tr": [" ", ", "], "ja": [" "]}


def fmt_dt(rng, dt, lang="en", weekday=False):
    d = dt.date()
    ds = fmt_weekday_date(rng, d, lang) if weekday else fmt_date(rng, d, lang)
    return ds + rng.choice(JOIN[lang]) + fmt_time(rng, dt.hour, dt.minute, lang)


def iso_dt(dt, tz=True, z=False):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if z:
        return s + "Z"
    return s + ("+00:00" if tz else "")


def rfc2822(rng, dt=None):
    dt = dt or rdatetime(rng)
    wd = WEEKDAYS["en"][dt.weekday()][:3]
    return (f"{wd}, {dt.day:02d} {MONTHS['en'][dt.month-1][:3]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d}:{rng.randint(0, 59):02d} {rng.choice(['+0000', '+0100', '+0200', '-0500', '+0800', '+0900'])}")


def log_ts(rng, dt=None, style=None):
    dt = dt or rdatetime(rng)
    sec = dt.second
    styles = [f"{dt:%Y-%m-%d} {dt:%H:%M}:{sec:02d}", f"{dt:%Y-%m-%dT%H:%M}:{sec:02d}Z",
              f"{dt:%Y-%m-%d} {dt:%H:%M}:{sec:02d},{rng.randint(0, 999):03d}",
              f"{dt.day:02d}/{MONTHS['en'][dt.month-1][:3]}/{dt.year}:{dt:%H:%M}:{sec:02d} +0000"]
    return styles[style] if style is not None else rng.choice(styles)


def duration(rng):
    return rng.choice([f"{rng.randint(1, 14)}h {rng.randint(0, 59):02d}m", f"{rng.randint(5, 180)} minutes",
                       f"{rng.randint(1, 9)} hrs", f"{rng.randint(2, 30)} days", f"PT{rng.randint(1, 12)}H{rng.randint(0, 59)}M"])


def relative(rng):
    return rng.choice(["tomorrow morning", "next Tuesday", "later today", "in two days", "yesterday evening",
                       "early next week", "within 48 hours", "last Friday", "by end of week"])


# ---------------------------------------------------------------------------
# numbers: cards, IBAN, SSN, ids
# ---------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card_number(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "discover", "jcb"])
    if brand == "visa":
        pre, ln = "4", 16
    elif brand == "mc":
        pre, ln = rng.choice(["51", "52", "53", "54", "55", "2221", "2720", "2300"]), 16
    elif brand == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif brand == "discover":
        pre, ln = "6011", 16
    else:
        pre, ln = "35" + str(rng.randint(28, 89)), 16
    body = pre + rs(rng, DIG, ln - len(pre) - 1)
    return body + luhn_digit(body), brand


def fmt_card(rng, num, sep=None):
    sep = rng.choice([" ", " ", "-", ""]) if sep is None else sep
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def card(rng, brand=None, sep=None):
    n, b = card_number(rng, brand)
    return fmt_card(rng, n, sep), b


def bad_luhn16(rng):
    n, _ = card_number(rng, "visa")
    n = n[:-1] + str((int(n[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(n)
    return n


def masked_card(rng):
    n, b = card_number(rng)
    return rng.choice([f"**** **** **** {n[-4:]}", f"XXXX-XXXX-XXXX-{n[-4:]}", f"{n[:6]}******{n[-4:]}",
                       f"ending in {n[-4:]}"])


IBAN_SPEC = {"DE": "n8n10", "FR": "n10c11n2", "ES": "n20", "IT": "a1n10c12", "NL": "a4n10", "PL": "n24",
             "PT": "n21", "SE": "n20", "TR": "n5z1c16", "GB": "a4n14", "NO": "n11", "GR": "n7c16",
             "BE": "n12", "CH": "n5c12", "MT": "a4n5c18", "DK": "n14", "IE": "a4n14"}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(rng, cc=None, grouped=None):
    cc = cc or rng.choice(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ""
    for kind, cnt in re.findall(r"([ancz])(\d+)", spec):
        cnt = int(cnt)
        if kind == "n":
            bban += rs(rng, DIG, cnt)
        elif kind == "a":
            bban += rs(rng, UP, cnt)
        elif kind == "z":
            bban += "0" * cnt
        else:
            bban += rs(rng, DIG, cnt) if rng.random() < 0.7 else rs(rng, UP + DIG, cnt)
    if cc == "GB" or cc == "IE":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HSBC", "BOFI", "AIBK"]) + bban[4:]
    cd = 98 - _iban_num(bban + cc + "00") % 97
    val = f"{cc}{cd:02d}{bban}"
    grouped = rng.random() < 0.55 if grouped is None else grouped
    if grouped:
        return " ".join(val[i:i + 4] for i in range(0, len(val), 4))
    return val


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn(rng, sep="-"):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def itin(rng):  # SSN-shaped, area 9xx -> hard negative
    return f"9{rng.randint(0, 99):02d}-{rng.choice([70, 71, 72, 78, 80, 83, 88, 90, 94])}-{rng.randint(1, 9999):04d}"


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, sr = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and sr != "0000"


def driver_license(rng, cc=None):
    cc = cc or rng.choice(["US", "US", "US", "GB", "DE", "FR", "ES", "IT", "NL", "AU", "CA", "PL"])
    if cc == "US":
        return tpl_fill(rng, rng.choice(["A#######", "A###-###-##-###-#", "########", "### ### ###",
                                          "WDLAAA##A#AA", "A###-####-####", "A## ### ####"]))
    if cc == "GB":
        return tpl_fill(rng, "AAAAA######AA#AA")
    if cc == "DE":
        return tpl_fill(rng, "A##AAA#A##")
    if cc == "FR":
        return tpl_fill(rng, "############")
    if cc == "ES":
        n = rng.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if cc == "IT":
        return tpl_fill(rng, "AA#######A")
    if cc == "NL":
        return tpl_fill(rng, "##########")
    if cc == "AU":
        return tpl_fill(rng, "########")
    if cc == "CA":
        return tpl_fill(rng, "A####-#####-#####")
    return tpl_fill(rng, "#####/##/####")


def mrn(rng):
    return tpl_fill(rng, rng.choice(["MR\\N########", "########", "A-#######", "##-###-###", "HMC#######", "E########"]))


def hpn(rng):
    return tpl_fill(rng, rng.choice(["AAA#########", "A########-##", "W####-#####-##", "##########AA",
                                      "AA-###-####-###", "AAA-########"]))


def acct(rng):
    return tpl_fill(rng, rng.choice(["########", "##########", "CUST-######", "\\AC-####-####", "###-######-#",
                                      "A########", "#### #### ##"]))


def group_no(rng):
    return tpl_fill(rng, rng.choice(["GRP-#####", "######-###", "G#####"]))


def npi(rng):
    return "1" + rs(rng, DIG, 9)


def routing_no(rng):
    return rng.choice(["021000021", "026009593", "121000358", "111000025", "071000013", "322271627"])


def bic(rng):
    return rng.choice(["DEUTDEFFXXX", "COBADEHHXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "BCITITMM", "INGBNL2A",
                       "PKOPPLPW", "ESSESESS", "TGBATRIS", "BPIPPHMM", "DBSSSGSG", "NWBKGB2L"])


# ---------------------------------------------------------------------------
# network values
# ---------------------------------------------------------------------------
def ipv4(rng, private=None):
    private = rng.random() < 0.25 if private is None else private
    if private:
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    first = rng.choice([23, 31, 37, 45, 51, 62, 78, 81, 85, 91, 104, 141, 151, 176, 185, 193, 195, 203, 212, 213])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    pre = rng.choice(["2001:db8", "2a02:8108", "2a01:4f8", "2600:1f18", "2406:da18", "2a00:1450"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3, 6]))]
    if len(groups) == 6:
        return pre + ":" + ":".join(groups)
    return pre + ":" + ":".join(groups[:-1]) + "::" + groups[-1]


def ip_any(rng):
    return ipv6(rng) if rng.random() < 0.25 else ipv4(rng)


def url(rng, host, paths=None):
    paths = paths or ["/"]
    p = rng.choice(paths)
    p = tpl_fill(rng, p)
    return f"https://{host}{p}"


# ---------------------------------------------------------------------------
# secrets
# ---------------------------------------------------------------------------
B64 = string.ascii_letters + string.digits + "+/"


def aws_akid(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(rng, UP + "234567", 16)


def aws_secret(rng):
    return rs(rng, B64, 40)


def gh_token(rng):
    if rng.random() < 0.75:
        return rng.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rs(rng, ALNUM, 36)
    return "github_pat_11" + rs(rng, UP + DIG, 20) + "_" + rs(rng, ALNUM, 59)


def slack_token(rng):
    kind = rng.choice(["xoxb", "xoxb", "xoxp"])
    if kind == "xoxb":
        return f"xoxb-{rs(rng, DIG, 12)}-{rs(rng, DIG, 13)}-{rs(rng, ALNUM, 24)}"
    return f"xoxp-{rs(rng, DIG, 12)}-{rs(rng, DIG, 12)}-{rs(rng, DIG, 13)}-{rs(rng, HEX, 32)}"


def stripe_key(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(rng, ALNUM, rng.choice([24, 34, 99]))


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(rng, sub=None, iss=None):
    alg = rng.choice(["HS256", "RS256", "ES256"])
    head = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        head["kid"] = rs(rng, ALNUM, 12)
    iat = rng.randint(1_700_000_000, 1_790_000_000)
    body = {"sub": sub or rs(rng, DIG, 8), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
            "scope": rng.choice(["crew:read", "manifest:write", "berth:book", "ops:admin", "flights:read"])}
    if iss:
        body["iss"] = iss
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    sig = bytes(rng.getrandbits(8) for _ in range(siglen))
    return ".".join([b64url(json.dumps(head, separators=(",", ":")).encode()),
                     b64url(json.dumps(body, separators=(",", ":")).encode()), b64url(sig)])


def pem_key(rng):
    kind = rng.choice(["RSA", "EC", "OPENSSH", "PKCS8", "RSA"])
    if kind == "RSA":
        raw = b"\x30\x82\x02\x5d\x02\x01\x00\x02\x81\x81\x00" + bytes(rng.getrandbits(8) for _ in range(596))
        label = "RSA PRIVATE KEY"
        width = 64
    elif kind == "EC":
        raw = b"\x30\x77\x02\x01\x01\x04\x20" + bytes(rng.getrandbits(8) for _ in range(112))
        label = "EC PRIVATE KEY"
        width = 64
    elif kind == "OPENSSH":
        raw = b"openssh-key-v1\x00\x00\x00\x00\x04none" + bytes(rng.getrandbits(8) for _ in range(360))
        label = "OPENSSH PRIVATE KEY"
        width = 70
    else:
        raw = (b"\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20"
               + bytes(rng.getrandbits(8) for _ in range(32)))
        label = "PRIVATE KEY"
        width = 64
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


PW_WORDS = _s("Harbor|Anchor|Tern|Gannet|Runway|Cessna|Bosun|Keel|Jetty|Atlantic|Skipper|Marlin|Albatross|"
              "Compass|Beacon|Pilot|Sextant|Cirrus|Mistral|Fjord|Lighthouse|Rudder")


def password(rng, dsn=False):
    if dsn:
        return rs(rng, ALNUM, rng.randint(12, 20)) + rng.choice(["", "_", "-"]) + rs(rng, ALNUM, rng.randint(2, 6))
    style = rng.randint(0, 3)
    if style == 0:
        return rng.choice(PW_WORDS) + rng.choice("!#$%&*?") + str(rng.randint(10, 9999)) + rs(rng, LOW, 2)
    if style == 1:
        return rs(rng, ALNUM + "!#%&*+-=?@^_", rng.randint(12, 20))
    if style == 2:
        return "-".join(rng.choice(PW_WORDS).lower() for _ in range(3)) + str(rng.randint(1, 99))
    return rs(rng, ALNUM, 3) + rng.choice("!$%") + rs(rng, ALNUM, 6) + rng.choice("#&*") + rs(rng, DIG, 3)


def passcode(rng):
    return rng.choice([rs(rng, DIG, 6), rs(rng, ALNUM, 8), rs(rng, DIG, 4) + rs(rng, UP, 2)])


def generic_secret(rng):
    style = rng.randint(0, 6)
    if style == 0:
        return rs(rng, HEX, 32)
    if style == 1:
        return "whsec_" + rs(rng, ALNUM, 32)
    if style == 2:
        return rs(rng, ALNUM, 40)
    if style == 3:
        return "SK" + rs(rng, HEX, 32)
    if style == 4:
        return rs(rng, ALNUM, 3) + "8Q~" + rs(rng, ALNUM + "-_.~", 34)
    if style == 5:
        return rs(rng, HEX, 64)
    return "ak_" + rs(rng, ALNUM, 28)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------------------
# hard-negative identifiers
# ---------------------------------------------------------------------------
def pnr(rng):
    return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def eticket(rng):
    return f"{rng.choice(['220', '074', '057', '125', '235', '086'])}-{rs(rng, DIG, 10)}"


def imo(rng):
    return "9" + rs(rng, DIG, 6)


def mmsi(rng):
    return rng.choice(["211", "219", "229", "244", "247", "248", "257", "265", "271", "311", "538", "548", "563"]) + rs(rng, DIG, 6)


def container(rng):
    return rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU", "EGLU", "NYKU"]) + rs(rng, DIG, 7)


def bl_no(rng):
    return rng.choice(["MEDU", "MAEU", "HLCU", "ONEY", "COSU"]) + rs(rng, DIG + UP, 9)


def flight_no(rng, code=None):
    code = code or rng.choice(["LH", "AF", "IB", "AZ", "TP", "KL", "LO", "SK", "TK", "JL", "PR", "SQ", "BA",
                               "UA", "EK", "QF", "AC", "BT", "NS", "LJ", "AT", "MC"])
    return f"{code}{rng.choice(['', ' '])}{rng.randint(10, 9899)}"


def seat(rng):
    return f"{rng.randint(1, 48)}{rng.choice('ABCDEFHJK')}"


def gate(rng):
    return f"{rng.choice('ABCDEFGKZ')}{rng.randint(1, 68)}"


def tail(rng):
    return rng.choice([tpl_fill(rng, "D-AAAA"), tpl_fill(rng, "\\N###AA"), tpl_fill(rng, "G-AAAA"),
                       tpl_fill(rng, "EC-AAA"), tpl_fill(rng, "9H-AAA"), tpl_fill(rng, "SP-AAA"),
                       tpl_fill(rng, "TC-AAA"), tpl_fill(rng, "J\\A##AA"), tpl_fill(rng, "RP-C####")])


def vin(rng):
    return rs(rng, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def plate(rng):
    return rng.choice([tpl_fill(rng, "HH-AA ####"), tpl_fill(rng, "AA## AAA"), tpl_fill(rng, "#AAA###"),
                       tpl_fill(rng, "AA-###-AA"), tpl_fill(rng, "####-AAA"), tpl_fill(rng, "GD ####A")])


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha(rng, n=40):
    return rs(rng, HEX, n)


def version(rng):
    return f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 40)}"


def amount(rng, cur=None):
    cur = cur or rng.choice(["EUR", "USD", "GBP", "SGD", "NOK", "PLN", "TRY", "JPY"])
    v = rng.randint(15, 48000) + rng.randint(0, 99) / 100
    return rng.choice([f"{cur} {v:,.2f}", f"{v:,.2f} {cur}"])


def hs_code(rng):
    return rng.choice(["8471.30", "0303.89", "8708.99", "6109.10", "9403.60", "8501.52", "3004.90", "0805.10",
                       "2204.21", "8421.23"])


def icd(rng):
    return rng.choice(["R55", "T78.2", "I21.9", "R06.02", "J45.901", "S52.501A", "R11.2", "E16.2", "T75.3"])


def tracking(rng):
    return rng.choice([tpl_fill(rng, "1Z###A##0#########"), tpl_fill(rng, "JJD00############"),
                       tpl_fill(rng, "\\AWB ###-########"), tpl_fill(rng, "TRK-########")])


def ticket_id(rng, pre=None):
    return f"{pre or rng.choice(['INC', 'CASE', 'OPS', 'SR', 'LF', 'CLM'])}-{rng.randint(10000, 999999)}"


# ---------------------------------------------------------------------------
# shared document helpers
# ---------------------------------------------------------------------------
def mail_head(rng, b, frm, frm_email, to, to_email, subject, cc=None):
    if rng.random() < 0.4:
        dom = frm_email.split("@")[1]
        b.t(f"Received: from smtp-out-{rng.randint(1, 40)}.{dom} by mx{rng.randint(1, 4)}.mailgate.net with ESMTPS; "
            f"{rfc2822(rng)}\n")
    b.f("From: «n» <«e»>\n", n=(PER, frm.plain), e=(EML, frm_email))
    b.f("To: «n» <«e»>\n", n=(PER, to.plain), e=(EML, to_email))
    if cc:
        b.f("Cc: «e»\n", e=(EML, cc))
    b.t(f"Date: {rfc2822(rng)}\n")
    b.t("Subject: ")
    b.put(subject)
    b.t("\n\n")


def cell(b, v, width, typ=None):
    """Fixed-width cell: value (possibly an entity) left-justified to width."""
    b.e(typ, v) if typ else b.t(v)
    b.t(" " * max(1, width - len(v)))


def two_ports(rng):
    a, c = rng.sample(ADDR_CCS, 2)
    return (city_of(rng, a), a), (city_of(rng, c), c)


# ---------------------------------------------------------------------------
# document kinds -- English
# ---------------------------------------------------------------------------
def k_crew_roster_email(rng, b):
    air, dom, code = rng.choice(AIRLINES)
    sch, crew = person(rng), people(rng, 3)
    a1, a2 = rng.sample(IATA, 2)
    fl = flight_no(rng, code)
    mail_head(rng, b, sch, email_for(rng, sch, dom), crew[0], email_for(rng, crew[0], dom),
              f"Roster change {fl} / pairing {rng.randint(1000, 9999)}")
    b.f("Hi «g»,\n\n", g=(PER, crew[0].given))
    d = rdatetime(rng)
    rep = d - _dt.timedelta(minutes=rng.choice([45, 60, 75]))
    b.f("Following the aircraft swap ({t1} replaces {t2}) you are now rostered on «fl» «a1»-«a2» "
        "departing «d». Please report at the crew centre by «r».\n\n",
        fl=fl, a1=a1, a2=a2, t1=tail(rng), t2=tail(rng), d=(DT, fmt_dt(rng, d, "en")),
        r=(DT, fmt_time(rng, rep.hour, rep.minute)))
    b.t("Updated pairing:\n  DATE       FLT      DEP  ARR  STD    STA\n")
    dd = d
    for _ in range(rng.randint(2, 4)):
        arr = dd + _dt.timedelta(minutes=rng.randint(70, 260))
        b.t("  ")
        cell(b, f"{dd.day:02d}{MON3[dd.month-1]}{dd.year % 100:02d}", 11, DT)
        cell(b, flight_no(rng, code), 9)
        b.t(f"{rng.choice(IATA)}  {rng.choice(IATA)}  ")
        cell(b, f"{dd:%H:%M}", 7, DT)
        b.e(DT, f"{arr:%H:%M}")
        b.t("\n")
        dd = arr + _dt.timedelta(minutes=rng.randint(40, 90))
    b.f("\nDuty period {dur}, layover hotel room {rm} (confirmation {conf}). Operating crew: "
        "CPT «c1», FO «c2».\n",
        dur=duration(rng), rm=rng.randint(101, 918), conf=pnr(rng),
        c1=(PER, crew[1].plain), c2=(PER, crew[2].full))
    b.f("\nIf the change causes a rest conflict reply before «dl» or call Crew Control on «p» "
        "(24h: «tf»).\n\nRegards,\n«s»\nCrew Control, {air}\n",
        dl=(DT, fmt_dt(rng, d - _dt.timedelta(days=1), "en")), p=(PHN, phone(rng, rng.choice(["DE", "GB", "SE", "PT"]))),
        tf=(PHN, tollfree(rng)), s=(PER, sch.plain), air=air)


def k_passenger_manifest_csv(rng, b):
    code = rng.choice(AIRLINES)[2]
    fl = flight_no(rng, code).replace(" ", "")
    d = rdate(rng)
    a1, a2 = rng.sample(IATA, 2)
    b.f("# APIS passenger manifest {fl} {a1}-{a2} flight date «d»\n", fl=fl, a1=a1, a2=a2,
        d=(DT, f"{d.day:02d}{MON3[d.month-1]}{d.year}"))
    b.t("seq,surname,given_names,gender,date_of_birth,nationality,doc_type,doc_number,doc_expiry,seat,pnr\n")
    iso = rng.random() < 0.5
    for i in range(rng.randint(4, 9)):
        p = person(rng)
        bd, ex = dob(rng), rdate(rng, 2026, 2034)
        fd = (lambda x: x.isoformat()) if iso else (lambda x: f"{x.day:02d}{MON3[x.month-1]}{x.year}")
        b.f("{i},«s»,«g»,{sx},«bd»,{nat},P,{doc},«ex»,{seat},{pnr}\n", i=i + 1,
            s=(PER, ascii_fold(p.surname).upper()), g=(PER, ascii_fold(p.given).upper()),
            sx=rng.choice("MF"), bd=(DOB, fd(bd)), nat=NAT3[p.cult], doc=tpl_fill(rng, "AA#######"),
            ex=(DT, fd(ex)), seat=seat(rng), pnr=pnr(rng))
    b.t(f"# total pax {i + 1}; infants 0; generated by apis-gw {version(rng)}\n")


def k_port_call_prearrival(rng, b):
    (p1, c1), (p2, c2) = two_ports(rng)
    p0 = city_of(rng)
    ag, agdom = rng.choice(AGENCIES)
    master, contact = person(rng), person(rng)
    eta = rdatetime(rng)
    etd = eta + _dt.timedelta(hours=rng.randint(10, 60))
    b.t("PRE-ARRIVAL NOTIFICATION (24 HRS)\n\n")
    b.f("Vessel: MV {v}    IMO: {imo}    MMSI: {mm}    Call sign: {cs}\nFlag: {flag}    GT: {gt:,}\n",
        v=rng.choice(VESSELS), imo=imo(rng), mm=mmsi(rng), cs=tpl_fill(rng, "AAA#"),
        flag=rng.choice(["MT", "LR", "PA", "MH", "DE", "NO", "GR", "SG"]), gt=rng.randint(3000, 95000))
    b.f("Port of call: «p»\nETA: «eta» LT\nETD: «etd» LT\n", p=(LOC, p1),
        eta=(DT, fmt_dt(rng, eta, "en")), etd=(DT, fmt_dt(rng, etd, "en")))
    b.f("Last port: «lp»\nNext port: «np»\n", lp=(LOC, f"{p2}, {COUNTRY_NAME[c2]}"), np=(LOC, p0))
    b.f("Master: Capt. «m»\nPersons on board: {crew} crew, {pax} passengers\n", m=(PER, master.plain),
        crew=rng.randint(14, 28), pax=rng.choice([0, 0, 2, 4]))
    b.f("ISPS security level: 1    Dangerous goods: {dg}\nWaste to discharge: {w} m3 sludge\n",
        dg=rng.choice(["none", "UN1203 (class 3), 12 t", "UN3480 in containers"]), w=rng.randint(2, 40))
    b.f("\nAgent: {ag}\nContact: «c», «ph» / «em»\n", ag=ag, c=(PER, contact.plain),
        ph=(PHN, phone(rng, c1 if c1 in PHONES else None)), em=(EML, email_for(rng, contact, agdom)))
    b.t(f"Message ref {ticket_id(rng, 'PAN')} submitted via port community system.\n")


def k_seafarer_id_json(rng, b):
    p = person(rng, rng.choice(["ph", "ua", "in", "pl", "tr", "gr", "ng", "vn", "cn"]))
    a = address(rng, CULT_CC[p.cult])
    bd, iss = dob(rng), rdate(rng, 2019, 2024)
    exp = _dt.date(iss.year + 10, iss.month, min(iss.day, 28))
    b.t("{\n  \"documentType\": \"SID\",\n")
    b.f("  \"documentNumber\": \"{dn}\",\n  \"holder\": {{\n", dn=NAT3[p.cult] + rs(rng, DIG, 7))
    b.f("    \"familyName\": \"«s»\",\n    \"givenNames\": \"«g»\",\n", s=(PER, p.surname.upper()), g=(PER, p.given.upper()))
    b.f("    \"birthDate\": \"«bd»\",\n    \"placeOfBirth\": \"«pb»\",\n    \"nationality\": \"{n}\",\n    \"sex\": \"{sx}\"\n  }},\n",
        bd=(DOB, bd.isoformat()), pb=(LOC, rng.choice(BIRTHPLACES[p.cult])), n=NAT3[p.cult], sx=rng.choice("MF"))
    b.f("  \"issueDate\": \"«i»\",\n  \"expiryDate\": \"«e»\",\n", i=(DT, iss.isoformat()), e=(DT, exp.isoformat()))
    b.f("  \"homeAddress\": {{\n    \"line\": \"«l»\",\n    \"city\": \"«c»\",\n    \"country\": \"{cc}\"\n  }},\n",
        l=(ADR, a.street), c=(LOC, a.city), cc=a.cc)
    b.f("  \"contact\": {\"email\": \"«e»\", \"mobile\": \"«m»\"},\n", e=(EML, email_for(rng, p)),
        m=(PHN, phone(rng, a.cc, intl=True)))
    b.f("  \"biometric\": {{\"standard\": \"ICAO 9303\", \"templateHash\": \"sha256:{h}\"}},\n  \"recordId\": \"{u}\"\n}}\n",
        h=sha(rng, 64), u=uuid4(rng))


def k_fal5_crew_list(rng, b):
    (p1, c1), (p2, c2) = two_ports(rng)
    arr = rdate(rng)
    b.t("IMO FAL FORM 5 - CREW LIST                                   Page 1 of 1\n")
    b.f("1.1 Name of ship: MV {v:<22} 1.2 IMO number: {imo}\n", v=rng.choice(VESSELS), imo=imo(rng))
    b.f("1.3 Call sign: {cs:<25} 1.4 Voyage number: {vy}\n", cs=tpl_fill(rng, "AA#AA#"), vy=tpl_fill(rng, "##A##"))
    b.t("2. Port of arrival: ")
    cell(b, p1, 21, LOC)
    b.f("3. Date of arrival: «d»\n", d=(DT, fmt_date(rng, arr, "en", rng.choice([3, 5]))))
    b.f("4. Flag State of ship: {f:<16} 5. Last port of call: «lp»\n\n",
        f=rng.choice(["MT", "LR", "PA", "CY", "PT"]), lp=(LOC, p2))
    b.t("No Family name        Given names     Rank              Nat  Birth date  Place of birth  ID doc\n")
    ranks = RANKS[:]
    for i in range(rng.randint(5, 9)):
        p = person(rng)
        b.t(f"{i + 1:<3}")
        cell(b, ascii_fold(p.surname).upper(), 18, PER)
        cell(b, p.given, 16, PER)
        b.t(f"{ranks[i]:<18}{NAT3[p.cult]:<5}")
        bd = dob(rng)
        cell(b, f"{bd.day:02d}.{bd.month:02d}.{bd.year}", 12, DOB)
        cell(b, rng.choice(BIRTHPLACES[p.cult]), 16, LOC)
        b.t(tpl_fill(rng, "A#######") + "\n")
    b.f("\nSignature by master: ____________    Date: «d»\n", d=(DT, fmt_date(rng, arr, "en", 5)))


def k_pilot_licence_yaml(rng, b):
    p = person(rng, rng.choice(["de", "gb", "sv", "nl", "fr", "es", "pl", "it"]))
    a = address(rng, CULT_CC[p.cult])
    ame = person(rng, p.cult)
    state = {"de": "DE", "gb": "GB", "sv": "SE", "nl": "NL", "fr": "FR", "es": "ES", "pl": "PL", "it": "IT"}[p.cult]
    b.f("# FCL licence record export - crew-licensing {v}\nlicence:\n  number: {st}.FCL.{n}\n  type: {t}\n",
        v=version(rng), st=state, n=rs(rng, DIG, 7), t=rng.choice(["ATPL(A)", "CPL(A)", "MPL", "ATPL(H)"]))
    b.f("  holder:\n    name: \"«n»\"\n    date_of_birth: «bd»\n    place_of_birth: «pb»\n",
        n=(PER, p.full), bd=(DOB, dob(rng).isoformat()), pb=(LOC, rng.choice(BIRTHPLACES[p.cult])))
    b.f("    address: \"«a»\"\n    email: «e»\n    phone: \"«ph»\"\n", a=(ADR, a.one(country=True)),
        e=(EML, email_for(rng, p)), ph=(PHN, phone(rng, a.cc)))
    b.t("  ratings:\n")
    for r in rng.sample(["A320", "B737", "ATR72", "E190", "IR(ME)", "SEP(land)", "DHC8", "A350"], 3):
        b.f("    - rating: {r}\n      valid_until: «v»\n", r=r, v=(DT, rdate(rng, 2025, 2027).isoformat()))
    b.f("  medical:\n    class: 1\n    valid_until: «v»\n    examiner: \"Dr. «x»\"\n    limitations: [{lim}]\n",
        v=(DT, rdate(rng, 2025, 2026).isoformat()), x=(PER, ame.plain), lim=rng.choice(["", "VML", "VNL", "OML"]))
    b.f("  language_proficiency:\n    english: 6\n  checksum: {h}\n", h=sha(rng, 32))


def k_lost_found_ticket(rng, b):
    p, agent = person(rng), person(rng)
    a = address(rng, CULT_CC[p.cult])
    ap = rng.choice(IATA)
    found = rdatetime(rng)
    b.f("LOST & FOUND - Terminal {t} {ap}        Ref {ref}\n", t=rng.randint(1, 3), ap=ap, ref=ticket_id(rng, "LF"))
    b.t("=" * 52 + "\n")
    b.f("Item: {it}\nFound at: gate {g}, «f»\nFlight: {fl}, seat {s}\n",
        it=rng.choice(["black hard-shell carry-on, bag tag " + rng.choice(["LH", "KL", "SK"]) + rs(rng, DIG, 6),
                       "grey laptop sleeve with charger", "child's car seat", "prescription glasses in blue case",
                       "iPad (serial " + tpl_fill(rng, "AAAA##AAA#A") + ")"]),
        g=gate(rng), f=(DT, fmt_dt(rng, found, "en")), fl=flight_no(rng), s=seat(rng))
    b.f("\nClaimant: «n»\nPhone: «ph»\nE-mail: «e»\nDelivery address:\n«a»\n",
        n=(PER, p.full), ph=(PHN, phone(rng, a.cc)), e=(EML, email_for(rng, p)), a=(ADR, a.block(country=True)))
    b.f("\nNotes: claimant described the item correctly; luggage label shows «ln». ", ln=(PER, p.pnr))
    b.f("Courier booked, tracking {tr}, fee {am} paid by card {mc}.\n",
        tr=tracking(rng), am=amount(rng), mc=masked_card(rng))
    b.f("Handled by: «h» (desk 4)\n", h=(PER, agent.given))


def k_cargo_manifest_xml(rng, b):
    (p1, c1), (p2, c2) = two_ports(rng)
    shp, shpdom = rng.choice(SHIPPING)
    cons, notify = person(rng), person(rng)
    ca = address(rng)
    b.f("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cargoManifest version=\"{v}\" id=\"{u}\">\n",
        v=version(rng), u=uuid4(rng))
    b.f("  <voyage vessel=\"{ves}\" imo=\"{imo}\" voyageNo=\"{vy}\"/>\n", ves=rng.choice(VESSELS), imo=imo(rng),
        vy=tpl_fill(rng, "###A"))
    b.f("  <portOfLoading>«p1»</portOfLoading>\n  <portOfDischarge>«p2»</portOfDischarge>\n",
        p1=(LOC, p1), p2=(LOC, p2))
    b.f("  <billOfLading number=\"{bl}\">\n    <shipper>{sh}</shipper>\n", bl=bl_no(rng),
        sh=rng.choice([shp, rng.choice(PERSON_BRANDS)]).replace("&", "&amp;"))
    b.f("    <consignee>\n      <name>«n»</name>\n      <address>«a»</address>\n", n=(PER, cons.full),
        a=(ADR, ca.one(country=True)))
    b.f("      <phone>«ph»</phone>\n      <email>«e»</email>\n    </consignee>\n",
        ph=(PHN, phone(rng, ca.cc)), e=(EML, email_for(rng, cons)))
    b.f("    <notifyParty><name>«n»</name><phone>«ph»</phone></notifyParty>\n",
        n=(PER, notify.plain), ph=(PHN, phone(rng)))
    for _ in range(rng.randint(1, 3)):
        b.f("    <item container=\"{c}\" seal=\"{s}\" hs=\"{hs}\" grossKg=\"{kg}\" packages=\"{pk}\"/>\n",
            c=container(rng), s=tpl_fill(rng, "AA######"), hs=hs_code(rng), kg=rng.randint(800, 26000),
            pk=rng.randint(1, 400))
    b.f("    <freight terms=\"{t}\" amount=\"{am}\"/>\n  </billOfLading>\n</cargoManifest>\n",
        t=rng.choice(["PREPAID", "COLLECT"]), am=amount(rng, "USD"))


US_STATES = {"WA": "Washington", "FL": "Florida", "TX": "Texas", "AK": "Alaska", "GA": "Georgia",
             "CA": "California", "VA": "Virginia", "MA": "Massachusetts"}


def k_flight_incident_report(rng, b):
    air, dom, code = rng.choice(AIRLINES)
    sccm, capt, pax, doc = people(rng, 4)
    a1, a2 = rng.sample(IATA, 2)
    dcity = city_of(rng)
    occ = rdatetime(rng)
    b.f("CABIN SAFETY / MEDICAL INCIDENT REPORT        Report no. {rn}\n", rn=f"ASR-{occ.year}-{rng.randint(1000, 99999)}")
    b.f("Operator: {air}    Flight: {fl} {a1}-{a2}    A/C reg: {reg}\n", air=air, fl=flight_no(rng, code),
        a1=a1, a2=a2, reg=tail(rng))
    b.f("Date of occurrence: «d»    Time (UTC): «t»    Phase: cruise FL{fl}\n",
        d=(DT, fmt_date(rng, occ.date(), "en")), t=(DT, f"{occ:%H:%M}"), fl=rng.choice([320, 340, 360, 380]))
    b.f("Reported by: SCCM «s» (staff no. {sn})\nCommander: Capt. «c»\n\n", s=(PER, sccm.plain),
        sn=rng.randint(10000, 99999), c=(PER, capt.plain))
    t2 = occ + _dt.timedelta(minutes=rng.randint(3, 25))
    b.f("Narrative:\nAbout {dur} after top of climb the passenger in seat {st}, «p» (DOB «bd» per APIS), "
        "reported chest pain and dizziness. ",
        dur=rng.choice(["40 minutes", "an hour", "25 min", "1h 10m"]), st=seat(rng), p=(PER, p_name(rng, pax)), bd=(DOB, fmt_date(rng, dob(rng), "en")))
    b.f("A physician travelling on board, Dr. «d», assisted from «t». Oxygen was given and the passenger's "
        "own medication ({drug}) administered; SpO2 (LOINC 59408-5) {sp}%. MedLink was consulted (case {case}); provisional code {icd}.\n",
        d=(PER, doc.plain), t=(DT, f"{t2:%H:%M}"), drug=rng.choice(["nitroglycerin spray", "salbutamol", "metoprolol"]), sp=rng.randint(86, 97),
        case=ticket_id(rng, "ML"), icd=icd(rng))
    b.f("Diversion was considered but not required; ambulance met the aircraft at stand {g} in «city». ",
        g=gate(rng), city=(LOC, dcity))
    b.f("The airport medical centre registered the passenger under patient no. «mrn».\n\n", mrn=(MRN, mrn(rng)))
    b.f("Follow-up contact (passenger): «e», «ph»\nForm submitted by «s» via the safety portal, version {v}.\n",
        e=(EML, email_for(rng, pax)), ph=(PHN, phone(rng)), s=(PER, sccm.given), v=version(rng))


def p_name(rng, p):
    return rng.choice([p.plain, p.full, p.last_first])


def k_marina_berth_confirmation(rng, b):
    m = rng.choice(MARINAS)
    g = person(rng)
    a = address(rng, CULT_CC[g.cult])
    arr = rdate(rng)
    nights = rng.randint(2, 12)
    dep = arr + _dt.timedelta(days=nights)
    lang = "en"
    sty = rng.choice([0, 1, 2, 3, 5, 6])
    b.f("{m} - Berth Booking Confirmation\nBooking no.: {bk}\n\n", m=m, bk=tpl_fill(rng, "BK-######"))
    b.f("Guest: {ti} «n»\nHome address: «a»\nE-mail: «e»    Mobile: «ph»\n",
        ti=rng.choice(["Mr", "Mrs", "Ms", "Capt."]), n=(PER, g.full), a=(ADR, a.one(country=True)),
        e=(EML, email_for(rng, g)), ph=(PHN, phone(rng, a.cc, intl=True)))
    b.f("Yacht: \"{y}\" (LOA {loa} m, beam {bm} m), MMSI {mm}\nBerth: pontoon {pt}, berth {bn}\n",
        y=rng.choice(YACHTS), loa=round(rng.uniform(8, 24), 1), bm=round(rng.uniform(2.5, 6.5), 1), mm=mmsi(rng),
        pt=rng.choice("ABCDEF"), bn=rng.randint(1, 60))
    b.f("Arrival: «a» (after «t1»)\nDeparture: «d» (before «t2»)\n",
        a=(DT, fmt_date(rng, arr, lang, sty)), t1=(DT, fmt_time(rng, rng.choice([12, 13, 14]), 0, lang)),
        d=(DT, fmt_date(rng, dep, lang, sty)), t2=(DT, fmt_time(rng, rng.choice([10, 11, 12]), 0, lang)))
    rate = rng.randint(35, 180)
    b.f("Rate: EUR {r}.00/night x {n} nights = EUR {tot:,}.00 (incl. VAT)\n", r=rate, n=nights, tot=rate * nights)
    cn, brand = card(rng)
    b.f("Payment received: {br} «c», authorisation {au}\n", br=brand.upper(), c=(CC, cn), au=rs(rng, DIG, 6))
    b.f("\nOn arrival call the harbour office on VHF 9 or «ph». Shore power, water and Wi-Fi are included "
        "(network {ss}, password «pw»).\nGate code for the pontoon: «gc»\n",
        ph=(PHN, phone(rng)), ss=m.split()[0] + "-Guest", pw=(PWD, password(rng)), gc=(PWD, rs(rng, DIG, 4) + "#"))
    if rng.random() < 0.4:
        b.f("Pets on board: {pt} ({pn}), EU pet passport checked.\n", pt=rng.choice(["dog", "cat", "dog"]), pn=rng.choice(PET_NAMES))
    b.t("Cancellations later than 72 hours before arrival are charged in full.\n")


def k_crew_payroll_sepa_csv(rng, b):
    shp, dom = rng.choice(SHIPPING)
    ex = rdate(rng)
    b.f("# {c} - crew wage batch {bt}\n# execution date: «d»\n", c=shp, bt=tpl_fill(rng, "WB-####-##"),
        d=(DT, ex.isoformat()))
    b.t("employee_no;name;rank;iban;bic;amount;currency;remittance\n")
    for _ in range(rng.randint(4, 9)):
        p = person(rng)
        cc = rng.choice(["DE", "NL", "PL", "PT", "GR", "ES", "IT", "SE", "TR", "GB", "NO", "BE", "MT"])
        nm = rng.choice([p.last_first, p.upper_last_first, p.plain])
        b.f("{en};«n»;{r};«i»;{bc};{am};EUR;{rem}\n", en=rs(rng, DIG, 6), n=(PER, nm), r=rng.choice(RANKS),
            i=(IBAN, iban(rng, cc, grouped=False)), bc=bic(rng), am=f"{rng.randint(1200, 14000)}.{rng.randint(0, 99):02d}",
            rem=f"WAGES {tpl_fill(rng, 'AA##')}")
    b.f("# control sum {cs}; records hashed sha1={h}\n", cs=f"{rng.randint(20000, 90000)}.{rng.randint(0, 99):02d}",
        h=sha(rng))


def k_us_crew_onboarding(rng, b):
    p, ec = person(rng, "us", 0.4), person(rng, "us")
    a = address(rng, "US")
    air, dom, code = rng.choice(AIRLINES)
    start = rdatetime(rng)
    b.f("NEW HIRE ONBOARDING - FLIGHT ATTENDANT CLASS {c}\n{air} People Services\n\n", c=tpl_fill(rng, "##-##"), air=air)
    b.f("Employee name: «n»\nSSN: «s»\nDate of birth: «d»\n", n=(PER, p.full), s=(SSN, ssn(rng, rng.choice(["-", "-", " "]))),
        d=(DOB, fmt_date(rng, dob(rng), "en", rng.choice([1, 4]))))
    b.f("Home address:\n«a»\nMobile: «ph»    Personal e-mail: «e»\n", a=(ADR, a.block()),
        ph=(PHN, phone(rng, "US")), e=(EML, email_for(rng, p)))
    st = rng.choice(list(US_STATES))
    b.f("Driver's license: «dl» (issued in «st», expires «ex»)\n", dl=(DL, driver_license(rng, "US")),
        st=(LOC, US_STATES[st]), ex=(DT, fmt_date(rng, rdate(rng, 2026, 2030), "en", 4)))
    b.f("Emergency contact: «n» ({rel}), «ph»\n\n", n=(PER, ec.plain), rel=rng.choice(["spouse", "mother", "brother", "partner"]),
        ph=(PHN, phone(rng, "US")))
    b.f("Direct deposit: routing {rt}, checking account «ac»\n", rt=routing_no(rng), ac=(ACC, rs(rng, DIG, rng.randint(9, 12))))
    b.f("Medical plan: {pl}, member ID «m», group {g}\n", pl=rng.choice(["Blue Harbor PPO", "SkyCare HMO", "Aetna Choice POS II"]),
        m=(HPN, hpn(rng)), g=group_no(rng))
    if rng.random() < 0.5:
        b.f("Spouse ITIN (for W-4 only): {it}\n", it=itin(rng))
    elif rng.random() < 0.5:
        b.f("Legacy HRIS placeholder SSN {x} was replaced during import.\n",
            x=rng.choice(["000-00-0000", f"666-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", f"000-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"]))
    b.f("\nInitial training starts «d» in «loc». Bring two forms of ID (I-9).\nBadge request {bq} submitted.\n",
        d=(DT, fmt_dt(rng, start, "en", weekday=rng.random() < 0.5)), loc=(LOC, a.cityreg), bq=uuid4(rng)[:8])


def k_airport_clinic_hl7(rng, b):
    p = person(rng, initial_p=0.3)
    a = address(rng, rng.choice(["US", "US", "GB", "DE", "NL", "SG"]))
    doc = person(rng)
    ts = rdatetime(rng)
    ts_s = f"{ts:%Y%m%d%H%M}{rng.randint(0, 59):02d}"
    bd = dob(rng)
    b.f("MSH|^~\\&|APTCLINIC|AIRPORT-MED|EHR|REGIONAL|{ts}||ADT^A04|{cid}|P|2.5.1\n", ts=ts_s, cid=tpl_fill(rng, "MSG#######"))
    b.f("EVN|A04|{ts}\n", ts=ts_s)
    xad = f"{a.street.upper()}^^{a.city.upper()}^{a.region or ''}^{a.postcode or ''}^{a.cc}"
    b.f("PID|1||«m»^^^APTCLIN^MR||«n»||«bd»|{sx}|||«a»||«ph»|||||«ac»^^^APTCLIN^AN\n",
        m=(MRN, mrn(rng)), n=(PER, p.hl7.rstrip("^")), bd=(DOB, bd.strftime("%Y%m%d")), sx=rng.choice("MF"),
        a=(ADR, xad), ph=(PHN, phone(rng, a.cc)), ac=(ACC, rs(rng, DIG, 9)))
    b.f("PV1|1|E|FAC^TRIAGE^{bed}||||{npi}^«dn»^^^DR|||||||||||{vn}\n", bed=rng.randint(1, 6), npi=npi(rng),
        dn=(PER, f"{ascii_fold(doc.surname).upper()}^{ascii_fold(doc.given).upper()}"), vn=tpl_fill(rng, "V########"))
    f = [""] * 37
    f[1] = "1"
    f[2] = "CREWPLAN"
    f[3] = tpl_fill(rng, "P\\AY###")
    f[4] = rng.choice(["SEAHEALTH INTL", "AVIACARE", "BLUE HARBOR PPO"])
    f[8] = group_no(rng)
    b.t("IN1|" + "|".join(f[1:16]) + "|")
    b.e(PER, p.hl7.rstrip("^"))
    b.t("|SEL|")
    b.e(DOB, bd.strftime("%Y%m%d"))
    b.t("|" * 18)
    b.e(HPN, hpn(rng))
    b.t("\n")
    b.f("DG1|1||{icd}^{dx}^I10\n", icd=icd(rng), dx=rng.choice(["SYNCOPE", "HEAT EXHAUSTION", "ASTHMA EXACERBATION"]))
    b.f("NTE|1||Crew member on {fl}, collapsed at gate {g}; seen {dur} after arrival.\n",
        fl=flight_no(rng), g=gate(rng), dur=rng.choice(["20 minutes", "1h 10m", "45 min", "two hours"]))


def k_crew_fhir_patient(rng, b):
    p = person(rng)
    a = address(rng, rng.choice(["US", "US", "CA", "AU", "IN", "JP"]))
    b.f("{{\n  \"resourceType\": \"Patient\",\n  \"id\": \"{u}\",\n  \"meta\": {{\"versionId\": \"{v}\", \"lastUpdated\": \"{lu}\"}},\n",
        u=uuid4(rng), v=rng.randint(1, 9), lu=iso_dt(rdatetime(rng), z=True))
    b.f("  \"identifier\": [\n    {\"system\": \"urn:oid:2.16.840.1.113883.4.3.42\", \"type\": {\"text\": \"MRN\"}, \"value\": \"«m»\"},\n",
        m=(MRN, mrn(rng)))
    b.f("    {\"system\": \"urn:oid:2.16.840.1.113883.3.7.1\", \"type\": {\"text\": \"Health plan member\"}, \"value\": \"«h»\"}\n  ],\n",
        h=(HPN, hpn(rng)))
    b.f("  \"name\": [{\"use\": \"official\", \"family\": \"«f»\", \"given\": [\"«g»\"]}],\n",
        f=(PER, p.surname), g=(PER, p.given))
    b.f("  \"telecom\": [{\"system\": \"phone\", \"value\": \"«ph»\"}, {\"system\": \"email\", \"value\": \"«e»\"}],\n",
        ph=(PHN, phone(rng, a.cc)), e=(EML, email_for(rng, p)))
    b.f("  \"gender\": \"{g}\",\n  \"birthDate\": \"«bd»\",\n", g=rng.choice(["female", "male"]), bd=(DOB, dob(rng).isoformat()))
    b.f("  \"address\": [{{\"line\": [\"«l»\"], \"city\": \"«c»\", \"state\": \"«s»\", \"postalCode\": \"{pc}\", \"country\": \"{cc}\"}}],\n",
        l=(ADR, a.street), c=(LOC, a.city), s=(LOC, a.region), pc=a.postcode, cc=a.cc)
    b.f("  \"extension\": [{{\"url\": \"urn:crew:occupation\", \"valueString\": \"{occ}\"}}]\n}}\n",
        occ=rng.choice(["cabin crew", "flight deck", "ground handling", "marine pilot"]))


def k_ame_medical_letter(rng, b):
    pil, ame = person(rng, rng.choice(["gb", "us", "de", "nl", "sv"])), person(rng)
    clinic = address(rng, rng.choice(["GB", "DE", "NL", "SE", "US"]))
    home = address(rng, CULT_CC[pil.cult] if CULT_CC[pil.cult] in ("GB", "DE", "NL", "SE", "US") else "GB")
    appt = rdatetime(rng)
    b.f("SkyMed Aeromedical Centre\n«a» | Tel «ph» | «u»\n\n«d»\n\n", a=(ADR, clinic.one()), ph=(PHN, phone(rng, clinic.cc)),
        u=(URL, f"https://www.skymed-aeromedical.com/{rng.choice(['appointments', 'class1', 'contact'])}"),
        d=(DT, fmt_date(rng, appt.date() - _dt.timedelta(days=rng.randint(7, 30)), "en", 0)))
    b.f("{t}«n»\n«h»\n\n", t=rng.choice(["", "Capt. ", "First Officer "]), n=(PER, pil.full), h=(ADR, home.block(country=True)))
    b.f("Re: Class 1 medical revalidation - patient ID «m»\n\nDear «s»,\n\n", m=(MRN, mrn(rng)), s=(PER, pil.surname))
    b.f("Your revalidation examination is booked for «d» with Dr. «a». Please allow about {dur}; "
        "an ECG and audiogram will be performed. Bring your licence, glasses if worn and a list of current "
        "medication (e.g. {drug}).\n\n", d=(DT, fmt_dt(rng, appt, "en", weekday=True)), a=(PER, ame.plain),
        dur=rng.choice(["90 minutes", "two hours", "1h 30m"]), drug=rng.choice(["amlodipine", "cetirizine", "omeprazole"]))
    b.f("Your insurer has confirmed cover under member number «h» (pre-authorisation {pa}). "
        "If you need to reschedule, call us at least 48 hours in advance.\n\n", h=(HPN, hpn(rng)), pa=rs(rng, DIG, 6))
    b.f("Yours sincerely,\n\nDr. «a»\nAeromedical Examiner, AME ref {ref}\n", a=(PER, ame.plain), ref=tpl_fill(rng, "AA.\\AME.####"))

def k_crew_portal_env(rng, b):
    air, dom, code = rng.choice(AIRLINES)
    host = dom.split(".")[0]
    b.f("# crew-portal production environment ({dom})\n# managed by platform team - see OPS-{t}; never commit real values\n",
        dom=dom, t=rng.randint(1000, 9999))
    b.f("APP_ENV=production\nAPP_VERSION={v}\nAPP_URL=«u»\n", v=version(rng), u=(URL, f"https://crew.{dom}"))
    b.f("DATABASE_URL=postgres://crew_app:«pw»@db-prod.internal.{dom}:5432/crew?sslmode=require\n",
        pw=(PWD, password(rng, dsn=True)), dom=dom)
    if rng.random() < 0.6:
        b.f("REDIS_URL=redis://default:«pw»@cache-01.internal.{dom}:6379/0\n", pw=(PWD, password(rng, dsn=True)), dom=dom)
    b.f("AWS_ACCESS_KEY_ID=«a»\nAWS_SECRET_ACCESS_KEY=«s»\nAWS_REGION=eu-central-1\nS3_BUCKET={h}-crew-docs\n",
        a=(AKID, aws_akid(rng)), s=(ASK, aws_secret(rng)), h=host)
    opts = rng.sample(["slack", "stripe", "jwt", "smtp", "maps", "ref", "gh"], 4)
    for o in opts:
        if o == "slack":
            b.f("SLACK_BOT_TOKEN=«t»\nSLACK_CHANNEL=#crew-control-alerts\n", t=(SLK, slack_token(rng)))
        elif o == "stripe":
            b.f("STRIPE_SECRET_KEY=«t»\n", t=(STK, stripe_key(rng)))
        elif o == "jwt":
            b.f("SESSION_SIGNING_SECRET=«t»\n", t=(SEC, generic_secret(rng)))
        elif o == "smtp":
            b.f("SMTP_HOST=smtp.{dom}\nSMTP_USER=«u»\nSMTP_PASSWORD=«t»\n", u=(EML, f"noreply@{dom}"),
                t=(PWD, password(rng)), dom=dom)
        elif o == "maps":
            b.f("WEATHER_API_KEY=«t»\n", t=(SEC, generic_secret(rng)))
        elif o == "gh":
            b.f("GITHUB_DEPLOY_TOKEN=«t»\n", t=(GHT, gh_token(rng)))
        else:
            b.t("ROSTER_API_KEY=${ROSTER_API_KEY}\nFEATURE_FLAGS=pairing_v2,fatigue_risk\n")
    b.t(f"LOG_LEVEL=info\nBUILD_SHA={sha(rng)}\n")


def k_k8s_secret_berthing(rng, b):
    ns = rng.choice(["marina-prod", "berth-booking", "harbour-ops", "moorings"])
    owner = person(rng)
    b.f("# owner: «n» <«e»>\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {nm}\n  namespace: {ns}\n  uid: {u}\n"
        "  labels:\n    app: berth-booking\n    release: \"{v}\"\ntype: Opaque\ndata:\n",
        n=(PER, owner.plain), e=(EML, email_for(rng, owner, "marina-cloud.io")), nm=f"{ns}-secrets", ns=ns,
        u=uuid4(rng), v=version(rng))
    b.f("  DB_USER: {u}\n  DB_PASSWORD: «p»\n", u=b64(rng.choice(["berth", "marina_app", "booking"])),
        p=(PWD, b64(password(rng))))
    keys = rng.sample([("STRIPE_API_KEY", STK), ("PAYMENT_WEBHOOK_SECRET", SEC), ("MAPS_API_KEY", SEC),
                       ("SMTP_PASSWORD", PWD), ("ADMIN_PASSWORD", PWD), ("AIS_FEED_TOKEN", SEC)], 3)
    for k, kind in keys:
        if kind == STK:
            raw = stripe_key(rng)
        elif kind == PWD:
            raw = password(rng)
        else:
            raw = generic_secret(rng)
        lab = PWD if "PASSWORD" in k else SEC
        b.f("  {k}: «v»\n", k=k, v=(lab, b64(raw)))
    b.t(f"  LOG_LEVEL: {b64('info')}\n")


def k_leaked_token_ticket(rng, b):
    rep, asg = people(rng, 2)
    handle = rng.choice(["ops-bot", "jdev", "cicd-runner", "flightplan-svc", "mk-ops"]) + str(rng.randint(1, 99))
    b.f("[{t}] GitHub token committed to flight-planner repository\nReporter: «r»  Assignee: «a»  Priority: P1\n\n",
        t=ticket_id(rng, "SEC"), r=(PER, rep.plain), a=(PER, asg.plain))
    b.f("Secret scanning flagged a token in commit {c} (file deploy/ci.env, line {ln}):\n\n    GH_TOKEN=«g»\n\n",
        c=sha(rng), ln=rng.randint(3, 60), g=(GHT, gh_token(rng)))
    b.f("The token belongs to the service account @{h} and has repo + workflow scopes. "
        "The audit log shows a clone from «ip» {rel}.\n\n", h=handle, ip=(IP, ip_any(rng)), rel=relative(rng))
    b.f("Actions:\n1. Revoke token - done by «g» at «t».\n", g=(PER, asg.given),
        t=(DT, fmt_time(rng, rng.randint(6, 22), rng.choice([5, 20, 40]))))
    b.t("2. Replace with ${{ secrets.GH_DEPLOY_TOKEN }} in .github/workflows/deploy.yml.\n")
    b.f("3. Rotate the NOTAM feed key that was in the same file: «k»\n", k=(SEC, generic_secret(rng)))
    b.f("4. Post-incident review scheduled for «d».\n", d=(DT, fmt_dt(rng, rdatetime(rng), "en")))


def k_booking_portal_access_log(rng, b):
    host = rng.choice(["booking.marinadelfaro.es", "berths.harbourpoint.co.uk", "www.portoazzurro-marina.it",
                       "crew.balticskyways.aero", "checkin.northstarairways.com"])
    dt = rdatetime(rng)
    paths = ["/api/v1/berths?pontoon={p}&nights={n}", "/booking/{id}/confirm", "/login", "/static/app.{h}.js",
             "/api/v1/availability?pontoon={p}", "/account/invoices", "/checkin/{pnr}/boardingpass"]
    for _ in range(rng.randint(6, 11)):
        dt += _dt.timedelta(seconds=rng.randint(1, 400))
        path = rng.choice(paths).format(d=dt.date().isoformat(), n=rng.randint(1, 9), id=rs(rng, DIG, 7),
                                        h=sha(rng, 8), p=rng.choice("ABCD"), pnr=pnr(rng))
        ref = rng.random() < 0.35
        b.e(IP, ip_any(rng))
        b.f(" - - [{ts}] \"{m} {p} HTTP/1.1\" {st} {sz} \"", ts=log_ts(rng, dt, 3), m=rng.choice(["GET", "GET", "POST"]),
            p=path, st=rng.choice([200, 200, 200, 302, 401, 404, 500]), sz=rng.randint(120, 48000))
        if ref:
            b.e(URL, f"https://{host}/" + rng.choice(["", "booking", "search?q=berth", "en/contact"]))
        else:
            b.t("-")
        b.f("\" \"{ua}\"\n", ua=rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                                            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/125.0",
                                            "okhttp/4.12.0", "curl/8.5.0"]))


def k_gate_pass_sms(rng, b):
    drv = person(rng)
    slot = rdatetime(rng)
    num = phone(rng, rng.choice(["DE", "NL", "PL", "GB", "ES"]), intl=True)
    b.f("SMS thread - PORTGATE (short code {sc}) <-> «n»\n\n", sc=rng.randint(7000, 7999), n=(PHN, num))
    b.f("PORTGATE: Hi «g», your truck slot at terminal {t} is confirmed for «d». Container {c}. "
        "Release PIN «pin». Reply STOP to opt out.\n", g=(PER, drv.given), t=rng.choice(["CTA", "EGH", "ECT", "MPET"]),
        d=(DT, fmt_dt(rng, slot, "en")), c=container(rng), pin=(PWD, rs(rng, DIG, rng.choice([4, 6]))))
    b.t("DRIVER: plate changed, new truck " + plate(rng) + "\n")
    b.f("PORTGATE: Updated. Licence on file «dl». Please arrive {w} min before the slot. Info: «u»\n",
        dl=(DL, driver_license(rng, rng.choice(["DE", "NL", "PL", "GB", "ES"]))), w=rng.choice([15, 20, 30]),
        u=(URL, f"https://portgate.{rng.choice(['eu', 'nl', 'de'])}/slot/{rs(rng, ALNUM, 8)}"))
    b.t(f"DRIVER: ok thx, running {rng.randint(10, 40)} min late\n")
    b.f("PORTGATE: Slot moved to «t». Queries: «ph»\n", t=(DT, fmt_time(rng, (slot.hour + 1) % 24, slot.minute)),
        ph=(PHN, phone(rng, rng.choice(["NL", "DE", "GB"]))))


def k_ops_chat_log(rng, b):
    ps = people(rng, 3)
    h = rdatetime(rng)
    chan = rng.choice(["#ops-marina-it", "#crew-control", "#port-edi", "#flightops-tools"])
    b.f("Chat export {ch} ({n} messages)\n\n", ch=chan, n=6)

    def line(p):
        nonlocal h
        h += _dt.timedelta(minutes=rng.randint(0, 6))
        b.t(f"[{h:%H:%M}] ")
        b.e(PER, p.plain)
        b.t(": ")

    line(ps[0])
    b.t("anyone else seeing 401s from the berth availability API since the deploy?\n")
    line(ps[1])
    b.t(f"yes, build {sha(rng, 7)} broke the token refresh. rolling back to {version(rng)}; freeze until {rng.choice(WEEKDAYS['en'])}\n")
    line(ps[2])
    b.t("fwiw the bot config in the runbook still has the live token: ")
    b.e(SLK, slack_token(rng))
    b.t("\n")
    line(ps[0])
    b.f("ugh, «g» can you rotate it? I'm on the ramp, call me on «ph» if needed\n", g=(PER, ps[2].given),
        ph=(PHN, phone(rng)))
    line(ps[2])
    b.f("rotating now. also blocking «ip» - it hammered /login {n} times\n", ip=(IP, ip_any(rng)), n=rng.randint(200, 5000))
    line(ps[1])
    b.f("thanks. postmortem «d», notes in «u»\n", d=(DT, fmt_dt(rng, h + _dt.timedelta(days=rng.randint(1, 4)), "en")),
        u=(URL, f"https://wiki.{rng.choice(['harbourpoint.co.uk', 'balticskyways.aero', 'pacifictern.sg'])}/ops/pm-{rng.randint(100, 999)}"))


def k_port_agent_vcard(rng, b):
    p = person(rng, initial_p=0.3)
    ag, dom = rng.choice(AGENCIES)
    a = address(rng)
    mid = p.initial or ""
    b.t("BEGIN:VCARD\nVERSION:3.0\nN:")
    b.e(PER, f"{p.surname};{p.given}" + (f";{mid}" if mid else ""))
    b.t(";;\n" if mid else ";;;\n")
    b.f("FN:«n»\nORG:{ag}\nTITLE:{t}\n", n=(PER, p.full), ag=ag,
        t=rng.choice(["Boarding Agent", "Husbandry Manager", "Crew Change Coordinator", "Operations Manager"]))
    b.f("TEL;TYPE=WORK,VOICE:«p1»\nTEL;TYPE=CELL:«p2»\nEMAIL;TYPE=INTERNET:«e»\n",
        p1=(PHN, phone(rng, a.cc if a.cc in PHONES else None)), p2=(PHN, phone(rng, intl=True)), e=(EML, email_for(rng, p, dom)))
    val = ";".join([a.street, a.city, a.region or "", a.postcode or "", a.country])
    b.f("ADR;TYPE=WORK:;;«a»\n", a=(ADR, val))
    if rng.random() < 0.6:
        b.f("BDAY:«d»\n", d=(DOB, dob(rng).isoformat()))
    b.f("URL:«u»\nNOTE:24/7 ops line for vessel calls. VHF ch {ch}.\nREV:{rev}\nEND:VCARD\n",
        u=(URL, f"https://www.{dom}/team"), ch=rng.choice([12, 14, 16, 69]),
        rev=f"{rdatetime(rng):%Y%m%dT%H%M%S}Z")


def k_crew_briefing_ics(rng, b):
    org, att = person(rng), person(rng)
    air, dom, code = rng.choice(AIRLINES)
    st = rdatetime(rng)
    en = st + _dt.timedelta(hours=rng.randint(1, 4))
    a = address(rng)
    stamp = f"{rdatetime(rng):%Y%m%dT%H%M%S}Z"
    b.f("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{air}//Crew Training//EN\nBEGIN:VEVENT\nUID:{u}-{dom}\n"
        "DTSTAMP:{s}\nCREATED:{s}\nLAST-MODIFIED:{s}\n", air=air, u=uuid4(rng), dom=dom.split(".")[0], s=stamp)
    b.f("DTSTART;TZID=Europe/Berlin:«a»\nDTEND;TZID=Europe/Berlin:«e»\n", a=(DT, f"{st:%Y%m%dT%H%M%S}"),
        e=(DT, f"{en:%Y%m%dT%H%M%S}"))
    b.f("SUMMARY:{s}\nLOCATION:Training centre room {r}\\, «a»\n",
        s=rng.choice(["Recurrent CRM training - group B", "SEP refresher (fire & smoke)", "Line check briefing"]),
        r=f"{rng.randint(1, 3)}.{rng.randint(1, 30):02d}", a=(ADR, a.one().replace(",", "\\,")))
    b.f("ORGANIZER;CN=«o»:mailto:«oe»\nATTENDEE;CN=«a»;ROLE=REQ-PARTICIPANT:mailto:«ae»\n",
        o=(PER, org.plain), oe=(EML, email_for(rng, org, dom)), a=(PER, att.plain), ae=(EML, email_for(rng, att, dom)))
    b.f("DESCRIPTION:Join online: «u»\\nMeeting passcode: «pc»\\nDial-in: «ph»\\nBring your EFB ({v}).\n",
        u=(URL, f"https://meet.{dom}/j/{rs(rng, DIG, 10)}"), pc=(PWD, passcode(rng)), ph=(PHN, phone(rng)),
        v=f"app {version(rng)}")
    b.t("BEGIN:VALARM\nTRIGGER:-PT30M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")


def k_x12_856_cargo(rng, b):
    p, c = person(rng), person(rng)
    a = address(rng, "US")
    dt = rdatetime(rng)
    ctl = rs(rng, DIG, 9)
    b.f("ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{d}*{t}*U*00401*{c}*0*P*>~\n",
        snd="OCEANREEFER", rcv="GULFSTREAMLOG", d=f"{dt:%y%m%d}", t=f"{dt:%H%M}", c=ctl)
    b.f("GS*SH*OCEANREEFER*GULFSTREAMLOG*{d}*{t}*{g}*X*004010~\nST*856*0001~\n", d=f"{dt:%Y%m%d}", t=f"{dt:%H%M}",
        g=rng.randint(1, 9999))
    ship = rdate(rng)
    b.f("BSN*00*{sid}*«d»*«t»~\nDTM*011*«sd»~\nHL*1**S~\nTD5*B*2*{scac}*O~\nREF*BM*{bl}~\n",
        sid=tpl_fill(rng, "SH#######"), d=(DT, f"{dt:%Y%m%d}"), t=(DT, f"{dt:%H%M}"), sd=(DT, f"{ship:%Y%m%d}"),
        scac=rng.choice(["MAEU", "ONEY", "HLCU"]), bl=bl_no(rng))
    b.f("N1*ST*«n»~\nN3*«s»~\nN4*«c»*«st»*{z}*US~\n", n=(PER, p.plain.upper() if rng.random() < 0.5 else p.plain),
        s=(ADR, a.street), c=(LOC, a.city), st=(LOC, a.region), z=a.postcode)
    b.f("PER*IC*«n»*TE*«ph»*EM*«e»~\n", n=(PER, c.plain), ph=(PHN, phone(rng, "US", intl=False)), e=(EML, email_for(rng, c)))
    b.f("HL*2*1*O~\nPRF*{po}~\nHL*3*2*I~\nLIN**VP*{part}~\nSN1**{q}*EA~\nCTT*1~\nSE*15*0001~\nGE*1*{g}~\nIEA*1*{c}~\n",
        po=tpl_fill(rng, "PO######"), part=tpl_fill(rng, "AA-####"), q=rng.randint(1, 900), g=rng.randint(1, 9999), c=ctl)


def k_consignee_tsv(rng, b):
    b.t("entry_no\tconsignee_name\tcustomer_account\tphone\temail\tcity\tcountry\ths_code\tdeclared_value\n")
    for _ in range(rng.randint(4, 8)):
        p = person(rng)
        a = address(rng)
        b.f("{en}\t«n»\t«ac»\t«ph»\t«e»\t«c»\t{cc}\t{hs}\t{v}\n", en=tpl_fill(rng, "###-#######-#"),
            n=(PER, rng.choice([p.plain, p.upper_last_first])), ac=(ACC, acct(rng)), ph=(PHN, phone(rng, a.cc)),
            e=(EML, email_for(rng, p)), c=(LOC, a.city), cc=a.cc, hs=hs_code(rng), v=amount(rng))

def k_airport_car_rental(rng, b):
    d1, d2 = person(rng, initial_p=0.2), person(rng)
    cc = rng.choice(["US", "US", "GB", "DE", "ES", "IT", "AU", "CA", "NL"])
    a = address(rng, cc)
    ap = rng.choice(IATA)
    pu = rdatetime(rng)
    ret = pu + _dt.timedelta(days=rng.randint(1, 14), hours=rng.randint(-3, 3))
    b.f("RENTAL AGREEMENT {ra}    Station: {ap} airport, level {lv}\n\n", ra=tpl_fill(rng, "R\\A########"), ap=ap,
        lv=rng.randint(0, 2))
    b.f("Main driver: «n»    Date of birth: «bd»\n", n=(PER, d1.full), bd=(DOB, fmt_date(rng, dob(rng), "en")))
    b.f("Driving licence no.: «dl»    Expires: «ex»\nAddress: «a»\n", dl=(DL, driver_license(rng, cc)),
        ex=(DT, fmt_date(rng, rdate(rng, 2026, 2034), "en", 3)), a=(ADR, a.one(country=True)))
    b.f("Phone: «ph»    E-mail: «e»\nFrequent flyer / loyalty no.: {ff}\n\n", ph=(PHN, phone(rng, cc)),
        e=(EML, email_for(rng, d1)), ff=bad_luhn16(rng))
    b.f("Vehicle: {car}, plate {pl}, VIN {vin}, fuel full, odometer {km} km\n",
        car=rng.choice(["Toyota Corolla Hybrid", "VW Golf", "Kia Sportage", "Ford Mustang convertible"]), pl=plate(rng),
        vin=vin(rng), km=rng.randint(3000, 70000))
    b.f("Pick-up: «p»\nReturn due: «r» at {ap}\n", p=(DT, fmt_dt(rng, pu, "en")), r=(DT, fmt_dt(rng, ret, "en")), ap=ap)
    cn, br = card(rng)
    b.f("Payment: {br} «c»; deposit hold {am}\n", br=br.upper(), c=(CC, cn), am=amount(rng))
    if rng.random() < 0.6:
        b.f("Additional driver: «n», licence «dl»\n", n=(PER, d2.plain), dl=(DL, driver_license(rng, cc)))
    b.t(f"Damage waiver: {rng.choice(['CDW', 'SCDW', 'none'])}. Agent id {rs(rng, DIG, 5)}.\n")


def k_airside_permit_application(rng, b):
    p, sp = person(rng), person(rng)
    cc = rng.choice(["GB", "DE", "NL", "SE", "FR", "ES", "IT", "PL"])
    a = address(rng, cc)
    ap = rng.choice(IATA)
    handler = rng.choice(["SkyPort Handling", "AeroGround Services", "Runway Ramp Partners", "Apron One"])
    b.f("AIRSIDE DRIVING PERMIT (ADP) - APPLICATION FORM        Airport: {ap}\n\n", ap=ap)
    b.f("Surname: «s»\nForename(s): «g»\nDate of birth: «bd»\n", s=(PER, p.surname.upper()), g=(PER, p.given),
        bd=(DOB, fmt_date(rng, dob(rng), "en", 5)))
    b.f("Employer: {h}    Staff no.: {sn}    ID pass no.: {ip}\n", h=handler, sn=rs(rng, DIG, 6), ip=tpl_fill(rng, "\\AP-#####"))
    b.f("National driving licence: «dl»    Categories: B, C1    Valid until: «v»\n",
        dl=(DL, driver_license(rng, cc)), v=(DT, fmt_date(rng, rdate(rng, 2026, 2035), "en", 5)))
    b.f("Home address: «a»\nCity: «c»\nPostcode: {pc}\nMobile: «ph»\n", a=(ADR, a.street), c=(LOC, a.city),
        pc=a.postcode or "-", ph=(PHN, phone(rng, cc)))
    b.f("\nVehicle types requested: {vt}\nZones: apron, taxiway crossings {tw}\n",
        vt=rng.choice(["baggage tug, belt loader", "pushback tractor", "catering hi-loader", "fuel bowser"]),
        tw=rng.choice(["A and B", "none", "K1-K4"]))
    b.f("Apron safety course passed: «d» (score {sc}%)\n", d=(DT, fmt_date(rng, rdate(rng), "en", 0)),
        sc=rng.randint(80, 100))
    b.f("\nSponsor: «n», Duty Ops Manager - «e»\nSigned: «d»\n", n=(PER, sp.plain),
        e=(EML, email_for(rng, sp, handler.split()[0].lower() + "-handling.com")), d=(DT, fmt_date(rng, rdate(rng), "en", 5)))


def k_flight_api_debug_ticket(rng, b):
    dev = person(rng)
    air, dom, code = rng.choice(AIRLINES)
    fl = flight_no(rng, code).replace(" ", "")
    ip1 = ip_any(rng)
    b.f("[{t}] flight-status API returns 401 for partner tokens\nReported by «n» | component: api-gateway {v}\n\n",
        t=ticket_id(rng, "API"), n=(PER, dev.plain), v=version(rng))
    b.f("Steps to reproduce (from bastion «ip»):\n\n", ip=(IP, ip1))
    b.f("  curl -s -H 'Authorization: Bearer «j»' \\\n    «u»\n\n",
        j=(JWT, jwt(rng, sub=rs(rng, DIG, 6))), u=(URL, f"https://api.{dom}/v2/flights/{fl}/status?date={rdate(rng).isoformat()}"))
    b.f("Response: 401 {{\"error\":\"invalid_token\",\"trace\":\"{u}\"}}\n\nGateway log:\n", u=uuid4(rng))
    ldt = rdatetime(rng)
    for _ in range(3):
        ldt += _dt.timedelta(minutes=rng.randint(0, 9))
        ep = rng.randint(1_700_000_000, 1_790_000_000)
        b.f("{ts} WARN auth rejected client_ip=«ip» kid={kid} iat={ep} exp={ex} reason=exp_skew\n", ts=log_ts(rng, ldt, style=1),
            ip=(IP, ip1 if rng.random() < 0.5 else ip_any(rng)), kid=rs(rng, ALNUM, 8), ep=ep, ex=ep + 3600)
    b.f("\nThe partner also sent their static API key «k» by e-mail - please treat as compromised.\n",
        k=(SEC, generic_secret(rng)))
    b.f("Clock on the partner side is {n} minutes ahead; ETA for fix {rel}.\n", n=rng.randint(3, 12), rel=relative(rng))


def k_edi_sftp_key_email(rng, b):
    s, r = person(rng), person(rng)
    shp, dom = rng.choice(SHIPPING)
    ag, adom = rng.choice(AGENCIES)
    mail_head(rng, b, s, email_for(rng, s, dom), r, email_for(rng, r, adom), "SFTP access for BAPLIE / COPRAR exchange")
    b.f("Dear «g»,\n\nas agreed, here are the credentials for the EDI drop box:\n\n", g=(PER, r.given))
    b.f("  host: «h»  (port 22)\n  user: {u}\n  key passphrase: «pp»\n\n", h=(IP, ipv4(rng, private=False)),
        u=adom.split(".")[0].replace("-", "_"), pp=(PWD, password(rng)))
    b.t("Private key (please store it in your vault and delete this mail):\n\n")
    b.e(PEM, pem_key(rng))
    b.f("\n\nFiles are picked up every {m} minutes; naming BAPLIE_<IMO>_<voyage>.edi, e.g. BAPLIE_{imo}_{vy}.edi.\n"
        "Call me on «ph» if the fingerprint does not match SHA256:{fp}.\n\nBest regards\n«n»\nEDI team, {c}\n",
        m=rng.choice([5, 10, 15]), imo=imo(rng), vy=tpl_fill(rng, "###A"), ph=(PHN, phone(rng)),
        fp=b64url(bytes(rng.getrandbits(8) for _ in range(32))), n=(PER, s.plain), c=shp)


def k_aws_exposure_alert(rng, b):
    eng = person(rng)
    org = rng.choice(["nordhavn-shipping", "balticskyways", "pacifictern", "harbourpoint-marina", "meridiancargo"])
    ak = aws_akid(rng)
    b.f("Subject: [Action required] Exposed AWS credentials - case {c}\n\n", c=rs(rng, DIG, 11))
    b.f("We have become aware that the access key «a», belonging to IAM user ais-ingest-{n}, along with the "
        "corresponding secret key, is publicly available online at\n«u»\n\n", a=(AKID, ak), n=rng.randint(1, 9),
        u=(URL, f"https://github.com/{org}/ais-ingest/blob/{sha(rng, 7)}/config/prod.tfvars"))
    b.f("Internal triage note («n»):\n  found in prod.tfvars line {ln}:\n    aws_access_key = \"«a»\"\n"
        "    aws_secret_key = \"«s»\"\n", n=(PER, eng.plain), ln=rng.randint(4, 40), a=(AKID, ak), s=(ASK, aws_secret(rng)))
    b.f("  key last used {rel} from «ip» (eu-west-1, service s3)\n", rel=relative(rng), ip=(IP, ip_any(rng)))
    b.t("  attached policy: AISIngestWrite; quarantine policy AWSCompromisedKeyQuarantineV2 applied\n\n")
    b.f("Next steps: deactivate the key, rotate, and review CloudTrail. Deadline for confirmation: «d».\n",
        d=(DT, fmt_dt(rng, rdatetime(rng), "en")))


def k_travel_medical_claim(rng, b):
    p = person(rng, initial_p=0.3)
    a = address(rng, CULT_CC[p.cult])
    inc = rdate(rng)
    ctry = rng.choice(ADDR_CCS)
    cty = city_of(rng, ctry)
    b.f("TRAVEL MEDICAL EXPENSES CLAIM    Claim no. {c}\n\nSection A - Insured person\n", c=ticket_id(rng, "CLM"))
    b.f("Name: «n»\nDate of birth: «bd»\nPolicy / member no.: «h»    Group no.: {g}\n",
        n=(PER, p.full), bd=(DOB, fmt_date(rng, dob(rng), "en")), h=(HPN, hpn(rng)), g=group_no(rng))
    b.f("Address: «a»\nPhone: «ph»    E-mail: «e»\n\n", a=(ADR, a.one(country=True)), ph=(PHN, phone(rng, a.cc)),
        e=(EML, email_for(rng, p)))
    b.f("Section B - Incident\nDate of incident: «d»\nPlace: «pl»\n", d=(DT, fmt_date(rng, inc, "en")),
        pl=(LOC, f"{cty}, {COUNTRY_NAME[ctry]}"))
    b.f("Description: slipped on wet deck during shore excursion from cruise ship {v}; wrist injury.\n",
        v=rng.choice(VESSELS))
    b.f("Treating facility patient record no.: «m»\nDiagnosis codes: {i1}; procedure CPT {cpt}\n",
        m=(MRN, mrn(rng)), i1=icd(rng), cpt=rng.choice(["25600", "29125", "73110", "99283"]))
    b.f("Amount claimed: {am}\n\nSection C - Reimbursement\nAccount holder: «n»\nIBAN: «i»    BIC: {bc}\n",
        am=amount(rng), n=(PER, p.plain), i=(IBAN, iban(rng)), bc=bic(rng))
    b.f("\nI declare the information is true. Signed «n», «d»\n", n=(PER, p.plain),
        d=(DT, fmt_date(rng, inc + _dt.timedelta(days=rng.randint(5, 40)), "en")))


def k_crew_hotel_rooming_csv(rng, b):
    air, dom, code = rng.choice(AIRLINES)
    city_cc = rng.choice(ADDR_CCS)
    cty = city_of(rng, city_cc)
    b.f("# crew rooming list {air} - layover «c» - hotel confirmation {hc}\n", air=air, c=(LOC, cty), hc=tpl_fill(rng, "HC#####"))
    b.t("crew_name,rank,flight,check_in,check_out,room,mobile\n")
    ci = rdatetime(rng)
    for _ in range(rng.randint(4, 8)):
        p = person(rng)
        co = ci + _dt.timedelta(hours=rng.randint(14, 40))
        b.f("«n»,{r},{fl},«ci»,«co»,{rm},«ph»\n", n=(PER, p.pnr), r=rng.choice(["CPT", "FO", "SCCM", "CC", "CC"]),
            fl=flight_no(rng, code).replace(" ", ""), ci=(DT, f"{ci:%Y-%m-%d %H:%M}"), co=(DT, f"{co:%Y-%m-%d %H:%M}"),
            rm=rng.randint(201, 1420), ph=(PHN, phone(rng)))
    b.f("# billing to {air} crew account, master folio {mf}; late checkout on request\n", air=air, mf=rs(rng, DIG, 7))


def k_port_agency_invoice(rng, b):
    ag, dom = rng.choice(AGENCIES)
    shp, sdom = rng.choice(SHIPPING)
    cp = person(rng)
    a = address(rng)
    port_cc = rng.choice(ADDR_CCS)
    port = city_of(rng, port_cc)
    arr = rdate(rng)
    dep = arr + _dt.timedelta(days=rng.randint(1, 5))
    b.f("{ag}\nINVOICE {inv}\n\nBill to:\n{shp}\nattn. «n»\n«a»\n\n", ag=ag, inv=tpl_fill(rng, "I\\NV-####-#####"), shp=shp,
        n=(PER, cp.plain), a=(ADR, a.block(country=True)))
    b.f("Customer account no.: «ac»\nVessel: MV {v} (IMO {imo})    Port: «p»\nCall: «a» - «d»\n\n",
        ac=(ACC, acct(rng)), v=rng.choice(VESSELS), imo=imo(rng), p=(LOC, port),
        a=(DT, fmt_date(rng, arr, "en", 0)), d=(DT, fmt_date(rng, dep, "en", 0)))
    for item in rng.sample(["Port dues", "Pilotage inbound/outbound", "Towage (2 tugs)", "Mooring/unmooring",
                            "Agency fee", "Crew change transport", "Garbage disposal", "Fresh water 120 t"], 4):
        b.t(f"  {item:<32}{amount(rng, 'EUR'):>18}\n")
    b.f("\nPayment within 30 days to IBAN «i» (BIC {bc}), reference {ref}.\nDue date: «due»\n",
        i=(IBAN, iban(rng, rng.choice(["DE", "NL", "GR", "ES", "BE", "MT"]))), bc=bic(rng), ref=tpl_fill(rng, "I\\NV####"),
        due=(DT, fmt_date(rng, dep + _dt.timedelta(days=30), "en", 0)))
    b.f("Queries: «e» / «ph»\n", e=(EML, f"accounts@{dom}"), ph=(PHN, phone(rng)))


def k_stripe_webhook_config(rng, b):
    m = rng.choice(MARINAS)
    slug = re.sub(r"[^a-z]+", "-", ascii_fold(m).lower()).strip("-")
    b.f("# config/payments.yaml - {m} booking service {v}\npayments:\n  provider: stripe\n  api_key: «k»\n",
        m=m, v=version(rng), k=(STK, stripe_key(rng)))
    b.f("  webhook_secret: «w»\n  success_url: «s»\n  cancel_url: «c»\n  currency: eur\n",
        w=(SEC, "whsec_" + rs(rng, ALNUM, 32)), s=(URL, f"https://{slug}.com/booking/success?src=stripe&lang=en"),
        c=(URL, f"https://{slug}.com/booking/cancel"))
    b.f("database:\n  dsn: mysql://booking:«p»@db1.{slug}.internal:3306/berths\n", p=(PWD, password(rng, dsn=True)), slug=slug)
    b.t("notifications:\n  slack_token: ${SLACK_TOKEN}\n  sms_api_key: ${SMS_API_KEY}\n")
    b.f("  ops_email: «e»\n", e=(EML, f"harbourmaster@{slug}.com"))
    b.f("maps:\n  tile_key: «k»\nfeature_flags: [deposit_hold, dynamic_pricing]\n", k=(SEC, generic_secret(rng)))


def k_unruly_passenger_report(rng, b):
    air, dom, code = rng.choice(AIRLINES)
    cm, pax, wit, capt = people(rng, 4)
    ev = rdatetime(rng)
    dest_cc = rng.choice(ADDR_CCS)
    dest = city_of(rng, dest_cc)
    b.f("DISRUPTIVE PASSENGER REPORT (level {lv})\n{air} - flight {fl}, «d»\n\n", lv=rng.randint(1, 3), air=air,
        fl=flight_no(rng, code), d=(DT, fmt_date(rng, ev.date(), "en")))
    b.f("At «t» the passenger in {st}, «p», refused to stow a cabin bag and became verbally abusive towards "
        "cabin crew member «c». ", t=(DT, fmt_time(rng, ev.hour, ev.minute)), st=seat(rng), p=(PER, p_name(rng, pax)),
        c=(PER, cm.plain))
    b.f("The passenger consumed own duty-free alcohol despite two warnings. Passenger in {s2}, «w», witnessed the incident "
        "and agreed to be contacted on «ph».\n", s2=seat(rng), w=(PER, wit.plain), ph=(PHN, phone(rng)))
    b.f("Capt. «c» issued a written warning card at «t2». Police met the aircraft on arrival in «dest»; "
        "officer badge no. {bn}, case {cs}.\n", c=(PER, capt.surname), t2=(DT, fmt_time(rng, (ev.hour + 1) % 24, ev.minute)),
        dest=(LOC, f"{dest}, {COUNTRY_NAME[dest_cc]}" if rng.random() < 0.5 else dest), bn=rs(rng, DIG, 5),
        cs=ticket_id(rng, "CASE"))
    b.f("\nBooking ref {pnr}, e-ticket {et}. Passenger contact from PNR: «e».\nReport filed by «c» ({rel}).\n",
        pnr=pnr(rng), et=eticket(rng), e=(EML, email_for(rng, pax)), c=(PER, cm.given), rel="same day")

def k_seafarer_sign_on_letter(rng, b):
    ag, dom = rng.choice(AGENCIES)
    s, ag_p, mgr = person(rng, rng.choice(["ph", "in", "ua", "pl", "ng", "vn"])), person(rng), person(rng)
    off = address(rng, rng.choice(["PH", "IN", "PL", "GR", "SG"]))
    port_cc = rng.choice(ADDR_CCS)
    port = city_of(rng, port_cc)
    join = rdate(rng)
    dep = _dt.datetime(join.year, join.month, join.day, rng.randint(0, 23), rng.choice([5, 25, 40, 55])) - _dt.timedelta(days=1)
    b.f("{ag}\n«a» | Tel «ph»\n\n«d»\n\nTo: {rk} «n»\n\nJOINING INSTRUCTIONS - MV {v}\n\n", ag=ag,
        a=(ADR, off.one(country=True)), ph=(PHN, phone(rng, off.cc)), d=(DT, fmt_date(rng, join - _dt.timedelta(days=12), "en")),
        rk=rng.choice(RANKS[1:]), n=(PER, s.full if rng.random() < 0.5 else s.upper_last_first), v=rng.choice(VESSELS))
    b.f("You are requested to join the above vessel at «p» on or about «j». ",
        p=(LOC, f"{port}, {COUNTRY_NAME[port_cc]}"), j=(DT, fmt_date(rng, join, "en")))
    b.f("Your flight {fl} departs {a1} «dd» (e-ticket {et}, booking ref {pnr}); check-in closes {dur} before departure.\n\n",
        fl=flight_no(rng), a1=rng.choice(["MNL", "BOM", "KBP", "WAW", "LOS", "SGN"]), dd=(DT, fmt_dt(rng, dep, "en")),
        et=eticket(rng), pnr=pnr(rng), dur=rng.choice(["60 minutes", "one hour", "45 min"]))
    b.f("On arrival you will be met by our port agent «n» («ph»). Hotel confirmation {hc}, room under your name.\n",
        n=(PER, ag_p.plain), ph=(PHN, phone(rng, port_cc if port_cc in PHONES else None)), hc=tpl_fill(rng, "HC######"))
    b.f("Bring: passport, seaman's book, COC, medical certificate (valid until «m»), yellow fever card.\n",
        m=(DT, fmt_date(rng, rdate(rng, 2025, 2027), "en")))
    b.f("Your monthly allotment will be remitted to «i» as per the signed allotment form.\n"
        "Contract duration: {c} months +/- 1.\n\nSincerely,\n«m»\nCrewing Manager - «e»\n",
        i=(IBAN, iban(rng)), c=rng.choice([4, 6, 9]), m=(PER, mgr.plain), e=(EML, email_for(rng, mgr, dom)))


def k_pilot_training_schedule(rng, b):
    air, dom, code = rng.choice(AIRLINES)
    tc = address(rng, rng.choice(["DE", "GB", "ES", "NL", "SE", "PT"]))
    d = rdate(rng)
    b.f("SIMULATOR TRAINING SCHEDULE - TYPE RATING COURSE {c} ({t})\n{air} Training Centre, «a»\nPortal: «u»\n\n",
        c=tpl_fill(rng, "TR-##/##"), t=rng.choice(["A320", "B737", "ATR72", "E190"]), air=air, a=(ADR, tc.one()),
        u=(URL, f"https://training.{dom}/schedule?course={rs(rng, DIG, 4)}"))
    b.t("Date         Start  End    Device  Session  Instructor            Trainees\n")
    for i in range(rng.randint(3, 6)):
        d += _dt.timedelta(days=rng.randint(1, 2))
        st = rng.choice([6, 8, 10, 14, 18, 22])
        ins, t1, t2 = people(rng, 3)
        cell(b, fmt_date(rng, d, "en", 3), 13, DT)
        cell(b, f"{st:02d}:00", 7, DT)
        cell(b, f"{(st + 4) % 24:02d}:00", 7, DT)
        b.f("FFS-{n}   FFS {s:<4} ", n=rng.randint(1, 4), s=i + 1)
        cell(b, ins.plain, 22, PER)
        b.e(PER, t1.plain)
        b.t(", ")
        b.e(PER, t2.plain)
        b.t("\n")
    b.f("\nBriefing starts 90 minutes before each session in room {r}. Swaps only via the portal.\n"
        "Scheduling: «e», «ph»\n", r=f"{rng.randint(1, 3)}.{rng.randint(1, 20):02d}",
        e=(EML, f"sim.scheduling@{dom}"), ph=(PHN, phone(rng, tc.cc)))


def k_vessel_visit_request(rng, b):
    v, co, sso = person(rng), person(rng), person(rng)
    port_cc = rng.choice(ADDR_CCS)
    port = city_of(rng, port_cc)
    d = rdate(rng)
    h = rng.randint(7, 15)
    b.f("SHIP VISIT / GANGWAY ACCESS REQUEST        Ref {r}\n\nVessel: MV {ves}    Terminal berth: {bt}    Port: «p»\n",
        r=ticket_id(rng, "SV"), ves=rng.choice(VESSELS), bt=rng.randint(1, 40), p=(LOC, port))
    b.f("Visitor: «n»\nCompany: {c}    Position: {pos}\nDate of birth: «bd»    Nationality: {nat}\n",
        n=(PER, v.full), c=rng.choice(["Kongsberg Marine Service", "Marine Radar Solutions", "Bureau Class Survey", "Liferaft Depot Ltd"]),
        pos=rng.choice(["service engineer", "surveyor", "technician"]), bd=(DOB, fmt_date(rng, dob(rng), "en")),
        nat=NATIONALITY[v.cult])
    b.f("ID document: passport {pn}\nMobile: «ph»    E-mail: «e»\n", pn=tpl_fill(rng, "AA#######"),
        ph=(PHN, phone(rng)), e=(EML, email_for(rng, v)))
    b.f("Purpose: {pu}\nRequested visit: «d» from «t1» to «t2»\nVehicle plate: {pl}\n",
        pu=rng.choice(["annual radar/ECDIS service", "liferaft exchange", "intermediate class survey", "gyro repair"]),
        d=(DT, fmt_date(rng, d, "en")), t1=(DT, fmt_time(rng, h, 0)), t2=(DT, fmt_time(rng, h + 3, 30)), pl=plate(rng))
    b.f("Escort on board: Chief Officer «c»\nApproved by SSO «s» - ISPS level 1, visitor badge {bg}\n",
        c=(PER, co.plain), s=(PER, sso.plain), bg=rng.randint(1, 60))


def k_mro_customer_statement(rng, b):
    air, dom, code = rng.choice(AIRLINES)
    cp = person(rng)
    a = address(rng)
    mro = rng.choice(["AeroTech Maintenance", "Baltic Aero Engineering", "SkyFix MRO", "Iberia Line Services"])
    b.f("{m}\nSTATEMENT OF ACCOUNT as of «d»\n\nCustomer: {air}\nattn. «n», «a»\nCustomer account: «ac»\n\n",
        m=mro, d=(DT, fmt_date(rng, rdate(rng), "en", 0)), air=air, n=(PER, cp.plain), a=(ADR, a.one(country=True)),
        ac=(ACC, acct(rng)))
    b.t("Invoice no.      Invoice date   Work order   Aircraft   Amount            Status\n")
    for _ in range(rng.randint(3, 6)):
        b.t(f"{tpl_fill(rng, 'MRO-######'):<17}")
        cell(b, fmt_date(rng, rdate(rng), "en", 3), 15, DT)
        b.t(f"{tpl_fill(rng, 'WO-#####'):<13}{tail(rng):<11}{amount(rng, 'EUR'):<18}{rng.choice(['open', 'overdue', 'paid'])}\n")
    b.f("\nRemit to IBAN «i» (BIC {bc}); USD payments ABA {rt}.\nContact: «e», «ph»\n",
        i=(IBAN, iban(rng, rng.choice(["DE", "ES", "PL", "NL"]))), bc=bic(rng), rt=routing_no(rng),
        e=(EML, f"receivables@{re.sub(r'[^a-z]', '', mro.lower())}.aero"), ph=(PHN, phone(rng)))


def k_yacht_charter_crew_json(rng, b):
    y = rng.choice(YACHTS)
    cc1 = rng.choice(["GR", "IT", "ES", "TR", "PT"])
    sk = person(rng, {"GR": "gr", "IT": "it", "ES": "es", "TR": "tr", "PT": "pt"}[cc1])
    emb = rdate(rng)
    b.f("{{\n  \"charterRef\": \"{r}\",\n  \"yacht\": \"{y}\",\n  \"embarkation\": {{\"port\": \"«p1»\", \"date\": \"«d1»\"}},\n",
        r=tpl_fill(rng, "CH-####-##"), y=y, p1=(LOC, city_of(rng, cc1)), d1=(DT, emb.isoformat()))
    b.f("  \"disembarkation\": {\"port\": \"«p2»\", \"date\": \"«d2»\"},\n", p2=(LOC, city_of(rng, cc1)),
        d2=(DT, (emb + _dt.timedelta(days=7)).isoformat()))
    b.f("  \"skipper\": {{\"name\": \"«n»\", \"licence\": \"ICC {lic}\", \"mobile\": \"«ph»\"}},\n  \"guests\": [\n",
        n=(PER, sk.plain), lic=rs(rng, DIG, 7), ph=(PHN, phone(rng, cc1, intl=True)))
    gs = people(rng, rng.randint(2, 5))
    for i, g in enumerate(gs):
        b.f("    {{\"name\": \"«n»\", \"dateOfBirth\": \"«bd»\", \"nationality\": \"{nat}\", \"passport\": \"{pp}\"}}{c}\n",
            n=(PER, g.plain), bd=(DOB, dob(rng).isoformat()), nat=NAT3[g.cult], pp=tpl_fill(rng, "AA#######"),
            c="," if i < len(gs) - 1 else "")
    ec = person(rng)
    b.f("  ],\n  \"emergencyContact\": {\"name\": \"«n»\", \"phone\": \"«ph»\"},\n", n=(PER, ec.plain), ph=(PHN, phone(rng)))
    b.f("  \"deposit\": {{\"amount\": \"{am}\", \"card\": \"{mc}\"}}\n}}\n", am=amount(rng, "EUR"), mc=masked_card(rng))


# ---------------------------------------------------------------------------
# document kinds -- no entities (hard negatives only)
# ---------------------------------------------------------------------------
def k_ais_position_log(rng, b):
    dt = rdatetime(rng)
    b.t(f"# AIS receiver export - station RX-{rng.randint(10, 99)} - firmware {version(rng)}\n")
    ships = [mmsi(rng) for _ in range(3)]
    for _ in range(rng.randint(7, 12)):
        dt += _dt.timedelta(seconds=rng.randint(2, 90))
        m = rng.choice(ships)
        if rng.random() < 0.3:
            b.t(f"{log_ts(rng, dt, 1)} !AIVDM,1,1,,{rng.choice('AB')},{rs(rng, '0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw', 28)},0*{rs(rng, '0123456789ABCDEF', 2)}\n")
        else:
            b.t(f"{log_ts(rng, dt, 1)} MMSI={m} LAT={rng.uniform(30, 60):.5f} LON={rng.uniform(-10, 30):.5f} "
                f"SOG={rng.uniform(0, 22):.1f} COG={rng.uniform(0, 359):.1f} HDG={rng.randint(0, 359)} NAV={rng.choice([0, 0, 1, 5])}\n")
    b.t(f"# {rng.randint(200, 9000)} sentences, {rng.randint(0, 30)} CRC errors, uptime {duration(rng)}\n")


def k_container_tracking_status(rng, b):
    dt = rdatetime(rng)
    c = container(rng)
    b.f("Shipment tracking  B/L {bl}  booking {bk}\nContainer {c} (40' HC), seal {s}, HS {hs}, gross {kg} kg\n\n",
        bl=bl_no(rng), bk=rs(rng, DIG, 9), c=c, s=tpl_fill(rng, "AA######"), hs=hs_code(rng), kg=rng.randint(4000, 28000))
    events = ["Empty container released", "Gate in full", "Loaded on vessel", "Vessel departed", "Transhipment discharge",
              "Loaded on feeder", "Discharged", "Customs hold released", "Gate out full", "Empty returned"]
    k = rng.randint(5, 9)
    for ev in events[:k]:
        dt += _dt.timedelta(hours=rng.randint(3, 90))
        b.t(f"{log_ts(rng, dt, 0)}  {ev:<26} facility {tpl_fill(rng, 'TRM-##')}  voyage {tpl_fill(rng, '###A')}\n")
    b.t(f"\nDemurrage accrued: {amount(rng, 'USD')} ({rng.randint(1, 9)} days over free time). Tracking id {tracking(rng)}.\n")


def k_flight_planner_ci_log(rng, b):
    dt = rdatetime(rng)
    b.t(f"Run {rng.randint(1000, 99999)} - workflow deploy.yml - commit {sha(rng)}\n")
    steps = ["Set up job", "Checkout", "Setup Python 3.11", "Install deps", "Run unit tests", "Build image",
             "Push image", "Deploy to staging"]
    for st in steps[:rng.randint(5, 8)]:
        dt += _dt.timedelta(seconds=rng.randint(3, 200))
        b.t(f"{log_ts(rng, dt, 1)} ##[group]{st}\n")
        if st == "Install deps":
            b.t(f"{log_ts(rng, dt, 1)} Successfully installed pyproj-{version(rng)} shapely-{version(rng)} fplan-core-{version(rng)}\n")
        if st == "Push image":
            b.t(f"{log_ts(rng, dt, 1)} pushed registry/flight-planner:{version(rng)} digest sha256:{sha(rng, 64)}\n")
        if st == "Deploy to staging":
            b.t(f"{log_ts(rng, dt, 1)} env: API_TOKEN=*** DB_PASSWORD=*** (from ${{{{ secrets.STAGING_DB_PASSWORD }}}})\n")
            b.t(f"{log_ts(rng, dt, 1)} release id {uuid4(rng)} rolled out to 3/3 pods\n")
    b.t(f"{log_ts(rng, dt, 1)} Job succeeded in {duration(rng)}\n")


def k_fuel_uplift_record(rng, b):
    a1, a2 = rng.sample(IATA, 2)
    dens = rng.uniform(0.775, 0.84)
    litres = rng.randint(2000, 60000)
    b.t(f"FUEL UPLIFT RECORD    No. FU-{rs(rng, DIG, 6)}\n\n")
    b.t(f"Aircraft: {rng.choice(['A320neo', 'B737-800', 'A330-300', 'E195'])}  reg {tail(rng)}   Flight: {flight_no(rng)}  {a1} -> {a2}\n")
    b.t(f"Stand: {gate(rng)}    Fuel: Jet A-1    Density: {dens:.3f} kg/l    Temp: {rng.randint(-5, 35)} C\n")
    b.t(f"Arrival fuel: {rng.randint(1500, 9000):,} kg    Requested block: {rng.randint(5000, 60000):,} kg\n")
    b.t(f"Uplift: {litres:,} l ({int(litres * dens):,} kg)    Meter: {rs(rng, DIG, 7)} -> {rs(rng, DIG, 7)}\n")
    b.t(f"Bowser: HYD-{rng.randint(1, 40)}, plate {plate(rng)}    Supplier delivery note {tpl_fill(rng, 'DN########')}\n")
    b.t(f"Amount: {amount(rng)}    Refuelling time: {rng.randint(9, 40)} minutes\n")
    b.t("Water check: negative. Sample retained. Signatures captured on EFB.\n")


def k_gate_allocation_board(rng, b):
    b.t(f"GATE ALLOCATION - pier {rng.choice('ABCDEZ')} - refresh every 60 s - build {version(rng)}\n\n")
    b.t("FLIGHT    DEST  GATE  STAND  A/C     STATUS\n")
    for _ in range(rng.randint(6, 11)):
        st = rng.choice(["BOARDING", "GATE OPEN", "DELAYED +25", "FINAL CALL", "GATE CLOSED", "CANCELLED",
                         "DELAYED +70", "ON TIME"])
        b.t(f"{flight_no(rng).replace(' ', ''):<10}{rng.choice(IATA):<6}{gate(rng):<6}{rng.randint(100, 599):<7}{rng.choice(['A320', 'B738', 'A21N', 'E190', 'AT76']):<8}{st}\n")
    b.t(f"\nRemote stands in use: {rng.randint(0, 6)}. Bus gate {gate(rng)} opens in {rng.randint(5, 30)} minutes.\n")


def k_baggage_exception_log(rng, b):
    dt = rdatetime(rng)
    b.t(f"BHS exception log - sorter {rng.choice(['S1', 'S2', 'T3-EBS'])}\n")
    reasons = ["NO READ", "TOO LATE", "NO BSM", "SECURITY REJECT", "OVERSIZE", "MISSORT", "RUSH TAG"]
    for _ in range(rng.randint(7, 12)):
        dt += _dt.timedelta(seconds=rng.randint(5, 300))
        tag = f"{rng.randint(0, 2)}{rng.choice(['220', '074', '057', '125', '235'])}{rs(rng, DIG, 6)}"
        b.t(f"{log_ts(rng, dt, 2)} tag={tag} flt={flight_no(rng).replace(' ', '')} dest={rng.choice(IATA)} "
            f"reason={rng.choice(reasons)} chute={rng.randint(1, 48)}\n")
    b.t(f"summary: {rng.randint(20, 400)} exceptions, median dwell {rng.randint(2, 15)} min\n")


def k_maintenance_task_card(rng, b):
    b.t(f"TASK CARD {tpl_fill(rng, 'TC-######')}    AMM rev {rng.randint(40, 80)}    Aircraft {tail(rng)} MSN {rs(rng, DIG, 4)}\n\n")
    b.t(f"Task: {rng.choice(['32-41-00-210-801', '29-11-00-710-801', '71-00-00-200-805', '36-11-00-720-801'])}  "
        f"{rng.choice(['Main wheel brake wear check', 'Hydraulic system leak test', 'Engine borescope inspection', 'Bleed valve functional test'])}\n")
    b.t(f"Zone: {rng.randint(100, 800)}    Access panels: {rng.randint(100, 999)}AL, {rng.randint(100, 999)}AR\n")
    b.t(f"Part removed: P/N {tpl_fill(rng, 'AA####-##')} S/N {tpl_fill(rng, 'AA#####')}\n")
    b.t(f"Part installed: P/N {tpl_fill(rng, 'AA####-##')} S/N {tpl_fill(rng, 'AA#####')} (EASA Form 1 {rs(rng, DIG, 8)})\n")
    b.t(f"Torque: {rng.randint(20, 300)} lbf.in    Man-hours: {rng.randint(1, 12)}.{rng.randint(0, 9)}    Tool: {tpl_fill(rng, 'TL-####')}\n")
    b.t(f"Findings: {rng.choice(['within limits', 'wear pin 2 mm, serviceable', 'minor seepage, re-inspect in 50 FH', 'nil'])}\n")
    b.t(f"Certifying staff stamp no. {rng.randint(100, 999)} / inspector stamp no. {rng.randint(100, 999)}\n")
    b.t(f"Deferred defect ref: {rng.choice(['none', 'DD-' + rs(rng, DIG, 5)])}; software load {version(rng)}\n")


def k_estado_contenedores_es(rng, b):
    dt = rdatetime(rng)
    b.f("Seguimiento de contenedor {c}  -  conocimiento de embarque {bl}\nPartida arancelaria {hs}, peso bruto {kg} kg\n\n",
        c=container(rng), bl=bl_no(rng), hs=hs_code(rng), kg=rng.randint(4000, 28000))
    evs = ["Entrega de vacío", "Entrada en terminal", "Carga a bordo", "Salida del buque", "Descarga", "Inspección aduanera",
           "Levante autorizado", "Salida de terminal", "Devolución de vacío"]
    for ev in evs[:rng.randint(5, 9)]:
        dt += _dt.timedelta(hours=rng.randint(2, 70))
        b.t(f"{log_ts(rng, dt, 0)}  {ev:<24} muelle {rng.randint(1, 30)}  viaje {tpl_fill(rng, '###A')}\n")
    v = f"{rng.randint(100, 9000):,}".replace(",", ".") + f",{rng.randint(0, 99):02d}"
    b.t(f"\nDemora acumulada: {v} EUR ({rng.randint(1, 9)} días). Referencia de reserva {rs(rng, DIG, 9)}.\n")

# ---------------------------------------------------------------------------
# document kinds -- other languages
# ---------------------------------------------------------------------------
def k_besatzungsliste_email_de(rng, b):
    s, r, ag = person(rng, "de"), person(rng, "de"), person(rng)
    shp, dom = rng.choice(SHIPPING)
    port = city_of(rng, "DE")
    d = rdatetime(rng)
    b.f("Von: «n» <«e»>\nAn: «n2» <«e2»>\nDatum: {dt}\nBetreff: Crewwechsel MS {v} in «p»\n\n",
        n=(PER, s.plain), e=(EML, email_for(rng, s, dom)), n2=(PER, r.plain), e2=(EML, email_for(rng, r)),
        dt=rfc2822(rng), v=rng.choice(VESSELS), p=(LOC, port))
    b.f("Hallo Herr «sn»,\n\nanbei die aktualisierte Besatzungsliste für den Crewwechsel am «d» in «p». ",
        sn=(PER, r.surname), d=(DT, fmt_date(rng, d.date(), "de")), p=(LOC, port))
    b.f("Die neuen Besatzungsmitglieder kommen mit Flug {fl} und landen um «t». Abholung durch unseren Agenten "
        "«a», mobil «ph».\n\nAnmusterung:\n", fl=flight_no(rng, "LH"), t=(DT, f"{d:%H:%M}"), a=(PER, ag.plain),
        ph=(PHN, phone(rng, "DE")))
    for _ in range(rng.randint(2, 4)):
        p = person(rng)
        b.f("- {rk} «n», geb. «bd» in «pb»\n", rk=rng.choice(["Kapitän", "1. Offizier", "2. Offizier", "Leitender Ingenieur",
                                                                   "Matrose", "Koch", "Bootsmann"]),
            n=(PER, p.plain), bd=(DOB, fmt_date(rng, dob(rng), "de")), pb=(LOC, rng.choice(BIRTHPLACES[p.cult])))
    q = person(rng, "de")
    b.f("\nAbmusterung: «n» (Heuer wie gehabt auf IBAN «i»).\nBitte die Visa-Unterlagen bis «dl» an uns senden.\n\n",
        n=(PER, q.plain), i=(IBAN, iban(rng, "DE")), dl=(DT, fmt_weekday_date(rng, (d - _dt.timedelta(days=3)).date(), "de")))
    b.f("Mit freundlichen Grüßen\n«n»\nCrewing-Abteilung, {c}\nTel. «ph»\n", n=(PER, s.plain), c=shp, ph=(PHN, phone(rng, "DE")))


def k_hafenanlauf_meldung_de(rng, b):
    port = city_of(rng, "DE")
    lcc = rng.choice(["NL", "PL", "SE", "NO", "GB"])
    last = city_of(rng, lcc)
    ag, dom = rng.choice(AGENCIES)
    m, c = person(rng), person(rng, "de")
    eta = rdatetime(rng)
    etd = eta + _dt.timedelta(hours=rng.randint(8, 48))
    land = {"NL": "Niederlande", "PL": "Polen", "SE": "Schweden", "NO": "Norwegen", "GB": "Vereinigtes Königreich"}[lcc]
    b.f("HAFENANLAUFMELDUNG    Meldungs-Nr. {n}\n\nSchiff: MS {v}    IMO: {imo}    Rufzeichen: {cs}\n",
        n=tpl_fill(rng, "HA-####-#####"), v=rng.choice(VESSELS), imo=imo(rng), cs=tpl_fill(rng, "AAA#"))
    b.f("Anlaufhafen: «p»    Liegeplatz: Kai {k}\nETA: «eta»\nETD: «etd»\n", p=(LOC, port), k=rng.randint(1, 90),
        eta=(DT, fmt_dt(rng, eta, "de")), etd=(DT, fmt_dt(rng, etd, "de")))
    b.f("Letzter Hafen: «l»\nKapitän: «m»\nPersonen an Bord: {pob}\n", l=(LOC, f"{last}, {land}"), m=(PER, m.plain),
        pob=rng.randint(12, 30))
    b.f("Agent: {ag}, Ansprechpartnerin Frau «c», Tel. «ph», E-Mail «e»\n", ag=ag, c=(PER, c.surname),
        ph=(PHN, phone(rng, "DE")), e=(EML, email_for(rng, c, dom)))
    a = address(rng, "DE")
    b.f("Gefahrgut: {gg}\nSchiffsabfälle: {w} m³\nRechnungsanschrift:\n«a»\n", gg=rng.choice(["keins", "UN 1203, Klasse 3"]),
        w=rng.randint(1, 30), a=(ADR, a.block(country=True, local=True)))
    b.t(f"Übermittelt über das Hafeninformationssystem, Version {version(rng)}.\n")


def k_fundbuero_de(rng, b):
    p, sb = person(rng, rng.choice(["de", "de", "nl", "pl", "tr"])), person(rng, "de")
    a = address(rng, "DE")
    found = rdatetime(rng)
    b.f("FUNDBÜRO FLUGHAFEN - Fundsache Nr. {n}\n\nFundort: Terminal {t}, Gate {g}, Flug {fl}, Sitz {s}\nFundzeit: «f»\n",
        n=tpl_fill(rng, "FB-####-#####"), t=rng.randint(1, 2), g=gate(rng), fl=flight_no(rng), s=seat(rng),
        f=(DT, fmt_dt(rng, found, "de")))
    b.f("Gegenstand: {g}\n\n", g=rng.choice(["schwarzer Rucksack mit Laptop", "Brieftasche, braun, Leder",
                                             "Kinderwagen (Marke Bugaboo)", "Smartphone im roten Etui"]))
    b.f("Verlierer/in: «n»\nAnschrift: «a»\nTelefon: «ph»\nE-Mail: «e»\n", n=(PER, p.plain), a=(ADR, a.one()),
        ph=(PHN, phone(rng, "DE")), e=(EML, email_for(rng, p)))
    b.f("\nRückgabe per Post, Sendungsnummer {tr}. Gebühr 15,00 EUR bezahlt mit Karte {mc}.\n", tr=tracking(rng),
        mc=masked_card(rng))
    b.f("Sachbearbeitung: «n», Ausgabe am «d»\n", n=(PER, sb.plain), d=(DT, fmt_date(rng, found.date() + _dt.timedelta(days=rng.randint(1, 9)), "de")))


def k_manifeste_passagers_fr(rng, b):
    ports = [c for c, _, _ in ADDR["FR"][0] if c != "Toulouse"]
    p1, p2 = rng.sample(ports, 2)
    dep = rdatetime(rng)
    cdt = person(rng, "fr")
    b.f("LISTE DES PASSAGERS - Navire {v} - traversée «a» → «b»\nDépart : «d»\nCommandant : «c»\n\n",
        v=rng.choice(VESSELS), a=(LOC, p1), b=(LOC, p2), d=(DT, fmt_dt(rng, dep, "fr", weekday=rng.random() < 0.4)),
        c=(PER, cdt.plain))
    b.t("N° | Nom | Prénom | Date de naissance | Lieu de naissance | Nationalité | Cabine\n")
    for i in range(rng.randint(4, 8)):
        p = person(rng, rng.choice(["fr", "fr", "it", "es", "de", "ar", "nl"]))
        b.f("{i} | «s» | «g» | «bd» | «pb» | {nat} | {cab}\n", i=i + 1, s=(PER, p.surname.upper()), g=(PER, p.given),
            bd=(DOB, fmt_date(rng, dob(rng), "fr", 0)), pb=(LOC, rng.choice(BIRTHPLACES[p.cult])),
            nat={"fr": "française", "it": "italienne", "es": "espagnole", "de": "allemande", "ar": "libanaise",
                 "nl": "néerlandaise"}[p.cult], cab=rng.choice([f"{rng.randint(2, 9)}{rng.randint(10, 60)}", "fauteuil", "pont"]))
    b.f("\nContact bord : «ph» - «e»\nRéf. réservation groupe {r}\n", ph=(PHN, phone(rng, "FR")),
        e=(EML, f"commissaire@{rng.choice(['corsica-ferries-line.fr', 'mer-azur-navigation.fr'])}"), r=pnr(rng))


def k_rapport_incident_fr(rng, b):
    air, dom, code = rng.choice(AIRLINES)
    cdb, opl, pnc, pax = people(rng, 4, ["fr", "fr", "es", "it", "ar", "pt"])
    d = rdatetime(rng)
    city = city_of(rng, "FR")
    b.f("RAPPORT D'ÉVÉNEMENT EN CABINE    Réf. {r}\n\nCompagnie : {air}    Vol : {fl}    Immatriculation : {reg}\n",
        r=ticket_id(rng, "RE"), air=air, fl=flight_no(rng, code), reg=tpl_fill(rng, "F-AAAA"))
    b.f("Date : «d»    Heure (UTC) : «h»\nCommandant de bord : «c»    OPL : «o»\n\n",
        d=(DT, fmt_date(rng, d.date(), "fr")), h=(DT, fmt_time(rng, d.hour, d.minute, "fr")), c=(PER, cdb.plain), o=(PER, opl.plain))
    b.f("Description : pendant la descente vers «v», un passager, «p», a fait un malaise. Le PNC «n» a "
        "pris en charge le passager et appliqué le protocole ; saturation contrôlée toutes les 5 minutes.\n",
        v=(LOC, city), p=(PER, pax.plain), n=(PER, pnc.given))
    b.f("À l'arrivée, le SAMU a transporté le passager ; numéro de dossier médical «m», code {icd}.\n",
        m=(MRN, mrn(rng)), icd=icd(rng))
    b.f("Coordonnées du passager : «ph», «e»\nRédigé par «n» le «d».\n", ph=(PHN, phone(rng, "FR")),
        e=(EML, email_for(rng, pax)), n=(PER, pnc.plain), d=(DT, fmt_date(rng, d.date(), "fr", 1)))


def k_reserva_amarre_es(rng, b):
    m = rng.choice(MARINAS)
    g = person(rng, rng.choice(["es", "es", "gb", "de", "fr"]))
    a = address(rng, CULT_CC[g.cult] if CULT_CC[g.cult] in ("ES", "GB", "DE", "FR") else "ES")
    arr = rdate(rng)
    n = rng.randint(2, 14)
    dep = arr + _dt.timedelta(days=n)
    b.f("{m} - Confirmación de reserva de amarre\nLocalizador: {loc}\n\n", m=m, loc=pnr(rng))
    b.f("Estimado/a Sr./Sra. «s»:\n\nLe confirmamos la reserva de un amarre para la embarcación «{y}» (eslora {e} m) "
        "del «a» al «d». La llegada es posible a partir de las «t».\n\n", s=(PER, g.surname), y=rng.choice(YACHTS),
        e=round(rng.uniform(7, 25), 1), a=(DT, fmt_date(rng, arr, "es", 0)), d=(DT, fmt_date(rng, dep, "es", 0)),
        t=(DT, fmt_time(rng, rng.choice([12, 13, 15]), 0, "es")))
    b.f("Titular: «n»\nDirección: «ad»\nTeléfono: «ph»    Correo: «e»\n", n=(PER, g.full), ad=(ADR, a.one(country=True, local=True)),
        ph=(PHN, phone(rng, a.cc)), e=(EML, email_for(rng, g)))
    cn, br = card(rng)
    b.f("Pago: {br} «c» - importe {am}\n", br=br.upper(), c=(CC, cn), am=f"{rng.randint(90, 2500)},{rng.randint(0, 99):02d} EUR")
    b.f("\nContraseña wifi del pantalán: «pw»\nCapitanía: «ph» (canal VHF 9)\nUn saludo,\n«n»\n",
        pw=(PWD, password(rng)), ph=(PHN, phone(rng, "ES")), n=(PER, person(rng, "es").plain))


def k_lista_equipaggio_it(rng, b):
    port = city_of(rng, "IT")
    d = rdate(rng)
    b.f("RUOLINO EQUIPAGGIO - M/N {v} - arrivo a «p» il «d»\nCompagnia: {c}\n\n", v=rng.choice(VESSELS), p=(LOC, port),
        d=(DT, fmt_date(rng, d, "it")), c=rng.choice(SHIPPING)[0])
    for i in range(rng.randint(4, 7)):
        p = person(rng, rng.choice(["it", "it", "it", "ph", "ua", "gr"]))
        rk = rng.choice(["Comandante", "Primo Ufficiale", "Direttore di macchina", "Nostromo", "Marinaio", "Cuoco", "Allievo"])
        b.f("{i}. {rk}: «n», nato/a a «pb» il «bd», libretto di navigazione n. {lib}\n", i=i + 1, rk=rk,
            n=(PER, p.plain if rng.random() < 0.6 else f"{p.surname.upper()} {p.given}"), pb=(LOC, rng.choice(BIRTHPLACES[p.cult])),
            bd=(DOB, fmt_date(rng, dob(rng), "it")), lib=tpl_fill(rng, "AA######"))
    ag = person(rng, "it")
    b.f("\nAgenzia raccomandataria: Sig. «n», tel. «ph», «e»\nVisto il comandante. Totale persone a bordo: {t}\n",
        n=(PER, ag.plain), ph=(PHN, phone(rng, "IT")), e=(EML, email_for(rng, ag, "agenzia-marittima.it")), t=i + 1)


def k_prenotazione_posto_barca_it(rng, b):
    m = rng.choice(MARINAS)
    g = person(rng, rng.choice(["it", "it", "de", "fr"]))
    a = address(rng, "IT")
    arr = rdatetime(rng)
    dep = arr + _dt.timedelta(days=rng.randint(2, 10))
    st = person(rng, "it")
    b.f("Oggetto: Conferma prenotazione posto barca n. {n}\n\nGentile Sig. «s»,\n\n", n=rs(rng, DIG, 6), s=(PER, g.surname))
    b.f("confermiamo il posto barca per «y» dal «a» al «d». L'ormeggiatore sarà presente in banchina.\n",
        y=rng.choice(YACHTS), a=(DT, fmt_dt(rng, arr, "it")), d=(DT, fmt_date(rng, dep.date(), "it")))
    b.f("Per completare la prenotazione la preghiamo di versare l'acconto di {am} sull'IBAN «i» entro il «dl».\n",
        am=f"{rng.randint(100, 900)},00 EUR", i=(IBAN, iban(rng, "IT")), dl=(DT, fmt_date(rng, (arr - _dt.timedelta(days=10)).date(), "it")))
    b.f("\nDati del cliente: «n», «ad», cell. «ph», «e»\n", n=(PER, g.plain), ad=(ADR, a.one()), ph=(PHN, phone(rng, "IT")),
        e=(EML, email_for(rng, g)))
    b.f("\nCordiali saluti,\n«n»\nUfficio porto - {m}\nTel. «ph»\n", n=(PER, st.plain), m=m, ph=(PHN, phone(rng, "IT")))


def k_aviso_escala_pt(rng, b):
    pcc = rng.choice(["PT", "BR"])
    port = city_of(rng, pcc)
    eta = rdatetime(rng)
    etd = eta + _dt.timedelta(hours=rng.randint(10, 60))
    m, c = person(rng), person(rng, "pt")
    ag, dom = rng.choice(AGENCIES)
    b.f("AVISO DE ESCALA    Ref. {r}\n\nNavio: {v}    IMO: {imo}    Bandeira: {fl}\nPorto: «p»\n", r=ticket_id(rng, "ESC"),
        v=rng.choice(VESSELS), imo=imo(rng), fl=rng.choice(["PT", "MT", "LR", "PA"]), p=(LOC, port))
    b.f("ETA: «eta»\nETD: «etd»\nComandante: «m»\n", eta=(DT, fmt_dt(rng, eta, "pt")), etd=(DT, fmt_dt(rng, etd, "pt")),
        m=(PER, m.plain))
    b.f("Agente: {ag} - contacto «c», telefone «ph», e-mail «e»\n", ag=ag, c=(PER, c.plain), ph=(PHN, phone(rng, pcc)),
        e=(EML, email_for(rng, c, dom)))
    b.f("Carga: {t} t de {cg}; código SH {hs}\nResíduos a descarregar: {w} m³\n", t=rng.randint(500, 40000),
        cg=rng.choice(["contentores", "granel sólido", "carga geral"]), hs=hs_code(rng), w=rng.randint(1, 30))
    b.t(f"Mensagem gerada pela Janela Única Portuária, versão {version(rng)}.\n")


def k_manifesto_carga_pt(rng, b):
    d = rdate(rng)
    b.f("MANIFESTO DE CARGA - navio {v}, viagem {vy}, data de chegada «d»\n", v=rng.choice(VESSELS), vy=tpl_fill(rng, "###A"),
        d=(DT, fmt_date(rng, d, "pt")))
    b.t("conhecimento;consignatario;endereco;telefone;email;ncm;peso_kg;valor\n")
    for _ in range(rng.randint(3, 6)):
        p = person(rng, rng.choice(["pt", "pt", "es", "it"]))
        a = address(rng, rng.choice(["PT", "BR"]))
        b.f("{bl};«n»;«a»;«ph»;«e»;{hs};{kg};{v}\n", bl=bl_no(rng), n=(PER, p.plain), a=(ADR, a.one()),
            ph=(PHN, phone(rng, a.cc)), e=(EML, email_for(rng, p)), hs=hs_code(rng).replace(".", ""),
            kg=rng.randint(100, 25000), v=f"R$ {rng.randint(1000, 900000):,}".replace(",", "."))


def k_ligplaats_nl(rng, b):
    g = person(rng, rng.choice(["nl", "nl", "de", "gb"]))
    a = address(rng, "NL")
    arr = rdate(rng)
    dep = arr + _dt.timedelta(days=rng.randint(1, 21))
    hm = person(rng, "nl")
    b.f("Bevestiging ligplaatsreservering {n}\n\nBeste «g»,\n\n", n=tpl_fill(rng, "LP-#####"), g=(PER, g.given))
    b.f("Hierbij bevestigen wij uw ligplaats in box {bx} van «a» tot «d» voor het schip \"{y}\" (lengte {l} m).\n",
        bx=f"{rng.choice('ABCD')}{rng.randint(1, 80)}", a=(DT, fmt_date(rng, arr, "nl")), d=(DT, fmt_date(rng, dep, "nl")),
        y=rng.choice(YACHTS), l=round(rng.uniform(7, 18), 1))
    b.f("Aankomst graag vóór «t» melden via marifoonkanaal 31.\n\nUw gegevens:\nNaam: «n»\nAdres: «ad»\nTelefoon: «ph»\nE-mail: «e»\n",
        t=(DT, fmt_time(rng, rng.choice([17, 18, 19, 20]), 0, "nl")), n=(PER, g.plain), ad=(ADR, a.one()),
        ph=(PHN, phone(rng, "NL")), e=(EML, email_for(rng, g)))
    b.f("\nDe borg van {am} wordt na vertrek teruggestort op rekening «i».\n\nMet vriendelijke groet,\n«h»\nhavenmeester\n",
        am=f"€ {rng.randint(50, 250)},00", i=(IBAN, iban(rng, "NL")), h=(PER, hm.plain))


def k_zgloszenie_zdarzenia_pl(rng, b):
    d = rdatetime(rng)
    dw, pil, zg = people(rng, 3, ["pl", "pl", "ua"])
    city = city_of(rng, "PL")
    b.f("ZGŁOSZENIE ZDARZENIA LOTNICZEGO    Nr {n}\n\nData zdarzenia: «d»    Godzina (UTC): «g»\nMiejsce: lotnisko «m», droga kołowania {tw}\n",
        n=tpl_fill(rng, "ZZ/####/##"), d=(DT, fmt_date(rng, d.date(), "pl")), g=(DT, f"{d:%H:%M}"), m=(LOC, city),
        tw=rng.choice(["A", "B2", "K", "M1"]))
    b.f("Statek powietrzny: {typ}, znaki rozpoznawcze {reg}, rejs {fl}\nDowódca: «dw»    Drugi pilot: «p»\n\n",
        typ=rng.choice(["B737-800", "E195", "ATR 72", "Dash 8"]), reg=tpl_fill(rng, "SP-AAA"), fl=flight_no(rng, "LO"),
        dw=(PER, dw.plain), p=(PER, pil.plain))
    b.f("Opis: podczas kołowania do stanowiska {st} doszło do kontaktu skrzydła z pojazdem obsługi naziemnej "
        "(nr boczny {nb}). Brak osób rannych. Czas przestoju: {dur}.\n\n", st=rng.randint(1, 40), nb=rng.randint(100, 999),
        dur=rng.choice(["45 minut", "2 godziny", "90 minut"]))
    b.f("Zgłaszający: «n», tel. «ph», e-mail «e»\nData sporządzenia: «ds»\n", n=(PER, zg.plain),
        ph=(PHN, phone(rng, "PL")), e=(EML, email_for(rng, zg)), ds=(DT, fmt_date(rng, d.date() + _dt.timedelta(days=1), "pl")))


def k_hamnanmalan_sv(rng, b):
    g = person(rng, rng.choice(["sv", "sv", "de", "nl"]))
    a = address(rng, rng.choice(["SE", "SE", "NO"]))
    arr = rdatetime(rng)
    b.f("GÄSTHAMNSREGISTRERING - {m}\n\nBåtens namn: {y}    Reg.nr: {r}    Längd: {l} m\n", m=rng.choice(MARINAS),
        y=rng.choice(YACHTS), r=tpl_fill(rng, "S-######"), l=round(rng.uniform(6, 16), 1))
    b.f("Ankomst: «a»    Avresa: «d»\nBefälhavare: «n»\nAdress: «ad»\nMobil: «ph»    E-post: «e»\n",
        a=(DT, fmt_dt(rng, arr, "sv")), d=(DT, fmt_date(rng, (arr + _dt.timedelta(days=rng.randint(1, 5))).date(), "sv")),
        n=(PER, g.plain), ad=(ADR, a.one(country=rng.random() < 0.5, local=True)), ph=(PHN, phone(rng, a.cc)),
        e=(EML, email_for(rng, g)))
    cn, br = card(rng)
    b.f("Betalning: {br} «c», {am} kr för {n} nätter\nKod till servicehuset: «kod»\n", br=br.upper(), c=(CC, cn),
        am=rng.randint(250, 2400), n=rng.randint(1, 5), kod=(PWD, rs(rng, DIG, 4)))
    b.t("Sophantering vid bryggan, el ingår. Välkommen!\n")


def k_gemiadami_tr(rng, b):
    p = person(rng, "tr")
    a = address(rng, "TR")
    iss = rdate(rng, 2020, 2024)
    b.t("GEMİADAMI CÜZDANI - KAYIT BİLGİLERİ\n\n")
    b.f("Cüzdan No: {n}\nAdı Soyadı: «ad»\nDoğum Tarihi: «bd»\nDoğum Yeri: «pb»\n", n=tpl_fill(rng, "AA-######"),
        ad=(PER, rng.choice([p.plain, f"{p.given} {p.surname.upper()}"])), bd=(DOB, fmt_date(rng, dob(rng), "tr")),
        pb=(LOC, rng.choice(BIRTHPLACES["tr"])))
    b.f("Yeterlik: {y}\nVeriliş Tarihi: «v»\nGeçerlilik Tarihi: «g»\n",
        y=rng.choice(["Uzakyol Vardiya Zabiti", "Gemi Adamı (Tayfa)", "Makine Zabiti", "Aşçı"]),
        v=(DT, fmt_date(rng, iss, "tr")), g=(DT, fmt_date(rng, _dt.date(iss.year + 5, iss.month, min(iss.day, 28)), "tr")))
    b.f("Adres: «ad»\nTelefon: «ph»\nE-posta: «e»\n", ad=(ADR, a.one()), ph=(PHN, phone(rng, "TR")), e=(EML, email_for(rng, p)))
    b.f("Sağlık raporu geçerlilik: «s»\nKayıtlı liman: «l»\nİşlem no: {i}\n", s=(DT, fmt_date(rng, rdate(rng, 2025, 2027), "tr")),
        l=(LOC, city_of(rng, "TR")), i=uuid4(rng)[:13])


JA_PLACES = _s("Naha|Sapporo|Fukuoka|Sendai|Hiroshima|Kagoshima|Nagasaki|Niigata")


def k_kokuu_jiko_ja(rng, b):
    cap, fo, rep = people(rng, 3, ["ja"])
    d = rdatetime(rng)
    b.f("Kōkūki jiko sokuhō (dai {n} hō)\nHōkoku bangō: {r}\n\n", n=rng.randint(1, 3), r=tpl_fill(rng, "JTSB-####-###"))
    b.f("Hassei nichiji: «d»\nHassei basho: «p» kūkō, yūdōro {tw}\n", d=(DT, f"{fmt_date(rng, d.date(), 'ja')} {d:%H:%M}"),
        p=(LOC, rng.choice(JA_PLACES)), tw=rng.choice(["B2", "T4", "A1"]))
    b.f("Binmei: {fl}    Kitai tōroku kigō: {reg}\nKichō: «c»    Fuku-kichō: «f»\n\n", fl=flight_no(rng, rng.choice(["JL", "NH"])),
        reg=tpl_fill(rng, "J\\A##AA"), c=(PER, f"{cap.surname} {cap.given}"), f=(PER, f"{fo.surname} {fo.given}"))
    b.f("Jōkyō: chakuriku go, yūdōro tsūkō-chū ni tori to shōtotsu. Fushōsha nashi. Tenken ni {dur} yōshita.\n\n",
        dur=rng.choice(["yaku 2 jikan", "45-fun", "1 jikan 30-pun"]))
    b.f("Renrakusaki: «n» (anzen suishin-bu)\nDenwa: «ph»\nMēru: «e»\n", n=(PER, f"{rep.surname} {rep.given}"),
        ph=(PHN, phone(rng, "JP")), e=(EML, email_for(rng, rep, rng.choice(["jal-safety.co.jp", "skyline-ops.jp"]))))

# === KINDS REGISTRY (kind functions are defined above this line) ===
KINDS: list = []  # filled in below: (name, lang, empty, fn)


def _register():
    g = globals()
    for name, lang, empty in KIND_TABLE:
        KINDS.append((name, lang, empty, g["k_" + name]))


KIND_TABLE = [
    # (name, lang, empty)
    ("crew_roster_email", "en", False),
    ("passenger_manifest_csv", "en", False),
    ("port_call_prearrival", "en", False),
    ("seafarer_id_json", "en", False),
    ("fal5_crew_list", "en", False),
    ("pilot_licence_yaml", "en", False),
    ("lost_found_ticket", "en", False),
    ("cargo_manifest_xml", "en", False),
    ("flight_incident_report", "en", False),
    ("marina_berth_confirmation", "en", False),
    ("crew_payroll_sepa_csv", "en", False),
    ("us_crew_onboarding", "en", False),
    ("airport_clinic_hl7", "en", False),
    ("crew_fhir_patient", "en", False),
    ("ame_medical_letter", "en", False),
    ("crew_portal_env", "en", False),
    ("k8s_secret_berthing", "en", False),
    ("leaked_token_ticket", "en", False),
    ("booking_portal_access_log", "en", False),
    ("gate_pass_sms", "en", False),
    ("ops_chat_log", "en", False),
    ("port_agent_vcard", "en", False),
    ("crew_briefing_ics", "en", False),
    ("x12_856_cargo", "en", False),
    ("consignee_tsv", "en", False),
    ("airport_car_rental", "en", False),
    ("airside_permit_application", "en", False),
    ("flight_api_debug_ticket", "en", False),
    ("edi_sftp_key_email", "en", False),
    ("aws_exposure_alert", "en", False),
    ("travel_medical_claim", "en", False),
    ("crew_hotel_rooming_csv", "en", False),
    ("port_agency_invoice", "en", False),
    ("stripe_webhook_config", "en", False),
    ("unruly_passenger_report", "en", False),
    ("seafarer_sign_on_letter", "en", False),
    ("pilot_training_schedule", "en", False),
    ("vessel_visit_request", "en", False),
    ("mro_customer_statement", "en", False),
    ("yacht_charter_crew_json", "en", False),
    # documents without any entity (hard negatives only)
    ("ais_position_log", "en", True),
    ("container_tracking_status", "en", True),
    ("flight_planner_ci_log", "en", True),
    ("fuel_uplift_record", "en", True),
    ("gate_allocation_board", "en", True),
    ("baggage_exception_log", "en", True),
    ("maintenance_task_card", "en", True),
    ("estado_contenedores_es", "es", True),
    # other languages
    ("besatzungsliste_email_de", "de", False),
    ("hafenanlauf_meldung_de", "de", False),
    ("fundbuero_de", "de", False),
    ("manifeste_passagers_fr", "fr", False),
    ("rapport_incident_fr", "fr", False),
    ("reserva_amarre_es", "es", False),
    ("lista_equipaggio_it", "it", False),
    ("prenotazione_posto_barca_it", "it", False),
    ("aviso_escala_pt", "pt", False),
    ("manifesto_carga_pt", "pt", False),
    ("ligplaats_nl", "nl", False),
    ("zgloszenie_zdarzenia_pl", "pl", False),
    ("hamnanmalan_sv", "sv", False),
    ("gemiadami_tr", "tr", False),
    ("kokuu_jiko_ja", "ja", False),
]


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------
def _make(seed, i):
    rng = random.Random(f"blind70|{seed}|{i}")
    name, lang, empty, fn = KINDS[rng.randrange(len(KINDS))]
    b = Builder()
    fn(rng, b)
    return name, lang, b.doc(f"blind70-{seed}-{i:05d}")


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


_OPEN = "\"'([{<«“‘"
_CLOSE = "\"')]}>»”’"
_TRAIL = ".,;:!?"


def _shape(typ, s):
    """Return a problem string or None."""
    if typ == PER:
        if re.search(r"[\d@]", s) or len(s) < 2 or not s[0].isalpha():
            return "bad PERSON"
    elif typ == EML:
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", s):
            return "bad EMAIL"
    elif typ == PHN:
        nd = sum(c.isdigit() for c in s)
        if not re.fullmatch(r"[+(]?\d[\d\s().\-/]*\d", s) or not 7 <= nd <= 15:
            return "bad PHONE"
    elif typ == SSN:
        if not ssn_ok(s):
            return "bad SSN"
    elif typ == CC:
        d = re.sub(r"[ -]", "", s)
        if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
            return "bad CREDIT_CARD"
    elif typ == IBAN:
        if not iban_ok(s):
            return "bad IBAN"
    elif typ == IP:
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "bad IP"
    elif typ in (DOB, DT):
        if not re.search(r"\d", s):
            return "date without digit"
    elif typ == LOC:
        if re.search(r"[\d@]", s):
            return "bad LOCATION"
    elif typ == ADR:
        if not re.search(r"\d", s):
            return "ADDRESS without digit"
    elif typ == URL:
        if not re.fullmatch(r"https?://[^\s@]+", s) or re.match(r"https?://\d+\.\d+\.\d+\.\d+", s):
            return "bad URL"
    elif typ in (MRN, HPN, ACC, DL):
        if not re.search(r"\d", s) or not 4 <= len(s) <= 30:
            return f"bad {typ}"
    elif typ == AKID:
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", s):
            return "bad AWS_ACCESS_KEY"
    elif typ == ASK:
        if not re.fullmatch(r"[A-Za-z0-9/+]{40}", s):
            return "bad AWS_SECRET_KEY"
    elif typ == GHT:
        if not re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}", s):
            return "bad GITHUB_TOKEN"
    elif typ == SLK:
        if not re.fullmatch(r"xox[abpr]-[0-9A-Za-z-]{20,}", s):
            return "bad SLACK_TOKEN"
    elif typ == STK:
        if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{20,}", s):
            return "bad STRIPE_KEY"
    elif typ == JWT:
        parts = s.split(".")
        try:
            head = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            if len(parts) != 3 or "alg" not in head:
                return "bad JWT"
        except Exception:
            return "bad JWT"
    elif typ == PEM:
        if not (s.startswith("-----BEGIN ") and s.endswith("PRIVATE KEY-----") and "-----END " in s):
            return "bad PRIVATE_KEY"
    elif typ == PWD:
        if len(s) < 4 or re.search(r"\s", s):
            return "bad PASSWORD"
    elif typ == SEC:
        if len(s) < 16 or re.search(r"\s", s):
            return "bad GENERIC_SECRET"
    else:
        return f"unknown type {typ}"
    return None


def validate(doc):
    probs = []
    text = doc["text"]
    if not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)} outside 150-3000")
    prev_end = -1
    prev_start = -1
    for ent in doc["entities"]:
        s, e, t = ent["start"], ent["end"], ent["type"]
        tag = f"{t}[{s}:{e}]"
        if t not in ALL_TYPES:
            probs.append(f"{tag} unknown type")
        if not (0 <= s < e <= len(text)):
            probs.append(f"{tag} out of range")
            continue
        if s < prev_start:
            probs.append(f"{tag} not sorted")
        if s < prev_end:
            probs.append(f"{tag} overlaps previous")
        prev_end, prev_start = max(prev_end, e), s
        v = text[s:e]
        if v != v.strip():
            probs.append(f"{tag} leading/trailing whitespace {v!r}")
        if v[0] in _OPEN and not (v[0] == "(" and ")" in v):
            probs.append(f"{tag} starts with bracket/quote {v!r}")
        if v[-1] in _CLOSE and not (v[-1] == ")" and "(" in v) and t not in SECRET_TYPES:
            probs.append(f"{tag} ends with bracket/quote {v!r}")
        if v[-1] in _TRAIL and t not in SECRET_TYPES:
            probs.append(f"{tag} trailing punctuation {v!r}")
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            probs.append(f"{tag} starts inside a word {v!r}")
        if e < len(text) and (text[e].isalnum() or text[e] == "_"):
            probs.append(f"{tag} ends inside a word {v!r}")
        sp = _shape(t, v)
        if sp:
            probs.append(f"{tag} {sp}: {v!r}")
    return probs


def _mark(doc):
    text, out, last = doc["text"], [], 0
    for ent in doc["entities"]:
        out.append(text[last:ent["start"]])
        out.append(f"[[{ent['type']}: {text[ent['start']:ent['end']]}]]")
        last = ent["end"]
    out.append(text[last:])
    return "".join(out)


def _check(n=3000, seed=0):
    problems = []
    type_counts = collections.Counter()
    kind_counts = collections.Counter()
    non_en = no_ent = 0
    docs = []
    empty_kinds = {k[0] for k in KINDS if k[2]}
    for i in range(n):
        try:
            kind, lang, doc = _make(seed, i)
        except Exception as exc:  # pragma: no cover - reported as a problem
            problems.append(f"doc {i}: exception {exc!r}")
            continue
        docs.append(doc)
        kind_counts[kind] += 1
        non_en += lang != "en"
        no_ent += not doc["entities"]
        if kind in empty_kinds and doc["entities"]:
            problems.append(f"{doc['id']} ({kind}): empty kind has entities")
        if kind not in empty_kinds and not doc["entities"]:
            problems.append(f"{doc['id']} ({kind}): non-empty kind has no entities")
        for ent in doc["entities"]:
            type_counts[ent["type"]] += 1
        for p in validate(doc):
            problems.append(f"{doc['id']} ({kind}): {p}")
    # determinism and independence from n
    again = list(generate(n, seed))
    if again != docs:
        problems.append("generation is not deterministic")
    short = list(generate(min(n, 97), seed))
    if short != docs[:len(short)]:
        problems.append("document i depends on n")
    names = [k[0] for k in KINDS]
    if len(set(names)) != len(names):
        problems.append("duplicate kind names")
    missing = [t for t in ALL_TYPES if type_counts[t] == 0]
    print(f"kinds: {len(KINDS)} (used {len(kind_counts)})")
    print("per-type counts:")
    for t in ALL_TYPES:
        print(f"  {t:<22}{type_counts[t]:>7}")
    print("per-kind counts:")
    for k in names:
        print(f"  {k:<34}{kind_counts[k]:>5}")
    print(f"non-English share: {non_en / max(1, len(docs)):.3f}")
    print(f"no-entity share:   {no_ent / max(1, len(docs)):.3f}")
    lens = [len(d["text"]) for d in docs]
    print(f"doc length min/avg/max: {min(lens)}/{sum(lens) // len(lens)}/{max(lens)}")
    if missing:
        problems.append(f"missing types: {missing}")
    if len(KINDS) < 57:
        problems.append(f"only {len(KINDS)} kinds")
    for p in problems[:60]:
        print("PROBLEM:", p)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return _check(3000, a.seed)
    if a.sample:
        for i in range(a.sample):
            kind, lang, doc = _make(a.seed, i)
            print(f"===== {doc['id']}  kind={kind}  lang={lang}  entities={len(doc['entities'])}")
            print(_mark(doc))
            print()
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return 0
    ap.print_help()
    return 0


_register()

if __name__ == "__main__":
    sys.exit(main())
