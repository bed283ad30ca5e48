#!/usr/bin/env python3
r"""Blind corpus 69 -- marketing, CRM and adtech data.

Synthetic, labelled documents of the kind that pile up in marketing
operations: CRM and CDP exports, e-mail campaign lists, consent, opt-in and
unsubscribe records, web lead forms, ad-platform API and click logs, loyalty
and sweepstakes sign-ups, survey responses, data-subject access / erasure
requests, martech configuration files and the odd leaked credential.  About a
quarter of the documents are not in English and about an eighth contain only
hard negatives.  All values are fake; spans are recorded while the text is
built, never by searching the finished text.

Usage: python3 corpus_blind69.py --check | --sample K [--seed S] |
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

Supplementary notes (the block above is reproduced verbatim from the brief,
which breaks off inside the secrets bullet; this corpus additionally follows):
the remaining secret types are STRIPE_KEY, JWT, PRIVATE_KEY, PASSWORD and
GENERIC_SECRET; a secret span is the value only (no "Bearer ", "KEY=", quotes);
a PEM PRIVATE_KEY span runs from "-----BEGIN" to the closing "-----" of the END
line; GENERIC_SECRET covers other vendors' API keys, write keys, client/app
secrets and signing secrets. Customer, loyalty and rewards account numbers are
ACCOUNT_NUMBER; CRM record ids, lead ids and Salesforce-style ids are control
ids. Country names are LOCATION, ISO country codes are not. Record-keeping
timestamps (JSON "timestamp"/"created_at", vCard REV) are treated like log-line
timestamps; business dates in named fields (opt-in, consent, deadline, payout,
appointment, renewal) are DATE_TIME.
"""
from __future__ import annotations

import argparse
import base64
import datetime
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections import Counter

# --------------------------------------------------------------------------
# types
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
ADDR = "ADDRESS"
URL = "URL"
MRN = "MEDICAL_RECORD_NUMBER"
HPN = "HEALTH_PLAN_NUMBER"
ACCT = "ACCOUNT_NUMBER"
DL = "DRIVER_LICENSE"
AKID = "AWS_ACCESS_KEY"
ASK = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"
SLK = "SLACK_TOKEN"
STR = "STRIPE_KEY"
JWT = "JWT"
PK = "PRIVATE_KEY"
PW = "PASSWORD"
SEC = "GENERIC_SECRET"

TYPES = [PER, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADDR, URL, MRN, HPN,
         ACCT, DL, AKID, ASK, GH, SLK, STR, JWT, PK, PW, SEC]
SECRET_TYPES = {AKID, ASK, GH, SLK, STR, JWT, PK, PW, SEC}


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
class Builder:
    """Appends text pieces; a (value, TYPE) tuple records an entity span."""

    def __init__(self):
        self._parts: list[str] = []
        self._len = 0
        self._ents: list[dict] = []

    def __call__(self, *pieces):
        for p in pieces:
            if isinstance(p, tuple):
                s, t = p
                if t is not None and s:
                    self._ents.append({"start": self._len,
                                       "end": self._len + len(s), "type": t})
            else:
                s = p
            self._parts.append(s)
            self._len += len(s)
        return self

    def __len__(self):
        return self._len

    def text(self) -> str:
        return "".join(self._parts)

    def entities(self) -> list[dict]:
        return sorted(self._ents, key=lambda e: (e["start"], e["end"]))


# --------------------------------------------------------------------------
# static data
# --------------------------------------------------------------------------
NAMES = {
    "us": ("James Michael Robert David Daniel Tyler Marcus Brandon Kevin Jordan "
           "Darnell Ethan Cody Trevor".split(),
           "Jennifer Emily Ashley Sarah Jessica Megan Lauren Olivia Hannah "
           "Brittany Keisha Madison Kayla Courtney".split(),
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson "
           "Taylor Thomas Moore Jackson Martin Thompson White Harris Clark "
           "Lewis Robinson Walker Washington Carter Mitchell Parker Collins "
           "Reed Brooks Hughes Sullivan Bennett Foster Griffin Hayes".split()),
    "hisp": ("José Alejandro Diego Javier Mateo Andrés Fernando Luis Carlos "
             "Miguel Raúl Sergio".split(),
             "María Lucía Carmen Sofía Valentina Camila Isabel Paula Jimena "
             "Elena Daniela Marisol".split(),
             "García Rodríguez Hernández Martínez López González Pérez "
             "Sánchez Ramírez Torres Flores Rivera Gómez Díaz Morales "
             "Castillo Ortega Navarro Vargas Romero".split()),
    "de": ("Lukas Jonas Felix Maximilian Tobias Jan Florian Sebastian "
           "Matthias Jürgen Dieter Uwe Stefan Niklas".split(),
           "Anna Lea Marie Sophie Katharina Laura Julia Hannah Sabine Ute "
           "Birgit Heike Jana Franziska".split(),
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker "
           "Hoffmann Schulz Koch Richter Bauer Klein Wolf Schröder Neumann "
           "Schwarz Zimmermann Braun Krüger Hartmann Lange Vogel".split()),
    "fr": ("Lucas Hugo Louis Théo Nathan Jules Antoine Étienne Benoît "
           "Mathieu Julien Rémi".split(),
           "Camille Léa Chloé Manon Inès Emma Clémence Margaux Mathilde "
           "Élodie Amélie Aurélie".split(),
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy "
           "Moreau Simon Laurent Lefèvre Michel Fournier Girard Bonnet "
           "Mercier Faure Rousseau Blanchard".split()),
    "it": ("Marco Alessandro Luca Matteo Davide Simone Andrea Lorenzo "
           "Giuseppe Francesco Riccardo".split(),
           "Giulia Francesca Chiara Sara Martina Elena Federica Valentina "
           "Alessia Silvia Beatrice".split(),
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino "
           "Greco Bruno Gallo Conti De Luca Costa Giordano Mancini "
           "Lombardi".split()),
    "pt": ("João Pedro Lucas Gabriel Rafael Tiago Rui Gonçalo Thiago "
           "Bruno Felipe".split(),
           "Ana Mariana Beatriz Larissa Juliana Inês Catarina Sofia "
           "Fernanda Luana Carolina".split(),
           "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira "
           "Lima Gomes Costa Carvalho Almeida Ribeiro Martins Pinto "
           "Barbosa Teixeira".split()),
    "nl": ("Daan Bram Thijs Ruben Joris Sem Lars Niels Jeroen Pieter "
           "Wouter".split(),
           "Sanne Lotte Fleur Iris Femke Anouk Noor Eva Marieke Esther "
           "Lieke".split(),
           "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|"
           "Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Dijk|Dekker|"
           "van Leeuwen".split("|")),
    "pl": ("Jakub Piotr Tomasz Michał Paweł Krzysztof Marcin Łukasz "
           "Grzegorz Wojciech".split(),
           "Anna Katarzyna Agnieszka Magdalena Joanna Aleksandra Monika "
           "Zofia Ewa Małgorzata".split(),
           None),
    "sv": ("Erik Lars Johan Anders Per Oskar Nils Mikael Henrik "
           "Gustav".split(),
           "Anna Maria Karin Emma Sara Elin Ingrid Linnea Astrid "
           "Frida".split(),
           "Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson "
           "Persson Svensson Gustafsson Pettersson Jonsson Lindberg "
           "Lindqvist Berg Holm Sjöberg".split()),
    "tr": ("Mehmet Mustafa Ahmet Emre Burak Can Hakan Oğuz Serkan "
           "Kerem".split(),
           "Ayşe Fatma Zeynep Elif Merve Selin Ece Deniz Büşra "
           "Gülşen".split(),
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan "
           "Kılıç Aslan Çetin Koç Kurt Özdemir Erdoğan Polat".split()),
    "ja": ("Haruto Sota Yuto Ren Kaito Takumi Daiki Kenji Hiroshi "
           "Takeshi".split(),
           "Yui Hina Aoi Mio Sakura Yuna Rin Emi Haruka Naoko".split(),
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura "
           "Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto "
           "Inoue".split()),
    "in": ("Aarav Rohan Vikram Arjun Rahul Aditya Karthik Siddharth".split(),
           "Priya Ananya Neha Kavya Sneha Pooja Divya Lakshmi".split(),
           "Sharma Patel Gupta Iyer Singh Reddy Nair Menon Verma Joshi Rao "
           "Desai Krishnan".split()),
    "zh": ("Wei Jun Hao Yong Lei Jian Ming".split(),
           "Mei Jing Fang Xiu Ying Li Na Yan".split(),
           "Zhang Wang Chen Lin Liu Huang Zhao Wu Zhou Xu".split()),
    "ko": ("Min-jun Ji-ho Do-yun Seung-woo Hyun-woo".split(),
           "Seo-yeon Ha-eun Soo-ah Ji-woo Min-seo".split(),
           "Kim Lee Park Choi Jung Kang Yoon".split()),
    "ar": ("Omar Youssef Karim Hassan Tariq Samir".split(),
           "Layla Fatima Nour Rania Yasmin Salma".split(),
           "Haddad Mansour El-Amin Al-Sayed Nasser Khalil Aziz Saleh "
           "Bakri".split()),
    "af": ("Chinedu Kwame Tendai Kofi Abebe Oluwaseun".split(),
           "Ngozi Amara Zanele Abena Chiamaka Wanjiru".split(),
           "Okafor Adeyemi Mensah Diallo Moyo Dlamini Boateng Tesfaye "
           "Okonkwo Kamau".split()),
    "uk": ("Liam Callum Rhys Gareth Alistair Declan Oliver Harry".split(),
           "Siobhan Aoife Fiona Eleanor Imogen Niamh Charlotte "
           "Bethan".split(),
           "O'Brien O'Connor Murphy MacLeod McAllister Davies Evans Hughes "
           "Campbell Fletcher Whitfield Pritchard".split()),
}
PL_LAST = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"),
           ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
           ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"),
           ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
           ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
           ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
           ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
           ("Kwiatkowski", "Kwiatkowska"), ("Krawczyk", "Krawczyk")]
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"

EN_CULTURES = ["us", "us", "us", "us", "hisp", "hisp", "uk", "in", "zh",
               "ko", "ar", "af", "de", "fr", "it", "ja", "pl", "nl"]
CULTURE_COUNTRIES = {
    "us": ["US"], "hisp": ["US", "US", "ES", "MX"], "de": ["DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CA"], "it": ["IT", "IT", "CH"],
    "pt": ["PT", "BR", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"],
    "sv": ["SE"], "tr": ["TR", "TR", "DE"], "ja": ["JP"],
    "in": ["IN", "US", "UK"], "zh": ["US", "CA", "AU", "UK"],
    "ko": ["US", "CA"], "ar": ["UK", "FR", "US"], "af": ["UK", "US", "IE"],
    "uk": ["UK", "IE", "AU"],
}
COUNTRY_NAMES = {
    "US": "USA", "UK": "United Kingdom", "IE": "Ireland", "DE": "Germany",
    "AT": "Austria", "CH": "Switzerland", "FR": "France", "BE": "Belgium",
    "CA": "Canada", "IT": "Italy", "ES": "Spain", "MX": "Mexico",
    "PT": "Portugal", "BR": "Brazil", "NL": "Netherlands", "PL": "Poland",
    "SE": "Sweden", "TR": "Turkey", "JP": "Japan", "AU": "Australia",
    "IN": "India",
}
ISO2 = {"UK": "GB"}

# (city, region, postcode pattern)  '#' digit, '%' digit 1-9, '@' letter
CITIES = {
    "US": [("Springfield", "IL", "627##"), ("Austin", "TX", "787##"),
           ("Portland", "OR", "972##"), ("Columbus", "OH", "432##"),
           ("Denver", "CO", "802##"), ("Raleigh", "NC", "276##"),
           ("Sacramento", "CA", "958##"), ("San Diego", "CA", "921##"),
           ("Tampa", "FL", "336##"), ("Madison", "WI", "537##"),
           ("Brooklyn", "NY", "112##"), ("Phoenix", "AZ", "850##"),
           ("Seattle", "WA", "981##"), ("Atlanta", "GA", "303##"),
           ("Boston", "MA", "021##"), ("Nashville", "TN", "372##"),
           ("Minneapolis", "MN", "554##"), ("Pittsburgh", "PA", "152##"),
           ("Salt Lake City", "UT", "841##"), ("Chicago", "IL", "606##"),
           ("Oakland", "CA", "946##"), ("Kansas City", "MO", "641##"),
           ("Richmond", "VA", "232##"), ("Albuquerque", "NM", "871##")],
    "UK": [("London", None, "SE%% %@@"), ("London", None, "N% %@@"),
           ("Leeds", None, "LS% %@@"), ("Manchester", None, "M%% %@@"),
           ("Bristol", None, "BS% %@@"), ("Edinburgh", None, "EH% %@@"),
           ("Cardiff", None, "CF%# %@@"), ("Glasgow", None, "G%% %@@"),
           ("Brighton", None, "BN% %@@"), ("York", None, "YO%# %@@"),
           ("Norwich", None, "NR% %@@"), ("Sheffield", None, "S%% %@@")],
    "IE": [("Dublin", None, "D0% @%@%"), ("Cork", None, "T12 @%@%"),
           ("Galway", None, "H91 @%@%"), ("Limerick", None, "V94 @%@%")],
    "DE": [("Berlin", "Berlin", "10###"), ("Hamburg", "Hamburg", "22###"),
           ("München", "Bayern", "80###"), ("Köln", "Nordrhein-Westfalen", "50###"),
           ("Frankfurt am Main", "Hessen", "60###"),
           ("Stuttgart", "Baden-Württemberg", "70###"),
           ("Leipzig", "Sachsen", "04###"), ("Dresden", "Sachsen", "01###"),
           ("Düsseldorf", "Nordrhein-Westfalen", "40###"),
           ("Nürnberg", "Bayern", "90###"), ("Bremen", "Bremen", "28###"),
           ("Hannover", "Niedersachsen", "30###"),
           ("Freiburg im Breisgau", "Baden-Württemberg", "79###"),
           ("Münster", "Nordrhein-Westfalen", "48###")],
    "AT": [("Wien", "Wien", "1%%0"), ("Graz", "Steiermark", "80%0"),
           ("Linz", "Oberösterreich", "4020"), ("Salzburg", "Salzburg", "5020"),
           ("Innsbruck", "Tirol", "6020")],
    "CH": [("Zürich", "ZH", "80%%"), ("Bern", "BE", "30%%"),
           ("Basel", "BS", "40%%"), ("Genève", "GE", "120%"),
           ("Lausanne", "VD", "100%")],
    "FR": [("Paris", "Île-de-France", "750%#"), ("Lyon", "Auvergne-Rhône-Alpes", "6900%"),
           ("Marseille", "Provence-Alpes-Côte d'Azur", "130%#"),
           ("Toulouse", "Occitanie", "31000"), ("Bordeaux", "Nouvelle-Aquitaine", "33000"),
           ("Nantes", "Pays de la Loire", "44000"), ("Lille", "Hauts-de-France", "59000"),
           ("Strasbourg", "Grand Est", "67000"), ("Montpellier", "Occitanie", "34000"),
           ("Rennes", "Bretagne", "35000"), ("Nice", "Provence-Alpes-Côte d'Azur", "06000")],
    "BE": [("Bruxelles", None, "1000"), ("Antwerpen", None, "2000"),
           ("Gent", None, "9000"), ("Liège", None, "4000"),
           ("Leuven", None, "3000")],
    "CA": [("Toronto", "ON", "M5V %@%"), ("Montréal", "QC", "H2X %@%"),
           ("Vancouver", "BC", "V6B %@%"), ("Calgary", "AB", "T2P %@%"),
           ("Ottawa", "ON", "K1P %@%"), ("Halifax", "NS", "B3J %@%")],
    "IT": [("Milano", "MI", "201%#"), ("Roma", "RM", "001%#"),
           ("Torino", "TO", "101%#"), ("Napoli", "NA", "801%#"),
           ("Bologna", "BO", "401%#"), ("Firenze", "FI", "501%#"),
           ("Genova", "GE", "161%#"), ("Palermo", "PA", "901%#"),
           ("Verona", "VR", "371%#"), ("Bari", "BA", "701%#")],
    "ES": [("Madrid", "Madrid", "280%#"), ("Barcelona", "Barcelona", "080%#"),
           ("Valencia", "Valencia", "460%#"), ("Sevilla", "Sevilla", "410%#"),
           ("Bilbao", "Bizkaia", "480%#"), ("Málaga", "Málaga", "290%#"),
           ("Zaragoza", "Zaragoza", "500%#"), ("Granada", "Granada", "180%#")],
    "MX": [("Ciudad de México", "CDMX", "0%%00"), ("Guadalajara", "Jalisco", "44%%0"),
           ("Monterrey", "Nuevo León", "64%%0"), ("Puebla", "Puebla", "72%%0")],
    "PT": [("Lisboa", "Lisboa", "1%##-###"), ("Porto", "Porto", "4%##-###"),
           ("Braga", "Braga", "4700-###"), ("Coimbra", "Coimbra", "3000-###"),
           ("Faro", "Faro", "8000-###")],
    "BR": [("São Paulo", "SP", "0%###-###"), ("Rio de Janeiro", "RJ", "2%###-###"),
           ("Belo Horizonte", "MG", "30###-###"), ("Curitiba", "PR", "80###-###"),
           ("Porto Alegre", "RS", "90###-###"), ("Recife", "PE", "50###-###"),
           ("Salvador", "BA", "40###-###")],
    "NL": [("Amsterdam", "Noord-Holland", "10%# @@"), ("Rotterdam", "Zuid-Holland", "30%# @@"),
           ("Utrecht", "Utrecht", "35%# @@"), ("Den Haag", "Zuid-Holland", "25%# @@"),
           ("Eindhoven", "Noord-Brabant", "56%# @@"), ("Groningen", "Groningen", "97%# @@"),
           ("Haarlem", "Noord-Holland", "20%# @@"), ("Leiden", "Zuid-Holland", "23%# @@")],
    "PL": [("Warszawa", "mazowieckie", "0%-###"), ("Kraków", "małopolskie", "3%-###"),
           ("Łódź", "łódzkie", "9%-###"), ("Wrocław", "dolnośląskie", "5%-###"),
           ("Poznań", "wielkopolskie", "6%-###"), ("Gdańsk", "pomorskie", "80-###"),
           ("Katowice", "śląskie", "40-###")],
    "SE": [("Stockholm", "Stockholms län", "11% ##"), ("Göteborg", "Västra Götaland", "41% ##"),
           ("Malmö", "Skåne", "21% ##"), ("Uppsala", "Uppsala län", "75% ##"),
           ("Lund", "Skåne", "22% ##"), ("Västerås", "Västmanland", "72% ##")],
    "TR": [("İstanbul", "Kadıköy", "34710"), ("İstanbul", "Beyoğlu", "34430"),
           ("Ankara", "Çankaya", "06690"), ("İzmir", "Konak", "35250"),
           ("Bursa", "Nilüfer", "16110"), ("Antalya", "Muratpaşa", "07100")],
    "JP": [("Tokyo", "Shibuya-ku", "150-00##"), ("Tokyo", "Setagaya-ku", "154-00##"),
           ("Osaka", "Kita-ku", "530-00##"), ("Nagoya", "Naka-ku", "460-00##"),
           ("Fukuoka", "Chuo-ku", "810-00##"), ("Yokohama", "Naka-ku", "231-00##"),
           ("Sapporo", "Chuo-ku", "060-00##")],
    "AU": [("Surry Hills", "NSW", "2010"), ("Melbourne", "VIC", "3000"),
           ("Brisbane City", "QLD", "4000"), ("Perth", "WA", "6000"),
           ("Adelaide", "SA", "5000"), ("Fitzroy", "VIC", "3065"),
           ("Newtown", "NSW", "2042")],
    "IN": [("Bengaluru", "Karnataka", "5600##"), ("Mumbai", "Maharashtra", "4000##"),
           ("Chennai", "Tamil Nadu", "6000##"), ("Hyderabad", "Telangana", "5000##"),
           ("Pune", "Maharashtra", "4110##"), ("Noida", "Uttar Pradesh", "2013##")],
}
STREETS = {
    "US": ["Maple Ave", "Oak St", "Elm Street", "Cedar Lane", "Washington Blvd",
           "Lincoln Ave", "Park Road", "Lakeview Dr", "Highland Ave", "Main St",
           "2nd Ave", "Pine Street", "Willow Ct", "Riverside Dr", "Magnolia Way",
           "Hillcrest Rd", "Chestnut St", "Spring Garden St", "Peachtree St NE",
           "Sunset Blvd", "W 38th St", "Mission St"],
    "UK": ["Kingsley Road", "Victoria Street", "Church Lane", "Station Road",
           "High Street", "Mill Lane", "Queens Road", "Albert Terrace", "Elm Grove",
           "Park View", "Clarendon Road", "Whitworth Street"],
    "IE": ["Seafield Road", "Main Street", "Patrick Street", "Shop Street",
           "O'Connell Avenue", "Griffith Avenue"],
    "DE": ["Lindenstraße", "Hauptstraße", "Schillerstraße", "Goethestraße",
           "Bahnhofstraße", "Gartenweg", "Kastanienallee", "Bergstraße", "Rosenweg",
           "Friedrichstraße", "Am Mühlbach", "Birkenweg", "Lindenstr.", "Königsallee"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse",
           "Schönbrunner Straße", "Annenstraße", "Linzer Gasse"],
    "CH": ["Bahnhofstrasse", "Seefeldstrasse", "Dorfstrasse", "Kramgasse",
           "Rue du Rhône", "Steinenvorstadt"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire",
           "rue de la République", "impasse des Tilleuls", "allée des Châtaigniers",
           "rue Victor Hugo", "chemin des Vignes", "place Bellecour", "quai de la Fosse",
           "rue du Faubourg Saint-Denis"],
    "BE": ["Rue Neuve", "Avenue Louise", "Meir", "Veldstraat", "Rue Saint-Gilles",
           "Chaussée de Wavre", "Bondgenotenlaan"],
    "CA": ["King St W", "Rue Sainte-Catherine O", "Granville St", "Bloor St W",
           "Barrington St", "Rideau St", "17 Ave SW", "Boulevard Saint-Laurent"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille",
           "Viale Monza", "Piazza della Repubblica", "Via Mazzini", "Via Santa Lucia",
           "Via Nazionale", "Corso Buenos Aires"],
    "ES": ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución",
           "Paseo de Gracia", "Gran Vía", "Calle Sierpes", "Calle Larios",
           "Rambla de Catalunya", "Calle Colón", "Avenida del Puerto"],
    "MX": ["Av. Insurgentes Sur", "Calle Madero", "Paseo de la Reforma",
           "Calle Morelos", "Av. Chapultepec", "Calle Hidalgo"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina",
           "Rua do Carmo", "Rua Ferreira Borges", "Avenida da Boavista"],
    "BR": ["Rua Oscar Freire", "Avenida Paulista", "Rua das Laranjeiras",
           "Rua da Bahia", "Rua XV de Novembro", "Avenida Ipiranga",
           "Rua do Bom Jesus"],
    "NL": ["Prinsengracht", "Kerkstraat", "Oudegracht", "Laan van Meerdervoort",
           "Dorpsstraat", "Stationsweg", "Vondelstraat", "Witte de Withstraat"],
    "PL": ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "ul. Floriańska",
           "ul. Świętojańska", "ul. Grunwaldzka", "ul. Mickiewicza",
           "al. Jerozolimskie"],
    "SE": ["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan",
           "Södra Förstadsgatan", "Linnégatan", "Sveavägen"],
    "TR": ["Bağdat Cad.", "İstiklal Cad.", "Atatürk Bulvarı", "Cumhuriyet Cad.",
           "Kızılay Mah. Ziya Gökalp Cad.", "Alsancak Mah. Kıbrıs Şehitleri Cad."],
    "JP": ["Jingumae", "Sangenjaya", "Umeda", "Sakae", "Tenjin", "Motomachi",
           "Kita 3-jo Nishi"],
    "AU": ["Smith St", "Collins Street", "Queen St", "Hay St", "King William St",
           "Crown St", "Brunswick St", "King Street"],
    "IN": ["14th Cross, Indiranagar", "Sector 18", "Linking Road, Bandra West",
           "Anna Salai", "Road No. 36, Jubilee Hills", "FC Road, Shivajinagar"],
}
BR_BAIRROS = ["Jardim Paulista", "Pinheiros", "Copacabana", "Savassi", "Centro",
              "Moinhos de Vento", "Boa Viagem", "Barra"]
