#!/usr/bin/env python3
r"""Blind test corpus 49 -- insurance (property & casualty, life, travel, pet)
and claims handling: first-notice-of-loss calls, adjuster notes, claim forms,
policy schedules, subrogation letters, SIU memos, broker e-mails, premium
payment records, claims-system exports / API logs and multilingual European
insurer correspondence.

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

Corpus notes (how the conventions are applied here)
---------------------------------------------------
* Non-health policy numbers, claim / file / booking references, quote ids,
  VINs, licence plates, microchip numbers and pet names are hard negatives.
* Health-plan member ids (travel-medical / supplementary health cards) are
  HEALTH_PLAN; customer / bank / loan / clinic client accounts are ACCOUNT.
* Letter dates, dates of loss, appointment dates and policy periods are
  DATE_TIME; system timestamps in logs, e-mail headers and "Sent:" lines of
  quoted mails are not labelled.

Usage: python3 corpus_blind49.py --check | --sample K | --n N --seed S --output F.jsonl
"""

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
import uuid
from urllib.parse import urlparse

# ---- entity type names (exactly as listed in the conventions above) --------------------------------
PERSON, EMAIL, PHONE, SSN = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN"
CARD, IBAN, IP, DOB = "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH"
DT, LOC, ADDR, URL = "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACCT, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
                      "ACCOUNT_NUMBER", "DRIVER_LICENSE")
AWSK, AWSS, GH, SLACK = "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN"
STRIPE, JWT, PEM, PWD, SECRET = ("STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD",
                                 "GENERIC_SECRET")
ALL_TYPES = (PERSON, EMAIL, PHONE, SSN, CARD, IBAN, IP, DOB, DT, LOC, ADDR, URL, MRN,
             HPN, ACCT, DL, AWSK, AWSS, GH, SLACK, STRIPE, JWT, PEM, PWD, SECRET)

_PH_SPLIT = re.compile(r"(\{[a-z_0-9]+\})")
_PH = re.compile(r"\{([a-z_0-9]+)\}")

class Builder:
    """Accumulates text pieces and records entity spans while appending."""

    def __init__(self):
        self._parts = []
        self._len = 0
        self.entities = []

    def add(self, *texts):
        for t in texts:
            if t:
                self._parts.append(t)
                self._len += len(t)
        return self

    def ent(self, value, etype=None):
        if not value:
            return self
        if etype:
            self.entities.append({"start": self._len, "end": self._len + len(value),
                                  "type": etype})
        self._parts.append(value)
        self._len += len(value)
        return self

    def kv(self, label, value, etype=None, sep=": ", end="\n"):
        self.add(label, sep)
        self.ent(value, etype)
        return self.add(end)

    def tpl(self, template, **kw):
        """Template with {slots}; a slot value is str (plain) or (str, TYPE)."""
        for piece in _PH_SPLIT.split(template):
            m = _PH.fullmatch(piece)
            if m:
                v = kw[m.group(1)]
                if isinstance(v, tuple):
                    self.ent(v[0], v[1])
                else:
                    self.add(v)
            else:
                self.add(piece)
        return self

    def __len__(self):
        return self._len

    def text(self):
        return "".join(self._parts)

# ---- small random helpers --------------------------------------------------------------------------
B62 = string.ascii_letters + string.digits
UP = string.ascii_uppercase
HEX = "0123456789abcdef"

def rs(rng, n, alphabet=B62):
    return "".join(rng.choice(alphabet) for _ in range(n))

def dg(rng, n):
    return rs(rng, n, string.digits)

def fill(rng, pat):
    """'#' digit, '%' non-zero digit, '@' upper letter, '&' upper alnum, '*' hex."""
    out = []
    for c in pat:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "%":
            out.append(rng.choice("123456789"))
        elif c == "@":
            out.append(rng.choice(UP))
        elif c == "&":
            out.append(rng.choice(UP + string.digits))
        elif c == "*":
            out.append(rng.choice(HEX))
        else:
            out.append(c)
    return "".join(out)

def cap(s):
    return s[:1].upper() + s[1:]

def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]

_TR = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l",
                     "Ł": "L", "ı": "i", "İ": "I", "đ": "d", "ð": "d", "þ": "th",
                     "œ": "oe"})

def asciify(s):
    s = unicodedata.normalize("NFKD", s.translate(_TR))
    return "".join(c for c in s if c.isascii())

def slug(s):
    return re.sub(r"[^a-z0-9]", "", asciify(s).lower())

# ---- names -----------------------------------------------------------------------------------------
NAMES = {  # culture: male names / female names / surnames
    "us": "James|Robert|Michael|William|David|Tyrone|Brandon|Dwayne|Cody|Kevin|Marcus|Travis/Mary|Patricia|"
          "Jennifer|Linda|Elizabeth|Keisha|Ashley|Crystal|Brittany|Megan|Tamara|Donna/Smith|Johnson|Williams|Brown|"
          "Jones|Miller|Davis|Wilson|Anderson|Thomas|Jackson|Harris|Thompson|Robinson|Walker|Coleman|Bennett|Reyes|"
          "Foster|Hughes",
    "gb": "Oliver|Harry|George|Jack|Alfie|Callum|Rhys|Graham|Nigel|Stuart/Amelia|Isla|Ava|Emily|Charlotte|Poppy|"
          "Gemma|Fiona|Siobhan|Harriet/Taylor|Evans|Walker|Wright|Hughes|Roberts|Hall|Green|Wood|Clarke|Turner|"
          "Cooper|Ashworth|Pemberton|Fletcher",
    "ie": "Seán|Ciarán|Pádraig|Cillian|Darragh|Eoin|Conor/Aoife|Niamh|Siobhán|Róisín|Orla|Saoirse|Clodagh/Murphy|"
          "O'Brien|Kelly|O'Sullivan|Walsh|McCarthy|Byrne|O'Connor|Doyle|Gallagher",
    "de": "Lukas|Jonas|Maximilian|Felix|Jürgen|Matthias|Stefan|Uwe|Tobias|Dieter/Anna|Lea|Sophie|Hannah|Ursula|"
          "Sabine|Katrin|Birgit|Jana|Gisela/Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|"
          "Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Krüger|Zimmermann|Braun|Hartmann",
    "fr": "Louis|Hugo|Gabriel|Théo|Sébastien|François|Julien|Mathieu|Olivier|Yannick/Camille|Léa|Chloé|Manon|"
          "Amélie|Hélène|Élodie|Margaux|Sandrine|Océane/Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|"
          "Leroy|Moreau|Lefèvre|Garnier|Rousseau|Fontaine|Chevalier|Girard",
    "es": "Alejandro|Javier|Sergio|Pablo|Álvaro|Iñigo|Jorge|Rubén|Raúl|Andrés/Lucía|María|Carmen|Elena|Paula|Nerea|"
          "Ainhoa|Marta|Rocío|Pilar/García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Ruiz|"
          "Jiménez|Ortega|Muñoz|Navarro|Castillo|Vázquez",
    "it": "Giuseppe|Francesco|Alessandro|Lorenzo|Matteo|Davide|Giovanni|Stefano|Andrea|Marco/Giulia|Chiara|Martina|"
          "Federica|Francesca|Alessia|Valentina|Elisa|Roberta|Giorgia/Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|"
          "Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Lombardi",
    "pt": "João|Tiago|Rodrigo|Diogo|Gonçalo|Duarte|Rui|Nuno|Afonso|Vasco/Maria|Beatriz|Inês|Mariana|Leonor|Matilde|"
          "Joana|Catarina|Rita|Filipa/Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|"
          "Fernandes|Gonçalves|Carvalho|Teixeira|Lopes",
    "nl": "Daan|Sem|Bram|Jeroen|Thijs|Ruben|Wouter|Joost|Pieter|Maarten/Emma|Julia|Fleur|Marieke|Sanne|Lotte|Anouk|"
          "Femke|Ilse|Noor/de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|"
          "van der Linden|Hendriks|Dekker",
    "pl": "Jakub|Kacper|Szymon|Wojciech|Łukasz|Piotr|Marcin|Grzegorz|Tomasz|Paweł/Zuzanna|Julia|Maja|Agnieszka|"
          "Małgorzata|Katarzyna|Magdalena|Joanna|Ewa|Dorota/Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|"
          "Lewandowski|Zieliński|Woźniak|Szymański|Dąbrowski|Mazur|Krawczyk",
    "sv": "Erik|Lars|Oskar|Johan|Björn|Anders|Mikael|Nils|Gustav|Per/Anna|Karin|Elsa|Maja|Ingrid|Astrid|Linnea|"
          "Sara|Ebba|Margareta/Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|"
          "Gustafsson|Lindqvist|Åberg|Sjöberg|Lindström",
    "da": "Mads|Frederik|Rasmus|Søren|Anders|Mikkel|Jesper|Niels|Henrik|Christian/Ida|Freja|Sofie|Mette|Kirsten|"
          "Camilla|Signe|Louise|Birgitte|Lærke/Nielsen|Jensen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|"
          "Rasmussen|Jørgensen|Møller|Kjær|Thomsen",
    "no": "Ola|Magnus|Henrik|Sindre|Håkon|Eirik|Even|Torbjørn|Knut|Aksel/Kari|Ingrid|Nora|Solveig|Ragnhild|Ingvild|"
          "Sigrid|Tone|Marit|Guro/Hansen|Johansen|Olsen|Larsen|Andersen|Berg|Haugen|Bakke|Dahl|Lie|Strand|Solberg|"
          "Haugland|Fjeld",
    "fi": "Mikko|Juha|Antti|Jukka|Ville|Matti|Petteri|Lauri|Eero|Teemu/Aino|Sanna|Laura|Tiina|Päivi|Minna|Johanna|"
          "Katja|Riikka|Satu/Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|"
          "Järvinen|Lehtonen|Salminen",
    "cs": "Jan|Petr|Tomáš|Jiří|Martin|Lukáš|Jakub|Ondřej|Pavel|Václav/Tereza|Lucie|Kateřina|Eliška|Veronika|"
          "Markéta|Hana|Lenka|Zuzana|Jana/Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|"
          "Marek|Pokorný|Král",
    "tr": "Mehmet|Mustafa|Emre|Burak|Oğuz|Ahmet|Can|Serkan|Hakan|Kerem/Ayşe|Fatma|Zeynep|Elif|Büşra|Merve|Emine|"
          "Selin|Gül|Derya/Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Koç|"
          "Kılıç",
    "in": "Arjun|Rahul|Vikram|Sanjay|Rohan|Karthik|Amit|Suresh/Priya|Ananya|Deepa|Kavita|Lakshmi|Sneha|Pooja|"
          "Meera/Sharma|Patel|Singh|Iyer|Reddy|Nair|Gupta|Mehta|Banerjee|Krishnan|Chatterjee",
    "cn": "Wei|Jun|Hao|Lei|Qiang|Jian|Bo|Chen/Fang|Na|Xiu Ying|Min|Jing|Li Na|Mei|Yan/Wang|Li|Zhang|Liu|Chen|Yang|"
          "Huang|Zhao|Wu|Zhou|Xu|Sun",
    "jp": "Haruto|Sota|Ren|Takumi|Kenji|Hiroshi|Daiki|Shota/Yui|Hina|Aoi|Sakura|Yuki|Haruka|Emi|Naoko/Sato|Suzuki|"
          "Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato",
    "kr": "Min-jun|Ji-ho|Do-yun|Seung-woo|Hyun-woo|Jae-won/Seo-yeon|Ha-eun|Ji-woo|Soo-jin|Eun-ji|Yoo-na/Kim|Lee|"
          "Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim",
    "ar": "Omar|Ahmed|Youssef|Karim|Hassan|Tariq|Khaled|Rami/Fatima|Layla|Amira|Nour|Samira|Yasmin|Rania|"
          "Huda/Haddad|Khalil|Mansour|Nasser|Farouk|Saleh|El-Amin|Aziz|Rahman|Hamdan|Bakr",
    "ng": "Chinedu|Oluwaseun|Emeka|Tunde|Obinna|Femi|Chukwuma/Ngozi|Adaeze|Folake|Chiamaka|Funmilayo|Ifeoma|"
          "Yetunde/Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu|Obi|Adebayo|Oyelaran|Nnamdi",
    "vn": "Minh|Tuan|Duc|Nam|Quang|Huy|Thanh/Linh|Thu|Huong|Lan|Mai|Ngoc|Trang/Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|"
          "Dang|Bui|Do",
    "gr": "Giorgos|Nikos|Dimitris|Kostas|Yannis|Christos|Panagiotis/Eleni|Maria|Katerina|Despina|Vasiliki|Ioanna|"
          "Georgia/Papadopoulos|Georgiou|Nikolaidis|Konstantinou|Dimitriou|Ioannou|Vlachos|Karalis",
    "hu": "Bence|Máté|Gábor|Zoltán|László|Dániel/Anna|Eszter|Zsófia|Réka|Katalin|Orsolya/Nagy|Kovács|Tóth|Szabó|"
          "Horváth|Varga|Kiss|Molnár|Farkas",
}
NAMES = {k: tuple(p.split("|") for p in v.split("/")) for k, v in NAMES.items()}

TITLES = {  # language: (male titles, female titles)
    "en": (["Mr.", "Mr", "Dr."], ["Ms.", "Mrs.", "Ms", "Dr."]), "de": (["Herr", "Herrn", "Dr."], ["Frau", "Dr."]),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame"]), "es": (["Sr.", "D."], ["Sra.", "Dña."]),
    "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"]), "pt": (["Sr.", "Dr."], ["Sra.", "Dra."]),
    "nl": (["dhr.", "de heer"], ["mevr.", "mevrouw"]), "pl": (["Pan"], ["Pani"]), "sv": ([""], [""]),
    "da": ([""], [""]), "no": ([""], [""]), "fi": ([""], [""]), "cs": (["pan", "Ing."], ["paní", "Mgr."]),
    "tr": (["Bay", "Sayın"], ["Bayan", "Sayın"]),
}

class Person:
    def __init__(self, rng, culture):
        male, female, surnames = NAMES[culture]
        self.female = rng.random() < 0.5
        self.culture = culture
        self.given = rng.choice(female if self.female else male)
        s = rng.choice(surnames)
        if culture == "es" and rng.random() < 0.6:
            s = s + " " + rng.choice(surnames)
        if culture == "pl" and self.female and s.endswith("ki"):
            s = s[:-1] + "a"
        if culture == "cs" and self.female:
            s = s[:-1] + "á" if s.endswith("ý") else (s[:-1] if s.endswith("a") else s) + "ová"
        self.surname = s
        self.mid = ""
        if culture in ("us", "gb") and rng.random() < 0.3:
            self.mid = rng.choice("ABCDEFGHJKLMNPRSTW")

    @property
    def full(self):
        return f"{self.given} {self.mid}. {self.surname}" if self.mid else f"{self.given} {self.surname}"

    @property
    def plain(self):
        return f"{self.given} {self.surname}"

    def last_first(self):
        return f"{self.surname}, {self.given}" + (f" {self.mid}." if self.mid else "")

    def initial(self):
        return f"{self.given[0]}. {self.surname}"

    def title(self, rng, lang="en"):
        m, f = TITLES.get(lang, TITLES["en"])
        return rng.choice(f if self.female else m)

    def hl7(self):
        return (f"{asciify(self.surname).upper()}^{asciify(self.given).upper()}"
                + (f"^{self.mid}" if self.mid else ""))

LANG_CULTURES = {
    "en": [("us", 10), ("gb", 3), ("ie", 1), ("in", 2), ("cn", 1), ("jp", 1), ("kr", 1),
           ("ar", 1), ("ng", 1), ("vn", 1), ("gr", 1), ("de", 1), ("fr", 1), ("es", 1),
           ("it", 1), ("pl", 1), ("hu", 1), ("pt", 1)],
    "de": [("de", 8), ("tr", 1), ("pl", 1), ("it", 1), ("gr", 1)], "fr": [("fr", 8), ("ar", 2), ("pt", 1), ("it", 1)],
    "es": [("es", 9), ("ar", 1), ("fr", 1)], "it": [("it", 9), ("ar", 1), ("de", 1)],
    "pt": [("pt", 9), ("es", 1), ("fr", 1)], "nl": [("nl", 8), ("tr", 1), ("ar", 1), ("de", 1)],
    "pl": [("pl", 10), ("cs", 1)], "sv": [("sv", 9), ("fi", 1), ("ar", 1)], "da": [("da", 9), ("de", 1)],
    "no": [("no", 9), ("sv", 1)], "fi": [("fi", 9), ("sv", 1)], "cs": [("cs", 9), ("pl", 1)], "tr": [("tr", 10)],
}

def person(rng, lang="en", culture=None):
    return Person(rng, culture or wchoice(rng, LANG_CULTURES[lang]))


# ---- geography: cities, streets, addresses, phones -------------------------------------------------
CITIES = {  # (city, region, postcode pattern)
    "us": [('Springfield', 'IL', '627##'), ('Columbus', 'OH', '432##'), ('Austin', 'TX', '787##'),
        ('Tampa', 'FL', '336##'), ('Denver', 'CO', '802##'), ('Portland', 'OR', '972##'), ('Raleigh', 'NC', '276##'),
        ('Omaha', 'NE', '681##'), ('Boise', 'ID', '837##'), ('Albany', 'NY', '122##'), ('Sacramento', 'CA', '958##'),
        ('Phoenix', 'AZ', '850##'), ('Nashville', 'TN', '372##'), ('Richmond', 'VA', '232##'), ('Madison', 'WI', '537##'),
        ('Baton Rouge', 'LA', '708##'), ('Charleston', 'SC', '294##'), ('Tulsa', 'OK', '741##'),
        ('Cedar Rapids', 'IA', '524##'), ('Savannah', 'GA', '314##')],
    "gb": [('Leeds', '', 'LS% #@@'), ('Manchester', '', 'M% #@@'), ('Bristol', '', 'BS% #@@'),
        ('Glasgow', '', 'G% #@@'), ('Cardiff', '', 'CF% #@@'), ('Norwich', '', 'NR% #@@'), ('York', '', 'YO% #@@'),
        ('Brighton', '', 'BN% #@@')],
    "ie": [('Dublin', '', 'D0% &&&&'), ('Cork', '', 'T12 &&&&'), ('Galway', '', 'H91 &&&&'),
        ('Limerick', '', 'V94 &&&&')],
    "ca": [('Toronto', 'ON', 'M%@ #@#'), ('Montréal', 'QC', 'H%@ #@#'), ('Calgary', 'AB', 'T%@ #@#'),
        ('Halifax', 'NS', 'B%@ #@#'), ('Vancouver', 'BC', 'V%@ #@#')],
    "au": [('Sydney', 'NSW', '20##'), ('Melbourne', 'VIC', '30##'), ('Brisbane', 'QLD', '40##'),
        ('Perth', 'WA', '60##'), ('Adelaide', 'SA', '50##')],
    "de": [('Berlin', '', '10###'), ('Hamburg', '', '20###'), ('München', '', '80###'), ('Köln', '', '50###'),
        ('Frankfurt am Main', '', '60###'), ('Stuttgart', '', '70###'), ('Düsseldorf', '', '40###'),
        ('Leipzig', '', '04###'), ('Dresden', '', '01###'), ('Hannover', '', '30###'), ('Nürnberg', '', '90###'),
        ('Bremen', '', '28###')],
    "at": [('Wien', '', '1%%0'), ('Graz', '', '80%0'), ('Linz', '', '40%0'), ('Salzburg', '', '50%0'),
        ('Innsbruck', '', '60%0')],
    "ch": [('Zürich', '', '80%%'), ('Bern', '', '30%%'), ('Basel', '', '40%%'), ('Genève', '', '12%%'),
        ('Lausanne', '', '10%%'), ('Luzern', '', '60%%')],
    "fr": [('Paris', '', '750##'), ('Lyon', '', '6900#'), ('Marseille', '', '130##'), ('Toulouse', '', '310##'),
        ('Nantes', '', '440##'), ('Bordeaux', '', '330##'), ('Lille', '', '590##'), ('Strasbourg', '', '670##'),
        ('Rennes', '', '350##'), ('Montpellier', '', '340##')],
    "be": [('Bruxelles', '', '10%0'), ('Antwerpen', '', '20%0'), ('Gent', '', '90%0'), ('Liège', '', '40%0'),
        ('Namur', '', '50%0')],
    "es": [('Madrid', '', '280##'), ('Barcelona', '', '080##'), ('Valencia', '', '460##'), ('Sevilla', '', '410##'),
        ('Bilbao', '', '480##'), ('Zaragoza', '', '500##'), ('Málaga', '', '290##'), ('Palma', '', '070##')],
    "it": [('Milano', 'MI', '201##'), ('Roma', 'RM', '001##'), ('Napoli', 'NA', '801##'), ('Torino', 'TO', '101##'),
        ('Bologna', 'BO', '401##'), ('Firenze', 'FI', '501##'), ('Genova', 'GE', '161##'), ('Palermo', 'PA', '901##')],
    "pt": [('Lisboa', '', '1%##-###'), ('Porto', '', '4%##-###'), ('Braga', '', '47##-###'),
        ('Coimbra', '', '30##-###'), ('Faro', '', '80##-###'), ('Aveiro', '', '38##-###')],
    "nl": [('Amsterdam', '', '10%# @@'), ('Rotterdam', '', '30%# @@'), ('Utrecht', '', '35%# @@'),
        ('Den Haag', '', '25%# @@'), ('Eindhoven', '', '56%# @@'), ('Groningen', '', '97%# @@')],
    "pl": [('Warszawa', '', '0%-###'), ('Kraków', '', '3%-###'), ('Wrocław', '', '5%-###'), ('Gdańsk', '', '80-###'),
        ('Poznań', '', '6%-###'), ('Łódź', '', '9%-###')],
    "se": [('Stockholm', '', '1%% ##'), ('Göteborg', '', '41% ##'), ('Malmö', '', '21% ##'),
        ('Uppsala', '', '75% ##'), ('Linköping', '', '58% ##')],
    "dk": [('København', 'K', '1%%#'), ('Aarhus', 'C', '8000'), ('Odense', 'C', '5000'), ('Aalborg', '', '9000')],
    "no": [('Oslo', '', '0%%#'), ('Bergen', '', '50%#'), ('Trondheim', '', '70%#'), ('Stavanger', '', '40%#'),
        ('Tromsø', '', '90%#')],
    "fi": [('Helsinki', '', '00%#0'), ('Espoo', '', '02%#0'), ('Tampere', '', '33%#0'), ('Turku', '', '20%#0'),
        ('Oulu', '', '90%#0')],
    "cz": [('Praha', '', '1%0 00'), ('Brno', '', '6%% 00'), ('Ostrava', '', '70% 00'), ('Plzeň', '', '30% 00'),
        ('Olomouc', '', '77% 00')],
    "tr": [('İstanbul', 'Kadıköy', '347##'), ('İstanbul', 'Beşiktaş', '343##'), ('Ankara', 'Çankaya', '066##'),
        ('İzmir', 'Karşıyaka', '355##'), ('Bursa', 'Nilüfer', '161##'), ('Antalya', 'Muratpaşa', '070##')],
}

STREETS = {
    "us": "Maple Ave|Oak Street|Cedar Lane|Elm St|Lakeview Dr|Sunset Blvd|Pine Ridge Rd|Washington Ave|Main Street|"
          "Highland Ct|Willow Way|Cherry Hill Rd|N Jefferson St|Old Mill Road|Bayshore Dr",
    "gb": "Kingsley Road|Station Road|Victoria Street|Church Lane|Mill Lane|Park Avenue|The Crescent|Queens Road|"
          "High Street|Albert Terrace",
    "ie": "Grafton Street|Main Street|Patrick Street|Shop Street|Sráid an Mhuilinn|Church Road",
    "ca": "Yonge Street|Bay Street|Granville St|Spring Garden Rd|Rue Sainte-Catherine O|Jasper Avenue",
    "au": "Pitt Street|Collins Street|Queen Street|Hay Street|King William Street|Beach Road",
    "de": "Lindenstraße|Hauptstraße|Bahnhofstraße|Gartenweg|Schillerstraße|Goethestraße|Am Markt|Bergstraße|"
          "Kirchgasse|Rosenweg|Friedrich-Ebert-Straße|Mühlenweg",
    "at": "Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Wiener Straße|Annenstraße",
    "ch": "Bahnhofstrasse|Seestrasse|Rue du Rhône|Kramgasse|Dorfstrasse",
    "fr": "rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|place du Marché|"
          "chemin des Vignes|allée des Tilleuls|rue Victor Hugo",
    "be": "Rue Neuve|Meir|Korenmarkt|Rue Saint-Gilles|Chaussée de Louvain",
    "es": "Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Paseo de Gracia|Calle Sierpes|Gran Vía|"
          "Calle del Carmen|Avenida del Puerto",
    "it": "Via Roma|Corso Vittorio Emanuele II|Via Garibaldi|Piazza Duomo|Via Dante|Viale Mazzini|Via dei Mille",
    "pt": "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Carmo|Rua das Flores|Avenida dos Aliados",
    "nl": "Keizersgracht|Coolsingel|Oudegracht|Stationsweg|Dorpsstraat|Lange Voorhout|Kerkstraat",
    "pl": "ul. Marszałkowska|ul. Floriańska|al. Jerozolimskie|ul. Piotrkowska|ul. Długa|ul. Kościuszki",
    "se": "Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Sveavägen|Järnvägsgatan",
    "dk": "Nørregade|Vesterbrogade|Østergade|Algade|Jernbanegade",
    "no": "Karl Johans gate|Storgata|Kongens gate|Dronningens gate|Strandveien",
    "fi": "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Kauppakatu|Rantatie",
    "cz": "Národní|Masarykova|Husova|Palackého|Nádražní",
    "tr": "Atatürk Cad.|Bağdat Cad.|İstiklal Cad.|Cumhuriyet Cad.|Gül Sok.",
}
STREETS = {k: v.split("|") for k, v in STREETS.items()}

COUNTRY = {  # cc: (english, local)
    "us": ("USA", "United States"), "gb": ("United Kingdom", "UK"), "ie": ("Ireland", "Éire"),
    "ca": ("Canada", "Canada"), "au": ("Australia", "Australia"),
    "de": ("Germany", "Deutschland"), "at": ("Austria", "Österreich"), "ch": ("Switzerland", "Schweiz"),
    "fr": ("France", "France"), "be": ("Belgium", "Belgique"), "es": ("Spain", "España"),
    "it": ("Italy", "Italia"), "pt": ("Portugal", "Portugal"), "nl": ("Netherlands", "Nederland"),
    "pl": ("Poland", "Polska"), "se": ("Sweden", "Sverige"), "dk": ("Denmark", "Danmark"),
    "no": ("Norway", "Norge"), "fi": ("Finland", "Suomi"), "cz": ("Czech Republic", "Česko"),
    "tr": ("Turkey", "Türkiye"),
}
US_STATES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "FL": "Florida", "CO": "Colorado",
             "OR": "Oregon", "NC": "North Carolina", "NE": "Nebraska", "ID": "Idaho",
             "NY": "New York", "CA": "California", "AZ": "Arizona", "TN": "Tennessee",
             "VA": "Virginia", "WI": "Wisconsin", "LA": "Louisiana", "SC": "South Carolina",
             "OK": "Oklahoma", "IA": "Iowa", "GA": "Georgia"}

