"""Blind corpus 54 - education sector PII/PHI/secret detection benchmark.

Synthetic, labelled documents from the education world: university and school
admissions, registrar and student records, financial aid and scholarships,
bursar payments, exam boards and results, tutoring platforms, campus health
centres, housing, campus police, campus IT (helpdesk tickets, LMS/SIS logs,
configs with leaked secrets) and library systems. Documents vary in shape
(e-mails, letters, chats, call transcripts, SMS, forms, CSV/TSV, JSON, YAML,
XML, INI, HL7, FHIR, X12 130, PESC XML, ICS, vCard, logs, OCR scans, LLM
prompts) and about a quarter are written in other languages (German, French,
Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Turkish, romanized
Japanese). Roughly one document in eight carries no entity at all but is full
of hard negatives (log timestamps, versions, invoice numbers, amounts, hashes).

Usage: python3 corpus_blind54.py --check | --sample K | --n N --seed S --output F.jsonl

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
import datetime as dt
import ipaddress
import json
import random
import re
import sys
import unicodedata
import zlib

CORPUS = "blind54"

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()

SECRET_TYPES = {
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
}


# --------------------------------------------------------------------------
# Builder: appends text and records spans while appending
# --------------------------------------------------------------------------

class Builder:
    """Accumulates text; entity spans are recorded at append time."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.entities: list[dict] = []

    def add(self, text, typ: str | None = None) -> "Builder":
        if text is None:
            return self
        text = str(text)
        if not text:
            return self
        if typ:
            self.entities.append({"start": self._pos, "end": self._pos + len(text), "type": typ})
        self._parts.append(text)
        self._pos += len(text)
        return self

    def __call__(self, *items) -> "Builder":
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                self.add(it[0], it[1])
            else:
                self.add(it)
        return self

    def ln(self, *items) -> "Builder":
        self(*items)
        self.add("\n")
        return self

    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._pos


def _mk(typ):
    return lambda s: (s, typ)


PER = _mk("PERSON")
EML = _mk("EMAIL_ADDRESS")
PHN = _mk("PHONE_NUMBER")
SSN = _mk("US_SSN")
CC = _mk("CREDIT_CARD")
IBN = _mk("IBAN_CODE")
IPA = _mk("IP_ADDRESS")
DOB = _mk("DATE_OF_BIRTH")
DT = _mk("DATE_TIME")
LOC = _mk("LOCATION")
ADR = _mk("ADDRESS")
URL = _mk("URL")
MRN = _mk("MEDICAL_RECORD_NUMBER")
HPN = _mk("HEALTH_PLAN_NUMBER")
ACC = _mk("ACCOUNT_NUMBER")
DLN = _mk("DRIVER_LICENSE")
AKID = _mk("AWS_ACCESS_KEY")
ASK = _mk("AWS_SECRET_KEY")
GHT = _mk("GITHUB_TOKEN")
SLK = _mk("SLACK_TOKEN")
STK = _mk("STRIPE_KEY")
JWTT = _mk("JWT")
PEM = _mk("PRIVATE_KEY")
PWD = _mk("PASSWORD")
SEC = _mk("GENERIC_SECRET")


# --------------------------------------------------------------------------
# Data pools
# --------------------------------------------------------------------------

NAMES = {
    "en": (
        "James Olivia Ethan Amelia Noah Harper Liam Chloe Mason Abigail Caleb Madison Declan "
        "Siobhan Aidan Bethany Tobias Imogen Rhys Ffion Callum Eilidh Jaxon Brielle Tyrone Keisha "
        "DeShawn Latoya Marcus Yvette Grace Hunter Savannah Wyatt Delilah Rowan Margaret Harold "
        "Eleanor Theodore Juniper Beckett Tamsin Piers Hollis Maisie",
        "Thompson Whitaker Blackwood Fitzgerald O'Sullivan MacLeod Pryce-Jones Hargreaves Carter "
        "Johnson Brooks Sullivan Holloway Kensington Barnes Lockhart McAllister O'Brien Ramsey "
        "Whitfield Abernathy Caldwell Pennington Granger Underwood Fairbanks Ashby Tennyson Winslow "
        "Harrington Dunmore Lowell Cartwright Ellsworth Rutherford Washington Jefferson Greene",
    ),
    "de": (
        "Lukas Leonie Maximilian Johanna Felix Hannah Jonas Marlene Friedrich Annegret Jürgen Ute "
        "Kai-Uwe Wiebke Matthias Svenja Henrik Greta Torben Frauke Dieter Gudrun Moritz Anneliese",
        "Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Krüger Zimmermann Böhm "
        "Wagenknecht Oberdörfer Brandt Vogel Hartmann Lehmann Kessler Pfeiffer Neumann Schulze Roth",
    ),
    "fr": (
        "Camille Théo Manon Hugo Léa Baptiste Océane Mathis Solène Gaëtan Clémence Anaïs "
        "Jean-Baptiste Marie-Claire Étienne Margaux Quentin Aurélie Benoît Inès Yannick Séverine",
        "Dubois Lefèvre Moreau Girard Fontaine Rousseau Chevalier Lemaire Fournier Faure Benali "
        "Marchand Garnier Perrin Mercier Bonnet Lambert Roussel Gauthier Leclerc Dufour Renaud",
    ),
    "es": (
        "Alejandro Lucía Sergio Paula Javier Carmen Álvaro Nerea Íñigo Maite Rocío Gonzalo "
        "Ximena Mateo Valentina Santiago Itziar Joaquín Almudena Fermín",
        "García Fernández López Martínez Sánchez Romero Navarro Iglesias Ortega Gutiérrez "
        "Etxeberria Morales Castillo Vázquez Herrero Cabrera Domínguez Aguirre Salazar Peña",
    ),
    "it": (
        "Giulia Lorenzo Chiara Matteo Francesca Alessandro Beatrice Tommaso Ilaria Gianluca "
        "Federica Niccolò Arianna Davide Martina Riccardo Serena Emanuele Ludovica Pietro",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
        "Lombardi Conti Costa Mancini Fontana Caruso Moretti Barbieri Santoro Rinaldi",
    ),
    "pt": (
        "João Ana Pedro Mariana Gabriel Beatriz Rafael Larissa Thiago Luana Gonçalo Inês "
        "Matheus Camila Leonardo Juliana Rodrigo Fernanda Tiago Raquel",
        "Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Carvalho "
        "Ferreira Gonçalves Ribeiro Martins Araújo Barbosa Cardoso Teixeira Moura Lopes",
    ),
    "nl": (
        "Daan Sanne Bram Fleur Sem Lotte Thijs Anouk Joris Femke Stijn Maartje Ruben Ilse "
        "Jasper Noor Wouter Esmee",
        "Jansen Bakker Visser Smit Meijer Mulder Hendriks Dekker Brouwer Dijkstra Willems "
        "Vermeulen Koster Prins Huisman Kuipers Postma Bosman",
    ),
    "pl": (
        "Jakub Zuzanna Kacper Julia Szymon Maja Wojciech Agnieszka Bartłomiej Małgorzata "
        "Grzegorz Katarzyna Mikołaj Joanna Paweł Aleksandra Tomasz Magdalena",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowska Zieliński Szymańska "
        "Woźniak Dąbrowski Krawczyk Jabłoński Pawlak Michalska Grabowski Zając Król",
    ),
    "sv": (
        "Elsa Oskar Astrid Viktor Ebba Linnea Axel Saga Nils Ingrid Björn Maja Gustav Freja "
        "Alvar Sigrid",
        "Andersson Johansson Karlsson Nilsson Eriksson Lindqvist Bergström Sjöberg Lundgren "
        "Holmberg Forsberg Engström Sandberg Wallin Hedlund Ekström",
    ),
    "tr": (
        "Elif Mehmet Zeynep Mustafa Ayşe Emre Defne Burak Selin Oğuz Gülşen Cem Eda Kaan "
        "Büşra Serkan İrem Barış",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aksoy Koç "
        "Kurt Özdemir Erdoğan Güneş Polat",
    ),
    "ja": (
        "Haruto Yui Sota Aoi Ren Hina Yuto Sakura Kenji Mei Daisuke Rin Takumi Misaki Shota "
        "Ayaka",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
        "Yamaguchi Matsumoto Inoue Kimura Hayashi",
    ),
    "zh": (
        "Wei Xiaoling Hao Mingyu Jie Yuxuan Zihan Jing Lei Shu Yiming Ruoxi Haoran Xinyi",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Zhu Gao",
    ),
    "in": (
        "Priya Arjun Ananya Rohan Kavya Vikram Ishaan Meera Aditya Lakshmi Siddharth Nandini "
        "Harpreet Gurpreet Sneha Rahul",
        "Sharma Patel Iyer Reddy Nair Gupta Banerjee Chatterjee Deshmukh Venkataraman "
        "Krishnamurthy Mehta Kulkarni Bhattacharya Pillai Sandhu",
    ),
    "ar": (
        "Omar Layla Youssef Fatima Karim Nour Hamza Amira Tariq Salma Rania Bilal",
        "Haddad Al-Mansouri El-Amin Nasser Khalil Saleh Bakri Farouk Mansour Aziz Darwish Hijazi",
    ),
    "af": (
        "Chinedu Adaeze Oluwaseun Funmilayo Emeka Ngozi Tunde Yetunde Kwame Ama Thabo Nomvula "
        "Chiamaka Kofi",
        "Okafor Adeyemi Nwosu Balogun Eze Okonkwo Mensah Asante Ndlovu Dlamini Obi Boateng "
        "Achebe Mahlangu",
    ),
    "ko": ("Minjun Seoyeon Jiho Haeun Dohyun Jiwoo Yerin Hyunwoo", "Kim Lee Park Choi Jung Kang Yoon Han"),
    "vi": ("Linh Minh Trang Quang Thao Duc Huong Khanh", "Nguyen Tran Le Pham Hoang Vu Dang Bui"),
    "ru": (
        "Dmitri Anastasia Sergei Ekaterina Alexei Natalia Yulia Mikhail",
        "Ivanov Petrova Smirnov Kuznetsova Volkov Sokolova Morozov Lebedeva",
    ),
    "gr": ("Nikos Eleni Giorgos Katerina Dimitra Stavros", "Papadopoulos Georgiou Konstantinidis Dimitriou Pappas Vlachos"),
    "fi": ("Aino Eetu Veera Juho Onni Elina", "Virtanen Korhonen Mäkinen Nieminen Heikkinen Laine"),
}
NAMES = {k: (v[0].split(), v[1].split()) for k, v in NAMES.items()}

RARE_GIVEN = (
    "Zephyrine Thaddeus Oisín Bolat Anahera Ottoline Peregrine Saoirse Ignatius Eulalia "
    "Cosimo Xiadani Tjaša Ksawery Eirlys Dagny Radomir Aurelio Wilhelmina Leocadia Ruairí"
).split()

# English-language documents mostly use these cultures (multicultural campuses)
EN_MIX = ["en"] * 10 + ["in"] * 2 + ["zh"] * 2 + ["af"] * 2 + ["es"] * 2 + ["ar", "ko", "vi", "ru", "gr",
                                                                          "fi", "ja", "pl", "it", "de",
                                                                          "fr", "pt", "tr", "nl", "sv"]

US_STREETS = (
    "Maple Avenue|Oak Street|College Avenue|University Boulevard|Elm Street|W 3rd Street|Sycamore Lane|"
    "Prospect Street|Old Mill Road|Martin Luther King Jr Boulevard|Chestnut Hill Drive|Linden Court|"
    "Highland Avenue|Cedar Ridge Road|Washington Street|Lakeshore Drive|Brookside Terrace|Willow Bend Way|"
    "N Main Street|E Campus Drive|S Fairview Ave|Juniper Hollow Ct|Quarry Road|Dogwood Trail|Fraternity Row"
).split("|")
US_CITIES = [
    ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Ann Arbor", "MI", "481"), ("Madison", "WI", "537"),
    ("Boulder", "CO", "803"), ("Gainesville", "FL", "326"), ("Durham", "NC", "277"), ("Ithaca", "NY", "148"),
    ("Eugene", "OR", "974"), ("Tempe", "AZ", "852"), ("Lawrence", "KS", "660"), ("Athens", "GA", "306"),
    ("Bloomington", "IN", "474"), ("Burlington", "VT", "054"), ("Provo", "UT", "846"),
    ("Tuscaloosa", "AL", "354"), ("Iowa City", "IA", "522"), ("State College", "PA", "168"),
    ("Berkeley", "CA", "947"), ("Seattle", "WA", "981"), ("Chapel Hill", "NC", "275"), ("Ames", "IA", "500"),
    ("Norman", "OK", "730"), ("Baton Rouge", "LA", "708"), ("Amherst", "MA", "010"), ("Lincoln", "NE", "685"),
]
US_STATE_NAMES = {
    "TX": "Texas", "OH": "Ohio", "MI": "Michigan", "WI": "Wisconsin", "CO": "Colorado", "FL": "Florida",
    "NC": "North Carolina", "NY": "New York", "OR": "Oregon", "AZ": "Arizona", "KS": "Kansas",
    "GA": "Georgia", "IN": "Indiana", "VT": "Vermont", "UT": "Utah", "AL": "Alabama", "IA": "Iowa",
    "PA": "Pennsylvania", "CA": "California", "WA": "Washington", "OK": "Oklahoma", "LA": "Louisiana",
    "MA": "Massachusetts", "NE": "Nebraska",
}
US_AREA = ["512", "614", "734", "608", "303", "352", "919", "607", "541", "480", "785", "706", "812", "802",
           "801", "205", "319", "814", "510", "206", "413", "402", "405", "225", "617", "312", "646"]

UK_PLACES = [("Leeds", "LS6 3HN"), ("Manchester", "M13 9PL"), ("Bristol", "BS8 1TH"), ("Edinburgh", "EH8 9YL"),
             ("Cardiff", "CF10 3AT"), ("York", "YO10 5DD"), ("Norwich", "NR4 7TJ"), ("Glasgow", "G12 8QQ"),
             ("Sheffield", "S10 2TN"), ("Exeter", "EX4 4QJ"), ("Durham", "DH1 3LE"), ("Belfast", "BT7 1NN")]
UK_STREETS = ["Hyde Park Road", "Wilmslow Road", "Cotham Hill", "Marchmont Crescent", "Cathays Terrace",
              "Heslington Lane", "Earlham Road", "Byres Road", "Ecclesall Road", "Pennsylvania Road",
              "Church Street", "Stranmillis Road", "Victoria Park Avenue"]

DE_PLACES = [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("69117", "Heidelberg"),
             ("37073", "Göttingen"), ("72070", "Tübingen"), ("04109", "Leipzig"), ("48143", "Münster"),
             ("79098", "Freiburg im Breisgau"), ("20146", "Hamburg"), ("01069", "Dresden"), ("52062", "Aachen")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerplatz", "Am Lindenhof", "Gartenweg",
              "Kaiser-Wilhelm-Ring", "Rosenthaler Straße", "Mühlenweg", "Lessingstraße", "Uhlandstraße",
              "Wilhelmstraße", "Auf der Höhe"]
FR_PLACES = [("75005", "Paris"), ("69007", "Lyon"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
             ("59000", "Lille"), ("67000", "Strasbourg"), ("34000", "Montpellier"), ("44000", "Nantes"),
             ("13001", "Marseille"), ("35000", "Rennes"), ("38000", "Grenoble"), ("21000", "Dijon")]
FR_STREETS = ["rue des Écoles", "avenue Jean Jaurès", "boulevard Saint-Michel", "rue de la République",
              "place Bellecour", "allée des Tilleuls", "impasse des Lilas", "rue Victor Hugo",
              "quai des Chartrons", "rue du Faubourg Saint-Antoine", "chemin des Vignes"]
ES_PLACES = [("28009", "Madrid"), ("08001", "Barcelona"), ("41001", "Sevilla"), ("46001", "Valencia"),
             ("37001", "Salamanca"), ("18001", "Granada"), ("48001", "Bilbao"), ("50001", "Zaragoza"),
             ("15705", "Santiago de Compostela"), ("29001", "Málaga")]
ES_STREETS = ["Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia",
              "Calle San Fernando", "Plaza del Pilar", "Calle de Toledo", "Avenida de América",
              "Calle Real", "Ronda de Valencia"]
IT_PLACES = [("00185", "Roma", "RM"), ("20121", "Milano", "MI"), ("40126", "Bologna", "BO"),
             ("50121", "Firenze", "FI"), ("10121", "Torino", "TO"), ("80138", "Napoli", "NA"),
             ("35122", "Padova", "PD"), ("56126", "Pisa", "PI"), ("90133", "Palermo", "PA")]
IT_STREETS = ["Via Roma", "Corso Vittorio Emanuele II", "Via Zamboni", "Piazza San Marco", "Viale Europa",
              "Via Garibaldi", "Via dei Mille", "Via Nazionale", "Largo Augusto", "Via San Francesco"]
BR_PLACES = [("São Paulo", "SP", "01310"), ("Rio de Janeiro", "RJ", "22290"), ("Belo Horizonte", "MG", "31270"),
             ("Porto Alegre", "RS", "90040"), ("Curitiba", "PR", "80060"), ("Recife", "PE", "50670"),
             ("Salvador", "BA", "40170"), ("Campinas", "SP", "13083")]
PT_PLACES = [("1000-001", "Lisboa"), ("4050-345", "Porto"), ("3000-456", "Coimbra"), ("4710-057", "Braga"),
             ("8000-117", "Faro"), ("3810-193", "Aveiro")]
PT_STREETS = ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro", "Avenida da Liberdade",
              "Rua do Ouvidor", "Travessa do Carmo", "Rua Direita", "Alameda Santos"]
NL_PLACES = [("1017 GC", "Amsterdam"), ("3511 LN", "Utrecht"), ("2311 EZ", "Leiden"), ("9712 CP", "Groningen"),
             ("3012 AB", "Rotterdam"), ("6525 XZ", "Nijmegen"), ("5611 AZ", "Eindhoven"), ("2611 BD", "Delft"),
             ("6211 LH", "Maastricht")]
NL_STREETS = ["Kerkstraat", "Oudegracht", "Breestraat", "Herestraat", "Stationsweg", "Lange Nieuwstraat",
              "Vismarkt", "Witte Singel", "Prinsengracht"]
PL_PLACES = [("00-590", "Warszawa"), ("30-001", "Kraków"), ("50-001", "Wrocław"), ("61-001", "Poznań"),
             ("80-827", "Gdańsk"), ("90-001", "Łódź"), ("20-001", "Lublin"), ("87-100", "Toruń")]
PL_STREETS = ["ul. Marszałkowska", "ul. Floriańska", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Długa",
              "ul. Krakowskie Przedmieście", "ul. Szeroka", "ul. Kościuszki", "al. Niepodległości"]
SE_PLACES = [("114 51", "Stockholm"), ("752 36", "Uppsala"), ("222 21", "Lund"), ("411 03", "Göteborg"),
             ("581 83", "Linköping"), ("903 26", "Umeå"), ("211 20", "Malmö")]
SE_STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sysslomansgatan", "Tegnérsgatan",
              "Östra Ågatan", "Sveavägen"]
TR_PLACES = [("06100", "Çankaya", "Ankara"), ("34710", "Kadıköy", "İstanbul"), ("35220", "Konak", "İzmir"),
             ("16059", "Nilüfer", "Bursa"), ("07070", "Konyaaltı", "Antalya"), ("34342", "Beşiktaş", "İstanbul"),
             ("61080", "Ortahisar", "Trabzon")]
TR_STREETS = ["Atatürk Bulvarı", "Bağdat Caddesi", "İstiklal Caddesi", "Cumhuriyet Caddesi", "Gazi Mustafa Kemal Bulvarı",
              "Kızılay Sokak", "Barbaros Bulvarı", "Mimar Sinan Caddesi"]
JP_PLACES = [("113-8654", "Bunkyo-ku", "Tokyo", "Hongo"), ("606-8501", "Sakyo-ku", "Kyoto", "Yoshida-honmachi"),
             ("565-0871", "Suita-shi", "Osaka", "Yamadaoka"), ("980-8577", "Aoba-ku", "Sendai", "Katahira"),
             ("819-0395", "Nishi-ku", "Fukuoka", "Motooka"), ("060-0808", "Kita-ku", "Sapporo", "Kita Hachijo"),
             ("464-8601", "Chikusa-ku", "Nagoya", "Furo-cho")]

WORLD_CITIES = ["Lagos, Nigeria", "Nairobi, Kenya", "Mumbai, India", "Shenzhen, China", "Hanoi, Vietnam",
                "Seoul, South Korea", "Lima, Peru", "Bogotá, Colombia", "Cairo, Egypt", "Amman, Jordan",
                "Accra, Ghana", "Toronto, Canada", "Melbourne, Australia", "Manila, Philippines",
                "Karachi, Pakistan", "Almaty, Kazakhstan", "Dhaka, Bangladesh", "Quito, Ecuador",
                "Kathmandu, Nepal", "Tbilisi, Georgia", "Monterrey, Mexico", "Istanbul, Turkey"]
COUNTRIES = ["Nigeria", "India", "China", "Vietnam", "South Korea", "Brazil", "Mexico", "Germany", "France",
             "Kenya", "Ghana", "Canada", "Pakistan", "Indonesia", "Colombia", "Egypt", "Nepal", "Japan",
             "Turkey", "Poland", "Italy", "Spain", "Portugal", "Netherlands", "Sweden"]

EN_INSTS = [
    ("Westbrook University", "westbrook.edu", "WBU"),
    ("Ashgrove College", "ashgrove.ac.uk", "AGC"),
    ("Northfield State University", "nfsu.edu", "NFSU"),
    ("Kingsmere Academy", "kingsmere.sch.uk", "KMA"),
    ("Riverbend Community College", "riverbendcc.edu", "RBCC"),
    ("Halvorsen Institute of Technology", "halvorsen-tech.edu", "HIT"),
    ("Crestwood High School", "crestwoodhs.org", "CHS"),
    ("Pinecrest Unified School District", "pinecrestusd.org", "PUSD"),
    ("Larchmere College of Arts", "larchmere.edu", "LCA"),
    ("Thornfield University", "thornfield.ac.uk", "TFU"),
    ("St. Brennan's Preparatory School", "stbrennans.org", "SBP"),
    ("Oakhaven Technical College", "oakhaven.edu", "OTC"),
]
COLLEGES = ["College of Engineering", "School of Nursing", "College of Arts and Sciences", "School of Business",
            "School of Education", "College of Agriculture", "School of Music", "School of Public Health"]
COURSES = ["CHEM 201", "MATH 241", "BIOL 110", "ECON 302", "HIST 215", "CS 161", "PHYS 212", "PSYC 100",
           "ENGL 105", "STAT 330", "MUS 140", "NURS 310", "EDUC 420", "ARCH 250"]
COURSE_TITLES = ["Organic Chemistry I", "Calculus III", "Intro to Cell Biology", "Intermediate Macroeconomics",
                 "Modern European History", "Data Structures", "Electromagnetism", "General Psychology",
                 "Academic Writing", "Applied Regression", "Music Theory II", "Community Health Nursing",
                 "Classroom Assessment", "Design Studio III"]
BUILDINGS = ["Whitfield Hall", "Kerr Hall", "Abernathy Library", "Founders Hall", "Ellsworth Science Center",
             "Granger Student Union", "Old Main", "Tennyson Residence Hall", "Lowell Commons", "Pemberton Annex"]
TUTOR_PLATFORMS = [("Tutorly", "tutorly.io"), ("StudyNest", "studynest.com"), ("BrightPath Tutoring", "brightpath.tutoring"),
                   ("Mentora", "mentora.app"), ("Quillwise", "quillwise.co")]
EXAM_BOARDS = ["Northern Examinations Council", "Unified Assessment Board", "Cambrook International Examinations",
               "Meridian Qualifications", "Central Schools Examination Board"]
INSURERS = ["Aetna Student Health", "UnitedHealthcare StudentResources", "Blue Cross Blue Shield", "Cigna",
            "Kaiser Permanente", "Wellfleet Student", "Anthem"]
PERSONAL_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me", "aol.com"]
LOCAL_MAIL = {
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "es": ["hotmail.es", "telefonica.net", "yahoo.es"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "pt": ["uol.com.br", "sapo.pt", "bol.com.br", "terra.com.br"], "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"], "sv": ["telia.com", "bredband.net", "spray.se"],
    "tr": ["yandex.com.tr", "hotmail.com.tr", "mynet.com"], "ja": ["docomo.ne.jp", "yahoo.co.jp", "nifty.com"],
}
PETS = ["Biscuit", "Mochi", "Pepper", "Luna", "Ziggy", "Noodle", "Waffles", "Pickles"]
DRUGS = ["sertraline 50 mg", "albuterol inhaler", "methylphenidate ER 36 mg", "ibuprofen 400 mg",
         "levothyroxine 75 mcg", "cetirizine 10 mg", "amoxicillin 500 mg", "Adderall XR 20 mg"]


# --------------------------------------------------------------------------
# Generic helpers: names, e-mails, places, phones, dates
# --------------------------------------------------------------------------

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPDIG = UPPER + "0123456789"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae")
    s = s.replace("ı", "i").replace("đ", "d").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def pname(r, cult=None):
    if cult is None:
        cult = r.choice(EN_MIX)
    giv, sur = NAMES[cult]
    g = r.choice(giv) if r.random() > 0.05 else r.choice(RARE_GIVEN)
    return g, r.choice(sur)