MX_COLONIAS = ["Roma Norte", "Condesa", "Del Valle", "Centro", "Americana",
               "Obispado"]

PHONE_FMT = {
    "UK": [("07### ######", "+44 7### ######"), ("020 #### ####", "+44 20 #### ####"),
           ("0161 ### ####", "+44 161 ### ####"), ("0113 ### ####", "+44 113 ### ####")],
    "IE": [("08% ### ####", "+353 8% ### ####"), ("01 ### ####", "+353 1 ### ####"),
           ("021 ### ####", "+353 21 ### ####")],
    "DE": [("015% ########", "+49 15% ########"), ("017% #######", "+49 17% #######"),
           ("030 %#######", "+49 30 %#######"), ("089 %######", "+49 89 %######"),
           ("040 %#######", "+49 40 %#######"), ("(0221) %######", "+49 221 %######")],
    "AT": [("0664 %######", "+43 664 %######"), ("01 %######", "+43 1 %######"),
           ("0316 %#####", "+43 316 %#####")],
    "CH": [("07% ### ## ##", "+41 7% ### ## ##"), ("044 %## ## ##", "+41 44 %## ## ##"),
           ("031 %## ## ##", "+41 31 %## ## ##")],
    "FR": [("06 ## ## ## ##", "+33 6 ## ## ## ##"), ("07 ## ## ## ##", "+33 7 ## ## ## ##"),
           ("01 ## ## ## ##", "+33 1 ## ## ## ##"), ("04 ## ## ## ##", "+33 4 ## ## ## ##")],
    "BE": [("047% ## ## ##", "+32 47% ## ## ##"), ("02 %## ## ##", "+32 2 %## ## ##")],
    "IT": [("3%# ### ####", "+39 3%# ### ####"), ("06 %### ####", "+39 06 %### ####"),
           ("02 %### ####", "+39 02 %### ####")],
    "ES": [("6%# ### ###", "+34 6%# ### ###"), ("91 %## ## ##", "+34 91 %## ## ##"),
           ("93 %## ## ##", "+34 93 %## ## ##")],
    "MX": [("55 %### ####", "+52 55 %### ####"), ("33 %### ####", "+52 33 %### ####"),
           ("81 %### ####", "+52 81 %### ####")],
    "PT": [("9%# ### ###", "+351 9%# ### ###"), ("21 %## ####", "+351 21 %## ####"),
           ("22 %## ####", "+351 22 %## ####")],
    "BR": [("(11) 9####-####", "+55 11 9####-####"), ("(21) 9####-####", "+55 21 9####-####"),
           ("(31) %###-####", "+55 31 %###-####")],
    "NL": [("06 %#######", "+31 6 %#######"), ("06-%#######", "+31 6 %#######"),
           ("020 %## ####", "+31 20 %## ####"), ("010 %## ####", "+31 10 %## ####")],
    "PL": [("5%# ### ###", "+48 5%# ### ###"), ("6%# ### ###", "+48 6%# ### ###"),
           ("22 %## ## ##", "+48 22 %## ## ##"), ("12 %## ## ##", "+48 12 %## ## ##")],
    "SE": [("070-%## ## ##", "+46 70 %## ## ##"), ("073-%## ## ##", "+46 73 %## ## ##"),
           ("08-%## ### ##", "+46 8 %## ### ##"), ("031-%# ## ##", "+46 31 %# ## ##")],
    "TR": [("05%# ### ## ##", "+90 5%# ### ## ##"), ("(0212) %## ## ##", "+90 212 %## ## ##"),
           ("(0312) %## ## ##", "+90 312 %## ## ##")],
    "JP": [("090-####-####", "+81 90-####-####"), ("080-####-####", "+81 80-####-####"),
           ("03-%###-####", "+81 3-%###-####"), ("06-%###-####", "+81 6-%###-####")],
    "AU": [("04%# ### ###", "+61 4%# ### ###"), ("(02) %### ####", "+61 2 %### ####"),
           ("(03) %### ####", "+61 3 %### ####")],
    "IN": [("9%### #####", "+91 9%### #####"), ("8%### #####", "+91 8%### #####"),
           ("022 %### ####", "+91 22 %### ####")],
}
US_AREAS = ["212", "312", "415", "617", "646", "702", "213", "303", "404", "503",
            "512", "602", "608", "614", "615", "206", "919", "813", "801", "816",
            "804", "505", "347", "510", "916", "619", "412", "612"]
CA_AREAS = ["416", "514", "604", "403", "613", "902", "647", "438"]
TOLLFREE = {
    "US": ["1-800-%##-####", "(888) %##-####", "1-877-%##-####", "1 (866) %##-####"],
    "UK": ["0800 %## ####", "0808 %## ####"], "DE": ["0800 %######"],
    "FR": ["0 800 ## ## ##"], "ES": ["900 %## ###"], "IT": ["800 %## ###"],
    "NL": ["0800-%###"], "PL": ["800 %## ###"], "SE": ["020-%# ## ##"],
    "TR": ["0850 %## ## ##"], "JP": ["0120-%##-###"], "BR": ["0800 %## ####"],
    "PT": ["800 %## ###"],
}

EMAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
    "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "AT": ["gmx.at", "aon.at", "gmail.com"], "CH": ["bluewin.ch", "gmx.ch", "gmail.com"],
    "FR": ["orange.fr", "laposte.net", "free.fr", "gmail.com", "sfr.fr"],
    "BE": ["skynet.be", "telenet.be", "gmail.com"], "CA": ["gmail.com", "videotron.ca", "rogers.com"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "ES": ["hotmail.es", "gmail.com", "telefonica.net", "yahoo.es"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "PT": ["sapo.pt", "gmail.com", "netcabo.pt"], "BR": ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "SE": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"], "IN": ["gmail.com", "rediffmail.com", "yahoo.in"],
}

BRANDS = {
    "en": [("Northwind Outfitters", "northwindoutfitters.com"), ("Lumena Cosmetics", "lumena-cosmetics.com"),
           ("BrightCart", "brightcart.io"), ("Velocity Wear", "velocitywear.com"),
           ("Bluepeak Outdoor", "bluepeak-outdoor.com"), ("Kelpie Pet Supply", "kelpiepets.com"),
           ("Harbor & Pine", "harborandpine.com"), ("Quillstone Books", "quillstone.co.uk"),
           ("Copperleaf Kitchen", "copperleafkitchen.com")],
    "de": [("Haus & Garten Direkt", "hausundgarten-direkt.de"), ("Bergblick Sport", "bergblick-sport.de"),
           ("Lumena Cosmetics", "lumena-cosmetics.de"), ("Kaffeerösterei Nordlicht", "nordlicht-kaffee.de")],
    "fr": [("Maison Lavande", "maison-lavande.fr"), ("Les Jardins de Provence", "jardins-provence.fr"),
           ("Velocité Cycles", "velocite-cycles.fr")],
    "es": [("Casa Verde Hogar", "casaverdehogar.es"), ("Sol y Mar Viajes", "solymarviajes.es"),
           ("Librería Faro", "libreriafaro.com")],
    "it": [("Moda Milano", "modamilano.it"), ("Caffè Aurora", "caffeaurora.it"), ("Casa Fiorita", "casafiorita.it")],
    "pt": [("Sol Nascente", "solnascente.com.br"), ("Casa Azul Decor", "casaazuldecor.com.br"),
           ("Mercearia Atlântico", "merceariaatlantico.pt")],
    "nl": [("Tulipa Home", "tulipahome.nl"), ("Fietsfabriek Noord", "fietsfabrieknoord.nl")],
    "pl": [("Polskie Smaki", "polskiesmaki.pl"), ("Bursztyn Kosmetyki", "bursztyn-kosmetyki.pl")],
    "sv": [("Fjord Kaffe", "fjordkaffe.se"), ("Nordljus Inredning", "nordljus.se")],
    "tr": [("Anatolia Tekstil", "anatoliatekstil.com.tr"), ("Boğaziçi Market", "bogazicimarket.com.tr")],
    "ja": [("Sakura Beauty", "sakura-beauty.jp"), ("Aozora Books", "aozora-books.jp")],
}
PERSON_BRANDS = ["Ben & Jerry's", "Tommy Hilfiger", "Hugo Boss", "Ralph Lauren",
                 "Müller & Söhne GmbH", "Calvin Klein", "Estée Lauder", "Dr. Martens"]
PET_NAMES = ["Biscuit", "Luna", "Mochi", "Pepper", "Bruno", "Daisy", "Nala", "Ziggy",
             "Rocky", "Maple", "Frodo", "Kiki"]
DRUGS = ["Ozempic", "atorvastatin", "Jardiance", "metformin", "Eliquis", "Dupixent",
         "lisinopril", "Humira"]
URL_PATHS = ["/unsubscribe", "/preferences", "/p/summer-sale", "/webinar/register",
             "/rewards/join", "/lp/spring-launch", "/account/consent", "/survey/nps",
             "/cart/recover", "/offers/birthday", "/blog/new-arrivals", "/c/outlet"]
UTM_CAMPAIGNS = ["spring_launch", "summer_sale_24", "winback_q3", "bf_early_access",
                 "loyalty_double_points", "newsletter_wk20", "cart_abandon_2",
                 "birthday_treat", "reactivation_90d"]
UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/17.4',
       'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/124.0 Mobile',
       'okhttp/4.12.0', 'python-requests/2.31.0']

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
TITLES = {"en": ("Mr.", "Ms."), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"),
          "es": ("Sr.", "Sra."), "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra."),
          "nl": ("dhr.", "mevr."), "pl": ("Pan", "Pani")}

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def ascii_fold(s: str) -> str:
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ı", "i"), ("ø", "o"),
                 ("æ", "ae"), ("œ", "oe")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def iban_mod97(iban: str) -> int:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


class Person:
    __slots__ = ("first", "last", "gender", "culture", "mid")

    def __init__(self, first, last, gender, culture, mid):
        self.first, self.last, self.gender, self.culture, self.mid = first, last, gender, culture, mid

    @property
    def full(self):
        return f"{self.first} {self.last}"


class Addr:
    __slots__ = ("street", "city", "region", "postcode", "cc", "tail")

    def __init__(self, street, city, region, postcode, cc, tail):
        self.street, self.city, self.region = street, city, region
        self.postcode, self.cc, self.tail = postcode, cc, tail

    @property
    def country(self):
        return COUNTRY_NAMES[self.cc]

    def one(self, country=False):
        s = f"{self.street}, {self.tail}"
        return s + ", " + self.country if country else s

    def multi(self, country=False):
        s = f"{self.street}\n{self.tail}"
        return s + "\n" + self.country if country else s


