r"""Blind corpus 68 -- agriculture, food supply chain, farm co-operatives and fisheries.

Synthetic, labelled documents for a PII/PHI/secrets detector: farm subsidy
applications, co-op member statements, grain delivery tickets, livestock
movement records, veterinary herd certificates, fishing-vessel logbooks, food
recall notices, traceability exports, agronomist visit notes and the IT
plumbing around them (gateway configs, CI files, API logs).  Every value is
fake; spans are recorded while the text is built (never searched afterwards).

Usage: python3 corpus_blind68.py --check | --sample K | --n N --seed S --output F.jsonl

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
"""
# Note on secrets (the conventions block above is reproduced verbatim from the
# brief, whose last bullet is cut short).  In this corpus every secret span is
# the bare value only: no "KEY=" / "password:" label, no quotes, no "Bearer ";
# STRIPE_KEY, JWT, PASSWORD and GENERIC_SECRET likewise; PRIVATE_KEY covers the
# whole PEM block from "-----BEGIN" to the closing "-----".  A password may end
# in punctuation that belongs to it ("Harvest#2291!").
from __future__ import annotations

import argparse
import base64
import datetime as _dt
import ipaddress
import json
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter
from random import Random

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
                "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"}

# short aliases used by the document builders
PER, EM, PH, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                  "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                     "DRIVER_LICENSE")
AKEY, ASEC, GH, SLK, STR, JWT_, PK, PWD, GEN = (
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET")


# --------------------------------------------------------------------------
# Builder
# --------------------------------------------------------------------------
class Builder:
    """Appends text pieces; a (value, TYPE) tuple is recorded as an entity."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.ents: list[tuple[int, int, str]] = []

    def add(self, *items) -> "Builder":
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                val, typ = it
                if typ and val:
                    self.ents.append((self.pos, self.pos + len(val), typ))
                self.parts.append(val)
                self.pos += len(val)
            else:
                self.parts.append(it)
                self.pos += len(it)
        return self

    def line(self, *items) -> "Builder":
        self.add(*items)
        return self.add("\n")

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------
# Name pools
# --------------------------------------------------------------------------
NAMES = {
    "us": ("James Mary Dale Linda Cody Brittany Travis Shelby Wyatt Kaylee Earl Darlene "
           "Randy Tammy Garrett Holly Clayton Jolene Dwight Renee Luke Amber",
           "Hoffman Jensen Olson Whitaker Bauer McAllister Peterson Yoder Schrock Carver "
           "Redd Lindgren Huckabee Stoltzfus Pruitt Thibodeaux Gustafson Boone Ritter"),
    "hisp": ("José María Guadalupe Juan Carlos Rosa Alejandro Esperanza Miguel Yesenia "
             "Rigoberto Maricela Jesús Leticia Ramiro Araceli Efraín Xóchitl",
             "García Hernández Ramírez Morales Gutiérrez Ochoa Villanueva Castillo Zamora "
             "Ibarra Cervantes Salgado Avendaño Quintero Mejía"),
    "de": ("Jürgen Hannelore Lukas Anke Wiebke Hinrich Sönke Katrin Matthias Friederike "
           "Gesche Bernd Heiko Meike Tobias Elke",
           "Brüggemann Ostermann Janssen Meyerhoff Thielke Hollenberg Kötter Ahlers "
           "Wübbeler Rademacher Stukenborg Grotelüschen Pöppelmann Hinrichs"),
    "fr": ("Jean-Pierre Mathilde Gaëlle Thierry Clémence Benoît Solène Yannick Édith "
           "Armelle Loïc Ségolène Hervé Maëlle",
           "Lefebvre Morvan Le Goff Chauvin Delacroix Bérard Tessier Garnier Quéméner "
           "Rouxel Lemaître Baudouin Pasquier"),
    "es": ("Íñigo Montserrat Begoña Aitor Consuelo Jordi Nuria Fermín Remedios Xabier "
           "Amparo Lucía Paco",
           "Etxeberria Puig Olmedo Ferrer Navarro Iglesias Vidal Márquez Arrieta Soler "
           "Cañizares Belmonte"),
    "it": ("Giuseppe Annalisa Ottavio Rosaria Lorenzo Chiara Ermanno Vittoria Gianluca "
           "Donatella Cosimo Ilaria",
           "Bertolini Esposito Ferraresi Galli Zanetti Cavallaro Lombardi De Santis "
           "Pellegrino Bonfanti Scarpellini"),
    "pt": ("João Conceição Rui Filipa Severino Adriana Tiago Luzia Gonçalo Benedita "
           "Raimundo Fabiana",
           "Carvalho Ferreira Magalhães Sousa Nogueira Pinto Barbosa Teixeira Azevedo "
           "Figueiredo Bettencourt"),
    "nl": ("Geert Femke Sjoerd Anouk Bram Hendrika Wouter Ilse Jelle Marieke Gerrit",
           "de Vries Bakker van der Meer Hoekstra Visser Dijkstra Smit de Boer Postma "
           "van Dam Kuipers"),
    "pl": ("Krzysztof Małgorzata Grzegorz Agnieszka Zbigniew Bożena Paweł Jadwiga "
           "Tomasz Halina Łukasz",
           "Nowak Wójcik Kowalczyk Lewandowski Zając Mazur Krawczyk Pietrzak Grabowski "
           "Michalak Sobczak"),
    "sv": ("Sven Ingrid Björn Kerstin Lars-Erik Maja Anders Sofia Göran Linnea",
           "Lindqvist Bergström Nyberg Holmgren Sjöberg Åkesson Ekström Lundgren Wallin"),
    "no": ("Ola Kari Torbjørn Ingvild Sigurd Marit Eirik Solveig",
           "Hansen Strand Nilsen Johansen Kvalheim Berg Solberg Rørvik Hatlestad"),
    "tr": ("Mehmet Ayşe Hüseyin Fatma Emre Zeynep Mustafa Elif Gökhan Şükran İbrahim",
           "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Koç Karaca Güneş"),
    "ja": ("Hiroshi Yuki Takeshi Keiko Kenji Aiko Shota Naomi Daisuke Emiko",
           "Tanaka Sato Nakamura Kobayashi Yamamoto Watanabe Inoue Kimura Hayashi "
           "Matsumoto"),
    "in": ("Gurpreet Harjinder Priya Rajesh Sunita Manpreet Anil Kavita Baljit",
           "Singh Sandhu Patel Reddy Gill Dhillon Deshmukh Grewal"),
    "ea": ("Wanjiru Kipchoge Achieng Otieno Njeri Mwangi Chepkoech Barasa",
           "Kamau Odhiambo Mutua Chebet Wekesa Kiprotich Njoroge"),
    "vi": ("Minh Thao Huong Duc Lan Quang Thuy", "Nguyen Tran Le Pham Vo Huynh Dang"),
    "zh": ("Wei Xiaoling Jun Mei Hao Yuting", "Zhang Li Chen Wang Liu Zhou"),
    "uk": ("Callum Siobhan Niamh Ewan Fiona Declan Morag Rhys Gareth Bethan Alasdair",
           "MacLeod O'Sullivan Fraser Pritchard Davies Gallagher Buchanan Penhaligon "
           "Trevithick McCulloch Rees"),
    "br": ("Luiz Antônio Francisca Edivaldo Josiane Cleiton Aparecida Valdir",
           "Oliveira dos Santos Rodrigues Lima Alves Pereira Cardoso"),
}
_MULTI = {"Juan Carlos", "Le Goff", "De Santis", "de Vries", "van der Meer", "de Boer",
          "van Dam", "dos Santos", "Luiz Antônio"}


def _split_names(s: str) -> list[str]:
    out, toks, i = [], s.split(), 0
    while i < len(toks):
        two = " ".join(toks[i:i + 2])
        three = " ".join(toks[i:i + 3])
        if three in _MULTI:
            out.append(three); i += 3
        elif two in _MULTI:
            out.append(two); i += 2
        else:
            out.append(toks[i]); i += 1
    return out


POOL = {k: (_split_names(a), _split_names(b)) for k, (a, b) in NAMES.items()}


class Person:
    def __init__(self, first: str, last: str, mid: str = "", culture: str = "us") -> None:
        self.first, self.last, self.mid, self.culture = first, last, mid, culture

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def styled(self, rng: Random) -> str:
        r = rng.random()
        if r < 0.55:
            return self.full
        if r < 0.7 and self.mid:
            return f"{self.first} {self.mid}. {self.last}"
        if r < 0.82:
            return f"{self.last}, {self.first}"
        if r < 0.9:
            return f"{self.first[0]}. {self.last}"
        return self.full.upper()


def person(rng: Random, culture: str) -> Person:
    firsts, lasts = POOL[culture]
    first, last = rng.choice(firsts), rng.choice(lasts)
    if culture == "hisp" and rng.random() < 0.35:
        last = f"{last} {rng.choice([l for l in lasts if l != last])}"
    mid = rng.choice("ABCDEFGHJKLMNPRSTW") if culture in ("us", "uk", "in", "ea") else ""
    return Person(first, last, mid, culture)


# --------------------------------------------------------------------------
# Geography: cities, addresses, phones
# --------------------------------------------------------------------------
COUNTRIES = {
    # cc: (country name, cultures, [(city, region, postcode)], streets)
    "US": ("USA", ["us", "us", "hisp", "hisp", "vi", "in", "zh"],
           [("Ames", "IA", "50010"), ("Fresno", "CA", "93706"), ("Lubbock", "TX", "79401"),
            ("Yakima", "WA", "98901"), ("Salinas", "CA", "93901"), ("Fargo", "ND", "58102"),
            ("Lancaster", "PA", "17602"), ("Boise", "ID", "83702"), ("Dodge City", "KS", "67801"),
            ("Modesto", "CA", "95354"), ("Grand Island", "NE", "68801"), ("Tifton", "GA", "31794"),
            ("Immokalee", "FL", "34142"), ("Walla Walla", "WA", "99362"), ("Sioux Center", "IA", "51250")],
           ["County Road {n}", "Orchard Ln", "Prairie View Dr", "Old Mill Rd", "E Elm St",
            "Harvest Way", "Rural Route {n}", "N Cedar Ave", "Granary Rd", "Co Hwy {n}"]),
    "CA": ("Canada", ["us", "uk", "in", "zh"],
           [("Saskatoon", "SK", "S7K 1J5"), ("Red Deer", "AB", "T4N 5E1"), ("Brandon", "MB", "R7A 6A1"),
            ("Guelph", "ON", "N1H 3T2"), ("Lethbridge", "AB", "T1J 0P3")],
           ["Range Road {n}", "Township Rd {n}", "Wheatland Cres", "Main St"]),
    "GB": ("United Kingdom", ["uk", "uk", "in", "pl"],
           [("Hereford", "Herefordshire", "HR4 9QT"), ("Truro", "Cornwall", "TR1 2HE"),
            ("Peterhead", "Aberdeenshire", "AB42 1QS"), ("Boston", "Lincolnshire", "PE21 6PR"),
            ("Carmarthen", "Carmarthenshire", "SA31 1HQ"), ("Newlyn", "Cornwall", "TR18 5HW")],
           ["Ross Road", "Mill Lane", "Station Road", "Harbour Street", "Church Lane"]),
    "AU": ("Australia", ["uk", "us", "zh", "vi"],
           [("Dubbo", "NSW", "2830"), ("Wagga Wagga", "NSW", "2650"), ("Toowoomba", "QLD", "4350"),
            ("Mildura", "VIC", "3500")],
           ["Mill Rd", "Boundary Rd", "Sandy Creek Rd", "Macquarie St"]),
    "KE": ("Kenya", ["ea"], [("Nakuru", "Nakuru County", "20100"), ("Eldoret", "Uasin Gishu", "30100"),
                             ("Kericho", "Kericho County", "20200")], []),
    "IN": ("India", ["in"], [("Ludhiana", "Punjab", "141001"), ("Nashik", "Maharashtra", "422001"),
                             ("Guntur", "Andhra Pradesh", "522001")],
           ["GT Road", "Mandi Road", "Canal Road"]),
    "DE": ("Deutschland", ["de", "de", "de", "tr", "pl"],
           [("Oldenburg", "Niedersachsen", "26122"), ("Cloppenburg", "Niedersachsen", "49661"),
            ("Husum", "Schleswig-Holstein", "25813"), ("Rostock", "Mecklenburg-Vorpommern", "18055"),
            ("Landshut", "Bayern", "84028"), ("Münster", "Nordrhein-Westfalen", "48143"),
            ("Vechta", "Niedersachsen", "49377")],
           ["Dorfstraße", "Am Mühlenbach", "Hauptstraße", "Kirchweg", "Zum Eichenhof", "Moorweg"]),
    "FR": ("France", ["fr", "fr", "fr", "pt"],
           [("Reims", "Grand Est", "51100"), ("Rennes", "Bretagne", "35000"), ("Angers", "Pays de la Loire", "49000"),
            ("Auch", "Occitanie", "32000"), ("Caen", "Normandie", "14000"), ("Laval", "Pays de la Loire", "53000"),
            ("Quimper", "Bretagne", "29000")],
           ["rue des Vignes", "chemin de la Ferme", "route de Paris", "rue du Moulin", "allée des Tilleuls"]),
    "ES": ("España", ["es", "es", "hisp"],
           [("Murcia", "Región de Murcia", "30001"), ("Almería", "Andalucía", "04001"), ("Lleida", "Cataluña", "25001"),
            ("Huelva", "Andalucía", "21001"), ("Albacete", "Castilla-La Mancha", "02001"), ("Vigo", "Galicia", "36201")],
           ["Calle Mayor", "Camino de la Huerta", "Avenida de la Constitución", "Calle del Olivo"]),
    "IT": ("Italia", ["it"],
           [("Parma", "Emilia-Romagna", "43121"), ("Cremona", "Lombardia", "26100"), ("Verona", "Veneto", "37121"),
            ("Foggia", "Puglia", "71121"), ("Cuneo", "Piemonte", "12100"), ("Chioggia", "Veneto", "30015")],
           ["Via Emilia Est", "Strada Provinciale", "Via Roma", "Via dei Campi", "Viale Po"]),
    "PT": ("Portugal", ["pt"],
           [("Porto", "Norte", "4050-265"), ("Évora", "Alentejo", "7000-504"), ("Braga", "Norte", "4700-320"),
            ("Santarém", "Ribatejo", "2000-075"), ("Peniche", "Oeste", "2520-227")],
           ["Rua das Flores", "Estrada Nacional", "Rua do Lagar", "Avenida da Liberdade"]),
    "NL": ("Nederland", ["nl"],
           [("Dronten", "Flevoland", "8251 AB"), ("Emmeloord", "Flevoland", "8301 KD"),
            ("Leeuwarden", "Friesland", "8911 BK"), ("Zwolle", "Overijssel", "8011 PK"), ("Urk", "Flevoland", "8321 EM")],
           ["Dorpsstraat", "Polderweg", "Kerkstraat", "Zuiderdijk"]),
    "PL": ("Polska", ["pl"],
           [("Kalisz", "wielkopolskie", "62-800"), ("Lublin", "lubelskie", "20-001"),
            ("Olsztyn", "warmińsko-mazurskie", "10-001"), ("Rzeszów", "podkarpackie", "35-001")],
           ["ul. Polna", "ul. Lipowa", "ul. Ogrodowa", "ul. Łąkowa"]),
    "SE": ("Sverige", ["sv"],
           [("Skara", "Västra Götaland", "532 30"), ("Kalmar", "Kalmar län", "392 31"), ("Lund", "Skåne", "222 21"),
            ("Göteborg", "Västra Götaland", "414 51"), ("Smögen", "Västra Götaland", "450 43")],
           ["Storgatan", "Kyrkvägen", "Hamngatan", "Åkervägen"]),
    "NO": ("Norge", ["no"],
           [("Tromsø", "Troms", "9008"), ("Ålesund", "Møre og Romsdal", "6002"), ("Bodø", "Nordland", "8006")],
           ["Strandgata", "Havnegata", "Sjøgata"]),
    "TR": ("Türkiye", ["tr"],
           [("İzmir", "İzmir", "35220"), ("Konya", "Konya", "42060"), ("Adana", "Adana", "01120"),
            ("Bursa", "Bursa", "16010")],
           ["Atatürk Cad.", "Cumhuriyet Cad.", "Zeytinlik Sok."]),
    "JP": ("Japan", ["ja"],
           [("Obihiro", "Hokkaido", "080-0012"), ("Niigata", "Niigata", "950-0087"),
            ("Kagoshima", "Kagoshima", "890-0053"), ("Tsukuba", "Ibaraki", "305-0031")],
           ["Kita-machi", "Minami-cho", "Nishi-honcho"]),
    "BR": ("Brasil", ["br", "pt"],
           [("Ribeirão Preto", "SP", "14010-100"), ("Londrina", "PR", "86010-000"), ("Rio Verde", "GO", "75901-000")],
           ["Rua XV de Novembro", "Avenida Brasil", "Rua das Palmeiras"]),
}
EN_CC = ["US", "US", "US", "US", "CA", "GB", "GB", "AU", "KE", "IN"]


class Addr:
    def __init__(self, cc, street, city, region, postcode):
        self.cc, self.street, self.city, self.region, self.postcode = cc, street, city, region, postcode
        self.country = COUNTRIES[cc][0]

    def city_region(self) -> str:
        return f"{self.city}, {self.region}"

    def one_line(self, rng: Random | None = None, country: bool = False) -> str:
        cc = self.cc
        if cc in ("US", "CA"):
            s = f"{self.street}, {self.city}, {self.region} {self.postcode}"
        elif cc == "AU":
            s = f"{self.street}, {self.city} {self.region} {self.postcode}"
        elif cc == "GB":
            s = f"{self.street}, {self.city} {self.postcode}"
        elif cc == "KE":
            s = f"{self.street}, {self.city}"
        elif cc == "IN":
            s = f"{self.street}, {self.city}, {self.region} {self.postcode}"
        elif cc == "JP":
            s = f"{self.street}, {self.city}-shi, {self.region} {self.postcode}"
        elif cc == "BR":
            s = f"{self.street}, {self.city} - {self.region}, {self.postcode}"
        elif cc == "TR":
            s = f"{self.street}, {self.postcode} {self.city}"
        else:
            s = f"{self.street}, {self.postcode} {self.city}"
        if country:
            s += f", {self.country}"
        return s

    def multi(self, country: bool = False) -> str:
        return self.one_line(country=country).replace(", ", "\n", 1)


def address(rng: Random, cc: str) -> Addr:
    name, _cult, cities, streets = COUNTRIES[cc]
    city, region, pc = rng.choice(cities)
    n = rng.randint(2, 4800)
    if cc in ("US", "CA", "AU"):
        st = rng.choice(streets).format(n=rng.randint(2, 60))
        street = f"{n} {st}"
        if rng.random() < 0.15:
            street += rng.choice([f" Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f", Unit {rng.randint(2, 19)}"])
    elif cc == "GB":
        street = rng.choice([f"{rng.randint(1, 120)} {rng.choice(streets)}",
                             f"{rng.choice(['Upper Lydbrook', 'Trewithen', 'Glebe', 'Ashcombe'])} Farm, {rng.choice(streets)}"])
    elif cc == "KE":
        street = f"P.O. Box {rng.randint(100, 9999)}-{pc}"
    elif cc == "IN":
        street = f"Plot {rng.randint(2, 300)}, {rng.choice(streets)}"
    elif cc == "JP":
        street = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(streets)}"
    elif cc == "FR":
        street = rng.choice([f"{rng.randint(1, 90)} {rng.choice(streets)}",
                             f"Lieu-dit {rng.choice(['La Croix Verte', 'Le Grand Pré', 'Kerbriant'])}"])
    elif cc == "ES":
        street = f"{rng.choice(streets)} {rng.randint(1, 120)}"
        if rng.random() < 0.4:
            street += f", {rng.randint(1, 6)}º {rng.choice('ABCD')}"
    elif cc == "TR":
        street = f"{rng.choice(['Cumhuriyet Mah.', 'Yeni Mah.', 'Fatih Mah.'])} {rng.choice(streets)} No: {rng.randint(1, 90)}"
    elif cc == "PL":
        street = f"{rng.choice(streets)} {rng.randint(1, 80)}" + (f"/{rng.randint(1, 20)}" if rng.random() < 0.3 else "")
    else:
        street = f"{rng.choice(streets)} {rng.randint(1, 140)}"
    return Addr(cc, street, city, region, pc)


def _d(rng: Random, k: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(k))


def _nz(rng: Random, k: int) -> str:
    return rng.choice("23456789") + _d(rng, k - 1)


def phone(rng: Random, cc: str, intl: bool | None = None) -> str:
    if intl is None:
        intl = rng.random() < 0.45
    r = rng.random()
    if cc in ("US", "CA"):
        a, b, c = _nz(rng, 3), _nz(rng, 3), _d(rng, 4)
        if intl:
            return rng.choice([f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}"])
        return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
                           f"1-800-{b}-{c}" if r < 0.1 else f"{a}-{b}-{c}"])
    if cc == "GB":
        if r < 0.5:
            ac = rng.choice(["1432", "1872", "1779", "1205", "1267", "1736"])
            rest = _nz(rng, 6)
            return f"+44 {ac} {rest}" if intl else f"0{ac} {rest}"
        m = "7" + _d(rng, 3) + " " + _d(rng, 6)
        return f"+44 {m}" if intl else f"0{m}"
    if cc == "AU":
        if r < 0.5:
            x = f"{rng.choice('2378')} {_nz(rng, 4)} {_d(rng, 4)}"
            return f"+61 {x}" if intl else f"(0{x[0]}) {x[2:]}"
        m = f"4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"
        return f"+61 {m}" if intl else f"0{m}"
    if cc == "KE":
        m = f"7{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"
        return f"+254 {m}" if intl else f"0{m}"
    if cc == "IN":
        m = f"9{_d(rng, 4)} {_d(rng, 5)}"
        return f"+91 {m}" if intl else f"0{m}"
    if cc == "DE":
        if r < 0.55:
            ac = rng.choice(["441", "4471", "4841", "381", "871", "251", "4441"])
            n = _nz(rng, 7 - len(ac) + 3)
            return rng.choice([f"+49 {ac} {n}", f"+49 (0){ac} {n}"]) if intl else rng.choice(
                [f"0{ac} {n}", f"0{ac}/{n}", f"0{ac} {n[:3]} {n[3:]}"])
        m = f"1{rng.choice(['51', '60', '71', '76'])} {_d(rng, 7)}"
        return f"+49 {m}" if intl else f"0{m}"
    if cc == "FR":
        first = rng.choice("123456799")
        pairs = " ".join(_d(rng, 2) for _ in range(4))
        return f"+33 {first} {pairs}" if intl else f"0{first} {pairs}"
    if cc == "ES":
        first = rng.choice(["9", "6"])
        n = first + _d(rng, 8)
        return f"+34 {n[:3]} {n[3:6]} {n[6:]}" if intl else rng.choice(
            [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
    if cc == "IT":
        if r < 0.5:
            ac = rng.choice(["0521", "0372", "045", "0881", "0171", "041"])
            n = _d(rng, 6)
            return f"+39 {ac} {n}" if intl else f"{ac} {n}"
        m = f"3{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}"
        return f"+39 {m}" if intl else m
    if cc == "PT":
        n = rng.choice(["22", "266", "253", "91", "93", "96"])
        rest = _d(rng, 9 - len(n))
        s = f"{n} {rest[:3]} {rest[3:]}" if len(n) == 2 else f"{n} {rest[:3]} {rest[3:]}"
        return f"+351 {s}" if intl else s
    if cc == "NL":
        if r < 0.5:
            ac = rng.choice(["321", "527", "58", "38"])
            n = _d(rng, 9 - len(ac))
            return f"+31 {ac} {n}" if intl else f"0{ac}-{n}"
        n = _d(rng, 8)
        return f"+31 6 {n}" if intl else f"06-{n}"
    if cc == "PL":
        n = rng.choice(["62", "81", "89", "601", "512", "728"])
        rest = _d(rng, 9 - len(n))
        s = f"{n} {rest[:3]} {rest[3:5]} {rest[5:]}" if len(n) == 2 else f"{n} {rest[:3]} {rest[3:]}"
        return f"+48 {s}" if intl else s
    if cc == "SE":
        if r < 0.5:
            ac = rng.choice(["511", "480", "46", "31"])
            n = _d(rng, 5 if len(ac) == 3 else 7)
            s = f"{n[:3]} {n[3:]}" if len(n) == 5 else f"{n[:3]} {n[3:5]} {n[5:]}"
            return f"+46 {ac} {s}" if intl else f"0{ac}-{s}"
        n = _d(rng, 7)
        m = rng.choice(["70", "72", "73"])
        return f"+46 {m} {n[:3]} {n[3:5]} {n[5:]}" if intl else f"0{m}-{n[:3]} {n[3:5]} {n[5:]}"
    if cc == "NO":
        n = rng.choice(["77", "70", "75", "9" + _d(rng, 1), "4" + _d(rng, 1)]) + _d(rng, 6)
        s = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}" if r < 0.5 else f"{n[:3]} {n[3:5]} {n[5:]}"
        return f"+47 {s}" if intl else s
    if cc == "TR":
        ac = rng.choice(["232", "332", "322", "224", "532", "542", "555"])
        s = f"{ac} {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}"
        return f"+90 {s}" if intl else f"0{s}"
    if cc == "JP":
        if r < 0.5:
            ac = rng.choice(["155", "25", "99", "29"])
            s = f"{ac}-{_d(rng, 5 - len(ac))}-{_d(rng, 4)}"
            return f"+81 {s}" if intl else f"0{s}"
        s = f"{rng.choice(['90', '80', '70'])}-{_d(rng, 4)}-{_d(rng, 4)}"
        return f"+81 {s}" if intl else f"0{s}"
    if cc == "BR":
        ddd = rng.choice(["16", "43", "64"])
        s = rng.choice([f"{_nz(rng, 4)}-{_d(rng, 4)}", f"9{_d(rng, 4)}-{_d(rng, 4)}"])
        return f"+55 {ddd} {s}" if intl else f"({ddd}) {s}"
    raise KeyError(cc)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}


def rdate(rng: Random, y0: int = 2022, y1: int = 2025) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def rdob(rng: Random) -> _dt.date:
    return rdate(rng, 1948, 2005)


def rdt(rng: Random, d: _dt.date | None = None) -> _dt.datetime:
    d = d or rdate(rng)
    return _dt.datetime(d.year, d.month, d.day, rng.randint(4, 20), rng.choice([0, 0, 15, 30, 45, 5, 10, 20, 40, 50]))


def fdate(rng: Random, d: _dt.date, lang: str = "en", style: int | None = None) -> str:
    if lang == "ja":
        return rng.choice([f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}-nen {d.month}-gatsu {d.day}-nichi"])
    if lang == "en":
        m = MONTHS["en"][d.month - 1]
        opts = [d.isoformat(), f"{d.month:02d}/{d.day:02d}/{d.year}", f"{m} {d.day}, {d.year}",
                f"{d.day} {m} {d.year}", f"{m[:3]} {d.day}, {d.year}", f"{d.day:02d}-{m[:3]}-{d.year}",
                f"{d.day}/{d.month}/{d.year}"]
    else:
        m = MONTHS[lang][d.month - 1]
        opts = {
            "de": [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {m} {d.year}", d.isoformat()],
            "fr": [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}"],
            "es": [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m} de {d.year}"],
            "it": [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}"],
            "pt": [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m} de {d.year}"],
            "nl": [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {m} {d.year}"],
            "pl": [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {m} {d.year}"],
            "sv": [d.isoformat(), f"{d.day} {m} {d.year}"],
            "no": [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {m} {d.year}"],
            "tr": [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {m} {d.year}"],
        }[lang]
    return opts[style % len(opts)] if style is not None else rng.choice(opts)


def ftime(rng: Random, t: _dt.datetime, lang: str = "en") -> str:
    if lang == "en":
        h12 = t.hour % 12 or 12
        ap = "AM" if t.hour < 12 else "PM"
        return rng.choice([f"{t.hour:02d}:{t.minute:02d}", f"{h12}:{t.minute:02d} {ap}", f"{h12}:{t.minute:02d} {ap.lower()}"])
    if lang in ("fr", "pt"):
        return rng.choice([f"{t.hour}h{t.minute:02d}", f"{t.hour:02d}:{t.minute:02d}"])
    if lang == "de":
        return rng.choice([f"{t.hour:02d}:{t.minute:02d} Uhr", f"{t.hour:02d}:{t.minute:02d}"])
    return f"{t.hour:02d}:{t.minute:02d}"


def fdatetime(rng: Random, t: _dt.datetime, lang: str = "en", weekday: bool = False) -> str:
    d = fdate(rng, t.date(), lang)
    if weekday and lang in WEEKDAYS:
        wd = WEEKDAYS[lang][t.weekday()]
        d = f"{wd}, {d}"
    sep = {"en": [" at ", ", ", " "], "de": [" um ", ", ", " "], "fr": [" à ", " "], "es": [" a las ", ", "],
           "it": [" alle ", ", "], "pt": [" às ", ", "], "nl": [", ", " "], "pl": [", ", " "], "sv": [" "],
           "no": [", ", " "], "tr": [" "], "ja": [" "]}[lang]
    return d + rng.choice(sep) + ftime(rng, t, lang)


def iso_ts(t: _dt.datetime, z: bool = True) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if z else "")


# --------------------------------------------------------------------------
# Numbers with checksums, secrets, negatives
# --------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    s, alt = 0, False
    for ch in reversed(digits):
        v = int(ch)
        if alt:
            v *= 2
            if v > 9:
                v -= 9
        s += v
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def card(rng: Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + _d(rng, 12))
        return rng.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num, f"{num[:4]}-{num[4:10]}-{num[10:]}"])
    pre = {"visa": "4" + _d(rng, 5), "mc": str(rng.randint(51, 55)) + _d(rng, 4), "disc": "6011" + _d(rng, 2)}[kind]
    num = luhn_complete(pre + _d(rng, 9))
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(g), "-".join(g), num])


def bad16(rng: Random) -> str:
    """16-digit number that fails Luhn."""
    while True:
        n = _nz(rng, 16)
        if not luhn_ok(n):
            return n


def masked_card(rng: Random) -> str:
    return rng.choice([f"**** **** **** {_d(rng, 4)}", f"XXXX-XXXX-XXXX-{_d(rng, 4)}", f"ending in {_d(rng, 4)}",
                       f"{rng.choice(['4', '5'])}{_d(rng, 3)} **** **** {_d(rng, 4)}"])


def ssn(rng: Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return s if rng.random() < 0.85 else s.replace("-", rng.choice([" ", ""]))


def bad_ssn(rng: Random, itin: bool = False) -> str:
    a = f"9{_d(rng, 2)}" if itin else rng.choice(["000", "666", f"9{_d(rng, 2)}"])
    return f"{a}-{rng.choice(['70', '78', '88', '94', '12'])}-{_d(rng, 4)}"


def masked_ssn(rng: Random) -> str:
    return rng.choice([f"XXX-XX-{_d(rng, 4)}", f"***-**-{_d(rng, 4)}", f"xxx-xx-{_d(rng, 4)}"])


IBAN_SPEC = {  # cc: bban pattern (n digits, a upper alpha, c alnum)
    "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "PL": "24n",
    "PT": "21n", "SE": "20n", "GB": "4a14n", "TR": "5n1n16n", "NO": "11n", "BE": "12n",
    "DK": "14n", "IE": "4a14n", "AT": "16n", "CH": "5n12c",
}
BANK_CODES = {"NL": ["RABO", "INGB", "ABNA", "TRIO"], "GB": ["NWBK", "BARC", "LOYD", "HBUK"],
              "IE": ["AIBK", "BOFI"]}


def _iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban(rng: Random, cc: str, grouped: bool | None = None) -> str:
    spec = IBAN_SPEC[cc]
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([nac])", spec):
        cnt = int(cnt)
        if kind == "n":
            bban += _d(rng, cnt)
        elif kind == "a":
            bban += rng.choice(BANK_CODES[cc]) if cc in BANK_CODES and cnt == 4 else "".join(
                rng.choice(string.ascii_uppercase) for _ in range(cnt))
        else:
            bban += "".join(rng.choice(string.digits + string.ascii_uppercase) for _ in range(cnt))
    raw = cc + _iban_check(cc, bban) + bban
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if grouped else raw


def iban_ok(s: str) -> bool:
    raw = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", raw):
        return False
    r = raw[4:] + raw[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


BICS = {"DE": ["COBADEFFXXX", "GENODEF1OLB", "NOLADE21OLD"], "FR": ["AGRIFRPP882", "CMCIFR2A", "BNPAFRPP"],
        "ES": ["CAIXESBBXXX", "BSCHESMM", "CCRIES2A"], "IT": ["BCITITMM", "CRPPIT2P", "BPMOIT22"],
        "PT": ["CGDIPTPL", "CCCMPTPL"], "NL": ["RABONL2U", "INGBNL2A"], "PL": ["PKOPPLPW", "BPKOPLPW"],
        "SE": ["ESSESESS", "SWEDSESS"], "GB": ["NWBKGB2L", "BARCGB22"], "NO": ["DNBANOKK", "SPTRNO22"],
        "TR": ["TCZBTR2A", "AGRITR2A"], "IE": ["AIBKIE2D"], "BE": ["GEBABEBB"], "DK": ["DABADKKK"]}


def aba(rng: Random) -> str:
    while True:
        d = [int(c) for c in rng.choice(["0", "1", "2", "0", "0", "1"]) + _d(rng, 7)]
        for last in range(10):
            dd = d + [last]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def npi(rng: Random) -> str:
    base = "1" + _d(rng, 8)
    for c in "0123456789":
        if luhn_ok("80840" + base + c):
            return base + c
    raise AssertionError


def rip4(rng: Random, private: bool | None = None) -> str:
    if private is None:
        private = rng.random() < 0.5
    if private:
        return rng.choice([f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"])
    first = rng.choice([23, 31, 45, 62, 77, 81, 89, 91, 103, 145, 151, 176, 185, 188, 193, 203, 212])
    return f"{first}.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"


def rip6(rng: Random) -> str:
    groups = [f"{rng.getrandbits(16):x}" for _ in range(4)]
    return rng.choice([f"2001:db8:{groups[0]}:{groups[1]}::{groups[2]}",
                       f"2a02:{groups[0]}:{groups[1]}:{groups[2]}::{rng.randint(1, 255):x}",
                       f"fe80::{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}",
                       f"2600:1700:{groups[0]}:{groups[1]}:{groups[2]}:{groups[3]}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}"])


def rip(rng: Random) -> str:
    return rip6(rng) if rng.random() < 0.2 else rip4(rng)


ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"


def _rs(rng: Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def aws_access(rng: Random) -> str:
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + _rs(rng, 16, string.ascii_uppercase + "234567")


def aws_secret(rng: Random) -> str:
    return _rs(rng, 40, B64)


def gh_token(rng: Random) -> str:
    if rng.random() < 0.75:
        return rng.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + _rs(rng, 36)
    return "github_pat_11" + _rs(rng, 20, string.ascii_uppercase + string.digits) + "_" + _rs(rng, 59)


def slack_token(rng: Random) -> str:
    p = rng.choice(["xoxb", "xoxb", "xoxp", "xoxa"])
    if p == "xoxp":
        return f"xoxp-{_nz(rng, 12)}-{_nz(rng, 12)}-{_nz(rng, 13)}-{_rs(rng, 32, '0123456789abcdef')}"
    return f"{p}-{_nz(rng, rng.choice([11, 12, 13]))}-{_nz(rng, 13)}-{_rs(rng, 24)}"


def stripe_key(rng: Random) -> str:
    return rng.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_", "pk_live_"]) + _rs(rng, rng.choice([24, 34, 99]))


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng: Random, sub: str = "svc-traceability") -> str:
    hdr = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    iat = rng.randint(1_690_000_000, 1_740_000_000)
    pl = {"sub": sub, "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
          "scope": rng.choice(["lots:read lots:write", "deliveries:read", "members:read", "telemetry:write"])}
    if rng.random() < 0.5:
        pl["coop"] = rng.choice(["CO-0412", "CO-1187", "GRP-77"])
    sig = _b64u(bytes(rng.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64)))
    return f"{_b64u(json.dumps(hdr, separators=(',', ':')).encode())}.{_b64u(json.dumps(pl, separators=(',', ':')).encode())}.{sig}"


def _wrap64(b: bytes, w: int = 64) -> str:
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


def private_key(rng: Random) -> str:
    kind = rng.choice(["ec", "ec", "pkcs8", "openssh", "rsa"])
    rb = lambda n: bytes(rng.getrandbits(8) for _ in range(n))  # noqa: E731
    if kind == "ec":
        der = bytes.fromhex("30770201010420") + rb(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(64)
        return "-----BEGIN EC PRIVATE KEY-----\n" + _wrap64(der) + "\n-----END EC PRIVATE KEY-----"
    if kind == "pkcs8":
        der = bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420") + rb(32) + \
            bytes.fromhex("a144034200") + b"\x04" + rb(64)
        return "-----BEGIN PRIVATE KEY-----\n" + _wrap64(der) + "\n-----END PRIVATE KEY-----"
    if kind == "openssh":
        blob = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33" \
               b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rb(32) + b"\x00\x00\x00\x88" + rb(136)
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap64(blob, 70) + "\n-----END OPENSSH PRIVATE KEY-----"
    der = bytes.fromhex("3082025c02010002818100") + rb(128) + bytes.fromhex("0203010001028180") + rb(360)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + _wrap64(der) + "\n-----END RSA PRIVATE KEY-----"


PW_WORDS = ["Harvest", "Tractor", "Kuhstall", "Silo", "Barley", "Combine", "Heifer", "Orchard", "Trawler",
            "Paddock", "Granja", "Vigna", "Melk", "Oliva", "Fjord", "Polder", "Rapsfeld", "Hayloft"]


def password(rng: Random) -> str:
    r = rng.random()
    if r < 0.5:
        return rng.choice(PW_WORDS) + rng.choice("#!$%*_-.@") + _d(rng, rng.randint(2, 4)) + rng.choice(["", "!", "x", "?", "Q"])
    if r < 0.8:
        return _rs(rng, rng.randint(10, 16), ALNUM + "!#$%&*+-_=?")
    return rng.choice(PW_WORDS).lower() + _d(rng, 2) + rng.choice(PW_WORDS) + rng.choice("!$#")


def generic_secret(rng: Random) -> str:
    r = rng.random()
    if r < 0.35:
        return _rs(rng, rng.choice([32, 40, 64]), "0123456789abcdef")
    if r < 0.7:
        return _rs(rng, rng.choice([32, 40, 48]), ALNUM)
    if r < 0.85:
        return _rs(rng, 3) + "8Q~" + _rs(rng, 34, ALNUM + "_-.~")
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()


def ruuid(rng: Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def sha1(rng: Random) -> str:
    return _rs(rng, 40, "0123456789abcdef")


def sha256(rng: Random) -> str:
    return _rs(rng, 64, "0123456789abcdef")


def epoch(rng: Random) -> str:
    return str(rng.randint(1_650_000_000, 1_760_000_000))


def version(rng: Random) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 30)}"


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: Random) -> str:
    return rng.choice(["1RW", "1N4", "3AK", "WDB", "YV2", "JTD", "ZCF", "1FT"]) + _rs(rng, 14, VIN_CH)


def plate(rng: Random, cc: str = "US") -> str:
    U = string.ascii_uppercase
    return {
        "US": lambda: f"{_rs(rng, 3, U)} {_d(rng, 4)}",
        "CA": lambda: f"{_rs(rng, 3, U)} {_d(rng, 3)}",
        "GB": lambda: f"{_rs(rng, 2, U)}{_d(rng, 2)} {_rs(rng, 3, U)}",
        "DE": lambda: f"{rng.choice(['OL', 'CLP', 'NF', 'HRO', 'LA', 'MS', 'VEC'])}-{_rs(rng, 2, U)} {rng.randint(10, 9999)}",
        "FR": lambda: f"{_rs(rng, 2, U)}-{_d(rng, 3)}-{_rs(rng, 2, U)}",
        "ES": lambda: f"{_d(rng, 4)} {_rs(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        "IT": lambda: f"{_rs(rng, 2, U)} {_d(rng, 3)}{_rs(rng, 2, U)}",
        "NL": lambda: f"{_rs(rng, 2, U)}-{_d(rng, 3)}-{rng.choice(U)}",
        "PL": lambda: f"{rng.choice(['PKA', 'LU', 'NO', 'RZ'])} {_d(rng, 5)}",
        "PT": lambda: f"{_d(rng, 2)}-{_rs(rng, 2, U)}-{_d(rng, 2)}",
        "SE": lambda: f"{_rs(rng, 3, U)} {_d(rng, 2)}{rng.choice(U)}",
        "TR": lambda: f"{rng.choice(['35', '42', '01', '16'])} {_rs(rng, 2, U)} {_d(rng, 3)}",
        "AU": lambda: f"{_rs(rng, 3, U)}-{_d(rng, 3)}",
    }.get(cc, lambda: f"{_rs(rng, 3, U)} {_d(rng, 4)}")()


def amount(rng: Random, cur: str = "$", lo: float = 10, hi: float = 50000) -> str:
    v = rng.uniform(lo, hi)
    if cur in ("$", "£", "US$", "A$", "C$"):
        return f"{cur}{v:,.2f}"
    if cur == "€":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return rng.choice([f"{s} €", f"€ {s}", f"EUR {s}"])
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
    return f"{s} {cur}"


GENERIC_MAIL = ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"]
LOCAL_MAIL = {"uk": ["btinternet.com", "hotmail.co.uk", "sky.com"], "de": ["gmx.de", "web.de", "t-online.de"],
              "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"], "es": ["telefonica.net", "yahoo.es"],
              "it": ["libero.it", "virgilio.it", "alice.it"], "pt": ["sapo.pt", "netcabo.pt"],
              "br": ["uol.com.br", "bol.com.br"], "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"],
              "pl": ["wp.pl", "onet.pl", "interia.pl"], "sv": ["telia.com", "bredband.net"],
              "no": ["online.no", "getmail.no"], "tr": ["yandex.com.tr", "mynet.com"],
              "ja": ["docomo.ne.jp", "yahoo.co.jp"], "in": ["rediffmail.com"], "ea": ["yahoo.co.ke"]}


def email_for(rng: Random, p: Person | None, domain: str | None = None) -> str:
    dom = domain
    if dom is None:
        local = LOCAL_MAIL.get(p.culture, []) if p is not None else []
        dom = rng.choice(local) if local and rng.random() < 0.5 else rng.choice(GENERIC_MAIL)
    if p is None:
        return f"{rng.choice(['info', 'office', 'dispatch', 'qa', 'recalls', 'members', 'grading'])}@{dom}"
    f = _ascii(p.first).lower().replace(" ", "").replace("'", "")
    l_ = _ascii(p.last).lower().replace(" ", "").replace("'", "")
    return rng.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{rng.randint(1, 99)}", f"{l_}.{f[0]}", f"{f}_{l_}"]) + "@" + dom


_SPECIAL = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "ı": "i", "đ": "d"}


def _ascii(s: str) -> str:
    s = "".join(_SPECIAL.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


COOPS = ["Prairie Gold Cooperative", "Heartland Grain Co-op", "Valley Fresh Growers", "North Sea Fish Producers",
         "Cornish Fish Producers Organisation", "Sunridge Dairy Cooperative", "Red River Farmers Union",
         "Blue Harbour Seafood", "Mid-Valley Packers", "Three Rivers Feed & Seed", "Golden Sheaf Elevators",
         "Cascade Orchards Association", "Riverbend Livestock Auction"]
DOMAINS = ["prairiegold.coop", "heartlandgrain.com", "valleyfresh.org", "nsfp.co.uk", "sunridgedairy.com",
           "goldensheaf.ca", "cascadeorchards.org", "mvpackers.com", "bluehabourseafood.com", "threeriversfeed.com",
           "riverbendauction.com", "agritrace.io", "fieldnotes.ag", "harvestlink.net"]
BRANDS = ["John Deere", "Massey Ferguson", "Case IH", "New Holland", "Claas", "Fendt", "Kubota", "Lely",
          "DeLaval", "Trimble", "Pioneer", "Dekalb", "Valmont"]
VET_DRUGS = ["oxytetracycline", "ivermectin", "Draxxin", "penicillin G procaine", "meloxicam", "florfenicol",
             "Metacam", "Excede", "tulathromycin", "flunixin meglumine", "ceftiofur", "Cydectin"]
AGCHEM = ["glyphosate", "Roundup PowerMax", "mancozeb", "chlorantraniliprole", "Coragen", "Prosaro",
          "azoxystrobin", "metribuzin", "copper oxychloride", "Movento"]
PET_NAMES = ["Bess", "Rex", "Molly", "Shep", "Daisy", "Buttercup", "Duke", "Bella", "Rosie", "Gus"]
HS_CODES = ["0303.14", "1001.99", "0401.20", "0805.10", "0201.30", "0302.13", "1005.90", "0808.10",
            "0406.90", "1201.90", "0713.40", "0304.71"]
ICD = ["J67.0", "W55.29XA", "T60.0X1A", "S61.412A", "L23.5", "T67.0XXA", "A32.7", "Z57.4", "S93.401A"]
CPT = ["99213", "99203", "12002", "29515", "99284", "90715"]
LOINC = ["2160-0", "718-7", "5902-2", "10839-9", "3016-3"]
IATA = ["FRA", "AMS", "MIA", "LAX", "NRT", "CDG", "MAD", "ORD", "DXB", "SIN", "OSL", "IST"]
PRODUCTS = ["sweet corn", "romaine lettuce", "frozen cod fillets", "soft cheese", "bagged spinach", "raw milk",
            "smoked salmon", "cantaloupes", "peanut butter", "frozen berries", "ground beef", "alfalfa sprouts"]
HAZARDS = ["Listeria monocytogenes", "Salmonella", "E. coli O157:H7", "undeclared milk", "undeclared peanuts",
           "foreign material (metal fragments)", "Clostridium botulinum", "histamine"]
SPECIES = ["cod", "haddock", "saithe", "mackerel", "herring", "monkfish", "hake", "plaice", "langoustine", "sole"]
CROPS = ["winter wheat", "canola", "soybeans", "corn", "barley", "potatoes", "sugar beet", "alfalfa", "apples", "hops"]


def coop_url(rng: Random, dom: str | None = None) -> str:
    dom = dom or rng.choice(DOMAINS)
    path = rng.choice(["/members/portal", "/recalls/2024-017", "/statements?member=1", "/traceability/lots",
                       "/forms/subsidy-application", "/news/harvest-update", "/support", "/login",
                       "/api/v2/deliveries?season=2024&page=2", "/docs/biosecurity.pdf"])
    return f"https://{rng.choice(['www.', 'portal.', '', 'app.'])}{dom}{path}"


# --------------------------------------------------------------------------
# small helpers for document builders
# --------------------------------------------------------------------------
U_ = string.ascii_uppercase


def dl_number(rng: Random, cc: str, region: str = "", p: Person | None = None) -> str:
    if cc == "US":
        f = {"IA": lambda: f"{_d(rng, 3)}{_rs(rng, 2, U_)}{_d(rng, 4)}", "CA": lambda: rng.choice(U_) + _d(rng, 7),
             "TX": lambda: _d(rng, 8), "WA": lambda: "WDL" + _rs(rng, 4, U_) + _d(rng, 3) + _rs(rng, 2, U_ + string.digits),
             "ND": lambda: _rs(rng, 3, U_) + _d(rng, 6), "PA": lambda: f"{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
             "ID": lambda: _rs(rng, 2, U_) + _d(rng, 6) + rng.choice(U_), "KS": lambda: "K" + _d(rng, 8),
             "FL": lambda: f"{rng.choice(U_)}{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 1)}",
             "GA": lambda: _nz(rng, 9), "NE": lambda: rng.choice(U_) + _d(rng, 8)}
        return f.get(region, lambda: rng.choice(U_) + _d(rng, 8))()
    if cc == "CA":
        return {"AB": f"{_d(rng, 6)}-{_d(rng, 3)}", "SK": _d(rng, 8),
                "ON": f"{rng.choice(U_)}{_d(rng, 4)}-{_d(rng, 5)}-{_d(rng, 5)}"}.get(region, _nz(rng, 9))
    if cc == "GB":
        last = _ascii(p.last if p else "SMITH").upper().replace(" ", "").replace("'", "")
        first = _ascii(p.first if p else "J").upper()
        return f"{(last + '99999')[:5]}{_d(rng, 6)}{first[0]}{rng.choice(U_)}9{_rs(rng, 2, U_)}"
    if cc == "AU":
        return _d(rng, 8)
    if cc == "DE":
        return rng.choice("BJKLN") + _d(rng, 3) + _rs(rng, 6, U_ + string.digits) + _d(rng, 1)
    if cc == "ES":
        n = _d(rng, 8)
        return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
    if cc == "IT":
        return rng.choice(["U1", "PR", "MI", "VR"]) + _d(rng, 7) + rng.choice(U_)
    if cc == "FR":
        return _d(rng, 12)
    return _rs(rng, 2, U_) + _d(rng, 7)


def acct_no(rng: Random) -> str:
    return rng.choice([f"{_d(rng, 4)}-{_d(rng, 6)}", f"AC-{_d(rng, 8)}", f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
                       _nz(rng, 10), f"M{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 5)}-{_d(rng, 2)}"])


def mrn_no(rng: Random) -> str:
    return rng.choice([_d(rng, 8), f"FWH-{_d(rng, 7)}", f"E{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}",
                       f"MR{_d(rng, 6)}"])


def hpn_no(rng: Random) -> str:
    mbi = lambda: f"{rng.randint(1, 9)}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}{_d(rng, 1)}-{_rs(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_d(rng, 1)}-{_rs(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_d(rng, 2)}"  # noqa: E731
    return rng.choice([f"{_rs(rng, 3, U_)}{_d(rng, 9)}", f"W{_d(rng, 9)}", f"MBR-{_d(rng, 8)}", mbi(),
                       f"{_d(rng, 9)}-0{rng.randint(1, 4)}", f"U{_d(rng, 8)}01"])


def grp_no(rng: Random) -> str:
    return rng.choice([f"GRP-{_d(rng, 6)}", f"{_d(rng, 6)}-{_rs(rng, 3, U_)}", f"G{_d(rng, 7)}"])


def en_person(rng: Random, cc: str) -> Person:
    return person(rng, rng.choice(COUNTRIES[cc][1]))


def place(a: Addr, with_country: bool = False) -> str:
    if a.cc in ("US", "CA", "AU"):
        return f"{a.city}, {a.region}"
    return f"{a.city}, {a.country}" if with_country else a.city


def lot_code(rng: Random) -> str:
    return rng.choice([f"L{rng.randint(22, 25)}{rng.randint(1, 365):03d}{rng.choice('ABCD')}",
                       f"{_rs(rng, 2, U_)}{_d(rng, 5)}", f"LOT {_d(rng, 6)}", f"{_d(rng, 4)}-{_rs(rng, 1, U_)}{_d(rng, 2)}"])


def ear_tag(rng: Random, cc: str = "GB") -> str:
    return {"GB": f"UK {_nz(rng, 6)} {_d(rng, 6)}", "DE": f"DE 0{_d(rng, 1)} {_d(rng, 3)} {_d(rng, 5)}",
            "FR": f"FR {_d(rng, 4)} {_d(rng, 6)}", "US": f"840 003 {_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
            "IE": f"IE {_d(rng, 12)}", "PT": f"PT {_d(rng, 9)}", "NL": f"NL {_d(rng, 9)}",
            "PL": f"PL{_d(rng, 12)}", "IT": f"IT0{_d(rng, 2)}{_rs(rng, 2, U_)}{_d(rng, 6)}"}.get(cc, f"{cc} {_d(rng, 10)}")


FARM_BRANDS = ["Hoffman Family Farms", "Grandma Ruth's Pantry", "Uncle Ray's Smokehouse", "Yoder Bros. Produce",
               "Sunny Acres", "Green Meadow Dairy", "Pacific Catch", "Harvest Valley", "Old Mill Creamery",
               "McAllister & Sons Seed Co.", "Whitaker Orchards LLC", "Lindgren Bros. Cattle Co."]


# --------------------------------------------------------------------------
# English document kinds
# --------------------------------------------------------------------------
def k_subsidy_application(rng: Random) -> Builder:
    b = Builder()
    p, a = en_person(rng, "US"), address(rng, "US")
    yr = rng.choice([2023, 2024, 2025])
    prog = rng.choice(["Emergency Relief Program (ERP)", "Livestock Forage Disaster Program (LFP)",
                       "Environmental Quality Incentives Program (EQIP)", "Price Loss Coverage (PLC)",
                       "Dairy Margin Coverage (DMC)"])
    b.line("FARM SERVICE AGENCY - APPLICATION FOR PROGRAM PAYMENT")
    b.line(f"Program: {prog}    Program year: {yr}")
    b.line(f"Application no.: FSA-{yr}-{_d(rng, 6)}    Farm no.: {rng.randint(100, 9999)}    Tract: {rng.randint(100, 9999)}")
    b.line("")
    b.line("PART A - PRODUCER INFORMATION")
    b.line("1. Producer name: ", (p.styled(rng), PER))
    if rng.random() < 0.75:
        b.line("2. Date of birth: ", (fdate(rng, rdob(rng)), DOB))
    r = rng.random()
    if r < 0.6:
        b.line("3. SSN: ", (ssn(rng), SSN))
    elif r < 0.8:
        b.line("3. Taxpayer ID (ITIN): ", bad_ssn(rng, itin=True))
    else:
        b.line("3. SSN on file: ", masked_ssn(rng))
    if rng.random() < 0.5:
        b.line("4. Mailing address: ", (a.one_line(), ADR))
    else:
        b.line("4. Street: ", (a.street, ADR))
        b.line("   City: ", (a.city, LOC), "    State: ", (a.region, LOC), "    ZIP: ", a.postcode)
    b.line("5. Phone: ", (phone(rng, "US"), PH))
    if rng.random() < 0.7:
        b.line("6. Email: ", (email_for(rng, p), EM))
    b.line("")
    b.line("PART B - LOSS / PRACTICE DETAIL")
    crop = rng.choice(CROPS)
    b.line(f"Crop/commodity: {crop}   Planted acres: {rng.uniform(20, 900):.1f}   Loss: {rng.randint(12, 85)}%")
    b.line(f"Disaster event: {rng.choice(['drought', 'derecho', 'flood', 'hail', 'wildfire smoke'])} beginning ",
           (fdate(rng, rdate(rng)), DT))
    b.line("")
    b.line("PART C - DIRECT DEPOSIT")
    b.line(f"Financial institution: {rng.choice(['Farm Credit Services', 'AgCountry Farm Credit', 'First Interstate Bank'])}")
    b.line(f"Routing no.: {aba(rng)}    Account no.: ", (_nz(rng, rng.randint(8, 12)), ACC), "    Type: Checking")
    b.line("")
    b.line("PART D - CERTIFICATION")
    b.line("Signed: /s/ ", (p.full, PER), "    Date: ", (fdate(rng, rdate(rng)), DT))
    if rng.random() < 0.6:
        b.line("County office use - received ", (fdate(rng, rdate(rng)), DT), " by ",
               (en_person(rng, "US").full, PER), f", CED. Control id {_rs(rng, 2, U_)}-{_d(rng, 7)}")
    return b


def k_coop_member_statement(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA"])
    p, a = en_person(rng, cc), address(rng, cc)
    coop = rng.choice(["PRAIRIE GOLD COOPERATIVE", "HEARTLAND GRAIN CO-OP", "RED RIVER FARMERS UNION", "GOLDEN SHEAF ELEVATORS"])
    sd = rdate(rng)
    b.line(f"{coop:<42}MEMBER STATEMENT")
    b.line(f"{'':<42}Page 1 of 1")
    nm = rng.choice([f"{p.last.upper()}, {p.first.upper()}", p.full.upper(), p.full])
    b.line("Member: ", (nm, PER), " " * max(1, 34 - len(nm)), "Account: ", (acct_no(rng), ACC))
    b.line("", (a.multi(), ADR))
    b.line("Statement date: ", (fdate(rng, sd, style=1), DT))
    b.line("-" * 72)
    b.line(f"{'DATE':<12}{'TICKET':<11}{'COMMODITY':<14}{'NET BU':>10}{'PRICE':>9}{'AMOUNT':>13}")
    total = 0.0
    for _ in range(rng.randint(3, 7)):
        d = _dt.date.fromordinal(sd.toordinal() - rng.randint(1, 60))
        bu = rng.uniform(300, 1900)
        pr = rng.uniform(3.6, 13.8)
        total += bu * pr
        b.line((d.strftime("%m/%d/%Y"), DT), "  ", f"{'T-' + _d(rng, 6):<11}{rng.choice(['Corn #2', 'Soybeans #1', 'HRW Wheat', 'Oats', 'Sorghum']):<14}"
               f"{bu:>10,.2f}{pr:>9.4f}{bu * pr:>13,.2f}")
    b.line("-" * 72)
    b.line(f"{'Gross proceeds':<47}{total:>25,.2f}")
    b.line(f"{'Checkoff / assessments':<47}{-total * 0.005:>25,.2f}")
    b.line(f"{'Patronage allocated (' + str(sd.year - 1) + ')':<47}{rng.uniform(100, 4000):>25,.2f}")
    b.line("")
    b.line("Questions? Member services ", (phone(rng, cc), PH), " or ", (f"members@{rng.choice(DOMAINS)}", EM))
    return b


def k_grain_delivery_ticket(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "AU"])
    a = address(rng, cc)
    grower, driver = en_person(rng, cc), en_person(rng, cc)
    t_in = rdt(rng)
    t_out = t_in + _dt.timedelta(minutes=rng.randint(9, 40))
    b.line(rng.choice(["GOLDEN SHEAF ELEVATORS", "HEARTLAND GRAIN CO-OP", "BLUESTEM TERMINAL"]), " - ", (place(a), LOC))
    b.line(f"INBOUND SCALE TICKET  No. {_d(rng, 7)}        Bin: {rng.randint(1, 24)}")
    b.line("Date/time in:  ", (t_in.strftime("%Y-%m-%d %H:%M"), DT))
    b.line("Date/time out: ", (t_out.strftime("%Y-%m-%d %H:%M"), DT))
    b.line("Grower: ", (grower.styled(rng), PER), "   Grower acct: ", (acct_no(rng), ACC))
    b.line("Driver: ", (driver.full, PER))
    if rng.random() < 0.75:
        b.line("Driver licence no.: ", (dl_number(rng, cc, a.region, driver), DL))
    b.line(f"Truck: {rng.choice(['Peterbilt 389', 'Kenworth W900', 'Mack Anthem', 'Volvo VNL'])}  Plate: {plate(rng, cc)}  VIN: {vin(rng)}")
    comm = rng.choice(["Canola #1", "CWRS Wheat #2", "Corn #2 YC", "Soybeans #1", "Malt Barley", "APW Wheat"])
    gross = rng.randint(30000, 42000)
    tare = rng.randint(13000, 16000)
    b.line(f"Commodity: {comm}")
    b.line(f"Gross: {gross:,} kg   Tare: {tare:,} kg   Net: {gross - tare:,} kg")
    b.line(f"Moisture: {rng.uniform(9, 17):.1f}%  Dockage: {rng.uniform(0.2, 3):.1f}%  Test wt: {rng.uniform(55, 63):.1f} lb/bu")
    b.line(f"Grade sample sealed, kept for {rng.choice(['30 days', '90 days', '6 months'])}.")
    if rng.random() < 0.5:
        b.line("Grader: ", (en_person(rng, cc).full, PER), f"   Probe ID: P-{_d(rng, 3)}")
    b.line(f"Contract: {rng.choice(['SPOT', 'FWD-' + _d(rng, 5), 'DP-' + _d(rng, 4)])}   Payment terms: {rng.choice(['net 10 days', 'deferred', 'on settlement'])}")
    return b


def k_livestock_movement_csv(rng: Random) -> Builder:
    b = Builder()
    cc = "GB"
    sp = rng.choice(["cattle", "sheep", "pigs"])
    b.line("movement_ref,movement_date,from_cph,from_address,to_cph,to_address,species,head,first_tag,haulier,haulier_phone,vehicle_reg")
    for _ in range(rng.randint(2, 5)):
        fa, ta = address(rng, cc), address(rng, cc)
        h = en_person(rng, cc)
        d = rdate(rng)
        b.add(f"MV{_d(rng, 8)},", (d.strftime(rng.choice(["%d/%m/%Y", "%Y-%m-%d"])), DT), ",")
        b.add(f"{_d(rng, 2)}/{_d(rng, 3)}/{_d(rng, 4)},\"", (fa.one_line(), ADR), "\",")
        b.add(f"{_d(rng, 2)}/{_d(rng, 3)}/{_d(rng, 4)},\"", (ta.one_line(), ADR), "\",")
        b.add(f"{sp},{rng.randint(1, 60)},{ear_tag(rng, 'GB') if sp == 'cattle' else 'UK0' + _d(rng, 6) + ' batch'},")
        b.add((h.full, PER), ",", (phone(rng, cc), PH), f",{plate(rng, 'GB')}")
        b.add("\n")
    return b


def k_vet_herd_certificate(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["GB", "GB", "US", "AU"])
    owner, vet = en_person(rng, cc), en_person(rng, cc)
    a = address(rng, cc)
    d = rdate(rng)
    b.line("VETERINARY CERTIFICATE OF HERD HEALTH STATUS")
    b.line(f"Certificate no. VC-{d.year}-{_d(rng, 5)}")
    b.line("")
    b.line("Herd owner: ", rng.choice(["Mr. ", "Mrs. ", "Ms. ", ""]), (owner.full, PER))
    b.line("Holding address: ", (a.one_line(), ADR))
    b.line(f"Herd mark / holding no.: {_d(rng, 2)}/{_d(rng, 3)}/{_d(rng, 4)}    Herd size: {rng.randint(40, 900)} head")
    b.line("")
    b.add("I, Dr. ", (vet.full, PER), f", a veterinary surgeon registered under no. {_d(rng, 7)}, certify that on ",
          (fdate(rng, d), DT), " I examined the above herd")
    b.line(rng.choice([" and found no clinical signs of notifiable disease.", ", and all animals tested negative for BVD antigen."]))
    b.line(f"Tuberculin skin test read at 72 hours; reactors: 0. Leptospirosis vaccine given {rng.randint(2, 11)} months ago.")
    b.line(f"Treatments in the last 28 days: {rng.choice(VET_DRUGS)} (batch {_rs(rng, 2, U_)}{_d(rng, 5)}), withdrawal {rng.randint(7, 60)} days.")
    b.line(f"The farm dog {rng.choice(PET_NAMES)} was kept away from the handling pens during testing.")
    b.line("This certificate is valid until ", (fdate(rng, d + _dt.timedelta(days=rng.choice([90, 180, 365]))), DT), ".")
    b.line("")
    b.line("Signed: ", (vet.full, PER), rng.choice([" BVM&S MRCVS", " DVM", " BVSc"]))
    b.line(rng.choice(["Trewithen Veterinary Group", "Prairie Large Animal Clinic", "Redgum Vet Services"]),
           ", tel. ", (phone(rng, cc), PH))
    if rng.random() < 0.6:
        b.line("Email: ", (email_for(rng, vet, rng.choice(["farmvets.co.uk", "plac-vet.com", "redgumvets.com.au"])), EM))
    return b


def k_fishing_logbook(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["GB", "GB", "CA", "US", "NO"])
    master = person(rng, rng.choice(COUNTRIES[cc][1]))
    dep = rdt(rng)
    b.line("FISHING VESSEL LOGBOOK - DAILY CATCH RECORD (transcribed)")
    b.line(f"Vessel: FV {rng.choice(['Northern Dawn', 'Girl Rona', 'Ocean Harvest', 'Sea Spray II', 'Kvitbjørn', 'Atlantic Star'])}"
           f"   PLN: {rng.choice(['PD', 'PZ', 'BF', 'LK', 'FR'])} {rng.randint(10, 999)}   Call sign: {_rs(rng, 4, U_)}{_d(rng, 1)}")
    b.line("Master: ", (master.styled(rng), PER))
    if rng.random() < 0.6:
        b.line("Sat phone: ", (f"+870 7{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}", PH))
    b.line("Departed: ", (rng.choice(PORTS[cc]), LOC), "   ", (fdatetime(rng, dep), DT))
    b.line("")
    b.line(f"{'Day':<5}{'ICES':<7}{'Lat':<10}{'Lon':<11}{'Gear':<6}{'Species':<12}{'Live kg':>9}")
    for k in range(rng.randint(3, 6)):
        b.line(f"{k + 1:<5}{rng.randint(37, 52)}{rng.choice('EF')}{rng.randint(0, 9):<4}{rng.uniform(50, 61):<10.3f}{rng.uniform(-8, 4):<11.3f}"
               f"{rng.choice(['OTB', 'GNS', 'LLS', 'PTM']):<6}{rng.choice(SPECIES):<12}{rng.randint(40, 6000):>9}")
    b.line("")
    land = dep + _dt.timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 10))
    b.line("Landing port: ", (rng.choice(PORTS[cc]), LOC), "   Landed: ", (fdatetime(rng, land), DT))
    b.line(f"Steaming time {rng.randint(8, 40)} hours. Discards recorded under exemption {_rs(rng, 2, U_)}-{_d(rng, 3)}.")
    if rng.random() < 0.6:
        ag = person(rng, rng.choice(COUNTRIES[cc][1]))
        b.line("Selling agent: ", (ag.full, PER), ", ", (phone(rng, cc), PH))
    return b


PORTS = {"GB": ["Peterhead", "Newlyn", "Fraserburgh", "Brixham", "Kilkeel", "Lerwick"],
         "CA": ["Lunenburg", "Yarmouth", "St. John's", "Prince Rupert"],
         "US": ["New Bedford", "Gloucester", "Kodiak", "Dutch Harbor", "Astoria"],
         "NO": ["Tromsø", "Ålesund", "Bodø", "Båtsfjord", "Hammerfest"],
         "SE": ["Göteborg", "Smögen", "Kalmar", "Simrishamn", "Strömstad"]}


US_STATES = ["Iowa", "Nebraska", "Kansas", "Missouri", "Illinois", "Minnesota", "California", "Oregon", "Washington",
             "Texas", "Oklahoma", "Georgia", "Florida", "Wisconsin", "Michigan", "Ohio", "Colorado"]


def k_food_recall_notice(rng: Random) -> Builder:
    b = Builder()
    a = address(rng, "US")
    d = rdate(rng)
    brand = rng.choice(FARM_BRANDS)
    prod, haz = rng.choice(PRODUCTS), rng.choice(HAZARDS)
    contact = en_person(rng, "US")
    dom = rng.choice(DOMAINS)
    b.line("COMPANY ANNOUNCEMENT - FOR IMMEDIATE RELEASE")
    b.add((place(a), LOC), " - ", (fdate(rng, d), DT), f" - {brand} is voluntarily recalling {rng.randint(200, 9000):,} cases of "
          f"{prod} because the product may be contaminated with {haz}. ")
    b.line("No illnesses have been reported to date.")
    b.line("")
    states = rng.sample(US_STATES, rng.randint(2, 4))
    b.add("The product was distributed to retail stores and distributors in ")
    for k, s in enumerate(states):
        if k:
            b.add(", " if k < len(states) - 1 else " and ")
        b.add((s, LOC))
    b.line(".")
    b.line("")
    b.line("Affected lots:")
    for _ in range(rng.randint(1, 3)):
        bb = d + _dt.timedelta(days=rng.randint(5, 200))
        b.line(f"  - {prod.title()} {rng.choice(['12 oz', '1 lb', '5 lb', '16 oz'])}, UPC 0 {_d(rng, 5)} {_d(rng, 5)} {_d(rng, 1)}, "
               f"lot {lot_code(rng)}, Best By ", (fdate(rng, bb, style=rng.choice([1, 4])), DT))
    b.line("")
    b.add("Consumers may return the product for a full refund. Questions: call ", (f"1-8{rng.choice('0458')}{rng.choice('0458')}-{_nz(rng, 3)}-{_d(rng, 4)}", PH),
          " Monday through Friday, ", (rng.choice(["8:00 AM", "8 AM", "9:00 AM"]), DT), " to ", (rng.choice(["5:00 PM", "6:00 PM", "4:30 PM"]), DT))
    b.line(" CT, or email ", (f"recalls@{dom}", EM), ".")
    b.line("More information: ", (f"https://www.{dom}/recalls/{d.year}-{rng.randint(1, 40):03d}", URL))
    b.line("Media contact: ", (contact.full, PER), ", ", (phone(rng, "US"), PH))
    b.line(f"FDA reference: case {_d(rng, 6)}; this recall is being conducted with the knowledge of the FDA.")
    return b


def k_traceability_export_json(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "GB", "AU"])
    b.line("{")
    b.line(f'  "export_id": "{ruuid(rng)}",')
    b.line(f'  "schema_version": "{version(rng)}",')
    b.line(f'  "generated_epoch": {epoch(rng)},')
    b.line('  "uploaded_from": "', (rip(rng), IP), '",')
    b.line('  "lots": [')
    n = rng.randint(1, 3)
    for k in range(n):
        p, a = en_person(rng, cc), address(rng, cc)
        hd = rdate(rng)
        b.line("    {")
        b.line(f'      "lot": "{lot_code(rng)}",')
        b.line(f'      "gtin": "{_d(rng, 14)}",')
        b.line(f'      "commodity": "{rng.choice(PRODUCTS)}",')
        b.line('      "harvest_date": "', (hd.isoformat(), DT), '",')
        b.line('      "pack_date": "', ((hd + _dt.timedelta(days=rng.randint(0, 3))).isoformat(), DT), '",')
        b.line(f'      "farm": {{"name": "{rng.choice(FARM_BRANDS)}", "gln": "{_d(rng, 13)}",')
        b.line('               "contact": "', (p.full, PER), '", "phone": "', (phone(rng, cc), PH), '",')
        b.line('               "email": "', (email_for(rng, p), EM), '",')
        b.line('               "address": "', (a.one_line(), ADR), '"},')
        b.line(f'      "trace_code": "{bad16(rng)}", "cte": ["harvest", "cooling", "initial_pack"], "kde_hash": "{sha256(rng)[:32]}"')
        b.line("    }" + ("," if k < n - 1 else ""))
    b.line("  ],")
    b.line(f'  "sha256": "{sha256(rng)}"')
    b.line("}")
    return b


def k_agronomist_visit_notes(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "AU", "GB"])
    ag, gr = en_person(rng, cc), en_person(rng, cc)
    a = address(rng, cc)
    t = rdt(rng)
    crop = rng.choice(CROPS)
    b.line(f"FIELD VISIT NOTES - {rng.choice(['CCA', 'Agronomy Services', 'Crop Advisory'])}")
    b.line("Agronomist: ", (ag.full, PER), "    Grower: ", (gr.styled(rng), PER))
    b.line("Farm: ", rng.choice(FARM_BRANDS), "    Field: ", rng.choice(["North 80", "River bottom", "Home quarter", "Pivot 3", "Block 12"]))
    b.line("Location: ", (place(a), LOC))
    b.line("Visit: ", (fdatetime(rng, t, weekday=rng.random() < 0.3), DT))
    b.line("")
    b.line(f"Crop: {crop}, stage {rng.choice(['V6', 'R1', 'GS31', 'tillering', 'bloom', 'petal fall'])}. "
           f"Stand count {rng.randint(26, 36)}k/ac. Soil moisture {rng.choice(['adequate', 'short', 'surplus'])}.")
    b.line(f"Observed {rng.choice(['tar spot lesions', 'aphid colonies', 'flea beetle feeding', 'sclerotinia risk', 'nitrogen deficiency'])} "
           f"on ~{rng.randint(3, 40)}% of plants in the {rng.choice(['east', 'west', 'south'])} end.")
    b.line(f"Rec: {rng.choice(AGCHEM)} at {rng.uniform(0.2, 2.5):.1f} L/ha within {rng.randint(3, 10)} days; re-scout next week.")
    b.line((gr.first, PER), f" mentioned the {rng.choice(BRANDS)} sprayer is down for {rng.randint(2, 5)} days.")
    if rng.random() < 0.5:
        b.line(f"Their collie {rng.choice(PET_NAMES)} followed us the whole way round, as usual.")
    b.line("Next visit booked for ", (fdatetime(rng, t + _dt.timedelta(days=rng.randint(7, 21))), DT), ".")
    b.line("Grower cell: ", (phone(rng, cc), PH))
    return b


def _email_headers(rng: Random, b: Builder, frm: Person, fe: str, to: Person, te: str, subj: str,
                   when: _dt.datetime) -> None:
    b.line("From: ", (frm.full, PER), " <", (fe, EM), ">")
    b.line("To: ", (to.full, PER), " <", (te, EM), ">")
    if rng.random() < 0.4:
        b.line(f"Received: from mail{rng.randint(1, 9)}.{rng.choice(DOMAINS)} (", (rip4(rng, False), IP),
               f") by mx.{rng.choice(DOMAINS)}; {when.strftime('%a, %d %b %Y %H:%M:%S')} -0500")
    b.line(f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S')} {rng.choice(['-0600', '+0000', '+0100', '-0500'])}")
    b.line(f"Subject: {subj}")
    b.line("")


def k_coop_email(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "GB", "AU"])
    frm, to = en_person(rng, cc), en_person(rng, cc)
    dom = rng.choice(DOMAINS)
    when = rdt(rng)
    _email_headers(rng, b, frm, email_for(rng, frm, dom), to, email_for(rng, to), rng.choice(
        ["Delivery window change", "Your patronage refund", "Harvest intake schedule", "Milk pickup route"]), when)
    deliv = when + _dt.timedelta(days=rng.randint(2, 12), hours=rng.randint(-3, 5))
    b.line("Hi ", (to.first, PER), ",")
    b.line("")
    b.add("Quick note from the co-op: your intake slot has moved to ", (fdatetime(rng, deliv), DT),
          f" because the dryer at the {rng.choice(['east', 'main', 'river'])} site is down for {rng.randint(2, 36)} hours. ")
    b.line(f"Please bring the scale tickets for loads #{_d(rng, 6)} and #{_d(rng, 6)} so we can reconcile.")
    b.line("")
    if rng.random() < 0.5:
        b.line("Your patronage cheque for ", str(when.year - 1), f" ({amount(rng, '$', 300, 9000)}) went out last Friday.")
    b.add("If that time doesn't work, call me on ", (phone(rng, cc), PH))
    if rng.random() < 0.5:
        b.add(" or ring the office at ", (phone(rng, cc), PH))
    b.line(".")
    b.line("")
    b.line("Thanks,")
    b.line((frm.full, PER))
    b.line(rng.choice(["Member Services", "Grain Desk", "Field Rep"]))
    oa = address(rng, cc)
    b.line((oa.one_line(), ADR))
    b.line((coop_url(rng, dom), URL))
    return b


def k_farmhand_chat_log(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "AU", "CA", "GB"])
    ppl = [en_person(rng, cc) for _ in range(3)]
    t = rdt(rng)
    b.line(f"# chat export - #{rng.choice(['milking-crew', 'harvest-2024', 'yard-ops', 'calving'])}")
    lines = [
        lambda p: ("parlour ", "vacuum pump tripped again, reset it, running now"),
        lambda p: ("who has the keys for the ", rng.choice(BRANDS), " loader?"),
        lambda p: (f"heifer {_d(rng, 4)} calved overnight, both fine",),
        lambda p: ("vet coming ", (fdatetime(rng, t + _dt.timedelta(days=1)), DT), " for preg checks"),
        lambda p: ("my new number is ", (phone(rng, cc), PH)),
        lambda p: ("tell ", (rng.choice(ppl).first, PER), " the gate code changed to ", _d(rng, 4)),
        lambda p: ("feed truck ETA 40 min",),
        lambda p: ("drop the pallets at ", (address(rng, cc).one_line(), ADR), " not the home yard"),
        lambda p: (f"{rng.choice(PET_NAMES)} got into the calf shed again lol",),
        lambda p: ("ok",),
    ]
    idx = rng.sample(range(len(lines)), rng.randint(5, 8))
    for k in idx:
        p = rng.choice(ppl)
        t = t + _dt.timedelta(minutes=rng.randint(1, 25))
        b.line(f"[{t.strftime('%H:%M')}] ", (p.first if rng.random() < 0.5 else p.full, PER), ": ", *lines[k](p))
    return b


def k_sms_thread(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "GB", "AU", "KE", "IN", "CA"])
    me, other = en_person(rng, cc), en_person(rng, cc)
    num = phone(rng, cc)
    t = rdt(rng)
    b.line("SMS conversation with ", (other.full, PER), " (", (num, PH), ")")
    msgs = [
        ("Milk tanker will be at yours ", (fdatetime(rng, t + _dt.timedelta(days=1)), DT), " - leave the gate open pls"),
        ("Can you take 2 more pallets of ", rng.choice(CROPS), " to the packhouse tomorrow?"),
        ("Yes, but not before lunch",),
        ("Invoice INV-", _d(rng, 5), " paid, thanks"),
        ("Call ", (me.first, PER), " on ", (phone(rng, cc), PH), " if the weighbridge is down again"),
        ("Collection confirmed for ", (fdate(rng, (t + _dt.timedelta(days=3)).date()), DT)),
        ("Running 20 mins late",),
    ]
    for m in rng.sample(msgs, rng.randint(4, 6)):
        t += _dt.timedelta(minutes=rng.randint(2, 90))
        b.line(f"{t.strftime('%d/%m %H:%M')} {rng.choice(['>', '<'])} ", *m)
    return b


def k_seasonal_worker_onboarding(rng: Random) -> Builder:
    b = Builder()
    p = person(rng, rng.choice(["hisp", "hisp", "us", "vi"]))
    a = address(rng, "US")
    start = rdate(rng)
    b.line("SEASONAL EMPLOYEE ONBOARDING FORM")
    b.line(f"Employer: {rng.choice(['Valley Fresh Growers', 'Mid-Valley Packers', 'Cascade Orchards Association'])}"
           f"    Crew: C-{rng.randint(1, 40)}    Employee ID: {_d(rng, 6)}")
    b.line("Start date: ", (fdate(rng, start), DT))
    b.line("")
    b.line("Legal name: ", (p.full, PER))
    if rng.random() < 0.5:
        b.line("Preferred name: ", (p.first.split()[0], PER))
    b.line("Date of birth: ", (fdate(rng, rdob(rng), style=1), DOB))
    r = rng.random()
    if r < 0.65:
        b.line("Social Security no.: ", (ssn(rng), SSN))
    else:
        b.line(f"Social Security no.: applied for - ITIN {bad_ssn(rng, itin=True)} used for payroll until issued")
    if rng.random() < 0.6:
        b.line("Driver's license: ", (dl_number(rng, "US", a.region), DL), "   State: ", (a.region, LOC), "   Expires: ",
               (fdate(rng, rdate(rng, 2025, 2030), style=1), DT))
    b.line("Current address: ", (a.one_line(), ADR))
    b.line(f"Employer housing: Camp {rng.randint(1, 6)}, room {rng.randint(1, 40)}{rng.choice('AB')}")
    b.line("Mobile: ", (phone(rng, "US"), PH))
    ec = person(rng, "hisp")
    b.line("Emergency contact: ", (ec.full, PER), f" ({rng.choice(['spouse', 'brother', 'mother', 'cousin'])}) ",
           (rng.choice([phone(rng, "US"), f"+52 {rng.choice(['443', '55', '33'])} {_d(rng, 3)} {_d(rng, 4)}"]), PH))
    b.line("")
    b.line("PAYROLL")
    b.line(f"Routing no.: {aba(rng)}    Account no.: ", (_nz(rng, rng.randint(8, 12)), ACC))
    b.line(f"Pay rate: {amount(rng, '$', 16, 21)}/hr (AEWR)   Piece rate bins: {amount(rng, '$', 20, 30)}/bin")
    b.line("")
    b.line("HEALTH BENEFITS")
    b.line(f"Plan: {rng.choice(['AgriHealth Bronze', 'Farmworker Health Alliance PPO', 'Valley Care HMO'])}   Member ID: ",
           (hpn_no(rng), HPN), f"   Group no.: {grp_no(rng)}")
    b.line("Signature: ", (p.full, PER), "   Date: ", (fdate(rng, start - _dt.timedelta(days=rng.randint(0, 5))), DT))
    return b


def _hl7_name(p: Person) -> str:
    return f"{_up(p.last)}^{_up(p.first)}" + (f"^{p.mid}" if p.mid else "")


def _up(s: str) -> str:
    return s.upper()


def k_farmworker_clinic_hl7(rng: Random) -> Builder:
    b = Builder()
    p = person(rng, rng.choice(["hisp", "hisp", "us", "vi", "in"]))
    a = address(rng, "US")
    fac = rng.choice(["VALLEY FARMWORKER HEALTH", "SUNFIELD COMMUNITY CLINIC", "CAMPESINO HEALTH CENTER", "HARVEST RURAL HEALTH"])
    ts = rdt(rng).strftime("%Y%m%d%H%M%S")
    dob = rdob(rng)
    b.line(f"MSH|^~\\&|AGCLINIC|{fac}|EHR|{fac}|{ts}||ADT^A04|{_d(rng, 10)}|P|2.5.1")
    b.line(f"EVN|A04|{ts}")
    b.add("PID|1||", (mrn_no(rng), MRN), f"^^^{fac.split()[0]}^MR||", (_hl7_name(p), PER), "||",
          (dob.strftime("%Y%m%d"), DOB), f"|{rng.choice('MF')}|||",
          (f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.postcode}^USA", ADR), "||", (phone(rng, "US"), PH), "|||||",
          (_d(rng, 9), ACC), f"^^^{fac.split()[0]}^AN")
    if rng.random() < 0.5:
        b.add("|", (ssn(rng).replace("-", ""), SSN))
    b.add("\n")
    doc = person(rng, rng.choice(["us", "in", "vi", "zh"]))
    b.line(f"PV1|1|O|URGENT^^^{fac.split()[0]}||||{npi(rng)}^", (_hl7_name(doc), PER), f"^^^DR|||||||||||{_d(rng, 8)}^^^VN")
    ins = rng.choice(["AGRIHEALTH MUTUAL", "FARMWORKER HEALTH ALLIANCE", "VALLEY CARE HMO", "MEDICAID MANAGED CARE"])
    f = ["IN1", "1", f"PLN{_d(rng, 3)}", _d(rng, 5), ins, None, "", None, grp_no(rng), "SEASONAL AG"] + [""] * 6 + [None, "SEL", None, None] + [""] * 16 + [None]
    b.add("|".join(x or "" for x in f[:5]), "|", (f"P.O. BOX {rng.randint(1000, 99999)}^^{a.city.upper()}^{a.region}^{a.postcode}", ADR),
          "||", (phone(rng, "US", intl=False), PH), "|", f[8], "|", f[9], "|" * 7,
          (_hl7_name(p), PER), "|SEL|", (dob.strftime("%Y%m%d"), DOB), "|",
          (f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.postcode}", ADR), "|" * 17, (hpn_no(rng), HPN), "\n")
    code, desc = rng.choice([("J67.0", "Farmer lung"), ("T67.5XXA", "Heat exhaustion"), ("L23.5", "Allergic contact dermatitis"),
                             ("S61.412A", "Laceration of right hand"), ("T60.0X1A", "Organophosphate poisoning"),
                             ("W55.29XA", "Other contact with cow")])
    b.line(f"DG1|1||{code}^{desc}^I10")
    if rng.random() < 0.5:
        b.line(f"FT1|1|||||CG|{rng.choice(CPT)}^Office visit^CPT|||1")
    if rng.random() < 0.5:
        b.line(f"OBX|1|NM|{rng.choice(LOINC)}^Lab^LN||{rng.uniform(0.5, 14):.1f}|mg/dL|||||F")
    return b


def k_farmworker_fhir_patient(rng: Random) -> Builder:
    b = Builder()
    p = person(rng, rng.choice(["hisp", "us", "vi", "in", "ea"]))
    cc = "US"
    a = address(rng, cc)
    upd = rdt(rng)
    b.line("{")
    b.line('  "resourceType": "Patient",')
    b.line(f'  "id": "{ruuid(rng)}",')
    b.line(f'  "meta": {{"versionId": "{rng.randint(1, 9)}", "lastUpdated": "{upd.strftime("%Y-%m-%dT%H:%M:%S")}.000+00:00"}},')
    b.line('  "identifier": [')
    b.line('    {"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.3.', _d(rng, 4), '", "value": "', (mrn_no(rng), MRN), '"}')
    b.line("  ],")
    b.add('  "name": [{"use": "official", "family": "', (p.last, PER), '", "given": ["', (p.first, PER), '"]}],\n')
    b.line('  "telecom": [')
    b.add('    {"system": "phone", "value": "', (phone(rng, cc), PH), '", "use": "mobile"}')
    if rng.random() < 0.6:
        b.add(',\n    {"system": "email", "value": "', (email_for(rng, p), EM), '"}')
    b.line("\n  ],")
    b.line(f'  "gender": "{rng.choice(["male", "female"])}",')
    b.line('  "birthDate": "', (rdob(rng).isoformat(), DOB), '",')
    b.line('  "address": [{"use": "home", "line": ["', (a.street, ADR), '"], "city": "', (a.city, LOC), '", "state": "',
           (a.region, LOC), f'", "postalCode": "{a.postcode}", "country": "US"}}],')
    b.line(f'  "communication": [{{"language": {{"text": "{rng.choice(["Spanish", "Mixteco", "English", "Vietnamese"])}"}}}}],')
    if rng.random() < 0.6:
        c = person(rng, rng.choice(["hisp", "us"]))
        b.line('  "contact": [{"relationship": [{"text": "emergency"}], "name": {"text": "', (c.full, PER),
               '"}, "telecom": [{"system": "phone", "value": "', (phone(rng, cc), PH), '"}]}],')
    doc = person(rng, rng.choice(["us", "in", "zh"]))
    b.line(f'  "generalPractitioner": [{{"reference": "Practitioner/{_d(rng, 5)}", "display": "Dr. ', (doc.full, PER), '"}]')
    b.line("}")
    return b


def k_produce_po_edi850(rng: Random) -> Builder:
    b = Builder()
    snd = rng.choice(["BIGGROCER", "FRESHMARTDC", "NORTHSTARFOODS"])
    rcv = rng.choice(["VALLEYFRESH", "MIDVALLEYPK", "CASCADEORCH"])
    t = rdt(rng)
    ctrl = _d(rng, 9)
    b.line(f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*U*00401*{ctrl}*0*P*>~")
    b.line(f"GS*PO*{snd}*{rcv}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{int(ctrl[-5:])}*X*004010~")
    b.line("ST*850*0001~")
    po = f"PO{_d(rng, 7)}"
    b.line(f"BEG*00*SA*{po}**", (t.strftime("%Y%m%d"), DT), "~")
    b.line(f"REF*IA*{_d(rng, 6)}~")
    b.line("DTM*002*", ((t + _dt.timedelta(days=rng.randint(2, 9))).strftime("%Y%m%d"), DT), "~")
    a = address(rng, "US")
    buyer = en_person(rng, "US")
    b.line(f"N1*ST*{snd} DC {rng.randint(1, 60)}*92*{_d(rng, 4)}~")
    b.line("N3*", (a.street.upper(), ADR), "~")
    b.line("N4*", (a.city.upper(), LOC), "*", (a.region, LOC), f"*{a.postcode}~")
    b.line("PER*BD*", (buyer.full.upper(), PER), "*TE*", (f"{_nz(rng, 3)}{_nz(rng, 3)}{_d(rng, 4)}", PH), "*EM*",
           (email_for(rng, buyer, "bigbuyer-foods.com"), EM), "~")
    n = rng.randint(2, 4)
    for k in range(n):
        b.line(f"PO1*{k + 1}*{rng.randint(20, 600)}*CA*{rng.uniform(8, 60):.2f}**UP*{_d(rng, 12)}*VN*{_rs(rng, 3, U_)}-{_d(rng, 4)}~")
        b.line(f"PID*F****{rng.choice(PRODUCTS).upper()}~")
    b.line(f"CTT*{n}~")
    b.line(f"SE*{8 + 2 * n}*0001~")
    b.line(f"GE*1*{int(ctrl[-5:])}~")
    b.line(f"IEA*1*{ctrl}~")
    return b


def k_agronomist_calendar_ics(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA"])
    org, att = en_person(rng, cc), en_person(rng, cc)
    a = address(rng, cc)
    st = rdt(rng)
    en = st + _dt.timedelta(minutes=rng.choice([45, 60, 90, 120]))
    stamp = st - _dt.timedelta(days=rng.randint(1, 20))
    tz = rng.choice(["America/Chicago", "America/Denver", "America/Los_Angeles", "America/Regina"])
    b.line("BEGIN:VCALENDAR")
    b.line("VERSION:2.0")
    b.line(f"PRODID:-//FieldNotes//Scheduler {version(rng)}//EN")
    b.line("BEGIN:VEVENT")
    b.line(f"UID:{ruuid(rng)}")
    b.line(f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}")
    b.line(f"CREATED:{stamp.strftime('%Y%m%dT%H%M%SZ')}")
    b.line(f"LAST-MODIFIED:{(stamp + _dt.timedelta(hours=3)).strftime('%Y%m%dT%H%M%SZ')}")
    b.line(f"DTSTART;TZID={tz}:", (st.strftime("%Y%m%dT%H%M%S"), DT))
    b.line(f"DTEND;TZID={tz}:", (en.strftime("%Y%m%dT%H%M%S"), DT))
    b.line("SUMMARY:Scouting visit - ", (att.last, PER), f" {rng.choice(CROPS)}")
    b.line("LOCATION:", (a.one_line().replace(",", "\\,"), ADR))
    b.line("ORGANIZER;CN=", (org.full, PER), ":mailto:", (email_for(rng, org, "fieldnotes.ag"), EM))
    b.line("ATTENDEE;CN=", (att.full, PER), ";ROLE=REQ-PARTICIPANT:mailto:", (email_for(rng, att), EM))
    b.line(f"DESCRIPTION:Check {rng.choice(['tar spot', 'wheat midge traps', 'SCN counts', 'hail damage'])}. "
           "Grower cell ", (phone(rng, cc), PH), ". Bring soil probe.")
    b.line("BEGIN:VALARM")
    b.line("TRIGGER:-PT30M")
    b.line("ACTION:DISPLAY")
    b.line("END:VALARM")
    b.line("END:VEVENT")
    b.line("END:VCALENDAR")
    return b


def _logts(t: _dt.datetime, rng: Random) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"


def k_farm_shop_payment_log(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "GB", "AU", "CA"])
    t = rdt(rng)
    cust = en_person(rng, cc)
    a = address(rng, cc)
    order = f"ORD-{_d(rng, 6)}"

    def ts():
        nonlocal t
        t += _dt.timedelta(seconds=rng.randint(0, 40), milliseconds=rng.randint(1, 900))
        return _logts(t, rng)
    b.line(f"{ts()} INFO  app      farmshop-web {version(rng)} starting, pid={rng.randint(1000, 40000)}")
    b.line(f"{ts()} DEBUG payments stripe client init api_key=", (stripe_key(rng), STR))
    b.line(f"{ts()} INFO  checkout order={order} items={rng.randint(1, 6)} total={rng.randint(800, 25000)} currency={'gbp' if cc == 'GB' else 'usd'}")
    b.line(f"{ts()} INFO  checkout customer_email=", (email_for(rng, cust), EM), " ip=", (rip(rng), IP))
    b.line(f"{ts()} INFO  checkout ship_to=\"", (cust.full, PER), ", ", (a.one_line(), ADR), "\"")
    b.line(f"{ts()} INFO  payments intent=pi_{_rs(rng, 24)} card={masked_card(rng)} status=requires_confirmation")
    if rng.random() < 0.4:
        b.line(f"{ts()} WARN  fraud    velocity check: 3 attempts in 90s from ip=", (rip4(rng, False), IP))
    b.line(f"{ts()} INFO  payments charge=ch_{_rs(rng, 24)} status=succeeded latency_ms={rng.randint(80, 900)}")
    b.line(f"{ts()} INFO  mailer   receipt queued for order={order} template=receipt_v{rng.randint(2, 5)}")
    b.line(f"{ts()} INFO  shipping label created carrier={rng.choice(['ups', 'fedex', 'royalmail'])} tracking=1Z{_rs(rng, 6, U_ + string.digits)}{_d(rng, 10)}")
    return b


def k_iot_gateway_env(rng: Random) -> Builder:
    b = Builder()
    who = en_person(rng, rng.choice(["US", "GB", "AU"]))
    b.line(f"# FarmSense gateway - {rng.choice(['barn 2', 'grain bin cluster', 'parlour', 'greenhouse 4', 'cold store'])}")
    b.line("# maintained by ", (who.full, PER), " - do not commit this file")
    b.line(f"GATEWAY_ID=gw-{_rs(rng, 8, '0123456789abcdef')}")
    b.line(f"FIRMWARE_VERSION={version(rng)}")
    b.line("MQTT_HOST=", (rip4(rng, True), IP))
    b.line("MQTT_PORT=8883")
    b.line(f"MQTT_USER={rng.choice(['barn2-gw', 'bins-gw', 'parlour01'])}")
    b.line("MQTT_PASSWORD=", (password(rng), PWD))
    b.line("MQTT_CLIENT_ID=${GATEWAY_ID}-pub")
    b.line(f"AWS_REGION={rng.choice(['us-east-2', 'eu-west-1', 'ap-southeast-2', 'ca-central-1'])}")
    b.line("AWS_ACCESS_KEY_ID=", (aws_access(rng), AKEY))
    b.line("AWS_SECRET_ACCESS_KEY=", (aws_secret(rng), ASEC))
    b.line(f"S3_BUCKET=farmsense-telemetry-{_d(rng, 4)}")
    if rng.random() < 0.7:
        b.line("FEED_API_KEY=", (generic_secret(rng), GEN))
    if rng.random() < 0.5:
        b.line("LORA_APP_KEY=", (_rs(rng, 32, "0123456789ABCDEF"), GEN))
    b.line("NTP_SERVER=", (rip4(rng, rng.random() < 0.5), IP))
    b.line("UPLINK_INTERVAL_S=300")
    b.line("DB_PASSWORD=${DB_PASSWORD}")
    b.line(f"LOG_LEVEL={rng.choice(['info', 'debug', 'warn'])}")
    return b


def k_traceability_ci_workflow(rng: Random) -> Builder:
    b = Builder()
    b.line("name: deploy-traceability-api")
    b.line("on:")
    b.line("  push:")
    b.line("    branches: [main]")
    b.line("env:")
    b.line("  REGISTRY: ghcr.io/agritrace")
    b.line("  IMAGE_TAG: ${{ github.sha }}")
    b.line("jobs:")
    b.line("  build:")
    b.line("    runs-on: ubuntu-22.04")
    b.line("    steps:")
    b.line(f"      - uses: actions/checkout@{sha1(rng)}  # v{rng.randint(3, 4)}.{rng.randint(0, 2)}.{rng.randint(0, 9)}")
    b.line(f"      - uses: actions/setup-python@{sha1(rng)}")
    b.line("        with:")
    b.line(f"          python-version: '3.{rng.randint(10, 12)}'")
    b.line("      - name: Login to registry")
    b.line("        run: echo \"${{ secrets.GHCR_TOKEN }}\" | docker login ghcr.io -u agritrace-bot --password-stdin")
    b.line("      - name: Fetch lot lookup tables")
    b.line("        env:")
    if rng.random() < 0.7:
        b.line("          GH_TOKEN: ", (gh_token(rng), GH), "  # TODO move to secrets before merge")
    else:
        b.line("          GH_TOKEN: ${{ secrets.LOOKUP_TOKEN }}")
        b.line("          SLACK_BOT_TOKEN: ", (slack_token(rng), SLK), "  # temp, remove")
    b.line("        run: gh release download lookups-v" + version(rng) + " -R agritrace/lookups")
    b.line("      - name: Deploy")
    b.line("        env:")
    b.line("          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}")
    b.line("          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}")
    b.line("          DB_PASSWORD: ${DB_PASSWORD}")
    b.line("        run: ./deploy.sh --tag ${{ github.ref_name }} --region ${AWS_REGION}")
    return b


def k_slack_bot_config(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "CA", "AU", "GB"])
    b.line(f"# harvest-alerts bot config (v{version(rng)})")
    b.line("slack:")
    b.line("  bot_token: ", (slack_token(rng), SLK))
    b.line("  signing_secret: ", (_rs(rng, 32, "0123456789abcdef"), GEN))
    b.line(f"  default_channel: \"#{rng.choice(['grain-desk', 'bin-monitoring', 'dairy-alerts', 'packhouse'])}\"")
    if rng.random() < 0.6:
        b.line("  webhook_url: ", (f"https://hooks.slack.com/services/T{_rs(rng, 8, U_ + string.digits)}/B{_rs(rng, 10, U_ + string.digits)}/{_rs(rng, 24)}", URL))
    b.line("alerts:")
    b.line("  - name: bin temperature")
    b.line(f"    threshold_c: {rng.randint(24, 32)}")
    b.line(f"    notify: [\"@{rng.choice(['dale.h', 'jramirez', 'ops-lead'])}\", \"@grain-desk\"]")
    b.line("  - name: cooler door open")
    b.line(f"    after_minutes: {rng.randint(5, 20)}")
    b.line("on_call:")
    for _ in range(rng.randint(1, 3)):
        p = en_person(rng, cc)
        b.line("  - name: ", (p.full, PER))
        b.line("    phone: \"", (phone(rng, cc), PH), "\"")
    b.line(f"dashboard: {rng.choice(['grafana', 'metabase'])}  # see runbook RB-{_d(rng, 3)}")
    return b


def k_portal_password_reset_ticket(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "GB", "AU"])
    p = en_person(rng, cc)
    agent = en_person(rng, cc)
    b.line(f"Ticket #HD-{_d(rng, 5)}   Status: Resolved   Priority: P{rng.randint(2, 4)}   Queue: Member Portal")
    b.line("Requester: ", (p.full, PER), " <", (email_for(rng, p), EM), ">")
    b.line("Member no.: ", (acct_no(rng), ACC), "   Callback: ", (phone(rng, cc), PH))
    b.line("")
    b.add("Description: Grower cannot log in to ", (coop_url(rng), URL), f" - account locked after {rng.randint(3, 6)} failed attempts from ")
    b.line((rip(rng), IP), ". Says it started last Tuesday.")
    b.line("")
    b.line("Agent notes (", (agent.first, PER), "):")
    b.line("- Verified identity: date of birth ", (fdate(rng, rdob(rng)), DOB), f" and SSN {masked_ssn(rng)}.")
    b.line("- Unlocked account, issued temporary password ", (password(rng), PWD), " (forced change at next login).")
    b.line(f"- Browser: Chrome {rng.randint(110, 125)}.0; app version {version(rng)}; case {_d(rng, 7)} linked.")
    if rng.random() < 0.5:
        b.line("- Grower also asked about the patronage statement; forwarded to ", (en_person(rng, cc).full, PER), ".")
    b.line(f"- Resolved within {rng.randint(5, 40)} minutes. CSAT survey sent.")
    return b


def k_coop_api_jwt_log(rng: Random) -> Builder:
    b = Builder()
    t = rdt(rng)
    for _ in range(rng.randint(2, 4)):
        t += _dt.timedelta(seconds=rng.randint(1, 50))
        b.line((rip(rng), IP), f" - - [{t.strftime('%d/%b/%Y:%H:%M:%S')} +0000] \"{rng.choice(['GET', 'POST'])} "
               f"/api/v2/{rng.choice(['deliveries', 'lots', 'settlements', 'members/me'])}?season={t.year} HTTP/1.1\" "
               f"{rng.choice([200, 200, 201, 401, 403])} {rng.randint(200, 9000)} \"-\" \"FarmApp/{version(rng)} (Android 14)\"")
    b.line(f"{_logts(t, rng)} DEBUG auth-mw request_id={ruuid(rng)} headers:")
    b.line("    Authorization: Bearer ", (jwt(rng), JWT_))
    b.line(f"    X-Client-Version: {version(rng)}")
    b.line(f"{_logts(t, rng)} DEBUG auth-mw token ok sub=svc-traceability exp_in={rng.randint(60, 3600)}s")
    if rng.random() < 0.4:
        b.line(f"{_logts(t, rng)} WARN  auth-mw legacy api key used: ", (generic_secret(rng), GEN))
    b.line(f"{_logts(t, rng)} INFO  upstream {rng.choice(['lots-svc', 'settle-svc'])} at ", (rip4(rng, True), IP), f":{rng.choice([8080, 9000, 5000])} ok")
    return b


def k_cold_store_wiki_key(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "GB", "NO", "AU"])
    ed = person(rng, rng.choice(COUNTRIES[cc][1]))
    b.line(f"== Cold store #{rng.randint(1, 6)} - HMI / SCADA access ==")
    b.line("Last edited by ", (ed.full, PER), f" (rev {rng.randint(3, 60)})")
    b.line("Host: coldstore-hmi (", (rip4(rng, True), IP), ")   SSH user: ops")
    b.line("Key below is the break-glass key; rotate after the audit.")
    b.line("")
    b.line((private_key(rng), PK))
    b.line("")
    if rng.random() < 0.6:
        b.line("VNC fallback password: ", (password(rng), PWD))
    esc = person(rng, rng.choice(COUNTRIES[cc][1]))
    b.line("Ammonia alarm escalation: ", (esc.full, PER), " ", (phone(rng, cc), PH))
    b.line(f"Setpoints: -{rng.randint(18, 28)} C freezer, {rng.randint(1, 4)} C chill. Defrost every {rng.randint(6, 12)} hours.")
    return b


def k_crop_insurance_claim(rng: Random) -> Builder:
    b = Builder()
    p, a = en_person(rng, "US"), address(rng, "US")
    agent, adj = en_person(rng, "US"), en_person(rng, "US")
    loss = rdate(rng)
    b.line("NOTICE OF LOSS / CLAIM FOR INDEMNITY - MULTIPLE PERIL CROP INSURANCE")
    b.line(f"Claim no.: CL-{loss.year}-{_d(rng, 6)}    Unit: {_d(rng, 4)}-{_d(rng, 4)}    Crop year: {loss.year}")
    b.line("Insured: ", (p.styled(rng), PER), "    Phone: ", (phone(rng, "US"), PH))
    b.line("Insured address: ", (a.one_line(), ADR))
    b.line("Agent: ", (agent.full, PER), f", {rng.choice(['Heartland Crop Insurance', 'Rain and Hail', 'AgriRisk Partners'])}")
    b.line("")
    b.line("Date of loss: ", (fdate(rng, loss), DT), "    Notice given: ", (fdate(rng, loss + _dt.timedelta(days=rng.randint(1, 10))), DT))
    b.line(f"Cause of loss: {rng.choice(['hail', 'excess moisture', 'drought', 'freeze', 'wind'])}   Crop: {rng.choice(CROPS)}   "
           f"Acres affected: {rng.uniform(10, 600):.1f}")
    b.line("Adjuster: ", (adj.full, PER), "   Field inspection: ",
           (fdatetime(rng, rdt(rng, loss + _dt.timedelta(days=rng.randint(3, 20)))), DT))
    b.line(f"Appraised yield: {rng.uniform(20, 180):.1f} bu/ac vs. APH {rng.uniform(120, 220):.1f} bu/ac")
    b.line("")
    b.line("Indemnity payment by ACH:")
    b.line(f"  Routing: {aba(rng)}    Account: ", (_nz(rng, rng.randint(8, 12)), ACC))
    b.line(f"  Estimated indemnity: {amount(rng, '$', 2000, 150000)} (subject to review, 30-day processing)")
    return b


def k_health_plan_enrollment(rng: Random) -> Builder:
    b = Builder()
    p = person(rng, rng.choice(["hisp", "us", "vi"]))
    eff = rdate(rng)
    plan = rng.choice(["AGRIHEALTH MUTUAL", "FARMWORKER HEALTH ALLIANCE", "HARVEST CARE PLAN"])
    mid = hpn_no(rng)
    b.line(f"{plan} - MEMBER ENROLLMENT CONFIRMATION")
    b.line("")
    b.line("Subscriber: ", (p.full.upper() if rng.random() < 0.4 else p.full, PER))
    b.line("Member ID: ", (mid, HPN), f"      Group no.: {grp_no(rng)}")
    b.line("Date of birth: ", (fdate(rng, rdob(rng)), DOB))
    b.line("Coverage effective: ", (fdate(rng, eff), DT))
    if rng.random() < 0.6:
        dep = person(rng, "hisp" if p.last in POOL["hisp"][1] else rng.choice(["us", "hisp"]))
        dep.last = p.last
        b.line("Dependent: ", (dep.full, PER), "   DOB: ", (fdate(rng, rdate(rng, 2008, 2023)), DOB), "   Member ID: ",
               (mid[:-2] + "02" if mid[-2:].isdigit() else mid + "-02", HPN))
    doc = person(rng, rng.choice(["us", "in", "zh", "vi"]))
    b.line("Primary care provider: Dr. ", (doc.full, PER), f"  NPI {npi(rng)}  ", (phone(rng, "US"), PH))
    b.line(f"Pharmacy: RxBIN {_d(rng, 6)}  RxPCN {_rs(rng, 4, U_)}  RxGRP {_rs(rng, 3, U_)}{_d(rng, 3)}")
    b.line(f"Copays: PCP {amount(rng, '$', 5, 40)}  ER {amount(rng, '$', 50, 250)}  Generic Rx {amount(rng, '$', 3, 15)}")
    b.line(f"Annual wellness visit (CPT {rng.choice(['99385', '99395', '99396'])}) and flu shot (CPT 90686) covered at 100%.")
    b.line("")
    b.line("Questions? Member services ", (f"1-8{rng.choice('0458')}{rng.choice('0458')}-{_nz(rng, 3)}-{_d(rng, 4)}", PH),
           " (TTY 711), or ", (f"https://www.{rng.choice(['agrihealthmutual.org', 'fwhalliance.org', 'harvestcare.com'])}/members", URL))
    return b


NATIONALITIES = ["British", "Filipino", "Ghanaian", "Latvian", "Indonesian", "Scottish", "Norwegian", "Sri Lankan", "Polish"]


def k_fisheries_crew_manifest(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["GB", "GB", "NO", "CA"])
    dep = rdate(rng)
    b.line(f"CREW LIST\tFV {rng.choice(['Ocean Harvest', 'Atlantic Star', 'Girl Rona', 'Sea Spray II'])}\tIMO {_d(rng, 7)}")
    b.line("Port of departure:\t", (rng.choice(PORTS[cc]), LOC), "\tDate:\t", (fdate(rng, dep), DT))
    b.line("name\trole\tnationality\tdate_of_birth\tdischarge_book\temergency_phone")
    for role in rng.sample(["Skipper", "Mate", "Engineer", "Deckhand", "Deckhand", "Cook"], rng.randint(3, 6)):
        p = person(rng, rng.choice(["uk", "uk", "no", "pl", "in", "ea", "vi"]))
        b.line((p.full, PER), f"\t{role}\t{rng.choice(NATIONALITIES)}\t", (fdate(rng, rdob(rng), style=0), DOB),
               f"\t{_rs(rng, 2, U_)}{_d(rng, 6)}\t", (phone(rng, rng.choice([cc, 'GB', 'IN', 'KE'])), PH))
    b.line(f"Total persons on board: {rng.randint(3, 9)}\tLiferaft capacity: 12\tEPIRB: {_rs(rng, 15, '0123456789ABCDEF')}")
    return b


# ---------------- no-entity kinds (only hard negatives) -----------------
def k_scale_house_log(rng: Random) -> Builder:
    b = Builder()
    t = rdt(rng)
    for _ in range(rng.randint(6, 12)):
        t += _dt.timedelta(minutes=rng.randint(1, 30), seconds=rng.randint(0, 59))
        ev = rng.choice([
            f"INBOUND  ticket={_d(rng, 7)} plate={plate(rng, rng.choice(['US', 'CA']))} gross_kg={rng.randint(28000, 42000)} probe=P-{_d(rng, 2)}",
            f"OUTBOUND ticket={_d(rng, 7)} tare_kg={rng.randint(12000, 16000)} net_kg={rng.randint(14000, 26000)} bin={rng.randint(1, 24)}",
            f"GRADE    ticket={_d(rng, 7)} moisture={rng.uniform(9, 18):.1f} dockage={rng.uniform(0, 3):.1f} grade=#{rng.randint(1, 3)}",
            f"WARN     scale drift {rng.uniform(0.1, 1.5):.2f}% - recalibration due in {rng.randint(2, 14)} days",
            f"INFO     dryer burner cycle {rng.randint(12, 90)} min, bin {rng.randint(1, 24)} fan on",
            f"INFO     spot load, truck VIN {vin(rng)} pre-registered at gate {rng.randint(1, 4)}",
            f"ERROR    printer offline (job {_d(rng, 5)}), retry in 30 s",
        ])
        b.line(f"{t.strftime('%Y-%m-%d %H:%M:%S')} scale{rng.randint(1, 3)} {ev}")
    return b


def k_hs_tariff_sheet(rng: Random) -> Builder:
    b = Builder()
    b.line("EXPORT TARIFF CLASSIFICATION WORKSHEET")
    b.line(f"Worksheet ref: TW-{_d(rng, 6)}   Revision {rng.randint(1, 9)}   Season {rng.choice([2023, 2024, 2025])}")
    b.line("")
    b.line(f"{'HS code':<10}{'Description':<34}{'Duty %':>8}{'Net kg':>10}{'Value (USD)':>14}  Incoterm  Via")
    descs = {"0303.14": "Trout, frozen", "1001.99": "Wheat, other", "0401.20": "Milk, fat 1-6%", "0805.10": "Oranges, fresh",
             "0201.30": "Bovine meat, boneless, fresh", "0302.13": "Pacific salmon, fresh", "1005.90": "Maize, other",
             "0808.10": "Apples, fresh", "0406.90": "Cheese, other", "1201.90": "Soya beans", "0713.40": "Lentils, dried",
             "0304.71": "Cod fillets, frozen"}
    for hs in rng.sample(HS_CODES, rng.randint(3, 6)):
        b.line(f"{hs:<10}{descs[hs]:<34}{rng.choice([0, 2.5, 5, 8, 12, 15]):>8}{rng.randint(500, 24000):>10,}"
               f"{rng.uniform(2000, 250000):>14,.2f}  {rng.choice(['FOB', 'CIF', 'FCA', 'DAP']):<8}  {rng.choice(IATA)}")
    b.line("")
    b.line(f"Phytosanitary certificate required for lines 2-3. Cold chain max transit {rng.randint(24, 96)} hours.")
    b.line(f"Broker invoice INV-{_d(rng, 6)}; customs entry {_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 1)}; bond amount {amount(rng, '$', 10000, 90000)}.")
    return b


def k_feed_ration_changelog(rng: Random) -> Builder:
    b = Builder()
    b.line("# CHANGELOG - ration-formulator")
    for _ in range(rng.randint(3, 5)):
        b.line("")
        b.line(f"## v{version(rng)}  ({sha1(rng)[:7]})")
        for _ in range(rng.randint(2, 4)):
            b.line("- " + rng.choice([
                f"Lactating cow ration: corn silage {rng.randint(35, 55)}% DM, haylage {rng.randint(10, 25)}%, soybean meal {rng.randint(5, 15)}%",
                f"Fix NDF rounding for TMR batches > {rng.randint(5, 20)} t (issue #{rng.randint(100, 999)})",
                f"Bump nutrient library to {version(rng)}; checksum sha256:{sha256(rng)}",
                f"Broiler starter: lysine {rng.uniform(1.1, 1.4):.2f}% SID, added phytase {rng.randint(500, 1500)} FTU/kg",
                f"Revert commit {sha1(rng)} (mixer wagon load order regression)",
                f"Withdrawal reminders now default to {rng.randint(3, 30)} days for medicated feed",
                "Weekly report moved from Monday to Friday",
            ]))
    return b


def k_cold_chain_telemetry_json(rng: Random) -> Builder:
    b = Builder()
    b.line("[")
    n = rng.randint(3, 6)
    ts = int(epoch(rng))
    dev = ruuid(rng)
    for k in range(n):
        ts += rng.randint(60, 900)
        b.line(f'  {{"device": "{dev}", "ts": {ts}, "probe": "{rng.choice(["T1", "T2", "RH"])}", '
               f'"value": {rng.uniform(-22, 6):.2f}, "door_open_s": {rng.randint(0, 120)}, "fw": "{version(rng)}", '
               f'"msg_id": "{ruuid(rng)}"}}' + ("," if k < n - 1 else ""))
    b.line("]")
    return b


def k_vet_withdrawal_table(rng: Random) -> Builder:
    b = Builder()
    b.line("MEDICINE RECORD - WITHDRAWAL PERIODS (on-farm copy)")
    b.line(f"{'Product':<26}{'Batch':<11}{'Route':<8}{'Meat':>10}{'Milk':>12}")
    for d in rng.sample(VET_DRUGS, rng.randint(4, 7)):
        b.line(f"{d:<26}{_rs(rng, 2, U_) + _d(rng, 5):<11}{rng.choice(['IM', 'SC', 'oral', 'pour-on']):<8}"
               f"{str(rng.randint(0, 60)) + ' days':>10}{rng.choice(['0 hours', '72 hours', '96 hours', '5 days', 'not for use']):>12}")
    b.line("")
    b.line(f"Store below 25 C. Discard opened vials after 28 days. Cabinet key hangs in the parlour office.")
    b.line(f"Herd health plan review is due next month; vet practice ref VP-{_d(rng, 5)}.")
    return b


def k_commodity_price_bulletin(rng: Random) -> Builder:
    b = Builder()
    b.line("CO-OP CASH BIDS - CLOSE")
    b.line(f"{'Commodity':<18}{'Cash':>9}{'Basis':>9}{'Futures':>10}{'Chg':>8}")
    for c in rng.sample(["Corn", "Soybeans", "HRW Wheat", "SRW Wheat", "Canola", "Oats", "Sorghum", "Barley"], rng.randint(4, 6)):
        f = rng.uniform(3.5, 14)
        bs = rng.uniform(-0.9, 0.4)
        b.line(f"{c:<18}{f + bs:>9.2f}{bs:>+9.2f}{f:>10.4f}{rng.uniform(-0.2, 0.2):>+8.3f}")
    b.line("")
    b.line(f"New-crop {rng.choice([2024, 2025, 2026])} bids posted. Markets were quiet on Monday; funds added length yesterday.")
    b.line(f"Storage: {amount(rng, '$', 0.02, 0.06)}/bu/month after 30 days. Drying charge {amount(rng, '$', 0.03, 0.06)}/pt.")
    b.line(f"Bids subject to change without notice. Bulletin no. {_d(rng, 4)}.")
    return b


def k_fleet_maintenance_log(rng: Random) -> Builder:
    b = Builder()
    b.line("FLEET MAINTENANCE LOG - WORK ORDERS")
    b.line(f"{'WO':<10}{'Unit':<27}{'VIN/Serial':<19}{'Plate':<11}{'Hours':>7}  Work")
    for _ in range(rng.randint(4, 7)):
        unit = rng.choice(["John Deere 8R 410", "Case IH Magnum 340", "Claas Lexion 8700", "Fendt 942 Vario",
                           "New Holland T7.270", "Kenworth T880 grain truck", "Kubota M7-172"])
        b.line(f"{'WO' + _d(rng, 6):<10}{unit:<27}{vin(rng):<19}{plate(rng, rng.choice(['US', 'CA', 'AU'])):<11}{rng.randint(200, 9000):>7}  "
               + rng.choice(["500 h service", "replace hydraulic hose", "DEF sensor fault", "tyre swap", "AC recharge",
                             "reprogram ECU to " + version(rng)]))
    b.line("")
    b.line(f"Parts order PO-{_d(rng, 6)} placed; downtime estimate {rng.randint(2, 48)} hours. Next DOT inspection in 3 weeks.")
    return b


# ---------------- more English kinds -----------------
CERTIFIERS = ["Tilth Organic Certifiers", "CCOF", "Soil Association Certification", "Quality Assurance International",
              "Pro-Cert Organic", "Greenfield Organic Certification"]


def k_organic_certification_letter(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "GB"])
    owner, insp, mgr = en_person(rng, cc), en_person(rng, cc), en_person(rng, cc)
    ca, oa = address(rng, cc), address(rng, cc)
    d = rdate(rng)
    b.line(rng.choice(CERTIFIERS))
    b.line((ca.multi(), ADR))
    b.line("")
    b.line((fdate(rng, d), DT))
    b.line("")
    b.line((owner.full, PER))
    b.line(rng.choice(FARM_BRANDS))
    b.line((oa.multi(), ADR))
    b.line("")
    b.line(f"Re: Organic certificate no. ORG-{_d(rng, 6)} (operation ID {_d(rng, 10)})")
    b.line("")
    b.line(f"Dear {rng.choice(['Mr.', 'Ms.', 'Mx.'])} ", (owner.last, PER), ",")
    b.line("")
    b.add("Following the annual inspection carried out by ", (insp.full, PER), " on ", (fdate(rng, d - _dt.timedelta(days=rng.randint(10, 60))), DT),
          f", we are pleased to confirm continued certification of {rng.randint(20, 900)} acres of {rng.choice(CROPS)} and "
          f"{rng.choice(['pasture', 'hay', 'mixed vegetables'])}. ")
    b.line("Your certificate is valid through ", (fdate(rng, d + _dt.timedelta(days=365)), DT), ".")
    b.line("")
    b.line(f"Minor non-compliance NC-{rng.randint(1, 9)}: buffer-zone records incomplete for field {rng.randint(1, 30)}. "
           "Please submit corrective action by ", (fdate(rng, d + _dt.timedelta(days=30)), DT), ".")
    b.line("The public listing can be verified at ", (f"https://{rng.choice(['organic.ams.usda.gov', 'www.certifiedorganic.directory', 'verify.organiccert.org'])}/integrity/{_d(rng, 10)}", URL))
    b.line("")
    b.line("Sincerely,")
    b.line((mgr.full, PER), ", Certification Manager")
    b.line((phone(rng, cc), PH), " | ", (email_for(rng, mgr, "organiccert.org"), EM))
    return b


def k_irrigation_district_bill(rng: Random) -> Builder:
    b = Builder()
    a, m = address(rng, "US"), address(rng, "US")
    p = en_person(rng, "US")
    bd = rdate(rng)
    b.line(f"{rng.choice(['SUNRISE', 'TWIN OAKS', 'HIGHLINE', 'SOUTH FORK'])} IRRIGATION DISTRICT - WATER SERVICE STATEMENT")
    b.line("Account number: ", (acct_no(rng), ACC), f"    Invoice: {_d(rng, 8)}")
    b.line("Billing date: ", (fdate(rng, bd), DT), "    Due date: ", (fdate(rng, bd + _dt.timedelta(days=rng.choice([21, 30]))), DT))
    b.line("Customer: ", (p.styled(rng), PER))
    b.line("Service location: ", (a.one_line(), ADR), f"  (APN {_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)})")
    b.line("Mailing address:")
    b.line((m.multi(), ADR))
    b.line("")
    af = rng.uniform(5, 400)
    b.line(f"Water delivered: {af:.1f} acre-feet @ {amount(rng, '$', 20, 90)}/AF")
    b.line(f"Standby charge: {amount(rng, '$', 40, 400)}   Drainage assessment: {amount(rng, '$', 10, 120)}")
    b.line(f"Amount due: {amount(rng, '$', 500, 30000)}")
    b.line(f"Autopay: bank account {rng.choice(['****', 'xxxx'])}{_d(rng, 4)} will be debited on the due date.")
    b.line("Pay online at ", (f"https://pay.{rng.choice(['tid', 'wwd', 'mlid', 'npid'])}-water.org/account", URL), " or call ", (phone(rng, "US"), PH), ".")
    return b


def k_equipment_lease_agreement(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA"])
    p, a = en_person(rng, cc), address(rng, cc)
    st = rdate(rng)
    unit = rng.choice(["John Deere S780 combine", "Case IH Steiger 620", "Fendt 1050 Vario", "Claas Jaguar 990 forage harvester",
                       "Kubota M8 tractor"])
    b.line("EQUIPMENT LEASE AGREEMENT (SEASONAL)")
    b.line(f"Lease no.: EL-{_d(rng, 6)}")
    b.line("")
    b.add(f"This agreement is made between {rng.choice(['Three Rivers Equipment LLC', 'Prairie Machinery Rental', 'Deere & Company dealer Van Wall Equipment'])} (\"Lessor\") and ")
    b.line((p.full, PER), ", residing at ", (a.one_line(), ADR), " (\"Lessee\").")
    b.line("")
    b.line(f"1. Equipment: {unit}, serial/VIN {vin(rng)}, engine hours at delivery {rng.randint(100, 3000)}.")
    b.line("2. Term: from ", (fdate(rng, st), DT), " to ", (fdate(rng, st + _dt.timedelta(days=rng.randint(30, 120))), DT),
           f" ({rng.choice(['harvest season', '60 days', '12 weeks'])}).")
    b.line(f"3. Rent: {amount(rng, '$', 8000, 90000)} plus {amount(rng, '$', 40, 250)} per separator hour over {rng.randint(200, 400)} hours.")
    b.line("4. Lessee's driver's license no. ", (dl_number(rng, cc, a.region), DL), " has been sighted.")
    b.line("5. Insurance certificate to name Lessor as loss payee; deductible " + amount(rng, '$', 1000, 10000) + ".")
    b.line("")
    b.line("Lessee: ", (p.full, PER), "   Phone: ", (phone(rng, cc), PH))
    b.line("Signed on ", (fdate(rng, st - _dt.timedelta(days=rng.randint(1, 14))), DT))
    return b


def k_fish_auction_settlement(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["GB", "GB", "NO"])
    owner = person(rng, rng.choice(COUNTRIES[cc][1]))
    sd = rdate(rng)
    b.line(f"{rng.choice(['NORTHERN FISH AUCTIONS LTD', 'BLUE QUAY FISH SALES', 'CELTIC SEA AUCTIONS'])} - SETTLEMENT ADVICE")
    b.line("Sale date: ", (fdate(rng, sd), DT), f"    Settlement no.: S{_d(rng, 6)}")
    b.line(f"Vessel: FV {rng.choice(['Girl Rona', 'Ocean Harvest', 'Sea Spray II', 'Kvitbjørn'])} ({rng.choice(['PZ', 'PD', 'FR'])} {rng.randint(10, 999)})")
    b.line("Owner/skipper: ", (owner.styled(rng), PER))
    b.line("")
    b.line(f"{'Species':<14}{'Boxes':>6}{'Grade':>7}{'£/box':>9}{'Value':>12}")
    tot = 0.0
    for sp in rng.sample(SPECIES, rng.randint(3, 6)):
        bx, pr = rng.randint(2, 120), rng.uniform(30, 260)
        tot += bx * pr
        b.line(f"{sp:<14}{bx:>6}{rng.choice(['A', 'B', 'E']):>7}{pr:>9.2f}{bx * pr:>12,.2f}")
    b.line(f"{'Gross':<36}{tot:>12,.2f}")
    b.line(f"{'Commission 5%':<36}{-tot * 0.05:>12,.2f}")
    b.line(f"{'Seafish levy':<36}{-tot * 0.0071:>12,.2f}")
    b.line("")
    bcc = "GB" if cc == "GB" else "NO"
    b.line("Paid by transfer to IBAN ", (iban(rng, bcc), IBAN), f"  BIC {rng.choice(BICS[bcc])}")
    b.line("Queries: ", (phone(rng, cc), PH), "  ", (email_for(rng, None, rng.choice(["fishauctions.co.uk", "newlynfish.com"])), EM))
    return b


def k_beekeeper_registration(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "GB", "AU", "CA", "KE"])
    p, a = en_person(rng, cc), address(rng, cc)
    b.line("APIARY REGISTRATION / RENEWAL")
    cur = {"US": "$", "GB": "£", "AU": "A$", "CA": "C$", "KE": "KSh"}[cc]
    lat0, lon0 = {"US": (41, -95), "GB": (52, -3), "AU": (-33, 147), "CA": (51, -108), "KE": (-0.3, 36)}[cc]
    b.line(f"Registration no.: AP-{_d(rng, 5)}    Renewal fee: {amount(rng, cur, 10, 60)}")
    b.line("Beekeeper: ", (p.full, PER))
    b.line("Home address: ", (a.one_line(), ADR))
    b.line("Phone: ", (phone(rng, cc), PH), "    Email: ", (email_for(rng, p), EM))
    b.line("")
    b.line("Apiary sites:")
    for k in range(rng.randint(1, 4)):
        s = address(rng, cc)
        b.line(f"  Site {k + 1}: near ", (place(s), LOC), f"  lat {lat0 + rng.uniform(-2, 2):.4f} lon {lon0 + rng.uniform(-3, 3):.4f}  "
               f"colonies: {rng.randint(2, 80)}  {rng.choice(['Langstroth', 'top-bar', 'Warre'])}")
    b.line(f"Varroa treatment: {rng.choice(['oxalic acid', 'Apivar', 'formic acid (MAQS)'])}, {rng.randint(2, 6)} weeks.")
    b.line("Registration expires ", (fdate(rng, rdate(rng, 2025, 2027)), DT), ".")
    return b


def k_farmers_market_vendor_application(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA"])
    p, a = en_person(rng, cc), address(rng, cc)
    dom = rng.choice(["hoffmanfamilyfarm.com", "sunnyacres.farm", "oldmillcreamery.com", "greenmeadowdairy.net", "redbarnhoney.com"])
    b.line("FARMERS MARKET - VENDOR APPLICATION (SUMMER SEASON)")
    b.line(f"Application #: VA-{_d(rng, 5)}")
    b.line("Business name: ", rng.choice(FARM_BRANDS))
    b.line("Contact person: ", (p.full, PER))
    b.line("Email: ", (email_for(rng, p), EM), "    Phone: ", (phone(rng, cc), PH))
    b.line("Website: ", (f"https://{rng.choice(['www.', ''])}{dom}{rng.choice(['', '/shop', '/about-us'])}", URL))
    b.line("Farm address: ", (a.one_line(), ADR))
    b.line(f"Products: {', '.join(rng.sample(['eggs', 'honey', 'raw milk cheese', 'microgreens', 'beef', 'cut flowers', 'apples'], 3))}")
    b.line(f"Stall size: {rng.choice(['10x10', '10x20'])}   Weeks: {rng.randint(8, 26)}   Fee: {amount(rng, '$', 150, 1200)}")
    b.line("First market day: ", (fdatetime(rng, rdt(rng), weekday=rng.random() < 0.5), DT))
    b.line("")
    b.line("Payment - card on file")
    b.line("Cardholder: ", (p.full.upper() if rng.random() < 0.5 else p.full, PER))
    b.line("Card number: ", (card(rng), CC), "    Exp: ", (f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}", DT), "    CVV: ***")
    b.line("Billing ZIP/postal: ", a.postcode)
    b.line(f"Liability insurance cert no. {_rs(rng, 3, U_)}{_d(rng, 7)} attached; health permit pending.")
    return b


def k_food_safety_audit_report(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "GB", "AU", "CA", "KE", "IN"])
    aud, qa = en_person(rng, cc), en_person(rng, cc)
    a = address(rng, cc)
    t = rdt(rng)
    b.line(f"{rng.choice(['GLOBALG.A.P.', 'SQF Edition 9', 'BRCGS Food Safety Issue 9', 'PrimusGFS v3.2'])} AUDIT REPORT - SUMMARY")
    b.line(f"Audit ID: {_rs(rng, 3, U_)}-{_d(rng, 7)}    Certificate body: {rng.choice(['NSF', 'SGS', 'Bureau Veritas', 'LRQA'])}")
    b.line("Site: ", rng.choice(["Valley Fresh packhouse", "Blue Harbour processing plant", "Sunridge dairy plant"]), ", ", (a.one_line(), ADR))
    b.line("Auditor: ", (aud.full, PER), "    Site QA lead: ", (qa.full, PER), " (", (phone(rng, cc), PH), ")")
    b.line("Opening meeting: ", (fdatetime(rng, t), DT))
    b.line(f"Duration: {rng.randint(1, 3)} days ({rng.randint(8, 24)} hours on site)")
    b.line("")
    b.line("Findings:")
    for _ in range(rng.randint(2, 4)):
        b.line(f"  [{rng.choice(['Minor', 'Major', 'Minor', 'Obs'])}] clause {rng.randint(1, 9)}.{rng.randint(1, 9)}.{rng.randint(1, 12)} - " + rng.choice([
            "hand-wash station lacked paper towels in packing line 2",
            "metal detector verification log missing one entry",
            "pallet from supplier lot " + lot_code(rng) + " not traceable to harvest block",
            "chlorine log for flume water recorded at 12 ppm, below 25 ppm limit",
            "pest control map not updated after line relocation"]))
    b.line("Corrective actions due by ", (fdate(rng, (t + _dt.timedelta(days=28)).date()), DT), ".")
    b.line(f"Score: {rng.uniform(82, 99):.1f}%   Grade: {rng.choice(['A', 'AA', 'B', 'Excellent'])}")
    return b


def k_livestock_auction_catalog(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "AU"])
    a = address(rng, cc)
    t = rdt(rng)
    t = t.replace(hour=rng.choice([9, 10, 11, 13]), minute=0)
    b.line(f"{rng.choice(['RIVERBEND LIVESTOCK AUCTION', 'TRI-COUNTY CATTLE EXCHANGE', 'PRAIRIE WEST SALEYARDS'])}")
    b.line((a.one_line(), ADR), "  |  ", (phone(rng, cc), PH))
    b.line("Special feeder sale: ", (fdatetime(rng, t, weekday=True), DT))
    b.line("")
    for k in range(rng.randint(3, 6)):
        cons = en_person(rng, cc)
        ca = address(rng, cc)
        b.line(f"Lot {k + 1:>2}  {rng.randint(8, 120)} {rng.choice(['blk strs', 'bwf hfrs', 'red angus strs', 'char x hfrs', 'merino wethers'])} "
               f"{(w := rng.randint(4, 8))}00-{w}50#  {rng.choice(['weaned 45 days', 'bunk broke', 'fall shots', 'NHTC'])}  - ",
               (cons.full if rng.random() < 0.7 else cons.last, PER), ", ", (place(ca), LOC))
    b.line("")
    b.line(f"Video preview online. Buyer numbers issued at the office; bring a bank letter of credit. Sale ring seats 1-{rng.randint(100, 400)} reserved.")
    return b


def k_consumer_complaint_email(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "GB", "CA", "AU"])
    p = en_person(rng, cc)
    brand = rng.choice(FARM_BRANDS)
    when = rdt(rng)
    pd = when.date() - _dt.timedelta(days=rng.randint(1, 10))
    b.line("From: ", (p.full, PER), " <", (email_for(rng, p), EM), ">")
    b.line("To: Customer Care <", (f"care@{rng.choice(DOMAINS)}", EM), ">")
    b.line(f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S')} +0000")
    b.line(f"Subject: Complaint about {brand} {rng.choice(PRODUCTS)}")
    b.line("")
    b.line("Hello,")
    b.line("")
    sa = address(rng, cc)
    b.add("I bought a pack of your product on ", (fdate(rng, pd), DT), " at the store in ", (place(sa), LOC),
          f" (lot {lot_code(rng)}, best before ", (fdate(rng, pd + _dt.timedelta(days=rng.randint(3, 30))), DT), "). ")
    b.line(rng.choice(["When we opened it there was a piece of blue plastic inside.",
                       "It smelled off straight away even though it was well within date.",
                       "My son had a reaction - the label doesn't mention milk."]))
    b.line(f"I paid by card ({masked_card(rng)}) and still have the receipt, transaction ref {bad16(rng)}.")
    b.add("Please call me on ", (phone(rng, cc), PH))
    if rng.random() < 0.5:
        b.add(" after ", (rng.choice(["5 pm", "6:30 PM", "17:00"]), DT))
    b.line(".")
    b.line("")
    b.line("Regards,")
    b.line((p.full, PER))
    return b


def k_reefer_booking_confirmation(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "AU", "GB", "KE", "IN"])
    p = en_person(rng, cc)
    etd = rdt(rng)
    pol, pod = rng.sample(["NLRTM", "USLGB", "AUMEL", "KEMBA", "INNSA", "GBFXT", "SGSIN", "JPYOK"], 2)
    b.line(f"BOOKING CONFIRMATION - REEFER   Booking no.: {rng.choice(['MAEU', 'HLCU', 'CMDU'])}{_d(rng, 9)}")
    b.line(f"Shipper: {rng.choice(['Valley Fresh Growers', 'Blue Harbour Seafood', 'Cascade Orchards Association'])}")
    b.line("Shipper contact: ", (p.full, PER), ", ", (email_for(rng, p, rng.choice(DOMAINS)), EM), ", ", (phone(rng, cc), PH))
    b.line(f"Port of loading: {pol}    Port of discharge: {pod}")
    b.line("Final destination: ", (place(address(rng, rng.choice(['US', 'GB', 'AU'])), with_country=True), LOC))
    b.line("Vessel ETD: ", (fdatetime(rng, etd), DT))
    b.line("Cargo cut-off: ", (fdatetime(rng, etd - _dt.timedelta(hours=rng.choice([24, 36, 48]))), DT))
    b.line(f"Equipment: 1 x 40' RH   Container: {_rs(rng, 4, U_)}{_d(rng, 7)}   Seal: {_d(rng, 8)}")
    b.line(f"Commodity: {rng.choice(PRODUCTS)} (HS {rng.choice(HS_CODES)})   Set point: {rng.choice(['-18.0', '+1.0', '+3.5', '-0.5'])} C   Vent: {rng.randint(0, 40)} CBM/h")
    b.line(f"Transit time: {rng.randint(12, 40)} days. VGM required 24 hours before cut-off.")
    return b


def k_voicemail_transcript(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "GB", "AU"])
    p = en_person(rng, cc)
    num = phone(rng, cc)
    t = rdt(rng)
    b.line("Voicemail transcription (auto-generated, may contain errors)")
    b.line("From: ", (num, PH), f"   Length: 0:{rng.randint(15, 59)}")
    b.line("")
    b.add("\"Hi, this is ", (p.first if rng.random() < 0.4 else p.full, PER),
          f" from {rng.choice(['the co-op', 'the elevator', 'the packhouse', 'the vet clinic', 'the fish market'])}. ")
    b.add("I'm calling about the delivery we had down for ", (fdatetime(rng, t), DT), ". ")
    b.add(rng.choice(["The dryer's down so we need to push it back a day. ", "The truck broke down on the highway. ",
                      "We need the signed movement form before we can load. "]))
    b.add("You can reach me on ", (phone(rng, cc, intl=False), PH))
    if rng.random() < 0.5:
        b.add(" or on my cell, ", (phone(rng, cc, intl=False), PH))
    b.line(". Thanks, bye.\"")
    return b


def k_aquaculture_permit_xml(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["GB", "NO", "CA"])
    p, a = person(rng, rng.choice(COUNTRIES[cc][1])), address(rng, cc)
    insp = person(rng, rng.choice(COUNTRIES[cc][1]))
    vf = rdate(rng)
    b.line('<?xml version="1.0" encoding="UTF-8"?>')
    b.line('<AquaculturePermit xmlns="urn:agency:aquaculture:permit:v2">')
    b.line(f"  <PermitNumber>AQ-{vf.year}-{_d(rng, 5)}</PermitNumber>")
    b.line("  <Holder>")
    b.line("    <Name>", (p.full, PER), "</Name>")
    b.line("    <Phone>", (phone(rng, cc), PH), "</Phone>")
    b.line("    <Email>", (email_for(rng, p), EM), "</Email>")
    b.line("    <Address>", (a.one_line(), ADR), "</Address>")
    b.line("  </Holder>")
    b.line("  <Site>")
    b.line(f"    <SiteCode>FS{_d(rng, 4)}</SiteCode>")
    b.line("    <Region>", (a.region, LOC), "</Region>")
    b.line(f"    <Lat>{rng.uniform(55, 70):.5f}</Lat><Lon>{rng.uniform(-8, 20):.5f}</Lon>")
    b.line(f"    <Species>{rng.choice(['Atlantic salmon', 'rainbow trout', 'blue mussel', 'Pacific oyster'])}</Species>")
    b.line(f"    <MaxBiomassTonnes>{rng.randint(200, 5000)}</MaxBiomassTonnes>")
    b.line("  </Site>")
    b.line("  <ValidFrom>", (vf.isoformat(), DT), "</ValidFrom>")
    b.line("  <ValidTo>", (vf.replace(year=vf.year + rng.choice([3, 5, 10])).isoformat(), DT), "</ValidTo>")
    b.line("  <LastInspection inspector=\"", (insp.full, PER), "\">", (fdate(rng, vf - _dt.timedelta(days=rng.randint(30, 300)), style=0), DT), "</LastInspection>")
    b.line(f"  <DocumentHash alg=\"sha256\">{sha256(rng)}</DocumentHash>")
    b.line("</AquaculturePermit>")
    return b


def k_grant_remittance_advice(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["IE", "BE", "DK", "AT", "GB"])
    p = person(rng, rng.choice(["uk", "uk", "de", "nl"]))
    pay = rdate(rng)
    b.line("REMITTANCE ADVICE - AGRICULTURE SUPPORT PAYMENTS")
    b.line(f"Scheme: {rng.choice(['Basic Income Support for Sustainability', 'Eco-scheme', 'Young Farmer top-up', 'Suckler Carbon Efficiency Programme'])}")
    b.line(f"Payment ref: PAY-{pay.year}-{_d(rng, 7)}    Herd no.: {_rs(rng, 1, U_)}{_d(rng, 7)}")
    b.line("Payee: ", (p.full, PER))
    b.line("Payment date: ", (fdate(rng, pay), DT))
    b.line("Credited to IBAN: ", (iban(rng, cc), IBAN))
    b.line(f"BIC: {rng.choice(BICS.get(cc, ['AIBKIE2D']))}")
    b.line("")
    b.line(f"{'Component':<34}{'Amount':>14}")
    for comp in rng.sample(["Basic payment", "Eco-scheme", "Redistributive payment", "Young farmer", "Penalty (late claim)"], 3):
        b.line(f"{comp:<34}{amount(rng, '€', 100, 20000):>14}")
    b.line("")
    if cc == "GB":
        ph = phone(rng, "GB")
    else:
        ph = {"IE": f"+353 {rng.choice(['1', '57', '53'])} {_nz(rng, 3)} {_d(rng, 4)}",
              "BE": f"+32 {rng.choice(['2', '9', '50'])} {_nz(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
              "DK": f"+45 {_nz(rng, 2)} {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}",
              "AT": f"+43 {rng.choice(['1', '2742', '732'])} {_nz(rng, 6)}"}[cc]
    b.line(f"Queries quoting your client ID {_d(rng, 9)}: ", (ph, PH))
    return b


def k_soil_lab_report(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "AU", "IN", "KE"])
    g, ag = en_person(rng, cc), en_person(rng, cc)
    a = address(rng, cc)
    rcv = rdate(rng)
    b.line(f"{rng.choice(['FIELDSTONE SOIL LABORATORIES', 'AGSOURCE LABS', 'PRAIRIE SOIL & TISSUE', 'MAVUNO AGRI-LAB'])} - SOIL TEST REPORT")
    b.line("Lab account: ", (acct_no(rng), ACC), f"    Report no.: R{_d(rng, 7)}")
    b.line("Grower: ", (g.full, PER), "    Farm: ", (a.one_line(), ADR))
    b.line("Submitted by: ", (ag.full, PER), " <", (email_for(rng, ag, rng.choice(DOMAINS)), EM), ">")
    b.line("Received: ", (fdate(rng, rcv), DT), "    Reported: ", (fdate(rng, rcv + _dt.timedelta(days=rng.randint(3, 9))), DT))
    b.line("")
    b.line(f"{'Sample':<8}{'pH':>5}{'OM %':>7}{'P ppm':>8}{'K ppm':>8}{'CEC':>7}{'NO3-N':>8}")
    for k in range(rng.randint(3, 6)):
        b.line(f"{'S' + str(k + 1):<8}{rng.uniform(5.2, 7.9):>5.1f}{rng.uniform(1.2, 6):>7.1f}{rng.randint(6, 80):>8}"
               f"{rng.randint(80, 400):>8}{rng.uniform(6, 30):>7.1f}{rng.randint(3, 40):>8}")
    b.line("")
    b.line(f"Method: Mehlich-3; lime recommendation {rng.uniform(0, 3):.1f} t/ac. Samples retained for 60 days.")
    return b


def k_vcard_field_reps(rng: Random) -> Builder:
    b = Builder()
    cc = rng.choice(["US", "US", "CA", "AU"])
    for _ in range(rng.randint(2, 3)):
        p, a = en_person(rng, cc), address(rng, cc)
        mid = p.mid or rng.choice("ABCDEFGJKLMRS")
        b.line("BEGIN:VCARD")
        b.line("VERSION:3.0")
        b.line("N:", (f"{p.last};{p.first};{mid}", PER), ";;")
        b.line("FN:", (f"{p.first} {mid}. {p.last}", PER))
        b.line(f"ORG:{rng.choice(COOPS)};{rng.choice(['Agronomy', 'Grain Marketing', 'Member Services', 'Livestock'])}")
        b.line("TITLE:Field Representative")
        b.line("TEL;TYPE=CELL:", (phone(rng, cc), PH))
        b.line("EMAIL;TYPE=WORK:", (email_for(rng, p, rng.choice(DOMAINS)), EM))
        reg = a.region
        b.line("ADR;TYPE=WORK:;;", (f"{a.street};{a.city};{reg};{a.postcode};{a.country}", ADR))
        if rng.random() < 0.5:
            b.line("BDAY:", (rdob(rng).isoformat(), DOB))
        if rng.random() < 0.5:
            b.line("URL:", (coop_url(rng), URL))
        b.line(f"REV:{rdt(rng).strftime('%Y%m%dT%H%M%SZ')}")
        b.line("END:VCARD")
    return b


# --------------------------------------------------------------------------
# Non-English document kinds
# --------------------------------------------------------------------------
def k_de_milchgeld(rng: Random) -> Builder:
    b = Builder()
    p, a = person(rng, "de"), address(rng, "DE")
    start = rdate(rng).replace(day=1)
    ad = start + _dt.timedelta(days=rng.randint(32, 40))
    b.line(f"{rng.choice(['Molkerei Grünland eG', 'Moorland Milch eG', 'Weidegrün Milchhof GmbH', 'Bergland Milchwerk Müller & Söhne GmbH'])}")
    b.line("Milchgeldabrechnung")
    b.line("")
    b.line(rng.choice(["Herrn", "Frau", "Familie"]))
    b.line((p.full, PER))
    b.line((a.multi(), ADR))
    b.line("")
    b.line("Lieferantennummer: ", (_d(rng, 6), ACC), f"      Beleg-Nr.: MG-{_d(rng, 7)}")
    b.line("Abrechnungszeitraum: ", (fdate(rng, start, "de", 0), DT), " - ",
           (fdate(rng, start + _dt.timedelta(days=27), "de", 0), DT))
    b.line("Abrechnungsdatum: ", (fdate(rng, ad, "de"), DT))
    b.line("")
    b.line(f"{'Abholung':<12}{'Menge kg':>10}{'Fett %':>8}{'Eiweiß %':>10}{'Zellzahl':>10}")
    for k in range(rng.randint(3, 6)):
        b.line(f"{'Tour ' + str(rng.randint(1, 30)):<12}{rng.randint(4000, 22000):>10,}".replace(",", ".") +
               f"{rng.uniform(3.8, 4.6):>8.2f}{rng.uniform(3.2, 3.7):>10.2f}{rng.randint(90, 350) * 1000:>10}".replace(".", ","))
    b.line("")
    b.line(f"Grundpreis: {rng.uniform(38, 52):.2f} ct/kg".replace(".", ",") + f"   Zuschlag GVO-frei: 1,00 ct/kg   Nettobetrag: {amount(rng, '€', 8000, 60000)}")
    b.line("Auszahlung auf IBAN ", (iban(rng, "DE"), IBAN), f"   BIC {rng.choice(BICS['DE'])}")
    ans = person(rng, "de")
    b.line("Rückfragen: ", (ans.full, PER), ", Tel. ", (phone(rng, "DE"), PH), ", ", (email_for(rng, ans, rng.choice(['molkerei-gruenland.de', 'moorland-milch.de'])), EM))
    return b


def k_de_tierarzt_bestandsbesuch(rng: Random) -> Builder:
    b = Builder()
    tz, halter = person(rng, "de"), person(rng, rng.choice(["de", "de", "tr", "pl"]))
    a = address(rng, "DE")
    t = rdt(rng)
    b.add("Tierarztpraxis Dr. med. vet. ", (tz.full, PER), "\n")
    b.line("BESTANDSBESUCH - PROTOKOLL (Tierhaltungsbetrieb)")
    b.line("")
    b.line("Betrieb: ", rng.choice(["Milchviehbetrieb", "Schweinemast", "Ferkelerzeugung"]), " ", (halter.full, PER))
    b.line("Anschrift: ", (a.one_line(), ADR))
    b.line(f"Registriernummer (VVVO): 276 {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}     Tierzahl: {rng.randint(60, 2400)}")
    b.line("Datum/Uhrzeit des Besuchs: ", (fdatetime(rng, t, "de"), DT))
    b.line("")
    b.line(f"Befund: {rng.choice(['Husten in Abteil 3', 'Lahmheiten bei 4 Kühen', 'Durchfall bei Kälbern', 'keine besonderen Befunde'])}, "
           f"Körpertemperatur bis {rng.uniform(38.5, 41):.1f} °C.".replace(".", ",", 1))
    b.line(f"Behandlung: {rng.choice(VET_DRUGS)}, Wartezeit essbares Gewebe {rng.randint(7, 60)} Tage, Milch {rng.choice(['0 Tage', '5 Tage', '84 Stunden'])}.")
    b.line(f"Hofhund {rng.choice(PET_NAMES)} war angeleint. Nächste Kontrolle in zwei Wochen.")
    b.line("Nächster Termin: ", (fdatetime(rng, t + _dt.timedelta(days=rng.randint(10, 30)), "de", weekday=rng.random() < 0.4), DT))
    b.line("")
    b.line("Praxis: Tel. ", (phone(rng, "DE"), PH), " - Notdienst ", (phone(rng, "DE", intl=False), PH))
    return b


def k_de_waagenprotokoll(rng: Random) -> Builder:
    b = Builder()
    t = rdt(rng)
    b.line("Fahrzeugwaage 2 - Tagesprotokoll (Export)")
    b.line("Zeitstempel          Wiegeschein  Kennzeichen   Brutto kg  Tara kg  Netto kg  Ware")
    for _ in range(rng.randint(5, 10)):
        t += _dt.timedelta(minutes=rng.randint(3, 40))
        br = rng.randint(26000, 40000)
        ta = rng.randint(12000, 16000)
        b.line(f"{t.strftime('%d.%m.%Y %H:%M:%S')}  {_d(rng, 8):<11}  {plate(rng, 'DE'):<12}  {br:>9}  {ta:>7}  {br - ta:>8}  "
               f"{rng.choice(['Weizen', 'Raps', 'Gerste', 'Mais', 'Zuckerrüben', 'Kartoffeln'])}")
    b.line(f"Eichung gültig, Prüfsumme {sha1(rng)[:12]}, Softwareversion {version(rng)}")
    return b


def k_fr_declaration_pac(rng: Random) -> Builder:
    b = Builder()
    p, a = person(rng, "fr"), address(rng, "FR")
    d = rdate(rng)
    b.line(f"DÉCLARATION PAC {d.year} - DEMANDE D'AIDES (récapitulatif Télépac)")
    b.line(f"N° PACAGE : 0{_d(rng, 8)}      SIRET : {_d(rng, 14)}")
    b.line("")
    b.line("Exploitant : ", rng.choice(["M. ", "Mme "]), (f"{p.last.upper()} {p.first}", PER))
    b.line("Date de naissance : ", (fdate(rng, rdob(rng), "fr", 0), DOB))
    b.line("Adresse : ", (a.one_line(), ADR))
    b.line("Téléphone : ", (phone(rng, "FR"), PH), "   Courriel : ", (email_for(rng, p), EM))
    b.line("")
    b.line("Îlots déclarés :")
    for k in range(rng.randint(2, 5)):
        b.line(f"  Îlot {k + 1} - {rng.choice(['blé tendre', 'orge d’hiver', 'colza', 'prairie permanente', 'maïs grain', 'tournesol'])} "
               f"- {rng.uniform(1, 40):.2f} ha".replace(".", ","))
    b.line("")
    b.line("Coordonnées bancaires : IBAN ", (iban(rng, "FR"), IBAN), f"  BIC {rng.choice(BICS['FR'])}")
    b.line("Date limite de dépôt : ", (fdate(rng, d.replace(month=5, day=15), "fr"), DT))
    b.line("")
    b.line("Fait à ", (a.city, LOC), ", le ", (fdate(rng, d, "fr"), DT))
    b.line(f"Accusé de réception n° {_d(rng, 10)}")
    return b


def k_fr_avis_rappel(rng: Random) -> Builder:
    b = Builder()
    d = rdate(rng)
    a = address(rng, "FR")
    b.line("AVIS DE RAPPEL PRODUIT")
    b.line("Date de publication : ", (fdate(rng, d, "fr"), DT))
    b.line("")
    b.line(f"Produit : {rng.choice(['Camembert au lait cru 250 g', 'Rillettes de saumon 180 g', 'Salade mêlée 200 g', 'Steak haché 5 % MG x2', 'Moules de bouchot 1,4 kg'])}")
    b.line(f"Marque : {rng.choice(['Les Prés Fleuris', 'Saveurs d’Antan', 'Maison Lefebvre & Fils', 'La Ferme du Moulin'])}")
    b.line(f"Lot : {lot_code(rng)}   Code EAN : {_d(rng, 13)}")
    b.line("Date limite de consommation : ", (fdate(rng, d + _dt.timedelta(days=rng.randint(3, 25)), "fr"), DT))
    b.add("Zone géographique de vente : ")
    if rng.random() < 0.5:
        b.line(("France", LOC), " entière")
    else:
        b.line("départements ", (a.region, LOC))
    b.line(f"Motif du rappel : présence de {rng.choice(HAZARDS)}")
    b.line("")
    b.line("Conduite à tenir : ne pas consommer le produit et le rapporter au point de vente pour remboursement.")
    b.line(f"Les personnes ayant consommé ce produit et présentant de la fièvre dans un délai de {rng.randint(2, 8)} semaines doivent consulter.")
    b.line("")
    b.line("Contact consommateurs : ", (f"0 800 {_d(rng, 2)} {_d(rng, 2)} {_d(rng, 2)}", PH), " (appel gratuit), du lundi au vendredi de ",
           (rng.choice(["9h00", "8h30"]), DT), " à ", (rng.choice(["17h00", "18h00"]), DT))
    b.line("Plus d'informations : ", (f"https://rappel.conso.gouv.fr/fiche-rappel/{rng.randint(10000, 19999)}/Interne", URL))
    return b


def k_es_albaran(rng: Random) -> Builder:
    b = Builder()
    soc, cond = person(rng, "es"), person(rng, rng.choice(["es", "es", "hisp"]))
    a = address(rng, "ES")
    t = rdt(rng)
    b.line(f"COOPERATIVA AGRÍCOLA {rng.choice(['SAN ISIDRO', 'NTRA. SRA. DEL CAMPO', 'VIRGEN DE LA OLIVA', 'EL PROGRESO'])} S. COOP. AND.")
    b.line("ALBARÁN DE ENTRADA N.º ", _d(rng, 7))
    b.line("")
    b.line("Socio: ", (soc.full, PER), "     N.º de socio: ", (_d(rng, 5), ACC))
    b.line("Domicilio: ", (a.one_line(), ADR))
    b.line("Fecha y hora de entrada: ", (fdatetime(rng, t, "es"), DT))
    b.line(f"Producto: {rng.choice(['aceituna de almazara', 'uva tinta', 'almendra en cáscara', 'limón Verna', 'pimiento'])}    Variedad: {rng.choice(['Picual', 'Hojiblanca', 'Tempranillo', 'Marcona', 'Fino'])}")
    br, ta = rng.randint(8000, 30000), rng.randint(6000, 12000)
    b.line(f"Bruto: {br:,} kg   Tara: {ta:,} kg   Neto: {br - ta:,} kg".replace(",", "."))
    b.line(f"Rendimiento estimado: {rng.uniform(15, 25):.1f} %   Humedad: {rng.uniform(40, 55):.1f} %".replace(".", ","))
    b.line("Conductor: ", (cond.full, PER), f"   Matrícula: {plate(rng, 'ES')}")
    b.line("Teléfono de contacto: ", (phone(rng, "ES"), PH))
    b.line(f"Finca / parcela SIGPAC: {rng.randint(1, 52)}:{rng.randint(1, 200)}:0:0:{rng.randint(1, 60)}:{rng.randint(1, 400)}:{rng.randint(1, 9)}")
    b.line("Firmado: báscula ", str(rng.randint(1, 3)))
    return b


def k_es_cuaderno_campo(rng: Random) -> Builder:
    b = Builder()
    tit, apl, ase = person(rng, "es"), person(rng, rng.choice(["es", "hisp"])), person(rng, "es")
    a = address(rng, "ES")
    b.line("CUADERNO DE EXPLOTACIÓN - REGISTRO DE TRATAMIENTOS FITOSANITARIOS")
    b.line("Titular: ", (tit.full, PER), "      Término municipal: ", (a.city, LOC), " (", (a.region, LOC), ")")
    b.line("Asesor GIP: ", (ase.full, PER), f", n.º ROPO {_d(rng, 6)}{_rs(rng, 2, U_)}")
    b.line("")
    b.line("Fecha | Parcela | Cultivo | Producto | Dosis | Aplicador")
    for _ in range(rng.randint(2, 5)):
        d = rdate(rng)
        b.line((fdate(rng, d, "es", 0), DT), f" | {rng.randint(1, 52)}-{rng.randint(1, 400)} | {rng.choice(['olivar', 'cítricos', 'viñedo', 'lechuga', 'almendro'])} | "
               f"{rng.choice(AGCHEM)} | {rng.uniform(0.2, 3):.2f} l/ha | ".replace(".", ","), (apl.full if rng.random() < 0.6 else apl.first, PER))
    b.line("")
    b.line(f"Plazo de seguridad respetado ({rng.randint(3, 30)} días). Equipo inspeccionado (ITEAF n.º {_d(rng, 8)}).")
    b.line("Contacto del asesor: ", (phone(rng, "ES"), PH), " / ", (email_for(rng, ase), EM))
    return b


def k_it_certificato_veterinario(rng: Random) -> Builder:
    b = Builder()
    det, vet, tr = person(rng, "it"), person(rng, "it"), person(rng, "it")
    a, dest = address(rng, "IT"), address(rng, "IT")
    t = rdt(rng)
    b.line("CERTIFICATO SANITARIO PER LO SPOSTAMENTO DI BOVINI (Modello 4 informatizzato)")
    b.line(f"N. {_d(rng, 4)}/{t.year}     AUSL - Servizio Veterinario Area A, distretto {rng.randint(1, 9)}")
    b.line("")
    b.line(f"Codice aziendale di provenienza: {_d(rng, 3)}{_rs(rng, 2, U_)}{_d(rng, 3)}")
    b.line("Detentore: Sig. ", (det.full, PER))
    b.line("Indirizzo allevamento: ", (a.one_line(), ADR))
    b.line("Destinazione: ", rng.choice(["macello Bonfanti Carni S.p.A.", "stalla di sosta", "allevamento da ingrasso"]), ", ",
           (dest.city, LOC))
    b.line("Data e ora di carico: ", (fdatetime(rng, t, "it"), DT))
    b.line(f"Capi: {rng.randint(2, 40)}  - marche auricolari da {ear_tag(rng, 'IT')} a {ear_tag(rng, 'IT')}")
    b.line(f"Trasportatore: ", (tr.full, PER), f"   Targa: {plate(rng, 'IT')}   Autorizzazione n. {_rs(rng, 2, U_)}/{_d(rng, 5)}")
    b.line(f"Trattamenti: {rng.choice(VET_DRUGS)} - tempo di sospensione rispettato ({rng.randint(5, 60)} giorni).")
    b.line("")
    b.line("Il veterinario ufficiale: Dott. ", (vet.full, PER), "   tel. ", (phone(rng, "IT"), PH))
    return b


def k_it_email_consorzio(rng: Random) -> Builder:
    b = Builder()
    frm, to = person(rng, "it"), person(rng, "it")
    when = rdt(rng)
    app = rdt(rng, when.date() + _dt.timedelta(days=rng.randint(3, 15)))
    b.line("Da: ", (frm.full, PER), " <", (email_for(rng, frm, rng.choice(['consorzioparmigiano.it', 'coopagricola-emilia.it', 'caseificio-bertolini.it'])), EM), ">")
    b.line("A: ", (to.full, PER), " <", (email_for(rng, to), EM), ">")
    b.line(f"Data: {when.strftime('%a, %d %b %Y %H:%M:%S')} +0100")
    b.line(f"Oggetto: {rng.choice(['Visita tecnica e quota associativa', 'Conferimento latte - nuovo calendario', 'Ritiro forme stagionate'])}")
    b.line("")
    b.line("Gentile sig. ", (to.last, PER), ",")
    b.line("")
    b.add("le confermo la visita del nostro tecnico per ", (fdatetime(rng, app, "it", weekday=rng.random() < 0.5), DT), " presso la sua azienda. ")
    b.line(f"La visita durerà circa {rng.randint(1, 3)} ore.")
    b.add(f"Le ricordo inoltre il versamento della quota associativa di {amount(rng, '€', 80, 600)} sull'IBAN ", (iban(rng, "IT"), IBAN))
    b.line(f" (BIC {rng.choice(BICS['IT'])}), causale \"quota {when.year}\".")
    b.line("")
    b.line("Per qualsiasi necessità mi trova al ", (phone(rng, "IT"), PH), ".")
    b.line("")
    b.line("Cordiali saluti,")
    b.line((frm.full, PER))
    return b


def k_pt_guia_transporte(rng: Random) -> Builder:
    b = Builder()
    det, tr = person(rng, "pt"), person(rng, "pt")
    a = address(rng, "PT")
    dest = address(rng, "PT")
    t = rdt(rng)
    b.line("GUIA DE CIRCULAÇÃO DE ANIMAIS - MODELO 249/DGAV")
    b.line(f"N.º da guia: {_d(rng, 10)}")
    b.line("")
    b.line("Detentor: ", (det.full, PER))
    b.line(f"Marca de exploração: {_rs(rng, 2, U_)}{_d(rng, 2)}{_rs(rng, 1, U_)}")
    b.line("Morada: ", (a.one_line(), ADR))
    b.line("Telemóvel: ", (phone(rng, "PT"), PH))
    b.line("")
    b.line(f"Espécie: {rng.choice(['bovinos', 'ovinos', 'suínos', 'caprinos'])}   N.º de animais: {rng.randint(2, 80)}")
    b.line(f"Identificação: {ear_tag(rng, 'PT')} ... {ear_tag(rng, 'PT')}")
    b.line("Destino: ", rng.choice(["matadouro", "feira", "exploração"]), " em ", (dest.city, LOC))
    b.line("Data e hora de saída: ", (fdatetime(rng, t, "pt"), DT))
    b.line("Transportador: ", (tr.full, PER), f"   Matrícula: {plate(rng, 'PT')}   Duração prevista: {rng.randint(1, 8)} h")
    b.line(f"Medicamentos administrados nos últimos 28 dias: {rng.choice(VET_DRUGS + ['nenhum'])}")
    return b


def k_pt_whatsapp_cooperativa(rng: Random) -> Builder:
    b = Builder()
    cc = "BR"
    ppl = [person(rng, rng.choice(["br", "pt"])) for _ in range(3)]
    t = rdt(rng)
    msgs = [
        lambda: ("bom dia pessoal, a colheita do talhão 7 começa ", (fdate(rng, (t + _dt.timedelta(days=2)).date(), "pt"), DT)),
        lambda: ("o caminhão chega ", (ftime(rng, t + _dt.timedelta(hours=3), "pt"), DT), " na balança"),
        lambda: ("meu número novo é ", (phone(rng, cc), PH)),
        lambda: ("alguém tem o contato do agrônomo? ", ),
        lambda: ("é o ", (rng.choice(ppl).full, PER), ", liga no ", (phone(rng, cc), PH)),
        lambda: ("entregar os sacos na ", (address(rng, cc).one_line(), ADR)),
        lambda: (f"soja a {amount(rng, 'R$', 110, 160)} a saca hoje",),
        lambda: ("👍",),
    ]
    b.line(f"Conversa do WhatsApp com Cooperativa {rng.choice(['Agro Sementes Unidas', 'Coopercampo', 'Cafeicultores Unidos'])}")
    for k in rng.sample(range(len(msgs)), rng.randint(5, 7)):
        t += _dt.timedelta(minutes=rng.randint(1, 50))
        p = rng.choice(ppl)
        b.line(f"{t.strftime('%d/%m/%Y %H:%M')} - ", (p.full if rng.random() < 0.6 else p.first, PER), ": ", *msgs[k]())
    return b


def k_nl_melkveehouder_brief(rng: Random) -> Builder:
    b = Builder()
    p, a = person(rng, "nl"), address(rng, "NL")
    d = rdate(rng)
    afz = person(rng, "nl")
    b.line(rng.choice(["Zuivelcoöperatie Noordelijk Weidegebied U.A.", "Melkfabriek De Polder B.V.", "Coöperatie Flevomelk U.A."]))
    b.line("")
    aanhef = rng.choice([("De heer ", "heer "), ("Mevrouw ", "mevrouw ")])
    b.line(aanhef[0], (f"{p.first[0]}. {p.last}", PER))
    b.line((a.multi(), ADR))
    b.line("")
    b.line((a.city, LOC), ", ", (fdate(rng, d, "nl"), DT))
    b.line("Lidnummer: ", (_d(rng, 6), ACC))
    b.line("Betreft: gewijzigd ophaalschema en voorschotbetaling")
    b.line("")
    b.line("Geachte ", aanhef[1], (p.last, PER), ",")
    b.line("")
    b.add("Vanaf ", (fdate(rng, d + _dt.timedelta(days=rng.randint(7, 30)), "nl"), DT), " wordt uw melk om de drie dagen opgehaald. ")
    b.add(f"De voorschotprijs bedraagt {rng.uniform(40, 55):.2f} euro per 100 kg".replace(".", ","))
    b.line(f" en wordt gestort op rekening ", (iban(rng, "NL"), IBAN), ".")
    b.line(f"Uw weidegangpremie over {d.year - 1} is verwerkt (factuur {_d(rng, 8)}).")
    b.line("")
    b.line("Met vriendelijke groet,")
    b.line((afz.full, PER), ", ledenadministratie")
    b.line("Tel. ", (phone(rng, "NL"), PH), " | ", (email_for(rng, afz, "flevomelk.nl"), EM))
    return b


def k_pl_wniosek_doplaty(rng: Random) -> Builder:
    b = Builder()
    p, a = person(rng, "pl"), address(rng, "PL")
    d = rdate(rng)
    b.line(f"WNIOSEK O PRZYZNANIE PŁATNOŚCI NA ROK {d.year}")
    b.line(f"Numer identyfikacyjny producenta: {_d(rng, 9)}     Znak sprawy: {_d(rng, 2)}/{_d(rng, 4)}/{d.year}")
    b.line("")
    b.line("Imię i nazwisko: ", (p.full, PER))
    b.line("Data urodzenia: ", (fdate(rng, rdob(rng), "pl", 0), DOB))
    if rng.random() < 0.5:
        b.line("Adres zamieszkania: ", (a.one_line(), ADR))
    else:
        b.line("Ulica i numer: ", (a.street, ADR))
        b.line(f"Kod pocztowy: {a.postcode}   Miejscowość: ", (a.city, LOC), "   Województwo: ", (a.region, LOC))
    b.line("Telefon: ", (phone(rng, "PL"), PH), "   E-mail: ", (email_for(rng, p, rng.choice(["wp.pl", "onet.pl", "interia.pl"])), EM))
    b.line("Numer rachunku bankowego: ", (iban(rng, "PL"), IBAN))
    b.line("")
    b.line("Działki rolne:")
    for k in range(rng.randint(2, 4)):
        b.line(f"  {chr(65 + k)}  {rng.choice(['pszenica ozima', 'rzepak', 'kukurydza', 'trwałe użytki zielone', 'ziemniaki'])}  "
               f"{rng.uniform(0.5, 30):.2f} ha".replace(".", ","))
    b.line("")
    b.line("Data złożenia wniosku: ", (fdate(rng, d, "pl"), DT))
    b.line("Termin uzupełnienia braków: ", (fdate(rng, d + _dt.timedelta(days=14), "pl"), DT))
    return b


def k_sv_fangstjournal(rng: Random) -> Builder:
    b = Builder()
    p = person(rng, "sv")
    dep = rdt(rng)
    b.line("FÅNGSTJOURNAL - DAGBOK FÖR FISKEFARTYG")
    b.line(f"Fartyg: {rng.choice(['Havsörnen', 'Nordvind', 'Västerhav', 'Sjöstjärnan'])}   Distriktsnummer: {rng.choice(['GG', 'LL', 'SD'])} {rng.randint(10, 999)}")
    b.line("Befälhavare: ", (p.full, PER), "   Tel: ", (phone(rng, "SE"), PH))
    b.line("Hemmahamn: ", (rng.choice(PORTS["SE"]), LOC))
    b.line("Avgång: ", (fdatetime(rng, dep, "sv"), DT))
    b.line("")
    b.line("Ruta   Redskap  Art          Kg")
    for _ in range(rng.randint(3, 5)):
        b.line(f"{rng.randint(40, 46)}G{rng.randint(0, 9)}   {rng.choice(['OTB', 'FPO', 'GNS']):<7}  "
               f"{rng.choice(['torsk', 'kolja', 'havskräfta', 'sill', 'makrill', 'rödspätta']):<11}  {rng.randint(20, 4000)}")
    b.line("")
    land = dep + _dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 12))
    b.line("Landning: ", (fdatetime(rng, land, "sv"), DT), " i ", (rng.choice(PORTS["SE"]), LOC))
    b.line(f"Fisketid totalt {rng.randint(10, 90)} timmar. Landningsdeklaration nr {_d(rng, 8)}.")
    return b


def k_tr_ciftci_kayit(rng: Random) -> Builder:
    b = Builder()
    p, a = person(rng, "tr"), address(rng, "TR")
    d = rdate(rng)
    b.line("ÇİFTÇİ KAYIT SİSTEMİ (ÇKS) - BAŞVURU / GÜNCELLEME FORMU")
    b.line(f"Başvuru No: {_d(rng, 10)}     Dönem: {d.year}")
    b.line("")
    b.line("Adı Soyadı: ", (p.full.upper() if rng.random() < 0.5 else p.full, PER))
    b.line("Doğum Tarihi: ", (fdate(rng, rdob(rng), "tr", 0), DOB))
    b.line("Adres: ", (a.one_line(), ADR))
    b.line("İl: ", (a.city, LOC), "     Cep Telefonu: ", (phone(rng, "TR"), PH))
    if rng.random() < 0.6:
        b.line("E-posta: ", (email_for(rng, p, rng.choice(["gmail.com", "hotmail.com", "yandex.com.tr"])), EM))
    b.line("IBAN: ", (iban(rng, "TR"), IBAN))
    b.line("")
    b.line("Arazi bilgileri:")
    for _ in range(rng.randint(2, 4)):
        b.line(f"  Ada {rng.randint(100, 999)} / Parsel {rng.randint(1, 80)} - {rng.choice(['buğday', 'arpa', 'pamuk', 'zeytin', 'ayçiçeği', 'mısır'])} - "
               f"{rng.uniform(2, 80):.1f} dekar".replace(".", ","))
    b.line("")
    b.line("Başvuru Tarihi: ", (fdate(rng, d, "tr"), DT))
    b.line(f"Destek ödemesi tahmini: {amount(rng, 'TL', 2000, 90000)}")
    return b


def k_ja_nokyo_tsuchi(rng: Random) -> Builder:
    b = Builder()
    p, a = person(rng, "ja"), address(rng, "JP")
    tanto = person(rng, "ja")
    d = rdate(rng)
    b.line(f"JA {rng.choice(['Tokachi', 'Echigo', 'Kagoshima Kimotsuki', 'Tsukuba-shi'])} - Kumiaiin-sama e no o-shirase")
    b.line("")
    b.line("Kumiaiin bango: ", (_d(rng, 7), ACC))
    b.line("", (f"{p.last} {p.first}", PER), " sama")
    b.line("Jusho: ", (a.one_line(), ADR))
    b.line("Denwa: ", (phone(rng, "JP"), PH))
    b.line("")
    b.line(f"Kongetsu no shukka keikaku ({rng.choice(['jagaimo', 'komugi', 'daizu', 'nashi', 'kome (Koshihikari)'])}):")
    b.line("  Shukka-bi: ", (fdate(rng, d, "ja"), DT))
    b.line(f"  Shukka-ryo: {rng.randint(2, 40)} ton  /  Senka-jo: dai {rng.randint(1, 6)} senka-jo")
    b.line("  Daikin furikomi-saki: chokin koza ", (_d(rng, 7), ACC), f" (shiten {_d(rng, 3)})")
    b.line(f"Kaihi {amount(rng, 'JPY', 3000, 12000)} wa jido hikiotoshi to narimasu.")
    b.line("")
    b.line("O-toiawase: eino-ka tanto ", (f"{tanto.last}", PER), " (", (phone(rng, "JP", intl=False), PH), ")")
    return b


def k_no_sluttseddel(rng: Random) -> Builder:
    b = Builder()
    p, a = person(rng, "no"), address(rng, "NO")
    d = rdt(rng)
    b.line("SLUTTSEDDEL / LANDINGSSEDDEL")
    b.line(f"Seddelnr.: {_d(rng, 8)}     Fartøy: {rng.choice(['Kvitbjørn', 'Havbris', 'Havørn Junior', 'Nordstjerna'])}     Reg.merke: {rng.choice(['T', 'N', 'M'])}-{rng.randint(1, 999)}-{rng.choice(['T', 'BØ', 'A'])}")
    b.line("Fisker/skipper: ", (p.full, PER), "   Tlf.: ", (phone(rng, "NO"), PH))
    b.line("Landingsdato: ", (fdatetime(rng, d, "no"), DT), "   Mottak: ", (a.city, LOC))
    b.line("")
    b.line("Art            Tilstand   Kvalitet   Kg      Pris kr/kg")
    for sp in rng.sample(["torsk", "hyse", "sei", "blåkveite", "lange", "kongekrabbe"], rng.randint(2, 4)):
        b.line(f"{sp:<15}{rng.choice(['rund', 'sløyd', 'levende']):<11}{rng.choice(['A', 'B', 'Extra']):<11}{rng.randint(50, 9000):<8}{rng.uniform(15, 90):.2f}".replace(".", ","))
    b.line("")
    kn = _d(rng, 11)
    b.line("Oppgjør til konto: ", (f"{kn[:4]} {kn[4:6]} {kn[6:]}", ACC), f"   Avgift til salgslag: {rng.uniform(0.5, 1.5):.2f} %".replace(".", ","))
    return b


# --------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------
KINDS = [
    # (name, lang, empty, fn)
    ("subsidy_application_form", "en", False, k_subsidy_application),
    ("coop_member_statement", "en", False, k_coop_member_statement),
    ("grain_delivery_ticket", "en", False, k_grain_delivery_ticket),
    ("livestock_movement_csv", "en", False, k_livestock_movement_csv),
    ("vet_herd_certificate", "en", False, k_vet_herd_certificate),
    ("fishing_vessel_logbook", "en", False, k_fishing_logbook),
    ("food_recall_notice", "en", False, k_food_recall_notice),
    ("traceability_export_json", "en", False, k_traceability_export_json),
    ("agronomist_visit_notes", "en", False, k_agronomist_visit_notes),
    ("coop_email", "en", False, k_coop_email),
    ("farmhand_chat_log", "en", False, k_farmhand_chat_log),
    ("sms_thread", "en", False, k_sms_thread),
    ("seasonal_worker_onboarding", "en", False, k_seasonal_worker_onboarding),
    ("farmworker_clinic_hl7", "en", False, k_farmworker_clinic_hl7),
    ("farmworker_fhir_patient", "en", False, k_farmworker_fhir_patient),
    ("produce_po_edi850", "en", False, k_produce_po_edi850),
    ("agronomist_calendar_ics", "en", False, k_agronomist_calendar_ics),
    ("farm_shop_payment_log", "en", False, k_farm_shop_payment_log),
    ("iot_gateway_env", "en", False, k_iot_gateway_env),
    ("traceability_ci_workflow", "en", False, k_traceability_ci_workflow),
    ("slack_bot_config", "en", False, k_slack_bot_config),
    ("portal_password_reset_ticket", "en", False, k_portal_password_reset_ticket),
    ("coop_api_jwt_log", "en", False, k_coop_api_jwt_log),
    ("cold_store_wiki_key", "en", False, k_cold_store_wiki_key),
    ("crop_insurance_claim", "en", False, k_crop_insurance_claim),
    ("health_plan_enrollment", "en", False, k_health_plan_enrollment),
    ("fisheries_crew_manifest_tsv", "en", False, k_fisheries_crew_manifest),
    ("scale_house_log", "en", True, k_scale_house_log),
    ("hs_tariff_sheet", "en", True, k_hs_tariff_sheet),
    ("feed_ration_changelog", "en", True, k_feed_ration_changelog),
    ("cold_chain_telemetry_json", "en", True, k_cold_chain_telemetry_json),
    ("vet_withdrawal_table", "en", True, k_vet_withdrawal_table),
    ("commodity_price_bulletin", "en", True, k_commodity_price_bulletin),
    ("fleet_maintenance_log", "en", True, k_fleet_maintenance_log),
    ("organic_certification_letter", "en", False, k_organic_certification_letter),
    ("irrigation_district_bill", "en", False, k_irrigation_district_bill),
    ("equipment_lease_agreement", "en", False, k_equipment_lease_agreement),
    ("fish_auction_settlement", "en", False, k_fish_auction_settlement),
    ("beekeeper_registration", "en", False, k_beekeeper_registration),
    ("farmers_market_vendor_application", "en", False, k_farmers_market_vendor_application),
    ("food_safety_audit_report", "en", False, k_food_safety_audit_report),
    ("livestock_auction_catalog", "en", False, k_livestock_auction_catalog),
    ("consumer_complaint_email", "en", False, k_consumer_complaint_email),
    ("reefer_booking_confirmation", "en", False, k_reefer_booking_confirmation),
    ("voicemail_transcript", "en", False, k_voicemail_transcript),
    ("aquaculture_permit_xml", "en", False, k_aquaculture_permit_xml),
    ("grant_remittance_advice", "en", False, k_grant_remittance_advice),
    ("soil_lab_report", "en", False, k_soil_lab_report),
    ("vcard_field_reps", "en", False, k_vcard_field_reps),
    ("de_milchgeldabrechnung", "de", False, k_de_milchgeld),
    ("de_tierarzt_bestandsbesuch", "de", False, k_de_tierarzt_bestandsbesuch),
    ("de_waagenprotokoll", "de", True, k_de_waagenprotokoll),
    ("fr_declaration_pac", "fr", False, k_fr_declaration_pac),
    ("fr_avis_rappel_produit", "fr", False, k_fr_avis_rappel),
    ("es_albaran_cooperativa", "es", False, k_es_albaran),
    ("es_cuaderno_campo", "es", False, k_es_cuaderno_campo),
    ("it_certificato_veterinario", "it", False, k_it_certificato_veterinario),
    ("it_email_consorzio", "it", False, k_it_email_consorzio),
    ("pt_guia_transporte_animais", "pt", False, k_pt_guia_transporte),
    ("pt_whatsapp_cooperativa", "pt", False, k_pt_whatsapp_cooperativa),
    ("nl_melkveehouder_brief", "nl", False, k_nl_melkveehouder_brief),
    ("pl_wniosek_doplaty", "pl", False, k_pl_wniosek_doplaty),
    ("sv_fangstjournal", "sv", False, k_sv_fangstjournal),
    ("tr_ciftci_kayit_formu", "tr", False, k_tr_ciftci_kayit),
    ("ja_nokyo_oshirase", "ja", False, k_ja_nokyo_tsuchi),
    ("no_sluttseddel", "no", False, k_no_sluttseddel),
]


def _make(seed: int, i: int):
    """Document i for a given seed; independent of how many documents are generated."""
    rng = Random(f"blind68|{seed}|{i}")
    name, lang, _empty, fn = KINDS[rng.randrange(len(KINDS))]
    b = fn(rng)
    text = b.text().rstrip("\n")
    ents = sorted(({"start": s, "end": e, "type": t} for s, e, t in b.ents), key=lambda d: (d["start"], d["end"]))
    return name, lang, {"id": f"blind68-{seed}-{i:05d}", "text": text, "entities": ents}


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[2]


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------
_OPEN = {"(": ")", "[": "]", "{": "}", "<": ">"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_QUOTES = "\"'`“”‘’«»„"
_TRAIL = ".,;:!?"
_RE = {
    EM: re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    URL: re.compile(r"https?://[^\s\"'<>]+"),
    SSN: re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])"),
    "IP4": re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"),
    "PAN16": re.compile(r"(?<![\w-])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?![\w-])"),
}


def _ssn_ok(v: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
    if not m:
        return False
    a, g, s = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and s != "0000"


def _shape(t: str, v: str) -> str | None:
    if t == PER:
        if re.search(r"[\d@]", v) or v.endswith("'s") or not v[0].isalpha():
            return "bad person"
    elif t == LOC:
        if re.search(r"\d", v) or not v[0].isalpha():
            return "bad location"
    elif t == ADR:
        if not re.search(r"\d", v):
            return "address without number"
    elif t in (DT, DOB):
        if not re.search(r"\d", v):
            return "date without digit"
    elif t == EM:
        if not _RE[EM].fullmatch(v):
            return "bad email"
    elif t == URL:
        if not re.fullmatch(r"https?://[^\s@]+", v) or re.match(r"https?://[\d.:\[\]]+[/:]?", v) or v[-1] in _TRAIL:
            return "bad url"
    elif t == IP:
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "bad ip"
    elif t == PH:
        digits = re.sub(r"\D", "", v)
        if not re.fullmatch(r"[\d+()\-. /]+", v) or not 7 <= len(digits) <= 15:
            return "bad phone"
    elif t == SSN:
        if not _ssn_ok(v):
            return "invalid ssn"
    elif t == CC:
        digits = re.sub(r"[ -]", "", v)
        if not digits.isdigit() or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
            return "invalid card"
    elif t == IBAN:
        if not iban_ok(v):
            return "invalid iban"
    elif t in (MRN, HPN, ACC, DL):
        if not re.search(r"\d", v) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 \-/.]{2,24}", v):
            return "bad id"
    elif t == AKEY:
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
            return "bad aws access key"
    elif t == ASEC:
        if not re.fullmatch(r"[A-Za-z0-9/+]{40}", v):
            return "bad aws secret"
    elif t == GH:
        if not re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}", v):
            return "bad github token"
    elif t == SLK:
        if not re.fullmatch(r"xox[abpors]-[0-9A-Za-z-]{20,}", v):
            return "bad slack token"
    elif t == STR:
        if not re.fullmatch(r"(sk|pk|rk)_(live|test)_[A-Za-z0-9]{24,}", v):
            return "bad stripe key"
    elif t == JWT_:
        parts = v.split(".")
        if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
            return "bad jwt"
        try:
            hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            if "alg" not in hdr:
                return "jwt header without alg"
        except Exception:  # noqa: BLE001
            return "jwt header undecodable"
    elif t == PK:
        if not re.fullmatch(r"-----BEGIN [A-Z ]*PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END [A-Z ]*PRIVATE KEY-----", v):
            return "bad private key"
    elif t == PWD:
        if re.search(r"\s", v) or not 6 <= len(v) <= 64:
            return "bad password"
    elif t == GEN:
        if re.search(r"\s", v) or len(v) < 16:
            return "bad generic secret"
    return None


def validate(doc: dict) -> list[str]:
    probs: list[str] = []
    text, ents = doc.get("text", ""), doc.get("entities", [])
    did = doc.get("id", "?")
    if not 150 <= len(text) <= 3000:
        probs.append(f"{did}: length {len(text)} outside 150-3000")
    prev = None
    for e in ents:
        s, en, t = e["start"], e["end"], e["type"]
        tag = f"{did}: {t}[{s}:{en}]"
        if t not in TYPES:
            probs.append(f"{tag} unknown type")
            continue
        if not (0 <= s < en <= len(text)):
            probs.append(f"{tag} out of range")
            continue
        if prev is not None:
            if (s, en) < (prev["start"], prev["end"]):
                probs.append(f"{tag} not sorted")
            if s < prev["end"]:
                probs.append(f"{tag} overlaps previous")
        prev = e
        v = text[s:en]
        if v != v.strip():
            probs.append(f"{tag} leading/trailing whitespace {v!r}")
            continue
        if s > 0 and text[s - 1].isalnum():
            probs.append(f"{tag} starts inside a word {text[max(0, s - 5):en]!r}")
        if en < len(text) and text[en].isalnum():
            probs.append(f"{tag} ends inside a word {text[s:en + 5]!r}")
        if t not in SECRET_TYPES:
            if v[0] in _QUOTES or v[-1] in _QUOTES:
                probs.append(f"{tag} surrounding quote {v!r}")
            if v[0] in _OPEN and _OPEN[v[0]] not in v[1:]:
                probs.append(f"{tag} leading bracket {v!r}")
            if v[-1] in _CLOSE and _CLOSE[v[-1]] not in v[:-1]:
                probs.append(f"{tag} trailing bracket {v!r}")
            if v[-1] in _TRAIL:
                probs.append(f"{tag} trailing punctuation {v!r}")
        why = _shape(t, v)
        if why:
            probs.append(f"{tag} {why}: {v!r}")

    # everything that unmistakably has an entity shape must be labelled
    def covered(a: int, b: int, typ: str | None) -> bool:
        return any(e["start"] <= a and b <= e["end"] and (typ is None or e["type"] == typ) for e in ents)

    def touches(a: int, b: int) -> bool:
        return any(e["start"] < b and a < e["end"] for e in ents)

    for m in _RE[EM].finditer(text):
        if not covered(m.start(), m.end(), EM):
            probs.append(f"{did}: unlabelled email {m.group()!r}")
    for m in _RE[URL].finditer(text):
        if not covered(m.start(), m.start() + 8, URL):
            probs.append(f"{did}: unlabelled url {m.group()!r}")
    for m in _RE["IP4"].finditer(text):
        try:
            ipaddress.ip_address(m.group())
        except ValueError:
            continue
        if not covered(m.start(), m.end(), IP):
            probs.append(f"{did}: unlabelled ip {m.group()!r}")
    for m in _RE[SSN].finditer(text):
        if _ssn_ok(m.group()) and not touches(m.start(), m.end()):
            probs.append(f"{did}: unlabelled valid ssn {m.group()!r}")
    for m in _RE["PAN16"].finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if luhn_ok(digits) and not touches(m.start(), m.end()):
            probs.append(f"{did}: unlabelled luhn-valid 16-digit number {m.group()!r}")
    return probs


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------
def _marked(doc: dict) -> str:
    text, out, pos = doc["text"], [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{e['type']}: {text[e['start']:e['end']]}]]")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def _check(n: int = 3000, seed: int = 0) -> int:
    made = [_make(seed, i) for i in range(n)]
    problems: list[str] = []
    for _kind, _lang, doc in made:
        problems.extend(validate(doc))
    again = [_make(seed, i)[2] for i in range(n)]
    if again != [m[2] for m in made]:
        problems.append("non-deterministic output")
    if list(generate(50, seed)) != [m[2] for m in made[:50]]:
        problems.append("document i depends on n")
    empty_kinds = {k[0] for k in KINDS if k[2]}
    for kind, _lang, doc in made:
        if kind in empty_kinds and doc["entities"]:
            problems.append(f"{doc['id']}: empty kind {kind} has entities")
    types = Counter(e["type"] for _k, _l, d in made for e in d["entities"])
    kinds = Counter(m[0] for m in made)
    non_en = sum(1 for m in made if m[1] != "en") / n
    no_ent = sum(1 for m in made if not m[2]["entities"]) / n
    names = [k[0] for k in KINDS]
    if len(set(names)) != len(names):
        problems.append("duplicate kind names")
    if len(KINDS) < 57:
        problems.append(f"only {len(KINDS)} kinds")
    missing = [t for t in TYPES if not types.get(t)]
    if missing:
        problems.append(f"missing types: {missing}")
    unused = [k for k in names if not kinds.get(k)]
    if unused:
        problems.append(f"kinds never generated: {unused}")
    print(f"documents: {n}  kinds: {len(KINDS)}  entities: {sum(types.values())}")
    print("per-type counts:")
    for t in TYPES:
        print(f"  {t:<24}{types.get(t, 0):>6}")
    print("per-kind counts:")
    for k in names:
        print(f"  {k:<36}{kinds.get(k, 0):>5}")
    lens = [len(m[2]["text"]) for m in made]
    print(f"length: min {min(lens)}  max {max(lens)}  mean {sum(lens) / n:.0f}")
    print(f"non-English share: {non_en:.1%}   no-entity share: {no_ent:.1%}")
    for p in problems[:60]:
        print("PROBLEM:", p)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Blind corpus 68 (agriculture / food supply chain / fisheries)")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs, validate, print stats")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with spans marked")
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return _check(3000, a.seed)
    if a.sample:
        for i in range(a.sample):
            kind, lang, doc = _make(a.seed, i)
            print(f"===== {doc['id']}  kind={kind}  lang={lang}  entities={len(doc['entities'])}")
            print(_marked(doc))
            print()
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
