"""Blind test corpus 76: speech and voice data (ASR transcripts, voicemail, captions, IVR).

Synthetic, labelled documents from the speech/voice domain: call-centre ASR
transcripts, voicemail transcriptions, meeting/interview transcripts, dictation,
voice-assistant and IVR logs, SRT/VTT captions, diarised speech-to-text JSON,
plus the configs, logs, tickets and prompts in which such data gets pasted.
Every entity span is recorded while the text is being built (never searched
for afterwards).  Spelled-out values: only spoken dates/times/birth dates
("march fifth at three thirty pm", "born june third nineteen eighty five")
are written out in words and labelled (DATE_TIME / DATE_OF_BIRTH); phone
numbers, e-mails, card numbers and ids are always rendered as digits/ITN text.
Spelled-out durations, amounts and counts are never labelled.

Usage: python3 bench/corpus_blind76.py [--check] [--sample K] [--n N --seed S --output F.jsonl]

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
import datetime as _dt
import ipaddress
import json
import re
import string
import sys
import uuid
from collections import Counter
from random import Random

TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
         "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
         "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
         "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET").split()

PER, EM, PH, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                                   "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACC, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                     "DRIVER_LICENSE")
AKI, ASK, GHT, SLK, STK = ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
                           "STRIPE_KEY")
JWT, PK, PW, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"

LOWERABLE = {PER, LOC, ADR, DT, DOB, EM}


# ---------------------------------------------------------------------------
# Builder: text pieces are appended; labelled pieces record their span.
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self.buf: list[str] = []
        self.ents: list[tuple[int, int, str]] = []
        self.pos = 0

    def _raw(self, s: str):
        self.buf.append(s)
        self.pos += len(s)

    def t(self, *pieces):
        """Append pieces: a str is plain text, a (value, type) tuple is labelled."""
        for p in pieces:
            if p is None:
                continue
            if isinstance(p, (list,)):
                self.t(*p)
            elif isinstance(p, tuple):
                val, typ = p
                if typ is None:
                    self._raw(val)
                    continue
                if not val or val != val.strip():
                    raise ValueError(f"bad labelled value {val!r}")
                s = self.pos
                self._raw(val)
                self.ents.append((s, self.pos, typ))
            else:
                self._raw(p)
        return self

    def f(self, tpl: str, **kw):
        """Template with {=key} placeholders; kw values are str or (value, type)."""
        parts = re.split(r"\{=(\w+)\}", tpl)
        for k, part in enumerate(parts):
            if k % 2 == 0:
                self._raw(part)
            else:
                self.t(kw[part])
        return self

    def text(self) -> str:
        return "".join(self.buf)

    def entities(self):
        return [{"start": s, "end": e, "type": t} for s, e, t in sorted(self.ents)]


def E(typ, val):
    return (val, typ)


def low(pieces):
    """ASR-style lowercasing of plain text and of name/place/date values."""
    out = []
    for p in pieces:
        if isinstance(p, tuple):
            out.append((p[0].lower(), p[1]) if p[1] in LOWERABLE else p)
        elif isinstance(p, str):
            out.append(p.lower())
        else:
            out.append(p)
    return out


def plain_len(pieces):
    return sum(len(p[0]) if isinstance(p, tuple) else len(p) for p in pieces)


# ---------------------------------------------------------------------------
# Names and places
# ---------------------------------------------------------------------------
_NAMES = {
    "en": ("James,Mary,Robert,Patricia,Michael,Jennifer,David,Linda,William,Elizabeth,Tyler,"
           "Brianna,Kevin,Ashley,Gregory,Shannon,Darnell,Megan,Colin,Heather",
           "Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Anderson,Taylor,Thompson,"
           "Harris,Clark,Lewis,O'Brien,McAllister,Whitfield,Dunbar,Kowalczyk,Reyes"),
    "de": ("Lukas,Anna,Jonas,Lea,Felix,Marie,Maximilian,Sophie,Jürgen,Ursula,Dieter,Katrin,Matthias,Sabine",
           "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Hoffmann,Schäfer,Krüger,"
           "Zimmermann,Vogel,Hartmann"),
    "fr": ("Camille,Louis,Chloé,Hugo,Léa,Mathieu,Élodie,Thierry,Manon,Guillaume,Sébastien,Margaux",
           "Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Lefèvre,Moreau,Girard,Rousseau,Fontaine"),
    "es": ("Alejandro,Lucía,Javier,María,Carmen,Pablo,Sofía,Diego,Marta,Jorge,Inmaculada,Rodrigo",
           "García,Fernández,González,Rodríguez,López,Martínez,Sánchez,Pérez,Gómez,Ruiz,Navarro,Iglesias"),
    "it": ("Giuseppe,Francesca,Marco,Giulia,Alessandro,Chiara,Luca,Valentina,Matteo,Elena,Simone,Federica",
           "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Conti,De Luca"),
    "pt": ("João,Ana,Pedro,Beatriz,Rafael,Mariana,Tiago,Inês,Gabriel,Larissa,Thiago,Fernanda",
           "Silva,Santos,Oliveira,Souza,Pereira,Costa,Rodrigues,Almeida,Nascimento,Carvalho,Ferreira,Lima"),
    "nl": ("Daan,Emma,Sem,Julia,Lucas,Sanne,Thijs,Fleur,Bram,Noor,Joost,Marieke",
           "de Jong,Jansen,de Vries,van den Berg,Bakker,Visser,Smit,Meijer,de Boer,Mulder,van Dijk,Hendriks"),
    "pl": ("Jakub,Zofia,Kacper,Zuzanna,Piotr,Agnieszka,Tomasz,Magdalena,Krzysztof,Katarzyna,Łukasz,Małgorzata",
           "Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Woźniak,Dąbrowski"),
    "sv": ("Erik,Astrid,Lars,Ingrid,Oskar,Elsa,Johan,Maja,Nils,Karin,Björn,Linnea",
           "Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Lindqvist,Bergström"),
    "tr": ("Mehmet,Ayşe,Mustafa,Fatma,Emre,Zeynep,Burak,Elif,Can,Selin,Oğuz,Gülşen",
           "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Özdemir,Arslan,Doğan"),
    "ja": ("Haruto,Yui,Sota,Hina,Takumi,Aoi,Ren,Sakura,Kenji,Yuko,Hiroshi,Naoko",
           "Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Matsumoto"),
    "zh": ("Wei,Fang,Jun,Li,Na,Hao,Xiuying,Ming,Jie,Yan",
           "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou"),
    "in": ("Aarav,Priya,Rohan,Ananya,Vikram,Kavya,Arjun,Deepika,Rahul,Sneha,Siddharth,Lakshmi",
           "Sharma,Patel,Reddy,Iyer,Gupta,Nair,Singh,Mehta,Kapoor,Banerjee,Venkatesan"),
    "ar": ("Omar,Fatima,Youssef,Layla,Khalid,Amira,Hassan,Noor,Tariq,Salma",
           "Haddad,Khalil,Mansour,Nasser,Saleh,Farouk,Aziz,Hamdan,Rahman,Qureshi"),
    "ng": ("Chinedu,Ngozi,Oluwaseun,Aisha,Emeka,Funmilayo,Tunde,Chiamaka,Ifeanyi,Adaeze",
           "Okafor,Adeyemi,Okonkwo,Balogun,Eze,Nwosu,Abubakar,Olawale,Chukwu,Obi"),
    "ko": ("Min-jun,Seo-yeon,Ji-ho,Ha-eun,Do-yun,Soo-ah", "Kim,Lee,Park,Choi,Jung,Kang"),
    "vi": ("Minh,Linh,Anh,Thao,Duc,Quang", "Nguyen,Tran,Le,Pham,Hoang,Vu"),
}
NAMES = {k: (a.split(","), b.split(",")) for k, (a, b) in _NAMES.items()}
JA_NATIVE = (["健二", "由美", "翔太", "陽菜", "拓海", "さくら", "浩", "直子"],
             ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村"])
MIX = ["en", "en", "en", "in", "zh", "ar", "ng", "ko", "vi", "es", "de", "fr", "it", "pl", "ja", "pt"]


def first(r, c=None):
    return r.choice(NAMES[c or r.choice(MIX)][0])


def last(r, c=None):
    return r.choice(NAMES[c or r.choice(MIX)][1])


def full(r, c=None, middle=None):
    c = c or r.choice(MIX)
    f, l = first(r, c), last(r, c)
    if middle or (middle is None and c == "en" and r.random() < 0.2):
        return f"{f} {r.choice(string.ascii_uppercase)}. {l}"
    return f"{f} {l}"


CITIES = {
    "US": [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"),
           ("Raleigh", "NC"), ("Denver", "CO"), ("Tampa", "FL"), ("Sacramento", "CA"),
           ("Albany", "NY"), ("Madison", "WI"), ("Scottsdale", "AZ"), ("Worcester", "MA")],
    "GB": [("London", ""), ("Manchester", ""), ("Leeds", ""), ("Bristol", ""), ("Glasgow", ""), ("Cardiff", "")],
    "DE": [("Berlin", ""), ("Hamburg", ""), ("München", ""), ("Köln", ""), ("Frankfurt am Main", ""),
           ("Stuttgart", ""), ("Leipzig", "")],
    "FR": [("Paris", ""), ("Lyon", ""), ("Marseille", ""), ("Toulouse", ""), ("Bordeaux", ""), ("Nantes", "")],
    "ES": [("Madrid", ""), ("Barcelona", ""), ("Valencia", ""), ("Sevilla", ""), ("Bilbao", ""), ("Zaragoza", "")],
    "IT": [("Roma", ""), ("Milano", ""), ("Napoli", ""), ("Torino", ""), ("Bologna", ""), ("Firenze", "")],
    "PT": [("Lisboa", ""), ("Porto", ""), ("Braga", ""), ("Coimbra", "")],
    "BR": [("São Paulo", "SP"), ("Rio de Janeiro", "RJ"), ("Belo Horizonte", "MG"), ("Curitiba", "PR")],
    "NL": [("Amsterdam", ""), ("Rotterdam", ""), ("Utrecht", ""), ("Den Haag", ""), ("Eindhoven", "")],
    "PL": [("Warszawa", ""), ("Kraków", ""), ("Gdańsk", ""), ("Wrocław", ""), ("Poznań", "")],
    "SE": [("Stockholm", ""), ("Göteborg", ""), ("Malmö", ""), ("Uppsala", "")],
    "TR": [("İstanbul", ""), ("Ankara", ""), ("İzmir", ""), ("Bursa", "")],
    "JP": [("Tokyo", ""), ("Osaka", ""), ("Yokohama", ""), ("Kyoto", ""), ("Sapporo", "")],
    "CA": [("Toronto", "ON"), ("Vancouver", "BC"), ("Montréal", "QC"), ("Calgary", "AB")],
    "AU": [("Sydney", "NSW"), ("Melbourne", "VIC"), ("Brisbane", "QLD"), ("Perth", "WA")],
    "IN": [("Mumbai", ""), ("Bengaluru", ""), ("Pune", ""), ("Chennai", "")],
}
COUNTRY = {"US": "USA", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain",
           "IT": "Italy", "PT": "Portugal", "BR": "Brazil", "NL": "Netherlands", "PL": "Poland",
           "SE": "Sweden", "TR": "Turkey", "JP": "Japan", "CA": "Canada", "AU": "Australia",
           "IN": "India"}
US_STATES = {"IL": "illinois", "TX": "texas", "OR": "oregon", "OH": "ohio", "NC": "north carolina",
             "CO": "colorado", "FL": "florida", "CA": "california", "NY": "new york",
             "WI": "wisconsin", "AZ": "arizona", "MA": "massachusetts"}
STREETS = {
    "US": ["Maple Ave", "Oak Street", "W Washington Blvd", "Elm Dr", "Lakeshore Rd", "N Main St",
           "Pine Ridge Ct", "Sunset Blvd", "Cedar Lane", "Old Mill Road"],
    "GB": ["Kingsway", "High Street", "Church Lane", "Victoria Road", "Station Road", "Queen's Drive"],
    "DE": ["Hauptstraße", "Lindenallee", "Goethestraße", "Am Markt", "Bahnhofstraße", "Schillerweg"],
    "FR": ["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "place Bellecour"],
    "ES": ["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo de Gracia", "Calle Sierpes"],
    "IT": ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Piazza Dante", "Via dei Mille"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
    "BR": ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro"],
    "NL": ["Keizersgracht", "Oudegracht", "Dorpsstraat", "Stationsplein", "Lange Voorhout"],
    "PL": ["ul. Marszałkowska", "ul. Długa", "ul. Floriańska", "al. Jerozolimskie", "ul. Piotrkowska"],
    "SE": ["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Linnégatan"],
    "TR": ["Bağdat Cad.", "İstiklal Cad.", "Atatürk Bulvarı", "Cumhuriyet Cad."],
    "JP": ["Shibuya", "Umeda", "Nishi-Shinjuku", "Motomachi"],
    "CA": ["Queen St W", "Rue Sainte-Catherine", "Granville St", "17 Ave SW"],
    "AU": ["George St", "Collins St", "Queen St", "Hay St"],
    "IN": ["MG Road", "Linking Road", "FC Road", "Anna Salai"],
}

JP_WARDS = ["Shibuya-ku", "Kita-ku", "Naka-ku", "Chuo-ku", "Sakyo-ku"]
IN_BLDG = ["Lakeview Apartments", "Prestige Towers", "Sai Krupa CHS", "Green Park Residency"]


def _d(r, k):
    return "".join(r.choice("0123456789") for _ in range(k))


def _L(r, k):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))


def addr(r, cc="US"):
    """Return dict(street, city, region, pc, cc, lines) for a random address in cc."""
    st = r.choice(STREETS[cc])
    city, reg = r.choice(CITIES[cc])
    n = r.randint(1, 180)
    if cc == "US":
        street = f"{r.randint(100, 9899)} {st}" + r.choice(
            ["", "", "", f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" Suite {r.randint(100, 950)}",
             f" Unit {r.randint(2, 30)}"])
        pc = f"{r.randint(10001, 99950):05d}"
        lines = [street, f"{city}, {reg} {pc}"]
    elif cc == "GB":
        street = r.choice(["", "", f"Flat {r.randint(1, 12)}, "]) + f"{n} {st}"
        pc = f"{_L(r, 2)}{r.randint(1, 20)} {r.randint(1, 9)}{_L(r, 2)}"
        lines = [street, city, pc] if r.random() < 0.5 else [street, f"{city} {pc}"]
    elif cc in ("DE", "IT", "NL", "SE"):
        street = f"{st} {n}" + (r.choice(["", "", "a", "b"]) if cc == "DE" else "")
        pc = {"DE": _d(r, 5), "IT": _d(r, 5), "NL": f"{r.randint(1000, 9999)} {_L(r, 2)}",
              "SE": f"{r.randint(100, 989)} {_d(r, 2)}"}[cc]
        lines = [street, f"{pc} {city}"]
    elif cc == "FR":
        street = f"{n}{r.choice(['', '', ' bis'])} {st}"
        pc = f"{r.randint(10, 95)}{_d(r, 3)}"
        lines = [street, f"{pc} {city}"]
    elif cc == "ES":
        street = f"{st}, {n}, {r.randint(1, 8)}º {r.choice('ABCD')}"
        pc = f"{r.randint(1, 52):02d}{_d(r, 3)}"
        lines = [street, f"{pc} {city}"]
    elif cc == "PT":
        street = f"{st}, {n}, {r.randint(1, 5)}º {r.choice(['Esq', 'Dto'])}"
        pc = f"{r.randint(1000, 4999)}-{_d(r, 3)}"
        lines = [street, f"{pc} {city}"]
    elif cc == "BR":
        street = f"{st}, {n * 7}, apto {r.randint(11, 150)}"
        pc = f"{_d(r, 5)}-{_d(r, 3)}"
        lines = [street, f"{city} - {reg}, {pc}"]
    elif cc == "PL":
        street = f"{st} {n}/{r.randint(1, 60)}"
        pc = f"{r.randint(10, 99)}-{_d(r, 3)}"
        lines = [street, f"{pc} {city}"]
    elif cc == "TR":
        street = f"{st} No:{n} D:{r.randint(1, 20)}"
        pc = f"{r.randint(10, 81)}{_d(r, 3)}"
        lines = [street, f"{pc} {city}"]
    elif cc == "JP":
        street = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {st}"
        pc = f"{_d(r, 3)}-{_d(r, 4)}"
        lines = [street, f"{r.choice(JP_WARDS)}, {city} {pc}"]
    elif cc == "CA":
        street = f"{r.randint(10, 2999)} {st}" + r.choice(["", f", Unit {r.randint(100, 2400)}"])
        pc = f"{_L(r, 1)}{r.randint(1, 9)}{_L(r, 1)} {r.randint(1, 9)}{_L(r, 1)}{r.randint(1, 9)}"
        lines = [street, f"{city}, {reg} {pc}"]
    elif cc == "AU":
        street = r.choice(["", f"Unit {r.randint(1, 30)}/"]) + f"{n} {st}"
        pc = f"{r.randint(2000, 6999)}"
        lines = [street, f"{city} {reg} {pc}"]
    else:  # IN
        street = f"Flat {r.randint(101, 1204)}, {r.choice(IN_BLDG)}, {st}"
        pc = f"{r.randint(400001, 600099)}"
        lines = [street, f"{city} {pc}"]
    return {"street": street, "city": city, "region": reg, "pc": pc, "cc": cc, "lines": lines}


def one_line(a, country=False):
    s = ", ".join(a["lines"])
    return s + (", " + COUNTRY[a["cc"]] if country else "")


def block(a, country=False):
    return "\n".join(a["lines"] + ([COUNTRY[a["cc"]]] if country else []))


def city_st(r, cc="US"):
    city, reg = r.choice(CITIES[cc])
    if cc == "US":
        return r.choice([f"{city}, {reg}", city, f"{city} {US_STATES[reg]}"])
    if cc in ("CA", "AU", "BR") and r.random() < 0.5:
        return f"{city}, {reg}"
    return r.choice([city, city, f"{city}, {COUNTRY[cc]}"])


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------
US_AREAS = [212, 415, 312, 617, 503, 512, 303, 206, 404, 919, 608, 813, 916, 480]


def phone(r, cc="US", intl=None):
    d = lambda k: _d(r, k)
    intl = (r.random() < 0.4) if intl is None else intl
    if cc in ("US", "CA"):
        a, ex, ln = r.choice(US_AREAS), f"{r.randint(2, 9)}{d(2)}", d(4)
        if r.random() < 0.08:
            return f"1-{r.choice(['800', '888', '877', '866'])}-{ex}-{ln}"
        if intl:
            return r.choice([f"+1 {a} {ex} {ln}", f"+1-{a}-{ex}-{ln}", f"+1 ({a}) {ex}-{ln}"])
        return r.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"{a} {ex} {ln}"])
    if cc == "GB":
        if r.random() < 0.5:
            return f"+44 7{d(3)} {d(6)}" if intl else f"07{d(3)} {d(6)}"
        return f"+44 20 {r.randint(3, 8)}{d(3)} {d(4)}" if intl else f"020 {r.randint(3, 8)}{d(3)} {d(4)}"
    if cc == "DE":
        if r.random() < 0.5:
            return f"+49 1{r.choice('567')}{d(1)} {d(7)}" if intl else f"01{r.choice('567')}{d(1)} {d(7)}"
        a = r.choice(["30", "40", "89", "221", "69", "711"])
        return f"+49 {a} {d(7)}" if intl else r.choice([f"0{a} {d(7)}", f"0{a}/{d(7)}", f"0{a}-{d(3)} {d(4)}"])
    if cc == "FR":
        p = [r.choice("123456789")] + [d(2) for _ in range(4)]
        return ("+33 " + " ".join(p)) if intl else ("0" + p[0] + " " + " ".join(p[1:]) if r.random() < 0.7 else "0" + p[0] + "." + ".".join(p[1:]))
    if cc == "ES":
        f = r.choice(["6", "7", "9"]) + d(2)
        return f"+34 {f} {d(3)} {d(3)}" if intl else f"{f} {d(3)} {d(3)}"
    if cc == "IT":
        return r.choice([f"+39 06 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}"]) if intl else r.choice([f"06 {d(4)} {d(4)}", f"3{d(2)} {d(3)} {d(4)}", f"02 {d(8)}"])
    if cc == "PT":
        return f"+351 9{r.choice('1236')}{d(1)} {d(3)} {d(3)}" if intl else f"9{r.choice('1236')}{d(1)} {d(3)} {d(3)}"
    if cc == "BR":
        a = r.choice(["11", "21", "31", "41"])
        return f"+55 {a} 9{d(4)}-{d(4)}" if intl else f"({a}) 9{d(4)}-{d(4)}"
    if cc == "NL":
        return r.choice([f"+31 20 {d(3)} {d(4)}", f"+31 6 {d(8)}"]) if intl else r.choice([f"06-{d(8)}", f"020-{d(7)}", f"010 {d(3)} {d(4)}"])
    if cc == "PL":
        return r.choice([f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}"]) if intl else f"{r.choice('5678')}{d(2)} {d(3)} {d(3)}"
    if cc == "SE":
        return r.choice([f"+46 8 {d(3)} {d(3)} {d(2)}", f"+46 70 {d(3)} {d(2)} {d(2)}"]) if intl else r.choice([f"070-{d(3)} {d(2)} {d(2)}", f"08-{d(3)} {d(3)} {d(2)}"])
    if cc == "TR":
        return r.choice([f"+90 212 {d(3)} {d(2)} {d(2)}", f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}"]) if intl else f"05{d(2)} {d(3)} {d(2)} {d(2)}"
    if cc == "JP":
        return r.choice([f"+81 3-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}"]) if intl else r.choice([f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"06-{d(4)}-{d(4)}"])
    if cc == "AU":
        return r.choice([f"+61 2 {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}"]) if intl else r.choice([f"(02) {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}"])
    # IN
    return f"+91 9{d(4)} {d(5)}" if intl else f"09{d(4)} {d(5)}"


# ---------------------------------------------------------------------------
# Dates and times (many languages, incl. spoken English)
# ---------------------------------------------------------------------------
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
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORD = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()


def num_words(n):
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])


def ord_words(n):
    if n <= 20:
        return _ORD[n]
    if n == 30:
        return "thirtieth"
    return _TENS[n // 10] + " " + _ORD[n % 10]


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + _ONES[y - 2000])
    hi, lo = divmod(y, 100)
    return num_words(hi) + " " + ("hundred" if lo == 0 else ("oh " + _ONES[lo] if lo < 10 else num_words(lo)))


def rdate(r, y0=2023, y1=2025):
    return _dt.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def rdob(r):
    return rdate(r, 1938, 2006)


def fdate(r, d, lang="en", spoken=False, year=True):
    """Format a date in the given language; spoken=True gives ASR-style English."""
    m, wd = MONTHS.get(lang, MONTHS["en"]), WEEKDAYS.get(lang, WEEKDAYS["en"])
    M, D, Y = m[d.month - 1], d.day, d.year
    if lang == "en":
        if spoken:
            return r.choice([f"{M.lower()} {ord_words(D)}", f"the {ord_words(D)} of {M.lower()}",
                             f"{M.lower()} {D}", f"{M.lower()} {ord_words(D)} {year_words(Y)}",
                             f"{M.lower()} {D} {Y}"]) if year else f"{M.lower()} {ord_words(D)}"
        opts = [f"{M} {D}, {Y}", f"{d.month:02d}/{D:02d}/{Y}", f"{d.month}/{D}/{Y}", d.isoformat(),
                f"{D} {M} {Y}", f"{M[:3]} {D}, {Y}", f"{wd[d.weekday()]}, {M} {D}, {Y}",
                f"{D:02d}/{d.month:02d}/{Y}", f"{D}-{M[:3]}-{Y}"]
        return r.choice(opts if year else [f"{M} {D}", f"{wd[d.weekday()]}, {M} {D}", f"{d.month}/{D}"])
    if lang == "de":
        return r.choice([f"{D}. {M} {Y}", f"{D:02d}.{d.month:02d}.{Y}", f"{wd[d.weekday()]}, {D}. {M} {Y}",
                         f"{D:02d}.{d.month:02d}.{str(Y)[2:]}"])
    if lang == "fr":
        dd = "1er" if D == 1 else str(D)
        return r.choice([f"{dd} {M} {Y}", f"{D:02d}/{d.month:02d}/{Y}", f"{wd[d.weekday()]} {dd} {M} {Y}"])
    if lang in ("es", "pt"):
        return r.choice([f"{D} de {M} de {Y}", f"{D:02d}/{d.month:02d}/{Y}",
                         f"{wd[d.weekday()]}, {D} de {M} de {Y}" if lang == "pt" else f"{wd[d.weekday()]} {D} de {M} de {Y}"])
    if lang == "it":
        return r.choice([f"{D} {M} {Y}", f"{D:02d}/{d.month:02d}/{Y}", f"{wd[d.weekday()]} {D} {M} {Y}"])
    if lang == "nl":
        return r.choice([f"{D} {M} {Y}", f"{D:02d}-{d.month:02d}-{Y}", f"{wd[d.weekday()]} {D} {M} {Y}"])
    if lang == "pl":
        return r.choice([f"{D} {M} {Y}", f"{D:02d}.{d.month:02d}.{Y}", f"{wd[d.weekday()]}, {D} {M} {Y}"])
    if lang == "sv":
        return r.choice([f"{D} {M} {Y}", d.isoformat(), f"{wd[d.weekday()]} {D} {M} {Y}"])
    if lang == "tr":
        return r.choice([f"{D} {M} {Y}", f"{D:02d}.{d.month:02d}.{Y}", f"{D} {M} {Y} {wd[d.weekday()]}"])
    if lang == "ja":
        return r.choice([f"{Y}年{d.month}月{D}日", f"{Y}/{d.month:02d}/{D:02d}"])
    return d.isoformat()


def ftime(r, lang="en", spoken=False, h=None, mi=None):
    h = r.randint(8, 18) if h is None else h
    mi = r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50]) if mi is None else mi
    h12, ap = (h - 1) % 12 + 1, ("am" if h < 12 else "pm")
    if lang == "en":
        if spoken:
            return f"{num_words(h12)} {ap}" if mi == 0 else f"{num_words(h12)} {num_words(mi)} {ap}"
        return r.choice([f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d} {ap.upper()}", f"{h:02d}:{mi:02d}",
                         f"{h12}:{mi:02d}{ap.upper()}"] + ([f"{h12} {ap}", f"{h12}{ap}"] if mi == 0 else []))
    if lang == "de":
        return r.choice([f"{h}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr"])
    if lang in ("fr", "pt"):
        return r.choice([f"{h}h{mi:02d}", f"{h}h" if mi == 0 else f"{h}h{mi}", f"{h:02d}:{mi:02d}"])
    if lang == "ja":
        return r.choice([f"{h}時{mi:02d}分", f"{h:02d}:{mi:02d}"]) if mi else r.choice([f"{h}時", f"{h:02d}:00"])
    return f"{h:02d}:{mi:02d}"


JOIN = {"en": [" at ", ", "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las "], "it": [" alle "],
        "pt": [" às "], "nl": [", "], "pl": [", "], "sv": [", "], "tr": [", ", " "], "ja": [" "]}


def fdt(r, d=None, lang="en", spoken=False):
    d = d or rdate(r)
    if lang == "en" and spoken:
        return fdate(r, d, "en", spoken=True) + r.choice([" at ", " "]) + ftime(r, "en", spoken=True)
    return fdate(r, d, lang, year=(lang != "en" or r.random() < 0.8)) + r.choice(JOIN.get(lang, [" "])) + ftime(r, lang)


def fdob(r, lang="en", spoken=False):
    d = rdob(r)
    if spoken:
        return r.choice([f"{MONTHS['en'][d.month - 1].lower()} {ord_words(d.day)} {year_words(d.year)}",
                         f"{d.month} {d.day} {d.year}", f"{d.month}/{d.day}/{d.year}",
                         f"the {ord_words(d.day)} of {MONTHS['en'][d.month - 1].lower()} {year_words(d.year)}"])
    for _ in range(20):
        s = fdate(r, d, lang)
        if not any(w in s for w in WEEKDAYS.get(lang, [])):
            return s
    return d.isoformat()


# ---------------------------------------------------------------------------
# Checksummed identifiers and ids
# ---------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(ds)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def _luhn_complete(prefix: str, length: int, r) -> str:
    body = prefix + _d(r, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_digits(r):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        return _luhn_complete("4", 16, r), kind
    if kind == "mc":
        return _luhn_complete(r.choice(["51", "53", "55", "2221", "2720"]), 16, r), kind
    if kind == "amex":
        return _luhn_complete(r.choice(["34", "37"]), 15, r), kind
    return _luhn_complete("6011", 16, r), kind


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


def card(r, sep=None):
    n, kind = card_digits(r)
    sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
    return group(n, [4, 6, 5] if kind == "amex" else [4, 4, 4, 4], sep)


def luhn_bad(r):
    n, _ = card_digits(r)
    if len(n) == 15:
        n = _luhn_complete("4", 16, r)
    bad = n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)
    return group(bad, [4, 4, 4, 4], r.choice([" ", "-", ""]))


IBAN_SPEC = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "PL": "n24",
             "SE": "n20", "TR": "n22", "PT": "n21", "GB": "a4n14", "BE": "n12", "CH": "n17", "AT": "n16"}


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in t)
    return int(num) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    spec, bban = IBAN_SPEC[cc], ""
    for kind, k in re.findall(r"([an])(\d+)", spec):
        bban += _L(r, int(k)) if kind == "a" else _d(r, int(k))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    s = f"{cc}{98 - int(num) % 97:02d}{bban}"
    assert iban_ok(s)
    grouped = (r.random() < 0.6) if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def ssn(r, sep=None):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    sep = r.choice(["-", "-", "-", " "]) if sep is None else sep
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def bad_ssn(r):
    return f"{r.choice(['000', '666', str(r.randint(900, 999))])}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def ip4(r, private=None):
    private = (r.random() < 0.4) if private is None else private
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    return f"{r.choice([52, 34, 81, 185, 91, 203, 198, 104, 146, 62, 88])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r):
    return str(ipaddress.IPv6Address(r.choice([0x20010DB8, 0x2A001450, 0x26064700, 0xFE800000]) << 96
                                     | r.getrandbits(64)))


def mrn(r):
    return r.choice([_d(r, 8), "00" + _d(r, 6), f"{_L(r, 1)}{_d(r, 7)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
                     f"MRN{_d(r, 7)}"])


def hpn(r):
    return r.choice([f"{_L(r, 3)}{_d(r, 9)}", f"W{_d(r, 9)}", f"{_d(r, 1)}{_L(r, 2)}{_d(r, 1)}{_L(r, 2)}{_d(r, 1)}{_L(r, 2)}{_d(r, 2)}",
                     f"{_L(r, 1)}{_d(r, 8)}-{_d(r, 2)}", f"ZGP{_d(r, 8)}"])


def acct(r):
    return r.choice([_d(r, 10), _d(r, 8), f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}",
                     _d(r, 12)])


def dlic(r, st=None):
    st = st or r.choice(["CA", "NY", "TX", "FL", "IL", "WA", "GB", "DE"])
    return {"CA": f"{_L(r, 1)}{_d(r, 7)}", "NY": f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", "TX": _d(r, 8),
            "FL": f"{_L(r, 1)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}",
            "IL": f"{_L(r, 1)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}", "WA": f"WDL{_L(r, 3)}{_d(r, 3)}{_L(r, 3)}",
            "GB": f"{_L(r, 5)}{_d(r, 6)}{_L(r, 2)}9{_L(r, 2)}", "DE": f"B{_d(r, 3)}{_L(r, 3)}{_d(r, 1)}{_L(r, 1)}{_d(r, 2)}"}[st]


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------
B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits


def rs(r, alphabet, k):
    return "".join(r.choice(alphabet) for _ in range(k))


def aws_key(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(r):
    return rs(r, B64, 40)


def gh_token(r):
    return r.choice([f"ghp_{rs(r, ALNUM, 36)}", f"gho_{rs(r, ALNUM, 36)}",
                     f"github_pat_11{rs(r, string.ascii_uppercase + string.digits, 20)}_{rs(r, ALNUM, 59)}"])


def slack_token(r):
    return f"{r.choice(['xoxb', 'xoxb', 'xoxp'])}-{_d(r, 11)}-{_d(r, 13)}-{rs(r, ALNUM, 24)}"


def stripe_key(r):
    return f"{r.choice(['sk_live_', 'sk_live_', 'rk_live_'])}{rs(r, ALNUM, r.choice([24, 34, 99]))}"


def b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, sub=None):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if r.random() < 0.4:
        hdr["kid"] = rs(r, string.hexdigits[:16], 8)
    pl = {"sub": sub or str(uuid.UUID(int=r.getrandbits(128))), "iat": 1700000000 + r.randint(0, 60000000),
          "scope": r.choice(["transcribe:write", "calls:read", "voicemail:read recordings:read"])}
    pl["exp"] = pl["iat"] + 3600
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()),
                     b64u(bytes(r.getrandbits(8) for _ in range(32)))])


def pem(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(180, 400)))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


_PW_WORDS = ["Harbor", "tulip", "Falcon", "meadow", "Quartz", "sunset", "Violet", "maple", "Orbit", "cobalt"]


def password(r):
    return r.choice([
        f"{r.choice(_PW_WORDS)}{r.choice('#!%*_-')}{r.randint(10, 9999)}",
        rs(r, ALNUM + "!#%*", r.randint(10, 18)) + r.choice(string.ascii_letters),
        f"{r.choice(_PW_WORDS).lower()}-{r.choice(_PW_WORDS).lower()}-{r.randint(10, 99)}",
        f"{r.choice(_PW_WORDS)}{r.randint(2019, 2025)}!",
        rs(r, ALNUM, 16)])


def meeting_passcode(r):
    return r.choice([_d(r, 6), rs(r, ALNUM, 6), rs(r, ALNUM, 8)])


def generic_secret(r):
    return r.choice([rs(r, "0123456789abcdef", 32), rs(r, "0123456789abcdef", 40),
                     "whsec_" + rs(r, ALNUM, 32), "AIza" + rs(r, ALNUM + "-_", 35),
                     "sk_" + rs(r, "0123456789abcdef", 48), "sk-proj-" + rs(r, ALNUM, 40),
                     rs(r, ALNUM, 32)])


# ---------------------------------------------------------------------------
# Contact data
# ---------------------------------------------------------------------------
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "web.de", "orange.fr",
           "libero.it", "gmx.de", "hotmail.co.uk", "wp.pl", "telia.se", "uol.com.br"]
CORP = ["brightline-health.org", "northwind-energy.com", "acme-telco.net", "clearvoice.ai",
        "harborbank.com", "transcribe-ops.io", "medscribe.co", "voxly.app"]


def _ascii(s):
    import unicodedata
    s = s.lower().replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("ø", "o")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s)


def email(r, name=None, corp=False):
    f, l = (name.split(" ")[0], name.split(" ")[-1]) if name else (first(r), last(r))
    f, l = _ascii(f) or "info", _ascii(l) or "user"
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}"])
    return f"{local}@{r.choice(CORP if corp else DOMAINS)}"


URL_HOSTS = ["portal.clearvoice.ai", "app.voxly.app", "support.acme-telco.net", "www.harborbank.com",
             "recordings.transcribe-ops.io", "meet.example-conf.com", "zoom.us", "docs.medscribe.co",
             "api.deepvoice.dev", "files.northwind-energy.com"]


def url(r, host=None):
    host = host or r.choice(URL_HOSTS)
    path = r.choice(["/recordings/" + rs(r, "0123456789abcdef", 12), "/j/" + _d(r, 11),
                     "/v1/transcripts/" + rs(r, ALNUM, 10), "/account/billing", "/s/" + rs(r, ALNUM, 8),
                     "/voicemail/play", "/help/article/" + _d(r, 6)])
    q = r.choice(["", "", f"?pwd={rs(r, ALNUM, 12)}", f"?lang=en&t={r.randint(10, 900)}", "?utm_source=email"])
    if host == "zoom.us":
        path, q = "/j/" + _d(r, 11), r.choice(["", f"?pwd={rs(r, ALNUM, 32)}"])
    return f"https://{host}{path}{q}"


# ---------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------
def neg_uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def neg_sha(r, k=40):
    return rs(r, "0123456789abcdef", k)


def neg_ticket(r):
    return r.choice([f"INC{_d(r, 7)}", f"CS-{_d(r, 5)}", f"TKT-{_d(r, 6)}", f"#{_d(r, 5)}", f"CASE-{_d(r, 8)}",
                     f"SR{_d(r, 9)}"])


def neg_order(r):
    return r.choice([f"ORD-{r.randint(2021, 2025)}-{_d(r, 6)}", f"112-{_d(r, 7)}-{_d(r, 7)}", f"BK{_L(r, 2)}{_d(r, 5)}",
                     f"INV-{_d(r, 6)}"])


def neg_version(r):
    return r.choice([f"v{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 40)}", f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
                     "large-v3", "nova-2", "whisper-1", f"build {r.randint(1000, 9999)}", "medium.en"])


def neg_ts(r, style=None):
    d = rdate(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    style = r.randint(0, 3) if style is None else style
    return [f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}Z",
            f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{r.randint(0, 999):03d}",
            f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000",
            f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"][style]


def clock(r, style=0):
    """Monotonic log-timestamp generator (hard negatives)."""
    cur = [_dt.datetime(r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))]

    def nxt():
        cur[0] += _dt.timedelta(seconds=r.randint(0, 40), milliseconds=r.randint(0, 999))
        c = cur[0]
        ms = c.microsecond // 1000
        return [c.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z", c.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}",
                c.strftime("%d/%b/%Y:%H:%M:%S +0000"), c.strftime("%Y-%m-%d %H:%M:%S"), c.strftime("%b %d %H:%M:%S")][style]
    return nxt


def neg_amount(r):
    v = r.randint(5, 4000) + r.choice([0, 0.5, 0.99, 0.25])
    return r.choice([f"${v:,.2f}", f"€{v:.2f}".replace(".", ","), f"£{v:.2f}", f"{v:.2f} USD"])


def neg_masked(r):
    return r.choice([f"****{_d(r, 4)}", f"XXX-XX-{_d(r, 4)}", f"**** **** **** {_d(r, 4)}", f"ending in {_d(r, 4)}",
                     f"•••• {_d(r, 4)}", "[REDACTED]", "<PII_REMOVED>"])


def neg_sid(r, p="CA"):
    return p + rs(r, "0123456789abcdef", 32)


def neg_dur(r):
    s = r.randint(8, 2400)
    return r.choice([f"{s // 60}:{s % 60:02d}", f"{s}s", f"{s / 60:.1f} min", f"{s * 1000} ms"])


DRUGS = ["metformin 500 mg", "lisinopril 10 mg", "atorvastatin", "amoxicillin", "sertraline 50mg",
         "levothyroxine", "albuterol inhaler", "omeprazole 20 mg", "ibuprofen"]
ICD = ["J45.909", "E11.9", "I10", "M54.5", "F41.1", "K21.9", "R51.9"]
BRANDS = ["Alexa", "Siri", "Google Assistant", "Cortana", "Dr Pepper", "Ben & Jerry's", "Jack Daniel's",
          "Wendy's", "Dell", "Martha Stewart Living", "Tim Hortons"]
PETS = ["Biscuit", "Luna", "Max", "Pepper", "Mochi", "Rocky"]


# ---------------------------------------------------------------------------
# Conversation scenarios (list of turns; each turn = (role, pieces))
# ---------------------------------------------------------------------------
EN_CC = ["US", "US", "US", "US", "GB", "CA", "AU", "IN"]
BANKS = ["Harbor Bank", "First Meridian", "Northgate Credit Union", "Summit Federal"]
UTILS = ["Northwind Energy", "Acme Telco", "Bluewater Utilities", "Metro Gas & Electric"]
CLINICS = ["Riverside Family Medicine", "Lakeside Orthopedics", "Cedar Pediatrics", "St. Anne's Cardiology"]


def _conv(agent, cust, turns, topic, cc):
    return {"A": agent, "C": cust, "turns": turns, "topic": topic, "cc": cc}


def sc_bank(r):
    cc = r.choice(EN_CC)
    ag, cu = first(r, "en"), full(r)
    cf = cu.split(" ")[0]
    dest = r.choice(["DE", "FR", "ES", "IT", "NL", "PL", "PT", "GB"])
    a = addr(r, cc)
    t = [("A", [f"thank you for calling {r.choice(BANKS)}, my name is ", E(PER, ag), ", can i have your full name please"]),
         ("C", ["yeah hi it's ", E(PER, cu)]),
         ("A", ["thanks ", E(PER, cf), ". for security can you confirm your date of birth"]),
         ("C", ["it's ", E(DOB, fdob(r, spoken=True))]),
         ("A", ["and the first line of your address"]),
         ("C", [E(ADR, a["street"])]),
         ("A", [f"perfect i can see the checking account {neg_masked(r)}. how can i help today"]),
         ("C", ["i need to send money to my ", r.choice(["daughter", "son", "landlord", "brother"]), " in ",
                *(["the ", E(LOC, "uk")] if dest == "GB" else [E(LOC, COUNTRY[dest].lower())]), " the iban is ", E(IBAN, iban(r, dest, grouped=True))]),
         ("A", [f"okay and the amount. {neg_amount(r)}, got it. that should arrive by ", E(DT, fdate(r, rdate(r), spoken=True, year=False))]),
         ("A", [f"your reference is {neg_order(r)}. anything else"]),
         ("C", ["no that's it thanks"])]
    return _conv(ag, cu, t, "wire transfer", cc)


def sc_payment(r):
    cc = r.choice(EN_CC)
    ag, cu = first(r), full(r)
    exp = f"{r.randint(1, 12):02d}/{r.randint(25, 30)}"
    t = [("A", [f"{r.choice(UTILS)} billing, this is ", E(PER, ag), " speaking"]),
         ("C", ["hi i'd like to pay my bill. account number is ", E(ACC, acct(r))]),
         ("A", ["thank you. and who am i speaking with"]),
         ("C", [E(PER, cu)]),
         ("A", [f"okay the balance is {neg_amount(r)}. what card will you be using"]),
         ("C", [r.choice(["visa", "mastercard", "the amex", "a debit card"]), " it's ", E(CC, card(r, sep=" "))]),
         ("A", ["and the expiration"]),
         ("C", [E(DT, exp)]),
         ("A", ["i'll transfer you to the secure line for the cvv, one moment"]),
         ("A", [f"all set, confirmation number {neg_order(r)}. should i email the receipt"]),
         ("C", ["yes please to ", E(EM, email(r, cu))])]
    return _conv(ag, cu, t, "bill payment", cc)


def sc_medical(r):
    cc = r.choice(["US", "US", "US", "CA"])
    ag, cu, doc = first(r), full(r), last(r)
    t = [("A", [f"{r.choice(CLINICS)} scheduling, this is ", E(PER, ag)]),
         ("C", ["hi i need to reschedule my appointment with dr. ", E(PER, doc)]),
         ("A", ["sure, patient name and date of birth"]),
         ("C", [E(PER, cu), " and my birthday is ", E(DOB, fdob(r, spoken=r.random() < 0.5))]),
         ("A", ["i have your medical record number as ", E(MRN, mrn(r)), " is that right"]),
         ("C", ["yes"]),
         ("A", ["i can move you to ", E(DT, fdt(r, spoken=r.random() < 0.5)), " does that work"]),
         ("C", ["that works. also my insurance changed, the new member id is ", E(HPN, hpn(r))]),
         ("A", [f"got it, and is it still for the {r.choice(DRUGS)} follow up"]),
         ("C", ["yeah"]),
         ("A", ["best callback number"]),
         ("C", [E(PH, phone(r, cc))])]
    return _conv(ag, cu, t, "appointment", cc)


def sc_utility(r):
    cc = r.choice(EN_CC)
    ag, cu = first(r), full(r)
    a1, a2 = addr(r, cc), addr(r, cc)
    t = [("A", [f"thanks for calling {r.choice(UTILS)}, you're speaking with ", E(PER, ag)]),
         ("C", ["hi, i'm moving and need to transfer my service"]),
         ("A", ["sure, can i get the account number"]),
         ("C", [E(ACC, acct(r))]),
         ("A", ["and the name on the account"]),
         ("C", [E(PER, cu)]),
         ("A", ["current service address"]),
         ("C", [E(ADR, one_line(a1))]),
         ("A", ["and the new one"]),
         ("C", [E(ADR, one_line(a2))]),
         ("A", ["when should we stop service at the old place"]),
         ("C", [E(DT, fdate(r, rdate(r), spoken=r.random() < 0.5))]),
         ("A", [f"okay, order {neg_order(r)}. confirmation goes to the email on file, ", E(EM, email(r, cu)), " correct"]),
         ("C", ["correct"])]
    return _conv(ag, cu, t, "move service", cc)


def sc_fnol(r):
    cc = "US"
    ag, cu, other = first(r), full(r), full(r)
    st = r.choice(list(US_STATES))
    t = [("A", ["claims department, ", E(PER, ag), " speaking, are you safe"]),
         ("C", ["yeah everyone's fine. this is ", E(PER, cu), ", i was in an accident on ", E(DT, fdate(r, rdate(r), spoken=True))]),
         ("A", ["i'm sorry to hear that. about what time"]),
         ("C", ["around ", E(DT, ftime(r, spoken=r.random() < 0.5))]),
         ("A", ["and where did it happen"]),
         ("C", ["on ", r.choice(["route 9", "the highway", "main street"]), " just outside ", E(LOC, city_st(r))]),
         ("A", ["can i get your driver's license number"]),
         ("C", ["it's a ", st, " license ", E(DL, dlic(r, r.choice(["CA", "NY", "TX", "FL", "IL", "WA"])))]),
         ("A", ["and the other driver"]),
         ("C", ["his name was ", E(PER, other), f", plate {r.randint(1, 9)}{_L(r, 3)}{_d(r, 3)}"]),
         ("A", [f"okay your claim number is {r.randint(10, 99)}-{_d(r, 7)}. an adjuster will call you at ",
                E(PH, phone(r, cc))])]
    return _conv(ag, cu, t, "auto claim", cc)


def sc_telecom(r):
    cc = "US"
    ag, cu = first(r), full(r)
    t = [("A", ["acme wireless, my name is ", E(PER, ag)]),
         ("C", ["hi i want to port my number ", E(PH, phone(r, cc)), " over to you guys"]),
         ("A", ["sure, i'll need the account number from your old carrier"]),
         ("C", ["it's ", E(ACC, acct(r))]),
         ("A", ["and the account pin"]),
         ("C", [E(PW, _d(r, r.choice([4, 6])))]),
         ("A", ["for the credit check can i get your social"]),
         ("C", [E(SSN, ssn(r, sep=r.choice(["-", " "])))]),
         ("A", ["and the name as it appears on the bill"]),
         ("C", [E(PER, cu)]),
         ("A", [f"great, the port should complete by {r.choice(['tomorrow', 'end of day', 'friday'])}, ticket {neg_ticket(r)}"])]
    return _conv(ag, cu, t, "number port", cc)


def sc_pharmacy(r):
    cc = r.choice(["US", "US", "CA", "GB"])
    ag, cu = first(r), full(r)
    t = [("A", ["pharmacy, this is ", E(PER, ag)]),
         ("C", [f"hi i'm calling about a refill for my {r.choice(DRUGS)}"]),
         ("A", [f"rx number {_d(r, 7)}? and your date of birth"]),
         ("C", ["yes and it's ", E(DOB, fdob(r, spoken=True))]),
         ("A", ["name"]),
         ("C", [E(PER, cu)]),
         ("A", ["it'll be ready at the ", E(LOC, CITIES[cc][0][0].lower()), " store after ", E(DT, ftime(r, spoken=r.random() < 0.5)),
                " tomorrow. anything else"]),
         ("C", ["can you text me when it's ready, ", E(PH, phone(r, cc))])]
    return _conv(ag, cu, t, "refill", cc)


def sc_hotel(r):
    cc = r.choice(EN_CC)
    ag, cu = first(r), full(r)
    d = rdate(r)
    t = [("A", [f"{r.choice(['Grand Plaza', 'Seaside Inn', 'Hotel Aurora'])} reservations, ", E(PER, ag), " speaking"]),
         ("C", ["hi i'd like to book a room in ", E(LOC, city_st(r, cc))]),
         ("A", ["check in date"]),
         ("C", [E(DT, fdate(r, d, spoken=True, year=False)), " checking out ", E(DT, fdate(r, d + _dt.timedelta(days=r.randint(1, 6)), spoken=True, year=False))]),
         ("A", ["name for the reservation"]),
         ("C", [E(PER, cu)]),
         ("A", ["card to hold the room"]),
         ("C", [E(CC, card(r, sep=" "))]),
         ("A", [f"you're confirmed, booking number {neg_order(r)}, room {r.randint(201, 1220)}. email for the confirmation"]),
         ("C", [E(EM, email(r, cu))])]
    return _conv(ag, cu, t, "booking", cc)


def sc_support(r):
    cc = r.choice(EN_CC)
    ag, cu = first(r), full(r)
    t = [("A", ["tech support, ", E(PER, ag), " here, what's going on"]),
         ("C", ["my voice assistant keeps dropping off the wifi"]),
         ("A", [f"which firmware is it on? should say {neg_version(r)}"]),
         ("C", ["yeah that one"]),
         ("A", ["what's the ip address it shows"]),
         ("C", [E(IP, ip4(r, private=True))]),
         ("A", ["okay and the email on the account"]),
         ("C", [E(EM, email(r, cu))]),
         ("A", [f"i opened ticket {neg_ticket(r)}. you'll get a link to ", E(URL, url(r, "support.acme-telco.net")),
                " to upload logs"])]
    return _conv(ag, cu, t, "tech support", cc)


def sc_benefits(r):
    cc = "US"
    ag, cu, sp = first(r), full(r, "en"), first(r, "en")
    t = [("A", ["benefits service center, this is ", E(PER, ag)]),
         ("C", ["hi, i'm ", E(PER, cu), " and i need to add my spouse to my medical plan"]),
         ("A", ["sure, your member id"]),
         ("C", [E(HPN, hpn(r))]),
         ("A", ["spouse's full name"]),
         ("C", [E(PER, sp + " " + cu.split(" ")[-1])]),
         ("A", ["date of birth"]),
         ("C", [E(DOB, fdob(r, spoken=True))]),
         ("A", ["and social security number"]),
         ("C", [E(SSN, ssn(r))]),
         ("A", ["coverage starts ", E(DT, fdate(r, rdate(r), spoken=r.random() < 0.5)), f". your case number is {neg_ticket(r)}"])]
    return _conv(ag, cu, t, "benefits", cc)


def sc_911(r):
    cc = "US"
    ag, cu = first(r), full(r)
    a = addr(r, cc)
    t = [("A", ["911 what's the address of your emergency"]),
         ("C", [E(ADR, one_line(a))]),
         ("A", ["tell me exactly what happened"]),
         ("C", [f"my neighbor fell down the stairs, he's like {r.randint(60, 90)} years old, he's breathing"]),
         ("A", ["okay, what's your name"]),
         ("C", [E(PER, cu)]),
         ("A", ["and the number you're calling from"]),
         ("C", [E(PH, phone(r, cc))]),
         ("A", ["help is on the way, unit ", str(r.randint(10, 99)), " is en route. stay on the line"])]
    return _conv(ag, cu, t, "911", cc)


SCENARIOS = [sc_bank, sc_payment, sc_medical, sc_utility, sc_fnol, sc_telecom, sc_pharmacy, sc_hotel,
             sc_support, sc_benefits, sc_911]


# ---------------------------------------------------------------------------
# Transcript renderers
# ---------------------------------------------------------------------------
def _tc(sec, sep=","):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d}{sep}{int((sec % 1) * 1000):03d}"


def _spk(conv, role, mode, r_or_none=None):
    """Speaker label: 'role' -> plain Agent/Customer, 'name' -> PERSON."""
    if mode == "name":
        return E(PER, conv[role])
    if mode == "upname":
        return E(PER, conv[role].upper())
    idx = conv.get("order", ["A", "C"]).index(role) if role in conv.get("order", ["A", "C"]) else 0
    if mode == "spk":
        return f"spk_{idx}"
    if role not in ("A", "C"):
        return f"Speaker {idx + 1}"
    if mode == "caps":
        return {"A": "AGENT", "C": "CALLER"}[role]
    return {"A": "Agent", "C": "Customer"}[role]


def render_plain(b, r, conv, mode="role", lower=True, stamp=True):
    t = r.uniform(0, 3)
    st = r.randint(0, 2)
    for role, pieces in conv["turns"]:
        if stamp:
            b.t(["[" + _tc(t)[3:8] + "] ", _tc(t)[:8] + " ", "(" + _tc(t)[:8] + ") "][st])
        b.t(_spk(conv, role, mode), ": ", *(low(pieces) if lower else pieces), "\n")
        t += 1.5 + plain_len(pieces) / 14 + r.random() * 2


def render_srt(b, r, conv, mode="role", lower=False):
    t, k = r.uniform(0, 2), 1
    for role, pieces in conv["turns"]:
        d = 1.2 + plain_len(pieces) / 15
        b.t(f"{k}\n{_tc(t)} --> {_tc(t + d)}\n")
        if mode != "none":
            b.t(_spk(conv, role, mode), ": ")
        b.t(*(low(pieces) if lower else pieces), "\n\n")
        t += d + r.random()
        k += 1


def render_vtt(b, r, conv, mode="name", lower=False, header=True):
    if header:
        b.t("WEBVTT\n\n")
    t = r.uniform(0, 2)
    for k, (role, pieces) in enumerate(conv["turns"], 1):
        d = 1.2 + plain_len(pieces) / 15
        b.t(f"{k}\n" if r.random() < 0.5 else "", f"{_tc(t, '.')} --> {_tc(t + d, '.')}\n")
        if mode == "voice":
            b.t("<v ", E(PER, conv[role]), ">", *(low(pieces) if lower else pieces), "</v>\n\n")
        else:
            b.t(_spk(conv, role, mode), ": ", *(low(pieces) if lower else pieces), "\n\n")
        t += d + r.random()


def render_json_utts(b, r, conv, lower=True, key="utterances", spk=("A", "B")):
    b.t(f'  "{key}": [\n')
    t = r.randint(200, 900)
    n = len(conv["turns"])
    for k, (role, pieces) in enumerate(conv["turns"]):
        d = int(900 + plain_len(pieces) * 60)
        b.t(f'    {{"speaker": "{spk[0] if role == "A" else spk[1]}", "start": {t}, "end": {t + d}, '
            f'"confidence": {r.uniform(0.71, 0.99):.3f}, "text": "', *(low(pieces) if lower else pieces),
            '"}' + ("," if k < n - 1 else "") + "\n")
        t += d + r.randint(100, 900)
    b.t("  ]")


PROJECTS = ["voicebot v2", "IVR migration", "caption pipeline", "diarization benchmark", "contact centre QA"]
COMPANIES = ["Lindqvist Logistics AB", "Okafor Holdings", "Brightline Health", "Nakamura Trading Co.",
             "Northwind Energy", "Dubois & Fils SARL", "Hoffmann Medizintechnik GmbH"]


def sc_meeting(r):
    names = [full(r) for _ in range(r.randint(3, 4))]
    roles = [f"P{i}" for i in range(len(names))]
    conv = {"order": roles, "topic": "meeting", "cc": "US"}
    for k, n in zip(roles, names):
        conv[k] = n
    fn = lambda i: names[i].split(" ")[0]
    client = full(r)
    pc = meeting_passcode(r)
    t = [("P0", ["okay let's get started. ", E(PER, fn(1)), f", can you give the update on the {r.choice(PROJECTS)}"]),
         ("P1", ["sure. we're on track for ", E(DT, fdate(r, rdate(r), year=r.random() < 0.5)),
                 f", the blocker is still {neg_ticket(r)} and the {neg_version(r)} model regression"]),
         ("P2", ["i talked to ", E(PER, client), f" at {r.choice(COMPANIES)}, she wants a demo on ", E(DT, fdt(r))]),
         ("P0", ["can you send her the deck? her email is ", E(EM, email(r, client, corp=True))]),
         ("P2", ["will do. her direct line is ", E(PH, phone(r, r.choice(EN_CC + ["DE", "FR", "SE"]), intl=True))]),
         ("P1", ["for the external folks the dial in is ", E(URL, url(r, "zoom.us")), " passcode ", E(PW, pc)]),
         ("P0", [f"budget wise we're at {neg_amount(r)} of the quarter. action items: ", E(PER, fn(2)),
                 " owns the vendor call, ", E(PER, fn(1)), " the release notes by ", E(DT, fdate(r, rdate(r), year=False))])]
    if len(names) > 3:
        t.insert(3, ("P3", ["quick one, i'm out from ", E(DT, fdate(r, rdate(r), year=False)), f" so ping me before, i'll be in ",
                            E(LOC, city_st(r, r.choice(list(CITIES))))]))
    conv["turns"] = t
    return conv


def sc_interview(r):
    iv, ee = full(r), full(r)
    cc = r.choice(list(CITIES))
    conv = {"A": iv, "C": ee, "order": ["A", "C"], "topic": "interview", "cc": cc}
    t = [("A", ["thanks for doing this. can you tell me where you grew up"]),
         ("C", ["i grew up in ", E(LOC, city_st(r, cc)), f", we moved to ", E(LOC, city_st(r, "US")),
                f" in {r.randint(1985, 2015)} when i was about {num_words(r.randint(6, 17))}"]),
         ("A", ["and what do you do now"]),
         ("C", [f"i'm a {r.choice(['nurse', 'bus driver', 'teacher', 'welder', 'paralegal'])}. my supervisor ",
                E(PER, first(r)), " is the one who told me about this study"]),
         ("A", [f"has the pandemic changed things for you"]),
         ("C", [f"yeah a lot. honestly the only constant was my dog {r.choice(PETS)}, haha. and my best friend ", E(PER, first(r)),
                ", we talk every sunday"]),
         ("A", ["last thing, where should we send the gift card"]),
         ("C", [E(EM, email(r, ee))])]
    conv["turns"] = t
    return conv


def any_conv(r):
    return r.choice(SCENARIOS)(r)


# ---------------------------------------------------------------------------
# Document kinds (English, entity-bearing)
# ---------------------------------------------------------------------------
QUEUES = ["billing_en", "claims-intake", "retention", "tier1_support", "pharmacy_refills", "scheduling"]


def k_callcenter_txt(r):
    b, conv = Builder(), any_conv(r)
    b.t(r.choice(["Call ID: ", "call_id=", "Interaction "]), neg_uuid(r), "\n")
    b.t(f"Queue: {r.choice(QUEUES)}   Duration: {neg_dur(r)}   ASR: {r.choice(['nova-2', 'whisper large-v3', 'chirp'])}\n")
    if r.random() < 0.5:
        b.t("Agent: ", E(PER, full(r, "en")), f" (desk {r.randint(2000, 2999)})\n")
    b.t("-" * 40 + "\n")
    render_plain(b, r, conv, mode=r.choice(["role", "caps"]))
    return b


def k_contact_lens_json(r):
    b, conv = Builder(), any_conv(r)
    b.t('{\n  "Version": "1.1.0",\n  "Channel": "VOICE",\n  "LanguageCode": "en-US",\n  "ContactId": "', neg_uuid(r), '",\n')
    b.t('  "Participants": [{"ParticipantId": "AGENT"}, {"ParticipantId": "CUSTOMER"}],\n  "Transcript": [\n')
    t = r.randint(300, 2000)
    n = len(conv["turns"])
    for k, (role, pieces) in enumerate(conv["turns"]):
        d = 900 + plain_len(pieces) * 55
        b.t('    {"ParticipantId": "', "AGENT" if role == "A" else "CUSTOMER", '", "Id": "', neg_uuid(r)[:13],
            '", "Content": "', *pieces, f'", "BeginOffsetMillis": {t}, "EndOffsetMillis": {t + d}, "Sentiment": "',
            r.choice(["NEUTRAL", "NEUTRAL", "POSITIVE", "NEGATIVE"]), '"}', "," if k < n - 1 else "", "\n")
        t += d + r.randint(150, 1200)
    b.t("  ]\n}\n")
    return b


def k_assemblyai_json(r):
    b, conv = Builder(), any_conv(r)
    b.t('{\n  "id": "', rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 12) + "-" + neg_uuid(r)[:8], '",\n  "status": "completed",\n')
    b.t('  "audio_url": "', E(URL, url(r, "recordings.transcribe-ops.io")), '",\n  "speaker_labels": true,\n')
    b.t(f'  "audio_duration": {r.randint(40, 900)},\n')
    render_json_utts(b, r, conv, lower=r.random() < 0.5)
    b.t("\n}\n")
    return b


def k_aws_transcribe_json(r):
    b, conv = Builder(), any_conv(r)
    job = f"call-{_d(r, 8)}-{rs(r, 'abcdef0123456789', 6)}"
    b.t('{"jobName":"', job, '","status":"COMPLETED","results":{"transcripts":[{"transcript":"')
    for k, (role, pieces) in enumerate(conv["turns"]):
        ps = list(pieces)
        b.t(*ps, ". " if k < len(conv["turns"]) - 1 else ".")
    b.t('"}],"speaker_labels":{"speakers":2,"segments":[')
    for k in range(3):
        st = r.uniform(0, 60)
        b.t(("," if k else ""), f'{{"start_time":"{st:.2f}","end_time":"{st + r.uniform(1, 8):.2f}","speaker_label":"spk_{k % 2}"}}')
    b.t("]}}}\n")
    return b


def k_otter_txt(r):
    b = Builder()
    conv = sc_meeting(r) if r.random() < 0.6 else sc_interview(r)
    b.t(r.choice(["Weekly sync", "Customer interview", "Team standup", "Research session"]), " - ",
        E(DT, fdate(r, rdate(r))), "\n\n")
    t = r.randint(0, 5)
    for role, pieces in conv["turns"]:
        b.t(E(PER, conv[role]), f"  {t // 60}:{t % 60:02d}\n", *pieces, "\n\n")
        t += 4 + plain_len(pieces) // 12 + r.randint(0, 6)
    if r.random() < 0.3:
        b.t("Transcribed by ", E(URL, "https://otter.ai"), "\n")
    return b


def k_zoom_vtt(r):
    b, conv = Builder(), sc_meeting(r)
    render_vtt(b, r, conv, mode="name", lower=False)
    return b


def k_teams_vtt(r):
    b = Builder()
    conv = sc_meeting(r) if r.random() < 0.7 else sc_interview(r)
    render_vtt(b, r, conv, mode="voice", lower=False)
    return b


def k_srt_interview(r):
    b, conv = Builder(), sc_interview(r)
    render_srt(b, r, conv, mode=r.choice(["none", "upname"]), lower=False)
    return b


def k_research_interview(r):
    b, conv = Builder(), sc_interview(r)
    pid = f"P{r.randint(1, 40):02d}"
    b.t(f"STUDY: {r.choice(['Remote work & wellbeing', 'Voice UX diary study', 'Caregiver experiences'])}\n")
    b.t(f"Participant ID: {pid}    Session: {r.randint(1, 3)}\nInterview date: ", E(DT, fdate(r, rdate(r))), "\n")
    b.t("Interviewer: ", E(PER, conv["A"]), "\nConsent recorded: yes\n\n")
    for role, pieces in conv["turns"]:
        b.t("INT: " if role == "A" else f"{pid}: ", *pieces, "\n")
    return b


def k_deposition(r):
    b = Builder()
    w, atty = full(r, "en"), last(r, "en")
    a = addr(r, "US")
    lines = [["Q. Please state your full name for the record."],
             ["A. ", E(PER, w), "."],
             ["Q. And your current residential address?"],
             ["A. ", E(ADR, one_line(a)), "."],
             ["Q. Where were you on the evening of ", E(DT, fdate(r, rdate(r))), "?"],
             ["A. At work. I got off around ", E(DT, ftime(r)), "."],
             ["Q. Did you speak with anyone after that?"],
             ["A. I called my sister, ", E(PER, first(r, "en")), ", from my cell."],
             ["Q. What is that cell phone number?"],
             ["A. ", E(PH, phone(r, "US")), "."],
             ["MR. ", E(PER, atty.upper()), ": Objection, relevance."],
             ["Q. You may answer."],
             ["A. I don't remember how long we talked. Maybe ten minutes."]]
    b.t(f"{r.randint(10, 140)}\n")
    for i, ln in enumerate(lines, 1):
        b.t(f"{i:>2}   ", *ln, "\n")
    b.t(f"\nCase No. {r.randint(2019, 2024)}-CV-{_d(r, 5)}    Realtime draft - uncertified ASR output\n")
    return b


def k_llm_summarize(r):
    b, conv = Builder(), any_conv(r)
    b.t(r.choice(["You are a contact-centre QA assistant. ", "SYSTEM: You summarize customer calls.\n"]))
    b.t("Summarize the call below in 3 bullet points, list the customer's intent and any follow-up actions. "
        "Return JSON with keys summary, intent, actions.\n\nTRANSCRIPT:\n\"\"\"\n")
    render_plain(b, r, conv, stamp=r.random() < 0.5)
    b.t('"""\n')
    return b


