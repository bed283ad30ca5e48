#!/usr/bin/env python3
r"""Blind corpus 83 -- structured and tabular text exports from many systems.

Seeded, labelled synthetic documents that look like data exports: CSV/TSV with
headers (quoted fields, embedded commas, semicolon-separated European CSV),
fixed-width mainframe records with a layout header, key=value / logfmt dumps,
SQL INSERT statements, psql/mysql result tables, pandas DataFrame prints,
Markdown tables, XML / JSON / YAML records, LDIF, vCard, iCalendar,
spreadsheet copy-pastes, HL7 v2 segments and EDI X12 834/837 snippets, plus
config / secret dumps from integration systems.  Field names vary across
languages and naming styles, and many columns are hard negatives (order ids,
SKUs, amounts, UUIDs, record timestamps, status codes).  All people, numbers
and secrets are fake; checksummed values are well-formed.

Usage: corpus_blind83.py --check | --sample K | --n N --seed S --output F.jsonl

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
import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter

CORPUS = "blind83"

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
]

# short aliases used in the kind builders
PER, EML, TEL, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                    "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DTM, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACCT, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                      "DRIVER_LICENSE")
AKID, ASK, GHT, SLK, STK, JWT, PEM, PWD, SEC = (
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT",
    "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET")


# ----------------------------------------------------------------------------
# builder: text and spans are produced together
# ----------------------------------------------------------------------------
class Builder:
    def __init__(self, lang="en"):
        self.lang = lang
        self.buf = []
        self.n = 0
        self.ents = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def e(self, s, typ):
        if not typ or not s:
            return self.t(s)
        if s != s.strip():
            raise ValueError(f"entity with outer whitespace: {s!r} {typ}")
        self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        return self.t(s)

    @property
    def text(self):
        return "".join(self.buf)


def put(b, x):
    """x: str (plain) | (text, type) entity | list of those (concatenated)."""
    if isinstance(x, list):
        for y in x:
            put(b, y)
    elif isinstance(x, tuple):
        b.e(str(x[0]), x[1])
    else:
        b.t(str(x))


def ctext(x):
    if isinstance(x, list):
        return "".join(ctext(y) for y in x)
    if isinstance(x, tuple):
        return str(x[0])
    return str(x)


def csv_out(b, rows, delim=",", quote_all=False, eol="\n", quote_char='"'):
    for row in rows:
        for j, c in enumerate(row):
            if j:
                b.t(delim)
            txt = ctext(c)
            need = quote_all or delim in txt or quote_char in txt or "\n" in txt
            if need and txt != "":
                b.t(quote_char)
                if isinstance(c, str):
                    b.t(c.replace(quote_char, quote_char * 2))
                else:
                    put(b, c)
                b.t(quote_char)
            elif need:
                b.t(quote_char * 2)
            else:
                put(b, c)
        b.t(eol)


def _widths(headers, rows):
    return [max(len(ctext(x)) for x in [headers[j]] + [row[j] for row in rows])
            for j in range(len(headers))]


def _padcell(b, c, w, align):
    gap = w - len(ctext(c))
    if align == "r":
        b.t(" " * gap)
        put(b, c)
    elif align == "c":
        b.t(" " * (gap // 2))
        put(b, c)
        b.t(" " * (gap - gap // 2))
    else:
        put(b, c)
        b.t(" " * gap)


def table(b, headers, rows, style="psql", right=(), footer=True, title=None):
    W = _widths(headers, rows)
    n = len(headers)
    if style == "psql":
        for j in range(n):
            b.t(" " if j == 0 else " | ")
            _padcell(b, headers[j], W[j], "c")
        b.t(" \n")
        b.t("+".join("-" * (w + 2) for w in W) + "\n")
        for row in rows:
            for j in range(n):
                b.t(" " if j == 0 else " | ")
                _padcell(b, row[j], W[j], "r" if j in right else "l")
            b.t(" \n")
        if footer:
            b.t(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
    elif style in ("mysql", "grid"):
        border = "+" + "+".join("-" * (w + 2) for w in W) + "+\n"
        if title:
            tot = len(border) - 3
            b.t("-" * (tot + 2) + "\n|")
            _padcell(b, title, tot, "c")
            b.t("|\n")
        b.t(border)
        b.t("|")
        for j in range(n):
            b.t(" ")
            _padcell(b, headers[j], W[j], "c" if style == "grid" else "l")
            b.t(" |")
        b.t("\n" + border)
        for row in rows:
            b.t("|")
            for j in range(n):
                b.t(" ")
                _padcell(b, row[j], W[j], "r" if j in right else "l")
                b.t(" |")
            b.t("\n")
        b.t(border)
    elif style == "pandas":
        idx = [str(i) for i in range(len(rows))]
        iw = max(len(s) for s in idx)
        b.t(" " * iw)
        for j in range(n):
            b.t("  ")
            _padcell(b, headers[j], W[j], "r")
        b.t("\n")
        for i, row in enumerate(rows):
            b.t(idx[i].ljust(iw))
            for j in range(n):
                b.t("  ")
                _padcell(b, row[j], W[j], "r")
            b.t("\n")
    elif style in ("md", "md_tight"):
        tight = style == "md_tight"
        b.t("|")
        for j in range(n):
            b.t(" ")
            if tight:
                put(b, headers[j])
            else:
                _padcell(b, headers[j], W[j], "l")
            b.t(" |")
        b.t("\n|")
        for j in range(n):
            w = 3 if tight else W[j]
            b.t(("-" * (w + 1) + ":" if j in right else ":" + "-" * (w + 1)
                 if j == 0 and not tight else "-" * (w + 2)) + "|")
        b.t("\n")
        for row in rows:
            b.t("|")
            for j in range(n):
                b.t(" ")
                if tight:
                    put(b, row[j])
                else:
                    _padcell(b, row[j], W[j], "r" if j in right else "l")
                b.t(" |")
            b.t("\n")
    elif style == "plain":  # space-aligned report columns
        for j in range(n):
            if j:
                b.t("  ")
            _padcell(b, headers[j], W[j], "r" if j in right else "l")
        b.t("\n")
        b.t("  ".join("-" * w for w in W) + "\n")
        for row in rows:
            for j in range(n):
                if j:
                    b.t("  ")
                _padcell(b, row[j], W[j], "r" if j in right else "l")
            b.t("\n")
    else:
        raise ValueError(style)


def fixed_rec(b, cells, widths, right=()):
    """one fixed-width record; values must fit their field."""
    for j, (c, w) in enumerate(zip(cells, widths)):
        if len(ctext(c)) > w:
            raise ValueError("field overflow")
        _padcell(b, c, w, "r" if j in right else "l")
    b.t("\n")


class JStr(list):
    """a JSON string value made of plain / entity parts."""


def jdump(b, obj, indent=2, level=0, sep=(", ", ": ")):
    """JSON writer; (value, TYPE) tuples become entity values."""
    if isinstance(obj, JStr):
        b.t('"')
        for p in obj:
            if isinstance(p, tuple):
                b.e(json.dumps(p[0], ensure_ascii=False)[1:-1], p[1])
            else:
                b.t(json.dumps(p, ensure_ascii=False)[1:-1])
        b.t('"')
        return
    pad = " " * (indent * (level + 1)) if indent else ""
    end = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    item_sep = "," if indent else sep[0]
    if isinstance(obj, dict):
        if not obj:
            b.t("{}")
            return
        b.t("{" + nl)
        for k, (key, v) in enumerate(obj.items()):
            if k:
                b.t(item_sep + nl)
            b.t(pad + json.dumps(key, ensure_ascii=False) + sep[1])
            jdump(b, v, indent, level + 1, sep)
        b.t(nl + end + "}")
    elif isinstance(obj, list):
        if not obj:
            b.t("[]")
            return
        b.t("[" + nl)
        for k, v in enumerate(obj):
            if k:
                b.t(item_sep + nl)
            b.t(pad)
            jdump(b, v, indent, level + 1, sep)
        b.t(nl + end + "]")
    elif isinstance(obj, tuple):
        v, typ = obj
        if isinstance(v, str):
            b.t('"')
            b.e(json.dumps(v, ensure_ascii=False)[1:-1], typ)
            b.t('"')
        else:
            b.e(str(v), typ)
    else:
        b.t(json.dumps(obj, ensure_ascii=False))


_YQ = re.compile(r"^[\s!&*\-?{}\[\]|>'\"%@`#,]|: | #|:$|^(yes|no|true|false|null|on|off|~)$",
                 re.I)


def ydump(b, obj, level=0, in_list=False):
    """minimal YAML writer for dicts/lists of scalars; tuples are entities."""
    ind = "  " * level
    if isinstance(obj, dict):
        first = True
        for k, v in obj.items():
            pre = ("" if (first and in_list) else ind)
            first = False
            if isinstance(v, (dict, list)) and v:
                b.t(f"{pre}{k}:\n")
                ydump(b, v, level + 1)
            else:
                b.t(f"{pre}{k}: ")
                yscalar(b, v)
                b.t("\n")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, dict):
                b.t(f"{ind}- ")
                ydump(b, v, level + 1, in_list=True)
            else:
                b.t(f"{ind}- ")
                yscalar(b, v)
                b.t("\n")


def yscalar(b, v):
    txt = ctext(v)
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        b.t(str(v))
    elif isinstance(v, bool):
        b.t("true" if v else "false")
    elif v is None:
        b.t("null")
    elif txt == "" or _YQ.search(txt):
        b.t('"')
        put(b, v)
        b.t('"')
    else:
        put(b, v)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------
# fake data pools
# ----------------------------------------------------------------------------
def _w(s):
    return [x.replace("_", " ") for x in s.split()]


FIRST = {
    "en": _w("James Mary Robert Patricia Michael Jennifer William Linda David Elizabeth Aaliyah "
             "DeShawn Priya Wei Mohammed Oluwaseun Siobhan Thanh Hiroshi Ana José Fatima Yusuf "
             "Ngozi Connor Keisha Raj Mei-Ling Tomás Aisha Jamal Grace Ethan Olivia Liam Sophia "
             "Noah Emma Kwame Ingrid Dmitri Chen Lakshmi Mateo Zainab Bridget Darnell Sunita"),
    "de": _w("Lukas Anna Jürgen Sabine Klaus Ursula Felix Leonie Mehmet Katharina Hans-Peter "
             "Marie-Luise Dieter Birgit Jan Sophie Tobias Ayşe Stefan Monika Jörg Heike Malte"),
    "fr": _w("Jean-Pierre Marie Camille Théo Élodie François Nathalie Léa Mathieu Sophie Karim "
             "Aurélie Hugo Chloé Amadou Inès Benoît Margaux Gaëlle Yannick Anne-Sophie"),
    "es": _w("Alejandro María José Lucía Javier Carmen Pablo Marta Sergio Elena Álvaro Laura "
             "Diego Paula Santiago Ana_Belén Joaquín Rocío Iñaki Nuria"),
    "it": _w("Giuseppe Maria Giovanni Anna Francesco Giulia Alessandro Chiara Marco Francesca "
             "Luca Sara Matteo Elena Lorenzo Valentina Gianluca Federica"),
    "nl": _w("Daan Emma Sem Julia Lucas Sophie Thijs Anouk Bram Fleur Jeroen Sanne Pieter Lotte "
             "Ruud Mieke Joost Femke"),
    "pt": _w("João Maria Ana Pedro Lucas Beatriz Gabriel Mariana Rafael Juliana Tiago Inês Miguel "
             "Larissa Thiago Camila Gonçalo Luísa"),
    "pl": _w("Jakub Anna Kacper Zuzanna Szymon Julia Michał Maja Mateusz Zofia Wojciech "
             "Katarzyna Piotr Agnieszka Krzysztof Małgorzata Łukasz"),
    "sv": _w("Erik Anna Lars Karin Johan Maria Anders Eva Oskar Elsa Nils Astrid Mikael Ingrid "
             "Björn Linnéa Åsa"),
    "tr": _w("Mehmet Ayşe Mustafa Fatma Ahmet Emine Ali Hatice Hüseyin Zeynep Murat Elif Emre "
             "Büşra Can Özge İbrahim"),
}
LAST = {
    "en": _w("Smith Johnson Williams Brown Jones O'Brien McAllister Nguyen Patel Kim Garcia "
             "Okafor Rodriguez-Lopez de_la_Cruz al-Rashid Washington Abernathy-Clarke Fitzgerald "
             "Oyelaran Yamamoto Kowalczyk Diaz Van_Horn Thompson Harris Chowdhury Ben-David "
             "MacLeod D'Angelo Nakamura Osei Haddad da_Silva Lindqvist Goldberg Mbeki "
             "Svensson-Reyes Oduya Castillo"),
    "de": _w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
             "von_Bülow von_der_Heide Yılmaz Krause-Lehmann Öztürk Schäfer Koch Bauer Richter "
             "Klein Neumann Zimmermann Hartmann-Kröger"),
    "fr": _w("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Le_Gall "
             "de_La_Fontaine Lefèvre Garnier N'Diaye Benali Rousseau Faure Dupont-Morel Girard"),
    "es": _w("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín "
             "Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero de_la_Torre Navarro Iglesias"),
    "it": _w("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno "
             "Gallo Conti De_Luca Di_Stefano Dell'Acqua Costa Mancini Lombardi"),
    "nl": _w("de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer "
             "Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker van_der_Meer"),
    "pt": _w("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa "
             "Ribeiro Martins Carvalho da_Costa dos_Santos de_Almeida Araújo Barbosa Rocha"),
    "pl": _w("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
             "Szymańska Woźniak Dąbrowski Kozłowska Jankowski Mazur Krawczyk Nowak-Jeziorańska"),
    "sv": _w("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
             "Gustafsson Pettersson Lindqvist Bergström Åberg Sjöberg Lindström Holm Ekström"),
    "tr": _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
             "Kılıç Aslan Çetin Kara Koç Kurt"),
}
MIDDLE = list("ABCDEFGHJKLMNPRSTW")

US_CITIES = [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"),
             ("Raleigh", "NC"), ("Sacramento", "CA"), ("Denver", "CO"), ("Tucson", "AZ"),
             ("Albany", "NY"), ("Madison", "WI"), ("Boise", "ID"), ("Savannah", "GA"),
             ("Omaha", "NE"), ("Richmond", "VA"), ("Tampa", "FL"), ("Seattle", "WA"),
             ("Boston", "MA"), ("Nashville", "TN"), ("Salt Lake City", "UT"),
             ("Minneapolis", "MN"), ("Baltimore", "MD"), ("Fresno", "CA"), ("El Paso", "TX"),
             ("Des Moines", "IA"), ("Anchorage", "AK"), ("Burlington", "VT")]
US_STATE_NAMES = {"IL": "Illinois", "TX": "Texas", "OR": "Oregon", "OH": "Ohio",
                  "NC": "North Carolina", "CA": "California", "CO": "Colorado", "AZ": "Arizona",
                  "NY": "New York", "WI": "Wisconsin", "ID": "Idaho", "GA": "Georgia",
                  "NE": "Nebraska", "VA": "Virginia", "FL": "Florida", "WA": "Washington",
                  "MA": "Massachusetts", "TN": "Tennessee", "UT": "Utah", "MN": "Minnesota",
                  "MD": "Maryland", "IA": "Iowa", "AK": "Alaska", "VT": "Vermont"}
US_STREETS = _w("Oak_St Maple_Ave Cedar_Ln Elm_Street Washington_Blvd Lincoln_Way Park_Ave "
                "Pine_Ridge_Rd Sunset_Dr Main_St Lakeview_Ct Martin_Luther_King_Jr_Blvd "
                "Willow_Creek_Pkwy Jefferson_St N_Broadway Old_Mill_Rd Harbor_View_Dr "
                "W_Colfax_Ave S_Congress_Ave Magnolia_Terrace")
US_UNITS = ["", "", "", " Apt 4B", " Apt 12", " Suite 210", " Unit 7", " #305", " Fl 3"]
GB_PLACES = [("London", "SW1A"), ("Manchester", "M1"), ("Leeds", "LS2"), ("Bristol", "BS1"),
             ("Glasgow", "G2"), ("Cardiff", "CF10"), ("Edinburgh", "EH1"), ("York", "YO1")]
GB_STREETS = _w("High_Street Station_Road Church_Lane Victoria_Road Mill_Lane Queen's_Road "
                "Baker_Street Kings_Avenue")
DE_PLACES = [("Berlin", "10", "BE"), ("Hamburg", "20", "HH"), ("München", "80", "BY"),
             ("Köln", "50", "NW"), ("Frankfurt am Main", "60", "HE"), ("Stuttgart", "70", "BW"),
             ("Düsseldorf", "40", "NW"), ("Leipzig", "04", "SN"), ("Dresden", "01", "SN"),
             ("Nürnberg", "90", "BY"), ("Bremen", "28", "HB"), ("Hannover", "30", "NI"),
             ("Freiburg im Breisgau", "79", "BW")]
DE_STREETS = _w("Hauptstraße Bahnhofstr. Goethestraße Schillerstraße Lindenallee Am_Marktplatz "
                "Friedrich-Ebert-Straße Kastanienweg Berliner_Allee Rosenweg Sonnenstraße")
FR_PLACES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "1300"), ("Toulouse", "3100"),
             ("Nantes", "4400"), ("Bordeaux", "3300"), ("Lille", "5900"),
             ("Strasbourg", "6700"), ("Montpellier", "3400"), ("Rennes", "3500")]
FR_STREETS = _w("rue_de_la_République avenue_Victor_Hugo boulevard_Saint-Michel rue_des_Lilas "
                "place_Bellecour impasse_des_Tilleuls allée_des_Pins chemin_du_Moulin "
                "rue_Nationale quai_des_Chartrons")
ES_PLACES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"),
             ("Zaragoza", "500"), ("Málaga", "290"), ("Bilbao", "480"), ("Granada", "180"),
             ("Salamanca", "370")]
ES_STREETS = _w("Calle_Mayor Avenida_de_la_Constitución Calle_de_Alcalá Paseo_de_Gracia "
                "Plaza_de_España Calle_Real Gran_Vía Calle_Larios Avenida_del_Puerto")
IT_PLACES = [("Roma", "001", "RM"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"),
             ("Torino", "101", "TO"), ("Bologna", "401", "BO"), ("Firenze", "501", "FI"),
             ("Palermo", "901", "PA"), ("Genova", "161", "GE"), ("Verona", "371", "VR"),
             ("Bari", "701", "BA")]
IT_STREETS = _w("Via_Roma Via_Garibaldi Corso_Vittorio_Emanuele_II Viale_dei_Mille "
                "Piazza_del_Duomo Via_Dante_Alighieri Via_Nazionale Via_Mazzini")
NL_PLACES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"),
             ("Eindhoven", "56"), ("Groningen", "97"), ("Leiden", "23"), ("Haarlem", "20"),
             ("Nijmegen", "65"), ("Zwolle", "80")]
NL_STREETS = _w("Keizersgracht Kalverstraat Dorpsstraat Kerkstraat Stationsweg Molenweg "
                "Julianalaan Oranjestraat Prinsengracht Lindelaan")
BR_PLACES = [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "20"),
             ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"),
             ("Porto Alegre", "RS", "90"), ("Salvador", "BA", "40"), ("Recife", "PE", "50"),
             ("Fortaleza", "CE", "60")]
BR_STREETS = _w("Rua_Augusta Avenida_Paulista Rua_das_Flores Avenida_Brasil "
                "Rua_XV_de_Novembro Rua_da_Consolação Avenida_Sete_de_Setembro")
BR_BAIRROS = _w("Centro Bela_Vista Jardim_América Copacabana Savassi Boa_Viagem Moinhos_de_Vento")
PT_PLACES = [("Lisboa", "1"), ("Porto", "4"), ("Coimbra", "3"), ("Braga", "47"), ("Faro", "80")]
PT_STREETS = _w("Rua_Augusta Avenida_da_Liberdade Rua_de_Santa_Catarina Travessa_do_Carmo "
                "Rua_do_Ouro Avenida_dos_Aliados")
PL_PLACES = [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Wrocław", "5"),
             ("Poznań", "6"), ("Gdańsk", "8"), ("Lublin", "2"), ("Katowice", "4")]
PL_STREETS = _w("ul._Marszałkowska ul._Długa al._Jerozolimskie ul._Piotrkowska ul._Floriańska "
                "ul._Mickiewicza ul._Słowackiego ul._Kościuszki")
SE_PLACES = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"),
             ("Västerås", "72"), ("Örebro", "70"), ("Linköping", "58"), ("Lund", "22")]
SE_STREETS = _w("Drottninggatan Storgatan Kungsgatan Vasagatan Sveavägen Järnvägsgatan "
                "Skolgatan Hamngatan")
TR_PLACES = [("İstanbul", "Kadıköy", "34"), ("İstanbul", "Beşiktaş", "34"),
             ("Ankara", "Çankaya", "06"), ("İzmir", "Karşıyaka", "35"), ("Bursa", "Nilüfer", "16"),
             ("Antalya", "Muratpaşa", "07"), ("Konya", "Selçuklu", "42")]
TR_MAH = _w("Cumhuriyet Atatürk Bahçelievler Yenişehir Fatih Zafer Moda")
TR_SOK = _w("Gazi_Sok. Lale_Sok. İstiklal_Cad. Bağdat_Cad. Atatürk_Blv. Çiçek_Sok.")

LANG_CC = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR",
           "pl": "PL", "sv": "SE", "tr": "TR"}
COUNTRY_NAME = {"US": "USA", "GB": "United Kingdom", "DE": "Deutschland", "FR": "France",
                "ES": "España", "IT": "Italia", "NL": "Nederland", "BR": "Brasil",
                "PT": "Portugal", "PL": "Polska", "SE": "Sverige", "TR": "Türkiye"}

COMPANIES = ["Johnson & Johnson", "Wells Fargo", "Dr. Martens", "Ben & Jerry's",
             "Müller & Söhne GmbH", "Marks & Spencer", "Tim Hortons", "Sherwin-Williams",
             "Ford Motor Co", "Dell Technologies", "Hewlett Packard Enterprise", "Wendy's",
             "Procter & Gamble", "Ernst & Young", "Morgan Stanley", "Charles Schwab",
             "Lockheed Martin", "Campbell Soup Co"]
PRODUCTS = ["Park Avenue Tote", "Madison Ave Desk Chair", "Baker Street Floor Lamp",
            "Main Street Mug 12oz", "Broadway Sneaker Lo", "Victoria Sofa 3-Seater",
            "Jack Daniel's Gift Set", "Ruby Tuesday Cushion", "Abbey Road Turntable",
            "Harbor View Canvas Print", "Elm Street Bookcase", "Johnnie Walker Glass Set",
            "Sunset Blvd Sunglasses", "Oxford Street Backpack", "Lincoln Desk Organizer"]
PETS = ["Buddy", "Luna", "Max", "Bella", "Charlie", "Daisy", "Rocky", "Milo", "Coco", "Biscuit",
        "Pepper", "Shadow", "Mr. Whiskers", "Princess", "Duke"]
DRUGS = ["Atorvastatin 20 mg", "Metformin 500 mg", "Lisinopril 10 mg", "Amoxicillin 875 mg",
         "Levothyroxine 50 mcg", "Sertraline 50 mg", "Omeprazole 20 mg", "Amlodipine 5 mg",
         "Ozempic 0.5 mg/dose", "Eliquis 5 mg"]
ICD10 = ["E11.9", "I10", "J45.909", "M54.5", "F41.1", "K21.9", "Z00.00", "R51.9", "E78.5"]
CPT = ["99213", "99214", "80053", "85025", "93000", "36415", "71046", "99396"]
LOINC = [("2345-7", "Glucose", "mg/dL"), ("718-7", "Hemoglobin", "g/dL"),
         ("2160-0", "Creatinine", "mg/dL"), ("6690-2", "WBC", "10*3/uL"),
         ("2093-3", "Cholesterol", "mg/dL"), ("4548-4", "HbA1c", "%")]


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def alnum(r, n, chars=string.ascii_letters + string.digits):
    return "".join(r.choice(chars) for _ in range(n))


def upper_alnum(r, n):
    return alnum(r, n, string.ascii_uppercase + string.digits)


def hexs(r, n):
    return alnum(r, n, "0123456789abcdef")


def name(r, lang="en", sql=False):
    """(first, last); sql=True avoids apostrophes."""
    while True:
        f = r.choice(FIRST[lang])
        la = r.choice(LAST[lang])
        if lang == "es" and r.random() < 0.6:
            la2 = r.choice(LAST["es"])
            if la2 != la and " " not in la:
                la = f"{la} {la2}"
        if lang == "pt" and r.random() < 0.5 and " " not in la:
            la = f"{r.choice(['Silva', 'Souza', 'Costa', 'Lima'])} {la}"
        if not sql or ("'" not in f + la):
            return f, la


def full(r, f, la, style=None):
    style = style or r.choice(["fl", "fl", "fl", "fml", "lf", "FL", "LF", "ifl"])
    mi = r.choice(MIDDLE)
    if style == "fl":
        return f"{f} {la}"
    if style == "fml":
        return f"{f} {mi}. {la}"
    if style == "lf":
        return f"{la}, {f}"
    if style == "FL":
        return f"{f} {la}".upper()
    if style == "LF":
        return f"{la}, {f}".upper()
    if style == "ifl":
        return f"{f[0]}. {la}"
    if style == "low":
        return f"{f} {la}".lower()
    return f"{f} {la}"


_TR = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "æ": "ae", "đ": "d"})


def slug(s):
    s = unicodedata.normalize("NFKD", s.translate(_TR))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]", "", s)


MAILDOM = {"en": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "protonmail.com",
                  "comcast.net", "example.com"],
           "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
           "es": ["hotmail.es", "telefonica.net", "gmail.com"], "it": ["libero.it", "tiscali.it"],
           "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"], "pt": ["uol.com.br", "sapo.pt"],
           "pl": ["wp.pl", "onet.pl", "interia.pl"], "sv": ["telia.se", "bredband.net"],
           "tr": ["hotmail.com.tr", "yandex.com.tr"]}


def email(r, f, la, lang="en", domain=None):
    d = domain or r.choice(MAILDOM[lang])
    fs, ls = slug(f) or "x", slug(la) or "y"
    local = r.choice([f"{fs}.{ls}", f"{fs[0]}{ls}", f"{fs}_{ls}{r.randint(1, 99)}",
                      f"{ls}.{fs[0]}", f"{fs}{r.randint(60, 99)}", f"{fs}.{ls}+shop"])
    return f"{local}@{d}"


def phone(r, cc="US", mobile=None):
    m = r.random() < 0.5 if mobile is None else mobile
    if cc == "US":
        a, x, n = r.randint(201, 989), r.randint(200, 989), digits(r, 4)
        return r.choice([f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"+1 {a} {x} {n}", f"{a}{x}{n}",
                         f"{a}.{x}.{n}", f"1-{a}-{x}-{n}"])
    if cc == "GB":
        if m:
            n = f"7{r.randint(400, 999)} {digits(r, 6)}"
            return r.choice([f"0{n}", f"+44 {n}"])
        return r.choice([f"+44 20 {digits(r, 4)} {digits(r, 4)}", f"020 {digits(r, 4)} {digits(r, 4)}",
                         f"0161 {digits(r, 3)} {digits(r, 4)}"])
    if cc == "DE":
        if m:
            p = r.choice(["151", "160", "171", "172", "176"])
            return r.choice([f"0{p} {digits(r, 7)}", f"+49 {p} {digits(r, 7)}", f"0{p}/{digits(r, 7)}"])
        p = r.choice(["30", "40", "89", "221", "69", "711", "341"])
        return r.choice([f"0{p} {digits(r, 7)}", f"+49 {p} {digits(r, 7)}", f"(0{p}) {digits(r, 3)} {digits(r, 3)}-{digits(r, 2)}",
                         f"+49 (0){p} {digits(r, 6)}"])
    if cc == "FR":
        p = r.choice(["6", "7"]) if m else r.choice(["1", "2", "3", "4", "5"])
        g = [digits(r, 2) for _ in range(4)]
        return r.choice([f"0{p} " + " ".join(g), f"+33 {p} " + " ".join(g), f"0{p}." + ".".join(g),
                         f"0{p}" + "".join(g)])
    if cc == "ES":
        p = r.choice(["6", "7"]) if m else "9"
        return r.choice([f"{p}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                         f"+34 {p}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                         f"{p}{digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"])
    if cc == "IT":
        if m:
            return r.choice([f"3{digits(r, 2)} {digits(r, 3)} {digits(r, 4)}",
                             f"+39 3{digits(r, 2)} {digits(r, 7)}"])
        return r.choice([f"06 {digits(r, 4)} {digits(r, 4)}", f"+39 02 {digits(r, 8)}",
                         f"011 {digits(r, 7)}"])
    if cc == "NL":
        if m:
            return r.choice([f"06-{digits(r, 8)}", f"+31 6 {digits(r, 8)}", f"06 {digits(r, 4)} {digits(r, 4)}"])
        return r.choice([f"020-{digits(r, 7)}", f"+31 20 {digits(r, 3)} {digits(r, 4)}",
                         f"010 {digits(r, 3)} {digits(r, 4)}"])
    if cc == "BR":
        ddd = r.choice(["11", "21", "31", "41", "51", "71", "81"])
        if m:
            return r.choice([f"({ddd}) 9{digits(r, 4)}-{digits(r, 4)}", f"+55 {ddd} 9{digits(r, 4)}-{digits(r, 4)}"])
        return r.choice([f"({ddd}) {r.randint(2, 5)}{digits(r, 3)}-{digits(r, 4)}", f"+55 {ddd} 3{digits(r, 3)}-{digits(r, 4)}"])
    if cc == "PT":
        return r.choice([f"+351 9{r.choice('1236')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
                         f"21 {digits(r, 3)} {digits(r, 4)}", f"9{r.choice('1236')}{digits(r, 7)}"])
    if cc == "PL":
        if m:
            return r.choice([f"+48 {r.choice('5678')}{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                             f"{r.choice('5678')}{digits(r, 2)}-{digits(r, 3)}-{digits(r, 3)}"])
        return r.choice([f"22 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"+48 12 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
    if cc == "SE":
        if m:
            return r.choice([f"07{r.choice('0236')}-{digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                             f"+46 7{r.choice('0236')} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
        return r.choice([f"08-{digits(r, 3)} {digits(r, 3)} {digits(r, 2)}", f"031-{digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"])
    if cc == "TR":
        if m:
            p = f"5{r.randint(30, 59)}"
            return r.choice([f"+90 {p} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                             f"0{p} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                             f"0 ({p}) {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}"])
        return r.choice([f"0212 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}", f"+90 312 {digits(r, 3)} {digits(r, 4)}"])
    raise ValueError(cc)


def addr(r, cc="US"):
    """dict: street, city, region, pc, country, full (one line)."""
    n = r.randint(1, 240)
    if cc == "US":
        city, st = r.choice(US_CITIES)
        street = f"{r.randint(10, 9899)} {r.choice(US_STREETS)}{r.choice(US_UNITS)}"
        pc = digits(r, 5) if r.random() < 0.85 else f"{digits(r, 5)}-{digits(r, 4)}"
        return dict(street=street, city=city, region=st, pc=pc, country="US",
                    full=f"{street}, {city}, {st} {pc}")
    if cc == "GB":
        city, out = r.choice(GB_PLACES)
        street = f"{n} {r.choice(GB_STREETS)}" if r.random() < .8 else f"Flat {r.randint(1, 20)}, {n} {r.choice(GB_STREETS)}"
        pc = f"{out} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return dict(street=street, city=city, region="", pc=pc, country="GB", full=f"{street}, {city} {pc}")
    if cc == "DE":
        city, p, land = r.choice(DE_PLACES)
        street = f"{r.choice(DE_STREETS)} {n}{r.choice(['', '', '', 'a', 'b'])}"
        pc = p + digits(r, 3)
        return dict(street=street, city=city, region=land, pc=pc, country="DE", full=f"{street}, {pc} {city}")
    if cc == "FR":
        city, p = r.choice(FR_PLACES)
        street = f"{n}{r.choice(['', '', '', ' bis', ' ter'])} {r.choice(FR_STREETS)}"
        pc = p + digits(r, 5 - len(p)) if city != "Paris" else f"750{r.randint(1, 20):02d}"
        return dict(street=street, city=city, region="", pc=pc, country="FR", full=f"{street}, {pc} {city}")
    if cc == "ES":
        city, p = r.choice(ES_PLACES)
        street = f"{r.choice(ES_STREETS)} {n}, {r.randint(1, 9)}º {r.choice('ABCD')}"
        pc = p + digits(r, 2)
        return dict(street=street, city=city, region="", pc=pc, country="ES", full=f"{street}, {pc} {city}")
    if cc == "IT":
        city, p, prov = r.choice(IT_PLACES)
        street = f"{r.choice(IT_STREETS)} {n}"
        pc = p + digits(r, 2)
        return dict(street=street, city=city, region=prov, pc=pc, country="IT", full=f"{street}, {pc} {city} {prov}")
    if cc == "NL":
        city, p = r.choice(NL_PLACES)
        street = f"{r.choice(NL_STREETS)} {n}{r.choice(['', '', '-II', ' A', 'hs'])}"
        pc = f"{p}{digits(r, 2)} {r.choice('ABCDEGHJKLMNPRST')}{r.choice('ABCDEGHJKLMNPRST')}"
        return dict(street=street, city=city, region="", pc=pc, country="NL", full=f"{street}, {pc} {city}")
    if cc == "BR":
        city, uf, p = r.choice(BR_PLACES)
        street = f"{r.choice(BR_STREETS)}, {n * 7}" + r.choice(["", f", apto {r.randint(11, 154)}", f", casa {r.randint(1, 3)}"])
        pc = f"{p}{digits(r, 3)}-{digits(r, 3)}"
        return dict(street=street, city=city, region=uf, pc=pc, country="BR",
                    full=f"{street} - {r.choice(BR_BAIRROS)}, {city} - {uf}, {pc}")
    if cc == "PT":
        city, p = r.choice(PT_PLACES)
        street = f"{r.choice(PT_STREETS)} {n}, {r.randint(1, 8)}º {r.choice(['Esq', 'Dto', 'Frente'])}"
        pc = f"{p}{digits(r, 4 - len(p))}-{digits(r, 3)}"
        return dict(street=street, city=city, region="", pc=pc, country="PT", full=f"{street}, {pc} {city}")
    if cc == "PL":
        city, p = r.choice(PL_PLACES)
        street = f"{r.choice(PL_STREETS)} {n}" + (f"/{r.randint(1, 60)}" if r.random() < .6 else "")
        pc = f"{p}{digits(r, 1)}-{digits(r, 3)}"
        return dict(street=street, city=city, region="", pc=pc, country="PL", full=f"{street}, {pc} {city}")
    if cc == "SE":
        city, p = r.choice(SE_PLACES)
        street = f"{r.choice(SE_STREETS)} {n}" + (f" lgh {r.randint(1001, 1504)}" if r.random() < .3 else "")
        pc = f"{p}{digits(r, 1)} {digits(r, 2)}"
        return dict(street=street, city=city, region="", pc=pc, country="SE", full=f"{street}, {pc} {city}")
    if cc == "TR":
        city, ilce, p = r.choice(TR_PLACES)
        street = f"{r.choice(TR_MAH)} Mah. {r.choice(TR_SOK)} No: {n} D: {r.randint(1, 24)}"
        pc = p + digits(r, 3)
        return dict(street=street, city=city, region=ilce, pc=pc, country="TR",
                    full=f"{street}, {pc} {ilce}/{city}")
    raise ValueError(cc)


# ---- dates -----------------------------------------------------------------
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def bdate(r, lo=1938, hi=2008):
    return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def edate(r, lo=2021, hi=2026):
    return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def etime(r):
    return dt.time(r.randint(7, 18), r.choice([0, 0, 15, 30, 45]))


def fdate(d, style="iso"):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "oracle":
        return f"{d.day:02d}-{MON_EN[d.month - 1].upper()}-{d.year}"
    if style == "long":
        return f"{MONTH_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_mon":
        return f"{d.day} {MON_EN[d.month - 1]} {d.year}"
    raise ValueError(style)


LANG_DATE = {"en": "us", "de": "dot", "fr": "slash", "es": "slash", "it": "slash", "nl": "dash",
             "pt": "slash", "pl": "dot", "sv": "iso", "tr": "dot"}


def fdt(d, t, style="iso"):
    if style == "iso":
        return f"{d:%Y-%m-%d} {t:%H:%M}"
    if style == "isoT":
        return f"{d:%Y-%m-%d}T{t:%H:%M}:00"
    if style == "us":
        h = t.hour % 12 or 12
        return f"{d:%m/%d/%Y} {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    if style == "dot":
        return f"{d:%d.%m.%Y} {t:%H:%M}"
    if style == "slash":
        return f"{d:%d/%m/%Y} {t:%H:%M}"
    if style == "hl7":
        return f"{d:%Y%m%d}{t:%H%M}"
    if style == "ics":
        return f"{d:%Y%m%d}T{t:%H%M}00"
    if style == "wd":
        return f"{WD_EN[d.weekday()]} {d:%Y-%m-%d} {t:%H:%M}"
    raise ValueError(style)


def ts_rec(r, style="iso", year=None):
    """record / log timestamp (hard negative)."""
    d = edate(r, 2023, 2025) if year is None else dt.date(year, r.randint(1, 12), r.randint(1, 28))
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    if style == "iso":
        return f"{d:%Y-%m-%d}T{h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}Z"
    if style == "isoz":
        return f"{d:%Y-%m-%d}T{h:02d}:{m:02d}:{s:02d}Z"
    if style == "sql":
        return f"{d:%Y-%m-%d} {h:02d}:{m:02d}:{s:02d}"
    if style == "pg":
        return f"{d:%Y-%m-%d} {h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999999):06d}+00"
    if style == "hl7":
        return f"{d:%Y%m%d}{h:02d}{m:02d}{s:02d}"
    if style == "epoch":
        return str(int(dt.datetime(d.year, d.month, d.day, h, m, s, tzinfo=dt.timezone.utc).timestamp()))
    if style == "ics":
        return f"{d:%Y%m%d}T{h:02d}{m:02d}{s:02d}Z"
    raise ValueError(style)


# ---- checksummed / structured identifiers -----------------------------------
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        if i % 2:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def card(r, brand=None, fmt=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    pre, ln = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16),
               "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16)}[brand]
    body = pre + digits(r, ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    fmt = fmt or r.choice(["plain", "space", "dash"])
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if ln == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bad_luhn16(r):
    body = "4" + digits(r, 14)
    for c in "0123456789":
        if not luhn_ok(body + c):
            return body + c


def ssn(r, fmt="dash"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    if fmt == "plain":
        return f"{a:03d}{g:02d}{s:04d}"
    if fmt == "space":
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}-{g:02d}-{s:04d}"


def bad_ssn(r, fmt="dash"):
    a = r.choice([0, 666, r.randint(900, 999)])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return f"{a:03d}-{g:02d}-{s:04d}" if fmt == "dash" else f"{a:03d}{g:02d}{s:04d}"


IBAN_SPEC = {"DE": "18n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "PT": "21n",
             "PL": "24n", "SE": "20n", "TR": "22n", "GB": "4a14n", "BE": "12n", "AT": "16n",
             "CH": "17n", "BR": "23n1a1n"}
BANK4 = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"], "GB": ["NWBK", "BARC", "MIDL", "LOYD"]}


def iban(r, cc="DE", grouped=None):
    spec = IBAN_SPEC[cc]
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([na])", spec):
        cnt = int(cnt)
        if kind == "a" and cnt == 4 and cc in BANK4:
            bban += r.choice(BANK4[cc])
        elif kind == "a":
            bban += alnum(r, cnt, string.ascii_uppercase)
        else:
            bban += digits(r, cnt)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    ib = f"{cc}{chk:02d}{bban}"
    grouped = r.random() < 0.6 if grouped is None else grouped
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if grouped else ib


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def aba_routing(r):
    while True:
        d8 = [r.randint(0, 9) for _ in range(8)]
        d8[0] = r.choice([0, 1, 2, 3])
        s = 3 * (d8[0] + d8[3] + d8[6]) + 7 * (d8[1] + d8[4] + d8[7]) + (d8[2] + d8[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d8)) + str(c)


BICS = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "UNCRITMMXXX", "INGBNL2A",
        "ABNANL2A", "BPOTBRSP", "PKOPPLPW", "ESSESESS", "TGBATRIS", "CHASUS33", "BOFAUS3N"]


def npi(r):
    while True:
        base = "1" + digits(r, 8)
        for c in "0123456789":
            if luhn_ok("80840" + base + c):
                return base + c


def mrn(r):
    return r.choice([digits(r, 7), digits(r, 8), f"{r.randint(1, 9)}{digits(r, 6)}",
                     f"E{digits(r, 7)}", f"MR{digits(r, 6)}", f"00{digits(r, 6)}"])


def hpn(r):
    return r.choice([f"{alnum(r, 3, string.ascii_uppercase)}{digits(r, 9)}",
                     f"W{digits(r, 9)}", f"{digits(r, 9)}01", f"M{digits(r, 8)}",
                     f"{alnum(r, 2, string.ascii_uppercase)}{digits(r, 7)}-0{r.randint(1, 4)}",
                     f"1EG4-TE5-MK{r.randint(10, 99)}".replace("EG4", upper_alnum(r, 3))])


def dl_num(r, st=None):
    st = st or r.choice(["CA", "IL", "NY", "FL", "TX", "WA", "PA"])
    if st == "CA":
        return f"{r.choice(string.ascii_uppercase)}{digits(r, 7)}"
    if st == "IL":
        return f"{r.choice(string.ascii_uppercase)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}"
    if st == "NY":
        return f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"
    if st == "FL":
        return f"{r.choice(string.ascii_uppercase)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-0"
    if st == "TX":
        return digits(r, 8)
    if st == "WA":
        return f"WDL{upper_alnum(r, 6)}{digits(r, 3)}"
    return digits(r, 8)


def acct_no(r):
    return r.choice([digits(r, 10), digits(r, 12), f"{digits(r, 4)}-{digits(r, 6)}",
                     f"00{digits(r, 8)}", digits(r, 9)])


# ---- secrets ------------------------------------------------------------------
def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def aws_akid(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + alnum(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r):
    return alnum(r, 40, string.ascii_letters + string.digits + "/+")


def gh_token(r):
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + alnum(r, 36)


def slack_token(r):
    if r.random() < 0.6:
        return f"xoxb-{digits(r, 11)}-{digits(r, 13)}-{alnum(r, 24)}"
    return f"xoxp-{digits(r, 11)}-{digits(r, 11)}-{digits(r, 13)}-{hexs(r, 32)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + "51" + alnum(r, r.choice([24, 30, 96]))


def jwt(r, sub=None):
    alg = r.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = hexs(r, 16)
    iat = r.randint(1_690_000_000, 1_740_000_000)
    pl = {"sub": sub or str(r.randint(1000, 99999)), "iat": iat, "exp": iat + 3600,
          "scope": r.choice(["read", "read write", "admin"])}
    sig = bytes(r.getrandbits(8) for _ in range(32 if alg == "HS256" else 64))
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig)])


def pem(r, lines=None, indent="", nl="\n"):
    kind = r.choice(["RSA ", "", "EC ", "OPENSSH "])
    lines = lines or r.randint(4, 7)
    raw = bytes(r.getrandbits(8) for _ in range(48 * lines))
    body = base64.b64encode(raw).decode()
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    out = [f"-----BEGIN {kind}PRIVATE KEY-----"] + rows + [f"-----END {kind}PRIVATE KEY-----"]
    return (nl + indent).join(out)


_PW_WORDS = ["Winter", "Summer", "Falcon", "Tiger", "Orange", "Mustang", "Dragon", "Bluebird",
             "Sonne", "Soleil", "Verano", "Estate", "Zomer", "Lato", "Sommar", "Yaz"]


def password(r, safe="!#%_-.+="):
    if r.random() < 0.5:
        return f"{r.choice(_PW_WORDS)}{r.randint(1970, 2025)}{r.choice(safe)}"
    first = r.choice(string.ascii_letters)
    return first + alnum(r, r.randint(9, 15), string.ascii_letters + string.digits + safe)


def generic_secret(r):
    k = r.randint(0, 9)
    if k == 0:
        return "whsec_" + alnum(r, 32)
    if k == 1:
        return f"SG.{alnum(r, 22)}.{alnum(r, 43)}"
    if k == 2:
        return "key-" + hexs(r, 32)
    if k == 3:
        return hexs(r, 32)
    if k == 4:
        return "AIza" + alnum(r, 35, string.ascii_letters + string.digits + "_-")
    if k == 5:
        return "shpat_" + hexs(r, 32)
    if k == 6:
        return "glpat-" + alnum(r, 20)
    if k == 7:
        return "npm_" + alnum(r, 36)
    if k == 8:
        return "dop_v1_" + hexs(r, 64)
    return alnum(r, 40, string.ascii_letters + string.digits + "_-")


# ---- hard negatives ---------------------------------------------------------------
def uid4(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def order_id(r):
    return r.choice([f"ORD-{r.randint(2021, 2025)}-{digits(r, 6)}", f"SO{digits(r, 8)}",
                     f"#{digits(r, 6)}", f"PO-{digits(r, 5)}", f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}"])


def sku(r):
    return r.choice([f"SKU-{digits(r, 5)}-{r.choice(['BLK', 'WHT', 'RED', 'XL', 'M'])}",
                     f"{upper_alnum(r, 3)}-{digits(r, 4)}", f"{digits(r, 12)}", f"A{digits(r, 2)}-{digits(r, 3)}"])


def amount(r, lo=5, hi=5000, style="en"):
    v = r.uniform(lo, hi)
    if style == "eu":
        return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{v:,.2f}" if style == "en" else f"{v:.2f}"


def version(r):
    return r.choice([f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                     f"v{r.randint(1, 5)}.{r.randint(0, 19)}.{r.randint(0, 9)}",
                     f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 240)}"])


def tracking(r):
    return r.choice([f"1Z{upper_alnum(r, 6)}{digits(r, 10)}", f"9400{digits(r, 18)}", bad_luhn16(r)])


def vin(r):
    return alnum(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def ipv4(r, private=None):
    private = r.random() < 0.5 if private is None else private
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    return f"{r.choice([23, 45, 64, 81, 91, 104, 141, 185, 198, 203, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    return str(ipaddress.IPv6Address(
        (0x2001_0db8 << 96) | (r.getrandbits(16) << 80) | r.getrandbits(64)))


def host(r, lang="en"):
    return r.choice(["portal", "app", "api", "billing", "crm", "intranet", "files", "my"]) + "." + r.choice(
        ["example.com", "northwind-health.org", "acme-corp.com", "contoso.io", "globex.net",
         "initech.example", "umbrella-ins.com"])


# ============================================================================
# kinds -- English, with entities
# ============================================================================
def k_csv_crm(r):
    b = Builder("en")
    hdr = ["Id", "FirstName", "LastName", "Email", "Phone", "MailingStreet", "MailingCity",
           "MailingState", "MailingPostalCode", "LeadSource", "AnnualRevenue", "CreatedDate"]
    rows = [hdr]
    for _ in range(r.randint(3, 6)):
        f, la = name(r)
        a = addr(r, "US")
        rows.append([f"003{upper_alnum(r, 2)}0000{alnum(r, 8)}", (f, PER), (la, PER),
                     (email(r, f, la), EML) if r.random() < .9 else "",
                     (phone(r, "US"), TEL), (a["street"], ADR), (a["city"], LOC),
                     (a["region"], LOC), a["pc"],
                     r.choice(["Web", "Trade Show", "Partner Referral", "Cold Call", "Webinar"]),
                     str(r.randint(1, 900) * 1000), ts_rec(r, "isoz")])
    csv_out(b, rows, quote_all=True, eol="\r\n")
    return b


def k_csv_orders(r):
    b = Builder("en")
    rows = [["order_id", "created_at", "sku", "item", "qty", "total", "customer",
             r.choice(["ship_to", "shipto_adress", "ShipTo"]), "email", "status", "tracking_no",
             r.choice(["deliver_by", "delivery_deadline", "promissed_by"])]]
    for _ in range(r.randint(3, 5)):
        f, la = name(r)
        a = addr(r, r.choice(["US", "US", "US", "GB"]))
        st = r.choice(["SHIPPED", "PENDING", "CANCELLED", "DELIVERED", "RETURNED"])
        rows.append([order_id(r), ts_rec(r, "sql"), sku(r), r.choice(PRODUCTS), str(r.randint(1, 5)),
                     amount(r, 10, 900, "plain"), (full(r, f, la, r.choice(["lf", "fl", "LF", "fml"])), PER),
                     (a["full"], ADR), (email(r, f, la), EML), st,
                     tracking(r) if st != "PENDING" else "",
                     (fdate(edate(r, 2024, 2025), "iso"), DTM) if r.random() < .6 else ""])
    csv_out(b, rows)
    return b


def k_tsv_patients(r):
    b = Builder("en")
    rows = [["mrn", "FirstName", "LastName", "DOB_YYYYMMDD", "sex", "phone", "pcp", "last_visit",
             "dx_code", "updated_at"]]
    for _ in range(r.randint(3, 6)):
        f, la = name(r)
        df, dl_ = name(r)
        pcp = r.choice([["Dr. ", (f"{df} {dl_}", PER)], [(f"{dl_}, {df}", PER), " MD"],
                        [(f"{df[0]}. {dl_}", PER)]])
        rows.append([(mrn(r), MRN), (f.upper() if r.random() < .3 else f, PER), (la, PER),
                     (fdate(bdate(r), "compact"), DOB), r.choice("MFU"), (phone(r, "US"), TEL), pcp,
                     (fdate(edate(r, 2022, 2025), r.choice(["iso", "us"])), DTM), r.choice(ICD10),
                     ts_rec(r, "sql")])
    csv_out(b, rows, delim="\t")
    return b


def k_fw_bank(r):
    b = Builder("en")
    run = ts_rec(r, "sql")
    b.t(f"* LAYOUT CUSTMAST.EXTRACT  LRECL=080  RUN={run}  JOB=CMX{digits(r, 4)}\n")
    lay = [("ACCT-NO", 12, "N"), ("CUST-NAME", 26, "A"), ("BIRTH-DT", 8, "N CCYYMMDD"),
           ("SSN", 9, "N"), ("BRANCH", 4, "A"), ("BALANCE", 13, "N S9(11)V99"), ("STAT", 1, "A")]
    pos = 1
    b.t("* FIELD       POS  LEN  TYPE\n")
    for nm, ln, ty in lay:
        b.t(f"* {nm:<10} {pos:>4} {ln:>4}  {ty}\n")
        pos += ln
    b.t("*" + "-" * 79 + "\n")
    nrec = r.randint(3, 6)
    for _ in range(nrec):
        while True:
            f, la = name(r, sql=True)
            nm = f"{la} {f} {r.choice(MIDDLE)}".upper()
            if len(nm) <= 26:
                break
        valid = r.random() < .85
        cells = [(digits(r, 12), ACCT), (nm, PER), (fdate(bdate(r), "compact"), DOB),
                 (ssn(r, "plain"), SSN) if valid else bad_ssn(r, "plain"),
                 f"B{digits(r, 3)}", f"{r.randint(0, 99999999):013d}", r.choice("AACD")]
        fixed_rec(b, cells, [w for _, w, _ in lay])
    b.t(f"TRL{nrec:06d}{r.randint(0, 10**9):013d}\n")
    return b


def k_fw_payroll(r):
    b = Builder("en")
    b.t(f"      * COPYBOOK PAYEMP01   EXTRACTED {ts_rec(r, 'sql')}\n       01  EMP-REC.\n")
    lay = [("EMP-ID", "X(06)", 6), ("EMP-LAST-NM", "X(16)", 16), ("EMP-FIRST-NM", "X(10)", 10),
           ("EMP-SSN", "9(09)", 9), ("HIRE-DT", "9(08)", 8), ("EMP-ADDR", "X(30)", 30),
           ("EMP-CITY", "X(15)", 15), ("EMP-ST", "X(02)", 2), ("EMP-ZIP", "9(05)", 5),
           ("PAY-RATE", "9(05)V99", 7)]
    for nm, pic, _ in lay:
        b.t(f"           05  {nm:<14} PIC {pic}.\n")
    b.t("----+----1----+----2----+----3----+----4----+----5----+----6----+----7----+----8----+----9----+----0\n")
    for _ in range(r.randint(3, 5)):
        while True:
            f, la = name(r, sql=True)
            a = addr(r, "US")
            if len(la) <= 16 and len(f) <= 10 and len(a["street"]) <= 30 and len(a["city"]) <= 15 and len(a["pc"]) == 5:
                break
        ok = r.random() < .85
        cells = [f"{r.randint(1, 99999):06d}", (la.upper(), PER), (f.upper(), PER),
                 (ssn(r, "plain"), SSN) if ok else bad_ssn(r, "plain"),
                 (fdate(edate(r, 1995, 2024), "compact"), DTM), (a["street"].upper(), ADR),
                 (a["city"].upper(), LOC), (a["region"], LOC), a["pc"], f"{r.randint(1500, 9900):07d}"]
        fixed_rec(b, cells, [w for _, _, w in lay])
    return b


def k_logfmt_auth(r):
    b = Builder("en")
    svc = r.choice(["auth-api", "idp-gateway", "sso", "login-svc"])
    for _ in range(r.randint(5, 8)):
        f, la = name(r)
        b.t(f"ts={ts_rec(r, 'iso')} level=")
        k = r.randint(0, 6)
        if k <= 1:
            b.t(f'info svc={svc} msg="login ok" user_id={r.randint(1000, 99999)} email=')
            b.e(email(r, f, la), EML)
            b.t(" src_ip=")
            b.e(r.choice([ipv4(r), ipv4(r), ipv6(r)]), IP)
            b.t(f" req_id={uid4(r)} dur_ms={r.randint(8, 900)}\n")
        elif k == 2:
            b.t(f'warn svc={svc} msg="login failed" email=')
            b.e(email(r, f, la), EML)
            b.t(" src_ip=")
            b.e(ipv4(r, False), IP)
            b.t(f" reason=bad_password attempt={r.randint(1, 5)} lockout=false\n")
        elif k == 3:
            b.t(f'debug svc={svc} msg="token issued" sub={r.randint(1000, 99999)} token=')
            b.e(jwt(r), JWT)
            b.t(f" expires_in=3600 client={r.choice(['web', 'ios', 'android'])}\n")
        elif k == 4:
            b.t(f'debug svc={svc} msg="auth request body" username={slug(f)}{r.randint(1, 99)} password=')
            b.e(password(r), PWD)
            b.t(' remember_me=true\n')
        elif k == 5:
            b.t(f'error svc={svc} msg="profile sync failed" upstream=')
            b.e(f"https://{host(r)}/v{r.randint(1, 3)}/users/{r.randint(1000, 99999)}/profile?fields=name,phone", URL)
            b.t(f" status={r.choice([500, 502, 504])} retry={r.randint(0, 3)}\n")
        else:
            b.t(f'info svc={svc} msg="password reset requested" user="')
            b.e(f"{f} {la}", PER)
            b.t('" phone=')
            b.e(phone(r, "US"), TEL)
            b.t(f" channel=sms ticket=SR-{digits(r, 6)}\n")
    return b


def k_env_dump(r):
    b = Builder("en")
    app = r.choice(["billing", "orders", "portal", "notifier"])
    b.t(f"# .env.production -- {app} service (exported by deploy bot, build {version(r)})\n")
    b.t(f"APP_NAME={app}\nAPP_ENV=production\nAPP_VERSION={version(r)}\nGIT_SHA={hexs(r, 40)}\n")
    b.t(f"LOG_LEVEL=info\nPORT={r.choice([3000, 8080, 8000])}\n")
    user = r.choice(["app", "svc_" + app, "postgres", "admin"])
    b.t(f"DATABASE_URL=postgres://{user}:")
    b.e(password(r, "!_-."), PWD)
    b.t(f"@db-{r.randint(1, 3)}.{app}.internal:5432/{app}_prod\n")
    b.t("REDIS_URL=${REDIS_URL}\n")
    items = r.sample(range(7), r.randint(4, 6))
    for k in items:
        if k == 0:
            b.t("AWS_ACCESS_KEY_ID=").e(aws_akid(r), AKID).t("\nAWS_SECRET_ACCESS_KEY=").e(aws_secret(r), ASK)
            b.t(f"\nAWS_REGION={r.choice(['us-east-1', 'eu-west-1', 'eu-central-1'])}\n")
        elif k == 1:
            b.t("STRIPE_SECRET_KEY=").e(stripe_key(r), STK).t(f"\nSTRIPE_PUBLISHABLE_KEY=${{STRIPE_PK}}\n")
        elif k == 2:
            b.t("SLACK_BOT_TOKEN=").e(slack_token(r), SLK).t("\nSLACK_CHANNEL=#alerts-prod\n")
        elif k == 3:
            b.t("GITHUB_TOKEN=").e(gh_token(r), GHT).t("\n")
        elif k == 4:
            b.t("SENDGRID_API_KEY=").e(f"SG.{alnum(r, 22)}.{alnum(r, 43)}", SEC).t("\nMAIL_FROM=")
            b.e(f"no-reply@{host(r).split('.', 1)[1]}", EML).t("\n")
        elif k == 5:
            b.t("JWT_SIGNING_SECRET=").e(alnum(r, 48), SEC).t("\nSESSION_TTL=86400\n")
        else:
            b.t("SUPPORT_CONTACT=\"").e(f"{r.choice(FIRST['en'])} {r.choice(LAST['en'])}", PER)
            b.t("\"\nSUPPORT_PHONE=").e(phone(r, "US"), TEL).t("\n")
    b.t(f"FEATURE_FLAGS=checkout_v2,new_invoice_pdf\nSENTRY_RELEASE={app}@{version(r)}\n")
    return b


def k_sql_insert_users(r):
    b = Builder("en")
    n = r.randint(3, 5)
    b.t(f"-- export of public.users, {n} rows, generated {ts_rec(r, 'sql')}\n")
    b.t("INSERT INTO public.users (id, username, first_name, last_name, email, phone, dob, "
        "password_hash, status, created_at) VALUES\n")
    for i in range(n):
        f, la = name(r, sql=True)
        b.t(f"  ({r.randint(1000, 99999)}, '{slug(f)[:1]}{slug(la)}{r.randint(1, 9)}', '").e(f, PER).t("', '")
        b.e(la, PER).t("', '").e(email(r, f, la), EML).t("', ")
        if r.random() < .8:
            b.t("'").e(phone(r, "US"), TEL).t("'")
        else:
            b.t("NULL")
        b.t(", '").e(fdate(bdate(r), "iso"), DOB).t("', ")
        b.t(f"'$2b$12${alnum(r, 53, string.ascii_letters + string.digits + './')}', ")
        b.t(f"'{r.choice(['active', 'pending', 'locked'])}', '{ts_rec(r, 'pg')}')")
        b.t(",\n" if i < n - 1 else ";\n")
    b.t(f"SELECT setval('users_id_seq', {r.randint(100000, 200000)});\n")
    return b


def k_psql_patients(r):
    b = Builder("en")
    db = r.choice(["clinic", "ehr_ro", "sched"])
    b.t(f"{db}=> SELECT id, mrn, full_name, dob, city, next_appt, balance FROM patients "
        f"WHERE clinic_id = {r.randint(1, 40)} ORDER BY id LIMIT {r.randint(4, 6)};\n")
    rows = []
    for _ in range(r.randint(3, 6)):
        f, la = name(r)
        a = addr(r, "US")
        rows.append([str(r.randint(100, 99999)), (mrn(r), MRN),
                     (full(r, f, la, r.choice(["lf", "fl", "fml"])), PER),
                     (fdate(bdate(r), "iso"), DOB), (a["city"], LOC),
                     (fdt(edate(r, 2024, 2025), etime(r), "iso") + ":00", DTM) if r.random() < .75 else "",
                     amount(r, 0, 800, "plain")])
    table(b, ["id", "mrn", "full_name", "dob", "city", "next_appt", "balance"], rows, "psql",
          right=(0, 6))
    b.t(f"\nTime: {r.uniform(0.3, 40):.3f} ms\n")
    return b


def k_mysql_customers(r):
    b = Builder("en")
    b.t(f"mysql> SELECT c.customer_id, c.first_name, c.last_name, a.acct_no, a.routing_no, "
        f"a.opened_on, a.balance FROM customers c JOIN accounts a USING (customer_id) "
        f"WHERE a.branch = 'BR{digits(r, 3)}';\n")
    rows = []
    for _ in range(r.randint(3, 6)):
        f, la = name(r)
        rows.append([str(r.randint(10000, 99999)), (f, PER), (la, PER), (acct_no(r), ACCT),
                     aba_routing(r), (fdate(edate(r, 2010, 2024), "iso"), DTM),
                     amount(r, 0, 90000, "plain")])
    table(b, ["customer_id", "first_name", "last_name", "acct_no", "routing_no", "opened_on",
              "balance"], rows, "mysql", right=(0, 6))
    b.t(f"{len(rows)} rows in set ({r.uniform(0, 0.2):.2f} sec)\n")
    return b


def k_pandas_loans(r):
    b = Builder("en")
    fn = r.choice(["applications_q1.csv", "loan_apps_export.csv", "underwriting.parquet"])
    b.t(f">>> df = pd.read_{'parquet' if fn.endswith('parquet') else 'csv'}(\"{fn}\")\n>>> df.head()\n")
    rows = []
    for _ in range(5):
        f, la = name(r, sql=True)
        a = addr(r, "US")
        ok = r.random() < .85
        rows.append([f"APP-{digits(r, 6)}", (f"{f} {la}", PER), (fdate(bdate(r, 1950, 2003), "iso"), DOB),
                     (ssn(r), SSN) if ok else bad_ssn(r), (a["region"], LOC),
                     f"{r.randint(5, 500) * 1000:.1f}", f"{r.uniform(3, 14):.3f}"])
    table(b, ["app_id", "applicant", "dob", "ssn", "state", "loan_amt", "apr"], rows, "pandas")
    b.t(f"\n[5 rows x 7 columns]\n>>> df.shape\n({r.randint(200, 90000)}, 7)\n")
    return b


def k_md_oncall(r):
    b = Builder("en")
    team = r.choice(["Payments", "Platform", "Data Infra", "Mobile"])
    b.t(f"## On-call roster -- {team} (Q{r.randint(1, 4)})\n\n")
    d = edate(r, 2024, 2025)
    d -= dt.timedelta(days=d.weekday())
    rows = []
    for i in range(r.randint(3, 5)):
        f, la = name(r)
        rows.append([(fdate(d + dt.timedelta(days=7 * i), "iso"), DTM), (f"{f} {la}", PER),
                     f"@{slug(f)}.{slug(la)[:3]}", (phone(r, r.choice(["US", "GB"])), TEL),
                     (email(r, f, la, domain="acme-corp.com"), EML)])
    table(b, ["Week of", "Primary", "Slack", "Phone", "Email"], rows, r.choice(["md", "md_tight"]))
    b.t(f"\nEscalation: page the secondary after 15 min. PagerDuty integration key: ")
    b.e(hexs(r, 32), SEC)
    b.t(f"\nRunbook: ")
    b.e(f"https://wiki.acme-corp.com/display/{team.split()[0].upper()}/On-call+Runbook", URL)
    b.t(f" (rev {r.randint(10, 99)}, page id {digits(r, 9)})\n")
    return b


def k_xml_employees(r):
    b = Builder("en")
    b.t(f'<?xml version="1.0" encoding="UTF-8"?>\n<employees exported="{ts_rec(r, "isoz")}" source="Workday">\n')
    for _ in range(r.randint(2, 3)):
        f, la = name(r)
        a = addr(r, "US")
        b.t(f'  <employee id="E{digits(r, 5)}" status="{r.choice(["active", "leave", "terminated"])}">\n')
        b.t("    <firstName>").e(xesc(f), PER).t("</firstName>\n    <lastName>").e(xesc(la), PER)
        b.t("</lastName>\n    <dateOfBirth>").e(fdate(bdate(r, 1955, 2002), "iso"), DOB).t("</dateOfBirth>\n")
        b.t("    <ssn>").e(ssn(r), SSN).t("</ssn>\n")
        b.t("    <address>\n      <street>").e(a["street"], ADR).t("</street>\n      <city>").e(a["city"], LOC)
        b.t("</city>\n      <state>").e(a["region"], LOC).t(f"</state>\n      <zip>{a['pc']}</zip>\n    </address>\n")
        b.t("    <directDeposit>\n      <routing>" + aba_routing(r) + "</routing>\n      <account>")
        b.e(acct_no(r), ACCT).t("</account>\n    </directDeposit>\n")
        b.t("    <hireDate>").e(fdate(edate(r, 2005, 2024), "iso"), DTM).t("</hireDate>\n")
        b.t(f"    <costCenter>CC-{digits(r, 4)}</costCenter>\n  </employee>\n")
    b.t("</employees>\n")
    return b


def k_json_api_users(r):
    b = Builder("en")
    data = []
    for _ in range(r.randint(2, 3)):
        f, la = name(r)
        a = addr(r, r.choice(["US", "GB"]))
        data.append({"type": "users", "id": uid4(r), "attributes": {
            "name": (full(r, f, la, r.choice(["fl", "fml"])), PER), "email": (email(r, f, la), EML),
            "phone": (phone(r, a["country"]), TEL), "address": (a["full"], ADR),
            "plan": r.choice(["free", "pro", "team"]), "mrr": round(r.uniform(0, 400), 2),
            "created_at": ts_rec(r, "isoz"), "last_login_ip": (ipv4(r, False), IP)},
            "links": {"self": (f"https://api.contoso.io/v2/users/{r.randint(1000, 99999)}", URL)}})
    doc = {"data": data, "meta": {"page": r.randint(1, 9), "per_page": len(data),
                                  "total": r.randint(100, 9000), "request_id": uid4(r)}}
    jdump(b, doc, indent=r.choice([2, 4]))
    b.t("\n")
    return b


def k_yaml_fixture(r):
    b = Builder("en")
    b.t(f"# fixtures/customers.yaml -- loaded by manage.py loaddata (schema v{r.randint(3, 19)})\n")
    items = []
    for i in range(r.randint(2, 4)):
        f, la = name(r)
        a = addr(r, "US")
        items.append({"model": "accounts.customer", "pk": r.randint(1, 500), "fields": {
            "first_name": (f, PER), "last_name": (la, PER),
            "date_of_birth": (fdate(bdate(r), "iso"), DOB),
            "email": (email(r, f, la), EML), "account_number": (acct_no(r), ACCT),
            "billing_street": (a["street"], ADR), "billing_city": (a["city"], LOC),
            "billing_state": (a["region"], LOC), "billing_zip": a["pc"],
            "date_joined": ts_rec(r, "isoz"), "is_active": r.random() < .8}})
    ydump(b, items)
    return b


def k_ldif(r):
    b = Builder("en")
    dom = r.choice(["acme-corp", "globex", "initech"])
    b.t(f"# extended LDIF\n# base <ou=People,dc={dom},dc=com> with scope subtree\n# filter: (objectClass=inetOrgPerson)\n\n")
    for _ in range(r.randint(2, 3)):
        f, la = name(r, sql=True)
        a = addr(r, "US")
        cn = f"{f} {la}"
        b.t("dn: cn=").e(cn, PER).t(f",ou=People,dc={dom},dc=com\nobjectClass: inetOrgPerson\ncn: ").e(cn, PER)
        b.t("\nsn: ").e(la, PER).t("\ngivenName: ").e(f, PER)
        b.t(f"\nuid: {slug(f)[0]}{slug(la)}\nemployeeNumber: {digits(r, 6)}\nmail: ").e(email(r, f, la, domain=f"{dom}.com"), EML)
        b.t("\ntelephoneNumber: ").e(phone(r, "US"), TEL)
        if r.random() < .6:
            b.t("\nmobile: ").e(phone(r, "US", True), TEL)
        b.t("\npostalAddress: ").e(f"{a['street']}${a['city']}, {a['region']} {a['pc']}", ADR)
        b.t("\nl: ").e(a["city"], LOC).t("\nst: ").e(a["region"], LOC)
        b.t(f"\ntitle: {r.choice(['Analyst', 'Engineer II', 'HR Generalist', 'Nurse Manager'])}\n")
        if r.random() < .3:
            b.t("userPassword: ").e(password(r), PWD).t("\n")
        else:
            b.t(f"userPassword:: {base64.b64encode(('{SSHA}' + alnum(r, 32)).encode()).decode()}\n")
        b.t(f"createTimestamp: {ts_rec(r, 'hl7')}Z\n\n")
    return b


def k_vcard(r):
    b = Builder("en")
    for _ in range(r.randint(2, 3)):
        f, la = name(r)
        mi = r.choice(MIDDLE)
        a = addr(r, r.choice(["US", "US", "GB"]))
        b.t("BEGIN:VCARD\r\nVERSION:3.0\r\nN:").e(f"{la};{f};{mi}", PER).t(";;\r\nFN:").e(f"{f} {mi}. {la}", PER)
        b.t(f"\r\nORG:{r.choice(COMPANIES)}\r\nTITLE:{r.choice(['Account Manager', 'CFO', 'Buyer'])}\r\n")
        b.t("TEL;TYPE=CELL:").e(phone(r, a["country"], True), TEL).t("\r\n")
        if r.random() < .5:
            b.t("TEL;TYPE=WORK,VOICE:").e(phone(r, a["country"], False), TEL).t("\r\n")
        b.t("EMAIL;TYPE=INTERNET:").e(email(r, f, la), EML).t("\r\n")
        adr_val = f"{a['street']};{a['city']};{a['region']};{a['pc']};{COUNTRY_NAME[a['country']]}"
        b.t("ADR;TYPE=HOME:;;").e(adr_val, ADR).t("\r\n")
        if r.random() < .7:
            b.t("BDAY:").e(fdate(bdate(r), r.choice(["iso", "compact"])), DOB).t("\r\n")
        b.t(f"NOTE:Met at booth #{r.randint(100, 999)}; prefers email\r\nREV:{ts_rec(r, 'ics')}\r\n")
        b.t(f"UID:{uid4(r)}\r\nEND:VCARD\r\n")
    return b


def k_ical(r):
    b = Builder("en")
    b.t("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Acme Scheduling//Export 4.2//EN\r\n")
    for _ in range(r.randint(1, 2)):
        f, la = name(r)
        f2, l2 = name(r)
        d, t = edate(r, 2024, 2026), etime(r)
        t2 = dt.time(min(t.hour + 1, 23), t.minute)
        a = addr(r, "US")
        b.t(f"BEGIN:VEVENT\r\nUID:{uid4(r)}@acme-sched\r\nDTSTAMP:{ts_rec(r, 'ics')}\r\n")
        b.t(f"CREATED:{ts_rec(r, 'ics')}\r\nLAST-MODIFIED:{ts_rec(r, 'ics')}\r\n")
        b.t("DTSTART;TZID=America/Chicago:").e(fdt(d, t, "ics"), DTM)
        b.t("\r\nDTEND;TZID=America/Chicago:").e(fdt(d, t2, "ics"), DTM)
        b.t("\r\nSUMMARY:Benefits enrollment review - ").e(f"{f} {la}", PER)
        b.t(f"\r\nLOCATION:Room {r.randint(100, 520)}\\, ").e(a["full"].replace(",", "\\,"), ADR)
        b.t("\r\nORGANIZER;CN=").e(f"{f2} {l2}", PER).t(":mailto:").e(email(r, f2, l2, domain="acme-corp.com"), EML)
        b.t("\r\nATTENDEE;ROLE=REQ-PARTICIPANT;CN=").e(f"{f} {la}", PER).t(":mailto:").e(email(r, f, la), EML)
        b.t("\r\nDESCRIPTION:Join: ").e(f"https://acme.zoom.us/j/{digits(r, 11)}", URL)
        b.t("\\nPasscode: ").e(alnum(r, 6, string.digits + string.ascii_lowercase), PWD)
        b.t("\\nDial-in: ").e(phone(r, "US"), TEL)
        b.t(f"\r\nSEQUENCE:{r.randint(0, 4)}\r\nEND:VEVENT\r\n")
    b.t("END:VCALENDAR\r\n")
    return b


def k_excel_hr(r):
    b = Builder("en")
    rows = [["Employee", "Dept", "Start Date", "Salary", "Manager", "Work Phone", "Home Address",
             "Badge #"]]
    for _ in range(r.randint(3, 5)):
        f, la = name(r)
        mf, ml = name(r)
        a = addr(r, "US")
        home = (f"{a['street']}\n{a['city']}, {a['region']} {a['pc']}", ADR)
        rows.append([(f"{la}, {f}", PER), r.choice(["Finance", "R&D", "Ops", "Sales", "HR"]),
                     (fdate(edate(r, 2012, 2025), "us_short"), DTM), f"${r.randint(45, 190)},{r.randint(0, 999):03d}.00",
                     (f"{mf} {ml}", PER), (phone(r, "US"), TEL), home, f"B-{digits(r, 5)}"])
    # Excel quotes only multi-line cells when copying as text
    for row in rows:
        for j, c in enumerate(row):
            if j:
                b.t("\t")
            if "\n" in ctext(c):
                b.t('"')
                put(b, c)
                b.t('"')
            else:
                put(b, c)
        b.t("\r\n")
    return b


def hl7_seg(b, fields, sep="|"):
    for i, f in enumerate(fields):
        if i:
            b.t(sep)
        put(b, f)
    b.t("\r")
    b.t("\n")


def _hl7_name(r, lang="en"):
    f, la = name(r, lang)
    return f"{la.upper()}^{f.upper()}" + (f"^{r.choice(MIDDLE)}" if r.random() < .6 else "")


def _hl7_addr(a):
    return f"{a['street']}^^{a['city']}^{a['region']}^{a['pc']}^{a['country']}"


def k_hl7_adt(r, lang="en"):
    b = Builder(lang)
    cc = LANG_CC[lang]
    fac = r.choice(["GENHOSP", "STMARY", "NWMED"]) if lang == "en" else r.choice(["KLINIKUM", "UKE", "CHARITE"])
    ev = r.choice(["A01", "A04", "A08"])
    ts = ts_rec(r, "hl7")
    hl7_seg(b, ["MSH", "^~\\&", "EPIC", fac, "LAB", fac, ts, "", f"ADT^{ev}", f"MSG{digits(r, 8)}",
                "P", "2.5.1"])
    hl7_seg(b, ["EVN", ev, ts])
    a = addr(r, cc)
    pid = ["PID", "1", "", [(mrn(r), MRN), f"^^^{fac}^MR"], "", (_hl7_name(r, lang), PER), "",
           (fdate(bdate(r), "compact"), DOB), r.choice("MF"), "", "2106-3", (_hl7_addr(a), ADR), "",
           (phone(r, cc, False), TEL), (phone(r, cc, True), TEL),
           r.choice(["ENG", "SPA"]) if lang == "en" else r.choice(["GER", "DEU", "TUR"]),
           r.choice("SMWD"), "", [(digits(r, 9), ACCT), f"^^^{fac}^AN"]]
    if lang == "en":
        pid += [(ssn(r, r.choice(["plain", "dash"])), SSN) if r.random() < .85 else "",
                [(dl_num(r, "IL"), DL), "^IL"] if r.random() < .5 else ""]
    hl7_seg(b, pid)
    doc = (_hl7_name(r, lang), PER)
    hl7_seg(b, ["PV1", "1", r.choice("OIE"), f"{r.choice(['MED', 'SURG', 'ER'])}^{r.randint(100, 450)}^{r.randint(1, 2)}^{fac}",
                "", "", "", [npi(r), "^", doc, "^^^DR"], "", "", "", "", "", "", "", "", "", "", "",
                f"V{digits(r, 7)}", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "", "", (fdt(edate(r, 2024, 2025), etime(r), "hl7"), DTM)])
    if r.random() < .5:
        nk = (_hl7_name(r, lang), PER)
        hl7_seg(b, ["NK1", "1", nk, r.choice(["SPO^Spouse", "MTH^Mother", "CHD^Child"]), "",
                    (phone(r, cc, True), TEL)])
    if lang == "en":
        ins_a = dict(street=f"PO BOX {r.randint(1000, 99999)}", city="CHICAGO", region="IL",
                     pc=digits(r, 5), country="USA")
        ed = edate(r, 2023, 2025)
        ins_name = (_hl7_name(r), PER)
        f_ = ["IN1", "1", f"{r.choice(['BCBS', 'AETNA', 'UHC'])}{digits(r, 2)}", digits(r, 5),
              r.choice(["BLUE CROSS BLUE SHIELD OF IL", "AETNA PPO", "UNITEDHEALTHCARE CHOICE PLUS"]),
              (f"{ins_a['street']}^^{ins_a['city']}^{ins_a['region']}^{ins_a['pc']}", ADR), "",
              (phone(r, "US"), TEL), f"GRP{digits(r, 6)}", "", "", "",
              (fdate(ed, "compact"), DTM), (fdate(ed.replace(year=ed.year + 1), "compact"), DTM), "",
              "", ins_name, r.choice(["01", "18", "19"]), (fdate(bdate(r), "compact"), DOB),
              (_hl7_addr(addr(r, "US")), ADR)]
        f_ += [""] * (36 - len(f_)) + [(hpn(r), HPN)]
        hl7_seg(b, f_)
    return b


def k_hl7_oru(r):
    b = Builder("en")
    fac = r.choice(["QUESTLAB", "LABCORP", "GENHOSP"])
    hl7_seg(b, ["MSH", "^~\\&", "LIS", fac, "EHR", "CLINIC", ts_rec(r, "hl7"), "", "ORU^R01",
                f"{digits(r, 10)}", "P", "2.3"])
    a = addr(r, "US")
    hl7_seg(b, ["PID", "1", [(mrn(r), MRN), "^^^", fac], "", "", (_hl7_name(r), PER), "",
                (fdate(bdate(r), "compact"), DOB), r.choice("MF"), "", "", (_hl7_addr(a), ADR), "",
                (phone(r, "US"), TEL)])
    doc = (_hl7_name(r), PER)
    coll = edate(r, 2024, 2025)
    hl7_seg(b, ["ORC", "RE", f"ORD{digits(r, 7)}", f"F{digits(r, 8)}", "", "CM", "", "", "",
                ts_rec(r, "hl7"), "", "", [npi(r), "^", doc]])
    hl7_seg(b, ["OBR", "1", f"ORD{digits(r, 7)}", f"F{digits(r, 8)}", "80053^COMPREHENSIVE METABOLIC PANEL^CPT",
                "", "", (fdt(coll, etime(r), "hl7"), DTM), "", "", "", "", "", "", "", "", [npi(r), "^", doc]])
    for i, (code, nm, unit) in enumerate(r.sample(LOINC, r.randint(2, 4))):
        hl7_seg(b, ["OBX", str(i + 1), "NM", f"{code}^{nm}^LN", "", f"{r.uniform(0.5, 180):.1f}", unit,
                    "", r.choice(["N", "H", "L"]), "", "", "F", "", "", ts_rec(r, "hl7")])
    if r.random() < .6:
        f, la = name(r)
        hl7_seg(b, ["NTE", "1", "L", ["Critical value called to ", (f"{f} {la}", PER), ", RN at ",
                                      (phone(r, "US"), TEL), " read back verified"]])
    return b


def _x12_env(b, r, kind):
    ctrl = digits(r, 9)
    d = ts_rec(r, "hl7")
    b.t(f"ISA*00*          *00*          *ZZ*{upper_alnum(r, 8):<15}*ZZ*{upper_alnum(r, 8):<15}*"
        f"{d[2:8]}*{d[8:12]}*^*00501*{ctrl}*0*P*:~\n")
    b.t(f"GS*{'BE' if kind == '834' else 'HC'}*{upper_alnum(r, 6)}*{upper_alnum(r, 6)}*{d[:8]}*{d[8:12]}*{r.randint(1, 9999)}*X*005010X{'220A1' if kind == '834' else '222A1'}~\n")
    b.t(f"ST*{kind}*{digits(r, 4)}*005010X{'220A1' if kind == '834' else '222A1'}~\n")


def k_edi_834(r):
    b = Builder("en")
    _x12_env(b, r, "834")
    b.t(f"BGN*00*{digits(r, 10)}*{ts_rec(r, 'hl7')[:8]}*{digits(r, 4)}****2~\n")
    b.t(f"N1*P5*{r.choice(COMPANIES).upper()}*FI*{digits(r, 9)}~\nN1*IN*{r.choice(['AETNA', 'CIGNA', 'HUMANA'])}*FI*{digits(r, 9)}~\n")
    nseg = 5
    for _ in range(r.randint(1, 2)):
        f, la = name(r, sql=True)
        a = addr(r, "US")
        sub_id = hpn(r)
        b.t(f"INS*Y*18*{r.choice(['021', '030', '001'])}*28*A***FT~\nREF*0F*").e(sub_id, HPN)
        b.t(f"~\nREF*1L*GRP{digits(r, 6)}~\nDTP*356*D8*").e(fdate(edate(r, 2024, 2025), "compact"), DTM)
        b.t("~\nNM1*IL*1*").e(f"{la.upper()}*{f.upper()}" + (f"*{r.choice(MIDDLE)}" if r.random() < .5 else ""), PER)
        if r.random() < .7:
            b.t("***34*").e(ssn(r, "plain"), SSN)
        b.t("~\nPER*IP**HP*").e(re.sub(r"\D", "", phone(r, "US"))[-10:], TEL)
        if r.random() < .5:
            b.t("*EM*").e(email(r, f, la), EML)
        b.t("~\nN3*").e(a["street"].upper(), ADR).t("~\nN4*").e(a["city"].upper(), LOC).t("*").e(a["region"], LOC)
        b.t(f"*{a['pc']}~\nDMG*D8*").e(fdate(bdate(r), "compact"), DOB).t(f"*{r.choice('MF')}~\n")
        b.t(f"HD*021**HLT*{r.choice(['PPO', 'HMO', 'EPO'])}{digits(r, 3)}*EMP~\nDTP*348*D8*")
        b.e(fdate(edate(r, 2024, 2025), "compact"), DTM).t("~\n")
        nseg += 12
    b.t(f"SE*{nseg}*{digits(r, 4)}~\nGE*1*{r.randint(1, 9999)}~\nIEA*1*{digits(r, 9)}~\n")
    return b


def k_edi_837(r):
    b = Builder("en")
    _x12_env(b, r, "837")
    b.t(f"BHT*0019*00*{digits(r, 8)}*{ts_rec(r, 'hl7')[:8]}*{digits(r, 4)}*CH~\n")
    b.t(f"NM1*85*2*{r.choice(['RIVERSIDE FAMILY MEDICINE', 'LAKESHORE ORTHO GROUP', 'NORTHWIND CLINIC'])}*****XX*{npi(r)}~\n")
    pa = addr(r, "US")
    b.t("N3*").e(f"{r.randint(100, 9999)} MEDICAL PKWY", ADR).t("~\nN4*").e(pa["city"].upper(), LOC).t("*").e(pa["region"], LOC)
    b.t(f"*{pa['pc']}~\nREF*EI*{digits(r, 9)}~\n")
    f, la = name(r, sql=True)
    a = addr(r, "US")
    b.t("HL*2*1*22*0~\nSBR*P*18*").t(f"GRP{digits(r, 5)}").t(f"******CI~\nNM1*IL*1*")
    b.e(f"{la.upper()}*{f.upper()}", PER).t("****MI*").e(hpn(r), HPN)
    b.t("~\nN3*").e(a["street"].upper(), ADR).t("~\nN4*").e(a["city"].upper(), LOC).t("*").e(a["region"], LOC)
    b.t(f"*{a['pc']}~\nDMG*D8*").e(fdate(bdate(r), "compact"), DOB).t(f"*{r.choice('MF')}~\n")
    b.t(f"CLM*{upper_alnum(r, 10)}*{amount(r, 80, 2400, 'plain')}***11:B:1*Y*A*Y*Y~\n")
    b.t(f"HI*ABK:{r.choice(ICD10).replace('.', '')}*ABF:{r.choice(ICD10).replace('.', '')}~\n")
    df, dla = name(r, sql=True)
    b.t("NM1*82*1*").e(f"{dla.upper()}*{df.upper()}", PER).t(f"****XX*{npi(r)}~\n")
    for i in range(r.randint(1, 3)):
        b.t(f"LX*{i + 1}~\nSV1*HC:{r.choice(CPT)}*{amount(r, 20, 600, 'plain')}*UN*1***1~\nDTP*472*D8*")
        b.e(fdate(edate(r, 2024, 2025), "compact"), DTM).t("~\n")
    b.t(f"SE*{r.randint(20, 40)}*{digits(r, 4)}~\nGE*1*{r.randint(1, 9999)}~\nIEA*1*{digits(r, 9)}~\n")
    return b


def b64(s):
    return base64.b64encode(s.encode()).decode()


def k_k8s_secret(r):
    b = Builder("en")
    app = r.choice(["payments-api", "crm-sync", "notifier", "ledger"])
    b.t(f"$ kubectl get secret {app}-credentials -n prod -o yaml\napiVersion: v1\ndata:\n")
    keys = r.sample([("DB_PASSWORD", "pw"), ("db-password", "pw"), ("SMTP_PASS", "pw"),
                     ("STRIPE_API_KEY", "stripe"), ("api-key", "gen"), ("WEBHOOK_SECRET", "gen"),
                     ("client-secret", "gen"), ("SLACK_TOKEN", "slack"), ("github-token", "gh")],
                    r.randint(3, 5))
    for k, kind in sorted(keys):
        val = {"pw": password(r), "stripe": stripe_key(r), "gen": generic_secret(r),
               "slack": slack_token(r), "gh": gh_token(r)}[kind]
        b.t(f"  {k}: ").e(b64(val), PWD if kind == "pw" else SEC).t("\n")
    b.t(f"kind: Secret\nmetadata:\n  annotations:\n    meta.helm.sh/release-name: {app}\n")
    b.t(f"  creationTimestamp: \"{ts_rec(r, 'isoz')}\"\n  labels:\n    app.kubernetes.io/version: {version(r)}\n")
    b.t(f"  name: {app}-credentials\n  namespace: prod\n  resourceVersion: \"{digits(r, 9)}\"\n  uid: {uid4(r)}\n")
    if r.random() < .5:
        b.t("stringData:\n  AWS_ACCESS_KEY_ID: ").e(aws_akid(r), AKID).t("\n  AWS_SECRET_ACCESS_KEY: ").e(aws_secret(r), ASK).t("\n")
    b.t("type: Opaque\n")
    return b


def k_stripe_webhook_log(r):
    b = Builder("en")
    b.t(f"# config: STRIPE_WEBHOOK_SECRET=")
    b.e("whsec_" + alnum(r, 32), SEC)
    b.t(f"  endpoint=/hooks/stripe  release={version(r)}\n")
    for _ in range(r.randint(2, 3)):
        f, la = name(r)
        a = addr(r, r.choice(["US", "US", "GB"]))
        evt = r.choice(["customer.created", "charge.succeeded", "invoice.payment_failed"])
        b.t(f"{ts_rec(r, 'iso')} INFO  webhook received type={evt} id=evt_{alnum(r, 24)} "
            f"sig=t={ts_rec(r, 'epoch')},v1={hexs(r, 64)}\n{ts_rec(r, 'iso')} DEBUG payload=")
        obj = {"id": f"cus_{alnum(r, 14)}", "object": "customer", "name": (f"{f} {la}", PER),
               "email": (email(r, f, la), EML), "phone": (phone(r, a["country"]), TEL),
               "address": {"line1": (a["street"], ADR), "city": (a["city"], LOC),
                           "state": (a["region"], LOC) if a["region"] else None,
                           "postal_code": a["pc"], "country": a["country"]},
               "default_source": {"brand": r.choice(["Visa", "Mastercard"]), "last4": digits(r, 4),
                                  "exp_month": r.randint(1, 12), "exp_year": r.randint(2025, 2031)},
               "created": int(ts_rec(r, "epoch")), "livemode": True}
        if a["region"] == "":
            del obj["address"]["state"]
        jdump(b, {"type": evt, "data": {"object": obj}}, indent=None)
        b.t("\n")
    b.t(f"{ts_rec(r, 'iso')} WARN  retrying delivery attempt={r.randint(2, 5)} backoff_ms={r.randint(500, 8000)}\n")
    return b


def k_card_txn(r):
    b = Builder("en")
    rows = [["txn_id", "ts", "card_number", "masked_pan", "entry_mode", "cardholder", "amount", "ccy",
             "merchant", "mcc", "auth_code", "ref_no"]]
    for _ in range(r.randint(3, 6)):
        f, la = name(r)
        full_pan = r.random() < .7
        num = card(r, fmt=r.choice(["plain", "plain", "space", "dash"]))
        raw = re.sub(r"\D", "", num)
        rows.append([f"T{digits(r, 10)}", ts_rec(r, "isoz"), (num, CC) if full_pan else "",
                     f"{raw[:6]}******{raw[-4:]}", r.choice(["chip", "contactless", "ecom", "swipe"]),
                     (full(r, f, la, "FL"), PER), amount(r, 2, 1800, "plain"), r.choice(["USD", "EUR", "GBP"]),
                     r.choice(COMPANIES + ["AMZN Mktp US", "UBER *TRIP", "SQ *BLUE BOTTLE"]),
                     r.choice(["5411", "5812", "4121", "5999"]), upper_alnum(r, 6), bad_luhn16(r)])
    csv_out(b, rows, delim=r.choice([",", "|"]))
    return b


def k_mysqldump(r):
    b = Builder("en")
    b.t(f"-- MySQL dump 10.13  Distrib {r.choice(['8.0.36', '5.7.44'])}, for Linux (x86_64)\n--\n")
    b.t(f"-- Host: localhost    Database: dmv_portal\n-- Server version\t{version(r)}\n\n")
    b.t("DROP TABLE IF EXISTS `applicants`;\nCREATE TABLE `applicants` (\n  `id` int NOT NULL AUTO_INCREMENT,\n"
        "  `fname` varchar(40) DEFAULT NULL,\n  `lname` varchar(60) DEFAULT NULL,\n  `ssn` char(11) DEFAULT NULL,\n"
        "  `dl_num` varchar(20) DEFAULT NULL,\n  `dob` date DEFAULT NULL,\n  `exp_date` date DEFAULT NULL,\n"
        "  `fee_paid` decimal(8,2) DEFAULT NULL,\n  `updated` timestamp NULL DEFAULT CURRENT_TIMESTAMP,\n"
        "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n")
    b.t("LOCK TABLES `applicants` WRITE;\nINSERT INTO `applicants` VALUES ")
    n = r.randint(3, 5)
    for i in range(n):
        f, la = name(r, sql=True)
        b.t(f"({r.randint(1, 9999)},'").e(f, PER).t("','").e(la, PER).t("',")
        if r.random() < .8:
            b.t("'").e(ssn(r), SSN).t("'")
        else:
            b.t(f"'{bad_ssn(r)}'")
        b.t(",'").e(dl_num(r), DL).t("','").e(fdate(bdate(r, 1945, 2007), "iso"), DOB).t("','")
        b.e(fdate(edate(r, 2025, 2031), "iso"), DTM).t(f"',{amount(r, 20, 90, 'plain')},'{ts_rec(r, 'sql')}')")
        b.t("," if i < n - 1 else ";\n")
    b.t(f"UNLOCK TABLES;\n\n-- Dump completed on {ts_rec(r, 'sql')}\n")
    return b


def k_fhir_bundle(r):
    b = Builder("en")
    f, la = name(r)
    a = addr(r, "US")
    pid = uid4(r)
    cov_start = edate(r, 2023, 2025)
    pat = {"resourceType": "Patient", "id": pid,
           "meta": {"versionId": str(r.randint(1, 9)), "lastUpdated": ts_rec(r, "iso")},
           "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                           "value": (mrn(r), MRN)}],
           "name": [{"use": "official", "family": (la, PER), "given": [(f, PER)] + ([(r.choice(FIRST["en"]), PER)] if r.random() < .3 else [])}],
           "telecom": [{"system": "phone", "value": (phone(r, "US"), TEL), "use": "mobile"},
                       {"system": "email", "value": (email(r, f, la), EML)}],
           "gender": r.choice(["male", "female"]), "birthDate": (fdate(bdate(r), "iso"), DOB),
           "address": [{"line": [(a["street"], ADR)], "city": (a["city"], LOC), "state": (a["region"], LOC),
                        "postalCode": a["pc"], "country": "US"}]}
    cov = {"resourceType": "Coverage", "id": uid4(r), "status": "active",
           "subscriberId": (hpn(r), HPN), "beneficiary": {"reference": f"Patient/{pid}"},
           "period": {"start": (fdate(cov_start, "iso"), DTM)},
           "class": [{"type": {"text": "group"}, "value": f"{digits(r, 6)}"}],
           "payor": [{"display": r.choice(["Aetna", "Cigna", "Kaiser Permanente", "Humana"])}]}
    jdump(b, {"resourceType": "Bundle", "type": "searchset", "total": 2,
              "entry": [{"resource": pat}, {"resource": cov}]}, indent=r.choice([1, 2]))
    b.t("\n")
    return b


def k_hr_pipe(r):
    b = Builder("en")
    b.t(f"HDR|PAYROLL_EXPORT|ADP|{ts_rec(r, 'hl7')}|V{r.randint(2, 4)}\n")
    b.t("EMP_ID|LAST_NM|FIRST_NM|SSN|DL_NUM|ACCT_NO|ROUTING_NO|HIRE_DT|TERM_DT|GROSS_YTD\n")
    n = r.randint(3, 6)
    for _ in range(n):
        f, la = name(r)
        term = (fdate(edate(r, 2024, 2025), "iso"), DTM) if r.random() < .25 else ""
        row = [f"{r.randint(10000, 99999)}", (la.upper(), PER), (f.upper(), PER),
               (ssn(r, r.choice(["dash", "plain"])), SSN) if r.random() < .85 else bad_ssn(r),
               (dl_num(r), DL) if r.random() < .7 else "", (acct_no(r), ACCT), aba_routing(r),
               (fdate(edate(r, 2000, 2024), "iso"), DTM), term, amount(r, 1000, 180000, "plain")]
        csv_out(b, [row], delim="|")
    b.t(f"TRL|{n}|{amount(r, 10000, 900000, 'plain')}\n")
    return b


def k_sepa_xml(r):
    b = Builder("en")
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">\n <CstmrCdtTrfInitn>\n')
    b.t(f"  <GrpHdr><MsgId>MSG-{digits(r, 10)}</MsgId><CreDtTm>{ts_rec(r, 'isoz')[:-1]}</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>\n")
    lang = r.choice(["de", "fr", "nl", "it", "es"])
    cc = LANG_CC[lang]
    f, la = name(r, lang)
    f2, l2 = name(r, r.choice(["de", "fr", "nl", "it", "es"]))
    da = addr(r, cc)
    b.t(f"  <PmtInf>\n   <PmtInfId>PMT-{digits(r, 8)}</PmtInfId><PmtMtd>TRF</PmtMtd>\n   <ReqdExctnDt>")
    b.e(fdate(edate(r, 2024, 2025), "iso"), DTM).t("</ReqdExctnDt>\n   <Dbtr><Nm>").e(xesc(f"{f} {la}"), PER)
    b.t("</Nm><PstlAdr><TwnNm>").e(da["city"], LOC).t(f"</TwnNm><Ctry>{cc}</Ctry></PstlAdr></Dbtr>\n")
    b.t("   <DbtrAcct><Id><IBAN>").e(iban(r, cc, False), IBAN).t(f"</IBAN></Id></DbtrAcct>\n")
    b.t(f"   <DbtrAgt><FinInstnId><BIC>{r.choice(BICS)}</BIC></FinInstnId></DbtrAgt>\n")
    b.t(f"   <CdtTrfTxInf>\n    <PmtId><EndToEndId>E2E-{upper_alnum(r, 12)}</EndToEndId></PmtId>\n")
    b.t(f"    <Amt><InstdAmt Ccy=\"EUR\">{amount(r, 10, 9000, 'plain')}</InstdAmt></Amt>\n")
    b.t("    <Cdtr><Nm>").e(xesc(f"{f2} {l2}"), PER).t("</Nm></Cdtr>\n    <CdtrAcct><Id><IBAN>")
    b.e(iban(r, r.choice(["DE", "FR", "NL", "IT", "ES", "BE", "AT"]), False), IBAN)
    b.t(f"</IBAN></Id></CdtrAcct>\n    <RmtInf><Ustrd>Rechnung {r.randint(2024, 2025)}-{digits(r, 5)} / Auftrag {digits(r, 6)}</Ustrd></RmtInf>\n")
    b.t("   </CdtTrfTxInf>\n  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n")
    return b


def k_ini_config(r):
    b = Builder("en")
    b.t(f"; settings.ini -- dumped by config-audit {version(r)} on host {r.choice(['app01', 'batch-02', 'etl-07'])}\n")
    b.t(f"[general]\nenvironment = production\nbuild = {version(r)}\ncommit = {hexs(r, 40)}\n\n")
    b.t("[database]\nhost = ").e(ipv4(r, True), IP).t(f"\nport = 1433\nname = crm_{r.choice(['prod', 'live'])}\n")
    b.t(f"user = svc_crm\npassword = ").e(password(r, "!#%_-.+"), PWD)
    b.t(f"\nconnection_string = Server=tcp:sql{r.randint(1, 9)}.corp.internal,1433;Database=crm;User ID=svc_crm;Password=")
    b.e(password(r, "!#%_-.+"), PWD).t(";Encrypt=True;Connection Timeout=30\n\n")
    b.t(f"[smtp]\nserver = smtp.office365.com\nport = 587\nusername = ")
    f, la = name(r)
    b.e(email(r, f, la, domain="acme-corp.com"), EML).t("\npassword = ").e(password(r), PWD).t("\n\n")
    b.t("[integrations]\nsalesforce_client_id = 3MVG9").t(alnum(r, 40)).t("\nsalesforce_client_secret = ")
    b.e(hexs(r, 64).upper(), SEC).t("\nwebhook_url = ")
    b.e(f"https://hooks.{r.choice(['zapier', 'make', 'n8n'])}.example.com/hooks/catch/{digits(r, 7)}/{alnum(r, 6).lower()}", URL)
    b.t(f"\nmax_retries = {r.randint(2, 9)}\ntimeout_s = {r.randint(10, 120)}\n")
    if r.random() < .5:
        b.t("\n[ssh]\nbastion = ").e(ipv4(r, False), IP).t(f"\nuser = deploy\nkey = ")
        b.e(pem(r, r.randint(3, 5), indent="  "), PEM).t("\n")
    return b


def k_docker_compose(r):
    b = Builder("en")
    b.t(f"# docker-compose.prod.yml (rendered {ts_rec(r, 'isoz')})\nversion: \"3.9\"\nservices:\n")
    b.t(f"  db:\n    image: postgres:{r.choice(['15.6', '16.2', '14.11'])}\n    environment:\n")
    b.t(f"      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ").e(password(r, "!_-."), PWD).t("\n      POSTGRES_DB: app\n")
    b.t(f"    ports:\n      - \"5432:5432\"\n  api:\n    image: registry.acme-corp.com/api@sha256:{hexs(r, 64)}\n")
    b.t(f"    environment:\n      NODE_ENV: production\n      DB_HOST: db\n      DB_PASSWORD: ${{POSTGRES_PASSWORD}}\n")
    k = r.sample(range(5), 3)
    for i in k:
        if i == 0:
            b.t("      AWS_ACCESS_KEY_ID: ").e(aws_akid(r), AKID).t("\n      AWS_SECRET_ACCESS_KEY: ").e(aws_secret(r), ASK).t("\n")
        elif i == 1:
            b.t("      STRIPE_KEY: ").e(stripe_key(r), STK).t("\n")
        elif i == 2:
            b.t("      MAPS_API_KEY: ").e("AIza" + alnum(r, 35, string.ascii_letters + string.digits + "_-"), SEC).t("\n")
        elif i == 3:
            b.t("      GH_PAT: ").e(gh_token(r), GHT).t("\n")
        else:
            b.t("      ADMIN_JWT: ").e(jwt(r), JWT).t("\n")
    b.t(f"    ports:\n      - \"{r.choice([8080, 3000])}:8080\"\n    extra_hosts:\n      - \"ldap.corp:").e(ipv4(r, True), IP).t("\"\n")
    b.t(f"    deploy:\n      replicas: {r.randint(1, 6)}\n")
    return b


def k_gha_workflow(r):
    b = Builder("en")
    b.t(f"name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    env:\n")
    b.t("      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b.t(f"      IMAGE_TAG: ${{{{ github.sha }}}}\n    steps:\n      - uses: actions/checkout@v4\n")
    b.t(f"      - uses: actions/setup-node@{hexs(r, 40)} # v4.0.2\n      - name: debug (TODO remove)\n        run: |\n")
    k = r.sample(range(4), 2)
    for i in k:
        if i == 0:
            b.t("          export GH_TOKEN=").e(gh_token(r), GHT).t("\n")
        elif i == 1:
            b.t("          curl -s -H \"Authorization: Bearer ").e(generic_secret(r), SEC).t("\" ")
            b.e(f"https://api.{r.choice(['vendor', 'partner', 'ops'])}-tools.com/v1/deploys?env=prod", URL).t("\n")
        elif i == 2:
            b.t("          aws configure set aws_access_key_id ").e(aws_akid(r), AKID)
            b.t("\n          aws configure set aws_secret_access_key ").e(aws_secret(r), ASK).t("\n")
        else:
            b.t("          curl -X POST -H 'Content-type: application/json' -d '{\"text\":\"deployed\"}' ")
            b.t("--header \"Authorization: Bearer ").e(slack_token(r), SLK).t("\" https://slack.com/api/chat.postMessage\n")
    b.t("      - name: notify\n        env:\n          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}\n")
    f, la = name(r)
    b.t(f"        run: ./notify.sh \"deployed by ${{{{ github.actor }}}}, owner ").e(f"{f} {la}", PER)
    b.t("\"\n")
    return b


def k_jira_csv(r):
    b = Builder("en")
    rows = [["Issue key", "Issue id", "Summary", "Reporter", "Assignee", "Status", "Created",
             "Due date", "Description"]]
    proj = r.choice(["SUP", "HELP", "OPS", "CS"])
    for _ in range(r.randint(2, 4)):
        f, la = name(r)
        f2, l2 = name(r)
        cf, cl = name(r)
        k = r.randint(0, 3)
        if k == 0:
            desc = ["Customer ", (f"{cf} {cl}", PER), " called from ", (phone(r, "US"), TEL),
                    ", cannot log in; account ", (acct_no(r), ACCT), " shows locked. Order ",
                    order_id(r), " unaffected."]
        elif k == 1:
            desc = ["Refund for ", (email(r, cf, cl), EML), ", card ending ", digits(r, 4),
                    ", amount $", amount(r, 5, 400), ". Case ", f"CS-{digits(r, 6)}"]
            if r.random() < .4:
                desc += [". Agent pasted full PAN ", (card(r), CC), " into notes - please redact"]
        elif k == 2:
            desc = ["Update mailing address to ", (addr(r, "US")["full"], ADR), " per caller, DOB verified ",
                    (fdate(bdate(r), "us"), DOB)]
        else:
            desc = ["Vendor shared creds in ticket: user svc_import / pass ", (password(r), PWD),
                    " -- rotate and link ", (f"https://vault.acme-corp.com/ui/vault/secrets/kv/{proj.lower()}", URL)]
        rows.append([f"{proj}-{r.randint(100, 9999)}", digits(r, 5),
                     r.choice(["Login issue", "Refund request", "Address change", "Credential leak"]),
                     (f"{f} {la}", PER), (f"{f2} {l2}", PER) if r.random() < .8 else "Unassigned",
                     r.choice(["Open", "In Progress", "Done"]),
                     f"{r.randint(1, 28):02d}/{MON_EN[r.randint(0, 11)]}/{r.randint(23, 25)} {r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}",
                     (fdate(edate(r, 2024, 2025), "iso"), DTM) if r.random() < .5 else "", desc])
    csv_out(b, rows)
    return b


def k_member_roster(r):
    b = Builder("en")
    plan = r.choice(["Aetna Choice POS II", "BlueCard PPO", "Kaiser HMO 20", "Cigna OAP"])
    b.t(f"Eligibility roster -- {plan} -- group {digits(r, 6)} -- run id {uid4(r)}\n")
    rows = []
    for _ in range(r.randint(3, 6)):
        f, la = name(r)
        rows.append([(hpn(r), HPN), f"{digits(r, 6)}", (f"{la}, {f}", PER),
                     (fdate(bdate(r), "us"), DOB), r.choice(["SUB", "SPS", "DEP"]),
                     (fdate(edate(r, 2024, 2025), "us"), DTM), r.choice(["E", "T", "C"]),
                     f"${amount(r, 0, 700)}"])
    table(b, ["MEMBER_ID", "GROUP_NO", "NAME", "DOB", "REL", "EFF_DATE", "STATUS", "PREMIUM"],
          rows, "plain", right=(7,))
    b.t(f"\nTotal records: {len(rows)}   Premium file hash: {hexs(r, 32)}\n")
    return b


def k_telecom_cdr(r):
    b = Builder("en")
    cc = r.choice(["US", "GB"])
    rows = [["record_id", "start_time", "msisdn", "called_number", "duration_s", "cell_id",
             "acct_no", "rate_plan", "charge"]]
    for _ in range(r.randint(4, 7)):
        rows.append([f"CDR{digits(r, 12)}", ts_rec(r, "sql"), (re.sub(r"\D", "", phone(r, cc, True)), TEL),
                     (phone(r, cc), TEL), str(r.randint(3, 3600)), f"{r.randint(310, 310)}-{r.randint(10, 999)}-{digits(r, 5)}",
                     (acct_no(r), ACCT), r.choice(["UNL-5G", "PAYG", "FAM4"]), amount(r, 0, 5, "plain")])
    csv_out(b, rows, delim=r.choice([",", ";", "\t"]))
    return b


def k_utility_billing(r):
    b = Builder("en")
    b.t(f"UTILITY BILLING EXTRACT  CYCLE {r.randint(1, 20):02d}  PRINTED {ts_rec(r, 'sql')}\n")
    rows = []
    for _ in range(r.randint(3, 5)):
        f, la = name(r)
        a = addr(r, "US")
        rows.append([(acct_no(r), ACCT), (full(r, f, la, "LF"), PER), (a["street"].upper(), ADR),
                     (a["city"].upper(), LOC), f"M{digits(r, 8)}", str(r.randint(200, 2400)),
                     (fdate(edate(r, 2024, 2025), "us"), DTM), amount(r, 20, 480, "plain")])
    table(b, ["ACCOUNT", "CUSTOMER", "SERVICE ADDRESS", "CITY", "METER", "KWH", "DUE", "AMT DUE"],
          rows, r.choice(["plain", "grid"]), right=(5, 7))
    return b


def k_pharmacy(r):
    b = Builder("en")
    rows = [["rx_no", "fill_date", "patient", "dob", "mrn", "drug", "ndc", "qty", "prescriber",
             "npi", "copay"]]
    for _ in range(r.randint(3, 5)):
        f, la = name(r)
        df, dl_ = name(r)
        rows.append([f"RX{digits(r, 7)}", (fdate(edate(r, 2024, 2025), "iso"), DTM),
                     (full(r, f, la, r.choice(["fl", "lf", "FL"])), PER), (fdate(bdate(r), "us"), DOB),
                     (mrn(r), MRN), r.choice(DRUGS), f"{digits(r, 5)}-{digits(r, 4)}-{digits(r, 2)}",
                     str(r.choice([30, 60, 90])), ["Dr. ", (f"{df[0]}. {dl_}", PER)], npi(r),
                     amount(r, 0, 60, "plain")])
    csv_out(b, rows)
    return b


def k_access_jsonl(r):
    b = Builder("en")
    for _ in range(r.randint(4, 7)):
        f, la = name(r)
        rec = {"ts": ts_rec(r, "iso"), "client_ip": (r.choice([ipv4(r), ipv4(r), ipv6(r)]), IP),
               "method": r.choice(["GET", "POST", "PUT"]),
               "path": r.choice(["/api/v1/orders", "/api/v1/profile", "/login", "/api/v1/invoices/" + digits(r, 6)]),
               "status": r.choice([200, 200, 201, 401, 404, 500]), "bytes": r.randint(120, 90000),
               "latency_ms": r.randint(2, 900), "trace_id": hexs(r, 32)}
        k = r.randint(0, 4)
        if k == 0:
            rec["user"] = (email(r, f, la), EML)
        elif k == 1:
            rec["referer"] = (f"https://{host(r)}/checkout?step=2&cart={digits(r, 8)}", URL)
        elif k == 2:
            rec["headers"] = {"authorization": JStr(["Bearer ", (jwt(r), JWT)]),
                              "user-agent": r.choice(["okhttp/4.12.0", "python-requests/2.31.0"])}
        elif k == 3:
            rec["x_api_key"] = (generic_secret(r), SEC)
        else:
            rec["upstream"] = f"{r.choice(['orders', 'billing'])}-svc:8080"
        jdump(b, rec, indent=None)
        b.t("\n")
    return b


def k_sqlite_line(r):
    b = Builder("en")
    b.t(f"sqlite> .mode line\nsqlite> SELECT * FROM contacts WHERE updated_at > '{ts_rec(r, 'sql')[:10]}' LIMIT {r.randint(2, 3)};\n")
    for _ in range(r.randint(2, 3)):
        f, la = name(r, sql=True)
        a = addr(r, r.choice(["US", "GB"]))
        kv = [("id", str(r.randint(1, 9999))), ("full_name", (full(r, f, la, r.choice(["fl", "fml", "low"])), PER)),
              ("email", (email(r, f, la), EML)), ("mobile", (phone(r, a["country"], True), TEL)),
              ("street", (a["street"], ADR)), ("city", (a["city"], LOC)), ("postcode", a["pc"]),
              ("tag", r.choice(["vip", "newsletter", "lead", "churned"])), ("updated_at", ts_rec(r, "sql"))]
        w = max(len(k) for k, _ in kv)
        for k, v in kv:
            b.t(f"{k:>{w}} = ")
            put(b, v)
            b.t("\n")
        b.t("\n")
    return b


def k_mongoexport(r):
    b = Builder("en")
    for _ in range(r.randint(2, 3)):
        f, la = name(r)
        a = addr(r, r.choice(["US", "GB"]))
        doc = {"_id": {"$oid": hexs(r, 24)}, "name": {"first": (f, PER), "last": (la, PER)},
               "dob": {"$date": (fdate(bdate(r), "iso") + "T00:00:00Z", DOB)},
               "contact": {"email": (email(r, f, la), EML), "phone": (phone(r, a["country"]), TEL)},
               "shipping": (a["full"], ADR), "loyaltyTier": r.choice(["gold", "silver", "none"]),
               "orders": [{"orderId": order_id(r), "total": {"$numberDecimal": amount(r, 5, 800, "plain")}}
                          for _ in range(r.randint(1, 2))],
               "createdAt": {"$date": ts_rec(r, "iso")}, "__v": r.randint(0, 9)}
        jdump(b, doc, indent=None, sep=(",", ":"))
        b.t("\n")
    return b


def k_md_creds(r):
    b = Builder("en")
    b.t(f"### Credential rotation tracker (INC{digits(r, 7)})\n\n")
    rows = []
    for _ in range(r.randint(2, 4)):
        f, la = name(r)
        k = r.randint(0, 4)
        if k == 0:
            svc, kid, sec = "AWS IAM (ci-deployer)", (aws_akid(r), AKID), (aws_secret(r), ASK)
        elif k == 1:
            svc, kid, sec = "Stripe", f"key_{alnum(r, 14)}", (stripe_key(r), STK)
        elif k == 2:
            svc, kid, sec = "Slack bot", f"A0{upper_alnum(r, 9)}", (slack_token(r), SLK)
        elif k == 3:
            svc, kid, sec = "GitHub Actions", f"PAT-{digits(r, 6)}", (gh_token(r), GHT)
        else:
            svc, kid, sec = "Datadog", f"key-{digits(r, 4)}", (generic_secret(r), SEC)
        rows.append([svc, kid, ["`", sec, "`"], (f"{f} {la}", PER),
                     (fdate(edate(r, 2024, 2025), "iso"), DTM), r.choice(["rotated", "pending", "revoked"])])
    table(b, ["Service", "Key ID", "Leaked value", "Owner", "Rotate by", "Status"], rows, "md_tight")
    b.t(f"\nDetected by secret scanner at commit {hexs(r, 12)} (repo payments-api, {version(r)}).\n")
    return b


def k_aws_table(r):
    b = Builder("en")
    user = r.choice(["ci-deployer", "backup-svc", "terraform", "etl-runner"])
    b.t(f"$ aws iam list-access-keys --user-name {user} --output table\n")
    rows = [[(aws_akid(r), AKID), ts_rec(r, "isoz").replace("Z", "+00:00"), r.choice(["Active", "Inactive"]), user]
            for _ in range(r.randint(1, 2))]
    table(b, ["AccessKeyId", "CreateDate", "Status", "UserName"], rows, "grid", title="ListAccessKeys")
    b.t(f"$ cat ~/.aws/credentials\n[{user}]\naws_access_key_id = ")
    b.e(ctext(rows[0][0]), AKID).t("\naws_secret_access_key = ").e(aws_secret(r), ASK)
    b.t(f"\nregion = {r.choice(['us-east-1', 'us-west-2', 'eu-west-1'])}\n")
    return b


def k_vet_clinic(r):
    b = Builder("en")
    rows = [["patient_id", "pet_name", "species", "breed", "owner_first", "owner_last", r.choice(["owner_phone", "owner_phne", "tel"]),
             "owner_email", "next_vaccine_due", "balance"]]
    for _ in range(r.randint(3, 6)):
        f, la = name(r)
        rows.append([f"P{digits(r, 5)}", r.choice(PETS), r.choice(["canine", "feline", "rabbit"]),
                     r.choice(["Labrador", "DSH", "Beagle", "Maine Coon", "Mixed"]), (f, PER), (la, PER),
                     (phone(r, "US"), TEL), (email(r, f, la), EML) if r.random() < .7 else "",
                     (fdate(edate(r, 2024, 2026), "us"), DTM), amount(r, 0, 600, "plain")])
    csv_out(b, rows)
    return b


def k_properties(r):
    b = Builder("en")
    b.t(f"#Spring Boot application-prod.properties\n#{r.choice(WD_EN)} {MON_EN[r.randint(0, 11)]} {r.randint(1, 28)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} UTC {r.randint(2023, 2025)}\n")
    b.t(f"spring.application.name=claims-service\ninfo.app.version={version(r)}\n")
    b.t(f"spring.datasource.url=jdbc:postgresql://").e(ipv4(r, True), IP).t(f":5432/claims\n")
    b.t("spring.datasource.username=claims_rw\nspring.datasource.password=").e(password(r, "!#%_-."), PWD)
    b.t(f"\nspring.mail.host=smtp.sendgrid.net\nspring.mail.password=").e(f"SG.{alnum(r, 22)}.{alnum(r, 43)}", SEC)
    b.t("\nsecurity.oauth2.client.client-id=claims-portal\nsecurity.oauth2.client.client-secret=").e(alnum(r, 32), SEC)
    b.t("\napp.audit.notify=").e(email(r, *name(r), domain="acme-corp.com"), EML)
    b.t(f"\napp.feature.batch-size={r.randint(50, 500)}\napp.tls.keystore-password=${{KEYSTORE_PASS}}\n")
    if r.random() < .5:
        b.t("app.jwt.signing-key=").e(pem(r, 3, nl="\\n"), PEM).t("\n")
    return b


def k_appsettings(r):
    b = Builder("en")
    srv = f"sql{r.randint(1, 9)}.{r.choice(['corp.local', 'prod.internal'])}"
    cfg = {"Logging": {"LogLevel": {"Default": "Information"}},
           "ConnectionStrings": {"Default": JStr([f"Server={srv};Database=Hr;User Id=hr_app;Password=",
                                                  (password(r, "!#%_-."), PWD), ";TrustServerCertificate=True"])},
           "Jwt": {"Issuer": (f"https://{host(r)}", URL), "Key": (alnum(r, 44), SEC)},
           "Smtp": {"Host": "smtp.office365.com", "User": (email(r, *name(r), domain="acme-corp.com"), EML),
                    "Password": (password(r), PWD)},
           "Support": {"Name": (" ".join(name(r)), PER), "Phone": (phone(r, "US"), TEL)},
           "AllowedHosts": "*", "BuildId": uid4(r), "Version": version(r)}
    if r.random() < .5:
        cfg["Stripe"] = {"SecretKey": (stripe_key(r), STK), "WebhookSecret": ("whsec_" + alnum(r, 32), SEC)}
    jdump(b, cfg, indent=2)
    b.t("\n")
    return b


def k_tfvars(r):
    b = Builder("en")
    b.t(f"# terraform.tfvars (workspace prod, state serial {r.randint(10, 900)})\n")
    b.t(f"region          = \"{r.choice(['us-east-1', 'eu-central-1'])}\"\ninstance_type   = \"m6i.large\"\n")
    b.t("allowed_cidrs   = [\"").e(ipv4(r, False), IP).t("/32\", \"").e(ipv4(r, True), IP).t("/16\"]\n")
    b.t("db_password     = \"").e(password(r, "!#%_-."), PWD).t("\"\n")
    b.t("datadog_api_key = \"").e(hexs(r, 32), SEC).t("\"\n")
    b.t("github_token    = \"").e(gh_token(r), GHT).t("\"\n")
    b.t(f"ami_id          = \"ami-{hexs(r, 17)}\"\ntags = {{\n  owner       = \"")
    f, la = name(r)
    b.e(email(r, f, la, domain="acme-corp.com"), EML).t(f"\"\n  cost_center = \"CC-{digits(r, 4)}\"\n  version     = \"{version(r)}\"\n}}\n")
    if r.random() < .5:
        b.t("tls_private_key = <<EOT\n").e(pem(r, r.randint(3, 6)), PEM).t("\nEOT\n")
    return b


def k_student_roster(r):
    b = Builder("en")
    b.t(f"Section {r.choice(['3A', '4B', '5C'])} roster export  term={r.randint(2024, 2025)}S  export_id={uid4(r)}\n")
    rows = [["student_id", "last", "first", "birthdate", "guardian", "guardian_cell", "home_address",
             "bus_route", "allergy_plan_review"]]
    for _ in range(r.randint(3, 5)):
        f, la = name(r)
        gf, _ = name(r)
        a = addr(r, "US")
        rows.append([digits(r, 7), (la, PER), (f, PER), (fdate(bdate(r, 2010, 2018), "us"), DOB),
                     (f"{gf} {la}", PER), (phone(r, "US", True), TEL), (a["full"], ADR),
                     f"R-{r.randint(1, 40)}", (fdate(edate(r, 2024, 2025), "us_short"), DTM) if r.random() < .4 else ""])
    csv_out(b, rows, delim=r.choice([",", "\t"]))
    return b


# ============================================================================
# kinds -- English, empty (hard negatives only)
# ============================================================================
def k_e_inventory(r):
    b = Builder("en")
    rows = [["sku", "description", "warehouse", "bin", "qty_on_hand", "unit_cost", "reorder_pt",
             "upc", "last_updated"]]
    for _ in range(r.randint(5, 9)):
        rows.append([sku(r), r.choice(PRODUCTS), r.choice(["DAL1", "RNO2", "ATL3", "NJ-EWR"]),
                     f"{r.choice('ABCDEF')}-{r.randint(1, 40):02d}-{r.randint(1, 9)}", str(r.randint(0, 900)),
                     amount(r, 1, 300, "plain"), str(r.randint(5, 50)), digits(r, 12), ts_rec(r, "sql")])
    csv_out(b, rows)
    return b


def k_e_orders_json(r):
    b = Builder("en")
    orders = []
    for _ in range(r.randint(2, 3)):
        orders.append({"order_id": order_id(r), "uuid": uid4(r),
                       "status": r.choice(["PAID", "FULFILLED", "REFUNDED", "ON_HOLD"]),
                       "currency": r.choice(["USD", "EUR"]), "total": float(amount(r, 10, 900, "plain")),
                       "items": [{"sku": sku(r), "name": r.choice(PRODUCTS), "qty": r.randint(1, 3)}
                                 for _ in range(r.randint(1, 2))],
                       "tracking_number": tracking(r), "carrier": r.choice(["UPS", "FedEx", "DHL"]),
                       "created_at": ts_rec(r, "isoz"), "updated_at": ts_rec(r, "isoz"),
                       "store": r.choice(COMPANIES)})
    jdump(b, {"orders": orders, "next_cursor": b64(uid4(r))}, indent=2)
    b.t("\n")
    return b


def k_e_psql_metrics(r):
    b = Builder("en")
    b.t("analytics=# SELECT date_trunc('hour', created_at) AS bucket, status, count(*), sum(amount_cents) "
        "FROM payments GROUP BY 1, 2 ORDER BY 1 DESC LIMIT 6;\n")
    rows = []
    base = ts_rec(r, "sql")[:13]
    for i in range(r.randint(4, 6)):
        rows.append([f"{base}:00:00+00", r.choice(["succeeded", "failed", "refunded"]),
                     str(r.randint(1, 9000)), str(r.randint(1000, 99999999))])
    table(b, ["bucket", "status", "count", "sum"], rows, "psql", right=(2, 3))
    b.t(f"\nTime: {r.uniform(1, 900):.3f} ms\n")
    return b


def k_e_ci_builds(r):
    b = Builder("en")
    rows = []
    for _ in range(r.randint(4, 7)):
        rows.append([f"#{r.randint(1000, 9999)}", hexs(r, 7), version(r),
                     r.choice(["passed", "failed", "canceled"]), f"{r.randint(1, 59)}m {r.randint(0, 59)}s",
                     r.choice(["main", "release/2.x", "dependabot/npm/lodash-4.17.21"])])
    table(b, ["Build", "Commit", "Version", "Result", "Duration", "Branch"], rows, "md")
    b.t(f"\nArtifacts: sha256:{hexs(r, 64)}\nNext scheduled build in 6 hours.\n")
    return b


def k_e_fx_rates(r):
    b = Builder("en")
    rows = [["pair", "bid", "ask", "mid", "source", "fetched_at"]]
    for p in r.sample(["EUR/USD", "GBP/USD", "USD/JPY", "EUR/CHF", "USD/TRY", "EUR/PLN", "USD/BRL", "EUR/SEK"], 5):
        v = r.uniform(0.5, 40)
        rows.append([p, f"{v:.5f}", f"{v * 1.0004:.5f}", f"{v * 1.0002:.5f}", r.choice(["ECB", "Refinitiv", "OANDA"]),
                     ts_rec(r, "isoz")])
    csv_out(b, rows, delim="\t")
    return b


def k_e_configmap(r):
    b = Builder("en")
    b.t(f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\n  uid: {uid4(r)}\n"
        f"  creationTimestamp: \"{ts_rec(r, 'isoz')}\"\ndata:\n")
    b.t(f"  APP_VERSION: \"{version(r)}\"\n  DB_PASSWORD: ${{DB_PASSWORD}}\n  API_TOKEN: ${{{{ secrets.API_TOKEN }}}}\n")
    b.t(f"  CACHE_TTL: \"{r.randint(60, 3600)}\"\n  IMAGE: ghcr.io/acme/web@sha256:{hexs(r, 64)}\n  LOG_FORMAT: json\n")
    b.t(f"  STRIPE_KEY: \"sk_live_****************{alnum(r, 4)}\"\n  BUILD_SHA: {hexs(r, 40)}\n")
    return b


def k_e_logfmt_metrics(r):
    b = Builder("en")
    for _ in range(r.randint(6, 10)):
        b.t(f"ts={ts_rec(r, 'iso')} level=info svc={r.choice(['cart', 'search', 'billing'])} "
            f"msg=\"request served\" route=/api/v2/{r.choice(['cart', 'items', 'invoices'])}/{{id}} "
            f"status={r.choice([200, 200, 304, 429])} dur={r.randint(1, 900)}ms order={order_id(r)} "
            f"trace={hexs(r, 16)} ver={version(r)}\n")
    return b


def k_e_edi_850(r):
    b = Builder("en")
    d = ts_rec(r, "hl7")
    b.t(f"ISA*00*          *00*          *ZZ*{upper_alnum(r, 9):<15}*ZZ*{upper_alnum(r, 9):<15}*{d[2:8]}*{d[8:12]}*U*00401*{digits(r, 9)}*0*P*>~\n")
    b.t(f"GS*PO*{upper_alnum(r, 6)}*{upper_alnum(r, 6)}*{d[:8]}*{d[8:12]}*{r.randint(1, 999)}*X*004010~\nST*850*0001~\n")
    b.t(f"BEG*00*SA*PO{digits(r, 8)}~\nREF*DP*{r.randint(100, 999)}~\nREF*IA*{digits(r, 6)}~\n")
    for i in range(r.randint(2, 4)):
        b.t(f"PO1*{i + 1}*{r.randint(1, 90)}*EA*{amount(r, 2, 90, 'plain')}**UP*{digits(r, 12)}*VN*{sku(r)}~\n")
        b.t(f"PID*F****{r.choice(PRODUCTS).upper()}~\n")
    b.t(f"CTT*{i + 1}~\nSE*{r.randint(10, 20)}*0001~\nGE*1*{r.randint(1, 999)}~\nIEA*1*{digits(r, 9)}~\n")
    return b


# ============================================================================
# kinds -- non-English
# ============================================================================
def k_de_csv_kunden(r):
    b = Builder("de")
    rows = [["Kundenkonto", "Anrede", "Vorname", "Nachname", "Geburtsdatum", "Straße", "PLZ", "Ort",
             "Telefon", "E-Mail", "IBAN", "Umsatz 2024", "Letzte Änderung"]]
    for _ in range(r.randint(3, 5)):
        f, la = name(r, "de")
        a = addr(r, "DE")
        rows.append([(digits(r, 8), ACCT), r.choice(["Herr", "Frau", "Divers", ""]), (f, PER), (la, PER),
                     (fdate(bdate(r), "dot"), DOB), (a["street"], ADR), a["pc"], (a["city"], LOC),
                     (phone(r, "DE"), TEL), (email(r, f, la, "de"), EML) if r.random() < .8 else "",
                     (iban(r, "DE"), IBAN), f"{amount(r, 0, 20000, 'eu')} €", ts_rec(r, "sql")])
    csv_out(b, rows, delim=";", eol="\r\n")
    return b


def k_de_hl7(r):
    return k_hl7_adt(r, "de")


def k_de_sap_liste(r):
    b = Builder("de")
    b.t(f"Personalstammdaten    Mandant {r.choice([100, 200, 800])}    Erstellt {ts_rec(r, 'sql')}    Seite 1\n")
    rows = []
    for _ in range(r.randint(3, 5)):
        f, la = name(r, "de")
        rows.append([f"{r.randint(1, 99999):08d}", (f"{la}, {f}", PER), (fdate(bdate(r), "dot"), DOB),
                     (fdate(edate(r, 1998, 2024), "dot"), DTM), str(r.choice([4711, 1000, 2300, 9100])),
                     (iban(r, "DE", True), IBAN), r.choice(["Aktiv", "Ruhend", "Ausgetreten"])])
    table(b, ["PersNr", "Name", "Geb.datum", "Eintritt", "Kostenst.", "Bankverbindung", "Status"], rows, "mysql")
    b.t(f"{len(rows)} Sätze gelesen, Laufzeit {r.uniform(0.1, 4):.2f} s".replace(".", ",") + "\n")
    return b


def k_fr_csv_mutuelle(r):
    b = Builder("fr")
    rows = [["N° adhérent", "NOM", "PRENOM", "DATE_NAISSANCE", "ADRESSE", "CP", "VILLE", "TEL",
             "COURRIEL", "Date d'effet", "Cotisation", "Réf. dossier"]]
    for _ in range(r.randint(3, 5)):
        f, la = name(r, "fr")
        a = addr(r, "FR")
        rows.append([(f"{digits(r, 2)}{alnum(r, 2, string.ascii_uppercase)}{digits(r, 7)}", HPN), (la.upper(), PER),
                     (f, PER), (fdate(bdate(r), "slash"), DOB), (a["street"], ADR), a["pc"],
                     (a["city"].upper(), LOC), (phone(r, "FR"), TEL),
                     (email(r, f, la, "fr"), EML) if r.random() < .8 else "",
                     (fdate(edate(r, 2024, 2025), "slash"), DTM), f"{amount(r, 20, 180, 'eu')} €",
                     f"DOS-{digits(r, 8)}"])
    csv_out(b, rows, delim=";")
    return b


def k_fr_ldif(r):
    b = Builder("fr")
    b.t("# annuaire.ldif -- export OpenLDAP, branche ou=Personnel,dc=mairie,dc=fr\nversion: 1\n\n")
    for _ in range(r.randint(2, 3)):
        f, la = name(r, "fr")
        a = addr(r, "FR")
        b.t(f"dn: uid={slug(f)[:1]}{slug(la)},ou=Personnel,dc=mairie,dc=fr\nobjectClass: inetOrgPerson\ncn: ")
        b.e(f"{f} {la}", PER).t("\nsn: ").e(la, PER).t("\ngivenName: ").e(f, PER)
        b.t(f"\ndisplayName: ").e(f"{la.upper()} {f}", PER).t(f"\nuid: {slug(f)[:1]}{slug(la)}\nmail: ")
        b.e(email(r, f, la, domain="mairie-exemple.fr"), EML).t("\ntelephoneNumber: ").e(phone(r, "FR", False), TEL)
        b.t("\npostalAddress: ").e(f"{a['street']}${a['pc']} {a['city']}", ADR).t("\nl: ").e(a["city"], LOC)
        b.t(f"\nou: {r.choice(['État civil', 'Urbanisme', 'Services techniques'])}\n")
        b.t(f"modifyTimestamp: {ts_rec(r, 'hl7')}Z\n\n")
    return b


def k_es_json_clientes(r):
    b = Builder("es")
    cl = []
    for _ in range(r.randint(2, 3)):
        f, la = name(r, "es")
        a = addr(r, "ES")
        cl.append({"id_cliente": r.randint(1000, 99999), "nombre": (f, PER), "apellidos": (la, PER),
                   "fecha_nac": (fdate(bdate(r), "slash"), DOB), "movil": (phone(r, "ES", True), TEL),
                   "email": (email(r, f, la, "es"), EML), "direccion": (a["street"], ADR),
                   "cp": a["pc"], "ciudad": (a["city"], LOC), "iban": (iban(r, "ES"), IBAN),
                   "ultimo_pedido": order_id(r), "importe": amount(r, 5, 900, "eu"),
                   "alta": ts_rec(r, "isoz")})
    jdump(b, {"clientes": cl, "total": len(cl), "exportado_por": "erp-sync"}, indent=2)
    b.t("\n")
    return b


def k_es_mysql_pacientes(r):
    b = Builder("es")
    b.t("mysql> SELECT nhc, nombre, apellidos, fecha_nacimiento, aseguradora, num_poliza, proxima_cita FROM pacientes LIMIT 5;\n")
    rows = []
    for _ in range(r.randint(3, 5)):
        f, la = name(r, "es")
        rows.append([(digits(r, 7), MRN), (f, PER), (la, PER), (fdate(bdate(r), "slash"), DOB),
                     r.choice(["Sanitas", "Adeslas", "DKV", "Mapfre Salud", "Asisa"]),
                     (f"{alnum(r, 3, string.ascii_uppercase)}{digits(r, 8)}", HPN),
                     (fdt(edate(r, 2024, 2025), etime(r), "slash"), DTM) if r.random() < .7 else "NULL"])
    table(b, ["nhc", "nombre", "apellidos", "fecha_nacimiento", "aseguradora", "num_poliza", "proxima_cita"],
          rows, "mysql")
    b.t(f"{len(rows)} rows in set ({r.uniform(0, 0.1):.2f} sec)\n")
    return b


def k_it_sql_insert(r):
    b = Builder("it")
    b.t(f"-- esportazione anagrafica_clienti ({ts_rec(r, 'sql')})\n")
    n = r.randint(2, 4)
    for _ in range(n):
        f, la = name(r, "it", sql=True)
        a = addr(r, "IT")
        nasc = r.choice(IT_PLACES)[0]
        b.t("INSERT INTO anagrafica_clienti (nome, cognome, data_nascita, luogo_nascita, indirizzo, cap, citta, provincia, telefono, email, iban, codice_ordine) VALUES ('")
        b.e(f, PER).t("', '").e(la, PER).t("', '").e(fdate(bdate(r), "iso"), DOB).t("', '").e(nasc, LOC)
        b.t("', '").e(a["street"], ADR).t(f"', '{a['pc']}', '").e(a["city"], LOC).t("', '").e(a["region"], LOC)
        b.t("', '").e(phone(r, "IT"), TEL).t("', '").e(email(r, f, la, "it"), EML).t("', '")
        b.e(iban(r, "IT", False), IBAN).t(f"', 'ORD{digits(r, 7)}');\n")
    return b


def k_it_pandas(r):
    b = Builder("it")
    b.t(">>> clienti = pd.read_excel('clienti_2024.xlsx', sheet_name='Anagrafica')\n>>> clienti[['nome', 'cognome', 'comune', 'data_nascita', 'cellulare', 'importo']]\n")
    rows = []
    for _ in range(r.randint(4, 6)):
        f, la = name(r, "it")
        rows.append([(f, PER), (la, PER), (r.choice(IT_PLACES)[0], LOC), (fdate(bdate(r), "iso"), DOB),
                     (phone(r, "IT", True), TEL), f"{r.uniform(10, 5000):.2f}"])
    table(b, ["nome", "cognome", "comune", "data_nascita", "cellulare", "importo"], rows, "pandas")
    return b


def k_nl_yaml(r):
    b = Builder("nl")
    b.t(f"# testdata/patienten.yml -- huisartsenpraktijk, seed {r.randint(1, 999)}\npatienten:\n")
    items = []
    for _ in range(r.randint(2, 3)):
        f, la = name(r, "nl")
        a = addr(r, "NL")
        items.append({"patientnummer": (f"P{digits(r, 7)}", MRN), "voornaam": (f, PER), "achternaam": (la, PER),
                      "geboortedatum": (fdate(bdate(r), "dash"), DOB), "adres": (a["street"], ADR),
                      "postcode": a["pc"], "woonplaats": (a["city"], LOC), "telefoon": (phone(r, "NL"), TEL),
                      "iban": (iban(r, "NL"), IBAN), "volgende_afspraak": (fdt(edate(r, 2024, 2025), etime(r), "iso").replace(" ", " om "), DTM),
                      "aangemaakt": ts_rec(r, "isoz")})
    ydump(b, items, 1)
    return b


def k_nl_md_leden(r):
    b = Builder("nl")
    b.t(f"## Ledenlijst {r.choice(['TC De Smash', 'Hockeyclub Oranje', 'Schaakclub Het Paard'])} (stand {ts_rec(r, 'sql')})\n\n")
    rows = []
    for _ in range(r.randint(3, 6)):
        f, la = name(r, "nl")
        rows.append([f"{r.randint(1000, 9999)}", (f"{f} {la}", PER), (fdate(bdate(r), "dash"), DOB),
                     (r.choice(NL_PLACES)[0], LOC), (phone(r, "NL", True), TEL),
                     (email(r, f, la, "nl"), EML), f"€ {amount(r, 20, 250, 'eu')}"])
    table(b, ["Lidnr", "Naam", "Geboortedatum", "Woonplaats", "Telefoon", "E-mail", "Contributie"], rows, "md")
    b.t("\nContributie wordt geïncasseerd via SEPA, machtigingskenmerk per lid in de administratie.\n")
    return b


def k_pt_psql_clientes(r):
    b = Builder("pt")
    b.t("loja=# SELECT nome, data_nasc, telefone, cidade, uf, cep, criado_em FROM clientes LIMIT 5;\n")
    rows = []
    for _ in range(r.randint(3, 5)):
        f, la = name(r, "pt")
        a = addr(r, "BR")
        rows.append([(f"{f} {la}", PER), (fdate(bdate(r), "slash"), DOB), (phone(r, "BR"), TEL),
                     (a["city"], LOC), (a["region"], LOC), a["pc"], ts_rec(r, "pg")])
    table(b, ["nome", "data_nasc", "telefone", "cidade", "uf", "cep", "criado_em"], rows, "psql")
    return b


def k_pt_vcard(r):
    b = Builder("pt")
    for _ in range(r.randint(2, 3)):
        f, la = name(r, "pt")
        a = addr(r, "PT")
        b.t("BEGIN:VCARD\nVERSION:4.0\nN:").e(f"{la};{f}", PER).t(";;;\nFN:").e(f"{f} {la}", PER)
        b.t("\nTEL;TYPE=cell;VALUE=uri:tel:").e(phone(r, "PT"), TEL).t("\nEMAIL:").e(email(r, f, la, "pt"), EML)
        b.t("\nADR;TYPE=home;LABEL=\"Casa\":;;").e(f"{a['street']};{a['city']};;{a['pc']};Portugal", ADR)
        b.t("\nBDAY:").e(fdate(bdate(r), "compact"), DOB)
        b.t(f"\nNOTE:Cliente desde {r.randint(2010, 2023)}; NIF no processo {digits(r, 4)}\nREV:{ts_rec(r, 'ics')}\nEND:VCARD\n")
    return b


def k_pl_csv(r):
    b = Builder("pl")
    rows = [["imie", "nazwisko", "data_urodzenia", "telefon", "ulica", "kod_pocztowy", "miasto",
             "nr_rachunku", "data_zatrudnienia", "wynagrodzenie", "id_rekordu"]]
    for _ in range(r.randint(3, 5)):
        f, la = name(r, "pl")
        a = addr(r, "PL")
        rows.append([(f, PER), (la, PER), (fdate(bdate(r), "dot"), DOB), (phone(r, "PL"), TEL),
                     (a["street"], ADR), a["pc"], (a["city"], LOC), (iban(r, "PL", True), IBAN),
                     (fdate(edate(r, 2005, 2024), "dot"), DTM), amount(r, 4000, 20000, "eu").replace(".", " "),
                     uid4(r)])
    csv_out(b, rows, delim=";")
    return b


def k_sv_kv(r):
    b = Builder("sv")
    b.t(f"# kundregister export {ts_rec(r, 'sql')}\n")
    for i in range(r.randint(2, 3)):
        f, la = name(r, "sv")
        a = addr(r, "SE")
        b.t(f"[post {i + 1}]\nförnamn=").e(f, PER).t("\nefternamn=").e(la, PER)
        b.t("\nfödelsedatum=").e(fdate(bdate(r), "iso"), DOB).t("\ntelefon=").e(phone(r, "SE"), TEL)
        b.t("\ngatuadress=").e(a["street"], ADR).t(f"\npostnummer={a['pc']}\npostort=").e(a["city"], LOC)
        b.t("\nkontonummer=").e(f"{r.randint(3000, 9999)}-{r.randint(0, 9)}, {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}-{r.randint(0, 9)}", ACCT)
        b.t(f"\nordernr={order_id(r)}\nsenast_ändrad={ts_rec(r, 'isoz')}\n\n")
    return b


def k_tr_xml(r):
    b = Builder("tr")
    b.t(f'<?xml version="1.0" encoding="UTF-8"?>\n<Musteriler olusturma="{ts_rec(r, "isoz")}">\n')
    for _ in range(r.randint(2, 3)):
        f, la = name(r, "tr")
        a = addr(r, "TR")
        b.t(f'  <Musteri No="{digits(r, 7)}">\n    <Ad>').e(f, PER).t("</Ad>\n    <Soyad>").e(la, PER)
        b.t("</Soyad>\n    <DogumTarihi>").e(fdate(bdate(r), "dot"), DOB).t("</DogumTarihi>\n    <CepTelefonu>")
        b.e(phone(r, "TR", True), TEL).t("</CepTelefonu>\n    <Eposta>").e(email(r, f, la, "tr"), EML)
        b.t("</Eposta>\n    <Adres>").e(a["street"], ADR).t("</Adres>\n    <Ilce>").e(a["region"], LOC)
        b.t("</Ilce>\n    <Il>").e(a["city"], LOC).t(f"</Il>\n    <PostaKodu>{a['pc']}</PostaKodu>\n    <IBAN>")
        b.e(iban(r, "TR", r.random() < .5), IBAN)
        b.t(f"</IBAN>\n    <SiparisNo>{order_id(r)}</SiparisNo>\n    <Tutar>{amount(r, 50, 9000, 'eu')} TL</Tutar>\n  </Musteri>\n")
    b.t("</Musteriler>\n")
    return b


def k_de_e_lager(r):
    b = Builder("de")
    rows = [["Artikelnr", "Bezeichnung", "Lagerort", "Bestand", "EK-Preis", "Charge", "Geändert"]]
    for _ in range(r.randint(5, 8)):
        rows.append([f"{digits(r, 6)}-{r.randint(10, 99)}", r.choice(["Schraube M8x40 verzinkt", "Müller Premium Kaffee 500g",
                      "Hauptstraße Gartenbank Eiche", "Kabelbinder 200mm", "Bosch Akku 18V", "Schiller Notizbuch A5"]),
                     f"{r.choice('ABCD')}{r.randint(1, 20):02d}-{r.randint(1, 6)}", str(r.randint(0, 4000)),
                     f"{amount(r, 0, 300, 'eu')} €", f"CH{digits(r, 6)}", ts_rec(r, "sql")])
    csv_out(b, rows, delim=";")
    return b


def k_fr_e_commandes(r):
    b = Builder("fr")
    cmds = [{"numero_commande": f"CMD-{digits(r, 8)}", "statut": r.choice(["payée", "expédiée", "annulée"]),
             "montant_ttc": amount(r, 5, 900, "eu"), "devise": "EUR", "transporteur": r.choice(["Colissimo", "Chronopost"]),
             "numero_suivi": f"6A{digits(r, 11)}", "date_creation": ts_rec(r, "isoz"), "uuid": uid4(r),
             "articles": [{"ref": sku(r), "libelle": r.choice(["Chaise Victor Hugo", "Lampe Saint-Michel", "Tasse Marianne"]),
                           "qte": r.randint(1, 4)}]} for _ in range(r.randint(2, 3))]
    jdump(b, {"commandes": cmds, "page": 1}, indent=2)
    b.t("\n")
    return b


def k_es_e_inventario(r):
    b = Builder("es")
    b.t(f"### Inventario almacén {r.choice(['Getafe', 'Zona Franca'])} -- versión {version(r)}\n\n")
    rows = [[f"REF-{digits(r, 5)}", r.choice(["Silla Gran Vía", "Mesa Alcalá", "Lámpara Mayor", "Estantería Real"]),
             str(r.randint(0, 500)), f"{amount(r, 5, 400, 'eu')} €", ts_rec(r, "sql")] for _ in range(r.randint(4, 7))]
    table(b, ["Referencia", "Descripción", "Stock", "Precio", "Actualizado"], rows, "md")
    return b


# ============================================================================
# registry, generation, validation, CLI
# ============================================================================
KINDS = [
    # English, with entities
    ("csv_crm_contacts", "en", False, k_csv_crm),
    ("csv_orders_customers", "en", False, k_csv_orders),
    ("tsv_patient_roster", "en", False, k_tsv_patients),
    ("fixed_width_bank_master", "en", False, k_fw_bank),
    ("fixed_width_payroll_copybook", "en", False, k_fw_payroll),
    ("logfmt_auth_service", "en", False, k_logfmt_auth),
    ("dotenv_dump", "en", False, k_env_dump),
    ("sql_insert_users", "en", False, k_sql_insert_users),
    ("psql_patients_result", "en", False, k_psql_patients),
    ("mysql_accounts_result", "en", False, k_mysql_customers),
    ("pandas_loan_apps", "en", False, k_pandas_loans),
    ("markdown_oncall_roster", "en", False, k_md_oncall),
    ("xml_employee_records", "en", False, k_xml_employees),
    ("jsonapi_users_page", "en", False, k_json_api_users),
    ("yaml_django_fixture", "en", False, k_yaml_fixture),
    ("ldif_directory", "en", False, k_ldif),
    ("vcard_contacts", "en", False, k_vcard),
    ("ical_meetings", "en", False, k_ical),
    ("excel_paste_hr", "en", False, k_excel_hr),
    ("hl7_adt", "en", False, k_hl7_adt),
    ("hl7_oru_lab", "en", False, k_hl7_oru),
    ("edi_834_enrollment", "en", False, k_edi_834),
    ("edi_837_claim", "en", False, k_edi_837),
    ("k8s_secret_yaml", "en", False, k_k8s_secret),
    ("stripe_webhook_log", "en", False, k_stripe_webhook_log),
    ("card_transactions_csv", "en", False, k_card_txn),
    ("mysqldump_applicants", "en", False, k_mysqldump),
    ("fhir_patient_bundle", "en", False, k_fhir_bundle),
    ("pipe_payroll_export", "en", False, k_hr_pipe),
    ("sepa_pain001_xml", "en", False, k_sepa_xml),
    ("ini_config_dump", "en", False, k_ini_config),
    ("docker_compose_env", "en", False, k_docker_compose),
    ("github_actions_workflow", "en", False, k_gha_workflow),
    ("jira_csv_export", "en", False, k_jira_csv),
    ("eligibility_roster_report", "en", False, k_member_roster),
    ("telecom_cdr_export", "en", False, k_telecom_cdr),
    ("utility_billing_report", "en", False, k_utility_billing),
    ("pharmacy_dispense_csv", "en", False, k_pharmacy),
    ("access_log_ndjson", "en", False, k_access_jsonl),
    ("sqlite_line_mode", "en", False, k_sqlite_line),
    ("mongoexport_customers", "en", False, k_mongoexport),
    ("markdown_credential_rotation", "en", False, k_md_creds),
    ("aws_cli_table_credentials", "en", False, k_aws_table),
    ("vet_clinic_csv", "en", False, k_vet_clinic),
    ("java_properties", "en", False, k_properties),
    ("dotnet_appsettings_json", "en", False, k_appsettings),
    ("terraform_tfvars", "en", False, k_tfvars),
    ("school_roster_export", "en", False, k_student_roster),
    # English, empty
    ("inventory_csv", "en", True, k_e_inventory),
    ("orders_json_export", "en", True, k_e_orders_json),
    ("psql_payment_metrics", "en", True, k_e_psql_metrics),
    ("markdown_ci_builds", "en", True, k_e_ci_builds),
    ("tsv_fx_rates", "en", True, k_e_fx_rates),
    ("k8s_configmap", "en", True, k_e_configmap),
    ("logfmt_request_metrics", "en", True, k_e_logfmt_metrics),
    ("edi_850_purchase_order", "en", True, k_e_edi_850),
    # non-English, with entities
    ("de_csv_kunden_semikolon", "de", False, k_de_csv_kunden),
    ("de_hl7_adt", "de", False, k_de_hl7),
    ("de_sap_personalliste", "de", False, k_de_sap_liste),
    ("fr_csv_mutuelle_adherents", "fr", False, k_fr_csv_mutuelle),
    ("fr_ldif_annuaire", "fr", False, k_fr_ldif),
    ("es_json_clientes", "es", False, k_es_json_clientes),
    ("es_mysql_pacientes", "es", False, k_es_mysql_pacientes),
    ("it_sql_anagrafica", "it", False, k_it_sql_insert),
    ("it_pandas_clienti", "it", False, k_it_pandas),
    ("nl_yaml_patienten", "nl", False, k_nl_yaml),
    ("nl_markdown_ledenlijst", "nl", False, k_nl_md_leden),
    ("pt_psql_clientes_br", "pt", False, k_pt_psql_clientes),
    ("pt_vcard_contactos", "pt", False, k_pt_vcard),
    ("pl_csv_pracownicy", "pl", False, k_pl_csv),
    ("sv_keyvalue_kundregister", "sv", False, k_sv_kv),
    ("tr_xml_musteriler", "tr", False, k_tr_xml),
    # non-English, empty
    ("de_csv_lagerbestand", "de", True, k_de_e_lager),
    ("fr_json_commandes", "fr", True, k_fr_e_commandes),
    ("es_markdown_inventario", "es", True, k_es_e_inventario),
]

PAD = {
    "en": "No further records were included in this extract.",
    "de": "Weitere Datensätze sind in diesem Auszug nicht enthalten.",
    "fr": "Aucun autre enregistrement n'est inclus dans cet extrait.",
    "es": "No se incluyen más registros en este extracto.",
    "it": "Nessun altro record è incluso in questo estratto.",
    "nl": "Er zijn geen verdere records opgenomen in dit uittreksel.",
    "pt": "Nenhum outro registro foi incluído neste extrato.",
    "pl": "Ten wyciąg nie zawiera dalszych rekordów.",
    "sv": "Inga fler poster ingår i detta utdrag.",
    "tr": "Bu dökümde başka kayıt bulunmamaktadır.",
}

_POOLS = {
    (False, False): [k for k in KINDS if k[1] == "en" and not k[2]],
    (False, True): [k for k in KINDS if k[1] != "en" and not k[2]],
    (True, False): [k for k in KINDS if k[1] == "en" and k[2]],
    (True, True): [k for k in KINDS if k[1] != "en" and k[2]],
}


def _pick_kind(r):
    u = r.random()
    if u < 0.09:
        pool = _POOLS[(True, False)]
    elif u < 0.12:
        pool = _POOLS[(True, True)]
    elif u < 0.35:
        pool = _POOLS[(False, True)]
    else:
        pool = _POOLS[(False, False)]
    return r.choice(pool)


def _build(i, seed):
    r = random.Random(f"{CORPUS}-{seed}-{i}")
    for _ in range(30):
        kind = _pick_kind(r)
        b = kind[3](r)
        if len(b.text) <= 3000:
            break
    while len(b.text) < 150:
        b.t(("\n" if b.text.endswith("\n") else "\n\n") + PAD[kind[1]])
    doc = {"id": f"{CORPUS}-{seed}-{i:06d}", "text": b.text,
           "entities": sorted(b.ents, key=lambda e: (e["start"], e["end"]))}
    return doc, kind


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _build(i, seed)[0]


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"https?://([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)(:\d+)?([/?#][^\s@]*)?")
PEM_RE = re.compile(r"-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----(?:\\n|\r?\n)[ \t]*"
                    r"(?:[A-Za-z0-9+/=]{1,76}(?:\\n|\r?\n)[ \t]*)+-----END \1PRIVATE KEY-----")
SHAPE = {
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z0-9]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),
    "SLACK_TOKEN": re.compile(r"xox[abpr]-[A-Za-z0-9-]{10,}"),
    "STRIPE_KEY": re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}"),
}


def _b64d(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def validate(doc):
    probs = []
    text = doc.get("text", "")
    if not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)}")
    prev_end = -1
    prev_start = -1
    for e in doc.get("entities", []):
        s, en, typ = e.get("start"), e.get("end"), e.get("type")
        if typ not in TYPES:
            probs.append(f"unknown type {typ}")
            continue
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
            probs.append(f"span out of range {e}")
            continue
        if s < prev_end:
            probs.append(f"overlap at {s}")
        if s < prev_start:
            probs.append(f"unsorted at {s}")
        prev_end, prev_start = max(prev_end, en), s
        v = text[s:en]
        tag = f"{typ} {v[:60]!r}"
        if v != v.strip():
            probs.append(f"whitespace edge: {tag}")
        if typ not in ("PASSWORD", "GENERIC_SECRET", "PRIVATE_KEY", "AWS_SECRET_KEY", "JWT") and \
                (v[-1] in ",;:\"'" or v[0] in "\"'"):
            probs.append(f"punctuation edge: {tag}")
        nd = sum(c.isdigit() for c in v)
        if typ == "EMAIL_ADDRESS" and not EMAIL_RE.fullmatch(v):
            probs.append(f"bad email: {tag}")
        elif typ == "PHONE_NUMBER" and not 6 <= nd <= 15:
            probs.append(f"bad phone: {tag}")
        elif typ == "US_SSN":
            m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
            if not m or m.group(1) in ("000", "666") or m.group(1)[0] == "9" or m.group(2) == "00" \
                    or m.group(3) == "0000":
                probs.append(f"bad ssn: {tag}")
        elif typ == "CREDIT_CARD":
            if not re.fullmatch(r"\d[\d -]{11,21}\d", v) or not 13 <= nd <= 19 or not luhn_ok(v):
                probs.append(f"bad card: {tag}")
        elif typ == "IBAN_CODE" and not iban_ok(v):
            probs.append(f"bad iban: {tag}")
        elif typ == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append(f"bad ip: {tag}")
        elif typ == "URL":
            m = URL_RE.fullmatch(v)
            bad = not m or "@" in v
            if m:
                try:
                    ipaddress.ip_address(m.group(1))
                    bad = True
                except ValueError:
                    pass
            if bad:
                probs.append(f"bad url: {tag}")
        elif typ == "JWT":
            parts = v.split(".")
            try:
                assert len(parts) == 3 and all(parts)
                assert "alg" in json.loads(_b64d(parts[0]))
            except Exception:
                probs.append(f"bad jwt: {tag}")
        elif typ == "PRIVATE_KEY" and not PEM_RE.fullmatch(v):
            probs.append(f"bad pem: {tag}")
        elif typ in SHAPE and not SHAPE[typ].fullmatch(v):
            probs.append(f"bad {typ}: {tag}")
        elif typ in ("DATE_OF_BIRTH", "DATE_TIME", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
                     "ACCOUNT_NUMBER", "DRIVER_LICENSE") and nd == 0:
            probs.append(f"no digit: {tag}")
        elif typ in ("PERSON", "LOCATION") and (nd or "@" in v or "\n" in v):
            probs.append(f"bad {typ}: {tag}")
        elif typ in ("PASSWORD", "GENERIC_SECRET") and (len(v) < 6 or re.search(r"\s", v)):
            probs.append(f"bad secret: {tag}")
    return probs


def _mark(doc):
    out, pos = [], 0
    t = doc["text"]
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{t[e['start']:e['end']]}|{e['type']}]]")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        types, kinds, langs, nprob, ndocs, nempty = Counter(), Counter(), Counter(), 0, 0, 0
        for seed in (0, 1):
            for i in range(2000):
                doc, kind = _build(i, seed)
                ndocs += 1
                kinds[kind[0]] += 1
                langs[kind[1]] += 1
                nempty += kind[2]
                if kind[2] and doc["entities"]:
                    print(f"{doc['id']} [{kind[0]}] empty kind with entities")
                    nprob += 1
                for e in doc["entities"]:
                    types[e["type"]] += 1
                for p in validate(doc):
                    nprob += 1
                    if nprob <= 60:
                        print(f"{doc['id']} [{kind[0]}] {p}")
        print(f"\ndocs checked: {ndocs}  problems: {nprob}  empty-kind docs: {nempty} "
              f"({100 * nempty / ndocs:.1f}%)  non-English: {100 * (ndocs - langs['en']) / ndocs:.1f}%")
        print("\nper type:")
        for t in TYPES:
            print(f"  {t:24s} {types[t]}")
        print("\nper language:")
        for k, v in sorted(langs.items()):
            print(f"  {k}: {v}")
        print("\nper kind:")
        for k in KINDS:
            print(f"  {k[0]:34s} {k[1]} {'empty' if k[2] else '     '} {kinds[k[0]]}")
        used = sum(1 for k in KINDS if kinds[k[0]])
        missing = [t for t in TYPES if not types[t]]
        print(f"\nkinds defined: {len(KINDS)}  kinds used: {used}  types unused: {missing}")
        sys.exit(1 if nprob or used < 50 or missing else 0)
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print(f"=== {doc['id']}\n{_mark(doc)}\n")
        return
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for doc in generate(a.n, a.seed):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.output:
        out.close()


if __name__ == "__main__":
    main()