# --------------------------------------------------------------------------
# value generator
# --------------------------------------------------------------------------
class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    # basics ---------------------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def rint(self, a, b):
        return self.r.randint(a, b)

    def chars(self, n, alphabet):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def digits(self, n):
        return self.chars(n, "0123456789")

    def hexs(self, n):
        return self.chars(n, HEX)

    def fill(self, pattern):
        out = []
        for c in pattern:
            if c == "#":
                out.append(str(self.r.randrange(10)))
            elif c == "%":
                out.append(str(self.r.randrange(1, 10)))
            elif c == "@":
                out.append(self.pick("ABCDEFGHJKLMNPRSTUVWXY"))
            else:
                out.append(c)
        return "".join(out)

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def sfid(self, prefix="003"):
        return prefix + self.chars(2, "0123456789") + "0000" + self.chars(9, ALNUM)

    def sha(self, n=64):
        return self.hexs(n)

    def epoch(self):
        return str(self.rint(1672531200, 1767225599))

    def brand(self, lang="en"):
        if lang == "en" and self.chance(0.15):
            lang = self.pick(list(BRANDS))
        return self.pick(BRANDS[lang])

    def after(self, d, lo, hi):
        return d + datetime.timedelta(days=self.rint(lo, hi))

    def amount(self, lo=5, hi=900):
        return f"{self.rint(lo, hi)}.{self.rint(0, 99):02d}"

    # people ---------------------------------------------------------------
    def person(self, culture=None, gender=None):
        culture = culture or self.pick(EN_CULTURES)
        gender = gender or self.pick("mf")
        males, females, lasts = NAMES[culture]
        first = self.pick(males if gender == "m" else females)
        if culture == "pl":
            pair = self.pick(PL_LAST)
            last = pair[0] if gender == "m" else pair[1]
        else:
            last = self.pick(lasts)
        return Person(first, last, gender, culture, self.pick(MIDDLE_INITIALS))

    def country_for(self, p):
        return self.pick(CULTURE_COUNTRIES[p.culture])

    def name_variant(self, p, allow_comma=True):
        opts = ["full", "full", "full", "mid", "caps"]
        if allow_comma:
            opts.append("comma")
        v = self.pick(opts)
        if v == "mid" and p.culture in ("us", "uk", "hisp", "af"):
            return f"{p.first} {p.mid}. {p.last}"
        if v == "caps":
            return f"{p.first} {p.last}".upper()
        if v == "comma":
            return f"{p.last}, {p.first}"
        return p.full

    def title(self, p, lang="en"):
        t = TITLES.get(lang, TITLES["en"])
        return t[0] if p.gender == "m" else t[1]

    def email(self, p=None, cc=None, domain=None):
        if p is None:
            p = self.person()
        f, l = slug(p.first), slug(p.last)
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{self.rint(1, 99)}",
                           f"{f}_{l}", f"{l}.{f}", f"{f}{self.rint(70, 99)}",
                           f"{f}.{l}{self.rint(1, 9)}"])
        if domain is None:
            cc = cc or self.country_for(p)
            domain = self.pick(EMAIL_DOMAINS.get(cc, EMAIL_DOMAINS["US"]))
        return f"{local}@{domain}"

    def work_email(self, p, domain):
        f, l = slug(p.first), slug(p.last)
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}", f"{f}.{l[0]}"])
        return f"{local}@{domain}"

    # phones ---------------------------------------------------------------
    def phone(self, cc, intl=None):
        if intl is None:
            intl = self.chance(0.45)
        if cc in ("US", "CA"):
            area = self.pick(US_AREAS if cc == "US" else CA_AREAS)
            ex = str(self.rint(201, 989))
            if self.chance(0.2):
                ex = "555"
            ln = self.digits(4)
            if intl:
                return self.pick([f"+1 {area} {ex} {ln}", f"+1-{area}-{ex}-{ln}",
                                  f"+1{area}{ex}{ln}", f"+1 ({area}) {ex}-{ln}"])
            return self.pick([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}",
                              f"{area}.{ex}.{ln}", f"({area}) {ex}-{ln}"])
        nat, inter = self.pick(PHONE_FMT[cc])
        marks = [c for c in nat if c in "#%"]
        vals = [str(self.r.randrange(1 if m == "%" else 0, 10)) for m in marks]

        def put(pat):
            it = iter(vals)
            return "".join(next(it) if c in "#%" else c for c in pat)
        if intl:
            s = put(inter)
            if self.chance(0.2):
                s = "+" + re.sub(r"\D", "", s)
            return s
        return put(nat)

    def tollfree(self, cc):
        return self.fill(self.pick(TOLLFREE.get(cc, TOLLFREE["US"])))

    # addresses ------------------------------------------------------------
    def address(self, cc):
        city, region, pcpat = self.pick(CITIES[cc])
        pc = self.fill(pcpat)
        st = self.pick(STREETS[cc])
        n = self.rint(1, 180)
        if cc == "US":
            street = f"{self.rint(12, 9870)} {st}"
            if self.chance(0.3):
                street += ", " + self.pick([f"Apt {self.rint(1, 30)}{self.pick('ABCD')}",
                                            f"Suite {self.rint(100, 950)}",
                                            f"Unit {self.rint(1, 40)}", f"#{self.rint(101, 1204)}"])
            tail = f"{city}, {region} {pc}"
        elif cc == "UK":
            street = f"{n} {st}"
            if self.chance(0.25):
                street = f"Flat {self.rint(1, 12)}, " + street
            tail = f"{city} {pc}"
        elif cc == "IE":
            street = f"{n} {st}"
            tail = f"{city}, {pc}"
        elif cc in ("DE", "CH", "NL", "BE", "IT", "SE", "PT", "ES"):
            street = f"{st} {n}"
            if cc == "DE" and self.chance(0.15):
                street += "a"
            if cc == "ES" and self.chance(0.5):
                street += f", {self.rint(1, 9)}º {self.pick('ABCD')}"
            if cc == "PT" and self.chance(0.4):
                street += f", {self.rint(1, 8)}.º Esq"
            if cc == "SE" and self.chance(0.3):
                street += f", lgh {self.rint(1001, 1404)}"
            if cc == "NL" and self.chance(0.2):
                street += f"-{self.rint(1, 3)}"
            tail = f"{pc} {city}"
            if cc == "IT" and self.chance(0.5):
                tail += f" {region}"
        elif cc == "AT":
            street = f"{st} {n}" + (f"/{self.rint(1, 24)}" if self.chance(0.5) else "")
            tail = f"{pc} {city}"
        elif cc == "FR":
            street = f"{n} {st}"
            tail = f"{pc} {city}"
        elif cc == "CA":
            street = f"{self.rint(10, 2400)} {st}"
            if self.chance(0.3):
                street = f"{self.rint(101, 2405)}-" + street
            tail = f"{city}, {region} {pc}"
        elif cc == "MX":
            street = f"{st} {self.rint(10, 1800)}, Col. {self.pick(MX_COLONIAS)}"
            tail = f"{pc} {city}, {region}"
        elif cc == "BR":
            street = f"{st}, {self.rint(10, 2400)}"
            if self.chance(0.4):
                street += f", apto {self.rint(11, 184)}"
            street += f" - {self.pick(BR_BAIRROS)}"
            tail = f"{city} - {region}, {pc}"
        elif cc == "PL":
            street = f"{st} {n}" + (f"/{self.rint(1, 60)}" if self.chance(0.6) else "")
            tail = f"{pc} {city}"
        elif cc == "TR":
            street = f"{st} No: {n}" + (f" D: {self.rint(1, 20)}" if self.chance(0.6) else "")
            tail = f"{pc} {region}/{city}"
        elif cc == "JP":
            street = f"{self.rint(1, 6)}-{self.rint(1, 25)}-{self.rint(1, 18)} {st}"
            if self.chance(0.3):
                street += f", {self.pick(['Sunny Heights', 'Maison Aoi', 'Green Court'])} {self.rint(101, 905)}"
            tail = f"{region}, {city} {pc}"
        elif cc == "AU":
            street = f"{n} {st}"
            if self.chance(0.3):
                street = f"Unit {self.rint(1, 20)}/" + street
            tail = f"{city} {region} {pc}"
        elif cc == "IN":
            street = self.pick([f"Flat {self.rint(101, 904)}, {self.pick(['Sai Residency', 'Prestige Lakeside', 'Green Glen Apartments'])}, {st}",
                                f"{self.pick('ABCDE')}-{self.rint(1, 250)}, {st}",
                                f"{self.rint(1, 99)}/{self.rint(1, 9)} {st}"])
            tail = f"{city}, {region} {pc}"
        else:
            raise ValueError(cc)
        return Addr(street, city, region, pc, cc, tail)

    def city(self, cc):
        return self.pick(CITIES[cc])[0]

    # dates ----------------------------------------------------------------
    def date(self, y0=2023, y1=2025):
        a = datetime.date(y0, 1, 1).toordinal()
        b = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.rint(a, b))

    def dob_date(self):
        return self.date(1946, 2005)

    def hm(self):
        return self.rint(7, 20), self.pick([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])

    def fmt_date(self, d, lang="en", style=None):
        y, m, day = d.year, d.month, d.day
        wd = d.weekday()
        if lang == "en":
            style = style or self.pick(["iso", "us", "long", "long", "short", "uk", "wd"])
            M = MONTHS["en"][m - 1]
            return {"iso": f"{y}-{m:02d}-{day:02d}", "us": f"{m:02d}/{day:02d}/{y}",
                    "long": f"{M} {day}, {y}", "short": f"{M[:3]} {day}, {y}",
                    "uk": f"{day} {M} {y}", "wd": f"{WEEKDAYS['en'][wd]}, {M} {day}, {y}",
                    "dmy": f"{day:02d}/{m:02d}/{y}"}[style]
        if lang == "ja":
            style = style or self.pick(["iso", "slash", "long"])
            return {"iso": f"{y}-{m:02d}-{day:02d}", "slash": f"{y}/{m:02d}/{day:02d}",
                    "long": f"{y}-nen {m}-gatsu {day}-nichi"}[style]
        M = MONTHS[lang][m - 1]
        W = WEEKDAYS[lang][wd]
        num = {"de": f"{day:02d}.{m:02d}.{y}", "pl": f"{day:02d}.{m:02d}.{y}",
               "tr": f"{day:02d}.{m:02d}.{y}", "nl": f"{day:02d}-{m:02d}-{y}",
               "sv": f"{y}-{m:02d}-{day:02d}"}.get(lang, f"{day:02d}/{m:02d}/{y}")
        style = style or self.pick(["num", "num", "long", "wd", "iso"])
        if style == "iso":
            return f"{y}-{m:02d}-{day:02d}"
        if style == "num":
            return num
        if lang == "de":
            long_ = f"{day}. {M} {y}"
            return long_ if style == "long" else f"{W}, {long_}"
        if lang in ("es", "pt"):
            long_ = f"{day} de {M} de {y}"
            return long_ if style == "long" else f"{W}, {long_}"
        if lang == "fr":
            dd = "1er" if day == 1 else str(day)
            long_ = f"{dd} {M} {y}"
            return long_ if style == "long" else f"{W} {long_}"
        if lang == "tr":
            long_ = f"{day} {M} {y}"
            return long_ if style == "long" else f"{long_} {W}"
        if lang == "pl":
            long_ = f"{day} {M} {y}"
            return long_ if style == "long" else f"{W}, {long_}"
        long_ = f"{day} {M} {y}"
        return long_ if style == "long" else f"{W} {long_}"

    def fmt_time(self, h, m, lang="en"):
        if lang == "en":
            if self.chance(0.7):
                ap = "AM" if h < 12 else "PM"
                h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
                return f"{h12}:{m:02d} {ap}" if self.chance(0.85) else f"{h12}:{m:02d}{ap.lower()}"
            return f"{h:02d}:{m:02d}"
        if lang == "de":
            return f"{h:02d}:{m:02d} Uhr" if self.chance(0.6) else f"{h:02d}:{m:02d}"
        if lang in ("fr", "pt"):
            if self.chance(0.6):
                return f"{h}h{m:02d}" if m else f"{h}h"
            return f"{h:02d}:{m:02d}"
        if lang == "nl":
            return f"{h:02d}.{m:02d} uur" if self.chance(0.4) else f"{h:02d}:{m:02d}"
        if lang == "sv":
            return f"{h:02d}.{m:02d}" if self.chance(0.5) else f"{h:02d}:{m:02d}"
        if lang == "it":
            return f"{h:02d}.{m:02d}" if self.chance(0.3) else f"{h:02d}:{m:02d}"
        return f"{h:02d}:{m:02d}"

    def dtm(self, lang="en", d=None, style=None):
        d = d or self.date()
        h, m = self.hm()
        ds = self.fmt_date(d, lang, style)
        ts = self.fmt_time(h, m, lang)
        join = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à "],
                "es": [" a las "], "it": [" alle ", ", ore "], "pt": [" às "],
                "nl": [" om "], "pl": [", godz. ", " "], "sv": [" kl. "],
                "tr": [" saat ", " "], "ja": [" "]}[lang]
        return ds + self.pick(join) + ts

    def d(self, lang="en", style=None, y0=2023, y1=2025):
        return self.fmt_date(self.date(y0, y1), lang, style)

    def dob(self, lang="en", style=None):
        return self.fmt_date(self.dob_date(), lang, style)

    def log_ts(self, style=None):
        d = self.date()
        h, m, s = self.rint(0, 23), self.rint(0, 59), self.rint(0, 59)
        ms = self.rint(0, 999)
        style = style or self.pick(["iso", "isoz", "space", "syslog"])
        if style == "iso":
            return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{ms:03d}Z"
        if style == "isoz":
            return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
        if style == "space":
            return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{ms:03d}"
        return f"{MONTHS['en'][d.month - 1][:3]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}"

    def log_day(self):
        """returns a function producing increasing timestamps on one day"""
        d = self.date()
        state = [self.rint(0, 20) * 3600 + self.rint(0, 3599)]
        style = self.pick(["iso", "isoz", "space"])

        def nxt():
            state[0] += self.rint(1, 400)
            t = min(state[0], 86399)
            h, m, s = t // 3600, (t % 3600) // 60, t % 60
            ms = self.rint(0, 999)
            if style == "iso":
                return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{ms:03d}Z"
            if style == "isoz":
                return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
            return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{ms:03d}"
        return nxt

    def mail_date(self):
        d = self.date()
        h, m, s = self.rint(6, 22), self.rint(0, 59), self.rint(0, 59)
        return (f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} "
                f"{d.year} {h:02d}:{m:02d}:{s:02d} {self.pick(['+0000', '+0100', '+0200', '-0400', '-0700', '+0900'])}")

    # identifiers ----------------------------------------------------------
    def ssn(self):
        area = self.rint(1, 899)
        while area == 666:
            area = self.rint(1, 899)
        s = f"{area:03d}-{self.rint(1, 99):02d}-{self.rint(1, 9999):04d}"
        return s

    def bad_ssn(self):
        area = self.pick(["000", "666", str(self.rint(900, 999))])
        return f"{area}-{self.rint(1, 99):02d}-{self.rint(1, 9999):04d}"

    def card(self, brand=None, fmt=None):
        brand = brand or self.pick(["visa", "visa", "mc", "amex", "disc"])
        if brand == "visa":
            body, n = "4" + self.digits(14), 16
        elif brand == "mc":
            body, n = self.pick(["51", "52", "53", "54", "55"]) + self.digits(13), 16
        elif brand == "amex":
            body, n = self.pick(["34", "37"]) + self.digits(12), 15
        else:
            body, n = "6011" + self.digits(11), 16
        num = body + luhn_check_digit(body)
        fmt = fmt or self.pick(["space", "space", "dash", "plain"])
        if n == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, 16, 4)]
        if fmt == "plain":
            return num
        return (" " if fmt == "space" else "-").join(groups)

    def bad_card16(self, sep=" "):
        body = self.pick(["4", "5", "6"]) + self.digits(14)
        good = luhn_check_digit(body)
        bad = str((int(good) + self.rint(1, 9)) % 10)
        num = body + bad
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def iban(self, cc=None, grouped=None):
        cc = cc or self.pick(["DE", "FR", "ES", "IT", "NL", "PL", "SE", "PT", "BE", "AT", "GB", "CH", "TR", "IE"])
        spec = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "b4n10",
                "PL": "n24", "SE": "n20", "PT": "n21", "BE": "n12", "AT": "n16",
                "GB": "b4n14", "CH": "n17", "TR": "n22", "IE": "b4n14"}[cc]
        banks = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"], "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"],
                 "IE": ["AIBK", "BOFI", "IPBS"]}
        bban = ""
        for kind, cnt in re.findall(r"([anb])(\d+)", spec):
            cnt = int(cnt)
            if kind == "n":
                bban += self.digits(cnt)
            elif kind == "a":
                bban += self.chars(cnt, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                bban += self.pick(banks[cc])
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
        tmp = bban + cc + "00"
        num = "".join(str(int(c, 36)) for c in tmp)
        check = 98 - int(num) % 97
        iban = f"{cc}{check:02d}{bban}"
        if grouped is None:
            grouped = self.chance(0.6)
        if grouped:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def bic(self, cc="DE"):
        bank = self.pick(["DEUT", "COBA", "INGD", "BNPA", "CAIX", "UNCR", "ABNA", "PKOP", "SWED", "ISBK", "BARC", "BCOM"])
        return f"{bank}{cc if cc != 'UK' else 'GB'}{self.pick(['FF', '2L', '2A', 'PP', 'MM', 'SS'])}{self.pick(['', 'XXX'])}"

    def ipv4(self, private=False):
        if private:
            return self.pick([f"10.{self.rint(0, 255)}.{self.rint(0, 255)}.{self.rint(1, 254)}",
                              f"192.168.{self.rint(0, 255)}.{self.rint(1, 254)}",
                              f"172.{self.rint(16, 31)}.{self.rint(0, 255)}.{self.rint(1, 254)}"])
        first = self.pick([23, 31, 37, 46, 62, 66, 73, 77, 81, 84, 88, 91, 95, 98, 104, 109,
                           128, 146, 151, 161, 176, 178, 185, 188, 193, 201, 203, 212, 217])
        return f"{first}.{self.rint(0, 255)}.{self.rint(0, 255)}.{self.rint(1, 254)}"

    def ipv6(self):
        pre = self.pick(["2a02", "2001", "2600", "2a01", "2804", "2403", "2a00", "2406"])
        groups = [self.hexs(4).lstrip("0") or "0" for _ in range(3)]
        if self.chance(0.5):
            tail = [self.hexs(4).lstrip("0") or "0" for _ in range(4)]
            return ":".join([pre] + groups + tail)
        return ":".join([pre] + groups) + "::" + (self.hexs(3).lstrip("0") or "1")

    def ip(self, v6=0.25, private=False):
        return self.ipv6() if self.chance(v6) else self.ipv4(private)

    def url(self, domain=None, path=None, query=None):
        domain = domain or self.brand()[1]
        host = self.pick(["www.", "shop.", "go.", "email.", "info.", ""]) + domain
        path = path or self.pick(URL_PATHS)
        if query is None:
            query = self.chance(0.6)
        q = ""
        if query:
            q = self.pick([
                f"?utm_source=newsletter&utm_medium=email&utm_campaign={self.pick(UTM_CAMPAIGNS)}",
                f"?token={self.chars(24, B64URL)}", f"?c={self.rint(10000, 99999)}&s={self.hexs(8)}",
                f"?ref={self.pick(['fb', 'ig', 'sms', 'qr', 'partner'])}&utm_campaign={self.pick(UTM_CAMPAIGNS)}",
            ])
        return f"https://{host}{path}{q}"

    # health / licences / accounts ----------------------------------------
    def mrn(self):
        return self.pick([f"MRN{self.digits(7)}", self.digits(8), f"E{self.digits(7)}",
                          f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}", f"M{self.digits(9)}"])

    def hpn(self):
        return self.pick([f"XJH{self.digits(9)}", f"W{self.digits(9)}", f"U{self.digits(8)}01",
                          f"{self.rint(1, 9)}{self.chars(1, 'ACDEFGHJKMNPQRTUVWXY')}{self.chars(1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{self.digits(1)}-"
                          f"{self.chars(1, 'ACDEFGHJKMNPQRTUVWXY')}{self.chars(1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{self.digits(1)}-"
                          f"{self.chars(2, 'ACDEFGHJKMNPQRTUVWXY')}{self.digits(2)}",
                          f"ZGP{self.digits(8)}", f"{self.chars(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{self.digits(10)}"])

    def acct(self, style=None):
        style = style or self.pick(["cust", "loyal", "num", "dash"])
        if style == "cust":
            return self.pick(["CUST-", "C-", "CU", "KD-", "CL"]) + self.digits(self.rint(6, 9))
        if style == "loyal":
            return self.pick(["7", "9", "6"]) + self.digits(11)
        if style == "dash":
            return f"{self.digits(4)}-{self.digits(3)}-{self.digits(3)}"
        return self.digits(self.rint(8, 10))

    def dl(self, state=None):
        state = state or self.pick(["CA", "NY", "FL", "TX", "IL", "WA", "PA"])
        L = self.pick("ABCDEFGHJKLMNPRSTWZ")
        v = {"CA": f"{L}{self.digits(7)}", "NY": self.pick([self.digits(9), f"{self.digits(3)} {self.digits(3)} {self.digits(3)}"]),
             "FL": f"{L}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-{self.digits(1)}",
             "TX": self.digits(8), "IL": f"{L}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
             "WA": "WDL" + self.chars(9, UPPER_ALNUM), "PA": f"{self.digits(2)} {self.digits(3)} {self.digits(3)}"}[state]
        return state, v

    def uk_dl(self, p):
        s = (slug(p.last).upper() + "99999")[:5]
        return f"{s}{self.digits(6)}{slug(p.first)[:1].upper()}{self.pick('ABCDEFGHJKLMNPRSTW')}9{self.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"

    # secrets -------------------------------------------------------------
    def aws_akid(self):
        return self.pick(["AKIA", "AKIA", "ASIA"]) + self.chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    def aws_secret(self):
        return self.chars(40, ALNUM + "/+")

    def gh_token(self):
        if self.chance(0.3):
            return "github_pat_" + self.chars(22, ALNUM) + "_" + self.chars(59, ALNUM)
        return self.pick(["ghp_", "ghp_", "gho_", "ghs_"]) + self.chars(36, ALNUM)

    def slack_token(self):
        if self.chance(0.6):
            return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.chars(24, ALNUM)}"
        return f"xoxp-{self.digits(12)}-{self.digits(12)}-{self.digits(13)}-{self.hexs(32)}"

    def stripe_key(self, secret=False):
        pre = self.pick(["sk_live_", "sk_live_", "rk_live_", "sk_test_"] + ([] if secret else ["pk_live_"]))
        return pre + self.chars(self.pick([24, 34, 48, 99]), ALNUM)

    def jwt(self):
        alg = self.pick(["HS256", "HS256", "ES256"])
        hdr = json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":"))
        iat = int(self.epoch())
        payload = json.dumps({"sub": self.pick(["usr_", "acct_", "svc_"]) + self.hexs(12),
                              "iss": self.pick(["ads-gateway", "cdp-auth", "https://auth.brightcart.io"]),
                              "scope": self.pick(["ads.read ads.write", "audiences:write", "events:ingest"]),
                              "iat": iat, "exp": iat + 3600}, separators=(",", ":"))

        def enc(s):
            return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
        sig = self.chars(43 if alg == "HS256" else 86, B64URL)
        return f"{enc(hdr)}.{enc(payload)}.{sig}"

    def pem(self, kind=None):
        kind = kind or self.pick(["RSA", "OPENSSH", "EC", "PKCS8"])
        if kind == "EC":
            body = "MHcCAQEEI" + self.chars(55, B64)
            lines = [body, self.chars(64, B64), self.chars(36, B64) + "=="]
            label = "EC PRIVATE KEY"
        elif kind == "OPENSSH":
            first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            lines = [first] + [self.chars(70, B64) for _ in range(3)] + [self.chars(12, B64) + "="]
            label = "OPENSSH PRIVATE KEY"
        elif kind == "PKCS8":
            lines = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + self.chars(32, B64)] + \
                    [self.chars(64, B64) for _ in range(self.rint(5, 9))] + [self.chars(24, B64) + "="]
            label = "PRIVATE KEY"
        else:
            lines = ["MIIEowIBAAKCAQEA" + self.chars(48, B64)] + \
                    [self.chars(64, B64) for _ in range(self.rint(5, 9))] + [self.chars(40, B64) + "=="]
            label = "RSA PRIVATE KEY"
        return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"

    def password(self):
        w = self.pick(["Summer", "Spring", "Welcome", "Marketing", "Campaign", "Sunshine", "Falcon", "Orchid", "Brandon", "Kaffee", "Soleil"])
        return self.pick([f"{w}{self.rint(2019, 2025)}!", f"{w}@{self.rint(100, 999)}",
                          self.chars(self.rint(12, 18), ALNUM + "!#$%&*?@"),
                          f"{w.lower()}_{self.chars(4, ALNUM)}#{self.rint(10, 99)}",
                          f"{self.chars(4, ALNUM)}-{self.chars(4, ALNUM)}-{self.chars(4, ALNUM)}"])

    def generic_secret(self, kind=None):
        kind = kind or self.pick(["mailchimp", "sendgrid", "segment", "meta", "tiktok", "gads", "client", "hex40"])
        if kind == "mailchimp":
            return self.hexs(32) + f"-us{self.rint(1, 21)}"
        if kind == "sendgrid":
            return "SG." + self.chars(22, B64URL) + "." + self.chars(43, B64URL)
        if kind == "segment":
            return self.chars(32, ALNUM)
        if kind == "meta":
            return self.hexs(32)
        if kind == "tiktok":
            return self.hexs(40)
        if kind == "gads":
            return self.chars(22, ALNUM + "-_")
        if kind == "client":
            return self.chars(self.rint(28, 44), ALNUM + "-_~")
        return self.hexs(40)


# --------------------------------------------------------------------------
# document kinds -- English
# --------------------------------------------------------------------------
def k_crm_contacts_csv(b, g):
    b("# export: contacts_", g.pick(["q1_2024", "spring_promo", "webinar_leads", "all_subscribers"]),
      ".csv  source=CRM  rows_total=", str(g.rint(1200, 48000)), "  (first rows)\n")
    b("contact_id,first_name,last_name,email,phone,city,state,postal_code,country,lifecycle_stage,opt_in_date,lead_score\n")
    for i in range(g.rint(3, 8)):
        p = g.person()
        cc = g.pick(["US", "US", "US", "CA", "UK", "AU"])
        a = g.address(cc)
        first, last = p.first, p.last
        if g.chance(0.15):
            first, last = first.upper(), last.upper()
        elif g.chance(0.1):
            first, last = first.lower(), last.lower()
        b(g.sfid("003"), ",", (first, PER), ",", (last, PER), ",")
        if i == 0 or g.chance(0.9):
            b((g.email(p, cc), EM))
        b(",")
        if g.chance(0.75):
            b((g.phone(cc), PH))
        b(",", (a.city, LOC), ",")
        if a.region:
            b((a.region, LOC))
        b(",", a.postcode, ",", ISO2.get(cc, cc), ",",
          g.pick(["subscriber", "lead", "marketingqualifiedlead", "opportunity", "customer"]), ",")
        if g.chance(0.85):
            b((g.fmt_date(g.date(), "en", g.pick(["iso", "us"])), DT))
        b(",", str(g.rint(0, 100)), "\n")


def k_campaign_team_email(b, g):
    brand, dom = g.brand()
    s, r = g.person("us"), g.person()
    b("From: ", (s.full, PER), " <", (g.work_email(s, dom), EM), ">\n")
    b("To: ", (r.full, PER), " <", (g.work_email(r, dom), EM), ">\n")
    b("Date: ", g.mail_date(), "\n")
    b("Subject: Re: ", g.pick(UTM_CAMPAIGNS), " - suppression list problem\n\n")
    b("Hi ", (r.first, PER), ",\n\n")
    c1, c2, c3 = g.person(), g.person(), g.person()
    cc3 = g.country_for(c3)
    b("Three people from the ", brand, " spring list complained that they kept getting our emails after unsubscribing: ",
      (c1.full, PER), " (", (g.email(c1), EM), "), ", (c2.full, PER), " (", (g.email(c2), EM), ") and ",
      (c3.full, PER), " from ", (g.city(cc3), LOC), ". ")
    b((c3.first, PER), " also called the hotline from ", (g.phone(cc3), PH),
      " and was pretty upset - apparently the unsubscribe link pointed to an expired token.\n\n")
    b("I checked campaign cmp_", g.hexs(10), " (", f"{g.rint(12, 95)},{g.rint(100, 999)}",
      " sends, 3.4% CTR) and the suppression sync job had been failing since last Tuesday. ")
    d_fix = g.date()
    b("Can we get the fix live before ", (g.dtm("en", d_fix), DT), "? The next send is already scheduled and legal wants the incident closed by ",
      (g.fmt_date(g.after(d_fix, 2, 20), "en"), DT), ".\n\n")
    b("Ticket for reference: MKT-", str(g.rint(1000, 9999)), ". The preference center is at ",
      (g.url(dom, "/preferences", False), URL), ".\n\nThanks,\n", (s.first, PER), "\n")


