#!/usr/bin/env python3.11
"""Blind synthetic PII / PHI / secret corpus, version 3 (stdlib only).

Generates labeled documents for evaluating a PII/PHI/secret detector.  The
generator was written without looking at any detector, test or benchmark code.

API
---
``generate(n, seed=0)`` yields ``n`` dicts::

    {"id": str, "domain": str, "text": str,
     "entities": [{"start": int, "end": int, "type": str}, ...]}

* Document ``i`` is built from its own ``random.Random(f"{seed}-{i}")`` so any
  document can be regenerated independently of the others.
* Offsets are half-open character offsets into ``text``; ``text[start:end]``
  is exactly the labeled value.  Entities are sorted and never overlap.
* Texts are assembled by a builder that appends segments and records spans,
  so offsets are correct by construction; every document is also re-checked
  (bounds, order, overlap, no surrounding whitespace, checksum validity of
  cards / IBANs / SSNs, shape of secrets) before it is yielded.
* ``main(argv) -> int`` is a CLI:
  ``python3.11 bench/corpus_blind3.py --n 1000 --seed 0 --output out.jsonl``
  (``--output -`` writes JSONL to stdout; summary statistics go to stderr).

Domains (round-robin, equal shares): veterinary_clinic, insurance_underwriting,
ecommerce_returns, university_registrar, telecom_support, clinical_trial,
payroll_hr, ci_cd_pipeline.  Styles: chat transcripts, e-mails, web forms,
application logs, CSV/TSV rows, JSON payloads, markdown tables, YAML/.env
config, key: value forms, LLM prompts and agent tool calls, call-center
transcripts with speaker labels and OCR-like scanned forms.  About 15% of the
documents are negatives: they contain no entities, only hard negatives.

Labeling conventions
--------------------
* PERSON: the name only, never titles (Dr., Ms., Mr.), roles or honorifics.
  A full name is one span; a lone given name or surname is its own span;
  "Surname, Given" is one span; separate first/last fields are separate spans.
  Brand, product, organisation, street and building names that contain
  personal names (e.g. "John Hancock", "Eli Lilly", "Gates Hall", "Jenkins")
  and pet names are NOT labeled.
* LOCATION: standalone city / region / country names; "City, Country" and
  "City, ST" are one span.  A city inside a street address is part of ADDRESS.
* ADDRESS: one span for a full street address (street line through postal
  code), including the line break when printed as a two-line block.
* DATE_OF_BIRTH: a date in a birth context (date only).  DATE_TIME: human
  written dates/times of appointments, events, due dates (one span for
  date+time).  Machine timestamps (ISO-8601 with "T", epoch seconds, log-line
  stamps, e-mail header dates, chat clock stamps) and relative expressions
  ("tomorrow", "3 days ago", "next Tuesday") are NOT labeled.
* PHONE_NUMBER: US numbers (real area codes, exchange 2xx-9xx) and
  international numbers in E.164-style grouping with valid national lengths.
* US_SSN: area 001-899 except 666, group 01-99, serial 0001-9999.
* CREDIT_CARD: Luhn-valid Visa/Mastercard/Amex/Discover, span includes
  separators.  Luhn-invalid look-alikes and "ending in 1234" are unlabeled.
* IBAN_CODE: mod-97-valid IBANs (many countries, correct lengths), compact or
  grouped in fours; the span includes internal spaces.  BICs are unlabeled.
* IP_ADDRESS: every IPv4/IPv6 address.  URL: every http(s) URL (full span).
* MEDICAL_RECORD_NUMBER / HEALTH_PLAN_NUMBER / ACCOUNT_NUMBER /
  DRIVER_LICENSE: the identifier only, after a context phrase.  Group,
  invoice, order, RMA, ticket, case, claim, student/employee ID, subject ID,
  kit, lot, batch and routing numbers are NOT labeled.
* Secrets: AWS_ACCESS_KEY (AKIA/ASIA + 16), AWS_SECRET_KEY (40 chars in an aws
  secret context), GITHUB_TOKEN (ghp_/gho_/ghs_/github_pat_), SLACK_TOKEN
  (xoxb-/xoxp-), STRIPE_KEY (sk_live_/rk_live_/sk_test_), JWT (three base64url
  segments with a real JSON header), PRIVATE_KEY (whole PEM block BEGIN..END,
  possibly JSON-escaped or indented), PASSWORD (value only), GENERIC_SECRET
  (high-entropy value after an api-key/secret/token-like key; value only).
  Placeholders, masked values ("***", "****1234"), documentation example keys
  (AKIAIOSFODNN7EXAMPLE) and low-entropy config values are NOT labeled.
* Hard negatives (never labeled): machine timestamps, UUIDs, commit SHAs,
  version strings, order/ticket/invoice numbers, Luhn-invalid 16-digit
  numbers, invalid-area SSN look-alikes (000-, 666-, 9xx-), brand names that
  look like names, relative times, amounts, percentages, HTTP status codes,
  tracking numbers, SKUs, docker digests, build numbers, IMEIs, ICCIDs, MAC
  addresses, Windows build numbers, low-entropy config values, placeholders.
"""
from __future__ import annotations

import argparse
import base64
import datetime as _dt
import json
import random
import re
import string
import sys
import unicodedata
import uuid as _uuid
from collections import Counter

__all__ = ["DOMAINS", "ENTITY_TYPES", "generate", "main"]

ENTITY_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
)
DOMAINS = (
    "veterinary_clinic", "insurance_underwriting", "ecommerce_returns", "university_registrar",
    "telecom_support", "clinical_trial", "payroll_hr", "ci_cd_pipeline",
)

PER, EM, PH, SSN, CC, IBAN = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE"
IP, DOB, DT, LOC, ADDR, URL = "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACCT, DL = "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"
AKID, ASK, GH, SL, ST = "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY"
JWT, PK, PW, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"

UP, LO, DIG = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM, HEX = UP + LO + DIG, "0123456789abcdef"
B64, B64U = ALNUM + "+/", ALNUM + "-_"

# ----------------------------------------------------------------------------- pools
_NAMES_RAW = {
    "english": ("James,Olivia,Harold,Emily,George,Charlotte,Thomas,Megan,Liam,Grace,Nathan,Rebecca",
                "Whitfield,Thompson,Harris,Clarke,Bennett,Hughes,Lawson,Pritchard,Ashford,Carter,Doyle,Fairbanks"),
    "hispanic": ("Alejandro,Lucía,Mateo,Valentina,Javier,Camila,Diego,Ximena,Rafael,Guadalupe,Sofía,Andrés",
                 "García,Hernández,Martínez,Rodríguez,López,Gutiérrez,Ramírez,Castillo,Morales,Vázquez,Ortega,Fuentes"),
    "portuguese": ("João,Beatriz,Tiago,Inês,Rodrigo,Mariana,Gonçalo,Leonor,Caio,Thaís",
                   "Silva,Santos,Oliveira,Ferreira,Pereira,Carvalho,Almeida,Costa,Nascimento,Magalhães"),
    "french": ("Étienne,Camille,Julien,Manon,Théo,Chloé,Benoît,Amélie,Luc,Océane",
               "Dubois,Lefèvre,Moreau,Laurent,Girard,Rousseau,Fontaine,Chevalier,Marchand,Leclerc"),
    "german": ("Jürgen,Anke,Lukas,Johanna,Matthias,Greta,Florian,Heike,Tobias,Sabine",
               "Müller,Schneider,Fischer,Weber,Becker,Hoffmann,Schäfer,Koch,Richter,Wagner"),
    "italian": ("Giuseppe,Chiara,Lorenzo,Francesca,Matteo,Giulia,Alessandro,Federica,Davide,Alessia",
                "Rossi,Russo,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Lombardi"),
    "polish": ("Wojciech,Agnieszka,Krzysztof,Małgorzata,Piotr,Katarzyna,Tomasz,Zofia,Paweł,Magdalena",
               "Kowalski,Nowak,Wiśniewska,Wójcik,Kamińska,Lewandowski,Zieliński,Szymańska,Woźniak,Dąbrowski"),
    "ukrainian": ("Oleksandr,Olena,Dmytro,Iryna,Bohdan,Oksana,Taras,Yulia,Andriy,Nataliya",
                  "Shevchenko,Kovalenko,Bondarenko,Tkachenko,Kravchenko,Melnyk,Boyko,Oliynyk,Lysenko,Marchenko"),
    "turkish": ("Mehmet,Ayşe,Emre,Zeynep,Burak,Elif,Murat,Merve,Can,Selin",
                "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Aydın,Öztürk,Arslan,Doğan"),
    "arabic": ("Omar,Fatima,Khalid,Layla,Youssef,Mariam,Tariq,Nour,Hassan,Amira",
               "Al-Farsi,Haddad,Nasser,Khoury,Mansour,Saleh,Al-Amin,Hamdan,Aziz,Barakat"),
    "persian": ("Dariush,Shirin,Kian,Parisa,Arash,Roya,Babak,Nasrin,Kourosh,Leila",
                "Hosseini,Moradi,Rahimi,Karimi,Tehrani,Jafari,Ahmadi,Sadeghi,Farahani,Rostami"),
    "indian": ("Aarav,Priya,Rohan,Ananya,Vikram,Deepika,Arjun,Kavya,Sanjay,Lakshmi",
               "Sharma,Patel,Iyer,Reddy,Nair,Gupta,Banerjee,Chatterjee,Menon,Krishnan"),
    "pakistani": ("Imran,Ayesha,Bilal,Sana,Usman,Hira,Faisal,Mahnoor,Hamza,Zainab",
                  "Qureshi,Chaudhry,Malik,Butt,Siddiqui,Abbasi,Javed,Rana,Mirza,Sheikh"),
    "bangladeshi": ("Rahim,Nusrat,Tanvir,Farzana,Arif,Sumaiya,Mahmud,Taslima,Rafiq,Shirin",
                    "Hossain,Rahman,Islam,Chowdhury,Ahmed,Uddin,Begum,Sarkar,Talukder,Miah"),
    "chinese": ("Wei,Xiaoling,Jun,Mei,Hao,Yan,Zhiwei,Lihua,Bo,Jing",
                "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou"),
    "korean": ("Min-jun,Seo-yeon,Ji-hoon,Ha-eun,Dong-hyun,Soo-ah,Jae-won,Yuna,Hyun-woo,Eun-ji",
               "Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim"),
    "japanese": ("Haruto,Yui,Sota,Sakura,Takumi,Aoi,Kenji,Yuki,Daiki,Hina",
                 "Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato"),
    "vietnamese": ("Minh,Linh,Quang,Thu,Huy,Lan,Duc,Mai,Tuan,Ngoc",
                   "Nguyen,Tran,Le,Pham,Hoang,Huynh,Phan,Vu,Vo,Dang"),
    "filipino": ("Jose,Maricel,Rommel,Jocelyn,Arnel,Kristine,Jerome,Rowena,Marvin,Analyn",
                 "Dela Cruz,Reyes,Bautista,Ocampo,Mendoza,Villanueva,Aquino,Manalo,Soriano,Macaraeg"),
    "nigerian": ("Chinedu,Ngozi,Oluwaseun,Adaeze,Emeka,Funmilayo,Tunde,Chiamaka,Ifeanyi,Yetunde",
                 "Okafor,Adeyemi,Okonkwo,Balogun,Eze,Nwosu,Adebayo,Obi,Olawale,Chukwu"),
    "kenyan": ("Wanjiru,Achieng,Njeri,Akinyi,Wambui,Brian,Faith,Kevin,Mercy,Dennis",
               "Kamau,Otieno,Mwangi,Ochieng,Kariuki,Odhiambo,Mutua,Wekesa,Njoroge,Kiprono"),
    "ethiopian": ("Abebe,Tigist,Dawit,Hiwot,Yonas,Meron,Tesfaye,Selamawit,Bereket,Mahlet",
                  "Bekele,Tadesse,Haile,Gebremedhin,Alemu,Desta,Kebede,Wolde,Girma,Mengistu"),
    "scandinavian": ("Lars,Ingrid,Erik,Astrid,Magnus,Sigrid,Bjørn,Freja,Henrik,Solveig",
                     "Johansson,Andersen,Lindqvist,Nilsson,Halvorsen,Berg,Eriksson,Dahl,Sørensen,Lindgren"),
    "greek": ("Dimitrios,Eleni,Georgios,Katerina,Nikolaos,Sofia,Konstantinos,Vasiliki,Yannis,Despina",
              "Papadopoulos,Georgiou,Nikolaidis,Konstantinou,Papageorgiou,Vlachos,Antoniou,Karagiannis,Alexiou,Christodoulou"),
}
NAMES = {k: (tuple(g.split(",")), tuple(s.split(","))) for k, (g, s) in _NAMES_RAW.items()}
CULTURES = tuple(NAMES)
EAST_ASIAN = {"chinese", "korean", "japanese", "vietnamese"}

WORLD = (("Lagos", "Nigeria"), ("Nairobi", "Kenya"), ("Addis Ababa", "Ethiopia"), ("São Paulo", "Brazil"),
         ("Porto", "Portugal"), ("Lyon", "France"), ("Munich", "Germany"), ("Bologna", "Italy"),
         ("Kraków", "Poland"), ("Lviv", "Ukraine"), ("Izmir", "Turkey"), ("Dubai", "United Arab Emirates"),
         ("Shiraz", "Iran"), ("Pune", "India"), ("Lahore", "Pakistan"), ("Dhaka", "Bangladesh"),
         ("Chengdu", "China"), ("Busan", "South Korea"), ("Osaka", "Japan"), ("Da Nang", "Vietnam"),
         ("Cebu City", "Philippines"), ("Bergen", "Norway"), ("Gothenburg", "Sweden"), ("Thessaloniki", "Greece"),
         ("Guadalajara", "Mexico"), ("Bogotá", "Colombia"), ("Toronto", "Canada"), ("Melbourne", "Australia"),
         ("Manchester", "United Kingdom"), ("Cork", "Ireland"), ("Rotterdam", "Netherlands"), ("Zürich", "Switzerland"),
         ("Casablanca", "Morocco"), ("Cape Town", "South Africa"), ("Santiago", "Chile"), ("Aarhus", "Denmark"))
US_CITIES = (("Austin", "TX", "787##"), ("Columbus", "OH", "432##"), ("Tacoma", "WA", "984##"), ("Boise", "ID", "837##"),
             ("Raleigh", "NC", "276##"), ("Tucson", "AZ", "857##"), ("Omaha", "NE", "681##"), ("Providence", "RI", "029##"),
             ("Madison", "WI", "537##"), ("Albany", "NY", "122##"), ("Savannah", "GA", "314##"), ("Fresno", "CA", "937##"),
             ("Denver", "CO", "802##"), ("Portland", "OR", "972##"), ("Des Moines", "IA", "503##"),
             ("Baton Rouge", "LA", "708##"), ("Brooklyn", "NY", "112##"), ("San Jose", "CA", "951##"))
REGIONS = ("Bavaria", "Catalonia", "Ontario", "Queensland", "Tuscany", "Kerala", "Punjab", "Andalusia", "Quebec",
           "Silesia", "Patagonia", "Hokkaido", "Brittany", "Anatolia", "Rift Valley", "Mindanao")