def k_llm_redact_voicemail(r):
    b = Builder()
    cc = r.choice(EN_CC)
    n = full(r)
    b.t("Please redact all personal information in this voicemail transcription, replace each with a tag like [NAME], "
        "and keep everything else verbatim:\n\n")
    b.t(r.choice(["hi ", "hey ", "good morning "]), E(PER, first(r).lower()), " it's ", E(PER, n.lower()), " calling from ",
        r.choice(["the school", "dr. office", "your insurance", "the dealership"]), ". ")
    b.t("i'm calling about the ", r.choice(["appointment", "paperwork", "claim"]), " on ",
        E(DT, fdate(r, rdate(r), spoken=True, year=False)), ". ")
    if r.random() < 0.5:
        b.t("my date of birth is ", E(DOB, fdob(r, spoken=True)), " if you need to look it up. ")
    b.t("you can reach me at ", E(PH, phone(r, cc)), " or email ", E(EM, email(r, n)), ". ")
    b.t(f"it's about {r.choice(['twenty', 'ten', 'forty five'])} minutes of paperwork so no rush. thanks bye\n")
    return b


def k_qa_scorecard(r):
    b = Builder()
    b.t("CALL QUALITY SCORECARD\n======================\n")
    b.t("Agent: ", E(PER, full(r)), "\nEvaluator: ", E(PER, full(r, "en")), "\n")
    b.t("Call date: ", E(DT, fdt(r)), "\nInteraction ID: ", neg_uuid(r), "\n")
    b.t(f"Recording length: {neg_dur(r)}\n\n")
    items = ["Greeting & branding", "Identity verification", "Active listening", "Resolution", "Closing"]
    for it in items:
        b.t(f"[{r.choice(['x', 'x', ' '])}] {it:<24} {r.randint(1, 5)}/5\n")
    b.t(f"\nTotal: {r.randint(60, 100)}%\nNotes: agent read back full card number ", E(CC, card(r)),
        " instead of last four - PCI violation, ticket ", neg_ticket(r), ". Customer ", E(PER, full(r)),
        " also gave DOB ", E(DOB, fdob(r)), " twice.\n")
    return b