LANG_CC = {"en": [("us", 12), ("gb", 3), ("ie", 1), ("ca", 2), ("au", 2)],
           "de": [("de", 6), ("at", 1), ("ch", 1)], "fr": [("fr", 6), ("be", 1), ("ch", 1)],
           "es": [("es", 1)], "it": [("it", 1)], "pt": [("pt", 1)], "nl": [("nl", 5), ("be", 1)],
           "pl": [("pl", 1)], "sv": [("se", 1)], "da": [("dk", 1)], "no": [("no", 1)],
           "fi": [("fi", 1)], "cs": [("cz", 1)], "tr": [("tr", 1)]}
CC_LANG = {"de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "fr", "es": "es", "it": "it",
           "pt": "pt", "nl": "nl", "pl": "pl", "se": "sv", "dk": "da", "no": "no", "fi": "fi",
           "cz": "cs", "tr": "tr"}
CC_CULTURE = {"de": "de", "at": "de", "ch": "de", "fr": "fr", "be": "nl", "es": "es", "it": "it",
              "pt": "pt", "nl": "nl", "pl": "pl", "se": "sv", "dk": "da", "no": "no", "fi": "fi",
              "cz": "cs", "tr": "tr", "gb": "gb", "ie": "ie"}

def cc_for(rng, lang):
    return wchoice(rng, LANG_CC[lang])

class Addr:
    pass

def make_addr(rng, cc):
    city, region, pcpat = rng.choice(CITIES[cc])
    a = Addr()
    a.cc, a.city, a.region, a.pc = cc, city, region, fill(rng, pcpat)
    st = rng.choice(STREETS[cc])
    n = str(rng.randint(1, 220))
    if cc == "us":
        street = f"{rng.randint(100, 9899)} {st}"
        if rng.random() < 0.3:
            street += rng.choice([" Apt ", " Unit ", " #", " Suite "]) + fill(rng, rng.choice(["%#", "%@", "%#%"]))
        a.pc = a.pc + (("-" + dg(rng, 4)) if rng.random() < 0.2 else "")
        last = [f"{city}, {region} {a.pc}"]
    elif cc == "ca":
        street, last = f"{rng.randint(10, 2999)} {st}", [f"{city} {region} {a.pc}"]
    elif cc == "au":
        street = (f"Unit {rng.randint(1, 30)}/" if rng.random() < 0.3 else "") + f"{n} {st}"
        last = [f"{city.upper() if rng.random() < 0.5 else city} {region} {a.pc}"]
    elif cc == "gb":
        street = (f"Flat {rng.randint(1, 12)}, " if rng.random() < 0.2 else "") + f"{n} {st}"
        last = [city.upper() if rng.random() < 0.4 else city, a.pc]
    elif cc == "ie":
        street = f"{n} {st}"
        last = [f"{city} {rng.randint(1, 8)}" if city == "Dublin" and rng.random() < 0.5 else city, a.pc]
    elif cc == "fr":
        street = f"{n}{rng.choice(['', '', ' bis'])} {st}"
        last = [f"{a.pc} {city.upper() if rng.random() < 0.4 else city}"]
    elif cc == "it":
        street = rng.choice([f"{st} {n}", f"{st}, {n}"])
        last = [f"{a.pc} {city} {region}" if rng.random() < 0.6 else f"{a.pc} {city} ({region})"]
    elif cc == "es":
        street = rng.choice([f"{st} {n}", f"{st}, {n}, {rng.randint(1, 9)}º {rng.choice('ABCD')}"])
        last = [f"{a.pc} {city}"]
    elif cc == "pt":
        street, last = rng.choice([f"{st} {n}", f"{st}, n.º {n}, {rng.randint(1, 8)}º andar"]), [f"{a.pc} {city}"]
    elif cc == "nl":
        street = f"{st} {n}{rng.choice(['', '', 'a', '-II', ' bis'])}"
        last = [f"{a.pc} {city.upper() if rng.random() < 0.3 else city}"]
    elif cc == "pl":
        street = rng.choice([f"{st} {n}", f"{st} {n}/{rng.randint(1, 60)}", f"{st} {n} m. {rng.randint(1, 60)}"])
        last = [f"{a.pc} {city}"]
    elif cc == "se":
        street = f"{st} {n}" + (f", lgh {rng.randint(1001, 1404)}" if rng.random() < 0.25 else "")
        last = [f"{a.pc} {city.upper() if rng.random() < 0.3 else city}"]
    elif cc == "dk":
        street = f"{st} {n}" + rng.choice(["", f", {rng.randint(1, 5)}. sal", ", st. th", f", {rng.randint(1, 4)}. tv"])
        last = [f"{a.pc} {city} {region}".rstrip()]
    elif cc == "fi":
        street = f"{st} {n}" + rng.choice(["", f" {rng.choice('ABC')} {rng.randint(1, 40)}"])
        last = [f"{a.pc} {city.upper() if rng.random() < 0.4 else city}"]
    elif cc == "cz":
        street, last = f"{st} {rng.randint(100, 2999)}/{n}", [f"{a.pc} {city}"]
    elif cc == "tr":
        street = f"{rng.choice(['Cumhuriyet Mah. ', 'Moda Mah. ', ''])}{st} No: {n}" + (
            f" D: {rng.randint(1, 20)}" if rng.random() < 0.6 else "")
        last = [f"{a.pc} {region}/{city}"]
    else:  # de at ch be no
        street = f"{st} {n}{rng.choice(['', '', 'a', 'b']) if cc in ('de', 'at') else ''}"
        if cc == "at" and rng.random() < 0.3:
            street += f"/{rng.randint(1, 20)}"
        last = [f"{a.pc} {city}"]
    a.street = street
    a.lines = [street] + last
    return a

def addr_text(rng, a, multiline=None, country=None):
    lines = list(a.lines)
    if country:
        lines.append(country)
    if multiline is None:
        multiline = rng.random() < 0.5
    return "\n".join(lines) if multiline else ", ".join(lines)

def loc_text(rng, a, lang="en"):
    """A LOCATION string for the city of address a."""
    r = rng.random()
    if a.cc in ("us", "ca", "au") and r < 0.5:
        return f"{a.city}, {a.region}"
    if a.cc in ("us",) and r < 0.6:
        return US_STATES.get(a.region, a.city)
    if r < 0.15:
        return f"{a.city}, {COUNTRY[a.cc][0 if lang == 'en' else 1]}"
    return a.city

PHONE_FMT = {
    "us": ["(%##) %##-####", "%##-%##-####", "+1 %## %## ####", "%##.%##.####", "1-800-%##-####", "+1 (%##) %##-####",
        "(%##) 555-01##", "1-888-%##-####"],
    "ca": ["(416) %##-####", "+1 514 %## ####", "604-%##-####"],
    "gb": ["+44 20 7### ####", "020 7### ####", "07700 900###", "+44 7### ######", "0113 ### ####",
        "+44 (0)161 ### ####", "0800 ### ####"],
    "ie": ["+353 1 ### ####", "087 ### ####", "+353 87 ### ####", "(01) ### ####"],
    "au": ["+61 2 #### ####", "(02) #### ####", "04## ### ###", "+61 4## ### ###", "1300 ### ###"],
    "de": ["+49 30 ########", "030 #######", "+49 (0)171 #######", "0171/#######", "089 ####-###",
        "+49 40 ### ###-##", "0151 #### ####", "0800 ### ####"],
    "at": ["+43 1 ### ####", "0664 ### ####", "+43 (0)316 ######"],
    "ch": ["+41 44 ### ## ##", "079 ### ## ##", "+41 (0)31 ### ## ##"],
    "fr": ["+33 1 ## ## ## ##", "06 ## ## ## ##", "01.##.##.##.##", "+33 (0)6 ## ## ## ##", "07########",
        "09 69 ## ## ##"],
    "be": ["+32 2 ### ## ##", "0470 ## ## ##", "+32 (0)9 ### ## ##"],
    "es": ["+34 91 ### ## ##", "6## ### ###", "+34 6## ## ## ##", "93 ### ## ##", "900 ### ###"],
    "it": ["+39 02 #### ####", "3## ### ####", "+39 06 ########", "+39 3## #######", "800 ### ###"],
    "pt": ["+351 21 ### ####", "9## ### ###", "+351 9## ### ###", "22 ### ####", "808 ### ###"],
    "nl": ["+31 20 ### ####", "06-########", "+31 6 #### ####", "010-### ####", "0800-####"],
    "pl": ["+48 22 ### ## ##", "6## ### ###", "+48 5## ### ###", "(22) ###-##-##", "801 ### ###"],
    "se": ["+46 8 ### ### ##", "070-### ## ##", "08-### ## ##", "+46 70 ### ## ##", "0771-## ## ##"],
    "dk": ["+45 %# ## ## ##", "%# ## ## ##", "+45 %#######", "70 ## ## ##"],
    "no": ["+47 ### ## ###", "9## ## ###", "+47 22 ## ## ##", "4## ## ###"],
    "fi": ["+358 9 #### ####", "040 ### ####", "+358 40 ### ####", "050-### ####", "010 ### ####"],
    "cz": ["+420 6## ### ###", "+420 2## ### ###", "7## ### ###", "800 ### ###"],
    "tr": ["+90 212 ### ## ##", "0532 ### ## ##", "+90 (532) ### ## ##", "0 216 ### ## ##", "444 ## ##"],
    "in": ["+91 9#### #####", "+91-22-####-####"],
    "jp": ["+81 3-####-####", "090-####-####"],
    "br": ["+55 11 9####-####", "(21) 9####-####"],
    "mx": ["+52 55 #### ####"],
}

def phone(rng, cc="us"):
    return fill(rng, rng.choice(PHONE_FMT.get(cc, PHONE_FMT["us"])))

FREE_MAIL = ["example.com", "example.org", "example.net", "mail.example.com",
             "inbox.example.org", "post.example.net", "webmail.example.com"]

def email_for(rng, p=None, domain=None):
    domain = domain or rng.choice(FREE_MAIL)
    if p is None:
        return f"{rng.choice(['info', 'claims', 'service', 'kontakt', 'schaden', 'sinistres', 'support'])}@{domain}"
    g, s = slug(p.given), slug(p.surname)
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}{dg(rng, 2)}", f"{g}_{s}", f"{g}{s[:1]}",
                        f"{s}.{g}"])
    return f"{local}@{domain}"

# ---- dates and times -------------------------------------------------------------------------------
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
DATE_STYLES = {
    "en": ["mdy", "mdy", "mdy_long", "long", "iso", "dmon", "dmy/", "mdy_s"],
    "de": ["dmy.", "dmy.", "long", "iso"], "fr": ["dmy/", "dmy/", "long"], "es": ["dmy/", "long"],
    "it": ["dmy/", "long"], "pt": ["dmy/", "long", "dmy-"], "nl": ["dmy-", "long", "dmy-s"],
    "pl": ["dmy.", "long", "iso"], "sv": ["iso", "iso", "long"], "da": ["dmy.", "long"],
    "no": ["dmy.", "long"], "fi": ["dmy.s", "long"], "cs": ["dmy.sp", "long", "dmy."],
    "tr": ["dmy.", "long"],
}
CONN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las "],
        "it": [" alle ", ", ore "], "pt": [" às "], "nl": [" om "], "pl": [" o godz. ", ", godz. "],
        "sv": [" kl. "], "da": [" kl. "], "no": [" kl. "], "fi": [" klo "], "cs": [" v "],
        "tr": [" saat "]}

def rdate(rng, y0=2022, y1=2025):
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=rng.randrange((dt.date(y1, 12, 31) - start).days + 1))

def rdob(rng):
    return rdate(rng, 1938, 2005)

def rtime(rng):
    return dt.time(rng.randrange(6, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]))

_DFMT = {
    "iso": lambda d, M: d.isoformat(), "mdy": lambda d, M: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "mdy_s": lambda d, M: f"{d.month}/{d.day}/{d.year}",
    "mdy_long": lambda d, M: f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
    "dmon": lambda d, M: f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3]}-{d.year}",
    "dmy/": lambda d, M: f"{d.day:02d}/{d.month:02d}/{d.year}", "dmy.": lambda d, M: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dmy-": lambda d, M: f"{d.day:02d}-{d.month:02d}-{d.year}", "dmy-s": lambda d, M: f"{d.day}-{d.month}-{d.year}",
    "dmy.s": lambda d, M: f"{d.day}.{d.month}.{d.year}", "dmy.sp": lambda d, M: f"{d.day}. {d.month}. {d.year}",
}

def fdate(rng, d, lang="en", style=None):
    style = style or rng.choice(DATE_STYLES[lang])
    M = MONTHS[lang][d.month - 1]
    if style in _DFMT:
        return _DFMT[style](d, M)
    if lang in ("de", "da", "no", "fi", "cs"):  # long form
        return f"{d.day}. {M} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {M} de {d.year}"
    return f"{d.day} {M} {d.year}"

def fdate_wd(rng, d, lang="en"):
    wd = WEEKDAYS[lang][d.weekday()]
    if lang == "en":
        return rng.choice([f"{wd}, {fdate(rng, d, 'en', rng.choice(['mdy_long', 'long']))}",
                           f"{wd[:3]} {fdate(rng, d, 'en', 'mdy')}"])
    sep = " " if lang in ("fr", "it") else ", "
    return f"{wd}{sep}{fdate(rng, d, lang)}"

def ftime(rng, t, lang="en"):
    if lang == "en":
        h12 = t.hour % 12 or 12
        ap = "AM" if t.hour < 12 else "PM"
        return rng.choice([f"{h12}:{t.minute:02d} {ap}", f"{t.hour:02d}:{t.minute:02d}",
                           f"{h12}:{t.minute:02d}{ap.lower()}", f"{h12}:{t.minute:02d} {ap}"])
    if lang == "fr":
        return rng.choice([f"{t.hour}h{t.minute:02d}", f"{t.hour:02d}:{t.minute:02d}"])
    if lang in ("fi", "da", "no"):
        return rng.choice([f"{t.hour}.{t.minute:02d}", f"{t.hour:02d}:{t.minute:02d}"])
    return f"{t.hour:02d}:{t.minute:02d}"

def fdt(rng, d, t, lang="en"):
    if lang == "en" and rng.random() < 0.2:
        return f"{d.isoformat()} {t.hour:02d}:{t.minute:02d}"
    return fdate(rng, d, lang) + rng.choice(CONN[lang]) + ftime(rng, t, lang)

def log_ts(rng, d=None):
    d = d or rdate(rng)
    return (f"{d.isoformat()}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:"
            f"{rng.randrange(60):02d}.{dg(rng, 3)}Z")

def mail_date(rng, d=None):
    d = d or rdate(rng)
    wd = WEEKDAYS["en"][d.weekday()][:3]
    return (f"{wd}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{rng.randrange(7, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} "
            f"{rng.choice(['+0100', '+0200', '-0500', '+0000', '-0400'])}")

# ---- checksummed identifiers -----------------------------------------------------------------------
def luhn_ok(num):
    digits = [int(c) for c in reversed(num)]
    return (sum(digits[0::2]) + sum(2 * d - 9 if d > 4 else 2 * d for d in digits[1::2])) % 10 == 0

def luhn_complete(rng, prefix, length):
    body = prefix + dg(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError

CARD_PREFIX = {"Visa": (["4"], 16), "Mastercard": (["51", "52", "53", "54", "55", "2221"], 16),
               "Amex": (["34", "37"], 15), "Discover": (["6011"], 16)}

def card_pan(rng):
    brand = rng.choice(["Visa", "Visa", "Mastercard", "Mastercard", "Amex", "Discover"])
    prefixes, length = CARD_PREFIX[brand]
    return brand, luhn_complete(rng, rng.choice(prefixes), length)

def fmt_pan(rng, pan, style=None):
    style = style if style is not None else rng.choice(["sp", "sp", "dash", "none"])
    if style == "none":
        return pan
    sep = " " if style == "sp" else "-"
    if len(pan) == 15:
        return sep.join([pan[:4], pan[4:10], pan[10:]])
    return sep.join(pan[i:i + 4] for i in range(0, len(pan), 4))

def card(rng, style=None):
    brand, pan = card_pan(rng)
    return brand, fmt_pan(rng, pan, style)

def bad_card(rng):
    body = rng.choice(["4", "5"]) + dg(rng, 14)
    c = next(c for c in "0123456789" if not luhn_ok(body + c))
    return fmt_pan(rng, body + c)

IBAN_BBAN = {"DE": "##################", "AT": "################", "CH": "#################",
             "FR": "#######################", "BE": "############", "ES": "####################",
             "IT": "@######################", "PT": "#####################", "NL": "~##########",
             "PL": "########################", "SE": "####################", "DK": "##############",
             "NO": "###########", "FI": "##############", "CZ": "####################",
             "TR": "#####0################", "GB": "~##############", "IE": "~##############"}
BANK4 = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"], "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
         "IE": ["AIBK", "BOFI", "IPBS"]}
CC_IBAN = {"de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be": "BE", "es": "ES", "it": "IT",
           "pt": "PT", "nl": "NL", "pl": "PL", "se": "SE", "dk": "DK", "no": "NO", "fi": "FI",
           "cz": "CZ", "tr": "TR", "gb": "GB", "ie": "IE"}

def iban_check_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def make_iban(rng, country="DE", grouped=None):
    pat = IBAN_BBAN[country]
    if pat.startswith("~"):
        pat = rng.choice(BANK4[country]) + pat[1:]
    bban = fill(rng, pat)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    iban = f"{country}{98 - int(num) % 97:02d}{bban}"
    assert iban_check_ok(iban), iban
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban

def iban_for_cc(rng, cc, grouped=None):
    return make_iban(rng, CC_IBAN.get(cc, rng.choice(["DE", "FR", "NL", "ES", "IT"])), grouped)

def ssn(rng, style=None):
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style if style is not None else rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{style}{g:02d}{style}{s:04d}"

def bad_ssn(rng):
    area = rng.choice(["000", "666", "9" + dg(rng, 2)])
    return f"{area}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"

# ---- secrets ---------------------------------------------------------------------------------------
def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

def aws_key(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(rng, 16, UP + "234567")

def aws_secret(rng):
    return rs(rng, 40, B62 + "/+")

def gh_token(rng):
    r = rng.random()
    if r < 0.6:
        return "ghp_" + rs(rng, 36)
    if r < 0.8:
        return rng.choice(["gho_", "ghs_", "ghu_"]) + rs(rng, 36)
    return "github_pat_" + rs(rng, 22) + "_" + rs(rng, 59)

def slack_token(rng):
    if rng.random() < 0.6:
        return f"xoxb-{dg(rng, 11)}-{dg(rng, 13)}-{rs(rng, 24)}"
    return f"xoxp-{dg(rng, 11)}-{dg(rng, 11)}-{dg(rng, 13)}-{rs(rng, 32, HEX)}"

def stripe_key(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(rng, rng.choice([24, 34, 48, 99]))

def jwt_token(rng, sub=None):
    header = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    payload = {"sub": sub or f"usr_{rs(rng, 10, HEX)}", "iss": rng.choice(
        ["https://auth.claims.example.com", "claims-gateway", "idp.example.net"]),
        "scope": rng.choice(["claims:read claims:write", "fnol:create", "policy:read"]),
        "iat": 1700000000 + rng.randrange(60000000)}
    payload["exp"] = payload["iat"] + 3600
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return f"{enc(header)}.{enc(payload)}.{b64u(bytes(rng.getrandbits(8) for _ in range(32)))}"

def pem_key(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = rng.randint(3, 8)
    lines = [rs(rng, 64, B62 + "+/") for _ in range(n)] + [rs(rng, rng.randint(8, 60), B62 + "+/") + "=="]
    if kind == "OPENSSH PRIVATE KEY":
        lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + lines[0][24:]
    elif kind == "RSA PRIVATE KEY":
        lines[0] = "MIIEpAIBAAKCAQEA" + lines[0][16:]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

PW_WORDS = ["Harbor", "Summit", "Claims", "Falcon", "Lighthouse", "Orchid", "Granite", "Tulpe",
            "Sommer", "Maple", "Nordlys", "Azul", "Vento", "Kestrel"]

def password(rng, dsn=False):
    r = rng.random()
    if r < 0.4:
        pw = rng.choice(PW_WORDS) + dg(rng, rng.randint(2, 4)) + rng.choice("!#$%&*?")
    elif r < 0.7:
        pw = rs(rng, rng.randint(12, 20), B62 + "!#%&*+-=?_")
    else:
        pw = "-".join(rng.choice(["copper", "tiger", "lantern", "river", "oak", "seven", "glass",
                                  "violet", "anchor"]) for _ in range(3)) + dg(rng, 2)
    if dsn:
        pw = re.sub(r"[#?%&*+=]", "_", pw)
    return pw

def generic_secret(rng):
    return rng.choice([lambda: rs(rng, rng.choice([32, 40, 64]), HEX), lambda: "whsec_" + rs(rng, 32),
                       lambda: "key-" + rs(rng, 32, HEX), lambda: rs(rng, rng.choice([32, 40, 48]), B62),
                       lambda: "SG." + rs(rng, 22, B62 + "-_") + "." + rs(rng, 43, B62 + "-_")])()

# ---- hard negatives and misc values ----------------------------------------------------------------
def claim_no(rng):
    return fill(rng, rng.choice(["CLM-202#-00#####", "HO-2#-1#####", "S-202#/00####", "SIN-202#-00####",
                                 "C#########", "AU-%#####-##", "SCH-202#-######", "KL/2#/#####"]))

def policy_no(rng):
    return fill(rng, rng.choice(["HO3-%##-###-##", "PA %### ####", "VG-DE-202#-00#####", "POL-%######",
                                 "%##.###.###", "LF-%#######", "TRV-202#-@@####", "PET-%######",
                                 "%#/@@/#####"]))

def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))

def sha(rng, n=40):
    return rs(rng, n, HEX)

def version(rng):
    return f"{rng.randint(1, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 40)}"

def amount(rng, lo=80, hi=48000, cur=None, eu=False):
    v = rng.uniform(lo, hi)
    if eu:
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} {cur or '€'}" if rng.random() < 0.5 else f"{cur or 'EUR'} {s}"
    return f"{cur or '$'}{v:,.2f}"

