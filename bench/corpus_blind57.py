#!/usr/bin/env python3
"""Blind corpus 57 - fintech PII / secret detection benchmark.

Theme: fintech. Payment processors and gateways, card networks and
chargebacks/disputes, crypto exchanges and wallets (withdrawals, travel-rule
messages, exchange API keys), KYC/AML onboarding and screening, neobank support
(chats, calls, e-mails, SMS), open-banking APIs (account information, SEPA
payment initiation, ISO 20022 / MT / NACHA / ISO 8583 records), healthcare
payment processing (HL7 DFT, X12 835) and the configuration files, logs,
tickets and LLM prompts that surround all of it. About a quarter of the
documents are written in German, French, Spanish, Italian, Portuguese, Dutch,
Polish, Swedish, Turkish or romanized Japanese; about 12% contain no entity at
all but carry hard negatives (log timestamps, order/case numbers, versions,
amounts, masked PANs, BICs, routing numbers ...).

Usage: python3 corpus_blind57.py --check | --sample K [--seed S] |
       --n N --seed S --output F.jsonl

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
import datetime as dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata

# --------------------------------------------------------------------------
# Type names
# --------------------------------------------------------------------------
PER = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
SSN = "US_SSN"
CC = "CREDIT_CARD"
IBAN = "IBAN_CODE"
IP = "IP_ADDRESS"
DOB = "DATE_OF_BIRTH"
DT = "DATE_TIME"
LOC = "LOCATION"
AD = "ADDRESS"
URL = "URL"
MRN = "MEDICAL_RECORD_NUMBER"
HPN = "HEALTH_PLAN_NUMBER"
ACC = "ACCOUNT_NUMBER"
DL = "DRIVER_LICENSE"
AKI = "AWS_ACCESS_KEY"
ASK = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"
SL = "SLACK_TOKEN"
ST = "STRIPE_KEY"
JWT = "JWT"
PK = "PRIVATE_KEY"
PW = "PASSWORD"
GS = "GENERIC_SECRET"

ALL_TYPES = [PER, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, AD, URL, MRN, HPN,
             ACC, DL, AKI, ASK, GH, SL, ST, JWT, PK, PW, GS]
SECRET_TYPES = {AKI, ASK, GH, SL, ST, JWT, PK, PW, GS}


# --------------------------------------------------------------------------
# Builder: appends text and records entity spans while doing so
# --------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self._parts: list[str] = []
        self._pos = 0
        self.ents: list[tuple[int, int, str]] = []

    def t(self, s: str) -> "Builder":
        self._parts.append(s)
        self._pos += len(s)
        return self

    def e(self, s: str, typ: str) -> "Builder":
        if s:
            self.ents.append((self._pos, self._pos + len(s), typ))
        return self.t(s)

    def x(self, *parts) -> "Builder":
        """Append parts; a tuple (value, TYPE) is an entity, a str plain text."""
        for p in parts:
            if p is None:
                continue
            if isinstance(p, tuple):
                if p[1] is None:
                    self.t(p[0])
                else:
                    self.e(p[0], p[1])
            else:
                self.t(p)
        return self

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def doc(self, doc_id: str) -> dict:
        ents = sorted(self.ents)
        return {"id": doc_id, "text": self.text,
                "entities": [{"start": s, "end": e, "type": t} for s, e, t in ents]}


B = Builder

# --------------------------------------------------------------------------
# Data pools
# --------------------------------------------------------------------------
EN_GIVEN = """James Olivia Darnell Keisha Priya Arjun Wei Mei Hiroshi Aiko Oluwaseun
Chidi Ngozi Fatima Omar Yusuf Aaliyah Santiago Camila Mateo Sofia Dmitri Anastasia
Bogdan Siobhan Declan Aoife Tariq Leilani Kai Malia Ezekiel Thandiwe Sipho Linh Minh
Jae-won Seo-yeon Rahul Ananya Bartholomew Eleanor Marguerite Zoltan Ingrid Rafael
Guadalupe Xiomara Kwame Abena Yaw Esi Amara Nnamdi Hamza Layla Noor Rania Deshawn
Tyrone Brittany Cody Dakota Tenzin Pema Ravi Sanjay Lakshmi Farhan Ayesha Imran Callum
Hamish Isla Finnegan Odessa Thaddeus Cornelius Wilhelmina Rosalind Percival Jolene
Marisol Kenji Emeka Folake Bongani Zanele Mahmoud Yara Ciaran Niamh Harpreet Gurpreet
Vikram Deepika Tamsin Ottilie Ignatius Clementine Beau Ryker Maddox Shanice Jamal
Latoya Mercedes Ximena Ulani Koa Ezra Miriam Shira Avraham Dov Hyun-woo Ji-hoon
Anh Quang Bao Mai Tuan Huong""".split()
EN_SURNAME = """Smith Johnson Okafor Adeyemi Nwosu Mensah Boateng Patel Sharma Iyer
Chatterjee Nguyen Tran Pham Kim Park Choi Chen Wang Li Zhang Liu Tanaka Watanabe Garcia
Rodriguez Hernandez Morales O'Brien McAllister Fitzgerald Kowalczyk Novak Petrov
Ivanova Haddad Khoury Al-Sayed Rahman Chowdhury Hussain Begum Abernathy Whitfield
Blackwood Thistlewood Featherstonehaugh Nakamura Kealoha Yazzie Begay Tsosie Goldberg
Rosenbaum Friedman Cohen Levy Papadopoulos Georgiou Esposito Ferreira Santos Oyelaran
Achterberg Ng Lim Tan Wong Zulu Dlamini Ndlovu Okonkwo Babatunde Mwangi Kamau Otieno
Wojcik Szabo Horvath Lindgren Halvorsen MacLeod Campbell Gallagher Donnelly Brennan
Washington Jefferson Robinson Coleman Bryant Castillo Vargas Reyes Delacroix Baptiste
Toussaint Moreau Ahmadi Karimi Hosseini Rezaei Singh Gill Sandhu Dhillon Bhattacharya
Raghunathan Venkataraman Kapoor Mehta Desai Quispe Mamani Huaman Kuznetsov Sokolov
Abernethy Pennington Hollingsworth Wetherby Ashdown""".split()
EN_SURNAME += ["Van der Berg", "De la Cruz", "St. Clair", "Da Silva", "Mac an tSaoi"]
EN_SURNAME = [s for s in EN_SURNAME if s != "St. Clair"]

LOCS: dict[str, dict] = {}

LOCS["us"] = dict(lang="en", given=EN_GIVEN, surname=EN_SURNAME,
    streets=["Maple Ave", "Oak Street", "Elm St", "Cedar Lane", "Pine Ridge Rd",
             "Lakeview Drive", "Sunset Blvd", "Washington Ave", "Park Place",
             "Willow Creek Ct", "Magnolia Way", "Hickory Hollow Rd", "Mission St",
             "Peachtree Industrial Blvd", "Bayshore Pkwy", "N Lamar Blvd",
             "Old Mill Road", "Cherry Hill Dr", "W Division St", "Aspen Circle"],
    cities=[("Columbus", "OH", "Ohio", "432"), ("Austin", "TX", "Texas", "787"),
            ("Seattle", "WA", "Washington", "981"), ("Brooklyn", "NY", "New York", "112"),
            ("Oakland", "CA", "California", "946"), ("Denver", "CO", "Colorado", "802"),
            ("Atlanta", "GA", "Georgia", "303"), ("Chicago", "IL", "Illinois", "606"),
            ("Phoenix", "AZ", "Arizona", "850"), ("Portland", "OR", "Oregon", "972"),
            ("Miami", "FL", "Florida", "331"), ("Boise", "ID", "Idaho", "837"),
            ("Nashville", "TN", "Tennessee", "372"), ("Albuquerque", "NM", "New Mexico", "871"),
            ("Honolulu", "HI", "Hawaii", "968"), ("Pittsburgh", "PA", "Pennsylvania", "152"),
            ("Minneapolis", "MN", "Minnesota", "554"), ("Charlotte", "NC", "North Carolina", "282"),
            ("Salt Lake City", "UT", "Utah", "841"), ("Anchorage", "AK", "Alaska", "995"),
            ("Des Moines", "IA", "Iowa", "503"), ("Baton Rouge", "LA", "Louisiana", "708")],
    country="United States", cc="US")
LOCS["uk"] = dict(lang="en", given=EN_GIVEN, surname=EN_SURNAME,
    streets=["Albert Road", "Church Lane", "High Street", "Victoria Terrace",
             "Kingsway", "Mill Lane", "Station Road", "Queen's Drive",
             "Beechwood Avenue", "The Crescent", "Coronation Street", "Holloway Road"],
    cities=[("London", "E1 6AN"), ("Manchester", "M14 5RT"), ("Leeds", "LS6 2AB"),
            ("Bristol", "BS8 1TH"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF10 3AT"),
            ("Birmingham", "B15 2TT"), ("Edinburgh", "EH3 9DR"), ("Belfast", "BT7 1NN"),
            ("Norwich", "NR2 4SQ"), ("York", "YO1 7HH")],
    country="United Kingdom", cc="GB")
LOCS["ca"] = dict(lang="en", given=EN_GIVEN, surname=EN_SURNAME,
    streets=["Queen Street West", "Bloor Street", "Jasper Avenue", "Robson Street",
             "Sparks Street", "Portage Avenue", "Barrington Street"],
    cities=[("Toronto", "ON", "Ontario", "M5H 2N2"), ("Vancouver", "BC", "British Columbia", "V6E 1B5"),
            ("Calgary", "AB", "Alberta", "T2P 1J9"), ("Ottawa", "ON", "Ontario", "K1P 5G4"),
            ("Winnipeg", "MB", "Manitoba", "R3C 0V8"), ("Halifax", "NS", "Nova Scotia", "B3J 3A5")],
    country="Canada", cc="CA")
LOCS["au"] = dict(lang="en", given=EN_GIVEN, surname=EN_SURNAME,
    streets=["George Street", "Collins Street", "Queen Street", "Hay Street",
             "King William Street", "Chapel Street"],
    cities=[("Sydney", "NSW", "New South Wales", "2000"), ("Melbourne", "VIC", "Victoria", "3000"),
            ("Brisbane", "QLD", "Queensland", "4000"), ("Perth", "WA", "Western Australia", "6000"),
            ("Adelaide", "SA", "South Australia", "5000"), ("Hobart", "TAS", "Tasmania", "7000")],
    country="Australia", cc="AU")
LOCS["ie"] = dict(lang="en", given=EN_GIVEN, surname=EN_SURNAME,
    streets=["Merrion Square", "Grafton Street", "Patrick Street", "Shop Street", "O'Connell Street"],
    cities=[("Dublin", "D02 X285"), ("Cork", "T12 W8DR"), ("Galway", "H91 E2K3"), ("Limerick", "V94 T9PX")],
    country="Ireland", cc="IE")
LOCS["in"] = dict(lang="en", given=EN_GIVEN, surname=EN_SURNAME,
    streets=["MG Road", "Linking Road", "Park Street", "Anna Salai", "Residency Road"],
    cities=[("Bengaluru", "Karnataka", "560001"), ("Mumbai", "Maharashtra", "400050"),
            ("Kolkata", "West Bengal", "700016"), ("Chennai", "Tamil Nadu", "600002"),
            ("Pune", "Maharashtra", "411001")],
    country="India", cc="IN")
LOCS["ng"] = dict(lang="en", given=EN_GIVEN, surname=EN_SURNAME,
    streets=["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Ahmadu Bello Way"],
    cities=[("Lagos", "Lagos State"), ("Abuja", "FCT"), ("Ibadan", "Oyo State"), ("Port Harcourt", "Rivers State")],
    country="Nigeria", cc="NG")
LOCS["sg"] = dict(lang="en", given=EN_GIVEN, surname=EN_SURNAME,
    streets=["Anson Road", "Orchard Road", "Tampines Street 81", "Ang Mo Kio Avenue 3"],
    cities=[("Singapore", "079903")], country="Singapore", cc="SG")

LOCS["de"] = dict(lang="de",
    given="""Jürgen Sabine Katharina Lukas Leonie Maximilian Hannelore Wolfgang Annegret
Felix Mia Emil Greta Dieter Ute Björn Till Frauke Ole Svenja Mehmet Ayşe Jannik
Friederike Gottfried Henrike Detlef Rüdiger Anneliese Lennart""".split(),
    surname="""Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange
Werner Krause Lehmann Köhler Herrmann König Huber Kaiser Fuchs Scholz Möller Weiß Hahn
Schubert Vogel Keller Günther Berger Winkler Roth Lorenz Baumann Albrecht Böhm Jäger
Sommer Groß Seidel Brandt Haas Schreiber Dietrich Ziegler Kühn Pohl Engel Bergmann
Voigt Pfeiffer Oberhauser Wawrzyniak Yıldırım""".split() + ["von der Heide", "zu Salm"],
    streets=["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Goethestraße", "Schillerplatz",
             "Am Mühlbach", "Kastanienweg", "Friedrichstraße", "Königsallee",
             "Rosenheimer Straße", "Karl-Marx-Allee", "Eppendorfer Weg"],
    cities=[("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
            ("Frankfurt am Main", "60311"), ("Stuttgart", "70173"), ("Düsseldorf", "40213"),
            ("Leipzig", "04109"), ("Dresden", "01067"), ("Bremen", "28195"), ("Nürnberg", "90402"),
            ("Freiburg im Breisgau", "79098"), ("Münster", "48143"), ("Rostock", "18055")],
    country="Deutschland", cc="DE")
LOCS["fr"] = dict(lang="fr",
    given="""Élodie Mathieu Camille Théo Chloé Maxime Amélie Baptiste Manon Yannick Solène
Aurélien Margaux Quentin Inès Karim Nadia Loïc Gaëlle Bérénice Anne-Sophie Jean-Luc
Ghislaine Thibault Océane""".split(),
    surname="""Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon
Laurent Lefèvre Michel David Bertrand Roux Vincent Fournier Morel Girard André Mercier
Dupont Lambert Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Henry
Roussel Perrin Morin Clément Gauthier Dumont Fontaine Chevalier Benali Diallo Traoré
Nguyen Kerhervé""".split() + ["Le Goff", "de La Tour"],
    streets=["rue de Rivoli", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
             "place Bellecour", "rue Nationale", "allée des Tilleuls", "chemin des Vignes",
             "quai de la Tournelle", "rue du Faubourg Saint-Antoine", "cours Mirabeau"],
    cities=[("Paris", "75011"), ("Lyon", "69002"), ("Marseille", "13001"), ("Toulouse", "31000"),
            ("Nantes", "44000"), ("Bordeaux", "33000"), ("Lille", "59000"), ("Strasbourg", "67000"),
            ("Montpellier", "34000"), ("Rennes", "35000"), ("Aix-en-Provence", "13100"),
            ("Clermont-Ferrand", "63000")],
    country="France", cc="FR")
LOCS["es"] = dict(lang="es",
    given="""Alejandro Lucía Javier Carmen Álvaro Marta Iñigo Nerea Pilar Sergio Rocío Iker
Ainhoa Guillermo Begoña Xavier Montserrat Jordi Macarena Remedios Fermín Consuelo""".split(),
    surname="""García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín
Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres
Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Suárez Ortega Delgado Castro
Ortiz Rubio Marín Sanz Iglesias Echeverría Urquijo Etxeberria Goikoetxea""".split(),
    streets=["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Paseo de Gracia",
             "Calle Real", "Gran Vía", "Calle del Sol", "Rambla de Catalunya", "Calle Larios",
             "Avenida de Andalucía"],
    cities=[("Madrid", "28013"), ("Barcelona", "08007"), ("Valencia", "46002"), ("Sevilla", "41001"),
            ("Zaragoza", "50001"), ("Málaga", "29015"), ("Bilbao", "48001"), ("Granada", "18009"),
            ("Salamanca", "37001"), ("Valladolid", "47001")],
    country="España", cc="ES")
LOCS["it"] = dict(lang="it",
    given="""Giuseppe Giulia Francesca Alessandro Chiara Lorenzo Federica Matteo Valentina
Salvatore Rosaria Gianluca Ilaria Carmela Vittorio Beatrice Pierluigi Annunziata Ottavio""".split(),
    surname="""Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
Conti Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani
Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Serra
Coppola Marchetti Parisi Villa Ferraro Fabbri Grasso Messina""".split() + ["De Luca", "D'Angelo", "De Santis", "Lo Bianco"],
    streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante Alighieri",
             "Piazza del Duomo", "Via Mazzini", "Viale Europa", "Via Toledo", "Corso Buenos Aires"],
    cities=[("Milano", "MI", "20121"), ("Roma", "RM", "00184"), ("Napoli", "NA", "80134"),
            ("Torino", "TO", "10121"), ("Bologna", "BO", "40121"), ("Firenze", "FI", "50122"),
            ("Palermo", "PA", "90133"), ("Genova", "GE", "16121"), ("Bari", "BA", "70121"),
            ("Verona", "VR", "37121")],
    country="Italia", cc="IT")
LOCS["br"] = dict(lang="pt",
    given="""João Maria Ana Pedro Luís Beatriz Thiago Larissa Rafaela Caio Vinícius Juliana
Conceição Raimundo Francisca Kauã Yasmin Enzo Valentina Gabriel""".split(),
    surname="""Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa
Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias
Nascimento Andrade Moreira Nunes Marques Machado Mendes Freitas Cardoso Cavalcanti
Magalhães Albuquerque""".split(),
    streets=["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua Oscar Freire",
             "Avenida Atlântica", "Rua da Consolação", "Rua XV de Novembro"],
    cities=[("São Paulo", "SP", "01310-100"), ("Rio de Janeiro", "RJ", "22070-011"),
            ("Belo Horizonte", "MG", "30130-010"), ("Curitiba", "PR", "80020-310"),
            ("Recife", "PE", "50030-230"), ("Porto Alegre", "RS", "90010-150")],
    country="Brasil", cc="BR")
LOCS["pt"] = dict(lang="pt",
    given="""João Maria Ana Pedro Gonçalo Inês Tiago Mariana Rui Leonor Duarte Matilde""".split(),
    surname="""Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa
Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira""".split(),
    streets=["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Ouro",
             "Avenida dos Aliados"],
    cities=[("Lisboa", "1100-053"), ("Porto", "4000-322"), ("Coimbra", "3000-150"),
            ("Braga", "4700-435"), ("Faro", "8000-138")],
    country="Portugal", cc="PT")
LOCS["nl"] = dict(lang="nl",
    given="""Daan Sanne Bram Femke Joost Lieke Sem Noor Thijs Marloes Pieter Anouk Wouter
Ilse Gijs Maaike Jelle Fenna""".split(),
    surname=["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
             "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
             "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "de Graaf",
             "van der Meer", "Kok", "Vermeulen", "van den Broek", "Schuurman", "Kuijpers"],
    streets=["Kerkstraat", "Dorpsstraat", "Keizersgracht", "Prinsengracht", "Stationsweg",
             "Molenweg", "Julianastraat", "Oudegracht", "Witte de Withstraat"],
    cities=[("Amsterdam", "1015 CJ"), ("Rotterdam", "3011 AD"), ("Utrecht", "3511 LX"),
            ("Den Haag", "2511 BT"), ("Eindhoven", "5611 EM"), ("Groningen", "9711 LM"),
            ("Haarlem", "2011 HK"), ("Nijmegen", "6511 KB")],
    country="Nederland", cc="NL")
LOCS["pl"] = dict(lang="pl",
    given="""Katarzyna Piotr Agnieszka Tomasz Małgorzata Krzysztof Magdalena Paweł Joanna
Łukasz Zofia Grzegorz Wojciech Jadwiga Bartłomiej Żaneta""".split(),
    surname="""Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński
Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski
Grabowski Nowakowska Wiśniewska Brzęczyszczykiewicz Szczepańska""".split(),
    streets=["ul. Marszałkowska", "ul. Piotrkowska", "ul. Floriańska", "al. Jerozolimskie",
             "ul. Długa", "ul. Mickiewicza", "ul. Świętokrzyska"],
    cities=[("Warszawa", "00-590"), ("Kraków", "31-042"), ("Łódź", "90-001"),
            ("Wrocław", "50-077"), ("Gdańsk", "80-831"), ("Poznań", "61-806"), ("Lublin", "20-001")],
    country="Polska", cc="PL")
LOCS["se"] = dict(lang="sv",
    given="""Erik Astrid Lars Ingrid Björn Maja Sven Elsa Oskar Linnea Gustav Saga Karin Nils
Agneta Torbjörn""".split(),
    surname="""Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson
Gustafsson Pettersson Lindqvist Lindström Bergström Sjöberg Åkesson Öberg Wikström""".split(),
    streets=["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan",
             "Linnégatan"],
    cities=[("Stockholm", "111 57"), ("Göteborg", "411 06"), ("Malmö", "211 22"),
            ("Uppsala", "753 20"), ("Linköping", "582 24"), ("Umeå", "903 26")],
    country="Sverige", cc="SE")
LOCS["tr"] = dict(lang="tr",
    given="""Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Oğuz Gülşen Hakan Şeyma İbrahim
Çağla Serkan Derya""".split(),
    surname="""Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan
Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Erdoğdu""".split(),
    streets=["Bağdat Cad.", "İstiklal Cad.", "Atatürk Bulvarı", "Cumhuriyet Cad.",
             "Kıbrıs Şehitleri Cad.", "Tunalı Hilmi Cad."],
    cities=[("Kadıköy", "İstanbul", "34728"), ("Beyoğlu", "İstanbul", "34430"),
            ("Çankaya", "Ankara", "06690"), ("Konak", "İzmir", "35250"),
            ("Nilüfer", "Bursa", "16110"), ("Muratpaşa", "Antalya", "07100")],
    country="Türkiye", cc="TR")
LOCS["jp"] = dict(lang="ja",
    given="""Haruto Yui Sota Aoi Ren Hina Takeshi Yuki Kenji Sakura Daisuke Naoko Shota Emi
