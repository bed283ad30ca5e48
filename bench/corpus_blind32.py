#!/usr/bin/env python3.11
"""Blind, labelled synthetic test corpus #32 for a PII/PHI/secret detector.

Theme: education, HR and insurance.  The corpus contains university admission
files, decision letters, transcript requests, FAFSA / student-loan letters,
payroll exports (CSV / JSON / fixed width), direct-deposit forms, background
check reports, onboarding forms, benefits enrolment (X12 834), workers'
compensation first reports and clinic notes (incl. HL7 v2 and FHIR), auto and
home insurance first-notice-of-loss reports, adjuster diaries, pension
statements, recruiting / ATS exports (CSV, JSON, vCard, ICS), HR-system
configuration files carrying secrets, and documents in German, French,
Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Danish and
Norwegian.  About 12% of the documents contain no entity at all but are full
of hard negatives (ids, versions, hashes, amounts, log timestamps, codes...).

The corpus was written blind: its author has not seen the detector's code,
tests or documentation.  Every text is assembled piece by piece and entity
offsets are recorded while appending (no substring search afterwards).

API
    generate(n, seed=0) -> iterator of
        {"id": str, "text": str, "entities": [{"start", "end", "type"}]}
    Document i is a pure function of (seed, i).

CLI
    --check                 generate 3000 documents and validate them
    --sample K              print K documents with the entities marked
    --n N --seed S --output F.jsonl

Labelling conventions (repeated verbatim):

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

Interpretations made by this corpus where the conventions are silent
(deliberate, documented choices):
* Employee / student / applicant ids (incl. UCAS Personal IDs printed like
  "123-456-7890"), claim numbers, meeting ids and policy numbers of non-health
  insurance (auto, home, workers' comp, life, STD) are NOT labelled.  Loan,
  pension, HSA, mortgage-loan, bank and insurer customer numbers are
  ACCOUNT_NUMBER; statutory / private health-insurance member numbers are
  HEALTH_PLAN_NUMBER.  UK sort codes, Swedish clearing and Danish reg. numbers
  are treated like routing numbers (not labelled).
* A date range "01/01/2024 - 01/15/2024" is two DATE_TIME spans; a date and a
  time in separate fields or separate sentences are separate spans.
* Payment-card expiry dates ("Exp. 08/2027") are DATE_TIME (semantic expiry);
  timesheet clock-in / clock-out times are DATE_TIME.
* X12: NM1 name "DOE*JOHN*A" is one PERSON span; BGN date/time is control
  metadata like ISA/GS (not labelled); DTP dates are DATE_TIME.
* HL7: ACC-1 accident date/time is DATE_TIME; an XCN doctor name
  "SMITH^JOHN" is one PERSON span.
* vCard REV, ATS created_at / updated_at, Stripe "created" epochs and the
  date-shaped Stripe "api_version" are metadata / versions (not labelled);
  ATS applied_at is DATE_TIME.
* Bare US state codes used as qualifiers ("DL# ... (WI)", "Jurisdiction: NC")
  are LOCATION.
* Message-ID and iCalendar UID values shaped "uuid@domain" are control ids,
  not EMAIL_ADDRESS.
* Time prefixes of chat / call / adjuster-diary lines are treated like
  transcript / shift-log prefixes (not labelled).
* Programmes, schools and companies named after people ("William D. Ford
  Federal Direct Loan Program", "Jefferson High School", "Mercer & Vale LLP")
  are not PERSON.
* Separate name fields (first / last, Nombre / Primer apellido / Segundo
  apellido, FHIR family / given) are separate PERSON spans.
* An iCalendar LOCATION address keeps its escaped commas ("\\,") inside the
  ADDRESS span.
* National identifiers outside the type list (Steuer-ID, PESEL, NIF, T.C.
  Kimlik, personnummer) are deliberately never generated.
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import json
import random
import re
import string
import sys
import unicodedata
import uuid

# --------------------------------------------------------------------------
# entity types
# --------------------------------------------------------------------------
PER = "PERSON"
EMAIL = "EMAIL_ADDRESS"
PHONE = "PHONE_NUMBER"
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
AWSK = "AWS_ACCESS_KEY"
AWSS = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"
SLACK = "SLACK_TOKEN"
STRIPE = "STRIPE_KEY"
JWT = "JWT"
PKEY = "PRIVATE_KEY"
PWD = "PASSWORD"
SECRET = "GENERIC_SECRET"

TYPES = (PER, EMAIL, PHONE, SSN, CC, IBAN, IP, DOB, DT, LOC, ADDR, URL, MRN,
         HPN, ACCT, DL, AWSK, AWSS, GH, SLACK, STRIPE, JWT, PKEY, PWD, SECRET)
TYPESET = frozenset(TYPES)


# --------------------------------------------------------------------------
# document builder: offsets are recorded while appending
# --------------------------------------------------------------------------
class Doc:
    __slots__ = ("parts", "n", "ents")

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[dict] = []

    def add(self, *items):
        """Append items: str = plain text, (TYPE, str) = entity,
        list/tuple-of-items = nested, None = skipped."""
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self.parts.append(it)
                self.n += len(it)
            elif isinstance(it, tuple) and len(it) == 2 and it[0] in TYPESET \
                    and isinstance(it[1], str):
                typ, s = it
                if not s or s != s.strip():
                    raise ValueError(f"bad entity text {s!r} ({typ})")
                self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
                self.parts.append(s)
                self.n += len(s)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                raise TypeError(f"cannot add {it!r}")
        return self

    def line(self, *items):
        self.add(*items)
        self.add("\n")
        return self

    def text(self) -> str:
        return "".join(self.parts)


def E(typ, s):
    return (typ, s)


# --------------------------------------------------------------------------
# name pools
# --------------------------------------------------------------------------
def _w(s):
    return [x.strip() for x in s.split(",") if x.strip()]


NAMES = {
    "en": (
        _w("James,Robert,John,Michael,David,William,Richard,Joseph,Thomas,Christopher,"
           "Daniel,Matthew,Anthony,Mark,Donald,Steven,Andrew,Joshua,Kevin,Brian,Tyler,"
           "Brandon,Jamal,DeShawn,Cody,Hunter,Logan,Marcus,Trevor,Dustin,Caleb,Wyatt,"
           "Terrence,Darnell,Colton,Garrett"),
        _w("Mary,Patricia,Jennifer,Linda,Elizabeth,Barbara,Susan,Jessica,Sarah,Karen,"
           "Lisa,Nancy,Betty,Sandra,Ashley,Kimberly,Emily,Donna,Michelle,Carol,Madison,"
           "Brittany,Latoya,Keisha,Kayla,Savannah,Aaliyah,Tiffany,Haley,Shelby,Brianna,"
           "Courtney,Destiny,Megan,Danielle,Rebecca"),
        _w("Smith,Johnson,Williams,Brown,Jones,Garcia,Miller,Davis,Rodriguez,Martinez,"
           "Hernandez,Lopez,Gonzalez,Wilson,Anderson,Taylor,Moore,Jackson,Martin,Lee,"
           "Perez,Thompson,White,Harris,Sanchez,Clark,Ramirez,Lewis,Robinson,Walker,"
           "Young,Allen,King,Wright,Scott,Torres,Hill,Flores,Green,Adams,Nelson,Baker,"
           "Hall,Rivera,Campbell,Mitchell,Carter,Roberts,O'Brien,McAllister,Washington,"
           "Fitzgerald,Delgado,Whitfield,Pruitt,Ostrowski,Kowalczyk,Okafor,Brennan,"
           "Gallagher,Hollister,Vance,Sutherland,Castellano,Mbeki,Reyes,Gutierrez")),
    "gb": (
        _w("Oliver,Harry,George,Jack,Charlie,Alfie,Archie,Rhys,Callum,Euan,Hamish,"
           "Gareth,Owain,Declan,Rory"),
        _w("Amelia,Isla,Ava,Mia,Freya,Poppy,Imogen,Siobhan,Niamh,Morag,Eilidh,Bethan,"
           "Harriet,Philippa,Saoirse"),
        _w("Hughes,Evans,Davies,Edwards,Patel,Shah,Khan,Begum,Thornton,Ashworth,"
           "Pemberton,MacLeod,Fraser,Llewellyn,Pritchard,Whitaker,Holloway,Cartwright,"
           "Mahmood,Rees,Gillespie,Doherty,Kavanagh")),
    "de": (
        _w("Lukas,Leon,Finn,Jonas,Maximilian,Felix,Paul,Elias,Tobias,Florian,Jürgen,"
           "Dieter,Uwe,Klaus,Wolfgang,Matthias,Sven,Henrik,Torsten,Benedikt"),
        _w("Anna,Lena,Lea,Hannah,Sophie,Marie,Katharina,Julia,Sabine,Ursula,Birgit,"
           "Heike,Jana,Franziska,Annika,Gudrun,Wiebke,Svenja,Dörte,Friederike"),
        _w("Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,"
           "Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,"
           "Braun,Krüger,Hofmann,Hartmann,Lange,Werner,Krause,Lehmann,Köhler,Weiß,"
           "Brandstätter,Obermeier,Petersen,Vogt,Kühn,Scholz")),
    "fr": (
        _w("Lucas,Hugo,Théo,Louis,Mathieu,Nicolas,Julien,Antoine,Baptiste,Étienne,"
           "François,Guillaume,Jérôme,Sébastien,Cédric,Yannick,Loïc,Benoît"),
        _w("Léa,Chloé,Manon,Camille,Inès,Juliette,Élodie,Margaux,Sophie,Nathalie,"
           "Isabelle,Amandine,Maëlle,Océane,Gaëlle,Aurélie,Séverine,Clémence"),
        _w("Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,"
           "Simon,Laurent,Lefebvre,Michel,David,Bertrand,Roux,Vincent,Fournier,Morel,"
           "Girard,André,Lefèvre,Mercier,Dupont,Lambert,Bonnet,Chevalier,Rousseau,"
           "Faure,Gauthier,Perrin,Le Gall,Kerbrat,Benali")),
    "es": (
        _w("Alejandro,Pablo,Javier,Sergio,Daniel,Carlos,Manuel,Jorge,Álvaro,Iker,"
           "Jordi,Xavier,Íñigo,Rubén,Gonzalo"),
        _w("Lucía,María,Paula,Laura,Marta,Carmen,Elena,Sara,Alba,Nerea,Begoña,Itziar,"
           "Rocío,Montserrat,Ainhoa,Pilar,Inmaculada"),
        _w("García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,"
           "Martín,Jiménez,Ruiz,Hernández,Díaz,Moreno,Muñoz,Álvarez,Romero,Alonso,"
           "Gutiérrez,Navarro,Torres,Domínguez,Vázquez,Ramos,Gil,Serrano,Blanco,"
           "Molina,Etxeberria,Puig,Castaño,Ibáñez")),
    "pt": (
        _w("João,Rodrigo,Martim,Tiago,Duarte,Gonçalo,Afonso,Rui,Nuno,Vasco,Bruno,"
           "Henrique"),
        _w("Beatriz,Inês,Mariana,Leonor,Matilde,Carolina,Joana,Rita,Catarina,Sofia,"
           "Filipa,Teresa"),
        _w("Silva,Santos,Ferreira,Pereira,Oliveira,Costa,Rodrigues,Martins,Jesus,"
           "Sousa,Fernandes,Gonçalves,Gomes,Lopes,Marques,Alves,Almeida,Ribeiro,Pinto,"
           "Carvalho,Teixeira,Moreira,Correia,Mendes,Nunes,Magalhães")),
    "it": (
        _w("Francesco,Alessandro,Lorenzo,Matteo,Leonardo,Andrea,Gabriele,Riccardo,"
           "Giuseppe,Giovanni,Marco,Luca,Salvatore,Vincenzo"),
        _w("Giulia,Sofia,Aurora,Alice,Ginevra,Chiara,Francesca,Federica,Valentina,"
           "Martina,Elisa,Beatrice,Rosaria,Annalisa"),
        _w("Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,"
           "Bruno,Gallo,Conti,De Luca,Mancini,Giordano,Rizzo,Lombardi,Moretti,"
           "Barbieri,Fontana,Santoro,Mariani,Caruso,Ferraro,D'Angelo,Pellegrini")),
    "nl": (
        _w("Daan,Sem,Levi,Bram,Thijs,Ruben,Jeroen,Pieter,Joost,Maarten,Wouter,Sjoerd"),
        _w("Sanne,Emma,Fenna,Lotte,Femke,Anouk,Marieke,Ilse,Willemijn,Noor,Esmée,"
           "Tessa"),
        _w("de Jong,Jansen,de Vries,van den Berg,van Dijk,Bakker,Janssen,Visser,Smit,"
           "Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen,"
           "Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer")),
    "pl": (
        _w("Jakub,Kacper,Szymon,Filip,Mateusz,Michał,Bartosz,Wojciech,Piotr,"
           "Krzysztof,Tomasz,Grzegorz"),
        _w("Zuzanna,Julia,Maja,Zofia,Hanna,Agnieszka,Katarzyna,Małgorzata,Magdalena,"
           "Joanna,Ewa,Dorota"),
        _w("Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,"
           "Zieliński,Szymański,Woźniak,Dąbrowski,Kozłowski,Jankowski,Mazur,"
           "Kwiatkowski,Krawczyk,Piotrowski,Grabowski,Pawłowski,Michalski")),
    "sv": (
        _w("Erik,Lars,Karl,Anders,Johan,Per,Nils,Oskar,Axel,Gustav,Björn,Håkan"),
        _w("Linnea,Elsa,Astrid,Ebba,Maja,Ingrid,Karin,Sofia,Frida,Saga,Wilma,Märta"),
        _w("Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,"
           "Svensson,Gustafsson,Pettersson,Jonsson,Lindberg,Lindqvist,Bergström,"
           "Lundgren,Sjöberg,Holmgren,Åberg,Ekström")),
    "tr": (
        _w("Mehmet,Mustafa,Ahmet,Ali,Hüseyin,Hasan,Emre,Burak,Murat,Yusuf,Gökhan,"
           "Çağrı,Oğuz,Kerem"),
        _w("Elif,Zeynep,Ayşe,Fatma,Emine,Merve,Büşra,Esra,Selin,Özge,Gülsüm,Defne,"
           "Şeyma,İrem"),
        _w("Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,"
           "Arslan,Doğan,Kılıç,Aslan,Çetin,Kara,Koç,Kurt,Özkan,Şimşek")),
    "da": (
        _w("Mads,Rasmus,Frederik,Mikkel,Søren,Jens,Niels,Anders,Kasper,Morten"),
        _w("Mette,Camilla,Sofie,Ida,Freja,Signe,Louise,Birgitte,Kirsten,Trine"),
        _w("Nielsen,Jensen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,"
           "Rasmussen,Jørgensen,Madsen,Kristensen,Olsen,Thomsen,Møller,Poulsen,"
           "Lauridsen,Østergaard")),
    "no": (
        _w("Ole,Magnus,Håkon,Sindre,Eirik,Kristian,Torbjørn,Øystein,Vegard,Audun"),
        _w("Nora,Ingrid,Kari,Solveig,Synnøve,Hanne,Marit,Ragnhild,Tuva,Sigrid"),
        _w("Johansen,Nilsen,Kristiansen,Karlsen,Johnsen,Pettersen,Eriksen,Berg,"
           "Haugen,Hagen,Bakken,Solberg,Strand,Lie,Dahl,Halvorsen,Sæther,Bjørnstad")),
}

# world cultures used for the diverse population of English documents
WORLD = [
    (_w("Wei,Jian,Hao,Jun,Xiaoming,Zhiwei"), _w("Mei,Li Na,Xiu,Yan,Jing,Xiaoling"),
     _w("Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Zhou,Wu,Xu,Sun")),
    (_w("Hiroshi,Haruto,Takeshi,Kenji,Ren"), _w("Yuki,Sakura,Aiko,Haruka,Emi"),
     _w("Tanaka,Suzuki,Takahashi,Watanabe,Yamamoto,Nakamura,Kobayashi,Sato")),
    (_w("Min-jun,Ji-ho,Seung-hoon,Dong-hyun"), _w("Ji-woo,Seo-yeon,Hye-jin,Soo-ah"),
     _w("Kim,Park,Choi,Jung,Kang,Cho,Yoon")),
    (_w("Minh,Tuan,Duc,Quang"), _w("Linh,Thanh,Anh,Thu,Ngoc"),
     _w("Nguyen,Tran,Pham,Le,Hoang,Vu,Dang")),
    (_w("Arjun,Rahul,Sanjay,Vikram,Rohan,Aditya,Karthik"),
     _w("Priya,Ananya,Deepika,Kavya,Lakshmi,Sneha"),
     _w("Sharma,Patel,Gupta,Iyer,Reddy,Nair,Banerjee,Chatterjee,Menon,Kulkarni,"
        "Desai,Joshi,Krishnan")),
    (_w("Omar,Karim,Tariq,Yousef,Khalid,Samir"), _w("Aisha,Fatima,Layla,Nour,Rania,Salma"),
     _w("Haddad,Al-Sayed,Mansour,Khoury,Hussein,Saleh,Nasser,Farouk")),
    (_w("Chinedu,Oluwaseun,Emeka,Kwame,Kofi,Yaw"), _w("Ngozi,Adaeze,Abena,Efua,Chiamaka,Funmilayo"),
     _w("Okonkwo,Adeyemi,Mensah,Owusu,Eze,Nwosu,Boateng,Afolabi")),
    (_w("Tendai,Thabo,Sipho,Kamau,Otieno"), _w("Zanele,Amara,Wanjiru,Nomvula,Achieng"),
     _w("Mwangi,Kamau,Dlamini,Nkosi,Moyo,Odhiambo,Ndlovu")),
    (_w("Dmitri,Sergei,Aleksandr,Andrei,Bogdan"), _w("Olga,Natalia,Tatiana,Ioana,Irina"),
     _w("Ivanov,Petrov,Smirnov,Popescu,Ionescu,Kuznetsov,Volkov")),
    (_w("Giorgos,Nikos,Dimitris,László,Gábor"), _w("Eleni,Katerina,Katalin,Zsófia,Despina"),
     _w("Papadopoulos,Georgiou,Nagy,Horváth,Kovács,Christodoulou")),
    (_w("Santiago,Mateo,Joaquín,Diego,Sebastián,Emiliano"),
     _w("Camila,Ximena,Valeria,Renata,Guadalupe,Daniela"),
     _w("Herrera,Castillo,Vargas,Rojas,Mendoza,Quispe,Guerrero,Salazar,Cárdenas")),
    (_w("Reza,Farhan,Ali,Dariush,Arash"), _w("Parisa,Leila,Shirin,Nasrin,Mahsa"),
     _w("Hosseini,Ahmadi,Rahimi,Karimi,Rahman,Chowdhury,Siddiqui")),
    (_w("Avi,Yosef,Eitan,Noam"), _w("Tamar,Noa,Yael,Shira"),
     _w("Cohen,Levi,Friedman,Azoulay,Mizrahi,Peretz")),
    (_w("Wei Jie,Kai,Arif,Rizal"), _w("Siti,Nurul,Xin Yi,Putri"),
     _w("Lim,Tan,Ong,Goh,Wijaya,Santoso,Abdullah")),
]


class Person:
    __slots__ = ("first", "last", "mid", "female", "lang")

    def __init__(self, first, last, mid, female, lang):
        self.first, self.last, self.mid, self.female, self.lang = first, last, mid, female, lang

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def full_mid(self):
        return f"{self.first} {self.mid}. {self.last}" if self.mid else self.full

    @property
    def last_first(self):
        return f"{self.last}, {self.first}"

    @property
    def last_first_mid(self):
        return f"{self.last}, {self.first} {self.mid}." if self.mid else self.last_first

    @property
    def initial_last(self):
        return f"{self.first[0]}. {self.last}"

    def title(self, lang=None):
        lang = lang or self.lang
        t = {
            "en": ("Mr.", "Ms."), "gb": ("Mr", "Ms"), "de": ("Herr", "Frau"),
            "fr": ("M.", "Mme"), "es": ("Sr.", "Sra."), "pt": ("Sr.", "Sra."),
            "it": ("Sig.", "Sig.ra"), "nl": ("dhr.", "mevr."), "pl": ("Pan", "Pani"),
            "sv": ("", ""), "tr": ("Bay", "Bayan"), "da": ("", ""), "no": ("", ""),
        }.get(lang, ("Mr.", "Ms."))
        return t[1] if self.female else t[0]

    def pick(self, r, styles=("full", "full", "full_mid", "last_first")):
        s = r.choice(styles)
        return getattr(self, s)


def _polish_female(last):
    for suf in ("ski", "cki", "dzki"):
        if last.endswith(suf):
            return last[:-1] + "a"
    return last


def person(r, lang="en", world=None):
    """Random person. For English documents a share of people come from
    world cultures (consistent first+last)."""
    female = r.random() < 0.5
    if lang in ("en", "gb"):
        w = 0.35 if world is None else world
        if r.random() < w:
            fm, ff, ls = r.choice(WORLD)
            first = r.choice(ff if female else fm)
            last = r.choice(ls)
            mid = r.choice(string.ascii_uppercase) if (lang == "en" and r.random() < 0.3) else None
            return Person(first, last, mid, female, lang)
        if lang == "gb" and r.random() < 0.7:
            fm, ff, ls = NAMES["gb"]
        elif r.random() < 0.75:
            fm, ff, ls = NAMES["en"]
        else:
            # mixed: en first names with gb surnames and vice versa
            fm, ff, _ = NAMES[r.choice(["en", "gb"])]
            ls = NAMES["en"][2] + NAMES["gb"][2]
        first = r.choice(ff if female else fm)
        last = r.choice(ls)
        mid = r.choice("ABCDEFGHJKLMNPRSTW") if (lang == "en" and r.random() < 0.45) else None
        return Person(first, last, mid, female, lang)
    fm, ff, ls = NAMES[lang]
    first = r.choice(ff if female else fm)
    last = r.choice(ls)
    if lang == "pl" and female:
        last = _polish_female(last)
    if lang == "es" and r.random() < 0.6:
        other = r.choice(ls)
        if other != last:
            last = f"{last} {other}"
    if lang == "pt" and r.random() < 0.5:
        other = r.choice(ls)
        if other != last:
            last = f"{other} {last}"
    return Person(first, last, None, female, lang)


def relative(r, p, same_last=True):
    """A family member of p: same culture, usually the same surname."""
    female = r.random() < 0.5
    pools = [NAMES[p.lang]] if p.lang in NAMES else []
    for fm, ff, ls in [NAMES.get(p.lang, NAMES["en"])] + WORLD + [NAMES["en"], NAMES["gb"]]:
        if p.first in fm or p.first in ff:
            pools = [(fm, ff, ls)]
            break
    fm, ff, ls = pools[0] if pools else NAMES["en"]
    opts = [x for x in (ff if female else fm) if x != p.first] or (ff if female else fm)
    first = r.choice(opts)
    last = p.last if same_last else r.choice(ls)
    if p.lang == "pl" and same_last:
        base = p.last[:-1] + "i" if p.last.endswith(("ska", "cka", "dzka")) else p.last
        last = _polish_female(base) if female else base
    mid = r.choice("ABCDEFGHJKLMNPRSTW") if (p.lang == "en" and r.random() < 0.4) else None
    return Person(first, last, mid, female, p.lang)


_TRANS = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l",
                        "Ł": "L", "ı": "i", "đ": "d", "å": "a", "Å": "A", "'": "",
                        " ": "", "-": ""})


def ascii_fold(s):
    s = s.translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "._"))


def email_for(r, p, domain=None):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    if domain is None:
        domain = r.choice(FREEMAIL.get(p.lang, FREEMAIL["en"]))
    style = r.randrange(7)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}"
    elif style == 2:
        local = f"{f}{l}{r.randint(1, 99)}"
    elif style == 3:
        local = f"{f}_{l}"
    elif style == 4:
        local = f"{l}.{f}"
    elif style == 5:
        local = f"{f}.{l}{r.choice(['', '.', '_'])}{r.choice([r.randint(60, 99), r.randint(1960, 2006)])}"
    else:
        local = f"{f[0]}.{l}"
    return f"{local}@{domain}"


FREEMAIL = {
    "en": _w("gmail.com,outlook.com,yahoo.com,icloud.com,hotmail.com,proton.me,aol.com,"
             "comcast.net,att.net,me.com"),
    "gb": _w("gmail.com,outlook.com,btinternet.com,yahoo.co.uk,sky.com,hotmail.co.uk"),
    "de": _w("gmx.de,web.de,t-online.de,gmail.com,posteo.de,freenet.de,outlook.de"),
    "fr": _w("orange.fr,free.fr,laposte.net,gmail.com,sfr.fr,wanadoo.fr,outlook.fr"),
    "es": _w("gmail.com,yahoo.es,hotmail.es,telefonica.net,outlook.es"),
    "pt": _w("sapo.pt,gmail.com,hotmail.com,outlook.pt,netcabo.pt"),
    "it": _w("libero.it,virgilio.it,gmail.com,tiscali.it,alice.it,outlook.it"),
    "nl": _w("ziggo.nl,kpnmail.nl,gmail.com,hotmail.nl,xs4all.nl,outlook.com"),
    "pl": _w("wp.pl,onet.pl,o2.pl,interia.pl,gmail.com"),
    "sv": _w("telia.com,hotmail.se,gmail.com,bredband.net,outlook.com"),
    "tr": _w("gmail.com,hotmail.com,yandex.com.tr,outlook.com"),
    "da": _w("mail.dk,gmail.com,hotmail.dk,outlook.dk,jubii.dk"),
    "no": _w("online.no,gmail.com,hotmail.no,outlook.com"),
}


# --------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------
def _rows(s):
    return [tuple(x.strip() for x in row.split("|")) for row in s.strip().split(";") if row.strip()]


US_STATES = dict(_rows("""
AL|Alabama;AK|Alaska;AZ|Arizona;AR|Arkansas;CA|California;CO|Colorado;CT|Connecticut;
DE|Delaware;FL|Florida;GA|Georgia;HI|Hawaii;ID|Idaho;IL|Illinois;IN|Indiana;IA|Iowa;
KS|Kansas;KY|Kentucky;LA|Louisiana;ME|Maine;MD|Maryland;MA|Massachusetts;MI|Michigan;
MN|Minnesota;MS|Mississippi;MO|Missouri;MT|Montana;NE|Nebraska;NV|Nevada;
NH|New Hampshire;NJ|New Jersey;NM|New Mexico;NY|New York;NC|North Carolina;
ND|North Dakota;OH|Ohio;OK|Oklahoma;OR|Oregon;PA|Pennsylvania;RI|Rhode Island;
SC|South Carolina;SD|South Dakota;TN|Tennessee;TX|Texas;UT|Utah;VT|Vermont;VA|Virginia;
WA|Washington;WV|West Virginia;WI|Wisconsin;WY|Wyoming
"""))

US_CITIES = _rows("""
New York|NY|100;Brooklyn|NY|112;Buffalo|NY|142;Ithaca|NY|148;Poughkeepsie|NY|126;
Boston|MA|021;Worcester|MA|016;Amherst|MA|010;Providence|RI|029;Hartford|CT|061;
New Haven|CT|065;Philadelphia|PA|191;Pittsburgh|PA|152;State College|PA|168;
Scranton|PA|185;Baltimore|MD|212;Frederick|MD|217;Richmond|VA|232;Blacksburg|VA|240;
Charlotte|NC|282;Durham|NC|277;Boone|NC|286;Greenville|SC|296;Atlanta|GA|303;
Savannah|GA|314;Valdosta|GA|316;Miami|FL|331;Tampa|FL|336;Gainesville|FL|326;
Pensacola|FL|325;Nashville|TN|372;Knoxville|TN|379;Columbus|OH|432;Cleveland|OH|441;
Athens|OH|457;Dayton|OH|454;Detroit|MI|482;Ann Arbor|MI|481;Marquette|MI|498;
Chicago|IL|606;Champaign|IL|618;Peoria|IL|616;Carbondale|IL|629;Indianapolis|IN|462;
Bloomington|IN|474;Milwaukee|WI|532;Madison|WI|537;Eau Claire|WI|547;Minneapolis|MN|554;
Red Wing|MN|550;Duluth|MN|558;Des Moines|IA|503;Ames|IA|500;Decorah|IA|521;
St. Louis|MO|631;Kansas City|MO|641;Columbia|MO|652;Omaha|NE|681;Lincoln|NE|685;
Kearney|NE|688;Dallas|TX|752;Houston|TX|770;Austin|TX|787;El Paso|TX|799;Lubbock|TX|794;
Nacogdoches|TX|759;Denver|CO|802;Boulder|CO|803;Durango|CO|813;Phoenix|AZ|850;
Tucson|AZ|857;Flagstaff|AZ|860;Albuquerque|NM|871;Santa Fe|NM|875;Las Cruces|NM|880;
Salt Lake City|UT|841;Provo|UT|846;Boise|ID|837;Moscow|ID|838;Missoula|MT|598;
Bozeman|MT|597;Seattle|WA|981;Spokane|WA|992;Ellensburg|WA|989;Tacoma|WA|984;
Portland|OR|972;Eugene|OR|974;Bend|OR|977;San Francisco|CA|941;Oakland|CA|946;
Los Angeles|CA|900;San Diego|CA|921;Sacramento|CA|958;Fresno|CA|937;Chico|CA|959;
Arcata|CA|955;Las Vegas|NV|891;Reno|NV|895;Anchorage|AK|995;Fairbanks|AK|997;
Honolulu|HI|968;Hilo|HI|967;Burlington|VT|054;Bangor|ME|044;Hanover|NH|037;
Morgantown|WV|265;Lexington|KY|405;Oxford|MS|386;Tuscaloosa|AL|354;Baton Rouge|LA|708;
Fayetteville|AR|727;Norman|OK|730;Tulsa|OK|741;Lawrence|KS|660;Fargo|ND|581;
Sioux Falls|SD|571;Laramie|WY|820;Newark|NJ|071;Princeton|NJ|085;Wilmington|DE|198
""")

UK_CITIES = _rows("""
London|SW;London|E;London|N;London|NW;Manchester|M;Leeds|LS;Bristol|BS;Cardiff|CF;
Edinburgh|EH;Glasgow|G;Belfast|BT;York|YO;Bath|BA;Aberystwyth|SY;Inverness|IV;
Durham|DH;Norwich|NR;Exeter|EX;Stirling|FK;Keswick|CA;Whitby|YO;Sheffield|S;
Nottingham|NG;Brighton|BN;Swansea|SA
""")

# (city, region, postcode prefix)
LOCALE_CITIES = {
    "de": _rows("""
Berlin|Berlin|10;Berlin|Berlin|12;Hamburg|Hamburg|22;München|Bayern|80;Köln|Nordrhein-Westfalen|50;
Frankfurt am Main|Hessen|60;Stuttgart|Baden-Württemberg|70;Düsseldorf|Nordrhein-Westfalen|40;
Leipzig|Sachsen|04;Dresden|Sachsen|01;Hannover|Niedersachsen|30;Nürnberg|Bayern|90;
Bremen|Bremen|28;Freiburg im Breisgau|Baden-Württemberg|79;Heidelberg|Baden-Württemberg|69;
Göttingen|Niedersachsen|37;Tübingen|Baden-Württemberg|72;Bamberg|Bayern|96;
Lüneburg|Niedersachsen|21;Wernigerode|Sachsen-Anhalt|38;Bad Tölz|Bayern|83;
Husum|Schleswig-Holstein|25;Passau|Bayern|94;Rostock|Mecklenburg-Vorpommern|18;
Jena|Thüringen|07;Kiel|Schleswig-Holstein|24;Konstanz|Baden-Württemberg|78;
Gelsenkirchen|Nordrhein-Westfalen|45;Cottbus|Brandenburg|03
"""),
    "fr": _rows("""
Paris|Île-de-France|750;Lyon|Auvergne-Rhône-Alpes|6900;Marseille|Provence-Alpes-Côte d'Azur|130;
Toulouse|Occitanie|310;Nice|Provence-Alpes-Côte d'Azur|060;Nantes|Pays de la Loire|440;
Strasbourg|Grand Est|670;Montpellier|Occitanie|340;Bordeaux|Nouvelle-Aquitaine|330;
Lille|Hauts-de-France|590;Rennes|Bretagne|350;Grenoble|Auvergne-Rhône-Alpes|380;
Dijon|Bourgogne-Franche-Comté|210;Annecy|Auvergne-Rhône-Alpes|740;Colmar|Grand Est|680;
Aix-en-Provence|Provence-Alpes-Côte d'Azur|131;Besançon|Bourgogne-Franche-Comté|250;
Quimper|Bretagne|290;Sarlat-la-Canéda|Nouvelle-Aquitaine|2420;Saint-Malo|Bretagne|3540;
Millau|Occitanie|1210;Vannes|Bretagne|5600;Roubaix|Hauts-de-France|591
"""),
    "es": _rows("""
Madrid|Madrid|28;Barcelona|Cataluña|08;Valencia|Comunidad Valenciana|46;Sevilla|Andalucía|41;
Zaragoza|Aragón|50;Málaga|Andalucía|29;Bilbao|País Vasco|48;Valladolid|Castilla y León|47;
Salamanca|Castilla y León|37;Granada|Andalucía|18;Santiago de Compostela|Galicia|15;
Pamplona|Navarra|31;Cáceres|Extremadura|10;Teruel|Aragón|44;Cuenca|Castilla-La Mancha|16;
Ronda|Andalucía|294;Girona|Cataluña|17;Oviedo|Asturias|33;Vigo|Galicia|36;Alcalá de Henares|Madrid|288
"""),
    "pt": _rows("""
Lisboa|Lisboa|1;Porto|Porto|4;Braga|Braga|47;Coimbra|Coimbra|30;Aveiro|Aveiro|38;Faro|Faro|80;
Évora|Évora|70;Viseu|Viseu|35;Guimarães|Braga|48;Setúbal|Setúbal|29;Funchal|Madeira|90;
Tomar|Santarém|230;Lagos|Faro|86;Bragança|Bragança|53;Amadora|Lisboa|27
"""),
    "it": _rows("""
Roma|RM|001;Milano|MI|201;Napoli|NA|801;Torino|TO|101;Bologna|BO|401;Firenze|FI|501;
Genova|GE|161;Palermo|PA|901;Bari|BA|701;Verona|VR|371;Padova|PD|351;Trento|TN|381;
Perugia|PG|061;Lecce|LE|731;Matera|MT|751;Siena|SI|531;Cuneo|CN|121;Bolzano|BZ|391;
Cagliari|CA|091;Urbino|PU|610
"""),
    "nl": _rows("""
Amsterdam|Noord-Holland|10;Rotterdam|Zuid-Holland|30;Den Haag|Zuid-Holland|25;Utrecht|Utrecht|35;
Eindhoven|Noord-Brabant|56;Groningen|Groningen|97;Tilburg|Noord-Brabant|50;Nijmegen|Gelderland|65;
Leiden|Zuid-Holland|23;Delft|Zuid-Holland|26;Maastricht|Limburg|62;Zwolle|Overijssel|80;
Haarlem|Noord-Holland|20;Deventer|Overijssel|74;Harlingen|Friesland|88;Middelburg|Zeeland|43;
Enschede|Overijssel|75;Leeuwarden|Friesland|89
"""),
    "pl": _rows("""
Warszawa|mazowieckie|0;Kraków|małopolskie|3;Łódź|łódzkie|9;Wrocław|dolnośląskie|5;
Poznań|wielkopolskie|6;Gdańsk|pomorskie|80;Szczecin|zachodniopomorskie|7;Lublin|lubelskie|20;
Katowice|śląskie|40;Białystok|podlaskie|15;Toruń|kujawsko-pomorskie|87;Rzeszów|podkarpackie|35;
Zakopane|małopolskie|345;Sopot|pomorskie|81;Olsztyn|warmińsko-mazurskie|10;Opole|opolskie|45;
Sandomierz|świętokrzyskie|276
"""),
    "sv": _rows("""
Stockholm|Stockholms län|11;Göteborg|Västra Götaland|41;Malmö|Skåne|21;Uppsala|Uppsala län|75;
Linköping|Östergötland|58;Örebro|Örebro län|70;Västerås|Västmanland|72;Umeå|Västerbotten|90;
Lund|Skåne|22;Luleå|Norrbotten|97;Kiruna|Norrbotten|98;Visby|Gotland|62;Falun|Dalarna|79;
Ystad|Skåne|27;Östersund|Jämtland|83
"""),
    "tr": _rows("""