def k_unsubscribe_log(b, g):
    ts = g.log_day()
    brand, dom = g.brand()
    svc = g.pick(["unsub-svc", "pref-center", "list-mgmt"])
    for i in range(g.rint(4, 8)):
        p = g.person()
        ev = g.pick(["unsubscribe", "unsubscribe", "resubscribe", "pref_update", "complaint"])
        b(ts(), " INFO  ", svc, " [req=", g.hexs(12), "] event=", ev, " list=", g.pick(["newsletter_weekly", "promo_all", "sms_deals", "product_updates"]),
          " email=", (g.email(p), EM), " ip=", (g.ip(0.3), IP))
        if g.chance(0.4):
            b(" referer=", (g.url(dom, g.pick(["/unsubscribe", "/preferences"]), True), URL))
        b(" status=", g.pick(["200", "200", "202", "409"]), "\n")
        if g.chance(0.25):
            b(ts(), " WARN  ", svc, " suppression sync lag ", str(g.rint(3, 90)), "s for hash sha256:", g.sha(), "\n")
    b(ts(), " INFO  ", svc, " masked echo to audit: user=", g.pick("abcdefghjkmnprst"), "***@", g.pick(["gmail.com", "web.de", "orange.fr"]),
      " list_version=", f"{g.rint(1, 9)}.{g.rint(0, 20)}.{g.rint(0, 9)}", "\n")


def k_consent_record_json(b, g):
    brand, dom = g.brand()
    p = g.person()
    cc = g.country_for(p)
    b("{\n  \"record_id\": \"", g.uuid(), "\",\n  \"tenant\": \"", slug(brand), "\",\n")
    b("  \"subject\": {\n    \"email\": \"", (g.email(p, cc), EM), "\",\n")
    b("    \"first_name\": \"", (p.first, PER), "\",\n    \"last_name\": \"", (p.last, PER), "\",\n")
    if g.chance(0.7):
        b("    \"phone\": \"", (g.phone(cc, True), PH), "\",\n")
    b("    \"country\": \"", ISO2.get(cc, cc), "\"\n  },\n  \"purposes\": [\n")
    b("    {\"id\": \"email_marketing\", \"status\": \"granted\", \"consent_date\": \"", (g.d("en", "iso"), DT), "\"},\n")
    b("    {\"id\": \"sms_marketing\", \"status\": \"", g.pick(["denied", "withdrawn", "granted"]), "\"},\n")
    b("    {\"id\": \"ad_personalisation\", \"status\": \"", g.pick(["denied", "granted"]), "\", \"expiry_date\": \"", (g.d("en", "iso", 2025, 2026), DT), "\"}\n  ],\n")
    b("  \"source\": {\n    \"form_url\": \"", (g.url(dom, g.pick(["/rewards/join", "/lp/spring-launch", "/account/consent"])), URL), "\",\n")
    b("    \"ip\": \"", (g.ip(0.35), IP), "\",\n    \"user_agent\": \"", g.pick(UAS), "\"\n  },\n")
    b("  \"policy_version\": \"v", f"{g.rint(1, 5)}.{g.rint(0, 12)}", "\",\n  \"proof_hash\": \"", g.sha(), "\",\n")
    b("  \"meta\": {\"lastUpdated\": \"", g.log_ts("iso"), "\", \"created_at\": ", g.epoch(), "}\n}\n")


def k_web_lead_form(b, g):
    brand, dom = g.brand()
    p = g.person()
    cc = g.pick(["US", "US", "CA", "UK", "AU"])
    a = g.address(cc)
    comp = g.pick(["Acme Logistics", "Greenfield Dental Group", "Orbit Analytics LLC", "Pioneer Roofing",
                   "Lakeside Credit Union", "Summit Realty Partners", "Bayview Veterinary"])
    b("New form submission: \"", g.pick(["Request a demo", "Contact sales", "Download the 2024 benchmark report", "Get a quote"]), "\"\n")
    b("Form ID: ", g.uuid(), "   Portal: ", str(g.rint(100000, 9999999)), "\n", "-" * 44, "\n")
    b("First name: ", (p.first, PER), "\nLast name: ", (p.last, PER), "\n")
    b("Work email: ", (g.work_email(p, slug(comp) + ".com"), EM), "\n")
    b("Phone: ", (g.phone(cc), PH), "\n")
    b("Company: ", comp, "\nJob title: ", g.pick(["Marketing Director", "Office Manager", "Owner", "VP Operations", "Practice Manager"]), "\n")
    b("Street address: ", (a.street, ADDR), "\nCity: ", (a.city, LOC), "\n")
    if a.region:
        b("State/Province: ", (a.region, LOC), "\n")
    b("ZIP/Postal code: ", a.postcode, "\nCountry: ", ISO2.get(cc, cc), "\n")
    b("Employees: ", g.pick(["1-10", "11-50", "51-200", "201-500"]), "\n")
    if g.chance(0.8):
        b("Preferred call time: ", (g.dtm("en"), DT), "\n")
    b("Message: ", g.pick(["We are comparing three vendors before our budget review.",
                           "Please call me, email is slow for me.",
                           f"Referred by {brand}'s booth at the expo."]), "\n")
    b("Consent to marketing: yes (checkbox v", str(g.rint(2, 6)), ")\n")
    b("Page URL: ", (g.url(dom, g.pick(["/lp/spring-launch", "/webinar/register", "/c/outlet"]), True), URL), "\n")
    b("IP address: ", (g.ip(0.2), IP), "\nhutk: ", g.hexs(32), "\n")


def k_cdp_track_event(b, g):
    brand, dom = g.brand()
    p = g.person()
    cc = g.pick(["US", "US", "UK", "CA", "DE", "FR", "NL"])
    a = g.address(cc)
    b("{\n  \"type\": \"", g.pick(["track", "identify"]), "\",\n  \"event\": \"", g.pick(["Order Completed", "Signed Up", "Product Viewed", "Checkout Started"]), "\",\n")
    b("  \"messageId\": \"ajs-next-", g.hexs(32), "\",\n  \"anonymousId\": \"", g.uuid(), "\",\n")
    b("  \"userId\": \"usr_", g.digits(7), "\",\n  \"context\": {\n    \"ip\": \"", (g.ip(0.3), IP), "\",\n")
    b("    \"locale\": \"", g.pick(["en-US", "en-GB", "de-DE", "fr-FR", "nl-NL"]), "\",\n    \"timezone\": \"",
      g.pick(["America/Chicago", "Europe/Berlin", "Europe/London", "America/New_York", "Europe/Amsterdam"]), "\",\n")
    b("    \"page\": {\"url\": \"", (g.url(dom, g.pick(["/cart/recover", "/p/summer-sale", "/c/outlet"]), True), URL), "\"},\n")
    b("    \"userAgent\": \"", g.pick(UAS), "\"\n  },\n")
    b("  \"properties\": {\"order_id\": \"ORD-", g.digits(8), "\", \"revenue\": ", g.amount(), ", \"currency\": \"",
      g.pick(["USD", "EUR", "GBP"]), "\", \"coupon\": \"", g.pick(["SPRING15", "WELCOME10", "VIP20", "FREESHIP"]), "\"},\n")
    b("  \"traits\": {\n    \"email\": \"", (g.email(p, cc), EM), "\",\n    \"name\": \"", (p.full, PER), "\",\n")
    if g.chance(0.7):
        b("    \"phone\": \"", (g.phone(cc, True), PH), "\",\n")
    b("    \"address\": {\"street\": \"", (a.street, ADDR), "\", \"city\": \"", (a.city, LOC), "\"")
    if a.region and cc in ("US", "CA"):
        b(", \"state\": \"", (a.region, LOC), "\"")
    b(", \"postalCode\": \"", a.postcode, "\", \"country\": \"", ISO2.get(cc, cc), "\"}\n  },\n")
    b("  \"sentAt_ms\": ", g.epoch(), g.digits(3), ",\n  \"library\": {\"name\": \"analytics.js\", \"version\": \"",
      f"{g.rint(1, 4)}.{g.rint(0, 30)}.{g.rint(0, 9)}", "\"}")
    if g.chance(0.35):
        b(",\n  \"writeKey\": \"", (g.generic_secret("segment"), SEC), "\"")
    b("\n}\n")


def k_ad_platform_api_log(b, g):
    ts = g.log_day()
    host = g.pick(["graph.adnetwork-api.com", "ads.partner-platform.io", "api.dsp-connect.net", "marketing-api.socialads.com"])
    lvl = g.pick(["DEBUG", "INFO"])
    b(ts(), " INFO  audience-sync: starting job sync_", g.pick(UTM_CAMPAIGNS), " (", str(g.rint(2000, 90000)), " members)\n")
    b(ts(), " ", lvl, " http: POST ", (f"https://{host}/v{g.rint(15, 20)}.0/act_{g.digits(15)}/customaudiences", URL), "\n")
    b(ts(), " ", lvl, " http: > Authorization: Bearer ", (g.jwt(), JWT), "\n")
    if g.chance(0.6):
        b(ts(), " ", lvl, " http: > x-api-key: ", (g.generic_secret(g.pick(["tiktok", "meta", "client"])), SEC), "\n")
    if g.chance(0.5):
        b(ts(), " ", lvl, " http: > developer-token: ", (g.generic_secret("gads"), SEC), "\n")
    b(ts(), " ", lvl, " http: < 200 OK in ", str(g.rint(80, 2400)), "ms request-id=", g.hexs(24), "\n")
    b(ts(), " INFO  audience-sync: uploaded batch ", str(g.rint(1, 30)), "/", str(g.rint(30, 60)), " (hashed identifiers only)\n")
    if g.chance(0.6):
        b(ts(), " DEBUG botocore.credentials: Found credentials in environment variables. aws_access_key_id=",
          (g.aws_akid(), AKID), "\n")
    if g.chance(0.4):
        b(ts(), " DEBUG s3: GET ", (f"https://{g.pick(['cdp-exports', 'audience-drop', 'mkt-archive'])}.s3.amazonaws.com/exports/{g.d('en', 'iso')}/part-000{g.rint(0, 9)}.csv.gz", URL), "\n")
    b(ts(), " WARN  http: callback from ", (g.ip(0.3), IP), " rejected (signature mismatch)\n")
    b(ts(), " INFO  audience-sync: done in ", str(g.rint(2, 59)), "m", str(g.rint(0, 59)), "s, next run in 6h\n")


def k_loyalty_signup_confirmation(b, g):
    brand, dom = g.brand()
    p = g.person()
    cc = g.pick(["US", "US", "UK", "CA", "AU", "IE"])
    b("Subject: Welcome to ", brand, " Rewards, ", (p.first, PER), "!\n")
    b("Date: ", g.mail_date(), "\n\n")
    b("Hi ", (p.first, PER), ",\n\nThanks for joining ", brand, " Rewards. Here is a summary of your sign-up:\n\n")
    b("  Member name:     ", (g.name_variant(p, False), PER), "\n")
    b("  Rewards account: ", (g.acct("loyal"), ACCT), "\n")
    b("  Birthday:        ", (g.dob("en", g.pick(["long", "us", "uk"])), DOB), "  (we'll send you a treat)\n")
    hc = g.pick(CITIES[cc])
    b("  Home store:      ", (f"{hc[0]}, {hc[1]}" if cc in ("US", "CA", "AU") else f"{hc[0]}, {COUNTRY_NAMES[cc]}", LOC), "\n")
    b("  Mobile:          ", (g.phone(cc), PH), "\n\n")
    b("Your welcome offer of 500 points expires on ", (g.d("en"), DT), ". Check your balance at ",
      (g.url(dom, "/rewards/join", True), URL), ".\n\n")
    b("Questions? Call us free on ", (g.tollfree("US" if cc in ("US", "CA") else "UK"), PH), ".\n\n")
    ca = g.address(g.pick(["US", "UK"]))
    b("This email was sent to ", (g.email(p, cc), EM), ". ", brand, ", ", (ca.one(), ADDR), ".\n")


def k_nps_survey_export(b, g):
    brand, dom = g.brand()
    b("response_id,wave,respondent,email,nps,comment\n")
    comments = [
        lambda: ("\"Delivery to ", (g.city(g.pick(["US", "UK", "CA"])), LOC), " took nine days. Not great.\""),
        lambda: ("\"", (g.person().first, PER), " on the phone was super helpful!\""),
        lambda: ("\"Please stop calling me at ", (g.phone("US"), PH), ". I unsubscribed twice.\""),
        lambda: ("\"Love the ", g.pick(PERSON_BRANDS), " collab, more please\""),
        lambda: ("\"app keeps logging me out\"",),
        lambda: ("\"Store manager ", (g.person().full, PER), " fixed my order in 5 minutes\""),
        lambda: ("\"Too many emails - 3 a day last week\"",),
        lambda: ("\"I moved to ", (", ".join(g.pick(CITIES["US"])[:2]), LOC), ", update my address pls\""),
    ]
    for _ in range(g.rint(4, 8)):
        p = g.person()
        b("R_", g.chars(15, ALNUM), ",", g.pick(["2024-W18", "Q2", "post-purchase"]), ",")
        if g.chance(0.85):
            b((g.name_variant(p, False) if g.chance(0.5) else p.full, PER))
        b(",", (g.email(p), EM), ",", str(g.rint(0, 10)), ",")
        b(*g.pick(comments)())
        b("\n")


def k_dsar_response_letter(b, g):
    brand, dom = g.brand()
    p = g.person(g.pick(["us", "uk", "hisp", "af", "in"]))
    cc = g.country_for(p)
    a = g.address(cc)
    comp_addr = g.address(g.pick(["UK", "IE", "US"]))
    d_req = g.date()
    b(brand, " Ltd\nPrivacy Office\n", (comp_addr.multi(), ADDR), "\n\n", (g.fmt_date(g.after(d_req, 5, 28), "en", g.pick(["long", "uk"])), DT), "\n\n")
    b(g.title(p), " ", (p.full, PER), "\n", (a.multi(g.chance(0.5)), ADDR), "\n\n")
    b("Re: Your subject access request (ref DSAR-", str(g.rint(2023, 2025)), "-", g.digits(4), ")\n\n")
    b("Dear ", g.title(p), " ", (p.last, PER), ",\n\nWe received your request on ", (g.d("en", "long"), DT),
      ". Below is the personal data held about you in our marketing systems:\n\n")
    b("  Name:               ", (p.full, PER), "\n  Email:              ", (g.email(p, cc), EM), "\n")
    b("  Phone:              ", (g.phone(cc), PH), "\n  Date of birth:      ", (g.dob("en", g.pick(["long", "dmy", "iso"])), DOB), "\n")
    b("  Customer account:   ", (g.acct(g.pick(["cust", "num"])), ACCT), "\n")
    b("  Postal address:     ", (a.one(), ADDR), "\n")
    b("  Payment card:       Visa ending 4", g.digits(3), " (full number is not stored)\n")
    b("  IP addresses seen:  ", (g.ipv4(), IP), ", ", (g.ip(0.5), IP), "\n")
    b("  Preferences:        email opt-in since ", (g.d("en", "long", 2019, 2022), DT), "; SMS opt-out recorded ", (g.fmt_date(g.after(d_req, -400, -3), "en", "long"), DT), "\n")
    b("  Segments:           lapsed_90d, high_value, ", g.pick(PERSON_BRANDS), " fans\n\n")
    b("The data is used for email marketing and ad-audience matching (hashed). You may ask us to erase it at any time.\n\n")
    dpo = g.person("uk")
    b("Yours sincerely,\n\n", (dpo.full, PER), "\nData Protection Officer\n", (g.work_email(dpo, dom), EM), "\n")


def k_dsar_helpdesk_ticket(b, g):
    brand, dom = g.brand()
    p = g.person()
    cc = g.country_for(p)
    agent = g.person(g.pick(["us", "uk", "in"]))
    b("Ticket #", str(g.rint(10000, 99999)), "  [Privacy / Data request]  Priority: High\n")
    b("Requester: ", (p.full, PER), " <", (g.email(p, cc), EM), ">\n")
    b("Statutory deadline: ", (g.d("en"), DT), "\nAssignee: ", (agent.full, PER), "\n\n")
    b("--- Customer message ---\nHello, I would like a copy of all the data ", brand,
      " holds about me, and I want to know who you shared it with. I signed up at your ",
      (g.city(cc), LOC), " store years ago. My rewards number is ", (g.acct("loyal"), ACCT), ".\n")
    if g.chance(0.6):
        b("My old address was ", (g.address(cc).one(), ADDR), " in case that's how I'm filed.\n")
    b("Regards, ", (p.first, PER), "\n\n--- Internal note (", (agent.first, PER), ") ---\n")
    b("Found 2 profiles (CRM + ESP), merged under contact ", g.sfid("003"), ". Identity verified via callback to ",
      (g.phone(cc), PH), ". Export job ", g.uuid(), " queued; case CASE-", g.digits(6), ". SLA clock: 30 days.\n")


def k_email_list_tsv(b, g):
    b("email\tfirst_name\tlocale\ttimezone\tsegment\tsubscribed_on\n")
    for i in range(g.rint(5, 10)):
        p = g.person()
        cc = g.country_for(p)
        b((g.email(p, cc), EM), "\t")
        if g.chance(0.85):
            b((p.first if g.chance(0.8) else p.first.lower(), PER))
        b("\t", g.pick(["en_US", "en_GB", "es_ES", "de_DE", "fr_FR", "ja_JP"]), "\t",
          g.pick(["America/New_York", "Europe/Berlin", "Europe/London", "Asia/Tokyo", "America/Los_Angeles", "Europe/Madrid"]), "\t",
          g.pick(["vip", "lapsed_90d", "newsletter", "cart_abandoners", "seed_list"]), "\t",
          (g.d("en", g.pick(["iso", "us"])), DT), "\n")


def k_sms_optin_gateway_log(b, g):
    ts = g.log_day()
    cc = g.pick(["US", "US", "CA"])
    biz = g.phone(cc, True)
    bizn = re.sub(r"\D", "", biz)
    for _ in range(g.rint(4, 7)):
        user = "+" + re.sub(r"\D", "", g.phone(cc, True))
        kw = g.pick(["STOP", "JOIN", "YES", "HELP", "UNSUBSCRIBE", "START"])
        b(ts(), " inbound from=", (user, PH), " to=", ("+" + bizn, PH), " body=\"", kw, "\" carrier=",
          g.pick(["T-Mobile", "Verizon", "AT&T", "Rogers", "Bell"]), " msg_id=SM", g.hexs(32), "\n")
        if kw in ("STOP", "UNSUBSCRIBE"):
            b(ts(), " optout recorded list=promo_sms ttl=forever\n")
        elif kw in ("JOIN", "YES", "START"):
            b(ts(), " optin confirmed, double opt-in window 24h\n")
    b(ts(), " webhook delivery to ", (g.url(g.brand()[1], "/hooks/sms-status", False), URL), " took ", str(g.rint(40, 900)), "ms\n")


def k_promo_sms_thread(b, g):
    brand, dom = g.brand()
    p = g.person()
    cc = g.pick(["US", "UK", "AU", "CA"])
    code = g.pick(["SPRING20", "VIP25", "BDAY15", "FLASH30"])
    clock = [g.rint(8, 17) * 60 + g.rint(0, 30)]

    def t():
        clock[0] += g.rint(1, 35)
        return f"[{clock[0] // 60:02d}:{clock[0] % 60:02d}] "
    b("Messages with ", brand, " (short code)\n\n")
    b(t(), brand, ": Hi ", (p.first, PER), "! Your ", code[-2:], "% code ", code, " expires ",
      (g.dtm("en", style=g.pick(["long", "short", "us"])), DT), ". Shop now: ", (g.url(dom, g.pick(["/p/summer-sale", "/offers/birthday"]), True), URL),
      " Reply STOP to opt out\n")
    b(t(), "Me: who gave you this number?? i never signed up with ", (g.phone(cc), PH), "\n")
    b(t(), "Me: STOP\n")
    b(t(), brand, ": You have been unsubscribed and will receive no more messages. Help: ",
      (g.tollfree("US" if cc in ("US", "CA") else "UK"), PH), "\n")
    b(t(), "Me: also delete the account for ", (g.email(p, cc), EM), " thanks\n")


def k_crm_activity_note(b, g):
    brand, dom = g.brand()
    rep = g.person("us")
    c = g.person()
    asst = g.person()
    cc = g.pick(["US", "US", "CA", "UK"])
    comp = g.pick(["Riverside Family Dental", "Keystone Builders", "Harper Wealth Partners", "Crescent Foods Co.", "Alder & Finch Architects"])
    b("Account: ", comp, "   Opportunity: ", g.pick(["Annual renewal", "Upsell - SMS add-on", "New logo"]), "   Stage: Negotiation\n")
    b("Owner: ", (rep.full, PER), "\n\n")
    pr = "her" if c.gender == "f" else "his"
    b("Call with ", (c.full, PER), " (", g.pick(["CMO", "Head of Growth", "Owner", "Marketing Lead"]), ") on ", (g.d("en", "long"), DT),
      ". Reached ", "her" if c.gender == "f" else "him", " on mobile ", (g.phone(cc), PH), ". ")
    b("She" if c.gender == "f" else "He", " wants the loyalty integration live before the holiday push; budget approved around $", str(g.rint(12, 90)), "k.\n")
    b("Follow-up demo booked for ", (g.dtm("en"), DT), " - ", pr, " assistant ", (asst.first, PER), " will send the invite. ")
    b("Send the deck to ", (g.work_email(c, slug(comp)[:12] + ".com"), EM), " and cc ", (g.work_email(asst, slug(comp)[:12] + ".com"), EM), ".\n")
    b("Note: they are moving HQ to ", (g.city(cc), LOC), " next quarter; new office is ", (g.address(cc).one(), ADDR), ".\n")
    b("Competitor mentioned: ", g.pick(PERSON_BRANDS), "'s in-house tool (not a fit). Next step in 2 weeks.\n")