def disp(r, g, s, styles="fffffmul"):
    """Render a name. f=First Last, m=middle initial, u=UPPER, l=lower, c=Last, First, C=LAST, First."""
    st = r.choice(styles)
    if st == "m":
        return f"{g} {r.choice(UPPER)}. {s}"
    if st == "u":
        return f"{g} {s}".upper()
    if st == "l":
        return f"{g} {s}".lower()
    if st == "c":
        return f"{s}, {g}"
    if st == "C":
        return f"{s.upper()}, {g}"
    return f"{g} {s}"


def handle(r, g, s):
    g2, s2 = fold(g).lower().replace(" ", ""), fold(s).lower().replace(" ", "").replace("-", "")
    pat = r.randrange(5)
    if pat == 0:
        return f"{g2[0]}{s2}{r.randint(1, 99)}"
    if pat == 1:
        return f"{g2}.{s2}"
    if pat == 2:
        return f"{s2[:6]}{g2[:2]}"
    if pat == 3:
        return f"{g2}{s2[0]}{r.randint(10, 999)}"
    return f"{g2[:3]}{s2[:3]}{r.randint(1, 9)}"


def email_for(r, g, s, domain=None, lang=None):
    if domain is None:
        if lang and lang in LOCAL_MAIL and r.random() < 0.7:
            domain = r.choice(LOCAL_MAIL[lang])
        else:
            domain = r.choice(PERSONAL_MAIL)
    g2 = re.sub(r"[^a-z0-9-]", "", fold(g).lower())
    s2 = re.sub(r"[^a-z0-9-]", "", fold(s).lower())
    pat = r.randrange(6)
    if pat == 0:
        local = f"{g2}.{s2}"
    elif pat == 1:
        local = f"{g2[0]}{s2}"
    elif pat == 2:
        local = f"{s2}.{g2}{r.randint(1, 99)}"
    elif pat == 3:
        local = f"{g2}_{s2}{r.randint(70, 99)}"
    elif pat == 4:
        local = f"{g2}{s2[0]}{r.randint(100, 999)}"
    else:
        local = f"{g2}.{s2[0]}"
    return f"{local}@{domain}"


class Inst:
    def __init__(self, t):
        self.name, self.domain, self.short = t


SCHOOL_SHORTS = {"KMA", "CHS", "PUSD", "SBP"}


def inst(r, which=None):
    """which='uni' -> colleges/universities, 'school' -> K-12 schools, None -> any."""
    pool = EN_INSTS
    if which == "uni":
        pool = [t for t in EN_INSTS if t[2] not in SCHOOL_SHORTS]
    elif which == "school":
        pool = [t for t in EN_INSTS if t[2] in SCHOOL_SHORTS]
    return Inst(r.choice(pool))


# ---- addresses --------------------------------------------------------------

class Addr:
    """street = street line (incl. unit); city; region; postcode; country; one; multi."""

    def __init__(self, street, city, region, postcode, country, one, multi, code=None):
        self.street, self.city, self.region, self.postcode = street, city, region, postcode
        self.country, self.one, self.multi, self.code = country, one, multi, code


def addr_us(r):
    city, st, zp = r.choice(US_CITIES)
    num = str(r.randint(12, 9899))
    street = f"{num} {r.choice(US_STREETS)}"
    unit = r.choice(["", "", "", f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Unit {r.randint(2, 300)}",
                     f"#{r.randint(100, 950)}", f"Apt. {r.randint(1, 12)}"])
    line = f"{street}, {unit}" if unit and r.random() < 0.5 else (f"{street} {unit}" if unit else street)
    zp = zp + digits(r, 2)
    if r.random() < 0.15:
        zp += "-" + digits(r, 4)
    one = f"{line}, {city}, {st} {zp}"
    multi = f"{line}\n{city}, {st} {zp}"
    if r.random() < 0.15:
        box = f"P.O. Box {r.randint(100, 99999)}"
        line = box
        one = f"{box}, {city}, {st} {zp}"
        multi = f"{box}\n{city}, {st} {zp}"
    return Addr(line, city, st, zp, "USA", one, multi, "US")


def addr_uk(r):
    city, pc = r.choice(UK_PLACES)
    street = f"{r.randint(1, 220)} {r.choice(UK_STREETS)}"
    if r.random() < 0.35:
        street = f"Flat {r.randint(1, 12)}, {street}"
    one = f"{street}, {city} {pc}"
    multi = f"{street.replace(', ', chr(10))}\n{city}\n{pc}"
    return Addr(street, city, None, pc, "United Kingdom", one, multi, "GB")


def addr_de(r):
    pc, city = r.choice(DE_PLACES)
    street = f"{r.choice(DE_STREETS)} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}"
    one = f"{street}, {pc} {city}"
    multi = f"{street}\n{pc} {city}"
    return Addr(street, city, None, pc, "Deutschland", one, multi, "DE")


def addr_fr(r):
    pc, city = r.choice(FR_PLACES)
    n = r.randint(1, 180)
    street = f"{n}{r.choice(['', '', ' bis'])} {r.choice(FR_STREETS)}"
    if r.random() < 0.3:
        street = f"{street}, Appt {r.randint(1, 60)}"
    one = f"{street}, {pc} {city}"
    multi = f"{street}\n{pc} {city.upper() if r.random() < 0.5 else city}"
    return Addr(street, city, None, pc, "France", one, multi, "FR")


def addr_es(r):
    pc, city = r.choice(ES_PLACES)
    street = f"{r.choice(ES_STREETS)} {r.randint(1, 200)}, {r.randint(1, 9)}º {r.choice('ABCD')}"
    one = f"{street}, {pc} {city}"
    multi = f"{street}\n{pc} {city}"
    return Addr(street, city, None, pc, "España", one, multi, "ES")


def addr_it(r):
    pc, city, prov = r.choice(IT_PLACES)
    street = f"{r.choice(IT_STREETS)} {r.randint(1, 160)}"
    if r.random() < 0.3:
        street += f"/{r.choice('ABC')}"
    one = f"{street}, {pc} {city} {prov}"
    multi = f"{street}\n{pc} {city} {prov}"
    return Addr(street, city, prov, pc, "Italia", one, multi, "IT")


def addr_br(r):
    city, uf, cep = r.choice(BR_PLACES)
    cep = f"{cep}-{digits(r, 3)}"
    street = f"{r.choice(PT_STREETS)}, {r.randint(10, 2400)}"
    if r.random() < 0.5:
        street += f", Apto {r.randint(11, 1804)}"
    one = f"{street}, {city} - {uf}, {cep}"
    multi = f"{street}\n{city} - {uf}\nCEP {cep}"
    return Addr(street, city, uf, cep, "Brasil", one, multi, "BR")


def addr_pt(r):
    pc, city = r.choice(PT_PLACES)
    street = f"{r.choice(PT_STREETS)}, {r.randint(1, 300)}, {r.randint(1, 8)}º {r.choice(['Esq', 'Dto', 'A', 'B'])}"
    one = f"{street}, {pc} {city}"
    multi = f"{street}\n{pc} {city}"
    return Addr(street, city, None, pc, "Portugal", one, multi, "PT")


def addr_nl(r):
    pc, city = r.choice(NL_PLACES)
    street = f"{r.choice(NL_STREETS)} {r.randint(1, 300)}{r.choice(['', '', '-2', ' bis', 'A'])}"
    one = f"{street}, {pc} {city}"
    multi = f"{street}\n{pc} {city.upper() if r.random() < 0.3 else city}"
    return Addr(street, city, None, pc, "Nederland", one, multi, "NL")


def addr_pl(r):
    pc, city = r.choice(PL_PLACES)
    street = f"{r.choice(PL_STREETS)} {r.randint(1, 120)}"
    if r.random() < 0.6:
        street += f"/{r.randint(1, 80)}" if r.random() < 0.6 else f" m. {r.randint(1, 80)}"
    one = f"{street}, {pc} {city}"
    multi = f"{street}\n{pc} {city}"
    return Addr(street, city, None, pc, "Polska", one, multi, "PL")


def addr_se(r):
    pc, city = r.choice(SE_PLACES)
    street = f"{r.choice(SE_STREETS)} {r.randint(1, 90)}"
    if r.random() < 0.3:
        street += f", lgh {r.randint(1001, 1506)}"
    one = f"{street}, {pc} {city}"
    multi = f"{street}\n{pc} {city.upper() if r.random() < 0.4 else city}"
    return Addr(street, city, None, pc, "Sverige", one, multi, "SE")


def addr_tr(r):
    pc, ilce, il = r.choice(TR_PLACES)
    street = f"{r.choice(TR_STREETS)} No: {r.randint(1, 250)} D: {r.randint(1, 30)}"
    one = f"{street}, {pc} {ilce}/{il}"
    multi = f"{street}\n{pc} {ilce}/{il}"
    return Addr(street, il, ilce, pc, "Türkiye", one, multi, "TR")


def addr_jp(r):
    pc, ward, city, area = r.choice(JP_PLACES)
    street = f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} {area}"
    if r.random() < 0.4:
        street = f"{r.choice(['Sakura Heights', 'Maison Hongo', 'Green Court', 'Lions Mansion'])} {r.randint(101, 905)}, {street}"
    one = f"{street}, {ward}, {city} {pc}"
    multi = f"{street}\n{ward}, {city}\n{pc}"
    return Addr(street, city, ward, pc, "Japan", one, multi, "JP")


ADDR = {"us": addr_us, "uk": addr_uk, "de": addr_de, "fr": addr_fr, "es": addr_es, "it": addr_it,
        "br": addr_br, "pt": addr_pt, "nl": addr_nl, "pl": addr_pl, "sv": addr_se, "tr": addr_tr, "ja": addr_jp}


# ---- phones ---------------------------------------------------------------

def phone_us(r, tollfree=False):
    if tollfree:
        a = r.choice(["800", "888", "877", "866", "855"])
        x, l = digits(r, 3), digits(r, 4)
        return r.choice([f"1-{a}-{x}-{l}", f"({a}) {x}-{l}", f"{a}-{x}-{l}", f"1 ({a}) {x}-{l}"])
    a = r.choice(US_AREA)
    x = str(r.randint(201, 989))
    l = digits(r, 4)
    return r.choice([f"({a}) {x}-{l}", f"{a}-{x}-{l}", f"{a}.{x}.{l}", f"+1 {a}-{x}-{l}",
                     f"+1 ({a}) {x}-{l}", f"{a} {x} {l}", f"+1{a}{x}{l}"])


def phone_uk(r):
    k = r.randrange(4)
    if k == 0:
        return f"+44 7{digits(r, 3)} {digits(r, 6)}"
    if k == 1:
        return f"07{digits(r, 3)} {digits(r, 6)}"
    if k == 2:
        return f"0{r.choice(['113', '161', '117', '131', '29'])} {digits(r, 3)} {digits(r, 4)}"
    return f"+44 (0)20 {digits(r, 4)} {digits(r, 4)}"


def phone_de(r):
    k = r.randrange(5)
    if k == 0:
        return f"+49 {r.choice(['30', '89', '221', '6221', '551', '341'])} {digits(r, 7)}"
    if k == 1:
        return f"0{r.choice(['151', '160', '172', '176'])} {digits(r, 8)}"
    if k == 2:
        return f"+49 {r.choice(['151', '170', '157'])} {digits(r, 4)} {digits(r, 4)}"
    if k == 3:
        return f"0{r.choice(['30', '40', '69', '711'])}/{digits(r, 6)}-{digits(r, 2)}"
    return f"+49 (0){r.choice(['6221', '7071', '551'])} {digits(r, 2)}-{digits(r, 4)}"


def phone_fr(r):
    p = lambda: " ".join(digits(r, 2) for _ in range(4))
    k = r.randrange(4)
    if k == 0:
        return f"0{r.choice('67')} {p()}"
    if k == 1:
        return f"+33 {r.choice('67')} {p()}"
    if k == 2:
        return f"0{r.choice('12345')}.{'.'.join(digits(r, 2) for _ in range(4))}"
    return f"+33 (0)1 {p()}"


def phone_es(r):
    k = r.randrange(3)
    if k == 0:
        return f"+34 6{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"
    if k == 1:
        return f"6{digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"
    return f"9{digits(r, 1)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"


def phone_it(r):
    k = r.randrange(4)
    if k == 0:
        return f"+39 3{digits(r, 2)} {digits(r, 3)} {digits(r, 4)}"
    if k == 1:
        return f"3{digits(r, 2)}-{digits(r, 7)}"
    if k == 2:
        return f"0{r.choice(['51', '6', '2', '55', '11'])} {digits(r, 3)} {digits(r, 4)}"
    return f"+39 06 {digits(r, 4)} {digits(r, 4)}"


def phone_br(r):
    ddd = r.choice(["11", "21", "31", "51", "41", "81", "71", "19"])
    k = r.randrange(3)
    if k == 0:
        return f"({ddd}) 9{digits(r, 4)}-{digits(r, 4)}"
    if k == 1:
        return f"+55 {ddd} 9{digits(r, 4)}-{digits(r, 4)}"
    return f"({ddd}) 3{digits(r, 3)}-{digits(r, 4)}"