US_STREETS = ("Maple", "Lincoln", "Washington", "Oak", "Cedar", "Martin Luther King Jr", "Jefferson", "Franklin",
              "Magnolia", "Sycamore", "Whitfield", "Kensington", "Lakeview", "Juniper", "Hamilton", "Pershing")
US_SUFFIX = ("St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Dr", "Lane", "Ct", "Way", "Pl")
US_AREAS = tuple("201 202 205 206 212 213 214 215 216 303 305 312 314 317 319 402 404 412 414 415 503 504 512 515 "
                 "602 607 612 614 617 646 702 704 713 717 718 720 773 801 808 813 816 832 907 917 919 971".split())
INTL_PHONES = ("+44 7### ######", "+44 20 #### ####", "+49 15# ########", "+49 30 ########", "+33 6 ## ## ## ##",
               "+33 1 ## ## ## ##", "+91 9#### #####", "+55 11 9#### ####", "+81 90 #### ####", "+61 4## ### ###",
               "+234 80# ### ####", "+254 7## ######", "+52 55 #### ####", "+34 6## ### ###", "+39 3## ### ####",
               "+48 5## ### ###", "+90 5## ### ## ##", "+63 9## ### ####", "+82 10 #### ####", "+84 9# ### ## ##",
               "+971 5# ### ####", "+351 9## ### ###", "+30 69# ### ####", "+47 4## ## ###", "+46 7# ### ## ##",
               "+251 9# ### ####", "+880 1### ######", "+92 3## #######", "+380 6# ### ## ##", "+86 13# #### ####")
MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "proton.me", "icloud.com", "gmx.de", "web.de",
                "orange.fr", "libero.it", "wp.pl", "ukr.net", "qq.com", "naver.com", "yahoo.co.jp", "rediffmail.com",
                "aol.com", "live.ca", "yandex.com", "mail.com")
IBAN_SPECS = {"DE": "#" * 18, "GB": "????" + "#" * 14, "FR": "#" * 23, "ES": "#" * 20, "IT": "?" + "#" * 22,
              "NL": "????" + "#" * 10, "BE": "#" * 12, "CH": "#" * 17, "AT": "#" * 16, "PL": "#" * 24, "PT": "#" * 21,
              "SE": "#" * 20, "NO": "#" * 11, "DK": "#" * 14, "IE": "????" + "#" * 14, "TR": "#####0" + "#" * 16,
              "SA": "#" * 20, "AE": "#" * 19, "GR": "#" * 23, "FI": "#" * 14, "UA": "#" * 25}
IBAN_BANKS = {"GB": ("NWBK", "BARC", "HBUK", "LOYD", "MIDL"), "NL": ("ABNA", "INGB", "RABO", "TRIO"), "IE": ("AIBK", "BOFI")}
BICS = ("DEUTDEFF", "BNPAFRPP", "COBADEFFXXX", "INGBNL2A", "BARCGB22", "UBSWCHZH80A", "BSCHESMM", "PKOPPLPW", "AIBKIE2D")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PAST_REL = ("3 days ago", "last week", "yesterday", "earlier today", "a few minutes ago", "last Friday")
FUTURE_REL = ("tomorrow", "next Tuesday", "in 2 hours", "by end of day", "two weeks from now", "in 48 hours", "next month")
PW_WORDS = ("sunset", "maple", "falcon", "copper", "orbit", "pepper", "harbor", "violet", "tiger", "cobalt",
            "lantern", "meadow", "thunder", "saffron", "glacier", "nimbus")
PLACEHOLDERS = ("changeme", "<your-api-key>", "${API_KEY}", "********", "REDACTED", "xxxxxxxxxxxxxxxx", "TODO",
                "{{ secrets.API_TOKEN }}", "your_token_here", "<redacted>", "dummy", "not-set")

VET_CLINICS = ("Riverbend Animal Hospital", "Banfield Pet Hospital", "Whisker & Wag Veterinary", "Lakeside Animal Clinic",
               "Dr. Doolittle's Pet Care", "Harrington Veterinary Group", "Four Paws Clinic", "St. Francis Animal Hospital")
PET_NAMES = ("Biscuit", "Mochi", "Pepper", "Luna", "Max", "Bella", "Charlie", "Nala", "Ziggy", "Oreo", "Simba",
             "Kiwi", "Pumpkin", "Rocky", "Coco", "Tofu", "Sir Waffles", "Duchess")
SPECIES = ("canine", "feline", "rabbit", "ferret", "cockatiel")
BREEDS = ("Labrador mix", "Maine Coon", "Jack Russell Terrier", "King Charles Spaniel", "Bernese Mountain Dog",
          "domestic shorthair", "Holland Lop", "Siamese")
VET_PRODUCTS = ("Apoquel 16 mg", "Bravecto 1000 mg chew", "Hill's Prescription Diet k/d", "Purina Pro Plan FortiFlora",
                "Simparica Trio", "Rimadyl 75 mg", "Cytopoint 20 mg", "Royal Canin Renal")
VET_SERVICES = ("a dental cleaning", "annual vaccines", "a spay consult", "bloodwork recheck", "an ultrasound")
INSURERS = ("Northwind Mutual", "Hartwell & Price Assurance", "Meridian Life", "John Hancock", "Lincoln Financial",
            "Guardian Life", "Pacific Crest Insurance", "Allegheny Casualty")
BROKERAGES = ("Keystone Risk Partners", "Baker Tilly Advisory", "Marsh McLennan Agency", "Arthur J. Gallagher", "Brightline Brokers")
HOSPITALS = ("St. George's Hospital", "Mount Sinai", "Johns Hopkins Hospital", "Cedars-Sinai", "Mayo Clinic",
             "Florence Nightingale Ward", "St. Luke's Medical Center", "Massachusetts General")
OCCUPATIONS = ("commercial pilot", "software engineer", "registered nurse", "electrician", "high-school teacher",
               "offshore welder", "accountant", "long-haul driver")
MED_HISTORY = ("hypertension dx 2019, controlled on lisinopril", "type 2 diabetes, A1c trending down",
               "asthma, no hospitalizations", "former smoker, quit 2016", "mild sleep apnea on CPAP")
SHOPS = ("ShopNest", "Calloway & Finch", "Marlowe Outfitters", "Tommy Hilfiger", "Kate Spade", "Ralph Lauren",
         "Eddie Bauer", "L.L.Bean", "Ben & Jerry's", "Trader Joe's")
PRODUCTS = ("Calvin Klein slim jeans", "Dr. Martens 1460 boots", "Ray-Ban Wayfarer", "Levi's trucker jacket",
            "Le Creuset dutch oven", "Marc Jacobs tote", "Dyson V15 vacuum", "Hamilton Beach blender")
UNIVERSITIES = ("Northbridge University", "Harvey Mudd College", "Johns Hopkins University", "Carnegie Mellon University",
                "Brigham Young University", "University of Mary Washington", "Lakeshore State College")
BUILDINGS = ("Gates Hall", "Hopkins Hall", "Wexner Pavilion", "Kellogg Center", "Sloan Annex", "Packard Building",
             "Eleanor Roosevelt Hall")
PROGRAMS = ("BSc Biology", "BA Economics", "MSc Computer Science", "BEng Civil Engineering", "MPH Epidemiology",
            "BFA Studio Art", "PhD Chemistry")
TELCOS = ("Vireo Mobile", "Northstar Telecom", "Bell Canada", "T-Mobile", "Ting Internet", "Cricket Wireless", "Lyca Mobile")
SPONSORS = ("Halvorsen Therapeutics", "Eli Lilly", "Johnson & Johnson", "Bristol-Myers Squibb", "Abbott", "Novo Nordisk")
DRUGS = ("HLV-2207", "ELX-114", "tirzepatide", "semaglutide", "BMS-986165", "placebo-matched HLV-2207")
EMPLOYERS = ("Baker Tilly", "Morgan Stanley", "Goldman Sachs", "Edward Jones", "Charles Schwab", "Sherwin-Williams",
             "Procter & Gamble", "Marriott", "Hewlett Packard Enterprise")
BANKS = ("Wells Fargo", "Chase", "Charles Schwab Bank", "Citizens Bank", "Fifth Third", "Ally")
PAYROLL_VENDORS = ("ADP", "Gusto", "Paychex", "Workday", "Rippling")
CI_ORGS = ("acme-labs", "northbridge-it", "shopnest", "vireo", "halvorsen-rd", "petcare-cloud")
CI_APPS = ("api", "billing-svc", "returns-portal", "sis-sync", "edc-gateway", "payroll-bridge")
CI_TOOLS = ("Jenkins", "GitHub Actions", "GitLab CI", "CircleCI", "Argo CD", "Travis CI")
COMMIT_MSGS = ("fix: retry on 503 from upstream", "chore(deps): bump axios from 1.6.2 to 1.6.8",
               "feat: add returns export", "refactor: split billing worker", "Merge pull request #4821 from feature/sso")
STATUSES = ("approved", "pending_inspection", "refunded", "rejected", "label_sent")


def _ascii(s):
    s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss", "æ": "ae"}))
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ord(ch) < 128)


def slug(s):
    return re.sub(r"[^a-z0-9]", "", _ascii(s).lower())


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    return (10 - tot % 10) % 10


def luhn_ok(num):
    ds = "".join(c for c in num if c.isdigit())
    return len(ds) > 1 and luhn_digit(ds[:-1]) == int(ds[-1])


def _iban_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = iban.replace(" ", "")
    return len(s) == 4 + len(IBAN_SPECS.get(s[:2], "x" * 99)) and _iban_int(s[4:] + s[:4]) % 97 == 1


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Person:
    __slots__ = ("first", "last", "mi", "culture")

    def __init__(self, first, last, mi, culture):
        self.first, self.last, self.mi, self.culture = first, last, mi, culture


# ----------------------------------------------------------------------------- builder
class Builder:
    """Appends text segments; ``(type, value)`` tuples are recorded as entities."""

    def __init__(self):
        self._parts, self._len, self.entities = [], 0, []

    def add(self, *segs):
        for s in segs:
            if s is None:
                continue
            if isinstance(s, tuple):
                typ, s = s
                if typ and s:
                    self.entities.append({"start": self._len, "end": self._len + len(s), "type": typ})
            s = str(s)
            self._parts.append(s)
            self._len += len(s)
        return self

    @property
    def text(self):
        return "".join(self._parts)


def kv(b, key, val, typ=None, sep=": ", end="\n"):
    b.add(key, sep, (typ, val) if typ else val, end)


def jdump(b, items, lvl=0, compact=False, ind=2):
    """Write a JSON object. items: list of (key, value[, type]); nested lists are objects; None items skipped."""
    items = [it for it in items if it is not None]
    b.add("{" if compact else "{\n")
    for i, it in enumerate(items):
        k, v, typ = it[0], it[1], (it[2] if len(it) > 2 else None)
        if not compact:
            b.add(" " * (ind * (lvl + 1)))
        b.add(json.dumps(k), ": ")
        if isinstance(v, list):
            jdump(b, v, lvl + 1, compact, ind)
        elif isinstance(v, str):
            b.add('"', (typ, json.dumps(v, ensure_ascii=False)[1:-1]), '"')
        else:
            b.add(json.dumps(v))
        if i < len(items) - 1:
            b.add(", " if compact else ",\n")
        elif not compact:
            b.add("\n")
    b.add("}" if compact else " " * (ind * lvl) + "}")