def vin(rng):
    return rs(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

def plate(rng, cc="us"):
    pats = {"us": ["%@@ ####", "@@@-####", "#@@@###"], "gb": ["@@## @@@"], "de": ["B-@@ %###", "M-@ %##", "HH-@@ %##"],
            "fr": ["@@-###-@@"], "es": ["#### @@@"], "it": ["@@ ###@@"], "pt": ["##-@@-##"],
            "nl": ["@@-###-@"], "pl": ["WA %####", "KR %##@@"], "se": ["@@@ ##@"], "dk": ["@@ ## ###"],
            "no": ["@@ #####"], "fi": ["@@@-###"], "cz": ["%@% ####"], "tr": ["34 @@ ####", "06 @ ####"]}
    return fill(rng, rng.choice(pats.get(cc, pats["us"])))

def ip4(rng):
    o = [rng.randint(0, 255) for _ in range(2)] + [rng.randint(1, 254)]
    return rng.choice(["203.0.113.{2}", "203.0.113.{2}", "198.51.100.{2}", "198.51.100.{2}", "192.0.2.{2}",
                       "10.{0}.{1}.{2}", "172.{3}.{1}.{2}"]).format(*o, 16 + o[0] % 16)

def ip6(rng):
    if rng.random() < 0.5:
        return "2001:db8:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(6))
    return f"2001:db8::{rng.randrange(65536):x}:{rng.randrange(65536):x}"

def ip_any(rng):
    return ip6(rng) if rng.random() < 0.2 else ip4(rng)

ICD = ["S82.201A", "M54.5", "S13.4XXA", "T14.90", "W19.XXXA", "S42.001A", "R51", "S06.0X0A", "S93.401A"]
CPT = ["99213", "97110", "72148", "99284", "29881", "73610", "97140"]
DRUGS = ["ibuprofen", "amoxicillin", "meloxicam", "Carprofen", "Apoquel", "paracetamol", "Tramadol",
         "cefalexin", "Metacam", "naproxen"]
PETS = ["Biscuit", "Luna", "Max", "Bella", "Pepper", "Milo", "Nala", "Rocky", "Oscar", "Tilly", "Mango"]
BICS = ["COBADEFFXXX", "BNPAFRPPXXX", "DEUTDEFF", "INGBNL2A", "CAIXESBBXXX", "UNCRITMMXXX", "NDEASESS",
        "DABADKKK", "DNBANOKK", "OKOYFIHH", "KOMBCZPP", "TGBATRIS", "BCOMPTPL", "PKOPPLPW"]
IATA = ["FRA", "LHR", "CDG", "MAD", "FCO", "LIS", "AMS", "WAW", "ARN", "CPH", "OSL", "HEL", "PRG", "IST",
        "JFK", "ORD", "MUC", "BCN"]
ROUTING = ["021000021", "011000015", "122105155", "026009593", "071000013", "111000025"]
PEOPLE_COMPANIES = ["Hartmann & Kerr Restoration", "O'Neill Auto Body", "Müller & Söhne GmbH",
                    "Johnson Brothers Roofing", "Ben & Jerry's", "Dupont Frères Expertise",
                    "Kessler, Ortiz & Wong LLP", "Van der Berg Schadeherstel B.V.", "Ferrari Carrozzeria",
                    "McAllister Towing", "Svensson Bygg AB", "Wells Fargo"]

DL_US = {"CA": "@#######", "TX": "########", "FL": "@###-###-##-###-#", "NY": "### ### ###", "IL": "@###-####-####",
         "OH": "@@######", "AZ": "@########", "VA": "@##-##-####", "CO": "##-###-####", "WI": "@###-####-####-##"}
DL_EU = {"gb": "@@@@@%#####@@#@@", "de": "@##&&&&#&##", "at": "@##&&&&#&##", "ch": "@##&&&&#&##", "fr": "##@@#####",
         "it": "@@#######@", "es": "########@", "nl": "##########", "pl": "#####/##/####"}

def dl_number(rng, cc="us", st=None):
    if cc == "us":
        return fill(rng, DL_US.get(st, rng.choice(["@#######", "@########", "########", "@###-####-####"])))
    return fill(rng, DL_EU.get(cc) or rng.choice(["########", "@@######", "## ### ###"]))

def mrn(rng):
    return fill(rng, rng.choice(["MR-########", "########", "E#######", "HSP%######", "%##-##-##",
                                 "MRN%#######", "PID-%######"]))

def member_id(rng):
    return fill(rng, rng.choice(["@@@%########", "W%########", "MBR-##-#######", "%########-01",
                                 "@%########", "8027600####-######", "H%#######"]))

def account_no(rng):
    return fill(rng, rng.choice(["%#########", "%###########", "####-######-##", "KD-%######",
                                 "CUST-%######", "%##-####-###", "AC%#######"]))

INSURERS = {
    "en": ["Northwind Mutual", "Harbor & Pike Insurance", "Bluegate Casualty", "Summit Ridge Life",
           "Lighthouse Travel Protect", "Pawsure Pet Insurance", "Granite State Fire & Marine",
           "Evergreen Specialty Underwriters"],
    "de": ["Alpenschutz Versicherung AG", "Hanse Assekuranz", "Rheinland Sachversicherung"],
    "fr": ["Assurances Lumière", "Mutuelle du Littoral"], "es": ["Seguros Atalaya", "Mutua Levante"],
    "it": ["Assicurazioni Serenissima", "Italnova Assicurazioni"],
    "pt": ["Fidelis Seguros", "Atlântico Seguros"], "nl": ["Polderzorg Verzekeringen", "Duinrand Verzekeringen"],
    "pl": ["Bursztyn TU S.A.", "Mazowsze Ubezpieczenia"], "sv": ["Nordvik Försäkring"],
    "da": ["Kvist Forsikring"], "no": ["Fjellsikker Forsikring"], "fi": ["Lumo Vakuutus"],
    "cs": ["Vltava pojišťovna"], "tr": ["Boğaziçi Sigorta"],
}

def insurer(rng, lang="en"):
    name = rng.choice(INSURERS[lang])
    dom = slug(name.split()[0]) + rng.choice(["-insurance", "-claims", "", "-group"]) + ".example.com"
    return name, dom

def web_url(rng, dom, path_opts=None):
    path = rng.choice(path_opts or ["claims/status", "fnol/start", "portal/documents/upload",
                                    "kunden/schaden", "policy/renewal", "help/contact"])
    q = rng.choice(["", "", f"?ref={fill(rng, '@@######')}", f"?lang={rng.choice(['en', 'de', 'fr'])}&src=email",
                    f"?case={dg(rng, 7)}"])
    return f"https://{rng.choice(['www.', 'portal.', 'claims.', ''])}{dom}/{path}{q}"
# ---- multilingual lexicon (labels and sentences; {slots} filled by Builder.tpl) --------------------
NON_EN = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "no", "fi", "cs", "tr"]
LOWER_AFTER_SAL = {"de", "pl", "cs"}
LABELS = {  # one entry per label, languages in NON_EN order
    "dob": 'Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Data de nascimento|Geboortedatum|'
        'Data urodzenia|Födelsedatum|Fødselsdato|Fødselsdato|Syntymäaika|Datum narození|Doğum tarihi',
    "street": 'Straße, Hausnr.|Adresse|Dirección|Via/Piazza|Morada|Straat en huisnummer|Ulica i numer|Gatuadress|Adresse|'
        'Gateadresse|Katuosoite|Ulice a č. p.|Adres',
    "city": 'Ort|Ville|Localidad|Comune|Localidade|Woonplaats|Miejscowość|Ort|By|Poststed|Postitoimipaikka|Obec|İl',
    "zip": 'PLZ|Code postal|C.P.|CAP|Código postal|Postcode|Kod pocztowy|Postnummer|Postnr.|Postnummer|Postinumero|'
        'PSČ|Posta kodu',
    "phone": 'Telefon|Téléphone|Teléfono|Telefono|Telefone|Telefoon|Telefon|Telefon|Telefon|Telefon|Puhelin|Telefon|'
        'Telefon',
    "email": 'E-Mail|Courriel|Correo electrónico|E-mail|E-mail|E-mailadres|E-mail|E-post|E-mail|E-post|Sähköposti|'
        'E-mail|E-posta',
    "iban": 'IBAN|IBAN|IBAN|IBAN|IBAN|IBAN|Numer rachunku (IBAN)|IBAN|IBAN|IBAN|IBAN|IBAN|IBAN',
    "policy": 'Versicherungsschein-Nr.|N° de contrat|N.º de póliza|N. polizza|N.º da apólice|Polisnummer|Nr polisy|'
        'Försäkringsnummer|Policenummer|Polisenummer|Vakuutusnumero|Číslo pojistné smlouvy|Poliçe no',
    "claim": 'Schadennummer|N° de sinistre|N.º de siniestro|N. sinistro|N.º do sinistro|Schadenummer|Nr szkody|'
        'Skadenummer|Skadenummer|Skadenummer|Vahinkonumero|Číslo pojistné události|Hasar dosya no',
    "loss_date": 'Schadendatum|Date du sinistre|Fecha del siniestro|Data del sinistro|Data do sinistro|Schadedatum|'
        'Data zdarzenia|Skadedatum|Skadedato|Skadedato|Vahinkopäivä|Datum události|Hasar tarihi',
    "loss_place": 'Schadenort|Lieu du sinistre|Lugar del siniestro|Luogo del sinistro|Local do sinistro|Plaats van de schade|'
        'Miejsce zdarzenia|Skadeplats|Skadested|Skadested|Vahinkopaikka|Místo události|Hasar yeri',
    "desc": 'Schadenhergang|Circonstances|Descripción|Dinamica|Descrição|Toedracht|Opis zdarzenia|Händelseförlopp|'
        'Hændelsesforløb|Hendelsesforløp|Tapahtumankuvaus|Popis události|Olayın açıklaması',
    "insured": 'Versicherungsnehmer|Souscripteur|Tomador|Contraente|Tomador do seguro|Verzekeringnemer|Ubezpieczający|'
        'Försäkringstagare|Forsikringstager|Forsikringstaker|Vakuutuksenottaja|Pojistník|Sigorta ettiren',
    "cust": 'Kundennummer|N° client|N.º de cliente|Codice cliente|N.º de cliente|Klantnummer|Nr klienta|Kundnummer|'
        'Kundenummer|Kundenummer|Asiakasnumero|Číslo klienta|Müşteri no',
    "hc": "Mitgliedsnummer Krankenzusatzversicherung|N° d'adhérent mutuelle|N.º de tarjeta de asegurado (salud)|"
        'N. tessera sanitaria integrativa|N.º de beneficiário do seguro de saúde|Relatienummer zorgverzekering|'
        'Nr karty pakietu medycznego|Medlemsnummer sjukvårdsförsäkring|Medlemsnummer sundhedsforsikring|'
        'Medlemsnummer helseforsikring|Sairauskuluvakuutuksen jäsennumero|Číslo zdravotního připojištění|'
        'Sağlık sigortası üye no',
    "plate": 'Kennzeichen|Immatriculation|Matrícula|Targa|Matrícula|Kenteken|Nr rejestracyjny|Registreringsnummer|'
        'Registreringsnummer|Registreringsnummer|Rekisterinumero|RZ vozidla|Plaka',
    "dl": 'Führerscheinnummer|N° de permis|N.º de permiso de conducir|N. patente|N.º da carta de condução|'
        'Rijbewijsnummer|Nr prawa jazdy|Körkortsnummer|Kørekortnummer|Førerkortnummer|Ajokortin numero|'
        'Číslo řidičského průkazu|Ehliyet no',
    "subj_fnol": 'Schadenmeldung|Déclaration de sinistre|Comunicación de siniestro|Denuncia di sinistro|'
        'Participação de sinistro|Schademelding|Zgłoszenie szkody|Skadeanmälan|Skadeanmeldelse|Skademelding|'
        'Vahinkoilmoitus|Hlášení pojistné události|Hasar ihbarı',
    "sal_generic": 'Sehr geehrte Damen und Herren,|Madame, Monsieur,|Estimados señores:|Spettabile Compagnia,|'
        'Exmos. Senhores,|Geachte heer, mevrouw,|Szanowni Państwo,|Hej,|Hej,|Hei,|Hei,|Vážení,|Sayın yetkili,',
    "sal_cust": 'Sehr geehrte Kundin, sehr geehrter Kunde,|Chère cliente, cher client,|Estimado/a cliente:|'
        'Gentile Cliente,|Caro(a) Cliente,|Geachte klant,|Szanowni Państwo,|Hej,|Kære kunde,|Hei,|Hyvä asiakas,|'
        'Vážený kliente,|Sayın müşterimiz,',
    "regards": 'Mit freundlichen Grüßen|Cordialement|Atentamente|Cordiali saluti|Com os melhores cumprimentos|'
        'Met vriendelijke groet|Z poważaniem|Med vänliga hälsningar|Med venlig hilsen|Med vennlig hilsen|'
        'Ystävällisin terveisin|S pozdravem|Saygılarımla',
    "agent": 'Mitarbeiter|Conseiller|Agente|Operatore|Assistente|Medewerker|Konsultant|Handläggare|Medarbejder|Rådgiver|'
        'Asiakaspalvelu|Operátor|Temsilci',
    "cust_role": 'Kunde|Client|Cliente|Cliente|Cliente|Klant|Klient|Kund|Kunde|Kunde|Asiakas|Klient|Müşteri',
}
LEX = {
    "de": dict(
        subj_ack='Eingangsbestätigung Ihrer Schadenmeldung',
        intro='hiermit melde ich einen Schaden zu meinem Vertrag {policy}.',
        happened='Der Schaden ereignete sich am {dt} in {loc}.',
        callback='Sie erreichen mich unter {phone} oder per E-Mail an {email}.',
        payto='Bitte überweisen Sie die Entschädigung auf folgendes Konto: {iban}.',
        ack1='wir bestätigen den Eingang Ihrer Schadenmeldung vom {date}.',
        ack2='Ihr Schaden wurde unter der Schadennummer {claim} registriert. Bitte geben Sie diese Nummer bei jeder Korrespondenz an.',
        handler='Ihr zuständiger Sachbearbeiter ist {name}, Telefon {phone}, E-Mail {email}.',
        docs='Bitte reichen Sie uns innerhalb von 14 Tagen Fotos und Rechnungen ein.',
        status='Ihre Schadenmeldung {claim} ist in Bearbeitung. Die Regulierung erfolgt in der Regel innerhalb von 10 Werktagen.',
        clause='§ {n} Obliegenheiten im Schadenfall: Der Versicherungsnehmer hat jeden Schaden unverzüglich, spätestens innerhalb einer Woche, anzuzeigen. Die Entschädigung ist auf {amt} je Versicherungsfall begrenzt. Selbstbeteiligung: {amt2}.',
        sal=[('Sehr geehrter Herr', 's', 'm'), ('Sehr geehrte Frau', 's', 'f')],
        events=['Durch einen geplatzten Schlauch der Waschmaschine wurde der Laminatboden in Küche und Flur beschädigt.',
        'Beim Ausparken ist mir ein anderes Fahrzeug in die linke Fahrzeugseite gefahren.',
        'In unsere Wohnung wurde eingebrochen; entwendet wurden ein Laptop und Schmuck.',
        'Durch den Sturm wurden mehrere Dachziegel gelöst und das Dachfenster beschädigt.'],
        c=['Guten Tag, mein Name ist {agent}. Wie kann ich Ihnen helfen?',
        'Hallo, ich möchte einen Schaden melden. Mein Name ist {name}.',
        'Gerne. Bitte nennen Sie mir Ihre Vertragsnummer und Ihr Geburtsdatum.',
        'Vertrag {policy}, geboren am {dob}.', 'Danke. Wann und wo ist der Schaden passiert?', 'Am {dt} in {loc}.',
        'Ich habe den Schaden unter {claim} angelegt. Unter welcher Nummer erreichen wir Sie?',
        'Unter {phone}. Vielen Dank!'],
    ),
    "fr": dict(
        subj_ack='Accusé de réception de votre déclaration de sinistre',
        intro='je souhaite déclarer un sinistre au titre de mon contrat {policy}.',
        happened="Le sinistre s'est produit le {dt} à {loc}.",
        callback='Vous pouvez me joindre au {phone} ou par e-mail : {email}.',
        payto="Merci de verser l'indemnité sur le compte {iban}.",
        ack1='nous accusons réception de votre déclaration de sinistre du {date}.',
        ack2='Votre dossier est enregistré sous le numéro {claim}. Merci de le rappeler dans toute correspondance.',
        handler='Votre gestionnaire de sinistre est {name}, tél. {phone}, e-mail {email}.',
        docs='Merci de nous transmettre sous 15 jours les photos et factures.',
        status="Votre dossier {claim} est en cours de traitement. L'indemnisation intervient généralement sous 10 jours ouvrés.",
        clause="Article {n} – Obligations en cas de sinistre : l'assuré doit déclarer le sinistre dans les 5 jours ouvrés. L'indemnité est plafonnée à {amt} par sinistre. Franchise : {amt2}.",
        sal=[('Cher Monsieur', 's', 'm'), ('Chère Madame', 's', 'f')],
        events=["Un dégât des eaux provenant de l'appartement du dessus a endommagé le plafond de la salle de bain.",
        "Mon véhicule a été percuté à l'arrière alors que j'étais arrêté à un feu rouge.",
        'Mon domicile a été cambriolé ; un ordinateur portable et des bijoux ont été dérobés.',
        'La tempête a arraché une partie de la toiture et endommagé la clôture.'],
        c=["Bonjour, je m'appelle {agent}. Comment puis-je vous aider ?",
        'Bonjour, je voudrais déclarer un sinistre. Je suis {name}.',
        'Très bien. Pouvez-vous me donner votre numéro de contrat et votre date de naissance ?',
        'Contrat {policy}, je suis né(e) le {dob}.', "Merci. Quand et où cela s'est-il produit ?",
        'Le {dt}, à {loc}.', "J'ai ouvert le dossier {claim}. À quel numéro pouvons-nous vous rappeler ?",
        'Au {phone}. Merci beaucoup !'],
    ),
    "es": dict(
        subj_ack='Acuse de recibo de su siniestro',
        intro='les escribo para comunicar un siniestro relativo a mi póliza {policy}.',
        happened='El siniestro ocurrió el {dt} en {loc}.', callback='Pueden contactarme en el {phone} o en {email}.',
        payto='Les ruego abonen la indemnización en la cuenta {iban}.',
        ack1='le confirmamos la recepción de su comunicación de siniestro del {date}.',
        ack2='Su siniestro ha quedado registrado con el número {claim}. Indíquelo en toda comunicación.',
        handler='Su tramitador es {name}, teléfono {phone}, correo {email}.',
        docs='Le rogamos nos envíe fotografías y facturas en un plazo de 10 días.',
        status='Su siniestro {claim} está en tramitación. El pago suele realizarse en un plazo de 10 días hábiles.',
        clause='Artículo {n}. Obligaciones en caso de siniestro: el asegurado deberá comunicarlo en el plazo máximo de 7 días. La indemnización máxima por siniestro es de {amt}. Franquicia: {amt2}.',
        sal=[('Estimado Sr.', 's', 'm'), ('Estimada Sra.', 's', 'f')],
        events=['Una fuga de agua en el baño ha dañado el techo del vecino de abajo.',
        'Otro vehículo me golpeó por detrás mientras estaba detenido en un semáforo.',
        'Han entrado a robar en mi vivienda y se han llevado un portátil y varias joyas.',
        'El temporal de viento desprendió varias tejas y rompió una ventana.'],
        c=['Hola, soy {agent}. ¿En qué puedo ayudarle?', 'Hola, quiero dar un parte. Me llamo {name}.',
        'Claro. ¿Me indica su número de póliza y su fecha de nacimiento?', 'Póliza {policy}, nací el {dob}.',
        'Gracias. ¿Cuándo y dónde ocurrió?', 'El {dt}, en {loc}.',
        'He abierto el siniestro {claim}. ¿En qué teléfono podemos localizarle?', 'En el {phone}. ¡Gracias!'],
    ),
    "it": dict(
        subj_ack='Conferma di ricezione della denuncia di sinistro',
        intro='con la presente denuncio un sinistro relativo alla polizza {policy}.',
        happened='Il sinistro è avvenuto il {dt} a {loc}.',
        callback="Potete contattarmi al numero {phone} oppure all'indirizzo {email}.",
        payto="Vi prego di accreditare l'indennizzo sul conto {iban}.",
        ack1='confermiamo di aver ricevuto la Sua denuncia di sinistro del {date}.',
        ack2='Il sinistro è stato registrato con il numero {claim}; La preghiamo di citarlo in ogni comunicazione.',
        handler='Il liquidatore incaricato è {name}, tel. {phone}, e-mail {email}.',
        docs='La preghiamo di inviarci foto e fatture entro 15 giorni.',
        status='La pratica {claim} è in lavorazione. La liquidazione avviene di norma entro 10 giorni lavorativi.',
        clause="Art. {n} – Obblighi in caso di sinistro: l'assicurato deve darne avviso entro 3 giorni. Il massimale per sinistro è di {amt}. Franchigia: {amt2}.",
        sal=[('Gentile Sig.', 's', 'm'), ('Gentile Sig.ra', 's', 'f')],
        events=["Una perdita d'acqua dalla lavatrice ha danneggiato il parquet della cucina.",
        "Mentre ero fermo al semaforo, un'altra auto mi ha tamponato.",
        "Ignoti si sono introdotti nell'abitazione e hanno rubato un computer portatile e alcuni gioielli.",
        'Il forte vento ha sollevato parte delle tegole e danneggiato il lucernario.'],
        c=['Buongiorno, sono {agent}. Come posso aiutarla?',
        'Buongiorno, vorrei denunciare un sinistro. Mi chiamo {name}.',
        'Certo. Mi indica il numero di polizza e la data di nascita?', 'Polizza {policy}, sono nato il {dob}.',
        'Grazie. Quando e dove è successo?', 'Il {dt}, a {loc}.',
        'Ho aperto il sinistro {claim}. A quale numero possiamo richiamarla?', 'Al {phone}. Grazie mille!'],
    ),
    "pt": dict(
        subj_ack='Confirmação de receção da participação de sinistro',
        intro='venho participar um sinistro ao abrigo da apólice {policy}.',
        happened='O sinistro ocorreu no dia {dt}, em {loc}.',
        callback='Podem contactar-me pelo {phone} ou por e-mail para {email}.',
        payto='Agradeço que a indemnização seja transferida para o IBAN {iban}.',
        ack1='confirmamos a receção da sua participação de sinistro de {date}.',
        ack2='O processo foi registado com o número {claim}. Indique-o em todos os contactos.',
        handler='O gestor do seu processo é {name}, telefone {phone}, e-mail {email}.',
        docs='Solicitamos o envio de fotografias e faturas no prazo de 15 dias.',
        status='O processo {claim} encontra-se em análise. O pagamento é normalmente efetuado em 10 dias úteis.',
        clause='Cláusula {n}.ª – Obrigações em caso de sinistro: o tomador deve participar o sinistro no prazo de 8 dias. O capital máximo por sinistro é de {amt}. Franquia: {amt2}.',
        sal=[('Caro Sr.', 's', 'm'), ('Cara Sra.', 's', 'f')],
        events=['Uma rutura na canalização danificou o teto da cozinha e o apartamento do vizinho.',
        'O meu carro foi embatido na traseira enquanto estava parado num semáforo.',
        'A minha casa foi assaltada e levaram um computador portátil e algumas joias.',
        'A tempestade arrancou várias telhas e partiu uma janela.'], c=['Olá, sou {agent}. Em que posso ajudar?',
        'Olá, queria participar um sinistro. Chamo-me {name}.',
        'Com certeza. Indique-me o número da apólice e a data de nascimento, por favor.',
        'Apólice {policy}, nasci a {dob}.', 'Obrigado. Quando e onde aconteceu?', 'No dia {dt}, em {loc}.',
        'Abri o processo {claim}. Para que número podemos ligar?', 'Para o {phone}. Obrigado!'],
    ),
    "nl": dict(
        subj_ack='Ontvangstbevestiging schademelding', intro='hierbij meld ik schade onder polis {policy}.',
        happened='De schade is ontstaan op {dt} in {loc}.', callback='U kunt mij bereiken op {phone} of via {email}.',
        payto='Graag de schadevergoeding overmaken naar {iban}.',
        ack1='wij hebben uw schademelding van {date} ontvangen.',
        ack2='Uw schade is geregistreerd onder nummer {claim}. Vermeld dit nummer bij alle correspondentie.',
        handler='Uw schadebehandelaar is {name}, telefoon {phone}, e-mail {email}.',
        docs="Stuur ons binnen 14 dagen foto's en facturen.",
        status='Uw schademelding {claim} is in behandeling. Uitbetaling volgt doorgaans binnen 10 werkdagen.',
        clause='Artikel {n} – Verplichtingen bij schade: de verzekerde moet schade zo spoedig mogelijk melden. De maximale vergoeding per gebeurtenis bedraagt {amt}. Eigen risico: {amt2}.',
        sal=[('Geachte heer', 's', 'm'), ('Geachte mevrouw', 's', 'f')],
        events=['Door een lekkende waterleiding is het plafond van de woonkamer beschadigd.',
        'Een andere auto is achter op mijn auto gereden terwijl ik voor het stoplicht stond.',
        'Er is ingebroken in onze woning; een laptop en sieraden zijn gestolen.',
        'Door de storm zijn dakpannen losgeraakt en is de schutting omgewaaid.'],
        c=['Goedemiddag, u spreekt met {agent}. Waarmee kan ik u helpen?',
        'Hallo, ik wil schade melden. Mijn naam is {name}.', 'Prima. Wat is uw polisnummer en uw geboortedatum?',
        'Polis {policy}, geboren op {dob}.', 'Dank u. Wanneer en waar is het gebeurd?', 'Op {dt} in {loc}.',
        'Ik heb dossier {claim} aangemaakt. Op welk nummer kunnen we u terugbellen?', 'Op {phone}. Bedankt!'],
    ),
    "pl": dict(
        subj_ack='Potwierdzenie przyjęcia zgłoszenia szkody', intro='zgłaszam szkodę z polisy {policy}.',
        happened='Zdarzenie miało miejsce dnia {dt} w miejscowości {loc}.',
        callback='Proszę o kontakt pod numerem {phone} lub mailowo: {email}.',
        payto='Odszkodowanie proszę przelać na rachunek {iban}.',
        ack1='potwierdzamy otrzymanie zgłoszenia szkody z dnia {date}.',
        ack2='Szkoda została zarejestrowana pod numerem {claim}. Prosimy powoływać się na ten numer.',
        handler='Likwidatorem szkody jest {name}, tel. {phone}, e-mail {email}.',
        docs='Prosimy o przesłanie zdjęć i faktur w ciągu 7 dni.',
        status='Szkoda {claim} jest w trakcie likwidacji. Wypłata następuje zwykle w ciągu 30 dni.',
        clause='§ {n}. Obowiązki w razie wystąpienia szkody: ubezpieczony zobowiązany jest zgłosić szkodę niezwłocznie, nie później niż w ciągu 7 dni. Suma ubezpieczenia na jedno zdarzenie wynosi {amt}. Udział własny: {amt2}.',
        sal=[('Szanowny Panie', 'n', 'm'), ('Szanowna Pani', 'n', 'f')],
        events=['Pękła rura w łazience i zalało sufit u sąsiada poniżej.',
        'Inny samochód uderzył w tył mojego auta, gdy stałem na światłach.',
        'Do mieszkania włamano się i skradziono laptopa oraz biżuterię.',
        'Wichura zerwała część dachówek i uszkodziła ogrodzenie.'],
        c=['Dzień dobry, nazywam się {agent}. W czym mogę pomóc?',
        'Dzień dobry, chcę zgłosić szkodę. Nazywam się {name}.',
        'Oczywiście. Proszę podać numer polisy i datę urodzenia.', 'Polisa {policy}, data urodzenia {dob}.',
        'Dziękuję. Kiedy i gdzie doszło do zdarzenia?', 'Dnia {dt}, w miejscowości {loc}.',
        'Założyłem szkodę nr {claim}. Pod jakim numerem możemy się kontaktować?', 'Pod numerem {phone}. Dziękuję!'],
    ),
    "sv": dict(
        subj_ack='Bekräftelse på mottagen skadeanmälan', intro='jag vill anmäla en skada på min försäkring {policy}.',
        happened='Skadan inträffade den {dt} i {loc}.', callback='Ni når mig på {phone} eller via {email}.',
        payto='Ersättningen kan betalas ut till konto {iban}.',
        ack1='vi har tagit emot din skadeanmälan från den {date}.',
        ack2='Ditt ärende har registrerats med skadenummer {claim}. Ange numret vid all kontakt.',
        handler='Din skadereglerare är {name}, telefon {phone}, e-post {email}.',
        docs='Skicka gärna bilder och kvitton inom 14 dagar.',
        status='Ditt skadeärende {claim} handläggs. Utbetalning sker normalt inom 10 arbetsdagar.',
        clause='Avsnitt {n} – Åtgärder vid skada: skadan ska anmälas snarast. Högsta ersättning per skadehändelse är {amt}. Självrisk: {amt2}.',
        sal=[('Hej', 'g', 'm'), ('Hej', 'g', 'f')], events=['En läcka från diskmaskinen har skadat köksgolvet.',
        'En annan bil körde in i mig bakifrån när jag stod vid ett rödljus.',
        'Det har varit inbrott i lägenheten och en dator och smycken har stulits.',
        'Stormen slet loss takpannor och skadade staketet.'],
        c=['Hej, jag heter {agent}. Vad kan jag hjälpa till med?', 'Hej, jag vill anmäla en skada. Jag heter {name}.',
        'Absolut. Vilket försäkringsnummer har du, och vilket är ditt födelsedatum?',
        'Försäkring {policy}, jag är född {dob}.', 'Tack. När och var hände det?', 'Den {dt} i {loc}.',
        'Jag har registrerat skada {claim}. Vilket nummer når vi dig på?', 'På {phone}. Tack så mycket!'],
    ),
    "da": dict(
        subj_ack='Kvittering for modtaget skadeanmeldelse',
        intro='jeg vil gerne anmelde en skade på min police {policy}.', happened='Skaden skete den {dt} i {loc}.',
        callback='I kan træffe mig på {phone} eller på {email}.', payto='Erstatningen bedes udbetalt til {iban}.',
        ack1='vi har modtaget din skadeanmeldelse af {date}.',
        ack2='Din skade er registreret under nummer {claim}. Oplys venligst nummeret ved henvendelse.',
        handler='Din skadebehandler er {name}, telefon {phone}, e-mail {email}.',
        docs='Send os venligst billeder og kvitteringer inden for 14 dage.',
        status='Din skadesag {claim} er under behandling. Udbetaling sker normalt inden for 10 hverdage.',
        clause='Punkt {n} – Forpligtelser ved skade: skaden skal anmeldes hurtigst muligt. Den maksimale erstatning pr. skade er {amt}. Selvrisiko: {amt2}.',
        sal=[('Kære', 'f', 'm'), ('Kære', 'f', 'f')], events=['Et utæt rør under køkkenvasken har beskadiget gulvet.',
        'En anden bil kørte ind i mig bagfra, mens jeg holdt for rødt lys.',
        'Der har været indbrud i lejligheden, og en bærbar computer og smykker er stjålet.',
        'Stormen rev tagsten løs og væltede hegnet.'], c=['Hej, du taler med {agent}. Hvad kan jeg hjælpe med?',
        'Hej, jeg vil anmelde en skade. Jeg hedder {name}.',
        'Selvfølgelig. Må jeg bede om dit policenummer og din fødselsdato?', 'Police {policy}, født {dob}.',
        'Tak. Hvornår og hvor skete det?', 'Den {dt} i {loc}.',
        'Jeg har oprettet skade {claim}. Hvilket nummer kan vi ringe til?', 'Ring på {phone}. Tusind tak!'],
    ),
    "no": dict(
        subj_ack='Bekreftelse på mottatt skademelding', intro='jeg vil melde en skade på polise {policy}.',
        happened='Skaden skjedde {dt} i {loc}.', callback='Dere når meg på {phone} eller {email}.',
        payto='Erstatningen kan utbetales til konto {iban}.', ack1='vi har mottatt skademeldingen din datert {date}.',
        ack2='Saken er registrert med skadenummer {claim}. Oppgi nummeret ved all kontakt.',
        handler='Din saksbehandler er {name}, telefon {phone}, e-post {email}.',
        docs='Send oss gjerne bilder og kvitteringer innen 14 dager.',
        status='Skadesaken {claim} er under behandling. Utbetaling skjer normalt innen 10 virkedager.',
        clause='Punkt {n} – Plikter ved skade: skaden skal meldes snarest mulig. Høyeste erstatning per skadetilfelle er {amt}. Egenandel: {amt2}.',
        sal=[('Hei', 'g', 'm'), ('Hei', 'g', 'f')],
        events=['En lekkasje fra oppvaskmaskinen har skadet kjøkkengulvet.',
        'En annen bil kjørte inn i meg bakfra mens jeg sto for rødt lys.',
        'Det har vært innbrudd i leiligheten, og en PC og smykker ble stjålet.',
        'Uværet rev løs takstein og ødela gjerdet.'], c=['Hei, du snakker med {agent}. Hva kan jeg hjelpe deg med?',
        'Hei, jeg vil melde en skade. Jeg heter {name}.', 'Selvsagt. Hva er polisenummeret og fødselsdatoen din?',
        'Polise {policy}, født {dob}.', 'Takk. Når og hvor skjedde det?', 'Det var {dt} i {loc}.',
        'Jeg har opprettet sak {claim}. Hvilket nummer kan vi nå deg på?', 'Ring {phone}. Tusen takk!'],
    ),
    "fi": dict(
        subj_ack='Vahvistus vahinkoilmoituksen vastaanottamisesta', intro='ilmoitan vahingon vakuutukseeni {policy}.',
        happened='Vahinko tapahtui {dt} paikkakunnalla {loc}.',
        callback='Minut tavoittaa numerosta {phone} tai osoitteesta {email}.',
        payto='Korvauksen voi maksaa tilille {iban}.',
        ack1='olemme vastaanottaneet {date} päivätyn vahinkoilmoituksesi.',
        ack2='Vahinko on kirjattu numerolla {claim}. Mainitsethan numeron yhteydenotoissa.',
        handler='Käsittelijänäsi toimii {name}, puh. {phone}, sähköposti {email}.',
        docs='Lähetäthän valokuvat ja kuitit 14 päivän kuluessa.',
        status='Vahinkoasiasi {claim} on käsittelyssä. Korvaus maksetaan yleensä 10 arkipäivän kuluessa.',
        clause='Kohta {n} – Toimet vahingon sattuessa: vahingosta on ilmoitettava viipymättä. Enimmäiskorvaus vahinkoa kohden on {amt}. Omavastuu: {amt2}.',
        sal=[('Hei', 'g', 'm'), ('Hyvä', 'f', 'f')], events=['Astianpesukoneen vuoto vaurioitti keittiön lattiaa.',
        'Toinen auto ajoi peräämme, kun seisoimme liikennevaloissa.',
        'Asuntoon murtauduttiin ja kannettava tietokone sekä koruja varastettiin.',
        'Myrsky irrotti kattotiiliä ja kaatoi aidan.'], c=['Hei, olen {agent}. Miten voin auttaa?',
        'Hei, haluaisin ilmoittaa vahingon. Nimeni on {name}.',
        'Selvä. Kertoisitko vakuutusnumerosi ja syntymäaikasi?', 'Vakuutus {policy}, syntynyt {dob}.',
        'Kiitos. Milloin ja missä vahinko sattui?', 'Se tapahtui {dt}, paikkakunnalla {loc}.',
        'Avasin vahinkoasian {claim}. Mihin numeroon voimme soittaa?', 'Numeroon {phone}. Kiitos!'],
    ),
    "cs": dict(
        subj_ack='Potvrzení přijetí hlášení pojistné události',
        intro='hlásím pojistnou událost k pojistné smlouvě {policy}.',
        happened='K události došlo {dt}, místo události: {loc}.',
        callback='Zastihnete mě na čísle {phone} nebo e-mailem {email}.',
        payto='Plnění prosím zašlete na účet {iban}.',
        ack1='potvrzujeme přijetí Vašeho hlášení pojistné události ze dne {date}.',
        ack2='Událost byla zaevidována pod číslem {claim}. Uvádějte jej prosím ve veškeré korespondenci.',
        handler='Vaším likvidátorem je {name}, tel. {phone}, e-mail {email}.',
        docs='Zašlete nám prosím fotografie a faktury do 15 dnů.',
        status='Vaše pojistná událost {claim} je v šetření. Plnění obvykle vyplácíme do 15 pracovních dnů.',
        clause='Článek {n} – Povinnosti v případě pojistné události: pojištěný je povinen událost oznámit bez zbytečného odkladu. Limit plnění na jednu událost činí {amt}. Spoluúčast: {amt2}.',
        sal=[('Vážený pane', 'n', 'm'), ('Vážená paní', 'n', 'f')],
        events=['Prasklá hadice od pračky poškodila podlahu v kuchyni.',
        'Jiné auto do mě narazilo zezadu, když jsem stál na červenou.',
        'Do bytu se někdo vloupal a odcizil notebook a šperky.',
        'Vichřice strhla část střešní krytiny a poškodila plot.'],
        c=['Dobrý den, jmenuji se {agent}. Jak vám mohu pomoci?',
        'Dobrý den, chci nahlásit pojistnou událost. Jmenuji se {name}.',
        'Samozřejmě. Sdělte mi prosím číslo smlouvy a datum narození.', 'Smlouva {policy}, narozen {dob}.',
        'Děkuji. Kdy a kde se to stalo?', 'Dne {dt}, místo: {loc}.',
        'Založil jsem událost {claim}. Na jakém čísle vás zastihneme?', 'Na čísle {phone}. Děkuji!'],
    ),
    "tr": dict(
        subj_ack='Hasar ihbarınız alınmıştır',
        intro='{policy} numaralı poliçem kapsamında hasar ihbarında bulunmak istiyorum.',
        happened='Olay {dt} tarihinde {loc} ilinde meydana geldi.',
        callback='Bana {phone} numarasından veya {email} adresinden ulaşabilirsiniz.',
        payto='Tazminatın {iban} numaralı hesaba ödenmesini rica ederim.',
        ack1='{date} tarihli hasar ihbarınız tarafımıza ulaşmıştır.',
        ack2='Dosyanız {claim} numarası ile kaydedilmiştir. Lütfen tüm yazışmalarda bu numarayı belirtiniz.',
        handler='Dosyanızla ilgilenen eksper {name}, telefon {phone}, e-posta {email}.',
        docs='Lütfen fotoğraf ve faturaları 15 gün içinde iletiniz.',
        status='{claim} numaralı hasar dosyanız incelenmektedir. Ödeme genellikle 10 iş günü içinde yapılır.',
        clause='Madde {n} – Hasar halinde yükümlülükler: sigortalı, hasarı öğrendiği tarihten itibaren 5 iş günü içinde bildirmelidir. Olay başına azami tazminat {amt} tutarındadır. Muafiyet: {amt2}.',
        sal=[('Sayın', 'f', 'm'), ('Sayın', 'f', 'f')],
        events=['Çamaşır makinesinin hortumu patladı ve mutfak zemini zarar gördü.',
        'Kırmızı ışıkta beklerken başka bir araç arkadan çarptı.',
        'Evime hırsız girdi; dizüstü bilgisayar ve ziynet eşyaları çalındı.',
        'Fırtına çatıdaki kiremitleri uçurdu ve bahçe duvarına zarar verdi.'],
        c=['Merhaba, ben {agent}. Size nasıl yardımcı olabilirim?',
        'Merhaba, hasar bildirmek istiyorum. Adım {name}.',
        'Tabii. Poliçe numaranızı ve doğum tarihinizi alabilir miyim?', 'Poliçe {policy}, doğum tarihim {dob}.',
        'Teşekkürler. Olay ne zaman ve nerede oldu?', 'Olay {dt} tarihinde {loc} ilinde oldu.',
        '{claim} numaralı dosyayı açtım. Sizi hangi numaradan arayabiliriz?', '{phone} numarasından. Teşekkürler!'],
    ),
}
for _i, _lang in enumerate(NON_EN):
    for _k, _v in LABELS.items():
        LEX[_lang][_k] = _v.split("|")[_i]
