#!/usr/bin/env python3
"""Blind synthetic labelled corpus #33: public sector, legal and social services.

Standard-library-only generator of labelled documents for a PII/PHI/secrets
detector benchmark.  ``generate(n, seed=0)`` yields dicts
``{"id", "text", "entities": [{"start", "end", "type"}]}``; document i is a
pure function of (seed, i).  Documents are built piece by piece with a
Builder that records entity offsets while appending (offsets are never found
by searching the text).

Domains generated (English, German, French, Spanish, Italian, Portuguese,
Dutch, Polish, Swedish and Turkish):
  court filings (complaint captions, docket entries, summonses, hearing
  calendars), police incident reports and criminal complaints, immigration /
  visa case notes, social-worker and probation visit notes, benefits
  applications (unemployment, housing, child benefit, social assistance,
  Medicaid eligibility, EDI 834 enrolment), tax authority letters and
  assessments, notary deeds and acknowledgments, land registry extracts,
  voter-roll CSV rows, municipal permit applications, lawyer-client e-mails,
  prison visitor logs and jail infirmary HL7 feeds, jury summonses,
  small-claims forms, ombudsman complaints, FOIA requests, court-fee payment
  receipts, caseworker vCards, county-clinic FHIR resources, court / benefits
  IT artefacts (e-filing access logs, .env files, Kubernetes secrets, CI
  workflows, helpdesk tickets, chat exports) and entity-free hard-negative
  documents (policy memos, statistics, FAQs, redacted records, procurement
  notices, system logs, multilingual information leaflets).

CLI:  --check | --sample K | --n N --seed S --output F.jsonl

Labelling conventions:
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
import string
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
PER, EM, PH, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                  "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                     "DRIVER_LICENSE")
AWSA, AWSS, GH, SLK, STR = ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN",
                            "SLACK_TOKEN", "STRIPE_KEY")
JWT, PK, PW, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"

class Builder:
    """Append-only text builder that records entity offsets as it goes."""

    def __init__(self):
        self.parts: list[str] = []
        self.ents: list[dict] = []
        self.n = 0

    def _add(self, s: str, typ: str | None):
        if not s:
            return
        if typ:
            if s != s.strip():
                raise ValueError(f"entity with outer whitespace: {s!r}")
            self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.parts.append(s)
        self.n += len(s)

    def t(self, *ss: str) -> "Builder":
        for s in ss:
            self._add(s, None)
        return self

    def e(self, s: str, typ: str | None) -> "Builder":
        self._add(s, typ)
        return self

    def x(self, *items) -> "Builder":
        """Append str pieces and (value, TYPE) tuples; None is skipped."""
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                self._add(it[0], it[1])
            else:
                self._add(it, None)
        return self

    def cell(self, v: str, typ: str | None, width: int, sep: str = " ") -> "Builder":
        self._add(v, typ)
        self._add(sep * max(1, width - len(v)), None)
        return self

    def text(self) -> str:
        return "".join(self.parts)

    def __len__(self):
        return self.n

# --------------------------------------------------------------------------
# name pools (given male, given female, surnames) by culture
# --------------------------------------------------------------------------
def _s(x: str) -> list[str]:
    return [w.replace("_", " ") for w in x.split()]

NAMES = {k: tuple(_s(p) for p in v.split("|")) for k, v in {
    "en": "James Michael Robert David William Christopher Matthew Anthony Joshua Andrew Kevin Brian Tyler Jordan "
          "Marcus Dwayne Terrence Cody Austin Garrett|Mary Jennifer Linda Patricia Jessica Ashley Brittany Kimberly "
          "Megan Heather Tamika Latoya Shannon Crystal Kayla Brooke Dana Rebecca Courtney Whitney|Smith Johnson "
          "Williams Brown Jones Miller Davis Wilson Anderson Taylor Thompson White Harris Clark Lewis Robinson Walker "
          "Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips "
          "Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Bell Cooper Richardson Howard Ward "
          "Brooks Jenkins Washington Halvorsen Lindquist Whitfield Pruitt Dunbar",
    "ie": "Cian Oisín Seamus Declan Padraig Ciarán Eoin Ruairí|Siobhán Niamh Aoife Róisín Caoimhe Saoirse Gráinne "
          "Orla|Murphy O'Sullivan O'Brien Byrne Fitzgerald MacLeod McAllister Doyle Gallagher Ó_Ceallaigh Kavanagh "
          "Nic_Giolla McLaughlin Quinn",
    "de": "Lukas Jonas Leon Maximilian Felix Elias Jürgen Dieter Wolfgang Uwe Torsten Matthias Sven Björn Florian "
          "Tobias Henrik Klaus-Peter|Anna Lena Leonie Sophie Hannah Emilia Greta Ute Heike Sabine Birgit Kerstin Anja "
          "Katrin Jana Franziska Annegret Marie-Luise|Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker "
          "Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger "
          "Hartmann Lange Krause Lehmann Köhler Herrmann König Huber Kaiser Fuchs Scholz Möller Weiß Vogel Keller "
          "Günther Winkler Böhm Brandt Schuster Albrecht Graf von_Ostheim Dreßler Ebeling Tschirner",
    "fr": "Jean Pierre Michel Philippe Nicolas Julien Mathieu Thibault Benoît Loïc Yannick Jérôme Gaëtan Baptiste "
          "Hervé Jean-Luc|Camille Léa Manon Chloé Inès Élodie Céline Nathalie Sandrine Amélie Hélène Gaëlle Solène "
          "Maëlle Brigitte Anne-Sophie|Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Laurent "
          "Lefebvre Michel David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert "
          "Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Roussel Perrin Morin Clément Gauthier "
          "Chevalier Lemaire Le_Goff Delacroix Besnard",
    "es": "José Antonio Manuel Francisco Juan David Javier Carlos Alejandro Sergio Iñaki Jordi Rubén Álvaro Gonzalo "
          "Xavier|María Carmen Lucía Ana Isabel Laura Marta Cristina Pilar Rocío Nuria Montserrat Ainhoa Inmaculada "
          "Begoña María_José|García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez "
          "Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos "
          "Serrano Molina Morales Suárez Ortega Delgado Castro Rubio Núñez Iglesias Medina Garrido Cortés Lozano "
          "Prieto Méndez Echeverría Aguirre",
    "it": "Giuseppe Giovanni Antonio Mario Luigi Francesco Alessandro Lorenzo Matteo Andrea Salvatore Gennaro Carmine "
          "Vincenzo|Giulia Chiara Francesca Sofia Martina Alessia Elena Valentina Federica Rosa Assunta Concetta Gaia "
          "Beatrice|Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
          "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara "
          "Galli Leone Longo Gentile Vitale Serra Coppola De_Santis D'Angelo Lo_Russo",
    "pt": "João José António Francisco Pedro Tiago Rui Miguel Gonçalo Duarte Vasco Henrique|Maria Ana Beatriz Inês "
          "Mariana Joana Sofia Leonor Catarina Conceição Rita Filipa|Silva Santos Ferreira Pereira Oliveira Costa "
          "Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho "
          "Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Coelho Cunha Pires Simões "
          "Antunes Brandão Magalhães",
    "nl": "Daan Sem Lucas Milan Levi Jesse Thijs Bram Ruben Joost Pieter Wouter Maarten|Sanne Emma Julia Tess Fenna "
          "Lotte Anouk Femke Marloes Ilse Mieke Annelies|de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen "
          "Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra "
          "de_Graaf van_der_Meer Kok de_Haan Vermeulen van_der_Veen Koopmans Timmermans",
    "pl": "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Wojciech Zbigniew|Anna Katarzyna "
          "Małgorzata Agnieszka Joanna Magdalena Ewa Zofia Barbara Dorota Jadwiga Grażyna|Nowak Kowalski Wiśniewski "
          "Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur "
          "Kwiatkowski Krawczyk Piotrowski Grabowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek "
          "Jabłoński Król Majewski Olszewski Wróbel Pawlak Walczak Stępień Górski Sikora Ostrowski Szewczyk "
          "Przybylski",
    "sv": "Lars Anders Johan Erik Per Karl Nils Mikael Oskar Axel Gustav Björn|Anna Eva Maria Karin Kristina Lena "
          "Sara Emma Elin Ingrid Astrid Sigrid|Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson "
          "Svensson Gustafsson Pettersson Jonsson Hansson Bengtsson Jönsson Lindberg Magnusson Lindström Lindqvist "
          "Lindgren Berg Axelsson Bergström Lundberg Sjöberg Wallin Engström Eklund Håkansson Björk Söderberg Nyström "
          "Åkesson",
    "tr": "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Emre Oğuz Barış|Fatma Ayşe Emine "
          "Hatice Zeynep Elif Meryem Şerife Zehra Büşra Gülşen Özlem|Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım "
          "Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş "
          "Aksoy Aktaş Bulut Keskin Karaca Uçar",
    "ar": "Mohammed Ahmed Omar Khaled Youssef Hassan Karim Tariq Samir Bilal Walid|Fatima Aisha Layla Noor Mariam "
          "Yasmin Huda Rania Salma Amira Dalia|Al-Sayed Haddad Khoury Nasser Mansour Hamdan Abdallah El-Amin Saleh "
          "Farouk Qureshi Darwish Aziz Rahman Othman Al-Masri Benali Bouzid",
    "zh": "Wei Jun Lei Hao Yifan Zihan Xiaoming Jian|Fang Min Jing Na Hui Mei Ling Xiaoyu|Wang Li Zhang Liu Chen Yang "
          "Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Luo",
    "in": "Aarav Vihaan Arjun Rohan Rahul Amit Sanjay Venkatesh Harpreet|Priya Ananya Diya Kavya Lakshmi Deepa Sunita "
          "Neha Pooja Gurleen|Sharma Verma Patel Gupta Singh Kumar Reddy Iyer Nair Menon Rao Chatterjee Banerjee "
          "Mukherjee Joshi Desai Mehta Kapoor Pillai Subramanian",
    "ng": "Chinedu Emeka Oluwaseun Tunde Kwame Kofi Yaw Obinna Babajide|Ngozi Adaeze Chiamaka Funmilayo Abena Efua "
          "Amaka Yetunde Akosua|Okafor Adeyemi Okonkwo Eze Nwosu Balogun Mensah Boateng Asante Owusu Adebayo Chukwu "
          "Ogunleye Ibekwe Osei",
    "vi": "Minh Tuan Hung Duc Quang Khoa|Linh Thao Huong Lan Mai Ngoc|Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui "
          "Do Ngo Duong",
    "ru": "Dmitri Sergei Alexei Ivan Oleksandr Andriy Mykola Vasyl|Olga Natalia Tetiana Svetlana Irina Yulia Oksana "
          "Halyna|Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Smirnov Volkov Morozov Lysenko "
          "Hrytsenko",
    "ko": "Min-jun Ji-ho Jae-won Dong-hyun|Seo-yeon Ha-eun Soo-ah Ji-woo|Kim Lee Park Choi Jung Kang Cho Yoon Jang "
          "Lim",
    "ja": "Haruto Yuto Sota Hiroshi Takeshi Kenji|Yui Sakura Aoi Yuki Haruka Emi|Sato Suzuki Takahashi Tanaka "
          "Watanabe Ito Yamamoto Nakamura Kobayashi",
    "so": "Abdi Abdirahman Yusuf Mahad Hamza|Hodan Faduma Asha Ifrah Sahra|Warsame Abdullahi Farah Jama Mohamud Hirsi "
          "Egal",
    "ro": "Andrei Ion Mihai Florin Bogdan|Elena Ioana Andreea Mihaela Roxana|Popescu Ionescu Popa Dumitru Stoica "
          "Gheorghe Munteanu Matei Dinu",
    "el": "Georgios Dimitrios Konstantinos Nikolaos Spyros|Eleni Aikaterini Sofia Vasiliki Despina|Papadopoulos "
          "Papadakis Georgiou Nikolaidis Konstantinou Karagiannis Oikonomou",
}.items()}

MIX = {
    "us": ["en"] * 9 + ["es"] * 3 + ["ie", "zh", "vi", "in", "ng", "ar", "ko", "ru",
                                     "so", "el", "it", "pl", "ja"],
    "uk": ["en"] * 7 + ["ie", "ie", "in", "in", "pl", "ng", "ar", "so", "zh", "pt", "el", "ro"],
    "de": ["de"] * 9 + ["tr", "tr", "pl", "ar", "ru", "it", "el", "vi", "ro"],
    "fr": ["fr"] * 9 + ["ar", "ar", "pt", "es", "it", "ng", "vi", "tr"],
    "es": ["es"] * 9 + ["ar", "ro", "ng", "zh", "fr"],
    "it": ["it"] * 9 + ["ro", "ar", "ng", "in", "zh"],
    "pt": ["pt"] * 9 + ["ng", "ro", "in", "es"],
    "nl": ["nl"] * 9 + ["tr", "ar", "pl", "so", "in"],
    "pl": ["pl"] * 10 + ["ru", "ru", "vi"],
    "sv": ["sv"] * 9 + ["ar", "so", "tr", "pl", "ru"],
    "tr": ["tr"] * 10 + ["ar", "ru"],
}
LANG = {"us": "en", "uk": "en", "de": "de", "fr": "fr", "es": "es", "it": "it",
        "pt": "pt", "nl": "nl", "pl": "pl", "sv": "sv", "tr": "tr"}

# --------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------
US_CITIES = [tuple(x.replace("_", " ").split(":")) for x in (
    "Springfield:IL Columbus:OH Sacramento:CA Austin:TX Tucson:AZ Albany:NY Paterson:NJ Dearborn:MI Minneapolis:MN "
    "Tacoma:WA Raleigh:NC Richmond:VA Jacksonville:FL Denver:CO Providence:RI Hartford:CT Milwaukee:WI Boise:ID "
    "Omaha:NE Baton_Rouge:LA Fresno:CA El_Paso:TX Lowell:MA Worcester:MA St._Paul:MN Salt_Lake_City:UT Anchorage:AK "
    "Santa_Fe:NM Louisville:KY Knoxville:TN Spokane:WA Reno:NV Des_Moines:IA Savannah:GA Pueblo:CO Yonkers:NY"
).split()]
US_STATES = {"IL": "Illinois", "OH": "Ohio", "CA": "California", "TX": "Texas",
             "AZ": "Arizona", "NY": "New York", "NJ": "New Jersey", "MI": "Michigan",
             "MN": "Minnesota", "WA": "Washington", "NC": "North Carolina", "VA": "Virginia",
             "FL": "Florida", "CO": "Colorado", "RI": "Rhode Island", "CT": "Connecticut",
             "WI": "Wisconsin", "ID": "Idaho", "NE": "Nebraska", "LA": "Louisiana",
             "MA": "Massachusetts", "UT": "Utah", "AK": "Alaska", "NM": "New Mexico",
             "KY": "Kentucky", "TN": "Tennessee", "NV": "Nevada", "IA": "Iowa", "GA": "Georgia"}
US_STREETS = _s("Oak_Ave Maple_Street Elm_Dr Cedar_Ln Main_St Washington_Blvd Pine_Rd "
                "Lincoln_Way Highland_Ave Lakeview_Dr Park_Place Sunset_Blvd Church_St "
                "Riverside_Dr Mill_Rd Chestnut_St Walnut_Ave Spring_Garden_St "
                "Martin_Luther_King_Jr_Blvd Cesar_Chavez_Ave Prospect_Ave Quarry_Rd "
                "Willow_Creek_Ct Hawthorne_Ter")
UK_CITIES = [tuple(x.replace("_", " ").split(":")) for x in (
    "London:SE Manchester:M Birmingham:B Leeds:LS Glasgow:G Cardiff:CF Bristol:BS Sheffield:S Leicester:LE "
    "Nottingham:NG Bradford:BD Coventry:CV Belfast:BT Edinburgh:EH Liverpool:L Newcastle_upon_Tyne:NE Swansea:SA "
    "Luton:LU"
).split()]
UK_STREETS = _s("Hamilton_Road Victoria_Street Station_Road Church_Lane Queen's_Drive "
                "Albert_Terrace Moss_Side_Road Beechwood_Avenue Kingsway Park_Crescent "
                "Mill_Lane The_Grove Brunswick_Street Gladstone_Close Tyne_View")
CITIES = {cc: [tuple(x.split(":")) for x in v.split("|")] for cc, v in {
    "de": "Berlin:Berlin|Hamburg:Hamburg|München:Bayern|Köln:Nordrhein-Westfalen|Frankfurt am Main:Hessen"
          "|Stuttgart:Baden-Württemberg|Düsseldorf:Nordrhein-Westfalen|Leipzig:Sachsen"
          "|Dortmund:Nordrhein-Westfalen|Bremen:Bremen|Dresden:Sachsen|Hannover:Niedersachsen|Nürnberg:Bayern"
          "|Duisburg:Nordrhein-Westfalen|Bielefeld:Nordrhein-Westfalen|Mannheim:Baden-Württemberg|Kassel:Hessen"
          "|Rostock:Mecklenburg-Vorpommern|Erfurt:Thüringen|Mainz:Rheinland-Pfalz"
          "|Freiburg im Breisgau:Baden-Württemberg|Gelsenkirchen:Nordrhein-Westfalen|Offenbach am Main:Hessen"
          "|Chemnitz:Sachsen",
    "fr": "Paris:Île-de-France|Lyon:Auvergne-Rhône-Alpes|Marseille:Provence-Alpes-Côte d'Azur|Toulouse:Occitanie"
          "|Nantes:Pays de la Loire|Strasbourg:Grand Est|Montpellier:Occitanie|Bordeaux:Nouvelle-Aquitaine"
          "|Lille:Hauts-de-France|Rennes:Bretagne|Saint-Étienne:Auvergne-Rhône-Alpes"
          "|Grenoble:Auvergne-Rhône-Alpes|Dijon:Bourgogne-Franche-Comté|Nîmes:Occitanie"
          "|Villeurbanne:Auvergne-Rhône-Alpes|Clermont-Ferrand:Auvergne-Rhône-Alpes|Limoges:Nouvelle-Aquitaine"
          "|Roubaix:Hauts-de-France|Saint-Denis:Île-de-France|Mulhouse:Grand Est|Perpignan:Occitanie"
          "|Le Havre:Normandie",
    "es": "Madrid:Madrid|Barcelona:Barcelona|Valencia:Valencia|Sevilla:Sevilla|Zaragoza:Zaragoza|Málaga:Málaga"
          "|Murcia:Murcia|Palma:Illes Balears|Bilbao:Bizkaia|Alicante:Alicante|Córdoba:Córdoba"
          "|Valladolid:Valladolid|Vigo:Pontevedra|Gijón:Asturias|Vitoria-Gasteiz:Álava|A Coruña:A Coruña"
          "|Granada:Granada|Elche:Alicante|Badalona:Barcelona|Cartagena:Murcia|Móstoles:Madrid"
          "|Santa Cruz de Tenerife:Santa Cruz de Tenerife|Pamplona:Navarra|Almería:Almería",
    "it": "Roma:RM|Milano:MI|Napoli:NA|Torino:TO|Palermo:PA|Genova:GE|Bologna:BO|Firenze:FI|Bari:BA|Catania:CT"
          "|Venezia:VE|Verona:VR|Messina:ME|Padova:PD|Trieste:TS|Brescia:BS|Parma:PR|Taranto:TA|Prato:PO"
          "|Modena:MO|Reggio Calabria:RC|Perugia:PG|Cagliari:CA|Foggia:FG",
    "pt": "Lisboa:Lisboa|Porto:Porto|Braga:Braga|Coimbra:Coimbra|Amadora:Lisboa|Setúbal:Setúbal|Funchal:Madeira"
          "|Aveiro:Aveiro|Faro:Faro|Évora:Évora|Viseu:Viseu|Leiria:Leiria|Guimarães:Braga|Almada:Setúbal"
          "|Sintra:Lisboa|Vila Nova de Gaia:Porto",
    "nl": "Amsterdam:Noord-Holland|Rotterdam:Zuid-Holland|Den Haag:Zuid-Holland|Utrecht:Utrecht"
          "|Eindhoven:Noord-Brabant|Groningen:Groningen|Tilburg:Noord-Brabant|Almere:Flevoland"
          "|Breda:Noord-Brabant|Nijmegen:Gelderland|Apeldoorn:Gelderland|Haarlem:Noord-Holland|Arnhem:Gelderland"
          "|Enschede:Overijssel|Zwolle:Overijssel|Leiden:Zuid-Holland|Maastricht:Limburg|Dordrecht:Zuid-Holland",
    "pl": "Warszawa:mazowieckie|Kraków:małopolskie|Łódź:łódzkie|Wrocław:dolnośląskie|Poznań:wielkopolskie"
          "|Gdańsk:pomorskie|Szczecin:zachodniopomorskie|Bydgoszcz:kujawsko-pomorskie|Lublin:lubelskie"
          "|Białystok:podlaskie|Katowice:śląskie|Gdynia:pomorskie|Częstochowa:śląskie|Radom:mazowieckie"
          "|Toruń:kujawsko-pomorskie|Rzeszów:podkarpackie|Kielce:świętokrzyskie|Olsztyn:warmińsko-mazurskie"
          "|Opole:opolskie",
    "sv": "Stockholm:Stockholms län|Göteborg:Västra Götaland|Malmö:Skåne|Uppsala:Uppsala län|Västerås:Västmanland"
          "|Örebro:Örebro län|Linköping:Östergötland|Helsingborg:Skåne|Jönköping:Jönköpings län"
          "|Norrköping:Östergötland|Lund:Skåne|Umeå:Västerbotten|Gävle:Gävleborg|Borås:Västra Götaland"
          "|Södertälje:Stockholms län|Eskilstuna:Södermanland|Växjö:Kronoberg|Sundsvall:Västernorrland"
          "|Luleå:Norrbotten",
    "tr": "İstanbul:Kadıköy|İstanbul:Üsküdar|İstanbul:Bağcılar|Ankara:Çankaya|Ankara:Keçiören|İzmir:Karşıyaka"
          "|İzmir:Bornova|Bursa:Nilüfer|Antalya:Muratpaşa|Adana:Seyhan|Konya:Selçuklu|Gaziantep:Şahinbey"
          "|Mersin:Yenişehir|Diyarbakır:Kayapınar|Kayseri:Melikgazi|Eskişehir:Tepebaşı|Samsun:Atakum"
          "|Trabzon:Ortahisar",
}.items()}

STREETS = {k: _s(v) for k, v in {
    "de": "Hauptstraße Bahnhofstraße Schillerstraße Goethestraße Lindenallee Am_Markt Gartenweg Friedrichstraße "
          "Kastanienallee Rosenweg Berliner_Straße Weserstraße Sonnenallee Karl-Marx-Straße Mühlenweg Ringstraße "
          "Kirchgasse Im_Winkel Ahornweg Talstraße",
    "fr": "rue_de_la_République avenue_Jean_Jaurès boulevard_Voltaire rue_Victor_Hugo place_de_la_Mairie "
          "rue_des_Lilas impasse_des_Tilleuls chemin_du_Moulin allée_des_Peupliers rue_Pasteur "
          "rue_du_Général_Leclerc avenue_de_la_Gare rue_Émile_Zola quai_des_Chartrons",
    "es": "Calle_Mayor Avenida_de_la_Constitución Calle_de_Alcalá Paseo_de_Gracia Calle_Real Plaza_de_España "
          "Calle_San_Vicente Avenida_de_América Calle_del_Sol Gran_Vía Calle_Larios Ronda_de_Triana Calle_de_la_Paz "
          "Avenida_del_Puerto",
    "it": "Via_Roma Via_Garibaldi Corso_Vittorio_Emanuele_II Via_Mazzini Piazza_Dante Via_Cavour Viale_dei_Mille "
          "Via_XX_Settembre Via_Nazionale Via_del_Corso Via_Toledo Viale_Monza Via_Appia_Nuova Corso_Umberto_I",
    "pt": "Rua_Augusta Avenida_da_Liberdade Rua_de_Santa_Catarina Travessa_do_Carmo Rua_do_Almada Largo_do_Rato "
          "Rua_Direita Avenida_dos_Aliados Rua_da_Prata Rua_Cândido_dos_Reis Estrada_de_Benfica",
    "nl": "Kerkstraat Dorpsstraat Stationsweg Molenweg Julianalaan Wilhelminastraat Beatrixlaan Prinsengracht "
          "Oranjestraat Schoolstraat Lindenlaan Vondelstraat Burgemeester_de_Withstraat",
    "pl": "ul._Długa ul._Mickiewicza ul._Piłsudskiego al._Jerozolimskie ul._Kościuszki ul._Słowackiego ul._Kwiatowa "
          "ul._Polna ul._Lipowa ul._Ogrodowa ul._Sienkiewicza ul._Żeromskiego al._Niepodległości",
    "sv": "Storgatan Drottninggatan Kungsgatan Skolgatan Parkvägen Björkvägen Järnvägsgatan Sveavägen "
          "Östra_Hamngatan Ringvägen Tallvägen Fabriksgatan",
    "tr": "Atatürk_Caddesi İnönü_Sokak Cumhuriyet_Caddesi Bağdat_Caddesi Millet_Caddesi Gül_Sokak Lale_Sokak "
          "Fevzi_Çakmak_Caddesi Barış_Sokak Menekşe_Sokak",
}.items()}
TR_MAH = _s("Cumhuriyet Yenimahalle Fatih Atatürk Bahçelievler Hürriyet Esentepe Merkez")
FOREIGN_PLACES = ["Aleppo, Syria", "Kabul, Afghanistan", "Lagos, Nigeria", "Mogadishu",
                  "Tegucigalpa, Honduras", "San Salvador", "Kyiv, Ukraine", "Caracas",
                  "Asmara, Eritrea", "Dhaka, Bangladesh", "Guatemala City", "Port-au-Prince",
                  "Herat", "Khartoum, Sudan", "Tbilisi, Georgia", "Chișinău, Moldova",
                  "Kinshasa", "Addis Ababa, Ethiopia", "Bogotá, Colombia", "Manila",
                  "Lviv", "Kharkiv, Ukraine", "Douala, Cameroon", "Erbil, Iraq"]

# --------------------------------------------------------------------------
# generic helpers
# --------------------------------------------------------------------------
def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("ø", "o").replace("đ", "d").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

def digits(rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))

def alnum(rng, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))

def upper_alnum(rng, n):
    return alnum(rng, n, string.ascii_uppercase + string.digits)

def hexs(rng, n):
    return alnum(rng, n, "0123456789abcdef")

def pick(rng, *opts):
    return rng.choice(opts)

def name_parts(rng, culture: str, gender: str | None = None) -> tuple[str, str]:
    male, female, sur = NAMES[culture]
    gender = gender or rng.choice("mf")
    given = rng.choice(male if gender == "m" else female)
    surname = rng.choice(sur)
    if culture == "es" and rng.random() < 0.7:
        surname = f"{surname} {rng.choice(sur)}"
    if culture == "pl" and gender == "f":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(a):
                surname = surname[: -len(a)] + b
    if culture == "vi":
        surname, given = surname, ("Thi " if gender == "f" else "Van ") + given
    if culture == "ru" and gender == "f" and surname.endswith("ov"):
        surname += "a"
    if culture == "en" and rng.random() < 0.08:
        surname = f"{surname}-{rng.choice(sur)}"
    return given, surname

class Person:
    def __init__(self, rng, cc: str, gender: str | None = None, culture: str | None = None):
        self.cc = cc
        self.culture = culture or rng.choice(MIX[cc])
        self.gender = gender or rng.choice("mf")
        self.given, self.sur = name_parts(rng, self.culture, self.gender)
        self.mid = rng.choice(string.ascii_uppercase) if rng.random() < 0.35 else ""
        self.family_first = self.culture in ("vi", "zh", "ko") and rng.random() < 0.5

    @property
    def full(self):
        if self.family_first:
            return f"{self.sur} {self.given}"
        if self.mid and self.cc in ("us", "uk"):
            return f"{self.given} {self.mid}. {self.sur}"
        return f"{self.given} {self.sur}"

    @property
    def last_first(self):
        return f"{self.sur}, {self.given}" + (f" {self.mid}" if self.mid else "")

    @property
    def upper(self):
        return self.full.upper()

    def email(self, rng, domain: str | None = None):
        g = fold(self.given).lower().replace(" ", "").replace("'", "")
        s = fold(self.sur).lower().replace(" ", "").replace("'", "")
        local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}_{s}", f"{s}.{g}",
                            f"{g}{s[:1]}{rng.randint(1, 99)}", f"{g}.{s}{rng.randint(60, 99)}"])
        local = local.replace("-", rng.choice(["-", ""]))
        return f"{local}@{domain or rng.choice(MAIL_DOMAINS[self.cc])}"


MAIL_DOMAINS = {k: v.split() for k, v in {
    "us": "gmail.com yahoo.com outlook.com hotmail.com icloud.com aol.com protonmail.com comcast.net att.net",
    "uk": "btinternet.com sky.com gmail.com outlook.com yahoo.co.uk", "de": "web.de gmx.de t-online.de posteo.de gmail.com",
    "fr": "orange.fr free.fr laposte.net sfr.fr gmail.com", "es": "gmail.com hotmail.es yahoo.es telefonica.net",
    "it": "libero.it virgilio.it alice.it tiscali.it gmail.com", "pt": "sapo.pt gmail.com hotmail.com clix.pt",
    "nl": "ziggo.nl kpnmail.nl hotmail.nl xs4all.nl", "pl": "wp.pl onet.pl interia.pl o2.pl gmail.com",
    "sv": "telia.com hotmail.se bredband.net gmail.com", "tr": "hotmail.com gmail.com yandex.com.tr outlook.com.tr",
}.items()}
FIRMS = {
    "us": ["Hartley & Osei LLP", "Moreno Whitfield PLLC", "Dunbar Legal Aid Society",
           "Prairie Justice Center", "Lindquist & Baptiste, P.C.", "Greenberg Nakamura LLP",
           "Northside Tenant Law Project", "Okafor Reyes Immigration Law"],
    "uk": ["Ashworth Patel Solicitors", "Kavanagh & Byrne LLP", "Moss Side Law Centre",
           "Hollis Mensah Solicitors"],
    "de": ["Baumann & Yıldız Rechtsanwälte PartG mbB", "Kanzlei Vogt Schreiber",
           "Anwaltsbüro Lindemann", "Rechtsanwälte Hahn & Kowalczyk"],
    "fr": ["Cabinet Lefort Avocats", "SCP Mercier-Benali", "Cabinet Roussel & Associés"],
    "es": ["Bufete Navarro Abogados", "Echeverría & Ruiz Asociados", "Despacho Castillo"],
    "it": ["Studio Legale Conti & Associati", "Studio Legale Ferraro", "Studio Avv. Bellini"],
    "pt": ["Sociedade de Advogados Marques & Pinto", "Alves Rocha Advogados"],
    "nl": ["Advocatenkantoor Van Rijn", "De Boer & Aydın Advocaten"],
    "pl": ["Kancelaria Adwokacka Nowicki i Wspólnicy", "Kancelaria Radcy Prawnego Zawada"],
    "sv": ["Advokatfirman Lindahl", "Advokatbyrån Ekström & Haddad"],
    "tr": ["Aydın & Kaya Hukuk Bürosu", "Av. Demirtaş Hukuk Ofisi"],
}
EMPLOYERS = ["Riverbend Logistics", "Sunrise Home Care", "Kessler Meat Packing",
             "Blue Harbor Cannery", "Metro Transit Authority", "Golden Wok Restaurant",
             "Tri-County Staffing", "Walgreens", "Amazon Fulfillment", "Lakeside Nursing Home",
             "Patel Brothers Grocery", "Sam's Club", "Northgate Construction"]

# --------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------
def addr(rng, cc: str) -> dict:
    """Address parts: street (incl. unit), postcode, city, region, one, multi."""
    if cc == "us":
        city, st = rng.choice(US_CITIES)
        street = f"{rng.randint(12, 9899)} {rng.choice(US_STREETS)}"
        if rng.random() < 0.4:
            street += f" {pick(rng, 'Apt', 'Apt.', 'Unit', '#', 'Ste')} {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"
        pc = digits(rng, 5)
        one = f"{street}, {city}, {st} {pc}"
        multi = f"{street}\n{city}, {st} {pc}"
        return dict(street=street, pc=pc, city=city, region=st, one=one, multi=multi)
    if cc == "uk":
        city, area = rng.choice(UK_CITIES)
        street = f"{rng.randint(1, 240)} {rng.choice(UK_STREETS)}"
        if rng.random() < 0.3:
            street = f"Flat {rng.randint(1, 30)}, {street}"
        pc = f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{alnum(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return dict(street=street, pc=pc, city=city, region="", one=f"{street}, {city} {pc}",
                    multi=f"{street}\n{city}\n{pc}")
    city, region = rng.choice(CITIES[cc])
    st = rng.choice(STREETS[cc])
    no = rng.randint(1, 180)
    if cc == "de":
        street = f"{st} {no}{rng.choice(['', '', 'a', 'b'])}"
        pc = digits(rng, 5)
        line2 = f"{pc} {city}"
    elif cc == "fr":
        street = f"{no}{rng.choice(['', '', ' bis'])} {st}"
        if rng.random() < 0.25:
            street = f"Bât. {rng.choice('ABCD')}, {street}"
        pc = f"{rng.randint(1, 95):02d}{digits(rng, 3)}"
        line2 = f"{pc} {city}"
    elif cc == "es":
        street = f"{st}, {no}" + (f", {rng.randint(1, 9)}.º {rng.choice('ABCD')}" if rng.random() < 0.6 else "")
        pc = f"{rng.randint(1, 52):02d}{digits(rng, 3)}"
        line2 = f"{pc} {city}"
    elif cc == "it":
        street = f"{st} {no}" if rng.random() < 0.6 else f"{st}, {no}"
        pc = digits(rng, 5)
        line2 = f"{pc} {city} {region}"
    elif cc == "pt":
        street = f"{st}, n.º {no}" + (f", {rng.randint(1, 8)}.º {rng.choice(['Esquerdo', 'Direito', 'Frente'])}" if rng.random() < 0.5 else "")
        pc = f"{rng.randint(1000, 9899)}-{digits(rng, 3)}"
        line2 = f"{pc} {city}"
    elif cc == "nl":
        street = f"{st} {no}{rng.choice(['', '', 'A', '-2', ' bis'])}"
        pc = f"{rng.randint(1011, 9999)} {alnum(rng, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"
        line2 = f"{pc} {city}"
    elif cc == "pl":
        street = f"{st} {no}" + (rng.choice([f"/{rng.randint(1, 80)}", f" m. {rng.randint(1, 80)}"]) if rng.random() < 0.6 else "")
        pc = f"{rng.randint(0, 99):02d}-{digits(rng, 3)}"
        line2 = f"{pc} {city}"
    elif cc == "sv":
        street = f"{st} {no}" + (f" lgh {rng.randint(1001, 1603)}" if rng.random() < 0.4 else "")
        pc = f"{rng.randint(100, 984)} {digits(rng, 2)}"
        line2 = f"{pc} {city}"
    else:  # tr
        street = f"{rng.choice(TR_MAH)} Mah. {st.replace('Caddesi', 'Cad.').replace('Sokak', 'Sok.')} No: {no}" + (f" D: {rng.randint(1, 24)}" if rng.random() < 0.7 else "")
        pc = f"{rng.randint(1, 81):02d}{digits(rng, 3)}"
        line2 = f"{pc} {region}/{city}"
    return dict(street=street, pc=pc, city=city, region=region, one=f"{street}, {line2}",
                multi=f"{street}\n{line2}")

def city_of(rng, cc):
    if cc == "us":
        c, s = rng.choice(US_CITIES)
        return rng.choice([f"{c}, {s}", c, f"{c}, {US_STATES.get(s, s)}"])
    if cc == "uk":
        return rng.choice(UK_CITIES)[0]
    return rng.choice(CITIES[cc])[0]

# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
PHONES = {
    "us": "(%##) %##-####|%##-%##-####|+1 %## %## ####|%##.%##.####|1-800-%##-####|+1-%##-%##-####",
    "uk": "+44 20 7### ####|07### ######|0161 ### ####|+44 7### ######|0113 ### ####",
    "de": "+49 30 ########|030 #######|0171 #######|+49 151 ########|(0221) ######|089/#######|0800 #######",
    "fr": "0% ## ## ## ##|+33 6 ## ## ## ##|+33 (0)% ## ## ## ##|0%.##.##.##.##",
    "es": "+34 6## ### ###|9## ### ###|6## ## ## ##|+34 91 ### ## ##",
    "it": "+39 02 #### ####|3## ### ####|06 ########|+39 3## #######|081 ### ####",
    "pt": "+351 9## ### ###|21 ### ####|9## ### ###|22 ### ## ##",
    "nl": "+31 6 ########|06-########|020-#######|010 ### ####|+31 (0)70 ### ####",
    "pl": "+48 %## ### ###|%##-###-###|22 ### ## ##|(12) ### ## ##",
    "sv": "+46 70 ### ## ##|08-### ### ##|070-### ## ##|031-## ## ##",
    "tr": "+90 5## ### ## ##|0212 ### ## ##|0 (5##) ### ## ##|0312 ### ####",
}


def fill(rng, tpl: str) -> str:
    """Template filler: # digit, % digit 2-9, @ uppercase letter, & uppercase alnum."""
    pools = {"#": string.digits, "%": "23456789", "@": string.ascii_uppercase,
             "&": string.ascii_uppercase + string.digits}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in tpl)


