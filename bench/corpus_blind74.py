"""Blind corpus 74: home health, elder care, assisted living, social care and hospice.

Synthetic, labelled test documents for a PII / PHI / secrets detector: care plans, visit
notes, medication administration records, caregiver timesheets, family portal messages,
Medicaid / long-term-care insurance claims, EVV exports, incident reports and agency
scheduling-system logs, in several languages. Standard library only; deterministic.

Usage: python3 bench/corpus_blind74.py [--check] [--sample K] [--n N --seed S --output F.jsonl]

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
import ipaddress
import json
import re
import string
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from random import Random

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = frozenset(TYPES)

MIN_LEN, MAX_LEN = 150, 3000


# ---------------------------------------------------------------------------
# Builder: spans are recorded while text is appended, never searched for.
# ---------------------------------------------------------------------------
class Doc:
    _ph = re.compile(r"\{(\d+)\}")

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.pos = 0
        self.ents: list[tuple[int, int, str]] = []

    def t(self, s: str) -> "Doc":
        self.buf.append(s)
        self.pos += len(s)
        return self

    def e(self, s: str, typ: str | None) -> "Doc":
        if typ is None:
            return self.t(s)
        start = self.pos
        self.t(s)
        self.ents.append((start, self.pos, typ))
        return self

    def f(self, tpl: str, *vals) -> "Doc":
        """Append template; {n} is replaced by vals[n] = str or (value, TYPE)."""
        parts = self._ph.split(tpl)
        for k, p in enumerate(parts):
            if k % 2 == 0:
                if p:
                    self.t(p)
            else:
                v = vals[int(p)]
                if isinstance(v, tuple):
                    self.e(v[0], v[1])
                else:
                    self.t(v)
        return self

    def text(self) -> str:
        return "".join(self.buf)


# ---------------------------------------------------------------------------
# Name pools (many cultures)
# ---------------------------------------------------------------------------
NAMES = {
    "us": (["Margaret", "Harold", "Dorothy", "Walter", "Evelyn", "Eugene", "Betty", "Raymond",
            "Gloria", "Frank", "Shirley", "Donald", "Lorraine", "Clarence", "Joan", "Arthur",
            "Patricia", "Kevin", "Tiffany", "Marcus", "Jasmine", "Latoya", "Brian", "Mildred",
            "Vernon", "Imogene", "Lucille", "Earl", "Rosalind", "Wendell"],
           ["Whitaker", "Halloran", "McAllister", "Brennan", "Dawson", "Pruitt", "Gallagher",
            "Sorensen", "Thibodeaux", "Washington", "Jefferson", "Okonkwo", "Lindqvist",
            "Abernathy", "Coleman", "Fitzgerald", "Haskins", "Merriweather", "Vanderpool",
            "Castellano", "Rutledge", "Blevins", "Stroud", "Kimball"]),
    "ph": (["Maricel", "Jocelyn", "Rowena", "Arnel", "Lourdes", "Jericho", "Marites", "Rodel",
            "Analyn", "Ma. Teresa"],
           ["Dela Cruz", "Bautista", "Santos", "Villanueva", "Manalo", "Macaraeg", "Pangilinan",
            "Dimaculangan", "Reyes", "Soriano"]),
    "ng": (["Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Adaeze", "Tunde",
            "Ifeoma", "Babatunde", "Chinonso"],
           ["Okafor", "Adeyemi", "Eze", "Nwosu", "Balogun", "Obi", "Adebayo", "Chukwu",
            "Ogunleye", "Nnamdi"]),
    "ht": (["Marie-Claude", "Jean-Baptiste", "Wisline", "Fritznel", "Nadège", "Ketly",
            "Rodrigue", "Guerline"],
           ["Pierre-Louis", "Joseph", "Saint-Fleur", "Jean-Charles", "Dorvil", "Cadet",
            "Désir", "Toussaint"]),
    "so": (["Hodan", "Farhiya", "Abdirahman", "Sahra", "Mohamed", "Ayaan", "Ilhan", "Yusuf"],
           ["Abdi", "Warsame", "Farah", "Hassan", "Jama", "Osman", "Nur", "Ahmed"]),
    "vn": (["Lan", "Minh", "Thao", "Huong", "Quang", "Ngoc Anh", "Tuan", "Phuong"],
           ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang", "Bui"]),
    "in": (["Priya", "Sunil", "Lakshmi", "Rajesh", "Deepa", "Anand", "Kavitha", "Venkatesh"],
           ["Raghunathan", "Menon", "Iyer", "Chatterjee", "Patel", "Deshpande", "Krishnan",
            "Bhattacharya"]),
    "mx": (["Guadalupe", "José Luis", "María Elena", "Refugio", "Socorro", "Juan Carlos",
            "Ximena", "Rosario"],
           ["Ramírez", "Hernández", "Gutiérrez", "Villaseñor", "Castañeda", "Ortiz", "Zamora",
            "Montoya"]),
    "cn": (["Wei", "Xiulan", "Jianguo", "Mei", "Hao", "Yufei"],
           ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu"]),
    "kr": (["Min-ji", "Sung-ho", "Ji-woo", "Young-soo", "Eun-ji"],
           ["Kim", "Park", "Choi", "Jung", "Kang"]),
    "jm": (["Delroy", "Marcia", "Winston", "Claudette", "Errol", "Sharmaine"],
           ["Campbell", "Grant", "Thompson", "McKenzie", "Brown", "Forbes"]),
    "ru": (["Svetlana", "Dmitri", "Galina", "Oksana", "Nikolai"],
           ["Ivanova", "Petrov", "Kuznetsova", "Sokolov", "Volkova"]),
    "de": (["Ingrid", "Helmut", "Gisela", "Wolfgang", "Ursula", "Klaus", "Brigitte", "Jürgen",
            "Hannelore", "Dieter", "Sabine", "Lukas"],
           ["Schneider", "Böhm", "Krüger", "Hoffmann", "Wagner", "Schäfer", "Zimmermann",
            "Weißenborn", "Becker", "Lehmann", "von Arnim"]),
    "fr": (["Jacqueline", "Michel", "Monique", "Bernard", "Françoise", "Gérard", "Odette",
            "Jean-Pierre", "Sylvie", "Thérèse"],
           ["Lefèvre", "Moreau", "Girard", "Dubois", "Lemaire", "Rousseau", "Fontaine",
            "Chevalier", "Mercier", "Gauthier"]),
    "es": (["Carmen", "Antonio", "Dolores", "Manuel", "Pilar", "Francisco", "Remedios",
            "Josefa", "Ángel", "Inmaculada"],
           ["García López", "Fernández", "Martínez Ruiz", "Sánchez", "Jiménez", "Navarro",
            "Moreno Gil", "Iglesias", "Domínguez", "Vázquez"]),
    "it": (["Giuseppina", "Salvatore", "Carla", "Giovanni", "Maria Grazia", "Vincenzo",
            "Rosaria", "Pasquale", "Elena", "Luigi"],
           ["Esposito", "Russo", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "De Luca", "Conti"]),
    "pt": (["Maria de Fátima", "António", "Conceição", "Joaquim", "Rosa", "Manuel",
            "Ana Paula", "Sebastião", "Luíza", "Raimundo"],
           ["Silva", "Ferreira", "Costa", "Oliveira", "Rodrigues", "Pereira", "Carvalho",
            "Gonçalves", "Almeida", "Nascimento"]),
    "nl": (["Johanna", "Cornelis", "Hendrika", "Willem", "Geertruida", "Pieter", "Anneke",
            "Gerrit", "Sanne", "Bram"],
           ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "van Dijk"]),
    "pl": (["Stanisława", "Zbigniew", "Halina", "Tadeusz", "Krystyna", "Henryk", "Jadwiga",
            "Wojciech", "Agnieszka", "Marek"],
           ["Kowalska", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski",
            "Zielińska", "Szymański", "Woźniak", "Dąbrowska"]),
    "sv": (["Birgitta", "Lennart", "Margareta", "Göran", "Ingegerd", "Sven", "Kerstin",
            "Bengt", "Elsa", "Anders"],
           ["Lindqvist", "Johansson", "Andersson", "Karlsson", "Nilsson", "Eriksson",
            "Bergström", "Sjöberg", "Öberg", "Lundgren"]),
    "tr": (["Ayşe", "Mehmet", "Fatma", "Mustafa", "Hatice", "Hüseyin", "Emine", "İbrahim",
            "Zeynep", "Ömer"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk",
            "Arslan", "Doğan"]),
    "ja": (["Haruko", "Shigeru", "Fumiko", "Takeshi", "Kazuko", "Hiroshi", "Yoshiko",
            "Masao", "Keiko", "Tomoko"],
           ["Yamamoto", "Tanaka", "Watanabe", "Suzuki", "Takahashi", "Kobayashi", "Sato",
            "Nakamura", "Ito", "Kato"]),
    "ja_native": (["花子", "茂", "文子", "健", "和子", "博", "良子", "正雄", "恵子", "智子"],
                  ["山本", "田中", "渡辺", "鈴木", "高橋", "小林", "佐藤", "中村", "伊藤", "加藤"]),
}
US_MIX = ["us", "us", "us", "ph", "ng", "ht", "so", "vn", "in", "mx", "cn", "kr", "jm", "ru",
          "pl", "it", "de"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"


def fl(r: Random, culture: str | None = None) -> tuple[str, str]:
    c = culture or r.choice(US_MIX)
    firsts, lasts = NAMES[c]
    return r.choice(firsts), r.choice(lasts)


def given(name: str) -> str:
    """Given name of a 'First [M.] Last' string (handles 'Ma. Teresa')."""
    parts = name.split()
    return " ".join(parts[:2]) if parts[0].endswith(".") and len(parts) > 2 else parts[0]


def full(r: Random, culture: str | None = None, style: str | None = None) -> str:
    f, l = fl(r, culture)
    if culture == "ja_native":
        return l + (" " if r.random() < 0.5 else "") + f
    style = style or r.choice(["fl", "fl", "fl", "fml", "lf", "FL", "fl"])
    if style == "fml":
        return f"{f} {r.choice(MIDDLE)}. {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "FL":
        return f"{f} {l}".upper()
    return f"{f} {l}"


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
US_CITIES = [("Columbus", "OH", "Ohio"), ("Dayton", "OH", "Ohio"), ("Tucson", "AZ", "Arizona"),
             ("Fresno", "CA", "California"), ("Sacramento", "CA", "California"),
             ("Albany", "NY", "New York"), ("Buffalo", "NY", "New York"),
             ("Tampa", "FL", "Florida"), ("Orlando", "FL", "Florida"), ("Boise", "ID", "Idaho"),
             ("Spokane", "WA", "Washington"), ("Tacoma", "WA", "Washington"),
             ("Lansing", "MI", "Michigan"), ("Toledo", "OH", "Ohio"), ("Omaha", "NE", "Nebraska"),
             ("Wichita", "KS", "Kansas"), ("Baton Rouge", "LA", "Louisiana"),
             ("Knoxville", "TN", "Tennessee"), ("Durham", "NC", "North Carolina"),
             ("Richmond", "VA", "Virginia"), ("Worcester", "MA", "Massachusetts"),
             ("Providence", "RI", "Rhode Island"), ("Hartford", "CT", "Connecticut"),
             ("Madison", "WI", "Wisconsin"), ("Saint Paul", "MN", "Minnesota"),
             ("Bangor", "ME", "Maine"), ("Scranton", "PA", "Pennsylvania"),
             ("El Paso", "TX", "Texas"), ("San Antonio", "TX", "Texas"),
             ("Paterson", "NJ", "New Jersey")]
US_STREETS = ["Maple Ave", "Oak Street", "Linden Dr", "Willow Ct", "Elm St", "Cedar Lane",
              "Birchwood Rd", "Pleasant Valley Rd", "N High St", "Sunset Blvd",
              "Lakeview Terrace", "Magnolia Way", "Prospect Ave", "Hawthorne Cir",
              "Orchard Hill Rd", "W 38th St", "Riverside Dr", "Quail Run", "Dogwood Trl",
              "Church Street", "Old Mill Rd", "S Washington Ave"]
US_UNITS = ["Apt 3B", "Unit 12", "#204", "Apt 1", "Unit C", "Apt 411", "Lot 27", "Rm 2"]


def us_street(r: Random) -> str:
    s = f"{r.randint(2, 9899)} {r.choice(US_STREETS)}"
    if r.random() < 0.35:
        s += (", " if r.random() < 0.5 else " ") + r.choice(US_UNITS)
    return s


def us_zip(r: Random) -> str:
    z = f"{r.randint(1001, 99950):05d}"
    if r.random() < 0.15:
        z += f"-{r.randint(1, 9999):04d}"
    return z


def us_place(r: Random):
    """-> street, city, st, state_full, zip"""
    c, st, full_st = r.choice(US_CITIES)
    return us_street(r), c, st, full_st, us_zip(r)


def us_addr(r: Random, multiline: bool = False) -> str:
    s, c, st, _, z = us_place(r)
    if r.random() < 0.06:
        s = f"{r.choice(['PO Box', 'P.O. Box', 'POB'])} {r.randint(10, 9999)}"
    if multiline:
        return f"{s}\n{c}, {st} {z}"
    return f"{s}, {c}, {st} {z}"


INTL = {
    "de": (["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Bremen", "Hannover",
            "Nürnberg", "Freiburg im Breisgau", "Kassel", "Münster"],
           ["Lindenstraße", "Hauptstraße", "Gartenweg", "Am Mühlbach", "Schillerstraße",
            "Rosenweg", "Bahnhofstraße", "Kirchgasse", "Eichendorffweg"], "Deutschland"),
    "fr": (["Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Rennes",
            "Montpellier", "Strasbourg", "Grenoble"],
           ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Acacias",
            "rue de la République", "chemin des Vignes", "place du Marché"], "France"),
    "es": (["Madrid", "Sevilla", "Valencia", "Zaragoza", "Málaga", "Bilbao", "Granada",
            "Murcia", "Salamanca"],
           ["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Paseo de Gracia",
            "Calle San Vicente", "Ronda de Toledo"], "España"),
    "it": (["Milano", "Torino", "Bologna", "Napoli", "Firenze", "Genova", "Palermo", "Verona",
            "Bari"],
           ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille",
            "Via San Francesco", "Piazza Cavour"], "Italia"),
    "pt": (["Lisboa", "Porto", "Coimbra", "Braga", "Setúbal", "Aveiro", "Faro"],
           ["Rua das Flores", "Avenida da Liberdade", "Rua de Santa Catarina",
            "Travessa do Carmo", "Rua Direita"], "Portugal"),
    "nl": (["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Haarlem",
            "Den Haag", "Zwolle"],
           ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Julianalaan",
            "Beatrixstraat"], "Nederland"),
    "pl": (["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Lublin"],
           ["ul. Długa", "ul. Mickiewicza", "ul. Kwiatowa", "al. Jerozolimskie", "ul. Polna",
            "ul. Ogrodowa"], "Polska"),
    "sv": (["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Umeå"],
           ["Storgatan", "Kungsgatan", "Ringvägen", "Skolgatan", "Björkvägen"], "Sverige"),
    "tr": (["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir"],
           ["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İnönü Bulvarı", "Bağdat Cad."],
           "Türkiye"),
    "gb": (["Leeds", "Bristol", "Sheffield", "Norwich", "Harrogate", "Exeter"],
           ["Bramble Close", "Station Road", "Victoria Terrace", "Mill Lane", "Church View"],
           "United Kingdom"),
}


def intl_addr(r: Random, cc: str, multiline: bool = False) -> tuple[str, str]:
    """-> (address string, city)"""
    cities, streets, country = INTL[cc]
    city = r.choice(cities)
    st = r.choice(streets)
    n = r.randint(1, 180)
    sep = "\n" if multiline else ", "
    if cc == "de":
        a = f"{st} {n}{r.choice(['', 'a', ''])}{sep}{r.randint(1067, 99998):05d} {city}"
    elif cc == "fr":
        a = f"{n} {st}{sep}{r.randint(1000, 95999):05d} {city}"
    elif cc == "es":
        a = f"{st} {n}, {r.randint(1, 9)}º {r.choice('ABCD')}{sep}{r.randint(1001, 50999):05d} {city}"
    elif cc == "it":
        a = f"{st} {n}{sep}{r.randint(10100, 90151):05d} {city}"
    elif cc == "pt":
        a = f"{st} {n}, {r.randint(1, 6)}.º {r.choice(['Esq', 'Dto'])}{sep}{r.randint(1000, 8999)}-{r.randint(1, 999):03d} {city}"
    elif cc == "nl":
        a = f"{st} {n}{sep}{r.randint(1011, 9999)} {r.choice('ABCDEGHJKLMNPRST')}{r.choice('ABCDEGHJKLMNPRST')} {city}"
    elif cc == "pl":
        a = f"{st} {n}/{r.randint(1, 40)}{sep}{r.randint(0, 99):02d}-{r.randint(0, 999):03d} {city}"
    elif cc == "sv":
        a = f"{st} {n}{sep}{r.randint(100, 985)} {r.randint(10, 99)} {city}"
    elif cc == "tr":
        a = f"{st} No: {n} D: {r.randint(1, 20)}{sep}{r.randint(1000, 81999):05d} {city}"
    else:  # gb
        pc = f"{r.choice(['LS', 'BS', 'S', 'NR', 'HG', 'EX'])}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        a = f"{n} {st}{sep}{city} {pc}"
    if r.random() < 0.2:
        a += sep + country
    return a, city


JP_ADDR = [("東京都渋谷区渋谷", "東京"), ("大阪府大阪市北区梅田", "大阪"), ("神奈川県横浜市中区山下町", "横浜"),
           ("愛知県名古屋市中村区名駅", "名古屋"), ("北海道札幌市中央区北一条西", "札幌"),
           ("福岡県福岡市博多区博多駅前", "福岡")]


def jp_addr(r: Random) -> str:
    pref, _ = r.choice(JP_ADDR)
    return f"〒{r.randint(100, 999)}-{r.randint(0, 9999):04d} {pref}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"


# ---------------------------------------------------------------------------
# Phone numbers (national and international formats)
# ---------------------------------------------------------------------------
US_AREAS = [614, 937, 520, 559, 916, 518, 716, 813, 407, 208, 509, 253, 517, 419, 402, 316,
            225, 865, 919, 804, 508, 401, 860, 608, 651, 207, 570, 915, 210, 973]


def d(r: Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def phone(r: Random, cc: str = "us") -> str:
    if cc == "us":
        a, x, y = r.choice(US_AREAS), r.randint(201, 989), r.randint(0, 9999)
        return r.choice([f"({a}) {x}-{y:04d}", f"{a}-{x}-{y:04d}", f"{a}.{x}.{y:04d}",
                         f"+1 {a} {x} {y:04d}", f"+1-{a}-{x}-{y:04d}", f"1 ({a}) {x}-{y:04d}",
                         f"{a}{x}{y:04d}"])
    if cc == "tollfree":
        return r.choice([f"1-800-{r.randint(200, 999)}-{r.randint(0, 9999):04d}",
                         f"(888) {r.randint(200, 999)}-{r.randint(0, 9999):04d}",
                         f"877.{r.randint(200, 999)}.{r.randint(0, 9999):04d}"])
    if cc == "de":
        return r.choice([f"+49 30 {d(r, 8)}", f"030 {d(r, 7)}", f"+49 (0)40 {d(r, 4)} {d(r, 3)}",
                         f"0171 {d(r, 7)}", f"+49 151 {d(r, 4)} {d(r, 4)}", f"089/{d(r, 6)}"])
    if cc == "fr":
        return r.choice([f"0{r.randint(1, 7)} {d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}",
                         f"+33 6 {d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}",
                         f"+33 (0)4 {d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}",
                         f"0{r.randint(1, 7)}.{d(r, 2)}.{d(r, 2)}.{d(r, 2)}.{d(r, 2)}"])
    if cc == "es":
        return r.choice([f"+34 6{d(r, 2)} {d(r, 3)} {d(r, 3)}", f"91 {d(r, 3)} {d(r, 2)} {d(r, 2)}",
                         f"6{d(r, 2)} {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"(+34) 95{d(r, 1)} {d(r, 6)}"])
    if cc == "it":
        return r.choice([f"+39 06 {d(r, 4)} {d(r, 4)}", f"02 {d(r, 8)}", f"347 {d(r, 3)} {d(r, 4)}",
                         f"+39 3{d(r, 2)} {d(r, 7)}"])
    if cc == "pt":
        return r.choice([f"+351 91 {d(r, 3)} {d(r, 4)}", f"21 {d(r, 3)} {d(r, 4)}",
                         f"+55 11 9{d(r, 4)}-{d(r, 4)}", f"(21) 9{d(r, 4)}-{d(r, 4)}"])
    if cc == "nl":
        return r.choice([f"+31 20 {d(r, 3)} {d(r, 4)}", f"06-{d(r, 8)}", f"030 {d(r, 3)} {d(r, 2)} {d(r, 2)}",
                         f"+31 6 {d(r, 4)} {d(r, 4)}"])
    if cc == "pl":
        return r.choice([f"+48 {r.randint(500, 799)} {d(r, 3)} {d(r, 3)}", f"22 {d(r, 3)} {d(r, 2)} {d(r, 2)}",
                         f"{r.randint(500, 799)}-{d(r, 3)}-{d(r, 3)}"])
    if cc == "sv":
        return r.choice([f"08-{d(r, 3)} {d(r, 3)} {d(r, 2)}", f"+46 70 {d(r, 3)} {d(r, 2)} {d(r, 2)}",
                         f"070-{d(r, 3)} {d(r, 2)} {d(r, 2)}", f"031-{d(r, 2)} {d(r, 2)} {d(r, 2)}"])
    if cc == "tr":
        return r.choice([f"+90 5{d(r, 2)} {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"0(5{d(r, 2)}) {d(r, 3)} {d(r, 2)} {d(r, 2)}",
                         f"0212 {d(r, 3)} {d(r, 2)} {d(r, 2)}"])
    if cc == "ja":
        return r.choice([f"03-{d(r, 4)}-{d(r, 4)}", f"090-{d(r, 4)}-{d(r, 4)}", f"+81 90-{d(r, 4)}-{d(r, 4)}",
                         f"06-{d(r, 4)}-{d(r, 4)}", f"(045) {d(r, 3)}-{d(r, 4)}"])
    if cc == "gb":
        return r.choice([f"+44 20 7946 {d(r, 4)}", f"0113 {d(r, 3)} {d(r, 4)}", f"07700 {d(r, 6)}",
                         f"+44 7700 {d(r, 6)}"])
    if cc == "intl":
        return phone(r, r.choice(["gb", "de", "fr", "ph", "ng", "in", "mx", "ca", "au"]))
    if cc == "ph":
        return r.choice([f"+63 917 {d(r, 3)} {d(r, 4)}", f"0917-{d(r, 3)}-{d(r, 4)}"])
    if cc == "ng":
        return r.choice([f"+234 803 {d(r, 3)} {d(r, 4)}", f"0803 {d(r, 3)} {d(r, 4)}"])
    if cc == "in":
        return r.choice([f"+91 98{d(r, 3)} {d(r, 5)}", f"+91-80-{d(r, 8)}"])
    if cc == "mx":
        return r.choice([f"+52 55 {d(r, 4)} {d(r, 4)}", f"+52 1 33 {d(r, 4)} {d(r, 4)}"])
    if cc == "ca":
        return f"+1 ({r.choice([416, 514, 604, 613])}) {r.randint(201, 989)}-{d(r, 4)}"
    if cc == "au":
        return r.choice([f"+61 2 {d(r, 4)} {d(r, 4)}", f"04{d(r, 2)} {d(r, 3)} {d(r, 3)}"])
    return phone(r, "us")


# ---------------------------------------------------------------------------
# Dates and times in many languages
# ---------------------------------------------------------------------------
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
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "ja": "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日".split(),
}


def rdate(r: Random, y0: int = 2023, y1: int = 2025) -> date:
    return date(y0, 1, 1) + timedelta(days=r.randint(0, (y1 - y0 + 1) * 365 - 1))


def rdob(r: Random, old: bool = True) -> date:
    return rdate(r, 1926, 1952) if old else rdate(r, 1958, 2001)


def fdate(r: Random, dt: date, lang: str = "en", style: str | None = None) -> str:
    m, dd, y = dt.month, dt.day, dt.year
    if lang == "en":
        st = style or r.choice(["us", "us", "iso", "long", "dmy", "abbr", "dash"])
        mn = MONTHS["en"][m - 1]
        return {"us": f"{m:02d}/{dd:02d}/{y}", "iso": dt.isoformat(), "long": f"{mn} {dd}, {y}",
                "dmy": f"{dd} {mn} {y}", "abbr": f"{dd}-{mn[:3]}-{y}", "dash": f"{m}-{dd}-{y}",
                "short": f"{m}/{dd}/{y % 100:02d}"}[st]
    if lang == "ja":
        return r.choice([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"令和{y - 2018}年{m}月{dd}日"
                         if y >= 2019 else f"{y}年{m}月{dd}日"])
    mn = MONTHS[lang][m - 1]
    st = style or r.choice(["num", "num", "long", "iso"])
    if st == "iso":
        return dt.isoformat()
    if st == "num":
        sep = {"de": ".", "pl": ".", "tr": ".", "nl": "-", "sv": "-"}.get(lang, "/")
        if lang == "sv":
            return dt.isoformat() if r.random() < 0.6 else f"{dd}/{m} {y}"
        return f"{dd:02d}{sep}{m:02d}{sep}{y}"
    if lang in ("es", "pt"):
        return f"{dd} de {mn} de {y}"
    if lang == "de":
        return f"{dd}. {mn} {y}"
    return f"{dd} {mn} {y}"


def ftime(r: Random, lang: str = "en", h: int | None = None, mi: int | None = None) -> str:
    h = r.randint(6, 20) if h is None else h
    mi = r.choice([0, 0, 15, 30, 45, 5, 10, 20, 40, 50]) if mi is None else mi
    if lang == "en":
        if r.random() < 0.65:
            return f"{(h - 1) % 12 + 1}:{mi:02d} {r.choice(['AM', 'am', 'a.m.'] if h < 12 else ['PM', 'pm', 'p.m.'])}".replace(
                "a.m.", "AM").replace("p.m.", "PM")
        return f"{h:02d}:{mi:02d}"
    if lang in ("fr", "pt") and r.random() < 0.6:
        return f"{h}h{mi:02d}"
    if lang == "de" and r.random() < 0.5:
        return f"{h:02d}:{mi:02d} Uhr"
    if lang == "ja":
        return f"{h}時{mi:02d}分" if r.random() < 0.5 else f"{h}:{mi:02d}"
    return f"{h:02d}:{mi:02d}"


JOIN = {"en": [" at ", " ", ", "], "de": [" um ", ", ", " "], "fr": [" à ", " ", ", "],
        "es": [" a las ", " ", ", "], "it": [" alle ", " ", ", ore "], "pt": [" às ", " ", ", "],
        "nl": [" om ", " ", ", "], "pl": [" o godz. ", " ", ", "], "sv": [" kl. ", " ", " "],
        "tr": [" saat ", " ", " "], "ja": [" ", ""]}


def fdatetime(r: Random, dt: date, lang: str = "en", weekday: bool | None = None) -> str:
    s = fdate(r, dt, lang)
    if weekday or (weekday is None and r.random() < 0.2):
        wd = WEEKDAYS[lang][dt.weekday()]
        s = f"{wd}, {s}" if lang != "ja" else f"{s}({wd[0]})"
    return s + r.choice(JOIN[lang]) + ftime(r, lang)


# ---------------------------------------------------------------------------
# Checksummed and structured identifiers
# ---------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    digs = [int(c) for c in num if c.isdigit()]
    tot = 0
    for k, v in enumerate(reversed(digs)):
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix: str, length: int, r: Random) -> str:
    body = prefix + d(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(r: Random, grouped: bool | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = luhn_complete("4", 16, r)
    elif kind == "mc":
        n = luhn_complete(str(r.randint(51, 55)), 16, r)
    elif kind == "disc":
        n = luhn_complete("6011", 16, r)
    else:
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
    if grouped is None:
        grouped = r.random() < 0.7
    if not grouped:
        return n
    sep = r.choice([" ", " ", "-"])
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[k:k + 4] for k in range(0, 16, 4))


def bad_card(r: Random) -> str:
    n = luhn_complete("4", 16, r)
    n = n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)
    return " ".join(n[k:k + 4] for k in range(0, 16, 4)) if r.random() < 0.5 else n


def ssn(r: Random, fmt: str | None = None) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    fmt = fmt or r.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{fmt}{g:02d}{fmt}{s:04d}"


def bad_ssn(r: Random) -> str:
    a = r.choice([0, 666, r.randint(900, 999)])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n",
             "PL": "8n16n", "PT": "4n4n11n2n", "SE": "3n17n", "TR": "5n1n16n", "GB": "4a6n8n",
             "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12n"}


def iban(r: Random, cc: str = "DE", grouped: bool | None = None) -> str:
    bban = ""
    for m in re.finditer(r"(\d+)([an])", IBAN_SPEC[cc]):
        n, kind = int(m.group(1)), m.group(2)
        bban += "".join(r.choice(string.ascii_uppercase if kind == "a" else string.digits) for _ in range(n))
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    ib = f"{cc}{chk:02d}{bban}"
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        return " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
    return ib


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(r: Random) -> str:
    an = MBI_L + string.digits
    s = (str(r.randint(1, 9)) + r.choice(MBI_L) + r.choice(an) + r.choice(string.digits)
         + r.choice(MBI_L) + r.choice(an) + r.choice(string.digits) + r.choice(MBI_L)
         + r.choice(MBI_L) + r.choice(string.digits) + r.choice(string.digits))
    return s if r.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def medicaid_id(r: Random) -> str:
    return r.choice([f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{d(r, 5)}{r.choice(string.ascii_uppercase)}",
                     d(r, 10), f"{d(r, 9)}{r.choice('ABCDEFGH')}", f"MA{d(r, 10)}", d(r, 12)])


def plan_id(r: Random) -> str:
    return r.choice([f"{r.choice(['W', 'XGH', 'YRK', 'ZQB', 'U'])}{d(r, 9)}", f"LTC-{d(r, 4)}-{d(r, 6)}",
                     f"GNW{d(r, 8)}", f"{d(r, 3)}-{d(r, 2)}-{d(r, 5)}-{r.choice(['01', '02', '00'])}",
                     f"JHC{d(r, 7)}A", f"{r.choice(string.ascii_uppercase)}{d(r, 8)}"])


def mrn(r: Random) -> str:
    return r.choice([d(r, 8), f"HH{d(r, 6)}", f"{r.choice(['A', 'M', 'E'])}{d(r, 7)}",
                     f"{d(r, 3)}-{d(r, 3)}-{d(r, 3)}", f"MR{d(r, 7)}", d(r, 7)])


def acct(r: Random) -> str:
    return r.choice([d(r, 10), f"PA-{d(r, 8)}", f"{d(r, 4)}-{d(r, 6)}", f"ACCT{d(r, 7)}",
                     d(r, 12), f"{d(r, 3)} {d(r, 4)} {d(r, 3)}"])


def dl(r: Random, st: str | None = None) -> str:
    st = st or r.choice(["CA", "NY", "FL", "TX", "IL", "WA", "OH", "PA"])
    U = string.ascii_uppercase
    if st == "CA":
        return f"{r.choice(U)}{d(r, 7)}"
    if st == "NY":
        return f"{d(r, 3)} {d(r, 3)} {d(r, 3)}"
    if st == "FL":
        return f"{r.choice(U)}{d(r, 3)}-{d(r, 3)}-{d(r, 2)}-{d(r, 3)}-{d(r, 1)}"
    if st == "IL":
        return f"{r.choice(U)}{d(r, 3)}-{d(r, 4)}-{d(r, 4)}"
    if st == "WA":
        return "WDL" + "".join(r.choice(U) for _ in range(3)) + d(r, 4) + r.choice(U) + r.choice(U + string.digits)
    if st == "OH":
        return f"{r.choice(U)}{r.choice(U)}{d(r, 6)}"
    if st == "PA":
        return f"{d(r, 2)} {d(r, 3)} {d(r, 3)}"
    return d(r, 8)


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"


def rs(r: Random, n: int, alpha: str = ALNUM) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def aws_ak(r: Random) -> str:
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")


def aws_sk(r: Random) -> str:
    return rs(r, 40, B64)


def gh_token(r: Random) -> str:
    if r.random() < 0.25:
        return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rs(r, 36)


def slack_token(r: Random) -> str:
    return f"{r.choice(['xoxb', 'xoxb', 'xoxp'])}-{d(r, 12)}-{d(r, 13)}-{rs(r, 24)}"


def stripe_key(r: Random) -> str:
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 99]))


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r: Random, sub: str = "") -> str:
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < 0.4:
        hdr["kid"] = rs(r, 8).lower()
    pl = {"sub": sub or f"usr_{d(r, 6)}", "iat": 1700000000 + r.randint(0, 60000000),
          "scope": r.choice(["evv.read", "visits:write", "portal", "scheduler admin"])}
    return (b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "."
            + b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(r, 43, ALNUM + "-_"))


def pem(r: Random) -> str:
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [rs(r, 64, B64) for _ in range(r.randint(4, 8))] + [rs(r, r.randint(8, 60), B64) + "=="]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


PW_WORDS = ["Sunflower", "Caregiver", "Maple", "Harbor", "Tulip", "Bluebird", "Orchid", "Comfort",
            "Lantern", "Meadow", "Willow", "Cobalt"]


def password(r: Random, dsn: bool = False) -> str:
    """dsn=True: no characters that would need escaping inside a URL / DSN or a shell word."""
    k = r.random()
    if k < 0.4:
        return f"{r.choice(PW_WORDS)}{r.choice(['!', '*', '-', '_'] if dsn else ['!', '#', '@', '$', '*'])}{r.randint(10, 2099)}"
    if k < 0.7:
        return rs(r, r.randint(12, 20), ALNUM + ("-_.~" if dsn else "!#%^*-_"))
    return f"{r.choice(PW_WORDS).lower()}-{r.choice(PW_WORDS).lower()}-{r.randint(10, 99)}"


def generic_secret(r: Random) -> str:
    return r.choice([rs(r, 32, string.hexdigits.lower()[:16]), "whsec_" + rs(r, 32),
                     rs(r, 40), "SG." + rs(r, 22) + "." + rs(r, 43), "key-" + rs(r, 32).lower(),
                     "AC" + rs(r, 32, "0123456789abcdef")[:32], rs(r, 48, ALNUM + "-_")])


# ---------------------------------------------------------------------------
# Network values, e-mails and URLs
# ---------------------------------------------------------------------------
def ipv4(r: Random) -> str:
    return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"{r.choice([23, 34, 52, 63, 71, 98, 104, 142, 184, 203])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])


def ipv6(r: Random) -> str:
    return f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}" if r.random() < 0.5 \
        else f"fe80::{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}"


def ip(r: Random) -> str:
    return ipv6(r) if r.random() < 0.2 else ipv4(r)


AGENCIES = ["BrightPath Home Health", "Comfort Keepers of the Valley", "Harbor Light Hospice",
            "Evergreen Senior Living", "Silver Oak Home Care", "Northstar Visiting Nurses",
            "Golden Years In-Home Care", "Riverbend Assisted Living", "Compass Hospice & Palliative Care",
            "Kindred Hearts Home Care", "Meadowbrook Adult Day Services", "Sunrise Companions"]
DOMAINS = ["brightpathhh.com", "silveroakcare.org", "harborlighthospice.org", "evergreen-sl.com",
           "northstarvna.org", "kindredhearts.care", "riverbendal.com", "compasshospice.net",
           "meadowbrookads.org", "sunrisecompanions.com"]
FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
            "comcast.net", "gmx.de", "orange.fr", "libero.it", "wp.pl", "telia.com", "ziggo.nl",
            "sapo.pt", "hotmail.es", "yandex.com.tr"]


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss"))
    s = "".join(c for c in s if ord(c) < 128)
    return re.sub(r"[^A-Za-z.]", "", s.replace(" ", "."))


def email(r: Random, name: str | None = None, domain: str | None = None) -> str:
    if name:
        parts = [p for p in re.split(r"[\s,]+", name) if p and "." not in p]
        base = ".".join(ascii_fold(p).lower() for p in parts[:2]) or "care"
        local = r.choice([base, base.replace(".", ""), base.replace(".", "_"), base + str(r.randint(1, 99))])
    else:
        local = r.choice(["intake", "scheduling", "billing", "office", "dispatch", "referrals",
                          "nursing", "hr", "evv-support", "familycare"])
    local = local.strip(".") or "care"
    return f"{local}@{domain or r.choice(FREEMAIL + DOMAINS)}"


def url(r: Random, dom: str | None = None) -> str:
    dom = dom or r.choice(DOMAINS)
    host = r.choice(["portal.", "www.", "app.", "family.", "evv.", ""]) + dom
    path = r.choice(["/visits/" + d(r, 6), "/family/messages?thread=" + d(r, 5), "/careplan/view?id=" + d(r, 7),
                     "/login", "/evv/export?week=" + str(r.randint(1, 52)), "/forms/incident",
                     "/api/v2/clients/" + d(r, 5) + "/mar", "/pay?invoice=INV-" + d(r, 6), ""])
    return f"https://{host}{path}"


# ---------------------------------------------------------------------------
# Domain vocabulary and hard negatives
# ---------------------------------------------------------------------------
DRUGS = ["Lisinopril 10 mg", "Metformin 500 mg", "Donepezil 5 mg", "Furosemide 40 mg",
         "Apixaban 5 mg", "Levothyroxine 75 mcg", "Sertraline 50 mg", "Morphine sulfate 5 mg/0.25 mL",
         "Lorazepam 0.5 mg", "Haloperidol 0.5 mg", "Senna 8.6 mg", "Acetaminophen 650 mg",
         "Memantine 10 mg", "Tamsulosin 0.4 mg", "Insulin glargine 18 units", "Oxycodone 5 mg",
         "Amlodipine 5 mg", "Carvedilol 6.25 mg", "Omeprazole 20 mg", "Quetiapine 25 mg"]
ICD = ["Z74.1", "G30.9", "I50.22", "E11.9", "J44.1", "F03.90", "I10", "M17.11", "Z99.81",
       "C34.90", "N18.4", "R26.81", "Z91.81", "L89.153", "G20"]
HCPCS = ["T1019", "T1020", "S5125", "S5130", "G0299", "G0300", "G0151", "G0152", "T2025",
         "S9123", "Q5001", "G0156", "99509"]
ROUTES = ["PO", "SL", "SubQ", "PR", "TD", "via G-tube"]
PETS = ["Biscuit", "Pepper", "Duke", "Mittens", "Rosie", "Bandit", "Lady"]
PRODUCTS = ["HHAeXchange", "Sandata", "AlayaCare", "WellSky", "Axxess", "CareTime", "Tellus",
            "KanTime", "Netsmart", "MatrixCare"]


def uuid(r: Random) -> str:
    h = rs(r, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(r: Random, n: int = 40) -> str:
    return rs(r, n, "0123456789abcdef")


def ver(r: Random) -> str:
    return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}"


def logts(r: Random, dt: date | None = None) -> str:
    dt = dt or rdate(r)
    t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    return r.choice([f"{dt.isoformat()}T{t}.{d(r, 3)}Z", f"{dt.isoformat()} {t},{d(r, 3)}", f"[{dt.isoformat()} {t}]",
                     f"{dt.strftime('%b %d')} {t}"])


def npi(r: Random) -> str:
    return "1" + d(r, 9)


def amount(r: Random, cur: str = "$") -> str:
    v = r.randint(1800, 950000) / 100
    if cur == "$":
        return f"${v:,.2f}"
    return f"{v:,.2f} {cur}".replace(",", " ").replace(".", ",")


def claim_no(r: Random) -> str:
    return r.choice([f"CLM-{d(r, 9)}", f"{d(r, 4)}{r.choice(string.ascii_uppercase)}{d(r, 8)}",
                     f"ICN {d(r, 13)}", f"TKT-{d(r, 6)}", f"INC{d(r, 7)}"])


def neg_line(r: Random) -> str:
    """A stand-alone line of unlabelled hard negatives."""
    return r.choice([
        f"Ref: {claim_no(r)} | build {ver(r)} | trace {uuid(r)}",
        f"Billing code {r.choice(HCPCS)} x {r.randint(1, 32)} units @ {amount(r)}; Dx {r.choice(ICD)}",
        f"Rendering NPI {npi(r)} · Group #{d(r, 6)} · Routing {r.choice(['021000021', '011000138', '121000358', '071000013'])}",
        f"Card on file **** **** **** {d(r, 4)} (masked) - SSN ***-**-{d(r, 4)}",
        f"Test value (invalid, do not use): {bad_card(r)} / {bad_ssn(r)}",
        f"Commit {sha(r, 12)} deployed ({r.choice(PRODUCTS)} connector v{ver(r)}), took {r.randint(2, 59)}s",
        f"Visit duration {r.randint(1, 8)}h {r.randint(0, 59)}m; mileage {r.randint(1, 60)}.{r.randint(0, 9)} mi; room {r.randint(100, 450)}",
        f"Auth #{d(r, 8)} approved for {r.randint(10, 60)} hrs/wk through end of quarter",
    ])


def pad(doc: Doc, r: Random) -> None:
    while doc.pos < MIN_LEN + 10:
        doc.t("\n" + neg_line(r))


# ---------------------------------------------------------------------------
# Label shorthands
# ---------------------------------------------------------------------------
def PER(v):
    return (v, "PERSON")


def PH(v):
    return (v, "PHONE_NUMBER")


def EM(v):
    return (v, "EMAIL_ADDRESS")


def DT(r, dt=None, lang="en", style=None):
    return (fdate(r, dt or rdate(r), lang, style), "DATE_TIME")


def DTT(r, dt=None, lang="en", weekday=None):
    return (fdatetime(r, dt or rdate(r), lang, weekday), "DATE_TIME")


def TM(r, lang="en", h=None, mi=None):
    return (ftime(r, lang, h, mi), "DATE_TIME")


def DOB(r, dt=None, lang="en", style=None, old=True):
    return (fdate(r, dt or rdob(r, old), lang, style), "DATE_OF_BIRTH")


class Pt:
    """A US client / patient with consistent attributes."""

    def __init__(self, r: Random, culture: str | None = None):
        self.first, self.last = fl(r, culture or r.choice(["us", "us", "us", "it", "pl", "de", "mx", "jm", "cn"]))
        self.name = f"{self.first} {self.last}"
        self.street, self.city, self.st, self.state, self.zip = us_place(r)
        self.dob = rdob(r)
        self.phone = phone(r)
        self.mrn = mrn(r)
        self.mbi = mbi(r)
        self.mcd = medicaid_id(r)
        self.addr = f"{self.street}, {self.city}, {self.st} {self.zip}"


# ---------------------------------------------------------------------------
# English document kinds (entity-bearing)
# ---------------------------------------------------------------------------
def k_care_plan(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    start = rdate(r)
    D.f("{0}\nPLAN OF CARE — HOME HEALTH CERTIFICATION AND PLAN OF TREATMENT\n\n", r.choice(AGENCIES))
    D.f("Patient name: {0}    Sex: {1}    DOB: {2}\n", PER(r.choice([p.name, f"{p.last}, {p.first}", p.name.upper()])),
        r.choice("FM"), DOB(r, p.dob))
    D.f("Address: {0}\nPhone: {1}\n", (p.addr, "ADDRESS"), PH(p.phone))
    D.f("Medicare No. (MBI): {0}    Medical Record #: {1}\n", (p.mbi, "HEALTH_PLAN_NUMBER"), (p.mrn, "MEDICAL_RECORD_NUMBER"))
    D.f("Certification period: {0} to {1}    SOC date: {2}\n", DT(r, start, style="us"),
        DT(r, start + timedelta(days=59), style="us"), DT(r, start, style="us"))
    D.f("Principal Dx: {0}   Other: {1}, {2}\n", r.choice(ICD), r.choice(ICD), r.choice(ICD))
    D.t("Medications: " + "; ".join(r.sample(DRUGS, 4)) + "\n")
    D.t(f"Preferred language: {r.choice(['English', 'Spanish (interpreter needed)', 'Tagalog', 'Haitian Creole', 'Polish', 'Vietnamese', 'Somali'])}\n")
    D.f("Orders: SN 1w1, 2w4, 1w4 for assessment, med teaching, wound care ({0}). HHA 3w9 for bathing/ADLs ({1}).\n",
        r.choice(HCPCS), "T1019")
    D.t("Functional limitations: ambulation, endurance, hearing. Activities permitted: walker, up as tolerated.\n")
    D.t(f"Safety: fall precautions, {r.choice(['oxygen in use – no smoking', 'bed alarm', 'grab bars installed'])}. "
        f"Lives {r.choice(['with spouse', 'with daughter', 'alone', 'with son and his dog ' + r.choice(PETS)])}.\n")
    D.f("Attending physician: Dr. {0}, NPI {1}, tel. {2}, fax {3}\n", PER(full(r, "us", "fl")), npi(r), PH(phone(r)), PH(phone(r)))
    fn, ln = fl(r)
    D.f("Emergency contact: {0} ({1}) {2}\n", PER(f"{fn} {ln}"), r.choice(["daughter", "son", "niece", "POA"]), PH(phone(r)))
    D.f("Nurse's signature: {0}, RN    Date verbal SOC: {1}\n", PER(full(r, None, "fl")), DT(r, start, style="us"))
    return D


def k_sn_visit_note(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    vd = rdate(r)
    D.f("SKILLED NURSING VISIT NOTE\nClient: {0}  MRN {1}\nVisit date: {2}  Time in: {3}  Time out: {4}\n\n",
        PER(p.name), (p.mrn, "MEDICAL_RECORD_NUMBER"), DT(r, vd), TM(r, h=r.randint(8, 10)), TM(r, h=r.randint(11, 13)))
    D.t(f"S: Pt reports {r.choice(['less SOB', 'poor appetite', 'pain 4/10 at L knee', 'dizziness on standing'])}. "
        "Daughter ")
    fn = fl(r, "us")[0]
    D.f("{0} present, states {1}'s weights have been stable.\n", PER(fn), PER(p.first))
    D.t(f"O: BP {r.randint(100, 160)}/{r.randint(60, 95)}, HR {r.randint(58, 104)}, RR {r.randint(14, 22)}, "
        f"SpO2 {r.randint(88, 99)}% RA, T 98.{r.randint(0, 9)}F, wt {r.randint(98, 240)} lb. "
        f"Stage {r.randint(2, 3)} sacral wound {r.randint(1, 4)}.{r.randint(0, 9)} x {r.randint(1, 3)}.{r.randint(0, 9)} cm.\n")
    D.t(f"A: {r.choice(ICD)} stable; med compliance fair. Pillbox refilled ({r.choice(DRUGS)}).\n")
    D.f("P: Continue POC. Call MD if wt gain > 3 lb. Next SN visit {0}.\n", DTT(r, vd + timedelta(days=r.randint(2, 7))))
    D.f("Signed electronically by {0}, RN at {1}\n", PER(full(r)), f"device EVV-{d(r, 5)}")
    return D


def k_mar(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    sep = r.choice(["\t", " | ", ","])
    month = rdate(r)
    D.f("MEDICATION ADMINISTRATION RECORD — {0}\nResident: {1}   Room {2}   DOB {3}   Allergies: {4}\n",
        r.choice(["Riverbend Assisted Living", "Evergreen Senior Living – Memory Care", "Maple Court ALF"]),
        PER(r.choice([p.name, f"{p.last.upper()}, {p.first.upper()}"])), str(r.randint(101, 340)),
        DOB(r, p.dob, style="us"), r.choice(["PCN", "NKDA", "sulfa, latex"]))
    D.t(sep.join(["Medication", "Route", "Date", "Time", "Given by", "Note"]) + "\n")
    for k in range(r.randint(3, 6)):
        day = month + timedelta(days=k // 2)
        D.f("{0}" + sep + "{1}" + sep + "{2}" + sep + "{3}" + sep + "{4}" + sep + "{5}\n",
            r.choice(DRUGS), r.choice(ROUTES), DT(r, day, style=r.choice(["us", "iso"])),
            TM(r, h=r.choice([8, 9, 13, 17, 20, 21]), mi=0),
            PER(r.choice([full(r, None, "fl"), fl(r)[0]])),
            r.choice(["given", "refused", "held – SBP < 100", "given, PRN effective", "LOA with family"]))
    D.f("Pharmacy: {0}  ph {1}\n", r.choice(["Omnicare #" + d(r, 4), "PharMerica", "Walgreens #" + d(r, 5)]), PH(phone(r)))
    return D


def k_timesheet_csv(r: Random) -> Doc:
    D = Doc()
    cg = full(r, r.choice(["ph", "ng", "ht", "so", "mx", "jm", "us"]), "fl")
    emp = f"E{d(r, 5)}"
    D.t("employee_id,caregiver,client,service_date,time_in,time_out,hours,svc_code,mileage,notes\n")
    clients = [Pt(r) for _ in range(2)]
    day = rdate(r)
    for k in range(r.randint(3, 12)):
        c = r.choice(clients)
        h = r.randint(7, 15)
        D.f(emp + ",{0},{1},{2},{3},{4}," + f"{r.randint(2, 8)}.{r.choice(['0', '25', '5', '75'])},{r.choice(HCPCS)},{r.randint(0, 40)}," + "{5}\n",
            PER(cg), PER(c.name), DT(r, day + timedelta(days=k), style="us"),
            TM(r, h=h), TM(r, h=h + r.randint(2, 6)),
            r.choice(["", "client at day program", "late - traffic", "bathing + meal prep", "shopping w/ client"]))
    D.f("\nSubmitted by {0} <{1}> — approved by coordinator {2}\n", PER(cg), EM(email(r, cg)), PER(full(r, "us", "fl")))
    return D


def k_family_portal(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    fam = fl(r, "us")[0] + " " + p.last
    coord = full(r, None, "fl")
    D.f("Family Portal › Messages › {0}\n\n", PER(p.name))
    D.f("From: {0} (daughter)\nSent: {1}\n", PER(fam), r.choice(["2 days ago", "yesterday", "just now", "3 hours ago"]))
    D.f("Hi, this is {0}. Mom said the aide didn't come on {1}. Can you check? Also her new Medicaid number is {2} — "
        "please update it so billing stops calling me at {3}.\n\n",
        PER(given(fam)), DT(r, style=r.choice(["long", "us"])), (p.mcd, "HEALTH_PLAN_NUMBER"), PH(phone(r)))
    D.f("From: {0}, Care Coordinator\n", PER(coord))
    D.f("Hello {0}, so sorry! {1} had a flat tire; we sent {2} instead at {3}. The EVV record shows check-in at the "
        "address on file ({4}). I've updated the Medicaid ID. You can view the schedule at {5}.\n",
        PER(given(fam)), PER(fl(r, r.choice(["ph", "ng", "ht"]))[0]), PER(fl(r, r.choice(["so", "vn", "mx"]))[0]),
        TM(r), (p.addr, "ADDRESS"), (url(r), "URL"))
    D.t(f"— Ticket {claim_no(r)}\n")
    return D


def k_x12_837(r: Random) -> Doc:
    D, p = Doc(), Pt(r, "us")
    dt = rdate(r)
    ts = dt.strftime("%y%m%d")
    D.t(f"ISA*00*          *00*          *ZZ*{d(r, 9)}      *ZZ*MCDOH          *{ts}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*^*00501*{d(r, 9)}*0*P*:~\n")
    D.t(f"GS*HC*{d(r, 9)}*MCDOH*{dt.strftime('%Y%m%d')}*{r.randint(10, 23):02d}{r.randint(0, 59):02d}*{r.randint(1, 9999)}*X*005010X222A1~\nST*837*0001*005010X222A1~\n")
    D.t(f"NM1*85*2*{r.choice(AGENCIES).upper()}*****XX*{npi(r)}~\n")
    D.f("NM1*IL*1*{0}*{1}****MI*{2}~\n", PER(p.last.upper()), PER(p.first.upper()), (p.mcd, "HEALTH_PLAN_NUMBER"))
    D.f("N3*{0}~\nN4*{1}*{2}*{3}~\n", (p.street.upper(), "ADDRESS"), (p.city.upper(), "LOCATION"), (p.st, "LOCATION"), p.zip.replace("-", ""))
    D.f("DMG*D8*{0}*{1}~\n", (p.dob.strftime("%Y%m%d"), "DATE_OF_BIRTH"), r.choice("FM"))
    D.t(f"CLM*{claim_no(r).replace(' ', '')}*{r.randint(80, 2400)}.{r.randint(0, 99):02d}***12:B:1*Y*A*Y*Y~\n")
    D.t(f"HI*ABK:{r.choice(ICD).replace('.', '')}~\n")
    for k in range(r.randint(1, 3)):
        D.t(f"LX*{k + 1}~\nSV1*HC:{r.choice(HCPCS)}*{r.randint(20, 400)}*UN*{r.randint(4, 40)}***1~\n")
        D.f("DTP*472*D8*{0}~\n", (( dt + timedelta(days=k)).strftime("%Y%m%d"), "DATE_TIME"))
    D.t(f"SE*{r.randint(20, 40)}*0001~\nGE*1*{r.randint(1, 9999)}~\nIEA*1*{d(r, 9)}~\n")
    return D


def k_ltc_claim(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    carrier = r.choice(["Genworth", "John Hancock LTC", "Mutual of Omaha", "Transamerica LTC"])
    D.f("{0} — LONG-TERM CARE BENEFIT CLAIM FORM (Part B: Provider Statement)\n\n", carrier)
    D.f("1. Insured's name: {0}\n2. Policy number: {1}\n3. Date of birth: {2}\n4. SSN (last four only): ***-**-{3}\n",
        PER(p.name), (plan_id(r), "HEALTH_PLAN_NUMBER"), DOB(r, p.dob), d(r, 4))
    D.f("5. Residence: {0}\n", (us_addr(r, multiline=r.random() < 0.4), "ADDRESS"))
    a, b = rdate(r), None
    b = a + timedelta(days=r.randint(14, 31))
    D.f("6. Dates of service: from {0} through {1}\n", DT(r, a), DT(r, b))
    D.t(f"7. Services: personal care / homemaker, {r.randint(20, 168)} hours @ ${r.randint(26, 38)}.00/hr = {amount(r)}\n"
        f"8. ADL deficits: bathing, dressing, transferring, continence. Cognitive impairment: {r.choice(['yes', 'no'])}.\n")
    D.f("9. Provider: {0}, Tax ID {1}-{2}\n   Contact: {3}, Billing Manager, {4}, {5}\n",
        r.choice(AGENCIES), d(r, 2), d(r, 7), PER(full(r, None, "fl")), PH(phone(r)), EM(email(r)))
    D.f("10. Pay benefits to: [x] provider  [ ] insured.  Provider account {0}\n", (acct(r), "ACCOUNT_NUMBER"))
    D.f("Claim #{0} (office use)   Elimination period satisfied: {1}\n", d(r, 10), DT(r))
    return D


def k_evv_csv(r: Random) -> Doc:
    D = Doc()
    sep = r.choice([",", "\t", ";", "|"])
    hdr = ["VisitID", "MemberName", "MemberMedicaidID", "CaregiverName", "ScheduledStart", "ClockIn", "ClockOut",
           "GPS_Lat", "GPS_Lon", "Method", "ServiceCode"]
    D.t(sep.join(hdr) + "\n")
    for k in range(r.randint(2, 10)):
        p = Pt(r)
        day = rdate(r)
        h = r.randint(6, 16)
        D.f(f"{uuid(r)[:18]}{sep}" + "{0}" + sep + "{1}" + sep + "{2}" + sep + "{3}" + sep + "{4}" + sep + "{5}" + sep
            + f"{r.uniform(25, 47):.5f}{sep}{-r.uniform(71, 122):.5f}{sep}{r.choice(['GPS', 'IVR', 'FOB', 'App'])}{sep}{r.choice(HCPCS)}\n",
            PER(r.choice([p.name, f"{p.last}, {p.first}", p.name.upper()])), (p.mcd, "HEALTH_PLAN_NUMBER"),
            PER(full(r, r.choice(["ph", "ng", "ht", "so", "mx"]), "fl")),
            (f"{day.isoformat()} {h:02d}:00", "DATE_TIME"),
            (f"{day.isoformat()} {h:02d}:{r.randint(0, 12):02d}", "DATE_TIME"),
            (f"{day.isoformat()} {h + r.randint(1, 6):02d}:{r.randint(0, 59):02d}", "DATE_TIME"))
    D.t(f"# export generated by {r.choice(PRODUCTS)} v{ver(r)} batch {d(r, 7)}\n")
    return D


def seg(D: Doc, fields: list, end: str = "\r") -> None:
    """Append one delimited segment; a field is str, (value, TYPE) or a list of those."""
    for k, v in enumerate(fields):
        if k:
            D.t("|")
        for piece in (v if isinstance(v, list) else [v]):
            if isinstance(piece, tuple):
                D.e(piece[0], piece[1])
            else:
                D.t(piece)
    D.t(end)


def hl7(D: Doc, name: str, vals: dict, end: str = "\r") -> None:
    n = max(vals)
    seg(D, [name] + [vals.get(k, "") for k in range(1, n + 1)], end)


def k_incident_report(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    when = rdate(r)
    staff = full(r, r.choice(["ph", "ng", "jm", "us", "ht"]), "fl")
    D.f("INCIDENT / OCCURRENCE REPORT — CONFIDENTIAL QA DOCUMENT\nReport #{0}\n\n", f"IR-{when.year}-{d(r, 4)}")
    D.f("Client: {0}   DOB: {1}   Client ID (MRN): {2}\n", PER(p.name), DOB(r, p.dob), (p.mrn, "MEDICAL_RECORD_NUMBER"))
    D.f("Date/time of incident: {0}\nLocation: client home, {1}\n", DTT(r, when), (p.addr, "ADDRESS"))
    D.t(f"Type: {r.choice(['Fall – unwitnessed', 'Medication error – missed dose', 'Skin tear', 'Elopement attempt', 'Verbal aggression'])}\n")
    D.f("Description: On arrival aide {0} found {1} on the bathroom floor, alert, c/o R hip pain. "
        "Did not move client; called 911 and supervisor {2} at {3}. EMS transported to {4}.\n",
        PER(staff), PER(p.first), PER(full(r, "us", "fl")), PH(phone(r)),
        r.choice(["St. Vincent Medical Center", "Mercy Hospital", "Good Samaritan Hospital", "Baptist Health"]))
    D.f("Family notified: {0} ({1}) at {2}. Physician notified: Dr. {3}.\n",
        PER(full(r, "us", "fl")), r.choice(["son", "daughter", "spouse", "guardian"]), TM(r), PER(fl(r, "us")[1]))
    D.t(f"Contributing factors: throw rug, poor lighting, {r.choice(DRUGS).split()[0]} started last week.\n"
        f"Follow-up: PT eval ordered; QA case {claim_no(r)}; reviewed by DON within 24 hours.\n")
    D.f("Reported by: {0}    Date: {1}\n", PER(staff), DT(r, when))
    return D


def k_sched_log(r: Random) -> Doc:
    D = Doc()
    day = rdate(r)
    svc = r.choice(["scheduler-api", "evv-sync", "portal-web", "caretime-worker"])
    for k in range(r.randint(4, 16)):
        D.t(f"{logts(r, day)} {r.choice(['INFO', 'INFO', 'WARN', 'ERROR', 'DEBUG'])} [{svc}] ")
        c = r.randint(0, 7)
        if c <= 1:
            u = email(r, full(r)) if c == 0 else fl(r)[0].lower() + "." + d(r, 2)
            D.f("login ok user={0} src={1} session={2}\n", EM(u) if c == 0 else u, (ip(r), "IP_ADDRESS"), uuid(r))
        elif c == 2:
            D.f("visit {0} reassigned caregiver_id={1} -> {2} client_id={3}\n", f"V{d(r, 8)}", f"CG{d(r, 5)}", f"CG{d(r, 5)}", f"C{d(r, 6)}")
        elif c == 3:
            D.f("sms reminder queued to={0} template=visit_tomorrow msg_id={1}\n", PH(f"+1{r.choice(US_AREAS)}{r.randint(201, 989)}{d(r, 4)}"), sha(r, 16))
        elif c == 4:
            D.f("EVV aggregator POST {0} -> 401; retry {1}/5 (token expired)\n",
                (f"https://{r.choice(['api.sandata.com', 'evv.hhaexchange.com', 'aggregator.tellusevv.com'])}/v1/visits", "URL"),
                str(r.randint(1, 4)))
        elif c == 5:
            a = ip(r)
            D.f("upstream " + ("[{0}]" if ":" in a else "{0}") + ":{1} timeout after {2}ms\n", (a, "IP_ADDRESS"),
                str(r.choice([443, 5432, 6379])), str(r.randint(3000, 30000)))
        elif c == 6:
            D.f("GET /api/v2/clients/{0}/careplan 200 {1}ms ua=\"{2}\"\n", d(r, 5), str(r.randint(8, 900)), f"CareApp/{ver(r)} (iOS 17)")
        else:
            D.f("auth header rejected: Bearer {0}\n", (jwt(r), "JWT"))
    return D


def k_hl7_adt(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    ts = rdate(r).strftime("%Y%m%d") + f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    ev = r.choice(["A04", "A08", "A03"])
    hl7(D, "MSH", {1: "^~\\&", 2: r.choice(PRODUCTS).upper(), 3: "HHA" + d(r, 3), 4: "HIE", 5: "STATE", 6: ts,
                   8: "ADT^" + ev, 9: f"MSG{d(r, 8)}", 10: "P", 11: "2.5.1"})
    hl7(D, "EVN", {1: ev, 2: ts})
    nm = f"{p.last.upper()}^{p.first.upper()}^{r.choice(MIDDLE)}"
    hl7(D, "PID", {1: "1", 3: [(p.mrn, "MEDICAL_RECORD_NUMBER"), "^^^HHA^MR"], 5: (nm, "PERSON"),
                   7: (p.dob.strftime("%Y%m%d"), "DATE_OF_BIRTH"), 8: r.choice("FM"), 10: "2106-3",
                   11: (f"{p.street.upper()}^^{p.city.upper()}^{p.st}^{p.zip}^USA", "ADDRESS"),
                   13: (p.phone, "PHONE_NUMBER"), 18: (acct(r), "ACCOUNT_NUMBER"), 19: (ssn(r, "-"), "US_SSN")})
    nf = fl(r, "us")[0]
    hl7(D, "NK1", {1: "1", 2: (f"{p.last.upper()}^{nf.upper()}", "PERSON"), 3: "DAU^Daughter",
                   5: (phone(r), "PHONE_NUMBER")})
    df, dl_ = fl(r, "us")
    hl7(D, "PV1", {1: "1", 2: "R", 3: "HOMEHEALTH", 7: [npi(r) + "^", (f"{dl_.upper()}^{df.upper()}", "PERSON"), "^^^DR"]})
    hl7(D, "IN1", {1: "1", 2: r.choice(["MCD", "MCR", "LTC"]), 3: d(r, 5),
                   4: r.choice(["STATE MEDICAID", "MEDICARE PART A", "GENWORTH LTC"]), 8: f"GRP{d(r, 4)}",
                   16: (f"{p.last.upper()}^{p.first.upper()}", "PERSON"), 17: "SEL",
                   18: (p.dob.strftime("%Y%m%d"), "DATE_OF_BIRTH"), 36: (p.mcd, "HEALTH_PLAN_NUMBER")}, end="\n")
    return D


def k_fhir_patient(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    D.f('{\n  "resourceType": "Patient",\n  "id": "{0}",\n  "meta": {"lastUpdated": "{1}"},\n', uuid(r),
        f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z")
    D.f('  "identifier": [\n    {"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.{0}", "value": "{1}"},\n',
        d(r, 4), (p.mrn, "MEDICAL_RECORD_NUMBER"))
    D.f('    {"type": {"text": "Medicaid ID"}, "system": "urn:oid:2.16.840.1.113883.4.{0}", "value": "{1}"}\n  ],\n',
        d(r, 3), (p.mcd, "HEALTH_PLAN_NUMBER"))
    D.f('  "name": [{"use": "official", "family": "{0}", "given": ["{1}"]}],\n', PER(p.last), PER(p.first))
    D.f('  "telecom": [{"system": "phone", "value": "{0}", "use": "home"}, {"system": "email", "value": "{1}"}],\n',
        PH(p.phone), EM(email(r, p.name)))
    D.f('  "gender": "{0}",\n  "birthDate": "{1}",\n', r.choice(["female", "male"]), (p.dob.isoformat(), "DATE_OF_BIRTH"))
    D.f('  "address": [{"use": "home", "line": ["{0}"], "city": "{1}", "state": "{2}", "postalCode": "{3}", "country": "US"}],\n',
        (p.street, "ADDRESS"), (p.city, "LOCATION"), (p.st, "LOCATION"), p.zip)
    cf, cl = fl(r, "us")
    D.f('  "contact": [{"relationship": [{"text": "emergency"}], "name": {"family": "{0}", "given": ["{1}"]}, '
        '"telecom": [{"system": "phone", "value": "{2}"}]}],\n', PER(cl), PER(cf), PH(phone(r)))
    D.f('  "generalPractitioner": [{"reference": "Practitioner/{0}", "display": "Dr. {1}"}]\n}\n', d(r, 6), PER(full(r, "us", "fl")))
    return D


def k_referral_fax(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    hosp = r.choice(["Mercy Regional Medical Center", "University Hospital", "St. Luke's Health", "Riverside Methodist"])
    D.f("*** FAX COVER SHEET ***\n{0} — Case Management / Discharge Planning\n\n", hosp)
    D.f("TO: {0} Intake        FAX: {1}\nFROM: {2}, RN CM        PHONE: {3}{4}\nDATE: {5}      PAGES: {6} (incl. cover)\n\n",
        r.choice(AGENCIES), PH(phone(r)), PER(full(r, None, "fl")), PH(phone(r)),
        r.choice(["", f" ext. {r.randint(100, 9999)}", f" x{r.randint(100, 999)}"]), DT(r), str(r.randint(4, 22)))
    D.f("RE: Home health referral — {0}, DOB {1}\n", PER(f"{p.last}, {p.first}"), DOB(r, p.dob, style="us"))
    D.f("Anticipated discharge: {0}. Services requested: SN, PT, HHA. Dx {1}, {2}.\n",
        DTT(r), r.choice(ICD), r.choice(ICD))
    D.f("Insurance: Medicare A {0}; secondary Medicaid {1}\n", (p.mbi, "HEALTH_PLAN_NUMBER"), (p.mcd, "HEALTH_PLAN_NUMBER"))
    D.f("D/C address: {0}\nCaregiver: {1} (spouse) {2}\n", (us_addr(r, True), "ADDRESS"), PER(full(r, "us", "fl")), PH(phone(r)))
    D.t("\nCONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, "
        "notify the sender and destroy all copies.\n")
    return D


def k_hospice_email(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    sn = full(r, None, "fl")
    se = email(r, sn, r.choice(DOMAINS))
    D.f("From: {0} <{1}>\nTo: {2}\nDate: {3}\nSubject: New hospice admission – {4}\n\n",
        PER(sn), EM(se), EM(email(r, None, r.choice(DOMAINS))),
        f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {r.randint(1, 28)} {r.choice(['Jan', 'Feb', 'Mar', 'Apr', 'Oct'])} 2024 {r.randint(7, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} -0500",
        PER(p.first[0] + ". " + p.last))
    D.f("Team,\n\n{0} ({1}) signed the election statement today. Admission visit scheduled {2} with {3}, RN.\n",
        PER(p.name), r.choice(["ALS", "end-stage CHF", "metastatic lung CA", "Alzheimer's dementia, FAST 7c"]),
        DTT(r), PER(full(r, None, "fl")))
    D.f("Address: {0}. Gate code is {1}; dog {2} is friendly.\n", (p.addr, "ADDRESS"), (str(r.randint(1000, 9999)), "PASSWORD"), r.choice(PETS))
    D.f("DOB {0} · MBI {1} · DNR on file. Comfort kit ({2}, {3}) to be delivered by {4}.\n", DOB(r, p.dob),
        (p.mbi, "HEALTH_PLAN_NUMBER"), r.choice(DRUGS[7:10]), r.choice(DRUGS[8:11]), TM(r))
    D.f("Primary contact: {0} (wife) {1}; after hours please use the on-call line {2}.\n\nThanks,\n{3}\n",
        PER(full(r, "us", "fl")), PH(phone(r)), PH(phone(r, "tollfree")), PER(given(sn)))
    return D


def k_intake_chat(r: Random) -> Doc:
    D = Doc()
    fam = full(r, None, "fl")
    mom_f, mom_l = fl(r)
    agent = fl(r, "us")[0]
    t0 = r.randint(8, 17)
    mi = r.randint(0, 40)

    def ts():
        nonlocal mi
        mi += r.randint(0, 3)
        return f"[{t0:02d}:{mi:02d}] "
    D.f("{0}Bot: Welcome to {1}! How can we help today?\n", ts(), r.choice(AGENCIES))
    D.f("{0}Visitor: looking for in-home care for my mother, she lives in {1}\n", ts(),
        (r.choice([f"{c}, {st}" for c, st, _ in US_CITIES]), "LOCATION"))
    D.f("{0}Agent {1}: Happy to help. Can I get your name and the best number to reach you?\n", ts(), PER(agent))
    D.f("{0}Visitor: {1}, cell {2}\n", ts(), PER(fam), PH(phone(r)))
    D.f("{0}Visitor: her name is {1}, born {2}, Medicaid # {3}\n", ts(), PER(f"{mom_f} {mom_l}"), DOB(r),
        (medicaid_id(r), "HEALTH_PLAN_NUMBER"))
    D.f("{0}Agent {1}: Thank you. Our assessment nurse can come {2}. Does that work?\n", ts(), PER(agent), DTT(r))
    D.f("{0}Visitor: yes. address is {1}\n", ts(), (us_addr(r), "ADDRESS"))
    D.f("{0}Agent {1}: Booked. Confirmation goes to {2}. Ref {3}.\n", ts(), PER(agent), EM(email(r, fam)), f"BK-{d(r, 6)}")
    return D


def k_onboarding_ticket(r: Random) -> Doc:
    D = Doc()
    cg = full(r, r.choice(["ph", "ng", "ht", "so", "mx", "jm", "vn", "ru"]), "fl")
    st = r.choice(["CA", "NY", "FL", "IL", "OH", "WA", "PA", "TX"])
    D.f("[HR-{0}] Caregiver onboarding – background check ({1})\nStatus: In Progress   Priority: High   Reporter: {2}\n\n",
        d(r, 4), PER(cg), PER(full(r, "us", "fl")))
    D.f("Applicant: {0}\nDOB: {1}\nSSN: {2}\nDriver license: {3} ({4})\nHome: {5}\nMobile: {6}\nEmail: {7}\n",
        PER(cg), DOB(r, old=False), (ssn(r), "US_SSN"), (dl(r, st), "DRIVER_LICENSE"), st, (us_addr(r), "ADDRESS"),
        PH(phone(r)), EM(email(r, cg)))
    D.t(f"\nChecklist: TB test neg ({r.choice(['QuantiFERON', 'PPD'])}), CPR cert exp {r.randint(2025, 2027)}, "
        f"I-9 verified, OIG exclusion check clear, E-Verify case {d(r, 13)}.\n")
    D.f("Orientation booked {0}; first shift shadowing {1}.\n", DTT(r), PER(full(r, None, "fl")))
    D.t(f"Comment (HR bot): fingerprint vendor order {claim_no(r)} created; results in 3-5 business days.\n")
    return D


def k_direct_deposit(r: Random) -> Doc:
    D = Doc()
    cg = full(r, r.choice(["ph", "ng", "ht", "so", "mx", "jm", "us"]), "fl")
    D.f("{0} — EMPLOYEE DIRECT DEPOSIT AUTHORIZATION\n\nEmployee name: {1}    Employee #: {2}\n",
        r.choice(AGENCIES), PER(cg), f"E{d(r, 5)}")
    D.f("Address: {0}\nBank name: {1}\nRouting (ABA) number: {2}\nAccount number: {3}\nType: [x] Checking [ ] Savings\n",
        (us_addr(r), "ADDRESS"), r.choice(["Chase", "Wells Fargo", "Navy Federal CU", "PNC Bank", "Fifth Third"]),
        r.choice(["021000021", "121000248", "044000037", "256074974"]), (d(r, r.randint(9, 12)), "ACCOUNT_NUMBER"))
    D.t(f"Deposit: 100% of net pay. Voided check attached (check #{r.randint(100, 9999)}).\n")
    D.f("I authorize the agency to deposit my pay starting {0}.\nSignature: /s/ {1}    Date: {2}\n", DT(r), PER(cg), DT(r))
    D.f("Payroll use only — entered by {0}, batch {1}\n", PER(fl(r, "us")[0]), d(r, 6))
    return D


def k_config_yaml(r: Random) -> Doc:
    D = Doc()
    dbu = r.choice(["sched_app", "evv", "caretime", "postgres"])
    host = r.choice([f"db-{r.randint(1, 3)}.internal.{r.choice(DOMAINS)}", None])
    D.f("# scheduling-service config ({0}) — do not commit!\nservice:\n  name: visit-scheduler\n  version: {1}\n  port: 8080\n",
        r.choice(["prod", "production", "staging"]), ver(r))
    D.t("database:\n  url: postgresql://" + dbu + ":")
    D.e(password(r, dsn=True), "PASSWORD")
    D.t("@")
    if host:
        D.t(host)
    else:
        D.e(ipv4(r), "IP_ADDRESS")
    D.t(f":5432/{dbu}\n  pool_size: {r.randint(5, 40)}\n  allowed_cidrs: [")
    D.e(f"10.{r.randint(0, 255)}.0.0", "IP_ADDRESS")
    D.t("/16, ")
    D.e(f"192.168.{r.randint(0, 255)}.0", "IP_ADDRESS")
    D.t("/24]\n")
    D.f("sms:\n  provider: twilio\n  account_sid: {0}\n  auth_token: {1}\n  from: \"{2}\"\n",
        "AC" + rs(r, 32, "0123456789abcdef"), (rs(r, 32, "0123456789abcdef"), "GENERIC_SECRET"), PH(f"+1{r.choice(US_AREAS)}{r.randint(201, 989)}{d(r, 4)}"))
    D.f("payments:\n  stripe_secret_key: {0}\n  webhook_secret: {1}\n", (stripe_key(r), "STRIPE_KEY"), ("whsec_" + rs(r, 32), "GENERIC_SECRET"))
    D.f("storage:\n  s3_bucket: care-docs-{0}\n  aws_access_key_id: {1}\n  aws_secret_access_key: {2}\n",
        d(r, 4), (aws_ak(r), "AWS_ACCESS_KEY"), (aws_sk(r), "AWS_SECRET_KEY"))
    D.f("notifications:\n  slack_bot_token: {0}\n  oncall_email: {1}\n", (slack_token(r), "SLACK_TOKEN"), EM(email(r)))
    D.t("evv:\n  aggregator_key: ${EVV_AGGREGATOR_KEY}\n  state: " + r.choice(["OH", "NY", "PA", "AZ"]) + "\n")
    return D


def k_k8s_secret(r: Random) -> Doc:
    D = Doc()
    D.f("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {0}\n  namespace: {1}\n  labels:\n    app.kubernetes.io/version: \"{2}\"\ntype: Opaque\ndata:\n",
        r.choice(["evv-sync-secrets", "portal-db", "family-portal-env"]), r.choice(["homecare-prod", "hospice", "default"]), ver(r))
    pw = password(r)
    D.f("  DB_PASSWORD: {0}\n", (base64.b64encode(pw.encode()).decode(), "PASSWORD"))
    D.f("  DB_USER: {0}\n", base64.b64encode(r.choice([b"evv_app", b"portal", b"scheduler"])).decode())
    D.f("  EVV_API_KEY: {0}\n", (base64.b64encode(generic_secret(r).encode()).decode(), "GENERIC_SECRET"))
    if r.random() < 0.5:
        D.f("  SMTP_PASSWORD: {0}\n", (base64.b64encode(password(r).encode()).decode(), "PASSWORD"))
    D.f("stringData:\n  SLACK_WEBHOOK_URL: \"{0}\"\n  SUPPORT_EMAIL: {1}\n",
        (f"https://hooks.slack.com/services/T{rs(r, 8, string.ascii_uppercase + string.digits)}/B{rs(r, 8, string.ascii_uppercase + string.digits)}/{rs(r, 24)}", "URL"),
        EM(email(r)))
    D.t(f"# applied by argocd sync {sha(r, 7)} at revision {r.randint(100, 9999)}\n")
    return D


def k_env_file(r: Random) -> Doc:
    D = Doc()
    D.f("# .env.production — family portal ({0})\nNODE_ENV=production\nAPP_VERSION={1}\nPORT=3000\n", r.choice(AGENCIES), ver(r))
    D.f("DATABASE_URL=mysql://portal:{0}@{1}:3306/family_portal\n", (password(r, dsn=True), "PASSWORD"), (ipv4(r), "IP_ADDRESS"))
    D.f("AWS_ACCESS_KEY_ID={0}\nAWS_SECRET_ACCESS_KEY={1}\nAWS_REGION=us-east-{2}\n", (aws_ak(r), "AWS_ACCESS_KEY"),
        (aws_sk(r), "AWS_SECRET_KEY"), str(r.randint(1, 2)))
    D.f("JWT_SIGNING_SECRET={0}\n", (rs(r, 48), "GENERIC_SECRET"))
    D.f("SENDGRID_API_KEY={0}\n", ("SG." + rs(r, 22) + "." + rs(r, 43), "GENERIC_SECRET"))
    D.f("GITHUB_TOKEN={0}\n", (gh_token(r), "GITHUB_TOKEN"))
    D.f("PUBLIC_PORTAL_URL={0}\nSUPPORT_PHONE=\"{1}\"\nSENTRY_DSN=${SENTRY_DSN}\nFEATURE_EVV_GEOFENCE=true\n",
        (f"https://family.{r.choice(DOMAINS)}", "URL"), PH(phone(r, "tollfree")))
    return D


def k_ci_log(r: Random) -> Doc:
    D = Doc()
    day = rdate(r)
    steps = [f"Run actions/checkout@v4", f"Run npm ci (node {r.randint(16, 22)}.{r.randint(0, 12)}.0)",
             "Run npm test -- --ci", f"Run ./scripts/deploy.sh scheduler {ver(r)}"]
    for st in steps:
        D.t(f"{logts(r, day)} {st}\n")
    D.t(f"{logts(r, day)} + export AWS_ACCESS_KEY_ID=")
    D.e(aws_ak(r), "AWS_ACCESS_KEY")
    D.t(f"\n{logts(r, day)} + export AWS_SECRET_ACCESS_KEY=")
    D.e(aws_sk(r), "AWS_SECRET_KEY")
    D.t(f"\n{logts(r, day)} + curl -s -H 'Authorization: token ")
    D.e(gh_token(r), "GITHUB_TOKEN")
    D.t("' ")
    D.e("https://api.github.com/repos/caretech/scheduler/deployments", "URL")
    D.t("\n")
    D.t(f"{logts(r, day)} deploy target {r.choice(['ssh deploy@', 'rsync -> '])}")
    D.e(ipv4(r), "IP_ADDRESS")
    D.t(f" ok ({r.randint(3, 90)}s)\n{logts(r, day)} env: SLACK_TOKEN=${{{{ secrets.SLACK_TOKEN }}}} STRIPE_KEY=***\n")
    D.t(f"{logts(r, day)} ##[warning] secret printed in clear text above; rotate immediately (commit {sha(r)})\n")
    return D


def k_llm_visit_summary(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    cg = full(r, r.choice(["ph", "ng", "ht", "so", "mx"]), "fl")
    D.t(r.choice(["You are a clinical documentation assistant for a home care agency. ",
                  "SYSTEM: You help hospice nurses write concise visit summaries. "]))
    D.t("Summarize the following aide notes for the family update email. Keep it under 120 words and do not add diagnoses.\n\n---\n")
    D.f("Client: {0} ({1}), DOB {2}\nAide: {3}\nVisit: {4} to {5}\n",
        PER(p.name), (p.mrn, "MEDICAL_RECORD_NUMBER"), DOB(r, p.dob), PER(cg), DTT(r), TM(r))
    D.f("Notes: helped {0} shower with shower chair, skin intact, ate half of lunch, took {1} at noon. "
        "Her son {2} called and asked that updates go to {3}. She was confused about the date and asked for {4} "
        "(her late husband) twice. Reminded about podiatry appt {5}.\n---\n",
        PER(p.first), r.choice(DRUGS), PER(fl(r, "us")[0]), EM(email(r, full(r))), PER(fl(r, "us")[0]), DTT(r))
    D.t("Output format: greeting, 3 bullet points, sign-off from the care team.\n")
    return D


def k_llm_api_json(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    D.f('POST /v1/chat/completions HTTP/1.1\nHost: api.openai.com\nAuthorization: Bearer {0}\nContent-Type: application/json\n\n',
        ("sk-proj-" + rs(r, 48, ALNUM + "-_"), "GENERIC_SECRET"))
    D.f('{"model": "gpt-4o-mini", "temperature": 0.2, "messages": [\n  {"role": "system", "content": "Draft a reply to a family member for {0}. Never disclose other clients."},\n',
        r.choice(AGENCIES))
    D.f('  {"role": "user", "content": "Message from {0}: My father {1} (Medicaid {2}) was supposed to get his aide at {3} on {4} but nobody came. Call me at {5}."}\n]}\n',
        PER(full(r, "us", "fl")), PER(p.name), (p.mcd, "HEALTH_PLAN_NUMBER"), TM(r), DT(r), PH(phone(r)))
    return D


def k_vcard(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r)
    m = r.choice(MIDDLE)
    s, c, st, _, z = us_place(r)
    D.f("BEGIN:VCARD\nVERSION:3.0\nN:{0};;\nFN:{1}\n", PER(f"{l};{f};{m}"), PER(f"{f} {m}. {l}"))
    D.f("ORG:{0};Emergency contacts\nTITLE:Health care proxy\n", r.choice(AGENCIES))
    D.f("TEL;TYPE=CELL:{0}\nTEL;TYPE=HOME:{1}\nEMAIL;TYPE=INTERNET:{2}\n", PH(phone(r)), PH(phone(r)), EM(email(r, f"{f} {l}")))
    D.f("ADR;TYPE=HOME:;;{0}\n", (f"{s};{c};{st};{z};USA", "ADDRESS"))
    D.f("BDAY:{0}\nNOTE:Proxy for client {1} (MRN {2}). Prefers texts after {3}.\n", (rdob(r, False).isoformat(), "DATE_OF_BIRTH"),
        PER(full(r, None, "fl")), (mrn(r), "MEDICAL_RECORD_NUMBER"), TM(r))
    D.t(f"REV:{rdate(r).strftime('%Y%m%dT%H%M%SZ')}\nUID:{uuid(r)}\nEND:VCARD\n")
    return D


def k_ics(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    day = rdate(r)
    h = r.randint(8, 16)
    stamp = f"{rdate(r).strftime('%Y%m%d')}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z"
    D.f("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{0}//Scheduler {1}//EN\nBEGIN:VEVENT\nUID:{2}\nDTSTAMP:{3}\nCREATED:{3}\n",
        r.choice(PRODUCTS), ver(r), uuid(r), stamp)
    D.f("DTSTART;TZID=America/New_York:{0}\nDTEND;TZID=America/New_York:{1}\n",
        (f"{day.strftime('%Y%m%d')}T{h:02d}0000", "DATE_TIME"), (f"{day.strftime('%Y%m%d')}T{h + 2:02d}0000", "DATE_TIME"))
    D.f("SUMMARY:{0} – {1} visit\nLOCATION:{2}\n", PER(p.name), r.choice(["HHA", "SN", "PT eval", "Respite", "Hospice RN"]),
        (p.addr.replace(",", "\\,"), "ADDRESS"))
    cg = full(r, None, "fl")
    D.f("ORGANIZER;CN={0}:mailto:{1}\nATTENDEE;CN={2};ROLE=REQ-PARTICIPANT:mailto:{3}\n",
        PER(full(r, "us", "fl")), EM(email(r, None, r.choice(DOMAINS))), PER(cg), EM(email(r, cg)))
    D.f("DESCRIPTION:Door code {0}. Client phone {1}. Bring gait belt.\nLAST-MODIFIED:{2}\nEND:VEVENT\nEND:VCALENDAR\n",
        (d(r, 4) + "#", "PASSWORD"), PH(p.phone), stamp)
    return D


def k_bereavement_letter(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    fam_f = fl(r, "us")[0]
    D.f("{0}\nBereavement Services\n\n{1}\n\n", r.choice(["Harbor Light Hospice", "Compass Hospice & Palliative Care"]), DT(r, style="long"))
    D.f("{0}\n{1}\n\n", PER(f"{fam_f} {p.last}"), (f"{p.street}\n{p.city}, {p.st} {p.zip}", "ADDRESS"))
    D.f("Dear {0},\n\nPlease accept our heartfelt condolences on the passing of {1}. It was a privilege for our team, "
        "especially {2} and chaplain {3}, to care for {4} during the past months.\n\n",
        PER(fam_f), PER(p.name), PER(fl(r)[0]), PER(full(r, "us", "fl")), PER(p.first))
    D.f("Our grief support group meets twice a month, at {0}, in the community room at {1}. "
        "Our bereavement coordinator, {2}, will call you in the coming weeks; you may also reach her at {3} or {4}.\n\n"
        "With warm regards,\n\n{5}\nBereavement Coordinator\n",
        TM(r, h=18, mi=30), (us_addr(r), "ADDRESS"), PER(full(r, "us", "fl")), PH(phone(r)), EM(email(r, None, r.choice(DOMAINS))),
        PER(full(r, "us", "fl")))
    return D


def k_discharge_letter(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    D.f("NOTICE OF DISCHARGE FROM HOME HEALTH SERVICES\n\nDate: {0}\nTo: {1}\n    {2}\n\n", DT(r, style="long"),
        PER(p.name), (f"{p.street}, {p.city}, {p.state} {p.zip}", "ADDRESS"))
    D.f("This letter confirms that your home health services with {0} will end on {1}, because your goals have been met.\n\n",
        r.choice(AGENCIES), DT(r, style="long"))
    D.f("Medicare beneficiary identifier: {0}\nPatient account: {1}\n\n", (p.mbi, "HEALTH_PLAN_NUMBER"), (acct(r), "ACCOUNT_NUMBER"))
    D.f("If you disagree, you may request a fast appeal by calling {0} BFCC-QIO at {1} (TTY 711) no later than noon of "
        "the day before services end. Questions: call your clinical manager {2} at {3}.\n\nForm CMS-10123-NOMNC (OMB {4})\n",
        r.choice(["Livanta", "KEPRO", "Acentra"]), PH(phone(r, "tollfree")), PER(full(r, "us", "fl")),
        PH(phone(r)), f"0938-{d(r, 4)}")
    return D


def k_oasis(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    D.t(f"OASIS-E Start of Care — export from {r.choice(PRODUCTS)} ({ver(r)})\n")
    D.f("M0020 Patient ID: {0}\nM0030 SOC date: {1}\nM0040 Name: {2} {3}\n", (p.mrn, "MEDICAL_RECORD_NUMBER"),
        (rdate(r).strftime("%m/%d/%Y"), "DATE_TIME"), PER(p.first), PER(p.last))
    D.f("M0050 State: {0}   M0060 ZIP: {1}\nM0063 Medicare number: {2}\nM0064 SSN: {3}\nM0065 Medicaid number: {4}\n",
        (p.st, "LOCATION"), p.zip, (p.mbi, "HEALTH_PLAN_NUMBER"), (ssn(r), "US_SSN"), (p.mcd, "HEALTH_PLAN_NUMBER"))
    D.f("M0066 Birth date: {0}\nM0069 Gender: {1}\nM0080 Discipline: RN\nM0090 Date assessment completed: {2}\n",
        (p.dob.strftime("%m/%d/%Y"), "DATE_OF_BIRTH"), r.choice("12"), (rdate(r).strftime("%m/%d/%Y"), "DATE_TIME"))
    D.t(f"M1021 Primary Dx: {r.choice(ICD)}   M1800 Grooming: {r.randint(0, 3)}   M1860 Ambulation: {r.randint(0, 6)}\n"
        f"GG0130A Eating: 0{r.randint(1, 6)}   J1800 Falls since SOC: {r.randint(0, 1)}\n")
    return D


def k_invoice_card(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    payer = full(r, "us", "fl")
    issued = rdate(r)
    D.f("{0}\nINVOICE {1}   Issued: {2}   Due: {3}\n\nBill to: {4}\n{5}\n", r.choice(AGENCIES), f"INV-{d(r, 6)}", DT(r, issued),
        DT(r, issued + timedelta(days=r.choice([15, 30]))),
        PER(payer), (us_addr(r, True), "ADDRESS"))
    D.f("Client: {0}   Account #: {1}\n\n", PER(p.name), (acct(r), "ACCOUNT_NUMBER"))
    tot = 0
    for k in range(r.randint(2, 4)):
        hrs = r.randint(4, 40)
        rate = r.choice([28, 32, 34, 36])
        tot += hrs * rate
        D.t(f"{r.choice(['Companion care', 'Personal care', 'Respite (overnight)', 'Medication reminders'])}  {hrs} h x ${rate}.00 = ${hrs * rate:,.2f}\n")
    D.t(f"Total due: ${tot:,.2f}\n\n")
    D.f("Payment received — card {0}, exp {1}, authorization {2}. Thank you, {3}!\n",
        (card(r), "CREDIT_CARD"), (f"{r.randint(1, 12):02d}/{r.randint(26, 30)}", "DATE_TIME"), d(r, 6), PER(given(payer)))
    D.f("Pay online: {0}\n", (url(r), "URL"))
    return D


def k_card_auth_form(r: Random) -> Doc:
    D = Doc()
    payer = full(r, None, "fl")
    D.f("RECURRING CREDIT CARD AUTHORIZATION — PRIVATE PAY\n\nCardholder name: {0}\nBilling address: {1}\n",
        PER(payer), (us_addr(r), "ADDRESS"))
    D.f("Card type: {0}\nCard number: {1}\nExpiration: {2}   CVV: on file\n", r.choice(["Visa", "MasterCard", "Amex", "Discover"]),
        (card(r), "CREDIT_CARD"), (f"{r.randint(1, 12):02d}/{r.randint(2026, 2030)}", "DATE_TIME"))
    D.f("Phone: {0}    Email: {1}\n", PH(phone(r)), EM(email(r, payer)))
    D.f("I authorize weekly charges for care services provided to {0} (client ID {1}).\n", PER(full(r)), f"C{d(r, 6)}")
    D.f("Signature: ______________   Date: {0}\n", DT(r))
    D.t(f"Office: processor ref {sha(r, 10)}; do NOT store CVV. Test card in training docs: {bad_card(r)} (invalid).\n")
    return D


def k_support_ticket(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    req = full(r, "us", "fl")
    D.f("Ticket #{0} · Family complaint · Priority: Urgent\nRequester: {1} <{2}>\nAssignee: {3}\nTags: missed-visit, evv, escalation\n\n",
        d(r, 6), PER(req), EM(email(r, req)), PER(full(r, None, "fl")))
    D.f("{0} wrote:\nThis is the THIRD missed visit for my aunt {1} this month ({2} and {3}). The EVV app shows "
        "the aide checked in but my aunt says nobody came. Her address is {4}. I want the GPS logs.\n\n",
        PER(given(req)), PER(p.name), DT(r, style="long"), DT(r, style="long"), (p.addr, "ADDRESS"))
    D.f("Internal note ({0}): EVV shows clock-in from device {1} at {2}, {3} mi outside geofence. Caregiver {4} "
        "suspended pending review. Looping in compliance. Callback number {5}.\n",
        PER(fl(r, "us")[0]), f"IMEI {d(r, 15)}", TM(r), f"{r.randint(1, 9)}.{r.randint(0, 9)}", PER(full(r, None, "fl")), PH(phone(r)))
    D.t(f"Macro applied: apology_missed_visit_v{r.randint(2, 5)} · CSAT survey suppressed · SLA breach in 2h\n")
    return D


def k_shift_handoff(r: Random) -> Doc:
    D = Doc()
    res = [fl(r) for _ in range(3)]
    D.f("{0} — NIGHT SHIFT HANDOFF ({1})\nWing B / Memory Care · Census 18\n\n", r.choice(["Riverbend Assisted Living", "Evergreen Senior Living"]), DT(r))
    for k, (f, l) in enumerate(res):
        t = f"{r.choice([22, 23, 0, 1, 2, 3, 4, 5]):02d}:{r.randint(0, 59):02d}"
        sty = r.randint(0, 2)
        D.f("{0} Rm {1} — {2}{3}: {4}\n", t, str(r.randint(100, 260)), r.choice(["Mrs. ", "Mr. ", "Ms. "]) if sty == 2 else "",
            PER([f"{f} {l}", f"{l.upper()}, {f}", l][sty]),
            r.choice(["up x3 to bathroom, 1 assist, no falls", "refused HS meds, MD on call notified",
                      "sundowning ~2h, redirected with music", "incontinent x2, brief changed, skin intact",
                      "c/o chest tightness, VS WNL, resolved"]))
    D.f("05:40 Pharmacy delivery for {0} arrived ({1}).\n", PER(res[0][1]), r.choice(DRUGS))
    D.f("Day shift: please call {0} (daughter of {1}) after {2} re: podiatry appt {3}. Her number: {4}.\n",
        PER(fl(r, "us")[0]), PER(f"{res[1][0]} {res[1][1]}"), TM(r, h=9), DTT(r), PH(phone(r)))
    D.f("Handed off by {0}, CNA to {1}, LPN\n", PER(full(r, r.choice(["ph", "ng", "jm"]), "fl")), PER(full(r, None, "fl")))
    return D


def k_sms_tsv(r: Random) -> Doc:
    D = Doc()
    D.t("log_ts\tto\tclient\tmessage\tstatus\tsid\n")
    for k in range(r.randint(3, 10)):
        p = Pt(r)
        D.f("{0}\t{1}\t{2}\tReminder: {3} visit {4} with {5}. Reply C to confirm.\t{6}\t{7}\n",
            logts(r), PH(f"+1{r.choice(US_AREAS)}{r.randint(201, 989)}{d(r, 4)}"), PER(p.name),
            r.choice(["Home care", "Nurse", "Hospice aide", "PT"]), DTT(r), PER(fl(r, r.choice(["ph", "ng", "ht", "us"]))[0]),
            r.choice(["delivered", "delivered", "undelivered", "queued"]), "SM" + rs(r, 32, "0123456789abcdef"))
    return D


def k_bgcheck_json(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, r.choice(["ph", "ng", "ht", "so", "mx", "jm", "vn", "us", "ru"]))
    s, c, st, _, z = us_place(r)
    D.f('{\n  "report_id": "{0}",\n  "package": "healthcare_caregiver_plus",\n  "candidate": {\n', uuid(r))
    D.f('    "first_name": "{0}",\n    "last_name": "{1}",\n    "dob": "{2}",\n    "ssn": "{3}",\n',
        PER(f), PER(l), (rdob(r, False).isoformat(), "DATE_OF_BIRTH"), (ssn(r), "US_SSN"))
    D.f('    "driver_license": {"number": "{0}", "state": "{1}"},\n', (dl(r, st if st in ("CA", "NY", "FL", "IL", "WA", "OH", "PA") else None), "DRIVER_LICENSE"), st)
    D.f('    "email": "{0}",\n    "phone": "{1}",\n    "address": {"street": "{2}", "city": "{3}", "state": "{4}", "zip": "{5}"}\n  },\n',
        EM(email(r, f"{f} {l}")), PH(phone(r)), (s, "ADDRESS"), (c, "LOCATION"), (st, "LOCATION"), z)
    D.t(f'  "screenings": {{"oig_leie": "clear", "state_abuse_registry": "clear", "nsopw": "clear", '
        f'"county_criminal": "{r.choice(["clear", "consider"])}"}},\n  "completed_at": {1700000000 + r.randint(0, 50000000)},\n'
        f'  "adjudication": null\n}}\n')
    return D


def k_aps_referral(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    D.f("ADULT PROTECTIVE SERVICES — MANDATED REPORTER INTAKE\nCounty: {0}\n\n", (f"{r.choice(['Franklin', 'Pima', 'Erie', 'Hillsborough', 'Knox'])} County", "LOCATION"))
    D.f("Alleged victim: {0}, age {1}, DOB {2}\nResidence: {3}\nPhone: {4}\n", PER(p.name), str(r.randint(70, 98)), DOB(r, p.dob),
        (p.addr, "ADDRESS"), PH(p.phone))
    D.f("Alleged perpetrator: {0} (grandson, lives in home)\n", PER(full(r, "us", "fl")))
    D.f("Concern: financial exploitation — client's debit card ending {0} used for ATM withdrawals; client's checking "
        "account {1} overdrawn. Aide observed bruising on L forearm {2}.\n", d(r, 4), (d(r, 10), "ACCOUNT_NUMBER"), DT(r))
    D.f("Reporter: {0}, RN, {1}; callback {2}; e-mail {3}\n", PER(full(r, None, "fl")), r.choice(AGENCIES), PH(phone(r)), EM(email(r)))
    D.t(f"Intake case {claim_no(r)} · screened in · response priority 2 (within 24 hours)\n")
    return D


def k_oncall_log(r: Random) -> Doc:
    D = Doc()
    nurse = full(r, None, "fl")
    D.f("HOSPICE AFTER-HOURS ON-CALL LOG — RN: {0} — {1}\n\n", PER(nurse), DT(r))
    for k in range(r.randint(2, 4)):
        p = Pt(r)
        t = f"{r.choice([18, 19, 21, 23, 1, 3, 5]):02d}{r.randint(0, 59):02d}"
        D.f("{0}  Caller: {1} ({2}) re pt {3}, MRN {4}. ", t, PER(fl(r, "us")[0]), r.choice(["wife", "son", "facility nurse", "daughter"]),
            PER(p.name), (p.mrn, "MEDICAL_RECORD_NUMBER"))
        D.t(r.choice(["Terminal agitation; instructed Haloperidol 0.5 mg from comfort kit. ",
                      "Pt died peacefully, time of death per family. Visit made for pronouncement. ",
                      "Foley leaking; visit made, catheter replaced. ",
                      "Pain 8/10; Morphine sulfate 5 mg/0.25 mL given, reassess 30 min. "]))
        D.f("Callback {0}.\n", PH(phone(r)))
    D.t(f"Total calls: {r.randint(2, 9)}; visits: {r.randint(0, 3)}; mileage {r.randint(5, 80)} mi.\n")
    return D


def k_pharmacy_fax(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    D.f("REFILL REQUEST — {0} Pharmacy #{1}\nFax to prescriber: {2}\n\n", r.choice(["CareRx", "Omnicare", "Walgreens", "CVS"]), d(r, 5), PH(phone(r)))
    D.f("Patient: {0}   DOB: {1}\nAddress: {2}\n", PER(f"{p.last.upper()}, {p.first.upper()}"), DOB(r, p.dob, style="us"), (p.addr, "ADDRESS"))
    D.f("Prescriber: {0}, MD   NPI {1}   DEA {2}\n", PER(full(r, "us", "fl")), npi(r), "B" + r.choice("ABCDEFGHKLMNOPRST") + d(r, 7))
    for k in range(r.randint(1, 3)):
        D.t(f"Rx #{d(r, 7)}: {r.choice(DRUGS)} — sig: 1 tab {r.choice(ROUTES)} daily — qty {r.choice([30, 90])} — last fill {r.randint(1, 60)} days ago\n")
    D.f("Plan: {0} ID {1} BIN {2} PCN {3}\n", r.choice(["Aetna Medicare", "Humana Gold", "UHC Dual Complete", "WellCare"]),
        (plan_id(r), "HEALTH_PLAN_NUMBER"), d(r, 6), r.choice(["MEDDPRIME", "ADV", "9999"]))
    D.f("[ ] Approved  [ ] Denied   Signature/Date: ________\nPharmacist: {0}  Phone: {1}\n", PER(full(r, None, "fl")), PH(phone(r)))
    return D


def k_dme_order(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    D.f("DME ORDER / DETAILED WRITTEN ORDER\nOrder date: {0}\nBeneficiary: {1}   MBI: {2}   DOB: {3}\n", DT(r), PER(p.name),
        (p.mbi, "HEALTH_PLAN_NUMBER"), DOB(r, p.dob))
    D.f("Delivery address: {0}\nContact phone: {1}\n", (p.addr, "ADDRESS"), PH(p.phone))
    D.t("Items:\n")
    for item in r.sample(["E0260 semi-electric hospital bed", "E0277 alternating pressure mattress", "E0143 walker, wheeled",
                          "E1390 oxygen concentrator 2 LPM", "E0163 commode chair", "K0001 standard wheelchair"], 3):
        D.t(f"  - {item}, qty 1, LON 99 months\n")
    D.f("Ordering practitioner: {0} (NPI {1})\nRequested delivery: {2}\nSupplier: {3} Medical Supply, order {4}\n",
        PER(full(r, "us", "fl")), npi(r), DTT(r), r.choice(["Hartwell & Sons", "Lincare", "Apria", "AdaptHealth"]), f"SO-{d(r, 7)}")
    return D


def k_curl_dump(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    host = r.choice(["api.kindredhearts.care", "evv.silveroakcare.org", "scheduler.brightpathhh.com"])
    D.f("$ curl -sS -X POST {0} \\\n  -H \"Authorization: Bearer {1}\" \\\n  -H \"Content-Type: application/json\" \\\n",
        (f"https://{host}/api/v3/visits", "URL"), (jwt(r), "JWT"))
    D.f("  -d '{\"client\": {\"name\": \"{0}\", \"medicaid_id\": \"{1}\", \"dob\": \"{2}\"}, \"start\": \"{3}\", \"caregiver\": \"{4}\"}'\n",
        PER(p.name), (p.mcd, "HEALTH_PLAN_NUMBER"), (p.dob.isoformat(), "DATE_OF_BIRTH"),
        (f"{rdate(r).isoformat()}T{r.randint(7, 17):02d}:00:00-05:00", "DATE_TIME"), PER(full(r, None, "fl")))
    D.f("HTTP/2 201\nx-request-id: {0}\nserver: envoy\n\n{\"visit_id\": \"{1}\", \"status\": \"scheduled\"}\n", uuid(r), f"V{d(r, 8)}")
    if r.random() < 0.5:
        D.f("$ curl -u admin:{0} {1}\n{\"ok\": true, \"version\": \"{2}\"}\n", (password(r, dsn=True), "PASSWORD"),
            (f"https://{host}/admin/health", "URL"), ver(r))
    return D


def k_slack_export(r: Random) -> Doc:
    D = Doc()
    ch = r.choice(["#scheduling-ops", "#evv-escalations", "#hospice-oncall", "#it-help"])
    D.t(f"{ch} — exported {r.choice(['thread', 'channel history'])}\n\n")
    u1, u2 = fl(r, "us")[0].lower(), fl(r)[0].lower()
    p = Pt(r)
    D.f("{0}  {1}: anyone covering {2} tomorrow? {3} called out sick\n", f"{r.randint(7, 11)}:{r.randint(10, 59)} AM", u1, PER(p.name), PER(fl(r, "ph")[0]))
    D.f("{0}  {1}: I can send {2}, she's done that address before ({3})\n", f"{r.randint(7, 11)}:{r.randint(10, 59)} AM", u2,
        PER(fl(r, r.choice(["ng", "ht", "so"]))[0]), (f"{p.street}, {p.city}", "ADDRESS"))
    D.f("{0}  {1}: also the integration bot is failing, here's the config it's using:\n```\nSLACK_BOT_TOKEN={2}\nSLACK_SIGNING_SECRET={3}\nHHAX_API_BASE={4}\n```\n",
        f"{r.randint(12, 4 + 12) - 12 or 12}:{r.randint(10, 59)} PM", u1, (slack_token(r), "SLACK_TOKEN"), (rs(r, 32, "0123456789abcdef"), "GENERIC_SECRET"),
        (f"https://api.{r.choice(['hhaexchange', 'sandata', 'tellus'])}.com/v2", "URL"))
    D.f("{0}  slackbot: :warning: A token was posted in a public channel and has been revoked automatically.\n",
        f"{r.randint(1, 4)}:{r.randint(10, 59)} PM")
    return D


def k_telehealth_invite(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    when = rdate(r)
    D.f("Subject: Hospice IDG / family conference for {0}\n\n{1} is inviting you to a scheduled Zoom meeting.\n\nTopic: Care conference – {2}\nTime: {3} Eastern Time (US and Canada)\n\n",
        PER(p.name), PER(full(r, "us", "fl")), PER(p.last), DTT(r, when, weekday=r.random() < 0.5))
    mid = f"{r.randint(810, 999)} {d(r, 4)} {d(r, 4)}"
    D.f("Join Zoom Meeting\n{0}\n\nMeeting ID: {1}\nPasscode: {2}\n\n", (f"https://us02web.zoom.us/j/{mid.replace(' ', '')}?pwd={rs(r, 32)}", "URL"),
        mid, (rs(r, 6, ALNUM) if r.random() < 0.5 else d(r, 6), "PASSWORD"))
    D.f("One tap mobile\n{0},,{1}# US ({2})\n\nDial by your location\n    {3} US ({4})\n", PH("+13017158592"),
        mid.replace(" ", ""), ("Washington DC", "LOCATION"), PH("+1 646 558 8656"), ("New York", "LOCATION"))
    return D


def k_waiver_letter(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    st = p.state
    D.f("{0} Department of Health and Human Services\nHome and Community-Based Services Waiver Program\n\n{1}\n\n{2}\n{3}\n\n",
        (st, "LOCATION"), DT(r, style="long"), PER(p.name), (f"{p.street}\n{p.city}, {p.st} {p.zip}", "ADDRESS"))
    D.f("RE: Notice of Eligibility Determination — Medicaid ID {0}\n\nDear {1} {2}:\n\n", (p.mcd, "HEALTH_PLAN_NUMBER"),
        r.choice(["Mr.", "Ms.", "Mrs."]), PER(p.last))
    D.f("You have been found eligible for the Elderly and Disabled waiver effective {0}. Your approved service plan "
        "includes up to {1} hours per week of personal care ({2}) and {3} days of adult day health. Your case manager "
        "is {4}, who can be reached at {5} or {6}.\n\n", DT(r, style="long"), str(r.randint(10, 40)), r.choice(HCPCS),
        str(r.randint(1, 5)), PER(full(r, None, "fl")), PH(phone(r)), EM(email(r, None, "dhhs.state.gov")))
    D.f("Your patient liability is {0} per month. You have the right to a fair hearing; requests must be received by {1}.\n",
        amount(r), DT(r, style="long"))
    D.t(f"Case number: {d(r, 10)}   Notice code: HCBS-{r.randint(100, 999)}\n")
    return D


def k_evv_xml(r: Random) -> Doc:
    D = Doc()
    D.f('<?xml version="1.0" encoding="UTF-8"?>\n<EVVSubmission batchId="{0}" schemaVersion="{1}">\n', uuid(r), ver(r))
    for k in range(r.randint(1, 4)):
        p = Pt(r)
        day = rdate(r)
        h = r.randint(7, 15)
        D.f('  <Visit id="{0}">\n    <Client><LastName>{1}</LastName><FirstName>{2}</FirstName><MedicaidID>{3}</MedicaidID></Client>\n',
            f"V{d(r, 9)}", PER(p.last), PER(p.first), (p.mcd, "HEALTH_PLAN_NUMBER"))
        cf, cl = fl(r, r.choice(["ph", "ng", "ht", "mx", "us"]))
        D.f('    <Worker><Name>{0}</Name><SSNLast4>{1}</SSNLast4><WorkerID>{2}</WorkerID></Worker>\n', PER(f"{cf} {cl}"), d(r, 4), f"W{d(r, 6)}")
        D.f('    <ServiceDate>{0}</ServiceDate><CallIn>{1}</CallIn><CallOut>{2}</CallOut>\n', (day.isoformat(), "DATE_TIME"),
            (f"{h:02d}:{r.randint(0, 15):02d}", "DATE_TIME"), (f"{h + r.randint(1, 5):02d}:{r.randint(0, 59):02d}", "DATE_TIME"))
        D.f('    <Location><Street>{0}</Street><City>{1}</City><State>{2}</State><Zip>{3}</Zip></Location>\n    <HCPCS>{4}</HCPCS>\n  </Visit>\n',
            (p.street, "ADDRESS"), (p.city, "LOCATION"), (p.st, "LOCATION"), p.zip, r.choice(HCPCS))
    D.t("</EVVSubmission>\n")
    return D


def k_sql_dump(r: Random) -> Doc:
    D = Doc()
    D.t(f"-- MySQL dump {ver(r)}  Host: localhost    Database: agency_crm\n-- Server version 8.0.{r.randint(20, 39)}\n\n"
        "INSERT INTO `clients` (`id`,`full_name`,`dob`,`phone`,`email`,`address`,`ssn`,`payer_id`,`created_at`) VALUES\n")
    n = r.randint(2, 4)
    for k in range(n):
        p = Pt(r)
        D.f("({0},'{1}','{2}','{3}','{4}','{5}','{6}','{7}','{8}')" + (",\n" if k < n - 1 else ";\n"),
            str(r.randint(1000, 99999)), PER(p.name), (p.dob.isoformat(), "DATE_OF_BIRTH"), PH(p.phone), EM(email(r, p.name)),
            (p.addr, "ADDRESS"), (ssn(r), "US_SSN"), (p.mcd, "HEALTH_PLAN_NUMBER"), f"{rdate(r).isoformat()} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")
    D.t(f"\n-- Dump completed, {r.randint(2, 500)} rows, checksum {sha(r, 32)}\n")
    return D


def k_respite_email(r: Random) -> Doc:
    D = Doc()
    fam = full(r, "us", "fl")
    mom = full(r, None, "fl")
    D.f("From: {0}\nTo: {1}\nSubject: Respite stay request\n\nHello,\n\nI'm the primary caregiver for my mother, {2}, who has Parkinson's. "
        "I need to travel to {3} for a family wedding and would like to book a respite stay from {4} to {5}.\n\n",
        EM(email(r, fam)), EM(email(r, None, r.choice(DOMAINS))), PER(mom),
        (r.choice(["Lyon, France", "Manila", "Lagos", "Toronto, Canada", "Kraków, Poland", "Guadalajara", "Seoul"]), "LOCATION"),
        DT(r, style="long"), DT(r, style="long"))
    D.f("She uses a walker, takes {0} four times a day and her LTC policy ({1}) covers respite. Her neurologist is Dr. {2}.\n"
        "You can reach me at {3} or my husband {4} at {5}.\n\nThanks so much,\n{6}\n",
        r.choice(["Carbidopa-levodopa 25/100", "Rasagiline 1 mg"]), (plan_id(r), "HEALTH_PLAN_NUMBER"), PER(fl(r, "us")[1]),
        PH(phone(r)), PER(fl(r, "us")[0]), PH(phone(r)), PER(given(fam)))
    return D


def k_mileage_uk(r: Random) -> Doc:
    D = Doc()
    cw = full(r, r.choice(["us", "ng", "in", "pl", "jm"]), "fl")
    D.f("Domiciliary Care — Carer Expenses Claim (mileage & parking)\nCarer: {0}   Payroll no. {1}\n", PER(cw), f"P{d(r, 6)}")
    D.f("Home address: {0}\n\nDate        From → To                      Miles\n", (intl_addr(r, "gb")[0], "ADDRESS"))
    for k in range(r.randint(2, 4)):
        D.f("{0}  {1} → {2}   {3}\n", DT(r, style="dmy"), (r.choice(INTL["gb"][0]), "LOCATION"), (r.choice(INTL["gb"][0]), "LOCATION"),
            f"{r.randint(2, 30)}.{r.randint(0, 9)}")
    D.f("Rate 45p/mile. Total £{0}.\nPlease pay to: {1}  (sort code {2})\n", f"{r.randint(10, 120)}.{d(r, 2)}",
        (iban(r, "GB"), "IBAN_CODE"), f"{d(r, 2)}-{d(r, 2)}-{d(r, 2)}")
    D.f("Approved: {0}, Registered Manager — {1}\n", PER(full(r, "us", "fl")), PH(phone(r, "gb")))
    return D


def k_eligibility_271(r: Random) -> Doc:
    D, p = Doc(), Pt(r, "us")
    dt = rdate(r)
    D.t(f"ISA*00*          *00*          *ZZ*MCDOH          *ZZ*{d(r, 9)}      *{dt.strftime('%y%m%d')}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*^*00501*{d(r, 9)}*0*P*:~\n"
        f"GS*HB*MCDOH*{d(r, 9)}*{dt.strftime('%Y%m%d')}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*{r.randint(1, 999)}*X*005010X279A1~\nST*271*0001*005010X279A1~\n")
    D.t(f"NM1*PR*2*STATE MEDICAID*****PI*{d(r, 5)}~\nNM1*1P*2*{r.choice(AGENCIES).upper()}*****XX*{npi(r)}~\n")
    D.f("NM1*IL*1*{0}*{1}****MI*{2}~\n", PER(p.last.upper()), PER(p.first.upper()), (p.mcd, "HEALTH_PLAN_NUMBER"))
    D.f("N3*{0}~\nN4*{1}*{2}*{3}~\nDMG*D8*{4}*{5}~\n", (p.street.upper(), "ADDRESS"), (p.city.upper(), "LOCATION"), (p.st, "LOCATION"),
        p.zip.replace("-", ""), (p.dob.strftime("%Y%m%d"), "DATE_OF_BIRTH"), r.choice("FM"))
    D.f("EB*1*IND*30*MC*HCBS WAIVER~\nDTP*291*D8*{0}~\n", ((dt - timedelta(days=r.randint(30, 400))).strftime("%Y%m%d"), "DATE_TIME"))
    D.t(f"EB*B*IND*33***27*{r.randint(0, 50)}~\nMSG*LTC AUTH REQUIRED FOR T1019 OVER {r.randint(20, 56)} HRS~\nSE*{r.randint(12, 20)}*0001~\nGE*1*{r.randint(1, 999)}~\nIEA*1*{d(r, 9)}~\n")
    return D


def k_crash_report(r: Random) -> Doc:
    D = Doc()
    cg = full(r, r.choice(["ph", "ng", "ht", "us", "mx"]), "fl")
    D.f('{"event": "app_crash", "app": "CareTime Mobile", "app_version": "{0}", "os": "Android 14", "device_id": "{1}",\n', ver(r), uuid(r))
    D.f(' "user": {"display_name": "{0}", "email": "{1}", "employee_no": "{2}"},\n', PER(cg), EM(email(r, cg)), f"E{d(r, 5)}")
    D.f(' "request": {"url": "{0}", "remote_addr": "{1}", "headers": {"Authorization": "Bearer {2}"}},\n',
        (url(r), "URL"), (ip(r), "IP_ADDRESS"), (jwt(r), "JWT"))
    D.f(' "breadcrumbs": ["open visit {0}", "tap clock_in", "gps fix lat={1} lon={2}", "POST /evv/clockin 500"],\n',
        f"V{d(r, 8)}", f"{r.uniform(25, 47):.4f}", f"{-r.uniform(71, 122):.4f}")
    D.t(f' "stack": "java.lang.IllegalStateException: geofence null at com.caretime.evv.ClockIn.submit(ClockIn.kt:{r.randint(40, 400)})",\n'
        f' "sha": "{sha(r)}", "ts": {1700000000000 + r.randint(0, 10 ** 10)}}}\n')
    return D


def k_movein_agreement(r: Random) -> Doc:
    D, p = Doc(), Pt(r)
    D.f("RESIDENCY AGREEMENT — {0}\nApartment {1}, {2} suite\n\n", r.choice(["Evergreen Senior Living", "Riverbend Assisted Living", "Maple Court ALF"]),
        str(r.randint(100, 350)), r.choice(["studio", "one-bedroom", "companion"]))
    D.f("Resident: {0}  (date of birth {1})\nResponsible party: {2}, {3}\nMailing address of responsible party: {4}\n",
        PER(p.name), DOB(r, p.dob, style="long"), PER(full(r, "us", "fl")), r.choice(["son", "daughter", "POA", "guardian"]),
        (us_addr(r), "ADDRESS"))
    D.f("Move-in date: {0}. Monthly base rate {1}; level-of-care fee {2}. Community fee is non-refundable.\n",
        DT(r, style="long"), amount(r), amount(r))
    D.f("Rent is drafted on the 1st from checking account {0} (routing {1}). Previous residence: {2}.\n",
        (d(r, 10), "ACCOUNT_NUMBER"), r.choice(["021000021", "111000025", "091000019"]), (f"{p.city}, {p.st}", "LOCATION"))
    D.f("Pharmacy of choice: {0}. Physician: Dr. {1}. Long-term care insurance: {2}, policy {3}.\n",
        r.choice(["Omnicare", "PharMerica", "CVS"]), PER(full(r, "us", "fl")), r.choice(["Genworth", "John Hancock"]), (plan_id(r), "HEALTH_PLAN_NUMBER"))
    D.f("Signed {0}\n", DT(r))
    return D


def k_sftp_ticket(r: Random) -> Doc:
    D = Doc()
    vend = full(r, None, "fl")
    D.f("IT-{0} | EVV vendor SFTP cutover | opened by {1}\n\n", d(r, 5), PER(vend))
    D.f("Hi team — here is the key pair for the nightly EVV batch upload to sftp host {0} (port 22, user evv_{1}).\n"
        "Private key (please store in the vault and delete this comment):\n\n", (ipv4(r), "IP_ADDRESS"), d(r, 4))
    D.e(pem(r), "PRIVATE_KEY")
    D.f("\n\nFingerprint SHA256:{0}. Passphrase is {1}. Cron: 02:15 daily, files named EVV_{2}_YYYYMMDD.csv.\n",
        rs(r, 43, ALNUM + "+/"), (password(r), "PASSWORD"), d(r, 6))
    D.f("Contact me at {0} or {1} if the handshake fails. — {2}\n", EM(email(r, vend)), PH(phone(r)), PER(given(vend)))
    return D


# ---------------------------------------------------------------------------
# Non-English document kinds
# ---------------------------------------------------------------------------
def kvnr(r: Random) -> str:
    return r.choice(string.ascii_uppercase) + d(r, 9)


def k_de_pflegebericht(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "de")
    addr, city = intl_addr(r, "de")
    day = rdate(r)
    D.f("Ambulanter Pflegedienst {0} — Pflegebericht\n\n", r.choice(["Sonnenschein GmbH", "Lebenswert gGmbH", "Caritas Sozialstation Mitte", "Diakonie-Pflege"]))
    D.f("Klient/in: {0}{1}   geb. {2}\nAnschrift: {3}\n", r.choice(["Frau ", "Herr ", ""]), PER(r.choice([f"{f} {l}", f"{l}, {f}"])),
        DOB(r, None, "de"), (addr, "ADDRESS"))
    D.f("Pflegegrad {0} · Pflegekasse: {1} · Versichertennummer: {2}\n", str(r.randint(2, 5)),
        r.choice(["AOK Nordost", "TK", "Barmer", "DAK-Gesundheit"]), (kvnr(r), "HEALTH_PLAN_NUMBER"))
    D.f("Datum: {0}   Einsatz: {1} – {2}   Pflegekraft: {3}\n\n", DT(r, day, "de"), TM(r, "de", h=7), TM(r, "de", h=8),
        PER(full(r, r.choice(["de", "pl", "tr"]), "fl")))
    D.t(f"Bericht: Grundpflege (LK {r.randint(1, 4)}) durchgeführt, Kompressionsstrümpfe angezogen, Blutzucker {r.randint(90, 240)} mg/dl. "
        f"Medikamente gerichtet ({r.choice(DRUGS)}). Klientin wirkte heute verwirrt, hat nach dem Kater {r.choice(PETS)} gesucht.\n")
    D.f("Tochter {0} telefonisch informiert (Tel. {1}). Hausarzt Dr. {2}, Praxis {3}.\n", PER(r.choice(NAMES["de"][0])), PH(phone(r, "de")),
        PER(r.choice(NAMES["de"][1])), PH(phone(r, "de")))
    D.f("Nächster Einsatz: {0}\nHandzeichen: {1}\n", DTT(r, day + timedelta(days=1), "de"), r.choice(["SB", "KH", "MW", "JK"]))
    return D


def k_de_pflegekasse(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "de")
    addr, city = intl_addr(r, "de", multiline=True)
    D.f("{0}\n{1}\n\nAn die {2}\nAntrag auf Leistungen der Pflegeversicherung (Pflegegeld / Kombinationsleistung)\n\n",
        PER(f"{f} {l}"), (addr, "ADDRESS"), r.choice(["AOK Bayern – Die Gesundheitskasse", "Techniker Krankenkasse", "BARMER Pflegekasse"]))
    D.f("Versicherte Person: {0}, geboren am {1}\nVersichertennummer: {2}\nTelefon: {3}   E-Mail: {4}\n",
        PER(f"{l}, {f}"), DOB(r, None, "de", "long"), (kvnr(r), "HEALTH_PLAN_NUMBER"), PH(phone(r, "de")), EM(email(r, f"{f} {l}", r.choice(["gmx.de", "web.de", "t-online.de"]))))
    D.f("Pflegeperson: {0} (Sohn), {1}\n", PER(f"{r.choice(NAMES['de'][0])} {l}"), (intl_addr(r, "de")[0], "ADDRESS"))
    D.f("Das Pflegegeld soll auf folgendes Konto überwiesen werden:\nKontoinhaber: {0}\nIBAN: {1}\nBIC: {2}\n",
        PER(f"{f} {l}"), (iban(r, "DE"), "IBAN_CODE"), r.choice(["COBADEFFXXX", "DEUTDEDBBER", "BYLADEM1001", "GENODEF1M04"]))
    D.f("Ich bin seit dem {0} auf Hilfe angewiesen. Begutachtung durch den Medizinischen Dienst bitte nicht vor dem {1}.\n\n{2}, den {3}\n",
        DT(r, None, "de"), DT(r, None, "de"), (city, "LOCATION"), DT(r, None, "de"))
    return D


def k_de_dienstplan(r: Random) -> Doc:
    D = Doc()
    D.t("Datum;Tour;Mitarbeiter/in;Klient/in;Beginn;Ende;Leistungskomplex;Bemerkung\n")
    day = rdate(r)
    for k in range(r.randint(3, 6)):
        f, l = fl(r, "de")
        h = r.randint(6, 18)
        D.f("{0};T{1};{2};{3};{4};{5};LK {6};{7}\n", (day.strftime("%d.%m.%Y"), "DATE_TIME"), str(r.randint(1, 9)),
            PER(full(r, r.choice(["de", "pl", "tr", "ru"]), "fl")), PER(f"{l}, {f}"), (f"{h:02d}:{r.choice(['00', '15', '30', '45'])}", "DATE_TIME"),
            (f"{h:02d}:{r.choice(['50', '55'])}", "DATE_TIME"), f"{r.randint(1, 19)}{r.choice(['', 'a', 'b'])}",
            r.choice(["", "Schlüssel im Tresor", "Hund im Garten", "Insulin", "Kompression"]))
    D.f("# Export {0} v{1} – Tourenplanung KW {2}\n", r.choice(["Vivendi PD", "MediFox", "SNAP"]), ver(r), str(r.randint(1, 52)))
    return D


def k_fr_transmissions(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "fr")
    addr, city = intl_addr(r, "fr")
    day = rdate(r)
    D.f("SSIAD {0} — Transmissions ciblées\n\nPatient : {1}{2}, né(e) le {3}\nAdresse : {4}\n", (city, "LOCATION"),
        r.choice(["M. ", "Mme ", ""]), PER(r.choice([f"{f} {l}", f"{l.upper()} {f}"])), DOB(r, None, "fr"), (addr, "ADDRESS"))
    D.f("N° adhérent mutuelle : {0}   Médecin traitant : Dr {1}\n\n", (f"{d(r, 8)}{r.choice(string.ascii_uppercase)}", "HEALTH_PLAN_NUMBER"),
        PER(r.choice(NAMES["fr"][1])))
    D.f("Transmission du {0} — IDE {1}\n", DTT(r, day, "fr"), PER(full(r, "fr", "fl")))
    D.t(f"Cible : risque de chute. Données : patiente retrouvée assise au sol, pas de douleur. Actions : lever à deux, "
        f"surveillance. Résultat : TA {r.randint(10, 16)}/{r.randint(6, 9)}. Traitement : {r.choice(DRUGS)}.\n")
    D.f("Famille prévenue : fille {0} au {1}.\nProchain passage : {2}\n", PER(r.choice(NAMES["fr"][0])), PH(phone(r, "fr")),
        DTT(r, day + timedelta(days=1), "fr", weekday=True))
    D.t(f"Réf. dossier {claim_no(r)} — GIR {r.randint(1, 4)}\n")
    return D


def k_fr_courrier_ehpad(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "fr")
    addr, city = intl_addr(r, "fr", multiline=True)
    D.f("EHPAD {0}\nService administratif\n\n{1} {2}\n{3}\n\n{4}, le {5}\n\n", r.choice(["Les Tilleuls", "La Roseraie", "Le Clos Fleuri", "Résidence Saint-Joseph"]),
        r.choice(["Madame", "Monsieur"]), PER(f"{r.choice(NAMES['fr'][0])} {l}"), (addr, "ADDRESS"), (r.choice(INTL["fr"][0]), "LOCATION"),
        DT(r, None, "fr", "long"))
    D.f("Objet : facture d'hébergement et APA — résident(e) {0}\n\n", PER(f"{f} {l.upper()}"))
    D.f("Madame, Monsieur,\n\nVeuillez trouver ci-joint la facture n° {0} d'un montant de {1} pour le mois écoulé. "
        "Le prélèvement sera effectué le {2} sur le compte {3}.\n\n", f"FAC-{d(r, 6)}", amount(r, "€"), DT(r, None, "fr", "long"),
        (iban(r, "FR"), "IBAN_CODE"))
    D.f("Pour toute question, contactez {0} au {1} ou par courriel à {2}.\n\nCordialement,\n{3}\nDirectrice\n",
        PER(full(r, "fr", "fl")), PH(phone(r, "fr")), EM(email(r, None, "ehpad-" + r.choice(["tilleuls", "roseraie"]) + ".fr")), PER(full(r, "fr", "fl")))
    return D


def k_es_informe(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "es")
    addr, city = intl_addr(r, "es")
    day = rdate(r)
    D.f("Servicio de Ayuda a Domicilio (SAD) — {0}\nINFORME DE LA AUXILIAR\n\n", (city, "LOCATION"))
    D.f("Usuaria: {0}{1}\nFecha de nacimiento: {2}\nDomicilio: {3}\nTarjeta sanitaria: {4}\n",
        r.choice(["Dña. ", "D.ª ", ""]), PER(f"{f} {l}"), DOB(r, None, "es"), (addr, "ADDRESS"),
        (rs(r, 4, string.ascii_uppercase) + d(r, 12), "HEALTH_PLAN_NUMBER"))
    D.f("Auxiliar: {0}   Fecha del servicio: {1}   Entrada: {2}   Salida: {3}\n\n", PER(full(r, r.choice(["es", "mx"]), "fl")),
        DT(r, day, "es"), TM(r, "es", h=9), TM(r, "es", h=11))
    D.t(f"Tareas: aseo personal, preparación de comida, paseo de 20 minutos. Toma {r.choice(DRUGS)} con el desayuno. "
        "La usuaria refiere dolor en la rodilla.\n")
    D.f("Se avisa a su hijo {0} ({1}). Médico de cabecera: Dr. {2}.\nPróxima visita: {3}\n", PER(r.choice(NAMES["es"][0][1::2])),
        PH(phone(r, "es")), PER(r.choice(NAMES["es"][1])), DTT(r, day + timedelta(days=2), "es"))
    return D


def k_es_whatsapp(r: Random) -> Doc:
    D = Doc()
    a = full(r, "es", "fl")
    b = full(r, r.choice(["mx", "es"]), "fl")
    day = rdate(r)
    t = r.randint(8, 19)

    def pre(who):
        return f"[{day.strftime('%d/%m/%y')}, {t}:{r.randint(10, 59)}:{r.randint(10, 59)}] "
    D.f("{0}{1}: Hola, soy la cuidadora de tu madre. Mañana no puedo ir, ¿te viene bien el {2}?\n", pre(b), PER(b), DTT(r, day + timedelta(days=2), "es"))
    D.f("{0}{1}: Sí, perfecto. La llave está con la vecina del 2ºB, {2}.\n", pre(a), PER(a), PER(r.choice(NAMES["es"][0])))
    D.f("{0}{1}: Vale. ¿Me confirmas la dirección nueva? La app me sale la antigua\n", pre(b), PER(b))
    D.f("{0}{1}: {2}. Si hay algo urgente llama a mi hermano al {3}\n", pre(a), PER(a), (intl_addr(r, "es")[0].replace("\n", ", "), "ADDRESS"), PH(phone(r, "es")))
    D.f("{0}{1}: <Multimedia omitido>\n{0}{1}: Gracias 🙏\n", pre(b), PER(b))
    return D


def k_it_scheda_adi(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "it")
    addr, city = intl_addr(r, "it")
    day = rdate(r)
    D.f("ASL — Assistenza Domiciliare Integrata (ADI)\nSCHEDA DI ACCESSO DOMICILIARE\n\nAssistito/a: {0}{1}\nNato/a il {2} a {3}\n",
        r.choice(["Sig.ra ", "Sig. ", ""]), PER(r.choice([f"{f} {l}", f"{l.upper()} {f.upper()}"])), DOB(r, None, "it"),
        (r.choice(INTL["it"][0]), "LOCATION"))
    D.f("Residenza: {0}\nTessera sanitaria n. {1}\n", (addr, "ADDRESS"), ("80380" + d(r, 15), "HEALTH_PLAN_NUMBER"))
    D.f("Data accesso: {0}   Operatore: {1} (OSS)\n", DTT(r, day, "it"), PER(full(r, r.choice(["it", "ru", "ph"]), "fl")))
    D.t(f"Prestazioni: igiene personale, medicazione lesione da pressione sacrale (stadio {r.randint(2, 3)}), "
        f"controllo glicemia {r.randint(90, 250)} mg/dl. Terapia: {r.choice(DRUGS)}.\n")
    D.f("MMG: Dott. {0}, tel. {1}\nCaregiver: figlia {2}, cell. {3}\nProssimo accesso: {4}\n", PER(full(r, "it", "fl")),
        PH(phone(r, "it")), PER(r.choice(NAMES["it"][0])), PH(phone(r, "it")), DTT(r, day + timedelta(days=r.randint(1, 4)), "it", weekday=True))
    D.t(f"Codice prestazione {r.randint(100, 999)}.{r.randint(10, 99)} · pratica {claim_no(r)}\n")
    return D


def k_it_email_rsa(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "it")
    fam = full(r, "it", "fl")
    D.f("Da: {0}\nA: {1}\nOggetto: Retta RSA {2} – {3}\n\n", EM(email(r, fam, "libero.it")), EM(email(r, None, "rsa-villaserena.it")),
        r.choice(MONTHS["it"]), PER(f"{f} {l}"))
    D.f("Gentile amministrazione,\n\nvi scrivo per conto di mia madre {0}, ospite della camera {1}. Abbiamo cambiato banca: "
        "da ora l'addebito della retta va fatto sul conto IBAN {2} intestato a {3}.\n\n",
        PER(f"{f} {l}"), str(r.randint(1, 60)), (iban(r, "IT"), "IBAN_CODE"), PER(fam))
    D.f("Inoltre vorrei fissare un colloquio con la coordinatrice {0} per {1}.\n\nCordiali saluti,\n{2}\n{3}\n{4}\n",
        PER(full(r, "it", "fl")), DTT(r, None, "it"), PER(fam), (intl_addr(r, "it")[0], "ADDRESS"), PH(phone(r, "it")))
    return D


def k_pt_relatorio(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "pt")
    addr, city = intl_addr(r, "pt")
    day = rdate(r)
    D.f("Apoio Domiciliário — Relatório diário da cuidadora\n\nUtente: {0}{1}\nData de nascimento: {2}\nN.º de utente SNS: {3}\nMorada: {4}\n",
        r.choice(["D. ", "Sr.ª ", ""]), PER(f"{f} {l}"), DOB(r, None, "pt"), (d(r, 9), "HEALTH_PLAN_NUMBER"), (addr, "ADDRESS"))
    D.f("Data: {0}   Entrada: {1}   Saída: {2}\nCuidadora: {3}\n\n", DT(r, day, "pt"), TM(r, "pt", h=8), TM(r, "pt", h=12),
        PER(full(r, r.choice(["pt", "pt", "ng"]), "fl")))
    D.t(f"Higiene pessoal e troca de fralda, almoço (comeu pouco), medicação: {r.choice(DRUGS)}. Utente calma, "
        "com alguma tosse.\n")
    D.f("Contactei a filha {0} pelo {1} por causa da tosse. Consulta no centro de saúde de {2} marcada para {3}.\n",
        PER(r.choice(NAMES["pt"][0])), PH(phone(r, "pt")), (city, "LOCATION"), DTT(r, day + timedelta(days=3), "pt"))
    return D


def k_nl_zorgplan(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "nl")
    addr, city = intl_addr(r, "nl")
    D.f("Wijkverpleging {0} — Zorgplan\n\nCliënt: {1}{2}\nGeboortedatum: {3}\nAdres: {4}\n", (city, "LOCATION"),
        r.choice(["mevrouw ", "meneer ", "mevr. ", ""]), PER(f"{f} {l}"), DOB(r, None, "nl"), (addr, "ADDRESS"))
    D.f("Zorgverzekeraar: {0}   Polisnummer: {1}\nHuisarts: dr. {2}, {3}\n", r.choice(["Zilveren Kruis", "VGZ", "CZ", "Menzis"]),
        (d(r, 9), "HEALTH_PLAN_NUMBER"), PER(full(r, "nl", "fl")), PH(phone(r, "nl")))
    D.f("Contactpersoon: {0} (dochter), {1}, {2}\n\n", PER(f"{r.choice(NAMES['nl'][0])} {r.choice(NAMES['nl'][1])}"), PH(phone(r, "nl")),
        EM(email(r, None, "ziggo.nl") if r.random() < 0.3 else email(r, full(r, "nl", "fl"), "kpnmail.nl")))
    D.t("Doelen: zelfstandig douchen met hulpmiddelen; valrisico verminderen; medicatie (Baxterrol) correct innemen.\n"
        f"Afspraken: ADL-hulp 3x per week, steunkousen dagelijks, {r.choice(DRUGS)}.\n")
    D.f("Evaluatie gepland: {0}. Opgesteld door {1}, wijkverpleegkundige.\n", DTT(r, None, "nl"), PER(full(r, "nl", "fl")))
    return D


def k_pl_karta(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "pl")
    addr, city = intl_addr(r, "pl")
    day = rdate(r)
    D.f("KARTA USŁUG OPIEKUŃCZYCH — Ośrodek Pomocy Społecznej w {0}\n\nPodopieczny/a: {1}{2}\nData urodzenia: {3}\nAdres: {4}\n",
        (city, "LOCATION"), r.choice(["Pani ", "Pan ", ""]), PER(f"{f} {l}"), DOB(r, None, "pl"), (addr, "ADDRESS"))
    D.f("Opiekunka: {0}   Data wizyty: {1}   Godz. od {2} do {3}\n", PER(full(r, "pl", "fl")), DT(r, day, "pl"), TM(r, "pl", h=9), TM(r, "pl", h=12))
    D.t(f"Czynności: zakupy, przygotowanie posiłku, pomoc w toalecie, podanie leków ({r.choice(DRUGS)}).\n")
    D.f("Kontakt z córką: {0}, tel. {1}. Odpłatność za usługi przelewem na rachunek {2}.\nNastępna wizyta: {3}\n",
        PER(r.choice(NAMES["pl"][0])), PH(phone(r, "pl")), (iban(r, "PL"), "IBAN_CODE"), DTT(r, day + timedelta(days=1), "pl"))
    D.t(f"Decyzja nr {d(r, 4)}/{r.randint(2022, 2025)} · {r.randint(2, 8)} godz. dziennie\n")
    return D


def k_sv_hemtjanst(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "sv")
    addr, city = intl_addr(r, "sv")
    day = rdate(r)
    D.f("Hemtjänst {0} — Social dokumentation\n\nBrukare: {1}, född {2}\nAdress: {3}\n", (city, "LOCATION"), PER(f"{f} {l}"),
        DOB(r, None, "sv", "iso"), (addr, "ADDRESS"))
    D.f("Besök: {0}   Personal: {1}\n", DTT(r, day, "sv"), PER(full(r, r.choice(["sv", "so", "tr"]), "fl")))
    D.t(f"Insats: dusch, inköp, tillsyn. Brukaren var på gott humör men glömde att ta {r.choice(DRUGS)}. Larmknapp testad.\n")
    D.f("Anhörig: son {0}, tel. {1}. Kontaktperson: {2}.\nNästa besök: {3}\n", PER(r.choice(NAMES["sv"][0][1::2])), PH(phone(r, "sv")),
        PER(full(r, "sv", "fl")), DTT(r, day + timedelta(days=1), "sv"))
    return D


def k_tr_evde_bakim(r: Random) -> Doc:
    D = Doc()
    f, l = fl(r, "tr")
    addr, city = intl_addr(r, "tr")
    day = rdate(r)
    D.f("EVDE BAKIM HİZMETLERİ — Ziyaret Formu\n\nHasta: {0}\nDoğum tarihi: {1}\nAdres: {2}\n", PER(f"{f} {l}"), DOB(r, None, "tr"), (addr, "ADDRESS"))
    D.f("Özel sağlık sigortası poliçe no: {0}\nZiyaret: {1}\nHemşire: {2}\n", (f"{d(r, 4)}-{d(r, 7)}", "HEALTH_PLAN_NUMBER"),
        DTT(r, day, "tr"), PER(full(r, "tr", "fl")))
    D.t(f"Yapılan işlemler: yara bakımı, tansiyon ölçümü {r.randint(100, 170)}/{r.randint(60, 100)}, ilaç: {r.choice(DRUGS)}.\n")
    D.f("Yakını: oğlu {0}, tel: {1}. Aile hekimi: Dr. {2}.\nBir sonraki ziyaret: {3}\n", PER(r.choice(NAMES["tr"][0][1::2])),
        PH(phone(r, "tr")), PER(full(r, "tr", "fl")), DTT(r, day + timedelta(days=7), "tr"))
    return D


def k_ja_kaigo(r: Random) -> Doc:
    D = Doc()
    fam, giv = r.choice(NAMES["ja_native"][1]), r.choice(NAMES["ja_native"][0])
    day = rdate(r)
    D.f("訪問介護 サービス提供記録\n\n利用者氏名：{0} 様\n生年月日：{1}\n住所：{2}\n", PER(f"{fam} {giv}"),
        (f"{rdob(r).year}年{r.randint(1, 12)}月{r.randint(1, 28)}日", "DATE_OF_BIRTH"), (jp_addr(r), "ADDRESS"))
    D.f("介護保険被保険者番号：{0}\n訪問日時：{1}\n担当ヘルパー：{2}\n", (d(r, 10), "HEALTH_PLAN_NUMBER"), DTT(r, day, "ja"),
        PER(f"{r.choice(NAMES['ja_native'][1])} {r.choice(NAMES['ja_native'][0])}"))
    D.t("サービス内容：身体介護（入浴介助・排泄介助）、生活援助（調理・掃除）。本日は食欲あり、昼食全量摂取。\n")
    D.f("緊急連絡先：長男 {0} 様 {1}\nケアマネジャー：{2}（{3}）\n", PER(f"{fam} {r.choice(NAMES['ja_native'][0])}"), PH(phone(r, "ja")),
        PER(f"{r.choice(NAMES['ja_native'][1])} {r.choice(NAMES['ja_native'][0])}"), PH(phone(r, "ja")))
    D.f("次回訪問予定：{0}\n記録番号 {1}\n", DTT(r, day + timedelta(days=2), "ja"), f"K-{d(r, 6)}")
    return D


def k_ja_romaji_line(r: Random) -> Doc:
    D = Doc()
    cm = fl(r, "ja")
    u = fl(r, "ja")
    day = rdate(r)
    D.f("[LINE] {0} (care manager)\n\n", PER(f"{cm[1]} {cm[0]}"))
    D.f("{0} sama\n\nItsumo osewa ni natte orimasu. {1} no {2} desu.\n", PER(f"{u[1]} {r.choice(NAMES['ja'][0])}"),
        r.choice(["Hikari Kaigo Center", "Sakura Home Care", "Midori Houmon Kaigo"]), PER(cm[1]))
    D.f("{0} sama no tanki nyuusho (shooto sutei) wa {1} kara kakutei shimashita. Basho wa {2} desu.\n",
        PER(f"{u[1]} {u[0]}"), DTT(r, day, "ja"), (f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Shibuya, Shibuya-ku, Tokyo', 'Umeda, Kita-ku, Osaka', 'Yamashitacho, Naka-ku, Yokohama'])} {d(r, 3)}-{d(r, 4)}", "ADDRESS"))
    D.f("Hokensho bangou: {0}. Go-fumei na ten wa {1} made o-denwa kudasai.\nYoroshiku onegai itashimasu.\n",
        (d(r, 10), "HEALTH_PLAN_NUMBER"), PH(phone(r, "ja")))
    return D


# ---------------------------------------------------------------------------
# Entity-free documents full of hard negatives
# ---------------------------------------------------------------------------
def k_empty_evv_status(r: Random) -> Doc:
    D = Doc()
    day = rdate(r)
    for k in range(r.randint(4, 20)):
        D.t(f"{logts(r, day)} {r.choice(['INFO', 'WARN', 'ERROR'])} evv-sync[{r.randint(1000, 65000)}]: "
            + r.choice([f"batch {uuid(r)} submitted, {r.randint(1, 900)} visits, {r.randint(0, 12)} rejected",
                        f"aggregator ack {sha(r, 16)} latency={r.randint(20, 4000)}ms",
                        f"reject code V{r.randint(100, 999)}: missing service code for visit V{d(r, 8)}",
                        f"retrying claim {claim_no(r)} (attempt {r.randint(1, 5)}/5)",
                        f"connector {r.choice(PRODUCTS)} v{ver(r)} heartbeat ok",
                        f"epoch cursor advanced to {1700000000 + r.randint(0, 9 ** 8)}",
                        f"geofence radius {r.randint(100, 500)}m, {r.randint(0, 40)} visits outside"]) + "\n")
    return D


def k_empty_release_notes(r: Random) -> Doc:
    D = Doc()
    prod = r.choice(PRODUCTS)
    D.f("{0} {1} — Release notes\n\n", prod, ver(r))
    for item in r.sample(["EVV: visits with IVR clock-out now round to the nearest 15 minutes (configurable).",
                          f"MAR: PRN effectiveness prompt after {r.randint(30, 60)} minutes.",
                          "Billing: 837I loops now include value code 61 for hospice CBSA.",
                          f"Fixed crash when caregiver has more than {r.randint(50, 200)} open shifts (#{r.randint(1000, 9999)}).",
                          f"Upgraded PostgreSQL driver to {ver(r)}; minimum iOS version is 16.",
                          "Family portal: new dark mode and larger fonts for low-vision users.",
                          f"Security: rotated signing keys (commit {sha(r, 12)}); no customer action needed.",
                          f"Scheduling: overtime warning now triggers at {r.randint(36, 40)} hours per week."], 5):
        D.t(f"- {item}\n")
    D.t(f"\nBuild {d(r, 5)} · checksum sha256:{sha(r, 64)}\nKnown issue KI-{r.randint(100, 999)}: Sandata export delayed on Sundays.\n")
    return D


def k_empty_billing_batch(r: Random) -> Doc:
    D = Doc()
    D.t(f"CLAIMS BATCH SUMMARY — batch {d(r, 8)}\nPayer: State Medicaid FFS   Submitter ID {d(r, 9)}\n\n")
    D.t("Claim #          HCPCS   Units  Billed      Status\n")
    for k in range(r.randint(4, 9)):
        D.t(f"{claim_no(r):<16} {r.choice(HCPCS):<7} {r.randint(1, 120):<6} {amount(r):<11} {r.choice(['paid', 'denied CO-97', 'pended', 'paid'])}\n")
    D.t(f"\nTotal billed {amount(r)}; expected remit via EFT trace {d(r, 10)}; routing 021000021.\n")
    return D


def k_empty_metrics_csv(r: Random) -> Doc:
    D = Doc()
    D.t("week,branch,visits_scheduled,visits_completed,missed,late_pct,avg_duration_min,evv_compliance\n")
    for k in range(r.randint(5, 10)):
        D.t(f"{r.randint(2023, 2025)}-W{r.randint(1, 52):02d},BR-{r.randint(1, 9)},{r.randint(200, 3000)},{r.randint(150, 2900)},"
            f"{r.randint(0, 60)},{r.randint(0, 30)}.{r.randint(0, 9)},{r.randint(30, 240)},{r.randint(80, 99)}.{r.randint(0, 9)}%\n")
    D.t(f"# generated {r.choice(PRODUCTS)} analytics {ver(r)}\n")
    return D


def k_empty_template(r: Random) -> Doc:
    D = Doc()
    D.t("CARE PLAN TEMPLATE — Personal Care Aide (blank)\n\nClient name: ____________  DOB: __/__/____  MRN: ________\n"
        "Address: ______________________  Phone: (___) ___-____\n\n")
    D.t(f"Tasks (check): [ ] bathing  [ ] dressing  [ ] toileting  [ ] meal prep  [ ] light housekeeping\n"
        f"Frequency: __ x / week, __ hours per visit. Service code {r.choice(HCPCS)}.\n"
        f"Diagnoses (ICD-10): {r.choice(ICD)}, {r.choice(ICD)}\nForm HC-{r.randint(100, 999)} rev. {r.randint(1, 9)}.{r.randint(0, 9)}\n")
    return D


def k_empty_drug_ref(r: Random) -> Doc:
    D = Doc()
    drugs = r.sample(DRUGS, 4)
    D.t("Hospice comfort kit — nursing reference (no patient data)\n\n")
    for dr in drugs:
        D.t(f"* {dr}: {r.choice(['q4h PRN', 'q2h PRN dyspnea', 'BID', 'HS PRN'])}; max {r.randint(2, 8)} doses/24 h; "
            f"monitor RR < {r.randint(8, 12)}.\n")
    D.t(f"Kit NDC lot {d(r, 5)}-{d(r, 3)}-{d(r, 2)}, expires in {r.randint(6, 24)} months. Store below 25 °C.\n")
    return D


def k_empty_env_refs(r: Random) -> Doc:
    D = Doc()
    D.t("# docker-compose.override.yml (secrets come from the vault)\nservices:\n  scheduler:\n"
        f"    image: registry.internal/scheduler:{ver(r)}\n    environment:\n"
        "      DATABASE_URL: ${DATABASE_URL}\n      STRIPE_KEY: ${{ secrets.STRIPE_KEY }}\n"
        "      AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY}\n      SLACK_TOKEN: \"********\"\n"
        f"      BUILD_SHA: {sha(r)}\n      REQUEST_ID: {uuid(r)}\n    ports:\n      - \"8080:8080\"\n")
    return D


def k_empty_decline_log(r: Random) -> Doc:
    D = Doc()
    day = rdate(r)
    for k in range(r.randint(4, 7)):
        D.t(f"{logts(r, day)} payment-gw DECLINE invoice=INV-{d(r, 6)} amount={amount(r)} "
            + r.choice([f"pan={bad_card(r)} reason=luhn_check_failed", f"card=****{d(r, 4)} reason=insufficient_funds",
                        f"ssn_check={bad_ssn(r)} reason=invalid_area", f"token=tok_{'*' * 12} reason=expired"]) + "\n")
    return D


def k_empty_de_status(r: Random) -> Doc:
    D = Doc()
    day = rdate(r)
    D.t("Systemstatus Tourenplanung — automatischer Bericht\n\n")
    for k in range(r.randint(5, 9)):
        D.t(f"{logts(r, day)} " + r.choice([f"Abrechnung nach §302 SGB V: Datei {d(r, 6)}.AUF erzeugt ({r.randint(1, 300)} Datensätze)",
                                            f"Leistungsnachweis-Import: {r.randint(0, 50)} Fehler, Version {ver(r)}",
                                            f"Tour T{r.randint(1, 20)} optimiert, Fahrzeit {r.randint(30, 300)} Min.",
                                            f"Backup abgeschlossen, Prüfsumme {sha(r, 16)}",
                                            f"Rechnung RE-{d(r, 7)} über {amount(r, '€')} gebucht"]) + "\n")
    return D


def k_empty_fr_qualite(r: Random) -> Doc:
    D = Doc()
    D.t("Tableau de bord qualité — SAAD (données agrégées, anonymisées)\n\n")
    for k in range(r.randint(4, 7)):
        D.t(f"Indicateur Q{r.randint(1, 30):02d} : {r.choice(['chutes déclarées', 'interventions non réalisées', 'plaintes', 'retards > 15 min'])}"
            f" = {r.randint(0, 120)} ({r.randint(0, 30)},{r.randint(0, 9)} %) — trimestre T{r.randint(1, 4)} {r.randint(2022, 2025)}\n")
    D.t(f"Version du référentiel {ver(r)} · dossier n° {claim_no(r)} · montant total facturé {amount(r, '€')}\n")
    return D


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
KINDS = [
    # (name, lang, empty, fn)
    ("care_plan_485", "en", False, k_care_plan),
    ("sn_visit_note", "en", False, k_sn_visit_note),
    ("mar_record", "en", False, k_mar),
    ("caregiver_timesheet_csv", "en", False, k_timesheet_csv),
    ("family_portal_thread", "en", False, k_family_portal),
    ("x12_837_claim", "en", False, k_x12_837),
    ("ltc_insurance_claim", "en", False, k_ltc_claim),
    ("evv_export_csv", "en", False, k_evv_csv),
    ("incident_report", "en", False, k_incident_report),
    ("scheduler_app_log", "en", False, k_sched_log),
    ("hl7_adt_message", "en", False, k_hl7_adt),
    ("fhir_patient_json", "en", False, k_fhir_patient),
    ("referral_fax_cover", "en", False, k_referral_fax),
    ("hospice_admission_email", "en", False, k_hospice_email),
    ("intake_web_chat", "en", False, k_intake_chat),
    ("hr_onboarding_ticket", "en", False, k_onboarding_ticket),
    ("direct_deposit_form", "en", False, k_direct_deposit),
    ("scheduler_config_yaml", "en", False, k_config_yaml),
    ("k8s_secret_manifest", "en", False, k_k8s_secret),
    ("portal_env_file", "en", False, k_env_file),
    ("ci_deploy_log", "en", False, k_ci_log),
    ("llm_prompt_visit_summary", "en", False, k_llm_visit_summary),
    ("llm_api_request", "en", False, k_llm_api_json),
    ("vcard_contact", "en", False, k_vcard),
    ("ics_visit_invite", "en", False, k_ics),
    ("bereavement_letter", "en", False, k_bereavement_letter),
    ("discharge_notice_letter", "en", False, k_discharge_letter),
    ("oasis_export", "en", False, k_oasis),
    ("private_pay_invoice", "en", False, k_invoice_card),
    ("card_authorization_form", "en", False, k_card_auth_form),
    ("family_complaint_ticket", "en", False, k_support_ticket),
    ("alf_shift_handoff", "en", False, k_shift_handoff),
    ("sms_reminder_tsv", "en", False, k_sms_tsv),
    ("background_check_json", "en", False, k_bgcheck_json),
    ("aps_referral_intake", "en", False, k_aps_referral),
    ("hospice_oncall_log", "en", False, k_oncall_log),
    ("pharmacy_refill_fax", "en", False, k_pharmacy_fax),
    ("dme_order", "en", False, k_dme_order),
    ("curl_api_dump", "en", False, k_curl_dump),
    ("slack_ops_export", "en", False, k_slack_export),
    ("telehealth_invite", "en", False, k_telehealth_invite),
    ("hcbs_waiver_letter", "en", False, k_waiver_letter),
    ("evv_submission_xml", "en", False, k_evv_xml),
    ("crm_sql_dump", "en", False, k_sql_dump),
    ("respite_request_email", "en", False, k_respite_email),
    ("uk_carer_mileage_claim", "en", False, k_mileage_uk),
    ("x12_271_eligibility", "en", False, k_eligibility_271),
    ("mobile_crash_report", "en", False, k_crash_report),
    ("alf_residency_agreement", "en", False, k_movein_agreement),
    ("sftp_key_ticket", "en", False, k_sftp_ticket),
    ("de_pflegebericht", "de", False, k_de_pflegebericht),
    ("de_pflegekasse_antrag", "de", False, k_de_pflegekasse),
    ("de_dienstplan_csv", "de", False, k_de_dienstplan),
    ("fr_transmissions_ssiad", "fr", False, k_fr_transmissions),
    ("fr_courrier_ehpad", "fr", False, k_fr_courrier_ehpad),
    ("es_informe_sad", "es", False, k_es_informe),
    ("es_whatsapp_chat", "es", False, k_es_whatsapp),
    ("it_scheda_adi", "it", False, k_it_scheda_adi),
    ("it_email_retta_rsa", "it", False, k_it_email_rsa),
    ("pt_relatorio_cuidadora", "pt", False, k_pt_relatorio),
    ("nl_zorgplan", "nl", False, k_nl_zorgplan),
    ("pl_karta_opieki", "pl", False, k_pl_karta),
    ("sv_hemtjanst_anteckning", "sv", False, k_sv_hemtjanst),
    ("tr_evde_bakim_formu", "tr", False, k_tr_evde_bakim),
    ("ja_kaigo_kiroku", "ja", False, k_ja_kaigo),
    ("ja_romaji_line_message", "ja", False, k_ja_romaji_line),
    ("empty_evv_status_log", "en", True, k_empty_evv_status),
    ("empty_release_notes", "en", True, k_empty_release_notes),
    ("empty_claims_batch_summary", "en", True, k_empty_billing_batch),
    ("empty_visit_metrics_csv", "en", True, k_empty_metrics_csv),
    ("empty_care_plan_template", "en", True, k_empty_template),
    ("empty_comfort_kit_reference", "en", True, k_empty_drug_ref),
    ("empty_compose_env_refs", "en", True, k_empty_env_refs),
    ("empty_payment_decline_log", "en", True, k_empty_decline_log),
    ("empty_de_systemstatus", "de", True, k_empty_de_status),
    ("empty_fr_tableau_qualite", "fr", True, k_empty_fr_qualite),
]
KIND_BY_NAME = {k[0]: k for k in KINDS}
_EMPTY = [k for k in KINDS if k[2]]
_NONEN = [k for k in KINDS if not k[2] and k[1] != "en"]
_EN = [k for k in KINDS if not k[2] and k[1] == "en"]
P_EMPTY, P_NONEN = 0.12, 0.23


def _finalize(D: Doc, r: Random) -> tuple[str, list]:
    pad(D, r)
    text = D.text()
    ents = sorted(D.ents)
    if len(text) > MAX_LEN:
        cut = MAX_LEN
        while cut > MIN_LEN:
            if text[cut] == "\n" and not any(s < cut < e for s, e, _ in ents):
                break
            cut -= 1
        text = text[:cut]
        ents = [x for x in ents if x[1] <= cut]
    return text, ents


def build(i: int, seed: int = 0) -> dict:
    r = Random(f"blind74-{seed}-{i}")
    x = r.random()
    group = _EMPTY if x < P_EMPTY else _NONEN if x < P_EMPTY + P_NONEN else _EN
    name, lang, empty, fn = r.choice(group)
    D = fn(r)
    text, ents = _finalize(D, r)
    return {"id": f"blind74-{seed}-{i}", "kind": name, "lang": lang, "text": text,
            "entities": [{"start": s, "end": e, "type": t} for s, e, t in ents]}


def generate(n: int, seed: int = 0):
    for i in range(n):
        doc = build(i, seed)
        yield {"id": doc["id"], "text": doc["text"], "entities": doc["entities"]}


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
_SSN_RE = re.compile(r"(\d{3})([- ]?)(\d{2})\2(\d{4})")
_EDGE_OPEN = "\"'([{<«"
_EDGE_CLOSE = ".,;:!?\"')]}>»"
_SECRET_TYPES = {"PASSWORD", "GENERIC_SECRET", "JWT", "PRIVATE_KEY", "AWS_SECRET_KEY", "STRIPE_KEY", "GITHUB_TOKEN",
                 "SLACK_TOKEN", "AWS_ACCESS_KEY"}


def _shape_problem(typ: str, v: str) -> str | None:
    digits = re.sub(r"\D", "", v)
    if typ in ("PERSON", "LOCATION"):
        if re.search(r"\d", v) or "\n" in v:
            return "digit/newline in name or place"
    elif typ == "EMAIL_ADDRESS":
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v):
            return "bad e-mail"
    elif typ == "URL":
        m = re.fullmatch(r"https?://([^/\s?#]+)[^\s]*", v)
        if not m or "@" in v:
            return "bad url"
        host = m.group(1).split(":")[0].strip("[]")
        try:
            ipaddress.ip_address(host)
            return "url with ip host"
        except ValueError:
            pass
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "ip does not parse"
    elif typ == "CREDIT_CARD":
        if not re.fullmatch(r"[\d -]+", v) or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
            return "card not luhn-valid"
    elif typ == "IBAN_CODE":
        if not iban_ok(v):
            return "iban not mod-97 valid"
    elif typ == "US_SSN":
        m = _SSN_RE.fullmatch(v)
        if not m:
            return "ssn shape"
        a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if a == 0 or a == 666 or a >= 900 or g == 0 or s == 0:
            return "invalid ssn area/group/serial"
    elif typ == "PHONE_NUMBER":
        if len(digits) < 7 or not re.fullmatch(r"[\d +().\-/]+", v):
            return "phone shape"
    elif typ in ("DATE_TIME", "DATE_OF_BIRTH"):
        if not re.search(r"\d", v) or "\n" in v:
            return "date without digits"
    elif typ == "ADDRESS":
        if not re.search(r"\d", v):
            return "address without number"
    elif typ in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        if not re.search(r"\d", v) or "\n" in v or len(v) < 5:
            return "id shape"
    elif typ == "AWS_ACCESS_KEY":
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", v):
            return "aws key id shape"
    elif typ == "AWS_SECRET_KEY":
        if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
            return "aws secret shape"
    elif typ == "GITHUB_TOKEN":
        if not re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v):
            return "github token shape"
    elif typ == "SLACK_TOKEN":
        if not re.fullmatch(r"xox[abprs]-[0-9]+-[0-9]+-[A-Za-z0-9]+", v):
            return "slack token shape"
    elif typ == "STRIPE_KEY":
        if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{20,}", v):
            return "stripe key shape"
    elif typ == "JWT":
        parts = v.split(".")
        if len(parts) != 3:
            return "jwt parts"
        try:
            hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            if "alg" not in hdr:
                return "jwt header without alg"
        except Exception:
            return "jwt header does not decode"
    elif typ == "PRIVATE_KEY":
        if not (v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----")):
            return "pem block"
    elif typ in ("PASSWORD", "GENERIC_SECRET"):
        if re.search(r"\s", v) or len(v) < 4:
            return "secret shape"
    return None


def validate(doc: dict) -> list[str]:
    errs: list[str] = []
    text = doc.get("text")
    if not isinstance(text, str):
        return ["text missing"]
    if not MIN_LEN <= len(text) <= MAX_LEN:
        errs.append(f"length {len(text)} out of range")
    prev_end, prev_start = 0, -1
    for ent in doc.get("entities", []):
        s, e, t = ent["start"], ent["end"], ent["type"]
        if t not in TYPESET:
            errs.append(f"unknown type {t}")
            continue
        if not (0 <= s < e <= len(text)):
            errs.append(f"offsets out of range {s}-{e}")
            continue
        if s < prev_start:
            errs.append("entities not sorted")
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_start, prev_end = s, e
        v = text[s:e]
        if v != v.strip():
            errs.append(f"whitespace at span edge {t} {v!r}")
        opens_ok = t == "PHONE_NUMBER" and v[0] == "(" and ")" in v
        if t not in _SECRET_TYPES and ((v[0] in _EDGE_OPEN and not opens_ok) or v[-1] in _EDGE_CLOSE):
            errs.append(f"punctuation/quote at span edge {t} {v!r}")
        p = _shape_problem(t, v)
        if p:
            errs.append(f"{p}: {t} {v!r}")
    return errs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _check(seed: int, n: int = 3000) -> int:
    problems = 0
    by_type: Counter = Counter()
    by_kind: Counter = Counter()
    by_lang: Counter = Counter()
    empty_docs = nonen_docs = 0
    for i in range(n):
        doc = build(i, seed)
        errs = validate(doc)
        kind = KIND_BY_NAME[doc["kind"]]
        if kind[2] and doc["entities"]:
            errs.append("empty kind produced entities")
        if not kind[2] and not doc["entities"]:
            errs.append("entity kind produced no entities")
        for e in errs:
            problems += 1
            if problems <= 40:
                print(f"PROBLEM {doc['id']} ({doc['kind']}): {e}")
        by_kind[doc["kind"]] += 1
        by_lang[doc["lang"]] += 1
        empty_docs += not doc["entities"]
        nonen_docs += doc["lang"] != "en"
        for ent in doc["entities"]:
            by_type[ent["type"]] += 1
    # determinism and independence from n
    first = list(generate(5, seed))
    again = [x for x, _ in zip(generate(n, seed), range(5))]
    if first != again:
        problems += 1
        print("PROBLEM: documents depend on n or are not deterministic")
    print(f"docs: {n}   entities: {sum(by_type.values())}")
    print("\nentities per type:")
    for t in TYPES:
        print(f"  {t:<24} {by_type[t]}")
        if not by_type[t]:
            print(f"  (note: type {t} never produced)")
    print(f"\ndocs per kind ({len(KINDS)} kinds registered, {len(by_kind)} seen):")
    for k, _, _, _ in KINDS:
        print(f"  {k:<30} {by_kind[k]}")
    print("\ndocs per language:")
    for lang, c in sorted(by_lang.items(), key=lambda x: -x[1]):
        print(f"  {lang:<4} {c}")
    print(f"\nnon-English share: {nonen_docs / n:.1%}   empty share: {empty_docs / n:.1%}")
    if len(KINDS) < 57 or len(by_kind) < 57:
        problems += 1
        print("PROBLEM: fewer than 57 kinds")
    print(f"\nproblems: {problems}")
    return 1 if problems else 0


def _sample(k: int, seed: int) -> None:
    for i in range(k):
        doc = build(i, seed)
        print("=" * 78)
        print(f"{doc['id']}  kind={doc['kind']}  lang={doc['lang']}  len={len(doc['text'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for ent in doc["entities"]:
            print(f"  {ent['type']:<22} {doc['text'][ent['start']:ent['end']]!r}")
        errs = validate(doc)
        for e in errs:
            print(f"  !! {e}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Blind corpus 74 (home health / elder care / hospice)")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs, validate, print statistics")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with their labelled spans")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return _check(a.seed)
    if a.sample:
        _sample(a.sample, a.seed)
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