# ---- registry and shared profile helper ------------------------------------------------------------
KINDS = []

def kind(name, langs=("en",), empty=False):
    def deco(fn):
        KINDS.append((name, fn, tuple(langs), empty))
        return fn
    return deco

def profile(rng, lang="en", cc=None, culture=None):
    cc = cc or cc_for(rng, lang)
    if culture is None and lang == "en" and cc in ("gb", "ie") and rng.random() < 0.6:
        culture = CC_CULTURE[cc]
    p = person(rng, lang, culture)
    p.cc = cc
    p.addr = make_addr(rng, cc)
    p.phone = phone(rng, cc)
    p.email = email_for(rng, p)
    p.dob = rdob(rng)
    return p

LOSS_EN = {
    "auto": ["I was stopped at a red light and got rear-ended by a pickup.",
             "Someone backed into my car in the grocery store parking lot and drove off.",
             "A deer ran out in front of me and I hit it, the front bumper and headlight are smashed.",
             "Hail damaged the hood and roof of the car while it was parked outside."],
    "home": ["A pipe burst under the kitchen sink and water got into the basement.",
             "A tree limb came down on the roof during the storm last night.",
             "Somebody broke in through the back door and took a laptop and some jewelry.",
             "There was a small kitchen fire, the cabinets and ceiling are smoke damaged."],
}

# ---- English document kinds ------------------------------------------------------------------------
@kind("fnol_call_transcript")
def k_fnol_call(rng, lang):
    ins, dom = insurer(rng)
    c, ag, o = profile(rng), person(rng), profile(rng)
    lob, when = rng.choice(["auto", "home"]), rng.random() < 0.5
    d, t = rdate(rng), rtime(rng)
    script = [("AGENT", "Thank you for calling {ins} claims, this is {ag}. Can I get your full name please?"),
              ("CALLER", "Yes, it's {n}."),
              ("AGENT", "Thank you, {t} {s}. For verification, what is your date of birth?"), ("CALLER", "{dob}."),
              ("AGENT", "And the policy number, if you have it handy?"), ("CALLER", "It's {pol}."),
              ("AGENT", "Okay, tell me what happened."), ("CALLER", rng.choice(LOSS_EN[lob])),
              ("AGENT", "When did this happen?"), ("CALLER", "{w}, I think around {tm}." if when else "It was {w}."),
              ("AGENT", "And the address where it happened?"),
              ("CALLER", "At the house, {a}." if lob == "home" else "On {st} in {l}, right by the pharmacy.")]
    if lob == "auto" and rng.random() < 0.6:
        script.append(("CALLER", "The other driver was {o}, {pr} gave me {pp} number, {op}."))
    script += [("AGENT", "What's the best number to reach you?"), ("CALLER", "My cell is {p}. Or email me at {e}."),
               ("AGENT", "Perfect. I've opened claim {cl}. An adjuster will reach out within {hh} hours. "
                         "Anything else I can help with today?"), ("CALLER", "No, that's it. Thanks.")]
    slots = dict(ins=ins, ag=(ag.given, PERSON), n=(c.full, PERSON), t=c.title(rng), s=(c.surname, PERSON),
                 dob=(fdate(rng, c.dob, "en", rng.choice(["mdy_long", "mdy", "long"])), DOB), pol=policy_no(rng),
                 w=(fdate(rng, d, "en", "mdy_long") if when else fdt(rng, d, t), DT), tm=(ftime(rng, t), DT),
                 a=(addr_text(rng, c.addr, False), ADDR), st=rng.choice(STREETS["us"]), l=(loc_text(rng, c.addr), LOC),
                 o=(o.full, PERSON), pr="she" if o.female else "he", pp="her" if o.female else "his",
                 op=(o.phone, PHONE), p=(c.phone, PHONE), e=(c.email, EMAIL), cl=claim_no(rng), hh=rng.choice(["24", "48"]))
    b = Builder()
    b.add(f"{ins} - FNOL call transcript\nCall ID: {uuid4(rng)} | Queue: {lob.upper()}-FNOL | "
          f"Duration: {rng.randint(5, 19)} min\n\n")
    clock = rng.randint(1, 5)
    for role, tmpl in script:
        clock += rng.randint(4, 25)
        b.add(f"[{clock // 3600:02d}:{clock % 3600 // 60:02d}:{clock % 60:02d}] {role}: ").tpl(tmpl, **slots).add("\n")
    return b

@kind("adjuster_field_notes")
def k_adjuster_notes(rng, lang):
    ins, dom = insurer(rng)
    c, adj, tech = profile(rng), person(rng), person(rng)
    comp = rng.choice(PEOPLE_COMPANIES[:4] + ["ServiceMaster", "Paul Davis Restoration"])
    d1 = rdate(rng, 2023, 2025)
    b = Builder()
    b.add(f"CLAIM {claim_no(rng)} | {rng.choice(['HO-3', 'DP-3', 'HO-6'])} | File notes\n")
    b.tpl("Adjuster: {a}   Unit: Property East\n\n", a=(adj.initial() if rng.random() < 0.5 else adj.full, PERSON))
    b.add("NOTE 1 - Inspection\n")
    b.tpl("Inspected risk at {a} on {d}. Met with insured {n} and {s2}. ",
          a=(addr_text(rng, c.addr, False), ADDR), d=(fdate(rng, d1), DT), n=(c.full, PERSON),
          s2=(person(rng, culture=c.culture).given, PERSON))
    b.add(f"Source of loss: failed supply line to {rng.choice(['dishwasher', 'ice maker', 'upstairs toilet'])}. "
          f"Moisture readings {rng.randint(18, 30)}-{rng.randint(31, 45)}% in drywall, 2 ft flood cut done. "
          f"Mitigation by {comp} on site.\n\n")
    b.add("NOTE 2 - Contact\n")
    b.tpl("Called {t} ({p}) with {c} re: drying logs. Left VM. ", t=(tech.full, PERSON),
          p=(phone(rng, "us"), PHONE), c=comp)
    b.add(f"Equipment: {rng.randint(3, 8)} air movers, {rng.randint(1, 3)} dehus, day {rng.randint(2, 5)} of drying.\n\n")
    b.add("NOTE 3 - Estimate\n")
    b.add(f"Received mitigation invoice {amount(rng, 1800, 9000)} and rebuild estimate {amount(rng, 6000, 42000)}. "
          f"Reviewed in Xactimate {version(rng)} price list {rng.choice(['ILCH8X', 'TXAU8X', 'FLTA8X'])}_{rng.choice(['MAR24', 'JAN25'])}. "
          f"Depreciation applied on flooring ({rng.randint(5, 15)} yrs old).\n\n")
    b.add("NOTE 4 - Diary\n")
    b.tpl("Next diary {d}. Insured prefers contact by text to {p} or e-mail {e}.\n",
          d=(fdate(rng, d1 + dt.timedelta(days=rng.randint(7, 30))), DT),
          p=(c.phone, PHONE), e=(c.email, EMAIL))
    return b

@kind("auto_loss_notice_form")
def k_auto_form(rng, lang):
    c, o = profile(rng, cc="us"), profile(rng, cc="us")
    a = c.addr
    ag = rng.choice(["Brightline Insurance Agency", "Main Street Agency LLC", "Cornerstone Brokers"])
    d, t = rdate(rng), rtime(rng)
    lo = make_addr(rng, "us")
    b = Builder()
    b.add(f"AUTOMOBILE LOSS NOTICE{' ' * rng.randint(4, 20)}ACORD 2 (2016/10)\n").add(f"AGENCY: {ag}    ")
    b.kv("PHONE (A/C, No, Ext)", phone(rng, "us"), PHONE)
    b.kv("INSURED NAME (Last, First)", c.last_first().upper(), PERSON)
    b.kv("DATE OF BIRTH", fdate(rng, c.dob, "en", "mdy"), DOB).kv("MAILING ADDRESS", addr_text(rng, a, False), ADDR)
    b.add("HOME PHONE: ").ent(c.phone, PHONE).add("   E-MAIL: ").ent(c.email, EMAIL).add("\n")
    b.kv("DRIVER'S LICENSE #", dl_number(rng, "us", a.region), DL)
    b.add(f"VEHICLE: {rng.randint(2008, 2024)} {rng.choice(['Toyota RAV4', 'Ford F-150', 'Honda Civic', 'Subaru Outback', 'Tesla Model 3'])}"
          f"   VIN: {vin(rng)}   PLATE: {plate(rng)}\n")
    b.kv("DATE/TIME OF LOSS", fdt(rng, d, t), DT).kv("LOCATION OF LOSS - STREET", lo.street, ADDR)
    b.add("CITY: ").ent(lo.city, LOC).add("   STATE: ").ent(lo.region, LOC).add(f"   ZIP: {lo.pc}\n")
    b.add(f"POLICE OR FIRE DEPT CONTACTED: {lo.city} PD   REPORT #: {fill(rng, '2#-#######')}\n")
    b.add("OTHER DRIVER: ").ent(o.full.upper() if rng.random() < 0.5 else o.full, PERSON)
    b.add("   PHONE: ").ent(o.phone, PHONE).add("\n")
    b.add(f"OTHER INS. CO: {rng.choice(INSURERS['en'])}   POLICY #: {policy_no(rng)}\n")
    b.add("DESCRIPTION OF ACCIDENT: " + rng.choice(LOSS_EN["auto"]) + "\n")
    b.add(f"ESTIMATE AMOUNT: {amount(rng, 900, 12000)}   WHERE CAN VEHICLE BE SEEN: "
          f"{rng.choice(PEOPLE_COMPANIES[1:4])}\n")
    return b

@kind("property_loss_notice_form")
def k_property_form(rng, lang):
    c = profile(rng)
    co = person(rng, culture=c.culture)
    co.surname = c.surname
    d = rdate(rng)
    bank = rng.choice(["Wells Fargo Home Mortgage", "Rocket Mortgage", "First Horizon Bank", "Chase"])
    b = Builder()
    b.add(rng.choice(["PROPERTY LOSS NOTICE", "Homeowners Claim Form", "NOTICE OF LOSS - DWELLING"]) + "\n")
    b.add("=" * rng.randint(20, 40) + "\n")
    b.add(f"Policy no.: {policy_no(rng)}    Form: {rng.choice(['HO 00 03', 'HO 00 05', 'DP 00 03'])}\n")
    b.tpl("Named insured: {a}\nCo-insured: {b2}\n", a=(c.full, PERSON), b2=(co.full, PERSON))
    b.kv("Insured location", addr_text(rng, c.addr, True), ADDR).kv("Phone (day)", c.phone, PHONE)
    b.kv("Phone (evening)", phone(rng, c.cc), PHONE).kv("Email", c.email, EMAIL).kv("Date of loss", fdate(rng, d), DT)
    b.add(f"Kind of loss: {rng.choice(['Wind/Hail', 'Water - sudden & accidental', 'Theft', 'Fire', 'Lightning'])}\n")
    b.add(f"Mortgagee: {bank}, ISAOA/ATIMA    Loan #: ").ent(account_no(rng), ACCT).add("\n")
    b.add(f"Estimated loss: {amount(rng, 2000, 60000)}   Deductible: {rng.choice(['$500', '$1,000', '$2,500', '1% Cov A'])}\n")
    b.add("Description: " + rng.choice(LOSS_EN["home"]) + " ")
    b.add(f"Roof replaced in {rng.randint(2005, 2020)}. Temporary repairs by {rng.choice(PEOPLE_COMPANIES[:4])}.\n")
    b.tpl("Reported by: {r} on {d2}\n", r=(rng.choice([c.full, co.given + " " + co.surname]), PERSON),
          d2=(fdate(rng, d + dt.timedelta(days=rng.randint(0, 6))), DT))
    return b

@kind("policy_declarations")
def k_declarations(rng, lang):
    ins, dom = insurer(rng)
    c = profile(rng)
    spouse = person(rng, culture=c.culture)
    agt = person(rng)
    d = rdate(rng)
    b = Builder()
    b.add(f"{ins.upper()}\n{rng.choice(['HOMEOWNERS', 'PERSONAL AUTO', 'LANDLORD', 'CONDO UNIT-OWNERS'])} POLICY DECLARATIONS\n\n")
    b.add(f"Policy Number: {policy_no(rng)}        Prior Policy: {policy_no(rng)}\n")
    b.add("Policy Period: From ").ent(fdate(rng, d, "en", "mdy") + " 12:01 AM", DT).add(" To ")
    b.ent(fdate(rng, d.replace(year=d.year + 1) if not (d.month == 2 and d.day == 29) else d + dt.timedelta(days=365), "en", "mdy")
          + " 12:01 AM", DT).add(" standard time at the residence premises\n\n")
    b.add("Named Insured and Mailing Address:\n")
    if rng.random() < 0.5:
        b.ent(c.full.upper(), PERSON).add("\n")
    else:
        b.ent(c.full.upper(), PERSON).add(" & ").ent(spouse.given.upper(), PERSON).add("\n")
    b.ent(addr_text(rng, c.addr, True).upper(), ADDR).add("\n\n")
    b.add("COVERAGES                     LIMIT         PREMIUM\n")
    for cov in rng.sample(["A - Dwelling", "B - Other Structures", "C - Personal Property", "D - Loss of Use",
                           "E - Personal Liability", "F - Medical Payments"], 4):
        b.add(f"{cov:<30}{amount(rng, 5000, 450000):<14}{amount(rng, 20, 900)}\n")
    b.add(f"\nDeductible (All Perils): {rng.choice(['$1,000', '$2,500', '$500'])}   Wind/Hail: {rng.choice(['1%', '2%', '5%'])}\n")
    b.add(f"Total Annual Premium: {amount(rng, 700, 4800)}\n\n")
    b.add(f"Mortgagee: {rng.choice(['Chase Home Lending', 'US Bank NA', 'Flagstar Bank'])} ISAOA  Loan No. ")
    b.ent(account_no(rng), ACCT).add("\n")
    b.tpl("Your agent: {a}, phone {p}\n", a=(agt.full, PERSON), p=(phone(rng, "us"), PHONE))
    b.add(f"Forms: HO 00 03 05 11, HO 04 90, ML-{rng.randint(10, 99)} ({rng.randint(2011, 2022)})\n")
    return b

@kind("subrogation_demand_letter")
def k_subro(rng, lang):
    ins, dom = insurer(rng)
    other = rng.choice([x for x in INSURERS["en"] if x != ins])
    adj, ours, theirs = person(rng), profile(rng), person(rng)
    ho = make_addr(rng, "us")
    ta = make_addr(rng, "us")
    d = rdate(rng)
    b = Builder()
    b.add(f"{ins}\nSubrogation Recovery Unit\n").ent(addr_text(rng, ho, True), ADDR).add("\n\n")
    b.ent(fdate(rng, d + dt.timedelta(days=rng.randint(20, 90)), "en", rng.choice(["mdy_long", "long"])), DT).add("\n\n")
    b.add(f"{other}\nAttn: Subrogation Department\n").ent(addr_text(rng, ta, True), ADDR).add("\n\n")
    b.tpl("RE:   Our insured:   {o}\n      Your insured:  {t}\n", o=(ours.full, PERSON), t=(theirs.full, PERSON))
    b.tpl("      Date of loss:  {d}\n", d=(fdate(rng, d), DT))
    b.add(f"      Our claim no.: {claim_no(rng)}   Your claim no.: {claim_no(rng)}\n\n")
    b.add("Dear Claims Professional:\n\n")
    b.add(f"Our investigation indicates that your insured failed to yield and is responsible for this loss. "
          f"We have issued payment of {amount(rng, 2500, 28000)} under our insured's collision coverage, less a "
          f"{rng.choice(['$500', '$1,000'])} deductible. Please accept this letter as our formal demand for reimbursement. ")
    b.add("Copies of the repair invoice, photographs and proof of payment are enclosed.\n\n")
    b.tpl("Kindly respond by {dl}. If you have questions, contact the undersigned at {p} or {e}.\n\n",
          dl=(fdate(rng, d + dt.timedelta(days=rng.randint(95, 140)), "en", "mdy_long"), DT),
          p=(phone(rng, "us"), PHONE), e=(email_for(rng, adj, dom), EMAIL))
    b.add("Sincerely,\n\n").ent(adj.full, PERSON).add(", AIC\nSubrogation Specialist\n")
    b.add("Fax: ").ent(phone(rng, "us"), PHONE).add("\n")
    return b

@kind("siu_referral_memo")
def k_siu(rng, lang):
    mgr, inv, s, other = person(rng), person(rng), profile(rng, cc="us"), person(rng)
    d = rdate(rng)
    ipa = ip_any(rng)
    b = Builder()
    b.add("CONFIDENTIAL - SPECIAL INVESTIGATIONS UNIT\nMEMORANDUM\n\n")
    b.tpl("TO:    {m}, Claims Manager\nFROM:  {i}, SIU Investigator\nDATE:  {d}\n",
          m=(mgr.full, PERSON), i=(inv.full, PERSON), d=(fdate(rng, d), DT))
    b.tpl("RE:    Claim {c} - insured {n}\n\n", c=claim_no(rng), n=(s.last_first(), PERSON))
    b.add("Subject identifiers\n").kv("  Name", s.full, PERSON).kv("  DOB", fdate(rng, s.dob, "en", "mdy"), DOB)
    b.kv("  SSN (verified)", ssn(rng), SSN).kv("  DL", dl_number(rng, "us", s.addr.region), DL)
    b.kv("  Address", addr_text(rng, s.addr, False), ADDR).kv("  Phone", s.phone, PHONE).add("\nFindings\n")
    b.add(f"1. ClaimSearch returned prior losses in {rng.randint(2015, 2019)}, {rng.randint(2020, 2022)} and {rng.randint(2023, 2024)}.\n")
    b.tpl("2. The online FNOL was submitted from IP {ip}, which also appears on claim {c2} filed by {o}.\n",
          ip=(ipa, IP), c2=claim_no(rng), o=(other.full, PERSON))
    b.add(f"3. The SSN on the proof of loss, {bad_ssn(rng)}, is not a valid issuance; insured corrected it by phone.\n")
    b.tpl("4. Payee account {a} (routing {r}) was opened two weeks before the date of loss.\n",
          a=(account_no(rng), ACCT), r=rng.choice(ROUTING))
    b.add(f"5. Receipts submitted for the stolen items ({amount(rng, 3000, 15000)}) show sequential invoice numbers "
          f"INV-{dg(rng, 5)} to INV-{dg(rng, 5)}.\n")
    b.tpl("\nRecorded statement scheduled for {w}. Recommend EUO if inconsistencies remain.\n",
          w=(fdt(rng, d + dt.timedelta(days=rng.randint(3, 20)), rtime(rng)), DT))
    return b