def phone(rng, cc: str) -> str:
    return fill(rng, rng.choice(PHONES[cc].split("|")))


# --------------------------------------------------------------------------
# dates and times
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
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}

def rdate(rng, y0=2021, y1=2026) -> date:
    start = date(y0, 1, 1)
    return start + timedelta(days=rng.randrange((date(y1, 12, 31) - start).days))

def rdob(rng) -> date:
    return rdate(rng, 1938, 2007)

def fdate(rng, d: date, cc: str, long: bool | None = None) -> str:
    lang = LANG[cc]
    M = MONTHS[lang][d.month - 1]
    long = rng.random() < 0.4 if long is None else long
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", d.year
    if cc == "us":
        return (rng.choice([f"{M} {d.day}, {yy}", f"{M[:3]} {d.day}, {yy}"]) if long else
                rng.choice([f"{mm}/{dd}/{yy}", f"{d.month}/{d.day}/{yy}", f"{yy}-{mm}-{dd}", f"{mm}-{dd}-{yy}"]))
    if cc == "uk":
        return (rng.choice([f"{d.day} {M} {yy}", f"{d.day} {M[:3]} {yy}"]) if long else
                rng.choice([f"{dd}/{mm}/{yy}", f"{yy}-{mm}-{dd}"]))
    if long:
        return {"de": f"{d.day}. {M} {yy}", "es": f"{d.day} de {M} de {yy}",
                "pt": f"{d.day} de {M} de {yy}"}.get(lang, f"{d.day} {M} {yy}")
    return {"de": f"{dd}.{mm}.{yy}", "fr": f"{dd}/{mm}/{yy}", "es": rng.choice([f"{dd}/{mm}/{yy}", f"{dd}-{mm}-{yy}"]),
            "it": rng.choice([f"{dd}/{mm}/{yy}", f"{dd}.{mm}.{yy}"]), "pt": f"{dd}/{mm}/{yy}",
            "nl": f"{dd}-{mm}-{yy}", "pl": f"{dd}.{mm}.{yy}", "sv": f"{yy}-{mm}-{dd}",
            "tr": rng.choice([f"{dd}.{mm}.{yy}", f"{dd}/{mm}/{yy}"])}[lang]

def ftime(rng, cc: str, h: int | None = None, m: int | None = None) -> str:
    h = rng.randint(7, 17) if h is None else h
    m = rng.choice([0, 0, 15, 30, 45, 10, 20]) if m is None else m
    lang = LANG[cc]
    if cc == "us":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    if cc == "uk":
        return rng.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"])
    return {"de": rng.choice([f"{h:02d}:{m:02d} Uhr", f"{h}:{m:02d} Uhr", f"{h:02d}:{m:02d}"]),
            "fr": rng.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h} h {m:02d}"]),
            "pt": rng.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}"]),
            "nl": rng.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d} uur"]),
            "sv": rng.choice([f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}"])}.get(lang, f"{h:02d}:{m:02d}")

JOIN = {"en": [" at ", ", "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las ", ", "],
        "it": [" alle ", ", "], "pt": [" às "], "nl": [", "], "pl": [", "], "sv": [", "],
        "tr": [", ", " "]}

def fdt(rng, d: date, cc: str, weekday: bool | None = None, h=None, m=None) -> str:
    lang = LANG[cc]
    s = fdate(rng, d, cc)
    if weekday or (weekday is None and rng.random() < 0.2):
        wd = WEEKDAYS[lang][d.weekday()]
        s = f"{wd}, {s}" if lang in ("en", "de", "es", "pt", "pl", "sv", "tr") else f"{wd} {s}"
    t = ftime(rng, cc, h, m)
    if lang == "es" and not t[0].isdigit():
        return s
    j = rng.choice(JOIN[lang])
    if lang == "es" and j == " a las " and t.startswith("1:"):
        j = " a la "
    return s + j + t

def iso_ts(rng, d: date | None = None) -> str:
    d = d or rdate(rng)
    return f"{d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"

def rfc2822(rng, d: date) -> str:
    return (f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} "
            f"{rng.choice(['-0500', '-0600', '+0000', '+0100', '+0200', '-0700'])}")

# --------------------------------------------------------------------------
# identifiers (valid) and hard negatives
# --------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        if i % 2 == 1:
            dgt *= 2
            dgt -= 9 if dgt > 9 else 0
        tot += dgt
    return tot % 10 == 0

def card(rng, grouped: bool | None = None) -> str:
    prefix, ln = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15),
                             ("6011", 16), ("4", 16), ("53", 16)])
    body = prefix + digits(rng, ln - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            body += c
            break
    grouped = rng.random() < 0.6 if grouped is None else grouped
    if not grouped:
        return body
    sep = rng.choice([" ", "-"])
    if ln == 15:
        return sep.join([body[:4], body[4:10], body[10:]])
    return sep.join(body[i:i + 4] for i in range(0, 16, 4))

def bad_card(rng) -> str:
    while True:
        b = "4" + digits(rng, 15)
        if not luhn_ok(b):
            return " ".join(b[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else b

def ssn(rng) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}" if rng.random() < 0.85 \
        else f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"

def bad_ssn(rng) -> str:
    area = rng.choice(["000", "666", f"9{digits(rng, 2)}"])
    return f"{area}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"

IBAN_SPEC = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "PT": "n21", "NL": "a4n10",
             "PL": "n24", "SE": "n20", "TR": "n22", "GB": "a4n14", "BE": "n12", "AT": "n16"}
CC_IBAN = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL",
           "sv": "SE", "tr": "TR", "uk": "GB", "us": "DE"}

def iban(rng, country: str, grouped: bool | None = None) -> str:
    spec = IBAN_SPEC[country]
    bban = ""
    i = 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1:j])
        bban += digits(rng, n) if kind == "n" else alnum(rng, n, string.ascii_uppercase)
        i = j
    if country == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(num) % 97
    s = f"{country}{chk:02d}{bban}"
    grouped = rng.random() < 0.6 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def ipv4(rng) -> str:
    first = rng.choice([23, 24, 31, 37, 45, 62, 66, 71, 77, 81, 88, 91, 98, 104, 109, 141,
                        151, 173, 185, 193, 203, 212, 217, 10, 172, 192])
    if first == 10:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 192:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

def ipv6(rng) -> str:
    pre = rng.choice(["2001:db8", "2a02:8108", "2600:1700", "2a01:4f8", "fd12:3456"])
    return pre + ":" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([2, 3, 6]))) \
        if rng.random() < 0.5 else pre + "::" + ":".join(f"{rng.randint(1, 65535):x}" for _ in range(2))

DL_FMT = {"us": "@###-####-####|@#######|#########|@############|WDL&&&&&&&&&|###-###-###",
          "uk": "@@@@@######@@9@@", "de": "B###&&&&&&#|F###&&&&&&#|J###&&&&&&#|N###&&&&&&#",
          "fr": "##@@#####", "it": "@@#######@", "pl": "#####/##/####"}


def dl_number(rng, cc: str) -> str:
    if cc == "es":
        n = rng.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    return fill(rng, rng.choice(DL_FMT.get(cc, "#########").split("|")))


def case_no(rng, cc: str) -> str:
    y = rng.randint(19, 26)
    return {
        "us": rng.choice([f"{rng.randint(1, 4)}:{y}-cv-{digits(rng, 5)}", f"{y}-SC-{digits(rng, 6)}",
                          f"CR-20{y}-{digits(rng, 5)}", f"20{y}DR{digits(rng, 6)}", f"{y}CH{digits(rng, 5)}"]),
        "uk": rng.choice([f"K{digits(rng, 2)}CL{digits(rng, 3)}", f"CO/{digits(rng, 4)}/20{y}",
                          f"EW{digits(rng, 5)}"]),
        "de": rng.choice([f"{rng.randint(1, 40)} C {rng.randint(10, 999)}/{y}", f"S {rng.randint(2, 40)} AS {digits(rng, 3)}/{y}",
                          f"{rng.randint(100, 999)} Js {digits(rng, 4)}/{y}", f"{rng.randint(1, 9)} F {digits(rng, 3)}/{y}"]),
        "fr": rng.choice([f"RG n° {y}/{digits(rng, 5)}", f"N° Portalis {upper_alnum(rng, 4)}-W-B7{rng.choice('ABCDEFG')}-{upper_alnum(rng, 4)}",
                          f"n° parquet {y}{digits(rng, 6)}"]),
        "es": f"{rng.choice(['Procedimiento ordinario', 'Diligencias previas', 'Juicio verbal'])} {digits(rng, 4)}/20{y}",
        "it": f"R.G. n. {digits(rng, 4)}/20{y}",
        "pt": f"Processo n.º {digits(rng, 4)}/{y}.{digits(rng, 1)}T8{rng.choice(['LSB', 'PRT', 'BRG'])}",
        "nl": f"zaaknummer {digits(rng, 7)} \\ {rng.choice(['CV EXPL', 'KG ZA', 'FA RK'])} {y}-{digits(rng, 4)}",
        "pl": f"Sygn. akt {rng.choice(['I C', 'II K', 'III RC', 'VI P'])} {rng.randint(10, 2999)}/{y}",
        "sv": f"Mål nr {rng.choice(['T', 'B', 'FT', 'Ä'])} {rng.randint(100, 9999)}-{y}",
        "tr": f"Esas No: 20{y}/{rng.randint(10, 999)}",
    }[cc]

def money(rng, cc: str, lo=20, hi=9000) -> str:
    v = rng.uniform(lo, hi)
    if cc == "us":
        return f"${v:,.2f}"
    if cc == "uk":
        return f"£{v:,.2f}"
    if cc == "pl":
        return f"{v:,.2f} zł".replace(",", " ").replace(".", ",")
    if cc == "sv":
        return f"{v:,.0f} kr".replace(",", " ")
    if cc == "tr":
        return f"{v:,.2f} TL".replace(",", "X").replace(".", ",").replace("X", ".")
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return rng.choice([f"{s} €", f"€ {s}", f"{s} EUR"])