def phone_pt(r):
    return r.choice([f"+351 9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                     f"21 {digits(r, 3)} {digits(r, 4)}"])


def phone_nl(r):
    return r.choice([f"06-{digits(r, 8)}", f"+31 6 {digits(r, 4)} {digits(r, 4)}", f"020 {digits(r, 3)} {digits(r, 4)}",
                     f"071-{digits(r, 3)} {digits(r, 4)}", f"+31 (0)30 {digits(r, 3)} {digits(r, 4)}"])


def phone_pl(r):
    return r.choice([f"+48 {r.choice('5678')}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                     f"{r.choice('5678')}{digits(r, 2)}-{digits(r, 3)}-{digits(r, 3)}",
                     f"22 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"+48 12 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])


def phone_se(r):
    return r.choice([f"07{r.choice('0236')}-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                     f"+46 7{r.choice('0236')} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                     f"08-{digits(r, 2)} {digits(r, 2)} {digits(r, 2)}", f"018-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])


def phone_tr(r):
    return r.choice([f"05{digits(r, 2)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                     f"+90 5{digits(r, 2)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                     f"0312 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"+90 (212) {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])


def phone_jp(r):
    return r.choice([f"090-{digits(r, 4)}-{digits(r, 4)}", f"080-{digits(r, 4)}-{digits(r, 4)}",
                     f"+81 90-{digits(r, 4)}-{digits(r, 4)}", f"03-{digits(r, 4)}-{digits(r, 4)}",
                     f"075-{digits(r, 3)}-{digits(r, 4)}"])


PHONE = {"us": phone_us, "uk": phone_uk, "de": phone_de, "fr": phone_fr, "es": phone_es, "it": phone_it,
         "br": phone_br, "pt": phone_pt, "nl": phone_nl, "pl": phone_pl, "sv": phone_se, "tr": phone_tr,
         "ja": phone_jp}


# ---- dates ----------------------------------------------------------------

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
}


def rdate(r, y0=2024, y1=2026):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(r.randint(start, end))


def rdob(r, y0, y1):
    return rdate(r, y0, y1)


def fmt_date(r, d, lang="en", style=None, weekday=False):
    """Human date in the given language. weekday=True may prepend the weekday."""
    M = MONTHS.get(lang, MONTHS["en"])
    mon = M[d.month - 1]
    wd = WEEKDAYS.get(lang, WEEKDAYS["en"])[d.weekday()]
    if lang in ("en", "us", "uk"):
        if style is None:
            style = r.choice(["long", "long", "uk_long", "abbr", "iso", "us", "us", "uk", "us_short"])
        if style == "long":
            s = f"{mon} {d.day}, {d.year}"
            return f"{wd}, {s}" if weekday else s
        if style == "uk_long":
            s = f"{d.day} {mon} {d.year}"
            return f"{wd} {s}" if weekday else s
        if style == "abbr":
            s = f"{mon[:3]} {d.day}, {d.year}"
            return f"{wd[:3]}, {s}" if weekday else s
        if style == "iso":
            return d.isoformat()
        if style == "us":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if style == "uk":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "us_short":
            return f"{d.month}/{d.day}/{d.year}"
        if style == "ordinal":
            suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            return f"{mon} {d.day}{suf}, {d.year}"
        return d.isoformat()
    if lang == "ja":
        return r.choice([d.isoformat(), f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}年{d.month}月{d.day}日"])
    numeric = {
        "de": f"{d.day:02d}.{d.month:02d}.{d.year}", "fr": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "es": f"{d.day:02d}/{d.month:02d}/{d.year}", "it": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "pt": f"{d.day:02d}/{d.month:02d}/{d.year}", "nl": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "pl": f"{d.day:02d}.{d.month:02d}.{d.year}", "sv": d.isoformat(), "tr": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[lang]
    words = {
        "de": f"{d.day}. {mon} {d.year}", "fr": f"{d.day} {mon} {d.year}", "es": f"{d.day} de {mon} de {d.year}",
        "it": f"{d.day} {mon} {d.year}", "pt": f"{d.day} de {mon} de {d.year}", "nl": f"{d.day} {mon} {d.year}",
        "pl": f"{d.day} {mon} {d.year}", "sv": f"{d.day} {mon} {d.year}", "tr": f"{d.day} {mon} {d.year}",
    }[lang]
    if style is None:
        style = r.choice(["num", "num", "words", "words"])
    if style == "num":
        return numeric
    if weekday:
        if lang == "tr":
            return f"{words} {wd}"
        sep = ", " if lang in ("de",) else " "
        return f"{wd}{sep}{words}"
    return words


def fmt_time(r, h, m, lang="en"):
    if lang in ("en", "us"):
        k = r.randrange(4)
        if k == 3:
            return f"{h:02d}:{m:02d}"
        hh = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        if k == 2:
            ap = ap.lower()
        return f"{hh}:{m:02d} {ap}" if k != 1 or m else f"{hh} {ap}"
    if lang == "uk":
        return f"{h:02d}:{m:02d}"
    if lang == "de":
        return r.choice([f"{h:02d}:{m:02d} Uhr", f"{h}:{m:02d} Uhr", f"{h:02d}:{m:02d}"])
    if lang == "fr":
        return r.choice([f"{h}h{m:02d}", f"{h:02d}h{m:02d}", f"{h} h {m:02d}"])
    if lang == "pt":
        return r.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}"])
    if lang == "sv":
        return f"{h:02d}.{m:02d}"
    return f"{h:02d}:{m:02d}"


CONNECT = {"en": [" at ", ", ", " "], "uk": [" at ", ", "], "de": [" um ", ", "], "fr": [" à ", ", "],
           "es": [" a las ", ", "], "it": [" alle ", ", "], "pt": [" às ", ", "], "nl": [" ", ", "],
           "pl": [", ", " "], "sv": [" kl. ", ", "], "tr": [" ", ", "], "ja": [" "]}


def fmt_dt(r, d, h, m, lang="en", weekday=False, style=None):
    dl = "en" if lang in ("us", "uk") else lang
    ds = fmt_date(r, d, dl, style=style, weekday=weekday)
    ts = fmt_time(r, h, m, lang if lang != "nl" else "nl")
    con = r.choice(CONNECT.get(lang, [" "]))
    if lang == "sv" and con.strip() == "kl.":
        ts = f"{h:02d}.{m:02d}"
    return f"{ds}{con}{ts}"


def rtime(r, h0=8, h1=18):
    return r.randint(h0, h1), r.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])


def email_date_header(r, d=None):
    d = d or rdate(r, 2024, 2025)
    wd = WEEKDAYS["en"][d.weekday()][:3]
    return (f"{wd}, {d.day:02d} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['-0500', '-0400', '+0000', '+0100', '-0700', '+0200'])}")


def log_ts(r, d=None, style="iso"):
    d = d or rdate(r, 2024, 2025)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}Z"
    if style == "space":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{r.randint(0, 999):03d}"
    if style == "syslog":
        return f"{MONTHS['en'][d.month - 1][:3]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}"
    if style == "clf":
        return f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000"
    return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"


class Clock:
    """Monotonic log clock so consecutive log lines look real."""

    def __init__(self, r, d=None):
        self.r = r
        self.t = dt.datetime.combine(d or rdate(r, 2024, 2025), dt.time(r.randint(0, 20), r.randint(0, 59), r.randint(0, 59)))

    def tick(self, lo=1, hi=90):
        self.t += dt.timedelta(seconds=self.r.randint(lo, hi), milliseconds=self.r.randint(0, 999))
        return self.t

    def iso(self):
        t = self.tick()
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

    def space(self):
        t = self.tick()
        return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"

    def syslog(self):
        t = self.tick()
        return f"{MONTHS['en'][t.month - 1][:3]} {t.day:2d} {t.strftime('%H:%M:%S')}"

    def clf(self):
        t = self.tick()
        return f"{t.day:02d}/{MONTHS['en'][t.month - 1][:3]}/{t.year}:{t.strftime('%H:%M:%S')} +0000"


def hl7_ts(r):
    d = rdate(r, 2024, 2025)
    return f"{d.year}{d.month:02d}{d.day:02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"


# ---- network ----------------------------------------------------------------

def ip_private(r):
    k = r.randrange(3)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip_public(r):
    first = r.choice([23, 31, 45, 62, 73, 81, 89, 98, 104, 142, 151, 173, 185, 203, 212, 24, 66, 71, 128, 131])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip_v6(r):
    groups = [f"{r.randint(0, 0xffff):x}" for _ in range(r.choice([3, 4]))]
    return f"2001:db8:{':'.join(groups)}::{r.randint(1, 0xfff):x}"


def ip_any(r):
    x = r.random()
    return ip_v6(r) if x < 0.15 else (ip_private(r) if x < 0.55 else ip_public(r))


def mac(r):
    return ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))


def uuid4(r):
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def sha(r, n=40):
    return rs(r, HEX, n)


def version(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}"


# --------------------------------------------------------------------------
# Valid-value helpers
# --------------------------------------------------------------------------

def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    if not ds:
        return False
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def gen_card(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        p, n = "4" + digits(r, 5), 16
    elif brand == "mc":
        p, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        p, n = r.choice(["34", "37"]), 15
    else:
        p, n = "6011", 16
    body = p + digits(r, n - 1 - len(p))
    return luhn_complete(body), brand


def fmt_card(r, num):
    k = r.randrange(3)
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    if k == 0:
        return " ".join(parts)
    if k == 1:
        return "-".join(parts)
    return num


def gen_card_invalid(r):
    while True:
        n = "4" + digits(r, 15)
        if not luhn_ok(n):
            return n


IBAN_FMT = {
    "DE": [("n", 18)], "FR": [("n", 10), ("c", 11), ("n", 2)], "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)], "PL": [("n", 24)],
    "GB": [("a", 4), ("n", 14)], "TR": [("n", 5), ("n", 17)], "PT": [("n", 21)], "SE": [("n", 20)],
    "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)], "IE": [("a", 4), ("n", 14)],
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def gen_iban(r, cc="DE"):
    bban = ""
    for kind, n in IBAN_FMT[cc]:
        if kind == "n":
            bban += digits(r, n)
        elif kind == "a":
            bban += rs(r, UPPER, n)
        else:
            bban += rs(r, UPDIG, n)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def fmt_iban(r, iban, grouped=None):
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def gen_bic(r, cc):
    return rs(r, UPPER, 4) + cc + rs(r, UPDIG, 2) + r.choice(["", "XXX"])


def gen_ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def gen_ssn_invalid(r):
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def aba_routing(r):
    while True:
        d = [int(c) for c in digits(r, 8)]
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def gen_jwt(r, claims=None):
    alg = r.choice(["HS256", "RS256", "HS512", "ES256"])
    header = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.4:
        header["kid"] = rs(r, ALNUM, 12)
    claims = dict(claims or {})
    claims.setdefault("iat", r.randint(1_700_000_000, 1_740_000_000))
    claims["exp"] = claims["iat"] + r.choice([900, 3600, 86400])
    sig_len = {"HS256": 32, "RS256": 256, "HS512": 64, "ES256": 64}[alg]
    if alg == "RS256":
        sig_len = 64  # shortened for document length
    return ".".join([b64u(json.dumps(header, separators=(",", ":")).encode()),
                     b64u(json.dumps(claims, separators=(",", ":")).encode()),
                     b64u(rbytes(r, sig_len))])


def jwt_ok(s):
    parts = s.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        pad = parts[0] + "=" * (-len(parts[0]) % 4)
        head = json.loads(base64.urlsafe_b64decode(pad))
    except Exception:
        return False
    return isinstance(head, dict) and "alg" in head


PEM_PREFIX = {
    "RSA PRIVATE KEY": bytes.fromhex("308204a40201000282010100"),
    "PRIVATE KEY": bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"),
    "EC PRIVATE KEY": bytes.fromhex("30770201010420"),
    "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none",
}


def gen_pem(r, kind=None, nl="\n", lines=None):
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    if kind == "EC PRIVATE KEY":
        n = 121
    else:
        n = (lines or r.randint(7, 12)) * 48
    raw = PEM_PREFIX[kind] + rbytes(r, n - len(PEM_PREFIX[kind]))
    body = base64.b64encode(raw).decode()
    chunks = [body[i:i + 64] for i in range(0, len(body), 64)]
    if kind == "OPENSSH PRIVATE KEY":
        chunks = [body[i:i + 70] for i in range(0, len(body), 70)]
    return f"-----BEGIN {kind}-----{nl}" + nl.join(chunks) + f"{nl}-----END {kind}-----"


def gen_aws_akid(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def gen_aws_secret(r):
    return rs(r, B64, 40)


BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _b62(n, width=6):
    s = ""
    while n:
        n, k = divmod(n, 62)
        s = BASE62[k] + s
    return s.rjust(width, "0")


def gen_github(r, prefix=None):
    prefix = prefix or r.choice(["ghp", "ghp", "ghp", "gho", "ghs", "ghu"])
    if prefix == "pat":
        return f"github_pat_{rs(r, ALNUM, 22)}_{rs(r, ALNUM, 59)}"
    body = rs(r, ALNUM, 30)
    return f"{prefix}_{body}{_b62(zlib.crc32(body.encode()))}"


def gen_slack(r):
    k = r.random()
    if k < 0.6:
        return f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{rs(r, ALNUM, 24)}"
    if k < 0.85:
        return f"xoxp-{digits(r, 12)}-{digits(r, 12)}-{digits(r, 13)}-{rs(r, HEX, 32)}"
    return f"xoxa-2-{digits(r, 12)}-{digits(r, 13)}-{rs(r, HEX, 32)}"


def gen_stripe(r):
    return f"{r.choice(['sk', 'sk', 'sk', 'rk'])}_live_51{rs(r, ALNUM, r.choice([22, 30, 97]))}"


def gen_generic_secret(r, kind=None):
    kind = kind or r.choice(["whsec", "sendgrid", "twilio", "hex40", "gocspx", "canvas", "opaque", "okta", "mailgun"])
    if kind == "whsec":
        return "whsec_" + rs(r, ALNUM, 32)
    if kind == "sendgrid":
        return f"SG.{rs(r, ALNUM + '_-', 22)}.{rs(r, ALNUM + '_-', 43)}"
    if kind == "twilio":
        return rs(r, HEX, 32)
    if kind == "hex40":
        return rs(r, HEX, 40)
    if kind == "gocspx":
        return "GOCSPX-" + rs(r, ALNUM + "_-", 28)
    if kind == "canvas":
        return f"{r.randint(1000, 25000)}~{rs(r, ALNUM, 64)}"
    if kind == "okta":
        return "00" + rs(r, ALNUM + "_-", 40)
    if kind == "mailgun":
        return "key-" + rs(r, HEX, 32)
    return rs(r, ALNUM, 40)


PW_WORDS = ["Falcon", "Maple", "Harbor", "Quartz", "Lantern", "Tiger", "Sunset", "Cobalt", "Juniper", "Orbit",
            "Violet", "Granite", "Pickle", "Bison", "Comet", "Nimbus", "Saffron", "Walrus", "Zephyr", "Ember"]
PW_SYM = "!@#%^&*-_+=?~"


def gen_password(r, safe=False):
    """safe=True -> alphanumeric only (for DSNs and URLs)."""
    if safe:
        return rs(r, ALNUM, r.randint(12, 20))
    k = r.randrange(5)
    if k == 0:
        return f"{r.choice(PW_WORDS)}{r.randint(10, 2026)}{r.choice(PW_SYM)}"
    if k == 1:
        return f"{r.choice(PW_WORDS).lower()}-{r.choice(PW_WORDS).lower()}-{r.randint(1, 99)}"
    if k == 2:
        w = r.choice(PW_WORDS).replace("a", "@").replace("o", "0").replace("e", "3")
        return f"{w}{r.choice(PW_SYM)}{r.randint(1, 999)}"
    if k == 3:
        return rs(r, ALNUM + "!#%*-_=+", r.randint(12, 18))
    return f"{r.choice(PW_WORDS)}{r.choice(PW_SYM)}{r.choice(PW_WORDS)}{r.randint(1, 9)}"


def gen_passcode(r):
    return r.choice([digits(r, 6), digits(r, 8), rs(r, ALNUM, 6), rs(r, ALNUM, 10)])


# ---- ids ----------------------------------------------------------------------

def gen_mrn(r):
    return r.choice([digits(r, 8), f"MR{digits(r, 7)}", f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 4)}",
                     f"E{digits(r, 7)}", f"SHC{digits(r, 6)}", f"{digits(r, 10)}"])


def gen_hpn(r):
    return r.choice([f"W{digits(r, 9)}", f"{rs(r, UPPER, 3)}{digits(r, 9)}", f"U{digits(r, 8)}01",
                     f"{digits(r, 9)}-{digits(r, 2)}", f"XHP{digits(r, 9)}", f"ASH{digits(r, 8)}"])


def gen_acct(r):
    return r.choice([digits(r, 10), digits(r, 12), f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}",
                     f"{digits(r, 3)}{digits(r, 6)}{digits(r, 3)}", f"{digits(r, 8)}", f"{digits(r, 11)}"])


def gen_dl(r, state=None):
    state = state or r.choice(["CA", "NY", "FL", "TX", "IL", "OH", "PA", "WA", "MI", "AZ"])
    f = {
        "CA": lambda: f"{r.choice(UPPER)}{digits(r, 7)}",
        "NY": lambda: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
        "FL": lambda: f"{r.choice(UPPER)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
        "TX": lambda: digits(r, 8),
        "IL": lambda: f"{r.choice(UPPER)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
        "OH": lambda: f"{rs(r, UPPER, 2)}{digits(r, 6)}",
        "PA": lambda: digits(r, 8),
        "WA": lambda: f"WDL{rs(r, UPDIG, 9)}",
        "MI": lambda: f"{r.choice(UPPER)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
        "AZ": lambda: f"{r.choice(UPPER)}{digits(r, 8)}",
    }.get(state, lambda: f"{r.choice(UPPER)}{digits(r, 7)}")
    return f(), state


def student_id(r, short="S"):
    return r.choice([f"{short}{digits(r, 7)}", f"{digits(r, 9)}", f"U{digits(r, 8)}", f"{short}-{digits(r, 6)}"])


# --------------------------------------------------------------------------
# Small format helpers (JSON / XML / YAML / key-value lines)
# --------------------------------------------------------------------------

def _v(val, typ):
    return (val, typ) if typ else val


def jline(b, ind, key, val, typ=None, comma=True, raw=False):
    b(" " * ind + f'"{key}": ')
    if raw:
        b(_v(str(val), typ))
    else:
        b('"', _v(val, typ), '"')
    b(",\n" if comma else "\n")


def xline(b, ind, tag, val, typ=None):
    b(" " * ind + f"<{tag}>", _v(val, typ), f"</{tag}>\n")


def yline(b, ind, key, val, typ=None, quote=""):
    b(" " * ind + f"{key}: {quote}", _v(val, typ), f"{quote}\n")


def kv(b, key, val, typ=None, sep=": ", end="\n"):
    b(f"{key}{sep}", _v(val, typ), end)


def dear(r, g, s, lang="en"):
    """Salutation name part: returns (prefix, name) with the honorific outside the span."""
    k = r.random()
    if k < 0.45:
        return "", g
    if k < 0.8:
        return r.choice(["Mr. ", "Ms. ", "Mx. ", "Dr. "]), s
    return "", f"{g} {s}"


# --------------------------------------------------------------------------
# English document kinds
# --------------------------------------------------------------------------

def k_admissions_offer_email(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    app = f"{ins.short}-{r.choice([2025, 2026])}-{digits(r, 6)}"
    b("From: Office of Undergraduate Admissions <", EML(f"admissions@{ins.domain}"), ">\n")
    b("To: ", EML(email_for(r, g, s)), "\n")
    b(f"Date: {email_date_header(r)}\n")
    b(f"Subject: Your admission decision - Application #{app}\n\n")
    pre, nm = dear(r, g, s)
    b("Dear ", pre, PER(nm), ",\n\n")
    b(f"Congratulations! On behalf of the faculty of {ins.name}, I am delighted to offer you admission to the "
      f"{r.choice(COLLEGES)} for the fall {r.choice([2025, 2026])} term. ")
    if r.random() < 0.5:
        b(f"You have also been selected for the {r.choice(['Presidential', 'Dean', 'Founders', 'Horizon'])} Scholarship "
          f"in the amount of ${r.choice([2500, 5000, 8000, 12000]):,} per year, renewable for up to 8 semesters. ")
    b("\n\nTo accept your offer, sign in to ", URL(f"https://apply.{ins.domain}/portal/status?app={app}"))
    b(f" and submit your ${r.choice([200, 250, 400, 500])} enrollment deposit no later than ",
      DT(fmt_date(r, rdate(r, 2025, 2026), "en")), ". ")
    if r.random() < 0.6:
        h, m = rtime(r, 8, 16)
        b("Admitted Student Day takes place on ", DT(fmt_dt(r, rdate(r, 2025, 2026), h, m, "en", weekday=r.random() < 0.5)),
          f" in {r.choice(BUILDINGS)}; parking is free in Lot {r.choice('ABCDEFG')}.")
    b("\n\nQuestions? Call our office at ", PHN(phone_us(r)), " or simply reply to this message.\n\nWarm regards,\n\n")
    og, os_ = pname(r)
    b(PER(f"{og} {os_}"), "\nDirector of Undergraduate Admissions\n", ins.name, "\n")
    return b


def k_finaid_award_letter(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    a = addr_us(r)
    b(f"{ins.name}\nOffice of Student Financial Aid\n{r.choice(BUILDINGS)}, Room {r.randint(100, 399)}\n\n")
    b(DT(fmt_date(r, rdate(r, 2025, 2025), "en", style=r.choice(["long", "uk_long", "abbr"]))), "\n\n")
    b(PER(disp(r, g, s, "fffmu")), "\n", ADR(a.multi), "\n\n")
    b(f"Student ID: {student_id(r, ins.short[0])}\nAid Year: 2025-2026\n\n")
    pre, nm = dear(r, g, s)
    b("Dear ", pre, PER(nm), ",\n\n")
    b("We are pleased to present your financial aid offer for the 2025-2026 academic year. "
      "The awards below are based on the information reported on your FAFSA and may change if your "
      "enrollment or housing status changes.\n\n")
    b(f"{'Award':<34}{'Fall':>12}{'Spring':>12}{'Total':>12}\n")
    tot = 0
    for aw in r.sample(["Federal Pell Grant", "Federal Direct Subsidized Loan", "Federal Work-Study",
                        f"{ins.short} Merit Scholarship", "State Opportunity Grant", "Federal SEOG"], 4):
        v = r.choice([1250, 1750, 2000, 2747.5, 3697.5, 500, 1500])
        tot += 2 * v
        b(f"{aw:<34}{'$' + format(v, ',.2f'):>12}{'$' + format(v, ',.2f'):>12}{'$' + format(2 * v, ',.2f'):>12}\n")
    b(f"{'TOTAL':<34}{'':>24}{'$' + format(tot, ',.2f'):>12}\n\n")
    b("Please accept or decline each award in the student portal at ", URL(f"https://my.{ins.domain}/finaid/offer"),
      " by ", DT(fmt_date(r, rdate(r, 2025, 2025), "en")), ". ")
    b(f"Refunds will be sent by direct deposit to the bank account on file ending in ****{digits(r, 4)}.\n\n")
    b("If you have questions, contact your assigned counselor, ")
    cg, cs = pname(r)
    b(PER(f"{cg} {cs}"), ", at ", EML(f"{fold(cg).lower()}.{fold(cs).lower().replace(' ', '')}@{ins.domain}"),
      " or ", PHN(phone_us(r)), ".\n\nSincerely,\nOffice of Student Financial Aid\n")
    return b


def k_fafsa_verification(r):
    b = Builder()
    g, s = pname(r)
    a = addr_us(r)
    b("2025-2026 VERIFICATION WORKSHEET (V1) - DEPENDENT STUDENT\n")
    b(f"Federal Student Aid ID: {digits(r, 3)}-{digits(r, 4)}   Document ID: VW-{digits(r, 8)}\n\n")
    b("SECTION A. STUDENT INFORMATION\n")
    kv(b, "Last Name", s.upper() if r.random() < 0.4 else s, "PERSON")
    kv(b, "First Name", g.upper() if r.random() < 0.4 else g, "PERSON")
    kv(b, "Social Security Number", gen_ssn(r), "US_SSN")
    kv(b, "Date of Birth", fmt_date(r, rdob(r, 2004, 2008), "en", style=r.choice(["us", "us_short", "iso"])), "DATE_OF_BIRTH")
    kv(b, "Address (include apt. no.)", a.street, "ADDRESS")
    b("City: ", LOC(a.city), "   State: ", LOC(a.region), f"   ZIP Code: {a.postcode}\n")
    kv(b, "Phone (cell)", phone_us(r), "PHONE_NUMBER")
    kv(b, "Email", email_for(r, g, s), "EMAIL_ADDRESS")
    if r.random() < 0.7:
        dl, st = gen_dl(r, a.region if r.random() < 0.5 else None)
        b("Driver's License No.: ", DLN(dl), "   Issuing State: ", LOC(st), "\n")
    b("\nSECTION B. PARENT INFORMATION\n")
    pg, _ = pname(r)
    ps = s if r.random() < 0.7 else pname(r)[1]
    kv(b, "Parent 1 (full legal name)", f"{pg} {ps}", "PERSON")
    kv(b, "Parent 1 SSN", gen_ssn(r), "US_SSN")
    kv(b, "Parent 1 date of birth", fmt_date(r, rdob(r, 1965, 1985), "en", style="us"), "DATE_OF_BIRTH")
    kv(b, "Parent 1 employer", r.choice(["Harlow Logistics LLC", "County of Marion", "Self-employed", "Dunmore Foods Inc."]))
    b(f"Number of household members: {r.randint(3, 7)}\nNumber in college (2025-2026): {r.randint(1, 3)}\n")
    b(f"Adjusted gross income (2023): ${r.randint(18000, 95000):,}\n\n")
    b("SECTION C. SIGNATURES\nStudent signature: ________________   Date: ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="us")), "\n")
    b(f"Submit to the Financial Aid Office. Incomplete worksheets delay disbursement. Form rev. {r.randint(1, 4)}/{r.randint(23, 25)}\n")
    return b


def k_roster_csv(r):
    b = Builder()
    ins = inst(r, "uni")
    course = r.choice(COURSES)
    b(f"# export: advising roster {course.replace(' ', '')}-{r.randint(1, 4):02d} term=2025SP generated by SIS report RPT-{digits(r, 4)}\n")
    b("student_id,last_name,first_name,preferred_email,mobile,date_of_birth,advisor,credits\n")
    ag, as_ = pname(r)
    adv_style = r.random()
    for _ in range(r.randint(3, 6)):
        g, s = pname(r)
        b(student_id(r, ins.short[0]), ",")
        if " " in s or r.random() < 0.2:
            b('"', PER(s), '"')
        else:
            b(PER(s))
        b(",", PER(g), ",", EML(email_for(r, g, s, domain=f"students.{ins.domain}" if r.random() < 0.6 else None)), ",")
        b(PHN(phone_us(r).replace(",", "")) if r.random() < 0.85 else "", ",")
        b(DOB(fmt_date(r, rdob(r, 2000, 2007), "en", style=r.choice(["iso", "us"]))), ",")
        if adv_style < 0.5:
            b("Dr. ", PER(as_))
        else:
            b('"', PER(f"{as_}, {ag}"), '"')
        b(f",{r.randint(12, 118)}\n")
    return b


def k_transcript_request(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    b(f"{ins.name.upper()} - OFFICE OF THE REGISTRAR\nOFFICIAL TRANSCRIPT REQUEST\n")
    b(f"Request #: TR-{r.randint(2024, 2025)}-{digits(r, 6)}   Copies: {r.randint(1, 3)}   Processing: {r.choice(['Standard', 'Rush (+$15.00)'])}\n\n")
    kv(b, "Name while attending", disp(r, g, s, "ffc"), "PERSON")
    if r.random() < 0.4:
        kv(b, "Current legal name (if different)", f"{g} {pname(r)[1]}", "PERSON")
    kv(b, "Date of birth", fmt_date(r, rdob(r, 1975, 2004), "en"), "DATE_OF_BIRTH")
    b(f"Student ID or last 4 of SSN: {digits(r, 4)}\nYears attended: {r.randint(2005, 2016)} - {r.randint(2017, 2024)}\n")
    kv(b, "Daytime phone", phone_us(r), "PHONE_NUMBER")
    b("\nDELIVERY\n")
    if r.random() < 0.5:
        b("[x] Electronic PDF to: ", EML(email_for(r, *pname(r), domain=r.choice(["grad.halvorsen-tech.edu", "admissions.larchmere.edu", "hr.dunmorefoods.com"]))), "\n")
    else:
        a = addr_us(r)
        b("[x] Mail to:\n", r.choice(["Graduate Admissions Processing", "Credential Evaluation Unit", "Human Resources"]), "\n", ADR(a.multi), "\n")
    b("\nPAYMENT ($", r.choice(["10.00", "12.50", "25.00"]), " per copy)\n")
    num, brand = gen_card(r)
    kv(b, "Card number", fmt_card(r, num), "CREDIT_CARD")
    d = rdate(r, 2026, 2029)
    kv(b, "Expiration", f"{d.month:02d}/{str(d.year)[2:]}", "DATE_TIME")
    kv(b, "Name on card", disp(r, g, s, "fu"), "PERSON")
    b("\nI authorize the release of my academic record.\nSignature: ____________   Date: ",
      DT(fmt_date(r, rdate(r, 2024, 2025), "en", style="us")), "\n")
    return b


def k_it_ticket(r):
    b = Builder()
    ins = inst(r)
    g, s = pname(r)
    tg, ts = pname(r)
    tech = handle(r, tg, ts)
    b(f"Ticket: INC{digits(r, 7)}   Priority: P{r.randint(2, 4)}   Category: Accounts / Password   State: Resolved\n")
    b("Requester: ", PER(disp(r, g, s, "ffc")), " <", EML(f"{handle(r, g, s)}@{ins.domain}"), ">\n")
    kv(b, "Callback number", phone_us(r), "PHONE_NUMBER")
    b(f"Location: {r.choice(BUILDINGS)}, room {r.randint(100, 420)}\n")
    b(f"Asset tag: {ins.short}-LT-{digits(r, 5)}   MAC: {mac(r)}   IP: ", IPA(ip_private(r)), "\n\n")
    b("Description:\n")
    b(r.choice([
        "Changed my NetID password yesterday and now eduroam keeps rejecting me on the laptop and phone. ",
        "Locked out of Canvas and email after too many attempts. Need access before my exam. ",
        "MFA app was on my old phone, can't approve Duo pushes anymore. ",
    ]))
    b(f"OS: {r.choice(['Windows 11 23H2', 'macOS 14.4', 'ChromeOS 122'])}\n\n")
    clk = Clock(r)
    b("Work notes:\n")
    b(f"{clk.space()[:16]} {tech} (Tier 1): Verified identity with student ID and date of birth ",
      DOB(fmt_date(r, rdob(r, 1998, 2006), "en", style="us")), ".\n")
    b(f"{clk.space()[:16]} {tech} (Tier 1): Reset password in IAM. Temporary password given by phone: ", PWD(gen_password(r)), "\n")
    b(f"{clk.space()[:16]} {tech} (Tier 1): Removed old 802.1X profile, user reconnected OK. Ticket resolved, survey sent.\n")
    return b


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) Mobile/15E148",
      "CanvasStudent/7.9.0 (Android 14)"]


def k_lms_auth_log(r):
    b = Builder()
    ins = inst(r)
    clk = Clock(r)
    for _ in range(r.randint(6, 11)):
        g, s = pname(r)
        h = handle(r, g, s)
        k = r.random()
        if k < 0.35:
            b(f"{clk.iso()} INFO  [auth] login success user={h} email=", EML(f"{h}@{ins.domain}"), " src_ip=", IPA(ip_any(r)),
              f" session={uuid4(r)}\n")
        elif k < 0.55:
            b(f"{clk.iso()} WARN  [auth] login failed user={h} src_ip=", IPA(ip_public(r)), f" reason=bad_password attempts={r.randint(2, 6)}\n")
        elif k < 0.7:
            b(f"{clk.iso()} INFO  [mod_quiz] attempt submitted quiz={r.randint(1000, 9999)} user={h} duration={r.randint(5, 90)}m{r.randint(0, 59)}s\n")
        elif k < 0.85:
            b(f"{clk.iso()} ERROR [mail] delivery failed to ", EML(email_for(r, g, s)), f": 550 5.1.1 mailbox unavailable (queue id {rs(r, UPDIG, 10)})\n")
        else:
            b(f"{clk.iso()} INFO  [cron] task \\core\\task\\session_cleanup_task completed in {r.randint(1, 900) / 100:.2f}s\n")
    return b


def k_nginx_portal_log(r):
    b = Builder()
    ins = inst(r)
    clk = Clock(r)
    paths = ["/api/v2/students/{}/transcript", "/records/holds?term=2025SP", "/finaid/offer/{}", "/static/app.{}.js",
             "/registration/cart?crn={}", "/library/ezproxy/login?url=journal", "/health/portal/messages/{}"]
    for _ in range(r.randint(5, 9)):
        p = r.choice(paths).format(r.randint(10000, 999999))
        b(IPA(ip_any(r)), f" - - [{clk.clf()}] \"{r.choice(['GET', 'GET', 'POST'])} {p} HTTP/1.1\" {r.choice([200, 200, 302, 304, 404, 500])} {r.randint(200, 90000)} ")
        if r.random() < 0.6:
            ref = r.choice([f"https://portal.{ins.domain}/dashboard", f"https://my.{ins.domain}/records?tab=grades&term=2025SP",
                            f"https://canvas.{ins.domain}/courses/{r.randint(1000, 9999)}/modules", f"https://www.{ins.domain}/admissions/visit"])
            b('"', URL(ref), '"')
        else:
            b('"-"')
        b(f' "{r.choice(UA)}" rt={r.randint(1, 2500) / 1000:.3f}\n')
    return b


BOOKS = ["Principles of Biochemistry, 8th ed.", "The Structure of Scientific Revolutions", "Calculus: Early Transcendentals",
         "A Pattern Language", "Introduction to Algorithms", "The Souls of Black Folk", "Thinking in Systems",
         "Campbell Biology", "The Elements of Style", "Organic Chemistry Workbook", "Norton Anthology of Poetry"]


def k_library_overdue(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    lib = r.choice(["Abernathy Library", "Pemberton Law Library", "Science & Engineering Library", "Music Library"])
    b(f"From: {lib} <", EML(f"circulation@library.{ins.domain}"), ">\nTo: ", EML(email_for(r, g, s)), "\n")
    b(f"Subject: OVERDUE NOTICE - {r.randint(1, 3)} item(s) - please return\n\n")
    b("Dear ", PER(disp(r, g, s, "ffful")), ",\n\n")
    b("Our records show that the following items on library account ", ACC(gen_acct(r)), " are overdue:\n\n")
    for i in range(r.randint(1, 3)):
        b(f"  {i + 1}. {r.choice(BOOKS)}\n     Barcode: 3901{digits(r, 10)}   Call no.: {r.choice(['QD', 'QA', 'PS', 'HM'])}{r.randint(100, 999)} .{r.choice(UPPER)}{r.randint(10, 99)} {r.randint(1990, 2023)}\n     Due: ",
          DT(fmt_date(r, rdate(r, 2024, 2025), "en", style=r.choice(["us", "abbr", "long"]))), "\n")
    b(f"\nAccrued fines: ${r.randint(1, 40)}.{r.choice(['00', '25', '50', '75'])}. Items more than 30 days overdue are billed as lost "
      "(replacement cost plus a $15 processing fee) to your bursar account.\n\n")
    b("Renew online at ", URL(f"https://library.{ins.domain}/account/loans"), " or call the Circulation Desk at ",
      PHN(phone_us(r)), ".\n\nThis is an automated message. Please do not reply.\n")
    return b


def k_library_patron_json(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    a = addr_us(r)
    b("{\n")
    jline(b, 2, "patron_id", str(r.randint(100000, 999999)), raw=True)
    jline(b, 2, "barcode", f"2{digits(r, 13)}")
    jline(b, 2, "category", r.choice(["UGRAD", "GRAD", "FACULTY", "STAFF", "COMMUNITY"]))
    b('  "name": {\n')
    jline(b, 4, "first", g, "PERSON")
    jline(b, 4, "last", s, "PERSON", comma=False)
    b("  },\n")
    jline(b, 2, "email", email_for(r, g, s, domain=f"{ins.domain}" if r.random() < 0.5 else None), "EMAIL_ADDRESS")
    jline(b, 2, "phone", phone_us(r), "PHONE_NUMBER")
    b('  "address": {\n')
    jline(b, 4, "line1", a.street, "ADDRESS")
    jline(b, 4, "city", a.city, "LOCATION")
    jline(b, 4, "state", a.region, "LOCATION")
    jline(b, 4, "postal_code", a.postcode)
    jline(b, 4, "country", "US", comma=False)
    b("  },\n")
    jline(b, 2, "date_of_birth", rdob(r, 1950, 2006).isoformat(), "DATE_OF_BIRTH")
    jline(b, 2, "expiry_date", rdate(r, 2025, 2028).isoformat(), "DATE_TIME")
    jline(b, 2, "home_library", r.choice(["MAIN", "SCI", "LAW", "MUSIC"]))
    jline(b, 2, "fines_balance", f"{r.randint(0, 60)}.{r.choice(['00', '50', '25'])}", raw=True)
    jline(b, 2, "loans_active", r.randint(0, 14), raw=True)
    jline(b, 2, "ils_version", f"koha-{r.randint(22, 24)}.{r.choice(['05', '11'])}.{r.randint(0, 9)}", comma=False)
    b("}\n")
    return b


def k_tuition_receipt(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    pg, _ = pname(r)
    a = addr_us(r)
    b(f"{ins.name.upper()}\nBURSAR'S OFFICE - PAYMENT RECEIPT\n{'=' * 44}\n")
    b(f"Receipt no.:        R{digits(r, 9)}\n")
    b("Payment date:       ", DT(fmt_date(r, rdate(r, 2024, 2025), "en", style=r.choice(["us", "abbr"]))), "\n")
    b("Student:            ", PER(disp(r, g, s, "ffcC")), f" (ID {student_id(r, ins.short[0])})\n")
    b("Student account no.: ", ACC(gen_acct(r)), "\n")
    b("Payer:              ", PER(f"{pg} {s}"), "\n")
    b("Billing address:    ", ADR(a.one), "\n")
    b(f"Method:             {r.choice(['Visa', 'Mastercard', 'Discover', 'Amex'])} ending {digits(r, 4)}   Auth: {rs(r, UPDIG, 6)}\n")
    amt = r.randint(300, 9000)
    b(f"Amount:             ${amt:,}.{r.choice(['00', '50'])}\nTerm:               {r.choice(['Fall', 'Spring', 'Summer'])} {r.choice([2024, 2025])}\n")
    b(f"Remaining balance:  ${r.randint(0, 5000):,}.00\n")
    b("Confirmation sent to: ", EML(email_for(r, pg, s)), "\n")
    b(f"{'=' * 44}\nQuestions: bursar office, {r.choice(BUILDINGS)}. Keep this receipt for your tax records (Form 1098-T).\n")
    return b


def k_tutoring_chat(r):
    b = Builder()
    plat, dom = r.choice(TUTOR_PLATFORMS)
    pg, ps = pname(r)
    kid = pname(r)[0]
    tg, ts = pname(r)
    a = addr_us(r)
    clk = Clock(r)

    def pfx():
        t = clk.tick(30, 5000)
        return f"[{WEEKDAYS['en'][t.weekday()][:3]} {t.strftime('%H:%M')}] "
    b(f"{plat} - conversation #{digits(r, 7)} (parent <-> tutor)\n\n")
    day = r.choice(WEEKDAYS["en"][:5])
    h, m = rtime(r, 15, 19)
    ttxt = fmt_time(r, h, m, "en")
    b(pfx(), PER(f"{pg} {ps}"), " (parent): Hi! Is ",
      DT(f"{day} at {ttxt}"), " still OK for ", PER(kid), "'s algebra session?\n")
    b(pfx(), PER(tg), " (tutor): Yes! Same place? I have your address as ",
      ADR(a.one), ".\n")
    b(pfx(), PER(pg), f" (parent): That's right. Gate code is {digits(r, 4)}#. Our dog {r.choice(PETS)} is friendly, just loud lol\n")
    b(pfx(), PER(tg), " (tutor): Great. If I'm running late I'll text you - is ",
      PHN(phone_us(r)), " still the best number?\n")
    b(pfx(), PER(pg), " (parent): Yes. Also can we add a session before the test on ",
      DT(fmt_date(r, rdate(r, 2025, 2025), "en", style=r.choice(["abbr", "long", "us_short"]))), "?\n")
    b(pfx(), PER(tg), f" (tutor): Sure, booked. Package balance: {r.randint(1, 9)} sessions left, booking ref BK-{digits(r, 6)}.\n")
    return b


def k_tutoring_env(r):
    b = Builder()
    plat, dom = r.choice(TUTOR_PLATFORMS)
    b(f"# {plat} API - production environment\n# DO NOT COMMIT (see SEC-{r.randint(100, 999)})\n")
    b("APP_ENV=production\nAPP_VERSION=", version(r), "\nPORT=8080\n")
    b(f"DATABASE_URL=postgres://{plat.lower().split()[0]}_app:", PWD(gen_password(r, safe=True)), f"@db-primary.internal.{dom}:5432/{plat.lower().split()[0]}\n")
    b("REDIS_URL=${REDIS_URL}\n")
    b("STRIPE_SECRET_KEY=", STK(gen_stripe(r)), "\n")
    b("STRIPE_WEBHOOK_SECRET=", SEC(gen_generic_secret(r, "whsec")), "\n")
    if r.random() < 0.7:
        b("AWS_ACCESS_KEY_ID=", AKID(gen_aws_akid(r)), "\nAWS_SECRET_ACCESS_KEY=", ASK(gen_aws_secret(r)), "\nAWS_REGION=us-east-2\n")
        b(f"S3_BUCKET={plat.lower().split()[0]}-session-recordings\n")
    b("JWT_SIGNING_SECRET=", SEC(rs(r, ALNUM, 48)), "\n")
    b("SENDGRID_API_KEY=", SEC(gen_generic_secret(r, "sendgrid")), "\n")
    b("MAIL_FROM=", EML(f"no-reply@{dom}"), "\n")
    b("ZOOM_CLIENT_SECRET=${ZOOM_CLIENT_SECRET}\nSESSION_TTL_SECONDS=3600\nFEATURE_WHITEBOARD=true\n")
    return b


def k_exam_results_xml(r):
    b = Builder()
    board = r.choice(EXAM_BOARDS)
    g, s = pname(r, r.choice(["en", "en", "in", "af", "pl", "zh"]))
    b('<?xml version="1.0" encoding="UTF-8"?>\n')
    b(f'<ResultsNotification board="{board}" series="JUN{r.choice([24, 25])}" schemaVersion="{r.randint(2, 4)}.{r.randint(0, 9)}">\n')
    b(f'  <Centre number="{r.randint(10000, 79999)}" name="{inst(r).name}"/>\n')
    b(f'  <Candidate number="{r.randint(1000, 9999)}" uci="{r.randint(10000, 79999)}{r.choice(UPPER)}{digits(r, 7)}{r.choice(UPPER)}">\n')
    b("    <Name>\n")
    xline(b, 6, "Surname", s.upper(), "PERSON")
    xline(b, 6, "Forenames", g, "PERSON")
    b("    </Name>\n")
    xline(b, 4, "DateOfBirth", rdob(r, 2006, 2009).isoformat(), "DATE_OF_BIRTH")
    xline(b, 4, "Sex", r.choice(["F", "M"]))
    b("    <Results>\n")
    for subj, code in r.sample([("Mathematics", "9MA0"), ("Further Mathematics", "9FM0"), ("Physics", "9PH0"),
                                 ("Chemistry", "9CH0"), ("English Literature", "9ET0"), ("History", "9HI0"),
                                 ("Computer Science", "H446"), ("Economics", "9EC0")], 3):
        b(f'      <Result subject="{subj}" code="{code}" grade="{r.choice(["A*", "A", "B", "C", "D"])}" ums="{r.randint(180, 300)}"/>\n')
    b("    </Results>\n  </Candidate>\n")
    xline(b, 2, "IssueDate", rdate(r, 2025, 2025).isoformat(), "DATE_TIME")
    xline(b, 2, "EnquiryDeadline", rdate(r, 2025, 2025).isoformat(), "DATE_TIME")
    b(f"  <Checksum>{sha(r, 64)}</Checksum>\n</ResultsNotification>\n")
    return b


def k_access_arrangements(r):
    b = Builder()
    ins = inst(r, "school")
    board = r.choice(EXAM_BOARDS)
    g, s = pname(r, r.choice(["en", "en", "af", "in", "pl", "ar"]))
    sg, ss = pname(r, "en")
    dg, ds = pname(r)
    b(f"{ins.name}\nLearning Support Department\n\n")
    b(DT(fmt_date(r, rdate(r, 2024, 2025), "en", style="uk_long")), "\n\n")
    b(f"To: Access Arrangements Team, {board}\n")
    b("Re: Application for access arrangements - candidate ", PER(f"{g} {s}"), f" (candidate no. {r.randint(1000, 9999)}, centre {r.randint(10000, 79999)})\n\n")
    b("Date of birth: ", DOB(fmt_date(r, rdob(r, 2007, 2010), "en", style=r.choice(["uk", "uk_long"]))), "\n")
    b("Hospital number: ", MRN(gen_mrn(r)), "\n\n")
    b("Dear Colleagues,\n\n")
    b("I am writing in support of ", PER(g), "'s application for 25% extra time, a reader and use of a separate room. ")
    b(PER(g), " was assessed by educational psychologist Dr. ", PER(f"{dg} {ds}"), " on ",
      DT(fmt_date(r, rdate(r, 2023, 2024), "en", style="uk_long")),
      f", with a below-average standardised score of {r.randint(70, 84)} for reading speed. ")
    b(f"The candidate is also under the care of the paediatric clinic at {r.choice(['St. Aldhelm', 'Kingsgate', 'Northvale'])} Hospital and takes {r.choice(DRUGS)} daily; "
      "a copy of the consultant's letter is enclosed.\n\n")
    b("Please contact me if further evidence is required.\n\nYours faithfully,\n\n")
    b(PER(f"{sg} {ss}"), "\nSENCo\n", EML(f"{fold(sg)[0].lower()}.{fold(ss).lower()}@{ins.domain}"), " | ", PHN(phone_uk(r)), "\n")
    return b


def k_health_hl7(r):
    b = Builder()
    g, s = pname(r)
    mi = r.choice(UPPER)
    a = addr_us(r)
    fac = r.choice(["WBU_SHC", "NFSU_HLTH", "HIT_CLINIC", "RBCC_WELL"])
    dob = rdob(r, 1997, 2007)
    phone = phone_us(r)
    b(f"MSH|^~\\&|EPIC|{fac}|REG|{fac}|{hl7_ts(r)}||ADT^A04|MSG{digits(r, 8)}|P|2.5.1\n")
    b(f"EVN|A04|{hl7_ts(r)}\n")
    xad = f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.postcode}^USA"
    b("PID|1||", MRN(gen_mrn(r)), f"^^^{fac}^MR||", PER(f"{s.upper()}^{g.upper()}^{mi}"), "||", DOB(dob.strftime("%Y%m%d")),
      f"|{r.choice('FMX')}|||", ADR(xad), "||", PHN(phone), "|||", r.choice("SM"), "||", ACC(gen_acct(r)), "|", SSN(gen_ssn(r)), "\n")
    dg, ds = pname(r)
    b(f"PV1|1|O|SHC^EXAM{r.randint(1, 9)}^01||||{digits(r, 10)}^", PER(f"{ds.upper()}^{dg.upper()}"), f"^^^^DR||||||||||V{digits(r, 9)}\n")
    b(f"DG1|1||{r.choice(['J06.9^Acute upper respiratory infection', 'F41.1^Generalized anxiety disorder', 'S93.401A^Sprain of ankle', 'Z23^Encounter for immunization'])}^I10|||A\n")
    f = {1: "1", 2: f"SHIP{r.choice([2025, 2026])}", 3: f"{digits(r, 5)}", 4: r.choice(INSURERS).upper(),
         8: f"{digits(r, 6)}"}
    ia = addr_us(r)
    f[5] = ADR(f"{ia.street.upper()}^^{ia.city.upper()}^{ia.region}^{ia.postcode}")
    f[7] = PHN(phone_us(r, tollfree=True))
    if r.random() < 0.6:
        f[16], f[17], f[18] = PER(f"{s.upper()}^{g.upper()}"), "18", DOB(dob.strftime("%Y%m%d"))
    else:
        pg, _ = pname(r)
        f[16], f[17], f[18] = PER(f"{s.upper()}^{pg.upper()}"), "03", DOB(rdob(r, 1962, 1982).strftime("%Y%m%d"))
    f[19] = ADR(xad)
    f[36] = HPN(gen_hpn(r))
    b("IN1")
    for i in range(1, 37):
        b("|", f.get(i))
    b("\n")
    return b


def k_insurance_waiver(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    b(f"{ins.name} - Student Health Insurance Plan (SHIP)\nONLINE WAIVER SUBMISSION - {r.choice(['2025-2026', '2024-2025'])}\n\n")
    kv(b, "Student name", disp(r, g, s, "ffcm"), "PERSON")
    b(f"Student ID: {student_id(r, ins.short[0])}\n")
    kv(b, "Date of birth", fmt_date(r, rdob(r, 1996, 2007), "en", style=r.choice(["us", "long"])), "DATE_OF_BIRTH")
    b(f"Insurance company: {r.choice(INSURERS)}\n")
    kv(b, "Member services phone", phone_us(r, tollfree=True), "PHONE_NUMBER")
    kv(b, r.choice(["Member ID", "Subscriber ID", "Policy number"]), gen_hpn(r), "HEALTH_PLAN_NUMBER")
    b(f"Group number: {digits(r, r.choice([6, 7, 8]))}\nPlan type: {r.choice(['PPO', 'HMO', 'EPO', 'POS'])}\n")
    if r.random() < 0.65:
        pg, _ = pname(r)
        kv(b, "Policyholder name", f"{pg} {s}", "PERSON")
        kv(b, "Policyholder date of birth", fmt_date(r, rdob(r, 1962, 1984), "en", style="us"), "DATE_OF_BIRTH")
        b("Relationship to student: Parent\n")
    else:
        b("Policyholder: Self\n")
    b("Coverage effective: ", DT(fmt_date(r, rdate(r, 2024, 2025), "en", style="us")), "   through: ",
      DT(fmt_date(r, rdate(r, 2026, 2026), "en", style="us")), "\n")
    b(f"Copay (in-network office visit): ${r.choice([20, 25, 30, 40])}   Deductible: ${r.choice([500, 1000, 1500, 2500]):,}\n\n")
    b("[x] I certify the plan meets the university's minimum coverage criteria and that I will keep it in force for the whole academic year.\n")
    b("Submitted: online portal, session ", uuid4(r), ", from ", IPA(ip_any(r)), "\n")
    b(f"Waiver status: {r.choice(['APPROVED', 'PENDING REVIEW', 'DENIED - out-of-state HMO'])}\n")
    return b


def k_fhir_patient(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    a = addr_us(r)
    b("{\n")
    jline(b, 2, "resourceType", "Patient")
    jline(b, 2, "id", uuid4(r))
    b(f'  "meta": {{ "versionId": "{r.randint(1, 9)}", "lastUpdated": "{log_ts(r)}" }},\n')
    b('  "identifier": [\n    {\n')
    jline(b, 6, "use", "usual")
    b('      "type": { "text": "Medical Record Number" },\n')
    jline(b, 6, "system", f"https://health.{ins.domain}/fhir/sid/mrn", "URL")
    jline(b, 6, "value", gen_mrn(r), "MEDICAL_RECORD_NUMBER", comma=False)
    b("    }\n  ],\n")
    b('  "name": [ { "use": "official", "family": "', PER(s), '", "given": [ "', PER(g), '"')
    if r.random() < 0.4:
        b(', "', PER(pname(r)[0]), '"')
    b(" ] } ],\n")
    b('  "telecom": [\n')
    b('    { "system": "phone", "value": "', PHN(phone_us(r)), '", "use": "mobile" },\n')
    b('    { "system": "email", "value": "', EML(email_for(r, g, s, domain=f"students.{ins.domain}" if r.random() < 0.5 else None)), '" }\n  ],\n')
    jline(b, 2, "gender", r.choice(["female", "male", "other", "unknown"]))
    jline(b, 2, "birthDate", rdob(r, 1996, 2007).isoformat(), "DATE_OF_BIRTH")
    b('  "address": [ {\n')
    jline(b, 4, "use", "home")
    b('    "line": [ "', ADR(a.street), '" ],\n')
    jline(b, 4, "city", a.city, "LOCATION")
    jline(b, 4, "state", a.region, "LOCATION")
    jline(b, 4, "postalCode", a.postcode)
    jline(b, 4, "country", "US", comma=False)
    b("  } ],\n")
    b(f'  "managingOrganization": {{ "display": "{ins.name} Student Health Center" }}\n}}\n')
    return b


def vin(r):
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def k_parking_permit(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    a = addr_us(r)
    b(f"{ins.name} - Transportation & Parking Services\nPARKING PERMIT APPLICATION  (form TPS-{r.randint(10, 40)})\n\n")
    kv(b, "Applicant", disp(r, g, s, "ffcu"), "PERSON")
    b(f"Status: {r.choice(['Commuter student', 'Resident student', 'Faculty', 'Staff'])}    ID: {student_id(r, ins.short[0])}\n")
    kv(b, "Home address", a.one, "ADDRESS")
    kv(b, "Mobile", phone_us(r), "PHONE_NUMBER")
    kv(b, "Email", email_for(r, g, s), "EMAIL_ADDRESS")
    dl, st = gen_dl(r)
    b("Driver license no.: ", DLN(dl), "    State of issue: ", LOC(US_STATE_NAMES.get(st, st) if r.random() < 0.4 else st), "\n")
    b(f"Vehicle: {r.randint(2008, 2024)} {r.choice(['Honda Civic', 'Toyota Corolla', 'Subaru Outback', 'Ford Focus', 'Kia Soul', 'Tesla Model 3'])}, "
      f"{r.choice(['silver', 'black', 'blue', 'white', 'red'])}\n")
    b(f"License plate: {r.choice(['', '', 'ABC'])}{r.randint(1, 9)}{rs(r, UPPER, 3)}{digits(r, 3)}    VIN: {vin(r)}\n")
    b(f"Permit requested: Lot {r.choice('ABCDEFGHJK')} - {r.choice(['commuter', 'overnight', 'evening'])}    Fee: ${r.choice([95, 180, 240, 410])}.00\n")
    b("Valid from ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="us")), " to ", DT(fmt_date(r, rdate(r, 2026, 2026), "en", style="us")), "\n")
    b("Charge to: student account ", ACC(gen_acct(r)), "\n")
    b("Signature on file. Permits are non-transferable; citations are billed to the account above.\n")
    return b


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def k_k8s_secret(r):
    b = Builder()
    ins = inst(r)
    app = r.choice(["moodle", "canvas", "koha", "dspace", "banner-api", "ojs"])
    ns = r.choice(["lms-prod", "library", "sis", "web-prod"])
    b(f"# rendered by helm {version(r)} - chart {app}-{version(r)}\n")
    b(f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {app}-config\n  namespace: {ns}\ndata:\n")
    b(f"  DB_HOST: postgres.{ns}.svc.cluster.local\n  DB_PORT: \"5432\"\n")
    b("  SITE_URL: ", URL(f"https://{app.split('-')[0]}.{ins.domain}"), "\n")
    b("  MAIL_FROM: ", EML(f"noreply@{ins.domain}"), "\n---\n")
    b(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {app}-secrets\n  namespace: {ns}\ntype: Opaque\ndata:\n")
    keys = [("db-password", "PASSWORD"), ("admin-password", "PASSWORD"), ("smtp-password", "PASSWORD"),
            ("ldap-bind-password", "PASSWORD"), ("turnitin-api-key", "GENERIC_SECRET"),
            ("session-secret", "GENERIC_SECRET"), ("oauth-client-secret", "GENERIC_SECRET")]
    for key, typ in r.sample(keys, r.randint(3, 5)):
        raw = gen_password(r) if typ == "PASSWORD" else gen_generic_secret(r, r.choice(["hex40", "opaque", "gocspx"]))
        b(f"  {key}: ", (b64s(raw), typ), "\n")
    return b


def k_gha_workflow(r):
    b = Builder()
    ins = inst(r)
    g, s = pname(r)
    org = ins.short.lower() + "-edu"
    b(f"# .github/workflows/deploy.yml  ({org}/course-sites)\nname: deploy-course-sites\non:\n  push:\n    branches: [ main ]\n")
    b("  schedule:\n    - cron: '15 3 * * 1'\njobs:\n  build-deploy:\n    runs-on: ubuntu-22.04\n    env:\n")
    b("      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b(f"      SITE_BUCKET: {org}-syllabi\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n")
    b(f"        with:\n          node-version: {r.choice([18, 20, 22])}\n      - run: npm ci && npm run build\n")
    b("      - name: publish syllabus mirror\n        env:\n")
    b("          GH_TOKEN: ", GHT(gen_github(r, r.choice(["ghp", "ghp", "pat"]))), "  # temp - ", PER(g), " will move this to secrets\n")
    b(f"        run: gh release upload v{version(r)} dist/syllabi.zip --repo {org}/course-sites --clobber\n")
    if r.random() < 0.5:
        b("      - name: notify\n        run: curl -s -X POST -H 'Content-Type: application/json' -d '{\"text\":\"deployed\"}' \"$SLACK_WEBHOOK\"\n")
    b(f"# last edited by {handle(r, g, s)} - commit {sha(r, 7)}\n")
    return b


def k_slack_bot_config(r):
    b = Builder()
    ins = inst(r)
    b(f"# campus-it-alertbot config ({ins.short})\nbot:\n  name: it-alertbot\n  version: {version(r)}\nslack:\n")
    yline(b, 2, "bot_token", gen_slack(r), "SLACK_TOKEN", quote='"')
    yline(b, 2, "signing_secret", rs(r, HEX, 32), "GENERIC_SECRET", quote='"')
    b("  default_channel: \"#it-outages\"\n  escalation_channel: \"#noc\"\nservicenow:\n")
    yline(b, 2, "instance", f"https://{ins.short.lower()}.service-now.com", "URL")
    b(f"  user: svc_alertbot\n")
    yline(b, 2, "password", gen_password(r), "PASSWORD", quote="'")
    b("admins:\n")
    for _ in range(r.randint(1, 3)):
        g, s = pname(r)
        b("  - ", EML(f"{handle(r, g, s)}@{ins.domain}"), "\n")
    b(f"monitor:\n  poll_interval_s: {r.choice([30, 60, 120])}\n  targets:\n")
    for h in ["vpn", "canvas", "idp", "wifi-ctrl"]:
        b(f"    - host: {h}.{ins.domain}\n      ip: ", IPA(ip_private(r)), "\n")
    return b


def k_aws_credentials(r):
    b = Builder()
    ins = inst(r)
    g, s = pname(r)
    b(f"# ~/.aws/credentials on build host lib-ci-{r.randint(1, 9):02d}\n# owner: ", EML(f"{handle(r, g, s)}@{ins.domain}"),
      f" (Library Digital Initiatives)\n\n")
    b("[default]\naws_access_key_id = ", AKID(gen_aws_akid(r)), "\naws_secret_access_key = ", ASK(gen_aws_secret(r)), "\n\n")
    b("[library-archive]\naws_access_key_id = ", AKID(gen_aws_akid(r)), "\naws_secret_access_key = ", ASK(gen_aws_secret(r)), "\n")
    b(f"region = {r.choice(['us-east-1', 'us-west-2', 'eu-west-1'])}\n")
    if r.random() < 0.5:
        b("\n[sso-admin]\nsso_start_url = ", URL(f"https://{ins.short.lower()}.awsapps.com/start"),
          f"\nsso_region = us-east-1\nsso_account_id = {digits(r, 12)}\nsso_role_name = ReadOnly\n")
    return b


def k_sftp_key_ticket(r):
    b = Builder()
    ins = inst(r)
    g, s = pname(r)
    tg, ts = pname(r)
    board = r.choice(EXAM_BOARDS)
    b(f"[{ins.short}-IT] Ticket #{r.randint(100000, 999999)} - Exam entries upload to {board}\n\n")
    b("Hi ", PER(g), ",\n\n")
    b(f"As discussed, here is the key for the {board} SFTP drop (sftp.{board.split()[0].lower()}-exams.org, port 22, "
      f"user centre{r.randint(10000, 79999)}). Please store it in the vault and delete this message afterwards:\n\n")
    b(PEM(gen_pem(r, r.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]), lines=r.randint(6, 10))), "\n\n")
    b("Key passphrase: ", PWD(gen_password(r)), "\n")
    b("Entries must be uploaded before ", DT(fmt_dt(r, rdate(r, 2025, 2025), 17, 0, "uk")), " or late fees apply.\n\nThanks,\n",
      PER(f"{tg} {ts}"), "\nExams Officer\n")
    return b


def k_llm_advising_prompt(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    a = addr_us(r)
    ag, as_ = pname(r)
    b(f"SYSTEM: You are an academic advising assistant for {ins.name}. Be concise and supportive.\n\n")
    b("USER: Summarize this student's situation for the advising committee and suggest next steps. Pasting what I have from the SIS:\n\n")
    b("Name: ", PER(disp(r, g, s, "ffcu")), "\n")
    b(f"Student ID: {student_id(r, ins.short[0])}\n")
    b("DOB: ", DOB(fmt_date(r, rdob(r, 1999, 2006), "en", style=r.choice(["us", "iso"]))), "\n")
    b("Email: ", EML(email_for(r, g, s, domain=f"students.{ins.domain}")), "  Cell: ", PHN(phone_us(r)), "\n")
    b("Home: ", ADR(a.one), "\n")
    b(f"Major: {r.choice(['Biology', 'Mechanical Engineering', 'Psychology', 'Nursing', 'Economics'])}   GPA: {r.randint(140, 229) / 100:.2f} (academic probation)   Credits: {r.randint(20, 90)}\n")
    b("Advisor notes (Dr. ", PER(as_), ", ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="us_short")), "): ")
    b(f"missed {r.randint(2, 4)} appointments; says they work {r.randint(20, 35)} h/week at a warehouse; "
      f"was prescribed {r.choice(DRUGS)} last term and asked about a reduced load.\n")
    eg, _ = pname(r)
    b("Emergency contact: ", PER(f"{eg} {s}"), f" ({r.choice(['mother', 'father', 'aunt', 'grandmother'])}) ", PHN(phone_us(r)), "\n\n")
    b("Please keep it under 200 words and list 3 concrete interventions.\n")
    return b


def k_llm_appeal_prompt(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    a = addr_us(r)
    pg, _ = pname(r)
    b("hey can you write a financial aid appeal letter for me? make it sound professional but not desperate. details:\n\n")
    b("- my name is ", PER(f"{g} {s}".lower() if r.random() < 0.4 else f"{g} {s}"), f", student id {student_id(r, ins.short[0])}, I'm a {r.choice(['sophomore', 'junior', 'senior'])} at {ins.name}\n")
    b("- SSN if they need it: ", SSN(gen_ssn(r, r.choice(['-', '-', ' ']))), "\n")
    b(f"- my {r.choice(['dad', 'mom', 'stepdad', 'mother'])} (", PER(pg), ") got laid off on ", DT(fmt_date(r, rdate(r, 2024, 2025), "en", style=r.choice(["long", "us_short", "ordinal"]))),
      f" and our income dropped from about ${r.randint(55, 90)}k to ${r.randint(12, 30)}k\n")
    b("- we live at ", ADR(a.one), "\n")
    b("- refunds should go to my checking account ", ACC(gen_acct(r)), f" (routing {aba_routing(r)})\n")
    b("- address it to the appeals committee, email is ", EML(f"finaid-appeals@{ins.domain}"), "\n")
    b("- deadline is ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="abbr")), ", I can be reached at ", PHN(phone_us(r)), "\n\nthank you!!\n")
    return b


def k_finaid_call(r):
    b = Builder()
    ins = inst(r, "uni")
    ag, as_ = pname(r)
    g, s = pname(r)
    dob = rdob(r, 1998, 2006)
    b(f"CALL TRANSCRIPT - {ins.name} One Stop / Financial Aid queue\nCall ID: {digits(r, 6)}-{r.choice('ABC')}   Duration: 00:{r.randint(4, 19):02d}:{r.randint(0, 59):02d}   QA score: {r.randint(70, 100)}\n\n")
    t = [0, r.randint(2, 6)]

    def ts():
        t[1] += r.randint(4, 25)
        return f"[00:{t[1] // 60:02d}:{t[1] % 60:02d}]"
    b(ts(), " Agent (", PER(ag), f"): Thank you for calling {ins.name} One Stop, this is ", PER(ag), ". Can I have your full name?\n")
    b(ts(), " Caller: Yeah, it's ", PER(f"{g} {s}"), ".\n")
    b(ts(), " Agent: Thanks, ", PER(g), ". To verify, what's your date of birth?\n")
    b(ts(), " Caller: ", DOB(fmt_date(r, dob, "en", style=r.choice(["long", "ordinal"]))), ".\n")
    b(ts(), " Agent: And the last four of your social?\n")
    b(ts(), f" Caller: {digits(r, 4)}. Actually my mom said to give you the whole thing - ", SSN(gen_ssn(r)), ".\n")
    b(ts(), " Agent: The last four is enough, I'll note that. What can I help with?\n")
    b(ts(), " Caller: My refund didn't come. I changed banks, the new account is ", ACC(gen_acct(r)), ".\n")
    b(ts(), " Agent: I see the refund was returned. I've flagged it; please also update direct deposit online. It should re-issue by ",
      DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="long")), ".\n")
    b(ts(), " Caller: OK. Can you email me a confirmation? ", EML(email_for(r, g, s)), "\n")
    b(ts(), f" Agent: Done. Your case number is CS{digits(r, 8)}. Anything else?\n")
    b(ts(), " Caller: No, thanks.\n")
    return b


def k_sms_alerts(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    dg, ds = pname(r)
    fg, fs = pname(r)
    b(f"SMS export - device ending **{digits(r, 2)} - thread view\n")
    mo = r.randint(1, 12)
    h, m = rtime(r, 9, 16)
    b(f"[{mo:02d}/{r.randint(1, 28):02d} {r.randint(7, 11):02d}:{r.randint(0, 59):02d}] {ins.short}Alert: Hi ", PER(g), ", your advising appt with Dr. ", PER(ds),
      " is ", DT(fmt_dt(r, rdate(r, 2025, 2025), h, m, "en", weekday=True, style="abbr")),
      f" in {r.choice(BUILDINGS)} {r.randint(100, 399)}. Reply C to confirm, R to reschedule.\n")
    b(f"[{mo:02d}/{r.randint(1, 28):02d} {r.randint(12, 15):02d}:{r.randint(0, 59):02d}] {ins.short}Alert: Your spring refund of ${r.randint(200, 3000):,}.{r.randint(10, 99)} was issued. Ref {rs(r, UPDIG, 10)}. Msg&data rates may apply.\n")
    b(f"[{mo:02d}/{r.randint(1, 28):02d} {r.randint(16, 22):02d}:{r.randint(0, 59):02d}] From ", PHN(phone_us(r)), ": hey its ", PER(fg.lower() if r.random() < 0.5 else fg),
      " from the chem study group, we moved to ", DT(fmt_time(r, *rtime(r, 17, 21), "en")), " tmrw in the library, room 2B\n")
    if r.random() < 0.6:
        b(f"[{mo:02d}/{r.randint(1, 28):02d} {r.randint(7, 9):02d}:{r.randint(0, 59):02d}] {ins.short}Alert: Campus closed today due to weather. Classes move online. Info: ",
          URL(f"https://alerts.{ins.domain}/status"), "\n")
    return b


def ocr_noise(r, s):
    out = []
    for c in s:
        x = r.random()
        if c in "Il" and x < 0.3:
            out.append("1")
        elif c == "O" and x < 0.3:
            out.append("0")
        elif c == "o" and x < 0.1:
            out.append("0")
        elif c == " " and x < 0.05:
            out.append("  ")
        else:
            out.append(c)
    return "".join(out)


def k_ocr_enrollment(r):
    b = Builder()
    g, s = pname(r)
    mi = r.choice(UPPER)
    a = addr_us(r)
    pg, _ = pname(r)
    p2g, p2s = pname(r)
    N = lambda t: ocr_noise(r, t)
    b(N("PINECREST UNIFIED SCHOOL DISTRICT"), "\n", N("STUDENT ENROLLMENT FORM"), "          Pg 1 of 2\n", "-" * 48, "\n")
    b(N("Student Legal Name (Last, First, Middle):"), "  ", PER(f"{s.upper()}, {g.upper()} {mi}"), "\n")
    b(N("Date of Birth:"), "  ", DOB(fmt_date(r, rdob(r, 2009, 2019), "en", style="us")), N("     Grade entering:"), f" {r.randint(1, 11)}\n")
    b(N("Previous School:"), f" {r.choice(['Lakeview Elem.', 'Crestwood MS', 'Sunnyside Elementary', 'Home school'])}\n")
    b(N("Home Address:"), " ", ADR(a.street + "\n              " + f"{a.city}, {a.region} {a.postcode}"), "\n")
    b(N("Parent/Guardian 1:"), " ", PER(f"{pg} {s}".upper()), N("   Relationship:"), f" {r.choice(['Mother', 'Parent', 'Father'])}\n")
    b(N("Cell:"), " ", PHN(phone_us(r)), N("   Work:"), " ", PHN(phone_us(r)), "\n")
    b(N("Parent/Guardian 2:"), " ", PER(f"{p2g} {p2s}"), N("   Relationship:"), f" {r.choice(['Father', 'Stepparent', 'Guardian', 'Grandparent', 'Parent'])}\n")
    b(N("Email:"), " ", EML(email_for(r, pg, s)), "\n")
    b(N("Physician:"), " Dr. ", PER(pname(r)[1]), N("   Phone:"), " ", PHN(phone_us(r)), "\n")
    b(N("Medical conditions / allergies:"), f" {r.choice(['asthma - albuterol inhaler', 'peanut allergy (EpiPen)', 'none', 'ADHD - methylphenidate'])}\n")
    if r.random() < 0.7:
        b(N("Medicaid / Insurance ID:"), " ", HPN(gen_hpn(r)), "\n")
    b("-" * 48, "\n", N("FOR OFFICE USE: batch"), f" {r.randint(2024, 2025)}-{digits(r, 4)}  ", N("verified"), " [x]\n")
    return b


def k_parent_email(r):
    b = Builder()
    ins = inst(r, "school")
    pg, ps = pname(r)
    kid = pname(r)[0]
    tg, ts = pname(r, "en")
    temail = f"{fold(tg)[0].lower()}{fold(ts).lower()}@{ins.domain}"
    b("From: ", EML(email_for(r, pg, ps)), "\nTo: ", EML(temail), "\n")
    b(f"Date: {email_date_header(r)}\nSubject: re: ", PER(kid.lower()), " missing assignments\n\n")
    b(f"hi {r.choice(['ms', 'mrs', 'mr'])} ", PER(ts.lower()), ",\n\n")
    b("this is ", PER(pg.lower()), " (", PER(kid.lower()), f"'s {r.choice(['mom', 'dad', 'grandma', 'stepmom', 'uncle'])}). sorry i missed your call on ",
      DT(fmt_date(r, rdate(r, 2025, 2025), "en", style=r.choice(["us_short", "abbr"]))), ". ")
    b("we had no idea about the missing science labs, we were told everything was turned in. ")
    day = r.choice(WEEKDAYS["en"][:5])
    b("could we meet ", DT(f"{day} at {fmt_time(r, *rtime(r, 15, 17), 'en')}"), "? i get off work at 3. my cell is ", PHN(phone_us(r)), ".\n\n")
    b("thanks\n", PER(f"{pg} {ps}".lower()), "\n\n")
    b(PER(f"{tg} {ts}"), " wrote:\n")
    b("> Dear Parent/Guardian of ", PER(f"{kid} {ps}"), ",\n")
    b(f"> Our records show {r.randint(3, 6)} missing assignments in Grade {r.randint(6, 9)} Science this quarter.\n")
    b("> Please log in to the parent portal at ", URL(f"https://parents.{ins.domain}/grades"), " to review.\n")
    return b


def k_incident_report(r):
    b = Builder()
    ins = inst(r, "school")
    sg, ss = pname(r, "en")
    d = rdate(r, 2024, 2025)
    h, m = rtime(r, 8, 15)
    b(f"{ins.name.upper()} - STUDENT INCIDENT REPORT\nReport #: IR-{r.randint(24, 25)}-{digits(r, 4)}    Category: {r.choice(['Injury', 'Altercation', 'Property damage', 'Medical'])}\n\n")
    b("Date of incident: ", DT(fmt_date(r, d, "en", style="us")), "    Time: ", DT(fmt_time(r, h, m, "en")), "\n")
    b(f"Location: {r.choice(['Cafeteria', 'Gym', 'East stairwell', 'Bus loop', 'Room 114'])}\n")
    b("Reporting staff: ", PER(f"{sg} {ss}"), f", {r.choice(['teacher', 'assistant principal', 'campus monitor'])}\n\nStudents involved:\n")
    kids = []
    for i in range(r.randint(1, 2)):
        g, s = pname(r)
        kids.append((g, s))
        b(f" {i + 1}. ", PER(disp(r, g, s, "ffcC")), f" (Grade {r.randint(6, 12)}, ID {student_id(r)})  DOB: ",
          DOB(fmt_date(r, rdob(r, 2008, 2014), "en", style="us")), "\n")
    b("\nNarrative: At approximately ", DT(fmt_time(r, h, m, "en")), ", ", PER(kids[0][0]),
      " slipped on a wet floor and hit their head. Student was alert and walked to the nurse's office. ")
    ng, ns = pname(r)
    b("Nurse ", PER(ns), " assessed and applied ice; no loss of consciousness.\n")
    pg, _ = pname(r)
    b("Parent contacted: ", PER(f"{pg} {kids[0][1]}"), " at ", PHN(phone_us(r)), " on ", DT(fmt_dt(r, d, h + 1, m, "en", style="us_short")), "\n")
    b(f"Follow-up: work order WO-{digits(r, 6)} for floor mat; camera footage retained 30 days.\n")
    return b


def k_alumni_gift(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    uk = r.random() < 0.35
    a = addr_uk(r) if uk else addr_us(r)
    b(f"{ins.name} Annual Fund - GIFT FORM\n\n")
    b("Donor name: ", PER(disp(r, g, s, "ffm")), f"    Class of {r.randint(1965, 2020)}\n")
    if r.random() < 0.5:
        b("Spouse/partner: ", PER(f"{pname(r)[0]} {s}"), "\n")
    b("Mailing address:\n", ADR(a.multi), "\n")
    b("Phone: ", PHN(phone_uk(r) if uk else phone_us(r)), "    Email: ", EML(email_for(r, g, s)), "\n\n")
    b(f"My gift: {'£' if uk else '$'}{r.choice([50, 100, 250, 500, 1000, 2500]):,} to the {r.choice(['Scholarship Fund', 'Library Endowment', 'Athletics Fund', 'Greatest Need'])}\n")
    if r.random() < 0.4:
        mg, ms = pname(r)
        b("In memory of: ", PER(f"{mg} {ms}"), f" (Class of {r.randint(1950, 1990)})\n")
    if uk and r.random() < 0.6:
        b("[x] Direct Debit (monthly)\nAccount holder: ", PER(f"{g} {s}"), "\nIBAN: ", IBN(fmt_iban(r, gen_iban(r, "GB"))), "\n")
        b("First collection: ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="uk_long")), "\n")
    else:
        num, _ = gen_card(r)
        d = rdate(r, 2026, 2030)
        b("[x] Credit card: ", CC(fmt_card(r, num)), "   Exp: ", DT(f"{d.month:02d}/{d.year % 100:02d}"), "\n")
        b("Cardholder: ", PER(f"{g} {s}".upper()), "\n")
    b(f"Matching gift employer: {r.choice(['Dunmore Foods Inc.', 'none', 'Harlow Logistics LLC', 'Kessler & Vogel AG'])}\n")
    b("[ ] Please keep my gift anonymous\n")
    return b


def k_intl_stipend_email(r):
    b = Builder()
    ins = inst(r, "uni")
    cc, lang, addrf, phonef = r.choice([("DE", "de", addr_de, phone_de), ("FR", "fr", addr_fr, phone_fr), ("ES", "es", addr_es, phone_es),
                                         ("IT", "it", addr_it, phone_it), ("NL", "nl", addr_nl, phone_nl), ("PL", "pl", addr_pl, phone_pl),
                                         ("TR", "tr", addr_tr, phone_tr), ("PT", "pt", addr_pt, phone_pt), ("SE", "sv", addr_se, phone_se)])
    g, s = pname(r, lang)
    a = addrf(r)
    b("From: ", EML(email_for(r, g, s, lang=lang)), "\nTo: ", EML(f"intl-scholarships@{ins.domain}"), "\n")
    b("Subject: Bank details for stipend payment - exchange student\n\n")
    b("Dear Scholarship Office,\n\nas requested, please find my bank details for the monthly stipend below. My home bank does not support ACH, "
      "so an international wire would be needed.\n\n")
    b("Account holder: ", PER(f"{g} {s}"), "\nIBAN: ", IBN(fmt_iban(r, gen_iban(r, cc))), f"\nBIC/SWIFT: {gen_bic(r, cc)}\n")
    b(f"Bank: {dict(DE='Sparkasse', FR='Crédit Agricole', ES='BBVA', IT='Intesa Sanpaolo', NL='ING', PL='PKO BP', TR='Ziraat Bankası', PT='Millennium bcp', SE='Swedbank')[cc]}\n")
    b("Home address: ", ADR(a.one), "\n")
    b("Phone (home country): ", PHN(phonef(r)), "\n\n")
    b("I arrive in ", LOC(r.choice([c for c, _, _ in US_CITIES])), " on ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="long")),
      " and can also open a US account then if that is easier.\n\nBest regards,\n", PER(g), "\n")
    return b


def k_housing_tsv(r):
    b = Builder()
    ins = inst(r, "uni")
    b(f"# {ins.short} Residence Life - fall assignments export ({r.randint(2, 9)} rows shown)\n")
    b("resident\tstudent_id\tbuilding\troom\tmove_in\tmobile\temergency_contact\temergency_phone\n")
    for _ in range(r.randint(3, 5)):
        g, s = pname(r)
        eg, _ = pname(r)
        h, m = rtime(r, 8, 15)
        b(PER(disp(r, g, s, "ffcc")), "\t", student_id(r, ins.short[0]), f"\t{r.choice(BUILDINGS)}\t{r.randint(1, 4)}{r.randint(0, 40):02d}{r.choice(['', 'A', 'B'])}\t",
          DT(fmt_dt(r, rdate(r, 2025, 2025), h, m, "en", style="iso") if r.random() < 0.5 else rdate(r, 2025, 2025).isoformat()), "\t",
          PHN(phone_us(r)), "\t", PER(f"{eg} {s}"), "\t", PHN(phone_us(r)), "\n")
    return b


def ics_dt(d, h, m):
    return f"{d.year}{d.month:02d}{d.day:02d}T{h:02d}{m:02d}00"


def k_advising_ics(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    ag, as_ = pname(r)
    d = rdate(r, 2025, 2025)
    h, m = rtime(r, 8, 16)
    tz = r.choice(["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"])
    stamp = ics_dt(rdate(r, 2025, 2025), r.randint(0, 23), r.randint(0, 59)) + "Z"
    b("BEGIN:VCALENDAR\nVERSION:2.0\n", f"PRODID:-//{ins.name}//Advising Scheduler {version(r)}//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    b(f"UID:{uuid4(r)}\nDTSTAMP:{stamp}\nCREATED:{stamp}\nLAST-MODIFIED:{stamp}\n")
    b(f"DTSTART;TZID={tz}:", DT(ics_dt(d, h, m)), "\n")
    eh, em = h + (m + 30) // 60, (m + 30) % 60
    b(f"DTEND;TZID={tz}:", DT(ics_dt(d, eh, em)), "\n")
    b("SUMMARY:Advising appointment - ", PER(f"{g} {s}"), "\n")
    b("ORGANIZER;CN=Dr. ", PER(f"{ag} {as_}"), ":mailto:", EML(f"{fold(ag)[0].lower()}{fold(as_).lower().replace(' ', '')}@{ins.domain}"), "\n")
    b("ATTENDEE;CN=", PER(f"{g} {s}"), ";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:", EML(email_for(r, g, s, domain=f"students.{ins.domain}")), "\n")
    b("LOCATION:Zoom\n")
    b("DESCRIPTION:Join Zoom Meeting\\n", URL(f"https://{ins.short.lower()}.zoom.us/j/{digits(r, 11)}?pwd={rs(r, ALNUM, 32)}"),
      "\\nPasscode: ", PWD(gen_passcode(r)), "\\nPlease have your degree audit open.\n")
    b("BEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")
    return b


def k_faculty_vcard(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    mi = r.choice(UPPER)
    a = addr_us(r)
    b("BEGIN:VCARD\nVERSION:3.0\n")
    b("N:", PER(f"{s};{g};{mi}"), ";Dr.;\n")
    b("FN:Dr. ", PER(f"{g} {mi}. {s}"), "\n")
    b(f"ORG:{ins.name};Department of {r.choice(['Chemistry', 'History', 'Mathematics', 'Linguistics', 'Nursing', 'Philosophy'])}\n")
    b(f"TITLE:{r.choice(['Associate Professor', 'Professor', 'Lecturer', 'Assistant Professor'])}\n")
    b("TEL;TYPE=WORK,VOICE:", PHN(phone_us(r)), "\n")
    if r.random() < 0.6:
        b("TEL;TYPE=CELL:", PHN(phone_us(r)), "\n")
    b("EMAIL;TYPE=INTERNET:", EML(f"{fold(g).lower()}.{fold(s).lower().replace(' ', '')}@{ins.domain}"), "\n")
    b("ADR;TYPE=WORK:;;", ADR(f"{r.choice(BUILDINGS)} {r.randint(100, 450)}\\, {a.street};{a.city};{a.region};{a.postcode};USA"), "\n")
    if r.random() < 0.7:
        b("BDAY:", DOB(rdob(r, 1952, 1990).isoformat()), "\n")
    b("URL:", URL(f"https://faculty.{ins.domain}/~{handle(r, g, s)}"), "\n")
    b(f"REV:{log_ts(r)[:19]}Z\nEND:VCARD\n")
    return b


def k_x12_130(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    a = addr_us(r)
    d = rdate(r, 2024, 2025)
    hh, mm = r.randint(0, 23), r.randint(0, 59)
    snd, rcv = f"{ins.short}{digits(r, 4)}", r.choice(["PESCHUB", "NSCLEARINGHS", "PARCHMENTX"])
    ctrl = digits(r, 9)
    gs = str(r.randint(1000, 99999))
    b(f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{d.strftime('%y%m%d')}*{hh:02d}{mm:02d}*U*00401*{ctrl}*0*P*>~\n")
    b(f"GS*ED*{snd}*{rcv}*{d.strftime('%Y%m%d')}*{hh:02d}{mm:02d}*{gs}*X*004010~\n")
    b("ST*130*0001~\n", f"BGN*00*TR{digits(r, 12)}~\nERP*PS*R~\n")
    b(f"N1*AS*{ins.name.upper()}*73*{digits(r, 6)}~\n")
    b(f"REF*48*{student_id(r, ins.short[0])}~\n")
    b("IN1*1*03~\n", "IN2*02*", PER(g.upper()), "~\n", "IN2*05*", PER(s.upper()), "~\n")
    b("N3*", ADR(a.street.upper()), "~\n", "N4*", LOC(a.city.upper()), "*", LOC(a.region), f"*{a.postcode.replace('-', '')}~\n")
    b("PER*IP**TE*", PHN(re.sub(r"\D", "", phone_us(r))[-10:]), "*EM*", EML(email_for(r, g, s)), "~\n")
    b("DMG*D8*", DOB(rdob(r, 1996, 2006).strftime("%Y%m%d")), f"*{r.choice('FM')}~\n")
    for _ in range(r.randint(1, 2)):
        sd = rdate(r, 2022, 2024)
        sd = sd.replace(day=1)
        b("SES*", DT(sd.strftime("%Y%m%d")), f"*{r.randint(1, 4)}*{sd.year}*{r.choice(['FA', 'SP'])}~\n")
        for _ in range(r.randint(2, 3)):
            c = r.choice(COURSES)
            b(f"CRS*R*SH*{r.choice([3, 4, 1])}*{r.choice(['A', 'B+', 'A-', 'C', 'B'])}****{c.split()[0]}*{c.split()[1]}~\n")
    b("DEG*4*", DT(rdate(r, 2025, 2025).strftime("%Y%m%d")), f"*{r.choice(['BS', 'BA', 'AAS'])}~\n")
    b(f"SUM*4*E*{r.randint(60, 128)}*{r.randint(200, 400) / 100:.2f}~\nSE*{r.randint(14, 22)}*0001~\nGE*1*{gs}~\nIEA*1*{ctrl}~\n")
    return b


def k_pesc_xml(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    mid = pname(r)[0]
    a = addr_us(r)
    b('<?xml version="1.0" encoding="UTF-8"?>\n<ColTrn:CollegeTranscript xmlns:ColTrn="urn:org:pesc:message:CollegeTranscript:v1.6.0">\n')
    b(f"  <TransmissionData>\n    <DocumentID>{uuid4(r)}</DocumentID>\n    <DocumentTypeCode>StudentRequest</DocumentTypeCode>\n")
    b(f"    <Source><Organization><OPEID>{digits(r, 8)}</OPEID><OrganizationName>{ins.name}</OrganizationName></Organization></Source>\n  </TransmissionData>\n")
    b("  <Student>\n    <Person>\n")
    b(f"      <SchoolAssignedPersonID>{student_id(r, ins.short[0])}</SchoolAssignedPersonID>\n")
    b("      <Birth>\n")
    xline(b, 8, "BirthDate", rdob(r, 1995, 2006).isoformat(), "DATE_OF_BIRTH")
    b("      </Birth>\n      <Name>\n")
    xline(b, 8, "FirstName", g, "PERSON")
    if r.random() < 0.6:
        xline(b, 8, "MiddleName", mid, "PERSON")
    xline(b, 8, "LastName", s, "PERSON")
    b("      </Name>\n      <Contacts>\n        <Address>\n")
    xline(b, 10, "AddressLine", a.street, "ADDRESS")
    xline(b, 10, "City", a.city, "LOCATION")
    xline(b, 10, "StateProvinceCode", a.region, "LOCATION")
    xline(b, 10, "PostalCode", a.postcode)
    b("        </Address>\n        <Phone>\n")
    p = re.sub(r"\D", "", phone_us(r))[-10:]
    b("          <PhoneNumber>", PHN(p), "</PhoneNumber>\n        </Phone>\n")
    b("        <Email>\n          <EmailAddress>", EML(email_for(r, g, s)), "</EmailAddress>\n        </Email>\n      </Contacts>\n    </Person>\n")
    b("    <AcademicRecord>\n      <AcademicAward>\n")
    lvl, ttl = r.choice([("Bachelors", "Bachelor of Science in Biology"), ("Bachelors", "Bachelor of Arts in History"),
                         ("Associates", "Associate of Applied Science"), ("Masters", "Master of Education")])
    b(f"        <AcademicAwardLevel>{lvl}</AcademicAwardLevel>\n")
    xline(b, 8, "AcademicAwardDate", rdate(r, 2025, 2025).isoformat(), "DATE_TIME")
    b(f"        <AcademicAwardTitle>{ttl}</AcademicAwardTitle>\n")
    b(f"      </AcademicAward>\n      <GPA><CreditHoursAttempted>{r.randint(60, 130)}</CreditHoursAttempted><GradePointAverage>{r.randint(200, 400) / 100:.2f}</GradePointAverage></GPA>\n")
    b("    </AcademicRecord>\n  </Student>\n</ColTrn:CollegeTranscript>\n")
    return b


def k_sis_audit_log(r):
    b = Builder()
    ins = inst(r)
    clk = Clock(r)
    for _ in range(r.randint(5, 9)):
        g, s = pname(r)
        actor = f"{handle(r, g, s)}@{ins.domain}"
        k = r.random()
        sid = student_id(r, ins.short[0])
        if k < 0.3:
            c = r.choice(COURSES).replace(" ", "-")
            b(f"{clk.space()} [audit] actor=", EML(actor), f" action=GRADE_CHANGE student={sid} course={c}-0{r.randint(1, 4)} old={r.choice(['B', 'C+', 'I'])} new={r.choice(['A-', 'B+', 'B'])} src=", IPA(ip_private(r)), "\n")
        elif k < 0.55:
            b(f"{clk.space()} [audit] actor=", EML(actor), f" action=VIEW_RECORD student={sid} fields=ssn,dob reason=FERPA_REQ-{digits(r, 5)} src=", IPA(ip_any(r)), "\n")
        elif k < 0.7:
            b(f"{clk.space()} [audit] actor=svc_banner action=BATCH_ENROLL term=202510 rows={r.randint(10, 4000)} duration_ms={r.randint(200, 90000)}\n")
        elif k < 0.85:
            b(f"{clk.space()} [audit] actor=", EML(actor), f" action=HOLD_RELEASE student={sid} hold=BURSAR amount=0.00\n")
        else:
            b(f"{clk.space()} [security] denied actor=", EML(actor), f" action=EXPORT_PII rows={r.randint(100, 9000)} src=", IPA(ip_public(r)), " rule=DLP-07\n")
    return b


def k_radius_log(r):
    b = Builder()
    ins = inst(r)
    clk = Clock(r)
    host = f"radius{r.randint(1, 3):02d}"
    for _ in range(r.randint(5, 9)):
        g, s = pname(r)
        who = f"{handle(r, g, s)}@{ins.domain}"
        k = r.random()
        pid = r.randint(1000, 9999)
        if k < 0.45:
            b(f"{clk.syslog()} {host} radiusd[{pid}]: (", str(r.randint(1, 99999)), ") Login OK: [", EML(who), f"] (from client wlc-{r.choice(['lib', 'dorm', 'sci', 'union'])} port 0 cli {mac(r).replace(':', '-').upper()}) nas ",
              IPA(ip_private(r)), "\n")
        elif k < 0.7:
            b(f"{clk.syslog()} {host} radiusd[{pid}]: Login incorrect (mschap: MS-CHAP2-Response is incorrect): [", EML(who), f"] (from client wlc-dorm port 0 cli {mac(r).replace(':', '-').upper()})\n")
        elif k < 0.85:
            b(f"{clk.syslog()} {host} dhcpd[{pid}]: DHCPACK on ", IPA(ip_private(r)), f" to {mac(r)} via vlan{r.randint(100, 900)}\n")
        else:
            b(f"{clk.syslog()} {host} radiusd[{pid}]: Ready to process requests (version {r.randint(3, 3)}.{r.randint(0, 2)}.{r.randint(0, 26)})\n")
    return b


def k_integrity_case(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    ig, is_ = pname(r)
    b(f"{ins.name} - Office of Student Conduct\nACADEMIC INTEGRITY CASE FILE\n\n")
    b(f"Case no.: AI-{r.choice([2024, 2025])}-{digits(r, 4)}    Status: Hearing scheduled\n")
    b("Student: ", PER(disp(r, g, s, "ffcC")), f" (ID {student_id(r, ins.short[0])})\n")
    c = r.choice(COURSES)
    b(f"Course: {c}-0{r.randint(1, 4)}, instructor Prof. ", PER(is_), "\n")
    b(f"Allegation: {r.choice(['plagiarism (Turnitin similarity 68%)', 'unauthorized collaboration on take-home exam', 'use of generative AI contrary to syllabus', 'falsified lab data'])}\n")
    d = rdate(r, 2025, 2025)
    h, m = rtime(r, 9, 16)
    b("Hearing: ", DT(fmt_dt(r, d, h, m, "en", weekday=r.random() < 0.5)), f", {r.choice(BUILDINGS)} room {r.randint(100, 400)}\n")
    b("Panel: ")
    for i in range(3):
        pg, ps = pname(r)
        b(PER(f"{pg} {ps}"), ", " if i < 2 else f" (student member)\n")
    b("\nNotes:\n- Student replied from ", EML(email_for(r, g, s)), " on ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="abbr")),
      ", stating the similar passages came from a shared study guide.\n")
    b("- Instructor ", PER(is_), f" submitted 3 exhibits (hash {sha(r, 12)}...).\n")
    b("- Advisor present: ", PER(pname(r)[0]), ". Prior violations: none on record.\n")
    return b


def k_recommendation(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    pg, ps = pname(r)
    she = r.choice(["she", "he", "they"])
    Her = {"she": "Her", "he": "His", "they": "Their"}[she]
    b(f"{ins.name}\nDepartment of {r.choice(['Physics', 'Sociology', 'Computer Science', 'Biology', 'Economics'])}\n\n")
    b(DT(fmt_date(r, rdate(r, 2024, 2025), "en", style=r.choice(["long", "uk_long"]))), "\n\n")
    b("To the Graduate Admissions Committee:\n\n")
    hon = {"she": r.choice(["Ms. ", ""]), "he": r.choice(["Mr. ", ""]), "they": ""}[she]
    b("It is my pleasure to recommend ", hon, PER(f"{g} {s}"), " for admission to your doctoral program. I have known ", PER(g), " for three years, ")
    b("first as a student in my upper-division seminar and later as a research assistant in my lab. ")
    b(PER(g), f" consistently ranked in the top 5% of the students I have taught over twenty years. {Her} senior thesis on "
      f"{r.choice(['sediment transport', 'urban heat islands', 'graph neural networks', 'labour migration', 'protein folding kinetics'])} "
      "was the strongest I have supervised, and it is now under review at a peer-reviewed journal.\n\n")
    b("Beyond ability, ", PER(g), f" is generous with peers; {she} organized a weekly study group and tutored first-generation students without being asked. "
      "I recommend this candidate without reservation.\n\n")
    b("Sincerely,\n\n", "Prof. ", PER(f"{pg} {ps}"), "\n")
    b(EML(f"{fold(pg).lower()}.{fold(ps).lower().replace(' ', '')}@{ins.domain}"), " | ", PHN(phone_us(r)), "\n")
    return b


def k_campus_ini(r):
    b = Builder()
    ins = inst(r)
    d = ins.domain
    b(f"; campus-services.ini - integration broker ({ins.short}) - managed by config-mgmt, rev {sha(r, 7)}\n\n")
    b(f"[ldap]\nurl = ldaps://ldap.{d}:636\nbind_dn = cn=svc-broker,ou=Service Accounts,dc={d.split('.')[0]},dc={d.split('.')[-1]}\n")
    b("bind_password = ", PWD(gen_password(r)), "\n\n")
    b(f"[smtp]\nhost = smtp.{d}\nport = 587\nuser = ", EML(f"broker-notify@{d}"), "\npassword = ", PWD(gen_password(r)), "\n\n")
    b("[library_api]\nbase_url = ", URL(f"https://api-na.hosted.exlibrisgroup.com/almaws/v1"), "\napi_key = ", SEC(gen_generic_secret(r, r.choice(["hex40", "opaque"]))), "\n\n")
    b("[database]\ndsn = mysql://koha_ro:", PWD(gen_password(r, safe=True)), "@", IPA(ip_private(r)), ":3306/koha\npool_size = 8\n\n")
    b("[canvas]\nbase_url = ", URL(f"https://canvas.{d}/api/v1"), "\naccess_token = ", SEC(gen_generic_secret(r, "canvas")), "\n")
    b(f"timeout_s = {r.choice([10, 30, 60])}\n")
    return b


def k_api_debug(r):
    b = Builder()
    plat, dom = r.choice(TUTOR_PLATFORMS)
    tg, ts = pname(r)
    sg, ss = pname(r)
    dg, ds = pname(r)
    uid = digits(r, 6)
    jwt = gen_jwt(r, {"sub": uid, "role": "tutor", "iss": f"https://auth.{dom}"})
    b(f"debugging the 401s on /v1/sessions ({plat}) - ", PER(dg), " pls look\n\n")
    b(f"$ curl -s -H \"Authorization: Bearer ", JWTT(jwt), f"\" \\\n    \"", URL(f"https://api.{dom}/v1/sessions?tutor_id={uid}&from=2025-03-01"), "\" | jq .\n")
    b("{\n  \"data\": [\n    {\n")
    jline(b, 6, "session_id", f"ses_{rs(r, ALNUM, 14)}")
    jline(b, 6, "tutor_name", f"{tg} {ts}", "PERSON")
    jline(b, 6, "student_first_name", sg, "PERSON")
    jline(b, 6, "guardian_email", email_for(r, pname(r)[0], ss), "EMAIL_ADDRESS")
    d = rdate(r, 2025, 2025)
    h, m = rtime(r, 15, 19)
    jline(b, 6, "starts_at", f"{d.isoformat()}T{h:02d}:{m:02d}:00-05:00", "DATE_TIME")
    jline(b, 6, "duration_min", r.choice([45, 60, 90]), raw=True)
    jline(b, 6, "room_url", f"https://meet.{dom}/r/{rs(r, ALNUM, 10).lower()}", "URL", comma=False)
    b("    }\n  ],\n  \"next_cursor\": null\n}\n\n")
    b("works from my laptop (", IPA(ip_private(r)), ") but the CI runner at ", IPA(ip_public(r)),
      f" gets 401. token above is mine from staging login, expires in 1h. api version {version(r)}, request id req_{rs(r, ALNUM, 16)}\n")
    return b


def k_pwd_reset_email(r):
    b = Builder()
    ins = inst(r)
    g, s = pname(r)
    h = handle(r, g, s)
    b("From: IT Service Desk <", EML(f"no-reply@{ins.domain}"), ">\nTo: ", EML(f"{h}@{ins.domain}"), "\n")
    b(f"Date: {email_date_header(r)}\nSubject: NetID password reset requested\nX-Request-ID: {uuid4(r)}\n\n")
    b("Hi ", PER(g), ",\n\n")
    b(f"We received a request to reset the password for NetID {h}. To choose a new password, open the link below:\n\n")
    b(URL(f"https://idm.{ins.domain}/reset?token={rs(r, ALNUM, 40)}&uid={digits(r, 7)}"), "\n\n")
    d = rdate(r, 2025, 2025)
    b("This link expires on ", DT(fmt_dt(r, d, *rtime(r, 0, 23), "en")), ". The request came from IP address ", IPA(ip_any(r)),
      f" ({r.choice(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux'])}).\n\n")
    b("If you did not request this, do not click the link; call the IT Service Desk at ", PHN(phone_us(r)),
      " (24/7) or visit us in ", f"{r.choice(BUILDINGS)}.\n\n-- \n{ins.name} Information Technology Services\n")
    return b


def k_stripe_webhook(r):
    b = Builder()
    plat, dom = r.choice(TUTOR_PLATFORMS)
    g, s = pname(r)
    a = addr_us(r)
    b(f"POST /webhooks/stripe HTTP/1.1\nHost: api.{dom}\nStripe-Signature: t={r.randint(1_700_000_000, 1_740_000_000)},v1={sha(r, 64)}\nContent-Type: application/json\n\n")
    b("{\n")
    jline(b, 2, "id", f"evt_1P{rs(r, ALNUM, 22)}")
    jline(b, 2, "type", "checkout.session.completed")
    jline(b, 2, "created", r.randint(1_700_000_000, 1_740_000_000), raw=True)
    b('  "data": { "object": {\n')
    jline(b, 4, "id", f"cs_live_{rs(r, ALNUM, 30)}")
    jline(b, 4, "amount_total", r.choice([4500, 12000, 24000, 36000]), raw=True)
    jline(b, 4, "currency", "usd")
    b('    "customer_details": {\n')
    jline(b, 6, "name", f"{g} {s}", "PERSON")
    jline(b, 6, "email", email_for(r, g, s), "EMAIL_ADDRESS")
    jline(b, 6, "phone", "+1" + re.sub(r"\D", "", phone_us(r))[-10:], "PHONE_NUMBER")
    b('      "address": {\n')
    jline(b, 8, "line1", a.street, "ADDRESS")
    jline(b, 8, "line2", "null", raw=True)
    jline(b, 8, "city", a.city, "LOCATION")
    jline(b, 8, "state", a.region, "LOCATION")
    jline(b, 8, "postal_code", a.postcode)
    jline(b, 8, "country", "US", comma=False)
    b("      }\n    },\n")
    b('    "payment_method_details": { "card": { "brand": "visa", "last4": "' + digits(r, 4) + '", "exp_month": ' + str(r.randint(1, 12)) + ', "exp_year": ' + str(r.randint(2026, 2030)) + " } },\n")
    b('    "metadata": { "package": "' + r.choice(["SAT-prep-10", "algebra-4", "essay-review-2"]) + '", "student_first_name": "', PER(pname(r)[0]), '" }\n')
    b("  } }\n}\n")
    return b


def k_sql_dump(r):
    b = Builder()
    ins = inst(r)
    b(f"-- MySQL dump 10.13  Distrib 8.0.{r.randint(30, 39)}, for Linux (x86_64)\n-- Host: localhost    Database: admissions\n")
    b("-- ------------------------------------------------------\n/*!40101 SET NAMES utf8mb4 */;\n\n")
    b("LOCK TABLES `applicants` WRITE;\n")
    b("INSERT INTO `applicants` (`id`,`first_name`,`last_name`,`email`,`dob`,`phone`,`ssn`,`hs_gpa`,`status`) VALUES\n")
    n = r.randint(2, 4)
    for i in range(n):
        g, s = pname(r)
        while "'" in s:
            g, s = pname(r)
        b(f"({r.randint(10000, 99999)},'", PER(g), "','", PER(s), "','", EML(email_for(r, g, s)), "','",
          DOB(rdob(r, 2005, 2008).isoformat()), "','", PHN(phone_us(r)), "',")
        if r.random() < 0.7:
            b("'", SSN(gen_ssn(r)), "'")
        else:
            b("NULL")
        b(f",{r.randint(250, 400) / 100:.2f},'{r.choice(['admitted', 'review', 'waitlist', 'denied'])}')", ",\n" if i < n - 1 else ";\n")
    b("UNLOCK TABLES;\n-- Dump completed\n")
    return b


def k_loan_statement(r):
    b = Builder()
    g, s = pname(r)
    a = addr_us(r)
    serv = r.choice(["Keystone Student Loan Servicing", "Meridian Education Finance", "Pinnacle Loan Services"])
    b(f"{serv}\n", ADR(f"P.O. Box {r.randint(1000, 99999)}, Wilkes-Barre, PA 18773"), "\n\n")
    b(PER(disp(r, g, s, "fu")), "\n", ADR(a.multi), "\n\n")
    b("Statement date: ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="us")), "\n")
    b("Account number: ", ACC(gen_acct(r)), "\n")
    b(f"Borrower SSN: XXX-XX-{digits(r, 4)}\n\n")
    b(f"{'Loan':<28}{'Rate':>7}{'Principal':>13}{'Interest':>11}\n")
    for ln in r.sample(["Direct Subsidized 1-01", "Direct Unsubsidized 1-02", "Direct Unsubsidized 1-03", "Parent PLUS 2-01"], 2):
        b(f"{ln:<28}{r.choice(['4.99%', '5.50%', '6.53%', '3.73%']):>7}{'$' + format(r.randint(2000, 12000), ','):>13}{'$' + format(r.randint(10, 90), ','):>11}\n")
    b(f"\nAmount due: ${r.randint(90, 450)}.{r.randint(10, 99)}   Due date: ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="long")), "\n")
    b("Pay online at ", URL(f"https://www.{serv.split()[0].lower()}loans.com/pay"), " or call ", PHN(phone_us(r, tollfree=True)), ".\n")
    b("If you are having trouble making payments, ask about income-driven repayment plans.\n")
    return b


def k_police_report(r):
    b = Builder()
    ins = inst(r, "uni")
    og, os_ = pname(r)
    g, s = pname(r)
    a = addr_us(r)
    d = rdate(r, 2024, 2025)
    h, m = rtime(r, 0, 23)
    b(f"{ins.name} Police Department\nINCIDENT REPORT  #{r.randint(24, 25)}-{digits(r, 6)}\n\n")
    b("Reporting officer: Ofc. ", PER(f"{og} {os_}"), f"  Badge {r.randint(100, 999)}\n")
    b("Date/time of occurrence: ", DT(fmt_dt(r, d, h, m, "en", style="us")), "\n")
    b(f"Location: Parking Lot {r.choice('ABCDEFG')}, near {r.choice(BUILDINGS)}\nOffense: {r.choice(['Theft from vehicle', 'Hit and run (property)', 'Vandalism', 'Trespass'])}\n\n")
    b("VICTIM / REPORTING PARTY\n")
    kv(b, "Name", disp(r, g, s, "cC"), "PERSON")
    kv(b, "DOB", fmt_date(r, rdob(r, 1980, 2006), "en", style="us"), "DATE_OF_BIRTH")
    kv(b, "Address", a.one, "ADDRESS")
    kv(b, "Phone", phone_us(r), "PHONE_NUMBER")
    dl, st = gen_dl(r)
    b("DL#: ", DLN(dl), "  State: ", LOC(st), "\n\n")
    b(f"Vehicle: {r.randint(2008, 2023)} {r.choice(['Toyota Camry', 'Honda Accord', 'Jeep Wrangler', 'Hyundai Elantra'])}, plate {r.randint(1, 9)}{rs(r, UPPER, 3)}{digits(r, 3)}, VIN {vin(r)}\n\n")
    b("NARRATIVE: R/P stated that on returning to the vehicle the rear window was broken and a laptop bag was missing. ")
    wg, ws = pname(r)
    b("Witness ", PER(f"{wg} {ws}"), " (", PHN(phone_us(r)), ") saw a person in a grey hoodie leave toward ",
      LOC(a.city), f". Case referred to detectives; property value approx. ${r.randint(300, 2500)}.\n")
    return b


VACCINES = [("MMR", "03"), ("Tdap", "115"), ("Meningococcal ACWY", "114"), ("Hepatitis B", "43"), ("Varicella", "21"),
            ("Influenza, injectable", "141"), ("COVID-19 mRNA", "208"), ("MenB", "163")]


def k_immunization(r):
    b = Builder()
    ins = inst(r, "uni")
    g, s = pname(r)
    b(f"{ins.name} Student Health Services\nIMMUNIZATION COMPLIANCE RECORD\n\n")
    kv(b, "Patient", disp(r, g, s, "cfC"), "PERSON")
    kv(b, "MRN", gen_mrn(r), "MEDICAL_RECORD_NUMBER")
    kv(b, "Birth date", fmt_date(r, rdob(r, 1998, 2007), "en", style=r.choice(["us", "iso"])), "DATE_OF_BIRTH")
    b(f"Status: {r.choice(['COMPLIANT', 'HOLD - missing MenACWY booster', 'PENDING REVIEW'])}\n\n")
    b(f"{'Vaccine':<24}{'CVX':<6}{'Date given':<14}Lot\n")
    for v, cvx in r.sample(VACCINES, r.randint(3, 5)):
        d = rdate(r, 2010, 2024)
        b(f"{v:<24}{cvx:<6}", DT(fmt_date(r, d, "en", style="us")), " " * (14 - len(fmt_date(r, d, "en", style="us"))), f"{rs(r, UPPER, 2)}{digits(r, 4)}\n")
    ng, ns = pname(r)
    b("\nReviewed by: ", PER(f"{ng} {ns}"), ", RN on ", DT(fmt_date(r, rdate(r, 2025, 2025), "en", style="abbr")), "\n")
    b(f"TB screening: negative (IGRA). Next due: none. Source document scanned as DOC-{digits(r, 7)}.\n")
    return b


def k_exam_timetable(r):
    b = Builder()
    ins = inst(r, "uni")
    b(f"# {ins.name} - final examination timetable (invigilation roster) v{r.randint(1, 5)}\n")
    b("exam_date,start,end,course,title,room,candidates,invigilator,duration\n")
    for _ in range(r.randint(4, 7)):
        d = rdate(r, 2025, 2025)
        h = r.choice([9, 9, 13, 14, 18])
        dur = r.choice([90, 120, 180])
        i = r.randrange(len(COURSES))
        ig, is_ = pname(r)
        b(DT(d.isoformat() if r.random() < 0.5 else fmt_date(r, d, "en", style="uk")), ",", DT(f"{h:02d}:00"), ",", DT(f"{h + dur // 60:02d}:{dur % 60:02d}"),
          f",{COURSES[i]},{COURSE_TITLES[i]},{r.choice(BUILDINGS).split()[0]} {r.randint(100, 300)},{r.randint(12, 240)},")
        b(PER(f"{ig} {is_}" if r.random() < 0.6 else f"{is_.upper()} {ig[0]}"), f",{dur}min\n")
    return b


def k_gcp_service_account(r):
    b = Builder()
    ins = inst(r)
    g, s = pname(r)
    proj = f"{ins.short.lower()}-workspace-sync-{digits(r, 3)}"
    sa = r.choice(["roster-sync", "classroom-bot", "sis-export"])
    b("[#sis-integration] ", PER(f"{g} {s}"), f": here's the service account json for the Google Classroom roster sync, paste it into the job config (ticket CHG{digits(r, 7)})\n\n")
    b("{\n")
    jline(b, 2, "type", "service_account")
    jline(b, 2, "project_id", proj)
    jline(b, 2, "private_key_id", sha(r, 40))
    jline(b, 2, "private_key", gen_pem(r, "PRIVATE KEY", nl="\\n", lines=r.randint(6, 10)), "PRIVATE_KEY")
    jline(b, 2, "client_email", f"{sa}@{proj}.iam.gserviceaccount.com", "EMAIL_ADDRESS")
    jline(b, 2, "client_id", digits(r, 21))
    jline(b, 2, "auth_uri", "https://accounts.google.com/o/oauth2/auth", "URL")
    jline(b, 2, "token_uri", "https://oauth2.googleapis.com/token", "URL")
    jline(b, 2, "auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs", "URL")
    jline(b, 2, "universe_domain", "googleapis.com", comma=False)
    b("}\n")
    return b


# --------------------------------------------------------------------------
# Non-English document kinds
# --------------------------------------------------------------------------

def mixname(r, lang, local=0.75):
    others = {"de": ["tr", "pl", "ar", "it", "ru"], "fr": ["ar", "af", "vi", "pt", "es"], "es": ["pt", "it", "ar", "fr"],
              "it": ["ar", "ru", "es", "fr"], "pt": ["es", "it", "ja", "de"], "nl": ["tr", "ar", "af", "de"],
              "pl": ["ru", "de", "vi"], "sv": ["fi", "ar", "de", "pl"], "tr": ["ar", "de"], "ja": ["zh", "ko"]}
    if r.random() < local:
        return pname(r, lang)
    return pname(r, r.choice(others.get(lang, ["en"])))


def k_de_immatrikulation(r):
    b = Builder()
    g, s = mixname(r, "de")
    a = addr_de(r)
    uni = r.choice(["Universität Birkenwald", "Hochschule Lindenhain", "Technische Hochschule Auenfeld"])
    sem = r.choice(["Sommersemester 2025", "Wintersemester 2025/26"])
    b(f"{uni} - Studierendensekretariat\n\nIMMATRIKULATIONSBESCHEINIGUNG\nfür das {sem}\n\n")
    b(r.choice(["Frau ", "Herr ", ""]), PER(disp(r, g, s, "fffu")), "\n")
    b("geboren am ", DOB(fmt_date(r, rdob(r, 1996, 2006), "de", style=r.choice(["num", "words"]))), " in ", LOC(r.choice(DE_PLACES)[1] if r.random() < 0.7 else r.choice(["Ankara", "Krakau", "Damaskus", "Bozen", "Graz", "Zürich"])), "\n")
    b(f"Matrikelnummer: {digits(r, 7)}\n")
    b("Anschrift:\n", ADR(a.multi), "\n\n")
    if sem.startswith("Sommer"):
        d1, d2 = dt.date(2025, 4, 1), dt.date(2025, 9, 30)
    else:
        d1, d2 = dt.date(2025, 10, 1), dt.date(2026, 3, 31)
    b(f"ist im {sem} (", DT(fmt_date(r, d1, "de", style="num")), " bis ", DT(fmt_date(r, d2, "de", style="num")), ") als ordentlich Studierende/r eingeschrieben.\n")
    b(f"Studiengang: {r.choice(['Informatik (B.Sc.)', 'Germanistik (B.A.)', 'Maschinenbau (M.Sc.)', 'Lehramt Gymnasium', 'Psychologie (B.Sc.)'])}\nFachsemester: {r.randint(1, 9)}   Hochschulsemester: {r.randint(1, 12)}\n\n")
    b(f"Der Semesterbeitrag in Höhe von {r.randint(150, 350)},{r.choice(['00', '50', '80'])} EUR wurde am ", DT(fmt_date(r, rdate(r, 2025, 2025), "de", style="num")),
      " vom Konto ", IBN(fmt_iban(r, gen_iban(r, "DE"))), " überwiesen.\n\n")
    b("Ausgestellt am ", DT(fmt_date(r, rdate(r, 2025, 2025), "de", style="words")), f". Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.\nPrüfcode: {rs(r, UPDIG, 4)}-{rs(r, UPDIG, 4)}-{rs(r, UPDIG, 4)}\n")
    return b


def k_de_bafoeg_email(r):
    b = Builder()
    g, s = mixname(r, "de")
    sg, ss = pname(r, "de")
    a = addr_de(r)
    b("Von: ", EML(email_for(r, g, s, lang="de")), "\nAn: ", EML("bafoeg@studierendenwerk-birkenwald.de"), "\n")
    b(f"Betreff: BAföG-Antrag - fehlende Unterlagen (Förderungsnummer {digits(r, 3)}/{digits(r, 5)}/{digits(r, 1)})\n\n")
    b("Sehr geehrte Frau ", PER(ss), ",\n\n")
    b("anbei sende ich die noch fehlenden Unterlagen für meinen Weiterförderungsantrag (Formblatt 3 meiner Eltern und die Leistungsbescheinigung). ")
    fg, _ = pname(r, "de")
    mg, _ = pname(r, "de")
    b("Meine Eltern, ", PER(f"{fg} {s}"), " und ", PER(f"{mg} {s}"), ", haben die Einkommenserklärung am ", DT(fmt_date(r, rdate(r, 2025, 2025), "de")), " unterschrieben.\n\n")
    b("Seit dem ", DT(fmt_date(r, rdate(r, 2024, 2025), "de", style="num")), " wohne ich unter folgender Anschrift:\n", ADR(a.multi), "\n\n")
    b("Bitte überweisen Sie die Förderung künftig auf mein neues Konto:\nIBAN: ", IBN(fmt_iban(r, gen_iban(r, "DE"), grouped=True)), f"\nBIC: {gen_bic(r, 'DE')}\n\n")
    b("Telefonisch bin ich unter ", PHN(phone_de(r)), " erreichbar.\n\nMit freundlichen Grüßen\n", PER(f"{g} {s}"), "\n")
    b("geb. ", DOB(fmt_date(r, rdob(r, 1998, 2006), "de", style="num")), f", Matrikelnr. {digits(r, 7)}\n")
    return b


def k_de_it_ticket(r):
    b = Builder()
    g, s = mixname(r, "de")
    tg, ts = pname(r, "de")
    b(f"Ticket #{r.randint(2025000000, 2025999999)} - Rechenzentrum / IT-Servicedesk\nKategorie: Benutzerkonto gesperrt   Priorität: mittel\n\n")
    b("Melder/in: ", PER(disp(r, g, s, "ffc")), " (", EML(f"{fold(g).lower()[0]}{fold(s).lower().replace(' ', '')}@stud.uni-birkenwald.de"), ")\n")
    b("Rückrufnummer: ", PHN(phone_de(r)), "\n\n")
    b("Beschreibung:\nNach der Passwortänderung am ", DT(fmt_dt(r, rdate(r, 2025, 2025), *rtime(r, 8, 22), "de")),
      " kann ich mich nicht mehr im VPN und bei eduroam anmelden. Das alte Passwort war ", PWD(gen_password(r)),
      ", das neue lautet ", PWD(gen_password(r)), " - vielleicht wurde es nicht synchronisiert?\n")
    b("Client-IP laut Fehlermeldung: ", IPA(ip_any(r)), f"   Betriebssystem: {r.choice(['Windows 11', 'macOS 14', 'Ubuntu 24.04'])}\n\n")
    b("Bearbeitung:\n")
    clk = Clock(r)
    b(f"{clk.space()[:16]} ", PER(f"{tg} {ts}"), ": Konto im IDM entsperrt, Passwort-Sync manuell angestoßen (Job-ID ", str(r.randint(100000, 999999)), ").\n")
    b(f"{clk.space()[:16]} ", PER(tg), ": Nutzer/in informiert, Passwörter bitte nie per Ticket senden. Ticket geschlossen.\n")
    return b


def k_fr_dossier_inscription(r):
    b = Builder()
    g, s = mixname(r, "fr")
    a = addr_fr(r)
    b("UNIVERSITÉ BELVÉDÈRE - DOSSIER D'INSCRIPTION ADMINISTRATIVE 2025-2026\n\n")
    b(f"N° INE : {digits(r, 10)}{r.choice(UPPER)}{r.choice(UPPER)}\n")
    b("Nom : ", PER(s.upper()), "    Prénom(s) : ", PER(g), "\n")
    b("Né(e) le : ", DOB(fmt_date(r, rdob(r, 1999, 2007), "fr")), "  à : ", LOC(r.choice(FR_PLACES)[1] if r.random() < 0.75 else r.choice(["Dakar", "Alger", "Casablanca", "Bruxelles", "Genève"])), "\n")
    b(f"Nationalité : {r.choice(['française', 'sénégalaise', 'marocaine', 'belge'])}\n")
    b("Adresse : ", ADR(a.one), "\n")
    b("Téléphone portable : ", PHN(phone_fr(r)), "\n")
    b("Courriel : ", EML(email_for(r, g, s, lang="fr")), "\n")
    pg, ps = pname(r, "fr")
    b("Personne à prévenir en cas d'urgence : ", r.choice(["M. ", "Mme "]), PER(f"{pg} {ps}"), " - ", PHN(phone_fr(r)), "\n\n")
    b(f"Formation : {r.choice(['Licence 1 Droit', 'Master 1 Chimie', 'Licence 2 Psychologie', 'BUT Informatique'])}\n")
    b(f"Attestation CVEC n° {rs(r, UPPER, 4)}-{digits(r, 6)}-{digits(r, 2)}\n")
    b(f"Droits d'inscription : {r.choice(['178', '254', '0 (boursier)'])} € réglés le ", DT(fmt_date(r, rdate(r, 2025, 2025), "fr", style="num")),
      f" par carte bancaire **** {digits(r, 4)}\n\n")
    fait = r.choice(FR_PLACES)[1]
    b("Fait à ", LOC(fait), ", le ", DT(fmt_date(r, rdate(r, 2025, 2025), "fr")), "\nSignature de l'étudiant(e) :\n")
    return b


def k_fr_email_crous(r):
    b = Builder()
    g, s = mixname(r, "fr")
    cg, cs = pname(r, "fr")
    b("De : ", EML(email_for(r, g, s, lang="fr")), "\nÀ : ", EML("logement@crous-belvedere.fr"), "\n")
    b(f"Objet : Demande de changement de chambre - résidence {r.choice(['Les Tilleuls', 'Jean Moulin', 'Les Glycines'])}\n\n")
    b("Bonjour Madame ", PER(cs), ",\n\n")
    b(f"Je suis étudiant(e) en {r.choice(['L2', 'L3', 'M1'])} et je loge actuellement dans la chambre {r.choice('ABC')}{r.randint(100, 450)}. ")
    b("Suite à notre échange téléphonique, je vous confirme ma demande de changement pour raisons de santé (certificat du Dr ", PER(pname(r, "fr")[1]), " joint). ")
    d = rdate(r, 2025, 2025)
    b("Je serai disponible pour le rendez-vous proposé le ", DT(fmt_dt(r, d, *rtime(r, 9, 16), "fr", weekday=r.random() < 0.5, style="words")), ".\n\n")
    b("Vous pouvez me joindre au ", PHN(phone_fr(r)), ". Mon adresse pendant les vacances : ", ADR(addr_fr(r).one), ".\n\n")
    b("Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n", PER(f"{g} {s.upper()}"), f"\nN° dossier social étudiant : {digits(r, 10)}\n")
    return b


def k_es_solicitud_beca(r):
    b = Builder()
    g, s1 = mixname(r, "es")
    s2 = pname(r, "es")[1]
    a = addr_es(r)
    b("SOLICITUD DE BECA DE CARÁCTER GENERAL - CURSO 2025-2026\nUniversidad Alameda - Servicio de Becas\n\n")
    b("Apellidos: ", PER(f"{s1} {s2}"), "\nNombre: ", PER(g), "\n")
    b("Fecha de nacimiento: ", DOB(fmt_date(r, rdob(r, 1999, 2007), "es")), "\n")
    b("Domicilio familiar: ", ADR(a.one), "\n")
    b("Teléfono móvil: ", PHN(phone_es(r)), "\nCorreo electrónico: ", EML(email_for(r, g, s1, lang="es")), "\n")
    b("Datos bancarios (IBAN): ", IBN(fmt_iban(r, gen_iban(r, "ES"))), "\n\n")
    b("Miembros computables de la familia:\n")
    pg, _ = pname(r, "es")
    mg, _ = pname(r, "es")
    b(" - Padre: ", PER(f"{pg} {s1} {pname(r, 'es')[1]}"), f", {r.choice(['autónomo', 'asalariado', 'desempleado'])}\n")
    b(" - Madre: ", PER(f"{mg} {s2} {pname(r, 'es')[1]}"), f", {r.choice(['funcionaria', 'asalariada', 'jubilada'])}\n")
    b(f" - Hermanos: {r.randint(0, 3)}\n")
    b(f"Renta familiar 2024: {r.randint(9000, 45000):,} €\n".replace(",", "."))
    b(f"Estudios: Grado en {r.choice(['Enfermería', 'Derecho', 'Ingeniería Informática', 'Magisterio'])}, {r.randint(1, 4)}º curso\n\n")
    b("Fecha de solicitud: ", DT(fmt_date(r, rdate(r, 2025, 2025), "es", style="num")), f"   Nº de registro: {r.randint(2025, 2025)}/{digits(r, 6)}\n")
    return b


def k_es_chat_tutoria(r):
    b = Builder()
    pg, ps = pname(r, "es")
    kid = pname(r, "es")[0]
    tg, ts = pname(r, "es")
    a = addr_es(r)
    d = rdate(r, 2025, 2025)
    clk = Clock(r, d)

    def hdr():
        t = clk.tick(20, 900)
        return f"[{t.day:02d}/{t.month:02d}/{t.year % 100:02d}, {t.strftime('%H:%M:%S')}] "
    b(hdr(), PER(f"{pg} {ps}"), ": Hola, ¿mañana a las ", DT(fmt_time(r, *rtime(r, 16, 19), "es")), " sigue en pie la clase de mates de ", PER(kid), "?\n")
    b(hdr(), "Profe ", PER(tg), ": ¡Sí! ¿En casa como siempre? Tengo apuntado ", ADR(a.street), "\n")
    b(hdr(), PER(pg), ": Eso es. El portero automático no funciona, llama al ", PHN(phone_es(r)), " cuando llegues\n")
    b(hdr(), "Profe ", PER(tg), ": Perfecto. Te recuerdo que el bono de 8 clases sale a 160 € (referencia BZ-", digits(r, 6), "), puedes hacer Bizum a este número\n")
    b(hdr(), PER(pg), ": Hecho. Y el examen de recuperación es el ", DT(fmt_date(r, rdate(r, 2025, 2025), "es", style="words")), ", ¿podemos añadir una clase extra?\n")
    b(hdr(), "Profe ", PER(tg), ": Claro, lo vemos mañana. ¡Saludos a ", PER(kid), "!\n")
    return b


def k_it_iscrizione(r):
    b = Builder()
    g, s = mixname(r, "it")
    a = addr_it(r)
    b("UNIVERSITÀ AURELIA - DOMANDA DI IMMATRICOLAZIONE A.A. 2025/2026\n\n")
    b("Cognome: ", PER(s.upper()), "     Nome: ", PER(g), "\n")
    b("Data di nascita: ", DOB(fmt_date(r, rdob(r, 1999, 2007), "it")), "     Luogo di nascita: ", LOC(r.choice(IT_PLACES)[1] if r.random() < 0.8 else r.choice(["Tirana", "Bucarest", "Lugano"])), "\n")
    b("Residenza: ", ADR(a.one), "\n")
    b("Cellulare: ", PHN(phone_it(r)), "     E-mail: ", EML(email_for(r, g, s, lang="it")), "\n\n")
    b(f"Corso di laurea: {r.choice(['Giurisprudenza (LMG/01)', 'Ingegneria Informatica (L-8)', 'Lettere Moderne (L-10)', 'Medicina e Chirurgia (LM-41)'])}\n")
    b(f"Prima rata: € {r.choice(['156,00', '16,00', '216,50'])} - IUV {digits(r, 17)} - pagata il ", DT(fmt_date(r, rdate(r, 2025, 2025), "it", style="num")), "\n")
    b("IBAN per eventuali rimborsi: ", IBN(fmt_iban(r, gen_iban(r, "IT"))), "\n")
    b("Intestatario del conto: ", PER(f"{g} {s}"), "\n\n")
    b("Data: ", DT(fmt_date(r, rdate(r, 2025, 2025), "it", style="num")), "     Firma: ________________\n")
    return b


def k_it_verbale_esame(r):
    b = Builder()
    pg, ps = pname(r, "it")
    mg, ms = pname(r, "it")
    d = rdate(r, 2025, 2025)
    b("VERBALE D'ESAME - Appello del ", DT(fmt_date(r, d, "it", style=r.choice(["num", "words"]))), "\n")
    b(f"Insegnamento: {r.choice(['Analisi Matematica I', 'Diritto Privato', 'Chimica Organica', 'Storia Contemporanea'])} (cod. {digits(r, 5)}) - CFU {r.choice([6, 9, 12])}\n")
    b("Presidente: Prof. ", PER(f"{pg} {ps}"), "     Membro: ", r.choice(["Dott.ssa ", "Dott. "]), PER(f"{mg} {ms}"), "\n\n")
    b(f"{'Matricola':<11}| {'Cognome e nome':<28}| Voto    | Esito\n")
    for _ in range(r.randint(3, 6)):
        g, s = mixname(r, "it", 0.85)
        nm = f"{s.upper()} {g}"
        voto = r.choice(["18/30", "24/30", "27/30", "30/30 e lode", "-", "28/30"])
        b(f"{digits(r, 7):<11}| ", PER(nm), " " * max(1, 28 - len(nm)), f"| {voto:<8}| {'Ritirato' if voto == '-' else 'Superato'}\n")
    b("\nVerbale chiuso alle ", DT(fmt_time(r, *rtime(r, 12, 19), "it")), f" e firmato digitalmente (prot. n. {digits(r, 6)}).\n")
    return b


def k_pt_br_matricula(r):
    b = Builder()
    g, s = mixname(r, "pt")
    s2 = pname(r, "pt")[1]
    a = addr_br(r)
    city, uf, _ = r.choice(BR_PLACES)
    b("FICHA DE MATRÍCULA - ANO LETIVO 2025\nColégio Estadual Machado de Assis - Ensino Médio\n\n")
    b("Nome do aluno: ", PER(f"{g} {s2} {s}"), "\n")
    b("Data de nascimento: ", DOB(fmt_date(r, rdob(r, 2008, 2011), "pt", style=r.choice(["num", "words"]))), "\n")
    b("Naturalidade: ", LOC(f"{city} - {uf}"), "\n")
    b("Endereço: ", ADR(a.one), "\n")
    rg, _ = pname(r, "pt")
    b("Responsável: ", PER(f"{rg} {s}"), f" - CPF ***.{digits(r, 3)}.***-**\n")
    b("Celular/WhatsApp: ", PHN(phone_br(r)), "\n")
    b("E-mail: ", EML(email_for(r, rg, s, lang="pt")), "\n")
    b(f"Série: {r.randint(1, 3)}º ano   Turno: {r.choice(['matutino', 'vespertino', 'noturno'])}\n")
    b(f"Alergias / medicamentos: {r.choice(['não', 'dipirona (alergia)', 'asma - salbutamol'])}\n")
    b("Data da matrícula: ", DT(fmt_date(r, rdate(r, 2025, 2025), "pt", style="num")), f"   Protocolo: {digits(r, 4)}.{digits(r, 6)}\n")
    return b


def k_nl_inschrijving_email(r):
    b = Builder()
    g, s = mixname(r, "nl")
    ag, as_ = pname(r, "nl")
    a = addr_nl(r)
    b("Van: ", EML(email_for(r, g, s, lang="nl")), "\nAan: ", EML("studentenadministratie@hogeschool-waterland.nl"), "\n")
    b(f"Onderwerp: Inschrijving en collegegeld - studentnummer {r.choice(['s', ''])}{digits(r, 7)}\n\n")
    b("Beste mevrouw ", PER(as_), ",\n\n")
    b("Ik heb mijn inschrijving via Studielink afgerond. Het collegegeld (€ 2.601) wil ik in 10 termijnen betalen via automatische incasso van rekening ",
      IBN(fmt_iban(r, gen_iban(r, "NL"))), " t.n.v. ", PER(f"{g[0]}. {s}" if r.random() < 0.5 else f"{g} {s}"), ".\n\n")
    b("Ik ben per ", DT(fmt_date(r, rdate(r, 2025, 2025), "nl")), " verhuisd. Mijn nieuwe adres is:\n", ADR(a.multi), "\n\n")
    b("Geboortedatum: ", DOB(fmt_date(r, rdob(r, 1999, 2007), "nl", style="num")), "\n")
    b("Ik ben bereikbaar op ", PHN(phone_nl(r)), ".\n\nMet vriendelijke groet,\n", PER(f"{g} {s}"), "\n")
    return b


def k_pl_wniosek(r):
    b = Builder()
    g, s = mixname(r, "pl", 0.85)
    a = addr_pl(r)
    b("WNIOSEK O PRZYZNANIE STYPENDIUM SOCJALNEGO\nrok akademicki 2025/2026\n\n")
    kv(b, "Imię i nazwisko", f"{g} {s}", "PERSON")
    kv(b, "Data urodzenia", fmt_date(r, rdob(r, 1999, 2006), "pl", style=r.choice(["num", "words"])), "DATE_OF_BIRTH")
    b(f"Nr albumu: {digits(r, 6)}    Kierunek: {r.choice(['Informatyka', 'Pedagogika', 'Filologia angielska', 'Budownictwo'])}, rok {r.randint(1, 5)}\n")
    kv(b, "Adres zamieszkania", a.one, "ADDRESS")
    b("Telefon: ", PHN(phone_pl(r)), "    E-mail: ", EML(email_for(r, g, s, lang="pl")), "\n")
    b("Numer rachunku bankowego: ", IBN(fmt_iban(r, gen_iban(r, "PL"))), "\n\n")
    b("Członkowie rodziny prowadzący wspólne gospodarstwo domowe:\n")
    for rel in r.sample(["matka", "ojciec", "brat", "siostra"], 2):
        mg, _ = pname(r, "pl")
        b(f" - {rel}: ", PER(f"{mg} {s}"), " (ur. ", DOB(fmt_date(r, rdob(r, 1965, 2012), "pl", style="num")), ")\n")
    b(f"\nDochód netto na osobę: {r.randint(600, 1800)},{r.randint(10, 99)} zł\n")
    b("Data złożenia wniosku: ", DT(fmt_date(r, rdate(r, 2025, 2025), "pl", style="num")), "\nPodpis studenta: ..................\n")
    return b


def k_sv_antagning(r):
    b = Builder()
    g, s = mixname(r, "sv")
    hg, hs = pname(r, "sv")
    a = addr_se(r)
    uni, dom = r.choice([("Högskolan i Fjällbacka", "hif.se"), ("Norrskens universitet", "norrsken.se"), ("Ekdala högskola", "ekdala.se")])
    b(f"{uni}\nAntagningsbesked - höstterminen 2025\n\n")
    b("Till: ", PER(f"{g} {s}"), "\n", ADR(a.multi), "\n\n")
    b(f"Grattis! Du är antagen till {r.choice(['Kandidatprogram i systemvetenskap', 'Sjuksköterskeprogrammet', 'Civilingenjörsprogrammet i energiteknik', 'Lärarprogrammet'])} (180 hp).\n\n")
    b("Du måste registrera dig senast ", DT(fmt_date(r, rdate(r, 2025, 2025), "sv")), " via ", URL(f"https://studentportalen.{dom}/registrering"), ". ")
    b("Uppropet äger rum ", DT(fmt_dt(r, rdate(r, 2025, 2025), *rtime(r, 9, 14), "sv")), f" i aula {r.choice(['Magna', 'Minor', 'Nova'])}.\n\n")
    b("Har du frågor? Ring studentexpeditionen på ", PHN(phone_se(r)), " eller mejla ", EML(f"antagning@{dom}"), ".\n\n")
    b("Med vänliga hälsningar\n", PER(f"{hg} {hs}"), ", handläggare\n")
    return b


def k_tr_ogrenci_belgesi(r):
    b = Builder()
    g, s = mixname(r, "tr", 0.85)
    pc, ilce, il = r.choice(TR_PLACES)
    street = f"{r.choice(TR_STREETS)} No: {r.randint(1, 250)} D: {r.randint(1, 30)}"
    b("T.C.\nÇINARALTI ÜNİVERSİTESİ\nÖğrenci İşleri Daire Başkanlığı\n\nÖĞRENCİ BELGESİ\n\n")
    nm = f"{g} {s}"
    if r.random() < 0.35:
        nm = nm.replace("i", "İ").replace("ı", "I").upper()
    kv(b, "Adı Soyadı", nm, "PERSON")
    b(f"Öğrenci No: {digits(r, 9)}\n")
    kv(b, "Doğum Tarihi", fmt_date(r, rdob(r, 1999, 2006), "tr", style=r.choice(["num", "words"])), "DATE_OF_BIRTH")
    kv(b, "Doğum Yeri", r.choice([p[2] for p in TR_PLACES] + ["Erzurum", "Gaziantep", "Samsun"]), "LOCATION")
    b(f"Fakülte/Bölüm: {r.choice(['Mühendislik Fakültesi / Bilgisayar Mühendisliği', 'Eğitim Fakültesi / Matematik Öğretmenliği', 'Tıp Fakültesi'])}\n")
    b(f"Sınıf: {r.randint(1, 4)}   Kayıt Durumu: Aktif\n")
    b("Adres: ", ADR(street), "\nİlçe: ", LOC(ilce), "   İl: ", LOC(il), f"   Posta Kodu: {pc}\n")
    b("Telefon: ", PHN(phone_tr(r)), "\n")
    dg, ds = pname(r, "tr")
    b("Danışman: Dr. Öğr. Üyesi ", PER(f"{dg} {ds}"), "\n\n")
    b("Bu belge öğrencinin isteği üzerine ", DT(fmt_date(r, rdate(r, 2025, 2025), "tr", style="num")), f" tarihinde düzenlenmiştir.\nDoğrulama kodu: {rs(r, UPDIG, 8)}\n")
    return b


def k_ja_ryugakusei(r):
    b = Builder()
    g, s = mixname(r, "ja", 0.7)
    a = addr_jp(r)
    b("Ryugakusei Nyugaku Gansho / International Student Application (romanized copy)\nSakuragaoka Daigaku - Kokusai Koryu Center\n\n")
    b("Shimei (Name): ", PER(f"{s.upper()} {g}"), "\n")
    b("Furigana: ", PER(f"{s} {g}".lower()), "\n")
    b("Seinengappi (Date of birth): ", DOB(fmt_date(r, rdob(r, 1998, 2006), "ja")), "\n")
    b("Genjusho (Current address): ", ADR(a.one), "\n")
    b("Denwa bango (Phone): ", PHN(phone_jp(r)), "\n")
    b("Meru (E-mail): ", EML(email_for(r, g, s, lang="ja")), "\n")
    hg, hs = pname(r, "ja")
    b("Hoshonin (Guarantor): ", PER(hs), f"-san ({r.choice(['chichi', 'haha', 'oji'])}), Tel ", PHN(phone_jp(r)), "\n")
    b(f"Kibo gakubu (Faculty): {r.choice(['Kogakubu', 'Bungakubu', 'Keizaigakubu'])}   JLPT: N{r.randint(1, 3)}   EJU score: {r.randint(250, 380)}\n")
    b("Mensetsu (Interview): ", DT(fmt_dt(r, rdate(r, 2025, 2025), *rtime(r, 9, 16), "ja")), "\n")
    b("Moshikomi bi (Date of application): ", DT(fmt_date(r, rdate(r, 2025, 2025), "ja")), f"\nUketsuke bango: {digits(r, 8)}\n")
    return b


# --------------------------------------------------------------------------
# No-entity kinds (hard negatives only)
# --------------------------------------------------------------------------

def k_ne_moodle_cron_log(r):
    b = Builder()
    clk = Clock(r)
    tasks = ["\\core\\task\\session_cleanup_task", "\\mod_forum\\task\\cron_task", "\\core\\task\\cache_cleanup_task",
             "\\tool_recyclebin\\task\\cleanup_course_bin", "\\core\\task\\send_new_user_passwords_task",
             "\\enrol_database\\task\\sync_enrolments", "\\core\\task\\grade_history_cleanup_task"]
    b(f"Moodle {r.randint(4, 4)}.{r.randint(1, 4)}.{r.randint(0, 9)} (Build: {rdate(r, 2024, 2024).strftime('%Y%m%d')}) cron runner pid {r.randint(1000, 65000)}\n")
    for _ in range(r.randint(6, 11)):
        t = r.choice(tasks)
        b(f"{clk.iso()} Execute scheduled task: {t}\n")
        b(f"{clk.iso()} ... used {r.randint(0, 300)} dbqueries, {r.randint(0, 900) / 100:.2f} seconds, exit={r.choice([0, 0, 0, 1])}\n")
    b(f"{clk.iso()} Cron completed. Peak memory {r.randint(40, 300)}MB. Lock released (key cron_{sha(r, 10)}).\n")
    return b


def k_ne_ci_build_log(r):
    b = Builder()
    clk = Clock(r)
    repo = r.choice(["library-discovery-ui", "sis-grade-sync", "course-catalog-api", "exam-scheduler"])
    b(f"Running job #{r.randint(1000, 99999)} for {repo} on runner ci-{r.randint(1, 40):02d} (docker executor, image node:{r.choice([18, 20, 22])}-alpine)\n")
    b(f"{clk.iso()} Fetching changes with git depth set to 20...\n{clk.iso()} Checking out {sha(r, 8)} as detached HEAD (ref refs/heads/main)\n")
    b(f"{clk.iso()} $ npm ci\n{clk.iso()} added {r.randint(400, 1800)} packages, audited {r.randint(400, 1800)} packages in {r.randint(8, 90)}s\n")
    b(f"{clk.iso()} {r.randint(0, 9)} vulnerabilities ({r.randint(0, 5)} moderate, {r.randint(0, 2)} high)\n")
    b(f"{clk.iso()} $ npm test -- --ci\n{clk.iso()} Tests: {r.randint(100, 900)} passed, {r.randint(0, 3)} skipped, {r.randint(100, 900)} total\n")
    b(f"{clk.iso()} Time: {r.randint(10, 300)}.{r.randint(100, 999)} s\n")
    b(f"{clk.iso()} $ docker build -t registry.internal/{repo}:{version(r)} .\n")
    b(f"{clk.iso()} Successfully built {sha(r, 12)}\n{clk.iso()} digest: sha256:{sha(r, 64)} size: {r.randint(1000, 9999)}\n")
    b(f"{clk.iso()} Uploading artifacts... coverage/lcov.info: found 1 matching file (coverage {r.randint(60, 98)}.{r.randint(0, 9)}%)\n")
    b(f"{clk.iso()} Job succeeded in {r.randint(1, 14)}m {r.randint(0, 59)}s\n")
    return b


def k_ne_course_catalog_yaml(r):
    b = Builder()
    b(f"# catalog export schema v{r.randint(2, 5)}.{r.randint(0, 9)} - generated by catalog-api {version(r)}\ncourses:\n")
    idx = r.sample(range(len(COURSES)), r.randint(3, 5))
    for i in idx:
        c = COURSES[i]
        b(f"  - code: \"{c}\"\n    title: \"{COURSE_TITLES[i]}\"\n    credits: {r.choice([1, 3, 3, 4])}\n")
        b(f"    level: {r.choice(['lower', 'upper', 'graduate'])}\n    prerequisites: [{', '.join(repr(x) for x in r.sample(COURSES, r.randint(0, 2)))}]\n")
        b(f"    sections: {r.randint(1, 9)}\n    max_enrollment: {r.randint(20, 300)}\n    lab_fee_usd: {r.choice([0, 0, 35, 75, 120])}\n")
        b(f"    meeting_pattern: \"{r.choice(['MWF 50min', 'TR 75min', 'W 170min', 'online async'])}\"\n")
    b(f"effective_term: \"{r.choice(['2025FA', '2026SP'])}\"\nchecksum: {sha(r, 40)}\n")
    return b


def k_ne_release_notes(r):
    b = Builder()
    prod = r.choice(["Gradebook Sync Plugin", "Library Room Booking", "Proctoring Bridge", "Transcript Renderer"])
    v = version(r)
    b(f"{prod} - release notes v{v}\n{'=' * 40}\n\nNew\n")
    for item in r.sample(['Bulk export of late penalties to CSV', 'Configurable retention for audit rows', 'Dark mode for the booking grid', 'Rubric weights now accept decimals', 'Support for LTI 1.3 deep linking'], r.randint(2, 4)):
        b(f"  * {item} (#{r.randint(100, 4000)})\n")
    b("\nFixed\n")
    for item in r.sample(['Timeout when syncing more than 5000 grades', 'Wrong rounding of 0.5 points', 'Duplicate reminders after DST change', 'Crash on empty section list', 'Memory leak in PDF renderer'], r.randint(2, 4)):
        b(f"  * {item} (JIRA-{r.randint(1000, 9999)})\n")
    b(f"\nUpgrade notes\n  Requires PHP {r.choice(['8.1', '8.2', '8.3'])}+ and schema migration {r.randint(2024, 2025)}{digits(r, 6)}. Build {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 50)}.{r.randint(100, 999)}, sha {sha(r, 7)}.\n")
    b(f"  Estimated downtime: {r.randint(5, 40)} minutes. Rollback package: {prod.lower().replace(' ', '-')}-{version(r)}.tar.gz\n")
    return b


def k_ne_fee_schedule(r):
    b = Builder()
    b(f"TUITION AND FEE SCHEDULE - per credit hour (schedule code FS-{r.randint(10, 99)}{r.choice(UPPER)})\n\n")
    b(f"{'Fee code':<10}{'Description':<36}{'Resident':>12}{'Non-res.':>12}\n")
    for code, desc in r.sample([("TUI-UG", "Undergraduate tuition"), ("TUI-GR", "Graduate tuition"), ("TECH", "Technology fee"),
                                ("LIB", "Library and information fee"), ("HLTH", "Student health fee"), ("REC", "Recreation center fee"),
                                ("LAB-S", "Science lab fee (per course)"), ("ONL", "Online course fee"), ("ORNT", "New student orientation")], 6):
        res = r.randint(10, 600) + r.choice([0, 0.5, 0.25])
        b(f"{code:<10}{desc:<36}{'$' + format(res, ',.2f'):>12}{'$' + format(res * r.choice([1, 2.4, 3.1]), ',.2f'):>12}\n")
    b(f"\nLate payment fee: ${r.choice([50, 75, 100])}.00   Installment plan enrolment: ${r.choice([25, 40])}.00\n")
    b(f"Rates approved by resolution {r.randint(2024, 2025)}-{r.randint(10, 99)}; subject to change. Ref. doc {uuid4(r)}\n")
    return b


def k_ne_masked_payments(r):
    b = Builder()
    b(f"BURSAR - DAILY SETTLEMENT EXCEPTIONS   batch {digits(r, 8)}   processor v{version(r)}\n\n")
    b(f"{'Invoice':<14}{'Card (masked)':<22}{'Amount':>11}  Reason\n")
    for _ in range(r.randint(4, 7)):
        k = r.random()
        if k < 0.6:
            card = f"**** **** **** {digits(r, 4)}"
        else:
            c = gen_card_invalid(r)
            card = f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}"
        b(f"INV-{digits(r, 8):<10}{card:<22}{'$' + format(r.randint(50, 9000) + 0.5, ',.2f'):>11}  {r.choice(['AVS mismatch', 'Luhn check failed', 'duplicate', 'chargeback', 'expired card'])}\n")
    b(f"\nTIN on file for refund batch: {gen_ssn_invalid(r)} (ITIN range, manual review)\n")
    b(f"Routing {aba_routing(r)}  Trace {digits(r, 15)}  Escrow ref ESC-{digits(r, 7)}\n")
    b(f"Total exceptions: {r.randint(4, 40)}   Net: -${r.randint(100, 20000):,}.00   Report hash {sha(r, 32)}\n")
    return b


def k_ne_de_wartung(r):
    b = Builder()
    sys_ = r.choice(["Lernplattform (ILIAS)", "Campus-Management-System", "Bibliothekskatalog (OPAC)", "E-Mail-Dienst"])
    b(f"Wartungshinweis - {sys_}\n\n")
    b(f"Liebe Studierende, liebe Beschäftigte,\n\nin der Nacht von Samstag auf Sonntag wird das {sys_} auf Version {version(r)} aktualisiert. ")
    b(f"Die Arbeiten dauern voraussichtlich {r.randint(2, 6)} Stunden. In dieser Zeit sind Abgaben und Prüfungsanmeldungen nicht möglich.\n\n")
    b(f"Betroffene Dienste:\n - Anmeldung über Single Sign-On (Shibboleth {r.randint(4, 5)}.{r.randint(0, 3)})\n - Export von Notenlisten\n - Schnittstelle zum Prüfungsamt (Change {r.randint(1000, 9999)})\n\n")
    b(f"Bei Problemen nach der Wartung eröffnen Sie bitte ein Ticket im Self-Service-Portal und geben Sie die Referenz CHG{digits(r, 7)} an. "
      f"Bereits eingereichte Hausarbeiten bleiben erhalten (Prüfsumme SHA-256 wird gespeichert).\n\nIhr IT-Servicezentrum\n")
    return b


def k_ne_es_inventario(r):
    b = Builder()
    b("INVENTARIO DE EQUIPOS - AULAS DE INFORMÁTICA (exportación automática)\n")
    b("codigo_activo;tipo;modelo;so;version_imagen;estado;garantia_meses\n")
    for _ in range(r.randint(5, 9)):
        b(f"UA-{r.choice(['PC', 'PRJ', 'SW', 'AP'])}-{digits(r, 5)};{r.choice(['sobremesa', 'proyector', 'switch', 'punto de acceso', 'portátil'])};"
          f"{r.choice(['OptiPlex 7010', 'EliteDesk 800 G9', 'EB-W51', 'C9200-24P', 'U6-Pro'])};{r.choice(['Windows 11 23H2', 'Ubuntu 22.04', 'IOS-XE 17.9', 'n/a'])};"
          f"{version(r)};{r.choice(['operativo', 'averiado', 'en reparación', 'baja'])};{r.choice([12, 24, 36, 48])}\n")
    b(f"# total registros: {r.randint(100, 900)} | lote {digits(r, 6)} | hash {sha(r, 16)}\n")
    return b


# --------------------------------------------------------------------------
# Kind registry
# --------------------------------------------------------------------------

_EN, _NE, _NX = 1.0, 1.15, 1.2   # English entity kinds, non-English entity kinds, no-entity kinds

KINDS = [
    ("admissions_offer_email", "en", _EN, k_admissions_offer_email),
    ("finaid_award_letter", "en", _EN, k_finaid_award_letter),
    ("fafsa_verification_worksheet", "en", _EN, k_fafsa_verification),
    ("advising_roster_csv", "en", _EN, k_roster_csv),
    ("transcript_request_form", "en", _EN, k_transcript_request),
    ("it_helpdesk_ticket", "en", _EN, k_it_ticket),
    ("lms_auth_log", "en", _EN, k_lms_auth_log),
    ("portal_nginx_access_log", "en", _EN, k_nginx_portal_log),
    ("library_overdue_notice", "en", _EN, k_library_overdue),
    ("library_patron_json", "en", _EN, k_library_patron_json),
    ("bursar_payment_receipt", "en", _EN, k_tuition_receipt),
    ("tutoring_parent_chat", "en", _EN, k_tutoring_chat),
    ("tutoring_platform_env", "en", _EN, k_tutoring_env),
    ("exam_board_results_xml", "en", _EN, k_exam_results_xml),
    ("access_arrangements_letter", "en", _EN, k_access_arrangements),
    ("student_health_hl7_adt", "en", _EN, k_health_hl7),
    ("health_insurance_waiver", "en", _EN, k_insurance_waiver),
    ("campus_clinic_fhir_patient", "en", _EN, k_fhir_patient),
    ("parking_permit_application", "en", _EN, k_parking_permit),
    ("lms_k8s_secret_yaml", "en", _EN, k_k8s_secret),
    ("course_site_gha_workflow", "en", _EN, k_gha_workflow),
    ("it_alertbot_slack_config", "en", _EN, k_slack_bot_config),
    ("library_aws_credentials", "en", _EN, k_aws_credentials),
    ("exam_sftp_key_ticket", "en", _EN, k_sftp_key_ticket),
    ("llm_prompt_advising_summary", "en", _EN, k_llm_advising_prompt),
    ("llm_prompt_aid_appeal", "en", _EN, k_llm_appeal_prompt),
    ("finaid_call_transcript", "en", _EN, k_finaid_call),
    ("campus_sms_thread", "en", _EN, k_sms_alerts),
    ("ocr_school_enrollment_form", "en", _EN, k_ocr_enrollment),
    ("parent_teacher_email", "en", _EN, k_parent_email),
    ("school_incident_report", "en", _EN, k_incident_report),
    ("alumni_gift_form", "en", _EN, k_alumni_gift),
    ("intl_stipend_bank_email", "en", _EN, k_intl_stipend_email),
    ("housing_assignments_tsv", "en", _EN, k_housing_tsv),
    ("advising_ics_invite", "en", _EN, k_advising_ics),
    ("faculty_vcard", "en", _EN, k_faculty_vcard),
    ("x12_130_transcript", "en", _EN, k_x12_130),
    ("pesc_college_transcript_xml", "en", _EN, k_pesc_xml),
    ("sis_audit_log", "en", _EN, k_sis_audit_log),
    ("eduroam_radius_log", "en", _EN, k_radius_log),
    ("academic_integrity_case", "en", _EN, k_integrity_case),
    ("recommendation_letter", "en", _EN, k_recommendation),
    ("campus_services_ini", "en", _EN, k_campus_ini),
    ("tutoring_api_debug_paste", "en", _EN, k_api_debug),
    ("password_reset_email", "en", _EN, k_pwd_reset_email),
    ("tutoring_stripe_webhook", "en", _EN, k_stripe_webhook),
    ("admissions_sql_dump", "en", _EN, k_sql_dump),
    ("student_loan_statement", "en", _EN, k_loan_statement),
    ("campus_police_report", "en", _EN, k_police_report),
    ("immunization_compliance_record", "en", _EN, k_immunization),
    ("exam_timetable_csv", "en", _EN, k_exam_timetable),
    ("gcp_service_account_paste", "en", _EN, k_gcp_service_account),
    ("de_immatrikulationsbescheinigung", "de", _NE, k_de_immatrikulation),
    ("de_bafoeg_email", "de", _NE, k_de_bafoeg_email),
    ("de_rechenzentrum_ticket", "de", _NE, k_de_it_ticket),
    ("fr_dossier_inscription", "fr", _NE, k_fr_dossier_inscription),
    ("fr_email_crous_logement", "fr", _NE, k_fr_email_crous),
    ("es_solicitud_beca", "es", _NE, k_es_solicitud_beca),
    ("es_whatsapp_clases_particulares", "es", _NE, k_es_chat_tutoria),
    ("it_domanda_immatricolazione", "it", _NE, k_it_iscrizione),
    ("it_verbale_esame", "it", _NE, k_it_verbale_esame),
    ("pt_br_ficha_matricula", "pt", _NE, k_pt_br_matricula),
    ("nl_inschrijving_email", "nl", _NE, k_nl_inschrijving_email),
    ("pl_wniosek_stypendium", "pl", _NE, k_pl_wniosek),
    ("sv_antagningsbesked", "sv", _NE, k_sv_antagning),
    ("tr_ogrenci_belgesi", "tr", _NE, k_tr_ogrenci_belgesi),
    ("ja_ryugakusei_gansho", "ja", _NE, k_ja_ryugakusei),
    ("noent_moodle_cron_log", "en", _NX, k_ne_moodle_cron_log),
    ("noent_ci_build_log", "en", _NX, k_ne_ci_build_log),
    ("noent_course_catalog_yaml", "en", _NX, k_ne_course_catalog_yaml),
    ("noent_release_notes", "en", _NX, k_ne_release_notes),
    ("noent_fee_schedule", "en", _NX, k_ne_fee_schedule),
    ("noent_settlement_exceptions", "en", _NX, k_ne_masked_payments),
    ("noent_de_wartungshinweis", "de", _NX, k_ne_de_wartung),
    ("noent_es_inventario_aulas", "es", _NX, k_ne_es_inventario),
]

_CUM = []
_acc = 0.0
for _k in KINDS:
    _acc += _k[2]
    _CUM.append(_acc)
_TOTAL_W = _acc

MIN_LEN, MAX_LEN = 150, 3000


def _pick_kind(r):
    x = r.random() * _TOTAL_W
    for k, c in zip(KINDS, _CUM):
        if x < c:
            return k
    return KINDS[-1]


def _make(seed, i):
    """Build document i for the given seed -> (kind_name, lang, doc). Independent of n."""
    for attempt in range(25):
        r = random.Random(f"{CORPUS}|{seed}|{i}|{attempt}")
        name, lang, _w, fn = _pick_kind(r)
        b = fn(r)
        text = b.text()
        if MIN_LEN <= len(text) <= MAX_LEN:
            break
    ents = sorted(b.entities, key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"{CORPUS}-{seed}-{i:06d}", "text": text,
           "entities": [{"start": e["start"], "end": e["end"], "type": e["type"]} for e in ents]}
    return name, lang, doc


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"https?://([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)(:\d+)?(/[^\s\"'<>]*)?")
PEM_RE = re.compile(r"-----BEGIN ((?:[A-Z]+ )*PRIVATE KEY)-----(\n|\\n)[A-Za-z0-9+/=\n\\]+?(\n|\\n)-----END \1-----", re.S)
OPEN_CLOSE = {"(": ")", "[": "]", "{": "}", "<": ">"}
QUOTES = "\"'“”‘’«»`"


def _shape_problem(typ, s):
    if typ == "EMAIL_ADDRESS":
        return None if EMAIL_RE.fullmatch(s) else "bad email"
    if typ == "URL":
        m = URL_RE.fullmatch(s)
        if not m:
            return "bad url"
        if "@" in s:
            return "url contains @"
        host = m.group(1)
        if re.fullmatch(r"[\d.]+", host):
            return "url with ip host"
        return None
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "bad ip"
        return None
    if typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", s)
        if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
            return "bad card"
        return None
    if typ == "IBAN_CODE":
        if not iban_ok(s):
            return "bad iban"
        if " " in s and any(len(p) != 4 for p in s.split(" ")[:-1]):
            return "bad iban grouping"
        return None
    if typ == "US_SSN":
        return None if ssn_ok(s) else "bad ssn"
    if typ == "JWT":
        return None if jwt_ok(s) else "bad jwt"
    if typ == "PRIVATE_KEY":
        return None if PEM_RE.fullmatch(s) else "bad pem"
    if typ == "AWS_ACCESS_KEY":
        return None if re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", s) else "bad aws akid"
    if typ == "AWS_SECRET_KEY":
        return None if re.fullmatch(r"[A-Za-z0-9/+]{40}", s) else "bad aws secret"
    if typ == "GITHUB_TOKEN":
        ok = re.fullmatch(r"(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}", s) or re.fullmatch(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", s)
        return None if ok else "bad github token"
    if typ == "SLACK_TOKEN":
        return None if re.fullmatch(r"xox[abposr]-[A-Za-z0-9-]{10,}", s) else "bad slack token"
    if typ == "STRIPE_KEY":
        return None if re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{20,}", s) else "bad stripe key"
    if typ == "PHONE_NUMBER":
        n = sum(c.isdigit() for c in s)
        if not 6 <= n <= 15:
            return "phone digits"
        if re.search(r"[A-Za-z]", s):
            return "phone letters"
        return None
    if typ in ("PERSON", "LOCATION"):
        if any(c.isdigit() for c in s):
            return "digit in name/place"
        if "\n" in s:
            return "newline in name/place"
        return None
    if typ in ("DATE_TIME", "DATE_OF_BIRTH"):
        return None if any(c.isdigit() for c in s) else "date without digit"
    if typ == "ADDRESS":
        return None if any(c.isdigit() for c in s) else "address without number"
    if typ in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        return None if any(c.isdigit() for c in s) and "\n" not in s else "bad id"
    if typ == "PASSWORD":
        return None if s and not re.search(r"\s", s) else "bad password"
    if typ == "GENERIC_SECRET":
        return None if len(s) >= 8 and not re.search(r"\s", s) else "bad secret"
    return None


def validate(doc):
    """Return a list of problems (empty when the document is well-formed)."""
    probs = []
    text = doc.get("text", "")
    ents = doc.get("entities", [])
    if not isinstance(text, str) or not MIN_LEN <= len(text) <= MAX_LEN:
        probs.append(f"length {len(text)} outside [{MIN_LEN},{MAX_LEN}]")
    prev_end = -1
    prev_key = (-1, -1)
    for e in ents:
        st, en, typ = e.get("start"), e.get("end"), e.get("type")
        tag = f"{typ}@{st}:{en}"
        if typ not in TYPES:
            probs.append(f"{tag}: unknown type")
            continue
        if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
            probs.append(f"{tag}: span out of range")
            continue
        if (st, en) < prev_key:
            probs.append(f"{tag}: entities not sorted")
        prev_key = (st, en)
        if st < prev_end:
            probs.append(f"{tag}: overlaps previous span")
        prev_end = max(prev_end, en)
        s = text[st:en]
        if s != s.strip():
            probs.append(f"{tag}: leading/trailing whitespace {s!r}")
        if s[0] in QUOTES or s[-1] in QUOTES:
            probs.append(f"{tag}: quote at edge {s!r}")
        if s[0] in OPEN_CLOSE and (OPEN_CLOSE[s[0]] not in s[1:] or s[-1] == OPEN_CLOSE[s[0]]):
            probs.append(f"{tag}: bracket at start {s!r}")
        if s[-1] in OPEN_CLOSE.values():
            opener = [k for k, v in OPEN_CLOSE.items() if v == s[-1]][0]
            if opener not in s[:-1]:
                probs.append(f"{tag}: bracket at end {s!r}")
        if typ not in SECRET_TYPES:
            if s[-1] in ".,;:!?":
                probs.append(f"{tag}: trailing punctuation {s!r}")
            if s[0] in ".,;:!?":
                probs.append(f"{tag}: leading punctuation {s!r}")
        if st > 0 and text[st - 1].isalnum() and text[max(0, st - 2):st] != "\\n":
            probs.append(f"{tag}: starts inside a word {text[max(0, st - 5):en]!r}")
        if en < len(text) and text[en].isalnum():
            probs.append(f"{tag}: ends inside a word {text[st:en + 5]!r}")
        sp = _shape_problem(typ, s)
        if sp:
            probs.append(f"{tag}: {sp} {s[:80]!r}")
    return probs


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------

def render(doc):
    out, pos = [], 0
    text = doc["text"]
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{text[e['start']:e['end']]}]]<{e['type']}>")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def _check(n=3000, seed=0):
    problems = 0
    per_type = collections.Counter()
    per_kind = collections.Counter()
    langs = collections.Counter()
    no_ent = 0
    docs = []
    for i in range(n):
        kind, lang, doc = _make(seed, i)
        docs.append(doc)
        per_kind[kind] += 1
        langs[lang] += 1
        if not doc["entities"]:
            no_ent += 1
        for e in doc["entities"]:
            per_type[e["type"]] += 1
        ps = validate(doc)
        if ps:
            problems += 1
            if problems <= 25:
                print(f"PROBLEM {doc['id']} ({kind}):")
                for p in ps[:6]:
                    print("   ", p)
    # determinism and independence from n
    again = list(generate(200, seed))
    det_ok = again == docs[:200]
    short = list(generate(40, seed))
    indep_ok = short == docs[:40]
    print(f"\ndocs: {n}   kinds defined: {len(KINDS)}   kinds produced: {len(per_kind)}")
    print(f"problem docs: {problems}")
    print(f"non-English docs: {n - langs['en']} ({(n - langs['en']) / n:.1%})   languages: {dict(sorted(langs.items()))}")
    print(f"no-entity docs: {no_ent} ({no_ent / n:.1%})")
    print(f"determinism: {'OK' if det_ok else 'FAILED'}   doc i independent of n: {'OK' if indep_ok else 'FAILED'}")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:<24}{per_type[t]:>7}")
    print("\nper-kind counts:")
    for k, _l, _w, _f in KINDS:
        print(f"  {k:<36}{per_kind[k]:>6}")
    missing = [t for t in TYPES if per_type[t] == 0]
    if missing:
        print("types never produced:", ", ".join(missing))
    bad = problems or missing or not det_ok or not indep_ok or len(per_kind) < 57
    print("\nRESULT:", "FAIL" if bad else "OK")
    return 1 if bad else 0


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
            print(render(doc))
            print()
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} docs to {a.output}")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