@kind("broker_email")
def k_broker_email(rng, lang):
    bro, uw, cl = person(rng), person(rng), person(rng)
    firm = rng.choice(["Lockton-style Partners", "Crescent Risk Advisors", "Meridian Brokerage Ltd", "Tidewater Insurance Services"])
    bdom = slug(firm.split()[0]) + "-brokers.example.com"
    ins, idom = insurer(rng)
    client = rng.choice(["Hollis Bakery Inc.", "Redwood Dental Group", "Alder Logistics LLC", "Quayside Marina Ltd"])
    d = rdate(rng)
    ba = make_addr(rng, rng.choice(["us", "gb", "us"]))
    b = Builder()
    b.add("From: ").ent(bro.full, PERSON).add(" <").ent(email_for(rng, bro, bdom), EMAIL).add(">\n")
    b.add("To: ").ent(uw.full, PERSON).add(" <").ent(email_for(rng, uw, idom), EMAIL).add(">\n")
    b.add(f"Date: {mail_date(rng, d)}\nSubject: RE: Renewal - {client} - {policy_no(rng)}\n\n")
    b.tpl("Hi {u},\n\n", u=(uw.given, PERSON))
    b.tpl("Thanks for the call this morning. The renewal is effective {e}, and the client needs terms by {q}. "
          "Loss runs for 2019-2024 are attached; the only open item is the {yr} water claim, now closed at "
          "{amt}.\n\n", e=(fdate(rng, d + dt.timedelta(days=rng.randint(30, 60)), "en", "mdy_long"), DT),
          q=(fdate(rng, d + dt.timedelta(days=rng.randint(8, 20)), "en", "mdy_long"), DT),
          yr=str(rng.randint(2020, 2023)), amt=amount(rng, 5000, 40000))
    b.tpl("Their risk manager is {c}; {pr} can be reached directly on {p} if loss control wants to visit the "
          "site at {a}.\n\n", c=(cl.full, PERSON), pr="she" if cl.female else "he", p=(phone(rng, ba.cc), PHONE),
          a=(addr_text(rng, ba, False), ADDR))
    b.add("Please also confirm whether the cyber sublimit can go to $250k.\n\nBest regards,\n")
    b.ent(bro.full, PERSON).add(f"\nAccount Executive | {firm}\n")
    b.add("T ").ent(phone(rng, ba.cc), PHONE).add(" | M ").ent(phone(rng, ba.cc), PHONE).add("\n")
    b.ent(web_url(rng, bdom, ["", "contact", "team"]).rstrip("/"), URL).add("\n")
    return b

@kind("premium_payments_csv")
def k_premium_csv(rng, lang):
    sep = rng.choice([",", ";", "|"])
    b = Builder()
    b.add(sep.join(["payment_ref", "policy_no", "payer", "method", "instrument", "amount", "currency",
                    "payment_date", "status"]) + "\n")
    for _ in range(rng.randint(4, 8)):
        p = profile(rng)
        d = rdate(rng)
        b.add(f"PMT{dg(rng, 8)}{sep}{policy_no(rng)}{sep}")
        nm = rng.choice([p.full, p.last_first(), p.full.upper()])
        if sep in nm or "," in nm:
            b.add('"').ent(nm, PERSON).add('"')
        else:
            b.ent(nm, PERSON)
        m = rng.choice(["card", "card", "sepa", "ach", "masked", "badcard"])
        if m == "card":
            b.add(f"{sep}CARD{sep}").ent(card_pan(rng)[1], CARD)
        elif m == "sepa":
            b.add(f"{sep}SEPA_DD{sep}").ent(make_iban(rng, rng.choice(["DE", "NL", "FR", "IE", "BE"]), False), IBAN)
        elif m == "ach":
            b.add(f"{sep}ACH{sep}").ent(account_no(rng), ACCT)
        elif m == "masked":
            b.add(f"{sep}CARD{sep}{rng.choice(['************', 'XXXXXXXXXXXX', '411111******'])}{dg(rng, 4)}")
        else:
            b.add(f"{sep}CARD{sep}{bad_card(rng).replace(' ', '').replace('-', '')}")
        b.add(f"{sep}{rng.uniform(30, 900):.2f}{sep}{rng.choice(['USD', 'EUR', 'GBP'])}{sep}")
        b.ent(fdate(rng, d, "en", rng.choice(["iso", "iso", "mdy"])), DT)
        st = "DECLINED" if m == "badcard" else rng.choice(["SETTLED", "PENDING", "RETURNED", "SETTLED"])
        b.add(f"{sep}{st}\n")
    return b

@kind("claims_export_csv")
def k_claims_csv(rng, lang):
    eu = rng.random() < 0.5
    sep = ";" if eu else ","
    b = Builder()
    b.add(f"# export claims_open_{rng.choice(['daily', 'weekly'])} generated by ClaimsCore {version(rng)}\n")
    b.add(sep.join(["claim_id", "lob", "claimant", "dob", "phone", "email", "loss_date", "loss_city",
                    "reserve", "status"]) + "\n")
    for _ in range(rng.randint(3, 6)):
        cc = rng.choice(["de", "fr", "nl", "gb", "ie", "es"]) if eu else "us"
        p = profile(rng, "en", cc=cc, culture=CC_CULTURE.get(cc, "us"))
        b.add(f"{claim_no(rng)}{sep}{rng.choice(['MOTOR', 'HOME', 'TRAVEL', 'PET', 'LIFE'])}{sep}")
        b.ent(p.plain, PERSON).add(sep).ent(fdate(rng, p.dob, "en", "iso"), DOB).add(sep)
        if rng.random() < 0.85:
            b.ent(p.phone, PHONE)
        b.add(sep)
        if rng.random() < 0.8:
            b.ent(p.email, EMAIL)
        b.add(sep).ent(fdate(rng, rdate(rng), "en", "iso"), DT).add(sep).ent(p.addr.city, LOC)
        b.add(f"{sep}{rng.uniform(200, 25000):.2f}{sep}{rng.choice(['OPEN', 'REOPENED', 'PENDING_DOCS'])}\n")
    return b

@kind("claims_api_log")
def k_api_log(rng, lang):
    ins, dom = insurer(rng)
    b = Builder()
    d = rdate(rng)
    lvl = ["INFO", "INFO", "DEBUG", "WARN"]
    for _ in range(rng.randint(6, 11)):
        b.add(f"{log_ts(rng, d)} {rng.choice(lvl):<5} [claims-gw-{rng.randint(1, 6)}] ")
        r = rng.random()
        if r < 0.35:
            b.add(f"{rng.choice(['POST', 'GET', 'PATCH'])} /api/v2/claims/{claim_no(rng)}/"
                  f"{rng.choice(['documents', 'notes', 'payments', 'status'])} {rng.choice([200, 201, 204, 404, 409])} "
                  f"{rng.randint(12, 900)}ms client_ip=")
            b.ent(ip_any(rng), IP).add(f" req_id={uuid4(rng)}\n")
        elif r < 0.5:
            b.add("auth header=\"Bearer ").ent(jwt_token(rng), JWT).add("\" route=/api/v2/fnol\n")
        elif r < 0.62:
            p = profile(rng)
            b.add("fnol.created claimant_email=").ent(p.email, EMAIL).add(" claimant_phone=\"")
            b.ent(p.phone, PHONE).add(f"\" lob={rng.choice(['AUTO', 'HOME'])}\n")
        elif r < 0.72:
            b.add(f"upstream timeout host=").ent(ip4(rng), IP).add(f":{rng.choice([5432, 8443, 9200])} retry={rng.randint(1, 3)}\n")
        elif r < 0.8:
            b.add(f"partner webhook registered url=").ent(web_url(rng, dom, ["hooks/claims", "webhooks/fnol"]), URL)
            b.add(" signing_secret=").ent(generic_secret(rng), SECRET).add("\n")
        elif r < 0.88:
            b.add(f"rate limit exceeded for key_id={uuid4(rng)[:8]} window=60s count={rng.randint(101, 400)}\n")
        else:
            b.add(f"build={sha(rng, 12)} version={version(rng)} heap={rng.randint(200, 900)}MB gc_pause={rng.randint(2, 90)}ms\n")
    return b

@kind("fnol_api_request")
def k_fnol_json(rng, lang):
    ins, dom = insurer(rng)
    p = profile(rng, cc=rng.choice(["us", "us", "ca", "gb"]))
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add(f"POST /v3/fnol HTTP/1.1\nHost: api.{dom}\n")
    if rng.random() < 0.5:
        b.add("Authorization: Bearer ").ent(jwt_token(rng), JWT).add("\n")
    else:
        b.add("X-Api-Key: ").ent(generic_secret(rng), SECRET).add("\n")
    b.add(f"X-Request-ID: {uuid4(rng)}\nContent-Type: application/json\n\n")
    b.add('{\n  "lineOfBusiness": "' + rng.choice(["AUTO", "HOME", "RENTERS"]) + '",\n')
    b.add(f'  "policyNumber": "{policy_no(rng)}",\n  "claimant": {{\n')
    b.add('    "firstName": "').ent(p.given, PERSON).add('",\n    "lastName": "').ent(p.surname, PERSON).add('",\n')
    b.add('    "dateOfBirth": "').ent(p.dob.isoformat(), DOB).add('",\n')
    b.add('    "phone": "').ent(p.phone, PHONE).add('",\n    "email": "').ent(p.email, EMAIL).add('",\n')
    b.add('    "address": {\n      "line1": "').ent(p.addr.street, ADDR).add('",\n')
    b.add('      "city": "').ent(p.addr.city, LOC).add('",\n')
    if p.addr.region:
        b.add('      "region": "').ent(p.addr.region, LOC).add('",\n')
    b.add(f'      "postalCode": "{p.addr.pc}",\n      "country": "{p.cc.upper()}"\n    }}\n  }},\n')
    b.add('  "loss": {\n    "date": "').ent(d.isoformat(), DT).add('",\n    "time": "')
    b.ent(f"{t.hour:02d}:{t.minute:02d}", DT).add('",\n')
    b.add(f'    "cause": "{rng.choice(["COLLISION", "WATER", "THEFT", "WIND"])}",\n')
    b.add(f'    "estimatedAmount": {rng.randint(500, 30000)},\n    "clientRef": "{uuid4(rng)}"\n  }},\n')
    b.add('  "consent": {"marketing": false, "version": "' + version(rng) + '"}\n}\n')
    return b

@kind("acord_xml")
def k_acord_xml(rng, lang):
    p = profile(rng, cc="us")
    d = rdate(rng)
    b = Builder()
    b.add('<?xml version="1.0" encoding="UTF-8"?>\n<ACORD>\n <ClaimsSvcRq>\n')
    b.add(f"  <RqUID>{uuid4(rng)}</RqUID>\n  <ClaimsNotificationAddRq>\n")
    b.add(f"   <Policy><PolicyNumber>{policy_no(rng)}</PolicyNumber><LOBCd>{rng.choice(['AUTOP', 'HOME'])}</LOBCd></Policy>\n")
    b.add("   <InsuredOrPrincipal><GeneralPartyInfo>\n    <NameInfo><PersonName><Surname>")
    b.ent(p.surname, PERSON).add("</Surname><GivenName>").ent(p.given, PERSON).add("</GivenName></PersonName></NameInfo>\n")
    b.add("    <Addr><Addr1>").ent(p.addr.street, ADDR).add("</Addr1><City>").ent(p.addr.city, LOC)
    b.add("</City><StateProvCd>").ent(p.addr.region, LOC).add(f"</StateProvCd><PostalCode>{p.addr.pc}</PostalCode></Addr>\n")
    b.add("    <Communications><PhoneInfo><PhoneNumber>").ent(p.phone, PHONE)
    b.add("</PhoneNumber></PhoneInfo><EmailInfo><EmailAddr>").ent(p.email, EMAIL).add("</EmailAddr></EmailInfo></Communications>\n")
    b.add("   </GeneralPartyInfo>\n   <InsuredOrPrincipalInfo><PersonInfo><BirthDt>").ent(p.dob.isoformat(), DOB)
    b.add("</BirthDt></PersonInfo></InsuredOrPrincipalInfo></InsuredOrPrincipal>\n")
    b.add("   <DriverInfo><DriversLicense><DriversLicenseNumber>").ent(dl_number(rng, "us", p.addr.region), DL)
    b.add("</DriversLicenseNumber></DriversLicense></DriverInfo>\n")
    b.add("   <ClaimsOccurrence><LossDt>").ent(d.isoformat(), DT).add(f"</LossDt><LossTime>")
    b.ent(f"{rng.randrange(24):02d}:{rng.choice([0, 15, 30, 45]):02d}", DT)
    b.add(f"</LossTime><VehInfo><VehIdentificationNumber>{vin(rng)}</VehIdentificationNumber></VehInfo>\n")
    b.add(f"    <IncidentDesc>{rng.choice(LOSS_EN['auto'])}</IncidentDesc></ClaimsOccurrence>\n")
    b.add("  </ClaimsNotificationAddRq>\n </ClaimsSvcRq>\n</ACORD>\n")
    return b

@kind("claims_service_config_yaml")
def k_config_yaml(rng, lang):
    ins, dom = insurer(rng)
    b = Builder()
    b.add(f"# claims-intake-service configuration ({rng.choice(['staging', 'prod', 'uat'])})\n")
    b.add(f"service:\n  name: claims-intake\n  version: {version(rng)}\n  port: {rng.choice([8080, 8443, 9000])}\n")
    b.add("database:\n  url: postgresql://claims_app:").ent(password(rng, dsn=True), PWD)
    b.add(f"@db-{rng.choice(['primary', 'claims', 'rw'])}.internal.{dom}:5432/claims\n")
    b.add("  pool_size: 20\n  replica_url: ${CLAIMS_DB_REPLICA_URL}\n")
    b.add("aws:\n  region: eu-central-1\n  access_key_id: ").ent(aws_key(rng), AWSK).add("\n")
    b.add("  secret_access_key: ").ent(aws_secret(rng), AWSS).add(f"\n  bucket: claim-docs-{rng.randint(100, 999)}\n")
    if rng.random() < 0.6:
        b.add("payments:\n  provider: stripe\n  api_key: ").ent(stripe_key(rng), STRIPE).add("\n")
        b.add("  webhook_secret: ").ent("whsec_" + rs(rng, 32), SECRET).add("\n")
    if rng.random() < 0.6:
        b.add("notifications:\n  slack_bot_token: ").ent(slack_token(rng), SLACK).add("\n  channel: \"#claims-alerts\"\n")
    b.add("smtp:\n  host: smtp.").add(dom).add("\n  user: noreply\n  password: ${SMTP_PASSWORD}\n")
    b.add(f"features:\n  auto_triage: true\n  fraud_score_threshold: 0.{rng.randint(55, 90)}\n")
    return b

@kind("k8s_secret")
def k_k8s(rng, lang):
    b = Builder()
    name = rng.choice(["claims-portal-secrets", "fnol-api-credentials", "premium-billing-secrets"])
    b.add(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\n  namespace: {rng.choice(['claims', 'billing', 'prod-claims'])}\n")
    b.add(f"  labels:\n    app.kubernetes.io/part-of: claims-platform\n    release: \"{version(rng)}\"\ntype: Opaque\ndata:\n")
    keys = rng.sample([("db-password", PWD), ("POSTGRES_PASSWORD", PWD), ("api-key", SECRET),
                       ("partner-client-secret", SECRET), ("webhook-signing-key", SECRET),
                       ("smtp-password", PWD)], rng.randint(2, 4))
    for k, t in keys:
        raw = password(rng) if t == PWD else generic_secret(rng)
        b.add(f"  {k}: ").ent(base64.b64encode(raw.encode()).decode(), t).add("\n")
    b.add(f"# rotated by secrets-operator {version(rng)}; checksum sha256:{sha(rng, 64)}\n")
    return b

@kind("env_file")
def k_env(rng, lang):
    ins, dom = insurer(rng)
    b = Builder()
    b.add(f"# .env - claims portal ({rng.choice(['local dev', 'staging'])}) - DO NOT COMMIT\nNODE_ENV=production\n")
    b.add(f"APP_URL=").ent(f"https://portal.{dom}", URL).add("\n")
    items = [("AWS_ACCESS_KEY_ID", aws_key, AWSK), ("AWS_SECRET_ACCESS_KEY", aws_secret, AWSS),
             ("STRIPE_SECRET_KEY", stripe_key, STRIPE), ("GITHUB_TOKEN", gh_token, GH),
             ("SLACK_BOT_TOKEN", slack_token, SLACK), ("SESSION_SECRET", generic_secret, SECRET),
             ("DB_PASSWORD", password, PWD), ("SENDGRID_API_KEY", generic_secret, SECRET)]
    for k, f, t in rng.sample(items, rng.randint(3, 6)):
        q = rng.choice(["", '"'])
        b.add(f"{k}={q}").ent(f(rng), t).add(f"{q}\n")
    b.add("REDIS_URL=${REDIS_URL}\nSENTRY_RELEASE=" + sha(rng, 40) + "\n")
    b.add(f"CLAIMS_API_TIMEOUT_MS={rng.randint(2000, 15000)}\n")
    return b

@kind("web_chat_transcript")
def k_web_chat(rng, lang):
    ins, dom = insurer(rng)
    c, ag = profile(rng), person(rng)
    h, m = rng.randint(8, 20), rng.randint(0, 40)
    A = (ag.given, PERSON)
    script = [("Virtual Assistant", "Hi! I can help with claims, billing and policy questions."),
              ("Visitor", "i need to check on my claim, it's been 2 weeks"), ("System", "{a} has joined the chat."),
              (A, "Hello, I'm happy to help. Could you confirm your name and the email on the policy?"),
              ("Visitor", "{n}, {e}"),
              (A, "Thank you. I see claim {cl}. The payment was issued to the card ending in {l4}."),
              ("Visitor", "hmm I never got it. my new card is {cd}" if rng.random() < 0.5 else "ok, when will it post?"),
              (A, "Please don't share full card numbers here. Refunds take 5-7 business days. "
                  "We can also call you at {p} if that's still the best number."),
              ("Visitor", "yes that works, after {t} is best"), (A, "Noted. A callback is set for {d}. Anything else?")]
    slots = dict(a=(ag.given + " " + ag.surname[0] + ".", PERSON), e=(c.email, EMAIL), cl=claim_no(rng), l4=dg(rng, 4),
                 n=(c.full.lower() if rng.random() < 0.3 else c.full, PERSON), cd=(card(rng)[1], CARD),
                 p=(c.phone, PHONE), t=(ftime(rng, rtime(rng)), DT), d=(fdate_wd(rng, rdate(rng)), DT))
    b = Builder().add(f"Chat transcript - {ins} Help Center\nSession {uuid4(rng)}\n\n")
    for who, tmpl in script:
        m += rng.randint(0, 2)
        b.add(f"[{h:02d}:{m:02d}] ").ent(*(who if isinstance(who, tuple) else (who, None))).add(": ")
        b.tpl(tmpl, **slots).add("\n")
    return b.add("\n-- chat ended --\n")
@kind("sms_thread")
def k_sms(rng, lang):
    ins, dom = insurer(rng)
    c, adj = profile(rng), person(rng)
    d = rdate(rng)
    short = insurer(rng)[0].split()[0]
    b = Builder()
    b.add(f"SMS log - claim {claim_no(rng)} - short code 4{dg(rng, 4)}\n---\n")
    b.tpl("{s}: Hi {g}, this is {a} with {s}, your adjuster. Reply YES to get claim updates by text.\n",
          s=short, g=(c.given, PERSON), a=(adj.full, PERSON))
    b.add("Customer: YES\n")
    b.tpl("{s}: Thanks! Inspection is set for {w}. Address on file: {ad}. Reply C to confirm.\n", s=short,
          w=(fdate_wd(rng, d, "en") + rng.choice([" at ", ", "]) + ftime(rng, rtime(rng)), DT),
          ad=(addr_text(rng, c.addr, False), ADDR))
    b.tpl("Customer: C. pls call my cell {p} not the house phone\n", p=(c.phone, PHONE))
    b.tpl("{s}: Will do. Upload photos here: {u}\n", s=short, u=(web_url(rng, dom, ["m/upload", "claims/photos"]), URL))
    if rng.random() < 0.6:
        sp = person(rng, culture=c.culture)
        b.tpl("Customer: ok. my {r} {g2} will be home, not me\n", r=rng.choice(["wife", "husband", "son", "daughter"]),
              g2=(sp.given, PERSON))
    b.add(f"{short}: Got it. Reminder: your deductible is {rng.choice(['$500', '$1,000', '$2,500'])}. "
          f"Msg&data rates may apply. Reply STOP to opt out.\n")
    return b

@kind("life_claimant_statement")
def k_life(rng, lang):
    dec, ben, doc = profile(rng, cc="us"), profile(rng, cc="us"), person(rng)
    ben.surname = dec.surname if rng.random() < 0.6 else ben.surname
    dod = rdate(rng)
    b = Builder()
    b.add(f"{rng.choice(['Summit Ridge Life', 'Northwind Mutual Life'])} - CLAIMANT'S STATEMENT (DEATH CLAIM)\n")
    b.add(f"Policy number(s): {policy_no(rng)}\n\nPART A - INSURED\n").kv("Full name of insured", dec.full, PERSON)
    b.add("Date of birth: ").ent(fdate(rng, dec.dob, "en", "mdy"), DOB).add("    Date of death: ")
    b.ent(fdate(rng, dod, "en", "mdy"), DT).add("\n").kv("Social Security number", ssn(rng), SSN)
    b.add(f"Cause of death: {rng.choice(['Natural causes', 'Accident', 'Illness'])} (ICD-10 {rng.choice(['I21.9', 'C34.90', 'V43.52XA'])})\n")
    b.kv("Last residence", addr_text(rng, dec.addr, False), ADDR)
    b.tpl("Attending physician: Dr. {d}, tel. {p}\n\n", d=(doc.full, PERSON), p=(phone(rng, "us"), PHONE))
    b.add("PART B - CLAIMANT / BENEFICIARY\n").kv("Name", ben.full, PERSON)
    b.add(f"Relationship to insured: {rng.choice(['Spouse', 'Son', 'Daughter', 'Sibling'])}\n")
    b.add("Date of birth: ").ent(fdate(rng, ben.dob, "en", "mdy"), DOB).add("   SSN: ").ent(ssn(rng), SSN).add("\n")
    b.kv("Address", addr_text(rng, ben.addr, False), ADDR)
    b.add("Phone: ").ent(ben.phone, PHONE).add("   Email: ").ent(ben.email, EMAIL).add("\n")
    b.add("Settlement option: [X] Lump sum  [ ] Retained asset account\n")
    b.add(f"Direct deposit: ABA {rng.choice(ROUTING)}  Acct ").ent(account_no(rng), ACCT).add("\n")
    b.add("Signature: ______________________   Date: ").ent(fdate(rng, dod + dt.timedelta(days=rng.randint(5, 40)), "en", "mdy"), DT).add("\n")
    return b

HOSPITALS = [("Hospital Universitario Costa Brava", "es"), ("Clinique du Parc", "fr"), ("Ospedale San Marco", "it"),
             ("Klinikum am Stadtpark", "de"), ("Hospital da Luz Atlântico", "pt"), ("Allgemeines Krankenhaus Süd", "at"),
             ("Ege Özel Hastanesi", "tr"), ("Nemocnice Na Vyhlídce", "cz")]

@kind("travel_medical_claim")
def k_travel_med(rng, lang):
    c = profile(rng, cc=rng.choice(["us", "gb", "ca", "ie"]))
    hosp, hcc = rng.choice(HOSPITALS)
    ha = make_addr(rng, hcc)
    docp = person(rng, CC_LANG.get(hcc, "de"))
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add("LIGHTHOUSE TRAVEL PROTECT - EMERGENCY MEDICAL EXPENSE CLAIM\n")
    b.add(f"Assistance case: AC-{dg(rng, 7)}    Policy: {policy_no(rng)}\n\n").kv("Member", c.full, PERSON)
    b.kv("Member ID", member_id(rng), HPN)
    b.kv("Date of birth", fdate(rng, c.dob, "en", rng.choice(["mdy", "dmy/"])), DOB)
    b.kv("Home address", addr_text(rng, c.addr, False), ADDR)
    b.add(f"Trip: {rng.choice(IATA)}-{rng.choice(IATA)}, flight {rng.choice(['LH', 'BA', 'IB', 'AZ', 'TP', 'TK'])}{rng.randint(100, 2999)}, departed ")
    b.ent(fdate(rng, d - dt.timedelta(days=rng.randint(2, 9)), "en", "dmon"), DT).add("\n\n")
    b.add(f"Treating facility: {hosp}\n").ent(addr_text(rng, ha, False, COUNTRY[hcc][1]), ADDR).add("\n")
    b.kv("Hospital record no.", mrn(rng), MRN).kv("Admitted", fdt(rng, d, t), DT)
    b.kv("Discharged", fdate(rng, d + dt.timedelta(days=rng.randint(1, 6))), DT)
    b.tpl("Treating physician: Dr. {n}\n", n=(docp.full, PERSON))
    b.add(f"Diagnosis: {rng.choice(ICD)}; medication: {rng.choice(DRUGS)} 400 mg; imaging CPT {rng.choice(CPT)}\n")
    b.add(f"Invoice total: {amount(rng, 600, 18000, eu=True)}\n")
    if rng.random() < 0.5:
        b.add("Reimburse to IBAN: ").ent(make_iban(rng, rng.choice(["IE", "GB", "DE"])), IBAN).add("\n")
    else:
        b.add("Reimburse to card: ").ent(card(rng)[1], CARD).add("\n")
    b.add("Contact: ").ent(c.phone, PHONE).add(" / ").ent(c.email, EMAIL).add("\n")
    return b

@kind("pet_vet_invoice")
def k_pet(rng, lang):
    cl = profile(rng, cc=rng.choice(["us", "gb", "ca", "au"]))
    vet = person(rng)
    clinic = rng.choice(["Maple Grove Veterinary Hospital", "Riverside Animal Clinic", "Harbourside Vets",
                         "Banfield-style Pet Hospital"])
    ca = make_addr(rng, cl.cc)
    pet = rng.choice(PETS)
    d = rdate(rng)
    b = Builder()
    b.add(f"{clinic}\n").ent(addr_text(rng, ca, False), ADDR).add("   Tel ").ent(phone(rng, cl.cc), PHONE).add("\n\n")
    b.add(f"INVOICE #{dg(rng, 6)}        Date: ").ent(fdate(rng, d), DT).add("\n")
    b.add("Client: ").ent(cl.last_first() if rng.random() < 0.5 else cl.full, PERSON)
    b.add("   Client #: ").ent(account_no(rng), ACCT).add("\n").ent(addr_text(rng, cl.addr, False), ADDR).add("\n")
    b.add(f"Patient: {pet} ({rng.choice(['Canine', 'Feline'])}, {rng.choice(['Labrador Retriever', 'Beagle', 'Domestic Shorthair', 'French Bulldog', 'Maine Coon'])}), "
          f"{rng.randint(1, 12)}y, microchip {dg(rng, 15)}\n")
    b.tpl("Attending: Dr. {v}, DVM\n\n", v=(vet.full, PERSON))
    b.add("Description                         Qty     Amount\n")
    for it in rng.sample(["Exam - sick visit", "Radiographs (2 views)", f"{rng.choice(DRUGS)} 75mg tabs",
                          "CBC/Chem panel", "IV fluids", "Hospitalization (day)", "Wound repair"], 4):
        b.add(f"{it:<36}{rng.randint(1, 14):<8}{amount(rng, 25, 900)}\n")
    b.add(f"TOTAL {amount(rng, 300, 4200)}   Paid: Visa ending {dg(rng, 4)}\n\n")
    b.add(f"{pet}'s claim to Pawsure Pet Insurance, policy {policy_no(rng)}, can be submitted at ")
    b.ent(web_url(rng, "pawsure-pet.example.com", ["claims/new", "vets/submit"]), URL).add("\n")
    return b

@kind("workers_comp_first_report")
def k_wc(rng, lang):
    e, sup, prep, doc = profile(rng, cc="us"), person(rng), person(rng), person(rng)
    d, t = rdate(rng), rtime(rng)
    emp = rng.choice(["Ridgeway Logistics Inc.", "Bluestem Roofing LLC", "Carver & Sons Masonry", "Pinecrest Foods"])
    b = Builder()
    b.add("EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS (Form WC-1)\n")
    b.add(f"Employer: {emp}   FEIN: {dg(rng, 2)}-{dg(rng, 7)}   NAICS: {rng.choice(['238160', '484121', '311812'])}\n")
    b.add(f"Carrier claim #: {claim_no(rng)}\n\n").kv("Employee name", e.last_first(), PERSON)
    b.add("SSN: ").ent(ssn(rng), SSN).add("    DOB: ").ent(fdate(rng, e.dob, "en", "mdy"), DOB).add("\n")
    b.kv("Home address", addr_text(rng, e.addr, False), ADDR).kv("Phone", e.phone, PHONE)
    b.kv("Date of hire", fdate(rng, rdate(rng, 2010, 2022), "en", "mdy"), DT)
    b.add(f"Occupation: {rng.choice(['Roofer', 'Warehouse associate', 'Line cook', 'Delivery driver'])}   Wage: {amount(rng, 600, 1600)}/wk\n")
    b.add("Date of injury: ").ent(fdate(rng, d, "en", "mdy"), DT).add("   Time: ").ent(ftime(rng, t), DT).add("\n")
    b.add(f"Nature of injury: {rng.choice(['Strain - lower back', 'Laceration - left hand', 'Fracture - right ankle'])} "
          f"(ICD-10 {rng.choice(ICD)})\n")
    b.tpl("Treating physician: Dr. {d}, phone {p}, medical record # {m}\n",
          d=(doc.full, PERSON), p=(phone(rng, "us"), PHONE), m=(mrn(rng), MRN))
    b.tpl("Supervisor: {s}\nPrepared by: {p}, HR Manager   Date: {dd}\n", s=(sup.full, PERSON), p=(prep.full, PERSON),
          dd=(fdate(rng, d + dt.timedelta(days=rng.randint(0, 3)), "en", "mdy"), DT))
    return b

@kind("medical_records_request")
def k_records(rng, lang):
    ins, dom = insurer(rng)
    adj, pt = person(rng), profile(rng, cc="us")
    ia, ha = make_addr(rng, "us"), make_addr(rng, "us")
    d = rdate(rng)
    b = Builder()
    b.add(f"{ins} - Bodily Injury Unit\n").ent(addr_text(rng, ia, True), ADDR).add("\n\n")
    b.ent(fdate(rng, d, "en", "mdy_long"), DT).add("\n\n")
    b.add(f"Health Information Management / Release of Information\n{rng.choice(['Mercy General Hospital', 'St. Luke Medical Center', 'Lakeside Orthopedic Group'])}\n")
    b.ent(addr_text(rng, ha, True), ADDR).add("\nVia fax: ").ent(phone(rng, "us"), PHONE).add("\n\n")
    b.add("RE: Request for medical records and itemized billing\n")
    b.add("Patient: ").ent(pt.full, PERSON).add("   DOB: ").ent(fdate(rng, pt.dob, "en", "mdy"), DOB)
    b.add("   MRN: ").ent(mrn(rng), MRN).add("\n")
    d0 = d - dt.timedelta(days=rng.randint(30, 120))
    b.add("Dates of service: ").ent(fdate(rng, d0, "en", "mdy"), DT).add(" through ")
    b.ent(fdate(rng, d0 + dt.timedelta(days=rng.randint(5, 40)), "en", "mdy"), DT).add(f"\nClaim: {claim_no(rng)}\n\n")
    b.add("Enclosed is a HIPAA-compliant authorization signed by the patient. Please provide ER records, imaging "
          f"reports (CPT {rng.choice(CPT)}), physician notes and UB-04/CMS-1500 itemized bills. We will pay reasonable "
          "copy charges up to $25.\n\n")
    b.add("Records may be e-mailed to ").ent(email_for(rng, adj, dom), EMAIL).add(".\n\nThank you,\n")
    b.ent(adj.full, PERSON).add(", Claims Representative\n").ent(phone(rng, "us"), PHONE).add(f" ext. {rng.randint(100, 9999)}\n")
    return b

@kind("hl7_adt_injury")
def k_hl7(rng, lang):
    p, nk, doc = profile(rng, cc="us"), person(rng), person(rng)
    ts = f"{rdate(rng).strftime('%Y%m%d')}{rng.randrange(24):02d}{rng.randrange(60):02d}{rng.randrange(60):02d}"
    fac = rng.choice(["MERCY", "STLUKE", "LAKESIDE"])
    a = p.addr
    xad = f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.pc}"
    b = Builder()
    b.add(f"MSH|^~\\&|ADT1|{fac}|CLAIMSLINK|{rng.choice(['NWMUTUAL', 'BLUEGATE'])}|{ts}||ADT^A04|MSG{dg(rng, 6)}|P|2.5.1\r\n")
    b.add(f"EVN|A04|{ts}\r\n")
    b.add("PID|1||").ent(fill(rng, "%#######"), MRN).add(f"^^^{fac}^MR||").ent(p.hl7(), PERSON).add("||")
    b.ent(p.dob.strftime("%Y%m%d"), DOB).add(f"|{'F' if p.female else 'M'}|||").ent(xad, ADDR).add("||")
    b.ent(fill(rng, "(%##)%##-####"), PHONE).add("|||||").ent(fill(rng, "%########"), ACCT).add(f"^^^{fac}^AN|")
    b.ent(ssn(rng, "-"), SSN).add("\r\n")
    b.add("NK1|1|").ent(nk.hl7(), PERSON).add(f"|{rng.choice(['SPO^Spouse', 'PAR^Parent', 'CHD^Child'])}||")
    b.ent(fill(rng, "(%##)%##-####"), PHONE).add("\r\n")
    b.add(f"PV1|1|E|ED^{rng.randint(1, 30):02d}^01^{fac}||||{fill(rng, '1#########')}^").ent(doc.hl7(), PERSON)
    b.add(f"^^^MD|||||||||||V{dg(rng, 8)}\r\n")
    b.add(f"DG1|1||{rng.choice(ICD)}^{rng.choice(['Injury', 'Fracture', 'Contusion'])}^I10||A\r\n")
    b.add(f"IN1|1|{rng.choice(['PPO', 'HMO', 'EPO'])}{dg(rng, 3)}|{dg(rng, 5)}|{rng.choice(['BLUE PLAINS HEALTH', 'UNITY CARE PLAN'])}||||")
    b.add(f"GRP{dg(rng, 6)}||||||||").ent(p.hl7(), PERSON).add("|01|").ent(p.dob.strftime("%Y%m%d"), DOB)
    b.add("|" * 18).ent(member_id(rng), HPN).add("\r\n")
    b.add(f"IN2|1||||||||||||||||||||||||||||||||||||||||||||||||||AUTO^{claim_no(rng)}\r\n")
    return b