def k_marketing_slack_export(b, g):
    brand, dom = g.brand()
    h = g.rint(8, 16)
    m = g.rint(0, 40)
    handles = g.r.sample(["dana.k", "raj_p", "lena.m", "tomasz", "j.ortiz", "growth-sam", "mia_ops", "k.nakamura"], 3)

    def pre():
        nonlocal m
        m += g.rint(1, 4)
        return f"[{h:02d}:{min(m, 59):02d}] @{g.pick(handles)}: "
    c = g.person()
    b("#mkt-ops export (excerpt, ", str(g.rint(5, 30)), " messages total)\n")
    b(pre(), "anyone know why ", (c.full, PER), " (", (g.email(c), EM), ") still gets the winback flow? ", "she" if c.gender == "f" else "he", " opted out")
    b(" on ", (g.d("en", "long"), DT), "\n")
    b(pre(), "probably the Braze sync again, checking\n")
    r = g.pick(["slack", "stripe", "aws", "github"])
    if r == "slack":
        b(pre(), "here's the alert bot token so you can test locally: ", (g.slack_token(), SLK), "\n")
    elif r == "stripe":
        b(pre(), "for the loyalty top-up test use ", (g.stripe_key(), STR), " (please don't commit it)\n")
    elif r == "aws":
        b(pre(), "creds for the export bucket: ", (g.aws_akid(), AKID), " / ", (g.aws_secret(), ASK), "\n")
    else:
        b(pre(), "CI needs a token, use mine for now: ", (g.gh_token(), GH), "\n")
    b(pre(), "pls rotate that asap, this channel is exported to the agency :grimacing:\n")
    o = g.person()
    b(pre(), (o.first, PER), " from the agency says the retargeting pixel fires twice on ", (g.url(dom, "/cart/recover", False), URL), "\n")
    b(pre(), "ok, standup moved to ", (g.fmt_time(*g.hm()), DT), " tomorrow\n")


def k_martech_env_file(b, g):
    brand, dom = g.brand()
    b("# ", slug(brand), "-mktg-automation .env (", g.pick(["production", "staging"]), ")\n")
    b("APP_ENV=production\nLOG_LEVEL=info\nPORT=8080\n")
    pw = g.password()
    b("DATABASE_URL=postgres://crm_app:", (pw, PW), "@", (g.ipv4(True), IP), ":5432/crm\n")
    b("REDIS_URL=${REDIS_URL}\n")
    b("AWS_ACCESS_KEY_ID=", (g.aws_akid(), AKID), "\nAWS_SECRET_ACCESS_KEY=", (g.aws_secret(), ASK), "\nAWS_REGION=eu-west-1\n")
    b("STRIPE_SECRET_KEY=", (g.stripe_key(True), STR), "\n")
    b("SENDGRID_API_KEY=", (g.generic_secret("sendgrid"), SEC), "\n")
    if g.chance(0.6):
        b("MAILCHIMP_API_KEY=", (g.generic_secret("mailchimp"), SEC), "\n")
    b("SEGMENT_WRITE_KEY=${SEGMENT_WRITE_KEY}\n")
    if g.chance(0.6):
        b("SLACK_BOT_TOKEN=", (g.slack_token(), SLK), "\n")
    b("SMTP_HOST=smtp.", dom, "\nSMTP_USER=mailer\nSMTP_PASSWORD=", (g.password(), PW), "\n")
    b("JWT_SIGNING_SECRET=", (g.generic_secret("hex40"), SEC), "\n")
    ad = g.person()
    b("ADMIN_EMAIL=", (g.work_email(ad, dom), EM), "\n")
    b("TRACKING_BASE_URL=", (f"https://t.{dom}/c", URL), "\n")
    b("FEATURE_FLAGS=double_optin,sms_quiet_hours\nBUILD_SHA=", g.hexs(40), "\n")


def k_email_templates_ci_yaml(b, g):
    brand, dom = g.brand()
    o = g.person()
    b("# .github/workflows/deploy-email-templates.yml\n# owner: ", (o.full, PER), " <", (g.work_email(o, dom), EM), ">\n")
    b("name: deploy-email-templates\non:\n  push:\n    branches: [main]\n    paths: ['templates/**']\n")
    b("env:\n  ESP_API_KEY: ${{ secrets.ESP_API_KEY }}\n  NODE_VERSION: '20.11.1'\n")
    b("jobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    steps:\n")
    b("      - uses: actions/checkout@", g.hexs(40), "  # v4.1.1\n")
    b("      - uses: actions/setup-node@v4\n        with:\n          node-version: ${{ env.NODE_VERSION }}\n")
    b("      - name: Fetch shared partials\n        env:\n          GH_TOKEN: ", (g.gh_token(), GH), "  # TODO move to secrets\n")
    b("        run: gh repo clone ", slug(brand), "/email-partials partials\n")
    b("      - name: Render and upload\n        run: npm ci && npm run build && node scripts/upload.js --env prod\n")
    b("      - name: Notify\n        run: |\n          curl -s -X POST ", ("https://slack.com/api/chat.postMessage", URL), " \\\n")
    if g.chance(0.6):
        b("            -H \"Authorization: Bearer ", (g.slack_token(), SLK), "\" \\\n")
    else:
        b("            -H \"Authorization: Bearer ${{ secrets.SLACK_BOT_TOKEN }}\" \\\n")
    b("            -d channel=C0", g.chars(8, UPPER_ALNUM), " -d text=\"templates deployed (${{ github.sha }})\"\n")


def k_cdp_destinations_yaml(b, g):
    brand, dom = g.brand()
    o = g.person()
    b("# CDP destinations for ", brand, "\n# maintained by ", (o.full, PER), ", last review ", (g.d("en", "iso"), DT), "\n")
    b("version: ", f"{g.rint(1, 3)}.{g.rint(0, 9)}", "\ndestinations:\n")
    b("  - name: esp_braze\n    enabled: true\n    endpoint: ", (f"https://rest.iad-0{g.rint(1, 8)}.braze.com/users/track", URL), "\n")
    b("    api_key: ", (g.generic_secret(g.pick(["client", "segment"])), SEC), "\n")
    b("  - name: meta_capi\n    pixel_id: \"", g.digits(15), "\"\n    access_token: \"", (g.generic_secret(g.pick(["meta", "tiktok"])), SEC), "\"\n")
    b("    test_event_code: TEST", g.digits(5), "\n")
    b("  - name: billing_sync\n    enabled: ", g.pick(["true", "false"]), "\n    stripe_secret: ", (g.stripe_key(True), STR), "\n")
    b("  - name: warehouse\n    host: ", (g.ipv4(True), IP), "\n    port: 5439\n    user: cdp_loader\n    password: '", (g.password(), PW), "'\n")
    b("  - name: alerts\n    slack_token: ", (g.slack_token(), SLK), "\n    channel: '#cdp-alerts'\n")
    b("  - name: mailchimp_legacy\n    api_key: ${MAILCHIMP_API_KEY}\n    enabled: false\n")


def k_crm_sftp_export_config(b, g):
    brand, dom = g.brand()
    o = g.person()
    b("# Nightly CRM export -> agency SFTP drop\n# contact: ", (o.full, PER), ", ", (g.phone(g.pick(["US", "UK", "DE"])), PH), "\n")
    b("Host agency-drop\n  HostName ", (g.ipv4(), IP), "\n  User crm_export\n  Port 2222\n  IdentityFile ~/.ssh/agency_ed25519\n\n")
    b("# key pasted here for the migration - remove after ", (g.d("en", g.pick(["long", "iso"])), DT), "!\n")
    b((g.pem(g.pick(["OPENSSH", "RSA", "EC"])), PK), "\n\n")
    b("export:\n  schedule: \"0 2 * * *\"\n  query: contacts_with_consent_v", str(g.rint(2, 9)), "\n  compress: gzip\n  checksum: sha256\n")
    b("  notify: ", (g.work_email(o, dom), EM), "\n")


def k_newsletter_billing_record(b, g):
    brand, dom = g.brand()
    p = g.person()
    cc = g.pick(["US", "US", "UK", "CA", "AU"])
    a = g.address(cc)
    b(brand, " Premium - subscriber billing record\n", "=" * 40, "\n")
    b("Subscriber:        ", (g.name_variant(p), PER), "\n")
    b("Billing email:     ", (g.email(p, cc), EM), "\n")
    b("Card on file:      ", (g.card(), CC), "\n")
    b("Backup card:       **** **** **** ", g.digits(4), "\n")
    b("Billing address:   ", (a.one(), ADDR), "\n")
    b("Customer account:  ", (g.acct("cust"), ACCT), "\n")
    b("Plan:              Premium Digital (annual) ", g.pick(["$", "£"]), g.amount(49, 199), "\n")
    b("Last invoice:      INV-", str(g.rint(2023, 2025)), "-", g.digits(6), "\n")
    b("Next renewal:      ", (g.d("en"), DT), "\n")
    b("Gift voucher:      ", g.bad_card16(), " (issued, unredeemed)\n")
    b("Notes: card updated via portal; 3DS passed.\n")


def k_subscription_sepa_mandate(b, g):
    brand, dom = g.brand()
    p = g.person(g.pick(["de", "nl", "fr", "it", "uk", "pl"]))
    cc = {"de": "DE", "nl": "NL", "fr": "FR", "it": "IT", "uk": "IE", "pl": "PL"}[p.culture]
    a = g.address(cc)
    ca = g.address(g.pick(["DE", "NL", "IE"]))
    b("SEPA Direct Debit Mandate\n\n")
    b("Creditor: ", brand, " Subscriptions B.V., ", (ca.one(), ADDR), "\n")
    b("Creditor identifier: NL", g.digits(2), "ZZZ", g.digits(12), "\nMandate reference: MND-", g.chars(10, UPPER_ALNUM), "\n\n")
    b("By signing this mandate form, you authorise the creditor to send instructions to your bank to debit your account "
      "for the monthly coffee & snack box (", g.pick(["EUR 24.90", "EUR 31.50", "EUR 19.00"]), ").\n\n")
    b("Debtor name:     ", (p.full, PER), "\nDebtor address:  ", (a.one(), ADDR), "\n")
    b("IBAN:            ", (g.iban({"DE": "DE", "NL": "NL", "FR": "FR", "IT": "IT", "IE": "IE", "PL": "PL"}[cc]), IBAN), "\n")
    b("BIC:             ", g.bic(cc), "\n")
    b("Type of payment: recurrent\n\nSigned in ", (a.city, LOC), " on ", (g.d("en", g.pick(["uk", "iso", "dmy"])), DT), "\n")
    b("Signature: (electronic, IP ", (g.ip(0.3), IP), ")\n")


def k_pharma_hcp_target_list(b, g):
    drug = g.pick(DRUGS)
    b("HCP target list - ", drug, " launch wave ", str(g.rint(1, 4)), " (CONFIDENTIAL)\n")
    b("NPI        | Prescriber               | Specialty        | Practice address                                  | Phone          | Fax            | Decile\n")
    for _ in range(g.rint(3, 5)):
        p = g.person(g.pick(["us", "us", "in", "hisp", "zh", "ko"]))
        a = g.address("US")
        nm = f"{p.last}, {p.first}" if g.chance(0.4) else p.full
        b(g.digits(10), " | Dr. ", (nm, PER), " | ", g.pick(["Endocrinology", "Cardiology", "Family Med", "Dermatology", "Internal Med"]),
          " | ", (a.one(), ADDR), " | ", (g.phone("US", False), PH), " | ", (g.phone("US", False), PH), " | ", str(g.rint(1, 10)), "\n")
    rep = g.person("us")
    other = g.pick([x for x in DRUGS if x != drug])
    b("\nRep territory owner: ", (rep.full, PER), ". Samples of ", other, " and ", drug,
      " to be logged per visit. Opt-outs from the DTC email program are handled separately.\n")


def k_patient_outreach_worklist(b, g):
    prog = g.pick(["Mammography reminder", "Flu shot outreach", "Diabetes education invite", "Annual wellness visit"])
    b(g.pick(["Cedar Ridge Health", "Mercy Valley Medical Group", "Lakeshore Clinics"]), " - ", prog, " campaign worklist\n")
    b("Generated for the patient-engagement team; do not forward to the marketing agency.\n\n")
    b("MRN        | Patient                  | DOB        | Phone          | Plan / Member ID               | Last visit | Dx\n")
    for _ in range(g.rint(3, 6)):
        p = g.person(g.pick(["us", "us", "hisp", "af", "zh"]))
        nm = f"{p.last.upper()}, {p.first.upper()}" if g.chance(0.5) else p.full
        b((g.mrn(), MRN), " | ", (nm, PER), " | ", (g.dob("en", "us"), DOB), " | ", (g.phone("US", False), PH), " | ",
          g.pick(["Aetna PPO", "BCBS Blue Choice", "UHC Options", "Medicare"]), " ", (g.hpn(), HPN), " | ",
          (g.d("en", "us"), DT), " | ", g.pick(["Z12.31", "E11.9", "Z00.00", "I10", "Z23"]), "\n")
    b("\nGroup # ", g.digits(6), " applies to all Aetna lines. Outreach window closes ", (g.d("en", "long"), DT),
      ". Exclude anyone with SMS opt-out in the consent log.\n")


def k_wellness_enrollment_form(b, g):
    p = g.person()
    emp = g.pick(["Brightline Logistics", "Crescent Foods Co.", "Orbit Analytics", "Harbor & Pine"])
    b(emp, " Be Well program - enrollment form\n\n")
    b("Employee name:        ", (g.name_variant(p), PER), "\nEmployee ID:          E-", g.digits(5), "\n")
    b("Date of birth:        ", (g.dob("en", g.pick(["us", "iso", "long"])), DOB), "\n")
    b("Health plan:          ", g.pick(["Aetna Choice POS II", "Cigna Open Access Plus", "Kaiser Permanente HMO", "Anthem Blue Cross PPO"]), "\n")
    b("Member ID:            ", (g.hpn(), HPN), "\nGroup number:         ", g.digits(7), "\n")
    b("Personal email:       ", (g.email(p, "US"), EM), "\nMobile:               ", (g.phone("US"), PH), "\n")
    b("Screening location:   ", (g.pick(CITIES["US"])[0], LOC), " campus, Room ", str(g.rint(100, 420)), "\n")
    b("Preferred slot:       ", (g.dtm("en"), DT), "\n")
    b("[x] I agree to receive wellness tips and partner offers by email (optional)\n")
    b("Incentive: $", str(g.pick([50, 75, 100])), " HSA contribution after completion. Program year 2024.\n")