def ocr(g, s):
    out = []
    for ch in s:
        r = g.r.random()
        if ch == "O" and r < .3:
            out.append("0")
        elif ch == "I" and r < .2:
            out.append("l")
        elif ch == " " and r < .15:
            out.append("  ")
        elif ch == ":" and r < .1:
            out.append(";")
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------- value generators
class Gen:
    def __init__(self, rng, domain):
        self.r, self.domain = rng, domain
    # basics
    def c(self, seq):
        return self.r.choice(seq)
    def p(self, x):
        return self.r.random() < x
    def n(self, a, b):
        return self.r.randint(a, b)
    def s(self, k, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(k))
    def d(self, k):
        return self.s(k, DIG)
    def pat(self, pattern):
        return "".join(self.c(DIG) if ch == "#" else self.c(UP) if ch == "?" else self.c(HEX) if ch == "%" else ch
                       for ch in pattern)
    # people
    def person(self, culture=None):
        cul = culture or self.c(CULTURES)
        gv, sv = NAMES[cul]
        return Person(self.c(gv), self.c(sv), self.c("ABCDEFGHJKLMNPRSTVW"), cul)
    def nm(self, p, styles=None):
        st = self.c(styles or ("full", "full", "full", "first", "last", "lastfirst", "mi", "upper", "lower"))
        full = f"{p.last} {p.first}" if p.culture in EAST_ASIAN and self.p(.35) else f"{p.first} {p.last}"
        if st == "full":
            return full
        if st == "first":
            return p.first
        if st == "last":
            return p.last
        if st == "lastfirst":
            return f"{p.last}, {p.first}"
        if st == "mi":
            return f"{p.first} {p.mi}. {p.last}"
        if st == "upper":
            return full.upper()
        if st == "lfm_upper":
            return f"{p.last}, {p.first} {p.mi}".upper()
        if st == "flower":
            return p.first.lower()
        return full.lower()  # "lower"
    def email(self, p=None, dom=None):
        dom = dom or self.c(MAIL_DOMAINS)
        if p is None:
            return f"{self.c(('info', 'billing', 'support', 'noreply', 'hr', 'ops', 'records'))}@{dom}"
        f, l = slug(p.first) or "x", slug(p.last) or "y"
        local = self.c((f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{self.d(2)}", f"{f}{l[0]}", f"{l}.{f}",
                        f"{f}{self.n(70, 99)}", f"{f}.{l}{self.n(1, 9)}"))
        return f"{local}@{dom}"
    def title(self):
        return self.c(("Dr. ", "Ms. ", "Mr. ", "Mrs. ", "", ""))
    # contact / location
    def phone(self, intl=None, compact=False):
        if intl is None:
            intl = self.p(.35)
        if intl:
            v = self.pat(self.c(INTL_PHONES))
            return v.replace(" ", "") if compact else v
        a = self.c(US_AREAS)
        ex = self.c("23456789") + self.d(2)
        while ex[1:] == "11" or ex == "555":
            ex = self.c("23456789") + self.d(2)
        ln = self.d(4)
        if compact:
            return f"+1{a}{ex}{ln}"
        return self.c((f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}",
                       f"+1-{a}-{ex}-{ln}", f"1 ({a}) {ex}-{ln}", f"({a}) {ex}-{ln}"))
    def loc(self, st=None):
        st = st or self.c(("city", "city", "citycountry", "cityst", "country", "region"))
        if st == "city":
            return self.c(WORLD)[0] if self.p(.6) else self.c(US_CITIES)[0]
        if st == "citycountry":
            return "%s, %s" % self.c(WORLD)
        if st == "cityst":
            return "%s, %s" % self.c(US_CITIES)[:2]
        if st == "country":
            return self.c(WORLD)[1]
        return self.c(REGIONS)
    def address(self, multiline=False, caps=False, indent=""):
        sep = "\n" + indent if multiline else ", "
        k = self.c(("us", "us", "us", "us", "uk", "de", "fr", "ca", "au", "in", "br", "nl", "jp", "it", "es", "pl", "ng", "ke"))
        n = self.n(1, 240)
        if k == "us":
            city, st, zp = self.c(US_CITIES)
            unit = self.c(("", "", f", Apt {self.n(1, 40)}{self.c('ABCD')}", f" Unit {self.n(100, 999)}", f", Suite {self.n(100, 900)}"))
            a = f"{self.n(12, 9899)} {self.c(US_STREETS)} {self.c(US_SUFFIX)}{unit}{sep}{city}, {st} {self.pat(zp)}"
        elif k == "uk":
            city, pc = self.c((("Leeds", "LS# #??"), ("Bristol", "BS# #??"), ("Manchester", "M## #??"),
                               ("Glasgow", "G## #??"), ("Cardiff", "CF## #??"), ("London", "SW## #??")))
            a = f"{n} {self.c(('Kingsley Road', 'Victoria Street', 'Elm Grove', 'Beaconsfield Close', 'Wellington Lane'))}{sep}{city} {self.pat(pc)}"
        elif k == "de":
            a = (f"{self.c(('Goethestraße', 'Schillerweg', 'Lindenallee', 'Bahnhofstraße', 'Friedrich-Ebert-Straße'))} {n}"
                 f"{sep}{self.d(5)} {self.c(('Berlin', 'Hamburg', 'Köln', 'Leipzig', 'Freiburg im Breisgau', 'Dresden'))}")
        elif k == "fr":
            a = (f"{n} {self.c(('rue Victor Hugo', 'avenue Jean Jaurès', 'rue des Lilas', 'boulevard Saint-Germain', 'rue Émile Zola'))}"
                 f"{sep}{self.d(5)} {self.c(('Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille'))}")
        elif k == "ca":
            city, prov, l0 = self.c((("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"),
                                     ("Calgary", "AB", "T"), ("Halifax", "NS", "B")))
            a = f"{self.n(10, 2999)} {self.c(('Queen St W', 'Granville Street', 'Rue Sherbrooke', 'Spring Garden Rd'))}{sep}{city}, {prov} {l0}{self.pat('#? #?#')}"
        elif k == "au":
            sub, st, pc = self.c((("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Fortitude Valley", "QLD", "4006"),
                                  ("Fremantle", "WA", "6160")))
            a = f"{n} {self.c(('Brunswick St', 'King Street', 'Ann St', 'High Street'))}{sep}{sub} {st} {pc}"
        elif k == "in":
            area, city, pc = self.c((("Indiranagar", "Bengaluru", "5600##"), ("Koregaon Park", "Pune", "4110##"),
                                     ("Salt Lake Sector V", "Kolkata", "7000##"), ("Banjara Hills", "Hyderabad", "5000##")))
            a = f"Flat {self.n(101, 1204)}, {self.c(('Prestige Lakeside', 'Sai Residency', 'Green Glen Layout'))}, {area}{sep}{city} {self.pat(pc)}"
        elif k == "br":
            a = f"Rua {self.c(('das Flores', 'Augusta', 'Oscar Freire', 'Barão de Itapetininga'))}, {n}{sep}{self.c(('São Paulo - SP', 'Curitiba - PR', 'Recife - PE'))}, {self.pat('#####-###')}"
        elif k == "nl":
            a = f"{self.c(('Keizersgracht', 'Prinsengracht', 'Witte de Withstraat', 'Oudegracht'))} {n}{sep}{self.pat('#### ??')} {self.c(('Amsterdam', 'Rotterdam', 'Utrecht'))}"
        elif k == "jp":
            a = f"{self.n(1, 5)}-{self.n(1, 20)}-{self.n(1, 30)} {self.c(('Jingumae', 'Umeda', 'Sakae'))}{sep}{self.c(('Shibuya-ku, Tokyo', 'Kita-ku, Osaka', 'Naka-ku, Nagoya'))} {self.pat('###-####')}"
        elif k == "it":
            a = f"Via {self.c(('Giuseppe Garibaldi', 'Roma', 'dei Mille', 'Alessandro Manzoni'))} {n}{sep}{self.d(5)} {self.c(('Milano (MI)', 'Bologna (BO)', 'Torino (TO)', 'Napoli (NA)'))}"
        elif k == "es":
            a = f"Calle de {self.c(('Alcalá', 'Serrano', 'Francisco Silvela', 'la Princesa'))}, {n}{sep}{self.d(5)} {self.c(('Madrid', 'Valencia', 'Sevilla', 'Bilbao'))}"
        elif k == "pl":
            a = f"ul. {self.c(('Marszałkowska', 'Długa', 'Adama Mickiewicza', 'Piotrkowska'))} {n}/{self.n(1, 60)}{sep}{self.pat('##-###')} {self.c(('Warszawa', 'Gdańsk', 'Łódź', 'Wrocław'))}"
        elif k == "ng":
            a = f"{n} {self.c(('Adeola Odeku Street', 'Awolowo Road', 'Herbert Macaulay Way'))}{sep}{self.c(('Victoria Island, Lagos', 'Ikoyi, Lagos', 'Yaba, Lagos'))} {self.pat('1#####')}"
        else:
            a = f"{self.c(('Kenyatta Avenue', 'Ngong Road', 'Moi Avenue'))}, {self.c(('Kilimani Towers', 'Westgate House'))}{sep}P.O. Box {self.n(100, 99999)}-00100, Nairobi"
        return a.upper() if caps else a
    # dates
    def _date(self, y0, y1):
        a, z = _dt.date(y0, 1, 1).toordinal(), _dt.date(y1, 12, 31).toordinal()
        return _dt.date.fromordinal(self.n(a, z))
    def dob(self, fmt=None, young=False):
        d = self._date(1985, 2006) if young else self._date(1938, 2006)
        M = MONTHS[d.month - 1]
        fmt = fmt or self.c(("us", "us", "eu", "dot", "iso", "long", "dmy", "short"))
        return {"us": f"{d.month:02d}/{d.day:02d}/{d.year}", "eu": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "dot": f"{d.day:02d}.{d.month:02d}.{d.year}", "iso": d.isoformat(), "long": f"{M} {d.day}, {d.year}",
                "dmy": f"{d.day} {M} {d.year}", "short": f"{M[:3]} {d.day}, {d.year}"}[fmt]
    def dt(self, kind=None):
        d = self._date(2024, 2026)
        kind = kind or self.c(("date", "date", "datetime", "datetime"))
        h, mi = self.n(7, 18), self.c((0, 0, 15, 30, 45))
        ap = "AM" if h < 12 else "PM"
        ap = ap if self.p(.6) else ap.lower()
        t12, t24 = f"{h if h <= 12 else h - 12}:{mi:02d} {ap}", f"{h:02d}:{mi:02d}"
        M, W = MONTHS[d.month - 1], WEEKDAYS[d.weekday()]
        if kind == "time":
            return self.c((t12, t24))
        if kind == "iso":
            return d.isoformat()
        if kind == "my":
            return f"{M} {d.year}"
        if kind == "date":
            return self.c((f"{M} {d.day}, {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day} {M} {d.year}",
                           f"{M[:3]} {d.day}, {d.year}", f"{W}, {M} {d.day}", f"{d.day:02d}.{d.month:02d}.{d.year}"))
        return self.c((f"{M} {d.day}, {d.year} at {t12}", f"{d.month}/{d.day}/{d.year} {t12}", f"{W}, {M} {d.day} at {t12}",
                       f"{d.day} {M} {d.year}, {t24}", f"{W[:3]} {d.day} {M[:3]} {t24}", f"{d.month:02d}/{d.day:02d}/{d.year} {t24}"))
    def clock(self, style="log"):
        state = [_dt.datetime(2024, 1, 1) + _dt.timedelta(seconds=self.n(0, 3 * 365 * 86400))]

        def tick():
            state[0] += _dt.timedelta(seconds=self.n(0, 75), milliseconds=self.n(0, 999))
            t = state[0]
            if style == "log":
                return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"
            if style == "iso":
                return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"
            if style == "gh":
                return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{self.n(0, 9)}Z"
            if style == "syslog":
                return f"{MONTHS[t.month - 1][:3]} {t.day:2d} {t:%H:%M:%S}"
            if style == "epoch":
                return str(int((t - _dt.datetime(1970, 1, 1)).total_seconds()))
            if style == "slack":
                return f"{(t.hour % 12) or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
            return f"[{t:%H:%M}]"
        return tick
    # numbers / ids
    def ssn(self, sep=None):
        a = self.n(1, 899)
        while a == 666:
            a = self.n(1, 899)
        f = sep if sep is not None else self.c(("-", "-", "-", " ", ""))
        return f"{a:03d}{f}{self.n(1, 99):02d}{f}{self.n(1, 9999):04d}"
    def bad_ssn(self):
        return f"{self.c(('000', '666', str(self.n(900, 999))))}-{self.n(1, 99):02d}-{self.n(1, 9999):04d}"
    def _card_body(self):
        k = self.n(0, 3)
        pre, ln = (("4" + self.d(5), 16), (self.c(("51", "52", "53", "54", "55", str(self.n(2221, 2720)))), 16),
                   (self.c(("34", "37")), 15), (self.c(("6011", "65")), 16))[k]
        return pre + self.d(ln - 1 - len(pre))
    def _card_fmt(self, num):
        sep = self.c((" ", "-", "", " "))
        parts = [num[:4], num[4:10], num[10:]] if len(num) == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(parts)
    def card(self):
        body = self._card_body()
        return self._card_fmt(body + str(luhn_digit(body)))
    def bad_card(self):
        body = "4" + self.d(14) if self.p(.5) else "5" + self.c("12345") + self.d(13)
        return self._card_fmt(body + str((luhn_digit(body) + self.n(1, 9)) % 10))
    def iban(self, grouped=None):
        cc = self.c(tuple(IBAN_SPECS))
        bban = self.pat(IBAN_SPECS[cc])
        if cc in IBAN_BANKS:
            bban = self.c(IBAN_BANKS[cc]) + bban[4:]
        chk = 98 - _iban_int(bban + cc + "00") % 97
        v = f"{cc}{chk:02d}{bban}"
        grouped = self.p(.5) if grouped is None else grouped
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v
    def ipv4(self):
        k = self.n(0, 3)
        if k == 0:
            return f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
        if k == 1:
            return f"192.168.{self.n(0, 255)}.{self.n(1, 254)}"
        if k == 2:
            return f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(1, 254)}"
        return f"{self.c((23, 34, 45, 52, 63, 81, 91, 104, 142, 151, 185, 203, 212))}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}"
    def ipv6(self):
        hx = [format(self.n(0, 0xffff), "x") for _ in range(8)]
        k = self.n(0, 2)
        if k == 0:
            return ":".join(hx)
        if k == 1:
            return self.c(("2001:db8", "fe80", "2a02:6b8", "2600:1f18")) + "::" + ":".join(hx[:self.n(2, 4)])
        return ":".join(f"{int(h, 16):04x}" for h in hx)
    def ip(self):
        return self.ipv4() if self.p(.8) else self.ipv6()
    def url(self, host, path=None):
        path = path or self.c(("portal/login", "account/billing", "appointments/confirm", "returns/status",
                               "docs/onboarding", "records/view", "pay/invoice", "help/article"))
        q = self.c(("", "", f"?id={self.s(10)}", f"?ref=email&utm_source=notify&token={self.s(8, LO + DIG)}", f"/{self.uuid()}"))
        return f"https://{host}/{path}{q}"
    def mrn(self):
        return self.pat(self.c(("########", "E########", "##-###-###", "M#######", "#######-#", "V######")))
    def hpn(self):
        return self.pat(self.c(("XEH#########", "ZGP#########", "W##########", "MBR#########", "#??#-??#-??##", "YLJ###?#####")))
    def acct(self):
        return self.pat(self.c(("##########", "############", "####-####-####", "###-#######-##", "#### #### ####", "########-##")))
    def dl(self):
        return self.pat(self.c(("?#######", "?###-####-####", "?###-###-##-###-#", "########", "### ### ###", "WDL??#??##?#")))
    # secrets
    def aws_key(self):
        return self.c(("AKIA", "AKIA", "ASIA")) + self.s(16, UP + "234567")
    def aws_secret(self):
        return self.s(40, B64)
    def gh_token(self):
        k = self.n(0, 3)
        return ("ghp_", "gho_", "ghs_")[k] + self.s(36) if k < 3 else "github_pat_" + self.s(22) + "_" + self.s(59)
    def slack(self):
        if self.p(.6):
            return f"xoxb-{self.d(12)}-{self.d(13)}-{self.s(24)}"
        return f"xoxp-{self.d(12)}-{self.d(12)}-{self.d(13)}-{self.s(32, HEX)}"
    def stripe(self):
        return self.c(("sk_live_", "sk_live_", "rk_live_", "sk_test_")) + "51" + self.s(self.c((22, 32, 97)))
    def jwt(self):
        alg = self.c(("HS256", "RS256", "ES256"))
        hdr = {"alg": alg, "typ": "JWT"}
        if self.p(.4):
            hdr["kid"] = self.s(12, HEX)
        iat = self.n(1700000000, 1790000000)
        pl = {"sub": self.c((self.uuid(), "system:serviceaccount:prod:deployer", "usr_" + self.s(10))), "iat": iat,
              "exp": iat + self.c((900, 3600, 86400)), "iss": self.c(("https://auth.internal", "kubernetes/serviceaccount", "edc"))}
        sig = self.s({"HS256": 43, "RS256": 342, "ES256": 86}[alg], B64U)
        enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
        return f"{enc(hdr)}.{enc(pl)}.{sig}"
    def pem(self, indent="", escaped=False):
        kind, pre, lines = self.c((("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", (8, 14)), ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", (8, 14)),
                                   ("EC PRIVATE KEY", "MHcCAQEEI", (2, 2)),
                                   ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAA", (4, 7))))
        body = pre + self.s(64 * self.n(*lines) - len(pre) + self.n(4, 60), B64)
        nl = "\\n" if escaped else "\n" + indent
        rows = [body[i:i + 64] for i in range(0, len(body), 64)]
        return f"-----BEGIN {kind}-----{nl}" + nl.join(rows) + f"{nl}-----END {kind}-----"
    def password(self, safe=False):
        sym = "-_." if safe else "!@#$%^&*-_.?"
        k = self.n(0, 2)
        if k == 0:
            return self.c(PW_WORDS).capitalize() + self.c(("", "_", ".")) + self.d(self.n(2, 4)) + self.c(sym)
        if k == 1:
            return self.c(ALNUM) + self.s(self.n(11, 19), ALNUM + sym)
        return f"{self.c(PW_WORDS)}-{self.c(PW_WORDS).capitalize()}-{self.d(2)}{self.c(sym)}"
    def gsecret(self):
        return self.c((lambda: self.s(32, HEX), lambda: self.s(40), lambda: "SG." + self.s(22, B64U) + "." + self.s(43, B64U),
                       lambda: "key-" + self.s(32, HEX), lambda: self.s(64, HEX), lambda: f"{self.n(1, 9)}~" + self.s(64)))()
    # hard negatives
    def uuid(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))
    def iso_ts(self):
        d = self._date(2024, 2026)
        return f"{d.isoformat()}T{self.n(0, 23):02d}:{self.n(0, 59):02d}:{self.n(0, 59):02d}" + self.c(("Z", ".123Z", "+02:00", ".482913+00:00", "-05:00"))
    def sha(self, short=False):
        return self.s(7 if short else 40, HEX)
    def version(self):
        return self.c(("v", "", "")) + f"{self.n(0, 9)}.{self.n(0, 30)}.{self.n(0, 40)}" + self.c(("", "", "-rc.1", "-beta.3", f"+build.{self.n(100, 999)}"))
    def digest(self):
        return "sha256:" + self.s(64, HEX)
    def order_no(self):
        return self.pat(self.c(("ORD-2025-######", "#10#######", "SO-#######", "W#########")))
    def ticket(self):
        return self.pat(self.c(("INC#######", "TCK-######", "CS-########", "SR ##-#####", "CASE-######")))
    def invoice(self):
        return self.pat(self.c(("INV-######", "INV-2025-####", "#A####-##")))
    def tracking(self):
        return self.c(("1Z" + self.s(6, UP + DIG) + self.d(10), "9400 " + " ".join(self.d(4) for _ in range(4)) + " " + self.d(2),
                       "TBA" + self.d(12), "JD01" + self.d(16)))
    def sku(self):
        return self.pat(self.c(("SKU-???-#####", "??-####-??", "#####-???", "???###-BLK-M")))
    def lot(self):
        return self.pat(self.c(("LOT ##?###", "L#####-?", "B########", "Batch ####-##")))
    def amount(self, big=False):
        v = self.n(10000, 2000000) * 5 if big else self.n(5, 1800) + self.n(0, 99) / 100
        cur = self.c(("$", "$", "€", "£", "USD ", "₹"))
        return f"{cur}{v:,.0f}" if big else f"{cur}{v:,.2f}"
    def pct(self):
        return f"{self.n(0, 99)}.{self.n(0, 9)}%"
    def rel(self, past=False):
        return self.c(PAST_REL if past else FUTURE_REL)
    def imei(self):
        body = "35" + self.d(12)
        return body + str(luhn_digit(body))
    def mac(self):
        return ":".join(f"{self.n(0, 255):02X}" for _ in range(6))
    def winver(self):
        return f"10.0.{self.n(19041, 22631)}.{self.n(1000, 4000)}"


# ============================================================================= templates
# ---------------------------------------------------------------- veterinary_clinic
def t_vet_intake(g, b):
    o, ec = g.person(), g.person()
    clinic, caps, sep, pet = g.c(VET_CLINICS), g.p(.3), g.c((": ", ":  ", " - ")), g.c(PET_NAMES)
    up = (lambda s: s.upper()) if caps else (lambda s: s)
    b.add(up(clinic), "\n", g.c(("NEW CLIENT REGISTRATION", "Client & Patient Intake Form")), "\n\n")
    if g.p(.5):
        kv(b, "Owner last name", up(o.last), PER, sep)
        kv(b, "Owner first name", up(o.first), PER, sep)
    else:
        kv(b, "Owner name", up(g.nm(o, ("full", "lastfirst", "mi"))), PER, sep)
    kv(b, "Home address", g.address(multiline=g.p(.3), caps=caps), ADDR, sep)
    kv(b, g.c(("Cell", "Mobile", "Primary phone")), g.phone(), PH, sep)
    if g.p(.75):
        kv(b, "Email", g.email(o), EM, sep)
    kv(b, "Patient", f"{pet} ({g.c(SPECIES)}, {g.c(BREEDS)}, {g.n(1, 14)} yrs, {g.n(3, 40)}.{g.n(0, 9)} kg)", None, sep)
    kv(b, g.c(("Medical record #", "Med. Rec. No.", "Chart / MRN")), g.mrn(), MRN, sep)
    kv(b, "Microchip", g.c(("985", "900", "956", "982")) + g.d(12), None, sep)
    kv(b, "Rabies tag", g.pat("R-2025-#####"), None, sep)
    kv(b, "Current food", g.c(VET_PRODUCTS), None, sep)
    if g.p(.3):
        kv(b, "Card on file", g.card(), CC, sep)
    b.add("Emergency contact", sep, (PER, g.nm(ec, ("full", "first", "mi"))), " @ ", (PH, g.phone()), "\n")
    kv(b, "Appointment", g.dt(), DT, sep)
    b.add("Referred by", sep, g.c(("Google search", "a friend", g.c(VET_CLINICS))), "\n")
    b.add(f"form_ref={g.uuid()} submitted={g.iso_ts()}\n")


def t_vet_sms(g, b):
    o, partner, vet = g.person(), g.person(), g.person()
    clinic, pet, tick = g.c(VET_CLINICS), g.c(PET_NAMES), g.clock("chat")
    who = g.nm(o, ("lower", "flower", "first"))
    b.add(tick(), " ", clinic, ": Hi ", (PER, o.first), "! Reminder: ", pet, " is booked for ", g.c(VET_SERVICES), " on ",
          (DT, g.dt("datetime")), ". Reply C to confirm or call ", (PH, g.phone(False)), ".\n")
    pf = partner.first.lower() if g.p(.5) else partner.first
    b.add(tick(), " ", (PER, who), ": C. can my partner ", (PER, pf), " drop ", pet.lower(), " off instead?? i have a shift\n")
    b.add(tick(), " ", clinic, ": Absolutely. ", (PER, partner.first), " just needs the vaccine card. Dr. ", (PER, vet.last),
          " will do the exam. Heads up: we moved to ", (ADDR, g.address()), ".\n")
    if g.p(.6):
        b.add(tick(), " ", (PER, who), ": ok thx. also pls update my email to ", (EM, g.email(o)), "\n")
    b.add(tick(), " ", clinic, ": Done! Est. total ", g.amount(), " (", g.c(VET_PRODUCTS), " not included). Msg&data rates may apply. STOP to opt out\n")


def t_vet_invoice(g, b):
    o, staff = g.person(), g.person()
    clinic, pet = g.c(VET_CLINICS), g.c(PET_NAMES)
    host = slug(clinic) + ".com"
    b.add("From: ", clinic, " Billing <", (EM, "billing@" + host), ">\nTo: ", (PER, g.nm(o, ("full", "mi"))), " <",
          (EM, g.email(o)), ">\nSubject: Your invoice ", g.invoice(), " for ", pet, "\nX-Mailer: ", g.c(("Cornerstone", "ezyVet", "AVImark")), " ", g.version(), "\n\n")
    b.add("Dear ", *((g.c(("Mr. ", "Ms. ", "")), (PER, o.last)) if g.p(.6) else ((PER, o.first),)), ",\n\n")
    b.add("Thank you for bringing ", pet, " in on ", (DT, g.dt("date")), ". A total of ", g.amount(), " was charged to the ",
          g.c(("Visa", "Mastercard", "Amex")), " ending in ", g.d(4), ".\n")
    b.add(g.c(("Client account number: ", "Your account no. is ", "Account #")), (ACCT, g.acct()), "\n\n")
    for _ in range(g.n(2, 4)):
        b.add("  - ", g.c(VET_PRODUCTS + ("Exam fee", "Nail trim", "Fecal panel")), " .... ", g.amount(), "\n")
    b.add("  Tax (", g.pct(), ") included.\n\n")
    b.add("View or download your statement: ", (URL, g.url(host)), "\n")
    if g.p(.4):
        b.add("Pet insurance claim form (", g.c(("Trupanion", "Nationwide", "Healthy Paws")), ") attached; claim ", g.pat("CLM-#########"), ".\n")
    b.add("Questions? Call us at ", (PH, g.phone(False)), ".\n\n— ", (PER, staff.first), ", front desk\n", clinic, "\n")


def t_vet_call(g, b):
    o, ag, vet = g.person(), g.person(), g.person()
    clinic, pet = g.c(VET_CLINICS), g.c(PET_NAMES)
    A, C = g.c((("AGENT", "CALLER"), ("Agent", "Customer"), ("REP", "CLIENT")))
    b.add(f"CALL {g.uuid()} | queue=vet-billing | dur 00:0{g.n(3, 9)}:{g.n(10, 59)} | recorded\n\n")
    b.add(A, ": Thanks for calling ", clinic, ", this is ", (PER, ag.first), ". How can I help?\n")
    b.add(C, ": Hi, yeah, I'm calling about my ", g.c(SPECIES), " ", pet, ". The account's under ", (PER, g.nm(o, ("full", "mi", "lastfirst"))), ".\n")
    b.add(A, ": Sure. Can you verify the phone number on file?\n", C, ": It's ", (PH, g.phone()), ".\n")
    b.add(A, ": And the account holder's date of birth?\n", C, ": ", (DOB, g.dob(g.c(("long", "us", "dmy")))), ".\n")
    b.add(A, ": Thank you, ", (PER, o.first), ". I have medical record ", (MRN, g.mrn()), " here. Dr. ", (PER, vet.last),
          " recommended the dental for ", (DT, g.dt()), ", estimate ", g.amount(), ".\n")
    if g.p(.6):
        card = g.card()
        b.add(C, ": Can I pay the deposit now? Card number is ", (CC, card), ".\n")
        b.add(A, ": Got it, the card ending ", "".join(ch for ch in card if ch.isdigit())[-4:], " is approved. Confirmation ", g.pat("CNF-######"), ".\n")
    else:
        b.add(C, ": I'll pay at the visit. Is it still ", g.amount(), "? The ", g.c(VET_PRODUCTS), " refill too?\n")
    b.add(A, ": Yes. You'll get a text reminder ", g.rel(), ". Have a good one!\n", C, ": Thanks, bye.\n")


def t_vet_lablog(g, b):
    o, vet = g.person(), g.person()
    tick, pet = g.clock(g.c(("log", "iso"))), g.c(PET_NAMES)
    b.add(tick(), " INFO  [lis-bridge] ", (IP, g.ipv4()), " POST /api/v2/results accession=", g.pat("ACC-#######"),
          " mrn=", (MRN, g.mrn()), " species=", g.c(SPECIES), " status=201 ", str(g.n(12, 400)), "ms\n")
    b.add(tick(), " WARN  [lis-bridge] critical value ALT=", str(g.n(300, 900)), " U/L (ref 10-125) patient=", pet,
          ' owner="', (PER, g.nm(o, ("lastfirst", "full", "upper"))), '" attending="Dr. ', (PER, g.nm(vet, ("full", "last"))), '"\n')
    b.add(tick(), " INFO  [notify] sms queued to=", (PH, g.phone(compact=True)), " template=lab_ready msg_id=", g.uuid(), "\n")
    if g.p(.7):
        b.add(tick(), " ERROR [notify] smtp relay ", (IP, g.ip()), " rejected rcpt <", (EM, g.email(o)), ">: 550 5.1.1 mailbox unavailable\n")
    b.add(tick(), " DEBUG [lis-bridge] analyzer IDEXX ProCyte Dx fw ", g.version(), " ", g.lot(), " retries=", str(g.n(0, 3)), "\n")
    b.add(tick(), " INFO  [portal] results link ", (URL, g.url("results." + slug(g.c(VET_CLINICS)) + ".com", "lab/report")), " expires_in=72h\n")


# ---------------------------------------------------------------- insurance_underwriting
def t_uw_json(g, b):
    a, agent = g.person(), g.person()
    b.add(g.c(("POST /v2/applications\n", "application payload:\n", "")))
    jdump(b, [
        ("application_id", g.uuid()), ("submitted_at", g.iso_ts()), ("channel", g.c(("web", "agent_portal", "mobile"))),
        ("client_ip", g.ip(), IP), ("product", g.c(("Term Life 20", "Whole Life", "Disability Income"))),
        ("applicant", [
            ("first_name", a.first, PER), ("last_name", a.last, PER), ("date_of_birth", g.dob(g.c(("iso", "us"))), DOB),
            ("ssn", g.ssn("-"), SSN), ("drivers_license_number", g.dl(), DL) if g.p(.7) else None,
            ("email", g.email(a), EM), ("phone", g.phone(), PH), ("residence", g.address(), ADDR),
            ("tobacco_use", g.p(.2)), ("height_cm", g.n(150, 198)), ("weight_kg", g.n(50, 120))]),
        ("existing_coverage", [("carrier", g.c(INSURERS)), ("health_plan_member_id", g.hpn(), HPN),
                               ("group_number", g.pat("GRP-#####"))]) if g.p(.7) else None,
        ("face_amount", g.n(10, 200) * 5000), ("premium_mode", g.c(("monthly", "annual"))),
        ("agent", [("name", g.nm(agent, ("full",)), PER), ("agent_code", g.pat("AG-#####"))]),
        ("schema_version", g.version()),
    ], compact=g.p(.2))
    b.add("\n")


def t_uw_md(g, b):
    a, doc, sp = g.person(), g.person(), g.person()
    b.add("## Underwriting worksheet — case ", g.pat("UW-2025-#####"), "\n\n| Field | Value |\n|---|---|\n")
    rows = [("Proposed insured", (PER, g.nm(a, ("full", "lastfirst", "mi")))), ("DOB", (DOB, g.dob())),
            ("Residence", (LOC, g.loc())), ("Occupation", g.c(OCCUPATIONS)), ("Tobacco", g.c(("No", "Yes — cigars, occasional"))),
            ("BMI", f"{g.n(19, 34)}.{g.n(0, 9)}"), ("Face amount", g.amount(big=True)),
            ("Rating", g.c(("Standard Plus", "Preferred", "Table 2 (+50%)", "Substandard, flat extra $5/1000")))]
    if g.p(.5):
        rows.insert(3, ("Driver license", (DL, g.dl())))
    for k, v in rows:
        b.add("| ", k, " | ", v, " |\n")
    b.add("\nNotes: APS requested from Dr. ", (PER, doc.last), " at ", g.c(HOSPITALS), "; MIB code ", g.pat("###-##"),
          " reviewed, no action. Paramed exam booked for ", (DT, g.dt()), ". Beneficiary: spouse ",
          (PER, sp.first if g.p(.5) else g.nm(sp, ("full",))), " (100%). Quote expires ", g.rel(), ".\n")


def t_uw_llm(g, b):
    a = g.person()
    dob, ssn = g.dob(), g.ssn()
    b.add("<system>\nYou are UW-Copilot, an underwriting assistant for ", g.c(INSURERS), ". Follow guideline manual ",
          g.version(), ". Never output SSNs.\n</system>\n<user>\nSummarize the risk for this applicant and suggest a rating class.\n\n")
    b.add("Applicant: ", (PER, g.nm(a, ("full", "mi", "upper"))), "\nBorn: ", (DOB, dob), " in ", (LOC, g.loc("city")),
          "\nCurrent residence: ", (LOC, g.loc()), "\nSSN: ", (SSN, ssn), "\n")
    if g.p(.5):
        b.add("DL#: ", (DL, g.dl()), "\n")
    b.add("History: ", g.c(MED_HISTORY), "; BP 132/84; A1c 5.9%. Requested ", g.amount(big=True), " 20-yr term.\n</user>\n")
    b.add('<assistant>\n{"tool": "mib_lookup", "arguments": {"last_name": "', (PER, a.last), '", "dob": "', (DOB, dob), '"}}\n</assistant>\n')
    b.add('<tool name="mib_lookup">\n{"status": 200, "hits": [], "request_id": "', g.uuid(), '", "latency_ms": ', str(g.n(40, 900)), "}\n</tool>\n")
    b.add("<assistant>\nNo MIB hits. ", (PER, a.first), " looks like a ", g.c(("Preferred", "Standard Plus", "Standard")),
          " risk. (SSN withheld per policy: ***-**-", ssn[-4:], ")\n</assistant>\n")


def t_uw_ocr(g, b):
    a = g.person()
    name = g.nm(a, ("lfm_upper", "upper"))
    b.add(ocr(g, "APPLICATION FOR INDIVIDUAL LIFE INSURANCE"), "      Page 1 of ", str(g.n(3, 6)), "\n",
          ocr(g, "PART A - PROPOSED INSURED"), "\n", ocr(g, "1. Full Name (Last, First, MI):"), " ", (PER, name), "\n")
    b.add(ocr(g, "2. Date of Birth (MM/DD/YYYY):"), " ", (DOB, g.dob("us")), "    3. Sex: [X] M [ ] F\n")
    b.add(ocr(g, "4. Social Security No.:"), " ", (SSN, g.ssn()), "\n")
    b.add(ocr(g, "5. Residence Address:"), "\n   ", (ADDR, g.address(multiline=True, caps=True, indent="   ")), "\n")
    b.add(ocr(g, "6. Driver's License No.:"), " ", (DL, g.dl()), "   ", ocr(g, "7. Home Phone:"), " ", (PH, g.phone(False)), "\n")
    b.add(ocr(g, "8. Place of Birth:"), " ", (LOC, g.loc(g.c(("citycountry", "cityst", "country"))).upper()), "\n")
    b.add(ocr(g, "9. Occupation / Employer:"), " ", g.c(OCCUPATIONS).upper(), " / ", g.c(EMPLOYERS).upper(), "\n")
    b.add(ocr(g, "10. Annual Income:"), " ", g.amount(big=True), "   ", ocr(g, "Prior policy no."), " ", g.pat("LP#######"), "\n")
    b.add(ocr(g, "Signed at"), " ", (LOC, g.loc("cityst").upper()), " ", ocr(g, "on"), " ", (DT, g.dt("date")),
          "   ", ocr(g, "Signature:"), " /s/ ", (PER, g.nm(a, ("upper",))), "\n")
    b.add("~~ ", g.c(("|||", "l|l", "::")), " ", ocr(g, "FOR HOME OFFICE USE ONLY"), " -- Form ", g.pat("LA-####-??"), " Rev. ", g.d(2), "\n")


def t_uw_broker(g, b):
    br, uw, cl = g.person(), g.person(), g.person()
    brokerage, ins = g.c(BROKERAGES), g.c(INSURERS)
    host = slug(brokerage) + ".com"
    b.add("From: ", (PER, g.nm(br, ("full",))), " <", (EM, g.email(br, host)), ">\nTo: New Business <",
          (EM, "newbusiness@" + slug(ins) + ".com"), ">\nSubject: RE: Quote ", g.pat("Q-######"), " — ", (PER, cl.last), " household\n\n")
    b.add("Hi ", (PER, uw.first), ",\n\nFollowing up on our call ", g.rel(True), ". ", (PER, g.nm(cl, ("full", "mi"))), " (DOB ",
          (DOB, g.dob()), ") is relocating from ", (LOC, g.loc()), " to ", (LOC, g.loc()), " and wants the policy effective ",
          (DT, g.dt("date")), ".\n")
    b.add("Premium quoted was ", g.amount(), "/mo at ", g.c(("Preferred", "Standard")), "; they'd take annual mode if the ", g.pct(),
          " discount still applies.\n")
    b.add("The refund from the lapsed ", g.c(INSURERS), " policy should be wired to IBAN ", (IBAN, g.iban()), " (BIC ", g.c(BICS), ").\n")
    if g.p(.5):
        b.add("Their spouse, ", (PER, g.nm(g.person(), ("full", "first"))), ", can be reached on ", (PH, g.phone()), ".\n")
    b.add("Attached: APS, ", g.c(("HIPAA auth", "financial questionnaire")), ". Pls confirm receipt.\n\nBest,\n",
          (PER, g.nm(br, ("full", "first"))), "\n", brokerage, " | ", (PH, g.phone()), " | ", (URL, g.url("www." + host, "team")), "\n")


# ---------------------------------------------------------------- ecommerce_returns
def t_ret_form(g, b):
    c, shop = g.person(), g.c(SHOPS)
    title = f"{shop} — Return request"
    b.add(title, "\n", "=" * len(title), "\n")
    kv(b, "Order number", g.order_no())
    kv(b, g.c(("Full name", "Name on order")), g.nm(c, ("full", "mi", "lower", "upper")), PER)
    kv(b, "Email address", g.email(c), EM)
    if g.p(.6):
        kv(b, "Phone (optional)", g.phone(), PH)
    kv(b, "Pickup address", g.address(multiline=g.p(.3)), ADDR)
    kv(b, "Item", f"{g.c(PRODUCTS)} ({g.sku()}) x{g.n(1, 2)}")
    kv(b, "Reason", g.c(("Wrong size", "Arrived damaged", "Not as described", "Changed my mind")))
    kv(b, "Preferred pickup date", g.dt("date"), DT)
    r = g.n(0, 2)
    if r == 0:
        kv(b, "Refund to", f"original payment ({g.c(('Mastercard', 'Visa', 'Amex'))} •••• {g.d(4)})")
    elif r == 1:
        kv(b, "Refund to", "bank transfer")
        kv(b, "IBAN", g.iban(), IBAN)
        kv(b, "BIC", g.c(BICS))
    else:
        kv(b, "Refund to", "store credit (gift card " + g.bad_card() + ")")
    kv(b, "Outbound tracking", g.tracking())
    b.add("\n[x] I agree to the return policy (", g.version(), ")\nSubmitted from ", (IP, g.ip()), " at ", g.iso_ts(), "\n")


def t_ret_chat(g, b):
    c, ag = g.person(), g.person()
    tick, shop, order = g.clock("chat"), g.c(SHOPS), g.order_no()
    cn = g.nm(c, ("lower", "flower"))
    b.add("Chat transcript — ", shop, " Support — session ", g.uuid(), "\n")
    b.add(tick(), " ", (PER, cn), ": hi i need to return the ", g.c(PRODUCTS).lower(), " from order ", order, "\n")
    b.add(tick(), " Bot: I can help! What's the email on the order?\n", tick(), " ", (PER, cn), ": ", (EM, g.email(c)), "\n")
    b.add(tick(), " Agent ", (PER, ag.first), ": Hi ", (PER, c.first.lower() if g.p(.3) else c.first), ", I see it shipped to ",
          (LOC, g.loc(g.c(("city", "cityst", "citycountry")))), " ", g.rel(True), ". I've emailed a UPS label, tracking ", g.tracking(), ".\n")
    b.add(tick(), " Agent ", (PER, ag.first), ": Please drop it off by ", (DT, g.dt("date")), ". Refund of ", g.amount(), " posts within 5-7 business days.\n")
    if g.p(.6):
        b.add(tick(), " ", (PER, cn), ": can the refund go to my other card instead? ", (CC, g.card()), "\n")
        b.add(tick(), " Agent ", (PER, ag.first), ": For security we can only refund the original payment method. Please don't post full card numbers here.\n")
    else:
        b.add(tick(), " ", (PER, cn), ": ok. my number if ups needs it is ", (PH, g.phone()), "\n")
    b.add(tick(), " Bot: Rate your chat 1-5. Ref ", g.ticket(), "\n")


def t_ret_csv(g, b):
    b.add("return_id,order_id,first_name,last_name,email,phone,city,country,sku,qty,refund,requested_on,status\n")
    iso = g.p(.5)
    for _ in range(g.n(3, 7)):
        p = g.person()
        city, country = g.c(WORLD) if g.p(.6) else (g.c(US_CITIES)[0], "United States")
        b.add(g.pat("R-######"), ",", g.order_no(), ",", (PER, p.first), ",", (PER, p.last), ",", (EM, g.email(p)), ",",
              (PH, g.phone(compact=g.p(.3))) if g.p(.8) else "", ",", (LOC, city), ",", (LOC, country), ",", g.sku(), ",",
              str(g.n(1, 3)), ",", f"{g.n(5, 400)}.{g.n(0, 99):02d}", ",", (DT, g.dt("iso") if iso else g.dt("date").replace(",", "")),
              ",", g.c(STATUSES), "\n")


def t_ret_webhook(g, b):
    c, shop = g.person(), g.c(SHOPS)
    host = "hooks." + slug(shop) + ".io"
    b.add("POST ", (URL, f"https://{host}/v1/returns/events"), " HTTP/1.1\nHost: ", host, "\nUser-Agent: ")
    if g.p(.5):
        b.add("Stripe/1.0 (+", (URL, "https://stripe.com/docs/webhooks"), ")\n")
    else:
        b.add("ShopNest-Webhooks/", g.version(), "\n")
    b.add("Authorization: Bearer ", (ST, g.stripe()), "\nX-Request-Id: ", g.uuid(), "\nContent-Type: application/json\n\n")
    jdump(b, [("id", "evt_" + g.s(24)), ("type", "return.created"), ("created", g.n(1700000000, 1790000000)), ("livemode", True),
              ("data", [("return_id", g.pat("RMA-########")), ("order_id", g.order_no()),
                        ("customer", [("name", g.nm(c, ("full", "upper")), PER), ("email", g.email(c), EM), ("phone", g.phone(), PH)]),
                        ("ship_from", g.address(), ADDR), ("client_ip", g.ip(), IP), ("amount", g.n(500, 40000)),
                        ("currency", g.c(("usd", "eur", "gbp"))), ("reason", "damaged_in_transit"), ("carrier_tracking", g.tracking())])],
          compact=g.p(.3))
    b.add("\n")


def t_ret_agent(g, b):
    c = g.person()
    order, em, name, addr = g.order_no(), g.email(c), g.nm(c, ("full", "mi")), g.address()
    b.add("<|user|> I want to return order ", order, ", it arrived damaged. I'm ", (PER, name), ", email ", (EM, em), ".\n")
    b.add('<|assistant|> tool_call lookup_order {"order_id": "', order, '", "email": "', (EM, em), '"}\n')
    b.add("<|tool|> ")
    jdump(b, [("order_id", order), ("status", "delivered"), ("delivered_at", g.iso_ts()),
              ("ship_to", [("name", name, PER), ("address", addr, ADDR)]),
              ("payment", [("brand", g.c(("amex", "visa"))), ("last4", g.d(4))]), ("items", g.n(1, 4))], compact=True)
    pickup = g.dt("date")
    b.add('\n<|assistant|> tool_call create_return {"order_id": "', order, '", "reason": "damaged", "pickup_date": "', (DT, pickup), '"}\n')
    b.add('<|tool|> {"rma": "', g.pat("RMA-########"), '", "label_url": "', (URL, g.url("labels." + slug(g.c(SHOPS)) + ".com", "rma/label")),
          '", "status": 201}\n')
    b.add("<|assistant|> Done, ", (PER, c.first), "! Your return is created and the courier will collect it on ", (DT, pickup),
          ". The refund of ", g.amount(), " goes back to your card ending in ", g.d(4), ".\n")


# ---------------------------------------------------------------- university_registrar
def t_reg_email(g, b):
    s, clerk = g.person(), g.person()
    uni = g.c(UNIVERSITIES)
    host = slug(uni) + ".edu"
    full = g.nm(s, ("full", "mi"))
    b.add("From: ", (PER, full), " <", (EM, g.email(s)), ">\nTo: ", (EM, "registrar@" + host), "\nSubject: Official transcript request\n\n")
    b.add("Hello,\n\nI'd like ", str(g.n(1, 3)), " official transcripts sent for a graduate application. My details:\n\n")
    b.add("Name: ", (PER, full), "\n")
    if g.p(.4):
        b.add("Former name: ", (PER, g.nm(g.person(s.culture), ("full",))), "\n")
    b.add("Student ID: ", g.pat(g.c(("S########", "#######", "U#######"))), "\nDate of birth: ", (DOB, g.dob(young=True)),
          "\nProgram: ", g.c(PROGRAMS), "\nSend to:\n", (ADDR, g.address(multiline=True)), "\n")
    b.add("\nThe application closes ", (DT, g.dt("date")), ", so sooner is better. Phone: ", (PH, g.phone()), "\n\nThanks,\n", (PER, s.first), "\n\n")
    b.add("---\nReply from ", (PER, g.nm(clerk, ("full",))), ", Office of the Registrar, ", g.c(BUILDINGS), ":\nHi ", (PER, s.first),
          ", request ", g.ticket(), " is queued. Fee ", g.amount(), " — pay at ", (URL, g.url("pay." + host, "transcripts")), ".\n")


def t_reg_tsv(g, b):
    uni = g.c(UNIVERSITIES)
    host = slug(uni) + ".edu"
    adv = g.person()
    advn = g.nm(adv, ("lastfirst", "full"))
    b.add("# ", uni, " enrollment export ", g.iso_ts(), " rows=", str(g.n(3, 6)), "\n")
    b.add("student_id\tlast_name\tfirst_name\temail\tdob\tprogram\tadvisor\tcredits\tgpa\n")
    for _ in range(g.n(3, 6)):
        p = g.person()
        b.add(g.pat("S########"), "\t", (PER, p.last), "\t", (PER, p.first), "\t", (EM, g.email(p, host)), "\t",
              (DOB, g.dob(g.c(("iso", "us")), young=True)), "\t", g.c(PROGRAMS), "\t", (PER, advn), "\t", str(g.n(12, 130)), "\t",
              f"{g.n(2, 3)}.{g.n(0, 99):02d}", "\n")


def t_reg_chat(g, b):
    s, par, ag = g.person(), g.person(), g.person()
    tick, sn = g.clock("chat"), g.nm(s, ("lower", "flower"))
    b.add("Registrar Help Desk — live chat\n")
    b.add(tick(), " ", (PER, sn), ": hi my mom ", (PER, par.first.lower() if g.p(.4) else par.first), " needs to see my tuition bill\n")
    b.add(tick(), " RegistrarBot: To verify your identity, send your student ID and date of birth.\n")
    b.add(tick(), " ", (PER, sn), ": ", g.pat("S########"), " dob ", (DOB, g.dob(young=True)), "\n")
    b.add(tick(), " Agent ", (PER, ag.first), ": Thanks! To add ", (PER, g.nm(par, ("full",))), " as a FERPA proxy I need her email.\n")
    b.add(tick(), " ", (PER, sn), ": ", (EM, g.email(par)), "\n")
    if g.p(.5):
        b.add(tick(), " ", (PER, sn), ": also financial aid asked for my ssn, it's ", (SSN, g.ssn()), "\n")
        b.add(tick(), " Agent ", (PER, ag.first), ": Please never share SSNs in chat! I've masked it on our side (***-**-****).\n")
    b.add(tick(), " Agent ", (PER, ag.first), ": The proxy invite expires ", g.rel(), ". The payment deadline is ", (DT, g.dt("date")),
          " — questions: ", (PH, g.phone(False)), ".\n")


def t_reg_yaml(g, b):
    owner = g.person()
    uni = g.c(UNIVERSITIES)
    host = slug(uni) + ".edu"
    b.add("# sis-sync config — owner: ", (PER, g.nm(owner, ("full",))), " <", (EM, g.email(owner, host)), ">\n")
    b.add("service: sis-sync\nversion: ", g.version(), "\nenvironment: production\ndatabase:\n  host: ", (IP, g.ipv4()),
          "\n  port: 5432\n  name: registrar_prod\n  user: sis_app\n  password: \"", (PW, g.password()), "\"\n")
    b.add("ldap:\n  url: ldaps://ldap.", host, ":636\n  bind_dn: \"cn=svc-sis,ou=services,dc=", slug(uni)[:12], ",dc=edu\"\n")
    if g.p(.5):
        b.add("  bind_password: \"", (PW, g.password()), "\"\n")
    else:
        b.add("  bind_password: \"", g.c(PLACEHOLDERS), "\"\n")
    b.add("canvas:\n  base_url: ", (URL, f"https://{slug(uni)[:10]}.instructure.com/api/v1"), "\n  api_token: \"", (SEC, g.gsecret()), "\"\n")
    b.add("notifications:\n  slack_bot_token: ", (SL, g.slack()) if g.p(.6) else "${SLACK_BOT_TOKEN}", "\n  from_email: ",
          (EM, "noreply@" + host), "\nretry:\n  max_attempts: ", str(g.n(3, 8)), "\n  backoff_seconds: 30\ntoken_ttl: 3600\n")
    b.add("secret_rotation_days: 90\nbuild: \"", str(g.n(1000, 9999)), "\"\nimage: registry.", host, "/sis-sync@", g.digest(), "\n")


def t_reg_letter(g, b):
    s, reg = g.person(), g.person()
    uni = g.c(UNIVERSITIES)
    host = slug(uni) + ".edu"
    b.add(uni.upper(), "\nOffice of the Registrar · ", g.c(BUILDINGS), "\n", (ADDR, g.address(multiline=True)), "\n\n", (DT, g.dt("date")), "\n\n")
    b.add("ENROLLMENT VERIFICATION\n\nTo whom it may concern:\n\nThis letter certifies that ", (PER, g.nm(s, ("full", "mi", "upper"))),
          " (born ", (DOB, g.dob(g.c(("long", "dmy", "us")), young=True)), "), student ID ", g.pat("#######"), ", is enrolled full-time in the ",
          g.c(PROGRAMS), " program for the term beginning ", (DT, g.dt("date")), ". Expected graduation: ", (DT, g.dt("my")), ".\n\n")
    if g.p(.6):
        b.add("The student's local address on file is ", (ADDR, g.address()), ". ")
    b.add("For verification call ", (PH, g.phone(False)), " or email ", (EM, "verify@" + host), ". Ref ", g.pat("EV-#####"), ".\n\n")
    b.add("Sincerely,\n\n", (PER, g.nm(reg, ("full", "mi"))), "\nUniversity Registrar\n")


# ---------------------------------------------------------------- telecom_support
def t_tel_call(g, b):
    c, ag = g.person(), g.person()
    telco, an = g.c(TELCOS), ag.first
    b.add("[Call transcript | ", telco, " Care | call_id=", g.uuid(), " | started ", g.iso_ts(), "]\n")
    b.add("Agent (", (PER, an), "): Thanks for calling ", telco, ", you're speaking with ", (PER, an), ". Who do I have the pleasure of speaking with?\n")
    b.add("Customer: This is ", (PER, g.nm(c, ("full", "mi"))), ".\nAgent (", (PER, an), "): Hi ", (PER, c.first),
          "! Can I get the account number?\nCustomer: Sure, it's ", (ACCT, g.acct()), ".\n")
    if g.p(.5):
        b.add("Agent (", (PER, an), "): And the last four of the SSN on the account?\nCustomer: ", g.d(4), ".\n")
    else:
        b.add("Agent (", (PER, an), "): I also need a photo ID number.\nCustomer: Driver's license, ", (DL, g.dl()), ".\n")
    l1, l2 = g.loc(g.c(("city", "country", "citycountry"))), g.loc("city")
    b.add("Agent (", (PER, an), "): Thanks, verified. What's going on today?\nCustomer: My bill jumped to ", g.amount(),
          ". There's a roaming charge from ", (LOC, l1), " but I was in ", (LOC, l2), " the whole time.\n")
    b.add("Agent (", (PER, an), "): I see a data session on ", (DT, g.dt()), ". I can credit ", g.amount(), ". Want autopay moved to a new card?\n")
    if g.p(.6):
        b.add("Customer: Yes, use ", (CC, g.card()), ".\n")
    else:
        b.add("Customer: No, keep the one ending in ", g.d(4), ".\n")
    b.add("Agent (", (PER, an), "): Done. Confirmation goes to ", (EM, g.email(c)), ". Your ticket is ", g.ticket(), ". Anything else?\nCustomer: That's all, thanks.\n")


def t_tel_ticket(g, b):
    c, nb = g.person(), g.person()
    kv(b, "Ticket", g.ticket())
    kv(b, "Opened", g.iso_ts())
    kv(b, "Priority", g.c(("P2", "P3", "P4")))
    kv(b, "Customer", g.nm(c, ("full", "lastfirst", "upper")), PER)
    kv(b, g.c(("Account number", "Acct no.", "Billing account")), g.acct(), ACCT)
    kv(b, "MSISDN", g.phone(True, compact=g.p(.5)), PH)
    if g.p(.6):
        kv(b, "Alt contact", g.phone(), PH)
    kv(b, "IMEI", g.imei())
    kv(b, "ICCID", "89" + g.d(18))
    kv(b, "Service address", g.address(), ADDR)
    kv(b, "Assigned IP", g.ipv4(), IP)
    if g.p(.5):
        b.add("IPv6 prefix: ", (IP, g.ipv6()), "/56\n")
    kv(b, "CPE MAC", g.mac())
    kv(b, "Firmware", g.version())
    b.add("Issue: intermittent drops since ", (DT, g.dt("date")), "; speedtest ", f"{g.n(2, 40)}.{g.n(0, 9)}", " Mbps down (plan 300), signal -",
          str(g.n(80, 110)), " dBm, packet loss ", g.pct(), ".\n")
    kv(b, "Tech visit", g.dt("datetime"), DT)
    b.add("Notes: cust prefers contact via ", (EM, g.email(c)), ". Neighbor (", (PER, nb.first), ") reports the same issue; HTTP 502 on router UI.\n")


def t_tel_log(g, b):
    tick = g.clock("syslog")
    telco = g.c(TELCOS)
    dom = slug(telco) + ".net"
    for _ in range(g.n(3, 5)):
        p, k = g.person(), g.n(0, 3)
        user = g.email(p, dom)
        if k == 0:
            b.add(tick(), " bng0", str(g.n(1, 4)), " radiusd[", str(g.n(1000, 9999)), "]: Login OK: [", (EM, user), "] (from client bng port 1/1/",
                  str(g.n(1, 8)), ":", str(g.n(100, 4000)), " cli ", g.mac(), ") framed_ip=", (IP, g.ip()), "\n")
        elif k == 1:
            b.add(tick(), " bng0", str(g.n(1, 4)), " radiusd[", str(g.n(1000, 9999)), "]: Acct-Start session=", g.s(16, HEX), " user=",
                  (EM, user), " msisdn=", (PH, g.phone(compact=True)), " nas=", (IP, g.ipv4()), "\n")
        elif k == 2:
            b.add(tick(), " smsc01 smsc[", str(g.n(100, 999)), "]: deliver_sm dst=", (PH, g.phone(compact=True)), " status=DELIVRD err=000 msgid=",
                  g.s(12, HEX), "\n")
        else:
            b.add(tick(), " bng0", str(g.n(1, 4)), " kernel: cpu ", g.pct(), " conntrack ", str(g.n(10000, 99999)), "/262144 build ", g.winver(), "\n")
    b.add(tick(), " portal nginx: ", (IP, g.ip()), ' - - "GET /selfcare/usage HTTP/1.1" ', g.c(("200", "304", "401")), " ", str(g.n(200, 9000)), ' "',
          (URL, f"https://selfcare.{dom}/usage"), '"\n')


def t_tel_port(g, b):
    c, rep = g.person(), g.person()
    old, new = g.c(TELCOS), g.c(TELCOS)
    num = g.phone()
    b.add("To: ", (EM, "porting@" + slug(old) + ".com"), "\nSubject: Number transfer request — ", (PH, num), "\n\n")
    b.add("Hi ", old, " team,\n\nI'm switching to ", new, " and need to port my number ", (PH, num), ". Details:\n")
    b.add(" - Account holder: ", (PER, g.nm(c, ("full", "mi"))), "\n - Account number with you: ", (ACCT, g.acct()), "\n - Billing address: ",
          (ADDR, g.address()), "\n - Transfer PIN: I'll give it over the phone\n")
    b.add("\nPlease confirm by ", (DT, g.dt("date")), ". Reach me at ", (EM, g.email(c)), g.c((" or my work phone ", " or ")), (PH, g.phone()),
          ".\n\nRegards,\n", (PER, c.first), "\n\n")
    b.add("> Reply from ", (PER, rep.first), " (", old, " Porting Desk): Case ", g.ticket(), " opened. Port window is ", g.rel(),
          ". Track it at ", (URL, g.url("porting." + slug(old) + ".com", "status")), "\n")


def t_tel_sms(g, b):
    c = g.person()
    telco, tick = g.c(TELCOS), g.clock("chat")
    cn = g.nm(c, ("lower", "flower", "first"))
    num = g.phone()
    b.add(tick(), " ", telco, ": Hi! Your eSIM for ", (PH, num), " is ready. Install it at ", (URL, g.url("esim." + slug(telco) + ".com", "activate")), "\n")
    b.add(tick(), " ", (PER, cn), ": it says invalid code lol\n")
    b.add(tick(), " ", telco, ": Sorry about that! Please confirm your date of birth and the email on file.\n")
    b.add(tick(), " ", (PER, cn), ": ", (DOB, g.dob()), " and ", (EM, g.email(c)), "\n")
    b.add(tick(), " ", telco, ": Thanks ", (PER, c.first), ". Reissued. Activation code LPA:1$smdp.", slug(telco), ".com$", g.pat("K2-%%%%%-%%%%%"), "\n")
    if g.p(.5):
        b.add(tick(), " ", (PER, cn), ": worked. im in ", (LOC, g.loc("city")), " till ", (DT, g.dt("date")), ", will roaming be on?\n")
        b.add(tick(), " ", telco, ": Yes, the ", g.amount(), "/day pass applies. Reply STOP to opt out.\n")


# ---------------------------------------------------------------- clinical_trial
def t_ct_crf(g, b):
    inv, coord = g.person(), g.person()
    b.add("PROTOCOL ", g.c(DRUGS).upper(), "-03 · CASE REPORT FORM · VISIT ", str(g.n(2, 12)), "\n")
    b.add("Site ", g.pat("###"), " — ", g.c(HOSPITALS), ", ", (LOC, g.loc(g.c(("citycountry", "cityst", "city")))), "\n")
    kv(b, "Subject ID", g.pat("###-####"))
    kv(b, "Date of birth", g.dob(), DOB)
    kv(b, g.c(("MRN (site)", "Hospital MRN", "Medical record no.")), g.mrn(), MRN)
    b.add("Visit date: ", (DT, g.dt("date")), "    Time of dosing: ", (DT, g.dt("time")), "\n")
    if g.p(.4):
        kv(b, "Insurance member ID", g.hpn(), HPN)
    kv(b, "IP kit #", g.pat("K-#####"))
    kv(b, "Lot", g.lot())
    b.add("Vitals: BP ", str(g.n(100, 150)), "/", str(g.n(60, 95)), ", HR ", str(g.n(55, 100)), ", Temp 36.", str(g.n(4, 9)),
          " °C, Wt ", f"{g.n(48, 120)}.{g.n(0, 9)}", " kg\nAE since last visit? ", g.c(("[X] Yes -> see AE form", "[X] No")), "\n")
    b.add("Investigator: Dr. ", (PER, g.nm(inv, ("full", "mi"))), "    Coordinator: ", (PER, g.nm(coord, ("full", "first", "lastfirst"))), "\n")
    b.add("eCRF saved ", g.iso_ts(), " by ", slug(coord.first)[:1] + slug(coord.last), " (audit ", g.uuid()[:8], ")\n")


def t_ct_ae(g, b):
    pi, bill = g.person(), g.person()
    sponsor, subj = g.c(SPONSORS), g.pat("###-####")
    host = slug(pi.last) + "-research.org" if g.p(.3) else slug(g.c(HOSPITALS)) + ".org"
    b.add("From: ", g.title(), (PER, g.nm(pi, ("full",))), " <", (EM, g.email(pi, host)), ">\nTo: ", (EM, "safety@" + slug(sponsor) + ".com"),
          "\nSubject: SAE report — subject ", subj, ", site ", g.pat("###"), "\n\nDear Pharmacovigilance team,\n\n")
    b.add("Reporting a serious adverse event for subject ", subj, " (site MRN ", (MRN, g.mrn()), "), a ", str(g.n(24, 79)),
          "-year-old participant admitted to ", g.c(HOSPITALS), " in ", (LOC, g.loc(g.c(("city", "citycountry", "cityst")))),
          " on ", (DT, g.dt("date")), " with ", g.c(("acute pancreatitis", "grade 3 neutropenia", "syncope", "hepatic enzyme elevation")), ".\n")
    b.add("Discharged ", (DT, g.dt("date")), ". Study drug ", g.c(DRUGS), " ", g.lot(), " held since ", g.rel(True), ". Causality: possibly related.\n")
    if g.p(.6):
        b.add("Note: the participant's health plan (member ID ", (HPN, g.hpn()), ") was billed in error for study procedures; please coordinate with ",
              (PER, g.nm(bill, ("full", "first"))), " in billing at ", (PH, g.phone()), ".\n")
    b.add("\nRegards,\n", (PER, g.nm(pi, ("full", "mi"))), ", MD\nPrincipal Investigator\n")


def t_ct_csv(g, b):
    b.add("subject_id,site,visit,visit_date,coordinator,sbp,dbp,hr,ae_flag\n")
    coords = [g.person() for _ in range(2)]
    for _ in range(g.n(3, 7)):
        co = g.c(coords)
        b.add(g.pat("###-####"), ",", (LOC, g.loc("city")), ",V", str(g.n(1, 12)), ",", (DT, g.dt("iso")), ",\"", (PER, g.nm(co, ("lastfirst",))),
              "\",", str(g.n(100, 160)), ",", str(g.n(60, 99)), ",", str(g.n(50, 110)), ",", g.c(("N", "N", "Y")), "\n")
    b.add("# exported ", g.iso_ts(), " by edc-batch ", g.version(), "\n")


def t_ct_edc(g, b):
    sponsor = g.c(SPONSORS)
    host = "edc." + slug(sponsor) + ".com"
    subj = g.pat("###-####")
    b.add("GET ", (URL, f"https://{host}/api/v3/subjects/{subj}"), " HTTP/2\nAuthorization: Bearer ", (JWT, g.jwt()),
          "\nX-Forwarded-For: ", (IP, g.ip()), "\nAccept: application/json\n\nHTTP/2 200\n")
    co = g.person()
    jdump(b, [("subject_id", subj), ("site_id", g.pat("###")),
              ("demographics", [("dob", g.dob("iso"), DOB), ("sex", g.c(("F", "M"))), ("ethnicity", "Not Hispanic or Latino"),
                                ("country", g.loc("country"), LOC)]),
              ("site_mrn", g.mrn(), MRN), ("enrolled_at", g.iso_ts()),
              ("randomization", [("arm", g.c(("A", "B"))), ("kit", g.pat("K-#####")), ("stratum", g.pct())]),
              ("consent_version", g.version()), ("updated_by", g.email(co, slug(sponsor) + ".com"), EM)])
    b.add("\n")


def t_ct_llm(g, b):
    p, kid = g.person(), g.person()
    age = g.n(30, 80)
    b.add("### Instruction\nDe-identify the clinical trial narrative below. Replace each identifier with a tag such as [NAME].\n\n### Input\n")
    b.add((PER, g.nm(p, ("full", "mi"))), ", a ", str(age), "-year-old participant (DOB ", (DOB, g.dob()), ", MRN ", (MRN, g.mrn()),
          ") enrolled at the ", (LOC, g.loc(g.c(("city", "cityst")))), " site on ", (DT, g.dt("date")), ". ")
    b.add("They came to the screening visit with their daughter ", (PER, kid.first), ". Contact: ", (PH, g.phone()), ". ")
    if g.p(.6):
        b.add("Health plan ID ", (HPN, g.hpn()), ". ")
    b.add("Home: ", (ADDR, g.address()), ". Lab draw ", g.rel(), ": eGFR ", str(g.n(40, 99)), ", HbA1c ", f"{g.n(5, 9)}.{g.n(0, 9)}%", ".\n\n")
    b.add("### Response\n[NAME], a ", str(age), "-year-old participant (DOB [DATE], MRN [ID]) enrolled at the [LOCATION] site on [DATE]. ",
          "They came to the screening visit with their daughter [NAME]. Contact: [PHONE]. Home: [ADDRESS].\n")


# ---------------------------------------------------------------- payroll_hr
def t_hr_yaml(g, b):
    e, m = g.person(), g.person()
    b.add("employee:\n  id: E-", g.d(6), "\n  legal_name:\n    first: ", (PER, e.first), "\n    last: ", (PER, e.last), "\n")
    b.add("  ssn: \"", (SSN, g.ssn("-")), "\"\n  date_of_birth: ", (DOB, g.dob("iso")), "\n  home_address: \"", (ADDR, g.address()), "\"\n")
    b.add("  personal_email: ", (EM, g.email(e)), "\n  mobile: \"", (PH, g.phone()), "\"\n  department: ", g.c(("Finance", "Logistics", "R&D", "Sales")),
          "\n  manager: ", (PER, g.nm(m, ("full", "lastfirst"))), "\n  start_date: ", (DT, g.dt("date")), "\n")
    if g.p(.6):
        b.add("  direct_deposit:\n    bank: ", g.c(BANKS), "\n    routing_number: \"", g.d(9), "\"\n    account_number: \"", (ACCT, g.acct()), "\"\n")
    else:
        b.add("  direct_deposit:\n    iban: \"", (IBAN, g.iban()), "\"\n    bic: ", g.c(BICS), "\n")
    b.add("  pay:\n    frequency: biweekly\n    annual_salary: ", str(g.n(38, 240) * 1000), "\n    currency: USD\n    job_code: ", g.pat("JC-###"),
          "\n  updated_at: ", g.iso_ts(), "\n")


def t_hr_csv(g, b):
    b.add(g.c(("emp_id,last_name,first_name,ssn,pay_date,gross,net,bank_account,routing\n",)))
    pay = g.dt("iso") if g.p(.5) else g.dt("date").replace(",", "")
    for _ in range(g.n(3, 7)):
        p = g.person()
        s = (SSN, g.ssn("-")) if g.p(.85) else g.bad_ssn()
        b.add("E", g.d(6), ",", (PER, p.last), ",", (PER, p.first), ",", s, ",", (DT, pay), ",", f"{g.n(1200, 9000)}.{g.n(0, 99):02d}", ",",
              f"{g.n(900, 7000)}.{g.n(0, 99):02d}", ",", (ACCT, g.pat(g.c(("##########", "############")))), ",", g.d(9), "\n")
    b.add("# batch ", g.pat("PR-2025-###"), " generated ", g.iso_ts(), " by ", g.c(PAYROLL_VENDORS), " export ", g.version(), "\n")


def t_hr_onboard(g, b):
    e, m, hr = g.person(), g.person(), g.person()
    emp = g.c(EMPLOYERS)
    host = slug(emp) + ".com"
    b.add("Subject: Welcome to ", emp, ", ", (PER, e.first), "!\nTo: ", (EM, g.email(e)), "\n\nHi ", (PER, e.first), ",\n\n")
    b.add("We're excited for your first day on ", (DT, g.dt("datetime")), ". Please report to reception at ", (ADDR, g.address()),
          " and ask for ", (PER, g.nm(m, ("full",))), ".\n\nYour temporary credentials:\n  Username: ", slug(e.first)[:1] + slug(e.last),
          "\n  Temporary password: ", (PW, g.password()), "\n  Portal: ", (URL, g.url("myhr." + host, "onboarding")), "\n\n")
    b.add("Bring your passport or driver's license for I-9 verification. Payroll runs on ", g.c(PAYROLL_VENDORS),
          " — set up direct deposit before ", (DT, g.dt("date")), ". Your employee ID is E-", g.d(6), ".\n\n")
    b.add("Questions? ", (PER, g.nm(hr, ("full", "first"))), ", People Team, ", (PH, g.phone()), ", ", (EM, g.email(hr, host)), "\n")


def t_hr_md(g, b):
    b.add("### Payroll change requests — batch ", g.pat("CHG-####"), "\n\n| Emp ID | Employee | Change | Effective | Old | New | Approver |\n|---|---|---|---|---|---|---|\n")
    appr = g.person()
    for _ in range(g.n(3, 5)):
        p, k = g.person(), g.n(0, 3)
        b.add("| E-", g.d(6), " | ", (PER, g.nm(p, ("full", "lastfirst", "mi"))), " | ")
        if k == 0:
            b.add("Salary adj | ", (DT, g.dt("date")), " | ", g.amount(big=True), " | ", g.amount(big=True), " | ")
        elif k == 1:
            b.add("Bank change | ", (DT, g.dt("date")), " | acct ••••", g.d(4), " | ", (ACCT, g.acct()), " | ")
        elif k == 2:
            b.add("Address | ", (DT, g.dt("date")), " | — | ", (ADDR, g.address()), " | ")
        else:
            b.add("Withholding | ", (DT, g.dt("date")), " | ", str(g.n(0, 3)), " allowances | ", g.pct(), " flat | ")
        b.add((PER, g.nm(appr, ("last", "full", "first"))), " |\n")
    b.add("\n_Generated ", g.iso_ts(), "; ", g.c(PAYROLL_VENDORS), " sync ", g.version(), "_\n")


def t_hr_slack(g, b):
    h1, h2, e = g.person(), g.person(), g.person()
    tick = g.clock("slack")
    u1, u2 = g.nm(h1, ("lower", "flower", "full")), g.nm(h2, ("lower", "flower", "full"))
    b.add("#payroll-ops\n")
    b.add((PER, u1), "  ", tick(), "\n@", (PER, u2), " can you check why ", (PER, g.nm(e, ("full", "first"))), "'s deposit bounced? acct on file is ",
          (ACCT, g.acct()), "\n\n")
    b.add((PER, u2), "  ", tick(), "\nrouting was mistyped. she sent a new one: IBAN ", (IBAN, g.iban()), " since she relocated to ",
          (LOC, g.loc(g.c(("city", "country", "citycountry")))), "\n\n")
    b.add((PER, u1), "  ", tick(), "\nok. also ", g.c(PAYROLL_VENDORS), " shows SSN ", g.bad_ssn(), " which can't be right, W-4 says ", (SSN, g.ssn()), "\n\n")
    b.add((PER, u2), "  ", tick(), "\nfixed :white_check_mark: reran batch ", g.pat("PR-####"), ". her DOB is ", (DOB, g.dob()),
          " fyi, the I-9 had it wrong. off-cycle check goes out ", (DT, g.dt("date")), "\n")


# ---------------------------------------------------------------- ci_cd_pipeline
def t_ci_env(g, b):
    dev = g.person()
    org = g.c(CI_ORGS)
    lines = [
        ["NODE_ENV=production"], ["APP_URL=", (URL, f"https://app.{org}.io")], ["LOG_LEVEL=", g.c(("info", "debug", "warn"))],
        ["DATABASE_URL=postgres://app_user:", (PW, g.password(safe=True)), "@", (IP, g.ipv4()), ":5432/app"],
        ["REDIS_URL=redis://:", (PW, g.password(safe=True)), "@cache.internal:6379/0"], ["AWS_REGION=us-east-1"],
        ["AWS_ACCESS_KEY_ID=", (AKID, g.aws_key())], ["AWS_SECRET_ACCESS_KEY=", (ASK, g.aws_secret())],
        ["STRIPE_SECRET_KEY=", (ST, g.stripe())], ["SLACK_BOT_TOKEN=", (SL, g.slack())],
        ["SENDGRID_API_KEY=", (SEC, g.gsecret())], ["JWT_SECRET=", (SEC, g.s(64, HEX))], ["SESSION_TTL=3600"],
        ["API_KEY_HEADER=X-Api-Key"], ["GITHUB_TOKEN=", (GH, g.gh_token()) if g.p(.5) else "${GITHUB_TOKEN}"], ["# docs example: AKIAIOSFODNN7EXAMPLE"],
        ["FEATURE_FLAGS=checkout_v2,returns_portal"], ["ADMIN_EMAIL=", (EM, g.email(dev, org + ".io"))],
        ["WEBHOOK_SECRET=", g.c(PLACEHOLDERS)], ["BUILD_NUMBER=", str(g.n(100, 9999))], ["SENTRY_RELEASE=", g.version()],
    ]
    keep = [ln for ln in lines if g.p(.75)]
    g.r.shuffle(keep)
    b.add("# .env.production — managed by ", g.c(CI_TOOLS), "; last edited by ", (PER, g.nm(dev, ("full", "first", "lower"))), "\n")
    for ln in keep:
        b.add(*ln, "\n")


def t_ci_actions(g, b):
    dev = g.person()
    tick, org, app, tag = g.clock("gh"), g.c(CI_ORGS), g.c(CI_APPS), g.version()
    L = lambda *s: b.add(tick(), " ", *s, "\n")
    L("##[group]Run actions/checkout@v4")
    L("Syncing repository: ", org, "/", app)
    L("HEAD is now at ", g.sha(True), " ", g.c(COMMIT_MSGS))
    L("Author: ", (PER, g.nm(dev, ("full",))), " <", (EM, g.email(dev, org + ".dev")), ">")
    L("##[endgroup]")
    L("#12 pushing ghcr.io/", org, "/", app, ":", tag, " digest: ", g.digest(), " size: ", str(g.n(900, 9000)))
    L("Run ./scripts/deploy.sh ", g.c(("staging", "production")))
    L("+ export GITHUB_TOKEN=***")
    if g.p(.6):
        L("+ curl -sf -H 'Authorization: token ", (GH, g.gh_token()), "' ", (URL, f"https://api.github.com/repos/{org}/{app}/deployments"))
    L("Deploying ", tag, " to ", (IP, g.ip()), " (build #", str(g.n(100, 9999)), ", commit ", g.sha(), ")")
    if g.p(.5):
        L("+ aws configure set aws_access_key_id ", (AKID, g.aws_key()))
        L("+ aws configure set aws_secret_access_key ", (ASK, g.aws_secret()))
    else:
        L("+ aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE  # TODO remove")
    if g.p(.5):
        L("Notifying Slack: curl -d token=", (SL, g.slack()), " ", (URL, "https://slack.com/api/chat.postMessage"))
    else:
        L("Notifying Slack: token=***")
    L("##[error]Process completed with exit code ", g.c(("1", "137", "2")), ".")


def t_ci_gitlab(g, b):
    dev = g.person()
    org, app = g.c(CI_ORGS), g.c(CI_APPS)
    b.add("# .gitlab-ci.yml — maintainer: ", (PER, g.nm(dev, ("full",))), " <", (EM, g.email(dev, org + ".dev")), ">\n")
    b.add("stages: [build, test, deploy]\nvariables:\n  DOCKER_IMAGE: registry.gitlab.com/", org, "/", app, "\n  DOCKER_TAG: \"$CI_COMMIT_SHORT_SHA\"\n")
    b.add("  DEPLOY_HOST: \"", (IP, g.ipv4()), "\"\n  SLACK_WEBHOOK: \"", (URL, f"https://hooks.slack.com/services/T{g.s(8, UP + DIG)}/B{g.s(10, UP + DIG)}/{g.s(24)}"), "\"\n")
    b.add("  DEPLOY_USER: deploy\n  DEPLOY_PASSWORD: \"", (PW, g.password()), "\"\n  NPM_TOKEN: \"", (SEC, g.gsecret()), "\"\n")
    if g.p(.6):
        b.add("  SSH_PRIVATE_KEY: |\n    ", (PK, g.pem(indent="    ")), "\n")
    else:
        b.add("  SSH_PRIVATE_KEY: \"$SSH_KEY_FROM_VAULT\"\n")
    b.add("deploy_prod:\n  stage: deploy\n  image: alpine:3.19@", g.digest(), "\n  script:\n    - apk add --no-cache openssh-client\n",
          "    - ssh $DEPLOY_USER@$DEPLOY_HOST \"docker pull $DOCKER_IMAGE:", g.version(), "\"\n  only: [main]\n  retry: 2\n")


def t_ci_k8s(g, b):
    dev = g.person()
    ns = g.c(("prod", "staging", "payments"))
    b.add("$ kubectl get secret api-credentials -n ", ns, " -o json\n")
    jdump(b, [("apiVersion", "v1"), ("kind", "Secret"),
              ("metadata", [("name", "api-credentials"), ("namespace", ns), ("uid", g.uuid()), ("resourceVersion", str(g.n(100000, 999999))),
                            ("creationTimestamp", g.iso_ts()), ("annotations", [("owner", g.email(dev, g.c(CI_ORGS) + ".io"), EM)])]),
              ("type", "Opaque"),
              ("stringData", [("DB_PASSWORD", g.password(), PW), ("STRIPE_KEY", g.stripe(), ST),
                              ("SA_TOKEN", g.jwt(), JWT) if g.p(.7) else None,
                              ("tls.key", g.pem(), PK) if g.p(.6) else None, ("API_KEY", g.c(PLACEHOLDERS))]),
              ("data", [("ca.crt", "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + g.s(40, B64))])])
    b.add("\n")


def t_ci_agent(g, b):
    dev = g.person()
    ak, sk = g.aws_key(), g.aws_secret()
    b.add("User: the staging deploy failed again, can you check? — ", (PER, g.nm(dev, ("first", "lower"))), "\n")
    b.add('Assistant: calling tool `run_shell` {"cmd": "kubectl logs deploy/api -n staging --tail=6"}\n')
    b.add("Tool output:\n", g.iso_ts(), " boot api ", g.version(), " commit ", g.sha(True), "\n")
    b.add(g.iso_ts(), " DEBUG env AWS_ACCESS_KEY_ID=", (AKID, ak), " AWS_SECRET_ACCESS_KEY=", (ASK, sk), "\n")
    b.add(g.iso_ts(), " ERROR connect ECONNREFUSED ", (IP, g.ip()), ":5432 (attempt ", str(g.n(1, 5)), "/5)\n")
    b.add(g.iso_ts(), " WARN  health check ", (URL, f"https://staging.{g.c(CI_ORGS)}.io/healthz"), " returned 503\n")
    b.add("Assistant: The pod can't reach Postgres, and the logs print AWS credentials in plain text. Please rotate key ",
          (AKID, ak), " and ask ", (PER, g.nm(g.person(), ("full", "first"))), " to move it to Secrets Manager.\n")
    if g.p(.4):
        b.add("User: also the bot token in CI is ", (GH, g.gh_token()), " — is that the one that leaked?\n")
    if g.p(.5):
        b.add('Assistant: calling tool `open_issue` {"title": "Rotate leaked key", "assignee": "', (PER, g.nm(dev, ("full",))), '", "labels": ["security"]}\n')
        b.add('Tool output: {"issue": ', str(g.n(100, 9999)), ', "url": "', (URL, f"https://github.com/{g.c(CI_ORGS)}/api/issues/{g.n(100, 9999)}"), '"}\n')


# ---------------------------------------------------------------- negatives (no entities)
def n_vet(g, b):
    b.add("INVENTORY COUNT — cycle ", g.pat("CC-####"), "\ngenerated ", g.iso_ts(), "\n\n| SKU | Product | Lot | On hand | Reorder at | Unit cost |\n|---|---|---|---|---|---|\n")
    for _ in range(g.n(3, 6)):
        b.add("| ", g.sku(), " | ", g.c(VET_PRODUCTS), " | ", g.lot(), " | ", str(g.n(0, 80)), " | ", str(g.n(5, 20)), " | ", g.amount(), " |\n")
    b.add("\nNotes: Hill's k/d backordered, ETA ", g.rel(), ". Rimadyl ", g.lot(), " recalled (ref ", g.pat("FDA-#####"), "). Dr. Doolittle's Pet Care order ",
          g.order_no(), " shipped, tracking ", g.tracking(), ".\n")


def n_uw(g, b):
    b.add("### Rate table ", g.version(), " (", g.c(INSURERS), ", effective per filing ", g.pat("SERFF-####-#####"), ")\n\n| Age band | Preferred | Standard | Table 2 |\n|---|---|---|---|\n")
    for lo in range(25, 70, 10):
        b.add(f"| {lo}-{lo + 9} | {g.n(8, 90)}.{g.n(10, 99)} | {g.n(12, 140)}.{g.n(10, 99)} | +50% |\n")
    b.add("\nRates per $1,000 face; policy fee ", g.amount(), ". John Hancock and Lincoln Financial comparisons updated ", g.rel(True),
          ". Lapse assumption ", g.pct(), "; mortality improvement ", g.pct(), ".\n")


def n_ret(g, b):
    b.add("Returns dashboard — ", g.iso_ts(), "\nperiod: last 7 days | requests ", str(g.n(200, 5000)), " | approval rate ", g.pct(), " | avg refund ", g.amount(), "\n\nTop returned:\n")
    for _ in range(g.n(3, 5)):
        b.add("  ", g.sku(), "  ", g.c(PRODUCTS), "  ", str(g.n(5, 300)), " units  (", g.c(("wrong size", "damaged", "late")), ")\n")
    b.add("Fraud rule FR-", g.d(3), " blocked card ", g.bad_card(), " (Luhn fail) and ", str(g.n(2, 40)), " RMAs like ", g.pat("RMA-########"), ".\n")
    b.add("Carrier SLA: UPS ", g.pct(), ", DHL ", g.pct(), "; webhook errors HTTP 429 x", str(g.n(1, 99)), ".\n")


def n_reg(g, b):
    b.add(g.c(UNIVERSITIES), " — course catalog extract (", g.version(), ")\n\n")
    for _ in range(g.n(3, 5)):
        b.add(g.c(("CS", "BIO", "ECON", "CHEM", "ART")), " ", str(g.n(100, 499)), " — ", g.c(("Intro to Programming", "Cell Biology", "Macroeconomics",
              "Organic Chemistry II", "Figure Drawing")), " · ", g.c(BUILDINGS), " ", str(g.n(100, 420)), " · ", str(g.n(1, 4)),
              " credits · cap ", str(g.n(20, 300)), " · waitlist ", str(g.n(0, 40)), "\n")
    b.add("\nAdd/drop closes ", g.rel(), ". Course IDs like ", g.pat("CRN #####"), " are stable across terms. Student IDs begin with S (e.g. ", g.pat("S########"), ").\n")


def n_tel(g, b):
    tick = g.clock("log")
    for _ in range(g.n(4, 7)):
        b.add(tick(), " KPI cell=", g.pat("ENB-#####-#"), " prb_util=", g.pct(), " drop_rate=", g.pct(), " imei_tac=", g.d(8), " cpe=", g.mac(),
              " fw=", g.version(), "\n")
    b.add(tick(), " ALARM LINK_DOWN ", g.pat("OLT-##/#/#"), " ticket ", g.ticket(), " sev=major since ", g.rel(True), "\n")


def n_ct(g, b):
    b.add("IWRS kit inventory — ", g.c(SPONSORS), " protocol ", g.c(DRUGS), "\nsnapshot ", g.iso_ts(), "\n\nsite,kits_available,kits_dispensed,lot,expiry_days,temp_excursions\n")
    for _ in range(g.n(3, 6)):
        b.add(g.pat("###"), ",", str(g.n(0, 40)), ",", str(g.n(0, 120)), ",", g.lot(), ",", str(g.n(30, 700)), ",", str(g.n(0, 3)), "\n")
    b.add("# randomization ratio 2:1, enrollment ", g.pct(), " of target, subject IDs e.g. ", g.pat("###-####"), "\n")


def n_hr(g, b):
    b.add(g.c(PAYROLL_VENDORS), " payroll run summary — batch ", g.pat("PR-2025-###"), " (", g.iso_ts(), ")\n")
    kv(b, "Employees paid", str(g.n(40, 4000)))
    kv(b, "Gross", g.amount(big=True))
    kv(b, "Employer taxes", g.amount(big=True))
    kv(b, "401(k) match", g.pct())
    kv(b, "Exceptions", f"{g.n(0, 9)} (e.g. SSN {g.bad_ssn()} failed validation; job code {g.pat('JC-###')} missing)")
    kv(b, "Next run", g.rel())
    b.add("Benefits carriers: Morgan Stanley at Work, Edward Jones, Charles Schwab — files ", g.uuid(), ".csv\n")


def n_ci(g, b):
    tick = g.clock("iso")
    b.add(tick(), " Started by timer; running on Jenkins agent ", g.pat("agent-##"), "\n")
    b.add(tick(), " Checking out Revision ", g.sha(), " (refs/remotes/origin/main)\n")
    b.add(tick(), " docker pull node:20-alpine@", g.digest(), "\n")
    b.add(tick(), " npm ci — added ", str(g.n(200, 1800)), " packages in ", str(g.n(5, 90)), "s; ", str(g.n(0, 12)), " vulnerabilities (", str(g.n(0, 3)), " high)\n")
    b.add(tick(), " env: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (test fixtures)\n")
    b.add(tick(), " env: STRIPE_KEY=", g.c(("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "********", "${STRIPE_KEY}")), " GITHUB_TOKEN=*** PASSWORD=", g.c(PLACEHOLDERS), "\n")
    b.add(tick(), " test card ", g.bad_card(), " rejected as expected (invalid checksum)\n")
    b.add(tick(), " Finished: ", g.c(("SUCCESS", "UNSTABLE", "FAILURE")), " — build #", str(g.n(100, 9999)), ", ", g.version(), "\n")


def n_release(g, b):
    b.add("## ", g.version(), " — release notes\n\n")
    for item in g.r.sample(("retry handling for HTTP 503", "CSV export of SKUs", "dark mode", "Luhn validation for gift cards",
                            "timezone handling for ISO timestamps", "Ray-Ban and Calvin Klein catalog sync", "Jenkins plugin 2.401"), g.n(3, 6)):
        b.add("- ", g.c(("Fixed", "Improved", "Added", "Removed")), " ", item,
              " (", g.pat("JIRA-####"), ", ", g.sha(True), ")\n")
    b.add("\nUpgrade ", g.rel(), "; image ", g.digest(), ". Deprecated config keys: API_KEY_HEADER, TOKEN_TTL=3600.\n")


def n_applog(g, b):
    tick = g.clock(g.c(("iso", "log")))
    for _ in range(g.n(4, 8)):
        b.add('{"ts": "', tick(), '", "level": "', g.c(("info", "warn", "error")), '", "svc": "', g.c(CI_APPS), '", "req": "', g.uuid(),
              '", "status": ', g.c(("200", "201", "404", "429", "500")), ', "ms": ', str(g.n(2, 2500)), ', "order": "', g.order_no(), '"}\n')


def n_config(g, b):
    b.add("# ", g.domain, " service config template — copy to .env and fill in\n")
    for k in ("API_KEY", "CLIENT_SECRET", "DB_PASSWORD", "SLACK_TOKEN", "STRIPE_SECRET_KEY", "SESSION_SECRET"):
        if g.p(.8):
            b.add(k, "=", g.c(PLACEHOLDERS), "\n")
    b.add("TOKEN_TTL=3600\nSECRET_ROTATION_DAYS=90\nJWT_ALGORITHM=HS256\nAUTH_MODE=oauth\nMAX_RETRIES=", str(g.n(2, 9)), "\nBUILD_ID=", g.sha(True), "\n")


POS = {
    "veterinary_clinic": (t_vet_intake, t_vet_sms, t_vet_invoice, t_vet_call, t_vet_lablog),
    "insurance_underwriting": (t_uw_json, t_uw_md, t_uw_llm, t_uw_ocr, t_uw_broker),
    "ecommerce_returns": (t_ret_form, t_ret_chat, t_ret_csv, t_ret_webhook, t_ret_agent),
    "university_registrar": (t_reg_email, t_reg_tsv, t_reg_chat, t_reg_yaml, t_reg_letter),
    "telecom_support": (t_tel_call, t_tel_ticket, t_tel_log, t_tel_port, t_tel_sms),
    "clinical_trial": (t_ct_crf, t_ct_ae, t_ct_csv, t_ct_edc, t_ct_llm),
    "payroll_hr": (t_hr_yaml, t_hr_csv, t_hr_onboard, t_hr_md, t_hr_slack),
    "ci_cd_pipeline": (t_ci_env, t_ci_actions, t_ci_gitlab, t_ci_k8s, t_ci_agent),
}
_NEG_OWN = dict(zip(DOMAINS, (n_vet, n_uw, n_ret, n_reg, n_tel, n_ct, n_hr, n_ci)))
NEG = {d: (_NEG_OWN[d], _NEG_OWN[d], n_release, n_applog, n_config) for d in DOMAINS}


# ----------------------------------------------------------------------------- self-check
_VALIDATORS = {
    CC: luhn_ok,
    IBAN: iban_ok,
    SSN: lambda v: (m := re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)) is not None and m.group(1) not in ("000", "666")
    and m.group(1) < "900" and m.group(2) != "00" and m.group(3) != "0000",
    AKID: lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None and "EXAMPLE" not in v,
    ASK: lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None,
    GH: lambda v: re.fullmatch(r"(gh[pos]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})", v) is not None,
    SL: lambda v: re.fullmatch(r"xox[bp]-[0-9-]+-[A-Za-z0-9]+", v) is not None,
    ST: lambda v: re.fullmatch(r"(sk_live|rk_live|sk_test)_[A-Za-z0-9]{20,}", v) is not None,
    JWT: lambda v: v.count(".") == 2 and json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "==")).get("alg") is not None,
    PK: lambda v: v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----"),
    URL: lambda v: v.startswith(("https://", "http://")) and " " not in v,
    EM: lambda v: re.fullmatch(r"[^@\s]+@[A-Za-z0-9.-]+\.[a-z]{2,}", v) is not None,
    IP: lambda v: ":" in v or all(0 <= int(x) <= 255 for x in v.split(".")),
}


def _check(doc, negative):
    text, prev = doc["text"], 0
    assert isinstance(text, str) and text, doc["id"]
    if negative:
        assert not doc["entities"], f"{doc['id']}: negative doc has entities"
    for e in doc["entities"]:
        s, t, typ = e["start"], e["end"], e["type"]
        assert typ in ENTITY_TYPES, (doc["id"], typ)
        assert 0 <= prev <= s < t <= len(text), (doc["id"], e)
        val = text[s:t]
        assert val == val.strip(), (doc["id"], e, val)
        v = _VALIDATORS.get(typ)
        assert v is None or v(val), (doc["id"], typ, val)
        prev = t


def generate(n, seed=0):
    """Yield ``n`` labeled documents (see module docstring)."""
    for i in range(n):
        domain = DOMAINS[i % len(DOMAINS)]
        rng = random.Random(f"{seed}-{i}")
        negative = rng.random() < 0.15
        g, b = Gen(rng, domain), Builder()
        tmpl = rng.choice(NEG[domain] if negative else POS[domain])
        tmpl(g, b)
        text = b.text
        ents = sorted(b.entities, key=lambda e: (e["start"], e["end"]))
        doc = {"id": f"blind3-{seed}-{i:05d}", "domain": domain, "text": text, "entities": ents}
        _check(doc, negative)
        yield doc


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Generate the blind v3 synthetic PII/PHI/secret corpus (JSONL).")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default="-", help="output path, or - for stdout")
    ap.add_argument("--quiet", action="store_true", help="do not print statistics to stderr")
    args = ap.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    types, doms, negs, ndocs = Counter(), Counter(), 0, 0
    try:
        for doc in generate(args.n, args.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            ndocs += 1
            doms[doc["domain"]] += 1
            negs += not doc["entities"]
            types.update(e["type"] for e in doc["entities"])
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stdout = None
        return 0
    finally:
        if out is not sys.stdout and out is not None and not out.closed and args.output != "-":
            out.close()
    if not args.quiet:
        err = sys.stderr
        print(f"documents: {ndocs}  (no-entity documents: {negs})  self-check: passed", file=err)
        for d in DOMAINS:
            print(f"  domain {d:24s} {doms[d]}", file=err)
        for t in ENTITY_TYPES:
            print(f"  entity {t:24s} {types[t]}", file=err)
        print(f"  entities total {sum(types.values())}", file=err)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