@kind("fhir_bundle")
def k_fhir(rng, lang):
    p = profile(rng, cc=rng.choice(["us", "us", "ca", "au"]))
    d = rdate(rng)
    b = Builder()
    b.add('{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "entry": [\n    {"resource": {\n')
    b.add(f'      "resourceType": "Patient",\n      "id": "{uuid4(rng)}",\n')
    b.add(f'      "meta": {{"lastUpdated": "{log_ts(rng)}"}},\n')
    b.add('      "identifier": [{"type": {"text": "MRN"}, "value": "').ent(mrn(rng), MRN).add('"}],\n')
    b.add('      "name": [{"family": "').ent(p.surname, PERSON).add('", "given": ["').ent(p.given, PERSON).add('"]}],\n')
    b.add('      "telecom": [{"system": "phone", "value": "').ent(p.phone, PHONE)
    b.add('"}, {"system": "email", "value": "').ent(p.email, EMAIL).add('"}],\n')
    b.add(f'      "gender": "{"female" if p.female else "male"}",\n      "birthDate": "').ent(p.dob.isoformat(), DOB).add('",\n')
    b.add('      "address": [{"line": ["').ent(p.addr.street, ADDR).add('"], "city": "').ent(p.addr.city, LOC)
    b.add('", "state": "').ent(p.addr.region, LOC).add(f'", "postalCode": "{p.addr.pc}"}}]\n    }}}},\n')
    b.add('    {"resource": {\n      "resourceType": "Coverage",\n      "status": "active",\n')
    b.add('      "subscriberId": "').ent(member_id(rng), HPN).add('",\n')
    b.add(f'      "payor": [{{"display": "{rng.choice(["Blue Plains Health", "Unity Care Plan", "Cedar Mutual Health"])}"}}],\n')
    b.add('      "period": {"start": "').ent(f"{d.year}-01-01", DT).add('"}\n    }},\n')
    b.add('    {"resource": {\n      "resourceType": "Claim",\n      "use": "claim",\n')
    b.add('      "billablePeriod": {"start": "').ent(d.isoformat(), DT).add('", "end": "')
    b.ent((d + dt.timedelta(days=rng.randint(0, 5))).isoformat(), DT).add('"},\n')
    b.add(f'      "diagnosis": [{{"sequence": 1, "diagnosisCodeableConcept": {{"coding": [{{"system": "http://hl7.org/fhir/sid/icd-10", "code": "{rng.choice(ICD)}"}}]}}}}],\n')
    b.add(f'      "total": {{"value": {rng.randint(200, 9000)}.00, "currency": "USD"}}\n    }}}}\n  ]\n}}\n')
    return b

@kind("x12_270_eligibility")
def k_x12(rng, lang):
    p = profile(rng, cc="us")
    d = rdate(rng)
    yymmdd = d.strftime("%y%m%d")
    b = Builder()
    b.add(f"ISA*00*          *00*          *ZZ*CLAIMSLINK     *ZZ*{rng.choice(['BLUEPLAINS', 'UNITYCARE'])}     *{yymmdd}*{rng.randrange(24):02d}{rng.randrange(60):02d}*^*00501*{dg(rng, 9)}*0*P*:~\n")
    b.add(f"GS*HS*CLAIMSLINK*PAYER01*{d.strftime('%Y%m%d')}*{rng.randrange(24):02d}{rng.randrange(60):02d}*{rng.randint(1, 999)}*X*005010X279A1~\n")
    b.add(f"ST*270*{dg(rng, 4)}*005010X279A1~\nBHT*0022*13*{dg(rng, 9)}~\nHL*1**20*1~\n")
    b.add(f"NM1*PR*2*{rng.choice(['BLUE PLAINS HEALTH', 'UNITY CARE PLAN'])}*****PI*{dg(rng, 5)}~\nHL*2*1*21*1~\n")
    b.add(f"NM1*1P*2*LAKESIDE ORTHOPEDIC GROUP*****XX*{fill(rng, '1#########')}~\n")
    cont = person(rng)
    b.add("PER*IC*").ent(cont.full.upper(), PERSON).add("*TE*").ent(fill(rng, "%##%######"), PHONE).add("~\n")
    b.add(f"HL*3*2*22*0~\nTRN*1*{dg(rng, 10)}*9{dg(rng, 9)}~\n")
    b.add("NM1*IL*1*").ent(asciify(p.surname).upper(), PERSON).add("*").ent(asciify(p.given).upper(), PERSON)
    b.add("****MI*").ent(member_id(rng), HPN).add("~\n")
    if rng.random() < 0.6:
        b.add("REF*SY*").ent(ssn(rng, ""), SSN).add("~\n")
    b.add("N3*").ent(p.addr.street.upper(), ADDR).add("~\nN4*").ent(p.addr.city.upper(), LOC).add("*")
    b.ent(p.addr.region, LOC).add(f"*{p.addr.pc.replace('-', '')}~\n")
    b.add("DMG*D8*").ent(p.dob.strftime("%Y%m%d"), DOB).add(f"*{'F' if p.female else 'M'}~\n")
    b.add("DTP*291*D8*").ent(d.strftime("%Y%m%d"), DT).add("~\nEQ*30~\n")
    b.add(f"SE*{rng.randint(12, 16)}*{dg(rng, 4)}~\nGE*1*{rng.randint(1, 999)}~\nIEA*1*{dg(rng, 9)}~\n")
    return b

@kind("vcard_contact")
def k_vcard(rng, lang):
    p = profile(rng, cc=rng.choice(["us", "gb", "de", "fr", "nl", "ie"]))
    firm = rng.choice(["Crescent Risk Advisors", "Hartmann & Kerr Loss Adjusters", "Tidewater Insurance Services",
                       "Alpenschutz Versicherung AG"])
    dom = slug(firm.split()[0]) + ".example.com"
    a = p.addr
    b = Builder()
    b.add(f"BEGIN:VCARD\nVERSION:{rng.choice(['3.0', '4.0'])}\nN:")
    b.ent(f"{p.surname};{p.given}" + (f";{p.mid}" if p.mid else ""), PERSON).add(";;\n")
    b.add("FN:").ent(p.full, PERSON).add(f"\nORG:{firm}\nTITLE:{rng.choice(['Independent Adjuster', 'Claims Broker', 'Loss Assessor', 'Account Executive'])}\n")
    b.add("TEL;TYPE=WORK,VOICE:").ent(phone(rng, p.cc), PHONE).add("\n")
    b.add("TEL;TYPE=CELL:").ent(p.phone, PHONE).add("\n")
    b.add("EMAIL;TYPE=INTERNET:").ent(email_for(rng, p, dom), EMAIL).add("\n")
    b.add("ADR;TYPE=WORK:;;").ent(f"{a.street};{a.city};{a.region};{a.pc};{COUNTRY[a.cc][0]}", ADDR).add("\n")
    if rng.random() < 0.5:
        b.add("BDAY:").ent(p.dob.isoformat() if rng.random() < 0.5 else p.dob.strftime("%Y%m%d"), DOB).add("\n")
    b.add("URL:").ent(f"https://www.{dom}/team/{slug(p.given)}", URL).add("\n")
    b.add(f"NOTE:Panel adjuster for CAT {rng.randint(20, 99)}-{rng.randint(1, 40)}\\, licensed since {rng.randint(1995, 2018)}\n")
    b.add(f"REV:{rdate(rng).strftime('%Y%m%d')}T{rng.randrange(24):02d}{rng.randrange(60):02d}00Z\nEND:VCARD\n")
    return b