def k_call_csv(r):
    b = Builder()
    sep = r.choice([",", ";", "\t"])
    b.t(sep.join(["call_id", "agent", "customer_name", "ani", "duration_s", "disposition", "callback_at"]), "\n")
    for _ in range(r.randint(4, 8)):
        b.t(_d(r, 10), sep, E(PER, full(r)), sep, E(PER, full(r)), sep, E(PH, phone(r, r.choice(EN_CC), intl=True)), sep,
            str(r.randint(30, 1800)), sep, r.choice(["RESOLVED", "CALLBACK", "ESCALATED", "VOICEMAIL"]), sep)
        if r.random() < 0.5:
            d = rdate(r)
            b.t(E(DT, f"{d.isoformat()} {r.randint(8, 18):02d}:{r.choice([0, 15, 30, 45]):02d}"))
        b.t("\n")
    return b


def k_diarized_csv(r):
    b, conv = Builder(), any_conv(r)
    b.t("start,end,speaker,text\n")
    t = r.uniform(0, 2)
    for role, pieces in conv["turns"]:
        d = 1 + plain_len(pieces) / 14
        b.t(f"{t:.2f},{t + d:.2f},SPEAKER_0{0 if role == 'A' else 1},\"", *low(pieces), "\"\n")
        t += d + r.random()
    return b


