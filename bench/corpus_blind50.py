#!/usr/bin/env python3
r"""Blind corpus 50: hospitality, restaurants, food delivery and hotels.

Synthetic documents for a PII/PHI/secrets detector: reservation systems,
booking confirmations, guest folios, loyalty exports, delivery-app chats,
courier dispatch logs, kitchen allergy notes, catering contracts, staff
rosters and payroll slips, reviews and complaints, PMS exports, POS logs.

Usage:
  python3 corpus_blind50.py --check
  python3 corpus_blind50.py --sample 3
  python3 corpus_blind50.py --n 500 --seed 1 --output out.jsonl

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
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import date, datetime, timedelta
from urllib.parse import urlparse

# ----------------------------------------------------------------------------
# Entity types
# ----------------------------------------------------------------------------
PER, EM, PH, SSN, CC, IB, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                     "DRIVER_LICENSE")
AK, SK, GH, SL, ST, JWT, PK, PW, GS = ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN",
                                       "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
                                       "PASSWORD", "GENERIC_SECRET")
ALL_TYPES = [PER, EM, PH, SSN, CC, IB, IP, DOB, DT, LOC, ADR, URL, MRN, HPN, ACC, DL,
             AK, SK, GH, SL, ST, JWT, PK, PW, GS]

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
AL = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"

# ----------------------------------------------------------------------------
# Name pools: culture -> (male given, female given, family)
# ----------------------------------------------------------------------------
_NAMES = {
    "us": ("James Michael Robert David William Daniel Tyler Brandon Kevin Marcus",
           "Jennifer Ashley Jessica Emily Sarah Megan Brittany Lauren Rachel Tiffany",
           "Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thompson,Harris,Walker,Robinson"),
    "uk": ("Oliver Harry George Jack Callum Rhys Alistair Nigel Graham Declan",
           "Olivia Amelia Charlotte Poppy Gemma Harriet Imogen Fiona Kirsty Bethany",
           "Clarke,Hughes,Evans,Wright,Thornton,Ashworth,Fletcher,Pemberton,McAllister,Sinclair,Hargreaves,Whitfield"),
    "ie": ("Seán Ciarán Pádraig Cian Oisín Eoin", "Aoife Niamh Saoirse Siobhán Róisín Gráinne",
           "O'Brien,Murphy,Kelly,O'Sullivan,Walsh,Byrne,McCarthy,Ó Súilleabháin"),
    "de": ("Lukas Jonas Felix Maximilian Tobias Stefan Jürgen Matthias Florian Uwe",
           "Anna Lea Sophie Katharina Julia Sabine Ulrike Marlene Jana Birgit",
           "Müller,Schmidt,Schneider,Fischer,Weber,Becker,Hoffmann,Schäfer,Koch,Wagner,Zimmermann,Krüger,Groß,Köhler"),
    "fr": ("Jean-Luc Mathieu Antoine Julien Théo Baptiste Hugo Olivier Rémi Étienne",
           "Camille Chloé Manon Inès Léa Élodie Margaux Sandrine Océane Aurélie",
           "Martin,Bernard,Dubois,Lefèvre,Moreau,Laurent,Girard,Rousseau,Fontaine,Chevalier,Mercier,Lemaire"),
    "es": ("Javier Alejandro Sergio Pablo Álvaro Diego Iñigo Raúl Andrés Jordi",
           "Lucía María Carmen Paula Nerea Ainhoa Marta Elena Rocío Begoña",
           "García,Fernández,López,Martínez,Sánchez,Pérez,Gómez,Ruiz,Hernández,Díaz,Moreno,Álvarez,García López,Ibáñez"),
    "mx": ("Emiliano Santiago Ricardo Arturo Mateo Joaquín Rodrigo",
           "Guadalupe Ximena Valeria Fernanda Mariana Itzel Renata",
           "Hernández,González,Ramírez,Flores,Cruz,Morales,Reyes,Gutiérrez,Mendoza,Castillo"),
    "it": ("Giuseppe Marco Luca Alessandro Davide Matteo Lorenzo Federico Simone Gianluca",
           "Giulia Francesca Chiara Martina Alessia Valentina Federica Elisa Sara Beatrice",
           "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,De Luca,Conti,Mancini"),
    "pt": ("João Tiago Rui Miguel Duarte Gonçalo Nuno Afonso Rodrigo Vasco",
           "Beatriz Inês Mariana Leonor Matilde Catarina Joana Rita Sofia Carolina",
           "Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Sousa,Gonçalves,Carvalho,Magalhães"),
    "nl": ("Daan Sem Lucas Bram Thijs Joris Pieter Maarten Ruud Sander",
           "Emma Sanne Fleur Anouk Lotte Femke Marieke Ilse Noor Eline",
           "de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Visser,Smit,Meijer,de Boer,Mulder,Bos,van der Linden"),
    "pl": ("Piotr Krzysztof Tomasz Paweł Michał Łukasz Grzegorz Marek Jakub Wojciech",
           "Agnieszka Katarzyna Małgorzata Anna Magdalena Joanna Zofia Aleksandra Ewa Monika",
           "Nowak,Kowalski,Wiśniewski,Wójcik,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski"),
    "sv": ("Erik Lars Anders Johan Oskar Nils Henrik Magnus Gustav Björn",
           "Astrid Ingrid Maja Elin Linnea Karin Sofia Frida Sigrid Ebba",
           "Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Lindqvist,Bergström,Lundgren,Sjöberg,Holmberg,Åkesson"),
    "da": ("Mads Rasmus Søren Mikkel Frederik Jens Anders Kasper Troels Emil",
           "Mette Sofie Ida Freja Camilla Line Signe Trine Louise Maja",
           "Jensen,Nielsen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen,Jørgensen,Kjærgaard,Møller"),
    "no": ("Ole Magnus Håkon Sindre Eirik Torbjørn Kristian Sverre Jon Aksel",
           "Ingrid Kari Nora Silje Marte Ragnhild Hanne Tuva Solveig Ane",
           "Hansen,Johansen,Olsen,Larsen,Andersen,Berg,Haugen,Bakken,Strand,Løvås,Solberg,Dahl"),
    "fi": ("Mikko Juha Antti Jukka Ville Eero Lauri Aleksi Tuomas Onni",
           "Aino Sanna Laura Johanna Noora Venla Tiina Elina Kaisa Aada",
           "Korhonen,Virtanen,Mäkinen,Nieminen,Mäkelä,Hämäläinen,Laine,Heikkinen,Koskinen,Järvinen,Lehtonen,Salo"),
    "cs": ("Jan Petr Tomáš Jiří Martin Lukáš Ondřej Vojtěch Jakub Pavel",
           "Tereza Eliška Lucie Kateřina Veronika Barbora Markéta Jana Klára Hana",
           "Novák,Svoboda,Novotný,Dvořák,Černý,Procházka,Kučera,Veselý,Horák,Němec,Pokorný,Marek"),
    "tr": ("Mehmet Mustafa Ahmet Emre Burak Can Oğuz Murat Hakan Kerem",
           "Ayşe Fatma Zeynep Elif Merve Büşra Ebru Selin Gül Derya",
           "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Aydın,Öztürk,Arslan,Doğan,Kılıç,Koç"),
    "ja": ("Haruto Takeshi Kenji Daisuke Ren Sota Hiroshi", "Yui Sakura Aoi Haruka Yuki Emi Nanami",
           "Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato"),
    "zh": ("Wei Jun Hao Lei Jian Zhiwei Yong", "Na Xiu Ying Mei Fang Yan Xiaoling Jing",
           "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou"),
    "ko": ("Min-jun Seo-jun Ji-hoon Hyun-woo Dong-hyun", "Seo-yeon Ji-woo Min-seo Ha-eun Soo-ah",
           "Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon"),
    "in": ("Arjun Rahul Vikram Aditya Rohan Sanjay Karthik Pranav",
           "Priya Ananya Divya Kavya Neha Shreya Lakshmi Pooja",
           "Sharma,Patel,Iyer,Reddy,Nair,Gupta,Singh,Chatterjee,Menon,Desai,Krishnamurthy"),
    "ar": ("Mohammed Youssef Karim Omar Hamza Rachid Tarek", "Fatima Leila Amira Nadia Samira Yasmine Salma",
           "Benali,El Amrani,Haddad,Mansour,Bouazza,Khalil,Saleh,Nasser"),
    "ng": ("Chinedu Oluwaseun Emeka Babatunde Tunde Ikenna", "Ngozi Adaeze Funmilayo Chiamaka Folake Yetunde",
           "Okafor,Adeyemi,Okonkwo,Balogun,Eze,Nwosu,Adebayo,Ogunleye"),
    "vi": ("Minh Tuan Duc Quang Huy", "Linh Trang Thao Huong Mai", "Nguyen,Tran,Le,Pham,Hoang,Vu,Dang"),
    "ru": ("Dmitri Alexei Sergei Ivan Nikolai", "Olga Natalia Irina Svetlana Ekaterina",
           "Ivanov,Petrov,Smirnov,Kuznetsov,Volkov,Sokolov"),
    "gr": ("Nikos Giorgos Dimitris Kostas Yannis", "Eleni Katerina Sofia Despina Maria",
           "Papadopoulos,Papadakis,Georgiou,Nikolaidis,Karagiannis,Vlachos"),
}
NAMES = {k: (m.split(), f.split(), s.split(",")) for k, (m, f, s) in _NAMES.items()}


def femform(cul, f):
    if cul == "pl" and f.endswith(("ski", "cki", "dzki")):
        return f[:-1] + "a"
    if cul == "cs":
        if f.endswith("ý"):
            return f[:-1] + "á"
        if f.endswith("a"):
            return f[:-1] + "ová"
        if f.endswith(("ec", "ek")):
            return f[:-2] + f[-1] + "ová"
        return f + "ová"
    if cul == "ru" and f.endswith(("ov", "ev", "in")):
        return f + "a"
    if cul == "gr":
        if f.endswith("os"):
            return f[:-2] + "ou"
        if f.endswith("is"):
            return f[:-1]
    return f


# country code -> cultures of residents
CC_CUL = {
    "US": ["us", "us", "us", "mx", "in", "zh", "ko", "ng", "vi", "ie", "it"],
    "CA": ["us", "fr", "zh", "in", "uk"], "GB": ["uk", "uk", "uk", "in", "ng", "pl", "ie"],
    "IE": ["ie", "ie", "uk"], "AU": ["uk", "vi", "zh", "gr"], "IN": ["in"],
    "DE": ["de", "de", "de", "tr", "pl", "ru"], "AT": ["de"], "CH": ["de", "it", "fr"],
    "FR": ["fr", "fr", "ar"], "BE": ["nl", "fr"], "ES": ["es"], "MX": ["mx"], "IT": ["it"],
    "PT": ["pt"], "NL": ["nl", "nl", "tr"], "PL": ["pl"], "SE": ["sv", "sv", "fi"], "DK": ["da"],
    "NO": ["no"], "FI": ["fi", "fi", "sv"], "CZ": ["cs"], "TR": ["tr"], "JP": ["ja"],
}
TITLES = {
    "en": (["Mr.", "Mr", "Dr."], ["Ms.", "Mrs.", "Ms", "Dr."]), "gb": (["Mr", "Dr"], ["Ms", "Mrs", "Dr"]),
    "de": (["Herr", "Herr Dr."], ["Frau", "Frau Dr."]), "fr": (["M.", "Monsieur"], ["Mme", "Madame"]),
    "es": (["Sr.", "D."], ["Sra.", "Dña."]), "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"]),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra."]), "nl": (["dhr.", "de heer"], ["mevr.", "mevrouw"]),
    "pl": (["Pan"], ["Pani"]), "cs": (["pan"], ["paní"]),
}

# ----------------------------------------------------------------------------
# Countries, cities, streets
# ----------------------------------------------------------------------------
COUNTRY = {
    "US": ("United States", "USA"), "CA": ("Canada", "Canada"), "GB": ("United Kingdom", "UK"),
    "IE": ("Ireland", "Éire"), "AU": ("Australia", "Australia"), "IN": ("India", "India"),
    "DE": ("Germany", "Deutschland"), "AT": ("Austria", "Österreich"), "CH": ("Switzerland", "Schweiz"),
    "FR": ("France", "France"), "BE": ("Belgium", "Belgique"), "ES": ("Spain", "España"),
    "MX": ("Mexico", "México"), "IT": ("Italy", "Italia"), "PT": ("Portugal", "Portugal"),
    "NL": ("Netherlands", "Nederland"), "PL": ("Poland", "Polska"), "SE": ("Sweden", "Sverige"),
    "DK": ("Denmark", "Danmark"), "NO": ("Norway", "Norge"), "FI": ("Finland", "Suomi"),
    "CZ": ("Czech Republic", "Česko"), "TR": ("Turkey", "Türkiye"), "JP": ("Japan", "Japan"),
}
CITIES = {
    "US": [("Chicago", "IL", "606##"), ("Austin", "TX", "787##"), ("Portland", "OR", "972##"),
           ("Denver", "CO", "802##"), ("Miami", "FL", "331##"), ("Seattle", "WA", "981##"),
           ("Boston", "MA", "021##"), ("Nashville", "TN", "372##"), ("San Diego", "CA", "921##"),
           ("Savannah", "GA", "314##"), ("New Orleans", "LA", "701##"), ("Charleston", "SC", "294##")],
    "CA": [("Toronto", "ON", "M5V #A#"), ("Vancouver", "BC", "V6B #A#"), ("Montréal", "QC", "H2X #A#"),
           ("Calgary", "AB", "T2P #A#")],
    "GB": [("London", None, "SE1 #AA"), ("London", None, "N1 #AA"), ("Manchester", None, "M4 #AA"),
           ("Leeds", None, "LS6 #AA"), ("Edinburgh", None, "EH1 #AA"), ("Bristol", None, "BS1 #AA"),
           ("Brighton", None, "BN1 #AA")],
    "IE": [("Dublin", None, "D02 A###"), ("Galway", None, "H91 A###"), ("Cork", None, "T12 A###")],
    "AU": [("Sydney", "NSW", "20##"), ("Melbourne", "VIC", "30##"), ("Brisbane", "QLD", "40##"),
           ("Perth", "WA", "60##")],
    "IN": [("Bengaluru", "Karnataka", "560###"), ("Mumbai", "Maharashtra", "400###"),
           ("Chennai", "Tamil Nadu", "600###"), ("New Delhi", "Delhi", "110###")],
    "DE": [("Berlin", None, "10###"), ("München", None, "80###"), ("Hamburg", None, "20###"),
           ("Köln", None, "50###"), ("Frankfurt am Main", None, "60###"), ("Leipzig", None, "04###"),
           ("Dresden", None, "01###"), ("Stuttgart", None, "70###")],
    "AT": [("Wien", None, "1###"), ("Graz", None, "80##"), ("Salzburg", None, "50##"), ("Innsbruck", None, "60##")],
    "CH": [("Zürich", None, "80##"), ("Bern", None, "30##"), ("Basel", None, "40##"), ("Luzern", None, "60##")],
    "FR": [("Paris", None, "750##"), ("Lyon", None, "6900#"), ("Marseille", None, "130##"),
           ("Bordeaux", None, "33000"), ("Nantes", None, "44000"), ("Strasbourg", None, "67000"),
           ("Lille", None, "59000")],
    "BE": [("Bruxelles", None, "1000"), ("Antwerpen", None, "2000"), ("Gent", None, "9000"), ("Liège", None, "4000")],
    "ES": [("Madrid", None, "280##"), ("Barcelona", None, "080##"), ("Sevilla", None, "410##"),
           ("Valencia", None, "460##"), ("Bilbao", None, "480##"), ("Málaga", None, "290##")],
    "MX": [("Ciudad de México", "CDMX", "06###"), ("Guadalajara", "Jalisco", "44###"),
           ("Monterrey", "Nuevo León", "64###"), ("Oaxaca", "Oaxaca", "68###")],
    "IT": [("Milano", "MI", "201##"), ("Roma", "RM", "001##"), ("Napoli", "NA", "801##"),
           ("Torino", "TO", "101##"), ("Firenze", "FI", "501##"), ("Bologna", "BO", "401##")],
    "PT": [("Lisboa", None, "1100-###"), ("Porto", None, "4000-###"), ("Coimbra", None, "3000-###"),
           ("Faro", None, "8000-###")],
    "NL": [("Amsterdam", None, "10## AA"), ("Rotterdam", None, "30## AA"), ("Utrecht", None, "35## AA"),
           ("Den Haag", None, "25## AA"), ("Eindhoven", None, "56## AA")],
    "PL": [("Warszawa", None, "00-###"), ("Kraków", None, "30-###"), ("Gdańsk", None, "80-###"),
           ("Wrocław", None, "50-###"), ("Poznań", None, "60-###")],
    "SE": [("Stockholm", None, "1## ##"), ("Göteborg", None, "4## ##"), ("Malmö", None, "2## ##"),
           ("Uppsala", None, "75# ##")],
    "DK": [("København", None, "1###"), ("Aarhus", None, "8000"), ("Odense", None, "5000"), ("Aalborg", None, "9000")],
    "NO": [("Oslo", None, "0###"), ("Bergen", None, "50##"), ("Trondheim", None, "70##"), ("Stavanger", None, "40##")],
    "FI": [("Helsinki", None, "00###"), ("Tampere", None, "33###"), ("Turku", None, "20###"), ("Oulu", None, "90###")],
    "CZ": [("Praha", None, "1## 00"), ("Brno", None, "6## 00"), ("Ostrava", None, "7## 00"), ("Plzeň", None, "3## 00")],
    "TR": [("İstanbul", "Kadıköy", "34###"), ("İstanbul", "Beşiktaş", "34###"), ("Ankara", "Çankaya", "06###"),
           ("İzmir", "Konak", "35###"), ("Antalya", "Muratpaşa", "07###")],
    "JP": [("Tokyo", None, "1##-####"), ("Osaka", None, "5##-####"), ("Kyoto", None, "6##-####")],
}
STREETS = {
    "US": ["Maple Ave", "Oak Street", "W Division St", "Congress Ave", "SE Hawthorne Blvd", "Larimer St",
           "Collins Ave", "Pike Street", "Newbury St", "Broadway", "Harbor Dr", "Magazine St"],
    "CA": ["King St W", "Robson Street", "Rue Sainte-Catherine O", "Stephen Ave SW", "Queen St E"],
    "GB": ["Kingsway Road", "High Street", "Deansgate", "Church Lane", "Victoria Road", "Queen Street",
           "Princes Street", "Park Row"],
    "IE": ["Dame Street", "Shop Street", "Grand Parade", "Baggot Street Lower"],
    "AU": ["George St", "Collins Street", "Queen St", "Hay Street", "Oxford St"],
    "IN": ["MG Road", "Linking Road", "Anna Salai", "100 Feet Road, Indiranagar"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Kastanienallee", "Lindenweg", "Gartenstraße",
           "Am Markt", "Friedrichstraße"],
    "AT": ["Mariahilfer Straße", "Getreidegasse", "Herrengasse", "Maria-Theresien-Straße"],
    "CH": ["Bahnhofstrasse", "Marktgasse", "Seestrasse", "Kramgasse"],
    "FR": ["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "place Bellecour",
           "rue Sainte-Catherine", "quai des Chartrons"],
    "BE": ["Rue Neuve", "Meir", "Veldstraat", "Boulevard d'Avroy"],
    "ES": ["Calle Mayor", "Gran Vía", "Carrer de Mallorca", "Avenida de la Constitución", "Calle Larios",
           "Calle Ercilla"],
    "MX": ["Av. Paseo de la Reforma", "Calle Madero", "Av. Chapultepec", "Calle Macedonio Alcalá"],
    "IT": ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Via dei Mille", "Via Toledo",
           "Via San Vitale"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua Ferreira Borges"],
    "NL": ["Keizersgracht", "Coolsingel", "Oudegracht", "Lange Voorhout", "Stratumseind", "Prinsengracht"],
    "PL": ["ul. Marszałkowska", "ul. Floriańska", "ul. Długa", "ul. Świdnicka", "ul. Półwiejska"],
    "SE": ["Drottninggatan", "Kungsgatan", "Södra Förstadsgatan", "Vasagatan"],
    "DK": ["Nørregade", "Vestergade", "Jomfru Ane Gade", "Østergade"],
    "NO": ["Karl Johans gate", "Olav Tryggvasons gate", "Kirkegata", "Strandgaten"],
    "FI": ["Mannerheimintie", "Hämeenkatu", "Aurakatu", "Kauppurienkatu"],
    "CZ": ["Václavské náměstí", "Národní", "Masarykova", "Nádražní"],
    "TR": ["Atatürk Cad.", "İstiklal Cad.", "Bağdat Cad.", "Cumhuriyet Bulvarı"],
    "JP": ["Nishi-Shinjuku, Shinjuku-ku", "Jingumae, Shibuya-ku", "Ginza, Chuo-ku"],
}
PHONES = {  # cc -> (national patterns, international patterns)
    "GB": (["020 7### ####", "0161 ### ####", "07### ######", "0113 ### ####"],
           ["+44 20 7### ####", "+44 161 ### ####", "+44 7### ######", "+44 (0)113 ### ####"]),
    "IE": (["01 ### ####", "087 ### ####"], ["+353 1 ### ####", "+353 87 ### ####"]),
    "DE": (["030 ########", "089 #######", "0171 #######", "0221 ### ###", "(040) ### ### ##"],
           ["+49 30 ########", "+49 (0)89 ### ### ##", "+49 171 #######", "+49 221 ######"]),
    "AT": (["01 ### ## ##", "0664 ### ####"], ["+43 1 ### ## ##", "+43 664 ### ####"]),
    "CH": (["044 ### ## ##", "079 ### ## ##"], ["+41 44 ### ## ##", "+41 79 ### ## ##"]),
    "FR": (["01 ## ## ## ##", "06 ## ## ## ##", "04.##.##.##.##"], ["+33 1 ## ## ## ##", "+33 6 ## ## ## ##"]),
    "BE": (["02 ### ## ##", "0475 ## ## ##"], ["+32 2 ### ## ##", "+32 475 ## ## ##"]),
    "ES": (["91# ### ###", "6## ## ## ##", "93# ## ## ##"], ["+34 91# ### ###", "+34 6## ### ###"]),
    "MX": (["55 #### ####", "33 #### ####"], ["+52 55 #### ####", "+52 1 33 #### ####"]),
    "IT": (["02 #### ####", "06 ########", "3## ### ####"], ["+39 02 #### ####", "+39 3## ### ####"]),
    "PT": (["21# ### ###", "9## ### ###"], ["+351 21# ### ###", "+351 9## ### ###"]),
    "NL": (["020 ### ####", "06-########", "010-#######"], ["+31 20 ### ####", "+31 6 ########"]),
    "PL": (["22 ### ## ##", "5## ### ###", "6## ### ###"], ["+48 22 ### ## ##", "+48 6## ### ###"]),
    "SE": (["08-### ### ##", "07#-### ## ##", "031-## ## ##"], ["+46 8 ### ### ##", "+46 7# ### ## ##"]),
    "DK": (["3# ## ## ##", "2# ## ## ##"], ["+45 3# ## ## ##", "+45 2#######"]),
    "NO": (["2# ## ## ##", "9## ## ###", "4## ## ###"], ["+47 2# ## ## ##", "+47 9## ## ###"]),
    "FI": (["09 #### ####", "040 ### ####", "050 ### ####"], ["+358 9 #### ####", "+358 40 ### ####"]),
    "CZ": (["2## ### ###", "6## ### ###", "7## ### ###"], ["+420 2## ### ###", "+420 6## ### ###"]),
    "TR": (["0212 ### ## ##", "0532 ### ## ##", "(0216) ### ## ##"], ["+90 212 ### ## ##", "+90 532 ### ## ##"]),
    "JP": (["03-####-####", "090-####-####"], ["+81 3-####-####", "+81 90-####-####"]),
    "AU": (["(02) #### ####", "04## ### ###"], ["+61 2 #### ####", "+61 4## ### ###"]),
    "IN": (["080 #### ####", "98### #####"], ["+91 98### #####", "+91 80 #### ####"]),
}
US_AREA = ["212", "312", "415", "512", "617", "206", "305", "503", "720", "615", "404", "843", "504", "619"]
CA_AREA = ["416", "604", "514", "403"]
TOLLFREE = {"US": ["1-800-###-####", "(888) ###-####", "1 (877) ###-####"], "GB": ["0800 ### ####"],
            "DE": ["0800 #######"], "FR": ["0 800 ## ## ##"], "IE": ["1800 ### ###"], "AU": ["1800 ### ###"]}

LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "tr"]
LANG_CC = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE"], "es": ["ES", "ES", "MX"], "it": ["IT"],
           "pt": ["PT"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "no": ["NO"],
           "fi": ["FI"], "cs": ["CZ"], "tr": ["TR"]}
EN_CC = ["US", "US", "US", "US", "GB", "GB", "CA", "AU", "IE", "IN"]
ALL_CC = list(CITIES)

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
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
           "syyskuuta lokakuuta marraskuuta joulukuuta"),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
MONTHS["gb"] = MONTHS["en"]
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
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}
WEEKDAYS["gb"] = WEEKDAYS["en"]

# ----------------------------------------------------------------------------
# Theme pools (brands named after people are deliberate hard negatives)
# ----------------------------------------------------------------------------
RESTAURANTS = ["Trattoria da Enzo", "Chez Marcel", "The Copper Kettle", "Harbor & Vine", "Osteria Bellavista",
               "Blue Lantern Bistro", "Saffron House", "The Gilded Fork", "Casa Lucía", "Brasserie Le Comptoir",
               "Noodle Atelier", "Smokehouse 22", "Olive & Thyme", "Fjord Kitchen", "Sakura Garden",
               "Mama Rosa's Pizzeria", "Gasthaus zum Löwen"]
HOTELS = ["Hotel Bellevue", "Harborview Suites", "Grand Hotel Continental", "The Linden Inn", "Seaside Lodge",
          "Hotel am Stadtpark", "Parkhotel Sonnenhof", "Maison Rivière", "Hostal Sol y Mar", "Nordlys Hotel",
          "Hilton Garden Inn Riverside", "Courtyard by Marriott Airport", "The Ritz-Carlton Lakefront",
          "Wyndham Garden Central", "Mövenpick Resort Bay"]
BRANDS = ["Ben & Jerry's", "Wendy's", "McDonald's", "Papa John's", "Dr. Oetker", "Trader Joe's", "Hellmann's",
          "Mrs. Fields", "Marie Callender's", "Tim Hortons", "Häagen-Dazs", "Jack Daniel's"]
APPS = ["QuickBite", "FoodDash", "Eatzy", "Rapido Eats", "Lieferheld Go", "DinerDrop"]
PETS = ["Biscuit", "Luna", "Pepper", "Mochi", "Ziggy", "Nala", "Waffles", "Captain Fluff"]
DRUGS = ["EpiPen", "cetirizine", "Benadryl", "loratadine", "ibuprofen", "Ventolin", "lactase tablets",
         "paracetamol", "omeprazole"]
ALLERGENS = ["peanuts", "tree nuts", "shellfish", "gluten", "sesame", "dairy", "eggs", "soy", "celery",
             "mustard", "lupin", "sulphites", "fish", "crustaceans"]
ICD_ALLERGY = ["Z91.010", "Z91.013", "T78.1XXA", "K90.0", "Z91.012", "T78.05XA"]
COMPANIES = ["Globex Events Ltd", "Initech GmbH", "Acme Sales Conference", "Northwind Traders",
             "Vandelay Industries", "Müller & Söhne GmbH", "Umbrella Pharma AG", "Stark Logistics BV",
             "Dunder Mifflin Paper Co", "Pied Piper Inc"]
WORDS = ["Basil", "Tomato", "Harbor", "Saffron", "Copper", "Kettle", "Maple", "Olive", "Truffle", "Brioche",
         "Lemon", "Pepper", "Fjord", "Sunset", "Crimson", "Velvet", "Juniper", "Marigold"]


# ----------------------------------------------------------------------------
# Builder: records spans while appending
# ----------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self.parts, self.ents, self.pos = [], [], 0

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, s, typ):
        if typ is None:
            return self.t(s)
        if not s or s != s.strip():
            raise ValueError(f"bad span {s!r} ({typ})")
        self.ents.append({"start": self.pos, "end": self.pos + len(s), "type": typ})
        return self.t(s)

    def a(self, *items):
        for it in items:
            if isinstance(it, tuple):
                self.e(*it)
            else:
                self.t(it)
        return self

    def l(self, *items):
        return self.a(*items, "\n")

    def f(self, tpl, **kw):
        """Append template with {key} slots; slot values are str or (text, type)."""
        for k, piece in enumerate(re.split(r"\{(\w+)\}", tpl)):
            if k % 2:
                self.a(kw[piece])
            else:
                self.t(piece)
        return self

    def text(self):
        return "".join(self.parts)


B = Builder


def jemit(b, obj, ind=2, lvl=0):
    """Emit JSON while recording spans; (value, type) tuples become labelled strings."""
    nl = "\n" + " " * (ind * (lvl + 1)) if ind else ""
    end = "\n" + " " * (ind * lvl) if ind else ""
    sep = "," if ind else ", "
    if isinstance(obj, dict):
        b.t("{")
        for k, (key, v) in enumerate(obj.items()):
            b.t((sep if k else "") + nl + json.dumps(key) + ": ")
            jemit(b, v, ind, lvl + 1)
        b.t(end + "}")
    elif isinstance(obj, list):
        b.t("[")
        for k, v in enumerate(obj):
            b.t((sep if k else "") + nl)
            jemit(b, v, ind, lvl + 1)
        b.t(end + "]")
    elif isinstance(obj, tuple):
        v, typ = obj
        assert json.dumps(v, ensure_ascii=False)[1:-1] == v, v
        b.t('"').e(v, typ).t('"')
    else:
        b.t(json.dumps(obj, ensure_ascii=False))


_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "ı": "i",
                       "đ": "d", "œ": "oe", "İ": "I"})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in " -"))


def slug(s):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", fold(s.replace("&", "and")).lower())).strip("-")


def luhn_ok(num):
    ds = [int(x) for x in num if x.isdigit()]
    tot = 0
    for k, x in enumerate(reversed(ds)):
        if k % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


IBAN_SPEC = {"DE": "n18", "AT": "n16", "CH": "n17", "FR": "n23", "BE": "n12", "NL": "a4n10", "ES": "n20",
             "IT": "a1n22", "PT": "n21", "PL": "n24", "SE": "n20", "DK": "n14", "NO": "n11", "FI": "n14",
             "CZ": "n20", "TR": "n22", "GB": "a4n14", "IE": "a4n14"}
IBAN_LEN = {k: 4 + sum(int(n) for n in re.findall(r"\d+", v)) for k, v in IBAN_SPEC.items()}


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


class Person:
    def __init__(self, g, f, cul, cc, fem):
        self.g, self.f, self.cul, self.cc, self.fem = g, f, cul, cc, fem

    @property
    def full(self):
        return f"{self.g} {self.f}"


# ----------------------------------------------------------------------------
# Generation context: random helpers bound to one document's RNG
# ----------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, lang="en"):
        self.r, self.lang = rng, lang
        self.dl = lang  # date locale: 'en' (US), 'gb' or a language code

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def dg(self, n):
        return "".join(self.r.choice(DIG) for _ in range(n))

    def rs(self, n, alpha=AL):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def pat(self, s):
        out = []
        for x in s:
            out.append(self.r.choice(DIG) if x == "#" else self.r.choice(UP) if x == "A" else
                       self.r.choice(HEXL) if x == "x" else self.r.choice(UP + DIG) if x == "*" else x)
        return "".join(out)

    # --- locale -------------------------------------------------------------
    def loc(self, cc):
        if self.lang == "en":
            self.dl = "en" if cc in ("US", "CA") else "gb"
        return cc

    def lcc(self):
        return self.ch(LANG_CC.get(self.lang, EN_CC))

    # --- people -------------------------------------------------------------
    def person(self, cc="US", cul=None):
        cul = cul or self.ch(CC_CUL.get(cc, ["us"]))
        fem = self.p(0.5)
        m, w, fam = NAMES[cul]
        f = self.ch(fam)
        return Person(self.ch(w if fem else m), femform(cul, f) if fem else f, cul, cc, fem)

    def name(self, p, style=None):
        if style is None:
            style = self.ch(["full"] * 6 + ["mid", "lf", "caps", "lfcaps"])
        if style == "full":
            return p.full
        if style == "mid":
            return f"{p.g} {self.ch(UP.replace('Q', '').replace('X', ''))}. {p.f}"
        if style == "lf":
            return f"{p.f}, {p.g}"
        if style == "caps":
            return p.full.upper()
        if style == "lfcaps":
            return f"{p.f.upper()}, {p.g}"
        if style == "lower":
            return p.full.lower()
        raise ValueError(style)

    def title(self, p, lang=None):
        lang = lang or (self.dl if self.lang == "en" else self.lang)
        ts = TITLES.get(lang)
        return self.ch(ts[1] if p.fem else ts[0]) if ts else ""

    def tname(self, b, p, lang=None, full=None):
        """Salutation form: title outside the span."""
        lang = lang or (self.dl if self.lang == "en" else self.lang)
        if lang == "tr":
            b.e(p.full if full else p.g, PER).t(" Hanım" if p.fem else " Bey")
            return b
        t = self.title(p, lang)
        if not t:
            return b.e(p.full if full else p.g, PER)
        b.t(t + " ")
        return b.e(p.full if full or (full is None and self.p(0.3)) else p.f, PER)

    def email(self, p=None, dom=None):
        dom = dom or self.ch(["example.com", "example.org", "example.net", "mail.example.com",
                              "inbox.example.org", "post.example.net", "mail.example", "web.example"])
        if p is None:
            return f"{self.ch(['info', 'bookings', 'hello', 'frontdesk', 'events', 'billing'])}@{dom}"
        g = fold(p.g).lower().replace(" ", "").replace("-", "")
        f = fold(p.f).lower().replace(" ", "").replace("-", "").replace("'", "")
        loc = self.ch([f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}", f"{f}.{g}", f"{g}.{f}{self.ri(1, 99)}",
                       f"{g}{self.ri(70, 99)}", f"{g[0]}.{f}"])
        return f"{loc}@{dom}"

    def phone(self, cc="US", intl=None):
        if intl is None:
            intl = self.p(0.4)
        if cc in ("US", "CA"):
            a = self.ch(US_AREA if cc == "US" else CA_AREA)
            e, n = str(self.ri(201, 989)), self.dg(4)
            return self.ch([f"+1 {a} {e} {n}", f"+1-{a}-{e}-{n}", f"+1 ({a}) {e}-{n}"] if intl else
                           [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"({a}) {e}-{n}"])
        nat, itl = PHONES[cc]
        return self.pat(self.ch(itl if intl else nat))

    def tollfree(self, cc):
        return self.pat(self.ch(TOLLFREE.get(cc, TOLLFREE["US"])))

    # --- addresses ------------------------------------------------------------
    def addr(self, cc):
        city, reg, pcp = self.ch(CITIES[cc])
        st, n = self.ch(STREETS[cc]), self.ri(1, 240)
        pc, unit = self.pat(pcp), None
        if cc in ("US", "CA"):
            street = f"{n * self.ri(1, 9)} {st}"
            if self.p(0.35):
                unit = self.ch([f"Apt {self.ri(1, 30)}{self.ch('ABCD')}", f"Suite {self.ri(100, 950)}",
                                f"Unit {self.ri(1, 40)}", f"#{self.ri(2, 40)}"])
            line2 = f"{city}, {reg} {pc}"
        elif cc in ("GB", "IE"):
            street = f"{n} {st}"
            if self.p(0.3):
                unit = f"Flat {self.ri(1, 12)}"
            line2 = f"{city} {pc}"
        elif cc == "AU":
            street = f"{n} {st}"
            if self.p(0.3):
                unit = f"Unit {self.ri(1, 30)}"
            line2 = f"{city} {reg} {pc}"
        elif cc == "IN":
            street = f"No. {n}, {st}"
            line2 = f"{city}, {reg} {pc}"
        elif cc in ("FR",):
            street = f"{n}{self.ch(['', '', ' bis'])} {st}"
            line2 = f"{pc} {city.upper() if self.p(0.4) else city}"
        elif cc == "ES":
            street = f"{st}, {n}"
            if self.p(0.6):
                unit = f"{self.ri(1, 7)}º {self.ch('ABCD')}"
            line2 = f"{pc} {city}"
        elif cc == "MX":
            street = f"{st} {n}, Col. {self.ch(['Juárez', 'Roma Norte', 'Centro', 'Condesa'])}"
            line2 = f"{pc} {city}, {reg}"
        elif cc == "IT":
            street = f"{st}{self.ch([' ', ', '])}{n}"
            line2 = f"{pc} {city} {reg}"
        elif cc == "PT":
            street = f"{st} {n}"
            if self.p(0.5):
                unit = f"{self.ri(1, 6)}º {self.ch(['Esq', 'Dto'])}"
            line2 = f"{pc} {city}"
        elif cc == "PL":
            street = f"{st} {n}/{self.ri(1, 40)}"
            line2 = f"{pc} {city}"
        elif cc == "DK":
            street = f"{st} {n}" + self.ch(["", f", {self.ri(1, 5)}. {self.ch(['tv', 'th', 'mf'])}"])
            line2 = f"{pc} {city}"
        elif cc == "FI":
            street = f"{st} {n}" + self.ch(["", f" {self.ch('ABC')} {self.ri(1, 40)}"])
            line2 = f"{pc} {city}"
        elif cc == "TR":
            street = f"{st} No:{n} D:{self.ri(1, 20)}"
            line2 = f"{pc} {reg}/{city}"
        elif cc == "JP":
            street = f"{self.ri(1, 5)}-{self.ri(1, 20)}-{self.ri(1, 30)} {st}"
            line2 = f"{city} {pc}"
        else:  # DE AT CH BE NL SE NO CZ
            street = f"{st} {n}{self.ch(['', '', 'a', 'b']) if cc in ('DE', 'NL', 'CZ') else ''}"
            line2 = f"{pc} {city}"
        return {"street": street, "unit": unit, "city": city, "reg": reg, "pc": pc, "cc": cc, "line2": line2}

    def cname(self, cc, local=None):
        if local is None:
            local = self.lang != "en"
        return COUNTRY[cc][1 if local else 0]

    def street(self, a):
        return a["street"] + (", " + a["unit"] if a["unit"] else "")

    def a1(self, a, country=False):
        parts = [a["street"]] + ([a["unit"]] if a["unit"] else []) + [a["line2"]]
        if country:
            parts.append(self.cname(a["cc"]))
        return ", ".join(parts)

    def ablock(self, a, country=False):
        lines = [self.street(a), a["line2"]]
        if country:
            lines.append(self.cname(a["cc"]).upper() if self.p(0.3) else self.cname(a["cc"]))
        return "\n".join(lines)

    def city(self, cc, with_region=None):
        city, reg, _ = self.ch(CITIES[cc])
        if with_region is None:
            with_region = cc in ("US", "CA", "AU") and self.p(0.7)
        if with_region and reg:
            return f"{city}, {reg}"
        return f"{city}, {self.cname(cc)}" if self.p(0.3) else city

    # --- dates ------------------------------------------------------------------
    def date(self, y0=2023, y1=2026):
        return date(y0, 1, 1) + timedelta(days=self.r.randrange((date(y1, 12, 31) - date(y0, 1, 1)).days))

    def dob(self):
        return date(1946, 1, 1) + timedelta(days=self.r.randrange(21500))

    def time(self, h0=7, h1=22):
        return (self.ri(h0, h1), self.ch([0, 0, 15, 30, 30, 45, 10, 20]))

    def fd(self, d, style=None, lang=None):
        lang = lang or self.dl
        style = style or self.ch(["num", "num", "long", "wd", "iso", "abbr"])
        y, m, dd = d.year, d.month, d.day
        mn = MONTHS[lang][m - 1]
        wd = WEEKDAYS[lang][d.weekday()]
        if style == "iso":
            return d.isoformat()
        if style == "num":
            return {"en": f"{m:02d}/{dd:02d}/{y}", "gb": f"{dd:02d}/{m:02d}/{y}", "nl": f"{dd:02d}-{m:02d}-{y}",
                    "sv": d.isoformat(), "fi": f"{dd}.{m}.{y}", "cs": f"{dd}. {m}. {y}"}.get(
                lang, f"{dd:02d}/{m:02d}/{y}" if lang in ("fr", "es", "it", "pt") else f"{dd:02d}.{m:02d}.{y}")
        if style == "abbr":
            if lang == "en":
                return f"{mn[:3]} {dd}, {y}"
            if lang == "gb":
                return f"{dd} {mn[:3]} {y}"
            style = "long"
        long_ = {"en": f"{mn} {dd}, {y}", "gb": f"{dd} {mn} {y}", "es": f"{dd} de {mn} de {y}",
                 "pt": f"{dd} de {mn} de {y}", "fr": f"{'1er' if dd == 1 else dd} {mn} {y}"}.get(
            lang, f"{dd}. {mn} {y}" if lang in ("de", "da", "no", "fi", "cs") else f"{dd} {mn} {y}")
        if style == "long":
            return long_
        if lang == "en":
            return f"{wd}, {long_}"
        if lang == "tr":
            return f"{long_} {wd}"
        if lang == "da":
            return f"{wd} den {long_}"
        if lang in ("de", "es", "pt", "pl"):
            return f"{wd}, {long_}"
        return f"{wd} {long_}"

    def ft(self, t, lang=None):
        lang = lang or self.dl
        h, m = t
        h12, ap = (h - 1) % 12 + 1, ("PM" if h >= 12 else "AM")
        if lang == "en":
            return self.ch([f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d}{ap.lower()}",
                            f"{h:02d}:{m:02d}"])
        if lang == "gb":
            return self.ch([f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}", f"{h12}.{m:02d}{ap.lower()}"])
        if lang == "fr":
            return self.ch([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h} h {m:02d}"])
        if lang in ("fi", "da", "no"):
            return self.ch([f"{h}.{m:02d}", f"{h:02d}:{m:02d}"])
        return f"{h:02d}:{m:02d}"

    def fdt(self, d, t, style=None, lang=None):
        lang = lang or self.dl
        j = {"en": [" at ", ", "], "gb": [" at ", ", "], "de": [" um ", ", "], "fr": [" à "], "pt": [" às "],
             "it": [" alle ", ", "], "es": [" a las "]}.get(lang, [" ", ", "])
        return self.fd(d, style, lang) + self.ch(j) + self.ft(t, lang)

    def hdr_date(self, d=None):
        d = d or self.date()
        wd = WEEKDAYS["en"][d.weekday()][:3]
        return (f"{wd}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} {self.ri(0, 23):02d}:"
                f"{self.ri(0, 59):02d}:{self.ri(0, 59):02d} {self.ch(['+0000', '+0100', '+0200', '-0500', '-0800'])}")

    def clock(self, d=None, style=None, step=(1, 300)):
        """Monotonic log-timestamp generator (log-line timestamps are hard negatives)."""
        cur = [datetime.combine(d or self.date(), datetime.min.time()) + timedelta(seconds=self.ri(0, 72000))]
        style = style if style is not None else self.ri(0, 3)

        def nxt():
            cur[0] += timedelta(seconds=self.ri(*step), milliseconds=self.ri(0, 999))
            x = cur[0]
            ms, mon = x.microsecond // 1000, MONTHS["en"][x.month - 1][:3]
            return [f"{x:%Y-%m-%dT%H:%M:%S}.{ms:03d}Z", f"{x:%Y-%m-%d %H:%M:%S},{ms:03d}",
                    f"[{x:%d}/{mon}/{x:%Y:%H:%M:%S} +0000]", f"{mon} {x.day:2d} {x:%H:%M:%S}"][style]
        return nxt

    def logts(self, d=None, style=None):
        return self.clock(d, style)()

    # --- financial ------------------------------------------------------------------
    def card(self, brand=None, sep=None):
        brand = brand or self.ch(["visa", "visa", "mc", "mc2", "amex", "disc", "jcb"])
        pre, ln = {"visa": (self.ch(["4"]), 16), "mc": (str(self.ri(51, 55)), 16), "mc2": (str(self.ri(2221, 2720)), 16),
                   "amex": (self.ch(["34", "37"]), 15), "disc": ("6011", 16), "jcb": (str(self.ri(3528, 3589)), 16)}[brand]
        body = pre + self.dg(ln - len(pre) - 1)
        num = next(body + x for x in DIG if luhn_ok(body + x))
        sep = sep if sep is not None else self.ch([" ", " ", "-", ""])
        groups = [num[:4], num[4:10], num[10:]] if ln == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(groups)

    def bad16(self, sep=""):
        while True:
            num = self.ch("3456789") + self.dg(15)
            if not luhn_ok(num):
                return sep.join(num[i:i + 4] for i in range(0, 16, 4)) if sep else num

    def masked_card(self):
        l4 = self.dg(4)
        return self.ch([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"************{l4}", f"•••• {l4}",
                        f"{self.ch(['4', '5'])}{self.dg(5)}******{l4}"])

    def exp(self):
        return f"{self.ri(1, 12):02d}/{self.ri(25, 31)}"

    def iban(self, cc, grouped=None):
        spec = IBAN_SPEC[cc]
        bban = "".join((self.rs(int(n), UP) if k == "a" else self.dg(int(n))) for k, n in re.findall(r"([an])(\d+)", spec))
        chk = 98 - int("".join(str(int(x, 36)) for x in bban + cc + "00")) % 97
        s = f"{cc}{chk:02d}{bban}"
        if grouped is None:
            grouped = self.p(0.6)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def bic(self):
        return self.rs(4, UP) + self.ch(["DE", "FR", "ES", "IT", "NL", "GB", "PL", "SE"]) + self.rs(2, UP + DIG) + self.ch(["", "XXX"])

    def routing(self):
        return self.ch(["021000021", "026009593", "121000248", "071000013", "111000025", "322271627"])

    def ssn(self, sep=None):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        g, s = self.ri(1, 99), self.ri(1, 9999)
        sep = sep if sep is not None else self.ch(["-", "-", "-", " ", ""])
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"

    def badssn(self):
        a = self.ch(["000", "666", str(self.ri(900, 999))])
        return f"{a}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def amount(self, cc="US", lo=5, hi=2400):
        v = self.ri(lo, hi - 1) + self.ri(0, 99) / 100
        cur = {"US": "$", "CA": "CA$", "AU": "A$", "GB": "£", "IE": "€", "IN": "₹", "MX": "MX$", "CH": "CHF ",
               "PL": "PLN ", "SE": "SEK ", "DK": "DKK ", "NO": "NOK ", "CZ": "CZK ", "TR": "₺", "JP": "¥"}.get(cc, "€")
        if cur == "€" and cc not in ("IE", "NL"):
            return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €"
        return f"{cur}{v:,.2f}"

    # --- network ----------------------------------------------------------------------
    def ipv4(self):
        k = self.ri(0, 5)
        if k == 0:
            return f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        if k == 1:
            return f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}"
        if k == 2:
            return f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        if k == 3:
            return f"{self.ch(['192.0.2', '198.51.100', '203.0.113'])}.{self.ri(1, 254)}"
        return f"{self.ri(11, 223)}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ipv6(self):
        return str(ipaddress.IPv6Address((0x20010db8 << 96) | self.r.getrandbits(80)))

    def ip(self):
        return self.ipv6() if self.p(0.2) else self.ipv4()

    def url(self, host, path=""):
        return f"https://{host}{path}"

    # --- identifiers -------------------------------------------------------------------
    def booking(self):
        return self.pat(self.ch(["AAA###", "R-######", "##A##A", "BK-****-**", "RES#######", "******"]))

    def order(self):
        return self.pat(self.ch(["#####", "ORD-######", "FD-****-****", "A##-#####", "###-####-###"]))

    def ticket(self):
        return self.pat(self.ch(["CS-######", "INC-#######", "#######", "CXX-#####"])).replace("CXX", "CASE")

    def loyalty(self):
        return self.pat(self.ch(["##########", "HV#########", "GLD-####-####", "##### #####", "AA########"]))

    def mrn(self):
        return self.pat(self.ch(["########", "E#######", "MR######", "###-###-##", "A########"]))

    def hpn(self):
        return self.pat(self.ch(["AAA#########", "W#########", "ZGP########", "###A#####A#", "AA######-01"]))

    def acct(self):
        return self.dg(self.ri(8, 12))

    def dlic(self, cc="US", state=None):
        if cc == "GB":
            return self.rs(5, UP) + self.dg(6) + self.rs(2, UP) + self.dg(1) + self.rs(2, UP)
        if cc == "DE":
            return self.ch(UP) + self.dg(3) + self.rs(6, UP + DIG) + self.dg(1)
        st = state or "CA"
        return {"CA": self.pat("A#######"), "NY": self.pat("### ### ###"), "TX": self.dg(8),
                "FL": self.pat("A###-###-##-###-#"), "IL": self.pat("A###-####-####"),
                "WA": self.pat("WDL****##***"), "MA": self.pat("S########")}.get(st, self.pat("A#######"))

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n=40):
        return self.rs(n, HEXL)

    def epoch(self):
        return str(self.ri(1672531200, 1798761600))

    def version(self):
        return f"{self.ri(1, 9)}.{self.ri(0, 30)}.{self.ri(0, 40)}"

    def plate(self, cc="US"):
        return self.pat(self.ch({"US": ["#AAA###", "AAA-####"], "GB": ["AA## AAA"], "DE": ["B-AA ####", "M-A ###"],
                                 "FR": ["AA-###-AA"]}.get(cc, ["AA-####", "### AAA"])))

    def vin(self):
        return self.rs(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    # --- secrets ---------------------------------------------------------------------
    def aws_ak(self):
        return self.ch(["AKIA", "AKIA", "ASIA"]) + self.rs(16, UP + "234567")

    def aws_sk(self):
        return self.rs(40, AL + "/+")

    def gh(self):
        return self.ch(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.rs(36)

    def slack(self):
        if self.p(0.5):
            return f"xoxb-{self.dg(12)}-{self.dg(13)}-{self.rs(24)}"
        return f"xoxp-{self.dg(11)}-{self.dg(11)}-{self.dg(13)}-{self.rs(32, HEXL)}"

    def stripe(self):
        return self.ch(["sk_live_", "sk_live_", "rk_live_"]) + self.rs(self.ch([24, 34, 48]))

    def jwt(self):
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        hdr = {"alg": self.ch(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        iat = self.ri(1700000000, 1790000000)
        pl = {"sub": self.pat("usr_########"), "iat": iat, "exp": iat + 3600,
              "scope": self.ch(["bookings:write", "orders:read", "pos:admin", "guest:profile"])}
        sig = base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(32))).rstrip(b"=").decode()
        return f"{enc(hdr)}.{enc(pl)}.{sig}"

    def pem(self):
        kind = self.ch(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        n = {"EC PRIVATE KEY": 121}.get(kind, self.ri(380, 560))
        body = base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()
        w = 70 if "OPENSSH" in kind else 64
        return (f"-----BEGIN {kind}-----\n" + "\n".join(body[i:i + w] for i in range(0, len(body), w))
                + f"\n-----END {kind}-----")

    def pw(self, safe=False):
        sym = "!#%*?" if safe else "!#$%&*?"
        k = self.ri(0, 4)
        if k == 0:
            return self.ch(WORDS) + self.ch(WORDS) + self.dg(self.ri(2, 4)) + self.ch(sym)
        if k == 1:
            return self.rs(self.ri(12, 18), AL + sym)
        if k == 2:
            return f"{self.ch(WORDS)}_{self.dg(4)}{self.ch(sym)}"
        if k == 3:
            return "-".join(w.lower() for w in (self.ch(WORDS), self.ch(WORDS), self.ch(WORDS))) + self.dg(2)
        return self.ch(WORDS).replace("o", "0").replace("e", "3").replace("a", "@" if not safe else "4") + self.ch(sym) + self.dg(2)

    def gsec(self):
        k = self.ri(0, 7)
        return [f"whsec_{self.rs(32)}", f"SG.{self.rs(22, AL + '-_')}.{self.rs(43, AL + '-_')}", self.rs(32, HEXL),
                f"AIza{self.rs(35, AL + '-_')}", f"key-{self.rs(32, HEXL)}", self.rs(40),
                f"sq0csp-{self.rs(43, AL + '-_')}", f"shpss_{self.rs(32, HEXL)}"][k]

    def passcode(self):
        return self.ch([self.dg(6), self.dg(6), self.rs(8), self.dg(4) + self.rs(2, UP)])


# ============================================================================
# English document kinds
# ============================================================================
def en_rest_confirm(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA", "AU", "IE"]))
    g, rest = c.person(cc), c.ch(RESTAURANTS)
    dom, ref, d, t = slug(rest) + ".example", c.booking(), c.date(), c.time(17, 22)
    b.l("From: ", rest, " <", ("reservations@" + dom, EM), ">")
    b.l("To: ", (c.name(g, c.ch(["full", "full", "caps", "mid"])), PER), " <", (c.email(g), EM), ">")
    b.l("Date: ", c.hdr_date())
    b.l("Subject: ", c.ch(["Your reservation is confirmed", "Booking confirmation", "See you soon!"]), " [", ref, "]")
    b.l().l(c.ch(["Hi ", "Hello ", "Dear "]), (g.g, PER), ",").l()
    b.f("We're delighted to confirm your table for {n} on {dt}.\n", n=str(c.ri(2, 8)),
        dt=(c.fdt(c.date(), t, c.ch(["long", "wd", "num", "abbr"])), DT))
    b.l("Booking reference: ", ref, " | Seating: ", c.ch(["terrace", "window", "booth", "no preference", "chef's counter"]))
    if c.p(0.5):
        b.l("Special request noted: ", c.ch(["birthday cake at dessert", "high chair", "step-free access",
                                             "quiet corner", f"{c.ch(ALLERGENS)} allergy"]), ".")
    if c.p(0.4):
        b.l("A card guarantee was taken (", c.masked_card(), "). Late cancellations are charged ", c.amount(cc, 15, 80), " per guest.")
    b.l("Manage your booking: ", (c.url(dom, f"/manage/{ref.lower().replace('#', '')}?t={c.rs(16)}"), URL)).l()
    b.f("Find us at {a} or call {p} if you're running more than 15 minutes late.\n",
        a=(c.a1(c.addr(cc)), ADR), p=(c.phone(cc), PH))
    b.l().l("Warm regards,")
    if c.p(0.6):
        b.l((c.person(cc).full, PER), ", Guest Relations")
    return b.l(rest)


def en_hotel_confirm(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "CA", "AU", "IE", "IN"]))
    hot, g = c.ch(HOTELS), c.person(cc)
    gcc = cc if c.p(0.7) else c.ch(ALL_CC)
    arr = c.date(); dep = arr + timedelta(days=c.ri(1, 9))
    b.l(hot.upper()).l((c.a1(c.addr(cc)), ADR))
    b.l("Tel ", (c.phone(cc), PH), c.ch(["  ·  ", " | ", "   "]), ("stay@" + slug(hot) + ".example.com", EM)).l()
    b.l((c.name(g, c.ch(["full", "caps", "mid"])), PER)).l((c.ablock(c.addr(gcc), gcc != cc), ADR)).l()
    b.l((c.fd(c.date(), "long"), DT)).l()
    b.t("Dear "); c.tname(b, g); b.l(",").l()
    b.l("Thank you for choosing ", hot, ". We are pleased to confirm your reservation:").l()
    b.l("  Confirmation no.:  ", c.booking())
    b.l("  Arrival:           ", (c.fd(arr, c.ch(["wd", "long", "num"])), DT))
    b.l("  Departure:         ", (c.fd(dep, c.ch(["wd", "long", "num"])), DT))
    b.l("  Room type:         ", c.ch(["Deluxe King", "Superior Twin", "Junior Suite", "Classic Double"]),
        " (", str(c.ri(1, 3)), " adults)")
    b.l("  Rate:              ", c.amount(cc, 85, 640), " per night, ", c.ch(["breakfast included", "room only", "flexible rate"]))
    if c.p(0.5):
        b.l("  Loyalty no.:       ", (c.loyalty(), ACC))
    if c.p(0.35):
        b.l("  Guarantee:         ", c.ch(["VISA ", "MC ", "AMEX "]), (c.card(), CC), " exp ", (c.exp(), DT))
    else:
        b.l("  Guarantee:         card ending ", c.dg(4))
    b.l()
    b.f("Check-in is available from {a}; check-out is by {b}. Parking is {p} per day.\n",
        a=(c.ft((15, 0)), DT), b=(c.ft((11, 0)), DT), p=c.amount(cc, 12, 60))
    if c.p(0.4):
        b.f("Your pet {pet} is welcome; a cleaning fee applies.\n", pet=c.ch(PETS))
    b.l("We look forward to welcoming you.").l().l("Kind regards,")
    return b.l((c.person(cc).full, PER)).l("Reservations Manager, ", hot)


def en_folio(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA", "AU"]))
    hot, g = c.ch(HOTELS), c.person(cc)
    arr = c.date(); n = c.ri(2, 5); dep = arr + timedelta(days=n)
    b.l(hot.upper(), " — GUEST FOLIO").l((c.a1(c.addr(cc)), ADR), "  Tel ", (c.phone(cc), PH)).l()
    b.l("Folio No: ", c.dg(6), "    Room: ", str(c.ri(101, 1520)), "    Page 1 of 1")
    b.l("Guest: ", (c.name(g, c.ch(["lfcaps", "lf", "caps"])), PER))
    b.l("Arrival: ", (c.fd(arr, "num"), DT), "    Departure: ", (c.fd(dep, "num"), DT))
    if c.p(0.5):
        b.l("Company: ", c.ch(COMPANIES), "    Membership: ", (c.loyalty(), ACC))
    if c.p(0.5):
        b.l("Address: ", (c.a1(c.addr(cc)), ADR))
    b.l().l(f"{'Date':<12}{'Description':<28}{'Ref':<10}{'Amount':>10}").l("-" * 60)
    for k in range(n):
        dd = c.fd(arr + timedelta(days=k), "num")
        b.l((dd, DT), " " * (12 - len(dd)), f"{'Room Charge':<28}{'RC' + c.dg(4):<10}{c.ri(120, 420):>7}.00")
        if c.p(0.5):
            b.l((dd, DT), " " * (12 - len(dd)), f"{c.ch(['Restaurant', 'Minibar', 'Bar', 'Room Service', 'Spa']):<28}"
                f"{'PS' + c.dg(4):<10}{c.ri(8, 160):>7}.{c.dg(2)}")
    b.l("-" * 60)
    if c.p(0.25):
        b.l("Payment  ", c.ch(["VISA ", "MC "]), (c.card(sep=""), CC))
    else:
        b.l("Payment  ", c.ch(["VISA ", "MC ", "AMEX "]), c.masked_card(), "  auth ", c.dg(6))
    b.l("Balance  0.00").l()
    b.f("Thank you for staying with us, {g}! Folio copies: {e}\n", g=(g.g, PER), e=(c.email(None, slug(hot) + ".example"), EM))
    return b


def en_loyalty_csv(c):
    b = B(); prog = c.ch(["HarborRewards", "Fork&Friends Club", "Linden Circle", "SuiteLife Points"])
    sep = c.ch([",", ";", "\t", "|"])
    b.l(f"# {prog} member export — segment: {c.ch(['lapsed', 'gold', 'birthday_month', 'all'])}")
    b.l(sep.join(["member_id", "first_name", "last_name", "email", "phone", "birth_date", "city", "country",
                  "tier", "points", "last_stay"]))
    for _ in range(c.ri(4, 14)):
        cc = c.loc(c.ch(EN_CC + ["DE", "FR", "ES", "NL", "JP"]))
        p = c.person(cc)
        cells = [(c.loyalty(), ACC), (p.g, PER), (p.f, PER), (c.email(p), EM) if c.p(0.85) else "",
                 (c.phone(cc, True), PH) if c.p(0.8) else "", (c.fd(c.dob(), "iso"), DOB),
                 (CITIES[cc][c.ri(0, len(CITIES[cc]) - 1)][0], LOC), cc, c.ch(["BASE", "SILVER", "GOLD", "PLATINUM"]),
                 str(c.ri(0, 250000)), (c.fd(c.date(), "iso"), DT) if c.p(0.8) else ""]
        for k, cell in enumerate(cells):
            if k:
                b.t(sep)
            if isinstance(cell, tuple) and sep == "," and c.p(0.2):
                b.t('"').e(*cell).t('"')
            else:
                b.a(cell)
        b.t("\n")
    return b.l(f"# rows exported by job loyalty-export v{c.version()}")


def en_delivery_chat(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA", "AU", "IE"]))
    app, cu, ag, cour = c.ch(APPS), c.person(cc), c.person(cc), c.person(cc)
    h, m = c.ri(11, 22), c.ri(0, 40)
    ts = lambda: f"[{h:02d}:{m + k:02d}]"
    b.l(app, " Support — chat transcript ", c.ticket()).l("Order: ", c.order(), "   Channel: in-app").l()
    handle = fold(cu.g).lower() + c.ch(["_eats", "", "."]) + c.dg(2)
    k = 0
    b.l(ts(), f" Customer ({handle}): hi my order still hasn't arrived, it's been {c.ri(45, 90)} minutes")
    k += 1
    b.f("{t} Agent {a}: Hi {n}, I'm really sorry about that. Can you confirm the delivery address?\n",
        t=ts(), a=(ag.g, PER), n=(cu.g, PER))
    k += 1
    b.l(ts(), " Customer: ", (c.a1(c.addr(cc)), ADR))
    k += 1
    b.f("{t} Agent {a}: Thanks. Your courier {r} is {x} minutes away. You can also reach them on {p}.\n",
        t=ts(), a=(ag.g, PER), r=(cour.g, PER), x=str(c.ri(2, 9)), p=(c.phone(cc), PH))
    k += 2
    b.l(ts(), " Customer: the food will be cold. can I get a refund? send the receipt to ", (c.email(cu), EM))
    k += 1
    b.f("{t} Agent {a}: I've issued a refund of {amt} to the card ending {l4}; it can take 3-5 business days.\n",
        t=ts(), a=(ag.g, PER), amt=c.amount(cc, 6, 70), l4=c.dg(4))
    if c.p(0.4):
        k += 1
        b.l(ts(), " Customer: also the rider left my ", c.ch(BRANDS[:4]), " bag at the wrong door lol")
    k += 1
    b.l(ts(), " Agent ", (ag.g, PER), ": Noted. Anything else I can help with today?")
    return b.l("-- chat closed, CSAT ", str(c.ri(1, 5)), "/5 --")


def en_dispatch_log(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA", "AU"]))
    lt = c.clock(None, 0)
    for _ in range(c.ri(1, 3)):
        courier = c.person(cc)
        cid, oid = c.pat("C-####"), c.order()
        b.l(lt(), " INFO  dispatch.assign order=", oid, " courier_id=", cid, ' courier="', (c.name(courier, "full"), PER),
            '" vehicle=', c.ch(["e-bike", "scooter", "car", "bicycle"]), " zone=", c.pat("AAA-##"))
        b.l(lt(), " INFO  dispatch.pickup restaurant=\"", c.ch(RESTAURANTS), "\" addr=\"", (c.a1(c.addr(cc)), ADR), '"')
        b.l(lt(), " INFO  dispatch.dropoff addr=\"", (c.a1(c.addr(cc)), ADR), "\" eta_min=", str(c.ri(5, 30)),
            " dist_km=", f"{c.ri(5, 90) / 10:.1f}")
        b.l(lt(), " DEBUG notify.sms to=", (c.phone(cc, True), PH), " template=courier_assigned id=", c.uuid())
        b.l(lt(), " DEBUG api.request client_ip=", (c.ipv4(), IP), " path=/v1/orders/", oid.strip("#"), "/track latency=",
            str(c.ri(12, 900)), "ms")
        if c.p(0.4):
            b.l(lt(), " WARN  courier.unreachable courier_id=", cid, " phone=", (c.phone(cc), PH), " retry_in=30s")
        if c.p(0.4):
            b.l(lt(), " INFO  customer.note \"", c.ch(["leave with concierge", "gate code 4471#", "dog in yard, ring twice"]),
                '" customer="', (c.person(cc).g, PER), '"')
        b.l(lt(), " INFO  dispatch.delivered order=", oid, " proof=photo sha256=", c.sha(64)[:16], "…")
    return b


def en_allergy_note(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "IE", "AU", "CA"]))
    g, srv, chef = c.person(cc), c.person(cc), c.person(cc)
    al = c.ch(ALLERGENS)
    b.l(c.ch(["*** ALLERGY ALERT ***", "!! ALLERGEN TICKET !!", "KITCHEN NOTE — ALLERGY"]))
    b.l("Table ", str(c.ri(1, 40)), " / Seat ", str(c.ri(1, 8)), "     Covers: ", str(c.ri(2, 10)))
    b.t("Guest: "); c.tname(b, g, full=True); b.l()
    b.l("Booking time: ", (c.fdt(c.date(), c.time(12, 21), c.ch(["abbr", "wd", "num"])), DT))
    b.l("Allergy: ", al.upper(), " — ", c.ch(["anaphylactic", "severe", "intolerance only", "coeliac"]))
    b.l("Guest carries: ", c.ch(DRUGS[:4]), "   Code on guest card: ", c.ch(ICD_ALLERGY))
    if c.p(0.4):
        kid = c.person(cc)
        b.f("Child {k} (DOB {d}) also at table — kids menu, no {a2}.\n", k=(kid.g, PER), d=(c.fd(c.date(2013, 2021)), DOB),
            a2=c.ch(ALLERGENS))
    b.l("Separate board + fryer. Chef to plate personally. NO garnish swap.")
    b.l("Server: ", (srv.g, PER), "  |  Chef on duty: ", (c.name(chef, c.ch(["full", "caps"])), PER))
    if c.p(0.6):
        b.l("Emergency contact given at booking: ", (c.phone(cc), PH))
    return b.l("Dessert: ", c.ch(BRANDS[:2]), " sorbet only (check label!)")


def en_catering_contract(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "IE", "CA"]))
    cl, mgr = c.person(cc), c.person(cc)
    cat = c.ch(["Olive & Thyme Catering LLC", "Copper Kettle Events Ltd", "Harbor & Vine Catering Co."])
    ev = c.date(); dl = ev - timedelta(days=c.ri(14, 40))
    b.l("EVENT CATERING AGREEMENT").l()
    b.f("This Agreement is made on {d} between {cat}, {a1} (\"Caterer\"), and {cl} of {a2} (\"Client\").\n\n",
        d=(c.fd(c.date(), "long"), DT), cat=cat, a1=(c.a1(c.addr(cc)), ADR), cl=(c.name(cl, "full"), PER),
        a2=(c.a1(c.addr(cc)), ADR))
    b.f("1. Event. {kind} for approximately {n} guests on {dt}, ending no later than {end}, at {venue}.\n",
        kind=c.ch(["Wedding reception", "Corporate dinner", "Garden party", "Product launch"]), n=str(c.ri(30, 250)),
        dt=(c.fdt(ev, c.time(17, 19), "wd"), DT), end=(c.ft(c.time(22, 23)), DT),
        venue=(c.a1(c.addr(cc)), ADR) if c.p(0.6) else "the Client's venue")
    b.f("2. Menu. Three-course plated menu; dietary requirements to be confirmed in writing by {d}.\n",
        d=(c.fd(dl, "long"), DT))
    b.f("3. Fees. Total estimate {amt}; a deposit of 30% is due on signature and the balance by {d2}.\n",
        amt=c.amount(cc, 3000, 40000), d2=(c.fd(ev - timedelta(days=7), "num"), DT))
    if cc == "US":
        b.f("   Payment by ACH to routing {r}, account {a}, or by card on the portal {u}.\n", r=c.routing(),
            a=(c.acct(), ACC), u=(c.url("pay." + slug(cat) + ".example", f"/inv/{c.dg(6)}"), URL))
    else:
        b.f("   Payment by bank transfer to IBAN {i} (BIC {bic}).\n", i=(c.iban(c.ch(["GB", "IE"])), IB), bic=c.bic())
    b.l("4. Cancellation. Deposits are non-refundable within 30 days of the event.")
    b.f("5. Contacts. Caterer: {m}, {p}, {e}. Client: {cp}.\n\n", m=(c.name(mgr, "full"), PER), p=(c.phone(cc), PH),
        e=(c.email(mgr, slug(cat) + ".example"), EM), cp=(c.phone(cc), PH))
    b.l("Signed: ____________________   ____________________")
    b.l("        ", (c.name(mgr, "full"), PER), " for Caterer      ", (c.name(cl, "full"), PER), ", Client")
    return b


def en_roster(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "AU", "IE", "CA"]))
    wk = c.date(); wk -= timedelta(days=wk.weekday())
    b.l(c.ch(RESTAURANTS + HOTELS), " — ", c.ch(["Kitchen", "Front of House", "Housekeeping", "Bar"]), " roster")
    b.l("Week commencing ", (c.fd(wk, c.ch(["wd", "long", "num"])), DT)).l()
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    b.l(f"{'Name':<24}{'Role':<14}" + " ".join(f"{d:<4}" for d in days) + " Mobile")
    for _ in range(c.ri(5, 9)):
        p = c.person(cc)
        nm = c.name(p, c.ch(["full", "full", "lf"]))
        role = c.ch(["Sous chef", "Line cook", "KP", "Server", "Host", "Bartender", "Runner", "Pastry"])
        b.l((nm, PER), " " * max(1, 24 - len(nm)), f"{role:<14}", " ".join(f"{c.ch(['E', 'L', 'D', 'OFF', 'E', 'L']):<4}" for _ in days),
            " ", (c.phone(cc), PH))
    b.l().l("E = early, L = late, D = double, OFF = rest day. Swaps must be approved by the GM.")
    return b.l("Questions: ", (c.person(cc).g, PER), " on ", (c.phone(cc), PH))


def en_payslip(c):
    b = B(); c.loc("US"); emp = c.person("US")
    end = c.date(); start = end - timedelta(days=13)
    co = c.ch(["Harborview Hospitality Group LLC", "Saffron House Restaurants Inc.", "Linden Inn Operating Co."])
    b.l(co).l((c.a1(c.addr("US")), ADR)).l().l("EARNINGS STATEMENT")
    b.l("Employee: ", (c.name(emp, c.ch(["full", "lfcaps", "caps"])), PER), "     Employee ID: ", c.dg(6))
    b.l("Address:  ", (c.a1(c.addr("US")), ADR))
    if c.p(0.5):
        b.l("SSN:      ", (c.ssn("-"), SSN))
    else:
        b.l("SSN:      XXX-XX-", c.dg(4))
    b.l("Pay period: ", (c.fd(start, "num"), DT), " - ", (c.fd(end, "num"), DT), "   Pay date: ",
        (c.fd(end + timedelta(days=5), "num"), DT)).l()
    hrs, rate = c.ri(40, 86), c.ri(11, 32)
    tips = c.ri(100, 1400)
    b.l(f"Regular      {hrs:>3} hrs @ {rate}.00        {hrs * rate:>8,.2f}")
    b.l(f"Overtime       {c.ri(0, 9)} hrs @ {rate * 1.5:.2f}")
    b.l(f"Tips (credit card)                {tips:>8,.2f}")
    b.l(f"Federal income tax               -{c.ri(50, 300):>7,.2f}")
    b.l(f"Social Security                  -{c.ri(40, 160):>7,.2f}")
    b.l(f"Medicare                         -{c.ri(10, 40):>7,.2f}")
    b.l("Dental plan (group no. ", c.dg(6), ")   -", f"{c.ri(5, 30)}.00").l()
    if c.p(0.6):
        b.l("Direct deposit: routing ", c.routing(), "  account ", (c.acct(), ACC))
    else:
        b.l("Direct deposit: account ending ", c.dg(4))
    return b.l("Questions? payroll: ", (c.email(None, slug(co)[:18] + ".example.com"), EM))


def en_complaint_email(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "IE", "AU", "CA", "IN"]))
    g = c.person(cc); venue = c.ch(RESTAURANTS + HOTELS); staff = c.person(cc)
    d = c.date()
    b.l("From: ", (c.name(g, "full"), PER), " <", (c.email(g), EM), ">")
    b.l("To: ", ("feedback@" + slug(venue) + ".example", EM))
    b.l("Date: ", c.hdr_date(d))
    b.l("Subject: ", c.ch(["Very disappointing visit – ", "Complaint re: booking ", "Refund request ref "]), c.booking()).l()
    b.l(c.ch(["To whom it may concern,", "Dear Manager,", "Hello,"])).l()
    b.f("I visited {v} on {d} with my {rel} and I'm afraid the experience was well below what I expected. ",
        v=venue, d=(c.fd(d, c.ch(["wd", "long", "abbr"])), DT), rel=c.ch(["husband", "wife", "partner", "parents", "colleagues"]))
    b.f("We waited {w} minutes for our starters and our server, {s}, seemed completely overwhelmed. ",
        w=str(c.ri(35, 80)), s=(staff.g, PER))
    b.f("I had told the host twice about my {a} allergy and the dish still arrived with it.\n\n", a=c.ch(ALLERGENS))
    if c.p(0.4):
        b.l("Even the ", c.ch(BRANDS[:3]), " ice cream on the dessert menu was unavailable. My dog ", c.ch(PETS),
            " would have been better looked after.").l()
    b.f("I was charged {amt} on my card; I'd like a partial refund. My booking reference was {r}.\n", amt=c.amount(cc, 60, 700),
        r=c.booking())
    b.f("You can reach me on {p} or by post at {a}.\n\n", p=(c.phone(cc), PH), a=(c.a1(c.addr(cc)), ADR))
    b.l("Regards,").l((g.full if c.p(0.7) else g.g, PER))
    if c.p(0.4):
        m = c.person(cc)
        b.l().f("> On {d}, {m} <{e}> wrote:\n", d=(c.fdt(d - timedelta(days=3), c.time(9, 17), "abbr"), DT),
                 m=(m.full, PER), e=(f"guestrelations@{slug(venue)}.example", EM))
        b.f("> Dear {g}, this is to confirm your table on {vd}. Should anything change, please call me directly "
            "on {p}.\n> Kind regards, {m2}\n", g=(g.g, PER), vd=(c.fd(d, "long"), DT), p=(c.phone(cc), PH),
            m2=(m.g, PER))
    return b


def en_pms_json(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA", "AU"]))
    g = c.person(cc); a = c.addr(cc); arr = c.date(); dep = arr + timedelta(days=c.ri(1, 6))
    addr = {"line1": (c.street(a), ADR), "city": (a["city"], LOC)}
    if a["reg"]:
        addr["state"] = (a["reg"], LOC)
    addr.update({"postalCode": a["pc"], "country": cc})
    obj = {"reservationId": c.booking(), "status": c.ch(["CONFIRMED", "IN_HOUSE", "CHECKED_OUT"]),
           "property": c.ch(HOTELS), "guest": {"firstName": (g.g, PER), "lastName": (g.f, PER),
                                               "email": (c.email(g), EM), "phone": (c.phone(cc, True), PH),
                                               "dateOfBirth": (c.fd(c.dob(), "iso"), DOB), "address": addr},
           "arrival": (arr.isoformat(), DT), "departure": (dep.isoformat(), DT), "room": str(c.ri(101, 999)),
           "rateCode": c.ch(["BAR", "CORP", "AAA", "PKG-BB"]),
           "payment": {"type": c.ch(["VI", "MC", "AX"]), "maskedPan": c.masked_card(), "token": c.uuid()}}
    if c.p(0.5):
        obj["loyalty"] = {"program": "HarborRewards", "number": (c.loyalty(), ACC)}
    obj["lastModified"] = c.logts(arr, 0)
    b.l("// PMS export — GET /api/v3/reservations/", obj["reservationId"])
    jemit(b, obj, c.ch([2, 2, 4]))
    return b.t("\n")


def en_pos_log(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA"]))
    d = c.date(); term, srv = f"T{c.ri(1, 12):02d}", c.person(cc)
    lt = c.clock(d, 1)
    b.l(lt(), " INFO  pos.boot terminal=", term, " fw=", c.version(), " ip=", (c.ipv4(), IP))
    b.l(lt(), " INFO  pos.login employee=", c.dg(4), " name=", (srv.g, PER), " role=server")
    for _ in range(c.ri(2, 7)):
        b.l(lt(), " INFO  txn.open check=", c.dg(5), " table=", str(c.ri(1, 40)), " covers=", str(c.ri(1, 8)))
        b.l(lt(), " INFO  txn.auth amount=", c.amount(cc, 8, 450), " pan=", c.masked_card(), " result=APPROVED code=", c.dg(6))
    b.l(lt(), " DEBUG emv.fallback track2 PAN=", (c.card(sep=""), CC), " (should be masked!)")
    b.l(lt(), " INFO  txn.ref id=", c.bad16(), " batch=", c.dg(3))
    if c.p(0.5):
        b.l(lt(), " DEBUG gateway.auth header x-api-key=", (c.gsec(), GS))
    b.l(lt(), " WARN  sync.retry host=", (c.ipv4(), IP), ":8443 err=ETIMEDOUT attempt=", str(c.ri(1, 5)))
    return b.l(lt(), " INFO  pos.close terminal=", term, " uptime=", str(c.ri(2, 14)), "h")


def en_review(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "AU", "CA", "IE"]))
    rv, st, mgr = c.person(cc), c.person(cc), c.person(cc)
    venue = c.ch(RESTAURANTS + HOTELS)
    b.l(venue, " — Reviews").l("★" * c.ri(1, 5), "  \"", c.ch(["Lovely evening", "Would not return", "Hidden gem",
                                                                 "Overpriced", "Great staff"]), "\"")
    b.f("{n} from {l} · {x} reviews\n", n=(rv.g, PER), l=(c.city(cc), LOC), x=str(c.ri(1, 300)))
    b.f("Visited {d}\n\n", d=(c.fd(c.date(), c.ch(["long", "abbr", "wd"])), DT))
    b.f("We came for my {o} birthday{extra}. {s} looked after us brilliantly and even remembered that I can't eat {a}. ",
        o=c.ch(["mum's", "partner's", "own", "dad's"]), extra=c.ch(["", " last weekend", " on a Tuesday"]),
        s=(st.g, PER), a=c.ch(ALLERGENS))
    b.l(c.ch(["The tasting menu was worth it.", "Mains were a bit salty.", "The wine list is huge."]),
        " Parking is a nightmare though.").l()
    b.f("Response from {m}, General Manager:\nThank you so much! Please call me directly on {p} next time you book.\n",
        m=(mgr.g if c.p(0.5) else mgr.full, PER), p=(c.phone(cc), PH))
    return b


def en_regcard_ocr(c):
    b = B(); gcc = c.ch(["PL", "DE", "FR", "US", "GB", "ES", "IT", "NL", "JP"]); c.loc("GB")
    g = c.person(gcc); a = c.addr(gcc); arr = c.date(); dep = arr + timedelta(days=c.ri(1, 7))
    noise = lambda s: s if c.p(0.6) else s.replace("m", "rn").replace("e", "c", 1)
    b.l("R E G I S T R A T I O N   C A R D            Rm ", str(c.ri(101, 620)))
    b.l(noise("Surname / Nom"), " ....... ", (g.f.upper(), PER))
    b.l(noise("First name / Prénom"), " . ", (g.g, PER))
    b.l(noise("Date of birth"), " ....... ", (c.fd(c.dob(), "num", "gb"), DOB))
    b.l("Nationality ......... ", c.ch(["POLISH", "GERMAN", "FRENCH", "AMERICAN", "BRITISH", "SPANISH", "DUTCH"]))
    b.l(noise("Home address"), " ........ ", (c.a1(a, True), ADR))
    b.l("Arr ", (c.fd(arr, "num", "gb"), DT), "   Dep ", (c.fd(dep, "num", "gb"), DT), "   Pax ", str(c.ri(1, 4)))
    if c.p(0.5):
        b.l("Driving lic. no. .... ", (c.dlic("GB" if gcc == "GB" else "DE" if gcc == "DE" else "US",
                                               c.ch(["CA", "NY", "TX", "FL"])), DL))
    b.l("Vehicle reg ......... ", c.plate(c.ch(["GB", "DE", "FR"])))
    b.l("E-mail .............. ", (c.email(g), EM))
    b.l("Mobile .............. ", (c.phone(gcc, True), PH))
    b.l("Signature ........... ~~", fold(g.f)[:4].lower(), "~~   |  Clerk: ", c.pat("AA"))
    return b.l("I agree to the hotel terms. Rate ", c.amount("GB", 80, 400), " B&B.")


def en_incident_report(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA"]))
    g, staff, wit = c.person(cc), c.person(cc), c.person(cc)
    d = c.date()
    b.l("GUEST INCIDENT REPORT — ", c.ch(HOTELS), "      Case ", c.ticket()).l()
    b.l("Date/time of incident: ", (c.fdt(d, c.time(6, 23), "num"), DT))
    b.l("Location: ", c.ch(["pool deck", "lobby stairs", "restaurant terrace", "spa changing room"]), " (near room ",
        str(c.ri(101, 999)), ")")
    b.t("Guest: "); c.tname(b, g, full=True); b.l("    DOB: ", (c.fd(c.dob(), "num"), DOB))
    b.l("Guest phone: ", (c.phone(cc), PH))
    kind = c.ch(["slipped on wet tiles", "reported vomiting after dinner", "allergic reaction at breakfast"])
    b.f("Description: Guest {k}. First aider {s} attended; guest was given {drug}.\n", k=kind,
        s=(c.name(staff, "full"), PER), drug=c.ch(DRUGS))
    b.f("Witness: {w}, {p}\n", w=(c.name(wit, "full"), PER), p=(c.phone(cc), PH))
    hosp = c.ch(["St. Mary's Medical Center", "City General Hospital", "Mercy Urgent Care"])
    b.f("Transported to {h}; hospital MRN {m} provided by guest for follow-up.\n", h=hosp, m=(c.mrn(), MRN))
    b.f("Guest insurance: {ins}, member ID {mid}, group {grp}.\n",
        ins=c.ch(["Blue Cross PPO", "Aetna Choice", "UnitedHealthcare", "Bupa Global"]), mid=(c.hpn(), HPN),
        grp=c.dg(6))
    b.l("Diagnosis noted on discharge sheet: ", c.ch(ICD_ALLERGY + ["S93.401A", "A05.9"]), " (CPT ", c.dg(5), ")")
    b.l("Duty manager: ", (staff.f, PER), " — report filed ", c.ch(["same day", "next morning", "within 2 hours"]), ".")
    return b.l("Insurer notified under policy no. ", c.pat("GL-#######"), " (property liability).")


def en_ota_xml(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA", "AU"]))
    g = c.person(cc); a = c.addr(cc); arr = c.date(); dep = arr + timedelta(days=c.ri(1, 6))
    tit = c.title(g, "en")
    b.l('<?xml version="1.0" encoding="UTF-8"?>')
    b.l(f'<OTA_HotelResNotifRQ EchoToken="{c.uuid()}" TimeStamp="{c.logts(arr, 0)}" Version="1.003">')
    b.l("  <HotelReservations><HotelReservation CreateDateTime=\"", c.logts(arr, 0), "\">")
    b.l('    <UniqueID Type="14" ID="', c.booking(), '"/>')
    b.l(f'    <RoomStays><RoomStay><TimeSpan Start="', (arr.isoformat(), DT), '" End="', (dep.isoformat(), DT), '"/>')
    b.l(f'      <RoomRates><RoomRate RoomTypeCode="{c.ch(["DBL", "KNG", "TWN"])}" RatePlanCode="BAR"/></RoomRates>')
    b.l("    </RoomStay></RoomStays>")
    b.l("    <ResGuests><ResGuest><Profiles><ProfileInfo><Profile><Customer>")
    b.l("      <PersonName>", f"<NamePrefix>{tit}</NamePrefix>" if tit else "", "<GivenName>", (g.g, PER),
        "</GivenName><Surname>", (g.f, PER), "</Surname></PersonName>")
    b.l('      <Telephone PhoneNumber="', (c.phone(cc, True), PH), '"/>')
    b.l("      <Email>", (c.email(g), EM), "</Email>")
    b.l("      <Address><AddressLine>", (c.street(a), ADR), "</AddressLine><CityName>", (a["city"], LOC),
        "</CityName><PostalCode>", a["pc"], "</PostalCode>",
        *(["<StateProv StateCode=\"", (a["reg"], LOC), "\"/>"] if a["reg"] else []), f'<CountryName Code="{cc}"/></Address>')
    if c.p(0.5):
        b.l('      <CustLoyalty ProgramID="HR" MembershipID="', (c.loyalty(), ACC), '"/>')
    b.l("    </Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests>")
    if c.p(0.5):
        b.l('    <Guarantee><PaymentCard CardCode="VI" CardNumber="', (c.card(sep=""), CC), '" ExpireDate="',
            (f"{c.ri(1, 12):02d}{c.ri(25, 31)}", DT), '"><CardHolderName>', (c.name(g, "caps"), PER),
            "</CardHolderName></PaymentCard></Guarantee>")
    else:
        b.l('    <Guarantee><PaymentCard CardCode="MC" CardNumber="', c.masked_card().replace(" ", ""), '"/></Guarantee>')
    b.l("    <Comments><Comment><Text>", c.ch(["Late arrival approx 23:00", "Honeymoon - flowers please",
                                                "Feather allergy", "Traveling with dog " + c.ch(PETS)]), "</Text></Comment></Comments>")
    return b.l("  </HotelReservation></HotelReservations>").l("</OTA_HotelResNotifRQ>")


def en_app_yaml(c):
    b = B(); svc = c.ch(["tablebook-api", "menu-service", "guest-profile-svc", "dispatch-core"])
    dpw = c.pw(safe=True)
    b.l(f"# {svc} / config/production.yaml").l(f"# owner: platform team — last reviewed by ", (c.person("US").full, PER))
    b.l("service:").l(f"  name: {svc}").l(f"  version: {c.version()}").l(f"  port: {c.ch([8080, 8443, 3000])}")
    b.l("database:").l("  url: postgres://", c.ch(["tb_app", "svc_user", "app"]), ":", (dpw, PW),
                       "@db-primary.internal.example:5432/", svc.replace("-", "_"))
    b.l("  pool_size: 20")
    b.l("payments:").l("  stripe_secret_key: ", (c.stripe(), ST))
    b.l("  stripe_webhook_secret: ", (f"whsec_{c.rs(32)}", GS) if c.p(0.6) else "${STRIPE_WEBHOOK_SECRET}")
    b.l("notifications:")
    b.l("  slack_bot_token: ", (c.slack(), SL) if c.p(0.6) else "${SLACK_BOT_TOKEN}")
    b.l("  sms_auth_token: ", (c.rs(32, HEXL), GS))
    b.l("  smtp_password: ${SMTP_PASSWORD}")
    b.l("storage:").l("  aws_access_key_id: ", (c.aws_ak(), AK)).l("  aws_secret_access_key: ", (c.aws_sk(), SK))
    b.l(f"  bucket: {svc}-assets-prod").l("  region: eu-west-1")
    b.l("network:").l("  allowed_ips:").l("    - ", (c.ipv4(), IP), "/32").l("    - ", (c.ipv4(), IP), "/24")
    b.l("support:").l("  email: ", (c.email(None, "ops.example.com"), EM)).l("  oncall_phone: \"", (c.phone("US"), PH), "\"")
    return b


def en_env_file(c):
    b = B(); app = c.ch(APPS).lower().replace(" ", "-")
    b.l(f"# {app} courier-dispatch .env  -- DO NOT COMMIT").l("NODE_ENV=production")
    b.l("APP_URL=", (c.url(f"dispatch.{app}.example", ""), URL))
    b.l("DATABASE_URL=mysql://dispatch:", (c.pw(safe=True), PW), "@", (c.ipv4(), IP), ":3306/dispatch")
    b.l("REDIS_URL=redis://:", (c.pw(safe=True), PW), "@cache.internal.example:6379/0")
    if c.p(0.6):
        b.l("GITHUB_TOKEN=", (c.gh(), GH))
    b.l("MAPS_API_KEY=", (f"AIza{c.rs(35, AL + '-_')}", GS))
    b.l("JWT_SIGNING_SECRET=", (c.rs(48), GS))
    b.l("PAYMENTS_KEY=", (c.stripe(), ST) if c.p(0.5) else "${PAYMENTS_KEY}")
    b.l("ADMIN_EMAIL=", (c.email(c.person("US")), EM))
    b.l("SUPPORT_PHONE=\"", (c.tollfree("US"), PH), "\"")
    b.l("FEATURE_BATCHING=true").l("BUILD_SHA=", c.sha()).l("DEPLOYED_AT=", c.epoch())
    return b


def en_webhook_json(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA", "AU"]))
    g = c.person(cc); a = c.addr(cc)
    b.l("POST /webhooks/payments HTTP/1.1").l("Host: orders.", slug(c.ch(APPS)), ".example")
    b.l("Stripe-Signature: t=", c.epoch(), ",v1=", c.sha(64)).l("Content-Type: application/json").l()
    addr = {"line1": (c.street(a), ADR), "city": (a["city"], LOC)}
    if a["reg"]:
        addr["state"] = (a["reg"], LOC)
    addr.update({"postal_code": a["pc"], "country": cc})
    obj = {"id": "evt_" + c.rs(24), "type": "charge.succeeded", "created": int(c.epoch()),
           "data": {"object": {"id": "ch_" + c.rs(24), "amount": c.ri(900, 9000), "currency": "usd",
                               "billing_details": {"name": (c.name(g, "full"), PER), "email": (c.email(g), EM),
                                                   "phone": (c.phone(cc, True), PH), "address": addr},
                               "payment_method_details": {"card": {"brand": "visa", "last4": c.dg(4),
                                                                   "exp_month": c.ri(1, 12), "exp_year": c.ri(2026, 2031)}},
                               "metadata": {"order_id": c.order(), "restaurant": c.ch(RESTAURANTS)},
                               "receipt_url": (c.url("pay.example.com", f"/receipts/acct_{c.rs(16)}/ch_{c.rs(24)}"), URL)}}}
    jemit(b, obj, c.ch([None, 2]))
    return b.t("\n")


def en_ics_event(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "DE", "FR", "IE"]))
    host, org = c.person(cc), c.person(cc)
    d = c.date(); t = c.time(12, 20); ven = c.ch(RESTAURANTS)
    stamp = lambda: f"{c.date().strftime('%Y%m%d')}T{c.ri(0, 23):02d}{c.ri(0, 59):02d}00Z"
    b.l("BEGIN:VCALENDAR").l("VERSION:2.0").l(f"PRODID:-//{ven}//Events {c.version()}//EN").l("BEGIN:VEVENT")
    b.l(f"UID:{c.uuid()}").l("DTSTAMP:", stamp()).l("CREATED:", stamp())
    tz = c.ch(["Europe/Berlin", "America/Chicago", "Europe/London", "Europe/Paris"])
    b.l(f"DTSTART;TZID={tz}:", (d.strftime("%Y%m%d") + f"T{t[0]:02d}{t[1]:02d}00", DT))
    b.l(f"DTEND;TZID={tz}:", (d.strftime("%Y%m%d") + f"T{min(t[0] + 3, 23):02d}{t[1]:02d}00", DT))
    b.l("SUMMARY:", c.ch(["Private dining", "Wine tasting", "Chef's table", "Rehearsal dinner"]), " – ", (host.f, PER),
        " party (", str(c.ri(6, 30)), " pax)")
    b.l(f"LOCATION:{ven} - {c.ch(['Private Room', 'Terrace', 'Cellar'])}")
    b.l("DESCRIPTION:Host: ", (host.full, PER), "\\nHost mobile: ", (c.phone(cc), PH),
        "\\nDietary: ", c.ch(ALLERGENS), " free x", str(c.ri(1, 4)), "\\nDeposit paid (invoice ", c.pat("INV-#####"), ")")
    if c.p(0.5):
        b.l("X-ONLINE-JOIN:", (c.url("meet.example.com", f"/j/{c.dg(11)}"), URL), " Passcode: ", (c.passcode(), PW))
    b.l("ORGANIZER;CN=", (c.name(org, "full"), PER), ":mailto:", (c.email(org, slug(ven) + ".example"), EM))
    b.l("ATTENDEE;CN=", (host.full, PER), ";RSVP=TRUE:mailto:", (c.email(host), EM))
    return b.l("LAST-MODIFIED:", stamp()).l("END:VEVENT").l("END:VCALENDAR")


def en_vcard(c):
    b = B(); b.l(f"# CRM export: VIP guests ({c.ch(HOTELS)})")
    for _ in range(c.ri(1, 2)):
        cc = c.loc(c.ch(["US", "GB", "CA", "DE", "FR", "IT"]))
        p = c.person(cc); a = c.addr(cc); mid = c.ch(UP) if c.p(0.4) else ""
        b.l("BEGIN:VCARD").l("VERSION:3.0")
        tit = c.title(p, "en")
        b.l("N:", (f"{p.f};{p.g}" + (f";{mid}" if mid else ""), PER), ";" if mid else ";;", tit, ";")
        b.l("FN:", (f"{p.g} {mid + '. ' if mid else ''}{p.f}", PER))
        b.l("ORG:", c.ch(COMPANIES))
        b.l("TEL;TYPE=CELL:", (c.phone(cc, True), PH))
        b.l("EMAIL;TYPE=INTERNET:", (c.email(p), EM))
        b.l("ADR;TYPE=HOME:;;", (f"{c.street(a)};{a['city']};{a['reg'] or ''};{a['pc']};{c.cname(cc)}", ADR))
        b.l("BDAY:", (c.fd(c.dob(), "iso"), DOB))
        b.l("NOTE:", c.ch(["Prefers high floor; feather-free pillows", f"Travels with dog {c.ch(PETS)}",
                            "Always books the corner suite", f"Likes {c.ch(BRANDS[:3])} in the minibar"]))
        b.l("END:VCARD")
    return b


def en_sms_log(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "AU", "IE", "CA"]))
    rest = c.ch(RESTAURANTS); clk = c.clock(None, 1, (20, 2400))
    b.l("# outbound SMS log — provider=", c.ch(["twilio", "messagebird", "sinch"]), " account=AC", c.pat("x" * 32))
    for _ in range(c.ri(3, 5)):
        p = c.person(cc); dd = c.date()
        msg = c.ch(["Hi {g}, your table at {r} is confirmed for {dt}. Reply C to cancel.",
                    "{g}, your table is ready! Please come to the host stand.",
                    "Reminder: {r} tomorrow at {tm}. Running late? Call {ph}",
                    "Hi {g}, we have you on the waitlist at {r}. Est. wait 25 min."])
        b.t(clk() + f" | to=").e(c.phone(cc, True), PH).t(" | status=" + c.ch(["DELIVERED", "SENT", "FAILED"]) + ' | "')
        b.f(msg, g=(p.g, PER), r=rest, dt=(c.fdt(dd, c.time(17, 21), "abbr"), DT), tm=(c.ft(c.time(17, 21)), DT),
            ph=(c.phone(cc), PH))
        b.l('"')
    return b.l("# short links: ", (c.url("tbk.example", "/r/" + c.rs(6)), URL))


def en_lost_found(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "CA", "AU"]))
    b.l(c.ch(HOTELS), " — Lost & Found register").l()
    b.l("Item | Found | Area | Found by | Owner | Contact | Status")
    for _ in range(c.ri(3, 6)):
        fb, ow = c.person(cc), c.person(cc)
        b.l(c.ch(["black umbrella", "iPhone 13", "child's teddy bear", "reading glasses", "laptop charger", "wedding ring"]),
            " | ", (c.fd(c.date(), "num"), DT), " | ", c.ch(["Rm " + str(c.ri(100, 600)), "Bar", "Spa", "Lobby"]),
            " | ", (fb.g, PER), " | ", (c.name(ow, c.ch(["full", "lf"])), PER) if c.p(0.7) else "unknown", " | ",
            (c.phone(cc), PH) if c.p(0.5) else (c.email(ow), EM), " | ",
            c.ch(["held", "returned", "shipped " + c.pat("1Z###AA##########"), "disposed after 90 days"]))
    gu = c.person(cc)
    b.l().f("Ship to: {n}, {a}\n", n=(gu.full, PER), a=(c.a1(c.addr(cc)), ADR))
    return b


def en_chargeback(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA"]))
    g, fin = c.person(cc), c.person(cc); hot = c.ch(HOTELS)
    arr = c.date(); dep = arr + timedelta(days=c.ri(1, 4))
    b.l(hot, " — Finance Department").l((c.a1(c.addr(cc)), ADR)).l()
    b.l((c.fd(c.date(), "long"), DT)).l()
    b.l("Re: Chargeback dispute, case no. ", c.pat("CB########"), ", reason code ", c.ch(["10.4", "13.1", "4837"])).l()
    b.f("Cardholder: {n}\nCard: {card}\nTransaction date: {td}   Amount: {amt}\n\n", n=(c.name(g, "full"), PER),
        card=(c.card(), CC) if c.p(0.4) else c.masked_card(), td=(c.fd(dep, "num"), DT), amt=c.amount(cc, 150, 3000))
    b.f("The guest stayed from {a} to {d} (booking {bk}). The online booking was placed from IP address {ip} "
        "and confirmed to {e}; the registration card was signed on arrival.\n",
        a=(c.fd(arr, "long"), DT), d=(c.fd(dep, "long"), DT), bk=c.booking(), ip=(c.ip(), IP), e=(c.email(g), EM))
    b.l("Enclosed: signed registration card, folio, key-card audit trail, CCTV stills.").l()
    b.f("Please direct any questions to {f} on {p}.\n\nSincerely,\n{f2}\nCredit Manager\n",
        f=(fin.full, PER), p=(c.phone(cc), PH), f2=(fin.full, PER))
    return b


def en_rooming_list(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "IE", "AU"]))
    grp = c.ch(COMPANIES); arr = c.date(); dep = arr + timedelta(days=c.ri(2, 5))
    lead = c.person(cc)
    b.l("ROOMING LIST — ", grp).l("Block code: ", c.pat("GRP###AA"), "   Hotel: ", c.ch(HOTELS))
    b.f("Group arrival {a} / departure {d}\n", a=(c.fd(arr, "long"), DT), d=(c.fd(dep, "long"), DT))
    b.f("Tour leader: {n}, mobile {p}, {e}\n\n", n=(lead.full, PER), p=(c.phone(cc, True), PH), e=(c.email(lead), EM))
    sep = c.ch([",", ";"])
    b.l(sep.join(["Last name", "First name", "Room", "Sharing with", "Loyalty #", "Notes"]))
    for _ in range(c.ri(4, 8)):
        gcc = c.ch([cc, cc, "DE", "IN", "JP", "FR", "PL"])
        p, q = c.person(gcc), c.person(gcc)
        b.l((p.f, PER), sep, (p.g, PER), sep, c.ch(["DBL", "TWN", "SGL", "KNG"]), sep,
            (q.full, PER) if c.p(0.4) else "", sep, (c.loyalty(), ACC) if c.p(0.4) else "", sep,
            c.ch(["", "", "vegetarian", f"{c.ch(ALLERGENS)} allergy", "late arrival", "accessible room"]))
    return b.l().l("Billing: room & tax to master account; incidentals own account.")


def en_beo(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA"]))
    cl, mgr, onsite = c.person(cc), c.person(cc), c.person(cc)
    d = c.date()
    b.l("BANQUET EVENT ORDER  #", c.dg(5), "      Group No. ", c.dg(6))
    b.l("Event: ", c.ch(["Wedding Reception", "Awards Dinner", "Board Luncheon", "Bar Mitzvah"]), "     Room: ",
        c.ch(["Grand Ballroom", "Linden Suite", "Terrace"]))
    b.f("Date: {d}    Time: {t1} – {t2}\n", d=(c.fd(d, "wd"), DT), t1=(c.ft(c.time(11, 18)), DT), t2=(c.ft(c.time(20, 23)), DT))
    b.t("Client contact: "); c.tname(b, cl, full=True); b.l("   ", (c.email(cl), EM))
    b.l("On-site contact: ", (onsite.full, PER), ", cell ", (c.phone(cc), PH))
    b.l("Billing address: ", (c.a1(c.addr(cc)), ADR))
    b.l("Guarantee: ", str(c.ri(40, 300)), " guests (final numbers due 72 hours prior)").l()
    b.l("MENU").l("  Passed canapés: ", c.ch(["crab cakes", "caprese skewers", "mini Wellingtons"]))
    b.l("  Entrée: ", c.ch(["filet mignon", "herb-roasted chicken", "wild mushroom risotto"]))
    b.l("  Dessert: ", c.ch(BRANDS[:2] + ["lemon tart"]), " station")
    b.f("  Dietary: {a} ({x}), {b2} ({y})\n", a=(c.person(cc).full, PER), x=c.ch(ALLERGENS) + " allergy",
        b2=(c.person(cc).g, PER), y=c.ch(["vegan", "halal", "kosher"]))
    b.l().l("Deposit received: ", c.amount(cc, 500, 12000), " by card ending ", c.dg(4))
    b.l("Catering manager: ", (c.name(mgr, "full"), PER), "  ", (c.phone(cc), PH))
    b.f("Client signature: ________  Date: {d}\n", d=(c.fd(c.date(), "num"), DT))
    return b


def en_shift_handover(c):
    b = B(); cc = c.loc(c.ch(["GB", "US", "AU", "IE"]))
    hot = c.ch(HOTELS); d = c.date(); a, nxt = c.person(cc), c.person(cc)
    b.l("NIGHT AUDIT / SHIFT HANDOVER — ", hot).l("Shift date: ", (c.fd(d, c.ch(["num", "wd"])), DT),
                                                   "   Auditor: ", (a.g, PER)).l()
    ev = [lambda: b.f("{t} Rm {r} noise complaint, spoke to {n}, resolved.\n", t=f"{c.ri(22, 23)}:{c.ri(10, 59)}",
                      r=str(c.ri(100, 600)), n=(c.person(cc).f, PER)),
          lambda: b.f("{t} Walk-in, {n}, paid cash, ID checked, rate {amt}.\n", t=f"00:{c.ri(10, 59)}",
                      n=(c.person(cc).full, PER), amt=c.amount(cc, 90, 420)),
          lambda: b.f("{t} Fire panel fault zone {z}; engineer called ({e}, {p}).\n", t=f"01:{c.ri(10, 59)}",
                      z=str(c.ri(1, 6)), e=(c.person(cc).g, PER), p=(c.phone(cc), PH)),
          lambda: b.f("{t} Guest in {r} requested late checkout until {lc}.\n", t=f"02:{c.ri(10, 59)}",
                      r=str(c.ri(100, 600)), lc=(c.ft((c.ri(12, 14), 0)), DT)),
          lambda: b.f("{t} Night audit run complete, variance {amt}, reports emailed.\n", t=f"03:{c.ri(10, 59)}",
                      amt=c.amount(cc, 0, 60)),
          lambda: b.f("{t} Taxi booked for {n} to the airport ({iata}) for {tm}.\n", t=f"05:{c.ri(10, 59)}",
                      n=(c.person(cc).full, PER), iata=c.ch(["LHR", "JFK", "DUB", "SYD", "ORD"]), tm=(c.ft(c.time(5, 9)), DT))]
    for k in sorted(c.r.sample(range(len(ev)), c.ri(3, 6))):
        ev[k]()
    b.l().l("Handover to: ", (nxt.g, PER), " (AM). Occupancy ", str(c.ri(40, 99)), "%.")
    return b


def en_call_transcript(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA"]))
    rest, ag, cl = c.ch(RESTAURANTS), c.person(cc), c.person(cc)
    d = c.date(); t = c.time(18, 21)
    b.l("Call recording transcript  |  call id ", c.uuid(), "  |  caller ", (c.phone(cc), PH), "  |  duration 0",
        str(c.ri(2, 6)), ":", c.dg(2)).l()
    s = 0
    def ts():
        nonlocal s
        s += c.ri(3, 12)
        return f"{s // 60:02d}:{s % 60:02d}"
    b.f("{t} AGENT: Thank you for calling {r}, this is {a} speaking.\n", t=ts(), r=rest, a=(ag.g, PER))
    b.f("{t} CALLER: Hi, I'd like to book a table for {n} on {dt}.\n", t=ts(), n=c.ch(["two", "four", "six", "eight"]),
        dt=(c.fdt(d, t, c.ch(["wd", "long"])), DT))
    b.f("{t} AGENT: Let me check... yes, we can do that. Can I take a name?\n", t=ts())
    b.f("{t} CALLER: Sure, it's {n}.\n", t=ts(), n=(cl.full, PER))
    b.f("{t} AGENT: And a number in case we need to reach you?\n", t=ts())
    b.f("{t} CALLER: {p}. And my email is {e}.\n", t=ts(), p=(c.phone(cc), PH), e=(c.email(cl), EM))
    b.f("{t} AGENT: Lovely. Any allergies?\n{t2} CALLER: My {rel} can't have {a}.\n", t=ts(), t2=ts(),
        rel=c.ch(["daughter", "husband", "friend"]), a=c.ch(ALLERGENS))
    b.f("{t} AGENT: Noted. You're all set, {g}. Reference {ref}. See you then!\n", t=ts(), g=(cl.g, PER), ref=c.booking())
    return b


def en_onboarding_form(c):
    b = B(); c.loc("US"); p = c.person("US"); a = c.addr("US"); ec = c.person("US")
    st = c.ch(["CA", "NY", "TX", "FL", "IL", "WA", "MA"])
    b.l("EMPLOYEE ONBOARDING — PERSONAL DATA FORM").l(c.ch(HOTELS + RESTAURANTS), " / HR").l()
    b.l("Legal name (last, first, MI): ", (f"{p.f}, {p.g} {c.ch(UP)}", PER))
    b.l("Preferred name: ", (p.g, PER))
    b.l("Social Security No.: ", (c.ssn(), SSN))
    b.l("Date of birth: ", (c.fd(c.dob(), "num"), DOB))
    b.l("Home address: ", (c.street(a), ADR))
    b.l("City: ", (a["city"], LOC), "   State: ", (a["reg"], LOC), "   ZIP: ", a["pc"])
    b.l("Mobile: ", (c.phone("US"), PH), "   Personal e-mail: ", (c.email(p), EM))
    b.l("Driver's license #: ", (c.dlic("US", st), DL), "   Issuing state: ", (st, LOC), "   Exp: ",
        (c.fd(c.date(2026, 2031), "num"), DT))
    b.l("Emergency contact: ", (ec.full, PER), " (", c.ch(["spouse", "mother", "brother", "friend"]), ")  ",
        (c.phone("US"), PH))
    b.l("Direct deposit — Bank: ", c.ch(["Chase", "Wells Fargo", "Bank of America", "Ally"]), "  Routing: ", c.routing(),
        "  Account: ", (c.acct(), ACC), "  Type: Checking")
    b.l("Position: ", c.ch(["Line Cook", "Room Attendant", "Night Auditor", "Barback", "Sous Chef"]),
        "   Employee ID: ", c.dg(6), "   Start date: ", (c.fd(c.date(), "long"), DT))
    b.l("Uniform size: ", c.ch(["S", "M", "L", "XL"]), "   Locker: ", str(c.ri(1, 200)))
    return b.l().l("Signature: ______________   Date: ", (c.fd(c.date(), "num"), DT))


def en_api_log(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "CA"])); d = c.date()
    g = c.person(cc); slot = c.date()
    lt = c.clock(d, 0)
    b.l(lt(), " DEBUG http.in POST /v2/reservations from ", (c.ip(), IP), ' ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)"')
    b.l(lt(), " DEBUG http.in headers Authorization: Bearer ", (c.jwt(), JWT))
    b.t(lt() + " DEBUG http.in body ")
    jemit(b, {"guest": {"name": (g.full, PER), "email": (c.email(g), EM), "phone": (c.phone(cc, True), PH)},
              "partySize": c.ri(1, 8), "slot": (f"{slot.isoformat()}T{c.ri(17, 21)}:{c.ch(['00', '30'])}:00-05:00", DT),
              "notes": c.ch(["window please", "anniversary", "", "stroller"])}, None)
    b.t("\n")
    b.l(lt(), " INFO  reservations.create id=", c.uuid(), " status=201 duration_ms=", str(c.ri(40, 900)))
    b.l(lt(), " DEBUG upstream.call pos-sync x-api-key=", (c.gsec(), GS), " host=pos-sync.internal.example")
    if c.p(0.5):
        b.l(lt(), " WARN  ratelimit.hit client=", (c.ipv6(), IP), " window=60s limit=120")
    b.l(lt(), " INFO  mailer.sent to=", (c.email(g), EM), " template=booking_confirmed msg_id=", c.sha(24))
    return b


def en_k8s_secret(c):
    b = B(); name = c.ch(["booking-engine", "pos-bridge", "loyalty-api", "courier-dispatch"])
    b64 = lambda s: base64.b64encode(s.encode()).decode()
    b.l("apiVersion: v1").l("kind: Secret").l("metadata:").l(f"  name: {name}-secrets")
    b.l(f"  namespace: hospitality-{c.ch(['prod', 'staging'])}").l("  annotations:")
    b.l("    rotated-by: \"", (c.person("US").full, PER), "\"").l("    rotated-on: \"", (c.fd(c.date(), "iso"), DT), "\"")
    b.l("type: Opaque").l("data:")
    keys = [("DB_PASSWORD", PW, lambda: c.pw()), ("STRIPE_SECRET_KEY", GS, c.stripe), ("SMTP_PASSWORD", PW, c.pw),
            ("SLACK_BOT_TOKEN", GS, c.slack), ("REDIS_PASSWORD", PW, c.pw), ("API_SIGNING_KEY", GS, lambda: c.rs(40)),
            ("OAUTH_CLIENT_SECRET", GS, lambda: c.rs(32, AL + "-_"))]
    for k, typ, fn in c.r.sample(keys, c.ri(3, 6)):
        b.l(f"  {k}: ", (b64(fn()), typ))
    if c.p(0.5):
        b.l("stringData:").l("  ADMIN_PASSWORD: \"", (c.pw(safe=True), PW), "\"")
    return b.l("# apply: kubectl apply -f secret.yaml  (image tag ", c.version(), ")")


def en_ci_workflow(c):
    b = B(); dev = c.person(c.ch(["US", "GB", "IN", "PL"]))
    b.l("name: deploy-menu-service").l("on:").l("  push:").l("    branches: [main]").l("env:").l("  AWS_REGION: eu-west-1")
    b.l("jobs:").l("  deploy:").l("    runs-on: ubuntu-latest").l("    steps:").l("      - uses: actions/checkout@v4")
    b.l("      - name: Configure AWS").l("        env:")
    if c.p(0.5):
        b.l("          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}")
        b.l("          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}")
    else:
        b.l("          AWS_ACCESS_KEY_ID: ", (c.aws_ak(), AK), "   # TODO move to secrets")
        b.l("          AWS_SECRET_ACCESS_KEY: ", (c.aws_sk(), SK))
    b.l("      - name: Fetch price list")
    b.l('        run: curl -H "Authorization: token ', (c.gh(), GH), '" https://api.github.example/repos/menus/raw')
    b.l("      - name: Notify kitchen channel")
    b.l("        run: ./notify.sh --token ", (c.slack(), SL) if c.p(0.5) else "${{ secrets.SLACK_TOKEN }}",
        " --text \"menu ${GITHUB_SHA} deployed\"")
    b.l(f"# maintainer: ", (dev.full, PER), " <", (c.email(dev), EM), ">  pinned sha ", c.sha())
    return b


def en_voucher_email(c):
    b = B(); cc = c.loc(c.ch(["GB", "US", "IE", "AU"]))
    buyer, rec = c.person(cc), c.person(cc); venue = c.ch(RESTAURANTS + HOTELS)
    b.l("From: ", venue, " Gifts <", ("gifts@" + slug(venue) + ".example", EM), ">")
    b.l("To: ", (c.email(buyer), EM)).l("Date: ", c.hdr_date()).l("Subject: Your gift voucher order ", c.order()).l()
    b.f("Hi {g},\n\nThank you for your purchase! Here are the details:\n\n", g=(buyer.g, PER))
    b.l("  Voucher code:  ", c.pat("GV-****-****")).l("  Value:         ", c.amount(cc, 25, 500))
    b.f("  Recipient:     {r} <{e}>\n", r=(rec.full, PER), e=(c.email(rec), EM))
    b.l("  Message:       \"", c.ch(["Happy birthday Mum!", "Congrats on the new job!", "Enjoy a night off x"]), "\"")
    b.l("  Valid until:   ", (c.fd(c.date(2026, 2028), c.ch(["long", "num"])), DT))
    b.l("  Delivery:      ", c.ch(["e-mail on purchase", "scheduled for " + c.fd(c.date(), "long")]))
    b.l("  Paid with:     ", c.ch(["Visa", "Mastercard", "Amex"]), " ending ", c.dg(4)).l()
    b.f("Billing address: {a}\n\n", a=(c.a1(c.addr(cc)), ADR))
    return b.l("Terms: non-refundable; not valid with other offers; ", c.ch(BRANDS[:2]), " desserts excluded.")


def en_agent_fax(c):
    b = B(); cc = c.loc(c.ch(["GB", "GB", "US", "IN"])); ag = c.person(cc); gcc = c.ch(["JP", "US", "IN", "DE"])
    g1, g2 = c.person(gcc), c.person(gcc); arr = c.date(); dep = arr + timedelta(days=c.ri(2, 6))
    air = lambda d: f"{d.day:02d}{MONTHS['en'][d.month - 1][:3].upper()}{str(d.year)[2:]}"
    b.l("F A X     F A X     F A X").l()
    b.l("To:   Reservations, ", c.ch(HOTELS), "     Fax: ", (c.phone(c.ch(["GB", "FR", "DE"]), True), PH))
    b.l("From: ", c.ch(["Globetrotter Travel", "Sunway Tours", "Blue Sky Holidays"]), " (agent ", (ag.full, PER),
        ")  Tel ", (c.phone(cc), PH))
    b.l("IATA no. ", c.dg(8), "    Date: ", (c.fd(c.date(), "num", "gb"), DT), "    Pages: 2").l("-" * 44)
    b.l("PLS BOOK:  1 x DBL  for  ", c.ch(["MR & MRS", "MR/MS"]), " ", (f"{g1.f.upper()} {g1.g.upper()}", PER))
    b.l("           1 x SGL  for  ", c.title(g2, "gb").upper() or "MS", " ", (g2.full.upper(), PER))
    b.l("ARR ", (air(arr), DT), "   DEP ", (air(dep), DT), "   FLT ", c.ch(["BA0117", "LH0400", "AI0131", "JL0043"]), " ",
        c.ch(["LHR", "FRA", "DEL", "HND"]), "-", c.ch(["JFK", "CDG", "MUC", "DUB"]))
    b.l("GTD: ", c.ch(["AMEX", "VISA"]), " ", (c.card(c.ch(["amex", "visa"]), " "), CC), "  EXP ", (c.exp(), DT))
    b.l("CARDHOLDER: ", (ag.full.upper(), PER))
    b.l("PLS C0NFIRM BY RETURN FAX OR E-MAIL ", (c.email(ag, "globetrotter.example"), EM))
    return b.l("THX + BRGDS").l(((ag.g).upper(), PER))


def en_spa_intake(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "CA"])); p = c.person(cc); doc = c.person(cc)
    b.l(c.ch(["The Linden Spa", "Seaside Wellness", "Harborview Day Spa"]), " — CLIENT INTAKE FORM").l()
    b.l("Name: ", (c.name(p, "full"), PER), "       Room #: ", str(c.ri(100, 900)))
    b.l("Date of birth: ", (c.fd(c.dob(), "num"), DOB), "    Phone: ", (c.phone(cc), PH))
    b.l("Email: ", (c.email(p), EM))
    b.l("Appointment: ", (c.fdt(c.date(), c.time(9, 18), "num"), DT), "  Treatment: ",
        c.ch(["deep tissue massage", "hot stone", "prenatal massage", "sports massage"]))
    b.l("Medical conditions: ", c.ch(["none", "high blood pressure", "lower back injury", "pregnant (2nd trimester)"]))
    b.l("Current medications: ", c.ch(DRUGS), "    Allergies: ", c.ch(["nut oils", "latex", "lavender", "none"]))
    b.t("Physician: Dr. ").e(doc.full, PER).l("  Tel ", (c.phone(cc), PH))
    if c.p(0.6):
        b.l("Billing to health plan (medically prescribed massage):")
        b.l("   Insurer: ", c.ch(["Aetna", "Cigna", "Blue Cross Blue Shield", "Sun Life"]), "  Member ID: ", (c.hpn(), HPN),
            "  Group #: ", c.dg(6))
        b.l("   Clinic patient account: ", (c.acct(), ACC), "   Chart/MRN: ", (c.mrn(), MRN))
    b.l().l("I confirm the above is accurate.  Signed: ______   Date: ", (c.fd(c.date(), "num"), DT))
    return b


def en_valet_log(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB", "CA"]))
    b.l(c.ch(HOTELS), " — VALET LOG").l("Date: ", (c.fd(c.date(), c.ch(["num", "wd"])), DT), "   Attendant on duty: ",
                                        (c.person(cc).g, PER)).l()
    b.l(f"{'Ticket':<8}{'Guest':<26}{'Room':<6}{'Plate':<10}{'Vehicle':<16}Text-back")
    for _ in range(c.ri(4, 7)):
        p = c.person(cc); nm = c.name(p, c.ch(["full", "lf", "caps"]))
        car = c.ch(["Tesla Model 3", "Ford Explorer", "BMW X5", "Honda Civic", "Audi A4"])
        b.l(f"{c.dg(5):<8}", (nm, PER), " " * max(1, 26 - len(nm)), f"{c.ri(100, 999):<6}{c.plate(cc):<10}{car:<16}",
            (c.phone(cc), PH))
    b.l().l("Damage noted: ", c.ch(["none", "scratch rear bumper (photo)", "cracked mirror"]), "  VIN ", c.vin())
    return b.l("Keys cabinet code changes weekly — ask the duty manager.")


def en_it_ticket(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "IE"])); rq, eng = c.person(cc), c.person(cc)
    b.l("Ticket ", c.ticket(), " — POS back-office server unreachable").l("Priority: P2    Queue: Hospitality IT")
    b.l("Opened by: ", (rq.full, PER), " <", (c.email(rq, "harborview.example.com"), EM), ">").l()
    b.f("Description: Terminals at {r} cannot reach the back-office host {ip} since the router swap. "
        "Vendor engineer {e} needs SSH access.\n\n", r=c.ch(RESTAURANTS), ip=(c.ipv4(), IP), e=(eng.full, PER))
    b.f("Update ({who}): pasting the deploy key so the vendor can log in, will rotate after:\n", who=(rq.g, PER))
    b.l((c.pem(), PK)).l()
    b.l("Temporary admin login: posadmin / ", (c.pw(), PW))
    if c.p(0.5):
        b.l("Remote support session ID ", c.pat("# ### ### ###"), " password ", (c.rs(8, LOW + DIG), PW))
    return b.l("Status: waiting on vendor. SLA breach in 4h.")


def en_corp_rate(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "CA", "IE"])); am, cp = c.person(cc), c.person(cc)
    hot, co = c.ch(HOTELS), c.ch(COMPANIES); s = c.date()
    b.l("CORPORATE RATE AGREEMENT").l(hot, " and ", co).l()
    b.f("Valid from {a} to {z}. Company account no.: {acc}\n\n", a=(c.fd(s, "long"), DT),
        z=(c.fd(s + timedelta(days=364), "long"), DT), acc=(c.pat("CORP-######"), ACC))
    b.l("Room type        Mon–Thu       Fri–Sun").l("Standard King    ", c.amount(cc, 95, 260), "      ", c.amount(cc, 95, 260))
    b.l("Executive        ", c.amount(cc, 180, 480), "      ", c.amount(cc, 180, 480)).l()
    b.l("Rates include breakfast and Wi-Fi; last room availability; 15% off F&B.")
    b.f("Billing contact: {n}, {e}, {p}\nInvoices to: {a}\n\n", n=(cp.full, PER), e=(c.email(cp), EM),
        p=(c.phone(cc), PH), a=(c.ablock(c.addr(cc)), ADR))
    b.f("For {hot}: {m}, Director of Sales, {p2}\n", hot=hot, m=(am.full, PER), p2=(c.phone(cc), PH))
    return b.f("Signed {d}\n", d=(c.fd(c.date(), "num"), DT))


def en_delivery_receipt(c):
    b = B(); cc = c.loc(c.ch(["US", "GB", "AU", "CA", "IE"])); p = c.person(cc)
    b.l(c.ch(APPS), "  ·  Order ", c.order()).l(c.ch(RESTAURANTS)).l()
    b.l("Placed: ", (c.fdt(c.date(), c.time(11, 22), "num"), DT))
    b.l("Deliver to: ", (c.name(p, c.ch(["full", "caps"])), PER)).l((c.ablock(c.addr(cc)), ADR))
    b.l("Phone: ", (c.phone(cc), PH))
    b.l("Notes: \"", c.ch([f"Ring twice, dog {c.ch(PETS)} is friendly", "Leave at door", "Gate code 2580#"]), "\"").l()
    for _ in range(c.ri(2, 5)):
        it = c.ch(["Pad Thai", "Margherita 12in", "Chicken tikka", "Caesar salad", "Garlic naan", "Tiramisu", "Cola 330ml"])
        b.l(f"{c.ri(1, 3)} x {it:<20}{c.amount(cc, 4, 38):>12}")
    b.l("Delivery fee", " " * 16, c.amount(cc, 1, 8)).l("Paid: ", c.ch(["Apple Pay", "Visa", "PayPal"]), " ", c.masked_card())
    return b.l("Your courier: ", (c.person(cc).g, PER), "  ·  Rate your order in the app")


def en_courier_app(c):
    b = B(); c.loc("US"); p = c.person("US"); a = c.addr("US"); st = c.ch(["CA", "NY", "TX", "FL", "IL", "WA"])
    b.l(c.ch(APPS), " — Courier Application").l("Application ID: ", c.uuid()).l()
    b.l("First name: ", (p.g, PER), "    Last name: ", (p.f, PER))
    b.l("Date of birth: ", (c.fd(c.dob(), c.ch(["num", "iso"])), DOB))
    b.l("SSN (for background check): ", (c.ssn(), SSN))
    b.l("Street: ", (c.street(a), ADR), "    City: ", (a["city"], LOC), "    State: ", (a["reg"], LOC), "    ZIP: ", a["pc"])
    b.l("Mobile: ", (c.phone("US"), PH), "    Email: ", (c.email(p), EM))
    b.l("Vehicle: ", c.ch(["car", "scooter", "bike"]), "    Plate: ", c.plate("US"))
    b.l("Driver license: ", (c.dlic("US", st), DL), " (", (st, LOC), ")  expires ", (c.fd(c.date(2026, 2030), "num"), DT))
    b.l("Payout account: routing ", c.routing(), " / account ", (c.acct(), ACC))
    b.l("Referral code: ", c.pat("REF-****"), "    Preferred zone: ", (c.city("US", True), LOC))
    return b.l("Consent to background check given. ID verification score 0.", c.dg(2))


def en_hl7_injury(c):
    b = B(); c.loc("US"); p = c.person("US"); a = c.addr("US"); doc = c.person("US")
    ts = f"{c.date().strftime('%Y%m%d')}{c.ri(0, 23):02d}{c.ri(0, 59):02d}{c.ri(0, 59):02d}"
    dob = c.dob().strftime("%Y%m%d"); mid = c.ch(UP)
    b.l("HR note: kitchen injury at ", c.ch(RESTAURANTS), ", occupational health admission message below.").l()
    b.l("MSH|^~\\&|OCCHLTH|HARBORVIEW|EHR|CITYCLINIC|", ts, "||ADT^A04|MSG", c.dg(6), "|P|2.5.1")
    b.l("EVN|A04|", ts)
    b.l("PID|1||", (c.mrn(), MRN), "^^^CITYCLINIC^MR||", (f"{p.f.upper()}^{p.g.upper()}^{mid}", PER), "||", (dob, DOB),
        f"|{'F' if p.fem else 'M'}|||",
        (f"{c.street(a).upper()}^^{a['city'].upper()}^{a['reg']}^{a['pc']}^USA", ADR), "||", (c.phone("US"), PH),
        "|||||", (c.ssn("-"), SSN))
    b.l("PV1|1|O|ER^^^CITYCLINIC||||", c.dg(10), "^", (f"{doc.f.upper()}^{doc.g.upper()}", PER), "^^^DR")
    b.l("IN1|1|", c.pat("AAA##"), "|", c.dg(6), "|", c.ch(["BLUE CROSS", "AETNA", "CIGNA"]), "||||", c.dg(6),
        "|||||||", (f"{p.f.upper()}^{p.g.upper()}", PER), "|SEL|", (dob, DOB), "||||||||||||||||||", (c.hpn(), HPN))
    b.l("NTE|1||", c.ch(["Burn to left forearm from fryer oil", "Laceration right hand, mandoline",
                         "Slip on wet floor, wrist pain"]), "; supervisor ", (c.person("US").full.upper(), PER))
    return b


def en_edi_834(c):
    b = B(); c.loc("US"); p = c.person("US"); a = c.addr("US")
    d = c.date(); ssn = c.ssn(""); dob = c.dob().strftime("%Y%m%d")
    hd = d.strftime("%y%m%d"); hm = f"{c.ri(0, 23):02d}{c.ri(0, 59):02d}"
    b.f("Benefits enrollment file for new hire — member ID assigned: {m}\n\n", m=(c.hpn(), HPN))
    b.l("ISA*00*          *00*          *ZZ*HOSPGRP        *ZZ*BCBSIL         *", hd, "*", hm, "*^*00501*", c.dg(9), "*0*P*:~")
    b.l("GS*BE*HOSPGRP*BCBSIL*", d.strftime("%Y%m%d"), "*", hm, "*", c.dg(4), "*X*005010X220A1~")
    b.l("ST*834*0001*005010X220A1~").l("BGN*00*", c.pat("REF####"), "*", d.strftime("%Y%m%d"), "*", hm, "****2~")
    b.l("N1*P5*HARBORVIEW HOSPITALITY GROUP*FI*", c.dg(9), "~")
    b.l("INS*Y*18*021*28*A***FT~").l("REF*0F*", (ssn, SSN), "~").l("REF*1L*GRP", c.dg(6), "~")
    b.l("DTP*336*D8*", (c.date().strftime("%Y%m%d"), DT), "~")
    b.l("NM1*IL*1*", (p.f.upper(), PER), "*", (p.g.upper(), PER), "****34*", (ssn, SSN), "~")
    b.l("PER*IP**TE*", (c.ch(US_AREA) + str(c.ri(201, 989)) + c.dg(4), PH), "*EM*", (c.email(p), EM), "~")
    b.l("N3*", (c.street(a).upper(), ADR), "~").l("N4*", (a["city"].upper(), LOC), "*", (a["reg"], LOC), "*", a["pc"], "~")
    b.l("DMG*D8*", (dob, DOB), f"*{'F' if p.fem else 'M'}~")
    b.l("HD*021**HLT*PPO GOLD*EMP~").l("DTP*348*D8*", (c.date().strftime("%Y%m%d"), DT), "~")
    return b.l("SE*15*0001~").l("GE*1*", c.dg(4), "~").l("IEA*1*", c.dg(9), "~")


def en_slack_export(c):
    b = B(); cc = c.loc(c.ch(["US", "GB"])); u1, u2, u3 = c.person(cc), c.person(cc), c.person(cc)
    h = lambda p: fold(p.g).lower() + "." + fold(p.f).lower()[:1]
    b.l("#ops-kitchen-tech  (export)").l()
    b.l("[09:12] ", h(u1), ": anyone have the POS vendor portal login? ", (u2.g, PER), " said you had it")
    b.l("[09:13] ", h(u2), ": user posadmin / pass ", (c.pw(), PW))
    b.l("[09:15] ", h(u1), ": thx. also need the menu-photos bucket creds")
    b.l("[09:17] ", h(u2), ": ", (c.aws_ak(), AK), " / ", (c.aws_sk(), SK))
    if c.p(0.5):
        b.l("[09:18] ", h(u3), ": and the bot token for the 86'd-items alert is ", (c.slack(), SL))
    b.l("[09:20] security-bot: :warning: Possible secret detected in this channel. Please rotate and use the vault.")
    b.l("[09:24] ", h(u3), ": on it. BO server is ", (c.ipv4(), IP), " btw, ping ", (u3.g, PER), " at ",
        (c.phone(cc), PH), " if it drops again")
    return b


def en_dnr_list(c):
    b = B(); cc = c.loc(c.ch(["US", "US", "GB"]))
    b.l("CONFIDENTIAL — DO NOT RENT LIST (", c.ch(HOTELS), ")").l("Reviewed quarterly by security. Do not share with guests.").l()
    for _ in range(c.ri(3, 5)):
        p = c.person(cc)
        b.l("- ", (c.name(p, c.ch(["lfcaps", "full", "caps"])), PER), "  DOB ", (c.fd(c.dob(), "num"), DOB),
            "  last stay ", (c.fd(c.date(), "num"), DT))
        b.l("  Reason: ", c.ch(["smoking in room, damage " + c.amount(cc, 150, 2500), "chargeback fraud", "aggression toward staff",
                                "unregistered party"]), "  Case ", c.ticket())
        if c.p(0.5):
            b.l("  ID on file: DL ", (c.dlic(cc if cc == "GB" else "US", c.ch(["CA", "NY", "TX"])), DL),
                "  Phone ", (c.phone(cc), PH))
    return b.l().l("Questions: security office ext. 4410")


# ============================================================================
# Multilingual kinds (label lexicon in LANGS order: de fr es it pt nl pl sv da no fi cs tr)
# ============================================================================
_LEX = {
    "hello": "Guten Tag|Bonjour|Hola|Buongiorno|Olá|Beste|Dzień dobry|Hej|Kære|Hei|Hei|Dobrý den|Merhaba",
    "regards": ("Mit freundlichen Grüßen|Cordialement|Saludos cordiales|Cordiali saluti|Com os melhores cumprimentos|"
                "Met vriendelijke groet|Z poważaniem|Med vänliga hälsningar|Med venlig hilsen|Med vennlig hilsen|"
                "Ystävällisin terveisin|S pozdravem|Saygılarımızla"),
    "date": "Datum|Date|Fecha|Data|Data|Datum|Data|Datum|Dato|Dato|Päivämäärä|Datum|Tarih",
    "time": "Uhrzeit|Heure|Hora|Ora|Hora|Tijd|Godzina|Tid|Tidspunkt|Klokkeslett|Aika|Čas|Saat",
    "guests": ("Personen|Couverts|Comensales|Coperti|Pessoas|Aantal personen|Liczba osób|Antal gäster|Antal gæster|"
               "Antall gjester|Henkilömäärä|Počet osob|Kişi sayısı"),
    "name": "Name|Nom|Nombre|Nome|Nome|Naam|Imię i nazwisko|Namn|Navn|Navn|Nimi|Jméno|Ad Soyad",
    "phone": "Telefon|Téléphone|Teléfono|Telefono|Telefone|Telefoon|Telefon|Telefon|Telefon|Telefon|Puhelin|Telefon|Telefon",
    "email": ("E-Mail|Courriel|Correo electrónico|E-mail|E-mail|E-mail|E-mail|E-post|E-mail|E-post|Sähköposti|"
              "E-mail|E-posta"),
    "address": "Anschrift|Adresse|Dirección|Indirizzo|Morada|Adres|Adres|Adress|Adresse|Adresse|Osoite|Adresa|Adres",
    "street": ("Straße, Nr.|Rue|Calle|Via|Rua|Straat|Ulica|Gatuadress|Vej|Gateadresse|Katuosoite|Ulice|Cadde/Sokak"),
    "city": "Ort|Ville|Ciudad|Città|Localidade|Plaats|Miejscowość|Ort|By|Sted|Paikkakunta|Město|Şehir",
    "zip": "PLZ|Code postal|C.P.|CAP|Código postal|Postcode|Kod pocztowy|Postnummer|Postnr.|Postnummer|Postinumero|PSČ|Posta kodu",
    "country": "Land|Pays|País|Paese|País|Land|Kraj|Land|Land|Land|Maa|Stát|Ülke",
    "dob": ("Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Data de nascimento|Geboortedatum|"
            "Data urodzenia|Födelsedatum|Fødselsdato|Fødselsdato|Syntymäaika|Datum narození|Doğum tarihi"),
    "arrival": "Anreise|Arrivée|Llegada|Arrivo|Chegada|Aankomst|Przyjazd|Ankomst|Ankomst|Ankomst|Saapuminen|Příjezd|Giriş tarihi",
    "departure": "Abreise|Départ|Salida|Partenza|Partida|Vertrek|Wyjazd|Avresa|Afrejse|Avreise|Lähtö|Odjezd|Çıkış tarihi",
    "room": "Zimmer|Chambre|Habitación|Camera|Quarto|Kamer|Pokój|Rum|Værelse|Rom|Huone|Pokoj|Oda",
    "total": "Gesamtbetrag|Total TTC|Total|Totale|Total|Totaal|Razem|Totalt|I alt|Totalt|Yhteensä|Celkem|Genel toplam",
    "allergy": "Allergie|Allergie|Alergia|Allergia|Alergia|Allergie|Alergia|Allergi|Allergi|Allergi|Allergia|Alergie|Alerji",
    "notes": ("Bemerkungen|Remarques|Observaciones|Note|Observações|Opmerkingen|Uwagi|Anmärkningar|Bemærkninger|"
              "Merknader|Lisätiedot|Poznámky|Notlar"),
    "bookno": ("Buchungsnummer|N° de réservation|Nº de reserva|N. prenotazione|N.º da reserva|Reserveringsnummer|"
               "Nr rezerwacji|Bokningsnummer|Bookingnummer|Bestillingsnummer|Varausnumero|Číslo rezervace|Rezervasyon no"),
    "invoice": "Rechnung|Facture|Factura|Fattura|Fatura|Factuur|Faktura|Faktura|Faktura|Faktura|Lasku|Faktura|Fatura",
    "guest": "Gast|Client|Huésped|Ospite|Hóspede|Gast|Gość|Gäst|Gæst|Gjest|Asiakas|Host|Misafir",
    "order": "Bestellung|Commande|Pedido|Ordine|Encomenda|Bestelling|Zamówienie|Beställning|Ordre|Bestilling|Tilaus|Objednávka|Sipariş",
    "event": "Veranstaltung|Événement|Evento|Evento|Evento|Evenement|Wydarzenie|Evenemang|Arrangement|Arrangement|Tilaisuus|Akce|Etkinlik",
    "period": ("Abrechnungszeitraum|Période|Periodo de liquidación|Periodo di paga|Período|Periode|Okres rozliczeniowy|"
               "Löneperiod|Lønperiode|Lønnsperiode|Palkkakausi|Období|Bordro dönemi"),
    "salary": ("Bruttolohn|Salaire brut|Salario bruto|Retribuzione lorda|Vencimento base|Brutoloon|Wynagrodzenie brutto|"
               "Bruttolön|Bruttoløn|Bruttolønn|Bruttopalkka|Hrubá mzda|Brüt ücret"),
    "net": "Auszahlungsbetrag|Net à payer|Líquido a percibir|Netto in busta|Valor líquido|Netto uit te betalen|Do wypłaty|"
           "Att utbetala|Til udbetaling|Utbetalt|Maksettava|K výplatě|Net ödenen",
    "employee": ("Mitarbeiter/in|Salarié(e)|Trabajador/a|Dipendente|Colaborador|Werknemer|Pracownik|Anställd|Medarbejder|"
                 "Ansatt|Työntekijä|Zaměstnanec|Personel"),
    "thanks": ("Vielen Dank für Ihre Reservierung.|Merci pour votre réservation.|Gracias por su reserva.|"
               "Grazie per la sua prenotazione.|Obrigado pela sua reserva.|Bedankt voor uw reservering.|"
               "Dziękujemy za rezerwację.|Tack för din bokning.|Tak for din reservation.|Takk for din bestilling.|"
               "Kiitos varauksestasi.|Děkujeme za vaši rezervaci.|Rezervasyonunuz için teşekkür ederiz."),
    "confirmed": ("Hiermit bestätigen wir Ihre Reservierung:|Nous avons le plaisir de confirmer votre réservation :|"
                  "Le confirmamos su reserva:|Le confermiamo la prenotazione:|Confirmamos a sua reserva:|"
                  "Hierbij bevestigen wij uw reservering:|Potwierdzamy Państwa rezerwację:|Vi bekräftar härmed din bokning:|"
                  "Vi bekræfter hermed din reservation:|Vi bekrefter herved din reservasjon:|Vahvistamme varauksesi:|"
                  "Potvrzujeme vaši rezervaci:|Rezervasyonunuzu onaylıyoruz:"),
    "cancel": ("Eine kostenfreie Stornierung ist bis 24 Stunden vorher möglich.|Annulation gratuite jusqu'à 24 heures avant.|"
               "Cancelación gratuita hasta 24 horas antes.|Cancellazione gratuita fino a 24 ore prima.|"
               "Cancelamento gratuito até 24 horas antes.|Kosteloos annuleren kan tot 24 uur van tevoren.|"
               "Bezpłatne anulowanie do 24 godzin wcześniej.|Kostnadsfri avbokning fram till 24 timmar innan.|"
               "Gratis afbestilling indtil 24 timer før.|Gratis avbestilling inntil 24 timer før.|"
               "Maksuton peruutus 24 tuntia ennen.|Bezplatné storno do 24 hodin předem.|24 saat öncesine kadar ücretsiz iptal."),
    "late": ("Bei Verspätung erreichen Sie uns unter|En cas de retard, merci de nous appeler au|Si va a llegar tarde, llámenos al|"
             "In caso di ritardo, chiamateci al|Em caso de atraso, ligue-nos para o|Bent u later, bel ons dan op|"
             "W razie spóźnienia prosimy o kontakt pod numerem|Blir ni försenade, ring oss på|Bliver I forsinket, så ring på|"
             "Blir dere forsinket, ring oss på|Jos myöhästytte, soittakaa numeroon|V případě zpoždění volejte na|"
             "Gecikmeniz durumunda lütfen arayın:"),
    "welcome": ("Wir freuen uns auf Ihren Besuch!|Au plaisir de vous accueillir !|¡Esperamos verle pronto!|La aspettiamo!|"
                "Esperamos por si!|Tot ziens!|Do zobaczenia!|Välkommen!|Vi glæder os til at se jer!|Velkommen!|"
                "Tervetuloa!|Těšíme se na vás!|Sizi ağırlamaktan mutluluk duyarız!"),
    "signature": "Unterschrift|Signature|Firma|Firma|Assinatura|Handtekening|Podpis|Underskrift|Underskrift|Signatur|Allekirjoitus|Podpis|İmza",
    "regform": ("Meldeschein für Beherbergungsstätten|Fiche individuelle de police|Parte de entrada de viajeros|"
                "Scheda di notifica alloggiati|Boletim de alojamento|Gastenregistratie|Karta meldunkowa|Gästregistrering|"
                "Gæsteregistrering|Gjesteregistrering|Majoittujan ilmoituslomake|Přihlašovací lístek hosta|Konaklama bildirim formu"),
}
LEX = {k: dict(zip(LANGS, v.split("|"))) for k, v in _LEX.items()}
assert all(len(v) == len(LANGS) for v in LEX.values())


def L(c, key):
    return LEX[key][c.lang]


def ml_res_email(c):
    b = B(); cc = c.lcc(); g = c.person(cc); rest = c.ch(RESTAURANTS); dom = slug(rest) + ".example"
    d, t = c.date(), c.time(12, 21)
    b.l("From: ", rest, " <", (("reservierung@" if c.lang == "de" else "info@") + dom, EM), ">")
    b.l("To: ", (g.full, PER), " <", (c.email(g), EM), ">").l("Date: ", c.hdr_date()).l("Subject: ", L(c, "bookno"), " ",
                                                                                          c.booking()).l()
    b.t(L(c, "hello") + " "); c.tname(b, g); b.l(",").l().l(L(c, "thanks"), " ", L(c, "confirmed")).l()
    if c.p(0.5):
        b.l("  ", L(c, "date"), ": ", (c.fd(d, c.ch(["num", "long", "wd"])), DT))
        b.l("  ", L(c, "time"), ": ", (c.ft(t), DT))
    else:
        b.l("  ", L(c, "date"), " / ", L(c, "time"), ": ", (c.fdt(d, t, c.ch(["num", "long", "wd"])), DT))
    b.l("  ", L(c, "guests"), ": ", str(c.ri(2, 9)))
    b.l("  ", L(c, "name"), ": ", (c.name(g, c.ch(["full", "caps", "lf"])), PER))
    b.l("  ", L(c, "phone"), ": ", (c.phone(cc), PH))
    if c.p(0.4):
        b.l("  ", L(c, "notes"), ": ", L(c, "allergy"), " – ", c.ch(["gluten", "lactose"]))
    b.l().l(L(c, "cancel")).f("{late} {p}.\n\n", late=L(c, "late"), p=(c.phone(cc), PH))
    b.l(L(c, "welcome")).l().l(L(c, "regards")).l((c.person(cc).g, PER), " – ", rest)
    b.l((c.a1(c.addr(cc)), ADR)).l((c.url(dom, "/" + c.lang + "/reservierung" if c.lang == "de" else "/" + c.lang), URL))
    return b


def ml_regform(c):
    b = B(); cc = c.lcc(); gcc = cc if c.p(0.6) else c.ch(ALL_CC); g = c.person(gcc); a = c.addr(gcc)
    arr = c.date(); dep = arr + timedelta(days=c.ri(1, 8))
    b.l((L(c, "regform").replace("i", "İ") if c.lang == "tr" else L(c, "regform")).upper()).l(c.ch(HOTELS), " · ", (c.a1(c.addr(cc)), ADR)).l("=" * 48)
    b.l(L(c, "name"), ": ", (c.name(g, c.ch(["full", "lfcaps", "caps"])), PER))
    b.l(L(c, "dob"), ": ", (c.fd(c.dob(), "num"), DOB))
    b.l(L(c, "street"), ": ", (c.street(a), ADR))
    b.l(L(c, "zip"), ": ", a["pc"], "   ", L(c, "city"), ": ", (a["city"], LOC))
    if c.p(0.5):
        b.l(L(c, "country"), ": ", (c.cname(gcc), LOC))
    else:
        b.l(L(c, "country"), ": ", gcc)
    b.l(L(c, "arrival"), ": ", (c.fd(arr, "num"), DT), "   ", L(c, "departure"), ": ", (c.fd(dep, "num"), DT))
    b.l(L(c, "room"), ": ", str(c.ri(1, 420)), "   ", L(c, "guests"), ": ", str(c.ri(1, 4)))
    if c.p(0.5):
        co = c.person(gcc)
        b.l("+ ", (co.full, PER), " (", L(c, "dob"), " ", (c.fd(c.dob(), "num"), DOB), ")")
    b.l(L(c, "email"), ": ", (c.email(g), EM), "   ", L(c, "phone"), ": ", (c.phone(gcc, True), PH))
    if c.p(0.3):
        b.l(L(c, "notes"), ": ", c.ch(["🐶 " + c.ch(PETS), "🚗 " + c.plate("DE"), "+ " + c.amount(cc, 2, 25)]))
    return b.l(L(c, "signature"), ": ____________  ", L(c, "date"), ": ", (c.fd(arr, "num"), DT))


_INV = {  # lodging, breakfast, city tax, transfer sentence, vat label
    "de": ("Übernachtung", "Frühstück", "Kurtaxe", "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf", "MwSt"),
    "fr": ("Hébergement", "Petit-déjeuner", "Taxe de séjour", "Merci de régler par virement sous 14 jours sur", "TVA"),
    "es": ("Alojamiento", "Desayuno", "Tasa turística", "Rogamos transfiera el importe en 14 días a", "IVA"),
    "it": ("Pernottamento", "Colazione", "Tassa di soggiorno", "Si prega di effettuare il bonifico entro 14 giorni su", "IVA"),
    "pt": ("Alojamento", "Pequeno-almoço", "Taxa turística", "Por favor transfira o valor em 14 dias para", "IVA"),
    "nl": ("Overnachting", "Ontbijt", "Toeristenbelasting", "Gelieve binnen 14 dagen over te maken op", "btw"),
    "pl": ("Nocleg", "Śniadanie", "Opłata miejscowa", "Prosimy o przelew w ciągu 14 dni na rachunek", "VAT"),
    "sv": ("Logi", "Frukost", "Turistskatt", "Vänligen betala inom 14 dagar till", "moms"),
    "da": ("Overnatning", "Morgenmad", "Turistskat", "Beløbet bedes indbetalt inden 14 dage på", "moms"),
    "no": ("Overnatting", "Frokost", "Turistskatt", "Vennligst betal innen 14 dager til", "mva"),
    "fi": ("Majoitus", "Aamiainen", "Turistivero", "Maksathan laskun 14 päivän kuluessa tilille", "ALV"),
    "cs": ("Ubytování", "Snídaně", "Místní poplatek", "Prosíme o úhradu do 14 dnů na účet", "DPH"),
    "tr": ("Konaklama", "Kahvaltı", "Konaklama vergisi", "Lütfen tutarı 14 gün içinde şu hesaba havale ediniz:", "KDV"),
}


def ml_invoice(c):
    b = B(); cc = c.lcc(); g = c.person(cc); hot = c.ch(HOTELS); lod, bf, tax, pay, vat = _INV[c.lang]
    arr = c.date(); n = c.ri(1, 5); dep = arr + timedelta(days=n)
    icc = cc if cc in IBAN_SPEC else c.ch(["ES", "FR", "DE"])
    b.l(hot).l((c.a1(c.addr(cc)), ADR)).l(L(c, "phone"), " ", (c.phone(cc), PH), " · ", (c.email(None, slug(hot) + ".example"), EM)).l()
    b.l((c.name(g, c.ch(["full", "full", "caps"])), PER)).l((c.ablock(c.addr(cc), c.p(0.3)), ADR)).l()
    b.l(L(c, "invoice").upper(), " ", c.pat("####/##"), "    ", L(c, "date"), ": ", (c.fd(c.date(), "num"), DT))
    b.l(L(c, "arrival"), ": ", (c.fd(arr, c.ch(["num", "long"])), DT), "  –  ", L(c, "departure"), ": ",
        (c.fd(dep, c.ch(["num", "long"])), DT), "   ", L(c, "room"), " ", str(c.ri(1, 500))).l("-" * 52)
    b.l(f"{n} x {lod:<26}{c.amount(cc, 80, 600):>16}").l(f"{n} x {bf:<26}{c.amount(cc, 9, 40):>16}").l(f"    {tax:<26}{c.amount(cc, 2, 30):>16}")
    b.l("-" * 52).l(f"{L(c, 'total'):<30}{c.amount(cc, 150, 3000):>16}").l(f"{vat} {c.ch(['7', '10', '12', '19', '21', '25'])} %").l()
    b.f("{pay} IBAN {i}, BIC {bic}.\n", pay=pay, i=(c.iban(icc), IB), bic=c.bic())
    return b.l(L(c, "regards")).l(hot)


_PAY = {  # tax, social, bank transfer label, tips
    "de": ("Lohnsteuer", "Sozialversicherung", "Überweisung auf", "Trinkgeldanteil"),
    "fr": ("Prélèvement à la source", "Cotisations sociales", "Virement sur", "Pourboires"),
    "es": ("Retención IRPF", "Seguridad Social", "Transferencia a", "Propinas"),
    "it": ("IRPEF", "Contributi INPS", "Accredito su", "Mance"),
    "nl": ("Loonheffing", "Sociale premies", "Overgemaakt naar", "Fooienpot"),
    "pl": ("Zaliczka na PIT", "Składki ZUS", "Przelew na rachunek", "Napiwki"),
    "sv": ("Skatteavdrag", "Sociala avgifter", "Insättning till", "Dricks"),
}


def ml_payslip(c):
    b = B(); cc = c.lcc(); p = c.person(cc); a = c.addr(cc); tax, soc, bank, tips = _PAY[c.lang]
    end = c.date(); start = end.replace(day=1)
    co = c.ch(RESTAURANTS + HOTELS)
    b.l(co, " – ", L(c, "period"), " ", (c.fd(start, "num"), DT), " – ", (c.fd(end, "num"), DT)).l()
    b.l(L(c, "employee"), ": ", (c.name(p, c.ch(["full", "lfcaps", "lf"])), PER), "   Nr. ", c.dg(5))
    b.l(L(c, "address"), ": ", (c.a1(a), ADR))
    if c.p(0.5):
        b.l(L(c, "dob"), ": ", (c.fd(c.dob(), "num"), DOB))
    b.l().l(f"{L(c, 'salary'):<28}{c.amount(cc, 1800, 4800):>14}").l(f"{tips:<28}{c.amount(cc, 40, 700):>14}")
    b.l(f"{tax:<28}-{c.amount(cc, 150, 900):>13}").l(f"{soc:<28}-{c.amount(cc, 200, 900):>13}").l(f"{L(c, 'net'):<28}{c.amount(cc, 1300, 3600):>14}").l()
    icc = cc if cc in IBAN_SPEC else "ES"
    b.l(bank, " IBAN ", (c.iban(icc), IB), " (BIC ", c.bic(), ")")
    return b.l(L(c, "date"), ": ", (c.fd(end + timedelta(days=c.ri(1, 5)), c.ch(["num", "long"])), DT))


_ALG = {  # title, "guest has", "carries medication", "do not"
    "de": ("ALLERGIE-HINWEIS KÜCHE", "Gast hat eine schwere Allergie:", "führt mit sich:", "Keine Nüsse im Service-Bereich!"),
    "fr": ("ALERTE ALLERGIE CUISINE", "Le client a une allergie sévère :", "a sur lui :", "Aucune trace tolérée !"),
    "es": ("AVISO DE ALERGIA – COCINA", "El cliente tiene alergia grave:", "lleva consigo:", "¡Tabla y aceite aparte!"),
    "it": ("AVVISO ALLERGIA CUCINA", "L'ospite ha una grave allergia:", "porta con sé:", "Nessuna contaminazione!"),
    "pt": ("ALERTA DE ALERGIA – COZINHA", "O cliente tem alergia grave:", "traz consigo:", "Tábua e óleo separados!"),
    "nl": ("ALLERGIE-MELDING KEUKEN", "Gast heeft een ernstige allergie:", "heeft bij zich:", "Aparte snijplank!"),
    "pl": ("UWAGA ALERGIA – KUCHNIA", "Gość ma silną alergię:", "ma przy sobie:", "Osobna deska i olej!"),
    "sv": ("ALLERGIVARNING KÖK", "Gästen har svår allergi:", "har med sig:", "Separat skärbräda!"),
    "da": ("ALLERGI-ADVARSEL KØKKEN", "Gæsten har svær allergi:", "har med:", "Separat skærebræt!"),
    "no": ("ALLERGIVARSEL KJØKKEN", "Gjesten har alvorlig allergi:", "har med seg:", "Eget skjærebrett!"),
    "fi": ("ALLERGIAVAROITUS KEITTIÖ", "Asiakkaalla on vakava allergia:", "mukana:", "Erillinen leikkuulauta!"),
    "cs": ("UPOZORNĚNÍ NA ALERGII – KUCHYNĚ", "Host má silnou alergii:", "má u sebe:", "Oddělené prkénko!"),
    "tr": ("MUTFAK ALERJİ UYARISI", "Misafirin ciddi alerjisi var:", "yanında taşıyor:", "Ayrı kesme tahtası!"),
}


PEANUT = dict(zip(LANGS, ["Erdnuss", "arachide", "cacahuete", "arachidi", "amendoim", "pinda", "orzeszki ziemne",
                          "jordnötter", "jordnødder", "peanøtter", "maapähkinä", "arašídy", "yer fıstığı"]))


def ml_allergy(c):
    b = B(); cc = c.lcc(); g, srv = c.person(cc), c.person(cc); ttl, has, carries, dont = _ALG[c.lang]
    b.l("*** ", ttl, " ***").l("T", str(c.ri(1, 40)), "  ·  ", L(c, "guests"), ": ", str(c.ri(1, 8)))
    b.t(L(c, "guest") + ": "); c.tname(b, g, full=True); b.l()
    b.l(L(c, "date"), ": ", (c.fdt(c.date(), c.time(12, 21), c.ch(["num", "wd"])), DT))
    b.l(has, " ", PEANUT[c.lang].upper())
    b.l((g.g, PER), " ", carries, " ", c.ch(DRUGS[:3]), "   ICD ", c.ch(ICD_ALLERGY))
    b.l(dont).l("👤 ", (srv.g, PER), "   ", L(c, "phone"), ": ", (c.phone(cc), PH))
    return b


_CHAT = {  # customer late, agent asks address, agent courier + phone, customer email, agent refund
    "de": ("Hallo, meine Bestellung ist seit {m} Minuten überfällig.", "Das tut mir leid, {n}! Können Sie die Lieferadresse bestätigen?",
           "Danke. Ihr Fahrer {r} ist gleich da, Sie erreichen ihn unter {p}.", "Bitte Beleg an {e} schicken.",
           "Ich habe Ihnen {amt} gutgeschrieben."),
    "fr": ("Bonjour, ma commande a {m} minutes de retard.", "Désolé {n} ! Pouvez-vous confirmer l'adresse de livraison ?",
           "Merci. Votre livreur {r} arrive, vous pouvez le joindre au {p}.", "Envoyez le reçu à {e} svp.",
           "Je vous ai remboursé {amt}."),
    "es": ("Hola, mi pedido lleva {m} minutos de retraso.", "¡Lo siento, {n}! ¿Me confirma la dirección de entrega?",
           "Gracias. Su repartidor {r} está cerca, puede llamarle al {p}.", "Mande el recibo a {e} por favor.",
           "Le he reembolsado {amt}."),
    "it": ("Ciao, il mio ordine è in ritardo di {m} minuti.", "Mi dispiace, {n}! Può confermare l'indirizzo di consegna?",
           "Grazie. Il rider {r} sta arrivando, può chiamarlo al {p}.", "Mandate la ricevuta a {e} per favore.",
           "Le ho rimborsato {amt}."),
    "pt": ("Olá, a minha encomenda está atrasada {m} minutos.", "Lamento, {n}! Pode confirmar a morada de entrega?",
           "Obrigado. O estafeta {r} está a chegar, pode ligar para {p}.", "Enviem o recibo para {e} por favor.",
           "Reembolsei {amt}."),
    "nl": ("Hoi, mijn bestelling is al {m} minuten te laat.", "Sorry {n}! Kunt u het bezorgadres bevestigen?",
           "Dank u. Bezorger {r} is onderweg, u kunt hem bellen op {p}.", "Stuur de bon naar {e} aub.",
           "Ik heb {amt} teruggestort."),
    "pl": ("Dzień dobry, zamówienie spóźnia się już {m} minut.", "Przepraszamy, {n}! Proszę potwierdzić adres dostawy.",
           "Dziękuję. Kurier {r} zaraz będzie, numer do niego: {p}.", "Proszę wysłać paragon na {e}.",
           "Zwróciłem {amt}."),
}


def ml_delivery_chat(c):
    b = B(); cc = c.lcc(); cu, ag, r = c.person(cc), c.person(cc), c.person(cc); s = _CHAT[c.lang]
    h, m = c.ri(11, 22), c.ri(0, 40)
    b.l(c.ch(APPS), " – Chat ", c.ticket(), " – ", L(c, "order"), " ", c.order()).l()
    b.f("[{t}] {who}: " + s[0] + "\n", t=f"{h:02d}:{m:02d}", who=fold(cu.g).lower() + c.dg(2), m=str(c.ri(40, 90)))
    b.f("[{t}] {a}: " + s[1] + "\n", t=f"{h:02d}:{m + 1:02d}", a=(ag.g, PER), n=(cu.g, PER))
    b.f("[{t}] {who}: {adr}\n", t=f"{h:02d}:{m + 2:02d}", who=fold(cu.g).lower(), adr=(c.a1(c.addr(cc)), ADR))
    b.f("[{t}] {a}: " + s[2] + "\n", t=f"{h:02d}:{m + 3:02d}", a=(ag.g, PER), r=(r.g, PER), p=(c.phone(cc), PH))
    b.f("[{t}] {who}: " + s[3] + "\n", t=f"{h:02d}:{m + 5:02d}", who=fold(cu.g).lower(), e=(c.email(cu), EM))
    b.f("[{t}] {a}: " + s[4] + "\n", t=f"{h:02d}:{m + 6:02d}", a=(ag.g, PER), amt=c.amount(cc, 6, 70))
    return b


_CMP = {  # visit sentence {v} {d}; staff {s}; refund ; contact
    "de": ("ich war am {d} mit meiner Familie bei Ihnen im {v} und bin sehr enttäuscht.",
           "Wir haben über eine Stunde gewartet, und die Bedienung ({s}) war unfreundlich.",
           "Bitte erstatten Sie mir den Betrag auf mein Konto, IBAN {i}.", "Sie erreichen mich unter {p}."),
    "fr": ("je suis venu(e) au {v} le {d} et je suis très déçu(e).",
           "Nous avons attendu plus d'une heure et votre serveur {s} était désagréable.",
           "Merci de me rembourser sur mon compte, IBAN {i}.", "Vous pouvez me joindre au {p}."),
    "es": ("estuve en {v} el {d} y la experiencia fue muy decepcionante.",
           "Esperamos más de una hora y el camarero, {s}, fue muy descortés.",
           "Les ruego que me devuelvan el importe a mi cuenta, IBAN {i}.", "Pueden contactarme en el {p}."),
    "it": ("sono stato al {v} il {d} e sono rimasto molto deluso.",
           "Abbiamo aspettato più di un'ora e il cameriere {s} è stato scortese.",
           "Vi chiedo il rimborso sul mio conto, IBAN {i}.", "Potete contattarmi al {p}."),
    "pt": ("estive no {v} no dia {d} e fiquei muito desiludido.",
           "Esperámos mais de uma hora e o empregado {s} foi antipático.",
           "Peço o reembolso para a minha conta, IBAN {i}.", "Podem contactar-me pelo {p}."),
    "nl": ("ik was op {d} bij {v} en ik ben erg teleurgesteld.",
           "We hebben meer dan een uur gewacht en de ober, {s}, was onvriendelijk.",
           "Graag ontvang ik het bedrag terug op IBAN {i}.", "U kunt mij bereiken op {p}."),
    "sv": ("jag besökte {v} den {d} och blev mycket besviken.",
           "Vi väntade över en timme och servitören {s} var otrevlig.",
           "Jag vill ha pengarna tillbaka till IBAN {i}.", "Ni når mig på {p}."),
    "da": ("jeg besøgte {v} den {d} og er meget skuffet.",
           "Vi ventede over en time, og tjeneren {s} var uvenlig.",
           "Jeg beder om at få beløbet refunderet til IBAN {i}.", "I kan kontakte mig på {p}."),
    "tr": ("{d} tarihinde {v} restoranınızdaydım ve çok hayal kırıklığına uğradım.",
           "Bir saatten fazla bekledik ve garson {s} kaba davrandı.",
           "Ücretin IBAN {i} hesabıma iadesini rica ederim.", "Bana {p} numarasından ulaşabilirsiniz."),
}


def ml_complaint(c):
    b = B(); cc = c.lcc(); g, s = c.person(cc), c.person(cc); v = c.ch(RESTAURANTS + HOTELS); t = _CMP[c.lang]
    icc = cc if cc in IBAN_SPEC else "ES"
    b.l("From: ", (c.name(g, "full"), PER), " <", (c.email(g), EM), ">").l("To: ", ("kontakt@" + slug(v) + ".example", EM))
    subj = dict(zip(list(_CMP), ["Beschwerde", "Réclamation", "Reclamación", "Reclamo", "Reclamação", "Klacht",
                                 "Klagomål", "Klage", "Şikayet"]))[c.lang]
    b.l("Date: ", c.hdr_date()).l("Subject: ", subj, " – ", L(c, "bookno"), " ", c.booking()).l()
    b.t(L(c, "hello") + ",\n\n")
    b.f(t[0] + " ", v=v, d=(c.fd(c.date(), c.ch(["num", "long", "wd"])), DT))
    b.f(t[1] + "\n", s=(s.g, PER))
    b.f(t[2] + " " + t[3] + "\n\n", i=(c.iban(icc), IB), p=(c.phone(cc), PH))
    return b.l(L(c, "regards")).l((g.full, PER)).l((c.a1(c.addr(cc)), ADR))


_CAT = {  # intro {cl}{d}; event line {n}{dt}{venue}; deposit {amt}{dl}; contact
    "de": ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anfrage vom {d}. Gerne bieten wir Ihnen folgendes Catering an:",
           "{n} Gäste am {dt} in {venue}.", "Anzahlung {amt} bitte bis spätestens {dl} auf IBAN {i}.",
           "Ihr Ansprechpartner vor Ort: {k}, {p}."),
    "fr": ("Madame, Monsieur,\n\nsuite à votre demande du {d}, nous avons le plaisir de vous proposer :",
           "{n} convives le {dt} à {venue}.", "Acompte de {amt} à verser avant le {dl} sur l'IBAN {i}.",
           "Votre contact sur place : {k}, {p}."),
    "es": ("Estimados señores:\n\nen respuesta a su solicitud del {d}, les proponemos el siguiente servicio:",
           "{n} invitados el {dt} en {venue}.", "Anticipo de {amt} antes del {dl} al IBAN {i}.",
           "Su contacto en el evento: {k}, {p}."),
    "it": ("Gentili Signori,\n\ncon riferimento alla vostra richiesta del {d}, vi proponiamo:",
           "{n} ospiti il {dt} a {venue}.", "Acconto di {amt} entro il {dl} sull'IBAN {i}.",
           "Referente in loco: {k}, {p}."),
    "nl": ("Geachte heer/mevrouw,\n\nnaar aanleiding van uw aanvraag van {d} bieden wij u graag aan:",
           "{n} gasten op {dt} in {venue}.", "Aanbetaling {amt} uiterlijk {dl} op IBAN {i}.",
           "Uw contactpersoon ter plaatse: {k}, {p}."),
}


def ml_catering(c):
    b = B(); cc = c.lcc(); cl, k = c.person(cc), c.person(cc); t = _CAT[c.lang]; ev = c.date()
    icc = cc if cc in IBAN_SPEC else "ES"
    b.l(c.ch(["Olive & Thyme Catering", "Gasthaus zum Löwen Events", "Casa Lucía Catering"])).l((c.a1(c.addr(cc)), ADR)).l()
    b.t(L(c, "event") + ": "); c.tname(b, cl, full=True); b.l().l((c.ablock(c.addr(cc)), ADR)).l()
    b.f(t[0] + "\n\n", d=(c.fd(c.date(), "num"), DT))
    b.f("• " + t[1] + "\n", n=str(c.ri(20, 200)), dt=(c.fdt(ev, c.time(11, 19), c.ch(["wd", "long", "num"])), DT),
        venue=(c.city(cc), LOC))
    b.l("• Menu: ", c.ch(["Flying Buffet", "Fingerfood", "Brunch", "Buffet"]), " – ", c.amount(cc, 18, 140), " p.p.")
    b.f("• " + t[2] + "\n", amt=c.amount(cc, 400, 6000), dl=(c.fd(ev - timedelta(days=14), "num"), DT), i=(c.iban(icc), IB))
    b.f("• " + t[3] + "\n\n", k=(k.full, PER), p=(c.phone(cc), PH))
    return b.l(L(c, "regards")).l((c.person(cc).full, PER))


_REV = {  # header, body with {s}; reply with {m}{p}
    "de": ("Besucht am {d}", "Super Abend, {s} hat uns toll beraten. Das Schnitzel war riesig!", "Danke! Ihr {m}, Tel. {p}"),
    "fr": ("Visité le {d}", "Excellente soirée, {s} nous a très bien conseillés.", "Merci ! {m}, tél. {p}"),
    "es": ("Visitado el {d}", "Cena estupenda, {s} nos atendió de maravilla.", "¡Gracias! {m}, tel. {p}"),
    "it": ("Visitato il {d}", "Serata splendida, {s} è stato gentilissimo.", "Grazie! {m}, tel. {p}"),
    "pt": ("Visitado a {d}", "Jantar ótimo, {s} atendeu-nos muito bem.", "Obrigado! {m}, tel. {p}"),
    "nl": ("Bezocht op {d}", "Top avond, {s} gaf prima wijnadvies.", "Dank je! {m}, tel. {p}"),
    "pl": ("Wizyta {d}", "Świetny wieczór, {s} doradził nam wino.", "Dziękujemy! {m}, tel. {p}"),
    "sv": ("Besökt {d}", "Fin kväll, {s} tog hand om oss.", "Tack! {m}, tel. {p}"),
    "no": ("Besøkt {d}", "Flott kveld, {s} var veldig hyggelig.", "Takk! {m}, tlf. {p}"),
    "fi": ("Vierailtu {d}", "Mahtava ilta, {s} palveli upeasti.", "Kiitos! {m}, puh. {p}"),
    "cs": ("Navštíveno {d}", "Skvělý večer, {s} nás výborně obsloužil.", "Děkujeme! {m}, tel. {p}"),
    "tr": ("Ziyaret: {d}", "Harika bir akşamdı, {s} çok ilgiliydi.", "Teşekkürler! {m}, tel. {p}"),
}


def ml_review(c):
    b = B(); cc = c.lcc(); rv, s, m = c.person(cc), c.person(cc), c.person(cc); t = _REV[c.lang]
    b.l(c.ch(RESTAURANTS), "  ", "★" * c.ri(3, 5)).f("{n} · {l}\n", n=(rv.g, PER), l=(c.city(cc, False), LOC))
    b.f(t[0] + "\n", d=(c.fd(c.date(), c.ch(["long", "num", "wd"])), DT))
    b.l(" · ".join(f"{e} {c.ri(2, 5)}/5" for e in ("🍽", "🍷", "🛎", "💶"))).l()
    b.f(t[1] + c.ch(["", " 🍨 " + c.ch(BRANDS[:2]), " 🐶 " + c.ch(PETS) + " 👍"]) + "\n\n",
        s=(s.g, PER))
    b.f("↳ " + t[2] + "\n", m=(m.full, PER), p=(c.phone(cc), PH))
    return b


_SMS = {
    "de": "Hallo {g}, Ihr Tisch im {r} ist für {dt} reserviert. Absagen: {p}",
    "fr": "Bonjour {g}, votre table chez {r} est réservée pour le {dt}. Annulation : {p}",
    "es": "Hola {g}, su mesa en {r} está reservada para el {dt}. Cancelar: {p}",
    "it": "Ciao {g}, il tuo tavolo da {r} è prenotato per {dt}. Disdetta: {p}",
    "pt": "Olá {g}, a sua mesa no {r} está reservada para {dt}. Cancelar: {p}",
    "nl": "Hoi {g}, je tafel bij {r} staat gereserveerd op {dt}. Annuleren: {p}",
    "pl": "Cześć {g}, stolik w {r} zarezerwowany na {dt}. Odwołanie: {p}",
    "sv": "Hej {g}, ditt bord på {r} är bokat {dt}. Avboka: {p}",
    "da": "Hej {g}, dit bord hos {r} er booket {dt}. Afbestil: {p}",
    "no": "Hei {g}, bordet ditt hos {r} er booket {dt}. Avbestill: {p}",
    "fi": "Hei {g}, pöytäsi ravintolassa {r} on varattu {dt}. Peruutus: {p}",
    "cs": "Dobrý den {g}, stůl v {r} je rezervován na {dt}. Zrušení: {p}",
    "tr": "Merhaba {g}, {r} rezervasyonunuz {dt} için onaylandı. İptal: {p}",
}


def ml_sms(c):
    b = B(); cc = c.lcc(); rest = c.ch(RESTAURANTS); clk = c.clock(None, 1, (20, 2400))
    b.l("# SMS-Gateway export · ", c.ch(["sinch", "messagebird", "twilio"]), " · ", L(c, "bookno"))
    for _ in range(c.ri(2, 4)):
        p = c.person(cc)
        b.t(clk() + " ").e(c.phone(cc, True), PH).t(" ✓ ")
        b.f(_SMS[c.lang], g=(p.g, PER), r=rest, dt=(c.fdt(c.date(), c.time(12, 21), c.ch(["num", "long"])), DT),
            p=(c.phone(cc), PH))
        b.t("\n")
    return b


# ============================================================================
# No-entity kinds (hard negatives only)
# ============================================================================
_MENU = {
    "en": ("STARTERS", "MAINS", "DESSERTS", ["Burrata, heirloom tomato, basil oil", "Crispy squid, lime aioli",
                                             "Roast squash soup, sage butter"],
           ["Dry-aged ribeye, peppercorn sauce", "Wild mushroom risotto", "Beer-battered haddock, mushy peas"],
           ["Sticky toffee pudding", "Lemon posset", "Ben & Jerry's sundae"],
           "Allergens: please ask your server (codes 1-14). Kitchen open Tuesday to Sunday. Est. 1987. "
           "A discretionary 12.5% service charge is added to tables of 6 or more."),
    "de": ("VORSPEISEN", "HAUPTGERICHTE", "NACHSPEISEN", ["Feldsalat mit Speckwürfeln", "Kürbiscremesuppe", "Rindertatar"],
           ["Wiener Schnitzel vom Kalb", "Käsespätzle mit Röstzwiebeln", "Zwiebelrostbraten"],
           ["Apfelstrudel mit Vanillesoße", "Kaiserschmarrn", "Rote Grütze"],
           "Allergenkennzeichnung siehe Aushang (A, C, G). Ruhetag: Montag. Seit 1962 in Familienhand. Alle Preise inkl. MwSt."),
    "fr": ("ENTRÉES", "PLATS", "DESSERTS", ["Velouté de potiron", "Œuf parfait, crème de lard", "Tartare de saumon"],
           ["Magret de canard, jus au miel", "Risotto aux cèpes", "Bavette, frites maison"],
           ["Tarte Tatin", "Crème brûlée", "Île flottante"],
           "Prix nets, service compris. Fermé le dimanche soir. Maison fondée en 1924. Liste des allergènes sur demande."),
    "it": ("ANTIPASTI", "PRIMI E SECONDI", "DOLCI", ["Vitello tonnato", "Burrata e pomodorini", "Carpaccio di manzo"],
           ["Tagliatelle al ragù", "Risotto allo zafferano", "Saltimbocca alla romana"],
           ["Tiramisù della casa", "Panna cotta", "Cannoli"],
           "Coperto 2,50 €. Chiuso il lunedì. Dal 1958. Chiedere al personale per gli allergeni."),
    "es": ("ENTRANTES", "PRINCIPALES", "POSTRES", ["Croquetas de jamón", "Pulpo a la brasa", "Gazpacho"],
           ["Arroz meloso de bogavante", "Carrillera ibérica", "Merluza en salsa verde"],
           ["Tarta de queso", "Crema catalana", "Torrijas"],
           "IVA incluido. Cerrado los lunes. Desde 1971. Consulte los alérgenos con nuestro personal."),
}


def ng_menu(c):
    b = B(); s1, s2, s3, a, m, d, foot = _MENU[c.lang]
    cc = {"en": "GB", "de": "DE", "fr": "FR", "it": "IT", "es": "ES"}[c.lang]
    b.l(c.ch(["Trattoria da Enzo", "Chez Marcel", "The Copper Kettle", "Casa Lucía", "Gasthaus zum Löwen"]).upper()).l()
    for head, items in ((s1, a), (s2, m), (s3, d)):
        b.l(head)
        for it in c.r.sample(items, len(items)):
            b.l(f"  {it:<40}{c.amount(cc, 6, 42):>12}  ({','.join(sorted(c.r.sample('ACDFGHLMNORS', c.ri(1, 3))))})")
        b.l()
    return b.l(foot)


def ng_haccp(c):
    b = B(); de = c.lang == "de"; clk = c.clock(None, 1, (3600, 16000))
    b.l("HACCP-Temperaturprotokoll – KW " if de else "HACCP temperature log – week ", str(c.ri(1, 52)))
    b.l("Gerät | Temp. | Status | Kürzel" if de else "Unit | Temp | Status | Staff ID").l("-" * 44)
    for _ in range(c.ri(6, 10)):
        k = c.ri(0, 3)
        unit = (["Kühlzelle 1", "Tiefkühler 2", "Saladette", "Warmhaltung"] if de else
                ["Walk-in cooler 1", "Freezer 2", "Prep fridge", "Hot hold"])[k]
        t = [c.ri(5, 75), c.ri(-230, -160), c.ri(10, 60), c.ri(630, 760)][k] / 10
        b.l(clk()[:16], " | ", unit, " | ", f"{t:.1f} °C", " | ", c.ch(["OK", "OK", "OK", "CHECK"]), " | ",
            c.pat("EMP-###"))
    b.l()
    return b.l("Korrekturmaßnahme: Ware nach 2 h über 8 °C entsorgt. Nächste Kalibrierung in 3 Wochen." if de else
               "Corrective action: product discarded after 2 h above 8 °C. Probe recalibrated (ice bath 0.2 °C). "
               "Next audit in 3 weeks.")


def ng_pos_health(c):
    b = B(); clk = c.clock(None, 0)
    for _ in range(c.ri(6, 10)):
        k = c.ri(0, 5)
        line = [f"heartbeat terminal=pos-t{c.ri(1, 12):02d}.local fw={c.version()} uptime={c.ri(1, 90)}h",
                f"txn.settled ref={c.bad16()} amount={c.amount('US', 4, 300)} pan={c.masked_card()}",
                f"sync.ok batch={c.uuid()} records={c.ri(10, 900)} took={c.ri(20, 4000)}ms",
                f"printer.kitchen paper_low station=grill job={c.sha(12)}",
                f"update.available current={c.version()} latest={c.version()} build={c.sha(7)}",
                f"session.timeout employee={c.dg(4)} idle={c.ri(5, 30)}m epoch={c.epoch()}"][k]
        b.l(clk(), " ", c.ch(["INFO ", "INFO ", "WARN ", "DEBUG"]), " ", line)
    return b


def ng_inventory(c):
    b = B(); sep = c.ch([",", ";"])
    b.l(sep.join(["sku", "item", "supplier", "hs_code", "unit", "on_hand", "par", "unit_cost", "lot", "shelf_life_days"]))
    items = [("Mayonnaise 5kg", "Hellmann's", "2103.90"), ("Tomato ketchup 4.5kg", "Heinz", "2103.20"),
             ("Penne rigate 5kg", "Barilla", "1902.19"), ("Cornflakes 500g", "Kellogg's", "1904.10"),
             ("Pudding powder", "Dr. Oetker", "2106.90"), ("Vanilla ice cream 5L", "Häagen-Dazs", "2105.00"),
             ("Olive oil EV 5L", "Filippo Berio", "1509.20"), ("Basmati rice 10kg", "Tilda", "1006.30"),
             ("Whiskey 70cl", "Jack Daniel's", "2208.30"), ("Chocolate chip cookies", "Mrs. Fields", "1905.31")]
    for it, sup, hs in c.r.sample(items, c.ri(6, 10)):
        b.l(sep.join([c.pat("SKU-#####"), it, sup, hs, c.ch(["ea", "case", "kg"]), str(c.ri(0, 80)), str(c.ri(5, 40)),
                      c.amount("US", 1, 160).replace(",", ""), c.pat("L####A"), str(c.ri(3, 720))]))
    return b.l(f"# generated by inventory-sync {c.version()} run {c.uuid()}")


def ng_occupancy(c):
    b = B(); y = c.ri(2023, 2026)
    b.l("WEEKLY OCCUPANCY — week ", str(c.ri(1, 52)), " / ", str(y)).l()
    b.l(f"{'Room type':<16}{'Rooms':>6}{'Sold':>6}{'Occ %':>7}{'ADR':>10}{'RevPAR':>10}")
    for rt in ["Standard", "Superior", "Junior Suite", "Suite"]:
        n = c.ri(4, 80); s = c.ri(0, n)
        b.l(f"{rt:<16}{n:>6}{s:>6}{100 * s / n:>6.1f}%{c.ri(90, 420):>9}.00{c.ri(40, 300):>9}.00")
    b.l().l("  ".join(f"{d} {c.ri(40, 100)}%" for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]))
    b.l("Out of order: rooms ", ", ".join(str(c.ri(101, 640)) for _ in range(c.ri(2, 5))), " (HVAC, carpet)")
    return b.l(f"Pickup vs same week {y - 1}: +{c.ri(1, 19)}%. Forecast refreshed hourly; next review on Monday.")


def ng_masked_export(c):
    b = B(); sep = c.ch([",", "|"])
    b.l("# guest_export_redacted.csv — produced for DSAR audit, PII masked per policy").l(
        sep.join(["guest_id", "name", "email", "phone", "card", "iban", "dob", "booking"]))
    for _ in range(c.ri(4, 8)):
        b.l(sep.join([c.uuid(), "[REDACTED]", f"{c.ch(LOW)}***@*****.{c.ch(['com', 'de', 'fr'])}",
                      f"+{c.ch(['1', '44', '49', '33'])} *** *** **{c.dg(2)}", c.masked_card(),
                      f"{c.ch(['DE', 'FR', 'NL'])}** **** **** **** **{c.dg(2)} {c.dg(2)}", "**/**/19**", c.booking()]))
    return b.l(f"# rows masked by redactor {c.version()}; checksum sha256 {c.sha(64)}")


def ng_prep_list(c):
    b = B()
    b.l(c.ch(["PREP LIST", "MISE EN PLACE", "Prep sheet"]), " — ", c.ch(["Tuesday", "Friday", "Saturday", "Sunday brunch"]))
    b.l("Station | Item | Qty | Par | Notes")
    for _ in range(c.ri(6, 10)):
        b.l(c.ch(["Garde manger", "Sauté", "Grill", "Pastry", "Fry"]), " | ",
            c.ch(["Shallot brunoise", "Veal stock", "Pickled onions", "Brioche dough", "Aioli", "Short ribs",
                  "Chimichurri", "Tart shells", "Beurre blanc base"]), " | ",
            f"{c.ri(1, 12)} {c.ch(['qt', 'kg', 'ea', 'pans'])}", " | ", str(c.ri(2, 20)), " | ",
            c.ch(["braise 3 h", "rest overnight", "proof 45 min", "86 after service", "label + date", "allergen: sesame"]))
    return b.l("Fish delivery tomorrow early; walk-in deep clean after lunch. No substitutions on allergen dishes.")


def ng_changelog(c):
    b = B()
    b.l(f"## tablebook-api v{c.version()}").l()
    b.l(f"- Fix double-booking race in slot allocator (TB-{c.dg(4)}, {c.sha(7)})")
    b.l(f"- Move payment keys to ${{{c.ch(['STRIPE_SECRET_KEY', 'PAYMENTS_KEY'])}}} and CI to ${{{{ secrets.DEPLOY_TOKEN }}}}")
    b.l(f"- Idempotency keys are now UUIDv4 (e.g. {c.uuid()})")
    b.l(f"- Test fixture card number {c.bad16(' ')} now rejected by the Luhn validator")
    b.l(f"- SSN-shaped test value {c.badssn()} kept in fixtures as an invalid example")
    b.l(f"- Bump node to 20.{c.ri(1, 15)}.{c.ri(0, 9)}; drop support for v{c.version()}")
    b.l(f"- Cron now runs every 15 minutes (was hourly); cache TTL {c.ri(30, 600)}s")
    return b.l(f"Full diff: compare/{c.sha(12)}...{c.sha(12)} · released at epoch {c.epoch()}")


# ============================================================================
# Registry and document assembly
# ============================================================================
EN_KINDS = [en_rest_confirm, en_hotel_confirm, en_folio, en_loyalty_csv, en_delivery_chat, en_dispatch_log,
            en_allergy_note, en_catering_contract, en_roster, en_payslip, en_complaint_email, en_pms_json, en_pos_log,
            en_review, en_regcard_ocr, en_incident_report, en_ota_xml, en_app_yaml, en_env_file, en_webhook_json,
            en_ics_event, en_vcard, en_sms_log, en_lost_found, en_chargeback, en_rooming_list, en_beo,
            en_shift_handover, en_call_transcript, en_onboarding_form, en_api_log, en_k8s_secret, en_ci_workflow,
            en_voucher_email, en_agent_fax, en_spa_intake, en_valet_log, en_it_ticket, en_corp_rate,
            en_delivery_receipt, en_courier_app, en_hl7_injury, en_edi_834, en_slack_export, en_dnr_list]
ML_KINDS = [(ml_res_email, LANGS), (ml_regform, LANGS), (ml_invoice, LANGS), (ml_payslip, list(_PAY)),
            (ml_allergy, LANGS), (ml_delivery_chat, list(_CHAT)), (ml_complaint, list(_CMP)),
            (ml_catering, list(_CAT)), (ml_review, list(_REV)), (ml_sms, LANGS)]
NEG_KINDS = [(ng_menu, ["en", "en", "de", "fr", "it", "es"]), (ng_haccp, ["en", "en", "de"]), (ng_pos_health, ["en"]),
             (ng_inventory, ["en"]), (ng_occupancy, ["en"]), (ng_masked_export, ["en"]), (ng_prep_list, ["en"]),
             (ng_changelog, ["en"])]
ALL_KINDS = [f.__name__ for f in EN_KINDS] + [f.__name__ for f, _ in ML_KINDS] + [f.__name__ for f, _ in NEG_KINDS]
P_NEG, P_ML = 0.12, 0.25


def make_doc(seed, i):
    rng = random.Random(f"{seed}-{i}")
    r = rng.random()
    if r < P_NEG:
        fn, langs = rng.choice(NEG_KINDS)
    elif r < P_NEG + P_ML:
        fn, langs = rng.choice(ML_KINDS)
    else:
        fn, langs = rng.choice(EN_KINDS), ["en"]
    neg, lang = r < P_NEG, rng.choice(langs)
    for attempt in range(60):
        crng = rng if attempt == 0 else random.Random(f"{seed}-{i}-{attempt}")
        b = fn(Ctx(crng, lang))
        text = b.text()
        if 150 <= len(text) <= 3000 and (not b.ents) == neg:
            return {"id": f"b50-{seed}-{i:06d}-{fn.__name__}-{lang}", "text": text, "entities": b.ents}
    raise RuntimeError(f"could not build doc {i} ({fn.__name__})")


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# ============================================================================
# Validation / CLI
# ============================================================================
_RX = {
    EM: r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
    PH: r"[+(\d][\d ()./-]*\d", SSN: r"(\d{3})([- ]?)(\d{2})\2(\d{4})",
    AK: r"(AKIA|ASIA)[A-Z2-7]{16}", SK: r"[A-Za-z0-9/+]{40}", GH: r"gh[pousr]_[A-Za-z0-9]{36}",
    SL: r"xox[bpa]-[0-9A-Za-z-]{20,}", ST: r"(sk|rk)_live_[A-Za-z0-9]{16,}",
}


def shape_problem(typ, s):
    if typ in _RX and not re.fullmatch(_RX[typ], s):
        return "regex"
    if typ == PH and not 7 <= sum(ch.isdigit() for ch in s) <= 15:
        return "phone digits"
    if typ == SSN:
        a, _, g, n = re.fullmatch(_RX[SSN], s).groups()
        if a in ("000", "666") or a[0] == "9" or g == "00" or n == "0000":
            return "invalid ssn"
    if typ == CC:
        d = re.sub(r"[ -]", "", s)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            return "luhn"
    if typ == IB and not iban_ok(s):
        return "iban"
    if typ == IP:
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "ip"
    if typ == URL:
        u = urlparse(s)
        if u.scheme not in ("http", "https") or not u.hostname or re.search(r"[\s@]", s):
            return "url"
        try:
            ipaddress.ip_address(u.hostname)
            return "url has ip"
        except ValueError:
            pass
    if typ == JWT:
        parts = s.split(".")
        try:
            hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            assert len(parts) == 3 and "alg" in hdr
        except Exception:
            return "jwt"
    if typ == PK and not (s.startswith("-----BEGIN ") and s.endswith("PRIVATE KEY-----") and "\n-----END " in s):
        return "pem"
    if typ == PER and (re.search(r"[\d@]", s) or not re.search(r"[^\W\d_]", s)):
        return "person"
    if typ in (ADR, DT, DOB, MRN, HPN, ACC, DL) and not re.search(r"\d", s):
        return "no digit"
    if typ in (PW, GS) and (len(s) < 6 or re.search(r"\s", s)):
        return "secret"
    return None


def check_doc(doc):
    probs, text, last = [], doc["text"], 0
    if not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)}")
    for e in sorted(doc["entities"], key=lambda x: x["start"]):
        s, t, typ = e["start"], e["end"], e["type"]
        if not (0 <= s < t <= len(text)):
            probs.append(f"range {e}")
            continue
        if s < last:
            probs.append(f"overlap at {s}")
        last = t
        span = text[s:t]
        if typ not in ALL_TYPES:
            probs.append(f"type {typ}")
        if span != span.strip():
            probs.append(f"whitespace {span!r}")
        if typ not in (PW, GS, SK) and span[-1] in ".,;:!?\"')]}>":
            probs.append(f"trailing punct {typ} {span!r}")
        if span[0] in "\"'[{<" or (span[0] == "(" and typ != PH):
            probs.append(f"leading punct {typ} {span!r}")
        sp = shape_problem(typ, span)
        if sp:
            probs.append(f"{sp}: {typ} {span!r}")
    return probs


def kind_of(doc):
    return doc["id"].split("-", 3)[3].rsplit("-", 1)


def run_check(n=3000, seed=0):
    tc, kc, lc, bad, empty, nonen = Counter(), Counter(), Counter(), 0, 0, 0
    first = list(generate(20, seed))
    assert [d["text"] for d in first] == [d["text"] for d in generate(20, seed)], "not deterministic"
    assert make_doc(seed, 7)["text"] == first[7]["text"], "doc depends on n"
    for doc in generate(n, seed):
        kind, lang = kind_of(doc)
        kc[kind] += 1
        lc[lang] += 1
        nonen += lang != "en"
        empty += not doc["entities"]
        for e in doc["entities"]:
            tc[e["type"]] += 1
        for p in check_doc(doc):
            bad += 1
            if bad <= 40:
                print(f"PROBLEM {doc['id']}: {p}")
    print(f"documents: {n}   kinds: {len(kc)} / {len(ALL_KINDS)} defined")
    print(f"non-English: {nonen} ({100 * nonen / n:.1f}%)   no-entity: {empty} ({100 * empty / n:.1f}%)")
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(lc.items(), key=lambda x: -x[1])))
    print("\nper-type counts:")
    for t in ALL_TYPES:
        print(f"  {t:<24}{tc[t]:>7}")
    print(f"  {'TOTAL':<24}{sum(tc.values()):>7}")
    print("\nper-kind counts:")
    for k in ALL_KINDS:
        print(f"  {k:<24}{kc[k]:>6}")
    missing = [t for t in ALL_TYPES if not tc[t]]
    if missing:
        print("types never produced:", missing)
    print(f"\nproblems: {bad}")
    return 1 if bad or missing else 0


def show(doc):
    text, out, pos = doc["text"], [], 0
    for e in sorted(doc["entities"], key=lambda x: x["start"]):
        out += [text[pos:e["start"]], "⟦", text[e["start"]:e["end"]], "⟧", e["type"]]
        pos = e["end"]
    out.append(text[pos:])
    print("=" * 78 + f"\n{doc['id']}  ({len(text)} chars, {len(doc['entities'])} entities)\n" + "-" * 78)
    print("".join(out))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return run_check(3000, a.seed)
    if a.sample:
        for doc in generate(a.sample, a.seed):
            show(doc)
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for doc in generate(a.n, a.seed):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.output:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
