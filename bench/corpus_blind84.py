"""Blind corpus 84 -- real estate, property management and mortgage lending.

Synthetic, labelled documents of the real-estate domain: listings and portal
exports, tenancy applications and leases, rent ledgers and rent rolls,
maintenance tickets, HOA / strata / copropriete / WEG minutes, mortgage
applications, loan estimates and closing disclosures, title, escrow and wire
instructions, appraisals, landlord-tenant e-mails, chats and SMS, estate agent
notes from several countries, plus property-management SaaS configuration,
logs and webhooks.  About a quarter of the documents are German, French,
Spanish, Italian, Dutch, Portuguese or Polish; about 12% are kinds without
any labelled entity (hard negatives only).

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
import ipaddress
import json
import re
import string
import sys
import time
import unicodedata
from collections import Counter
from random import Random

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()

PER, EM, PH, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                  "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADDR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACCT, DL = "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKID, ASK, GHT, SLK, STR = "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY"
JWT_, PEM, PWD, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"


# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------
_PH_RE = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)\}")


class Doc:
    """Append text pieces; labelled pieces record their own offsets."""

    __slots__ = ("parts", "ents", "pos")

    def __init__(self):
        self.parts = []
        self.ents = []
        self.pos = 0

    def t(self, *ss):
        for s in ss:
            if s and s[0] == "." and self.ents and self.ents[-1][1] == self.pos and self.parts[-1].endswith("m."):
                s = s[1:]
            if s:
                self.parts.append(s)
                self.pos += len(s)
        return self

    def e(self, val, typ=None):
        if not val:
            return self
        if typ is None:
            return self.t(val)
        if val != val.strip():
            raise ValueError("entity with outer whitespace: %r" % val)
        self.ents.append((self.pos, self.pos + len(val), typ))
        self.parts.append(val)
        self.pos += len(val)
        return self

    def v(self, x):
        """x is a str (plain) or a (value, type) tuple."""
        if x is None:
            return self
        if isinstance(x, tuple):
            return self.e(x[0], x[1])
        return self.t(str(x))

    def f(self, tmpl, **kw):
        pos = 0
        for m in _PH_RE.finditer(tmpl):
            self.t(tmpl[pos:m.start()])
            self.v(kw[m.group(1)])
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def text(self):
        return "".join(self.parts)


class E(tuple):
    """Tagged JSON / XML leaf value."""


def tag(v, t):
    return E((v, t))


def jdump(d, obj, indent=2, lvl=0, compact=False):
    sp = "" if compact else "\n"
    pad = "" if compact else " " * (indent * (lvl + 1))
    endpad = "" if compact else " " * (indent * lvl)
    colon = ":" if compact else ": "
    if isinstance(obj, E):
        val, typ = obj
        if isinstance(val, str):
            d.t('"')
            d.e(json.dumps(val, ensure_ascii=False)[1:-1], typ)
            d.t('"')
        else:
            d.e(json.dumps(val), typ)
    elif isinstance(obj, dict):
        if not obj:
            d.t("{}")
            return
        d.t("{" + sp)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            d.t(pad + json.dumps(k, ensure_ascii=False) + colon)
            jdump(d, v, indent, lvl + 1, compact)
            d.t(("," if i < len(items) - 1 else "") + sp)
        d.t(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            d.t("[]")
            return
        d.t("[" + sp)
        for i, v in enumerate(obj):
            d.t(pad)
            jdump(d, v, indent, lvl + 1, compact)
            d.t(("," if i < len(obj) - 1 else "") + sp)
        d.t(endpad + "]")
    else:
        d.t(json.dumps(obj, ensure_ascii=False))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def W(s):
    return s.split("|")


def shuffled(r, seq):
    seq = list(seq)
    r.shuffle(seq)
    return seq


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")


def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def alnum(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(pick(r, alphabet) for _ in range(n))


UPPER_DIG = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
NAMES = {
    "en": (W("James|Michael|Robert|David|Daniel|Christopher|Matthew|Brian|Kevin|Tyler|Jordan|Logan|Ethan|Nathan|Ryan|Gregory|Scott|Trevor|Colin|Marcus|Derek|Wyatt"),
           W("Mary|Jennifer|Linda|Sarah|Emily|Jessica|Ashley|Amanda|Megan|Rachel|Brittany|Hannah|Lauren|Kayla|Heather|Courtney|Allison|Madison|Olivia|Chloe|Abigail|Danielle"),
           W("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Thompson|White|Harris|Clark|Lewis|Walker|Hall|Young|King|Wright|Scott|Green|Baker|Adams|Nelson|Carter|Mitchell|Roberts|Turner|Phillips|Campbell|Parker|Evans|Edwards|Collins|Stewart|Cook|Rogers|Morgan|Cooper|Peterson|Reed|Bailey|Bell|Kelly|Howard|Ward|Cox|Richardson|Wood|Watson|Brooks|Bennett|Gray|Hughes|Price|Sanders|Myers|Ross|Foster|O'Brien|McAllister|Fitzgerald|Whitaker|Holloway|Pruitt|Dunleavy")),
    "es": (W("José|Juan|Luis|Carlos|Javier|Miguel|Alejandro|Diego|Andrés|Fernando|Pablo|Sergio|Raúl|Mateo|Ignacio|Rodrigo"),
           W("María|Carmen|Ana|Lucía|Sofía|Isabel|Valentina|Camila|Paula|Elena|Marta|Laura|Pilar|Rocío|Ximena|Guadalupe"),
           W("García|Rodríguez|Martínez|López|González|Hernández|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|Gómez|Díaz|Morales|Jiménez|Ruiz|Álvarez|Romero|Navarro|Castillo|Ortega|Delgado|Vargas|Castro|Herrera|Medina|Iglesias|Fuentes|Cabrera")),
    "de": (W("Lukas|Jonas|Felix|Maximilian|Tobias|Jürgen|Wolfgang|Stefan|Matthias|Florian|Andreas|Thomas|Uwe|Dieter|Niklas|Sebastian|Björn"),
           W("Anna|Lena|Laura|Sophie|Katharina|Sabine|Ursula|Birgit|Claudia|Julia|Petra|Monika|Anja|Heike|Johanna|Franziska|Jana"),
           W("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Werner|Krause|Lehmann|Köhler|Vogel|Brandt|Kühn|Pohl|Engel|Seidel|Graf")),
    "fr": (W("Jean|Pierre|Louis|Antoine|Nicolas|Julien|Mathieu|Hugo|François|Thierry|Olivier|Étienne|Guillaume|Baptiste|Rémi|Yannick"),
           W("Marie|Camille|Chloé|Léa|Manon|Élodie|Sophie|Inès|Amélie|Nathalie|Isabelle|Céline|Aurélie|Margaux|Juliette|Hélène"),
           W("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Mercier|Dupont|Lambert|Bonnet|Legrand|Faure|Rousseau|Blanc|Guérin|Perrin|Gauthier|Fontaine|Chevalier|Masson|Lemaire|Carpentier")),
    "it": (W("Giuseppe|Marco|Alessandro|Luca|Matteo|Andrea|Davide|Stefano|Paolo|Roberto|Lorenzo|Francesco|Simone|Riccardo|Giovanni"),
           W("Maria|Giulia|Francesca|Chiara|Sara|Valentina|Elena|Federica|Silvia|Alessia|Martina|Giorgia|Roberta|Caterina|Ilaria"),
           W("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferri|D'Angelo")),
    "nl": (W("Daan|Bram|Thijs|Jeroen|Sem|Ruben|Joost|Pieter|Maarten|Wouter|Koen|Sander"),
           W("Sanne|Lotte|Femke|Anouk|Eva|Iris|Marloes|Annelies|Fleur|Noor|Esther|Ilse"),
           W("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|van der Meer|Kuipers|Verhoeven")),
    "pt": (W("João|Pedro|Tiago|Rafael|Lucas|Rui|Bruno|Gustavo|Miguel|Henrique|Felipe|Rodrigo|Vinícius"),
           W("Ana|Beatriz|Mariana|Inês|Gabriela|Carla|Fernanda|Larissa|Juliana|Patrícia|Leonor|Raquel|Thaís"),
           W("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|Correia|Mendes|Nunes|Soares|Vieira|Monteiro|Cardoso|Rocha|Barbosa|Araújo")),
    "zh": (W("Wei|Hao|Jun|Lei|Tao|Xiaoming|Zhiwei|Jian"),
           W("Fang|Jing|Min|Yan|Mei|Ying|Xiaoling|Hui"),
           W("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Zhu|Hu|Guo|Lin|He|Gao|Luo")),
    "in": (W("Aarav|Rahul|Vikram|Arjun|Rohan|Sanjay|Karthik|Aditya|Nikhil|Suresh|Rajesh"),
           W("Priya|Ananya|Deepika|Kavya|Sneha|Lakshmi|Meera|Pooja|Divya|Anjali|Shreya"),
           W("Sharma|Patel|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Mehta|Shah|Rao|Desai|Joshi|Kapoor|Menon|Chatterjee|Banerjee|Pillai|Venkataraman")),
    "ja": (W("Haruto|Sota|Ren|Takeshi|Kenji|Hiroshi|Daisuke|Kazuki"),
           W("Yui|Aoi|Hina|Yuki|Akiko|Naoko|Sakura|Emi"),
           W("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada")),
    "ko": (W("Min-jun|Ji-ho|Jae-won|Dong-hyun|Sung-min"),
           W("Seo-yeon|Ha-eun|Soo-jin|Ji-woo|Eun-ji"),
           W("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Han")),
    "vi": (W("Minh|Tuan|Duc|Quang|Khoa|Huy"), W("Linh|Huong|Thao|Mai|Trang|Ngoc"),
           W("Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui|Do")),
    "af": (W("Chinedu|Oluwaseun|Emeka|Kwame|Tendai|Kofi|Babajide|Sipho"),
           W("Ngozi|Adaeze|Funmilayo|Ama|Thandiwe|Chiamaka|Yetunde|Nomvula"),
           W("Okafor|Adeyemi|Okonkwo|Balogun|Mensah|Boateng|Nwosu|Moyo|Dlamini|Abubakar|Osei|Eze")),
    "ar": (W("Mohammed|Ahmed|Omar|Youssef|Khalid|Hassan|Tariq|Karim"),
           W("Fatima|Aisha|Layla|Mariam|Noor|Salma|Yasmin|Rania"),
           W("Al-Sayed|Haddad|Khalil|Nasser|Mansour|Hamdan|Aziz|Rahman|El-Amin|Farouk|Saleh|Qureshi|Bakri")),
    "tr": (W("Mehmet|Mustafa|Emre|Burak|Can|Murat"), W("Ayşe|Emine|Zeynep|Elif|Selin|Derya"),
           W("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk|Arslan")),
    "ie": (W("Ciarán|Eoin|Declan|Seán|Padraig|Cormac"), W("Siobhan|Aoife|Niamh|Orla|Róisín|Clodagh"),
           W("O'Connor|Murphy|Byrne|Ryan|O'Sullivan|Walsh|McCarthy|Doyle|Kavanagh|Brennan")),
    "sv": (W("Erik|Lars|Johan|Nils|Anders|Magnus"), W("Astrid|Ingrid|Maja|Elin|Karin|Sofia"),
           W("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Lindqvist|Bergström|Lindberg")),
}
# cultures with gendered surnames: full pairs
PAIRS = {
    "pl": [("Piotr", "Nowak", "m"), ("Anna", "Kowalska", "f"), ("Krzysztof", "Wiśniewski", "m"),
           ("Katarzyna", "Wójcik", "f"), ("Tomasz", "Kowalczyk", "m"), ("Magdalena", "Kamińska", "f"),
           ("Paweł", "Lewandowski", "m"), ("Agnieszka", "Zielińska", "f"), ("Michał", "Szymański", "m"),
           ("Joanna", "Woźniak", "f"), ("Łukasz", "Dąbrowski", "m"), ("Małgorzata", "Kozłowska", "f"),
           ("Marcin", "Jankowski", "m"), ("Ewa", "Mazur", "f"), ("Jakub", "Kwiatkowski", "m"),
           ("Aleksandra", "Krawczyk", "f"), ("Grzegorz", "Piotrowski", "m"), ("Zofia", "Grabowska", "f")],
    "ru": [("Dmitri", "Ivanov", "m"), ("Olga", "Petrova", "f"), ("Sergei", "Smirnov", "m"),
           ("Natalia", "Volkova", "f"), ("Alexei", "Kuznetsov", "m"), ("Irina", "Sokolova", "f"),
           ("Ivan", "Popov", "m"), ("Svetlana", "Morozova", "f"), ("Andrei", "Lebedev", "m"),
           ("Yulia", "Novikova", "f")],
}

# which cultures appear in which country (weights by repetition)
COUNTRY_CULT = {
    "US": "en en en en en es es zh in ko vi af ar ie en ja ru".split(),
    "CA": "en en en fr zh in ko ar ie vi".split(),
    "GB": "en en en en ie in ar af pl zh".split(),
    "IE": "ie ie ie en en pl pt".split(),
    "AU": "en en en zh in vi ie it ko".split(),
    "IN": ["in"],
    "SG": "zh zh in en".split(),
    "AE": "ar ar in en ru".split(),
    "DE": "de de de de de tr pl ru it ar".split(),
    "AT": "de de de tr pl".split(),
    "CH": "de de fr it pt".split(),
    "FR": "fr fr fr fr fr ar pt es it af".split(),
    "BE": "fr fr nl nl ar it".split(),
    "ES": "es es es es es ar en de".split(),
    "MX": ["es"],
    "IT": "it it it it it ar es".split(),
    "NL": "nl nl nl nl nl tr ar de".split(),
    "PT": "pt pt pt pt es fr".split(),
    "BR": "pt pt pt pt ja it".split(),
    "PL": ["pl"],
}


class Person:
    __slots__ = ("first", "last", "g", "cult", "mid")

    def __init__(self, first, last, g, cult, mid=None):
        self.first, self.last, self.g, self.cult, self.mid = first, last, g, cult, mid

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)


def person(r, country="US", cult=None):
    if cult is None:
        cult = pick(r, COUNTRY_CULT.get(country, ["en"]))
    if cult in PAIRS:
        f, l, g = pick(r, PAIRS[cult])
        return Person(f, l, g, cult)
    m, fm, last = NAMES[cult]
    g = "m" if r.random() < 0.5 else "f"
    first = pick(r, m if g == "m" else fm)
    ln = pick(r, last)
    if cult == "es" and r.random() < 0.55:
        ln2 = pick(r, last)
        if ln2 != ln:
            ln = ln + " " + ln2
    mid = None
    if cult in ("en", "ie") and r.random() < 0.5:
        mid = pick(r, "ABCDEFGHJKLMNPRSTW")
    return Person(first, ln, g, cult, mid)


def pname(r, p, style=None):
    if style is None:
        style = pick(r, ["full"] * 7 + ["mid", "mid", "lf", "upper", "init"])
    if style == "mid" and not p.mid:
        style = "full"
    if style == "full":
        return p.full
    if style == "mid":
        return "%s %s. %s" % (p.first, p.mid, p.last)
    if style == "lf":
        return "%s, %s" % (p.last, p.first)
    if style == "LF":
        return "%s, %s" % (p.last.upper(), p.first)
    if style == "upper":
        return p.full.upper()
    if style == "init":
        return "%s. %s" % (p.first[0], p.last)
    if style == "first":
        return p.first
    if style == "last":
        return p.last
    if style == "lower":
        return p.full.lower()
    return p.full


TITLES = {
    "en": (["Mr."], ["Ms.", "Mrs.", "Ms"]), "de": (["Herr"], ["Frau"]),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame"]), "es": (["Sr.", "D."], ["Sra.", "Dña."]),
    "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"]), "nl": (["dhr."], ["mevr."]),
    "pt": (["Sr."], ["Sra."]), "pl": (["Pan"], ["Pani"]),
}


def title(r, p, lang="en"):
    m, f = TITLES.get(lang, TITLES["en"])
    return pick(r, m if p.g == "m" else f)


FREEMAIL = {
    "US": W("gmail.com|yahoo.com|outlook.com|icloud.com|hotmail.com|aol.com|protonmail.com|comcast.net"),
    "GB": W("gmail.com|outlook.com|btinternet.com|yahoo.co.uk|hotmail.co.uk|sky.com"),
    "DE": W("gmx.de|web.de|t-online.de|gmail.com|posteo.de|outlook.de"),
    "AT": W("gmx.at|aon.at|gmail.com"), "CH": W("bluewin.ch|gmail.com|gmx.ch"),
    "FR": W("orange.fr|free.fr|gmail.com|laposte.net|sfr.fr|hotmail.fr|wanadoo.fr"),
    "ES": W("gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es"),
    "IT": W("libero.it|gmail.com|virgilio.it|tiscali.it|alice.it"),
    "NL": W("ziggo.nl|gmail.com|kpnmail.nl|hotmail.nl|xs4all.nl"),
    "PT": W("sapo.pt|gmail.com|hotmail.com"), "BR": W("uol.com.br|gmail.com|bol.com.br|hotmail.com"),
    "PL": W("wp.pl|onet.pl|gmail.com|interia.pl|o2.pl"), "AU": W("bigpond.com|gmail.com|outlook.com.au"),
    "CA": W("gmail.com|rogers.com|shaw.ca|outlook.com"), "IN": W("gmail.com|rediffmail.com|yahoo.co.in"),
    "IE": W("eircom.net|gmail.com|outlook.ie"), "SG": W("gmail.com|singnet.com.sg"),
}


def email_for(r, p, domain=None, country="US"):
    f = re.sub(r"[^a-z]", "", fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", fold(p.last).lower())
    pat = r.randrange(8)
    if pat == 0:
        loc = "%s.%s" % (f, l)
    elif pat == 1:
        loc = f[0] + l
    elif pat == 2:
        loc = "%s%s%d" % (f, l, r.randrange(1, 99))
    elif pat == 3:
        loc = "%s_%s" % (f, l)
    elif pat == 4:
        loc = "%s.%s%d" % (f[0], l, r.randrange(60, 99))
    elif pat == 5:
        loc = f
    elif pat == 6:
        loc = "%s-%s" % (l, f)
    else:
        loc = "%s%s" % (f, l[0])
    if domain is None:
        domain = pick(r, FREEMAIL.get(country, FREEMAIL["US"]))
    return "%s@%s" % (loc, domain)


# --------------------------------------------------------------------------
# places and addresses
# --------------------------------------------------------------------------
def _pc_us(r, p):
    return p + digits(r, 5 - len(p))


US_CITIES = [
    ("Austin", "TX", "Texas", "787"), ("Denver", "CO", "Colorado", "802"), ("Seattle", "WA", "Washington", "981"),
    ("Portland", "OR", "Oregon", "972"), ("Phoenix", "AZ", "Arizona", "850"), ("Atlanta", "GA", "Georgia", "303"),
    ("Charlotte", "NC", "North Carolina", "282"), ("Nashville", "TN", "Tennessee", "372"), ("Columbus", "OH", "Ohio", "432"),
    ("Minneapolis", "MN", "Minnesota", "554"), ("Tampa", "FL", "Florida", "336"), ("Orlando", "FL", "Florida", "328"),
    ("Miami", "FL", "Florida", "331"), ("San Diego", "CA", "California", "921"), ("Sacramento", "CA", "California", "958"),
    ("Oakland", "CA", "California", "946"), ("Boston", "MA", "Massachusetts", "021"), ("Brooklyn", "NY", "New York", "112"),
    ("Chicago", "IL", "Illinois", "606"), ("Philadelphia", "PA", "Pennsylvania", "191"), ("Raleigh", "NC", "North Carolina", "276"),
    ("Salt Lake City", "UT", "Utah", "841"), ("Las Vegas", "NV", "Nevada", "891"), ("Boise", "ID", "Idaho", "837"),
    ("Richmond", "VA", "Virginia", "232"), ("Pittsburgh", "PA", "Pennsylvania", "152"), ("Kansas City", "MO", "Missouri", "641"),
    ("Madison", "WI", "Wisconsin", "537"), ("Albuquerque", "NM", "New Mexico", "871"), ("Houston", "TX", "Texas", "770"),
    ("Dallas", "TX", "Texas", "752"), ("San Antonio", "TX", "Texas", "782"), ("Jersey City", "NJ", "New Jersey", "073"),
    ("Arlington", "VA", "Virginia", "222"), ("Scottsdale", "AZ", "Arizona", "852"), ("Naperville", "IL", "Illinois", "605"),
    ("Plano", "TX", "Texas", "750"), ("Irvine", "CA", "California", "926"), ("Bellevue", "WA", "Washington", "980"),
    ("Savannah", "GA", "Georgia", "314"), ("Asheville", "NC", "North Carolina", "288"), ("Spokane", "WA", "Washington", "992"),
    ("Honolulu", "HI", "Hawaii", "968"), ("Anchorage", "AK", "Alaska", "995"), ("Omaha", "NE", "Nebraska", "681"),
]
US_STREETS = W("Oak|Maple|Cedar|Pine|Elm|Washington|Lake|Hill|Park|Main|Sunset|Highland|Riverside|Magnolia|Willow|Chestnut|Lincoln|Jefferson|Franklin|Spruce|Birch|Walnut|Meadowbrook|Ridgeview|Canyon Crest|Juniper|Aspen|Bluebonnet|Harbor View|Prospect|Sycamore|Hawthorne|Live Oak|Cypress Creek|Foxglove|Old Mill|Stonegate|Winding Brook")
US_SUFFIX = W("St|Street|Ave|Avenue|Blvd|Dr|Drive|Ln|Lane|Ct|Rd|Road|Way|Pl|Ter|Cir|Pkwy|Trl")
US_UNITS = ["Apt {n}{l}", "Unit {n}", "#{n}", "Apt. {n}", "Suite {n}", "Unit {n}{l}", "Apt {n}"]

GB_TOWNS = [("London", "SW11"), ("London", "E8"), ("London", "N1"), ("London", "SE15"), ("London", "NW3"),
            ("London", "W12"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS6"), ("Birmingham", "B15"),
            ("Edinburgh", "EH6"), ("Glasgow", "G12"), ("Cardiff", "CF24"), ("Nottingham", "NG7"), ("Brighton", "BN1"),
            ("Oxford", "OX4"), ("Cambridge", "CB1"), ("Liverpool", "L17"), ("Sheffield", "S10"), ("York", "YO10"),
            ("Bath", "BA1"), ("Reading", "RG1"), ("Norwich", "NR2"), ("Exeter", "EX4")]
GB_STREETS = W("Victoria|Albert|Church|Station|Queens|Kings|Mill|Park|Highfield|Grange|Manor|Beech|Elmwood|Clarence|Cavendish|St John's|Meadow|Orchard|Chapel|Windsor|Hazelwood|Belvedere")
GB_SUFFIX = W("Road|Street|Avenue|Gardens|Close|Crescent|Terrace|Lane|Mews|Grove|Place|Way|Drive")

DE_CITIES = [("Berlin", "Berlin", 10115, 14199), ("Hamburg", "Hamburg", 20095, 22769), ("München", "Bayern", 80331, 81929),
             ("Köln", "Nordrhein-Westfalen", 50667, 51149), ("Frankfurt am Main", "Hessen", 60306, 60599),
             ("Stuttgart", "Baden-Württemberg", 70173, 70629), ("Düsseldorf", "Nordrhein-Westfalen", 40210, 40629),
             ("Leipzig", "Sachsen", 4103, 4357), ("Dresden", "Sachsen", 1067, 1328), ("Hannover", "Niedersachsen", 30159, 30669),
             ("Nürnberg", "Bayern", 90402, 90491), ("Bremen", "Bremen", 28195, 28779), ("Freiburg im Breisgau", "Baden-Württemberg", 79098, 79117),
             ("Münster", "Nordrhein-Westfalen", 48143, 48167), ("Heidelberg", "Baden-Württemberg", 69115, 69126),
             ("Mainz", "Rheinland-Pfalz", 55116, 55131), ("Potsdam", "Brandenburg", 14467, 14482)]
DE_STREETS = W("Hauptstraße|Bahnhofstraße|Goethestraße|Schillerstraße|Lindenallee|Gartenweg|Am Markt|Berliner Straße|Friedrichstraße|Kastanienallee|Rosenstraße|Bergstraße|Mozartstraße|Kirchplatz|Schulstraße|Ringstraße|Waldweg|Sonnenallee|Eichendorffstraße|Am Lindenhof|Uhlandstraße|Kaiserstraße|Theodor-Heuss-Ring")
AT_CITIES = [("Wien", "Wien", 1010, 1230), ("Graz", "Steiermark", 8010, 8055), ("Salzburg", "Salzburg", 5020, 5026),
             ("Linz", "Oberösterreich", 4020, 4040), ("Innsbruck", "Tirol", 6020, 6080)]
AT_STREETS = W("Mariahilfer Straße|Landstraßer Hauptstraße|Favoritenstraße|Herrengasse|Annenstraße|Linzer Gasse|Maria-Theresien-Straße|Wiedner Hauptstraße")
CH_CITIES = [("Zürich", "ZH", 8001, 8057), ("Genève", "GE", 1201, 1209), ("Basel", "BS", 4051, 4059), ("Bern", "BE", 3011, 3027),
             ("Lausanne", "VD", 1003, 1018), ("Luzern", "LU", 6003, 6006)]
CH_STREETS = W("Bahnhofstrasse|Seefeldstrasse|Rue du Rhône|Freie Strasse|Kramgasse|Avenue de la Gare|Langstrasse")
FR_CITIES = [("Paris", "Île-de-France", "750"), ("Lyon", "Auvergne-Rhône-Alpes", "6900"), ("Marseille", "Provence-Alpes-Côte d'Azur", "130"),
             ("Toulouse", "Occitanie", "3100"), ("Nice", "Provence-Alpes-Côte d'Azur", "0600"), ("Nantes", "Pays de la Loire", "4400"),
             ("Bordeaux", "Nouvelle-Aquitaine", "3300"), ("Lille", "Hauts-de-France", "5900"), ("Strasbourg", "Grand Est", "6700"),
             ("Montpellier", "Occitanie", "3400"), ("Rennes", "Bretagne", "3500"), ("Grenoble", "Auvergne-Rhône-Alpes", "3800"),
             ("Annecy", "Auvergne-Rhône-Alpes", "7400"), ("Dijon", "Bourgogne-Franche-Comté", "2100")]
FR_STREETS = W("rue de la République|avenue Victor Hugo|boulevard Voltaire|rue du Faubourg Saint-Antoine|rue des Lilas|rue Jean Jaurès|quai de la Loire|impasse des Roses|allée des Tilleuls|chemin des Vignes|rue de la Paix|avenue Jean Médecin|cours Mirabeau|rue Nationale|place du Marché|rue Sainte-Catherine|boulevard de la Croix-Rousse")
ES_CITIES = [("Madrid", "Madrid", "28"), ("Barcelona", "Barcelona", "08"), ("Valencia", "Valencia", "46"), ("Sevilla", "Sevilla", "41"),
             ("Málaga", "Málaga", "29"), ("Bilbao", "Bizkaia", "48"), ("Zaragoza", "Zaragoza", "50"), ("Alicante", "Alicante", "03"),
             ("Palma", "Illes Balears", "07"), ("Granada", "Granada", "18"), ("Valladolid", "Valladolid", "47")]
ES_STREETS = W("Calle de Alcalá|Calle Mayor|Avenida de la Constitución|Calle Gran Vía|Paseo de Gracia|Calle Sierpes|Calle Larios|Avenida del Puerto|Calle de Serrano|Carrer de Mallorca|Calle San Vicente|Plaza de España|Calle Real|Avenida de América")
IT_CITIES = [("Milano", "MI", "Lombardia", "201"), ("Roma", "RM", "Lazio", "001"), ("Torino", "TO", "Piemonte", "101"),
             ("Napoli", "NA", "Campania", "801"), ("Bologna", "BO", "Emilia-Romagna", "401"), ("Firenze", "FI", "Toscana", "501"),
             ("Genova", "GE", "Liguria", "161"), ("Verona", "VR", "Veneto", "371"), ("Padova", "PD", "Veneto", "351"),
             ("Bari", "BA", "Puglia", "701"), ("Palermo", "PA", "Sicilia", "901")]
IT_STREETS = W("Via Giuseppe Garibaldi|Via Roma|Corso Vittorio Emanuele II|Viale Monza|Piazza della Repubblica|Via Dante|Via Nazionale|Corso Buenos Aires|Via dei Mille|Via Santo Stefano|Viale dei Colli|Via Mazzini|Via Po|Lungarno Corsini")
NL_CITIES = [("Amsterdam", "Noord-Holland", 1011, 1109), ("Rotterdam", "Zuid-Holland", 3011, 3089), ("Utrecht", "Utrecht", 3511, 3585),
             ("Den Haag", "Zuid-Holland", 2511, 2597), ("Eindhoven", "Noord-Brabant", 5611, 5658), ("Groningen", "Groningen", 9711, 9747),
             ("Leiden", "Zuid-Holland", 2311, 2334), ("Haarlem", "Noord-Holland", 2011, 2037), ("Nijmegen", "Gelderland", 6511, 6546)]
NL_STREETS = W("Prinsengracht|Kerkstraat|Dorpsstraat|Stationsweg|Molenweg|Julianalaan|Beatrixstraat|Oudegracht|Vondelstraat|Witte de Withstraat|Lange Voorhout|Nieuwe Binnenweg|Breestraat")
PT_CITIES = [("Lisboa", "Lisboa", "1"), ("Porto", "Porto", "4"), ("Braga", "Braga", "47"), ("Coimbra", "Coimbra", "30"), ("Faro", "Faro", "80")]
PT_STREETS = W("Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Ouro|Avenida dos Aliados|Rua Garrett|Travessa do Carmo|Rua Ferreira Borges")
BR_CITIES = [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "8"),
             ("Porto Alegre", "RS", "9"), ("Recife", "PE", "5"), ("Salvador", "BA", "4"), ("Florianópolis", "SC", "88")]
BR_STREETS = W("Rua Oscar Freire|Avenida Paulista|Rua Augusta|Rua das Laranjeiras|Avenida Atlântica|Rua da Consolação|Rua XV de Novembro|Avenida Afonso Pena")
BR_BAIRROS = W("Jardins|Pinheiros|Copacabana|Botafogo|Savassi|Batel|Moinhos de Vento|Boa Viagem|Vila Madalena|Centro")
AU_SUBURBS = [("Surry Hills", "NSW", "2010"), ("Newtown", "NSW", "2042"), ("Bondi", "NSW", "2026"), ("Parramatta", "NSW", "2150"),
              ("Fitzroy", "VIC", "3065"), ("Richmond", "VIC", "3121"), ("Brunswick", "VIC", "3056"), ("South Brisbane", "QLD", "4101"),
              ("New Farm", "QLD", "4005"), ("Fremantle", "WA", "6160"), ("Subiaco", "WA", "6008"), ("Glenelg", "SA", "5045"),
              ("Kingston", "ACT", "2604"), ("Sandy Bay", "TAS", "7005")]
AU_STATE = {"NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "WA": "Western Australia",
            "SA": "South Australia", "ACT": "Australian Capital Territory", "TAS": "Tasmania"}
AU_CITY = {"NSW": "Sydney", "VIC": "Melbourne", "QLD": "Brisbane", "WA": "Perth", "SA": "Adelaide", "ACT": "Canberra", "TAS": "Hobart"}
AU_STREETS = W("Smith Street|Crown Street|King Street|Brunswick Street|Chapel Street|Boundary Street|Hay Street|Jetty Road|Elizabeth Street|Oxford Street|Glebe Point Road")
CA_CITIES = [("Toronto", "ON", "Ontario", "M"), ("Vancouver", "BC", "British Columbia", "V"), ("Montréal", "QC", "Quebec", "H"),
             ("Calgary", "AB", "Alberta", "T"), ("Ottawa", "ON", "Ontario", "K"), ("Halifax", "NS", "Nova Scotia", "B"),
             ("Edmonton", "AB", "Alberta", "T"), ("Victoria", "BC", "British Columbia", "V")]
CA_STREETS = W("Harbour Street|Queen Street West|Yonge Street|Robson Street|Rue Saint-Denis|17 Avenue SW|Bank Street|Spring Garden Road|Jasper Avenue|Fort Street|Dundas Street East")
IE_TOWNS = [("Dublin 6", "D06"), ("Dublin 8", "D08"), ("Dublin 4", "D04"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94")]
IE_STREETS = W("Ashfield Park|Rathmines Road Lower|Grand Canal Street|Oliver Plunkett Street|Shop Street|O'Connell Avenue|Ranelagh Road")
IN_CITIES = [("Mumbai", "Maharashtra", "4000"), ("Bengaluru", "Karnataka", "5600"), ("Pune", "Maharashtra", "4110"),
             ("Hyderabad", "Telangana", "5000"), ("Chennai", "Tamil Nadu", "6000"), ("New Delhi", "Delhi", "1100"), ("Gurugram", "Haryana", "1220")]
IN_AREAS = W("Whitefield|Koramangala|Bandra West|Andheri East|Hinjewadi|Gachibowli|Adyar|Hauz Khas|DLF Phase 2|Indiranagar|Powai")
IN_BLDG = W("Prestige Lakeside|Lodha Bellezza|Brigade Gateway|Hiranandani Gardens|Sobha Dream Acres|DLF Park Place|Godrej Woodsman Estate")
PL_CITIES = [("Warszawa", "mazowieckie", "0"), ("Kraków", "małopolskie", "3"), ("Wrocław", "dolnośląskie", "5"),
             ("Gdańsk", "pomorskie", "80"), ("Poznań", "wielkopolskie", "6"), ("Łódź", "łódzkie", "9")]
PL_STREETS = W("Marszałkowska|Długa|Piotrkowska|Floriańska|Świdnicka|Grunwaldzka|Mickiewicza|Słowackiego|Kościuszki|Ogrodowa")
SG_STREETS = W("Ang Mo Kio Avenue 6|Tampines Street 21|Bukit Batok West Avenue 8|Toa Payoh Lorong 4|Jurong West Street 52|Punggol Drive|Bedok North Road")
MX_COLS = W("Roma Norte|Condesa|Del Valle|Polanco|Narvarte|Coyoacán Centro")
MX_STREETS = W("Av. Álvaro Obregón|Calle Durango|Av. Insurgentes Sur|Calle Colima|Av. Amsterdam|Calle Tonalá")
AE_TOWERS = W("Marina Heights Tower|Burj Vista 1|Executive Tower B|Shams 2|Al Seef Tower 3|Boulevard Central")
AE_AREAS = W("Dubai Marina|Downtown Dubai|Business Bay|Jumeirah Beach Residence|Jumeirah Lake Towers")

COUNTRY_NAME = {
    "US": "USA", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain", "IT": "Italy", "NL": "Netherlands",
    "PT": "Portugal", "BR": "Brazil", "AU": "Australia", "CA": "Canada", "IE": "Ireland", "IN": "India", "SG": "Singapore",
    "PL": "Poland", "AT": "Austria", "CH": "Switzerland", "MX": "Mexico", "AE": "United Arab Emirates",
}
COUNTRY_LOCAL = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France", "ES": "España", "IT": "Italia",
                 "NL": "Nederland", "PT": "Portugal", "BR": "Brasil", "PL": "Polska", "MX": "México"}


class Addr:
    __slots__ = ("cc", "street", "unit", "city", "region", "region_full", "pc", "extra")

    def __init__(self, cc, street, unit, city, region, region_full, pc, extra=None):
        self.cc, self.street, self.unit, self.city = cc, street, unit, city
        self.region, self.region_full, self.pc, self.extra = region, region_full, pc, extra

    def line1(self):
        cc = self.cc
        if not self.unit:
            return self.street
        if cc in ("US",):
            return "%s%s%s" % (self.street, pick_sep(self), self.unit)
        if cc in ("GB", "IE", "IN", "AE"):
            return "%s, %s" % (self.unit, self.street)
        if cc in ("AU",):
            return self.street
        return "%s, %s" % (self.street, self.unit)

    def cityline(self):
        cc = self.cc
        if cc == "US":
            return "%s, %s %s" % (self.city, self.region, self.pc)
        if cc == "CA":
            return "%s, %s %s" % (self.city, self.region, self.pc)
        if cc == "GB":
            return "%s %s" % (self.city, self.pc) if not self.extra else "%s\n%s" % (self.city.upper(), self.pc)
        if cc == "IE":
            return "%s, %s" % (self.city, self.pc)
        if cc in ("DE", "AT", "CH", "FR", "ES", "NL", "PT", "PL"):
            return "%s %s" % (self.pc, self.city)
        if cc == "IT":
            return "%s %s (%s)" % (self.pc, self.city, self.region)
        if cc == "BR":
            return "%s - %s, %s" % (self.city, self.region, self.pc)
        if cc == "AU":
            return "%s %s %s" % (self.city, self.region, self.pc)
        if cc == "IN":
            return "%s, %s %s" % (self.city, self.region_full, self.pc)
        if cc == "SG":
            return "Singapore %s" % self.pc
        if cc == "MX":
            return "%s %s, %s" % (self.pc, self.city, self.region)
        if cc == "AE":
            return "%s" % self.city
        return "%s %s" % (self.pc, self.city)

    def one(self, country=False, local=False):
        s = "%s, %s" % (self.line1(), self.cityline().replace("\n", " "))
        if self.cc == "AU" and self.unit:
            s = "%s, %s" % (self.street, self.cityline())
        if country:
            s += ", " + (COUNTRY_LOCAL.get(self.cc, COUNTRY_NAME[self.cc]) if local else COUNTRY_NAME[self.cc])
        return s

    def block(self, country=False, local=False):
        s = "%s\n%s" % (self.line1(), self.cityline())
        if country:
            s += "\n" + (COUNTRY_LOCAL.get(self.cc, COUNTRY_NAME[self.cc]) if local else COUNTRY_NAME[self.cc])
        return s

    def cityst(self):
        """LOCATION string 'City, ST' or 'City'"""
        if self.cc in ("US", "CA"):
            return "%s, %s" % (self.city, self.region)
        if self.cc == "AU":
            return "%s %s" % (self.city, self.region)
        return self.city


def pick_sep(a):
    return ", " if len(a.unit) > 0 and not a.unit.startswith("#") else " "


def address(r, cc="US", unit=None):
    if unit is None:
        unit = r.random() < 0.4
    if cc == "US":
        city, st, stf, zp = pick(r, US_CITIES)
        num = str(r.choice([r.randint(10, 999), r.randint(100, 9999), r.randint(1000, 24999)]))
        dirn = pick(r, ["", "", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        street = "%s %s%s %s" % (num, dirn, pick(r, US_STREETS), pick(r, US_SUFFIX))
        u = pick(r, US_UNITS).format(n=r.randint(1, 42) * (10 if r.random() < .3 else 1) + (0 if r.random() < .5 else r.randint(0, 9) * 100),
                                      l=pick(r, "ABCDEF")) if unit else None
        return Addr(cc, street, u, city, st, stf, _pc_us(r, zp) + ("-" + digits(r, 4) if r.random() < .1 else ""))
    if cc == "GB":
        town, out = pick(r, GB_TOWNS)
        street = "%d %s %s" % (r.randint(1, 220), pick(r, GB_STREETS), pick(r, GB_SUFFIX))
        u = ("Flat %d" % r.randint(1, 24)) if unit else None
        if unit and r.random() < .3:
            u = "Flat %d%s, %s House" % (r.randint(1, 9), pick(r, "ABC"), pick(r, W("Kestrel|Beaumont|Regency|Lambert|Wren|Trinity")))
        pc = "%s %d%s" % (out, r.randint(1, 9), "".join(pick(r, "ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        return Addr(cc, street, u, town, "", "", pc, extra=(r.random() < .25))
    if cc in ("DE", "AT", "CH"):
        cities, streets = {"DE": (DE_CITIES, DE_STREETS), "AT": (AT_CITIES, AT_STREETS), "CH": (CH_CITIES, CH_STREETS)}[cc]
        city, reg, lo, hi = pick(r, cities)
        n = str(r.randint(1, 140)) + (pick(r, "abc") if r.random() < .15 else "")
        if cc == "AT" and unit:
            n += "/%d" % r.randint(1, 30)
            unit = False
        street = "%s %s" % (pick(r, streets), n)
        u = pick(r, ["%d. OG links" % r.randint(1, 5), "%d. OG rechts" % r.randint(1, 5), "WE %02d" % r.randint(1, 30), "Hinterhaus, %d. OG" % r.randint(1, 4)]) if unit else None
        pc = ("%05d" if cc == "DE" else "%04d") % r.randint(lo, hi)
        return Addr(cc, street, u, city, reg, reg, pc)
    if cc == "FR":
        city, reg, pre = pick(r, FR_CITIES)
        pc = pre + digits(r, 5 - len(pre)) if city != "Paris" else "750%02d" % r.randint(1, 20)
        street = "%d%s %s" % (r.randint(1, 180), pick(r, ["", "", "", " bis", " ter"]), pick(r, FR_STREETS))
        u = pick(r, ["Bât. %s, %de étage" % (pick(r, "ABC"), r.randint(1, 7)), "Appt %d" % r.randint(1, 60), "Résidence Les Jardins, apt %d" % r.randint(1, 90)]) if unit else None
        return Addr(cc, street, u, city, reg, reg, pc)
    if cc == "ES":
        city, prov, pre = pick(r, ES_CITIES)
        street = "%s, %d" % (pick(r, ES_STREETS), r.randint(1, 240))
        u = pick(r, ["%dº %s" % (r.randint(1, 9), pick(r, "ABCD")), "%dº %dª" % (r.randint(1, 8), r.randint(1, 4)), "bajo %s" % pick(r, "AB"), "ático"]) if (unit or r.random() < .5) else None
        return Addr(cc, street, u, city, prov, prov, pre + digits(r, 3))
    if cc == "IT":
        city, pv, reg, pre = pick(r, IT_CITIES)
        street = "%s %d" % (pick(r, IT_STREETS), r.randint(1, 200))
        u = pick(r, ["scala %s, int. %d" % (pick(r, "ABC"), r.randint(1, 30)), "piano %d" % r.randint(1, 6), "int. %d" % r.randint(1, 25)]) if unit else None
        return Addr(cc, street, u, city, pv, reg, pre + digits(r, 2))
    if cc == "NL":
        city, prov, lo, hi = pick(r, NL_CITIES)
        street = "%s %d%s" % (pick(r, NL_STREETS), r.randint(1, 400), pick(r, ["", "", "", "-II", "-huis", "A", "-3"]))
        pc = "%04d %s" % (r.randint(lo, hi), "".join(pick(r, "ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))
        return Addr(cc, street, None, city, prov, prov, pc)
    if cc == "PT":
        city, dist, pre = pick(r, PT_CITIES)
        street = "%s, %d" % (pick(r, PT_STREETS), r.randint(1, 300))
        u = pick(r, ["%d.º Esq." % r.randint(1, 8), "%d.º Dto." % r.randint(1, 8), "r/c Esq."]) if (unit or r.random() < .5) else None
        pc = pre + digits(r, 4 - len(pre)) + "-" + digits(r, 3)
        return Addr(cc, street, u, city, dist, dist, pc)
    if cc == "BR":
        city, uf, pre = pick(r, BR_CITIES)
        street = "%s, %d" % (pick(r, BR_STREETS), r.randint(10, 3000))
        u = ("apto %d" % r.randint(11, 1804)) if (unit or r.random() < .5) else None
        pc = pre + digits(r, 5 - len(pre)) + "-" + digits(r, 3)
        a = Addr(cc, street, u, city, uf, uf, pc)
        a.street = street if r.random() < .5 else street + " - " + pick(r, BR_BAIRROS)
        return a
    if cc == "AU":
        sub, st, pc = pick(r, AU_SUBURBS)
        num = r.randint(1, 300)
        street = ("%d/%d %s" % (r.randint(1, 40), num, pick(r, AU_STREETS))) if unit else ("%d %s" % (num, pick(r, AU_STREETS)))
        if unit and r.random() < .4:
            street = "Unit %d, %d %s" % (r.randint(1, 40), num, pick(r, AU_STREETS))
        return Addr(cc, street, "u" if unit else None, sub, st, AU_STATE[st], pc)
    if cc == "CA":
        city, pr, prf, l0 = pick(r, CA_CITIES)
        num = r.randint(10, 2400)
        street = ("%d-%d %s" % (r.randint(101, 3508), num, pick(r, CA_STREETS))) if unit else ("%d %s" % (num, pick(r, CA_STREETS)))
        pc = "%s%d%s %d%s%d" % (l0, r.randint(1, 9), pick(r, "ABCEGHJKLMNPRSTVXY"), r.randint(0, 9), pick(r, "ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9))
        return Addr(cc, street, None, city, pr, prf, pc)
    if cc == "IE":
        town, rk = pick(r, IE_TOWNS)
        street = "%d %s" % (r.randint(1, 120), pick(r, IE_STREETS))
        u = ("Apartment %d" % r.randint(1, 80)) if unit else None
        pc = "%s %s" % (rk, "".join(pick(r, "ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        return Addr(cc, street, u, town, "", "", pc)
    if cc == "IN":
        city, stt, pre = pick(r, IN_CITIES)
        street = "%s, %s" % (pick(r, IN_BLDG), pick(r, IN_AREAS))
        u = "Flat %d, Tower %s" % (r.randint(101, 2404), pick(r, "ABCDE"))
        return Addr(cc, street, u, city, stt, stt, pre + digits(r, 2))
    if cc == "SG":
        street = "Blk %d %s" % (r.randint(100, 899), pick(r, SG_STREETS))
        u = "#%02d-%d" % (r.randint(2, 25), r.randint(10, 1800))
        a = Addr(cc, street, None, "Singapore", "", "", str(r.randint(310000, 829999)))
        a.street = "%s, %s" % (street, u)
        return a
    if cc == "PL":
        city, voiv, pre = pick(r, PL_CITIES)
        street = "ul. %s %d" % (pick(r, PL_STREETS), r.randint(1, 150)) + (" m. %d" % r.randint(1, 60) if r.random() < .6 else "")
        pc = (pre + digits(r, 2 - len(pre)) if len(pre) < 2 else pre) + "-" + digits(r, 3)
        return Addr(cc, street, None, city, voiv, voiv, pc)
    if cc == "MX":
        street = "%s %d, Int. %d, Col. %s" % (pick(r, MX_STREETS), r.randint(10, 400), r.randint(1, 12), pick(r, MX_COLS))
        return Addr(cc, street, None, "Ciudad de México", "CDMX", "Ciudad de México", "0%d" % r.randint(3000, 6999))
    if cc == "AE":
        street = "Apartment %d, %s, %s" % (r.randint(101, 4810), pick(r, AE_TOWERS), pick(r, AE_AREAS))
        return Addr(cc, street, None, "Dubai", "", "", "")
    raise ValueError(cc)


def city_only(r, cc):
    """A place name (LOCATION) for country cc: 'City, ST' or 'City' etc."""
    a = address(r, cc, unit=False)
    if cc in ("US", "CA") and r.random() < .7:
        return a.cityst()
    if cc == "AU":
        return AU_CITY[a.region] if r.random() < .6 else a.cityst()
    return a.city


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
US_AREA = [212, 303, 312, 404, 415, 503, 512, 602, 617, 619, 646, 702, 713, 720, 737, 786, 813, 901, 919, 206, 214, 305,
           407, 480, 510, 615, 704, 801, 971, 202, 571, 703, 208, 804, 412, 816, 608, 505, 832, 469, 210, 201, 630, 972, 949, 425]
CA_AREA = [416, 647, 604, 778, 514, 438, 403, 613, 902, 780, 250]


def _nxx(r):
    while True:
        x = r.randint(201, 989)
        if x % 100 != 11 and x != 555:
            return x


def phone(r, cc="US", kind=None, intl=None):
    if intl is None:
        intl = r.random() < .3
    if kind is None:
        kind = "mobile" if r.random() < .55 else "land"
    if cc in ("US", "CA"):
        a = pick(r, US_AREA if cc == "US" else CA_AREA)
        if kind == "toll":
            a = pick(r, [800, 888, 877, 866, 855, 844])
        n, l = _nxx(r), digits(r, 4)
        if kind == "toll":
            return pick(r, ["1-%d-%d-%s" % (a, n, l), "(%d) %d-%s" % (a, n, l), "%d-%d-%s" % (a, n, l), "1 (%d) %d-%s" % (a, n, l)])
        if intl:
            return pick(r, ["+1 %d %d %s" % (a, n, l), "+1-%d-%d-%s" % (a, n, l), "+1 (%d) %d-%s" % (a, n, l), "+1%d%d%s" % (a, n, l)])
        return pick(r, ["(%d) %d-%s" % (a, n, l)] * 3 + ["%d-%d-%s" % (a, n, l)] * 2 + ["%d.%d.%s" % (a, n, l), "%d %d %s" % (a, n, l)])
    if cc == "GB":
        if kind == "mobile":
            n = "7%d%s" % (r.randint(400, 999), digits(r, 6))
            return "+44 %s %s" % (n[:4], n[4:]) if intl else "0%s %s" % (n[:4], n[4:])
        if kind == "toll":
            return "0800 %s %s" % (digits(r, 3), digits(r, 4))
        ac, rest = pick(r, [("20", 8), ("161", 7), ("113", 7), ("117", 7), ("131", 7), ("121", 7), ("1865", 6), ("1223", 6)])
        num = str(r.randint(2, 8)) + digits(r, rest - 1)
        if ac == "20":
            loc = "%s %s" % (num[:4], num[4:])
        elif len(ac) == 3:
            loc = "%s %s" % (num[:3], num[3:])
        else:
            loc = num
        return "+44 %s %s" % (ac, loc) if intl else pick(r, ["0%s %s" % (ac, loc), "(0%s) %s" % (ac, loc)])
    if cc in ("DE", "AT", "CH"):
        if cc == "DE":
            if kind == "mobile":
                p, n = pick(r, ["151", "160", "170", "171", "172", "176", "157", "162"]), digits(r, r.choice([7, 8]))
                return pick(r, ["+49 %s %s" % (p, n), "+49 (0)%s %s" % (p, n)]) if intl else pick(r, ["0%s %s" % (p, n), "0%s-%s" % (p, n), "0%s/%s" % (p, n)])
            p = pick(r, ["30", "40", "89", "221", "69", "711", "211", "341", "351", "511"])
            n = str(r.randint(2, 9)) + digits(r, 9 - len(p))
            return pick(r, ["+49 %s %s" % (p, n), "+49 (0)%s %s" % (p, n), "+49 %s %s-%s" % (p, n[:-2], n[-2:])]) if intl else pick(r, ["0%s %s" % (p, n), "0%s / %s" % (p, n), "(0%s) %s" % (p, n), "0%s-%s" % (p, n)])
        if cc == "AT":
            if kind == "mobile":
                p, n = pick(r, ["664", "660", "676", "699", "650"]), digits(r, 7)
                return "+43 %s %s" % (p, n) if intl else "0%s %s" % (p, n)
            p = pick(r, ["1", "316", "662", "732", "512"])
            n = digits(r, 7 if p == "1" else 6)
            return "+43 %s %s" % (p, n) if intl else "0%s %s" % (p, n)
        p = pick(r, ["44", "22", "61", "31", "21", "41"]) if kind != "mobile" else pick(r, ["79", "78", "76", "77"])
        n = digits(r, 7)
        s = "%s %s %s" % (n[:3], n[3:5], n[5:])
        return "+41 %s %s" % (p, s) if intl else "0%s %s" % (p, s)
    if cc == "FR":
        p = pick(r, ["6", "7"]) if kind == "mobile" else pick(r, ["1", "4", "5", "2", "3", "9"])
        n = p + digits(r, 8)
        pairs = [n[i:i + 2] for i in range(1, 9, 2)]
        if intl:
            return pick(r, ["+33 %s %s" % (p, " ".join(pairs)), "+33 (0)%s %s" % (p, " ".join(pairs)), "+33%s%s" % (p, "".join(pairs))])
        sep = pick(r, [" ", " ", ".", ""])
        return "0" + p + sep + sep.join(pairs)
    if cc == "ES":
        n = (pick(r, ["6", "7"]) + digits(r, 8)) if kind == "mobile" else (pick(r, ["91", "93", "96", "95", "94"]) + digits(r, 7))
        fm = pick(r, ["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), n])
        return ("+34 " + fm) if intl else fm
    if cc == "IT":
        if kind == "mobile":
            n = "3" + pick(r, ["47", "33", "38", "40", "28", "49", "39"]) + digits(r, 7)
            return ("+39 %s %s" % (n[:3], n[3:])) if intl else pick(r, ["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s" % (n[:3], n[3:]), "%s-%s" % (n[:3], n[3:])])
        p = pick(r, ["02", "06", "011", "081", "051", "055"])
        n = digits(r, 8 if len(p) == 2 else 7)
        return ("+39 %s %s" % (p, n)) if intl else pick(r, ["%s %s %s" % (p, n[:4], n[4:]), "%s %s" % (p, n), "%s/%s" % (p, n)])
    if cc == "NL":
        if kind == "mobile":
            n = digits(r, 8)
            return ("+31 6 %s" % n) if intl else pick(r, ["06-%s" % n, "06 %s" % n, "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])])
        p = pick(r, ["20", "10", "30", "70", "40", "50", "71"])
        n = digits(r, 7)
        return ("+31 (0)%s %s %s" % (p, n[:3], n[3:])) if intl else pick(r, ["0%s-%s" % (p, n), "0%s %s %s" % (p, n[:3], n[3:])])
    if cc == "PT":
        n = (pick(r, ["91", "92", "93", "96"]) + digits(r, 7)) if kind == "mobile" else (pick(r, ["21", "22"]) + digits(r, 7))
        fm = "%s %s %s" % (n[:3], n[3:6], n[6:])
        return ("+351 " + fm) if intl else fm
    if cc == "BR":
        ddd = pick(r, ["11", "21", "31", "41", "51", "61", "71", "81", "48"])
        if kind == "mobile":
            n = "9" + digits(r, 8)
            fm = "%s-%s" % (n[:5], n[5:])
        else:
            n = str(r.randint(2, 5)) + digits(r, 7)
            fm = "%s-%s" % (n[:4], n[4:])
        return ("+55 %s %s" % (ddd, fm)) if intl else "(%s) %s" % (ddd, fm)
    if cc == "AU":
        if kind == "mobile":
            n = "4" + digits(r, 8)
            return ("+61 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else "0%s %s %s" % (n[:3], n[3:6], n[6:])
        if kind == "toll":
            return "1300 %s %s" % (digits(r, 3), digits(r, 3))
        p = pick(r, ["2", "3", "7", "8"])
        n = str(r.randint(3, 9)) + digits(r, 7)
        return ("+61 %s %s %s" % (p, n[:4], n[4:])) if intl else "(0%s) %s %s" % (p, n[:4], n[4:])
    if cc == "IE":
        if kind == "mobile":
            p = pick(r, ["83", "85", "86", "87", "89"])
            n = digits(r, 7)
            return ("+353 %s %s %s" % (p, n[:3], n[3:])) if intl else "0%s %s %s" % (p, n[:3], n[3:])
        n = digits(r, 7)
        return ("+353 1 %s %s" % (n[:3], n[3:])) if intl else "01 %s %s" % (n[:3], n[3:])
    if cc == "IN":
        n = pick(r, "6789") + digits(r, 9)
        return pick(r, ["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n, "0%s %s" % (n[:5], n[5:]), "%s %s" % (n[:5], n[5:])])
    if cc == "SG":
        n = pick(r, "89") + digits(r, 7) if kind == "mobile" else "6" + digits(r, 7)
        return ("+65 %s %s" % (n[:4], n[4:])) if intl or r.random() < .5 else "%s %s" % (n[:4], n[4:])
    if cc == "PL":
        n = pick(r, ["50", "51", "53", "60", "66", "69", "72", "79", "88"]) + digits(r, 7)
        fm = pick(r, ["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
        return ("+48 " + fm) if intl else fm
    if cc == "MX":
        n = digits(r, 8)
        return ("+52 55 %s %s" % (n[:4], n[4:])) if intl else "55 %s %s" % (n[:4], n[4:])
    if cc == "AE":
        p = pick(r, ["50", "52", "55", "56"])
        n = digits(r, 7)
        return ("+971 %s %s %s" % (p, n[:3], n[3:])) if intl or r.random() < .6 else "0%s %s %s" % (p, n[:3], n[3:])
    raise ValueError(cc)


# --------------------------------------------------------------------------
# dates and times
# --------------------------------------------------------------------------
import datetime as _dt

MONTHS = {
    "en": W("January|February|March|April|May|June|July|August|September|October|November|December"),
    "de": W("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": W("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "es": W("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "it": W("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "nl": W("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "pt": W("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    "pl": W("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"),
}
DAYS = {
    "en": W("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "de": W("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
    "fr": W("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    "es": W("lunes|martes|miércoles|jueves|viernes|sábado|domingo"),
    "it": W("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"),
    "nl": W("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "pt": W("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo"),
    "pl": W("poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"),
}


def rdate(r, y0=2023, y1=2026):
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def dob_date(r):
    return rdate(r, 1942, 2004)


def _ord(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fdate(r, d, lang="en_US", style=None):
    """Format a date in a locale-typical way."""
    base = lang.split("_")[0]
    y, m, dd = d.year, d.month, d.day
    if lang in ("en_US", "en"):
        opts = ["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%s %d, %d" % (MONTHS["en"][m - 1], dd, y),
                "%s %d, %d" % (MONTHS["en"][m - 1][:3], dd, y), "%s, %s %d, %d" % (DAYS["en"][d.weekday()], MONTHS["en"][m - 1], dd, y),
                "%d-%02d-%02d" % (y, m, dd), "%02d-%02d-%d" % (m, dd, y), "%s, %s %d, %d" % (DAYS["en"][d.weekday()][:3], MONTHS["en"][m - 1][:3], dd, y)]
        wts = [5, 2, 5, 3, 1, 2, 1, 1]
    elif base == "en":
        opts = ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["en"][m - 1], y), "%s %s %d" % (_ord(dd), MONTHS["en"][m - 1], y),
                "%s %d %s %d" % (DAYS["en"][d.weekday()][:3], dd, MONTHS["en"][m - 1][:3], y), "%d %s %d" % (dd, MONTHS["en"][m - 1][:3], y),
                "%d-%02d-%02d" % (y, m, dd), "%s %d %s %d" % (DAYS["en"][d.weekday()], dd, MONTHS["en"][m - 1], y)]
        wts = [5, 5, 2, 1, 2, 1, 1]
    elif base == "de":
        opts = ["%02d.%02d.%d" % (dd, m, y), "%d. %s %d" % (dd, MONTHS["de"][m - 1], y), "%s, %d. %s %d" % (DAYS["de"][d.weekday()], dd, MONTHS["de"][m - 1], y),
                "%d.%d.%d" % (dd, m, y), "%02d.%02d.%02d" % (dd, m, y % 100)]
        wts = [7, 3, 1, 1, 1]
    elif base == "fr":
        opts = ["%02d/%02d/%d" % (dd, m, y), "%s %s %d" % ("1er" if dd == 1 else str(dd), MONTHS["fr"][m - 1], y),
                "%s %d %s %d" % (DAYS["fr"][d.weekday()], dd, MONTHS["fr"][m - 1], y)]
        wts = [5, 4, 1]
    elif base == "es":
        opts = ["%02d/%02d/%d" % (dd, m, y), "%d de %s de %d" % (dd, MONTHS["es"][m - 1], y), "%s, %d de %s de %d" % (DAYS["es"][d.weekday()], dd, MONTHS["es"][m - 1], y),
                "%d-%02d-%d" % (dd, m, y)]
        wts = [5, 4, 1, 1]
    elif base == "it":
        opts = ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["it"][m - 1], y), "%s %d %s %d" % (DAYS["it"][d.weekday()], dd, MONTHS["it"][m - 1], y),
                "%02d.%02d.%d" % (dd, m, y)]
        wts = [5, 4, 1, 1]
    elif base == "nl":
        opts = ["%02d-%02d-%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["nl"][m - 1], y), "%s %d %s %d" % (DAYS["nl"][d.weekday()], dd, MONTHS["nl"][m - 1], y),
                "%d-%d-%d" % (dd, m, y)]
        wts = [5, 4, 1, 1]
    elif base == "pt":
        opts = ["%02d/%02d/%d" % (dd, m, y), "%d de %s de %d" % (dd, MONTHS["pt"][m - 1], y), "%s, %d de %s de %d" % (DAYS["pt"][d.weekday()], dd, MONTHS["pt"][m - 1], y)]
        wts = [6, 4, 1]
    elif base == "pl":
        opts = ["%02d.%02d.%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["pl"][m - 1], y), "%d-%02d-%02d" % (y, m, dd)]
        wts = [5, 3, 1]
    elif base == "iso":
        return "%d-%02d-%02d" % (y, m, dd)
    else:
        return "%d-%02d-%02d" % (y, m, dd)
    if style is not None:
        return opts[style]
    return r.choices(opts, wts)[0]


def ftime(r, h=None, mi=None, lang="en_US"):
    if h is None:
        h = r.randint(8, 19)
    if mi is None:
        mi = pick(r, [0, 0, 0, 15, 30, 30, 45, 10, 20])
    base = lang.split("_")[0]
    if base == "en":
        hh = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        opts = ["%d:%02d %s" % (hh, mi, ap), "%d:%02d %s" % (hh, mi, ap.lower()), "%d:%02d %s" % (hh, mi, "a.m." if h < 12 else "p.m."),
                "%02d:%02d" % (h, mi)]
        if mi == 0:
            opts += ["%d%s" % (hh, ap.lower()), "%d %s" % (hh, ap)]
        return pick(r, opts)
    if base == "de":
        return pick(r, ["%02d:%02d Uhr" % (h, mi), "%d:%02d Uhr" % (h, mi), "%02d:%02d" % (h, mi), "%d.%02d Uhr" % (h, mi)])
    if base == "fr":
        return pick(r, ["%dh%02d" % (h, mi), "%dh%02d" % (h, mi), "%02d:%02d" % (h, mi)] + (["%dh" % h] if mi == 0 else []))
    if base == "pt":
        return pick(r, ["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi)] + (["%dh" % h] if mi == 0 else []))
    if base in ("it", "nl", "pl"):
        return pick(r, ["%02d:%02d" % (h, mi), "%d.%02d" % (h, mi)])
    return "%02d:%02d" % (h, mi)


def fdt(r, d, lang="en_US", h=None, mi=None):
    """Date and time written together (one DATE_TIME span)."""
    base = lang.split("_")[0]
    ds, ts = fdate(r, d, lang), ftime(r, h, mi, lang)
    j = {"en": [" at ", ", ", " "], "de": [" um ", ", ", " "], "fr": [" à ", " "], "es": [" a las ", ", "],
         "it": [" alle ", ", "], "nl": [" ", ", "], "pt": [" às ", " "], "pl": [", ", " "]}.get(base, [" "])
    return ds + pick(r, j) + ts


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + digits(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise RuntimeError


def card(r, brand=None, fmt=None):
    if brand is None:
        brand = r.choices(["visa", "mc", "amex", "disc"], [5, 4, 1.5, 1])[0]
    if brand == "visa":
        n = luhn_complete("4" + digits(r, 5), 16, r)
    elif brand == "mc":
        n = luhn_complete(pick(r, ["51", "52", "53", "54", "55", "2221", "2720", "2305"]), 16, r)
    elif brand == "amex":
        n = luhn_complete(pick(r, ["34", "37"]), 15, r)
    else:
        n = luhn_complete(pick(r, ["6011", "65"]), 16, r)
    if fmt is None:
        fmt = pick(r, ["space", "space", "plain", "dash"])
    if fmt == "plain":
        return n
    sep = " " if fmt == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    n = card(r, "visa", "plain")
    last = str((int(n[-1]) + r.randint(1, 9)) % 10)
    n = n[:-1] + last
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if r.random() < .5 else n


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "PT": 25, "BE": 16, "AT": 20, "CH": 21,
            "IE": 22, "PL": 28, "LU": 20, "BR": 29}


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    x = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in x)
    return int(num) % 97 == 1


def iban(r, cc="DE", grouped=None):
    U = string.ascii_uppercase
    if cc == "DE":
        bban = digits(r, 18)
    elif cc == "FR":
        bban = digits(r, 10) + digits(r, 11) + digits(r, 2)
    elif cc == "ES":
        bban = digits(r, 20)
    elif cc == "IT":
        bban = pick(r, U) + digits(r, 10) + digits(r, 12)
    elif cc == "NL":
        bban = pick(r, ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB"]) + digits(r, 10)
    elif cc == "GB":
        bban = pick(r, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14)
    elif cc == "IE":
        bban = pick(r, ["AIBK", "BOFI"]) + digits(r, 14)
    elif cc == "PT":
        bban = digits(r, 21)
    elif cc == "BE":
        bban = digits(r, 12)
    elif cc == "AT":
        bban = digits(r, 16)
    elif cc == "CH":
        bban = digits(r, 17)
    elif cc == "PL":
        bban = digits(r, 24)
    elif cc == "LU":
        bban = digits(r, 16)
    else:
        raise ValueError(cc)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s)
    if grouped is None:
        grouped = r.random() < .6
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(r, fmt=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    if fmt is None:
        fmt = r.choices(["dash", "space", "plain"], [8, 1, 1])[0]
    if fmt == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if fmt == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and sr > 0


def itin(r):
    return "9%02d-%d%d-%04d" % (r.randint(0, 99), pick(r, [7, 8, 9]), r.randint(0, 9), r.randint(1, 9999))


def routing(r):
    while True:
        p = "%02d" % pick(r, list(range(1, 13)) + list(range(21, 33)))
        b = p + digits(r, 6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * k for c, k in zip(b, w))
        c = (10 - s % 10) % 10
        return b + str(c)


BICS = W("DEUTDEFF|COBADEFFXXX|BNPAFRPP|CAIXESBBXXX|INGBNL2A|BCITITMM|CHASUS33|BOFAUS3N|WFBIUS6S|NWBKGB2L|BSCHESMM|CRLYFRPP|RABONL2U|UNCRITMM|BARCGB22|GENODEF1M04|SOGEFRPP|BPOTBEB1|BCOMPTPL")


def bank_acct(r):
    return digits(r, r.choice([8, 9, 10, 10, 11, 12]))


def loan_no(r):
    return pick(r, [digits(r, 10), str(r.randint(1, 9)) + digits(r, 9), "00" + digits(r, 8), digits(r, 7)])


def dl(r, st=None):
    """US (and a few foreign) driver licence numbers; returns (number, state)."""
    if st is None:
        st = pick(r, ["CA", "NY", "TX", "FL", "IL", "WA", "AZ", "CO", "GA", "PA", "MA", "NJ", "OH", "NC", "MN", "OR"])
    L = string.ascii_uppercase
    if st == "CA":
        n = pick(r, L) + digits(r, 7)
    elif st == "NY":
        d = digits(r, 9)
        n = pick(r, [d, "%s %s %s" % (d[:3], d[3:6], d[6:])])
    elif st in ("TX", "PA"):
        d = digits(r, 8)
        n = d if st == "TX" else pick(r, [d, "%s %s %s" % (d[:2], d[2:5], d[5:])])
    elif st == "FL":
        d = digits(r, 12)
        n = "%s%s-%s-%s-%s-%s" % (pick(r, L), d[:3], d[3:6], d[6:8], d[8:11], d[11])
    elif st == "IL":
        d = digits(r, 11)
        n = "%s%s-%s-%s" % (pick(r, L), d[:3], d[3:7], d[7:])
    elif st == "WA":
        n = "WDL" + alnum(r, 9, UPPER_DIG)
    elif st == "AZ":
        n = pick(r, L) + digits(r, 8)
    elif st == "CO":
        d = digits(r, 9)
        n = "%s-%s-%s" % (d[:2], d[2:5], d[5:])
    elif st == "GA":
        n = digits(r, 9)
    elif st == "MA":
        n = "S" + digits(r, 8)
    elif st == "NJ":
        d = digits(r, 14)
        n = "%s%s %s %s" % (pick(r, L), d[:4], d[4:9], d[9:])
    elif st == "OH":
        n = pick(r, L) + pick(r, L) + digits(r, 6)
    elif st == "NC":
        n = digits(r, 12)
    elif st == "MN":
        n = pick(r, L) + digits(r, 12)
    elif st == "OR":
        n = digits(r, 7)
    elif st == "GB":
        n = ("%s%d%02d%02d%d%s%d%s" % (alnum(r, 5, L), r.randint(0, 9), r.randint(1, 62), r.randint(1, 28), r.randint(0, 9),
                                       alnum(r, 2, L), r.randint(0, 9), alnum(r, 2, L)))
    elif st == "DE":
        n = pick(r, L) + digits(r, 2) + alnum(r, 6, UPPER_DIG) + digits(r, 1) + pick(r, L)
    elif st == "ON":
        d = digits(r, 14)
        n = "%s%s-%s-%s" % (pick(r, L), d[:4], d[4:9], d[9:])
    elif st == "AU":
        n = digits(r, 8)
    elif st == "IE":
        n = "%s-%s" % (digits(r, 3), digits(r, 6))
    else:
        n = pick(r, L) + digits(r, 8)
    return n, st


def mbi(r):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (str(r.randint(1, 9)) + pick(r, A) + pick(r, AN) + str(r.randint(0, 9)) + pick(r, A) + pick(r, AN) + str(r.randint(0, 9))
         + pick(r, A) + pick(r, A) + str(r.randint(0, 9)) + str(r.randint(0, 9)))
    return pick(r, [s, "%s-%s-%s" % (s[:4], s[4:7], s[7:])])


def member_id(r):
    return pick(r, [pick(r, ["XEH", "ZGP", "W", "JQU", "MBR", "H"]) + digits(r, 9), "U" + digits(r, 8) + "01",
                    pick(r, ["1", "2"]) + digits(r, 10), pick(r, ["YLM", "BCX", "KFH"]) + digits(r, 8)])


def medicaid_id(r):
    return pick(r, [pick(r, string.ascii_uppercase) + pick(r, string.ascii_uppercase) + digits(r, 5) + pick(r, string.ascii_uppercase),
                    digits(r, 11), "MC" + digits(r, 8)])


def mrn(r):
    return pick(r, [digits(r, 8), "E" + digits(r, 7), "MRN" + digits(r, 7), "%s-%s" % (digits(r, 3), digits(r, 5)), digits(r, 10)])


def ipv4(r):
    while True:
        a = r.choice([r.randint(1, 223), 10, 172, 192])
        if a in (127, 0):
            continue
        if a == 192:
            return "192.168.%d.%d" % (r.randint(0, 254), r.randint(2, 254))
        if a == 172:
            return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r):
    g = ["%x" % r.randint(0, 0xffff) for _ in range(8)]
    g[0] = pick(r, ["2001", "2a02", "2600", "2a01", "2607", "fd12", "2804"])
    s = ":".join(g)
    if r.random() < .6:
        k = r.randint(2, 5)
        s = ":".join(g[:k]) + "::" + ":".join(g[k + 2:])
    ipaddress.ip_address(s)
    return s


def ip_any(r):
    return ipv6(r) if r.random() < .2 else ipv4(r)


def uuid(r):
    h = alnum(r, 32, HEXL)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick(r, "89ab"), h[17:20], h[20:32])


def sha(r, n=40):
    return alnum(r, n, HEXL)


def mls_no(r):
    return pick(r, ["ML8%s" % digits(r, 7), "A1%s" % digits(r, 7), "%s" % digits(r, 7), "MLS-%s" % digits(r, 6),
                    "RX-%s" % digits(r, 8), "N%s" % digits(r, 7), "OC2%s" % digits(r, 5), "W%s" % digits(r, 7)])


def apn(r):
    return pick(r, ["%s-%s-%s" % (digits(r, 3), digits(r, 3), digits(r, 2)), "%s-%s-%s-%s" % (digits(r, 2), digits(r, 2), digits(r, 3), digits(r, 3)),
                    "%s.%s-%s-%s" % (digits(r, 4), digits(r, 2), digits(r, 1), digits(r, 3)), "R%s" % digits(r, 7)])


def money(r, lo, hi, cur="$", dec=None, eu=False):
    v = r.uniform(lo, hi)
    if dec is None:
        dec = hi < 20000
    if eu:
        s = "{:,.2f}".format(v) if dec else "{:,.0f}".format(round(v, -2))
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return "%s %s" % (s, cur) if cur in ("€", "zł", "CHF", "EUR") else cur + s
    s = "{:,.2f}".format(v) if dec else "{:,.0f}".format(round(v, -2 if hi > 5000 else 0))
    return cur + s


def nmls(r):
    return str(r.randint(100000, 2299999))


# --------------------------------------------------------------------------
# secrets
# --------------------------------------------------------------------------
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def aws_akid(r):
    return "AKIA" + alnum(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret(r):
    return alnum(r, 40, B64)


def gh_token(r):
    return "ghp_" + alnum(r, 36)


def slack_token(r):
    return "%s-%s-%s-%s" % (pick(r, ["xoxb", "xoxb", "xoxp"]), digits(r, pick(r, [11, 12])), digits(r, pick(r, [12, 13])), alnum(r, 24))


def stripe_key(r):
    return pick(r, ["sk_live_", "sk_live_", "rk_live_"]) + alnum(r, pick(r, [24, 34, 58, 99]))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, payload=None):
    hdr = {"alg": pick(r, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < .4:
        hdr["kid"] = alnum(r, 12, HEXL)
    if payload is None:
        iat = r.randint(1700000000, 1760000000)
        payload = {"sub": pick(r, ["usr_", "agent_", "tenant_", "svc-"]) + alnum(r, 10, string.ascii_lowercase + string.digits),
                   "iss": pick(r, ["https://auth.rentalsuite.io", "https://login.keyhaven.app", "https://idp.mlsfeedhub.com"]),
                   "aud": pick(r, ["reso-web-api", "tenant-portal", "payments"]), "iat": iat, "exp": iat + pick(r, [900, 3600, 86400])}
        if r.random() < .5:
            payload["scope"] = pick(r, ["listings:read", "leases:read leases:write", "ledger:read", "openid profile"])
    sig_len = 43 if hdr["alg"] == "HS256" else (86 if hdr["alg"] == "ES256" else 342)
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()), b64u(json.dumps(payload, separators=(",", ":")).encode()),
                         alnum(r, sig_len, B64U))


def pem(r, kind=None):
    if kind is None:
        kind = pick(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    start = {"RSA PRIVATE KEY": "MIIEow" + pick(r, ["IBAAKCAQEA", "IBAAKCAQEAx"]), "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
             "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA", "EC PRIVATE KEY": "MHcCAQEEI"}[kind]
    nlines = {"RSA PRIVATE KEY": r.randint(8, 14), "PRIVATE KEY": r.randint(8, 14), "OPENSSH PRIVATE KEY": r.randint(5, 9), "EC PRIVATE KEY": 3}[kind]
    w = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    body = start + alnum(r, w * nlines - len(start) + r.randint(4, 40), B64)
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    if kind != "OPENSSH PRIVATE KEY":
        lines[-1] = lines[-1] + "=" * (r.randint(0, 2))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def password(r):
    words = W("Sunset|Harbor|Maple|Tiger|Falcon|Orchid|Granite|Willow|Summit|Cobalt|Lantern|Meadow|Keystone|Rental|Copper|Birch|Atlas|Juniper|Marlin|Velvet")
    k = r.randrange(6)
    if k == 0:
        return "%s%s%d%s" % (pick(r, words), pick(r, words).lower(), r.randint(1, 99), pick(r, "!#$%&*@"))
    if k == 1:
        return alnum(r, r.randint(12, 20), string.ascii_letters + string.digits + "!#$%^&*-_=+")
    if k == 2:
        return "%s-%s-%s-%d" % (pick(r, words).lower(), pick(r, words).lower(), pick(r, words).lower(), r.randint(1, 99))
    if k == 3:
        return "%s%d%s" % (pick(r, words), r.choice([2023, 2024, 2025, 2026]), pick(r, "!$#?"))
    if k == 4:
        return alnum(r, 16, string.ascii_letters + string.digits)
    return "%s@%s%d" % (pick(r, words), pick(r, words), r.randint(10, 999))


def generic_secret(r, kind=None):
    if kind is None:
        kind = pick(r, ["hex32", "hex64", "b62", "whsec", "sg", "aiza", "tw", "pm"])
    if kind == "hex32":
        return alnum(r, 32, HEXL)
    if kind == "hex64":
        return alnum(r, 64, HEXL)
    if kind == "b62":
        return alnum(r, pick(r, [32, 40, 48]))
    if kind == "whsec":
        return "whsec_" + alnum(r, 32)
    if kind == "sg":
        return "SG." + alnum(r, 22, B64U) + "." + alnum(r, 43, B64U)
    if kind == "aiza":
        return "AIza" + alnum(r, 35, B64U)
    if kind == "tw":
        return alnum(r, 32, HEXL)
    if kind == "pm":
        return "pmak_" + alnum(r, 24, string.ascii_lowercase + string.digits) + "_" + alnum(r, 30)
    return alnum(r, 40)


def b64s(s):
    return base64.b64encode(s.encode()).decode()


# --------------------------------------------------------------------------
# shared bits for document kinds
# --------------------------------------------------------------------------
ST_FULL = {st: full for _, st, full, _ in US_CITIES}
ST_FULL.update({"NJ": "New Jersey", "OH": "Ohio", "MN": "Minnesota", "OR": "Oregon", "PA": "Pennsylvania", "MA": "Massachusetts"})

BROKER_BRANDS = W("Coldwell Banker Realty|Keller Williams Realty|RE/MAX Alliance|Compass|Redfin|Berkshire Hathaway HomeServices|Sotheby's International Realty|eXp Realty|Century 21 Masters|Douglas Elliman|John L. Scott Real Estate|Engel & Völkers|Knight Frank|Savills|Foxtons|Ray White|Barfoot & Thompson")
PM_COS = [("Bayview Property Management LLC", "bayviewpm.com"), ("Keystone Residential", "keystoneresidential.com"),
          ("Summit Ridge Apartments", "summitridgeapts.com"), ("Greenleaf Property Group", "greenleafpg.com"),
          ("Crescent Property Services", "crescentps.net"), ("Northgate Realty Partners", "northgaterp.com"),
          ("Cornerstone Leasing", "cornerstoneleasing.com"), ("Oakmont Residential", "oakmontres.com"),
          ("Pinecrest Management Co.", "pinecrestmgmt.com"), ("Lighthouse Rentals", "lighthouserentals.co"),
          ("Harborline Homes", "harborlinehomes.com"), ("Redwood & Vine Property Co.", "redwoodvine.com")]
LENDERS = [("Northwind Home Lending", "northwindhl.com"), ("Blue Harbor Mortgage", "blueharbormortgage.com"),
           ("Granite State Home Loans", "granitehomeloans.com"), ("Prairie First Bank", "prairiefirst.bank"),
           ("Cascade Federal Credit Union", "cascadefcu.org"), ("Meridian Lending Group", "meridianlg.com"),
           ("Sunbelt Mortgage Co.", "sunbeltmortgage.com")]
TITLE_COS = [("First American Title", "firstam-escrow.com"), ("Fidelity National Title", "fntic-closings.com"),
             ("Old Republic Title", "ortc-escrow.com"), ("Chicago Title", "ctic-closings.com"),
             ("Pacific Crest Escrow, Inc.", "pacificcrestescrow.com"), ("Lakeshore Title & Escrow", "lakeshoretitle.com")]
BANKS_US = W("Chase|Bank of America|Wells Fargo|U.S. Bank|PNC Bank|Truist|Capital One|TD Bank|Citibank|Ally Bank|Navy Federal Credit Union")
EMPLOYERS = W("Amazon|Kaiser Permanente|Target Corporation|Delta Air Lines|Intel|HCA Healthcare|Northrop Grumman|Dell Technologies|H-E-B|Publix|Salesforce|State Farm|Texas Instruments|Lockheed Martin|Nordstrom|Adobe|Walgreens|FedEx Ground")
JOBS = W("Registered Nurse|Software Engineer|Project Manager|Teacher|Accountant|Warehouse Supervisor|Pharmacist|Marketing Coordinator|Electrician|Data Analyst|Paralegal|Sales Associate|Civil Engineer|Dental Hygienist")
VEHICLES = W("2019 Toyota Camry|2021 Honda CR-V|2017 Ford F-150|2022 Tesla Model 3|2016 Subaru Outback|2020 Hyundai Elantra|2018 Jeep Wrangler|2023 Kia Sportage")
PETS = W("Biscuit|Luna|Max|Bella|Charlie|Mochi|Pepper|Ziggy|Nala|Oreo|Rocky|Milo")
AMENITIES = W("in-unit washer/dryer|quartz countertops|stainless steel appliances|hardwood floors|central A/C|walk-in closet|private balcony|attached 2-car garage|EV charger|fenced backyard|rooftop deck|gas fireplace|vaulted ceilings|updated primary bath")

EN_CC_W = (["US"] * 12 + ["GB"] * 3 + ["CA"] * 2 + ["AU"] * 2 + ["IE", "IN", "SG"])


def en_cc(r):
    return pick(r, EN_CC_W)


def lang_of(cc):
    return "en_US" if cc in ("US", "CA") else "en_GB"


def cur_of(cc):
    return {"US": "$", "CA": "C$", "AU": "A$", "GB": "£", "IE": "€", "IN": "₹", "SG": "S$", "AE": "AED "}.get(cc, "$")


def plate(r):
    return pick(r, ["%d%s%s" % (r.randint(1, 9), alnum(r, 3, string.ascii_uppercase), digits(r, 3)),
                    "%s-%s" % (alnum(r, 3, string.ascii_uppercase), digits(r, 4)), "%s %s" % (alnum(r, 2, UPPER_DIG), alnum(r, 3, string.ascii_uppercase))])


def vin(r):
    return alnum(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def labcase(r, s, p=0.15):
    return s.upper() if r.random() < p else s


def kv(d, r, items, sep=None, upper=None, width=None, end="\n", indent=""):
    """Write 'label: value' lines; value = str | (val, type) | list of those."""
    if sep is None:
        sep = pick(r, [": ", ": ", ": ", ":\t", " - ", ":  "])
    if upper is None:
        upper = r.random() < .15
    for it in items:
        if it is None:
            continue
        lab, val = it
        if val is None:
            continue
        L = lab.upper() if upper else lab
        if width:
            d.t(indent + (L + ":").ljust(width) + " ")
        else:
            d.t(indent + L + sep)
        if isinstance(val, list):
            for p in val:
                d.v(p)
        else:
            d.v(val)
        d.t(end)


def sig_block(d, r, p, role=None, phone_=None, email=None, company=None, lang="en"):
    d.e(pname(r, p, pick(r, ["full", "full", "mid"])), PER)
    d.t("\n")
    if role:
        d.t(role + "\n")
    if company:
        d.t(company + "\n")
    if phone_:
        d.t(pick(r, ["", "Tel: ", "Phone: ", "M: ", "Direct: ", "Cell: "]) if lang == "en" else pick(r, ["Tel. ", "Tél. : ", "Tel.: ", "Móvil: ", ""]))
        d.e(phone_, PH)
        d.t("\n")
    if email:
        d.e(email, EM)
        d.t("\n")


def email_headers(d, r, frm_p, frm_e, to_p, to_e, subject, cc_pairs=(), date_lang="en"):
    """RFC-5322-ish header block.  Date: header is a hard negative."""
    dd = rdate(r, 2024, 2026)
    ts = "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS["en"][dd.weekday()][:3], dd.day, MONTHS["en"][dd.month - 1][:3], dd.year,
                                             r.randint(6, 22), r.randint(0, 59), r.randint(0, 59), pick(r, ["-0700", "-0500", "+0000", "+0100", "+0200", "-0400", "+1000"]))
    order = ["from", "to", "date", "subject"]
    if r.random() < .4:
        order = ["date", "from", "to", "subject"]
    for h in order:
        if h == "from":
            d.t("From: ")
            if frm_p is not None:
                q = '"' if r.random() < .2 else ""
                d.t(q).e(pname(r, frm_p, pick(r, ["full", "full", "lf"])), PER).t(q)
                d.t(" <").e(frm_e, EM).t(">\n")
            else:
                d.e(frm_e, EM).t("\n")
        elif h == "to":
            d.t("To: ")
            if to_p is not None:
                d.e(pname(r, to_p, "full"), PER).t(" <").e(to_e, EM).t(">\n")
            else:
                d.e(to_e, EM).t("\n")
            for cp, ce in cc_pairs:
                d.t("Cc: ")
                if cp is not None:
                    d.e(pname(r, cp, "full"), PER).t(" <").e(ce, EM).t(">\n")
                else:
                    d.e(ce, EM).t("\n")
        elif h == "date":
            d.t("Date: " + ts + "\n")
        else:
            d.t("Subject: ")
            for sp in (subject if isinstance(subject, list) else [subject]):
                d.v(sp)
            d.t("\n")
    if r.random() < .3:
        d.t("MIME-Version: 1.0\nX-Mailer: %s\n" % pick(r, ["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "AppFolio Mailer 3.2", "Buildium Notifications"]))
    d.t("\n")


def rel(r, p):
    return pick(r, ["mother", "sister", "aunt", "daughter", "friend", "spouse"] if p.g == "f" else ["father", "brother", "uncle", "son", "friend", "spouse"])


def greeting_name(r, p, lang="en"):
    """Return list of pieces for a salutation name (title outside span)."""
    k = r.randrange(4)
    if k == 0:
        return [(p.first, PER)]
    if k == 1:
        return [title(r, p, lang) + " ", (p.last, PER)]
    if k == 2:
        return [(p.full, PER)]
    return [title(r, p, lang) + " ", (p.full, PER)]


# --------------------------------------------------------------------------
# KINDS -- English, tenancy / listings
# --------------------------------------------------------------------------
def k_mls_listing(r):
    d = Doc()
    cc = pick(r, ["US"] * 5 + ["CA"])
    a = address(r, cc, unit=r.random() < .3)
    ag, co = person(r, cc), person(r, cc)
    brand = pick(r, BROKER_BRANDS[:12])
    dom = pick(r, ["cbrealty.com", "kw.com", "compass.com", "remax.net", "sothebysrealty.com", "exprealty.com"])
    mls = mls_no(r)
    price = money(r, 289000, 2450000, "$", dec=False)
    lines = []
    d.t(pick(r, ["MLS# ", "MLS #: ", "Listing ID: ", "ML #"]) + mls + pick(r, ["   ", "  |  ", "\t"]) + "Status: " + pick(r, ["Active", "Coming Soon", "Pending", "Active Under Contract", "Price Change"]) + "\n")
    d.e(a.one(), ADDR).t("\n")
    d.t("List Price: %s%s\n" % (price, pick(r, ["", "", "  (reduced from %s)" % money(r, 300000, 2500000, "$", dec=False)])))
    specs = ["Beds: %d" % r.randint(1, 6), "Baths: %s" % pick(r, ["1", "1.5", "2", "2.5", "3", "3.5", "4"]),
             "SqFt: {:,}".format(r.randint(640, 4800)), "Lot: {:,} sf".format(r.randint(1800, 22000)),
             "Year Built: %d" % r.randint(1908, 2024), "HOA: $%d/mo" % r.randint(0, 650), "Garage: %d" % r.randint(0, 3)]
    d.t(pick(r, ["  ", " | ", "\n"]).join(shuffled(r, specs)[:r.randint(4, 7)]) + "\n")
    d.t("APN: %s   Zoning: %s   Tax ID: %s\n" % (apn(r), pick(r, ["R-1", "RS-7", "R1-6", "MF-2", "RM-3"]), digits(r, 9)))
    d.t("\nPublic Remarks: ")
    am = shuffled(r, AMENITIES)[:3]
    d.t(pick(r, ["Welcome home! ", "Rare opportunity. ", "Move-in ready ", "Light-filled "]))
    d.t("This %s features %s, %s and %s. " % (pick(r, ["single-family home", "end-unit townhome", "top-floor condo", "craftsman bungalow", "mid-century ranch"]), *am))
    d.t(pick(r, ["Walk to parks, cafes and transit. ", "Top-rated schools nearby. ", "Seller offering 2-1 buydown credit. ", "New roof (2021) and HVAC (2022). "]))
    d.t("\n")
    if r.random() < .7:
        d.t("\nOpen House: ")
        od = rdate(r, 2024, 2026)
        h = r.randint(10, 14)
        d.e(fdt(r, od, "en_US", h, 0), DT).t(" - ").e(ftime(r, h + 2, 0, "en_US"), DT).t("\n")
    if r.random() < .5:
        d.t("Listing Date: ").e(fdate(r, rdate(r, 2024, 2025)), DT)
        d.t("    Expiration: ").e(fdate(r, rdate(r, 2025, 2026)), DT).t("\n")
    d.t("\nShowing Instructions: " + pick(r, ["Call or text listing agent. ", "Use ShowingTime. ", "Appointment only, 24h notice. "]))
    if r.random() < .35:
        d.t("Supra lockbox on side gate, CBS code ").e(digits(r, 4), PWD).t(". ")
    d.t(pick(r, ["Tenant occupied.", "Vacant.", "Owner occupied, dog on premises.", "Alarm code with agent."]) + "\n")
    d.t("\nListing Agent: ").e(pname(r, ag, pick(r, ["full", "full", "mid"])), PER).t(", DRE #0%s\n" % digits(r, 7) if cc == "US" else ", RECO Reg. %s\n" % digits(r, 7))
    d.t(pick(r, ["Agent Phone: ", "Cell: ", "Direct: "])).e(phone(r, cc), PH).t("\n")
    d.t("Agent Email: ").e(email_for(r, ag, dom), EM).t("\n")
    if r.random() < .5:
        d.t("Co-Listing Agent: ").e(pname(r, co), PER).t(" ").e(phone(r, cc), PH).t("\n")
    d.t("Listing Office: %s  Office Phone: " % brand).e(phone(r, cc, "land"), PH).t("\n")
    if r.random() < .7:
        d.t(pick(r, ["Virtual Tour: ", "Branded Tour URL: ", "Link: "])).e("https://" + pick(r, ["my.matterport.com/show/?m=" + alnum(r, 11), "www.%s/listing/%s" % (dom, mls.lower()), "tours.hd-photo.net/%s/unbranded" % digits(r, 6)]), URL)
        d.t("\n")
    d.t("Buyer Agency Comp: %s%%   Days on Market: %d   Last Updated: %s\n" % (pick(r, ["2.5", "2", "2.25", "3"]), r.randint(0, 180),
                                                                           "%d-%02d-%02dT%02d:%02d:%02dZ" % (2025, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))))
    return d


def k_rental_application(r):
    d = Doc()
    a_prop = address(r, "US", unit=True)
    co, dom = pick(r, PM_COS)
    ap = person(r, "US")
    lang = "en_US"
    d.t("%s\n%s\n" % (co.upper() if r.random() < .5 else co, pick(r, ["RESIDENTIAL RENTAL APPLICATION", "Rental Application", "APPLICATION TO RENT"])))
    d.t("Application ID: APP-%d-%s    Submitted via tenant portal\n\n" % (r.randint(2024, 2026), digits(r, 6)))
    kv(d, r, [("Property applied for", (a_prop.one(), ADDR)), ("Desired move-in date", (fdate(r, rdate(r, 2024, 2026), lang), DT)),
              ("Monthly rent", money(r, 1100, 4800, "$")), ("Lease term", pick(r, ["12 months", "6 months", "18 months", "month-to-month"]))])
    d.t("\n" + pick(r, ["APPLICANT INFORMATION", "Section 1 - Applicant", "Applicant"]) + "\n")
    st_dl = pick(r, ["CA", "NY", "TX", "FL", "IL", "WA", "AZ", "CO", "GA", "PA", "MA", "NJ", "OH", "NC", "MN", "OR"])
    dln, _ = dl(r, st_dl)
    ssn_item = ("Social Security #", (ssn(r), SSN)) if r.random() < .85 else ("SSN/ITIN", itin(r))
    items = [("Full legal name", (pname(r, ap, pick(r, ["full", "mid", "upper", "lf"])), PER)), ("Date of birth", (fdate(r, dob_date(r), lang), DOB)), ssn_item,
             ("Driver's license no. / state", [(dln, DL), " / ", (ST_FULL.get(st_dl, st_dl), LOC)]),
             ("Cell phone", (phone(r, "US", "mobile"), PH)), ("Email", (email_for(r, ap), EM))]
    kv(d, r, items[:3] + shuffled(r, items[3:]))
    cur = address(r, "US", unit=r.random() < .5)
    d.t("\nRESIDENCE HISTORY\n")
    if r.random() < .5:
        kv(d, r, [("Current address", (cur.line1(), ADDR)), ("City", (cur.city, LOC)), ("State", (cur.region, LOC)), ("ZIP", cur.pc)])
    else:
        kv(d, r, [("Current address", (cur.one(), ADDR))])
    ll = person(r, "US")
    kv(d, r, [("Resided from", (fdate(r, rdate(r, 2018, 2023), lang), DT)), ("Current rent", money(r, 900, 3900, "$")),
              ("Landlord / manager", (pname(r, ll), PER)), ("Landlord phone", (phone(r, "US"), PH)),
              ("Reason for leaving", pick(r, ["Relocating for work", "Need more space", "Buying elsewhere fell through", "Landlord selling the unit"]))])
    d.t("\nEMPLOYMENT & INCOME\n")
    sup = person(r, "US")
    kv(d, r, [("Employer", pick(r, EMPLOYERS)), ("Position", pick(r, JOBS)), ("Start date", (fdate(r, rdate(r, 2012, 2024), lang), DT)),
              ("Supervisor", (pname(r, sup), PER)), ("Employer phone", (phone(r, "US", "land"), PH)),
              ("Gross monthly income", money(r, 3800, 16000, "$"))])
    if r.random() < .6:
        d.t("\nVEHICLE\n")
        kv(d, r, [("Make/Model", pick(r, VEHICLES)), ("Plate", plate(r)), ("VIN", vin(r) if r.random() < .5 else None)])
    if r.random() < .5:
        pet = pick(r, [("Dog", 15, 75), ("Cat", 6, 16), ("Dog (lab mix)", 45, 80), ("Dog (terrier)", 8, 25)])
        d.t("\nPets: %s named %s, %d lb\n" % (pet[0], pick(r, PETS), r.randint(pet[1], pet[2])))
    ec = person(r, "US")
    d.t("\nEmergency contact: ").e(pname(r, ec), PER).t(" (%s) " % rel(r, ec)).e(phone(r, "US"), PH).t("\n")
    d.t("\nI authorize %s to obtain consumer and criminal background reports.\n" % co)
    d.t("Applicant signature: /s/ ").e(pname(r, ap, "full"), PER).t("    Date: ").e(fdate(r, rdate(r, 2024, 2026), lang), DT).t("\n")
    d.t("Application fee paid: $%d (ref %s)\n" % (pick(r, [35, 40, 45, 50, 55]), "TXN" + digits(r, 10)))
    return d


def k_lease_us(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA"])
    lang = lang_of(cc)
    a = address(r, cc, unit=True)
    co, dom = pick(r, PM_COS)
    ll = person(r, cc)
    tens = [person(r, cc) for _ in range(r.randint(1, 2))]
    start = rdate(r, 2024, 2026)
    end = start + _dt.timedelta(days=pick(r, [364, 365, 182, 547]))
    d.t(pick(r, ["RESIDENTIAL LEASE AGREEMENT", "Residential Lease Agreement", "LEASE AGREEMENT (Residential)", "Month-to-Month Rental Agreement"]) + "\n\n")
    d.t("1. PARTIES. This Lease is made on ").e(fdate(r, start - _dt.timedelta(days=r.randint(5, 40)), lang), DT).t(" between ")
    if r.random() < .5:
        d.e(pname(r, ll, pick(r, ["full", "mid", "upper"])), PER).t(" (\"Landlord\"), by its agent %s, " % co)
    else:
        d.t("%s, as agent for the owner (\"Landlord\"), " % co)
    d.t("and ")
    for i, t in enumerate(tens):
        if i:
            d.t(" and ")
        d.e(pname(r, t, pick(r, ["full", "mid", "upper"])), PER)
    d.t(" (collectively, \"Tenant\").\n\n")
    d.t("2. PREMISES. Landlord leases to Tenant the dwelling located at ").e(a.one(), ADDR)
    d.t(pick(r, [", together with parking space P-%d.\n\n" % r.randint(1, 120), ", including storage locker #%d.\n\n" % r.randint(1, 60), ".\n\n"]))
    d.t("3. TERM. The term begins on ").e(fdate(r, start, lang), DT).t(" and ends at ").e(pick(r, ["11:59 p.m.", "11:59 PM"]), DT).t(" on ").e(fdate(r, end, lang), DT)
    d.t(". Thereafter the tenancy continues month-to-month unless either party gives 30 days' written notice.\n\n")
    rent = money(r, 950, 5200, "$" if cc == "US" else "C$")
    d.t("4. RENT. Tenant shall pay %s per month, due on the 1st day of each month, with a grace period of %d days. A late fee of %s applies thereafter. " % (rent, pick(r, [3, 5]), money(r, 50, 150, "$")))
    d.t("Rent is payable through the resident portal at ").e("https://%s/portal/login" % dom, URL).t(" or by check mailed to ").e(address(r, cc, unit=False).one(), ADDR).t(".\n\n")
    d.t("5. SECURITY DEPOSIT. Tenant has deposited %s, held at %s, which will be returned within 21 days after move-out less lawful deductions.\n\n" % (money(r, 500, 5000, "$"), pick(r, BANKS_US)))
    d.t("6. UTILITIES. Tenant pays electricity, gas and internet. Landlord pays water, sewer and trash.\n\n")
    d.t("7. NOTICES. Notices to Landlord: %s, " % co).e(phone(r, cc, "land"), PH).t(", ").e("leasing@" + dom, EM).t(".\n")
    d.t("   Emergency maintenance (24/7): ").e(phone(r, cc, pick(r, ["toll", "land"])), PH).t("\n\n")
    d.t("8. OCCUPANTS. Only the Tenant(s) named above and the following minor(s) may occupy the Premises: ")
    if r.random() < .5:
        kid = person(r, cc, tens[0].cult)
        kid.last = tens[0].last
        d.e(kid.first + " " + kid.last, PER).t(" (age %d)" % r.randint(2, 16))
    else:
        d.t("none")
    d.t(".\n\nSIGNATURES\n")
    for t in tens:
        d.t("Tenant: ").e(pname(r, t, "full"), PER).t("   Date: ").e(fdate(r, start - _dt.timedelta(days=r.randint(1, 20)), lang), DT).t("\n")
    d.t("Landlord/Agent: ")
    ag = person(r, cc)
    d.e(pname(r, ag, "full"), PER).t(", Property Manager   Date: ").e(fdate(r, start - _dt.timedelta(days=r.randint(1, 20)), lang), DT).t("\n")
    d.t("Lease ID: L-%s  |  Form %s Rev. %s\n" % (digits(r, 7), pick(r, ["RLA", "LR", "MTM"]), pick(r, ["12/23", "6/24", "01/25"])))
    return d


def k_rent_ledger_csv(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "AU", "GB"])
    lang = lang_of(cc)
    cur = cur_of(cc)
    n = r.randint(3, 7)
    cols = ["date", "unit", "tenant", "tenant_acct", "description", "charge", "payment", "balance", "ref"]
    if r.random() < .5:
        cols = ["Date", "Unit", "Resident", "Account", "Type", "Charges", "Receipts", "Balance", "Reference"]
    sep = pick(r, [",", ",", ";", "\t"])
    d.t(sep.join(cols) + "\n")
    bal = 0.0
    dstyle = r.randrange(2)
    for i in range(n):
        t = person(r, cc)
        unit = "%s%s" % (pick(r, ["", "Unit ", "#"]) if i == 0 or r.random() < .1 else "", r.randint(101, 1520))
        rent = round(r.uniform(900, 3800), 2)
        dd = rdate(r, 2024, 2026)
        acct = pick(r, ["t%07d" % r.randint(1, 99999), digits(r, 8), "R-%s" % digits(r, 6)])
        nm = pname(r, t, pick(r, ["full", "lf", "upper"]))
        for kind in shuffled(r, ["Rent", "Payment", "Late Fee", "Utility Chargeback"])[:r.randint(1, 3)]:
            if kind == "Payment":
                ch, py = "", "%.2f" % rent
                bal -= rent
            else:
                amt = rent if kind == "Rent" else round(r.uniform(25, 120), 2)
                ch, py = "%.2f" % amt, ""
                bal += amt
            ds = fdate(r, dd, "iso") if dstyle else fdate(r, dd, lang, 0)
            d.e(ds, DT).t(sep + unit + sep)
            if sep == "," and "," in nm:
                d.t('"').e(nm, PER).t('"')
            else:
                d.e(nm, PER)
            d.t(sep).e(acct, ACCT).t(sep + kind + sep + ch + sep + py + sep + "%.2f" % bal + sep)
            d.t(pick(r, ["RCPT-%s" % digits(r, 6), "CHK %s" % digits(r, 4), "ACH-%s" % digits(r, 9), "INV%s" % digits(r, 7), ""]) + "\n")
    return d


def k_maintenance_ticket(r):
    d = Doc()
    cc = en_cc(r)
    lang = lang_of(cc)
    a = address(r, cc, unit=True)
    t = person(r, cc)
    tech = person(r, cc)
    co, dom = pick(r, PM_COS)
    wo = "WO-%s" % digits(r, 6)
    issue = pick(r, [("Plumbing", "Kitchen sink leaking under cabinet, water pooling on floor."),
                     ("HVAC", "AC blowing warm air since yesterday, thermostat shows 84F."),
                     ("Appliance", "Dishwasher not draining, error code E24."),
                     ("Electrical", "Bathroom GFCI outlet keeps tripping."),
                     ("Pest", "Seeing ants along the patio door again."),
                     ("Doors/Locks", "Front door deadbolt sticks, hard to lock."),
                     ("Water heater", "No hot water at all this morning.")])
    d.t("%s Maintenance Request %s\n" % (pick(r, ["New", "Updated", ""]), wo) if r.random() < .5 else "Work Order #%s\n" % wo[3:])
    d.t("Priority: %s    Category: %s    Status: %s\n" % (pick(r, ["Normal", "High", "Emergency", "Low"]), issue[0], pick(r, ["Open", "Assigned", "Scheduled", "In Progress"])))
    kv(d, r, [("Property", (a.one(), ADDR)), ("Resident", (pname(r, t), PER)), ("Phone", (phone(r, cc, "mobile"), PH)),
              ("Email", (email_for(r, t, country=cc), EM) if r.random() < .7 else None)])
    d.t("Description: " + issue[1] + pick(r, ["", " Photos attached (3).", " Has happened twice before."]) + "\n")
    d.t("Permission to enter: %s\n" % pick(r, ["Yes", "Yes - dog in crate", "No, call first"]))
    d.t("Preferred window: ")
    dd = rdate(r, 2024, 2026)
    h = r.randint(8, 14)
    d.e(fdate(r, dd, lang), DT).t(" between ").e(ftime(r, h, 0, lang), DT).t(" and ").e(ftime(r, h + r.randint(2, 4), 0, lang), DT).t("\n")
    d.t("Assigned vendor: %s (vendor ID V%s)\n" % (pick(r, ["Rapid Rooter Plumbing", "CoolAir HVAC Services", "Handy Pros LLC", "Bright Spark Electric", "Orkin"]), digits(r, 5)))
    d.t("Technician: ").e(pname(r, tech, pick(r, ["full", "first", "init"])), PER).t("\n")
    d.t("\n--- Activity ---\n")
    mins = sorted(r.randint(7 * 60, 20 * 60) for _ in range(r.randint(2, 4)))
    for mm in mins:
        ts = "%d-%02d-%02d %02d:%02d" % (dd.year, dd.month, dd.day, mm // 60, mm % 60)
        d.t(ts + "  ")
        act = r.randrange(4)
        if act == 0:
            d.t("Status changed to %s by system\n" % pick(r, ["Assigned", "Scheduled", "Completed"]))
        elif act == 1:
            d.t("Note from ").e(pname(r, tech, "first"), PER).t(": %s\n" % pick(r, ["parts ordered, ETA 2 days", "replaced P-trap, no more leak", "recharged refrigerant, 2 lbs R-410A", "reset breaker, replaced outlet"]))
        elif act == 2:
            d.t("Resident replied via SMS: \"%s\"\n" % pick(r, ["ok thanks", "can you come after 3?", "still leaking", "all good now"]))
        else:
            d.t("Invoice INV-%s attached, total %s\n" % (digits(r, 6), money(r, 85, 1400, "$")))
    return d


def k_hoa_minutes(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA", "AU"])
    lang = lang_of(cc)
    assoc = pick(r, ["Willow Creek Homeowners Association", "Harbor Pointe Condominium Association", "Sierra Vista HOA",
                     "Maple Grove Townhome Owners Association", "The Residences at Lakeview Owners Association"])
    if cc == "AU":
        assoc = "Owners Corporation SP %d" % r.randint(10000, 99999) if r.random() < .5 else "Strata Plan %d - %s" % (r.randint(10000, 99999), pick(r, ["The Elms", "Bayside Apartments", "Harbourview"]))
    board = [person(r, cc) for _ in range(r.randint(3, 5))]
    mgr = person(r, cc)
    dd = rdate(r, 2024, 2026)
    d.t("%s\n%s\n" % (assoc, pick(r, ["Minutes of the Regular Board Meeting", "BOARD OF DIRECTORS MEETING MINUTES", "Minutes - Annual General Meeting", "Strata Committee Meeting Minutes"])))
    d.t("Date: ").e(fdate(r, dd, lang), DT).t("   Time: ").e(ftime(r, r.randint(17, 19), pick(r, [0, 30]), lang), DT).t("\n")
    d.t("Location: ")
    if r.random() < .5:
        d.t("Clubhouse, ").e(address(r, cc, unit=False).one(), ADDR).t("\n")
    else:
        d.t("Zoom (link sent to owners), meeting ID %s %s %s\n" % (digits(r, 3), digits(r, 4), digits(r, 4)))
    d.t("\nPresent: ")
    roles = ["President", "Vice President", "Treasurer", "Secretary", "Director at Large"] if cc != "AU" else ["Chairperson", "Treasurer", "Secretary", "Committee Member", "Committee Member"]
    for i, b in enumerate(board):
        if i:
            d.t(", ")
        d.e(pname(r, b, pick(r, ["full", "full", "init"])), PER).t(" (%s)" % roles[i])
    d.t("\nAlso present: ").e(pname(r, mgr), PER).t(", community manager, %s\n" % pick(r, ["Associa", "FirstService Residential", "Strata Plus Management", "Cardinal Management Group"]))
    d.t("Quorum established with %d of %d units represented (%.1f%%).\n\n" % (r.randint(40, 90), r.randint(95, 220), r.uniform(30, 80)))
    d.t("1. Call to order at ").e(ftime(r, r.randint(17, 19), r.randint(0, 10), lang), DT).t(" by ").e(pname(r, board[0], "last") if r.random() < .5 else board[0].full, PER).t(".\n")
    d.t("2. Approval of prior minutes: motion by ").e(pname(r, board[1], pick(r, ["full", "last"])), PER).t(", seconded by ").e(pname(r, board[2], pick(r, ["full", "last"])), PER).t("; carried %d-0.\n" % (len(board) - r.randint(0, 1)))
    d.t("3. Treasurer's report: operating account %s; reserve fund %s (%d%% funded per %d reserve study).\n" % (money(r, 20000, 180000, "$", dec=True), money(r, 80000, 900000, "$", dec=False), r.randint(35, 95), r.randint(2019, 2024)))
    d.t("4. Old business: roof replacement bid from %s accepted at %s. Work to begin " % (pick(r, ["Summit Roofing", "Apex Exteriors", "TopLine Roofing Co."]), money(r, 40000, 600000, "$", dec=False))).e(fdate(r, rdate(r, 2024, 2026), lang), DT).t(".\n")
    d.t("5. Homeowner forum: owner of unit %d (" % r.randint(1, 220))
    own = person(r, cc)
    d.e(pname(r, own), PER).t(") raised %s.\n" % pick(r, ["parking enforcement", "noise from the pool area after 10pm", "the special assessment schedule", "landscaping contract quality", "short-term rentals"]))
    d.t("6. Violations: %d new notices; fine hearing for account #%s scheduled.\n" % (r.randint(0, 9), digits(r, 5)))
    d.t("7. Next meeting: ").e(fdt(r, rdate(r, 2024, 2026), lang, r.randint(17, 19), 0), DT).t(".\n")
    d.t("Adjourned at ").e(ftime(r, r.randint(19, 21), r.randint(0, 59), lang), DT).t(".\n\nRespectfully submitted, ").e(pname(r, board[min(3, len(board) - 1)], "full"), PER).t(", Secretary\n")
    return d


def k_landlord_email(r):
    d = Doc()
    cc = en_cc(r)
    lang = lang_of(cc)
    co, dom = pick(r, PM_COS)
    ten, mgr = person(r, cc), person(r, cc)
    a = address(r, cc, unit=True)
    scen = r.randrange(5)
    subj = ["Re: Rent for %s" % pick(r, ["this month", "March", "unit %d" % r.randint(100, 999)]), "Security deposit return",
            "Lease renewal offer", "Re: Repair request #%s" % digits(r, 5), "Notice of intent to vacate"][scen]
    te = email_for(r, ten, country=cc)
    me = email_for(r, mgr, dom)
    from_tenant = scen in (0, 4)
    if from_tenant:
        email_headers(d, r, ten, te, mgr, me, subj)
    else:
        email_headers(d, r, mgr, me, ten, te, subj)
    rcpt = mgr if from_tenant else ten
    d.t(pick(r, ["Hi ", "Dear ", "Hello ", "Good morning "]))
    for p in greeting_name(r, rcpt):
        d.v(p)
    d.t(",\n\n")
    cur = cur_of(cc)
    if scen == 0:
        d.t("I wanted to let you know my rent (%s) will be a few days late this month. I get paid on " % money(r, 900, 3500, cur))
        d.e(fdate(r, rdate(r), lang), DT).t(" and will pay in full through the portal that day. Can the late fee be waived this once? My account number is ")
        d.e(pick(r, [digits(r, 8), "t%07d" % r.randint(1, 99999)]), ACCT).t(".\n")
    elif scen == 1:
        d.t("Your tenancy at ").e(a.one(), ADDR).t(" ended on ").e(fdate(r, rdate(r), lang), DT)
        d.t(". Following the move-out inspection we are returning %s of your %s deposit. Deductions: carpet cleaning %s, " % (money(r, 200, 2000, cur), money(r, 1000, 3000, cur), money(r, 90, 250, cur)))
        d.t("replacement blinds %s. The refund will be sent to the forwarding address you gave us:\n" % money(r, 40, 180, cur))
        d.e(address(r, cc).block(), ADDR).t("\nAn itemized statement is attached (ref DEP-%s).\n" % digits(r, 6))
    elif scen == 2:
        d.t("Your lease at ").e(a.one(), ADDR).t(" expires on ").e(fdate(r, rdate(r), lang), DT)
        d.t(". We'd love to have you stay! The renewal rate for a 12-month term is %s (%+.1f%%). Please sign the renewal in the portal by " % (money(r, 1000, 4000, cur), r.uniform(-2, 6)))
        d.e(fdt(r, rdate(r), lang, 17, 0), DT).t(".\nRenewal link: ").e("https://%s/renew/%s" % (dom, alnum(r, 10, string.ascii_lowercase + string.digits)), URL).t("\n")
    elif scen == 3:
        d.t("Thanks for reporting the %s. Our technician " % pick(r, ["leaking toilet", "broken garage door opener", "smoke detector chirping", "mould in the bathroom"]))
        tech = person(r, cc)
        d.e(pname(r, tech, pick(r, ["full", "first"])), PER).t(" will come by on ").e(fdt(r, rdate(r), lang), DT)
        d.t(". If that does not work, call the maintenance line at ").e(phone(r, cc), PH).t(".\n")
    else:
        d.t("Please accept this as my %d-day notice that I will be vacating " % pick(r, [30, 60])).e(a.one(), ADDR).t(" on ").e(fdate(r, rdate(r), lang), DT)
        d.t(". My forwarding address is ").e(address(r, pick(r, [cc, cc, "US", "GB", "DE"])).one(country=True), ADDR).t(" and my new number is ").e(phone(r, cc, "mobile"), PH).t(".\n")
    d.t("\n" + pick(r, ["Best regards,", "Thanks,", "Kind regards,", "Cheers,", "Sincerely,"]) + "\n")
    snd = ten if from_tenant else mgr
    if from_tenant:
        d.e(pname(r, snd, pick(r, ["full", "first"])), PER).t("\n")
        if r.random() < .5:
            d.t(pick(r, ["Unit %d" % r.randint(1, 40), "Apt %d%s" % (r.randint(1, 30), pick(r, "ABC"))]) + "\n")
    else:
        sig_block(d, r, snd, pick(r, ["Property Manager", "Leasing Manager", "Resident Services"]), phone(r, cc, "land") if r.random() < .7 else None, None, co)
    if r.random() < .4:
        d.t("\n-----Original Message-----\n> %s\n" % pick(r, ["Hi, any update?", "Please advise.", "Thanks for the quick reply."]))
    return d


def k_tenant_chat(r):
    d = Doc()
    cc = pick(r, ["US", "GB", "AU", "IN", "CA", "IE"])
    lang = lang_of(cc)
    ten, ll = person(r, cc), person(r, cc)
    tn, ln = pname(r, ten, pick(r, ["full", "first"])), pname(r, ll, pick(r, ["full", "first"]))
    if r.random() < .3:
        ln = "Landlord " + ll.first
    dd = rdate(r, 2024, 2026)
    style = r.randrange(2)
    lines = []
    a = address(r, cc, unit=True)
    msgs = [
        (0, ["hi, the boiler is making a banging noise again", "hey! just fyi the dishwasher is leaking", "Hello, the front door lock is jammed"]),
        (1, ["ok I'll send someone over. are you home ", "Thanks for letting me know, can the plumber come "]),
        (2, None),
        (0, ["yes that works", "can it be after ", "perfect"]),
        (1, ["great. his number is ", "ok. contractor will text you from "]),
        (0, ["👍 thanks", "ok will do", "cheers"]),
        (1, ["also reminder rent goes up to %s from " % money(r, 900, 3000, cur_of(cc)), "btw the new lease is ready to sign: "]),
    ]
    mins = r.randint(0, 600)
    for who, opts in msgs:
        mins += r.randint(1, 40)
        h, m = 8 + mins // 60 % 14, mins % 60
        if style == 0:
            d.t("[%02d/%02d/%d, %02d:%02d:%02d] " % (dd.day, dd.month, dd.year, h, m, r.randint(0, 59)))
        else:
            d.t("%d/%d/%02d, %d:%02d %s - " % (dd.month, dd.day, dd.year % 100, h % 12 or 12, m, "AM" if h < 12 else "PM"))
        nm = tn if who == 0 else ln
        if nm.startswith("Landlord "):
            d.t("Landlord ").e(nm[9:], PER)
        else:
            d.e(nm, PER)
        d.t(": ")
        if opts is None:
            d.t("tomorrow at ").e(ftime(r, r.randint(9, 17), pick(r, [0, 30]), lang), DT).t("?" if who else "")
        else:
            s = pick(r, opts)
            d.t(s)
            if s.endswith("home ") or s.endswith("come "):
                d.t("on ").e(fdate(r, dd + _dt.timedelta(days=1), lang), DT).t("?")
            elif s.endswith("after "):
                d.e(ftime(r, r.randint(13, 17), 0, lang), DT).t("?")
            elif s.endswith("is ") or s.endswith("from "):
                if "rent" in s:
                    d.e(fdate(r, dd + _dt.timedelta(days=45), lang), DT)
                else:
                    d.e(phone(r, cc, "mobile"), PH)
            elif s.endswith(": "):
                d.e("https://%s/sign/%s" % (pick(r, ["app.hellosign.com", "www.docusign.net", "sign.rentready.io"]), alnum(r, 16, HEXL)), URL)
        d.t("\n")
    if r.random() < .4:
        d.t(("[%02d/%02d/%d, %02d:%02d:%02d] " % (dd.day, dd.month, dd.year, 21, 2, 11)) if style == 0 else "%d/%d/%02d, 9:02 PM - " % (dd.month, dd.day, dd.year % 100))
        d.e(tn, PER).t(": <Media omitted>\n")
    return d


def k_portal_lead_json(r):
    d = Doc()
    cc = "US"
    a = address(r, cc, unit=r.random() < .5)
    p = person(r, cc)
    src = pick(r, ["Zillow Rental Manager", "Apartments.com", "Realtor.com", "Trulia", "HotPads", "Facebook Marketplace"])
    lid = mls_no(r)
    obj = {
        "lead_id": uuid(r),
        "source": src,
        "received_epoch": r.randint(1700000000, 1770000000),
        "listing": {
            "listing_id": lid,
            "address": {"street": tag(a.line1(), ADDR), "city": tag(a.city, LOC), "state": tag(a.region, LOC), "zip": a.pc},
            "rent": r.randint(900, 5200), "beds": r.randint(0, 4),
            "url": tag("https://www.%s/%s/%s" % (pick(r, ["zillow.com/homedetails", "apartments.com", "realtor.com/rentals/details", "hotpads.com"]),
                                                 re.sub(r"[^a-z0-9]+", "-", fold(a.line1()).lower()).strip("-"), lid.lower()), URL),
        },
        "contact": {"name": tag(pname(r, p, pick(r, ["full", "full", "lower", "upper"])), PER), "email": tag(email_for(r, p), EM),
                    "phone": tag(phone(r, cc), PH)},
        "move_in_date": tag(fdate(r, rdate(r), "iso"), DT),
        "message": pick(r, ["Is this still available? I'd like to schedule a tour.", "Do you accept cats? Looking for 12 month lease.",
                            "Hi, is parking included? I can view this weekend.", "Interested. What is the application process?"]),
        "credit_score_range": pick(r, ["650-699", "700-749", "750+", None]),
        "has_pets": r.random() < .4,
        "app_version": "%d.%d.%d" % (r.randint(3, 9), r.randint(0, 20), r.randint(0, 99)),
    }
    if r.random() < .4:
        obj["tour_request"] = {"requested_time": tag("%sT%02d:%02d:00" % (fdate(r, rdate(r), "iso"), r.randint(9, 18), pick(r, [0, 30])), DT),
                               "type": pick(r, ["in_person", "self_guided", "video"])}
    keys = list(obj.keys())
    head, tail = keys[:2], keys[2:]
    r.shuffle(tail)
    jdump(d, {k: obj[k] for k in head + tail}, indent=pick(r, [2, 4]), compact=r.random() < .15)
    d.t("\n")
    return d


def k_lead_crm_csv(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "GB", "AU"])
    lang = lang_of(cc)
    hdr = ["Lead ID", "First Name", "Last Name", "Email", "Mobile", "Stage", "Budget", "Area", "Next Follow-up", "Assigned Agent"]
    sep = pick(r, [",", ",", ";"])
    d.t(sep.join(hdr) + "\n")
    for _ in range(r.randint(3, 8)):
        p = person(r, cc)
        ag = person(r, cc)
        d.t("L-%s%s" % (digits(r, 6), sep)).e(p.first, PER).t(sep).e(p.last, PER).t(sep)
        if r.random() < .85:
            d.e(email_for(r, p, country=cc), EM)
        d.t(sep)
        if r.random() < .8:
            d.e(phone(r, cc, "mobile"), PH)
        d.t(sep + pick(r, ["New", "Nurture", "Hot", "Showing", "Under Contract", "Closed Lost"]) + sep)
        d.t(money(r, 250000, 1500000, cur_of(cc), dec=False).replace(",", "" if sep == "," else ",") + sep)
        loc = city_only(r, cc)
        if sep == "," and "," in loc:
            d.t('"').e(loc, LOC).t('"')
        else:
            d.e(loc, LOC)
        d.t(sep)
        if r.random() < .7:
            d.e(fdate(r, rdate(r), "iso" if r.random() < .5 else lang, 0 if r.random() < .5 else None), DT) if sep != "," else d.e(fdate(r, rdate(r), "iso"), DT)
        d.t(sep).e(pname(r, ag, "full"), PER).t("\n")
    return d


def k_uk_agent_notes(r):
    d = Doc()
    cc = pick(r, ["GB", "GB", "GB", "IE"])
    lang = "en_GB"
    a = address(r, cc, unit=r.random() < .4)
    v = person(r, cc)
    agent = person(r, cc)
    d.t(pick(r, ["VALUATION NOTES", "Market Appraisal - notes", "Viewing feedback log", "Instruction notes"]) + " - ")
    d.e(a.one(), ADDR).t("\n")
    d.t("Negotiator: ").e(pname(r, agent, pick(r, ["full", "init"])), PER).t("   Branch ref BR%s\n\n" % digits(r, 3))
    d.t("Vendor: %s " % title(r, v)).e(pname(r, v, pick(r, ["full", "init", "last"])), PER)
    if r.random() < .4:
        v2 = person(r, cc)
        d.t(" & %s " % title(r, v2)).e(pname(r, v2, pick(r, ["full", "last"])), PER)
    d.t(" - ").e(phone(r, cc, "mobile"), PH)
    if r.random() < .6:
        d.t(" / ").e(email_for(r, v, country=cc), EM)
    d.t("\nVisited ").e(fdt(r, rdate(r), lang), DT).t(". ")
    sit = r.randrange(4)
    if sit == 0:
        d.t("Vendor relocating to ").e(pick(r, ["Bristol", "Manchester", "Spain", "Scotland", "Dubai", "Canada", "Cork", "Edinburgh"]), LOC).t(".\n")
    elif sit == 1:
        d.t("Landlord selling with tenant in situ (AST ends ").e(fdate(r, rdate(r), lang), DT).t(").\n")
    else:
        d.t(pick(r, ["Probate sale, executors keen to proceed.", "Downsizing, already under offer on onward purchase."]) + "\n")
    cur = "£" if cc == "GB" else "€"
    d.t("Suggested asking %s; comparables at %s and %s. Tenure: %s. Council tax band %s. EPC %s (cert %s-%s-%s-%s-%s).\n" % (
        money(r, 180000, 1200000, cur, dec=False), money(r, 180000, 1200000, cur, dec=False), money(r, 180000, 1200000, cur, dec=False),
        pick(r, ["freehold", "leasehold, %d yrs remaining, ground rent %s pa" % (r.randint(70, 990), money(r, 50, 400, cur, dec=False)), "share of freehold"]),
        pick(r, "ABCDEFG"), pick(r, "BCDE"), digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 4)))
    if cc == "GB":
        d.t("Title no. %s%s. UPRN %s.\n" % (pick(r, ["NGL", "LN", "WYK", "BL", "ON", "CB"]), digits(r, 6), digits(r, 12)))
    d.t("\nViewings:\n")
    for _ in range(r.randint(1, 3)):
        b = person(r, cc)
        d.t("- ").e(fdt(r, rdate(r), lang), DT).t(" ").e(pname(r, b, pick(r, ["full", "init"])), PER)
        d.t(" (%s) - %s\n" % (pick(r, ["FTB, AIP with Nationwide", "cash buyer", "in a chain, own home on market", "investor", "mortgage broker checking affordability"]),
                               pick(r, ["liked the garden, concerned about road noise", "second viewing booked", "offer expected at asking", "not for them - too small", "wants a survey before offering"])))
    if r.random() < .5:
        sol = person(r, cc)
        d.t("Vendor's solicitor: ").e(pname(r, sol, "full"), PER).t(", %s, " % pick(r, ["Harrison Clark LLP", "Slater and Gordon", "Bennett & Co Solicitors"])).e(phone(r, cc, "land"), PH).t("\n")
    return d


def k_uk_deposit_cert(r):
    d = Doc()
    cc = "GB"
    lang = "en_GB"
    scheme = pick(r, ["Deposit Protection Service", "mydeposits", "Tenancy Deposit Scheme", "SafeDeposits Scotland"])
    a = address(r, cc, unit=r.random() < .5)
    ll = person(r, cc)
    tens = [person(r, cc) for _ in range(r.randint(1, 3))]
    d.t("%s\n%s\n\n" % (scheme, pick(r, ["Deposit Protection Certificate", "CERTIFICATE OF PROTECTION", "Prescribed Information - Deposit Protection"])))
    kv(d, r, [("Deposit ID", "%s%s" % (pick(r, ["", "DAN", "TDS-"]), digits(r, 9))), ("Date deposit received", (fdate(r, rdate(r), lang), DT)),
              ("Date protected", (fdate(r, rdate(r), lang), DT)), ("Amount protected", money(r, 600, 4500, "£")),
              ("Tenancy start date", (fdate(r, rdate(r), lang), DT)), ("Tenancy type", "Assured Shorthold Tenancy")])
    d.t("\nProperty address:\n").e(a.block(), ADDR).t("\n\nLandlord / Agent:\n")
    if r.random() < .5:
        d.e(pname(r, ll, pick(r, ["full", "upper"])), PER).t("\n")
        la = address(r, cc)
        d.e(la.block(), ADDR).t("\nTelephone: ").e(phone(r, cc), PH).t("\n")
    else:
        ag_name, ag_dom = pick(r, [("Foxtons Lettings", "foxtons-lettings.co.uk"), ("Belvoir Lettings", "belvoir-lettings.co.uk"), ("Hamptons", "hamptons-lettings.co.uk"), ("Castle Residential Lettings Ltd", "castle-lettings.co.uk")])
        d.t("%s (member no. %s)\nContact: " % (ag_name, digits(r, 7)))
        d.e(pname(r, ll), PER).t(", ").e(email_for(r, ll, ag_dom), EM).t("\n")
    d.t("\nTenant(s):\n")
    for i, t in enumerate(tens):
        d.t("%d. " % (i + 1)).e(pname(r, t, pick(r, ["full", "upper", "mid"])), PER)
        if r.random() < .7:
            d.t("  Mobile: ").e(phone(r, cc, "mobile"), PH)
        if r.random() < .6:
            d.t("  Email: ").e(email_for(r, t, country=cc), EM)
        d.t("\n")
    d.t("\nThe deposit will be repaid in accordance with the scheme rules. Disputes: ").e(pick(r, ["0300 037 1000", "0300 037 7007", "0330 303 0030"]), PH).t(" (ADR service).\nCertificate ref %s\n" % alnum(r, 10, UPPER_DIG))
    return d


def k_notice_to_vacate(r):
    d = Doc()
    cc = pick(r, ["US", "US", "GB", "AU", "CA"])
    lang = lang_of(cc)
    a = address(r, cc, unit=True)
    tens = [person(r, cc) for _ in range(r.randint(1, 2))]
    ll = person(r, cc)
    issue = rdate(r)
    vac = issue + _dt.timedelta(days=pick(r, [30, 60, 61, 90, 14]))
    if cc == "US":
        d.t(pick(r, ["30-DAY NOTICE TO VACATE", "SIXTY (60) DAY NOTICE OF TERMINATION OF TENANCY", "3-DAY NOTICE TO PAY RENT OR QUIT"]) + "\n\nTO: ")
    elif cc == "GB":
        d.t("Form 6A\nNotice seeking possession of a property let on an Assured Shorthold Tenancy (Section 21, Housing Act 1988)\n\nTo: ")
    elif cc == "AU":
        d.t("Termination notice (Residential Tenancies Act)\nTo tenant(s): ")
    else:
        d.t("Form N12 - Notice to End your Tenancy Because the Landlord, a Purchaser or a Family Member Requires the Rental Unit\nTo: (Tenant's name) ")
    for i, t in enumerate(tens):
        if i:
            d.t(", ")
        d.e(pname(r, t, pick(r, ["full", "upper"])), PER)
    d.t(pick(r, [", and all other occupants", ""]) + "\n")
    d.t("Premises: ").e(a.one() if r.random() < .6 else a.block(), ADDR).t("\n\n")
    d.t("You are hereby notified that your tenancy of the above premises is terminated and you are required to vacate and deliver up possession on or before ")
    d.e(fdate(r, vac, lang), DT).t(". ")
    if cc == "US" and r.random() < .5:
        d.t("Rent currently due: %s for the period ending " % money(r, 900, 4000, "$")).e(fdate(r, issue, lang), DT).t(". ")
    d.t("Failure to do so may result in legal proceedings to recover possession, rent and costs.\n\n")
    d.t("Dated: ").e(fdate(r, issue, lang), DT).t("\n")
    d.t("Landlord/Agent: ").e(pname(r, ll), PER).t("\n")
    d.t("Address for service: ").e(address(r, cc).one(), ADDR).t("\nPhone: ").e(phone(r, cc), PH).t("\n")
    if r.random() < .5:
        d.t("\nPROOF OF SERVICE: served by %s on " % pick(r, ["posting and mailing", "personal delivery", "first class post"])).e(fdate(r, issue, lang), DT)
        d.t(" by ").e(pname(r, person(r, cc)), PER).t(".\n")
    return d


def k_pms_audit_log(r):
    d = Doc()
    co, dom = pick(r, PM_COS)
    users = [person(r, "US") for _ in range(3)]
    emails = [email_for(r, u, dom) for u in users]
    base = r.randint(1735000000, 1770000000)
    fmt = r.randrange(3)
    for i in range(r.randint(6, 12)):
        base += r.randint(1, 900)
        tm = time.gmtime(base)
        if fmt == 0:
            d.t("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ " % (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, r.randint(0, 999)))
        elif fmt == 1:
            d.t("%s %2d %02d:%02d:%02d app-%02d pms[%d]: " % (MONTHS["en"][tm.tm_mon - 1][:3], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, r.randint(1, 12), r.randint(1000, 40000)))
        else:
            d.t("[%02d/%s/%d:%02d:%02d:%02d +0000] " % (tm.tm_mday, MONTHS["en"][tm.tm_mon - 1][:3], tm.tm_year, tm.tm_hour, tm.tm_min, tm.tm_sec))
        ev = r.randrange(7)
        k = r.randrange(3)
        if ev == 0:
            d.t("INFO auth.login success user=").e(emails[k], EM).t(" src_ip=").e(ip_any(r), IP).t(" mfa=%s\n" % pick(r, ["totp", "sms", "none"]))
        elif ev == 1:
            d.t("WARN auth.login failed user=").e(emails[k], EM).t(" src_ip=").e(ipv4(r), IP).t(" reason=bad_password attempts=%d\n" % r.randint(1, 5))
        elif ev == 2:
            d.t("INFO ledger.adjust tenant_id=%d unit=%s amount=%.2f memo=\"late fee waived\" by=" % (r.randint(10000, 99999), r.randint(100, 999), -r.uniform(25, 100))).e(emails[k], EM).t("\n")
        elif ev == 3:
            d.t("INFO export.rentroll rows=%d format=xlsx request_id=%s\n" % (r.randint(20, 900), uuid(r)))
        elif ev == 4:
            d.t("DEBUG http GET /api/v2/units/%d/leases 200 %dms ip=" % (r.randint(1000, 9999), r.randint(3, 900))).e(ipv4(r), IP).t(":%d\n" % r.randint(30000, 65000))
        elif ev == 5:
            d.t("INFO tenant.contact_updated tenant_id=%d field=phone new=" % r.randint(10000, 99999)).e(phone(r, "US"), PH).t(" by=").e(emails[k], EM).t("\n")
        else:
            d.t("ERROR payments.ach_return code=R01 batch=%s build=%s\n" % (digits(r, 12), sha(r, 7)))
    return d


def k_tenant_screening(r):
    d = Doc()
    p = person(r, "US")
    lang = "en_US"
    d.t("%s\nTENANT SCREENING REPORT - %s\n" % (pick(r, ["RentCheck Screening Services", "TenantVerify Pro", "SafeLease Background, Inc."]), pick(r, ["CONFIDENTIAL", "FCRA regulated consumer report"])))
    d.t("Report #: %s   Ordered by: %s\n\n" % ("TSR-" + digits(r, 8), pick(r, PM_COS)[0]))
    d.t("APPLICANT\n")
    kv(d, r, [("Name", (pname(r, p, pick(r, ["upper", "LF", "full"])), PER)), ("SSN", (ssn(r), SSN) if r.random() < .7 else "XXX-XX-%s" % digits(r, 4)),
              ("DOB", (fdate(r, dob_date(r), lang, pick(r, [0, 2, 5])), DOB)), ("Phone", (phone(r, "US"), PH)),
              ("DL#", (dl(r)[0], DL) if r.random() < .6 else None)], width=12)
    d.t("\nADDRESS HISTORY (reported)\n")
    for _ in range(r.randint(2, 3)):
        a = address(r, "US")
        d.t("  ").e(a.one().upper() if r.random() < .5 else a.one(), ADDR).t("   first reported %s, last reported %s\n" % ("%02d/%d" % (r.randint(1, 12), r.randint(2010, 2024)), "%02d/%d" % (r.randint(1, 12), r.randint(2015, 2025))))
    d.t("\nCREDIT SUMMARY\n  Score: %d (VantageScore 3.0)   Open trades: %d   Collections: %d   Monthly obligations: %s\n" % (r.randint(520, 820), r.randint(2, 18), r.randint(0, 3), money(r, 200, 3200, "$")))
    d.t("  Tradeline: %s revolving, acct ending %s, balance %s\n" % (pick(r, BANKS_US), digits(r, 4), money(r, 100, 9000, "$")))
    d.t("\nEVICTION / CIVIL RECORDS\n")
    if r.random() < .5:
        d.t("  Case %s-%s-%s, " % (r.randint(2015, 2024), pick(r, ["LT", "CV", "EV"]), digits(r, 6))).e("%s County" % pick(r, ["Maricopa", "Harris", "Cook", "King", "Travis", "Fulton"]), LOC).t(", filed %d - dismissed\n" % r.randint(2015, 2024))
    else:
        d.t("  No records found.\n")
    d.t("\nCRIMINAL: No records found in national database search.\n")
    d.t("RECOMMENDATION: %s (model v%s)\n" % (pick(r, ["ACCEPT", "ACCEPT WITH CONDITIONS - additional deposit", "DECLINE"]), pick(r, ["4.2", "5.0.1", "3.9"])))
    return d


def k_autopay_enrollment(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA"])
    lang = lang_of(cc)
    co, dom = pick(r, PM_COS)
    t = person(r, cc)
    a = address(r, cc, unit=True)
    d.t("%s - %s\n\n" % (co, pick(r, ["AutoPay Enrollment Form", "Recurring Payment Authorization", "Automatic Rent Payment Authorization"])))
    kv(d, r, [("Resident name", (pname(r, t), PER)), ("Resident account #", (pick(r, ["t%07d" % r.randint(1, 99999), digits(r, 9)]), ACCT)),
              ("Property / Unit", (a.one(), ADDR)), ("Email", (email_for(r, t, country=cc), EM)), ("Phone", (phone(r, cc), PH))])
    d.t("\n")
    if r.random() < .5:
        d.t("[X] Debit/Credit Card (convenience fee 2.95%)\n")
        kv(d, r, [("Cardholder name", (pname(r, t, pick(r, ["full", "upper"])), PER)), ("Card number", (card(r), CC)),
                  ("Expiration (MM/YY)", ("%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)), DT)), ("CVV", "***"),
                  ("Billing ZIP", a.pc)])
    else:
        d.t("[X] Bank account (ACH, no fee)\n")
        kv(d, r, [("Bank name", pick(r, BANKS_US)), ("Account type", pick(r, ["Checking", "Savings"])), ("Routing number", routing(r)),
                  ("Account number", (bank_acct(r), ACCT)), ("Name on account", (pname(r, t), PER))])
    d.t("\nDraft day: %s of each month starting " % pick(r, ["1st", "2nd", "3rd", "5th"])).e(fdate(r, rdate(r), lang), DT).t("\n")
    d.t("Amount: %s\n" % pick(r, ["full balance due", money(r, 900, 4000, "$")]))
    d.t("\nI authorize %s to initiate recurring debits. This authorization remains in effect until I revoke it in writing.\nSignature: " % co)
    d.e(pname(r, t, "full"), PER).t("   Date: ").e(fdate(r, rdate(r), lang), DT).t("\nConfirmation: AP-%s\n" % alnum(r, 8, UPPER_DIG))
    return d


def k_sms_thread(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "AU", "GB"])
    lang = lang_of(cc)
    co, dom = pick(r, PM_COS)
    t = person(r, cc)
    short = co.split()[0]
    d.t("SMS conversation export - resident line ").e(phone(r, cc, "mobile"), PH).t("\n\n")
    dd = rdate(r)
    msgs = []
    d.t("OUT> %s: Hi " % short).e(t.first, PER).t(", reminder that rent of %s is due " % money(r, 800, 3500, cur_of(cc))).e(fdate(r, dd, lang), DT)
    d.t(". Pay online: ").e("https://%s/pay" % dom, URL).t(" Reply STOP to opt out.\n")
    d.t("IN>  ok. can I pay half now and half on ").e(fdate(r, dd + _dt.timedelta(days=r.randint(5, 14)), lang, pick(r, [0, 2, 3]) if lang == "en_US" else None), DT).t("?\n")
    mg = person(r, cc)
    d.t("OUT> This is ").e(mg.first, PER).t(" from the office. Yes, I set up a payment plan, reference PP-%s. Please call me at " % digits(r, 5)).e(phone(r, cc, "land"), PH).t(" if anything changes.\n")
    d.t("IN>  thank you!!\n")
    if r.random() < .5:
        d.t("OUT> %s: Pest control treatment scheduled for your building on " % short).e(fdt(r, dd + _dt.timedelta(days=3), lang), DT).t(". Please remove items from under sinks.\n")
    if r.random() < .4:
        d.t("OUT> %s: Your maintenance request #%s has been completed. Rate us 1-5.\nIN>  5\n" % (short, digits(r, 6)))
    return d


def k_voicemail(r):
    d = Doc()
    cc = en_cc(r)
    lang = lang_of(cc)
    p = person(r, cc)
    a = address(r, cc, unit=r.random() < .5)
    d.t("%s\nMailbox: %s   Duration: 0:%02d   Confidence: %.2f\n\n" % (pick(r, ["Voicemail transcription", "New voicemail (transcribed)", "VM -> text"]), pick(r, ["Leasing office", "Agent cell", "Main line ext. 204"]), r.randint(12, 59), r.uniform(.7, .98)))
    d.t("\"Hi, this is ")
    d.e(pname(r, p, pick(r, ["full", "first", "lower"])), PER)
    v = r.randrange(3)
    if v == 0:
        d.t(", I'm calling about the %s listed at " % pick(r, ["two bedroom", "studio", "townhouse", "three-bed semi"])).e(a.one() if r.random() < .6 else a.street, ADDR)
        d.t(". Is it still available? I could come see it ").e(fdate(r, rdate(r), lang), DT).t(" after ").e(ftime(r, r.randint(15, 18), 0, lang), DT).t(". ")
    elif v == 1:
        d.t(", I'm a tenant at ").e(a.one(), ADDR).t(", the heating has been out since last night and it's freezing. ")
    else:
        d.t(" from %s, calling about the appraisal appointment for loan %s " % (pick(r, ["Clearview Appraisal", "the lender", "the title company"]), "number ")).e(loan_no(r), ACCT).t(". We need access on ").e(fdt(r, rdate(r), lang), DT).t(". ")
    d.t("You can reach me at ").e(phone(r, cc), PH).t(pick(r, [". Thanks, bye.\"\n", ", again that's the same number. Thank you!\"\n", ". Bye.\"\n"]))
    return d


def k_call_transcript(r):
    d = Doc()
    cc = pick(r, ["US", "US", "GB", "CA"])
    lang = lang_of(cc)
    agent = person(r, cc)
    caller = person(r, cc)
    lo = pick(r, LENDERS)[0]
    d.t("Call transcript - %s servicing - call ID %s\n\n" % (lo, uuid(r)))
    t = 0
    def ts():
        nonlocal t
        t += r.randint(3, 25)
        return "[%02d:%02d:%02d] " % (t // 3600, t // 60 % 60, t % 60)
    fmt_sp = pick(r, ["{}: ", "{} - ", "{}> "])
    d.t(ts() + fmt_sp.format("AGENT") + "Thank you for calling %s, my name is " % lo).e(agent.first, PER).t(", how can I help?\n")
    d.t(ts() + fmt_sp.format("CALLER") + "hi yes this is ").e(pname(r, caller, pick(r, ["full", "first"])), PER).t(", my payment went up and I don't understand why\n")
    d.t(ts() + fmt_sp.format("AGENT") + "I can help with that. Can I have the loan number please?\n")
    d.t(ts() + fmt_sp.format("CALLER") + "it's ").e(loan_no(r), ACCT).t("\n")
    d.t(ts() + fmt_sp.format("AGENT") + "And to verify, your date of birth?\n")
    d.t(ts() + fmt_sp.format("CALLER") + "").e(fdate(r, dob_date(r), lang, pick(r, [0, 2]) if lang == "en_US" else None), DOB).t("\n")
    d.t(ts() + fmt_sp.format("AGENT") + "Thank you. And the property address?\n")
    d.t(ts() + fmt_sp.format("CALLER") + "").e(address(r, cc, unit=r.random() < .3).one(), ADDR).t("\n")
    d.t(ts() + fmt_sp.format("AGENT") + "I see the escrow analysis shows a shortage of %s because your property taxes went up. Your new payment of %s starts " % (money(r, 200, 2400, "$"), money(r, 1200, 4800, "$"))).e(fdate(r, rdate(r), lang), DT).t(".\n")
    d.t(ts() + fmt_sp.format("CALLER") + "ok can you email that to me at ").e(email_for(r, caller, country=cc), EM).t("?\n")
    d.t(ts() + fmt_sp.format("AGENT") + "Sure, sent. Case number %s. Anything else today?\n" % ("CS" + digits(r, 8)))
    d.t(ts() + fmt_sp.format("CALLER") + "no that's it, thanks\n")
    return d


def k_eviction_filing(r):
    d = Doc()
    lang = "en_US"
    a = address(r, "US", unit=True)
    co = pick(r, PM_COS)[0]
    defs = [person(r, "US") for _ in range(r.randint(1, 2))]
    county = pick(r, ["Maricopa", "Harris", "Cook", "King", "Travis", "Fulton", "Mecklenburg", "Hennepin", "Franklin", "Clark"])
    d.t("IN THE JUSTICE COURT, PRECINCT %d\n" % r.randint(1, 8)).e("%s COUNTY" % county.upper(), LOC).t("\n\n")
    d.t("%s LLC,\n    Plaintiff,\nv.\n" % co.replace(" LLC", "").upper())
    for p in defs:
        d.e(pname(r, p, "upper"), PER).t(",\n")
    d.t("AND ALL OTHER OCCUPANTS,\n    Defendant(s).\n\n")
    d.t("Case No. %d-%s-%s\n\nPETITION FOR EVICTION (FORCIBLE DETAINER)\n\n" % (r.randint(2024, 2026), pick(r, ["EV", "JP1-EV", "LT"]), digits(r, 6)))
    d.t("1. Plaintiff is the owner/agent of the premises at ").e(a.one(), ADDR).t(".\n")
    d.t("2. Defendant(s) failed to pay rent of %s due on " % money(r, 900, 3200, "$")).e(fdate(r, rdate(r), lang), DT).t(" after a notice to vacate was delivered on ").e(fdate(r, rdate(r), lang), DT).t(".\n")
    d.t("3. Plaintiff requests possession, unpaid rent of %s, court costs of $%d and attorney fees.\n\n" % (money(r, 1000, 9000, "$"), r.randint(54, 350)))
    att = person(r, "US")
    d.t("Attorney for Plaintiff: ").e(pname(r, att), PER).t(", State Bar No. %s\n" % digits(r, 8))
    d.e(address(r, "US", unit=True).one(), ADDR).t("\nTel. ").e(phone(r, "US", "land"), PH).t("  Email: ").e(email_for(r, att, pick(r, ["evictionlawgroup.com", "landlordcounsel.law", "hmpattorneys.com"])), EM).t("\n\n")
    d.t("CITATION: You are commanded to appear for trial on ").e(fdt(r, rdate(r), lang, r.randint(8, 14), pick(r, [0, 30])), DT).t(", Courtroom %s.\n" % pick(r, ["2A", "4B", "101", "C"]))
    judge = person(r, "US")
    d.t("Issued by clerk: ").e(pname(r, person(r, "US"), "init"), PER).t("    Judge: Hon. ").e(pname(r, judge, pick(r, ["full", "mid"])), PER).t("\n")
    return d


def k_str_booking(r):
    d = Doc()
    cc = pick(r, ["US", "US", "GB", "AU", "CA", "IE"])
    lang = lang_of(cc)
    a = address(r, cc, unit=r.random() < .5)
    g, h = person(r, pick(r, [cc, "US", "DE", "FR", "ES", "NL"])), person(r, cc)
    ci = rdate(r)
    co = ci + _dt.timedelta(days=r.randint(2, 9))
    d.t("%s\n" % pick(r, ["Reservation confirmed", "Your stay is booked!", "Booking confirmation", "Check-in instructions"]))
    d.t("Confirmation code: %s\n\n" % pick(r, ["HM" + alnum(r, 8, UPPER_DIG), "VRBO-" + digits(r, 9), "BK" + digits(r, 10)]))
    d.t("Hi ").e(g.first, PER).t(", your host ").e(pname(r, h, pick(r, ["first", "full"])), PER).t(" is expecting you.\n\n")
    d.t("Check-in: ").e(fdate(r, ci, lang), DT).t(", after ").e(ftime(r, pick(r, [15, 16]), 0, lang), DT).t("\n")
    d.t("Checkout: ").e(fdate(r, co, lang), DT).t(" by ").e(ftime(r, pick(r, [10, 11]), 0, lang), DT).t("\n")
    d.t("Guests: %d adults%s\n" % (r.randint(1, 6), pick(r, ["", ", 1 child", ", 2 children, 1 pet"])))
    d.t("Address: ").e(a.one(), ADDR).t("\n\n")
    d.t("Getting in: the keypad on the %s door uses code " % pick(r, ["front", "side", "garage"])).e(digits(r, pick(r, [4, 5, 6])), PWD).t(pick(r, [" followed by the check mark.", " (active during your stay only).", "#."]) + "\n")
    d.t("Wi-Fi: %s / password " % pick(r, ["SeaBreeze_Guest", "CasaLuna-5G", "TheLoft", "NETGEAR42", "CottageWifi"])).e(password(r) if r.random() < .6 else pick(r, ["welcomehome", "beachlife2024", "sunshine!23"]), PWD).t("\n")
    d.t("Parking: driveway, max 2 cars. Quiet hours apply. No parties (HOA rule %s).\n" % ("%d.%d" % (r.randint(1, 9), r.randint(1, 20))))
    d.t("Host phone: ").e(phone(r, cc, "mobile"), PH).t("\n")
    d.t("Total paid: %s (nightly %s x %d + cleaning %s + service fee)\n" % (money(r, 300, 4000, cur_of(cc)), money(r, 90, 600, cur_of(cc)), (co - ci).days, money(r, 60, 250, cur_of(cc))))
    return d


def k_zoom_tour(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "GB", "AU"])
    lang = lang_of(cc)
    ag = person(r, cc)
    a = address(r, cc, unit=r.random() < .4)
    d.e(pname(r, ag), PER).t(" is inviting you to a scheduled Zoom meeting.\n\n")
    d.t("Topic: Virtual tour - ").e(a.street if r.random() < .5 else a.one(), ADDR).t("\n")
    dd = rdate(r)
    tz = pick(r, ["Pacific Time (US and Canada)", "Eastern Time (US and Canada)", "Central Time (US and Canada)", "London", "Sydney", "Mountain Time (US and Canada)"])
    hh = r.randint(8, 19)
    d.t("Time: ").e("%s %d, %d %02d:%02d %s" % (MONTHS["en"][dd.month - 1][:3], dd.day, dd.year, hh % 12 or 12, pick(r, [0, 30]), "AM" if hh < 12 else "PM"), DT).t(" " + tz + "\n\n")
    mid = digits(r, pick(r, [10, 11]))
    d.t("Join Zoom Meeting\n").e("https://%s.zoom.us/j/%s?pwd=%s" % (pick(r, ["us02web", "us05web", "us06web", "compass"]), mid, alnum(r, 32)), URL).t("\n\n")
    d.t("Meeting ID: %s %s %s\n" % (mid[:3], mid[3:7], mid[7:]))
    d.t("Passcode: ").e(pick(r, [digits(r, 6), alnum(r, 6), alnum(r, 8, string.ascii_letters + string.digits + ".*@")]), PWD).t("\n\n---\n\nOne tap mobile\n")
    d.e("+16699006833", PH).t(",,%s# US (San Jose)\n" % mid)
    d.t("\nDial by your location\n")
    for num, loc in shuffled(r, [("+1 669 900 6833", "US (San Jose)"), ("+1 646 558 8656", "US (New York)"), ("+1 253 215 8782", "US (Tacoma)"), ("+44 203 481 5237", "United Kingdom"), ("+61 2 8015 6011", "Australia")])[:r.randint(2, 4)]:
        d.t("        ").e(num, PH).t(" %s\n" % loc)
    if r.random() < .6:
        d.t("\nFind your local number: ").e("https://%s.zoom.us/u/k%s" % (pick(r, ["us02web", "us06web"]), alnum(r, 9, string.ascii_letters)), URL).t("\n")
    return d


def k_inspection_ics(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "GB", "AU"])
    a = address(r, cc, unit=r.random() < .3)
    org, att = person(r, cc), person(r, cc)
    dom = pick(r, ["inspectpros.com", "clearviewinspections.net", "keystoneresidential.com", "harborlinehomes.com"])
    dd = rdate(r)
    h = r.randint(8, 16)
    d.t("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//%s//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n" % pick(r, ["Google Inc//Google Calendar 70.9054", "Microsoft Corporation//Outlook 16.0 MIMEDIR", "ShowingTime//Scheduler 4.2"]))
    d.t("UID:%s\r\n" % uuid(r).upper())
    d.t("DTSTAMP:%d%02d%02dT%02d%02d%02dZ\r\n" % (dd.year, dd.month, max(1, dd.day - 2), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
    tzid = pick(r, ["America/Chicago", "America/Los_Angeles", "America/New_York", "Europe/London", "Australia/Sydney", "America/Toronto"])
    d.t("DTSTART;TZID=%s:" % tzid).e("%d%02d%02dT%02d%02d00" % (dd.year, dd.month, dd.day, h, 0), DT).t("\r\n")
    d.t("DTEND;TZID=%s:" % tzid).e("%d%02d%02dT%02d%02d00" % (dd.year, dd.month, dd.day, h + r.randint(1, 3), 0), DT).t("\r\n")
    d.t("SUMMARY:%s - " % pick(r, ["Home inspection", "Final walkthrough", "Appraisal access", "Move-out inspection", "Radon test pickup"])).e(a.street, ADDR).t("\r\n")
    d.t("LOCATION:").e(a.one().replace(",", "\\,"), ADDR).t("\r\n")
    d.t("ORGANIZER;CN=").e(pname(r, org), PER).t(":mailto:").e(email_for(r, org, dom), EM).t("\r\n")
    d.t("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=").e(pname(r, att), PER).t(":mailto:").e(email_for(r, att, country=cc), EM).t("\r\n")
    d.t("DESCRIPTION:Inspector will call from ").e(phone(r, cc), PH).t(" 30 min before arrival. Lockbox code with listing agent. Order #%s\r\n" % digits(r, 7))
    d.t("SEQUENCE:%d\r\nSTATUS:CONFIRMED\r\nCREATED:%d%02d%02dT%02d%02d%02dZ\r\nLAST-MODIFIED:%d%02d%02dT%02d%02d%02dZ\r\n" % (
        r.randint(0, 3), dd.year, dd.month, max(1, dd.day - 3), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
        dd.year, dd.month, max(1, dd.day - 1), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
    d.t("BEGIN:VALARM\r\nTRIGGER:-PT30M\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    return d


def k_agent_vcard(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "GB", "AU", "DE", "FR"])
    p = person(r, cc)
    brand = pick(r, BROKER_BRANDS)
    dom = pick(r, ["compass.com", "kw.com", "evrealestate.com", "savills.com", "raywhite.com", "cbrealty.com", "knightfrank.co.uk"])
    a = address(r, cc, unit=r.random() < .4)
    d.t("BEGIN:VCARD\nVERSION:%s\n" % pick(r, ["3.0", "4.0"]))
    mid = p.mid or ""
    d.t("N:").e("%s;%s%s" % (p.last, p.first, (";" + mid) if mid else ""), PER).t(";;;\n" if not mid else ";;\n")
    d.t("FN:").e(pname(r, p, pick(r, ["full", "mid"])), PER).t("\n")
    d.t("ORG:%s\nTITLE:%s\n" % (brand, pick(r, ["REALTOR®", "Broker Associate", "Senior Property Consultant", "Lettings Negotiator", "Immobilienmakler"])))
    d.t("TEL;TYPE=CELL:").e(phone(r, cc, "mobile", intl=True), PH).t("\n")
    if r.random() < .6:
        d.t("TEL;TYPE=WORK,VOICE:").e(phone(r, cc, "land"), PH).t("\n")
    d.t("EMAIL;TYPE=INTERNET:").e(email_for(r, p, dom), EM).t("\n")
    street = a.line1()
    adr_val = "%s;%s;%s;%s;%s" % (street, a.city, a.region, a.pc, COUNTRY_NAME[cc])
    d.t("ADR;TYPE=WORK:;;").e(adr_val, ADDR).t("\n")
    d.t("URL:").e("https://www.%s/agents/%s-%s" % (dom, re.sub(r"[^a-z]", "", fold(p.first).lower()), re.sub(r"[^a-z]", "", fold(p.last).lower())), URL).t("\n")
    if r.random() < .4:
        bd = dob_date(r)
        d.t("BDAY:").e("%d-%02d-%02d" % (bd.year, bd.month, bd.day) if r.random() < .7 else "%d%02d%02d" % (bd.year, bd.month, bd.day), DOB).t("\n")
    d.t("NOTE:License #%s. %s\n" % (digits(r, 8), pick(r, ["Top 1% agent 2023.", "Se habla español.", "Relocation specialist.", ""])))
    d.t("REV:%d-%02d-%02dT%02d:%02d:%02dZ\nEND:VCARD\n" % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))
    return d


def k_home_inspection(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA"])
    lang = lang_of(cc)
    a = address(r, cc, unit=False)
    insp, cl, ag = person(r, cc), person(r, cc), person(r, cc)
    d.t("%s\nHOME INSPECTION REPORT - SUMMARY\n\n" % pick(r, ["Clearview Home Inspections", "Pillar to Post", "AmeriSpec Inspection Services", "Keystone Property Inspectors"]))
    kv(d, r, [("Property", (a.one(), ADDR)), ("Client", (pname(r, cl), PER)), ("Buyer's agent", (pname(r, ag), PER)),
              ("Inspection date", (fdt(r, rdate(r), lang, r.randint(8, 14), 0) if r.random() < .5 else fdate(r, rdate(r), lang), DT)),
              ("Inspector", [(pname(r, insp), PER), ", %s #%s" % (pick(r, ["TREC", "InterNACHI", "ASHI", "License"]), digits(r, 5))]),
              ("Weather", "%s, %d°F" % (pick(r, ["Clear", "Overcast", "Light rain"]), r.randint(38, 98))),
              ("Report #", "%d-%s" % (r.randint(2024, 2026), digits(r, 4)))])
    d.t("\nSUMMARY OF SIGNIFICANT DEFICIENCIES\n")
    items = ["2.1 Roof: %d-yr-old asphalt shingles, granule loss on south slope; evaluate by licensed roofer." % r.randint(14, 28),
             "3.4 Electrical: double-tapped breaker in panel (%s, 200A); Federal Pacific breakers present." % pick(r, ["Square D", "Zinsco", "Siemens"]),
             "4.2 Plumbing: polybutylene supply lines observed in crawlspace.",
             "5.1 HVAC: furnace manufactured %d (serial %s), past typical service life." % (r.randint(1995, 2008), alnum(r, 10, UPPER_DIG)),
             "6.3 Water heater: TPR discharge pipe missing; unit installed %d." % r.randint(2006, 2020),
             "7.2 Foundation: step cracking at NE corner, 1/4\" displacement.",
             "8.5 Attic: insulation approx. R-%d, recommend R-49." % r.randint(11, 30),
             "9.1 Grading: negative slope at rear patio, ponding observed."]
    for it in shuffled(r, items)[:r.randint(3, 6)]:
        d.t(" - " + it + "\n")
    d.t("\nQuestions? Call ").e(phone(r, cc, "land"), PH).t(" or email ").e(email_for(r, insp, pick(r, ["clearviewhi.com", "keystoneinspect.com"])), EM).t(".\n")
    return d


def k_commercial_lease_abstract(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "GB", "AU"])
    lang = lang_of(cc)
    a = address(r, cc, unit=False)
    a.street = a.street + pick(r, [", Suite %d" % r.randint(100, 450), ", Unit %s" % pick(r, ["A", "B", "C", "D", "E"]), " #%d" % r.randint(100, 300)])
    gu = person(r, cc)
    cm = rdate(r, 2022, 2026)
    d.t("LEASE ABSTRACT\n%s\n\n" % pick(r, ["Prepared for lender due diligence", "Portfolio: Retail Strip Centers", "Internal - Asset Management"]))
    tenant = pick(r, ["Blue Bottle Coffee, Inc.", "Sunrise Dental Group PLLC", "Orangetheory Fitness", "Golden Wok LLC", "Ace Hardware #%d" % r.randint(100, 9999), "Hartley & Rowe Accountants LLP"])
    rows = [("Tenant", tenant), ("Landlord", pick(r, ["Westfield Plaza Holdings LP", "Crossroads Retail Owner LLC", "Gateway Commercial REIT"])),
            ("Premises", (a.one(), ADDR)), ("Rentable area", "{:,} RSF".format(r.randint(900, 24000))),
            ("Commencement date", (fdate(r, cm, lang), DT)), ("Expiration date", (fdate(r, cm.replace(year=cm.year + r.randint(5, 10)) if not (cm.month == 2 and cm.day == 29) else cm + _dt.timedelta(days=1826), lang), DT)),
            ("Base rent", "%s/RSF/yr NNN, %d%% annual escalations" % (money(r, 18, 85, "$"), r.randint(2, 4))),
            ("Security deposit", money(r, 5000, 90000, "$", dec=False)),
            ("Renewal options", "%d x %d years at FMV, 9 months' notice" % (r.randint(1, 3), pick(r, [3, 5]))),
            ("Personal guaranty", [(pname(r, gu, pick(r, ["full", "mid"])), PER), ", capped at %d months' rent" % r.randint(6, 24)]),
            ("Exclusive use", pick(r, ["coffee and espresso beverages", "dental services", "none"]))]
    kv(d, r, rows, width=22)
    d.t("\nNotices to Tenant:\nAttn: ")
    nt = person(r, cc)
    d.e(pname(r, nt), PER).t("\n").e(address(r, cc, unit=True).block(), ADDR).t("\nEmail: ").e(email_for(r, nt, pick(r, ["sunrisedental.com", "goldenwok.net", "hartleyrowe.co.uk", "otfranchise.com"])), EM).t("\n")
    d.t("\nClauses reviewed: 4.2 (CAM cap 5%%), 11.1 (assignment), 18 (co-tenancy). SNDA executed: %s. Estoppel dated " % pick(r, ["Yes", "No", "Pending"]))
    d.e(fdate(r, rdate(r), lang), DT).t(".\n")
    return d


def k_rent_roll(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "AU", "GB"])
    lang = lang_of(cc)
    prop = pick(r, ["Cedar Court Apartments", "The Linden", "Parkside Commons", "Riverside Flats", "Magnolia Terrace"])
    d.t("RENT ROLL - %s\n" % prop)
    d.t("Property: ").e(address(r, cc, unit=False).one(), ADDR).t("\n")
    d.t("As of: ").e(fdate(r, rdate(r), lang), DT).t("    Units: %d    Occupancy: %.1f%%\n\n" % (r.randint(8, 240), r.uniform(82, 99.5)))
    d.t("%-6s %-26s %-12s %-12s %9s %9s %9s\n" % ("Unit", "Tenant", "Lease From", "Lease To", "Rent", "Deposit", "Balance"))
    d.t("-" * 90 + "\n")
    for _ in range(r.randint(4, 9)):
        unit = "%d%02d" % (r.randint(1, 4), r.randint(1, 24))
        if r.random() < .15:
            d.t("%-6s %-26s %-12s %-12s %9s %9s %9s\n" % (unit, "VACANT", "", "", money(r, 900, 2900, "", dec=False), "0", "0.00"))
            continue
        p = person(r, cc)
        nm = pname(r, p, pick(r, ["lf", "full", "LF"]))[:26]
        if nm.endswith(",") or nm.endswith(" "):
            nm = p.last
        s = rdate(r, 2022, 2025)
        e = s + _dt.timedelta(days=364)
        ds, de = fdate(r, s, lang, 0), fdate(r, e, lang, 0)
        d.t("%-6s " % unit).e(nm, PER).t(" " * (26 - len(nm)) + " ").e(ds, DT).t(" " * (12 - len(ds)) + " ").e(de, DT).t(" " * (12 - len(de)))
        d.t(" %9s %9s %9s\n" % (money(r, 900, 3900, "", dec=False), money(r, 500, 3000, "", dec=False), "%.2f" % pick(r, [0, 0, 0, r.uniform(10, 2000)])))
    d.t("-" * 90 + "\nTotals: scheduled rent %s   delinquency %.1f%%   Report ID RR-%s\n" % (money(r, 20000, 400000, "$"), r.uniform(0, 9), digits(r, 7)))
    return d


def k_w9(r):
    d = Doc()
    p = person(r, "US")
    a = address(r, "US", unit=r.random() < .3)
    d.t("Form W-9 (Rev. March 2024)\nRequest for Taxpayer Identification Number and Certification\n\n")
    d.t("1 Name of entity/individual: ").e(pname(r, p, pick(r, ["full", "mid", "upper"])), PER).t("\n")
    d.t("2 Business name/disregarded entity name, if different: %s\n" % pick(r, ["", "%s Rentals LLC" % pick(r, ["Hilltop", "Blue Door", "Magnolia", "Twin Oaks"]), "%s Handyman Services" % pick(r, ["A1", "Reliable", "Precision"])]))
    d.t("3a Federal tax classification: [X] Individual/sole proprietor   [ ] C corp   [ ] S corp   [ ] LLC\n")
    d.t("5 Address (number, street, and apt. or suite no.): ").e(a.line1(), ADDR).t("\n")
    d.t("6 City, state, and ZIP code: ").e("%s, %s" % (a.city, a.region), LOC).t(" %s\n" % a.pc)
    d.t("7 List account number(s) here (optional): ")
    if r.random() < .5:
        d.e(digits(r, 6), ACCT)
    d.t("\n\nPart I  Taxpayer Identification Number (TIN)\nSocial security number: ")
    d.e(ssn(r, pick(r, ["dash", "dash", "space"])), SSN).t("\nor Employer identification number: __-_______\n\n")
    d.t("Part II Certification\nSignature of U.S. person: ").e(pname(r, p, "full"), PER).t("    Date: ").e(fdate(r, rdate(r), "en_US"), DT).t("\n")
    d.t("\nReturn to: %s, Accounts Payable, fax " % pick(r, PM_COS)[0]).e(phone(r, "US", "land"), PH).t("\n")
    return d


def k_contractor_invoice(r):
    d = Doc()
    cc = pick(r, ["US", "US", "GB", "AU", "CA"])
    lang = lang_of(cc)
    cur = cur_of(cc)
    vendor = pick(r, ["Rapid Rooter Plumbing Inc.", "CoolAir HVAC Services", "Handy Pros LLC", "Bright Spark Electrical Ltd", "GreenScape Landscaping", "TrueLine Painting & Drywall"])
    owner = person(r, cc)
    co, dom = pick(r, PM_COS)
    d.t("%s\n" % vendor).e(address(r, cc, unit=r.random() < .3).one(), ADDR).t("\n").e(phone(r, cc, "land"), PH).t(" | ")
    vdom = re.sub(r"[^a-z]", "", vendor.lower().split()[0]) + pick(r, ["plumbing.com", "services.net", "pros.com", "co.uk", ".com.au"]).lstrip(".")
    d.e("billing@" + vdom, EM).t("\n\nINVOICE %s%s\n" % (pick(r, ["#", "No. "]), digits(r, 5)))
    d.t("Invoice date: ").e(fdate(r, rdate(r), lang), DT).t("    Due: ").e(fdate(r, rdate(r), lang), DT).t("    Terms: Net %d\n" % pick(r, [15, 30]))
    d.t("PO / Work order: WO-%s\n\nBill to: %s, Attn: Accounts Payable\n" % (digits(r, 6), co))
    d.t("Service location: ").e(address(r, cc, unit=True).one(), ADDR).t("\nOn-site contact: ").e(pname(r, owner), PER).t("\n\n")
    total = 0.0
    d.t("%-44s %5s %10s %10s\n" % ("Description", "Qty", "Rate", "Amount"))
    for desc in shuffled(r, ["Service call / diagnostic", "Labor (hrs)", "Replace wax ring and flange", "Capacitor 45/5 MFD", "Interior paint, 2 coats (sq ft)", "Haul-away / disposal", "After-hours surcharge", "Angle stop valve 3/8\""])[:r.randint(2, 5)]:
        q = r.randint(1, 8)
        rate = round(r.uniform(12, 180), 2)
        total += q * rate
        d.t("%-44s %5d %10.2f %10.2f\n" % (desc, q, rate, q * rate))
    d.t("%-44s %27s\n" % ("TOTAL", cur + "{:,.2f}".format(total)))
    if r.random() < .6:
        d.t("\nRemit by ACH: %s, routing %s, account " % (pick(r, BANKS_US), routing(r)) if cc == "US" else "\nRemit by bank transfer: sort code %s-%s-%s, account " % (digits(r, 2), digits(r, 2), digits(r, 2)))
        d.e(bank_acct(r) if cc == "US" else digits(r, 8), ACCT).t("\n")
    d.t("Thank you for your business! Licence/Lic. #%s  Tax ID %s-%s\n" % (digits(r, 6), digits(r, 2), digits(r, 7)))
    return d


def k_accommodation_letter(r):
    d = Doc()
    lang = "en_US"
    pt, doc_ = person(r, "US"), person(r, "US")
    clinic = pick(r, ["Evergreen Behavioral Health", "Lakeside Family Medicine", "Mountain View Psychiatry Associates", "Riverbend Community Clinic"])
    d.t("%s\n" % clinic).e(address(r, "US", unit=True).one(), ADDR).t("\nPhone ").e(phone(r, "US", "land"), PH).t("  Fax ").e(phone(r, "US", "land"), PH).t("\n\n")
    d.e(fdate(r, rdate(r), lang), DT).t("\n\nRE: Reasonable accommodation request - assistance animal\n")
    kv(d, r, [("Patient", (pname(r, pt, pick(r, ["full", "lf"])), PER)), ("DOB", (fdate(r, dob_date(r), lang), DOB)),
              ("MRN", (mrn(r), MRN)), ("Insurance member ID", (member_id(r), HPN) if r.random() < .6 else None)])
    d.t("\nTo the housing provider at ").e(address(r, "US", unit=True).one(), ADDR).t(":\n\n")
    d.t("I am a licensed %s and have treated the above patient since " % pick(r, ["clinical psychologist", "physician", "licensed clinical social worker", "psychiatric nurse practitioner"]))
    d.e(fdate(r, rdate(r, 2019, 2024), lang), DT).t(". The patient has a disability as defined by the Fair Housing Act, and the assistance animal (a %s named %s) " % (pick(r, ["dog", "cat"]), pick(r, PETS)))
    d.t("alleviates symptoms of that disability. I request that the landlord waive the pet fee and breed restriction as a reasonable accommodation.\n\nSincerely,\n\n")
    d.e(pname(r, doc_, pick(r, ["full", "mid"])), PER).t(", %s\nLicense %s-%s  NPI %s\n" % (pick(r, ["PsyD", "MD", "LCSW", "PMHNP-BC"]), pick(r, ["PSY", "A", "LCS"]), digits(r, 5), "1" + digits(r, 9)))
    return d


def k_senior_housing_app(r):
    d = Doc()
    lang = "en_US"
    p = person(r, "US")
    a = address(r, "US", unit=True)
    d.t("%s\nAPPLICATION FOR HOUSING - SECTION 202 SUPPORTIVE HOUSING FOR THE ELDERLY\n\n" % pick(r, ["Oak Terrace Senior Apartments", "St. Anne's Residences", "Golden Years Village"]))
    d.t("HEAD OF HOUSEHOLD\n")
    kv(d, r, [("Name", (pname(r, p, pick(r, ["full", "upper", "lf"])), PER)), ("Date of birth", (fdate(r, rdate(r, 1930, 1962), lang), DOB)),
              ("Social Security No.", (ssn(r), SSN)), ("Medicare number (MBI)", (mbi(r), HPN)),
              ("Medicaid ID", (medicaid_id(r), HPN) if r.random() < .6 else "N/A"), ("Supplemental plan / member ID", [pick(r, ["AARP Medicare Supplement", "Humana Gold Plus", "Aetna Medicare Advantage"]) + " / ", (member_id(r), HPN)] if r.random() < .5 else None),
              ("Current address", (a.one(), ADDR)), ("Telephone", (phone(r, "US", "land"), PH))])
    if r.random() < .5:
        co = person(r, "US")
        co.last = p.last if r.random() < .7 else co.last
        d.t("\nCO-HEAD / SPOUSE\n")
        kv(d, r, [("Name", (co.full, PER)), ("Date of birth", (fdate(r, rdate(r, 1930, 1962), lang), DOB)), ("Social Security No.", (ssn(r), SSN))])
    d.t("\nINCOME (annual)\n  Social Security: %s\n  Pension: %s\n  Interest/dividends: %s\n" % (money(r, 9000, 32000, "$"), money(r, 0, 24000, "$"), money(r, 0, 3000, "$")))
    d.t("\nMEDICAL / SUPPORT\n")
    doc_ = person(r, "US")
    d.t("Primary physician: Dr. ").e(pname(r, doc_, pick(r, ["full", "last"])), PER).t(", ").e(phone(r, "US", "land"), PH).t("\n")
    d.t("Patient/MRN at %s: " % pick(r, ["Providence", "Mercy Hospital", "Banner Health"])).e(mrn(r), MRN).t("\n")
    d.t("Needs accessible unit: %s   Mobility aid: %s\n" % (pick(r, ["Yes", "No"]), pick(r, ["walker", "wheelchair", "none"])))
    ec = person(r, "US")
    d.t("Emergency contact: ").e(pname(r, ec), PER).t(" (%s), " % rel(r, ec)).e(phone(r, "US", "mobile"), PH).t("\n")
    d.t("\nSigned: ").e(pname(r, p, "full"), PER).t("   Date: ").e(fdate(r, rdate(r), lang), DT).t("\nWaitlist #: %d   Received by staff initials: %s\n" % (r.randint(1, 400), alnum(r, 2, string.ascii_uppercase)))
    return d


def k_au_bond_lodgement(r):
    d = Doc()
    cc = "AU"
    lang = "en_GB"
    a = address(r, cc, unit=r.random() < .6)
    agent = person(r, cc)
    tens = [person(r, cc) for _ in range(r.randint(1, 3))]
    st = a.region
    auth = {"NSW": "NSW Fair Trading - Rental Bonds Online", "VIC": "Residential Tenancies Bond Authority (RTBA)", "QLD": "Residential Tenancies Authority (RTA)"}.get(st, "Bond Administrator")
    d.t("%s\nBond lodgement receipt\n\n" % auth)
    kv(d, r, [("Bond number", digits(r, 7)), ("Date lodged", (fdate(r, rdate(r), lang), DT)), ("Rental premises", (a.one(), ADDR)),
              ("Tenancy start date", (fdate(r, rdate(r), lang), DT)), ("Weekly rent", money(r, 380, 1400, "$", dec=False)),
              ("Bond amount", money(r, 1600, 5600, "$", dec=False)), ("Agency", pick(r, ["Ray White", "LJ Hooker", "Belle Property", "McGrath Estate Agents", "Jellis Craig"]))])
    d.t("Managing agent: ").e(pname(r, agent), PER).t(", licence no. %s, " % digits(r, 8)).e(phone(r, cc, "land"), PH).t("\n\nTenants:\n")
    for t in tens:
        d.t("  ").e(pname(r, t, pick(r, ["full", "upper"])), PER).t("  ").e(email_for(r, t, country=cc), EM)
        if r.random() < .7:
            d.t("  ").e(phone(r, cc, "mobile"), PH)
        d.t("\n")
    d.t("\nKeep this receipt. Claims for refund can be made online at ").e("https://www.%s" % pick(r, ["fairtrading.nsw.gov.au/housing-and-property/renting", "rentalbonds.vic.gov.au", "rta.qld.gov.au/forms-resources"]), URL).t("\n")
    return d


def k_india_rent_agreement(r):
    d = Doc()
    cc = "IN"
    a = address(r, cc)
    lor, lee = person(r, cc), person(r, cc)
    f1, f2 = person(r, cc), person(r, cc)
    f1.first, f2.first = pick(r, [x for x in NAMES["in"][0] if x != lor.first]), pick(r, [x for x in NAMES["in"][0] if x != lee.first])
    f1.last, f2.last = lor.last, lee.last
    dd = rdate(r)
    d.t("RENTAL AGREEMENT\n\nThis Rental Agreement is made and executed at ").e(a.city, LOC).t(" on this ").e("%s day of %s %d" % (_ord(dd.day), MONTHS["en"][dd.month - 1], dd.year), DT).t(" by and between:\n\n")
    d.t("%s " % title(r, lor)).e(pname(r, lor, pick(r, ["full", "upper"])), PER).t(", %s/o " % ("S" if lor.g == "m" else "D")).e(f1.first + " " + f1.last, PER)
    d.t(", aged about %d years, residing at " % r.randint(35, 75)).e(address(r, cc).one(), ADDR).t(", mobile ").e(phone(r, cc), PH).t(" (hereinafter called the \"LESSOR\")\n\nAND\n\n")
    d.t("%s " % title(r, lee)).e(pname(r, lee, pick(r, ["full", "upper"])), PER).t(", %s/o " % ("S" if lee.g == "m" else "D")).e(f2.first + " " + f2.last, PER)
    d.t(", working at %s, permanent address " % pick(r, ["Infosys Ltd", "Tata Consultancy Services", "HDFC Bank", "Wipro Technologies", "Accenture Solutions Pvt Ltd"])).e(address(r, cc).one(), ADDR).t(" (hereinafter called the \"LESSEE\").\n\n")
    d.t("WHEREAS the Lessor is the absolute owner of the residential flat bearing No. %s at " % a.unit.split(",")[0].replace("Flat ", "")).e(a.one(), ADDR).t(", the Lessee has agreed to take it on rent on the following terms:\n")
    d.t("1. The tenancy shall commence from ").e(fdate(r, dd, "en_GB"), DT).t(" for a period of 11 (eleven) months.\n")
    d.t("2. Monthly rent of Rs. %s/- payable on or before the 5th of every month to the Lessor's account no. " % "{:,}".format(r.randint(12, 95) * 1000)).e(digits(r, pick(r, [11, 12, 14])), ACCT).t(" (IFSC %s0%s).\n" % (pick(r, ["HDFC", "ICIC", "SBIN", "UTIB"]), digits(r, 6)))
    d.t("3. Security deposit of Rs. %s/- (interest free), refundable at vacation after deducting dues.\n" % "{:,}".format(r.randint(1, 6) * 50000))
    d.t("4. Maintenance charges of Rs. %d per month to be paid by the Lessee directly to the association.\n" % (r.randint(15, 60) * 100))
    d.t("\nWITNESSES:\n1. ").e(pname(r, person(r, cc)), PER).t("\n2. ").e(pname(r, person(r, cc)), PER).t("\n")
    d.t("\nLESSOR PAN: %s%s%s    LESSEE PAN: %s%s%s\n" % (alnum(r, 5, string.ascii_uppercase), digits(r, 4), pick(r, string.ascii_uppercase), alnum(r, 5, string.ascii_uppercase), digits(r, 4), pick(r, string.ascii_uppercase)))
    return d


def k_docusign_cert(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "GB"])
    signers = [person(r, cc) for _ in range(r.randint(2, 3))]
    sender = person(r, cc)
    co, dom = pick(r, PM_COS + TITLE_COS)
    d.t("Certificate Of Completion\nEnvelope Id: %s    Status: Completed\n" % uuid(r).upper().replace("-", ""))
    d.t("Subject: Please DocuSign: %s - " % pick(r, ["Residential Lease", "Purchase Agreement", "Addendum 2", "Lead-Based Paint Disclosure"])).e(address(r, cc, unit=r.random() < .4).street, ADDR).t(".pdf\n")
    d.t("Envelope Originator: ").e(pname(r, sender), PER).t("  ").e(email_for(r, sender, dom), EM).t("  IP Address: ").e(ip_any(r), IP).t("\n")
    d.t("Document Pages: %d   Signatures: %d   Initials: %d   Time Zone: (UTC-0%d:00)\n\n" % (r.randint(3, 40), r.randint(2, 12), r.randint(0, 30), r.randint(4, 8)))
    d.t("Signer Events\n")
    for s in signers:
        d.e(pname(r, s, pick(r, ["full", "full", "mid"])), PER).t("\n").e(email_for(r, s, country=cc), EM).t("\n")
        d.t("Security Level: Email, Account Authentication (None)   Signature Adoption: %s\n" % pick(r, ["Pre-selected Style", "Drawn on Device"]))
        d.t("Using IP Address: ").e(ip_any(r), IP).t("\n")
        if r.random() < .4:
            d.t("Signed using mobile\n")
        d.t("\n")
    d.t("Envelope History\n")
    base = r.randint(1735000000, 1770000000)
    for ev in ["Envelope Sent", "Certified Delivered", "Signing Complete", "Completed"]:
        base += r.randint(60, 80000)
        tm = time.gmtime(base)
        d.t("%d/%d/%d | %d:%02d:%02d %s | %s\n" % (tm.tm_mon, tm.tm_mday, tm.tm_year, tm.tm_hour % 12 or 12, tm.tm_min, tm.tm_sec, "AM" if tm.tm_hour < 12 else "PM", ev))
    return d


def k_showing_schedule(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA"])
    lang = lang_of(cc)
    la, ba = person(r, cc), person(r, cc)
    d.t("%s\n" % pick(r, ["Showing Confirmed", "SHOWING REQUEST APPROVED", "Your showing is scheduled"]))
    for i in range(r.randint(1, 3)):
        a = address(r, cc, unit=r.random() < .3)
        dd = rdate(r)
        h = r.randint(9, 18)
        d.t("\n%d) " % (i + 1)).e(a.one(), ADDR).t("  (MLS# %s)\n   " % mls_no(r))
        d.e(fdate(r, dd, lang), DT).t(", ").e(ftime(r, h, 0, lang), DT).t(" - ").e(ftime(r, h, 45 if r.random() < .5 else 30, lang), DT)
        d.t("\n   Access: %s\n" % pick(r, ["Supra lockbox, go and show", "Appointment - seller will be present", "Call listing agent for gate code", "Tenant occupied, 24h notice given"]))
    d.t("\nShowing agent: ").e(pname(r, ba), PER).t(", ").e(phone(r, cc, "mobile"), PH).t("\n")
    d.t("Listing agent: ").e(pname(r, la), PER).t(", ").e(email_for(r, la, pick(r, ["kw.com", "compass.com", "exprealty.com", "cbrealty.com"])), EM).t("\n")
    d.t("Leave feedback: ").e("https://www.%s/feedback/%s" % (pick(r, ["showingtime.com", "brokerbay.com", "showings.com"]), alnum(r, 12, string.ascii_lowercase + string.digits)), URL).t("\n")
    d.t("Appointment ID %s. Please arrive on time; cancel at least 2 hours prior.\n" % digits(r, 9))
    return d


def k_open_house_signin(r):
    d = Doc()
    cc = pick(r, ["US", "US", "CA", "AU", "GB"])
    lang = lang_of(cc)
    a = address(r, cc)
    d.t("OPEN HOUSE SIGN-IN\n").e(a.one(), ADDR).t("\n").e(fdate(r, rdate(r), lang), DT).t("\n\n")
    cols = ["#", "Name", "Phone", "Email", "Agent?", "Heard via"]
    d.t(" | ".join(cols) + "\n")
    for i in range(r.randint(3, 8)):
        p = person(r, cc)
        d.t("%d | " % (i + 1)).e(pname(r, p, pick(r, ["full", "full", "first", "lower", "init"])), PER).t(" | ")
        if r.random() < .75:
            d.e(phone(r, cc, "mobile"), PH)
        d.t(" | ")
        if r.random() < .6:
            d.e(email_for(r, p, country=cc), EM)
        d.t(" | ")
        if r.random() < .3:
            d.t("Y - ").e(pname(r, person(r, cc), pick(r, ["full", "last", "first"])), PER)
        else:
            d.t(pick(r, ["N", "no", "N/A"]))
        d.t(" | %s\n" % pick(r, ["Zillow", "sign", "Rightmove", "domain.com.au", "neighbor", "Instagram", "drive-by", ""]))
    return d


def k_utility_transfer(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA", "GB", "AU"])
    lang = lang_of(cc)
    util, udom = pick(r, {"US": [("Xcel Energy", "xcelenergy.com"), ("Duke Energy", "duke-energy.com"), ("PG&E", "pge.com"), ("Con Edison", "coned.com"), ("Xfinity", "xfinity.com")],
                           "CA": [("Hydro One", "hydroone.com"), ("FortisBC", "fortisbc.com"), ("Enbridge Gas", "enbridgegas.com")],
                           "GB": [("Octopus Energy", "octopus.energy"), ("British Gas", "britishgas.co.uk"), ("EDF", "edfenergy.com")],
                           "AU": [("AGL", "agl.com.au"), ("Origin Energy", "originenergy.com.au"), ("EnergyAustralia", "energyaustralia.com.au")]}[cc])
    p = person(r, cc)
    a = address(r, cc, unit=True)
    d.t("%s - %s\n\n" % (util, pick(r, ["Start Service Confirmation", "Welcome to your new home", "Move-in confirmation", "Service transfer confirmed"])))
    d.t("Dear ")
    for x in greeting_name(r, p):
        d.v(x)
    d.t(",\n\nYour service has been scheduled. Please keep these details for your records.\n\n")
    kv(d, r, [("Account holder", (pname(r, p), PER)), ("Account number", (pick(r, [digits(r, 10), "%s-%s-%s" % (digits(r, 4), digits(r, 6), digits(r, 1)), digits(r, 12)]), ACCT)),
              ("Service address", (a.one(), ADDR)), ("Start date", (fdate(r, rdate(r), lang), DT)),
              ("Confirmation #", "SR" + digits(r, 9)), ("Meter number", alnum(r, 9, UPPER_DIG)), ("Deposit required", money(r, 0, 250, cur_of(cc)))])
    d.t("\nManage your account online at ").e("https://www.%s/%s" % (udom, pick(r, ["myaccount", "account/login", "move"])), URL)
    d.t(" or call ").e(phone(r, cc, "toll") if cc in ("US", "CA", "AU") else "0800 %s %s" % (digits(r, 3), digits(r, 4)), PH).t(".\n")
    return d


def k_property_tax_bill(r):
    d = Doc()
    lang = "en_US"
    a = address(r, "US", unit=False)
    owners = [person(r, "US") for _ in range(r.randint(1, 2))]
    county = pick(r, ["Travis", "King", "Maricopa", "Los Angeles", "Cook", "Fulton", "Hennepin", "Denver"])
    d.t("OFFICE OF THE TREASURER - TAX COLLECTOR\n").e("%s COUNTY" % county.upper(), LOC).t("\n%s PROPERTY TAX STATEMENT, TAX YEAR %d\n\n" % (pick(r, ["SECURED", "REAL"]), r.randint(2023, 2025)))
    d.t("Parcel / APN: %s    Tax rate area: %s-%s    Bill #: %s\n" % (apn(r), digits(r, 2), digits(r, 3), digits(r, 9)))
    d.t("Owner(s) of record: ")
    for i, o in enumerate(owners):
        if i:
            d.t(" & ")
        d.e(pname(r, o, pick(r, ["upper", "LF"])), PER)
    d.t("\nProperty location: ").e(a.one().upper(), ADDR).t("\nMailing address:\n").e(address(r, "US", unit=r.random() < .3).block().upper(), ADDR).t("\n\n")
    land, imp = r.randint(60, 900) * 1000, r.randint(90, 1400) * 1000
    d.t("Assessed value - land: ${:,}  improvements: ${:,}  homestead exemption: -$7,000\n".format(land, imp))
    d.t("Ad valorem tax: %s   Special assessments: %s\n\n" % (money(r, 2000, 19000, "$"), money(r, 0, 900, "$")))
    i1, i2 = rdate(r), rdate(r)
    d.t("1st installment due ").e(fdate(r, i1, lang), DT).t(", delinquent after ").e(fdate(r, i1 + _dt.timedelta(days=40), lang), DT).t("\n")
    d.t("2nd installment due ").e(fdate(r, i2, lang), DT).t("\nPay online: ").e("https://%s.county-taxes.net/public/search?parcel=%s" % (county.lower().replace(" ", ""), digits(r, 10)), URL).t("\n")
    return d


def k_hoa_violation_letter(r):
    d = Doc()
    lang = "en_US"
    p = person(r, "US")
    a = address(r, "US", unit=r.random() < .3)
    mg = person(r, "US")
    assoc = pick(r, ["Willow Creek HOA", "Sierra Vista Community Association", "Stonebridge Ranch Community Association", "Lakeview Estates POA"])
    d.t("%s\nc/o %s\n\n" % (assoc, pick(r, ["Associa", "FirstService Residential", "Spectrum Association Management", "CAMS"])))
    d.e(fdate(r, rdate(r), lang), DT).t("\n\n")
    d.e(pname(r, p, pick(r, ["upper", "full"])), PER).t("\n").e(a.block(), ADDR).t("\n\n")
    d.t("Account #: ").e(digits(r, pick(r, [6, 7, 8])), ACCT).t("   Violation ID: V-%s\n\n" % digits(r, 6))
    d.t("RE: %s NOTICE OF VIOLATION\n\n" % pick(r, ["FIRST", "SECOND", "FINAL"]))
    d.t("Dear Homeowner,\n\nDuring a routine inspection on ").e(fdate(r, rdate(r), lang), DT).t(" the following condition was observed at your property: %s. " % pick(r, [
        "trash containers visible from the street", "boat/trailer parked in driveway over 48 hours", "lawn exceeds 6 inches", "unapproved exterior paint color", "holiday lights displayed past the end of January"]))
    d.t("This violates Article %s, Section %d.%d of the CC&Rs. Please correct by " % (pick(r, ["VII", "IX", "XII"]), r.randint(1, 12), r.randint(1, 9))).e(fdate(r, rdate(r), lang), DT)
    d.t(". A fine of $%d may be assessed. You may request a hearing before the Board on " % pick(r, [50, 100, 150, 250])).e(fdt(r, rdate(r), lang, 18, 30), DT).t(".\n\n")
    d.t("Questions: ").e(pname(r, mg), PER).t(", Community Manager, ").e(phone(r, "US", "land"), PH).t(" x%d, " % r.randint(100, 499)).e(email_for(r, mg, pick(r, ["associaonline.com", "fsresidential.com", "spectrumam.com"])), EM).t("\n")
    return d


def k_move_in_inspection(r):
    d = Doc()
    cc = pick(r, ["US", "US", "GB", "AU", "CA"])
    lang = lang_of(cc)
    a = address(r, cc, unit=True)
    t = person(r, cc)
    ag = person(r, cc)
    d.t("%s\n" % pick(r, ["MOVE-IN / MOVE-OUT INSPECTION CHECKLIST", "Condition Report (Entry)", "Inventory & Check-in Report"]))
    kv(d, r, [("Property", (a.one(), ADDR)), ("Tenant(s)", (pname(r, t), PER)), ("Inspection date", (fdate(r, rdate(r), lang), DT)), ("Inspected by", (pname(r, ag), PER))])
    d.t("\n%-18s %-10s %s\n" % ("Area/Item", "Condition", "Comments"))
    for room in shuffled(r, ["Living room walls", "Carpet", "Kitchen cabinets", "Oven/range", "Refrigerator", "Bathroom 1 tub", "Bedroom 1 blinds", "Smoke alarms", "Windows/screens", "Front door & locks"])[:r.randint(5, 8)]:
        d.t("%-18s %-10s %s\n" % (room, pick(r, ["Good", "Fair", "New", "Poor", "Clean"]), pick(r, ["", "minor scuffs", "stain near window, photo 12", "tested OK", "1 slat bent", "burner #3 slow to ignite"])))
    d.t("\nKeys issued: %d front, %d mailbox, %d fob (fob #%s)\nMeter readings: electric %s kWh, water %s\n" % (r.randint(1, 3), 1, r.randint(0, 2), digits(r, 5), digits(r, 5), digits(r, 4)))
    d.t("Tenant signature: ").e(pname(r, t, "full"), PER).t("   Agent signature: ").e(pname(r, ag, "init"), PER).t("\n")
    return d


# --------------------------------------------------------------------------
# KINDS -- mortgage, title, escrow
# --------------------------------------------------------------------------
def k_urla_1003(r):
    d = Doc()
    lang = "en_US"
    b = person(r, "US")
    a = address(r, "US", unit=r.random() < .4)
    subj = address(r, "US", unit=False)
    lo, ldom = pick(r, LENDERS)
    d.t("Uniform Residential Loan Application (Form 1003 / URLA)\nLender Loan No.: ").e(loan_no(r), ACCT).t("    Agency Case No.: %s-%s-%s\n\n" % (digits(r, 3), digits(r, 7), pick(r, ["703", "729", "734"])))
    d.t("Section 1a. Personal Information\n")
    pre = [("Name (First, Middle, Last, Suffix)", (pname(r, b, pick(r, ["full", "mid", "upper"])), PER)),
           ("Social Security Number", (ssn(r), SSN) if r.random() < .9 else itin(r)), ("Date of Birth (mm/dd/yyyy)", ("%02d/%02d/%d" % ((lambda x: (x.month, x.day, x.year))(dob_date(r))), DOB)),
           ("Citizenship", pick(r, ["U.S. Citizen", "Permanent Resident Alien", "Non-Permanent Resident Alien"])),
           ("Marital Status", pick(r, ["Married", "Unmarried", "Separated"])), ("Dependents (number/ages)", pick(r, ["0", "1 / 7", "2 / 4, 9"])),
           ("Cell Phone", (phone(r, "US", "mobile"), PH)), ("Email", (email_for(r, b), EM))]
    kv(d, r, pre, sep=": ")
    d.t("Current Address: ").e(a.line1(), ADDR).t("  City: ").e(a.city, LOC).t("  State: ").e(a.region, LOC).t("  ZIP: %s\n" % a.pc)
    d.t("How long at current address? %d years %d months   Housing: %s\n\n" % (r.randint(0, 15), r.randint(0, 11), pick(r, ["Own", "Rent ($%d/month)" % r.randint(900, 3800), "No primary housing expense"])))
    d.t("Section 1b. Current Employment\n")
    sup = person(r, "US")
    kv(d, r, [("Employer or Business Name", pick(r, EMPLOYERS)), ("Phone", (phone(r, "US", "land"), PH)),
              ("Position or Title", pick(r, JOBS)), ("Start Date", ("%02d/%02d/%d" % (r.randint(1, 12), r.randint(1, 28), r.randint(2008, 2024)), DT)),
              ("Base monthly income", money(r, 3500, 21000, "$")), ("Contact for verification", (pname(r, sup), PER))], sep=": ")
    d.t("\nSection 2a. Assets - Bank, Retirement, and Other Accounts\n")
    for _ in range(r.randint(1, 3)):
        d.t("  %s  %s  Account #: " % (pick(r, ["Checking", "Savings", "Money Market", "Retirement (401k)"]), pick(r, BANKS_US + ["Fidelity", "Vanguard", "Charles Schwab"]))).e(bank_acct(r), ACCT).t("  Value: %s\n" % money(r, 2000, 240000, "$"))
    d.t("\nSection 4. Loan and Property Information\nLoan Amount: %s   Loan Purpose: %s\nProperty Address: " % (money(r, 150000, 1400000, "$", dec=False), pick(r, ["Purchase", "Refinance", "Cash-Out Refinance"])))
    d.e(subj.one(), ADDR).t("\nNumber of Units: 1   Occupancy: %s   Property Value: %s\n" % (pick(r, ["Primary Residence", "Second Home", "Investment Property"]), money(r, 200000, 2000000, "$", dec=False)))
    d.t("\nSection 9. Loan Originator Information\nLoan Originator Organization: %s  NMLSR ID# %s\nLoan Originator: " % (lo, nmls(r)))
    lop = person(r, "US")
    d.e(pname(r, lop), PER).t("  NMLSR ID# %s  Email: " % nmls(r)).e(email_for(r, lop, ldom), EM).t("  Phone: ").e(phone(r, "US", "land"), PH).t("\n")
    d.t("\nBorrower signature: ").e(pname(r, b, "full"), PER).t("   Date: ").e(fdate(r, rdate(r), lang, 0), DT).t("\n")
    d.t("MERS MIN: 1000%s-%s-%s   Fannie Mae Form 1003 7/2021\n" % (digits(r, 3), digits(r, 10), digits(r, 1)))
    return d


def k_loan_estimate(r):
    d = Doc()
    lang = "en_US"
    lo, ldom = pick(r, LENDERS)
    bs = [person(r, "US") for _ in range(r.randint(1, 2))]
    if len(bs) == 2 and r.random() < .6:
        bs[1].last = bs[0].last
    prop = address(r, "US")
    mail = address(r, "US", unit=r.random() < .3)
    issued = rdate(r)
    d.t("%s\n%s\n\nLoan Estimate\n" % (lo, pick(r, ["Save this Loan Estimate to compare with your Closing Disclosure.", ""])))
    d.t("DATE ISSUED ").e(fdate(r, issued, lang, 0), DT).t("\nAPPLICANTS ")
    for i, b in enumerate(bs):
        if i:
            d.t(" and ")
        d.e(pname(r, b), PER)
    d.t("\n            ").e(mail.one(), ADDR).t("\nPROPERTY    ").e(prop.one(), ADDR).t("\nSALE PRICE  %s\n\n" % money(r, 180000, 1800000, "$", dec=False))
    d.t("LOAN TERM   30 years\nPURPOSE     %s\nPRODUCT     %s\nLOAN TYPE   %s\nLOAN ID #   " % (pick(r, ["Purchase", "Refinance"]), pick(r, ["Fixed Rate", "5/6 Adjustable Rate", "7/6 ARM"]), pick(r, ["Conventional", "FHA", "VA", "USDA"])))
    d.e(loan_no(r), ACCT).t("\nRATE LOCK   [X] YES, until ").e(fdt(r, issued + _dt.timedelta(days=r.randint(30, 60)), lang, 17, 0), DT).t(" %s\n" % pick(r, ["EDT", "CDT", "PDT", "EST"]))
    d.t("            Before closing, your interest rate, points, and lender credits can change unless you lock the interest rate. All other estimated closing costs expire on ")
    d.e(fdt(r, issued + _dt.timedelta(days=10), lang, 17, 0), DT).t("\n\n")
    rate = r.uniform(5.25, 7.99)
    d.t("Loan Terms\nLoan Amount           %s\nInterest Rate         %.3f%%\nMonthly Principal & Interest  %s\nPrepayment Penalty    NO\nBalloon Payment       NO\n\n" % (money(r, 150000, 1500000, "$", dec=False), rate, money(r, 900, 9000, "$")))
    d.t("Projected Payments\nEstimated Escrow      %s\nEstimated Total Monthly Payment  %s\n\nEstimated Cash to Close  %s\n\n" % (money(r, 150, 1200, "$"), money(r, 1200, 10000, "$"), money(r, 8000, 250000, "$")))
    d.t("Additional Information About This Loan\nLENDER  %s\nNMLS/__ LICENSE ID  %s\nLOAN OFFICER  " % (lo, nmls(r)))
    lop = person(r, "US")
    d.e(pname(r, lop), PER).t("\nNMLS/__ LICENSE ID  %s\nEMAIL  " % nmls(r)).e(email_for(r, lop, ldom), EM).t("\nPHONE  ").e(phone(r, "US", "land"), PH).t("\n")
    d.t("\nComparisons: In 5 Years %s total; APR %.3f%%; TIP %.2f%%\n" % (money(r, 40000, 400000, "$", dec=False), rate + r.uniform(.05, .4), r.uniform(60, 140)))
    d.t("LE form H-24(G) - %s\n" % pick(r, ["page 1 of 3", "page 3 of 3"]))
    return d


def k_closing_disclosure(r):
    d = Doc()
    lang = "en_US"
    lo, ldom = pick(r, LENDERS)
    tco, tdom = pick(r, TITLE_COS)
    b, s = person(r, "US"), person(r, "US")
    prop = address(r, "US", unit=r.random() < .2)
    cd = rdate(r)
    d.t("Closing Disclosure\n\nClosing Information\n")
    kv(d, r, [("Date Issued", (fdate(r, cd - _dt.timedelta(days=3), lang, 0), DT)), ("Closing Date", (fdate(r, cd, lang, 0), DT)),
              ("Disbursement Date", (fdate(r, cd + _dt.timedelta(days=pick(r, [0, 1, 3])), lang, 0), DT)),
              ("Settlement Agent", tco), ("File #", "%s-%s" % (digits(r, 2), digits(r, 6))), ("Property", (prop.one(), ADDR)),
              ("Sale Price", money(r, 180000, 1800000, "$", dec=False))], width=20)
    d.t("\nTransaction Information\n")
    kv(d, r, [("Borrower", [(pname(r, b), PER), "\n" + " " * 21, (address(r, "US", unit=r.random() < .4).one(), ADDR)]),
              ("Seller", [(pname(r, s), PER), "\n" + " " * 21, (prop.one(), ADDR)]), ("Lender", lo)], width=20)
    d.t("\nLoan Information\n")
    kv(d, r, [("Loan Term", "30 years"), ("Purpose", "Purchase"), ("Product", "Fixed Rate"), ("Loan Type", pick(r, ["Conventional", "FHA", "VA"])),
              ("Loan ID #", (loan_no(r), ACCT)), ("MIC #", digits(r, 10))], width=20)
    d.t("\nCash to Close  %s   Closing Costs  %s   Lender Credits  -%s\n" % (money(r, 10000, 300000, "$"), money(r, 4000, 30000, "$"), money(r, 0, 3000, "$")))
    d.t("\nContact Information\n")
    sa = person(r, "US")
    d.t("Settlement Agent   %s\n  Address   " % tco).e(address(r, "US", unit=True).one(), ADDR).t("\n  Contact   ").e(pname(r, sa), PER).t("\n  Contact Email   ").e(email_for(r, sa, tdom), EM).t("\n  Contact Phone   ").e(phone(r, "US", "land"), PH).t("\n")
    ra = person(r, "US")
    d.t("Real Estate Broker (B)   %s\n  Contact   " % pick(r, BROKER_BRANDS[:10])).e(pname(r, ra), PER).t("  License ID %s\n" % digits(r, 8))
    d.t("\nEscrow account: initial deposit %s; escrowed property costs over year 1: %s\n" % (money(r, 500, 6000, "$"), money(r, 2000, 18000, "$")))
    return d


def k_title_commitment(r):
    d = Doc()
    lang = "en_US"
    tco, tdom = pick(r, TITLE_COS)
    prop = address(r, "US", unit=False)
    buyers = [person(r, "US") for _ in range(r.randint(1, 2))]
    vest = person(r, "US")
    lo = pick(r, LENDERS)[0]
    d.t("%s\nCOMMITMENT FOR TITLE INSURANCE\nIssued by %s Insurance Company\n\nSCHEDULE A\n\n" % (tco.upper(), tco))
    d.t("Commitment No.: %s    Issuing Office File No.: %s\nProperty Address: " % (pick(r, ["NCS-", "TX", "CO"]) + digits(r, 7), digits(r, 8)))
    d.e(prop.one(), ADDR).t("\n")
    d.t("1. Commitment Date: ").e(fdt(r, rdate(r), lang, 8, 0), DT).t("\n")
    d.t("2. Policy to be issued:\n   (a) 2021 ALTA Owner's Policy   Proposed Insured: ")
    for i, bb in enumerate(buyers):
        if i:
            d.t(" and ")
        d.e(pname(r, bb, pick(r, ["full", "upper", "mid"])), PER)
    d.t("\n       Proposed Amount of Insurance: %s\n" % money(r, 200000, 2000000, "$"))
    d.t("   (b) 2021 ALTA Loan Policy   Proposed Insured: %s, its successors and/or assigns as their interests may appear\n" % lo)
    d.t("3. The estate or interest in the Land is Fee Simple.\n4. Title is, at the Commitment Date, vested in: ")
    d.e(pname(r, vest, pick(r, ["upper", "full"])), PER).t(", %s\n" % pick(r, ["a single person", "a married man as his sole and separate property", "as Trustee of the Family Living Trust dated " ]))
    if d.parts[-1].endswith("dated \n"):
        d.parts[-1] = d.parts[-1][:-1]
        d.pos -= 1
        d.e(fdate(r, rdate(r, 2005, 2022), lang), DT).t("\n")
    d.t("5. The Land is described as follows: LOT %d, BLOCK %s, %s, ACCORDING TO THE MAP OR PLAT THEREOF RECORDED IN VOLUME %d, PAGE %d, PLAT RECORDS. APN %s\n\n" % (
        r.randint(1, 60), pick(r, "ABCDEFG"), pick(r, ["SUNSET HILLS ADDITION", "OAK MEADOW SUBDIVISION PHASE 2", "RIVERBEND ESTATES"]), r.randint(10, 300), r.randint(1, 500), apn(r)))
    d.t("SCHEDULE B, PART I - REQUIREMENTS\n1. Record Warranty Deed from vested owner to proposed insured.\n2. Payoff and release of Deed of Trust recorded as Instrument No. %d%s.\n3. Spousal joinder required.\n" % (r.randint(2010, 2024), digits(r, 6)))
    d.t("SCHEDULE B, PART II - EXCEPTIONS\n1. Taxes for the year %d, not yet due and payable.\n2. Easement to %s recorded in Book %d, Page %d.\n\n" % (r.randint(2024, 2026), pick(r, ["Pacific Power & Light", "Comcast Cable", "the public utility district"]), r.randint(100, 9000), r.randint(1, 900)))
    eo = person(r, "US")
    d.t("Escrow Officer: ").e(pname(r, eo), PER).t("  ").e(phone(r, "US", "land"), PH).t("  ").e(email_for(r, eo, tdom), EM).t("\n")
    return d


def k_wire_instructions(r):
    d = Doc()
    lang = "en_US"
    tco, tdom = pick(r, TITLE_COS)
    eo = person(r, "US")
    prop = address(r, "US", unit=r.random() < .3)
    buyer = person(r, "US")
    d.t("%s\nWIRE INSTRUCTIONS - BUYER FUNDS TO CLOSE\n\n" % tco)
    d.t("*** WIRE FRAUD ALERT: %s will NEVER change wiring instructions by email. Before wiring, call your escrow officer at a verified number. ***\n\n" % tco)
    kv(d, r, [("Escrow / File No.", "%s-%s" % (digits(r, 2), digits(r, 6) + pick(r, ["-JM", "-KC", ""]))), ("Property", (prop.one(), ADDR)),
              ("Buyer", (pname(r, buyer), PER)), ("Estimated closing date", (fdate(r, rdate(r), lang), DT))])
    d.t("\nReceiving Bank: %s\nBank Address: " % pick(r, BANKS_US)).e(address(r, "US", unit=False).one(), ADDR)
    d.t("\nABA Routing #: %s\nSWIFT: %s\nBeneficiary: %s Escrow Trust Account\nBeneficiary Account #: " % (routing(r), pick(r, ["CHASUS33", "BOFAUS3N", "WFBIUS6S", "USBKUS44"]), tco)).e(bank_acct(r), ACCT)
    d.t("\nReference: File %s / buyer last name\n\n" % digits(r, 6))
    d.t("Escrow Officer: ").e(pname(r, eo), PER).t("\nDirect: ").e(phone(r, "US", "land"), PH).t("\nEmail: ").e(email_for(r, eo, tdom), EM).t("\n")
    d.t("Funds must be received by ").e(fdt(r, rdate(r), lang, pick(r, [12, 14, 15]), 0), DT).t(" %s on the business day before closing.\n" % pick(r, ["PT", "CT", "ET"]))
    return d


def k_appraisal(r):
    d = Doc()
    lang = "en_US"
    subj = address(r, "US", unit=r.random() < .25)
    bor, own, appr = person(r, "US"), person(r, "US"), person(r, "US")
    lo, ldom = pick(r, LENDERS)
    d.t("Uniform Residential Appraisal Report    File # %s\n\n" % digits(r, 7))
    d.t("SUBJECT\nProperty Address: ").e(subj.line1(), ADDR).t("   City: ").e(subj.city, LOC).t("   State: ").e(subj.region, LOC).t("   Zip Code: %s\n" % subj.pc)
    d.t("Borrower: ").e(pname(r, bor), PER).t("   Owner of Public Record: ").e(pname(r, own, pick(r, ["upper", "full", "LF"])), PER).t("   County: ").e(pick(r, ["Travis", "Maricopa", "King", "Wake", "Denver", "Hillsborough"]), LOC).t("\n")
    d.t("Legal Description: Lot %d Blk %s %s\nAssessor's Parcel #: %s   Tax Year: %d   R.E. Taxes $ %s\n" % (r.randint(1, 90), pick(r, "ABCD"), pick(r, ["Sunset Hills Sec 3", "Meadowbrook Ph 2", "Oak Park Add"]), apn(r), r.randint(2023, 2025), "{:,}".format(r.randint(1800, 16000))))
    d.t("Lender/Client: %s   Address: " % lo).e(address(r, "US", unit=True).one(), ADDR).t("\n")
    d.t("Is the subject property currently offered for sale? No. MLS# %s expired.\n\n" % mls_no(r))
    d.t("SALES COMPARISON APPROACH\n")
    d.t("%-10s %-46s %12s %10s\n" % ("", "Address", "Sale Price", "GLA"))
    for i in range(3):
        ca = address(r, "US", unit=False)
        d.t("%-10s " % ("Comp %d" % (i + 1))).e(ca.street, ADDR)
        d.t(" " * max(1, 46 - len(ca.street)) + " %12s %10s\n" % (money(r, 250000, 1500000, "$", dec=False), "{:,} sf".format(r.randint(900, 4200))))
    d.t("\nIndicated Value by Sales Comparison Approach $ %s\n\n" % "{:,}".format(r.randint(250, 1500) * 1000))
    d.t("RECONCILIATION: This appraisal is made \"as is\". Effective date of appraisal: ").e(fdate(r, rdate(r), lang), DT).t("\n\n")
    d.t("APPRAISER\nName: ").e(pname(r, appr, pick(r, ["full", "mid"])), PER).t("\nCompany: %s\nTelephone: " % pick(r, ["Clearview Appraisal Group", "Benchmark Valuation LLC", "Summit Appraisals"])).e(phone(r, "US", "land"), PH)
    d.t("\nEmail: ").e(email_for(r, appr, pick(r, ["clearviewappraisal.com", "benchmarkval.com", "summitappraisals.net"])), EM).t("\nDate of Signature and Report: ").e(fdate(r, rdate(r), lang), DT)
    d.t("\nState Certification # %s%s   State: %s   Expiration Date of Certification: " % (pick(r, ["TX-", "AZ", "CR", ""]), digits(r, 7), pick(r, ["TX", "AZ", "WA", "NC", "CO", "FL"]))).e(fdate(r, rdate(r, 2025, 2027), lang), DT).t("\n")
    d.t("UAD Version 1.%d   Form 1004 (3/05)   AMC order %s\n" % (r.randint(2, 9), alnum(r, 10, UPPER_DIG)))
    return d


def k_mortgage_statement(r):
    d = Doc()
    lang = "en_US"
    lo = pick(r, ["Mr. Cooper", "Rocket Mortgage", "Lakeview Loan Servicing", "Cenlar FSB", "PennyMac Loan Services", "Shellpoint Mortgage Servicing"])
    b = person(r, "US")
    prop = address(r, "US", unit=r.random() < .3)
    mail = prop if r.random() < .6 else address(r, "US", unit=True)
    sd = rdate(r)
    d.t("%s\nMortgage Statement\n\n" % lo)
    d.e(pname(r, b, pick(r, ["upper", "full"])), PER).t("\n").e(mail.block().upper(), ADDR).t("\n\n")
    kv(d, r, [("Statement Date", (fdate(r, sd, lang, 0), DT)), ("Account Number", (loan_no(r), ACCT)), ("Payment Due Date", (fdate(r, sd + _dt.timedelta(days=r.randint(14, 20)), lang, 0), DT)),
              ("Amount Due", money(r, 900, 7000, "$")), ("Property Address", (prop.one(), ADDR))], width=20)
    pr, it, es = r.uniform(200, 1500), r.uniform(400, 4000), r.uniform(150, 1200)
    d.t("\nExplanation of Amount Due\n  Principal            $%9.2f\n  Interest             $%9.2f\n  Escrow (Taxes/Ins.)  $%9.2f\n  Regular Monthly Pmt  $%9.2f\n" % (pr, it, es, pr + it + es))
    d.t("If payment is received after ").e(fdate(r, sd + _dt.timedelta(days=30), lang, 0), DT).t(", a $%d.%02d late fee will be charged.\n" % (r.randint(35, 120), r.randint(0, 99)))
    d.t("\nOutstanding principal %s   Interest rate %.3f%%   Prepayment penalty: None\nEscrow balance %s\n" % (money(r, 90000, 900000, "$"), r.uniform(2.5, 7.9), money(r, 200, 6000, "$")))
    d.t("\nTransaction Activity\n")
    for _ in range(r.randint(1, 3)):
        x = rdate(r)
        d.e("%02d/%02d" % (x.month, x.day), DT).t("  %s  %s\n" % (pick(r, ["Payment Received", "Hazard Insurance Disbursement", "County Tax Disbursement", "Late Charge"]), money(r, 50, 5000, "$")))
    d.t("\nQuestions? Call ").e(phone(r, "US", "toll"), PH).t(pick(r, [", Monday through Friday, or visit ", " or visit "])).e("https://www.%s" % pick(r, ["mrcooper.com/servicing", "rocketmortgage.com/account", "lakeview.com/myloan", "pennymac.com/login"]), URL).t("\nNMLS #%s. This is an attempt to collect a debt.\n" % nmls(r))
    return d


def k_grant_deed(r):
    d = Doc()
    lang = "en_US"
    prop = address(r, "US", unit=False)
    grantors = [person(r, "US") for _ in range(r.randint(1, 2))]
    grantees = [person(r, "US") for _ in range(r.randint(1, 2))]
    notary = person(r, "US")
    d.t("RECORDING REQUESTED BY\n%s\n\nWHEN RECORDED MAIL TO AND MAIL TAX STATEMENTS TO:\n" % pick(r, TITLE_COS)[0])
    d.e(pname(r, grantees[0], "upper"), PER).t("\n").e(prop.block().upper(), ADDR).t("\n\n")
    d.t("DOC # %d-%s   Recorded %s   Fee $%d.00\nAPN: %s   Escrow No. %s\n\n" % (r.randint(2024, 2026), digits(r, 7), "Official Records", r.randint(20, 120), apn(r), digits(r, 6)))
    d.t("GRANT DEED\n\nThe undersigned grantor(s) declare(s): DOCUMENTARY TRANSFER TAX $%s, computed on full value of property conveyed.\n\n" % "{:,.2f}".format(r.uniform(200, 4000)))
    d.t("FOR A VALUABLE CONSIDERATION, receipt of which is hereby acknowledged, ")
    for i, g in enumerate(grantors):
        if i:
            d.t(" and ")
        d.e(pname(r, g, "upper"), PER)
    d.t(", %s, hereby GRANT(S) to " % pick(r, ["husband and wife as community property", "a married couple", "an unmarried man", "as joint tenants"]))
    for i, g in enumerate(grantees):
        if i:
            d.t(" and ")
        d.e(pname(r, g, "upper"), PER)
    d.t(", the real property in the City of ").e(prop.city, LOC).t(", County of ").e(pick(r, ["Orange", "Santa Clara", "San Diego", "Alameda", "Sacramento", "Wake", "King", "Travis"]), LOC).t(", State of ").e(ST_FULL.get(prop.region, prop.region), LOC)
    d.t(", described as: LOT %d OF TRACT NO. %d, AS PER MAP RECORDED IN BOOK %d PAGES %d TO %d OF MISCELLANEOUS MAPS.\n\nCommonly known as: " % (r.randint(1, 99), r.randint(1000, 19999), r.randint(100, 900), r.randint(1, 50), r.randint(51, 99)))
    d.e(prop.one(), ADDR).t("\n\nDated: ").e(fdate(r, rdate(r), lang), DT).t("\n\n")
    d.t("A notary public certifying this certificate verifies only the identity of the individual who signed the document.\nOn ").e(fdate(r, rdate(r), lang), DT).t(" before me, ").e(pname(r, notary, "full"), PER)
    d.t(", Notary Public, personally appeared ")
    d.e(pname(r, grantors[0], "full"), PER)
    if r.random() < .4:
        d.t(", who proved to me on the basis of satisfactory evidence (").e(ST_FULL.get(prop.region, "California"), LOC).t(" driver license no. ").e(dl(r, prop.region if prop.region in ("CA", "TX", "FL", "WA", "AZ", "CO", "GA", "NY", "IL") else "CA")[0], DL).t(")")
    else:
        d.t(", who proved to me on the basis of satisfactory evidence")
    d.t(" to be the person(s) whose name(s) is/are subscribed.\nCommission # %s   My Comm. Expires: " % digits(r, 7)).e(fdate(r, rdate(r, 2025, 2028), lang), DT).t("\n")
    return d


def k_purchase_offer(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA"])
    lang = lang_of(cc)
    ba, la = person(r, cc), person(r, cc)
    buyers = [person(r, cc) for _ in range(r.randint(1, 2))]
    prop = address(r, cc, unit=r.random() < .3)
    bdom = pick(r, ["kw.com", "compass.com", "exprealty.com", "cbrealty.com", "redfin.com"])
    email_headers(d, r, ba, email_for(r, ba, bdom), la, email_for(r, la, pick(r, ["kw.com", "compass.com", "remax.net", "sothebysrealty.com"])),
                  ["Offer - ", (prop.street, ADDR)])
    d.t("Hi ").e(la.first, PER).t(",\n\nPlease find attached our offer on ").e(prop.one(), ADDR).t(" on behalf of my clients ")
    for i, b in enumerate(buyers):
        if i:
            d.t(" and ")
        d.e(pname(r, b), PER)
    d.t(". Summary:\n\n")
    kv(d, r, [("Purchase price", money(r, 250000, 2500000, "$", dec=False)), ("Earnest money", "%s, wired to %s within 3 business days" % (money(r, 5000, 60000, "$", dec=False), pick(r, TITLE_COS)[0])),
              ("Financing", pick(r, ["Conventional, 20% down, pre-approval attached", "Cash - proof of funds attached", "FHA 3.5% down", "VA, 0% down"])),
              ("Inspection period", "%d days" % pick(r, [5, 7, 10])), ("Appraisal gap", pick(r, ["up to $15,000", "none", "waived"])),
              ("Close of escrow", (fdate(r, rdate(r), lang), DT)), ("Offer expires", (fdt(r, rdate(r), lang, pick(r, [12, 17, 18, 20]), 0), DT))], indent="  ", sep=": ")
    d.t("\nThey love the house and wrote a letter (attached). Lender is %s; the loan officer " % pick(r, LENDERS)[0])
    lo = person(r, cc)
    d.e(pname(r, lo), PER).t(" can be reached at ").e(phone(r, cc), PH).t(" to verify.\n\nThanks,\n")
    sig_block(d, r, ba, "REALTOR® | DRE #0%s" % digits(r, 7) if cc == "US" else "Sales Representative", phone(r, cc, "mobile"), None, pick(r, BROKER_BRANDS[:10]))
    return d


def k_voe(r):
    d = Doc()
    lang = "en_US"
    emp = person(r, "US")
    hr = person(r, "US")
    employer = pick(r, EMPLOYERS)
    d.t("%s - Human Resources\n" % employer).e(address(r, "US", unit=True).one(), ADDR).t("\n\n").e(fdate(r, rdate(r), lang), DT).t("\n\n")
    d.t("VERIFICATION OF EMPLOYMENT\n\nTo: %s, Attn: Underwriting\nRe: " % pick(r, LENDERS)[0]).e(pname(r, emp), PER)
    d.t(" (SSN: XXX-XX-%s)\n\n" % digits(r, 4))
    d.t("This letter confirms that ").e(pname(r, emp, pick(r, ["full", "mid"])), PER).t(" has been employed by %s since " % employer).e(fdate(r, rdate(r, 2010, 2024), lang), DT)
    d.t(" as a full-time %s. Current base salary is %s per year, paid %s. Overtime and bonus in the last 12 months: %s. " % (pick(r, JOBS), money(r, 42000, 220000, "$", dec=False), pick(r, ["bi-weekly", "semi-monthly", "monthly"]), money(r, 0, 25000, "$", dec=False)))
    d.t("Probability of continued employment: %s.\n\n" % pick(r, ["good", "excellent", "no reason to believe otherwise"]))
    d.t("Employee ID: %s\n\nFor questions please contact me directly at " % ("E" + digits(r, 6))).e(phone(r, "US", "land"), PH).t(" or ").e(email_for(r, hr, pick(r, ["hr-verify.com", "theworknumber-alt.com", "corp-hr.net"])), EM).t(".\n\nSincerely,\n")
    d.e(pname(r, hr), PER).t("\n%s, HR Operations\n" % pick(r, ["Senior Specialist", "Manager", "Generalist"]))
    return d


def k_gift_letter(r):
    d = Doc()
    lang = "en_US"
    donor, borr = person(r, "US"), person(r, "US")
    if r.random() < .6:
        donor.last = borr.last
    prop = address(r, "US", unit=r.random() < .2)
    d.t("GIFT LETTER\n\n")
    d.t("I/We, ").e(pname(r, donor, pick(r, ["full", "mid"])), PER).t(", do hereby certify that I/we have made a gift of %s to " % money(r, 5000, 150000, "$", dec=False))
    d.e(pname(r, borr), PER).t(", my/our %s, to be applied toward the purchase of the property located at " % pick(r, ["daughter", "granddaughter", "niece", "sister"] if borr.g == "f" else ["son", "grandson", "nephew", "brother"])).e(prop.one(), ADDR).t(".\n\n")
    d.t("No repayment of this gift is expected or implied in the form of cash or by future services.\n\n")
    d.t("The funds were transferred on ").e(fdate(r, rdate(r), lang), DT).t(" from the donor's account listed below.\n\n")
    kv(d, r, [("Donor's name", (pname(r, donor, "full"), PER)), ("Donor's address", (address(r, pick(r, ["US", "US", "US", "CA", "GB"]), unit=r.random() < .3).one(), ADDR)),
              ("Donor's phone", (phone(r, "US"), PH)), ("Relationship", pick(r, ["Parent", "Grandparent", "Sibling", "Aunt"])),
              ("Bank name", pick(r, BANKS_US)), ("Account number", (bank_acct(r), ACCT)), ("Routing (ABA)", routing(r))])
    d.t("\nDonor signature: ________________   Date: ").e(fdate(r, rdate(r), lang), DT).t("\nBorrower signature: ________________   Date: ").e(fdate(r, rdate(r), lang), DT).t("\n")
    return d


def k_preapproval(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA"])
    lang = lang_of(cc)
    lo, ldom = pick(r, LENDERS)
    bs = [person(r, cc) for _ in range(r.randint(1, 2))]
    lop = person(r, cc)
    d.t("%s\n" % lo).e(address(r, cc, unit=True).one(), ADDR).t("\n\n").e(fdate(r, rdate(r), lang), DT).t("\n\nRE: Pre-Approval for ")
    for i, b in enumerate(bs):
        if i:
            d.t(" & ")
        d.e(pname(r, b), PER)
    d.t("\n\nCongratulations! Based on a review of your credit, income and assets, you are pre-approved for a %s loan up to %s with a maximum purchase price of %s" % (
        pick(r, ["30-year fixed conventional", "FHA", "VA", "jumbo"]), money(r, 200000, 2000000, "$", dec=False), money(r, 250000, 2600000, "$", dec=False)))
    if r.random() < .5:
        d.t(" in ").e(city_only(r, cc), LOC)
    d.t(". This pre-approval expires on ").e(fdate(r, rdate(r), lang), DT).t(" and is subject to a satisfactory appraisal, clear title and no material change in your financial condition.\n\n")
    d.t("Sincerely,\n\n")
    sig_block(d, r, lop, "Senior Loan Officer | NMLS #%s" % nmls(r), phone(r, cc), email_for(r, lop, ldom), None)
    d.t("%s | NMLS #%s | Equal Housing Lender\n" % (lo, nmls(r)))
    return d


def k_rate_lock_email(r):
    d = Doc()
    lang = "en_US"
    lo, ldom = pick(r, LENDERS)
    b, lop = person(r, "US"), person(r, "US")
    be, le = email_for(r, b), email_for(r, lop, ldom)
    email_headers(d, r, lop, le, b, be, pick(r, ["Your rate is locked!", "Rate lock confirmation", "Locked - next steps"]))
    d.t("Hi ").e(b.first, PER).t(",\n\nGood news - your rate is locked. Details:\n\n")
    rate = r.uniform(5.1, 7.6)
    d.t("  Loan number: ").e(loan_no(r), ACCT).t("\n  Rate: %.3f%% / APR %.3f%%\n  Points: %.3f\n  Lock period: %d days\n  Lock expires: " % (rate, rate + .18, r.uniform(0, 1.5), pick(r, [30, 45, 60])))
    d.e(fdate(r, rdate(r), lang), DT).t("\n  Property: ").e(address(r, "US").one(), ADDR).t("\n\n")
    d.t("Next steps: upload your two most recent bank statements and %d W-2s to the portal (" % r.randint(1, 2)).e("https://%s/portal/%s" % (ldom, alnum(r, 8, string.ascii_lowercase)), URL).t("). ")
    d.t("Your processor, ").e(pname(r, person(r, "US")), PER).t(", will reach out to schedule the appraisal.\n\nBest,\n")
    sig_block(d, r, lop, "Loan Officer, NMLS %s" % nmls(r), phone(r, "US", "mobile"), le, lo)
    return d


def k_escrow_status_email(r):
    d = Doc()
    lang = "en_US"
    tco, tdom = pick(r, TITLE_COS)
    eo, ag = person(r, "US"), person(r, "US")
    prop = address(r, "US", unit=r.random() < .3)
    email_headers(d, r, eo, email_for(r, eo, tdom), ag, email_for(r, ag, pick(r, ["kw.com", "compass.com", "exprealty.com"])), "Escrow #%s - status update" % digits(r, 7),
                  cc_pairs=[(None, "closings@" + tdom)] if r.random() < .5 else ())
    d.t("Hi ").e(ag.first, PER).t(",\n\nQuick update on ").e(prop.one(), ADDR).t(":\n\n")
    items = [["- Earnest money of %s received " % money(r, 5000, 50000, "$", dec=False), (fdate(r, rdate(r), lang), DT)],
             ["- Preliminary title report issued; HOA demand ordered from %s" % pick(r, ["HomeWiseDocs", "CondoCerts", "the management company"])],
             ["- Seller's payoff requested from %s" % pick(r, ["Mr. Cooper", "Rocket Mortgage", "Wells Fargo"])],
             ["- Loan docs expected ", (fdate(r, rdate(r), lang), DT), "; signing with mobile notary ", (pname(r, person(r, "US")), PER), " at ", (ftime(r, r.randint(9, 18), 0, lang), DT)],
             ["- Buyer needs to bring a cashier's check or wire %s" % money(r, 10000, 200000, "$")]]
    for it in shuffled(r, items)[:r.randint(3, 5)]:
        for p in it:
            d.v(p)
        d.t("\n")
    d.t("\nScheduled close of escrow: ").e(fdate(r, rdate(r), lang), DT).t(". Let me know if anything changes.\n\nThanks,\n")
    sig_block(d, r, eo, "Escrow Officer", phone(r, "US", "land"), None, tco)
    return d


def k_bank_statement(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA"])
    lang = lang_of(cc)
    b = person(r, cc)
    bank = pick(r, BANKS_US) if cc == "US" else pick(r, ["RBC Royal Bank", "TD Canada Trust", "Scotiabank", "BMO"])
    d.t("%s\n" % bank).e(pname(r, b, "upper"), PER).t("\n").e(address(r, cc, unit=r.random() < .4).block().upper(), ADDR).t("\n\n")
    d.t("Statement period: ").e(fdate(r, rdate(r), lang, 2 if lang == "en_US" else None), DT).t(" through ").e(fdate(r, rdate(r), lang, 2 if lang == "en_US" else None), DT).t("\n")
    d.t("Account number: ").e(bank_acct(r), ACCT).t("   %s\n\n" % pick(r, ["Total Checking", "Advantage Savings", "Everyday Chequing"]))
    d.t("Beginning balance %s\n" % money(r, 1000, 90000, "$"))
    for _ in range(r.randint(4, 9)):
        x = rdate(r)
        desc = pick(r, ["DIRECT DEP %s PAYROLL" % pick(r, EMPLOYERS).upper(), "ZELLE TO %s" % "LANDLORD", "POS PURCHASE COSTCO WHSE #%d" % r.randint(100, 1400),
                        "ACH DEBIT %s MORTGAGE" % pick(r, ["MR COOPER", "ROCKET"]), "ATM WITHDRAWAL %s" % digits(r, 6), "ONLINE TRANSFER REF #%s" % alnum(r, 10, UPPER_DIG),
                        "CHECK #%d" % r.randint(1000, 3000), "VENMO PAYMENT %s" % digits(r, 10)])
        d.e("%02d/%02d" % (x.month, x.day), DT).t("  %-44s %12s\n" % (desc, money(r, 5, 6000, "")))
    d.t("Ending balance %s\n\nCustomer service: " % money(r, 1000, 90000, "$")).e(phone(r, cc, "toll"), PH).t("\nMember FDIC. Page 1 of %d\n" % r.randint(2, 6))
    return d


def k_hazard_insurance(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA"])
    lang = lang_of(cc)
    ins = pick(r, ["State Farm Fire and Casualty", "Allstate", "Travelers", "Liberty Mutual", "USAA", "Lemonade Insurance"])
    nh = person(r, cc)
    lo = pick(r, LENDERS)[0]
    prop = address(r, cc, unit=False)
    d.t("%s\nHOMEOWNERS POLICY DECLARATIONS (HO-3)\n\n" % ins)
    kv(d, r, [("Policy number", "%s %s-%s" % (digits(r, 2), digits(r, 2), alnum(r, 6, UPPER_DIG))), ("Policy period", [(fdate(r, rdate(r), lang), DT), " to ", (fdate(r, rdate(r), lang), DT), " ", ("12:01 AM", DT), " standard time"]),
              ("Named insured", (pname(r, nh, pick(r, ["upper", "full"])), PER)), ("Residence premises", (prop.one(), ADDR)),
              ("Mortgagee", [lo + " ISAOA/ATIMA, loan # ", (loan_no(r), ACCT)])])
    d.t("\nCoverage A Dwelling %s   B Other Structures %s   C Personal Property %s   D Loss of Use %s\nDeductible: %s all perils; %s%% wind/hail\nAnnual premium: %s\n" % (
        money(r, 200000, 1200000, "$", dec=False), money(r, 20000, 120000, "$", dec=False), money(r, 100000, 600000, "$", dec=False), money(r, 40000, 200000, "$", dec=False),
        money(r, 500, 5000, "$", dec=False), pick(r, ["1", "2", "5"]), money(r, 900, 6000, "$")))
    ag = person(r, cc)
    d.t("\nYour agent: ").e(pname(r, ag), PER).t("  ").e(phone(r, cc, "land"), PH).t("\nForms: HO 00 03 05 11, HO 04 90. Claims: ").e(phone(r, cc, "toll"), PH).t("\n")
    return d


def k_cc_authorization(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA"])
    lang = lang_of(cc)
    co, dom = pick(r, PM_COS)
    p = person(r, cc)
    a = address(r, cc, unit=r.random() < .4)
    d.t("%s\n%s\n\n" % (co, pick(r, ["CREDIT CARD AUTHORIZATION FORM", "Credit Card Payment Authorization", "One-Time Card Authorization"])))
    purpose = pick(r, ["Holding deposit", "Application fee", "Pet deposit", "Move-in funds", "Repair chargeback"])
    d.t("Purpose: [X] %s   Property: " % purpose).e(address(r, cc, unit=True).one(), ADDR).t("\n\n")
    d.t("I, ").e(pname(r, p, pick(r, ["full", "mid"])), PER).t(", authorize %s to charge my card %s on " % (co, money(r, 35, 4000, "$"))).e(fdate(r, rdate(r), lang), DT).t(".\n\n")
    brand = pick(r, ["visa", "mc", "amex", "disc"])
    items = [("Card type", {"visa": "Visa", "mc": "MasterCard", "amex": "American Express", "disc": "Discover"}[brand]),
             ("Cardholder name", (pname(r, p, pick(r, ["full", "upper"])), PER)), ("Card number", (card(r, brand), CC)),
             ("Expiration date", ("%02d/%s" % (r.randint(1, 12), pick(r, ["%02d" % r.randint(26, 31), "20%02d" % r.randint(26, 31)])), DT)),
             ("CVV", pick(r, ["(provided by phone)", "___", "on file"])), ("Billing address", (a.one(), ADDR)),
             ("Phone", (phone(r, cc), PH)), ("Email", (email_for(r, p, country=cc), EM))]
    kv(d, r, items)
    d.t("\nI understand this authorization is non-refundable once the lease is signed, except as required by law.\n")
    d.t("Signature: ").e(pname(r, p, "full"), PER).t("   Date: ").e(fdate(r, rdate(r), lang), DT).t("\n\n")
    d.t("OFFICE USE ONLY - processed by %s, approval code %s, batch %s, ref %s\n" % (alnum(r, 2, string.ascii_uppercase), alnum(r, 6, UPPER_DIG), digits(r, 4), digits(r, 10)))
    return d


def k_self_tour(r):
    d = Doc()
    cc = pick(r, ["US", "US", "US", "CA"])
    lang = lang_of(cc)
    p = person(r, cc)
    a = address(r, cc, unit=r.random() < .5)
    st = pick(r, ["CA", "TX", "FL", "WA", "AZ", "GA", "NC", "CO", "IL", "NY", "OH"]) if cc == "US" else "ON"
    dln, _ = dl(r, st)
    dd = rdate(r)
    h = r.randint(8, 18)
    d.t("%s\nSelf-guided tour request %s\n\n" % (pick(r, ["Rently", "Tour24", "ShowMojo", "Self-Tour by Keystone"]), "ST-" + digits(r, 8)))
    kv(d, r, [("Property", (a.one(), ADDR)), ("Tour date", (fdate(r, dd, lang), DT)),
              ("Window", [(ftime(r, h, 0, lang), DT), " - ", (ftime(r, h + 1, 0, lang), DT)]),
              ("Visitor", (pname(r, p), PER)), ("Mobile", (phone(r, cc, "mobile"), PH)), ("Email", (email_for(r, p, country=cc), EM))])
    d.t("\nIdentity verification\n")
    kv(d, r, [("Document", ["Driver license, ", (ST_FULL.get(st, "Ontario"), LOC)]), ("License number", (dln, DL)),
              ("Expires", (fdate(r, rdate(r, 2026, 2031), lang), DT)), ("Selfie match score", "%.2f" % r.uniform(.8, .99)),
              ("Card hold", "$%d on card ending %s (released after tour)" % (pick(r, [1, 25, 50]), digits(r, 4)))])
    d.t("Device: %s, IP " % pick(r, ["iPhone 14, iOS 17.4", "Pixel 8, Android 14", "Chrome 124 on Windows"])).e(ip_any(r), IP).t("\n")
    d.t("\nYour lockbox access code is ").e(digits(r, pick(r, [4, 6, 7])), PWD).t(". It works only during your tour window. Please lock the door and return keys to the box.\n")
    d.t("Questions during your tour? Leasing agent on call: ").e(phone(r, cc), PH).t("\n")
    return d


def k_assisted_living(r):
    d = Doc()
    lang = "en_US"
    p = person(r, "US")
    fac = pick(r, ["Brookdale Cedar Ridge", "Sunrise of Maple Grove", "Atria Park Residences", "Willowbrook Senior Living"])
    d.t("%s\nRESIDENT ADMISSION FACE SHEET\n\n" % fac)
    kv(d, r, [("Resident", (pname(r, p, pick(r, ["LF", "lf", "upper"])), PER)), ("Preferred name", (p.first, PER)),
              ("Date of birth", (fdate(r, rdate(r, 1925, 1958), lang), DOB)), ("SSN", (ssn(r), SSN) if r.random() < .5 else "on file"),
              ("Move-in date", (fdate(r, rdate(r), lang), DT)), ("Apartment", "%d%s" % (r.randint(100, 420), pick(r, ["", "A", "B"]))),
              ("Level of care", pick(r, ["Assisted Living Level 2", "Memory Care", "Independent Living"]))], width=22)
    d.t("\nPrevious address: ").e(address(r, "US", unit=r.random() < .3).one(), ADDR).t("\n\nINSURANCE\n")
    kv(d, r, [("Medicare MBI", (mbi(r), HPN)), ("Medicaid #", (medicaid_id(r), HPN) if r.random() < .5 else "none"),
              ("Secondary insurance", [pick(r, ["Blue Cross Blue Shield", "UnitedHealthcare AARP", "Humana", "Cigna"]) + ", member ID ", (member_id(r), HPN), ", group %s" % digits(r, 6)]),
              ("Discharging hospital MRN", (mrn(r), MRN) if r.random() < .8 else None)], width=26)
    doc_ = person(r, "US")
    d.t("\nPrimary physician: Dr. ").e(pname(r, doc_, pick(r, ["full", "last"])), PER).t("  Phone ").e(phone(r, "US", "land"), PH).t("  Fax ").e(phone(r, "US", "land"), PH).t("\n")
    d.t("Pharmacy: %s #%d  " % (pick(r, ["Walgreens", "CVS Pharmacy", "Omnicare"]), r.randint(1000, 19999))).e(phone(r, "US", "land"), PH).t("\n")
    rp = person(r, "US")
    d.t("Responsible party / POA: ").e(pname(r, rp), PER).t(" (%s)  " % rel(r, rp)).e(phone(r, "US", "mobile"), PH).t("  ").e(email_for(r, rp), EM).t("\n")
    d.t("Billing address: ").e(address(r, "US", unit=r.random() < .3).one(), ADDR).t("\n")
    d.t("\nAllergies: %s   Diet: %s   Code status: %s\nMonthly fee: %s  Community fee: %s (paid, receipt %s)\n" % (
        pick(r, ["Penicillin", "Sulfa drugs", "NKDA", "Latex"]), pick(r, ["Regular", "Diabetic", "Mechanical soft"]), pick(r, ["Full code", "DNR/POLST on file"]),
        money(r, 3800, 9800, "$"), money(r, 1500, 6000, "$", dec=False), digits(r, 7)))
    return d


# --------------------------------------------------------------------------
# KINDS -- property-tech configuration, logs, payloads (secrets)
# --------------------------------------------------------------------------
SVC = W("rent-payments|listing-sync|tenant-portal|lease-esign|maintenance-dispatch|owner-statements|idx-feed|screening-gateway")


def k_env_config(r):
    d = Doc()
    svc = pick(r, SVC)
    d.t("# %s - %s environment\n# generated %s by deploy tooling v%d.%d.%d; do not commit\n\n" % (svc, pick(r, ["production", "prod", "staging"]), "from template", r.randint(1, 4), r.randint(0, 20), r.randint(0, 30)))
    q = pick(r, ["", "", '"'])
    items = []
    items.append(lambda: d.t("NODE_ENV=production\nPORT=%d\nLOG_LEVEL=%s\n" % (pick(r, [3000, 8080, 5000]), pick(r, ["info", "warn", "debug"]))))

    def dburl():
        user = pick(r, ["app", "rentals", "pm_rw", "svc_" + svc.replace("-", "_")])
        d.t("DATABASE_URL=" + q + pick(r, ["postgres", "postgresql", "mysql"]) + "://" + user + ":").e(password(r).replace("@", "#").replace("/", "_"), PWD)
        d.t("@%s:%d/%s%s\n" % (pick(r, ["db.internal", "pg-primary.prod.svc.cluster.local", "rentals-db.c9akciq32.us-east-1.rds.amazonaws.com", "mysql01.corp.local"]), pick(r, [5432, 3306, 6432]), pick(r, ["rentals", "pm_prod", "leasing"]), q))
    items.append(dburl)

    def aws():
        d.t("AWS_ACCESS_KEY_ID=" + q).e(aws_akid(r), AKID).t(q + "\nAWS_SECRET_ACCESS_KEY=" + q).e(aws_secret(r), ASK).t(q + "\nAWS_REGION=%s\nS3_BUCKET=%s\n" % (pick(r, ["us-east-1", "us-west-2", "eu-central-1"]), pick(r, ["lease-docs-prod", "listing-photos", "owner-statements-archive"])))
    items.append(aws)
    items.append(lambda: d.t("STRIPE_SECRET_KEY=" + q).e(stripe_key(r), STR).t(q + "\nSTRIPE_WEBHOOK_SECRET=" + q).e(generic_secret(r, "whsec"), SEC).t(q + "\n"))
    items.append(lambda: d.t("SLACK_BOT_TOKEN=" + q).e(slack_token(r), SLK).t(q + "\nSLACK_CHANNEL=#%s\n" % pick(r, ["maintenance-alerts", "leasing", "payments-ops"])))
    items.append(lambda: d.t("SENDGRID_API_KEY=" + q).e(generic_secret(r, "sg"), SEC).t(q + "\nMAIL_FROM=").e("noreply@" + pick(r, PM_COS)[1], EM).t("\n"))
    items.append(lambda: d.t("TWILIO_ACCOUNT_SID=AC%s\nTWILIO_AUTH_TOKEN=" % alnum(r, 32, HEXL)).e(generic_secret(r, "tw"), SEC).t("\nTWILIO_FROM=").e(phone(r, "US", intl=True).replace(" ", "").replace("-", "").replace("(", "").replace(")", ""), PH).t("\n"))
    items.append(lambda: d.t("GOOGLE_MAPS_API_KEY=").e(generic_secret(r, "aiza"), SEC).t("\n"))
    items.append(lambda: d.t("GITHUB_TOKEN=").e(gh_token(r), GHT).t("   # used by release script, rotate!\n"))
    items.append(lambda: d.t("JWT_SECRET=" + q).e(generic_secret(r, pick(r, ["hex64", "b62"])), SEC).t(q + "\nJWT_TTL=3600\n"))
    items.append(lambda: d.t("REDIS_URL=redis://default:").e(alnum(r, 24), PWD).t("@cache.internal:6379/0\n"))
    items.append(lambda: d.t("MLS_GRID_TOKEN=${MLS_GRID_TOKEN}\nZILLOW_FEED_KEY=${ZILLOW_FEED_KEY:-changeme}\n"))
    items.append(lambda: d.t("SENTRY_DSN=").e("https://%s.ingest.sentry.io/%d" % (pick(r, ["o4505", "o11223", "o88713"]) + digits(r, 6), r.randint(100000, 9999999)), URL).t("\n"))
    items.append(lambda: d.t("ADMIN_PASSWORD=" + q).e(password(r), PWD).t(q + "\n"))
    items.append(lambda: d.t("FEATURE_RENTERS_INSURANCE=true\nLATE_FEE_GRACE_DAYS=5\nBUILD_SHA=%s\n" % sha(r)))
    first, rest = items[0], items[1:]
    r.shuffle(rest)
    first()
    for f in rest[:r.randint(6, len(rest))]:
        f()
    return d


def k_k8s_secret(r):
    d = Doc()
    svc = pick(r, SVC)
    d.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-secrets\n  namespace: %s\n  labels:\n    app: %s\n    version: \"%d.%d.%d\"\ntype: Opaque\ndata:\n" % (
        svc, pick(r, ["prod", "production", "pm-prod", "staging"]), svc, r.randint(1, 5), r.randint(0, 30), r.randint(0, 9)))
    keys = [("DB_PASSWORD", PWD, lambda: password(r)), ("POSTGRES_PASSWORD", PWD, lambda: password(r)), ("STRIPE_API_KEY", SEC, lambda: stripe_key(r)),
            ("AWS_SECRET_ACCESS_KEY", SEC, lambda: aws_secret(r)), ("SMTP_PASSWORD", PWD, lambda: password(r)),
            ("DOCUSIGN_CLIENT_SECRET", SEC, lambda: generic_secret(r, "b62")), ("WEBHOOK_SIGNING_KEY", SEC, lambda: generic_secret(r, "whsec")),
            ("SLACK_BOT_TOKEN", SEC, lambda: slack_token(r)), ("MLS_API_TOKEN", SEC, lambda: generic_secret(r, "hex32")), ("REDIS_PASSWORD", PWD, lambda: alnum(r, 20))]
    for k, typ, fn in shuffled(r, keys)[:r.randint(3, 6)]:
        d.t("  %s: " % k).e(b64s(fn()), typ).t("\n")
    if r.random() < .4:
        d.t("---\n# rotated %s, ticket OPS-%d\n" % ("quarterly", r.randint(100, 9999)))
    return d


def k_stripe_webhook_log(r):
    d = Doc()
    p = person(r, "US")
    a = address(r, "US", unit=True)
    base = r.randint(1735000000, 1770000000)

    def ts():
        nonlocal base
        base += r.randint(0, 2)
        tm = time.gmtime(base)
        return "%04d-%02d-%02d %02d:%02d:%02d,%03d " % (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, r.randint(0, 999))
    d.t(ts() + "INFO  webhooks.stripe  received POST /webhooks/stripe from ").e(ipv4(r), IP).t("\n")
    d.t(ts() + "DEBUG webhooks.stripe  Stripe-Signature: t=%d,v1=%s\n" % (base, sha(r, 64)))
    if r.random() < .6:
        d.t(ts() + "DEBUG webhooks.stripe  verifying with endpoint secret ").e(generic_secret(r, "whsec"), SEC).t("\n")
    d.t(ts() + "INFO  webhooks.stripe  payload=")
    ev = {"id": "evt_" + alnum(r, 24), "object": "event", "type": pick(r, ["payment_intent.succeeded", "charge.refunded", "invoice.paid", "charge.failed"]),
          "created": base, "livemode": True,
          "data": {"object": {"id": "pi_" + alnum(r, 24), "amount": r.randint(80000, 480000), "currency": "usd",
                              "billing_details": {"name": tag(pname(r, p, pick(r, ["full", "upper"])), PER), "email": tag(email_for(r, p), EM),
                                                  "phone": tag(phone(r, "US", intl=True), PH) if r.random() < .6 else None,
                                                  "address": {"line1": tag(a.line1(), ADDR), "city": tag(a.city, LOC), "state": tag(a.region, LOC), "postal_code": a.pc, "country": "US"}},
                              "payment_method_details": {"card": {"brand": pick(r, ["visa", "mastercard", "amex"]), "last4": digits(r, 4), "exp_month": r.randint(1, 12), "exp_year": r.randint(2026, 2031)}},
                              "metadata": {"tenant_id": str(r.randint(10000, 99999)), "unit": "%d%s" % (r.randint(1, 40), pick(r, "ABCD")), "ledger_ref": "RCPT-" + digits(r, 7)}}}}
    jdump(d, ev, compact=True)
    d.t("\n")
    d.t(ts() + "INFO  ledger.post  tenant_id=%s amount=%.2f status=posted receipt=RCPT-%s\n" % (ev["data"]["object"]["metadata"]["tenant_id"], ev["data"]["object"]["amount"] / 100, digits(r, 7)))
    if r.random() < .5:
        d.t(ts() + "WARN  notify.slack  rate limited (HTTP 429), retry in %ds\n" % r.randint(1, 30))
    return d


def k_reso_api(r):
    d = Doc()
    tok = jwt(r)
    host = pick(r, ["api.mlsgrid.com/v2", "api.bridgedataoutput.com/api/v2/OData/actris", "resoapi.trestle.corelogic.com/trestle/odata", "sparkapi.com/Reso/OData"])
    d.t("$ curl -s -H \"Authorization: Bearer ").e(tok, JWT_).t("\" \\\n    -H 'Accept: application/json' \\\n    '")
    d.e("https://%s/Property?$filter=StandardStatus%%20eq%%20%%27Active%%27&$top=%d&$expand=Media" % (host, pick(r, [1, 2, 5, 10])), URL).t("'\n")
    cc = pick(r, ["US", "US", "CA"])
    a = address(r, cc, unit=r.random() < .3)
    ag = person(r, cc)
    rec = {"@odata.context": tag("https://%s/$metadata#Property" % host, URL), "value": [{
        "ListingKey": alnum(r, 32, HEXL), "ListingId": mls_no(r), "StandardStatus": "Active", "ListPrice": r.randint(200, 2500) * 1000,
        "UnparsedAddress": tag(a.one(), ADDR), "City": tag(a.city, LOC), "StateOrProvince": tag(a.region, LOC), "PostalCode": a.pc,
        "BedroomsTotal": r.randint(1, 6), "LivingArea": r.randint(600, 5200), "YearBuilt": r.randint(1920, 2024),
        "ListAgentFullName": tag(pname(r, ag), PER), "ListAgentEmail": tag(email_for(r, ag, pick(r, ["kw.com", "compass.com", "cbrealty.com"])), EM),
        "ListAgentDirectPhone": tag(phone(r, cc), PH), "ListAgentStateLicense": digits(r, 8), "ListOfficeName": pick(r, BROKER_BRANDS[:10]),
        "ModificationTimestamp": "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(2024, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
        "OnMarketDate": tag(fdate(r, rdate(r), "iso"), DT), "PublicRemarks": pick(r, ["Charming bungalow close to downtown.", "Turnkey condo with skyline views.", "Investor special, needs TLC."])}]}
    if r.random() < .4:
        rec["@odata.nextLink"] = tag("https://%s/Property?$skip=%d" % (host, r.randint(1, 9) * 100), URL)
    jdump(d, rec, indent=2)
    d.t("\n")
    return d


def k_ci_log(r):
    d = Doc()
    repo = pick(r, ["keystone-pm/tenant-portal", "harborline/listing-sync", "rentalsuite/payments-api", "northgate/owner-portal"])
    base = r.randint(1735000000, 1770000000)

    def ts():
        nonlocal base
        base += r.randint(0, 20)
        tm = time.gmtime(base)
        return "%04d-%02d-%02dT%02d:%02d:%02d.%07dZ " % (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, r.randint(0, 9999999))
    d.t(ts() + "##[group]Run actions/checkout@v4\n")
    d.t(ts() + "  repository: %s\n" % repo)
    d.t(ts() + "  token: ***\n")
    d.t(ts() + "##[endgroup]\n")
    d.t(ts() + "HEAD is now at %s %s\n" % (sha(r, 7), pick(r, ["fix: late fee rounding", "feat: add renters insurance upsell", "chore(deps): bump axios to 1.7.%d" % r.randint(0, 9)])))
    d.t(ts() + "##[group]Run ./scripts/deploy.sh\n")
    d.t(ts() + "  env:\n" + ts() + "    AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n" + ts() + "    STRIPE_KEY: ${{ secrets.STRIPE_LIVE_KEY }}\n")
    d.t(ts() + "##[endgroup]\n")
    leak = r.randrange(4)
    if leak == 0:
        d.t(ts() + "+ echo \"debug: GH_TOKEN=").e(gh_token(r), GHT).t("\"\n")
    elif leak == 1:
        d.t(ts() + "+ aws configure set aws_access_key_id ").e(aws_akid(r), AKID).t("\n")
        d.t(ts() + "+ aws configure set aws_secret_access_key ").e(aws_secret(r), ASK).t("\n")
    elif leak == 2:
        d.t(ts() + "+ curl -X POST -H 'Authorization: Bearer ").e(slack_token(r), SLK).t("' ").e("https://slack.com/api/chat.postMessage", URL).t(" -d channel=C0%s\n" % alnum(r, 8, UPPER_DIG))
    else:
        d.t(ts() + "+ export STRIPE_API_KEY=").e(stripe_key(r), STR).t("\n")
    d.t(ts() + "Deploying build %d (%s) to %s\n" % (r.randint(100, 9999), "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99)), pick(r, ["us-east-1", "prod-blue", "ecs:tenant-portal-prod"])))
    d.t(ts() + "Notified ").e(email_for(r, person(r, "US"), repo.split("/")[0] + ".com"), EM).t(" (deploy owner)\n")
    d.t(ts() + "##[warning]Secret-looking value detected in logs; rotate credentials. Run ID %d\n" % r.randint(10 ** 9, 10 ** 10))
    return d


def k_sftp_feed_setup(r):
    d = Doc()
    vend = pick(r, ["MLS Feed Hub", "ListHub", "IDX Broker", "CoreLogic Trestle"])
    it, cli = person(r, "US"), person(r, "US")
    vdom = pick(r, ["mlsfeedhub.com", "listhub-support.net", "idxbroker-help.com", "trestle-onboarding.com"])
    cdom = pick(r, PM_COS)[1]
    email_headers(d, r, it, email_for(r, it, vdom), cli, email_for(r, cli, cdom), "Your %s data feed credentials" % vend)
    d.t("Hi ").e(cli.first, PER).t(",\n\nYour feed is provisioned. Please store these securely.\n\n")
    user = pick(r, ["bayview_idx", "keystone_feed", "hl_listings", "ngrp_vow"])
    d.t("  Host: sftp.%s\n  Port: 22\n  Username: %s\n  Password: " % (vdom, user)).e(password(r), PWD).t("\n")
    d.t("  Allowed source IPs: ")
    for i in range(r.randint(1, 3)):
        if i:
            d.t(", ")
        d.e(ipv4(r), IP)
        if r.random() < .3:
            d.t("/32")
    d.t("\n  API key (REST): ").e(generic_secret(r, pick(r, ["hex32", "b62"])), SEC).t("\n\n")
    if r.random() < .6:
        d.t("If you prefer key auth, here is the key pair we generated (please rotate after first login):\n\n").e(pem(r), PEM).t("\n\n")
    d.t("Docs: ").e("https://docs.%s/feeds/sftp-setup" % vdom, URL).t("\nSupport: ").e(phone(r, "US", "toll"), PH).t("\n\nThanks,\n").e(pname(r, it), PER).t("\nIntegrations Engineer, %s\n" % vend)
    return d


def k_integration_json(r):
    d = Doc()
    co, dom = pick(r, PM_COS)
    obj = {
        "integration": pick(r, ["docusign", "quickbooks", "zillow_rental_feed", "plaid", "yardi_voyager"]),
        "enabled": True,
        "client_id": uuid(r),
        "client_secret": tag(generic_secret(r, "b62"), SEC),
        "webhook": {"url": tag("https://api.%s/hooks/%s" % (dom, pick(r, ["esign", "payments", "leads"])), URL), "signing_secret": tag(generic_secret(r, "hex64"), SEC)},
        "service_account": {"username": "svc_%s" % pick(r, ["sync", "etl", "reports"]), "password": tag(password(r), PWD)},
        "aws": {"access_key_id": tag(aws_akid(r), AKID), "secret_access_key": tag(aws_secret(r), ASK), "region": "us-west-2"},
        "notify": {"email": tag("ops@" + dom, EM), "slack_token": tag(slack_token(r), SLK)},
        "retry": {"max_attempts": r.randint(3, 8), "backoff_ms": pick(r, [250, 500, 1000])},
        "schema_version": "%d.%d" % (r.randint(1, 4), r.randint(0, 9)),
    }
    ks = list(obj.keys())
    sel = [k for k in ks if k in ("integration", "enabled")] + [k for k in shuffled(r, ks) if k not in ("integration", "enabled")][:r.randint(4, 7)]
    jdump(d, {k: obj[k] for k in sel}, indent=2)
    d.t("\n")
    return d


def k_docker_compose(r):
    d = Doc()
    pw = password(r)
    while any(ch in pw for ch in "@:/#%?"):
        pw = password(r)
    pw = pw.replace("$", "$$")
    d.t("version: \"3.%d\"\nservices:\n  db:\n    image: postgres:%d-alpine\n    environment:\n      POSTGRES_USER: rentals\n      POSTGRES_PASSWORD: " % (r.randint(7, 9), r.randint(13, 17)))
    d.e(pw, PWD).t("\n    ports:\n      - \"5432:5432\"\n  api:\n    image: ghcr.io/%s/pm-api:%d.%d.%d\n    environment:\n" % (pick(r, ["keystone-pm", "harborline", "rentalsuite"]), r.randint(1, 9), r.randint(0, 40), r.randint(0, 20)))
    d.t("      DATABASE_URL: postgres://rentals:").e(pw, PWD).t("@db:5432/rentals\n")
    if r.random() < .6:
        d.t("      STRIPE_SECRET_KEY: ").e(stripe_key(r), STR).t("\n")
    if r.random() < .6:
        d.t("      MAPBOX_TOKEN: ${MAPBOX_TOKEN}\n")
    if r.random() < .5:
        d.t("      SESSION_SECRET: \"").e(generic_secret(r, "hex64"), SEC).t("\"\n")
    if r.random() < .4:
        d.t("      INTERNAL_API_BEARER: ").e(generic_secret(r, "b62"), SEC).t("\n")
    d.t("    depends_on: [db]\n    ports:\n      - \"8080:8080\"\n  worker:\n    image: ghcr.io/rentalsuite/ledger-worker@sha256:%s\n    command: [\"python\", \"-m\", \"worker\", \"--queue\", \"late-fees\"]\n" % sha(r, 64))
    return d


# --------------------------------------------------------------------------
# KINDS -- German
# --------------------------------------------------------------------------
HV_DE = W("Hausverwaltung Schulz & Partner GmbH|Immobilienverwaltung Nord GmbH|WEG-Verwaltung Lindner KG|Vonovia SE|Deutsche Wohnen SE|Haus & Grund Verwaltungs GmbH|Grund-Invest Hausverwaltung")
MAKLER_DE = W("Engel & Völkers|Von Poll Immobilien|Sparkasse Immobilien|Dahler & Company|Müller Immobilien GmbH|Aigner Immobilien|Homeday")


def de_cc(r):
    return pick(r, ["DE"] * 6 + ["AT", "CH"])


def k_de_mietvertrag(r):
    d = Doc()
    cc = de_cc(r)
    a = address(r, cc, unit=True)
    vm, mt = person(r, cc), person(r, cc)
    start = rdate(r)
    d.t("%s\n\nzwischen\n\n" % pick(r, ["MIETVERTRAG FÜR WOHNRAUM", "Wohnraummietvertrag", "Mietvertrag über eine Wohnung"]))
    if r.random() < .5:
        d.t(title(r, vm, "de") + " ").e(pname(r, vm, pick(r, ["full", "lf"])), PER).t(", wohnhaft ").e(address(r, cc).one(), ADDR)
    else:
        d.t("%s, vertreten durch " % pick(r, HV_DE)).e(pname(r, vm), PER)
    d.t("\n- nachstehend \"Vermieter\" genannt -\n\nund\n\n%s " % title(r, mt, "de")).e(pname(r, mt), PER)
    if r.random() < .7:
        d.t(", geb. am ").e(fdate(r, dob_date(r), "de", 0), DOB)
    if r.random() < .5:
        d.t(", Tel. ").e(phone(r, cc, "mobile"), PH)
    d.t("\n- nachstehend \"Mieter\" genannt -\n\n")
    d.t("§ 1 Mietsache\nVermietet wird die Wohnung im %s des Hauses " % (a.unit or "Erdgeschoss")).e("%s, %s %s" % (a.street, a.pc, a.city), ADDR)
    d.t(", bestehend aus %d Zimmern, Küche, Bad/WC, Diele, Balkon sowie Kellerabteil Nr. %d. Die Wohnfläche beträgt ca. %s m².\n\n" % (r.randint(2, 5), r.randint(1, 30), ("%.2f" % r.uniform(28, 140)).replace(".", ",")))
    d.t("§ 2 Mietzeit\nDas Mietverhältnis beginnt am ").e(fdate(r, start, "de"), DT).t(" und läuft auf unbestimmte Zeit. Die Kündigungsfrist richtet sich nach § 573c BGB.\n\n")
    kalt = r.uniform(380, 2400)
    d.t("§ 3 Miete und Nebenkosten\nDie monatliche Nettokaltmiete beträgt %s. Vorauszahlung Betriebskosten: %s, Heizkosten: %s.\n" % (money(r, kalt, kalt, "€", eu=True), money(r, 80, 320, "€", eu=True), money(r, 40, 180, "€", eu=True)))
    d.t("Die Miete ist bis zum dritten Werktag eines Monats auf folgendes Konto zu zahlen:\nKontoinhaber: ")
    if r.random() < .5:
        d.e(pname(r, vm), PER)
    else:
        d.t(pick(r, HV_DE))
    d.t("\nIBAN: ").e(iban(r, cc if cc in ("DE", "AT", "CH") else "DE"), IBAN).t("\nBIC: %s\n\n" % pick(r, ["COBADEFFXXX", "DEUTDEDBXXX", "BYLADEM1001", "GENODEF1M04", "BKAUATWW", "UBSWCHZH80A"]))
    d.t("§ 4 Mietsicherheit\nDer Mieter leistet eine Kaution in Höhe von drei Nettokaltmieten (%s).\n\n" % money(r, kalt * 3, kalt * 3, "€", eu=True))
    d.t("§ 5 Schönheitsreparaturen, § 6 Tierhaltung, § 7 Hausordnung: siehe Anlagen 1-3.\n\n")
    d.e(a.city, LOC).t(", den ").e(fdate(r, start - _dt.timedelta(days=r.randint(5, 40)), "de", 0), DT).t("\n\n_____________________    _____________________\nVermieter                Mieter (").e(pname(r, mt, "full"), PER).t(")\n")
    return d


def k_de_expose(r):
    d = Doc()
    cc = de_cc(r)
    a = address(r, cc, unit=r.random() < .5)
    mk = person(r, cc)
    firm = pick(r, MAKLER_DE)
    dom = pick(r, ["engelvoelkers.com", "von-poll.com", "dahler.com", "aigner-immobilien.de", "homeday.de"])
    d.t("Exposé\n%s\n\n" % pick(r, ["Lichtdurchflutete 3-Zimmer-Altbauwohnung mit Balkon", "Familienfreundliches Reihenhaus mit Garten", "Moderne Neubauwohnung, Erstbezug, KfW-40", "Kapitalanlage: vermietetes Apartment in Citylage"]))
    kv(d, r, [("Objekt-Nr.", "%d-%s" % (r.randint(2023, 2025), digits(r, 4))), ("Scout-ID", digits(r, 9)), ("Kaufpreis", money(r, 149000, 1900000, "€", dec=False, eu=True)),
              ("Wohnfläche ca.", "%d m²" % r.randint(28, 220)), ("Zimmer", pick(r, ["1", "2", "2,5", "3", "4", "5"])), ("Baujahr", str(r.randint(1895, 2024))),
              ("Energieausweis", "%s, %s kWh/(m²·a), Klasse %s" % (pick(r, ["Verbrauchsausweis", "Bedarfsausweis"]), ("%.1f" % r.uniform(25, 260)).replace(".", ","), pick(r, "A B C D E F G".split()))),
              ("Hausgeld", money(r, 150, 650, "€", eu=True)), ("Käuferprovision", "3,57 % inkl. MwSt.")])
    d.t("\nLage\n")
    if r.random() < .5:
        d.t("Die Immobilie befindet sich in ").e(a.one(), ADDR).t(". ")
    else:
        d.t("Die Immobilie befindet sich in ruhiger Lage von ").e(a.city, LOC).t(" (genaue Adresse auf Anfrage). ")
    d.t("Einkaufsmöglichkeiten, Schulen und der ÖPNV (U-Bahn %s min) sind fußläufig erreichbar.\n\n" % r.randint(2, 12))
    d.t("Besichtigung\nOffene Besichtigung am ").e(fdt(r, rdate(r), "de", r.randint(10, 17), pick(r, [0, 30])), DT).t(", Anmeldung erforderlich.\n\n")
    d.t("Ihr Ansprechpartner\n%s " % title(r, mk, "de")).e(pname(r, mk), PER).t("\n%s\n" % firm)
    d.t("Telefon: ").e(phone(r, cc, "land"), PH).t("\n")
    if r.random() < .7:
        d.t("Mobil: ").e(phone(r, cc, "mobile"), PH).t("\n")
    d.t("E-Mail: ").e(email_for(r, mk, dom), EM).t("\n")
    d.t("Online: ").e("https://www.immobilienscout24.de/expose/%s" % digits(r, 9), URL).t("\n\nAlle Angaben ohne Gewähr. Stand: %s\n" % pick(r, ["KW %d" % r.randint(1, 52), "Version 2", "03/2025"]))
    return d


def k_de_nebenkosten(r):
    d = Doc()
    cc = pick(r, ["DE", "DE", "DE", "AT"])
    a = address(r, cc, unit=True)
    mt = person(r, cc)
    hv = pick(r, HV_DE)
    y = r.randint(2022, 2025)
    d.t("%s\n" % hv).e(address(r, cc).one(), ADDR).t("\n\n%s " % title(r, mt, "de")).e(pname(r, mt), PER).t("\n").e(a.block(), ADDR).t("\n\n")
    d.e(a.city if r.random() < .5 else address(r, cc).city, LOC).t(", ").e(fdate(r, rdate(r), "de", 0), DT).t("\n\n")
    d.t("Betriebskostenabrechnung %d\nMieternummer: " % y).e("%s-%s" % (digits(r, 4), digits(r, 3)), ACCT).t("   Objekt: %s\n" % digits(r, 4))
    d.t("Abrechnungszeitraum: ").e("01.01.%d" % y, DT).t(" - ").e("31.12.%d" % y, DT).t("\nUmlageschlüssel: Wohnfläche %d m² / %d m² Gesamtfläche\n\n" % (r.randint(30, 120), r.randint(400, 2400)))
    d.t("%-28s %12s %12s\n" % ("Kostenart", "Gesamt", "Ihr Anteil"))
    tot = 0.0
    for k in ["Grundsteuer", "Wasser/Abwasser", "Müllabfuhr", "Hausreinigung", "Gartenpflege", "Allgemeinstrom", "Gebäudeversicherung", "Hauswart", "Aufzug", "Heizung/Warmwasser (lt. Ista)"]:
        if r.random() < .75:
            g = r.uniform(400, 12000)
            s = g * r.uniform(.03, .12)
            tot += s
            d.t("%-28s %12s %12s\n" % (k, ("%.2f" % g).replace(".", ","), ("%.2f" % s).replace(".", ",")))
    vz = tot + r.uniform(-300, 300)
    diff = tot - vz
    d.t("\nSumme Ihr Anteil: %s €\nGeleistete Vorauszahlungen: %s €\n" % (("%.2f" % tot).replace(".", ","), ("%.2f" % vz).replace(".", ",")))
    if diff > 0:
        d.t("Nachzahlung: %s €. Bitte überweisen Sie den Betrag bis zum " % ("%.2f" % diff).replace(".", ",")).e(fdate(r, rdate(r), "de"), DT).t(" auf unser Konto IBAN ").e(iban(r, cc), IBAN).t(".\n")
    else:
        d.t("Guthaben: %s €. Wir erstatten den Betrag auf Ihr Konto IBAN " % ("%.2f" % -diff).replace(".", ",")).e(iban(r, cc), IBAN).t(".\n")
    d.t("Neue monatliche Vorauszahlung ab ").e(fdate(r, rdate(r), "de"), DT).t(": %s €\n\nBei Rückfragen: " % ("%.2f" % (tot / 12)).replace(".", ","))
    sb = person(r, cc)
    d.e(pname(r, sb), PER).t(", Tel. ").e(phone(r, cc, "land"), PH).t("\nBelegeinsicht nach Terminvereinbarung möglich.\n")
    return d


def k_de_weg_protokoll(r):
    d = Doc()
    cc = pick(r, ["DE", "DE", "AT"])
    a = address(r, cc)
    vl, pf = person(r, cc), person(r, cc)
    d.t("Niederschrift über die ordentliche Eigentümerversammlung %d\nder WEG " % r.randint(2023, 2026)).e(a.one(), ADDR).t("\n\n")
    d.t("Datum/Uhrzeit: ").e(fdt(r, rdate(r), "de", 18, pick(r, [0, 30])), DT).t("\nOrt: ")
    if r.random() < .5:
        d.t("Gemeindesaal, ").e(address(r, cc).one(), ADDR).t("\n")
    else:
        d.t("Büro der Verwaltung (%s)\n" % pick(r, HV_DE))
    d.t("Versammlungsleiter: %s " % title(r, vl, "de")).e(pname(r, vl), PER).t(" (Verwalter)\nProtokollführung: %s " % title(r, pf, "de")).e(pname(r, pf), PER).t("\n")
    d.t("Anwesend bzw. vertreten: %d von %d Eigentümern (%s/1.000 MEA). Die Versammlung ist beschlussfähig.\n\n" % (r.randint(6, 30), r.randint(31, 60), ("%.2f" % r.uniform(500, 900)).replace(".", ",")))
    d.t("TOP 1 Jahresabrechnung %d: Beschluss mit %d Ja, %d Nein, %d Enthaltungen angenommen.\n" % (r.randint(2022, 2025), r.randint(10, 30), r.randint(0, 3), r.randint(0, 3)))
    d.t("TOP 2 Wirtschaftsplan: Hausgeld-Erhöhung um %d %% ab " % r.randint(2, 12)).e(fdate(r, rdate(r), "de"), DT).t(" beschlossen.\n")
    d.t("TOP 3 Sanierung %s: Angebot der Fa. %s über %s angenommen; Ausführung voraussichtlich ab " % (pick(r, ["Dach", "Fassade", "Heizungsanlage", "Tiefgarage"]), pick(r, ["Dachbau Krüger GmbH", "Malerbetrieb Schneider & Söhne", "Heizungstechnik Weber KG"]), money(r, 12000, 240000, "€", dec=False, eu=True)))
    d.e(fdate(r, rdate(r), "de"), DT).t(".\n")
    ei = person(r, cc)
    d.t("TOP 4 Verschiedenes: %s " % title(r, ei, "de")).e(pname(r, ei, pick(r, ["full", "last"])), PER).t(" (WE %d) beantragt die Installation einer Wallbox; Kosten trägt der Antragsteller.\n" % r.randint(1, 40))
    d.t("\nEnde der Versammlung: ").e(ftime(r, r.randint(19, 21), r.randint(0, 59), "de"), DT).t("\n\nGez. ").e(pname(r, vl, "full"), PER).t(" (Versammlungsleiter), ").e(pname(r, ei, "full"), PER).t(" (Beirat)\n")
    return d


def k_de_selbstauskunft(r):
    d = Doc()
    cc = de_cc(r)
    p = person(r, cc)
    cur = address(r, cc, unit=r.random() < .5)
    d.t("MIETERSELBSTAUSKUNFT\nfür die Wohnung: ").e(address(r, cc, unit=True).one(), ADDR).t("\n\n")
    items = [("Name, Vorname", (pname(r, p, "lf"), PER)), ("Geburtsdatum", (fdate(r, dob_date(r), "de", 0), DOB)),
             ("Derzeitige Anschrift", (cur.one(), ADDR)), ("Telefon", (phone(r, cc, "mobile"), PH)), ("E-Mail", (email_for(r, p, country=cc), EM)),
             ("Beruf", pick(r, ["Ingenieurin", "Krankenpfleger", "Lehrerin", "IT-Berater", "Verwaltungsangestellte", "Student"])),
             ("Arbeitgeber", pick(r, ["Siemens AG", "Charité", "Stadtverwaltung", "SAP SE", "Deutsche Bahn AG", "selbstständig"])),
             ("Monatliches Nettoeinkommen", money(r, 1400, 7500, "€", dec=False, eu=True)),
             ("Personalausweis-Nr.", alnum(r, 9, "CFGHJKLMNPRTVWXYZ0123456789")), ("Anzahl Personen", str(r.randint(1, 5))), ("Haustiere", pick(r, ["keine", "Katze (Mimi)", "kleiner Hund"]))]
    kv(d, r, items[:2] + shuffled(r, items[2:]))
    vm = person(r, cc)
    d.t("Bisheriger Vermieter: ").e(pname(r, vm), PER).t(", Tel. ").e(phone(r, cc), PH).t("\n")
    d.t("Mietrückstände: nein   Räumungsklage: nein   Insolvenz: nein\nSCHUFA-BonitätsCheck liegt bei (Auskunfts-ID %s)\n\n" % digits(r, 10))
    d.e(cur.city, LOC).t(", ").e(fdate(r, rdate(r), "de", 0), DT).t("      Unterschrift: ").e(pname(r, p, "full"), PER).t("\n")
    return d


def k_de_maengelanzeige(r):
    d = Doc()
    cc = de_cc(r)
    mt, hv_p = person(r, cc), person(r, cc)
    a = address(r, cc, unit=True)
    dom = pick(r, ["hv-schulz.de", "immoverwaltung-nord.de", "vonovia.de", "lindner-weg.de"])
    email_headers(d, r, mt, email_for(r, mt, country=cc), hv_p, email_for(r, hv_p, dom), ["Mängelanzeige - ", (a.street, ADDR)])
    d.t("Sehr geehrte%s " % ("r" if hv_p.g == "m" else "")).t(title(r, hv_p, "de") + " ").e(hv_p.last, PER).t(",\n\n")
    d.t("hiermit zeige ich folgenden Mangel in meiner Wohnung ").e(a.one(), ADDR).t(" an: %s. " % pick(r, [
        "Seit dem Wochenende funktioniert die Heizung nicht", "im Badezimmer bildet sich Schimmel an der Außenwand", "das Fenster im Schlafzimmer schließt nicht mehr",
        "die Gegensprechanlage ist defekt", "es tropft Wasser von der Decke im Flur"]))
    d.t("Der Mangel besteht seit ").e(fdate(r, rdate(r), "de"), DT).t(".\n\nIch bitte Sie, den Mangel bis zum ").e(fdate(r, rdate(r), "de"), DT)
    d.t(" zu beseitigen. Bis dahin behalte ich mir eine Mietminderung gemäß § 536 BGB vor. Für einen Handwerkertermin bin ich unter ").e(phone(r, cc, "mobile"), PH).t(" erreichbar")
    if r.random() < .5:
        d.t(", am besten ").e(fdate(r, rdate(r), "de"), DT).t(" ab ").e(ftime(r, r.randint(8, 16), 0, "de"), DT)
    d.t(".\n\nMit freundlichen Grüßen\n").e(pname(r, mt, "full"), PER).t("\nMieternummer ").e("%s/%s" % (digits(r, 3), digits(r, 4)), ACCT).t("\n")
    return d


# --------------------------------------------------------------------------
# KINDS -- French
# --------------------------------------------------------------------------
def fr_cc(r):
    return "FR"


def k_fr_bail(r):
    d = Doc()
    a = address(r, "FR", unit=True)
    bl, lc = person(r, "FR"), person(r, "FR")
    start = rdate(r)
    d.t("CONTRAT DE LOCATION\n%s\n(soumis au titre Ier bis de la loi n° 89-462)\n\n" % pick(r, ["LOGEMENT NU", "LOGEMENT MEUBLÉ", "Locaux vides à usage d'habitation"]))
    d.t("I. DÉSIGNATION DES PARTIES\n\nLe bailleur : %s " % title(r, bl, "fr")).e(pname(r, bl, pick(r, ["full", "upper"])), PER).t(", demeurant ").e(address(r, "FR").one(), ADDR).t("\n")
    if r.random() < .4:
        d.t("représenté par le mandataire %s, carte professionnelle CPI %s\n" % (pick(r, ["Foncia Paris Est", "Nexity Lamy", "Citya Immobilier", "Agence Duval Immobilier"]), digits(r, 4) + " " + digits(r, 4) + " " + digits(r, 3) + " " + digits(r, 3)))
    d.t("\nLe locataire : %s " % title(r, lc, "fr")).e(pname(r, lc), PER).t(", né%s le " % ("e" if lc.g == "f" else "")).e(fdate(r, dob_date(r), "fr"), DOB).t(" à ").e(pick(r, ["Lyon", "Marseille", "Casablanca", "Lille", "Porto", "Bordeaux", "Dakar", "Nantes", "Alger"]), LOC)
    d.t("\nTéléphone : ").e(phone(r, "FR", "mobile"), PH).t(" - Courriel : ").e(email_for(r, lc, country="FR"), EM).t("\n\n")
    d.t("II. OBJET DU CONTRAT\nAdresse du logement : ").e(a.one(), ADDR).t("\nType d'habitat : immeuble collectif ; régime juridique : copropriété ; période de construction : %s\n" % pick(r, ["avant 1949", "de 1949 à 1974", "de 1975 à 1989", "après 2005"]))
    d.t("Surface habitable : %d m² ; nombre de pièces principales : %d ; DPE : classe %s\n\n" % (r.randint(18, 120), r.randint(1, 5), pick(r, "ABCDEFG")))
    d.t("III. DATE DE PRISE D'EFFET ET DURÉE\nLe présent contrat prend effet le ").e(fdate(r, start, "fr"), DT).t(" pour une durée de %s.\n\n" % pick(r, ["trois ans", "un an (meublé)", "six ans"]))
    d.t("IV. CONDITIONS FINANCIÈRES\nLoyer mensuel hors charges : %s\nProvision sur charges : %s\n" % (money(r, 450, 2600, "€", eu=True), money(r, 30, 250, "€", eu=True)))
    d.t("Paiement : le %s de chaque mois, par virement sur le compte IBAN " % pick(r, ["1er", "5", "10"])).e(iban(r, "FR"), IBAN).t("\n")
    d.t("V. GARANTIES\nDépôt de garantie : %s\n" % money(r, 450, 2600, "€", eu=True))
    if r.random() < .5:
        g = person(r, "FR")
        d.t("Caution solidaire : ").e(pname(r, g), PER).t(", demeurant ").e(address(r, "FR").one(), ADDR).t("\n")
    d.t("\nFait à ").e(a.city, LOC).t(", le ").e(fdate(r, start - _dt.timedelta(days=r.randint(3, 30)), "fr", 0), DT).t(", en deux exemplaires originaux.\n")
    return d


def k_fr_quittance(r):
    d = Doc()
    a = address(r, "FR", unit=r.random() < .6)
    bl, lc = person(r, "FR"), person(r, "FR")
    m = r.randint(1, 12)
    y = r.randint(2023, 2026)
    last = (_dt.date(y + (m == 12), m % 12 + 1, 1) - _dt.timedelta(days=1)).day
    loyer, ch = r.uniform(420, 2200), r.uniform(30, 220)
    d.t("QUITTANCE DE LOYER\n\nQuittance de loyer du mois de %s %d\n\n" % (MONTHS["fr"][m - 1], y))
    d.t("Je soussigné%s " % ("e" if bl.g == "f" else "")).e(pname(r, bl), PER).t(", propriétaire du logement désigné ci-dessous, déclare avoir reçu de %s " % title(r, lc, "fr"))
    d.e(pname(r, lc), PER).t(", la somme de %s euros, au titre du paiement du loyer et des charges pour la période de location du " % ("%.2f" % (loyer + ch)).replace(".", ","))
    d.e("1er %s %d" % (MONTHS["fr"][m - 1], y), DT).t(" au ").e("%d %s %d" % (last, MONTHS["fr"][m - 1], y), DT).t(" et lui en donne quittance, sous réserve de tous mes droits.\n\n")
    d.t("Adresse de la location :\n").e(a.block(), ADDR).t("\n\nDétail du règlement :\nLoyer : %s €\nProvision pour charges : %s €\nTotal : %s €\n\n" % (("%.2f" % loyer).replace(".", ","), ("%.2f" % ch).replace(".", ","), ("%.2f" % (loyer + ch)).replace(".", ",")))
    d.t("Date du paiement : le ").e(fdate(r, _dt.date(y, m, r.randint(1, 8)), "fr", 0), DT).t("\n\nFait à ").e(a.city, LOC).t(", le ").e(fdate(r, _dt.date(y, m, r.randint(9, 20)), "fr"), DT).t("\nSignature : ").e(pname(r, bl, pick(r, ["full", "init"])), PER).t("\n")
    return d


def k_fr_pv_ag(r):
    d = Doc()
    a = address(r, "FR")
    pres, scr, sec = person(r, "FR"), person(r, "FR"), person(r, "FR")
    syndic = pick(r, ["Foncia", "Nexity", "Citya", "Cabinet Loiselet & Daigremont", "Sergic", "Square Habitat"])
    d.t("PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\nSyndicat des copropriétaires de la résidence %s\n" % pick(r, ["Les Tilleuls", "Le Clos Fleuri", "Parc Montaigne", "Les Terrasses du Rhône"])).e(a.one(), ADDR).t("\n\n")
    dd = rdate(r)
    d.t("Le ").e(fdt(r, dd, "fr", 18, pick(r, [0, 30])), DT).t(", les copropriétaires se sont réunis en assemblée générale ")
    d.t("sur convocation du syndic %s, adressée par lettre recommandée avec accusé de réception.\n\n" % syndic)
    d.t("Copropriétaires présents ou représentés : %d, totalisant %s / 10 000 tantièmes.\n\n" % (r.randint(8, 60), "{:,}".format(r.randint(4000, 9500)).replace(",", " ")))
    d.t("Résolution n° 1 - Élection du président de séance : %s " % title(r, pres, "fr")).e(pname(r, pres), PER).t(" est élu%s à l'unanimité.\n" % ("e" if pres.g == "f" else ""))
    d.t("Résolution n° 2 - Élection du scrutateur : %s " % title(r, scr, "fr")).e(pname(r, scr, pick(r, ["full", "last"])), PER).t(".\n")
    d.t("Résolution n° 3 - Secrétaire : le syndic, représenté par ").e(pname(r, sec), PER).t(".\n")
    d.t("Résolution n° 4 - Approbation des comptes de l'exercice : adoptée à la majorité de l'article 24.\n")
    d.t("Résolution n° 5 - Travaux de %s : devis de l'entreprise %s pour %s TTC, adoptée à la majorité de l'article 25. Appels de fonds au " % (
        pick(r, ["ravalement de façade", "réfection de la toiture", "mise aux normes de l'ascenseur", "remplacement de la chaudière collective"]),
        pick(r, ["Martin Façades", "Bâtiment Durand et Fils", "Ascenseurs Leroy", "Toitures du Sud"]), money(r, 15000, 480000, "€", dec=False, eu=True)))
    d.e(fdate(r, rdate(r), "fr"), DT).t(" et au ").e(fdate(r, rdate(r), "fr"), DT).t(".\n")
    op = person(r, "FR")
    d.t("Ont voté contre : %s " % title(r, op, "fr")).e(pname(r, op), PER).t(" (lot n° %d, %d tantièmes).\n" % (r.randint(1, 80), r.randint(50, 400)))
    d.t("\nL'ordre du jour étant épuisé, la séance est levée à ").e(ftime(r, r.randint(20, 22), pick(r, [0, 15, 30, 45]), "fr"), DT).t(".\n")
    d.t("Syndic : %s, " % syndic).e(address(r, "FR").one(), ADDR).t(" - ").e(phone(r, "FR", "land"), PH).t("\n")
    return d


def k_fr_annonce_email(r):
    d = Doc()
    p = person(r, "FR")
    ag = person(r, "FR")
    city = address(r, "FR").city
    portal = pick(r, ["SeLoger", "Leboncoin", "Bien'ici", "PAP"])
    d.t("De : %s <" % portal).e("noreply@" + pick(r, ["seloger.com", "leboncoin.fr", "bienici.com", "pap.fr"]), EM).t(">\nÀ : ").e(email_for(r, ag, pick(r, ["agence-duval-immobilier.fr", "century21-lyon.fr", "orpi-montmartre.com"])), EM)
    d.t("\nObjet : Nouveau contact pour votre annonce réf. %s\n\n" % ("%d-%s-%d" % (r.randint(22, 25), alnum(r, 2, string.ascii_uppercase), r.randint(10, 999))))
    d.t("Bonjour,\n\nVous avez reçu une nouvelle demande pour votre annonce :\n%s %d pièces %d m² - " % (pick(r, ["Appartement", "Maison", "Studio", "Duplex"]), r.randint(1, 6), r.randint(18, 180))).e(city, LOC)
    d.t("\nPrix : %s\n\n" % money(r, 90000, 1500000, "€", dec=False, eu=True))
    d.t("Message de ").e(pname(r, p, pick(r, ["full", "first", "upper"])), PER).t(" :\n« Bonjour, je suis %s par votre bien. Serait-il possible de le visiter " % ("intéressée" if p.g == "f" else "intéressé"))
    dd = rdate(r)
    d.e("%s %d %s" % (DAYS["fr"][dd.weekday()], dd.day, MONTHS["fr"][dd.month - 1]) + pick(r, [" à ", " vers "]) + ftime(r, r.randint(9, 18), 0, "fr"), DT)
    d.t(" ? %s »\n\n" % pick(r, ["Nous sommes un couple primo-accédant avec accord de principe de la banque.", "Je suis en CDI et j'ai un garant.", "Merci de me rappeler."]))
    d.t("Coordonnées :\nTéléphone : ").e(phone(r, "FR", "mobile"), PH).t("\nE-mail : ").e(email_for(r, p, country="FR"), EM).t("\n\nVoir l'annonce : ")
    d.e("https://www.%s/annonces/%s/%s.htm" % (pick(r, ["seloger.com", "leboncoin.fr", "bienici.com"]), pick(r, ["achat/appartement", "locations", "ventes_immobilieres"]), digits(r, 9)), URL).t("\n")
    return d


# --------------------------------------------------------------------------
# KINDS -- Spanish, Italian, Dutch, Portuguese, Polish
# --------------------------------------------------------------------------
def dni(r):
    n = r.randint(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def k_es_contrato(r):
    d = Doc()
    a = address(r, "ES", unit=True)
    ad, at = person(r, "ES"), person(r, "ES", pick(r, ["es", "es", "es", "ar", "en", "it"]))
    dd = rdate(r)
    d.t("CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nEn ").e(a.city, LOC).t(", a ").e(fdate(r, dd, "es", 1), DT).t("\n\nREUNIDOS\n\n")
    d.t("De una parte, %s " % title(r, ad, "es")).e(pname(r, ad, pick(r, ["full", "upper"])), PER).t(", mayor de edad, con DNI %s y domicilio en " % dni(r)).e(address(r, "ES").one(), ADDR).t(", en adelante EL ARRENDADOR.\n\n")
    d.t("De otra parte, %s " % title(r, at, "es")).e(pname(r, at), PER).t(", %s el " % ("nacida" if at.g == "f" else "nacido")).e(fdate(r, dob_date(r), "es"), DOB)
    d.t(", con %s, teléfono " % (("NIE X%s%s" % (digits(r, 7), pick(r, "ABCDEFGHJKL"))) if at.cult != "es" else "DNI %s" % dni(r))).e(phone(r, "ES", "mobile"), PH).t(" y correo electrónico ").e(email_for(r, at, country="ES"), EM).t(", en adelante LA PARTE ARRENDATARIA.\n\n")
    d.t("EXPONEN\n\nI.- Que EL ARRENDADOR es propietario de la vivienda sita en ").e(a.one(), ADDR)
    d.t(", con referencia catastral %s%s%s%s y certificado de eficiencia energética clase %s.\n\n" % (digits(r, 7), alnum(r, 2, string.ascii_uppercase), digits(r, 4), alnum(r, 6, UPPER_DIG), pick(r, "ABCDEFG")))
    d.t("CLÁUSULAS\n\nPRIMERA.- DURACIÓN. El contrato tendrá una duración de un año a contar desde el ").e(fdate(r, dd + _dt.timedelta(days=r.randint(1, 20)), "es"), DT)
    d.t(", prorrogable anualmente hasta un máximo de cinco años conforme al art. 9 de la LAU.\n\n")
    d.t("SEGUNDA.- RENTA. La renta mensual será de %s, pagadera dentro de los siete primeros días de cada mes mediante transferencia a la cuenta " % money(r, 450, 2800, "€", eu=True)).e(iban(r, "ES"), IBAN).t(".\n\n")
    d.t("TERCERA.- FIANZA. Se entrega en este acto la cantidad de %s en concepto de fianza legal, que será depositada en el organismo autonómico competente.\n\n" % money(r, 450, 2800, "€", eu=True))
    d.t("Y en prueba de conformidad, firman el presente por duplicado.\n\nEL ARRENDADOR                  LA PARTE ARRENDATARIA\n")
    d.e(pname(r, ad, "full"), PER).t("            ").e(pname(r, at, "full"), PER).t("\n")
    return d


def k_es_nota_simple(r):
    d = Doc()
    a = address(r, "ES", unit=True)
    tit, notario = person(r, "ES"), person(r, "ES")
    d.t("INFORMACIÓN REGISTRAL EXPEDIDA POR\nREGISTRO DE LA PROPIEDAD Nº %d\n\nNOTA SIMPLE INFORMATIVA\n\n" % r.randint(1, 28))
    d.t("Fecha de emisión: ").e(fdate(r, rdate(r), "es", 0), DT).t("\nMunicipio: ").e(a.city, LOC).t("\nFinca nº: %s   IDUFIR/CRU: %s\n\n" % (digits(r, 5), digits(r, 14)))
    d.t("DESCRIPCIÓN DE LA FINCA\nURBANA: Vivienda situada en ").e(a.one(), ADDR).t(". Superficie construida: %s m². Cuota de participación: %s %%.\n" % (("%.2f" % r.uniform(40, 180)).replace(".", ","), ("%.2f" % r.uniform(1, 9)).replace(".", ",")))
    d.t("Referencia catastral: %s%s%s%s\n\n" % (digits(r, 7), alnum(r, 2, string.ascii_uppercase), digits(r, 4), alnum(r, 6, UPPER_DIG)))
    d.t("TITULARIDAD\n").e(pname(r, tit, pick(r, ["upper", "full"])), PER).t(", con NIF %s, titular del 100%% del pleno dominio por título de compraventa, en virtud de escritura otorgada el " % dni(r))
    d.e(fdate(r, rdate(r, 2005, 2024), "es", 1), DT).t(" ante %s " % ("el notario D." if notario.g == "m" else "la notaria Dña.")).e(pname(r, notario, pick(r, ["full", "full", "upper"])), PER).t(", nº de protocolo %d.\n\n" % r.randint(100, 4999))
    d.t("CARGAS\n")
    if r.random() < .6:
        d.t("HIPOTECA a favor de %s, en garantía de %s de principal, plazo %d años, inscripción %dª de fecha " % (pick(r, ["Banco Santander, S.A.", "CaixaBank, S.A.", "BBVA", "Bankinter, S.A."]), money(r, 60000, 600000, "€", dec=False, eu=True), pick(r, [20, 25, 30]), r.randint(2, 8)))
        d.e(fdate(r, rdate(r, 2005, 2024), "es", 0), DT).t(".\n")
    else:
        d.t("Sin cargas registradas.\n")
    d.t("\nAsientos pendientes de despacho: no hay.\nEsta nota simple tiene valor puramente informativo (art. 222 LH). CSV: %s\n" % alnum(r, 16, UPPER_DIG))
    return d


def k_es_whatsapp(r):
    d = Doc()
    cc = pick(r, ["ES", "ES", "MX"])
    inq, prop = person(r, cc), person(r, cc)
    dd = rdate(r)
    a = address(r, cc, unit=True)
    names = [pname(r, inq, pick(r, ["full", "first"])), pname(r, prop, pick(r, ["full", "first"]))]
    conv = [
        (1, [["Hola, buenas tardes. Soy ", (names[1], PER), ", el propietario del piso de ", (a.street, ADDR), ". ¿Sigue interesada en verlo?"]]),
        (0, [["Sí, claro! ¿Se podría el ", (fdate(r, dd, "es", 1), DT), " por la tarde?"]]),
        (1, [["Perfecto, a las ", (ftime(r, r.randint(16, 19), pick(r, [0, 30]), "es"), DT), ". Le paso mi número por si acaso: ", (phone(r, cc, "mobile"), PH)]]),
        (0, [["Genial. ¿La fianza son dos meses?"]]),
        (1, [["Un mes de fianza más un mes de garantía adicional. Renta %s al mes, gastos de comunidad incluidos." % money(r, 500, 2200, "€" if cc == "ES" else "$", dec=False, eu=True)]]),
        (0, [["Vale. Le envío la nómina y el contrato de trabajo al correo ", (email_for(r, prop, country="ES"), EM), "?"]]),
        (1, [["Sí, ahí mismo. Nos vemos 👍"]]),
    ]
    t = r.randint(600, 1000)
    for who, bodies in conv:
        t += r.randint(1, 25)
        d.t("%d/%d/%02d, %d:%02d - " % (dd.day, dd.month, dd.year % 100, t // 60 % 24, t % 60))
        d.e(names[who], PER).t(": ")
        for p in bodies[0]:
            d.v(p)
        d.t("\n")
    return d


def k_it_locazione(r):
    d = Doc()
    a = address(r, "IT", unit=True)
    lo, co = person(r, "IT"), person(r, "IT")
    start = rdate(r)
    d.t("CONTRATTO DI LOCAZIONE AD USO ABITATIVO\n(art. 2, comma %d, L. 431/1998 - %s)\n\n" % (pick(r, [1, 3]), pick(r, ["canone libero 4+4", "canone concordato 3+2", "transitorio"])))
    d.t("%s " % title(r, lo, "it")).e(pname(r, lo), PER).t(", %s a " % ("nata" if lo.g == "f" else "nato")).e(pick(r, ["Roma", "Milano", "Napoli", "Palermo", "Torino", "Bari", "Catania"]), LOC).t(" il ").e(fdate(r, dob_date(r), "it", 0), DOB)
    d.t(", C.F. %s%s%s%s%s%s, residente in " % (alnum(r, 6, string.ascii_uppercase), digits(r, 2), pick(r, "ABCDEHLMPRST"), digits(r, 2), pick(r, "ABCDEFGHILM") + digits(r, 3), pick(r, string.ascii_uppercase))).e(address(r, "IT").one(), ADDR).t(" (di seguito \"locatore\")\n\n")
    d.t("concede in locazione a\n\n%s " % title(r, co, "it")).e(pname(r, co), PER).t(", %s il " % ("nata" if co.g == "f" else "nato")).e(fdate(r, dob_date(r), "it", 0), DOB)
    d.t(", tel. ").e(phone(r, "IT", "mobile"), PH).t(", e-mail ").e(email_for(r, co, country="IT"), EM).t(" (di seguito \"conduttore\")\n\n")
    d.t("l'unità immobiliare sita in ").e(a.one(), ADDR).t(", composta da %d vani più servizi, censita al Catasto Fabbricati del Comune al Foglio %d, Particella %d, Sub. %d, cat. A/%d, rendita € %s.\n\n" % (
        r.randint(2, 6), r.randint(1, 400), r.randint(1, 2000), r.randint(1, 60), pick(r, [2, 3, 4]), ("%.2f" % r.uniform(300, 1800)).replace(".", ",")))
    d.t("1. DURATA. Il contratto decorre dal ").e(fdate(r, start, "it"), DT).t(" e scade il ").e(fdate(r, start.replace(year=start.year + 4) if not (start.month == 2 and start.day == 29) else start + _dt.timedelta(days=1461), "it"), DT).t(".\n")
    d.t("2. CANONE. Il canone annuo è di %s, da corrispondere in rate mensili anticipate entro il giorno 5 di ogni mese mediante bonifico sul conto IBAN " % money(r, 4800, 30000, "€", eu=True)).e(iban(r, "IT"), IBAN).t(".\n")
    d.t("3. DEPOSITO CAUZIONALE pari a tre mensilità, produttivo di interessi legali.\n4. ONERI ACCESSORI a carico del conduttore secondo la tabella allegata (acconto %s mensili).\n\n" % money(r, 40, 250, "€", eu=True))
    d.t("Letto, approvato e sottoscritto.\n").e(a.city, LOC).t(", ").e(fdate(r, start - _dt.timedelta(days=r.randint(3, 20)), "it", 0), DT).t("\n\nIl locatore ____________    Il conduttore ____________\n")
    d.t("Registrato presso l'Agenzia delle Entrate, codice identificativo contratto T%s%s\n" % (alnum(r, 3, UPPER_DIG), digits(r, 12)))
    return d


def k_it_verbale_condominio(r):
    d = Doc()
    a = address(r, "IT")
    amm = person(r, "IT")
    dd = rdate(r)
    d.t("VERBALE DI ASSEMBLEA ORDINARIA\nCONDOMINIO \"%s\"\n" % pick(r, ["Residenza Il Glicine", "Palazzo Verdi", "Le Magnolie", "Villa Aurora"])).e(a.one(), ADDR).t("\nC.F. condominio %s\n\n" % digits(r, 11))
    d.t("Il giorno ").e(fdate(r, dd, "it", 1) + pick(r, [" alle ", ", "]) + ftime(r, r.randint(17, 20), pick(r, [0, 30]), "it"), DT)
    d.t(", in seconda convocazione, presso lo studio dell'amministratore in ").e(address(r, "IT").one(), ADDR).t(", si è riunita l'assemblea dei condomini.\n\nSono presenti o rappresentati:\n")
    cond = [person(r, "IT") for _ in range(r.randint(3, 6))]
    for c in cond:
        d.t("- %s " % title(r, c, "it")).e(pname(r, c), PER).t(" (millesimi %s)" % ("%.2f" % r.uniform(20, 140)).replace(".", ","))
        if r.random() < .25:
            d.t(" per delega a ").e(pname(r, person(r, "IT")), PER)
        d.t("\n")
    d.t("per complessivi %s/1000 millesimi. L'assemblea è validamente costituita.\n\n" % ("%.2f" % r.uniform(500, 900)).replace(".", ","))
    d.t("Viene nominato presidente ").e(pname(r, cond[0], "full"), PER).t(" e segretario ").e(pname(r, cond[1], "full"), PER).t(".\n\n")
    d.t("Ordine del giorno:\n1) Approvazione rendiconto consuntivo %d: approvato all'unanimità.\n2) Preventivo %d: approvato, rate in scadenza al " % (r.randint(2023, 2025), r.randint(2024, 2026))).e(fdate(r, rdate(r), "it"), DT).t(".\n")
    d.t("3) Lavori di rifacimento facciata: approvato il preventivo della ditta %s per %s, maggioranza art. 1136 c.c.\n4) Varie ed eventuali.\n\n" % (pick(r, ["Edil Rossi S.r.l.", "Costruzioni Bianchi & Figli", "Restauri Colombo Snc"]), money(r, 20000, 300000, "€", dec=False, eu=True)))
    d.t("La seduta è tolta alle ore ").e(ftime(r, r.randint(19, 22), pick(r, [0, 15, 30, 45]), "it"), DT).t(".\n\nL'amministratore: %s " % title(r, amm, "it")).e(pname(r, amm), PER).t(" - tel. ").e(phone(r, "IT", "land"), PH).t(" - PEC ").e(email_for(r, amm, pick(r, ["pec.it", "legalmail.it", "pec.studioamministrazioni.it"])), EM).t("\n")
    return d


def k_nl_huur_email(r):
    d = Doc()
    a = address(r, "NL")
    hz, mk = person(r, "NL", pick(r, ["nl", "nl", "tr", "de", "en", "in"])), person(r, "NL")
    dom = pick(r, ["vanderbergmakelaardij.nl", "rotsvast.nl", "mvgm.nl", "pararius-verhuur.nl", "kuipersmakelaars.nl"])
    email_headers(d, r, mk, email_for(r, mk, dom), hz, email_for(r, hz, country="NL"), ["Bevestiging bezichtiging ", (a.street, ADDR)])
    d.t("Beste ").e(pname(r, hz, pick(r, ["first", "full"])), PER).t(",\n\nHierbij bevestigen wij de bezichtiging van de woning aan de ").e(a.one(), ADDR).t(" op ")
    dd = rdate(r)
    d.e(fdate(r, dd, "nl", pick(r, [1, 2])), DT).t(" om ").e(ftime(r, r.randint(9, 19), pick(r, [0, 15, 30]), "nl"), DT).t(".\n\n")
    d.t("Huurprijs: %s per maand excl. servicekosten (%s). Waarborgsom: %d maanden huur. Beschikbaar per " % (money(r, 900, 3200, "€", dec=False, eu=True), money(r, 40, 180, "€", eu=True), pick(r, [1, 2])))
    d.e(fdate(r, rdate(r), "nl"), DT).t(".\n\nGraag ontvangen wij vooraf de volgende documenten: kopie ID-bewijs (BSN afschermen), werkgeversverklaring, drie recente loonstroken en een verhuurdersverklaring.\n")
    d.t("Het bruto inkomen dient minimaal %d× de kale huur te bedragen.\n\n" % pick(r, [3, 4]))
    d.t("Bekijk de woning alvast online: ").e("https://www.funda.nl/huur/%s/appartement-%s-%s/" % (fold(a.city).lower().replace(" ", "-"), digits(r, 8), re.sub(r"[^a-z0-9]+", "-", fold(a.street).lower()).strip("-")), URL).t("\n\n")
    d.t("Met vriendelijke groet,\n\n").e(pname(r, mk), PER).t("\n%s\nT " % pick(r, ["Van der Berg Makelaardij", "Rotsvast Verhuur", "MVGM Wonen", "Kuipers Makelaars"])).e(phone(r, "NL", "land"), PH).t("\n")
    return d


def k_pt_contrato(r):
    d = Doc()
    cc = pick(r, ["BR", "BR", "PT"])
    a = address(r, cc, unit=True)
    ld, lt = person(r, cc), person(r, cc)
    start = rdate(r)
    if cc == "BR":
        d.t("CONTRATO DE LOCAÇÃO RESIDENCIAL\n\n")
        d.t("LOCADOR: ").e(pname(r, ld, pick(r, ["full", "upper"])), PER).t(", brasileiro(a), %s, portador(a) do RG nº %s.%s.%s-%d e CPF nº %s.%s.%s-%s, residente à " % (pick(r, ["casado(a)", "solteiro(a)", "divorciado(a)"]), digits(r, 2), digits(r, 3), digits(r, 3), r.randint(0, 9), digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 2)))
        d.e(address(r, cc).one(), ADDR).t(".\n\nLOCATÁRIO: ").e(pname(r, lt), PER).t(", nascido(a) em ").e(fdate(r, dob_date(r), "pt", 0), DOB).t(", telefone ").e(phone(r, cc, "mobile"), PH).t(", e-mail ").e(email_for(r, lt, country="BR"), EM).t(".\n\n")
        d.t("IMÓVEL: ").e(a.one(), ADDR).t(".\n\n")
        d.t("CLÁUSULA 1ª - PRAZO: %d meses, com início em " % pick(r, [12, 30, 36])).e(fdate(r, start, "pt"), DT).t(" e término em ").e(fdate(r, start + _dt.timedelta(days=pick(r, [365, 912, 1095])), "pt"), DT).t(".\n")
        d.t("CLÁUSULA 2ª - ALUGUEL: R$ %s mensais, com vencimento todo dia %d, mediante PIX (chave: " % ("{:,.2f}".format(r.uniform(900, 9000)).replace(",", "X").replace(".", ",").replace("X", "."), pick(r, [5, 10, 15])))
        d.e(email_for(r, ld, country="BR"), EM).t(") ou depósito no Banco %s, agência %s, conta corrente " % (pick(r, ["Itaú", "Bradesco", "do Brasil", "Santander", "Caixa"]), digits(r, 4))).e("%s-%d" % (digits(r, pick(r, [5, 6, 8])), r.randint(0, 9)), ACCT).t(".\n")
        d.t("CLÁUSULA 3ª - GARANTIA: %s.\n" % pick(r, ["seguro-fiança", "caução equivalente a três aluguéis", "fiador"]))
        d.t("CLÁUSULA 4ª - IPTU e condomínio por conta do LOCATÁRIO.\n\n")
    else:
        d.t("CONTRATO DE ARRENDAMENTO PARA HABITAÇÃO (com prazo certo)\n\n")
        d.t("PRIMEIRO OUTORGANTE (Senhorio): ").e(pname(r, ld), PER).t(", NIF %s, residente em " % digits(r, 9)).e(address(r, cc).one(), ADDR).t(".\n")
        d.t("SEGUNDO OUTORGANTE (Arrendatário): ").e(pname(r, lt), PER).t(", nascido(a) a ").e(fdate(r, dob_date(r), "pt", 0), DOB).t(", telemóvel ").e(phone(r, cc, "mobile"), PH).t(".\n\n")
        d.t("Cláusula 1.ª O Senhorio dá de arrendamento a fração autónoma sita na ").e(a.one(), ADDR).t(", licença de utilização n.º %d.\n" % r.randint(100, 9999))
        d.t("Cláusula 2.ª O contrato tem início em ").e(fdate(r, start, "pt"), DT).t(" e a duração de %d anos.\n" % pick(r, [1, 2, 3, 5]))
        d.t("Cláusula 3.ª A renda mensal é de %s, paga até ao dia 8 do mês anterior por transferência para o IBAN " % money(r, 450, 2500, "€", eu=True)).e(iban(r, "PT"), IBAN).t(".\n\n")
    d.e(a.city, LOC).t(", ").e(fdate(r, start - _dt.timedelta(days=r.randint(2, 20)), "pt", 1), DT).t(".\n\nTestemunhas: ").e(pname(r, person(r, cc)), PER).t(" e ").e(pname(r, person(r, cc)), PER).t("\n")
    return d


def k_pl_umowa(r):
    d = Doc()
    a = address(r, "PL")
    wy, na = person(r, "PL", "pl"), person(r, "PL", "pl")
    dd = rdate(r)
    d.t("UMOWA NAJMU LOKALU MIESZKALNEGO\n\nzawarta w dniu ").e(fdate(r, dd, "pl", 0), DT).t(" r. pomiędzy:\n\n1. ").e(pname(r, wy), PER)
    d.t(", zam. ").e(address(r, "PL").one(), ADDR).t(", legitymującym się dowodem osobistym %s%s, PESEL %s, zwanym dalej Wynajmującym,\n\n" % (alnum(r, 3, string.ascii_uppercase), digits(r, 6), digits(r, 11)))
    d.t("2. ").e(pname(r, na), PER).t(", tel. ").e(phone(r, "PL"), PH).t(", e-mail ").e(email_for(r, na, country="PL"), EM).t(", zwanym dalej Najemcą.\n\n")
    d.t("§ 1\nWynajmujący oświadcza, że jest właścicielem lokalu mieszkalnego położonego pod adresem ").e(a.one(), ADDR).t(", o powierzchni %s m², składającego się z %d pokoi, kuchni i łazienki (KW nr WA%dM/%s/%d).\n\n" % (("%.1f" % r.uniform(25, 95)).replace(".", ","), r.randint(2, 4), r.randint(1, 6), digits(r, 8), r.randint(0, 9)))
    d.t("§ 2\nUmowa zostaje zawarta na czas określony od ").e(fdate(r, dd + _dt.timedelta(days=r.randint(1, 20)), "pl", 0), DT).t(" do ").e(fdate(r, dd + _dt.timedelta(days=365), "pl", 0), DT).t(".\n\n")
    d.t("§ 3\nCzynsz najmu wynosi %s zł miesięcznie i płatny jest z góry do 10. dnia każdego miesiąca na rachunek bankowy Wynajmującego nr " % "{:,}".format(r.randint(18, 60) * 100).replace(",", " "))
    d.e(iban(r, "PL"), IBAN).t(". Opłaty eksploatacyjne do spółdzielni pokrywa Najemca.\n\n")
    d.t("§ 4\nNajemca wpłaca kaucję zabezpieczającą w wysokości jednomiesięcznego czynszu.\n\n")
    d.t("Wynajmujący: ").e(pname(r, wy, "full"), PER).t("          Najemca: ").e(pname(r, na, "full"), PER).t("\n")
    return d


# --------------------------------------------------------------------------
# KINDS -- no labelled entity (hard negatives only)
# --------------------------------------------------------------------------
def k_e_market_report(r):
    d = Doc()
    area = r.randint(100, 9999)
    d.t("%s - MLS Area %d\n%s\n\n" % (pick(r, ["MARKET SNAPSHOT", "Monthly Housing Market Report", "Residential Market Update"]), area, pick(r, ["Single-family detached", "Condo/Townhome", "All residential property types"])))
    d.t("%-28s %12s %12s %8s\n" % ("Metric", "This period", "Last year", "YoY"))
    rows = [("Median sale price", lambda: money(r, 280000, 1300000, "$", dec=False)), ("Average price per sq ft", lambda: money(r, 180, 900, "$", dec=False)),
            ("Closed sales", lambda: "{:,}".format(r.randint(80, 4000))), ("New listings", lambda: "{:,}".format(r.randint(80, 5000))),
            ("Pending sales", lambda: "{:,}".format(r.randint(60, 3000))), ("Median days on market", lambda: str(r.randint(5, 90))),
            ("Months of inventory", lambda: "%.1f" % r.uniform(0.8, 6.5)), ("List-to-sale price ratio", lambda: "%.1f%%" % r.uniform(94, 104)),
            ("Share sold above list", lambda: "%.1f%%" % r.uniform(5, 60)), ("Cash purchases", lambda: "%.1f%%" % r.uniform(10, 40))]
    for nm, fn in rows[:r.randint(6, 10)]:
        d.t("%-28s %12s %12s %+7.1f%%\n" % (nm, fn(), fn(), r.uniform(-15, 20)))
    d.t("\n30-year fixed rate averaged %.2f%% (vs %.2f%% a year ago); the 15-year averaged %.2f%%.\n" % (r.uniform(5.8, 7.5), r.uniform(5.8, 7.9), r.uniform(5, 6.9)))
    d.t("Inventory remains %s; %d%% of listings had at least one price reduction. Figures are preliminary and subject to revision. Report ID MR-%s, methodology v%d.%d.\n" % (
        pick(r, ["tight", "elevated", "near pre-pandemic levels"]), r.randint(10, 45), digits(r, 6), r.randint(1, 4), r.randint(0, 9)))
    return d


def k_e_rate_sheet(r):
    d = Doc()
    d.t("WHOLESALE RATE SHEET #%d-%03d    Version %d.%d\nPrices are for %d-day locks. Subject to change without notice. For licensed mortgage professionals only.\n\n" % (r.randint(2024, 2026), r.randint(1, 250), r.randint(1, 5), r.randint(0, 9), pick(r, [15, 30, 45])))
    for prod in shuffled(r, ["C30F Conventional 30yr Fixed", "C15F Conventional 15yr Fixed", "FHA30 FHA 30yr Fixed", "VA30 VA 30yr Fixed", "J30 Jumbo 30yr Fixed", "A7/6 Conforming 7/6 SOFR ARM"])[:r.randint(2, 4)]:
        d.t("%s\n%8s %9s %9s %9s\n" % (prod, "Rate", "15-day", "30-day", "45-day"))
        base = r.uniform(5.5, 7.0)
        for i in range(r.randint(4, 7)):
            rt = base + i * 0.125
            p = 100 - 2 + i * 0.55
            d.t("%8.3f %9.3f %9.3f %9.3f\n" % (rt, p + .1, p, p - .125))
        d.t("\n")
    d.t("LLPA (Purchase, FICO x LTV)\n%-10s %7s %7s %7s %7s\n" % ("FICO", "<=60", "60.01-75", "75.01-80", "80.01-95"))
    for f in ["780+", "760-779", "740-759", "720-739", "700-719", "680-699"]:
        d.t("%-10s %7.3f %7.3f %7.3f %7.3f\n" % (f, 0, r.uniform(0, .75), r.uniform(.25, 1.5), r.uniform(.25, 2)))
    d.t("\nAdjusters: condo -0.750; investment property -2.125; 2-4 units -1.000; high balance -0.250; escrow waiver -0.250.\nMax price 102.500. Comp plan BPC max 2.75%% / $%s. Lock extensions 0.02/day.\n" % "{:,}".format(r.randint(20, 40) * 1000))
    return d


def k_e_amortization(r):
    d = Doc()
    P = r.randint(150, 900) * 1000
    rate = r.uniform(4.5, 7.8)
    n = pick(r, [360, 180, 240])
    i = rate / 1200
    pay = P * i / (1 - (1 + i) ** -n)
    d.t("AMORTIZATION SCHEDULE\nLoan amount: ${:,.2f}   Note rate: {:.3f}%   Term: {} months   P&I: ${:,.2f}\n\n".format(P, rate, n, pay))
    d.t("%6s %12s %12s %12s %14s\n" % ("Pmt #", "Payment", "Principal", "Interest", "Balance"))
    bal = P
    start = r.randint(1, n - 12)
    for k in range(1, start + 12):
        it = bal * i
        pr = pay - it
        bal -= pr
        if k >= start:
            d.t("%6d %12s %12s %12s %14s\n" % (k, "{:,.2f}".format(pay), "{:,.2f}".format(pr), "{:,.2f}".format(it), "{:,.2f}".format(bal)))
    d.t("\nTotal interest over life of loan: ${:,.2f}. Extra principal of $200/month saves approx. {} payments.\n".format(pay * n - P, r.randint(30, 70)))
    return d


def k_e_release_notes(r):
    d = Doc()
    v = "%d.%d.%d" % (r.randint(20, 26), r.randint(1, 12), r.randint(0, 9))
    d.t("Release %s (build %d)\n%s\n\n" % (v, r.randint(1000, 99999), "=" * 30))
    feats = ["Tenant portal: autopay now supports split payments between roommates (PM-%d)", "Owner statements: new cash-flow column and PDF footer (PM-%d)",
             "Maintenance: vendors can attach up to 20 photos per work order (MX-%d)", "Leasing: e-sign packet generation is 40%% faster (LS-%d)",
             "Accounting: fixed rounding of prorated rent on 31-day months (ACC-%d)", "Screening: FCRA adverse-action letter template updated (SCR-%d)",
             "Listings: syndication retries on HTTP 429 with backoff (SYN-%d)", "API: /v3/leases supports cursor pagination; /v2 deprecated (API-%d)"]
    d.t("New\n")
    for f in shuffled(r, feats)[:r.randint(3, 5)]:
        n = f.count("%d")
        d.t("  * " + f % tuple(r.randint(100, 9999) for _ in range(n)) + "\n")
    d.t("\nFixed\n")
    for fx in shuffled(r, ["Late fee not waived when grace period ends on a holiday", "CSV export dropped leading zeros in unit numbers", "Duplicate SMS reminders for multi-unit residents", "Move-out date picker ignored time zone", "Owner draw rounding on partial months"])[:r.randint(2, 4)]:
        d.t("  * %s (commit %s)\n" % (fx, sha(r, pick(r, [7, 8, 40]))))
    d.t("\nUpgrade notes: run migration 0%d_ledger_index; minimum client version %d.%d. Checksum sha256:%s\n" % (r.randint(100, 999), r.randint(10, 20), r.randint(0, 9), sha(r, 64)))
    return d


def k_e_pm_schedule(r):
    d = Doc()
    d.t("PREVENTIVE MAINTENANCE SCHEDULE - Bldg %s (%d units)\n\n" % (pick(r, "ABCDEF"), r.randint(24, 320)))
    d.t("%-8s %-34s %-12s %-10s %s\n" % ("Asset", "Task", "Frequency", "Est. hrs", "WO template"))
    tasks = [("AHU-%d", "Replace filters (MERV 13, 20x25x4)", "Quarterly"), ("RTU-%d", "Inspect belts, clean coils", "Semi-annual"),
             ("BLR-%d", "Combustion analysis, check LWCO", "Annual"), ("ELV-%d", "Elevator sump inspection", "Monthly"),
             ("FA-%d", "Fire alarm panel test, battery load", "Annual"), ("GEN-%d", "Generator load bank test 2 hrs", "Annual"),
             ("PMP-%d", "Domestic booster pump vibration check", "Quarterly"), ("WH-%d", "Flush water heater, anode check", "Annual"),
             ("RF-%d", "Roof drain and scupper clearing", "Semi-annual"), ("BFP-%d", "Backflow preventer certification", "Annual")]
    for a, t, f in shuffled(r, tasks)[:r.randint(5, 9)]:
        d.t("%-8s %-34s %-12s %-10s PM-%s\n" % (a % r.randint(1, 9), t, f, "%.1f" % r.uniform(0.5, 6), digits(r, 4)))
    d.t("\nParts on hand: %d filters, %d belts (B%d), %d smoke detector heads. Budget code 6410-%s. Vendor contract #%s covers ELV/FA tasks.\n" % (r.randint(10, 200), r.randint(2, 20), r.randint(30, 80), r.randint(5, 60), digits(r, 3), digits(r, 7)))
    return d


def k_e_hoa_budget(r):
    d = Doc()
    units = r.randint(24, 400)
    d.t("PROPOSED OPERATING BUDGET - FISCAL YEAR %d\n%d units | assessment allocation by %s\n\n" % (r.randint(2024, 2027), units, pick(r, ["equal share", "square footage", "percentage interest"])))
    d.t("%-8s %-36s %14s %14s\n" % ("GL", "Line item", "Prior budget", "Proposed"))
    items = ["Management fee", "Insurance - master policy", "Landscaping contract", "Pool service", "Electricity - common", "Water/sewer - common", "Trash removal",
             "Elevator maintenance", "Security patrol", "Legal & audit", "Repairs & maintenance", "Reserve contribution", "Bad debt allowance"]
    tot = 0
    for it in shuffled(r, items)[:r.randint(7, 12)]:
        a, b = r.randint(4, 400) * 1000, r.randint(4, 420) * 1000
        tot += b
        d.t("%-8s %-36s %14s %14s\n" % ("%d-%02d" % (r.randint(5000, 6999), r.randint(0, 99)), it, "{:,}".format(a), "{:,}".format(b)))
    d.t("%-45s %28s\n" % ("TOTAL", "{:,}".format(tot)))
    d.t("\nMonthly assessment per unit: ${:,.2f} ({:+.1f}%). Reserve study: {}% funded, recommended contribution ${:,}.\n".format(tot / units / 12, r.uniform(-2, 12), r.randint(30, 100), r.randint(20, 400) * 1000))
    return d


def k_e_sync_log(r):
    d = Doc()
    base = r.randint(1735000000, 1770000000)
    job = uuid(r)
    for _ in range(r.randint(8, 14)):
        base += r.randint(0, 40)
        tm = time.gmtime(base)
        d.t("%04d-%02d-%02d %02d:%02d:%02d.%03d " % (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, r.randint(0, 999)))
        k = r.randrange(6)
        if k == 0:
            d.t("INFO  [sync-%s] fetched page %d of /Property?$top=200&$skip=%d status=200 in %dms\n" % (job[:8], r.randint(1, 90), r.randint(0, 90) * 200, r.randint(80, 4000)))
        elif k == 1:
            d.t("INFO  [sync-%s] upserted listing key=%s mls=%s price=%d status=%s\n" % (job[:8], sha(r, 32), mls_no(r), r.randint(100, 3000) * 1000, pick(r, ["Active", "Pending", "Closed", "Withdrawn"])))
        elif k == 2:
            d.t("WARN  [sync-%s] media download retry %d/5 for photo %s (HTTP 503)\n" % (job[:8], r.randint(1, 5), uuid(r)))
        elif k == 3:
            d.t("DEBUG [sync-%s] epoch_cursor=%d batch=%d queue_depth=%d\n" % (job[:8], base - r.randint(1000, 90000), r.randint(1, 400), r.randint(0, 9000)))
        elif k == 4:
            d.t("ERROR [sync-%s] validation failed for listing %s: ListPrice must be > 0 (rule R-%d)\n" % (job[:8], mls_no(r), r.randint(10, 99)))
        else:
            d.t("INFO  [sync-%s] heap=%dMB gc_pause=%dms worker=%d version=%d.%d.%d\n" % (job[:8], r.randint(200, 4000), r.randint(1, 300), r.randint(1, 16), r.randint(1, 5), r.randint(0, 20), r.randint(0, 40)))
    d.t("job %s finished: %d created, %d updated, %d deleted, %d errors\n" % (job, r.randint(0, 400), r.randint(0, 4000), r.randint(0, 80), r.randint(0, 9)))
    return d


def k_e_field_spec(r):
    d = Doc()
    d.t("RESO Data Dictionary %s - Property resource (excerpt)\n\n" % pick(r, ["1.7", "2.0", "2.1"]))
    d.t("%-28s %-16s %-8s %s\n" % ("StandardName", "SimpleDataType", "MaxLen", "Notes"))
    fields = [("ListingKey", "String", "255", "Unique system key; not the MLS number"), ("ListingId", "String", "255", "Displayed MLS number"),
              ("ListPrice", "Number", "14,2", "Decimal, no currency symbol"), ("StandardStatus", "String List, Single", "50", "Lookup: Active, Pending, Closed"),
              ("BedroomsTotal", "Number", "3", "Integer"), ("LivingArea", "Number", "14,2", "Units per LivingAreaUnits"),
              ("ModificationTimestamp", "Timestamp", "27", "ISO 8601, UTC"), ("OnMarketDate", "Date", "10", "Local date"),
              ("ParcelNumber", "String", "50", "APN / tax id as recorded"), ("ListAgentMlsId", "String", "25", "Agent identifier, not a license"),
              ("AssociationFee", "Number", "14,2", "Paired with AssociationFeeFrequency"), ("YearBuilt", "Number", "4", "Four-digit year")]
    for f in shuffled(r, fields)[:r.randint(7, 12)]:
        d.t("%-28s %-16s %-8s %s\n" % f)
    d.t("\nChange log: added %d lookups, deprecated %d fields; certification rule set %s.\n" % (r.randint(1, 40), r.randint(0, 9), "DD-%d.%d" % (r.randint(1, 2), r.randint(0, 9))))
    return d


def k_e_de_energieausweis(r):
    d = Doc()
    d.t("ENERGIEAUSWEIS für Wohngebäude\ngemäß den §§ 79 ff. Gebäudeenergiegesetz (GEG)\n\nRegistriernummer: %s-%d-%s\n\n" % (pick(r, ["BE", "BY", "NW", "HH", "SN"]), r.randint(2019, 2025), digits(r, 9)))
    kv(d, r, [("Gebäudetyp", pick(r, ["Mehrfamilienhaus", "Einfamilienhaus", "Reihenmittelhaus"])), ("Baujahr Gebäude", str(r.randint(1890, 2020))),
              ("Baujahr Wärmeerzeuger", str(r.randint(1990, 2023))), ("Anzahl Wohnungen", str(r.randint(1, 48))),
              ("Gebäudenutzfläche (AN)", "%s m²" % ("%.1f" % r.uniform(120, 4000)).replace(".", ",")), ("Wesentliche Energieträger", pick(r, ["Erdgas", "Fernwärme", "Heizöl", "Wärmepumpe (Strom)"])),
              ("Art des Ausweises", pick(r, ["Verbrauchsausweis", "Bedarfsausweis"])), ("Endenergieverbrauch", "%s kWh/(m²·a)" % ("%.1f" % r.uniform(30, 280)).replace(".", ",")),
              ("Primärenergieverbrauch", "%s kWh/(m²·a)" % ("%.1f" % r.uniform(30, 300)).replace(".", ",")), ("Energieeffizienzklasse", pick(r, "A+ A B C D E F G H".split())),
              ("CO2-Emissionen", "%d kg/(m²·a)" % r.randint(5, 90))])
    d.t("\nModernisierungsempfehlungen: %s\nVerbrauchserfassung: 3 Abrechnungsjahre, Leerstandszuschlag %d %%, Warmwasserpauschale %d kWh/(m²·a).\n" % (
        pick(r, ["Dämmung der obersten Geschossdecke; Austausch der Fenster (Uw ≤ 1,3)", "Hydraulischer Abgleich, Pumpentausch", "keine"]), r.randint(0, 10), pick(r, [10, 20])))
    return d


def k_e_es_informe(r):
    d = Doc()
    d.t("INFORME DE MERCADO RESIDENCIAL - %d.º trimestre\nZona: distrito %d (código interno Z-%s)\n\n" % (r.randint(1, 4), r.randint(1, 21), digits(r, 4)))
    d.t("%-34s %12s %10s\n" % ("Indicador", "Valor", "Var. anual"))
    rows = [("Precio medio de venta (€/m²)", lambda: "{:,}".format(r.randint(1200, 6500)).replace(",", ".")), ("Precio medio de alquiler (€/m²/mes)", lambda: ("%.2f" % r.uniform(8, 26)).replace(".", ",")),
            ("Rentabilidad bruta del alquiler", lambda: ("%.1f %%" % r.uniform(3, 8)).replace(".", ",")), ("Compraventas registradas", lambda: "{:,}".format(r.randint(40, 4000)).replace(",", ".")),
            ("Días medios de comercialización", lambda: str(r.randint(20, 180))), ("Hipotecas constituidas", lambda: "{:,}".format(r.randint(30, 3000)).replace(",", ".")),
            ("Euríbor a 12 meses (media)", lambda: ("%.3f %%" % r.uniform(2, 4.2)).replace(".", ","))]
    for nm, fn in rows:
        d.t("%-34s %12s %+9.1f%%\n" % (nm, fn(), r.uniform(-8, 14)))
    d.t("\nLa oferta de vivienda en alquiler cae un %d %% interanual; el %d %% de las operaciones se realizan sin financiación. Datos provisionales, fuente: elaboración propia (versión %d.%d).\n" % (r.randint(2, 30), r.randint(10, 45), r.randint(1, 3), r.randint(0, 9)))
    return d


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
KINDS = [
    # English, with entities
    ("mls_listing", "en", k_mls_listing), ("rental_application", "en", k_rental_application), ("lease_agreement", "en", k_lease_us),
    ("rent_ledger_csv", "en", k_rent_ledger_csv), ("maintenance_ticket", "en", k_maintenance_ticket), ("hoa_strata_minutes", "en", k_hoa_minutes),
    ("landlord_tenant_email", "en", k_landlord_email), ("tenant_chat_export", "en", k_tenant_chat), ("portal_lead_json", "en", k_portal_lead_json),
    ("lead_crm_csv", "en", k_lead_crm_csv), ("uk_agent_notes", "en", k_uk_agent_notes), ("uk_deposit_certificate", "en", k_uk_deposit_cert),
    ("notice_to_vacate", "en", k_notice_to_vacate), ("pms_audit_log", "en", k_pms_audit_log), ("tenant_screening_report", "en", k_tenant_screening),
    ("autopay_enrollment", "en", k_autopay_enrollment), ("sms_thread", "en", k_sms_thread), ("voicemail_transcript", "en", k_voicemail),
    ("servicing_call_transcript", "en", k_call_transcript), ("eviction_petition", "en", k_eviction_filing), ("str_booking", "en", k_str_booking),
    ("zoom_virtual_tour", "en", k_zoom_tour), ("inspection_ics", "en", k_inspection_ics), ("agent_vcard", "en", k_agent_vcard),
    ("home_inspection_summary", "en", k_home_inspection), ("commercial_lease_abstract", "en", k_commercial_lease_abstract),
    ("rent_roll", "en", k_rent_roll), ("w9_form", "en", k_w9), ("contractor_invoice", "en", k_contractor_invoice),
    ("accommodation_letter", "en", k_accommodation_letter), ("senior_housing_application", "en", k_senior_housing_app),
    ("au_bond_lodgement", "en", k_au_bond_lodgement), ("india_rent_agreement", "en", k_india_rent_agreement),
    ("esign_certificate", "en", k_docusign_cert), ("showing_confirmation", "en", k_showing_schedule), ("open_house_signin", "en", k_open_house_signin),
    ("utility_start_service", "en", k_utility_transfer), ("property_tax_bill", "en", k_property_tax_bill), ("hoa_violation_letter", "en", k_hoa_violation_letter),
    ("move_in_inspection", "en", k_move_in_inspection),
    ("urla_1003", "en", k_urla_1003), ("loan_estimate", "en", k_loan_estimate), ("closing_disclosure", "en", k_closing_disclosure),
    ("title_commitment", "en", k_title_commitment), ("wire_instructions", "en", k_wire_instructions), ("appraisal_urar", "en", k_appraisal),
    ("mortgage_statement", "en", k_mortgage_statement), ("grant_deed", "en", k_grant_deed), ("purchase_offer_email", "en", k_purchase_offer),
    ("voe_letter", "en", k_voe), ("gift_letter", "en", k_gift_letter), ("preapproval_letter", "en", k_preapproval),
    ("rate_lock_email", "en", k_rate_lock_email), ("escrow_status_email", "en", k_escrow_status_email), ("bank_statement", "en", k_bank_statement),
    ("hazard_insurance_dec", "en", k_hazard_insurance), ("cc_authorization_form", "en", k_cc_authorization),
    ("self_tour_registration", "en", k_self_tour), ("assisted_living_face_sheet", "en", k_assisted_living),
    ("env_config", "en", k_env_config), ("k8s_secret", "en", k_k8s_secret), ("stripe_webhook_log", "en", k_stripe_webhook_log),
    ("reso_api_call", "en", k_reso_api), ("ci_deploy_log", "en", k_ci_log), ("sftp_feed_credentials", "en", k_sftp_feed_setup),
    ("integration_config_json", "en", k_integration_json), ("docker_compose", "en", k_docker_compose),
    # other languages, with entities
    ("de_mietvertrag", "de", k_de_mietvertrag), ("de_expose", "de", k_de_expose), ("de_nebenkostenabrechnung", "de", k_de_nebenkosten),
    ("de_weg_protokoll", "de", k_de_weg_protokoll), ("de_mieterselbstauskunft", "de", k_de_selbstauskunft), ("de_maengelanzeige", "de", k_de_maengelanzeige),
    ("fr_bail", "fr", k_fr_bail), ("fr_quittance", "fr", k_fr_quittance), ("fr_pv_ag_copropriete", "fr", k_fr_pv_ag), ("fr_annonce_contact", "fr", k_fr_annonce_email),
    ("es_contrato_arrendamiento", "es", k_es_contrato), ("es_nota_simple", "es", k_es_nota_simple), ("es_whatsapp", "es", k_es_whatsapp),
    ("it_contratto_locazione", "it", k_it_locazione), ("it_verbale_condominio", "it", k_it_verbale_condominio),
    ("nl_bezichtiging_email", "nl", k_nl_huur_email), ("pt_contrato_locacao", "pt", k_pt_contrato), ("pl_umowa_najmu", "pl", k_pl_umowa),
]
EMPTY_KINDS = [
    ("market_report", "en", k_e_market_report), ("rate_sheet", "en", k_e_rate_sheet), ("amortization_schedule", "en", k_e_amortization),
    ("release_notes", "en", k_e_release_notes), ("pm_schedule", "en", k_e_pm_schedule), ("hoa_budget", "en", k_e_hoa_budget),
    ("listing_sync_log", "en", k_e_sync_log), ("reso_field_spec", "en", k_e_field_spec),
    ("de_energieausweis", "de", k_e_de_energieausweis), ("es_informe_mercado", "es", k_e_es_informe),
]
EMPTY_NAMES = {k for k, _, _ in EMPTY_KINDS}
_EN = [k for k in KINDS if k[1] == "en"]
_XX = [k for k in KINDS if k[1] != "en"]
P_EMPTY, P_FOREIGN = 0.125, 0.23


def _choose(r):
    u = r.random()
    if u < P_EMPTY:
        return pick(r, EMPTY_KINDS)
    if u < P_EMPTY + P_FOREIGN:
        return pick(r, _XX)
    return pick(r, _EN)


def make_doc(seed, i):
    r = Random("b84:%d:%d" % (seed, i))
    name, lang, fn = _choose(r)
    d = fn(r)
    text = d.text()
    ents = [{"start": s, "end": e, "type": t} for s, e, t in sorted(d.ents)]
    return {"id": "b84-%d-%06d" % (seed, i), "text": text, "entities": ents, "kind": name, "lang": lang}


def generate(n: int, seed: int = 0):
    """Yield n labelled documents {"id", "text", "entities"} (+ "kind", "lang" metadata)."""
    for i in range(n):
        yield make_doc(seed, i)


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
SECRET_TYPES = {"PASSWORD", "GENERIC_SECRET", "PRIVATE_KEY", "AWS_SECRET_KEY", "JWT", "STRIPE_KEY", "SLACK_TOKEN", "GITHUB_TOKEN", "AWS_ACCESS_KEY"}


def _b64json(part):
    pad = "=" * (-len(part) % 4)
    return json.loads(base64.urlsafe_b64decode(part + pad).decode())


def check_value(t, v):
    """Return a problem string or None."""
    if t == "CREDIT_CARD":
        dg = re.sub(r"[ -]", "", v)
        if not dg.isdigit() or not 13 <= len(dg) <= 19 or not luhn_ok(dg):
            return "bad card"
    elif t == "IBAN_CODE":
        if not iban_ok(v):
            return "bad iban"
    elif t == "US_SSN":
        if not ssn_ok(v):
            return "bad ssn"
    elif t == "EMAIL_ADDRESS":
        if not EMAIL_RE.match(v):
            return "bad email"
    elif t == "JWT":
        ps = v.split(".")
        if len(ps) != 3:
            return "bad jwt"
        try:
            _b64json(ps[0])
            _b64json(ps[1])
        except Exception:
            return "bad jwt json"
    elif t == "PRIVATE_KEY":
        if not re.match(r"^-----BEGIN [A-Z ]*PRIVATE KEY-----\n", v) or not re.search(r"\n-----END [A-Z ]*PRIVATE KEY-----$", v):
            return "bad pem"
    elif t == "AWS_ACCESS_KEY":
        if not re.fullmatch(r"AKIA[A-Z0-9]{16}", v):
            return "bad akid"
    elif t == "AWS_SECRET_KEY":
        if len(v) != 40:
            return "bad aws secret"
    elif t == "GITHUB_TOKEN":
        if not re.fullmatch(r"ghp_[A-Za-z0-9]{36}", v):
            return "bad gh token"
    elif t == "SLACK_TOKEN":
        if not re.fullmatch(r"xox[bpa]-\d+-\d+-[A-Za-z0-9]+", v):
            return "bad slack"
    elif t == "STRIPE_KEY":
        if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", v):
            return "bad stripe"
    elif t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "bad ip"
    elif t == "URL":
        if not re.match(r"^https?://[^\s]+$", v) or "@" in v:
            return "bad url"
        host = re.match(r"^https?://([^/?#:]+)", v).group(1)
        try:
            ipaddress.ip_address(host)
            return "ip in url"
        except ValueError:
            pass
    elif t == "PHONE_NUMBER":
        if len(re.sub(r"\D", "", v)) < 7:
            return "short phone"
    elif t in ("DATE_TIME", "DATE_OF_BIRTH"):
        if not re.search(r"\d", v):
            return "date without digit"
    return None


def validate(doc, empty):
    probs = []
    text, ents = doc["text"], doc["entities"]
    prev = 0
    for e in ents:
        s, en, t = e["start"], e["end"], e["type"]
        if t not in TYPES:
            probs.append("type %s" % t)
        if not (0 <= s < en <= len(text)):
            probs.append("range")
            continue
        if s < prev:
            probs.append("overlap/unsorted at %d" % s)
        prev = en
        v = text[s:en]
        if v != v.strip():
            probs.append("whitespace %r" % v)
        if t not in SECRET_TYPES:
            if v[-1] in ".,;:" and not v.endswith(("Esq.", "Dto.", "a.m.", "p.m.")):
                probs.append("trailing punct %s %r" % (t, v))
            if (v[0] in "\"'[{<" or (v[0] == "(" and ")" not in v)) or (v[-1] in "\"']}>"):
                probs.append("bracket/quote %s %r" % (t, v))
            if v[-1] == ")" and "(" not in v:
                probs.append("unbalanced paren %r" % v)
            if "\n" in v and t not in ("ADDRESS",):
                probs.append("newline in %s %r" % (t, v))
        pr = check_value(t, v)
        if pr:
            probs.append("%s: %r" % (pr, v))
    if empty and ents:
        probs.append("empty kind has entities")
    return probs


def uncovered_repeats(doc):
    """Exact repeats of a labelled value outside any span (likely labelling slips)."""
    text, ents = doc["text"], doc["entities"]
    cov = [False] * len(text)
    for e in ents:
        for k in range(e["start"], e["end"]):
            cov[k] = True
    out = []
    seen = set()
    for e in ents:
        v = text[e["start"]:e["end"]]
        if e["type"] in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "URL") and len(v) >= 5 and v not in seen:
            seen.add(v)
            for m in re.finditer(re.escape(v), text):
                a, b = m.start(), m.end()
                if any(cov[a:b]):
                    continue
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    continue
                if (a > 0 and text[a - 1] in "@.") or (b < len(text) and text[b] == "@"):
                    continue
                out.append((e["type"], v))
    return out


def mark(doc):
    text = doc["text"]
    out, pos = [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append("[[%s:%s]]" % (e["type"], text[e["start"]:e["end"]]))
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def run_check(n=2000, seeds=(0, 1)):
    ok = True
    types, langs, kinds = Counter(), Counter(), Counter()
    nprob, nrep = 0, 0
    rep_examples = []
    t0 = time.time()
    for seed in seeds:
        for doc in generate(n, seed):
            kinds[doc["kind"]] += 1
            langs[doc["lang"]] += 1
            for e in doc["entities"]:
                types[e["type"]] += 1
            probs = validate(doc, doc["kind"] in EMPTY_NAMES)
            if probs:
                nprob += 1
                if nprob <= 25:
                    print("PROBLEM %s (%s): %s" % (doc["id"], doc["kind"], "; ".join(probs[:4])))
            reps = uncovered_repeats(doc)
            if reps:
                nrep += 1
                if len(rep_examples) < 15:
                    rep_examples.append((doc["id"], doc["kind"], reps[:3]))
    dt = time.time() - t0
    total = n * len(seeds)
    print("docs: %d   time: %.2fs (%.2fs / 1000 docs)" % (total, dt, dt / total * 1000))
    print("\nper type:")
    for t in TYPES:
        print("  %-22s %6d" % (t, types[t]))
    print("\nper language:")
    for l, c in langs.most_common():
        print("  %-4s %6d  %5.1f%%" % (l, c, 100.0 * c / total))
    empty_docs = sum(c for k, c in kinds.items() if k in EMPTY_NAMES)
    print("  (documents of entity-free kinds: %d, %.1f%%)" % (empty_docs, 100.0 * empty_docs / total))
    print("\nper kind (%d kinds used of %d):" % (len(kinds), len(KINDS) + len(EMPTY_KINDS)))
    for k, c in sorted(kinds.items()):
        print("  %-30s %5d%s" % (k, c, "  [no entities]" if k in EMPTY_NAMES else ""))
    if rep_examples:
        print("\nwarning: %d docs repeat a labelled value outside spans, e.g.:" % nrep)
        for x in rep_examples:
            print("  ", x)
    missing = [t for t in TYPES if types[t] == 0]
    if nprob:
        print("\nFAIL: %d documents with problems" % nprob)
        ok = False
    if len(kinds) < 50:
        print("FAIL: only %d kinds used" % len(kinds))
        ok = False
    if missing:
        print("FAIL: types never used: %s" % ", ".join(missing))
        ok = False
    print("\nOK" if ok else "\nCHECK FAILED")
    return ok


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 84 -- real estate, property management, mortgage lending")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default=None)
    ap.add_argument("--kind", default=None, help="with --sample: only this kind")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if run_check() else 1
    if a.sample:
        shown = 0
        i = 0
        while shown < a.sample and i < 200000:
            doc = make_doc(a.seed, i)
            i += 1
            if a.kind and doc["kind"] != a.kind:
                continue
            shown += 1
            print("=" * 100)
            print("%s  kind=%s  lang=%s  entities=%d" % (doc["id"], doc["kind"], doc["lang"], len(doc["entities"])))
            print("-" * 100)
            print(mark(doc))
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps({"id": doc["id"], "text": doc["text"], "entities": doc["entities"]}, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