def e164(r, cc="US"):
    p = phone(r, cc, intl=True)
    return "+" + re.sub(r"\D", "", p)


def vm_body(r, cc, caller, callee_first, lower=True):
    """A voicemail message as pieces."""
    p = [r.choice(["hi ", "hey ", "hello ", "good afternoon "]), E(PER, callee_first), r.choice([" it's ", " this is "]),
         E(PER, caller), " "]
    p += r.choice([
        ["from the ", r.choice(["dentist's office", "leasing office", "school nurse", "insurance agency"]),
         ". just confirming your appointment on ", E(DT, fdt(r, spoken=True)), ". "],
        ["calling about the invoice, the reference is ", neg_order(r), ". "],
        ["i got your message about the ", r.choice(["car", "apartment", "contract"]), ", i'll be in ",
         E(LOC, city_st(r, cc).lower()), " until ", E(DT, fdate(r, rdate(r), spoken=True, year=False)), ". "],
    ])
    p += [r.choice(["call me back at ", "my number is ", "you can reach me on "]), E(PH, phone(r, cc)), ". "]
    if r.random() < 0.4:
        p += ["or email me at ", E(EM, email(r, caller)), ". "]
    p += [r.choice(["thanks bye", "talk soon", "okay bye bye", "thank you have a good one"])]
    return low(p) if lower else p


def k_voicemail_email(r):
    b = Builder()
    cc = r.choice(EN_CC)
    callee, caller = full(r), full(r)
    cp = phone(r, cc)
    b.t("From: Voicemail <", E(EM, "voicemail-noreply@" + r.choice(CORP)), ">\n")
    b.t("To: ", E(PER, callee), " <", E(EM, email(r, callee, corp=True)), ">\n")
    b.t(f"Date: {r.choice(WEEKDAYS['en'])[:3]}, {r.randint(1, 28)} {r.choice(MONTHS['en'])[:3]} {r.randint(2023, 2025)} "
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} -0{r.randint(4, 8)}00\n")
    b.t("Subject: New voicemail from ", E(PER, caller.upper()), f" ({neg_dur(r)})\n\n")
    b.t("You received a new voicemail from ", E(PER, caller.upper()), " at ", E(PH, cp), ".\n\nTranscription (beta):\n\"")
    b.t(*vm_body(r, cc, caller, callee.split(" ")[0]), "\"\n\n")
    b.t("Listen to the message: ", E(URL, url(r, "app.voxly.app")), "\n")
    b.t(f"Message ID: {neg_uuid(r)}\nTo stop these e-mails, update your settings in the portal.\n")
    return b


def k_voicemail_json(r):
    b = Builder()
    cc = r.choice(EN_CC)
    owner = full(r)
    b.t('{\n  "mailbox": "', E(PH, e164(r, cc)), '",\n  "owner": "', E(PER, owner), '",\n  "messages": [\n')
    n = r.randint(1, 3)
    for k in range(n):
        caller = full(r)
        b.t('    {\n      "id": "vm_', rs(r, ALNUM, 16), '",\n      "from": "', E(PH, e164(r, cc)), '",\n')
        if r.random() < 0.6:
            b.t('      "caller_id_name": "', E(PER, caller.upper()[:15].strip()), '",\n')
        b.t(f'      "duration_sec": {r.randint(4, 120)},\n      "received_epoch": {1700000000 + r.randint(0, 50000000)},\n')
        b.t('      "transcript": "', *vm_body(r, cc, caller, owner.split(" ")[0]), f'",\n      "confidence": {r.uniform(0.5, 0.98):.2f}\n    }}')
        b.t(",\n" if k < n - 1 else "\n")
    b.t("  ]\n}\n")
    return b


def k_voicemail_sms(r):
    b = Builder()
    cc = r.choice(EN_CC)
    for _ in range(r.randint(1, 3)):
        caller = full(r)
        b.t(r.choice(["Voicemail from ", "New VM from ", "Visual Voicemail: "]), E(PH, phone(r, cc, intl=True)),
            f" ({neg_dur(r)}): \"", *vm_body(r, cc, caller, first(r)), "\"\n")
        b.t(r.choice(["Reply CALL to call back. ", "Tap to listen. ", ""]) + "\n")
    return b


def k_twilio_webhook_log(r):
    b = Builder()
    cc = r.choice(EN_CC)
    sid, acs = neg_sid(r, "CA"), neg_sid(r, "AC")
    neg_ts = lambda r, st: clk()
    clk = clock(r, 0)
    b.t(neg_ts(r, 0), f" INFO  [webhook] POST /twilio/voice/transcription 200 {r.randint(3, 90)}ms\n")
    b.t(f"  CallSid={sid}\n  AccountSid={acs}\n  From=", E(PH, e164(r, cc)), "\n  To=", E(PH, e164(r, cc)), "\n")
    b.t("  CallerName=", E(PER, full(r).upper()), "\n  RecordingUrl=",
        E(URL, f"https://api.twilio.com/2010-04-01/Accounts/{acs}/Recordings/{neg_sid(r, 'RE')}"), "\n")
    b.t("  TranscriptionStatus=completed\n  TranscriptionText=\"", *vm_body(r, cc, full(r), first(r), lower=False), "\"\n")
    b.t(neg_ts(r, 0), f" DEBUG [twilio] request validated, X-Twilio-Signature={b64u(bytes(r.getrandbits(8) for _ in range(20)))}=\n")
    if r.random() < 0.6:
        b.t(neg_ts(r, 0), " WARN  [config] TWILIO_AUTH_TOKEN loaded from env: ", E(SEC, rs(r, "0123456789abcdef", 32)), "\n")
    b.t(neg_ts(r, 0), f" INFO  [worker] job {neg_uuid(r)} queued for summarisation (model {neg_version(r)})\n")
    return b


def k_ivr_log(r):
    b = Builder()
    node = f"ivr-node-{r.randint(1, 9)}"
    sid = neg_sid(r, "CA")[:18]
    clk = clock(r, 1)
    ln = lambda s: b.t(clk(), f" [{node}] {s} call={sid} ")
    ln("INFO ")
    b.t("ani=", E(PH, e164(r, "US")), " dnis=", E(PH, "+1800" + _d(r, 7)), " media=", E(IP, ip4(r, True)), f":{r.choice([5060, 5061, 10000])}\n")
    ln("INFO ")
    b.t(f"menu=main prompt=welcome_en.wav bargein=true\n")
    ln("INFO ")
    b.t(f"asr result=\"{r.choice(['pay my bill', 'billing', 'talk to a person', 'check my balance'])}\" conf={r.uniform(0.5, 0.99):.2f}\n")
    ln("INFO ")
    b.t("dtmf collected field=account_number value=", E(ACC, _d(r, r.choice([8, 10, 12]))), "\n")
    ln("INFO ")
    d = rdob(r)
    b.t("dtmf collected field=dob value=", E(DOB, f"{d.month:02d}{d.day:02d}{d.year}"), "\n")
    ln("INFO ")
    b.t(f"dtmf collected field=zip value={_d(r, 5)}\n")
    ln("INFO ")
    b.t("crm lookup ok customer=\"", E(PER, f"{last(r, 'en').upper()}, {first(r, 'en').upper()}"), "\" balance=", neg_amount(r), "\n")
    ln("WARN ")
    b.t(f"pin attempts=2 masked={neg_masked(r)}\n")
    ln("INFO ")
    b.t(f"transfer queue={r.choice(QUEUES)} wait_est={neg_dur(r)}\n")
    return b


ASSIST_INTENTS = ["GetWeather", "CallContact", "Navigate", "SetAlarm", "AddToList", "SendMessage", "CreateReminder"]


def k_voice_assistant_jsonl(r):
    b = Builder()
    dev = r.choice(["kitchen-speaker", "living-room", "echo-dot-3", "car-headunit"])
    for _ in range(r.randint(4, 7)):
        it = r.choice(ASSIST_INTENTS)
        b.t(f'{{"ts": {1700000000 + r.randint(0, 50000000)}, "device": "{dev}", "intent": "{it}", "utterance": "')
        if it == "GetWeather":
            c = r.choice(list(CITIES))
            city = r.choice(CITIES[c])[0]
            b.t("what's the weather in ", E(LOC, city.lower()), f'", "slots": {{"city": "', E(LOC, city), '"}')
        elif it == "CallContact":
            n = full(r).lower()
            b.t("call ", E(PER, n), r.choice([" mobile", " at work", ""]), f'", "slots": {{"contact": "', E(PER, n), '"}')
        elif it == "Navigate":
            a = addr(r, r.choice(EN_CC))
            b.t("navigate to ", E(ADR, one_line(a).lower().replace(",", "")), '", "slots": {"destination_type": "address"}')
        elif it == "SetAlarm":
            h, mi = r.randint(5, 9), r.choice([0, 15, 30])
            b.t("set an alarm for ", E(DT, ftime(r, "en", h=h, mi=mi)), '", "slots": {"time": "',
                E(DT, f"{h:02d}:{mi:02d}"), '"}')
        elif it == "AddToList":
            b.t("add ", r.choice(BRANDS).lower(), ' to my shopping list", "slots": {"list": "shopping"}')
        elif it == "SendMessage":
            n = first(r)
            b.t("text ", E(PER, n.lower()), " i'm running ", r.choice(["ten", "twenty", "five"]),
                ' minutes late", "slots": {"recipient": "', E(PER, n), '"}')
        else:
            b.t("remind me to ", r.choice(["pay rent", "call the vet about " + r.choice(PETS).lower(), "renew my passport"]),
                " on ", E(DT, fdt(r, spoken=True)), '", "slots": {}')
        b.t(f', "asr_conf": {r.uniform(0.6, 0.99):.2f}}}\n')
    return b