def uuid(rng) -> str:
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"

PLATES = {"us": "#@@@###|%@@@##", "uk": "@@## @@@", "de": "B-@@ ####|HH-@@ ###|M-@@ ##|K-@ ####|DO-@@ ###",
          "fr": "@@-###-@@", "es": "#### @@@", "it": "@@ ###@@", "pt": "@@-##-@@", "nl": "@@-###-@", "pl": "W@@ #####",
          "sv": "@@@ ##@", "tr": "%# @@ ###|34 @@@ ##"}


def plate(rng, cc: str) -> str:
    return fill(rng, rng.choice(PLATES[cc].split("|")))


def vin(rng) -> str:
    return upper_alnum(rng, 17).replace("O", "0").replace("I", "1").replace("Q", "9")

BIC = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "BCITITMM", "CGDIPTPL",
       "INGBNL2A", "PKOPPLPW", "NDEASESS", "TGBATRIS", "BARCGB22", "GENODEM1GLS"]
PETS = ["Biscuit", "Luna", "Rocky", "Bella", "Max", "Coco", "Peanut", "Duke", "Daisy", "Milo", "Princess"]
DRUGS = ["sertraline 50 mg", "metformin 500 mg", "lisinopril 10 mg", "buprenorphine/naloxone",
         "quetiapine 100 mg", "methadone 60 mg", "albuterol inhaler", "Depakote ER", "ibuprofen"]
ICD = ["F32.1", "F43.10", "E11.9", "J45.909", "F11.20", "Z59.0", "Z63.0", "T74.11XA", "I10"]

# --------------------------------------------------------------------------
# secrets
# --------------------------------------------------------------------------
B64 = string.ascii_letters + string.digits + "+/"

def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")