@kind("ics_inspection_invite")
def k_ics(rng, lang):
    ins, dom = insurer(rng)
    adj, c = person(rng), profile(rng, cc="us")
    d = rdate(rng)
    h = rng.randint(8, 16)
    stamp = f"{(d - dt.timedelta(days=rng.randint(1, 9))).strftime('%Y%m%d')}T{rng.randrange(24):02d}{rng.randrange(60):02d}00Z"
    tz = rng.choice(["America/Chicago", "America/New_York", "America/Denver"])
    b = Builder()
    b.add(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{ins}//Claims Scheduler {version(rng)}//EN\nBEGIN:VEVENT\n")
    b.add(f"UID:{uuid4(rng)}@{dom}\nDTSTAMP:{stamp}\nCREATED:{stamp}\n")
    b.add(f"DTSTART;TZID={tz}:").ent(f"{d.strftime('%Y%m%d')}T{h:02d}0000", DT).add("\n")
    b.add(f"DTEND;TZID={tz}:").ent(f"{d.strftime('%Y%m%d')}T{h + 1:02d}0000", DT).add("\n")
    b.add(f"SUMMARY:Property inspection - claim {claim_no(rng)}\n")
    b.add("LOCATION:").ent("\\, ".join(c.addr.lines), ADDR).add("\n")
    q = rng.choice(['"', ""])
    b.add(f"ORGANIZER;CN={q}").ent(adj.full, PERSON).add(f"{q}:mailto:").ent(email_for(rng, adj, dom), EMAIL).add("\n")
    b.add(f"ATTENDEE;CN={q}").ent(c.full, PERSON).add(f"{q};ROLE=REQ-PARTICIPANT:mailto:").ent(c.email, EMAIL).add("\n")
    b.add("DESCRIPTION:Field adjuster visit. To reschedule call ").ent(phone(rng, "us"), PHONE)
    b.add(". Please have receipts and photos ready.\n")
    b.add(f"LAST-MODIFIED:{stamp}\nSEQUENCE:{rng.randint(0, 3)}\nEND:VEVENT\nEND:VCALENDAR\n")
    return b

def ocr(rng, label):
    subs = {"i": "1", "l": "1", "o": "0", "I": "l", "S": "5", "e": "c", "B": "8"}
    out = []
    for ch in label:
        if ch in subs and rng.random() < 0.18:
            out.append(subs[ch])
        else:
            out.append(ch)
        if ch != " " and rng.random() < 0.04:
            out.append(" ")
    return "".join(out)

@kind("ocr_scanned_claim_form")
def k_ocr(rng, lang):
    c = profile(rng)
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add(ocr(rng, "C L A I M   F O R M") + f"     page 1 of {rng.randint(2, 4)}\n")
    b.add(f"|{ocr(rng, 'Policy No.')}: {policy_no(rng)}   |{ocr(rng, 'Claim #')}: {claim_no(rng)}\n")
    b.add(f"|{ocr(rng, 'Insured Name')} : ").ent(c.full.upper(), PERSON).add("\n")
    b.add(f"|{ocr(rng, 'Date of Birth')}: ").ent(fdate(rng, c.dob, "en", rng.choice(["mdy", "dmy/"])), DOB).add(" |\n")
    b.add(f"|{ocr(rng, 'Address')}: ").ent(addr_text(rng, c.addr, False).upper(), ADDR).add("\n")
    b.add(f"|{ocr(rng, 'Telephone')}: ").ent(c.phone, PHONE).add(f"   {ocr(rng, 'E-mail')}: ").ent(c.email, EMAIL).add("\n")
    b.add(f"|{ocr(rng, 'Date and time of loss')}: ").ent(fdt(rng, d, t), DT).add("\n")
    b.add(f"|{ocr(rng, 'Description')}: {ocr(rng, rng.choice(LOSS_EN['home'] + LOSS_EN['auto']))}\n")
    b.add(f"|{ocr(rng, 'Were police notified')}? [X] Yes [ ] No   Report: {fill(rng, '##-######')}\n")
    b.add(f"|{ocr(rng, 'Amount claimed')}: {amount(rng, 300, 20000)}\n")
    b.add(f"|{ocr(rng, 'Signature')}: ~~~{ocr(rng, 'illegible')}~~~   {ocr(rng, 'Date')}: ")
    b.ent(fdate(rng, d + dt.timedelta(days=rng.randint(1, 10)), "en", "mdy"), DT).add("\n")
    b.add("_" * rng.randint(20, 50) + f"\n{ocr(rng, 'scanned by')} DOCSCAN-{dg(rng, 3)} batch {dg(rng, 8)}\n")
    return b

@kind("police_crash_report")
def k_police(rng, lang):
    u1, u2, off = profile(rng, cc="us"), profile(rng, cc="us"), person(rng)
    city = u1.addr
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add(f"STATE OF {US_STATES[city.region].upper()} - TRAFFIC CRASH REPORT (excerpt)\n")
    b.add(f"Agency: {city.city} Police Department    Case #: {fill(rng, '2#-######')}\n")
    b.add("Crash date/time: ").ent(fdt(rng, d, t), DT).add("\n")
    b.add(f"Location: intersection of {rng.choice(STREETS['us'])} and {rng.choice(STREETS['us'])}, ")
    b.ent(f"{city.city}, {city.region}", LOC).add("\n\n")
    for i, u in enumerate((u1, u2), 1):
        b.add(f"UNIT {i} - DRIVER\n  Name: ").ent(u.last_first().upper(), PERSON)
        b.add("   DOB: ").ent(fdate(rng, u.dob, "en", "mdy"), DOB).add("\n")
        b.add("  DL#: ").ent(dl_number(rng, "us", u.addr.region), DL).add("\n")
        b.add("  Address: ").ent(addr_text(rng, u.addr, False), ADDR).add("\n  Phone: ").ent(u.phone, PHONE).add("\n")
        b.add(f"  Vehicle: {rng.randint(2009, 2024)} {rng.choice(['Honda Accord', 'Chevrolet Malibu', 'Jeep Wrangler', 'Kia Soul'])} "
              f"Plate {plate(rng)} VIN {vin(rng)}\n  Insurance: {rng.choice(INSURERS['en'])} Policy {policy_no(rng)}\n\n")
    b.add("NARRATIVE: Unit 1 was northbound and stopped for a red signal. Unit 2 failed to stop and struck Unit 1 in "
          "the rear. Both drivers reported minor pain; no transport.\n")
    b.tpl("Reporting officer: {t} {n}, Badge #{bd}\n", t=rng.choice(["Ofc.", "Sgt.", "Officer"]),
          n=(off.full, PERSON), bd=dg(rng, 4))
    return b

@kind("recorded_statement")
def k_statement(rng, lang):
    ins, dom = insurer(rng)
    adj, c, w = person(rng), profile(rng), profile(rng)
    d = rdate(rng)
    b = Builder()
    b.add("RECORDED STATEMENT OF ").ent(c.full.upper(), PERSON).add(f"\nClaim No.: {claim_no(rng)}    Method: telephone\n\n")
    b.tpl("Q: This is {a} with {i}. Today is {d}, and the time is {t}. Do I have your permission to record this call?\n",
          a=(adj.full, PERSON), i=ins, d=(fdate(rng, d, "en", "mdy_long"), DT), t=(ftime(rng, rtime(rng)), DT))
    b.add("A: Yes, you do.\nQ: Please state your full name.\n")
    b.tpl("A: {n}.\nQ: And your date of birth?\nA: {dob}.\n", n=(c.full, PERSON),
          dob=(fdate(rng, c.dob, "en", rng.choice(["mdy_long", "mdy"])), DOB))
    b.tpl("Q: What is your current address?\nA: {a}.\n", a=(addr_text(rng, c.addr, False), ADDR))
    work = rng.choice(["Ben & Jerry's", "Wells Fargo", "the Müller & Söhne GmbH warehouse", "Johnson Brothers Roofing"])
    b.add("Q: In your own words, tell me what happened.\nA: " + rng.choice(LOSS_EN["auto"]) + " I was on my way to "
          f"work at {work}.\n")
    b.add("Q: Were there any witnesses?\n")
    b.tpl("A: Yes, a {g} named {wn} stopped. {pr} number is {p}.\n", g="woman" if w.female else "man",
          wn=(w.full, PERSON), pr="Her" if w.female else "His", p=(w.phone, PHONE))
    b.add("Q: Is there anything else you'd like to add?\nA: No, that's everything.\n")
    b.tpl("Q: This concludes the statement. The time is {t}.\n", t=(ftime(rng, rtime(rng)), DT))
    return b

@kind("reservation_of_rights_letter")
def k_ror(rng, lang):
    ins, dom = insurer(rng)
    c, adj, agt = profile(rng), person(rng), person(rng)
    d = rdate(rng)
    b = Builder()
    b.ent(fdate(rng, d + dt.timedelta(days=rng.randint(10, 40)), "en", "mdy_long"), DT)
    b.add(f"\n\nVIA CERTIFIED MAIL {fill(rng, '9407 1118 99## #### #### ##')}\n\n")
    b.ent(c.full, PERSON).add("\n").ent(addr_text(rng, c.addr, True), ADDR).add("\n\n")
    b.add("RE: Reservation of Rights\n")
    b.tpl("Insured: {n}\nPolicy: {p}\nClaim: {c}\nDate of Loss: {d}\n\n", n=(c.full, PERSON), p=policy_no(rng),
          c=claim_no(rng), d=(fdate(rng, d), DT))
    b.tpl("Dear {t} {s}:\n\n", t=c.title(rng), s=(c.surname, PERSON))
    b.add(f"{ins} acknowledges receipt of your claim. Our investigation is continuing, and we are handling this "
          "matter under a full reservation of rights. Specifically, the policy excludes loss caused by continuous "
          "or repeated seepage of water over a period of 14 days or more (Section I - Exclusions, 2.c.(5)) and "
          "wear and tear. Nothing in this letter waives any of the rights of either party.\n\n")
    b.tpl("If you have additional information, please contact me at {p} ext. {x} or {e}.\n\n",
          p=(phone(rng, "us"), PHONE), x=str(rng.randint(100, 999)), e=(email_for(rng, adj, dom), EMAIL))
    b.add("Sincerely,\n").ent(adj.full, PERSON).add("\nSenior Claims Consultant\n\ncc: ").ent(agt.full, PERSON)
    b.add(f", {rng.choice(['Main Street Agency LLC', 'Brightline Insurance Agency'])}\n")
    return b

@kind("stripe_webhook_log")
def k_stripe(rng, lang):
    c = profile(rng)
    d = rdate(rng)
    b = Builder()
    b.add(f"{log_ts(rng, d)} premium-billing INFO received event evt_{rs(rng, 24)} type=invoice.payment_failed\n")
    b.add('{"object": "charge", "amount": ' + str(rng.randint(2000, 90000)) + ', "currency": "usd",\n')
    b.add(' "billing_details": {"name": "').ent(c.full, PERSON).add('", "email": "').ent(c.email, EMAIL)
    b.add('", "phone": "').ent(c.phone, PHONE).add('"},\n')
    b.add(f' "payment_method_details": {{"card": {{"brand": "visa", "last4": "{dg(rng, 4)}", "exp_month": {rng.randint(1, 12)}, '
          f'"exp_year": {rng.randint(2025, 2030)}}}}},\n "metadata": {{"policy": "{policy_no(rng)}"}}}}\n')
    if rng.random() < 0.7:
        b.add(f"{log_ts(rng, d)} premium-billing ERROR client init failed for key=").ent(stripe_key(rng), STRIPE).add("\n")
    b.add(f"{log_ts(rng, d)} premium-billing WARN rejected payload containing raw PAN ").ent(card(rng)[1], CARD).add("\n")
    b.add(f"{log_ts(rng, d)} premium-billing WARN test PAN {bad_card(rng)} failed Luhn check\n")
    b.add(f"{log_ts(rng, d)} premium-billing INFO signature verified with secret ").ent("whsec_" + rs(rng, 32), SECRET).add("\n")
    b.add(f"{log_ts(rng, d)} premium-billing INFO retry scheduled in 72h attempt=2 idempotency_key={uuid4(rng)}\n")
    return b

@kind("siu_sql_query_output")
def k_siu_sql(rng, lang):
    b = Builder()
    b.add("claimsdb=> SELECT claimant, dob, ssn, phone, last_login_ip FROM siu_watchlist WHERE score > 0.8;\n")
    b.add("     claimant       |    dob     |     ssn     |      phone       | last_login_ip\n")
    b.add("--------------------+------------+-------------+------------------+---------------\n")
    n = rng.randint(3, 6)
    for _ in range(n):
        p = profile(rng, cc="us")
        b.add(" ").ent(p.plain, PERSON).add(" " * max(1, 19 - len(p.plain)) + "| ")
        b.ent(p.dob.isoformat(), DOB).add(" | ")
        r = rng.random()
        if r < 0.6:
            b.ent(ssn(rng, "-"), SSN)
        elif r < 0.8:
            b.add(bad_ssn(rng))
        else:
            b.add(f"***-**-{dg(rng, 4)}")
        b.add(" | ")
        if rng.random() < 0.85:
            b.ent(p.phone, PHONE)
        else:
            b.add("NULL")
        b.add(" | ")
        b.ent(ip4(rng), IP) if rng.random() < 0.8 else b.add("")
        b.add("\n")
    b.add(f"({n} rows)\n\nTime: {rng.randint(3, 90)}.{dg(rng, 3)} ms\n")
    return b

@kind("attorney_demand_letter")
def k_demand(rng, lang):
    ins, dom = insurer(rng)
    firm = rng.choice(["Kessler, Ortiz & Wong LLP", "Baxter Reyes Injury Law", "Lin & Abernathy, P.C."])
    fa = make_addr(rng, "us")
    atty, adj, cl, ins_p, doc = person(rng), person(rng), person(rng), person(rng), person(rng)
    d = rdate(rng)
    loc = make_addr(rng, "us")
    b = Builder()
    b.add(f"{firm}\n").ent(addr_text(rng, fa, True), ADDR).add("\nTel ").ent(phone(rng, "us"), PHONE)
    b.add(" | Fax ").ent(phone(rng, "us"), PHONE).add("\n\n")
    b.ent(fdate(rng, d + dt.timedelta(days=rng.randint(60, 200)), "en", "mdy_long"), DT).add("\n\n")
    b.add("VIA E-MAIL (").ent(email_for(rng, adj, dom), EMAIL).add(")\n").ent(adj.full, PERSON).add(f", Claims Adjuster\n{ins}\n\n")
    b.tpl("RE: Our client: {c}\n    Your insured: {i}\n    Claim No.: {n}\n    Date of accident: {d}\n\n",
          c=(cl.full, PERSON), i=(ins_p.full, PERSON), n=claim_no(rng), d=(fdate(rng, d, "en", "mdy"), DT))
    b.tpl("Dear {t} {s}:\n\n", t=adj.title(rng), s=(adj.surname, PERSON))
    b.tpl("This firm represents {c} for injuries sustained in the collision in {l}. {pr} was treated at Mercy General "
          "Hospital (MRN {m}) and by Dr. {dn} for a cervical strain and disc protrusion (CPT {cpt}, ICD-10 {icd}). "
          "Medical specials total {amt}.\n\n",
          c=(cl.full, PERSON), l=(f"{loc.city}, {loc.region}", LOC), pr="She" if cl.female else "He",
          m=(mrn(rng), MRN), dn=(doc.full, PERSON), cpt=rng.choice(CPT), icd=rng.choice(ICD), amt=amount(rng, 8000, 90000))
    b.tpl("We hereby demand the policy limits of $100,000. This offer remains open until {dl}, after which it is "
          "withdrawn.\n\nVery truly yours,\n\n{a}, Esq.\n",
          dl=(fdate(rng, d + dt.timedelta(days=rng.randint(220, 260)), "en", "mdy_long") + " at 5:00 PM", DT),
          a=(atty.full, PERSON))
    return b

@kind("cat_deployment_roster")
def k_cat_roster(rng, lang):
    ins, dom = insurer(rng)
    a0 = make_addr(rng, "us")
    d = rdate(rng)
    b = Builder()
    b.add(f"CAT EVENT PCS-{rng.randint(10, 99)} - {rng.choice(['hail', 'wind', 'flood'])} - deployment roster\n")
    b.add("Staging office: ").ent(addr_text(rng, a0, False), ADDR).add("\n\n")
    b.add("| Adjuster | Mobile | E-mail | Assigned area | Arrival |\n|---|---|---|---|---|\n")
    for _ in range(rng.randint(4, 7)):
        p = profile(rng, cc="us")
        b.add("| ").ent(p.full, PERSON).add(" | ").ent(p.phone, PHONE).add(" | ").ent(email_for(rng, p, dom), EMAIL)
        b.add(" | ").ent(loc_text(rng, make_addr(rng, "us")), LOC).add(" | ")
        b.ent(fdate(rng, d + dt.timedelta(days=rng.randint(0, 6)), "en", rng.choice(["mdy", "mdy_s"])), DT).add(" |\n")
    b.add(f"\nCapacity: {rng.randint(40, 120)} claims/adjuster. Daily call at 07:30 CT, bridge ID {dg(rng, 9)}.\n")
    return b

@kind("contact_centre_shift_log")
def k_shift(rng, lang):
    lead, nxt = person(rng), person(rng)
    d = rdate(rng)
    b = Builder()
    b.add("CLAIMS CONTACT CENTRE - NIGHT SHIFT HANDOVER (").ent(fdate(rng, d, "en", rng.choice(["long", "dmy/"])), DT).add(")\n")
    b.add("Team lead: ").ent(lead.full, PERSON).add("\n\n")
    h = 22
    for _ in range(rng.randint(3, 5)):
        h = (h + rng.randint(1, 2)) % 24
        b.add(f"{h:02d}:{rng.randrange(60):02d}  ")
        p = profile(rng, cc=rng.choice(["gb", "ie", "gb"]))
        r = rng.random()
        if r < 0.35:
            b.tpl("Caller {n} re escape of water, plumber booked. Callback on {p}.\n", n=(p.full, PERSON), p=(p.phone, PHONE))
        elif r < 0.6:
            b.tpl("Escalated: {n}'s policy lapsed on {d2} - referred to retention.\n", n=(p.full, PERSON),
                  d2=(fdate(rng, d - dt.timedelta(days=rng.randint(3, 40)), "en", "dmy/"), DT))
        elif r < 0.8:
            b.tpl("Recovery truck for {n} at {l}, McAllister Towing ETA 45 min.\n", n=(p.full, PERSON),
                  l=(loc_text(rng, p.addr), LOC))
        else:
            b.add(f"ClaimsCore outage {rng.randint(5, 40)} min (INC{dg(rng, 7)}), no data loss.\n")
    b.tpl("06:50  Handover to day shift ({n}).\n", n=(nxt.full, PERSON))
    return b

@kind("ci_deploy_log")
def k_ci(rng, lang):
    d = rdate(rng)
    b = Builder()

    def ts():
        return log_ts(rng, d)[:-1] + dg(rng, 4) + "Z "

    b.add(ts() + "##[group]Run aws-actions/configure-aws-credentials@v4\n")
    b.add(ts() + "with:\n" + ts() + "  aws-access-key-id: ***\n" + ts() + "  aws-region: eu-west-1\n")
    b.add(ts() + "env:\n" + ts() + "  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b.add(ts() + "##[endgroup]\n")
    b.add(ts() + f"Deploying claims-portal {version(rng)} (commit {sha(rng)}) to ").ent(ip4(rng), IP).add("\n")
    r = rng.sample(["gh", "ak", "sk", "slack", "pem"], rng.randint(2, 3))
    if "gh" in r:
        b.add(ts() + "+ curl -s -H \"Authorization: token ").ent(gh_token(rng), GH).add("\" https://api.github.com/repos/acme/claims-portal/releases\n")
    if "ak" in r:
        b.add(ts() + "+ export AWS_ACCESS_KEY_ID=").ent(aws_key(rng), AWSK).add("\n")
    if "sk" in r:
        b.add(ts() + "+ export AWS_SECRET_ACCESS_KEY=").ent(aws_secret(rng), AWSS).add("\n")
    if "slack" in r:
        b.add(ts() + "+ notify --token ").ent(slack_token(rng), SLACK).add(" --channel claims-deploys\n")
    if "pem" in r:
        b.add(ts() + "+ cat deploy_key\n").ent(pem_key(rng), PEM).add("\n")
    b.add(ts() + f"Migrations applied: {rng.randint(1, 9)} (schema {sha(rng, 7)})\n")
    b.add(ts() + f"##[warning]Node.js 16 actions are deprecated. Job finished in {rng.randint(40, 400)}s\n")
    return b
# ---- multilingual document kinds (all non-English languages) ---------------------------------------
def ml_profile(rng, lang):
    cc = cc_for(rng, lang)
    p = profile(rng, lang, cc=cc)
    p.iban = iban_for_cc(rng, cc)
    return p

def emit_sal(b, rng, lang, p):
    L = LEX[lang]
    if p is None or rng.random() < 0.25:
        b.add(L["sal_cust" if p else "sal_generic"] + "\n\n")
        return
    pre, mode, _ = next(s for s in L["sal"] if s[2] == ("f" if p.female else "m"))
    if mode == "n":
        b.add(pre + ",\n\n")
        return
    b.add(pre + " ").ent({"s": p.surname, "g": p.given, "f": p.plain}[mode], PERSON).add(",\n\n")

def body(lang, s):
    return s if lang in LOWER_AFTER_SAL else cap(s)

@kind("ml_fnol_email", langs=NON_EN)
def k_ml_fnol(rng, lang):
    L = LEX[lang]
    c = ml_profile(rng, lang)
    ins, dom = insurer(rng, lang)
    d, t = rdate(rng), rtime(rng)
    pol = policy_no(rng)
    b = Builder()
    b.add("From: ").ent(c.plain, PERSON).add(" <").ent(c.email, EMAIL).add(">\n")
    b.add(f"To: {rng.choice(['schaden', 'claims', 'sinistres', 'service'])}@{dom}\nDate: {mail_date(rng, d)}\n")
    b.add(f"Subject: {L['subj_fnol']} - {L['policy']} {pol}\n\n")
    emit_sal(b, rng, lang, None)
    b.tpl(body(lang, L["intro"]), policy=pol).add(" " + rng.choice(L["events"]) + "\n")
    b.tpl(L["happened"], dt=(fdt(rng, d, t, lang), DT), loc=(loc_text(rng, c.addr, lang), LOC)).add("\n")
    b.tpl(L["callback"], phone=(c.phone, PHONE), email=(c.email, EMAIL)).add("\n")
    if rng.random() < 0.7:
        b.tpl(L["payto"], iban=(c.iban, IBAN)).add("\n")
    b.add(f"\n{L['regards']}\n").ent(c.plain, PERSON).add("\n").ent(addr_text(rng, c.addr, True), ADDR).add("\n")
    return b

@kind("ml_claim_acknowledgement_letter", langs=NON_EN)
def k_ml_ack(rng, lang):
    L = LEX[lang]
    c, h = ml_profile(rng, lang), person(rng, lang)
    ins, dom = insurer(rng, lang)
    ia = make_addr(rng, c.cc)
    d = rdate(rng)
    b = Builder()
    b.add(f"{ins}\n").ent(addr_text(rng, ia, False), ADDR).add("\n").ent(phone(rng, c.cc), PHONE).add(" · ")
    b.ent(web_url(rng, dom, ["", "kontakt", "service"]).rstrip("/"), URL).add("\n\n")
    t = c.title(rng, lang)
    b.add(t + " " if t else "").ent(c.plain, PERSON).add("\n").ent(addr_text(rng, c.addr, True), ADDR).add("\n\n")
    b.ent(ia.city, LOC).add(", ").ent(fdate(rng, d + dt.timedelta(days=rng.randint(1, 6)), lang), DT).add("\n\n")
    b.add(f"{L['subj_ack']}\n{L['claim']}: {claim_no(rng)}   {L['policy']}: {policy_no(rng)}\n\n")
    emit_sal(b, rng, lang, c)
    b.tpl(body(lang, L["ack1"]), date=(fdate(rng, d, lang), DT)).add(" ")
    b.tpl(L["ack2"], claim=claim_no(rng)).add("\n")
    b.tpl(L["handler"], name=(h.plain, PERSON), phone=(phone(rng, c.cc), PHONE),
          email=(email_for(rng, h, dom), EMAIL)).add("\n")
    b.add(L["docs"] + "\n\n" + L["regards"] + "\n" + ins + "\n")
    return b

@kind("ml_claim_form", langs=NON_EN)
def k_ml_form(rng, lang):
    L = LEX[lang]
    c = ml_profile(rng, lang)
    d, t = rdate(rng), rtime(rng)
    sep = rng.choice([": ", " : ", "\t", " | ", ": "])
    up = rng.random() < 0.3
    b = Builder()
    b.add(L["subj_fnol"].upper() + "\n" + rng.choice(["=", "-", "*"]) * rng.randint(20, 40) + "\n")

    def f(label, val, t_=None):
        b.kv(label.upper() if up else label, val, t_, sep=sep)

    f(L["policy"], policy_no(rng))
    f(L["insured"], c.plain if rng.random() < 0.6 else f"{c.surname}, {c.given}", PERSON)
    f(L["dob"], fdate(rng, c.dob, lang), DOB)
    f(L["street"], c.addr.street, ADDR)
    b.add((L["zip"].upper() if up else L["zip"]) + sep + c.addr.pc + "   ")
    f(L["city"], c.addr.city, LOC)
    f(L["phone"], c.phone, PHONE)
    if rng.random() < 0.7:
        f(L["email"], c.email, EMAIL)
    if rng.random() < 0.5:
        f(L["cust"], account_no(rng), ACCT)
    f(L["iban"], c.iban, IBAN)
    if rng.random() < 0.4:
        f(L["hc"], member_id(rng), HPN)
    f(L["loss_date"], fdt(rng, d, t, lang), DT)
    f(L["loss_place"], loc_text(rng, make_addr(rng, c.cc), lang), LOC)
    if rng.random() < 0.5:
        f(L["plate"], plate(rng, c.cc))
        f(L["dl"], dl_number(rng, c.cc), DL)
    f(L["desc"], rng.choice(L["events"]))
    b.add(f"\n{amount(rng, 200, 15000, eu=True)} · ref {uuid4(rng)[:8]}\n")
    return b

@kind("ml_chat_transcript", langs=NON_EN)
def k_ml_chat(rng, lang):
    L = LEX[lang]
    c, ag = ml_profile(rng, lang), person(rng, lang)
    d, t = rdate(rng), rtime(rng)
    h, m = rng.randint(8, 19), rng.randint(0, 45)
    b = Builder()
    b.add(f"Chat {uuid4(rng)[:13]} · {insurer(rng, lang)[0]}\n")
    slots = [dict(agent=(ag.given, PERSON)), dict(name=(c.plain, PERSON)), {},
             dict(policy=policy_no(rng), dob=(fdate(rng, c.dob, lang), DOB)), {},
             dict(dt=(fdt(rng, d, t, lang), DT), loc=(loc_text(rng, c.addr, lang), LOC)),
             dict(claim=claim_no(rng)), dict(phone=(c.phone, PHONE))]
    for i, tmpl in enumerate(L["c"]):
        m += rng.randint(0, 2)
        b.add(f"[{h:02d}:{m % 60:02d}] ")
        if i % 2 == 0:
            b.ent(ag.given, PERSON) if rng.random() < 0.5 else b.add(L["agent"])
        else:
            b.add(L["cust_role"])
        b.add(": ").tpl(tmpl, **slots[i]).add("\n")
    return b

@kind("ml_claim_status_notice", langs=NON_EN, empty=True)
def k_ml_status(rng, lang):
    L = LEX[lang]
    ins, dom = insurer(rng, lang)
    b = Builder()
    b.add(f"{ins} · {L['subj_ack']}\n{L['claim']}: {claim_no(rng)} · {L['policy']}: {policy_no(rng)}\n\n")
    b.add(L["sal_cust"] + "\n\n").tpl(L["status"], claim=claim_no(rng)).add("\n\n")
    b.tpl(L["clause"], n=str(rng.randint(3, 19)), amt=amount(rng, 5000, 100000, eu=True),
          amt2=amount(rng, 100, 1000, eu=True)).add("\n\n")
    b.add(f"{L['regards']}\n{ins}\nDoc-ID {uuid4(rng)} · v{version(rng)}\n")
    return b

TERMS_HDR = {"de": "Allgemeine Versicherungsbedingungen (AVB Hausrat {y})", "fr": "Conditions générales Habitation {y}",
             "es": "Condiciones generales Hogar {y}", "it": "Condizioni di assicurazione Casa {y}",
             "pt": "Condições gerais Habitação {y}", "nl": "Polisvoorwaarden Woonhuis {y}",
             "pl": "Ogólne warunki ubezpieczenia mieszkania {y}", "sv": "Försäkringsvillkor Hemförsäkring {y}",
             "da": "Forsikringsbetingelser Indbo {y}", "no": "Forsikringsvilkår Innbo {y}",
             "fi": "Vakuutusehdot Kotivakuutus {y}", "cs": "Všeobecné pojistné podmínky {y}",
             "tr": "Konut Sigortası Genel Şartları {y}"}

@kind("ml_policy_terms_excerpt", langs=NON_EN, empty=True)
def k_ml_terms(rng, lang):
    L = LEX[lang]
    b = Builder()
    b.tpl(TERMS_HDR[lang], y=str(rng.randint(2019, 2025))).add(f" · {fill(rng, '@@-###')}\n\n")
    for _ in range(rng.randint(1, 3)):
        b.tpl(L["clause"], n=str(rng.randint(1, 30)), amt=amount(rng, 2000, 250000, eu=True),
              amt2=amount(rng, 100, 2500, eu=True)).add("\n\n")
    b.add(f"{WEEKDAYS[lang][rng.randrange(7)]} · {rng.choice(ICD)} · {rng.choice(BICS)} · {sha(rng, 12)}\n")
    return b

# ---- language-specific document kinds --------------------------------------------------------------
CARS = ["VW Golf", "Opel Astra", "Renault Clio", "Peugeot 208", "Fiat Panda", "Seat Ibiza", "Škoda Octavia",
        "Volvo V60", "Toyota Yaris", "BMW 320d"]

@kind("de_kfz_schadenanzeige", langs=("de",))
def k_de_kfz(rng, lang):
    c, o, w = ml_profile(rng, "de"), ml_profile(rng, "de"), person(rng, "de")
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add(f"KFZ-SCHADENANZEIGE (Haftpflicht / Vollkasko)\nVersicherungsschein-Nr.: {policy_no(rng)}    Schaden-Nr.: {claim_no(rng)}\n\n")
    b.add("1. Versicherungsnehmer\n   Name, Vorname: ").ent(f"{c.surname}, {c.given}", PERSON).add("\n")
    b.add("   Geburtsdatum: ").ent(fdate(rng, c.dob, "de"), DOB).add("\n")
    b.add("   Straße, Hausnr.: ").ent(c.addr.street, ADDR).add(f"\n   PLZ/Ort: {c.addr.pc} ").ent(c.addr.city, LOC).add("\n")
    b.add("   Telefon: ").ent(c.phone, PHONE).add("   E-Mail: ").ent(c.email, EMAIL).add("\n")
    b.add("   IBAN: ").ent(c.iban, IBAN).add("\n")
    b.add("2. Fahrer: [x] VN selbst   Führerschein-Nr.: ").ent(dl_number(rng, "de"), DL)
    b.add(", ausgestellt am ").ent(fdate(rng, rdate(rng, 1995, 2015), "de", "dmy."), DT).add("\n")
    b.add("3. Unfall\n   Datum/Uhrzeit: ").ent(fdt(rng, d, t, "de"), DT).add("\n")
    b.add(f"   Unfallort: ").ent(c.addr.city, LOC).add(f", Kreuzung {rng.choice(STREETS['de'])} / {rng.choice(STREETS['de'])}\n")
    b.add(f"   Polizeilich aufgenommen: ja, Tagebuch-Nr. {fill(rng, '###/2#/######')}\n")
    b.add("4. Unfallgegner\n   Name: ").ent(o.plain, PERSON).add("\n   Anschrift: ").ent(addr_text(rng, o.addr, False), ADDR)
    b.add(f"\n   Kennzeichen: {plate(rng, 'de')}   Versicherer: {rng.choice(INSURERS['de'])}\n")
    b.add("5. Zeugen: ").ent(w.plain, PERSON).add(", Tel. ").ent(phone(rng, "de"), PHONE).add("\n")
    b.add(f"6. Schilderung: {rng.choice(LEX['de']['events'][1:2])} Fahrzeug: {rng.choice(CARS)}, FIN {vin(rng)}\n\n")
    b.add("Ort, Datum: ").ent(c.addr.city, LOC).add(", ").ent(fdate(rng, d + dt.timedelta(days=rng.randint(1, 5)), "de", "dmy."), DT)
    b.add("    Unterschrift: ______________\n")
    return b

@kind("de_gutachterauftrag_email", langs=("de",))
def k_de_gutachter(rng, lang):
    h, c = person(rng, "de"), ml_profile(rng, "de")
    ins, dom = insurer(rng, "de")
    sv = rng.choice(["Müller & Söhne GmbH", "Sachverständigenbüro Krüger & Partner", "DEKRA-ähnliche Prüfstelle Nord"])
    d = rdate(rng)
    b = Builder()
    b.add("Von: ").ent(h.plain, PERSON).add(" <").ent(email_for(rng, h, dom), EMAIL).add(">\n")
    b.add(f"An: auftrag@{slug(sv.split()[0])}-gutachten.example.com\nDatum: {mail_date(rng, d)}\n")
    b.add(f"Betreff: Gutachtenauftrag - Schaden {claim_no(rng)}\n\nSehr geehrte Damen und Herren,\n\n")
    b.add(f"wir beauftragen {sv} mit der Begutachtung des Fahrzeugs {rng.choice(CARS)} (Kennzeichen {plate(rng, 'de')}, "
          f"FIN {vin(rng)}).\n\n")
    b.add("Anspruchsteller: ").ent(c.plain, PERSON).add(", Tel. ").ent(c.phone, PHONE).add("\n")
    b.add("Besichtigungsort: ").ent(addr_text(rng, c.addr, False), ADDR).add("\n")
    b.add("Gewünschter Termin: ").ent(fdate_wd(rng, d + dt.timedelta(days=rng.randint(2, 9)), "de") + " um "
                                    + ftime(rng, rtime(rng), "de"), DT).add("\n\n")
    b.add(f"Bitte Restwertangebote aus mindestens drei Börsen einholen. Die Reparaturkosten werden auf ca. "
          f"{amount(rng, 1500, 12000, eu=True)} geschätzt.\n\nMit freundlichen Grüßen\n")
    b.ent(h.plain, PERSON).add(f"\n{ins} · Kfz-Schaden · Durchwahl ").ent(phone(rng, "de"), PHONE).add("\n")
    return b

@kind("de_regress_schreiben", langs=("de",))
def k_de_regress(rng, lang):
    vn, gvn, h = ml_profile(rng, "de"), person(rng, "de"), person(rng, "de")
    ins, dom = insurer(rng, "de")
    other = rng.choice([x for x in INSURERS["de"] if x != ins])
    oa = make_addr(rng, "de")
    d = rdate(rng)
    b = Builder()
    b.add(f"{ins} · Regressabteilung · ").ent(addr_text(rng, make_addr(rng, "de"), False), ADDR).add("\n\n")
    b.add(f"{other}\nSchadenabteilung\n").ent(addr_text(rng, oa, True), ADDR).add("\n\n")
    b.ent(vn.addr.city, LOC).add(", ").ent(fdate(rng, d + dt.timedelta(days=rng.randint(40, 120)), "de", "long"), DT).add("\n\n")
    b.tpl("Regress gem. § 86 VVG - unser VN: {a}, Ihr VN: {bb}, Schadentag {d}, unser Zeichen {z}\n\n",
          a=(vn.plain, PERSON), bb=(gvn.plain, PERSON), d=(fdate(rng, d, "de", "dmy."), DT), z=claim_no(rng))
    b.add("Sehr geehrte Damen und Herren,\n\n")
    b.tpl("aufgrund des Leitungswasserschadens in der Wohnung {a} haben wir an unseren Versicherungsnehmer "
          "{amt} geleistet. Ursache war ein undichter Anschluss in der darüber liegenden Wohnung Ihres "
          "Versicherungsnehmers. Wir bitten um Ausgleich bis zum {dl} auf das Konto {iban} (BIC {bic}).\n\n",
          a=(addr_text(rng, vn.addr, False), ADDR), amt=amount(rng, 2000, 30000, eu=True),
          dl=(fdate(rng, d + dt.timedelta(days=rng.randint(130, 160)), "de", "dmy."), DT),
          iban=(make_iban(rng, "DE"), IBAN), bic=rng.choice(BICS))
    b.tpl("Für Rückfragen steht Ihnen {h} unter {p} zur Verfügung.\n\nMit freundlichen Grüßen\n{ins}\n",
          h=(h.plain, PERSON), p=(phone(rng, "de"), PHONE), ins=ins)
    return b

@kind("fr_constat_amiable", langs=("fr",))
def k_fr_constat(rng, lang):
    a, bb, w = ml_profile(rng, "fr"), ml_profile(rng, "fr"), person(rng, "fr")
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add("CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE - relevé\n")
    b.add("1. Date de l'accident : ").ent(fdate(rng, d, "fr"), DT).add("   Heure : ").ent(ftime(rng, t, "fr"), DT).add("\n")
    b.add(f"2. Lieu : carrefour {rng.choice(STREETS['fr'])} / {rng.choice(STREETS['fr'])}, ").ent(a.addr.city, LOC).add("\n")
    b.add("3. Blessés même légers : non   4. Dégâts matériels autres qu'aux véhicules : non\n")
    b.add("5. Témoins : ").ent(w.plain, PERSON).add(", ").ent(phone(rng, "fr"), PHONE).add("\n\n")
    for lab, p in (("VÉHICULE A", a), ("VÉHICULE B", bb)):
        b.add(f"{lab}\n  Preneur d'assurance - Nom : ").ent(p.surname.upper(), PERSON).add("   Prénom : ").ent(p.given, PERSON)
        b.add("\n  Adresse : ").ent(addr_text(rng, p.addr, False), ADDR).add("\n  Tél. ou e-mail : ")
        b.ent(p.phone, PHONE) if rng.random() < 0.6 else b.ent(p.email, EMAIL)
        b.add("\n  Permis de conduire n° : ").ent(dl_number(rng, "fr"), DL).add(" délivré le ")
        b.ent(fdate(rng, rdate(rng, 1990, 2016), "fr", "dmy/"), DT)
        b.add(f"\n  Immatriculation : {plate(rng, 'fr')}   Assurance : {rng.choice(INSURERS['fr'])}   Contrat n° {policy_no(rng)}\n\n")
    b.add("Observations : le véhicule B n'a pas respecté le stop. Croquis joint.\n")
    return b

@kind("fr_avis_echeance", langs=("fr",))
def k_fr_avis(rng, lang):
    c = ml_profile(rng, "fr")
    ins, dom = insurer(rng, "fr")
    d = rdate(rng)
    b = Builder()
    b.add(f"{ins}\nAVIS D'ÉCHÉANCE\n\n{c.title(rng, 'fr')} ").ent(c.plain.upper() if rng.random() < 0.5 else c.plain, PERSON)
    b.add("\n").ent(addr_text(rng, c.addr, True), ADDR).add("\n\n")
    b.add("N° client : ").ent(account_no(rng), ACCT).add(f"    Contrat Multirisque Habitation n° {policy_no(rng)}\n")
    b.add("Échéance principale : ").ent(fdate(rng, d, "fr"), DT).add("\n")
    b.add("Période : du ").ent(fdate(rng, d, "fr", "dmy/"), DT).add(" au ")
    b.ent(fdate(rng, d + dt.timedelta(days=364), "fr", "dmy/"), DT).add("\n")
    b.add(f"Prime TTC : {amount(rng, 150, 900, eu=True)} dont taxes {amount(rng, 10, 90, eu=True)}\n")
    b.add("Mode de paiement : prélèvement SEPA mensuel\nCompte débité : ").ent(c.iban, IBAN)
    b.add(f"   BIC {rng.choice(BICS)}   RUM {fill(rng, 'RUM@@##########')}\n")
    b.add("Espace client : ").ent(web_url(rng, dom, ["espace-client", "mon-contrat"]), URL).add("\n")
    b.add("Service client : ").ent(phone(rng, "fr"), PHONE).add(" (appel non surtaxé, du lundi au vendredi)\n")
    return b

@kind("es_email_corredor", langs=("es",))
def k_es_corredor(rng, lang):
    br, c = person(rng, "es"), ml_profile(rng, "es")
    ins, dom = insurer(rng, "es")
    d, t = rdate(rng), rtime(rng)
    firm = rng.choice(["Correduría Levante Seguros", "Mediadores del Norte S.L.", "Riesgos y Coberturas Correduría"])
    b = Builder()
    b.add("De: ").ent(br.plain, PERSON).add(" <").ent(email_for(rng, br, "correduria.example.es"), EMAIL).add(">\n")
    b.add(f"Para: siniestros@{dom}\nFecha: {mail_date(rng, d)}\nAsunto: Siniestro hogar - póliza {policy_no(rng)}\n\n")
    b.add("Buenos días:\n\n")
    b.tpl("Os comunico un siniestro por daños por agua de nuestro cliente {n}. Se produjo el {dt} en la vivienda "
          "asegurada, sita en {a}.\n\n", n=(c.plain, PERSON), dt=(fdt(rng, d, t, "es"), DT),
          a=(addr_text(rng, c.addr, False), ADDR))
    b.tpl("El cliente prefiere que el perito le llame al {p} por las mañanas; también podéis escribirle a {e}. "
          "Adjunto fotos y la factura del fontanero. Ruego confirméis número de siniestro y visita del perito, "
          "idealmente el {v}.\n\n", p=(c.phone, PHONE), e=(c.email, EMAIL),
          v=(fdate_wd(rng, d + dt.timedelta(days=rng.randint(2, 8)), "es"), DT))
    b.add("Un saludo,\n").ent(br.plain, PERSON).add(f"\n{firm} - ").ent(rng.choice(CITIES["es"])[0], LOC)
    b.add("\nTel. ").ent(phone(rng, "es"), PHONE).add("\n")
    return b

@kind("it_denuncia_pec", langs=("it",))
def k_it_pec(rng, lang):
    c, o, w = ml_profile(rng, "it"), person(rng, "it"), person(rng, "it")
    ins, dom = insurer(rng, "it")
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add("Da: ").ent(email_for(rng, c, "pec.example.it"), EMAIL).add(f"\nA: sinistri@pec.{dom}\n")
    b.add(f"Oggetto: Denuncia sinistro RCA - polizza n. {policy_no(rng)}\n\nSpett.le {ins},\n\n")
    born = rng.choice(CITIES["it"])[0]
    b.tpl("il sottoscritto {n}, nato a {lb} il {dob}, residente in {a}, titolare della patente n. {dl}, denuncia il "
          "sinistro avvenuto il {dt} a {l}, in cui è rimasto coinvolto il veicolo targato {tg} di proprietà del "
          "Sig. {o}.\n\n" if not c.female else
          "la sottoscritta {n}, nata a {lb} il {dob}, residente in {a}, titolare della patente n. {dl}, denuncia il "
          "sinistro avvenuto il {dt} a {l}, in cui è rimasto coinvolto il veicolo targato {tg} di proprietà del "
          "Sig. {o}.\n\n",
          n=(c.plain, PERSON), lb=(born, LOC), dob=(fdate(rng, c.dob, "it"), DOB),
          a=(addr_text(rng, c.addr, False), ADDR), dl=(dl_number(rng, "it"), DL), dt=(fdt(rng, d, t, "it"), DT),
          l=(c.addr.city, LOC), tg=plate(rng, "it"), o=(o.plain, PERSON))
    b.tpl("Testimone: {tt} {w}, tel. {p}.\nRecapiti: {p2} - {e}\nCoordinate per il risarcimento: IBAN {iban}\n\n"
          "Distinti saluti\n{n}\n", tt="Sig.ra" if w.female else "Sig.", w=(w.plain, PERSON), p=(phone(rng, "it"), PHONE), p2=(c.phone, PHONE),
          e=(c.email, EMAIL), iban=(c.iban, IBAN), n=(c.plain, PERSON))
    return b

@kind("pt_participacao_sinistro", langs=("pt",))
def k_pt(rng, lang):
    c = ml_profile(rng, "pt")
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add("PARTICIPAÇÃO DE SINISTRO - HABITAÇÃO\n\n").kv("Tomador do seguro", c.plain, PERSON)
    b.kv("Data de nascimento", fdate(rng, c.dob, "pt"), DOB)
    b.kv("Morada do risco", addr_text(rng, c.addr, False), ADDR)
    b.add("Contacto: ").ent(c.phone, PHONE).add(" | ").ent(c.email, EMAIL).add("\n")
    b.kv("N.º de cliente", account_no(rng), ACCT).add(f"Apólice: {policy_no(rng)}\n")
    b.kv("Data e hora da ocorrência", fdt(rng, d, t, "pt"), DT)
    b.add("Causa: " + rng.choice(LEX["pt"]["events"]) + "\n")
    b.add(f"Valor estimado dos danos: {amount(rng, 300, 20000, eu=True)}\n")
    b.kv("IBAN para indemnização", c.iban, IBAN)
    b.add("\nDeclaro que as informações prestadas são verdadeiras.\n").ent(c.addr.city, LOC).add(", ")
    b.ent(fdate(rng, d + dt.timedelta(days=rng.randint(1, 8)), "pt", "long"), DT).add("\n")
    return b

@kind("nl_schadeaangifte", langs=("nl",))
def k_nl(rng, lang):
    c = ml_profile(rng, "nl")
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add(f"SCHADEAANGIFTEFORMULIER WOONHUIS / INBOEDEL\nPolisnummer: {policy_no(rng)}\n\nGegevens verzekeringnemer\n")
    b.add(f"  Naam: {c.title(rng, 'nl')} ").ent(c.plain, PERSON).add("\n  Adres: ").ent(c.addr.street, ADDR)
    b.add(f"\n  Postcode en woonplaats: {c.addr.pc} ").ent(c.addr.city, LOC).add("\n")
    b.add("  Telefoon (overdag): ").ent(c.phone, PHONE).add("\n  E-mail: ").ent(c.email, EMAIL).add("\n")
    b.add("  IBAN: ").ent(c.iban, IBAN).add("\n\nSchadegegevens\n  Datum en tijdstip: ").ent(fdt(rng, d, t, "nl"), DT).add("\n")
    b.add("  Oorzaak: " + rng.choice(LEX["nl"]["events"]) + "\n")
    b.add("  Aangifte bij de politie? Ja, op ").ent(fdate(rng, d + dt.timedelta(days=1), "nl"), DT)
    b.add(" bij bureau ").ent(c.addr.city, LOC).add(f", proces-verbaalnummer {fill(rng, 'PL%###-202#-#######')}\n")
    b.add("  Reparateur: Van der Berg Schadeherstel B.V.\n\nOndertekening: ").ent(c.addr.city, LOC).add(", ")
    b.ent(fdate(rng, d + dt.timedelta(days=rng.randint(2, 6)), "nl"), DT).add("\n")
    return b

@kind("pl_zgloszenie_szkody", langs=("pl",))
def k_pl(rng, lang):
    c, s = ml_profile(rng, "pl"), person(rng, "pl")
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add("ZGŁOSZENIE SZKODY KOMUNIKACYJNEJ (OC sprawcy)\n\n").kv("Poszkodowany", c.plain, PERSON)
    b.kv("Adres", addr_text(rng, c.addr, False), ADDR)
    b.add("Tel.: ").ent(c.phone, PHONE).add("   E-mail: ").ent(c.email, EMAIL).add("\n")
    b.kv("Nr prawa jazdy", dl_number(rng, "pl"), DL)
    b.add("Sprawca: ").ent(s.plain, PERSON).add(f", nr rej. {plate(rng, 'pl')}, polisa OC nr {policy_no(rng)} ({rng.choice(INSURERS['pl'])})\n")
    b.kv("Data i godzina zdarzenia", fdt(rng, d, t, "pl"), DT)
    b.add("Miejsce: ").ent(c.addr.city, LOC).add(f", skrzyżowanie {rng.choice(STREETS['pl'])} i {rng.choice(STREETS['pl'])}\n")
    b.add("Opis: " + rng.choice(LEX["pl"]["events"]) + "\n").kv("Rachunek do wypłaty", c.iban, IBAN)
    b.add("Data: ").ent(fdate(rng, d + dt.timedelta(days=rng.randint(1, 5)), "pl"), DT).add("   Podpis: __________\n")
    return b

@kind("tr_kaza_tespit_tutanagi", langs=("tr",))
def k_tr(rng, lang):
    a, bb, w = ml_profile(rng, "tr"), ml_profile(rng, "tr"), person(rng, "tr")
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add("KAZA TESPİT TUTANAĞI - ÖZET\nKaza tarihi: ").ent(fdate(rng, d, "tr"), DT).add("   Saati: ").ent(ftime(rng, t, "tr"), DT)
    b.add("\nKaza yeri: ").ent(a.addr.city, LOC).add(", ").ent(a.addr.region, LOC).add(" ilçesi\n\n")
    for lab, p in (("A ARACI", a), ("B ARACI", bb)):
        b.add(f"{lab}\n  Sürücü adı soyadı: ").ent(p.plain.upper() if rng.random() < 0.4 else p.plain, PERSON)
        b.add("\n  Ehliyet no: ").ent(dl_number(rng, "tr"), DL).add("\n  Adres: ").ent(addr_text(rng, p.addr, False), ADDR)
        b.add("\n  Telefon: ").ent(p.phone, PHONE)
        b.add(f"\n  Plaka: {plate(rng, 'tr')}   Sigorta şirketi: {rng.choice(['Boğaziçi Sigorta', 'Anadolu Kalkan Sigorta'])}   Poliçe no: {policy_no(rng)}\n\n")
    b.add("Görgü tanığı: ").ent(w.plain, PERSON).add(", ").ent(phone(rng, "tr"), PHONE).add("\n")
    b.add("Açıklama: B aracı kırmızı ışıkta geçerek A aracına yandan çarpmıştır.\n")
    return b

NORDIC_NOTE = {
    "sv": ("Skadeärende {claim} - anteckning", "Handläggare",
           "Ringde försäkringstagaren {n} på {p} den {d}. Skadan inträffade den {dt} i {l}. Besiktning bokad {v}. "
           "Ersättning betalas till {iban}.", "Nästa åtgärd: invänta kvitton (14 dagar)."),
    "da": ("Skadesag {claim} - notat", "Skadebehandler",
           "Ringede til forsikringstager {n} på {p} den {d}. Skaden skete den {dt} i {l}. Besigtigelse aftalt {v}. "
           "Erstatning udbetales til {iban}.", "Næste skridt: afvent kvitteringer (14 dage)."),
    "no": ("Skadesak {claim} - notat", "Saksbehandler",
           "Ringte forsikringstaker {n} på {p} den {d}. Skaden skjedde {dt} i {l}. Befaring avtalt {v}. "
           "Erstatning utbetales til {iban}.", "Neste steg: avvent kvitteringer (14 dager)."),
    "fi": ("Vahinkoasia {claim} - muistiinpano", "Käsittelijä",
           "Soitin vakuutuksenottajalle {n} numeroon {p} {d}. Vahinko sattui {dt}, paikkakunnalla {l}. "
           "Tarkastus sovittu {v}. Korvaus maksetaan tilille {iban}.", "Seuraavaksi: odotetaan kuitteja (14 päivää)."),
}

@kind("nordic_claim_note", langs=("sv", "da", "no", "fi"))
def k_nordic(rng, lang):
    title, hl, body_t, nxt = NORDIC_NOTE[lang]
    c, h = ml_profile(rng, lang), person(rng, lang)
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.tpl(title, claim=claim_no(rng)).add("\n").add(hl + ": ").ent(h.plain, PERSON).add("\n\n")
    b.tpl(body_t, n=(c.plain, PERSON), p=(c.phone, PHONE), d=(fdate(rng, d + dt.timedelta(days=2), lang), DT),
          dt=(fdt(rng, d, t, lang), DT), l=(c.addr.city, LOC),
          v=(fdate_wd(rng, d + dt.timedelta(days=rng.randint(4, 10)), lang), DT), iban=(c.iban, IBAN))
    b.add("\n" + nxt + f"\n\n{LEX[lang]['policy']}: {policy_no(rng)} · {amount(rng, 500, 60000, cur='kr' if lang != 'fi' else '€', eu=True)}\n")
    return b

@kind("cs_zapis_udalosti", langs=("cs",))
def k_cs(rng, lang):
    c, w = ml_profile(rng, "cs"), person(rng, "cs")
    d, t = rdate(rng), rtime(rng)
    b = Builder()
    b.add(f"ZÁPIS O ŠKODNÍ UDÁLOSTI\nČíslo smlouvy: {policy_no(rng)}   Číslo události: {claim_no(rng)}\n\n")
    b.kv("Poškozený", c.plain, PERSON).kv("Datum narození", fdate(rng, c.dob, "cs"), DOB)
    b.kv("Adresa", addr_text(rng, c.addr, False), ADDR)
    b.add("Telefon: ").ent(c.phone, PHONE).add("   E-mail: ").ent(c.email, EMAIL).add("\n")
    b.kv("Číslo účtu", c.iban, IBAN).kv("Datum a čas události", fdt(rng, d, t, "cs"), DT)
    b.kv("Místo události", c.addr.city, LOC).add("Popis: " + rng.choice(LEX["cs"]["events"]) + "\n")
    b.add("Svědek: ").ent(w.plain, PERSON).add(", tel. ").ent(phone(rng, "cz"), PHONE).add("\n")
    b.add("Místo a datum: ").ent(c.addr.city, LOC).add(", ").ent(fdate(rng, d + dt.timedelta(days=1), "cs"), DT).add("\n")
    return b


# ---- English documents without entities (hard negatives only) --------------------------------------
@kind("policy_wording_excerpt", empty=True)
def k_wording(rng, lang):
    b = Builder()
    b.add(f"HOMEOWNERS POLICY - SECTION I CONDITIONS (form HO 00 03, edition {rng.randint(2011, 2023)})\n\n")
    b.add("2. Duties After Loss. In case of a loss to covered property, we have no duty to provide coverage "
          "unless there has been compliance with the following duties:\n")
    b.add("  a. Give prompt notice to us or our agent;\n  b. Notify the police in case of loss by theft;\n"
          f"  c. Protect the property from further damage and keep an accurate record of repair expenses;\n"
          f"  d. Within {rng.choice([60, 90])} days after our request, send us your signed, sworn proof of loss.\n\n")
    b.add(f"3. Loss Settlement. Covered property losses are settled at replacement cost up to the limit of "
          f"liability, but not more than {amount(rng, 5000, 50000)} for any one item. The deductible of "
          f"{rng.choice(['$500', '$1,000', '$2,500'])} applies per occurrence.\n\n")
    b.add(f"4. Loss Payment. We will pay you unless some other person is named in the policy. Loss will be payable "
          f"{rng.choice([30, 60])} days after we receive your proof of loss. Reference form ML-{rng.randint(10, 99)}, "
          f"rate filing {fill(rng, '@@-202#-###')}.\n")
    return b

@kind("system_health_log", empty=True)
def k_health(rng, lang):
    b = Builder()
    d = rdate(rng)
    for _ in range(rng.randint(6, 12)):
        b.add(f"{log_ts(rng, d)} {rng.choice(['INFO', 'INFO', 'WARN', 'DEBUG'])} ")
        b.add(rng.choice([
            f"healthcheck ok service=claims-core version={version(rng)} uptime={rng.randint(1, 900)}h",
            f"job {uuid4(rng)} completed in {rng.randint(2, 900)}ms rows={rng.randint(0, 90000)}",
            f"cache hit ratio {rng.randint(70, 99)}% evictions={rng.randint(0, 500)}",
            f"queue fnol-intake depth={rng.randint(0, 300)} consumers={rng.randint(1, 12)}",
            f"deployed build {sha(rng, 12)} to pod claims-core-{rs(rng, 5, HEX)}",
            f"epoch={1700000000 + rng.randrange(60000000)} drift_ms={rng.randint(0, 40)}",
            f"retrying claim {claim_no(rng)} export in {rng.randint(5, 60)}s (attempt {rng.randint(1, 4)})"]) + "\n")
    return b

@kind("rate_table_csv", empty=True)
def k_rates(rng, lang):
    b = Builder()
    b.add("territory_code,construction,protection_class,base_rate,wind_factor,effective_version\n")
    for _ in range(rng.randint(6, 12)):
        b.add(f"T{rng.randint(100, 999)},{rng.choice(['FRAME', 'MASONRY', 'SUPERIOR'])},{rng.randint(1, 10)},"
              f"{rng.uniform(0.3, 2.5):.4f},{rng.uniform(0.8, 1.6):.3f},{version(rng)}\n")
    return b

@kind("claims_faq_page", empty=True)
def k_faq(rng, lang):
    b = Builder()
    b.add("Frequently asked questions - making a claim\n\n")
    qa = [("How long does a claim take?", f"Most simple claims are settled within {rng.randint(5, 15)} business days."),
          ("Will my premium go up?", "Not necessarily. Weather-related claims usually do not affect your renewal."),
          ("Do I need receipts?", "Receipts help, but bank statements or photos are also accepted."),
          ("Can I choose my own repair shop?", "Yes. Our network shops offer a lifetime workmanship guarantee."),
          ("What if I am abroad?", "Call the assistance line printed on your card; it is staffed around the clock."),
          ("When is the deductible applied?", "The deductible is subtracted once per occurrence, not per item.")]
    for q, a in rng.sample(qa, 4):
        b.add(f"Q: {q}\nA: {a}\n\n")
    b.add(f"Page updated for product version {version(rng)}. Claims are typically reviewed Monday to Friday.\n")
    return b

@kind("batch_job_log", empty=True)
def k_batch(rng, lang):
    b = Builder()
    b.add(f"[bordereau-export] starting run {uuid4(rng)} (git {sha(rng, 40)})\n")
    for step in rng.sample(["extract_policies", "extract_claims", "fx_convert", "validate", "encrypt", "upload_sftp"], 4):
        b.add(f"[bordereau-export] {step:<18} ok  rows={rng.randint(100, 90000):>6}  "
              f"elapsed={rng.randint(1, 300)}s  sha256={sha(rng, 16)}...\n")
    b.add(f"[bordereau-export] file bdx_{rng.randint(2022, 2025)}_Q{rng.randint(1, 4)}.csv.gpg size={rng.randint(1, 90)}MB\n")
    b.add(f"[bordereau-export] finished, exit code 0, next run in {rng.randint(6, 24)}h\n")
    return b

@kind("masked_data_notice", empty=True)
def k_masked(rng, lang):
    b = Builder()
    b.add("DATA PROTECTION REVIEW - REDACTION SAMPLE\n\n")
    b.add(f"Card on file: **** **** **** {dg(rng, 4)} (masked)\n").add(f"SSN on file: ***-**-{dg(rng, 4)} (masked)\n")
    b.add(f"Rejected SSN values (invalid area): {bad_ssn(rng)}, {bad_ssn(rng)}\n")
    b.add(f"Rejected card values (Luhn check failed): {bad_card(rng)}\n")
    b.add("Secrets are injected at runtime via ${DB_PASSWORD} and ${{ secrets.STRIPE_API_KEY }}; none are stored.\n")
    b.add(f"IBAN display format: DE** **** **** **** **{dg(rng, 2)} {dg(rng, 2)}\n")
    b.add(f"Routing number {rng.choice(ROUTING)} and BIC {rng.choice(BICS)} are not personal data.\n")
    b.add(f"Ticket {fill(rng, 'PRIV-####')} closed; reviewer sign-off pending.\n")
    return b

# ---- corpus driver ---------------------------------------------------------------------------------
NON_EN_SHARE = 0.25
EMPTY_SHARE = 0.12
PAD = "\n[archived copy - ref {r} - internal use only]\n"

def _make(seed, i):
    rng = random.Random(f"blind49|{seed}|{i}")
    lang = "en" if rng.random() >= NON_EN_SHARE else rng.choice(NON_EN)
    empty = rng.random() < EMPTY_SHARE
    cands = [(k, 2 if len(k[2]) < len(NON_EN) and lang != "en" else 1)  # favour language-specific kinds
             for k in KINDS if lang in k[2] and k[3] == empty]
    name, fn, _langs, _empty = wchoice(rng, cands)
    b = None
    for attempt in range(50):
        r = random.Random(f"blind49|{seed}|{i}|{attempt}")
        b = fn(r, lang)
        while len(b) < 150:
            b.add(PAD.format(r=uuid4(r)[:8]))
        if len(b) <= 3000 and (len(b.entities) == 0) == empty:
            break
    text = b.text()
    ents = sorted(b.entities, key=lambda e: (e["start"], e["end"]))
    return {"id": f"blind49-{seed}-{i:06d}", "text": text, "entities": ents}, name, lang

def generate(n, seed=0):
    """Yield n documents; document i depends only on (seed, i)."""
    for i in range(n):
        yield _make(seed, i)[0]

# ---- validation ------------------------------------------------------------------------------------
def _jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        return "alg" in hdr
    except Exception:
        return False

def _ssn_ok(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and s > 0

def _url_ok(v):
    u = urlparse(v)
    if u.scheme not in ("http", "https") or not u.hostname or "@" in v or re.search(r"\s", v):
        return False
    try:
        ipaddress.ip_address(u.hostname)
        return False
    except ValueError:
        return True

def _ip_ok(v):
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False

SHAPES = {
    EMAIL: lambda v: re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v),
    URL: _url_ok,
    IP: _ip_ok,
    CARD: lambda v: re.fullmatch(r"\d[\d -]+\d", v) and 13 <= len(re.sub(r"\D", "", v)) <= 19
    and luhn_ok(re.sub(r"\D", "", v)),
    IBAN: iban_check_ok,
    SSN: _ssn_ok,
    PHONE: lambda v: re.fullmatch(r"[+(\d][\d ()./-]*\d", v) and len(re.sub(r"\D", "", v)) >= 7,
    AWSK: lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v),
    AWSS: lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v),
    GH: lambda v: re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v),
    SLACK: lambda v: re.fullmatch(r"xox[bpaors]-[A-Za-z0-9-]{20,}", v),
    STRIPE: lambda v: re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", v),
    JWT: _jwt_ok,
    PEM: lambda v: re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", v),
    DOB: lambda v: re.search(r"\d", v),
    DT: lambda v: re.search(r"\d", v),
    ADDR: lambda v: re.search(r"\d", v),
    PERSON: lambda v: re.fullmatch(r"[^\d@/\\:<>|\"]+", v) and re.search(r"[^\W\d_]", v),
    LOC: lambda v: not re.search(r"\d", v) and re.search(r"[^\W\d_]", v),
    PWD: lambda v: not re.search(r"\s", v) and len(v) >= 6,
    SECRET: lambda v: not re.search(r"\s", v) and len(v) >= 16,
}
for _t in (MRN, HPN, ACCT, DL):
    SHAPES[_t] = lambda v: re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 ./-]*[A-Za-z0-9]", v) and re.search(r"\d", v)