def k_dealership_lead_sheet(b, g):
    p = g.person()
    st, lic = g.dl()
    cc = "US"
    sp = g.person("us")
    b("LEAD SHEET - ", g.pick(["Sunrise Toyota", "Metro Honda", "Valley Ford", "Lakeside Hyundai"]), "\n")
    b("Lead source: ", g.pick(["Facebook Lead Ad", "Google VLA", "Website chat", "Walk-in"]), "   Campaign: ", g.pick(UTM_CAMPAIGNS), "\n\n")
    b("Customer: ", (p.full, PER), "\nPhone: ", (g.phone(cc), PH), "\nEmail: ", (g.email(p, cc), EM), "\n")
    b("Address: ", (g.address(cc).one(), ADDR), "\n")
    b("Driver license: ", (lic, DL), " (", st, ")\n")
    b("Vehicle of interest: ", g.pick(["RAV4 XLE Hybrid", "CR-V EX-L", "F-150 Lariat", "Tucson SEL"]), "   Stock #", g.digits(5), "\n")
    b("Trade-in VIN: ", g.chars(3, "123JKW") + g.chars(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "   Plate: ",
      g.chars(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), "-", g.digits(4), "\n")
    b("Test drive: ", (g.dtm("en"), DT), "\nSalesperson: ", (sp.full, PER), "\n")
    b("Notes: prefers text, has pre-approval from credit union, est. payment $", str(g.rint(350, 790)), "/mo.\n")


def k_credit_prescreen_fixedwidth(b, g):
    b("PRESCREEN FILE  OFFER=PLATINUM-REWARDS  RUN ", str(g.rint(100, 999)), "\n")
    b("SEQ   LAST_NAME       FIRST_NAME   SSN           CITY              ST  ZIP    FICO  FLAG\n")
    for i in range(g.rint(4, 8)):
        p = g.person(g.pick(["us", "us", "hisp", "af", "zh"]))
        a = g.address("US")
        last, first = p.last.upper(), p.first.upper()
        b(f"{i + 1:05d} ", (last, PER), " " * max(1, 16 - len(last)), (first, PER), " " * max(1, 13 - len(first)))
        r = g.r.random()
        if r < 0.7:
            s = g.ssn()
            if g.chance(0.2):
                s = s.replace("-", "")
                b((s, SSN), "     ")
            else:
                b((s, SSN), "   ")
        elif r < 0.85:
            b(g.bad_ssn(), "   ")
        else:
            b("***-**-", g.digits(4), "   ")
        b((a.city, LOC), " " * max(1, 18 - len(a.city)), (a.region, LOC), "  ", a.postcode, "  ", str(g.rint(640, 830)), "   ",
          g.pick(["A", "A", "B", "X"]), "\n")
    b("TRAILER RECORDS=", str(g.rint(1000, 50000)), " HASH=", g.sha(32), "\n")


def k_direct_mail_fixedwidth(b, g):
    b("DM-DROP ", g.pick(["SPRING", "HOLIDAY", "WINBACK"]), " VERSION 2  CELL CODES A/B\n")
    b("KEYCODE  NAME                      ADDRESS1                            CITY              ST ZIP\n")
    for _ in range(g.rint(4, 8)):
        p = g.person()
        a = g.address("US")
        nm = p.full.upper() if g.chance(0.6) else p.full
        b(g.pick("AB"), g.digits(6), "  ", (nm, PER), " " * max(1, 26 - len(nm)), (a.street.upper(), ADDR), " " * max(1, 36 - len(a.street)),
          (a.city.upper(), LOC), " " * max(1, 18 - len(a.city)), (a.region, LOC), " ", a.postcode, "\n")
    b("END OF FILE  RECORDS=", str(g.rint(5000, 90000)), "  POSTAGE EST $", g.amount(1000, 9000), "\n")


def k_ad_click_log(b, g):
    ts = g.log_day()
    brand, dom = g.brand()
    for _ in range(g.rint(4, 7)):
        b(ts(), " ", g.pick(["impression", "click", "click", "conversion"]), " cid=", str(g.rint(1000000, 9999999)),
          " crid=", g.hexs(8), " ip=", (g.ip(0.3), IP), " ua=\"", g.pick(UAS), "\"")
        if g.chance(0.5):
            b(" url=", (g.url(dom, None, True), URL))
        b(" hem=", g.sha(), " gclid=", g.chars(20, ALNUM), " price_micros=", str(g.rint(1000, 900000)), "\n")


def k_customer_match_upload(b, g):
    b("POST /v16/customers/", g.digits(10), "/offlineUserDataJobs:addOperations HTTP/1.1\n")
    b("Host: googleads.googleapis.com\nContent-Type: application/json\n")
    b("developer-token: ", (g.generic_secret("gads"), SEC), "\n")
    b("Authorization: Bearer ", (g.jwt(), JWT), "\n\n")
    b("{\n  \"operations\": [\n")
    for _ in range(g.rint(1, 2)):
        b("    {\"create\": {\"userIdentifiers\": [{\"hashedEmail\": \"", g.sha(), "\"}, {\"hashedPhoneNumber\": \"", g.sha(), "\"}]}},\n")
    p = g.person()
    b("    {\"create\": {\"userIdentifiers\": [{\"hashedEmail\": \"", (g.email(p, "US"), EM), "\"}]}},\n")
    q = g.person()
    b("    {\"create\": {\"userIdentifiers\": [{\"addressInfo\": {\"firstName\": \"", (q.first, PER), "\", \"lastName\": \"", (q.last, PER),
      "\", \"countryCode\": \"US\", \"postalCode\": \"", g.digits(5), "\"}}]}}\n  ],\n")
    b("  \"enablePartialFailure\": true\n}\n\n# NOTE: the last two operations were not normalised+hashed before upload; see ticket ADS-", g.digits(4), "\n")


def k_webinar_registration_email(b, g):
    brand, dom = g.brand()
    p = g.person()
    host = g.person()
    cc = g.pick(["US", "UK", "CA"])
    a = g.address(cc)
    b("Subject: You're registered: \"", g.pick(["Retention marketing in 2024", "First-party data playbook", "Loyalty that pays"]), "\"\n")
    b("To: ", (g.email(p, cc), EM), "\nDate: ", g.mail_date(), "\n\n")
    b("Hi ", (p.first, PER), ",\n\nYou're all set for our live session on ", (g.dtm("en", style=g.pick(["wd", "long"])), DT), " (",
      g.pick(["America/New_York", "Europe/London", "America/Toronto"]), ").\n")
    b("Join link: ", (g.url(dom, "/webinar/join", True), URL), "\n\n")
    b("Prefer to watch with others? We're hosting a viewing at our office: ", (a.one(), ADDR), ", Room ",
      g.pick(["4B", "12.03", "Atlas"]), ".\n\n")
    b("Your registration ID is REG-", g.digits(7), ". Questions: contact ", (host.full, PER), " at ",
      (g.work_email(host, dom), EM), " or ", (g.phone(cc), PH), ".\n\nSee you there!\nThe ", brand, " team\n")


def k_abandoned_cart_email(b, g):
    brand, dom = g.brand()
    p = g.person()
    cc = g.pick(["US", "UK", "AU", "CA"])
    b("Subject: ", (p.first, PER), ", you left something behind\nDate: ", g.mail_date(), "\nTo: ", (g.email(p, cc), EM), "\n")
    b("List-Unsubscribe: <", (g.url(dom, "/unsubscribe", True), URL), ">\n\n")
    b("Hi ", (p.first, PER), ",\n\nYour ", g.pick(["Trailrunner 2 (size 9)", "Linen duvet set", "Espresso grinder", "Silk scarf"]),
      " is still waiting in cart ", g.hexs(10), ".\nComplete your order: ", (g.url(dom, "/cart/recover", True), URL), "\n")
    b("Use code COMEBACK10 before ", (g.d("en", "long"), DT), " - it only lasts 48 hours.\n\n")
    ca = g.address(cc)
    b("Not interested? Update your preferences any time.\n", brand, ", ", (ca.one(), ADDR), "\n")


def k_bounce_report(b, g):
    mx_ip = g.ipv4()
    dom = g.pick(["gmail.com", "yahoo.com", "web.de", "orange.fr", "outlook.com"])
    b("Received: from mx", str(g.rint(1, 9)), ".", dom, " ([", (mx_ip, IP), "]) by mta", str(g.rint(1, 40)), ".esp-mailer.net with ESMTPS id ",
      g.chars(12, ALNUM), "; ", g.mail_date(), "\n")
    b("Date: ", g.mail_date(), "\nSubject: Delivery Status Notification (Failure)\n\n")
    b("Reporting-MTA: dns; mta", str(g.rint(1, 40)), ".esp-mailer.net\nArrival-Date: ", g.mail_date(), "\n\n")
    for _ in range(g.rint(1, 3)):
        p = g.person()
        b("Final-Recipient: rfc822; ", (g.email(p), EM), "\nAction: failed\nStatus: ", g.pick(["5.1.1", "5.2.2", "4.4.7", "5.7.1"]), "\n")
        b("Remote-MTA: dns; mx.", dom, " [", (g.ipv4(), IP), "]\n")
        b("Diagnostic-Code: smtp; ", g.pick(["550 5.1.1 user unknown", "552 mailbox full", "554 rejected due to spam content"]), "\n\n")
    b("X-Campaign-Id: ", g.uuid(), "\nX-List-Id: newsletter_weekly.", g.hexs(6), "\n")


def k_erasure_request_log(b, g):
    ts = g.log_day()
    for _ in range(g.rint(2, 4)):
        p = g.person()
        em = g.email(p)
        b(ts(), " gdpr-worker job=erase request=DSR-", g.digits(6), " subject=", (em, EM), " systems=[crm,esp,cdp,ads] status=queued deadline=",
          (g.d("en", "iso"), DT), "\n")
        b(ts(), " gdpr-worker request_ip=", (g.ip(0.3), IP), " requested_by=\"", (p.full, PER), "\" channel=", g.pick(["web_form", "email", "phone"]), "\n")
        b(ts(), " gdpr-worker crm: deleted ", str(g.rint(1, 4)), " records; esp: suppressed hash ", g.sha(40), "\n")
    b(ts(), " gdpr-worker ads: audience removal accepted, propagation up to 48h\n")
    b(ts(), " gdpr-worker summary ok=", str(g.rint(2, 6)), " failed=0 took=", str(g.rint(2, 40)), "s\n")


def k_affiliate_payout_csv(b, g):
    b("partner_id;payee_name;iban;bic;amount_eur;payout_date;note\n")
    for _ in range(g.rint(3, 7)):
        cc = g.pick(["DE", "FR", "NL", "ES", "IT", "BE", "AT", "PT"])
        b("AFF", g.digits(5), ";")
        if g.chance(0.8):
            p = g.person({"DE": "de", "AT": "de", "FR": "fr", "BE": "fr", "NL": "nl", "ES": "hisp", "IT": "it", "PT": "pt"}[cc])
            b((p.full, PER))
        else:
            b(g.pick(["Müller & Söhne GmbH", "Dealhunter Media SARL", "CupónYa S.L.", "Koopjesjager B.V."]))
        b(";", (g.iban(cc, g.chance(0.3)), IBAN), ";", g.bic(cc), ";", g.amount(20, 4000), ";", (g.d("en", "iso"), DT), ";",
          g.pick(["CPA Q2", "coupon site", "influencer", "cashback"]), "\n")
    b("# totals exclude reversed orders; routing via SEPA batch ", g.hexs(8), "\n")


def k_support_chat_transcript(b, g):
    brand, dom = g.brand()
    p = g.person()
    cc = g.pick(["US", "UK", "CA", "AU", "IE"])
    agent = g.person(g.pick(["in", "us", "uk", "hisp"]))
    h, m = g.rint(8, 20), g.rint(0, 40)

    def t():
        nonlocal m
        m += g.rint(0, 3)
        return f"[{h:02d}:{min(m, 59):02d}] "
    b("Chat transcript - ", brand, " support - conversation ", g.uuid(), "\n\n")
    b(t(), "Agent (", (agent.first, PER), "): Hi, thanks for contacting ", brand, "! How can I help?\n")
    b(t(), "Customer: i keep getting catalogs and emails even though i asked to stop\n")
    b(t(), "Agent (", (agent.first, PER), "): Sorry about that. Can you confirm the email and name on the account?\n")
    b(t(), "Customer: ", (p.full, PER), ", ", (g.email(p, cc), EM), "\n")
    b(t(), "Agent (", (agent.first, PER), "): Thanks. And the date of birth for verification?\n")
    b(t(), "Customer: ", (g.dob("en", g.pick(["us", "long", "dmy"])), DOB), "\n")
    b(t(), "Agent (", (agent.first, PER), "): Found you. The catalog goes to ", (g.address(cc).one(), ADDR), " - correct?\n")
    b(t(), "Customer: yes. and stop texting ", (g.phone(cc), PH), " too\n")
    if g.chance(0.4):
        b(t(), "Customer: also switch the subscription to this card ", (g.card(), CC), " the old one expired\n")
        b(t(), "Agent (", (agent.first, PER), "): Please don't send full card numbers in chat - I've redacted it on our side. I'll send you a secure payment link instead.\n")
    b(t(), "Agent (", (agent.first, PER), "): Done - all channels suppressed, the last catalog may still arrive within 2-3 weeks. Card ending ",
      g.digits(4), " stays on file unless you ask us to remove it.\n")
    b(t(), "Customer: ok thanks\n")


def k_checkout_debug_log(b, g):
    ts = g.log_day()
    brand, dom = g.brand()
    for _ in range(g.rint(1, 2)):
        p = g.person()
        cc = g.pick(["US", "US", "UK", "CA", "AU"])
        em = g.email(p, cc)
        b(ts(), " INFO  checkout-api POST /api/v2/checkout session=cs_live_", g.chars(24, ALNUM), " promo=", g.pick(["SPRING20", "WELCOME10", "BF30", "none"]),
          " client_ip=", (g.ip(0.25), IP), "\n")
        b(ts(), " DEBUG checkout-api payload={\"email\":\"", (em, EM), "\",\"name\":\"", (p.full, PER), "\",\"card_number\":\"",
          (g.card(fmt="plain"), CC), "\",\"cvc\":\"***\",\"amount\":\"", g.amount(15, 400), "\",\"currency\":\"", g.pick(["USD", "GBP", "CAD", "AUD"]), "\"}\n")
        b(ts(), " WARN  pci-scan possible PAN in previous line (redaction rule v", str(g.rint(1, 4)), " disabled by flag ${LOG_REDACT})\n")
        b(ts(), " INFO  checkout-api order ORD-", g.digits(9), " created, gift card ", g.bad_card16(), " applied, card_last4=", g.digits(4), "\n")
        b(ts(), " INFO  mailer queued confirmation for ", (em, EM), " template=order_confirm_v", str(g.rint(3, 9)), "\n")
    b(ts(), " INFO  checkout-api p95 latency ", str(g.rint(120, 900)), "ms over last 5m\n")


def k_crm_vcard_export(b, g):
    brand, dom = g.brand()
    for _ in range(g.rint(1, 2)):
        p = g.person(g.pick(["us", "uk", "hisp", "de", "fr", "in"]))
        cc = g.country_for(p)
        a = g.address(cc)
        b("BEGIN:VCARD\nVERSION:3.0\n")
        b("N:", (f"{p.last};{p.first};{p.mid}" if g.chance(0.5) else f"{p.last};{p.first}", PER), ";;\n")
        b("FN:", (p.full, PER), "\nORG:", g.pick(["Orbit Analytics", "Crescent Foods Co.", "Harper Wealth Partners", brand]), "\n")
        b("TEL;TYPE=CELL:", (g.phone(cc, True), PH), "\nEMAIL;TYPE=INTERNET:", (g.email(p, cc), EM), "\n")
        region = a.region or ""
        b("ADR;TYPE=HOME:;;", (f"{a.street};{a.city};{region};{a.postcode};{a.country}", ADDR), "\n")
        if g.chance(0.7):
            b("BDAY:", (g.dob_date().isoformat(), DOB), "\n")
        b("URL:", (g.url(dom, "/rewards/join", False), URL), "\n")
        b("NOTE:Met at the ", g.pick(["NRF", "DMEXCO", "Cannes Lions", "Shoptalk"]), " booth in ", (g.city(g.pick(["US", "DE", "FR", "ES"])), LOC),
          "; interested in loyalty API\n")
        b("REV:", g.log_ts("isoz").replace("-", "").replace(":", ""), "\nEND:VCARD\n")


def k_campaign_review_ics(b, g):
    brand, dom = g.brand()
    org = g.person()
    d = g.date()
    h, m = g.hm()
    b("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Acme Calendar//EN\nBEGIN:VEVENT\n")
    b("UID:", g.uuid(), "\nDTSTAMP:", g.log_ts("isoz").replace("-", "").replace(":", ""), "\n")
    b("CREATED:", g.log_ts("isoz").replace("-", "").replace(":", ""), "\n")
    tz = g.pick(["Europe/Berlin", "America/New_York", "Europe/London"])
    b("DTSTART;TZID=", tz, ":", (f"{d:%Y%m%d}T{h:02d}{m:02d}00", DT), "\n")
    b("DTEND;TZID=", tz, ":", (f"{d:%Y%m%d}T{h + 1:02d}{m:02d}00", DT), "\n")
    b("SUMMARY:Q3 retargeting review - ", brand, "\n")
    b("ORGANIZER;CN=", (org.full, PER), ":mailto:", (g.work_email(org, dom), EM), "\n")
    for _ in range(g.rint(1, 3)):
        a = g.person()
        b("ATTENDEE;CN=", (a.full, PER), ";ROLE=REQ-PARTICIPANT:mailto:", (g.work_email(a, dom), EM), "\n")
    if g.chance(0.5):
        b("LOCATION:Conference room ", g.pick(["3.12", "Atlas", "B-204"]), "\n")
    else:
        cc = g.pick(["DE", "US", "UK"])
        b("LOCATION:", (g.address(cc).one(), ADDR), "\n")
    b("DESCRIPTION:Agenda: frequency caps\\, suppression list\\, budget. Dial-in ", (g.phone(g.pick(["US", "DE", "UK"]), True), PH),
      "\\nDeck: ", (g.url(dom, "/internal/q3-review", False), URL), "\n")
    b("LAST-MODIFIED:", g.log_ts("isoz").replace("-", "").replace(":", ""), "\nEND:VEVENT\nEND:VCALENDAR\n")


def k_security_incident_report(b, g):
    brand, dom = g.brand()
    rep = g.person()
    b("Incident INC-", str(g.rint(2023, 2025)), "-", g.digits(4), ": public bucket with CRM exports\n")
    b("Severity: High   Reporter: ", (rep.full, PER), "   Status: contained\n\n")
    b("Summary\n-------\nA bucket used for agency hand-offs was world-readable. It contained a CSV with ",
      f"{g.rint(2, 90)},{g.rint(100, 999)}", " contacts and a config file with credentials.\n\n")
    b("Exposed credentials (all revoked):\n")
    b("  - AWS key ", (g.aws_akid(), AKID), " / secret ", (g.aws_secret(), ASK), "\n")
    if g.chance(0.5):
        b("  - GitHub token ", (g.gh_token(), GH), " found in commit ", g.hexs(40), "\n")
    else:
        b("  - Stripe key ", (g.stripe_key(), STR), "\n")
    b("\nTimeline (UTC)\n")
    hh = g.rint(0, 14)
    b(f"{hh:02d}:{g.rint(10, 59):02d} first anonymous GET from ", (g.ipv4(), IP), "\n")
    b(f"{hh + 2:02d}:{g.rint(10, 59):02d} alert fired (GuardDuty)\n")
    b(f"{hh + 3:02d}:{g.rint(10, 59):02d} bucket policy fixed, keys rotated\n\n")
    p = g.person()
    b("Sample affected row: ", (p.full, PER), ", ", (g.email(p), EM), ", ", (g.phone(g.country_for(p)), PH), "\n")
    b("Regulator notification due by ", (g.dtm("en"), DT), ". Owner: ", (g.person().full, PER), ".\n")


def k_crm_contact_xml(b, g):
    p = g.person()
    cc = g.pick(["US", "UK", "CA", "DE", "FR", "NL", "ES"])
    a = g.address(cc)
    b("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Contact id=\"", g.sfid("003"), "\" source=\"", g.pick(["webform", "pos", "import"]), "\">\n")
    b("  <Name><First>", (p.first, PER), "</First><Last>", (p.last, PER), "</Last></Name>\n")
    b("  <Email>", (g.email(p, cc), EM), "</Email>\n  <Phone type=\"mobile\">", (g.phone(cc), PH), "</Phone>\n")
    b("  <Address>\n    <Street>", (a.street, ADDR), "</Street>\n    <City>", (a.city, LOC), "</City>\n")
    if a.region and cc in ("US", "CA", "ES"):
        b("    <Region>", (a.region, LOC), "</Region>\n")
    b("    <PostalCode>", a.postcode, "</PostalCode>\n    <Country>", ISO2.get(cc, cc), "</Country>\n  </Address>\n")
    if g.chance(0.7):
        b("  <BirthDate>", (g.dob_date().isoformat(), DOB), "</BirthDate>\n")
    b("  <AccountNumber>", (g.acct(), ACCT), "</AccountNumber>\n")
    b("  <Consent channel=\"email\" granted=\"true\" date=\"", (g.d("en", "iso"), DT), "\"/>\n")
    b("  <Consent channel=\"sms\" granted=\"false\"/>\n  <Score model=\"v", str(g.rint(2, 7)), "\">", str(g.rint(1, 99)), "</Score>\n</Contact>\n")


def k_sweepstakes_entry(b, g):
    brand, dom = g.brand()
    p = g.person(g.pick(["us", "us", "hisp", "af"]))
    a = g.address("US")
    b("OFFICIAL ENTRY - ", brand, " Summer Getaway Sweepstakes\nEntry #", g.digits(8), "\n\n")
    b("Entrant:        ", (p.full, PER), "\nDate of birth:  ", (g.dob("en", "us"), DOB), "  (must be 21+)\n")
    b("Mailing address:\n", (a.multi(), ADDR), "\n")
    b("Phone:          ", (g.phone("US"), PH), "\nEmail:          ", (g.email(p, "US"), EM), "\n")
    b("Drawing date:   ", (g.d("en", "long"), DT), "\n\n")
    b("WINNER AFFIDAVIT (complete only if selected)\n")
    if g.chance(0.75):
        b("SSN for IRS Form 1099:  ", (g.ssn(), SSN), "\n")
    else:
        b("SSN for IRS Form 1099:  ___-__-____ (pending)\n")
    b("Prize value: $", str(g.rint(1500, 6000)), ". No purchase necessary. Void where prohibited. ", brand, " is not affiliated with ",
      g.pick(PERSON_BRANDS), ".\n")


def k_pet_store_loyalty(b, g):
    p = g.person()
    cc = g.pick(["US", "UK", "CA", "AU"])
    b("Kelpie Pet Supply - Pack Rewards sign-up\n\n")
    b("Pet parent: ", (p.full, PER), "\nEmail: ", (g.email(p, cc), EM), "\nPhone: ", (g.phone(cc), PH), "\n")
    b("Rewards account: ", (g.acct("loyal"), ACCT), "\n")
    for _ in range(g.rint(1, 2)):
        sp, breed = g.pick([("dog", "Labrador"), ("dog", "Beagle"), ("dog", "Border Collie"), ("cat", "Maine Coon"),
                            ("cat", "British Shorthair"), ("rabbit", "Holland Lop"), ("dog", "mixed"), ("cat", "mixed")])
        b("Pet: ", g.pick(PET_NAMES), " (", sp, ", ", breed, ", ", str(g.rint(1, 14)), " yrs)\n")
    b("Favourite store: ", (g.city(cc), LOC), "\nVet clinic: ", g.pick(["Banfield", "VCA Animal Hospital", "Greencross Vets"]), "\n")
    b("Joined: ", (g.d("en"), DT), "\nOpt-in: email yes, SMS no\n")


def k_hospital_crm_hl7(b, g):
    p = g.person(g.pick(["us", "us", "hisp", "af"]))
    a = g.address("US")
    dob = g.dob_date()
    doc = g.person("us")
    b("MSH|^~\\&|EPIC|MERCYHOSP|SFMC|MKTG|", g.log_ts("isoz")[:10].replace("-", ""), f"{g.rint(0, 23):02d}{g.rint(0, 59):02d}{g.rint(0, 59):02d}",
      "||ADT^A04|MSG", g.digits(8), "|P|2.5.1\r\n")
    b("EVN|A04|", g.log_ts("isoz")[:10].replace("-", ""), f"{g.rint(0, 23):02d}{g.rint(0, 59):02d}", "\r\n")
    xad = f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.postcode}^USA"
    b("PID|1||", (g.digits(8), MRN), "^^^MRH^MR||", (f"{p.last.upper()}^{p.first.upper()}^{p.mid}", PER), "||",
      (f"{dob:%Y%m%d}", DOB), "|", "M" if p.gender == "m" else "F", "|||", (xad, ADDR), "||",
      (g.phone("US", False), PH), "^PRN^PH~^NET^Internet^", (g.email(p, "US"), EM), "\r\n")
    b("PV1|1|O|CLINIC^201^A||||", g.digits(10), "^", (f"{doc.last.upper()}^{doc.first.upper()}", PER), "^^^DR\r\n")
    ins_dob = f"{dob:%Y%m%d}"
    fields = [""] * 37
    fields[0] = "IN1"
    fields[1] = "1"
    fields[2] = g.pick(["AET01", "BCBS2", "UHC07"])
    fields[3] = g.digits(5)
    fields[4] = g.pick(["AETNA", "BLUE CROSS", "UNITEDHEALTHCARE"])
    fields[8] = g.digits(6)
    b("|".join(fields[:16]), "|", (f"{p.last.upper()}^{p.first.upper()}", PER), "|SEL|", (ins_dob, DOB), "|")
    b("|" * 17, (g.hpn(), HPN), "\r\n")
    b("ZMK|1|EMAIL_OPTIN^Y|SMS_OPTIN^N|CAMPAIGN^", g.pick(["FLU24", "MAMMO", "AWV"]), "\r\n")


def k_fhir_patient_engagement(b, g):
    p = g.person(g.pick(["us", "us", "hisp", "zh", "af"]))
    a = g.address("US")
    b("{\n  \"resourceType\": \"Patient\",\n  \"id\": \"", g.uuid(), "\",\n  \"meta\": {\"lastUpdated\": \"", g.log_ts("iso"), "\", \"versionId\": \"",
      str(g.rint(1, 12)), "\"},\n")
    b("  \"identifier\": [{\"type\": {\"text\": \"MRN\"}, \"system\": \"", ("https://fhir.cedarridgehealth.org/mrn", URL), "\", \"value\": \"",
      (g.mrn(), MRN), "\"}],\n")
    b("  \"name\": [{\"family\": \"", (p.last, PER), "\", \"given\": [\"", (p.first, PER), "\"]}],\n")
    b("  \"telecom\": [\n    {\"system\": \"phone\", \"value\": \"", (g.phone("US"), PH), "\", \"use\": \"mobile\"},\n")
    b("    {\"system\": \"email\", \"value\": \"", (g.email(p, "US"), EM), "\"}\n  ],\n")
    b("  \"gender\": \"", "male" if p.gender == "m" else "female", "\",\n  \"birthDate\": \"", (g.dob_date().isoformat(), DOB), "\",\n")
    b("  \"address\": [{\"line\": [\"", (a.street, ADDR), "\"], \"city\": \"", (a.city, LOC), "\", \"state\": \"", (a.region, LOC),
      "\", \"postalCode\": \"", a.postcode, "\"}],\n")
    b("  \"extension\": [{\"url\": \"", ("https://fhir.cedarridgehealth.org/StructureDefinition/marketing-consent", URL),
      "\", \"valueBoolean\": ", g.pick(["true", "false"]), "}]\n}\n")


# --------------------------------------------------------------------------
# document kinds -- other languages
# --------------------------------------------------------------------------
def k_de_doi_bestaetigung(b, g):
    brand, dom = g.brand("de")
    p = g.person(g.pick(["de", "de", "de", "tr"]))
    cc = g.pick(["DE", "DE", "AT"])
    b("Betreff: Bitte bestätigen Sie Ihre Newsletter-Anmeldung\nAn: ", (g.email(p, cc), EM), "\nDatum: ", g.mail_date(), "\n\n")
    b("Hallo ", g.title(p, "de"), " ", (p.last, PER), ",\n\n")
    b("vielen Dank für Ihre Anmeldung zum ", brand, "-Newsletter am ", (g.dtm("de"), DT), ". ")
    b("Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 48 Stunden über folgenden Link:\n",
      (g.url(dom, "/newsletter/bestaetigen", True), URL), "\n\n")
    b("Falls Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach.\n\n")
    b("Protokoll (Nachweis gemäß Art. 7 DSGVO):\n  Anmelde-IP: ", (g.ip(0.3), IP), "\n  Bestätigungs-IP: ", (g.ip(0.3), IP), "\n")
    b("  Formular: ", g.pick(["Footer", "Checkout", "Gewinnspiel"]), " v", str(g.rint(2, 9)), "\n\n")
    ca = g.address("DE")
    gf = g.person("de")
    b("Mit freundlichen Grüßen\nIhr ", brand, "-Team\n\n", brand, " GmbH, ", (ca.one(), ADDR), "\nGeschäftsführer: ", (gf.full, PER),
      " | HRB ", g.digits(6), " | USt-IdNr. DE", g.digits(9), "\n")