def k_car_infotainment_log(r):
    b = Builder()
    vin = "1HGCM" + rs(r, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 12)
    b.t(f"# headunit voice log  vin={vin}  sw={neg_version(r)}\n")
    for _ in range(r.randint(4, 6)):
        b.t(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{_d(r, 3)} VR  ")
        k = r.randint(0, 3)
        if k == 0:
            b.t("heard=\"navigate to ", E(ADR, one_line(addr(r, "US"))), "\" action=route eta=", neg_dur(r), "\n")
        elif k == 1:
            n = full(r)
            b.t("heard=\"call ", E(PER, n), "\" action=dial number=", E(PH, phone(r, "US")), "\n")
        elif k == 2:
            b.t("heard=\"find charging stations near ", E(LOC, city_st(r)), "\" action=poi results=", str(r.randint(2, 20)), "\n")
        else:
            b.t(f"heard=\"play {r.choice(['podcast', 'jazz radio', 'audiobook'])}\" action=media src=bt\n")
    return b


def k_dictation_clinic(r):
    b = Builder()
    doc, pf, pl = full(r, "en"), first(r), last(r)
    ref = last(r)
    b.t(f"DICTATION - {r.choice(CLINICS)}\nJob #: {_d(r, 7)}    Worktype: Progress note    Audio: {neg_dur(r)}\n")
    b.t("Dictated by: Dr. ", E(PER, doc), "\n")
    b.t("Patient: ", E(PER, f"{pl.upper()}, {pf.upper()}"), "    DOB: ", E(DOB, fdob(r, "en")), "    MRN: ", E(MRN, mrn(r)), "\n")
    b.t("Date of service: ", E(DT, fdate(r, rdate(r))), "\n\n--- raw ASR ---\n")
    b.t(*low(["this is dr. ", E(PER, doc.split(" ")[-1]), " dictating a follow up note on ", E(PER, f"{pf} {pl}"),
              " date of birth ", E(DOB, fdob(r, spoken=True)), " period new paragraph "]))
    b.t(f"patient is a {r.randint(21, 88)} year old {r.choice(['male', 'female'])} seen today for {r.choice(['hypertension', 'type 2 diabetes', 'low back pain', 'asthma'])} follow up period ")
    b.t(f"currently taking {r.choice(DRUGS)} and {r.choice(DRUGS)} period blood pressure {r.randint(110, 160)} over {r.randint(60, 95)} period new paragraph ")
    b.t(f"assessment {r.choice(ICD)} stable period plan continue current regimen comma recheck in {r.choice(['six', 'eight', 'twelve'])} weeks period ")
    b.t("please cc dr. ", E(PER, ref.lower()), " fax ", E(PH, phone(r, "US")), " period end of dictation\n")
    return b


def k_dictation_radiology(r):
    b = Builder()
    rad, refd = full(r, "en"), full(r)
    exam = r.choice([("MRI LUMBAR SPINE WITHOUT CONTRAST", "72148"), ("CT HEAD WITHOUT CONTRAST", "70450"),
                     ("CHEST 2 VIEWS", "71046"), ("US ABDOMEN COMPLETE", "76700")])
    b.t(f"EXAM: {exam[0]}    CPT {exam[1]}\n")
    b.t("PATIENT: ", E(PER, full(r).upper()), "   MRN: ", E(MRN, mrn(r)), "   DOB: ", E(DOB, fdob(r)), "\n")
    b.t("REFERRING: ", E(PER, refd), ", MD   NPI ", "1" + _d(r, 9), "\n")
    b.t("EXAM DATE: ", E(DT, fdt(r)), f"\nACCESSION: {_L(r, 2)}{_d(r, 8)}\n\n")
    b.t(f"CLINICAL HISTORY: {r.choice(['Back pain radiating to left leg', 'Headache, fall', 'Cough x3 weeks', 'RUQ pain'])}. ICD-10 {r.choice(ICD)}.\n\n")
    b.t("COMPARISON: ", r.choice(["None.", "Prior study dated "]))
    if b.buf[-1].startswith("Prior"):
        b.t(E(DT, fdate(r, rdate(r, 2019, 2023))), ".")
    b.t("\n\nFINDINGS: No acute abnormality. Alignment is normal. Mild degenerative changes.\n\n")
    b.t("IMPRESSION:\n1. No acute findings.\n2. Clinical correlation recommended.\n\n")
    b.t("Dictated by: ", E(PER, rad), ", MD\nVoice recognition software was used; minor transcription errors may occur.\n")
    return b


def k_dictation_legal_memo(r):
    b = Builder()
    atty, client, opp = full(r, "en"), full(r), full(r, "en")
    a = addr(r, "US")
    b.t("MEMORANDUM (dictated - not proofread)\nTO: File\nFROM: ", E(PER, atty), "\nRE: ", E(PER, client),
        f" - Matter No. {_d(r, 5)}-{_d(r, 3)}\n\n")
    b.t("Spoke with client today by phone. Client confirms current address is ", E(ADR, one_line(a)),
        " and best number is ", E(PH, phone(r, "US")), ". ")
    b.t("Client was served on ", E(DT, fdate(r, rdate(r))), " and the answer deadline is ", E(DT, fdate(r, rdate(r))), ". ")
    b.t("I left a voicemail for opposing counsel, ", E(PER, opp), ", at ", E(PH, phone(r, "US")),
        f" regarding the {neg_amount(r)} settlement demand. ")
    b.t("Client's date of birth for the intake form is ", E(DOB, fdob(r)), " and driver's license ",
        E(DL, dlic(r)), ".\n\nNext steps: draft answer, calendar hearing for ", E(DT, fdt(r)), ".\n")
    return b


def k_dictation_email_draft(r):
    b = Builder()
    to, me = full(r), full(r)
    cc = r.choice(EN_CC)
    b.t("[voice typing - raw]\n")
    b.t(*low(["dear ", E(PER, to.split(" ")[0]), " comma new line thanks for sending over the recording period ",
              "i'll be in ", E(LOC, city_st(r, cc)), " on ", E(DT, fdate(r, rdate(r), spoken=True, year=False)),
              " so maybe we can meet at ", E(DT, ftime(r, spoken=True)), " question mark new line ",
              "if anything changes my cell is ", E(PH, phone(r, cc)), " period new line best comma new line ", E(PER, me)]))
    b.t("\n\n[formatted]\n")
    b.t("Dear ", E(PER, to.split(" ")[0]), ",\nThanks for sending over the recording. See you soon!\nBest,\n", E(PER, me), "\n")
    return b


def k_telehealth_transcript(r):
    b = Builder()
    dr, pt = last(r), full(r)
    cc = r.choice(["US", "US", "CA"])
    ph = pharmacy = addr(r, cc)
    b.t(f"Telehealth visit - auto transcript ({r.choice(['Doximity', 'Zoom for Healthcare', 'Teams'])})\nVisit ID: {neg_uuid(r)}\n\n")
    D = ["DR. ", E(PER, dr.upper()), ": "]
    P = [E(PER, pt.split(" ")[-1].upper()), ": "]
    turns = [(D, ["can you confirm your full name and date of birth"]),
             (P, [E(PER, pt), ", ", E(DOB, fdob(r))]),
             (D, [f"thanks. how has the {r.choice(DRUGS)} been working"]),
             (P, ["better, but i ran out on ", E(DT, fdate(r, rdate(r), spoken=True, year=False))]),
             (D, ["which pharmacy do you use"]),
             (P, ["the one at ", E(ADR, one_line(pharmacy))]),
             (D, ["and your insurance member id, it's not showing"]),
             (P, [E(HPN, hpn(r))]),
             (D, ["got it, i'll send it over. let's follow up on ", E(DT, fdt(r)), ". if anything gets worse call ",
                  E(PH, phone(r, cc))])]
    for sp, pieces in turns:
        b.t(*sp, *pieces, "\n")
    return b


def k_jira_asr_ticket(r):
    b = Builder()
    key = f"{r.choice(['VOICE', 'ASR', 'STT', 'CCAI'])}-{r.randint(100, 9999)}"
    b.t(f"[{key}] ASR drops digits in spoken account numbers\n")
    b.t("Reporter: ", E(PER, full(r)), "    Assignee: ", E(PER, full(r)), f"\nPriority: P{r.randint(1, 3)}    Affects version: {neg_version(r)}\n")
    b.t(f"Labels: asr, itn, customer-escalation\n\nDescription:\nCustomer call {neg_uuid(r)} - caller said their account number, expected:\n")
    n = acct(r)
    b.t("  \"my account number is ", E(ACC, n), "\"\ngot:\n  \"my account number is ", n[:3], " [inaudible]\"\n\n")
    b.t("Repro:\n  curl -s -X POST \"", E(URL, f"https://api.deepvoice.dev/v1/listen?model={r.choice(['nova-2', 'general'])}&smart_format=true"),
        "\" \\\n    -H \"Authorization: Token ", E(SEC, rs(r, "0123456789abcdef", 40)), "\" \\\n    --data-binary @sample.wav\n\n")
    b.t("Commit with the ITN fix: ", neg_sha(r), "\nReported by customer contact ", E(EM, email(r, corp=True)), "\n")
    return b


def k_slack_thread(r):
    b = Builder()
    a, c, cust = full(r), full(r), full(r)
    b.t(f"#{r.choice(['cc-escalations', 'voicebot-dev', 'asr-quality'])}\n")
    b.t(f"[{r.randint(8, 17)}:{r.randint(0, 59):02d}] ", E(PER, a), ": anyone seen this? ASR output from call ", neg_sid(r, "CA"), ":\n")
    b.t("> ", *low(["hi my name is ", E(PER, cust), " my card is ", E(CC, card(r)), " expiry ", E(DT, f"{r.randint(1, 12):02d}/{r.randint(26, 30)}")]), "\n")
    b.t(f"[{r.randint(8, 17)}:{r.randint(0, 59):02d}] ", E(PER, c), ": yikes that should've been redacted. pci redaction is on ", neg_version(r), "?\n")
    b.t(f"[{r.randint(8, 17)}:{r.randint(0, 59):02d}] ", E(PER, a), ": yes. also the bot token is in the logs again: ", E(SLK, slack_token(r)), "\n")
    b.t(f"[{r.randint(8, 17)}:{r.randint(0, 59):02d}] ", E(PER, c.split(' ')[0]), ": rotating now, see ", neg_ticket(r), "\n")
    return b


def k_email_share(r):
    b = Builder()
    s, t = full(r, "en"), full(r)
    cc = r.choice(EN_CC)
    a = addr(r, cc)
    b.t("From: ", E(PER, s), " <", E(EM, email(r, s, corp=True)), ">\nTo: ", E(EM, email(r, t)), "\n")
    b.t(f"Date: {neg_ts(r, 3)}\nSubject: Transcript from our call\n\n")
    b.t("Hi ", E(PER, t.split(" ")[0]), ",\n\nAs promised, here's the auto-generated transcript from ", E(DT, fdate(r, rdate(r), year=False)),
        ". Recording: ", E(URL, url(r)), "\n\n")
    conv = sc_meeting(r)
    for role, pieces in conv["turns"][:4]:
        b.t(E(PER, conv[role]), ": ", *pieces, "\n")
    b.t("\nBest regards,\n", E(PER, s), "\n", r.choice(["Account Manager", "Solutions Engineer", "Head of CX"]), "\n")
    b.t(r.choice(["T: ", "Tel. ", "Phone: "]), E(PH, phone(r, cc, intl=True)), "\n", E(ADR, block(a, country=r.random() < 0.5)), "\n")
    return b


def k_manifest_jsonl(r):
    b = Builder()
    for _ in range(r.randint(4, 7)):
        b.t(f'{{"audio_filepath": "/data/cc_calls/{neg_uuid(r)}.wav", "duration": {r.uniform(1.5, 18):.2f}, "text": "')
        k = r.randint(0, 4)
        if k == 0:
            b.t("my name is ", E(PER, full(r).lower()))
        elif k == 1:
            b.t("you can call me back at ", E(PH, phone(r, r.choice(EN_CC))))
        elif k == 2:
            b.t("i live at ", E(ADR, one_line(addr(r, "US")).lower()))
        elif k == 3:
            b.t("my date of birth is ", E(DOB, fdob(r, spoken=True)))
        else:
            b.t(r.choice(["i'd like to check my balance", "the order number is " + neg_order(r).lower(), "about fifteen minutes"]))
        b.t(f'", "speaker_id": "spk_{_d(r, 4)}", "split": "{r.choice(["train", "dev", "test"])}"}}\n')
    return b


def k_consent_form(r):
    b = Builder()
    n = full(r)
    cc = r.choice(EN_CC)
    a = addr(r, cc)
    b.t("VOICE RECORDING CONSENT & RELEASE\n\nStudy / project: ", r.choice(PROJECTS), "\n\n")
    b.t("Participant name: ", E(PER, n), "\nDate of birth: ", E(DOB, fdob(r)), "\n")
    b.t("Street address: ", E(ADR, a["street"]), "\nCity: ", E(LOC, a["city"]), "\n")
    if a["region"]:
        b.t("State/Province: ", E(LOC, a["region"]), "\n")
    b.t(f"Postal code: {a['pc']}\nEmail: ", E(EM, email(r, n)), "\nPhone: ", E(PH, phone(r, cc)), "\n\n")
    b.t("[x] I agree to be recorded.  [x] My recordings may be used to train speech models.\n")
    b.t(f"Compensation: {neg_amount(r)} gift card\n\nSignature: /s/ ", E(PER, n), "    Date signed: ", E(DT, fdate(r, rdate(r))), "\n")
    return b


def k_sip_trace(r):
    b = Builder()
    src, dst, proxy = ip4(r, False), ip4(r, True), ip4(r, False)
    caller = full(r)
    num, dnum = e164(r, r.choice(EN_CC)), e164(r, "US")
    tag, branch = rs(r, "0123456789abcdef", 8), "z9hG4bK" + rs(r, ALNUM, 10)
    b.t(f"U {r.randint(2023, 2025)}/{r.randint(1, 12):02d}/{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{_d(r, 6)} ",
        E(IP, src), ":5060 -> ", E(IP, proxy), ":5060 #\n")
    b.t("INVITE sip:", E(PH, dnum), "@", r.choice(["pbx.acme-telco.net", "sip.voxly.app"]), " SIP/2.0\n")
    b.t("Via: SIP/2.0/UDP ", E(IP, src), f":5060;branch={branch};rport\n")
    b.t("From: \"", E(PER, caller), "\" <sip:", E(PH, num), "@", r.choice(["carrier.example.net", "trunk.acme-telco.net"]), f">;tag={tag}\n")
    b.t("To: <sip:", E(PH, dnum), "@pbx.acme-telco.net>\n")
    b.t(f"Call-ID: {neg_uuid(r)}@", E(IP, src), "\nCSeq: 1 INVITE\n")
    b.t("Contact: <sip:", E(PH, num), "@", E(IP, src), ":5060>\n")
    b.t(f"User-Agent: {r.choice(['FreeSWITCH', 'Asterisk PBX', 'Kamailio'])} {neg_version(r)}\nContent-Type: application/sdp\n\n")
    b.t("v=0\no=- ", str(r.randint(10 ** 8, 10 ** 9)), " 1 IN IP4 ", E(IP, src), "\nc=IN IP4 ", E(IP, dst), f"\nm=audio {r.randint(10000, 20000)} RTP/AVP 0 8 101\n")
    return b


def k_cdr_csv(r):
    b = Builder()
    b.t('"accountcode","src","dst","dcontext","clid","channel","start","duration","billsec","disposition"\n')
    clk = clock(r, 3)
    for _ in range(r.randint(4, 7)):
        n = full(r)
        src = f"{r.choice(US_AREAS)}{r.randint(2, 9)}{_d(r, 6)}"
        dur = r.randint(5, 900)
        b.t('"', r.choice(["sales", "support", "billing", ""]), '","', E(PH, src), '","', str(r.randint(100, 399)), '","from-trunk","\\"', E(PER, n),
            '\\" <', E(PH, src), '>","SIP/trunk-', rs(r, "0123456789abcdef", 8), f'","{clk()}","{dur}","{max(0, dur - r.randint(3, 30))}","',
            r.choice(["ANSWERED", "NO ANSWER", "BUSY"]), '"\n')
    return b


def k_nginx_stt_log(r):
    b = Builder()
    clk = clock(r, 2)
    for _ in range(r.randint(5, 8)):
        ip = ip4(r, False) if r.random() < 0.8 else ip6(r)
        path = r.choice(["/v1/transcribe", "/v1/jobs/" + neg_uuid(r), "/healthz", "/v1/voicemail/" + rs(r, ALNUM, 10) + "/audio",
                         "/v1/stream?lang=en-US&sample_rate=16000"])
        b.t(E(IP, ip), f" - - [{clk()}] \"{r.choice(['GET', 'POST'])} {path} HTTP/1.1\" {r.choice([200, 200, 201, 401, 413, 502])} {r.randint(80, 90000)} \"")
        if r.random() < 0.4:
            b.t(E(URL, url(r, "app.voxly.app")))
        else:
            b.t("-")
        b.t(f"\" \"{r.choice(['python-requests/2.31.0', 'okhttp/4.12.0', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)', 'curl/8.5.0'])}\" rt={r.uniform(0.01, 9):.3f}\n")
    return b


def k_python_traceback(r):
    b = Builder()
    user, host, db = r.choice(["asr", "transcriber", "voice_app", "postgres"]), r.choice(["db.internal", "pg-prod-2.voxly.app", "10.0.4.12"]), "calls"
    pw = password(r)
    b.t("Traceback (most recent call last):\n")
    b.t(f"  File \"/srv/asr-worker/worker.py\", line {r.randint(20, 400)}, in process_job\n    segments = diarize(audio, model=\"{neg_version(r)}\")\n")
    b.t(f"  File \"/srv/asr-worker/store.py\", line {r.randint(20, 200)}, in save\n    conn = psycopg2.connect(DSN)\n")
    b.t("psycopg2.OperationalError: connection to server at \"")
    if host[0].isdigit():
        b.t(E(IP, host))
    else:
        b.t(host)
    b.t(f"\", port 5432 failed: timeout expired\n\nDSN was: postgresql://{user}:", E(PW, pw), "@")
    if host[0].isdigit():
        b.t(E(IP, host))
    else:
        b.t(host)
    b.t(f":5432/{db}?sslmode=require\n")
    b.t(f"job_id={neg_uuid(r)} audio=s3://cc-recordings/{_d(r, 4)}/{neg_sha(r, 12)}.wav retries=3\n")
    return b


def k_stt_config_yaml(r):
    b = Builder()
    b.t("# speech pipeline config - DO NOT COMMIT\n", f"pipeline:\n  name: cc-transcribe\n  version: {neg_version(r)}\n  language: en-US\n")
    b.t("  diarization: true\n  redact_pii: false   # TODO enable before prod\n\nproviders:\n  aws:\n    region: us-east-1\n")
    b.t("    access_key_id: ", E(AKI, aws_key(r)), "\n    secret_access_key: ", E(ASK, aws_secret(r)), "\n")
    b.t("    bucket: cc-recordings-prod\n  deepgram:\n    api_key: \"", E(SEC, rs(r, "0123456789abcdef", 40)), "\"\n")
    b.t("    endpoint: ", E(URL, "https://api.deepvoice.dev/v1/listen"), "\n")
    b.t("notifications:\n  slack_bot_token: ", E(SLK, slack_token(r)), "\n  channel: \"#asr-alerts\"\n")
    b.t("database:\n  url: postgres://asr:", E(PW, password(r)), "@db.internal:5432/transcripts\n")
    if r.random() < 0.5:
        b.t("sip_tls:\n  cert_file: /etc/asr/tls/sbc.crt\n  private_key: |\n")
        b.t("    ", E(PK, pem(r).replace("\n", "\n    ")), "\n")
    b.t("owner: ", E(EM, email(r, corp=True)), "\n")
    return b


def k_gcp_service_account(r):
    b = Builder()
    proj = f"{r.choice(['cc-speech', 'voicebot', 'asr-prod', 'caption-svc'])}-{_d(r, 6)}"
    key = pem(r).replace("\n", "\\n")
    b.t("# pasted from the Speech-to-Text setup doc, please rotate!\n{\n  \"type\": \"service_account\",\n")
    b.t(f'  "project_id": "{proj}",\n  "private_key_id": "{neg_sha(r)}",\n  "private_key": "', E(PK, key), '\\n",\n')
    b.t('  "client_email": "', E(EM, f"speech-runner@{proj}.iam.gserviceaccount.com"), f'",\n  "client_id": "{_d(r, 21)}",\n')
    b.t('  "auth_uri": "', E(URL, "https://accounts.google.com/o/oauth2/auth"), '",\n  "token_uri": "', E(URL, "https://oauth2.googleapis.com/token"), '"\n}\n')
    return b


def k_env_file(r):
    b = Builder()
    b.t(f"# .env for voicebot ({r.choice(['staging', 'prod', 'local'])})\nNODE_ENV=production\nPORT=8080\n")
    b.t("TWILIO_ACCOUNT_SID=", neg_sid(r, "AC"), "\nTWILIO_AUTH_TOKEN=", E(SEC, rs(r, "0123456789abcdef", 32)), "\n")
    b.t("OPENAI_API_KEY=", E(SEC, "sk-proj-" + rs(r, ALNUM + "-_", 48)), "\n")
    if r.random() < 0.6:
        b.t("STRIPE_SECRET_KEY=", E(STK, stripe_key(r)), "\n")
    b.t("GITHUB_TOKEN=", E(GHT, gh_token(r)), "\n")
    b.t("SESSION_JWT=", E(JWT, jwt(r)), "\n")
    b.t("REDIS_URL=redis://default:", E(PW, password(r)), "@", E(IP, ip4(r, True)), ":6379/0\n")
    b.t("SUPPORT_PHONE=", E(PH, phone(r, "US", intl=True)), "\nFALLBACK_TOKEN=${FALLBACK_TOKEN}\n")
    return b


def k_k8s_secret(r):
    b = Builder()
    enc = lambda s: base64.b64encode(s.encode()).decode()
    b.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: asr-worker-secrets\n  namespace: speech\n")
    b.t(f"  uid: {neg_uuid(r)}\ntype: Opaque\ndata:\n")
    b.t("  DB_PASSWORD: ", E(PW, enc(password(r))), "\n")
    b.t("  AZURE_SPEECH_KEY: ", E(SEC, enc(rs(r, "0123456789abcdef", 32))), "\n")
    b.t("  WEBHOOK_SIGNING_SECRET: ", E(SEC, enc("whsec_" + rs(r, ALNUM, 32))), "\n")
    if r.random() < 0.5:
        b.t("  SIP_TRUNK_PASSWORD: ", E(PW, enc(password(r))), "\n")
    b.t("---\n# applied by ", E(PER, full(r)), f" via kubectl, ticket {neg_ticket(r)}\n")
    return b


def k_docker_compose(r):
    b = Builder()
    b.t("version: \"3.9\"\nservices:\n  whisper-api:\n    image: ghcr.io/voxly/whisper-api:", neg_version(r).replace(" ", "-"), "\n")
    b.t("    ports:\n      - \"9000:9000\"\n    environment:\n      - MODEL=large-v3\n")
    b.t("      - API_KEY=", E(SEC, rs(r, ALNUM, 32)), "\n      - HF_TOKEN=${HF_TOKEN}\n")
    b.t("  postgres:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: asr\n      POSTGRES_PASSWORD: ", E(PW, password(r)), "\n")
    b.t("  asterisk:\n    image: andrius/asterisk:20\n    extra_hosts:\n      - \"sbc.local:", E(IP, ip4(r, True)), "\"\n")
    b.t("    environment:\n      - SIP_SECRET=", E(PW, password(r)), "\n")
    return b


def k_python_script(r):
    b = Builder()
    b.t("import boto3, time\n\n# quick script to batch-transcribe yesterday's calls\n")
    b.t("session = boto3.Session(\n    aws_access_key_id=\"", E(AKI, aws_key(r)), "\",\n    aws_secret_access_key=\"", E(ASK, aws_secret(r)), "\",\n")
    b.t("    region_name=\"eu-west-1\",\n)\ntx = session.client(\"transcribe\")\n\n")
    b.t(f"for key in [\"calls/{neg_uuid(r)}.wav\", \"calls/{neg_uuid(r)}.wav\"]:\n")
    b.t("    tx.start_transcription_job(\n        TranscriptionJobName=f\"job-{int(time.time())}\",\n")
    b.t("        Media={\"MediaFileUri\": f\"s3://cc-audio/{key}\"},\n        LanguageCode=\"en-GB\",\n")
    b.t("        Settings={\"ShowSpeakerLabels\": True, \"MaxSpeakerLabels\": 2},\n    )\n\n")
    b.t("# contact: ", E(PER, full(r)), " <", E(EM, email(r, corp=True)), ">\n")
    return b


def k_curl_stt(r):
    b = Builder()
    tok = jwt(r)
    b.t("$ curl -X POST \"", E(URL, f"https://api.clearvoice.ai/v2/transcripts?diarize=true&lang={r.choice(['en', 'en-GB', 'en-US'])}"), "\" \\\n")
    b.t("    -H \"Authorization: Bearer ", E(JWT, tok), "\" \\\n    -F file=@voicemail_", _d(r, 6), ".m4a\n\n")
    conv_p = vm_body(r, r.choice(EN_CC), full(r), first(r), lower=False)
    b.t("{\n  \"id\": \"", neg_uuid(r), "\",\n  \"status\": \"done\",\n  \"text\": \"", *conv_p, "\",\n")
    b.t(f"  \"words\": {r.randint(20, 80)},\n  \"model\": \"{neg_version(r)}\"\n}}\n")
    return b


def k_voice_biometrics_log(r):
    b = Builder()
    clk = clock(r, 0)
    for _ in range(r.randint(3, 5)):
        n = full(r)
        b.t(clk(), f" INFO vb-engine enroll_request voiceprint_id={neg_uuid(r)} customer=\"", E(PER, n), "\" ani=", E(PH, e164(r, r.choice(EN_CC))),
            " acct=", E(ACC, acct(r).replace(" ", "")), f" score={r.uniform(0.1, 0.99):.3f} result={r.choice(['MATCH', 'NO_MATCH', 'ENROLLED'])}\n")
        if r.random() < 0.4:
            b.t(clk(), f" WARN vb-engine fallback_kba dob_provided=", E(DOB, rdob(r).isoformat()), f" ssn_last4={neg_masked(r)}\n")
    b.t(clk(), f" INFO vb-engine model={neg_version(r)} sha={neg_sha(r, 12)} reloaded\n")
    return b


def k_meeting_minutes_ai(r):
    b = Builder()
    conv = sc_meeting(r)
    names = [conv[k] for k in conv["order"]]
    b.t(f"AI-generated meeting notes: {r.choice(PROJECTS).title()} sync\n", "Date: ", E(DT, fdt(r)), "\n")
    b.t("Attendees: ")
    for i, n in enumerate(names):
        b.t(", " if i else "", E(PER, n))
    b.t("\n\nSummary\n- Release is on track; blocker ", neg_ticket(r), " still open.\n")
    b.t("- ", E(PER, names[2].split(" ")[0]), " met with ", E(PER, full(r)), " who requested a demo on ", E(DT, fdt(r)), ".\n")
    b.t(f"- Budget at {neg_amount(r)}.\n\nAction items\n")
    for i in range(r.randint(2, 3)):
        b.t(f"[ ] ", E(PER, names[i]), " - ", r.choice(["send deck", "fix ITN regression", "update vendor contract", "book demo room 4.12"]),
            " (due ", E(DT, fdate(r, rdate(r), year=r.random() < 0.5)), ")\n")
    b.t("\nGenerated from transcript; may contain errors.\n")
    return b


def k_google_stt_json(r):
    b = Builder()
    conv = any_conv(r)
    b.t('{\n  "results": [\n')
    turns = conv["turns"][:r.randint(5, len(conv["turns"]))]
    tend = r.uniform(1, 4)
    for k, (role, pieces) in enumerate(turns):
        tend += 1 + plain_len(pieces) / 14
        b.t('    {\n      "alternatives": [{"transcript": "', *pieces, f'", "confidence": {r.uniform(0.6, 0.98):.4f}}}],\n')
        b.t(f'      "resultEndTime": "{tend:.3f}s",\n      "channelTag": {1 if role == "A" else 2},\n      "languageCode": "en-us"\n    }}')
        b.t(",\n" if k < len(turns) - 1 else "\n")
    b.t(f'  ],\n  "totalBilledTime": "{r.randint(15, 900)}s",\n  "requestId": "{_d(r, 19)}"\n}}\n')
    return b


def k_deepgram_json(r):
    b = Builder()
    conv = any_conv(r)
    b.t('{"metadata":{"request_id":"', neg_uuid(r), '","sha256":"', neg_sha(r, 64), f'","duration":{r.uniform(20, 600):.3f},"channels":1,"models":["{neg_uuid(r)}"]}},\n')
    b.t(' "results":{"utterances":[\n')
    t = r.uniform(0, 2)
    for k, (role, pieces) in enumerate(conv["turns"]):
        d = 1 + plain_len(pieces) / 14
        b.t(f'  {{"start":{t:.2f},"end":{t + d:.2f},"speaker":{0 if role == "A" else 1},"transcript":"', *low(pieces), '"}')
        b.t(",\n" if k < len(conv["turns"]) - 1 else "\n")
        t += d + r.random()
    b.t("]}}\n")
    return b


def k_whisper_cli_log(r):
    b = Builder()
    f = f"vm_{_d(r, 8)}.wav"
    b.t(f"$ whisper {f} --model {r.choice(['large-v3', 'medium.en', 'small'])} --language en --output_format txt\n")
    b.t("Detecting language using up to the first 30 seconds. Use `--language` to specify the language\n")
    t = 0.0
    pieces = vm_body(r, r.choice(EN_CC), full(r), first(r), lower=False)
    chunks, cur = [], []
    for p in pieces:
        cur.append(p)
        if isinstance(p, str) and p.endswith(". "):
            chunks.append(cur)
            cur = []
    if cur:
        chunks.append(cur)
    for ch in chunks:
        d = 1 + plain_len(ch) / 15
        ch = list(ch)
        if isinstance(ch[-1], str):
            ch[-1] = ch[-1].rstrip()
        b.t(f"[{int(t // 60):02d}:{t % 60:06.3f} --> {int((t + d) // 60):02d}:{(t + d) % 60:06.3f}]  ", *ch, "\n")
        t += d
    b.t(f"Done in {r.uniform(2, 60):.1f}s ({neg_version(r)}), wrote {f[:-4]}.txt\n")
    return b


def k_crm_call_note(r):
    b = Builder()
    cc = r.choice(EN_CC)
    cu = full(r)
    a = addr(r, cc)
    b.t(f"Case {neg_ticket(r)} | Channel: Phone | Status: {r.choice(['Open', 'Pending customer', 'Closed'])}\n")
    b.t("Contact: ", E(PER, cu), " | ", E(EM, email(r, cu)), " | ", E(PH, phone(r, cc)), "\n")
    b.t("Customer account #: ", E(ACC, acct(r)), "\nMailing address: ", E(ADR, one_line(a, country=r.random() < 0.3)), "\n\n")
    b.t("Call note (auto-summary from transcript, edited by ", E(PER, first(r)), "):\n")
    b.t("Cust called re: double charge of ", neg_amount(r), f" on invoice {neg_order(r)}. Verified via DOB ", E(DOB, fdob(r)),
        ". Refund submitted; cust asked for callback on ", E(DT, fdt(r)), ".\n")
    b.t(f"Masked card on file: {neg_masked(r)}. Sentiment: {r.choice(['negative', 'neutral'])}.\n")
    return b


def k_greeting_script(r):
    b = Builder()
    n = full(r)
    cc = r.choice(EN_CC)
    b.t(f"Voicemail greeting script (TTS voice: {r.choice(['Joanna', 'en-US-Neural2-F', 'Matthew'])})\n---\n")
    b.t("Hi, you've reached ", E(PER, n), " at ", r.choice(COMPANIES), ". I'm out of the office until ",
        E(DT, fdate(r, rdate(r), year=False)), ". For urgent matters please call my colleague ", E(PER, full(r)), " on ",
        E(PH, phone(r, cc)), " or email ", E(EM, email(r, corp=True)), ". ")
    b.t("Our office at ", E(ADR, one_line(addr(r, cc))), " is open Monday to Friday, ", E(DT, ftime(r, h=9, mi=0)), " to ",
        E(DT, ftime(r, h=17, mi=0)), ". Thanks!\n---\n")
    b.t(f"SSML length: {r.randint(200, 600)} chars, est. duration {neg_dur(r)}\n")
    return b


def k_srt_training_video(r):
    b = Builder()
    conv = any_conv(r)
    b.t("")
    render_srt(b, r, conv, mode="caps", lower=False)
    b.t(f"{len(conv['turns']) + 1}\n{_tc(200.0)} --> {_tc(204.5)}\n[Role-play for agent training. All customer details are fictitious.]\n")
    return b


def k_podcast_transcript(r):
    b = Builder()
    host, guest = full(r), full(r)
    b.t(f"Episode {r.randint(12, 240)}: {r.choice(['Building voice products', 'The future of call centres', 'Accents and ASR'])}\n")
    b.t("Host: ", E(PER, host), " | Guest: ", E(PER, guest), f" | Runtime {neg_dur(r)}\n\n")
    H = E(PER, host.split(" ")[0].upper())
    G = E(PER, guest.split(" ")[0].upper())
    lines = [(H, ["welcome back! today i'm joined by ", E(PER, guest), ", who runs speech research at ", r.choice(COMPANIES), "."]),
             (G, ["thanks for having me. i'm recording from ", E(LOC, city_st(r, r.choice(list(CITIES)))), ", so sorry about the noise."]),
             (H, [f"you started on {r.choice(BRANDS)} back in {r.randint(2008, 2018)}, right?"]),
             (G, ["yeah, with my co-founder ", E(PER, full(r)), ". we shipped the first version in like six months."]),
             (H, ["where can people find you?"]),
             (G, [f"i'm @{_ascii(guest.split(' ')[0])}_speaks on most socials, or ", E(URL, url(r, "www.harborbank.com").replace("harborbank.com", "voxly.app")), "."])]
    for sp, ps in lines:
        b.t(sp, ": ", *ps, "\n\n")
    return b


# ---------------------------------------------------------------------------
# Non-English kinds
# ---------------------------------------------------------------------------
def _stamped(b, r, turns, labels, lower=False):
    t = r.uniform(0, 3)
    st = r.randint(0, 1)
    for role, pieces in turns:
        b.t(["[" + _tc(t)[:8] + "] ", _tc(t)[3:8] + "  "][st], labels[role], ": ", *(low(pieces) if lower else pieces), "\n")
        t += 2 + plain_len(pieces) / 14 + r.random() * 2


def k_de_callcenter(r):
    b = Builder()
    ag, cu = first(r, "de"), full(r, "de")
    a = addr(r, "DE")
    turns = [("A", [f"{r.choice(['Stadtwerke', 'Energie Nord', 'Telekabel'])} Kundenservice, mein Name ist ", E(PER, ag), ", was kann ich für Sie tun?"]),
             ("C", ["Ja, guten Tag, ", E(PER, cu), " hier. Ich ziehe um und möchte meinen Vertrag mitnehmen."]),
             ("A", ["Gerne. Wie lautet Ihre Kundennummer?"]),
             ("C", [E(ACC, _d(r, 9))]),
             ("A", ["Und zur Sicherheit Ihr Geburtsdatum?"]),
             ("C", [E(DOB, fdob(r, "de"))]),
             ("A", ["Die neue Adresse bitte."]),
             ("C", [E(ADR, one_line(a))]),
             ("A", ["Soll die Abbuchung weiter über die IBAN ", E(IBAN, iban(r, "DE", grouped=True)), " laufen?"]),
             ("C", ["Ja, genau."]),
             ("A", [f"Der Zählerstand ist {r.randint(1000, 99999)} kWh, Vorgangsnummer {neg_ticket(r)}. Ein Techniker ruft Sie am ",
                    E(DT, fdt(r, lang="de")), " unter ", E(PH, phone(r, "DE")), " an."])]
    b.t(f"Transkript (automatisch erstellt) - Anruf {neg_uuid(r)}\nDauer: {neg_dur(r)}\n\n")
    _stamped(b, r, turns, {"A": "Agent", "C": "Kunde"}, lower=r.random() < 0.3)
    return b


def k_de_diktat_arztbrief(r):
    b = Builder()
    dr, pf, pl = full(r, "de"), first(r, "de"), last(r, "de")
    b.t("Diktat Arztbrief - Praxis Dr. med. ", E(PER, dr), "\n")
    b.t("Spracherkennung: Dragon Medical ", neg_version(r), f"  Diktat-Nr. {_d(r, 6)}\n\n")
    b.t("Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über ", r.choice(["Herrn ", "Frau "]),
        E(PER, f"{pf} {pl}"), ", geb. am ", E(DOB, fdob(r, "de")), ", wohnhaft ", E(ADR, one_line(addr(r, "DE"))), ".\n")
    b.t("Versichertennummer: ", E(HPN, f"{_L(r, 1)}{_d(r, 9)}"), f" (Techniker Krankenkasse), Fall-Nr. {_d(r, 8)}\n\n")
    b.t(f"Diagnose: {r.choice(ICD)} - Anamnese: seit drei Wochen Beschwerden, Medikation {r.choice(DRUGS)} Komma ")
    b.t("Punkt Absatz Wiedervorstellung am ", E(DT, fdt(r, lang="de")), " Punkt\n\nMit freundlichen kollegialen Grüßen\n")
    b.t("Dr. ", E(PER, dr.split(" ")[-1]), "\nTel. ", E(PH, phone(r, "DE")), " / Fax ", E(PH, phone(r, "DE")), "\n")
    return b


def k_de_vtt_interview(r):
    b = Builder()
    iv, ee = full(r, "de"), full(r, r.choice(["de", "tr", "pl"]))
    conv = {"A": iv, "C": ee, "order": ["A", "C"],
            "turns": [("A", ["Danke, dass Sie sich Zeit nehmen. Woher kommen Sie ursprünglich?"]),
                      ("C", ["Ich bin in ", E(LOC, r.choice(CITIES[r.choice(['TR', 'PL', 'DE'])])[0]), " geboren und lebe seit ",
                             str(r.randint(1990, 2015)), " in ", E(LOC, r.choice(CITIES["DE"])[0]), "."]),
                      ("A", ["Und wie sind Sie zu diesem Beruf gekommen?"]),
                      ("C", ["Über eine Bekannte, ", E(PER, first(r, "de")), ", die damals bei ", r.choice(COMPANIES), " gearbeitet hat."]),
                      ("A", ["Wir schicken Ihnen die Freigabe per Mail, an welche Adresse?"]),
                      ("C", [E(EM, email(r, ee))]),
                      ("A", ["Und der Termin für das zweite Gespräch ist am ", E(DT, fdt(r, lang="de")), ", richtig?"]),
                      ("C", ["Ja, passt."])]}
    render_vtt(b, r, conv, mode="voice", lower=False)
    return b


def k_fr_messagerie_vocale(r):
    b = Builder()
    dest, appelant = full(r, "fr"), full(r, "fr")
    b.t("De : Messagerie vocale <", E(EM, "messagerie@" + r.choice(["orange-business.fr", "sfr-pro.fr", "voxly.app"])), ">\n")
    b.t("À : ", E(EM, email(r, dest, corp=True)), f"\nDate : {neg_ts(r, 3)}\nObjet : Nouveau message vocal de ", E(PH, phone(r, "FR")), "\n\n")
    b.t(f"Vous avez reçu un nouveau message ({neg_dur(r)}).\n\nTranscription :\n« ")
    b.t(*low(["bonjour ", E(PER, dest.split(" ")[0]), ", c'est ", E(PER, appelant), " du cabinet ", r.choice(["dentaire", "d'avocats", "médical"]),
              ". je vous appelle pour confirmer votre rendez-vous du ", E(DT, fdt(r, lang="fr")), ". ",
              "si vous avez un empêchement rappelez-moi au ", E(PH, phone(r, "FR")), ". ",
              "le cabinet a déménagé, la nouvelle adresse c'est ", E(ADR, one_line(addr(r, "FR"))), ". bonne journée"]))
    b.t(" »\n\nÉcouter : ", E(URL, url(r, "app.voxly.app")), "\n")
    return b


def k_fr_srt(r):
    b = Builder()
    a, c = full(r, "fr"), full(r, r.choice(["fr", "ar", "ng"]))
    conv = {"A": a, "C": c, "order": ["A", "C"],
            "turns": [("A", ["Bonsoir et bienvenue. Ce soir nous recevons ", E(PER, c), "."]),
                      ("C", ["Merci. Je suis arrivé à ", E(LOC, r.choice(CITIES["FR"])[0]), " en ", str(r.randint(1995, 2015)), ", je ne parlais pas un mot de français."]),
                      ("A", ["Et aujourd'hui vous dirigez une association à ", E(LOC, r.choice(CITIES["FR"])[0]), "."]),
                      ("C", ["Oui, avec ", E(PER, full(r, "fr")), ". On organise une journée portes ouvertes le ", E(DT, fdate(r, rdate(r), "fr")), "."]),
                      ("A", ["Pour vous inscrire, appelez le ", E(PH, phone(r, "FR")), "."]),
                      ("C", ["Ou sur notre site ", E(URL, "https://www." + r.choice(["entraide-solidaire", "voix-partagees", "lecture-pour-tous"]) + ".fr/inscription"), "."])]}
    render_srt(b, r, conv, mode="none", lower=False)
    return b


def k_fr_dictee_medicale(r):
    b = Builder()
    dr, pf, pl = last(r, "fr"), first(r, "fr"), last(r, "fr")
    b.t("COMPTE RENDU DE CONSULTATION (dictée vocale)\n")
    b.t("Médecin : Dr ", E(PER, dr), "\nPatient(e) : ", E(PER, f"{pl.upper()} {pf}"), "\nNé(e) le : ", E(DOB, fdob(r, "fr")),
        "\nN° de dossier : ", E(MRN, _d(r, 8)), "\nDate de consultation : ", E(DT, fdate(r, rdate(r), "fr")), "\n\n")
    b.t(f"virgule patiente vue ce jour pour {r.choice(['lombalgies', 'suivi diabète', 'céphalées', 'toux persistante'])} point ")
    b.t(f"traitement en cours {r.choice(DRUGS)} point à la ligne code CIM {r.choice(ICD)} point ")
    b.t("prochain rendez-vous le ", E(DT, fdt(r, lang="fr")), " point copie au Dr ", E(PER, last(r, "fr")), ", ",
        E(ADR, one_line(addr(r, "FR"))), " point fin de dictée\n")
    return b


def k_es_transcripcion(r):
    b = Builder()
    ag, cu = first(r, "es"), full(r, "es")
    turns = [("A", ["Banco ", r.choice(["Meridiano", "del Sol", "Atlántico"]), ", le atiende ", E(PER, ag), ", ¿en qué puedo ayudarle?"]),
             ("C", ["Hola, soy ", E(PER, cu), ", quería bloquear mi tarjeta, me la han robado."]),
             ("A", ["Lo siento mucho. ¿Me confirma su fecha de nacimiento?"]),
             ("C", ["El ", E(DOB, fdob(r, "es"))]),
             ("A", ["¿Y el número de la tarjeta, si lo tiene?"]),
             ("C", [E(CC, card(r, sep=" "))]),
             ("A", ["Bloqueada. Le enviaremos una nueva a ", E(ADR, one_line(addr(r, "ES"))), ", ¿correcto?"]),
             ("C", ["Sí. Y el cargo de ", neg_amount(r), " del ", E(DT, fdate(r, rdate(r), "es")), " no lo hice yo."]),
             ("A", ["Abro una reclamación, número ", neg_ticket(r), ". Le llamaremos al ", E(PH, phone(r, "ES")), "."])]
    b.t(f"Transcripción automática · llamada {neg_sid(r)[:20]} · idioma es-ES\n\n")
    _stamped(b, r, turns, {"A": "Agente", "C": "Cliente"}, lower=r.random() < 0.4)
    return b


def k_es_asistente_json(r):
    b = Builder()
    b.t("[\n")
    n = r.randint(3, 5)
    for k in range(n):
        b.t(f'  {{"id": "{neg_uuid(r)[:8]}", "locale": "es-{r.choice(["ES", "MX", "AR"])}", "transcripcion": "')
        j = r.randint(0, 3)
        if j == 0:
            nm = full(r, "es").lower()
            b.t("llama a ", E(PER, nm), '", "intencion": "llamar", "entidades": {"contacto": "', E(PER, nm), '"}')
        elif j == 1:
            b.t("recuérdame la cita con el dentista el ", E(DT, fdt(r, lang="es")), '", "intencion": "recordatorio", "entidades": {}')
        elif j == 2:
            b.t("cómo llego a ", E(ADR, one_line(addr(r, "ES"))), '", "intencion": "navegar", "entidades": {}')
        else:
            city = r.choice(CITIES["ES"])[0]
            b.t("qué tiempo hace en ", E(LOC, city.lower()), '", "intencion": "clima", "entidades": {"ciudad": "', E(LOC, city), '"}')
        b.t(f', "confianza": {r.uniform(0.5, 0.99):.2f}}}' + (",\n" if k < n - 1 else "\n"))
    b.t("]\n")
    return b


def k_it_riunione(r):
    b = Builder()
    names = [full(r, "it") for _ in range(3)]
    conv = {"P0": names[0], "P1": names[1], "P2": names[2], "order": ["P0", "P1", "P2"],
            "turns": [("P0", ["Buongiorno a tutti. ", E(PER, names[1].split(" ")[0]), ", ci aggiorni sul progetto?"]),
                      ("P1", ["Sì, il rilascio è previsto per il ", E(DT, fdate(r, rdate(r), "it")), f", manca solo il ticket {neg_ticket(r)}."]),
                      ("P2", ["Ho sentito il cliente, ", E(PER, full(r, "it")), ", vuole una demo il ", E(DT, fdt(r, lang="it")), "."]),
                      ("P0", ["Mandagli l'invito a ", E(EM, email(r, corp=True)), ", il suo cellulare è ", E(PH, phone(r, "IT")), "."]),
                      ("P2", ["Ok. La sede nuova è in ", E(ADR, one_line(addr(r, "IT"))), "."])]}
    b.t(f"Trascrizione riunione - {r.choice(['Teams', 'Meet', 'Zoom'])}\n\n")
    t = r.randint(0, 20)
    for role, pieces in conv["turns"]:
        b.t(E(PER, conv[role]), f"   {t // 60}:{t % 60:02d}\n", *pieces, "\n\n")
        t += 5 + plain_len(pieces) // 12
    return b


def k_it_segreteria(r):
    b = Builder()
    for _ in range(r.randint(1, 3)):
        nm = full(r, "it")
        b.t("Messaggio in segreteria da ", E(PH, phone(r, "IT", intl=True)), f" (durata {neg_dur(r)}):\n\"")
        b.t(*low(["buongiorno sono ", E(PER, nm), r.choice([" dello studio ", " della ditta ", " dell'agenzia "]),
                  r.choice(["Ferrari Impianti", "Colombo Assicurazioni", "Bianchi & Figli"]),
                  ", la chiamo per l'appuntamento di ", E(DT, fdt(r, lang="it")), ", mi richiami al ", E(PH, phone(r, "IT")), " grazie"]), "\"\n\n")
    return b


def k_pt_atendimento(r):
    b = Builder()
    ag, cu = first(r, "pt"), full(r, "pt")
    cc = r.choice(["BR", "BR", "PT"])
    turns = [("A", [r.choice(["Central de atendimento", "Operadora Vivace"]), ", meu nome é ", E(PER, ag), ", com quem eu falo?"]),
             ("C", ["Oi, aqui é ", E(PER, cu), ". Minha internet caiu de novo."]),
             ("A", ["Vou verificar. Pode me informar o número do contrato?"]),
             ("C", [E(ACC, _d(r, 10))]),
             ("A", ["E a data de nascimento do titular?"]),
             ("C", [E(DOB, fdob(r, "pt"))]),
             ("A", ["O endereço da instalação continua sendo ", E(ADR, one_line(addr(r, cc))), "?"]),
             ("C", ["Isso. Pode mandar o técnico."]),
             ("A", ["Agendado para ", E(DT, fdt(r, lang="pt")), f". O protocolo é {_d(r, 14)}. Vou enviar um SMS para ",
                    E(PH, phone(r, cc)), " e o e-mail ", E(EM, email(r, cu)), "."])]
    b.t(f"Transcrição automática - atendimento #{_d(r, 9)}\nidioma: pt-{cc}   duração: {neg_dur(r)}\n\n")
    _stamped(b, r, turns, {"A": "Atendente", "C": "Cliente"}, lower=r.random() < 0.4)
    return b


def k_pt_legendas_vtt(r):
    b = Builder()
    a, c = full(r, "pt"), full(r, "pt")
    conv = {"A": a, "C": c, "order": ["A", "C"],
            "turns": [("A", ["Hoje conversamos com ", E(PER, c), ", que nasceu em ", E(LOC, r.choice(CITIES["BR"] + CITIES["PT"])[0]), "."]),
                      ("C", ["Pois é, mudei para ", E(LOC, r.choice(CITIES["PT"])[0]), " quando tinha vinte anos."]),
                      ("A", ["E o lançamento do livro é quando?"]),
                      ("C", ["Vai ser ", E(DT, fdate(r, rdate(r), "pt")), ", na livraria da ", E(ADR, one_line(addr(r, r.choice(["BR", "PT"])))), "."]),
                      ("A", ["Quem quiser saber mais pode acessar ", E(URL, "https://www.editora" + r.choice(["aurora", "marinha", "sol"]) + ".com.br/lancamentos"), "."])]}
    render_vtt(b, r, conv, mode=r.choice(["voice", "name"]), lower=False)
    return b


def k_nl_voicemail(r):
    b = Builder()
    ontv, beller = full(r, "nl"), full(r, "nl")
    b.t("Van: Voicemail <", E(EM, "voicemail@" + r.choice(["kpn-zakelijk.nl", "voxly.app"])), ">\nAan: ", E(PER, ontv), "\n")
    b.t(f"Datum: {neg_ts(r, 3)}\nOnderwerp: Nieuw voicemailbericht van ", E(PH, phone(r, "NL", intl=True)), "\n\n")
    b.t("Transcriptie (automatisch):\n\"", *low(["hoi ", E(PER, ontv.split(" ")[0]), ", met ", E(PER, beller), ". ik bel over de bezichtiging op ",
                                                   E(DT, fdt(r, lang="nl")), ". het adres is ", E(ADR, one_line(addr(r, "NL"))), ". ",
                                                   "bel me even terug op ", E(PH, phone(r, "NL")), ". doei"]), "\"\n\n")
    b.t(f"Duur: {neg_dur(r)}  ·  Bericht-ID {neg_uuid(r)}\n")
    return b


def k_pl_transkrypcja(r):
    b = Builder()
    ag, cu = first(r, "pl"), full(r, "pl")
    turns = [("A", ["Infolinia banku, nazywam się ", E(PER, ag), ", w czym mogę pomóc?"]),
             ("C", ["Dzień dobry, ", E(PER, cu), " z tej strony. Chciałbym zlecić przelew."]),
             ("A", ["Proszę podać datę urodzenia."]),
             ("C", [E(DOB, fdob(r, "pl"))]),
             ("A", ["Dziękuję. Numer rachunku odbiorcy?"]),
             ("C", [E(IBAN, iban(r, "PL", grouped=True))]),
             ("A", [f"Kwota {r.randint(100, 9000)} zł, tytuł faktura {neg_order(r)}. Przelew zostanie zrealizowany ", E(DT, fdate(r, rdate(r), "pl")), "."]),
             ("C", ["Proszę o potwierdzenie SMS na numer ", E(PH, phone(r, "PL")), "."]),
             ("A", ["Oczywiście. Adres korespondencyjny nadal ", E(ADR, one_line(addr(r, "PL"))), "?"]),
             ("C", ["Tak."])]
    b.t(f"Transkrypcja rozmowy (ASR) · ID {neg_uuid(r)}\n\n")
    _stamped(b, r, turns, {"A": "Konsultant", "C": "Klient"})
    return b


def k_sv_motesprotokoll(r):
    b = Builder()
    names = [full(r, "sv") for _ in range(3)]
    b.t("Mötesanteckningar (automatisk transkribering)\nDatum: ", E(DT, fdate(r, rdate(r), "sv")), "\nDeltagare: ")
    for i, n in enumerate(names):
        b.t(", " if i else "", E(PER, n))
    b.t("\n\n")
    lines = [(0, ["Okej, vi börjar. ", E(PER, names[1].split(" ")[0]), ", hur går det med leveransen?"]),
             (1, ["Vi ligger i fas, lansering ", E(DT, fdt(r, lang="sv")), f". Ärende {neg_ticket(r)} är kvar."]),
             (2, ["Kunden i ", E(LOC, r.choice(CITIES["SE"])[0]), " vill ha en demo, kontakt ", E(PER, full(r, "sv")), ", ",
                  E(PH, phone(r, "SE")), "."]),
             (0, ["Skicka underlaget till ", E(EM, email(r, corp=True)), " innan ", E(DT, fdate(r, rdate(r), "sv")), "."])]
    for i, ps in lines:
        b.t(E(PER, names[i]), ": ", *ps, "\n")
    return b


def k_tr_cagri_merkezi(r):
    b = Builder()
    ag, cu = first(r, "tr"), full(r, "tr")
    turns = [("A", ["Müşteri hizmetleri, ben ", E(PER, ag), ", size nasıl yardımcı olabilirim?"]),
             ("C", ["Merhaba, adım ", E(PER, cu), ". Faturamla ilgili arıyorum."]),
             ("A", ["Doğum tarihinizi alabilir miyim?"]),
             ("C", [E(DOB, fdob(r, "tr"))]),
             ("A", ["Müşteri numaranız?"]),
             ("C", [E(ACC, _d(r, 10))]),
             ("A", ["Otomatik ödeme için IBAN ", E(IBAN, iban(r, "TR", grouped=True)), " kayıtlı görünüyor."]),
             ("C", ["Evet, ama adresim değişti: ", E(ADR, one_line(addr(r, "TR"))), "."]),
             ("A", ["Güncelledim. Teknisyen ", E(DT, fdt(r, lang="tr")), " tarihinde gelecek, sizi ", E(PH, phone(r, "TR")), " numarasından arayacak."])]
    b.t(f"Çağrı dökümü (otomatik) - kayıt {neg_uuid(r)}\n\n")
    _stamped(b, r, turns, {"A": "Temsilci", "C": "Müşteri"})
    return b


JA_PREF = [("東京都", "渋谷区", "道玄坂"), ("大阪府", "大阪市北区", "梅田"), ("神奈川県", "横浜市中区", "元町"), ("京都府", "京都市左京区", "下鴨")]


def k_ja_rusuden(r):
    b = Builder()
    ln, fn = r.choice(JA_NATIVE[1]), r.choice(JA_NATIVE[0])
    callee = r.choice([x for x in JA_NATIVE[1] if x != ln])
    p = r.choice(JA_PREF)
    jaddr = f"{p[0]}{p[1]}{p[2]}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
    d = rdate(r)
    b.t("【留守番電話 文字起こし】\n発信元: ", E(PH, phone(r, "JP")), f"\n録音時間: {r.randint(10, 90)}秒\n\n")
    b.t("「もしもし、", E(PER, callee), "様のお電話でしょうか。", E(PER, f"{ln} {fn}" if r.random() < 0.5 else ln), "と申します。")
    b.t(E(DT, f"{d.month}月{d.day}日 {r.randint(9, 18)}時"), "からのご予約の件でお電話いたしました。")
    b.t("会場は", E(ADR, jaddr), "に変更になりました。")
    b.t("お手数ですが、", E(PH, phone(r, "JP")), "までお電話ください。失礼いたします。」\n\n")
    b.t(f"メッセージID: {neg_uuid(r)} / 信頼度: {r.uniform(0.6, 0.95):.2f}\n")
    return b


def k_ja_romaji_call_log(r):
    b = Builder()
    b.t("kaiwa kiroku (ASR, romaji)\n")
    ag, cu = f"{last(r, 'ja')}", f"{last(r, 'ja')} {first(r, 'ja')}"
    turns = [("A", ["o-denwa arigatou gozaimasu, ", E(PER, ag), " de gozaimasu."]),
             ("C", ["a, ", E(PER, cu), " desu. yoyaku no henkou o onegai shitai n desu ga."]),
             ("A", ["kashikomarimashita. go-yoyaku bangou wa?"]),
             ("C", [f"{_L(r, 2)}{_d(r, 6)} desu."]),
             ("A", ["atarashii nichiji wa ", E(DT, f"{rdate(r).strftime('%Y/%m/%d')} {r.randint(9, 18)}:{r.choice([0, 30]):02d}"), " de yoroshii deshou ka."]),
             ("C", ["hai. renrakusaki wa ", E(PH, phone(r, "JP")), " desu."])]
    _stamped(b, r, turns, {"A": "operator", "C": "kyaku"})
    return b


# ---------------------------------------------------------------------------
# Entity-free kinds (hard negatives only)
# ---------------------------------------------------------------------------
def k_empty_wer_benchmark(r):
    b = Builder()
    clk = clock(r, 1)
    b.t(clk(), f" INFO eval: starting run {neg_uuid(r)} on commit {neg_sha(r)}\n")
    b.t(f"{'model':<22}{'dataset':<18}{'WER':>7}{'CER':>7}{'RTF':>7}\n")
    for _ in range(r.randint(4, 7)):
        b.t(f"{neg_version(r):<22}{r.choice(['callhome-en', 'voicemail-dev', 'ami-ihm', 'cc-internal-v3']):<18}"
            f"{r.uniform(4, 30):>7.2f}{r.uniform(1, 15):>7.2f}{r.uniform(0.02, 0.9):>7.3f}\n")
    b.t(clk(), f" INFO eval: {r.randint(200, 9000)} utterances, total audio {neg_dur(r)}, cost {neg_amount(r)}\n")
    b.t(clk(), f" WARN eval: {r.randint(1, 40)} files skipped (sample rate != 16000), see {neg_ticket(r)}\n")
    b.t(clk(), f" INFO eval: results uploaded as artifact {neg_sha(r, 12)}, epoch {1700000000 + r.randint(0, 5 * 10 ** 7)}\n")
    return b


def k_empty_srt_cooking(r):
    b = Builder()
    lines = ["Today we're making a three-layer chocolate cake.", f"You'll need {r.randint(2, 4)} cups of flour and {r.randint(1, 3)} eggs.",
             "Preheat the oven to 180 degrees.", f"I like to use a splash of {r.choice(['Dr Pepper', 'Jack Daniel' + chr(39) + 's', 'espresso'])} in the glaze.",
             "Bake for about 35 minutes.", "Let it cool for an hour before frosting.", "[upbeat music]",
             f"The whole thing costs around {neg_amount(r)} to make.", "See you next week!"]
    t = r.uniform(0, 3)
    for k, ln in enumerate(lines[:r.randint(6, 9)], 1):
        d = 1.5 + len(ln) / 15
        b.t(f"{k}\n{_tc(t)} --> {_tc(t + d)}\n{ln}\n\n")
        t += d + r.random()
    return b


def k_empty_vxml_menu(r):
    b = Builder()
    b.t('<?xml version="1.0" encoding="UTF-8"?>\n<vxml version="2.1">\n')
    b.t(f'  <!-- build {neg_sha(r, 7)} / {neg_version(r)} -->\n  <var name="callerId" expr="${{session.ani}}"/>\n')
    b.t('  <menu id="main" dtmf="true">\n    <prompt>Thank you for calling. For billing, press 1. For outages, press 2.</prompt>\n')
    b.t('    <choice dtmf="1" next="#billing"/>\n    <choice dtmf="2" next="#outage"/>\n  </menu>\n')
    b.t(f'  <form id="billing">\n    <field name="acct" type="digits?minlength=8">\n      <prompt>Please enter your account number followed by pound.</prompt>\n')
    b.t(f'    </field>\n    <block><submit next="/ivr/lookup" namelist="acct callerId" fetchtimeout="{r.randint(3, 10)}s"/></block>\n  </form>\n</vxml>\n')
    return b


def k_empty_job_status(r):
    b = Builder()
    b.t('{\n  "TranscriptionJob": {\n    "TranscriptionJobName": "batch-', _d(r, 6), '",\n')
    b.t(f'    "TranscriptionJobStatus": "{r.choice(["IN_PROGRESS", "COMPLETED", "FAILED"])}",\n    "LanguageCode": "en-US",\n')
    b.t(f'    "MediaSampleRateHertz": {r.choice([8000, 16000])},\n    "MediaFormat": "wav",\n')
    b.t(f'    "Media": {{"MediaFileUri": "s3://cc-audio/{neg_uuid(r)}.wav"}},\n')
    b.t(f'    "CreationEpoch": {1700000000 + r.randint(0, 5 * 10 ** 7)},\n    "Settings": {{"ShowSpeakerLabels": true, "MaxSpeakerLabels": {r.randint(2, 6)}}},\n')
    b.t(f'    "ModelSettings": {{"LanguageModelName": "cc-{neg_version(r).replace(" ", "-")}"}},\n    "JobExecutionSettings": {{"AllowDeferredExecution": false}},\n')
    b.t(f'    "Tags": [{{"Key": "cost-center", "Value": "CC-{_d(r, 4)}"}}, {{"Key": "ticket", "Value": "{neg_ticket(r)}"}}]\n  }}\n}}\n')
    return b


def k_empty_queue_metrics(r):
    b = Builder()
    b.t("queue\tcalls_offered\tanswered\tabandoned\tAHT\tASA\tservice_level\tcost\n")
    for q in r.sample(QUEUES, r.randint(4, 6)):
        off = r.randint(100, 5000)
        b.t(f"{q}\t{off}\t{off - r.randint(0, 90)}\t{r.randint(0, 90)}\t{neg_dur(r)}\t{r.randint(5, 200)}s\t{r.uniform(60, 99):.1f}%\t{neg_amount(r)}\n")
    b.t(f"# generated by wfm-export {neg_version(r)} run {neg_uuid(r)}\n")
    return b


def k_empty_ci_workflow(r):
    b = Builder()
    b.t("name: asr-model-ci\non:\n  push:\n    branches: [main]\njobs:\n  eval:\n    runs-on: ubuntu-22.04\n    steps:\n")
    b.t(f"      - uses: actions/checkout@{neg_sha(r)}\n      - uses: actions/setup-python@v5\n        with:\n          python-version: \"3.11\"\n")
    b.t("      - run: pip install -r requirements.txt\n      - name: Evaluate\n        env:\n")
    b.t("          HF_TOKEN: ${{ secrets.HF_TOKEN }}\n          DEEPGRAM_API_KEY: ${{ secrets.DEEPGRAM_API_KEY }}\n          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n")
    b.t(f"        run: python eval.py --model {neg_version(r)} --max-wer {r.uniform(5, 20):.1f} --seed {r.randint(1, 9999)}\n")
    return b


def k_empty_redacted_transcript(r):
    b = Builder()
    b.t(f"Redacted transcript - interaction {neg_uuid(r)} (PII redaction {neg_version(r)})\n\n")
    lines = ["Agent: thank you for calling, my name is [NAME], who am i speaking with",
             "Customer: hi it's [NAME]. i'm calling about order " + neg_order(r),
             "Agent: i can see the card " + neg_masked(r) + ", can you read me the rest",
             "Customer: " + luhn_bad(r) + ". wait i think i read that wrong",
             "Agent: that didn't validate, no worries. and the last four of your social",
             "Customer: " + neg_masked(r),
             "Agent: the system shows " + bad_ssn(r) + " which looks like a test record",
             f"Agent: okay the refund of {neg_amount(r)} goes out {r.choice(['tomorrow', 'on monday', 'next week', 'in 3 to 5 business days'])}",
             f"Customer: great. the tracking number was 1Z{rs(r, string.ascii_uppercase + string.digits, 16)}",
             "Agent: noted on case " + neg_ticket(r) + ". anything else",
             "Customer: no thanks"]
    t = r.uniform(0, 3)
    for ln in lines:
        b.t(f"[{_tc(t)[3:8]}] {ln}\n")
        t += 3 + len(ln) / 14
    return b


def k_empty_de_wartung(r):
    b = Builder()
    clk = clock(r, 3)
    b.t(f"Wartungsprotokoll Spracherkennungs-Cluster - Ticket {neg_ticket(r)}\n\n")
    for msg in [f"Update auf {neg_version(r)} gestartet", f"Commit {neg_sha(r, 12)} ausgerollt",
                f"Warteschlange geleert, {r.randint(10, 900)} Aufträge nachverarbeitet", f"Kosten Rechenzeit: {r.randint(20, 800)},{r.randint(0, 99):02d} EUR",
                f"Neustart Knoten asr-{r.randint(1, 9)} (Dauer {neg_dur(r)})", "Abschluss ohne Fehler"]:
        b.t(clk(), "  ", msg, "\n")
    b.t("\nNächste Wartung: siehe Wartungskalender (wöchentlich, dienstags).\n")
    return b


def k_empty_fr_sous_titres(r):
    b = Builder()
    lines = ["Bonjour à tous et bienvenue dans la cuisine !", f"Aujourd'hui, une tarte aux pommes pour {r.randint(4, 8)} personnes.",
             f"Il vous faut {r.randint(150, 300)} grammes de farine et {r.randint(80, 150)} grammes de beurre.",
             "On laisse reposer la pâte pendant trente minutes.", "[musique]", "Enfournez à 180 degrés pendant 40 minutes.",
             f"Le tout pour environ {r.randint(5, 15)},{r.randint(0, 99):02d} €.", "À la semaine prochaine !"]
    t = r.uniform(0, 3)
    b.t("WEBVTT\n\n")
    for ln in lines:
        d = 1.5 + len(ln) / 15
        b.t(f"{_tc(t, '.')} --> {_tc(t + d, '.')}\n{ln}\n\n")
        t += d + r.random()
    return b


def k_empty_es_metricas(r):
    b = Builder()
    b.t(f"Informe semanal del centro de contacto - semana {r.randint(1, 52)}\nGenerado por wfm-report {neg_version(r)}\n\n")
    b.t("cola;llamadas;atendidas;abandono;TMO;coste\n")
    for q in r.sample(["facturacion", "averias", "bajas", "ventas", "soporte"], 4):
        n = r.randint(200, 6000)
        b.t(f"{q};{n};{n - r.randint(5, 150)};{r.uniform(1, 12):.1f}%;{neg_dur(r)};{r.randint(100, 9000)},{r.randint(0, 99):02d} €\n")
    b.t(f"\nIncidencias abiertas: {neg_ticket(r)}, {neg_ticket(r)}. Sin cambios respecto al lunes.\n")
    return b


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
KINDS = [
    # English, entity-bearing
    ("callcenter_asr_txt", "en", False, k_callcenter_txt),
    ("contact_lens_json", "en", False, k_contact_lens_json),
    ("assemblyai_utterances_json", "en", False, k_assemblyai_json),
    ("aws_transcribe_json", "en", False, k_aws_transcribe_json),
    ("google_stt_json", "en", False, k_google_stt_json),
    ("deepgram_utterances_json", "en", False, k_deepgram_json),
    ("otter_export_txt", "en", False, k_otter_txt),
    ("zoom_transcript_vtt", "en", False, k_zoom_vtt),
    ("teams_voice_tag_vtt", "en", False, k_teams_vtt),
    ("interview_srt", "en", False, k_srt_interview),
    ("training_roleplay_srt", "en", False, k_srt_training_video),
    ("research_interview_txt", "en", False, k_research_interview),
    ("deposition_transcript", "en", False, k_deposition),
    ("podcast_transcript", "en", False, k_podcast_transcript),
    ("llm_prompt_call_summary", "en", False, k_llm_summarize),
    ("llm_prompt_redact_voicemail", "en", False, k_llm_redact_voicemail),
    ("qa_scorecard_form", "en", False, k_qa_scorecard),
    ("call_records_csv", "en", False, k_call_csv),
    ("diarized_segments_csv", "en", False, k_diarized_csv),
    ("voicemail_notification_email", "en", False, k_voicemail_email),
    ("visual_voicemail_json", "en", False, k_voicemail_json),
    ("voicemail_sms", "en", False, k_voicemail_sms),
    ("twilio_webhook_log", "en", False, k_twilio_webhook_log),
    ("ivr_call_flow_log", "en", False, k_ivr_log),
    ("voice_assistant_jsonl", "en", False, k_voice_assistant_jsonl),
    ("car_infotainment_vr_log", "en", False, k_car_infotainment_log),
    ("clinical_dictation", "en", False, k_dictation_clinic),
    ("radiology_dictation_report", "en", False, k_dictation_radiology),
    ("legal_dictation_memo", "en", False, k_dictation_legal_memo),
    ("voice_typing_email_draft", "en", False, k_dictation_email_draft),
    ("telehealth_transcript", "en", False, k_telehealth_transcript),
    ("jira_asr_bug", "en", False, k_jira_asr_ticket),
    ("slack_thread_paste", "en", False, k_slack_thread),
    ("transcript_share_email", "en", False, k_email_share),
    ("asr_training_manifest_jsonl", "en", False, k_manifest_jsonl),
    ("recording_consent_form", "en", False, k_consent_form),
    ("sip_invite_trace", "en", False, k_sip_trace),
    ("asterisk_cdr_csv", "en", False, k_cdr_csv),
    ("stt_api_access_log", "en", False, k_nginx_stt_log),
    ("asr_worker_traceback", "en", False, k_python_traceback),
    ("speech_pipeline_yaml", "en", False, k_stt_config_yaml),
    ("voicebot_dotenv", "en", False, k_env_file),
    ("k8s_secret_asr", "en", False, k_k8s_secret),
    ("docker_compose_stt", "en", False, k_docker_compose),
    ("boto3_transcribe_script", "en", False, k_python_script),
    ("curl_transcribe_session", "en", False, k_curl_stt),
    ("gcp_speech_service_account_json", "en", False, k_gcp_service_account),
    ("voice_biometrics_log", "en", False, k_voice_biometrics_log),
    ("ai_meeting_notes", "en", False, k_meeting_minutes_ai),
    ("whisper_cli_output", "en", False, k_whisper_cli_log),
    ("crm_call_note", "en", False, k_crm_call_note),
    ("voicemail_greeting_script", "en", False, k_greeting_script),
    # Non-English, entity-bearing
    ("de_callcenter_transkript", "de", False, k_de_callcenter),
    ("de_diktat_arztbrief", "de", False, k_de_diktat_arztbrief),
    ("de_interview_vtt", "de", False, k_de_vtt_interview),
    ("fr_messagerie_vocale_email", "fr", False, k_fr_messagerie_vocale),
    ("fr_emission_srt", "fr", False, k_fr_srt),
    ("fr_dictee_medicale", "fr", False, k_fr_dictee_medicale),
    ("es_transcripcion_llamada", "es", False, k_es_transcripcion),
    ("es_asistente_voz_json", "es", False, k_es_asistente_json),
    ("it_trascrizione_riunione", "it", False, k_it_riunione),
    ("it_segreteria_sms", "it", False, k_it_segreteria),
    ("pt_transcricao_atendimento", "pt", False, k_pt_atendimento),
    ("pt_legendas_vtt", "pt", False, k_pt_legendas_vtt),
    ("nl_voicemail_email", "nl", False, k_nl_voicemail),
    ("pl_transkrypcja_rozmowy", "pl", False, k_pl_transkrypcja),
    ("sv_motesanteckningar", "sv", False, k_sv_motesprotokoll),
    ("tr_cagri_dokumu", "tr", False, k_tr_cagri_merkezi),
    ("ja_rusuden_mojiokoshi", "ja", False, k_ja_rusuden),
    ("ja_romaji_call_log", "ja", False, k_ja_romaji_call_log),
    # Entity-free (hard negatives only)
    ("empty_wer_benchmark_log", "en", True, k_empty_wer_benchmark),
    ("empty_cooking_show_srt", "en", True, k_empty_srt_cooking),
    ("empty_ivr_vxml_menu", "en", True, k_empty_vxml_menu),
    ("empty_transcribe_job_status", "en", True, k_empty_job_status),
    ("empty_queue_metrics_tsv", "en", True, k_empty_queue_metrics),
    ("empty_ci_workflow_yaml", "en", True, k_empty_ci_workflow),
    ("empty_redacted_transcript", "en", True, k_empty_redacted_transcript),
    ("empty_de_wartungsprotokoll", "de", True, k_empty_de_wartung),
    ("empty_fr_recette_vtt", "fr", True, k_empty_fr_sous_titres),
    ("empty_es_informe_metricas", "es", True, k_empty_es_metricas),
]
_EMPTY = [k for k in KINDS if k[2]]
_NONEN = [k for k in KINDS if not k[2] and k[1] != "en"]
_EN = [k for k in KINDS if not k[2] and k[1] == "en"]


def _pick(r):
    x = r.random()
    pool = _EMPTY if x < 0.13 else (_NONEN if x < 0.35 else _EN)
    return r.choice(pool)


def _gen_one(i, seed):
    r = Random(f"blind76-{seed}-{i}")
    name, lang, empty, fn = _pick(r)
    for _ in range(40):
        b = fn(r)
        text = b.text()
        if 150 <= len(text) <= 3000:
            break
    else:
        raise RuntimeError(f"{name}: could not build a document of valid length")
    return {"id": f"blind76-{seed}-{i:05d}", "text": text, "entities": b.entities()}, name, lang, empty


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _gen_one(i, seed)[0]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
_MONTH_WORDS = {m.lower() for v in MONTHS.values() for m in v}
_HONORIFIC = re.compile(r"^(dr|mr|mrs|ms|herr|frau|mme|m|sra|sr|dott|prof)\.?\s", re.I)
_OPEN, _CLOSE = "\"'([{<«「“", "\"')]}>»」”,;:."
_CHECKS_RE = [
    ("email", re.compile(r"(?<![\w.+:%!#*-])[A-Za-z][\w.+-]*@[\w-]+(?:\.[\w-]+)+")),
    ("url", re.compile(r"https?://[^\s\"'<>]+")),
    ("ipv4", re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.]*\d)")),
    ("aws", re.compile(r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b")),
    ("card16", re.compile(r"(?<![\w-])\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?![\w-])")),
]


def _b64json(part):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _shape(typ, s):
    d = re.sub(r"\D", "", s)
    if typ in (PER, LOC):
        if re.search(r"\d|\n", s):
            return "digit/newline"
        if typ == PER and _HONORIFIC.match(s):
            return "honorific inside"
        if typ == PER and s.lower().endswith("'s"):
            return "possessive inside"
    elif typ == EM:
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", s):
            return "email shape"
    elif typ == URL:
        m = re.fullmatch(r"https?://([^/\s?#]+)[^\s]*", s)
        if not m or "@" in s:
            return "url shape"
        try:
            ipaddress.ip_address(m.group(1).split(":")[0].strip("[]"))
            return "url with ip"
        except ValueError:
            pass
    elif typ == IP:
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "ip parse"
    elif typ == PH:
        if not re.fullmatch(r"[+0-9()\-. /]+", s) or not 7 <= len(d) <= 15:
            return "phone shape"
    elif typ == CC:
        if not re.fullmatch(r"[0-9 -]+", s) or not 13 <= len(d) <= 19 or not luhn_ok(d):
            return "luhn"
    elif typ == IBAN:
        if not iban_ok(s):
            return "mod97"
    elif typ == SSN:
        if not ssn_ok(s):
            return "ssn rules"
    elif typ in (DT, DOB):
        if "\n" in s or not (d or any(w in s.lower() for w in _MONTH_WORDS)
                              or re.search(r"\b(am|pm)$", s.lower())):
            return "date shape"
    elif typ == AKI:
        if not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", s):
            return "aws key shape"
    elif typ == ASK:
        if not re.fullmatch(r"[A-Za-z0-9/+]{40}", s):
            return "aws secret shape"
    elif typ == GHT:
        if not re.fullmatch(r"(ghp_|gho_|ghs_|ghu_|github_pat_)[A-Za-z0-9_]{30,}", s):
            return "github shape"
    elif typ == SLK:
        if not re.fullmatch(r"xox[abposr]-[A-Za-z0-9-]{20,}", s):
            return "slack shape"
    elif typ == STK:
        if not re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{16,}", s):
            return "stripe shape"
    elif typ == JWT:
        parts = s.split(".")
        try:
            if len(parts) != 3 or "alg" not in _b64json(parts[0]):
                return "jwt header"
        except Exception:
            return "jwt decode"
    elif typ == PK:
        if not (s.startswith("-----BEGIN ") and s.endswith("PRIVATE KEY-----")):
            return "pem shape"
    elif typ in (PW, SEC):
        if re.search(r"\s", s):
            return "whitespace in secret"
    elif typ in (MRN, HPN, ACC, DL, ADR):
        if not d or (typ != ADR and "\n" in s):
            return "id shape"
    return None


def validate(doc) -> list[str]:
    errs = []
    text, ents = doc.get("text"), doc.get("entities")
    if not isinstance(text, str) or not isinstance(ents, list) or not isinstance(doc.get("id"), str):
        return ["bad document structure"]
    if not 150 <= len(text) <= 3000:
        errs.append(f"length {len(text)} out of range")
    prev_end, prev_start = -1, -1
    for e in ents:
        s, t, typ = e.get("start"), e.get("end"), e.get("type")
        if typ not in TYPES:
            errs.append(f"unknown type {typ}")
            continue
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
            errs.append(f"offsets out of range {e}")
            continue
        if s < prev_start:
            errs.append("entities not sorted")
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_start, prev_end = s, t
        span = text[s:t]
        if span != span.strip():
            errs.append(f"whitespace at span edge {typ} {span!r}")
        if (span[0] in _OPEN and not (typ == PH and span[0] == "(")) or span[-1] in _CLOSE:
            errs.append(f"quote/bracket/punctuation at span edge {typ} {span!r}")
        bad = _shape(typ, span)
        if bad:
            errs.append(f"{typ} {bad}: {span!r}")
    # sanity: strong patterns in the text must be covered by some labelled span
    spans = [(e["start"], e["end"]) for e in ents if isinstance(e.get("start"), int)]
    for label, rx in _CHECKS_RE:
        for m in rx.finditer(text):
            if label == "card16" and not luhn_ok(m.group()):
                continue
            if label == "ipv4":
                try:
                    ipaddress.ip_address(m.group())
                except ValueError:
                    continue
            if not any(a < m.end() and m.start() < b_ for a, b_ in spans):
                errs.append(f"unlabelled {label}: {m.group()!r}")
    return errs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _check(seed):
    n = 3000
    problems = 0
    by_type, by_kind, by_lang = Counter(), Counter(), Counter()
    nonen = empty_docs = 0
    ids = set()
    for i in range(n):
        doc, kind, lang, empty = _gen_one(i, seed)
        by_kind[kind] += 1
        by_lang[lang] += 1
        nonen += lang != "en"
        if doc["id"] in ids:
            print("duplicate id", doc["id"])
            problems += 1
        ids.add(doc["id"])
        errs = validate(doc)
        if empty and doc["entities"]:
            errs.append("empty kind produced entities")
        if not empty and not doc["entities"]:
            errs.append("entity kind produced no entities")
        if not doc["entities"]:
            empty_docs += 1
        for e in doc["entities"]:
            by_type[e["type"]] += 1
        for err in errs:
            problems += 1
            if problems <= 60:
                print(f"[{doc['id']} {kind}] {err}")
    # determinism / independence from n
    small = list(generate(25, seed))
    again = list(generate(25, seed))
    for i, d in enumerate(small):
        if d != _gen_one(i, seed)[0] or d != again[i]:
            print("non-deterministic document", d["id"])
            problems += 1
    print(f"documents: {n}   entities: {sum(by_type.values())}")
    print("\nentities per type:")
    for t in TYPES:
        print(f"  {t:<24}{by_type[t]:>7}")
    print(f"\nkinds registered: {len(KINDS)}   kinds seen: {len(by_kind)}")
    for k, *_ in KINDS:
        print(f"  {k:<32}{by_kind[k]:>6}")
    print("\ndocuments per language:")
    for l, c in sorted(by_lang.items(), key=lambda x: -x[1]):
        print(f"  {l:<6}{c:>6}")
    print(f"\nnon-English share: {nonen / n:.1%}   empty (no entity) share: {empty_docs / n:.1%}")
    if len(KINDS) < 57:
        print("FAIL: fewer than 57 kinds")
        problems += 1
    missing = [k for k, *_ in KINDS if by_kind[k] == 0]
    if missing:
        print("FAIL: kinds never generated:", missing)
        problems += 1
    missing_t = [t for t in TYPES if by_type[t] == 0]
    if missing_t:
        print("note: types not used:", missing_t)
    print("\nproblems:", problems)
    return 1 if problems else 0


def _sample(k, seed):
    for i in range(k):
        doc, kind, lang, _ = _gen_one(i, seed)
        print("=" * 78)
        print(f"{doc['id']}  kind={kind}  lang={lang}  len={len(doc['text'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print(f"  {e['type']:<22} {doc['text'][e['start']:e['end']]!r}")
        for err in validate(doc):
            print("  !! ", err)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return _check(a.seed)
    if a.sample:
        _sample(a.sample, a.seed)
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for doc in generate(a.n, a.seed):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.output:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