Kazuhiro Michiko""".split(),
    surname="""Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato
Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Fujiwara""".split(),
    streets=["Jingumae", "Ginza", "Umeda", "Sakae", "Tenjin", "Kita Nijo Nishi"],
    cities=[("Tokyo", "Shibuya-ku", "150-0001"), ("Tokyo", "Chuo-ku", "104-0061"),
            ("Osaka", "Kita-ku", "530-0001"), ("Nagoya", "Naka-ku", "460-0008"),
            ("Fukuoka", "Chuo-ku", "810-0001"), ("Sapporo", "Chuo-ku", "060-0002")],
    country="Japan", cc="JP")

EN_LOCS = ["us"] * 9 + ["uk"] * 3 + ["ca", "au", "ie", "in", "ng", "sg"]

PROCESSORS = ["Payvora", "Kestrel Pay", "Tallypay", "Northgate Payments",
              "Ardent Merchant Services", "Quillstone Processing"]
NEOBANKS = ["Lumen Bank", "Quillbank", "Fennec Money", "Brightvault", "Nuvio Bank", "Orla Finance"]
EXCHANGES = ["Orbita Exchange", "Coinvale", "Strata Wallet", "Halberd Digital Assets",
             "Meridian Crypto"]
DOMAINS = {"Payvora": "payvora.com", "Kestrel Pay": "kestrelpay.io", "Tallypay": "tallypay.co",
           "Northgate Payments": "northgatepayments.com", "Ardent Merchant Services": "ardentms.com",
           "Quillstone Processing": "quillstone.net", "Lumen Bank": "lumenbank.app",
           "Quillbank": "quillbank.co.uk", "Fennec Money": "fennec.money",
           "Brightvault": "brightvault.eu", "Nuvio Bank": "nuviobank.de", "Orla Finance": "orla.finance",
           "Orbita Exchange": "orbita.exchange", "Coinvale": "coinvale.io",
           "Strata Wallet": "stratawallet.com", "Halberd Digital Assets": "halberd.io",
           "Meridian Crypto": "meridiancrypto.com"}
MERCHANTS = ["Müller & Söhne GmbH", "Hoffmann Elektro KG", "Ben & Jerry's", "Baker & Lane Outfitters",
             "Casa Rossi Srl", "Dupont Frères SARL", "Chez Laurent", "Tokyo Denki Shoji",
             "Sunrise Bikes LLC", "Greenleaf Grocers", "Pixel Forge Games", "Nordlicht Reisen",
             "Atelier Moreau", "Johnson & Whitfield Furniture", "Sakura Ramen Bar", "Vela Airways",
             "Blue Harbor Hotels", "Kowalski Auto Serwis", "Dr. Oetker Shop", "McAllister Golf Supply"]
BICS = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "CHASUS33", "BARCGB22", "INGBNL2A",
        "BSCHESMM", "UNCRITMM", "PKOPPLPW", "NDEASESS", "TGBATRIS", "BCOMPTPL", "SOGEFRPP",
        "RABONL2U", "HANDSESS", "AIBKIE2D", "NWBKGB2L", "BKAUATWW", "ITAUBRSP"]
ROUTING = ["021000021", "026009593", "121000358", "011000138", "091000019", "322271627",
           "111000025", "063100277", "071000013", "044000037"]
US_AREA_CODES = ["212", "312", "415", "617", "713", "206", "305", "404", "503", "602", "720",
                 "919", "646", "818", "702", "614", "512", "412", "612", "808"]
EMAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk",
           "fastmail.com", "aol.com", "btinternet.com", "rogers.com", "bigpond.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "es": ["hotmail.es", "gmail.com", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "pt": ["uol.com.br", "bol.com.br", "sapo.pt", "gmail.com", "hotmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "sv": ["telia.com", "bredband.net", "gmail.com", "outlook.se"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr", "mynet.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "gmail.com"],
}
COUNTRIES_EN = ["Germany", "France", "Spain", "Italy", "Portugal", "Netherlands", "Poland",
                "Sweden", "Turkey", "Japan", "Brazil", "Nigeria", "Kenya", "Mexico", "Canada",
                "Australia", "Singapore", "United Arab Emirates", "Vietnam", "Colombia",
                "Ghana", "Estonia", "Lithuania", "Cyprus", "Malta", "Switzerland", "United Kingdom"]
_THE_COUNTRIES = {"Netherlands", "United Arab Emirates", "United Kingdom"}
CC_EN = {"DE": "Germany", "FR": "France", "ES": "Spain", "IT": "Italy", "PT": "Portugal", "NL": "Netherlands",
         "PL": "Poland", "SE": "Sweden", "TR": "Turkey", "GB": "United Kingdom", "JP": "Japan", "BR": "Brazil"}


def the(name: str) -> str:
    """Article placed OUTSIDE a country span ("the " + Netherlands)."""
    return "the " if name in _THE_COUNTRIES else ""
WORLD_CITIES = ["Lagos, Nigeria", "Nairobi, Kenya", "Lisbon, Portugal", "Tallinn, Estonia",
                "Dubai, United Arab Emirates", "São Paulo, Brazil", "Ho Chi Minh City, Vietnam",
                "Bogotá, Colombia", "Kyiv, Ukraine", "Manila, Philippines", "Accra, Ghana",
                "Limassol, Cyprus", "Vilnius, Lithuania", "Bucharest, Romania", "Istanbul, Turkey",
                "Toronto, Canada", "Austin, TX", "Miami, FL", "Reykjavík, Iceland", "Zug, Switzerland"]
PETS = ["Biscuit", "Pickles", "Mochi", "Captain", "Luna", "Waffles", "Bruno", "Peanut"]
DRUGS = ["Lisinopril", "Metformin", "Atorvastatin", "Ozempic", "Amoxicillin"]

# --------------------------------------------------------------------------
# Month / weekday names
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
DT_JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", ", " "], "fr": [" à ", " "],
           "es": [" a las ", ", "], "it": [" alle ", ", "], "pt": [" às ", " "],
           "nl": [" ", ", "], "pl": [", ", " "], "sv": [" ", ", "], "tr": [" ", ", "],
           "ja": [" "]}

_TRANSLIT = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "æ": "ae",
                           "İ": "I", "đ": "d", "Đ": "D"})


def ascii_fold(s: str) -> str:
    s = s.translate(_TRANSLIT)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# --------------------------------------------------------------------------
# Valid-value helpers
# --------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
UPPER_DIG = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
HEX = "0123456789abcdef"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def make_pan(r, brand=None) -> str:
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, n = "4" + digits(r, 5), 16
    elif brand == "mc":
        pre, n = (r.choice(["51", "52", "53", "54", "55"]) + digits(r, 4)
                  if r.random() < 0.7 else str(r.randint(2221, 2720)) + digits(r, 2)), 16
    elif brand == "amex":
        pre, n = r.choice(["34", "37"]) + digits(r, 4), 15
    else:
        pre, n = "6011" + digits(r, 2), 16
    body = pre + digits(r, n - 1 - len(pre))
    return body + luhn_digit(body)


def fmt_pan(r, pan: str, style=None) -> str:
    style = style or r.choice(["plain", "space", "space", "dash"])
    if style == "plain":
        return pan
    sep = " " if style == "space" else "-"
    if len(pan) == 15:
        return sep.join([pan[:4], pan[4:10], pan[10:]])
    return sep.join(pan[i:i + 4] for i in range(0, len(pan), 4))


def nonluhn(r, n) -> str:
    """Random digit string of length n that is NOT Luhn-valid (control ids, MIDs...)."""
    while True:
        v = digits(r, n)
        if not luhn_ok(v):
            return v


def bad_pan(r) -> str:
    pan = make_pan(r, r.choice(["visa", "mc", "disc"]))
    return pan[:-1] + str((int(pan[-1]) + r.randint(1, 9)) % 10)


def masked_pan(r) -> str:
    last4 = digits(r, 4)
    return r.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"4{digits(r,5)}******{last4}",
                     f"•••• {last4}", f"ending in {last4}", f"xxxxxxxxxxxx{last4}"])


IBAN_BBAN = {
    "DE": [("n", 18)], "FR": [("n", 23)], "ES": [("n", 20)], "IT": [("a", 1), ("n", 22)],
    "NL": [("b", ["INGB", "ABNA", "RABO", "TRIO", "BUNQ", "SNSB"]), ("n", 10)],
    "GB": [("b", ["BARC", "NWBK", "LOYD", "HBUK", "MONZ", "REVO"]), ("n", 14)],
    "IE": [("b", ["AIBK", "BOFI", "IPBS"]), ("n", 14)], "PL": [("n", 24)], "SE": [("n", 20)],
    "PT": [("n", 21)], "TR": [("n", 5), ("z", 1), ("n", 16)], "BE": [("n", 12)],
    "AT": [("n", 16)], "CH": [("n", 17)],
}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "IE": 22, "PL": 28,
            "SE": 24, "PT": 25, "TR": 26, "BE": 16, "AT": 20, "CH": 21}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(r, cc: str) -> str:
    bban = ""
    for kind, arg in IBAN_BBAN[cc]:
        if kind == "n":
            bban += digits(r, arg)
        elif kind == "a":
            bban += rs(r, string.ascii_uppercase, arg)
        elif kind == "z":
            bban += "0"
        else:
            bban += r.choice(arg)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if IBAN_LEN.get(s[:2]) not in (None, len(s)):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(r, iban: str, grouped=None) -> str:
    if grouped is None:
        grouped = r.random() < 0.6
    if not grouped:
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, sr = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"


def make_ssn(r, style=None) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{style}{g:02d}{style}{s:04d}"


def bad_ssn(r) -> str:
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt(r, sub=None) -> str:
    alg = r.choice(["HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and r.random() < 0.6:
        hdr["kid"] = rs(r, HEX, 16)
    iat = r.randint(1690000000, 1740000000)
    pl = {"sub": sub or f"usr_{rs(r, ALNUM, 12)}", "iat": iat, "exp": iat + r.choice([900, 3600, 86400]),
          "scope": r.choice(["payments:write", "accounts:read balances:read", "disputes:read", "kyc:submit"])}
    if r.random() < 0.5:
        pl["iss"] = "https://auth." + r.choice(list(DOMAINS.values()))
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    sig = bytes(r.getrandbits(8) for _ in range(siglen))
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(pl, separators=(",", ":")).encode()), b64url(sig)])


def jwt_ok(s: str) -> bool:
    parts = s.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except Exception:
        return False
    return isinstance(h, dict) and "alg" in h


def make_pem(r) -> str:
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nbytes = {"RSA PRIVATE KEY": r.choice([608, 640]), "PRIVATE KEY": r.choice([634, 660]),
              "EC PRIVATE KEY": 121, "OPENSSH PRIVATE KEY": 399}[kind]
    head = {"RSA PRIVATE KEY": b"\x30\x82\x02\x5c\x02\x01\x00\x02\x81\x81\x00",
            "PRIVATE KEY": b"\x30\x82\x02\x76\x02\x01\x00\x30\x0d\x06\x09",
            "EC PRIVATE KEY": b"\x30\x77\x02\x01\x01\x04\x20",
            "OPENSSH PRIVATE KEY": b"openssh-key-v1\x00"}[kind]
    raw = head + bytes(r.getrandbits(8) for _ in range(nbytes - len(head)))
    body = base64.b64encode(raw).decode()
    w = 70 if kind.startswith("OPENSSH") else 64
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def make_aws_key(r) -> str:
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, string.ascii_uppercase + "234567", 16)


def make_aws_secret(r) -> str:
    return rs(r, B64, 40)


def make_gh(r) -> str:
    k = r.random()
    if k < 0.55:
        return "ghp_" + rs(r, ALNUM, 36)
    if k < 0.75:
        return "github_pat_11" + rs(r, UPPER_DIG, 20) + "_" + rs(r, ALNUM, 59)
    return r.choice(["gho_", "ghs_", "ghu_"]) + rs(r, ALNUM, 36)


def make_slack(r) -> str:
    if r.random() < 0.6:
        return f"xoxb-{digits(r, 12)}-{digits(r, 13)}-{rs(r, ALNUM, 24)}"
    return f"xoxp-{digits(r, 12)}-{digits(r, 12)}-{digits(r, 13)}-{rs(r, HEX, 32)}"


def make_stripe(r) -> str:
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_"])
    return pre + ("51" + rs(r, ALNUM, 97) if r.random() < 0.6 else rs(r, ALNUM, 24))


def make_generic(r, kind=None) -> str:
    kind = kind or r.choice(["whsec", "hex64", "hex32", "alnum40", "sg", "b64", "adyen", "plaid"])
    if kind == "whsec":
        return "whsec_" + rs(r, ALNUM, 32)
    if kind == "hex64":
        return rs(r, HEX, 64)
    if kind == "hex32":
        return rs(r, HEX, 32)
    if kind == "alnum40":
        return rs(r, ALNUM, 40)
    if kind == "sg":
        return "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43)
    if kind == "b64":
        return base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode()
    if kind == "adyen":
        return "AQE" + rs(r, ALNUM, 10) + "+" + rs(r, ALNUM, 40) + "=="
    return rs(r, HEX, 30)


PW_WORDS = ["Summer", "Falcon", "Granite", "Velvet", "Copper", "Orchid", "Tundra", "Kestrel",
            "Maple", "Harbor", "Quasar", "Saffron", "Juniper", "Nimbus", "Ledger", "Vault"]


def make_password(r, dsn_safe=False) -> str:
    k = r.random()
    sym = "!#%^*-_" if dsn_safe else "!#$%&*?-_+="
    if k < 0.35:
        return r.choice(PW_WORDS) + str(r.randint(1, 2025)) + r.choice(sym)
    if k < 0.6:
        return rs(r, ALNUM + sym, r.randint(12, 20))
    if k < 0.8:
        return "-".join(r.choice(PW_WORDS).lower() for _ in range(3)) + str(r.randint(1, 99))
    return r.choice(PW_WORDS)[0] + rs(r, string.ascii_lowercase, 3) + r.choice(sym) + digits(r, 4) + r.choice(PW_WORDS)


def make_ipv4(r, private=None) -> str:
    if private is None:
        private = r.random() < 0.4
    if private:
        return r.choice([f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}",
                         f"192.168.{r.randint(0,255)}.{r.randint(1,254)}",
                         f"172.{r.randint(16,31)}.{r.randint(0,255)}.{r.randint(1,254)}"])
    first = r.choice([23, 31, 45, 52, 64, 81, 89, 91, 103, 128, 145, 178, 185, 188, 197, 203, 212, 217])
    return f"{first}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"


def make_ipv6(r) -> str:
    pre = r.choice(["2001:db8", "2a02:8108", "2600:1700", "2a01:4f8", "2c0f:f4c0"])
    return pre + ":" + ":".join(f"{r.getrandbits(16):x}" for _ in range(r.choice([2, 3]))) + "::" + f"{r.getrandbits(16):x}"


def make_ip(r) -> str:
    return make_ipv6(r) if r.random() < 0.15 else make_ipv4(r)


def uuid4(r) -> str:
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(r, n=40) -> str:
    return rs(r, HEX, n)


def ref(r, prefix, n=8) -> str:
    return f"{prefix}-{digits(r, n)}"


def amount(r, cur=None, lang="en") -> str:
    cur = cur or r.choice(["$", "€", "£", "USD ", "EUR "])
    v = r.randint(100, 999999) / 100
    if lang == "en":
        s = f"{v:,.2f}"
    else:
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if cur in ("€", " €"):
        return f"{s} €" if lang != "en" else f"€{s}"
    return f"{cur}{s}"


def version(r) -> str:
    return f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"


def epoch(r) -> str:
    return str(r.randint(1690000000, 1740000000))


def rand_date(r, start=2023, span_days=900) -> dt.date:
    return dt.date(start, 1, 1) + dt.timedelta(days=r.randint(0, span_days))


def rand_dob(r) -> dt.date:
    return dt.date(1944, 1, 1) + dt.timedelta(days=r.randint(0, 21500))


def rand_dt(r) -> dt.datetime:
    d = rand_date(r)
    return dt.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def log_ts(r, d: dt.datetime | None = None, style=None) -> str:
    d = d or rand_dt(r)
    style = style or r.choice(["iso", "isoz", "comma", "clf", "syslog"])
    if style == "iso":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{r.randint(0,999):03d}+00:00"
    if style == "isoz":
        return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{r.randint(0,999):03d}Z"
    if style == "comma":
        return d.strftime("%Y-%m-%d %H:%M:%S") + f",{r.randint(0,999):03d}"
    if style == "clf":
        return d.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    return d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)


def hdr_date(r) -> str:
    d = rand_dt(r)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + r.choice(["+0000", "+0100", "-0500", "+0200"])


# --------------------------------------------------------------------------
# Locale-aware generator
# --------------------------------------------------------------------------
class Person:
    def __init__(self, given, surname, middle=None, loc="us"):
        self.given, self.surname, self.middle, self.loc = given, surname, middle, loc

    @property
    def full(self) -> str:
        if self.middle:
            return f"{self.given} {self.middle}. {self.surname}"
        return f"{self.given} {self.surname}"

    def name(self, style="full") -> str:
        if style == "full":
            return self.full
        if style == "lf":
            return f"{self.surname}, {self.given}"
        if style == "upper":
            return self.full.upper()
        if style == "lower":
            return self.full.lower()
        if style == "given":
            return self.given
        if style == "sur":
            return self.surname
        if style == "upper_lf":
            return f"{self.surname}, {self.given}".upper()
        if style == "sur_given":
            return f"{self.surname} {self.given}"
        raise ValueError(style)


class G:
    def __init__(self, r, loc):
        self.r = r
        self.loc = loc
        self.L = LOCS[loc]
        self.lang = self.L["lang"]

    # -- people
    def person(self, middle_p=0.15) -> Person:
        r, L = self.r, self.L
        given = r.choice(L["given"])
        sur = r.choice(L["surname"])
        if self.loc == "es" and r.random() < 0.7:
            s2 = r.choice(L["surname"])
            if s2 != sur:
                sur = f"{sur} {s2}"
        if self.loc == "br" and r.random() < 0.5:
            s2 = r.choice(L["surname"])
            if s2 != sur:
                sur = f"{s2} {sur}"
        mid = None
        if self.lang == "en" and r.random() < middle_p:
            mid = r.choice("ABCDEFGHJKLMNPRSTW")
        return Person(given, sur, mid, self.loc)

    def email(self, p: Person, domain=None) -> str:
        r = self.r
        g = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(p.surname.split(" ")[0] if self.loc == "es" else p.surname).lower())
        style = r.randint(0, 5)
        local = [f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{r.randint(1, 99)}", f"{s}.{g}",
                 f"{g}_{s}", f"{g}.{s}{r.randint(70, 99)}"][style]
        dom = domain or r.choice(EMAIL_DOMAINS[self.lang])
        return f"{local}@{dom}"

    # -- places
    def city(self) -> str:
        return self.r.choice(self.L["cities"])[0]

    def city_region(self) -> str:
        r, loc = self.r, self.loc
        c = r.choice(self.L["cities"])
        if loc in ("us", "ca", "au"):
            return f"{c[0]}, {c[1]}" if r.random() < 0.6 else f"{c[0]}, {c[2]}"
        if loc == "in":
            return f"{c[0]}, {c[1]}"
        if loc == "tr":
            return f"{c[1]}, {self.L['country']}" if r.random() < 0.5 else c[1]
        if loc == "jp":
            return f"{c[0]}, Japan"
        return f"{c[0]}, {self.L['country']}" if r.random() < 0.5 else c[0]

    def addr(self) -> dict:
        """dict(street, city, region, postcode, country, one, multi)."""
        r, loc, L = self.r, self.loc, self.L
        st = r.choice(L["streets"])
        c = r.choice(L["cities"])
        region, pc = "", ""
        if loc == "us":
            unit = r.choice(["", "", "", f" Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" Suite {r.randint(100, 990)}",
                             f" Unit {r.randint(1, 40)}"])
            street = f"{r.randint(12, 9899)} {st}{unit}"
            city, region, pc = c[0], c[1], c[3] + digits(r, 2)
            one = f"{street}, {city}, {region} {pc}"
            multi = f"{street}\n{city}, {region} {pc}"
        elif loc == "uk":
            flat = r.choice(["", "", f"Flat {r.randint(1, 12)}, "])
            street = f"{flat}{r.randint(1, 240)} {st}"
            city, pc = c
            one = f"{street}, {city} {pc}"
            multi = f"{street}\n{city}\n{pc}"
        elif loc == "ca":
            street = f"{r.randint(10, 2400)} {st}" + r.choice(["", f", Unit {r.randint(100, 2500)}"])
            city, region, pc = c[0], c[1], c[3]
            one = f"{street}, {city}, {region} {pc}"
            multi = f"{street}\n{city} {region}  {pc}"
        elif loc == "au":
            street = r.choice(["", f"Unit {r.randint(1, 40)}, "]) + f"{r.randint(1, 400)} {st}"
            city, region, pc = c[0], c[1], c[3]
            one = f"{street}, {city} {region} {pc}"
            multi = f"{street}\n{city} {region} {pc}"
        elif loc == "ie":
            street = f"{r.randint(1, 120)} {st}"
            city, pc = c
            one = f"{street}, {city}, {pc}"
            multi = f"{street}\n{city}\n{pc}"
        elif loc == "in":
            street = f"Flat {r.randint(101, 1204)}, {r.choice(['Lakeview', 'Prestige', 'Sobha', 'Green Acres'])} Apartments, {r.randint(1, 99)} {st}"
            city, region, pc = c
            one = f"{street}, {city}, {region} {pc}"
            multi = f"{street}\n{city} - {pc}\n{region}"
        elif loc == "ng":
            street = f"{r.randint(1, 80)} {st}"
            city, region = c
            one = f"{street}, {city}, {region}"
            multi = f"{street}\n{city}\n{region}"
        elif loc == "sg":
            street = f"{r.randint(1, 300)} {st}, #{r.randint(2, 40):02d}-{r.randint(1, 30):02d}"
            city, pc = c
            one = f"{street}, {city} {pc}"
            multi = f"{street}\n{city} {pc}"
        elif loc == "de":
            street = f"{st} {r.randint(1, 180)}{r.choice(['', '', 'a', 'b'])}"
            city, pc = c
            one = f"{street}, {pc} {city}"
            multi = f"{street}\n{pc} {city}"
        elif loc == "fr":
            street = f"{r.randint(1, 140)}{r.choice(['', '', ' bis'])} {st}"
            city, pc = c
            one = f"{street}, {pc} {city}"
            multi = f"{street}\n{pc} {city.upper() if r.random() < 0.5 else city}"
        elif loc == "es":
            street = f"{st} {r.randint(1, 150)}, {r.randint(1, 9)}º {r.choice('ABCD')}"
            city, pc = c
            one = f"{street}, {pc} {city}"
            multi = f"{street}\n{pc} {city}"
        elif loc == "it":
            street = f"{st} {r.randint(1, 200)}"
            city, region, pc = c
            one = f"{street}, {pc} {city} ({region})" if r.random() < 0.5 else f"{street}, {pc} {city} {region}"
            multi = f"{street}\n{pc} {city} ({region})"
        elif loc == "br":
            street = f"{st}, {r.randint(10, 3000)}" + r.choice(["", f", Apto {r.randint(11, 180)}"])
            city, region, pc = c
            bairro = r.choice(["Pinheiros", "Centro", "Copacabana", "Savassi", "Boa Viagem", "Moinhos de Vento"])
            one = f"{street} - {bairro}, {city} - {region}, {pc}"
            multi = f"{street} - {bairro}\n{city} - {region}\nCEP {pc}"
        elif loc == "pt":
            street = f"{st} {r.randint(1, 300)}, {r.randint(1, 8)}º {r.choice(['Esq', 'Dto'])}"
            city, pc = c
            one = f"{street}, {pc} {city}"
            multi = f"{street}\n{pc} {city}"
        elif loc == "nl":
            street = f"{st} {r.randint(1, 400)}" + r.choice(["", "", "-2", " hs", "A"])
            city, pc = c
            one = f"{street}, {pc} {city}"
            multi = f"{street}\n{pc}  {city.upper()}" if r.random() < 0.4 else f"{street}\n{pc} {city}"
        elif loc == "pl":
            street = f"{st} {r.randint(1, 120)}" + r.choice(["", f" m. {r.randint(1, 60)}", f"/{r.randint(1, 60)}"])
            city, pc = c
            one = f"{street}, {pc} {city}"
            multi = f"{street}\n{pc} {city}"
        elif loc == "se":
            street = f"{st} {r.randint(1, 90)}" + r.choice(["", f", lgh {r.randint(1001, 1504)}"])
            city, pc = c
            one = f"{street}, {pc} {city}"
            multi = f"{street}\n{pc} {city.upper() if r.random() < 0.5 else city}"
        elif loc == "tr":
            street = f"{st} No: {r.randint(1, 300)} D: {r.randint(1, 30)}"
            ilce, city, pc = c
            one = f"{street}, {pc} {ilce}/{city}"
            multi = f"{street}\n{pc} {ilce}/{city}"
        elif loc == "jp":
            city, ku, pc = c
            street = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)} {st}"
            one = f"{street}, {ku}, {city} {pc}"
            multi = f"{street}\n{ku}, {city}\n{pc} Japan"
            region = ku
        else:
            raise ValueError(loc)
        return dict(street=street, city=city, region=region, postcode=pc, country=L["country"],
                    one=one, multi=multi, cc=L["cc"])

    # -- phones
    def phone(self, intl=None) -> str:
        r, loc = self.r, self.loc
        if intl is None:
            intl = r.random() < 0.4
        if loc == "us":
            a = r.choice(US_AREA_CODES)
            b, c = r.randint(201, 989), r.randint(0, 9999)
            if intl:
                return r.choice([f"+1 {a}-{b}-{c:04d}", f"+1 ({a}) {b}-{c:04d}", f"+1{a}{b}{c:04d}"])
            return r.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}"])
        if loc == "ca":
            a = r.choice(["416", "604", "403", "613", "204", "902"])
            return (f"+1 {a} {r.randint(201, 989)} {r.randint(0, 9999):04d}" if intl
                    else f"({a}) {r.randint(201, 989)}-{r.randint(0, 9999):04d}")
        if loc == "uk":
            if intl:
                return r.choice([f"+44 20 7946 {digits(r, 4)}", f"+44 7700 900{digits(r, 3)}",
                                 f"+44 161 496 {digits(r, 4)}"])
            return r.choice([f"020 7946 {digits(r, 4)}", f"07{digits(r, 3)} {digits(r, 6)}", f"0161 496 {digits(r, 4)}"])
        if loc == "au":
            return f"+61 4{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}" if intl else f"04{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"
        if loc == "ie":
            return f"+353 8{r.choice('35679')} {digits(r, 3)} {digits(r, 4)}" if intl else f"08{r.choice('35679')} {digits(r, 3)} {digits(r, 4)}"
        if loc == "in":
            return f"+91 9{digits(r, 4)} {digits(r, 5)}" if intl else f"09{digits(r, 4)}-{digits(r, 5)}"
        if loc == "ng":
            return f"+234 80{digits(r, 1)} {digits(r, 3)} {digits(r, 4)}" if intl else f"080{digits(r, 1)} {digits(r, 3)} {digits(r, 4)}"
        if loc == "sg":
            return f"+65 {r.choice('89')}{digits(r, 3)} {digits(r, 4)}"
        if loc == "de":
            if intl:
                return r.choice([f"+49 30 {digits(r, 8)}", f"+49 171 {digits(r, 7)}", f"+49 (0)89 {digits(r, 7)}"])
            return r.choice([f"030 {digits(r, 8)}", f"0171 {digits(r, 7)}", f"089/{digits(r, 7)}", f"0221 {digits(r, 3)} {digits(r, 4)}"])
        if loc == "fr":
            d = lambda: f"{r.randint(0, 99):02d}"
            if intl:
                return f"+33 {r.choice('1234567')} {d()} {d()} {d()} {d()}"
            return r.choice([f"0{r.choice('1234567')} {d()} {d()} {d()} {d()}", f"0{r.choice('67')}.{d()}.{d()}.{d()}.{d()}"])
        if loc == "es":
            return f"+34 6{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}" if intl else r.choice(
                [f"6{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"91 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
        if loc == "it":
            return f"+39 3{digits(r, 2)} {digits(r, 3)} {digits(r, 4)}" if intl else r.choice(
                [f"3{digits(r, 2)} {digits(r, 3)} {digits(r, 4)}", f"02 {digits(r, 4)} {digits(r, 4)}", f"06 {digits(r, 8)}"])
        if loc == "br":
            ddd = r.choice(["11", "21", "31", "41", "81", "51"])
            return f"+55 {ddd} 9{digits(r, 4)}-{digits(r, 4)}" if intl else f"({ddd}) 9{digits(r, 4)}-{digits(r, 4)}"
        if loc == "pt":
            return f"+351 9{r.choice('1236')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}" if intl else f"9{r.choice('1236')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}"
        if loc == "nl":
            return f"+31 6 {digits(r, 8)}" if intl else r.choice([f"06-{digits(r, 8)}", f"020-{digits(r, 7)}", f"010 {digits(r, 3)} {digits(r, 4)}"])
        if loc == "pl":
            return f"+48 {r.choice('5678')}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}" if intl else r.choice(
                [f"{r.choice('5678')}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}", f"22 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
        if loc == "se":
            return f"+46 70 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}" if intl else r.choice(
                [f"070-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"08-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
        if loc == "tr":
            return f"+90 5{digits(r, 2)} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}" if intl else f"0 (5{digits(r, 2)}) {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"
        if loc == "jp":
            return f"+81 90-{digits(r, 4)}-{digits(r, 4)}" if intl else r.choice(
                [f"090-{digits(r, 4)}-{digits(r, 4)}", f"03-{digits(r, 4)}-{digits(r, 4)}", f"06-{digits(r, 4)}-{digits(r, 4)}"])
        raise ValueError(loc)

    # -- dates
    def rdate(self) -> dt.date:
        return rand_date(self.r)

    def dob(self) -> dt.date:
        return rand_dob(self.r)

    def date_str(self, d: dt.date, style=None, weekday=False) -> str:
        r, lang = self.r, self.lang
        m = MONTHS.get(lang)
        if weekday and lang in WEEKDAYS:
            wd = WEEKDAYS[lang][d.weekday()]
            if lang == "en":
                return f"{wd}, {m[d.month - 1]} {d.day}, {d.year}"
            if lang == "de":
                return f"{wd}, {d.day}. {m[d.month - 1]} {d.year}"
            if lang in ("es", "pt"):
                return f"{wd}, {d.day} de {m[d.month - 1]} de {d.year}"
            return f"{wd} {d.day} {m[d.month - 1]} {d.year}"
        if lang == "en":
            opts = [f"{m[d.month - 1]} {d.day}, {d.year}", f"{m[d.month - 1][:3]} {d.day}, {d.year}",
                    f"{d.day} {m[d.month - 1]} {d.year}", d.isoformat(), f"{d.month:02d}/{d.day:02d}/{d.year}",
                    f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}-{m[d.month - 1][:3]}-{d.year}"]
        elif lang == "de":
            opts = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {m[d.month - 1]} {d.year}", f"{d.day}.{d.month}.{d.year}"]
        elif lang == "fr":
            opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m[d.month - 1]} {d.year}",
                    f"{'1er' if d.day == 1 else d.day} {m[d.month - 1]} {d.year}"]
        elif lang == "es":
            opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m[d.month - 1]} de {d.year}", f"{d.day}-{d.month:02d}-{d.year}"]
        elif lang == "it":
            opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m[d.month - 1]} {d.year}"]
        elif lang == "pt":
            opts = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {m[d.month - 1]} de {d.year}"]
        elif lang == "nl":
            opts = [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {m[d.month - 1]} {d.year}"]
        elif lang == "pl":
            opts = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {m[d.month - 1]} {d.year}"]
        elif lang == "sv":
            opts = [d.isoformat(), f"{d.day} {m[d.month - 1]} {d.year}"]
        elif lang == "tr":
            opts = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {m[d.month - 1]} {d.year}"]
        else:  # ja (romanized)
            opts = [f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}-nen {d.month}-gatsu {d.day}-nichi", d.isoformat()]
        if style is not None:
            return opts[style % len(opts)]
        return r.choice(opts)

    def time_str(self, h=None, mi=None) -> str:
        r = self.r
        h = r.randint(7, 21) if h is None else h
        mi = r.choice([0, 15, 30, 45, r.randint(0, 59)]) if mi is None else mi
        if self.lang == "en" and r.random() < 0.6:
            return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        if self.lang == "fr" and r.random() < 0.6:
            return f"{h}h{mi:02d}"
        return f"{h:02d}:{mi:02d}"

    def dt_str(self, d: dt.date | None = None, weekday=False) -> str:
        d = d or self.rdate()
        join = self.r.choice(DT_JOIN[self.lang])
        return self.date_str(d, weekday=weekday) + join + self.time_str()

    # -- identifiers
    def dl(self) -> tuple[str, str]:
        """(licence number, issuing place or '')"""
        r, loc = self.r, self.loc
        if loc == "us":
            st = r.choice(["California", "New York", "Texas", "Florida", "Illinois", "Washington", "Pennsylvania", "Ohio"])
            num = {"California": lambda: r.choice(string.ascii_uppercase) + digits(r, 7),
                   "New York": lambda: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
                   "Texas": lambda: digits(r, 8),
                   "Florida": lambda: f"{r.choice(string.ascii_uppercase)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
                   "Illinois": lambda: f"{r.choice(string.ascii_uppercase)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
                   "Washington": lambda: "WDL" + rs(r, UPPER_DIG, 9),
                   "Pennsylvania": lambda: f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                   "Ohio": lambda: rs(r, string.ascii_uppercase, 2) + digits(r, 6)}[st]()
            return num, st
        if loc in ("uk", "ie"):
            if loc == "ie":
                return f"{digits(r, 3)}{digits(r, 3)}{digits(r, 3)}", "Ireland"
            s = re.sub(r"[^A-Z]", "", ascii_fold(r.choice(EN_SURNAME)).upper())[:5].ljust(5, "9")
            return f"{s}{digits(r, 6)}{rs(r, string.ascii_uppercase, 2)}9{rs(r, string.ascii_uppercase, 2)}", "DVLA"
        if loc == "ca":
            return f"{r.choice(string.ascii_uppercase)}{digits(r, 4)}-{digits(r, 5)}-{digits(r, 5)}", "Ontario"
        if loc == "au":
            return digits(r, 8), r.choice(["New South Wales", "Victoria", "Queensland"])
        if loc == "de":
            return f"{r.choice(string.ascii_uppercase)}{digits(r, 3)}{rs(r, UPPER_DIG, 4)}{digits(r, 1)}{rs(r, UPPER_DIG, 2)}", ""
        if loc == "fr":
            return f"{digits(r, 2)}{rs(r, string.ascii_uppercase, 2)}{digits(r, 5)}", ""
        if loc == "es":
            n = r.randint(10000000, 99999999)
            return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}", ""
        if loc == "it":
            return f"{rs(r, string.ascii_uppercase, 2)}{digits(r, 7)}{r.choice(string.ascii_uppercase)}", ""
        if loc == "pl":
            return f"{digits(r, 5)}/{digits(r, 2)}/{digits(r, 4)}", ""
        if loc == "nl":
            return digits(r, 10), ""
        if loc in ("br",):
            return digits(r, 11), ""
        if loc == "pt":
            return f"{r.choice(['L', 'P', 'AV', 'C'])}-{digits(r, 6)} {digits(r, 1)}", ""
        if loc == "jp":
            return digits(r, 12), ""
        if loc == "tr":
            return digits(r, 6), ""
        return rs(r, UPPER_DIG, 9), ""

    def bank_account(self) -> str:
        r, loc = self.r, self.loc
        if loc == "us":
            return digits(r, r.choice([9, 10, 11, 12]))
        if loc in ("uk", "ie"):
            return digits(r, 8)
        if loc == "in":
            return digits(r, r.choice([11, 12, 14]))
        if loc == "ng":
            return digits(r, 10)
        if loc == "br":
            return f"{digits(r, 5)}-{digits(r, 1)}"
        if loc == "jp":
            return digits(r, 7)
        return digits(r, 10)

    def iban(self) -> str:
        cc = {"uk": "GB", "ie": "IE", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL",
              "pl": "PL", "se": "SE", "pt": "PT", "tr": "TR"}.get(self.loc)
        cc = cc or self.r.choice(["DE", "FR", "NL", "GB", "ES", "BE", "AT"])
        return fmt_iban(self.r, make_iban(self.r, cc))


def en_g(r) -> G:
    return G(r, r.choice(EN_LOCS))


def any_g(r) -> G:
    return G(r, r.choice(EN_LOCS * 2 + ["de", "fr", "es", "it", "nl", "pl", "se", "pt", "br", "tr", "jp"]))


def url(r, dom=None, path=None, sub=None) -> str:
    dom = dom or r.choice(list(DOMAINS.values()))
    if sub is None:
        sub = "" if dom in ("github.com", "zoom.us") else r.choice(["", "app.", "www.", "secure.", "help.", "dashboard.", "api."])
    path = path or r.choice(["/verify", "/disputes/" + rs(r, ALNUM, 10), "/kyc/upload?token=" + rs(r, ALNUM, 16),
                             "/support/article/" + str(r.randint(1000, 99999)), "/account/security",
                             "/r/" + rs(r, ALNUM, 7), "/v1/payouts", "/docs/webhooks#signatures",
                             "/cases/" + digits(r, 7) + "?lang=en"])
    return f"https://{sub}{dom}{path}"


def brand_email(r, brand, local=None) -> str:
    return f"{local or r.choice(['support', 'disputes', 'kyc', 'compliance', 'no-reply', 'help', 'risk'])}@{DOMAINS[brand]}"


def mrn(r) -> str:
    return r.choice([digits(r, 8), "A" + digits(r, 7), f"MR{digits(r, 6)}", f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}"])


def health_plan_id(r) -> str:
    return r.choice([rs(r, string.ascii_uppercase, 3) + digits(r, 9), "W" + digits(r, 9), f"{digits(r, 1)}EG{digits(r, 1)}-TE{digits(r, 1)}-MK{digits(r, 2)}",
                     "MBR" + digits(r, 8) + "01"])


def cust_account(r) -> str:
    return r.choice([digits(r, 10), f"CA-{digits(r, 8)}", f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}",
                     "ACCT" + digits(r, 9)])


# ==========================================================================
# Document kinds (each returns a Builder)
# ==========================================================================
def _sig(b, r, g, p=None, title=None, company=None):
    p = p or g.person()
    b.x((p.full, PER), "\n")
    if title:
        b.t(title + "\n")
    if company:
        b.t(company + "\n")
    return p


# ---- 1. KYC document request e-mail
def k_kyc_docs_email(r):
    g = en_g(r)
    p, ag = g.person(), en_g(r).person()
    brand = r.choice(NEOBANKS + EXCHANGES)
    b = B()
    b.x("From: ", brand, " Verification <", (brand_email(r, brand, "verify"), EM), ">\n",
        "To: ", (p.full, PER), " <", (g.email(p), EM), ">\n",
        "Date: ", hdr_date(r), "\n",
        "Subject: Action needed - identity verification (ref ", ref(r, "KYC", 7), ")\n\n")
    b.x("Hi ", (p.given, PER), ",\n\n")
    b.x(f"Thanks for opening an account with {brand}. Your application from ",
        (g.date_str(g.rdate()), DT), " is almost complete, but our automated checks could not match all of the details below.\n\n")
    b.x("  Name on application: ", (p.name(r.choice(["full", "upper", "lf"])), PER), "\n")
    b.x("  Date of birth: ", (g.date_str(g.dob()), DOB), "\n")
    a = g.addr()
    b.x("  Residential address: ", (a["one"], AD), "\n")
    b.x("  Mobile: ", (g.phone(), PH), "\n")
    if r.random() < 0.7:
        num, place = g.dl()
        b.x("  Driver's licence no.: ", (num, DL))
        if place and place != "DVLA":
            b.x(" (issued in ", (place, LOC), ")")
        b.t("\n")
    b.x("\nPlease upload a photo of the front and back of your ID at ", (url(r, DOMAINS[brand]), URL),
        " before ", (g.dt_str(), DT), ". For security reasons we never ask for documents by e-mail, "
        f"and we will never ask for your PIN or one-time codes. Your daily limit stays at {amount(r, '$')} until then.\n\n")
    b.x("Kind regards,\n", (ag.full, PER), "\nKYC Operations, ", brand, "\n")
    return b


# ---- 2. KYC onboarding form (key: value)
def k_kyc_form_kv(r):
    g = G(r, "us") if r.random() < 0.7 else en_g(r)
    p = g.person(0.4)
    b = B()
    brand = r.choice(EXCHANGES + NEOBANKS)
    b.t(f"{brand.upper()} - CUSTOMER ONBOARDING RECORD\n")
    b.t(f"Application ID: {uuid4(r)}\nChannel: {r.choice(['iOS 17.4', 'Android 14', 'web'])}   App version: {version(r)}\n\n")
    b.x("Legal name............ ", (p.name(r.choice(["full", "lf", "upper_lf"])), PER), "\n")
    if r.random() < 0.4:
        b.x("Preferred name........ ", (p.given.lower() if r.random() < 0.3 else p.given, PER), "\n")
    b.x("Date of birth......... ", (g.date_str(g.dob()), DOB), "\n")
    if g.loc == "us":
        b.x("SSN................... ", (make_ssn(r), SSN), "\n")
    a = g.addr()
    b.x("Address............... ", (a["multi"].replace("\n", "\n                       "), AD), "\n")
    b.x("Mobile................ ", (g.phone(), PH), "\n")
    b.x("E-mail................ ", (g.email(p), EM), "\n")
    num, place = g.dl()
    b.x("ID type............... driver licence\nID number............. ", (num, DL), "\n")
    if place and place != "DVLA":
        b.x("Issuing state......... ", (place, LOC), "\n")
    b.x("ID expiry............. ", (g.date_str(rand_date(r, 2026, 1500)), DT), "\n")
    b.x("Occupation............ ", r.choice(["Nurse", "Software engineer", "Self-employed", "Student", "Retired", "Truck driver"]), "\n")
    b.x("Source of funds....... ", r.choice(["Salary", "Savings", "Business income", "Inheritance"]), "\n")
    b.x("Signup IP............. ", (make_ip(r), IP), "\n")
    b.t(f"Risk score............ {r.randint(1, 99)}/100 (model {version(r)})\n")
    b.t(f"PEP / sanctions....... {r.choice(['no match', 'potential match - escalated', 'cleared'])}\n")
    return b


# ---- 3. Chargeback notice letter to merchant
def k_chargeback_letter(r):
    g = en_g(r)
    owner = g.person()
    proc = r.choice(PROCESSORS)
    merchant = r.choice(MERCHANTS)
    b = B()
    pc = r.choice(LOCS["us"]["cities"])
    b.x(proc, "\nDispute Resolution Department\n", (f"P.O. Box {r.randint(1000, 99999)}\n{pc[0]}, {pc[1]} {pc[3]}{digits(r, 2)}", AD), "\n\n")
    b.x((g.date_str(g.rdate()), DT), "\n\n")
    hon = r.choice(["Mr. ", "Ms. ", "Mx. ", ""])
    b.x(hon, (owner.full, PER), "\n", merchant, "\n", (g.addr()["multi"], AD), "\n\n")
    b.t(f"Re: Chargeback notification - case {ref(r, 'CB', 9)}, merchant ID {nonluhn(r, 15)}\n\n")
    b.x("Dear ", hon, (owner.surname if hon else owner.full, PER), ",\n\n")
    cust = en_g(r).person()
    pan = make_pan(r)
    b.x("We have received a chargeback from the issuing bank for a transaction processed on ",
        (g.date_str(g.rdate()), DT), f" in the amount of {amount(r, '$')}. Reason code: {r.choice(['10.4', '13.1', '4837', '4853', '13.3'])}"
        " (", r.choice(["fraud - card absent environment", "merchandise not received", "not as described"]), ").\n")
    if r.random() < 0.5:
        b.x("Cardholder: ", (cust.name(r.choice(["upper", "full"])), PER), "\nCard number: ", (fmt_pan(r, pan), CC), "\n")
    else:
        b.x("Cardholder: ", (cust.name(r.choice(["upper", "full"])), PER), "\nCard number: ", masked_pan(r), "\n")
    b.t(f"ARN: {digits(r, 23)}\n\n")
    b.x("To contest this chargeback, submit compelling evidence (proof of delivery, signed receipts, AVS/CVV "
        "results) through the merchant portal at ", (url(r, DOMAINS[proc], "/merchant/disputes"), URL),
        " by ", (g.date_str(g.rdate()), DT), ". If we do not hear from you, the funds will be debited from your settlement account.\n\n")
    b.x("Questions? Call us at ", (g.phone(), PH), " or write to ", (brand_email(r, proc, "disputes"), EM), ".\n\nSincerely,\n")
    _sig(b, r, en_g(r), title="Chargeback Analyst", company=proc)
    return b


# ---- 4. Neobank support chat (time prefixes are hard negatives)
def k_support_chat(r):
    g = en_g(r)
    p = g.person()
    ag = en_g(r).person()
    bank = r.choice(NEOBANKS)
    t = rand_dt(r)
    tfmt = r.choice(["[%H:%M:%S]", "%H:%M", "%I:%M %p"])
    def ts():
        nonlocal t
        t = t + dt.timedelta(seconds=r.randint(10, 200))
        return t.strftime(tfmt)
    b = B()
    b.t(f"{bank} in-app chat - conversation {uuid4(r)}\n")
    b.x(ts(), " Bot: Hi! I'm the ", bank, " assistant. How can I help?\n")
    b.x(ts(), " Customer: hi this is ", (p.name(r.choice(["lower", "full", "given"])), PER),
        ", there's a charge on my card i don't recognise\n")
    b.x(ts(), " Bot: Connecting you to an agent...\n")
    b.x(ts(), " Agent ", (ag.given, PER), ": Hello ", (p.given, PER),
        ", I can help with that. Which transaction is it?\n")
    b.x(ts(), f" Customer: {amount(r, '£')} at {r.choice(MERCHANTS)} on ", (g.date_str(g.rdate()), DT),
        r.choice([", i was at home all day", ". never been there", ", my dog " + r.choice(PETS) + " was the only one home lol"]), "\n")
    b.x(ts(), " Agent ", (ag.given, PER), ": Thanks. To verify, can you confirm your date of birth and postcode?\n")
    a = g.addr()
    b.x(ts(), " Customer: ", (g.date_str(g.dob()), DOB), r.choice([" and ", ", "]),
        (a["one"], AD) if r.random() < 0.5 else ((a["postcode"], None) if a["postcode"] else (a["city"], LOC)), "\n")
    b.x(ts(), " Agent ", (ag.given, PER), f": Verified. I've frozen card {masked_pan(r)} and opened dispute {ref(r, 'DSP', 8)}. "
        "A replacement card will arrive within 5 working days.\n")
    if r.random() < 0.5:
        b.x(ts(), " Customer: can you send it to my work instead? ", (en_g(r).addr()["one"], AD), "\n")
        b.x(ts(), " Agent ", (ag.given, PER), ": For security we can only ship to the address on file, sorry!\n")
    if r.random() < 0.35:
        b.x(ts(), " Customer: the old card was ", (fmt_pan(r, make_pan(r, r.choice(["visa", "mc"]))), CC), " if that helps\n")
        b.x(ts(), " Agent ", (ag.given, PER), ": Please don't share full card numbers in chat - I've masked it on our side.\n")
    b.x(ts(), " Customer: ok. my number changed too, it's ", (g.phone(), PH), "\n")
    b.x(ts(), " Agent ", (ag.given, PER), ": Updated. Anything else?\n")
    b.x(ts(), " Customer: no thanks\n")
    return b


# ---- 5. Fraud call transcript
def k_fraud_call(r):
    g = G(r, "us")
    p = g.person()
    ag = en_g(r).person()
    bank = r.choice(NEOBANKS)
    b = B()
    b.t(f"CALL TRANSCRIPT  queue=FRAUD-L2  call_id={uuid4(r)}  duration=00:{r.randint(4, 19):02d}:{r.randint(0, 59):02d}\n\n")
    s = r.randint(0, 40)
    def pre():
        nonlocal s
        s += r.randint(4, 40)
        return f"{s // 60:02d}:{s % 60:02d}"
    b.x(pre(), " AGENT: Thank you for calling ", bank, " fraud prevention, my name is ", (ag.given, PER), ". Who am I speaking with?\n")
    b.x(pre(), " CALLER: Yeah hi, it's ", (p.full, PER), ". I got a text saying my card was used in ",
        (r.choice(WORLD_CITIES), LOC), ".\n")
    b.x(pre(), " AGENT: I'm sorry to hear that, ", r.choice(["Mr. ", "Ms. ", ""]), (p.surname, PER),
        ". For verification, the last four of your social?\n")
    ssn = make_ssn(r, "-")
    if r.random() < 0.5:
        b.x(pre(), " CALLER: The whole thing is ", (ssn, SSN), ", I don't mind.\n")
        b.x(pre(), " AGENT: Just the last four is fine, thanks. And your date of birth?\n")
    else:
        b.x(pre(), f" CALLER: {ssn[-4:]}.\n", pre(), " AGENT: And your date of birth?\n")
    b.x(pre(), " CALLER: ", (g.date_str(g.dob(), style=r.choice([0, 1, 4])), DOB), ".\n")
    b.x(pre(), f" AGENT: Thank you. I see two attempts of {amount(r, '$')} and {amount(r, '$')} declined at ",
        (g.time_str(), DT), " Eastern. Do you still have the card with you?\n")
    if r.random() < 0.4:
        b.x(pre(), " CALLER: Yes, it's right here. The number is ", (fmt_pan(r, make_pan(r), r.choice(["space", "plain"])), CC), ".\n")
    else:
        b.x(pre(), " CALLER: Yes, it's right here. ", r.choice(["Number ends in ", "Last digits "]), digits(r, 4), ".\n")
    b.x(pre(), " AGENT: I'll block it and mail a new one to ", (g.addr()["one"], AD), ". Is that still correct?\n")
    b.x(pre(), " CALLER: Yes. Can you call me back at ", (g.phone(), PH), " if anything else comes up?\n")
    b.x(pre(), f" AGENT: Of course. Your reference is {ref(r, 'FR', 10)}. Have a good evening.\n")
    return b


# ---- 6. Payment processor webhook event (JSON)
def k_webhook_json(r):
    g = en_g(r) if r.random() < 0.7 else any_g(r)
    p = g.person()
    a = g.addr()
    b = B()
    b.t("{\n")
    b.t(f'  "id": "evt_{rs(r, ALNUM, 24)}",\n  "object": "event",\n  "api_version": "{rand_date(r, 2022).isoformat()}",\n')
    b.t(f'  "created": {epoch(r)},\n  "type": "{r.choice(["charge.dispute.created", "payment_intent.succeeded", "customer.updated", "charge.refunded"])}",\n')
    b.t('  "data": {\n    "object": {\n')
    b.t(f'      "id": "ch_{rs(r, ALNUM, 24)}",\n      "amount": {r.randint(100, 900000)},\n      "currency": "{r.choice(["usd", "eur", "gbp"])}",\n')
    b.x('      "receipt_email": "', (g.email(p), EM), '",\n')
    b.t('      "billing_details": {\n')
    b.x('        "name": "', (p.name(r.choice(["full", "full", "upper"])), PER), '",\n')
    b.x('        "email": "', (g.email(p), EM), '",\n')
    b.x('        "phone": "', (g.phone(True), PH), '",\n')
    b.t('        "address": {\n')
    b.x('          "line1": "', (a["street"], AD), '",\n')
    b.x('          "line2": null,\n          "city": "', (a["city"], LOC), '",\n')
    if a["region"]:
        b.x('          "state": "', (a["region"], LOC), '",\n')
    b.t(f'          "postal_code": "{a["postcode"]}",\n          "country": "{a["cc"]}"\n        }}\n      }},\n')
    b.t(f'      "payment_method_details": {{"card": {{"brand": "{r.choice(["visa", "mastercard", "amex"])}", "last4": "{digits(r, 4)}", '
        f'"exp_month": {r.randint(1, 12)}, "exp_year": {r.randint(2025, 2031)}, "fingerprint": "{rs(r, ALNUM, 16)}"}}}},\n')
    b.x('      "metadata": {"order_id": "', ref(r, "ORD", 9), '", "client_ip": "', (make_ip(r), IP), '"}\n')
    b.t(f'    }}\n  }},\n  "livemode": true,\n  "pending_webhooks": {r.randint(1, 3)},\n  "request": {{"id": "req_{rs(r, ALNUM, 14)}", "idempotency_key": "{uuid4(r)}"}}\n}}\n')
    return b


# ---- 7. Gateway access log (timestamps are hard negatives, IPs/emails labelled)
def k_gateway_log(r):
    b = B()
    d = rand_dt(r)
    paths = ["/v1/charges", "/v1/payment_intents", "/v1/refunds", "/v1/customers", "/oauth/token",
             "/v2/accounts/balances", "/v1/disputes", "/health"]
    for _ in range(r.randint(6, 11)):
        d += dt.timedelta(seconds=r.randint(0, 30), milliseconds=r.randint(0, 999))
        kind = r.random()
        if kind < 0.5:
            b.x((make_ip(r), IP), " - - ", log_ts(r, d, "clf"), f' "{r.choice(["GET", "POST"])} {r.choice(paths)} HTTP/1.1" '
                f'{r.choice([200, 200, 201, 402, 401, 429, 500])} {r.randint(80, 9000)} "-" "{r.choice(["okhttp/4.12.0", "python-requests/2.31.0", "Mozilla/5.0", "Go-http-client/2.0"])}"\n')
        elif kind < 0.8:
            g = any_g(r)
            p = g.person()
            b.x(log_ts(r, d, "iso"), f" INFO  [risk-engine] txn={ref(r, 'TX', 10)} score={r.random():.3f} user=",
                (g.email(p), EM), " ip=", (make_ip(r), IP), f" decision={r.choice(['allow', 'review', 'deny'])}\n")
        else:
            b.x(log_ts(r, d, "comma"), f" WARN  [gateway] upstream timeout after {r.randint(1000, 30000)}ms host=",
                (make_ipv4(r, True), IP), f":{r.choice([443, 8443, 9090])} retry={r.randint(1, 3)}\n")
    return b


# ---- 8. Gateway metrics log - NO ENTITY
def k_metrics_log(r):
    b = B()
    d = rand_dt(r)
    svc = r.choice(["settlement-worker", "fx-quoter", "ledger-writer", "payout-scheduler"])
    for _ in range(r.randint(7, 12)):
        d += dt.timedelta(seconds=r.randint(1, 60))
        b.t(f"{log_ts(r, d, r.choice(['iso', 'isoz', 'comma']))} {r.choice(['INFO ', 'DEBUG', 'WARN '])} {svc}[{r.randint(100, 9999)}] "
            + r.choice([f"batch {ref(r, 'BAT', 6)} settled {r.randint(10, 5000)} txns total={amount(r, 'EUR ')}",
                        f"p99_latency_ms={r.randint(20, 900)} qps={r.randint(10, 3000)} version={version(r)}",
                        f"reconciled file SETL_{rand_date(r).strftime('%Y%m%d')}_{r.randint(1, 9)}.csv rows={r.randint(100, 99999)} sha256={sha(r, 16)}",
                        f"card {masked_pan(r)} token tok_{rs(r, ALNUM, 14)} vaulted",
                        f"retry queue depth={r.randint(0, 400)} oldest_age={r.randint(1, 900)}s",
                        f"payout {ref(r, 'PO', 9)} status=paid amount={amount(r, '$')} fee={amount(r, '$')}"]) + "\n")
    return b


# ---- 9. .env file with secrets
def k_dotenv(r):
    b = B()
    b.t(f"# {r.choice(PROCESSORS)} integration - {r.choice(['staging', 'production', 'prod-eu'])}\n# generated {version(r)}\n")
    b.t(f"APP_ENV=production\nPORT={r.choice([3000, 8080, 8000])}\nLOG_LEVEL=info\n")
    b.x("STRIPE_SECRET_KEY=", (make_stripe(r), ST), "\n")
    b.x("STRIPE_WEBHOOK_SECRET=", (make_generic(r, "whsec"), GS), "\n")
    if r.random() < 0.7:
        b.x("AWS_ACCESS_KEY_ID=", (make_aws_key(r), AKI), "\nAWS_SECRET_ACCESS_KEY=", (make_aws_secret(r), ASK),
            f"\nAWS_REGION={r.choice(['us-east-1', 'eu-west-1', 'eu-central-1'])}\n")
    pw = make_password(r, True)
    host = r.choice([None, make_ipv4(r, True)])
    b.x("DATABASE_URL=postgres://payments_app:", (pw, PW), "@", (host, IP) if host else "db.internal.local", f":5432/ledger\n")
    if r.random() < 0.6:
        b.x("SLACK_BOT_TOKEN=", (make_slack(r), SL), "\n")
    b.t("SENTRY_DSN=${SENTRY_DSN}\nREDIS_PASSWORD=${REDIS_PASSWORD}\n")
    if r.random() < 0.5:
        b.x("PLAID_SECRET=", (make_generic(r, "plaid"), GS), "\n")
    if r.random() < 0.4:
        b.x("GITHUB_TOKEN=", (make_gh(r), GH), "\n")
    b.t(f"FEATURE_FLAGS=3ds2,network_tokens,instant_payouts\nMAX_RETRY={r.randint(2, 6)}\n")
    return b


# ---- 10. Kubernetes secret
def k_k8s_secret(r):
    b = B()
    ns = r.choice(["payments", "kyc", "ledger", "wallet-svc"])
    b.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {ns}-credentials\n  namespace: {ns}\n  labels:\n    app: {ns}\n    version: \"{version(r)}\"\ntype: Opaque\ndata:\n")
    keys = [("DB_PASSWORD", PW), ("api-key", GS), ("webhook-secret", GS), ("smtp_password", PW),
            ("exchange-api-secret", GS), ("redis-password", PW), ("jwt-signing-key", GS)]
    r.shuffle(keys)
    for k, typ in keys[:r.randint(2, 4)]:
        raw = make_password(r) if typ == PW else make_generic(r, r.choice(["hex32", "alnum40", "whsec"]))
        b.x(f"  {k}: ", (base64.b64encode(raw.encode()).decode(), typ), "\n")
    b.t(f"  username: {base64.b64encode(b'svc_' + ns.encode()).decode()}\n")
    return b


# ---- 11. GitHub Actions workflow - NO ENTITY (only ${{ secrets.X }} references)
def k_gha_workflow(r):
    b = B()
    b.t(f"name: deploy-{r.choice(['payments-api', 'kyc-worker', 'wallet-gateway'])}\n\non:\n  push:\n    branches: [main]\n    tags: ['v*']\n\n")
    b.t("jobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    timeout-minutes: 30\n    steps:\n")
    b.t(f"      - uses: actions/checkout@{sha(r)}\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.11'\n")
    b.t("      - name: Configure AWS\n        uses: aws-actions/configure-aws-credentials@v4\n        with:\n"
        "          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"
        f"          aws-region: {r.choice(['us-east-1', 'eu-west-1'])}\n")
    b.t("      - name: Migrate\n        env:\n          DATABASE_URL: ${{ secrets.DATABASE_URL }}\n          STRIPE_KEY: ${{ secrets.STRIPE_LIVE_KEY }}\n"
        f"        run: alembic upgrade head && ./scripts/smoke.sh --build {r.randint(1000, 9999)}\n")
    b.t("      - name: Notify\n        env:\n          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\n"
        f"        run: ./notify.sh \"deployed ${{{{ github.sha }}}} v{version(r)}\"\n")
    return b


# ---- 12. Processor INI config
def k_processor_ini(r):
    b = B()
    proc = r.choice(PROCESSORS)
    b.t(f"; {proc} terminal configuration\n; do not commit - rev {sha(r, 7)}\n\n[general]\nmerchant_id = {digits(r, 12)}\nterminal_id = T{digits(r, 7)}\ncurrency = {r.choice(['EUR', 'USD', 'GBP'])}\n\n")
    b.x("[api]\nendpoint = ", (url(r, DOMAINS[proc], "/api/v3/"), URL), "\napi_key = ", (make_generic(r, r.choice(["hex32", "alnum40", "adyen"])), GS),
        "\nhmac_secret = ", (make_generic(r, "hex64"), GS), "\ntimeout = 30\n\n")
    b.x("[sftp]\nhost = ", (make_ipv4(r), IP), "\nport = 22\nuser = settlement\npassword = ", (make_password(r), PW), "\n\n")
    b.x("[alerts]\nemail = ", (f"{r.choice(['ops', 'payments-oncall', 'treasury'])}@{r.choice(list(DOMAINS.values()))}", EM),
        "\nsms = ", (en_g(r).phone(True), PH), "\n")
    return b


# ---- 13. SAR narrative
def k_sar_narrative(r):
    g = G(r, "us")
    p = g.person(0.5)
    inst = r.choice(NEOBANKS + EXCHANGES)
    b = B()
    b.t(f"SUSPICIOUS ACTIVITY REPORT - NARRATIVE (internal draft)\nFiling institution: {inst}\nCase: {ref(r, 'AML', 7)}   Analyst queue: TM-{r.randint(1, 9)}\n\n")
    b.x("Subject: ", (p.name(r.choice(["upper_lf", "full", "upper"])), PER), "\n")
    b.x("DOB: ", (g.date_str(g.dob(), style=4), DOB), "   SSN: ", (make_ssn(r), SSN), "\n")
    b.x("Address: ", (g.addr()["one"], AD), "\n")
    acct = g.bank_account()
    b.x("Account(s): ", (acct, ACC), ", ", (g.bank_account(), ACC), "\n\n")
    b.x(inst, " is filing this report on ", (p.full, PER), " regarding structured cash deposits and rapid movement of funds. Between ",
        (g.date_str(g.rdate()), DT), " and ", (g.date_str(g.rdate()), DT), ", the subject made "
        f"{r.randint(8, 40)} cash deposits each just below $10,000 at branches in ", (g.city_region(), LOC), " and ",
        (G(r, "us").city_region(), LOC), ". Funds were moved within 48 hours via wire to ")
    fg = G(r, r.choice(["de", "nl", "tr", "pt", "uk"]))
    cn = CC_EN[fg.L["cc"]]
    b.x("an account held by ", (fg.person().full, PER), " at IBAN ", (fg.iban(), IBAN), " in ", the(cn), (cn, LOC),
        ", and via the crypto exchange ", r.choice(EXCHANGES), f" (wallet bc1q{rs(r, string.ascii_lowercase + string.digits, 38)}).\n\n")
    b.x("When contacted by phone at ", (g.phone(), PH), " the subject stated the funds came from a used-car business; no "
        "business registration was located. Login activity originated from IP ", (make_ip(r), IP),
        f". Total suspicious amount: {amount(r, '$')}. Prior SARs: {r.choice(['none', '1 (2021)', '2'])}.\n")
    return b


# ---- 14. KYC CSV export
def k_kyc_csv(r):
    b = B()
    sep = r.choice([",", ";"])
    b.t(sep.join(["customer_ref", "full_name", "dob", "email", "phone", "country", "kyc_status", "created_at"]) + "\n")
    for _ in range(r.randint(3, 7)):
        g = any_g(r)
        p = g.person()
        style = r.choice(["full", "full", "lf", "upper"])
        nm = p.name(style)
        quote = sep in nm
        b.t(f"C{digits(r, 7)}{sep}")
        b.x('"' if quote else "", (nm, PER), '"' if quote else "", sep)
        b.x((g.dob().isoformat(), DOB), sep, (g.email(p), EM), sep, (g.phone(True), PH), sep)
        b.x((g.L["country"], LOC) if r.random() < 0.5 else g.L["cc"], sep)
        b.t(f"{r.choice(['approved', 'pending', 'rejected', 'manual_review'])}{sep}{epoch(r)}\n")
    return b


# ---- 15. Bank statement TSV
def k_statement_tsv(r):
    g = G(r, r.choice(["uk", "ie", "us"]))
    p = g.person()
    b = B()
    acct = g.bank_account()
    b.x("# statement export\taccount_holder=", (p.full, PER), "\taccount_no=", (acct, ACC), "\n")
    b.t("booking_date\tvalue_date\tdescription\tcounterparty\tamount\tbalance\n")
    for _ in range(r.randint(4, 9)):
        d = g.rdate()
        b.x((d.isoformat(), DT), "\t", ((d + dt.timedelta(days=r.randint(0, 2))).isoformat(), DT), "\t")
        k = r.random()
        if k < 0.3:
            cp = en_g(r).person()
            b.x("FASTER PAYMENT\t", (cp.name("upper"), PER), "\t")
        elif k < 0.45:
            b.x("SEPA CT\t", (make_iban(r, r.choice(["DE", "FR", "NL"])), IBAN), "\t")
        else:
            b.t(f"CARD {masked_pan(r)}\t{r.choice(MERCHANTS).upper()}\t")
        b.t(f"{r.choice(['-', ''])}{r.randint(1, 2500)}.{r.randint(0, 99):02d}\t{r.randint(100, 20000)}.{r.randint(0, 99):02d}\n")
    return b


# ---- 16. Open banking account information JSON
def k_openbanking_json(r):
    g = G(r, r.choice(["uk", "uk", "de", "nl", "fr", "ie"]))
    p = g.person()
    b = B()
    b.t('{\n  "Data": {\n    "Account": [\n')
    n = r.randint(1, 2)
    for i in range(n):
        b.t('      {\n')
        b.t(f'        "AccountId": "{uuid4(r)}",\n        "Currency": "{r.choice(["GBP", "EUR"])}",\n        "AccountType": "Personal",\n        "AccountSubType": "{r.choice(["CurrentAccount", "Savings"])}",\n')
        b.t('        "Account": [\n          {\n            "SchemeName": "UK.OBIE.IBAN",\n')
        b.x('            "Identification": "', (make_iban(r, g.iban()[:2]), IBAN), '",\n')
        b.x('            "Name": "', (p.name(r.choice(["full", "upper"])), PER), '",\n')
        b.t(f'            "SecondaryIdentification": "{digits(r, 8)}"\n          }}\n        ]\n      }}{"," if i < n - 1 else ""}\n')
    b.t('    ]\n  },\n  "Links": {\n')
    b.x('    "Self": "', (url(r, r.choice(list(DOMAINS.values())), "/open-banking/v3.1/aisp/accounts"), URL), '"\n  },\n')
    b.t(f'  "Meta": {{\n    "TotalPages": 1,\n    "LastUpdated": "{log_ts(r, style="isoz")}"\n  }},\n')
    b.x('  "x-consent-expires": "', (rand_date(r, 2025).isoformat() + "T23:59:59Z", DT), '"\n}\n')
    return b


# ---- 17. ISO 20022 pain.001 XML
def k_pain001_xml(r):
    g = G(r, r.choice(["de", "fr", "nl", "es", "it", "pt"]))
    p = g.person()
    cg = G(r, r.choice(["de", "fr", "nl", "es", "it", "pl"]))
    cp = cg.person()
    a = g.addr()
    b = B()
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n <CstmrCdtTrfInitn>\n')
    b.t(f'  <GrpHdr><MsgId>MSG{digits(r, 12)}</MsgId><CreDtTm>{log_ts(r, style="iso")}</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>\n')
    b.t(f'  <PmtInf>\n   <PmtInfId>{ref(r, "PMT", 10)}</PmtInfId><PmtMtd>TRF</PmtMtd>\n')
    b.x('   <ReqdExctnDt><Dt>', (g.rdate().isoformat(), DT), '</Dt></ReqdExctnDt>\n')
    b.x('   <Dbtr><Nm>', (p.name(r.choice(["full", "upper"])), PER), '</Nm>\n    <PstlAdr><AdrLine>', (a["street"], AD), '</AdrLine><PstCd>',
        a["postcode"], '</PstCd><TwnNm>', (a["city"], LOC), f'</TwnNm><Ctry>{a["cc"]}</Ctry></PstlAdr></Dbtr>\n')
    b.x('   <DbtrAcct><Id><IBAN>', (make_iban(r, a["cc"]), IBAN), '</IBAN></Id></DbtrAcct>\n')
    b.t(f'   <DbtrAgt><FinInstnId><BICFI>{r.choice(BICS)}</BICFI></FinInstnId></DbtrAgt>\n')
    b.t(f'   <CdtTrfTxInf>\n    <PmtId><EndToEndId>E2E-{digits(r, 10)}</EndToEndId></PmtId>\n    <Amt><InstdAmt Ccy="EUR">{r.randint(10, 50000)}.{r.randint(0, 99):02d}</InstdAmt></Amt>\n')
    b.x('    <Cdtr><Nm>', (cp.full, PER), '</Nm></Cdtr>\n    <CdtrAcct><Id><IBAN>', (make_iban(r, cg.L["cc"]), IBAN), '</IBAN></Id></CdtrAcct>\n')
    b.t(f'    <RmtInf><Ustrd>{r.choice(["Rechnung", "Facture", "Invoice", "Factura"])} {ref(r, "INV", 7)}</Ustrd></RmtInf>\n   </CdtTrfTxInf>\n  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n')
    return b


# ---- 18. MT940 statement
def k_mt940(r):
    g = G(r, r.choice(["de", "nl", "pl", "uk"]))
    p = g.person()
    b = B()
    b.t(f":20:STMT{digits(r, 8)}\n")
    b.x(":25:", (make_iban(r, g.L["cc"]), IBAN), "\n")
    b.x(f":28C:{r.randint(1, 365):05d}/001\n:60F:C", (rand_date(r).strftime('%y%m%d'), DT), f"EUR{r.randint(100, 90000)},{r.randint(0, 99):02d}\n")
    for _ in range(r.randint(2, 4)):
        d = g.rdate()
        b.x(":61:", (d.strftime('%y%m%d'), DT), f"{d.strftime('%m%d')}{r.choice(['C', 'D'])}{r.randint(1, 9000)},{r.randint(0, 99):02d}NTRF{ref(r, 'REF', 8)}\n")
        cg = G(r, r.choice(["de", "nl", "fr", "pl"]))
        b.x(":86:", f"{r.choice(['166', '177', '105'])}?00{r.choice(['SEPA-UEBERWEISUNG', 'SEPA CT', 'LASTSCHRIFT'])}?20", f"EREF+{digits(r, 10)}?21SVWZ+",
            r.choice(["Miete", "Invoice", "Gehalt", "Zwrot"]), f" {digits(r, 6)}?30{r.choice(BICS)}?31", (make_iban(r, cg.L["cc"]), IBAN),
            "?32", (cg.person().name("upper")[:27].rstrip(), PER), "\n")
    b.x(":62F:C", (rand_date(r).strftime('%y%m%d'), DT), f"EUR{r.randint(100, 90000)},{r.randint(0, 99):02d}\n-\n")
    b.x("Account owner (ref.): ", (p.full, PER), "\n")
    return b


# ---- 19. Crypto withdrawal confirmation e-mail
def k_crypto_withdrawal(r):
    g = any_g(r) if r.random() < 0.3 else en_g(r)
    p = g.person()
    ex = r.choice(EXCHANGES)
    coin = r.choice([("BTC", "bc1q" + rs(r, string.ascii_lowercase + string.digits, 38)),
                     ("ETH", "0x" + rs(r, HEX, 40)), ("USDT (TRC20)", "T" + rs(r, ALNUM, 33)),
                     ("SOL", rs(r, ALNUM, 44))])
    b = B()
    b.x("From: ", ex, " <", (brand_email(r, ex, "no-reply"), EM), ">\nTo: ", (g.email(p), EM), "\nDate: ", hdr_date(r),
        f"\nSubject: [{ex}] Withdrawal requested - {coin[0]}\n\n")
    b.x("Dear ", (p.name(r.choice(["given", "full", "upper"])), PER), ",\n\n")
    b.x(f"A withdrawal of {r.randint(1, 900) / 100:.4f} {coin[0].split()[0]} was requested from your account on ",
        (g.dt_str(), DT), " (UTC).\n\n")
    b.t(f"Destination address: {coin[1]}\nNetwork fee: {r.randint(1, 900) / 10000:.5f}\nWithdrawal ID: {uuid4(r)}\n")
    b.x("Request IP: ", (make_ip(r), IP), "\nApproximate location: ", (r.choice(WORLD_CITIES), LOC), "\n")
    b.t(f"Device: {r.choice(['Chrome 122 on Windows', 'Safari on iPhone', 'Firefox 124 on Ubuntu', 'App 5.2.1 on Android'])}\n\n")
    b.x("If this wasn't you, lock your account immediately at ", (url(r, DOMAINS[ex], "/security/lock?rid=" + rs(r, ALNUM, 12)), URL),
        " and contact support. Withdrawals are processed after a 30-minute security hold.\n\n")
    b.t(f"{ex} Security Team\nTxn hash (after broadcast): 0x{sha(r, 64)}\n")
    return b


# ---- 20. Slack message pasting exchange API credentials
def k_slack_api_paste(r):
    g = en_g(r)
    a, c = g.person(), en_g(r).person()
    ex = r.choice(EXCHANGES + PROCESSORS)
    b = B()
    b.t(f"#{r.choice(['trading-infra', 'payments-eng', 'ops-alerts', 'treasury-bots'])}\n\n")
    ha = ascii_fold(a.given).lower()[0] + re.sub(r"[^a-z]", "", ascii_fold(a.surname).lower())
    hc = ascii_fold(c.given).lower() + "." + re.sub(r"[^a-z]", "", ascii_fold(c.surname).lower())[:3]
    h0, m0, ap = r.randint(1, 11), r.randint(0, 50), r.choice(['AM', 'PM'])
    b.x(ha, f"  {h0}:{m0:02d} {ap}\n")
    b.x("hey @", hc, " the new ", ex, " sub-account keys for the market maker bot, rotating the old ones tonight:\n")
    b.x("```\nAPI_KEY=", (rs(r, ALNUM, 64) if r.random() < 0.5 else make_generic(r, "hex32"), GS), "\nAPI_SECRET=", (make_generic(r, r.choice(["b64", "hex64"])), GS), "\n")
    if r.random() < 0.5:
        b.x("PASSPHRASE=", (make_password(r), PW), "\n")
    b.t("```\n")
    b.x("IP allowlist is ", (make_ipv4(r, False), IP), " and ", (make_ipv4(r, False), IP), "/32\n\n")
    b.x(hc, f"  {h0}:{m0 + r.randint(1, 9):02d} {ap}\n")
    b.x("thanks ", (a.given, PER), "! pls don't paste secrets in channels though, vault path is secret/trading/", ex.lower().replace(" ", "-"), "\n")
    b.x("also bot token for alerts if anyone needs it: ", (make_slack(r), SL), "\n") if r.random() < 0.5 else None
    return b


# ---- 21. LLM prompt: dispute summary
def k_llm_dispute(r):
    g = en_g(r)
    p = g.person()
    merchant = r.choice(MERCHANTS)
    b = B()
    b.t("SYSTEM: You are a dispute-operations assistant. Summarise the customer message, classify the dispute reason "
        "(fraud / not received / not as described / duplicate) and draft a reply. Do not reveal internal notes.\n\n")
    b.t("USER: Here is the ticket text, please summarise:\n\"\"\"\n")
    b.x("From: ", (p.full, PER), " <", (g.email(p), EM), ">\n")
    b.x("Hello, my name is ", (p.name(r.choice(["full", "lower"])), PER), " and I was charged twice by ", merchant, " on ",
        (g.date_str(g.rdate()), DT), f" ({amount(r, '$')} each). ")
    pan = make_pan(r)
    if r.random() < 0.6:
        b.x("My card is ", (fmt_pan(r, pan), CC), r.choice([" exp ", " expiry "]), (f"{r.randint(1, 12):02d}/{r.randint(25, 31)}", DT), ". ")
    else:
        b.x(f"My card ends in {pan[-4:]}. ")
    b.x("I called them at ", (en_g(r).phone(), PH), " but nobody answers. I live at ", (g.addr()["one"], AD),
        " if you need to send anything. Please fix this before my rent is due on ", (g.date_str(g.rdate()), DT), ".\n")
    b.x("Thanks, ", (p.given, PER), "\n\"\"\"\n")
    b.t(f"Internal: order {ref(r, 'ORD', 8)}, risk score {r.random():.2f}, previous disputes: {r.randint(0, 3)}.\n\nASSISTANT:")
    return b


# ---- 22. LLM prompt with KYC JSON
def k_llm_kyc_json(r):
    g = any_g(r)
    p = g.person()
    a = g.addr()
    b = B()
    b.t("Prompt to compliance-copilot (model: gpt-4o, temperature 0):\n\nCheck whether this onboarding record is consistent and list any red flags. "
        "Answer in JSON with keys consistent, flags.\n\n")
    b.t("{\n")
    b.x('  "first_name": "', (p.given, PER), '",\n  "last_name": "', (p.surname, PER), '",\n')
    b.x('  "birthDate": "', (g.dob().isoformat(), DOB), '",\n')
    b.x('  "address": {"line": "', (a["street"], AD), '", "city": "', (a["city"], LOC), f'", "postalCode": "{a["postcode"]}", "country": "{a["cc"]}"}},\n')
    b.x('  "email": "', (g.email(p), EM), '",\n  "phone": "', (g.phone(True), PH), '",\n')
    num, _ = g.dl()
    b.x('  "document": {"type": "DRIVING_LICENCE", "number": "', (num, DL), '", "expiry": "', (rand_date(r, 2026, 2000).isoformat(), DT), '"},\n')
    if g.loc == "us":
        b.x('  "ssn": "', (make_ssn(r), SSN), '",\n')
    b.x('  "ip": "', (make_ip(r), IP), f'",\n  "declared_income": "{amount(r, "$")}",\n  "device_id": "{uuid4(r)}"\n}}\n')
    return b


# ---- 23. SMS card alerts - NO ENTITY
def k_sms_alerts(r):
    bank = r.choice(NEOBANKS)
    b = B()
    for _ in range(r.randint(3, 5)):
        k = r.random()
        if k < 0.35:
            b.t(f"{bank}: Card {masked_pan(r).replace('ending in ', '')} was charged {amount(r, r.choice(['$', '£']))} at {r.choice(MERCHANTS)}. Not you? Reply BLOCK.\n\n")
        elif k < 0.6:
            b.t(f"{bank}: Your payment of {amount(r, '£')} to {r.choice(MERCHANTS)} is pending review. Ref {ref(r, 'PR', 6)}. No action needed.\n\n")
        elif k < 0.8:
            b.t(f"{bank}: Payday! {amount(r, '$')} landed in your account. Balance {amount(r, '$')}.\n\n")
        else:
            b.t(f"{bank}: Dispute {ref(r, 'DSP', 7)} was resolved in your favour. {amount(r, '€')} refunded.\n\n")
    return b


# ---- 24. SMS with callback number / link
def k_sms_callback(r):
    g = en_g(r)
    p = g.person()
    bank = r.choice(NEOBANKS)
    b = B()
    b.x(f"SMS from {bank} to ", (g.phone(True), PH), ":\n")
    b.x(f"Hi ", (p.given, PER), f", we blocked a {amount(r, '$')} payment at {r.choice(MERCHANTS)}. If this was you, tap ",
        (url(r, DOMAINS[bank], "/c/" + rs(r, ALNUM, 8)), URL), ". Otherwise call our fraud team on ", (g.phone(), PH), ".\n\n")
    b.x("Reply from customer: not me!! call me on ", (g.phone(), PH), r.choice([" after 6pm", " please", ""]), "\n\n")
    b.x(f"SMS from {bank}: Thanks, your card is frozen. An agent will call you on ", (g.date_str(g.rdate()), DT), ".\n")
    return b


# ---- 25. OCR'd bank statement
def k_ocr_statement(r):
    g = G(r, r.choice(["us", "us", "uk", "ca"]))
    p = g.person()
    a = g.addr()
    bank = r.choice(NEOBANKS).upper()
    b = B()
    b.t(f"{bank}  ·  STATEMENT OF ACCOUNT                 Page 1 of {r.randint(2, 5)}\n")
    b.t("=" * 58 + "\n")
    b.x((p.name("upper"), PER), "\n", (a["multi"].upper(), AD), "\n\n")
    acct = g.bank_account()
    spaced = " ".join(acct[i:i + 4] for i in range(0, len(acct), 4)) if r.random() < 0.4 else acct
    b.x("Acc0unt Number:  ", (spaced, ACC), "          Sort/Routing: ", r.choice(ROUTING) if g.loc != "uk" else f"{digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}", "\n")
    d1 = g.rdate()
    b.x("Statement Period: ", (g.date_str(d1, style=0), DT), " - ", (g.date_str(d1 + dt.timedelta(days=30), style=0), DT), "\n")
    b.t(f"0pening Ba1ance ........ {amount(r, '$')}\n")
    for _ in range(r.randint(3, 6)):
        d = d1 + dt.timedelta(days=r.randint(0, 29))
        b.x((d.strftime("%m/%d"), DT), f"   {r.choice(['POS PURCHASE', 'ACH DEBIT', 'ATM W/D', 'DIRECT DEP', 'ZELLE TO'])}  ")
        if r.random() < 0.25:
            b.x((en_g(r).person().name("upper"), PER), "  ")
        else:
            b.t(f"{r.choice(MERCHANTS).upper()[:18]}  ")
        b.t(f"{r.randint(1, 999)}.{r.randint(0, 99):02d}\n")
    b.t(f"C1osing Ba1ance ........ {amount(r, '$')}\nQuestions? see back of page  |  Member FDIC  |  {ref(r, 'DOC', 10)}\n")
    return b


# ---- 26. OCR of a driver licence (KYC upload)
def k_ocr_dl(r):
    g = G(r, "us")
    p = g.person(0.6)
    num, st = g.dl()
    a = g.addr()
    b = B()
    b.t(f"[OCR result  engine={r.choice(['tesseract 5.3.3', 'textract', 'docai-v2'])}  confidence={r.randint(71, 99)}%]\n")
    b.x((st.upper(), LOC), "   DRIVER LICENSE   USA\n")
    b.x("DL  ", (num, DL), "        CLASS ", r.choice(["C", "D", "B"]), "\n")
    b.x("EXP ", (f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2026, 2032)}", DT), "   ISS ", (f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2018, 2024)}", DT), "\n")
    b.x("LN  ", (p.surname.upper(), PER), "\nFN  ", ((p.given + (" " + p.middle if p.middle else "")).upper(), PER), "\n")
    b.x((a["multi"].upper(), AD), "\n")
    b.x("DOB ", (g.dob().strftime("%m/%d/%Y"), DOB), "   SEX ", r.choice(["F", "M", "X"]), "   HGT 5'-", str(r.randint(0, 11)), '"   EYES ',
        r.choice(["BRN", "BLU", "GRN", "HAZ"]), "\n")
    b.t(f"DD {digits(r, 10)}{rs(r, string.ascii_uppercase, 2)}{digits(r, 4)}   ORGAN DONOR\n")
    b.t(f"-- barcode PDF417 decoded: ANSI 6360{digits(r, 2)}0{r.randint(1, 9)}0102DL00410{r.randint(200, 299)} ...\n")
    b.x("Liveness check: PASS   Face match: ", f"{r.randint(80, 99)}.{r.randint(0, 9)}%   Reviewer: ", (en_g(r).person().full, PER), "\n")
    return b


# ---- 27. Merchant account application
def k_merchant_app(r):
    g = G(r, "us")
    p = g.person(0.4)
    biz = r.choice(["Sunrise Bikes LLC", "Greenleaf Grocers", "Pixel Forge Games", "Baker & Lane Outfitters",
                    "Johnson & Whitfield Furniture", "Blue Harbor Hotels"])
    a = g.addr()
    b = B()
    proc = r.choice(PROCESSORS)
    b.t(f"{proc} MERCHANT APPLICATION  (form MA-{r.randint(100, 999)} rev {version(r)})\n\n")
    b.t(f"Section A - Business\nLegal business name: {biz}\nDBA: {biz.split()[0]}\nEIN: {digits(r, 2)}-{digits(r, 7)}\nMCC: {r.choice(['5411', '5812', '5941', '7011', '5734'])}\n")
    b.x("Business address: ", (g.addr()["one"], AD), "\n")
    b.x("Website: ", (url(r, ascii_fold(biz.split()[0]).lower() + r.choice([".com", ".shop", ".co"]), "/"), URL), "\n")
    b.t(f"Estimated monthly volume: {amount(r, '$')}   Avg ticket: {amount(r, '$')}\n\n")
    b.x("Section B - Principal owner (", str(r.randint(25, 100)), "%)\nName: ", (p.full, PER), "\n")
    b.x("Home address: ", (a["multi"], AD), "\n")
    b.x("Date of birth: ", (g.date_str(g.dob(), style=4), DOB), "     SSN: ", (make_ssn(r), SSN), "\n")
    b.x("Phone: ", (g.phone(), PH), "     Email: ", (g.email(p), EM), "\n\n")
    b.x("Section C - Settlement account\nBank: ", r.choice(["Chase", "Wells Fargo", "First Horizon", "Lumen Bank"]), "\nRouting (ABA): ",
        r.choice(ROUTING), "\nAccount no.: ", (g.bank_account(), ACC), "\n\n")
    b.x("Signed: ", (p.name(r.choice(["full", "upper"])), PER), "     Date: ", (g.date_str(g.rdate(), style=4), DT), "\n")
    return b


# ---- 28. ACH return notice
def k_ach_return(r):
    g = G(r, "us")
    p = g.person()
    b = B()
    proc = r.choice(PROCESSORS)
    code = r.choice([("R01", "Insufficient Funds"), ("R02", "Account Closed"), ("R03", "No Account/Unable to Locate"),
                     ("R10", "Customer Advises Not Authorized"), ("R29", "Corporate Customer Advises Not Authorized")])
    b.t(f"{proc} - ACH RETURN NOTIFICATION\n\nReturn code: {code[0]} ({code[1]})\nTrace number: {nonluhn(r, 15)}\nBatch: {ref(r, 'B', 6)}\n\n")
    b.x("Receiver name: ", (p.name(r.choice(["upper", "full", "upper_lf"])), PER), "\n")
    b.x("Receiver account: ", (g.bank_account(), ACC), "\nRDFI routing: ", r.choice(ROUTING), "\n")
    b.x("Original entry date: ", (g.date_str(g.rdate(), style=4), DT), "   Return date: ", (g.date_str(g.rdate(), style=4), DT), "\n")
    b.t(f"Amount: {amount(r, '$')}    SEC: {r.choice(['PPD', 'WEB', 'CCD', 'TEL'])}\n\n")
    b.x("The debit could not be collected. Your account will be debited for the returned amount plus a ",
        amount(r, "$"), " return fee. If you believe this is an error, contact ", (brand_email(r, proc, "ach-ops"), EM),
        " or ", (G(r, "us").phone(), PH), ". Repeated R10/R29 returns above 0.5% may lead to a review of your ACH privileges.\n")
    return b


# ---- 29. Wire instructions
def k_wire_instructions(r):
    g = G(r, r.choice(["de", "fr", "uk", "nl", "es", "it", "ie"]))
    p = g.person()
    sender = en_g(r).person()
    b = B()
    b.x("Subject: Updated wire instructions\n\nHi ", (sender.given, PER), ",\n\nAs discussed, please send the escrow balance to the account below. ")
    b.t("Note the beneficiary bank has changed since the last invoice.\n\n")
    b.x("Beneficiary: ", (p.name(r.choice(["full", "upper"])), PER), "\n")
    b.x("Beneficiary address: ", (g.addr()["one"], AD), "\n")
    b.x("IBAN: ", (g.iban(), IBAN), "\nBIC/SWIFT: ", r.choice(BICS), "\n")
    b.t(f"Intermediary: {r.choice(['CHASUS33', 'CITIUS33', 'IRVTUS3N'])}\nReference: escrow {ref(r, 'ESC', 7)}\nAmount: {amount(r, 'USD ')}\n\n")
    b.x("Please confirm by phone on ", (g.phone(True), PH), " before ", (en_g(r).dt_str(), DT), ".\n\nBest,\n", (p.given, PER), "\n\n")
    b.x("-- [Flagged by mail filter: reply-to differs from sender; sender IP ", (make_ipv4(r, False), IP), "]\n")
    return b


# ---- 30. Neobank support e-mail reply
def k_support_reply(r):
    g = en_g(r)
    p = g.person()
    ag = en_g(r).person()
    bank = r.choice(NEOBANKS)
    b = B()
    b.x("To: ", (g.email(p), EM), "\nFrom: ", bank, " Support <", (brand_email(r, bank, "help"), EM), ">\nDate: ", hdr_date(r),
        f"\nSubject: Re: [#{r.randint(100000, 999999)}] {r.choice(['Account locked', 'Missing transfer', 'Card declined abroad', 'Savings pot interest'])}\n\n")
    b.x("Hi ", (p.given, PER), ",\n\nThanks for your patience. I checked your account ending ", digits(r, 4),
        " and can see the transfer you sent on ", (g.date_str(g.rdate()), DT), " was held by our payments partner for a routine check. It was released this morning, so it should arrive within 2 hours.\n\n")
    if r.random() < 0.5:
        b.x("I also updated your correspondence address to ", (g.addr()["one"], AD), " as requested.\n\n")
    b.x("If you need anything else, you can reply here or call us on ", (g.phone(), PH), r.choice([" (8am-8pm)", ""]), ".\n\nBest wishes,\n",
        (ag.given, PER), r.choice([" " + ag.surname[0] + ".", ""]), f"\n{bank} Customer Care\n\n")
    b.x("> On ", hdr_date(r), ", ", (p.name(r.choice(["full", "lower"])), PER), " <", (g.email(p), EM), "> wrote:\n")
    b.x(f"> Where is my money?? I sent {amount(r, '£')} three days ago and it's still not there.\n")
    return b


# ---- 31. Merchant dispute evidence packet
def k_dispute_evidence(r):
    g = en_g(r)
    p = g.person()
    merchant = r.choice(MERCHANTS)
    b = B()
    b.t(f"COMPELLING EVIDENCE - dispute {ref(r, 'du', 10)} - {merchant}\n\n1. Order details\n")
    b.t(f"   Order #: {ref(r, 'WEB', 8)}   Amount: {amount(r, '$')}   Items: {r.randint(1, 5)}\n")
    b.x("   Order placed: ", (g.dt_str(), DT), "\n")
    b.x("   Customer: ", (p.full, PER), "  <", (g.email(p), EM), ">\n")
    b.x("   Billing/shipping address (AVS match: Y): ", (g.addr()["one"], AD), "\n\n2. Fulfilment\n")
    b.x(f"   Carrier: {r.choice(['UPS', 'FedEx', 'USPS', 'DHL'])}  Tracking: 1Z{rs(r, UPPER_DIG, 16)}\n   Delivered: ", (g.dt_str(), DT),
        ", signed by ", (p.name(r.choice(["upper", "sur"])), PER), "\n\n3. Device & account history\n")
    b.x("   Checkout IP: ", (make_ip(r), IP), "  (geo: ", (g.city_region(), LOC), ")\n")
    b.x(f"   Account created: {r.randint(2, 30)} months before order; {r.randint(2, 15)} prior undisputed orders\n   CVV: M   3DS: authenticated (ECI 05)\n\n")
    b.x("4. Customer communication\n   ", (p.given, PER), " wrote on ", (g.date_str(g.rdate()), DT), ": \"got it, thanks, fits great\"\n")
    return b


# ---- 32. Jira ticket with a leaked key in a log snippet
def k_jira_leak(r):
    g = en_g(r)
    rep, asg = g.person(), en_g(r).person()
    b = B()
    b.t(f"PAY-{r.randint(1000, 9999)}: Webhook signature verification failing after {version(r)} deploy\n")
    b.x("Type: Bug   Priority: P1   Status: In Progress\nReporter: ", (rep.full, PER), "   Assignee: ", (asg.full, PER), "\n")
    b.t(f"Labels: payments, webhooks, sev2\nAffects: payments-api {version(r)}\n\nDescription:\n")
    b.x("Since ", (g.dt_str(), DT), " all incoming events return 400. Log excerpt from pod payments-api-", rs(r, HEX, 5), ":\n\n")
    b.t("{noformat}\n")
    d = rand_dt(r)
    b.x(log_ts(r, d, "isoz"), " ERROR stripe.SignatureVerificationError: No signatures found matching the expected signature for payload\n")
    b.x(log_ts(r, d, "isoz"), " DEBUG config loaded: api_key=", (make_stripe(r), ST), " webhook_secret=", (make_generic(r, "whsec"), GS), "\n")
    b.t(f"{log_ts(r, d, 'isoz')} INFO  request_id=req_{rs(r, ALNUM, 14)} source_ip=")
    b.x((make_ipv4(r, False), IP), "\n{noformat}\n\n")
    b.x("Comment (", (asg.given, PER), "): Rotating both secrets now - please scrub this ticket. Old key was also in ", (url(r, "github.com", f"/{rs(r, string.ascii_lowercase, 8)}/payments-api/pull/{r.randint(100, 999)}"), URL), "\n")
    return b


# ---- 33. Incident postmortem
def k_postmortem(r):
    g = en_g(r)
    ic, eng = g.person(), en_g(r).person()
    b = B()
    b.t(f"Postmortem: card authorisation latency spike (INC-{r.randint(1000, 9999)})\n\n")
    b.x("Incident commander: ", (ic.full, PER), "\nScribe: ", (eng.name(r.choice(["full", "given"])), PER), "\n")
    b.x("Date of incident: ", (g.date_str(g.rdate()), DT), "\n\nTimeline (UTC)\n")
    d = rand_dt(r)
    for line in ["PagerDuty alert: auth p99 > 2s", "failover to secondary acquirer link", "root cause identified: TLS cert rotation on HSM proxy",
                 "rollback of hsm-proxy to previous version", "latency back to baseline"]:
        d += dt.timedelta(minutes=r.randint(2, 25))
        b.t(f"{d.strftime('%H:%M')}  {line}\n")
    b.x(f"\nImpact: {r.randint(2, 40)}% of authorisations timed out for {r.randint(8, 90)} minutes; approx {r.randint(1000, 90000)} declines.\n")
    b.x("The HSM proxy at ", (make_ipv4(r, True), IP), " was still presenting the expired certificate.\n\nAction items\n")
    b.x("- [", (eng.given, PER), "] automate cert expiry monitoring (due ", (g.date_str(g.rdate()), DT), ")\n")
    b.x("- [", (ic.given, PER), f"] add synthetic auth check per acquirer (JIRA PAY-{r.randint(1000, 9999)})\n")
    return b


# ---- 34. Fraud rules YAML - NO ENTITY
def k_fraud_rules(r):
    b = B()
    b.t(f"# fraud rules engine config\nversion: {version(r)}\nupdated_by: rules-bot\nrules:\n")
    for i in range(r.randint(3, 5)):
        b.t(f"  - id: R{r.randint(100, 999)}\n    name: {r.choice(['velocity_card_1h', 'bin_country_mismatch', 'high_risk_mcc', 'new_device_high_amount', 'crypto_onramp_first_tx'])}\n")
        b.t(f"    when:\n      amount_gt: {r.randint(50, 5000)}\n      mcc_in: [{', '.join(str(r.choice([4829, 6051, 7995, 5967, 6211])) for _ in range(2))}]\n")
        b.t(f"      bin_prefix: \"{digits(r, 6)}\"\n    action: {r.choice(['review', 'decline', 'step_up_3ds', 'allow'])}\n    score: {r.randint(1, 100)}\n")
    b.t(f"defaults:\n  timeout_ms: {r.randint(50, 300)}\n  shadow_mode: {r.choice(['true', 'false'])}\n")
    return b


# ---- 35. curl API example with a bearer token
def k_curl_example(r):
    proc = r.choice(PROCESSORS + EXCHANGES)
    b = B()
    b.t(f"## Reproduce the 401 ({proc} sandbox vs live)\n\n```bash\n")
    tok_jwt = r.random() < 0.5
    b.x("curl -sS -X POST ", (url(r, DOMAINS[proc], r.choice(["/v2/payouts", "/v1/transfers", "/api/v3/order"])), URL), " \\\n")
    b.x("  -H \"Authorization: Bearer ", (make_jwt(r), JWT) if tok_jwt else (rs(r, ALNUM, 48), GS), "\" \\\n")
    b.x("  -H \"Idempotency-Key: ", uuid4(r), "\" \\\n  -H 'Content-Type: application/json' \\\n")
    g = en_g(r)
    p = g.person()
    b.x("  -d '{\"amount\": ", str(r.randint(100, 99999)), ", \"currency\": \"usd\", \"destination\": {\"name\": \"", (p.full, PER),
        "\", \"account_number\": \"", (g.bank_account(), ACC), "\", \"routing_number\": \"", r.choice(ROUTING), "\"}}'\n```\n\n")
    b.t(f"Response: HTTP/2 401 {{\"error\": \"invalid_token\", \"request_id\": \"{uuid4(r)}\"}}\nWorks with the sandbox key; fails with live. Token was issued {r.randint(2, 50)} minutes earlier.\n")
    return b


# ---- 36. Raw HTTP request capture
def k_http_raw(r):
    proc = r.choice(PROCESSORS + NEOBANKS)
    b = B()
    b.t(f"--- captured by mitmproxy {version(r)} ---\n")
    b.x(f"POST /api/v1/{r.choice(['payments', 'consents', 'accounts/transfer'])} HTTP/1.1\nHost: api.{DOMAINS[proc]}\n")
    b.x("Authorization: Bearer ", (make_jwt(r), JWT), "\n")
    b.x("X-Forwarded-For: ", (make_ipv4(r, False), IP), ", ", (make_ipv4(r, True), IP), "\n")
    b.x("Cookie: session=", (rs(r, ALNUM, 32), GS), "; _ga=GA1.2.", digits(r, 9), ".", epoch(r), "\n")
    b.t(f"User-Agent: {proc.replace(' ', '')}/{version(r)} (iPhone; iOS 17.3)\nContent-Type: application/json\n\n")
    g = en_g(r)
    p = g.person()
    b.x('{"payee": {"name": "', (p.name(r.choice(["full", "upper"])), PER), '", "iban": "', (make_iban(r, r.choice(["GB", "IE", "DE"])), IBAN),
        f'"}}, "amount": "{r.randint(1, 9999)}.00", "reference": "{ref(r, "R", 6)}", "scheduled_for": "', (g.rdate().isoformat(), DT), '"}\n')
    return b


# ---- 37. Crypto travel-rule (IVMS101) message
def k_travel_rule(r):
    go, gb = any_g(r), any_g(r)
    po, pb = go.person(), gb.person()
    ao = go.addr()
    b = B()
    b.t('{\n  "ivms101": {\n    "originator": {\n      "originatorPersons": [{\n        "naturalPerson": {\n')
    b.x('          "name": {"nameIdentifier": [{"primaryIdentifier": "', (po.surname, PER), '", "secondaryIdentifier": "', (po.given, PER), '", "nameIdentifierType": "LEGL"}]},\n')
    b.x('          "geographicAddress": [{"addressType": "HOME", "addressLine": ["', (ao["street"], AD), '"], "townName": "', (ao["city"], LOC),
        f'", "postCode": "{ao["postcode"]}", "country": "{ao["cc"]}"}}],\n')
    b.x('          "dateAndPlaceOfBirth": {"dateOfBirth": "', (go.dob().isoformat(), DOB), '", "placeOfBirth": "', (go.city(), LOC), '"},\n')
    b.x('          "customerIdentification": "', (cust_account(r), ACC), '"\n        }\n      }],\n')
    b.t(f'      "accountNumber": ["0x{rs(r, HEX, 40)}"]\n    }},\n    "beneficiary": {{\n      "beneficiaryPersons": [{{\n        "naturalPerson": {{\n')
    b.x('          "name": {"nameIdentifier": [{"primaryIdentifier": "', (pb.surname, PER), '", "secondaryIdentifier": "', (pb.given, PER), '", "nameIdentifierType": "LEGL"}]}\n')
    b.t(f'        }}\n      }}],\n      "accountNumber": ["bc1q{rs(r, string.ascii_lowercase + string.digits, 38)}"]\n    }}\n  }},\n')
    b.t(f'  "transfer": {{"asset": "{r.choice(["BTC", "ETH", "USDC"])}", "amount": "{r.randint(1, 99999) / 1000}", "txid": "{sha(r, 64)}"}},\n')
    b.t(f'  "originatingVASP": "{r.choice(EXCHANGES)}", "beneficiaryVASP": "{r.choice(EXCHANGES)}", "protocol": "TRP {version(r)}"\n}}\n')
    return b


# ---- 38. Sanctions screening hit
def k_screening_hit(r):
    g = any_g(r)
    p = g.person()
    lg = any_g(r)
    b = B()
    b.t(f"SCREENING ALERT {ref(r, 'SCR', 9)}   list: {r.choice(['OFAC SDN', 'EU Consolidated', 'UN 1267', 'HMT'])}   score: {r.randint(70, 100)}\n\n")
    b.x("Customer name:      ", (p.name(r.choice(["upper", "full", "upper_lf"])), PER), "\n")
    b.x("Customer DOB:       ", (g.date_str(g.dob()), DOB), "\n")
    b.x("Customer country:   ", (g.L["country"] if g.lang != "en" else r.choice(COUNTRIES_EN), LOC), "\n")
    hit = lg.person()
    b.x("Matched entry:      ", (hit.name("upper"), PER), " (alias ", (hit.name("upper_lf"), PER), ")\n")
    b.x("Entry DOB:          ", (str(r.randint(1950, 1995)), None), " (year only)\n")
    b.x("Entry POB:          ", (r.choice(WORLD_CITIES), LOC), "\n")
    b.t(f"Programme:          {r.choice(['SDGT', 'RUSSIA-EO14024', 'CYBER2', 'IRAN'])}\n\n")
    reviewer = en_g(r).person()
    b.x("Disposition: ", r.choice(["FALSE POSITIVE - DOB and nationality differ", "ESCALATED to MLRO", "TRUE MATCH - account frozen"]), "\nReviewed by ",
        (reviewer.full, PER), " on ", (en_g(r).dt_str(), DT), "\n")
    return b


# ---- 39. Card reissue letter
def k_card_reissue(r):
    g = en_g(r)
    p = g.person()
    bank = r.choice(NEOBANKS)
    b = B()
    b.x(bank, "\n", "Card Services\n\n")
    b.x(r.choice(["", "Mr ", "Ms ", "Dr "]), (p.name(r.choice(["full", "upper"])), PER), "\n", (g.addr()["multi"], AD), "\n\n")
    b.x((g.date_str(g.rdate()), DT), "\n\nYour new debit card is enclosed\n\n")
    b.x("Dear ", (p.name(r.choice(["given", "full"])), PER), ",\n\n")
    pan = make_pan(r, r.choice(["visa", "mc"]))
    b.x("Because your previous card was reported ", r.choice(["lost", "stolen", "compromised in a merchant data breach"]),
        ", we have issued a replacement. Your new card ", (fmt_pan(r, pan, "space"), CC) if r.random() < 0.5 else (masked_pan(r), None),
        " is valid until ", (f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", DT), ".\n\n")
    b.x("Activate it in the app or by calling ", (g.phone(), PH), ". Your PIN has not changed. Direct debits and "
        "subscriptions linked to the old card will be updated automatically under the network account-updater service.\n\n")
    b.x("Yours sincerely,\n\n", (en_g(r).person().full, PER), "\nHead of Card Operations\n")
    return b


# ---- 40. BNPL collections letter
def k_bnpl_collections(r):
    g = G(r, r.choice(["us", "us", "uk", "au"]))
    p = g.person()
    b = B()
    lender = r.choice(["Tallypay Later", "Fennec Pay-in-4", "Orla Instalments"])
    b.x(lender, "\nCollections Department\n\n")
    b.x((p.name(r.choice(["full", "upper"])), PER), "\n", (g.addr()["multi"], AD), "\n\n")
    acc = cust_account(r)
    b.x("Account number: ", (acc, ACC), "\nStatement date: ", (g.date_str(g.rdate()), DT), "\n\n")
    b.x("Dear ", (p.full, PER), ",\n\nYour instalment of ", amount(r, "$"), " for your purchase at ", r.choice(MERCHANTS),
        " is now ", str(r.randint(15, 90)), " days overdue. To avoid a late fee and a report to credit reference agencies, please pay the outstanding balance of ",
        amount(r, "$"), " by ", (g.date_str(g.rdate(), weekday=r.random() < 0.4), DT), ".\n\n")
    b.x("Pay online at ", (url(r, r.choice(list(DOMAINS.values())), "/pay?acct=" + rs(r, ALNUM, 10)), URL), " or call us on ",
        (g.phone(), PH), ". If you are experiencing financial difficulty, ask about a hardship plan.\n\n")
    b.t(f"Collections Team\n{lender}\nRef: {ref(r, 'COL', 8)}\n")
    return b


# ---- 41. Chargeback CSV report
def k_chargeback_csv(r):
    b = B()
    b.t("case_id,network,reason_code,card,cardholder,amount,currency,txn_date,respond_by,status\n")
    for _ in range(r.randint(3, 7)):
        g = en_g(r)
        b.t(f"{ref(r, 'CB', 9)},{r.choice(['VISA', 'MC', 'AMEX'])},{r.choice(['10.4', '13.1', '4837', '4853', 'F29'])},{masked_pan(r) if r.random() < 0.8 else bad_pan(r)},")
        if r.random() < 0.7:
            p = g.person()
            nm = p.name(r.choice(["upper", "full", "lf"]))
            q = "," in nm
            b.x('"' if q else "", (nm, PER), '"' if q else "")
        b.x(f",{r.randint(5, 3000)}.{r.randint(0, 99):02d},{r.choice(['USD', 'EUR', 'GBP'])},", (g.rdate().isoformat(), DT), ",",
            (g.rdate().isoformat(), DT), f",{r.choice(['open', 'won', 'lost', 'pending_evidence'])}\n")
    return b


# ---- 42. SQL inserts of customer rows
def k_sql_insert(r):
    b = B()
    b.t(f"-- migration {rand_date(r).strftime('%Y%m%d')}_{r.randint(100, 999)}_seed_customers.sql (DO NOT RUN IN PROD)\n")
    b.t("INSERT INTO customers (id, full_name, email, ssn, dob, phone, created_at) VALUES\n")
    n = r.randint(2, 5)
    for i in range(n):
        g = G(r, "us")
        p = g.person()
        b.x(f"  ({r.randint(1000, 99999)}, '", (p.full.replace("'", "''"), PER), "', '", (g.email(p), EM), "', '",
            (make_ssn(r, "-"), SSN) if r.random() < 0.8 else (bad_ssn(r), None), "', '", (g.dob().isoformat(), DOB), "', '",
            (g.phone(), PH), f"', to_timestamp({epoch(r)})){',' if i < n - 1 else ';'}\n")
    b.t(f"\nUPDATE customers SET kyc_tier = {r.randint(1, 3)} WHERE created_at < now() - interval '30 days';\n")
    return b


# ---- 43. Python client with hard-coded credentials
def k_python_client(r):
    b = B()
    b.t(f'"""Nightly reconciliation job for {r.choice(PROCESSORS)} settlements (v{version(r)})."""\nimport os\nimport boto3\nimport stripe\n\n')
    b.x("stripe.api_key = os.getenv(\"STRIPE_KEY\", \"", (make_stripe(r), ST), "\")  # TODO remove fallback\n")
    b.x("s3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"", (make_aws_key(r), AKI), "\",\n    aws_secret_access_key=\"", (make_aws_secret(r), ASK), "\",\n)\n")
    if r.random() < 0.5:
        b.x("GITHUB_TOKEN = \"", (make_gh(r), GH), "\"  # for pushing reports\n")
    b.x("SFTP = {\"host\": \"", (make_ipv4(r), IP), "\", \"user\": \"recon\", \"password\": \"", (make_password(r), PW), "\"}\n\n")
    b.t(f"BUCKET = \"recon-{r.choice(['eu', 'us'])}-{digits(r, 4)}\"\n\n\ndef run(day):\n    key = f\"settlements/{{day:%Y/%m/%d}}/report.csv\"\n"
        "    obj = s3.get_object(Bucket=BUCKET, Key=key)\n    return obj[\"Body\"].read()\n")
    return b


# ---- 44. Terraform tfvars
def k_tfvars(r):
    b = B()
    b.t(f"# terraform.tfvars - {r.choice(['wallet-prod', 'kyc-prod', 'acquiring-eu'])}\nregion        = \"{r.choice(['eu-west-1', 'us-east-2'])}\"\ninstance_type = \"m6i.large\"\nmin_size      = {r.randint(2, 4)}\n")
    b.x("db_master_password = \"", (make_password(r), PW), "\"\n")
    b.x("aws_access_key     = \"", (make_aws_key(r), AKI), "\"\naws_secret_key     = \"", (make_aws_secret(r), ASK), "\"\n")
    b.x("kyc_vendor_api_key = \"", (make_generic(r, r.choice(["hex32", "alnum40"])), GS), "\"\n")
    b.x("allowed_cidrs      = [\"", (make_ipv4(r, False), IP), "/32\", \"", (make_ipv4(r, True), IP), "/16\"]\n")
    b.t(f"tags = {{\n  team = \"payments\"\n  cost_center = \"CC-{r.randint(100, 999)}\"\n}}\n")
    return b


# ---- 45. docker-compose with credentials
def k_docker_compose(r):
    b = B()
    b.t(f"version: \"3.9\"\nservices:\n  ledger-db:\n    image: postgres:{r.randint(13, 16)}.{r.randint(0, 9)}\n    environment:\n      POSTGRES_USER: ledger\n")
    b.x("      POSTGRES_PASSWORD: ", (make_password(r), PW), "\n    ports:\n      - \"5432:5432\"\n")
    b.t(f"  payments-api:\n    image: registry.example.internal/payments-api:{version(r)}\n    environment:\n")
    b.x("      DATABASE_URL: postgresql://ledger:", (make_password(r, True), PW), "@ledger-db:5432/ledger\n")
    b.x("      KAFKA_BROKERS: ", (make_ipv4(r, True), IP), ":9092,", (make_ipv4(r, True), IP), ":9092\n")
    b.x("      PSP_API_KEY: ", (make_generic(r), GS), "\n")
    b.t("      JWT_PUBLIC_KEY_PATH: /run/secrets/jwt.pub\n      OTEL_EXPORTER: ${OTEL_ENDPOINT}\n    depends_on: [ledger-db]\n")
    return b


# ---- 46. Ticket with a pasted private key
def k_pem_ticket(r):
    g = en_g(r)
    p = g.person()
    b = B()
    b.t(f"SEC-{r.randint(100, 999)} | Private key committed to payouts-service repo\n")
    b.x("Reported by: ", (p.full, PER), " (", (g.email(p, r.choice(list(DOMAINS.values()))), EM), ")\n")
    b.x("Detected: ", (g.dt_str(), DT), "\n\n")
    b.t(f"The following key (used for mTLS to the acquirer host) was found in commit {sha(r)}:\n\n")
    b.x((make_pem(r), PK), "\n\n")
    b.x("Key is valid for the host ", (make_ipv4(r), IP), ". Please revoke and reissue via the CA. Access logs will be reviewed for the last ",
        str(r.randint(7, 90)), " days.\n")
    return b


# ---- 47. Dispute review meeting invite (ICS)
def k_meeting_ics(r):
    g = en_g(r)
    org, att = g.person(), en_g(r).person()
    dom = r.choice(list(DOMAINS.values()))
    d = rand_dt(r)
    b = B()
    b.t(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Payments Ops//Calendar {version(r)}//EN\nBEGIN:VEVENT\nUID:{uuid4(r)}\n")
    b.t(f"DTSTAMP:{d.strftime('%Y%m%dT%H%M%SZ')}\nCREATED:{d.strftime('%Y%m%dT%H%M%SZ')}\n")
    st = d + dt.timedelta(days=r.randint(1, 10))
    b.x("DTSTART;TZID=Europe/London:", (st.strftime("%Y%m%dT%H%M00"), DT), "\nDTEND;TZID=Europe/London:",
        ((st + dt.timedelta(minutes=r.choice([30, 45, 60]))).strftime("%Y%m%dT%H%M00"), DT), "\n")
    b.t(f"SUMMARY:Pre-arbitration review - case {ref(r, 'ARB', 7)}\n")
    b.x("ORGANIZER;CN=", (org.full, PER), ":mailto:", (g.email(org, dom), EM), "\n")
    b.x("ATTENDEE;CN=", (att.full, PER), ";ROLE=REQ-PARTICIPANT:mailto:", (g.email(att, dom), EM), "\n")
    b.x("LOCATION:", (url(r, "zoom.us", "/j/" + digits(r, 11)), URL), "\n")
    b.x("DESCRIPTION:Join: ", (url(r, "zoom.us", "/j/" + digits(r, 11)), URL), " Passcode: ", (digits(r, 6) if r.random() < 0.5 else rs(r, ALNUM, 8), PW),
        "\\nDial-in: ", (G(r, "uk").phone(True), PH), "\\nAgenda: evidence from merchant, issuer response, filing fee\n")
    b.t(f"LAST-MODIFIED:{d.strftime('%Y%m%dT%H%M%SZ')}\nEND:VEVENT\nEND:VCALENDAR\n")
    return b


# ---- 48. Relationship manager vCard
def k_vcard(r):
    g = en_g(r)
    p = g.person()
    a = g.addr()
    bank = r.choice(NEOBANKS + PROCESSORS)
    b = B()
    b.t("BEGIN:VCARD\nVERSION:3.0\n")
    b.x("N:", (f"{p.surname};{p.given};{p.middle or ''}".rstrip(";"), PER), ";;\n")
    b.x("FN:", (p.full, PER), "\n", f"ORG:{bank}\nTITLE:{r.choice(['Relationship Manager', 'Merchant Success Lead', 'Private Banker'])}\n")
    b.x("TEL;TYPE=WORK,VOICE:", (g.phone(True), PH), "\nTEL;TYPE=CELL:", (g.phone(), PH), "\n")
    b.x("EMAIL;TYPE=INTERNET:", (g.email(p, DOMAINS[bank]), EM), "\n")
    b.x("ADR;TYPE=WORK:;;", (f"{a['street']};{a['city']};{a['region']};{a['postcode']};{a['country']}", AD), "\n")
    b.x("URL:", (url(r, DOMAINS[bank], "/team/" + ascii_fold(p.given).lower()), URL), "\n")
    if r.random() < 0.5:
        b.x("BDAY:", (g.dob().isoformat(), DOB), "\n")
    b.t(f"REV:{log_ts(r, style='isoz')}\nEND:VCARD\n")
    return b


# ---- 49. Patient payment portal receipt (healthcare payments)
def k_patient_receipt(r):
    g = G(r, "us")
    p = g.person()
    b = B()
    clinic = r.choice(["Riverbend Family Medicine", "Northside Orthopedics", "Cascade Pediatrics", "Summit Dental Group"])
    b.t(f"{clinic} - Patient Payment Receipt\nProcessed by {r.choice(PROCESSORS)} HealthPay   Receipt {ref(r, 'RCPT', 9)}\n\n")
    b.x("Patient: ", (p.name(r.choice(["full", "lf", "upper"])), PER), "\n")
    b.x("Patient account #: ", (digits(r, 8), ACC), "     MRN: ", (mrn(r), MRN), "\n")
    b.x("Date of birth: ", (g.dob().strftime("%m/%d/%Y"), DOB), "\n")
    b.x("Date of service: ", (g.date_str(g.rdate(), style=4), DT), f"   CPT {r.choice(['99213', '99214', '97110', 'D1110'])}   ICD-10 {r.choice(['M54.5', 'J06.9', 'E11.9', 'Z00.00'])}\n")
    b.x("Insurance: ", r.choice(["Aetna PPO", "BlueCross Blue Shield", "UnitedHealthcare Choice Plus", "Cigna Open Access"]),
        "   Member ID: ", (health_plan_id(r), HPN), f"   Group: {digits(r, 6)}\n\n")
    b.t(f"Billed: {amount(r, '$')}   Insurance paid: {amount(r, '$')}   Patient responsibility: {amount(r, '$')}\n")
    b.x(f"Paid today with {r.choice(['VISA', 'MASTERCARD', 'HSA card'])} {masked_pan(r)} - auth code {rs(r, UPPER_DIG, 6)}\n")
    b.x("Payer e-mail: ", (g.email(p), EM), "\n\nBilling questions: ", (g.phone(), PH), " ext. ", str(r.randint(100, 999)), "\n")
    return b


# ---- 50. HL7 DFT^P03 financial transaction
def k_hl7_dft(r):
    g = G(r, "us")
    p = g.person(0.6)
    a = g.addr()
    d = rand_dt(r)
    b = B()
    b.t(f"MSH|^~\\&|PAYGATE|{r.choice(['RBFM', 'NSORTHO', 'CASCPED'])}|BILLING|HOSP|{d.strftime('%Y%m%d%H%M%S')}||DFT^P03|MSG{digits(r, 8)}|P|2.5.1\r\n")
    b.t(f"EVN|P03|{d.strftime('%Y%m%d%H%M%S')}\r\n")
    nm = f"{p.surname.upper()}^{p.given.upper()}" + (f"^{p.middle}" if p.middle else "")
    xad = f"{a['street'].upper()}^^{a['city'].upper()}^{a['region']}^{a['postcode']}"
    pid_dob = g.dob().strftime("%Y%m%d")
    b.x("PID|1||", (mrn(r), MRN), "^^^HOSP^MR||", (nm, PER), "||", (pid_dob, DOB), "|", r.choice(["F", "M"]), "|||",
        (xad, AD), "||", (g.phone(), PH), "|||||", (digits(r, 9), ACC), "\r\n")
    b.x("FT1|1|||", (g.rdate().strftime("%Y%m%d"), DT), f"||CG|{r.choice(['99213', '99214', '80053'])}^{r.choice(['OFFICE VISIT', 'LAB PANEL'])}|||1|{r.randint(50, 900)}.00\r\n")
    ins = g.person() if r.random() < 0.3 else p
    ins_nm = f"{ins.surname.upper()}^{ins.given.upper()}"
    ins_dob = pid_dob if ins is p else g.dob().strftime("%Y%m%d")
    b.x(f"IN1|1|{r.choice(['PPO01', 'HMO22', 'EPO3'])}|{digits(r, 5)}|{r.choice(['AETNA', 'CIGNA', 'BCBS TX', 'UHC'])}", "|" * 12, (ins_nm, PER), "|",
        "SEL" if ins is p else "SPO", "|", (ins_dob, DOB), "|" * 18, (health_plan_id(r), HPN), "\r\n")
    return b


# ---- 51. X12 835 remittance
def k_edi_835(r):
    g = G(r, "us")
    p = g.person(0.5)
    pa = g.addr()
    d = rand_dt(r)
    b = B()
    b.t(f"ISA*00*          *00*          *ZZ*{r.choice(['PAYVORA', 'NGPAY', 'ARDENT'])}        *ZZ*{r.choice(['RBFMCLINIC', 'NSORTHO'])}     *{d.strftime('%y%m%d')}*{d.strftime('%H%M')}*^*00501*{digits(r, 9)}*0*P*:~\n")
    b.t(f"GS*HP*PAYER*CLINIC*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{r.randint(1, 9999)}*X*005010X221A1~\nST*835*0001~\n")
    b.x(f"BPR*I*{r.randint(100, 9999)}.00*C*ACH*CCP*01*{r.choice(ROUTING)}*DA*", (g.bank_account(), ACC), f"*{digits(r, 10)}**01*{r.choice(ROUTING)}*DA*",
        (g.bank_account(), ACC), "*", (g.rdate().strftime("%Y%m%d"), DT), "~\n")
    b.t(f"TRN*1*{digits(r, 12)}*1{digits(r, 9)}~\nN1*PR*{r.choice(['AETNA', 'CIGNA', 'BLUE CROSS', 'UNITED HEALTHCARE'])}~\n")
    b.x("N3*", (pa["street"].upper(), AD), "~\nN4*", (pa["city"].upper(), LOC), "*", (pa["region"], LOC), f"*{pa['postcode']}~\n")
    b.t(f"N1*PE*{r.choice(['RIVERBEND FAMILY MEDICINE', 'NORTHSIDE ORTHOPEDICS'])}*XX*{digits(r, 10)}~\n")
    b.t(f"CLP*{ref(r, 'CLM', 8)}*1*{r.randint(100, 900)}*{r.randint(50, 99)}*{r.randint(5, 40)}*12*{nonluhn(r, 14)}~\n")
    b.x("NM1*QC*1*", (p.surname.upper(), PER), "*", (p.given.upper(), PER), "*", (p.middle or "", None), "***MI*", (health_plan_id(r), HPN), "~\n")
    b.x("DMG*D8*", (g.dob().strftime("%Y%m%d"), DOB), f"*{r.choice(['F', 'M'])}~\n")
    b.x("DTM*232*", (g.rdate().strftime("%Y%m%d"), DT), "~\n")
    b.t(f"SVC*HC:{r.choice(['99213', '99214'])}*{r.randint(100, 300)}*{r.randint(50, 99)}**1~\nSE*14*0001~\nGE*1*1~\nIEA*1*{digits(r, 9)}~\n")
    return b


# ---- 52. Release notes - NO ENTITY
def k_release_notes(r):
    b = B()
    prod = r.choice(["Payvora Android SDK", "Kestrel Pay Checkout.js", "Tallypay POS firmware", "Orbita Exchange API"])
    b.t(f"{prod} {version(r)} release notes\n\n")
    bp = bad_pan(r)
    for line in r.sample(range(8), r.randint(4, 7)):
        b.t("- " + ([f"Fixed a crash when 3DS challenge is cancelled (#{r.randint(1000, 9999)})",
                             f"Bumped okhttp to {version(r)}",
                             f"Network tokens now used by default for Visa and Mastercard (flag net_tokens_v{r.randint(2, 4)})",
                             f"Deprecated /v1/charges; use /v2/payment_intents (removal in {version(r)})",
                             f"Reduced cold-start time by {r.randint(5, 40)}%",
                             f"Test card {' '.join(bp[i:i + 4] for i in range(0, 16, 4))} (Luhn-invalid on purpose) now returns E{r.randint(100, 999)}",
                             f"New error code E{r.randint(1000, 9999)} for expired consents",
                             f"Commit {sha(r, 12)}: retry payouts with exponential backoff"])[line] + "\n")
    b.t(f"\nChecksums (sha256): {sha(r, 64)}\nMinimum supported OS: Android {r.randint(8, 11)} / iOS {r.randint(13, 16)}\n")
    return b


# ---- 53. FX rate feed - NO ENTITY
def k_fx_feed(r):
    b = B()
    d = rand_dt(r)
    b.t("# fx-quoter snapshot  source=ecb+lp-aggregate  interval=5s\nts,pair,bid,ask,mid,spread_bps\n")
    for _ in range(r.randint(6, 12)):
        d += dt.timedelta(seconds=5)
        pair = r.choice(["EURUSD", "GBPUSD", "USDJPY", "EURPLN", "USDTRY", "EURSEK", "BTCUSD", "USDBRL"])
        mid = r.uniform(0.5, 200) if pair != "BTCUSD" else r.uniform(20000, 90000)
        sp = r.uniform(0.5, 30)
        b.t(f"{d.strftime('%Y-%m-%dT%H:%M:%SZ')},{pair},{mid * (1 - sp / 20000):.5f},{mid * (1 + sp / 20000):.5f},{mid:.5f},{sp:.1f}\n")
    return b


# ---- 54. Settlement batch summary - NO ENTITY
def k_settlement_summary(r):
    b = B()
    b.t(f"SETTLEMENT SUMMARY  batch {ref(r, 'STL', 8)}  acquirer {r.choice(['ACQ-EU-02', 'ACQ-US-01'])}\n\n")
    b.t("scheme     count    gross            fees        net\n")
    for sch in ["VISA", "MASTERCARD", "AMEX", "MAESTRO"]:
        c = r.randint(10, 9000)
        gross = r.randint(1000, 900000)
        fee = gross * r.uniform(0.005, 0.03)
        b.t(f"{sch:<10} {c:>6}   {gross:>12,.2f}   {fee:>10,.2f}   {gross - fee:>12,.2f}\n")
    b.t(f"\nInterchange++ applied. Reserve held: {r.randint(1, 10)}%. Chargebacks in batch: {r.randint(0, 12)} (ids {ref(r, 'CB', 6)}, {ref(r, 'CB', 6)}).\n")
    b.t(f"BIN ranges: {digits(r, 6)}-{digits(r, 6)}  MCC {r.choice(['5411', '5812', '4111'])}  file SETL_{digits(r, 8)}.csv  checksum {sha(r, 32)}\n")
    return b


# ---- 55. ISO 8583 trace
def k_iso8583(r):
    b = B()
    pan = make_pan(r, r.choice(["visa", "mc"]))
    b.t(f"ISO8583 {r.choice(['0100', '0200', '0420'])} {r.choice(['REQ', 'RSP'])}  link={r.choice(['VISA-BASE1', 'MC-CIS'])}  host=")
    b.x((make_ipv4(r, True), IP), f":{r.choice([5000, 7001, 9100])}\n")
    b.x(f"  MTI ........ {r.choice(['0100', '0200'])}\n  BITMAP ..... {rs(r, '0123456789ABCDEF', 16)}\n")
    b.x("  DE002 PAN .. ", (pan, CC) if r.random() < 0.7 else (pan[:6] + "*" * (len(pan) - 10) + pan[-4:], None), "\n")
    b.t(f"  DE003 ...... {r.choice(['000000', '003000', '200000'])}\n  DE004 ...... {r.randint(1, 99999999):012d}\n")
    b.t(f"  DE007 ...... {rand_dt(r).strftime('%m%d%H%M%S')}\n  DE011 STAN . {digits(r, 6)}\n")
    b.t(f"  DE022 ...... {r.choice(['051', '071', '812'])}\n  DE037 RRN .. {digits(r, 12)}\n  DE041 TID .. {rs(r, UPPER_DIG, 8)}\n")
    b.t(f"  DE042 MID .. {nonluhn(r, 15)}\n  DE049 ...... {r.choice(['840', '978', '826'])}\n  DE039 RC ... {r.choice(['00', '05', '51', '54', '91'])}\n")
    b.t(f"  DE055 ICC .. 9F2608{rs(r, '0123456789ABCDEF', 16)}9F2701809F10{rs(r, '0123456789ABCDEF', 20)}\n")
    return b


# ---- 56. NACHA file
def k_nacha(r):
    b = B()
    d = rand_dt(r)
    co = r.choice(["PAYVORA PAYROLL", "TALLYPAY INC", "NORTHGATE PAYMT"])
    b.t(f"101 {r.choice(ROUTING)} {digits(r, 10)}{d.strftime('%y%m%d%H%M')}A094101{'FIRST NATIONAL BANK':<23}{co:<23}{'':8}\n")
    eff = (d + dt.timedelta(days=2)).strftime("%y%m%d")
    b.x(f"5200{co:<16}{'':20}{digits(r, 10)}PPD{'PAYROLL':<10}{'':6}", (eff, DT), f"   1{r.choice(ROUTING)[:8]}{digits(r, 7)}\n")
    for _ in range(r.randint(2, 5)):
        g = G(r, "us")
        p = g.person()
        acct = g.bank_account()
        nm = p.name("upper")[:22]
        nm = nm.rstrip().rstrip(".")
        b.x(f"6{r.choice(['22', '27', '32'])}{r.choice(ROUTING)}", (acct, ACC), " " * (17 - len(acct)), f"{r.randint(1000, 999999):010d}{digits(r, 15)}",
            (nm, PER), " " * (22 - len(nm)), f"  0{digits(r, 15)}\n")
    b.t(f"820000000{r.randint(2, 5)}{digits(r, 10)}{r.randint(0, 99999999):012d}{0:012d}{digits(r, 10)}{'':25}{digits(r, 8)}{digits(r, 7)}\n")
    b.t(f"9000001000001000000{r.randint(2, 5):02d}{digits(r, 10)}{0:012d}{r.randint(0, 99999999):012d}{'':39}\n")
    return b


# ---- 57. SWIFT MT103
def k_mt103(r):
    go = G(r, r.choice(["us", "uk", "de", "fr", "nl"]))
    gb = G(r, r.choice(["de", "fr", "es", "it", "pl", "tr", "pt"]))
    po, pb = go.person(), gb.person()
    b = B()
    b.t(f"{{1:F01{r.choice(BICS)[:8]}AXXX{digits(r, 10)}}}{{2:I103{r.choice(BICS)[:8]}XXXXN}}{{4:\n")
    b.t(f":20:{ref(r, 'FT', 10)}\n:23B:CRED\n")
    vd = go.rdate()
    b.x(":32A:", (vd.strftime("%y%m%d"), DT), f"{r.choice(['EUR', 'USD'])}{r.randint(100, 500000)},{r.randint(0, 99):02d}\n")
    acct = go.iban().replace(" ", "") if go.loc != "us" else go.bank_account()
    b.x(":50K:/", (acct, IBAN if go.loc != "us" else ACC), "\n", (po.name("upper"), PER), "\n", (go.addr()["multi"].upper(), AD), "\n")
    b.t(f":52A:{r.choice(BICS)}\n:57A:{r.choice(BICS)}\n")
    b.x(":59:/", (make_iban(r, gb.L["cc"]), IBAN), "\n", (pb.name("upper"), PER), "\n", (gb.addr()["multi"].upper(), AD), "\n")
    b.t(f":70:{r.choice(['INVOICE', 'RENT', 'TUITION', 'LOAN REPAYMENT'])} {ref(r, 'INV', 6)}\n:71A:{r.choice(['SHA', 'OUR', 'BEN'])}\n-}}\n")
    return b


# ---- 58. Identity-verification vendor result JSON
def k_idv_result(r):
    g = any_g(r)
    p = g.person()
    a = g.addr()
    num, _ = g.dl()
    b = B()
    b.t(f'{{\n  "check_id": "{uuid4(r)}",\n  "status": "{r.choice(["complete", "consider", "clear"])}",\n  "created_at": "{log_ts(r, style="isoz")}",\n  "reports": [\n    {{\n      "name": "document",\n      "result": "{r.choice(["clear", "consider"])}",\n      "properties": {{\n')
    b.x('        "document_type": "driving_licence",\n        "document_numbers": [{"type": "document_number", "value": "', (num, DL), '"}],\n')
    b.x('        "first_name": "', (p.given.upper(), PER), '",\n        "last_name": "', (p.surname.upper(), PER), '",\n')
    b.x('        "date_of_birth": "', (g.dob().isoformat(), DOB), '",\n        "date_of_expiry": "', (rand_date(r, 2026, 2000).isoformat(), DT), '",\n')
    b.x(f'        "issuing_country": "{a["cc"]}",\n        "nationality": "{a["cc"]}",\n        "address": "', (a["one"], AD), '"\n      }\n    },\n')
    b.x(f'    {{\n      "name": "facial_similarity_photo",\n      "result": "clear",\n      "score": {r.random():.3f}\n    }}\n  ],\n  "applicant_ip": "', (make_ip(r), IP), '",\n')
    b.x('  "webhook_url": "', (url(r, r.choice(list(DOMAINS.values())), "/hooks/idv"), URL), '"\n}\n')
    return b


# ---- 59. CRM call note
def k_crm_note(r):
    g = en_g(r)
    p = g.person()
    ag = en_g(r).person()
    b = B()
    b.x(f"CRM note  acct-type: {r.choice(['Premium', 'Business', 'Standard'])}  logged by agent ", (ag.name(r.choice(["full", "given"])), PER), "\n\n")
    b.x("Spoke with cust ", (p.name(r.choice(["full", "lower", "upper"])), PER), " re: ", r.choice(["failed international transfer", "overdraft fee refund", "crypto purchase blocked", "standing order not paid"]), ". ")
    b.x("Verified via DOB ", (g.date_str(g.dob()), DOB), " + postcode. Customer account ", (cust_account(r), ACC), ". ")
    cn = r.choice(COUNTRIES_EN)
    b.x("Cust says they will be travelling to ", the(cn), (cn, LOC), " from ", (g.date_str(g.rdate()), DT), ", added travel note. ")
    b.x("Best callback ", (g.phone(), PH), r.choice([" after 5", " weekday mornings", ""]), ". Spouse ", (g.person().given, PER),
        " is NOT authorised on the account - do not discuss. Refunded fee ", amount(r, "£"), f" (ticket {ref(r, 'T', 7)}).\n")
    b.x("Follow-up: call back on ", (g.dt_str(weekday=r.random() < 0.3), DT), ".\n")
    return b


# ---- 60. Git diff removing a secret
def k_git_diff(r):
    b = B()
    g = en_g(r)
    p = g.person()
    b.t(f"commit {sha(r)}\n")
    b.x("Author: ", (p.full, PER), " <", (g.email(p, r.choice(list(DOMAINS.values()))), EM), ">\n")
    b.t(f"Date:   {rand_dt(r).strftime('%a %b %d %H:%M:%S %Y')} +0000\n\n    chore: move {r.choice(['stripe', 'exchange', 'aws'])} credentials to vault\n\n")
    b.t(f"diff --git a/config/settings.py b/config/settings.py\nindex {sha(r, 7)}..{sha(r, 7)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -{r.randint(10, 80)},7 +{r.randint(10, 80)},7 @@\n")
    k = r.random()
    if k < 0.33:
        b.x("-STRIPE_API_KEY = \"", (make_stripe(r), ST), "\"\n+STRIPE_API_KEY = os.environ[\"STRIPE_API_KEY\"]\n")
    elif k < 0.66:
        b.x("-AWS_KEY = \"", (make_aws_key(r), AKI), "\"\n-AWS_SECRET = \"", (make_aws_secret(r), ASK), "\"\n+AWS_KEY = os.environ[\"AWS_KEY\"]\n+AWS_SECRET = os.environ[\"AWS_SECRET\"]\n")
    else:
        b.x("-GH_DEPLOY_TOKEN = \"", (make_gh(r), GH), "\"\n-SLACK_TOKEN = \"", (make_slack(r), SL), "\"\n+GH_DEPLOY_TOKEN = os.getenv(\"GH_DEPLOY_TOKEN\")\n+SLACK_TOKEN = os.getenv(\"SLACK_TOKEN\")\n")
    b.t(f" TIMEOUT = {r.randint(5, 60)}\n RETRIES = {r.randint(1, 5)}\n")
    return b


# ---- 61. Postman environment
def k_postman_env(r):
    b = B()
    proc = r.choice(PROCESSORS + NEOBANKS)
    b.t(f'{{\n  "id": "{uuid4(r)}",\n  "name": "{proc} - live",\n  "values": [\n')
    b.x('    {"key": "baseUrl", "value": "', (url(r, DOMAINS[proc], "/v1"), URL), '", "enabled": true},\n')
    b.x('    {"key": "client_id", "value": "', rs(r, ALNUM, 20), '", "enabled": true},\n')
    b.x('    {"key": "client_secret", "value": "', (make_generic(r, r.choice(["alnum40", "hex64"])), GS), '", "enabled": true},\n')
    b.x('    {"key": "access_token", "value": "', (make_jwt(r), JWT), '", "enabled": true},\n')
    g = en_g(r)
    p = g.person()
    b.x('    {"key": "test_user", "value": "', (g.email(p), EM), '", "enabled": true},\n')
    b.x('    {"key": "test_password", "value": "', (make_password(r), PW), '", "enabled": true}\n  ],\n')
    b.t(f'  "_postman_variable_scope": "environment",\n  "_postman_exported_at": "{log_ts(r, style="isoz")}",\n  "_postman_exported_using": "Postman/{version(r)}"\n}}\n')
    return b


# ---- 62. Account closure letter
def k_closure_letter(r):
    g = G(r, r.choice(["uk", "us", "ie", "au", "ca"]))
    p = g.person()
    bank = r.choice(NEOBANKS)
    b = B()
    b.x(bank, "\n", (G(r, "uk").addr()["multi"], AD), "\n\n")
    b.x((p.name(r.choice(["full", "upper"])), PER), "\n", (g.addr()["multi"], AD), "\n\n", (g.date_str(g.rdate()), DT), "\n\n")
    b.x("Dear ", r.choice(["Mr ", "Mrs ", "Ms ", "Mx ", ""]), (p.surname, PER), ",\n\nNotice of account closure - account ", (g.bank_account(), ACC), "\n\n")
    b.x("Following a review of your account, we have decided to close it with effect from ", (g.date_str(g.rdate()), DT),
        ". We are not required to give a reason. Any remaining balance will be transferred to an account in your name; please tell us the details before that date.\n\n")
    b.x("If you have a complaint you may contact the Financial Ombudsman Service. You can reach us on ", (g.phone(), PH),
        " or at ", (brand_email(r, bank, "closures"), EM), ".\n\nYours sincerely,\nCustomer Review Team\n")
    return b


# ---- 63. Support ticket (helpdesk export)
def k_support_ticket(r):
    g = en_g(r)
    p = g.person()
    ag = en_g(r).person()
    b = B()
    b.t(f"Ticket #{r.randint(100000, 999999)}  |  Priority: {r.choice(['Low', 'Normal', 'High', 'Urgent'])}  |  Channel: {r.choice(['Email', 'Web form', 'App'])}\n")
    b.x("Requester: ", (p.name(r.choice(["lf", "full"])), PER), " <", (g.email(p), EM), ">\n")
    b.x("Assignee: ", (ag.full, PER), "\nTags: card_dispute, chargeback, tier2\n\n")
    b.x("--- Customer (", log_ts(r, style="comma"), ")\n")
    b.x("I was charged by ", r.choice(MERCHANTS), " for a subscription I cancelled on ", (g.date_str(g.rdate()), DT),
        ". I have the cancellation e-mail. Please refund. My phone is ", (g.phone(), PH), ".\n\n")
    b.x("--- Agent ", (ag.given, PER), " (internal note)\n")
    b.x("Cust verified. Card BIN ", digits(r, 6), f", dispute filed under reason 13.2, case {ref(r, 'CB', 8)}. Provisional credit of {amount(r, '$')} applied. Evidence due from merchant by ",
        (g.date_str(g.rdate()), DT), ".\n")
    return b


# ---- 64. PCI ASV scan report excerpt
def k_pci_scan(r):
    b = B()
    vend = r.choice(["Trustwave", "Qualys", "SecurityMetrics"])
    b.t(f"PCI DSS ASV Scan Report - {vend}\nScan ID: {digits(r, 8)}   Result: {r.choice(['PASS', 'FAIL'])}\n\n")
    b.t("Host                Port   Severity  Finding\n")
    for _ in range(r.randint(3, 6)):
        ip = make_ipv4(r, False)
        b.x((ip, IP), " " * max(1, 20 - len(ip)), f"{r.choice([443, 22, 8443, 3389, 25]):<6} {r.choice(['Low', 'Medium', 'High']):<9} ",
            r.choice(["TLS 1.0 enabled", "SSH weak MAC algorithms", "Outdated OpenSSL " + version(r), "Self-signed certificate", "HTTP TRACE method enabled"]), "\n")
    g = en_g(r)
    p = g.person()
    b.x("\nScan customer contact: ", (p.full, PER), ", ", (g.email(p, r.choice(list(DOMAINS.values()))), EM), ", ", (g.phone(), PH), "\n")
    b.t(f"Attestation valid for 90 days. Report version {version(r)}.\n")
    return b


# ---- 65. Admin audit log (JSON lines)
def k_audit_jsonl(r):
    b = B()
    d = rand_dt(r)
    for _ in range(r.randint(3, 6)):
        d += dt.timedelta(seconds=r.randint(5, 600))
        g = en_g(r)
        p = g.person()
        act = r.choice(["customer.pii.viewed", "payout.approved", "limit.raised", "kyc.override", "card.unblocked"])
        b.x(f'{{"ts": "{d.strftime("%Y-%m-%dT%H:%M:%SZ")}", "actor": "', (g.email(p, r.choice(list(DOMAINS.values()))), EM),
            f'", "action": "{act}", "target": "cus_{rs(r, ALNUM, 14)}", "src_ip": "', (make_ip(r), IP), f'", "ua": "Chrome/{r.randint(110, 125)}", "reason": "')
        if r.random() < 0.4:
            c = en_g(r).person()
            b.x("callback request from ", (c.full, PER))
        else:
            b.t(r.choice(["ticket " + ref(r, "T", 6), "4-eyes approved", "manual review"]))
        b.t('"}\n')
    return b


# --------------------------------------------------------------------------
# Non-English kinds
# --------------------------------------------------------------------------
# ---- 66. German KYC e-mail
def k_de_kyc_email(r):
    g = G(r, "de")
    p = g.person()
    ag = G(r, "de").person()
    bank = r.choice(["Nuvio Bank", "Brightvault", "Fennec Money"])
    a = g.addr()
    b = B()
    b.x("Von: ", bank, " Kundenservice <", (brand_email(r, bank, "kundenservice"), EM), ">\nAn: ", (g.email(p), EM), "\nDatum: ", hdr_date(r), "\n")
    b.t(f"Betreff: Ihre Identitätsprüfung - fehlende Angaben (Vorgang {ref(r, 'KYC', 7)})\n\n")
    b.x(r.choice(["Sehr geehrte Frau ", "Sehr geehrter Herr ", "Guten Tag "]), (p.surname if r.random() < 0.6 else p.full, PER), ",\n\n")
    b.x("vielen Dank für Ihre Kontoeröffnung am ", (g.date_str(g.rdate()), DT), ". Für den Abschluss der Legitimationsprüfung nach dem Geldwäschegesetz benötigen wir noch einige Angaben. Bitte prüfen Sie die folgenden Daten:\n\n")
    b.x("  Name: ", (p.name(r.choice(["full", "lf", "upper"])), PER), "\n  Geburtsdatum: ", (g.date_str(g.dob()), DOB), "\n")
    b.x("  Geburtsort: ", (G(r, "de").city(), LOC), "\n  Anschrift: ", (a["one"], AD), "\n  Telefon: ", (g.phone(), PH), "\n")
    b.x("  Führerscheinnummer: ", (g.dl()[0], DL), "\n  Referenzkonto (IBAN): ", (g.iban(), IBAN), "\n\n")
    b.x("Bitte laden Sie bis zum ", (g.date_str(g.rdate()), DT), " eine Kopie Ihres Führerscheins unter ", (url(r, DOMAINS[bank], "/de/legitimation"), URL),
        " hoch. Anderenfalls müssen wir Ihr Konto vorübergehend sperren.\n\n")
    b.x("Mit freundlichen Grüßen\n\n", (ag.full, PER), "\n", bank, " - Team Compliance\n")
    return b


# ---- 67. German chargeback letter (Rückbuchung)
def k_de_chargeback(r):
    g = G(r, "de")
    owner = g.person()
    merchant = r.choice(["Müller & Söhne GmbH", "Hoffmann Elektro KG", "Nordlicht Reisen", "Bäckerei Schmidt OHG"])
    b = B()
    b.x(r.choice(PROCESSORS), " Europe S.A.\nAbteilung Rückbuchungen\n", (G(r, "de").addr()["multi"], AD), "\n\n")
    b.x(merchant, "\nz. Hd. ", r.choice(["Herrn ", "Frau ", ""]), (owner.full, PER), "\n", (g.addr()["multi"], AD), "\n\n")
    b.x((g.city(), LOC), ", den ", (g.date_str(g.rdate()), DT), "\n\n")
    b.t(f"Rückbuchung (Chargeback) - Fall {ref(r, 'RB', 8)}, Vertragsnummer {digits(r, 10)}\n\n")
    b.x("Sehr geehrte Damen und Herren,\n\nder Karteninhaber hat die Kartenzahlung vom ", (g.date_str(g.rdate()), DT), f" über {amount(r, '€', 'de')} beanstandet "
        f"(Grund: {r.choice(['Ware nicht erhalten', 'Betrug', 'Doppelbelastung'])}, Reason Code {r.choice(['13.1', '10.4', '4834'])}).\n")
    if r.random() < 0.5:
        b.x("Karteninhaber: ", (G(r, "de").person().name("upper"), PER), ", Karte ", masked_pan(r), "\n")
    b.x("\nBitte senden Sie uns Ihre Stellungnahme mit Belegen bis spätestens ", (g.date_str(g.rdate()), DT), " an ", (brand_email(r, r.choice(PROCESSORS), "chargeback"), EM),
        " oder per Fax an ", (g.phone(), PH), ". Der Betrag wurde Ihrem Abrechnungskonto ", (g.iban(), IBAN), " vorläufig belastet.\n\nMit freundlichen Grüßen\n")
    b.x((G(r, "de").person().full, PER), "\nSachbearbeitung Rückbuchungen\n")
    return b


# ---- 68. German settlement report - NO ENTITY
def k_de_settlement_noent(r):
    b = B()
    b.t(f"Abrechnungsbericht Nr. {digits(r, 7)}  -  Zahlungsdienstleister {r.choice(PROCESSORS)}\n\n")
    b.t("Kartenart        Anzahl    Umsatz (EUR)    Disagio    Auszahlung\n")
    for k in ["girocard", "Visa", "Mastercard", "V PAY"]:
        u = r.randint(500, 90000)
        b.t(f"{k:<16} {r.randint(5, 900):>6}    {u:>12,.2f}    {u * 0.009:>7,.2f}    {u * 0.991:>10,.2f}\n".replace(",", "X").replace(".", ",").replace("X", "."))
    b.t(f"\nRückbuchungen: {r.randint(0, 5)} (Fälle {ref(r, 'RB', 6)}, {ref(r, 'RB', 6)})\nTerminal-ID: {digits(r, 8)}   Softwarestand {version(r)}\n")
    b.t(f"Auszahlung erfolgt mit Wertstellung T+{r.randint(1, 3)}. Gebühren gemäß Preisverzeichnis {version(r)}. Dies ist ein maschinell erstellter Bericht.\n")
    return b


# ---- 69. French support chat
def k_fr_chat(r):
    g = G(r, "fr")
    p = g.person()
    ag = G(r, "fr").person()
    b = B()
    bank = r.choice(["Orla Finance", "Brightvault", "Lumen Bank"])
    t = rand_dt(r)
    def ts():
        nonlocal t
        t += dt.timedelta(seconds=r.randint(20, 180))
        return t.strftime("%H:%M")
    b.t(f"Discussion avec le service client {bank} - réf. {ref(r, 'CHAT', 8)}\n")
    b.x(ts(), " Client : Bonjour, je suis ", (p.name(r.choice(["full", "lower", "upper"])), PER), ", j'ai un prélèvement inconnu sur mon compte.\n")
    b.x(ts(), " Conseiller ", (ag.given, PER), " : Bonjour ", r.choice(["Madame ", "Monsieur ", ""]), (p.surname, PER),
        ", je regarde cela. Pouvez-vous me confirmer votre date de naissance ?\n")
    b.x(ts(), " Client : le ", (g.date_str(g.dob()), DOB), "\n")
    b.x(ts(), " Conseiller ", (ag.given, PER), f" : Merci. Je vois un paiement de {amount(r, '€', 'fr')} chez {r.choice(MERCHANTS)} le ", (g.dt_str(), DT), ". Est-ce bien celui-ci ?\n")
    b.x(ts(), " Client : oui, je n'ai jamais commandé chez eux. Mon IBAN est ", (g.iban(), IBAN), " si besoin.\n")
    b.x(ts(), " Conseiller ", (ag.given, PER), f" : J'ai ouvert une contestation ({ref(r, 'CT', 7)}) et bloqué la carte {masked_pan(r)}. Une nouvelle carte sera envoyée au ",
        (g.addr()["one"], AD), ".\n")
    b.x(ts(), " Client : parfait. Vous pouvez me rappeler au ", (g.phone(), PH), " ?\n")
    b.x(ts(), " Conseiller ", (ag.given, PER), " : Bien sûr, demain à ", (g.time_str(), DT), ". Bonne journée !\n")
    return b


# ---- 70. French SEPA mandate form
def k_fr_sepa_mandate(r):
    g = G(r, "fr")
    p = g.person()
    a = g.addr()
    b = B()
    cred = r.choice(["Orla Finance SAS", "Kestrel Pay Europe", "Dupont Frères SARL", "Atelier Moreau"])
    b.t(f"MANDAT DE PRÉLÈVEMENT SEPA\nRéférence unique du mandat (RUM) : {ref(r, 'RUM', 12)}\nIdentifiant créancier SEPA (ICS) : FR{digits(r, 2)}ZZZ{digits(r, 6)}\n")
    b.t(f"Créancier : {cred}\n\n")
    b.t("En signant ce formulaire de mandat, vous autorisez le créancier à envoyer des instructions à votre banque pour débiter votre compte.\n\n")
    b.x("Nom, prénom du débiteur : ", (p.name(r.choice(["upper_lf", "lf", "full"])), PER), "\n")
    b.x("Adresse : ", (a["street"], AD), "\nCode postal : ", a["postcode"], "\nVille : ", (a["city"], LOC), "\nPays : ", (a["country"], LOC), "\n")
    b.x("IBAN : ", (g.iban(), IBAN), "\nBIC : ", r.choice(["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "AGRIFRPP"]), "\n")
    b.x("Type de paiement : récurrent\nFait à : ", (g.city(), LOC), "\nLe : ", (g.date_str(g.rdate(), style=0), DT), "\n")
    b.x("Signature : ", (p.full, PER), " (signature électronique qualifiée, certificat n° ", digits(r, 12), ")\n")
    return b


# ---- 71. French reconciliation log - NO ENTITY
def k_fr_rapprochement_noent(r):
    b = B()
    d = rand_dt(r)
    b.t(f"Rapport de rapprochement bancaire - lot {ref(r, 'LOT', 6)}\n")
    for _ in range(r.randint(6, 10)):
        d += dt.timedelta(seconds=r.randint(1, 90))
        b.t(f"{log_ts(r, d, 'comma')} INFO  virement {ref(r, 'VIR', 9)} rapproché montant={amount(r, '€', 'fr')} statut={r.choice(['OK', 'ECART', 'EN_ATTENTE'])} version={version(r)}\n")
    b.t(f"Total : {r.randint(10, 900)} opérations, {r.randint(0, 9)} écarts. Fichier CFONB {digits(r, 8)}.txt, empreinte {sha(r, 32)}\n")
    return b


# ---- 72. Spanish dispute e-mail
def k_es_dispute_email(r):
    g = G(r, "es")
    p = g.person()
    ag = G(r, "es").person()
    bank = r.choice(["Lumen Bank", "Orla Finance", "Fennec Money"])
    b = B()
    b.x("De: ", (p.full, PER), " <", (g.email(p), EM), ">\nPara: ", (brand_email(r, bank, "reclamaciones"), EM), "\nFecha: ", hdr_date(r), "\n")
    b.t(f"Asunto: Reclamación por cargo no reconocido - tarjeta {masked_pan(r)}\n\n")
    b.x("Estimados señores:\n\nMe llamo ", (p.name(r.choice(["full", "upper"])), PER), " y soy cliente de ", bank, ". El ", (g.dt_str(), DT),
        f" se realizó un cargo de {amount(r, '€', 'es')} en {r.choice(MERCHANTS)} que yo no he autorizado.\n\n")
    b.x("Mis datos:\n- Fecha de nacimiento: ", (g.date_str(g.dob()), DOB), "\n- Domicilio: ", (g.addr()["one"], AD), "\n- Teléfono: ", (g.phone(), PH), "\n")
    b.x("- Cuenta: ", (g.iban(), IBAN), "\n\n")
    b.x("Solicito el reembolso y la anulación de la tarjeta. Quedo a la espera de su respuesta antes del ", (g.date_str(g.rdate()), DT), ".\n\nAtentamente,\n", (p.full, PER), "\n\n")
    b.x("---\nRespuesta automática: Hemos recibido su reclamación (n.º ", ref(r, "REC", 8), "). Su caso lo gestionará ", (ag.full, PER), ".\n")
    return b


# ---- 73. Spanish SMS thread
def k_es_sms(r):
    g = G(r, "es")
    p = g.person()
    bank = r.choice(["Lumen Bank", "Orla Finance"])
    b = B()
    b.x(f"SMS {bank} -> ", (g.phone(True), PH), "\n")
    b.x(f"{bank}: Hola ", (p.given, PER), f", hemos bloqueado un pago de {amount(r, '€', 'es')} en {r.choice(MERCHANTS)}. Si no lo reconoces llama al ",
        (g.phone(), PH), ". Nunca te pediremos claves por SMS.\n\n")
    b.x("Cliente: no he sido yo, estoy en ", (g.city(), LOC), ". llamadme al ", (g.phone(), PH), "\n\n")
    b.x(f"{bank}: Gracias. Un agente te llamará el ", (g.dt_str(), DT), f". Ref. {ref(r, 'INC', 7)}.\n")
    return b


# ---- 74. Italian KYC form
def k_it_kyc_form(r):
    g = G(r, "it")
    p = g.person()
    a = g.addr()
    b = B()
    b.t(f"MODULO DI ADEGUATA VERIFICA DELLA CLIENTELA (D.Lgs. 231/2007)\nPratica n. {digits(r, 9)}   Intermediario: {r.choice(['Brightvault', 'Coinvale', 'Orla Finance'])} Italia\n\n")
    b.x("Cognome: ", (p.surname.upper() if r.random() < 0.5 else p.surname, PER), "\nNome: ", (p.given, PER), "\n")
    b.x("Data di nascita: ", (g.date_str(g.dob()), DOB), "\nLuogo di nascita: ", (G(r, "it").city(), LOC), "\n")
    b.x("Indirizzo di residenza: ", (a["one"], AD), "\n")
    b.x("Documento: patente di guida n. ", (g.dl()[0], DL), ", rilasciata il ", (g.date_str(rand_date(r, 2014, 3000)), DT), "\n")
    b.x("Cellulare: ", (g.phone(), PH), "\nE-mail: ", (g.email(p), EM), "\nIBAN di accredito: ", (g.iban(), IBAN), "\n")
    b.t(f"Professione: {r.choice(['impiegato', 'libero professionista', 'pensionato', 'studente'])}\nPersona politicamente esposta: {r.choice(['NO', 'SÌ'])}\n")
    b.t(f"Scopo del rapporto: {r.choice(['acquisto cripto-attività', 'conto di pagamento', 'incasso POS'])}\n\n")
    b.x("Luogo e data: ", (g.city(), LOC), ", ", (g.date_str(g.rdate(), style=0), DT), "\nFirma del cliente: ", (p.full, PER), "\n")
    b.x("Operatore: Dott. ", (G(r, "it").person().full, PER), "\n")
    return b


# ---- 75. Italian bank transfer notice
def k_it_bonifico(r):
    g = G(r, "it")
    p = g.person()
    bp = G(r, "it").person()
    b = B()
    b.x("Gentile ", r.choice(["Dott. ", "Sig. ", "Sig.ra ", "Dott.ssa ", ""]), (p.full, PER), ",\n\n")
    b.x("le confermiamo l'esecuzione del bonifico SEPA disposto il ", (g.dt_str(), DT), ".\n\n")
    b.x("Ordinante: ", (p.name(r.choice(["full", "upper"])), PER), "\nIBAN ordinante: ", (g.iban(), IBAN), "\n")
    b.x("Beneficiario: ", (bp.full, PER), "\nIBAN beneficiario: ", (G(r, "it").iban(), IBAN), "\n")
    b.t(f"Importo: {amount(r, '€', 'it')}\nCausale: {r.choice(['affitto', 'saldo fattura', 'rimborso spese', 'caparra'])} {ref(r, 'FT', 5)}\nCRO/TRN: {digits(r, 11)}\n")
    b.x("Data valuta: ", (g.date_str(g.rdate(), style=0), DT), "\n\n")
    b.x("Per qualsiasi informazione contatti il servizio clienti al ", (g.phone(), PH), " o scriva a ", (brand_email(r, r.choice(NEOBANKS), "assistenza"), EM), ".\n\nCordiali saluti\n")
    return b


# ---- 76. Brazilian Pix receipt
def k_pt_pix(r):
    g = G(r, "br")
    p, rp = g.person(), G(r, "br").person()
    b = B()
    b.t(f"Comprovante de transferência Pix\n{r.choice(['Fennec Money', 'Nuvio Bank', 'Orla Finance'])} Brasil\n\n")
    b.x("Data e hora: ", (g.dt_str(), DT), "\n")
    b.t(f"Valor: R$ {r.randint(1, 9999)},{r.randint(0, 99):02d}\nTipo: Pix por chave\n\nDestino\n")
    b.x("Nome: ", (rp.name(r.choice(["full", "upper"])), PER), f"\nCPF: ***.{digits(r, 3)}.{digits(r, 3)}-**\nInstituição: {r.choice(['NU PAGAMENTOS', 'BANCO INTER', 'ITAÚ UNIBANCO'])}\n")
    k = r.random()
    if k < 0.4:
        b.x("Chave Pix: ", (G(r, "br").email(rp), EM), "\n")
    elif k < 0.7:
        b.x("Chave Pix: ", (G(r, "br").phone(True), PH), "\n")
    else:
        b.x("Chave Pix (aleatória): ", uuid4(r), "\n")
    b.x("Agência: ", digits(r, 4), "  Conta: ", (g.bank_account(), ACC), "\n\nOrigem\n")
    b.x("Nome: ", (p.full, PER), f"\nCPF: ***.{digits(r, 3)}.{digits(r, 3)}-**\n\n")
    b.t(f"ID da transação: E{digits(r, 8)}{rand_date(r).strftime('%Y%m%d')}{rs(r, UPPER_DIG, 11)}\nAutenticação: {sha(r, 32).upper()}\n")
    b.x("Dúvidas: ", (g.phone(), PH), " (capitais) ou ", (url(r, "fennec.money", "/br/ajuda"), URL), "\n")
    return b


# ---- 77. Portuguese (PT) MB WAY / transfer e-mail
def k_pt_mbway(r):
    g = G(r, "pt")
    p = g.person()
    b = B()
    b.x("Assunto: Pedido de devolução - pagamento MB WAY\n\nExmos. Senhores,\n\nO meu nome é ", (p.full, PER), " e no dia ", (g.date_str(g.rdate()), DT),
        f" efetuei por engano um pagamento MB WAY de {amount(r, '€', 'pt')} para o número ", (g.phone(True), PH), ".\n\n")
    b.x("Solicito a devolução do valor para a minha conta com o IBAN ", (g.iban(), IBAN), ".\n\n")
    b.x("Dados de contacto:\nMorada: ", (g.addr()["one"], AD), "\nTelemóvel: ", (g.phone(), PH), "\nE-mail: ", (g.email(p), EM), "\n\n")
    b.x("Com os melhores cumprimentos,\n", (p.name(r.choice(["full", "upper"])), PER), "\n", (g.city(), LOC), ", ", (g.date_str(g.rdate()), DT), "\n")
    return b


# ---- 78. Dutch chargeback e-mail
def k_nl_email(r):
    g = G(r, "nl")
    p = g.person()
    ag = G(r, "nl").person()
    bank = r.choice(["Lumen Bank", "Brightvault", "Fennec Money"])
    b = B()
    b.x("Van: ", (brand_email(r, bank, "klantenservice"), EM), "\nAan: ", (g.email(p), EM), "\nDatum: ", hdr_date(r), "\nOnderwerp: Uw terugboekingsverzoek ", ref(r, "TB", 8), "\n\n")
    sur = p.surname
    b.x("Geachte ", r.choice(["heer ", "mevrouw ", ""]), (sur[0].upper() + sur[1:], PER), ",\n\n")
    b.x("Wij hebben uw verzoek ontvangen om de betaling van ", amount(r, "€", "nl"), " aan ", r.choice(MERCHANTS), " van ", (g.date_str(g.rdate()), DT),
        " terug te boeken. Wij nemen uw verzoek binnen 10 werkdagen in behandeling.\n\n")
    b.x("Gegevens bij ons bekend:\nNaam: ", (p.name(r.choice(["full", "upper"])), PER), "\nAdres: ", (g.addr()["one"], AD), "\nRekeningnummer: ", (g.iban(), IBAN), "\n")
    b.x("Telefoon: ", (g.phone(), PH), "\n\nHeeft u vragen? Bel ons op ", (G(r, "nl").phone(), PH), " of kijk op ", (url(r, DOMAINS[bank], "/nl/terugboeken"), URL), ".\n\n")
    b.x("Met vriendelijke groet,\n\n", (ag.full, PER), "\nAfdeling Betaalgeschillen\n")
    return b


# ---- 79. Polish complaint (reklamacja)
def k_pl_complaint(r):
    g = G(r, "pl")
    p = g.person()
    b = B()
    b.x((g.city(), LOC), ", ", (g.date_str(g.rdate()), DT), " r.\n\n")
    b.x((p.full, PER), "\n", (g.addr()["multi"], AD), "\ntel. ", (g.phone(), PH), "\n", (g.email(p), EM), "\n\n")
    b.x(r.choice(["Orla Finance", "Coinvale", "Lumen Bank"]), " Polska sp. z o.o.\nDział Reklamacji\n\n")
    b.x(f"REKLAMACJA TRANSAKCJI KARTOWEJ\n\nSzanowni Państwo,\n\nja, niżej podpisany(-a) ", (p.full, PER), ", zgłaszam reklamację transakcji z dnia ",
        (g.date_str(g.rdate()), DT), f" na kwotę {r.randint(10, 9000)},{r.randint(0, 99):02d} zł, której nie autoryzowałem(-am). Karta: {masked_pan(r)}.\n\n")
    b.x("Proszę o zwrot środków na rachunek ", (g.iban(), IBAN), ".\n\n")
    b.x(f"Numer zgłoszenia: {ref(r, 'RKL', 8)}\n\nZ poważaniem,\n", (p.name(r.choice(["full", "upper"])), PER), "\n")
    return b


# ---- 80. Swedish support e-mail
def k_sv_email(r):
    g = G(r, "se")
    p = g.person()
    ag = G(r, "se").person()
    bank = r.choice(["Brightvault", "Lumen Bank", "Strata Wallet"])
    b = B()
    b.x("Från: ", bank, " Kundtjänst <", (brand_email(r, bank, "kundtjanst"), EM), ">\nTill: ", (g.email(p), EM), "\nÄmne: Ditt ärende ", ref(r, "AR", 7), "\n\n")
    b.x("Hej ", (p.given, PER), "!\n\nTack för att du kontaktade oss. Vi har spärrat kortet som slutar på ", digits(r, 4), " efter köpet den ", (g.dt_str(), DT), ".\n\n")
    b.x("Ett nytt kort skickas till ", (g.addr()["one"], AD), " och bör vara framme inom 5 bankdagar. ")
    b.x("Pengarna sätts in på ditt konto ", (g.iban(), IBAN), " senast ", (g.date_str(g.rdate()), DT), ".\n\n")
    b.x("Vi ringer dig på ", (g.phone(), PH), " om vi behöver mer information.\n\nMed vänliga hälsningar\n", (ag.full, PER), "\n", bank, " Kundtjänst, ", (g.city(), LOC), "\n")
    return b


# ---- 81. Turkish transfer receipt (dekont)
def k_tr_dekont(r):
    g = G(r, "tr")
    p, rp = g.person(), G(r, "tr").person()
    b = B()
    b.t(f"HAVALE / EFT DEKONTU\n{r.choice(['Orla Finance', 'Fennec Money', 'Nuvio Bank'])} A.Ş.   Dekont No: {digits(r, 10)}\n\n")
    b.x("İşlem Tarihi: ", (g.dt_str(), DT), "\n")
    b.x("Gönderen: ", (p.name(r.choice(["full", "upper"])), PER), "\nGönderen IBAN: ", (g.iban(), IBAN), "\n")
    b.x("Alıcı: ", (rp.name(r.choice(["full", "upper"])), PER), "\nAlıcı IBAN: ", (G(r, "tr").iban(), IBAN), "\n")
    b.t(f"Tutar: {r.randint(100, 99999):,}".replace(",", ".") + f",{r.randint(0, 99):02d} TL\n" + f"Açıklama: {r.choice(['kira', 'borç ödemesi', 'aidat', 'fatura'])}\nMasraf: 0,00 TL\n\n")
    b.x("Gönderen adresi: ", (g.addr()["one"], AD), "\nİletişim: ", (g.phone(), PH), "\n")
    b.t("Bu dekont elektronik ortamda üretilmiştir, imza gerektirmez.\n")
    return b


# ---- 82. Japanese (romanized) support chat
def k_ja_chat(r):
    g = G(r, "jp")
    p = g.person()
    ag = G(r, "jp").person()
    b = B()
    ex = r.choice(["Coinvale", "Strata Wallet", "Meridian Crypto"])
    b.t(f"{ex} Japan - chatto sapoto kiroku (ID {uuid4(r)[:8]})\n\n")
    b.x("Okyakusama: Konnichiwa, ", (p.name(r.choice(["sur_given", "full"])), PER), " desu. Shukkin ga todokimasen.\n")
    b.x("Tantousha ", (ag.surname, PER), ": ", (p.surname, PER), "-sama, otoiawase arigatou gozaimasu. Shukkin shinsei no nichiji wo oshiete kudasai.\n")
    b.x("Okyakusama: ", (g.dt_str(), DT), " desu. Kingaku wa ", f"{r.randint(1, 900) * 1000:,} en desu.\n")
    b.x("Tantousha ", (ag.surname, PER), ": Kakunin no tame, go-juusho to denwa bangou wo onegai shimasu.\n")
    b.x("Okyakusama: ", (g.addr()["one"], AD), ", denwa wa ", (g.phone(), PH), " desu.\n")
    b.x("Tantousha ", (ag.surname, PER), ": Arigatou gozaimasu. Ginkou koza ", (g.bank_account(), ACC), " e no furikomi wa ", (g.date_str(g.rdate()), DT),
        f" made ni kanryou shimasu. Uketsuke bangou wa {ref(r, 'JP', 7)} desu.\n")
    return b


# ==========================================================================
# Registry
# ==========================================================================
W_NE = 1.3   # non-English kinds with entities
W_0 = 1.2    # no-entity kinds
KINDS = [
    ("kyc_docs_email", "en", 1.0, k_kyc_docs_email),
    ("kyc_form_kv", "en", 1.0, k_kyc_form_kv),
    ("chargeback_letter", "en", 1.0, k_chargeback_letter),
    ("support_chat", "en", 1.0, k_support_chat),
    ("fraud_call_transcript", "en", 1.0, k_fraud_call),
    ("webhook_event_json", "en", 1.0, k_webhook_json),
    ("gateway_access_log", "en", 1.0, k_gateway_log),
    ("metrics_log_noent", "en", W_0, k_metrics_log),
    ("dotenv_secrets", "en", 1.0, k_dotenv),
    ("k8s_secret_yaml", "en", 1.0, k_k8s_secret),
    ("gha_workflow_noent", "en", W_0, k_gha_workflow),
    ("processor_ini", "en", 1.0, k_processor_ini),
    ("sar_narrative", "en", 1.0, k_sar_narrative),
    ("kyc_csv_export", "en", 1.0, k_kyc_csv),
    ("statement_tsv", "en", 1.0, k_statement_tsv),
    ("openbanking_accounts_json", "en", 1.0, k_openbanking_json),
    ("pain001_xml", "en", 1.0, k_pain001_xml),
    ("mt940_statement", "en", 1.0, k_mt940),
    ("crypto_withdrawal_email", "en", 1.0, k_crypto_withdrawal),
    ("slack_api_key_paste", "en", 1.0, k_slack_api_paste),
    ("llm_prompt_dispute", "en", 1.0, k_llm_dispute),
    ("llm_prompt_kyc_json", "en", 1.0, k_llm_kyc_json),
    ("sms_card_alerts_noent", "en", W_0, k_sms_alerts),
    ("sms_callback", "en", 1.0, k_sms_callback),
    ("ocr_bank_statement", "en", 1.0, k_ocr_statement),
    ("ocr_driver_licence", "en", 1.0, k_ocr_dl),
    ("merchant_application", "en", 1.0, k_merchant_app),
    ("ach_return_notice", "en", 1.0, k_ach_return),
    ("wire_instructions_email", "en", 1.0, k_wire_instructions),
    ("support_email_reply", "en", 1.0, k_support_reply),
    ("dispute_evidence_packet", "en", 1.0, k_dispute_evidence),
    ("jira_ticket_leak", "en", 1.0, k_jira_leak),
    ("incident_postmortem", "en", 1.0, k_postmortem),
    ("fraud_rules_yaml_noent", "en", W_0, k_fraud_rules),
    ("curl_api_example", "en", 1.0, k_curl_example),
    ("http_raw_capture", "en", 1.0, k_http_raw),
    ("travel_rule_ivms101", "en", 1.0, k_travel_rule),
    ("sanctions_screening_hit", "en", 1.0, k_screening_hit),
    ("card_reissue_letter", "en", 1.0, k_card_reissue),
    ("bnpl_collections_letter", "en", 1.0, k_bnpl_collections),
    ("chargeback_csv", "en", 1.0, k_chargeback_csv),
    ("sql_insert_customers", "en", 1.0, k_sql_insert),
    ("python_client_secrets", "en", 1.0, k_python_client),
    ("terraform_tfvars", "en", 1.0, k_tfvars),
    ("docker_compose", "en", 1.0, k_docker_compose),
    ("pem_in_ticket", "en", 1.0, k_pem_ticket),
    ("meeting_invite_ics", "en", 1.0, k_meeting_ics),
    ("relationship_manager_vcard", "en", 1.0, k_vcard),
    ("patient_payment_receipt", "en", 1.0, k_patient_receipt),
    ("hl7_dft_p03", "en", 1.0, k_hl7_dft),
    ("x12_835_remittance", "en", 1.0, k_edi_835),
    ("release_notes_noent", "en", W_0, k_release_notes),
    ("fx_rate_feed_noent", "en", W_0, k_fx_feed),
    ("settlement_summary_noent", "en", W_0, k_settlement_summary),
    ("iso8583_trace", "en", 1.0, k_iso8583),
    ("nacha_file", "en", 1.0, k_nacha),
    ("swift_mt103", "en", 1.0, k_mt103),
    ("idv_vendor_result_json", "en", 1.0, k_idv_result),
    ("crm_call_note", "en", 1.0, k_crm_note),
    ("git_diff_secret", "en", 1.0, k_git_diff),
    ("postman_environment", "en", 1.0, k_postman_env),
    ("account_closure_letter", "en", 1.0, k_closure_letter),
    ("helpdesk_ticket", "en", 1.0, k_support_ticket),
    ("pci_asv_scan", "en", 1.0, k_pci_scan),
    ("admin_audit_jsonl", "en", 1.0, k_audit_jsonl),
    ("de_kyc_email", "de", W_NE, k_de_kyc_email),
    ("de_rueckbuchung_brief", "de", W_NE, k_de_chargeback),
    ("de_abrechnung_noent", "de", W_0, k_de_settlement_noent),
    ("fr_chat_support", "fr", W_NE, k_fr_chat),
    ("fr_mandat_sepa", "fr", W_NE, k_fr_sepa_mandate),
    ("fr_rapprochement_noent", "fr", W_0, k_fr_rapprochement_noent),
    ("es_reclamacion_email", "es", W_NE, k_es_dispute_email),
    ("es_sms", "es", W_NE, k_es_sms),
    ("it_adeguata_verifica", "it", W_NE, k_it_kyc_form),
    ("it_bonifico", "it", W_NE, k_it_bonifico),
    ("pt_br_pix_comprovante", "pt", W_NE, k_pt_pix),
    ("pt_mbway_devolucao", "pt", W_NE, k_pt_mbway),
    ("nl_terugboeking_email", "nl", W_NE, k_nl_email),
    ("pl_reklamacja", "pl", W_NE, k_pl_complaint),
    ("sv_kundtjanst_email", "sv", W_NE, k_sv_email),
    ("tr_havale_dekont", "tr", W_NE, k_tr_dekont),
    ("ja_romaji_chat", "ja", W_NE, k_ja_chat),
]
_KIND_NAMES = [k[0] for k in KINDS]
_KIND_WEIGHTS = [k[2] for k in KINDS]
assert len(set(_KIND_NAMES)) == len(_KIND_NAMES)


def _make(seed, i):
    r = random.Random(f"blind57:{seed}:{i}")
    name, lang, _w, fn = r.choices(KINDS, weights=_KIND_WEIGHTS, k=1)[0]
    b = fn(r)
    return name, lang, b.doc(f"blind57-{seed}-{i:06d}")


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


# ==========================================================================
# Validation
# ==========================================================================
_OPEN = "\"'“”‘’«»([{<"
_CLOSE = "\"'“”‘’«»)]}>"
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_URL_RE = re.compile(r"https?://[^\s\"'<>]+")
_PHONE_CHARS = re.compile(r"[0-9+()./\- ]+")


def _check_type(typ, v):
    """Return a problem string or None."""
    if typ == EM:
        return None if _EMAIL_RE.fullmatch(v) else "bad email"
    if typ == URL:
        if not _URL_RE.fullmatch(v):
            return "bad url"
        host = re.sub(r"^https?://", "", v).split("/")[0].split("?")[0].split("#")[0]
        if "@" in v:
            return "url contains @"
        try:
            ipaddress.ip_address(host.strip("[]"))
            return "url contains ip"
        except ValueError:
            return None
    if typ == IP:
        try:
            ipaddress.ip_address(v)
            return None
        except ValueError:
            return "bad ip"
    if typ == CC:
        d = re.sub(r"[ -]", "", v)
        if not d.isdigit() or not 13 <= len(d) <= 19:
            return "bad card shape"
        return None if luhn_ok(d) else "card luhn"
    if typ == IBAN:
        if not re.fullmatch(r"[A-Z0-9 ]+", v):
            return "bad iban chars"
        return None if iban_ok(v) else "iban mod97"
    if typ == SSN:
        return None if ssn_ok(v) else "bad ssn"
    if typ == JWT:
        return None if jwt_ok(v) else "bad jwt"
    if typ == PK:
        lines = v.split("\n")
        if not (re.fullmatch(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", lines[0]) and re.fullmatch(r"-----END [A-Z ]*PRIVATE KEY-----", lines[-1])):
            return "bad pem"
        if lines[0][11:] != lines[-1][9:]:
            return "pem begin/end mismatch"
        return None if all(re.fullmatch(r"[A-Za-z0-9+/=]+", x) for x in lines[1:-1]) else "bad pem body"
    if typ == AKI:
        return None if re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) else "bad aws key id"
    if typ == ASK:
        return None if re.fullmatch(r"[A-Za-z0-9/+]{40}", v) else "bad aws secret"
    if typ == GH:
        return None if re.fullmatch(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})", v) else "bad github token"
    if typ == SL:
        return None if re.fullmatch(r"xox[abposr]-[0-9]+-[0-9A-Za-z-]+", v) else "bad slack token"
    if typ == ST:
        return None if re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{20,}", v) else "bad stripe key"
    if typ == PW:
        return None if 4 <= len(v) <= 128 and not re.search(r"\s", v) else "bad password"
    if typ == GS:
        return None if len(v) >= 12 and not re.search(r"\s", v) else "bad generic secret"
    if typ == PH:
        if not _PHONE_CHARS.fullmatch(v):
            return "bad phone chars"
        nd = sum(c.isdigit() for c in v)
        return None if 6 <= nd <= 15 else f"phone digits {nd}"
    if typ in (PER, LOC):
        if re.search(r"\d", v) or "\n" in v:
            return "digit/newline in name/location"
        if typ == PER and (v.endswith("'s") or "@" in v):
            return "bad person"
        return None
    if typ in (DT, DOB):
        return None if re.search(r"\d", v) and "\n" not in v else "bad date"
    if typ == AD:
        return None if re.search(r"\d", v) else "address without digit"
    if typ in (ACC, MRN, HPN, DL):
        if "\n" in v or len(v) > 40 or not re.search(r"\d", v):
            return "bad id"
        return None
    return f"unknown type {typ}"


def validate(doc) -> list[str]:
    probs = []
    text = doc.get("text", "")
    if not isinstance(text, str) or not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)}")
    ents = doc.get("entities", [])
    prev_end = -1
    prev_key = None
    for e in ents:
        s, en, typ = e["start"], e["end"], e["type"]
        key = (s, en)
        if prev_key is not None and key < prev_key:
            probs.append("entities not sorted")
        prev_key = key
        if typ not in ALL_TYPES:
            probs.append(f"unknown type {typ}")
            continue
        if not (0 <= s < en <= len(text)):
            probs.append(f"span out of range {s}-{en}")
            continue
        if s < prev_end:
            probs.append(f"overlap at {s}")
        prev_end = max(prev_end, en)
        v = text[s:en]
        where = f"{typ} {v[:40]!r}"
        if v != v.strip():
            probs.append(f"whitespace edge: {where}")
        if v[0] in _OPEN:
            closer = {"(": ")", "[": "]", "{": "}", "<": ">"}.get(v[0])
            if not (closer and closer in v[1:]):
                probs.append(f"leading quote/bracket: {where}")
        if v[-1] in _CLOSE:
            if not (v[-1] in _PAIRS and _PAIRS[v[-1]] in v):
                probs.append(f"trailing quote/bracket: {where}")
        if typ not in SECRET_TYPES:
            if v[-1] in ".,;:!?":
                probs.append(f"trailing punctuation: {where}")
            if v[0] in ".,;:!?-":
                probs.append(f"leading punctuation: {where}")
        p = _check_type(typ, v)
        if p:
            probs.append(f"{p}: {where}")
    return probs


# ==========================================================================
# CLI
# ==========================================================================
def _marked(doc) -> str:
    t = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{t[e['start']:e['end']]}]]<{e['type']}>")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def _check(n=3000, seed=0) -> int:
    from collections import Counter
    type_c, kind_c, bad = Counter(), Counter(), 0
    non_en = no_ent = 0
    lens = []
    for i in range(n):
        name, lang, doc = _make(seed, i)
        kind_c[name] += 1
        non_en += lang != "en"
        no_ent += not doc["entities"]
        lens.append(len(doc["text"]))
        for e in doc["entities"]:
            type_c[e["type"]] += 1
        pr = validate(doc)
        if name.endswith("_noent") and doc["entities"]:
            pr.append("entity in a no-entity kind")
        if not name.endswith("_noent") and not doc["entities"]:
            pr.append("entity kind produced no entity")
        if pr:
            bad += 1
            if bad <= 25:
                print(f"PROBLEM {doc['id']} ({name}): {pr[:4]}")
    # determinism
    det_ok = True
    a = [d for d in generate(200, seed)]
    b2 = [d for d in generate(200, seed)]
    c = list(generate(3, seed))
    if a != b2 or a[:3] != c:
        det_ok = False
    # idempotent across seeds differ
    if list(generate(5, seed)) == list(generate(5, seed + 1)):
        det_ok = False
    print(f"docs: {n}   kinds: {len(KINDS)} defined, {len(kind_c)} produced   problem docs: {bad}")
    print(f"non-English share: {non_en / n:.1%}   no-entity share: {no_ent / n:.1%}   "
          f"length min/mean/max: {min(lens)}/{sum(lens) // n}/{max(lens)}   determinism: {'ok' if det_ok else 'FAILED'}")
    print("\nper-type counts:")
    for t in ALL_TYPES:
        print(f"  {t:<24} {type_c[t]}")
    print("\nper-kind counts:")
    for k in _KIND_NAMES:
        print(f"  {k:<30} {kind_c[k]}")
    missing = [t for t in ALL_TYPES if type_c[t] == 0]
    if missing:
        print("MISSING TYPES:", missing)
    return 1 if (bad or missing or not det_ok) else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return _check(3000, a.seed)
    if a.sample:
        for i in range(a.sample):
            name, lang, doc = _make(a.seed, i)
            print(f"===== {doc['id']}  kind={name}  lang={lang}  entities={len(doc['entities'])}")
            print(_marked(doc))
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
