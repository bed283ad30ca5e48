#!/usr/bin/env python3
"""Blind synthetic labelled corpus #35 -- money and commerce.

Standard-library-only generator of labelled documents for a PII/PHI/secrets
detector benchmark.  The corpus is "blind": it was written only from the
labelling conventions below, without looking at the detector or at any other
corpus.

Domains generated (English documents use US, UK, Canadian and Australian locales):
  * banking: retail statements, credit card statements, fraud alert e-mails,
    card dispute letters, chargeback tickets, ACH return reports, wire
    requests, cheque OCR
  * payroll and pensions: payroll run CSV, UK payslips, direct-deposit forms,
    pension benefit statements; tax preparer worksheets and IRS notices
  * accounting and procurement: general ledger CSV, invoices (PDF-to-text and
    fixed-width), EDI 810, purchase orders, vendor master data, expense
    reports, accounts-receivable e-mail threads, utility and telecom billing
  * crypto exchange KYC reviews and withdrawal compliance holds
  * lending: mortgage file notes, loan application JSON, auto loan contracts,
    escrow analyses, loan-closing calendar invites (ICS), vCard client exports
  * property management: rental applications, tenant ledgers, work orders
  * marketplaces: seller support cases, order exports, refund chats, BNPL mail
  * collections: debt collection letters, collection call transcripts
  * insurance and health billing: health and auto premium notices, HSA claims,
    hospital statements, HL7 DFT^P03 messages, FHIR Coverage bundles
  * payment-platform artefacts: .env files, Kubernetes secrets, CI workflows,
    SFTP configs, API logs, Slack exports, portal audit logs
  * German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish,
    Danish and Turkish: bank statements, invoices, payslips, card disputes,
    dunning letters, health insurance premium notices
  * hard-negative-only documents: FX rate sheets, price lists, batch logs,
    invoice templates, trial balances, shipment tracking, payment terms,
    masked card receipts, config templates, on-chain dumps

API: generate(n, seed=0) yields {"id", "text", "entities": [{start,end,type}]}.
Document i is a pure function of (seed, i).  CLI: --check, --sample K,
--n N --seed S --output F.jsonl.

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
import json
import random
import re
import sys
import unicodedata
import uuid
from collections import Counter, namedtuple
from datetime import date, timedelta

TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
         "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
         "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
         "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET").split()

E = namedtuple("E", "s t")          # a labelled piece: text + entity type

def _mk(t):
    return lambda x: E(x, t)

(PER, EML, PHN, SSN, CC, IBAN, IPA, DOB, DT, LOCN, ADR, URL, MRN, HPN, ACC, DL,
 AKI, ASK, GHT, SLT, STK, JWT, PEM, PWD, SEC) = (_mk(t) for t in TYPES)

PH = re.compile(r"\{([a-z][a-z0-9_]*)\}")

class Builder:
    """Appends pieces and records entity offsets as they are appended."""

    def __init__(self):
        self.parts, self.pos, self.ents = [], 0, []

    def t(self, s):
        if s:
            self.parts.append(s)
            self.pos += len(s)
        return self

    def e(self, s, typ):
        if typ not in TYPES:
            raise ValueError(f"bad type {typ}")
        if not s or s != s.strip():
            raise ValueError(f"bad span text {s!r} ({typ})")
        self.ents.append({"start": self.pos, "end": self.pos + len(s), "type": typ})
        return self.t(s)

    def put(self, v):
        if v is None:
            return self
        if isinstance(v, E):
            return self.e(v.s, v.t)
        if isinstance(v, str):
            return self.t(v)
        if isinstance(v, (list, tuple)):
            for x in v:
                self.put(x)
            return self
        return self.t(str(v))

    def f(self, tpl, **kw):
        """Fill a template: {key} placeholders take str / E / lists of both."""
        pos = 0
        for m in PH.finditer(tpl):
            self.t(tpl[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        return self.t(tpl[pos:])

    def pad(self, v, width, right=False):
        s = txt(v)
        fill = " " * max(1, width - len(s))
        if right:
            self.t(fill)
        self.put(v)
        if not right:
            self.t(fill)
        return self

    def text(self):
        return "".join(self.parts)

def txt(v):
    """Plain text of a value (for widths / JSON escaping checks)."""
    if isinstance(v, E):
        return v.s
    if isinstance(v, (list, tuple)):
        return "".join(txt(x) for x in v)
    return str(v)

# --------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------
def luhn_ok(num):
    ds, tot = [int(x) for x in num if x.isdigit()], 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError

def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1

def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0

# --------------------------------------------------------------------------
# data: names (a trailing * marks a female given name), places, brands
# --------------------------------------------------------------------------
WORLD_RAW = {"anglo": ("James Emily* Michael Sarah* Robert Jessica* William Ashley* David Megan* Thomas "
              "Hannah* Brian Laura* Kevin Rachel* Tyler Brittany* Gordon Heather*",
              "Smith Johnson Williams Brown Miller Davis Wilson Anderson Taylor Thompson Harris "
              "Clark Lewis Walker Hall Young Whitfield Pennington Hargreaves Caldwell"),
    "hispanic": ("José María* Carlos Guadalupe* Luis Ana* Jorge Lucía* Alejandro Camila* Miguel "
                 "Sofía* Diego Valentina* Ximena* Rodrigo",
                 "García Martínez Rodríguez Hernández López González Pérez Sánchez Ramírez Torres "
                 "Flores Rivera Gómez Díaz Morales Ortiz Villaseñor"),
    "chinese": ("Wei Li* Na* Jun Xiaoming Mei* Hao Yan* Jing* Lei Ying* Zhiwei Xin*",
                "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Lin"),
    "indian": ("Priya* Rahul Ananya* Arjun Deepika* Vikram Sneha* Rohan Kavya* Aditya Lakshmi* "
               "Sanjay Meera* Karthik",
               "Sharma Patel Iyer Reddy Nair Gupta Singh Mehta Krishnan Rao Banerjee Chatterjee "
               "Desai Menon Venkataraman"),
    "nigerian": ("Chinedu Ngozi* Oluwaseun Adaeze* Emeka Funmilayo* Tunde Chiamaka* Ifeanyi " "Yetunde* Babajide",
                 "Okafor Adeyemi Okonkwo Balogun Eze Adebayo Nwosu Ogunleye Obi Afolabi Chukwu"),
    "arabic": ("Mohammed Fatima* Omar Aisha* Youssef Layla* Khalid Mariam* Hassan Noor* Tariq Salma*",
               "Al-Sayed Haddad Mansour Khalil Nasser Aziz Rahman Hamdan Saleh Farouk Qureshi"),
    "vietnamese": ("Minh Linh* Thanh Huong* Quang Thao* Duc Lan* Tuan Ngoc*",
                   "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do"),
    "korean": ("Ji-woo* Min-jun Seo-yeon* Hyun-woo Eun-ji* Dong-hyun Soo-jin* Jae-won",
               "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    "japanese": ("Haruto Yui* Sota Aoi* Ren Sakura* Takumi Hina* Kenji Yuki*",
                 "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato"),
    "slavic": ("Aleksandr Olga* Dmitri Natalia* Ivan Svetlana* Pavel Irina* Bogdan Katarzyna*",
               "Ivanov Petrova Smirnov Kuznetsova Popov Volkov Novak Horvat Kovalenko Shevchenko"),
    "filipino": ("Maricel* Jose Rowena* Ramon Cristina* Dante Analyn* Rodel",
                 "Santos Reyes Cruz Bautista Ocampo Mendoza Villanueva Aquino Dela_Cruz"),
    "persian": ("Dariush Shirin* Reza Parisa* Kaveh Nasrin* Arash Leila*",
                "Hosseini Tehrani Karimi Jafari Moradi Rezaei Sadeghi Ahmadi"),
    "greek": ("Georgios Eleni* Nikolaos Maria* Dimitrios Sofia* Konstantinos Katerina*",
              "Papadopoulos Georgiou Nikolaidis Karagiannis Vlachos Oikonomou"),
    "irish": ("Siobhan* Ciaran Niamh* Padraig Aoife* Eoin Saoirse* Declan",
              "O'Brien O'Sullivan McCarthy Fitzgerald MacLeod Gallagher Byrne Kavanagh"),
    "ethiopian": ("Abebe Tigist* Dawit Meron* Yonas Selam*", "Bekele Tesfaye Haile Alemu Girma Wolde"),
    "indigenous_ca": ("Tanis* Wapun Kiona* Dakota", "Cardinal Bearspaw Sinclair Littlechild Morningstar"),}

def _names(s):
    # "_" joins multi-word names ("Dela_Cruz")
    return [x.replace("_", " ") for x in s.split()]

WORLD = {k: (_names(g), _names(s)) for k, (g, s) in WORLD_RAW.items()}

# locale data: given, surnames, cities (city|region), streets, address format,
# postcode pattern, phone patterns, iban country, currency style, country name
LOCALES = {"us": dict(cities="Austin|TX Portland|OR Columbus|OH Raleigh|NC Sacramento|CA Denver|CO Phoenix|AZ "
               "Minneapolis|MN Tampa|FL Albany|NY Newark|NJ Boise|ID Madison|WI Richmond|VA Omaha|NE "
               "Tucson|AZ Pittsburgh|PA Chicago|IL Seattle|WA Atlanta|GA Honolulu|HI Anchorage|AK "
               "El_Paso|TX San_Jose|CA Baton_Rouge|LA Des_Moines|IA",
        streets="Main St;Oak Avenue;Maple Drive;Cedar Lane;Elm Street;Washington Blvd;Lakeview Terrace;"
                "Sunset Road;Pine Court;Willow Way;Highland Ave;Market Street;Broadway;Magnolia Blvd;"
                "Riverbend Parkway;N Halsted St;Calle Real;Kamehameha Hwy",
        afmt="{no} {street}{unit}\n{city}, {reg} {pc}", pc="%####", country="USA",
        phone="(~##) ~##-####;~##-~##-####;+1 ~##-~##-####;~##.~##.####;1-800-~##-####;(888) ~##-####",
        iban=None, cur="us"), "gb": dict(
        cities="London|England Manchester|England Birmingham|England Leeds|England Glasgow|Scotland "
               "Edinburgh|Scotland Bristol|England Cardiff|Wales Liverpool|England Belfast|Northern_Ireland "
               "Nottingham|England Sheffield|England Aberdeen|Scotland Swansea|Wales Leicester|England",
        streets="High Street;Station Road;Church Lane;Victoria Road;Park Avenue;Mill Lane;Queen's Road;"
                "Kingsway;Grove Terrace;Coronation Street;Albert Road;Bridge Street",
        afmt="{no} {street}{unit}\n{city}\n{pc}", pc="@@%# %@@;@%# %@@;@@%% %@@", country="United Kingdom",
        phone="+44 20 7946 %###;020 7946 %###;07700 9%####;+44 161 496 %###;0800 %## ####;0131 496 %###",
        iban="GB", cur="gb"), "ca": dict(
        cities="Toronto|ON Vancouver|BC Montréal|QC Calgary|AB Halifax|NS Winnipeg|MB Ottawa|ON "
               "Edmonton|AB Victoria|BC Saskatoon|SK Québec|QC Regina|SK",
        streets="Yonge Street;Rue Sainte-Catherine;Granville St;Jasper Avenue;Spring Garden Road;"
                "Portage Avenue;Bank Street;Whyte Ave;Robson Street;Albert Street",
        afmt="{no} {street}{unit}\n{city}, {reg} {pc}", pc="@%@ %@%", country="Canada",
        phone="(~##) ~##-####;~##-~##-####;+1 ~## ~## ####;1-888-~##-####", iban=None, cur="ca"), "au": dict(
        cities="Sydney|NSW Melbourne|VIC Brisbane|QLD Perth|WA Adelaide|SA Hobart|TAS Canberra|ACT "
               "Darwin|NT Geelong|VIC Newcastle|NSW Cairns|QLD",
        streets="George Street;Collins Street;Queen Street;Hay Street;Rundle Mall;King William Street;"
                "Elizabeth Street;Pitt Street;Smith Street;Bourke Street",
        afmt="{unit}{no} {street}\n{city} {reg} {pc}", pc="%###", country="Australia",
        phone="+61 2 9%## ####;(03) 9%## ####;04%# ### ###;1300 %## ###;+61 4%# ### ###", iban=None, cur="au"),
    "de": dict(given="Lukas Anna* Jonas Leonie* Tobias Katharina* Jürgen Sabine* Florian Mia* Dirk Ute* "
              "Matthias Franziska* Mehmet Elif* Dariusz Aylin* Sven Heike*",
        sur="Müller Schneider Fischer Weber Becker Hoffmann Schäfer Koch Bauer Wagner Zimmermann "
            "Krüger Hartmann Lehmann Schulze Yılmaz Kowalski Popović Nguyen Brandt von_Bülow",
        cities="Berlin|Berlin Hamburg|Hamburg München|Bayern Köln|Nordrhein-Westfalen "
               "Frankfurt_am_Main|Hessen Stuttgart|Baden-Württemberg Leipzig|Sachsen Dresden|Sachsen "
               "Hannover|Niedersachsen Nürnberg|Bayern Bremen|Bremen Münster|Nordrhein-Westfalen "
               "Kassel|Hessen Rostock|Mecklenburg-Vorpommern",
        streets="Hauptstraße;Bahnhofstraße;Schillerstraße;Gartenweg;Lindenallee;Am Markt;Goethestraße;"
                "Kastanienweg;Friedrichstraße;Rosenstraße;Bergstraße;Mühlenweg",
        afmt="{street} {no}{unit}\n{pc} {city}", pc="%####", country="Deutschland",
        phone="+49 30 %#######;030 %######;0171 %######;+49 89 %######;0221 %#####;040 %## ## ##", iban="DE", cur="de"),
    "fr": dict(given="Camille* Julien Manon* Thomas Chloé* Nicolas Inès* Mathieu Léa* Antoine Sophie* "
              "Karim Yasmine* Mamadou Aminata* Hugo Élodie* Pierre",
        sur="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Laurent Lefèvre "
            "Girard Fournier Benali Diallo Nguyen Mercier Rousseau Le_Gall",
        cities="Paris|Île-de-France Lyon|Auvergne-Rhône-Alpes Marseille|Provence-Alpes-Côte_d'Azur "
               "Toulouse|Occitanie Nantes|Pays_de_la_Loire Bordeaux|Nouvelle-Aquitaine Lille|Hauts-de-France "
               "Strasbourg|Grand_Est Rennes|Bretagne Montpellier|Occitanie Grenoble|Auvergne-Rhône-Alpes "
               "Dijon|Bourgogne-Franche-Comté",
        streets="rue de la République;avenue Victor Hugo;boulevard Voltaire;rue des Lilas;place du Marché;"
                "rue Saint-Honoré;chemin des Vignes;allée des Tilleuls;rue Nationale;quai de la Loire",
        afmt="{no}{unit} {street}\n{pc} {city}", pc="%####", country="France",
        phone="+33 1 %# %# %# %#;01 %# %# %# %#;06 %# %# %# %#;+33 6 %# %# %# %#;04 %# %# %# %#", iban="FR", cur="fr"),
    "es": dict(given="Javier Lucía* Alejandro Carmen* Pablo Marta* Sergio Laura* Álvaro Paula* Jordi Montserrat* "
              "Iñaki Ainhoa* Andrés Rocío* Youssef Nerea*",
        sur="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
            "Hernández Navarro Iglesias Etxeberria Puig Castro de_la_Fuente",
        cities="Madrid|Comunidad_de_Madrid Barcelona|Cataluña Valencia|Comunidad_Valenciana Sevilla|Andalucía "
               "Zaragoza|Aragón Málaga|Andalucía Bilbao|País_Vasco Valladolid|Castilla_y_León "
               "Granada|Andalucía Alicante|Comunidad_Valenciana Murcia|Región_de_Murcia Palma|Islas_Baleares",
        streets="Calle Mayor;Calle de Alcalá;Avenida de la Constitución;Paseo de Gracia;Calle del Sol;"
                "Gran Vía;Calle San Vicente;Avenida del Puerto;Calle Real;Rambla de Catalunya",
        afmt="{street}, {no}{unit}\n{pc} {city}", pc="%####", country="España",
        phone="+34 6%# ### ###;91 %## ## ##;6%# ## ## ##;+34 93 %## ## ##;900 %## ###", iban="ES", cur="es"),
    "it": dict(given="Giuseppe Giulia* Alessandro Francesca* Lorenzo Chiara* Matteo Sara* Davide Martina* "
              "Andrea Federica* Salvatore Valentina* Marco Elena*",
        sur="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
            "De_Luca Mancini Costa Giordano Lombardi Moretti",
        cities="Milano|MI Roma|RM Torino|TO Napoli|NA Bologna|BO Firenze|FI Genova|GE Verona|VR Bari|BA "
               "Padova|PD Palermo|PA Trieste|TS",
        streets="Via Roma;Via Garibaldi;Corso Vittorio Emanuele II;Via dei Mille;Viale Europa;"
                "Piazza Duomo;Via Mazzini;Via Dante;Via Cavour;Corso Italia",
        afmt="{street} {no}{unit}\n{pc} {city} {reg}", pc="%####", country="Italia",
        phone="+39 02 %### ####;02 %### ####;347 %## ####;+39 06 %### ####;333 %######;800 %## ###",
        iban="IT", cur="it"), "pt": dict(
        given="João Ana* Tiago Beatriz* Rui Inês* Miguel Mariana* Pedro Catarina* Duarte Leonor* "
              "Gonçalo Sofia* Nuno Raquel*",
        sur="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes "
            "Gonçalves Gomes Lopes Marques Carvalho",
        cities="Lisboa|Lisboa Porto|Porto Braga|Braga Coimbra|Coimbra Faro|Algarve Aveiro|Aveiro "
               "Setúbal|Setúbal Évora|Alentejo Funchal|Madeira Viseu|Viseu",
        streets="Rua Augusta;Avenida da Liberdade;Rua de Santa Catarina;Rua do Ouro;Travessa do Carmo;"
                "Avenida dos Aliados;Rua Direita;Rua das Flores;Avenida da República",
        afmt="{street}, {no}{unit}\n{pc} {city}", pc="%###-###", country="Portugal",
        phone="+351 9%# ### ###;21 %## ####;9%# ### ###;+351 22 %## ####;800 %## ###", iban="PT", cur="pt"), "nl": dict(
        given="Daan Emma* Sem Julia* Lucas Sanne* Thijs Lotte* Bram Fleur* Jeroen Anouk* Mohamed "
              "Fatma* Ruud Marieke*",
        sur="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
            "Mulder de_Groot Bos Vos Peters Hendriks Bouzid",
        cities="Amsterdam|Noord-Holland Rotterdam|Zuid-Holland Utrecht|Utrecht Den_Haag|Zuid-Holland "
               "Eindhoven|Noord-Brabant Groningen|Groningen Tilburg|Noord-Brabant Nijmegen|Gelderland "
               "Haarlem|Noord-Holland Leiden|Zuid-Holland Zwolle|Overijssel",
        streets="Kerkstraat;Dorpsstraat;Prinsengracht;Stationsweg;Molenlaan;Julianastraat;Beukenlaan;"
                "Herengracht;Marktplein;Wilhelminastraat",
        afmt="{street} {no}{unit}\n{pc} {city}", pc="%### @@", country="Nederland",
        phone="+31 20 %## ####;020 %## ####;06-%#######;+31 6 %## ## ###;010 %## ####;0800 %###", iban="NL", cur="nl"),
    "pl": dict(given="Piotr Anna* Krzysztof Katarzyna* Tomasz Magdalena* Paweł Agnieszka* Michał Joanna* "
              "Marcin Aleksandra* Łukasz Zofia* Grzegorz Małgorzata*",
        sur="Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
            "Woźniak Dąbrowski Kozłowski Jankowska Mazur Krawczyk Piotrowska",
        cities="Warszawa|mazowieckie Kraków|małopolskie Łódź|łódzkie Wrocław|dolnośląskie "
               "Poznań|wielkopolskie Gdańsk|pomorskie Szczecin|zachodniopomorskie Lublin|lubelskie "
               "Katowice|śląskie Białystok|podlaskie",
        streets="Marszałkowska;Długa;Piotrkowska;Mickiewicza;Kościuszki;Słowackiego;Polna;Lipowa;"
                "Grunwaldzka;Ogrodowa", afmt="ul. {street} {no}{unit}\n{pc} {city}", pc="%#-###", country="Polska",
        phone="+48 22 %## ## ##;22 %## ## ##;5%# ### ###;+48 6%# ### ###;801 %## ###", iban="PL", cur="pl"), "sv": dict(
        given="Erik Anna* Lars Maria* Karl Elin* Johan Sara* Anders Emma* Mikael Ida* Ahmed Linnea* " "Oskar Astrid*",
        sur="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
            "Pettersson Lindqvist Bergström Lindgren Ali Hedlund",
        cities="Stockholm|Stockholms_län Göteborg|Västra_Götaland Malmö|Skåne Uppsala|Uppsala_län "
               "Västerås|Västmanland Örebro|Örebro_län Linköping|Östergötland Lund|Skåne Umeå|Västerbotten",
        streets="Storgatan;Drottninggatan;Kungsgatan;Vasagatan;Södra vägen;Björkvägen;Linnégatan;"
                "Skolgatan;Järnvägsgatan", afmt="{street} {no}{unit}\n{pc} {city}", pc="%## ##", country="Sverige",
        phone="+46 8 %## ### ##;08-%## ### ##;070-%## ## ##;+46 70 %## ## ##;031-%## ## ##", iban="SE", cur="sv"),
    "da": dict(given="Mads Sofie* Frederik Ida* Rasmus Mette* Jens Camilla* Søren Freja* Mikkel Louise* "
              "Anders Signe* Kasper Maja*",
        sur="Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
            "Petersen Madsen Kristensen Olsen Thomsen Mortensen",
        cities="København|Hovedstaden Aarhus|Midtjylland Odense|Syddanmark Aalborg|Nordjylland "
               "Esbjerg|Syddanmark Randers|Midtjylland Kolding|Syddanmark Vejle|Syddanmark Roskilde|Sjælland",
        streets="Vestergade;Nørregade;Østerbrogade;Strandvejen;Bredgade;Algade;Skolevej;Jernbanegade;" "Søndergade",
        afmt="{street} {no}{unit}\n{pc} {city}", pc="%###", country="Danmark",
        phone="+45 %# %# %# %#;%# %# %# %#;+45 %#######;80 %# %# %#", iban="DK", cur="da"), "tr": dict(
        given="Mehmet Ayşe* Mustafa Fatma* Ahmet Zeynep* Emre Elif* Burak Merve* Can Deniz* Hakan "
              "Selin* Murat Gülşen*",
        sur="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
            "Aslan Çetin Koç Kurt",
        cities="İstanbul|Kadıköy İstanbul|Beşiktaş İstanbul|Üsküdar Ankara|Çankaya İzmir|Karşıyaka "
               "İzmir|Bornova Bursa|Nilüfer Antalya|Muratpaşa Eskişehir|Tepebaşı",
        streets="Atatürk Caddesi;Bağdat Caddesi;İstiklal Caddesi;Cumhuriyet Caddesi;Menekşe Sokak;"
                "Lale Sokak;Gazi Mustafa Kemal Bulvarı;Bahçelievler Sokak",
        afmt="{street} No:{no}{unit}\n{pc} {reg}/{city}", pc="%####", country="Türkiye",
        phone="+90 212 %## ## ##;0212 %## ## ##;05%# ### ## ##;+90 5%# ### ## ##;0850 %## ## ##", iban="TR", cur="tr"),
}
for _k, _v in LOCALES.items():
    _v["cities"] = [tuple(x.replace("_", " ").split("|")) for x in _v["cities"].split()]
    _v["streets"] = _v["streets"].split(";")
    _v["phone"] = _v["phone"].split(";")
    _v["pc"] = _v["pc"].split(";")
    if "given" in _v:
        _v["given"] = _names(_v["given"])
        _v["sur"] = _names(_v["sur"])

EN = ("us", "gb", "ca", "au")
NONEN = ("de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "tr")

MONTHS = {"en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),}
DFMT = {"us": ["{mm}/{dd}/{yyyy}", "{mon} {d}, {yyyy}", "{yyyy}-{mm}-{dd}", "{m}/{d}/{yy}", "{mab} {d}, {yyyy}"],
    "gb": ["{dd}/{mm}/{yyyy}", "{d} {mon} {yyyy}", "{yyyy}-{mm}-{dd}", "{d} {mab} {yyyy}"],
    "ca": ["{yyyy}-{mm}-{dd}", "{mon} {d}, {yyyy}", "{dd}/{mm}/{yyyy}"],
    "au": ["{dd}/{mm}/{yyyy}", "{d} {mon} {yyyy}", "{d} {mab} {yyyy}"],
    "de": ["{dd}.{mm}.{yyyy}", "{d}. {mon} {yyyy}", "{dd}.{mm}.{yy}"], "fr": ["{dd}/{mm}/{yyyy}", "{d} {mon} {yyyy}"],
    "es": ["{dd}/{mm}/{yyyy}", "{d} de {mon} de {yyyy}", "{dd}-{mm}-{yyyy}"],
    "it": ["{dd}/{mm}/{yyyy}", "{d} {mon} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "pt": ["{dd}/{mm}/{yyyy}", "{d} de {mon} de {yyyy}", "{dd}-{mm}-{yyyy}"],
    "nl": ["{dd}-{mm}-{yyyy}", "{d} {mon} {yyyy}"], "pl": ["{dd}.{mm}.{yyyy}", "{d} {mon} {yyyy}", "{yyyy}-{mm}-{dd}"],
    "sv": ["{yyyy}-{mm}-{dd}", "{d} {mon} {yyyy}"], "da": ["{dd}.{mm}.{yyyy}", "{d}. {mon} {yyyy}", "{dd}-{mm}-{yyyy}"],
    "tr": ["{dd}.{mm}.{yyyy}", "{d} {mon} {yyyy}", "{dd}/{mm}/{yyyy}"],}
JOIN = {"us": [" at ", ", "], "gb": [" at ", ", "], "ca": [" at ", ", "], "au": [" at ", ", "],
        "de": [" um ", ", "], "fr": [" à "], "es": [" a las "], "it": [" alle ", ", "],
        "pt": [" às "], "nl": [" om ", " "], "pl": [", ", " "], "sv": [" "], "da": [", ", " "], "tr": [" "]}
TITLES = {  # (male, female, neutral)
    "us": ("Mr.", "Ms.", "Dr."), "gb": ("Mr", "Mrs", "Dr"), "ca": ("Mr.", "Ms.", "Dr."),
    "au": ("Mr", "Ms", "Dr"), "de": ("Herr", "Frau", "Dr."), "fr": ("M.", "Mme", "Dr"),
    "es": ("Sr.", "Sra.", "D."), "it": ("Sig.", "Sig.ra", "Dott."), "pt": ("Sr.", "Sra.", "Dr."),
    "nl": ("dhr.", "mevr.", "dr."), "pl": ("Pan", "Pani", "dr"), "sv": ("", "", ""),
    "da": ("", "", ""), "tr": ("Bay", "Bayan", "Dr."),}
CURRENCY = {"us": ("$", "pre", ",", "."), "gb": ("£", "pre", ",", "."), "ca": ("CA$", "pre", ",", "."),
            "au": ("A$", "pre", ",", "."), "de": ("€", "post", ".", ","), "fr": ("€", "post", "\u202f", ","),
            "es": ("€", "post", ".", ","), "it": ("€", "pre ", ".", ","), "pt": ("€", "post", " ", ","),
            "nl": ("€", "pre ", ".", ","), "pl": ("zł", "post", " ", ","), "sv": ("kr", "post", " ", ","),
            "da": ("kr.", "post", ".", ","), "tr": ("TL", "post", ".", ",")}
MAILDOM = {"us": "gmail.com yahoo.com outlook.com icloud.com aol.com proton.me",
           "gb": "btinternet.com gmail.com outlook.com sky.com yahoo.co.uk",
           "ca": "gmail.com shaw.ca rogers.com sympatico.ca outlook.com",
           "au": "bigpond.com gmail.com optusnet.com.au outlook.com",
           "de": "web.de gmx.de t-online.de posteo.de gmail.com", "fr": "orange.fr free.fr laposte.net gmail.com",
           "es": "gmail.com hotmail.es telefonica.net yahoo.es", "it": "libero.it virgilio.it tiscali.it gmail.com",
           "pt": "sapo.pt gmail.com hotmail.com", "nl": "ziggo.nl kpnmail.nl gmail.com xs4all.nl",
           "pl": "wp.pl onet.pl o2.pl interia.pl gmail.com", "sv": "telia.com bredband.net gmail.com",
           "da": "mail.dk jubii.dk gmail.com", "tr": "gmail.com hotmail.com yandex.com.tr"}
COSUFFIX = {"us": "Inc.;LLC;Corp.;Co.", "gb": "Ltd;PLC;LLP", "ca": "Inc.;Ltd.;Corp.", "au": "Pty Ltd;Ltd",
            "de": "GmbH;AG;GmbH & Co. KG;e.K.", "fr": "SAS;SARL;SA", "es": "S.L.;S.A.", "it": "S.r.l.;S.p.A.",
            "pt": "Lda.;S.A.", "nl": "B.V.;N.V.", "pl": "sp. z o.o.;S.A.", "sv": "AB;HB", "da": "ApS;A/S",
            "tr": "A.Ş.;Ltd. Şti."}
BRANDS = ("Kestrel Ironbridge Solara Vantage Meridian Cobalt Quill Tessera Lumen Orchard Pinecrest "
          "Brightline Granite Juniper Halcyon Northwind Bluefin Copperleaf Aurelia Stratus Verdant "
          "Keystone Larkspur Obsidian Tidewater Mosaic Bramble Sable Fennel Cinder Alder Paragon").split()
SECTORS = ("Payments Logistics Supply Holdings Retail Analytics Foods Textiles Components Hardware "
           "Software Interiors Pharma Energy Print Freight").split()
MERCH = ("AMAZON MKTPLACE PMTS;UBER *TRIP;SPOTIFY P1A2B3C4;SHELL OIL 57442;TARGET T-1832;COSTCO WHSE #0112;"
         "APPLE.COM/BILL;DOORDASH*THAI BASIL;WALGREENS #7721;STARBUCKS STORE 09921;NETFLIX.COM;"
         "SQ *BLUE HERON COFFEE;PAYPAL *STEAMGAMES;TST* KESTREL TACOS;LYFT *RIDE SUN 8PM;IKEA 0342;"
         "AIRBNB * HMX8QZ2;DELTA AIR 0062134;HOME DEPOT #4410;TRADER JOE'S #552").split(";")
PETS = "Biscuit Luna Max Pepper Mochi Rocky Nala Oreo Simba Daisy Churro Pickles".split()
DRUGS = "atorvastatin metformin lisinopril amoxicillin omeprazole levothyroxine sertraline".split()

def bank_name(c):
    b = c.ch(BRANDS)
    return {"de": f"{b} Bank", "fr": f"Banque {b}", "es": f"Banco {b}", "it": f"Banca {b}",
            "pt": f"Banco {b}", "nl": f"{b} Bank", "pl": f"Bank {b}", "sv": f"{b}banken",
            "da": f"{b} Bank", "tr": f"{b}bank"}.get(c.lang, c.ch([f"{b} Bank", f"{b} Federal Credit Union",
                                                               f"{b} Savings Bank", f"{b} Bank, N.A."]))

# --------------------------------------------------------------------------
# value factory
# --------------------------------------------------------------------------
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = UPPER.lower()
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
FOLD = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae",
                      "Æ": "AE", "đ": "d", "İ": "I", "ğ": "g", "ş": "s"})
TLD = {"us": "com", "gb": "co.uk", "ca": "ca", "au": "com.au", "de": "de", "fr": "fr", "es": "es",
       "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "sv": "se", "da": "dk", "tr": "com.tr"}
IBAN_SPEC = {"DE": "%#################", "FR": "%######################", "ES": "%###################",
             "IT": "@%#########%###########", "PT": "00%##################", "NL": "@@@@%#########",
             "PL": "%#######################", "SE": "%###################", "DK": "%#############",
             "TR": "%####0################", "GB": "@@@@%#############", "BE": "%###########",
             "AT": "%###############", "IE": "@@@@%#############", "CH": "%###############?"}
NLBANK = "ABNA INGB RABO SNSB TRIO KNAB ASNB".split()
GBBANK = "NWBK BARC LOYD HBUK MIDL MONZ SRLG".split()
UNITS = {"us": [", Apt %#", " Apt %@", ", Suite %00", " Unit %#"], "ca": [", Unit %#", " Apt %0%"],
         "au": ["%/"], "gb": [", Flat %"], "es": [", %º @"], "it": [", int. %"], "pt": [", %º Esq"],
         "tr": [" D:%"], "pl": ["/%#"], "fr": [" bis"], "de": [" @"], "nl": ["-%"], "sv": [" lgh 1%0%"],
         "da": [", %. th"]}
DLPAT = {"us": ["@#######", "%## ### ###", "%#######", "@###-####-####", "@###-###-##-###-#", "WDL??????#?"],
         "gb": ["@@@@@%#####@@#@@"], "ca": ["@####-#####-#####", "%########"], "au": ["%#######", "%##-###-###"],
         "de": ["@%#???@%#%?"], "fr": ["%###########"], "es": ["%#######@"], "it": ["@@%######@"],
         "pt": ["@@-%#####"], "nl": ["%#########"], "pl": ["%####/##/####"], "sv": ["%########"],
         "da": ["%#######"], "tr": ["%#####"]}
HPNPAT = ["@@@%########", "W%########", "%########@", "MBR%########", "@%#-###-####", "ZGP%######", "XJH%#######"]
MRNPAT = ["MRN%######", "%#######", "E%######", "%#-###-###", "H%########"]

Who = namedtuple("Who", "g s fem")

def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())

class Ctx:
    def __init__(self, r, lang):
        self.r, self.lang, self.L = r, lang, LOCALES[lang]
        self.en = lang in EN

    # -- primitives
    def ch(self, seq):
        return self.r.choice(seq)
    def ri(self, a, b):
        return self.r.randint(a, b)
    def p(self, x=0.5):
        return self.r.random() < x
    def rs(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))
    def hexs(self, n):
        return self.rs(n, "0123456789abcdef")
    def pat(self, p):
        out = []
        for ch in p:
            out.append({"#": lambda: self.ch(DIGITS), "%": lambda: self.ch(DIGITS[1:]),
                        "~": lambda: self.ch("23456789"), "@": lambda: self.ch(UPPER), "?": lambda: self.ch(UPPER + DIGITS),
                        "^": lambda: self.ch("0123456789abcdef"), "&": lambda: self.ch(LOWER)} .get(ch, lambda: ch)())
        return "".join(out)
    def lab(self, table):
        return table[self.lang].split("|")

    # -- people
    def who(self, culture=None):
        if culture:
            g, s = WORLD[culture]
        elif self.en or self.p(0.15) or "given" not in self.L:
            g, s = WORLD[self.ch(list(WORLD))]
        else:
            g, s = self.L["given"], self.L["sur"]
        gn = self.ch(g)
        return Who(gn.rstrip("*"), self.ch(s), gn.endswith("*"))
    def full(self, w, mid=0.2):
        if self.en and self.p(mid):
            return f"{w.g} {self.ch(UPPER)}. {w.s}"
        return f"{w.g} {w.s}"
    def name(self):
        return self.full(self.who())
    def title(self, w):
        t = TITLES[self.lang]
        return t[2] if self.p(0.1) else t[1 if w.fem else 0]
    def salute(self, w):
        """Pieces for a salutation name: title outside the span."""
        if self.lang in ("sv", "da"):
            return [PER(w.g)]
        if self.lang == "tr":
            return [PER(w.g), " Hanım" if w.fem else " Bey"] if self.p(0.6) else ["Sayın ", PER(f"{w.g} {w.s}")]
        if self.p(0.25):
            return [PER(f"{w.g} {w.s}")]
        return [self.title(w) + " ", PER(w.s)]

    # -- places
    def place(self):
        return self.ch(self.L["cities"])
    def city(self):
        return self.place()[0]
    def pc(self):
        return self.pat(self.ch(self.L["pc"]))
    def addr_parts(self):
        city, reg = self.place()
        no = str(self.ri(10, 9899)) if self.lang in ("us", "ca") else str(self.ri(1, 180))
        unit, pc = (self.pat(self.ch(UNITS[self.lang])) if self.lang in UNITS and self.p(0.3) else ""), self.pc()
        if self.lang == "us" and self.p(0.15):
            pc += self.pat("-####")
        return dict(no=no, street=self.ch(self.L["streets"]), unit=unit, city=city, reg=reg, pc=pc)
    def addr(self, ml=False, country=False, parts=None):
        p = parts or self.addr_parts()
        s = self.L["afmt"].format(**p)
        if country:
            s += "\n" + self.L["country"]
        return s if ml else s.replace("\n", ", ")

    # -- contact
    def phone(self, tollfree=False):
        pats = self.L["phone"]
        tf = [x for x in pats if x[:4] in ("1-80", "(888", "0800", "1300", "900 ", "800 ", "80 %", "0850", "801 ", "1-88")]
        if tollfree:
            pats = tf or pats
        elif self.p(0.95):
            pats = [x for x in pats if x not in tf]
        return self.pat(self.ch(pats))
    def email(self, w=None, dom=None):
        w = w or self.who()
        g, s = fold(w.g).lower(), fold(w.s).lower()
        local = self.ch([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{self.ri(1, 99)}", f"{g}_{s[0]}", f"{s}.{g}", f"{g}.{s}"])
        return f"{local}@{dom or self.ch(MAILDOM[self.lang].split())}"
    def brand(self):
        return self.ch(BRANDS)
    def company(self, person_named=0.15, brand=None):
        suf = self.ch(COSUFFIX[self.lang].split(";"))
        if self.p(person_named):
            s = self.who().s
            amp = {"de": "& Söhne", "fr": "& Fils", "es": "e Hijos", "it": "& Figli", "nl": "& Zonen",
                   "pt": "& Filhos", "sv": "& Söner", "da": "& Sønner"}.get(self.lang, "& Sons")
            return f"{s} {amp} {suf}"
        return f"{brand or self.brand()} {self.ch(SECTORS)} {suf}"
    def domain(self, brand=None):
        return f"{(brand or self.brand()).lower()}{self.ch(['', 'pay', '-finance', 'bank', 'shop'])}.{TLD[self.lang]}"
    def url(self, dom=None, path=None):
        path = path or self.ch([f"pay/{self.rs(10)}", f"account/statements?id={self.ri(10000, 99999)}",
                                f"invoice/{self.hexs(12)}", f"portal/login", f"help/disputes/{self.ri(100, 999)}",
                                f"r/{self.rs(8)}?utm_source=email"])
        return f"https://{dom or self.domain()}/{path}"
    def ip4(self):
        while True:
            a = self.ri(11, 223)
            if a not in (127, 169, 172, 192, 100):
                return f"{a}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
    def ip6(self):
        return self.ch([f"2001:db8:{self.hexs(4)}:{self.hexs(2)}::{self.hexs(3)}",
                        f"2a02:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}:{self.hexs(4)}",
                        f"2600:1700:{self.hexs(3)}:{self.hexs(4)}::{self.hexs(2)}"])
    def ip(self):
        return self.ip6() if self.p(0.2) else self.ip4()

    # -- dates
    def day(self, y0=2023, y1=2025):
        s = date(y0, 1, 1)
        return s + timedelta(days=self.ri(0, (date(y1, 12, 31) - s).days))
    def dob(self):
        return date(self.ri(1938, 2005), self.ri(1, 12), self.ri(1, 28))
    def fd(self, d, k=None):
        fm = DFMT[self.lang]
        f = fm[k] if k is not None and k < len(fm) else self.ch(fm)
        mon = MONTHS["en" if self.en else self.lang][d.month - 1]
        return f.format(d=d.day, dd=f"{d.day:02d}", m=d.month, mm=f"{d.month:02d}", yyyy=d.year,
                        yy=f"{d.year % 100:02d}", mon=mon, mab=mon[:3])
    def tm(self):
        h, m = self.ri(7, 19), self.ch([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])
        if self.lang in ("us", "ca", "au", "gb") and self.p(0.7):
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        if self.lang == "fr" and self.p(0.5):
            return f"{h}h{m:02d}"
        return f"{h:02d}:{m:02d}"
    def fdt(self, d, k=None):
        return self.fd(d, k) + self.ch(JOIN[self.lang]) + self.tm()
    def wfd(self, d):
        wl = "en" if self.en else self.lang
        if wl not in WEEKDAYS:
            return self.fd(d, 1)
        wd = WEEKDAYS[wl][d.weekday()]
        return f"{wd} {self.fd(d, 1)}" if wl == "fr" else f"{wd}, {self.fd(d, 1)}"
    def ts(self, d=None):
        d = d or self.day()
        hh, mm, ss = self.ri(0, 23), self.ri(0, 59), self.ri(0, 59)
        return self.ch([f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}Z",
                        f"{d.isoformat()} {hh:02d}:{mm:02d}:{ss:02d},{self.ri(100, 999)}",
                        f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}.{self.ri(100, 999)}+00:00"])
    def epoch(self):
        return str(self.ri(1672531200, 1767225600))

    # -- money
    def mv(self, v, cur=True):
        sym, pos, th, dec = CURRENCY[self.lang]
        s = f"{v:,.2f}".replace(",", "X").replace(".", dec).replace("X", th)
        if not cur:
            return s
        return {"pre": sym + s, "pre ": sym + " " + s, "post": s + " " + sym}[pos]
    def amt(self, lo=5, hi=2000, cur=True):
        return self.mv(self.r.uniform(lo, hi), cur)
    def iban(self, cc=None, grouped=None):
        cc = cc or self.L["iban"] or self.ch(["DE", "FR", "NL", "ES", "GB", "IT", "BE", "AT", "IE"])
        bban = self.pat(IBAN_SPEC[cc])
        if cc == "NL":
            bban = self.ch(NLBANK) + bban[4:]
        if cc == "GB":
            bban = self.ch(GBBANK) + bban[4:]
        chk = 98 - int("".join(str(int(x, 36)) for x in bban + cc + "00")) % 97
        s = f"{cc}{chk:02d}{bban}"
        assert iban_ok(s)
        if grouped if grouped is not None else self.p(0.6):
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s
    def bic(self, cc=None):
        cc = cc or self.L["iban"] or "US"
        return self.pat("@@@@") + cc + self.pat("@?") + self.ch(["", "XXX", self.pat("?##")])
    def card(self, brand=None, sep=None):
        brand = brand or self.ch(["visa"] * 4 + ["mc"] * 3 + ["amex", "disc"])
        pre, n = {"visa": ("4", 16), "mc": (self.ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
                  "amex": (self.ch(["34", "37"]), 15), "disc": (self.ch(["6011", "65"]), 16)}[brand]
        body = pre + self.pat("#" * (n - 1 - len(pre)))
        num, sep = body + luhn_digit(body), (self.ch([" ", " ", "-", ""]) if sep is None else sep)
        cuts = [0, 4, 10, 15] if n == 15 else [0, 4, 8, 12, 16]
        return sep.join(num[a:b] for a, b in zip(cuts, cuts[1:]))
    def bad_card(self, sep=None):
        good = self.card("visa", sep="")
        num = good[:-1] + str((int(good[-1]) + self.ri(1, 9)) % 10)
        assert not luhn_ok(num)
        sep = self.ch([" ", ""]) if sep is None else sep
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))
    def masked(self):
        l4 = self.pat("####")
        return self.ch([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"{self.pat('4#####')}******{l4}",
                        f"•••• {l4}", f"************{l4}", f"xxxx{l4}"])
    def ssn(self, sep=None):
        a = self.ch([x for x in range(1, 900) if x != 666])
        sep = self.ch(["-", "-", "-", " ", ""]) if sep is None else sep
        s = f"{a:03d}{sep}{self.ri(1, 99):02d}{sep}{self.ri(1, 9999):04d}"
        assert ssn_ok(s)
        return s
    def bad_ssn(self):
        a = self.ch([0, 666, self.ri(900, 999)])
        return f"{a:03d}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"
    def routing(self):
        while True:
            d = [self.ri(0, 9) for _ in range(8)]
            d[0] = self.ch([0, 1, 2, 3])
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
            d.append((10 - s % 10) % 10)
            return "".join(map(str, d))
    def acct(self):
        return self.pat(self.ch(["%#######", "%#########", "%###########", "####%#####", "00%#######"]))
    def dl(self):
        return self.pat(self.ch(DLPAT[self.lang]))
    def hpn(self):
        return self.pat(self.ch(HPNPAT))
    def mrn(self):
        return self.pat(self.ch(MRNPAT))

    # -- identifiers that are hard negatives
    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))
    def inv_no(self):
        return self.pat(self.ch(["INV-202%-#####", "%#####", "FA-%####", "RG%#######", "F/%###/##/202%", "SI-%#####"]))
    def order_no(self):
        return self.pat(self.ch(["%##-%######-%######", "ORD-%#######", "#%######", "SO-%#####-@@"]))
    def tracking(self):
        return self.pat(self.ch(["1Z%##@@%#%#######", "%### %### %###", "@@%########@@", "JJD%#############"]))
    def ticket(self):
        return self.pat(self.ch(["CB-%#####", "#%#####", "CASE-%######", "TKT-%####", "DSP-202%-%####"]))
    def version(self):
        return f"{self.ri(1, 9)}.{self.ri(0, 30)}.{self.ri(0, 99)}"
    def plate(self):
        return self.pat(self.ch(["@@%# @@@", "@-@@ %###", "%@@@%##", "@@@-%###", "%#-@@-##"]))
    def vin(self):
        return self.pat("%@@??????@%######").replace("I", "J").replace("O", "P").replace("Q", "R")

    # -- secrets
    def aws_id(self):
        return self.ch(["AKIA", "AKIA", "ASIA"]) + self.rs(16, UPPER + "234567")
    def aws_secret(self):
        return self.rs(40, B64)
    def gh(self):
        if self.p(0.2):
            return "github_pat_" + self.rs(22) + "_" + self.rs(59)
        return self.ch(["ghp_", "ghp_", "gho_", "ghs_"]) + self.rs(36)
    def slack(self):
        return f"{self.ch(['xoxb', 'xoxp', 'xoxa'])}-{self.pat('%' + '#' * 10)}-{self.pat('%' + '#' * 12)}-{self.rs(24)}"
    def stripe(self):
        return self.ch(["sk_live_", "sk_live_", "rk_live_"]) + self.rs(self.ch([24, 34, 48]))
    def jwt(self):
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        iat, head = int(self.epoch()), {"alg": self.ch(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        body = {"sub": self.rs(12), "iat": iat, "exp": iat + 3600, "scope": self.ch(["payments:write", "ledger:read", "payouts"])}
        return f"{enc(head)}.{enc(body)}.{self.rs(43, B64U)}"
    def pem(self):
        k = self.ch(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        lines = [self.rs(64, B64) for _ in range(self.ri(4, 8))] + [self.rs(self.ri(12, 60), B64) + "=="]
        return f"-----BEGIN {k}-----\n" + "\n".join(lines) + f"\n-----END {k}-----"
    def password(self):
        w = self.ch("harbor maple lantern falcon copper violet summer tiger orbit velvet pilot quartz".split())
        pw = self.ch([f"{w.capitalize()}{self.ri(10, 99)}{self.ch('!#$%&*?')}",
                      self.rs(self.ri(12, 18), ALNUM + "!#$%&*^-_+=?"),
                      f"{w}-{self.ch(['Tango', 'Ledger', 'Kiwi', 'Rocket'])}-{self.ri(10, 99)}",
                      f"{w[0].upper()}{w[1:]}{self.ch('!?$')}{self.ri(1990, 2026)}",
                      self.rs(10, ALNUM) + self.ch("!#$%") + self.ri(0, 9).__str__()])
        return pw.strip(".,;:")
    def secret(self):
        return self.ch(["whsec_" + self.rs(32), "SG." + self.rs(22, B64U) + "." + self.rs(43, B64U),
                        "key-" + self.hexs(32), "shpat_" + self.hexs(32), "sq0csp-" + self.rs(43, B64U),
                        self.rs(48), "xkeysib-" + self.hexs(64) + "-" + self.rs(16), self.rs(32),
                        "pp_cs_" + self.rs(56, B64U), "AQE" + self.rs(60, B64U)])
    def b64(self, s):
        return base64.b64encode(s.encode()).decode()
    def pobox(self):
        city, reg = self.place()
        if self.lang in ("us", "ca"):
            return f"P.O. Box {self.ri(100, 99999)}, {city}, {reg} {self.pc()}"
        if self.lang in ("gb", "au"):
            return f"PO Box {self.ri(100, 9999)}, {city} {self.pc()}"
        word = {"de": "Postfach", "fr": "BP", "es": "Apartado de Correos", "it": "Casella Postale",
                "pt": "Apartado", "nl": "Postbus", "pl": "Skrytka pocztowa", "sv": "Box",
                "da": "Postboks", "tr": "PK"}[self.lang]
        return f"{word} {self.ri(10, 9999)}, {self.pc()} {city}"
    def mmyy(self):
        return f"{self.ri(1, 12):02d}/{self.ri(25, 31)}"
    def sub(self, lang):
        """A context for another locale sharing the same random stream."""
        return Ctx(self.r, lang)

# --------------------------------------------------------------------------
# registry and layout helpers
# --------------------------------------------------------------------------
KINDS = []   # (name, fn, langs, negative)

def kind(langs, neg=False):
    def deco(fn):
        KINDS.append((fn.__name__, fn, tuple(langs.split()), neg))
        return fn
    return deco

def row(b, cells, widths):
    for i, v in enumerate(cells):
        b.put(v)
        if i < len(cells) - 1:
            b.t(" " * max(1, widths[i] - len(txt(v))))
    b.t("\n")

def csvrow(b, cells, sep=","):
    for i, v in enumerate(cells):
        if i:
            b.t(sep)
        q = sep in txt(v) or '"' in txt(v)
        if q:
            b.t('"')
        b.put(v)
        if q:
            b.t('"')
    b.t("\n")

def rfc2822(c, d):
    wd = WEEKDAYS["en"][d.weekday()][:3]
    return f"{wd}, {d.day:02d} {MONTHS['en'][d.month - 1][:3]} {d.year} {c.ri(0, 23):02d}:{c.ri(0, 59):02d}:{c.ri(0, 59):02d} {c.ch(['+0000', '-0500', '+0100', '-0800', '+1000'])}"

def ymd(d):
    return d.strftime("%Y%m%d")

def maybe_upper(c, s, x=0.3):
    return s.upper() if c.p(x) else s

# ==========================================================================
# English generators
# ==========================================================================
@kind("us ca au gb")
def bank_statement(c, b):
    w, caps = c.who(), c.p(0.4)
    nm, d0 = c.full(w), c.day()
    d1, k = d0 + timedelta(days=c.ri(27, 30)), (0 if c.p(0.7) else None)
    b.f("{bank}\nSTATEMENT OF ACCOUNT\n\n{nm}\n{addr}\n\nAccount number:   {acct}\nStatement period: {d0} - {d1}\n",
        bank=bank_name(c), nm=PER(nm.upper() if caps else nm),
        addr=ADR(c.addr(ml=True).upper() if caps else c.addr(ml=True)), acct=ACC(c.acct()),
        d0=DT(c.fd(d0, k)), d1=DT(c.fd(d1, k)))
    if c.lang == "us":
        b.f("Routing number:   {rt}\n", rt=c.routing())
    b.f("Customer service: {ph}\n\n", ph=PHN(c.phone(tollfree=True)))
    b.t("DATE        DESCRIPTION                              AMOUNT       BALANCE\n")
    bal = c.r.uniform(300, 9000)
    b.f("{d}  OPENING BALANCE                                           {bal}\n",
        d=DT(c.fd(d0, k)), bal=c.mv(bal, False))
    for _ in range(c.ri(4, 11)):
        d, v, kindr = d0 + timedelta(days=c.ri(1, 27)), -c.r.uniform(3, 400), c.ri(0, 9)
        if kindr == 0:
            desc = ["ZELLE TO ", PER(c.name().upper())]
        elif kindr == 1:
            desc, v = ["MOBILE DEPOSIT REF ", c.pat("%#########")], -v * 3
        elif kindr == 2:
            desc = f"ACH CREDIT {c.ch(BRANDS).upper()} PAYROLL PPD ID {c.pat('%#########')}"
            v = c.r.uniform(1200, 4200)
        elif kindr == 3:
            desc = f"CHECK #{c.ri(1001, 1399)}"
        elif kindr == 4:
            desc = f"ONLINE TRANSFER TO SAV {c.masked()[-8:]}"
        else:
            desc = c.ch(MERCH)
        bal += v
        b.pad(DT(c.fd(d, k)), 12)
        b.pad(desc, 41)
        b.t(f"{c.mv(v, False):>10}   {c.mv(bal, False):>11}\n")
    b.f("\nClosing balance {d1}: {bal}\n", d1=DT(c.fd(d1, k)), bal=c.mv(bal))
    if c.p(0.5):
        b.f("Overdraft protection linked to savings account {a}.\n", a=ACC(c.acct()))
    b.f("Report lost or stolen cards 24/7 at {ph} or visit {url}\n", ph=PHN(c.phone(tollfree=True)), url=URL(c.url()))

@kind("us gb ca au")
def card_dispute_letter(c, b):
    w = c.who()
    nm, sent = c.full(w, 0.3), c.day()
    tx, full_pan = sent - timedelta(days=c.ri(5, 40)), c.p(0.6)
    b.f("{nm}\n{addr}\n{em} | {ph}\n\n{d}\n\n{bank}\nAttn: Card Dispute Department\n{po}\n\n",
        nm=PER(nm), addr=ADR(c.addr(ml=True)), em=EML(c.email(w)), ph=PHN(c.phone()),
        d=DT(c.fd(sent, 1)), bank=bank_name(c), po=ADR(c.pobox()))
    card = [CC(c.card())] if full_pan else ["ending in ", c.masked()[-4:]]
    b.f("Re: Dispute of transaction on card {card}\n\nDear Sir or Madam,\n\n", card=card)
    reason = c.ch(["the goods were never delivered despite several requests",
                   "I cancelled the subscription and was still charged", "I was charged twice for the same purchase",
                   "I did not authorise this transaction and still have my card in my possession"])
    b.f("I am writing to dispute a charge of {a} from {m} that posted on {tx}, because {r}. "
        "I contacted the merchant on {cd} and spoke with {agent}, who said a refund would be issued within "
        "5 business days; nothing has arrived.\n\n",
        a=c.amt(20, 1400), m=c.ch(MERCH), tx=DT(c.fd(tx)), r=reason, cd=DT(c.fdt(tx + timedelta(days=3))),
        agent=[PER(c.who().g)] if c.p(0.5) else "a representative")
    if full_pan:
        b.f("The card number is {pan} (expiry {exp}). ", pan=CC(c.card()), exp=DT(c.mmyy()))
    b.f("Please credit my account and send written confirmation to the address above or to {em}. "
        "Copies of my receipt and order confirmation {o} are enclosed.\n\nSincerely,\n\n{nm}\n",
        em=EML(c.email(w)), o=c.order_no(), nm=PER(nm))

@kind("us gb")
def chargeback_ticket(c, b):
    w, d, agent = c.who(), c.day(), c.who()
    b.f("Ticket {t}   Status: {st}   Priority: {pr}\nQueue: Chargebacks / {q}\n"
        "------------------------------------------------------------\n",
        t=c.ticket(), st=c.ch(["Open", "Pending merchant", "Escalated"]), pr=c.ch(["High", "Normal"]),
        q=c.ch(["Visa", "Mastercard", "Amex"]))
    b.f("Merchant:            {co} (MID {mid})\nCardholder:          {nm}\nCard:                {card}\n"
        "Transaction date:    {td}\nAmount:              {a}\nARN:                 {arn}\n"
        "Reason code:         {rc}\nCheckout IP:         {ip}\nBilling address:     {ba}\n"
        "Shipping address:    {sa}\nCustomer e-mail:     {em}\nResponse due by:     {due}\n\n",
        co=c.company(0.2), mid=c.pat("%##############"), nm=PER(c.full(w)),
        card=CC(c.card()) if c.p(0.5) else c.masked(), td=DT(c.fdt(d) if c.p(0.4) else c.fd(d)),
        a=c.amt(15, 2500), arn=c.pat("%######################"),
        rc=c.ch(["10.4 Other Fraud - Card-Absent", "13.1 Merchandise Not Received", "4853 Cardholder Dispute",
                 "12.6.1 Duplicate Processing"]),
        ip=IPA(c.ip()), ba=ADR(c.addr()), sa=ADR(c.addr()), em=EML(c.email(w)),
        due=DT(c.fd(d + timedelta(days=c.ri(20, 40)))))
    b.f("Notes\n- {ag}: called cardholder at {ph}; they confirm the {dev} order but say the parcel "
        "({trk}) never arrived. Carrier shows delivered to a locker.\n",
        ag=PER(c.full(agent, 0)), ph=PHN(c.phone()), dev=c.ch(["laptop", "headphones", "sneakers", "espresso machine"]),
        trk=c.tracking())
    b.f("- {ag}: merchant rep {mr} uploaded proof of delivery and the device fingerprint; IP geolocates to {loc}.\n"
        "- Representment package due before {due}.\n",
        ag=PER(agent.g), mr=PER(c.name()), loc=LOCN(f"{c.city()}, {c.L['country']}" if c.p(0.5) else c.city()),
        due=DT(c.fdt(d + timedelta(days=18))))

@kind("gb")
def payslip_uk(c, b):
    w, co, d, basic, ot = c.who(), c.company(0.2), c.day(), c.r.uniform(1800, 5200), c.r.uniform(0, 400)
    tax, ni, pen = basic * 0.16, basic * 0.08, basic * 0.05
    b.f("{co}\nPAYSLIP{sp}Pay date: {pd}\n\nEmployee: {nm}\nEmployee no: {eno}   Tax code: {tc}   Period: Month {m}\n"
        "Home address: {addr}\n\n",
        co=co, sp=" " * 30, pd=DT(c.fd(d)), nm=PER(maybe_upper(c, c.full(w))), eno=c.pat("00%###"),
        tc=c.ch(["1257L", "BR", "K475", "1257L W1"]), m=c.ri(1, 12), addr=ADR(c.addr()))
    rows = [("Basic salary", basic, "Income tax", tax), ("Overtime", ot, "National Insurance", ni),
            ("", None, "Pension (5%)", pen), ("", None, "Student loan", basic * 0.02)]
    b.t("PAYMENTS                      DEDUCTIONS\n")
    for l1, v1, l2, v2 in rows:
        b.t(f"{l1:<16}{c.mv(v1) if v1 is not None else '':>12}  {l2:<20}{c.mv(v2):>10}\n")
    net = basic + ot - tax - ni - pen
    b.f("\nNET PAY {n}\nPaid by BACS to {bank}, sort code {sc}, account {ac}\n"
        "Year to date: taxable pay {ytd}\nQueries: {em} or {ph}\n",
        n=c.mv(net), bank=bank_name(c), sc=c.pat("%#-##-##"), ac=ACC(c.pat("%#######")),
        ytd=c.mv(basic * c.ri(2, 11)), em=EML("payroll@" + c.domain()), ph=PHN(c.phone()))

@kind("us")
def payroll_run_csv(c, b):
    aw = c.who()
    co, pd, sep = c.company(0.1), c.day(), c.ch([",", ";", "\t"])
    b.f("# payroll run PR-{y}-{n} | company: {co} | FEIN {fein} | pay date {pd}\n",
        y=pd.year, n=c.ri(1, 26), co=co, fein=c.pat("%#-#######"), pd=DT(c.fd(pd, 2)))
    csvrow(b, ["employee_id", "last_name", "first_name", "ssn", "routing", "account", "gross", "fed_wh",
               "fica", "net", "pay_date"], sep)
    for _ in range(c.ri(4, 9)):
        w, g, ssn = c.who(), c.r.uniform(1500, 6800), (SSN(c.ssn("-")) if c.p(0.75) else f"***-**-{c.pat('####')}")
        csvrow(b, [c.pat("E%###"), PER(w.s), PER(w.g), ssn, c.routing(), ACC(c.acct()), f"{g:.2f}",
                   f"{g * .12:.2f}", f"{g * .0765:.2f}", f"{g * .78:.2f}", DT(c.fd(pd, 2))], sep)
    b.f("# approved by {nm} ({em}); file sent to bank SFTP, control total {tot}\n",
        nm=PER(c.full(aw)), em=EML(c.email(aw, c.domain())), tot=c.amt(20000, 90000))

@kind("us")
def tax_worksheet(c, b):
    tp, sp = c.who(), c.who()
    y, pre = c.ri(2022, 2024), c.who()
    b.f("TAX YEAR {y} - CLIENT ORGANIZER / PREPARER WORKSHEET\nPreparer: {pr}, EA   PTIN P{ptin}\n\n",
        y=y, pr=PER(c.full(pre)), ptin=c.pat("0%######"))
    b.f("Taxpayer: {t}\n  SSN: {ts}   DOB: {td}   Occupation: {oc}\n", t=PER(c.full(tp)), ts=SSN(c.ssn()),
        td=DOB(c.fd(c.dob(), 0)), oc=c.ch(["nurse", "software engineer", "truck driver", "teacher", "chef"]))
    mfj = c.p(0.6)
    if mfj:
        b.f("Spouse: {s}\n  SSN: {ss}   DOB: {sd}\n", s=PER(c.full(sp)), ss=SSN(c.ssn()), sd=DOB(c.fd(c.dob(), 0)))
    b.f("Home address: {a}\nPhone: {p}   Email: {e}\nFiling status: {fs}\n\nDependents:\n",
        a=ADR(c.addr()), p=PHN(c.phone()), e=EML(c.email(tp)),
        fs="Married filing jointly" if mfj else c.ch(["Single", "Head of household"]))
    for _ in range(c.ri(0, 3)):
        b.f("  - {n} ({r}), born {d}, SSN {s}\n", n=PER(f"{c.ch(WORLD['anglo'][0]).rstrip('*')} {tp.s}"),
            r=c.ch(["daughter", "son", "stepchild"]), d=DOB(c.fd(date(c.ri(2006, 2022), c.ri(1, 12), c.ri(1, 28)), 0)),
            s=SSN(c.ssn()))
    b.f("\nIncome\n  W-2  {emp} (EIN {ein})   wages {w}\n  1099-INT  {bank}   interest {i}\n"
        "  1099-B  brokerage proceeds {pb}\n\n", emp=c.company(0.1), ein=c.pat("%#-#######"), w=c.amt(30000, 140000),
        bank=bank_name(c), i=c.amt(5, 900), pb=c.amt(100, 20000))
    b.f("Estimated payments: Q1 paid {q1} ({a}); Q2 paid {q2}\nRefund by direct deposit: routing {rt}, "
        "checking account {ac}\n", q1=DT(c.fd(date(y, 4, 15))), a=c.amt(200, 3000), q2=DT(c.fd(date(y, 6, 15))),
        rt=c.routing(), ac=ACC(c.acct()))
    b.f("Notes: client asked whether vet bills for their dog {pet} are deductible (no). Invalid SSN "
        "{bad} on last year's 1099 from broker - request corrected form. E-file signature appt {ap}.\n",
        pet=c.ch(PETS), bad=c.bad_ssn(), ap=DT(c.fdt(date(y + 1, c.ri(2, 4), c.ri(1, 28)))))

@kind("us gb ca au")
def gl_ledger_csv(c, b):
    b.f("General Ledger export - entity {co} - period {p}\n", co=c.company(0.1), p=f"P{c.ri(1, 12):02d}-{c.ri(2023, 2025)}")
    csvrow(b, ["Date", "Journal", "Account", "Description", "Debit", "Credit", "Reference"])
    d0 = c.day()
    accts = ["1000 Cash - Operating", "1200 Accounts Receivable", "2000 Accounts Payable", "4000 Sales",
             "6100 Office Supplies", "6300 Travel", "6500 Payroll Expense", "7200 Bank Fees"]
    for _ in range(c.ri(5, 12)):
        d, kd = d0 + timedelta(days=c.ri(0, 27)), c.ri(0, 4)
        if kd == 0:
            desc = ["Reimburse ", PER(c.name()), " - travel"]
        elif kd == 1:
            desc = ["Customer payment - ", PER(c.name())]
        else:
            desc = c.ch(["Monthly bank fee", "Office supplies - Staples", "Payroll accrual", "Stripe payout",
                         "AWS invoice", "Rent - HQ", f"Vendor bill {c.inv_no()}"])
        amt, dr = f"{c.r.uniform(10, 9000):.2f}", c.p(0.5)
        csvrow(b, [DT(c.fd(d, 0)), f"JE-{c.ri(1000, 9999)}", c.ch(accts), desc,
                   amt if dr else "", "" if dr else amt, c.ch([c.inv_no(), c.uuid()[:8], ""])])
    b.f("Prepared by {p} on {d}; reviewed: pending\n", p=PER(c.name()), d=DT(c.fd(d0 + timedelta(days=30))))

@kind("us gb ca au")
def invoice_pdf_text(c, b):
    seller, buyer = c.company(0.15), c.company(0.1)
    bw, d, dom = c.who(), c.day(), c.domain()
    b.f("INVOICE{sp}Page 1 of 1\n\n{s}\n{sa}\n{tax}\nTel {ph}   {em}\n\n",
        sp=" " * c.ri(20, 40), s=seller, sa=ADR(c.addr(ml=True)),
        tax=c.ch([f"VAT Reg No GB{c.pat('%########')}", f"Tax ID {c.pat('%#-#######')}", f"ABN {c.pat('%# ### ### ###')}",
                  f"GST/HST {c.pat('%########')}RT0001"]),
        ph=PHN(c.phone()), em=EML(f"{c.ch(['accounts', 'billing', 'ar'])}@{dom}"))
    b.f("Bill To:\n{bn}\n{bc}\n{ba}\n\nInvoice No:    {no}\nInvoice Date:  {d}\nDue Date:      {due}\n"
        "Customer No:   {cn}\nPO Number:     {po}\n\n",
        bn=PER(c.full(bw)), bc=buyer, ba=ADR(c.addr(ml=True)), no=c.inv_no(), d=DT(c.fd(d)),
        due=DT(c.fd(d + timedelta(days=c.ch([14, 30, 45])))), cn=ACC(c.pat("C%#####")), po=f"PO-{c.ri(1000, 99999)}")
    b.t("Description                         Qty    Unit price        Amount\n")
    items = ["Consulting services - March", "Annual software licence", "Freight and handling",
             "Thermal paper rolls 80mm", "POS terminal rental", "Onsite support (hours)", "Card reader D210"]
    tot = 0
    for it in c.r.sample(items, c.ri(2, 5)):
        q, u = c.ri(1, 40), c.r.uniform(5, 900)
        tot += q * u
        b.t(f"{it:<36}{q:>4}  {c.mv(u, False):>12}  {c.mv(q * u, False):>12}\n")
    b.f("\n{sp}Subtotal {st}\n{sp}Tax      {tx}\n{sp}TOTAL    {tt}\n\n", sp=" " * 38, st=c.mv(tot),
        tx=c.mv(tot * .2), tt=c.mv(tot * 1.2))
    if c.lang == "gb" or c.p(0.3):
        b.f("Payment by bank transfer to IBAN {ib} (BIC {bic}) quoting the invoice number,\n", ib=IBAN(c.iban("GB")),
            bic=c.bic("GB"))
    else:
        b.f("Payment by ACH/EFT to account {ac} (routing {rt}),\n", ac=ACC(c.acct()), rt=c.routing())
    b.f("or by card at {u}\nLate payments accrue interest at 1.5% per month after 30 days.\n",
        u=URL(c.url(dom, f"pay/{c.rs(10)}")))

@kind("us gb")
def invoice_fixed_width(c, b):
    d = c.day()
    b.t("REC INVOICE-NO       INV-DATE DUE-DATE CUR CUSTOMER-NO NAME                      STREET                          CITY            ST ZIP\n")
    for _ in range(c.ri(2, 4)):
        w, p = c.who(), c.addr_parts()
        nm = f"{w.s}, {w.g}".upper() if c.p(0.5) else f"{w.g} {w.s}".upper()
        b.t("H   ")
        b.pad(c.inv_no(), 17)
        b.pad(DT(ymd(d)), 9)
        b.pad(DT(ymd(d + timedelta(days=30))), 9)
        b.pad("USD" if c.lang == "us" else "GBP", 4)
        b.pad(ACC(c.pat("00%######")), 12)
        b.pad(PER(nm), 26)
        b.pad(ADR(f"{p['no']} {p['street']}{p['unit']}".upper()), 32)
        b.pad(LOCN(p["city"].upper()), 16)
        if c.lang == "us":
            b.pad(LOCN(p["reg"]), 3)
        else:
            b.t("-- ")
        b.t(p["pc"] + "\n")
        for _ in range(c.ri(1, 3)):
            b.t(f"L   {c.pat('SKU-%####'):<17}{c.ri(1, 99):>4} {c.r.uniform(1, 500):>10.2f} {c.ch(['EA', 'BX', 'CS'])}"
                f" HS {c.pat('%###.##')}\n")
        d += timedelta(days=c.ri(0, 3))
    b.f("T   RECORDS {n} CONTROL {ctl} EXPORTED BY {u}\n", n=str(c.ri(5, 20)), ctl=c.hexs(16),
        u=c.ch(["svc_erp", "batch01", "ar_export"]))

@kind("us gb ca au")
def purchase_order(c, b):
    buyer, vendor = c.company(0.1), c.company(0.25)
    pw, vw, aw = c.who(), c.who(), c.who()
    d = c.day()
    dd = d + timedelta(days=c.ri(7, 40))
    b.f("PURCHASE ORDER {po}\nDate: {d}\n\nBuyer: {bu}\nProcurement contact: {pn} ({pe}, {pp})\n\n"
        "Vendor: {vn}\nAttn: {va}\nVendor no.: V-{vno}\n\nShip to:\n{sa}\n\n",
        po=f"PO-{d.year}-{c.ri(100, 9999):04d}", d=DT(c.fd(d)), bu=buyer, pn=PER(c.full(pw)),
        pe=EML(c.email(pw, c.domain())), pp=PHN(c.phone()), vn=vendor, va=[c.title(vw) + " ", PER(vw.s)] if c.p(0.5) else PER(c.full(vw)),
        vno=c.pat("%####"), sa=ADR(c.addr(ml=True)))
    b.f("Requested delivery: {dd}, between {t1} and {t2} (dock 3)\n\n", dd=DT(c.wfd(dd) if c.p(0.4) else c.fd(dd)),
        t1=DT(c.ch(["8:00 AM", "07:30", "9:00 AM"])), t2=DT(c.ch(["12:00 PM", "11:30", "3:00 PM"])))
    b.t("Line  Item                          Qty   Unit      HS code\n")
    for i in range(c.ri(2, 6)):
        b.t(f"{i + 1:<6}{c.ch(['Pallet wrap 500mm', 'Corrugated boxes 40x30', 'Label printer ribbon', 'Barcode scanner', 'Receipt printer', 'Safety gloves L']):<30}"
            f"{c.ri(1, 500):<6}{c.mv(c.r.uniform(1, 300), False):<10}{c.pat('%###.##.##')}\n")
    b.f("\nTerms: Net {n}. Incoterms DAP. Reference this PO on all invoices and packing slips.\n"
        "Approved by {ap} on {ad}\n", n=c.ch(["30", "45", "60"]), ap=PER(c.full(aw)), ad=DT(c.fd(d)))

@kind("us gb ca au")
def crypto_kyc_review(c, b):
    w, an, d = c.who(), c.who(), c.day()
    city, reg = c.place()
    b.f("KYC REVIEW - {case} - Tier 2 upgrade\nExchange: {ex} Exchange   Analyst: {an}\n\n", case=c.ticket(),
        ex=c.brand(), an=PER(c.full(an, 0)))
    b.f("Customer: {nm}\nUser ID: u_{uid}\nDate of birth: {dob}\nNationality: {nat}\nResidential address: {addr}\n"
        "ID document: driver licence {dl}, issued in {iss}, expires {exp}\nPhone: {ph}\nE-mail: {em}\n\n",
        nm=PER(c.full(w)), uid=c.hexs(12), dob=DOB(c.fd(c.dob())), nat=c.ch(["Brazilian", "Canadian", "Indian", "British", "Nigerian", "American"]),
        addr=ADR(c.addr()), dl=DL(c.dl()), iss=LOCN(reg if c.lang != "gb" else "Swansea"),
        exp=DT(c.fd(c.day(2026, 2031))), ph=PHN(c.phone()), em=EML(c.email(w)))
    b.f("Login IPs (last 30 days): {i1}, {i2}\nFunding source: bank account {ac}; card {mk}\n"
        "Withdrawal address on file: bc1q{wa}\nLast deposit tx hash: {tx}\n\n",
        i1=IPA(c.ip4()), i2=IPA(c.ip()), ac=ACC(c.acct()), mk=c.masked(), wa=c.rs(38, LOWER + DIGITS), tx=c.hexs(64))
    trip_city = c.sub(c.ch(NONEN))
    b.f("Notes: selfie liveness passed (score 0.{sc}). Customer states the {amt} deposit came from the sale of "
        "a car; trip to {tc} on {td} explains login from a foreign IP. Source-of-funds letter from employer "
        "({emp}) signed by {hr}.\nDecision: {dec} on {dd}\n",
        sc=c.ri(81, 99), amt=c.amt(5000, 60000), tc=LOCN(trip_city.city()), td=DT(c.fd(d - timedelta(days=20))),
        emp=c.company(0.1), hr=PER(c.name()), dec=c.ch(["APPROVED", "ESCALATED to MLRO", "APPROVED with monitoring"]),
        dd=DT(c.fd(d)))

@kind("us ca")
def mortgage_file_notes(c, b):
    bw, cw = c.who(), c.who()
    d, us = c.day(), c.lang == "us"
    b.f("LOAN FILE NOTES - application #{app}\nLoan officer: {lo} (NMLS {nmls})\n\n", app=c.pat("%#########"),
        lo=PER(c.full(c.who())), nmls=c.pat("%#####"))
    b.f("Borrower: {b1}", b1=PER(maybe_upper(c, c.full(bw))))
    if us:
        b.f(", SSN {s}", s=SSN(c.ssn()))
    b.f(", DOB {d}\nCo-borrower: {b2}", d=DOB(c.fd(c.dob())), b2=PER(c.full(cw)))
    if us:
        b.f(", SSN {s}", s=SSN(c.ssn()))
    b.f(", DOB {d}\nSubject property: {pa}\nCurrent residence: {ca}\n\n", d=DOB(c.fd(c.dob())),
        pa=ADR(c.addr()), ca=ADR(c.addr()))
    notes = [("Appraisal scheduled for {x}; appraiser {n} ({p}) will call ahead.", lambda: dict(
            x=DT(c.fdt(d + timedelta(days=5))), n=PER(c.name()), p=PHN(c.phone()))),
        ("Rate lock expires {x}. Escrow no. {e} opened with title company.", lambda: dict(
            x=DT(c.fd(d + timedelta(days=45))), e=c.pat("ESC-%#####"))),
        ("VOE completed with {n} in HR at {co}, phone {p}, on {x}.", lambda: dict(
            n=PER(c.name()), co=c.company(0.1), p=PHN(c.phone()), x=DT(c.fd(d)))),
        ("Gift letter from borrower's sister {n} for {a}; donor account {ac} statement received.", lambda: dict(
            n=PER(c.name()), a=c.amt(5000, 40000), ac=ACC(c.acct()))),
        ("Borrower prefers e-mail: {e}. Closing target {x}.", lambda: dict(
            e=EML(c.email(bw)), x=DT(c.wfd(d + timedelta(days=30))))),
        ("Post-closing loan account number will be {ac}; first payment due {x}.", lambda: dict(
            ac=ACC(c.acct()), x=DT(c.fd(d + timedelta(days=75))))),]
    for tpl, fn in c.r.sample(notes, c.ri(3, 6)):
        b.f("- " + tpl + "\n", **fn())
    b.f("\nCredit scores 7{s1}/7{s2}; DTI 38.{dti}%; LTV 80%.\n", s1=c.ri(10, 99), s2=c.ri(10, 99), dti=c.ri(0, 9))

@kind("us")
def loan_application_json(c, b):
    w, p, ind = c.who(), c.addr_parts(), c.ch([None, 2])
    nl, sp = ("\n" if ind else ""), (lambda k: (" " * (ind * k)) if ind else "")
    b.f('{' + nl + sp(1) + '"application_id": "LA-{aid}",' + nl + sp(1) + '"schema_version": "{ver}",' + nl
        + sp(1) + '"applicant": {' + nl + sp(2) + '"first_name": "{fn}",' + nl + sp(2) + '"last_name": "{ln}",' + nl
        + sp(2) + '"date_of_birth": "{dob}",' + nl + sp(2) + '"ssn": "{ssn}",' + nl
        + sp(2) + '"email": "{em}",' + nl + sp(2) + '"phone": "{ph}",' + nl
        + sp(2) + '"address": {"line1": "{l1}", "city": "{ci}", "state": "{st}", "zip": "{zip}"}' + nl
        + sp(1) + '},' + nl,
        aid=c.pat("%#######"), ver=c.version(), fn=PER(w.g), ln=PER(w.s), dob=DOB(c.dob().isoformat()),
        ssn=SSN(c.ssn()), em=EML(c.email(w)), ph=PHN(c.phone()), l1=ADR(f"{p['no']} {p['street']}{p['unit']}"),
        ci=LOCN(p["city"]), st=LOCN(p["reg"]), zip=p["pc"])
    b.f(sp(1) + '"employment": {"employer": "{emp}", "monthly_income": {inc}, "start_date": "{sd}"},' + nl
        + sp(1) + '"bank": {"routing_number": "{rt}", "account_number": "{ac}", "type": "checking"},' + nl
        + sp(1) + '"request": {"amount": {amt}, "term_months": {term}, "purpose": "{pur}"},' + nl
        + sp(1) + '"device": {"ip": "{ip}", "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)", "session": "{sess}"}' + nl
        + '}' + nl, emp=c.company(0.1), inc=f"{c.r.uniform(2500, 12000):.2f}", sd=DT(c.day(2015, 2023).isoformat()),
        rt=c.routing(), ac=ACC(c.acct()), amt=c.ri(20, 400) * 100, term=c.ch([24, 36, 48, 60]),
        pur=c.ch(["debt_consolidation", "home_improvement", "medical", "auto"]), ip=IPA(c.ip()), sess=c.uuid())

@kind("us ca au")
def rental_application(c, b):
    w, d, us = c.who(), c.day(), c.lang == "us"
    b.f("RENTAL APPLICATION - {pm}\nProperty applied for: {pa}\nDesired move-in: {mi}   Monthly rent: {rent}\n\n",
        pm=c.company(0.2) + " Property Management", pa=ADR(c.addr()), mi=DT(c.fd(d + timedelta(days=30))),
        rent=c.amt(1100, 3800))
    b.f("APPLICANT\nFull name: {nm}\nDate of birth: {dob}\n", nm=PER(c.full(w)), dob=DOB(c.fd(c.dob())))
    if us:
        b.f("Social Security No.: {s}\n", s=SSN(c.ssn()))
    p = c.addr_parts()
    b.f("Driver's licence #: {dl}   State/Province: {st}\nCell: {ph}   Email: {em}\n\nRESIDENCE HISTORY\n"
        "Current address: {ca}\nCity: {city}   State: {st2}   Zip: {zip}\nMoved in: {since}\n"
        "Landlord name: {ll}   Landlord phone: {lp}\nReason for leaving: {why}\n\n",
        dl=DL(c.dl()), st=LOCN(c.place()[1]), ph=PHN(c.phone()), em=EML(c.email(w)),
        ca=ADR(f"{p['no']} {p['street']}{p['unit']}"), city=LOCN(p["city"]), st2=LOCN(p["reg"]), zip=p["pc"],
        since=DT(c.fd(c.day(2015, 2022))), ll=PER(c.name()), lp=PHN(c.phone()),
        why=c.ch(["relocating for work", "need more space", "rent increase", "buying a home fell through"]))
    b.f("EMPLOYMENT\nEmployer: {emp}   Supervisor: {sup}   Phone: {sp}\nGross monthly income: {inc}\n\n"
        "Pets: {pet}\nVehicles: {veh} plate {pl}\nEmergency contact: {ec} ({rel}) {ep}\n\n"
        "I authorise a credit and background check. Signature: {sig}   Date: {sd}\n",
        emp=c.company(0.1), sup=PER(c.name()), sp=PHN(c.phone()), inc=c.amt(3000, 12000),
        pet=c.ch([f"1 dog ({c.ch(PETS)}, 18 lb)", f"cat named {c.ch(PETS)}", "none"]),
        veh=c.ch(["2019 Honda Civic", "2021 Tesla Model 3", "2016 Ford F-150"]), pl=c.plate(),
        ec=PER(c.name()), rel=c.ch(["mother", "brother", "friend"]), ep=PHN(c.phone()),
        sig=PER(c.full(w, 0)), sd=DT(c.fd(d)))

@kind("us gb ca au")
def tenant_ledger(c, b):
    w, d, rent = c.who(), c.day(), c.r.uniform(900, 3200)
    b.f("TENANT LEDGER\nTenant: {t}\nUnit: {u}\nTenant account: {ta}\nLease term: {l0} - {l1}\n\n",
        t=PER(c.full(w) if c.p(0.6) else f"{w.s}, {w.g}"), u=ADR(c.addr()), ta=ACC(c.pat("T-%#####")),
        l0=DT(c.fd(d, 0)), l1=DT(c.fd(d + timedelta(days=364), 0)))
    b.t("Date          Description                 Charges     Payments    Balance\n")
    bal, cur = 0.0, d
    for m in range(c.ri(3, 8)):
        cur = cur + timedelta(days=30)
        bal += rent
        row(b, [DT(c.fd(cur, 0)), "Rent", c.mv(rent, False), "", c.mv(bal, False)], [14, 28, 12, 12])
        if c.p(0.2):
            bal += 75
            row(b, [DT(c.fd(cur + timedelta(days=5), 0)), "Late fee", "75.00", "", c.mv(bal, False)], [14, 28, 12, 12])
        if c.p(0.85):
            pay = rent if c.p(0.8) else rent / 2
            bal -= pay
            row(b, [DT(c.fd(cur + timedelta(days=c.ri(0, 8)), 0)), c.ch(["Payment - ACH", "Payment - portal", f"Payment - check #{c.ri(100, 999)}"]),
                    "", c.mv(pay, False), c.mv(bal, False)], [14, 28, 12, 12])
    b.f("\nBalance due: {bal}\nManaged by {co}, {ma}. Questions: {ph}\n", bal=c.mv(bal), co=c.company(0.2),
        ma=ADR(c.addr()), ph=PHN(c.phone()))

@kind("us gb au")
def maintenance_work_order(c, b):
    w, d = c.who(), c.day()
    b.f("WORK ORDER WO-{n}   Priority: {pr}\nProperty: {pa}\nReported by: {nm} (tenant) - {ph} - {em}\n\n",
        n=c.ri(10000, 99999), pr=c.ch(["Urgent", "Routine", "Emergency"]), pa=ADR(c.addr()), nm=PER(c.full(w)),
        ph=PHN(c.phone()), em=EML(c.email(w)))
    issue = c.ch(["Water leaking under kitchen sink, cabinet floor swollen.",
                  "Dishwasher not draining; error code E24.",
                  "Heating not working since yesterday evening, thermostat shows 14 degrees.",
                  "Front door lock jammed; tenant had to use the balcony door."])
    b.f("Issue: {i}\nPermission to enter: {pe}. Note: {g2}'s dog \"{pet}\" in the unit, friendly.\n"
        "Scheduled: {sc}\nTechnician: {tech}\n", i=issue, pe=c.ch(["Yes", "Only when tenant present"]),
        g2=PER(w.g), pet=c.ch(PETS), sc=DT(c.fdt(d)), tech=PER(c.name()))
    b.f("Vendor: {v}, invoice {inv}, {amt} (parts + 1.5 h labour)\nTenant chargeback: {cb}\n"
        "Follow-up call with {g} on {fu}: {res}\n", v=c.company(0.3), inv=c.inv_no(), amt=c.amt(80, 900),
        cb=c.ch(["No", "Yes - damage caused by tenant"]), g=PER(w.g), fu=DT(c.fd(d + timedelta(days=2))),
        res=c.ch(["resolved", "still dripping, second visit booked", "tenant not reachable"]))

@kind("us gb ca au")
def seller_support_ticket(c, b):
    w, ag, d = c.who(), c.who(), c.day()
    store = f"{c.brand()} {c.ch(['Outfitters', 'Home', 'Vintage', 'Crafts', 'Audio'])}"
    b.f("Seller Support Case {case}\nStore: {st} (seller ID {sid})\nAccount holder: {nm}\nContact e-mail: {em}\n"
        "Subject: {sub}\n\n", case=c.pat("%#########"), st=store, sid=c.pat("A%?????????????"), nm=PER(c.full(w)),
        em=EML(c.email(w)), sub=c.ch(["Disbursement on hold", "Payout not received", "Account suspended - verification"]))
    b.f("Message from seller ({ts}):\nHi, I'm {g} from {st}. My payout of {amt} that was scheduled for {pd} has not "
        "arrived in my bank account ending {l4}. ", ts=c.ts(d), g=PER(w.g), st=store, amt=c.amt(300, 9000),
        pd=DT(c.fd(d - timedelta(days=4))), l4=c.pat("####"))
    if c.p(0.5):
        b.f("Deposit account number is {ac} if you need it. ", ac=ACC(c.acct()))
    else:
        b.f("My IBAN is {ib}. ", ib=IBAN(c.iban()))
    b.f("I logged in from {ip} yesterday and it asked me to re-verify. Orders {o1} and {o2} shipped with "
        "tracking {tr}. You can reach me on {ph}.\n\n", ip=IPA(c.ip()), o1=c.order_no(), o2=c.order_no(),
        tr=c.tracking(), ph=PHN(c.phone()))
    b.f("Reply from {ag} (Seller Support):\nHello {g}, thanks for your patience. The hold was placed because the bank "
        "account was changed on {cd}. Please upload a bank statement at {u}. Once verified, funds are released "
        "within 3-5 business days.\n", ag=PER(ag.g), g=PER(w.g), cd=DT(c.fd(d - timedelta(days=6))),
        u=URL(c.url(c.domain(), f"seller/verify?case={c.ri(100000, 999999)}")))

@kind("us")
def debt_collection_letter(c, b):
    w, d = c.who(), c.day()
    ag = f"{c.brand()} {c.ch(['Recovery Services', 'Credit Management', 'Collections'])} {c.ch(['LLC', 'Inc.'])}"
    b.f("{ag}\n{aa}\nPhone {ph}   Fax {fx}\n\n{d}\n\n{nm}\n{addr}\n\n", ag=ag, aa=ADR(c.addr(ml=True)),
        ph=PHN(c.phone(tollfree=True)), fx=PHN(c.phone()), d=DT(c.fd(d, 1)), nm=PER(c.full(w).upper()),
        addr=ADR(c.addr(ml=True).upper()))
    b.f("Re: Original creditor: {oc}\n    Account number: {ac}\n    Our reference: {ref}\n    Amount due: {amt}\n\n",
        oc=bank_name(c), ac=ACC(c.acct()), ref=c.pat("REF-%######"), amt=c.amt(300, 12000))
    b.f("Dear {sal}:\n\nThis communication is from a debt collector. This is an attempt to collect a debt and any "
        "information obtained will be used for that purpose.\n\nUnless you notify this office by {dl} that you "
        "dispute the validity of this debt or any portion of it, we will assume it is valid. Call us at {ph} "
        "Monday through Friday between {t1} and {t2}, or pay online at {url}.\n\nIf you prefer to pay by card, "
        "do not send card numbers by e-mail. Settlement offers expire {exp}.\n\nSincerely,\n{col}\nAccount Representative\n",
        sal=c.salute(w), dl=DT(c.fd(d + timedelta(days=35), 1)), ph=PHN(c.phone(tollfree=True)), t1=DT("8:00 AM"),
        t2=DT(c.ch(["5:00 PM", "8:00 PM"])), url=URL(c.url(c.domain(), f"pay?ref={c.ri(100000, 999999)}")),
        exp=DT(c.fd(d + timedelta(days=60), 1)), col=PER(c.name()))

@kind("us")
def health_premium_notice(c, b):
    w, d, ins = c.who(), c.day(), f"{c.brand()} {c.ch(['Health Plan', 'HealthCare', 'BlueShield', 'Care Network'])}"
    b.f("{ins}\nPREMIUM NOTICE\n\nSubscriber: {nm}\nMember ID: {mid}\nGroup No: {grp}\nDate of birth: {dob}\n"
        "Mailing address: {addr}\n\n", ins=ins, nm=PER(c.full(w)), mid=HPN(c.hpn()), grp=c.pat("GRP-%####"),
        dob=DOB(c.fd(c.dob())), addr=ADR(c.addr()))
    b.f("Coverage period: {p0} through {p1}\nPremium amount: {amt}\nDue date: {due}\n\nCovered dependents:\n",
        p0=DT(c.fd(d)), p1=DT(c.fd(d + timedelta(days=30))), amt=c.amt(180, 1600), due=DT(c.fd(d - timedelta(days=5))))
    for _ in range(c.ri(0, 3)):
        b.f("  {n} - member ID {m}\n", n=PER(f"{c.who('anglo').g if c.p(.5) else c.who().g} {w.s}"), m=HPN(c.hpn()))
    b.f("\nAutopay: {ap}\nIf payment is not received within the 31-day grace period your coverage may end. "
        "Questions? Call Member Services at {ph} or visit {u}.\n",
        ap=["drafted from account ", ACC(c.acct())] if c.p(0.5) else "not enrolled", ph=PHN(c.phone(tollfree=True)),
        u=URL(c.url(c.domain(), "members/billing")))

@kind("gb au ca")
def pension_statement(c, b):
    w, d, dob = c.who(), c.day(), c.dob()
    b.f("{sch} Pension Scheme - Annual Benefit Statement\nStatement date: {sd}\n\nMember: {nm}\nDate of birth: {dob}\n"
        "Pension account number: {ac}\nAddress: {addr}\n\n", sch=c.brand(), sd=DT(c.fd(d)), nm=PER(c.full(w)),
        dob=DOB(c.fd(dob)), ac=ACC(c.pat("PN%#######")), addr=ADR(c.addr()))
    fv = c.r.uniform(8000, 420000)
    b.f("Fund value at statement date: {fv}\nContributions this year (employee / employer): {e} / {er}\n"
        "Normal retirement date: {nrd}\nProjected annual pension at retirement (today's money): {pp}\n\n",
        fv=c.mv(fv), e=c.amt(900, 6000), er=c.amt(900, 9000), nrd=DT(c.fd(date(dob.year + 67, dob.month, dob.day))),
        pp=c.mv(fv / 22))
    b.f("Nominated beneficiary: {bn} ({rel})\nInvestment option: Balanced Growth (fund code {fc})\n"
        "Contact the administrator on {ph} or write to {po}.\n", bn=PER(c.name()),
        rel=c.ch(["spouse", "daughter", "son", "partner"]), fc=c.pat("@@@%##"), ph=PHN(c.phone()), po=ADR(c.pobox()))

@kind("us gb ca au")
def fraud_alert_email(c, b):
    w, d, bank = c.who(), c.day(), bank_name(c)
    bdom, mx = c.domain(bank.split()[0]), c.ip4()
    b.f("Received: from mta{n}.{bd} (mta{n}.{bd} [{ip}])\n        by mx.mailhost.net with ESMTPS id {mid};\n"
        "        {rd}\nDate: {dd}\nFrom: {bank} Alerts <{fe}>\nTo: {tn} <{te}>\nSubject: {sub}\n"
        "Content-Type: text/plain; charset=utf-8\n\n",
        n=c.ri(1, 9), bd=bdom, ip=IPA(mx), mid=c.rs(12), rd=rfc2822(c, d), dd=rfc2822(c, d), bank=bank,
        fe=EML(f"alerts@{bdom}"), tn=PER(c.full(w, 0)), te=EML(c.email(w)),
        sub=c.ch(["Did you make this purchase?", "Unusual activity on your card", "Action required: card temporarily locked"]))
    loc = c.sub(c.ch(NONEN + ("us", "gb")))
    city = loc.city()
    b.f("Hi {g},\n\nWe noticed an unusual transaction on your card ending in {l4}:\n\n  Merchant: {m}\n  Amount:   {a}\n"
        "  When:     {wh}\n  Where:    {wr}\n\n", g=PER(w.g), l4=c.pat("####"), m=c.ch(MERCH), a=c.amt(40, 3000),
        wh=DT(c.fdt(d)), wr=LOCN(f"{city}, {loc.L['country']}" if c.p(0.6) else city))
    b.f("Reply YES if you made this purchase or NO if you did not. You can also call us 24/7 at {ph}.\n"
        "We will never ask for your PIN, password or one-time passcode.\n\nFraud Prevention Team\n{bank}\n",
        ph=PHN(c.phone(tollfree=True)), bank=bank)
    if c.p(0.4):
        b.f("\n> NO. I am in {home} and still have the card. Please block it and send a new one to {ad}.\n> {n}\n",
            home=LOCN(c.city()), ad=ADR(c.addr()), n=PER(w.g))

@kind("us gb")
def wire_transfer_form(c, b):
    o, ben = c.who(), c.who()
    d, fx = c.day(), c.sub(c.ch(["de", "fr", "es", "it", "pt", "nl", "pl"]))
    cc = fx.L["iban"]
    b.f("OUTGOING WIRE TRANSFER REQUEST\nRequest date: {d}   Value date: {vd}\nWire ref: {ref}\n\n"
        "ORIGINATOR\nName: {on}\nAccount number: {oa}\nAddress: {oad}\nPhone: {op}\n\n",
        d=DT(c.fd(d)), vd=DT(c.fd(d + timedelta(days=1))), ref=c.pat("FT%#########"), on=PER(c.full(o)),
        oa=ACC(c.acct()), oad=ADR(c.addr()), op=PHN(c.phone()))
    b.f("BENEFICIARY\nName: {bn}\nAddress: {ba}\nIBAN: {ib}\nBank: {bb}\nSWIFT/BIC: {bic}\n\n",
        bn=PER(fx.full(ben)), ba=ADR(fx.addr(country=True)), ib=IBAN(fx.iban()), bb=bank_name(fx), bic=fx.bic(cc))
    b.f("Amount: EUR {amt}\nPurpose: {pur}\n\nCallback verification: called {cn} at {cp} on {ct}; confirmed "
        "beneficiary details verbally.\nAuthorised by: {au}   Dual control: {dc}\n",
        amt=f"{c.r.uniform(1000, 90000):,.2f}", pur=c.ch(["deposit for holiday apartment", "invoice settlement", "tuition fees", "family support"]),
        cn=PER(o.g), cp=PHN(c.phone()), ct=DT(c.fdt(d)), au=PER(c.name()), dc=PER(c.name()))

@kind("us")
def ach_return_report(c, b):
    d = c.day()
    b.f("ACH RETURN ITEMS REPORT\nOriginator: {co}   Company ID {cid}\nSettlement date: {sd}\n\n",
        co=c.company(0.1), cid=c.pat("1%########"), sd=DT(c.fd(d, 0)))
    b.t("TRACE NUMBER      RECEIVER NAME              RDFI       ACCOUNT         AMOUNT    CODE\n")
    codes = ["R01 Insufficient funds", "R02 Account closed", "R03 No account", "R04 Invalid acct number",
             "R10 Not authorized", "R29 Corporate not authorized"]
    for _ in range(c.ri(3, 9)):
        w = c.who()
        nm = PER(f"{w.s}, {w.g}".upper() if c.p(0.7) else f"{w.g} {w.s}".upper())
        ac = ACC(c.acct()) if c.p(0.6) else "****" + c.pat("####")
        row(b, [c.pat("0%##############"), nm, c.routing(), ac, c.mv(c.r.uniform(9, 2000), False), c.ch(codes)],
            [18, 27, 11, 16, 10])
    b.f("\nTotal returns: {tot}\nQuestions: ACH operations {ph}, {em}\n", tot=c.amt(500, 9000),
        ph=PHN(c.phone()), em=EML(f"ach-ops@{c.domain()}"))

@kind("us ca gb")
def credit_card_statement(c, b):
    w, au, d = c.who(), c.who(), c.day()
    b.f("{bank} {prod}\n\n{nm}\n{addr}\n\nAccount ending in {l4}\nStatement closing date: {cd}\n"
        "Payment due date: {dd}\nNew balance: {nb}   Minimum payment: {mp}\n\n",
        bank=bank_name(c), prod=c.ch(["Rewards Visa Signature", "Cash Back Mastercard", "Platinum Card"]),
        nm=PER(maybe_upper(c, c.full(w), 0.5)), addr=ADR(c.addr(ml=True)), l4=c.pat("####"), cd=DT(c.fd(d)),
        dd=DT(c.fd(d + timedelta(days=25))), nb=c.amt(100, 6000), mp=c.amt(25, 200))
    b.t("Trans   Post    Description                          Amount\n")
    for _ in range(c.ri(4, 10)):
        t = d - timedelta(days=c.ri(1, 29))
        md = (lambda x: f"{x.day:02d}/{x.month:02d}") if c.lang == "gb" else (lambda x: f"{x.month:02d}/{x.day:02d}")
        row(b, [DT(md(t)), DT(md(t + timedelta(days=1))), c.ch(MERCH),
                c.mv(c.r.uniform(3, 600), False)], [8, 8, 37])
    b.f("\nAuthorized user: {au} (card {auc})\n", au=PER(c.full(au)), auc=CC(c.card()) if c.p(0.4) else c.masked())
    b.f("Pay by phone: {ph}\nMail payments to: {po}\nLate payment warning: if we do not receive your minimum payment "
        "by the date listed above, you may have to pay a late fee of up to {lf}.\n",
        ph=PHN(c.phone(tollfree=True)), po=ADR(c.pobox()), lf=c.amt(29, 41))

@kind("us gb ca au")
def expense_report(c, b):
    w, d = c.who(), c.day()
    a, z = c.city(), c.sub(c.ch(["us", "gb", "de", "fr", "es", "nl"])).city()
    b.f("EXPENSE REPORT ER-{y}-{n}\nEmployee: {nm} ({em})   Cost centre {cc}\nTrip: {a} to {z}, {d0} - {d1}\n"
        "Corporate card: {card}\n\n", y=d.year, n=c.pat("%###"), nm=PER(c.full(w)), em=EML(c.email(w, c.domain())),
        cc=c.pat("%###"), a=LOCN(a), z=LOCN(z), d0=DT(c.fd(d)), d1=DT(c.fd(d + timedelta(days=4))),
        card=CC(c.card()) if c.p(0.35) else c.masked())
    csvrow(b, ["Date", "Merchant", "Category", "Amount", "Receipt", "Note"])
    rows = [("Delta Air Lines", "Airfare", f"JFK-{c.ch(['LHR', 'CDG', 'FRA', 'AMS'])} seat {c.ri(8, 40)}{c.ch('ABCDEF')}"),
            ("Marriott", "Lodging", f"room {c.ri(200, 1800)}"), ("Uber", "Ground transport", ""),
            ("Pret A Manger", "Meals", "client breakfast"), ("Hertz", "Car rental", f"plate {c.plate()}"),
            ("WeWork", "Workspace", "day pass")]
    for m, cat, note in c.r.sample(rows, c.ri(3, 6)):
        csvrow(b, [DT(c.fd(d + timedelta(days=c.ri(0, 4)), 0)), m, cat, c.mv(c.r.uniform(8, 900), False),
                   c.ch(["yes", "yes", "missing"]), note])
    b.f("\nBusiness purpose: meeting with {cl} at {co}.\nApprover: {ap} - approved {ad}\n",
        cl=PER(c.name()), co=c.company(0.1), ap=PER(c.name()), ad=DT(c.fd(d + timedelta(days=12))))

@kind("us gb")
def shop_env_file(c, b):
    brand = c.brand()
    dom, pw = c.domain(brand), c.password()
    b.f("# .env.production - {br} storefront - DO NOT COMMIT\nAPP_ENV=production\nAPP_VERSION={v}\nAPP_URL={u}\n"
        "TZ=Europe/London\n\n", br=brand, v=c.version(), u=URL(f"https://shop.{dom}"))
    b.f("STRIPE_SECRET_KEY={sk}\nSTRIPE_WEBHOOK_SECRET={wh}\nPAYPAL_CLIENT_SECRET=${PAYPAL_SECRET}\n\n",
        sk=STK(c.stripe()), wh=SEC("whsec_" + c.rs(32)))
    b.f("DATABASE_URL=postgres://shop_app:{pw}@db.internal.{d}:5432/orders\nREDIS_URL=redis://:{rp}@{rip}:6379/0\n\n",
        pw=PWD(pw), d=dom, rp=PWD(c.password()), rip=IPA(f"10.{c.ri(0, 40)}.{c.ri(0, 255)}.{c.ri(2, 250)}"))
    if c.p(0.7):
        b.f("AWS_ACCESS_KEY_ID={ak}\nAWS_SECRET_ACCESS_KEY={sk}\nS3_INVOICE_BUCKET={br}-invoices-prod\n",
            ak=AKI(c.aws_id()), sk=ASK(c.aws_secret()), br=brand.lower())
    b.f("MAIL_FROM={mf}\nSUPPORT_PHONE=\"{ph}\"\nSENTRY_DSN=${SENTRY_DSN}\nSHIPPING_API_KEY={sh}\nFEATURE_BNPL=true\n{sl}",
        mf=EML(f"billing@{dom}"), ph=PHN(c.phone()), sh=SEC(c.secret()),
        sl=["SLACK_BOT_TOKEN=", SLT(c.slack()), "\n"] if c.p(0.5) else "")

@kind("us")
def billing_k8s_secret(c, b):
    pw, spw = c.password(), c.password()
    b.f("apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-service-secrets\n  namespace: payments\n"
        "  uid: {uid}\n  labels:\n    app: billing\n    version: v{v}\ntype: Opaque\ndata:\n"
        "  DB_PASSWORD: {a}\n  STRIPE_API_KEY: {b_}\n  SMTP_PASSWORD: {c_}\n  LEDGER_API_TOKEN: {d_}\n",
        uid=c.uuid(), v=c.version(), a=PWD(c.b64(pw)), b_=SEC(c.b64(c.stripe())), c_=PWD(c.b64(spw)),
        d_=SEC(c.b64(c.secret())))
    b.f("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: billing-config\n  namespace: payments\ndata:\n"
        "  LEDGER_HOST: \"{ip}\"\n  SUPPORT_EMAIL: {em}\n  DB_PASSWORD_REF: ${DB_PASSWORD}\n  INVOICE_PORTAL: {u}\n"
        "  RETRY_BACKOFF: 30s\n", ip=IPA(c.ip4()), em=EML(f"billing-support@{c.domain()}"),
        u=URL(c.url(c.domain(), "invoices")))
    b.f("# rotated by {n} on {d} after incident {inc}\n", n=PER(c.name()), d=DT(c.fd(c.day(), 2)), inc=c.ticket())

@kind("us gb")
def payments_api_log(c, b):
    d = c.day()
    for _ in range(c.ri(5, 10)):
        k = c.ri(0, 8)
        b.t(c.ts(d) + " ")
        if k == 0:
            b.f("INFO  gateway req_id={r} POST /v1/charges client_ip={ip} customer={em} amount={a} currency=usd status=201 latency_ms={l}\n",
                r=c.uuid(), ip=IPA(c.ip()), em=EML(c.email()), a=c.ri(100, 90000), l=c.ri(20, 900))
        elif k == 1:
            b.f("WARN  auth token expired for merchant acct_{m}: Authorization: Bearer {j}\n", m=c.rs(16), j=JWT(c.jwt()))
        elif k == 2:
            b.f("DEBUG outbound POST {u} X-Api-Key: {k}\n", u=URL(f"https://api.{c.domain()}/v2/entries"), k=SEC(c.secret()))
        elif k == 3:
            b.f("ERROR card_declined last4={l4} bin={bn} decline_code=insufficient_funds order={o}\n",
                l4=c.pat("####"), bn=c.pat("4#####"), o=c.order_no())
        elif k == 4:
            b.f("INFO  webhook delivered to {u} event=payout.paid attempt=1 sig={h}\n",
                u=URL(c.url(c.domain(), "webhooks/payments")), h=c.hexs(64))
        elif k == 5:
            b.f("INFO  refund issued customer_name=\"{n}\" amount={a} epoch={e}\n", n=PER(c.name()),
                a=c.ri(100, 9000), e=c.epoch())
        elif k == 6:
            b.f("WARN  rate limit from {ip} ({n} req/60s) upstream={up}\n", ip=IPA(c.ip()), n=c.ri(100, 900),
                up=IPA(c.ip4()))
        elif k == 7:
            b.f("INFO  stripe client init key={k} account=acct_{a} pan_check={bad} valid=false\n", k=STK(c.stripe()),
                a=c.rs(16), bad=c.bad_card(""))
        else:
            b.f("DEBUG s3 upload invoices/{f}.pdf with {ak} / {sk}\n", f=c.hexs(8), ak=AKI(c.aws_id()), sk=ASK(c.aws_secret()))

@kind("us gb")
def payroll_sftp_config(c, b):
    w, brand = c.who(), c.brand()
    b.f("# ~/.ssh/config - {br} Payroll SFTP drop (NACHA / BACS files)\nHost payroll-sftp\n  HostName {ip}\n"
        "  Port 22\n  User {u}\n  IdentityFile ~/.ssh/payroll_ed25519\n\n", br=brand, ip=IPA(c.ip4()),
        u=f"{brand.lower()}_payroll")
    b.f("# fallback password auth (rotate quarterly)\n# password: {pw}\n# owner: {n} <{em}> {ph}\n"
        "# upload window: every Thursday before {t} ET; next key rotation {rd}\n\n",
        pw=PWD(c.password()), n=PER(c.full(w)), em=EML(c.email(w, c.domain())), ph=PHN(c.phone()),
        t=DT(c.ch(["4:00 PM", "2:30 PM", "16:00"])), rd=DT(c.fd(c.day())))
    b.f("# payroll_ed25519 (copied here for the DR runbook - TODO remove)\n{k}\n", k=PEM(c.pem()))

@kind("us")
def ci_workflow_billing(c, b):
    w = c.who()
    b.f("name: deploy-invoicing\non:\n  push:\n    branches: [main]\nenv:\n  STRIPE_KEY: ${{ secrets.STRIPE_KEY }}\n"
        "  AWS_REGION: us-east-1\n  APP_VERSION: {v}\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    steps:\n"
        "      - uses: actions/checkout@v4\n      - name: migrate\n        run: ./scripts/migrate.sh\n        env:\n"
        "          DATABASE_URL: postgres://ci:${{ secrets.DB_PASS }}@db:5432/ci\n      - name: notify release\n"
        "        run: |\n          curl -s -X POST -H \"Authorization: token {gh}\" \\\n"
        "            {u}\n", v=c.version(), gh=GHT(c.gh()),
        u=URL(f"https://api.github.com/repos/{c.brand().lower()}-fin/invoicing/dispatches"))
    if c.p(0.5):
        b.f("      - name: upload artefacts\n        env:\n          AWS_ACCESS_KEY_ID: {ak}\n"
            "          AWS_SECRET_ACCESS_KEY: {sk}\n        run: aws s3 sync dist/ s3://invoices-build/\n",
            ak=AKI(c.aws_id()), sk=ASK(c.aws_secret()))
    b.f("# FIXME: token above was pasted by {n} on {d}; move it to ${{ secrets.RELEASE_TOKEN }}\n# commit {sha}\n",
        n=PER(c.full(w, 0)), d=DT(c.fd(c.day())), sha=c.hexs(40))

@kind("us gb")
def slack_finance_export(c, b):
    d, ppl = c.day(), [c.who() for _ in range(3)]
    msgs = [
        ("month-end close: AP run approved, {a} going out on {d}", lambda: dict(a=c.amt(20000, 400000), d=DT(c.fd(d)))),
        ("vendor {v} changed bank details to IBAN {ib} - confirmed by phone with {n} on {p}",
         lambda: dict(v=c.company(0.2), ib=IBAN(c.iban()), n=PER(c.name()), p=PHN(c.phone()))),
        ("heads up the reconciliation bot token is {t} - please rotate after the audit", lambda: dict(t=SLT(c.slack()))),
        ("can someone check why invoice {i} is stuck? customer is {n} ({e})",
         lambda: (lambda x: dict(i=c.inv_no(), n=PER(c.full(x, 0)), e=EML(c.email(x))))(c.who())),
        ("payroll file uploaded, control total {a}, ticket {t}", lambda: dict(a=c.amt(50000, 300000), t=c.ticket())),
        ("new expense policy v{v} live from {d}", lambda: dict(v=c.version(), d=DT(c.fd(d + timedelta(days=14))))),
        ("oops, pasted the prod stripe key {k} in the wrong channel - rotating now", lambda: dict(k=STK(c.stripe()))),
        ("invoice bucket creds for the auditors: {a} / {s} (expires {d})",
         lambda: dict(a=AKI(c.aws_id()), s=ASK(c.aws_secret()), d=DT(c.fd(d + timedelta(days=7))))),]
    b.t("[\n")
    sel = c.r.sample(msgs, c.ri(3, 6))
    for i, (tpl, fn) in enumerate(sel):
        w = c.ch(ppl)
        b.f('  {"ts": "{ts}.{us}", "user": "U0{uid}", "user_name": "{un}", "real_name": "{rn}", "text": "',
            ts=c.epoch(), us=c.pat("00##00"), uid=c.rs(8, UPPER + DIGITS), un=f"{fold(w.g).lower()}.{fold(w.s).lower()}",
            rn=PER(f"{w.g} {w.s}"))
        b.f(tpl, **fn())
        b.t('"}' + (",\n" if i < len(sel) - 1 else "\n"))
    b.t("]\n")

@kind("us")
def hsa_claim_form(c, b):
    w, pt, d = c.who(), c.who(), c.day()
    b.f("HSA / FSA REIMBURSEMENT CLAIM FORM\nAdministrator: {adm} Benefits\n\nParticipant name: {nm}\n"
        "Employer: {emp}\nMember ID: {mid}\nDate of birth: {dob}\nAddress: {addr}\nDaytime phone: {ph}\n\n",
        adm=c.brand(), nm=PER(c.full(w)), emp=c.company(0.1), mid=HPN(c.hpn()), dob=DOB(c.fd(c.dob())),
        addr=ADR(c.addr()), ph=PHN(c.phone()))
    b.t("Date of service  Patient                 Provider                      Code    Amount\n")
    for _ in range(c.ri(2, 4)):
        row(b, [DT(c.fd(d - timedelta(days=c.ri(1, 90)), 0)), PER(c.ch([w.g, pt.g]) + " " + w.s),
                ["Dr. ", PER(c.full(c.who(), 0))], c.ch(["99213", "92014", "D1110", "97110", "J3420"]),
                c.mv(c.r.uniform(15, 600), False)], [17, 24, 30, 8])
    b.f("\nPrescription: {dr} 30 tabs, NPI {npi}, ICD-10 {icd}\nReimburse by direct deposit: routing {rt}, "
        "account {ac}\n\nI certify these expenses were not reimbursed elsewhere. Signature: {sg}  Date: {sd}\n",
        dr=c.ch(DRUGS), npi=c.pat("1%########"), icd=c.ch(["E11.9", "J45.909", "M54.5", "H52.13"]),
        rt=c.routing(), ac=ACC(c.acct()), sg=PER(c.full(w, 0)), sd=DT(c.fd(d)))

@kind("us")
def hospital_billing_statement(c, b):
    g, pt = c.who(), c.who()
    d, hosp = c.day(), f"{c.brand()} {c.ch(['Regional Medical Center', 'Community Hospital', 'Health System'])}"
    b.f("{h}\nPatient Financial Services\n{ha}\n\nGuarantor: {gn}\n{ga}\n\nPatient: {pn}   MRN: {mrn}\n"
        "Patient account #: {pa}\nStatement date: {sd}\n\n", h=hosp, ha=ADR(c.addr()), gn=PER(maybe_upper(c, c.full(g))),
        ga=ADR(c.addr(ml=True)), pn=PER(c.full(pt)), mrn=MRN(c.mrn()), pa=ACC(c.pat("%#########")), sd=DT(c.fd(d)))
    b.f("Date of service: {ds}   Room {rm}   Attending: Dr. {doc}\n\n", ds=DT(c.fd(d - timedelta(days=c.ri(20, 90)))),
        rm=f"{c.ri(2, 9)}{c.ri(10, 40)}{c.ch('AB')}", doc=PER(c.who().s))
    b.t("CPT     Description                      Charge\n")
    for code, desc in c.r.sample([("80053", "Comprehensive metabolic panel"), ("71046", "Chest X-ray 2 views"),
                                  ("99284", "ED visit, high severity"), ("36415", "Venipuncture"),
                                  ("93010", "ECG interpretation"), ("J1885", "Ketorolac injection")], c.ri(2, 5)):
        b.t(f"{code:<8}{desc:<33}{c.mv(c.r.uniform(20, 2400), False):>10}\n")
    b.f("\nInsurance: {ins}  Member ID {mid}  Group {grp}\nInsurance paid: {ip}   Patient responsibility: {pr}\n"
        "Please pay by {due}. Pay online at {u} or call {ph}.\n", ins=f"{c.brand()} Health", mid=HPN(c.hpn()),
        grp=c.pat("%#####"), ip=c.amt(100, 5000), pr=c.amt(20, 1500), due=DT(c.fd(d + timedelta(days=30))),
        u=URL(c.url(c.domain(), "billpay")), ph=PHN(c.phone(tollfree=True)))

@kind("us gb ca au")
def utility_bill(c, b):
    w, d = c.who(), c.day()
    b.f("{u}\nYOUR {t} BILL\n\nCustomer: {nm}\nAccount number: {ac}\nService address: {sa}\n"
        "Billing period: {p0} - {p1}\nMeter no. {mt}   Read type: {rt}\n\n",
        u=f"{c.brand()} {c.ch(['Energy', 'Power', 'Utilities', 'Water'])}", t=c.ch(["ELECTRICITY", "GAS", "WATER"]), nm=PER(maybe_upper(c, c.full(w))),
        ac=ACC(c.pat(c.ch(["%###-####-###", "%#########", "%## ### ### #"]))), sa=ADR(c.addr()),
        p0=DT(c.fd(d - timedelta(days=30))), p1=DT(c.fd(d)), mt=c.pat("%#######"), rt=c.ch(["Actual", "Estimated"]))
    b.f("Usage: {u} kWh ({pc}% vs last year)\nPrevious balance {pb}\nPayment received {pd} - thank you\n"
        "Current charges {cc}\nAMOUNT DUE {ad} by {due}\n\n", u=c.ri(120, 1400), pc=c.ri(-30, 30), pb=c.amt(40, 300),
        pd=DT(c.fd(d - timedelta(days=12))), cc=c.amt(40, 300), ad=c.amt(40, 300), due=DT(c.fd(d + timedelta(days=21))))
    b.f("AutoPay: charged to card ending {l4}\nPower outage? Call {ph} (24 hours). Manage your account at {url}\n",
        l4=c.pat("####"), ph=PHN(c.phone(tollfree=True)), url=URL(c.url(c.domain(), "myaccount")))

@kind("us gb ca au")
def telecom_dispute_chat(c, b):
    w, ag, d = c.who(), c.who(), c.day()
    h, m = c.ri(8, 20), c.ri(0, 40)
    tel, ab = f"{c.brand()} {c.ch(['Mobile', 'Telecom', 'Wireless'])}", c.sub(c.ch(NONEN))

    def line(who, tpl, **kw):
        nonlocal m
        m += c.ri(0, 2)
        b.t(f"[{h:02d}:{m:02d}] ")
        b.put(who)
        b.t(": ")
        b.f(tpl + "\n", **kw)

    agent = ["Agent (", PER(ag.g), ")"]
    b.f("Chat transcript - {t} Billing Support - session {s}\n", t=tel, s=c.uuid()[:13])
    line(agent, "Hi, thanks for contacting {t}. May I have your full name and account number?", t=tel)
    line("Customer", "{n}, account {a}", n=PER(c.full(w, 0).lower() if c.p(0.3) else c.full(w, 0)), a=ACC(c.pat("%########")))
    line(agent, "Thanks {g}. And the mobile number on the account?", g=PER(w.g))
    line("Customer", "{p}", p=PHN(c.phone()))
    line("Customer", "there is a roaming charge of {a} on {d} for data used in {loc} but I was at home that week",
         a=c.amt(20, 300), d=DT(c.fd(d)), loc=LOCN(f"{ab.city()}, {ab.L['country']}"))
    line(agent, "I can see the sessions from {t1} to {t2} that day. I've applied a one-time credit of {a}.",
         t1=DT(c.ch(["2:14 PM", "09:10", "11:45 AM"])), t2=DT(c.ch(["6:30 PM", "17:55", "4:05 PM"])), a=c.amt(20, 300))
    line(agent, "A confirmation will be sent to {e}. Reference {r}.", e=EML(c.email(w)), r=c.ticket())
    line("Customer", "thanks. can you also remove the old card {cd} from autopay?",
         cd=CC(c.card()) if c.p(0.4) else c.masked())
    line(agent, "Done. Anything else I can help with today?")

@kind("us gb ca au")
def vendor_onboarding(c, b):
    w, co, d = c.who(), c.company(0.2), c.day()
    b.f("VENDOR MASTER DATA FORM\nVendor ID: V-{vid}\nLegal name: {co}\nTax ID: {tax}\nRemit-to address:\n{ra}\n\n"
        "AR contact: {cn}, Accounts Receivable\nEmail: {ce}   Phone: {cp}   Fax: {fx}\n\nBANKING DETAILS\n",
        vid=c.pat("%####"), co=co, tax=c.ch([f"GB{c.pat('%########')}", c.pat("%#-#######"), c.pat("%## ### ###")]),
        ra=ADR(c.addr(ml=True)), cn=PER(c.full(w)), ce=EML(c.email(w, c.domain())), cp=PHN(c.phone()), fx=PHN(c.phone()))
    if c.lang == "us":
        b.f("Bank: {bk}\nABA routing: {rt}\nAccount number: {ac}\nAccount type: checking\n", bk=bank_name(c), rt=c.routing(),
            ac=ACC(c.acct()))
    else:
        cc = "GB" if c.lang == "gb" else c.ch(["DE", "NL", "IE", "FR"])
        b.f("Bank: {bk}\nIBAN: {ib}\nBIC: {bic}\n", bk=bank_name(c), ib=IBAN(c.iban(cc)), bic=c.bic(cc))
    b.f("\nPayment terms: Net {n}   Currency: {cur}\nW-9 / tax form received: {yn}\n\nApproved by: {ap}   Date: {ad}\n"
        "Verification call-back: {vb} on {vd} to number on file (not the number in the request e-mail)\n",
        n=c.ch([30, 45, 60]), cur=c.ch(["USD", "GBP", "EUR", "CAD"]), yn=c.ch(["yes", "pending"]), ap=PER(c.name()),
        ad=DT(c.fd(d)), vb=PER(c.name()), vd=DT(c.fdt(d)))

@kind("us gb ca au")
def ar_email_thread(c, b):
    cu, ar = c.who(), c.who()
    d, vd, cdom, inv = c.day(), c.domain(), c.domain(), c.inv_no()
    b.f("From: {cn} <{ce}>\nTo: {te}\nCc: {an} <{ae}>\nDate: {dt}\nSubject: RE: Overdue invoice {inv}\n\n",
        cn=PER(c.full(cu, 0)), ce=EML(c.email(cu, cdom)), te=EML(f"accounts.receivable@{vd}"), an=PER(c.full(ar, 0)),
        ae=EML(c.email(ar, vd)), dt=rfc2822(c, d), inv=inv)
    b.f("Hi {ag},\n\nThanks for the reminder. Payment of {a} was released on {pd} and should reach you by {ed}; "
        "remittance advice attached. Could you confirm our customer account number is {ac}? Your portal shows a "
        "different one.\n\nBest regards,\n{cg}\n{co}\n{ph}\n\n",
        ag=PER(ar.g), a=c.amt(500, 50000), pd=DT(c.fd(d)), ed=DT(c.fd(d + timedelta(days=3))), ac=ACC(c.pat("%######")),
        cg=PER(cu.g), co=c.company(0.1), ph=PHN(c.phone()))
    b.f("-----Original Message-----\nFrom: {an} <{ae}>\nSent: {sent}\nTo: {cn}\nSubject: Overdue invoice {inv}\n\n"
        "Dear {sal},\n\nOur records show invoice {inv} for {a} was due on {due} and remains unpaid. Please arrange "
        "payment to IBAN {ib} or via {u}. If you have already paid, please disregard this message.\n\nKind regards,\n"
        "{an2}\nCredit Control\n",
        an=PER(c.full(ar, 0)), ae=EML(c.email(ar, vd)), sent=rfc2822(c, d - timedelta(days=2)), cn=PER(c.full(cu, 0)),
        inv=inv, sal=c.salute(cu), a=c.amt(500, 50000), due=DT(c.fd(d - timedelta(days=20))),
        ib=IBAN(c.iban("GB" if c.lang == "gb" else c.ch(["IE", "NL", "DE"]))), u=URL(c.url(vd)), an2=PER(c.full(ar, 0)))

@kind("us")
def collections_call_transcript(c, b):
    w, ag, d, t = c.who(), c.who(), c.day(), [0]

    def line(who, tpl, **kw):
        t[0] += c.ri(2, 9)
        b.t(f"00:{t[0] // 60:02d}:{t[0] % 60:02d} {who}: ")
        b.f(tpl + "\n", **kw)

    b.f("CALL RECORDING TRANSCRIPT (auto-generated)\nAgent: {an}   Account: {ac}   Campaign: early-stage\n\n",
        an=PER(c.full(ag, 0)), ac=ACC(c.acct()))
    line("AGENT", "Hi, this is {g} calling from {co} on a recorded line. Am I speaking with {n}?", g=PER(ag.g),
         co=c.company(0.2), n=PER(c.full(w, 0)))
    line("CUSTOMER", "Yes, speaking.")
    line("AGENT", "For verification, can you please confirm your date of birth?")
    line("CUSTOMER", "It's {dob}.", dob=DOB(c.fd(c.dob(), 1)))
    line("AGENT", "Thank you. The past-due balance is {a}. Can we set up a payment today?", a=c.amt(200, 4000))
    line("CUSTOMER", "I can do {a} on {pd}. Use my card, {pan}.", a=c.amt(50, 400),
         pd=DT(c.wfd(d) if c.p(0.5) else c.fd(d, 1)), pan=CC(c.card(sep=c.ch([" ", "-"]))))
    line("AGENT", "And the expiration date?")
    line("CUSTOMER", "{e}", e=DT(c.mmyy()))
    line("AGENT", "Got it. You'll receive a confirmation at {e} within 24 hours.", e=EML(c.email(w)))
    line("CUSTOMER", "Okay. Also my new number is {p}.", p=PHN(c.phone()))

@kind("us gb ca au")
def vcard_export(c, b):
    bank = bank_name(c)
    for _ in range(c.ri(2, 3)):
        w, p, mid = c.who(), c.addr_parts(), (c.ch(UPPER) if c.p(0.3) else "")
        b.t("BEGIN:VCARD\nVERSION:3.0\nN:")
        b.put(PER(f"{w.s};{w.g}" + (f";{mid}" if mid else "")))
        b.t(";;\n" if not mid else ";\n")
        b.f("FN:{fn}\nORG:{org};Private Banking\nTEL;TYPE=CELL:{ph}\nEMAIL;TYPE=INTERNET:{em}\nADR;TYPE=HOME:;;{adr}\n"
            "BDAY:{bd}\nNOTE:Client since {cs}. Prefers calls after {t}. Dog {pet} (mentions often).\nREV:{rev}\n"
            "UID:{uid}\nEND:VCARD\n",
            fn=PER(f"{w.g} {mid + '. ' if mid else ''}{w.s}"), org=bank, ph=PHN(c.phone()), em=EML(c.email(w)),
            adr=ADR(f"{p['no']} {p['street']}{p['unit']};{p['city']};{p['reg']};{p['pc']};{c.L['country']}"),
            bd=DOB(c.dob().isoformat()), cs=DT(c.fd(c.day(2010, 2022))), t=DT(c.ch(["5:00 PM", "17:30", "6 PM"])),
            pet=c.ch(PETS), rev=f"{ymd(c.day())}T{c.ri(0, 23):02d}{c.ri(0, 59):02d}{c.ri(0, 59):02d}Z", uid=c.uuid())

@kind("us")
def edi_810(c, b):
    d, ctl, gs, w = c.day(), c.pat("%########"), c.ri(100, 9999), c.who()
    b.f("ISA*00*          *00*          *ZZ*{snd}*ZZ*{rcv}*{d6}*{hm}*U*00401*{ctl}*0*P*>~\n"
        "GS*IN*{snd2}*{rcv2}*{d8}*{hm}*{gs}*X*004010~\nST*810*0001~\n",
        snd=f"{c.brand().upper():<15}", rcv=f"{c.brand().upper():<15}", d6=ymd(d)[2:], hm=f"{c.ri(0, 23):02d}{c.ri(0, 59):02d}",
        ctl=ctl, snd2=c.brand().upper(), rcv2=c.brand().upper(), d8=ymd(d), gs=gs)
    b.f("BIG*{d}*{inv}*{pd}*{po}~\nN1*BT*{bt}*92*{bid}~\n", d=DT(ymd(d)), inv=c.inv_no().replace("-", ""),
        pd=DT(ymd(d - timedelta(days=c.ri(5, 30)))), po=c.pat("PO%#####"), bt=c.company(0.1).upper(), bid=c.pat("%####"))
    for q in ("BT", "ST"):
        p = c.addr_parts()
        if q == "ST":
            b.f("N1*ST*{n}~\n", n=c.company(0.1).upper())
        b.f("N3*{s}~\nN4*{ci}*{st}*{z}*US~\n", s=ADR(f"{p['no']} {p['street']}{p['unit']}".upper()), ci=LOCN(p["city"].upper()),
            st=LOCN(p["reg"]), z=p["pc"].replace("-", ""))
    b.f("PER*AR*{n}*TE*{ph}*EM*{em}~\nDTM*011*{sd}~\n", n=PER(c.full(w, 0).upper()), ph=PHN(c.pat("~##~######")),
        em=EML(c.email(w, c.domain())), sd=DT(ymd(d - timedelta(days=2))))
    n = c.ri(1, 4)
    for i in range(n):
        b.t(f"IT1*{i + 1}*{c.ri(1, 200)}*EA*{c.r.uniform(1, 400):.2f}**VP*{c.pat('SKU%####')}~\n")
    b.t(f"TDS*{c.ri(1000, 999999)}~\nCTT*{n}~\nSE*{8 + n}*0001~\nGE*1*{gs}~\nIEA*1*{ctl}~\n")

def hl7_name(c, w):
    return f"{w.s}^{w.g}" + (f"^{c.ch(UPPER)}" if c.p(0.4) else "")

@kind("us")
def hl7_dft_billing(c, b):
    w, ins, doc = c.who(), c.who(), c.who()
    d, p = c.day(), c.addr_parts()
    ts, sep = ymd(d) + f"{c.ri(0, 23):02d}{c.ri(0, 59):02d}{c.ri(0, 59):02d}", ("\r\n" if c.p(0.3) else "\n")
    b.f("MSH|^~\\&|PFS|{fac}|CLAIMS|{payer}|{ts}||DFT^P03|{cid}|P|2.5{sep}EVN|P03|{ts}{sep}", fac=c.brand().upper(),
        payer=c.brand().upper(), ts=ts, cid=c.pat("MSG%######"), sep=sep)
    b.f("PID|1||{mrn}^^^HOSP^MR||{nm}||{dob}|{sx}|||{xad}||{ph}|||||{acct}{sep}", sep=sep, mrn=MRN(c.mrn()),
        nm=PER(hl7_name(c, w).upper()), dob=DOB(ymd(c.dob())), sx="F" if w.fem else "M",
        xad=ADR(f"{p['no']} {p['street']}{p['unit']}^^{p['city']}^{p['reg']}^{p['pc']}".upper()),
        ph=PHN(c.pat("(~##)~##-####")), acct=ACC(c.pat("%#########")))
    b.f("PV1|1|O|CLINIC^^^HOSP||||{npi}^{dn}^^^^MD{sep}", sep=sep, npi=c.pat("1%########"), dn=PER(hl7_name(c, doc).upper()))
    for i in range(c.ri(1, 3)):
        sd = ymd(d - timedelta(days=c.ri(1, 20)))
        b.f("FT1|{i}|||{sd}|{sd2}|CG|{cpt}^{desc}^CPT||1|||||||||||{amt}{sep}", sep=sep, i=i + 1, sd=DT(sd), sd2=DT(sd),
            cpt=c.ch(["99213", "99214", "80053", "71046", "93000"]), desc=c.ch(["OFFICE VISIT", "LAB PANEL", "XRAY", "ECG"]),
            amt=f"{c.r.uniform(40, 900):.2f}")
    f, pieces = [""] * 37, []
    f[1], f[2], f[3], f[4], f[8] = "1", c.pat("PPO%##"), c.pat("%####"), f"{c.brand().upper()} HEALTH", c.pat("G%#####")
    f[16] = PER(hl7_name(c, ins).upper())
    f[17] = c.ch(["01", "18", "02"])
    f[18] = DOB(ymd(c.dob()))
    f[36] = HPN(c.hpn())
    for i in range(1, 37):
        pieces.append("|")
        pieces.append(f[i])
    b.put(["IN1"] + pieces + [sep])

@kind("us")
def fhir_coverage(c, b):
    w, p, d, ind = c.who(), c.addr_parts(), c.day(), ("  " if c.p(0.5) else "")
    nl = "\n" if ind else ""
    b.f('{"resourceType": "Bundle", "type": "collection", "entry": [' + nl
        + ind + '{"resource": {"resourceType": "Patient", "id": "{pid}", "meta": {"lastUpdated": "{lu}"},' + nl
        + ind * 2 + '"identifier": [{"type": {"text": "MRN"}, "value": "{mrn}"}],' + nl
        + ind * 2 + '"name": [{"family": "{fam}", "given": ["{giv}"]}],' + nl
        + ind * 2 + '"telecom": [{"system": "phone", "value": "{ph}"}, {"system": "email", "value": "{em}"}],' + nl
        + ind * 2 + '"birthDate": "{bd}",' + nl
        + ind * 2 + '"address": [{"line": ["{line}"], "city": "{city}", "state": "{st}", "postalCode": "{pc}"}]}},' + nl,
        pid=c.uuid(), lu=c.ts(d), mrn=MRN(c.mrn()), fam=PER(w.s), giv=PER(w.g), ph=PHN(c.phone()), em=EML(c.email(w)),
        bd=DOB(c.dob().isoformat()), line=ADR(f"{p['no']} {p['street']}{p['unit']}"), city=LOCN(p["city"]),
        st=LOCN(p["reg"]), pc=p["pc"])
    b.f(ind + '{"resource": {"resourceType": "Coverage", "id": "{cid}", "status": "active", "subscriberId": "{sid}",' + nl
        + ind * 2 + '"period": {"start": "{ps}", "end": "{pe}"},' + nl
        + ind * 2 + '"payor": [{"display": "{pay}"}], "class": [{"type": {"text": "group"}, "value": "{grp}"}],' + nl
        + ind * 2 + '"costToBeneficiary": [{"type": {"text": "copay"}, "valueMoney": {"value": {cp}, "currency": "USD"}}]}}' + nl
        + ']}' + nl,
        cid=c.uuid(), sid=HPN(c.hpn()), ps=DT(date(d.year, 1, 1).isoformat()), pe=DT(date(d.year, 12, 31).isoformat()),
        pay=f"{c.brand()} Health Plan", grp=c.pat("%#####"), cp=c.ch([10, 20, 25, 40]))

@kind("us ca gb")
def ics_loan_closing(c, b):
    b1, b2, eo = c.who(), c.who(), c.who()
    d, h, tz = c.day(), c.ri(9, 16), {"us": "America/Chicago", "ca": "America/Toronto", "gb": "Europe/London"}[c.lang]
    stamp = ymd(d - timedelta(days=c.ri(3, 20))) + f"T{c.ri(0, 23):02d}{c.ri(0, 59):02d}00Z"
    b.f("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{br} Title//Closing Scheduler {v}//EN\nBEGIN:VEVENT\nUID:{uid}\n"
        "DTSTAMP:{st}\nCREATED:{st}\nDTSTART;TZID={tz}:{ds}\nDTEND;TZID={tz}:{de}\n",
        br=c.brand(), v=c.version(), uid=c.uuid(), st=stamp, tz=tz, ds=DT(f"{ymd(d)}T{h:02d}0000"),
        de=DT(f"{ymd(d)}T{h + 1:02d}3000"))
    b.f("SUMMARY:Loan closing - {n1} & {n2}\nLOCATION:{loc}\nDESCRIPTION:Closing for escrow file {ln} with escrow officer {eo}. "
        "Bring government-issued photo ID. Remote signing: {u} Passcode: {pc}\n",
        n1=PER(c.full(b1, 0)), n2=PER(c.full(b2, 0)), loc=ADR(c.addr().replace(",", "\\,")), ln=c.pat("%#########"),
        eo=PER(c.full(eo, 0)), u=URL(c.url(c.domain(), f"j/{c.pat('%#########')}")),
        pc=PWD(c.ch([c.pat("%#####"), c.rs(8)])))
    b.f("ORGANIZER;CN={on}:mailto:{oe}\nATTENDEE;CN={an}:mailto:{ae}\nLAST-MODIFIED:{st}\nEND:VEVENT\nEND:VCALENDAR\n",
        on=PER(c.full(eo, 0)), oe=EML(c.email(eo, c.domain())), an=PER(c.full(b1, 0)), ae=EML(c.email(b1)), st=stamp)

@kind("us ca")
def auto_loan_summary(c, b):
    w, d, st = c.who(), c.day(), c.place()[1]
    b.f("RETAIL INSTALLMENT CONTRACT - SUMMARY\nContract date: {d}\n\nBuyer: {nm}\nDate of birth: {dob}\n"
        "Driver license: {dl} ({st})\nAddress: {addr}\nMobile: {ph}\n\n", d=DT(c.fd(d)), nm=PER(c.full(w)),
        dob=DOB(c.fd(c.dob())), dl=DL(c.dl()), st=LOCN(st), addr=ADR(c.addr()), ph=PHN(c.phone()))
    yr = c.ri(2016, 2025)
    b.f("Vehicle: {yr} {mk}   VIN {vin}   Plate {pl}\nAmount financed: {af}   APR: {apr}%   Term: {t} months\n"
        "Monthly payment: {mp}   First payment due: {fp}\nLoan account number: {ac}\n\n",
        yr=yr, mk=c.ch(["Toyota RAV4 XLE", "Honda Accord", "Ford F-150 XLT", "Hyundai Tucson", "Subaru Outback"]),
        vin=c.vin(), pl=c.plate(), af=c.amt(8000, 60000), apr=f"{c.r.uniform(2.9, 14.9):.2f}", t=c.ch([36, 48, 60, 72]),
        mp=c.amt(200, 1200), fp=DT(c.fd(d + timedelta(days=45))), ac=ACC(c.acct()))
    b.f("Dealer: {dl}, {da}\nSales manager: {sm}\nInsurance: {ins} policy {pol}\n",
        dl=c.company(0.3), da=ADR(c.addr()), sm=PER(c.name()), ins=f"{c.brand()} Mutual", pol=c.pat("PA-%#######"))

@kind("us ca")
def check_ocr(c, b):
    w, d, payee, no, amt = c.who(), c.day(), c.ch([c.company(0.2), None]), c.ri(1001, 9999), c.r.uniform(20, 4000)
    b.f("{nm}\n{addr}{sp}{no}\n{sp2}DATE {d}\nPAY TO THE\n0RDER OF ", nm=PER(c.full(w).upper()),
        addr=ADR(c.addr(ml=True).upper()), sp=" " * c.ri(8, 20), no=no, sp2=" " * 38, d=DT(c.fd(d, 0)))
    b.put(payee if payee else PER(c.name()))
    b.f("              $ {a}\n{words} AND {ct}/100 DOLLARS\n{bank}\nMEMO {memo}\n\u2446{rt}\u2446 {ac}\u2448 {no}\n",
        a=f"{amt:,.2f}", words=c.ch(["ONE THOUSAND TWO HUNDRED", "FOUR HUNDRED SIXTY", "TWO THOUSAND", "NINETY-FIVE"]),
        ct=f"{int(amt * 100) % 100:02d}", bank=bank_name(c).upper(),
        memo=c.ch(["rent unit 4B", f"inv {c.inv_no()}", "deposit", "tuition"]), rt=c.routing(), ac=ACC(c.acct()), no=no)
    b.f("\n[OCR confidence 0.{cf}; endorsement: \"for mobile deposit only\" signed {en}]\n", cf=c.ri(70, 99),
        en=PER(c.name()))

@kind("us gb ca au")
def order_export_json(c, b):
    b.t('{"export": "orders", "version": "' + c.version() + '", "orders": [\n')
    n = c.ri(2, 4)
    for i in range(n):
        w, d = c.who(), c.day()
        b.f('  {"order_id": "{oid}", "customer": {"name": "{nm}", "email": "{em}", "phone": "{ph}"}, '
            '"shipping_address": "{sa}", "payment": {"brand": "{br}", "last4": "{l4}"}, "client_ip": "{ip}", '
            '"delivery_date": "{dd}", "tracking": "{tr}", "total": {tot}}',
            oid=c.order_no(), nm=PER(c.full(w, 0)), em=EML(c.email(w)), ph=PHN(c.phone()), sa=ADR(c.addr()),
            br=c.ch(["visa", "mastercard", "amex"]), l4=c.pat("####"), ip=IPA(c.ip()), dd=DT(d.isoformat()),
            tr=c.tracking(), tot=f"{c.r.uniform(5, 900):.2f}")
        b.t(",\n" if i < n - 1 else "\n")
    b.t("]}\n")

@kind("us gb ca au")
def refund_chat(c, b):
    w, ag, d = c.who(), c.who(), c.day()
    h, m = c.ri(7, 21), c.ri(0, 50)
    b.f("Marketplace buyer messages - order {o}\n", o=c.order_no())
    lines = [("Buyer", "Hello, the blender I ordered arrived broken. I'd like a refund please."),
        ("Seller", "Sorry to hear that! Could you send a photo and your order e-mail?"),
        ("Buyer", "Sure, it's {e}. My name is {n}.", dict(e=EML(c.email(w)), n=PER(c.full(w, 0)))),
        ("Seller", "Thanks {g}. I've issued the refund of {a} to your card ending {l4}; expect it by {d}.",
         dict(g=PER(w.g), a=c.amt(20, 200), l4=c.pat("####"), d=DT(c.fd(d + timedelta(days=5))))),
        ("Buyer", "Great, thanks. If you need to call me: {p}", dict(p=PHN(c.phone()))),
        ("Seller", "Will do - {sg} from {st}", dict(sg=PER(ag.g), st=f"{c.brand()} Home")),]
    for item in lines:
        who, tpl = item[0], item[1]
        kw = item[2] if len(item) > 2 else {}
        m += c.ri(1, 6)
        b.f(f"{h + m // 60:02d}:{m % 60:02d} {who}: " + tpl + "\n", **kw)

@kind("us")
def irs_notice(c, b):
    w, d = c.who(), c.day()
    y = d.year - 1
    b.f("Department of the Treasury\nInternal Revenue Service\n{po}\n\nNotice {cp}   Tax year {y}\nNotice date {nd}\n"
        "Social Security number {ssn}\nTo contact us: {ph}\nYour caller ID: {cid}\n\n{nm}\n{addr}\n\n",
        po=ADR(c.pobox()), cp=c.ch(["CP2000", "CP14", "CP501", "CP503"]), y=y, nd=DT(c.fd(d, 1)),
        ssn=SSN(c.ssn("-")) if c.p(0.6) else f"XXX-XX-{c.pat('####')}", ph=PHN(c.phone(tollfree=True)),
        cid=c.pat("%#####"), nm=PER(c.full(w).upper()), addr=ADR(c.addr(ml=True).upper()))
    b.f("Amount due: {a}\nPay by: {pb}\n\nWe changed your {y} Form 1040 to correct your income. If you agree, sign the "
        "response form and pay by {pb2}. If you don't agree, send us a signed statement by {pb3}.\n\n"
        "Person to contact: {ct}   Employee ID {eid}\nPay online: {u}\n",
        a=c.amt(100, 9000), pb=DT(c.fd(d + timedelta(days=30), 1)), y=y, pb2=DT(c.fd(d + timedelta(days=30), 1)),
        pb3=DT(c.fd(d + timedelta(days=30), 1)), ct=["Ms. " if c.p(.5) else "Mr. ", PER(c.who().s)],
        eid=c.pat("1%#########"), u=URL("https://www.irs.gov/payments"))

@kind("us ca")
def direct_deposit_form(c, b):
    w = c.who()
    b.f("DIRECT DEPOSIT AUTHORIZATION\n\nEmployee name: {nm}\nEmployee ID: {eid}\n", nm=PER(c.full(w)), eid=c.pat("%####"))
    if c.lang == "us":
        b.f("SSN: {s}\n", s=SSN(c.ssn()) if c.p(0.7) else c.bad_ssn())
    b.f("Home address: {a}\n\nPrimary account\n  Bank name: {bk}\n  {rl}: {rt}\n  Account number: {ac}\n"
        "  Type: [x] Checking  [ ] Savings\n  Amount: remainder of net pay\n", a=ADR(c.addr()), bk=bank_name(c),
        rl="Routing number" if c.lang == "us" else "Transit / institution", rt=c.routing() if c.lang == "us" else c.pat("%####-%##"),
        ac=ACC(c.acct()))
    if c.p(0.5):
        b.f("Secondary account\n  Account number: {ac}   Amount: {a} per pay period\n", ac=ACC(c.acct()), a=c.amt(25, 500))
    b.f("\nAttach a voided check (#{cn}). Changes take effect within two pay cycles.\nSignature: {sg}   Date: {sd}\n"
        "HR use: entered by {hr} {hd}\n", cn=c.ri(100, 999), sg=PER(c.full(w, 0)), sd=DT(c.fd(c.day())),
        hr=PER(c.name()), hd=DT(c.fd(c.day())))

@kind("us gb au")
def auto_insurance_premium(c, b):
    ph_, d2 = c.who(), c.who()
    d = c.day()
    b.f("{ins} Auto Insurance - Premium Notice\n\nPolicyholder: {nm}\nPolicy number: {pol}\nMailing address: {addr}\n"
        "Policy period: {p0} to {p1}\n\n", ins=c.brand(), nm=PER(c.full(ph_)), pol=c.pat("PA-%#######"),
        addr=ADR(c.addr()), p0=DT(c.fd(d)), p1=DT(c.fd(d + timedelta(days=182))))
    b.f("Vehicle: {v}  VIN {vin}  Registration {pl}\nListed drivers:\n  {n1} - licence {l1} - born {b1}\n"
        "  {n2} - licence {l2} - born {b2}\n\n", v=c.ch(["2020 Mazda CX-5", "2018 VW Golf", "2022 Kia Sportage"]),
        vin=c.vin(), pl=c.plate(), n1=PER(c.full(ph_, 0)), l1=DL(c.dl()), b1=DOB(c.fd(c.dob())),
        n2=PER(c.full(d2, 0)), l2=DL(c.dl()), b2=DOB(c.fd(c.dob())))
    b.f("Premium due: {a} on {due}. A 10-day grace period applies.\nClaim {cl} (windscreen) closed.\n"
        "Pay online at {u} or call {ph}.\n", a=c.amt(200, 1800), due=DT(c.fd(d - timedelta(days=3))),
        cl=c.pat("CLM-%######"), u=URL(c.url(c.domain(), "policy/pay")), ph=PHN(c.phone(tollfree=True)))

@kind("us")
def escrow_analysis(c, b):
    b1, b2 = c.who(), c.who()
    d = c.day()
    b.f("ANNUAL ESCROW ACCOUNT DISCLOSURE STATEMENT\nServicer: {sv}\nAnalysis date: {ad}\n\nLoan number: {ln}\n"
        "Escrow account no.: {en}\nBorrower(s): {n1} and {n2}\nProperty address: {pa}\n\n",
        sv=bank_name(c), ad=DT(c.fd(d)), ln=ACC(c.acct()), en=c.pat("%#-####"), n1=PER(c.full(b1).upper()),
        n2=PER(c.full(b2).upper()), pa=ADR(c.addr()))
    b.t("Month      Payment to escrow   Disbursement            Balance\n")
    bal = c.r.uniform(800, 4000)
    for i in range(c.ri(4, 9)):
        dis = c.ch(["", "County property tax", "Hazard insurance", "Flood insurance", ""])
        bal += 400 - (2100 if dis else 0)
        b.t(f"{MONTHS['en'][(d.month + i) % 12][:3]:<11}{c.mv(400, False):<20}{dis:<24}{c.mv(bal, False):>10}\n")
    b.f("\nNew monthly payment effective {ed}: {np}\nShortage of {sh} will be spread over 12 months.\n"
        "Questions: {ph} Mon-Fri {t1}-{t2} ET\n", ed=DT(c.fd(d + timedelta(days=60))), np=c.amt(1200, 4200),
        sh=c.amt(50, 900), ph=PHN(c.phone(tollfree=True)), t1=DT("8:00 AM"), t2=DT("8:00 PM"))

@kind("us gb")
def portal_audit_jsonl(c, b):
    w = c.who()
    em, d = c.email(w), c.day()
    for _ in range(c.ri(4, 8)):
        k = c.ri(0, 4)
        b.t('{"ts": "' + c.ts(d) + '", "event": "')
        if k == 0:
            b.f('login_success", "user": "{u}", "ip": "{ip}", "mfa": "sms", "session": "{s}"}\n',
                u=EML(em), ip=IPA(c.ip()), s=JWT(c.jwt()) if c.p(0.4) else c.uuid())
        elif k == 1:
            b.f('payee_added", "user": "{u}", "payee": {"name": "{n}", "account": "{ac}", "routing": "{rt}"}}\n',
                u=EML(em), n=PER(c.name()), ac=ACC(c.acct()), rt=c.routing())
        elif k == 2:
            b.f('password_reset", "user": "{u}", "ip": "{ip}", "debug": {"new_password": "{pw}"}}\n',
                u=EML(em), ip=IPA(c.ip()), pw=PWD(c.password()))
        elif k == 3:
            b.f('profile_update", "user": "{u}", "changes": {"phone": "{ph}", "address": "{ad}"}}\n',
                u=EML(em), ph=PHN(c.phone()), ad=ADR(c.addr()))
        else:
            b.f('transfer_created", "user": "{u}", "amount": {a}, "to": "{m}", "ref": "{r}"}\n',
                u=EML(em), a=c.ri(10, 9000), m=c.masked(), r=c.uuid()[:8])

@kind("gb au")
def bnpl_support_email(c, b):
    w, d, brand = c.who(), c.day(), c.brand()
    b.f("Subject: Your {br}Pay instalment plan - payment reminder\nTo: {em}\n\nHi {g},\n\n"
        "Your next instalment of {a} for order {o} at {shop} is due on {due}.\nCard on file: {mk}\n"
        "Customer account: {ac}\nTo change your due date, log in at {u}.\n\n",
        br=brand, em=EML(c.email(w)), g=PER(w.g), a=c.amt(10, 150), o=c.order_no(), shop=f"{c.brand()} Outfitters",
        due=DT(c.fd(d)), mk=c.masked(), ac=ACC(c.pat("%########")), u=URL(c.url(c.domain(brand), "app/plans")))
    b.f("---- reply ----\nHi, my old card expired. Please take the payments from my new card {pan}, expiry {exp}. "
        "Also I've moved to {ad}.\nThanks, {n}\n{ph}\n", pan=CC(c.card()), exp=DT(c.mmyy()), ad=ADR(c.addr()),
        n=PER(c.full(w, 0)), ph=PHN(c.phone()))

@kind("us gb")
def crypto_withdrawal_hold(c, b):
    w, d, loc = c.who(), c.day(), c.sub(c.ch(NONEN))
    b.f("COMPLIANCE HOLD - withdrawal WD-{wd}\nUser: {nm} ({em})\nAmount: {btc} BTC to bc1q{addr}\nRequested: {rq}\n"
        "Login IP: {ip} (geo: {geo})\nPrevious login IP: {ip2}\nTxID of last deposit: {tx}\n\n",
        wd=c.pat("%#######"), nm=PER(c.full(w)), em=EML(c.email(w)), btc=f"{c.r.uniform(0.05, 4):.4f}",
        addr=c.rs(38, LOWER + DIGITS), rq=DT(c.fdt(d)), ip=IPA(c.ip()), geo=LOCN(f"{loc.city()}, {loc.L['country']}"),
        ip2=IPA(c.ip()), tx=c.hexs(64))
    b.f("2FA reset was requested from {ph} two hours before the withdrawal. Account created {ac}.\n"
        "Action: hold until {hu}; request source-of-funds documents and a video call with {g}.\nAnalyst: {an}\n",
        ph=PHN(c.phone()), ac=DT(c.fd(c.day(2020, 2022))), hu=DT(c.fdt(d + timedelta(days=3))), g=PER(w.g),
        an=PER(c.name()))

# ==========================================================================
# multilingual generators (de fr es it pt nl pl sv da tr)
# ==========================================================================
ALL = " ".join(NONEN)
ML_STMT = {  # title|holder|period|to|date|text|amount|opening|closing|transfer|direct debit|salary|card|rent|service|customer no
    "de": "Kontoauszug|Kontoinhaber|Zeitraum|bis|Datum|Verwendungszweck|Betrag|Alter Kontostand|Neuer Kontostand|Überweisung an|Lastschrift|Gehalt|Kartenzahlung|Miete|Kundenservice|Kundennummer",
    "fr": "Relevé de compte|Titulaire du compte|Période du|au|Date|Libellé|Montant|Ancien solde|Nouveau solde|Virement à|Prélèvement|Salaire|Paiement carte|Loyer|Service client|Numéro client",
    "es": "Extracto de cuenta|Titular|Periodo|a|Fecha|Concepto|Importe|Saldo anterior|Saldo final|Transferencia a|Recibo domiciliado|Nómina|Pago con tarjeta|Alquiler|Atención al cliente|N.º de cliente",
    "it": "Estratto conto|Intestatario|Periodo dal|al|Data|Descrizione|Importo|Saldo iniziale|Saldo finale|Bonifico a|Addebito SDD|Stipendio|Pagamento carta|Affitto|Servizio clienti|Codice cliente",
    "pt": "Extrato de conta|Titular|Período|a|Data|Descritivo|Montante|Saldo anterior|Saldo final|Transferência para|Débito direto|Vencimento|Compra com cartão|Renda|Apoio ao cliente|N.º de cliente",
    "nl": "Rekeningoverzicht|Rekeninghouder|Periode|t/m|Datum|Omschrijving|Bedrag|Vorig saldo|Nieuw saldo|Overboeking naar|Incasso|Salaris|Betaalpas|Huur|Klantenservice|Klantnummer",
    "pl": "Wyciąg z rachunku|Właściciel rachunku|Okres od|do|Data|Tytuł|Kwota|Saldo początkowe|Saldo końcowe|Przelew do|Polecenie zapłaty|Wynagrodzenie|Płatność kartą|Czynsz|Obsługa klienta|Numer klienta",
    "sv": "Kontoutdrag|Kontohavare|Period|till|Datum|Text|Belopp|Ingående saldo|Utgående saldo|Överföring till|Autogiro|Lön|Kortköp|Hyra|Kundtjänst|Kundnummer",
    "da": "Kontoudskrift|Kontohaver|Periode|til|Dato|Tekst|Beløb|Primosaldo|Ultimosaldo|Overførsel til|Betalingsservice|Løn|Kortkøb|Husleje|Kundeservice|Kundenummer",
    "tr": "Hesap Özeti|Hesap Sahibi|Dönem|-|Tarih|Açıklama|Tutar|Önceki Bakiye|Yeni Bakiye|Havale/EFT|Otomatik Ödeme|Maaş|Kartlı Ödeme|Kira|Müşteri Hizmetleri|Müşteri No",
}

@kind(ALL)
def ml_bank_statement(c, b):
    L, w, d0 = c.lab(ML_STMT), c.who(), c.day()
    d1, k = d0 + timedelta(days=c.ri(27, 30)), (0 if c.p(0.7) else None)
    b.f("{bank}\n{t}\n\n{l1}: {nm}\n{addr}\nIBAN: {ib}   BIC: {bic}\n{l15}: {cn}\n{l2} {d0} {l3} {d1}\n\n",
        bank=bank_name(c), t=L[0].upper(), l1=L[1], nm=PER(maybe_upper(c, c.full(w))), addr=ADR(c.addr(ml=True)),
        ib=IBAN(c.iban()), bic=c.bic(), l15=L[15], cn=ACC(c.pat("%#######")), l2=L[2], d0=DT(c.fd(d0, k)),
        l3=L[3], d1=DT(c.fd(d1, k)))
    b.t(f"{L[4]:<12}{L[5]:<46}{L[6]:>14}\n")
    bal = c.r.uniform(200, 8000)
    b.f("{d}  {o}{v}\n", d=DT(c.fd(d0, k)), o=f"{L[7]:<44}", v=f"{c.mv(bal, False):>14}")
    for _ in range(c.ri(4, 10)):
        d, v, r = d0 + timedelta(days=c.ri(1, 27)), -c.r.uniform(4, 300), c.ri(0, 5)
        if r == 0:
            desc = [L[9] + " ", PER(c.name())]
        elif r == 1:
            desc = f"{L[10]} {c.company(0.1)} {c.pat('MR%#######')}"
        elif r == 2:
            desc, v = f"{L[11]} {c.company(0.2)}", c.r.uniform(1500, 4500)
        elif r == 3:
            desc, v = [L[13] + " ", IBAN(c.iban(grouped=False))], -c.r.uniform(500, 1500)
        else:
            desc = f"{L[12]} {c.ch(MERCH)}"
        bal += v
        b.pad(DT(c.fd(d, k)), 12)
        b.pad(desc, 46)
        b.t(f"{c.mv(v, False):>14}\n")
    b.f("{d}  {cl}{v}\n\n{l14}: {ph} - {u}\n", d=DT(c.fd(d1, k)), cl=f"{L[8]:<44}", v=f"{c.mv(bal):>14}",
        l14=L[14], ph=PHN(c.phone(tollfree=c.p(0.5))), u=URL(c.url(c.domain())))

ML_INV = {  # invoice|no|date|due|customer no|contact|description|qty|unit|total|net|vat|gross|pay-text|reference|vat id|director|delivery
    "de": "Rechnung|Rechnungsnummer|Rechnungsdatum|Zahlbar bis|Kundennummer|Ihr Ansprechpartner|Beschreibung|Menge|Einzelpreis|Gesamt|Zwischensumme|MwSt. 19 %|Rechnungsbetrag|Bitte überweisen Sie den Rechnungsbetrag auf folgendes Konto|Verwendungszweck|USt-IdNr.|Geschäftsführer|Lieferdatum",
    "fr": "Facture|N° de facture|Date de facture|Échéance|N° client|Votre contact|Désignation|Qté|Prix unitaire|Total|Total HT|TVA 20 %|Total TTC|Merci de régler par virement sur le compte suivant|Référence|N° TVA intracom.|Gérant|Date de livraison",
    "es": "Factura|N.º de factura|Fecha de factura|Vencimiento|N.º de cliente|Persona de contacto|Descripción|Cant.|Precio unit.|Importe|Base imponible|IVA 21 %|Total factura|Rogamos realicen la transferencia a la siguiente cuenta|Concepto|NIF|Administrador|Fecha de entrega",
    "it": "Fattura|Fattura n.|Data fattura|Scadenza|Codice cliente|Referente|Descrizione|Q.tà|Prezzo unit.|Importo|Imponibile|IVA 22%|Totale documento|Si prega di effettuare il bonifico sul seguente conto|Causale|P. IVA|Amministratore|Data consegna",
    "pt": "Fatura|Fatura n.º|Data da fatura|Data de vencimento|N.º de cliente|Contacto|Descrição|Qtd.|Preço unit.|Valor|Subtotal|IVA 23%|Total a pagar|Por favor efetue a transferência para a seguinte conta|Referência|NIF|Gerente|Data de entrega",
    "nl": "Factuur|Factuurnummer|Factuurdatum|Vervaldatum|Klantnummer|Contactpersoon|Omschrijving|Aantal|Stukprijs|Totaal|Subtotaal|BTW 21%|Totaal te betalen|Gelieve het bedrag over te maken naar|Onder vermelding van|Btw-nummer|Directeur|Leverdatum",
    "pl": "Faktura VAT|Numer faktury|Data wystawienia|Termin płatności|Numer klienta|Osoba kontaktowa|Nazwa towaru/usługi|Ilość|Cena jedn.|Wartość|Wartość netto|VAT 23%|Do zapłaty|Prosimy o przelew na rachunek|Tytułem|NIP|Prezes zarządu|Data dostawy",
    "sv": "Faktura|Fakturanummer|Fakturadatum|Förfallodatum|Kundnummer|Er referens|Beskrivning|Antal|À-pris|Belopp|Netto|Moms 25 %|Att betala|Betala till följande konto|Ange referens|Momsreg.nr|VD|Leveransdatum",
    "da": "Faktura|Fakturanr.|Fakturadato|Forfaldsdato|Kundenr.|Kontaktperson|Beskrivelse|Antal|Enhedspris|Beløb|Subtotal|Moms 25 %|I alt|Beløbet bedes indbetalt på følgende konto|Reference|CVR-nr.|Direktør|Leveringsdato",
    "tr": "Fatura|Fatura No|Fatura Tarihi|Son Ödeme Tarihi|Müşteri No|İlgili Kişi|Açıklama|Miktar|Birim Fiyat|Tutar|Ara Toplam|KDV %20|Genel Toplam|Lütfen tutarı aşağıdaki hesaba havale ediniz|Açıklama|Vergi No|Genel Müdür|Teslim Tarihi",
}
ML_ITEMS = ["Kassensystem / POS terminal", "Wartung / maintenance", "Thermo paper 80mm", "Consulting", "Software licence",
            "Versand / shipping", "Kartenleser / card reader", "Hosting"]

@kind(ALL)
def ml_invoice(c, b):
    L, seller, dom = c.lab(ML_INV), c.company(0.25), c.domain()
    w, cw, dw = c.who(), c.who(), c.who()
    d, inv = c.day(), c.inv_no()
    b.f("{s}\n{sa}\n{ph} | {em} | {web}\n\n{cust}\n{ca}\n\n{t}\n{l1}: {inv}\n{l2}: {d}\n{l17}: {dd}\n{l3}: {due}\n"
        "{l4}: {cn}\n{l5}: {ct}\n\n", s=seller, sa=ADR(c.addr()), ph=PHN(c.phone()), em=EML(f"{c.ch(['info', 'office', 'billing', 'accounting'])}@{dom}"),
        web=URL(f"https://www.{dom}"), cust=c.salute(w) if c.p(0.4) else PER(c.full(w)), ca=ADR(c.addr(ml=True)),
        t=L[0].upper(), l1=L[1], inv=inv, l2=L[2], d=DT(c.fd(d)), l17=L[17], dd=DT(c.fd(d - timedelta(days=c.ri(0, 5)))),
        l3=L[3], due=DT(c.fd(d + timedelta(days=c.ch([14, 30])))), l4=L[4], cn=ACC(c.pat("%#####")), l5=L[5],
        ct=PER(c.full(cw)))
    b.t(f"{L[6]:<34}{L[7]:>8}{L[8]:>14}{L[9]:>14}\n")
    tot = 0
    for it in c.r.sample(ML_ITEMS, c.ri(1, 4)):
        q, u = c.ri(1, 20), c.r.uniform(5, 800)
        tot += q * u
        b.t(f"{it:<34}{q:>8}{c.mv(u, False):>14}{c.mv(q * u, False):>14}\n")
    b.f("\n{l10}: {n}\n{l11}: {v}\n{l12}: {g}\n\n{l13}:\nIBAN {ib}  BIC {bic}\n{l14}: {inv}\n\n"
        "{l15} {vat} - {l16}: {dn} - {seat}\n", l10=L[10], n=c.mv(tot), l11=L[11], v=c.mv(tot * .2), l12=L[12],
        g=c.mv(tot * 1.2), l13=L[13], ib=IBAN(c.iban()), bic=c.bic(), l14=L[14], inv=inv, l15=L[15],
        vat=(c.L["iban"] or "") + c.pat("%########"), l16=L[16], dn=PER(c.full(dw)), seat=LOCN(c.city()))

ML_PAY = {  # title|employee|staff no|period|gross|tax|pension/social|health/other|net|paid to|class|dob|entry|insurer|member no
    "de": "Entgeltabrechnung|Mitarbeiter|Personalnummer|Abrechnungszeitraum|Bruttobezüge|Lohnsteuer|Rentenversicherung|Krankenversicherung|Auszahlungsbetrag|Überweisung auf|Steuerklasse|Geburtsdatum|Eintrittsdatum|Krankenkasse|Versichertennummer",
    "fr": "Bulletin de paie|Salarié|Matricule|Période du|Salaire brut|Prélèvement à la source|Retraite complémentaire|Complémentaire santé|Net à payer|Virement sur|Coefficient|Date de naissance|Date d'entrée|Mutuelle|N° adhérent",
    "es": "Nómina|Trabajador|N.º empleado|Periodo de liquidación|Total devengado|Retención IRPF|Contingencias comunes|Desempleo|Líquido a percibir|Transferencia a|Grupo de cotización|Fecha de nacimiento|Fecha de alta|Seguro médico|N.º de póliza",
    "it": "Cedolino paga|Dipendente|Matricola|Periodo di paga|Retribuzione lorda|IRPEF|Contributi INPS|Fondo sanitario|Netto in busta|Accredito su|Livello|Data di nascita|Data assunzione|Fondo sanitario|N. iscrizione",
    "pt": "Recibo de vencimento|Colaborador|N.º mecanográfico|Período|Remuneração ilíquida|Retenção IRS|Segurança Social|Seguro de saúde|Valor líquido|Transferência para|Categoria|Data de nascimento|Data de admissão|Seguro de saúde|N.º apólice",
    "nl": "Loonstrook|Werknemer|Personeelsnummer|Periode|Brutoloon|Loonheffing|Pensioenpremie|Zvw-bijdrage|Netto uitbetaling|Overgemaakt naar|Loonschaal|Geboortedatum|In dienst sinds|Zorgverzekeraar|Polisnummer",
    "pl": "Pasek wynagrodzeń|Pracownik|Nr ewidencyjny|Okres rozliczeniowy|Wynagrodzenie brutto|Zaliczka na PIT|Składki ZUS|Składka zdrowotna|Do wypłaty|Przelew na rachunek|Stanowisko|Data urodzenia|Data zatrudnienia|Prywatna opieka medyczna|Nr polisy",
    "sv": "Lönebesked|Anställd|Anställningsnr|Löneperiod|Bruttolön|Preliminärskatt|Pensionsavsättning|Sjukvårdsförsäkring|Att utbetala|Insättning till|Skattetabell|Födelsedatum|Anställd sedan|Sjukvårdsförsäkring|Försäkringsnr",
    "da": "Lønseddel|Medarbejder|Medarbejdernr.|Lønperiode|Bruttoløn|A-skat|AM-bidrag|ATP|Udbetalt|Overført til konto|Trækprocent|Fødselsdato|Ansat siden|Sundhedsforsikring|Policenr.",
    "tr": "Maaş Bordrosu|Personel|Sicil No|Dönem|Brüt Ücret|Gelir Vergisi|SGK Primi|İşsizlik Sigortası|Net Ödenen|Ödeme Hesabı|Unvan|Doğum Tarihi|İşe Giriş Tarihi|Özel Sağlık Sigortası|Poliçe No",
}

@kind(ALL)
def ml_payslip(c, b):
    L, w, d = c.lab(ML_PAY), c.who(), c.day()
    first, gross = date(d.year, d.month, 1), c.r.uniform(1800, 7500)
    b.f("{co}\n{t}\n\n{l1}: {nm}\n{addr}\n{l2}: {no}   {l10}: {cl}\n{l11}: {dob}   {l12}: {ent}\n{l3}: {p0} - {p1}\n",
        co=c.company(0.2), t=L[0].upper(), l1=L[1], nm=PER(c.full(w) if c.p(0.6) else f"{w.s}, {w.g}"),
        addr=ADR(c.addr()), l2=L[2], no=c.pat("%####"), l10=L[10], cl=c.ch(["I", "III", "4", "B2", "21,5"]),
        l11=L[11], dob=DOB(c.fd(c.dob(), 0)), l12=L[12], ent=DT(c.fd(c.day(2012, 2022), 0)), l3=L[3],
        p0=DT(c.fd(first, 0)), p1=DT(c.fd(first + timedelta(days=27), 0)))
    if c.p(0.6):
        b.f("{l13}: {ins}   {l14}: {hp}\n", l13=L[13], ins=f"{c.brand()} {c.ch(['BKK', 'Santé', 'Salud', 'Zorg', 'Health'])}",
            l14=L[14], hp=HPN(c.hpn() if c.lang != "de" else c.pat("@%########")))
    b.t("\n")
    net = gross
    for lab, pct in ((L[4], 0), (L[5], c.r.uniform(.08, .2)), (L[6], .093), (L[7], c.r.uniform(.01, .08))):
        v = gross if not pct else -gross * pct
        net += v if pct else 0
        b.t(f"{lab:<36}{c.mv(v, False):>14}\n")
    b.f("{l8}{net}\n\n{l9}: {ib}\n", l8=f"{L[8]:<36}", net=f"{c.mv(net):>14}", l9=L[9], ib=IBAN(c.iban()))

ML_DISPUTE = {
    "de": "Betreff: Reklamation einer Kartenzahlung\n\nSehr geehrte Damen und Herren,\n\nam {d} wurde meine Kreditkarte mit {a} "
          "von {m} belastet. Diese Zahlung habe ich nicht autorisiert, ich war an diesem Tag in {city}. Meine Kartennummer lautet "
          "{card} (gültig bis {exp}). Bitte sperren Sie die Karte und erstatten Sie den Betrag auf mein Konto {acc}. Sie erreichen mich unter {ph}.\n\nMit freundlichen Grüßen\n",
    "fr": "Objet : contestation d'un paiement par carte\n\nMadame, Monsieur,\n\nLe {d}, ma carte bancaire a été débitée de {a} par {m}. "
          "Je n'ai pas autorisé cette opération : ce jour-là, j'étais à {city}. Mon numéro de carte est {card} (expire fin {exp}). "
          "Merci de faire opposition et de rembourser le montant sur mon compte {acc}. Vous pouvez me joindre au {ph}.\n\nCordialement,\n",
    "es": "Asunto: reclamación de un cargo en tarjeta\n\nEstimados señores:\n\nEl {d} se realizó un cargo de {a} en mi tarjeta por parte de {m} "
          "que no he autorizado; ese día me encontraba en {city}. El número de la tarjeta es {card} (caduca {exp}). Les ruego bloqueen "
          "la tarjeta y abonen el importe en mi cuenta {acc}. Pueden contactarme en el {ph}.\n\nAtentamente,\n",
    "it": "Oggetto: contestazione addebito su carta\n\nSpettabile banca,\n\nin data {d} sulla mia carta è stato addebitato un importo di {a} da "
          "{m}, che non ho autorizzato: quel giorno mi trovavo a {city}. Il numero della carta è {card} (scadenza {exp}). Vi chiedo di "
          "bloccare la carta e di riaccreditare l'importo sul conto {acc}. Potete contattarmi al {ph}.\n\nCordiali saluti,\n",
    "pt": "Assunto: reclamação de pagamento com cartão\n\nExmos. Senhores,\n\nNo dia {d} foi debitado no meu cartão o valor de {a} por {m}, "
          "que não autorizei; nesse dia estava em {city}. O número do cartão é {card} (validade {exp}). Peço o cancelamento do cartão "
          "e o reembolso na conta {acc}. Podem contactar-me pelo {ph}.\n\nCom os melhores cumprimentos,\n",
    "nl": "Onderwerp: betwisting kaartbetaling\n\nGeachte heer/mevrouw,\n\nOp {d} is er {a} van mijn creditcard afgeschreven door {m}, "
          "zonder mijn toestemming; ik was die dag in {city}. Mijn kaartnummer is {card} (geldig tot {exp}). Graag de kaart blokkeren "
          "en het bedrag terugstorten op rekening {acc}. U kunt mij bereiken op {ph}.\n\nMet vriendelijke groet,\n",
    "pl": "Temat: reklamacja transakcji kartą\n\nSzanowni Państwo,\n\nw dniu {d} z mojej karty pobrano kwotę {a} na rzecz {m} bez mojej "
          "zgody (miejsce transakcji: {city}). Numer karty: {card}, ważna do {exp}. Proszę o zastrzeżenie karty i zwrot środków na "
          "rachunek {acc}. Kontakt: {ph}.\n\nZ poważaniem\n",
    "sv": "Ämne: bestridande av kortköp\n\nHej,\n\nDen {d} drogs {a} från mitt kort av {m} utan mitt godkännande; jag var i {city} den "
          "dagen. Mitt kortnummer är {card} (giltigt till {exp}). Vänligen spärra kortet och återbetala beloppet till konto {acc}. "
          "Ni når mig på {ph}.\n\nMed vänliga hälsningar\n",
    "da": "Emne: indsigelse mod kortbetaling\n\nKære kundeservice,\n\nDen {d} blev mit kort trukket {a} af {m} uden min godkendelse; "
          "jeg var i {city} den dag. Mit kortnummer er {card} (udløber {exp}). Spær venligst kortet og tilbagefør beløbet til konto "
          "{acc}. I kan fange mig på {ph}.\n\nMed venlig hilsen\n",
    "tr": "Konu: kart harcamasına itiraz\n\nSayın Yetkili,\n\n{d} tarihinde kartımdan {m} tarafından {a} tutarında izinsiz bir çekim "
          "yapılmıştır; o gün {city} şehrindeydim. Kart numaram {card} (son kullanma {exp}). Lütfen kartımı bloke edip tutarı {acc} "
          "numaralı hesabıma iade ediniz. Bana {ph} numarasından ulaşabilirsiniz.\n\nSaygılarımla\n",}

@kind(ALL)
def ml_card_dispute(c, b):
    w, d, bank = c.who(), c.day(), bank_name(c)
    b.f("From: {nm} <{em}>\nTo: {to}\n\n", nm=PER(c.full(w)), em=EML(c.email(w)),
        to=EML(f"{c.ch(['service', 'support', 'help', 'cards'])}@{c.domain(bank.split()[0] if c.p(.5) else None)}"))
    other = c.sub(c.ch(NONEN)) if c.p(0.5) else c
    b.f(ML_DISPUTE[c.lang], d=DT(c.fd(d) if c.p(0.6) else c.fdt(d)), a=c.amt(20, 2500), m=c.ch(MERCH),
        city=LOCN(other.city()), card=CC(c.card()) if c.p(0.75) else c.masked(), exp=DT(c.mmyy()), acc=IBAN(c.iban()),
        ph=PHN(c.phone()))
    b.f("{nm}\n{addr}\n", nm=PER(c.full(w)), addr=ADR(c.addr(ml=c.p(0.5))))

ML_DUN = {
    "de": "2. Mahnung\n\nGuten Tag {sal},\n\ntrotz unserer Zahlungserinnerung konnten wir bis heute keinen Zahlungseingang für die Rechnung {inv} "
          "vom {idate} feststellen.\n\nOffener Betrag: {a}\nMahngebühr: {fee}\n\nBitte überweisen Sie den Gesamtbetrag bis spätestens {due} auf "
          "das Konto {iban}. Andernfalls übergeben wir die Forderung an ein Inkassounternehmen. Fragen? {ph}\n\nMit freundlichen Grüßen\n",
    "fr": "Deuxième relance\n\nBonjour {sal},\n\nmalgré notre précédent rappel, nous n'avons pas reçu le règlement de la facture {inv} du {idate}.\n\n"
          "Montant dû : {a}\nFrais de relance : {fee}\n\nNous vous prions de régler la totalité avant le {due} sur le compte {iban}. À défaut, "
          "le dossier sera transmis à notre service de recouvrement. Questions : {ph}\n\nCordialement,\n",
    "es": "Segundo aviso de pago\n\nEstimado/a {sal}:\n\na pesar de nuestro recordatorio, no hemos recibido el pago de la factura {inv} del {idate}.\n\n"
          "Importe pendiente: {a}\nGastos de reclamación: {fee}\n\nLe rogamos abone el importe total antes del {due} en la cuenta {iban}. En caso "
          "contrario, trasladaremos la deuda a una agencia de recobro. Consultas: {ph}\n\nAtentamente,\n",
    "it": "Sollecito di pagamento\n\nGentile {sal},\n\nnonostante il precedente sollecito, non risulta saldata la fattura {inv} del {idate}.\n\n"
          "Importo scaduto: {a}\nSpese di sollecito: {fee}\n\nLa preghiamo di effettuare il pagamento entro il {due} sul conto {iban}. In "
          "mancanza, la pratica sarà affidata a una società di recupero crediti. Informazioni: {ph}\n\nDistinti saluti,\n",
    "pt": "Segundo aviso de pagamento\n\nCaro(a) {sal},\n\napesar do nosso lembrete, ainda não recebemos o pagamento da fatura {inv} de {idate}.\n\n"
          "Valor em dívida: {a}\nDespesas de cobrança: {fee}\n\nSolicitamos o pagamento até {due} para a conta {iban}. Caso contrário, o "
          "processo será entregue a uma empresa de cobranças. Esclarecimentos: {ph}\n\nCom os melhores cumprimentos,\n",
    "nl": "Tweede herinnering\n\nGeachte {sal},\n\nondanks onze eerdere herinnering hebben wij de betaling van factuur {inv} van {idate} nog niet "
          "ontvangen.\n\nOpenstaand bedrag: {a}\nAanmaningskosten: {fee}\n\nWij verzoeken u het totaalbedrag uiterlijk {due} over te maken op "
          "{iban}. Anders dragen wij de vordering over aan een incassobureau. Vragen: {ph}\n\nMet vriendelijke groet,\n",
    "pl": "Wezwanie do zapłaty\n\nDzień dobry {sal},\n\npomimo przypomnienia nie odnotowaliśmy wpłaty za fakturę {inv} z dnia {idate}.\n\n"
          "Kwota zaległa: {a}\nKoszty upomnienia: {fee}\n\nProsimy o uregulowanie całości do dnia {due} na rachunek {iban}. W przeciwnym razie "
          "sprawa zostanie przekazana firmie windykacyjnej. Kontakt: {ph}\n\nZ poważaniem\n",
    "sv": "Betalningspåminnelse 2\n\nHej {sal},\n\ntrots tidigare påminnelse har vi inte fått betalt för faktura {inv} daterad {idate}.\n\n"
          "Förfallet belopp: {a}\nPåminnelseavgift: {fee}\n\nVänligen betala hela beloppet senast {due} till {iban}. Annars lämnas ärendet "
          "till inkasso. Frågor: {ph}\n\nMed vänliga hälsningar\n",
    "da": "Rykker nr. 2\n\nKære {sal},\n\ntrods vores tidligere rykker har vi endnu ikke modtaget betaling for faktura {inv} af {idate}.\n\n"
          "Skyldigt beløb: {a}\nRykkergebyr: {fee}\n\nVi beder dig betale hele beløbet senest {due} til konto {iban}. Ellers overdrages sagen "
          "til inkasso. Spørgsmål: {ph}\n\nMed venlig hilsen\n",
    "tr": "İkinci Ödeme Hatırlatması\n\n{sal},\n\nönceki hatırlatmamıza rağmen {idate} tarihli {inv} numaralı faturanın ödemesi yapılmamıştır.\n\n"
          "Gecikmiş tutar: {a}\nHatırlatma ücreti: {fee}\n\nLütfen toplam tutarı en geç {due} tarihine kadar {iban} numaralı hesaba ödeyiniz. "
          "Aksi takdirde alacak yasal takibe devredilecektir. Bilgi: {ph}\n\nSaygılarımızla\n",}

@kind(ALL)
def ml_dunning_letter(c, b):
    w, d = c.who(), c.day()
    b.f("{co}\n{ca}\n\n{nm}\n{addr}\n\n{city}, {d}\n{cn}: {cno}\n\n", co=c.company(0.3), ca=ADR(c.addr()),
        nm=PER(c.full(w)), addr=ADR(c.addr(ml=True)), city=LOCN(c.city()), d=DT(c.fd(d)), cn=c.lab(ML_STMT)[15],
        cno=ACC(c.pat("%#######")))
    b.f(ML_DUN[c.lang], sal=c.salute(w), inv=c.inv_no(), idate=DT(c.fd(d - timedelta(days=c.ri(30, 60)))),
        a=c.amt(40, 6000), fee=c.amt(5, 15), due=DT(c.fd(d + timedelta(days=c.ri(7, 14)))), iban=IBAN(c.iban()),
        ph=PHN(c.phone()))
    b.f("{sig}\n", sig=PER(c.full(c.who())))

ML_INS = {
    "de": "Beitragsrechnung {y} - Krankenzusatzversicherung\n\nVersicherte Person: {nm}, geboren am {dob}\nVersichertennummer: {hp}\n"
          "Versicherungszeitraum: {p0} bis {p1}\nMonatsbeitrag: {a}\n\nDer Beitrag wird am {due} per SEPA-Lastschrift von Ihrem Konto {iban} eingezogen.",
    "fr": "Avis d'échéance {y} - complémentaire santé\n\nAssuré : {nm}, né(e) le {dob}\nN° adhérent : {hp}\nPériode : du {p0} au {p1}\n"
          "Cotisation mensuelle : {a}\n\nLa cotisation sera prélevée le {due} sur votre compte {iban}.",
    "es": "Aviso de recibo {y} - seguro de salud\n\nAsegurado: {nm}, fecha de nacimiento {dob}\nN.º de asegurado: {hp}\nPeriodo: {p0} a {p1}\n"
          "Prima mensual: {a}\n\nEl recibo se cargará el {due} en su cuenta {iban}.",
    "it": "Avviso di scadenza {y} - polizza salute\n\nAssicurato: {nm}, nato/a il {dob}\nN. tessera: {hp}\nPeriodo: dal {p0} al {p1}\n"
          "Premio mensile: {a}\n\nIl premio sarà addebitato il {due} sul conto {iban}.",
    "pt": "Aviso de cobrança {y} - seguro de saúde\n\nPessoa segura: {nm}, nascido(a) em {dob}\nN.º de cartão: {hp}\nPeríodo: {p0} a {p1}\n"
          "Prémio mensal: {a}\n\nO prémio será debitado em {due} na conta {iban}.",
    "nl": "Premienota {y} - zorgverzekering\n\nVerzekerde: {nm}, geboren op {dob}\nPolisnummer: {hp}\nPeriode: {p0} t/m {p1}\n"
          "Maandpremie: {a}\n\nDe premie wordt op {due} afgeschreven van rekening {iban}.",
    "pl": "Zawiadomienie o składce {y} - ubezpieczenie zdrowotne\n\nUbezpieczony: {nm}, data urodzenia {dob}\nNr polisy: {hp}\n"
          "Okres: {p0} - {p1}\nSkładka miesięczna: {a}\n\nSkładka zostanie pobrana {due} z rachunku {iban}.",
    "sv": "Premieavi {y} - sjukvårdsförsäkring\n\nFörsäkrad: {nm}, född {dob}\nFörsäkringsnummer: {hp}\nPeriod: {p0} till {p1}\n"
          "Månadspremie: {a}\n\nPremien dras via autogiro den {due} från konto {iban}.",
    "da": "Opkrævning {y} - sundhedsforsikring\n\nForsikrede: {nm}, født {dob}\nPolicenummer: {hp}\nPeriode: {p0} til {p1}\n"
          "Månedlig præmie: {a}\n\nPræmien trækkes via Betalingsservice den {due} fra konto {iban}.",
    "tr": "Prim Bildirimi {y} - Özel Sağlık Sigortası\n\nSigortalı: {nm}, doğum tarihi {dob}\nPoliçe No: {hp}\nDönem: {p0} - {p1}\n"
          "Aylık prim: {a}\n\nPrim {due} tarihinde {iban} numaralı hesabınızdan tahsil edilecektir.",}

@kind(ALL)
def ml_insurance_notice(c, b):
    w, d = c.who(), c.day()
    ins = f"{c.brand()} {c.ch(['Versicherung', 'Assurances', 'Seguros', 'Assicurazioni', 'Verzekeringen', 'Sigorta', 'Försäkring', 'Forsikring'])}"
    b.f("{ins}\n{ia}\n\n{nm}\n{addr}\n\n", ins=ins, ia=ADR(c.pobox() if c.p(0.3) else c.addr()), nm=PER(maybe_upper(c, c.full(w))),
        addr=ADR(c.addr(ml=True)))
    k = c.ri(0, 1)
    b.f(ML_INS[c.lang], y=d.year, nm=PER(c.full(w)), dob=DOB(c.fd(c.dob(), k)), hp=HPN(c.hpn()), p0=DT(c.fd(date(d.year, 1, 1), k)),
        p1=DT(c.fd(date(d.year, 12, 31), k)), a=c.amt(30, 400), due=DT(c.fd(d, k)), iban=IBAN(c.iban()))
    b.f("\n\n{ph} | {em} | {u}\n", ph=PHN(c.phone(tollfree=c.p(0.4))), em=EML(f"service@{c.domain()}"),
        u=URL(c.url(c.domain(), f"kunden/{c.ri(1000, 9999)}")))

# ==========================================================================
# hard-negative-only generators (no entities at all)
# ==========================================================================
NEG_FX = {"en": "Indicative FX rates|Pair|Bid|Ask|Change|Rates are indicative and not an offer to deal",
          "de": "Devisenkurse (indikativ)|Paar|Geld|Brief|Veränderung|Kurse freibleibend, kein Angebot",
          "fr": "Cours de change indicatifs|Paire|Achat|Vente|Variation|Cours donnés à titre indicatif",
          "es": "Tipos de cambio orientativos|Par|Compra|Venta|Variación|Cotizaciones orientativas sin compromiso",
          "it": "Cambi indicativi|Coppia|Denaro|Lettera|Variazione|Quotazioni indicative, non vincolanti",
          "pt": "Câmbios indicativos|Par|Compra|Venda|Variação|Cotações indicativas, sem compromisso",
          "nl": "Indicatieve wisselkoersen|Paar|Bied|Laat|Wijziging|Koersen zijn indicatief en vrijblijvend",
          "pl": "Kursy walut (orientacyjne)|Para|Kupno|Sprzedaż|Zmiana|Kursy mają charakter informacyjny",
          "sv": "Indikativa valutakurser|Par|Köp|Sälj|Förändring|Kurserna är vägledande",
          "da": "Vejledende valutakurser|Par|Køb|Salg|Ændring|Kurserne er vejledende",
          "tr": "Gösterge döviz kurları|Parite|Alış|Satış|Değişim|Kurlar bilgi amaçlıdır"}

def neg_lang(c):
    return "en" if c.en else c.lang

@kind("us gb " + ALL, neg=True)
def neg_fx_rates(c, b):
    L = NEG_FX[neg_lang(c)].split("|")
    b.t(f"{L[0]} - {c.brand()} Markets - sheet v{c.version()}\n\n{L[1]:<10}{L[2]:>10}{L[3]:>10}{L[4]:>10}\n")
    for pair in c.r.sample(["EUR/USD", "GBP/USD", "USD/JPY", "EUR/CHF", "EUR/PLN", "USD/TRY", "EUR/SEK", "EUR/DKK",
                            "USD/CAD", "AUD/USD", "EUR/GBP", "BTC/EUR"], c.ri(5, 10)):
        r = c.r.uniform(0.5, 40)
        b.t(f"{pair:<10}{r:>10.4f}{r * 1.0015:>10.4f}{c.r.uniform(-1.5, 1.5):>+9.2f}%\n")
    b.t(f"\n{L[5]}. Spread {c.ri(5, 40)} bp. ID {c.uuid()} / SWIFT {c.bic(c.ch(['DE', 'FR', 'NL', 'GB']))}\n")

PRODUCTS = ["Ben & Jerry's tubs 6x500ml", "Dr. Martens 1460 boots", "Lipton Yellow Label 100", "Johnnie Walker Black 70cl",
            "Levi's 501 jeans 32/32", "Ferrero Rocher T30", "Hewlett-Packard toner 305A", "Kellogg's Corn Flakes 750g",
            "Jack Daniel's No.7 1L", "Mrs. Meyer's dish soap"]

@kind("us gb ca au", neg=True)
def neg_price_list(c, b):
    b.t(f"{c.brand().upper()} WHOLESALE PRICE LIST - catalogue {c.ri(2019, 2026)} rev. {c.version()}\n")
    b.t("SKU          EAN            Description                     HS code     Unit price\n")
    for _ in range(c.ri(5, 12)):
        b.t(f"{c.pat('@@-%####'):<13}{c.pat('%############'):<15}" f"{c.ch(PRODUCTS):<32}"
            f"{c.pat('%###.##'):<12}{c.mv(c.r.uniform(1, 300))}\n")
    b.t(f"\nMinimum order {c.ri(5, 50)} cases. Prices valid for 30 days, excl. VAT. Delivery in 3-5 business days.\n")

@kind("us gb", neg=True)
def neg_batch_log(c, b):
    d, job = c.day(), c.uuid()
    for _ in range(c.ri(8, 14)):
        k = c.ri(0, 6)
        msg = [f"settlement batch {job[:8]} started, {c.ri(100, 9000)} items, worker=batch-{c.ri(1, 9)}",
               f"rejected pan={c.bad_card()} reason=luhn_check_failed",
               f"masked pan={c.masked()} auth={c.pat('%#####')} amount={c.ri(100, 90000)}",
               f"tin validation failed ssn={c.bad_ssn()} reason=invalid_area",
               f"file {c.hexs(12)}.csv sha256={c.hexs(64)} size={c.ri(1000, 900000)}",
               f"retry {c.ri(1, 5)}/5 after {c.ri(1, 60)}s, elapsed {c.ri(100, 9000)}ms, epoch={c.epoch()}",
               f"routing={c.routing()} bic={c.bic()} status=ok build={c.version()} commit={c.hexs(40)}"][k]
        b.t(f"{c.ts(d)} {c.ch(['INFO ', 'WARN ', 'DEBUG', 'ERROR'])} {msg}\n")

@kind("us gb ca au", neg=True)
def neg_invoice_template(c, b):
    b.t("<!-- invoice.html.j2 - template v" + c.version() + " -->\nDear {{ customer.first_name }},\n\n"
        "Thank you for your order {{ order.number }}. Your invoice {{ invoice.id }} for {{ invoice.total | currency }} "
        "is attached.\n\nCard: " + c.masked() + "\nIBAN: XX00 XXXX XXXX XXXX XXXX XX\nPayment reference: "
        + c.inv_no() + "\nRouting number for wires: " + c.routing() + "   SWIFT: " + c.bic() + "\n\n"
        "Payment is due within 30 days. A late fee of 1.5% per month applies after that.\n"
        "Questions? Reply to ${SUPPORT_EMAIL} or call ${SUPPORT_PHONE}.\n\n-- Sent by the billing service (build "
        + c.hexs(7) + ")\n")

@kind("us gb ca au", neg=True)
def neg_trial_balance(c, b):
    y = c.ri(2021, 2025)
    b.t(f"TRIAL BALANCE - FY{y} Q{c.ri(1, 4)} - entity {c.brand()} Holdings (consolidated)\n\n")
    b.t("Account  Name                              Debit          Credit\n")
    for code, nm in c.r.sample([("1000", "Cash and equivalents"), ("1100", "Accounts receivable"), ("1300", "Inventory"),
                                ("1500", "Fixed assets"), ("2000", "Accounts payable"), ("2100", "Accrued payroll"),
                                ("2400", "VAT payable"), ("3000", "Retained earnings"), ("4000", "Revenue"),
                                ("5000", "Cost of goods sold"), ("6100", "Rent"), ("6500", "Salaries"),
                                ("7200", "Bank charges")], c.ri(6, 12)):
        v = c.mv(c.r.uniform(1000, 900000), False)
        b.t(f"{code:<9}{nm:<34}{v if c.p(.5) else '':>12}    {'' if c.p(.5) else v:>12}\n")
    b.t(f"\nVariance 0.00 - prepared with LedgerDesk {c.version()} - report id {c.uuid()}\n")

@kind("us gb ca au", neg=True)
def neg_shipment_tracking(c, b):
    b.t(f"Shipment status report - {c.ri(3, 9)} parcels - carrier feed v{c.version()}\n\n")
    for _ in range(c.ri(3, 7)):
        b.t(f"{c.tracking():<22} {c.ch(['IN TRANSIT', 'DELIVERED', 'EXCEPTION', 'OUT FOR DELIVERY']):<17} "
            f"hub {c.ch(['LHR', 'FRA', 'AMS', 'CDG', 'ORD', 'MEM', 'SDF'])}-{c.ch(['LHR', 'FRA', 'AMS', 'CDG', 'ORD', 'MEM', 'SDF'])} "
            f"{c.ch(['2 hours ago', 'yesterday', 'last week', 'on Tuesday', 'in 2 days'])}  order {c.order_no()}\n")
    b.t(f"\nContainer {c.pat('@@@U%######')} seal {c.pat('%######')}; trailer plate {c.plate()}; VIN {c.vin()}.\n")

@kind("us gb ca au", neg=True)
def neg_payment_terms(c, b):
    b.t(f"{c.brand()} Pay - Merchant Payment Terms (version {c.version()})\n\n"
        f"1. Settlement. Card payments are settled within {c.ri(1, 3)} business days. Payouts initiated after Friday "
        "are processed the following week.\n"
        f"2. Fees. Domestic cards {c.r.uniform(1, 3):.2f}% + {c.mv(0.2)}; international cards add {c.r.uniform(0.5, 2):.1f}%.\n"
        f"3. Chargebacks. A fee of {c.mv(15)} applies per dispute. Evidence must be submitted within 7 days.\n"
        f"4. Reserves. We may hold up to {c.ri(5, 20)}% of volume for 90 days.\n"
        "5. Changes. These terms were last revised in " + str(c.ri(2019, 2025)) + " and may change with 30 days' notice.\n"
        "Brands mentioned (Visa, Mastercard, American Express) are trademarks of their owners.\n")

NEG_RCPT = {"en": "CUSTOMER COPY|SALE|Card|Auth code|Terminal|Total|APPROVED|Thank you",
            "de": "KUNDENBELEG|ZAHLUNG|Karte|Genehmigungs-Nr.|Terminal-ID|Betrag|ZAHLUNG ERFOLGT|Vielen Dank",
            "fr": "TICKET CLIENT|DEBIT|Carte|N° autorisation|Terminal|Montant|PAIEMENT ACCEPTE|Merci de votre visite",
            "es": "COPIA CLIENTE|VENTA|Tarjeta|Cód. autorización|Terminal|Importe|OPERACION APROBADA|Gracias por su compra",
            "it": "COPIA CLIENTE|ACQUISTO|Carta|Cod. autorizzazione|Terminale|Importo|TRANSAZIONE ESEGUITA|Grazie",
            "pt": "COPIA CLIENTE|COMPRA|Cartão|Cód. autorização|Terminal|Montante|TRANSACAO ACEITE|Obrigado",
            "nl": "KLANTBON|BETALING|Kaart|Autorisatiecode|Terminal|Bedrag|BETALING GELUKT|Bedankt",
            "pl": "KOPIA KLIENTA|SPRZEDAŻ|Karta|Kod autoryzacji|Terminal|Kwota|TRANSAKCJA ZAAKCEPTOWANA|Dziękujemy",
            "sv": "KUNDENS KVITTO|KÖP|Kort|Auktkod|Terminal|Belopp|GODKÄNT|Tack för ditt köp",
            "da": "KUNDENS KVITTERING|KØB|Kort|Aut.kode|Terminal|Beløb|GODKENDT|Tak for købet",
            "tr": "MÜŞTERİ NÜSHASI|SATIŞ|Kart|Onay kodu|Terminal|Tutar|İŞLEM ONAYLANDI|Teşekkürler"}

@kind("us gb " + ALL, neg=True)
def neg_masked_receipt(c, b):
    L = NEG_RCPT[neg_lang(c)].split("|")
    b.t(f"{c.brand().upper()} {c.ch(['MARKT', 'STORE', 'CAFE', 'SHOP'])} #{c.ri(10, 999)}\n{L[0]}\n\n{L[1]}\n"
        f"{L[2]}: {c.masked()}  ({c.ch(['VISA', 'MASTERCARD', 'MAESTRO', 'AMEX'])})\nAID: A0000000{c.pat('%#####')}\n"
        f"{L[3]}: {c.pat('%#####')}\n{L[4]}: {c.pat('%#######')}  TRX {c.pat('%#####')}\n\n{L[5]}: {c.amt(2, 300)}\n\n"
        f"{L[6]}\n{L[7]}\n")

@kind("us gb", neg=True)
def neg_config_template(c, b):
    b.t(f"# payments-service config template (chart {c.version()})\nstripe:\n  secret_key: ${{STRIPE_SECRET_KEY}}\n"
        "  webhook_secret: ${{ secrets.STRIPE_WEBHOOK_SECRET }}\ndatabase:\n  url: postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/payments\n"
        "aws:\n  access_key_id: ${AWS_ACCESS_KEY_ID}\n  secret_access_key: <redacted>\nsmtp:\n  password: '********'\n"
        f"retry:\n  max_attempts: {c.ri(3, 8)}\n  backoff: {c.ri(1, 30)}s\nfeature_flags:\n  bnpl: true\n  instant_payouts: false\n"
        f"image: registry.local/payments@sha256:{c.hexs(64)}\n")

@kind("us gb", neg=True)
def neg_chain_dump(c, b):
    b.t(f"# on-chain settlement export, block range {c.ri(800000, 900000)}-{c.ri(900001, 950000)}\n")
    for _ in range(c.ri(4, 8)):
        b.t(f"tx=0x{c.hexs(64)} from=0x{c.hexs(40)} value={c.r.uniform(0.001, 30):.6f} ETH gas={c.ri(21000, 90000)} "
            f"nonce={c.ri(1, 900)} ts={c.epoch()}\n")
    b.t(f"reconciled against batch {c.uuid()} ({c.ri(2, 60)} min)\n")

# ==========================================================================
# driver
# ==========================================================================
def _footer(c):
    return c.ch([f"\n\n-- ref {c.uuid()} | page 1/1 | generated by LedgerDesk v{c.version()}",
                 f"\n\n[doc {c.hexs(12)} | template v{c.version()}]",
                 f"\n\nPage 1 of 1 - form rev. {c.ri(1, 12)}/{c.ri(18, 25)} - batch {c.pat('%#####')}"])

def _pick(r):
    negative, non_en = r.random() < 0.12, r.random() < 0.25
    pool = [k for k in KINDS if k[3] == negative]
    if non_en:
        lang = r.choice(NONEN)
        cand = [k for k in pool if lang in k[2]]
        if cand:
            k = r.choice(cand)
            return k[0], k[1], lang, negative
    cand = [k for k in pool if any(x in EN for x in k[2])]
    k = r.choice(cand)
    return k[0], k[1], r.choice([x for x in k[2] if x in EN]), negative

def make_doc(seed, i):
    for attempt in range(60):
        r = random.Random(f"{seed}-{i}-{attempt}")
        name, fn, lang, negative = _pick(r)
        c, b = Ctx(r, lang), Builder()
        fn(c, b)
        while b.pos < 200:
            b.t(_footer(c))
        if b.pos > 2500:
            continue
        if not negative and not b.ents:
            continue
        return {"id": f"blind35-{seed}-{i:06d}-{name}-{lang}", "text": b.text(), "entities": b.ents}
    raise RuntimeError(f"could not generate document {i}")

def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)

TRAIL = re.compile(r"[.,;:!?\"'()\[\]{}<>]$")
LEAD = re.compile(r"^[\"'(\[{<]")

def validate(doc):
    errs = []
    text, ents = doc["text"], doc["entities"]
    if not 200 <= len(text) <= 2500:
        errs.append(f"length {len(text)}")
    last = 0
    for e in sorted(ents, key=lambda x: (x["start"], x["end"])):
        s, t, ty = e["start"], e["end"], e["type"]
        span = text[s:t] if 0 <= s < t <= len(text) else ""
        if not span:
            errs.append(f"empty/out of bounds {e}")
            continue
        if ty not in TYPES:
            errs.append(f"bad type {ty}")
        if span != span.strip():
            errs.append(f"whitespace {ty} {span!r}")
        if s < last:
            errs.append(f"overlap at {s} {span!r}")
        last = max(last, t)
        if ty != "PASSWORD" and ty != "GENERIC_SECRET" and (TRAIL.search(span) or (LEAD.search(span) and ty != "PHONE_NUMBER")):
            errs.append(f"punct {ty} {span!r}")
        if ty == "CREDIT_CARD" and not (luhn_ok(span) and 13 <= len(re.sub(r"\D", "", span)) <= 19):
            errs.append(f"luhn {span!r}")
        if ty == "IBAN_CODE" and not iban_ok(span):
            errs.append(f"iban {span!r}")
        if ty == "US_SSN" and not ssn_ok(span):
            errs.append(f"ssn {span!r}")
        if ty == "AWS_SECRET_KEY" and len(span) != 40:
            errs.append(f"aws secret len {span!r}")
        if ty == "EMAIL_ADDRESS" and "@" not in span:
            errs.append(f"email {span!r}")
        if ty == "URL" and not re.match(r"https?://", span):
            errs.append(f"url {span!r}")
        if ty == "PRIVATE_KEY" and not (span.startswith("-----BEGIN") and span.endswith("-----")):
            errs.append(f"pem {span!r}")
    return errs

def check(n=3000, seed=0):
    counts, kinds, langs, bad = Counter(), Counter(), Counter(), 0
    empty, nonen, lens = 0, 0, []
    for doc in generate(n, seed):
        errs = validate(doc)
        if errs:
            bad += 1
            if bad <= 20:
                print(doc["id"], errs[:5])
        for e in doc["entities"]:
            counts[e["type"]] += 1
        parts = doc["id"].split("-")
        kinds[parts[3]] += 1
        langs[parts[4]] += 1
        empty += not doc["entities"]
        nonen += parts[4] in NONEN
        lens.append(len(doc["text"]))
    print(f"documents: {n}  invalid: {bad}  generators: {len(KINDS)}  kinds seen: {len(kinds)}")
    print(f"no-entity docs: {empty / n:.1%}  non-English docs: {nonen / n:.1%}  "
          f"length min/avg/max: {min(lens)}/{sum(lens) // n}/{max(lens)}")
    print("languages:", " ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("per-type counts:")
    for t in TYPES:
        print(f"  {t:<22}{counts[t]:>7}")
    missing = [t for t in TYPES if not counts[t]]
    if missing:
        print("MISSING TYPES:", missing)
    return bad == 0 and not missing

def sample(k, seed=0):
    for doc in generate(k, seed):
        print("=" * 78)
        print(doc["id"])
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  [{e['start']:>4}:{e['end']:<4}] {e['type']:<22} {doc['text'][e['start']:e['end']]!r}")
    print("=" * 78)

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate them")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K documents")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if check(3000, a.seed) else 1
    if a.sample:
        sample(a.sample, a.seed)
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