def aws_access(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + alnum(rng, 16, string.ascii_uppercase + "234567")

def aws_secret(rng):
    return alnum(rng, 40, B64)

def gh_token(rng):
    return rng.choice([f"ghp_{alnum(rng, 36)}", f"gho_{alnum(rng, 36)}", f"ghs_{alnum(rng, 36)}",
                       f"github_pat_11{upper_alnum(rng, 20)}_{alnum(rng, 59)}"])

def slack_token(rng):
    return rng.choice([f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{alnum(rng, 24)}",
                       f"xoxp-{digits(rng, 12)}-{digits(rng, 12)}-{digits(rng, 13)}-{hexs(rng, 32)}"])

def stripe_key(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + alnum(rng, rng.choice([24, 34, 99]))

def jwt(rng, sub: str | None = None):
    hdr = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    body = {"sub": sub or str(rng.randint(10000, 999999)), "iat": rng.randint(1690000000, 1760000000),
            "role": rng.choice(["caseworker", "clerk", "applicant", "admin", "auditor"])}
    return f"{hdr}.{b64url(json.dumps(body).encode())}.{b64url(rng.randbytes(32))}"

def pem(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(rng.randbytes(rng.randint(300, 560))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

WORDS = ["harbor", "maple", "Justice", "tulip", "Falcon", "ledger", "copper", "River", "orbit",
         "Quartz", "summer", "Docket", "violet", "Anchor", "mosaic", "Badger", "cobalt", "Willow"]

def password(rng):
    w1, w2 = rng.choice(WORDS), rng.choice(WORDS)
    return rng.choice([
        f"{w1}{rng.randint(10, 2029)}{rng.choice('!#$%&*?')}", f"{w1.capitalize()}-{w2}-{rng.randint(1, 99)}",
        alnum(rng, rng.randint(12, 20), string.ascii_letters + string.digits + "!#%^*_-"),
        f"{w1[:1].upper()}{w1[1:]}@{rng.randint(1000, 9999)}", f"{w1}.{w2}.{rng.choice(WORDS).lower()}{rng.randint(1, 9)}",
        f"Pw{digits(rng, 4)}{alnum(rng, 4)}!"])

def generic_secret(rng):
    return rng.choice([hexs(rng, 32), hexs(rng, 40), alnum(rng, 32), f"whsec_{alnum(rng, 32)}",
                       f"SG.{alnum(rng, 22)}.{alnum(rng, 43)}", f"key-{hexs(rng, 32)}",
                       alnum(rng, 48, string.ascii_letters + string.digits + "-_")])

def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()

# --------------------------------------------------------------------------
# document kinds
# --------------------------------------------------------------------------
KINDS: list[tuple[str, str, bool, object]] = []

def kind(lang: str, neg: bool = False):
    """Register a generator g_x(rng, b) that appends pieces to Builder b."""
    def deco(fn):
        def run(rng):
            b = Builder()
            fn(rng, b)
            return b
        KINDS.append((fn.__name__[2:], lang, neg, run))
        return fn
    return deco

def us_place(rng):
    city, st = rng.choice(US_CITIES)
    return city, st, US_STATES.get(st, st)

def dob_label(rng):
    return rng.choice(["DOB: ", "Date of Birth: ", "D.O.B. ", "Birth date: ", "DOB "])

COUNTIES = _s("Cook Maricopa King Harris Travis Franklin Hennepin Wake Dane Suffolk Pima Ada "
              "Douglas Jefferson Worcester Polk Ramsey Fresno Pierce Bernalillo")

@kind("en")
def g_us_docket(rng, b):
    _, st, stname = us_place(rng)
    pl, df, atty, atty2 = Person(rng, "us"), Person(rng, "us"), Person(rng, "us"), Person(rng, "us")
    judge = Person(rng, "us")
    defendant = rng.choice([None, rng.choice(EMPLOYERS)])
    b.x("UNITED STATES DISTRICT COURT\n", rng.choice(["DISTRICT OF ", "WESTERN DISTRICT OF ", "NORTHERN DISTRICT OF "]),
        (stname.upper(), LOC), "\n", "CIVIL DOCKET FOR CASE #: ", case_no(rng, "us"), "\n\n",
        (pl.full, PER), " v. ")
    b.x((df.full, PER)) if defendant is None else b.t(defendant)
    b.x("\nAssigned to: Judge ", (judge.full, PER), "\nCause: 42:1983 Civil Rights Act\n\n",
        "Date Filed    #   Docket Text\n")
    d = rdate(rng, 2022, 2025)
    def dfx():
        return (defendant, None) if defendant else (rng.choice([df.upper, df.full]), PER)

    entries = [
        lambda: b.x("COMPLAINT against ", dfx(), " filed by ", (pl.full, PER),
                    ". (Filing fee $405, receipt number ", f"A{upper_alnum(rng, 4)}-{digits(rng, 7)}", ") (",
                    (atty.last_first, PER), ") (Entered: ", (fdate(rng, d, "us", False), DT), ")"),
        lambda: b.x("NOTICE of Appearance by ", (atty2.full, PER), " on behalf of ", dfx(),
                    " (", (atty2.sur, PER), ", ", (atty2.given, PER), ")"),
        lambda: b.x("SUMMONS Issued as to ", defendant or "all defendants", ". (jrm)"),
        lambda: b.x("ORDER setting Rule 16 Scheduling Conference for ",
                    (fdt(rng, d + timedelta(days=rng.randint(20, 60)), "us", False), DT),
                    f" in Courtroom {rng.randint(1, 9)}{rng.choice('ABC')} before Magistrate Judge ",
                    (Person(rng, "us").full, PER), ". Signed by Judge ", (judge.sur, PER), " on ",
                    (fdate(rng, d, "us", False), DT), ". (kls)"),
        lambda: b.x("MOTION to Dismiss for Failure to State a Claim by ", dfx(),
                    ". Responses due by ", (fdate(rng, d + timedelta(days=21), "us", False), DT),
                    ". (Attachments: # 1 Memorandum, # 2 Proposed Order)"),
        lambda: b.x("MINUTE ENTRY for proceedings held before Judge ", (judge.full, PER),
                    ": Status Conference held. Court Reporter: ", (Person(rng, "us").full, PER), ". (Time: 0:25)"),
        lambda: b.x("STIPULATION of Dismissal with Prejudice by ", (pl.full, PER), ". (", (atty.sur, PER), ", ",
                    (atty.given, PER), ")"),
    ]
    rng.shuffle(entries)
    for i, fn in enumerate(entries[: rng.randint(3, 6)], 1):
        b.x((fdate(rng, d, "us", False), DT), "    ", str(i * rng.randint(1, 3)), "   ")
        fn()
        b.t("\n")
        d += timedelta(days=rng.randint(1, 40))
    b.x("\nPACER Service Center — Transaction Receipt ", digits(rng, 8), "\n")

@kind("en")
def g_us_complaint(rng, b):
    _, st, stname = us_place(rng)
    pl, df, atty = Person(rng, "us"), Person(rng, "us"), Person(rng, "us")
    a1, a2, a3 = addr(rng, "us"), addr(rng, "us"), addr(rng, "us")
    mgmt = f"{df.sur.upper()} PROPERTY MANAGEMENT LLC"
    b.x("IN THE SUPERIOR COURT OF THE STATE OF ", (stname.upper(), LOC), "\n",
        "IN AND FOR THE COUNTY OF ", (rng.choice(COUNTIES).upper(), LOC), "\n\n",
        (pl.upper, PER), ", an individual,\n          Plaintiff,\n   v.                      Case No.: ",
        case_no(rng, "us"), "\n", (df.upper, PER), " and ", mgmt, ",\n          Defendants.\n\n",
        "COMPLAINT FOR BREACH OF THE WARRANTY OF HABITABILITY AND RETALIATORY EVICTION\n\n",
        "Plaintiff ", (pl.full, PER), " (\"Plaintiff\"), by and through undersigned counsel, alleges as follows:\n",
        "1. Plaintiff is an individual residing at ", (a1["one"], ADR), ".\n",
        "2. Defendant ", (df.full, PER), " is the owner of the residential premises located at ",
        (a1["street"], ADR), " and does business as ", mgmt.title().replace("Llc", "LLC"), ".\n",
        "3. On or about ", (fdate(rng, rdate(rng), "us"), DT), ", Plaintiff notified Defendant in writing of "
        "mold, a broken heater and exposed wiring in the unit.\n",
        "4. Defendant failed to make repairs and on ", (fdate(rng, rdate(rng), "us"), DT),
        " served a 3-day notice demanding ", money(rng, "us", 900, 3200), ".\n",
        "5. Plaintiff's security deposit of ", money(rng, "us", 500, 2500), " has not been returned.\n\n",
        "WHEREFORE, Plaintiff prays for judgment against Defendants as set forth below.\n\n",
        "Dated: ", (fdate(rng, rdate(rng), "us"), DT), "\n\nRespectfully submitted,\n/s/ ",
        (atty.full, PER), "\n", (atty.full, PER), f" (Bar No. {digits(rng, 6)})\n",
        rng.choice(FIRMS["us"]), "\n", (a3["multi"], ADR), "\nTel: ", (phone(rng, "us"), PH),
        "\nEmail: ", (atty.email(rng, rng.choice(["hartleyosei.com", "tenantlaw.org", "legalaid-nw.org"])), EM), "\n",
        "Attorney for Plaintiff\n")

@kind("en")
def g_us_police_report(rng, b):
    city, st, _ = us_place(rng)
    off, vic, sus = Person(rng, "us"), Person(rng, "us", "f"), Person(rng, "us", "m")
    d = rdate(rng)
    b.x("CITY OF ", (city.upper(), LOC), " POLICE DEPARTMENT\nINCIDENT / OFFENSE REPORT          Report No. ",
        f"{d.year % 100}-{digits(rng, 6)}\n", "Offense: ", rng.choice(["Assault 4th Degree - DV", "Theft of Motor Vehicle",
                                                                       "Violation of Protection Order", "Burglary 2nd Degree"]),
        "\nDate/Time Reported: ", (f"{fdate(rng, d, 'us', False)} {rng.randint(0, 23):02d}{rng.choice(['00', '15', '47'])}", DT),
        "\nLocation of Incident: ", (addr(rng, "us")["one"], ADR), "\nReporting Officer: Ofc. ",
        (off.sur if rng.random() < 0.5 else f"{off.given[0]}. {off.sur}", PER), f" #{digits(rng, 4)}\n\n")
    for role, p in (("VICTIM", vic), ("SUSPECT", sus)):
        a = addr(rng, "us")
        b.x(f"{role}\nName: ", (p.last_first.upper(), PER), "\n", dob_label(rng), (fdate(rng, rdob(rng), "us", False), DOB),
            "   Sex: ", p.gender.upper(), f"   Race: {rng.choice('WBHAU')}\n", "Address: ", (a["one"], ADR),
            "\nPhone: ", (phone(rng, "us"), PH), "\n")
        if role == "SUSPECT":
            b.x("OLN: ", (dl_number(rng, "us"), DL), "   Hgt: 5'", str(rng.randint(4, 11)), '"  Wgt: ', str(rng.randint(140, 260)), "\n")
        b.t("\n")
    b.x("VEHICLE: ", str(rng.randint(2008, 2023)), " ", rng.choice(["Honda Civic", "Ford F-150", "Toyota Camry", "Nissan Altima"]),
        "  Lic: ", plate(rng, "us"), "  VIN: ", vin(rng), "\n\nNARRATIVE:\nOn ", (fdt(rng, d, "us", False), DT),
        " I responded to the above location. I contacted ", (vic.full, PER), ", who stated that ", (sus.given, PER),
        " had pushed her against the kitchen counter during an argument. I observed redness on her left forearm. ",
        (vic.given, PER), " declined medical aid. ", (sus.sur, PER), " had left prior to my arrival; ", (sus.given, PER), "'s vehicle was not at the scene. A protection order "
        "(", case_no(rng, "us"), ") was confirmed via dispatch. Body-worn camera was activated (duration 00:14:32).\n",
        "Case forwarded to the prosecutor for review.\n")

@kind("en")
def g_us_immigration_note(rng, b):
    cl, sp, atty = Person(rng, "us", culture=rng.choice(["es", "ar", "so", "ru", "ng", "vi", "zh", "in"])), None, Person(rng, "us")
    sp = Person(rng, "us", culture=cl.culture)
    a = addr(rng, "us")
    city, st, _ = us_place(rng)
    b.x(rng.choice(FIRMS["us"]), " — CLIENT CASE NOTE\n", "Client: ", (cl.last_first, PER), "   A#: A", digits(rng, 9),
        "   Receipt: ", rng.choice(["IOE", "EAC", "WAC", "SRC"]), digits(rng, 10), "\n", dob_label(rng),
        (fdate(rng, rdob(rng), "us", False), DOB), "   Place of birth: ", (rng.choice(FOREIGN_PLACES), LOC), "\n",
        "Address: ", (a["one"], ADR), "\nPhone: ", (phone(rng, "us"), PH), "  Email: ", (cl.email(rng), EM), "\n",
        "Date of contact: ", (fdt(rng, rdate(rng), "us", False), DT), "   Staff: ", (atty.full, PER), "\n\n",
        "Met with client (interpreter present, ", rng.choice(["Arabic", "Spanish", "Somali", "Ukrainian", "Dari", "Tigrinya"]),
        "). Client entered the ", ("United States", LOC), " on ", (fdate(rng, rdate(rng, 2016, 2023), "us"), DT),
        " via ", rng.choice(["JFK", "MIA", "IAH", "LAX", "ORD"]), " on a B-2 visa. Form I-589 was filed on ",
        (fdate(rng, rdate(rng), "us"), DT), "; biometrics appointment scheduled for ",
        (fdt(rng, rdate(rng), "us", False), DT), " at the ASC in ", (f"{city}, {st}", LOC), ".\n",
        "Client's spouse, ", (sp.full, PER), ", remains in ", (rng.choice(FOREIGN_PLACES), LOC),
        f" with their two children. EAD (category c8) pending, fee $0. Clock: {rng.randint(90, 400)} days.\n",
        "TODO: obtain police report translation; RFE response due ", (fdate(rng, rdate(rng), "us"), DT), ".\n")

@kind("en")
def g_social_worker_visit(rng, b):
    cc = rng.choice(["us", "us", "uk"])
    sw, mom = Person(rng, cc), Person(rng, cc, "f")
    kids = [Person(rng, cc, culture=mom.culture) for _ in range(rng.randint(1, 3))]
    a = addr(rng, cc)
    b.x(rng.choice(["HOME VISIT NOTE", "Home Visit - Contact Note", "CHILD & FAMILY SERVICES — VISIT RECORD"]), "\n",
        "Worker: ", (sw.full, PER), "     Case #: ", f"CFS-{digits(rng, 7)}", "\n",
        "Date/time of visit: ", (fdt(rng, rdate(rng), cc, False), DT), "\n",
        "Primary client: ", (mom.full, PER), " (DOB ", (fdate(rng, rdob(rng), cc, False), DOB), ")   Clinic MRN: ",
        (f"{rng.choice(['', 'MR', 'E'])}{digits(rng, rng.choice([7, 8]))}", MRN), "\n",
        "Address visited: ", (a["one"], ADR), "\nPhone: ", (phone(rng, cc), PH), "\n\nHousehold members:\n")
    for k in kids:
        b.x("  - ", (k.given, PER), " ", (k.sur, PER) if rng.random() < 0.3 else None, f" (age {rng.randint(1, 15)})\n")
    b.x("\nObservations: Home was ", rng.choice(["clean and adequately stocked", "cluttered; heating not working",
                                              "tidy; fridge had limited food"]), ". ", (mom.given, PER),
        " reports taking ", rng.choice(DRUGS), " as prescribed (dx ", rng.choice(ICD), "). ", (mom.given, PER), "'s landlord was notified about the heating. The family dog (",
        rng.choice(PETS), ") appeared well cared for. ", (kids[0].given, PER),
        " attends school and has an IEP meeting on ", (fdate(rng, rdate(rng), cc), DT), ".\n",
        "Safety plan reviewed. Referral to food bank and utility assistance (", rng.choice(["LIHEAP", "ERAP", "Warm Home Discount"]), ").\n",
        "Next visit scheduled for ", (fdt(rng, rdate(rng), cc, False), DT), ".\n", "Signed: ", (sw.full, PER),
        rng.choice([", MSW", ", LCSW", ""]), "\n")

@kind("en")
def g_us_unemployment_claim(rng, b):
    _, st, stname = us_place(rng)
    p = Person(rng, "us")
    a = addr(rng, "us")
    b.x("STATE OF ", (stname.upper(), LOC), " — DEPARTMENT OF EMPLOYMENT SECURITY\n",
        "INITIAL CLAIM FOR UNEMPLOYMENT INSURANCE BENEFITS     Claim ID: UI-", digits(rng, 9), "\n",
        "-" * 60, "\n1. Claimant name (Last, First MI): ", (p.last_first, PER), "\n2. Social Security No.: ", (ssn(rng), SSN),
        "\n3. Date of birth: ", (fdate(rng, rdob(rng), "us", False), DOB), "\n4. Mailing address: ", (a["one"], ADR),
        "\n5. Phone: ", (phone(rng, "us"), PH), "    Email: ", (p.email(rng), EM),
        "\n6. Last employer: ", rng.choice(EMPLOYERS), "    Last day worked: ", (fdate(rng, rdate(rng), "us", False), DT),
        "\n7. Reason for separation: ", rng.choice(["Lack of work / layoff", "Reduction in hours", "Plant closure"]),
        "\n8. Gross wages, last quarter: ", money(rng, "us", 2000, 16000),
        "\n9. Direct deposit:  Routing No. ", rng.choice(["021000021", "011401533", "091000019", "121000358"]),
        "   Account No. ", (digits(rng, rng.randint(9, 12)), ACC), "   Type: ", rng.choice(["Checking", "Savings"]),
        "\n10. Driver license / state ID no.: ", (dl_number(rng, "us"), DL), "\n",
        "11. Are you a U.S. citizen? ", rng.choice(["Yes", "No — Alien Reg. No. A" + digits(rng, 9)]), "\n\n",
        "I certify that the information above is true. Weekly certifications must be filed every Sunday.\n",
        "Signature: /s/ ", (p.full, PER), "     Date: ", (fdate(rng, rdate(rng), "us", False), DT), "\n")

@kind("en")
def g_us_housing_application(rng, b):
    city, st, _ = us_place(rng)
    head = Person(rng, "us")
    a = addr(rng, "us")
    b.x("HOUSING AUTHORITY OF THE CITY OF ", (city.upper(), LOC), "\nHOUSING CHOICE VOUCHER (SECTION 8) PRE-APPLICATION\n",
        "Application #: HCV-", digits(rng, 6), "      Received: ", (fdate(rng, rdate(rng), "us", False), DT), "\n\n",
        "Head of household: ", (head.full, PER), "\nCurrent address: ", (a["one"], ADR), "\nPhone: ", (phone(rng, "us"), PH),
        "   Alt. phone: ", (phone(rng, "us"), PH), "\nEmail: ", (head.email(rng), EM), "\n\nHOUSEHOLD MEMBERS\n",
        f"{'Name':<26}{'Rel.':<8}{'DOB':<12}{'SSN':<13}Income/mo\n")
    members = [(head, "HEAD")] + [(Person(rng, "us", culture=head.culture), r) for r in
                                  rng.sample(["SPOUSE", "CHILD", "CHILD", "OTHER", "CHILD"], rng.randint(1, 4))]
    for p, rel in members:
        b.cell(p.full, PER, 26).cell(rel, None, 8)
        b.cell(fdate(rng, rdate(rng, 2006, 2022) if rel == "CHILD" else rdob(rng), "us", False), DOB, 12)
        r = rng.random()
        if r < 0.6:
            b.cell(ssn(rng), SSN, 13)
        elif r < 0.85:
            b.cell(f"XXX-XX-{digits(rng, 4)}", None, 13)
        else:
            b.cell("pending", None, 13)
        b.t(money(rng, "us", 0, 2800) if rel in ("HEAD", "SPOUSE") else "$0.00", "\n")
    b.x("\nPreference: ", rng.choice(["Homeless", "Veteran", "Disabled", "Displaced by disaster", "None"]),
        "\nReasonable accommodation requested: ", rng.choice(["No", "Yes — ground-floor unit"]),
        "\nLandlord reference: ", (Person(rng, "us").full, PER), ", ", (phone(rng, "us"), PH), "\n",
        "Waitlist position will be mailed within 30 days. Check status at ",
        (rng.choice(["https://portal.hacity-housing.org/status", "https://www.affordablehousingportal.org/applicant/login",
                     f"https://hcv.housingauthority.org/app?ref={digits(rng, 6)}"]), URL), "\n")

@kind("en")
def g_irs_notice(rng, b):
    p = Person(rng, "us")
    a = addr(rng, "us")
    d = rdate(rng)
    masked = rng.random() < 0.4
    b.x("Department of the Treasury\nInternal Revenue Service\n", (rng.choice(["P.O. Box 9941, Ogden, UT 84409",
                                                                               "P.O. Box 931000, Louisville, KY 40293-1000",
                                                                               "1973 N. Rulon White Blvd, Ogden, UT 84201"]), ADR),
        "\n\nNotice ", rng.choice(["CP2000", "CP14", "CP501", "LTR 4883C"]), "\nTax year ", str(d.year - 1),
        "\nNotice date ", (fdate(rng, d, "us", True), DT), "\nSocial Security number ",
        (f"XXX-XX-{digits(rng, 4)}", None) if masked else (ssn(rng), SSN), "\nTo contact us ",
        (rng.choice(["1-800-829-0922", "800-829-1040", "1-866-897-0177"]), PH), "\nPage 1 of 5\n\n",
        (p.upper, PER), "\n", (a["multi"].upper(), ADR), "\n\n",
        "Amount due: ", money(rng, "us", 300, 12000), "\nPayment due by ", (fdate(rng, d + timedelta(days=21), "us", True), DT),
        "\n\nDear ", (p.full, PER), ",\n",
        "The income and payment information we have on file doesn't match the information you reported on your ",
        str(d.year - 1), " Form 1040. The proposed changes include ", money(rng, "us", 100, 3000),
        " in unreported wages (Form W-2, employer ID ", f"{digits(rng, 2)}-{digits(rng, 7)}", ").\n",
        "If you agree, sign the response form and return it within 30 days. You can also respond online at ",
        (rng.choice(["https://www.irs.gov/cp2000", "https://www.irs.gov/payments", "https://sa.www4.irs.gov/ola/"]), URL),
        ".\nIf you have questions, call us Monday through Friday during normal business hours.\n")

@kind("en")
def g_us_notary_ack(rng, b):
    _, st, stname = us_place(rng)
    notary, s1 = Person(rng, "us"), Person(rng, "us")
    s2 = Person(rng, "us") if rng.random() < 0.5 else None
    d = rdate(rng)
    b.x("STATE OF ", (stname.upper(), LOC), "      )\n                          ) ss.\nCOUNTY OF ",
        (rng.choice(COUNTIES).upper(), LOC), "     )\n\n", "On ", (fdate(rng, d, "us", True), DT), ", before me, ",
        (notary.full, PER), ", Notary Public, personally appeared ", (s1.full, PER))
    if s2:
        b.x(" and ", (s2.full, PER))
    b.x(", who proved to me on the basis of satisfactory evidence (driver license no. ", (dl_number(rng, "us"), DL),
        ") to be the person(s) whose name(s) is/are subscribed to the within instrument (Grant Deed, APN ",
        f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}", ", property commonly known as ", (addr(rng, "us")["one"], ADR),
        ") and acknowledged to me that he/she/they executed the same in his/her/their authorized capacity(ies).\n\n",
        "I certify under PENALTY OF PERJURY under the laws of the State of ", (stname, LOC),
        " that the foregoing paragraph is true and correct.\n\nWITNESS my hand and official seal.\n\n",
        "Signature ______________________\n", (notary.full.upper(), PER), "\nNotary Public, Commission No. ",
        digits(rng, 7), "\nMy commission expires: ", (fdate(rng, rdate(rng, 2026, 2029), "us"), DT), "\n",
        "Journal entry #", str(rng.randint(100, 9999)), " — thumbprint taken: ", rng.choice(["yes", "no"]), "\n")

@kind("en")
def g_uk_land_registry(rng, b):
    o1, o2 = Person(rng, "uk"), Person(rng, "uk")
    a, a2 = addr(rng, "uk"), addr(rng, "uk")
    d = rdate(rng, 2015, 2024)
    b.x("HM Land Registry\nOfficial copy of register of title\n\nTitle number ", f"{alnum(rng, 2, 'ABCDEGLMNSTWY')}{digits(rng, 6)}",
        "     Edition date ", (fdate(rng, d, "uk"), DT), "\n",
        "This official copy shows the entries on the register of title on ",
        (f"{fdate(rng, rdate(rng), 'uk', True)} at {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", DT),
        ".\n\nA: Property Register\n", "This register describes the land and estate comprised in the title.\n",
        (rng.choice(["GREATER MANCHESTER", "WEST YORKSHIRE", "BRISTOL", "MERSEYSIDE", "LEICESTERSHIRE"]), LOC), " : ",
        (a["city"].upper(), LOC), "\n1 (", (fdate(rng, d, "uk", False), DT),
        ") The Freehold land shown edged with red on the plan of the above title filed at the Registry and being ",
        (a["one"], ADR), ".\n\nB: Proprietorship Register\nTitle absolute\n1 (", (fdate(rng, d, "uk", False), DT),
        ") PROPRIETOR: ", (o1.upper, PER))
    if rng.random() < 0.6:
        b.x(" and ", (o2.upper, PER))
    b.x(" of ", (a2["one"], ADR), ".\n2 (", (fdate(rng, d, "uk", False), DT), ") The price stated to have been paid on ",
        (fdate(rng, d, "uk", True), DT), " was ", money(rng, "uk", 90000, 650000), ".\n\nC: Charges Register\n1 (",
        (fdate(rng, d, "uk", False), DT), ") REGISTERED CHARGE dated ", (fdate(rng, d, "uk", True), DT), ".\n2 Proprietor: ",
        rng.choice(["NATIONWIDE BUILDING SOCIETY", "BARCLAYS BANK UK PLC", "SANTANDER UK PLC"]),
        " (Co. Regn. No. ", digits(rng, 8), ").\nEnd of register\n")

@kind("en")
def g_us_voter_roll_csv(rng, b):
    cols = rng.choice([0, 1])
    if cols == 0:
        b.t("voter_id,last_name,first_name,birth_date,res_street,res_city,state,zip,party,precinct,reg_date,status\n")
    else:
        b.t('"VOTER ID","NAME","DATE OF BIRTH","RESIDENCE ADDRESS","MAILING CITY","PARTY","PCT","REGISTERED"\n')
    for _ in range(rng.randint(5, 11)):
        p = Person(rng, "us")
        a = addr(rng, "us")
        vid = digits(rng, rng.choice([8, 9, 10]))
        party = rng.choice(["DEM", "REP", "UNA", "LIB", "GRN", "NPA"])
        if cols == 0:
            b.x(vid, ",", (p.sur.upper(), PER), ",", (p.given.upper(), PER), ",",
                (rdob(rng).strftime(rng.choice(["%Y-%m-%d", "%m/%d/%Y"])), DOB), ",", (a["street"].upper(), ADR), ",",
                (a["city"].upper(), LOC), ",", (a["region"], LOC), ",", a["pc"], ",", party, ",",
                f"{rng.randint(1, 99):02d}-{rng.randint(1, 9)}", ",", (rdate(rng, 2004, 2024).strftime("%m/%d/%Y"), DT),
                ",", rng.choice(["ACTIVE", "ACTIVE", "INACTIVE", "CONFIRMATION"]), "\n")
        else:
            b.x('"', vid, '","', (f"{p.sur.upper()}, {p.given.upper()}" + (f" {p.mid}" if p.mid else ""), PER), '","',
                (rdob(rng).strftime("%m/%d/%Y"), DOB), '","', (a["one"].replace("\n", " ").upper(), ADR), '","',
                (rng.choice(US_CITIES)[0].upper(), LOC), '","', party, '","', str(rng.randint(100, 999)), '","',
                (rdate(rng, 2004, 2024).strftime("%Y-%m-%d"), DT), '"\n')

@kind("en")
def g_us_building_permit(rng, b):
    city, st, _ = us_place(rng)
    own = Person(rng, "us")
    a = addr(rng, "us")
    slug = fold(city).lower().replace(" ", "").replace(".", "")
    b.x("CITY OF ", (city.upper(), LOC), " — DEPARTMENT OF BUILDING & SAFETY\n", "RESIDENTIAL BUILDING PERMIT APPLICATION",
        "        Permit # BLD-", f"{rng.randint(2021, 2025)}-{digits(rng, 6)}", "\n\nProject address: ", (a["street"], ADR),
        "\nParcel / APN: ", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}", "\nOwner name: ", (own.full, PER),
        "\nOwner phone: ", (phone(rng, "us"), PH), "    Owner email: ", (own.email(rng), EM),
        "\nOwner mailing address (if different): ", (addr(rng, "us")["one"], ADR), "\n\n",
        "Contractor: ", rng.choice(["Northgate Construction", "Delgado & Sons Remodeling", "BrightPath Solar LLC"]),
        "   CSLB / Lic #: ", digits(rng, 6), "\nScope of work: ", rng.choice([
            "Replace 200A main electrical panel; add 2 circuits.", "Convert detached garage to ADU (480 sq ft).",
            "Roof-mounted PV system, 7.2 kW, 18 modules.", "Wheelchair ramp and bathroom accessibility retrofit."]),
        "\nValuation: ", money(rng, "us", 4000, 90000), "    Plan check fee: ", money(rng, "us", 90, 900),
        "\nRequested inspection: ", (fdt(rng, rdate(rng), "us", False), DT), "\n\nTrack this application at ",
        (f"https://permits.{slug}.gov/Public/Application?id={digits(rng, 7)}", URL), "\n",
        "Applicant signature: ", (own.full, PER), "   Date: ", (fdate(rng, rdate(rng), "us", False), DT), "\n")

@kind("en")
def g_lawyer_client_email(rng, b):
    cc = rng.choice(["us", "us", "uk"])
    atty, cl, opp = Person(rng, cc), Person(rng, cc), Person(rng, cc)
    firm = rng.choice(FIRMS[cc])
    dom = rng.choice(["hartleyosei.com", "ashworthpatel.co.uk", "tenantlaw.org", "mossidelaw.org.uk", "okafor-reyes.com"])
    d = rdate(rng)
    hearing = d + timedelta(days=rng.randint(3, 40))
    b.x("From: ", (atty.full, PER), " <", (atty.email(rng, dom), EM), ">\nTo: ", (cl.full, PER), " <", (cl.email(rng), EM),
        ">\nDate: ", rfc2822(rng, d), "\nSubject: RE: ", rng.choice(["your eviction hearing", "custody hearing", "settlement offer",
                                                              "asylum interview"]), " on ", (fdate(rng, hearing, cc, True), DT),
        "\n\n", rng.choice(["Hi ", "Dear ", "Hello "]), (cl.given, PER), ",\n\n",
        "Thanks for sending the documents. The hearing is confirmed for ", (fdt(rng, hearing, cc), DT),
        f" in Courtroom {rng.randint(1, 12)}{rng.choice('ABC')}. Please arrive 30 minutes early and bring your ID, "
        "the lease and the photos of the damp.\n\n",
        rng.choice(["Opposing counsel, ", "The landlord's solicitor, ", "Their attorney, "]), (opp.full, PER),
        ", has offered ", money(rng, cc, 500, 6000), " and a move-out date of ", (fdate(rng, hearing + timedelta(days=60), cc), DT),
        ". I don't recommend accepting yet. Your reference is ", case_no(rng, cc), ".\n\n",
        "If anything changes, call me on ", (phone(rng, cc), PH), " (direct) — I'm out of office on Friday.\n\n",
        "Best,\n", (atty.given if rng.random() < 0.4 else atty.full, PER), "\n--\n", (atty.full, PER), "\n", firm, "\n",
        (addr(rng, cc)["one"], ADR), "\n", "This e-mail may contain privileged and confidential information.\n")

@kind("en")
def g_us_prison_visitor_log(rng, b):
    d = rdate(rng)
    fac = rng.choice(["COUNTY DETENTION CENTER", "STATE CORRECTIONAL FACILITY - UNIT C", "REGIONAL JAIL"])
    b.x(fac, " — VISITOR LOG\nDate: ", (fdate(rng, d, "us", False), DT), "     Officer on duty: ",
        (Person(rng, "us").last_first.upper(), PER), "\n\n",
        f"{'Visitor':<24}{'DOB':<12}{'ID':<20}{'Inmate':<22}{'Inmate #':<10}{'In':<10}Out\n")
    for _ in range(rng.randint(4, 9)):
        v, inm = Person(rng, "us"), Person(rng, "us")
        b.cell(v.last_first, PER, 24).cell(fdate(rng, rdob(rng), "us", False), DOB, 12)
        if rng.random() < 0.7:
            b.t("DL ").cell(dl_number(rng, "us"), DL, 17)
        else:
            b.cell(f"PP {alnum(rng, 1, string.ascii_uppercase)}{digits(rng, 8)}", None, 20)
        b.cell(inm.last_first.upper(), PER, 22).cell(digits(rng, 6), None, 10)
        h = rng.randint(8, 15)
        b.cell(f"{h:02d}:{rng.randint(0, 59):02d}", DT, 10).e(f"{h + 1:02d}:{rng.randint(0, 59):02d}", DT).t("\n")
    b.x("\nContraband check: all visitors wanded. Locker keys 1-24 returned. Next audit: 90 days.\n")

@kind("en")
def g_us_jury_summons(rng, b):
    p = Person(rng, "us")
    a, ca = addr(rng, "us"), addr(rng, "us")
    d = rdate(rng)
    b.x("SUMMONS FOR JURY SERVICE\nJuror Participant #: ", digits(rng, 9), "    Group: ", str(rng.randint(1, 40)), "\n\n",
        (p.upper, PER), "\n", (a["multi"].upper(), ADR), "\n\n",
        "YOU ARE HEREBY SUMMONED to appear for jury service on ", (fdt(rng, d, "us", True, rng.choice([8, 9]), 0), DT),
        " at the Hall of Justice, ", (ca["one"], ADR), ".\n\n",
        "Please respond within 5 days at ", (rng.choice([f"https://jury.courts-{rng.randint(1, 9)}.org/eJuror",
                                                          "https://www.ejuror.us/respond?group=" + digits(rng, 3),
                                                          "https://juryservice.countycourts.net/login"]), URL),
        " using your Juror Participant number. Our records show the following date of birth: ",
        (fdate(rng, rdob(rng), "us", False), DOB), ". If this is incorrect, call the Jury Office at ", (phone(rng, "us"), PH),
        " during business hours, weekdays only.\n\nFailure to appear may result in a fine of up to $1,500. Parking validation "
        "is available in Lot B. Jurors are paid $15 per day starting the second day of service.\n")

@kind("en")
def g_us_small_claims(rng, b):
    pl, df = Person(rng, "us"), Person(rng, "us")
    b.t("SC-100   PLAINTIFF'S CLAIM AND ORDER TO GO TO SMALL CLAIMS COURT\n", f"Case Number: {case_no(rng, 'us')}\n\n")
    for n, role, p in ((1, "Plaintiff (the person, business, or public entity that is suing)", pl),
                       (2, "Defendant (the person, business, or public entity being sued)", df)):
        a = addr(rng, "us")
        b.x(f"{n} {role}\n   Name: ", (p.full, PER), "    Phone: ", (phone(rng, "us"), PH), "\n   Street address: ",
            (a["street"], ADR), "\n   City: ", (a["city"], LOC), "    State: ", (a["region"], LOC), "    Zip: ", a["pc"], "\n")
        if rng.random() < 0.6:
            b.x("   Email address (if available): ", (p.email(rng), EM), "\n")
    b.x("\n3 The plaintiff claims the defendant owes ", money(rng, "us", 200, 10000), ".\n",
        "   a. Why does the defendant owe the plaintiff money? ", rng.choice([
            "Did not return security deposit after move-out.", "Auto repair was never completed; paid in full.",
            "Damaged my fence with his truck and refused to pay.", "Unpaid wages for 3 weeks of cleaning work."]),
        "\n   b. When did this happen? ", (fdate(rng, rdate(rng), "us", False), DT),
        "\n   c. How did you calculate the money owed? invoice #", digits(rng, 5), " plus interest.\n\n",
        "ORDER TO GO TO COURT\n Trial date: ", (fdate(rng, rdate(rng), "us", False), DT), "   Time: ",
        (ftime(rng, "us"), DT), f"   Dept.: {rng.randint(1, 30)}   Room: {rng.randint(100, 499)}\n",
        "Clerk, by ", (Person(rng, "us").sur, PER), ", Deputy\n")

@kind("en")
def g_uk_ombudsman(rng, b):
    p = Person(rng, "uk")
    a = addr(rng, "uk")
    off = Person(rng, "uk")
    b.x("Local Government and Social Care Ombudsman — online complaint form\nReference: ", f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
        "\n\nYOUR DETAILS\nTitle: ", rng.choice(["Mr", "Dr"] if p.gender == "m" else ["Mrs", "Ms", "Miss", "Dr"]),
        "\nFirst name: ", (p.given, PER), "\nLast name: ", (p.sur, PER),
        "\nAddress:\n", (a["multi"], ADR), "\nEmail: ", (p.email(rng), EM), "\nTelephone: ", (phone(rng, "uk"), PH),
        "\nPreferred contact: ", rng.choice(["Email", "Phone", "Letter"]), "\n\nCOUNCIL OR CARE PROVIDER\n",
        (rng.choice(UK_CITIES)[0], LOC), " City Council — Adult Social Care\n\nWHAT HAPPENED\n",
        "My mother, ", (Person(rng, "uk", "f", p.culture).full, PER), ", was assessed on ", (fdate(rng, rdate(rng), "uk", True), DT),
        " but the care package was not put in place for ", str(rng.randint(6, 20)), " weeks. I called the duty team "
        "repeatedly and spoke to ", (off.full if rng.random() < 0.5 else off.given, PER), " who said the case was 'with "
        "the panel'. I made a formal complaint on ", (fdate(rng, rdate(rng), "uk"), DT), " (their ref ",
        f"CRM{digits(rng, 7)}", ") and received the stage 2 response on ", (fdate(rng, rdate(rng), "uk"), DT), ".\n\n",
        "WHAT WOULD YOU LIKE TO HAPPEN\nAn apology, a refund of ", money(rng, "uk", 200, 4000),
        " paid for private carers, and a review of how hospital discharges are handled.\n")

@kind("en")
def g_us_child_support_order(rng, b):
    _, st, stname = us_place(rng)
    ob, oe, judge = Person(rng, "us", "m"), Person(rng, "us", "f"), Person(rng, "us")
    d = rdate(rng)
    day = d.day
    suf = "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    b.x("IN THE DISTRICT COURT OF ", (rng.choice(COUNTIES).upper(), LOC), " COUNTY, ", (stname.upper(), LOC), "\n",
        "IN RE THE MARRIAGE OF\n", (oe.upper, PER), ", Petitioner,\nand\n", (ob.upper, PER), ", Respondent.\n",
        "Case No. ", case_no(rng, "us"), "\n\nUNIFORM ORDER FOR CHILD SUPPORT\n\n",
        "Obligor: ", (ob.full, PER), "   SSN: ", (ssn(rng), SSN), "   DOB: ", (fdate(rng, rdob(rng), "us", False), DOB), "\n",
        "Obligee: ", (oe.full, PER), "   SSN: ", f"XXX-XX-{digits(rng, 4)}", "\n\nMinor child(ren):\n")
    for _ in range(rng.randint(1, 3)):
        c = Person(rng, "us", culture=ob.culture)
        c.sur = ob.sur
        b.x("  ", (c.full, PER), "   born ", (fdate(rng, rdate(rng, 2008, 2022), "us", False), DOB), "\n")
    b.x("\n1. Obligor shall pay ", money(rng, "us", 150, 1400), " per month beginning ",
        (fdate(rng, d + timedelta(days=30), "us", True), DT), ", through the State Disbursement Unit, ",
        (rng.choice(["P.O. Box 8500, Columbus, OH 43218", "P.O. Box 7004, Tucson, AZ 85725", "PO Box 98950, Las Vegas, NV 89193"]), ADR),
        ".\n2. Income withholding shall issue to employer ", rng.choice(EMPLOYERS), ".\n",
        "3. Obligor shall maintain health coverage for the child(ren); plan member ID ", (f"{upper_alnum(rng, 3)}{digits(rng, 9)}", HPN),
        ", group no. ", digits(rng, 6), ".\n4. Payments shall be disbursed to Obligee's account no. ", (digits(rng, 10), ACC),
        " (routing ", rng.choice(["026009593", "122000661", "071000013"]), ").\n\n",
        "SO ORDERED this ", (f"{day}{suf} day of {MONTHS['en'][d.month - 1]}, {d.year}", DT), ".\n\n",
        "______________________\nJudge ", (judge.full, PER), "\n")

@kind("en")
def g_us_protective_order(rng, b):
    pet, res = Person(rng, "us", "f"), Person(rng, "us", "m")
    a = addr(rng, "us")
    b.x("PETITION FOR ORDER OF PROTECTION (Domestic Violence)\nCase No. ", case_no(rng, "us"), "\n\n",
        "PETITIONER: ", (pet.full, PER), "    Date of birth: ", (fdate(rng, rdob(rng), "us", False), DOB), "\n",
        "Petitioner's address: CONFIDENTIAL — on file with clerk\nSafe contact phone: ", (phone(rng, "us"), PH), "\n\n",
        "RESPONDENT: ", (res.full, PER), "    Date of birth: ", (fdate(rng, rdob(rng), "us", False), DOB), "\n",
        "Respondent's address: ", (a["one"], ADR), "\nRespondent's phone: ", (phone(rng, "us"), PH),
        "   Vehicle plate: ", plate(rng, "us"), "\nRelationship: ", rng.choice(["former partner", "spouse", "co-parent"]), "\n\n",
        "Describe the most recent incident:\nOn ", (fdt(rng, rdate(rng), "us"), DT), ", ", (res.given, PER),
        rng.choice([" came to my workplace at ", " showed up outside my sister's home at ", " followed me to "]),
        (addr(rng, "us")["one"], ADR), " and threatened me. Afterwards he sent ", str(rng.randint(12, 80)),
        " texts from ", (phone(rng, "us"), PH), " and messaged my friend ", (Person(rng, "us").full, PER),
        ". Previous incidents are listed on the attached page (police report ", f"{rng.randint(20, 25)}-{digits(rng, 6)}", ").\n\n",
        "I request that the respondent stay at least 500 feet away from me and our child, ",
        (Person(rng, "us", culture=pet.culture).given, PER), ".\n\nSigned under penalty of perjury: ", (pet.full, PER),
        "   Date: ", (fdate(rng, rdate(rng), "us", False), DT), "\n")

@kind("en")
def g_us_public_defender_intake(rng, b):
    cl, rel = Person(rng, "us"), Person(rng, "us")
    city, st, _ = us_place(rng)
    r = rng.random()
    ssnv = (ssn(rng), SSN) if r < 0.5 else (bad_ssn(rng) if r < 0.75 else f"***-**-{digits(rng, 4)}", None)
    b.x("OFFICE OF THE PUBLIC DEFENDER — NEW CLIENT INTAKE\n", "=" * 48, "\nClient: ", (cl.last_first.upper(), PER),
        "\nDOB: ", (fdate(rng, rdob(rng), "us", False), DOB), "     SSN: ", ssnv, "\nBooking #: ", digits(rng, 8),
        "     SID: ", f"{st}{digits(rng, 7)}", "\nCharges: ", rng.choice(["PC 459 Burglary", "Poss. controlled substance",
                                                                       "DUI 1st", "Criminal trespass 2"]),
        "\nArraignment: ", (fdt(rng, rdate(rng), "us"), DT), ", Dept. ", str(rng.randint(1, 20)), "\n",
        "Custody: ", rng.choice(["in custody, bail $25,000", "released OR", "in custody, no bail"]), "\n",
        "Last known address: ", (addr(rng, "us")["one"], ADR), "\nHometown: ", (f"{city}, {st}", LOC), "\n",
        "Emergency contact: ", (rel.full, PER), " (", rng.choice(["mother", "sister", "partner", "uncle"]), ") ",
        (phone(rng, "us"), PH), "\n", "Medicaid / health plan ID: ", (f"{digits(rng, 8)}{rng.choice('ABCDEFGH')}", HPN), "\n",
        "Income (monthly): ", money(rng, "us", 0, 2200), "   Household size: ", str(rng.randint(1, 6)), "\n\n",
        "Notes: Client reports ", rng.choice(DRUGS), " prescription not given in jail; request med review. Wants ",
        "investigator to locate witness ", (Person(rng, "us").full, PER), ". Interview duration 45 min.\n",
        "Attorney assigned: ", (Person(rng, "us").full, PER), "\n")

@kind("en")
def g_us_probation_note(rng, b):
    pr, po, co = Person(rng, "us"), Person(rng, "us"), Person(rng, "us")
    b.x("ADULT PROBATION — CHRONOLOGICAL CONTACT NOTE\nProbationer: ", (pr.full, PER), "   DOB: ",
        (fdate(rng, rdob(rng), "us", False), DOB), "   SID: ", digits(rng, 8), "\nSupervising officer: ", (po.full, PER), "\n",
        "Contact: ", rng.choice(["Office visit", "Home visit", "Telephone"]), " on ", (fdt(rng, rdate(rng), "us"), DT), "\n\n",
        "Residence verified at ", (addr(rng, "us")["one"], ADR), "; lives with ", (Person(rng, "us", culture=pr.culture).given, PER),
        ". Working ", rng.choice(["full-time", "part-time", "temp"]), " at ", rng.choice(EMPLOYERS),
        ". UA collected: negative for all panels except ", rng.choice(DRUGS), " (prescribed).\n",
        "Attending outpatient treatment; counselor ", (co.full, PER), " can be reached at ", (phone(rng, "us"), PH),
        ". Restitution balance ", money(rng, "us", 100, 5000), "; paid ", money(rng, "us", 25, 200), " this month.\n",
        "Reminded of curfew and no-contact condition.\nNext report date: ",
        (fdate(rng, rdate(rng), "us", rng.random() < 0.5), DT), "\n")

@kind("en")
def g_medicaid_notice(rng, b):
    _, st, stname = us_place(rng)
    head = Person(rng, "us")
    a = addr(rng, "us")
    d = rdate(rng)
    b.x("STATE OF ", (stname.upper(), LOC), " — DEPARTMENT OF HEALTH AND HUMAN SERVICES\n",
        "NOTICE OF ELIGIBILITY DECISION\nNotice date: ", (fdate(rng, d, "us", True), DT), "\nCase number: ",
        digits(rng, 10), "\n\n", (head.upper, PER), "\n", (a["multi"], ADR), "\n\nDear ", (head.full, PER), ",\n",
        "We reviewed your application for health coverage. Here is our decision for each person:\n\n",
        f"{'Name':<26}{'Member ID':<16}{'Program':<18}Effective\n")
    mem = [head] + [Person(rng, "us", culture=head.culture) for _ in range(rng.randint(0, 3))]
    for p in mem:
        b.cell(p.full, PER, 26).cell(rng.choice([f"{digits(rng, 8)}{rng.choice('ABCDEFGH')}", f"M{digits(rng, 10)}",
                                                   f"{upper_alnum(rng, 3)}{digits(rng, 8)}"]), HPN, 16)
        b.cell(rng.choice(["Medicaid", "CHIP", "Medicaid (ABD)", "Not eligible"]), None, 18)
        b.e(fdate(rng, d, "us", False), DT).t("\n")
    b.x("\nYou must renew your coverage by ", (fdate(rng, d + timedelta(days=330), "us", True), DT),
        ". Report changes within 10 days.\nIf you disagree, you can ask for a fair hearing within 90 days. ",
        "Call ", (phone(rng, "us"), PH), " or apply online at ", (rng.choice(["https://www.healthcare.gov/", "https://benefits.state-hhs.gov/apply",
                                                                              f"https://mybenefits.{st.lower()}.gov/renew"]), URL),
        ".\nHealth plan enrollment: choose a plan within 60 days or one will be assigned.\n")

@kind("en")
def g_jail_hl7(rng, b):
    p, dr = Person(rng, "us"), Person(rng, "us")
    a = addr(rng, "us")
    ts = f"{rdate(rng).strftime('%Y%m%d')}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    nm = "^".join(x for x in [fold(p.sur).upper(), fold(p.given).upper(), p.mid] if x)
    xad = f"{a['street'].upper()}^^{a['city'].upper()}^{a['region']}^{a['pc']}"
    dob = rdob(rng).strftime("%Y%m%d")
    b.x("MSH|^~\\&|JAILMED|CCDC|HIE|STATEHIE|", ts, "||ADT^A04|", f"MSG{digits(rng, 8)}", "|P|2.5.1\r",
        "EVN|A04|", ts, "\r", "PID|1||", (digits(rng, rng.choice([7, 8])), MRN), "^^^CCDC^MR~", digits(rng, 7), "^^^DOC^PI||",
        (nm, PER), "||", (dob, DOB), f"|{p.gender.upper()}||2106-3|", (xad, ADR), "||", (phone(rng, "us"), PH), "|||",
        rng.choice(["S", "M", "D"]), "||", (digits(rng, 9), ACC), "|", (ssn(rng).replace("-", ""), SSN), "\r",
        "PV1|1|O|INFIRM^^^CCDC||||", f"{rng.choice('12')}{digits(rng, 9)}", "^", (f"{fold(dr.sur).upper()}^{fold(dr.given).upper()}", PER),
        "|||||||||||", f"V{digits(rng, 8)}", "\r",
        "DG1|1||", rng.choice(ICD), "^^I10|||A\r")
    if rng.random() < 0.7:
        ins = [""] * 37
        ins[1], ins[2], ins[4] = "1", f"MCD{digits(rng, 2)}", "STATE MEDICAID"
        ins[8] = digits(rng, 6)
        b.t("IN1")
        for i in range(1, 37):
            b.t("|")
            if i == 16:
                b.e(nm, PER)
            elif i == 17:
                b.t("SEL")
            elif i == 18:
                b.e(dob, DOB)
            elif i == 36:
                b.e(f"{digits(rng, 8)}{rng.choice('ABCDE')}", HPN)
            else:
                b.t(ins[i])
        b.t("\r")
    b.x("OBX|1|TX|NOTE^Intake screening||", rng.choice(["TB screen negative", "Withdrawal protocol started",
                                                          "Suicide watch level 2"]), "||||||F\r")

@kind("en")
def g_court_ics(rng, b):
    clerk, party = Person(rng, "us"), Person(rng, "us")
    d = rdate(rng)
    h = rng.randint(8, 15)
    st = f"{d.strftime('%Y%m%d')}T{h:02d}{rng.choice(['00', '30'])}00"
    en = f"{d.strftime('%Y%m%d')}T{h + 1:02d}0000"
    a = addr(rng, "us")
    stamp = f"{rdate(rng).strftime('%Y%m%d')}T{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}00Z"
    b.x("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//CourtCal//Hearing Scheduler 3.2//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n",
        "UID:", uuid(rng), "\nDTSTAMP:", stamp, "\nCREATED:", stamp, "\n", "DTSTART;TZID=America/Chicago:", (st, DT), "\n",
        "DTEND;TZID=America/Chicago:", (en, DT), "\nSUMMARY:", rng.choice(["Remote hearing", "Pretrial conference", "Mediation"]),
        " - ", (party.full, PER), " v. ", rng.choice(EMPLOYERS), "\n")
    if rng.random() < 0.5:
        b.x("LOCATION:", (a["one"].replace(",", "\\,"), ADR), "\n")
    else:
        b.t("LOCATION:Virtual (Zoom)\n")
    b.x("DESCRIPTION:Join Zoom meeting: ", (f"https://zoom.us/j/{digits(rng, 11)}", URL), "\\nMeeting ID: ",
        f"{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}", "\\nPasscode: ", (rng.choice([digits(rng, 6), alnum(rng, 8)]), PW),
        "\\nDial by phone: ", (phone(rng, "us"), PH), "\\nCase ", case_no(rng, "us"), "\n",
        "ORGANIZER;CN=", (clerk.full, PER), ":mailto:", (clerk.email(rng, "courts-clerk.org"), EM), "\n",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=", (party.full, PER), ":mailto:", (party.email(rng), EM), "\n",
        "LAST-MODIFIED:", stamp, "\nSEQUENCE:", str(rng.randint(0, 4)), "\nEND:VEVENT\nEND:VCALENDAR\n")

@kind("en")
def g_caseworker_vcard(rng, b):
    for _ in range(rng.randint(1, 2)):
        p = Person(rng, "us")
        a = addr(rng, "us")
        n = ";".join([p.sur, p.given] + ([p.mid] if p.mid else []))
        b.x("BEGIN:VCARD\nVERSION:3.0\nN:", (n, PER), ";;" if p.mid else ";;;", "\nFN:", (p.full, PER), "\n",
            "ORG:County Department of Social Services;", rng.choice(["Child Welfare", "Adult Protective Services", "SNAP Unit"]),
            "\nTITLE:", rng.choice(["Caseworker II", "Eligibility Specialist", "Intake Supervisor"]), "\n",
            "TEL;TYPE=WORK,VOICE:", (phone(rng, "us"), PH), "\nTEL;TYPE=CELL:", (phone(rng, "us"), PH), "\n",
            "EMAIL;TYPE=INTERNET:", (p.email(rng, rng.choice(["dss.countygov.org", "hhs-county.us"])), EM), "\n",
            "ADR;TYPE=WORK:;;", (f"{a['street']};{a['city']};{a['region']};{a['pc']};USA", ADR), "\n")
        if rng.random() < 0.5:
            b.x("BDAY:", (rdob(rng).isoformat(), DOB), "\n")
        b.x("NOTE:On-call ", rng.choice(["Tuesdays", "weekends", "every third Friday"]), ". Supervisor: ",
            (Person(rng, "us").full, PER), "\\nBadge ", digits(rng, 5), "\nREV:", iso_ts(rng), "Z\nEND:VCARD\n")

@kind("en")
def g_county_fhir(rng, b):
    p = Person(rng, "us")
    a = addr(rng, "us")
    b.x('{\n  "resourceType": "Patient",\n  "id": "', uuid(rng), '",\n  "meta": {"lastUpdated": "', iso_ts(rng), '.000Z"},\n',
        '  "identifier": [\n    {"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.', digits(rng, 4),
        '", "value": "', (digits(rng, 8), MRN), '"},\n    {"type": {"text": "Medicaid"}, "system": "',
        ("https://www.medicaid.gov/sid/member", URL), '", "value": "', (f"{digits(rng, 8)}{rng.choice('ABCDEF')}", HPN), '"}\n  ],\n',
        '  "name": [{"use": "official", "family": "', (p.sur, PER), '", "given": ["', (p.given, PER), '"]}],\n',
        '  "telecom": [\n    {"system": "phone", "value": "', (phone(rng, "us"), PH), '", "use": "mobile"},\n',
        '    {"system": "email", "value": "', (p.email(rng), EM), '"}\n  ],\n',
        f'  "gender": "{"male" if p.gender == "m" else "female"}",\n  "birthDate": "', (rdob(rng).isoformat(), DOB), '",\n',
        '  "address": [{"use": "home", "line": ["', (a["street"], ADR), '"], "city": "', (a["city"], LOC), '", "state": "',
        (a["region"], LOC), '", "postalCode": "', a["pc"], '"}],\n',
        '  "generalPractitioner": [{"display": "Dr. ', (Person(rng, "us").full, PER), '"}],\n',
        '  "extension": [{"url": "', ("https://county-clinic.org/fhir/StructureDefinition/housing-status", URL),
        '", "valueString": "', rng.choice(["unsheltered", "shelter", "stable", "at risk"]), '"}]\n}\n')

@kind("en")
def g_benefits_edi834(rng, b):
    d = rdate(rng)
    ymd = d.strftime("%Y%m%d")
    b.x("ISA*00*          *00*          *ZZ*STATEMEDICAID  *ZZ*MCOPLAN01      *", ymd[2:], "*",
        f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}", "*^*00501*", digits(rng, 9), "*0*P*:~\n",
        "GS*BE*STATEMCD*MCO01*", ymd, "*", f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}", "*", digits(rng, 5), "*X*005010X220A1~\n",
        "ST*834*0001*005010X220A1~\nREF*38*", digits(rng, 8), "~\nN1*P5*STATE DEPT OF HEALTH SERVICES*FI*", digits(rng, 9),
        "~\nN1*IN*COMMUNITY CARE PLAN*FI*", digits(rng, 9), "~\n")
    for _ in range(rng.randint(1, 3)):
        p = Person(rng, "us")
        a = addr(rng, "us")
        beg = rdate(rng).strftime("%Y%m%d")
        b.x("INS*Y*18*021*28*A***FT~\nREF*0F*", (f"{digits(rng, 8)}{rng.choice('ABC')}", HPN), "~\nREF*1L*", digits(rng, 6),
            "~\nDTP*356*D8*", (beg, DT), "~\nNM1*IL*1*", (fold(p.sur).upper(), PER), "*", (fold(p.given).upper(), PER),
            f"*{p.mid}***34*", (ssn(rng).replace("-", ""), SSN), "~\nPER*IP**TE*", (digits(rng, 10), PH), "~\nN3*",
            (a["street"].upper(), ADR), "~\nN4*", (a["city"].upper(), LOC), "*", (a["region"], LOC), "*", a["pc"], "~\n",
            "DMG*D8*", (rdob(rng).strftime("%Y%m%d"), DOB), f"*{p.gender.upper()}~\nHD*021**HMO~\nDTP*348*D8*", (beg, DT), "~\n")
    b.x("SE*", str(rng.randint(20, 60)), "*0001~\nGE*1*", digits(rng, 5), "~\nIEA*1*", digits(rng, 9), "~\n")

