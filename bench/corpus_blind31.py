#!/usr/bin/env python3.11
"""Blind synthetic PII/PHI/secret corpus no. 31 -- travel, hospitality and telecom.

This module generates a labelled, synthetic test corpus for a PII / PHI / secret
detector.  It was written *blind*: the author has not seen the detector's code,
tests or documentation, and the detector's authors have not seen this data.
Every value is fabricated (names, addresses, phone numbers, card numbers, IBANs,
SSNs, keys ...), but generated values are *structurally valid*: card numbers
pass Luhn, IBANs pass ISO 13616 mod-97, SSNs use valid area/group/serial
ranges, secrets have the shape of the real thing.

Theme: travel, hospitality and telecom -- airline rebooking chats, schedule
change e-mails, hotel folios and guest registration cards, car-rental
agreements, mobile-carrier port-out requests and SIM-swap tickets, roaming
bills, loyalty-programme e-mails, visa application forms, tour-operator
passenger manifests (CSV), call-centre QA transcripts, travel-clinic HL7/FHIR
records, integration configs of booking engines and telecom provisioning
services, and more.  About a quarter of the documents are written in German,
French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Danish
or Norwegian, and about 12% contain no entity at all but are full of hard
negatives (log timestamps, ids, versions, hashes, amounts, IATA codes ...).

API
    generate(n, seed=0) -> iterator of {"id": str, "text": str,
                                         "entities": [{"start", "end", "type"}]}
    Document i is a pure function of (seed, i).  Texts are assembled piece by
    piece and entity offsets are recorded while appending (never searched for
    afterwards).

CLI
    python3.11 corpus_blind31.py --check            # 3000 docs, validate, stats
    python3.11 corpus_blind31.py --sample 5         # print docs, entities marked
    python3.11 corpus_blind31.py --n 1000 --seed 7 --output out.jsonl

Labelling conventions (verbatim)
--------------------------------
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

Interpretations made by this corpus (where the conventions are silent)
---------------------------------------------------------------------
* Loyalty / frequent-flyer membership numbers are customer accounts ->
  ACCOUNT_NUMBER.  Carrier port-out / transfer PINs and account PINs are
  passcodes -> PASSWORD.
* Passport, national-id and visa numbers, IMEI, ICCID and IMSI values are not
  among the types and are never labelled (IMEI/ICCID carry a valid Luhn digit
  on purpose: they are not card PANs).
* Bare host names / "www." domains without http(s) are not URLs.
* Card expiry dates ("08/27") are expiry fields -> DATE_TIME.  German "Uhr"
  after a clock time is inside the DATE_TIME span (like AM/PM).
* Itemised call/usage records on telecom bills are service dates -> DATE_TIME
  (they are bill line items, not log lines); their durations are negatives.
* Travel-medical insurance member/policy ids and EHIC numbers ->
  HEALTH_PLAN_NUMBER.
* Airline "SURNAME/GIVEN" name elements (PNL, boarding pass, EDIFACT
  "SURNAME:GIVEN") are ONE PERSON span, like HL7 names.
"""
from __future__ import annotations

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
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
)
(PER, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN, HPN, ACC, DL,
 AKID, ASK, GH, SLK, STRK, JWT, PEM, PWD, SEC) = TYPES


class Doc:
    """Append-only text builder that records entity offsets while appending."""

    __slots__ = ("buf", "ents", "n", "lang")

    def __init__(self):
        self.lang = "en"
        self.buf: list[str] = []
        self.ents: list[tuple[int, int, str]] = []
        self.n = 0

    def t(self, s: str) -> "Doc":
        if s:
            self.buf.append(s)
            self.n += len(s)
        return self

    def e(self, s: str, typ: str) -> "Doc":
        if not s:
            return self
        if typ is None:
            return self.t(s)
        if s != s.strip():
            raise ValueError(f"entity with surrounding whitespace: {s!r}")
        self.ents.append((self.n, self.n + len(s), typ))
        return self.t(s)

    def add(self, *parts) -> "Doc":
        """parts: plain strings, or (value, TYPE) tuples, or None (skipped)."""
        for p in parts:
            if p is None:
                continue
            if isinstance(p, str):
                self.t(p)
            else:
                self.e(p[0], p[1])
        return self

    def text(self) -> str:
        return "".join(self.buf)

    def __len__(self):
        return self.n


def L(v, typ):
    return (v, typ)


def ch(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nzdigits(rng, n):
    return str(rng.randrange(1, 10)) + digits(rng, n - 1)


def letters(rng, n, alphabet=string.ascii_uppercase):
    return "".join(rng.choice(alphabet) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- validators
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    if len(ds) < 12:
        return False
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def luhn_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "SE": 24, "TR": 26, "DK": 18,
            "NO": 15, "PT": 25, "BE": 16, "AT": 20, "CH": 21, "IE": 22, "CY": 28, "LU": 20, "FI": 18, "GR": 27,
            "HR": 21, "CZ": 24, "HU": 28, "RO": 24, "SK": 24, "SI": 19, "BG": 22, "LT": 20, "LV": 21, "EE": 20,
            "MT": 31, "IS": 26, "LI": 21, "MC": 27, "SM": 27, "AD": 24, "GI": 23, "SA": 24, "AE": 23, "QA": 29,
            "IL": 23, "BR": 29, "SV": 28, "KW": 30, "JO": 30, "EG": 29, "UA": 29}


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):  # unknown country or wrong length: not an IBAN
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, sr = d[:3], d[3:5], d[5:]
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and sr != "0000"


# ============================================================ data pools
def _w(s):
    return s.split()


# culture -> (male given names, female given names, surnames)
NAMES = {
    "anglo": (
        _w("James Ethan Liam Noah Mason Logan Connor Declan Brendan Callum Hamish Tyler Cody "
           "Tanner Rhys Gareth Oliver Henry Samuel Benjamin Nathan Owen Dylan Caleb Wyatt "
           "Austin Harrison Theodore Graham Malcolm Desmond Trevor Clayton Spencer Garrett "
           "Russell Travis Dwayne Marcus Terrence Eamon Fergus Alasdair Jarrod Kieran"),
        _w("Olivia Chloe Harper Ava Emily Siobhan Aoife Niamh Isla Fiona Brooke Shelby "
           "Kayla Bethan Ffion Charlotte Abigail Hannah Megan Lauren Rebecca Sophie Eleanor "
           "Imogen Poppy Jessica Courtney Tamsin Gwendolyn Maeve Bridget Heather Kimberly "
           "Danielle Latoya Shanice Marjorie Lorraine Beverly Deirdre Kirsty Orla"),
        _w("Thompson Whitaker Gallagher O'Brien McAllister Fitzgerald Harrington Pemberton "
           "Ashworth Caldwell Donovan Smith Johnson Williams Davies Evans Hughes Morgan Walsh "
           "Byrne Murphy Kennedy Sullivan Campbell Stewart MacLeod Robertson Henderson Fletcher "
           "Hadley Prescott Whitfield Barrett Holloway Langley Mercer Sutherland Thornton "
           "Abernathy Blackwood Radcliffe Winslow Garrison Coleman Brooks Reynolds Foster "
           "Bennett Hayes Crawford Dunbar Ellison Lockhart Quinn Maddox Sinclair Tate "
           "Ramsbottom Featherstone Llewellyn Pryce Gillespie Cavanagh Moynihan Okonjo-Blake "
           "Smith-Hartley"),
    ),
    "de": (
        _w("Lukas Maximilian Felix Jonas Tobias Florian Matthias Jürgen Dieter Sören Moritz "
           "Niklas Benedikt Wolfgang Klaus Uwe Fabian Jannik Torsten Ralf Bernd Leon Philipp "
           "Konstantin Hartmut Gerd Detlef Till"),
        _w("Leonie Hannah Johanna Lea Katharina Annika Sabine Ute Heike Friederike Lena Marlene "
           "Greta Anja Birgit Claudia Dörte Gesine Jana Kerstin Svenja Theresa Franziska Mia "
           "Ingeborg Waltraud"),
        _w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
           "Koch Bauer Richter Klein Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann "
           "Hartmann Krause Lehmann Köhler Herrmann Fuchs Vogel Jäger Scholz Brandt Haas "
           "Dietrich Pfeiffer Ziegler Kühn Böhm Seidel Winkler Lorenz Hahn Vogt Busch Thiele "
           "Ebert Roth Beck Oberländer Großmann Weißenfels"),
    ),
    "fr": (
        _w("Lucas Hugo Théo Antoine Mathieu Baptiste Guillaume Julien Thibault Rémi Nicolas "
           "Olivier Sébastien Yannick Loïc Arnaud Benoît Clément Quentin Jérôme Maxime Gilles "
           "Pascal Étienne Lucien Jean-Baptiste"),
        _w("Camille Chloé Manon Léa Inès Élodie Margaux Sandrine Céline Aurélie Gaëlle Juliette "
           "Amélie Noémie Océane Mathilde Solène Capucine Brigitte Nathalie Sylvie Véronique "
           "Delphine Anaïs Clémence Marie-Claire"),
        _w("Martin Bernard Dubois Durand Leroy Moreau Laurent Lefebvre Bertrand Roux Fournier "
           "Morel Girard Mercier Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Guérin "
           "Roussel Perrin Morin Gauthier Dumont Fontaine Chevalier Masson Lemaire Duval "
           "Marchand Dufour Blanchard Barbier Brunet Leclerc Lacroix Deschamps Carpentier "
           "Lefèvre Le Gall Poirier Charpentier Delacroix"),
    ),
    "es": (
        _w("Alejandro Javier Sergio Pablo Álvaro Iñaki Gonzalo Jordi Adrián Rubén Íñigo Raúl "
           "Fernando Xavier Ignacio Borja Joaquín Mario Unai Eduardo"),
        _w("Lucía Carmen Marta Elena Nerea Ainhoa Rocío Begoña Montserrat Paula Irene Alba "
           "Nuria Pilar Inmaculada Cristina Laia Itziar Maite Yolanda"),
        _w("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez "
           "Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez "
           "Ramos Serrano Molina Castro Ortega Rubio Sanz Iglesias Garrido Cortés Castillo "
           "Lozano Guerrero Prieto Méndez Calvo Gallego Herrera Márquez Peña Cabrera Fuentes "
           "Carrasco Caballero Aguilar Ibáñez Echeverría Urrutia"),
    ),
    "pt": (
        _w("João Tiago Rodrigo Diogo Gonçalo Rui Duarte Vasco Nuno Afonso Henrique Miguel "
           "Bernardo Martim Sérgio"),
        _w("Ana Beatriz Inês Mariana Leonor Filipa Carolina Matilde Joana Rita Sofia Catarina "
           "Margarida Teresa Madalena"),
        _w("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes "
           "Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira "
           "Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Magalhães"),
    ),
    "br": (
        _w("Thiago Gabriel Matheus Rafael Bruno Lucas Guilherme Felipe Vinícius Caio Otávio "
           "Leandro Renan"),
        _w("Larissa Juliana Fernanda Camila Letícia Bruna Gabriela Thaís Aline Vitória "
           "Luana Priscila Jéssica"),
        _w("Silva Santos Oliveira Souza Lima Pereira Carvalho Ferreira Araújo Ribeiro Barbosa "
           "Nascimento Cavalcanti Azevedo Moura Freitas Barros Cardoso Teixeira Dias"),
    ),
    "it": (
        _w("Giuseppe Alessandro Lorenzo Matteo Andrea Davide Simone Riccardo Stefano Federico "
           "Giacomo Tommaso Pietro Emanuele Salvatore Gianluca Massimo"),
        _w("Francesca Chiara Giulia Federica Valentina Elisa Martina Serena Ilaria Alessia "
           "Beatrice Sara Giorgia Roberta Silvia Annalisa Rosaria"),
        _w("Rossi Russo Esposito Bianchi Romano Colombo Ricci Marino Greco Gallo Conti "
           "De Luca Mancini Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
           "Rinaldi Caruso Galli Ferraro Leone Longo Gentile Martinelli Vitale Serra Coppola "
           "De Santis D'Angelo Marchetti Parisi Villa Cattaneo"),
    ),
    "nl": (
        _w("Daan Sem Lars Bram Thijs Joost Pieter Ruud Wouter Jeroen Maarten Sander Bas Gijs "
           "Koen Niels Rutger"),
        _w("Emma Julia Sanne Fleur Anouk Marloes Femke Ingrid Lieke Eva Roos Noor Lotte "
           "Marieke Floor Esther Annemiek"),
        _w("de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer "
           "de Boer Mulder de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit "
           "Dijkstra Smits de Graaf van der Meer Kuipers Verhoeven Schouten Willems"),
    ),
    "pl": (
        _w("Jakub Kacper Szymon Wojciech Krzysztof Piotr Tomasz Łukasz Grzegorz Michał "
           "Bartosz Paweł Mateusz Dariusz Zbigniew"),
        _w("Zuzanna Maja Zofia Agnieszka Małgorzata Katarzyna Magdalena Joanna Ewa Aleksandra "
           "Dorota Beata Monika Justyna Karolina"),
        _w("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
           "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk "
           "Piotrowski Grabowski Pawłowski Michalski Zając Król Wieczorek Jabłoński "
           "Wróblewski Majewski Olszewski Stępień"),
    ),
    "sv": (
        _w("Erik Oskar Axel Gustav Viktor Henrik Björn Anders Magnus Johan Linus Filip Elias "
           "Hugo Olof"),
        _w("Astrid Elsa Saga Ebba Linnea Ingrid Sigrid Maja Alva Wilma Klara Agnes Matilda "
           "Freja Lovisa"),
        _w("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
           "Gustafsson Pettersson Lindberg Lindqvist Bergström Lundgren Åberg Sjöberg "
           "Holmström Wallin Engström Ekström Forsberg"),
    ),
    "da": (
        _w("Mads Rasmus Mikkel Anders Søren Jesper Frederik Christian Mathias Emil Kasper "
           "Morten"),
        _w("Freja Ida Signe Mette Line Camilla Sofie Caroline Louise Maja Astrid Rikke"),
        _w("Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen "
           "Jørgensen Madsen Kristensen Østergaard Mortensen Thomsen Poulsen Frandsen"),
    ),
    "no": (
        _w("Ola Håkon Sindre Eirik Torbjørn Magnus Jonas Sigurd Kristoffer Vegard Øystein "
           "Espen"),
        _w("Kari Ingrid Tuva Marte Solveig Ragnhild Sunniva Hedda Silje Ingvild Åse Nora"),
        _w("Johansen Olsen Haugen Hagen Bakken Dahl Solberg Kristiansen Halvorsen Aasen "
           "Nygård Fjeld Lunde Sæther Brekke Eide Tveit"),
    ),
    "tr": (
        _w("Mehmet Mustafa Emre Burak Oğuz Hakan Serkan Murat Kerem Onur Tolga Barış Cem "
           "Volkan İbrahim"),
        _w("Ayşe Fatma Zeynep Elif Merve Selin Derya Gizem Ebru Özlem Büşra Deniz Esra "
           "Aslı Gülşen"),
        _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
           "Kılıç Aslan Çetin Koç Kurt Özkan Şimşek Erdoğan Güneş Polat Aktaş Bulut"),
    ),
    "in": (
        _w("Aarav Rohan Vikram Arjun Sanjay Rahul Karthik Aditya Siddharth Harish Manoj "
           "Venkatesh Anil Gaurav"),
        _w("Priya Ananya Deepika Kavya Lakshmi Sneha Pooja Divya Meera Aishwarya Shruti "
           "Nandini Ritu"),
        _w("Sharma Patel Iyer Reddy Nair Gupta Chatterjee Menon Desai Banerjee Krishnan "
           "Subramanian Mehta Kulkarni Pillai Joshi Bhattacharya Rao Singh Chaudhary"),
    ),
    "cn": (
        _w("Wei Hao Jun Lei Yong Tao Zhiwei Jianguo Haoran Yichen"),
        _w("Mei Jing Xiaoling Yan Fang Hui Xinyi Lina Yuting Shu"),
        _w("Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Ma Hu Guo Lin He Luo"),
    ),
    "jp": (
        _w("Haruto Sota Ren Takeshi Hiroshi Kenji Daiki Yusuke Kaito Shota"),
        _w("Yui Aoi Hina Yuki Sakura Haruka Misaki Nanami Ayaka Emi"),
        _w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato "
           "Yoshida Yamada Sasaki Matsumoto Inoue Kimura"),
    ),
    "kr": (
        _w("Min-jun Ji-ho Seo-jun Do-yun Hyun-woo Jae-won"),
        _w("Seo-yeon Ha-eun Ji-woo Su-bin Min-seo Ye-jin"),
        _w("Kim Park Choi Jung Kang Cho Yoon Jang Lim Han"),
    ),
    "ar": (
        _w("Omar Youssef Karim Hassan Tariq Khalid Rami Faisal Ziad Mahmoud Samir Bilal"),
        _w("Layla Fatima Noor Amira Salma Yasmin Rania Huda Dalia Mariam Leen Hala"),
        _w("Al-Farsi Haddad Nasser Khalil Mansour El-Sayed Aziz Rahman Qureshi Abboud "
           "Hamdan Saleh Al-Mansouri Barakat Darwish"),
    ),
    "af": (
        _w("Chinedu Kwame Oluwaseun Tendai Kofi Emeka Sipho Thabo Babajide Jomo Mamadou Yaw"),
        _w("Ngozi Abena Amara Thandiwe Chiamaka Adaeze Wanjiru Nomvula Efua Folake Zanele "
           "Aminata"),
        _w("Okafor Adeyemi Mensah Owusu Mwangi Ndlovu Okonkwo Diallo Traoré Kamau Achebe "
           "Boateng Nwosu Dlamini Otieno Abubakar"),
    ),
    "vn": (
        _w("Minh Tuan Huy Duc Quang Long"),
        _w("Linh Thao Trang Huong Ngoc Phuong"),
        _w("Nguyen Tran Pham Hoang Vu Dang Bui Do"),
    ),
    "ru": (
        _w("Dmitri Sergei Mykola Alexei Andriy Pavel Igor Oleksandr"),
        _w("Olena Anastasia Tatiana Irina Natalia Yulia Oksana Svetlana"),
        _w("Ivanov Petrenko Kuznetsova Shevchenko Volkov Sokolova Bondarenko Kovalenko "
           "Morozov Popescu"),
    ),
    "latam": (
        _w("Santiago Mateo Diego Sebastián Emiliano Joaquín Nicolás Rodrigo Andrés Esteban"),
        _w("Valentina Camila Ximena Renata Mariana Daniela Guadalupe Fernanda Luciana"),
        _w("Ramírez Flores Castillo Vargas Mendoza Gutiérrez Rojas Chávez Espinoza Salazar "
           "Villalobos Quispe Zapata"),
    ),
    "gr": (
        _w("Nikos Giorgos Dimitris Kostas Yannis"),
        _w("Eleni Katerina Sofia Despina Anastasia"),
        _w("Papadopoulos Georgiou Konstantinidis Nikolaidis Oikonomou Karagiannis"),
    ),
    "he": (
        _w("Yonatan Itai Amit Noam Eitan"),
        _w("Noa Tamar Shira Yael Maya"),
        _w("Cohen Levi Mizrahi Friedman Peretz Shapiro"),
    ),
    "ph": (
        _w("Jose Ramon Mark-Anthony Jericho Paolo"),
        _w("Maricel Kristine Joanna Rowena Angelica"),
        _w("Reyes Bautista Mendoza Villanueva Dela Cruz Soriano Manalo"),
    ),
}
# multi-word surnames in the lists above (re-join words that belong together)
_JOIN = {"de Jong", "de Vries", "van den Berg", "van Dijk", "de Boer", "de Groot",
         "de Wit", "de Graaf", "van der Meer", "van Leeuwen", "De Luca", "De Santis",
         "Le Gall", "Dela Cruz"}


def _rejoin(words):
    out, i = [], 0
    while i < len(words):
        for k in (3, 2):
            cand = " ".join(words[i:i + k])
            if cand in _JOIN:
                out.append(cand)
                i += k
                break
        else:
            out.append(words[i])
            i += 1
    return out


NAMES = {k: (m, f, _rejoin(l)) for k, (m, f, l) in NAMES.items()}

# ---------------------------------------------------------------- places
# locale -> list of (city, region, postcode-pattern); '#' digit, 'A' letter
CITIES = {
    "us": [("Springfield", "IL", "627##"), ("Boise", "ID", "837##"), ("Asheville", "NC", "288##"),
           ("Bozeman", "MT", "597##"), ("Sedona", "AZ", "863##"), ("Burlington", "VT", "054##"),
           ("Duluth", "MN", "558##"), ("Savannah", "GA", "314##"), ("Santa Fe", "NM", "875##"),
           ("Eugene", "OR", "974##"), ("Ithaca", "NY", "148##"), ("Bend", "OR", "977##"),
           ("Flagstaff", "AZ", "860##"), ("Key West", "FL", "330##"), ("Moab", "UT", "845##"),
           ("Taos", "NM", "875##"), ("Chicago", "IL", "606##"), ("Houston", "TX", "770##"),
           ("Seattle", "WA", "981##"), ("Denver", "CO", "802##"), ("Austin", "TX", "787##"),
           ("Phoenix", "AZ", "850##"), ("Miami", "FL", "331##"), ("Boston", "MA", "021##"),
           ("San Diego", "CA", "921##"), ("Nashville", "TN", "372##"), ("Omaha", "NE", "681##"),
           ("Anchorage", "AK", "995##"), ("Honolulu", "HI", "968##"), ("Marfa", "TX", "798##"),
           ("Bar Harbor", "ME", "046##"), ("Walla Walla", "WA", "993##"), ("Paducah", "KY", "420##"),
           ("Oakland", "CA", "946##"), ("Pittsburgh", "PA", "152##"), ("Tulsa", "OK", "741##"),
           ("Madison", "WI", "537##"), ("Charleston", "SC", "294##"), ("Missoula", "MT", "598##"),
           ("Fairbanks", "AK", "997##"), ("Galveston", "TX", "775##"), ("Brooklyn", "NY", "112##"),
           ("Jersey City", "NJ", "073##"), ("Scottsdale", "AZ", "852##"), ("Durham", "NC", "277##")],
    "gb": [("Harrogate", "", "HG1 #AA"), ("Keswick", "", "CA12 #AA"), ("Tenby", "", "SA70 #AA"),
           ("Whitby", "", "YO21 #AA"), ("Oban", "", "PA34 #AA"), ("Penzance", "", "TR18 #AA"),
           ("Manchester", "", "M## #AA"), ("Leeds", "", "LS# #AA"), ("Bristol", "", "BS# #AA"),
           ("Edinburgh", "", "EH# #AA"), ("Cardiff", "", "CF## #AA"), ("Belfast", "", "BT# #AA"),
           ("York", "", "YO# #AA"), ("Bath", "", "BA# #AA"), ("Inverness", "", "IV# #AA"),
           ("Stroud", "", "GL5 #AA"), ("Ludlow", "", "SY8 #AA"), ("Aberystwyth", "", "SY23 #AA"),
           ("London", "", "SE1# #AA"), ("Norwich", "", "NR# #AA"), ("Brighton", "", "BN# #AA")],
    "ie": [("Galway", "Co. Galway", "H91 A#A#"), ("Kilkenny", "Co. Kilkenny", "R95 A#A#"),
           ("Dingle", "Co. Kerry", "V92 A#A#"), ("Cork", "Co. Cork", "T12 A#A#"),
           ("Dublin 8", "", "D08 A#A#"), ("Westport", "Co. Mayo", "F28 A#A#")],
    "au": [("Ballarat", "VIC", "3350"), ("Byron Bay", "NSW", "2481"), ("Perth", "WA", "6000"),
           ("Adelaide", "SA", "5000"), ("Hobart", "TAS", "7000"), ("Cairns", "QLD", "4870"),
           ("Townsville", "QLD", "4810"), ("Fremantle", "WA", "6160"), ("Katoomba", "NSW", "2780"),
           ("Bendigo", "VIC", "3550")],
    "ca": [("Kelowna", "BC", "V1Y #A#"), ("Moncton", "NB", "E1C #A#"), ("Halifax", "NS", "B3H #A#"),
           ("Whitehorse", "YT", "Y1A #A#"), ("Banff", "AB", "T1L #A#"), ("Toronto", "ON", "M5V #A#"),
           ("Vancouver", "BC", "V6B #A#"), ("Saskatoon", "SK", "S7K #A#"), ("Guelph", "ON", "N1H #A#")],
    "in": [("Pune", "Maharashtra", "4110##"), ("Kochi", "Kerala", "6820##"), ("Jaipur", "Rajasthan", "3020##"),
           ("Mysuru", "Karnataka", "5700##"), ("Bengaluru", "Karnataka", "5600##"),
           ("Chennai", "Tamil Nadu", "6000##"), ("Udaipur", "Rajasthan", "3130##")],
    "de": [("Berlin", "", "10###"), ("Hamburg", "", "20###"), ("München", "", "80###"),
           ("Köln", "", "50###"), ("Freiburg im Breisgau", "", "79###"), ("Lüneburg", "", "213##"),
           ("Bamberg", "", "960##"), ("Wernigerode", "", "388##"), ("Rostock", "", "180##"),
           ("Konstanz", "", "784##"), ("Bad Tölz", "", "834##"), ("Husum", "", "258##"),
           ("Görlitz", "", "028##"), ("Quedlinburg", "", "064##"), ("Passau", "", "940##"),
           ("Leipzig", "", "04###"), ("Dresden", "", "01###"), ("Mainz", "", "551##"),
           ("Tübingen", "", "720##"), ("Lindau (Bodensee)", "", "881##"), ("Bayreuth", "", "954##")],
    "at": [("Wien", "", "1##0"), ("Graz", "", "80#0"), ("Salzburg", "", "50#0"), ("Innsbruck", "", "60#0"),
           ("Hallstatt", "", "4830"), ("Bregenz", "", "6900")],
    "fr": [("Paris", "", "750##"), ("Lyon", "", "6900#"), ("Marseille", "", "130##"), ("Bordeaux", "", "33000"),
           ("Annecy", "", "74000"), ("Colmar", "", "68000"), ("Saint-Malo", "", "35400"), ("Arles", "", "13200"),
           ("Carcassonne", "", "11000"), ("Biarritz", "", "64200"), ("Nantes", "", "44000"), ("Lille", "", "59000"),
           ("Toulouse", "", "31000"), ("Dinan", "", "22100"), ("Sarlat-la-Canéda", "", "24200"),
           ("Menton", "", "06500"), ("Chamonix-Mont-Blanc", "", "74400"), ("Strasbourg", "", "67000"),
           ("Quimper", "", "29000"), ("Aix-en-Provence", "", "13090")],
    "es": [("Madrid", "Madrid", "280##"), ("Sevilla", "Sevilla", "410##"), ("Valencia", "Valencia", "460##"),
           ("Bilbao", "Bizkaia", "480##"), ("Granada", "Granada", "180##"), ("Cádiz", "Cádiz", "110##"),
           ("Ronda", "Málaga", "29400"), ("Cuenca", "Cuenca", "16001"),
           ("Santiago de Compostela", "A Coruña", "157##"), ("Palma", "Illes Balears", "070##"),
           ("Zaragoza", "Zaragoza", "500##"), ("Salamanca", "Salamanca", "370##"), ("Tarifa", "Cádiz", "11380"),
           ("Teruel", "Teruel", "44001"), ("Sitges", "Barcelona", "08870"), ("Barcelona", "Barcelona", "080##"),
           ("Donostia-San Sebastián", "Gipuzkoa", "200##"), ("Oviedo", "Asturias", "330##")],
    "pt": [("Lisboa", "", "1###-###"), ("Porto", "", "4###-###"), ("Braga", "", "47##-###"),
           ("Coimbra", "", "30##-###"), ("Évora", "", "7000-###"), ("Faro", "", "8000-###"),
           ("Aveiro", "", "3810-###"), ("Sintra", "", "2710-###"), ("Tavira", "", "8800-###"),
           ("Guimarães", "", "4800-###"), ("Funchal", "", "9000-###"), ("Lagos", "", "8600-###"),
           ("Viseu", "", "3500-###")],
    "br": [("São Paulo", "SP", "0####-###"), ("Rio de Janeiro", "RJ", "2####-###"), ("Salvador", "BA", "40###-###"),
           ("Curitiba", "PR", "80###-###"), ("Recife", "PE", "50###-###"), ("Florianópolis", "SC", "880##-###"),
           ("Paraty", "RJ", "23970-000"), ("Ouro Preto", "MG", "35400-000"), ("Belo Horizonte", "MG", "30###-###"),
           ("Manaus", "AM", "69###-###"), ("Porto Alegre", "RS", "90###-###")],
    "it": [("Roma", "RM", "001##"), ("Milano", "MI", "201##"), ("Napoli", "NA", "801##"), ("Torino", "TO", "101##"),
           ("Bologna", "BO", "401##"), ("Firenze", "FI", "501##"), ("Verona", "VR", "371##"), ("Matera", "MT", "75100"),
           ("Lecce", "LE", "73100"), ("Bergamo", "BG", "241##"), ("Trento", "TN", "381##"), ("Siena", "SI", "53100"),
           ("Cefalù", "PA", "90015"), ("Alghero", "SS", "07041"), ("Orvieto", "TR", "05018"),
           ("Bardolino", "VR", "37011"), ("Palermo", "PA", "901##"), ("Genova", "GE", "161##")],
    "nl": [("Amsterdam", "", "10## AA"), ("Rotterdam", "", "30## AA"), ("Utrecht", "", "35## AA"),
           ("Groningen", "", "97## AA"), ("Maastricht", "", "62## AA"), ("Haarlem", "", "20## AA"),
           ("Delft", "", "26## AA"), ("Leeuwarden", "", "89## AA"), ("Zwolle", "", "80## AA"),
           ("Giethoorn", "", "8355 AA"), ("Den Haag", "", "25## AA"), ("Nijmegen", "", "65## AA"),
           ("Texel", "", "179# AA"), ("Eindhoven", "", "56## AA")],
    "pl": [("Warszawa", "", "0#-###"), ("Kraków", "", "3#-###"), ("Gdańsk", "", "80-###"), ("Wrocław", "", "5#-###"),
           ("Poznań", "", "6#-###"), ("Zakopane", "", "34-500"), ("Toruń", "", "87-100"), ("Lublin", "", "20-###"),
           ("Sopot", "", "81-7##"), ("Białystok", "", "15-###"), ("Kazimierz Dolny", "", "24-120"),
           ("Łódź", "", "9#-###")],
    "se": [("Stockholm", "", "1## ##"), ("Göteborg", "", "4## ##"), ("Malmö", "", "2## ##"),
           ("Uppsala", "", "75# ##"), ("Umeå", "", "90# ##"), ("Kiruna", "", "981 ##"), ("Visby", "", "621 ##"),
           ("Lund", "", "22# ##"), ("Ystad", "", "271 ##"), ("Östersund", "", "83# ##"), ("Mora", "", "792 ##")],
    "tr": [("İstanbul", "", "34###"), ("Ankara", "", "06###"), ("İzmir", "", "35###"), ("Antalya", "", "07###"),
           ("Bodrum", "Muğla", "48400"), ("Trabzon", "", "61###"), ("Bursa", "", "16###"), ("Eskişehir", "", "26###"),
           ("Fethiye", "Muğla", "48300"), ("Kaş", "Antalya", "07580"), ("Gaziantep", "", "27###"),
           ("Ürgüp", "Nevşehir", "50400")],
    "dk": [("København", "", "1###"), ("Aarhus C", "", "8000"), ("Odense C", "", "5000"), ("Aalborg", "", "9000"),
           ("Skagen", "", "9990"), ("Ribe", "", "6760"), ("Esbjerg", "", "67##"), ("Roskilde", "", "4000"),
           ("Svendborg", "", "5700")],
    "no": [("Oslo", "", "0###"), ("Bergen", "", "50##"), ("Trondheim", "", "70##"), ("Tromsø", "", "90##"),
           ("Stavanger", "", "40##"), ("Ålesund", "", "60##"), ("Bodø", "", "80##"), ("Lillehammer", "", "26##"),
           ("Flåm", "", "5743"), ("Svolvær", "", "8300")],
    "jp": [("Tokyo", "Shibuya-ku", "150-00##"), ("Kyoto", "Higashiyama-ku", "605-00##"), ("Osaka", "Kita-ku", "530-00##"),
           ("Sapporo", "Chuo-ku", "060-00##"), ("Fukuoka", "Hakata-ku", "812-00##")],
    "sg": [("Singapore", "", "######")],
    "ae": [("Dubai", "", ""), ("Abu Dhabi", "", "")],
    "za": [("Cape Town", "", "8001"), ("Johannesburg", "", "2196"), ("Durban", "", "4001"), ("Stellenbosch", "", "7600")],
    "ng": [("Lagos", "Lagos State", ""), ("Abuja", "FCT", ""), ("Ibadan", "Oyo State", "")],
    "mx": [("Ciudad de México", "CDMX", "0####"), ("Oaxaca de Juárez", "Oaxaca", "68000"), ("Mérida", "Yucatán", "97000"),
           ("Guadalajara", "Jalisco", "44###")],
    "kr": [("Seoul", "Mapo-gu", "04###"), ("Busan", "Haeundae-gu", "48###")],
}

# extra world destinations (used as LOCATION only)
WORLD_CITIES = _w(
    "Tokyo Kyoto Osaka Seoul Busan Singapore Bangkok Hanoi Dubai Doha Muscat Cairo Marrakech "
    "Nairobi Accra Zanzibar Lima Cusco Bogotá Cartagena Oaxaca Quito Auckland Queenstown "
    "Reykjavík Tallinn Riga Vilnius Prague Budapest Vienna Zurich Geneva Hallstatt Dubrovnik "
    "Kotor Athens Santorini Valletta Tbilisi Almaty Kathmandu Colombo Taipei Manila Cebu "
    "Ulaanbaatar Vancouver Montreal Havana Windhoek Kigali Hobart Chiang_Mai Luang_Prabang "
    "Siem_Reap Ushuaia Tromsø Nuuk Bruges Ghent Ljubljana Sarajevo Tirana Plovdiv Sibiu "
    "Kraków Porto Seville Florence Naples Lisbon Madrid Barcelona Paris Lyon Berlin Munich "
    "Hamburg Amsterdam Copenhagen Oslo Stockholm Helsinki Warsaw Istanbul Antalya Nice Edinburgh "
    "Dublin London Toronto Chicago Boston Denver Seattle Miami Atlanta Johannesburg Sydney "
    "Melbourne Mumbai Delhi Goa Jaipur Bali Phuket Fiji Tahiti Mauritius Zanzibar")
WORLD_CITIES = sorted({c.replace("_", " ") for c in WORLD_CITIES})

COUNTRIES_EN = {
    "us": "United States", "gb": "United Kingdom", "ie": "Ireland", "au": "Australia", "ca": "Canada",
    "in": "India", "de": "Germany", "at": "Austria", "fr": "France", "es": "Spain", "pt": "Portugal",
    "br": "Brazil", "it": "Italy", "nl": "Netherlands", "pl": "Poland", "se": "Sweden", "tr": "Türkiye",
    "dk": "Denmark", "no": "Norway", "jp": "Japan", "sg": "Singapore", "ae": "United Arab Emirates",
    "za": "South Africa", "ng": "Nigeria", "mx": "Mexico", "kr": "South Korea",
}
ISO2 = {"us": "US", "gb": "GB", "ie": "IE", "au": "AU", "ca": "CA", "in": "IN", "de": "DE", "at": "AT",
        "fr": "FR", "es": "ES", "pt": "PT", "br": "BR", "it": "IT", "nl": "NL", "pl": "PL", "se": "SE",
        "tr": "TR", "dk": "DK", "no": "NO", "jp": "JP", "sg": "SG", "ae": "AE", "za": "ZA", "ng": "NG",
        "mx": "MX", "kr": "KR"}
ISO3 = {"us": "USA", "gb": "GBR", "ie": "IRL", "au": "AUS", "ca": "CAN", "in": "IND", "de": "DEU", "at": "AUT",
        "fr": "FRA", "es": "ESP", "pt": "PRT", "br": "BRA", "it": "ITA", "nl": "NLD", "pl": "POL", "se": "SWE",
        "tr": "TUR", "dk": "DNK", "no": "NOR", "jp": "JPN", "sg": "SGP", "ae": "ARE", "za": "ZAF", "ng": "NGA",
        "mx": "MEX", "kr": "KOR"}
NATIONALITY_EN = {
    "us": "American", "gb": "British", "ie": "Irish", "au": "Australian", "ca": "Canadian", "in": "Indian",
    "de": "German", "at": "Austrian", "fr": "French", "es": "Spanish", "pt": "Portuguese", "br": "Brazilian",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "se": "Swedish", "tr": "Turkish", "dk": "Danish",
    "no": "Norwegian", "jp": "Japanese", "sg": "Singaporean", "ae": "Emirati", "za": "South African",
    "ng": "Nigerian", "mx": "Mexican", "kr": "South Korean",
}
# country names in the document languages (for foreign documents)
COUNTRY_LOCAL = {
    "de": {"de": "Deutschland", "at": "Österreich", "fr": "Frankreich", "es": "Spanien", "it": "Italien",
           "us": "USA", "gb": "Vereinigtes Königreich", "nl": "Niederlande", "pl": "Polen", "tr": "Türkei",
           "pt": "Portugal", "se": "Schweden", "dk": "Dänemark", "no": "Norwegen", "jp": "Japan"},
    "fr": {"fr": "France", "de": "Allemagne", "es": "Espagne", "it": "Italie", "us": "États-Unis",
           "gb": "Royaume-Uni", "pt": "Portugal", "nl": "Pays-Bas", "pl": "Pologne", "tr": "Turquie",
           "jp": "Japon", "br": "Brésil", "se": "Suède"},
    "es": {"es": "España", "fr": "Francia", "de": "Alemania", "it": "Italia", "us": "Estados Unidos",
           "gb": "Reino Unido", "pt": "Portugal", "mx": "México", "br": "Brasil", "nl": "Países Bajos",
           "jp": "Japón", "tr": "Turquía"},
    "pt": {"pt": "Portugal", "br": "Brasil", "es": "Espanha", "fr": "França", "de": "Alemanha",
           "it": "Itália", "us": "Estados Unidos", "gb": "Reino Unido", "jp": "Japão", "nl": "Países Baixos", "tr": "Turquia"},
    "it": {"it": "Italia", "fr": "Francia", "de": "Germania", "es": "Spagna", "us": "Stati Uniti",
           "gb": "Regno Unito", "pt": "Portogallo", "nl": "Paesi Bassi", "tr": "Turchia", "jp": "Giappone"},
    "nl": {"nl": "Nederland", "de": "Duitsland", "fr": "Frankrijk", "es": "Spanje", "it": "Italië",
           "gb": "Verenigd Koninkrijk", "us": "Verenigde Staten", "pt": "Portugal", "tr": "Turkije"},
    "pl": {"pl": "Polska", "de": "Niemcy", "fr": "Francja", "es": "Hiszpania", "it": "Włochy",
           "gb": "Wielka Brytania", "us": "Stany Zjednoczone", "tr": "Turcja", "nl": "Holandia", "pt": "Portugalia"},
    "sv": {"se": "Sverige", "no": "Norge", "dk": "Danmark", "de": "Tyskland", "es": "Spanien",
           "fr": "Frankrike", "it": "Italien", "gb": "Storbritannien", "us": "USA", "tr": "Turkiet"},
    "da": {"dk": "Danmark", "se": "Sverige", "no": "Norge", "de": "Tyskland", "es": "Spanien",
           "fr": "Frankrig", "it": "Italien", "gb": "Storbritannien", "us": "USA"},
    "no": {"no": "Norge", "se": "Sverige", "dk": "Danmark", "de": "Tyskland", "es": "Spania",
           "fr": "Frankrike", "it": "Italia", "gb": "Storbritannia", "us": "USA"},
    "tr": {"tr": "Türkiye", "de": "Almanya", "fr": "Fransa", "gb": "Birleşik Krallık", "nl": "Hollanda",
           "es": "İspanya", "it": "İtalya", "us": "ABD", "ae": "Birleşik Arap Emirlikleri", "pt": "Portekiz"},
}
LANG_LOCALES = {"en": ["us", "gb", "ie", "au", "ca"], "de": ["de", "de", "de", "at"], "fr": ["fr"],
                "es": ["es"], "pt": ["pt", "pt", "br"], "it": ["it"], "nl": ["nl"], "pl": ["pl"],
                "sv": ["se"], "tr": ["tr"], "da": ["dk"], "no": ["no"]}
LOCALE_CULTURE = {"us": "anglo", "gb": "anglo", "ie": "anglo", "au": "anglo", "ca": "anglo", "in": "in",
                  "de": "de", "at": "de", "fr": "fr", "es": "es", "pt": "pt", "br": "br", "it": "it",
                  "nl": "nl", "pl": "pl", "se": "sv", "tr": "tr", "dk": "da", "no": "no", "jp": "jp",
                  "sg": "cn", "ae": "ar", "za": "af", "ng": "af", "mx": "latam", "kr": "kr"}
# immigrant / diaspora name mix for English-speaking locales
DIVERSE = ["anglo"] * 10 + ["in", "in", "cn", "jp", "kr", "ar", "ar", "af", "af", "vn", "ru", "latam",
                            "latam", "gr", "he", "ph", "de", "it", "pl", "fr", "es", "tr", "nl", "sv"]

STREETS = {
    "us": _w("Maple|Oak|Cedar|Willow_Creek|Elm|Juniper|Sycamore|Magnolia|Hickory|Aspen|Lakeview|Ridgecrest|"
             "Sunset|Harbor|Mill|Church|Franklin|Jefferson|Lincoln|Pinecrest|Bluebonnet|Cottonwood|"
             "Prospect|Highland|Riverside|Orchard|Canyon|Meadowbrook|Summit|Quarry".replace("|", " ")),
    "gb": _w("Kingsley|Station|Victoria|Church|Mill|Bridge|Queens|Albert|Park|Grange|Orchard|Meadow|"
             "Chapel|Hawthorn|Beech|Rosemary|Abbey|Castle|Moorland|Marlborough".replace("|", " ")),
    "de": _w("Lindenstraße Hauptstraße Bahnhofstraße Schillerstraße Goethestraße Gartenweg Am_Mühlbach "
             "Rosenweg Kirchplatz Bergstraße Uhlandstraße Friedrichstraße Talstraße Am_Schlossberg "
             "Eichendorffweg Wilhelmstraße Kastanienallee Hafenstraße Marktstraße Seestraße"),
    "at": _w("Mariahilfer_Straße Getreidegasse Herrengasse Linzer_Gasse Maria-Theresien-Straße Hauptplatz"),
    "fr": _w("rue_des_Lilas rue_Victor-Hugo avenue_Jean-Jaurès rue_de_la_République boulevard_Gambetta "
             "rue_du_Moulin chemin_des_Vignes place_du_Marché rue_Pasteur allée_des_Tilleuls "
             "rue_Sainte-Catherine quai_de_la_Loire impasse_des_Roses rue_Nationale avenue_Foch"),
    "es": _w("Calle_de_Alcalá Calle_Mayor Avenida_de_la_Constitución Calle_del_Sol Paseo_de_Gracia "
             "Calle_Real Plaza_de_España Calle_San_Fernando Avenida_del_Puerto Calle_Larios "
             "Calle_de_Toledo Rambla_Nova Calle_Ancha Ronda_de_Segovia"),
    "pt": _w("Rua_Augusta Rua_das_Flores Avenida_da_Liberdade Rua_de_Santa_Catarina Travessa_do_Carmo "
             "Rua_Direita Largo_do_Chafariz Rua_do_Comércio Avenida_dos_Aliados Rua_da_Sé"),
    "br": _w("Rua_das_Flores Avenida_Paulista Rua_Oscar_Freire Avenida_Atlântica Rua_XV_de_Novembro "
             "Rua_da_Aurora Avenida_Sete_de_Setembro Rua_Augusta Alameda_Santos"),
    "it": _w("Via_Garibaldi Via_Roma Corso_Vittorio_Emanuele_II Via_Dante Via_Mazzini Piazza_del_Duomo "
             "Via_dei_Mille Viale_Europa Via_Cavour Vicolo_del_Forno Via_San_Francesco Corso_Italia"),
    "nl": _w("Prinsengracht Keizersgracht Dorpsstraat Kerkstraat Stationsweg Molenweg Oude_Gracht "
             "Nieuwe_Binnenweg Hoogstraat Lange_Voorhout Vismarkt Herengracht"),
    "pl": _w("ul._Długa ul._Mickiewicza ul._Piotrkowska ul._Floriańska ul._Szeroka ul._Kościuszki "
             "al._Jerozolimskie ul._Słowackiego ul._Ogrodowa ul._Krakowska ul._Polna"),
    "se": _w("Storgatan Drottninggatan Kungsgatan Sveavägen Strandvägen Järnvägsgatan Skolgatan "
             "Ringvägen Hamngatan Västra_Långgatan"),
    "tr": _w("Atatürk_Cad. İstiklal_Cad. Cumhuriyet_Cad. Gazi_Mustafa_Kemal_Bulvarı Kordon_Boyu "
             "Bağdat_Cad. Menekşe_Sok. Lale_Sok. Çınar_Sok. Deniz_Sok."),
    "dk": _w("Vestergade Østergade Nørregade Strandvejen Jernbanegade Algade Søndergade Havnegade "
             "Kongensgade Skolevej"),
    "no": _w("Storgata Kirkegata Strandgata Bryggen Dronningens_gate Kongens_gate Sjøgata Torggata "
             "Parkveien Skolegata"),
    "ie": _w("Main_Street Strand_Street Green_Street Church_Road Harbour_Road Bridge_Street Abbey_Lane"),
    "au": _w("Beach_Rd Jonson_St Sturt_St Hay_St Elizabeth_St Flinders_St Macquarie_St Lawson_St"),
    "ca": _w("Granville_St Bernard_Ave Spring_Garden_Rd Main_St Rue_Saint-Jean Whyte_Ave Banff_Ave"),
    "in": _w("MG_Road Linking_Road Residency_Road Park_Street Nehru_Nagar Gandhi_Marg Church_Street"),
    "jp": _w("Jingumae Gion Umeda Minami_4-jo Tenjin"),
    "sg": _w("Ang_Mo_Kio_Ave_3 Tampines_St_21 Clementi_Ave_2 Bukit_Timah_Rd"),
    "ae": _w("Street_23 Street_7 Al_Wasl_Road Jumeirah_Beach_Road"),
    "za": _w("Kloof_Street Long_Street Jan_Smuts_Ave Florida_Road Dorp_Street"),
    "ng": _w("Admiralty_Way Awolowo_Road Adeola_Odeku_Street Ring_Road"),
    "mx": _w("Av._Insurgentes_Sur Calle_Macedonio_Alcalá Paseo_de_Montejo Av._Chapultepec"),
    "kr": _w("Yanghwa-ro Haeundaehaebyeon-ro"),
}
STREETS = {k: [s.replace("_", " ") for s in v] for k, v in STREETS.items()}
US_STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd",
                    "Way", "Ct", "Pl", "Terrace", "Pkwy"]
GB_STREET_SUFFIX = ["Road", "Street", "Lane", "Close", "Gardens", "Crescent", "Terrace", "Avenue", "Way", "Row"]
US_STATE_NAMES = {"IL": "Illinois", "ID": "Idaho", "NC": "North Carolina", "MT": "Montana", "AZ": "Arizona",
                  "VT": "Vermont", "MN": "Minnesota", "GA": "Georgia", "NM": "New Mexico", "OR": "Oregon",
                  "NY": "New York", "FL": "Florida", "UT": "Utah", "TX": "Texas", "WA": "Washington",
                  "CO": "Colorado", "MA": "Massachusetts", "CA": "California", "TN": "Tennessee",
                  "NE": "Nebraska", "AK": "Alaska", "HI": "Hawaii", "ME": "Maine", "KY": "Kentucky",
                  "PA": "Pennsylvania", "OK": "Oklahoma", "WI": "Wisconsin", "SC": "South Carolina",
                  "NJ": "New Jersey"}

AIRPORTS = {  # IATA -> English city
    "FRA": "Frankfurt", "JFK": "New York", "LHR": "London", "CDG": "Paris", "MAD": "Madrid",
    "BCN": "Barcelona", "LIS": "Lisbon", "OPO": "Porto", "FCO": "Rome", "MXP": "Milan", "AMS": "Amsterdam",
    "WAW": "Warsaw", "KRK": "Kraków", "ARN": "Stockholm", "CPH": "Copenhagen", "OSL": "Oslo",
    "IST": "Istanbul", "AYT": "Antalya", "BER": "Berlin", "MUC": "Munich", "HAM": "Hamburg", "VIE": "Vienna",
    "ZRH": "Zurich", "DUB": "Dublin", "EDI": "Edinburgh", "MAN": "Manchester", "ORD": "Chicago",
    "LAX": "Los Angeles", "SFO": "San Francisco", "SEA": "Seattle", "BOS": "Boston", "DEN": "Denver",
    "ATL": "Atlanta", "MIA": "Miami", "YYZ": "Toronto", "YVR": "Vancouver", "NRT": "Tokyo", "ICN": "Seoul",
    "SIN": "Singapore", "BKK": "Bangkok", "DXB": "Dubai", "DOH": "Doha", "JNB": "Johannesburg",
    "CPT": "Cape Town", "GRU": "São Paulo", "GIG": "Rio de Janeiro", "EZE": "Buenos Aires", "LIM": "Lima",
    "BOG": "Bogotá", "MEX": "Mexico City", "SYD": "Sydney", "MEL": "Melbourne", "AKL": "Auckland",
    "NCE": "Nice", "ATH": "Athens", "PRG": "Prague", "BUD": "Budapest", "KEF": "Reykjavík", "TLL": "Tallinn",
    "RIX": "Riga", "HEL": "Helsinki", "GOT": "Gothenburg", "BGO": "Bergen", "TRD": "Trondheim",
    "GDN": "Gdańsk", "BLQ": "Bologna", "NAP": "Naples", "AGP": "Málaga", "SVQ": "Seville", "FAO": "Faro",
    "FNC": "Funchal", "BIO": "Bilbao", "LYS": "Lyon", "TLS": "Toulouse", "BOD": "Bordeaux",
}
# airports per document language (local spelling of the city)
LOCAL_AIRPORTS = {
    "de": [("FRA", "Frankfurt am Main"), ("MUC", "München"), ("BER", "Berlin"), ("HAM", "Hamburg"),
           ("DUS", "Düsseldorf"), ("STR", "Stuttgart"), ("VIE", "Wien"), ("PMI", "Palma"), ("LHR", "London"),
           ("JFK", "New York"), ("IST", "Istanbul"), ("LIS", "Lissabon")],
    "fr": [("CDG", "Paris"), ("NCE", "Nice"), ("LYS", "Lyon"), ("MRS", "Marseille"), ("TLS", "Toulouse"),
           ("BOD", "Bordeaux"), ("LHR", "Londres"), ("JFK", "New York"), ("RAK", "Marrakech"),
           ("YUL", "Montréal"), ("LIS", "Lisbonne")],
    "es": [("MAD", "Madrid"), ("BCN", "Barcelona"), ("AGP", "Málaga"), ("SVQ", "Sevilla"), ("BIO", "Bilbao"),
           ("PMI", "Palma"), ("LHR", "Londres"), ("JFK", "Nueva York"), ("MEX", "Ciudad de México"),
           ("BOG", "Bogotá"), ("LIM", "Lima")],
    "pt": [("LIS", "Lisboa"), ("OPO", "Porto"), ("FAO", "Faro"), ("FNC", "Funchal"), ("GRU", "São Paulo"),
           ("GIG", "Rio de Janeiro"), ("LHR", "Londres"), ("CDG", "Paris"), ("MAD", "Madrid"),
           ("PDL", "Ponta Delgada")],
    "it": [("FCO", "Roma"), ("MXP", "Milano"), ("NAP", "Napoli"), ("VCE", "Venezia"), ("BLQ", "Bologna"),
           ("CTA", "Catania"), ("LHR", "Londra"), ("JFK", "New York"), ("CDG", "Parigi"), ("BCN", "Barcellona")],
}

# ---------------------------------------------------------------- brands & domains
AIRLINES = [("SkyVoyager Airlines", "SV", "skyvoyager.com"), ("Aurora Nordic", "AN", "auroranordic.com"),
            ("Iberluz", "IZ", "iberluz.es"), ("TransAlpina", "TA", "transalpina.eu"),
            ("Baltic Wings", "BW", "balticwings.com"), ("Meridian Air", "MR", "meridianair.com"),
            ("Coralis Airways", "CY", "coralisairways.com"), ("Anatolia Jet", "AJ", "anatoliajet.com.tr"),
            ("Tejo Air", "TJ", "tejoair.pt"), ("Rheinflug", "RF", "rheinflug.de")]
AIRLINE_LOC = {"SV": "gb", "AN": "no", "IZ": "es", "TA": "at", "BW": "pl", "MR": "us", "CY": "ie", "AJ": "tr", "TJ": "pt", "RF": "de"}
BRAND_LOC = {"harborviewsuites.com": "us", "thelindenhouse.co.uk": "gb", "hotel-amarant.de": "de", "casasolana.es": "es",
             "maison-oree.fr": "fr", "palazzovetrano.it": "it", "nordlyshotel.no": "no", "quintadasoliveiras.pt": "pt",
             "saltmarshinn.com": "gb", "bellavuegrand.com": "us", "kestrellodge.com": "ca", "azurebayresort.com": "au",
             "dezevenzeeen.nl": "nl", "podjodla.pl": "pl", "villakaranfil.com.tr": "tr"}
HOTELS = [("Harborview Suites", "harborviewsuites.com"), ("The Linden House", "thelindenhouse.co.uk"),
          ("Hotel Amarant", "hotel-amarant.de"), ("Casa Solana", "casasolana.es"),
          ("Maison Orée", "maison-oree.fr"), ("Palazzo Vetrano", "palazzovetrano.it"),
          ("Nordlys Hotel", "nordlyshotel.no"), ("Quinta das Oliveiras", "quintadasoliveiras.pt"),
          ("The Saltmarsh Inn", "saltmarshinn.com"), ("Hotel Bellavue Grand", "bellavuegrand.com"),
          ("Kestrel Lodge", "kestrellodge.com"), ("Azure Bay Resort", "azurebayresort.com"),
          ("Hotel De Zeven Zeeën", "dezevenzeeen.nl"), ("Pensjonat Pod Jodłą", "podjodla.pl"),
          ("Villa Karanfil", "villakaranfil.com.tr")]
TELCOS = [("Veloxa Mobile", "veloxa.com"), ("Kestrel Mobile", "kestrelmobile.co.uk"),
          ("Altavia Telecom", "altavia.net"), ("Brightwave", "brightwave.com"), ("Telvio", "telvio.de"),
          ("Nordtel", "nordtel.se"), ("Onda Móvil", "ondamovil.es"), ("Orbita Telecom", "orbita.fr"),
          ("Marea Mobile", "mareamobile.it"), ("Polnet GSM", "polnet.pl")]
RENTALS = [("Roadstar Rentals", "roadstar-rentals.com"), ("Autovia", "autovia.eu"),
           ("Velo Car Hire", "velocarhire.co.uk"), ("Kompass Autovermietung", "kompass-auto.de"),
           ("Sunroute Car Rental", "sunroute.com"), ("Rodas Rent-a-Car", "rodasrent.pt")]
TOUR_OPS = [("Wanderlust Journeys", "wanderlustjourneys.com"), ("Atlas & Oak Travel", "atlasoak.travel"),
            ("Horizonte Viagens", "horizonteviagens.pt"), ("Alpenblick Reisen", "alpenblick-reisen.de"),
            ("Compass Rose Tours", "compassrosetours.com"), ("Viaggi del Sole", "viaggidelsole.it")]
FREEMAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me", "comcast.net"],
    "gb": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
    "ie": ["gmail.com", "eircom.net", "outlook.ie"], "au": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "ca": ["gmail.com", "rogers.com", "shaw.ca", "videotron.ca"], "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"], "at": ["gmx.at", "aon.at", "chello.at"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"], "es": ["hotmail.es", "gmail.com", "telefonica.net", "yahoo.es"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt"], "br": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"], "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"], "se": ["telia.com", "bredband.net", "gmail.com"],
    "tr": ["hotmail.com.tr", "gmail.com", "yandex.com.tr"], "dk": ["mail.dk", "jubii.dk", "gmail.com"],
    "no": ["online.no", "gmail.com", "hotmail.no"], "jp": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
    "sg": ["singnet.com.sg", "gmail.com"], "ae": ["emirates.net.ae", "gmail.com"], "za": ["mweb.co.za", "gmail.com"],
    "ng": ["yahoo.com", "gmail.com"], "mx": ["prodigy.net.mx", "gmail.com"], "kr": ["naver.com", "daum.net"],
}
CORP_DOMAINS = ["hansen-logistik.de", "brightpath-consulting.com", "nordhavn.dk", "meridianhealth.org",
                "qualitas-ing.es", "vandermolen-bv.nl", "atelier-renard.fr", "studio-bertoli.it",
                "kowalczyk-transport.pl", "lumeninsights.io", "cascadebio.com", "fjordtech.no",
                "ankara-tekstil.com.tr", "pereira-advogados.pt", "bluefinch.co.uk", "tessellate.ai"]


# ============================================================ value generators
_FOLD = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                       "ı": "i", "İ": "I", "đ": "d", "œ": "oe", "'": "", " ": ""})


def fold(s: str) -> str:
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fill(rng, pat: str) -> str:
    out = []
    for c in pat:
        if c == "#":
            out.append(str(rng.randrange(10)))
        elif c == "A":
            out.append(rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        else:
            out.append(c)
    return "".join(out)


class Person:
    __slots__ = ("first", "last", "gender", "culture", "middle", "loc")

    def __init__(self, first, last, gender, culture, middle, loc):
        self.first, self.last, self.gender = first, last, gender
        self.culture, self.middle, self.loc = culture, middle, loc

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def fml(self):
        return f"{self.first} {self.middle}. {self.last}" if self.middle else self.full

    def variant(self, rng, styles=("full", "full", "fml", "lastfirst", "upper")):
        s = ch(rng, styles)
        if s == "full":
            return self.full
        if s == "fml":
            return self.fml
        if s == "lastfirst":
            return f"{self.last}, {self.first}"
        if s == "upper":
            return self.full.upper()
        if s == "LASTfirst":
            return f"{self.last.upper()}, {self.first}"
        if s == "initial":
            return f"{self.first[0]}. {self.last}"
        if s == "lower":
            return self.full.lower()
        if s == "airline":
            return f"{fold(self.last).upper().replace('-', '')}/{fold(self.first).upper().replace('-', '')}"
        return self.full


def _pl_female(last):
    for a, b in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
        if last.endswith(a):
            return last[: -len(a)] + b
    return last


def make_person(rng, loc="us", culture=None, gender=None) -> Person:
    if culture is None:
        culture = LOCALE_CULTURE.get(loc, "anglo")
        if loc in ("us", "gb", "ca", "au", "ie") and chance(rng, 0.45):
            culture = ch(rng, DIVERSE)
    males, females, lasts = NAMES[culture]
    gender = gender or ch(rng, "mf")
    first = ch(rng, males if gender == "m" else females)
    last = ch(rng, lasts)
    if culture == "pl" and gender == "f":
        last = _pl_female(last)
    if culture in ("es", "latam") and chance(rng, 0.45):
        l2 = ch(rng, lasts)
        if l2 != last:
            last = f"{last} {l2}"
    if culture in ("pt", "br") and chance(rng, 0.4):
        l2 = ch(rng, lasts)
        if l2 != last:
            last = f"{l2} {last}"
    if culture == "anglo" and chance(rng, 0.15):
        last2 = ch(rng, lasts)
        if last2 != last and "-" not in last and "-" not in last2 and "'" not in last2:
            last = f"{last}-{last2}"
    middle = None
    if culture in ("anglo", "in", "af", "ph") and chance(rng, 0.25):
        middle = ch(rng, "ABCDEFGHJKLMNPRSTW")
    return Person(first, last, gender, culture, middle, loc)


TITLES = {
    "en": {"m": ["Mr.", "Mr", "Dr."], "f": ["Ms.", "Mrs.", "Ms", "Dr.", "Miss"]},
    "de": {"m": ["Herr", "Herr", "Dr."], "f": ["Frau", "Frau", "Dr."]},
    "fr": {"m": ["M.", "Monsieur"], "f": ["Mme", "Madame"]},
    "es": {"m": ["Sr.", "D."], "f": ["Sra.", "Dña."]},
    "pt": {"m": ["Sr.", "Dr."], "f": ["Sra.", "Dra."]},
    "it": {"m": ["Sig.", "Dott."], "f": ["Sig.ra", "Dott.ssa"]},
    "nl": {"m": ["dhr.", "de heer"], "f": ["mevr.", "mevrouw"]},
    "pl": {"m": ["Pan"], "f": ["Pani"]},
    "sv": {"m": [""], "f": [""]}, "da": {"m": [""], "f": [""]}, "no": {"m": [""], "f": [""]},
    "tr": {"m": ["Sn."], "f": ["Sn."]},
}


def title(rng, p: Person, lang="en"):
    return ch(rng, TITLES[lang][p.gender])


# ---------------------------------------------------------------- addresses
class Addr:
    __slots__ = ("pre", "street", "post", "city", "region", "pc", "cityline", "loc", "cityline_parts")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))

    def street_field(self):
        s = self.street
        if self.pre:
            s = f"{self.pre}, {s}"
        if self.post:
            s = f"{s}, {self.post}"
        return s

    def lines(self, country=None):
        ls = []
        if self.pre:
            ls.append(self.pre)
        ls.append(f"{self.street}, {self.post}" if self.post else self.street)
        ls.extend(self.cityline_parts or [self.cityline])
        if country:
            ls.append(country)
        return ls

    def oneline(self, sep=", ", country=None):
        parts = []
        if self.pre:
            parts.append(self.pre)
        parts.append(self.street)
        if self.post:
            parts.append(self.post)
        parts.append(self.cityline)
        if country:
            parts.append(country)
        return sep.join(parts)

    def block(self, rng, country=None, indent=""):
        if chance(rng, 0.5):
            return ("\n" + indent).join(self.lines(country))
        return self.oneline(", ", country)


TR_MAH = ["Cumhuriyet", "Atatürk", "Yalı", "Bahçelievler", "Fenerbahçe", "Kültür", "Barbaros", "Gazi"]
BR_BAIRRO = ["Jardim Paulista", "Copacabana", "Pelourinho", "Batel", "Boa Viagem", "Centro", "Savassi",
             "Moinhos de Vento", "Lagoa da Conceição"]
IN_AREA = ["Indiranagar", "Koregaon Park", "Fort Kochi", "C-Scheme", "Jayalakshmipuram", "Adyar", "Fateh Sagar"]
IN_BLDG = ["Sai Residency", "Shanti Apartments", "Prestige Lakeside", "Green Valley Towers", "Lotus Enclave"]
ZA_SUB = ["Gardens", "Sea Point", "Rosebank", "Berea", "Die Boord", "Observatory"]
NG_SUB = ["Lekki Phase 1", "Ikoyi", "Victoria Island", "Wuse 2", "Bodija"]
AE_AREA = ["Al Barsha 2", "Jumeirah 1", "Al Khalidiya", "Al Reem Island"]
MX_COL = ["Col. Crédito Constructor", "Col. Centro", "Col. Roma Norte", "Col. Americana", "Col. García Ginerés"]


def make_addr(rng, loc, business=False) -> Addr:
    a = _make_addr(rng, loc)
    if business:
        a.pre = None
        if loc not in ("br", "za", "ng", "ae", "mx", "jp", "kr", "sg"):
            a.post = None
    return a


def _make_addr(rng, loc) -> Addr:
    city, region, pcpat = ch(rng, CITIES[loc])
    pc = fill(rng, pcpat)
    st = ch(rng, STREETS[loc])
    n = rng.randint(1, 199)
    pre = post = None
    parts = None
    if loc == "us":
        street = f"{rng.randint(10, 9899)} {st} {ch(rng, US_STREET_SUFFIX)}"
        if chance(rng, 0.35):
            post = ch(rng, [f"Apt {rng.randint(1, 40)}{ch(rng, 'ABCDEF')}", f"Apt. {rng.randint(1, 999)}",
                            f"Unit {rng.randint(1, 60)}", f"Suite {rng.randint(100, 950)}", f"#{rng.randint(1, 30)}"])
        cityline = f"{city}, {region} {pc}"
    elif loc == "gb":
        street = f"{n} {st} {ch(rng, GB_STREET_SUFFIX)}"
        if chance(rng, 0.3):
            pre = ch(rng, [f"Flat {rng.randint(1, 24)}", f"Flat {rng.randint(1, 9)}{ch(rng, 'ABC')}",
                           ch(rng, ["Rose Cottage", "The Old Rectory", "Ivy House", "2 Mill Cottages"])])
        cityline = f"{city} {pc}"
        parts = [city.upper() if chance(rng, 0.3) else city, pc]
    elif loc == "ie":
        street = f"{n} {st}"
        cityline = f"{city}, {region}, {pc}" if region else f"{city}, {pc}"
    elif loc == "au":
        street = f"{n} {st}"
        if chance(rng, 0.3):
            pre = f"Unit {rng.randint(1, 30)}"
        cityline = f"{city} {region} {pc}"
    elif loc == "ca":
        street = f"{rng.randint(10, 4999)} {st}"
        if chance(rng, 0.3):
            post = ch(rng, [f"Suite {rng.randint(100, 900)}", f"Apt {rng.randint(100, 2400)}"])
        cityline = f"{city} {region} {pc}"
    elif loc == "in":
        pre = f"Flat {rng.randint(101, 1204)}, {ch(rng, IN_BLDG)}"
        street = f"{st}, {ch(rng, IN_AREA)}"
        cityline = f"{city} {pc}, {region}"
    elif loc in ("de", "at"):
        street = f"{st} {n}{ch(rng, ['', '', '', 'a', 'b'])}"
        if loc == "at" and chance(rng, 0.6):
            street += f"/{rng.randint(1, 30)}"
        cityline = f"{pc} {city}"
    elif loc == "fr":
        street = f"{n}{ch(rng, ['', '', '', ' bis', ' ter'])} {st}"
        if chance(rng, 0.3):
            post = ch(rng, [f"Bât. {ch(rng, 'ABC')}", f"Apt {rng.randint(1, 60)}", f"Résidence Les Pins"])
        cityline = f"{pc} {city.upper() if chance(rng, 0.35) else city}"
    elif loc == "es":
        street = f"{st}, {n}"
        if chance(rng, 0.6):
            post = ch(rng, [f"{rng.randint(1, 9)}º {ch(rng, 'ABCD')}", f"{rng.randint(1, 7)}º Izda",
                            f"{rng.randint(1, 7)}º Dcha", "bajo", f"{rng.randint(1, 5)}º {rng.randint(1, 4)}ª"])
        cityline = f"{pc} {city}" + (f" ({region})" if region and region != city else "")
    elif loc == "pt":
        street = f"{st}, {n}"
        if chance(rng, 0.5):
            post = ch(rng, [f"{rng.randint(1, 8)}.º Esq", f"{rng.randint(1, 8)}.º Dto", "r/c",
                            f"{rng.randint(1, 6)}.º {ch(rng, 'ABCDF')}"])
        cityline = f"{pc} {city}"
    elif loc == "br":
        street = f"{st}, {rng.randint(10, 2999)}"
        post = ch(rng, [f"apto {rng.randint(11, 1504)} - {ch(rng, BR_BAIRRO)}", ch(rng, BR_BAIRRO),
                        f"casa {rng.randint(1, 9)} - {ch(rng, BR_BAIRRO)}"])
        cityline = ch(rng, [f"{city} - {region}, {pc}", f"{pc} {city}/{region}", f"CEP {pc} - {city} - {region}"])
    elif loc == "it":
        street = ch(rng, [f"{st} {n}", f"{st}, {n}"])
        if chance(rng, 0.2):
            post = ch(rng, [f"int. {rng.randint(1, 20)}", f"scala {ch(rng, 'ABC')}"])
        cityline = ch(rng, [f"{pc} {city} ({region})", f"{pc} {city} {region}"])
    elif loc == "nl":
        street = f"{st} {n}{ch(rng, ['', '', '-II', ' A', '-1', ' hs'])}"
        cityline = ch(rng, [f"{pc} {city}", f"{pc}  {city.upper()}"])
    elif loc == "pl":
        street = ch(rng, [f"{st} {n}/{rng.randint(1, 80)}", f"{st} {n} m. {rng.randint(1, 80)}", f"{st} {n}"])
        cityline = f"{pc} {city}"
    elif loc == "se":
        street = f"{st} {n}{ch(rng, ['', '', ' A', ' B'])}"
        if chance(rng, 0.3):
            post = f"lgh {rng.randint(1001, 1503)}"
        cityline = f"{pc} {city}" if chance(rng, 0.6) else f"SE-{pc} {city.upper()}"
    elif loc == "tr":
        street = f"{ch(rng, TR_MAH)} Mah. {st} No: {n}"
        if chance(rng, 0.7):
            post = ch(rng, [f"D: {rng.randint(1, 20)}", f"Daire {rng.randint(1, 20)}", f"Kat {rng.randint(1, 9)}"])
        cityline = f"{pc} {city}/{region}" if region else f"{pc} {city}"
    elif loc == "dk":
        street = f"{st} {n}"
        if chance(rng, 0.5):
            post = ch(rng, [f"{rng.randint(1, 5)}. th", f"{rng.randint(1, 5)}. tv", "st", f"{rng.randint(1, 4)}. mf"])
        cityline = f"{pc} {city}"
    elif loc == "no":
        street = f"{st} {n}{ch(rng, ['', '', ' B', ' C'])}"
        cityline = f"{pc} {city.upper() if chance(rng, 0.4) else city}"
    elif loc == "jp":
        st = {"Tokyo": "Jingumae", "Kyoto": "Gion-machi", "Osaka": "Umeda", "Sapporo": "Minami 4-jo Nishi",
              "Fukuoka": "Nakasu"}[city]
        street = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {st}"
        if chance(rng, 0.4):
            post = f"Room {rng.randint(101, 1208)}"
        cityline = f"{region}, {city} {pc}"
    elif loc == "sg":
        street = f"Blk {rng.randint(100, 899)} {st}"
        post = f"#{rng.randint(2, 25):02d}-{rng.randint(10, 999)}"
        cityline = f"Singapore {pc}"
    elif loc == "ae":
        street = f"Villa {rng.randint(1, 90)}, {st}"
        post = ch(rng, AE_AREA[:2] if city == "Dubai" else AE_AREA[2:])
        cityline = city
    elif loc == "za":
        street = f"{n} {st}"
        post = ch(rng, ZA_SUB)
        cityline = f"{city} {pc}"
    elif loc == "ng":
        street = f"{n} {st}"
        post = ch(rng, NG_SUB)
        cityline = f"{city}, {region}"
    elif loc == "mx":
        street = f"{st} {rng.randint(10, 2999)}"
        post = ch(rng, MX_COL)
        cityline = f"{pc} {city}, {region}"
    elif loc == "kr":
        st = "Yanghwa-ro" if city == "Seoul" else "Haeundaehaebyeon-ro"
        street = f"{rng.randint(1, 300)} {st}"
        post = region
        cityline = f"{city} {pc}"
    else:
        raise KeyError(loc)
    return Addr(pre=pre, street=street, post=post, city=city, region=region, pc=pc, cityline=cityline,
                loc=loc, cityline_parts=parts)


def city_of(rng, loc):
    return ch(rng, CITIES[loc])[0]


def city_st(rng, loc="us"):
    c, r, _ = ch(rng, CITIES[loc])
    return f"{c}, {r}" if r else c


# ---------------------------------------------------------------- phones
def _grp(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return sep.join(out)


def phone(rng, loc="us", kind=None):
    """Realistic phone number for a country; kind in (None, 'mobile', 'land', 'tollfree')."""
    kind = kind or ch(rng, ["mobile", "land"])
    r = rng.random()
    if loc in ("us", "ca"):
        if kind == "tollfree":
            ac = ch(rng, ["800", "888", "877", "866", "855"])
            sub = f"{rng.randint(200, 999)}-{digits(rng, 4)}"
            return ch(rng, [f"1-{ac}-{sub}", f"({ac}) {sub}", f"+1 {ac} {sub.replace('-', ' ')}", f"{ac}-{sub}"])
        ac = str(rng.randint(201, 989))
        ex = str(rng.randint(200, 999))
        ln = digits(rng, 4)
        return ch(rng, [f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"+1 {ac} {ex} {ln}", f"{ac}.{ex}.{ln}",
                        f"+1 ({ac}) {ex}-{ln}", f"+1{ac}{ex}{ln}", f"1-{ac}-{ex}-{ln}"])
    if loc == "gb":
        if kind == "tollfree":
            return ch(rng, [f"0800 {digits(rng, 3)} {digits(rng, 4)}", f"0808 {digits(rng, 3)} {digits(rng, 4)}"])
        if kind == "mobile":
            d = "7" + str(rng.randint(4, 9)) + digits(rng, 8)
            return ch(rng, [f"0{d[:4]} {d[4:]}", f"+44 {d[:4]} {d[4:]}", f"+44 (0){d[:4]} {d[4:]}", f"0{d}"])
        ac = ch(rng, ["20", "113", "117", "131", "161", "1423", "1768", "1947", "29", "28"])
        rest = digits(rng, 10 - len(ac))
        if ac in ("20", "29", "28"):
            rest_f = f"{rest[:4]} {rest[4:]}"
        else:
            rest_f = f"{rest[:3]} {rest[3:]}" if len(rest) == 7 else rest
        return ch(rng, [f"0{ac} {rest_f}", f"+44 {ac} {rest_f}", f"+44 (0){ac} {rest_f}"])
    if loc == "ie":
        if kind == "mobile":
            return ch(rng, [f"08{rng.randint(3, 9)} {digits(rng, 3)} {digits(rng, 4)}",
                            f"+353 8{rng.randint(3, 9)} {digits(rng, 3)} {digits(rng, 4)}"])
        return ch(rng, [f"(01) {digits(rng, 3)} {digits(rng, 4)}", f"+353 91 {digits(rng, 6)}", f"066 {digits(rng, 7)}"])
    if loc == "au":
        if kind == "mobile":
            d = "4" + digits(rng, 8)
            return ch(rng, [f"0{d[:3]} {d[3:6]} {d[6:]}", f"+61 {d[0]} {d[1:5]} {d[5:]}", f"+61 {d[:3]} {d[3:6]} {d[6:]}"])
        return ch(rng, [f"(0{rng.choice('2378')}) {digits(rng, 4)} {digits(rng, 4)}",
                        f"+61 {rng.choice('2378')} {digits(rng, 4)} {digits(rng, 4)}"])
    if loc == "in":
        d = str(rng.randint(6, 9)) + digits(rng, 9)
        return ch(rng, [f"+91 {d[:5]} {d[5:]}", f"+91-{d}", f"0{d[:5]} {d[5:]}", f"+91 {d}"])
    if loc in ("de", "at"):
        cc = "49" if loc == "de" else "43"
        if kind == "tollfree":
            return f"0800 {digits(rng, 7)}" if loc == "de" else f"0800 {digits(rng, 3)} {digits(rng, 3)}"
        if kind == "mobile":
            pre = ch(rng, ["151", "152", "160", "170", "171", "176", "157"]) if loc == "de" else ch(rng, ["664", "660", "676", "699"])
            sub = digits(rng, rng.choice([7, 8]))
            return ch(rng, [f"+{cc} {pre} {sub}", f"0{pre} {sub}", f"0{pre}/{sub}", f"+{cc} ({pre}) {sub}",
                            f"0{pre}-{sub}", f"+{cc}{pre}{sub}"])
        ac = ch(rng, ["30", "40", "89", "221", "761", "4131", "951", "3943", "381", "7531", "69"]) if loc == "de" else ch(rng, ["1", "316", "662", "512"])
        sub = nzdigits(rng, 10 - len(ac) if loc == "de" else 7)
        return ch(rng, [f"+{cc} {ac} {sub}", f"0{ac} {sub}", f"0{ac}/{sub}", f"+{cc} (0){ac} {sub}", f"0{ac}-{sub}"])
    if loc == "fr":
        if kind == "tollfree":
            return f"0 800 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"
        first = ch(rng, "67") if kind == "mobile" else ch(rng, "12345")
        d = first + digits(rng, 8)
        pairs = [d[i:i + 2] for i in range(1, 9, 2)]
        grp = " ".join([d[0]] + pairs)
        return ch(rng, [f"0{grp}", f"+33 {grp}", ".".join(["0" + d[0]] + pairs), f"+33 (0){grp}", f"0{d}"])
    if loc == "es":
        if kind == "tollfree":
            return f"900 {digits(rng, 3)} {digits(rng, 3)}"
        d = (ch(rng, "67") + digits(rng, 8)) if kind == "mobile" else ("9" + ch(rng, "1345") + digits(rng, 7))
        return ch(rng, [f"{d[:3]} {d[3:6]} {d[6:]}", f"+34 {d[:3]} {d[3:6]} {d[6:]}", f"+34 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"+34{d}"])
    if loc == "pt":
        if kind == "tollfree":
            return f"800 {digits(rng, 3)} {digits(rng, 3)}"
        d = ("9" + ch(rng, "1236") + digits(rng, 7)) if kind == "mobile" else ("2" + ch(rng, "12589") + digits(rng, 7))
        return ch(rng, [f"{d[:3]} {d[3:6]} {d[6:]}", f"+351 {d[:3]} {d[3:6]} {d[6:]}", f"+351 {d}", f"(+351) {d[:3]} {d[3:6]} {d[6:]}"])
    if loc == "br":
        ddd = ch(rng, ["11", "21", "71", "41", "81", "48", "31", "92", "51"])
        if kind == "mobile":
            d = "9" + digits(rng, 8)
            return ch(rng, [f"({ddd}) {d[:5]}-{d[5:]}", f"+55 {ddd} {d[:5]}-{d[5:]}", f"+55 ({ddd}) {d[:5]}-{d[5:]}"])
        d = ch(rng, "2345") + digits(rng, 7)
        return ch(rng, [f"({ddd}) {d[:4]}-{d[4:]}", f"+55 {ddd} {d[:4]}-{d[4:]}"])
    if loc == "it":
        if kind == "tollfree":
            return f"800 {digits(rng, 3)} {digits(rng, 3)}"
        if kind == "mobile":
            pre = ch(rng, ["347", "333", "320", "339", "380", "393"])
            sub = digits(rng, 7)
            return ch(rng, [f"{pre} {sub}", f"+39 {pre} {sub[:3]} {sub[3:]}", f"+39 {pre} {sub}", f"{pre}-{sub}"])
        ac = ch(rng, ["06", "02", "081", "011", "051", "055", "045", "0835"])
        sub = nzdigits(rng, 10 - len(ac))
        return ch(rng, [f"{ac} {sub}", f"+39 {ac} {sub}", f"+39 {ac} {sub[:4]} {sub[4:]}", f"{ac}/{sub}"])
    if loc == "nl":
        if kind == "tollfree":
            return f"0800-{digits(rng, 4)}"
        if kind == "mobile":
            sub = digits(rng, 8)
            return ch(rng, [f"06-{sub}", f"+31 6 {sub}", f"06 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}", f"+316{sub}"])
        ac = ch(rng, ["20", "10", "30", "50", "43", "23", "15", "58", "70"])
        sub = nzdigits(rng, 7)
        return ch(rng, [f"0{ac}-{sub}", f"+31 {ac} {sub[:3]} {sub[3:]}", f"0{ac} {sub[:3]} {sub[3:]}"])
    if loc == "pl":
        if kind == "tollfree":
            return f"800 {digits(rng, 3)} {digits(rng, 3)}"
        if kind == "mobile":
            d = ch(rng, "5678") + digits(rng, 8)
            return ch(rng, [f"{d[:3]} {d[3:6]} {d[6:]}", f"+48 {d[:3]} {d[3:6]} {d[6:]}", f"+48 {d[:3]}-{d[3:6]}-{d[6:]}", f"+48{d}"])
        ac = ch(rng, ["22", "12", "58", "71", "61", "18", "81"])
        sub = nzdigits(rng, 7)
        return ch(rng, [f"{ac} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+48 {ac} {sub[:3]} {sub[3:5]} {sub[5:]}", f"({ac}) {sub}"])
    if loc == "se":
        if kind == "mobile":
            d = "7" + ch(rng, "0236") + digits(rng, 7)
            return ch(rng, [f"0{d[:2]}-{d[2:5]} {d[5:7]} {d[7:]}", f"+46 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"0{d[:2]}-{d[2:]}"])
        ac = ch(rng, ["8", "31", "40", "18", "90", "980", "498"])
        sub = nzdigits(rng, 8 - len(ac) + 1)
        return ch(rng, [f"0{ac}-{sub}", f"+46 {ac} {sub}"])
    if loc == "tr":
        if kind == "tollfree":
            return f"0800 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"
        pre = ch(rng, ["532", "533", "542", "505", "555", "544"]) if kind == "mobile" else ch(rng, ["212", "216", "312", "232", "242", "252"])
        sub = digits(rng, 7)
        return ch(rng, [f"0{pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+90 {pre} {sub[:3]} {sub[3:5]} {sub[5:]}",
                        f"0 ({pre}) {sub[:3]} {sub[3:5]} {sub[5:]}", f"+90{pre}{sub}"])
    if loc == "dk":
        d = (ch(rng, "234") + digits(rng, 7)) if kind == "mobile" else (ch(rng, "3578") + digits(rng, 7))
        g = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        return ch(rng, [g, f"+45 {g}", f"+45 {d}"])
    if loc == "no":
        if kind == "mobile":
            d = ch(rng, "49") + digits(rng, 7)
            g = f"{d[:3]} {d[3:5]} {d[5:]}"
        else:
            d = ch(rng, "2357") + digits(rng, 7)
            g = f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
        return ch(rng, [g, f"+47 {g}", f"+47 {d}"])
    if loc == "jp":
        if kind == "mobile":
            return ch(rng, [f"090-{digits(rng, 4)}-{digits(rng, 4)}", f"+81 80-{digits(rng, 4)}-{digits(rng, 4)}"])
        return ch(rng, [f"03-{digits(rng, 4)}-{digits(rng, 4)}", f"+81 3-{digits(rng, 4)}-{digits(rng, 4)}", f"075-{digits(rng, 3)}-{digits(rng, 4)}"])
    if loc == "sg":
        return f"+65 {ch(rng, '689')}{digits(rng, 3)} {digits(rng, 4)}"
    if loc == "ae":
        return ch(rng, [f"+971 50 {digits(rng, 3)} {digits(rng, 4)}", f"+971 4 {digits(rng, 3)} {digits(rng, 4)}", f"055 {digits(rng, 3)} {digits(rng, 4)}"])
    if loc == "za":
        return ch(rng, [f"+27 {ch(rng, ['82', '83', '72', '21', '11'])} {digits(rng, 3)} {digits(rng, 4)}", f"0{ch(rng, ['82', '72', '21'])} {digits(rng, 3)} {digits(rng, 4)}"])
    if loc == "ng":
        return ch(rng, [f"+234 {ch(rng, ['803', '805', '806', '813'])} {digits(rng, 3)} {digits(rng, 4)}", f"0{ch(rng, ['803', '809'])} {digits(rng, 3)} {digits(rng, 4)}"])
    if loc == "mx":
        return ch(rng, [f"+52 55 {digits(rng, 4)} {digits(rng, 4)}", f"+52 1 {ch(rng, ['55', '33', '999'])} {digits(rng, 3)} {digits(rng, 4)}"])
    if loc == "kr":
        return ch(rng, [f"010-{digits(rng, 4)}-{digits(rng, 4)}", f"+82 10-{digits(rng, 4)}-{digits(rng, 4)}", f"+82 2-{digits(rng, 4)}-{digits(rng, 4)}"])
    raise KeyError(loc)


def intl_phone(rng, loc, kind=None):
    for _ in range(30):
        p = phone(rng, loc, kind)
        if p.startswith("+"):
            return p
    return p


# ---------------------------------------------------------------- e-mail, urls, ip
def email_for(rng, p: Person, domain=None):
    f, l = fold(p.first).lower(), fold(p.last).lower().replace(" ", "")
    f = f.replace(" ", "")
    local = ch(rng, [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}{rng.randint(1, 99)}",
                     f"{f}.{l}{rng.randint(60, 99)}", f"{f[0]}{l}", f"{l}{f[0]}", f"{f}-{l}"])
    if domain is None:
        domain = ch(rng, FREEMAIL.get(p.loc, FREEMAIL["us"]))
    return f"{local}@{domain}"


ROLE_BOXES = {"hotel": ["reservations", "frontdesk", "reception", "info", "bookings", "groups", "stay"],
              "air": ["noreply", "no-reply", "service", "care", "customer.care", "notifications"],
              "loyalty": ["loyalty", "members", "noreply", "club"],
              "telco": ["care", "porting", "service", "billing", "noreply"],
              "generic": ["info", "support", "office", "hello", "bookings"]}


def role_email(rng, domain, kind="generic"):
    return f"{ch(rng, ROLE_BOXES[kind])}@{domain}"


def staff_email(rng, p: Person, domain):
    f, l = fold(p.first).lower().replace(" ", ""), fold(p.last).lower().replace(" ", "")
    return ch(rng, [f"{f}.{l}@{domain}", f"{f[0]}{l}@{domain}", f"{f}@{domain}"])


def url(rng, domain, path=None, query=True, www=None):
    host = domain
    if www is None:
        www = chance(rng, 0.35)
    if www and domain.count(".") == 1:
        host = "www." + domain
    path = path or ch(rng, ["", "manage-booking", "account/overview", "help/contact", "my-trips",
                            "loyalty/statement", "check-in", "en/support/article/4412"])
    u = f"https://{host}/{path}".rstrip("/") if path else f"https://{host}"
    if query and chance(rng, 0.5):
        params = [f"ref={rstr(rng, 8, UPALNUM)}", "utm_source=email", f"utm_campaign={ch(rng, ['spring', 'irrops', 'tier_review', 'welcome'])}",
                  f"lang={ch(rng, ['en', 'de', 'fr'])}", f"token={rstr(rng, 12)}", f"id={rng.randint(10000, 999999)}"]
        u += ("&" if "?" in u else "?") + "&".join(rng.sample(params, rng.randint(1, 3)))
    return u


PUBLIC_V4_FIRST = [23, 31, 37, 46, 62, 77, 78, 81, 82, 85, 88, 91, 94, 95, 104, 109, 141, 151, 176, 178, 185,
                   188, 193, 194, 195, 203, 212, 213, 217, 198, 84, 89, 90, 79]


def ipv4(rng, private=False):
    if private:
        return ch(rng, [f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                        f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}",
                        f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    return f"{ch(rng, PUBLIC_V4_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    pref = ch(rng, [(0x2a02, rng.randint(0x100, 0xfff)), (0x2001, 0xdb8), (0x2a01, rng.randint(0x100, 0xfff)),
                    (0x2600, rng.randint(0x1, 0x3fff)), (0x2003, rng.randint(0xc0, 0xff)), (0x2804, rng.randint(0x1, 0xfff))])
    groups = [pref[0], pref[1]] + [rng.randint(0, 0xffff) for _ in range(6)]
    if chance(rng, 0.5):
        k = rng.randint(2, 4)
        for j in range(3, 3 + k):
            groups[j] = 0
    addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
    return str(addr)


def ip_any(rng, p6=0.3):
    return ipv6(rng) if chance(rng, p6) else ipv4(rng)


# ---------------------------------------------------------------- payment ids
def card(rng, brand=None):
    brand = brand or ch(rng, ["visa", "visa", "visa", "mc", "mc", "amex", "discover", "jcb", "mc2"])
    if brand == "visa":
        pre, n = "4" + digits(rng, 5), 16
    elif brand == "mc":
        pre, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif brand == "mc2":
        pre, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    elif brand == "amex":
        pre, n = ch(rng, ["34", "37"]) + digits(rng, 4), 15
    elif brand == "discover":
        pre, n = "6011" + digits(rng, 2), 16
    else:
        pre, n = str(rng.randint(3528, 3589)) + digits(rng, 2), 16
    body = pre + digits(rng, n - 1 - len(pre))
    num = body + luhn_digit(body)
    sep = ch(rng, [" ", " ", "-", "", " "])
    if n == 15:
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}", brand
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)), brand


def card_brand_name(b):
    return {"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard", "amex": "American Express",
            "discover": "Discover", "jcb": "JCB"}[b]


def bad_luhn16(rng):
    body = ch(rng, ["4", "5", "6", "3"]) + digits(rng, 14)
    good = luhn_digit(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    return body + bad


def masked_card(rng):
    last4 = digits(rng, 4)
    return ch(rng, [f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}", f"ending {last4}",
                    f"************{last4}", f"{ch(rng, ['4', '5'])}{digits(rng, 5)}******{last4}"])


IBAN_SPEC = {"DE": "8n10n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
             "PL": "24n", "SE": "20n", "TR": "5n1z16c", "DK": "14n", "NO": "11n", "PT": "21n", "BE": "12n",
             "AT": "16n", "CH": "5n12c", "IE": "4a14n"}
LOC_IBAN = {"de": "DE", "gb": "GB", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "se": "SE",
            "tr": "TR", "dk": "DK", "no": "NO", "pt": "PT", "at": "AT", "ie": "IE"}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]


def iban(rng, cc="DE", grouped=None):
    spec = IBAN_SPEC[cc]
    bban = []
    for m in re.finditer(r"(\d+)([nacz])", spec):
        k, t = int(m.group(1)), m.group(2)
        if t == "n":
            bban.append(digits(rng, k))
        elif t == "a":
            if cc == "NL":
                bban.append(ch(rng, NL_BANKS))
            elif cc == "GB":
                bban.append(ch(rng, GB_BANKS))
            elif cc == "IE":
                bban.append(ch(rng, IE_BANKS))
            else:
                bban.append(letters(rng, k))
        elif t == "z":
            bban.append("0" * k)
        else:
            bban.append(rstr(rng, k, string.digits * 3 + string.ascii_uppercase))
    b = "".join(bban)
    rearr = b + cc + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    chk = 98 - num % 97
    s = f"{cc}{chk:02d}{b}"
    assert iban_ok(s)
    if grouped is None:
        grouped = chance(rng, 0.65)
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bic(rng, cc="DE"):
    return letters(rng, 4) + cc + ch(rng, ["FF", "MM", "2X", "22", "PP", "AA"]) + ch(rng, ["", "", "XXX", "100"])


def ssn(rng, fmt=None):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = fmt or ch(rng, ["-", "-", "-", " ", ""])
    return f"{a:03d}{fmt}{g:02d}{fmt}{s:04d}"


def bad_ssn(rng):
    a = ch(rng, ["000", "666", str(rng.randint(900, 999))])
    return f"{a}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def routing(rng):
    d = [rng.randrange(10) for _ in range(8)]
    d[0] = rng.choice([0, 1, 2, 3])
    chk = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
    return "".join(map(str, d)) + str(chk)


# ---------------------------------------------------------------- licences, ids
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def driver_license(rng, loc="us", p: Person | None = None, dob: date | None = None):
    if loc == "us":
        st = ch(rng, ["CA", "NY", "FL", "TX", "IL", "WA", "AZ", "CO", "OR", "GA"])
        if st == "CA":
            v = ch(rng, string.ascii_uppercase) + digits(rng, 7)
        elif st == "NY":
            v = ch(rng, [digits(rng, 9), f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"])
        elif st == "FL":
            v = f"{ch(rng, string.ascii_uppercase)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 1)}"
        elif st == "TX":
            v = digits(rng, 8)
        elif st == "IL":
            v = f"{ch(rng, string.ascii_uppercase)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"
        elif st == "WA":
            v = "WDL" + rstr(rng, 9, UPALNUM)
        else:
            v = ch(rng, string.ascii_uppercase) + digits(rng, 8)
        return v, st
    if loc == "gb":
        sur = re.sub(r"[^A-Z]", "", fold(p.last).upper() if p else "SMITH")[:5].ljust(5, "9")
        dd = dob or date(1980, 1, 1)
        mm = dd.month + (50 if p and p.gender == "f" else 0)
        ini = (fold(p.first)[0] + (p.middle or "9")) if p else "J9"
        return f"{sur}{str(dd.year)[2]}{mm:02d}{dd.day:02d}{str(dd.year)[3]}{ini.upper()}9{letters(rng, 2)}", "GB"
    if loc in ("de", "at"):
        return ch(rng, "BFJKLMN") + digits(rng, 3) + rstr(rng, 6, UPALNUM) + digits(rng, 1), loc.upper()
    if loc == "fr":
        return ch(rng, [digits(rng, 12), f"{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 5)}"]), "FR"
    if loc == "es":
        n = rng.randint(10000000, 99999999)
        return f"{n}{DNI_LETTERS[n % 23]}", "ES"
    if loc == "it":
        return f"{letters(rng, 2)}{digits(rng, 7)}{letters(rng, 1)}", "IT"
    if loc == "nl":
        return digits(rng, 10), "NL"
    if loc == "pl":
        return f"{digits(rng, 5)}/{digits(rng, 2)}/{digits(rng, 4)}", "PL"
    if loc == "pt":
        return f"{ch(rng, ['L', 'P', 'C', 'AV'])}-{digits(rng, 6)} {digits(rng, 1)}", "PT"
    if loc == "ie":
        return digits(rng, 9), "IE"
    if loc == "au":
        return digits(rng, ch(rng, [8, 9, 10])), ch(rng, ["NSW", "VIC", "QLD"])
    if loc == "ca":
        return f"{letters(rng, 1)}{digits(rng, 4)}-{digits(rng, 5)}-{digits(rng, 5)}", ch(rng, ["ON", "BC"])
    return rstr(rng, 9, UPALNUM), ISO2.get(loc, loc.upper())


def passport_no(rng, loc="us"):
    if loc == "us":
        return ch(rng, [digits(rng, 9), "A" + digits(rng, 8)])
    if loc in ("de", "at"):
        return ch(rng, "CFGHJK") + rstr(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if loc == "gb":
        return digits(rng, 9)
    if loc == "fr":
        return digits(rng, 2) + letters(rng, 2) + digits(rng, 5)
    return letters(rng, 2) + digits(rng, 7)


def mrn(rng):
    return ch(rng, [digits(rng, 8), f"MRN{digits(rng, 7)}", f"E{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                    f"TH{digits(rng, 6)}", digits(rng, 10)])


def health_plan_no(rng):
    return ch(rng, [f"{letters(rng, 3)}{digits(rng, 9)}", f"W{digits(rng, 9)}", f"{letters(rng, 1)}{digits(rng, 8)}-{digits(rng, 2)}",
                    f"TMI-{digits(rng, 7)}", f"{digits(rng, 3)}{letters(rng, 2)}{digits(rng, 6)}", f"GTM{digits(rng, 8)}"])


def ehic_no(rng):
    return "80" + ch(rng, ["276", "250", "724", "380", "528", "616", "620"]) + digits(rng, 15)


def telco_account(rng):
    return ch(rng, [digits(rng, 10), f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}",
                    f"{digits(rng, 9)}", f"{letters(rng, 2)}{digits(rng, 8)}"])


def loyalty_no(rng):
    return ch(rng, [digits(rng, 9), f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                    digits(rng, 12), f"{digits(rng, 2)}{digits(rng, 8)}"])


# ---------------------------------------------------------------- negatives
def pnr(rng):
    while True:
        s = rstr(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        if any(c.isalpha() for c in s) and any(c.isdigit() for c in s):
            return s


def eticket(rng):
    return f"{rng.randint(100, 999)}{ch(rng, ['', '-', ' '])}{digits(rng, 10)}"


def flightno(rng, code):
    return f"{code}{ch(rng, [' ', '', ' '])}{rng.randint(10, 2999)}"


def seat(rng):
    return f"{rng.randint(1, 45)}{ch(rng, 'ABCDEFHJK')}"


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(rng, n):
    return rstr(rng, n, HEX)


def version(rng):
    return f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"


def imei(rng):
    body = ch(rng, ["35", "86", "01", "99", "35"]) + digits(rng, 12)
    return body + luhn_digit(body)


def iccid(rng, cc="49"):
    body = "89" + cc + digits(rng, 17 - len(cc) - 2 + 1)
    return body + luhn_digit(body)


def imsi(rng, mcc="262"):
    return mcc + digits(rng, 2) + digits(rng, 10)


def vin(rng):
    return rstr(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def plate(rng, loc="de"):
    L_ = string.ascii_uppercase
    return {
        "de": f"{ch(rng, ['B', 'M', 'HH', 'K', 'F', 'S', 'FR', 'HD'])}-{letters(rng, 2)} {rng.randint(1, 9999)}",
        "fr": f"{letters(rng, 2)}-{digits(rng, 3)}-{letters(rng, 2)}",
        "es": f"{digits(rng, 4)} {rstr(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        "it": f"{letters(rng, 2)} {digits(rng, 3)}{letters(rng, 2)}",
        "gb": f"{letters(rng, 2)}{digits(rng, 2)} {letters(rng, 3)}",
        "us": f"{rng.randint(1, 9)}{letters(rng, 3)}{digits(rng, 3)}",
        "nl": f"{digits(rng, 2)}-{letters(rng, 3)}-{digits(rng, 1)}",
        "pt": f"{letters(rng, 2)}-{digits(rng, 2)}-{letters(rng, 2)}",
        "pl": f"{ch(rng, ['WA', 'KR', 'GD', 'PO'])} {digits(rng, 5)}",
        "tr": f"{rng.randint(1, 81):02d} {letters(rng, 3)} {digits(rng, 3)}",
    }.get(loc, f"{letters(rng, 3)} {digits(rng, 3)}")


def ref(rng, prefix, n=6):
    return f"{prefix}{digits(rng, n)}"


CUR = {"en": ("$", "{c}{v}"), "gb": ("£", "{c}{v}"), "eu": ("€", "{v} {c}")}


def money(rng, lo=5, hi=900, cur="EUR", style=None, r=None):
    v = rng.uniform(lo, hi)
    if style is None:
        style = "en" if cur in ("USD", "GBP", "AUD", "CAD") else ch(rng, ["eu", "en"])
    if style == "eu":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        s = f"{v:,.2f}"
    sym = {"EUR": "€", "USD": "$", "GBP": "£", "SEK": "kr", "DKK": "kr", "NOK": "kr", "PLN": "zł", "TRY": "₺",
           "BRL": "R$", "CAD": "C$", "AUD": "A$", "CHF": "CHF"}.get(cur, cur)
    if r is None:
        r = rng.random()
    if r < 0.35:
        return f"{cur} {s}"
    if sym in ("$", "£", "C$", "A$", "R$") and r < 0.85:
        return f"{sym}{s}"
    return f"{s} {sym}"


def log_ts(rng, dtm: datetime, style=None):
    style = style if style is not None else rng.randrange(5)
    if style == 0:
        return dtm.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"
    if style == 1:
        return dtm.strftime("%Y-%m-%d %H:%M:%S")
    if style == 2:
        return dtm.strftime("%b %d %H:%M:%S")
    if style == 3:
        return dtm.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    return dtm.strftime("%Y%m%d %H%M%S")


def email_date_header(rng, dtm: datetime):
    tz = ch(rng, ["+0000", "+0100", "+0200", "-0500", "-0700", "+0530"])
    return dtm.strftime("%a, %d %b %Y %H:%M:%S ") + tz


# ---------------------------------------------------------------- secrets
AWS_ALPH = string.ascii_uppercase + "234567"


def aws_akid(rng):
    return ch(rng, ["AKIA", "AKIA", "AKIA", "ASIA"]) + rstr(rng, 16, AWS_ALPH)


def aws_secret(rng):
    return rstr(rng, 40, B64)


def gh_token(rng):
    r = rng.random()
    if r < 0.55:
        return "ghp_" + rstr(rng, 36)
    if r < 0.75:
        return "github_pat_11" + rstr(rng, 20, UPALNUM) + "_" + rstr(rng, 59)
    return ch(rng, ["gho_", "ghs_", "ghu_"]) + rstr(rng, 36)


def slack_token(rng):
    if chance(rng, 0.65):
        return f"xoxb-{nzdigits(rng, rng.randint(10, 12))}-{nzdigits(rng, 13)}-{rstr(rng, 24)}"
    return f"xoxp-{nzdigits(rng, 11)}-{nzdigits(rng, 11)}-{nzdigits(rng, 13)}-{hexs(rng, 32)}"


def stripe_key(rng):
    return ch(rng, ["sk_live_", "sk_live_", "rk_live_"]) + rstr(rng, ch(rng, [24, 34, 99]))


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_token(rng, sub=None):
    alg = ch(rng, ["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and chance(rng, 0.6):
        hdr["kid"] = rstr(rng, 10, string.ascii_lowercase + string.digits)
    iat = rng.randint(1_700_000_000, 1_790_000_000)
    pl = {"sub": sub or uuid4(rng), "iat": iat, "exp": iat + ch(rng, [900, 3600, 86400])}
    if chance(rng, 0.6):
        pl["scope"] = ch(rng, ["booking:read booking:write", "pms.folio.read", "porting:submit", "loyalty:redeem", "sim:swap"])
    if chance(rng, 0.5):
        pl["iss"] = ch(rng, ["https://auth.skyvoyager.com", "urn:veloxa:idp", "pms-gateway"])
    sig_len = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(pl, separators=(",", ":")).encode()), rstr(rng, sig_len, B64URL)])


def pem_key(rng):
    kind = ch(rng, ["EC", "PKCS8_ED", "OPENSSH", "RSA1024", "EC", "PKCS8_EC"])
    rb = bytes(rng.getrandbits(8) for _ in range(700))
    if kind == "EC":
        der = b"\x30\x77\x02\x01\x01\x04\x20" + rb[:32] + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rb[32:96]
        label = "EC PRIVATE KEY"
    elif kind == "PKCS8_ED":
        der = b"\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20" + rb[:32]
        label = "PRIVATE KEY"
    elif kind == "PKCS8_EC":
        der = b"\x30\x81\x87\x02\x01\x00\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\x04\x6d\x30\x6b\x02\x01\x01\x04\x20" + rb[:32] + b"\xa1\x44\x03\x42\x00\x04" + rb[32:96]
        label = "PRIVATE KEY"
    elif kind == "OPENSSH":
        der = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rb[:300]
        label = "OPENSSH PRIVATE KEY"
    else:
        der = b"\x30\x82\x02\x5c\x02\x01\x00\x02\x81\x81\x00" + rb[:590]
        label = "RSA PRIVATE KEY"
    b = base64.b64encode(der).decode()
    width = 70 if kind == "OPENSSH" else 64
    body = "\n".join(b[i:i + width] for i in range(0, len(b), width))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


PW_WORDS = ["Harbor", "Falcon", "Sunrise", "Lagoon", "Marble", "Copper", "Glacier", "Tundra", "Mistral",
            "Saffron", "Juniper", "Atlas", "Orchid", "Basalt", "Cobalt", "Zephyr", "Quartz", "Nimbus"]


def password(rng):
    r = rng.random()
    if r < 0.35:
        return f"{ch(rng, PW_WORDS)}{ch(rng, ['!', '#', '$', '*', '%', '&'])}{rng.randint(10, 9999)}{ch(rng, ['', '?', '!'])}"
    if r < 0.7:
        return rstr(rng, rng.randint(12, 24), ALNUM + "!#%*+-=?_")
    if r < 0.85:
        return "-".join(ch(rng, ["copper", "window", "violet", "tractor", "ember", "pillow", "canyon", "ferry", "olive", "signal"])
                        for _ in range(4))
    return f"{ch(rng, PW_WORDS).lower()}{rng.randint(1, 99)}{ch(rng, PW_WORDS)}{ch(rng, ['!', '.', '_'])}{rng.randint(0, 9)}"


def generic_secret(rng):
    r = rng.random()
    if r < 0.2:
        return "SG." + rstr(rng, 22, B64URL) + "." + rstr(rng, 43, B64URL)
    if r < 0.35:
        return "whsec_" + rstr(rng, 32)
    if r < 0.5:
        return "AIza" + rstr(rng, 35, B64URL)
    if r < 0.6:
        return "key-" + hexs(rng, 32)
    if r < 0.75:
        return rstr(rng, 40, ALNUM + "-_")
    if r < 0.85:
        return "sq0csp-" + rstr(rng, 43, B64URL)
    return rstr(rng, 32)


def meeting_passcode(rng):
    return ch(rng, [digits(rng, 6), rstr(rng, 8, ALNUM), digits(rng, 8), f"{rstr(rng, 6)}{rng.randint(1, 9)}"])


def port_pin(rng):
    return ch(rng, [digits(rng, 4), digits(rng, 6), digits(rng, 8), rstr(rng, 8, string.ascii_uppercase + string.digits)])


# ============================================================ dates & times
MONTHS = {
    "en": _w("January February March April May June July August September October November December"),
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _w("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _w("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "it": _w("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "pt": _w("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "nl": _w("januari februari maart april mei juni juli augustus september oktober november december"),
    "pl": _w("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    "sv": _w("januari februari mars april maj juni juli augusti september oktober november december"),
    "tr": _w("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    "da": _w("januar februar marts april maj juni juli august september oktober november december"),
    "no": _w("januar februar mars april mai juni juli august september oktober november desember"),
}
MON_ABBR_EN = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
WEEKDAYS = {
    "en": _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "de": _w("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fr": _w("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": _w("lunes martes miércoles jueves viernes sábado domingo"),
    "it": _w("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    "pt": _w("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    "nl": _w("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "pl": _w("poniedziałek wtorek środa czwartek piątek sobota niedziela"),
    "sv": _w("måndag tisdag onsdag torsdag fredag lördag söndag"),
    "tr": _w("Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar"),
    "da": _w("mandag tirsdag onsdag torsdag fredag lørdag søndag"),
    "no": _w("mandag tirsdag onsdag torsdag fredag lørdag søndag"),
}
WD_ABBR_EN = _w("Mon Tue Wed Thu Fri Sat Sun")

DATE_STYLES = {
    "en-us": ["{mm}/{dd}/{yyyy}", "{m}/{d}/{yyyy}", "{MMMM} {d}, {yyyy}", "{MMM} {d}, {yyyy}", "{WD}, {MMMM} {d}, {yyyy}",
              "{yyyy}-{mm}-{dd}", "{wd}, {MMM} {d}, {yyyy}", "{mm}/{dd}/{yy}"],
    "en": ["{dd}/{mm}/{yyyy}", "{d} {MMMM} {yyyy}", "{d} {MMM} {yyyy}", "{WD} {d} {MMMM} {yyyy}", "{yyyy}-{mm}-{dd}",
           "{wd} {d} {MMM} {yyyy}", "{dd} {MMM} {yyyy}", "{WD}, {d} {MMMM} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "de": ["{dd}.{mm}.{yyyy}", "{d}. {MMMM} {yyyy}", "{WD}, {d}. {MMMM} {yyyy}", "{dd}.{mm}.{yy}", "{yyyy}-{mm}-{dd}", "{WD}, {dd}.{mm}.{yyyy}"],
    "fr": ["{dd}/{mm}/{yyyy}", "{d} {MMMM} {yyyy}", "{WD} {d} {MMMM} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "es": ["{dd}/{mm}/{yyyy}", "{d} de {MMMM} de {yyyy}", "{WD}, {d} de {MMMM} de {yyyy}", "{dd}-{mm}-{yyyy}"],
    "it": ["{dd}/{mm}/{yyyy}", "{d} {MMMM} {yyyy}", "{WD} {d} {MMMM} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "pt": ["{dd}/{mm}/{yyyy}", "{d} de {MMMM} de {yyyy}", "{WD}, {d} de {MMMM} de {yyyy}", "{dd}-{mm}-{yyyy}"],
    "nl": ["{dd}-{mm}-{yyyy}", "{d} {MMMM} {yyyy}", "{WD} {d} {MMMM} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "pl": ["{dd}.{mm}.{yyyy}", "{d} {MMMM} {yyyy}", "{d} {MMMM} {yyyy}", "{yyyy}-{mm}-{dd}"],
    "sv": ["{yyyy}-{mm}-{dd}", "{d} {MMMM} {yyyy}", "{WD} {d} {MMMM} {yyyy}"],
    "tr": ["{dd}.{mm}.{yyyy}", "{d} {MMMM} {yyyy}", "{d} {MMMM} {yyyy} {WD}", "{dd}/{mm}/{yyyy}"],
    "da": ["{dd}.{mm}.{yyyy}", "{d}. {MMMM} {yyyy}", "{WD} den {d}. {MMMM} {yyyy}", "{dd}-{mm}-{yyyy}"],
    "no": ["{dd}.{mm}.{yyyy}", "{d}. {MMMM} {yyyy}", "{WD} {d}. {MMMM} {yyyy}"],
}
# styles without weekday / two-digit year, for birth dates
DOB_STYLES = {k: [s for s in v if "WD" not in s and "wd" not in s and " r." not in s] for k, v in DATE_STYLES.items()}


def _fmt(d: date, pat: str, lang: str) -> str:
    ml = MONTHS[lang]
    wl = WEEKDAYS[lang]
    rep = {"{d}": str(d.day), "{dd}": f"{d.day:02d}", "{m}": str(d.month), "{mm}": f"{d.month:02d}",
           "{yyyy}": str(d.year), "{yy}": f"{d.year % 100:02d}", "{MMMM}": ml[d.month - 1],
           "{MMM}": MON_ABBR_EN[d.month - 1] if lang == "en" else ml[d.month - 1][:3],
           "{WD}": wl[d.weekday()], "{wd}": WD_ABBR_EN[d.weekday()] if lang == "en" else wl[d.weekday()][:3]}
    out = pat
    for k, v in rep.items():
        out = out.replace(k, v)
    return out


def _dkey(lang, region):
    if lang == "en":
        return "en-us" if region in ("us", None) else "en"
    return lang


def fmt_date(rng, d: date, lang="en", region=None, dob=False, styles=None):
    key = _dkey(lang, region)
    pats = styles or (DOB_STYLES if dob else DATE_STYLES)[key]
    return _fmt(d, ch(rng, pats), lang)


def fmt_time(rng, h, m, lang="en", region=None):
    if lang == "en":
        if region in ("us", None, "ca", "au") and chance(rng, 0.7):
            ap = "AM" if h < 12 else "PM"
            if chance(rng, 0.3):
                ap = ap.lower()
            h12 = h % 12 or 12
            return ch(rng, [f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d}{ap}"])
        return ch(rng, [f"{h:02d}:{m:02d}", f"{h}:{m:02d}"])
    if lang == "de":
        return ch(rng, [f"{h:02d}:{m:02d} Uhr", f"{h}:{m:02d} Uhr", f"{h:02d}:{m:02d}", f"{h}.{m:02d} Uhr"])
    if lang == "fr":
        return ch(rng, [f"{h}h{m:02d}", f"{h:02d}h{m:02d}", f"{h:02d}:{m:02d}", f"{h} h {m:02d}"])
    if lang == "pt":
        return ch(rng, [f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}h{m:02d}"])
    if lang in ("it", "nl", "sv", "da", "no"):
        return ch(rng, [f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}", f"{h}.{m:02d}" if lang != "nl" else f"{h:02d}:{m:02d}"])
    return f"{h:02d}:{m:02d}"


JOINERS = {"en": [" at ", ", ", " "], "de": [" um ", ", ", " um "], "fr": [" à ", " à ", " "], "es": [" a las ", ", "],
           "pt": [" às ", ", "], "it": [" alle ", ", "], "nl": [", ", " "], "pl": [", ", " "], "sv": [", ", " "],
           "tr": [", ", " "], "da": [", ", " "], "no": [", ", " "]}


def fmt_dt(rng, dtm: datetime, lang="en", region=None):
    dpart = fmt_date(rng, dtm.date(), lang, region)
    tpart = fmt_time(rng, dtm.hour, dtm.minute, lang, region)
    j = ch(rng, JOINERS[lang])
    if lang == "es" and dtm.hour % 12 == 1 and j == " a las ":
        j = ", "
    if lang != "de" and "Uhr" in tpart:
        tpart = tpart.replace(" Uhr", "")
    return f"{dpart}{j}{tpart}"


def rand_date(rng, start=date(2024, 1, 1), end=date(2026, 12, 31)):
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def rand_dob(rng, lo=1942, hi=2006):
    return rand_date(rng, date(lo, 1, 1), date(hi, 12, 28))


def rand_dt(rng, d=None, hours=(6, 22)):
    d = d or rand_date(rng)
    return datetime(d.year, d.month, d.day, rng.randint(*hours), ch(rng, [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 7, 12, 48]))


def tm(rng, lang="en", region=None, hours=(6, 22)):
    return fmt_time(rng, rng.randint(*hours), ch(rng, [0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55]), lang, region)


# ============================================================ shared document helpers
EN_TRAVELER_LOCS = (["us"] * 8 + ["gb"] * 5 + ["ca", "ca", "au", "au", "ie", "in", "in", "de", "fr", "es", "it",
                                                 "nl", "pl", "se", "tr", "dk", "no", "pt", "br", "jp", "sg", "ae",
                                                 "za", "ng", "mx", "kr", "at"])
ADDR_LOCS = list(CITIES)


def traveler(rng, locs=None, gender=None):
    loc = ch(rng, locs or EN_TRAVELER_LOCS)
    return make_person(rng, loc, gender=gender), loc


def reg_of(loc):
    return "us" if loc in ("us", "ca") else "gb"


def person_parts(p: Person, text: str):
    return (text, PER)


def hdr_addr(d, name, addr, person=True):
    if name:
        d.add(L(name, PER) if person else name, " <", L(addr, EM), ">")
    else:
        d.add(L(addr, EM))


def email_head(d, rng, frm, to, subject_parts, dtm, cc=None, extra=True):
    """frm/to: (display name or None, address, is_person)."""
    lines = []
    lines.append(("From: ", frm))
    lines.append(("To: ", to))
    if cc:
        lines.append(("Cc: ", cc))
    order = ["From", "To", "Cc", "Subject", "Date"] if chance(rng, 0.6) else ["Date", "From", "Subject", "To", "Cc"]
    for key in order:
        if key == "Subject":
            d.t("Subject: ")
            d.add(*subject_parts)
            d.t("\n")
        elif key == "Date":
            d.t(f"Date: {email_date_header(rng, dtm)}\n")
        else:
            item = {"From": frm, "To": to, "Cc": cc}[key]
            if item is None:
                continue
            d.t(f"{key}: ")
            hdr_addr(d, item[0], item[1], item[2] if len(item) > 2 else True)
            d.t("\n")
    if extra and chance(rng, 0.5):
        d.t(ch(rng, ["MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n",
                     f"X-Mailer: {ch(rng, ['Braze', 'SFMC', 'Mailjet', 'Postfix'])} {version(rng)}\n",
                     f"X-Campaign-ID: {rstr(rng, 10, UPALNUM)}\n"]))
    d.t("\n")


def brand_loc(dom, default="gb"):
    for a in AIRLINES:
        if a[2] == dom:
            return AIRLINE_LOC[a[1]]
    return BRAND_LOC.get(dom, default)


def company_footer(d, rng, brand, loc, dom=None, year=None):
    a = make_addr(rng, loc, business=True)
    if chance(rng, 0.2) and loc in ("us", "gb", "de", "ie", "nl", "dk", "no", "se", "au", "ca"):
        box = {"us": "PO Box", "ca": "PO Box", "au": "PO Box", "gb": "PO Box", "ie": "PO Box", "de": "Postfach", "nl": "Postbus",
               "dk": "Postboks", "no": "Postboks", "se": "Box"}[loc]
        num = f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}" if loc == "de" else str(rng.randint(100, 99999))
        a.street, a.post, a.pre = f"{box} {num}", None, None
    d.t("\n" + ch(rng, ["--\n", "—\n", "________________________________\n", "\n"]))
    d.t(f"{brand} · ")
    d.add(L(a.oneline(), ADR))
    if chance(rng, 0.5):
        if loc == "us":
            d.t(f"\nEIN {digits(rng, 2)}-{digits(rng, 7)} · {ch(rng, ['Delaware corporation', 'NYSE: ' + letters(rng, 3), 'DOT-OST ' + digits(rng, 6)])}")
        else:
            d.t(f"\n{ch(rng, ['Registered in', 'Reg. no.', 'Company no.', 'Registered office'])} {digits(rng, 8)} · VAT {ISO2.get(loc, 'GB')}{digits(rng, 9)}")
    if dom and chance(rng, 0.6):
        d.add("\n", ch(rng, ["Privacy: ", "Privacy policy: ", "Terms: "]), L(url(rng, dom, ch(rng, ["privacy", "legal/privacy-notice", "terms"]), query=False), URL))
    d.t(f"\n© {year or rng.randint(2023, 2026)} {brand}. All rights reserved.")


def sign_off(d, rng, p: Person, role, company, ph=None, em=None):
    d.t(ch(rng, ["\n\nKind regards,\n", "\n\nBest regards,\n", "\n\nThanks,\n", "\n\nSincerely,\n", "\n\nCheers,\n"]))
    d.add(L(p.full, PER), f"\n{role}, {company}" if chance(rng, 0.5) else f"\n{role}\n{company}")
    if ph:
        d.add("\n", ch(rng, ["T ", "Tel: ", "Phone: ", "Direct: ", "M: "]), L(ph, PH))
    if em:
        d.add("\n", ch(rng, ["", "E ", "Email: "]), L(em, EM))


# ============================================================ English kinds
def k_airline_chat(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    p, loc = traveler(rng)
    comp = make_person(rng, loc) if chance(rng, 0.5) else None
    if comp:
        comp.last = p.last if chance(rng, 0.6) else comp.last
    agent = make_person(rng, ch(rng, ["us", "gb", "ie", "in", "za", "pl", "pt", "ca"]))
    reg = reg_of(loc)
    a1, a2 = rng.sample(list(AIRPORTS), 2)
    c1, c2 = AIRPORTS[a1], AIRPORTS[a2]
    dep = rand_dt(rng)
    clock = datetime(2025, 1, 1, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    pstyle = ch(rng, ["[%H:%M:%S] ", "%H:%M - ", "(%I:%M %p) ", "%H:%M:%S  ", "[%H:%M] "])
    cust_lbl = ch(rng, ["Customer", "You", "first", "Guest", "Passenger", "Visitor"])
    ag_lbl = ch(rng, ["Agent", "agent_first", "Agent (first)", air.split()[0]])

    def line(who, *parts):
        nonlocal clock
        clock += timedelta(seconds=rng.randint(8, 150))
        d.t(clock.strftime(pstyle))
        if who == "c":
            if cust_lbl == "first":
                d.add(L(p.first, PER))
            else:
                d.t(cust_lbl)
        else:
            if ag_lbl == "agent_first":
                d.add(L(agent.first, PER))
            elif ag_lbl == "Agent (first)":
                d.add("Agent (", L(agent.first, PER), ")")
            else:
                d.t(ag_lbl)
        d.t(": ")
        d.add(*parts)
        d.t("\n")

    d.t(ch(rng, [f"{air} — Live Chat Transcript\n", f"Chat transcript | {air} Disruption Desk\n",
                 f"=== {air.upper()} MESSAGING – conversation export ===\n"]))
    d.t(f"Conversation ID: {uuid4(rng)}\n")
    if chance(rng, 0.6):
        d.t(f"Queue: {ch(rng, ['IRROPS-EU', 'Rebooking', 'Disruption Desk', 'Premium Line', 'WCHR-Assist'])} · Channel: {ch(rng, ['web', 'app', 'WhatsApp', 'Messenger'])}\n")
    d.t("\n")
    line("a", f"Hi, you're chatting with ", L(agent.first, PER), f" from the {air} rebooking team. How can I help today?")
    fn = flightno(rng, code)
    when = ch(rng, ["date", "rel", "date"])
    if when == "date":
        line("c", ch(rng, ["hi my flight ", "Hello, flight ", "hey - "]), fn, " from ", L(c1, LOC), " to ", L(c2, LOC), " on ",
             L(fmt_date(rng, dep.date(), "en", reg), DT), ch(rng, [" was cancelled", " got cancelled, what now??", " shows as cancelled in the app"]))
    else:
        line("c", ch(rng, ["my flight tomorrow morning to ", "I'm stuck, the evening flight to ", "flight to "]), L(c2, LOC),
             ch(rng, [" was cancelled", " is cancelled and the app won't let me rebook"]))
    if comp and chance(rng, 0.5):
        line("c", "it's for me and ", L(comp.first, PER), ch(rng, ["'s seat too", "'s ticket as well"]))
    line("a", "I'm sorry about that. Could you give me the booking reference and the surname on the booking?")
    if chance(rng, 0.5):
        line("c", f"{pnr(rng)}, ", L(p.last.upper() if chance(rng, 0.4) else p.last, PER))
    else:
        line("c", f"ref is {pnr(rng)} and the name is ", L(p.full if chance(rng, 0.7) else p.full.lower(), PER))
    paxs = [p] + ([comp] if comp else [])
    if comp:
        line("a", "Thank you, ", title(rng, p, "en") + " ", L(p.last, PER), ". I can see two passengers: ",
             L(p.variant(rng, ("airline",)), PER), " and ", L(comp.variant(rng, ("airline",)), PER), ".")
    else:
        line("a", "Thanks ", L(p.first, PER), ", I have your booking in front of me.")
    dep2 = dep + timedelta(hours=rng.randint(3, 30))
    arr2 = dep2 + timedelta(minutes=rng.randint(55, 600))
    fn2 = flightno(rng, code)
    line("a", "The next available option is ", fn2, " departing ", L(fmt_dt(rng, dep2, "en", reg), DT), " from ", L(c1, LOC),
         f" ({a1}), arriving {a2} at ", L(fmt_time(rng, arr2.hour, arr2.minute, "en", reg), DT), ". Seat ", seat(rng), " is still free.")
    opts = []
    if chance(rng, 0.6):
        opts.append(lambda: line("c", "anything earlier? I have a meeting at ", L(tm(rng, "en", reg, (8, 18)), DT), " the next day"))
        opts.append(lambda: line("a", ch(rng, ["Unfortunately that's the earliest with seats. ", "Nothing earlier on our network, sorry. "]),
                                 f"I can add a meal voucher of {money(rng, 10, 30, ch(rng, ['EUR', 'GBP', 'USD']))} and a hotel if you need one."))
    if chance(rng, 0.7):
        em = email_for(rng, p)
        opts.append(lambda: line("c", ch(rng, ["ok fine. send the new itinerary to ", "ok please email it to ", "yes. email: "]), L(em, EM)))
    if chance(rng, 0.6):
        ph = phone(rng, loc, "mobile")
        opts.append(lambda: line("c", ch(rng, ["and text updates to ", "my mobile is ", "you can reach me on "]), L(ph, PH)))
    if chance(rng, 0.5):
        ff = loyalty_no(rng)
        opts.append(lambda: line("c", "can you make sure my frequent flyer number ", L(ff, ACC), " is on the new booking?"))
    for f in opts:
        f()
    line("a", ch(rng, ["Done — ", "All set. ", "Confirmed: "]), f"your new e-ticket is {eticket(rng)}. ",
         ch(rng, ["You'll get a confirmation shortly.", "Check-in opens 24 hours before departure.", "Please allow 10 minutes for the app to refresh."]))
    if chance(rng, 0.5):
        line("c", ch(rng, ["thanks", "thank you!", "ok thx", "great, cheers"]))
    line("a", f"Thank you for flying {air}. ", ch(rng, ["Have a good trip!", "Safe travels.", ""]).strip() or "Goodbye.")
    if chance(rng, 0.6):
        d.add("\nHow did we do? Rate this chat: ", L(url(rng, dom, ch(rng, ["feedback/chat", "survey"]), query=True), URL), "\n")
    return d


def k_schedule_change_email(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    p, loc = traveler(rng)
    reg = reg_of(loc)
    sent = rand_dt(rng)
    em = email_for(rng, p)
    bref = pnr(rng)
    email_head(d, rng, (air, role_email(rng, dom, "air"), False), (p.full if chance(rng, 0.7) else None, em),
               (ch(rng, ["Important: schedule change to your trip ", "Your flight time has changed – booking ", "Action needed: "]) + bref,), sent)
    if chance(rng, 0.5):
        d.add("Dear ", title(rng, p, "en") + " ", L(p.last, PER), ",\n\n")
    else:
        d.add(ch(rng, ["Hi ", "Hello "]), L(p.first, PER), ",\n\n")
    a1, a2 = rng.sample(list(AIRPORTS), 2)
    d.add("We've had to make a change to your flight from ", L(AIRPORTS[a1], LOC), " to ", L(AIRPORTS[a2], LOC),
          ". We're sorry for any inconvenience this may cause.\n\n")
    fn = flightno(rng, code)
    dep = rand_dt(rng, sent.date() + timedelta(days=rng.randint(3, 120)))
    new = dep + timedelta(minutes=rng.choice([-95, -40, 35, 50, 120, 185, 260, 1440]))
    arr_o = dep + timedelta(minutes=rng.randint(60, 700))
    arr_n = new + (arr_o - dep)
    dur = arr_o - dep
    tbl = chance(rng, 0.5)
    for lab, dd, aa, f in (("ORIGINAL FLIGHT", dep, arr_o, fn), ("NEW FLIGHT", new, arr_n, fn if chance(rng, 0.6) else flightno(rng, code))):
        if tbl:
            d.add(f"{lab}\n  {f}  {a1} → {a2}\n  Departs  ", L(fmt_dt(rng, dd, "en", reg), DT), "\n  Arrives  ",
                  L(fmt_time(rng, aa.hour, aa.minute, "en", reg), DT), f"   (duration {dur.seconds // 3600}h {dur.seconds % 3600 // 60:02d}m)\n\n")
        else:
            d.add(f"{lab.title()}: {f} {a1}-{a2}, ", L(fmt_date(rng, dd.date(), "en", reg), DT), " ",
                  L(fmt_time(rng, dd.hour, dd.minute, "en", reg), DT), " – ", L(fmt_time(rng, aa.hour, aa.minute, "en", reg), DT), "\n")
    d.t("\n" if not tbl else "")
    d.t(f"Booking reference: {bref}\n")
    if chance(rng, 0.6):
        d.t("Passenger(s):\n")
        d.add("  1. ", L(p.variant(rng, ("airline",)), PER), f" {ch(rng, ['MR', 'MS', 'MRS', 'DR'])}   e-ticket {eticket(rng)}\n")
        if chance(rng, 0.4):
            q = make_person(rng, loc)
            d.add("  2. ", L(q.variant(rng, ("airline",)), PER), f" {ch(rng, ['MR', 'MS', 'MSTR', 'MISS'])}   e-ticket {eticket(rng)}\n")
    deadline = sent.date() + timedelta(days=rng.randint(3, 20))
    d.add("\nIf the new times don't work for you, you can change your flight or request a refund free of charge until ",
          L(fmt_date(rng, deadline, "en", reg), DT), " at ", L(url(rng, dom, ch(rng, ["manage-booking", "my-trips/changes"]), query=True), URL), ".")
    if chance(rng, 0.7):
        tf = phone(rng, ch(rng, ["us", "gb"]), "tollfree")
        d.add(" You can also call us on ", L(tf, PH), ch(rng, [" (24/7).", ", Monday to Friday.", "."]))
    d.t("\n\nYour seat selection and any extras have been carried over to the new flight where possible.")
    company_footer(d, rng, air, AIRLINE_LOC[code], dom)
    return d


HOTEL_LOCS = ["us", "gb", "de", "fr", "es", "it", "pt", "nl", "dk", "no", "se", "pl", "tr", "at", "ie"]
HOTEL_CUR = {"us": "USD", "gb": "GBP", "ie": "EUR", "de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "pt": "EUR",
             "nl": "EUR", "at": "EUR", "dk": "DKK", "no": "NOK", "se": "SEK", "pl": "PLN", "tr": "TRY"}


def k_hotel_folio(rng):
    d = Doc()
    hotel, hdom = ch(rng, HOTELS)
    hloc = ch(rng, HOTEL_LOCS)
    ha = make_addr(rng, hloc, business=True)
    g, gloc = traveler(rng)
    reg = reg_of(hloc) if hloc != "us" else "us"
    cur = HOTEL_CUR[hloc]
    d.t(f"{hotel.upper() if chance(rng, 0.5) else hotel}\n")
    d.add(L(ha.block(rng, COUNTRIES_EN[hloc] if chance(rng, 0.5) else None), ADR), "\n")
    d.add("Tel ", L(phone(rng, hloc, "land"), PH))
    if chance(rng, 0.5):
        d.add(" · Fax ", L(phone(rng, hloc, "land"), PH))
    d.add(" · ", L(role_email(rng, hdom, "hotel"), EM), f" · www.{hdom}\n")
    if chance(rng, 0.6):
        d.t(f"VAT reg. {ISO2[hloc]}{digits(rng, 9)}\n")
    d.t("\n" + ch(rng, ["GUEST FOLIO", "INVOICE / FOLIO", "Guest Folio — Information Invoice", "FOLIO"]) + f"        No. {rng.randint(100000, 999999)}\n\n")
    arr = rand_date(rng)
    nights = rng.randint(1, 6)
    dep = arr + timedelta(days=nights)
    fstyle = [ch(rng, DATE_STYLES[_dkey("en", reg)])]
    fields = [
        lambda: d.add("Guest: ", L(g.variant(rng, ("lastfirst", "full", "upper", "LASTfirst")), PER), "\n"),
        lambda: d.t(f"Room: {rng.randint(101, 1450)}  ({ch(rng, ['DLX KING', 'STD TWIN', 'SUP DBL', 'JR SUITE'])})\n"),
        lambda: d.add("Arrival: ", L(fmt_date(rng, arr, "en", reg, styles=fstyle), DT), "   Departure: ", L(fmt_date(rng, dep, "en", reg, styles=fstyle), DT), "\n"),
        lambda: d.t(f"Confirmation: {rng.randint(10000000, 99999999)}   Rate code: {ch(rng, ['BAR', 'FLEX', 'CORP-NEG', 'PKG-BB', 'AAA'])}\n"),
    ]
    if chance(rng, 0.6):
        ga = make_addr(rng, gloc if gloc in CITIES else "us")
        fields.append(lambda: d.add("Address: ", L(ga.oneline(", ", COUNTRIES_EN[ga.loc] if chance(rng, 0.6) else None), ADR), "\n"))
    if chance(rng, 0.35):
        fields.append(lambda: d.add("Member no.: ", L(loyalty_no(rng), ACC), "\n"))
    if chance(rng, 0.3):
        fields.append(lambda: d.t(f"Company: {ch(rng, ['Brightpath Consulting Ltd', 'Nordhavn A/S', 'Cascade Bio Inc.', 'Qualitas Ingeniería S.L.'])}\n"))
    rng.shuffle(fields)
    for f in fields:
        f()
    d.t("\n")
    sep = ch(rng, ["  ", " | ", "\t"])
    d.t(sep.join(["Date", "Description", "Charges", "Credits"]) + "\n")
    total = 0.0
    lstyle = [ch(rng, ["{dd}/{mm}/{yy}", "{dd}.{mm}.{yyyy}", "{dd}-{MMM}-{yy}"] if reg != "us" else ["{mm}/{dd}/{yy}", "{mm}/{dd}/{yyyy}"])]
    for i in range(nights):
        day = arr + timedelta(days=i)
        amt = rng.uniform(80, 420)
        total += amt
        d.add(L(fmt_date(rng, day, "en", reg, styles=lstyle), DT),
              f"{sep}Accommodation{sep}{amt:,.2f}\n")
        if chance(rng, 0.5):
            x = rng.uniform(8, 90)
            total += x
            d.t(" " * 8 + f"{sep}{ch(rng, ['Restaurant', 'Bar', 'Minibar', 'Room service', 'Parking', 'City tax', 'Laundry', 'Spa'])}{sep}{x:,.2f}\n")
    pay = ch(rng, ["masked", "masked", "masked", "full"])
    if pay == "full":
        num, br = card(rng)
        d.add(" " * 8, f"{sep}{card_brand_name(br)} ", L(num, CC), f"{sep}{sep}{total:,.2f}\n")
    else:
        d.t(" " * 8 + f"{sep}{ch(rng, ['Visa', 'Mastercard', 'Amex'])} {masked_card(rng)}{sep}{sep}{total:,.2f}\n")
    d.t(f"\nTotal {cur} {total:,.2f}    Balance {cur} 0.00\n")
    if chance(rng, 0.5):
        d.t(f"Incl. VAT {ch(rng, ['7%', '10%', '19%', '20%', '21%', '23%'])}: {total * 0.1:,.2f}\n")
    if chance(rng, 0.6):
        clerk = make_person(rng, hloc if hloc in LOCALE_CULTURE else "us")
        d.add(f"\nCashier: ", L(clerk.first if chance(rng, 0.6) else clerk.full, PER), f"  (shift {rng.randint(1, 3)})")
    d.t("\n\nI agree that my liability for this bill is not waived and I agree to be held personally liable in the event the indicated person, company or association fails to pay.\nGuest signature: ______________________\n")
    d.t(ch(rng, [f"Thank you for staying with us. www.{hdom}", "We look forward to welcoming you back.", ""]))
    return d


def k_guest_registration_en(rng):
    d = Doc()
    hotel, hdom = ch(rng, HOTELS)
    hloc = ch(rng, HOTEL_LOCS)
    g, gloc = traveler(rng)
    reg = reg_of(hloc)
    d.t(f"{hotel}\n{ch(rng, ['GUEST REGISTRATION CARD', 'Registration Card', 'Guest Registration Form / Police Registration'])}\n")
    arr = rand_date(rng)
    dep = arr + timedelta(days=rng.randint(1, 9))
    d.add(f"Reservation no.: {rng.randint(1000000, 9999999)}   Room: {rng.randint(101, 880)}   Arrival: ", L(fmt_date(rng, arr, "en", reg), DT),
          "   Departure: ", L(fmt_date(rng, dep, "en", reg), DT), f"   Guests: {rng.randint(1, 3)}\n\n")
    dob = rand_dob(rng)
    colon = ch(rng, [": ", ":\t", " ..... ", ": "])
    rows = [
        lambda: d.add("Surname", colon, L(g.last.upper() if chance(rng, 0.6) else g.last, PER), "\n"),
        lambda: d.add("First name(s)", colon, L(g.first, PER), "\n"),
    ]
    rows2 = [
        lambda: d.add("Date of birth", colon, L(fmt_date(rng, dob, "en", reg, dob=True), DOB), "\n"),
        lambda: d.add("Place of birth", colon, L(city_of(rng, gloc), LOC), "\n"),
        lambda: d.t(f"Nationality{colon}{NATIONALITY_EN[gloc]}\n"),
    ]
    rng.shuffle(rows2)
    for r in rows + rows2:
        r()
    doc_type = ch(rng, ["Passport", "National ID card", "Passport"])
    exp = rand_date(rng, date(2026, 1, 1), date(2035, 12, 31))
    d.add(f"{doc_type} no.{colon}{passport_no(rng, gloc)}   Expiry{colon}", L(fmt_date(rng, exp, "en", reg), DT), "\n")
    ga = make_addr(rng, gloc)
    if chance(rng, 0.5):
        d.add("Home address", colon, L(ga.oneline(), ADR), "\n")
        d.add("Country", colon, L(COUNTRIES_EN[gloc], LOC), "\n")
    else:
        d.add("Street", colon, L(ga.street_field(), ADR), "\n")
        d.add("City", colon, L(ga.city, LOC), "\n")
        d.t(f"Postcode{colon}{ga.pc}\n")
        d.t(f"Country{colon}{ISO2[gloc]}\n")
    d.add("Mobile", colon, L(phone(rng, gloc, "mobile"), PH), "\n")
    if chance(rng, 0.8):
        d.add("E-mail", colon, L(email_for(rng, g), EM), "\n")
    if chance(rng, 0.35):
        d.t(f"Vehicle registration{colon}{plate(rng, gloc if gloc in ('de', 'fr', 'es', 'it', 'gb', 'us', 'nl', 'pt', 'pl', 'tr') else 'gb')}\n")
    if chance(rng, 0.4):
        c = make_person(rng, gloc)
        d.add("Accompanying guest", colon, L(c.full, PER), " (born ", L(fmt_date(rng, rand_dob(rng), "en", reg, dob=True), DOB), ")\n")
    if chance(rng, 0.5):
        d.t(f"Estimated time of arrival{colon}")
        d.add(L(tm(rng, "en", reg, (12, 23)), DT), "\n")
    d.t("\n[ ] I would like to receive news and offers by e-mail.\n[x] I have read the hotel's privacy notice.\n")
    d.add("\nSignature: ____________________    Date: ", L(fmt_date(rng, arr, "en", reg), DT), "\n")
    if chance(rng, 0.6):
        clerk = make_person(rng, hloc)
        d.add("Checked in by: ", L(clerk.first, PER), "\n")
    d.t(f"Data is retained for {ch(rng, ['12 months', '3 years', '1 year'])} as required by local registration law.")
    return d


RENTAL_MODELS = ["VW Golf 1.5 TSI", "Toyota Corolla Hybrid", "Skoda Octavia Estate", "Fiat 500", "BMW 320d Touring",
                 "Ford Mustang Convertible", "Kia Sportage", "Renault Clio", "Peugeot 2008", "Chevrolet Malibu",
                 "Jeep Wrangler", "Volvo XC60", "Tesla Model 3", "Seat Leon", "Opel Corsa"]


def k_car_rental(rng):
    d = Doc()
    brand, rdom = ch(rng, RENTALS)
    bloc = ch(rng, ["us", "us", "gb", "ie", "de", "es", "it", "fr", "pt", "ca", "au"])
    reg = reg_of(bloc)
    p, loc = traveler(rng)
    dob = rand_dob(rng, 1950, 2001)
    d.t(f"{brand.upper()}   RENTAL AGREEMENT   RA# {rng.randint(10000000, 99999999)}\n")
    d.t(ch(rng, ["=" * 60 + "\n", "-" * 48 + "\n", "\n"]))
    d.add("Renter: ", L(p.variant(rng, ("full", "lastfirst", "upper", "fml")), PER), "    DOB: ", L(fmt_date(rng, dob, "en", reg, dob=True), DOB), "\n")
    dlv, st = driver_license(rng, loc if loc in ("us", "gb", "de", "at", "fr", "es", "it", "nl", "pl", "pt", "ie", "au", "ca") else "us", p, dob)
    dlexp = rand_date(rng, date(2025, 6, 1), date(2034, 12, 1))
    d.add(f"Driver licence ({st}): ", L(dlv, DL), "   Exp: ", L(fmt_date(rng, dlexp, "en", reg), DT), "\n")
    ra = make_addr(rng, loc)
    d.add("Address: ", L(ra.oneline(", ", COUNTRIES_EN[loc] if loc != bloc else None), ADR), "\n")
    d.add("Phone: ", L(phone(rng, loc, "mobile"), PH))
    if chance(rng, 0.8):
        d.add("   Email: ", L(email_for(rng, p), EM))
    d.t("\n")
    if chance(rng, 0.35):
        q = make_person(rng, loc)
        qdl, qst = driver_license(rng, "us" if loc == "us" else ("gb" if loc == "gb" else "de" if loc in ("de", "at") else "fr" if loc == "fr" else "es" if loc == "es" else "us"), q, rand_dob(rng))
        d.add("Additional driver: ", L(q.full, PER), f"  DL ({qst}) ", L(qdl, DL), "  fee ", money(rng, 8, 15, "EUR" if bloc not in ("us", "gb", "ca", "au") else {"us": "USD", "gb": "GBP", "ca": "CAD", "au": "AUD"}[bloc]), "/day\n")
    out = rand_dt(rng)
    back = out + timedelta(days=rng.randint(1, 14), hours=rng.randint(-3, 3))
    d.t(f"\nVehicle: {ch(rng, RENTAL_MODELS)} | Group {ch(rng, ['CDMR', 'IDAR', 'SFAR', 'EDMN', 'PDAR'])} | Plate {plate(rng, bloc if bloc in ('us', 'gb', 'de', 'es', 'it', 'fr', 'pt') else 'gb')} | VIN {vin(rng)}\n")
    d.t(f"Fuel out: {ch(rng, ['8/8', 'Full', '4/4'])}   Odometer out: {rng.randint(3000, 89000):,} {'mi' if bloc == 'us' else 'km'}\n")
    br1 = make_addr(rng, bloc, business=True)
    d.add("Pick-up: ", L(br1.oneline(), ADR), " — ", L(fmt_dt(rng, out, "en", reg), DT), "\n")
    if chance(rng, 0.5):
        d.add("Return:  same location — ", L(fmt_dt(rng, back, "en", reg), DT), "\n")
    else:
        d.add("Return:  ", L(city_st(rng, bloc) if bloc in ("us", "ca", "au") else city_of(rng, bloc), LOC), " branch — ", L(fmt_dt(rng, back, "en", reg), DT), "\n")
    cur = {"us": "USD", "gb": "GBP", "ca": "CAD", "au": "AUD"}.get(bloc, "EUR")
    d.t(f"\nTime & mileage: {money(rng, 120, 900, cur)}   CDW: {ch(rng, ['accepted', 'declined'])}   Taxes/fees: {money(rng, 20, 150, cur)}\n")
    d.t(f"Estimated total: {money(rng, 200, 1500, cur)}   Deposit hold: {money(rng, 200, 800, cur)}\n")
    if chance(rng, 0.45):
        num, br = card(rng)
        exp = date(rng.randint(2026, 2030), rng.randint(1, 12), 1)
        d.add(f"Payment: {card_brand_name(br)} ", L(num, CC), "  exp ", L(f"{exp.month:02d}/{exp.year % 100:02d}", DT), "\n")
    else:
        d.t(f"Payment: {ch(rng, ['Visa', 'Mastercard', 'Amex'])} {masked_card(rng)}  auth code {rstr(rng, 6, UPALNUM)}\n")
    d.t(f"\nRoadside assistance: ")
    d.add(L(phone(rng, bloc, "tollfree" if bloc in ("us", "gb", "de", "es", "it", "fr", "pt", "ca") else None), PH), "\n")
    d.t("The renter confirms the vehicle was received in the condition shown on the damage diagram. Late returns are charged after a 29-minute grace period.\n")
    d.t("Renter signature: ________________   Counter agent: ")
    d.add(L(make_person(rng, bloc).first, PER), "\n")
    return d


US_CARRIERS = ["Veloxa Mobile", "Brightwave", "Altavia Telecom", "Kestrel Mobile"]


def k_port_out_request(rng):
    d = Doc()
    losing, ldom = ch(rng, TELCOS[:4])
    gaining = ch(rng, [t for t, _ in TELCOS[:4] if t != losing])
    loc = ch(rng, ["us", "us", "us", "ca"])
    p = make_person(rng, loc)
    reg = reg_of(loc)
    d.t(ch(rng, [f"PORT-OUT REQUEST (LSR) — {losing}\n", f"{losing} | Number Port-Out | Request detail\n", f"Port Out Request Form\nLosing carrier: {losing}\n"]))
    d.t(f"Request ID: PO-{rng.randint(2024, 2026)}-{digits(rng, 6)}   Gaining carrier: {gaining} (SPID {digits(rng, 4)})\n")
    d.t(f"LSR version: {ch(rng, ['2.3.0', '5.1', '3.0.2'])}   Ver: {rng.randint(1, 4)}\n\n")
    acc = telco_account(rng)
    pin = port_pin(rng)
    items = [
        lambda: d.add("Account holder: ", L(p.variant(rng, ("full", "upper", "lastfirst")), PER), "\n"),
        lambda: d.add("Billing account number: ", L(acc, ACC), "\n"),
        lambda: d.add(ch(rng, ["Account PIN: ", "Transfer PIN: ", "Port-out PIN: ", "Passcode: "]), L(pin, PWD), "\n"),
    ]
    rng.shuffle(items)
    for f in items:
        f()
    nums = [phone(rng, loc, "mobile") for _ in range(rng.randint(1, 3))]
    d.t("Telephone number(s) to port: ")
    for i, n in enumerate(nums):
        if i:
            d.t(", ")
        d.add(L(n, PH))
    d.t("\n")
    a = make_addr(rng, loc)
    d.add("Service address: ", L(a.oneline(), ADR), "\n")
    if loc == "us":
        d.t(f"SSN (last 4): {ch(rng, ['XXX-XX-', '***-**-', ''])}{digits(rng, 4)}\n")
    if chance(rng, 0.5):
        d.t(f"Device IMEI on account: {imei(rng)}\n")
    due = rand_dt(rng)
    d.add("Desired due date: ", L(fmt_date(rng, due.date(), "en", reg), DT))
    if chance(rng, 0.5):
        d.add("  time: ", L(fmt_time(rng, due.hour, due.minute, "en", reg), DT))
    d.t("\n")
    if chance(rng, 0.6):
        au = make_person(rng, loc)
        d.add("Authorized user: ", L(au.full, PER), "\n")
    d.t("\nStatus log\n")
    t0 = datetime.combine(due.date() - timedelta(days=rng.randint(1, 5)), datetime.min.time()) + timedelta(minutes=rng.randint(300, 1200))
    for stt in ["RECEIVED", "VALIDATION_PASSED", ch(rng, ["FOC_SENT", "PIN_MISMATCH", "CONFLICT", "FOC_SENT"]), ch(rng, ["ACTIVATED", "CANCELLED_BY_GAINING", "PENDING_CUSTOMER"])]:
        t0 += timedelta(minutes=rng.randint(2, 300))
        d.t(f"{log_ts(rng, t0, 1)}  {stt}  by {ch(rng, ['npac-gw', 'port-bot', 'soa-adapter'])}\n")
    if chance(rng, 0.7):
        ag = make_person(rng, ch(rng, ["us", "in", "ca"]))
        d.add("\nRep notes (", L(ag.first, PER), "): ",
              ch(rng, ["Customer called from ", "Verified by callback to ", "Gaining carrier rep asked to confirm PIN; customer reachable at "]),
              L(phone(rng, loc), PH), ". ", ch(rng, ["PIN re-issued via SMS.", "No port-out freeze on account.", "Account has port protection OFF.", "Advised customer of early termination fee."]), "\n")
    return d


def k_sim_swap_ticket(rng):
    d = Doc()
    telco, tdom = ch(rng, TELCOS[:6])
    loc = ch(rng, ["us", "gb", "gb", "ie", "au", "ca", "de", "nl"])
    p = make_person(rng, loc)
    reg = reg_of(loc)
    agent = make_person(rng, ch(rng, ["gb", "us", "in", "za", "ie"]))
    case = f"{ch(rng, ['SS', 'FRD', 'SIMX'])}-{rng.randint(2024, 2026)}-{digits(rng, 7)}"
    d.t(ch(rng, [f"SIM SWAP — FRAUD REVIEW        Case #{case}\n", f"[{telco} Fraud Ops] Ticket {case}: suspicious SIM replacement\n"]))
    d.t(f"Priority: {ch(rng, ['P1', 'P2', 'P3'])} | Queue: {ch(rng, ['Fraud Ops', 'Account Takeover', 'SIM Integrity'])} | Created by: ")
    d.add(L(agent.full, PER), "\n\n")
    msisdn = phone(rng, loc, "mobile")
    rows = [
        lambda: d.add("Subscriber: ", L(p.variant(rng, ("full", "upper", "fml")), PER), "\n"),
        lambda: d.add("MSISDN: ", L(msisdn, PH), "\n"),
        lambda: d.add("Account no.: ", L(telco_account(rng), ACC), "\n"),
        lambda: d.t(f"Old ICCID: {iccid(rng, ch(rng, ['44', '49', '31', '353', '61']))}\nNew ICCID: {iccid(rng, ch(rng, ['44', '49', '31']))}\n"),
        lambda: d.t(f"IMEI (last seen): {imei(rng)}   IMSI: {imsi(rng, ch(rng, ['234', '262', '204', '272']))}\n"),
    ]
    rng.shuffle(rows)
    for r in rows:
        r()
    chan = ch(rng, ["self-care web", "mobile app", "retail store", "telesales"])
    d.t(f"Request channel: {chan}\n")
    ip1 = ipv4(rng)
    if chan in ("self-care web", "mobile app"):
        d.add("Source IP: ", L(ip1, IP))
        if chance(rng, 0.5):
            d.add(f":{rng.randint(1024, 65000)}")
        if chance(rng, 0.5):
            d.add("  (IPv6 ", L(ipv6(rng), IP), ")")
        d.t(f"  ASN {rng.randint(1000, 65000)} · geo: ")
        d.add(L(ch(rng, WORLD_CITIES), LOC), "\n")
    elif chan == "retail store":
        sa = make_addr(rng, loc, business=True)
        d.add(f"Store #{rng.randint(100, 999)}: ", L(sa.oneline(), ADR), "\n")
    dob = rand_dob(rng)
    if chance(rng, 0.6):
        d.add("DOB on file: ", L(fmt_date(rng, dob, "en", reg, dob=True), DOB), "   (matched)\n")
    d.t("\nTimeline\n")
    t0 = rand_dt(rng)
    ev = [f"swap requested via {chan}", "OTP sent to +" + digits(rng, 2) + " ** *** " + digits(rng, 3), "OTP verified",
          f"password reset from {{IP}}", "new SIM activated", "bank OTP SMS delivered to new SIM", "customer contacted care"]
    for e in ev[: rng.randint(4, 7)]:
        t0 += timedelta(minutes=rng.randint(1, 40), seconds=rng.randint(0, 59))
        d.t(f"{log_ts(rng, t0, ch(rng, [0, 1]))}  ")
        if "{IP}" in e:
            a, b = e.split("{IP}")
            d.add(a, L(ip_any(rng), IP), b, "\n")
        else:
            d.t(e + "\n")
    d.t("\nAgent notes:\n")
    d.add(L(p.first, PER), ch(rng, [" called from a landline ", " called in from "]), L(phone(rng, loc, "land"), PH), " at ",
          L(tm(rng, "en", reg), DT), ch(rng, [" stating she", " stating he", " saying they"]),
          " did not request a new SIM and lost service around lunchtime. ",
          ch(rng, ["Bank was notified by the customer.", "Customer is travelling abroad.", "Customer has port protection enabled."]), "\n")
    d.t(f"Decision: {ch(rng, ['swap reverted, account locked 72h', 'escalated to L2', 'confirmed fraudulent, police report advised'])}. New account PIN set by customer in store.\n")
    if chance(rng, 0.4):
        d.add("Contact email confirmed: ", L(email_for(rng, p), EM), "\n")
    return d


ROAM_ZONES = {"Zone 1 (EU/EEA)": ["France", "Spain", "Italy", "Greece", "Portugal", "Croatia", "Germany", "Netherlands"],
              "Zone 2": ["Switzerland", "Türkiye", "Norway", "Iceland", "Serbia"],
              "Zone 3": ["United States", "Canada", "Mexico", "Thailand", "Japan", "South Africa", "Brazil", "Egypt", "Morocco"]}


def k_roaming_bill(rng):
    d = Doc()
    telco, tdom = ch(rng, TELCOS[:6])
    loc = ch(rng, ["gb", "gb", "ie", "us", "au", "ca"])
    reg = reg_of(loc)
    cur = {"gb": "GBP", "ie": "EUR", "us": "USD", "au": "AUD", "ca": "CAD"}[loc]
    p = make_person(rng, loc)
    a = make_addr(rng, loc)
    d.t(f"{telco}\n{ch(rng, ['Your bill', 'Monthly statement', 'INVOICE'])}   Invoice no. INV-{digits(rng, 9)}\n\n")
    d.add(L(p.variant(rng, ("full", "upper", "fml")), PER), "\n", L("\n".join(a.lines()), ADR), "\n\n")
    start = rand_date(rng)
    start = start.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    issued = end + timedelta(days=rng.randint(1, 6))
    d.add("Account number: ", L(telco_account(rng), ACC), "\n")
    d.add("Invoice date: ", L(fmt_date(rng, issued, "en", reg), DT), "\n")
    d.add("Billing period: ", L(fmt_date(rng, start, "en", reg), DT), " – ", L(fmt_date(rng, end, "en", reg), DT), "\n")
    d.add("Payment due: ", L(fmt_date(rng, issued + timedelta(days=14), "en", reg), DT), "\n")
    msisdn = phone(rng, loc, "mobile")
    d.add("Mobile number: ", L(msisdn, PH), f"   Plan: {ch(rng, ['Travel+ 15GB', 'Unlimited Max', 'Go Roam 30', 'SIM Only 50GB'])}\n\n")
    zone = ch(rng, list(ROAM_ZONES))
    ctry = ch(rng, ROAM_ZONES[zone])
    d.add(f"ROAMING — {zone} — ", L(ctry, LOC), "\n")
    d.t(ch(rng, ["Date/time            Number               Type        Duration   Amount\n",
                 "When | To | Type | Dur./Vol. | Charge\n"]))
    day = start + timedelta(days=rng.randint(0, 18))
    tot = 0.0
    rstyle = [ch(rng, ["{dd}/{mm}/{yyyy}", "{dd} {MMM}"] if reg != "us" else ["{mm}/{dd}/{yyyy}", "{MMM} {d}"])]
    calls = sorted(rand_dt(rng, day + timedelta(days=rng.randint(0, 6))) for _ in range(rng.randint(3, 7)))
    for when in calls:
        kind = ch(rng, ["voice", "voice", "sms", "data", "in"])
        d.add(L(fmt_date(rng, when.date(), "en", reg, styles=rstyle) + " " + f"{when.hour:02d}:{when.minute:02d}", DT), "  ")
        amt = rng.uniform(0.05, 9)
        tot += amt
        roam_loc = ch(rng, ["fr", "es", "it", "de", "pt", "nl", "tr", "us", "no"])
        if kind == "data":
            d.t(f"Data session (APN {ch(rng, ['internet', 'mobile.data', 'wap'])})  {rng.uniform(5, 900):.1f} MB  {amt:.2f}\n")
        elif kind == "in":
            d.add("Incoming from ", L(intl_phone(rng, roam_loc), PH), f"  {rng.randint(0, 25):02d}:{rng.randint(0, 59):02d}  {amt:.2f}\n")
        else:
            d.add(L(intl_phone(rng, ch(rng, [loc, roam_loc])), PH), "  ", "SMS" if kind == "sms" else "Voice out",
                  f"  {'' if kind == 'sms' else f'{rng.randint(0, 40):02d}:{rng.randint(0, 59):02d}  '}{amt:.2f}\n")
    d.t(f"Roaming subtotal: {money(rng, tot, tot + 0.001, cur)}\n\n")
    d.t(f"Monthly plan charge {money(rng, 10, 60, cur)}   Add-ons {money(rng, 0, 20, cur)}   VAT {money(rng, 2, 20, cur)}\n")
    d.t(f"TOTAL DUE {money(rng, 20, 140, cur)}\n\n")
    d.add(ch(rng, ["Paid by Direct Debit from account ending ", "Your payment will be collected from account ending "]), digits(rng, 4), " on or after ",
          L(fmt_date(rng, issued + timedelta(days=rng.randint(7, 14)), "en", reg), DT), ".\n")
    d.add("Questions about roaming charges? Visit ", L(url(rng, tdom, ch(rng, ["help/roaming", "roaming/rates"]), query=False), URL),
          " or call ", L(phone(rng, loc, "tollfree" if loc in ("gb", "us", "ca") else None), PH), " from your mobile.")
    return d


def k_loyalty_email(rng):
    d = Doc()
    brand, dom = ch(rng, [(a[0], a[2]) for a in AIRLINES] + HOTELS)
    prog = ch(rng, ["Miles", "Rewards", "Club", "Circle", "Privilege"])
    p, loc = traveler(rng)
    reg = reg_of(loc)
    em = email_for(rng, p)
    sent = rand_dt(rng)
    email_head(d, rng, (f"{brand} {prog}", role_email(rng, dom, "loyalty"), False), (p.full if chance(rng, 0.5) else None, em),
               (ch(rng, ["Your ", "Your monthly ", "Here's your "]), f"{brand} {prog} statement", ch(rng, ["", " – tier review inside", " 🎉"])), sent)
    d.t(ch(rng, [f"View this email in your browser: ", "Having trouble viewing? "]))
    d.add(L(url(rng, dom, f"email/view/{hexs(rng, 16)}", query=False), URL), "\n\n")
    if chance(rng, 0.5):
        d.add("Dear ", title(rng, p, "en") + " ", L(p.last, PER), ",\n\n")
    else:
        d.add("Hello ", L(p.first, PER), ",\n\n")
    tier = ch(rng, ["Silver", "Gold", "Platinum", "Blue", "Elite"])
    valid = sent.date() + timedelta(days=rng.randint(30, 500))
    d.add(f"Membership no. ", L(loyalty_no(rng), ACC), f"    Tier: {tier} (valid until ", L(fmt_date(rng, valid, "en", reg), DT), ")\n")
    bal = rng.randint(1000, 250000)
    d.t(f"Points balance: {bal:,}    Tier points this year: {rng.randint(0, 4000):,}\n\n")
    d.t("Recent activity\n")
    acts = sorted(sent.date() - timedelta(days=rng.randint(2, 200)) for _ in range(rng.randint(2, 5)))
    for dd in acts:
        kind = ch(rng, ["stay", "flight", "partner", "bonus"])
        d.add("  ", L(fmt_date(rng, dd, "en", reg, styles=["{d} {MMM} {yyyy}", "{dd}/{mm}/{yyyy}", "{MMM} {d}, {yyyy}"]), DT), "  ")
        if kind == "stay":
            d.add(f"Stay – {ch(rng, HOTELS)[0]}, ", L(ch(rng, WORLD_CITIES), LOC), f" ({rng.randint(1, 6)} nights)")
        elif kind == "flight":
            a1, a2 = rng.sample(list(AIRPORTS), 2)
            d.t(f"Flight {flightno(rng, ch(rng, AIRLINES)[1])} {a1}-{a2} ({ch(rng, ['Y', 'W', 'J'])})")
        elif kind == "partner":
            d.t(f"Partner – {ch(rng, ['Roadstar Rentals', 'Autovia', 'CityCab', 'Sunroute Car Rental'])}")
        else:
            d.t(ch(rng, ["Double points promotion", "Birthday bonus", "Survey reward"]))
        d.t(f"   +{rng.randint(50, 6000):,}\n")
    exp_pts = sent.date() + timedelta(days=rng.randint(20, 300))
    d.add(f"\n{rng.randint(500, 9000):,} points will expire on ", L(fmt_date(rng, exp_pts, "en", reg), DT), " unless you earn or redeem before then.\n")
    d.add("Redeem for flights, upgrades and hotel nights: ", L(url(rng, dom, "loyalty/redeem", query=True), URL), "\n")
    if chance(rng, 0.4):
        d.add("Need help? Our member line is ", L(phone(rng, ch(rng, ["us", "gb", "de"]), "tollfree" if chance(rng, 0.5) else "land"), PH), ".\n")
    d.add("\nYou are receiving this email because ", L(em, EM), " is subscribed to ", f"{brand} {prog} news. Unsubscribe: ",
          L(url(rng, dom, f"unsubscribe", query=True), URL))
    company_footer(d, rng, brand, brand_loc(dom), None)
    return d


def k_visa_form(rng):
    d = Doc()
    p, loc = traveler(rng, [l for l in EN_TRAVELER_LOCS if l not in ("us",)])
    reg = "gb"
    dest = ch(rng, ["United Kingdom", "Australia", "Canada", "United States", "New Zealand", "India", "Kenya"])
    ref_ = f"{ch(rng, ['GWF', 'ETA', 'EVW', 'AA'])}{digits(rng, 9)}"
    d.t(ch(rng, [f"Electronic Travel Authorisation — Application Summary\n", f"VISITOR VISA APPLICATION ({dest})\n",
                 f"Online visa application – print version\n"]))
    d.t(f"Application reference: {ref_}    Form version {ch(rng, ['2.4', '11.0.3', '7'])}\n\n")
    sst = rng.randrange(3)

    def sec(i):
        return ["{}. ".format(i), "Section {} – ".format("ABCD"[i - 1]), "PART {}: ".format(i)][sst]
    d.t(f"{sec(1)}Personal details\n")
    dob = rand_dob(rng)
    d.add("Surname / family name: ", L(p.last.upper(), PER), "\n")
    d.add("Given name(s): ", L(p.first.upper() if chance(rng, 0.5) else p.first, PER), "\n")
    if chance(rng, 0.3):
        d.t("Other names used: none\n")
    d.t(f"Sex: {'M' if p.gender == 'm' else 'F'}\n")
    d.add("Date of birth: ", L(fmt_date(rng, dob, "en", reg, dob=True), DOB), "\n")
    d.add("Place of birth: ", L(city_of(rng, loc), LOC), "    Country of birth: ", L(COUNTRIES_EN[loc], LOC), "\n")
    d.t(f"Nationality: {NATIONALITY_EN[loc]}\n")
    iss = rand_date(rng, date(2016, 1, 1), date(2025, 6, 1))
    d.add(f"Passport number: {passport_no(rng, loc)}   Issued: ", L(fmt_date(rng, iss, "en", reg), DT), "   Expires: ",
          L(fmt_date(rng, iss.replace(year=iss.year + 10) - timedelta(days=1), "en", reg), DT), "\n\n")
    d.t(f"{sec(2)}Contact details\n")
    a = make_addr(rng, loc)
    if chance(rng, 0.5):
        d.add("Home address: ", L(a.oneline(), ADR), "\n")
    else:
        d.add("Address line 1: ", L(a.street_field(), ADR), "\n", "Town/City: ", L(a.city, LOC), "\n")
        if a.region and loc in ("us", "ca", "au", "in", "br", "mx"):
            d.add("State/Province: ", L(a.region, LOC), "\n")
        d.t(f"Postal code: {a.pc or '—'}\nCountry: {ISO3[loc]}\n")
    d.add("Telephone: ", L(phone(rng, loc), PH), "\n")
    d.add("Email: ", L(email_for(rng, p), EM), "\n\n")
    d.t(f"{sec(3)}Travel plans\n")
    arr = rand_date(rng)
    d.add("Intended date of arrival: ", L(fmt_date(rng, arr, "en", reg), DT), "\n")
    d.t(f"Length of stay: {rng.randint(3, 60)} days   Purpose: {ch(rng, ['Tourism', 'Business meeting', 'Visiting family', 'Conference'])}\n")
    if chance(rng, 0.7):
        dl = {"United Kingdom": "gb", "Australia": "au", "Canada": "ca", "United States": "us"}.get(dest, "gb")
        ha = make_addr(rng, dl)
        d.add("Address during stay: ", L(ha.oneline(), ADR), "\n")
    if chance(rng, 0.6):
        host = make_person(rng, "gb")
        d.add("Contact/host in destination: ", L(host.full, PER), ", ", L(phone(rng, "gb"), PH), "\n")
    d.t(f"\n{sec(4)}Employment\n")
    d.t(f"Occupation: {ch(rng, ['Software engineer', 'Nurse', 'Teacher', 'Retired', 'Student', 'Sales manager', 'Architect'])}\n")
    if chance(rng, 0.6):
        ea = make_addr(rng, loc)
        d.add(f"Employer: {ch(rng, ['Hansen Logistik GmbH', 'Brightpath Consulting', 'Cascade Bio', 'Atelier Renard SARL', 'Tessellate AI'])}, ",
              L(ea.oneline(), ADR), "\n")
    d.t(f"\nFee paid: {money(rng, 10, 150, 'GBP')} by card {masked_card(rng)}\n")
    d.add("Declaration signed electronically on ", L(fmt_date(rng, arr - timedelta(days=rng.randint(5, 60)), "en", reg), DT), ".\n")
    return d


MANIFEST_COLS = {
    "last": ["last_name", "Surname", "LASTNAME", "family_name"],
    "first": ["first_name", "Given names", "FIRSTNAME", "given_name"],
    "dob": ["dob", "Date of birth", "DOB", "birth_date"],
    "nat": ["nationality", "Nat.", "NATIONALITY", "citizenship"],
    "pp": ["passport_no", "Passport", "PASSPORT_NO", "doc_number"],
    "ppx": ["passport_expiry", "Passport expiry", "PP_EXPIRY", "doc_expiry"],
    "mob": ["mobile", "Mobile", "PHONE", "contact_phone"],
    "em": ["email", "E-mail", "EMAIL", "contact_email"],
    "room": ["room_share", "Room", "ROOMING", "room_type"],
    "diet": ["dietary", "Dietary", "DIET", "notes"],
    "ice": ["emergency_contact", "Emergency contact", "ICE_NAME", "ice_contact"],
    "iceph": ["emergency_phone", "ICE phone", "ICE_PHONE", "ice_phone"],
}


def k_tour_manifest_csv(rng):
    d = Doc()
    op, odom = ch(rng, TOUR_OPS)
    style = rng.randrange(4)
    sep = ch(rng, [",", ",", ";", "\t", "|"])
    reg = "gb"
    dep = rand_date(rng)
    art, region = ch(rng, [("", "Andalusia"), ("", "Tuscany"), ("", "Patagonia"), ("the ", "Scottish Highlands"), ("", "Rajasthan"),
                           ("", "Hokkaido"), ("", "Cappadocia"), ("the ", "Algarve"), ("", "Norway"), ("", "Sicily")])
    d.add(f"# {op} — passenger manifest\n# Tour {letters(rng, 3)}{digits(rng, 3)} \"Highlights of {art}", L(region, LOC), "\" departing ",
          L(fmt_date(rng, dep, "en", reg, styles=["{yyyy}-{mm}-{dd}", "{d} {MMM} {yyyy}"]), DT), "\n")
    d.t(f"# exported by TourDesk {version(rng)} — {rng.randint(6, 16)} pax — CONFIDENTIAL\n")
    cols = ["last", "first", "dob", "nat", "pp", "ppx", "mob", "em"]
    if chance(rng, 0.5):
        cols.append("room")
    if chance(rng, 0.5):
        cols.append("diet")
    if chance(rng, 0.4):
        cols += ["ice", "iceph"]
    if chance(rng, 0.3):
        cols.remove("ppx")
    if chance(rng, 0.3):
        i, j = 2, 3
        cols[i], cols[j] = cols[j], cols[i]
    head = ["pax"] + [MANIFEST_COLS[c][style] for c in cols]
    d.t(sep.join(head) + "\n")
    quote = sep == "," and chance(rng, 0.5)
    dfmt = ch(rng, [["{yyyy}-{mm}-{dd}"], ["{dd}/{mm}/{yyyy}"], ["{dd}.{mm}.{yyyy}"], ["{d} {MMM} {yyyy}"]])
    n = rng.randint(3, 8)
    for i in range(n):
        p, loc = traveler(rng)
        d.t(str(i + 1))
        for c in cols:
            d.t(sep)
            q = '"' if quote and c in ("last", "first", "em", "diet", "ice") else ""
            d.t(q)
            if c == "last":
                d.e(p.last.upper() if style in (2, 1) and chance(rng, 0.7) else p.last, PER)
            elif c == "first":
                d.e(p.first, PER)
            elif c == "dob":
                d.e(_fmt(rand_dob(rng), dfmt[0], "en"), DOB)
            elif c == "nat":
                d.t(ISO3[loc] if style != 1 else NATIONALITY_EN[loc])
            elif c == "pp":
                d.t(passport_no(rng, loc))
            elif c == "ppx":
                d.e(_fmt(rand_date(rng, date(2026, 1, 1), date(2035, 1, 1)), dfmt[0], "en"), DT)
            elif c == "mob":
                if chance(rng, 0.9):
                    d.e(phone(rng, loc, "mobile"), PH)
            elif c == "em":
                if chance(rng, 0.85):
                    d.e(email_for(rng, p), EM)
            elif c == "room":
                d.t(ch(rng, ["TWN", "DBL", "SGL", f"share w/ pax {rng.randint(1, n)}"]))
            elif c == "diet":
                d.t(ch(rng, ["", "veg", "GF", "no nuts", "halal", "", "lactose-free"]))
            elif c == "ice":
                e_ = make_person(rng, loc)
                d.e(e_.full, PER)
            elif c == "iceph":
                d.e(phone(rng, loc), PH)
            d.t(q)
        d.t("\n")
    d.add(f"# tour leader: ", L(make_person(rng, "gb").full, PER), ", ", L(phone(rng, ch(rng, ["gb", "es", "it"]), "mobile"), PH), "\n")
    return d


def k_callcenter_qa(rng):
    d = Doc()
    telco, tdom = ch(rng, TELCOS[:6] + [(a[0], a[2]) for a in AIRLINES[:3]])
    loc = ch(rng, ["gb", "us", "ie", "au", "ca"])
    reg = reg_of(loc)
    agent = make_person(rng, ch(rng, ["gb", "in", "za", "us", "ie"]))
    evalr = make_person(rng, ch(rng, ["gb", "us"]))
    c = make_person(rng, loc)
    d.t(ch(rng, ["QUALITY ASSURANCE REVIEW", "QA Scorecard", "Call Quality Evaluation"]) + f" — recording #{digits(rng, 10)}\n")
    d.t(f"Line of business: {telco} — {ch(rng, ['Billing & Roaming', 'Retention', 'Tech Support', 'Bookings'])}\n")
    d.add("Agent: ", L(agent.full, PER), f" (ID A{digits(rng, 5)})  |  Evaluator: ", L(evalr.full, PER), "\n")
    d.t(f"Call duration: {rng.randint(2, 19):02d}:{rng.randint(0, 59):02d}   Hold time: {rng.randint(0, 4)}m {rng.randint(0, 59)}s\n")
    d.t(f"Scores — Greeting {rng.randint(3, 5)}/5 · Verification {rng.randint(1, 5)}/5 · Resolution {rng.randint(2, 5)}/5 · Compliance {ch(rng, ['PASS', 'FAIL'])}\n\n")
    d.t(ch(rng, ["Transcript (ASR, unredacted):\n", "--- transcript ---\n", "Transcript excerpt\n"]))
    t = rng.randint(2, 6)
    A = ch(rng, ["AGENT", "Agent", "A"])
    C = ch(rng, ["CALLER", "Customer", "C", "CUST"])
    pst = rng.randrange(3)

    def ln(who, *parts):
        nonlocal t
        stamp = [f"[{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d}] ", f"{t // 60:02d}:{t % 60:02d}  ", f"({t}s) "][pst]
        d.t(stamp + (A if who == "a" else C) + ": ")
        d.add(*parts)
        d.t("\n")
        t += rng.randint(3, 40)

    ln("a", f"Thanks for calling {telco}, this is ", L(agent.first, PER), ". Who am I speaking with today?")
    ln("c", ch(rng, ["Hi, it's ", "Yeah hi, ", "Hello, my name is "]), L(c.full if chance(rng, 0.7) else c.full.lower(), PER), ".")
    ln("a", "Thanks ", L(c.first, PER), ". For security, can I take the account number?")
    ln("c", ch(rng, ["Sure, it's ", "Um, ", "It should be "]), L(telco_account(rng) if "Air" not in telco else loyalty_no(rng), ACC), ".")
    vq = rng.sample(["dob", "addr", "email"], rng.randint(1, 3))
    for v in vq:
        if v == "dob":
            ln("a", "And your date of birth please?")
            ln("c", L(fmt_date(rng, rand_dob(rng), "en", reg, dob=True), DOB))
        elif v == "addr":
            a = make_addr(rng, loc)
            ln("a", "Can you confirm the first line of the address?")
            ln("c", L(a.street_field(), ADR), ch(rng, ["", ", that's the billing one", "."]) if True else "")
        else:
            ln("a", "And the email on the account?")
            ln("c", "It's ", L(email_for(rng, c), EM))
    issue = ch(rng, ["roam", "card", "flight"])
    if issue == "roam" or "Air" not in telco and issue == "flight":
        d0 = rand_date(rng)
        ln("c", "I was in ", L(ch(rng, ["Spain", "Turkey", "Morocco", "Thailand", "Switzerland", "Mexico", "Iceland"]), LOC), " from ",
           L(fmt_date(rng, d0, "en", reg), DT), " to ", L(fmt_date(rng, d0 + timedelta(days=rng.randint(3, 14)), "en", reg), DT),
           f" and got charged {money(rng, 30, 400, 'GBP' if loc == 'gb' else 'USD')} for data.")
        ln("a", "I can see a daily roaming pass was triggered. I'll apply a one-off credit as a goodwill gesture.")
    elif issue == "card":
        num, br = card(rng)
        exp = date(rng.randint(2026, 2031), rng.randint(1, 12), 1)
        ln("a", "I can take the outstanding balance now if you like. What's the long card number?")
        ln("c", L(num, CC))
        ln("a", "And the expiry?")
        ln("c", L(f"{exp.month:02d}/{exp.year % 100:02d}", DT), f", security code {digits(rng, 3)}")
    else:
        dd = rand_dt(rng)
        ln("c", "My flight on ", L(fmt_date(rng, dd.date(), "en", reg), DT), " was moved and I need to get to ", L(ch(rng, WORLD_CITIES), LOC), " by ",
           L(fmt_time(rng, dd.hour, dd.minute, "en", reg), DT), ".")
        ln("a", "Let me see what's available on the earlier departure.")
    if chance(rng, 0.5):
        ln("a", "Is ", L(phone(rng, loc, "mobile"), PH), " still the best number to reach you?")
        ln("c", ch(rng, ["Yes.", "Yep.", "That's right."]))
    ln("a", "Is there anything else I can help with today?")
    ln("c", ch(rng, ["No, that's all, thanks.", "No thank you.", "That's it, cheers."]))
    d.t("\nEvaluator notes:\n")
    notes = ["- Agent read back full card number and security code on a recorded line (PCI breach).",
             "- Verification incomplete: only one identifier checked.",
             "- Good empathy statement; offered goodwill credit within policy.",
             f"- Recording paused {ch(rng, ['late', 'correctly', 'never'])} during payment.",
             "- Hold etiquette not followed (no check-back at 60s)."]
    for n_ in rng.sample(notes, rng.randint(2, 4)):
        d.t(n_ + "\n")
    d.add("Coaching session booked with ", L(agent.first, PER), " for ", L(fmt_dt(rng, rand_dt(rng, hours=(9, 17)), "en", reg), DT), ".\n")
    return d


INSURERS = ["GlobeShield Travel", "Voyager Assist", "TerraCare International", "BlueHarbor Insurance", "Nordic Travel Medical"]
HOSPITALS = ["Hospital Quirónsalud", "Clínica San Rafael", "Siam Riverside International Hospital", "Hôpital Pasteur",
             "Ospedale San Giovanni", "Mater Private Hospital", "Klinikum am Park", "Hospital da Luz"]
ICD = [("S82.201A", "fracture of tibia"), ("A09", "gastroenteritis"), ("J18.9", "pneumonia"), ("T78.40XA", "allergic reaction"),
       ("S06.0X0A", "concussion"), ("K35.80", "acute appendicitis"), ("I21.4", "NSTEMI")]
DRUGS = ["amoxicillin 500 mg", "ibuprofen 400 mg", "ondansetron 4 mg", "enoxaparin 40 mg", "paracetamol 1 g", "ceftriaxone 1 g", "prednisolone 25 mg"]


def k_travel_insurance_claim(rng):
    d = Doc()
    ins = ch(rng, INSURERS)
    p, loc = traveler(rng, ["us", "gb", "gb", "ie", "ca", "au", "de", "nl", "dk", "se", "no"])
    reg = reg_of(loc)
    d.t(f"{ins} — {ch(rng, ['Medical Expenses Claim Form', 'Emergency Medical Claim', 'Claim form: medical & repatriation'])}\n")
    d.t(f"Claim no.: CLM-{digits(rng, 8)}   Received: via portal\n\n")
    d.t("1. Policyholder\n")
    d.add("Name: ", L(p.variant(rng, ("full", "fml", "lastfirst")), PER), "\n")
    d.add("Date of birth: ", L(fmt_date(rng, rand_dob(rng), "en", reg, dob=True), DOB), "\n")
    d.add(ch(rng, ["Policy / member no.: ", "Travel medical plan ID: ", "Membership number: "]), L(health_plan_no(rng), HPN), "\n")
    a = make_addr(rng, loc)
    d.add("Home address: ", L(a.block(rng, COUNTRIES_EN[loc] if chance(rng, 0.5) else None), ADR), "\n")
    d.add("Phone: ", L(phone(rng, loc, "mobile"), PH), "   Email: ", L(email_for(rng, p), EM), "\n")
    if loc in ("de", "nl", "dk", "se", "ie") and chance(rng, 0.7):
        d.add("EHIC card no.: ", L(ehic_no(rng), HPN), "\n")
    elif loc == "us" and chance(rng, 0.7):
        d.add(f"Primary health insurer: {ch(rng, ['Aetna', 'Cigna', 'UnitedHealthcare', 'Kaiser Permanente'])}, member ID ", L(health_plan_no(rng), HPN),
              f", group {digits(rng, 6)}\n")
    d.t("\n2. Incident\n")
    inc = rand_dt(rng)
    d.add("Date and time: ", L(fmt_dt(rng, inc, "en", reg), DT), "\n")
    d.add("Place: ", L(ch(rng, ["Málaga, Spain", "Phuket, Thailand", "Chamonix, France", "Naples, Italy", "Dublin, Ireland", "Lisbon, Portugal", "Innsbruck, Austria", "Cancún, Mexico"]), LOC), "\n")
    icd, desc = ch(rng, ICD)
    d.t(f"Diagnosis: {desc} (ICD-10 {icd})\n")
    hosp = ch(rng, HOSPITALS)
    d.t(f"Treating facility: {hosp}\n")
    d.add("Hospital MRN: ", L(mrn(rng), MRN), "\n")
    if chance(rng, 0.6):
        doc = make_person(rng, ch(rng, ["es", "it", "fr", "de", "pt", "gb"]))
        d.add("Treating physician: Dr. ", L(doc.full, PER), "\n")
    adm = inc.date()
    d.add("Admitted: ", L(fmt_date(rng, adm, "en", reg), DT), "   Discharged: ", L(fmt_date(rng, adm + timedelta(days=rng.randint(0, 6)), "en", reg), DT), "\n")
    d.t(f"Medication: {', '.join(rng.sample(DRUGS, 2))}\n\n")
    d.t("3. Expenses claimed\n")
    for item in rng.sample(["Emergency room", "In-patient stay", "X-ray/CT", "Pharmacy", "Taxi to hospital", "Extra hotel nights", "Flight home (rebooked)"], 3):
        d.t(f"  {item:<24}{money(rng, 20, 3000, 'EUR')}\n")
    d.t("\n4. Payment\n")
    if loc in LOC_IBAN:
        d.add("Account holder: ", L(p.full, PER), "\nIBAN: ", L(iban(rng, LOC_IBAN[loc]), IBAN), f"   BIC: {bic(rng, LOC_IBAN[loc])}\n")
    else:
        d.add("Account holder: ", L(p.full, PER), "\nAccount no.: ", L(digits(rng, ch(rng, [8, 10, 12])), ACC), f"   Routing/sort: {routing(rng) if loc == 'us' else digits(rng, 6)}\n")
    d.add("\nI declare the information above is true. Signed: ", L(p.full, PER), "  Date: ", L(fmt_date(rng, adm + timedelta(days=rng.randint(7, 40)), "en", reg), DT), "\n")
    return d


def k_medif_form(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    p, loc = traveler(rng)
    reg = reg_of(loc)
    d.t(f"{air} — MEDIF (Medical Information Form) Part {ch(rng, ['A', 'B', 'A+B'])}\n")
    d.t(f"Reference: MED-{digits(rng, 6)}    Booking ref: {pnr(rng)}\n\n")
    d.add("Passenger name: ", L(p.variant(rng, ("full", "airline", "lastfirst")), PER), "\n")
    d.add("Date of birth: ", L(fmt_date(rng, rand_dob(rng, 1930, 2015), "en", reg, dob=True), DOB), "\n")
    a1, a2 = rng.sample(list(AIRPORTS), 2)
    dep = rand_dt(rng)
    d.add(f"Flight: {flightno(rng, code)} {a1}-{a2} on ", L(fmt_date(rng, dep.date(), "en", reg), DT), "\n")
    d.t(f"Assistance: {ch(rng, ['WCHR', 'WCHS', 'WCHC', 'STCR', 'MEDA'])}  Oxygen: {ch(rng, ['no', 'yes, 2 L/min POC', 'yes, 4 L/min'])}\n\n")
    doc = make_person(rng, loc)
    d.add("Attending physician: ", ch(rng, ["Dr. ", "Dr ", ""]), L(doc.full, PER), "\n")
    d.t(f"NPI / licence: {digits(rng, 10)}\n")
    d.add("Physician phone: ", L(phone(rng, loc, "land"), PH), f" ext. {rng.randint(100, 9999)}" if chance(rng, 0.3) else "")
    if chance(rng, 0.5):
        d.add("   Fax: ", L(phone(rng, loc, "land"), PH))
    d.t("\n")
    if chance(rng, 0.6):
        d.add("Physician email: ", L(staff_email(rng, doc, ch(rng, ["meridianhealth.org", "cityclinic.net", "nhs.net", "charite-praxis.de"])), EM), "\n")
    icd, desc = ch(rng, ICD)
    d.t(f"Diagnosis: {desc} ({icd}); onset ")
    d.add(L(fmt_date(rng, dep.date() - timedelta(days=rng.randint(3, 60)), "en", reg), DT), "\n")
    d.t(f"Medication carried: {', '.join(rng.sample(DRUGS, 2))}\n")
    d.add("Hospital record no.: ", L(mrn(rng), MRN), "\n")
    if chance(rng, 0.5):
        d.add("Health insurance member ID: ", L(health_plan_no(rng), HPN), "\n")
    if chance(rng, 0.5):
        esc = make_person(rng, loc)
        d.add("Medical escort: ", L(esc.full, PER), " (", ch(rng, ["RN", "daughter", "paramedic", "spouse"]), ")\n")
    d.add("\nForm valid until ", L(fmt_date(rng, dep.date() + timedelta(days=rng.randint(1, 30)), "en", reg), DT),
          ". Return completed forms to ", L(f"medif@{dom}", EM), " at least 48 hours before departure.\n")
    return d


def k_postpaid_credit_app(rng):
    d = Doc()
    telco, tdom = ch(rng, TELCOS[:4])
    p = make_person(rng, "us")
    d.t(f"{telco} — New Postpaid Account Application\nStore #{rng.randint(1000, 9999)} · Rep ID {letters(rng, 2)}{digits(rng, 4)} · App ID {uuid4(rng)[:8]}\n\n")
    d.t("APPLICANT\n")
    dob = rand_dob(rng, 1950, 2004)
    d.add("Legal name: ", L(p.variant(rng, ("full", "fml", "upper")), PER), "\n")
    d.add("Date of birth: ", L(fmt_date(rng, dob, "en", "us", dob=True), DOB), "\n")
    d.add("SSN: ", L(ssn(rng), SSN), "\n")
    dlv, st = driver_license(rng, "us")
    d.add(f"ID type: Driver license ({st})   ID no.: ", L(dlv, DL), "   Exp: ", L(fmt_date(rng, rand_date(rng, date(2025, 6, 1), date(2032, 1, 1)), "en", "us"), DT), "\n")
    a = make_addr(rng, "us")
    d.add("Residential address: ", L(a.oneline(), ADR), f"   Years at address: {rng.randint(0, 25)}\n")
    d.add("Contact number: ", L(phone(rng, "us"), PH), "   Email: ", L(email_for(rng, p), EM), "\n")
    d.t(f"Employer: {ch(rng, ['Cascade Bio Inc.', 'Lumen Insights', 'Self-employed', 'Lakeview Unified Schools', 'Bluefinch Logistics'])}   Monthly income: {money(rng, 2000, 12000, 'USD')}\n\n")
    if chance(rng, 0.5):
        co = make_person(rng, "us")
        d.add("CO-APPLICANT: ", L(co.full, PER), "   SSN: ", L(ssn(rng), SSN), "   DOB: ", L(fmt_date(rng, rand_dob(rng), "en", "us", dob=True), DOB), "\n\n")
    d.t("CREDIT DECISION\n")
    d.t(f"Bureau: {ch(rng, ['Experian', 'TransUnion', 'Equifax'])}  Score band: {ch(rng, ['A', 'B', 'C', 'D'])}  Deposit required: {money(rng, 0, 400, 'USD')}\n")
    d.t(f"Lines approved: {rng.randint(1, 5)}   Decision code: {rstr(rng, 6, UPALNUM)}   Ref {digits(rng, 12)}\n")
    if chance(rng, 0.5):
        if chance(rng, 0.5):
            d.t(f"Note: ITIN 9{digits(rng, 2)}-{rng.randint(70, 88)}-{digits(rng, 4)} supplied first; an SSN is required for the bureau pull.\n")
        else:
            d.t(f"Note: duplicate test record {bad_ssn(rng)} (invalid area) purged from the queue.\n")
    d.add("\nAutopay: ", ch(rng, ["enrolled", "declined"]), "   Account number assigned: ", L(telco_account(rng), ACC), "\n")
    d.add("Applicant signature on file · ", L(fmt_date(rng, rand_date(rng), "en", "us"), DT), "\n")
    return d


# ---------------------------------------------------------------- configs / secrets
def k_pms_yaml(rng):
    d = Doc()
    hotel, hdom = ch(rng, HOTELS)
    dev = make_person(rng, ch(rng, ["gb", "de", "pl", "in", "pt", "us"]))
    svc = ch(rng, ["folio-sync", "channel-bridge", "rate-pusher", "guest-profile-sync", "keycard-gateway"])
    d.t(f"# {svc}.yaml — PMS <-> channel manager bridge for {hotel}\n")
    d.add("# maintainer: ", L(dev.full, PER), " <", L(staff_email(rng, dev, hdom), EM), ">\n")
    d.t(f"# generated {ch(rng, ['by helm', 'by ansible', 'manually'])}; config schema v{version(rng)}\n\n")
    d.t(f"service:\n  name: {svc}\n  version: {version(rng)}\n  region: {ch(rng, ['eu-central-1', 'eu-west-1', 'us-east-2'])}\n  replicas: {rng.randint(1, 6)}\n\n")
    q = ch(rng, ['"', "'", ""])
    d.add("pms:\n  base_url: ", L(f"https://api.{hdom}/pms/v{rng.randint(1, 4)}", URL), "\n")
    d.t(f"  client_id: {uuid4(rng)}\n")
    d.add(f"  client_secret: {q}", L(generic_secret(rng), SEC), f"{q}\n")
    d.t(f"  timeout_ms: {rng.choice([3000, 5000, 15000])}\n\n")
    user = ch(rng, ["folio_app", "pms_rw", "bridge", "svc_rates"])
    pw = password(rng).replace("@", "#").replace(":", "!").replace("/", "_").replace("?", "_")
    d.add("database:\n  dsn: ", f"postgres://{user}:", L(pw, PWD), f"@{ch(rng, ['db-prod-3.internal', 'pg-main.svc.cluster.local', 'rds-folio.cluster-ro.local'])}:5432/{ch(rng, ['folios', 'pms', 'rates'])}\n")
    d.t(f"  pool_size: {rng.randint(5, 40)}\n\n")
    if chance(rng, 0.7):
        d.add("payments:\n  provider: stripe\n  secret_key: ", L(stripe_key(rng), STRK), "\n")
        d.add(f"  webhook_signing_secret: {q}", L("whsec_" + rstr(rng, 32), SEC), f"{q}\n\n")
    if chance(rng, 0.6):
        d.add("notifications:\n  slack:\n    bot_token: ", L(slack_token(rng), SLK), "\n    channel: \"#pms-alerts\"\n")
        d.add("  on_call_phone: ", L(phone(rng, ch(rng, ["gb", "de", "us", "es"]), "mobile"), PH), "\n\n")
    d.t(f"smtp:\n  host: smtp.{hdom}\n  port: 587\n  user: folio-bot\n")
    if chance(rng, 0.7):
        d.add(f"  password: {q}", L(password(rng).replace("'", "").replace('"', ""), PWD), f"{q}\n")
    else:
        d.t("  password: ${SMTP_PASSWORD}\n")
    d.t(f"\nlogging:\n  level: {ch(rng, ['info', 'debug', 'warn'])}\n  sample_rate: 0.{rng.randint(1, 9)}\n")
    return d


def k_dotenv(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    app = ch(rng, ["booking-engine", "checkin-api", "ancillaries-svc", "ndc-gateway", "loyalty-portal"])
    d.t(f"# .env.{ch(rng, ['production', 'prod', 'staging'])} — {app}\n# DO NOT COMMIT (committed {rng.randint(2, 9)}x anyway)\n")
    lines = []
    lines.append(lambda: d.t(f"APP_ENV={ch(rng, ['production', 'staging'])}\nNODE_ENV=production\nPORT={ch(rng, ['3000', '8080', '8443'])}\n"))
    lines.append(lambda: d.add("APP_URL=", L(f"https://{ch(rng, ['book', 'checkin', 'api', 'my'])}.{dom}", URL), "\n"))
    lines.append(lambda: d.add("AWS_ACCESS_KEY_ID=", L(aws_akid(rng), AKID), "\nAWS_SECRET_ACCESS_KEY=", L(aws_secret(rng), ASK),
                               f"\nAWS_REGION={ch(rng, ['eu-west-1', 'eu-central-1', 'us-east-1'])}\nS3_BUCKET={code.lower()}-{ch(rng, ['eticket-pdfs', 'boarding-passes', 'invoices'])}\n"))
    lines.append(lambda: d.add("GDS_API_KEY=", L(rstr(rng, 32), SEC), "\nGDS_API_SECRET=", L(rstr(rng, 16), SEC), "\n"))
    lines.append(lambda: d.add("REDIS_URL=redis://:", L(rstr(rng, 24, ALNUM), PWD), f"@cache-{rng.randint(1, 4):02d}:6379/0\n"))
    lines.append(lambda: d.t("DATABASE_PASSWORD=${DB_PASSWORD}\nDATABASE_HOST=${DB_HOST:-localhost}\n"))
    lines.append(lambda: d.add("JWT_SIGNING_SECRET=", L(rstr(rng, 48, ALNUM + "-_"), SEC), f"\nJWT_TTL={ch(rng, ['3600', '900', '86400'])}\n"))
    if chance(rng, 0.6):
        lines.append(lambda: d.add("GITHUB_TOKEN=", L(gh_token(rng), GH), "\n"))
    if chance(rng, 0.5):
        lines.append(lambda: d.add("SLACK_BOT_TOKEN=", L(slack_token(rng), SLK), "\n"))
    if chance(rng, 0.5):
        lines.append(lambda: d.add("STRIPE_SECRET_KEY=", L(stripe_key(rng), STRK), "\nSTRIPE_WEBHOOK_SECRET=", L("whsec_" + rstr(rng, 32), SEC), "\n"))
    if chance(rng, 0.4):
        lines.append(lambda: d.add("SENDGRID_API_KEY=", L("SG." + rstr(rng, 22, B64URL) + "." + rstr(rng, 43, B64URL), SEC), "\n"))
    if chance(rng, 0.4):
        lines.append(lambda: d.add("SUPPORT_PHONE=", L(phone(rng, ch(rng, ["gb", "us", "de"]), "tollfree"), PH), "\nSUPPORT_EMAIL=", L(role_email(rng, dom), EM), "\n"))
    lines.append(lambda: d.t(f"FEATURE_FLAGS=seatmap_v2,ndc_offers,{ch(rng, ['apple_pay', 'upsell_bags'])}\nBUILD_SHA={hexs(rng, 40)}\n"))
    rng.shuffle(lines)
    for f in lines:
        f()
    return d


def k_k8s_secret(rng):
    d = Doc()
    svc = ch(rng, ["porting-gateway", "sim-provisioning", "hlr-adapter", "esim-smdp-client", "roaming-rater", "pms-bridge"])
    ns = ch(rng, ["telco-oss", "bss-prod", "provisioning", "hospitality"])
    d.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc}-credentials\n  namespace: {ns}\n  labels:\n    app.kubernetes.io/name: {svc}\n    app.kubernetes.io/version: \"{version(rng)}\"\n")
    if chance(rng, 0.5):
        owner = make_person(rng, ch(rng, ["se", "de", "gb", "nl", "pl"]))
        d.add("  annotations:\n    owner: ", L(staff_email(rng, owner, ch(rng, ["nordtel.se", "veloxa.com", "telvio.de", "altavia.net"])), EM), "\n")
    d.t("type: Opaque\ndata:\n")
    keys = rng.sample([("NPAC_API_KEY", SEC), ("SMPP_PASSWORD", PWD), ("DB_PASSWORD", PWD), ("WEBHOOK_SECRET", SEC),
                       ("HLR_CLIENT_SECRET", SEC), ("SFTP_PASSWORD", PWD), ("SIGNING_KEY", SEC), ("REDIS_PASSWORD", PWD),
                       ("OAUTH_CLIENT_SECRET", SEC), ("ADMIN_PASSWORD", PWD)], rng.randint(2, 5))
    for k, typ in keys:
        raw = password(rng) if typ == PWD else generic_secret(rng)
        d.add(f"  {k}: ", L(base64.b64encode(raw.encode()).decode(), typ), "\n")
    if chance(rng, 0.5):
        d.t(f"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {svc}-config\n  namespace: {ns}\ndata:\n")
        d.add("  UPSTREAM_URL: ", L(f"https://{ch(rng, ['npac', 'hlr', 'smdp', 'api'])}.{ch(rng, ['nordtel.se', 'veloxa.com', 'telvio.de'])}/v{rng.randint(1, 3)}", URL), "\n")
        d.t(f"  LOG_LEVEL: {ch(rng, ['info', 'debug'])}\n  RETRY_MAX: \"{rng.randint(1, 9)}\"\n")
        if chance(rng, 0.5):
            d.add("  PEER_IP: ", L(ipv4(rng, private=chance(rng, 0.5)), IP), "\n")
    return d


def k_gh_actions(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES + [("Hotel", "HT", h[1]) for h in HOTELS[:3]])
    app = ch(rng, ["checkin-api", "mobile-bff", "fare-cache", "pms-bridge", "crew-roster"])
    d.t(f"name: deploy-{app}\n\non:\n  push:\n    branches: [ main ]\n  workflow_dispatch: {{}}\n\n")
    d.t("env:\n  AWS_REGION: eu-west-1\n  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    leak = rng.sample(["gh", "slack", "aws", "bearer", "stripe"], rng.randint(1, 2))
    if "aws" in leak:
        d.add("  # TODO remove, temporary for the migration\n  AWS_ACCESS_KEY_ID_LEGACY: ", L(aws_akid(rng), AKID), "\n  AWS_SECRET_ACCESS_KEY_LEGACY: ", L(aws_secret(rng), ASK), "\n")
    d.t(f"\njobs:\n  deploy:\n    runs-on: ubuntu-{ch(rng, ['22.04', '24.04', 'latest'])}\n    steps:\n")
    d.t(f"      - uses: actions/checkout@{hexs(rng, 40)} # v4\n")
    d.t(f"      - uses: actions/setup-node@v4\n        with:\n          node-version: {ch(rng, ['18', '20', '22'])}\n")
    d.t("      - run: npm ci && npm test -- --ci\n")
    if "gh" in leak:
        d.add("      - name: Publish package\n        env:\n          NODE_AUTH_TOKEN: ", L(gh_token(rng), GH), "\n        run: npm publish\n")
    else:
        d.t("      - name: Publish package\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n        run: npm publish\n")
    if "stripe" in leak:
        d.add("      - name: Smoke test payments\n        run: STRIPE_KEY=", L(stripe_key(rng), STRK), " npm run smoke\n")
    if "bearer" in leak:
        d.add("      - name: Notify release tracker\n        run: |\n          curl -sf -X POST -H \"Authorization: Bearer ", L(rstr(rng, 40, ALNUM), SEC), "\" \\\n            ",
              L(f"https://releases.{dom}/api/v1/deployments?service={app}", URL), "\n")
    if "slack" in leak:
        d.add("      - name: Slack\n        uses: slackapi/slack-github-action@v1.26.0\n        env:\n          SLACK_BOT_TOKEN: ", L(slack_token(rng), SLK), "\n")
    else:
        d.t("      - name: Slack\n        uses: slackapi/slack-github-action@v1.26.0\n        env:\n          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}\n")
    return d


def k_api_dump(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    p, loc = traveler(rng)
    reg = reg_of(loc)
    pr = pnr(rng)
    d.t(ch(rng, ["--- captured request (debug=true) ---\n", "### request dump from api-gw pod " + rstr(rng, 5, string.ascii_lowercase + string.digits) + "\n"]))
    d.t(f"POST /v{rng.randint(2, 4)}/orders/{pr}/ancillaries HTTP/1.1\nHost: api.{dom}\n")
    d.add("Authorization: Bearer ", L(jwt_token(rng), JWT), "\n")
    d.add("X-Forwarded-For: ", L(ip_any(rng), IP), ", ", L(ipv4(rng, private=True), IP), "\n")
    d.t(f"X-Request-ID: {uuid4(rng)}\nX-Client-Timestamp: {rng.randint(1_700_000_000, 1_790_000_000)}\nUser-Agent: {air.split()[0]}App/{version(rng)} (iPhone; iOS 17.{rng.randint(0, 5)})\nContent-Type: application/json\n\n")
    dob = rand_dob(rng)
    num, br = card(rng)
    exp = date(rng.randint(2026, 2031), rng.randint(1, 12), 1)
    d.add('{"passenger": {"firstName": "', L(p.first, PER), '", "lastName": "', L(p.last, PER), '", "dateOfBirth": "',
          L(dob.isoformat(), DOB), '",\n  "email": "', L(email_for(rng, p), EM), '", "phone": "', L(phone(rng, loc, "mobile"), PH), '"},\n')
    d.add(' "payment": {"cardNumber": "', L(num.replace(" ", "").replace("-", ""), CC), '", "expiry": "', L(f"{exp.month:02d}/{exp.year}", DT),
          '", "holder": "', L(p.full.upper(), PER), '"},\n')
    d.t(f' "items": [{{"type": "SEAT", "seat": "{seat(rng)}", "segment": {rng.randint(1, 4)}}}, {{"type": "BAG", "weight": 23}}], "currency": "EUR", "amount": {rng.randint(15, 190)}.00}}\n')
    d.t(f"--- response 201 in {rng.randint(40, 900)} ms ---\n")
    t = rand_dt(rng)
    d.add(L(ipv4(rng), IP), f" - - {log_ts(rng, t, 3)} \"POST /v3/orders/{pr}/ancillaries HTTP/1.1\" 201 {rng.randint(200, 2000)} \"-\" \"{air.split()[0]}App\"\n")
    return d


def k_sftp_key_ticket(rng):
    d = Doc()
    vendor, vdom = ch(rng, [("FareStream", "farestream.net"), ("RateMatrix", "ratematrix.io"), ("ChannelHub", "channelhub.com"),
                            ("GDSLink", "gdslink.aero"), ("RoamClear", "roamclear.net")])
    cust = make_person(rng, ch(rng, ["gb", "de", "nl", "es", "pl", "in", "us"]))
    sup = make_person(rng, ch(rng, ["gb", "ie", "pt"]))
    dom = ch(rng, CORP_DOMAINS)
    d.t(f"[{vendor} Support] Ticket #{rng.randint(100000, 999999)} — {ch(rng, ['SFTP feed not delivering', 'Key rotation failed', 'Permission denied (publickey)'])}\n")
    d.add("Requester: ", L(cust.full, PER), " <", L(staff_email(rng, cust, dom), EM), ">\nPriority: High   Product: ", vendor, f" Connect {version(rng)}\n\n")
    d.add("Hi team,\n\nour overnight ", ch(rng, ["fare feed", "rate push", "TAP file drop", "availability feed"]), " stopped arriving after the key rotation on ",
          L(fmt_date(rng, rand_date(rng), "en", "gb"), DT), ". Here is the config we're using:\n\n")
    d.t(f"Host: sftp.{vdom}   Port: 22   User: {ch(rng, ['fares_ingest', 'rates_push', 'tap_drop'])}\nKey:\n")
    d.add(L(pem_key(rng), PEM), "\n")
    if chance(rng, 0.5):
        d.add("Passphrase: ", L(password(rng), PWD), "\n")
    d.add("\nCan you check on your side? You can reach me on ", L(phone(rng, cust.loc if cust.loc in CITIES else "gb"), PH), ".\n\nThanks,\n", L(cust.first, PER), "\n\n")
    d.t("---- reply ----\n")
    d.add("Hi ", L(cust.first, PER), ", please never paste private keys into tickets. We have revoked the key with fingerprint SHA256:",
          rstr(rng, 43, B64.replace("/", "").replace("+", "")), " and removed it from the allow-list. Please generate a new pair and upload only the public key.\n— ",
          L(sup.first, PER), ", ", vendor, " Support\n")
    return d


def k_rooming_list(rng):
    d = Doc()
    hotel, hdom = ch(rng, HOTELS)
    hloc = ch(rng, HOTEL_LOCS)
    reg = reg_of(hloc)
    grp = ch(rng, ["Cascade Bio Sales Kick-off", "Lumen Insights Offsite", "St. Aidan's Choir Tour", "Rotary Club Exchange", "Fjordtech Partner Summit", "Wedding Block"])
    op, odom = ch(rng, TOUR_OPS)
    arr = rand_date(rng)
    dep = arr + timedelta(days=rng.randint(2, 6))
    d.add(f"ROOMING LIST — {grp}\nHotel: {hotel}, ", L(city_of(rng, hloc), LOC), "\nArrival ", L(fmt_date(rng, arr, "en", reg), DT), " · Departure ", L(fmt_date(rng, dep, "en", reg), DT), "\n")
    ct = make_person(rng, ch(rng, ["gb", "us", "de"]))
    d.add("Group contact: ", L(ct.full, PER), ", ", L(phone(rng, ct.loc, "mobile"), PH), ", ", L(staff_email(rng, ct, odom), EM), "\n")
    d.t(f"Block code: {letters(rng, 3)}{digits(rng, 4)}   Cut-off: 21 days   Billing: master account\n\n")
    sep = ch(rng, ["\t", " | ", ";"])
    d.t(sep.join(["Type", "Guest 1", "Guest 2", "Arr", "Dep", "Notes"]) + "\n")
    dfm = ["{dd}/{mm}"] if reg != "us" else ["{mm}/{dd}"]
    for _ in range(rng.randint(4, 9)):
        g1, l1 = traveler(rng)
        typ = ch(rng, ["DBL", "TWN", "SGL", "KNG", "TRP"])
        d.t(typ + sep)
        d.add(L(f"{g1.last}, {g1.first}" if chance(rng, 0.6) else g1.full.upper(), PER), sep)
        if typ in ("DBL", "TWN", "KNG") and chance(rng, 0.7):
            g2 = make_person(rng, l1)
            if chance(rng, 0.4):
                g2.last = g1.last
            d.add(L(f"{g2.last}, {g2.first}" if chance(rng, 0.6) else g2.full.upper(), PER))
        d.t(sep)
        a_ = arr + timedelta(days=ch(rng, [0, 0, 0, 1]))
        d.add(L(fmt_date(rng, a_, "en", reg, styles=dfm), DT), sep, L(fmt_date(rng, dep, "en", reg, styles=dfm), DT), sep)
        note = ch(rng, ["", "", "late arr", "conn. rooms", "high floor", "VIP amenity", "crib", "ETA"])
        if note == "ETA":
            d.add("ETA ", L(tm(rng, "en", reg, (18, 23)), DT))
        else:
            d.t(note)
        d.t("\n")
    d.t(f"\nRooms: see above. Please confirm by reply to this message. Prepared by {op}.\n")
    return d


def k_expense_report(rng):
    d = Doc()
    emp, loc = traveler(rng, ["us", "gb", "de", "nl", "ie", "fr", "es", "dk"])
    reg = reg_of(loc)
    company = ch(rng, ["Cascade Bio", "Brightpath Consulting", "Tessellate AI", "Nordhavn", "Qualitas Ingeniería", "Hansen Logistik"])
    d.t(f"{company} — Travel Expense Report {ch(rng, ['ER', 'EXP', 'T&E'])}-{digits(rng, 6)}\n")
    d.add("Employee: ", L(emp.variant(rng, ("full", "lastfirst")), PER), f"  (emp. no. {digits(rng, 6)})   Cost centre: {digits(rng, 4)}-{letters(rng, 3)}\n")
    tripc = ch(rng, WORLD_CITIES)
    d.add("Trip: ", L(tripc, LOC), " — ", ch(rng, ["client workshop", "trade fair", "site visit", "sales meeting", "conference"]), "\n")
    start = rand_date(rng)
    d.add("Travel dates: ", L(fmt_date(rng, start, "en", reg), DT), " to ", L(fmt_date(rng, start + timedelta(days=rng.randint(1, 6)), "en", reg), DT), "\n\n")
    cur = ch(rng, ["EUR", "USD", "GBP"])
    semi = chance(rng, 0.5)
    d.t("Date;Merchant;City;Category;Amount\n" if semi else "Date        Merchant   City   Category   Amount\n")
    mr = rng.random()
    for i in range(rng.randint(3, 7)):
        dd = start + timedelta(days=rng.randint(0, 5))
        merch = ch(rng, [ch(rng, HOTELS)[0], ch(rng, AIRLINES)[0], "CityCab", "Uber *Trip", "Café Brennero", "Airport Express", ch(rng, RENTALS)[0], "Pret A Manger", "Shell"])
        cat = ch(rng, ["Lodging", "Airfare", "Taxi", "Meals", "Car rental", "Fuel", "Parking"])
        s = ";" if semi else "  "
        d.add(L(fmt_date(rng, dd, "en", reg, styles=["{yyyy}-{mm}-{dd}"] if semi else (["{mm}/{dd}/{yyyy}"] if reg == "us" else ["{dd}/{mm}/{yyyy}"])), DT), s, merch, s,
              L(tripc if chance(rng, 0.75) else ch(rng, WORLD_CITIES), LOC), s, cat, s, money(rng, 4, 700, cur, "en", r=mr), "\n")
    d.t(f"\nTotal claimed: {money(rng, 200, 3000, cur, 'en')}   Paid with corporate card {masked_card(rng)}: {money(rng, 100, 2000, cur, 'en')}\n")
    d.t("Reimbursement to employee: ")
    if loc in LOC_IBAN and chance(rng, 0.8):
        d.add("IBAN ", L(iban(rng, LOC_IBAN[loc]), IBAN), "\n")
    else:
        d.add("account ", L(digits(rng, 8), ACC), f" (sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)})\n" if loc == "gb" else f" (routing {routing(rng)})\n")
    ap = make_person(rng, loc)
    d.add("Approved by: ", L(ap.full, PER), " on ", L(fmt_date(rng, start + timedelta(days=rng.randint(8, 30)), "en", reg), DT), "\n")
    d.t(f"Policy check: {ch(rng, ['OK', '1 exception (hotel > cap)', 'receipt missing for item 3'])}\n")
    return d


def k_lost_baggage_pir(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    p, loc = traveler(rng)
    reg = reg_of(loc)
    a1, a2 = rng.sample(list(AIRPORTS), 2)
    fref = f"{a2}{code}{digits(rng, 5)}"
    d.t(ch(rng, ["PROPERTY IRREGULARITY REPORT (PIR)\n", f"{air} — Delayed Baggage Report\n"]))
    d.t(f"File reference: {fref}   Type: {ch(rng, ['AHL', 'DPR', 'OHD'])}\n\n")
    d.add("Name: ", L(p.variant(rng, ("lastfirst", "airline", "upper")), PER), f"   Title: {ch(rng, ['MR', 'MS', 'MRS', 'DR'])}\n")
    dep = rand_dt(rng)
    d.add(f"Routing: {a1}/{a2}   Flight: {flightno(rng, code)}/", L(fmt_date(rng, dep.date(), "en", reg, styles=["{dd}/{mm}/{yyyy}", "{d} {MMM} {yyyy}"]), DT), "\n")
    d.t(f"Bag tag: {code}{digits(rng, 6)}   Colour/type: {ch(rng, ['BK22X', 'BU02W', 'RD25H', 'GY22D'])}   Brand: {ch(rng, ['Samsonite', 'Rimowa', 'Delsey', 'American Tourister'])}\n")
    pa = make_addr(rng, loc)
    d.add("Permanent address: ", L(pa.oneline(", ", COUNTRIES_EN[loc]), ADR), "\n")
    until = dep.date() + timedelta(days=rng.randint(2, 12))
    ta = make_addr(rng, ch(rng, ["gb", "us", "de", "fr", "es", "it", "nl", "pt"]))
    d.add("Temporary address (until ", L(fmt_date(rng, until, "en", reg), DT), "): ", f"{ch(rng, HOTELS)[0]}, ", L(ta.oneline(), ADR), "\n")
    d.add("Phone: ", L(phone(rng, loc, "mobile"), PH), "   Email: ", L(email_for(rng, p), EM), "\n")
    d.t(f"Contents: {', '.join(rng.sample(['laptop charger', 'suit', 'medication', 'running shoes', 'camera', 'toiletries', 'gifts'], 3))}\n")
    d.add("Delivery window requested: ", L(tm(rng, "en", reg, (8, 12)), DT), " – ", L(tm(rng, "en", reg, (13, 20)), DT), "\n")
    d.t(f"Interim expenses allowance: {money(rng, 50, 150, 'EUR')} per day, max 5 days\n")
    d.add("Track your bag: ", L(url(rng, dom, f"baggage/track?ref={fref}", query=False), URL), "\n")
    ag = make_person(rng, "gb")
    d.add(f"Agent: ", L(ag.first.upper() if chance(rng, 0.5) else ag.first, PER), f" / station {a2}\n")
    return d


def k_transfer_sms(rng):
    d = Doc()
    op = ch(rng, ["SwiftTransfer", "AirportLink Cars", "Blue Coast Shuttles", "CityCab Executive"])
    p, loc = traveler(rng)
    tloc = ch(rng, ["pt", "es", "it", "tr", "gb", "fr"])
    drv = make_person(rng, tloc, gender="m")
    reg = reg_of(loc)
    svc = phone(rng, tloc, "land")
    d.add(f"SMS thread export — {op} — customer ", L(intl_phone(rng, loc, "mobile"), PH), "\n\n")
    t = rand_dt(rng)
    bk = f"TR-{digits(rng, 6)}"
    fmt = ch(rng, ["%d/%m %H:%M", "%H:%M", "%Y-%m-%d %H:%M:%S"])

    def msg(who, *parts):
        nonlocal t
        t += timedelta(minutes=rng.randint(1, 50))
        d.t(f"{t.strftime(fmt)}  {who}: ")
        d.add(*parts)
        d.t("\n")

    pick = t + timedelta(hours=rng.randint(3, 20))
    msg(op, "Hi ", L(p.first, PER), f", your transfer {bk} is confirmed for ", L(fmt_dt(rng, pick, "en", reg), DT),
        ". Your driver will wait in Arrivals holding a sign with your name.")
    msg(op, "Your driver today is ", L(drv.first, PER), f", {ch(rng, ['silver Skoda Superb', 'black Mercedes V-Class', 'white Toyota Prius'])} ", plate(rng, tloc),
        ". Driver mobile: ", L(intl_phone(rng, tloc, "mobile"), PH))
    msg("Customer", ch(rng, ["Landed but bags delayed, maybe 30 min", "running late, ETA 20 min", "ok thanks, see you soon"]))
    msg(op, ch(rng, ["No problem, waiting time is free for 60 minutes.", "Noted, driver informed."]))
    if chance(rng, 0.7):
        back = pick + timedelta(days=rng.randint(2, 10))
        ha = make_addr(rng, tloc, business=True)
        msg("Customer", "Can you also book the return? Pickup from ", L(ha.oneline(), ADR), " on ", L(fmt_dt(rng, back, "en", reg), DT))
        msg(op, f"Done, return booking {f'TR-{digits(rng, 6)}'}. Total {money(rng, 30, 140, 'EUR')}, payable to driver.")
    msg(op, "Questions? Call ", L(svc, PH), " or reply to this message. Reply STOP to opt out.")
    return d


def k_vcard(rng):
    d = Doc()
    agency = ch(rng, [t[0] for t in TOUR_OPS])
    nrec = rng.randint(2, 3)
    d.t(f"// contacts export from {agency} CRM — {nrec} records\n")
    for _ in range(nrec):
        p, loc = traveler(rng)
        a = make_addr(rng, loc)
        ver = ch(rng, ["3.0", "4.0"])
        d.t("BEGIN:VCARD\nVERSION:" + ver + "\n")
        mid = p.middle or ""
        d.add("N:", L(f"{p.last};{p.first};{mid}" if mid else f"{p.last};{p.first}", PER), ";;\n" if mid else ";;;\n")
        d.add("FN:", L(p.fml, PER), "\n")
        if chance(rng, 0.5):
            d.t(f"ORG:{ch(rng, ['Cascade Bio', 'Nordhavn A/S', 'Freelance', 'Atelier Renard'])}\n")
        if ver == "4.0" and chance(rng, 0.6):
            d.add("TEL;VALUE=uri;TYPE=cell:tel:", L(intl_phone(rng, loc, "mobile").replace(" ", "-"), PH), "\n")
        else:
            d.add(f"TEL;TYPE={ch(rng, ['cell', 'CELL', 'voice,cell'])}:", L(phone(rng, loc, "mobile"), PH), "\n")
        if chance(rng, 0.4):
            d.add("TEL;TYPE=work:", L(phone(rng, loc, "land"), PH), "\n")
        d.add("EMAIL;TYPE=INTERNET:", L(email_for(rng, p), EM), "\n")
        street = a.street + (f", {a.post}" if a.post else "")
        if a.pre:
            street = f"{a.pre}, {street}"
        region = a.region if a.loc in ("us", "ca", "au", "br", "it", "in", "mx") else ""
        adr = f"{street};{a.city};{region};{a.pc or ''};{COUNTRIES_EN[loc]}"
        d.add("ADR;TYPE=home:;;", L(adr, ADR), "\n")
        bd = rand_dob(rng)
        d.add("BDAY:", L(ch(rng, [bd.strftime("%Y%m%d"), bd.isoformat()]), DOB), "\n")
        if chance(rng, 0.5):
            d.t(f"NOTE:{ch(rng, ['prefers aisle seat', 'vegetarian', 'Gold member', 'travels with dog (Biscuit)', 'repeat client since 2019'])}\n")
        d.t(f"REV:{datetime(2025, 1, 1).strftime('%Y%m%d')}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00Z\nUID:{uuid4(rng)}\nEND:VCARD\n")
    return d


def k_ics_invite(rng):
    d = Doc()
    kind = ch(rng, ["consulate", "hotel", "tour", "flight"])
    p, loc = traveler(rng)
    org = make_person(rng, ch(rng, ["gb", "us", "de", "fr", "es"]))
    odom = ch(rng, CORP_DOMAINS + [h[1] for h in HOTELS])
    d.t("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//" + ch(rng, ["Google Inc//Google Calendar 70.9054//EN", "Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "TripSync//ics 2.1//EN"]) + "\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    start = rand_dt(rng, hours=(7, 20))
    end = start + timedelta(minutes=rng.choice([30, 45, 60, 90, 180]))
    tz = ch(rng, ["Europe/London", "Europe/Berlin", "Europe/Madrid", "America/New_York", "Europe/Lisbon", "Asia/Tokyo"])
    d.t(f"DTSTAMP:{(start - timedelta(days=rng.randint(2, 40))).strftime('%Y%m%dT%H%M%SZ')}\nUID:{uuid4(rng)}\n")
    d.add(f"DTSTART;TZID={tz}:", L(start.strftime("%Y%m%dT%H%M%S"), DT), "\n")
    d.add(f"DTEND;TZID={tz}:", L(end.strftime("%Y%m%dT%H%M%S"), DT), "\n")
    if kind == "consulate":
        d.t(f"SUMMARY:Visa appointment – biometrics ({ch(rng, ['VFS', 'TLScontact', 'BLS'])})\n")
        la = make_addr(rng, ch(rng, ["gb", "de", "fr", "es", "us", "it"]), business=True)
        d.add("LOCATION:", L(la.oneline("\\, "), ADR), "\n")
        d.t(f"DESCRIPTION:Bring passport and printed confirmation. Ref {letters(rng, 3)}{digits(rng, 7)}.\\n")
    elif kind == "hotel":
        hn, hd = ch(rng, HOTELS)
        la = make_addr(rng, ch(rng, HOTEL_LOCS), business=True)
        d.t(f"SUMMARY:Check-in {hn}\n")
        d.add("LOCATION:", L(la.oneline("\\, "), ADR), "\n")
        d.add(f"DESCRIPTION:Confirmation {digits(rng, 9)}. Front desk: ", L(phone(rng, la.loc, "land"), PH), "\\n")
    elif kind == "tour":
        d.t(f"SUMMARY:Walking tour — meeting point\n")
        d.add("LOCATION:", L(ch(rng, WORLD_CITIES), LOC), "\n")
        d.add("DESCRIPTION:Guide: ", L(make_person(rng, ch(rng, ["it", "es", "pt", "fr"])).full, PER), f". Voucher {rstr(rng, 8, UPALNUM)}\\n")
    else:
        air, code, dom = ch(rng, AIRLINES)
        a1, a2 = rng.sample(list(AIRPORTS), 2)
        d.t(f"SUMMARY:Flight {flightno(rng, code)} {a1} → {a2}\n")
        d.add("LOCATION:", L(AIRPORTS[a1], LOC), f" ({a1})\n")
        d.add(f"DESCRIPTION:Booking {pnr(rng)}. Manage: ", L(url(rng, dom, "manage-booking", query=True), URL), "\\n")
    d.t("\n")
    d.add(f"ORGANIZER;CN=", L(org.full, PER), ":mailto:", L(staff_email(rng, org, odom), EM), "\n")
    d.add(f"ATTENDEE;CN=", L(p.full, PER), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:", L(email_for(rng, p), EM), "\n")
    d.t(f"CREATED:{(start - timedelta(days=rng.randint(40, 90))).strftime('%Y%m%dT%H%M%SZ')}\nLAST-MODIFIED:{(start - timedelta(days=rng.randint(1, 30))).strftime('%Y%m%dT%H%M%SZ')}\nSEQUENCE:{rng.randint(0, 3)}\n")
    d.t("BEGIN:VALARM\nTRIGGER:-PT1H\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")
    return d


def k_hl7_travel_clinic(rng):
    d = Doc()
    clinic = ch(rng, ["TRAVELMED", "PASSPORTHLTH", "GLOBALVAX", "TROPCLINIC"])
    p, loc = traveler(rng, ["us"] * 5 + ["ca"])
    a = make_addr(rng, loc)
    ts = rand_dt(rng)
    d.t(f"MSH|^~\\&|{clinic}|{ch(rng, ['MAIN', 'SITE2', 'DT'])}|EHR|HOSP|{ts.strftime('%Y%m%d%H%M%S')}||ADT^A04|{digits(rng, 10)}|P|2.5.1\r\n")
    d.t(f"EVN|A04|{ts.strftime('%Y%m%d%H%M')}\r\n")
    dob = rand_dob(rng)
    mid = p.middle or ""
    nm = f"{fold(p.last).upper()}^{fold(p.first).upper()}" + (f"^{mid}" if mid else "")
    xad = f"{a.street.upper()}" + (f"^{a.post.upper()}" if a.post else "^") + f"^{a.city.upper()}^{a.region}^{a.pc}"
    d.add(f"PID|1||", L(mrn(rng), MRN), f"^^^{clinic}^MR||", L(nm, PER), "||", L(dob.strftime("%Y%m%d"), DOB), f"|{'M' if p.gender == 'm' else 'F'}|||",
          L(xad, ADR), "||", L(phone(rng, loc), PH), "|||", ch(rng, ["S", "M", "D"]), "||", L(digits(rng, 9), ACC), "\r\n")
    doc = make_person(rng, loc)
    d.add(f"PV1|1|O|{clinic}^^^TRAVEL||||{digits(rng, 10)}^", L(f"{fold(doc.last).upper()}^{fold(doc.first).upper()}", PER), "^^^DR|||||||||||",
          f"{digits(rng, 8)}\r\n")
    if chance(rng, 0.7):
        ins = make_person(rng, loc)
        ins.last = p.last if chance(rng, 0.5) else ins.last
        f = {1: "1", 2: ch(rng, ["PPO", "HMO", "EPO"]), 3: digits(rng, 5), 4: ch(rng, ["AETNA", "CIGNA", "BCBS", "UHC"]),
             8: digits(rng, 6), 16: L(f"{fold(ins.last).upper()}^{fold(ins.first).upper()}", PER), 17: ch(rng, ["01", "02", "18"]),
             18: L(rand_dob(rng).strftime("%Y%m%d"), DOB), 36: L(health_plan_no(rng), HPN)}
        d.t("IN1")
        for i in range(1, 37):
            d.t("|")
            v = f.get(i)
            if v is not None:
                d.add(v)
        d.t("\r\n")
    vax = ch(rng, [("YF", "Yellow fever vaccine", "184"), ("TYP", "Typhoid Vi", "101"), ("HEPA", "Hepatitis A adult", "52"), ("JE", "Japanese encephalitis", "134")])
    d.t(f"OBX|1|CE|{ch(rng, ['30956-7', '69764-9'])}^Vaccine type^LN||{vax[2]}^{vax[1]}^CVX||||||F\r\n")
    d.add(f"NTE|1||Pre-travel consult for trip to ", L(ch(rng, ["Kenya", "Peru", "Vietnam", "Ghana", "Brazil", "India", "Uganda"]), LOC),
          " departing ", L(rand_date(rng).strftime("%m/%d/%Y"), DT), "\r\n")
    return d


def k_fhir_travel_clinic(rng):
    d = Doc()
    p, loc = traveler(rng, ["us", "us", "us", "ca", "gb", "au"])
    a = make_addr(rng, loc)
    dob = rand_dob(rng)
    lu = rand_dt(rng)
    ind = ch(rng, [2, 4])
    sp = " " * ind
    d.t("{\n" + sp + '"resourceType": "Patient",\n' + sp + f'"id": "{uuid4(rng)}",\n')
    d.t(sp + f'"meta": {{"versionId": "{rng.randint(1, 9)}", "lastUpdated": "{lu.strftime("%Y-%m-%dT%H:%M:%S")}.{rng.randint(100, 999)}+00:00"}},\n')
    d.add(sp, '"identifier": [{"system": "urn:oid:2.16.840.1.113883.3.', digits(rng, 4), '", "type": {"text": "MRN"}, "value": "', L(mrn(rng), MRN), '"}')
    if chance(rng, 0.6):
        d.add(',\n' + sp * 2 + '{"system": "urn:oid:2.16.840.1.113883.4.3.42", "type": {"text": "Member ID"}, "value": "', L(health_plan_no(rng), HPN), '"}')
    d.t("],\n")
    d.add(sp, '"name": [{"use": "official", "family": "', L(p.last, PER), '", "given": ["', L(p.first, PER), '"]}],\n')
    d.add(sp, '"telecom": [{"system": "phone", "value": "', L(phone(rng, loc, "mobile"), PH), '", "use": "mobile"}, {"system": "email", "value": "', L(email_for(rng, p), EM), '"}],\n')
    d.add(sp, f'"gender": "{"male" if p.gender == "m" else "female"}",\n', sp, '"birthDate": "', L(dob.isoformat(), DOB), '",\n')
    line = a.street + (f", {a.post}" if a.post else "")
    if a.pre:
        line = f"{a.pre}, {line}"
    d.add(sp, '"address": [{"use": "home", "line": ["', L(line, ADR), '"], "city": "', L(a.city, LOC), '"')
    if a.region:
        d.add(', "state": "', L(a.region, LOC), '"')
    d.t(f', "postalCode": "{a.pc}", "country": "{ISO2[loc]}"}}],\n')
    d.t(sp + '"communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "en-US"}]}}],\n')
    d.add(sp, '"extension": [{"url": "', L("http://hl7.org/fhir/StructureDefinition/patient-nationality", URL),
          '", "valueCodeableConcept": {"text": "' + NATIONALITY_EN[loc] + '"}}]\n}\n')
    return d


def k_conference_invite(rng):
    d = Doc()
    host = make_person(rng, ch(rng, ["gb", "us", "de", "nl", "es"]))
    dom = ch(rng, CORP_DOMAINS + [a[2] for a in AIRLINES])
    topic = ch(rng, ["Q3 interline settlement review", "Roaming partner TAP reconciliation", "Group sales – summer allotments", "PMS migration go/no-go", "NDC content workshop"])
    plat = ch(rng, ["Zoom", "Teams", "Webex"])
    st = rand_dt(rng, hours=(8, 17))
    reg = ch(rng, ["us", "gb"])
    d.add(L(host.full, PER), " is inviting you to a scheduled ", plat, " meeting.\n\n")
    d.t(f"Topic: {topic}\n")
    d.add("Time: ", L(fmt_dt(rng, st, "en", reg), DT), f" ({ch(rng, ['UTC', 'CET', 'GMT+1', 'ET', 'Europe/London', 'America/New_York'])})\n")
    mid = f"{rng.randint(800, 999)} {digits(rng, 4)} {digits(rng, 4)}"
    if plat == "Zoom":
        d.add("\nJoin Zoom Meeting\n", L(f"https://{ch(rng, ['us02web', 'us06web', 'eu01web'])}.zoom.us/j/{mid.replace(' ', '')}?pwd={rstr(rng, 32)}", URL), "\n\n")
        d.add(f"Meeting ID: {mid}\nPasscode: ", L(meeting_passcode(rng), PWD), "\n\n")
    elif plat == "Teams":
        d.add("\nJoin on your computer, mobile app or room device\n", L(f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{rstr(rng, 40)}%40thread.v2/0", URL), "\n")
        d.add(f"Meeting ID: {mid}\nPasscode: ", L(rstr(rng, 6, ALNUM), PWD), "\n\n")
    else:
        d.add("\nJoin: ", L(f"https://{ch(rng, ['skyvoyager', 'veloxa', 'nordtel'])}.webex.com/meet/{fold(host.first).lower()}.{fold(host.last).lower().replace(' ', '')}", URL), "\n")
        d.add(f"Access code: {mid}\nMeeting password: ", L(meeting_passcode(rng), PWD), "\n\n")
    d.t("Dial by your location\n")
    for l_ in rng.sample(["us", "gb", "de", "nl", "es", "fr", "it"], rng.randint(2, 4)):
        d.add("    ", L(phone(rng, l_, "land"), PH), f" ({ISO2[l_]})\n")
    if chance(rng, 0.5):
        d.add("\nFind your local number: ", L(f"https://{ch(rng, ['us02web', 'eu01web'])}.zoom.us/u/{rstr(rng, 10)}", URL) if plat == "Zoom" else L(url(rng, dom, "dial-in", query=False), URL), "\n")
    d.add("\nAgenda and pre-read are attached. Questions to ", L(staff_email(rng, host, dom), EM), ".\n")
    return d


def k_chargeback_letter(rng):
    d = Doc()
    hotel, hdom = ch(rng, HOTELS)
    hloc = ch(rng, HOTEL_LOCS)
    ha = make_addr(rng, hloc, business=True)
    p, loc = traveler(rng)
    reg = reg_of(hloc)
    mgr = make_person(rng, hloc)
    d.add(hotel, "\n", L(ha.block(rng), ADR), "\n\n")
    d.add(L(fmt_date(rng, rand_date(rng), "en", reg), DT), "\n\n")
    d.t(f"{ch(rng, ['Card Services – Disputes', 'Chargeback Department', 'Acquirer Dispute Unit'])}\n{ch(rng, ['Worldpay', 'Adyen', 'Elavon', 'Nexi', 'Global Payments'])}\n\n")
    d.t(f"Re: Chargeback case {digits(rng, 10)} — reason code {ch(rng, ['13.1', '13.2', '4853', '4837', '10.4'])}\n")
    num, br = card(rng)
    if chance(rng, 0.5):
        d.add(f"Cardholder: ", L(p.full, PER), f"   Card: {card_brand_name(br)} ", L(num, CC), "\n\n")
    else:
        d.add(f"Cardholder: ", L(p.full, PER), f"   Card: {masked_card(rng)}\n\n")
    arr = rand_date(rng)
    dep = arr + timedelta(days=rng.randint(1, 5))
    d.add("Dear Sir or Madam,\n\nWe write in response to the above dispute. ", L(p.full, PER), " stayed with us from ",
          L(fmt_date(rng, arr, "en", reg), DT), " to ", L(fmt_date(rng, dep, "en", reg), DT), f" in room {rng.randint(101, 990)} under confirmation {digits(rng, 8)}. ")
    d.add("The guest signed the registration card at check-in at ", L(tm(rng, "en", reg, (14, 23)), DT),
          ch(rng, [" and used the room and the restaurant throughout the stay", " and the keycard log shows entries on every night", ""]), ". ")
    d.add(f"The amount of {money(rng, 150, 2500, HOTEL_CUR[hloc])} was authorised on ", L(fmt_date(rng, arr, "en", reg), DT), " and settled on departure.\n\n")
    d.add("Enclosed: signed folio, registration card, keycard audit trail, and our correspondence with the guest at ", L(email_for(rng, p), EM), ".\n")
    d.add("\nYours faithfully,\n", L(mgr.full, PER), f"\n{ch(rng, ['Front Office Manager', 'Credit Manager', 'Revenue & Finance'])}\n", "Tel. ", L(phone(rng, hloc, "land"), PH), "\n")
    return d


def k_crm_notes(rng):
    d = Doc()
    telco, tdom = ch(rng, TELCOS[:6])
    loc = ch(rng, ["gb", "us", "ie", "au", "ca"])
    reg = reg_of(loc)
    p = make_person(rng, loc)
    acc = telco_account(rng)
    d.add(f"{telco} CRM — Account interaction history\nAccount: ", L(acc, ACC), "   Holder: ", L(p.variant(rng, ("full", "upper", "lastfirst")), PER),
          f"   Segment: {ch(rng, ['Consumer', 'SoHo', 'Consumer – Premium'])}\n\n")
    t = rand_dt(rng)
    ag_inits = [f"{letters(rng, 2)}{digits(rng, 3)}" for _ in range(3)]
    notes = []
    newph = phone(rng, loc, "mobile")
    na = make_addr(rng, loc)
    notes.append(lambda: d.add("Customer requested address change to ", L(na.oneline(), ADR), ". Proof of address received (utility bill)."))
    notes.append(lambda: d.add("Added secondary contact number ", L(newph, PH), ". Customer prefers calls after ", L(tm(rng, "en", reg, (16, 19)), DT), "."))
    notes.append(lambda: d.add("Port-out PIN reset at customer request; new PIN ", L(port_pin(rng), PWD), " read back and confirmed."))
    rel = make_person(rng, loc)
    notes.append(lambda: d.add("Customer's ", ch(rng, ["daughter", "son", "partner", "carer"]), " ", L(rel.first, PER),
                               " added as authorised user (verbal consent, call recording ", digits(rng, 9), ")."))
    notes.append(lambda: d.add("Roaming bolt-on added for trip to ", L(ch(rng, ["Portugal", "Croatia", "Japan", "Canada", "Greece", "Morocco"]), LOC),
                               " starting ", L(fmt_date(rng, rand_date(rng), "en", reg), DT), ". Cost ", money(rng, 5, 30, 'GBP' if loc == 'gb' else 'USD'), "."))
    notes.append(lambda: d.add(L(rel.first, PER), "'s SIM (", L(phone(rng, loc, "mobile"), PH), ") moved onto the family plan; ", L(p.first, PER), "'s allowance unchanged."))
    notes.append(lambda: d.add("Billing email updated to ", L(email_for(rng, p), EM), ". Paper bills switched off."))
    notes.append(lambda: d.t(f"Customer mentioned dog {ch(rng, ['Biscuit', 'Luna', 'Pepper', 'Rocco', 'Mabel'])} chewed the router cable; replacement sent, tracking {ch(rng, ['1Z', 'JD'])}{rstr(rng, 16, UPALNUM)}."))
    notes.append(lambda: d.t(f"Handset upgrade eligibility checked: eligible, device IMEI {imei(rng)} to be returned within 14 days."))
    notes.append(lambda: d.add("Complaint logged (ref CMP-", digits(rng, 6), "): dropped calls at home; network ticket raised for cell ", rstr(rng, 6, UPALNUM), "."))
    notes.append(lambda: d.add("Callback scheduled for ", L(fmt_dt(rng, rand_dt(rng, hours=(9, 19)), "en", reg), DT), " on ", L(newph, PH), "."))
    rng.shuffle(notes)
    tfmt = ch(rng, ['%Y-%m-%d %H:%M', '%d/%m/%Y %H:%M', '%d.%m.%y %H:%M'])
    for f in notes[: rng.randint(4, 7)]:
        t += timedelta(days=rng.randint(0, 20), minutes=rng.randint(3, 600))
        d.t(f"{t.strftime(tfmt)} [{ch(rng, ag_inits)}] ")
        f()
        d.t("\n")
    d.t(f"\nFlags: {ch(rng, ['VULNERABLE=N', 'VULNERABLE=Y (hearing)', 'NO_MARKETING'])} · Credit class {ch(rng, ['A', 'B', 'C'])} · Contract end in {rng.randint(1, 24)} months\n")
    return d


def k_business_port_loa(rng):
    d = Doc()
    loc = ch(rng, ["us", "gb", "ca", "au"])
    reg = reg_of(loc)
    comp = ch(rng, ["Harborview Suites LLC", "Saltmarsh Inn Ltd", "Kestrel Lodge Pty Ltd", "Azure Bay Resort Inc.", "Bluefinch Logistics Ltd", "Compass Rose Tours Inc."])
    losing = ch(rng, [t[0] for t in TELCOS[:4]])
    gaining = ch(rng, [t[0] for t in TELCOS[:4] if t[0] != losing])
    signer = make_person(rng, loc)
    a = make_addr(rng, loc)
    d.t(ch(rng, ["LETTER OF AUTHORIZATION (LOA)\n", "Letter of Authorisation – Number Porting\n"]))
    d.t(f"For porting of telephone numbers from {losing} to {gaining}\n\n")
    d.t(f"Customer (company) name: {comp}\n")
    d.add("Billing address: ", L(a.oneline(), ADR), "\n")
    d.add("Account number with current carrier: ", L(telco_account(rng), ACC), "\n")
    if chance(rng, 0.6):
        d.add("Account PIN / passcode: ", L(port_pin(rng), PWD), "\n")
    d.t("Telephone numbers to be ported:\n")
    for _ in range(rng.randint(2, 6)):
        d.add("  - ", L(phone(rng, loc, "land"), PH), ch(rng, ["  (main)", "  (fax)", "  (reservations)", "", "  (DDI range start)"]), "\n")
    if loc in ("us", "ca") and chance(rng, 0.5):
        d.add("  - ", L(phone(rng, loc, "tollfree"), PH), "  (toll-free)\n")
    due = rand_dt(rng, hours=(8, 18))
    d.add("Requested port date: ", L(fmt_date(rng, due.date(), "en", reg), DT), "   Preferred window: ", L(fmt_time(rng, due.hour, 0, "en", reg), DT), " – ",
          L(fmt_time(rng, min(due.hour + 2, 23), 0, "en", reg), DT), "\n\n")
    d.t(f"I authorise {gaining} to act as our agent to port the above numbers. I understand that porting will terminate service with {losing} for these numbers.\n\n")
    d.add("Authorised signatory: ", L(signer.full, PER), f"\nTitle: {ch(rng, ['General Manager', 'Owner', 'IT Manager', 'Director of Operations'])}\n")
    if chance(rng, 0.4):
        d.add("Phone: ", L(phone(rng, loc, "land"), PH), f" ext. {rng.randint(10, 999)}", "   Email: ", L(staff_email(rng, signer, ch(rng, CORP_DOMAINS)), EM), "\n")
    else:
        d.add("Phone: ", L(phone(rng, loc, "mobile"), PH), "   Email: ", L(staff_email(rng, signer, ch(rng, CORP_DOMAINS)), EM), "\n")
    d.add("Signature: ____________________   Date: ", L(fmt_date(rng, due.date() - timedelta(days=rng.randint(5, 30)), "en", reg), DT), "\n")
    d.t(f"\nLOA ref {rstr(rng, 10, UPALNUM)} · page 1 of 1\n")
    return d


def k_hotel_incident(rng):
    d = Doc()
    hotel, hdom = ch(rng, HOTELS)
    hloc = ch(rng, ["gb", "us", "ie", "au", "ca"])
    reg = reg_of(hloc)
    g, gloc = traveler(rng)
    staff = make_person(rng, hloc)
    sec_ = make_person(rng, hloc)
    t = rand_dt(rng)
    d.t(f"{hotel} — {ch(rng, ['Incident Report', 'Security Incident Log', 'Guest Incident Form'])}   No. IR-{digits(rng, 5)}\n\n")
    d.add("Date/time of incident: ", L(fmt_dt(rng, t, "en", reg), DT), "\n")
    d.t(f"Location: {ch(rng, ['Room', 'Corridor outside room', 'Pool area', 'Car park level', 'Lobby bar'])} {rng.randint(1, 9)}{rng.randint(0, 2)}{rng.randint(1, 9)}\n")
    d.add("Reported by: ", L(staff.full, PER), f" ({ch(rng, ['Night Manager', 'Duty Manager', 'Front Desk Agent'])})\n")
    d.add("Guest(s) involved: ", L(g.variant(rng, ("full", "lastfirst")), PER), f", room {rng.randint(101, 990)}; contact ", L(phone(rng, gloc, "mobile"), PH), "\n\n")
    kind = ch(rng, ["theft", "slip", "noise", "medical"])
    d.t("Description:\n")
    if kind == "theft":
        d.add("Guest reported that a laptop and passport were missing from the room safe on returning at approximately ", L(tm(rng, "en", reg, (18, 23)), DT),
              ". Safe audit shows the last opening with the guest code. ", L(sec_.full, PER), " (Security) reviewed CCTV; no unauthorised entry observed.")
    elif kind == "slip":
        d.add(L(g.first, PER), " slipped on the wet floor near the pool bar. First aid given by ", L(sec_.first, PER),
              "; ice pack applied. Guest declined ambulance. Wet-floor sign was in place (photo attached).")
    elif kind == "noise":
        d.add("Repeated noise complaints from adjacent rooms between ", L(tm(rng, "en", reg, (22, 23)), DT), " and ", L(tm(rng, "en", reg, (0, 2)), DT), ". ")
        d.add("Security (", L(sec_.first, PER), ") attended twice; guest was cooperative on the second visit.")
    else:
        d.add("Guest felt unwell in the restaurant at ", L(tm(rng, "en", reg, (19, 22)), DT), ". Paramedics called by the duty manager",
              "; guest transported to ", ch(rng, ["St Mary's Hospital", "City General", "Royal Infirmary", "Mercy Medical Center"]), ".")
    d.t("\n\n")
    if chance(rng, 0.6):
        off = make_person(rng, hloc)
        d.add("Police attended: ", ch(rng, ["PC ", "Officer ", "Sgt. "]), L(off.last, PER), f" (badge {digits(rng, 4)}), crime reference {digits(rng, 2)}/{digits(rng, 6)}/{rng.randint(2024, 2026)}\n")
    d.add("Follow-up: call guest on ", L(fmt_date(rng, t.date() + timedelta(days=1), "en", reg), DT), "; copy of report sent to ", L(email_for(rng, g), EM), "\n")
    d.t(f"CCTV export hash: {hexs(rng, 64)}\n")
    return d


def k_boarding_pass_email(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    p, loc = traveler(rng)
    reg = reg_of(loc)
    a1, a2 = rng.sample(list(AIRPORTS), 2)
    dep = rand_dt(rng)
    brd = dep - timedelta(minutes=ch(rng, [30, 35, 40, 45]))
    em = email_for(rng, p)
    email_head(d, rng, (air, f"boardingpass@{dom}", False), (None, em), (f"Your boarding pass – {a1} to {a2}",), dep - timedelta(hours=rng.randint(2, 30)))
    d.add("Hi ", L(p.first, PER), ", you're checked in!\n\n")
    fn = flightno(rng, code)
    rows = [("Passenger", L(p.variant(rng, ("airline", "upper", "full")), PER)), ("Flight", fn),
            ("From", None), ("To", None), ("Date", L(fmt_date(rng, dep.date(), "en", reg), DT)),
            ("Departure", L(fmt_time(rng, dep.hour, dep.minute, "en", reg), DT)), ("Boarding", L(fmt_time(rng, brd.hour, brd.minute, "en", reg), DT)),
            ("Gate", f"{ch(rng, 'ABCDEKZ')}{rng.randint(1, 60)}"), ("Seat", seat(rng)), ("Group", str(rng.randint(1, 6))),
            ("Sequence", f"{rng.randint(1, 250):03d}")]
    for k, v in rows:
        d.t(f"{k:<10} ")
        if k == "From":
            d.add(L(AIRPORTS[a1], LOC), f" ({a1})")
        elif k == "To":
            d.add(L(AIRPORTS[a2], LOC), f" ({a2})")
        elif isinstance(v, tuple):
            d.add(v)
        else:
            d.t(v)
        d.t("\n")
    if chance(rng, 0.5):
        d.add("Frequent flyer: ", L(loyalty_no(rng), ACC), f" ({ch(rng, ['Silver', 'Gold', 'Blue'])})\n")
    d.t("\nBarcode data (BCBP):\n")
    nm = f"{fold(p.last).upper().replace(' ', '').replace('-', '')}/{fold(p.first).upper().replace(' ', '').replace('-', '')}"
    ttl = ch(rng, [" MR", " MS", " MRS", ""])
    field = (nm + ttl).ljust(20)[:20]
    name_part = field[: min(len(nm), 20)].rstrip(" /")
    d.t("M1")
    d.add(L(name_part, PER), field[len(name_part):])
    jd = dep.timetuple().tm_yday
    d.t(f"E{pnr(rng)} {a1}{a2}{code} {rng.randint(10, 2999):04d} {jd:03d}Y{seat(rng).rjust(4, '0')}{rng.randint(1, 250):04d} 1{rstr(rng, 2, UPALNUM)}>5180 {rstr(rng, 12, UPALNUM)}\n")
    d.add("\nAdd to wallet: ", L(url(rng, dom, f"bp/{hexs(rng, 24)}", query=False), URL), "\n")
    d.t("Bag drop closes 40 minutes before departure. Gate closes 20 minutes before departure.\n")
    return d


def k_pnl_teletype(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    a1, a2 = rng.sample(list(AIRPORTS), 2)
    dep = rand_dt(rng)
    mon = MON_ABBR_EN[dep.month - 1].upper()
    d.t(f"QU {a2}KK{code} {a1}KK{code}\n.{a1}RM{code} {dep.day:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}\nPNL\n")
    d.add(f"{code}{rng.randint(10, 2999)}/", L(f"{dep.day:02d}{mon}", DT), f" {a1} PART1\nCFG/{rng.randint(0, 20):03d}C{rng.randint(100, 180):03d}Y\nRBD C/CJDI Y/YBMHKLQTVSNOW\n-{a2}{rng.randint(10, 150):03d}Y\n")
    for _ in range(rng.randint(3, 7)):
        p, loc = traveler(rng)
        pr = pnr(rng)
        nm = f"{fold(p.last).upper().replace(' ', '').replace('-', '')}/{fold(p.first).upper().replace(' ', '').replace('-', '')}"
        ttl = ch(rng, ["MR", "MR", "DR", "MSTR"] if p.gender == "m" else ["MS", "MRS", "MISS", "DR"]) if chance(rng, 0.8) else ""
        d.add("1", L(nm, PER), ttl, f" .L/{pr}")
        if chance(rng, 0.3):
            d.t(f" .O/{code}{rng.randint(10, 2999)}Y{dep.day + 1:02d}{a2}{ch(rng, list(AIRPORTS))}HK")
        d.t("\n")
        if chance(rng, 0.6):
            dob = rand_dob(rng)
            exp = rand_date(rng, date(2026, 1, 1), date(2034, 12, 31))
            d.add(f".R/DOCS HK1/P/{ISO3[loc]}/{passport_no(rng, loc)}/{ISO3[loc]}/", L(f"{dob.day:02d}{MON_ABBR_EN[dob.month - 1].upper()}{dob.year % 100:02d}", DOB),
                  f"/{'M' if p.gender == 'm' else 'F'}/", L(f"{exp.day:02d}{MON_ABBR_EN[exp.month - 1].upper()}{exp.year % 100:02d}", DT), "/", L(nm.replace("/", "/"), PER), "\n")
        if chance(rng, 0.3):
            d.add(".R/CTCM HK1/", L(re.sub(r"\D", "", phone(rng, loc, "mobile")), PH), "\n")
        if chance(rng, 0.2):
            d.t(f".R/{ch(rng, ['VGML', 'WCHR', 'KSML', 'PETC', 'INFT'])} HK1\n")
    d.t("ENDPNL\n")
    return d


def k_apis_paxlst(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    a1 = ch(rng, ["FRA", "LHR", "CDG", "AMS", "MAD", "LIS", "DUB", "MUC"])
    a2 = ch(rng, ["JFK", "BOS", "ORD", "MIA", "SEA", "ATL", "DEN", "LAX"])
    dep = rand_dt(rng)
    arr = dep + timedelta(hours=rng.randint(7, 11))
    ts = dep - timedelta(hours=rng.randint(1, 3))
    fn = f"{code}{rng.randint(10, 999)}"
    ctl = digits(rng, 10)
    d.t("UNA:+.? '\n")
    d.t(f"UNB+UNOA:4+{air.split()[0].upper()}:ZZ+USCSAPIS:ZZ+{ts.strftime('%y%m%d:%H%M')}+{ctl}++APIS'\n")
    d.t(f"UNG+PAXLST+{air.split()[0].upper()}+USCSAPIS+{ts.strftime('%y%m%d:%H%M')}+{digits(rng, 6)}+UN+D:02B'\n")
    d.t(f"UNH+{digits(rng, 6)}+PAXLST:D:02B:UN:IATA+{fn}/{dep.strftime('%y%m%d')}/{dep.strftime('%H%M')}+01:F'\nBGM+745'\n")
    d.t(f"NAD+MS+++{air.upper()} OPS CONTROL'\n")
    d.add("COM+", L(re.sub(r"\D", "", phone(rng, ch(rng, ["de", "gb", "nl"]), "land")), PH), ":TE+", L(re.sub(r"\D", "", phone(rng, "de", "land")), PH), ":FX'\n")
    d.t(f"TDT+20+{fn}+++{code}'\nLOC+125+{a1}'\n")
    d.add("DTM+189:", L(dep.strftime("%y%m%d%H%M"), DT), ":201'\n")
    d.t(f"LOC+87+{a2}'\n")
    d.add("DTM+232:", L(arr.strftime("%y%m%d%H%M"), DT), ":201'\n")
    n = rng.randint(2, 4)
    for _ in range(n):
        p, loc = traveler(rng, [l for l in EN_TRAVELER_LOCS if l != "us"])
        nm = f"{fold(p.last).upper()}:{fold(p.first).upper()}" + (f":{p.middle}" if p.middle else "")
        d.add("NAD+FL+++", L(nm, PER))
        if chance(rng, 0.5):
            ua = make_addr(rng, "us")
            d.add("+", L(ua.street.upper(), ADR), "+", L(ua.city.upper(), LOC), "+", L(ua.region, LOC), "+", ua.pc, "+USA")
        d.t("'\n")
        d.t(f"ATT+2++{'M' if p.gender == 'm' else 'F'}'\n")
        d.add("DTM+329:", L(rand_dob(rng).strftime("%y%m%d"), DOB), "'\n")
        d.t(f"LOC+22+{a2}'\nLOC+178+{a1}'\nLOC+179+{a2}'\nNAT+2+{ISO3[loc]}'\nRFF+AVF:{pnr(rng)}'\nDOC+P:110:111+{passport_no(rng, loc)}'\n")
        d.add("DTM+36:", L(rand_date(rng, date(2026, 1, 1), date(2034, 12, 31)).strftime("%y%m%d"), DT), "'\n")
        d.t(f"LOC+91+{ISO3[loc]}'\n")
    d.t(f"CNT+42:{n}'\nUNT+{rng.randint(20, 80)}+{digits(rng, 6)}'\nUNE+1+{digits(rng, 6)}'\nUNZ+1+{ctl}'\n")
    return d


def k_wifi_portal_log(rng):
    d = Doc()
    hotel, hdom = ch(rng, HOTELS)
    ctrl = ch(rng, ["Nomadix AG 5900", "Ruckus SZ-144", "Aruba 7210", "Mikrotik CCR2004"])
    d.t(f"# guest wifi captive-portal auth log — {hotel} — controller {ctrl} fw {version(rng)}\n")
    t = rand_dt(rng)
    d.t(f"# rotated {ch(rng, ['daily', 'hourly'])}, retention 30d, host gw-{rstr(rng, 4, string.ascii_lowercase)}\n")
    for _ in range(rng.randint(5, 10)):
        t += timedelta(seconds=rng.randint(5, 900))
        g, gl = traveler(rng)
        mac = ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))
        ip = ipv4(rng, private=True)
        ev = ch(rng, ["AUTH_OK", "AUTH_OK", "AUTH_FAIL", "UPGRADE", "LOGOUT", "DHCP"])
        d.t(f"{log_ts(rng, t, ch(rng, [0, 1, 2]))} {ev} ")
        if ev in ("AUTH_OK", "AUTH_FAIL"):
            q = ch(rng, ['"', ""])
            d.add(f"room={rng.randint(101, 990)} surname={q}", L(g.last if chance(rng, 0.5) else g.last.upper(), PER), f"{q} mac={mac} ip=", L(ip, IP),
                  f" plan={ch(rng, ['basic', 'premium', 'conference'])}")
            if ev == "AUTH_FAIL":
                d.t(" reason=surname_mismatch")
        elif ev == "UPGRADE":
            d.add(f"room={rng.randint(101, 990)} plan=premium charge={money(rng, 5, 20, 'EUR', 'en')} receipt_to=", L(email_for(rng, g), EM))
        elif ev == "LOGOUT":
            d.add(f"mac={mac} ip=", L(ip, IP), f" session={rng.randint(60, 86000)}s rx={rng.randint(1, 4000)}MB")
        else:
            d.add(f"lease mac={mac} ip=", L(ip, IP), f" gw=", L(ipv4(rng, private=True), IP), f" lease=86400")
        d.t("\n")
    d.add(f"# upstream WAN ", L(ipv4(rng), IP), f"/{ch(rng, ['29', '30', '28'])}, v6 prefix ", L(ipv6(rng), IP), "/56\n")
    return d


def k_travel_agency_invoice(rng):
    d = Doc()
    op, odom = ch(rng, TOUR_OPS)
    oloc = ch(rng, ["gb", "ie", "de", "nl", "pt", "es", "it", "fr"])
    oa = make_addr(rng, oloc, business=True)
    p, loc = traveler(rng, ["gb", "ie", "de", "nl", "us", "fr", "es", "it", "pt", "dk", "se"])
    reg = reg_of(oloc)
    cur = "GBP" if oloc == "gb" else "EUR"
    d.add(f"{op}\n", L(oa.block(rng, COUNTRIES_EN[oloc] if chance(rng, 0.4) else None), ADR), "\n")
    d.add("T ", L(phone(rng, oloc, "land"), PH), " · ", L(role_email(rng, odom, "generic"), EM), "\n")
    d.t(f"{ch(rng, ['VAT no.', 'VAT ID', 'Tax ID'])} {ISO2[oloc]}{digits(rng, 9)} · ATOL {digits(rng, 5)}\n\n")
    d.t(f"INVOICE {ch(rng, ['INV', 'FA', 'RE'])}-{rng.randint(2024, 2026)}-{digits(rng, 5)}\n")
    d.add("Invoice date: ", L(fmt_date(rng, rand_date(rng), "en", reg), DT), "\n\n")
    d.t("Bill to:\n")
    pa = make_addr(rng, loc)
    d.add(L(p.variant(rng, ("full", "fml")), PER), "\n", L("\n".join(pa.lines(COUNTRIES_EN[loc] if loc != oloc else None)), ADR), "\n\n")
    start = rand_date(rng)
    dest = ch(rng, WORLD_CITIES)
    d.add("Package holiday: ", L(dest, LOC), ", ", L(fmt_date(rng, start, "en", reg), DT), " – ", L(fmt_date(rng, start + timedelta(days=rng.randint(3, 14)), "en", reg), DT), "\n")
    d.t(f"Booking ref {pnr(rng)} · {rng.randint(1, 5)} travellers\n")
    tot = 0
    for item in rng.sample(["Flights", "Hotel (B&B)", "Transfers", "Excursions", "Travel insurance", "Service fee"], 4):
        v = rng.uniform(40, 2000)
        tot += v
        d.t(f"  {item:<22}{money(rng, v, v + 0.001, cur, 'en')}\n")
    d.t(f"  Deposit received      -{money(rng, 100, 500, cur, 'en')}\n  BALANCE DUE           {money(rng, 300, 3000, cur, 'en')}\n\n")
    d.add("Please pay by ", L(fmt_date(rng, start - timedelta(days=rng.randint(30, 70)), "en", reg), DT), " by bank transfer to:\nAccount name: ", op, "\nIBAN: ",
          L(iban(rng, LOC_IBAN.get(oloc, "GB")), IBAN), f"\nBIC: {bic(rng, LOC_IBAN.get(oloc, 'GB'))}\nReference: {pnr(rng)}\n")
    if chance(rng, 0.4):
        d.add("\nOr pay online: ", L(url(rng, odom, "pay", query=True), URL), "\n")
    return d


def k_prepaid_sim_registration(rng):
    d = Doc()
    telco, tdom = ch(rng, TELCOS)
    cc = ch(rng, ["Thailand", "UAE", "Türkiye", "Indonesia", "Kenya", "Vietnam"])
    p, loc = traveler(rng, [l for l in EN_TRAVELER_LOCS if l not in ("tr",)])
    d.t(f"{telco} — Tourist SIM Registration (KYC)\nStore: {ch(rng, ['Airport kiosk T2', 'Arrivals Hall B', 'City Mall outlet'])} · Terminal {rstr(rng, 6, UPALNUM)}\n\n")
    d.add("Full name (as in passport): ", L(p.variant(rng, ("upper", "full")), PER), "\n")
    d.add("Date of birth: ", L(fmt_date(rng, rand_dob(rng), "en", "gb", dob=True), DOB), f"    Nationality: {NATIONALITY_EN[loc]}\n")
    exp = rand_date(rng, date(2026, 1, 1), date(2035, 1, 1))
    d.add(f"Passport no.: {passport_no(rng, loc)}   Expiry: ", L(fmt_date(rng, exp, "en", "gb"), DT), "\n")
    arr = rand_date(rng)
    d.add("Date of entry: ", L(fmt_date(rng, arr, "en", "gb"), DT), f"   Visa/entry stamp no.: {digits(rng, 8)}\n")
    hloc = ch(rng, ["gb", "us", "de", "fr", "es", "it"])
    d.add(f"Local address (hotel): {ch(rng, HOTELS)[0]}, ", L(ch(rng, WORLD_CITIES), LOC), "\n")
    d.add("Home country address: ", L(make_addr(rng, loc).oneline(), ADR), "\n")
    d.add("Email: ", L(email_for(rng, p), EM), "\n\n")
    d.add("Assigned MSISDN: ", L(ch(rng, [f"+66 {rng.randint(6, 9)}{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}", f"+971 5{rng.randint(0, 8)} {digits(rng, 3)} {digits(rng, 4)}",
                                          f"+90 5{rng.randint(30, 59)} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", f"+62 81{rng.randint(1, 9)}-{digits(rng, 4)}-{digits(rng, 4)}",
                                          f"+254 7{digits(rng, 2)} {digits(rng, 6)}", f"+84 9{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}"]), PH), "\n")
    d.t(f"ICCID: {iccid(rng, ch(rng, ['66', '971', '90', '62', '254', '84']))}\nIMEI: {imei(rng)}\n")
    d.t(f"Package: Tourist {ch(rng, ['15', '30', '50'])} GB / {rng.randint(8, 30)} days — {money(rng, 10, 40, 'USD', 'en')}\n")
    d.add("Validity ends: ", L(fmt_date(rng, arr + timedelta(days=rng.randint(8, 30)), "en", "gb"), DT), "\n")
    clerk = make_person(rng, ch(rng, ["in", "ae", "tr"]))
    d.add("\nCustomer signature: ______   Verified by: ", L(clerk.first, PER), f" (staff {digits(rng, 5)})\n")
    d.t(f"Biometric capture ref {uuid4(rng)}\n")
    return d


def k_complaint_letter(rng):
    d = Doc()
    kind = ch(rng, ["air", "hotel", "rail"])
    p, loc = traveler(rng, ["gb", "gb", "us", "ie", "ca", "au", "in"])
    reg = reg_of(loc)
    pa = make_addr(rng, loc)
    if chance(rng, 0.6):
        d.add(L(p.full, PER), "\n", L("\n".join(pa.lines()), ADR), "\n", L(phone(rng, loc, "mobile"), PH), "\n\n")
    base = rand_dt(rng)
    d.add(L(fmt_date(rng, base.date() + timedelta(days=rng.randint(3, 45)), "en", reg), DT), "\n\n")
    if kind == "air":
        air, code, dom = ch(rng, AIRLINES)
        d.t(f"{air} Customer Relations\n\nRe: Booking {pnr(rng)} — compensation claim under EU261/UK261\n\nDear Sir/Madam,\n\n")
        dep = base
        a1, a2 = rng.sample(list(AIRPORTS), 2)
        d.add("I was booked on flight ", flightno(rng, code), " from ", L(AIRPORTS[a1], LOC), " to ", L(AIRPORTS[a2], LOC), " on ", L(fmt_date(rng, dep.date(), "en", reg), DT),
              ", scheduled to depart at ", L(fmt_time(rng, dep.hour, dep.minute, "en", reg), DT), f". The flight eventually left {rng.randint(3, 9)} hours late, and I missed my connection. ")
        if chance(rng, 0.6):
            comp = make_person(rng, loc)
            d.add("My travelling companion, ", L(comp.full, PER), ", was on the same booking and is included in this claim. ")
        d.add("Ground staff at the transfer desk (a supervisor called ", L(make_person(rng, "gb").first, PER), ") told us no hotel was available, so we paid ",
              money(rng, 80, 300, 'EUR'), " for a room ourselves.\n\n")
        d.t(f"I am claiming compensation of {money(rng, 250, 600, 'EUR')} per passenger plus the hotel costs. ")
    elif kind == "hotel":
        hotel, hdom = ch(rng, HOTELS)
        arr = base.date() - timedelta(days=rng.randint(2, 7))
        d.t(f"The General Manager\n{hotel}\n\nDear Manager,\n\n")
        d.add("I stayed at your hotel from ", L(fmt_date(rng, arr, "en", reg), DT), " to ", L(fmt_date(rng, arr + timedelta(days=rng.randint(2, 7)), "en", reg), DT),
              f" (confirmation {digits(rng, 8)}). On the second night the room next door held a party until about ", L(tm(rng, "en", reg, (0, 3)), DT),
              ", and the night manager, ", L(make_person(rng, "gb").full, PER), ", refused to move us. The air conditioning in room ", str(rng.randint(101, 990)),
              " did not work either.\n\n")
        d.t(f"I would like a refund of at least one night ({money(rng, 90, 400, 'GBP')}). ")
    else:
        d.t("Customer Relations\nTransAlpina Rail\n\nDear Sir or Madam,\n\n")
        dd = base
        d.add("On ", L(fmt_date(rng, dd.date(), "en", reg), DT), " the ", L(fmt_time(rng, dd.hour, dd.minute, "en", reg), DT), " service from ", L(ch(rng, WORLD_CITIES), LOC),
              " was cancelled without notice, and the replacement bus reached ", L(ch(rng, WORLD_CITIES), LOC), " more than three hours late. ")
        d.t(f"My ticket number was {eticket(rng)}.\n\n")
    pay = ch(rng, ["iban", "card", "none"])
    if pay == "iban" and loc in LOC_IBAN:
        d.add("Please pay the amount into my account, IBAN ", L(iban(rng, LOC_IBAN[loc]), IBAN), ".")
    elif pay == "card":
        d.add("Please refund the card I paid with (", L(card(rng)[0], CC), ").")
    else:
        d.t(ch(rng, ["I look forward to your reply within 14 days.", "I trust you will deal with this promptly.", "Please treat this as a formal complaint."]))
    d.add("\n\nYou can contact me at ", L(email_for(rng, p), EM), ch(rng, [" or by phone.", ".", " during office hours."]), "\n\nYours faithfully,\n\n", L(p.full, PER), "\n")
    return d


def k_visa_appointment(rng):
    d = Doc()
    vac, dom = ch(rng, [("VFS Global", "vfsglobal-mail.com"), ("TLScontact", "tlscontact-mail.com"), ("BLS International", "blsinternational-mail.com")])
    p, loc = traveler(rng, ["gb", "us", "in", "ng", "za", "ie", "tr", "br", "mx"])
    reg = reg_of(loc)
    em = email_for(rng, p)
    sent = rand_dt(rng)
    email_head(d, rng, (vac, f"donotreply@{dom}", False), (None, em), ("Appointment confirmation – ", f"{ch(rng, ['Schengen', 'UK', 'Canada', 'Japan'])} visa"), sent)
    d.add("Dear ", L(p.variant(rng, ("upper", "full")), PER), ",\n\n")
    appt = rand_dt(rng, sent.date() + timedelta(days=rng.randint(3, 40)), hours=(8, 15))
    ca = make_addr(rng, ch(rng, ["gb", "us", "gb", "de", "fr", "es"]), business=True)
    d.add("Your appointment has been confirmed for ", L(fmt_dt(rng, appt, "en", reg), DT), " at the visa application centre:\n", L(ca.block(rng), ADR), "\n\n")
    d.t(f"Reference number: {letters(rng, 3)}/{digits(rng, 6)}/{digits(rng, 4)}/{rng.randint(1, 9):02d}\nCategory: {ch(rng, ['Short stay – tourism', 'Business', 'Family visit'])}\n")
    d.t(f"Passport number: {passport_no(rng, loc)}\n")
    d.add("Applicant phone: ", L(phone(rng, loc, "mobile"), PH), "\n\n")
    d.add("Please arrive no earlier than 15 minutes before your slot. To reschedule or cancel, visit ", L(url(rng, dom.replace("-mail", ""), f"appointment/{rstr(rng, 10)}", query=True), URL),
          " before ", L(fmt_date(rng, appt.date() - timedelta(days=2), "en", reg), DT), ".\n")
    d.t(f"Premium lounge and SMS updates are optional services ({money(rng, 20, 90, 'GBP')}).\n\nThis is an automated message; replies are not monitored.\n")
    return d


# ============================================================ non-English kinds
LANG_LOC = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "sv": "se",
            "tr": "tr", "da": "dk", "no": "no"}
EU_LOCS = ["de", "fr", "es", "it", "nl", "pl", "se", "dk", "no", "pt", "at", "gb", "tr"]


def native(rng, lang, p_native=1.0):
    if chance(rng, p_native):
        loc = ch(rng, LANG_LOCALES[lang])
    else:
        loc = ch(rng, EU_LOCS)
    return make_person(rng, loc), loc


def country_name(lang, loc):
    return COUNTRY_LOCAL.get(lang, {}).get(loc) or COUNTRIES_EN[loc]


def tit(rng, p, lang):
    t = title(rng, p, lang)
    return (t + " ") if t else ""


GRC = {
    "de": dict(title=["Meldeschein für Beherbergungsstätten", "Gästeverzeichnis / Meldeschein"], last="Familienname", first="Vorname(n)",
               dob="Geburtsdatum", nat="Staatsangehörigkeit", natv=["deutsch", "österreichisch", "niederländisch", "polnisch", "dänisch"],
               adr="Anschrift", street="Straße, Hausnummer", pc="PLZ", city="Wohnort", country="Land", arr="Ankunft", dep="Abreise",
               room="Zimmer", doc="Ausweis-/Passnummer", tel="Telefon", em="E-Mail", comp="Mitreisende", sig="Unterschrift des Gastes",
               date="Datum", foot="Die Angaben werden gemäß § 30 BMG erhoben und nach Ablauf eines Jahres vernichtet.", born="geb."),
    "fr": dict(title=["Fiche individuelle de police", "FICHE D'ARRIVÉE / REGISTRATION CARD"], last="Nom", first="Prénom(s)",
               dob="Date de naissance", nat="Nationalité", natv=["française", "belge", "suisse", "allemande", "italienne"],
               adr="Domicile habituel", street="Adresse", pc="Code postal", city="Ville", country="Pays", arr="Date d'arrivée",
               dep="Date de départ prévue", room="Chambre", doc="N° pièce d'identité", tel="Téléphone", em="Courriel",
               comp="Enfants de moins de 15 ans accompagnants", sig="Signature du client", date="Date",
               foot="Conformément à l'article R. 611-42 du CESEDA, cette fiche est conservée six mois.", born="né(e) le"),
    "es": dict(title=["Parte de entrada de viajeros", "PARTE DE VIAJEROS – Hoja de registro"], last="Primer apellido", first="Nombre",
               dob="Fecha de nacimiento", nat="Nacionalidad", natv=["española", "francesa", "alemana", "portuguesa", "mexicana"],
               adr="Domicilio", street="Dirección", pc="Código postal", city="Localidad", country="País", arr="Fecha de entrada",
               dep="Fecha de salida", room="Habitación", doc="Nº de documento", tel="Teléfono", em="Correo electrónico",
               comp="Acompañantes", sig="Firma del viajero", date="Fecha",
               foot="Datos comunicados a la Dirección General de la Policía (RD 933/2021). Conservación: 3 años.", born="nacido/a el"),
    "it": dict(title=["Scheda di notifica alloggiati", "SCHEDA DI REGISTRAZIONE OSPITE"], last="Cognome", first="Nome",
               dob="Data di nascita", nat="Cittadinanza", natv=["italiana", "tedesca", "francese", "svizzera", "austriaca"],
               adr="Residenza", street="Indirizzo", pc="CAP", city="Comune", country="Stato", arr="Data di arrivo",
               dep="Data di partenza", room="Camera", doc="Numero documento", tel="Telefono", em="E-mail",
               comp="Familiari / membri del gruppo", sig="Firma dell'ospite", date="Data",
               foot="I dati sono comunicati alla Questura tramite il portale Alloggiati Web entro 24 ore.", born="nato/a il"),
    "pt": dict(title=["Boletim de Alojamento", "FICHA DE REGISTO DE HÓSPEDE"], last="Apelido", first="Nome(s) próprio(s)",
               dob="Data de nascimento", nat="Nacionalidade", natv=["portuguesa", "brasileira", "espanhola", "francesa"],
               adr="Morada", street="Morada (rua, n.º)", pc="Código postal", city="Localidade", country="País de residência",
               arr="Data de entrada", dep="Data de saída", room="Quarto", doc="N.º do documento", tel="Telefone", em="E-mail",
               comp="Acompanhantes", sig="Assinatura do hóspede", date="Data",
               foot="Comunicação obrigatória ao SIBA/AIMA nos termos da Lei n.º 23/2007.", born="nascido/a em"),
    "nl": dict(title=["Nachtregister", "Gastregistratie / nachtregister"], last="Achternaam", first="Voorna(a)m(en)",
               dob="Geboortedatum", nat="Nationaliteit", natv=["Nederlandse", "Belgische", "Duitse", "Britse"],
               adr="Adres", street="Straat en huisnummer", pc="Postcode", city="Woonplaats", country="Land", arr="Aankomst",
               dep="Vertrek", room="Kamer", doc="Nr. identiteitsbewijs", tel="Telefoon", em="E-mail", comp="Medereizigers",
               sig="Handtekening gast", date="Datum",
               foot="Het nachtregister wordt zeven jaar bewaard conform artikel 438 Wetboek van Strafrecht.", born="geb."),
    "pl": dict(title=["Karta meldunkowa gościa", "KARTA POBYTU / REGISTRATION"], last="Nazwisko", first="Imię",
               dob="Data urodzenia", nat="Obywatelstwo", natv=["polskie", "niemieckie", "ukraińskie", "czeskie"],
               adr="Adres zamieszkania", street="Ulica i numer", pc="Kod pocztowy", city="Miejscowość", country="Kraj",
               arr="Data przyjazdu", dep="Data wyjazdu", room="Pokój", doc="Nr dokumentu tożsamości", tel="Telefon", em="E-mail",
               comp="Osoby towarzyszące", sig="Podpis gościa", date="Data",
               foot="Administratorem danych osobowych jest hotel. Dane przechowujemy przez okres wymagany przepisami.", born="ur."),
}


def k_f_guest_registration(rng):
    lang = ch(rng, list(GRC))
    T = GRC[lang]
    d = Doc()
    d.lang = lang
    hloc = LANG_LOC[lang] if lang != "pt" else "pt"
    hotel = ch(rng, HOTELS)[0]
    ha = make_addr(rng, hloc, business=True)
    g, gloc = native(rng, lang, 0.75)
    d.add(f"{hotel}\n", L(ha.oneline(), ADR), " · ", L(phone(rng, hloc, "land"), PH), "\n\n")
    d.t(ch(rng, T["title"]).upper() if chance(rng, 0.3) else ch(rng, T["title"]))
    d.t(f"     Nr. {rng.randint(10000, 99999)}\n\n" if lang in ("de", "pl", "nl") else f"     N° {rng.randint(10000, 99999)}\n\n")
    arr = rand_date(rng)
    dep = arr + timedelta(days=rng.randint(1, 10))
    sep = ch(rng, [": ", ":\t", " ........ ", ": "])
    if lang == "es" and " " in g.last and chance(rng, 0.85):
        l1, l2 = g.last.split(" ", 1)
        d.add(T["last"], sep, L(l1.upper() if chance(rng, 0.5) else l1, PER), "\n", "Segundo apellido", sep, L(l2.upper() if chance(rng, 0.5) else l2, PER), "\n")
    else:
        d.add(T["last"], sep, L(g.last.upper() if chance(rng, 0.5) else g.last, PER), "\n")
    d.add(T["first"], sep, L(g.first, PER), "\n")
    d.add(T["dob"], sep, L(fmt_date(rng, rand_dob(rng), lang, dob=True), DOB), "\n")
    if lang in ("fr", "it", "pl", "pt") and chance(rng, 0.7):
        lab = {"fr": "Lieu de naissance", "it": "Luogo di nascita", "pl": "Miejsce urodzenia", "pt": "Local de nascimento"}[lang]
        d.add(lab, sep, L(city_of(rng, gloc), LOC), "\n")
    d.t(f"{T['nat']}{sep}{ch(rng, T['natv'])}\n")
    d.t(f"{T['doc']}{sep}{passport_no(rng, gloc)}\n")
    ga = make_addr(rng, gloc)
    if chance(rng, 0.5):
        d.add(T["adr"], sep, L(ga.oneline(", ", country_name(lang, gloc) if gloc != hloc else None), ADR), "\n")
    else:
        d.add(T["street"], sep, L(ga.street_field(), ADR), "\n")
        d.t(f"{T['pc']}{sep}{ga.pc}\n")
        d.add(T["city"], sep, L(ga.city, LOC), "\n")
        d.add(T["country"], sep, L(country_name(lang, gloc), LOC), "\n")
    if chance(rng, 0.8):
        d.add(T["tel"], sep, L(phone(rng, gloc, "mobile"), PH), "\n")
    if chance(rng, 0.7):
        d.add(T["em"], sep, L(email_for(rng, g), EM), "\n")
    d.add(T["arr"], sep, L(fmt_date(rng, arr, lang), DT), "    ", T["dep"], sep, L(fmt_date(rng, dep, lang), DT), "\n")
    d.t(f"{T['room']}{sep}{rng.randint(1, 5)}{rng.randint(0, 3)}{rng.randint(1, 9)}\n")
    if chance(rng, 0.45):
        c = make_person(rng, gloc)
        if chance(rng, 0.6):
            c.last = g.last
        d.add(T["comp"], sep, L(c.full, PER), f" ({T['born']} ", L(fmt_date(rng, rand_dob(rng, 2010, 2022), lang, dob=True), DOB), ")\n")
    d.add("\n", T["sig"], ": ______________    ", T["date"], ": ", L(fmt_date(rng, arr, lang), DT), "\n")
    d.t("\n" + T["foot"] + "\n")
    return d


HBC = {
    "de": dict(subj="Buchungsbestätigung", dear={"m": "Sehr geehrter Herr", "f": "Sehr geehrte Frau"}, hi="Hallo",
               thanks="vielen Dank für Ihre Buchung im {hotel}. Hiermit bestätigen wir Ihre Reservierung:",
               no="Buchungsnummer", arr="Anreise", dep="Abreise", room="Zimmer", guests="Gäste", price="Gesamtpreis",
               checkin="Check-in ab", checkout="Check-out bis", cancel="Kostenfreie Stornierung bis", addr="Anschrift",
               contact="Bei Fragen erreichen Sie uns telefonisch unter {ph} oder per E-Mail an {em}.",
               manage="Buchung verwalten:", bye="Mit freundlichen Grüßen", team="Ihr Reservierungsteam",
               rooms=["Doppelzimmer Superior", "Einzelzimmer Standard", "Junior Suite", "Familienzimmer"], cur="EUR"),
    "fr": dict(subj="Confirmation de réservation", dear={"m": "Cher Monsieur", "f": "Chère Madame"}, hi="Bonjour",
               thanks="nous vous remercions d'avoir choisi {hotel}. Nous avons le plaisir de vous confirmer votre réservation :",
               no="Numéro de réservation", arr="Arrivée", dep="Départ", room="Chambre", guests="Personnes", price="Montant total",
               checkin="Arrivée à partir de", checkout="Départ avant", cancel="Annulation gratuite jusqu'au", addr="Adresse",
               contact="Pour toute question, contactez-nous au {ph} ou par courriel à {em}.",
               manage="Gérer ma réservation :", bye="Bien cordialement,", team="Le service des réservations",
               rooms=["Chambre double Supérieure", "Chambre twin Classique", "Suite Junior", "Chambre familiale"], cur="EUR"),
    "es": dict(subj="Confirmación de reserva", dear={"m": "Estimado Sr.", "f": "Estimada Sra."}, hi="Hola",
               thanks="gracias por reservar en {hotel}. Le confirmamos su reserva con los siguientes datos:",
               no="Número de reserva", arr="Llegada", dep="Salida", room="Habitación", guests="Huéspedes", price="Importe total",
               checkin="Entrada a partir de las", checkout="Salida antes de las", cancel="Cancelación gratuita hasta el", addr="Dirección",
               contact="Si tiene cualquier pregunta, llámenos al {ph} o escríbanos a {em}.",
               manage="Gestionar reserva:", bye="Atentamente,", team="Departamento de Reservas",
               rooms=["Habitación doble superior", "Habitación individual", "Junior suite", "Habitación familiar"], cur="EUR"),
    "it": dict(subj="Conferma di prenotazione", dear={"m": "Gentile Sig.", "f": "Gentile Sig.ra"}, hi="Buongiorno",
               thanks="grazie per aver prenotato presso {hotel}. Siamo lieti di confermare la Sua prenotazione:",
               no="Numero di prenotazione", arr="Arrivo", dep="Partenza", room="Camera", guests="Ospiti", price="Totale",
               checkin="Check-in dalle", checkout="Check-out entro le", cancel="Cancellazione gratuita fino al", addr="Indirizzo",
               contact="Per qualsiasi informazione può contattarci al {ph} oppure scrivere a {em}.",
               manage="Gestisci la prenotazione:", bye="Cordiali saluti,", team="Ufficio prenotazioni",
               rooms=["Camera doppia superior", "Camera singola", "Junior suite", "Camera familiare"], cur="EUR"),
    "pt": dict(subj="Confirmação de reserva", dear={"m": "Caro Sr.", "f": "Cara Sra."}, hi="Olá",
               thanks="obrigado por escolher o {hotel}. Temos o prazer de confirmar a sua reserva:",
               no="Número da reserva", arr="Chegada", dep="Partida", room="Quarto", guests="Hóspedes", price="Valor total",
               checkin="Check-in a partir das", checkout="Check-out até às", cancel="Cancelamento gratuito até", addr="Morada",
               contact="Para qualquer questão, contacte-nos pelo {ph} ou através de {em}.",
               manage="Gerir reserva:", bye="Com os melhores cumprimentos,", team="Departamento de Reservas",
               rooms=["Quarto duplo superior", "Quarto individual", "Suíte júnior", "Quarto familiar"], cur="EUR"),
    "nl": dict(subj="Reserveringsbevestiging", dear={"m": "Geachte heer", "f": "Geachte mevrouw"}, hi="Beste",
               thanks="hartelijk dank voor uw reservering bij {hotel}. Hierbij bevestigen wij uw verblijf:",
               no="Reserveringsnummer", arr="Aankomst", dep="Vertrek", room="Kamer", guests="Gasten", price="Totaalprijs",
               checkin="Inchecken vanaf", checkout="Uitchecken tot", cancel="Kosteloos annuleren tot", addr="Adres",
               contact="Heeft u vragen? Bel ons op {ph} of mail naar {em}.",
               manage="Reservering beheren:", bye="Met vriendelijke groet,", team="Afdeling Reserveringen",
               rooms=["Tweepersoonskamer Comfort", "Eenpersoonskamer", "Junior suite", "Familiekamer"], cur="EUR"),
    "sv": dict(subj="Bokningsbekräftelse", dear={"m": "Hej", "f": "Hej"}, hi="Hej",
               thanks="tack för din bokning på {hotel}. Här är din bekräftelse:",
               no="Bokningsnummer", arr="Ankomst", dep="Avresa", room="Rum", guests="Gäster", price="Totalt pris",
               checkin="Incheckning från kl.", checkout="Utcheckning senast kl.", cancel="Avbokning utan kostnad till och med", addr="Adress",
               contact="Har du frågor? Ring oss på {ph} eller mejla {em}.",
               manage="Hantera bokning:", bye="Vänliga hälsningar,", team="Bokningsavdelningen",
               rooms=["Dubbelrum Superior", "Enkelrum", "Juniorsvit", "Familjerum"], cur="SEK"),
    "da": dict(subj="Bekræftelse af booking", dear={"m": "Kære", "f": "Kære"}, hi="Hej",
               thanks="tak for din booking på {hotel}. Vi bekræfter hermed dit ophold:",
               no="Bookingnummer", arr="Ankomst", dep="Afrejse", room="Værelse", guests="Gæster", price="Samlet pris",
               checkin="Indtjekning fra kl.", checkout="Udtjekning senest kl.", cancel="Gratis afbestilling indtil", addr="Adresse",
               contact="Har du spørgsmål, så ring til os på {ph} eller skriv til {em}.",
               manage="Administrer booking:", bye="Med venlig hilsen", team="Reservationsafdelingen",
               rooms=["Dobbeltværelse Superior", "Enkeltværelse", "Juniorsuite", "Familieværelse"], cur="DKK"),
    "no": dict(subj="Bestillingsbekreftelse", dear={"m": "Kjære", "f": "Kjære"}, hi="Hei",
               thanks="takk for at du har bestilt opphold hos {hotel}. Her er din bekreftelse:",
               no="Bestillingsnummer", arr="Ankomst", dep="Avreise", room="Rom", guests="Gjester", price="Totalpris",
               checkin="Innsjekk fra kl.", checkout="Utsjekk innen kl.", cancel="Gratis avbestilling frem til", addr="Adresse",
               contact="Spørsmål? Ring oss på {ph} eller send e-post til {em}.",
               manage="Administrer bestilling:", bye="Med vennlig hilsen", team="Resepsjonen",
               rooms=["Dobbeltrom Superior", "Enkeltrom", "Juniorsuite", "Familierom"], cur="NOK"),
}


def _fill_sentence(d, template, mapping):
    """Append a template with {key} slots; mapping key -> str or (value, TYPE)."""
    for part in re.split(r"(\{\w+\})", template):
        if part.startswith("{") and part.endswith("}") and part[1:-1] in mapping:
            v = mapping[part[1:-1]]
            d.add(v)
        else:
            d.t(part)


def k_f_hotel_confirmation(rng):
    lang = ch(rng, list(HBC))
    T = HBC[lang]
    d = Doc()
    d.lang = lang
    hloc = LANG_LOC[lang]
    hotel, hdom = ch(rng, HOTELS)
    g, gloc = native(rng, lang, 0.8)
    em = email_for(rng, g)
    sent = rand_dt(rng)
    res_em = role_email(rng, hdom, "hotel")
    email_head(d, rng, (hotel, res_em, False), (g.full if chance(rng, 0.6) else None, em), (f"{T['subj']} {rng.randint(1000000, 9999999)} – {hotel}",), sent)
    if lang in ("sv", "da", "no") or chance(rng, 0.3):
        d.add(T["hi"] + " ", L(g.first, PER), ",\n\n")
    else:
        d.add(T["dear"][g.gender] + " ", L(g.last, PER), ",\n\n")
    _fill_sentence(d, T["thanks"][0].upper() + T["thanks"][1:] if lang in ("sv", "da", "no") else T["thanks"], {"hotel": hotel})
    d.t("\n\n")
    arr = sent.date() + timedelta(days=rng.randint(2, 150))
    dep = arr + timedelta(days=rng.randint(1, 8))
    sep = ch(rng, [": ", ":\t"])
    d.t(f"{T['no']}{sep}{rng.randint(10000000, 99999999)}\n")
    d.add(T["arr"], sep, L(fmt_date(rng, arr, lang), DT), "\n", T["dep"], sep, L(fmt_date(rng, dep, lang), DT), "\n")
    d.t(f"{T['room']}{sep}{ch(rng, T['rooms'])}\n{T['guests']}{sep}{rng.randint(1, 4)}\n")
    d.t(f"{T['price']}{sep}{money(rng, 90, 2400, T['cur'], 'eu')}\n")
    d.add(T["checkin"], " ", L(fmt_time(rng, ch(rng, [14, 15, 16]), 0, lang), DT), " · ", T["checkout"], " ", L(fmt_time(rng, ch(rng, [10, 11, 12]), 0, lang), DT), "\n")
    d.add(T["cancel"], " ", L(fmt_date(rng, arr - timedelta(days=rng.randint(1, 7)), lang), DT), "\n\n")
    ha = make_addr(rng, hloc, business=True)
    d.add(T["addr"], sep, L(ha.oneline(), ADR), "\n")
    _fill_sentence(d, T["contact"], {"ph": L(phone(rng, hloc, "land"), PH), "em": L(res_em, EM)})
    path = {"de": "reservierung", "fr": "reservation", "es": "reserva", "it": "prenotazione", "pt": "reserva", "nl": "reservering",
            "sv": "bokning", "da": "booking", "no": "bestilling"}[lang]
    d.add("\n", T["manage"], " ", L(url(rng, hdom, f"{path}/{rstr(rng, 10, UPALNUM)}", query=True), URL), "\n\n")
    staff = make_person(rng, hloc)
    d.add(T["bye"], "\n", L(staff.full, PER), "\n", T["team"], f" · {hotel}\n")
    return d


AIRCHAT = {
    "de": dict(hello="Hallo, hier ist {agent} vom {air} Kundenservice. Wie kann ich helfen?",
               cancel=["Hallo, mein Flug {fn} von {c1} nach {c2} am {date} wurde annulliert.", "Hi, Flug {fn} am {date} nach {c2} ist gestrichen, was jetzt?"],
               askref="Das tut mir leid. Nennen Sie mir bitte Ihren Buchungscode und den Nachnamen?", name="Code {pnr}, Name {name}",
               thanks="Danke, {tit}{last}.", offer="Ich kann Ihnen {fn2} am {dt} ab {c1} anbieten, Ankunft {time}.",
               accept="Ok, bitte umbuchen. Bestätigung an {email}", phone="Meine Handynummer ist {ph}",
               done="Erledigt, Ihr neues Ticket {tkt} ist ausgestellt. Gute Reise!", cust="Kunde", ag="Agent"),
    "fr": dict(hello="Bonjour, je suis {agent} du service client {air}. Comment puis-je vous aider ?",
               cancel=["Bonjour, mon vol {fn} de {c1} à {c2} du {date} a été annulé.", "Bonjour, le vol {fn} pour {c2} le {date} est annulé ?"],
               askref="Je suis désolé(e). Pouvez-vous me donner votre référence de réservation et votre nom ?", name="{pnr}, {name}",
               thanks="Merci {tit}{last}.", offer="Je peux vous proposer le vol {fn2} le {dt} au départ de {c1}, arrivée à {time}.",
               accept="D'accord. Envoyez la confirmation à {email} svp", phone="Mon portable : {ph}",
               done="C'est fait, votre nouveau billet {tkt} est émis. Bon voyage !", cust="Client", ag="Conseiller"),
    "es": dict(hello="Hola, soy {agent}, de atención al cliente de {air}. ¿En qué puedo ayudarle?",
               cancel=["Hola, mi vuelo {fn} de {c1} a {c2} del {date} ha sido cancelado.", "Buenas, me han cancelado el {fn} a {c2} del {date}"],
               askref="Lo siento mucho. ¿Me indica el localizador y el apellido?", name="{pnr}, {name}",
               thanks="Gracias, {tit}{last}.", offer="Puedo ofrecerle el vuelo {fn2} el {dt} desde {c1}, con llegada a las {time}.",
               accept="Vale, cámbielo. Mándeme la confirmación a {email}", phone="Mi móvil es el {ph}",
               done="Hecho, su nuevo billete {tkt} ya está emitido. ¡Buen viaje!", cust="Cliente", ag="Agente"),
    "pt": dict(hello="Olá, fala {agent}, do apoio ao cliente da {air}. Como posso ajudar?",
               cancel=["Olá, o meu voo {fn} de {c1} para {c2} no dia {date} foi cancelado.", "Boa tarde, cancelaram o voo {fn} para {c2} de {date}"],
               askref="Lamento imenso. Pode indicar-me o código de reserva e o apelido?", name="{pnr}, {name}",
               thanks="Obrigado, {tit}{last}.", offer="Posso oferecer-lhe o voo {fn2} no dia {dt} a partir de {c1}, com chegada às {time}.",
               accept="Está bem. Envie a confirmação para {email}", phone="O meu telemóvel é {ph}",
               done="Feito, o seu novo bilhete {tkt} foi emitido. Boa viagem!", cust="Cliente", ag="Assistente"),
    "it": dict(hello="Buongiorno, sono {agent} del servizio clienti {air}. Come posso aiutarLa?",
               cancel=["Buongiorno, il mio volo {fn} da {c1} a {c2} del {date} è stato cancellato.", "Salve, volo {fn} per {c2} del {date} cancellato, che faccio?"],
               askref="Mi dispiace. Mi può indicare il codice di prenotazione e il cognome?", name="{pnr}, {name}",
               thanks="Grazie, {tit}{last}.", offer="Posso proporLe il volo {fn2} {dt} da {c1}, con arrivo alle {time}.",
               accept="Va bene. Mandi la conferma a {email}", phone="Il mio cellulare è {ph}",
               done="Fatto, il nuovo biglietto {tkt} è stato emesso. Buon viaggio!", cust="Cliente", ag="Operatore"),
}
AIRLINE_LANG = {"de": [AIRLINES[9], AIRLINES[3], AIRLINES[0]], "fr": [AIRLINES[3], AIRLINES[5], AIRLINES[0]],
                "es": [AIRLINES[2], AIRLINES[5]], "pt": [AIRLINES[8], AIRLINES[6]], "it": [AIRLINES[3], AIRLINES[6]]}


def k_f_airline_chat(rng):
    lang = ch(rng, list(AIRCHAT))
    T = AIRCHAT[lang]
    d = Doc()
    d.lang = lang
    air, code, dom = ch(rng, AIRLINE_LANG[lang])
    p, loc = native(rng, lang)
    agent = make_person(rng, LANG_LOC[lang] if lang != "pt" else "pt")
    (a1, c1), (a2, c2) = rng.sample(LOCAL_AIRPORTS[lang], 2)
    dep = rand_dt(rng)
    clock = datetime(2025, 1, 1, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59))
    pst = ch(rng, ["[%H:%M:%S] ", "%H:%M ", "[%H:%M] "])
    cust_lbl = ch(rng, [T["cust"], "first"])

    def line(who, template, mapping):
        nonlocal clock
        clock += timedelta(seconds=rng.randint(10, 120))
        d.t(clock.strftime(pst))
        if who == "c":
            d.add(L(p.first, PER) if cust_lbl == "first" else T["cust"])
        else:
            d.add(T["ag"], " (", L(agent.first, PER), ")") if chance(rng, 0.5) else d.t(T["ag"])
        d.t(": ")
        _fill_sentence(d, template, mapping)
        d.t("\n")

    d.t(f"{air} · Chat {uuid4(rng)[:13]} · {ch(rng, ['Web', 'App', 'WhatsApp'])}\n\n")
    line("a", T["hello"], {"agent": L(agent.first, PER), "air": air})
    fn = flightno(rng, code)
    line("c", ch(rng, T["cancel"]), {"fn": fn, "c1": L(c1, LOC), "c2": L(c2, LOC), "date": L(fmt_date(rng, dep.date(), lang), DT)})
    line("a", T["askref"], {})
    line("c", T["name"], {"pnr": pnr(rng), "name": L(p.full if chance(rng, 0.6) else p.last.upper(), PER)})
    dep2 = dep + timedelta(hours=rng.randint(3, 30))
    arr2 = dep2 + timedelta(minutes=rng.randint(60, 300))
    line("a", T["thanks"] + " " + T["offer"], {"tit": tit(rng, p, lang), "last": L(p.last, PER), "fn2": flightno(rng, code),
                                                "dt": L(fmt_dt(rng, dep2, lang), DT), "c1": L(c1, LOC), "time": L(fmt_time(rng, arr2.hour, arr2.minute, lang), DT)})
    if chance(rng, 0.8):
        line("c", T["accept"], {"email": L(email_for(rng, p), EM)})
    if chance(rng, 0.6):
        line("c", T["phone"], {"ph": L(phone(rng, loc, "mobile"), PH)})
    line("a", T["done"], {"tkt": eticket(rng)})
    return d


PORT = {
    "de": dict(title=["Auftrag zur Rufnummernmitnahme (Portierung)", "Portierungsauftrag – Mobilfunk"],
               intro="Hiermit beauftrage ich {new}, meine Rufnummer von {old} zu übernehmen und kündige den bestehenden Vertrag zum Portierungstermin.",
               holder="Anschlussinhaber", dob="Geburtsdatum", addr="Anschrift", custno="Kundennummer beim abgebenden Anbieter",
               pin="Kundenkennwort", num="Zu portierende Rufnummer", sim="SIM-Kartennummer (ICCID)", date="Gewünschter Portierungstermin",
               contact="Rückrufnummer", em="E-Mail", place="Ort, Datum", sig="Unterschrift", idl="Personalausweisnummer",
               note="Die Portierung erfolgt in der Regel zwischen {t1} und {t2}. Bitte lassen Sie das Gerät eingeschaltet."),
    "es": dict(title=["Solicitud de portabilidad móvil", "SOLICITUD DE PORTABILIDAD – cambio de operador"],
               intro="Solicito a {new} la portabilidad de mi número, actualmente con {old}, y la baja simultánea del servicio con dicho operador.",
               holder="Titular", dob="Fecha de nacimiento", addr="Domicilio", custno="Nº de cliente en el operador donante",
               pin="Clave de acceso de cliente", num="Número a portar", sim="Nº de SIM (ICCID)", date="Fecha solicitada de portabilidad",
               contact="Teléfono de contacto", em="Correo electrónico", place="Lugar y fecha", sig="Firma", idl="DNI/NIE",
               note="El cambio se realizará entre las {t1} y las {t2}; durante ese intervalo puede quedarse sin servicio."),
    "it": dict(title=["Richiesta di portabilità del numero (MNP)", "Modulo di richiesta MNP"],
               intro="Il/La sottoscritto/a chiede a {new} la portabilità del proprio numero attualmente attivo con {old}.",
               holder="Intestatario", dob="Data di nascita", addr="Indirizzo di residenza", custno="Codice cliente operatore cedente",
               pin="PIN di sicurezza cliente", num="Numero da portare", sim="Seriale SIM (ICCID)", date="Data richiesta di attivazione",
               contact="Recapito telefonico", em="E-mail", place="Luogo e data", sig="Firma", idl="Codice fiscale",
               note="Il passaggio avviene di norma tra le {t1} e le {t2} del giorno indicato."),
    "pt": dict(title=["Pedido de portabilidade de número", "PORTABILIDADE – Formulário de adesão"],
               intro="Solicito à {new} a portabilidade do meu número, atualmente ativo na {old}, e a denúncia do respetivo contrato.",
               holder="Titular", dob="Data de nascimento", addr="Morada", custno="N.º de cliente no operador doador",
               pin="Código de acesso do cliente", num="Número a portar", sim="N.º do cartão SIM (ICCID)", date="Data pretendida",
               contact="Contacto alternativo", em="E-mail", place="Local e data", sig="Assinatura", idl="NIF",
               note="A portabilidade ocorre entre as {t1} e as {t2}; poderá ficar sem rede durante alguns minutos."),
    "nl": dict(title=["Overstapformulier nummerbehoud", "Verzoek nummerportering"],
               intro="Hierbij verzoek ik {new} mijn mobiele nummer over te zetten van {old} en het lopende abonnement op te zeggen.",
               holder="Naam abonnementhouder", dob="Geboortedatum", addr="Adres", custno="Klantnummer bij huidige provider",
               pin="Klantwachtwoord", num="Over te zetten nummer", sim="Simkaartnummer (ICCID)", date="Gewenste overstapdatum",
               contact="Contactnummer", em="E-mailadres", place="Plaats en datum", sig="Handtekening", idl="Nr. identiteitsbewijs",
               note="Het overzetten gebeurt tussen {t1} en {t2}; houd uw telefoon aan."),
    "pl": dict(title=["Wniosek o przeniesienie numeru", "WNIOSEK O PRZENIESIENIE NUMERU (MNP)"],
               intro="Wnoszę o przeniesienie mojego numeru z sieci {old} do {new} oraz rozwiązanie umowy z dotychczasowym operatorem.",
               holder="Abonent", dob="Data urodzenia", addr="Adres zamieszkania", custno="Numer klienta u dotychczasowego operatora",
               pin="Hasło abonenta", num="Numer do przeniesienia", sim="Numer karty SIM (ICCID)", date="Wnioskowana data przeniesienia",
               contact="Telefon kontaktowy", em="E-mail", place="Miejscowość i data", sig="Podpis", idl="PESEL",
               note="Przeniesienie nastąpi między {t1} a {t2}; przez krótki czas telefon może być bez zasięgu."),
}
TELCO_LANG = {"de": ["Telvio", "Veloxa Mobile", "Kestrel Mobile"], "es": ["Onda Móvil", "Veloxa Mobile", "Altavia Telecom"],
              "it": ["Marea Mobile", "Veloxa Mobile", "Altavia Telecom"], "pt": ["Altavia Telecom", "Veloxa Mobile", "Orbita Telecom"],
              "nl": ["Veloxa Mobile", "Brightwave", "Altavia Telecom"], "pl": ["Polnet GSM", "Veloxa Mobile", "Orbita Telecom"]}


def national_id(rng, lang, dob):
    if lang == "es":
        n = rng.randint(10000000, 99999999)
        return f"{n}{DNI_LETTERS[n % 23]}"
    if lang == "it":
        return f"{rstr(rng, 6, 'BCDFGLMNPRSTVZ')}{dob.year % 100:02d}{'ABCDEHLMPRST'[dob.month - 1]}{dob.day + ch(rng, [0, 40]):02d}{ch(rng, 'ABCDEFGHLM')}{digits(rng, 3)}{letters(rng, 1)}"
    if lang == "pl":
        return f"{dob.year % 100:02d}{dob.month + (20 if dob.year >= 2000 else 0):02d}{dob.day:02d}{digits(rng, 5)}"
    if lang == "pt":
        return "2" + digits(rng, 8)
    if lang == "de":
        return rstr(rng, 9, "CFGHJKLMNPRTVWXYZ0123456789")
    return digits(rng, 9)


def k_f_port_request(rng):
    lang = ch(rng, list(PORT))
    T = PORT[lang]
    d = Doc()
    d.lang = lang
    loc = LANG_LOC[lang] if lang != "pt" else "pt"
    p = make_person(rng, loc if lang != "de" else ch(rng, ["de", "de", "at"]))
    old, new = rng.sample(TELCO_LANG[lang], 2)
    d.t(ch(rng, T["title"]) + f"\n{new} · Auftrags-/Ref.-Nr. {rstr(rng, 3, string.ascii_uppercase)}-{digits(rng, 7)}\n\n" if lang == "de" else
        ch(rng, T["title"]) + f"\n{new} · Ref. {rstr(rng, 3, string.ascii_uppercase)}-{digits(rng, 7)}\n\n")
    _fill_sentence(d, T["intro"], {"new": new, "old": old})
    d.t("\n\n")
    dob = rand_dob(rng, 1945, 2005)
    sep = ch(rng, [": ", ":\t", " – "])
    rows = [lambda: d.add(T["holder"], sep, L(p.variant(rng, ("full", "upper", "lastfirst")), PER), "\n"),
            lambda: d.add(T["dob"], sep, L(fmt_date(rng, dob, lang, dob=True), DOB), "\n"),
            lambda: d.t(f"{T['idl']}{sep}{national_id(rng, lang, dob)}\n")]
    a = make_addr(rng, p.loc)
    rows.append(lambda: d.add(T["addr"], sep, L(a.oneline() if chance(rng, 0.6) else "\n  ".join(a.lines()), ADR), "\n"))
    for r in rows:
        r()
    d.t("\n")
    d.add(T["num"], sep, L(phone(rng, loc, "mobile"), PH), "\n")
    d.add(T["custno"], sep, L(telco_account(rng), ACC), "\n")
    if chance(rng, 0.7):
        d.add(T["pin"], sep, L(port_pin(rng), PWD), "\n")
    d.t(f"{T['sim']}{sep}{iccid(rng, {'de': '49', 'es': '34', 'it': '39', 'pt': '351', 'nl': '31', 'pl': '48'}[lang])}\n")
    due = rand_date(rng)
    d.add(T["date"], sep, L(fmt_date(rng, due, lang), DT), "\n")
    if chance(rng, 0.7):
        d.add(T["contact"], sep, L(phone(rng, loc, "land" if chance(rng, 0.5) else "mobile"), PH), "\n")
    if chance(rng, 0.7):
        d.add(T["em"], sep, L(email_for(rng, p), EM), "\n")
    d.t("\n")
    _fill_sentence(d, T["note"], {"t1": L(fmt_time(rng, ch(rng, [6, 7, 8]), 0, lang), DT), "t2": L(fmt_time(rng, ch(rng, [10, 12, 14]), 0, lang), DT)})
    d.t("\n\n")
    d.add(T["place"], sep, L(a.city, LOC), ", ", L(fmt_date(rng, due - timedelta(days=rng.randint(3, 20)), lang), DT), "\n", T["sig"], ": ____________________\n")
    return d


RENT = {
    "de": dict(title="MIETVERTRAG", renter="Mieter", dob="Geburtsdatum", lic="Führerschein-Nr.", lic_exp="gültig bis", addr="Anschrift",
               tel="Telefon", em="E-Mail", veh="Fahrzeug", plate="Kennzeichen", out="Übernahme", back="Rückgabe", station="Station",
               pay="Zahlung", deposit="Kaution", km="Kilometerstand", fuel="Tankfüllung", driver2="Zusatzfahrer", cur="EUR",
               clause="Der Mieter bestätigt die Übernahme des Fahrzeugs in einwandfreiem Zustand. Bei verspäteter Rückgabe wird ein weiterer Miettag berechnet.",
               exp="Ablauf", sig="Unterschrift Mieter"),
    "fr": dict(title="CONTRAT DE LOCATION", renter="Locataire", dob="Date de naissance", lic="N° de permis", lic_exp="délivré le", addr="Adresse",
               tel="Tél.", em="E-mail", veh="Véhicule", plate="Immatriculation", out="Départ", back="Retour", station="Agence",
               pay="Paiement", deposit="Dépôt de garantie", km="Kilométrage", fuel="Carburant", driver2="Conducteur additionnel", cur="EUR",
               clause="Le locataire reconnaît avoir reçu le véhicule en bon état. Tout retard de plus de 59 minutes entraîne la facturation d'une journée supplémentaire.",
               exp="Exp.", sig="Signature du locataire"),
    "es": dict(title="CONTRATO DE ALQUILER", renter="Arrendatario", dob="Fecha de nacimiento", lic="Nº de permiso de conducir", lic_exp="válido hasta", addr="Dirección",
               tel="Teléfono", em="Email", veh="Vehículo", plate="Matrícula", out="Recogida", back="Devolución", station="Oficina",
               pay="Pago", deposit="Fianza", km="Kilometraje", fuel="Combustible", driver2="Conductor adicional", cur="EUR",
               clause="El arrendatario declara recibir el vehículo en perfecto estado. Política de combustible lleno/lleno.",
               exp="Cad.", sig="Firma del arrendatario"),
    "it": dict(title="CONTRATTO DI NOLEGGIO", renter="Locatario", dob="Data di nascita", lic="N. patente", lic_exp="scadenza", addr="Indirizzo",
               tel="Tel.", em="E-mail", veh="Veicolo", plate="Targa", out="Ritiro", back="Riconsegna", station="Stazione",
               pay="Pagamento", deposit="Deposito cauzionale", km="Km alla consegna", fuel="Carburante", driver2="Guidatore aggiuntivo", cur="EUR",
               clause="Il locatario dichiara di aver ricevuto il veicolo in buono stato. Franchigia danni come da condizioni generali.",
               exp="Scad.", sig="Firma del locatario"),
}


def k_f_car_rental(rng):
    lang = ch(rng, list(RENT))
    T = RENT[lang]
    d = Doc()
    d.lang = lang
    loc = LANG_LOC[lang]
    brand, rdom = ch(rng, RENTALS)
    p, ploc = native(rng, lang, 0.7)
    dob = rand_dob(rng, 1950, 2002)
    d.t(f"{brand}   {T['title']}   Nr. {rng.randint(1000000, 9999999)}\n" + "-" * 50 + "\n")
    d.add(T["renter"], ": ", L(p.variant(rng, ("full", "upper", "lastfirst")), PER), "   ", T["dob"], ": ", L(fmt_date(rng, dob, lang, dob=True), DOB), "\n")
    dlloc = ploc if ploc in ("de", "at", "fr", "es", "it", "nl", "pl", "pt", "gb") else "de"
    dlv, st = driver_license(rng, dlloc, p, dob)
    lic_d = rand_date(rng, date(1995, 1, 1), date(2023, 12, 31)) if lang == "fr" else rand_date(rng, date(2026, 1, 1), date(2038, 12, 31))
    d.add(T["lic"], f" ({st}): ", L(dlv, DL), "   ", T["lic_exp"], " ", L(fmt_date(rng, lic_d, lang), DT), "\n")
    a = make_addr(rng, ploc)
    d.add(T["addr"], ": ", L(a.oneline(", ", country_name(lang, ploc) if ploc != loc else None), ADR), "\n")
    d.add(T["tel"], ": ", L(phone(rng, ploc, "mobile"), PH))
    if chance(rng, 0.7):
        d.add("   ", T["em"], ": ", L(email_for(rng, p), EM))
    d.t("\n")
    if chance(rng, 0.3):
        q = make_person(rng, ploc)
        d.add(T["driver2"], ": ", L(q.full, PER), "\n")
    d.t(f"\n{T['veh']}: {ch(rng, RENTAL_MODELS)}   {T['plate']}: {plate(rng, loc)}   VIN {vin(rng)}\n")
    d.t(f"{T['km']}: {rng.randint(2000, 80000)}   {T['fuel']}: 8/8\n")
    out = rand_dt(rng)
    back = out + timedelta(days=rng.randint(1, 12))
    sa = make_addr(rng, loc, business=True)
    d.add(T["out"], ": ", L(fmt_dt(rng, out, lang), DT), " — ", T["station"], " ", L(sa.oneline(), ADR), "\n")
    d.add(T["back"], ": ", L(fmt_dt(rng, back, lang), DT), " — ", T["station"], " ", L(city_of(rng, loc), LOC), "\n\n")
    if chance(rng, 0.5):
        num, br = card(rng)
        exp = date(rng.randint(2026, 2030), rng.randint(1, 12), 1)
        d.add(T["pay"], f": {card_brand_name(br)} ", L(num, CC), f"  {T['exp']} ", L(f"{exp.month:02d}/{exp.year % 100:02d}", DT), "\n")
    else:
        d.t(f"{T['pay']}: {ch(rng, ['Visa', 'Mastercard', 'Amex'])} {masked_card(rng)}\n")
    d.t(f"{T['deposit']}: {money(rng, 250, 1500, T['cur'], 'eu')}\n\n{T['clause']}\n\n{T['sig']}: ________________\n")
    return d


SEPA = {
    "de": dict(title="SEPA-Lastschriftmandat", cid="Gläubiger-Identifikationsnummer", mref="Mandatsreferenz",
               text="Ich ermächtige {cred}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von {cred} auf mein Konto gezogenen Lastschriften einzulösen.",
               name="Kontoinhaber", addr="Straße und Hausnummer", pcity="PLZ und Ort", iban="IBAN", bic="BIC", place="Ort", date="Datum", sig="Unterschrift",
               recurring="Wiederkehrende Zahlung", acc="Kundennummer"),
    "fr": dict(title="Mandat de prélèvement SEPA", cid="Identifiant créancier SEPA (ICS)", mref="Référence unique du mandat (RUM)",
               text="En signant ce formulaire de mandat, vous autorisez {cred} à envoyer des instructions à votre banque pour débiter votre compte, et votre banque à débiter votre compte conformément aux instructions de {cred}.",
               name="Nom du débiteur", addr="Adresse", pcity="Code postal et ville", iban="IBAN", bic="BIC", place="Fait à", date="le", sig="Signature",
               recurring="Paiement récurrent", acc="N° client"),
    "es": dict(title="Orden de domiciliación de adeudo directo SEPA", cid="Identificador del acreedor", mref="Referencia de la orden de domiciliación",
               text="Mediante la firma de esta orden de domiciliación, el deudor autoriza a {cred} a enviar instrucciones a la entidad del deudor para adeudar su cuenta.",
               name="Nombre del deudor", addr="Dirección del deudor", pcity="Código postal – Población", iban="Número de cuenta – IBAN", bic="SWIFT BIC",
               place="Localidad", date="Fecha", sig="Firma del deudor", recurring="Pago recurrente", acc="Nº de cliente"),
    "it": dict(title="Mandato per addebito diretto SEPA", cid="Codice identificativo del creditore", mref="Riferimento del mandato",
               text="La sottoscrizione del presente mandato comporta l'autorizzazione a {cred} a richiedere alla banca del debitore l'addebito del suo conto.",
               name="Intestatario del conto", addr="Indirizzo", pcity="CAP e località", iban="Codice IBAN", bic="BIC", place="Luogo", date="Data",
               sig="Firma", recurring="Pagamento ricorrente", acc="Codice cliente"),
    "nl": dict(title="Doorlopende machtiging SEPA", cid="Incassant ID", mref="Kenmerk machtiging",
               text="Door ondertekening van dit formulier geeft u toestemming aan {cred} om doorlopende incasso-opdrachten te sturen naar uw bank om een bedrag van uw rekening af te schrijven.",
               name="Naam", addr="Adres", pcity="Postcode en woonplaats", iban="Rekeningnummer (IBAN)", bic="BIC", place="Plaats", date="Datum",
               sig="Handtekening", recurring="Doorlopende machtiging", acc="Klantnummer"),
    "pt": dict(title="Autorização de débito direto SEPA", cid="Identificação do credor", mref="Referência da autorização",
               text="Ao subscrever esta autorização, está a autorizar a {cred} a enviar instruções ao seu banco para debitar a sua conta.",
               name="Nome do devedor", addr="Morada", pcity="Código postal e localidade", iban="IBAN", bic="BIC SWIFT", place="Local", date="Data",
               sig="Assinatura", recurring="Pagamento recorrente", acc="N.º de cliente"),
}
SEPA_CRED = {"de": ["Telvio GmbH", "Kestrel Mobile Deutschland GmbH", "Alpenblick Reisen GmbH"], "fr": ["Orbita Telecom SAS", "Maison Orée SARL"],
             "es": ["Onda Móvil S.A.", "Casa Solana Hoteles S.L."], "it": ["Marea Mobile S.p.A.", "Viaggi del Sole S.r.l."],
             "nl": ["Veloxa Mobile B.V.", "Hotel De Zeven Zeeën B.V."], "pt": ["Altavia Telecom, S.A.", "Horizonte Viagens, Lda."]}


def creditor_id(rng, cc):
    nat = digits(rng, 11 if cc == "DE" else 8)
    code = ch(rng, ["ZZZ", "001", "100"])
    num = int("".join(str(int(c, 36)) for c in nat + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{code}{nat}"


def k_f_sepa_mandate(rng):
    lang = ch(rng, list(SEPA))
    T = SEPA[lang]
    d = Doc()
    d.lang = lang
    loc = LANG_LOC[lang]
    cc = LOC_IBAN[loc]
    cred = ch(rng, SEPA_CRED[lang])
    ca = make_addr(rng, loc, business=True)
    p = make_person(rng, loc)
    d.t(f"{T['title']}\n\n{cred}\n")
    d.add(L(ca.oneline(), ADR), "\n")
    d.t(f"{T['cid']}: {creditor_id(rng, cc)}\n{T['mref']}: {rstr(rng, 3, string.ascii_uppercase)}{digits(rng, 9)}\n")
    if chance(rng, 0.6):
        d.add(T["acc"], ": ", L(telco_account(rng), ACC), "\n")
    d.t("\n")
    _fill_sentence(d, T["text"], {"cred": cred})
    d.t("\n\n")
    a = make_addr(rng, loc)
    d.add(T["name"], ": ", L(p.variant(rng, ("full", "lastfirst", "upper")), PER), "\n")
    d.add(T["addr"], ": ", L(a.street_field(), ADR), "\n")
    d.add(T["pcity"], ": ", a.pc, " ", L(a.city, LOC), "\n")
    d.add(T["iban"], ": ", L(iban(rng, cc), IBAN), "\n")
    d.t(f"{T['bic']}: {bic(rng, cc)}\n")
    d.t(f"[x] {T['recurring']}\n\n")
    if lang == "fr":
        d.add("Fait à ", L(a.city, LOC), ", le ", L(fmt_date(rng, rand_date(rng), lang), DT), "\n")
    else:
        d.add(T["place"], ": ", L(a.city, LOC), "   ", T["date"], ": ", L(fmt_date(rng, rand_date(rng), lang), DT), "\n")
    d.t(f"{T['sig']}: ____________________\n")
    return d


ROAM = {
    "de": dict(title="Ihre Rechnung", inv="Rechnungsnummer", acc="Kundennummer", date="Rechnungsdatum", period="Abrechnungszeitraum",
               num="Ihre Rufnummer", roam="Roaming-Verbindungen", cols="Datum/Uhrzeit | Ziel | Art | Dauer/Volumen | Betrag",
               voice="Abgehendes Gespräch", sms="SMS", data="Datenverbindung", inc="Ankommendes Gespräch", total="Rechnungsbetrag",
               debit="Der Betrag wird am {date} von Ihrem Konto {iban} abgebucht.", q="Fragen zur Rechnung? {url} oder {ph}",
               dear="Guten Tag", cur="EUR", to="bis"),
    "fr": dict(title="Votre facture", inv="N° de facture", acc="N° de compte client", date="Date de facture", period="Période de facturation",
               num="Votre ligne", roam="Communications depuis l'étranger", cols="Date/heure | Destination | Type | Durée/Volume | Montant",
               voice="Appel émis", sms="SMS", data="Session data", inc="Appel reçu", total="Total à payer",
               debit="Ce montant sera prélevé le {date} sur votre compte {iban}.", q="Une question ? {url} ou {ph}",
               dear="Bonjour", cur="EUR", to="au"),
    "es": dict(title="Su factura", inv="Nº de factura", acc="Nº de cliente", date="Fecha de emisión", period="Periodo de facturación",
               num="Su línea", roam="Consumo en itinerancia (roaming)", cols="Fecha/hora | Destino | Tipo | Duración/Volumen | Importe",
               voice="Llamada saliente", sms="SMS", data="Datos", inc="Llamada entrante", total="Total factura",
               debit="El importe se cargará el {date} en su cuenta {iban}.", q="¿Dudas? {url} o {ph}",
               dear="Hola", cur="EUR", to="al"),
    "it": dict(title="La tua fattura", inv="Numero fattura", acc="Codice cliente", date="Data emissione", period="Periodo di fatturazione",
               num="La tua linea", roam="Traffico in roaming", cols="Data/ora | Destinazione | Tipo | Durata/Volume | Importo",
               voice="Chiamata effettuata", sms="SMS", data="Traffico dati", inc="Chiamata ricevuta", total="Totale da pagare",
               debit="L'importo sarà addebitato il {date} sul conto {iban}.", q="Domande? {url} oppure {ph}",
               dear="Gentile cliente", cur="EUR", to="al"),
    "pl": dict(title="Twoja faktura", inv="Nr faktury", acc="Numer klienta", date="Data wystawienia", period="Okres rozliczeniowy",
               num="Twój numer", roam="Połączenia w roamingu", cols="Data i godzina | Numer | Rodzaj | Czas/Ilość | Kwota",
               voice="Połączenie wychodzące", sms="SMS", data="Transmisja danych", inc="Połączenie przychodzące", total="Do zapłaty",
               debit="Kwota zostanie pobrana {date} z rachunku {iban}.", q="Pytania? {url} lub {ph}",
               dear="Dzień dobry", cur="PLN", to="–"),
    "tr": dict(title="Faturanız", inv="Fatura no", acc="Müşteri numarası", date="Fatura tarihi", period="Fatura dönemi",
               num="Hat numaranız", roam="Yurt dışı (roaming) kullanımı", cols="Tarih/saat | Aranan | Tür | Süre/Miktar | Tutar",
               voice="Giden arama", sms="SMS", data="İnternet", inc="Gelen arama", total="Ödenecek tutar",
               debit="Tutar {date} tarihinde {iban} numaralı hesabınızdan tahsil edilecektir.", q="Sorularınız için {url} veya {ph}",
               dear="Sayın abonemiz", cur="TRY", to="–"),
}


def k_f_roaming_bill(rng):
    lang = ch(rng, list(ROAM))
    T = ROAM[lang]
    d = Doc()
    d.lang = lang
    loc = LANG_LOC[lang]
    telco, tdom = ch(rng, TELCOS)
    p = make_person(rng, loc)
    a = make_addr(rng, loc)
    d.t(f"{telco} · {T['title']}\n\n")
    d.add(L(p.variant(rng, ("full", "upper")), PER), "\n", L("\n".join(a.lines()), ADR), "\n\n")
    start = rand_date(rng).replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    issued = end + timedelta(days=rng.randint(1, 5))
    d.t(f"{T['inv']}: {digits(rng, 4)}-{digits(rng, 8)}\n")
    d.add(T["acc"], ": ", L(telco_account(rng), ACC), "\n", T["date"], ": ", L(fmt_date(rng, issued, lang), DT), "\n")
    d.add(T["period"], ": ", L(fmt_date(rng, start, lang), DT), f" {T['to']} ", L(fmt_date(rng, end, lang), DT), "\n")
    d.add(T["num"], ": ", L(phone(rng, loc, "mobile"), PH), "\n\n")
    dest = ch(rng, [l for l in ("fr", "es", "it", "de", "gb", "us", "tr", "pt", "nl") if l != loc])
    d.add(f"{T['roam']} — ", L(country_name(lang, dest), LOC), "\n", T["cols"], "\n")
    day = start + timedelta(days=rng.randint(0, 15))
    rpat = ch(rng, ["{dd}.{mm}.{yyyy}", "{dd}/{mm}/{yyyy}"]) if lang in ("de", "pl", "tr") else "{dd}/{mm}/{yyyy}"
    for w in sorted(rand_dt(rng, day + timedelta(days=rng.randint(0, 6))) for _ in range(rng.randint(3, 6))):
        kind = ch(rng, ["voice", "sms", "data", "inc"])
        dstr = _fmt(w.date(), rpat, lang)
        d.add(L(f"{dstr} {w.hour:02d}:{w.minute:02d}", DT), " | ")
        amt = money(rng, 0.1, 9, T["cur"], "eu")
        if kind == "data":
            d.t(f"— | {T['data']} | {rng.uniform(1, 700):.1f} MB | {amt}\n")
        else:
            d.add(L(intl_phone(rng, ch(rng, [loc, dest])), PH), f" | {T[kind]} | ",
                  "1" if kind == "sms" else f"{rng.randint(0, 30):02d}:{rng.randint(0, 59):02d}", f" | {amt}\n")
    d.t(f"\n{T['total']}: {money(rng, 15, 150, T['cur'], 'eu')}\n\n")
    if loc in LOC_IBAN:
        _fill_sentence(d, T["debit"], {"date": L(fmt_date(rng, issued + timedelta(days=10), lang), DT), "iban": L(iban(rng, LOC_IBAN[loc]), IBAN)})
        d.t("\n")
    path = {"de": "hilfe/rechnung", "fr": "aide/facture", "es": "ayuda/factura", "it": "aiuto/fattura", "pl": "pomoc/faktura", "tr": "yardim/fatura"}[lang]
    _fill_sentence(d, T["q"], {"url": L(url(rng, tdom, path, query=False), URL),
                               "ph": L(phone(rng, loc, "tollfree" if lang != "tr" else "land"), PH)})
    d.t("\n")
    return d


COMPLAINT = {
    "de": dict(subj="Beschwerde zu Buchung {ref}", open="Sehr geehrte Damen und Herren,",
               body="am {date} war ich mit meiner Familie auf dem Flug {fn} von {c1} nach {c2} gebucht. Der Abflug war für {time} geplant, tatsächlich sind wir erst mit über {hours} Stunden Verspätung gestartet. Eine Mitarbeiterin am Schalter, Frau {staff}, teilte uns mit, dass keine Hotelübernachtung angeboten werden könne.",
               ask="Ich bitte um Erstattung der Mehrkosten in Höhe von {amount} auf mein Konto {iban}.",
               reach="Sie erreichen mich unter {ph} oder {em}.", close="Mit freundlichen Grüßen"),
    "fr": dict(subj="Réclamation – réservation {ref}", open="Madame, Monsieur,",
               body="le {date}, j'étais enregistré(e) sur le vol {fn} de {c1} à {c2}, dont le départ était prévu à {time}. Le vol a finalement décollé avec plus de {hours} heures de retard et l'agent au comptoir, M. {staff}, nous a indiqué qu'aucune prise en charge n'était possible.",
               ask="Je vous prie de bien vouloir me rembourser les frais engagés, soit {amount}, sur mon compte {iban}.",
               reach="Vous pouvez me joindre au {ph} ou à l'adresse {em}.", close="Veuillez agréer, Madame, Monsieur, mes salutations distinguées."),
    "es": dict(subj="Reclamación – reserva {ref}", open="Estimados señores:",
               body="el pasado {date} tenía reservado el vuelo {fn} de {c1} a {c2}, con salida prevista a las {time}. El vuelo salió con más de {hours} horas de retraso y la empleada del mostrador, la Sra. {staff}, nos dijo que no se ofrecía alojamiento.",
               ask="Solicito el reembolso de los gastos ocasionados, {amount}, en mi cuenta {iban}.",
               reach="Pueden contactarme en el {ph} o en {em}.", close="Atentamente,"),
    "it": dict(subj="Reclamo – prenotazione {ref}", open="Spettabile Servizio Clienti,",
               body="il giorno {date} ero prenotato/a sul volo {fn} da {c1} a {c2}, con partenza prevista alle {time}. Il volo è partito con oltre {hours} ore di ritardo e l'addetto al banco, il Sig. {staff}, ci ha comunicato che non era prevista alcuna assistenza.",
               ask="Chiedo il rimborso delle spese sostenute, pari a {amount}, sul conto {iban}.",
               reach="Potete contattarmi al numero {ph} oppure all'indirizzo {em}.", close="Distinti saluti,"),
    "pt": dict(subj="Reclamação – reserva {ref}", open="Exmos. Senhores,",
               body="no dia {date} tinha reserva no voo {fn} de {c1} para {c2}, com partida prevista para as {time}. O voo partiu com mais de {hours} horas de atraso e o funcionário do balcão, o Sr. {staff}, informou que não havia alojamento disponível.",
               ask="Solicito o reembolso das despesas, no valor de {amount}, para a conta {iban}.",
               reach="Podem contactar-me pelo {ph} ou através de {em}.", close="Com os melhores cumprimentos,"),
    "nl": dict(subj="Klacht over boeking {ref}", open="Geachte heer, mevrouw,",
               body="op {date} was ik geboekt op vlucht {fn} van {c1} naar {c2}, met een geplande vertrektijd van {time}. De vlucht vertrok uiteindelijk met meer dan {hours} uur vertraging en de medewerker bij de balie, de heer {staff}, vertelde ons dat er geen hotel werd aangeboden.",
               ask="Ik verzoek u de gemaakte kosten van {amount} over te maken naar rekening {iban}.",
               reach="U kunt mij bereiken op {ph} of via {em}.", close="Met vriendelijke groet,"),
    "sv": dict(subj="Klagomål angående bokning {ref}", open="Hej,",
               body="den {date} var jag bokad på flyg {fn} från {c1} till {c2} med planerad avgång {time}. Flyget avgick med över {hours} timmars försening och personalen vid incheckningen, {staff}, sa att inget hotell kunde erbjudas.",
               ask="Jag begär ersättning för mina kostnader, {amount}, till konto {iban}.",
               reach="Ni når mig på {ph} eller {em}.", close="Med vänliga hälsningar,"),
    "da": dict(subj="Klage over booking {ref}", open="Kære kundeservice,",
               body="den {date} var jeg booket på fly {fn} fra {c1} til {c2} med planlagt afgang kl. {time}. Flyet afgik med mere end {hours} timers forsinkelse, og medarbejderen ved skranken, {staff}, oplyste, at der ikke blev tilbudt hotel.",
               ask="Jeg beder om refusion af mine udgifter på {amount} til konto {iban}.",
               reach="I kan kontakte mig på {ph} eller {em}.", close="Med venlig hilsen"),
    "no": dict(subj="Klage på bestilling {ref}", open="Hei,",
               body="den {date} var jeg booket på fly {fn} fra {c1} til {c2} med planlagt avgang kl. {time}. Flyet gikk med over {hours} timers forsinkelse, og de ansatte ved skranken, blant annet {staff}, sa at hotell ikke kunne tilbys.",
               ask="Jeg ber om refusjon av utgiftene mine på {amount} til konto {iban}.",
               reach="Dere når meg på {ph} eller {em}.", close="Med vennlig hilsen"),
    "pl": dict(subj="Reklamacja – rezerwacja {ref}", open="Szanowni Państwo,",
               body="w dniu {date} miałem/miałam rezerwację na lot {fn} z {c1} do {c2}, z planowanym wylotem o {time}. Samolot wystartował z ponad {hours}-godzinnym opóźnieniem, a pracownik przy stanowisku, pan {staff}, poinformował nas, że hotel nie przysługuje.",
               ask="Proszę o zwrot poniesionych kosztów w wysokości {amount} na rachunek {iban}.",
               reach="Proszę o kontakt pod numerem {ph} lub na adres {em}.", close="Z poważaniem,"),
    "tr": dict(subj="Şikâyet – rezervasyon {ref}", open="Sayın Yetkili,",
               body="{date} tarihinde {c1} – {c2} seferli {fn} sayılı uçuşta rezervasyonum vardı. Planlanan kalkış saati {time} idi; uçak {hours} saatten fazla rötarla kalktı ve kontuardaki görevli {staff} Bey otel verilemeyeceğini söyledi.",
               ask="Yaptığım {amount} tutarındaki masrafların {iban} numaralı hesabıma iadesini talep ediyorum.",
               reach="Bana {ph} numaralı telefondan veya {em} adresinden ulaşabilirsiniz.", close="Saygılarımla,"),
}
CITY_PAIRS = {"de": ["München", "Hamburg", "Berlin", "Palma", "Antalya", "Lissabon", "Köln"], "fr": ["Paris", "Nice", "Lyon", "Marrakech", "Montréal", "Bordeaux"],
              "es": ["Madrid", "Barcelona", "Sevilla", "Bilbao", "Lima", "Tenerife"], "it": ["Roma", "Milano", "Napoli", "Catania", "Parigi", "Bari"],
              "pt": ["Lisboa", "Porto", "Faro", "Funchal", "Paris", "Luanda"], "nl": ["Amsterdam", "Eindhoven", "Curaçao", "Malaga", "Rotterdam"],
              "sv": ["Stockholm", "Göteborg", "Malmö", "Alicante", "Luleå"], "da": ["København", "Aalborg", "Billund", "Málaga", "Aarhus"],
              "no": ["Oslo", "Bergen", "Tromsø", "Alicante", "Stavanger"], "pl": ["Warszawy", "Krakowa", "Gdańska", "Londynu", "Wrocławia"],
              "tr": ["İstanbul", "Antalya", "İzmir", "Ankara", "Berlin"]}
CUR_LANG = {"de": "EUR", "fr": "EUR", "es": "EUR", "it": "EUR", "pt": "EUR", "nl": "EUR", "sv": "SEK", "da": "DKK", "no": "NOK", "pl": "PLN", "tr": "TRY"}


def k_f_complaint_letter(rng):
    lang = ch(rng, list(COMPLAINT))
    T = COMPLAINT[lang]
    d = Doc()
    d.lang = lang
    loc = LANG_LOC[lang]
    p = make_person(rng, loc if lang != "pt" else ch(rng, ["pt", "br"]))
    a = make_addr(rng, p.loc)
    air, code, dom = ch(rng, AIRLINES)
    d.add(L(p.full, PER), "\n", L("\n".join(a.lines()), ADR), "\n\n")
    d.t(f"{air}\n{ch(rng, ['Customer Relations', 'Kundenservice', 'Service Clients', 'Atención al Cliente'])}\n\n")
    dep = rand_dt(rng)
    wrote = dep.date() + timedelta(days=rng.randint(2, 40))
    if lang == "pl":
        d.add(L(a.city, LOC), ", ", L(fmt_date(rng, wrote, lang), DT), "\n\n")
    elif lang == "de":
        d.add(L(a.city, LOC), ", den ", L(fmt_date(rng, wrote, lang), DT), "\n\n")
    else:
        d.add(L(fmt_date(rng, wrote, lang), DT), "\n\n")
    _fill_sentence(d, T["subj"], {"ref": pnr(rng)})
    d.t("\n\n" + T["open"] + "\n\n")
    c1, c2 = rng.sample(CITY_PAIRS[lang], 2)
    staff = make_person(rng, loc, gender="f" if lang in ("es", "de") else ("m" if lang in ("fr", "it", "pt", "nl", "pl", "tr") else None))
    body = T["body"]
    if lang in ("de", "fr", "es", "it", "pt", "nl", "pl"):
        stf = L(staff.last, PER)
    else:
        stf = L(staff.first, PER)
    _fill_sentence(d, body, {"date": L(fmt_date(rng, dep.date(), lang), DT), "fn": flightno(rng, code), "c1": L(c1, LOC), "c2": L(c2, LOC),
                             "time": L(fmt_time(rng, dep.hour, dep.minute, lang), DT), "hours": str(rng.randint(3, 9)), "staff": stf})
    d.t("\n\n")
    if loc in LOC_IBAN and chance(rng, 0.8):
        _fill_sentence(d, T["ask"], {"amount": money(rng, 60, 900, CUR_LANG[lang], "eu"), "iban": L(iban(rng, LOC_IBAN[loc]), IBAN)})
        d.t(" ")
    _fill_sentence(d, T["reach"], {"ph": L(phone(rng, p.loc, "mobile"), PH), "em": L(email_for(rng, p), EM)})
    d.add("\n\n", T["close"], "\n", L(p.full, PER), "\n")
    return d


LOYAL = {
    "de": dict(subj="Ihr Punktestand im {m}", hi="Hallo", dear={"m": "Sehr geehrter Herr", "f": "Sehr geehrte Frau"}, no="Mitgliedsnummer",
               status="Status", until="gültig bis", bal="Punktestand", recent="Ihre letzten Aktivitäten", stay="Aufenthalt", nights="Nächte",
               exp="{pts} Punkte verfallen am {date}.", redeem="Jetzt einlösen:", unsub="Abmelden:", why="Sie erhalten diese E-Mail, weil {em} für Newsletter angemeldet ist."),
    "fr": dict(subj="Votre relevé {m}", hi="Bonjour", dear={"m": "Cher Monsieur", "f": "Chère Madame"}, no="N° de membre",
               status="Statut", until="valable jusqu'au", bal="Solde de points", recent="Vos dernières activités", stay="Séjour", nights="nuits",
               exp="{pts} points expireront le {date}.", redeem="Utiliser mes points :", unsub="Se désabonner :", why="Vous recevez cet e-mail car {em} est inscrit à notre newsletter."),
    "es": dict(subj="Tu extracto de {m}", hi="Hola", dear={"m": "Estimado Sr.", "f": "Estimada Sra."}, no="Nº de socio",
               status="Nivel", until="válido hasta el", bal="Saldo de puntos", recent="Últimos movimientos", stay="Estancia", nights="noches",
               exp="{pts} puntos caducarán el {date}.", redeem="Canjea tus puntos:", unsub="Darse de baja:", why="Recibes este correo porque {em} está suscrito a nuestras novedades."),
    "it": dict(subj="Il tuo estratto conto {m}", hi="Ciao", dear={"m": "Gentile Sig.", "f": "Gentile Sig.ra"}, no="Codice socio",
               status="Livello", until="valido fino al", bal="Saldo punti", recent="Ultime attività", stay="Soggiorno", nights="notti",
               exp="{pts} punti scadranno il {date}.", redeem="Usa i tuoi punti:", unsub="Annulla iscrizione:", why="Ricevi questa e-mail perché {em} è iscritto alla newsletter."),
    "nl": dict(subj="Uw puntenoverzicht {m}", hi="Hallo", dear={"m": "Geachte heer", "f": "Geachte mevrouw"}, no="Lidnummer",
               status="Status", until="geldig tot", bal="Puntensaldo", recent="Recente activiteiten", stay="Verblijf", nights="nachten",
               exp="{pts} punten vervallen op {date}.", redeem="Punten inwisselen:", unsub="Afmelden:", why="U ontvangt deze e-mail omdat {em} is aangemeld voor onze nieuwsbrief."),
}


def k_f_loyalty_email(rng):
    lang = ch(rng, list(LOYAL))
    T = LOYAL[lang]
    d = Doc()
    d.lang = lang
    loc = LANG_LOC[lang]
    brand, dom = ch(rng, [(a[0], a[2]) for a in AIRLINES] + HOTELS)
    prog = f"{brand} {ch(rng, ['Club', 'Miles', 'Rewards', 'Circle'])}"
    p = make_person(rng, loc)
    em = email_for(rng, p)
    sent = rand_dt(rng)
    email_head(d, rng, (prog, role_email(rng, dom, "loyalty"), False), (None, em), (T["subj"].replace("{m}", prog),), sent)
    if chance(rng, 0.5):
        d.add(T["hi"], " ", L(p.first, PER), ",\n\n")
    else:
        d.add(T["dear"][p.gender], " ", L(p.last, PER), ",\n\n")
    d.add(T["no"], ": ", L(loyalty_no(rng), ACC), "\n", T["status"], f": {ch(rng, ['Silver', 'Gold', 'Platinum'])} (", T["until"], " ",
          L(fmt_date(rng, sent.date() + timedelta(days=rng.randint(30, 500)), lang), DT), ")\n", T["bal"], f": {rng.randint(1000, 90000):,}".replace(",", "."), "\n\n", T["recent"], ":\n")
    for dd in sorted(sent.date() - timedelta(days=rng.randint(2, 200)) for _ in range(rng.randint(2, 4))):
        d.add("  ", L(fmt_date(rng, dd, lang, styles=["{dd}.{mm}.{yyyy}", "{d} {MMMM} {yyyy}"] if lang in ("de",) else None), DT), "  ")
        if chance(rng, 0.6):
            d.add(T["stay"], f" {ch(rng, HOTELS)[0]}, ", L(city_of(rng, ch(rng, ["de", "fr", "es", "it", "nl", "pt", "at"])), LOC), f" ({rng.randint(1, 5)} {T['nights']})")
        else:
            a1, a2 = rng.sample(list(AIRPORTS), 2)
            d.t(f"{flightno(rng, ch(rng, AIRLINES)[1])} {a1}–{a2}")
        d.t(f"  +{rng.randint(100, 5000)}\n")
    d.t("\n")
    _fill_sentence(d, T["exp"], {"pts": str(rng.randint(200, 6000)), "date": L(fmt_date(rng, sent.date() + timedelta(days=rng.randint(20, 300)), lang), DT)})
    d.add("\n", T["redeem"], " ", L(url(rng, dom, "loyalty", query=True), URL), "\n\n")
    _fill_sentence(d, T["why"], {"em": L(em, EM)})
    d.add(" ", T["unsub"], " ", L(url(rng, dom, "unsubscribe", query=True), URL), "\n")
    company_footer(d, rng, brand, brand_loc(dom, loc), None)
    return d


CC_TR = {
    "de": dict(hello="Willkommen bei {telco}, mein Name ist {agent}. Mit wem spreche ich?", me="Hallo, hier ist {name}.",
               acc="Danke. Nennen Sie mir bitte Ihre Kundennummer?", accans="Die lautet {acc}.", dob="Und zur Sicherheit Ihr Geburtsdatum?",
               addr="Und die Rechnungsanschrift?", issue="Ich war vom {d1} bis {d2} in {country} und habe plötzlich {amount} Roaming auf der Rechnung.",
               fix="Ich sehe die Buchungen. Ich schreibe Ihnen den Betrag gut und aktiviere den EU-Tarif.", call="Ist {ph} weiterhin Ihre Rückrufnummer?",
               yes="Ja, genau.", bye="Vielen Dank für Ihren Anruf und einen schönen Tag!", A="Agent", C="Kunde",
               head="Gesprächsmitschrift (automatisch) · Aufnahme-ID", qa="QS-Bewertung: Begrüßung {s1}/5 · Verifizierung {s2}/5 · Lösung {s3}/5"),
    "fr": dict(hello="Bienvenue chez {telco}, je m'appelle {agent}. À qui ai-je l'honneur ?", me="Bonjour, c'est {name}.",
               acc="Merci. Pouvez-vous me donner votre numéro client ?", accans="Oui, c'est le {acc}.", dob="Et votre date de naissance, pour vérification ?",
               addr="Et l'adresse de facturation ?", issue="J'étais en {country} du {d1} au {d2} et j'ai {amount} de hors forfait sur ma facture.",
               fix="Je vois les consommations. Je vous fais un geste commercial et j'active l'option Europe.", call="Le {ph} est-il toujours le bon numéro ?",
               yes="Oui, c'est bien ça.", bye="Merci de votre appel, bonne journée !", A="Conseiller", C="Client",
               head="Transcription d'appel (automatique) · ID enregistrement", qa="Évaluation qualité : accueil {s1}/5 · vérification {s2}/5 · résolution {s3}/5"),
    "es": dict(hello="Bienvenido a {telco}, le atiende {agent}. ¿Con quién hablo?", me="Hola, soy {name}.",
               acc="Gracias. ¿Me facilita su número de cliente?", accans="Sí, es el {acc}.", dob="¿Y su fecha de nacimiento, por seguridad?",
               addr="¿Y la dirección de facturación?", issue="Estuve en {country} del {d1} al {d2} y me han cobrado {amount} de roaming.",
               fix="Veo los cargos. Le aplico un abono y le activo la tarifa Europa.", call="¿El {ph} sigue siendo su número de contacto?",
               yes="Sí, ese es.", bye="Gracias por su llamada, ¡que tenga un buen día!", A="Agente", C="Cliente",
               head="Transcripción de llamada (automática) · ID de grabación", qa="Evaluación de calidad: saludo {s1}/5 · verificación {s2}/5 · resolución {s3}/5"),
    "pt": dict(hello="Bem-vindo à {telco}, o meu nome é {agent}. Com quem estou a falar?", me="Olá, é {name}.",
               acc="Obrigado. Pode indicar-me o seu número de cliente?", accans="Sim, é o {acc}.", dob="E a data de nascimento, por questões de segurança?",
               addr="E a morada de faturação?", issue="Estive em {country} de {d1} a {d2} e cobraram-me {amount} de roaming.",
               fix="Estou a ver os consumos. Vou creditar o valor e ativar o tarifário Europa.", call="O {ph} continua a ser o seu contacto?",
               yes="Sim, é esse.", bye="Obrigado pela sua chamada, tenha um bom dia!", A="Assistente", C="Cliente",
               head="Transcrição de chamada (automática) · ID da gravação", qa="Avaliação de qualidade: saudação {s1}/5 · verificação {s2}/5 · resolução {s3}/5"),
}


def k_f_callcenter(rng):
    lang = ch(rng, list(CC_TR))
    T = CC_TR[lang]
    d = Doc()
    d.lang = lang
    loc = LANG_LOC[lang] if lang != "pt" else "pt"
    telco = ch(rng, [t[0] for t in TELCOS])
    agent = make_person(rng, loc)
    c = make_person(rng, loc)
    d.t(f"{T['head']} {digits(rng, 10)}\n")
    d.t(T["qa"].replace("{s1}", str(rng.randint(2, 5))).replace("{s2}", str(rng.randint(1, 5))).replace("{s3}", str(rng.randint(2, 5))) + "\n\n")
    t = rng.randint(1, 5)
    pst = rng.randrange(2)

    def ln(who, template, mapping):
        nonlocal t
        d.t([f"[{t // 60:02d}:{t % 60:02d}] ", f"{t // 3600:02d}:{t % 3600 // 60:02d}:{t % 60:02d} "][pst] + (T["A"] if who == "a" else T["C"]) + ": ")
        _fill_sentence(d, template, mapping)
        d.t("\n")
        t += rng.randint(3, 35)

    ln("a", T["hello"], {"telco": telco, "agent": L(agent.first, PER)})
    ln("c", T["me"], {"name": L(c.full, PER)})
    ln("a", T["acc"], {})
    ln("c", T["accans"], {"acc": L(telco_account(rng), ACC)})
    if chance(rng, 0.7):
        ln("a", T["dob"], {})
        ln("c", "{dob}", {"dob": L(fmt_date(rng, rand_dob(rng), lang, dob=True), DOB)})
    if chance(rng, 0.6):
        a = make_addr(rng, loc)
        ln("a", T["addr"], {})
        ln("c", "{a}", {"a": L(a.oneline(), ADR)})
    d1 = rand_date(rng)
    dest = ch(rng, [l for l in ("es", "it", "fr", "de", "tr", "gb", "us", "pt") if l != loc])
    ln("c", T["issue"], {"country": L(country_name(lang, dest), LOC), "d1": L(fmt_date(rng, d1, lang), DT),
                         "d2": L(fmt_date(rng, d1 + timedelta(days=rng.randint(3, 14)), lang), DT), "amount": money(rng, 20, 300, "EUR", "eu")})
    ln("a", T["fix"], {})
    if chance(rng, 0.6):
        ln("a", T["call"], {"ph": L(phone(rng, loc, "mobile"), PH)})
        ln("c", T["yes"], {})
    ln("a", T["bye"], {})
    return d


TRANSFER = {
    "tr": dict(title="Transfer Rezervasyon Onayı", hi="Sayın {name},", conf="{op} ile yaptığınız transfer rezervasyonu onaylanmıştır.",
               no="Rezervasyon no", pick="Karşılama", drop="Bırakış adresi", flight="Uçuş", pax="Yolcu sayısı", driver="Şoför", veh="Araç",
               price="Ücret", note="Şoförümüz geliş salonunda isminizin yazılı olduğu tabela ile sizi bekleyecektir.", phone="Acil durumda", loc="tr"),
    "pt": dict(title="Confirmação de transfer", hi="Olá {name},", conf="Sua reserva de transfer com a {op} está confirmada.",
               no="Reserva nº", pick="Embarque", drop="Endereço de destino", flight="Voo", pax="Passageiros", driver="Motorista", veh="Veículo",
               price="Valor", note="O motorista estará no saguão de desembarque com uma placa com o seu nome.", phone="Em caso de urgência", loc="br"),
    "es": dict(title="Confirmación de traslado", hi="Hola {name}:", conf="Su traslado con {op} está confirmado.",
               no="Nº de reserva", pick="Recogida", drop="Dirección de destino", flight="Vuelo", pax="Pasajeros", driver="Conductor", veh="Vehículo",
               price="Precio", note="El conductor le esperará en la sala de llegadas con un cartel con su nombre.", phone="Urgencias", loc="es"),
    "it": dict(title="Conferma transfer", hi="Gentile {name},", conf="il Suo transfer con {op} è confermato.",
               no="Prenotazione n.", pick="Presa", drop="Indirizzo di destinazione", flight="Volo", pax="Passeggeri", driver="Autista", veh="Veicolo",
               price="Prezzo", note="L'autista La attenderà nella sala arrivi con un cartello con il Suo nome.", phone="Emergenze", loc="it"),
}
TRANSFER_OPS = {"tr": ["Ege Transfer", "Anadolu VIP Transfer"], "pt": ["Rota Certa Transfers", "VaiVem Traslados"],
                "es": ["Traslados Sol", "Costa Shuttle"], "it": ["Transfer Sorrento", "NCC Laguna"]}
TRANSFER_AIRPORTS = {"tr": [("AYT", "Antalya"), ("IST", "İstanbul"), ("BJV", "Bodrum"), ("DLM", "Dalaman")],
                     "pt": [("GRU", "São Paulo"), ("GIG", "Rio de Janeiro"), ("SSA", "Salvador"), ("FLN", "Florianópolis")],
                     "es": [("AGP", "Málaga"), ("PMI", "Palma"), ("TFS", "Tenerife"), ("ALC", "Alicante")],
                     "it": [("NAP", "Napoli"), ("VCE", "Venezia"), ("CTA", "Catania"), ("OLB", "Olbia")]}


def k_f_transfer_booking(rng):
    lang = ch(rng, list(TRANSFER))
    T = TRANSFER[lang]
    d = Doc()
    d.lang = lang
    loc = T["loc"]
    op = ch(rng, TRANSFER_OPS[lang])
    p = make_person(rng, ch(rng, [loc, loc, ch(rng, ["de", "gb", "nl", "pl", "fr"])]))
    d.t(f"{op} — {T['title']}\n\n")
    _fill_sentence(d, T["hi"], {"name": L(p.full if lang != "tr" else p.full, PER)})
    d.t("\n")
    _fill_sentence(d, T["conf"][0].upper() + T["conf"][1:] if T["conf"][0].islower() and lang != "it" else T["conf"], {"op": op})
    d.t("\n\n")
    iata, city = ch(rng, TRANSFER_AIRPORTS[lang])
    w = rand_dt(rng)
    d.t(f"{T['no']}: {letters(rng, 2)}{digits(rng, 6)}\n")
    d.add(T["pick"], ": ", L(fmt_dt(rng, w, lang), DT), f" — {iata} ", "(", L(city, LOC), ")\n")
    d.t(f"{T['flight']}: {flightno(rng, ch(rng, ['TK', 'PC', 'LA', 'G3', 'VY', 'IB', 'AZ', 'FR']))}\n")
    a = make_addr(rng, loc)
    d.add(T["drop"], ": ", f"{ch(rng, HOTELS)[0]}, ", L(a.oneline(), ADR), "\n")
    d.t(f"{T['pax']}: {rng.randint(1, 6)}\n")
    drv = make_person(rng, loc, gender="m")
    d.add(T["driver"], ": ", L(drv.first if chance(rng, 0.6) else drv.full, PER), " · ", L(phone(rng, loc, "mobile"), PH), "\n")
    d.t(f"{T['veh']}: {ch(rng, ['Mercedes Vito', 'VW Transporter', 'Toyota Corolla', 'Fiat Doblò'])} · {plate(rng, 'tr' if lang == 'tr' else ('es' if lang == 'es' else 'it'))}\n")
    d.t(f"{T['price']}: {money(rng, 25, 180, {'tr': 'EUR', 'pt': 'BRL', 'es': 'EUR', 'it': 'EUR'}[lang], 'eu')}\n\n{T['note']}\n")
    d.add(T["phone"], ": ", L(phone(rng, loc, "land"), PH), " · WhatsApp ", L(phone(rng, loc, "mobile"), PH), "\n")
    return d


MANI = {
    "de": dict(head="Teilnehmerliste", cols=["Nr", "Nachname", "Vorname", "Geburtsdatum", "Staatsangeh.", "Ausweisnr.", "Handy", "E-Mail", "Zimmer"],
               tour="Reise", dep="Abreise", guide="Reiseleitung", sep=";"),
    "fr": dict(head="Liste des participants", cols=["N°", "Nom", "Prénom", "Date de naissance", "Nationalité", "N° passeport", "Portable", "Courriel", "Chambre"],
               tour="Circuit", dep="Départ", guide="Accompagnateur", sep=";"),
    "es": dict(head="Listado de pasajeros", cols=["Nº", "Apellidos", "Nombre", "Fecha nacimiento", "Nacionalidad", "Pasaporte", "Móvil", "Email", "Habitación"],
               tour="Circuito", dep="Salida", guide="Guía acompañante", sep=";"),
    "it": dict(head="Lista partecipanti", cols=["N.", "Cognome", "Nome", "Data di nascita", "Nazionalità", "N. passaporto", "Cellulare", "Email", "Camera"],
               tour="Tour", dep="Partenza", guide="Accompagnatore", sep=";"),
}
TOURS_LANG = {"de": ["Rundreise Andalusien", "Norwegens Fjorde", "Toskana entdecken", "Marokko Königsstädte"],
              "fr": ["Circuit Écosse", "Splendeurs du Portugal", "Croisière fjords", "Sicile authentique"],
              "es": ["Circuito Italia clásica", "Japón esencial", "Fiordos noruegos", "Marruecos imperial"],
              "it": ["Tour Andalusia", "Capitali Baltiche", "Islanda on the road", "Portogallo classico"]}


def k_f_manifest_csv(rng):
    lang = ch(rng, list(MANI))
    T = MANI[lang]
    d = Doc()
    d.lang = lang
    loc = LANG_LOC[lang]
    op = ch(rng, TOUR_OPS)[0]
    sep = ch(rng, [T["sep"], T["sep"], ",", "\t"])
    dep = rand_date(rng)
    d.add(f"# {op} — {T['head']}\n# {T['tour']}: {ch(rng, TOURS_LANG[lang])} · {T['dep']}: ", L(fmt_date(rng, dep, lang), DT), "\n")
    g = make_person(rng, loc)
    d.add(f"# {T['guide']}: ", L(g.full, PER), ", ", L(phone(rng, loc, "mobile"), PH), "\n")
    cols = T["cols"][:]
    keep_room = chance(rng, 0.6)
    if not keep_room:
        cols = cols[:-1]
    d.t(sep.join(cols) + "\n")
    dfmt = ch(rng, ["{dd}.{mm}.{yyyy}", "{dd}/{mm}/{yyyy}", "{yyyy}-{mm}-{dd}"])
    for i in range(rng.randint(3, 8)):
        p = make_person(rng, ch(rng, LANG_LOCALES[lang]))
        d.add(str(i + 1), sep, L(p.last.upper() if chance(rng, 0.5) else p.last, PER), sep, L(p.first, PER), sep, L(_fmt(rand_dob(rng), dfmt, lang), DOB), sep,
              ISO3[p.loc], sep, passport_no(rng, p.loc), sep)
        if chance(rng, 0.9):
            d.add(L(phone(rng, p.loc, "mobile"), PH))
        d.t(sep)
        if chance(rng, 0.8):
            d.add(L(email_for(rng, p), EM))
        if keep_room:
            d.t(sep + ch(rng, ["DZ", "EZ", "DBL", "TWN", "SGL", "DOPPIA", "DOBLE"]))
        d.t("\n")
    return d


# ============================================================ entity-free documents (hard negatives only)
def _logt(rng, t, style):
    return log_ts(rng, t, style)


def k_n_night_audit(rng):
    d = Doc()
    prop = f"{letters(rng, 3)}{rng.randint(10, 99)}"
    t = rand_dt(rng, hours=(1, 3))
    st = ch(rng, [0, 1, 4])
    d.t(f"NIGHT AUDIT LOG — property {prop} — PMS {ch(rng, ['Opera', 'Protel', 'Mews', 'Apaleo', 'Cloudbeds'])} {version(rng)}\n")
    d.t(f"run_id={uuid4(rng)} operator=AUDIT_BOT terminal=NA{rng.randint(1, 9)}\n\n")
    events = [
        lambda: f"INFO  audit.start business-date roll requested (rooms={rng.randint(40, 400)})",
        lambda: f"INFO  room_and_tax posted count={rng.randint(40, 400)} revenue={money(rng, 8000, 90000, 'EUR', 'en')}",
        lambda: f"WARN  folio {rng.randint(100000, 999999)} balance mismatch delta={rng.uniform(0.01, 0.09):.2f}",
        lambda: f"INFO  no-show processed res={rng.randint(1000000, 9999999)} fee={money(rng, 60, 250, 'EUR', 'en')}",
        lambda: f"INFO  city tax batch {rng.randint(100, 999)} exported ({rng.randint(100, 900)} lines, sha1 {hexs(rng, 40)})",
        lambda: f"ERROR interface IFC8 timeout after {rng.randint(10, 60)}s (retry {rng.randint(1, 3)}/3)",
        lambda: f"INFO  keycard encoder sync ok, {rng.randint(0, 12)} cards revoked",
        lambda: f"INFO  rate plan BAR-FLEX version {version(rng)} applied to {rng.randint(2, 30)} room types",
        lambda: f"DEBUG posting code {rng.randint(1000, 9999)} mapped to GL {rng.randint(40000, 49999)}",
        lambda: f"INFO  room {rng.randint(101, 990)} status OOO→VC (work order WO-{digits(rng, 6)})",
    ]
    for _ in range(rng.randint(7, 12)):
        t += timedelta(seconds=rng.randint(1, 240))
        d.t(f"{_logt(rng, t, st)} {ch(rng, events)()}\n")
    occ = rng.uniform(55, 99)
    adr = rng.uniform(80, 320)
    d.t(f"\nSummary: occupancy {occ:.1f}% · ADR {adr:.2f} · RevPAR {adr * occ / 100:.2f} · arrivals {rng.randint(5, 120)} · departures {rng.randint(5, 120)}\n")
    d.t(f"Report checksum: {hexs(rng, 32)}\n")
    return d


def k_n_release_notes(rng):
    d = Doc()
    app = ch(rng, ["SkyVoyager iOS", "Aurora Nordic Android", "Veloxa My Account", "Harborview Guest App", "Roadstar Kiosk", "CrewSync"])
    v = version(rng)
    d.t(f"{app} {v} (build {rng.randint(1000, 99999)})\n{'=' * (len(app) + len(v) + 1)}\n\n")
    d.t(f"Commit range: {hexs(rng, 7)}..{hexs(rng, 7)} · {rng.randint(5, 90)} commits · min OS {ch(rng, ['iOS 15', 'Android 9', 'iOS 16', 'Android 11'])}\n\n")
    items = ["Fixed crash when opening the seat map on small screens", "Boarding pass now refreshes after gate change push",
             "Improved offline caching of e-tickets", "Loyalty balance widget shows tier progress", "Removed legacy payment SDK",
             "Accessibility: VoiceOver labels on baggage screens", "eSIM activation flow retries on timeout", "Faster roaming usage chart",
             "Upgraded networking library to", "Fixed double-charge warning shown in error", "Room key sharing limited to 4 guests",
             "Deprecated API v1 endpoints for folio download"]
    d.t("Changes\n")
    for it in rng.sample(items, rng.randint(4, 7)):
        extra = f" {version(rng)}" if it.endswith("to") else ""
        d.t(f"- {it}{extra} ({ch(rng, ['SVAPP', 'VLX', 'HVS', 'RDS', 'CREW'])}-{rng.randint(100, 9999)}, {hexs(rng, 7)})\n")
    d.t(f"\nKnown issues\n- {ch(rng, ['Widget may show stale data for up to 15 minutes', 'Dark mode contrast on receipts', 'Rare sync conflict with wearables'])} ({ch(rng, ['SVAPP', 'VLX'])}-{rng.randint(100, 9999)})\n")
    d.t(f"\nArtifacts\n  {app.split()[0].lower()}-{v}.ipa  sha256:{hexs(rng, 64)}\n  mapping-{v}.txt  md5:{hexs(rng, 32)}\n")
    d.t(f"Feature flags: seatmap_v2={ch(rng, ['on', 'off'])}, ndc_offers={ch(rng, ['10%', '50%', '100%'])}, new_checkout={ch(rng, ['on', 'off'])}\n")
    return d


def k_n_fare_filing(rng):
    d = Doc()
    code = ch(rng, AIRLINES)[1]
    d.t(f"FARE FILING SUMMARY — carrier {code} — tariff {rng.randint(1, 999):03d} — batch {rstr(rng, 8, UPALNUM)}\n")
    d.t(f"Source: ATPCO Fares {version(rng)} · records {rng.randint(20, 900)} · rejected {rng.randint(0, 5)}\n\n")
    d.t(ch(rng, ["MKT      FBC        OW/RT  CUR  AMOUNT     RULE  RTG  FN\n", "market|fare_basis|ow_rt|currency|amount|rule|routing|footnote\n"]))
    pipe = "|" in d.text()[-60:]
    aps = list(AIRPORTS)
    for _ in range(rng.randint(8, 14)):
        a1, a2 = rng.sample(aps, 2)
        fbc = f"{ch(rng, 'YBMHKLQTVSNO')}{ch(rng, ['LOW', 'SAVER', 'FLEX', 'OW', 'RT', 'X'])}{code}{rng.randint(1, 9)}"
        row = [f"{a1}{a2}", fbc, ch(rng, ["OW", "RT"]), ch(rng, ["EUR", "USD", "GBP", "NOK"]), f"{rng.uniform(29, 2900):.2f}", f"{rng.randint(1000, 9999)}",
               f"{rng.randint(1, 999):04d}", ch(rng, ["T1", "F7", "  ", "Q2", "  "])]
        d.t(("|".join(row) if pipe else "  ".join(row)) + "\n")
    d.t(f"\nYQ/YR surcharges unchanged. Category 31 reissue rules version {version(rng)}. Next batch in 4 hours.\n")
    return d


def k_n_noc_log(rng):
    d = Doc()
    chg = f"CHG{digits(rng, 7)}"
    t = rand_dt(rng, hours=(0, 4))
    node = ch(rng, ["mme-fra-02", "sgw-ams-1", "pgw-mad-3", "hlr-cph-a", "smsc-osl-2", "ims-cscf-lis-1", "dra-waw-4"])
    d.t(f"Maintenance window log — {chg} — {node}\nImpact: {ch(rng, ['none expected', 'brief attach failures', 'SMS delay up to 5 min'])} · Risk: {ch(rng, ['low', 'medium'])} · Rollback plan v{rng.randint(1, 4)}\n\n")
    steps = [f"pre-check: KPI baseline captured (attach SR {rng.uniform(98.5, 99.99):.2f}%)",
             f"draining traffic from {node} to peer",
             f"upgrading SW {version(rng)} -> {version(rng)} (package md5 {hexs(rng, 32)})",
             f"node rebooted, uptime {rng.randint(30, 300)}s",
             f"alarm {rng.randint(10000, 99999)} CRITICAL link down on bond0 — cleared after {rng.randint(5, 90)}s",
             f"license key check OK (id {uuid4(rng)})",
             f"restoring traffic, weight {rng.randint(10, 100)}%",
             f"post-check: attach SR {rng.uniform(98.5, 99.99):.2f}%, paging SR {rng.uniform(95, 99.9):.2f}%",
             f"ticket {chg} moved to IMPLEMENTED"]
    st = ch(rng, [1, 2, 0])
    for s in steps[: rng.randint(6, 9)]:
        t += timedelta(minutes=rng.randint(1, 25), seconds=rng.randint(0, 59))
        d.t(f"{_logt(rng, t, st)}  {ch(rng, ['ops1', 'noc-bot', 'ops2'])}  {s}\n")
    d.t(f"\nDuration: {rng.randint(0, 3)}h {rng.randint(0, 59)}m · Incidents raised: {rng.randint(0, 2)} · Related: INC{digits(rng, 7)}\n")
    return d


PLMNS = ["DEUD1", "DEUD2", "GBRVF", "GBRCN", "FRAF1", "ESPTE", "ITAWI", "NLDPT", "POLP4", "SWEHU", "TURTC", "DNKDM", "NORTM", "PRTTM", "USAAT", "USATM"]


def k_n_tap_recon(rng):
    d = Doc()
    home, visited = rng.sample(PLMNS, 2)
    d.t(f"TAP3 RECONCILIATION — home {home} / visited {visited}\nClearing house: {ch(rng, ['Syniverse', 'BICS', 'Comfone', 'iBasis'])} · spec TD.57 v{ch(rng, ['3.12', '3.11', '3.10'])}\n\n")
    d.t("File                       Seq    Calls   SMS    Data(MB)    Charge(SDR)   Status\n")
    seq = rng.randint(100, 99000)
    tot = 0.0
    for _ in range(rng.randint(6, 11)):
        seq += 1
        ch_ = rng.uniform(50, 9000)
        tot += ch_
        d.t(f"CD{visited}{home}{seq:05d}      {seq:05d}  {rng.randint(0, 9000):>6}  {rng.randint(0, 3000):>5}  {rng.uniform(0, 90000):>10.1f}  {ch_:>12.2f}   {ch(rng, ['OK', 'OK', 'OK', 'RAP', 'DUP'])}\n")
    d.t(f"\nTotal charge: SDR {tot:,.2f} · exchange rate 1 SDR = {rng.uniform(1.1, 1.4):.6f} EUR · tax treatment: {ch(rng, ['none', 'VAT reverse charge'])}\n")
    d.t(f"RAP files outstanding: {rng.randint(0, 4)} · missing sequence(s): {ch(rng, ['none', str(seq - rng.randint(1, 5))])}\n")
    d.t(f"Batch hash {hexs(rng, 64)}\n")
    return d


def k_n_rate_parity(rng):
    d = Doc()
    hotel = ch(rng, HOTELS)[0]
    d.t(f"RATE PARITY REPORT — {hotel}\nShop ID {rstr(rng, 10, UPALNUM)} · LOS 1 · 2 adults · currency {ch(rng, ['EUR', 'GBP', 'USD'])}\n\n")
    chans = ["Brand.com", "Booking", "Expedia", "Agoda", "Hotelbeds", "Trip.com", "Google HPA"]
    d.t("Room type        " + "  ".join(f"{c:>10}" for c in chans[:5]) + "   Parity\n")
    for rt in rng.sample(["STD-DBL", "STD-TWN", "SUP-DBL", "DLX-KNG", "JR-STE", "FAM-QUAD"], 4):
        base = rng.uniform(80, 400)
        vals = [base * rng.uniform(0.92, 1.08) for _ in range(5)]
        par = "OK" if max(vals) - min(vals) < base * 0.05 else "BREACH"
        d.t(f"{rt:<16} " + "  ".join(f"{v:>10.2f}" for v in vals) + f"   {par}\n")
    d.t(f"\nLowest undercut: {ch(rng, chans[1:])} −{rng.uniform(1, 15):.1f}% on {ch(rng, ['STD-DBL', 'SUP-DBL'])} (rate code {rstr(rng, 6, UPALNUM)})\n")
    d.t(f"Shops run: {rng.randint(20, 200)} · failures {rng.randint(0, 5)} · next refresh in {rng.randint(2, 12)} hours\n")
    return d


def k_n_giftcard_recon(rng):
    d = Doc()
    brand = ch(rng, [a[0] for a in AIRLINES] + [h[0] for h in HOTELS])
    d.t(f"{brand} — gift card batch reconciliation — batch B-{digits(rng, 4)}\n")
    d.t(f"Issuer export {version(rng)} · rows {rng.randint(10, 400)} · format: PAN-like voucher ids (not payment cards)\n\n")
    d.t("voucher_id            status     face_value   redeemed   order\n")
    for _ in range(rng.randint(6, 10)):
        r = rng.random()
        if r < 0.6:
            v = bad_luhn16(rng)
            v = ch(rng, [v, " ".join(v[i:i + 4] for i in range(0, 16, 4))])
        else:
            v = masked_card(rng)
        d.t(f"{v:<22}{ch(rng, ['ACTIVE', 'REDEEMED', 'VOID', 'EXPIRED']):<11}{rng.randint(25, 500):>6}.00   {rng.randint(0, 500):>6}.00   ORD-{digits(rng, 7)}\n")
    d.t(f"\nValidation: {rng.randint(0, 5)} rows failed Luhn check (expected for voucher ids).\n")
    if chance(rng, 0.7):
        d.t(f"Test fixtures purged: SSN-format placeholders {bad_ssn(rng)}, {bad_ssn(rng)} (invalid area).\n")
    d.t(f"Outstanding liability: {money(rng, 1000, 90000, 'EUR', 'en')} · breakage estimate {rng.uniform(5, 25):.1f}%\n")
    return d


def k_n_ci_log(rng):
    d = Doc()
    repo = ch(rng, ["booking-engine", "checkin-api", "pms-bridge", "porting-gateway", "roaming-rater"])
    t = rand_dt(rng)
    st = ch(rng, [0, 1])
    d.t(f"CI run #{rng.randint(1000, 99999)} · {repo} · ref refs/heads/main · sha {hexs(rng, 40)}\n")
    lines = [f"Pulling image node:{ch(rng, ['18', '20', '22'])}-alpine@sha256:{hexs(rng, 64)}",
             "Resolving env: DB_HOST=${DB_HOST} DB_PASSWORD=${DB_PASSWORD} (masked)",
             "Using secret ${{ secrets.AWS_ACCESS_KEY_ID }} -> ***",
             "Using secret ${{ secrets.STRIPE_SECRET_KEY }} -> ***",
             f"npm ci — added {rng.randint(300, 1800)} packages in {rng.randint(8, 90)}s",
             f"tests: {rng.randint(200, 3000)} passed, {rng.randint(0, 3)} skipped, 0 failed ({rng.randint(20, 400)}s)",
             f"coverage: statements {rng.uniform(60, 95):.1f}% branches {rng.uniform(50, 90):.1f}%",
             f"docker build -t registry.local/{repo}:{version(rng)} .",
             f"pushed digest sha256:{hexs(rng, 64)}",
             f"helm upgrade {repo} chart-{version(rng)} --set image.tag={hexs(rng, 7)}",
             "WARN: ${SLACK_BOT_TOKEN} not set, skipping notification",
             f"artifact {repo}-{version(rng)}.tgz uploaded ({rng.randint(2, 90)} MB)"]
    for ln_ in lines[: rng.randint(8, 12)]:
        t += timedelta(seconds=rng.randint(1, 120))
        d.t(f"{_logt(rng, t, st)} {ln_}\n")
    d.t(f"Job finished: {ch(rng, ['success', 'success', 'failure'])} in {rng.randint(2, 25)}m{rng.randint(0, 59)}s\n")
    return d


def k_n_ops_delay_report(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    hub = ch(rng, list(AIRPORTS))
    d.t(f"{air} — daily operations report — hub {hub}\nOTP D15 {rng.uniform(60, 95):.1f}% · A15 {rng.uniform(60, 95):.1f}% · completion {rng.uniform(97, 100):.2f}%\n\n")
    d.t("FLT     SECTOR    REG      DLY   CODES     REMARK\n")
    for _ in range(rng.randint(7, 12)):
        a2 = ch(rng, list(AIRPORTS))
        reg_ = f"{ch(rng, ['D-A', 'EI-', 'OY-K', 'SE-R', 'EC-N', 'CS-T', 'G-E'])}{letters(rng, 3)}"
        dl = rng.randint(0, 240)
        codes = f"{ch(rng, ['93', '81', '41', '15', '87', '64'])}/{dl // 2}" if dl else "-"
        d.t(f"{code}{rng.randint(10, 2999):<5} {hub}-{a2}  {reg_:<8} {('+' + str(dl)) if dl else '0':>4}  {codes:<8}  {ch(rng, ['reactionary', 'ATC slot', 'tech – hyd leak', 'late crew', 'PRM boarding', 'fuel truck', 'de-icing', ''])}\n")
    d.t(f"\nCancellations: {rng.randint(0, 4)} · diversions: {rng.randint(0, 2)} · crew duty extensions: {rng.randint(0, 5)}\n")
    d.t(f"Irregularity cost estimate: {money(rng, 5000, 250000, 'EUR', 'en')} · report id {uuid4(rng)}\n")
    return d


def k_n_dutyfree_manifest(rng):
    d = Doc()
    air, code, dom = ch(rng, AIRLINES)
    d.t(f"Inflight retail — bonded stock manifest — cart set {rstr(rng, 6, UPALNUM)} — flight pair {code}{rng.randint(10, 999)}/{code}{rng.randint(10, 999)}\n\n")
    d.t("SKU        HS code     Description                      Qty   Unit price\n")
    items = [("2204.21", "Red wine 75 cl"), ("2208.30", "Single malt whisky 70 cl"), ("3303.00", "Eau de parfum 50 ml"), ("1806.32", "Chocolate bar 100 g"),
             ("9102.11", "Wristwatch, quartz"), ("4202.31", "Leather wallet"), ("8518.30", "Wireless earbuds"), ("2402.20", "Cigarettes 200"), ("3304.99", "Face cream 50 ml")]
    for hs, desc in rng.sample(items, rng.randint(5, 8)):
        d.t(f"{rstr(rng, 8, UPALNUM)}   {hs}      {desc:<32} {rng.randint(0, 24):>3}   {money(rng, 5, 300, 'EUR', 'en')}\n")
    d.t(f"\nSeal numbers: {digits(rng, 7)}, {digits(rng, 7)} · cart weight {rng.uniform(40, 90):.1f} kg · customs ref {ch(rng, ['T2L', 'EX-A'])}-{digits(rng, 10)}\n")
    d.t(f"Sales total {money(rng, 100, 4000, 'EUR', 'en')} · cash {rng.randint(0, 40)}% · card {rng.randint(60, 100)}% (all card data tokenised)\n")
    return d


# ============================================================ registry
EN_KINDS = [
    ("airline_rebooking_chat", k_airline_chat), ("schedule_change_email", k_schedule_change_email),
    ("hotel_folio", k_hotel_folio), ("guest_registration_card_en", k_guest_registration_en),
    ("car_rental_agreement", k_car_rental), ("port_out_request", k_port_out_request),
    ("sim_swap_ticket", k_sim_swap_ticket), ("roaming_bill", k_roaming_bill),
    ("loyalty_statement_email", k_loyalty_email), ("visa_application_form", k_visa_form),
    ("tour_manifest_csv", k_tour_manifest_csv), ("callcenter_qa_transcript", k_callcenter_qa),
    ("travel_insurance_claim", k_travel_insurance_claim), ("medif_form", k_medif_form),
    ("postpaid_credit_application", k_postpaid_credit_app), ("pms_integration_yaml", k_pms_yaml),
    ("booking_engine_dotenv", k_dotenv), ("k8s_secret_manifest", k_k8s_secret),
    ("github_actions_workflow", k_gh_actions), ("api_gateway_request_dump", k_api_dump),
    ("sftp_key_support_ticket", k_sftp_key_ticket), ("group_rooming_list", k_rooming_list),
    ("travel_expense_report", k_expense_report), ("lost_baggage_pir", k_lost_baggage_pir),
    ("transfer_sms_thread", k_transfer_sms), ("vcard_client_export", k_vcard),
    ("ics_calendar_invite", k_ics_invite), ("hl7_travel_clinic_adt", k_hl7_travel_clinic),
    ("fhir_travel_clinic_patient", k_fhir_travel_clinic), ("conference_call_invite", k_conference_invite),
    ("hotel_chargeback_letter", k_chargeback_letter), ("telco_crm_notes", k_crm_notes),
    ("business_port_loa", k_business_port_loa), ("hotel_incident_report", k_hotel_incident),
    ("boarding_pass_email", k_boarding_pass_email), ("pnl_teletype", k_pnl_teletype),
    ("apis_paxlst_edifact", k_apis_paxlst), ("hotel_wifi_portal_log", k_wifi_portal_log),
    ("travel_agency_invoice", k_travel_agency_invoice), ("tourist_sim_registration", k_prepaid_sim_registration),
    ("passenger_complaint_letter", k_complaint_letter), ("visa_appointment_email", k_visa_appointment),
]
FOREIGN_KINDS = [
    ("guest_registration_card_i18n", k_f_guest_registration), ("hotel_confirmation_i18n", k_f_hotel_confirmation),
    ("airline_chat_i18n", k_f_airline_chat), ("port_request_i18n", k_f_port_request),
    ("car_rental_i18n", k_f_car_rental), ("sepa_mandate_i18n", k_f_sepa_mandate),
    ("roaming_bill_i18n", k_f_roaming_bill), ("complaint_letter_i18n", k_f_complaint_letter),
    ("loyalty_email_i18n", k_f_loyalty_email), ("callcenter_transcript_i18n", k_f_callcenter),
    ("transfer_booking_i18n", k_f_transfer_booking), ("tour_manifest_csv_i18n", k_f_manifest_csv),
]
NEG_KINDS = [
    ("neg_pms_night_audit_log", k_n_night_audit), ("neg_app_release_notes", k_n_release_notes),
    ("neg_fare_filing_summary", k_n_fare_filing), ("neg_noc_maintenance_log", k_n_noc_log),
    ("neg_tap_reconciliation", k_n_tap_recon), ("neg_rate_parity_report", k_n_rate_parity),
    ("neg_giftcard_batch_recon", k_n_giftcard_recon), ("neg_ci_build_log", k_n_ci_log),
    ("neg_ops_delay_report", k_n_ops_delay_report), ("neg_dutyfree_manifest", k_n_dutyfree_manifest),
]
ALL_KINDS = [k for k, _ in EN_KINDS + FOREIGN_KINDS + NEG_KINDS]
P_NEG, P_FOREIGN = 0.125, 0.255
MIN_LEN, MAX_LEN = 200, 2500


def _build(seed: int, i: int):
    krng = random.Random(f"blind31|{seed}|{i}|kind")
    r = krng.random()
    if r < P_NEG:
        cat, pool = "neg", NEG_KINDS
    elif r < P_NEG + P_FOREIGN:
        cat, pool = "foreign", FOREIGN_KINDS
    else:
        cat, pool = "en", EN_KINDS
    name, fn = pool[krng.randrange(len(pool))]
    doc = None
    for attempt in range(40):
        rng = random.Random(f"blind31|{seed}|{i}|{attempt}")
        d = fn(rng)
        n = len(d)
        if MIN_LEN <= n <= MAX_LEN and (cat == "neg" or d.ents):
            doc = d
            break
        doc = d
    return name, cat, doc


def _record(seed, i, doc):
    return {"id": f"blind31-s{seed}-{i:06d}", "text": doc.text(),
            "entities": [{"start": s, "end": e, "type": t} for s, e, t in sorted(doc.ents)]}


def generate(n, seed=0):
    """Yield n documents; document i is a pure function of (seed, i)."""
    for i in range(n):
        _, _, doc = _build(seed, i)
        yield _record(seed, i, doc)


def _generate_with_meta(n, seed=0):
    for i in range(n):
        name, cat, doc = _build(seed, i)
        yield name, cat, doc.lang, _record(seed, i, doc)


# ============================================================ checking
_RE_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_RE_URL = re.compile(r"https?://\S+")
_RE_IP4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_RE_DIGITS = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
_RE_SSN = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
_RE_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_RE_SECRET = re.compile(r"AKIA[A-Z2-7]{16}|ghp_[A-Za-z0-9]{36}|github_pat_|xox[bp]-|[sr]k_live_|eyJ[\w-]+\.eyJ|-----BEGIN [A-Z ]*PRIVATE KEY")
_RE_NUMDATE = re.compile(r"(?<![\d./:-])(?:0[1-9]|[12]\d|3[01])[./-](?:0[1-9]|1[0-2])[./-](?:\d{4}|\d{2})(?![\d./:])")
_RE_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")
_CARD_PREFIX = re.compile(r"^(?:4\d|5[1-5]|2[2-7]|3[47]|6011|65|35[2-8])")
_LABEL_SHAPE = {
    AKID: re.compile(r"^(?:AKIA|ASIA)[A-Z2-7]{16}$"),
    GH: re.compile(r"^(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})$"),
    SLK: re.compile(r"^xox[bp]-[0-9]+-[0-9]+-[0-9A-Za-z-]+$"),
    STRK: re.compile(r"^[sr]k_live_[A-Za-z0-9]{24,99}$"),
    EM: re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
}


def _name_pool():
    firsts, lasts = set(), set()
    for m, f, l in NAMES.values():
        firsts.update(m)
        firsts.update(f)
        lasts.update(l)
    return firsts, lasts


def _city_pool():
    s = set(WORLD_CITIES)
    for v in CITIES.values():
        s.update(c for c, _, _ in v)
    return s


def _check_doc(rec, problems, warns, name, cat):
    text, ents = rec["text"], rec["entities"]
    rid = rec["id"]
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        problems.append(f"{rid} [{name}] length {len(text)} out of range")
    if cat == "neg" and ents:
        problems.append(f"{rid} [{name}] negative document has entities")
    if cat != "neg" and not ents:
        problems.append(f"{rid} [{name}] labelled kind produced no entity")
    prev_end = -1
    covered = bytearray(len(text))
    for e in ents:
        s, t, ty = e["start"], e["end"], e["type"]
        if ty not in TYPES:
            problems.append(f"{rid} bad type {ty}")
        if not (0 <= s < t <= len(text)):
            problems.append(f"{rid} span out of range {s}-{t}")
            continue
        if s < prev_end:
            problems.append(f"{rid} [{name}] overlapping spans at {s}")
        prev_end = max(prev_end, t)
        v = text[s:t]
        for k in range(s, t):
            covered[k] = 1
        if v != v.strip():
            problems.append(f"{rid} [{name}] whitespace at span edge {v!r}")
        if ty not in (PWD, SEC, GH, SLK, STRK, AKID, ASK, JWT, PEM):
            bad_end = v[-1] in ".,;:!?]}'\"" or (v[-1] == ")" and "(" not in v)
            bad_start = v[0] in "[{'\"" or (v[0] == "(" and ")" not in v)
            if bad_end or bad_start:
                problems.append(f"{rid} [{name}] punctuation at span edge {ty} {v!r}")
        if ty == CC and not (luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19 and re.fullmatch(r"[\d -]+", v)):
            problems.append(f"{rid} invalid card {v!r}")
        elif ty == IBAN and not iban_ok(v):
            problems.append(f"{rid} invalid IBAN {v!r}")
        elif ty == SSN and not ssn_ok(v):
            problems.append(f"{rid} invalid SSN {v!r}")
        elif ty == IP:
            try:
                ipaddress.ip_address(v)
            except ValueError:
                problems.append(f"{rid} invalid IP {v!r}")
        elif ty == URL and (not re.match(r"https?://", v) or "@" in v or _RE_IP4.search(v) or " " in v):
            problems.append(f"{rid} bad URL {v!r}")
        elif ty == PH and len(re.sub(r"\D", "", v)) < 7:
            problems.append(f"{rid} short phone {v!r}")
        elif ty == ASK and len(v) != 40:
            problems.append(f"{rid} AWS secret not 40 chars {v!r}")
        elif ty == JWT:
            parts = v.split(".")
            try:
                hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
                assert len(parts) == 3 and "alg" in hdr
            except Exception:
                problems.append(f"{rid} bad JWT {v[:30]!r}")
        elif ty == PEM and not (v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----")):
            problems.append(f"{rid} bad PEM")
        elif ty in _LABEL_SHAPE and not _LABEL_SHAPE[ty].match(v):
            problems.append(f"{rid} bad {ty} shape {v!r}")
        elif ty in (DT, DOB) and not re.search(r"\d", v):
            problems.append(f"{rid} date without digits {v!r}")
    # unlabelled look-alikes: rebuild the text with labelled spans blanked out
    masked = "".join("\x00" if covered[k] else c for k, c in enumerate(text))

    def outside(m):
        return not any(covered[m.start():m.end()])

    for rx, what in ((_RE_EMAIL, "email"), (_RE_URL, "url"), (_RE_SECRET, "secret")):
        for m in rx.finditer(masked):
            if outside(m):
                problems.append(f"{rid} [{name}] unlabelled {what} {m.group()[:40]!r}")
    for m in _RE_IP4.finditer(masked):
        if outside(m) and all(int(x) <= 255 for x in m.group().split(".")):
            problems.append(f"{rid} [{name}] unlabelled IPv4 {m.group()!r}")
    for m in _RE_SSN.finditer(masked):
        if outside(m) and ssn_ok(m.group()):
            problems.append(f"{rid} [{name}] unlabelled valid SSN {m.group()!r}")
    for m in _RE_DIGITS.finditer(masked):
        dd = re.sub(r"\D", "", m.group())
        if outside(m) and len(dd) in (15, 16) and _CARD_PREFIX.match(dd) and luhn_ok(dd) and not (len(dd) == 15 and dd[:2] not in ("34", "37")):
            problems.append(f"{rid} [{name}] unlabelled Luhn-valid PAN {m.group()!r}")
    for m in _RE_IBAN.finditer(masked):
        if outside(m) and iban_ok(m.group()):
            problems.append(f"{rid} [{name}] unlabelled valid IBAN {m.group()!r}")
    for m in _RE_NUMDATE.finditer(masked):
        if outside(m):
            warns["unlabelled numeric date"].append(f"{rid} [{name}] {text[max(0, m.start() - 25):m.end() + 10]!r}")
    return masked


def _scan_names(rec, masked, name, warns, firsts, lasts, cities):
    for m in re.finditer(r"[^\W\d_][\w'’-]*", masked):
        w = m.group()
        if len(w) < 3:
            continue
        if w in lasts or w in firsts:
            ctx = rec["text"][max(0, m.start() - 30):m.end() + 20]
            warns[f"unlabelled pool name"].append(f"{rec['id']} [{name}] {w!r} in {ctx!r}")
        elif w in cities and masked[max(0, m.start() - 1):m.start()] != "/":
            ctx = rec["text"][max(0, m.start() - 30):m.end() + 20]
            warns[f"unlabelled city"].append(f"{rec['id']} [{name}] {w!r} in {ctx!r}")


def run_check(n=3000, seed=0, verbose_warn=8):
    problems: list[str] = []
    warns = defaultdict(list)
    type_counts, kind_counts, lang_counts = Counter(), Counter(), Counter()
    lens, empty = [], 0
    firsts, lasts = _name_pool()
    cities = _city_pool()
    ids = set()
    for name, cat, lang, rec in _generate_with_meta(n, seed):
        if rec["id"] in ids:
            problems.append(f"duplicate id {rec['id']}")
        ids.add(rec["id"])
        masked = _check_doc(rec, problems, warns, name, cat)
        _scan_names(rec, masked, name, warns, firsts, lasts, cities)
        kind_counts[name] += 1
        lang_counts[lang] += 1
        lens.append(len(rec["text"]))
        if not rec["entities"]:
            empty += 1
        for e in rec["entities"]:
            type_counts[e["type"]] += 1
    # determinism
    a = list(generate(5, seed + 1))
    b = list(generate(5, seed + 1))
    if a != b:
        problems.append("generation is not deterministic")
    one = list(generate(3, seed))[2]
    if one != next(r for _, _, _, r in _generate_with_meta(3, seed) if r["id"] == one["id"]):
        problems.append("doc i differs between calls")
    missing = [k for k in ALL_KINDS if kind_counts[k] == 0]
    if missing:
        problems.append(f"document kinds never generated: {missing}")
    firsts_n, lasts_n = len(firsts), len(lasts)
    if firsts_n < 300 or lasts_n < 300:
        problems.append(f"name pools too small: {firsts_n} first / {lasts_n} last")
    if len(cities) < 200:
        problems.append(f"city pool too small: {len(cities)}")
    foreign = sum(v for k, v in lang_counts.items() if k != "en")
    print(f"documents: {n}   kinds: {len(ALL_KINDS)} ({len(EN_KINDS)} English, {len(FOREIGN_KINDS)} non-English, {len(NEG_KINDS)} entity-free)")
    print(f"length: min {min(lens)} / mean {sum(lens) / len(lens):.0f} / max {max(lens)}")
    print(f"non-English docs: {foreign} ({100 * foreign / n:.1f}%)   by language: {dict(sorted(lang_counts.items()))}")
    print(f"docs without entities: {empty} ({100 * empty / n:.1f}%)")
    print(f"name pools: {firsts_n} first names, {lasts_n} surnames; cities: {len(cities)}")
    print(f"entities: {sum(type_counts.values())}")
    for t in TYPES:
        print(f"  {t:<24}{type_counts[t]:>6}")
    print("docs per kind:")
    for k in ALL_KINDS:
        print(f"  {k:<34}{kind_counts[k]:>5}")
    for k, v in warns.items():
        print(f"WARNING {k}: {len(v)}")
        for x in v[:verbose_warn]:
            print("   ", x)
    zero = [t for t in TYPES if type_counts[t] == 0]
    if zero:
        problems.append(f"types never produced: {zero}")
    if problems:
        print(f"\nPROBLEMS: {len(problems)}")
        for p in problems[:60]:
            print("  ", p)
        return 1
    print("\nOK: all checks passed")
    return 0


def _mark(rec):
    text = rec["text"]
    out, pos = [], 0
    for e in rec["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{e['type']}: {text[e['start']:e['end']]}]]")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate")
    ap.add_argument("--sample", type=int, metavar="K", help="print K docs with entities marked")
    ap.add_argument("--kind", help="with --sample: only this document kind")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", help="write JSONL here")
    a = ap.parse_args(argv)
    if a.check:
        return run_check(3000, a.seed)
    if a.sample:
        shown = 0
        for name, cat, lang, rec in _generate_with_meta(100000 if a.kind else a.sample, a.seed):
            if a.kind and name != a.kind:
                continue
            print(f"===== {rec['id']}  kind={name}  lang={lang}  entities={len(rec['entities'])}")
            print(_mark(rec))
            print()
            shown += 1
            if shown >= a.sample:
                break
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for rec in generate(a.n, a.seed):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