def k_de_sepa_lastschriftmandat(b, g):
    brand, dom = g.brand("de")
    p = g.person(g.pick(["de", "de", "tr", "pl"]))
    a = g.address("DE")
    ca = g.address("DE")
    b("SEPA-Lastschriftmandat\n\nZahlungsempfänger: ", brand, " GmbH, ", (ca.one(), ADDR), "\n")
    b("Gläubiger-Identifikationsnummer: DE", g.digits(2), "ZZZ", g.digits(11), "\nMandatsreferenz: ", g.chars(12, UPPER_ALNUM), "\n\n")
    b("Ich ermächtige die ", brand, " GmbH, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, "
      "die von der ", brand, " GmbH auf mein Konto gezogenen Lastschriften einzulösen.\n\n")
    b("Kontoinhaber/in: ", (p.full if g.chance(0.7) else f"{p.last}, {p.first}", PER), "\nAnschrift: ", (a.one(), ADDR), "\n")
    b("IBAN: ", (g.iban("DE"), IBAN), "\nBIC: ", g.bic("DE"), "\nKundennummer: ", (g.acct("cust"), ACCT), "\n")
    b("Abo: Gartenbox monatlich, ", g.amount(15, 60).replace(".", ","), " EUR\n\n")
    b("Ort, Datum: ", (a.city, LOC), ", ", (g.d("de", "num"), DT), "\nUnterschrift: (elektronisch bestätigt)\n")


def k_de_dsgvo_auskunft(b, g):
    brand, dom = g.brand("de")
    p = g.person(g.pick(["de", "de", "tr"]))
    cc = g.pick(["DE", "DE", "AT", "CH"])
    a = g.address(cc)
    b(brand, " GmbH · Datenschutz\n\n", g.title(p, "de"), " ", (p.full, PER), "\n", (a.multi(), ADDR), "\n\n")
    b((g.pick(CITIES["DE"])[0], LOC), ", den ", (g.d("de", g.pick(["num", "long"])), DT), "\n\n")
    b("Auskunft nach Art. 15 DSGVO - Ihr Schreiben vom ", (g.d("de", "num"), DT), "\n\n")
    b("Sehr geehrte", "r" if p.gender == "m" else "", " ", g.title(p, "de"), " ", (p.last, PER), ",\n\n")
    b("zu Ihrer Person sind in unserem Marketing-CRM folgende Daten gespeichert:\n")
    b("- Name: ", (p.full, PER), "\n- Geburtsdatum: ", (g.dob("de", g.pick(["num", "long"])), DOB), "\n")
    b("- E-Mail: ", (g.email(p, cc), EM), "\n- Telefon: ", (g.phone(cc), PH), "\n")
    b("- Kundenkonto: ", (g.acct("cust"), ACCT), "\n")
    b("- Newsletter-Einwilligung erteilt am ", (g.dtm("de"), DT), " von IP ", (g.ip(0.3), IP), "\n")
    b("- Letzte Kampagnen-Interaktion: vor 3 Tagen (Öffnung)\n- Zahlungsdaten: Mastercard **** ", g.digits(4), "\n\n")
    b("Empfänger Ihrer Daten sind unser E-Mail-Dienstleister sowie Werbenetzwerke (nur gehashte Kennungen). "
      "Die Speicherdauer beträgt 3 Jahre nach der letzten Interaktion.\n\n")
    dsb = g.person("de")
    b("Mit freundlichen Grüßen\n", (dsb.full, PER), "\nDatenschutzbeauftragte", "r" if dsb.gender == "m" else "", "\n")


def k_de_crm_export_semicolon(b, g):
    b("Anrede;Vorname;Nachname;E-Mail;Telefon;Straße;PLZ;Ort;Geburtsdatum;Kundennummer;Einwilligung_am\n")
    for _ in range(g.rint(3, 6)):
        p = g.person(g.pick(["de", "de", "de", "tr", "pl", "it"]))
        cc = g.pick(["DE", "DE", "DE", "AT"])
        a = g.address(cc)
        b("Herr" if p.gender == "m" else "Frau", ";", (p.first, PER), ";", (p.last, PER), ";", (g.email(p, cc), EM), ";")
        if g.chance(0.7):
            b((g.phone(cc), PH))
        b(";", (a.street, ADDR), ";", a.postcode, ";", (a.city, LOC), ";")
        if g.chance(0.6):
            b((g.dob("de", "num"), DOB))
        b(";", (g.acct("cust"), ACCT), ";", (g.d("de", "num"), DT), "\n")
    b("# Export ", g.uuid(), " - ", str(g.rint(800, 9000)), " Datensätze, Zeichensatz UTF-8\n")


def k_fr_desinscription(b, g):
    brand, dom = g.brand("fr")
    p = g.person(g.pick(["fr", "fr", "ar"]))
    cc = g.pick(["FR", "FR", "BE"])
    a = g.address(cc)
    em = g.email(p, cc)
    b("Objet : Désinscription ignorée - demande de suppression\nDe : ", (p.full, PER), " <", (em, EM), ">\nDate : ", g.mail_date(), "\n\n")
    d_uns = g.date()
    b("Bonjour,\n\nJe me suis désinscrit", "e" if p.gender == "f" else "", " de votre newsletter le ", (g.fmt_date(d_uns, "fr"), DT),
      " mais je reçois toujours vos offres, y compris par SMS au ", (g.phone(cc), PH), ".\n")
    b("Conformément au RGPD, je vous demande de supprimer l'ensemble de mes données et de me confirmer la suppression par écrit. ")
    b("Mon numéro client est le ", (g.acct(g.pick(["num", "cust"])), ACCT), ".\nMon adresse : ", (a.one(), ADDR), ".\n\n")
    b("Cordialement,\n", (p.full, PER), "\n\n---\n")
    ag = g.person("fr")
    b("Réponse du service client ", brand, " (", (ag.first, PER), ") :\nBonjour ", g.title(p, "fr"), " ", (p.last, PER),
      ", votre demande a bien été enregistrée sous la référence RGPD-", g.digits(6), ". La suppression sera effective sous 30 jours, au plus tard le ",
      (g.d("fr", "long"), DT), ".\n")


def k_fr_carte_fidelite(b, g):
    brand, dom = g.brand("fr")
    p = g.person(g.pick(["fr", "fr", "ar"]))
    a = g.address("FR")
    b("BULLETIN D'ADHÉSION - Carte ", brand, " Privilège\n\n")
    b("Civilité : ", g.title(p, "fr"), "\nNom : ", (p.last.upper(), PER), "\nPrénom : ", (p.first, PER), "\n")
    b("Date de naissance : ", (g.dob("fr", g.pick(["num", "long"])), DOB), "\n")
    b("Adresse : ", (a.street, ADDR), "\nCode postal : ", a.postcode, "\nVille : ", (a.city, LOC), "\n")
    b("Téléphone portable : ", (g.phone("FR"), PH), "\nE-mail : ", (g.email(p, "FR"), EM), "\n\n")
    b("[x] J'accepte de recevoir les offres ", brand, " par e-mail\n[ ] J'accepte de recevoir les offres par SMS\n\n")
    b("N° de carte attribué : ", (g.acct("loyal"), ACCT), "\n")
    b("Fait à ", (g.city("FR"), LOC), ", le ", (g.d("fr", g.pick(["num", "long"])), DT), "\n")
    b("Magasin n° ", g.digits(3), " - caisse ", str(g.rint(1, 12)), "\n")


def k_es_formulario_contacto(b, g):
    brand, dom = g.brand("es")
    p = g.person("hisp")
    cc = g.pick(["ES", "ES", "MX"])
    a = g.address(cc)
    b("Nuevo contacto desde el formulario web (", brand, ")\n", "-" * 36, "\n")
    b("Nombre: ", (p.first, PER), "\nApellidos: ", (p.last + " " + g.pick(NAMES["hisp"][2]), PER), "\n")
    b("Correo electrónico: ", (g.email(p, cc), EM), "\nTeléfono: ", (g.phone(cc), PH), "\n")
    b("Provincia: " if cc == "ES" else "Estado: ", (a.region, LOC), "\n")
    b("Mensaje: «Hola, me gustaría recibir información sobre la tarjeta de fidelización. Podéis llamarme el ",
      (g.dtm("es"), DT), ". Vivo en ", (a.city, LOC), " y casi siempre compro en la tienda del centro.»\n")
    b("Acepto la política de privacidad: sí\nAcepto comunicaciones comerciales: ", g.pick(["sí", "no"]), "\n")
    b("IP: ", (g.ip(0.25), IP), "\nURL de origen: ", (g.url(dom, "/contacto", True), URL), "\nID envío: ", g.uuid(), "\n")


def k_es_encuesta_satisfaccion(b, g):
    brand, dom = g.brand("es")
    b("Encuesta de satisfacción - ", brand, " - exportación\n\n")
    coms = [
        lambda: ("El pedido llegó a ", (g.city(g.pick(["ES", "MX"])), LOC), " con dos días de retraso."),
        lambda: ("La dependienta, ", (g.person("hisp").first, PER), ", fue muy amable."),
        lambda: ("Dejad de llamarme al ", (g.phone("ES"), PH), ", por favor."),
        lambda: ("Todo perfecto, repetiré.",),
        lambda: ("La app se cierra al pagar con tarjeta.",),
    ]
    for i in range(g.rint(3, 5)):
        p = g.person("hisp")
        cc = g.pick(["ES", "MX"])
        b("Respuesta ", str(i + 1), "\nCliente: ", (p.full, PER), "\nCorreo: ", (g.email(p, cc), EM), "\n")
        b("Valoración: ", str(g.rint(1, 5)), "/5\nComentario: ")
        b(*g.pick(coms)())
        b("\n\n")


def k_it_registro_consensi(b, g):
    brand, dom = g.brand("it")
    p = g.person("it")
    a = g.address("IT")
    op = g.person("it")
    b("Registro consensi marketing - estratto\n\nInteressato: ", g.title(p, "it"), " ", (p.full, PER), "\n")
    b("Codice cliente: ", (g.acct("cust"), ACCT), "\nE-mail: ", (g.email(p, "IT"), EM), "\nCellulare: ", (g.phone("IT"), PH), "\n")
    b("Indirizzo: ", (a.one(), ADDR), "\nData di nascita: ", (g.dob("it", g.pick(["num", "long"])), DOB), "\n\n")
    b("Consenso newsletter: SÌ, prestato il ", (g.dtm("it"), DT), " da IP ", (g.ip(0.3), IP), "\n")
    b("Consenso profilazione: NO\nConsenso cessione a terzi: NO\nRevoca: nessuna\n")
    b("Informativa versione ", f"{g.rint(1, 4)}.{g.rint(0, 9)}", " del 2023\nOperatore: ", (op.full, PER), "\n")


def k_pt_cadastro_clube(b, g):
    brand, dom = g.brand("pt")
    p = g.person("pt")
    cc = g.pick(["BR", "BR", "PT"])
    a = g.address(cc)
    b("Cadastro no Clube ", brand, "\n\nNome completo: ", (p.full + (" " + g.pick(NAMES["pt"][2]) if g.chance(0.4) else ""), PER), "\n")
    b("Data de nascimento: ", (g.dob("pt", "num"), DOB), "\nCelular: ", (g.phone(cc), PH), "\nE-mail: ", (g.email(p, cc), EM), "\n")
    b("Endereço: ", (a.street, ADDR), "\nCidade: ", (a.city, LOC), "\n")
    if cc == "BR":
        b("Estado: ", (a.region, LOC), "\n")
    b("CEP: " if cc == "BR" else "Código postal: ", a.postcode, "\n\n")
    b("Aceito receber ofertas por WhatsApp: ", g.pick(["sim", "não"]), "\nCadastrado na loja de ", (g.city(cc), LOC), " em ",
      (g.d("pt", g.pick(["num", "long"])), DT), "\nNúmero do cartão fidelidade: ", (g.acct("loyal"), ACCT), "\n")


def k_nl_klacht_nieuwsbrief(b, g):
    brand, dom = g.brand("nl")
    p = g.person("nl")
    cc = "NL" if g.chance(0.8) else "BE"
    a = g.address(cc)
    em = g.email(p, cc)
    b("Onderwerp: Nog steeds mails ondanks afmelding\nVan: ", (p.full, PER), " <", (em, EM), ">\nDatum: ", g.mail_date(), "\n\n")
    b("Geachte heer/mevrouw,\n\nOp ", (g.d("nl"), DT), " heb ik mij afgemeld voor uw nieuwsbrief, maar ik ontvang nog steeds e-mails op ",
      (em, EM), ". ")
    b("Ook werd ik op ", (g.dtm("nl"), DT), " gebeld op ", (g.phone(cc), PH), " met een aanbieding. ")
    b("Mijn klantnummer is ", (g.acct(g.pick(["num", "cust"])), ACCT), ". Ik verzoek u mijn gegevens te verwijderen (art. 17 AVG) en dit schriftelijk te bevestigen.\n\n")
    b("Met vriendelijke groet,\n\n", (p.full, PER), "\n", (a.multi(), ADDR), "\n")


def k_pl_formularz_zgody(b, g):
    brand, dom = g.brand("pl")
    p = g.person("pl")
    a = g.address("PL")
    b("FORMULARZ ZGODY MARKETINGOWEJ (RODO) - ", brand, "\n\n")
    b("Imię i nazwisko: ", (p.full, PER), "\nAdres e-mail: ", (g.email(p, "PL"), EM), "\nTelefon: ", (g.phone("PL"), PH), "\n")
    b("Adres: ", (a.one(), ADDR), "\nData urodzenia: ", (g.dob("pl", g.pick(["num", "long"])), DOB), "\n\n")
    b("[x] Wyrażam zgodę na otrzymywanie informacji handlowych drogą elektroniczną.\n")
    b("[ ] Wyrażam zgodę na kontakt telefoniczny w celach marketingowych.\n\n")
    b("Numer klienta: ", (g.acct("num"), ACCT), "\n")
    if g.chance(0.6):
        b("Rachunek do zwrotów (IBAN): ", (g.iban("PL"), IBAN), "\n")
    b("Miejsce i data: ", (a.city, LOC), ", ", (g.d("pl", g.pick(["num", "long"])), DT), "\n")
    b("Administrator danych: ", brand, " Sp. z o.o., NIP ", g.digits(10), "\n")


def k_sv_kundklubb(b, g):
    brand, dom = g.brand("sv")
    p = g.person("sv")
    a = g.address("SE")
    b("Ämne: Välkommen till ", brand, " kundklubb!\n\nHej ", (p.first, PER), "!\n\n")
    b("Tack för att du gick med i vår kundklubb. Här är dina uppgifter:\n\n")
    b("Medlemsnummer: ", (g.acct("loyal"), ACCT), "\nNamn: ", (p.full, PER), "\nFödelsedatum: ", (g.dob("sv", g.pick(["iso", "long"])), DOB), "\n")
    b("Adress: ", (a.one(), ADDR), "\nMobil: ", (g.phone("SE"), PH), "\nE-post: ", (g.email(p, "SE"), EM), "\n\n")
    b("Du registrerades i butiken i ", (g.city("SE"), LOC), " den ", (g.d("sv", "long"), DT), ". Din välkomstbonus gäller till ",
      (g.d("sv", g.pick(["iso", "long"])), DT), ".\n\n")
    b("Vill du inte längre få utskick? Avregistrera dig här: ", (g.url(dom, "/avregistrera", True), URL), "\n\nHälsningar,\n", brand, "\n")


def k_tr_kvkk_basvuru(b, g):
    brand, dom = g.brand("tr")
    p = g.person("tr")
    a = g.address("TR")
    b("KVKK KAPSAMINDA VERİ SAHİBİ BAŞVURU FORMU\n\n")
    b("Başvuru sahibi: ", (p.full, PER), "\nT.C. Kimlik No: *******", g.digits(4), "\n")
    b("E-posta: ", (g.email(p, "TR"), EM), "\nCep telefonu: ", (g.phone("TR"), PH), "\nAdres: ", (a.one(), ADDR), "\n")
    b("Müşteri numarası: ", (g.acct(g.pick(["num", "cust"])), ACCT), "\n\n")
    b("Talep: ", (g.d("tr", "long"), DT), " tarihinden beri kampanya SMS'leri almaya devam ediyorum. ")
    b("Ticari elektronik ileti onayımı geri alıyorum; kişisel verilerimin silinmesini ve üçüncü kişilerle paylaşılıp paylaşılmadığının bildirilmesini talep ediyorum.\n\n")
    b("Başvuru tarihi: ", (g.d("tr", "num"), DT), "\nİmza: ", (p.full, PER), "\n\n")
    b("(Şirket içi) Kayıt no: KVKK-", g.digits(5), "  Yanıt süresi: 30 gün  Sorumlu: ", (g.person("tr").full, PER), "\n")


def k_ja_kaiin_touroku(b, g):
    brand, dom = g.brand("ja")
    p = g.person("ja")
    a = g.address("JP")
    jn = f"{p.last} {p.first}"
    b("Kenmei: [", brand, "] Kaiin touroku kanryou no oshirase\n\n", (jn, PER), " sama\n\n")
    b("Kono tabi wa ", brand, " pointo kurabu ni go-touroku itadaki, makoto ni arigatou gozaimasu.\n")
    b("Ika no naiyou de touroku ga kanryou shimashita.\n\n")
    b("Kaiin bangou: ", (f"{g.digits(6)}-{g.digits(4)}", ACCT), "\nO-namae: ", (jn, PER), "\n")
    b("Seinengappi: ", (g.dob("ja", g.pick(["long", "slash"])), DOB), "\nJuusho: ", (a.one(), ADDR), "\n")
    b("Denwa bangou: ", (g.phone("JP"), PH), "\nMeeru adoresu: ", (g.email(p, "JP"), EM), "\n")
    b("Touroku-bi: ", (g.d("ja", g.pick(["long", "iso"])), DT), "\n\n")
    b("Maipeeji: ", (g.url(dom, "/mypage", False), URL), "\n")
    b("Go-fumei na ten wa kasutamaa sentaa (", (g.tollfree("JP"), PH), ", heijitsu nomi) made o-toiawase kudasai.\n")


def k_fr_rdv_showroom(b, g):
    brand = g.pick(["Renault Retail Group", "Garage du Parc", "Auto Premium Nantes", "Peugeot Lyon Confluence"])
    p = g.person(g.pick(["fr", "fr", "ar"]))
    a = g.address("FR")
    cons = g.person("fr")
    b("Objet : Confirmation de votre rendez-vous essai\n\nBonjour ", g.title(p, "fr"), " ", (p.last, PER), ",\n\n")
    b("Nous avons le plaisir de confirmer votre essai le ", (g.dtm("fr", style=g.pick(["wd", "long"])), DT), " dans notre showroom de ",
      (a.city, LOC), " : ", (a.one(), ADDR), ".\n")
    b("Votre conseiller : ", (cons.full, PER), ", ", (g.phone("FR"), PH), ".\n\n")
    b("Merci de vous munir de votre permis de conduire (n° ", (g.digits(12), DL), " enregistré lors de la demande) et d'une pièce d'identité.\n")
    b("Véhicule réservé : ", g.pick(["Mégane E-Tech", "3008 Hybrid", "Clio V"]), ", immatriculation ", g.chars(2, "ABCDEFGHJKLMNPRSTVWXYZ"), "-",
      g.digits(3), "-", g.chars(2, "ABCDEFGHJKLMNPRSTVWXYZ"), ".\n")
    b("Réf. rendez-vous : RDV-", g.digits(7), "\n\nÀ très bientôt,\nL'équipe ", brand, "\n")


# --------------------------------------------------------------------------
# document kinds -- no entities (hard negatives only)
# --------------------------------------------------------------------------
def k_campaign_kpi_report(b, g):
    b("Weekly campaign KPIs - week ", str(g.rint(1, 52)), ", ", str(g.rint(2023, 2025)), "\n\n")
    b("campaign_id        channel   sends     opens    CTR    revenue     ROAS\n")
    for _ in range(g.rint(4, 7)):
        b("cmp_", g.hexs(12), "   ", g.pick(["email", "sms  ", "push ", "paid "]), "   ", str(g.rint(1000, 99999)).ljust(8), "  ",
          str(g.rint(100, 9000)).ljust(7), "  ", f"{g.rint(1, 9)}.{g.rint(0, 9)}%", "   $", g.amount(100, 9999).ljust(9), "  ",
          f"{g.rint(1, 8)}.{g.rint(0, 99):02d}", "\n")
    b("\nNotes: ", g.pick(PERSON_BRANDS), " co-branded push outperformed last Tuesday's send; frequency cap raised to 3/week. ")
    b("Average time to convert 2d 4h. Next review in two weeks.\n")