@kind("en")
def g_fine_payment(rng, b):
    df, payer = Person(rng, "us"), Person(rng, "us")
    a = addr(rng, "us")
    exp = rdate(rng, 2026, 2030)
    b.x("MUNICIPAL COURT — ONLINE PAYMENT AUTHORIZATION\nCitation / case no.: ", case_no(rng, "us"), "\n",
        "Defendant: ", (df.last_first, PER), "    DOB: ", (fdate(rng, rdob(rng), "us", False), DOB), "\n",
        "Violation: ", rng.choice(["Speeding 15+ over", "No proof of insurance", "Expired registration", "Parking - fire lane"]),
        "\nAmount due: ", money(rng, "us", 45, 900), "   (includes $35.00 court cost)\n\nPAYER INFORMATION\n",
        "Cardholder name: ", (payer.full.upper(), PER), "\nBilling address: ", (a["one"], ADR), "\n",
        "Card number: ", (card(rng), CC), "    Exp: ", (exp.strftime("%m/%Y"), DT), "    CVV: ***\n",
        "Email for receipt: ", (payer.email(rng), EM), "\nPhone: ", (phone(rng, "us"), PH), "\n\n",
        "RECEIPT\nTransaction ID: ch_", alnum(rng, 24), "\nAuthorization code: ", upper_alnum(rng, 6), "\n",
        "Paid with ", rng.choice(["VISA", "Mastercard", "AMEX"]), " ending in ", digits(rng, 4), "\n",
        "Status: APPROVED — please keep this receipt; processing may take 2-3 business days.\n")

@kind("en")
def g_efiling_access_log(rng, b):
    d = rdate(rng)
    paths = ["/api/v2/filings", "/api/v2/cases/search?q=party", "/login", "/docs/download/" + uuid(rng),
             "/api/v2/payments/intent", "/healthz", "/api/v2/service-contacts"]
    for _ in range(rng.randint(7, 14)):
        ip = ipv6(rng) if rng.random() < 0.15 else ipv4(rng)
        r = rng.random()
        ts = f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000"
        if r < 0.65:
            b.x((ip, IP), f" - {rng.choice(['-', 'clerk' + digits(rng, 2), 'efsp_tyler', 'atty' + digits(rng, 4)])} [{ts}] \"",
                rng.choice(["GET", "POST", "PUT"]), " ", rng.choice(paths), " HTTP/1.1\" ", rng.choice(["200", "201", "302", "401", "403", "500"]),
                f" {rng.randint(120, 90000)} \"-\" \"{rng.choice(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'okhttp/4.11.0', 'python-requests/2.31.0'])}\"\n")
        elif r < 0.85:
            b.x(iso_ts(rng, d), "Z WARN auth: failed login for user=", rng.choice(["jdoe", "mwilliams", "clerk07", "admin"]),
                " src=", (ip, IP), f" attempts={rng.randint(2, 9)} req_id={uuid(rng)}\n")
        else:
            b.x(iso_ts(rng, d), "Z INFO firewall: blocked ", (ip, IP), f":{rng.randint(1024, 65000)} -> ", (ipv4(rng), IP),
                f":443 rule=geo-deny ({rng.randint(1, 400)} ms)\n")
    if rng.random() < 0.5:
        tok = rng.random()
        b.x(iso_ts(rng, d), "Z DEBUG outbound webhook headers={'Authorization': 'Bearer ")
        b.e(jwt(rng), JWT) if tok < 0.6 else b.e(generic_secret(rng), SEC)
        b.t("', 'X-Request-Id': '" + uuid(rng) + "'}\n")