İstanbul|Kadıköy|347;İstanbul|Beşiktaş|343;İstanbul|Üsküdar|346;Ankara|Çankaya|066;
İzmir|Karşıyaka|355;İzmir|Konak|352;Bursa|Nilüfer|161;Antalya|Muratpaşa|071;Konya|Selçuklu|420;
Adana|Seyhan|011;Eskişehir|Tepebaşı|261;Trabzon|Ortahisar|610;Gaziantep|Şahinbey|270;
Mardin|Artuklu|471;Muğla|Bodrum|484;Edirne|Merkez|220;Kayseri|Melikgazi|380
"""),
    "da": _rows("""
København K|Hovedstaden|1;København Ø|Hovedstaden|21;Aarhus C|Midtjylland|800;Odense C|Syddanmark|500;
Aalborg|Nordjylland|900;Esbjerg|Syddanmark|670;Randers|Midtjylland|890;Kolding|Syddanmark|600;
Roskilde|Sjælland|400;Skagen|Nordjylland|999;Ribe|Syddanmark|676;Svendborg|Syddanmark|570;
Helsingør|Hovedstaden|300
"""),
    "no": _rows("""
Oslo|Oslo|0;Bergen|Vestland|50;Trondheim|Trøndelag|70;Stavanger|Rogaland|40;Tromsø|Troms|90;
Kristiansand|Agder|46;Drammen|Buskerud|30;Fredrikstad|Østfold|16;Bodø|Nordland|80;
Ålesund|Møre og Romsdal|60;Lillehammer|Innlandet|26;Røros|Trøndelag|737;Hamar|Innlandet|23;
Svolvær|Nordland|830
"""),
}

WORLD_CITIES = _rows("""
Nairobi|Kenya;Mombasa|Kenya;Lagos|Nigeria;Enugu|Nigeria;Accra|Ghana;Kumasi|Ghana;
Johannesburg|South Africa;Stellenbosch|South Africa;Cairo|Egypt;Casablanca|Morocco;
Mumbai|India;Bengaluru|India;Pune|India;Kochi|India;Mysuru|India;Dhaka|Bangladesh;
Karachi|Pakistan;Lahore|Pakistan;Shanghai|China;Chengdu|China;Shenzhen|China;
Guilin|China;Tokyo|Japan;Osaka|Japan;Sapporo|Japan;Matsumoto|Japan;Seoul|South Korea;
Busan|South Korea;Hanoi|Vietnam;Da Nang|Vietnam;Ho Chi Minh City|Vietnam;
Manila|Philippines;Cebu City|Philippines;Jakarta|Indonesia;Bandung|Indonesia;
Kuala Lumpur|Malaysia;Penang|Malaysia;Singapore|Singapore;Bangkok|Thailand;
Chiang Mai|Thailand;Sydney|Australia;Melbourne|Australia;Hobart|Australia;
Toowoomba|Australia;Auckland|New Zealand;Dunedin|New Zealand;Toronto|Canada;
Vancouver|Canada;Halifax|Canada;Saskatoon|Canada;Montréal|Canada;Kingston|Canada;
Mexico City|Mexico;Guadalajara|Mexico;Oaxaca|Mexico;Bogotá|Colombia;Medellín|Colombia;
Lima|Peru;Cusco|Peru;Santiago|Chile;Valparaíso|Chile;Buenos Aires|Argentina;
Córdoba|Argentina;São Paulo|Brazil;Recife|Brazil;Porto Alegre|Brazil;Dublin|Ireland;
Galway|Ireland;Cork|Ireland;Reykjavík|Iceland;Helsinki|Finland;Tampere|Finland;
Tallinn|Estonia;Riga|Latvia;Vilnius|Lithuania;Prague|Czech Republic;Brno|Czech Republic;
Vienna|Austria;Graz|Austria;Zürich|Switzerland;Lausanne|Switzerland;Budapest|Hungary;
Debrecen|Hungary;Bucharest|Romania;Cluj-Napoca|Romania;Sofia|Bulgaria;Athens|Greece;
Thessaloniki|Greece;Beirut|Lebanon;Amman|Jordan;Tel Aviv|Israel;Dubai|United Arab Emirates;
Doha|Qatar;Riyadh|Saudi Arabia;Tehran|Iran;Almaty|Kazakhstan;Kyiv|Ukraine;Lviv|Ukraine;
Addis Ababa|Ethiopia;Kampala|Uganda;Kigali|Rwanda;Dakar|Senegal;Harare|Zimbabwe;
Lusaka|Zambia;Kathmandu|Nepal;Colombo|Sri Lanka;Ulaanbaatar|Mongolia
""")

COUNTRY = {
    "en": "United States", "gb": "United Kingdom", "de": "Deutschland", "fr": "France",
    "es": "España", "pt": "Portugal", "it": "Italia", "nl": "Nederland", "pl": "Polska",
    "sv": "Sverige", "tr": "Türkiye", "da": "Danmark", "no": "Norge",
}
COUNTRY_EN = {
    "en": "USA", "gb": "United Kingdom", "de": "Germany", "fr": "France", "es": "Spain",
    "pt": "Portugal", "it": "Italy", "nl": "Netherlands", "pl": "Poland", "sv": "Sweden",
    "tr": "Turkey", "da": "Denmark", "no": "Norway",
}

STREETS = {
    "en": _w("Main,Oak,Maple,Cedar,Elm,Washington,Lake,Hill,Park,Pine,Walnut,Chestnut,"
             "Sunset,Lincoln,Jefferson,Highland,Ridge,Church,Mill,Spring,River,Franklin,"
             "Madison,Center,Meadow,Willow,Prospect,Orchard,Birch,Magnolia,Cherry,Forest,"
             "Grant,Dogwood,Sycamore,Hawthorne,Laurel,Juniper,Aspen,Fairview,Kingsley,Quarry"),
    "gb": _w("High Street,Station Road,Church Lane,Victoria Road,Green Lane,Manor Road,"
             "Park Avenue,Queens Road,Mill Lane,The Crescent,Kingsway,Albert Street,"
             "Windsor Close,Chapel Street,Orchard Way,Beech Grove,Hollybush Lane"),
    "de": _w("Hauptstraße,Bahnhofstraße,Schillerstraße,Goethestraße,Gartenweg,Lindenallee,"
             "Am Markt,Kirchgasse,Mozartstraße,Birkenweg,Friedrichstraße,Rosenstraße,"
             "Talstraße,Bergstraße,Schulstraße,Im Winkel,Eichendorffweg,Uhlandstraße,"
             "Am Mühlbach,Kastanienallee"),
    "fr": _w("rue de la République,rue Victor Hugo,avenue Jean Jaurès,boulevard Gambetta,"
             "rue des Lilas,impasse des Tilleuls,allée des Pins,place du Marché,rue Pasteur,"
             "chemin des Vignes,rue du Moulin,quai de la Loire,avenue de la Gare,"
             "rue Sainte-Catherine,rue des Écoles"),
    "es": _w("Calle Mayor,Calle de Alcalá,Avenida de la Constitución,Calle del Sol,"
             "Paseo de Gracia,Calle Real,Calle San Juan,Avenida de Andalucía,Calle Nueva,"
             "Calle de la Iglesia,Ronda de Toledo,Calle Larios,Avenida de Portugal"),
    "pt": _w("Rua Augusta,Avenida da Liberdade,Rua de Santa Catarina,Rua do Comércio,"
             "Travessa do Carmo,Largo do Rato,Rua Direita,Avenida dos Aliados,"
             "Rua da Alegria,Rua 25 de Abril,Rua das Flores,Avenida da República"),
    "it": _w("Via Roma,Via Garibaldi,Corso Vittorio Emanuele II,Via Mazzini,Via Dante,"
             "Piazza della Libertà,Via dei Mille,Viale Europa,Via Verdi,Via Cavour,"
             "Via San Francesco,Vicolo del Pozzo,Via Nazionale,Corso Italia"),
    "nl": _w("Dorpsstraat,Kerkstraat,Stationsweg,Molenweg,Prinsengracht,Herengracht,"
             "Schoolstraat,Julianalaan,Beatrixstraat,Wilhelminastraat,Kastanjelaan,"
             "Nieuwe Binnenweg,Oudegracht,Vondelstraat"),
    "pl": _w("Marszałkowska,Długa,Piłsudskiego,Mickiewicza,Słowackiego,Kościuszki,"
             "Ogrodowa,Lipowa,Polna,Leśna,Kwiatowa,Sienkiewicza,Grunwaldzka,Wolności"),
    "sv": _w("Storgatan,Drottninggatan,Kungsgatan,Skolgatan,Järnvägsgatan,Björkvägen,"
             "Sveavägen,Vasagatan,Trädgårdsgatan,Ringvägen,Ekvägen,Östra Långgatan"),
    "tr": _w("Atatürk Cad.,İstiklal Cad.,Cumhuriyet Cad.,Bağdat Cad.,Gazi Bulvarı,"
             "Menekşe Sok.,Lale Sok.,Çınar Sok.,Papatya Sok.,İnönü Cad.,Mimar Sinan Sok."),
    "da": _w("Vestergade,Østergade,Nørregade,Søndergade,Algade,Strandvejen,Jernbanegade,"
             "Bredgade,Skolevej,Kirkevej,Møllevej,Åboulevarden"),
    "no": _w("Storgata,Kirkegata,Dronningens gate,Kongens gate,Parkveien,Skolegata,"
             "Bogstadveien,Strandgaten,Torggata,Markveien,Sjøgata,Thorvald Meyers gate"),
}
US_SUFFIX = _w("St,Street,Ave,Avenue,Rd,Road,Blvd,Dr,Drive,Ln,Lane,Ct,Way,Pl,Terrace,Pkwy")
TR_MAH = _w("Caferağa,Moda,Bahçelievler,Kızılay,Alsancak,Fenerbahçe,Yenişehir,Cumhuriyet,"
            "Atatürk,Güzelyalı,Sinanpaşa")


def _digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def _fill(r, prefix, n):
    return (prefix + _digits(r, max(0, n - len(prefix))))[:n]


class Address:
    __slots__ = ("lang", "line1", "unit", "city", "region", "postcode", "country")

    def __init__(self, lang, line1, unit, city, region, postcode):
        self.lang, self.line1, self.unit, self.city = lang, line1, unit, city
        self.region, self.postcode = region, postcode
        self.country = COUNTRY[lang]

    @property
    def street(self):
        """Street line (incl. unit) as one string."""
        if not self.unit:
            return self.line1
        if self.lang == "gb":
            return f"{self.unit}, {self.line1}"
        return f"{self.line1}, {self.unit}"

    @property
    def cityline(self):
        L = self.lang
        if L == "en":
            return f"{self.city}, {self.region} {self.postcode}"
        if L == "gb":
            return f"{self.city} {self.postcode}"
        if L == "it":
            return f"{self.postcode} {self.city} ({self.region})"
        if L == "tr":
            return f"{self.postcode} {self.region}/{self.city}"
        return f"{self.postcode} {self.city}"

    def block(self, r=None, country=False, upper_city=False):
        lines = []
        if self.lang == "gb" and self.unit:
            lines.append(self.unit)
            lines.append(self.line1)
        elif self.unit and (r is not None and r.random() < 0.5) and self.lang == "en":
            lines.append(self.line1)
            lines.append(self.unit)
        else:
            lines.append(self.street)
        if self.lang == "gb":
            lines.append(self.city.upper() if upper_city else self.city)
            lines.append(self.postcode)
        else:
            cl = self.cityline
            if upper_city:
                cl = cl.replace(self.city, self.city.upper())
            lines.append(cl)
        if country:
            lines.append(self.country if self.lang != "en" else "USA")
        return "\n".join(lines)

    def oneline(self, country=False, country_en=False):
        s = f"{self.street}, {self.cityline}"
        if country:
            s += ", " + (COUNTRY_EN[self.lang] if country_en else self.country)
        return s


def address(r, lang="en"):
    L = lang
    unit = None
    if L == "en":
        city, st, z3 = r.choice(US_CITIES)
        num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999),
                            r.randint(10000, 24999)]))
        pre = r.choice(["", "", "", "", "N ", "S ", "E ", "W ", "North ", "West "])
        line1 = f"{num} {pre}{r.choice(STREETS['en'])} {r.choice(US_SUFFIX)}"
        if r.random() < 0.35:
            unit = r.choice([f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Apt. {r.randint(100, 990)}",
                             f"Unit {r.randint(1, 300)}", f"#{r.randint(2, 60)}",
                             f"Suite {r.randint(100, 950)}"])
        return Address(L, line1, unit, city, st, _fill(r, z3, 5))
    if L == "gb":
        city, area = r.choice(UK_CITIES)
        pc = f"{area}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        line1 = f"{r.randint(1, 240)} {r.choice(STREETS['gb'])}"
        if r.random() < 0.3:
            unit = f"Flat {r.randint(1, 24)}"
        return Address(L, line1, unit, city, "", pc)
    city, region, pre = r.choice(LOCALE_CITIES[L])
    st = r.choice(STREETS[L])
    n = r.randint(1, 180)
    if L == "de":
        line1 = f"{st} {n}{r.choice(['', '', '', 'a', 'b'])}"
        return Address(L, line1, None, city, region, _fill(r, pre, 5))
    if L == "fr":
        line1 = f"{n}{r.choice(['', '', '', ' bis', ' ter'])} {st}"
        if r.random() < 0.25:
            unit = f"Bât. {r.choice('ABCD')}, apt {r.randint(1, 60)}"
        pc = _fill(r, pre, 5)
        if pre == "750":
            pc = f"750{r.randint(1, 20):02d}"
        return Address(L, line1, unit, city, region, pc)
    if L == "es":
        line1 = f"{st}, {n}"
        if r.random() < 0.6:
            unit = f"{r.randint(1, 9)}º {r.choice('ABCD')}"
        return Address(L, line1, unit, city, region, _fill(r, pre, 5))
    if L == "pt":
        line1 = f"{st}, {n}"
        if r.random() < 0.5:
            unit = f"{r.randint(1, 8)}º {r.choice(['Esq.', 'Dto.', 'Frente'])}"
        pc = _fill(r, pre, 4) + "-" + _digits(r, 3)
        return Address(L, line1, unit, city, region, pc)
    if L == "it":
        line1 = f"{st}, {n}" if r.random() < 0.5 else f"{st} {n}"
        return Address(L, line1, None, city, region, _fill(r, pre, 5))
    if L == "nl":
        line1 = f"{st} {n}{r.choice(['', '', '', '-II', 'A', ' bis'])}"
        pc = _fill(r, pre, 4) + " " + r.choice("ABCEGHJKLMNPRSTVWXZ") + r.choice("ABCEGHJKLMNPRSTVWXZ")
        return Address(L, line1, None, city, region, pc)
    if L == "pl":
        line1 = f"{r.choice(['ul.', 'ul.', 'al.'])} {st} {n}" + (f"/{r.randint(1, 80)}" if r.random() < 0.7 else "")
        d5 = _fill(r, pre, 5)
        return Address(L, line1, None, city, region, f"{d5[:2]}-{d5[2:]}")
    if L == "sv":
        line1 = f"{st} {n}"
        if r.random() < 0.3:
            unit = f"lgh {r.randint(1001, 1704)}"
        d5 = _fill(r, pre, 5)
        return Address(L, line1, unit, city, region, f"{d5[:3]} {d5[3:]}")
    if L == "tr":
        line1 = f"{r.choice(TR_MAH)} Mah. {st} No: {n}"
        unit = f"D: {r.randint(1, 24)}" if r.random() < 0.7 else None
        return Address(L, line1, unit, city, region, _fill(r, pre, 5))
    if L == "da":
        line1 = f"{st} {n}"
        if r.random() < 0.5:
            unit = f"{r.randint(1, 5)}. {r.choice(['th.', 'tv.', 'mf.'])}"
        return Address(L, line1, unit, city, region, _fill(r, pre, 4))
    if L == "no":
        line1 = f"{st} {n}{r.choice(['', '', 'A', 'B'])}"
        return Address(L, line1, None, city, region, _fill(r, pre, 4))
    raise KeyError(L)


def city_of(r, lang="en"):
    """(city, region) of a locale."""
    if lang == "en":
        c, st, _ = r.choice(US_CITIES)
        return c, st
    if lang == "gb":
        return r.choice(UK_CITIES)[0], "England"
    c, reg, _ = r.choice(LOCALE_CITIES[lang])
    return c, reg


def place(r, lang="en", style=None):
    """A place name suitable for a LOCATION span."""
    style = style or r.choice(["city_st", "city", "world", "city_st", "state"])
    if lang != "en":
        c, reg = city_of(r, lang)
        return c if style != "world" else f"{c}, {COUNTRY[lang]}"
    if style == "city_st":
        c, st = city_of(r, "en")
        return f"{c}, {st}"
    if style == "city":
        return city_of(r, "en")[0]
    if style == "state":
        return US_STATES[r.choice(list(US_STATES))]
    c, co = r.choice(WORLD_CITIES)
    return c if c == co else f"{c}, {co}"


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
US_AREA = _w("212,646,718,617,413,401,860,203,215,412,814,410,804,540,704,919,828,404,"
             "912,305,813,352,615,865,614,216,740,313,734,906,312,217,309,414,608,715,612,"
             "651,218,515,314,816,402,214,713,512,915,806,303,720,970,602,520,928,505,801,"
             "208,406,206,509,253,503,541,415,510,213,619,916,559,530,702,775,907,808,802,"
             "207,603,304,859,662,205,225,479,405,785,701,605,307,973,609,302")


def phone(r, lang="en", kind=None):
    kind = kind or r.choice(["land", "mobile", "land", "mobile"])
    L = lang
    if L == "en":
        if kind == "tollfree":
            a = r.choice(["800", "888", "877", "866", "855", "844"])
            x, y = _digits(r, 3), _digits(r, 4)
            x = str(r.randint(2, 9)) + x[1:]
            return r.choice([f"1-{a}-{x}-{y}", f"{a}-{x}-{y}", f"({a}) {x}-{y}", f"1 ({a}) {x}-{y}",
                             f"{a}.{x}.{y}"])
        a = r.choice(US_AREA)
        x = str(r.randint(2, 9)) + _digits(r, 2)
        y = _digits(r, 4)
        return r.choice([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}",
                         f"+1 ({a}) {x}-{y}", f"1-{a}-{x}-{y}", f"+1-{a}-{x}-{y}", f"{a} {x} {y}"])
    if L == "gb":
        if kind == "mobile":
            n = "7" + str(r.randint(3, 9)) + _digits(r, 8)
            return r.choice([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:7]} {n[7:]}"])
        a = r.choice(["20", "161", "113", "117", "29", "131", "141", "28", "1904", "1225"])
        rest = _digits(r, 10 - len(a))
        rest = str(r.randint(2, 8)) + rest[1:]
        sp = f"{rest[:4]} {rest[4:]}" if len(rest) == 8 else (f"{rest[:3]} {rest[3:]}" if len(rest) == 7 else rest)
        return r.choice([f"0{a} {sp}", f"+44 {a} {sp}", f"+44 (0){a} {sp}"])
    if L == "de":
        if kind == "mobile":
            p = r.choice(["151", "152", "160", "162", "170", "171", "172", "176", "157", "177"])
            n = _digits(r, 7 + r.randint(0, 1))
            return r.choice([f"0{p} {n}", f"+49 {p} {n}", f"0{p}/{n}", f"+49 (0){p} {n}", f"0{p}-{n[:3]} {n[3:]}"])
        a = r.choice(["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "911", "421", "761", "6221"])
        n = str(r.randint(2, 9)) + _digits(r, 9 - len(a) + r.randint(-1, 1))
        return r.choice([f"0{a} {n}", f"+49 {a} {n}", f"(0{a}) {n}", f"0{a}/{n}", f"+49 (0){a} {n}",
                         f"0{a} {n[:3]} {n[3:]}", f"+49 {a} {n[:-2]}-{n[-2:]}"])
    if L == "fr":
        first = r.choice(["6", "7"]) if kind == "mobile" else r.choice(["1", "2", "3", "4", "5", "9"])
        g = [_digits(r, 2) for _ in range(4)]
        return r.choice([f"0{first} {' '.join(g)}", f"+33 {first} {' '.join(g)}", f"0{first}.{'.'.join(g)}",
                         f"+33 (0){first} {' '.join(g)}", f"0{first}{''.join(g)}"])
    if L == "es":
        first = r.choice(["6", "7"]) if kind == "mobile" else r.choice(["91", "93", "96", "95", "94", "98"])
        n = first + _digits(r, 9 - len(first))
        return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                         f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"(+34) {n}"])
    if L == "pt":
        first = r.choice(["91", "92", "93", "96"]) if kind == "mobile" else r.choice(["21", "22", "239", "253", "289"])
        n = first + _digits(r, 9 - len(first))
        return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n[:3]} {n[3:6]} {n[6:]}", f"+351 {n}", f"(+351) {n[:3]} {n[3:6]} {n[6:]}"])
    if L == "it":
        if kind == "mobile":
            p = r.choice(["320", "328", "333", "338", "340", "347", "348", "349", "366", "389"])
            n = _digits(r, 7)
            return r.choice([f"{p} {n}", f"+39 {p} {n}", f"{p} {n[:3]} {n[3:]}", f"+39 {p} {n[:3]} {n[3:]}", f"{p}-{n}"])
        a = r.choice(["06", "02", "081", "011", "051", "055", "010", "091", "080", "045"])
        n = _digits(r, 10 - len(a))
        return r.choice([f"{a} {n}", f"+39 {a} {n}", f"{a} {n[:4]} {n[4:]}", f"+39 {a} {n[:4]} {n[4:]}", f"{a}/{n}"])
    if L == "nl":
        if kind == "mobile":
            n = _digits(r, 8)
            return r.choice([f"06-{n}", f"06 {n}", f"+31 6 {n}", f"+31 (0)6 {n[:4]} {n[4:]}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
        a = r.choice(["20", "10", "70", "30", "40", "50", "24", "71", "43", "38"])
        n = _digits(r, 7)
        return r.choice([f"0{a}-{n}", f"0{a} {n[:3]} {n[3:]}", f"+31 {a} {n[:3]} {n[3:]}", f"+31 (0){a} {n}"])
    if L == "pl":
        if kind == "mobile":
            n = r.choice(["5", "6", "7", "8"]) + _digits(r, 8)
            return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+48 {n}"])
        a = r.choice(["22", "12", "42", "71", "61", "58", "91", "81", "32"])
        n = _digits(r, 7)
        return r.choice([f"{a} {n[:3]} {n[3:5]} {n[5:]}", f"+48 {a} {n[:3]} {n[3:5]} {n[5:]}", f"({a}) {n[:3]}-{n[3:5]}-{n[5:]}"])
    if L == "sv":
        if kind == "mobile":
            p = r.choice(["70", "72", "73", "76", "79"])
            n = _digits(r, 7)
            return r.choice([f"0{p}-{n[:3]} {n[3:5]} {n[5:]}", f"+46 {p} {n[:3]} {n[3:5]} {n[5:]}", f"0{p} {n[:3]} {n[3:]}", f"0{p}-{n}"])
        a = r.choice(["8", "31", "40", "18", "13", "19", "90", "46"])
        n = _digits(r, 8 - len(a) + 1)
        return r.choice([f"0{a}-{n[:3]} {n[3:]}", f"+46 {a} {n[:3]} {n[3:]}", f"0{a}-{n}"])
    if L == "tr":
        if kind == "mobile":
            p = r.choice(["532", "533", "535", "542", "505", "507", "555", "544"])
        else:
            p = r.choice(["212", "216", "312", "232", "224", "242", "332"])
        n = _digits(r, 7)
        return r.choice([f"0{p} {n[:3]} {n[3:5]} {n[5:]}", f"+90 {p} {n[:3]} {n[3:5]} {n[5:]}", f"0 ({p}) {n[:3]} {n[3:5]} {n[5:]}",
                         f"+90 {p} {n[:3]} {n[3:]}", f"0{p}{n}"])
    if L == "da":
        n = r.choice(["2", "3", "4", "5", "6", "7", "8", "9"]) + _digits(r, 7)
        g = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        return r.choice([g, f"+45 {g}", f"+45 {n}", f"(+45) {g}"])
    if L == "no":
        if kind == "mobile":
            n = r.choice(["4", "9"]) + _digits(r, 7)
            return r.choice([f"{n[:3]} {n[3:5]} {n[5:]}", f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"+47 {n}"])
        n = r.choice(["22", "55", "73", "51", "77"]) + _digits(r, 6)
        return r.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+47 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
    raise KeyError(L)


# --------------------------------------------------------------------------
# dates and times
# --------------------------------------------------------------------------
MONTHS = {
    "en": _w("January,February,March,April,May,June,July,August,September,October,November,December"),
    "de": _w("Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember"),
    "fr": _w("janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre"),
    "es": _w("enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre"),
    "pt": _w("janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro"),
    "it": _w("gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre"),
    "nl": _w("januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december"),
    "pl": _w("stycznia,lutego,marca,kwietnia,maja,czerwca,lipca,sierpnia,września,października,listopada,grudnia"),
    "sv": _w("januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december"),
    "tr": _w("Ocak,Şubat,Mart,Nisan,Mayıs,Haziran,Temmuz,Ağustos,Eylül,Ekim,Kasım,Aralık"),
    "da": _w("januar,februar,marts,april,maj,juni,juli,august,september,oktober,november,december"),
    "no": _w("januar,februar,mars,april,mai,juni,juli,august,september,oktober,november,desember"),
}
MONTHS["gb"] = MONTHS["en"]
WEEKDAYS = {
    "en": _w("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday"),
    "de": _w("Montag,Dienstag,Mittwoch,Donnerstag,Freitag,Samstag,Sonntag"),
    "fr": _w("lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche"),
    "es": _w("lunes,martes,miércoles,jueves,viernes,sábado,domingo"),
    "pt": _w("segunda-feira,terça-feira,quarta-feira,quinta-feira,sexta-feira,sábado,domingo"),
    "it": _w("lunedì,martedì,mercoledì,giovedì,venerdì,sabato,domenica"),
    "nl": _w("maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag"),
    "pl": _w("poniedziałek,wtorek,środa,czwartek,piątek,sobota,niedziela"),
    "sv": _w("måndag,tisdag,onsdag,torsdag,fredag,lördag,söndag"),
    "tr": _w("Pazartesi,Salı,Çarşamba,Perşembe,Cuma,Cumartesi,Pazar"),
    "da": _w("mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag"),
    "no": _w("mandag,tirsdag,onsdag,torsdag,fredag,lørdag,søndag"),
}
WEEKDAYS["gb"] = WEEKDAYS["en"]


def rdate(r, y0=2023, y1=2025):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


def rdob(r, age_lo=18, age_hi=64, ref=2024):
    a = dt.date(ref - age_hi, 1, 1).toordinal()
    b = dt.date(ref - age_lo, 12, 31).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


def plus_days(d, n):
    return d + dt.timedelta(days=n)


def _num_styles(lang):
    return {
        "en": ["mdy", "mdy", "mdy1", "iso"], "gb": ["dmy/", "dmy/", "iso"],
        "de": ["dmy.", "dmy."], "fr": ["dmy/"], "es": ["dmy/", "dmy-"], "pt": ["dmy/", "dmy-"],
        "it": ["dmy/", "dmy."], "nl": ["dmy-"], "pl": ["dmy.", "iso"], "sv": ["iso"],
        "tr": ["dmy.", "dmy/"], "da": ["dmy.", "dmy-"], "no": ["dmy."],
    }[lang]


def _long_styles(lang):
    return {
        "en": ["MDY", "MDY", "MonDY", "DMonY", "DMY"], "gb": ["DMY", "DMY", "DMonY"],
    }.get(lang, ["DMY"])


def fdate(r, d, lang="en", style=None, weekday=False):
    """Format date d.  style: None (random), 'num', 'long', 'iso' or a concrete style."""
    if lang in ("num", "long", "iso"):
        lang, style = "en", lang
    if style in (None, "num", "long"):
        if style == "num":
            pool = _num_styles(lang)
        elif style == "long" or weekday:
            pool = _long_styles(lang)
        else:
            pool = _num_styles(lang) + _long_styles(lang)
        style = r.choice(pool)
    M = MONTHS[lang]
    dd, mm, yy = d.day, d.month, d.year
    if style == "iso":
        s = d.isoformat()
    elif style == "mdy":
        s = f"{mm:02d}/{dd:02d}/{yy}"
    elif style == "mdy1":
        s = f"{mm}/{dd}/{yy}"
    elif style == "dmy/":
        s = f"{dd:02d}/{mm:02d}/{yy}"
    elif style == "dmy.":
        s = f"{dd:02d}.{mm:02d}.{yy}"
    elif style == "dmy-":
        s = f"{dd:02d}-{mm:02d}-{yy}"
    elif style == "MDY":
        s = f"{M[mm - 1]} {dd}, {yy}"
    elif style == "MonDY":
        s = f"{M[mm - 1][:3]} {dd}, {yy}"
    elif style == "DMonY":
        s = f"{dd:02d}-{M[mm - 1][:3]}-{yy}" if lang == "en" else f"{dd} {M[mm - 1][:3]} {yy}"
    elif style == "DMY":
        if lang in ("en", "gb", "fr", "it", "nl", "pl", "sv", "tr"):
            day = "1er" if (lang == "fr" and dd == 1) else str(dd)
            s = f"{day} {M[mm - 1]} {yy}"
        elif lang in ("de", "da", "no"):
            s = f"{dd}. {M[mm - 1]} {yy}"
        elif lang in ("es", "pt"):
            s = f"{dd} de {M[mm - 1]} de {yy}"
        else:
            s = f"{dd} {M[mm - 1]} {yy}"
    else:
        raise KeyError(style)
    if weekday:
        w = WEEKDAYS[lang][d.weekday()]
        if lang == "en":
            s = f"{w}, {s}"
        elif lang in ("de", "es", "pl"):
            s = f"{w}, {s}"
        elif lang == "tr":
            s = f"{s} {w}"
        else:
            s = f"{w} {s}"
    return s


def ftime(r, h, m, lang="en", style=None):
    if lang == "en":
        style = style or r.choice(["12", "12", "12s", "24"])
        if style == "24":
            return f"{h:02d}:{m:02d}"
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        if style == "12s":
            return f"{h12}:{m:02d} {ap.lower()}"
        return f"{h12}:{m:02d} {ap}"
    if lang == "gb":
        return r.choice([f"{h:02d}:{m:02d}", f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"])
    if lang == "fr":
        return r.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h{m:02d}"])
    if lang in ("it", "sv", "da", "no", "nl"):
        return r.choice([f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}"])
    return f"{h:02d}:{m:02d}"


JOINERS = {
    "en": [" at ", ", ", " "], "gb": [" at ", ", "], "de": [" um ", ", ", " "], "fr": [" à ", " "],
    "es": [" a las ", ", "], "pt": [" às ", ", "], "it": [" alle ", ", "], "nl": [", ", " "],
    "pl": [", ", " "], "sv": [", ", " "], "tr": [", ", " "], "da": [", ", " "], "no": [", ", " "],
}


def rtime(r, lo=7, hi=18, step=5):
    return r.randint(lo, hi), r.choice(range(0, 60, step))


def fdatetime(r, d, h, m, lang="en", style=None, weekday=False, tstyle=None):
    ds = fdate(r, d, lang, style, weekday)
    ts = ftime(r, h, m, lang, tstyle)
    j = r.choice(JOINERS[lang])
    if j == " " and not re.search(r"\d$", ds):
        j = ", "
    return ds + j + ts


# --------------------------------------------------------------------------
# checksummed identifiers
# --------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


CARD_PREFIXES = [("visa", "4", 16), ("visa", "4", 16), ("visa", "4", 16), ("mc", "51", 16),
                 ("mc", "53", 16), ("mc", "55", 16), ("mc", "2221", 16), ("mc", "2720", 16),
                 ("amex", "34", 15), ("amex", "37", 15), ("disc", "6011", 16), ("disc", "65", 16)]
CARD_BRAND = {"visa": "Visa", "mc": "Mastercard", "amex": "American Express", "disc": "Discover"}


def card(r, brand=None):
    """-> (brand name, digits)"""
    opts = [c for c in CARD_PREFIXES if brand is None or c[0] == brand]
    b, pre, n = r.choice(opts)
    body = pre + _digits(r, n - len(pre) - 1)
    return CARD_BRAND[b], body + luhn_digit(body)


def fmt_card(r, digits, style=None):
    style = style or r.choice(["space", "space", "dash", "plain"])
    if len(digits) == 15:
        g = [digits[:4], digits[4:10], digits[10:]]
    else:
        g = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    return digits


def bad_luhn16(r, grouped=True):
    _, d = card(r, "visa")
    last = str((int(d[-1]) + r.randint(1, 9)) % 10)
    d = d[:-1] + last
    assert not luhn_ok(d)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if grouped else d


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"


def ssn(r, style=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g = r.randint(1, 99)
    n = r.randint(1, 9999)
    style = style or r.choice(["dash"] * 6 + ["space", "plain"])
    if style == "dash":
        return f"{a:03d}-{g:02d}-{n:04d}"
    if style == "space":
        return f"{a:03d} {g:02d} {n:04d}"
    return f"{a:03d}{g:02d}{n:04d}"


def bad_ssn(r):
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


IBAN_SPEC = {  # country: list of (kind, length) ; n=digits, a=upper letters, c=alnum
    "DE": [("n", 8), ("n", 10)], "FR": [("n", 5), ("n", 5), ("c", 11), ("n", 2)],
    "ES": [("n", 4), ("n", 4), ("n", 2), ("n", 10)], "PT": [("n", 21)],
    "IT": [("a", 1), ("n", 5), ("n", 5), ("c", 12)], "NL": [("B", 4), ("n", 10)],
    "PL": [("n", 24)], "SE": [("n", 20)], "TR": [("n", 5), ("z", 1), ("c", 16)],
    "DK": [("n", 14)], "NO": [("n", 11)], "GB": [("G", 4), ("n", 6), ("n", 8)],
    "BE": [("n", 12)], "AT": [("n", 16)], "CH": [("n", 5), ("c", 12)],
}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "PT": 25, "IT": 27, "NL": 18, "PL": 28, "SE": 24,
            "TR": 26, "DK": 18, "NO": 15, "GB": 22, "BE": 16, "AT": 20, "CH": 21}
LANG_IBAN = {"de": "DE", "fr": "FR", "es": "ES", "pt": "PT", "it": "IT", "nl": "NL", "pl": "PL",
             "sv": "SE", "tr": "TR", "da": "DK", "no": "NO", "gb": "GB", "en": "GB"}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) not in (None, len(s)):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, cc="DE", grouped=None):
    parts = []
    for kind, n in IBAN_SPEC[cc]:
        if kind == "n":
            parts.append(_digits(r, n))
        elif kind == "a":
            parts.append("".join(r.choice(string.ascii_uppercase) for _ in range(n)))
        elif kind == "c":
            if r.random() < 0.7:
                parts.append(_digits(r, n))
            else:
                parts.append("".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(n)))
        elif kind == "z":
            parts.append("0")
        elif kind == "B":
            parts.append(r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB"]))
        elif kind == "G":
            parts.append(r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]))
    bban = "".join(parts)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], s
    if grouped is None:
        grouped = r.random() < 0.6
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bad_iban(r, cc="DE"):
    s = iban(r, cc, grouped=False)
    chk = int(s[2:4])
    s = s[:2] + f"{(chk + r.randint(1, 9)) % 100:02d}" + s[4:]
    if iban_ok(s):
        s = s[:2] + f"{(int(s[2:4]) + 1) % 100:02d}" + s[4:]
    assert not iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BICS = _w("DEUTDEFF,COBADEFFXXX,BNPAFRPP,SOGEFRPP,BBVAESMM,CAIXESBBXXX,CGDIPTPL,BCOMPTPL,"
          "UNCRITMM,BCITITMM,ABNANL2A,INGBNL2A,RABONL2U,PKOPPLPW,BREXPLPW,NDEASESS,"
          "ESSESESS,TGBATRIS,AKBKTRIS,DABADKKK,NDEADKKK,DNBANOKK,SPRONO22,NWBKGB2L,BARCGB22")


def bic_for(r, cc):
    opts = [b for b in BICS if b[4:6] == cc]
    return r.choice(opts) if opts else r.choice(BICS)


def routing(r):
    """Valid ABA routing number (a hard negative)."""
    while True:
        d = [int(c) for c in f"{r.choice(['0', '1', '2', '3'])}{r.randint(0, 9)}" + _digits(r, 6)]
        if d[0] == 0 and d[1] == 0:
            continue
        for k in range(10):
            dd = d + [k]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + (dd[2] + dd[5] + dd[8])) % 10 == 0:
                return "".join(map(str, dd))


def npi(r):
    body = str(r.choice([1, 2])) + _digits(r, 8)
    chk = luhn_digit("80840" + body)
    return body + chk


# --------------------------------------------------------------------------
# network values and secrets
# --------------------------------------------------------------------------
def ipv4(r, private=None):
    if private is None:
        private = r.random() < 0.4
    if private:
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == 1:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    while True:
        a = r.randint(11, 223)
        if a not in (127, 169, 172, 192, 100):
            break
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    pre = r.choice(["2001:db8", "2a02:8108", "2a01:4f8", "2600:1f18", "2406:da18", "fd12:3456",
                    "2001:16b8", "2a00:1450", "2804:14c"])
    groups = [f"{r.getrandbits(16):x}" for _ in range(r.randint(2, 6))]
    if r.random() < 0.5 and len(groups) < 6:
        return f"{pre}::" + ":".join(groups)
    groups = [f"{r.getrandbits(16):x}" for _ in range(6)]
    return pre + ":" + ":".join(groups)


def ip(r):
    return ipv6(r) if r.random() < 0.3 else ipv4(r)


ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"


def rstr(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def aws_key(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rstr(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r):
    return rstr(r, 40, B64)


def gh_token(r):
    k = r.random()
    if k < 0.6:
        return "ghp_" + rstr(r, 36)
    if k < 0.8:
        return r.choice(["gho_", "ghs_", "ghu_"]) + rstr(r, 36)
    return "github_pat_" + rstr(r, 22, string.ascii_uppercase + string.digits) + "_" + rstr(r, 59)


def slack_token(r):
    k = r.choice(["xoxb", "xoxb", "xoxp", "xoxa"])
    if k == "xoxp":
        return f"xoxp-{_digits(r, 12)}-{_digits(r, 12)}-{_digits(r, 13)}-{hexs(r, 32)}"
    return f"{k}-{_digits(r, 12)}-{_digits(r, 13)}-{rstr(r, 24)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rstr(r, r.choice([24, 34, 99]))


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(r, sub=None):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < 0.4:
        hdr["kid"] = hexs(r, 16)
    iat = r.randint(1_690_000_000, 1_740_000_000)
    pl = {"sub": sub or str(uuid.UUID(int=r.getrandbits(128), version=4)), "iat": iat,
          "exp": iat + r.choice([900, 3600, 86400]),
          "iss": r.choice(["https://auth.harborline.io", "hris-gateway", "claims-api", "ats-sso"]),
          "scope": r.choice(["claims:read", "payroll:write", "ats.read ats.write", "student.records"])}
    sig = bytes(r.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64))
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(pl, separators=(",", ":")).encode()), b64url(sig)])


def pem_key(r):
    kind = r.choice(["RSA", "EC", "OPENSSH", "PKCS8"])
    if kind == "RSA":
        body = bytes(r.getrandbits(8) for _ in range(r.choice([300, 420])))
        label = "RSA PRIVATE KEY"
    elif kind == "EC":
        body = bytes(r.getrandbits(8) for _ in range(121))
        label = "EC PRIVATE KEY"
    elif kind == "OPENSSH":
        body = b"openssh-key-v1\x00" + bytes(r.getrandbits(8) for _ in range(r.choice([260, 300])))
        label = "OPENSSH PRIVATE KEY"
    else:
        body = bytes(r.getrandbits(8) for _ in range(138))
        label = "PRIVATE KEY"
    b = base64.b64encode(body).decode()
    width = 70 if kind == "OPENSSH" else 64
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


WORDS = _w("maple,river,orbit,falcon,copper,lantern,meadow,harbor,violet,summit,pepper,glacier,"
           "tundra,cobalt,willow,ember,quartz,saffron,thistle,monsoon,juniper,canyon")


def password(r):
    k = r.randrange(6)
    if k == 0:
        return r.choice(["Spring", "Summer", "Autumn", "Winter", "Welcome", "Payroll", "Campus"]) + \
            str(r.randint(2019, 2025)) + r.choice(["!", "#", "$", "!!", "@"])
    if k == 1:
        return rstr(r, r.randint(12, 20), ALNUM + "!#$%&*+-=?@^_")
    if k == 2:
        return "-".join(r.choice(WORDS) for _ in range(3)) + "-" + str(r.randint(10, 99))
    if k == 3:
        w = r.choice(WORDS)
        return w[0].upper() + w[1:].replace("o", "0").replace("a", "@") + str(r.randint(1, 999)) + "!"
    if k == 4:
        return rstr(r, 10, string.ascii_letters) + _digits(r, 3) + r.choice("!#%")
    return rstr(r, 16, ALNUM + "._~")


def passcode(r):
    return r.choice([_digits(r, 6), _digits(r, r.randint(6, 10)), rstr(r, 6), rstr(r, 8)])


def generic_secret(r):
    k = r.randrange(8)
    if k == 0:
        return hexs(r, 32)
    if k == 1:
        return "whsec_" + rstr(r, 32)
    if k == 2:
        return "SG." + rstr(r, 22, ALNUM + "-_") + "." + rstr(r, 43, ALNUM + "-_")
    if k == 3:
        return rstr(r, 40, ALNUM + "~._-")
    if k == 4:
        return "key-" + hexs(r, 32)
    if k == 5:
        return rstr(r, 8, ALNUM) + "~" + rstr(r, 31, ALNUM + "._-")
    if k == 6:
        return "ATATT3x" + rstr(r, 40, ALNUM + "-_")
    return "pat_" + rstr(r, 44, ALNUM)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# --------------------------------------------------------------------------
# record identifiers
# --------------------------------------------------------------------------
def pat(r, p):
    """Pattern: 9 digit, A upper letter, X upper alnum, h hex, other literal."""
    out = []
    for c in p:
        if c == "9":
            out.append(r.choice(string.digits))
        elif c == "A":
            out.append(r.choice(string.ascii_uppercase))
        elif c == "X":
            out.append(r.choice(string.ascii_uppercase + string.digits))
        elif c == "h":
            out.append(r.choice("0123456789abcdef"))
        else:
            out.append(c)
    return "".join(out)


def mrn(r):
    return pat(r, r.choice(["99999999", "MRN99999999", "E9999999", "9999-9999-99", "A99999999",
                             "MR999999", "0099999999", "99-999-999"]))


def health_plan_no(r):
    return pat(r, r.choice(["XAA999999999", "W999999999", "AAA999A99999", "9AA9-AA9-AA99", "99999999901",
                             "MBR-99999999", "H99999999-01", "ZAA99999999"]))


def account_no(r, kind="bank"):
    if kind == "bank":
        return _digits(r, r.choice([8, 9, 10, 11, 12]))
    if kind == "loan":
        return pat(r, r.choice(["9999999999", "99-9999999-9", "A999999999", "9999 9999 99"]))
    if kind == "pension":
        return pat(r, r.choice(["99999999", "AA-9999999", "999-99999-9", "P99999999"]))
    if kind == "utility":
        return pat(r, r.choice(["9999 999 999", "999999999999", "AC-9999999"]))
    return pat(r, "9999999999")


DL_FORMATS = {
    "CA": "A9999999", "NY": "999 999 999", "FL": "A999-999-99-999-9", "IL": "A999-9999-9999",
    "TX": "99999999", "WA": "WDLXXXXXXXXX", "PA": "99 999 999", "OH": "AA999999",
    "MI": "A 999 999 999 999", "NJ": "A9999 99999 99999", "MA": "S99999999", "GA": "999999999",
    "CO": "99-999-9999", "AZ": "A99999999", "WI": "A999-9999-9999-99", "MN": "A999999999999",
}


def us_dl(r, st=None):
    st = st if st in DL_FORMATS else r.choice(list(DL_FORMATS))
    return st, pat(r, DL_FORMATS[st])


def eu_dl(r, lang):
    fmt = {"de": "A999XXX9X99", "fr": "99AA99999", "es": "99999999A", "pt": "AA-999999 9",
           "it": "AA9999999A", "nl": "9999999999", "pl": "99999/99/9999", "sv": "99999999",
           "tr": "A99999", "da": "99999999", "no": "99999999999", "gb": "AAAAA999999AA9AA"}[lang]
    return pat(r, fmt)


def vin(r):
    return pat(r, "1" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16)))


def plate(r, lang="en"):
    return pat(r, {"en": r.choice(["9AAA999", "AAA-9999", "AAA 999"]), "gb": "AA99 AAA",
                   "de": r.choice(["M-AB 1234", "B-XY 999", "HH-AA 9999"]).replace("AB", pat(r, "AA")),
                   "fr": "AA-999-AA", "es": "9999 AAA", "pt": "AA-99-AA", "it": "AA 999AA",
                   "nl": "AA-999-A", "pl": r.choice(["WA 99999", "KR 9AAA9", "PO 999AA"]),
                   "sv": "AAA 99A", "tr": "99 AAA 999", "da": "AA 99 999", "no": "AA 99999"}[lang])


def uuid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha1(r):
    return hexs(r, 40)


def sha256(r):
    return hexs(r, 64)


def version(r):
    return f"{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 40)}"


def money(r, lo, hi, lang="en", cur=None, cents=True):
    v = r.uniform(lo, hi)
    v = round(v, 2) if cents else float(int(v))
    ip_, fp = f"{v:.2f}".split(".")
    if lang in ("en", "gb"):
        sym = cur or ("$" if lang == "en" else "£")
        g = f"{int(ip_):,}"
        return f"{sym}{g}.{fp}" if cents else f"{sym}{g}"
    g = f"{int(ip_):,}"
    if lang in ("de", "es", "it", "nl", "pt", "tr", "da"):
        g = g.replace(",", ".")
    else:
        g = g.replace(",", "\u00a0" if lang == "fr" else " ")
    num = f"{g},{fp}" if cents else g
    cur = cur or {"de": "€", "fr": "€", "es": "€", "pt": "€", "it": "€", "nl": "€", "pl": "zł",
                  "sv": "kr", "tr": "TL", "da": "kr.", "no": "kr"}[lang]
    if lang == "nl":
        return f"€ {num}"
    return f"{num} {cur}"


def log_ts(r, d=None, style=None):
    d = d or rdate(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    ms = r.randint(0, 999)
    style = style or r.choice(["iso", "isoz", "space", "bracket"])
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{ms:03d}+00:00"
    if style == "isoz":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == "space":
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{ms:03d}"
    return f"[{d.isoformat()} {h:02d}:{m:02d}:{s:02d}]"


def email_date_header(r, d=None):
    d = d or rdate(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    wd = WEEKDAYS["en"][d.weekday()][:3]
    mon = MONTHS["en"][d.month - 1][:3]
    return f"{wd}, {d.day} {mon} {d.year} {h:02d}:{m:02d}:{s:02d} {r.choice(['-0500', '-0400', '+0000', '-0700', '+0100', '+0200'])}"


def hl7_ts(r, d=None):
    d = d or rdate(r)
    return f"{d.year}{d.month:02d}{d.day:02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"


def d8(d):
    return f"{d.year}{d.month:02d}{d.day:02d}"


# --------------------------------------------------------------------------
# organisations (brands / companies - never labelled)
# --------------------------------------------------------------------------
UNIVERSITIES = [
    ("Northbridge University", "northbridge.edu"), ("Halvorsen College", "halvorsen.edu"),
    ("Brightwater University", "brightwater.edu"), ("Kestrel Polytechnic Institute", "kestrelpoly.edu"),
    ("Marlowe College of Arts and Sciences", "marlowe.edu"), ("Eastgate State University", "eastgate.edu"),
    ("Thornfield University", "thornfield.edu"), ("Calloway Institute of Technology", "calloway-tech.edu"),
    ("Greyhaven College", "greyhaven.edu"), ("St. Brendan's University", "stbrendans.edu"),
]
INSURERS = [
    ("Harborline Mutual Insurance", "harborlinemutual.com"), ("Keystone Casualty Company", "keystonecasualty.com"),
    ("Bluefield Indemnity Co.", "bluefieldindemnity.com"), ("Summit Ridge Assurance", "summitridge-ins.com"),
    ("Pioneer Shield Insurance", "pioneershield.com"), ("Whitlock & Barnes Underwriters", "whitlockbarnes.com"),
]
EMPLOYERS = [
    ("Vantora Logistics Inc.", "vantora.com"), ("Quillfeather Software LLC", "quillfeather.io"),
    ("Brightpath Healthcare Staffing", "brightpathstaffing.com"), ("Ironwood Manufacturing Co.", "ironwoodmfg.com"),
    ("Mercer & Vale LLP", "mercervale.com"), ("Castellan Retail Group", "castellanretail.com"),
    ("Tessaro Analytics", "tessaro.ai"), ("Kinsley & Rowe Architects", "kinsleyrowe.com"),
    ("Granite Peak Builders", "granitepeakbuilders.com"), ("Lumen & Larch Foods", "lumenlarch.com"),
]
HEALTH_PLANS = ["Bluecrest Health Plan", "Unity Care PPO", "Evergreen Choice HMO", "Meridia Health Plan",
                "TrueNorth Health", "Sentry Family Health EPO"]
LOAN_SERVICERS = [("Meridian Student Loan Servicing", "meridianloans.com"),
                  ("Clearpath Education Finance", "clearpathedu.com"),
                  ("Bellwether Education Lending", "bellwetherlending.com")]
SCREENERS = [("VeriTrace Screening", "veritrace.com"), ("ClearCheck Background Services", "clearcheckbg.com"),
             ("Sentinel Screening Partners", "sentinelscreening.com")]
HR_PRODUCTS = ["Workday", "BambooHR", "ADP Workforce Now", "Greenhouse", "Lever", "iCIMS", "SAP SuccessFactors",
               "Paylocity", "Gusto", "UKG Pro", "Guidewire ClaimCenter", "Duck Creek Claims", "Ellucian Banner",
               "Slate", "PeopleSoft Campus Solutions"]
PETS = _w("Biscuit,Luna,Max,Pepper,Rocky,Daisy,Bella,Ziggy,Mochi,Oreo")
DRUGS = _w("ibuprofen 800 mg,naproxen 500 mg,cyclobenzaprine 10 mg,tramadol 50 mg,meloxicam 15 mg,"
           "acetaminophen 500 mg,gabapentin 300 mg,methocarbamol 750 mg,lidocaine 5% patch")
ICD10 = _w("S83.511A,S61.411A,M54.50,S93.401A,S42.001A,M75.101,S13.4XXA,S39.012A,T14.90XA,M25.561")
CPT = _w("99203,99213,99214,97110,97140,72100,73721,20610,29881,97530,99283")


# --------------------------------------------------------------------------
# layout helpers
# --------------------------------------------------------------------------
def _case(s, case):
    if case == "upper":
        return s.upper()
    if case == "lower":
        return s.lower()
    return s


def kv(d, r, pairs, style=None, case=None, nl="\n", indent=""):
    """Render label/value pairs.  Values are Doc items; None values are skipped."""
    pairs = [p for p in pairs if p is not None and p[1] is not None]
    style = style or r.choice(["colon", "colon", "pad", "dots", "tab", "dash"])
    case = case or r.choice(["as", "as", "as", "upper"])
    labels = [_case(p[0], case) for p in pairs]
    w = max((len(x) for x in labels), default=0) + 1
    for L, (_, v) in zip(labels, pairs):
        if style == "colon":
            pre = f"{L}: "
        elif style == "pad":
            pre = (L + ":").ljust(w + 1) + " "
        elif style == "dots":
            pre = f"{L} " + "." * (w - len(L) + 2) + " "
        elif style == "tab":
            pre = f"{L}\t"
        elif style == "dash":
            pre = f"- {L}: "
        elif style == "eq":
            pre = f"{L} = "
        else:
            pre = f"| {L} | "
        d.add(indent, pre, v, " |" if style == "md" else "", nl)
    return style


def rule(r, n=None):
    n = n or r.randint(40, 64)
    return r.choice(["-", "=", "_", "─", "*"]) * n


def pick(r, *xs):
    return r.choice(xs)


def maybe(r, p, v):
    return v if r.random() < p else None


def nm(r, p, styles=("full", "full", "full_mid", "last_first")):
    """A PERSON entity for p in a random style."""
    return (PER, p.pick(r, styles))


def nm_caps(r, p, styles=("full", "last_first")):
    s = p.pick(r, styles)
    return (PER, s.upper() if r.random() < 0.5 else s)


def person_ref(r, p, lang="en", allow_title=True):
    """Name as used in prose, with an optional honorific outside the span."""
    k = r.randrange(4 if allow_title else 2)
    if k == 0:
        return (PER, p.full)
    if k == 1:
        return (PER, p.first)
    t = p.title(lang)
    if not t:
        return (PER, p.full)
    return [t + " ", (PER, p.last if k == 2 else p.full)]


def url(r, host, path_choices, query=None):
    path = r.choice(path_choices)
    u = f"https://{host}{path}"
    if query:
        u += "?" + query
    return u


SCHOOLS = _w("Jefferson High School,Westview High School,St. Ignatius College Preparatory,"
             "Lakeside Academy,Central Magnet High School,Roosevelt High School,Mira Costa High School,"
             "Hillcrest Secondary School,Franklin Early College High School,Oak Grove Charter School,"
             "International School of Nairobi,Colegio San Patricio")
MAJORS = _w("Computer Science,Nursing,Mechanical Engineering,Economics,Biology,Psychology,"
            "Business Administration,English Literature,Data Science,Environmental Studies,"
            "Political Science,Architecture,Public Health,Music Performance")
DEANS = _w("Dean of Admissions,Director of Undergraduate Admissions,Associate Director of Admissions,"
           "Vice Provost for Enrollment")


def letterhead(d, r, org, dom, lang="en", addr_lang=None):
    a = address(r, addr_lang or lang)
    d.line(org.upper() if r.random() < 0.3 else org)
    k = r.randrange(3)
    if k == 0:
        d.line((ADDR, a.oneline()), " · ", (PHONE, phone(r, addr_lang or lang, "land")))
    elif k == 1:
        d.line((ADDR, a.block(r)))
        d.line(pick(r, "Tel. ", "Phone ", "T "), (PHONE, phone(r, addr_lang or lang, "land")), " | ",
               (URL, f"https://www.{dom}"))
    else:
        d.line((ADDR, a.oneline()))
        d.line((URL, f"https://www.{dom}"))
    return a


# --------------------------------------------------------------------------
# document kinds
# --------------------------------------------------------------------------
KINDS: list[tuple[str, str, bool, object]] = []


def kind(name, lang="en", neg=False):
    def deco(fn):
        KINDS.append((name, lang, neg, fn))
        return fn
    return deco


# ============================ education ====================================
@kind("admission_file")
def k_admission_file(r):
    d = Doc()
    p = person(r)
    univ, dom = r.choice(UNIVERSITIES)
    grad = r.random() < 0.3
    a = address(r)
    dob = rdob(r, 22, 34, 2025) if grad else rdob(r, 17, 19, 2025)
    term = pick(r, "Fall 2025", "Spring 2026", "Fall 2024", "Summer 2025")
    d.line(univ.upper() if r.random() < 0.5 else univ)
    d.line("Graduate Admissions" if grad else pick(r, "Office of Undergraduate Admissions",
                                                   "Admissions & Enrollment Management"))
    d.line(pick(r, "Application Summary", "APPLICANT FILE – READER COPY", "Application Snapshot"),
           f" ({term})")
    d.line(rule(r))
    email = email_for(r, p)
    pairs = [
        ("Application ID", pat(r, pick(r, "UA-2025-999999", "A9999999", "APP99999999", "G25-99999"))),
        ("Applicant", nm_caps(r, p, ("last_first", "last_first_mid", "full_mid"))),
        maybe(r, 0.5, ("Preferred name", (PER, p.first))),
        ("Date of birth", (DOB, fdate(r, dob))),
        maybe(r, 0.5, ("Place of birth", (LOC, place(r)))),
        ("Permanent address", (ADDR, a.oneline())),
        ("Mobile", (PHONE, phone(r, "en", "mobile"))),
        ("Email", (EMAIL, email)),
        ("Citizenship", pick(r, "U.S. citizen", "U.S. permanent resident", "Non-U.S. (F-1 visa required)",
                             "Dual citizen")),
        ("SSN", (SSN, ssn(r)) if r.random() < 0.45 else f"***-**-{_digits(r, 4)}"),
        ("Program" if grad else "Intended major", pick(r, *MAJORS) + (" (MS)" if grad else "")),
        ("High school" if not grad else "Prior institution",
         f"{pick(r, *SCHOOLS)} (CEEB {_digits(r, 6)})"),
        ("Test scores", f"GRE V{r.randint(150, 170)} Q{r.randint(150, 170)} AW{r.choice(['3.5', '4.0', '4.5', '5.0'])}" if grad
         else pick(r, f"SAT {r.randint(1100, 1580)} (EBRW {r.randint(550, 790)} / M {r.randint(550, 800)})",
                   f"ACT {r.randint(22, 36)} composite", "Test optional")),
        ("GPA", f"{r.uniform(2.8, 4.0):.2f} unweighted / {r.uniform(3.0, 4.6):.2f} weighted"),
        ("Application fee", f"{money(r, 50, 95)} paid (txn {pat(r, 'XXXXXXXXXX')})"),
        ("Submitted", (DT, fdatetime(r, rdate(r, 2024, 2025), *rtime(r, 0, 23, 1)) if r.random() < 0.5
                       else fdate(r, rdate(r, 2024, 2025)))),
    ]
    head, mid = pairs[:2], pairs[2:]
    if r.random() < 0.4:
        r.shuffle(mid)
    kv(d, r, head + mid)
    d.line()
    par = relative(r, p, same_last=r.random() < 0.7)
    d.line(pick(r, "Parent / guardian", "PARENT/GUARDIAN", "Family contact"))
    kv(d, r, [("Name", nm(r, par)), ("Relationship", pick(r, "Mother", "Father", "Guardian", "Stepparent")),
              ("Phone", (PHONE, phone(r))), maybe(r, 0.6, ("Email", (EMAIL, email_for(r, par)))),
              ("Highest education", pick(r, "Bachelor's degree", "High school", "Master's degree", "Some college"))],
       indent="  ")
    d.line()
    d.line("Checklist")
    for item in r.sample(["Transcript", "Counselor recommendation", "Teacher recommendation", "Essay",
                          "Financial aid (CSS Profile)", "Portfolio"], 3):
        if r.random() < 0.6:
            d.line(f"  [x] {item} received ", (DT, fdate(r, rdate(r, 2024, 2025), "num")))
        else:
            d.line(f"  [ ] {item} – outstanding")
    d.line()
    d.line("Status portal: ", (URL, url(r, f"apply.{dom}", ["/portal/status", "/apply/status", "/portal/checklist"],
                                       f"id={uuid4(r)[:8]}")))
    d.add(f"Reader score {r.randint(1, 5)}/{r.randint(1, 5)} · file v{r.randint(2, 9)} · page 1 of 1")
    return d


@kind("admission_decision_letter")
def k_decision_letter(r):
    d = Doc()
    p = person(r)
    univ, dom = r.choice(UNIVERSITIES)
    letterhead(d, r, univ, dom)
    d.line()
    ld = rdate(r, 2024, 2025)
    d.line((DT, fdate(r, ld, "en", "long")))
    d.line()
    t = p.title("en")
    d.line(maybe(r, 0.4, t + " "), nm(r, p, ("full", "full_mid")))
    d.line((ADDR, p_addr := address(r).block(r)))
    d.line()
    d.line(f"Applicant ID: {pat(r, '999999999')}")
    d.line()
    d.line("Dear ", person_ref(r, p), pick(r, ":", ","))
    d.line()
    dec = r.choice(["admit", "admit", "waitlist", "defer"])
    if dec == "admit":
        d.line(f"Congratulations! On behalf of the Admissions Committee, I am delighted to offer you "
               f"admission to {univ} as a member of the Class of {r.randint(2027, 2030)}. You were "
               f"selected from more than {r.randint(18, 60)},000 applicants.")
        d.line()
        d.add("To reserve your place, please submit the non-refundable enrollment deposit of ",
              money(r, 200, 600, cents=False), " by ", (DT, fdate(r, plus_days(ld, r.randint(20, 60)), "en", "long")),
              " through the applicant portal at ",
              (URL, url(r, f"admissions.{dom}", ["/portal/deposit", "/enroll/confirm", "/admitted/next-steps"])),
              ". ")
        if r.random() < 0.6:
            d.add("You have also been awarded the ", pick(r, "Presidential", "Founders", "Trustee", "Horizon"),
                  f" Scholarship of {money(r, 4000, 22000, cents=False)} per year, renewable for up to eight semesters. ")
        d.line()
        d.line()
        od = plus_days(ld, r.randint(25, 70))
        d.line("Admitted Students Day takes place on ",
               (DT, fdatetime(r, od, r.choice([9, 10, 13]), 0, "en", "long", weekday=r.random() < 0.6)),
               f" in the {pick(r, 'Founders Hall', 'Commons Building', 'Science Center')} atrium (Room "
               f"{r.randint(100, 350)}).")
    elif dec == "waitlist":
        d.line(f"Thank you for applying to {univ}. The Committee has placed your application on our "
               f"waitlist. This year we received {r.randint(20, 60)},000 applications for about "
               f"{r.randint(1200, 3500)} places.")
        d.line()
        d.add("If you wish to remain on the waitlist, please opt in by ",
              (DT, fdate(r, plus_days(ld, r.randint(10, 30)), "en", "long")),
              ". We expect to make waitlist decisions by ",
              (DT, fdate(r, plus_days(ld, r.randint(40, 80)), "en", "long")), ".")
        d.line()
    else:
        d.line(f"Thank you for your Early Action application to {univ}. The Committee has deferred a "
               f"final decision to the Regular Decision round so that we can review your mid-year grades.")
        d.line()
        d.add("Please ask your counselor to submit the mid-year report no later than ",
              (DT, fdate(r, plus_days(ld, r.randint(20, 50)), "en", "long")), ". Decisions will be released ",
              "online in late March.")
        d.line()
    d.line()
    c = person(r)
    d.line("If you have questions, please contact your admissions counselor, ", (PER, c.full), ", at ",
           (EMAIL, f"{ascii_fold(c.first).lower()[0]}{ascii_fold(c.last).lower()}@{dom}"), " or ",
           (PHONE, phone(r, "en", "land")), ".")
    d.line()
    d.line(pick(r, "Sincerely,", "With warm regards,", "Best wishes,"))
    d.line()
    dean = person(r)
    d.line((PER, dean.full_mid if r.random() < 0.5 else dean.full))
    d.add(pick(r, *DEANS))
    return d


@kind("transcript_request_form")
def k_transcript_form(r):
    d = Doc()
    p = person(r)
    univ, dom = r.choice(UNIVERSITIES)
    d.line(f"{univ} | Office of the Registrar")
    d.line(pick(r, "OFFICIAL TRANSCRIPT REQUEST", "Transcript Request Form", "REQUEST FOR ACADEMIC RECORDS"),
           f" (Form REG-{r.randint(10, 40)}, rev. {r.randint(2, 9)})")
    d.line(rule(r))
    d.line("Section A - Student information")
    y0 = r.randint(1998, 2019)
    former = Person(p.first, r.choice(NAMES["en"][2]), p.mid, p.female, "en") if r.random() < 0.35 else None
    kv(d, r, [
        ("Name while enrolled", nm(r, former or p, ("full", "last_first", "full_mid"))),
        ("Current name", nm(r, p) if former else "same"),
        ("Student ID", pat(r, pick(r, "N99999999", "999-99-999", "S9999999"))),
        ("Date of birth", (DOB, fdate(r, rdob(r, 22, 50)))),
        ("Attended", f"{y0} - {y0 + r.randint(2, 5)}"),
        ("Degree", f"{pick(r, 'B.A.', 'B.S.', 'M.S.', 'MBA', 'A.A.')} {pick(r, *MAJORS)}"),
        ("Phone", (PHONE, phone(r))),
        ("Email", (EMAIL, email_for(r, p))),
    ], indent="  ")
    d.line()
    d.line("Section B - Delivery")
    if r.random() < 0.5:
        rec = person(r)
        ra = address(r)
        d.line("  Send to: ", pick(r, "Admissions Office, ", "Graduate School, ", "HR Department, "),
               pick(r, "Eastgate Medical School", "Castellan Retail Group", "Brightwater University",
                    "State Board of Nursing"), ", Attn: ", (PER, rec.full))
        d.line("           ", (ADDR, ra.oneline()))
    else:
        d.line("  Electronic delivery (PDF) to: ", (EMAIL, email_for(r, person(r), pick(r, "gradadmit.eastgate.edu",
                                                                                      "lawcas.org", "hr.vantora.com"))))
    n = r.randint(1, 4)
    d.line(f"  Copies: {n} x $10.00 = ${n * 10}.00   Processing: {pick(r, 'standard (5-7 business days)', 'rush (+$15.00)')}")
    d.line()
    d.line("Section C - Payment")
    brand, pan = card(r)
    holder = p if r.random() < 0.7 else person(r)
    exp = dt.date(r.randint(2025, 2030), r.randint(1, 12), 1)
    kv(d, r, [
        ("Cardholder", nm(r, holder, ("full", "full_mid"))),
        ("Card type", brand),
        ("Card number", (CC, fmt_card(r, pan))),
        ("Expiration", (DT, f"{exp.month:02d}/{exp.year}")),
        ("Billing ZIP", address(r).postcode),
    ], indent="  ")
    d.line()
    d.line("Signature: ______________________   Date: ", (DT, fdate(r, rdate(r), "num")))
    d.line()
    d.add("FERPA: records are released only with the written consent of the student (20 U.S.C. 1232g). "
          f"Holds for unpaid balances over $100 will delay processing. Ref {pat(r, 'TR-999999')}.")
    return d


@kind("transcript_request_email")
def k_transcript_email(r):
    d = Doc()
    p = person(r)
    univ, dom = r.choice(UNIVERSITIES)
    em = email_for(r, p)
    rd = rdate(r)
    if r.random() < 0.6:
        d.line(f"Received: from mail-{pick(r, 'ej1', 'pj1', 'yb1', 'qt1')}-f{r.randint(100, 200)}.google.com "
               f"(mail-f{r.randint(100, 200)}.google.com [", (IP, ipv4(r, False)), f"]) by mx1.{dom} with ESMTPS id ",
               pat(r, "XXXXXXXXXXXX"), "; ", email_date_header(r, rd))
    d.line("Date: ", email_date_header(r, rd))
    d.line("From: ", (PER, p.full), " <", (EMAIL, em), ">")
    d.line("To: ", (EMAIL, f"{pick(r, 'registrar', 'transcripts', 'records')}@{dom}"))
    d.line(f"Subject: {pick(r, 'Transcript request', 'Request for official transcripts', 'transcript help')} "
           f"- {pick(r, 'urgent', 'class of ' + str(r.randint(2001, 2022)), 'grad school application')}")
    d.line(f"Message-ID: <{hexs(r, 24)}@mail.gmail.com>")
    d.line()
    d.line(pick(r, "Hello,", "Hi there,", "Good morning,", "To whom it may concern,"))
    d.line()
    target = pick(r, "Eastgate Medical School", "the State Board of Nursing", "my new employer",
                  "the University of the Arts admissions office", "a credential evaluation service")
    gy = r.randint(2001, 2022)
    d.line(f"I graduated in {gy} and need {pick(r, 'one', 'two', 'three')} official "
           f"transcript(s) sent to {target}. My details:")
    d.line("- Name while enrolled: ", (PER, p.full if r.random() < 0.6 else
                                       f"{p.first} {r.choice(NAMES['en'][2])}"))
    d.line("- Date of birth: ", (DOB, fdate(r, rdob(r, 23, 45))))
    d.line(f"- Student ID: {pat(r, pick(r, 'N99999999', '9999999'))} (I think)")
    d.line(f"- Last term attended: {pick(r, 'Spring', 'Summer')} {gy}")
    d.line()
    if r.random() < 0.5:
        d.line("Please mail them to:")
        d.line((ADDR, address(r).block(r)))
    else:
        d.line("They can go electronically to ", (EMAIL, f"{pick(r, 'admissions', 'credentials', 'docs')}@"
                                                          f"{pick(r, 'eastgatemed.org', 'wes-eval.org', 'vantora.com')}"), ".")
    d.line()
    d.add("The deadline is ", (DT, fdate(r, plus_days(rd, r.randint(5, 30)), "en", "long")),
          pick(r, ", so I'd appreciate anything you can do to speed this up. ", ". "))
    d.line("You can reach me at ", (PHONE, phone(r, "en", "mobile")),
           pick(r, " any time.", " after 5.", "."))
    d.line()
    d.line(pick(r, "Thanks,", "Thank you!", "Best,", "Regards,"))
    d.add((PER, p.first if r.random() < 0.6 else p.full))
    if r.random() < 0.4:
        d.add("\n\nSent from my iPhone")
    return d


@kind("fafsa_verification")
def k_fafsa(r):
    d = Doc()
    univ, dom = r.choice(UNIVERSITIES)
    s = person(r)
    yr = r.randint(2024, 2026)
    d.line(f"{yr}-{str(yr + 1)[2:]} Verification Worksheet - Dependent Student (V{r.randint(1, 6)})")
    d.line(f"{univ} · Office of Student Financial Aid · OPEID {_digits(r, 6)}00")
    d.line()
    d.line("A. Student information")
    a = address(r)
    sdob = rdob(r, 17, 21, yr)
    kv(d, r, [
        ("Student's name", (PER, s.last_first_mid)),
        ("Student's SSN", (SSN, ssn(r))),
        ("Date of birth", (DOB, fdate(r, sdob, "num"))),
        ("Street address", (ADDR, a.street)),
        ("City", (LOC, a.city)),
        ("State", (LOC, a.region)),
        ("ZIP", a.postcode),
        ("Phone", (PHONE, phone(r))),
        ("Email", (EMAIL, email_for(r, s))),
    ], style=pick(r, "colon", "pad"))
    d.line()
    d.line("B. Family information (list everyone in the parents' household)")
    d.line(f"{'Full name':<28}{'Age':<6}{'Relationship':<16}College ({yr}-{str(yr + 1)[2:]})")
    members = [(s, yr - sdob.year - 1, "Self", "Yes")]
    f1 = relative(r, s)
    members.append((f1, r.randint(40, 58), pick(r, "Mother", "Father"), "No"))
    if r.random() < 0.6:
        f2 = relative(r, s, same_last=r.random() < 0.7)
        members.append((f2, r.randint(40, 60), pick(r, "Father", "Stepmother", "Mother"), "No"))
    for _ in range(r.randint(0, 2)):
        sib = relative(r, s)
        members.append((sib, r.randint(6, 22), pick(r, "Sister", "Brother"), pick(r, "No", "Yes")))
    for m, age, rel, col in members:
        if rel in ("Mother", "Father"):
            rel = "Mother" if m.female else "Father"
        if rel in ("Sister", "Brother"):
            rel = "Sister" if m.female else "Brother"
        d.add((PER, m.full))
        d.line(" " * max(1, 28 - len(m.full)), f"{age:<6}{rel:<16}{col}")
    d.line()
    d.line("C. Parent tax information")
    d.line(f"[x] Transferred with the IRS Data Retrieval Tool - AGI ${r.randint(30, 180)},{_digits(r, 3)}, "
           f"income tax paid ${r.randint(1, 25)},{_digits(r, 3)}")
    d.line()
    d.line("Student signature: ", (PER, s.full), "    Date: ", (DT, fdate(r, rdate(r, yr - 1, yr), "num")))
    d.line("Parent signature:  ", (PER, f1.full), "    Date: ", (DT, fdate(r, rdate(r, yr - 1, yr), "num")))
    d.line()
    d.add("Return to ", (EMAIL, f"finaid@{dom}"), " or fax ", (PHONE, phone(r, "en", "land")),
          " by ", (DT, fdate(r, rdate(r, yr, yr), "en", "long")), ". Do not send tax returns unless requested.")
    return d


@kind("student_loan_letter")
def k_loan_letter(r):
    d = Doc()
    sv, dom = r.choice(LOAN_SERVICERS)
    p = person(r)
    d.line(sv)
    po_city, po_st, z3 = r.choice(US_CITIES)
    d.line((ADDR, f"PO Box {r.randint(1000, 99999)}, {po_city}, {po_st} {_fill(r, z3, 5)}-{_digits(r, 4)}"))
    d.line()
    ld = rdate(r)
    d.line((DT, fdate(r, ld, "en", pick(r, "long", "num"))))
    d.line()
    upper = r.random() < 0.5
    d.line((PER, p.full_mid.upper() if upper else p.full_mid))
    a = address(r)
    blk = a.block(r)
    d.line((ADDR, blk.upper() if upper else blk))
    d.line()
    acct = account_no(r, "loan")
    due = plus_days(ld, r.randint(20, 45))
    pairs = [("Account Number", (ACCT, acct)),
             ("Loan Program", pick(r, "Direct Subsidized / Unsubsidized", "Direct PLUS (Grad)", "FFEL Stafford",
                                   "Private Refinance")),
             ("Outstanding Principal", money(r, 8000, 95000)),
             ("Interest Rate", f"{r.uniform(2.75, 8.05):.2f}% fixed"),
             ("Monthly Payment", money(r, 90, 900)),
             ("Payment Due Date", (DT, fdate(r, due, "en", "num")))]
    kv(d, r, pairs, style=pick(r, "pad", "colon", "dots"))
    d.line()
    d.line("Dear ", person_ref(r, p), ":")
    d.line()
    kind_ = r.choice(["grace", "past_due", "idr"])
    if kind_ == "grace":
        d.line("Your grace period ends on ", (DT, fdate(r, plus_days(ld, r.randint(5, 20)), "en", "long")),
               ". Your first payment is due on ", (DT, fdate(r, due, "en", "long")), ".")
    elif kind_ == "past_due":
        d.line(f"Our records show that your account is {r.choice([30, 60, 90])} days past due. "
               f"A payment of {money(r, 150, 1800)} is required by ", (DT, fdate(r, due, "en", "long")),
               " to bring your account current and avoid a report to the national credit bureaus.")
    else:
        d.line("Your income-driven repayment plan must be recertified by ",
               (DT, fdate(r, due, "en", "long")), ". If you do not recertify, your payment will revert to "
               "the 10-year standard amount.")
    d.line()
    d.line("Enroll in auto-debit at ", (URL, url(r, f"www.{dom}", ["/autopay", "/account/auto-debit", "/enroll"],
                                                  pick(r, "src=letter", "utm_source=mail&utm_campaign=" + pat(r, 'AA99')))),
           " and receive a 0.25% interest rate reduction.")
    d.line("Questions? Call us toll-free at ", (PHONE, phone(r, "en", "tollfree")),
           pick(r, ".", " (TTY 711)."))
    d.line()
    d.add(f"This is an attempt to collect a debt. Letter code {pat(r, 'AA-999')} · {pat(r, '9999999')}")
    return d


@kind("loan_deferment_request")
def k_deferment(r):
    d = Doc()
    sv, dom = r.choice(LOAN_SERVICERS)
    univ, udom = r.choice(UNIVERSITIES)
    p = person(r)
    d.line(pick(r, "IN-SCHOOL DEFERMENT REQUEST", "In-School Deferment Request", "DEFERMENT REQUEST - IN-SCHOOL"))
    d.line(f"William D. Ford Federal Direct Loan Program · OMB No. 1845-{_digits(r, 4)} · Form Approved")
    d.line(f"Return to: {sv}, ", (ADDR, f"PO Box {r.randint(1000, 99999)}, {address(r).cityline}"))
    d.line()
    d.line("SECTION 1: BORROWER IDENTIFICATION")
    a = address(r)
    kv(d, r, [("Name", (PER, p.last_first_mid)), ("SSN", (SSN, ssn(r))),
              ("Date of Birth", (DOB, fdate(r, rdob(r, 19, 45), "num"))),
              ("Address", (ADDR, a.oneline())),
              ("Home Phone", (PHONE, phone(r))), maybe(r, 0.6, ("Alt. Phone", (PHONE, phone(r, "en", "mobile")))),
              ("Email", (EMAIL, email_for(r, p))),
              ("Loan account", (ACCT, account_no(r, "loan")))], style=pick(r, "pad", "colon"))
    d.line()
    d.line("SECTION 2: BORROWER REQUEST")
    d.line("I request that my loans be placed in deferment while I am enrolled at least half time. "
           "I understand interest will continue to accrue on unsubsidized loans.")
    d.line("Borrower signature: (signed) ", (PER, p.full), "   Date: ", (DT, fdate(r, rdate(r), "num")))
    d.line()
    d.line("SECTION 3: SCHOOL CERTIFICATION")
    off = person(r)
    kv(d, r, [("School name", univ), ("OPEID", f"{_digits(r, 6)}00"),
              ("Enrollment status", pick(r, "Full time", "At least half time", "Three-quarter time")),
              ("Enrollment begin date", (DT, fdate(r, rdate(r), "num"))),
              ("Anticipated graduation date", (DT, fdate(r, rdate(r, 2025, 2027), "num"))),
              ("Certifying official", (PER, off.full)),
              ("Title", pick(r, "Associate Registrar", "Certifying Official", "Enrollment Services Specialist")),
              ("Telephone", (PHONE, phone(r, "en", "land"))),
              ("Email", (EMAIL, f"{ascii_fold(off.first).lower()}.{ascii_fold(off.last).lower()}@{udom}"))],
       style=pick(r, "pad", "colon", "dots"))
    d.add(f"\nForm ID {pat(r, 'AAA-99')}-{r.randint(1, 9)} (ver. {r.randint(1, 3)}.{r.randint(0, 9)})")
    return d


@kind("scholarship_award_letter")
def k_scholarship(r):
    d = Doc()
    lang = pick(r, "gb", "en")
    univ, dom = r.choice(UNIVERSITIES)
    p = person(r, lang)
    letterhead(d, r, univ, dom, lang)
    d.line()
    ld = rdate(r)
    d.line((DT, fdate(r, ld, lang, "long")))
    d.line()
    d.line(f"Student reference: {pat(r, '99999999')}")
    d.line()
    d.line("Dear ", person_ref(r, p, lang), ",")
    d.line()
    sch = pick(r, "Global Excellence Scholarship", "Dean's Merit Award", "Hardship Bursary", "STEM Futures Award")
    amt = money(r, 1500, 12000, "gb" if lang == "gb" else "en", cents=False)
    d.line(f"I am pleased to confirm that you have been awarded the {sch} of {amt} for the "
           f"{(ay := r.randint(2024, 2026))}/{(ay + 1) % 100:02d} academic year.")
    d.line()
    d.add("The award will be paid in two instalments, on ", (DT, fdate(r, plus_days(ld, r.randint(20, 60)), lang, "long")),
          " and ", (DT, fdate(r, plus_days(ld, r.randint(120, 180)), lang, "long")),
          ", into the bank account you registered with us")
    if r.random() < 0.5 and lang == "gb":
        d.line(f" (sort code {_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}, account number ",
               (ACCT, _digits(r, 8)), ").")
    else:
        cc = r.choice(["DE", "NL", "FR", "ES", "IT", "GB", "PL"])
        d.line(" (IBAN ", (IBAN, iban(r, cc)), f", BIC {bic_for(r, cc)}).")
    d.line()
    d.line("Please accept the award by ", (DT, fdate(r, plus_days(ld, r.randint(7, 21)), lang, "long")),
           " at ", (URL, url(r, f"funding.{dom}", ["/awards/accept", "/scholarships/respond"],
                                 f"ref={pat(r, 'XXXXXX')}")), ".")
    d.line()
    d.line("Yours sincerely," if lang == "gb" else "Sincerely,")
    d.line()
    o = person(r, lang)
    d.line((PER, o.full))
    d.add(pick(r, "Scholarships Officer", "Head of Student Funding", "Director, Financial Aid"))
    return d


@kind("tuition_card_authorization")
def k_tuition_card(r):
    d = Doc()
    univ, dom = r.choice(UNIVERSITIES)
    st = person(r)
    payer = person(r) if r.random() < 0.6 else st
    d.line(f"{univ} - Student Accounts")
    d.line(pick(r, "CREDIT CARD AUTHORIZATION - TUITION PAYMENT PLAN", "Payment Plan Card Authorization Form",
                "Recurring Card Payment Authorization"))
    d.line(rule(r))
    kv(d, r, [("Student name", nm(r, st)), ("Student ID", pat(r, "N99999999")),
              ("Term", pick(r, "Fall 2025", "Spring 2025", "Academic Year 2025-26"))])
    d.line()
    brand, pan = card(r)
    exp = dt.date(r.randint(2025, 2030), r.randint(1, 12), 1)
    a = address(r)
    kv(d, r, [("Cardholder name", (PER, payer.full_mid.upper() if r.random() < 0.4 else payer.full_mid)),
              ("Billing address", (ADDR, a.oneline())),
              ("Card", brand), ("Card number", (CC, fmt_card(r, pan))),
              ("Exp. date", (DT, f"{exp.month:02d}/{exp.year}")),
              ("Phone", (PHONE, phone(r))), ("Email", (EMAIL, email_for(r, payer)))])
    d.line()
    d.line("Installment schedule:")
    start = rdate(r, 2025, 2025)
    total = 0
    for k in range(r.randint(3, 5)):
        amt = r.randint(900, 3800)
        total += amt
        d.line(f"  {k + 1}. ", (DT, fdate(r, plus_days(start, 30 * k), "en", "num")), f"  ${amt:,}.00")
    d.line(f"  Enrollment fee $45.00 · Total ${total + 45:,}.00")
    d.line()
    d.line("I authorize ", univ, " to charge the card above on the dates listed. Signed: ",
           (PER, payer.full), " on ", (DT, fdate(r, plus_days(start, -r.randint(3, 20)), "en", "num")))
    d.add(f"PCI notice: this form is destroyed after entry. Batch {pat(r, '9999')}/{pat(r, 'AA')}")
    return d


@kind("student_health_waiver")
def k_health_waiver(r):
    d = Doc()
    univ, dom = r.choice(UNIVERSITIES)
    st = person(r)
    d.line(f"{univ} Student Health Insurance Plan (SHIP) - Waiver Submission")
    ay = r.randint(2024, 2025)
    d.line(f"Confirmation #{pat(r, 'WV99999999')}   Academic year {ay}-{(ay + 1) % 100:02d}")
    d.line()
    sub = person(r) if r.random() < 0.7 else st
    plan = r.choice(HEALTH_PLANS)
    pairs = [("Student", nm(r, st)), ("Student ID", pat(r, "9999999")),
             ("Date of birth", (DOB, fdate(r, rdob(r, 18, 26), "num"))),
             ("Email", (EMAIL, f"{ascii_fold(st.first).lower()[0]}{ascii_fold(st.last).lower()}{r.randint(1, 99)}@{dom}")),
             ("Insurance company", plan), ("Member ID", (HPN, health_plan_no(r))),
             ("Group number", pat(r, pick(r, "999999", "GRP-99999", "99999-999"))),
             ("Subscriber (policy holder)", nm(r, sub)),
             ("Subscriber date of birth", (DOB, fdate(r, rdob(r, 40, 62) if sub is not st else rdob(r, 18, 26), "num"))),
             ("Relationship to student", "Self" if sub is st else pick(r, "Parent", "Spouse", "Guardian")),
             ("Coverage effective", (DT, fdate(r, rdate(r, 2024, 2025), "num"))),
             ("Insurer phone (back of card)", (PHONE, phone(r, "en", "tollfree")))]
    kv(d, r, pairs)
    d.line()
    d.line(f"Plan type: {pick(r, 'PPO', 'HMO', 'EPO')} · In-network providers in {pick(r, 'the campus area', 'our state')}: yes · "
           f"Deductible {money(r, 250, 3000, cents=False)}")
    d.add("Your waiver will be audited within 10 business days. If approved, the SHIP charge of "
          f"{money(r, 1800, 3600)} will be removed from your student account. Questions: ",
          (EMAIL, f"ship@{dom}"), ".")
    return d


@kind("uk_admission_record", "gb")
def k_uk_admission(r):
    d = Doc()
    univ, dom = r.choice(UNIVERSITIES)
    intl = r.random() < 0.5
    p = person(r, "gb", world=0.6 if intl else 0.2)
    d.line(f"{univ} – Admissions Applicant Record")
    d.line(f"Cycle {r.randint(2024, 2026)} | Route: {pick(r, 'UCAS Undergraduate', 'Direct (Postgraduate Taught)')}")
    d.line(rule(r))
    pid = f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 4)}"
    pairs = [("Personal ID", pid), ("Surname", (PER, p.last.upper())), ("Forename(s)", (PER, p.first)),
             ("Title", p.title("gb") or "Mx"), ("Date of birth", (DOB, fdate(r, rdob(r, 17, 30), "gb", "num"))),
             ("Fee status", "Overseas" if intl else "Home")]
    if intl:
        wc, co = r.choice(WORLD_CITIES)
        pairs += [("Country of domicile", (LOC, co)), ("Home town", (LOC, wc)),
                  ("Nationality", pick(r, "Nigerian", "Indian", "Chinese", "Brazilian", "Kenyan", "Vietnamese")),
                  ("Visa required", "Yes (Student route, CAS pending)")]
        pairs += [("Correspondence address", (ADDR, address(r, "gb").oneline(country=True, country_en=True)))]
    else:
        a = address(r, "gb")
        pairs += [("Postal address", (ADDR, a.oneline()))]
    pairs += [("Mobile", (PHONE, phone(r, "gb", "mobile"))), ("Email", (EMAIL, email_for(r, p)))]
    kv(d, r, pairs)
    d.line()
    d.line(f"Course: {pick(r, *MAJORS)} {pick(r, 'BSc (Hons)', 'BA (Hons)', 'MSc', 'MEng')} · code {pat(r, 'A999')} · "
           f"start {pick(r, 'September', 'January')} {r.randint(2025, 2026)}")
    d.line(f"Qualifications: {pick(r, 'A levels AAB (predicted)', 'IB 36 points', 'WAEC 7 credits', 'Gaokao 601/750')}; "
           f"English: {pick(r, 'IELTS 7.0 (no band below 6.5)', 'GCSE English 7', 'TOEFL iBT 101')}")
    d.line("Decision: ", pick(r, "Conditional offer", "Unconditional offer", "Interview invited"))
    d.line("Offer letter issued: ", (DT, fdate(r, rdate(r), "gb")))
    if r.random() < 0.5:
        d.line("Interview: ", (DT, fdatetime(r, rdate(r), *rtime(r, 9, 16, 15), "gb", "long", weekday=True)),
               f" (online, Teams)")
    d.add(f"Referee: {pick(r, 'Head of Sixth Form', 'Class teacher', 'Line manager')} – reference received. "
          f"Record updated by admissions officer {pat(r, 'AA99')}.")
    return d


@kind("enrollment_verification")
def k_enroll_verif(r):
    d = Doc()
    univ, dom = r.choice(UNIVERSITIES)
    st = person(r)
    ins, idom = r.choice(INSURERS)
    letterhead(d, r, univ, dom)
    d.line()
    d.line(pick(r, "ENROLLMENT VERIFICATION CERTIFICATE", "Certificate of Enrollment", "Enrollment Verification"))
    d.line(f"Issued for: good student discount - {ins}, policy {pat(r, pick(r, 'AP-9999999', 'PA99999999-9', 'HO 999 9999'))}")
    d.line()
    fall = r.random() < 0.5
    t0 = dt.date(r.randint(2024, 2025), 8 if fall else 1, r.randint(18, 29) if fall else r.randint(8, 20))
    d.line(pick(r, "This is to certify that ", "The Office of the Registrar certifies that "),
           (PER, st.full_mid if r.random() < 0.5 else st.full), ", date of birth ",
           (DOB, fdate(r, rdob(r, 17, 24), "en", "long")),
           f", student ID {pat(r, 'N99999999')}, is enrolled {pick(r, 'full time', 'at least half time')} "
           f"for the {'Fall' if fall else 'Spring'} {t0.year} term, which runs from ",
           (DT, fdate(r, t0, "en", "long")), " through ", (DT, fdate(r, plus_days(t0, r.randint(100, 120)), "en", "long")), ".")
    d.line()
    d.line(f"Cumulative GPA: {r.uniform(3.0, 4.0):.2f} (minimum for discount: 3.00). Class level: "
           f"{pick(r, 'Freshman', 'Sophomore', 'Junior', 'Senior')}. Credits attempted this term: {r.randint(12, 18)}.")
    d.line()
    d.line("Verify this certificate at ", (URL, url(r, f"verify.{dom}", ["/enrollment", "/certificates/check"],
                                                     f"code={pat(r, 'XXXX-XXXX')}")),
           ".")
    reg = person(r)
    d.line()
    d.line((PER, reg.full), ", ", pick(r, "University Registrar", "Associate Registrar"))
    d.add((DT, fdate(r, t0, "en", "num")))
    return d


# ============================ structured helpers ===========================
def _is_ent(x):
    return isinstance(x, tuple) and len(x) == 2 and x[0] in TYPESET and isinstance(x[1], str)


def _jstr(s):
    out = json.dumps(s, ensure_ascii=False)
    return out


def jdump(d, obj, indent=2, level=0, compact=False):
    """JSON writer whose string leaves may be entity tuples."""
    pad = lambda lv: "" if compact else "\n" + " " * (indent * lv)
    if isinstance(obj, dict):
        items = list(obj.items())
        d.add("{")
        for k, (key, v) in enumerate(items):
            if k:
                d.add("," if not compact else ", ")
            d.add(pad(level + 1), _jstr(key), ": ")
            jdump(d, v, indent, level + 1, compact)
        if items:
            d.add(pad(level))
        d.add("}")
    elif isinstance(obj, list):
        d.add("[")
        for k, v in enumerate(obj):
            if k:
                d.add("," if not compact else ", ")
            d.add(pad(level + 1))
            jdump(d, v, indent, level + 1, compact)
        if obj:
            d.add(pad(level))
        d.add("]")
    elif _is_ent(obj):
        q = _jstr(obj[1])
        assert q[1:-1] == obj[1], obj
        d.add('"', obj, '"')
    elif isinstance(obj, str):
        d.add(_jstr(obj))
    else:
        d.add(json.dumps(obj))


def _cell_text(c):
    return c[1] if _is_ent(c) else str(c)


def csv_row(d, cells, delim=",", quote_all=False, nl="\n"):
    for k, c in enumerate(cells):
        if k:
            d.add(delim)
        t = _cell_text(c)
        q = quote_all or delim in t or '"' in t
        if q:
            assert '"' not in t
            d.add('"', c, '"')
        else:
            d.add(c if _is_ent(c) or isinstance(c, str) else str(c))
    d.add(nl)


def co(r, pool=None):
    return r.choice(pool or EMPLOYERS)


def work_email(p, dom, style=0):
    f, l = ascii_fold(p.first).lower(), ascii_fold(p.last).lower()
    return [f"{f}.{l}", f"{f[0]}{l}", f"{f}", f"{l}.{f[0]}"][style % 4] + "@" + dom


JOBS = _w("Warehouse Associate,Forklift Operator,Registered Nurse,Software Engineer,Payroll Specialist,"
          "Account Executive,Line Cook,CNC Machinist,Customer Success Manager,Data Analyst,Electrician,"
          "HR Generalist,Delivery Driver,Medical Assistant,Project Architect,Store Manager,Welder")
COUNTIES = _rows("""Cook County|IL;King County|WA;Maricopa County|AZ;Harris County|TX;Travis County|TX;
Franklin County|OH;Hennepin County|MN;Dane County|WI;Fulton County|GA;Wake County|NC;
Multnomah County|OR;Denver County|CO;Suffolk County|MA;Allegheny County|PA;Shelby County|TN;
Orange County|FL;Salt Lake County|UT;Jefferson County|KY""")


# ================================ HR =======================================
@kind("payroll_csv")
def k_payroll_csv(r):
    d = Doc()
    emp, dom = co(r)
    delim = r.choice([",", ",", ";", "|", "\t"])
    qa = r.random() < 0.3
    pay = rdate(r)
    dstyle = r.choice(["iso", "mdy", "mdy1"])
    if r.random() < 0.6:
        d.line(f"# {emp} - payroll export - pay group {pat(r, 'AA-99')} - check date ", (DT, fdate(r, pay, "en", dstyle)))
    cols = ["employee_id", "last_name", "first_name", "ssn", "dept", "pay_date", "gross", "fed_wh", "fica",
            "net", "routing", "account", "acct_type"]
    if r.random() < 0.5:
        cols.insert(3, "email")
    upper = r.random() < 0.3
    csv_row(d, [c.upper() if upper else c for c in cols], delim, qa)
    mask = r.random() < 0.25
    nrows = r.randint(3, 7)
    for _ in range(nrows):
        p = person(r)
        g = r.uniform(900, 6800)
        fed, fica = g * r.uniform(0.08, 0.2), g * 0.0765
        row = {"employee_id": pat(r, pick(r, "E99999", "999999", "EMP-9999")),
               "last_name": (PER, p.last.upper() if upper else p.last),
               "first_name": (PER, p.first.upper() if upper else p.first),
               "email": (EMAIL, work_email(p, dom, r.randrange(4))),
               "ssn": f"XXX-XX-{_digits(r, 4)}" if mask else (SSN, ssn(r, "dash" if r.random() < 0.8 else "plain")),
               "dept": pick(r, "OPS", "FIN", "HR", "ENG", "WH2", "SALES", "MAINT"),
               "pay_date": (DT, fdate(r, pay, "en", dstyle)),
               "gross": f"{g:.2f}", "fed_wh": f"{fed:.2f}", "fica": f"{fica:.2f}",
               "net": f"{g - fed - fica:.2f}", "routing": routing(r), "account": (ACCT, account_no(r)),
               "acct_type": pick(r, "CHK", "CHK", "SAV")}
        csv_row(d, [row[c] for c in cols], delim, qa)
    d.add(f"# rows={nrows} batch={pat(r, '9999999')} sha256={sha256(r)}")
    return d


@kind("payroll_json")
def k_payroll_json(r):
    d = Doc()
    eu = r.random() < 0.6
    lang = r.choice(["de", "nl", "fr", "es", "it", "pl"]) if eu else "en"
    emp, dom = co(r)
    start = rdate(r).replace(day=1)
    end = plus_days(start, 27)
    pay = plus_days(end, r.randint(0, 3))
    emps = []
    for _ in range(r.randint(2, 4)):
        p = person(r, lang)
        g = round(r.uniform(2100, 8800), 2)
        e = {"personnel_no": pat(r, "999999"),
             "name": {"given": (PER, p.first), "family": (PER, p.last)} if r.random() < 0.5 else (PER, p.full),
             "email": (EMAIL, work_email(p, dom, r.randrange(4))),
             "cost_center": pat(r, "9999"),
             "gross": g, "net": round(g * r.uniform(0.55, 0.72), 2)}
        if eu:
            e["iban"] = (IBAN, iban(r, LANG_IBAN[lang], grouped=r.random() < 0.3))
            e["bic"] = bic_for(r, LANG_IBAN[lang])
            e["tax_class"] = r.randint(1, 5)
        else:
            e["bank"] = {"routing": routing(r), "account": (ACCT, account_no(r)), "type": "checking"}
            e["ssn"] = (SSN, ssn(r))
        emps.append(e)
    obj = {"export_id": uuid4(r), "generator": f"payroll-sync {version(r)}",
           "company": emp, "currency": "EUR" if eu else "USD",
           "period": {"start": (DT, start.isoformat()), "end": (DT, end.isoformat())},
           "pay_date": (DT, pay.isoformat()), "employees": emps,
           "checksum": {"algo": "sha256", "value": sha256(r)}}
    jdump(d, obj, indent=r.choice([2, 4]), compact=r.random() < 0.15)
    return d


@kind("payroll_register")
def k_payroll_register(r):
    d = Doc()
    emp, dom = co(r)
    p0 = rdate(r)
    p1 = plus_days(p0, 13)
    chk = plus_days(p1, r.randint(2, 5))
    d.line(f"{emp.upper():<44}PAYROLL REGISTER{'':>12}Page {r.randint(1, 3)}")
    d.line(f"Company {pat(r, '9999')}   Pay period ", (DT, fdate(r, p0, "en", "mdy")), " - ",
           (DT, fdate(r, p1, "en", "mdy")), "   Check date ", (DT, fdate(r, chk, "en", "mdy")))
    d.line(f"Run #{r.randint(100, 9999)}  Batch {pat(r, 'AA9999')}  Freq: BW")
    d.line("-" * 92)
    d.line(f"{'EMP#':<7}{'NAME':<26}{'SSN':<13}{'HRS':>6}{'GROSS':>10}{'TAXES':>10}{'DEDUCT':>9}{'NET':>10}  PAY")
    tg = 0.0
    n = r.randint(3, 8)
    for _ in range(n):
        p = person(r)
        nm_ = f"{p.last}, {p.first}" + (f" {p.mid}" if p.mid else "")
        nm_ = nm_.upper()[:25]
        if nm_.endswith((" ", ",")):
            nm_ = nm_.rstrip(" ,")
        hrs = r.choice([80.0, 80.0, 72.5, 86.25, 64.0])
        g = hrs * r.uniform(16, 58)
        tx = g * r.uniform(0.15, 0.28)
        de = g * r.uniform(0.02, 0.1)
        tg += g
        d.add(f"{pat(r, '99999'):<7}", (PER, nm_), " " * (26 - len(nm_)))
        d.line(f"XXX-XX-{_digits(r, 4):<4}  {hrs:>6.2f}{g:>10,.2f}{tx:>10,.2f}{de:>9,.2f}{g - tx - de:>10,.2f}  "
               f"{pick(r, 'DD', 'DD', 'CHK ' + _digits(r, 6))}")
    d.line("-" * 92)
    d.line(f"TOTALS {n} employees{'':<30}{tg:>16,.2f}")
    d.add(f"Federal deposit due per semi-weekly schedule. Tax ID XX-XXX{_digits(r, 4)}. Report RPR-{r.randint(100, 999)}")
    return d


@kind("direct_deposit_form")
def k_direct_deposit(r):
    d = Doc()
    emp, dom = co(r)
    p = person(r)
    d.line(f"{emp}")
    d.line(pick(r, "DIRECT DEPOSIT AUTHORIZATION", "Direct Deposit Enrollment / Change Form", "Employee Direct Deposit Form"))
    d.line()
    kv(d, r, [("Employee name", nm(r, p)), ("Employee ID", pat(r, "99999")),
              ("SSN (last 4)", f"***-**-{_digits(r, 4)}"), ("Department", pick(r, "Warehouse", "Nursing", "Finance", "Engineering")),
              ("Action", pick(r, "New", "Change", "Add account"))])
    d.line()
    banks = ["First Lakeshore Bank", "Granite State Credit Union", "Pacific Harbor Bank", "Chase", "Wells Fargo",
             "Navy Federal Credit Union", "U.S. Bank", "Summit Community CU"]
    for k in range(r.choice([1, 1, 2])):
        d.line(f"Account {k + 1}")
        kv(d, r, [("Bank name", r.choice(banks)), ("Routing number (ABA)", routing(r)),
                  ("Account number", (ACCT, account_no(r))),
                  ("Account type", pick(r, "Checking", "Savings")),
                  ("Amount", "Remainder of net pay" if k == 0 else pick(r, "$200.00 per paycheck", "10% of net"))],
           indent="  ", style="colon")
    d.line()
    d.line("I authorize ", emp, " to deposit my pay automatically and, if necessary, to initiate adjustments "
           "for any amounts credited in error.")
    d.line("Employee signature: ", (PER, p.full), "   Date: ", (DT, fdate(r, rdate(r), "num")))
    d.line("Voided check attached: ", pick(r, "Yes", "No - bank letter attached"))
    d.add(f"Payroll use only: entered by {pat(r, 'AA')} / prenote sent / effective with run {r.randint(1, 26)}")
    return d


@kind("background_check_report")
def k_background(r):
    d = Doc()
    scr, sdom = r.choice(SCREENERS)
    emp, _ = co(r)
    p = person(r)
    od = rdate(r)
    d.line(f"{scr} - CONSUMER REPORT (CONFIDENTIAL)")
    d.line(f"Report ID: {pat(r, 'BG-99999999')}   Ordered: ", (DT, fdate(r, od, "en", "num")),
           "   Completed: ", (DT, fdate(r, plus_days(od, r.randint(1, 6)), "en", "num")))
    d.line(f"Client: {emp}   Package: {pick(r, 'Standard + MVR', 'Healthcare Plus', 'Executive')}   Adjudication: ",
           pick(r, "CLEAR", "REVIEW", "CLEAR"))
    d.line(rule(r, 70))
    d.line("SUBJECT")
    st, dln = us_dl(r)
    aka = Person(p.first, r.choice(NAMES["en"][2]), p.mid, p.female, "en")
    kv(d, r, [("Name", (PER, p.full_mid.upper())), maybe(r, 0.5, ("AKA", (PER, aka.full.upper()))),
              ("DOB", (DOB, fdate(r, rdob(r, 20, 60), "num"))), ("SSN", (SSN, ssn(r))),
              ("Driver license", [(DL, dln), " (", (LOC, st), ")"])], indent="  ", style="pad", case="upper")
    d.line()
    d.line("ADDRESS HISTORY (SSN trace)")
    y = 2025
    for k in range(r.randint(2, 3)):
        a = address(r)
        y0 = y - r.randint(2, 6)
        d.line("  ", (ADDR, a.oneline().upper()), f"   {y0} - {'present' if k == 0 else y}")
        y = y0
    d.line()
    d.line("CRIMINAL SEARCHES")
    for k in range(r.randint(1, 3)):
        c, s_ = r.choice(COUNTIES)
        res = pick(r, "No records found", "No records found", "RECORD FOUND")
        d.add("  County: ", (LOC, f"{c}, {s_}"), f" ... {res}")
        if res == "RECORD FOUND":
            d.add(f"\n    Case {r.randint(2008, 2022)}-{pick(r, 'CM', 'TR', 'CR')}-{_digits(r, 6)}; "
                  f"{pick(r, 'Misdemeanor - disorderly conduct', 'Petty theft', 'DUI (1st offense)')}; disposition ",
                  (DT, fdate(r, rdate(r, 2010, 2022), "num")), f": {pick(r, 'guilty, fine paid', 'dismissed', 'deferred adjudication')}")
        d.line()
    d.line("  Federal (PACER) ... No records found;  National sex offender registry ... Clear")
    d.line()
    d.line("EMPLOYMENT VERIFICATION")
    ref = person(r)
    e2, _ = co(r)
    d.line(f"  {e2} - {pick(r, *JOBS)} - {r.randint(2015, 2020)} to {r.randint(2021, 2024)} - verified with ",
           (PER, ref.full), " (HR) ", (PHONE, phone(r)))
    d.line()
    d.line("MOTOR VEHICLE RECORD")
    d.line(f"  Class {pick(r, 'C', 'D', 'CDL-A')} - status VALID - expires ", (DT, fdate(r, rdate(r, 2025, 2030), "num")),
           f" - violations: {pick(r, 'none', '1 (speeding 11-15 over, 2022)', 'none')}")
    d.line()
    d.add("Your rights under the FCRA: ", (URL, "https://www.consumerfinance.gov/learnmore/"),
          f" · Disputes: {scr}, ", (PHONE, phone(r, "en", "tollfree")))
    return d


@kind("onboarding_form")
def k_onboarding(r):
    d = Doc()
    emp, dom = co(r)
    p = person(r)
    d.line(f"{emp} - {pick(r, 'New Hire Information', 'Employee Onboarding Form', 'NEW EMPLOYEE DATA SHEET')}")
    d.line(f"Req {pat(r, 'R-99999')} | Offer accepted | HR case {pat(r, 'HR99999')}")
    d.line(rule(r))
    a = address(r)
    mgr = person(r)
    start = rdate(r, 2024, 2025)
    pairs = [("Legal name", nm(r, p, ("full_mid", "full", "last_first_mid"))),
             maybe(r, 0.5, ("Preferred first name", (PER, p.first))),
             ("Date of birth", (DOB, fdate(r, rdob(r, 18, 62)))),
             ("Social Security number", (SSN, ssn(r))),
             ("Personal email", (EMAIL, email_for(r, p))),
             ("Mobile phone", (PHONE, phone(r, "en", "mobile"))),
             ("Job title", pick(r, *JOBS)),
             ("Start date", (DT, fdate(r, start, "en", pick(r, "long", "num"), weekday=r.random() < 0.3))),
             ("Manager", nm(r, mgr, ("full",))),
             ("Work location", (LOC, place(r, "en", "city_st"))),
             ("T-shirt size", pick(r, "S", "M", "L", "XL")), ("Pronouns", pick(r, "she/her", "he/him", "they/them", "-"))]
    kv(d, r, pairs)
    d.line("Home address:")
    d.line((ADDR, a.block(r)))
    d.line()
    d.line("Emergency contact")
    ec = relative(r, p, same_last=r.random() < 0.6)
    kv(d, r, [("Name", (PER, ec.full)), ("Relationship", pick(r, "Spouse", "Partner", "Friend",
                                                                 *(("Mother", "Sister") if ec.female else ("Father", "Brother")))),
              ("Phone", (PHONE, phone(r)))], indent="  ")
    d.line()
    d.line(f"Equipment: laptop {pick(r, 'MacBook Pro 14', 'ThinkPad T14 Gen 4', 'Dell Latitude 7440')} "
           f"(asset {pat(r, 'IT-99999')}), badge access {pick(r, 'L1', 'L2', 'WH-ALL')}")
    d.add("Orientation: ", (DT, fdatetime(r, start, *rtime(r, 8, 10, 30), "en", "long")), " - ",
          pick(r, "lobby reception", "Training Room B", "virtual (link sent by email)"))
    return d


@kind("i9_reviewer_notes")
def k_i9(r):
    d = Doc()
    emp, dom = co(r)
    p = person(r)
    st, dln = us_dl(r)
    first_day = rdate(r)
    d.line(f"Form I-9 - Section 2 review notes ({emp})")
    d.line(f"E-Verify case {r.randint(2023, 2025)}{_digits(r, 9)}{pat(r, 'AA')} - status: Employment Authorized")
    d.line()
    kv(d, r, [("Employee", (PER, p.last_first)), ("First day of employment", (DT, fdate(r, first_day, "en", "num"))),
              ("Citizenship attestation", pick(r, "1 - U.S. citizen", "3 - Lawful permanent resident", "1 - U.S. citizen"))])
    d.line()
    d.line("List B document")
    kv(d, r, [("Document title", "Driver's license"), ("Issuing State", (LOC, US_STATES[st])),
              ("Document number", (DL, dln)), ("Expiration date", (DT, fdate(r, rdate(r, 2025, 2031), "en", "num")))],
       indent="  ")
    d.line("List C document")
    kv(d, r, [("Document title", "Social Security card (unrestricted)"), ("Document number", (SSN, ssn(r))),
              ("Expiration date", "N/A")], indent="  ")
    d.line()
    rev = person(r)
    d.line("Examined in person by ", (PER, rev.full), f", {pick(r, 'HR Coordinator', 'People Ops Specialist', 'Store Manager')}, on ",
           (DT, fdate(r, plus_days(first_day, r.randint(0, 3)), "en", "long")), ".")
    d.add("Copies retained in the I-9 binder, drawer 3. Retain until the later of 3 years after hire or 1 year after termination.")
    return d


@kind("offer_letter")
def k_offer(r):
    d = Doc()
    emp, dom = co(r)
    p = person(r)
    letterhead(d, r, emp, dom)
    d.line()
    ld = rdate(r)
    d.line((DT, fdate(r, ld, "en", "long")))
    d.line()
    d.line((PER, p.full))
    d.line((ADDR, address(r).block(r)))
    d.line()
    d.line("Dear ", (PER, p.first), ",")
    d.line()
    mgr = person(r)
    job = pick(r, *JOBS)
    start = plus_days(ld, r.randint(14, 45))
    d.line(f"We are excited to offer you the position of {job} at {emp}. You will report to ",
           (PER, mgr.full), f", {pick(r, 'Director of Operations', 'Engineering Manager', 'Nurse Manager', 'VP Sales')}, "
           "and your anticipated start date is ", (DT, fdate(r, start, "en", "long", weekday=r.random() < 0.4)), ".")
    d.line()
    sal = r.randint(42, 185) * 1000
    d.line(f"Your annual base salary will be ${sal:,}, paid bi-weekly, and you will be eligible for a target "
           f"bonus of {r.choice([0, 5, 8, 10, 15])}% and a sign-on bonus of ${r.randint(1, 10)},000. You will be eligible "
           f"for benefits on the first of the month following {r.choice([30, 60])} days of employment.")
    d.line()
    d.line("This offer is contingent on a background check and I-9 verification. Please sign and return this "
           "letter by ", (DT, fdate(r, plus_days(ld, r.randint(3, 10)), "en", "long")), " via ",
           (URL, url(r, f"careers.{dom}", ["/offer/accept", "/onboarding/offer"], f"token={pat(r, 'hhhhhhhhhhhh')}")),
           ".")
    d.line()
    d.line("Sincerely,")
    hr = person(r)
    d.line((PER, hr.full), ", ", pick(r, "Talent Acquisition Partner", "HR Business Partner", "Head of People"))
    d.line((EMAIL, work_email(hr, dom, r.randrange(4))), " | ", (PHONE, phone(r, "en", "land")))
    d.add("\nAccepted: ______________________  Date: __________")
    return d


@kind("employment_verification_letter")
def k_voe(r):
    d = Doc()
    emp, dom = co(r)
    p = person(r)
    letterhead(d, r, emp, dom)
    d.line()
    ld = rdate(r)
    d.line((DT, fdate(r, ld, "en")))
    d.line()
    d.line(pick(r, "RE: Verification of Employment", "Subject: Employment verification", "To Whom It May Concern:"))
    d.line()
    hire = rdate(r, 2012, 2022)
    d.line("This letter confirms that ", (PER, p.full_mid), f" has been employed by {emp} since ",
           (DT, fdate(r, hire, "en", "long")), f", and currently holds the position of {pick(r, *JOBS)} "
           f"({pick(r, 'full-time', 'part-time, 30 hrs/week')}). ",
           ("Her" if p.female else "His") + f" current annual base salary is ${r.randint(38, 160)},{_digits(r, 3)}.")
    d.line()
    if r.random() < 0.5:
        d.line("This verification was requested by ", pick(r, "Lakeshore Property Management", "Granite Home Loans",
                                                          "First Lakeshore Bank"), " in connection with ",
               pick(r, "a rental application", "a mortgage application", "a loan application"),
               ". No other information may be released without the employee's written consent.")
        d.line()
    hr = person(r)
    d.line("For further verification please contact ", (PER, hr.full), " at ", (PHONE, phone(r, "en", "land")),
           pick(r, "", " ext. " + _digits(r, 3)), " or ", (EMAIL, f"{pick(r, 'hr', 'verifications', 'people')}@{dom}"), ".")
    d.line()
    d.line("Sincerely,")
    d.add((PER, hr.full), f"\n{pick(r, 'HR Manager', 'Payroll & HRIS Lead', 'People Operations')}, {emp}")
    return d


@kind("reference_check_notes")
def k_refcheck(r):
    d = Doc()
    emp, dom = co(r)
    c = person(r)
    ref = person(r)
    e2, _ = co(r)
    d.line(f"Reference check - {pick(r, 'Greenhouse', 'Lever', 'iCIMS')} scorecard")
    d.line("Candidate: ", (PER, c.full), f"   Req: {pat(r, 'R-99999')} {pick(r, *JOBS)}")
    d.line("Reference: ", (PER, ref.full), f", former {pick(r, 'manager', 'supervisor', 'team lead')} at {e2} - ",
           (PHONE, phone(r)))
    rd = rdate(r)
    d.line("Call completed: ", (DT, fdatetime(r, rd, *rtime(r, 9, 17), "en")), f" ({r.randint(12, 35)} min)")
    d.line()
    fn = c.first
    d.line("Notes:")
    d.add("- Worked together ", pick(r, "for about 3 years", "2019-2022", "for 18 months"), "; ",
          (PER, ref.first), " hired ", (PER, fn), " and managed ")
    d.add((PER, fn), "'s ", pick(r, "onboarding", "promotion to senior", "move to the night shift"), ".\n")
    d.line(f"- Strengths: {pick(r, 'reliable, never missed a shift', 'strong SQL, clear communicator', 'calm under pressure, great with patients')}.")
    d.line(f"- Areas to develop: {pick(r, 'delegation', 'time estimates', 'documentation')}.")
    d.line("- Would rehire: ", pick(r, "yes, without hesitation", "yes", "probably - would want to discuss role fit"))
    d.line(f"- Reason for leaving (per reference): {pick(r, 'relocated', 'laid off in restructuring', 'went back to school')}.")
    d.line()
    rec = person(r)
    d.add("Recorded by ", (PER, rec.full), " (", (EMAIL, work_email(rec, dom, r.randrange(4))), f"). Rating: {r.randint(3, 5)}/5")
    return d


@kind("benefits_834_edi")
def k_834(r):
    d = Doc()
    emp, _ = co(r)
    plan = r.choice(HEALTH_PLANS)
    sd = rdate(r)
    t = f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    ctl = _digits(r, 9)
    snd = ascii_fold(emp.split()[0]).upper()[:10]
    rcv = ascii_fold(plan.split()[0]).upper()[:10]
    nl = r.choice(["\n", "\n", ""])
    seg = lambda *items: d.add(*items, "~", nl)
    seg(f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{d8(sd)[2:]}*{t}*^*00501*{ctl}*0*P*:")
    seg(f"GS*BE*{snd}*{rcv}*{d8(sd)}*{t}*{int(ctl) % 100000}*X*005010X220A1")
    seg("ST*834*0001*005010X220A1")
    seg(f"BGN*00*{pat(r, 'XXXXXXXXXX')}*{d8(sd)}*{t}****{pick(r, '2', '4')}")
    seg(f"REF*38*{pat(r, '99999999')}")
    seg(f"N1*P5*{emp.upper().replace('.', '').replace(',', '')}*FI*{_digits(r, 9)}")
    seg(f"N1*IN*{plan.upper()}*FI*{_digits(r, 9)}")
    eff = plus_days(sd, r.randint(5, 40)).replace(day=1)
    grp = pat(r, pick(r, "999999", "G9999999"))
    members = [("Y", "18", person(r))]
    sub = members[0][2]
    if r.random() < 0.7:
        members.append(("N", "01", relative(r, sub, same_last=r.random() < 0.8)))
    if r.random() < 0.5:
        members.append(("N", "19", relative(r, sub)))
    subid = health_plan_no(r)
    for flag, rel, p in members:
        seg(f"INS*{flag}*{rel}*021*{pick(r, '28', 'XN', 'AI')}*A***{pick(r, 'FT', 'FT', 'PT')}")
        seg("REF*0F*", (HPN, subid))
        seg(f"REF*1L*{grp}")
        seg("DTP*356*D8*", (DT, d8(eff)))
        name = f"{ascii_fold(p.last).upper()}*{ascii_fold(p.first).upper()}" + (f"*{p.mid}" if p.mid else "")
        seg("NM1*IL*1*", (PER, name), "****34*", (SSN, ssn(r, "plain")))
        if flag == "Y":
            a = address(r)
            seg("PER*IP**HP*", (PHONE, _digits(r, 0) + r.choice(US_AREA) + str(r.randint(2, 9)) + _digits(r, 6)),
                "*EM*", (EMAIL, email_for(r, p)))
            seg("N3*", (ADDR, a.street.upper()))
            seg("N4*", (LOC, a.city.upper()), "*", (LOC, a.region), f"*{a.postcode}")
        dob = rdob(r, 24, 64) if rel != "19" else rdob(r, 0, 25)
        seg("DMG*D8*", (DOB, d8(dob)), f"*{'F' if p.female else 'M'}")
        seg(f"HD*021**HLT*{pat(r, 'AAA99')}*{pick(r, 'EMP', 'ESP', 'FAM', 'ECH')}")
        seg("DTP*348*D8*", (DT, d8(eff)))
    seg(f"SE*{r.randint(20, 60)}*0001")
    seg(f"GE*1*{int(ctl) % 100000}")
    d.add(f"IEA*1*{ctl}~")
    return d


@kind("benefits_confirmation")
def k_benefits_conf(r):
    d = Doc()
    emp, dom = co(r)
    p = person(r)
    yr = r.randint(2024, 2026)
    d.line(f"{emp} · {yr} Benefits Confirmation Statement")
    d.line(f"Prepared for ", (PER, p.full_mid), f" · Employee ID {pat(r, '999999')} · Event: "
           f"{pick(r, 'Open Enrollment', 'New Hire', 'Qualifying Life Event - Birth')}")
    d.line()
    eff = dt.date(yr, 1, 1) if r.random() < 0.6 else rdate(r, yr, yr).replace(day=1)
    d.line("Coverage effective ", (DT, fdate(r, eff, "en", pick(r, "long", "num"))), ".")
    d.line()
    plan = r.choice(HEALTH_PLANS)
    d.line(f"{'Benefit':<18}{'Plan':<34}{'Tier':<18}Per paycheck")
    d.line(f"{'Medical':<18}{plan + ' ' + pick(r, 'Gold', 'Silver HSA', 'Base'):<34}{pick(r, 'Employee + Family', 'Employee + Spouse', 'Employee Only'):<18}{money(r, 40, 320)}")
    d.line(f"{'Dental':<18}{'Delta Smile PPO':<34}{'Employee + Family':<18}{money(r, 5, 40)}")
    d.line(f"{'Vision':<18}{'ClearView Basic':<34}{'Employee Only':<18}{money(r, 2, 12)}")
    d.line(f"{'Basic Life/AD&D':<18}{'1x salary (policy GL-' + _digits(r, 6) + ')':<34}{'-':<18}$0.00")
    d.line()
    d.line("Medical member ID: ", (HPN, health_plan_no(r)), f"   Group: {pat(r, '999999')}   Rx BIN {_digits(r, 6)} / PCN {pat(r, 'AAAA')}")
    if r.random() < 0.5:
        d.line("HSA account number: ", (ACCT, account_no(r)), f" (custodian: {pick(r, 'HealthEquity', 'Fidelity', 'Optum Bank')})")
    d.line()
    d.line("Covered dependents")
    for k in range(r.randint(1, 3)):
        dep = relative(r, p, same_last=r.random() < 0.85)
        rel = pick(r, "Spouse", "Domestic partner") if k == 0 and r.random() < 0.7 else "Child"
        d.line("  ", (PER, dep.full), "  -  ", rel, "  -  born ",
               (DOB, fdate(r, rdob(r, 24, 60) if rel != "Child" else rdob(r, 0, 25), "num")))
    d.line()
    d.add("Changes are allowed only within 30 days of a qualifying life event. Review your elections at ",
          (URL, url(r, f"benefits.{dom}", ["/my/elections", "/enroll/summary"], f"year={yr}")),
          " or call the Benefits Center at ", (PHONE, phone(r, "en", "tollfree")), ".")
    return d


@kind("life_beneficiary_designation")
def k_beneficiary(r):
    d = Doc()
    emp, dom = co(r)
    ins, _ = r.choice(INSURERS)
    p = person(r)
    d.line(f"{ins} - Group Life Insurance - BENEFICIARY DESIGNATION")
    d.line(f"Policyholder (employer): {emp}   Group policy no. {pat(r, 'GL-999999')}   Certificate {pat(r, '99999999')}")
    d.line()
    kv(d, r, [("Insured employee", nm(r, p, ("last_first", "full"))), ("Date of birth", (DOB, fdate(r, rdob(r, 25, 62), "num"))),
              ("Coverage amount", f"${r.randint(1, 5) * 50},000 basic + ${r.randint(0, 4) * 50},000 supplemental")])
    d.line()
    for role, share_opts in (("PRIMARY", [100, 50]), ("CONTINGENT", [100])):
        if role == "CONTINGENT" and r.random() < 0.3:
            continue
        d.line(f"{role} BENEFICIARY")
        share = r.choice(share_opts)
        nb = 1 if share == 100 else 2
        for _ in range(nb):
            b = relative(r, p, same_last=r.random() < 0.7)
            rel = pick(r, "Spouse", "Partner", *(("Daughter", "Sister", "Mother") if b.female else ("Son", "Brother", "Father")))
            age_ = {"Spouse": (25, 62), "Partner": (25, 62), "Daughter": (1, 30), "Son": (1, 30),
                    "Sister": (20, 60), "Brother": (20, 60), "Mother": (50, 85), "Father": (50, 85)}[rel]
            kv(d, r, [("Name", (PER, b.full)), ("Relationship", rel),
                      ("Date of birth", (DOB, fdate(r, rdob(r, *age_), "num"))), ("Share", f"{share}%"),
                      ("Address", (ADDR, address(r).oneline())), maybe(r, 0.6, ("Phone", (PHONE, phone(r))))],
               indent="  ", style="colon")
    d.line()
    if r.random() < 0.5:
        d.line(f"Remarks: Please note I would like my sister to take care of my dog {r.choice(PETS)} (not a beneficiary).")
    d.line("Signature: ", (PER, p.full), "   Date signed: ", (DT, fdate(r, rdate(r), "num")))
    d.add("Designations are effective when received by the plan administrator. Form BD-7 (" + version(r) + ").")
    return d


@kind("cobra_election_notice")
def k_cobra(r):
    d = Doc()
    emp, dom = co(r)
    p = person(r)
    d.line("COBRA Continuation Coverage Election Notice")
    d.line(f"Plan: {emp} Health & Welfare Plan  |  Administrator: {pick(r, 'BenefitBridge COBRA Services', 'WageWorks', 'Ascend COBRA')}")
    d.line()
    nd = rdate(r)
    d.line((DT, fdate(r, nd, "en", "long")))
    d.line()
    upper = r.random() < 0.5
    d.line((PER, p.full.upper() if upper else p.full))
    d.line((ADDR, address(r).block(r, upper_city=upper)))
    d.line()
    d.line("Dear ", person_ref(r, p), ":")
    d.line()
    lost = plus_days(nd, -r.randint(3, 25))
    d.line("This notice contains important information about your right to continue your health care coverage. "
           "Your coverage under the plan will end on ", (DT, fdate(r, lost, "en", "long")), " due to ",
           pick(r, "termination of employment", "reduction in hours", "divorce or legal separation"), ".")
    d.line()
    d.line("Qualified beneficiaries:")
    for q in [p] + [relative(r, p) for _ in range(r.randint(0, 2))]:
        d.line("  - ", (PER, q.full), "   member ID ", (HPN, health_plan_no(r)))
    d.line()
    d.line("To elect COBRA, complete the enclosed form by ", (DT, fdate(r, plus_days(nd, 60), "en", "long")),
           f". The monthly premium is {money(r, 600, 2400)} (102% of the full cost). Your first payment is due 45 days after election.")
    d.line()
    d.add("Elect online at ", (URL, url(r, "www.benefitbridge-cobra.com", ["/elect", "/member/login"])),
          " or call ", (PHONE, phone(r, "en", "tollfree")), f". Notice ID {pat(r, 'CN-9999999')}.")
    return d


@kind("timesheet_export")
def k_timesheet(r):
    d = Doc()
    emp, dom = co(r)
    p = person(r)
    delim = r.choice([",", ";", "\t"])
    d.line(f"# {pick(r, 'Kronos', 'UKG Pro', 'Deputy', 'When I Work')} timecard export - {emp} - site {pat(r, 'WH-99')}")
    cols = ["emp_id", "employee", "date", "in", "out", "break_min", "hours", "pay_code", "approved_by"]
    csv_row(d, cols, delim)
    eid = pat(r, "99999")
    mgr = person(r)
    day = rdate(r)
    tot = 0.0
    for k in range(r.randint(4, 7)):
        h0, m0 = r.randint(5, 9), r.choice([0, 2, 5, 15, 28, 30, 45, 58])
        hrs = r.choice([8, 8, 8, 10, 6])
        h1 = h0 + hrs + (1 if r.random() < 0.5 else 0)
        m1 = r.choice([0, 3, 10, 30, 31, 45])
        brk = r.choice([30, 30, 45, 60])
        worked = (h1 * 60 + m1 - h0 * 60 - m0 - brk) / 60
        tot += worked
        csv_row(d, [eid, (PER, p.last_first), (DT, fdate(r, plus_days(day, k), "en", "iso")),
                    (DT, f"{h0:02d}:{m0:02d}"), (DT, f"{h1:02d}:{m1:02d}"), str(brk), f"{worked:.2f}",
                    pick(r, "REG", "REG", "OT", "REG"), (PER, mgr.full)], delim)
    d.add(f"# total_hours={tot:.2f} overtime_rule=CA-daily export_ver={version(r)}")
    return d


@kind("ats_candidates_csv")
def k_ats_csv(r):
    d = Doc()
    emp, dom = co(r)
    delim = r.choice([",", ",", ";"])
    cols = ["candidate_id", "first_name", "last_name", "email", "phone", "location", "source", "stage",
            "applied_on", "req_id", "recruiter", "resume_url"]
    if r.random() < 0.3:
        cols.remove("resume_url")
    csv_row(d, cols, delim, r.random() < 0.3)
    rec = person(r)
    req = pat(r, "R-99999")
    n = r.randint(3, 6)
    for _ in range(n):
        p = person(r)
        row = {"candidate_id": str(r.randint(10_000_000, 99_999_999)), "first_name": (PER, p.first),
               "last_name": (PER, p.last), "email": (EMAIL, email_for(r, p)), "phone": (PHONE, phone(r)),
               "location": (LOC, place(r, "en", pick(r, "city_st", "city_st", "world"))),
               "source": pick(r, "LinkedIn", "Indeed", "Referral", "Career site", "Handshake", "Agency"),
               "stage": pick(r, "Application Review", "Phone Screen", "Onsite", "Offer", "Rejected"),
               "applied_on": (DT, fdate(r, rdate(r), "en", pick(r, "iso", "num"))), "req_id": req,
               "recruiter": (PER, rec.full),
               "resume_url": (URL, f"https://{pick(r, 'ats-files', 'resumes', 'cdn')}.{dom}/resumes/{uuid4(r)}.pdf")}
        csv_row(d, [row[c] for c in cols], delim)
    d.add(f"# exported {n} rows from req {req}; filters: stage!=Hired; page 1/1")
    return d


@kind("ats_candidate_json")
def k_ats_json(r):
    d = Doc()
    emp, dom = co(r)
    p = person(r)
    a = address(r)
    handle = ascii_fold(p.first).lower() + "-" + ascii_fold(p.last).lower() + "-" + hexs(r, 6)
    cand = {
        "id": r.randint(10_000_000, 99_999_999),
        "first_name": (PER, p.first), "last_name": (PER, p.last),
        "company": pick(r, "Tessaro Analytics", "Northwind Health", "self-employed", None),
        "title": pick(r, *JOBS),
        "created_at": f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{_digits(r, 3)}Z",
        "updated_at": f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{_digits(r, 3)}Z",
        "phone_numbers": [{"value": (PHONE, phone(r, "en", "mobile")), "type": "mobile"}],
        "email_addresses": [{"value": (EMAIL, email_for(r, p)), "type": "personal"}],
        "addresses": [{"value": (ADDR, a.oneline()), "type": "home"}],
        "website_addresses": [{"value": (URL, f"https://{pick(r, 'github.com', 'gitlab.com', 'www.behance.net')}/{handle}"),
                               "type": "portfolio"}],
        "social_media_addresses": [{"value": (URL, f"https://www.linkedin.com/in/{handle}")}],
        "tags": r.sample(["boomerang", "relocation", "visa-sponsorship", "internal", "diversity-event", "silver-medalist"], 2),
        "applications": [{"id": r.randint(100_000_000, 999_999_999), "job": pick(r, *JOBS),
                          "applied_at": (DT, f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"),
                          "status": pick(r, "active", "rejected", "hired"),
                          "source": {"id": r.randint(1, 9999), "public_name": pick(r, "LinkedIn", "Referral", "Indeed")},
                          "recruiter": {"id": r.randint(1000, 99999), "name": (PER, (rec := person(r)).full),
                                        "email": (EMAIL, work_email(rec, dom, 0))}}],
    }
    if r.random() < 0.4:
        cand["custom_fields"] = {"desired_salary": f"{r.randint(60, 190)}000", "work_authorization": "US citizen",
                                 "start_date": (DT, rdate(r).isoformat())}
    jdump(d, cand, indent=r.choice([2, 2, 4]))
    return d


@kind("recruiter_interview_email")
def k_recruiter_email(r):
    d = Doc()
    emp, dom = co(r)
    rec = person(r)
    c = person(r)
    sd = rdate(r)
    d.line("Date: ", email_date_header(r, sd))
    d.line("From: ", (PER, rec.full), " <", (EMAIL, work_email(rec, dom, r.randrange(4))), ">")
    d.line("To: ", (EMAIL, email_for(r, c)))
    d.line(f"Subject: {pick(r, 'Interview confirmation', 'Next steps', 'Your interview with us')} - {pick(r, *JOBS)}")
    d.line()
    d.line(pick(r, "Hi ", "Hello ", "Dear "), (PER, c.first), ",")
    d.line()
    idate = plus_days(sd, r.randint(2, 14))
    d.line("Thanks for your time on the phone! I'm happy to confirm your interview on ",
           (DT, fdatetime(r, idate, *rtime(r, 9, 16, 15), "en", "long", weekday=r.random() < 0.6)),
           f" ({pick(r, 'Central', 'Eastern', 'Pacific')} time) with ", (PER, (hm := person(r)).full),
           f" and {pick(r, 'two members of the team', 'our VP of Operations', 'a peer from the team')}.")
    d.line()
    if r.random() < 0.6:
        mid = f"{r.randint(81, 89)}{_digits(r, 9)}"
        d.line("Join Zoom meeting: ", (URL, f"https://{pick(r, 'zoom.us', 'us02web.zoom.us', 'us06web.zoom.us')}/j/{mid}?pwd={rstr(r, 32)}"))
        d.line(f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}")
        d.line("Passcode: ", (PWD, passcode(r)))
        d.line("Dial by your location: ", (PHONE, pick(r, "+1 646 558 8656", "+1 312 626 6799", "+1 669 900 6833",
                                                         "+1 253 215 8782")), f" US")
    else:
        d.line("Location: ", (ADDR, address(r).oneline()), f", {pick(r, '3rd', '4th', '12th')} floor - please check in at reception with a photo ID.")
        d.line(f"Parking: visitor lot B, space numbers V1-V20.")
        if r.random() < 0.6:
            a1, a2 = r.sample(["ORD", "AUS", "SFO", "JFK", "ATL", "DEN", "SEA", "BOS", "MSP", "PDX", "RDU"], 2)
            d.line(f"Travel: we booked flight {pick(r, 'UA', 'AA', 'DL', 'WN')} {r.randint(100, 2999)} {a1} -> {a2} departing ",
                   (DT, fdatetime(r, plus_days(idate, -1), *rtime(r, 7, 19, 5), "en", "num")),
                   f", seat {r.randint(3, 38)}{pick(r, 'A', 'C', 'D', 'F')}, booking ref {pat(r, 'AXXXXX')}; hotel confirmation "
                   f"{_digits(r, 9)}.")
    d.line()
    d.line("Please reply to confirm, and let me know if you need any accommodations.")
    d.line()
    d.line("Best,")
    d.line((PER, rec.full))
    d.line(f"{pick(r, 'Senior Technical Recruiter', 'Talent Acquisition', 'Recruiting Coordinator')} | {emp}")
    d.add((PHONE, phone(r, "en", "mobile")), " | ", (URL, f"https://careers.{dom}"))
    return d


TZIDS = _w("America/New_York,America/Chicago,America/Denver,America/Los_Angeles,Europe/London,Europe/Berlin")


def ics_dt(d, h, m, z=False):
    return f"{d8(d)}T{h:02d}{m:02d}00" + ("Z" if z else "")


@kind("interview_ics")
def k_ics(r):
    d = Doc()
    emp, dom = co(r)
    org = person(r)
    c = person(r)
    iv = person(r)
    day = rdate(r)
    h, m = rtime(r, 8, 16, 15)
    tz = r.choice(TZIDS)
    nl = r.choice(["\n", "\r\n"])
    L = lambda *items: d.add(*items, nl)
    L("BEGIN:VCALENDAR")
    L("VERSION:2.0")
    L(f"PRODID:-//{pick(r, 'Greenhouse Software', 'Google Inc', 'Microsoft Corporation')}//{pick(r, 'Interview Scheduler', 'Calendar', 'Outlook 16.0 MIMEDIR')}//EN")
    L("METHOD:REQUEST")
    L("BEGIN:VEVENT")
    L(f"UID:{uuid4(r)}@{dom}")
    stamp = plus_days(day, -r.randint(1, 10))
    L(f"DTSTAMP:{ics_dt(stamp, r.randint(0, 23), r.randint(0, 59), True)}")
    if r.random() < 0.5:
        L(f"CREATED:{ics_dt(stamp, r.randint(0, 23), r.randint(0, 59), True)}")
    if r.random() < 0.5:
        L(f"DTSTART;TZID={tz}:", (DT, ics_dt(day, h, m)))
        L(f"DTEND;TZID={tz}:", (DT, ics_dt(day, h + 1, m)))
    else:
        L("DTSTART:", (DT, ics_dt(day, h, m, True)))
        L("DTEND:", (DT, ics_dt(day, h + 1, m, True)))
    L("SUMMARY:Interview - ", (PER, c.full), f" - {pick(r, *JOBS)} ({pat(r, 'R-99999')})")
    L("ORGANIZER;CN=", (PER, org.full), ":mailto:", (EMAIL, work_email(org, dom, r.randrange(4))))
    L("ATTENDEE;CN=", (PER, iv.full), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:",
      (EMAIL, work_email(iv, dom, r.randrange(4))))
    L("ATTENDEE;CN=", (PER, c.full), ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:", (EMAIL, email_for(r, c)))
    if r.random() < 0.5:
        mid = f"{r.randint(81, 89)}{_digits(r, 9)}"
        L("LOCATION:Zoom")
        L("DESCRIPTION:Join: ", (URL, f"https://zoom.us/j/{mid}"), "\\nPasscode: ", (PWD, passcode(r)),
          "\\nCandidate phone: ", (PHONE, phone(r, "en", "mobile")), "\\nScorecard due within 24h.")
    else:
        a = address(r)
        L("LOCATION:", (ADDR, a.oneline().replace(",", "\\,")))
        L("DESCRIPTION:Onsite interview. Ask for ", (PER, org.first), " at the front desk.\\nCandidate phone: ",
          (PHONE, phone(r, "en", "mobile")))
    L(f"SEQUENCE:{r.randint(0, 3)}")
    L("STATUS:CONFIRMED")
    L(f"LAST-MODIFIED:{ics_dt(stamp, r.randint(0, 23), r.randint(0, 59), True)}")
    L("BEGIN:VALARM")
    L("TRIGGER:-PT15M")
    L("ACTION:DISPLAY")
    L("END:VALARM")
    L("END:VEVENT")
    d.add("END:VCALENDAR")
    return d


@kind("vcard_export")
def k_vcard(r):
    d = Doc()
    nl = r.choice(["\n", "\r\n"])
    L = lambda *items: d.add(*items, nl)
    for k in range(r.randint(2, 3)):
        p = person(r)
        e2, dom = co(r)
        L("BEGIN:VCARD")
        L(r.choice(["VERSION:3.0", "VERSION:4.0"]))
        nv = f"{p.last};{p.first}" + (f";{p.mid}" if p.mid else "")
        L("N:", (PER, nv), ";;" if p.mid else ";;;")
        L("FN:", (PER, p.full_mid))
        L(f"ORG:{e2};{pick(r, 'Recruiting', 'Engineering', 'Operations', 'Finance')}")
        L(f"TITLE:{pick(r, *JOBS)}")
        L("TEL;TYPE=CELL:", (PHONE, phone(r, "en", "mobile")))
        if r.random() < 0.5:
            L("TEL;TYPE=WORK,VOICE:", (PHONE, phone(r, "en", "land")))
        L("EMAIL;TYPE=INTERNET:", (EMAIL, email_for(r, p)))
        if r.random() < 0.7:
            a = address(r)
            L("ADR;TYPE=HOME:;;", (ADDR, f"{a.street};{a.city};{a.region};{a.postcode};USA"))
        if r.random() < 0.5:
            b = rdob(r, 22, 60)
            L("BDAY:", (DOB, b.isoformat() if r.random() < 0.6 else d8(b)))
        if r.random() < 0.5:
            L("URL:", (URL, f"https://www.linkedin.com/in/{ascii_fold(p.first).lower()}{ascii_fold(p.last).lower()}{_digits(r, 2)}"))
        if r.random() < 0.5:
            L("NOTE:Met at ", pick(r, "the spring career fair", "Grace Hopper", "a campus info session"), " on ",
              (DT, fdate(r, rdate(r), "en", "long")), ". Referred by ", (PER, person(r).full), ".")
        L(f"REV:{ics_dt(rdate(r), r.randint(0, 23), r.randint(0, 59), True)}")
        L("END:VCARD")
    return d


# ============================ HR tech / secrets ============================
def _q(r):
    return r.choice(["", "", '"', "'"])


@kind("hris_env_config")
def k_env(r):
    d = Doc()
    emp, dom = co(r)
    svc = pick(r, "hris-sync", "payroll-connector", "ats-bridge", "benefits-feed", "claims-intake")
    d.line(f"# {svc} - {pick(r, 'production', 'prod-us-east', 'staging')} environment")
    d.line("# owner: ", (EMAIL, f"{pick(r, 'people-tech', 'hris-team', 'platform')}@{dom}"), f"  (ticket {pat(r, 'OPS-9999')})")
    d.line("# DO NOT COMMIT - copy to .env.local")
    exp = r.random() < 0.3
    pre = "export " if exp else ""

    def line(k, v):
        q = _q(r)
        d.line(pre, k, "=", q, v, q)
    line("NODE_ENV", "production")
    line("APP_VERSION", version(r))
    line("LOG_LEVEL", pick(r, "info", "debug", "warn"))
    entries = []
    host = ipv4(r, True) if r.random() < 0.5 else f"{svc}-db.{pick(r, 'internal', 'cluster.local', 'rds.amazonaws.com')}"
    user = pick(r, "hris_app", "payroll", "svc_ats", "app")
    dbpw = password(r).replace("@", "#").replace(":", "!").replace("/", "_")
    if ":" in host or "." in host and host[0].isdigit():
        entries.append(lambda: line("DATABASE_URL", [f"postgres://{user}:", (PWD, dbpw), "@", (IP, host), f":5432/{svc.replace('-', '_')}"]))
    else:
        entries.append(lambda: line("DATABASE_URL", [f"postgresql://{user}:", (PWD, dbpw), f"@{host}:5432/{svc.replace('-', '_')}"]))
    entries.append(lambda: (line("AWS_ACCESS_KEY_ID", [(AWSK, aws_key(r))]), line("AWS_SECRET_ACCESS_KEY", [(AWSS, aws_secret(r))]),
                            line("AWS_REGION", pick(r, "us-east-1", "us-west-2", "eu-central-1"))))
    entries.append(lambda: line("SLACK_BOT_TOKEN", [(SLACK, slack_token(r))]))
    entries.append(lambda: line("STRIPE_SECRET_KEY", [(STRIPE, stripe_key(r))]))
    entries.append(lambda: (line(f"{pick(r, 'WORKDAY', 'ADP', 'GREENHOUSE', 'BAMBOOHR')}_CLIENT_ID", uuid4(r)),
                            line(f"{pick(r, 'WORKDAY', 'ADP', 'GREENHOUSE', 'BAMBOOHR')}_CLIENT_SECRET", [(SECRET, generic_secret(r))])))
    entries.append(lambda: line("SENDGRID_API_KEY", [(SECRET, "SG." + rstr(r, 22, ALNUM + "-_") + "." + rstr(r, 43, ALNUM + "-_"))]))
    entries.append(lambda: line("SFTP_PASSWORD", [(PWD, password(r).replace('"', '!').replace("'", "!"))]))
    entries.append(lambda: line("JWT_SIGNING_SECRET", "${JWT_SECRET}"))
    entries.append(lambda: line("GITHUB_TOKEN", [(GH, gh_token(r))]))
    entries.append(lambda: line("ADMIN_ALLOWED_CIDR", [(IP, ipv4(r, False)), f"/{pick(r, '32', '24', '28')}"]))
    entries.append(lambda: line("HEALTHCHECK_URL", [(URL, f"https://{svc}.{dom}/healthz")]))
    entries.append(lambda: line("SMTP_HOST", [(IP, ipv4(r, True))]))
    entries.append(lambda: line("REDIS_URL", f"redis://{svc}-cache:6379/0"))
    entries.append(lambda: line("FEATURE_FLAGS", "payroll_v2,new_ats_webhooks"))
    r.shuffle(entries)
    for f in entries[:r.randint(6, 11)]:
        f()
    d.add(f"# last rotated: see vault path secret/{svc}/prod (v{r.randint(2, 40)})")
    return d


@kind("k8s_secret_manifest")
def k_k8s(r):
    d = Doc()
    svc = pick(r, "payroll-connector", "hris-sync", "ats-webhooks", "claims-intake", "student-portal")
    ns = pick(r, "hr-prod", "people-platform", "claims", "sis-prod")
    d.line("apiVersion: v1")
    d.line("kind: Secret")
    d.line("metadata:")
    d.line(f"  name: {svc}-secrets")
    d.line(f"  namespace: {ns}")
    d.line("  labels:")
    d.line(f"    app.kubernetes.io/name: {svc}")
    d.line(f"    app.kubernetes.io/version: \"{version(r)}\"")
    d.line(f"  uid: {uuid4(r)}")
    d.line("type: Opaque")
    d.line("data:")
    items = [("DB_PASSWORD", PWD, lambda: password(r)), ("SMTP_PASSWORD", PWD, lambda: password(r)),
             ("ADP_CLIENT_SECRET", SECRET, lambda: generic_secret(r)), ("API_TOKEN", SECRET, lambda: generic_secret(r)),
             ("WEBHOOK_SIGNING_SECRET", SECRET, lambda: "whsec_" + rstr(r, 32)),
             ("AWS_SECRET_ACCESS_KEY", SECRET, lambda: aws_secret(r)),
             ("SFTP_PASSPHRASE", PWD, lambda: password(r)), ("LDAP_BIND_PASSWORD", PWD, lambda: password(r))]
    r.shuffle(items)
    for k, typ, f in items[:r.randint(3, 6)]:
        d.line(f"  {k}: ", (typ, b64(f())))
    d.line("---")
    d.line("apiVersion: v1")
    d.line("kind: ConfigMap")
    d.line("metadata:")
    d.line(f"  name: {svc}-config")
    d.line(f"  namespace: {ns}")
    d.line("data:")
    d.line(f"  LOG_LEVEL: {pick(r, 'info', 'debug')}")
    d.line(f"  PAYROLL_CUTOFF_DAY: \"{r.randint(1, 28)}\"")
    d.line(f"  BATCH_SIZE: \"{r.choice([100, 250, 500])}\"")
    d.add(f"  TZ: {r.choice(TZIDS)}")
    return d


@kind("ci_workflow_leak")
def k_ci(r):
    d = Doc()
    job = pick(r, "ats-sync", "payroll-export", "sis-nightly", "claims-etl")
    d.line(f"name: {job}")
    d.line("on:")
    d.line("  schedule:")
    d.line(f"    - cron: \"{r.randint(0, 59)} {r.randint(0, 23)} * * 1-5\"")
    d.line("  workflow_dispatch: {}")
    d.line("jobs:")
    d.line("  run:")
    d.line(f"    runs-on: {pick(r, 'ubuntu-22.04', 'ubuntu-latest', 'self-hosted')}")
    d.line("    env:")
    d.line(f"      API_BASE: ", (URL, f"https://api.{pick(r, 'vantora.com', 'harborlinemutual.com', 'northbridge.edu')}/v{r.randint(1, 3)}"))
    d.line("      GREENHOUSE_API_KEY: ${{ secrets.GREENHOUSE_API_KEY }}")
    d.line("      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}")
    leak = r.sample(["gh", "aws", "slack", "stripe", "generic", "pwd"], r.randint(1, 3))
    if "gh" in leak:
        d.line("      GH_TOKEN: ", (GH, gh_token(r)), "   # TODO move to secrets before merge")
    if "generic" in leak:
        d.line("      PAYCOR_API_KEY: ", (SECRET, generic_secret(r)))
    d.line("    steps:")
    d.line(f"      - uses: actions/checkout@{sha1(r)}  # v4.1.1")
    d.line("      - uses: actions/setup-python@v5")
    d.line("        with:")
    d.line(f"          python-version: \"3.{r.randint(10, 12)}\"")
    d.line("      - run: pip install -r requirements.txt")
    d.line("      - name: sync")
    d.line("        run: python -m sync --since \"${LAST_RUN}\" --dry-run=false")
    if "aws" in leak or "slack" in leak or "stripe" in leak or "pwd" in leak:
        d.line("        env:")
    if "aws" in leak:
        d.line("          AWS_ACCESS_KEY_ID: ", (AWSK, aws_key(r)))
        d.line("          AWS_SECRET_ACCESS_KEY: ", (AWSS, aws_secret(r)))
    if "slack" in leak:
        d.line("          SLACK_TOKEN: ", (SLACK, slack_token(r)))
    if "stripe" in leak:
        d.line("          STRIPE_KEY: ", (STRIPE, stripe_key(r)))
    if "pwd" in leak:
        pw = password(r).replace('"', "!")
        d.line("          SFTP_PASS: \"", (PWD, pw), "\"")
    d.line("      - name: notify")
    d.line("        if: failure()")
    d.add("        run: curl -X POST -d '{\"text\":\"" + job + " failed\"}' \"$SLACK_WEBHOOK_URL\"")
    return d


@kind("api_access_log")
def k_api_log(r):
    d = Doc()
    svc = pick(r, "claims-gw", "hris-api", "ats-gateway", "sis-api", "benefits-api")
    day = rdate(r)
    paths = ["/v2/fnol", "/v2/claims/CLM-{}".format(_digits(r, 8)), "/api/employees/{}".format(_digits(r, 5)),
             "/api/candidates?stage=onsite", "/v1/students/{}/transcript".format(_digits(r, 7)), "/v2/policies/search",
             "/oauth/token", "/healthz"]
    n = r.randint(6, 10)
    ts = [log_ts(r, day, "iso") for _ in range(n)]
    ts.sort()
    jwt_at = r.randrange(n)
    for k in range(n):
        lvl = pick(r, "INFO", "INFO", "INFO", "WARN", "DEBUG")
        host = ip(r)
        meth = pick(r, "GET", "GET", "POST", "PUT")
        path = r.choice(paths)
        st = pick(r, "200", "200", "201", "401", "403", "404", "500")
        d.add(ts[k], f" {lvl:<5} [{svc}] ")
        if k == jwt_at:
            d.line(f"DEBUG auth header for req_id={uuid4(r)[:13]}: Authorization: Bearer ", (JWT, jwt(r)))
            continue
        if r.random() < 0.15:
            d.line("retrying upstream call to ", (URL, f"https://{pick(r, 'api.workday.com', 'sandbox.greenhouse.io', 'api.guidewire.net')}/v1/sync"),
                   f" attempt={r.randint(1, 4)} backoff={r.choice([250, 500, 1000])}ms")
            continue
        if r.random() < 0.15:
            d.line("login failed user_email=", (EMAIL, email_for(r, person(r))), " src=", (IP, host),
                   f" reason={pick(r, 'bad_password', 'mfa_timeout', 'locked')}")
            continue
        if r.random() < 0.1:
            d.line(f"api key rejected key_id={pat(r, 'AAAA9999')} X-Api-Key=", (SECRET, generic_secret(r)), " src=", (IP, host))
            continue
        d.line((IP, host), f" - {meth} {path} {st} {r.randint(3, 900)}ms req_id={uuid4(r)[:13]} ua=\"{pick(r, 'okhttp/4.12.0', 'python-requests/2.31.0', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')}\"")
    d.add(f"-- {n} lines, build {version(r)}+{sha1(r)[:7]}")
    return d


@kind("sftp_key_ticket")
def k_sftp_ticket(r):
    d = Doc()
    emp, dom = co(r)
    plan = r.choice(HEALTH_PLANS)
    req = person(r)
    eng = person(r)
    d.line(f"{pat(r, 'INC9999999')} | {pick(r, 'Set up SFTP for carrier 834 feed', 'Vendor SFTP access - benefits file', 'Payroll file transfer to bank')}")
    d.line(f"Priority: {pick(r, 'P3', 'P2')}   State: {pick(r, 'In Progress', 'Resolved', 'Awaiting user')}   Assignment group: IT-Integrations")
    d.line()
    d.line("Comment by ", (PER, req.full), f" ({pick(r, 'Benefits Manager', 'Payroll Lead', 'HRIS Analyst')}):")
    d.line(f"{plan} needs our file by Friday. Their host is ", (IP, ipv4(r, False)),
           f" port 22, user {pick(r, 'vantora_834', 'emp_feed', 'hr_upload')}. Fallback password they gave us: ",
           (PWD, password(r)))
    d.line()
    d.line("Comment by ", (PER, eng.full), " (IT Integrations):")
    d.line("Generated a key pair for the service account. Private key below - please delete this comment after "
           "you have copied it into the vault.")
    d.line((PKEY, pem_key(r)))
    d.line()
    d.add(f"Fingerprint SHA256:{base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip('=')}  "
          f"(ed25519). Change {pat(r, 'CHG9999999')} scheduled.")
    return d


@kind("security_incident_report")
def k_incident(r):
    d = Doc()
    univ_or_emp = r.choice(EMPLOYERS + UNIVERSITIES)
    org, dom = univ_or_emp
    ir = f"IR-{r.randint(2023, 2025)}-{_digits(r, 3)}"
    d.line(f"{ir}: {pick(r, 'Credential stuffing against benefits portal', 'Payroll redirect phishing', 'Exposed ATS API key')}")
    d.line(f"Organization: {org} | Severity: {pick(r, 'SEV-2', 'SEV-3', 'High')} | TLP:AMBER")
    d.line()
    day = rdate(r)
    an = person(r)
    d.line("Summary")
    d.line("On ", (DT, fdatetime(r, day, *rtime(r, 0, 23, 1), "en", "long")),
           f", the SOC detected {r.randint(200, 9000)} failed logins from ", (IP, ipv4(r, False)), " and ",
           (IP, ipv6(r)), f" against the self-service portal. {r.randint(2, 9)} accounts were accessed, including ",
           (EMAIL, email_for(r, (v1 := person(r)), dom)), ".")
    d.line()
    d.line("Findings")
    d.line("- The attacker changed the direct deposit account of ", (PER, v1.full), " to account ",
           (ACCT, account_no(r)), f" (routing {routing(r)}); the change was reversed before payroll run {r.randint(10, 26)}.")
    if r.random() < 0.6:
        d.line("- A paste site listed the portal password ", (PWD, password(r)), " for user ",
               f"{ascii_fold(v1.first).lower()[0]}{ascii_fold(v1.last).lower()}", ".")
    if r.random() < 0.6:
        d.line("- A leaked integration key was found in a public repo commit ", sha1(r)[:12], ": ",
               (SECRET, generic_secret(r)), " (revoked).")
    d.line(f"- No evidence of data exfiltration; MFA enforcement gap affected {r.randint(1, 12)}% of users.")
    d.line()
    d.line("Timeline")
    d.line("- Detection: ", (DT, fdate(r, day, "en", "long")))
    d.line("- Containment completed: ", (DT, fdate(r, plus_days(day, r.randint(0, 2)), "en", "long")))
    d.line("- Notification to affected employees sent: ", (DT, fdate(r, plus_days(day, r.randint(3, 12)), "en", "long")))
    d.line()
    d.add("Analyst: ", (PER, an.full), " (", (EMAIL, work_email(an, dom, 0)), f"). Status: closed. CVE refs: none.")
    return d


# ============================== insurance ==================================
CLINICS = ["Concentra Urgent Care", "Lakeside Occupational Health", "WorkWell Clinic", "Summit Orthopedics",
           "Riverbend Physical Therapy", "St. Agnes Medical Center"]
INJURIES = [
    ("lifting a 60 lb box from a low pallet, felt a pop in the lower back", "Lower back", "Strain", "S39.012A"),
    ("slipped on a wet floor near the loading dock and twisted the left knee", "Left knee", "Sprain", "S83.511A"),
    ("laceration to the right hand from a box cutter while breaking down cartons", "Right hand", "Laceration", "S61.411A"),
    ("fell from the second step of a ladder while stocking shelves", "Right wrist", "Fracture", "S62.101A"),
    ("repetitive overhead work, gradual onset of right shoulder pain", "Right shoulder", "Tendinitis", "M75.101"),
    ("rear-ended while driving a company van on a delivery route", "Neck", "Whiplash", "S13.4XXA"),
    ("patient transfer without lift assist, sharp pain in mid back", "Mid back", "Strain", "S29.012A"),
]


@kind("wc_first_report")
def k_wc_froi(r):
    d = Doc()
    emp, dom = co(r)
    ins, idom = r.choice(INSURERS)
    p = person(r)
    a = address(r)
    doi = rdate(r)
    inj = r.choice(INJURIES)
    d.line(pick(r, "EMPLOYER'S FIRST REPORT OF WORK INJURY OR ILLNESS", "First Report of Injury (FROI)",
                "WORKERS' COMPENSATION - FIRST REPORT OF INJURY"))
    d.line(f"Carrier: {ins}   Policy: {pat(r, 'WC 99-999999-99')}   Claim #: {pat(r, 'WC99-999999')}   Jurisdiction: ",
           (LOC, a.region))
    d.line(rule(r))
    d.line("EMPLOYEE")
    kv(d, r, [("Name", nm(r, p, ("last_first_mid", "full_mid", "full"))), ("SSN", (SSN, ssn(r))),
              ("Date of birth", (DOB, fdate(r, rdob(r, 19, 64), "num"))), ("Sex", "F" if p.female else "M"),
              ("Home address", (ADDR, a.oneline())), ("Phone", (PHONE, phone(r))),
              ("Occupation", pick(r, *JOBS)), ("Date hired", (DT, fdate(r, rdate(r, 2012, 2023), "num"))),
              ("Average weekly wage", money(r, 500, 1900))], indent="  ")
    d.line()
    d.line("EMPLOYER")
    c = person(r)
    kv(d, r, [("Name", emp), ("FEIN", f"{_digits(r, 2)}-{_digits(r, 7)}"), ("Location address", (ADDR, address(r).oneline())),
              ("Contact", (PER, c.full)), ("Contact phone", (PHONE, phone(r, "en", "land")))], indent="  ")
    d.line()
    d.line("INJURY")
    h, m = rtime(r, 5, 22, 1)
    kv(d, r, [("Date of injury", (DT, fdate(r, doi, "num"))), ("Time of injury", (DT, ftime(r, h, m))),
              ("Date employer notified", (DT, fdate(r, plus_days(doi, r.randint(0, 3)), "num"))),
              ("Last day worked", (DT, fdate(r, doi, "num"))),
              ("Where did it occur", pick(r, "On employer premises - ", "Off premises - customer site - ") +
               pick(r, "loading dock 3", "aisle 14", "patient room 412", "parking lot")),
              ("City of occurrence", (LOC, address(r).city)),
              ("Part of body", inj[1]), ("Nature", inj[2]), ("ICD-10", inj[3])], indent="  ")
    d.line("  How did the injury occur: Employee was ", inj[0], ".")
    d.line()
    dr = person(r)
    d.line("TREATMENT")
    d.line("  Treating physician: ", pick(r, "Dr. ", ""), (PER, dr.full), ", ", pick(r, *CLINICS))
    d.line("  Facility address: ", (ADDR, address(r).oneline()), "  Tel ", (PHONE, phone(r, "en", "land")))
    d.line(f"  Hospitalized overnight: {pick(r, 'No', 'No', 'Yes')}   Treated in ER: {pick(r, 'No', 'Yes')}   NPI {npi(r)}")
    d.line()
    prep = person(r)
    d.add("Prepared by ", (PER, prep.full), f", {pick(r, 'Safety Manager', 'HR Generalist', 'Site Supervisor')}, ",
          (PHONE, phone(r, "en", "land")), ", on ", (DT, fdate(r, plus_days(doi, r.randint(0, 4)), "num")), ".")
    return d


@kind("wc_clinic_note")
def k_wc_note(r):
    d = Doc()
    clinic = r.choice(CLINICS)
    p = person(r)
    dob = rdob(r, 20, 62)
    doi = rdate(r)
    visit = plus_days(doi, r.randint(1, 20))
    inj = r.choice(INJURIES)
    dr = person(r)
    emp, _ = co(r)
    d.line(f"{clinic} - Occupational Medicine Progress Note")
    kv(d, r, [("Patient", nm(r, p, ("last_first", "full"))), ("MRN", (MRN, mrn(r))), ("DOB", (DOB, fdate(r, dob, "num"))),
              ("Employer", emp), ("WC claim", pat(r, "WC99-999999")), ("DOI", (DT, fdate(r, doi, "num"))),
              ("Visit date", (DT, fdate(r, visit, "num")))], style=pick(r, "colon", "pad"))
    d.line()
    age = visit.year - dob.year
    d.line("S: ", f"{age} y/o {'F' if p.female else 'M'} {pick(r, *JOBS).lower()} presents for follow-up after ",
           inj[0], f". Pain {r.randint(2, 8)}/10, {pick(r, 'improving', 'unchanged', 'worse with activity')}. Taking ",
           r.choice(DRUGS), f" {pick(r, 'BID', 'TID', 'PRN')}. Denies numbness.")
    d.line(f"O: BP {r.randint(108, 148)}/{r.randint(64, 94)}, HR {r.randint(58, 98)}. {inj[1]}: tenderness, ROM "
           f"{r.randint(50, 90)}% of normal, {pick(r, 'no effusion', 'mild swelling', 'negative Lachman')}.")
    d.line(f"A: {inj[2]} of {inj[1].lower()} ({inj[3]}), work related. Post-accident UDS {pick(r, 'negative', 'negative', 'pending')} "
           f"(LOINC {pick(r, '19659-2', '3397-7', '70155-7')}).")
    fu = plus_days(visit, r.randint(7, 21))
    d.line(f"P: PT 2x/week x 4 weeks (CPT {r.choice(CPT)}, {r.choice(CPT)}). Modified duty: no lifting > "
           f"{r.choice([10, 15, 20, 25])} lb until ", (DT, fdate(r, fu, "num")), ". Follow-up ",
           (DT, fdatetime(r, fu, *rtime(r, 8, 16, 15), "en", "num")), ".")
    d.line()
    d.line(pick(r, "Electronically signed by ", "Signed: "), (PER, dr.full), pick(r, ", MD", ", DO", ", PA-C"),
           f"  NPI {npi(r)}")
    d.add("Work status report faxed to employer at ", (PHONE, phone(r, "en", "land")), " and to adjuster.")
    return d


@kind("wc_hl7_adt")
def k_hl7(r):
    d = Doc()
    p = person(r)
    a = address(r)
    sd = rdate(r)
    nl = r.choice(["\n", "\r\n", "\n"])
    ts = hl7_ts(r, sd)
    fac = pick(r, "OCCMED", "WORKWELL", "LKSHORE")
    seg = lambda *items: d.add(*items, nl)
    seg(f"MSH|^~\\&|{fac}|CLINIC{r.randint(1, 9):02d}|CLAIMSGW|{pick(r, 'HARBORLINE', 'KEYSTONE', 'SUMMITRIDGE')}|{ts}||"
        f"ADT^{pick(r, 'A04', 'A08')}|MSG{_digits(r, 8)}|P|2.5.1")
    seg(f"EVN|A04|{ts}")
    nm7 = f"{ascii_fold(p.last).upper()}^{ascii_fold(p.first).upper()}" + (f"^{p.mid}" if p.mid else "")
    xad = f"{a.line1.upper()}^{(a.unit or '').upper()}^{a.city.upper()}^{a.region}^{a.postcode}^USA"
    pdob = rdob(r, 19, 64)
    ph = phone(r)
    seg("PID|1||", (MRN, mrn(r)), f"^^^{fac}^MR||", (PER, nm7), "||", (DOB, d8(pdob)),
        f"|{'F' if p.female else 'M'}|||", (ADDR, xad), "||", (PHONE, ph), "|||||||", (SSN, ssn(r, "dash")))
    dr = person(r)
    seg(f"PV1|1|O|{fac}^EXAM{r.randint(1, 9)}^01||||{npi(r)}^", (PER, f"{ascii_fold(dr.last).upper()}^{ascii_fold(dr.first).upper()}"),
        f"^^^MD|||||||||||{_digits(r, 9)}|WC")
    inj = r.choice(INJURIES)
    doi = plus_days(sd, -r.randint(0, 10))
    seg("ACC|", (DT, d8(doi) + f"{r.randint(6, 21):02d}{r.choice([0, 15, 30, 45]):02d}"), f"|{pick(r, 'WK', 'AA')}|",
        " ".join(inj[0].split(",")[0].upper()[:44].split(" ")[:-1]))
    seg(f"DG1|1||{inj[3]}^{inj[2].upper()} OF {inj[1].upper()}^I10|||W")
    ins, _ = r.choice(INSURERS)
    empname = co(r)[0].upper().replace(".", "").replace(",", "")
    seg(f"IN1|1|WC01|{pat(r, 'AAAA99')}|{ins.upper()}|||||||||||{empname}|{pick(r, '18', '99')}|"
        f"||||||||||||||||||{pat(r, 'WC99-999999')}")
    if r.random() < 0.6:
        plan = r.choice(HEALTH_PLANS)
        seg(f"IN1|2|PPO|{pat(r, 'AAAA99')}|{plan.upper()}|||{pat(r, '999999')}||||||||", (PER, nm7), "|01|",
            (DOB, d8(pdob)), "||||||||||||||||||", (HPN, health_plan_no(r)))
    return d


@kind("wc_fhir_bundle")
def k_fhir(r):
    d = Doc()
    p = person(r)
    a = address(r)
    pid = uuid4(r)
    plan = r.choice(HEALTH_PLANS)
    enc = rdate(r)
    h, m = rtime(r, 7, 18, 15)
    patient = {"resourceType": "Patient", "id": pid,
               "meta": {"lastUpdated": f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
                        "versionId": str(r.randint(1, 9))},
               "identifier": [{"type": {"text": "MRN"}, "system": f"urn:oid:2.16.840.1.113883.3.{r.randint(100, 9999)}",
                               "value": (MRN, mrn(r))}],
               "name": [{"use": "official", "family": (PER, p.last), "given": [(PER, p.first)]}],
               "telecom": [{"system": "phone", "value": (PHONE, phone(r)), "use": "mobile"},
                           {"system": "email", "value": (EMAIL, email_for(r, p))}],
               "gender": "female" if p.female else "male",
               "birthDate": (DOB, rdob(r, 19, 64).isoformat()),
               "address": [{"use": "home", "line": [(ADDR, a.street)], "city": (LOC, a.city),
                            "state": (LOC, a.region), "postalCode": a.postcode, "country": "US"}]}
    coverage = {"resourceType": "Coverage", "id": uuid4(r), "status": "active",
                "subscriberId": (HPN, health_plan_no(r)),
                "beneficiary": {"reference": f"Patient/{pid}"},
                "period": {"start": (DT, rdate(r, 2023, 2024).isoformat())},
                "payor": [{"display": plan}],
                "class": [{"type": {"text": "group"}, "value": pat(r, "999999")}]}
    encounter = {"resourceType": "Encounter", "id": uuid4(r), "status": "finished",
                 "class": {"code": "AMB"},
                 "period": {"start": (DT, f"{enc.isoformat()}T{h:02d}:{m:02d}:00-05:00")},
                 "reasonCode": [{"coding": [{"system": "urn:oid:2.16.840.1.113883.6.90",
                                             "code": r.choice(ICD10)}]}]}
    entries = [patient, coverage] + ([encounter] if r.random() < 0.5 else [])
    bundle = {"resourceType": "Bundle", "id": uuid4(r), "type": "collection",
              "meta": {"lastUpdated": f"{rdate(r).isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"},
              "entry": [{"fullUrl": f"urn:uuid:{e['id']}", "resource": e} for e in entries]}
    jdump(d, bundle, indent=1)
    return d


VEHICLES = _w("2019 Honda CR-V EX,2021 Toyota Camry SE,2017 Ford F-150 XLT,2022 Tesla Model 3,2016 Subaru Outback,"
              "2020 Chevrolet Equinox LT,2018 Nissan Altima S,2023 Hyundai Tucson,2015 Jeep Wrangler,2020 Kia Soul")
ROADS = _w("I-94 eastbound near exit 231,US-30 westbound at mile marker 112,the Walmart parking lot,"
           "a four-way stop downtown,State Hwy 71 near the county line,the on-ramp to I-5 north,"
           "the drive-through lane of a coffee shop")


@kind("auto_fnol")
def k_auto_fnol(r):
    d = Doc()
    ins, idom = r.choice(INSURERS)
    p = person(r)
    a = address(r)
    loss = rdate(r)
    h, m = rtime(r, 0, 23, 1)
    d.line(f"{ins} - FIRST NOTICE OF LOSS (AUTO)")
    d.line(f"Claim {pat(r, 'CLM-9999999999')}   Policy {pat(r, pick(r, 'PA-9999999', 'AUT 999 9999 99'))}   Reported via "
           f"{pick(r, 'mobile app', 'phone', 'agent', 'web')}")
    d.line("Reported: ", (DT, fdatetime(r, plus_days(loss, r.randint(0, 2)), *rtime(r, 7, 21, 1), "en", "num")))
    d.line(rule(r))
    kv(d, r, [("Named insured", nm(r, p)), ("Mailing address", (ADDR, a.oneline())),
              ("Phone", (PHONE, phone(r))), ("Email", (EMAIL, email_for(r, p)))], style=pick(r, "pad", "colon"))
    d.line()
    d.line("LOSS")
    city, st = city_of(r, "en")
    kv(d, r, [("Date/time of loss", (DT, fdatetime(r, loss, h, m, "en", "num"))),
              ("Location", [r.choice(ROADS), ", ", (LOC, f"{city}, {st}")]),
              ("Weather/road", pick(r, "clear / dry", "rain / wet", "snow / icy", "dark - lighted")),
              ("Police", f"{pick(r, 'State Patrol', 'City PD', 'Sheriff')} report #{pat(r, '99-999999')}")], indent="  ")
    d.line()
    drv = p if r.random() < 0.7 else relative(r, p)
    st_, dln = us_dl(r, a.region)
    d.line("INSURED VEHICLE / DRIVER")
    d.line(f"  {r.choice(VEHICLES)}  VIN {vin(r)}  Plate {plate(r)} (", (LOC, a.region), ")")
    d.line("  Driver: ", (PER, drv.full), "  DL# ", (DL, dln), " (", (LOC, st_), ")  DOB ", (DOB, fdate(r, rdob(r, 16, 80), "num")))
    d.line()
    op = person(r)
    oins = r.choice(["State Farm", "GEICO", "Progressive", "Allstate", "Liberty Mutual", "uninsured"])
    d.line("OTHER PARTY")
    d.line("  ", (PER, op.full), "  ", (PHONE, phone(r)), f"  carrier: {oins}" +
           (f" policy {pat(r, '9999999999')}" if oins != "uninsured" else ""))
    d.line(f"  {r.choice(VEHICLES)}  plate {plate(r)}")
    d.line()
    d.line("DESCRIPTION")
    d.line("  ", pick(r, "Insured states", "Per insured,", "Caller reports"), " ",
           pick(r, "she", "he", "they"), " was ", pick(r, "stopped at a red light and was rear-ended",
                                                     "changing lanes when the other vehicle merged into the passenger side",
                                                     "backing out of a parking space and struck a pole",
                                                     "hit by a deer"),
           f". Airbags {pick(r, 'did not', 'did')} deploy. Injuries: {pick(r, 'none reported', 'passenger complained of neck pain', 'driver to urgent care')}.")
    adj = person(r)
    d.line()
    d.add("Assigned adjuster: ", (PER, adj.full), " ", (PHONE, phone(r, "en", "tollfree")), f" ext. {_digits(r, 4)} - ",
          (EMAIL, work_email(adj, idom, r.randrange(4))))
    return d


@kind("home_fnol")
def k_home_fnol(r):
    d = Doc()
    ins, idom = r.choice(INSURERS)
    p = person(r)
    prop = address(r)
    loss = rdate(r)
    cause = r.choice([("Water damage", "supply line to the upstairs washing machine burst", "kitchen ceiling and hardwood floor"),
                      ("Wind/hail", "hail storm damaged roof shingles and gutters", "roof, gutters, two skylights"),
                      ("Fire", "grease fire on the stove spread to cabinets", "kitchen, smoke damage throughout"),
                      ("Theft", "garage was broken into overnight", "two bicycles, power tools, a generator"),
                      ("Fallen tree", "oak tree fell during a storm", "back deck and fence")])
    d.line(f"{ins} | Homeowners Claim Intake")
    d.line(f"Claim no. {pat(r, 'HO-99-9999999')}  |  Policy {pat(r, 'HO3-9999999')}  |  Deductible {money(r, 500, 2500, cents=False)}")
    d.line()
    kv(d, r, [("Policyholder", nm(r, p)),
              ("Co-insured", maybe(r, 0.5, (PER, relative(r, p).full))),
              ("Property address", (ADDR, prop.oneline())),
              ("Best phone", (PHONE, phone(r))), ("Email", (EMAIL, email_for(r, p))),
              ("Date of loss", (DT, fdate(r, loss, "en", pick(r, "num", "long")))),
              ("Cause of loss", cause[0])])
    d.line()
    d.line("What happened: ", cause[1].capitalize(), ". Damaged areas: ", cause[2], ".")
    d.line(f"Home occupied: {pick(r, 'yes', 'yes', 'no - vacation')}. Pets in home: {pick(r, 'dog', 'cat', 'none')}" +
           (f" ({r.choice(PETS)})" if r.random() < 0.5 else "") + ".")
    if cause[0] in ("Water damage", "Fire", "Fallen tree"):
        d.line(f"Mitigation: {pick(r, 'ServPro', 'BluSky Restoration', 'Rapid Dry-Out LLC')} on site ",
               (DT, fdatetime(r, plus_days(loss, r.randint(0, 2)), *rtime(r, 7, 20, 30), "en")),
               ", job #", pat(r, "99999"), ", phone ", (PHONE, phone(r, "en", "land")), ".")
    if r.random() < 0.6:
        d.line("Mortgagee: ", pick(r, "First Lakeshore Bank", "Granite Home Loans", "Pacific Harbor Bank"),
               " ISAOA, loan number ", (ACCT, account_no(r, "loan")))
    d.line()
    d.add("Inspection scheduled: ", (DT, fdatetime(r, plus_days(loss, r.randint(2, 9)), *rtime(r, 8, 16, 30), "en", "long",
                                                  weekday=r.random() < 0.5)),
          " with field adjuster ", (PER, person(r).full), ". Upload photos at ",
          (URL, url(r, f"claims.{idom}", ["/upload", "/claim/photos", "/fnol/documents"], f"c={pat(r, 'XXXXXXXX')}")), ".")
    return d


@kind("adjuster_diary")
def k_adjuster(r):
    d = Doc()
    ins, idom = r.choice(INSURERS)
    p = person(r)
    cl = person(r)
    atty = person(r)
    loss = rdate(r)
    d.line(f"Claim {pat(r, 'CLM-9999999999')} - Adjuster diary - insured ", (PER, p.last_first.upper()))
    d.line(f"LOB: {pick(r, 'Auto BI/PD', 'Homeowners', 'Commercial GL')}  Reserve status: open  Examiner: {pat(r, 'AA99')}")
    d.line()
    t = [r.randint(8, 9), r.randint(0, 59)]

    def stamp():
        t[1] += r.randint(7, 90)
        t[0] += t[1] // 60
        t[1] %= 60
        return f"{t[0]:02d}:{t[1]:02d}  "
    d.line(stamp(), "Rec'd FNOL from agent. Insured ", (PER, p.full), " reports loss on ",
           (DT, fdate(r, loss, "en", "num")), "; time of loss approx. ", (DT, ftime(r, *rtime(r, 6, 22, 5))), ".")
    d.line(stamp(), "LM for insured at ", (PHONE, phone(r)), " re: recorded statement.")
    d.line(stamp(), "Spoke w/ claimant ", (PER, cl.full), pick(r, " (other driver).", " (neighbor).", " (passenger)."),
           " Has counsel: ", (PER, atty.full), ", Esq., ", (PHONE, phone(r, "en", "land")), ". LOR to follow.")
    ap = person(r)
    d.line(stamp(), f"Reviewed photos; est. {money(r, 1500, 18000, cents=False)} repair. Appraiser ", (PER, ap.full),
           " to inspect at ", (ADDR, address(r).oneline()), " on ",
           (DT, fdatetime(r, plus_days(loss, r.randint(2, 8)), *rtime(r, 8, 16, 30), "en", "num")), ".")
    d.line(stamp(), f"Set reserve BI {money(r, 5000, 50000, cents=False)} / PD {money(r, 1000, 20000, cents=False)}. "
           f"Diary {r.choice([7, 10, 14])} days.")
    if r.random() < 0.6:
        d.line(stamp(), "Insured called back; confirms ", (PER, p.first), "'s ", pick(r, "daughter", "son", "spouse"),
               " was driving with permission. Will email police report to ",
               (EMAIL, work_email(person(r), idom, 1)), ".")
    d.add(f"-- end of entries ({pick(r, 'auto-saved', 'synced from mobile')}) --")
    return d


@kind("pension_statement")
def k_pension(r):
    d = Doc()
    fund = pick(r, "Ardent Retirement Trust", "Keel Pension Fund", "Hearthstone 401(k) Plan", "Granite Trades Pension Plan")
    p = person(r)
    dob = rdob(r, 30, 64)
    asof = dt.date(r.randint(2023, 2025), 12, 31) if r.random() < 0.6 else rdate(r)
    d.line(f"{fund}")
    d.line(f"Annual Benefit Statement as of ", (DT, fdate(r, asof, "en", pick(r, "long", "num"))))
    d.line()
    d.line((PER, p.full_mid.upper() if r.random() < 0.4 else p.full_mid))
    d.line((ADDR, address(r).block(r)))
    d.line()
    nrd = dt.date(dob.year + 65, dob.month, 1)
    kv(d, r, [("Participant account", (ACCT, account_no(r, "pension"))), ("Date of birth", (DOB, fdate(r, dob, "num"))),
              ("Normal retirement date", (DT, fdate(r, nrd, "num"))), ("Employer", co(r)[0]),
              ("Vesting", f"{r.choice([20, 40, 60, 80, 100])}% ({r.randint(2, 30)} years of service)")],
       style=pick(r, "pad", "dots"))
    d.line()
    bal0 = r.uniform(5000, 400000)
    ee, er = r.uniform(1000, 23000), r.uniform(500, 9000)
    gain = bal0 * r.uniform(-0.08, 0.18)
    d.line(f"{'Beginning balance':<32}{bal0:>14,.2f}")
    d.line(f"{'Your contributions':<32}{ee:>14,.2f}")
    d.line(f"{'Employer contributions':<32}{er:>14,.2f}")
    d.line(f"{'Investment gain/(loss)':<32}{gain:>14,.2f}")
    d.line(f"{'Fees':<32}{-r.uniform(20, 400):>14,.2f}")
    d.line(f"{'Ending balance':<32}{bal0 + ee + er + gain:>14,.2f}")
    d.line()
    d.line(f"Estimated monthly income at 65: ${r.randint(300, 4800):,} (assumes 5% annual return; not a guarantee).")
    b = relative(r, p, same_last=r.random() < 0.8)
    d.line("Beneficiary on file: ", (PER, b.full), f" ({pick(r, 'spouse', 'child', 'sibling')}, 100%)")
    d.line()
    d.add("View your account at ", (URL, url(r, f"www.{ascii_fold(fund.split()[0]).lower()}retirement.com", ["/login", "/participant/statements"])),
          " or call ", (PHONE, phone(r, "en", "tollfree")), f". Statement ID {pat(r, '9999999999')}.")
    return d


@kind("std_disability_claim")
def k_std(r):
    d = Doc()
    ins, idom = r.choice(INSURERS)
    emp, dom = co(r)
    p = person(r)
    dr = person(r)
    lw = rdate(r)
    d.line(f"{ins} - Short Term Disability Claim")
    d.line(f"Group policy {pat(r, 'STD-999999')} ({emp})   Claim {pat(r, 'D99999999')}")
    d.line()
    d.line("PART A - EMPLOYEE STATEMENT")
    kv(d, r, [("Name", nm(r, p)), ("Date of birth", (DOB, fdate(r, rdob(r, 20, 64), "num"))),
              ("Address", (ADDR, address(r).oneline())), ("Phone", (PHONE, phone(r))),
              ("Last day worked", (DT, fdate(r, lw, "num"))),
              ("Primary medical insurance", f"{r.choice(HEALTH_PLANS)}"), ("Member ID", (HPN, health_plan_no(r)))],
       indent="  ")
    d.line()
    d.line("PART B - ATTENDING PHYSICIAN STATEMENT")
    ret = plus_days(lw, r.randint(14, 84))
    kv(d, r, [("Patient", (PER, p.full)), ("Patient MRN", (MRN, mrn(r))),
              ("Diagnosis", f"{pick(r, 'Lumbar disc herniation', 'Post-op knee arthroscopy', 'Pregnancy - C-section recovery', 'Major depressive episode')} ({r.choice(ICD10)})"),
              ("Date disability began", (DT, fdate(r, plus_days(lw, 1), "num"))),
              ("Expected return to work", (DT, fdate(r, ret, "num"))),
              ("Physician", [pick(r, "Dr. ", ""), (PER, dr.full)]), ("NPI", npi(r)),
              ("Phone", (PHONE, phone(r, "en", "land"))), ("Fax", (PHONE, phone(r, "en", "land")))], indent="  ")
    d.line()
    d.add("Benefits: 60% of weekly earnings up to $1,500 after a 7-day elimination period. Send records to ",
          (EMAIL, f"std-claims@{idom}"), ".")
    return d


@kind("fnol_call_transcript")
def k_transcript(r):
    d = Doc()
    ins, idom = r.choice(INSURERS)
    p = person(r)
    ag = person(r)
    loss = rdate(r)
    dob = rdob(r, 18, 80)
    d.line(f"{ins} Claims Contact Center - call transcript (auto-generated)")
    d.line(f"Call ID {uuid4(r)} | Queue AUTO-FNOL | Agent ID {pat(r, 'AG9999')} | Duration 00:{r.randint(4, 12):02d}:{r.randint(0, 59):02d}")
    d.line()
    sec = [r.randint(1, 5)]

    def ts():
        sec[0] += r.randint(3, 25)
        return f"[00:{sec[0] // 60:02d}:{sec[0] % 60:02d}] "
    d.line(ts(), "AGENT: Thank you for calling, this is ", (PER, ag.first), ". Can I have your policy number?")
    d.line(ts(), f"CALLER: Yeah, it's {pat(r, 'PA-9999999')}.")
    d.line(ts(), "AGENT: Thank you. And who am I speaking with?")
    d.line(ts(), "CALLER: ", (PER, p.full), ".")
    d.line(ts(), "AGENT: Can you verify your date of birth for me?")
    ds = f"{MONTHS['en'][dob.month - 1]} {dob.day}{'th' if 4 <= dob.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(dob.day % 10, 'th')}, {dob.year}"
    d.line(ts(), "CALLER: ", (DOB, ds), ".")
    d.line(ts(), "AGENT: When did the accident happen?")
    d.line(ts(), "CALLER: It was ", (DT, fdate(r, loss, "en", "long", weekday=r.random() < 0.3)), ". ",
           pick(r, "Around ", "About ", "Roughly "), (DT, ftime(r, *rtime(r, 6, 21, 5), "en", pick(r, "12", "12s"))),
           pick(r, " I think.", ", give or take.", "."))
    d.line(ts(), "AGENT: And where did it happen?")
    d.line(ts(), "CALLER: At ", r.choice(ROADS), " in ", (LOC, city_of(r, "en")[0]), ".")
    d.line(ts(), "AGENT: Was anyone hurt? Do you have the other driver's information?")
    op = person(r)
    d.line(ts(), "CALLER: Nobody was hurt. The other driver was ", (PER, op.full), ", phone number ", (PHONE, phone(r)), ".")
    d.line(ts(), "AGENT: What's the best number to reach you?")
    d.line(ts(), "CALLER: My cell, ", (PHONE, phone(r, "en", "mobile")), ".")
    d.line(ts(), f"AGENT: Okay, your claim number is {pat(r, 'CLM-9999999999')}. An adjuster will call you within one business day.")
    d.add(f"[end of transcript - confidence 0.{r.randint(71, 98)}]")
    return d


@kind("claim_payment_notice")
def k_payment(r):
    d = Doc()
    ins, idom = r.choice(INSURERS)
    p = person(r)
    letterhead(d, r, ins, idom)
    d.line()
    pd = rdate(r)
    d.line((DT, fdate(r, pd, "en", "long")))
    d.line()
    d.line((PER, p.full))
    d.line((ADDR, address(r).block(r)))
    d.line()
    d.line(f"Claim number: {pat(r, 'CLM-9999999999')}   Date of loss: ", (DT, fdate(r, plus_days(pd, -r.randint(10, 60)), "num")))
    d.line()
    gross = r.uniform(900, 26000)
    ded = r.choice([250, 500, 1000, 2500])
    amt = f"${gross - ded:,.2f}"
    d.line("Dear ", person_ref(r, p), ",")
    d.line()
    if r.random() < 0.6:
        d.line(f"We have issued a payment of {amt} for your {pick(r, 'vehicle repairs', 'dwelling damage', 'personal property', 'rental reimbursement')} "
               "by direct deposit to account number ", (ACCT, account_no(r)), f" at {pick(r, 'First Lakeshore Bank', 'Chase', 'Navy Federal Credit Union')}. "
               f"Funds should arrive within 2-3 business days (trace {digits_nonluhn(r, 15)}).")
    else:
        d.line(f"Enclosed is check #{_digits(r, 7)} for {amt}, payable to ", (PER, p.full), " and ",
               pick(r, "Granite Home Loans", "First Lakeshore Bank", "Quality Collision Center Inc."),
               ". Both payees must endorse the check.")
    d.line()
    d.line(f"Payment summary: gross ${gross:,.2f} less deductible ${ded:,} less prior payments $0.00 = {amt}.")
    d.line()
    adj = person(r)
    d.add("Questions? Contact ", (PER, adj.full), " at ", (PHONE, phone(r, "en", "land")), " or ",
          (EMAIL, work_email(adj, idom, r.randrange(4))), ".")
    return d


@kind("premium_card_authorization")
def k_premium_card(r):
    d = Doc()
    ins, idom = r.choice(INSURERS)
    p = person(r)
    d.line(f"{ins} - {pick(r, 'Recurring Premium Payment Authorization', 'CARD PAYMENT AUTHORIZATION (EFT/CARD)', 'Autopay enrollment - credit/debit card')}")
    d.line(f"Policy {pat(r, pick(r, 'PA-9999999', 'HO3-9999999', 'AUT 999 9999 99'))}   Billing account {pat(r, 'BA-99999999')}")
    d.line(rule(r))
    brand, pan = card(r)
    exp = dt.date(r.randint(2025, 2031), r.randint(1, 12), 1)
    a = address(r)
    holder = p if r.random() < 0.7 else relative(r, p)
    kv(d, r, [("Policyholder", nm(r, p)), ("Cardholder name", (PER, holder.full.upper() if r.random() < 0.5 else holder.full)),
              ("Card type", brand), ("Card number", (CC, fmt_card(r, pan))),
              ("Expiration (MM/YYYY)", (DT, f"{exp.month:02d}/{exp.year}")),
              ("Billing address", (ADDR, a.oneline())), ("Daytime phone", (PHONE, phone(r))),
              ("Email for receipts", (EMAIL, email_for(r, holder)))])
    d.line()
    first = rdate(r)
    d.line(f"Draft {pick(r, 'monthly', 'quarterly', 'the full annual premium')} of {money(r, 60, 900)} starting ",
           (DT, fdate(r, first, "en", "num")), f" (installment fee {money(r, 2, 8)}; paid-in-full discount not applied).")
    d.line()
    d.line("I authorize the company to charge the card above for premiums when due. This authorization remains "
           "in effect until I cancel it in writing at least 10 days before the next draft.")
    d.line("Signature: ", (PER, holder.full), "   Date: ", (DT, fdate(r, plus_days(first, -r.randint(2, 14)), "en", "num")))
    d.add(f"Office use: entered {pat(r, 'AA')}; masked copy retained ****{pan[-4:]}; shred original. Form PAY-{r.randint(10, 99)} v{r.randint(1, 6)}")
    return d


@kind("tuition_payment_webhook_debug")
def k_stripe_debug(r):
    d = Doc()
    univ, dom = r.choice(UNIVERSITIES)
    d.line(f"# bursar-payments: debugging failed webhook (ticket {pat(r, 'BUR-9999')})")
    d.line(f"# config dumped from pod bursar-payments-{hexs(r, 10)}-{rstr(r, 5).lower()}")
    d.add("STRIPE_API_KEY=", (STRIPE, stripe_key(r)), "\n")
    d.add("STRIPE_WEBHOOK_SECRET=", (SECRET, "whsec_" + rstr(r, 32)), "\n")
    d.add("PORTAL_BASE_URL=", (URL, f"https://pay.{dom}"), "\n\n")
    d.line("# last event received:")
    st = person(r)
    payer = relative(r, st)
    evt = {"id": "evt_" + rstr(r, 24), "type": pick(r, "payment_intent.payment_failed", "charge.succeeded", "charge.refunded"),
           "api_version": "2023-10-16", "created": r.randint(1_690_000_000, 1_740_000_000), "livemode": True,
           "data": {"object": {"id": "pi_" + rstr(r, 24), "amount": r.randint(50000, 900000), "currency": "usd",
                               "description": f"Tuition installment {r.randint(1, 5)} - student {pat(r, 'N99999999')}",
                               "receipt_email": (EMAIL, email_for(r, payer)),
                               "billing_details": {"name": (PER, payer.full), "phone": (PHONE, phone(r)),
                                                   "address": {"line1": (ADDR, (a := address(r)).street), "city": (LOC, a.city),
                                                               "state": (LOC, a.region), "postal_code": a.postcode,
                                                               "country": "US"}},
                               "payment_method_details": {"card": {"brand": pick(r, "visa", "mastercard", "amex"),
                                                                   "last4": _digits(r, 4), "exp_month": r.randint(1, 12),
                                                                   "exp_year": r.randint(2025, 2031), "fingerprint": rstr(r, 16)}},
                               "metadata": {"term": pick(r, "2025FA", "2026SP"), "plan_id": pat(r, "PLN-9999")}}}}
    jdump(d, evt, indent=2)
    d.add(f"\n# signature header t={r.randint(1_690_000_000, 1_740_000_000)},v1={sha256(r)} did not verify")
    return d


@kind("hr_portal_support_chat")
def k_support_chat(r):
    d = Doc()
    emp, dom = co(r)
    u = person(r)
    ag = person(r)
    d.line(f"{pick(r, 'HR Service Center', 'IT Help Desk', 'People Support')} - chat transcript {pat(r, 'CHAT-9999999')}")
    d.line(f"Channel: web widget | Queue: {pick(r, 'Payroll & Benefits', 'Account Access', 'Onboarding')} | CSAT: {r.randint(1, 5)}/5")
    d.line()
    t = [r.randint(8, 16), r.randint(0, 50)]

    def ts():
        t[1] += r.randint(0, 3)
        t[0] += t[1] // 60
        t[1] %= 60
        return f"{t[0]:02d}:{t[1]:02d} "
    un = f"{ascii_fold(u.first).lower()[0]}{ascii_fold(u.last).lower()}{r.randint(1, 99)}"
    d.line(ts(), (PER, ag.first), ": Hi, thanks for contacting us. How can I help today?")
    d.line(ts(), (PER, u.first), ": hi, I can't log into the benefits portal, it says my account is locked. username is ",
           un)
    d.line(ts(), (PER, ag.first), ": I can help with that. Can you confirm your work email and the last 4 of your SSN?")
    d.line(ts(), (PER, u.first), ": ", (EMAIL, work_email(u, dom, r.randrange(4))), f" and {_digits(r, 4)}")
    if r.random() < 0.6:
        d.line(ts(), (PER, u.first), ": I tried my usual password ", (PWD, password(r)), " like 5 times lol")
        d.line(ts(), (PER, ag.first), ": Please never share your password in chat - I've flagged this message for deletion.")
    d.line(ts(), (PER, ag.first), ": I've unlocked the account and set a temporary password: ", (PWD, password(r)),
           " - you'll be asked to change it at first login.")
    d.line(ts(), (PER, u.first), ": got it, thanks. also my new phone number is ", (PHONE, phone(r, "en", "mobile")),
           ", can you update it?")
    d.line(ts(), (PER, ag.first), ": Updated. Anything else?")
    d.line(ts(), (PER, u.first), ": no that's all")
    d.add(f"[chat closed by agent; duration {r.randint(4, 25)} min; case {pat(r, 'CS9999999')}]")
    return d


@kind("ats_webhook_config_json")
def k_ats_webhooks(r):
    d = Doc()
    emp, dom = co(r)
    owner = person(r)
    cfg = {"integration": pick(r, "greenhouse-to-workday", "lever-sync", "icims-bridge"), "version": version(r),
           "owner": {"name": (PER, owner.full), "email": (EMAIL, work_email(owner, dom, r.randrange(4)))},
           "source": {"base_url": (URL, f"https://harvest.{pick(r, 'greenhouse.io', 'lever.co', 'icims.com')}/v1"),
                      "api_key": (SECRET, generic_secret(r)), "page_size": r.choice([100, 250, 500])},
           "destination": {"tenant": pick(r, "vantora_prod", "tessaro1", "castellan_hr"),
                           "client_id": uuid4(r), "client_secret": (SECRET, generic_secret(r))},
           "notifications": {"slack_token": (SLACK, slack_token(r)), "channel": pick(r, "#ta-ops", "#hris-alerts")},
           "archive": {"bucket": f"{pick(r, 'ats', 'hris')}-exports-{hexs(r, 6)}", "aws_access_key_id": (AWSK, aws_key(r)),
                       "aws_secret_access_key": (AWSS, aws_secret(r)), "region": pick(r, "us-east-1", "us-west-2")},
           "retry": {"max_attempts": r.randint(3, 8), "backoff_ms": r.choice([500, 1000, 2000])}}
    if r.random() < 0.5:
        cfg["ci"] = {"github_token": (GH, gh_token(r)), "repo": f"{pick(r, 'people-tech', 'hris')}/{cfg['integration']}"}
    jdump(d, cfg, indent=r.choice([2, 4]))
    return d


# ============================ other languages ==============================
def iban_print(r, lang):
    return iban(r, LANG_IBAN[lang])


@kind("de_immatrikulationsantrag", "de")
def k_de_immat(r):
    d = Doc()
    L = "de"
    p = person(r, L)
    a = address(r, L)
    hs = pick(r, "Universität Auenhain", "Hochschule Rabenfeld", "Technische Hochschule Elbtal-Nord")
    sem = pick(r, "Wintersemester 2025/26", "Sommersemester 2025", "Wintersemester 2024/25")
    nr = pat(r, "BEW-2025-999999")
    d.line(f"{hs} – Studierendensekretariat")
    d.line(f"Antrag auf Einschreibung (Immatrikulation) – {sem}")
    d.line(f"Bewerbernummer: {nr}")
    d.line(rule(r))
    d.line("1. Persönliche Angaben")
    gort = city_of(r, L)[0]
    kv(d, r, [("Name, Vorname", (PER, p.last_first)), ("Geburtsdatum", (DOB, fdate(r, rdob(r, 17, 28), L, "num"))),
              ("Geburtsort", (LOC, gort)), ("Staatsangehörigkeit", pick(r, "deutsch", "deutsch", "österreichisch", "polnisch")),
              ("Anschrift", (ADDR, a.oneline())), ("Telefon", (PHONE, phone(r, L))), ("E-Mail", (EMAIL, email_for(r, p)))],
       style=pick(r, "colon", "pad"), case="as")
    d.line()
    d.line("2. Studium")
    d.line(f"Studiengang: {pick(r, 'Maschinenbau (B.Sc.)', 'Soziale Arbeit (B.A.)', 'Informatik (B.Sc.)', 'Lehramt Gymnasium')}, "
           f"{r.randint(1, 3)}. Fachsemester")
    d.line(f"Hochschulzugangsberechtigung: {pick(r, 'Abitur', 'Fachhochschulreife')}, Note {r.randint(1, 3)},{r.randint(0, 9)}, "
           f"erworben {r.randint(2018, 2025)} in ", (LOC, city_of(r, L)[0]))
    d.line(f"Krankenversicherung: {pick(r, 'Techniker Krankenkasse', 'BARMER', 'DAK-Gesundheit', 'IKK classic')}, "
           "Versichertennummer ", (HPN, pat(r, "A999999999")))
    d.line()
    d.line("3. Semesterbeitrag")
    fee = money(r, 180, 360, L)
    d.line(f"Bitte überweisen Sie den Semesterbeitrag von {fee} bis zum ", (DT, fdate(r, rdate(r, 2025, 2025), L, "long")),
           " auf folgendes Konto:")
    d.line("IBAN: ", (IBAN, iban(r, "DE", grouped=True)), f"  BIC: {bic_for(r, 'DE')}")
    d.line(f"Verwendungszweck: {nr} (bitte unbedingt angeben)")
    d.line()
    d.line("Ort, Datum: ", (LOC, a.city), ", ", (DT, fdate(r, rdate(r, 2025, 2025), L, "num")))
    d.add("Unterschrift: ", (PER, p.full))
    return d


@kind("de_gehaltsabrechnung", "de")
def k_de_payslip(r):
    d = Doc()
    L = "de"
    firm = pick(r, "Hartmann & Krause Logistik GmbH", "Brandstätter Maschinenbau GmbH", "Nordlicht Pflegedienst gGmbH",
                "Weber Elektrotechnik GmbH & Co. KG")
    fa = address(r, L)
    p = person(r, L)
    mon = r.randint(1, 12)
    yr = r.randint(2023, 2025)
    d.line(firm, " · ", (ADDR, fa.oneline()))
    d.line(f"Verdienstabrechnung {MONTHS['de'][mon - 1]} {yr}")
    d.line(f"Personalnr. {pat(r, '999999')}   Steuerklasse {r.randint(1, 5)}   Kinderfreibetrag {r.choice(['0,0', '0,5', '1,0'])}   "
           f"Konfession {pick(r, 'ev', 'rk', '--')}")
    d.line("Eintritt: ", (DT, fdate(r, rdate(r, 2010, 2023), L, "num")))
    d.line()
    d.line(p.title(L), " ", (PER, p.full))
    d.line((ADDR, address(r, L).block(r)))
    d.line()
    brut = r.uniform(2600, 7200)
    d.line(f"{'Bezüge':<30}{'Betrag':>12}")
    d.line(f"{'Gehalt':<30}{brut:>12,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
    vwl = r.choice([0, 26.59, 40.0])
    if vwl:
        d.line(f"{'VWL AG-Anteil':<30}{vwl:>12.2f}".replace(".", ","))
    d.line(f"{'Gesamtbrutto':<30}{brut + vwl:>12,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
    ded = 0.0
    for lab, f in (("Lohnsteuer", 0.14), ("Solidaritätszuschlag", 0.0), ("Krankenversicherung", 0.081),
                   ("Rentenversicherung", 0.093), ("Arbeitslosenversicherung", 0.013), ("Pflegeversicherung", 0.017)):
        v = brut * f
        ded += v
        d.line(f"{lab:<30}{-v:>12,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
    d.line(f"{'Nettobetrag':<30}{brut + vwl - ded:>12,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
    d.line()
    d.line("Überweisung an: IBAN ", (IBAN, iban(r, "DE")), f"   BIC {bic_for(r, 'DE')}")
    d.line("Auszahlung am: ", (DT, fdate(r, dt.date(yr, mon, r.randint(25, 28)), L, "num")))
    d.add(f"Urlaubsanspruch {r.randint(24, 30)} Tage, Resturlaub {r.randint(0, 20)} Tage. Abrechnung erstellt mit DATEV LODAS {version(r)}.")
    return d


@kind("de_schadenmeldung_hausrat", "de")
def k_de_claim(r):
    d = Doc()
    L = "de"
    ins = pick(r, "Rheinland Hausrat AG", "Allgemeine Versicherungs-AG Nord", "Hanseatische Feuerkasse VVaG")
    p = person(r, L)
    a = address(r, L)
    day = rdate(r)
    art = r.choice([("Leitungswasser", "Im Badezimmer ist ein Schlauch der Waschmaschine geplatzt. Das Wasser ist in die darunterliegende Küche gelaufen."),
                    ("Einbruchdiebstahl", "Unbekannte haben die Terrassentür aufgehebelt und Schmuck, ein Notebook und Bargeld entwendet."),
                    ("Sturm/Hagel", "Durch den Sturm wurde das Dachfenster beschädigt, Regen drang in das Arbeitszimmer ein."),
                    ("Fahrraddiebstahl", "Das abgeschlossene E-Bike wurde aus dem Fahrradkeller gestohlen.")])
    d.line(f"{ins} – Schadenmeldung Hausratversicherung")
    d.line(f"Versicherungsschein-Nr.: {pat(r, '99-999999-9')}   Schaden-Nr.: {pat(r, 'SH-9999-99999')}")
    d.line()
    kv(d, r, [("Versicherungsnehmer", [p.title(L), " ", (PER, p.full)]), ("Anschrift", (ADDR, a.oneline())),
              ("Telefon", (PHONE, phone(r, L))), ("E-Mail", (EMAIL, email_for(r, p))),
              ("Schadentag", (DT, fdate(r, day, L, "num"))), ("Uhrzeit (ca.)", (DT, ftime(r, *rtime(r, 0, 23, 15), L))),
              ("Schadenart", art[0])], case="as")
    d.line()
    d.line("Schilderung des Hergangs:")
    d.line(art[1])
    if art[0] in ("Einbruchdiebstahl", "Fahrraddiebstahl"):
        d.line(f"Anzeige bei der Polizei erstattet am ", (DT, fdate(r, plus_days(day, r.randint(0, 1)), L, "long")),
               f", Tagebuch-Nr. {pat(r, '999999/9999')}.")
    d.line(f"Geschätzte Schadenhöhe: {money(r, 400, 9000, L)} (Belege werden nachgereicht).")
    d.line()
    d.line("Bankverbindung für die Entschädigung:")
    d.line("Kontoinhaber: ", (PER, p.full), " – IBAN: ", (IBAN, iban(r, "DE")))
    d.line()
    d.add("Ort, Datum: ", (LOC, a.city), ", ", (DT, fdate(r, plus_days(day, r.randint(1, 5)), L, "num")), "   Unterschrift: ",
          (PER, p.full))
    return d


@kind("fr_declaration_sinistre_auto", "fr")
def k_fr_auto(r):
    d = Doc()
    L = "fr"
    ins = pick(r, "Mutuelle Atlantique Assurances", "Assurances du Val de Loire", "Moreau Frères Assurances")
    p = person(r, L)
    a = address(r, L)
    day = rdate(r)
    d.line(f"{ins} – Déclaration de sinistre automobile")
    d.line(f"N° de contrat : {pat(r, '9999999999')}   N° de sinistre : {pat(r, 'SIN-99-999999')}")
    d.line()
    kv(d, r, [("Assuré", [p.title(L), " ", (PER, p.full)]), ("Adresse", (ADDR, a.oneline())),
              ("Téléphone", (PHONE, phone(r, L, "mobile"))), ("Courriel", (EMAIL, email_for(r, p)))], case="as",
       style=pick(r, "colon", "pad"))
    d.line()
    d.line("Date et heure de l'accident : le ", (DT, fdatetime(r, day, *rtime(r, 6, 22, 5), L, "long")))
    ville = city_of(r, L)[0]
    d.line("Lieu : ", pick(r, "carrefour à feux du centre-ville", "parking du centre commercial",
                           "autoroute A7, sortie 23", "rond-point de la gare"), ", ", (LOC, ville))
    drv = p if r.random() < 0.7 else relative(r, p)
    dob = rdob(r, 18, 80)
    d.line("Conducteur : ", (PER, drv.full), ", né" + ("e" if drv.female else "") + " le ", (DOB, fdate(r, dob, L, "long")),
           ", permis n° ", (DL, eu_dl(r, L)), " délivré le ", (DT, fdate(r, rdate(r, 2000, 2022), L, "num")))
    d.line(f"Véhicule : {pick(r, 'Peugeot 308', 'Renault Clio V', 'Citroën C3', 'Dacia Sandero')}, immatriculation {plate(r, L)}")
    tiers = person(r, L)
    d.line("Tiers : ", (PER, tiers.full), f", assuré chez {pick(r, 'MAAF', 'AXA', 'Groupama', 'MACIF')}, tél. ",
           (PHONE, phone(r, L)))
    d.line()
    d.line("Circonstances : ", pick(r, "le véhicule adverse n'a pas respecté la priorité à droite.",
                                    "j'étais à l'arrêt au feu rouge lorsque j'ai été percuté à l'arrière.",
                                    "accrochage en marche arrière sur le parking."),
           f" Constat amiable rempli : {pick(r, 'oui', 'non')}. Blessés : {pick(r, 'aucun', 'aucun', 'un passager (légère entorse)')}.")
    d.line()
    d.add("Fait à ", (LOC, a.city), ", le ", (DT, fdate(r, plus_days(day, r.randint(0, 4)), L, "num")), ". Signature : ",
          (PER, p.full))
    return d


@kind("fr_relance_pret_etudiant", "fr")
def k_fr_loan(r):
    d = Doc()
    L = "fr"
    bank = pick(r, "Banque Populaire de l'Estuaire", "Crédit Solidaire Étudiant", "Caisse d'Épargne Rhône-Vallée")
    ba = address(r, L)
    p = person(r, L)
    day = rdate(r)
    d.line(bank, " – Service Prêts Étudiants")
    d.line((ADDR, ba.oneline()))
    d.line()
    d.line((LOC, ba.city), ", le ", (DT, fdate(r, day, L, "long")))
    d.line()
    d.line(p.title(L), " ", (PER, p.full))
    d.line((ADDR, address(r, L).block(r, upper_city=r.random() < 0.5)))
    d.line()
    d.line("Objet : prêt étudiant n° ", (ACCT, pat(r, "99999 999999 99")), " – échéance impayée")
    d.line()
    sal = pick(r, "Madame, Monsieur", "Madame" if p.female else "Monsieur", "Madame" if p.female else "Monsieur")
    d.line(sal + ",")
    d.line()
    due = plus_days(day, -r.randint(10, 40))
    d.line(f"Sauf erreur de notre part, l'échéance de {money(r, 90, 650, L)} du ", (DT, fdate(r, due, L, "long")),
           " n'a pas été réglée. Nous vous remercions de bien vouloir régulariser votre situation avant le ",
           (DT, fdate(r, plus_days(day, 15), L, "long")), " par virement sur le compte suivant :")
    d.line("IBAN ", (IBAN, iban(r, "FR")), f" – BIC {bic_for(r, 'FR')}")
    d.line()
    c = person(r, L)
    d.line("Votre conseillère ou conseiller, ", (PER, c.full), ", reste joignable au ", (PHONE, phone(r, L, "land")),
           " ou par courriel à ", (EMAIL, f"{ascii_fold(c.first).lower()}.{ascii_fold(c.last).lower()}@{pick(r, 'bp-estuaire.fr', 'cse-etudiant.fr', 'ce-rhonevallee.fr')}"), ".")
    d.line()
    d.add("Veuillez agréer, ", sal, ", l'expression de nos salutations distinguées.\n",
          f"Réf. {pat(r, 'REL/99/99999')}")
    return d


@kind("es_parte_accidente_trabajo", "es")
def k_es_accident(r):
    d = Doc()
    L = "es"
    p = person(r, L)
    a = address(r, L)
    day = rdate(r)
    emp = pick(r, "Transportes Ibarra S.L.", "Construcciones Levante S.A.", "Hostelería del Sur S.L.", "Talleres Hermanos Gil S.L.")
    d.line("PARTE DE ACCIDENTE DE TRABAJO")
    d.line(f"Mutua colaboradora: {pick(r, 'Mutua Universal', 'Fremap', 'Asepeyo', 'Ibermutua')}   Nº de parte: {pat(r, '9999/999999')}")
    d.line()
    d.line("1. DATOS DEL TRABAJADOR")
    ap = p.last
    kv(d, r, [("Apellidos y nombre", (PER, f"{ap}, {p.first}")), ("Fecha de nacimiento", (DOB, fdate(r, rdob(r, 18, 64), L, "num"))),
              ("Domicilio", (ADDR, a.oneline())), ("Teléfono", (PHONE, phone(r, L))),
              ("Puesto de trabajo", pick(r, "Conductor repartidor", "Peón de albañil", "Camarera de pisos", "Mecánico")),
              ("Antigüedad en la empresa", f"{r.randint(1, 15)} años y {r.randint(0, 11)} meses")], indent="  ", case="as")
    d.line()
    d.line("2. DATOS DE LA EMPRESA")
    d.line(f"  Razón social: {emp}   CIF: {pat(r, 'B99999999')}   CCC: {pat(r, '99 999999999 99')}")
    d.line("  Centro de trabajo: ", (ADDR, address(r, L).oneline()))
    d.line()
    d.line("3. DATOS DEL ACCIDENTE")
    kv(d, r, [("Fecha del accidente", (DT, fdate(r, day, L, "num"))), ("Hora del día", (DT, ftime(r, *rtime(r, 6, 21, 5), L))),
              ("Hora de trabajo", f"{r.randint(1, 8)}ª"), ("Lugar", pick(r, "En el centro de trabajo habitual", "En desplazamiento (in itinere)", "En otro centro")),
              ("Descripción", pick(r, "al descargar mercancía del camión sufre un tirón en la zona lumbar",
                                   "caída desde andamio a 1,5 m de altura con golpe en el hombro",
                                   "corte en la mano izquierda con una cuchilla"))], indent="  ", case="as")
    dr = person(r, L)
    d.line("  Asistencia sanitaria: Hospital ", pick(r, "Quirónsalud", "Vithas", "de la Mutua"), ", atendido por ",
           "la Dra. " if dr.female else "el Dr. ", (PER, dr.full))
    d.line("  Baja médica: sí, desde el ", (DT, fdate(r, day, L, "long")))
    d.line()
    d.add("En ", (LOC, a.city), ", a ", (DT, fdate(r, plus_days(day, r.randint(1, 5)), L, "long")),
          f". Firma y sello de la empresa. Código de verificación {pat(r, 'XXXX-XXXX-XXXX')}")
    return d


@kind("es_solicitud_admision", "es")
def k_es_admision(r):
    d = Doc()
    L = "es"
    p = person(r, L)
    while " " not in p.last:
        p = person(r, L)
    ap1, ap2 = p.last.split(" ", 1)
    a = address(r, L)
    d.line(f"{pick(r, 'Universidad Miralba', 'Universidad Politécnica del Cierzo', 'Universidad Atlántica Sur')} – Solicitud de admisión")
    d.line(f"Grado en {pick(r, 'Enfermería', 'Ingeniería Informática', 'Magisterio de Educación Primaria', 'Derecho')} – Curso 2025-2026")
    d.line(f"Nº de solicitud: {pat(r, '2025-999999')}")
    d.line()
    d.line("DATOS PERSONALES")
    kv(d, r, [("Nombre", (PER, p.first)), ("Primer apellido", (PER, ap1)), ("Segundo apellido", (PER, ap2)),
              ("Fecha de nacimiento", (DOB, fdate(r, rdob(r, 17, 25), L, "num"))),
              ("Lugar de nacimiento", (LOC, city_of(r, L)[0])),
              ("Domicilio", (ADDR, a.street)), ("Código postal", a.postcode), ("Localidad", (LOC, a.city)),
              ("Comunidad autónoma", (LOC, a.region)), ("Teléfono móvil", (PHONE, phone(r, L, "mobile"))),
              ("Correo electrónico", (EMAIL, email_for(r, p)))], case=pick(r, "as", "upper"))
    d.line()
    d.line("DATOS ACADÉMICOS")
    d.line(f"Vía de acceso: {pick(r, 'Bachillerato + PAU/EBAU', 'Ciclo Formativo de Grado Superior', 'Mayores de 25 años')}")
    d.line(f"Nota de admisión: {r.randint(5, 13)},{_digits(r, 3)}   Preferencia: {r.randint(1, 6)}ª")
    d.line()
    d.line(f"Tasas: 30,00 € abonados con tarjeta **** **** **** {_digits(r, 4)}")
    d.add("Fecha de presentación: ", (DT, fdatetime(r, rdate(r, 2025, 2025), *rtime(r, 8, 23, 1), L, "num")),
          ". Consulte el estado en ", (URL, f"https://sede.{pick(r, 'miralba', 'ucierzo', 'uatlanticasur')}.es/admision/estado"), ".")
    return d


@kind("pt_participacao_sinistro", "pt")
def k_pt_claim(r):
    d = Doc()
    L = "pt"
    p = person(r, L)
    a = address(r, L)
    day = rdate(r)
    ins = pick(r, "Seguradora Lusitânia Mútua", "Atlântico Seguros, S.A.", "Tranquilidade Habitação")
    d.line(f"{ins} – Participação de Sinistro – Multirriscos Habitação")
    d.line(f"Apólice n.º {pat(r, '9999999999')}   Processo n.º {pat(r, 'MRH/9999/999999')}")
    d.line()
    kv(d, r, [("Tomador do seguro", (PER, p.full)), ("Morada do local de risco", (ADDR, a.oneline())),
              ("Telemóvel", (PHONE, phone(r, L, "mobile"))), ("E-mail", (EMAIL, email_for(r, p))),
              ("Data do sinistro", (DT, fdate(r, day, L, "num"))), ("Hora provável", (DT, ftime(r, *rtime(r, 0, 23, 15), L))),
              ("Tipo de sinistro", pick(r, "Danos por água", "Furto ou roubo", "Fenómenos da natureza", "Incêndio"))], case="as")
    d.line()
    d.line("Descrição: ", pick(r, "rutura de cano na casa de banho com infiltração no teto da sala do vizinho do andar de baixo.",
                                 "durante a tempestade caiu parte do telhado sobre a varanda.",
                                 "entraram na habitação pela janela da cozinha e levaram um computador portátil e joias."))
    viz = person(r, L)
    if r.random() < 0.5:
        d.line("Terceiro lesado: ", (PER, viz.full), ", contacto ", (PHONE, phone(r, L)))
    d.line("Peritagem agendada para ", (DT, fdatetime(r, plus_days(day, r.randint(2, 10)), *rtime(r, 9, 17, 30), L, "long")), ".")
    d.line("IBAN para indemnização: ", (IBAN, iban(r, "PT")))
    d.line()
    d.add((LOC, a.city), ", ", (DT, fdate(r, plus_days(day, r.randint(0, 3)), L, "long")), "\nO Tomador: ", (PER, p.full))
    return d


@kind("it_richiesta_certificato", "it")
def k_it_cert(r):
    d = Doc()
    L = "it"
    p = person(r, L)
    a = address(r, L)
    uni = pick(r, "Università degli Studi di Valtorre", "Politecnico Adriatico", "Università del Sannio Orientale")
    d.line("Spett.le Segreteria Studenti")
    d.line(uni)
    d.line()
    d.line("OGGETTO: Richiesta certificato di laurea con esami")
    d.line()
    nato = "nata" if p.female else "nato"
    d.line(f"{'La sottoscritta' if p.female else 'Il sottoscritto'} ", (PER, p.full), f", {nato} a ", (LOC, city_of(r, L)[0]),
           " il ", (DOB, fdate(r, rdob(r, 22, 45), L, pick(r, "num", "long"))), ", residente in ", (ADDR, a.oneline()),
           f", matricola n. {pat(r, '999999')}, laureat{'a' if p.female else 'o'} in ",
           pick(r, "Economia Aziendale", "Ingegneria Civile", "Giurisprudenza", "Scienze Infermieristiche"), " in data ",
           (DT, fdate(r, rdate(r, 2005, 2023), L, "long")), ",")
    d.line()
    d.line("CHIEDE")
    d.line()
    n = r.randint(1, 3)
    d.line(f"il rilascio di n. {n} certificat{'o' if n == 1 else 'i'} di laurea con esami e voti "
           f"{pick(r, 'in carta semplice', 'in bollo (marca da bollo da 16,00 €)')} per uso {pick(r, 'concorso pubblico', 'lavoro all’estero', 'iscrizione all’albo')}.")
    d.line()
    d.line("Recapito telefonico: ", (PHONE, phone(r, L)), " – e-mail: ", (EMAIL, email_for(r, p)))
    d.line()
    d.line((LOC, a.city), ", ", (DT, fdate(r, rdate(r), L, "num")))
    d.line("Firma: ", (PER, p.full))
    d.line()
    resp = person(r, L)
    d.add("Visto: il Responsabile dell'Ufficio, ", ("Dott.ssa " if resp.female else "Dott. ") if r.random() < 0.8 else "Dr. ",
          (PER, resp.full),
          f" – prot. n. {_digits(r, 5)}/{r.randint(2023, 2025)}")
    return d


@kind("nl_pensioenoverzicht", "nl")
def k_nl_upo(r):
    d = Doc()
    L = "nl"
    p = person(r, L)
    fonds = pick(r, "Stichting Pensioenfonds Dijkwerk", "Pensioenfonds Zorg & Welzijn Noord", "PF Havenbedrijven")
    yr = r.randint(2024, 2025)
    d.line(f"Uniform Pensioenoverzicht {yr} – {fonds}")
    d.line()
    d.line(p.title(L), " ", (PER, p.full))
    d.line((ADDR, address(r, L).block(r, upper_city=r.random() < 0.6)))
    d.line()
    dob = rdob(r, 25, 64)
    kv(d, r, [("Klantnummer", (ACCT, pat(r, "99999999"))), ("Geboortedatum", (DOB, fdate(r, dob, L, "num"))),
              ("Werkgever", pick(r, "Zorggroep Oosterlicht B.V.", "Van den Berg Transport B.V.", "Havenbedrijf Services N.V.")),
              ("Pensioenleeftijd", "68 jaar"), ("Ingangsdatum pensioen", (DT, fdate(r, dt.date(dob.year + 68, dob.month, 1), L, "long")))],
       case="as")
    d.line()
    d.line("Opgebouwd pensioen tot ", (DT, fdate(r, dt.date(yr, 1, 1), L, "long")), f": {money(r, 1200, 24000, L)} bruto per jaar")
    d.line(f"Te bereiken pensioen als u tot uw pensioenleeftijd blijft werken: {money(r, 8000, 38000, L)} bruto per jaar")
    partner = person(r, L)
    d.line("Partnerpensioen bij overlijden voor ", (PER, partner.full), f": {money(r, 3000, 18000, L)} bruto per jaar")
    d.line()
    d.add("Alle pensioenen op één plek: ", (URL, "https://www.mijnpensioenoverzicht.nl"), ". Vragen? Bel ",
          (PHONE, phone(r, L, "land")), f" (werkdagen). Kenmerk {pat(r, 'UPO-9999-999999')}.")
    return d


@kind("pl_zgloszenie_szkody", "pl")
def k_pl_claim(r):
    d = Doc()
    L = "pl"
    p = person(r, L)
    a = address(r, L)
    day = rdate(r)
    d.line(f"{pick(r, 'Towarzystwo Ubezpieczeń Wisła S.A.', 'Bałtyk Ubezpieczenia S.A.', 'Mazowiecka Kasa Ubezpieczeń')} – "
           "ZGŁOSZENIE SZKODY KOMUNIKACYJNEJ (OC/AC)")
    d.line(f"Numer polisy: {pat(r, '999999999999')}   Numer szkody: {pat(r, 'PL/9999/99999')}")
    d.line()
    d.line("Dane poszkodowanego")
    kv(d, r, [("Imię i nazwisko", (PER, p.full)), ("Adres", (ADDR, a.oneline())), ("Telefon", (PHONE, phone(r, L))),
              ("E-mail", (EMAIL, email_for(r, p))), ("Nr prawa jazdy", (DL, eu_dl(r, L)))], indent="  ", case="as")
    d.line()
    d.line("Okoliczności zdarzenia")
    kv(d, r, [("Data zdarzenia", (DT, fdate(r, day, L, "num"))), ("Godzina", (DT, ftime(r, *rtime(r, 5, 23, 5), L))),
              ("Miejsce", [(LOC, city_of(r, L)[0]), ", ", pick(r, "skrzyżowanie z sygnalizacją świetlną",
                                                              "parking przy centrum handlowym", "rondo w centrum miasta")]),
              ("Pojazd", f"{pick(r, 'Skoda Octavia', 'Toyota Corolla', 'Opel Astra', 'Kia Ceed')}, nr rej. {plate(r, L)}, VIN {vin(r)}")],
       indent="  ", case="as")
    spr = person(r, L)
    d.line("  Sprawca: ", (PER, spr.full), f", polisa OC nr {pat(r, '999999999')}, tel. ", (PHONE, phone(r, L, "mobile")))
    d.line("  Opis: ", pick(r, "sprawca nie ustąpił pierwszeństwa przejazdu i uderzył w lewy bok pojazdu.",
                            "podczas cofania na parkingu uszkodzono tylny zderzak.",
                            "najechanie na tył pojazdu stojącego przed sygnalizatorem."))
    d.line()
    d.line("Rachunek do wypłaty odszkodowania: ", (IBAN, iban(r, "PL")))
    d.add((LOC, a.city), ", dnia ", (DT, fdate(r, plus_days(day, r.randint(0, 3)), L, "num")), " r.   Podpis: ", (PER, p.full))
    return d


@kind("sv_anstallningsavtal", "sv")
def k_sv_contract(r):
    d = Doc()
    L = "sv"
    firm = pick(r, "Lindqvist & Berg AB", "Norrskog Vård AB", "Östgöta Lager & Logistik AB", "Bergström Konsult AB")
    fa = address(r, L)
    p = person(r, L)
    a = address(r, L)
    start = rdate(r)
    d.line("ANSTÄLLNINGSAVTAL")
    d.line()
    d.line("Arbetsgivare: ", firm, f", org.nr 556{_digits(r, 3)}-{_digits(r, 4)}, ", (ADDR, fa.oneline()))
    d.line("Arbetstagare: ", (PER, p.full), ", född ", (DOB, fdate(r, rdob(r, 19, 60), L)))
    d.line("Adress: ", (ADDR, a.oneline()))
    d.line("Telefon: ", (PHONE, phone(r, L, "mobile")), "   E-post: ", (EMAIL, email_for(r, p)))
    d.line()
    kv(d, r, [("Befattning", pick(r, "Undersköterska", "Lagerarbetare", "Systemutvecklare", "Ekonomiassistent")),
              ("Tillträdesdag", (DT, fdate(r, start, L))),
              ("Anställningsform", "Tillsvidareanställning med sex månaders provanställning"),
              ("Arbetstid", f"Heltid, {pick(r, '40', '38,25')} timmar per vecka"),
              ("Lön", f"{r.randint(26, 58)} {_digits(r, 3)} kr per månad, utbetalas den 25:e varje månad"),
              ("Lönekonto", [f"clearingnummer {_digits(r, 4)}, kontonummer ", (ACCT, _digits(r, r.choice([7, 8, 10])))]),
              ("Semester", "25 dagar per år enligt semesterlagen"),
              ("Kollektivavtal", pick(r, "Tjänstemannaavtalet", "Vårdförbundet/SKR", "Lager- och E-handelsavtalet"))],
       case="as")
    d.line()
    chef = person(r, L)
    d.line((LOC, fa.city), " den ", (DT, fdate(r, plus_days(start, -r.randint(5, 40)), L)))
    d.add("För arbetsgivaren: ", (PER, chef.full), "        Arbetstagare: ", (PER, p.full))
    return d


@kind("tr_personel_bilgi_formu", "tr")
def k_tr_form(r):
    d = Doc()
    L = "tr"
    p = person(r, L)
    a = address(r, L)
    firm = pick(r, "Anadolu Lojistik A.Ş.", "Ege Tekstil San. ve Tic. Ltd. Şti.", "Boğaziçi Yazılım A.Ş.")
    d.line(f"{firm} – PERSONEL BİLGİ FORMU")
    d.line(f"Sicil No: {pat(r, '99999')}   Departman: {pick(r, 'Depo', 'Muhasebe', 'Yazılım', 'Satış')}")
    d.line()
    kv(d, r, [("Adı Soyadı", (PER, p.full if r.random() < 0.6 else p.full.upper())),
              ("Doğum Tarihi", (DOB, fdate(r, rdob(r, 18, 60), L, "num"))), ("Doğum Yeri", (LOC, city_of(r, L)[0])),
              ("Adres", (ADDR, a.oneline())), ("Cep Telefonu", (PHONE, phone(r, L, "mobile"))),
              ("E-posta", (EMAIL, email_for(r, p))), ("İşe Başlama Tarihi", (DT, fdate(r, rdate(r), L, "num"))),
              ("Banka", pick(r, "Ziraat Bankası", "İş Bankası", "Garanti BBVA")), ("IBAN", (IBAN, iban(r, "TR"))),
              ("Özel Sağlık Sigortası Üye No", maybe(r, 0.5, (HPN, pat(r, "99999999-99"))))], case="as")
    d.line()
    yak = relative(r, p, same_last=r.random() < 0.6)
    rel = pick(r, "eşi", "annesi", "kardeşi") if yak.female else pick(r, "eşi", "babası", "kardeşi")
    d.line("Acil durumda ulaşılacak kişi: ", (PER, yak.full), f" ({rel}) – ",
           (PHONE, phone(r, L, "mobile")))
    d.line()
    d.add("Beyan ettiğim bilgilerin doğru olduğunu onaylarım. Tarih: ", (DT, fdate(r, rdate(r), L, "num")),
          "   İmza: ", (PER, p.full))
    return d


@kind("da_loenseddel", "da")
def k_da_payslip(r):
    d = Doc()
    L = "da"
    firm = pick(r, "Møller & Søn A/S", "Nordhavn Logistik ApS", "Jysk Omsorg A/S", "Kastrup Teknik ApS")
    fa = address(r, L)
    p = person(r, L)
    mon = r.randint(1, 12)
    yr = r.randint(2023, 2025)
    d.line(firm, f" · CVR {_digits(r, 8)} · ", (ADDR, fa.oneline()))
    d.line("LØNSEDDEL for perioden ", (DT, fdate(r, dt.date(yr, mon, 1), L, "num")), " – ",
           (DT, fdate(r, dt.date(yr, mon, 28), L, "num")))
    d.line()
    d.line((PER, p.full), f"   Medarbejdernr. {pat(r, '9999')}")
    d.line((ADDR, address(r, L).block(r)))
    d.line()
    brut = r.uniform(26000, 62000)
    am = brut * 0.08
    atp = 99.0
    pen = brut * 0.04
    skat = (brut - am - pen) * r.uniform(0.3, 0.4)
    fmt = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    for lab, v in (("Månedsløn", brut), ("Pension medarbejder 4%", -pen), ("AM-bidrag 8%", -am), ("ATP", -atp),
                   ("A-skat", -skat)):
        d.line(f"{lab:<28}{fmt(v):>14} kr.")
    d.line(f"{'Til udbetaling':<28}{fmt(brut - pen - am - atp - skat):>14} kr.")
    d.line()
    if r.random() < 0.5:
        d.line(f"Udbetales til reg.nr. {_digits(r, 4)} kontonr. ", (ACCT, _digits(r, 10)), " den ",
               (DT, fdate(r, dt.date(yr, mon, r.randint(25, 28)), L, "long")))
    else:
        d.line("Udbetales til IBAN ", (IBAN, iban(r, "DK")), " den ", (DT, fdate(r, dt.date(yr, mon, r.randint(25, 28)), L, "long")))
    d.add(f"Feriesaldo: {r.randint(0, 25)},{r.choice(['00', '08', '50'])} dage. Trækprocent {r.randint(35, 40)} %, fradrag {r.randint(4, 6)}.{_digits(r, 3)} kr.")
    return d


@kind("no_skademelding", "no")
def k_no_claim(r):
    d = Doc()
    L = "no"
    p = person(r, L)
    a = address(r, L)
    day = rdate(r)
    d.line(f"{pick(r, 'Fjordkyst Forsikring', 'Nordvest Gjensidige Forsikring', 'Vestlandet Skadeforsikring')} – Skademelding {pick(r, 'innbo', 'bil', 'reise')}")
    d.line(f"Polisenummer: {pat(r, '99999999')}   Skadenummer: {pat(r, '99999999-99')}")
    d.line("Kundenummer: ", (ACCT, pat(r, "9999999")))
    d.line()
    kv(d, r, [("Forsikringstaker", (PER, p.full)), ("Fødselsdato", (DOB, fdate(r, rdob(r, 18, 85), L, "num"))),
              ("Adresse", (ADDR, a.oneline())), ("Mobil", (PHONE, phone(r, L, "mobile"))), ("E-post", (EMAIL, email_for(r, p))),
              ("Skadedato", (DT, fdate(r, day, L, "num"))), ("Klokkeslett", (DT, ftime(r, *rtime(r, 0, 23, 5), L))),
              ("Skadested", (LOC, city_of(r, L)[0]))], case="as")
    d.line()
    d.line("Hva skjedde: ", pick(r, "Vannlekkasje fra oppvaskmaskin, skade på kjøkkengulv.",
                                 "Sykkel stjålet fra sykkelbod i borettslaget.",
                                 "Mobiltelefon mistet i sjøen under fisketur.",
                                 "Rygget inn i en stolpe på parkeringsplassen."))
    d.line(f"Anmeldt til politiet: {pick(r, 'ja', 'nei')}. Estimert tap: {money(r, 2000, 60000, L, cents=False)}.")
    acct = _digits(r, 11)
    d.line("Kontonummer for utbetaling: ", (ACCT, f"{acct[:4]}.{acct[4:6]}.{acct[6:]}"))
    d.line()
    d.add((LOC, a.city), ", ", (DT, fdate(r, plus_days(day, r.randint(0, 4)), L, "long")), "   Signatur: ", (PER, p.full))
    return d


# ============================ hard negatives only ==========================
def digits_nonluhn(r, n):
    while True:
        s = str(r.randint(1, 9)) + _digits(r, n - 1)
        if not luhn_ok(s):
            return s


@kind("neg_payroll_job_log", neg=True)
def n_payroll_log(r):
    d = Doc()
    day = rdate(r)
    pid = r.randint(1000, 65000)
    svc = pick(r, "payroll-runner", "ach-builder", "tax-engine", "gl-export")
    run = f"PR-{day.year}-{r.randint(1, 26):02d}"
    n = r.randint(400, 9000)
    stamps = sorted(log_ts(r, day, pick(r, "isoz", "space")) for _ in range(9))
    gross = r.uniform(1e5, 9e6)
    lines = [
        f"INFO  {svc}[{pid}]: starting run {run} (pay group {pat(r, 'AA-99')}, {n:,} employees, mode=live)",
        f"INFO  {svc}[{pid}]: loaded {n} employee records in {r.uniform(0.5, 9):.2f}s (cache hit ratio {r.uniform(0.6, 0.99):.2f})",
        f"WARN  {svc}[{pid}]: {r.randint(1, 9)} records missing state tax setup: emp_id={pat(r, 'E99999')},{pat(r, 'E99999')} (skipped)",
        f"INFO  {svc}[{pid}]: gross total {gross:,.2f} USD; net {gross * r.uniform(0.6, 0.75):,.2f} USD; employer taxes {gross * 0.0765:,.2f}",
        f"INFO  {svc}[{pid}]: masked account check passed for ****{_digits(r, 4)} and {r.randint(2, 90)} others",
        f"INFO  {svc}[{pid}]: ACH file written /data/out/ach_{run}.txt ({r.randint(40, 900)} KB) sha256={sha256(r)}",
        f"ERROR {svc}[{pid}]: upload attempt 1/3 to sftp-gw timed out after 30000 ms",
        f"INFO  {svc}[{pid}]: upload attempt 2/3 ok, remote checksum {hexs(r, 32)}",
        f"INFO  {svc}[{pid}]: job finished status=SUCCESS duration=00:{r.randint(1, 59):02d}:{r.randint(0, 59):02d} exit=0 epoch={r.randint(1_690_000_000, 1_740_000_000)}",
    ]
    for s_, l_ in zip(stamps, lines):
        d.line(s_, " ", l_)
    d.add(f"-- log rotated, {r.randint(1000, 90000)} bytes, build {version(r)} ({sha1(r)[:8]})")
    return d


@kind("neg_sis_release_notes", neg=True)
def n_release_notes(r):
    d = Doc()
    prod = pick(r, "Student Information System", "Ellucian Banner Student", "PeopleSoft Campus Solutions", "Claims Workbench")
    ver = f"{r.randint(20, 25)}.{r.randint(1, 4)}.{r.randint(0, 9)}"
    d.line(f"{prod} - Release {ver} (build {r.randint(2023, 2025)}.{r.randint(100, 365)}.{r.randint(1000, 9999)})")
    d.line(rule(r))
    d.line("Highlights")
    items = [f"Degree audit engine upgraded to {version(r)}; recalculation about {r.randint(15, 60)}% faster",
             f"Fixed: transcript PDF rounding of GPA values with 3+ decimal places ({pat(r, 'SIS-9999')})",
             f"Fixed: FERPA hold flag not propagated to the self-service portal ({pat(r, 'SIS-9999')})",
             f"New: bulk import of test scores (SAT, ACT, IB) with validation report ({pat(r, 'SIS-9999')})",
             f"Changed: session timeout reduced from 60 to 30 minutes per policy {pat(r, 'SEC-99')}",
             f"Deprecated: legacy SOAP endpoint /ws/v1/enroll (removal planned two releases from now)",
             f"Security: bumped log4j to 2.{r.randint(17, 23)}.{r.randint(0, 2)} and jackson-databind to 2.{r.randint(13, 17)}.{r.randint(0, 3)}"]
    for it in r.sample(items, r.randint(4, 6)):
        d.line(f"- {it}")
    d.line()
    d.line(f"Database migrations: V{r.randint(2023, 2025)}_{r.randint(1, 12):02d}_{r.randint(1, 99):04d}__add_hold_reason.sql "
           f"(checksum {r.randint(10 ** 8, 10 ** 9)})")
    d.line(f"Commits: {sha1(r)[:7]}..{sha1(r)[:7]} ({r.randint(12, 140)} commits, {r.randint(3, 19)} contributors)")
    d.line(f"Container image: sis-api@sha256:{sha256(r)}")
    d.line(f"Deployment window: {pick(r, 'Saturday night', 'Sunday morning', 'Friday after close of business')}; "
           f"expected downtime under {r.randint(20, 90)} minutes.")
    d.add(f"Known issue: cohort report times out for terms with more than {r.randint(10, 40)},000 enrollments. "
          f"Workaround: run per college. Tracking ticket {pat(r, 'SIS-9999')}, request id {uuid4(r)}.")
    return d


@kind("neg_auto_rate_manual", neg=True)
def n_rate_manual(r):
    d = Doc()
    d.line(f"Personal Auto - Base Rate Manual, edition {r.randint(3, 19)} (filing {pat(r, 'AAAA-AA-999999999')})")
    d.line(f"Rates per six-month term; effective for new business and renewals in the {r.randint(2024, 2026)} rate year.")
    d.line()
    d.line(f"{'Territory':<11}{'BI 25/50':>10}{'PD 25':>9}{'Coll $500':>11}{'Comp $250':>11}{'UM/UIM':>9}")
    for t in range(1, r.randint(6, 10)):
        d.line(f"{'T' + str(t).zfill(2):<11}{r.uniform(150, 600):>10.2f}{r.uniform(80, 300):>9.2f}"
               f"{r.uniform(200, 900):>11.2f}{r.uniform(60, 260):>11.2f}{r.uniform(20, 90):>9.2f}")
    d.line()
    d.line("Driver class factors: " + ", ".join(f"{c} {r.uniform(0.85, 3.1):.2f}" for c in ["1A", "1B", "2A", "2C", "3Y", "4S"]))
    d.line(f"Model-year factors: current {r.uniform(1.0, 1.3):.2f}; 1-3 yrs {r.uniform(0.9, 1.1):.2f}; 4-7 yrs "
           f"{r.uniform(0.8, 1.0):.2f}; 8+ yrs {r.uniform(0.6, 0.9):.2f}")
    d.line(f"Discounts: multi-policy {r.randint(5, 15)}%, good student {r.randint(5, 12)}% (GPA 3.0 or better), "
           f"telematics up to {r.randint(10, 30)}%, paid-in-full {r.randint(3, 8)}%.")
    d.line(f"Surcharges: at-fault accident {r.randint(20, 45)}% for 36 months; minor violation {r.randint(5, 20)}%.")
    d.add(f"Minimum premium ${r.randint(50, 150)}.00. Policy fee ${r.randint(10, 35)}.00. Installment fee "
          f"${r.randint(3, 10)}.00 per payment. SERFF tracking {pat(r, 'AAAA-999999999')}. Form {pat(r, 'PA 99 99')} (ed. {r.randint(1, 12)}).")
    return d


@kind("neg_admissions_statistics", neg=True)
def n_adm_stats(r):
    d = Doc()
    yr = r.randint(2023, 2025)
    d.line(f"Fall {yr} Admission Cycle - Summary by College (report IR-ADM-{r.randint(1, 20):02d}, v{r.randint(1, 5)})")
    d.line(f"Prepared by Institutional Research. Counts as of census day (day 10 of term); compared with the {yr - 1} cycle.")
    d.line()
    d.line(f"{'College':<28}{'Applied':>9}{'Admitted':>10}{'Rate':>7}{'Enrolled':>10}{'Yield':>7}{'YoY':>7}")
    tot_a = tot_ad = tot_e = 0
    for c in r.sample(["Arts & Sciences", "Engineering", "Business", "Nursing", "Education", "Fine Arts",
                       "Computing & Data Science", "Public Health", "Agriculture"], r.randint(5, 8)):
        a = r.randint(800, 20000)
        ad = int(a * r.uniform(0.2, 0.8))
        e = int(ad * r.uniform(0.15, 0.45))
        tot_a, tot_ad, tot_e = tot_a + a, tot_ad + ad, tot_e + e
        d.line(f"{c:<28}{a:>9,}{ad:>10,}{ad / a:>7.1%}{e:>10,}{e / ad:>7.1%}{r.uniform(-9, 14):>+6.1f}%")
    d.line(f"{'TOTAL':<28}{tot_a:>9,}{tot_ad:>10,}{tot_ad / tot_a:>7.1%}{tot_e:>10,}{tot_e / tot_ad:>7.1%}")
    d.line()
    d.line(f"Median SAT of enrolled first-years: {r.randint(1150, 1480)} (middle 50%: {r.randint(1050, 1250)}-{r.randint(1300, 1540)}); "
           f"median high-school GPA {r.uniform(3.3, 3.95):.2f}.")
    d.line(f"First-generation students: {r.uniform(12, 38):.1f}%. Pell-eligible: {r.uniform(14, 40):.1f}%. "
           f"International: {r.uniform(2, 15):.1f}% from {r.randint(30, 110)} countries.")
    d.add(f"Note: {r.randint(40, 400)} deferred applicants are counted in the Regular Decision round. Data extract {uuid4(r)}.")
    return d


@kind("neg_ci_config_with_refs", neg=True)
def n_ci_refs(r):
    d = Doc()
    svc = pick(r, "payroll-service", "ats-webhooks", "claims-intake", "sis-api")
    d.line(f"# deploy.yml for {svc} - secrets come from the vault, never inline")
    d.line("env:")
    for k in r.sample(["DB_PASSWORD", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN",
                       "GITHUB_TOKEN", "SENDGRID_API_KEY", "JWT_SIGNING_KEY"], 5):
        style = r.randrange(4)
        if style == 0:
            d.line(f"  {k}: ${{{{ secrets.{k} }}}}")
        elif style == 1:
            d.line(f"  {k}: ${{{k}}}")
        elif style == 2:
            d.line(f"  {k}: \"********\"")
        else:
            d.line(f"  {k}: <redacted>")
    d.line(f"  APP_VERSION: \"{version(r)}\"")
    d.line(f"  REPLICAS: \"{r.randint(2, 8)}\"")
    d.line(f"image: registry.internal/{svc}@sha256:{sha256(r)}")
    d.line("steps:")
    d.line(f"  - run: helm upgrade --install {svc} ./chart --set image.tag=v{version(r)} --set replicas={r.randint(2, 6)}")
    d.line(f"  - run: ./scripts/smoke.sh --timeout 120s --retries 3 --build-id {r.randint(1000, 99999)}")
    d.line(f"  - run: echo \"deployed commit {sha1(r)}\"")
    d.add(f"# rotation policy: 90 days; last audit finding {pat(r, 'SEC-9999')} closed; key fingerprint SHA256:"
          f"{base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip('=')}")
    return d


@kind("neg_claims_reconciliation", neg=True)
def n_recon(r):
    d = Doc()
    d.line(f"Claims Payment Reconciliation - batch {r.randint(2023, 2025)}-{r.randint(1, 365):03d} (cycle {r.randint(1, 4)} of 4)")
    d.line("claim_no,payee_ref,amount,method,instrument,status")
    for _ in range(r.randint(4, 7)):
        m = pick(r, "VCARD", "ACH", "CHECK")
        inst = {"VCARD": f"**** **** **** {_digits(r, 4)}", "ACH": f"acct ending {_digits(r, 4)}", "CHECK": f"chk {_digits(r, 7)}"}[m]
        d.line(f"{pat(r, 'CLM-9999999999')},{pat(r, 'PY-99999')},{r.uniform(50, 25000):.2f},{m},{inst},"
               f"{pick(r, 'MATCHED', 'MATCHED', 'PENDING', 'VOID')}")
    d.line()
    d.line("Exceptions")
    d.line(f"- reference {bad_luhn16(r)} rejected by processor: invalid card checksum")
    d.line(f"- IBAN {bad_iban(r, r.choice(['DE', 'FR', 'NL', 'ES']))} rejected: check digits do not validate")
    d.line(f"- payee TIN {bad_ssn(r)} flagged: not a valid SSN (ITIN or placeholder), W-9 requested")
    d.line(f"- routing {routing(r)} / BIC {r.choice(BICS)}: returned R03 (no account/unable to locate)")
    d.add(f"Totals: {r.randint(10, 90)} items, {r.uniform(1e4, 9e5):,.2f} USD; variance {r.uniform(0, 50):.2f}. "
          f"Processor trace {digits_nonluhn(r, 15)}. Escrow ref {pat(r, 'ESC-99999')}.")
    return d


@kind("neg_hr_policy_excerpt", neg=True)
def n_policy(r):
    d = Doc()
    d.line(f"Section {r.randint(3, 9)}.{r.randint(1, 9)} - Paid Time Off (policy {pat(r, 'HR-POL-999')}, revision {r.randint(2, 12)})")
    d.line()
    acc = r.choice([4.62, 6.15, 6.67, 7.69])
    d.line(f"Full-time employees accrue {acc} hours of PTO per bi-weekly pay period (about {round(acc * 26 / 8)} days per year). "
           f"Part-time employees scheduled for 20 or more hours per week accrue on a pro-rated basis.")
    d.line()
    d.line(f"Requests of more than three consecutive days must be submitted at least two weeks in advance through Workday. "
           f"Managers respond within 48 hours. Unused PTO up to {r.choice([40, 80, 120])} hours carries over into the next "
           f"plan year; any excess is forfeited after {r.choice([30, 60, 90])} days.")
    d.line()
    d.line(f"Bereavement leave: up to {r.randint(3, 5)} working days for an immediate family member. Jury duty: paid for up to "
           f"{r.randint(5, 15)} days. Parental leave: {r.choice([6, 8, 12, 16])} weeks at 100% of base pay after 90 days of service.")
    d.line()
    d.line(f"Holidays: the company observes {r.randint(9, 12)} paid holidays each year, published in December. If a holiday "
           f"falls on a Saturday it is observed on the preceding Friday; if on a Sunday, on the following Monday.")
    d.add(f"Questions: contact your HR Business Partner. Document ID {uuid4(r)[:8]}; supersedes revision {r.randint(1, 6)}.")
    return d


@kind("neg_de_beitragstabelle", "de", neg=True)
def n_de_table(r):
    d = Doc()
    d.line(f"Kfz-Haftpflicht – Beitragstabelle Tarif {r.randint(2024, 2026)} (Version {r.randint(1, 9)}.{r.randint(0, 9)})")
    d.line(f"Basis: Typklasse {r.randint(10, 25)}, Regionalklasse {r.randint(1, 12)}, jährliche Zahlweise, 12.000 km/Jahr")
    d.line()
    d.line(f"{'SF-Klasse':<12}{'Beitragssatz':>14}{'Jahresbeitrag':>16}")
    base = r.uniform(600, 1100)
    for sf, pct in (("0", 100), ("1/2", 86), ("1", 70), ("2", 64), ("5", 52), ("10", 41), ("20", 32), ("35", 20)):
        v = f"{base * pct / 100:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        d.line(f"{'SF ' + sf:<12}{str(pct) + ' %':>14}{v + ' €':>16}")
    d.line()
    d.line(f"Typklassen-Beispiele: HSN {_digits(r, 4)} / TSN {pat(r, 'AAA')} → TK {r.randint(12, 22)}; "
           f"HSN {_digits(r, 4)} / TSN {pat(r, 'AAA')} → TK {r.randint(12, 22)}")
    d.line(f"Rabattschutz: +{r.randint(10, 25)} %. Selbstbeteiligung Vollkasko {r.choice([150, 300, 500])} € / Teilkasko {r.choice([0, 150])} €.")
    d.add(f"Unterjährige Zahlweise: halbjährlich +3 %, vierteljährlich +5 %, monatlich +6 %. Tarifkennung {pat(r, 'KH-AA-9999')}.")
    return d


@kind("neg_es_tablas_salariales", "es", neg=True)
def n_es_table(r):
    d = Doc()
    yr = r.randint(2024, 2026)
    d.line(f"Convenio colectivo del sector – Tablas salariales {yr} (revisión salarial +{r.randint(2, 4)},{r.randint(0, 9)} %)")
    d.line(f"Código de convenio {digits_nonluhn(r, 14)}")
    d.line()
    d.line(f"{'Grupo profesional':<34}{'Salario base':>14}{'Plus convenio':>15}{'Total anual':>14}")
    for g in ("Grupo I – Titulados superiores", "Grupo II – Titulados medios", "Grupo III – Técnicos",
              "Grupo IV – Oficiales administrativos", "Grupo V – Auxiliares", "Grupo VI – Personal de oficios"):
        b = r.uniform(1150, 2600)
        pl = r.uniform(60, 220)
        f = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        d.line(f"{g:<34}{f(b) + ' €':>14}{f(pl) + ' €':>15}{f((b + pl) * 14) + ' €':>14}")
    d.line()
    d.add(f"Antigüedad: trienios del {r.randint(3, 6)} % del salario base. Jornada anual: {r.randint(1700, 1800)} horas. "
          f"Vacaciones: 30 días naturales. Pagas extraordinarias: dos, de 30 días de salario base cada una.")
    return d


# ============================ generation ===================================
P_NEG = 0.12
P_FOREIGN = 0.215
MIN_LEN, MAX_LEN = 200, 2500
EN_POS = [k for k in KINDS if not k[2] and k[1] in ("en", "gb")]
FOREIGN_POS = [k for k in KINDS if not k[2] and k[1] not in ("en", "gb")]
NEG = [k for k in KINDS if k[2]]


def _build(seed, i):
    r0 = random.Random(f"corpus_blind32|{seed}|{i}")
    u = r0.random()
    pool = NEG if u < P_NEG else (FOREIGN_POS if u < P_NEG + P_FOREIGN else EN_POS)
    name, lang, neg, fn = pool[r0.randrange(len(pool))]
    for attempt in range(100):
        r = random.Random(f"corpus_blind32|{seed}|{i}|{attempt}")
        d = fn(r)
        text = d.text()
        if MIN_LEN <= len(text) <= MAX_LEN:
            break
    else:
        raise RuntimeError(f"could not build document {i} ({name}) within length bounds")
    ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
    doc = {"id": f"blind32-{seed}-{i:06d}", "text": text, "entities": ents}
    return doc, name, lang, attempt


def generate(n, seed=0):
    """Yield n labelled documents; document i depends only on (seed, i)."""
    for i in range(n):
        yield _build(seed, i)[0]


# ============================ validation ===================================
import ipaddress  # noqa: E402  (stdlib)

_RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_RE_URL = re.compile(r"https?://[^\s\"'<>]+")
_RE_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_RE_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_RE_CARD = re.compile(r"(?<![\d-])(?<![A-Z0-9]{4} )(?:[2-6]\d{3}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}|3[47]\d{2}[ -]?\d{6}[ -]?\d{5}|[2-6]\d{14,15})(?![\d])")
_RE_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def _validate_entity(t, s):
    """Return a problem string or None for entity text s of type t."""
    if t == CC:
        digits = re.sub(r"[ -]", "", s)
        if not digits.isdigit() or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
            return "credit card not Luhn-valid"
    elif t == IBAN:
        if not iban_ok(s):
            return "IBAN not mod-97 valid"
    elif t == SSN:
        if not ssn_ok(s):
            return "SSN area/group/serial invalid"
    elif t == EMAIL:
        if not _RE_EMAIL.fullmatch(s):
            return "bad email"
    elif t == URL:
        if not re.fullmatch(r"https?://[^\s]+", s) or "@" in s or _RE_IPV4.search(s):
            return "bad url"
    elif t == IP:
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "bad ip"
    elif t == AWSK:
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", s):
            return "bad aws key"
    elif t == AWSS:
        if len(s) != 40:
            return "aws secret not 40 chars"
    elif t == GH:
        if not re.fullmatch(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})", s):
            return "bad github token"
    elif t == SLACK:
        if not re.fullmatch(r"xox[abp]-[0-9A-Za-z-]+", s):
            return "bad slack token"
    elif t == STRIPE:
        if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", s):
            return "bad stripe key"
    elif t == JWT:
        parts = s.split(".")
        if len(parts) != 3 or not s.startswith("eyJ"):
            return "bad jwt"
    elif t == PKEY:
        if not (s.startswith("-----BEGIN ") and s.endswith("-----") and "PRIVATE KEY-----" in s.splitlines()[-1]):
            return "bad pem"
    return None


def _outside(spans, a, b):
    return all(b <= s or a >= e for s, e in spans)


def _scan_unlabelled(text, spans):
    probs = []
    for m in _RE_EMAIL.finditer(text):
        local = m.group().split("@")[0]
        if re.fullmatch(r"[0-9a-f-]{20,}", local):
            continue  # Message-ID / iCalendar UID (control ids, hard negatives)
        if _outside(spans, m.start(), m.end()):
            probs.append(f"unlabelled email {m.group()!r}")
    for m in _RE_URL.finditer(text):
        if _outside(spans, m.start(), m.end()):
            probs.append(f"unlabelled url {m.group()!r}")
    for m in _RE_IPV4.finditer(text):
        if _outside(spans, m.start(), m.end()) and all(int(x) <= 255 for x in m.group().split(".")):
            probs.append(f"unlabelled ipv4 {m.group()!r}")
    for m in _RE_SSN.finditer(text):
        if _outside(spans, m.start(), m.end()) and ssn_ok(m.group()):
            probs.append(f"unlabelled valid SSN {m.group()!r}")
    for m in _RE_CARD.finditer(text):
        dg = re.sub(r"[ -]", "", m.group())
        if _outside(spans, m.start(), m.end()) and luhn_ok(dg):
            probs.append(f"unlabelled Luhn-valid PAN {m.group()!r}")
    for m in _RE_IBAN.finditer(text):
        if _outside(spans, m.start(), m.end()) and iban_ok(m.group()):
            probs.append(f"unlabelled valid IBAN {m.group()!r}")
    for marker in ("-----BEGIN", "eyJhbGci", "AKIA", "ghp_", "xoxb-", "sk_live_"):
        for m in re.finditer(re.escape(marker), text):
            if _outside(spans, m.start(), m.end()):
                probs.append(f"unlabelled secret marker {marker!r}")
    return probs


def check(n=3000, seed=0):
    from collections import Counter
    problems = []
    type_counts = Counter()
    kind_counts = Counter()
    lang_counts = Counter()
    retries = 0
    empty_docs = 0
    neg_docs = 0
    lengths = []
    ids = set()
    for i in range(n):
        doc, name, lang, attempt = _build(seed, i)
        retries += attempt
        kind_counts[name] += 1
        lang_counts[lang] += 1
        text = doc["text"]
        lengths.append(len(text))
        pre = f"[{doc['id']} {name}]"
        if doc["id"] in ids:
            problems.append(f"{pre} duplicate id")
        ids.add(doc["id"])
        if set(doc) != {"id", "text", "entities"}:
            problems.append(f"{pre} unexpected keys")
        if not MIN_LEN <= len(text) <= MAX_LEN:
            problems.append(f"{pre} length {len(text)}")
        is_neg = any(k[0] == name and k[2] for k in KINDS)
        if is_neg:
            neg_docs += 1
        if not doc["entities"]:
            empty_docs += 1
            if not is_neg:
                problems.append(f"{pre} positive kind without entities")
        elif is_neg:
            problems.append(f"{pre} negative kind with entities")
        last_end = -1
        spans = []
        for e in doc["entities"]:
            s, t, typ = e["start"], e["end"], e["type"]
            if typ not in TYPESET:
                problems.append(f"{pre} bad type {typ}")
            if not (0 <= s < t <= len(text)):
                problems.append(f"{pre} span out of range {e}")
                continue
            if s < last_end:
                problems.append(f"{pre} overlap at {s}")
            last_end = t
            span = text[s:t]
            if span != span.strip():
                problems.append(f"{pre} whitespace at span edge {span!r}")
            if span[-1] in ".,;:" and typ not in (PER, ADDR, PWD, SECRET, DT, DOB, LOC, ACCT, HPN, MRN, DL, PKEY):
                problems.append(f"{pre} trailing punctuation in {typ} {span!r}")
            if (span[0] in "\"'" or span[-1] in "\"'") and typ not in (PWD, SECRET):
                problems.append(f"{pre} quote at edge of {typ} {span!r}")
            for o, c in ("()", "[]", "<>", "{}"):
                if span.count(o) != span.count(c):
                    problems.append(f"{pre} unbalanced bracket in {typ} {span!r}")
            bad = _validate_entity(typ, span)
            if bad:
                problems.append(f"{pre} {bad}: {span!r}")
            type_counts[typ] += 1
            spans.append((s, t))
        for pmsg in _scan_unlabelled(text, spans):
            problems.append(f"{pre} {pmsg}")
    # determinism
    for i in (0, 1, 7, n // 2, n - 1):
        a = _build(seed, i)[0]
        b = next(iter(generate(1, seed))) if i == 0 else _build(seed, i)[0]
        if a != b:
            problems.append(f"document {i} not deterministic")
    missing = [k[0] for k in KINDS if kind_counts[k[0]] == 0]
    if missing:
        problems.append(f"kinds never generated: {missing}")
    foreign = sum(v for k, v in lang_counts.items() if k not in ("en", "gb"))
    if not 0.20 <= foreign / n <= 0.30:
        problems.append(f"non-English share {foreign / n:.3f} outside 20-30%")
    if not 0.09 <= empty_docs / n <= 0.15:
        problems.append(f"entity-free share {empty_docs / n:.3f} outside 9-15%")
    first_names = {f for L in NAMES.values() for f in L[0] + L[1]} | {f for c in WORLD for f in c[0] + c[1]}
    last_names = {l for L in NAMES.values() for l in L[2]} | {l for c in WORLD for l in c[2]}
    cities = {c[0] for c in US_CITIES} | {c[0] for c in UK_CITIES} | {c[0] for v in LOCALE_CITIES.values() for c in v} | \
             {c[0] for c in WORLD_CITIES}
    if len(first_names) < 300 or len(last_names) < 300 or len(cities) < 200:
        problems.append(f"pools too small: first={len(first_names)} last={len(last_names)} cities={len(cities)}")
    if len(KINDS) < 50:
        problems.append(f"only {len(KINDS)} document kinds")

    print(f"documents: {n} (seed {seed})   kinds: {len(KINDS)} "
          f"({len(EN_POS)} English positive, {len(FOREIGN_POS)} other-language positive, {len(NEG)} negative-only)")
    print(f"pools: {len(first_names)} first names, {len(last_names)} last names, {len(cities)} cities")
    print(f"length: min {min(lengths)}  mean {sum(lengths) / n:.0f}  max {max(lengths)}   length retries: {retries}")
    print(f"entity-free documents: {empty_docs} ({empty_docs / n:.1%})   non-English documents: {foreign} ({foreign / n:.1%})")
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(lang_counts.items(), key=lambda x: -x[1])))
    print(f"entities: {sum(type_counts.values())}")
    for t in TYPES:
        print(f"  {t:<24}{type_counts[t]:>7}")
    print("kinds:")
    for k in KINDS:
        print(f"  {k[0]:<34}{k[1]:<4}{'neg' if k[2] else '   '}{kind_counts[k[0]]:>6}")
    if problems:
        print(f"\nPROBLEMS ({len(problems)}):")
        for p in problems[:60]:
            print("  " + p)
        return 1
    print("\nOK - all checks passed")
    return 0


def render(doc):
    text = doc["text"]
    out = []
    pos = 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{text[e['start']:e['end']]}]]{{{e['type']}}}")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate them")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with entities marked")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return check(3000, a.seed)
    if a.sample:
        try:
            for doc in generate(a.sample, a.seed):
                print(f"===== {doc['id']} ({len(doc['entities'])} entities)")
                print(render(doc))
                print()
        except BrokenPipeError:
            sys.stderr.close()
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            for doc in generate(a.n, a.seed):
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} documents to {a.output}")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