_EDGE_BAD = set("\"'()[]{}<>,;:")
_SECRET_TYPES = {PWD, SECRET, AWSS, JWT, PEM}

def validate_doc(doc):
    problems = []
    text, ents = doc["text"], doc["entities"]
    if not 150 <= len(text) <= 3000:
        problems.append(f"length {len(text)}")
    prev_end = -1
    for e in ents:
        s, t, ty = e["start"], e["end"], e["type"]
        if ty not in ALL_TYPES:
            problems.append(f"unknown type {ty}")
            continue
        if not (0 <= s < t <= len(text)):
            problems.append(f"bad range {e}")
            continue
        if s < prev_end:
            problems.append(f"overlap at {s}")
        prev_end = max(prev_end, t)
        v = text[s:t]
        if v != v.strip():
            problems.append(f"whitespace {ty} {v!r}")
        if ty not in _SECRET_TYPES:
            balanced = v.count("(") == v.count(")")
            if (v[0] in _EDGE_BAD and not (v[0] == "(" and balanced)) or \
                    (v[-1] in _EDGE_BAD and not (v[-1] == ")" and balanced)):
                problems.append(f"edge punctuation {ty} {v!r}")
            if v.endswith(".") and not (ty == PERSON and re.search(r"\b[A-Z]\.$", v)):
                problems.append(f"trailing period {ty} {v!r}")
        if not SHAPES[ty](v):
            problems.append(f"shape {ty} {v!r}")
    return problems

def _check():
    from collections import Counter
    declared = set(re.search(r"Types:(.*?)\.\n", __doc__, re.S).group(1).split())
    bad = int(declared != set(ALL_TYPES))
    if bad:
        print("type list mismatch with docstring:", declared ^ set(ALL_TYPES))
    n = 3000
    types, kinds, langs, lengths, empty_docs = Counter(), Counter(), Counter(), [], 0
    for i in range(n):
        doc, name, lang = _make(0, i)
        probs = validate_doc(doc)
        if probs:
            bad += 1
            if bad <= 25:
                print(f"[{doc['id']} {name}/{lang}]", "; ".join(probs[:4]))
        kinds[name] += 1
        langs[lang] += 1
        empty_docs += not doc["entities"]
        lengths.append(len(doc["text"]))
        types.update(e["type"] for e in doc["entities"])
    first = list(generate(40, seed=7))
    if first != [_make(7, i)[0] for i in range(40)] or list(generate(5, seed=7)) != first[:5]:
        print("determinism / n-independence check FAILED")
        bad += 1
    print(f"documents: {n}   kinds registered: {len(KINDS)}   kinds seen: {len(kinds)}")
    print(f"length min/median/max: {min(lengths)}/{sorted(lengths)[n // 2]}/{max(lengths)}")
    print(f"non-English: {1 - langs['en'] / n:.1%}   no-entity docs: {empty_docs / n:.1%}")
    print("\nper-type counts:\n" + "\n".join(f"  {t:<22}{types[t]:>7}" for t in ALL_TYPES))
    print("\nper-language counts:", ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("\nper-kind counts:\n" + "\n".join(f"  {k:<36}{v:>5}" for k, v in sorted(kinds.items())))
    missing = [t for t in ALL_TYPES if not types[t]] + [k[0] for k in KINDS if k[0] not in kinds]
    if missing:
        print("types / kinds never produced:", missing)
        bad += 1
    print(f"\nproblem documents: {bad}")
    return 1 if bad else 0

def _sample(k, seed):
    for i in range(k):
        doc, name, lang = _make(seed, i)
        text = doc["text"]
        out, pos = [], 0
        for e in doc["entities"]:
            out.append(text[pos:e["start"]])
            out.append(f"[[{e['type']}: {text[e['start']:e['end']]}]]")
            pos = e["end"]
        out.append(text[pos:])
        print(f"===== {doc['id']}  kind={name}  lang={lang}  entities={len(doc['entities'])} =====")
        print("".join(out))
        print()

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate every span")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K documents with spans marked")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    args = ap.parse_args(argv)
    if args.check:
        return _check()
    if args.sample:
        _sample(args.sample, args.seed)
        return 0
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            for doc in generate(args.n, args.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {args.n} documents to {args.output}")
        return 0
    ap.print_help()
    return 0

if __name__ == "__main__":
    sys.exit(main())