@kind("en")
def g_court_env_config(rng, b):
    p = Person(rng, "us")
    lines = [
        ("DATABASE_URL", lambda: b.x("postgres://efile_app:", (password(rng), PW), f"@db-prod.internal:5432/efiling")),
        ("AWS_ACCESS_KEY_ID", lambda: b.e(aws_access(rng), AWSA)),
        ("AWS_SECRET_ACCESS_KEY", lambda: b.e(aws_secret(rng), AWSS)),
        ("STRIPE_SECRET_KEY", lambda: b.e(stripe_key(rng), STR)),
        ("STRIPE_WEBHOOK_SECRET", lambda: b.e(f"whsec_{alnum(rng, 32)}", SEC)),
        ("SLACK_BOT_TOKEN", lambda: b.e(slack_token(rng), SLK)),
        ("SENDGRID_API_KEY", lambda: b.e(f"SG.{alnum(rng, 22)}.{alnum(rng, 43)}", SEC)),
        ("SMTP_PASSWORD", lambda: b.e(password(rng), PW)),
        ("GITHUB_TOKEN", lambda: b.e(gh_token(rng), GH)),
        ("SERVICE_JWT", lambda: b.e(jwt(rng), JWT)),
        ("SIGNING_PRIVATE_KEY", lambda: b.x('"', (pem(rng), PK), '"')),
        ("REDIS_HOST", lambda: b.e(ipv4(rng), IP)),
        ("SUPPORT_EMAIL", lambda: b.e(p.email(rng, "courts-efile.org"), EM)),
        ("OAUTH_CLIENT_SECRET", lambda: b.e(generic_secret(rng), SEC)),
        ("TYLER_API_KEY", lambda: b.t("${TYLER_API_KEY}")),
        ("S3_BUCKET", lambda: b.t("court-docs-prod")),
        ("LOG_LEVEL", lambda: b.t(rng.choice(["info", "debug", "warn"]))),
        ("PAYMENT_TIMEOUT_MS", lambda: b.t(str(rng.randint(1000, 30000)))),
        ("APP_VERSION", lambda: b.t(f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}")),
    ]
    b.x("# e-Filing gateway — ", rng.choice(["production", "staging", "DR site"]), "\n# owner: ", (p.full, PER), "\n",
        "APP_ENV=production\n")
    for k, fn in rng.sample(lines, rng.randint(8, len(lines))):
        b.t(f"{k}=")
        fn()
        b.t("\n")

@kind("en")
def g_k8s_secret(rng, b):
    b.x("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", rng.choice(["benefits-portal-secrets", "snap-eligibility-api",
                                                                        "court-records-sync", "jury-mgmt-db"]),
        "\n  namespace: ", rng.choice(["dhs-prod", "courts", "county-apps"]), "\n  labels:\n    app.kubernetes.io/version: \"",
        f"{rng.randint(1, 4)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", "\"\ntype: Opaque\ndata:\n")
    keys = [("DB_PASSWORD", PW, password), ("SMTP_PASS", PW, password), ("ADMIN_PASSWORD", PW, password),
            ("API_KEY", SEC, generic_secret), ("OAUTH_CLIENT_SECRET", SEC, generic_secret),
            ("WEBHOOK_SIGNING_SECRET", SEC, lambda r: f"whsec_{alnum(r, 32)}"), ("SESSION_SECRET", SEC, lambda r: hexs(r, 64)),
            ("LDAP_BIND_PASSWORD", PW, password)]
    for k, typ, fn in rng.sample(keys, rng.randint(2, 5)):
        b.x(f"  {k}: ", (b64(fn(rng)), typ), "\n")
    if rng.random() < 0.5:
        b.x("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: info\n",
            "  SMTP_HOST: ", (ipv4(rng), IP), "\n  SUPPORT_URL: ", (f"https://help.county-apps.org/kb/{digits(rng, 4)}", URL), "\n",
            "  REPLICAS: \"3\"\n  IMAGE_DIGEST: sha256:", hexs(rng, 64), "\n")

@kind("en")
def g_helpdesk_ticket(rng, b):
    p, tech = Person(rng, "us"), Person(rng, "us")
    pw = password(rng)
    b.x('{\n  "number": "INC', digits(rng, 7), '",\n  "priority": ', str(rng.randint(1, 4)), ',\n  "category": "',
        rng.choice(["Account lockout", "Printer", "Case management system", "VPN"]), '",\n  "caller": {\n',
        '    "name": "', (p.full, PER), '",\n    "email": "', (p.email(rng, rng.choice(["cityhall.gov", "courts-clerk.org", "county-dss.org"])), EM),
        '",\n    "phone": "', (phone(rng, "us"), PH), '",\n    "department": "', rng.choice(["Clerk of Court", "Probation",
                                                                                          "Permits", "Child Welfare"]),
        '"\n  },\n  "asset": {"hostname": "CLK-WS-', digits(rng, 4), '", "ip": "', (ipv4(rng), IP), '", "os_build": "',
        f"10.0.{rng.randint(19041, 22631)}.{rng.randint(1, 4000)}", '"},\n  "assigned_to": "', (tech.full, PER), '",\n',
        '  "work_notes": "User locked out after password expiry. Reset in AD; temporary password ', (pw, PW),
        ' given by phone, must change at next logon. Callback requested for ', (fdt(rng, rdate(rng), "us"), DT), '.",\n',
        '  "sla_breached": false,\n  "sys_id": "', hexs(rng, 32), '"\n}\n')

@kind("en")
def g_ci_workflow(rng, b):
    b.x("name: deploy-", rng.choice(["benefits-portal", "efile-gateway", "permit-tracker", "jury-portal"]),
        "\non:\n  push:\n    branches: [main]\nenv:\n  AWS_REGION: us-gov-west-1\n")
    leak = rng.sample(["aws", "gh", "slack", "stripe", "sec"], rng.randint(1, 3))
    if "aws" in leak:
        b.x("  AWS_ACCESS_KEY_ID: ", (aws_access(rng), AWSA), "\n  AWS_SECRET_ACCESS_KEY: ", (aws_secret(rng), AWSS), "\n")
    else:
        b.t("  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b.t("jobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n",
        f"      - uses: actions/setup-node@{hexs(rng, 40)}\n        with:\n          node-version: 20\n      - run: npm ci && npm test\n")
    if "gh" in leak:
        b.x("      - run: git clone ", ("https://github.com/county-it/shared-config.git", URL), "\n        env:\n          GH_TOKEN: ",
            (gh_token(rng), GH), "\n")
    if "stripe" in leak:
        b.x("      - run: ./scripts/smoke-payments.sh\n        env:\n          STRIPE_KEY: ", (stripe_key(rng), STR), "\n")
    if "sec" in leak:
        b.x("      - run: curl -fsS -H \"X-Api-Key: ", (generic_secret(rng), SEC), "\" ",
            (f"https://status.county-apps.org/api/v1/deploys?build={digits(rng, 5)}", URL), "\n")
    if "slack" in leak:
        b.x("      - name: notify\n        run: |\n          curl -X POST -H \"Authorization: Bearer ", (slack_token(rng), SLK),
            "\" \\\n            -d '{\"channel\":\"#deploys\",\"text\":\"deployed ${{ github.sha }}\"}' ",
            ("https://slack.com/api/chat.postMessage", URL), "\n")
    else:
        b.t("      - run: echo \"SLACK_TOKEN=${{ secrets.SLACK_TOKEN }}\" >> $GITHUB_ENV\n")

@kind("en")
def g_slack_export(rng, b):
    ts = rng.randint(1690000000, 1760000000)
    msgs = [
        lambda: b.x("rotated the clerk DB password, new one is ", (password(rng), PW), " (also in vault)"),
        lambda: b.x("fines portal key for the hotfix: ", (stripe_key(rng), STR)),
        lambda: b.x("token for the docket scraper bot: ", (gh_token(rng), GH)),
        lambda: b.x("evidence bucket creds ", (aws_access(rng), AWSA), " / ", (aws_secret(rng), AWSS)),
        lambda: b.x("can someone call ", (rng.choice([str.lower, str])(Person(rng, "us").full), PER), " at ", (phone(rng, "us"), PH), " re: jury portal outage?"),
        lambda: b.x("VPN gateway is ", (ipv4(rng), IP), " now, old one decommissioned"),
        lambda: b.x("deploy v", f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", " done, build ", hexs(rng, 7)),
        lambda: b.x("who owns INC", digits(rng, 7), "? it's been open 3 days"),
        lambda: b.x("new bot token ", (slack_token(rng), SLK), " — old one revoked"),
        lambda: b.x("jury portal session token from the logs, still valid: ", (jwt(rng), JWT)),
        lambda: b.x("maintenance window ", (fdt(rng, rdate(rng), "us"), DT), ", expect 2h downtime"),
    ]
    b.t('[\n')
    chosen = rng.sample(msgs, rng.randint(3, 6))
    for i, fn in enumerate(chosen):
        p = Person(rng, "us")
        ts += rng.randint(30, 4000)
        b.x('  {"type": "message", "user": "U0', upper_alnum(rng, 8), '", "user_profile": {"real_name": "', (p.full, PER),
            '", "display_name": "', fold(p.given).lower() + fold(p.sur[:1]).lower(), '"}, "ts": "', f"{ts}.{digits(rng, 6)}",
            '", "text": "')
        fn()
        b.t('"}' + ("," if i < len(chosen) - 1 else "") + "\n")
    b.t("]\n")

@kind("en")
def g_uk_council_tax(rng, b):
    p = Person(rng, "uk")
    a = addr(rng, "uk")
    y = rng.randint(2022, 2025)
    d = date(y, 3, rng.randint(1, 20))
    b.x((a["city"], LOC), " City Council\nCouncil Tax Bill ", f"{y}/{(y + 1) % 100:02d}", "\n\nAccount reference: ",
        (digits(rng, rng.choice([8, 9, 10])), ACC), "\nProperty reference: ", f"{digits(rng, 12)}", "\nDate of issue: ",
        (fdate(rng, d, "uk"), DT), "\n\n", (p.upper, PER), "\n", (a["multi"], ADR), "\n\nValuation band: ", rng.choice("ABCDEFG"),
        "    Single person discount: ", rng.choice(["25%", "none"]), "\nCharge period: ", (fdate(rng, date(y, 4, 1), "uk", True), DT),
        " to ", (fdate(rng, date(y + 1, 3, 31), "uk", True), DT), "\nAmount payable: ", money(rng, "uk", 900, 2600), "\n\n",
        "Instalments (Direct Debit):\n")
    for m in range(rng.randint(3, 10)):
        b.x("  ", (fdate(rng, date(y + (m + 3) // 12, (m + 3) % 12 + 1, 1), "uk", False), DT), "   ", money(rng, "uk", 90, 260), "\n")
    b.x("\nPaying from: sort code ", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}", ", account ",
        rng.choice([(digits(rng, 8), ACC), (f"****{digits(rng, 4)}", None)]), "\nQuestions? Call ", (phone(rng, "uk"), PH),
        " or visit ", (f"https://www.{fold(a['city']).lower().replace(' ', '')}.gov.uk/counciltax", URL), "\n")

@kind("en")
def g_foia_request(rng, b):
    cc = rng.choice(["us", "us", "uk"])
    p, off = Person(rng, cc), Person(rng, cc)
    a = addr(rng, cc)
    city = city_of(rng, cc)
    b.x((p.full, PER), "\n", (a["multi"], ADR), "\n", (p.email(rng), EM), " | ", (phone(rng, cc), PH), "\n\n",
        (fdate(rng, rdate(rng), cc, True), DT), "\n\nPublic Records Officer\nPolice Department, City of ", (city, LOC), "\n\n",
        "Re: ", "Public Records Request" if cc == "us" else "Freedom of Information Act 2000 request", " — Incident No. ",
        f"{rng.randint(20, 25)}-{digits(rng, 6)}", "\n\nDear Records Officer,\n\n",
        "I request copies of the following records: (1) the incident report and supplemental narratives; (2) body-worn "
        "camera footage from all responding officers; (3) CAD logs, relating to the call on ",
        (fdt(rng, rdate(rng), cc), DT), " at ", (addr(rng, cc)["one"], ADR), ", which involved Officer ", (off.full, PER),
        f" (badge {digits(rng, 4)}).\n\n", "I am willing to pay fees up to ", money(rng, cc, 20, 100),
        ". Please provide records electronically to the e-mail above. If any portion is withheld, please cite the exemption.\n",
        *(("Fees may be charged to my card ", (card(rng), CC), ", expiry ", (rdate(rng, 2026, 2030).strftime("%m/%Y"), DT), ".\n")
          if rng.random() < 0.5 else ()), "\n",
        "Sincerely,\n", (p.full, PER), "\n")

@kind("en")
def g_vendor_sftp_handover(rng, b):
    it, vend = Person(rng, "us"), Person(rng, "us")
    b.x("Subject: SFTP access for the court records migration\n\n", rng.choice(["Hi ", "Hello "]), (vend.given, PER), ",\n\n",
        "As agreed, here are the connection details for the records drop. Host: ", (ipv4(rng), IP), " (port 2222), user: ",
        rng.choice(["ctrecords_vendor", "sftp-migr", "dataxfer01"]), ".\n",
        *(("Fallback password: ", (password(rng), PW), "\n") if rng.random() < 0.6 else ()),
        "The deploy key is below — please do not forward it and delete this message once installed:\n\n", (pem(rng), PK), "\n\n",
        "Files must be encrypted before upload; the job runs nightly and keeps 14 days of history. Questions: ",
        (phone(rng, "us"), PH), " or ", (it.email(rng, rng.choice(["courts-it.org", "county-apps.org"])), EM), ".\n\nThanks,\n",
        (it.full, PER), "\nCourt Technology Services\n")

# ---------------------------------------------------------------- German
def greet_de(p: Person) -> str:
    return "Sehr geehrter Herr " if p.gender == "m" else "Sehr geehrte Frau "

@kind("de")
def g_de_ladung(rng, b):
    ga, pa = addr(rng, "de"), addr(rng, "de")
    p, kl, bk, ra, mb = (Person(rng, "de") for _ in range(5))
    d = rdate(rng)
    b.x("Amtsgericht ", (ga["city"], LOC), "\n", (ga["one"], ADR), "\n\nGeschäftszeichen: ", case_no(rng, "de"),
        "\nBitte bei allen Schreiben angeben!\n", (ga["city"], LOC), ", ", (fdate(rng, d, "de"), DT), "\n\n",
        "Herrn\n" if p.gender == "m" else "Frau\n", (p.full, PER), "\n", (pa["multi"], ADR), "\n\n",
        "Ladung zum Termin\n\nIn dem Rechtsstreit\n", (kl.full, PER), " ./. ", (bk.full, PER), "\nwegen ",
        rng.choice(["Forderung aus Mietverhältnis", "Räumung", "Schadensersatz", "Kaufpreisforderung"]), "\n\n",
        "werden Sie als ", rng.choice(["Zeuge", "Partei"]), " zum Termin zur mündlichen Verhandlung auf\n\n",
        (fdt(rng, d + timedelta(days=rng.randint(14, 60)), "de", True), DT), ", Sitzungssaal ",
        f"{rng.randint(1, 4)}.{rng.randint(1, 40):02d}", ", Erdgeschoss,\n\ngeladen. Das persönliche Erscheinen ist angeordnet "
        "(§ 141 ZPO). Bringen Sie bitte dieses Schreiben und einen Lichtbildausweis mit.\n\n",
        "Prozessbevollmächtigter der Klagepartei: Rechtsanwalt ", (ra.full, PER), ", ", rng.choice(FIRMS["de"]),
        ", Tel. ", (phone(rng, "de"), PH), "\n\nMit freundlichen Grüßen\nAuf Anordnung\n", (mb.full, PER),
        ", Justizbeschäftigte\nDieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.\n")

@kind("de")
def g_de_jobcenter(rng, b):
    ja, pa = addr(rng, "de"), addr(rng, "de")
    p, sb = Person(rng, "de"), Person(rng, "de")
    d = rdate(rng)
    start = date(d.year, d.month, 1)
    b.x("Jobcenter ", (ja["city"], LOC), " · ", (ja["one"], ADR), "\n", (p.full, PER), " · ", (pa["one"], ADR), "\n\n",
        "Nummer der Bedarfsgemeinschaft: ", f"{digits(rng, 5)}BG{digits(rng, 7)}", "\nDatum: ", (fdate(rng, d, "de"), DT), "\n\n",
        "Bescheid über die Bewilligung von Leistungen zur Sicherung des Lebensunterhalts (Bürgergeld)\n\n",
        greet_de(p), (p.sur, PER), ",\n\nfür die Zeit vom ", (fdate(rng, start, "de", False), DT), " bis ",
        (fdate(rng, start + timedelta(days=180), "de", False), DT), " werden Ihnen und den mit Ihnen in der Bedarfsgemeinschaft "
        "lebenden Personen Leistungen in Höhe von monatlich ", money(rng, "de", 600, 2400), " bewilligt.\n\n",
        "Mitglieder der Bedarfsgemeinschaft:\n")
    for q in [p] + [Person(rng, "de", culture=p.culture) for _ in range(rng.randint(0, 3))]:
        b.x("  - ", (q.full, PER), ", geb. ", (fdate(rng, rdob(rng), "de", False), DOB), "\n")
    b.x("\nDie Leistungen werden auf das Konto IBAN ", (iban(rng, "DE"), IBAN), " (BIC ", rng.choice(BIC[:2] + BIC[-1:]),
        ") überwiesen.\nKrankenversicherung: Sie sind bei der ", rng.choice(["AOK", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"]),
        " pflichtversichert, Versichertennummer ", (f"{rng.choice(string.ascii_uppercase)}{digits(rng, 9)}", HPN), ".\n\n",
        "Ihre Ansprechpartnerin: ", (sb.full, PER), ", Telefon ", (phone(rng, "de"), PH), ", E-Mail ",
        (f"jobcenter-{fold(ja['city']).lower().split()[0]}.team{rng.randint(100, 999)}@jobcenter-ge.de", EM), "\n\n",
        "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.\n")

@kind("de")
def g_de_finanzamt(rng, b):
    fa, pa = addr(rng, "de"), addr(rng, "de")
    p, sb = Person(rng, "de"), Person(rng, "de")
    d = rdate(rng)
    b.x("Finanzamt ", (fa["city"], LOC), "\n", (fa["multi"], ADR), "\n\n", (p.full, PER), "\n", (pa["multi"], ADR), "\n\n",
        "Steuernummer: ", f"{digits(rng, 2)}/{digits(rng, 3)}/{digits(rng, 5)}", "\nDatum: ", (fdate(rng, d, "de"), DT), "\n\n",
        "Einkommensteuer ", str(d.year - 1), " — Anforderung von Unterlagen\n\n", greet_de(p), (p.sur, PER), ",\n\n",
        "für die Bearbeitung Ihrer Einkommensteuererklärung ", str(d.year - 1), " benötige ich noch folgende Unterlagen:\n",
        "  1. Nachweis über Unterhaltszahlungen an ", (Person(rng, "de", culture=p.culture).full, PER), "\n",
        "  2. Belege zu den Fahrtkosten (Entfernung ", str(rng.randint(5, 80)), " km)\n",
        "Bitte reichen Sie die Unterlagen bis zum ", (fdate(rng, d + timedelta(days=28), "de"), DT), " ein, gerne über ",
        ("https://www.elster.de/eportal/", URL), ".\nEine Erstattung von voraussichtlich ", money(rng, "de", 100, 3000),
        " wird auf das Konto ", (iban(rng, "DE"), IBAN), " überwiesen.\n\nMit freundlichen Grüßen\nIm Auftrag\n", (sb.full, PER),
        "\nZimmer ", str(rng.randint(100, 499)), " · Telefon ", (phone(rng, "de"), PH), "\n")

@kind("de")
def g_de_notar(rng, b):
    nt, v, k = Person(rng, "de"), Person(rng, "de"), Person(rng, "de")
    city = rng.choice(CITIES["de"])[0]
    obj = addr(rng, "de")
    d = rdate(rng)
    b.x("UR-Nr. ", f"{rng.randint(100, 2999)}/{d.year}", "\n\nKaufvertrag\n\nVerhandelt zu ", (city, LOC), " am ",
        (fdate(rng, d, "de", True), DT), ".\n\nVor mir, dem unterzeichnenden Notar\n", (nt.full, PER), "\nmit dem Amtssitz in ",
        (city, LOC), ", erschienen heute:\n\n")
    for n, q, role in ((1, v, "Verkäufer"), (2, k, "Käufer")):
        b.x(f"{n}. ", "Herr " if q.gender == "m" else "Frau ", (q.full, PER), ", geboren am ", (fdate(rng, rdob(rng), "de"), DOB),
            ", wohnhaft ", (addr(rng, "de")["one"], ADR), ", ausgewiesen durch gültigen Personalausweis,\n",
            f"   – nachstehend „{role}“ genannt –\n")
    b.x("\nDie Erschienenen erklärten:\n\n§ 1 Grundbuchstand\nIm Grundbuch des Amtsgerichts ", (obj["city"], LOC), " von ",
        (obj["city"], LOC), " Blatt ", str(rng.randint(100, 30000)), " ist folgender Grundbesitz eingetragen: Flur ",
        str(rng.randint(1, 30)), ", Flurstück ", f"{rng.randint(1, 900)}/{rng.randint(1, 9)}", ", Gebäude- und Freifläche, ",
        (obj["one"], ADR), ", groß ", str(rng.randint(180, 1200)), " m².\n\n§ 2 Kaufpreis\nDer Kaufpreis beträgt ",
        money(rng, "de", 120000, 900000), ". Er ist fällig bis zum ", (fdate(rng, d + timedelta(days=45), "de"), DT),
        " und auf das Konto des Verkäufers IBAN ", (iban(rng, "DE"), IBAN), " zu zahlen.\n\n",
        "Vorgelesen vom Notar, von den Beteiligten genehmigt und eigenhändig unterschrieben.\n")

@kind("de")
def g_de_polizei(rng, b):
    city = rng.choice(CITIES["de"])[0]
    beamt, ges, tv = Person(rng, "de"), Person(rng, "de"), Person(rng, "de")
    d = rdate(rng)
    b.x("Polizeipräsidium ", (city, LOC), "\nStrafanzeige – Vorgangsnummer ", f"{digits(rng, 6)}/{d.year}", "\n",
        "Aufnehmende/r Beamt/in: ", rng.choice(["POK", "PHK", "KOK", "POKin"]), " ", (beamt.full, PER), "\n\n",
        "Delikt: ", rng.choice(["Wohnungseinbruchdiebstahl", "Körperverletzung", "Sachbeschädigung an Kfz", "Betrug (Enkeltrick)"]),
        "\nTatzeit: ", (fdt(rng, d, "de"), DT), "\nTatort: ", (addr(rng, "de")["one"], ADR), "\n\nGeschädigte/r:\n",
        (ges.last_first, PER), ", geb. ", (fdate(rng, rdob(rng), "de", False), DOB), " in ", (city_of(rng, "de"), LOC), "\n",
        "wohnhaft: ", (addr(rng, "de")["one"], ADR), "\nTelefon: ", (phone(rng, "de"), PH), "\n\nTatverdächtige/r:\n",
        (tv.last_first.upper(), PER), ", geb. ", (fdate(rng, rdob(rng), "de", False), DOB), ", Führerschein-Nr. ",
        (dl_number(rng, "de"), DL), "\nFahrzeug: ", rng.choice(["VW Golf", "Opel Astra", "BMW 320d"]), ", amtl. Kennzeichen ",
        plate(rng, "de"), "\n\nSachverhalt:\nDie Geschädigte gab an, dass ", (tv.given, PER),
        " sie nach einem Streit vor dem Haus geschubst habe. Die Zeugin ", (Person(rng, "de", "f").full, PER),
        " bestätigte den Vorfall. Eine Streife war nach ca. 12 Minuten vor Ort.\n",
        *(("Zusätzlich wurde die Kreditkarte ", (card(rng), CC), " der Geschädigten mit ", money(rng, "de", 50, 900), " belastet.\n")
          if rng.random() < 0.5 else ()))

@kind("de")
def g_de_jugendamt(rng, b):
    city = rng.choice(CITIES["de"])[0]
    fk, mu = Person(rng, "de"), Person(rng, "de", "f")
    kids = [Person(rng, "de", culture=mu.culture) for _ in range(rng.randint(1, 3))]
    b.x("Jugendamt ", (city, LOC), " – Allgemeiner Sozialer Dienst\nAktenvermerk Hausbesuch\n\nDatum/Uhrzeit: ",
        (fdt(rng, rdate(rng), "de", False), DT), "\nFachkraft: ", (fk.full, PER), "\nFamilie: ", (mu.full, PER),
        " (Mutter, geb. ", (fdate(rng, rdob(rng), "de", False), DOB), ")")
    for c in kids:
        b.x(", ", (c.given, PER), f" ({rng.randint(1, 15)} J.)")
    b.x("\nAnschrift: ", (addr(rng, "de")["one"], ADR), "\nTelefon: ", (phone(rng, "de"), PH), "\n\nBeobachtungen:\n",
        "Die Wohnung war ", rng.choice(["aufgeräumt", "stark vermüllt", "kalt, Heizung defekt"]), ". ", (mu.given, PER),
        " berichtete, dass der Kindsvater ", (Person(rng, "de", "m").full, PER), " seit Wochen keinen Unterhalt zahle. ",
        (kids[0].given, PER), " besucht die Kita regelmäßig.\nVereinbarung: Termin bei der Schuldnerberatung am ",
        (fdt(rng, rdate(rng), "de"), DT), ". Nächster Hausbesuch in 4 Wochen.\n")

# ---------------------------------------------------------------- French
def civ_fr(p: Person, rng) -> str:
    return rng.choice(["M. ", "Monsieur "]) if p.gender == "m" else rng.choice(["Mme ", "Madame "])

@kind("fr")
def g_fr_convocation(rng, b):
    ta, pa = addr(rng, "fr"), addr(rng, "fr")
    p, adv, gr, op = (Person(rng, "fr") for _ in range(4))
    d = rdate(rng)
    b.x("TRIBUNAL JUDICIAIRE DE ", (ta["city"].upper(), LOC), "\n", (ta["one"], ADR), "\nService du greffe — Pôle social\n",
        case_no(rng, "fr"), "\n\n", civ_fr(p, rng), (p.full, PER), "\n", (pa["multi"], ADR), "\n\nCONVOCATION À L'AUDIENCE\n\n",
        civ_fr(p, rng).strip(), ",\nVous êtes convoqué(e) à l'audience du ", (fdt(rng, d + timedelta(days=30), "fr", True), DT),
        ", salle ", str(rng.randint(1, 12)), ", en qualité de ", rng.choice(["demandeur", "défendeur", "témoin"]),
        " dans l'affaire opposant ", (op.full, PER), " à ", rng.choice([("la CPAM", None), ("la CAF", None), (p.full, PER)]),
        ".\nVous pouvez vous faire assister ou représenter par un avocat, par exemple Me ", (adv.full, PER), " (",
        rng.choice(FIRMS["fr"]), ").\nMerci de vous munir de cette convocation et d'une pièce d'identité.\n\n",
        "Contact du greffe : ", (phone(rng, "fr"), PH), " — ", (f"greffe.tj-{fold(ta['city']).lower().replace(' ', '-')}@justice.fr", EM),
        "\n\nFait à ", (ta["city"], LOC), ", le ", (fdate(rng, d, "fr"), DT), "\nLe greffier, ", (gr.full, PER), "\n")

@kind("fr")
def g_fr_caf(rng, b):
    p, cj = Person(rng, "fr"), Person(rng, "fr")
    a = addr(rng, "fr")
    b.x("Caisse d'allocations familiales\nDEMANDE D'AIDE PERSONNALISÉE AU LOGEMENT\nN° allocataire : ", digits(rng, 7), "\n\n",
        "VOUS\nNom : ", (p.sur.upper(), PER), "    Prénom(s) : ", (p.given, PER), "\nDate de naissance : ",
        (fdate(rng, rdob(rng), "fr", False), DOB), "    Lieu de naissance : ", (rng.choice([city_of(rng, "fr"), rng.choice(FOREIGN_PLACES)]), LOC),
        "\nAdresse : ", (a["street"], ADR), "\nCode postal : ", a["pc"], "    Commune : ", (a["city"], LOC), "\n",
        "Téléphone : ", (phone(rng, "fr"), PH), "    Courriel : ", (p.email(rng), EM), "\n\n")
    if rng.random() < 0.6:
        b.x("VOTRE CONJOINT(E)\nNom et prénom : ", (f"{cj.sur.upper()} {cj.given}", PER), "    né(e) le ",
            (fdate(rng, rdob(rng), "fr", False), DOB), "\n\n")
    b.x("ENFANTS À CHARGE\n")
    for _ in range(rng.randint(0, 3)):
        b.x("  ", (Person(rng, "fr", culture=p.culture).given, PER), " — né(e) le ", (fdate(rng, rdate(rng, 2008, 2023), "fr", False), DOB), "\n")
    b.x("\nVOTRE LOGEMENT\nBailleur : ", rng.choice([(Person(rng, "fr").full, PER), ("SA HLM Habitat Ouest", None), ("Foncia Gestion", None)]),
        "\nLoyer mensuel hors charges : ", money(rng, "fr", 300, 1100), "\nDate d'entrée dans le logement : ",
        (fdate(rng, rdate(rng), "fr", False), DT), "\n\nCOORDONNÉES BANCAIRES\nIBAN : ", (iban(rng, "FR", True), IBAN), "    BIC : ",
        rng.choice(BIC[2:3] + ["CCBPFRPPXXX", "AGRIFRPP882"]), "\n\nFait à ", (a["city"], LOC), ", le ", (fdate(rng, rdate(rng), "fr"), DT),
        "\nSignature : ", (p.full, PER), "\n")

@kind("fr")
def g_fr_acte_notarie(rng, b):
    nt, v, ac = Person(rng, "fr"), Person(rng, "fr"), Person(rng, "fr")
    city = city_of(rng, "fr")
    bien = addr(rng, "fr")
    d = rdate(rng)
    b.x("ACTE DE VENTE\n\nLe ", (fdate(rng, d, "fr", True), DT), ",\nMaître ", (nt.full, PER),
        ", notaire associé de la société « Office notarial des Tilleuls », titulaire d'un office notarial à ", (city, LOC),
        ",\nA reçu le présent acte authentique à la requête des personnes ci-après identifiées.\n\n")
    for role, q in (("VENDEUR", v), ("ACQUÉREUR", ac)):
        b.x(role, "\n", civ_fr(q, rng), (q.full, PER), ", ", rng.choice(["retraité(e)", "infirmier(ère)", "employé(e)",
                                                                         "chauffeur", "enseignant(e)"]),
            ", demeurant ", (addr(rng, "fr")["one"], ADR), ", né(e) à ", (city_of(rng, "fr"), LOC), " le ",
            (fdate(rng, rdob(rng), "fr", True), DOB), ".\n\n")
    b.x("DÉSIGNATION\nÀ ", (bien["city"], LOC), ", ", (bien["street"], ADR), ", un appartement de ", str(rng.randint(2, 5)),
        " pièces au ", str(rng.randint(1, 7)), "e étage, cadastré section ", alnum(rng, 2, string.ascii_uppercase), " n° ",
        str(rng.randint(10, 999)), ".\n\nPRIX\nLa vente est consentie moyennant le prix de ", money(rng, "fr", 90000, 600000),
        ", payé ce jour par virement sur le compte du vendeur IBAN ", (iban(rng, "FR"), IBAN), ".\n\n",
        "DONT ACTE sur ", str(rng.randint(8, 30)), " pages.\n")

@kind("fr")
def g_fr_defenseur(rng, b):
    p, ag = Person(rng, "fr"), Person(rng, "fr")
    city = city_of(rng, "fr")
    b.x("Défenseur des droits — Formulaire de réclamation en ligne\nRéférence : ", f"{rng.randint(2021, 2025)}-{digits(rng, 6)}", "\n\n",
        "Réclamant : ", civ_fr(p, rng), (p.full, PER), "\nAdresse électronique : ", (p.email(rng), EM), "\nTéléphone : ",
        (phone(rng, "fr"), PH), "\nAdresse postale : ", (addr(rng, "fr")["one"], ADR), "\n\n",
        "Organisme mis en cause : ", rng.choice(["Préfecture de ", "Caisse primaire d'assurance maladie de ", "Mairie de "]), (city, LOC),
        "\n\nExposé des faits :\nDepuis le ", (fdate(rng, rdate(rng), "fr", True), DT),
        ", ma demande de renouvellement de titre de séjour (n° AGDREF ", digits(rng, 10), ") n'a reçu aucune réponse. ",
        "J'ai été reçu(e) au guichet par ", (ag.full, PER), " qui m'a remis un récépissé expirant le ",
        (fdate(rng, rdate(rng), "fr"), DT), ". Sans récépissé valide, mon employeur menace de suspendre mon contrat. ",
        "Un nouveau rendez-vous m'a été proposé le ", (fdt(rng, rdate(rng), "fr"), DT), ", soit après l'expiration.\n\n",
        "Démarches déjà effectuées : courrier recommandé (n° ", f"1A {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 1)}",
        "), trois appels au standard.\n")

# ---------------------------------------------------------------- Spanish
@kind("es")
def g_es_denuncia(rng, b):
    city = city_of(rng, "es")
    p, sos = Person(rng, "es"), Person(rng, "es")
    d = rdate(rng)
    b.x("DIRECCIÓN GENERAL DE LA POLICÍA\nComisaría Provincial de ", (city, LOC), "\nATESTADO N.º ", f"{digits(rng, 5)}/{d.year % 100}",
        "\n\nDENUNCIA\n\nEn ", (city, LOC), ", siendo las ", (ftime(rng, "es"), DT), " horas del día ", (fdate(rng, d, "es", True), DT),
        ", ante el Instructor, funcionario con carné profesional ", digits(rng, 6), ", COMPARECE:\n\n", (p.full.upper(), PER),
        ", nacido/a el ", (fdate(rng, rdob(rng), "es"), DOB), " en ", (rng.choice([city_of(rng, "es"), rng.choice(FOREIGN_PLACES)]), LOC),
        ", con domicilio en ", (addr(rng, "es")["one"], ADR), ", teléfono ", (phone(rng, "es"), PH), " y correo electrónico ",
        (p.email(rng), EM), ", quien MANIFIESTA:\n\n", "PRIMERO.- Que el pasado ", (fdt(rng, d - timedelta(days=rng.randint(0, 5)), "es"), DT),
        ", le fue sustraído su vehículo ", rng.choice(["SEAT Ibiza", "Renault Clio", "Toyota Corolla"]), " con matrícula ",
        plate(rng, "es"), ", estacionado en ", (addr(rng, "es")["street"], ADR), ".\n",
        "SEGUNDO.- Que su tarjeta bancaria ", *(("n.º ", (card(rng), CC)) if rng.random() < 0.5 else ("terminada en ", digits(rng, 4))),
        " fue utilizada posteriormente para pagos por importe de ",
        money(rng, "es", 40, 900), ".\n", "TERCERO.- Que sospecha de ", (sos.full, PER), ", antiguo compañero de piso.\n\n",
        "Leída la presente, la encuentra conforme y firma con el Instructor.\n")

@kind("es")
def g_es_sepe(rng, b):
    p = Person(rng, "es", culture="es")
    s1, _, s2 = p.sur.partition(" ")
    a = addr(rng, "es")
    b.x("SERVICIO PÚBLICO DE EMPLEO ESTATAL\nSOLICITUD DE PRESTACIÓN CONTRIBUTIVA POR DESEMPLEO\n\n1. DATOS PERSONALES\n",
        "Primer apellido: ", (s1, PER), "    Segundo apellido: ", (s2, PER) if s2 else "", "    Nombre: ", (p.given, PER), "\n",
        "Fecha de nacimiento: ", (fdate(rng, rdob(rng), "es", False), DOB), "    Nacionalidad: ", rng.choice(["española", "marroquí", "rumana"]),
        "\nDomicilio: ", (a["street"], ADR), "\nLocalidad: ", (a["city"], LOC), "    Provincia: ", (a["region"], LOC), "    C.P.: ", a["pc"],
        "\nTeléfono: ", (phone(rng, "es"), PH), "    Correo electrónico: ", (p.email(rng), EM), "\n\n2. DATOS BANCARIOS\nIBAN: ",
        (iban(rng, "ES"), IBAN), "\n\n3. ÚLTIMA RELACIÓN LABORAL\nEmpresa: ", rng.choice(["Limpiezas Levante S.L.", "Hostelería del Sur S.A.",
                                                                                       "Mercadona", "Construcciones Aguirre S.L."]),
        "\nFecha de baja: ", (fdate(rng, rdate(rng), "es", False), DT), "    Causa: fin de contrato temporal\n",
        "Días cotizados en los últimos 6 años: ", str(rng.randint(360, 2100)), "\n\nEn ", (a["city"], LOC), ", a ",
        (fdate(rng, rdate(rng), "es", True), DT), "\nFirma del solicitante: ", (p.full, PER), "\n")

@kind("es")
def g_es_nota_simple(rng, b):
    reg = city_of(rng, "es")
    fin = addr(rng, "es")
    t1, nt = Person(rng, "es"), Person(rng, "es", "m")
    d = rdate(rng)
    n = rng.randint(10000000, 99999999)
    b.x("REGISTRO DE LA PROPIEDAD DE ", (reg.upper(), LOC), " N.º ", str(rng.randint(1, 9)), "\nNOTA SIMPLE INFORMATIVA\n",
        "Fecha de emisión: ", (fdate(rng, d, "es"), DT), "\n\nDESCRIPCIÓN DE LA FINCA\nFinca de ", (reg, LOC), " n.º: ",
        digits(rng, 5), "    IDUFIR: ", digits(rng, 14), "\nURBANA: Vivienda sita en ", (fin["one"], ADR), ". Superficie construida: ",
        str(rng.randint(45, 160)), " m². Referencia catastral: ", upper_alnum(rng, 20), "\n\nTITULARIDADES\n",
        (t1.full.upper(), PER), ", con N.I.F. ", f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}",
        ", titular del 100% del pleno dominio por título de compraventa, en virtud de escritura autorizada por el notario de ",
        (reg, LOC), ", don ", (nt.full, PER), ", el ", (fdate(rng, rdate(rng, 2005, 2024), "es", True), DT), ".\n\nCARGAS\n",
        "Hipoteca a favor de ", rng.choice(["CaixaBank, S.A.", "Banco Santander, S.A.", "BBVA"]), " en garantía de un préstamo de ",
        money(rng, "es", 60000, 300000), ".\n\nEsta nota simple tiene valor puramente informativo (art. 222.5 LH).\n")

@kind("es")
def g_es_email_abogado(rng, b):
    ab, cl = Person(rng, "es"), Person(rng, "es")
    d = rdate(rng)
    b.x("De: ", (ab.full, PER), " <", (ab.email(rng, rng.choice(["navarroabogados.es", "echeverria-ruiz.com"])), EM), ">\n",
        "Para: ", (cl.email(rng), EM), "\nFecha: ", rfc2822(rng, d), "\nAsunto: Juicio de desahucio — señalamiento\n\n",
        "Estimado/a ", (cl.given, PER), ":\n\nLe informo de que el Juzgado de Primera Instancia n.º ", str(rng.randint(1, 80)), " de ",
        (city_of(rng, "es"), LOC), " ha señalado la vista para el ", (fdt(rng, d + timedelta(days=25), "es"), DT),
        ". Es imprescindible que aporte los recibos del alquiler y el contrato. La parte contraria, representada por la procuradora ",
        (Person(rng, "es", "f").full, PER), ", reclama ", money(rng, "es", 800, 9000), ".\n\n",
        "Puede llamarme al ", (phone(rng, "es"), PH), ". Nuestra provisión de fondos puede ingresarse en la cuenta ",
        (iban(rng, "ES"), IBAN), ".\n\nUn saludo,\n", (ab.full, PER), "\n", rng.choice(FIRMS["es"]), "\n", (addr(rng, "es")["one"], ADR), "\n")

# ---------------------------------------------------------------- Italian
@kind("it")
def g_it_citazione(rng, b):
    at, cv, av = Person(rng, "it"), Person(rng, "it"), Person(rng, "it")
    trib = city_of(rng, "it")
    d = rdate(rng)
    b.x("TRIBUNALE ORDINARIO DI ", (trib.upper(), LOC), "\nATTO DI CITAZIONE\n\n", "Sig." if at.gender == "m" else "Sig.ra", " ",
        (at.full, PER), ", nato/a a ", (city_of(rng, "it"), LOC), " il ", (fdate(rng, rdob(rng), "it"), DOB), ", residente in ",
        (addr(rng, "it")["one"], ADR), ", rappresentato/a e difeso/a dall'Avv. ", (av.full, PER), " del Foro di ", (trib, LOC),
        " (PEC: ", (f"{fold(av.sur).lower().replace(' ', '').replace(chr(39), '')}.{fold(av.given).lower()}@pec.ordineavvocati.it", EM),
        "; tel. ", (phone(rng, "it"), PH), ")\n\nCITA\n\n", "il sig." if cv.gender == "m" else "la sig.ra", " ", (cv.full, PER),
        ", residente in ", (addr(rng, "it")["one"], ADR), ", a comparire all'udienza del ", (fdt(rng, d + timedelta(days=90), "it"), DT),
        ", innanzi al Giudice designando, con invito a costituirsi nel termine di settanta giorni prima dell'udienza.\n\n",
        "Valore della causa: ", money(rng, "it", 2000, 50000), " — Contributo unificato: € 237,00\n\n", (trib, LOC), ", ",
        (fdate(rng, d, "it"), DT), "\nAvv. ", (av.full, PER), "\n")

@kind("it")
def g_it_agenzia_entrate(rng, b):
    p, fz = Person(rng, "it"), Person(rng, "it")
    a = addr(rng, "it")
    d = rdate(rng)
    b.x("Agenzia delle Entrate — Direzione Provinciale di ", (city_of(rng, "it"), LOC), "\nUfficio Controlli\nProt. n. ",
        f"{d.year}/{digits(rng, 6)}", "\n\nAl contribuente\n", (p.upper, PER), "\n", (a["multi"], ADR), "\n\n",
        "Oggetto: Comunicazione di irregolarità — Anno d'imposta ", str(d.year - 2), "\nData: ", (fdate(rng, d, "it"), DT), "\n\n",
        "Gentile contribuente,\ndal controllo automatizzato della dichiarazione è emersa una differenza di ", money(rng, "it", 100, 6000),
        ". Può regolarizzare versando l'importo entro il ", (fdate(rng, d + timedelta(days=60), "it", True), DT),
        " tramite modello F24. L'eventuale rimborso sarà accreditato sul conto IBAN ", (iban(rng, "IT"), IBAN), ".\n\n",
        "Per informazioni: ", (phone(rng, "it"), PH), " oppure ", ("https://www.agenziaentrate.gov.it/portale/contatta", URL), "\n",
        "Il funzionario responsabile: ", (fz.full, PER), "\n")

@kind("it")
def g_it_email_avvocato(rng, b):
    av, cl = Person(rng, "it"), Person(rng, "it")
    d = rdate(rng)
    b.x("Da: ", (av.full, PER), " <", (av.email(rng, "studiolegaleconti.it"), EM), ">\nA: ", (cl.full, PER), " <",
        (cl.email(rng), EM), ">\nData: ", rfc2822(rng, d), "\nOggetto: Ricorso permesso di soggiorno — aggiornamento\n\n",
        "Gentile ", (cl.given, PER), ",\n\nla informo che il TAR ha fissato l'udienza camerale per il ",
        (fdt(rng, d + timedelta(days=40), "it"), DT), ". La Questura di ", (city_of(rng, "it"), LOC),
        " ha depositato la documentazione solo ieri. Le chiedo di portarmi entro venerdì il contratto di lavoro e le ultime tre "
        "buste paga.\n\nMi può chiamare al ", (phone(rng, "it"), PH), ". Il collega ", (Person(rng, "it").full, PER),
        " mi sostituirà durante le ferie.\n\nCordiali saluti\nAvv. ", (av.full, PER), "\n", rng.choice(FIRMS["it"]), "\n",
        (addr(rng, "it")["one"], ADR), "\n")

# ---------------------------------------------------------------- Portuguese
@kind("pt")
def g_pt_seguranca_social(rng, b):
    p = Person(rng, "pt")
    a = addr(rng, "pt")
    b.x("SEGURANÇA SOCIAL\nRequerimento de Prestações de Desemprego — Mod. RP 5044\n\n1. IDENTIFICAÇÃO DO REQUERENTE\n",
        "Nome completo: ", (p.full, PER), "\nData de nascimento: ", (fdate(rng, rdob(rng), "pt", False), DOB), "    Naturalidade: ",
        (rng.choice([city_of(rng, "pt"), "Luanda, Angola", "Praia, Cabo Verde", "São Paulo, Brasil"]), LOC), "\nMorada: ", (a["street"], ADR),
        "\nCódigo postal: ", a["pc"], "    Localidade: ", (a["city"], LOC), "\nTelemóvel: ", (phone(rng, "pt"), PH), "    Email: ",
        (p.email(rng), EM), "\n\n2. PAGAMENTO\nIBAN: ", (iban(rng, "PT"), IBAN), "\n\n3. SITUAÇÃO PROFISSIONAL\nEntidade empregadora: ",
        rng.choice(["Continente Hipermercados S.A.", "Hotel Estrela do Mar Lda.", "Limpezas Tejo Lda."]), "\nData da cessação do contrato: ",
        (fdate(rng, rdate(rng), "pt", False), DT), "\nMotivo: caducidade do contrato a termo\n\nData: ", (fdate(rng, rdate(rng), "pt"), DT),
        "    Assinatura: ", (p.full, PER), "\n")

@kind("pt")
def g_pt_citacao(rng, b):
    c = city_of(rng, "pt")
    r, a_, md = Person(rng, "pt"), Person(rng, "pt"), Person(rng, "pt")
    d = rdate(rng)
    b.x("Tribunal Judicial da Comarca de ", (c, LOC), "\nJuízo Local Cível — Juiz ", str(rng.randint(1, 5)), "\n", case_no(rng, "pt"),
        "\n\nCITAÇÃO\n\nFica V. Ex.ª citado(a), ", (r.full, PER), ", residente em ", (addr(rng, "pt")["one"], ADR),
        ", para, no prazo de 30 dias, contestar a ação declarativa de condenação movida por ", (a_.full, PER),
        ", com o valor de ", money(rng, "pt", 1000, 30000), ".\n\nAudiência prévia designada para ", (fdt(rng, d, "pt"), DT), ".\n",
        "Mandatário do autor: Dr. ", (md.full, PER), ", ", rng.choice(FIRMS["pt"]), ", telefone ", (phone(rng, "pt"), PH), ", email ",
        (md.email(rng, "advogados-mp.pt"), EM), "\n\n", (c, LOC), ", ", (fdate(rng, d - timedelta(days=40), "pt", True), DT),
        "\nO Oficial de Justiça, ", (Person(rng, "pt").full, PER), "\n")

# ---------------------------------------------------------------- Dutch
@kind("nl")
def g_nl_uwv(rng, b):
    p = Person(rng, "nl")
    a = addr(rng, "nl")
    b.x("UWV — Aanvraag WW-uitkering\nOverzicht van uw gegevens\n\nNaam: ", (p.full, PER), "\nGeboortedatum: ",
        (fdate(rng, rdob(rng), "nl"), DOB), "\nAdres: ", (a["street"], ADR), "\nPostcode en woonplaats: ", a["pc"], " ", (a["city"], LOC),
        "\nTelefoonnummer: ", (phone(rng, "nl"), PH), "\nE-mailadres: ", (p.email(rng), EM), "\nRekeningnummer (IBAN): ",
        (iban(rng, "NL"), IBAN), "\n\nLaatste werkgever: ", rng.choice(["PostNL", "Albert Heijn B.V.", "Schoonmaakbedrijf De Vries", "Thuiszorg West"]),
        "\nEerste werkloosheidsdag: ", (fdate(rng, rdate(rng), "nl"), DT), "\nGemiddeld aantal uren per week: ", str(rng.randint(8, 40)),
        "\n\nIngediend op: ", (fdt(rng, rdate(rng), "nl", False), DT), "\nUw zaaknummer: ", digits(rng, 9),
        "\nWij beslissen binnen 4 weken. Bekijk de status op ", ("https://www.werk.nl/mijn-uwv", URL), ".\n")

@kind("nl")
def g_nl_vergunning(rng, b):
    p, arch = Person(rng, "nl"), Person(rng, "nl")
    a, loc = addr(rng, "nl"), addr(rng, "nl")
    b.x("Gemeente ", (loc["city"], LOC), "\nAanvraag omgevingsvergunning — OLO-nummer ", digits(rng, 7), "\n\n",
        "Aanvrager: ", rng.choice(["dhr. ", "mevr. ", ""]), (p.full, PER), "\nAdres aanvrager: ", (a["one"], ADR),
        "\nTelefoon: ", (phone(rng, "nl"), PH), "    E-mail: ", (p.email(rng), EM), "\n\nLocatie van het project: ", (loc["one"], ADR),
        "\nKadastraal perceel: ", f"{upper_alnum(rng, 3)}00 {rng.choice('ABCDKLM')} {rng.randint(100, 9999)}", "\n",
        "Omschrijving: ", rng.choice(["Plaatsen dakkapel aan voorzijde", "Kappen van twee bomen", "Uitbouw achtergevel 3 m",
                                       "Wijzigen gebruik naar kamerverhuur"]), "\nBouwkosten: ", money(rng, "nl", 3000, 80000), "\n",
        "Gemachtigde: Architectenbureau Hoog & Laag (contactpersoon ", (arch.full, PER), ")\nDatum indiening: ",
        (fdate(rng, rdate(rng), "nl"), DT), "\nVolg uw aanvraag via ", (f"https://www.omgevingsloket.nl/aanvraag/{digits(rng, 7)}", URL), "\n")

# ---------------------------------------------------------------- Polish
@kind("pl")
def g_pl_wezwanie(rng, b):
    sa, pa = addr(rng, "pl"), addr(rng, "pl")
    p, po, pz, sek = (Person(rng, "pl") for _ in range(4))
    d = rdate(rng)
    b.x("Sąd Rejonowy — ", rng.choice(["I Wydział Cywilny", "II Wydział Karny", "III Wydział Rodzinny i Nieletnich"]), "\n",
        (sa["one"], ADR), "\n", case_no(rng, "pl"), "\n\n", (sa["city"], LOC), ", dnia ", (fdate(rng, d, "pl"), DT), " r.\n\n",
        "Pan\n" if p.gender == "m" else "Pani\n", (p.full, PER), "\n", (pa["multi"], ADR), "\n\nWEZWANIE\n\n",
        "Sąd wzywa ", "Pana" if p.gender == "m" else "Panią", " do stawiennictwa w charakterze świadka na rozprawę w dniu ",
        (fdt(rng, d + timedelta(days=30), "pl"), DT), " w sali nr ", str(rng.randint(1, 250)), ", w sprawie z powództwa ",
        (po.full, PER), " przeciwko ", (pz.full, PER), " o zapłatę.\n\nW razie nieusprawiedliwionego niestawiennictwa sąd może "
        "nałożyć grzywnę do 3000 zł.\n\nInformacje: tel. ", (phone(rng, "pl"), PH), ", e-mail: ",
        (f"biuro.podawcze@{rng.choice(['krakow', 'gdansk', 'lodz', 'poznan'])}.sr.gov.pl", EM), "\n", (sek.full, PER), ", sekretarz sądowy\n")

@kind("pl")
def g_pl_mops(rng, b):
    p = Person(rng, "pl")
    a = addr(rng, "pl")
    b.x("Miejski Ośrodek Pomocy Społecznej\n", (a["city"], LOC), "\n\nWNIOSEK O PRZYZNANIE ZASIŁKU OKRESOWEGO\n\n",
        "Imię i nazwisko wnioskodawcy: ", (p.full, PER), "\nData urodzenia: ", (fdate(rng, rdob(rng), "pl", False), DOB),
        "\nAdres zamieszkania: ", (a["one"], ADR), "\nTelefon: ", (phone(rng, "pl"), PH), "    E-mail: ", (p.email(rng), EM),
        "\n\nSkład gospodarstwa domowego:\n", f"{'Imię i nazwisko':<28}{'Data urodzenia':<16}Pokrewieństwo\n")
    for _ in range(rng.randint(1, 4)):
        q = Person(rng, "pl", culture=p.culture)
        b.cell(q.full, PER, 28).cell(fdate(rng, rdob(rng), "pl", False), DOB, 16).t(rng.choice(["syn", "córka", "mąż", "żona", "matka"]), "\n")
    b.x("\nDochód netto gospodarstwa: ", money(rng, "pl", 500, 4000), "\nNumer rachunku bankowego: ", (iban(rng, "PL"), IBAN),
        "\nUzasadnienie: utrata pracy, zaległości czynszowe za 3 miesiące.\n\nData złożenia wniosku: ", (fdate(rng, rdate(rng), "pl"), DT),
        "\nPodpis: ", (p.full, PER), "\n")

# ---------------------------------------------------------------- Swedish
@kind("sv")
def g_sv_fk_beslut(rng, b):
    p, hl = Person(rng, "sv"), Person(rng, "sv")
    a = addr(rng, "sv")
    d = rdate(rng)
    s = date(d.year, d.month, 1)
    b.x("Försäkringskassan\nBeslut om bostadsbidrag\nDatum: ", (fdate(rng, d, "sv"), DT), "\nÄrendenummer: ", digits(rng, 10),
        "\n\n", (p.full, PER), "\n", (a["multi"], ADR), "\n\nHej ", (p.given, PER), "!\n\nDu får bostadsbidrag med ",
        money(rng, "sv", 800, 5000), " per månad från och med ", (fdate(rng, s, "sv"), DT), " till och med ",
        (fdate(rng, s + timedelta(days=180), "sv"), DT), ".\nPengarna betalas ut den 25:e varje månad till ditt konto ",
        (f"{rng.randint(3000, 9960)}-{digits(rng, 1)}, {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}-{digits(rng, 1)}", ACC), ".\n\n",
        "Barn som ingår i beslutet:\n")
    for _ in range(rng.randint(1, 3)):
        b.x("  ", (Person(rng, "sv", culture=p.culture).full, PER), ", född ", (fdate(rng, rdate(rng, 2008, 2022), "sv"), DOB), "\n")
    b.x("\nHar du frågor? Ring ", (phone(rng, "sv"), PH), " eller logga in på ", ("https://www.forsakringskassan.se/privatpers", URL),
        ".\nHandläggare: ", (hl.full, PER), "\n")

@kind("sv")
def g_sv_polisanmalan(rng, b):
    p, up = Person(rng, "sv"), Person(rng, "sv")
    d = rdate(rng)
    b.x("POLISANMÄLAN\nDiarienummer: K", digits(rng, 6), f"-{d.year % 100}", "\nBrott: ", rng.choice(["Bedrägeri", "Ofredande", "Stöld"]),
        "\nBrottstid: ", (fdt(rng, d, "sv"), DT), "\nBrottsplats: ", (addr(rng, "sv")["one"], ADR), "\n\nMålsägande: ", (p.full, PER),
        ", född ", (fdate(rng, rdob(rng), "sv"), DOB), "\nAdress: ", (addr(rng, "sv")["one"], ADR), "\nTelefon: ", (phone(rng, "sv"), PH),
        "\nE-post: ", (p.email(rng), EM), "\n\nHändelseförlopp:\nMålsäganden uppger att hon blev uppringd av en person som presenterade "
        "sig som ", (Person(rng, "sv").full, PER), " från bankens säkerhetsavdelning. På uppmaning överförde hon ", money(rng, "sv", 2000, 90000),
        " till kontot ", (iban(rng, "SE"), IBAN), ". Samtalet kom från ", (phone(rng, "sv"), PH), ".\n\nAnmälan upptagen av: ", (up.full, PER),
        ", Polisregion ", (rng.choice(["Stockholm", "Bergslagen"]), LOC), "\n")

# ---------------------------------------------------------------- Turkish
@kind("tr")
def g_tr_tebligat(rng, b):
    city = rng.choice(CITIES["tr"])[0]
    dv, dl, av, kt = (Person(rng, "tr") for _ in range(4))
    d = rdate(rng)
    b.x("T.C.\n", (city.replace("i", "İ").upper(), LOC), "\n", str(rng.randint(1, 30)), ". ASLİYE HUKUK MAHKEMESİ\n", case_no(rng, "tr"),
        "\n\nDAVETİYE\n\nDavacı: ", (dv.full, PER), "\nVekili: Av. ", (av.full, PER), "\nDavalı: ", (dl.full.upper(), PER), "\nAdresi: ",
        (addr(rng, "tr")["one"], ADR), "\nDava: ", rng.choice(["Alacak", "Kira bedelinin tespiti", "Boşanma", "Tazminat"]), "\n\n",
        "Duruşma Tarihi: ", (fdate(rng, d, "tr"), DT), "    Saat: ", (ftime(rng, "tr"), DT), "\n\n",
        "Yukarıda esas numarası yazılı dava için belirtilen gün ve saatte mahkemede hazır bulunmanız veya kendinizi bir vekil ile "
        "temsil ettirmeniz, gelmediğiniz takdirde yokluğunuzda karar verileceği tebliğ olunur.\n\nBilgi: ", (phone(rng, "tr"), PH),
        "\n", (fdate(rng, d - timedelta(days=30), "tr"), DT), " — Zabıt Kâtibi ", (kt.full, PER), "\n")

@kind("tr")
def g_tr_iskur(rng, b):
    p = Person(rng, "tr")
    b.x("T.C. ÇALIŞMA VE SOSYAL GÜVENLİK BAKANLIĞI\nTürkiye İş Kurumu — İşsizlik Ödeneği Başvuru Formu\n\n",
        "Adı Soyadı: ", (p.full, PER), "\nDoğum Tarihi: ", (fdate(rng, rdob(rng), "tr"), DOB), "    Doğum Yeri: ", (city_of(rng, "tr"), LOC),
        "\nAdres: ", (addr(rng, "tr")["one"], ADR), "\nCep Telefonu: ", (phone(rng, "tr"), PH), "\nE-posta: ", (p.email(rng), EM),
        "\n\nSon İşyeri: ", rng.choice(["Demir Tekstil A.Ş.", "Anadolu Lojistik Ltd. Şti.", "Migros Ticaret A.Ş."]),
        "\nİşten Ayrılış Tarihi: ", (fdate(rng, rdate(rng), "tr"), DT), "    Ayrılış Kodu: ", rng.choice(["04", "05", "12"]),
        "\nÖdemenin yapılacağı IBAN: ", (iban(rng, "TR"), IBAN), "\n\nBaşvuru Tarihi: ", (fdate(rng, rdate(rng), "tr"), DT),
        "\nBeyan ettiğim bilgilerin doğru olduğunu taahhüt ederim. İmza: ", (p.full, PER), "\n")

# ---------------------------------------------------------------- entity-free hard negatives
def _ver(rng):
    return f"{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 20)}"

@kind("en", neg=True)
def g_neg_policy_memo(rng, b):
    y = rng.randint(2019, 2026)
    b.t("MEMORANDUM\nTO: All Eligibility and Intake Staff\nFROM: Office of Policy and Program Integrity\n",
        f"RE: Interim guidance on income verification (PM-{y % 100}-{rng.randint(1, 60):02d})\n\n",
        "Effective with the next issuance cycle, the following rules apply to all new and renewing cases:\n",
        f"1. Applicants must provide pay stubs covering the most recent {rng.choice([30, 60])} days.\n",
        f"2. Self-employment income is averaged over the last {rng.randint(3, 12)} months.\n",
        f"3. Case actions must be completed within {rng.randint(5, 15)} business days of receipt.\n",
        f"4. The standard utility allowance for FY{y} is ${rng.randint(300, 700)}.00 per month.\n",
        f"5. Form DHS-{rng.randint(1000, 9999)} (rev. {y - 1}) replaces the prior version; do not use stock printed before {y - 1}.\n",
        f"6. Claims over ${rng.randint(2, 9)},{rng.randint(100, 999)} require supervisory review (see Manual section {rng.randint(10, 99)}.{rng.randint(1, 20)}).\n\n",
        f"Questions may be submitted through the policy queue (ticket #{rng.randint(10000, 99999)}). This memo supersedes PM-{(y - 1) % 100}-{rng.randint(1, 60):02d}.\n")

@kind("en", neg=True)
def g_neg_court_stats(rng, b):
    y0 = rng.randint(2010, 2018)
    b.t("ANNUAL CASELOAD STATISTICS — ALL DIVISIONS\n", f"{'Year':<8}{'Filings':>10}{'Dispositions':>14}{'Clearance':>11}{'Median days':>13}\n")
    for y in range(y0, y0 + rng.randint(5, 9)):
        f, d = rng.randint(20000, 90000), rng.randint(18000, 92000)
        b.t(f"{y:<8}{f:>10,}{d:>14,}{d / f:>10.0%}{rng.randint(40, 400):>13}\n")
    b.t(f"\nNotes: Filings exclude {rng.randint(100, 900)} sealed matters. Clearance rates above 100% indicate backlog reduction. "
        f"Data extract version {_ver(rng)}, query id {uuid(rng)}. Small claims ceiling raised to ${rng.choice([5, 10, 12])},000.\n")

@kind("en", neg=True)
def g_neg_benefits_faq(rng, b):
    qa = [("When will I get my first payment?", f"Usually within {rng.randint(2, 4)} weeks after your claim is approved. Payments are issued every {rng.choice(['Tuesday', 'Wednesday', 'other Friday'])}."),
          ("How long can I receive benefits?", f"Up to {rng.choice([12, 16, 26])} weeks in a benefit year, depending on your base-period wages."),
          ("What if I miss a weekly certification?", "File it as soon as possible. Late certifications older than 14 days require a phone interview."),
          ("Do I have to search for work?", f"Yes. Log at least {rng.randint(2, 5)} work search activities each week and keep the records for 2 years."),
          ("Can I work part-time?", f"Yes. Report gross earnings for the week worked; the first ${rng.randint(50, 200)} is disregarded."),
          ("How do I appeal?", "Submit an appeal within 30 days of the determination. Hearings are usually scheduled for the following month."),
          ("What is my claim number?", "It appears on the top right of every notice, for example UI-000000000. Never share your PIN with anyone.")]
    b.t("FREQUENTLY ASKED QUESTIONS — UNEMPLOYMENT INSURANCE\n\n")
    for q, a in rng.sample(qa, rng.randint(4, 7)):
        b.t("Q: ", q, "\nA: ", a, "\n\n")

@kind("en", neg=True)
def g_neg_redacted_record(rng, b):
    b.t("RECORD RELEASE — REDACTED COPY\nRequest #: ", f"PRR-{rng.randint(2019, 2026)}-{digits(rng, 5)}", "\n",
        "Name: [REDACTED]\nSSN: ***-**-", digits(rng, 4), "\nDate of birth: [REDACTED — exempt]\nAddress: [WITHHELD]\n",
        "Card on file: XXXX XXXX XXXX ", digits(rng, 4), "\nBank account: ******", digits(rng, 4), "\n",
        "Training-environment SSN (invalid): ", bad_ssn(rng), "\nSample PAN used in test script: ", bad_card(rng), "\n",
        "Record id: ", uuid(rng), "\nExport checksum (sha1): ", hexs(rng, 40), "\nAccount variable: ${ACCOUNT_NUMBER}\n",
        "Portal token: ${{ secrets.PORTAL_TOKEN }}\n\n", f"{rng.randint(3, 40)} pages withheld in full under the personal-privacy exemption; ",
        f"{rng.randint(1, 9)} audio files (total duration 01:{rng.randint(10, 59)}:{rng.randint(10, 59)}) released with redactions.\n")

@kind("en", neg=True)
def g_neg_syslog(rng, b):
    d = rdate(rng)
    svcs = ["case-index", "docket-sync", "payments-worker", "notice-renderer", "eligibility-engine"]
    for _ in range(rng.randint(8, 16)):
        s = rng.choice(svcs)
        msg = rng.choice([f"job {uuid(rng)} finished in {rng.randint(20, 9000)} ms",
                          f"deployed build {hexs(rng, 40)} (v{_ver(rng)})",
                          f"retrying batch {rng.randint(100, 9999)} attempt {rng.randint(2, 5)}/5",
                          f"queue depth={rng.randint(0, 4000)} lag={rng.randint(0, 600)}s",
                          f"rendered notice template NOD-{rng.randint(100, 999)} x{rng.randint(1, 900)}",
                          f"epoch checkpoint {rng.randint(1690000000, 1760000000)}",
                          f"claim {digits(rng, 10)} moved to status PENDING_REVIEW"])
        b.t(f"{iso_ts(rng, d)}.{digits(rng, 3)}Z {rng.choice(['INFO', 'WARN', 'DEBUG', 'ERROR'])} [{s}] {msg}\n")

@kind("en", neg=True)
def g_neg_ci_config(rng, b):
    b.t("name: nightly-reports\non:\n  schedule:\n    - cron: \"", f"{rng.randint(0, 59)} {rng.randint(0, 6)} * * {rng.randint(1, 5)}", "\"\n",
        "env:\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n  API_KEY: ${{ secrets.REPORTS_API_KEY }}\n  BUCKET: ${REPORT_BUCKET}\n",
        "jobs:\n  build:\n    runs-on: ubuntu-22.04\n    timeout-minutes: ", str(rng.randint(10, 60)), "\n    steps:\n",
        f"      - uses: actions/checkout@{hexs(rng, 40)}\n      - uses: actions/setup-python@v5\n        with:\n",
        f"          python-version: \"3.{rng.randint(9, 12)}\"\n      - run: pip install -r requirements.lock  # pinned {_ver(rng)}\n",
        "      - run: python -m reports.build --since ${SINCE_DAYS:-7}d --out ./out\n",
        "      - run: echo \"token=${{ secrets.SLACK_TOKEN }}\" > /dev/null\n")

@kind("en", neg=True)
def g_neg_procurement(rng, b):
    b.t("NOTICE OF INVITATION TO BID\nSolicitation No.: ", f"RFP-{rng.randint(2019, 2026)}-{digits(rng, 4)}", "\n",
        "Title: Case management system hosting and support services\nCPV codes: 72000000-5, 72250000-2\n",
        f"Estimated contract value: ${rng.randint(1, 9)},{digits(rng, 3)},{digits(rng, 3)}.00 over {rng.randint(3, 5)} years\n",
        "Lots: 1 (hosting), 2 (help desk, business hours Monday to Friday), 3 (data migration)\n",
        "Questions are due within 10 days of publication; answers will be posted as addenda.\n",
        f"Bids must be valid for {rng.choice([90, 120, 180])} days. Bid bond: 5% of bid amount. Minimum insurance: ${rng.randint(1, 5)},000,000.\n",
        f"Evaluation: price 40%, technical 45%, local participation 15%. Reference: procurement manual v{_ver(rng)}.\n")

NEG_TEXT = {
    "de": ["Anträge sind innerhalb von {d} Tagen nach Zugang des Bescheids einzureichen.",
           "Die Bearbeitungsgebühr beträgt {amt}; bei Ermäßigung wird der Betrag halbiert.",
           "Sprechzeiten: dienstags und donnerstags, nur nach vorheriger Terminvereinbarung.",
           "Bitte geben Sie stets das Aktenzeichen {ref} an.", "Maßgeblich ist § {n} Abs. 2 SGB II in der Fassung von {y}.",
           "Die Frist verlängert sich um {d} Tage, wenn Unterlagen nachgereicht werden.",
           "Formular {form} ist vollständig ausgefüllt beizufügen."],
    "fr": ["La demande doit être déposée dans un délai de {d} jours.", "Les frais de dossier s'élèvent à {amt}.",
           "Le guichet est ouvert le mardi et le jeudi, uniquement sur rendez-vous.", "Rappelez la référence {ref} dans toute correspondance.",
           "Conformément à l'article L. {n} du code de l'action sociale, version {y}.", "Joindre le formulaire {form} dûment complété."],
    "es": ["La solicitud debe presentarse en el plazo de {d} días hábiles.", "La tasa administrativa asciende a {amt}.",
           "Atención al público los lunes y miércoles, con cita previa.", "Indique siempre el número de expediente {ref}.",
           "Según el artículo {n} de la Ley, en su redacción de {y}.", "Adjunte el modelo {form} debidamente cumplimentado."],
    "it": ["La domanda va presentata entro {d} giorni dalla notifica.", "Il contributo dovuto è pari a {amt}.",
           "Lo sportello è aperto il martedì e il giovedì, solo su appuntamento.", "Citare sempre il numero di pratica {ref}.",
           "Ai sensi dell'art. {n} del decreto, testo vigente dal {y}.", "Allegare il modulo {form} compilato in ogni sua parte."],
    "pt": ["O pedido deve ser apresentado no prazo de {d} dias úteis.", "A taxa de processamento é de {amt}.",
           "O atendimento presencial funciona à terça-feira, mediante marcação.", "Indique sempre a referência {ref}.",
           "Nos termos do artigo {n}.º do decreto-lei, na redação de {y}.", "Anexe o formulário {form} devidamente preenchido."],
    "nl": ["Het bezwaar moet binnen {d} dagen worden ingediend.", "De leges bedragen {amt}.",
           "Het loket is op dinsdag en donderdag geopend, alleen op afspraak.", "Vermeld altijd het kenmerk {ref}.",
           "Op grond van artikel {n} van de Participatiewet, versie {y}.", "Voeg formulier {form} volledig ingevuld toe."],
    "pl": ["Wniosek należy złożyć w terminie {d} dni od doręczenia decyzji.", "Opłata skarbowa wynosi {amt}.",
           "Punkt obsługi jest czynny we wtorki i czwartki po wcześniejszym umówieniu.", "W korespondencji prosimy podawać znak sprawy {ref}.",
           "Zgodnie z art. {n} ustawy o pomocy społecznej w brzmieniu z {y} r.", "Należy dołączyć formularz {form}."],
    "sv": ["Ansökan ska lämnas inom {d} dagar från beslutet.", "Avgiften är {amt}.",
           "Receptionen har öppet tisdagar och torsdagar, endast bokade besök.", "Ange alltid ärendenummer {ref}.",
           "Enligt {n} kap. socialtjänstlagen i lydelse från {y}.", "Bifoga blankett {form} ifylld."],
    "tr": ["Başvuru, tebliğden itibaren {d} gün içinde yapılmalıdır.", "Harç tutarı {amt} olarak belirlenmiştir.",
           "Danışma birimi salı ve perşembe günleri randevu ile hizmet verir.", "Tüm yazışmalarda {ref} numarasını belirtiniz.",
           "{y} yılında değişik {n}. madde uyarınca işlem yapılır.", "{form} numaralı form eksiksiz doldurulmalıdır."],
}
NEG_TITLE = {"de": "Merkblatt zum Verfahren", "fr": "Notice d'information", "es": "Hoja informativa",
             "it": "Nota informativa", "pt": "Folheto informativo", "nl": "Informatieblad", "pl": "Ulotka informacyjna",
             "sv": "Informationsblad", "tr": "Bilgilendirme notu"}
NEG_CC = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "sv": "sv", "tr": "tr"}

def _neg_fill(rng, lang, s):
    cc = NEG_CC[lang]
    return s.format(d=rng.choice([14, 30, 60, 90]), amt=money(rng, cc, 10, 400), ref=case_no(rng, cc).replace("Esas No: ", ""),
                    n=rng.randint(2, 120), y=rng.randint(2005, 2025), form=f"{upper_alnum(rng, 2)}-{rng.randint(10, 999)}")

@kind("xx", neg=True)
def g_neg_leaflet(rng, b):
    lang = rng.choice(list(NEG_TEXT))
    b.t(NEG_TITLE[lang], f" ({_ver(rng)})\n\n")
    for s in rng.sample(NEG_TEXT[lang], rng.randint(4, len(NEG_TEXT[lang]))):
        b.t("• ", _neg_fill(rng, lang, s), "\n")
    b.t("\nID: ", uuid(rng), "\n")

@kind("xx", neg=True)
def g_neg_stats_foreign(rng, b):
    lang = rng.choice(list(NEG_TEXT))
    hdr = {"de": ("Jahr", "Anträge", "Bewilligt"), "fr": ("Année", "Demandes", "Accordées"), "es": ("Año", "Solicitudes", "Concedidas"),
           "it": ("Anno", "Domande", "Accolte"), "pt": ("Ano", "Pedidos", "Deferidos"), "nl": ("Jaar", "Aanvragen", "Toegekend"),
           "pl": ("Rok", "Wnioski", "Przyznane"), "sv": ("År", "Ansökningar", "Beviljade"), "tr": ("Yıl", "Başvuru", "Kabul")}[lang]
    b.t(NEG_TITLE[lang], " — ", hdr[1], "\n\n", f"{hdr[0]:<8}{hdr[1]:>14}{hdr[2]:>12}{'%':>8}\n")
    y0 = rng.randint(2008, 2017)
    for y in range(y0, y0 + rng.randint(5, 9)):
        a = rng.randint(1000, 90000)
        c = rng.randint(a // 3, a)
        b.t(f"{y:<8}{a:>14}{c:>12}{100 * c / a:>7.1f}%\n")
    b.t("\n", _neg_fill(rng, lang, rng.choice(NEG_TEXT[lang])), "\n")

# --------------------------------------------------------------------------
# corpus assembly
# --------------------------------------------------------------------------
P_NEG, P_FOREIGN = 0.12, 0.25
POOLS = {(neg, foreign): [k for k in KINDS if k[2] == neg and ((k[1] != "en") == foreign)]
         for neg in (False, True) for foreign in (False, True)}

def _make(seed: int, i: int):
    doc = None
    for attempt in range(50):
        rng = random.Random(f"{seed}-{i}-{attempt}")
        neg = rng.random() < P_NEG
        foreign = rng.random() < P_FOREIGN
        name, lang, _, fn = rng.choice(POOLS[(neg, foreign)])
        b = fn(rng)
        doc = {"id": f"blind33-{seed}-{i:06d}", "text": b.text(), "entities": b.ents}
        if 200 <= len(b) <= 2500 and bool(b.ents) != neg:
            break
    return doc, name, lang

def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[0]

def _validate(doc) -> list[str]:
    errs, text = [], doc["text"]
    if not 200 <= len(text) <= 2500:
        errs.append(f"length {len(text)}")
    prev_end = -1
    for e in sorted(doc["entities"], key=lambda e: (e["start"], e["end"])):
        s, t, ty = e["start"], e["end"], e["type"]
        v = text[s:t]
        if not (0 <= s < t <= len(text)):
            errs.append(f"bounds {e}")
            continue
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_end = max(prev_end, t)
        if v != v.strip():
            errs.append(f"whitespace {v!r}")
        if ty not in TYPES:
            errs.append(f"type {ty}")
        if ty == CC and not luhn_ok(v):
            errs.append(f"luhn {v}")
        if ty == IBAN and not iban_ok(v):
            errs.append(f"iban {v}")
        if ty == SSN:
            dg = v.replace("-", "")
            if len(dg) != 9 or dg[:3] in ("000", "666") or dg[0] == "9" or dg[3:5] == "00" or dg[5:] == "0000":
                errs.append(f"ssn {v}")
        if ty in (PER, LOC, ADR) and v[-1] in ".,;:" and not v.endswith(("St.", "Ave.", "Jr.")):
            errs.append(f"trailing punct {ty} {v!r}")
    return errs

def check(n=3000, seed=0) -> int:
    types, kinds, langs, bad, empty, lens = Counter(), Counter(), Counter(), 0, 0, []
    for i in range(n):
        doc, name, lang = _make(seed, i)
        errs = _validate(doc)
        if errs:
            bad += 1
            if bad <= 10:
                print(doc["id"], name, errs[:3])
        kinds[name] += 1
        langs["en" if lang == "en" else "other"] += 1
        empty += not doc["entities"]
        lens.append(len(doc["text"]))
        types.update(e["type"] for e in doc["entities"])
    assert _make(seed, 7)[0] == _make(seed, 7)[0], "not deterministic"
    print(f"docs={n} kinds_defined={len(KINDS)} kinds_seen={len(kinds)} invalid_docs={bad}")
    print(f"non-English={langs['other'] / n:.1%}  no-entity={empty / n:.1%}  "
          f"len min/avg/max={min(lens)}/{sum(lens) // n}/{max(lens)}  entities={sum(types.values())}")
    for t in TYPES:
        print(f"  {t:<24}{types[t]:>6}")
    missing = [t for t in TYPES if not types[t]]
    if missing:
        print("MISSING TYPES:", missing)
    return 1 if bad or missing else 0

def sample(k: int, seed: int = 0):
    for i in range(k):
        doc, name, lang = _make(seed, i)
        print("=" * 78, f"\n{doc['id']}  kind={name}  lang={lang}  chars={len(doc['text'])}\n", "-" * 78, sep="")
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  [{e['start']:>5},{e['end']:>5}) {e['type']:<22} {doc['text'][e['start']:e['end']]!r}")

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate spans")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K documents with spans")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return check(3000, a.seed)
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