def k_ad_server_health_log(b, g):
    ts = g.log_day()
    node = f"adsrv-{g.pick(['eu-west-1a', 'us-east-1c', 'ap-northeast-1a'])}-{g.rint(1, 40):02d}"
    for _ in range(g.rint(5, 9)):
        b(ts(), " ", g.pick(["INFO ", "INFO ", "WARN ", "DEBUG"]), " ", node, " ", g.pick([
            f"bid request {g.uuid()} served in {g.rint(3, 90)}ms",
            f"pacing controller v{g.rint(1, 4)}.{g.rint(0, 20)}.{g.rint(0, 9)} adjusted budget multiplier to 0.{g.rint(10, 99)}",
            f"creative cache hit ratio {g.rint(80, 99)}.{g.rint(0, 9)}%",
            f"frequency cap store latency p99={g.rint(5, 120)}ms",
            f"deploy {g.hexs(40)[:12]} healthy",
            f"segment refresh took {g.rint(1, 30)}m{g.rint(0, 59)}s",
            f"order ORD-{g.digits(8)} attribution window 7d",
        ]), "\n")


def k_segment_rules_yaml(b, g):
    b("# audience definitions\nversion: ", f"{g.rint(1, 4)}.{g.rint(0, 9)}.{g.rint(0, 9)}", "\nwarehouse: ${WAREHOUSE_DSN}\n")
    b("api_key: ${{ secrets.CDP_API_KEY }}\nsegments:\n")
    for _ in range(g.rint(3, 5)):
        b("  - id: seg_", g.hexs(8), "\n    name: ", g.pick(["lapsed_90d", "vip_spenders", "cart_abandoners", "birthday_month", "sms_engaged"]),
          "\n    rules:\n      - field: ", g.pick(["last_order_days", "lifetime_value", "email_opens_30d", "points_balance"]),
          "\n        op: ", g.pick(["gt", "lt", "gte"]), "\n        value: ", str(g.rint(1, 500)), "\n    lookback: ", str(g.rint(7, 180)), "d\n")
    b("refresh_cron: \"15 */6 * * *\"\n")


def k_ab_test_readout(b, g):
    b("A/B test readout - subject line test ", g.hexs(6), "\n\n")
    b("Variant A (\"Your weekend picks are here\") vs Variant B (\"Last chance: 20% off ends tonight\").\n")
    b("Sample: ", str(g.rint(20, 90)), ",", str(g.rint(100, 999)), " recipients per arm, test ran for 72 hours.\n")
    b("Open rate: A ", f"{g.rint(18, 30)}.{g.rint(0, 9)}%", ", B ", f"{g.rint(18, 30)}.{g.rint(0, 9)}%", "; click rate A ",
      f"{g.rint(1, 4)}.{g.rint(0, 9)}%", ", B ", f"{g.rint(1, 4)}.{g.rint(0, 9)}%", ".\n")
    b("p-value 0.0", str(g.rint(1, 9)), ", uplift $", g.amount(500, 9000), " projected per send. ")
    b("Recommendation: roll out B from next Monday, rerun with the ", g.pick(PERSON_BRANDS), " audience in Q3. Experiment id exp_", g.hexs(10), ".\n")


def k_hashed_audience_manifest(b, g):
    b("audience_manifest.json\n{\n  \"audience\": \"", g.pick(["lookalike_seed", "suppression_all", "vip_match"]), "\",\n")
    b("  \"hash\": \"SHA-256\",\n  \"normalisation\": \"lowercase+trim\",\n  \"rows\": ", str(g.rint(1000, 200000)), ",\n  \"sample\": [\n")
    for i in range(g.rint(3, 5)):
        b("    \"", g.sha(), "\",\n")
    b("    \"", g.sha(), "\"\n  ],\n  \"masked_preview\": [\"", g.pick("abcdefghjkmnprst"), "***@gmail.com\", \"", g.pick("abcdefghjkmnprst"),
      "***@web.de\", \"+1 *** *** ", g.digits(2), "\"],\n")
    b("  \"file_sha256\": \"", g.sha(), "\",\n  \"uploaded_epoch\": ", g.epoch(), "\n}\n")


def k_de_kampagnen_auswertung(b, g):
    b("Kampagnenauswertung KW ", str(g.rint(1, 52)), "/", str(g.rint(2023, 2025)), "\n\n")
    b("Kampagne             Versand    Öffnungen  Klickrate  Umsatz\n")
    for _ in range(g.rint(3, 6)):
        b(g.pick(["Frühjahrsaktion", "Sommerschlussverkauf", "Reaktivierung", "Geburtstagsmail", "Warenkorb"]).ljust(20), " ",
          str(g.rint(1000, 90000)).ljust(10), " ", str(g.rint(100, 9000)).ljust(10), " ", f"{g.rint(1, 9)},{g.rint(0, 9)} %".ljust(10), " ",
          g.amount(100, 9999).replace(".", ","), " €\n")
    b("\nHinweis: Die Abmelderate lag bei 0,", str(g.rint(1, 9)), " %. Nächste Auswertung am Montag. Auftragsnummern siehe Ticket MKT-",
      g.digits(4), ".\n")


def k_es_informe_envios(b, g):
    b("Informe de envíos - campaña ", g.pick(["rebajas", "vuelta al cole", "black friday", "fidelización"]), " (", str(g.rint(2023, 2025)), ")\n\n")
    b("Enviados: ", str(g.rint(10, 99)), ".", str(g.rint(100, 999)), "\nEntregados: ", str(g.rint(90, 99)), ",", str(g.rint(0, 9)), " %\n")
    b("Aperturas únicas: ", str(g.rint(15, 40)), ",", str(g.rint(0, 9)), " %\nBajas: ", str(g.rint(10, 400)), "\nRebotes duros: ", str(g.rint(10, 900)), "\n")
    b("Ingresos atribuidos: ", g.amount(1000, 90000).replace(".", ","), " €\n\nComentario: el envío del martes rindió mejor que el del jueves; ")
    b("el próximo lote sale dentro de tres días. ID de campaña ", g.uuid(), ".\n")


def k_martech_release_notes(b, g):
    b("CDP connector release notes\n\n")
    for _ in range(g.rint(2, 4)):
        b("## v", f"{g.rint(1, 5)}.{g.rint(0, 30)}.{g.rint(0, 9)}", " (build ", g.hexs(7), ")\n")
        for item in g.r.sample(["Fixed duplicate events when the retry queue exceeded 10k items",
                                "Consent purposes now synced every 15 minutes",
                                "Dropped support for API version 2.1",
                                "Hashing now uses SHA-256 with trimmed, lowercased input",
                                "Suppression lists respect ${TENANT_ID} scoping",
                                "Reduced payload size by 18%"], g.rint(2, 3)):
            b("- ", item, " (", g.pick(["MKT", "CDP", "OPS"]), "-", g.digits(4), ", commit ", g.hexs(40), ")\n")
        b("\n")


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
KINDS = [
    # English
    ("crm_contacts_csv", "en", False, k_crm_contacts_csv),
    ("campaign_team_email", "en", False, k_campaign_team_email),
    ("unsubscribe_service_log", "en", False, k_unsubscribe_log),
    ("consent_record_json", "en", False, k_consent_record_json),
    ("web_lead_form", "en", False, k_web_lead_form),
    ("cdp_track_event_json", "en", False, k_cdp_track_event),
    ("ad_platform_api_log", "en", False, k_ad_platform_api_log),
    ("loyalty_signup_confirmation", "en", False, k_loyalty_signup_confirmation),
    ("nps_survey_export_csv", "en", False, k_nps_survey_export),
    ("dsar_response_letter", "en", False, k_dsar_response_letter),
    ("dsar_helpdesk_ticket", "en", False, k_dsar_helpdesk_ticket),
    ("email_list_tsv", "en", False, k_email_list_tsv),
    ("sms_optin_gateway_log", "en", False, k_sms_optin_gateway_log),
    ("promo_sms_thread", "en", False, k_promo_sms_thread),
    ("crm_activity_note", "en", False, k_crm_activity_note),
    ("marketing_slack_export", "en", False, k_marketing_slack_export),
    ("martech_env_file", "en", False, k_martech_env_file),
    ("email_templates_ci_yaml", "en", False, k_email_templates_ci_yaml),
    ("cdp_destinations_yaml", "en", False, k_cdp_destinations_yaml),
    ("crm_sftp_export_config", "en", False, k_crm_sftp_export_config),
    ("newsletter_billing_record", "en", False, k_newsletter_billing_record),
    ("subscription_sepa_mandate", "en", False, k_subscription_sepa_mandate),
    ("pharma_hcp_target_list", "en", False, k_pharma_hcp_target_list),
    ("patient_outreach_worklist", "en", False, k_patient_outreach_worklist),
    ("wellness_enrollment_form", "en", False, k_wellness_enrollment_form),
    ("dealership_lead_sheet", "en", False, k_dealership_lead_sheet),
    ("credit_prescreen_fixedwidth", "en", False, k_credit_prescreen_fixedwidth),
    ("direct_mail_fixedwidth", "en", False, k_direct_mail_fixedwidth),
    ("ad_click_log", "en", False, k_ad_click_log),
    ("customer_match_upload", "en", False, k_customer_match_upload),
    ("webinar_registration_email", "en", False, k_webinar_registration_email),
    ("abandoned_cart_email", "en", False, k_abandoned_cart_email),
    ("bounce_report", "en", False, k_bounce_report),
    ("erasure_request_log", "en", False, k_erasure_request_log),
    ("affiliate_payout_csv", "en", False, k_affiliate_payout_csv),
    ("support_chat_transcript", "en", False, k_support_chat_transcript),
    ("checkout_debug_log", "en", False, k_checkout_debug_log),
    ("crm_vcard_export", "en", False, k_crm_vcard_export),
    ("campaign_review_ics", "en", False, k_campaign_review_ics),
    ("security_incident_report", "en", False, k_security_incident_report),
    ("crm_contact_xml", "en", False, k_crm_contact_xml),
    ("sweepstakes_entry", "en", False, k_sweepstakes_entry),
    ("pet_store_loyalty", "en", False, k_pet_store_loyalty),
    ("hospital_crm_hl7_feed", "en", False, k_hospital_crm_hl7),
    ("fhir_patient_engagement_json", "en", False, k_fhir_patient_engagement),
    # other languages
    ("de_doi_bestaetigung", "de", False, k_de_doi_bestaetigung),
    ("de_sepa_lastschriftmandat", "de", False, k_de_sepa_lastschriftmandat),
    ("de_dsgvo_auskunft", "de", False, k_de_dsgvo_auskunft),
    ("de_crm_export_semicolon", "de", False, k_de_crm_export_semicolon),
    ("fr_desinscription_reclamation", "fr", False, k_fr_desinscription),
    ("fr_carte_fidelite", "fr", False, k_fr_carte_fidelite),
    ("fr_rdv_essai_showroom", "fr", False, k_fr_rdv_showroom),
    ("es_formulario_contacto", "es", False, k_es_formulario_contacto),
    ("es_encuesta_satisfaccion", "es", False, k_es_encuesta_satisfaccion),
    ("it_registro_consensi", "it", False, k_it_registro_consensi),
    ("pt_cadastro_clube", "pt", False, k_pt_cadastro_clube),
    ("nl_klacht_nieuwsbrief", "nl", False, k_nl_klacht_nieuwsbrief),
    ("pl_formularz_zgody", "pl", False, k_pl_formularz_zgody),
    ("sv_kundklubb_valkommen", "sv", False, k_sv_kundklubb),
    ("tr_kvkk_basvuru", "tr", False, k_tr_kvkk_basvuru),
    ("ja_kaiin_touroku", "ja", False, k_ja_kaiin_touroku),
    # hard negatives only
    ("campaign_kpi_report", "en", True, k_campaign_kpi_report),
    ("ad_server_health_log", "en", True, k_ad_server_health_log),
    ("segment_rules_yaml", "en", True, k_segment_rules_yaml),
    ("ab_test_readout", "en", True, k_ab_test_readout),
    ("hashed_audience_manifest", "en", True, k_hashed_audience_manifest),
    ("martech_release_notes", "en", True, k_martech_release_notes),
    ("de_kampagnen_auswertung", "de", True, k_de_kampagnen_auswertung),
    ("es_informe_envios", "es", True, k_es_informe_envios),
]
_EMPTY = [k for k in KINDS if k[2]]
_EN = [k for k in KINDS if not k[2] and k[1] == "en"]
_NONEN = [k for k in KINDS if not k[2] and k[1] != "en"]
P_EMPTY = 0.12
P_NONEN = 0.23


def _make(seed, i):
    """Document i for seed -> (kind_name, lang, doc). Independent of n."""
    rng = random.Random(f"corpus_blind69|{seed}|{i}")
    r = rng.random()
    if r < P_EMPTY:
        pool = _EMPTY
    elif r < P_EMPTY + P_NONEN:
        pool = _NONEN
    else:
        pool = _EN
    name, lang, _empty, fn = pool[rng.randrange(len(pool))]
    b = Builder()
    fn(b, Gen(rng))
    doc = {"id": f"blind69-{seed}-{i:05d}", "text": b.text(), "entities": b.entities()}
    return name, lang, doc


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"https?://[^\s\"'<>\\]+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
CARD16_RE = re.compile(r"(?<![\d -])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?![\d])")
LEAD = set("\"'([{<«“‘")
TRAIL = set("\"')]}>.,;:!?»”’")


def _ssn_valid(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, gr, se = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and gr != "00" and se != "0000"


def _shape(t, s):
    """Return a problem string or None."""
    if t == EM:
        return None if EMAIL_RE.fullmatch(s) else "bad email"
    if t == URL:
        if not re.fullmatch(r"https?://\S+", s):
            return "bad url"
        if "@" in s or IPV4_RE.search(s):
            return "url contains email/ip"
        return None
    if t == IP:
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "bad ip"
        return None
    if t == PH:
        d = re.sub(r"\D", "", s)
        if not 6 <= len(d) <= 15 or not re.fullmatch(r"\+?[\d ()./-]+", s):
            return "bad phone"
        return None
    if t == SSN:
        return None if _ssn_valid(s) else "invalid ssn"
    if t == CC:
        d = re.sub(r"[ -]", "", s)
        if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
            return "bad card"
        return None
    if t == IBAN:
        c = s.replace(" ", "")
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c) or iban_mod97(c) != 1:
            return "bad iban"
        return None
    if t in (DT, DOB):
        return None if re.search(r"\d", s) else "date without digit"
    if t == PER:
        if re.search(r"[\d@]", s) or len(s.split()) > 6:
            return "bad person"
        return None
    if t == LOC:
        return "digit in location" if re.search(r"\d", s) else None
    if t == ADDR:
        return None if re.search(r"\d", s) else "address without number"
    if t in (MRN, HPN, ACCT, DL):
        if not re.search(r"\d", s) or len(s) > 32:
            return "bad id"
        return None
    if t == AKID:
        return None if re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", s) else "bad akid"
    if t == ASK:
        return None if re.fullmatch(r"[A-Za-z0-9/+]{40}", s) else "bad aws secret"
    if t == GH:
        return None if re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", s) else "bad gh"
    if t == SLK:
        return None if re.fullmatch(r"xox[abprs]-[0-9A-Za-z-]{20,}", s) else "bad slack"
    if t == STR:
        return None if re.fullmatch(r"(sk|pk|rk)_(live|test)_[A-Za-z0-9]{24,}", s) else "bad stripe"
    if t == JWT:
        return None if re.fullmatch(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", s) else "bad jwt"
    if t == PK:
        return None if re.fullmatch(r"-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+\n-----END [A-Z ]*PRIVATE KEY-----", s) else "bad pem"
    if t in (PW, SEC):
        return None if len(s) >= 6 and not re.search(r"\s", s) else "bad secret"
    return None


def validate(doc):
    probs = []
    if not isinstance(doc, dict) or set(doc) != {"id", "text", "entities"}:
        return ["doc must have exactly id/text/entities"]
    text, ents = doc["text"], doc["entities"]
    if not isinstance(text, str) or not isinstance(ents, list):
        return ["bad field types"]
    if not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)} outside 150-3000")
    prev_end, prev_start = 0, -1
    spans_by_type = {}
    for e in ents:
        if set(e) != {"start", "end", "type"}:
            probs.append(f"bad entity keys {e}")
            continue
        s, t, ty = e["start"], e["end"], e["type"]
        if ty not in TYPES:
            probs.append(f"unknown type {ty}")
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            probs.append(f"span out of range {e}")
            continue
        if s < prev_start:
            probs.append("entities not sorted")
        if s < prev_end:
            probs.append(f"overlap at {s}")
        prev_start, prev_end = s, max(prev_end, t)
        span = text[s:t]
        spans_by_type.setdefault(ty, set()).add((s, t))
        if span != span.strip():
            probs.append(f"whitespace at edge of {ty} {span!r}")
        if "\n" in span and ty not in (ADDR, PK):
            probs.append(f"newline inside {ty} {span!r}")
        if ty not in SECRET_TYPES:
            if span[0] in LEAD and not (ty == PH and span[0] == "(" and ")" in span):
                probs.append(f"leading punctuation in {ty} {span!r}")
            if span[-1] in TRAIL:
                probs.append(f"trailing punctuation in {ty} {span!r}")
        p = _shape(ty, span)
        if p:
            probs.append(f"{p}: {span!r}")
        # span should not cut a word in half
        if s > 0 and (text[s - 1].isalnum() and span[0].isalnum()):
            probs.append(f"span starts mid-word {ty} {span!r}")
        if t < len(text) and (text[t].isalnum() and span[-1].isalnum()):
            probs.append(f"span ends mid-word {ty} {span!r}")

    def covered(ty, a, z):
        return any(s <= a and z <= t for s, t in spans_by_type.get(ty, ()))
    for m in EMAIL_RE.finditer(text):
        if (m.start(), m.end()) not in spans_by_type.get(EM, set()):
            probs.append(f"unlabelled/partial email {m.group()!r}")
    for m in URL_RE.finditer(text):
        u = m.group().rstrip(".,;:!?)")
        if (m.start(), m.start() + len(u)) not in spans_by_type.get(URL, set()) and not covered(SEC, m.start(), m.end()):
            probs.append(f"unlabelled/partial url {u!r}")
    for m in IPV4_RE.finditer(text):
        if all(0 <= int(x) <= 255 for x in m.group().split(".")) and not covered(IP, m.start(), m.end()) \
                and not covered(URL, m.start(), m.end()):
            probs.append(f"unlabelled ipv4 {m.group()!r}")
    for m in SSN_RE.finditer(text):
        lab = covered(SSN, m.start(), m.end())
        if not lab and _ssn_valid(m.group()) and not any(covered(x, m.start(), m.end()) for x in (PH, ACCT, MRN, HPN, DL, CC)):
            probs.append(f"unlabelled valid SSN {m.group()!r}")
    for m in CARD16_RE.finditer(text):
        if luhn_ok(m.group()) and not any(covered(x, m.start(), m.end()) for x in (CC, ACCT, IBAN, MRN, HPN, DL, PH, SEC)):
            probs.append(f"unlabelled Luhn-valid 16-digit number {m.group()!r}")
    return probs


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------
def _marked(doc):
    text, out, pos = doc["text"], [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{text[e['start']:e['end']]}]]<{e['type']}>")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def _check():
    n, seed = 3000, 0
    problems = []
    type_counts, kind_counts = Counter(), Counter()
    non_en = no_ent = 0
    docs = []
    for i in range(n):
        kind, lang, doc = _make(seed, i)
        docs.append(doc)
        kind_counts[kind] += 1
        if lang != "en":
            non_en += 1
        if not doc["entities"]:
            no_ent += 1
        empty_kind = next(k[2] for k in KINDS if k[0] == kind)
        if empty_kind and doc["entities"]:
            problems.append(f"{doc['id']} ({kind}): entities in a no-entity kind")
        if not empty_kind and not doc["entities"]:
            problems.append(f"{doc['id']} ({kind}): no entities in an entity kind")
        for p in validate(doc):
            problems.append(f"{doc['id']} ({kind}): {p}")
        for e in doc["entities"]:
            type_counts[e["type"]] += 1
    # determinism and independence from n
    again = list(generate(n, seed))
    if json.dumps(again, sort_keys=True) != json.dumps(docs, sort_keys=True):
        problems.append("generation is not deterministic")
    short = list(generate(37, seed))
    if json.dumps(short, sort_keys=True) != json.dumps(docs[:37], sort_keys=True):
        problems.append("document i depends on n")
    names = [k[0] for k in KINDS]
    if len(set(names)) != len(names):
        problems.append("duplicate kind names")
    if len(KINDS) < 57:
        problems.append(f"only {len(KINDS)} kinds")
    missing = [t for t in TYPES if type_counts[t] == 0]
    if missing:
        problems.append(f"missing types: {missing}")
    unused = [k for k in names if kind_counts[k] == 0]
    if unused:
        problems.append(f"kinds never generated: {unused}")
    print(f"documents: {n}  kinds: {len(KINDS)}  entities: {sum(type_counts.values())}")
    print("per-type counts:")
    for t in TYPES:
        print(f"  {t:24s} {type_counts[t]}")
    print("per-kind counts:")
    for k in names:
        print(f"  {k:32s} {kind_counts[k]}")
    print(f"share non-English: {non_en / n:.3f}")
    print(f"share no-entity:   {no_ent / n:.3f}")
    lens = [len(d["text"]) for d in docs]
    print(f"length min/max/mean: {min(lens)}/{max(lens)}/{sum(lens) / n:.0f}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems[:60]:
            print("  " + p)
        return 1
    print("OK: no problems")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 69 (marketing / CRM / adtech)")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return _check()
    if a.sample:
        for i in range(a.sample):
            kind, lang, doc = _make(a.seed, i)
            print(f"=== {doc['id']}  kind={kind}  lang={lang}  entities={len(doc['entities'])}")
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
