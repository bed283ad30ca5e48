"""Blind corpus 86 -- aviation and airline operations.

Synthetic, labelled documents from airline and airport operations: crew rosters,
pairings and contact sheets, crew medical certificates and AME worksheets, GDS PNR
displays, APIS (EDIFACT PAXLST / JSON) and passenger manifests, boarding passes,
MEDIF forms, lost-baggage PIRs and claims, disruption / rebooking e-mails and SMS,
EU261 claims, frequent-flyer messages and API payloads, charter quotes, card
authorisations and invoices, maintenance tech logs and work orders, flight school
student records and logbooks, airport security incident reports and badge
applications, and airline IT configs / logs with secrets.  About a quarter of the
documents are German, French, Spanish, Portuguese, Italian or Dutch; about 12% are
kinds with no labelled entity (NOTAM, METAR/TAF, ACARS, ICAO FPL, loadsheets, MVT/LDM,
MEL/AD status, schedules, BHS logs) that are full of hard negatives.

Domain-specific labelling choices (consistent across all kinds):
* Compact machine date-time groups in telex-style messages (NOTAM B)/C), METAR,
  ACARS, MVT/LDM, ICAO FPL DOF/, PNR/record creation stamps, TK/FA lines) are not
  labelled; flight dates in PNR segment lines, EDIFACT PAXLST DTM+189/232 and
  document expiry dates are DATE_TIME; DTM+329 / SSR DOCS birth dates are
  DATE_OF_BIRTH.  Four-digit times without a colon (0640) are never labelled.
* Frequent-flyer / loyalty membership numbers (in GDS SSR FQTV lines the whole
  token incl. the airline prefix, e.g. NQ123456789) and student / customer account
  ids are ACCOUNT_NUMBER.  Card expiry "MM/YY" on card forms is DATE_TIME.
  Passport, pilot-licence, staff, badge and certificate numbers are not
  labelled.  GDS names (SMITH/JOHN) and EDIFACT names
  (SMITH:JOHN) are one PERSON span; the MR/MRS title is outside.

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
import datetime as _dt
import ipaddress
import json
import random
import re
import sys
import time
import unicodedata

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = frozenset(TYPES)

# ---------------------------------------------------------------------------
# Document builder: text and spans are built together.
# ---------------------------------------------------------------------------
_PH = re.compile(r"\{(\d+)\}")


class Doc:
    __slots__ = ("parts", "ents", "n")

    def __init__(self):
        self.parts = []
        self.ents = []
        self.n = 0

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, s, typ):
        s = str(s)
        if not s or s != s.strip():
            raise ValueError("bad span value %r" % s)
        if typ not in TYPESET:
            raise ValueError("bad type %r" % typ)
        self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.parts.append(s)
        self.n += len(s)
        return self

    def v(self, val):
        if val is None:
            return self
        if isinstance(val, tuple):
            s, typ = val
            return self.e(s, typ) if typ else self.t(s)
        return self.t(val)

    def f(self, tpl, *args):
        pos = 0
        for m in _PH.finditer(tpl):
            self.t(tpl[pos:m.start()])
            self.v(args[int(m.group(1))])
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def text(self):
        return "".join(self.parts)


def PER(s): return (s, "PERSON")
def EM(s): return (s, "EMAIL_ADDRESS")
def PH(s): return (s, "PHONE_NUMBER")
def DT(s): return (s, "DATE_TIME")
def DOB(s): return (s, "DATE_OF_BIRTH")
def LOC(s): return (s, "LOCATION")
def ADR(s): return (s, "ADDRESS")
def URL(s): return (s, "URL")
def IPA(s): return (s, "IP_ADDRESS")
def ACC(s): return (s, "ACCOUNT_NUMBER")
def MRN(s): return (s, "MEDICAL_RECORD_NUMBER")
def HPN(s): return (s, "HEALTH_PLAN_NUMBER")
def DL(s): return (s, "DRIVER_LICENSE")
def CC(s): return (s, "CREDIT_CARD")
def IBN(s): return (s, "IBAN_CODE")
def SSN(s): return (s, "US_SSN")
def PWD(s): return (s, "PASSWORD")
def SEC(s): return (s, "GENERIC_SECRET")


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
AN = UP + LO + DI
UPDI = UP + DI
HEX = "0123456789abcdef"
B64U = AN + "-_"


def rs(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def digits(r, n):
    return "".join(r.choice(DI) for _ in range(n))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def ascii_fold(s):
    s = (s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
         .replace("Ł", "L").replace("ı", "i").replace("İ", "I").replace("æ", "ae")
         .replace("Æ", "AE").replace("đ", "d").replace("Đ", "D"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))

# ---------------------------------------------------------------------------
# names (invented combinations from common given names / surnames)
# ---------------------------------------------------------------------------
_NAMES = {
    "anglo": (
        "James Michael Robert David William Thomas Daniel Matthew Andrew Christopher Ryan Kevin Brian "
        "Jason Oliver Harry George Jack Liam Connor Nathan Gareth Callum Derek",
        "Mary Jennifer Linda Sarah Jessica Emily Laura Rachel Megan Hannah Olivia Sophie Charlotte "
        "Amelia Grace Chloe Lauren Kimberly Siobhan Bethany Heather Tamsin",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin "
        "Thompson White Harris Clarke Walker Wright Robinson Hughes Edwards Murphy O'Brien Kelly "
        "Campbell Stewart Bennett Foster Reynolds Carter Mitchell Hayes Porter Sullivan Fitzgerald "
        "McAllister Ashworth Pembroke Holloway Whitfield Dunbar"),
    "german": (
        "Lukas Jonas Felix Maximilian Tobias Stefan Andreas Jürgen Matthias Florian Sebastian Klaus "
        "Wolfgang Dieter Uwe Niklas Bernd Henrik Moritz",
        "Anna Lena Katharina Sabine Petra Julia Laura Sophie Franziska Monika Ursula Birgit Heike Jana "
        "Miriam Annika Svenja Carolin",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer Richter "
        "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner "
        "Krause Lehmann Köhler Vogel Jäger Brandt Seidel Heinrich Dietrich Ziegler"),
    "french": (
        "Jean Pierre Louis Nicolas Julien Mathieu Antoine Thomas Hugo Théo Baptiste Olivier François "
        "Étienne Rémi Jean-Luc Guillaume Loïc",
        "Marie Camille Léa Manon Chloé Sophie Élodie Claire Isabelle Nathalie Céline Aurélie Juliette "
        "Margaux Anne-Sophie Gaëlle Hélène",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre "
        "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert "
        "Bonnet Fontaine Rousseau Chevalier Gauthier Lemaire Carpentier"),
    "spanish": (
        "José Antonio Manuel Francisco Javier David Juan Carlos Alejandro Miguel Pablo Sergio Jorge "
        "Álvaro Diego Raúl Andrés Fernando Iñaki Joaquín",
        "María Carmen Lucía Laura Marta Ana Isabel Paula Elena Cristina Sofía Valentina Camila Daniela "
        "Alba Rocío Pilar Ximena Guadalupe",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
        "Hernández Díaz Moreno Álvarez Muñoz Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano "
        "Molina Castro Ortega Delgado Rubio Iglesias Echeverría Arrieta"),
    "italian": (
        "Marco Giuseppe Alessandro Luca Andrea Francesco Matteo Lorenzo Davide Stefano Simone Giovanni "
        "Paolo Roberto Fabio Emanuele",
        "Giulia Francesca Chiara Sara Martina Valentina Alessia Elisa Federica Silvia Laura Elena "
        "Beatrice Ilaria Gabriella",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
        "De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi "
        "Caruso Ferraro"),
    "dutch": (
        "Daan Sem Lucas Bram Thijs Jeroen Pieter Ruben Joost Sander Maarten Wouter Koen Gijs",
        "Emma Sanne Fleur Lotte Anouk Femke Eva Iris Marloes Lieke Noor Esther",
        "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|"
        "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Verhoeven|van der Linden"),
    "portuguese": (
        "João Pedro Lucas Gabriel Rafael Tiago Miguel Rodrigo Bruno André Gonçalo Diogo Felipe Gustavo "
        "Mateus Henrique",
        "Ana Beatriz Mariana Inês Catarina Júlia Larissa Fernanda Camila Letícia Gabriela Rita Sofia "
        "Thaís Vitória",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes "
        "Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes "
        "Soares Barbosa Rocha Lima Araújo Cardoso Azevedo"),
    "japanese": (
        "Haruto Sota Yuto Takumi Kenji Hiroshi Takeshi Daiki Ryo Kazuki Shota Naoki Kenta",
        "Yui Aoi Hina Sakura Yuki Emi Haruka Misaki Ayaka Nanami Mei Rin Akiko",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
        "Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori Fujita Ogawa"),
    "indian": (
        "Aarav Vihaan Arjun Rohan Rahul Amit Vikram Sanjay Rajesh Karthik Nikhil Siddharth Anil "
        "Pradeep Suresh Harpreet Gurpreet Venkat",
        "Priya Ananya Diya Kavya Neha Pooja Sneha Deepika Lakshmi Meera Anjali Shreya Divya Aishwarya "
        "Simran Ritu",
        "Sharma Verma Gupta Patel Singh Kumar Reddy Iyer Nair Menon Rao Joshi Desai Mehta Chatterjee "
        "Banerjee Mukherjee Pillai Kapoor Malhotra Bhat Gill Agarwal Krishnan Subramaniam Chopra"),
    "chinese": (
        "Wei Hao Jun Lei Yang Jie Tao Ming Qiang Bo Yong Zhiwei Jianguo Haoran Zihan Kai",
        "Na Fang Jing Min Xiu Yan Ying Hui Xiaoling Mei Ting Yuxin Shu Jiayi",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng "
        "Liang Xie Tang Tan Lim Ng Wong Lee Chan Goh"),
    "korean": (
        "Min-jun Seo-jun Ji-ho Jae-won Hyun-woo Dong-hyun Sung-min Joon-ho Tae-yang",
        "Seo-yeon Ji-woo Min-seo Ha-eun Soo-jin Eun-ji Yu-na Hye-jin Da-eun",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Oh"),
    "arabic": (
        "Mohammed Ahmed Ali Omar Khalid Youssef Hassan Ibrahim Tariq Faisal Karim Hamza Rashid Sami "
        "Nasser Walid Mahmoud",
        "Fatima Aisha Mariam Layla Noor Huda Salma Yasmin Rania Leila Amira Hana Dalia Samira Nadia",
        "Al-Mansouri Al-Hashimi Haddad Khoury Nasser Saleh Hamdan Al-Farsi Aziz Rahman El-Sayed "
        "Mansour Darwish Qureshi Bakr Al-Qasimi Benali Bouzid Tahir Abdallah Suleiman"),
    "nigerian": (
        "Chinedu Emeka Oluwaseun Tunde Ifeanyi Babajide Chukwuemeka Obinna Segun Adebayo Kelechi Femi",
        "Ngozi Chiamaka Adaeze Funmilayo Yetunde Amaka Folake Nkechi Blessing Temitope Oluwakemi Ifeoma",
        "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Ogunleye Chukwu Obi Afolabi Okoro Ibrahim Bello "
        "Oyelaran Nnamdi Adeleke"),
    "polish": (
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Adam Mateusz Wojciech",
        "Anna Katarzyna Magdalena Agnieszka Joanna Małgorzata Ewa Monika Aleksandra Zofia Natalia",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Jankowski Mazur Krawczyk"),
    "turkish": (
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan Emre Burak Murat Can Oğuz Serkan Kerem",
        "Ayşe Fatma Zeynep Elif Emine Merve Esra Büşra Derya Selin Ebru Gül",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
        "Çetin Kara Koç Kurt"),
    "nordic": (
        "Erik Lars Anders Johan Karl Nils Magnus Henrik Oskar Axel Mikael Fredrik Jussi",
        "Anna Emma Maja Elsa Ingrid Karin Astrid Linnea Sara Johanna Sofia Freja Aino",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Lindberg Lindqvist Berg Hansen Johansen Nielsen Halvorsen Virtanen Korhonen Sjöberg"),
    "vietnamese": (
        "Minh Tuan Hung Duc Quang Thanh Khoa Long Bao",
        "Linh Lan Huong Thu Mai Ngoc Trang Phuong Anh",
        "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ngo Duong"),
    "greek": (
        "Georgios Dimitrios Konstantinos Nikolaos Ioannis Christos Panagiotis Stavros",
        "Maria Eleni Aikaterini Vasiliki Sofia Despina Georgia",
        "Papadopoulos Georgiou Nikolaidis Konstantinou Dimitriou Alexiou Papadakis Christodoulou Vlachos"),
    "southafrican": (
        "Thabo Sipho Mandla Themba Lwazi Pieter Johan Kagiso",
        "Nomvula Thandiwe Lerato Zanele Naledi Annelie Refilwe",
        "Nkosi|Dlamini|Ndlovu|Mokoena|Khumalo|van der Merwe|Botha|Pretorius|Naidoo|Mahlangu"),
    "filipino": (
        "Jose Mark Paolo Carlo Rommel Jerome",
        "Maria Kristine Angelica Rowena Jasmine",
        "Santos|Reyes|Cruz|Bautista|Dela Cruz|Mendoza|Villanueva|Aquino|Manalo"),
    "russian": (
        "Alexei Dmitri Sergei Ivan Mikhail Andrei Nikolai Pavel",
        "Olga Natalia Tatiana Elena Irina Svetlana Anastasia Ekaterina",
        "Ivanov Smirnov Kuznetsov Popov Volkov Sokolov Lebedev Kozlov Novikov Morozov"),
}


def _split(s):
    return s.split("|") if "|" in s else s.split()


NAMES = {k: (_split(m), _split(f), _split(s)) for k, (m, f, s) in _NAMES.items()}

COUNTRY_CULT = {
    "US": [("anglo", 55), ("spanish", 14), ("indian", 7), ("chinese", 6), ("korean", 3), ("vietnamese", 3),
           ("nigerian", 3), ("arabic", 3), ("filipino", 3), ("italian", 3)],
    "GB": [("anglo", 68), ("indian", 10), ("nigerian", 5), ("polish", 5), ("arabic", 5), ("chinese", 4), ("greek", 3)],
    "IE": [("anglo", 90), ("polish", 10)],
    "DE": [("german", 80), ("turkish", 10), ("polish", 4), ("russian", 3), ("greek", 3)],
    "CH": [("german", 65), ("italian", 15), ("french", 20)],
    "FR": [("french", 80), ("arabic", 14), ("portuguese", 6)],
    "ES": [("spanish", 92), ("arabic", 4), ("anglo", 4)],
    "MX": [("spanish", 100)],
    "AR": [("spanish", 85), ("italian", 15)],
    "IT": [("italian", 96), ("arabic", 4)],
    "NL": [("dutch", 84), ("turkish", 6), ("arabic", 5), ("indian", 5)],
    "PT": [("portuguese", 100)],
    "BR": [("portuguese", 86), ("japanese", 5), ("italian", 5), ("german", 4)],
    "JP": [("japanese", 100)],
    "IN": [("indian", 100)],
    "CN": [("chinese", 100)],
    "SG": [("chinese", 70), ("indian", 20), ("anglo", 10)],
    "KR": [("korean", 100)],
    "AE": [("arabic", 60), ("indian", 30), ("anglo", 10)],
    "NG": [("nigerian", 100)],
    "ZA": [("southafrican", 85), ("indian", 15)],
    "AU": [("anglo", 72), ("chinese", 10), ("indian", 8), ("greek", 5), ("vietnamese", 5)],
    "CA": [("anglo", 58), ("french", 22), ("chinese", 10), ("indian", 10)],
    "PL": [("polish", 100)],
    "TR": [("turkish", 100)],
    "SE": [("nordic", 100)],
    "GR": [("greek", 100)],
    "PH": [("filipino", 100)],
    "VN": [("vietnamese", 100)],
}


class Person:
    __slots__ = ("given", "family", "sex", "cult", "cc", "mid")

    def __init__(self, given, family, sex, cult, cc, mid=""):
        self.given, self.family, self.sex, self.cult, self.cc, self.mid = given, family, sex, cult, cc, mid

    @property
    def full(self):
        return "%s %s" % (self.given, self.family)

    @property
    def full_mid(self):
        return "%s %s. %s" % (self.given, self.mid, self.family) if self.mid else self.full

    @property
    def last_first(self):
        return "%s, %s" % (self.family, self.given)

    @property
    def pnr(self):
        # GDS style SURNAME/GIVEN, ascii, no spaces in surname
        fam = ascii_fold(self.family).upper().replace(" ", "").replace("'", "")
        giv = ascii_fold(self.given).upper().replace("-", "")
        return "%s/%s" % (fam, giv)

    @property
    def upper(self):
        return self.full.upper()

    @property
    def initial_family(self):
        return "%s. %s" % (self.given[0], self.family)

    def title(self, lang="en", r=None):
        m = self.sex == "M"
        return {
            "en": "Mr" if m else ("Mrs" if (r is not None and r.random() < 0.3) else "Ms"),
            "de": "Herr" if m else "Frau",
            "fr": "M." if m else "Mme",
            "es": "Sr." if m else "Sra.",
            "pt": "Sr." if m else "Sra.",
            "it": "Sig." if m else "Sig.ra",
            "nl": "dhr." if m else "mevr.",
        }[lang]

    def pnr_title(self):
        return "MR" if self.sex == "M" else "MS"


def person(r, cc=None, cult=None, sex=None):
    if cult is None:
        if cc is None:
            cc = pick(r, COUNTRY_LIST)
        cult = wchoice(r, COUNTRY_CULT.get(cc, [("anglo", 1)]))
    if sex is None:
        sex = "M" if r.random() < 0.5 else "F"
    males, females, fams = NAMES[cult]
    given = pick(r, males if sex == "M" else females)
    family = pick(r, fams)
    if cult == "spanish" and chance(r, 0.45):
        family = family + " " + pick(r, fams)
    if cult == "polish" and sex == "F":
        if family.endswith("ski"):
            family = family[:-1] + "a"
        elif family.endswith("cki"):
            family = family[:-1] + "a"
    if cult == "russian" and sex == "F":
        family = family + "a"
    mid = pick(r, UP.replace("X", "").replace("Q", "")) if (cult in ("anglo",) and chance(r, 0.25)) else ""
    return Person(given, family, sex, cult, cc or "US", mid)


COUNTRY_LIST = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "MX", "JP", "IN", "CN", "SG", "KR",
                "AE", "NG", "ZA", "AU", "CA", "PL", "TR", "SE", "CH", "IE"]
COUNTRY_W = [("US", 16), ("GB", 10), ("DE", 9), ("FR", 7), ("ES", 6), ("IT", 5), ("NL", 4), ("PT", 3),
             ("BR", 4), ("MX", 3), ("JP", 3), ("IN", 4), ("CN", 2), ("SG", 2), ("KR", 2), ("AE", 3),
             ("NG", 2), ("ZA", 2), ("AU", 3), ("CA", 3), ("PL", 2), ("TR", 2), ("SE", 2), ("CH", 2), ("IE", 2)]


def any_cc(r):
    return wchoice(r, COUNTRY_W)


COUNTRY_NAME = {
    "US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain",
    "IT": "Italy", "NL": "Netherlands", "PT": "Portugal", "BR": "Brazil", "MX": "Mexico", "JP": "Japan",
    "IN": "India", "CN": "China", "SG": "Singapore", "KR": "South Korea", "AE": "United Arab Emirates",
    "NG": "Nigeria", "ZA": "South Africa", "AU": "Australia", "CA": "Canada", "PL": "Poland",
    "TR": "Türkiye", "SE": "Sweden", "CH": "Switzerland", "IE": "Ireland",
}
COUNTRY_LOCAL = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "Frankreich", "ES": "Spanien",
           "IT": "Italien", "NL": "Niederlande", "GB": "Vereinigtes Königreich", "US": "USA", "TR": "Türkei",
           "PL": "Polen", "PT": "Portugal", "SE": "Schweden"},
    "fr": {"FR": "France", "DE": "Allemagne", "ES": "Espagne", "IT": "Italie", "CH": "Suisse",
           "GB": "Royaume-Uni", "US": "États-Unis", "CA": "Canada", "PT": "Portugal", "NL": "Pays-Bas"},
    "es": {"ES": "España", "MX": "México", "DE": "Alemania", "FR": "Francia", "IT": "Italia",
           "GB": "Reino Unido", "US": "Estados Unidos", "PT": "Portugal", "BR": "Brasil"},
    "pt": {"PT": "Portugal", "BR": "Brasil", "ES": "Espanha", "FR": "França", "DE": "Alemanha",
           "GB": "Reino Unido", "US": "Estados Unidos", "IT": "Itália"},
    "it": {"IT": "Italia", "DE": "Germania", "FR": "Francia", "ES": "Spagna", "CH": "Svizzera",
           "GB": "Regno Unito", "US": "Stati Uniti"},
    "nl": {"NL": "Nederland", "DE": "Duitsland", "FR": "Frankrijk", "ES": "Spanje", "GB": "Verenigd Koninkrijk",
           "US": "Verenigde Staten"},
}


def country_name(cc, lang="en"):
    if lang != "en":
        n = COUNTRY_LOCAL.get(lang, {}).get(cc)
        if n:
            return n
    return COUNTRY_NAME[cc]

# ---------------------------------------------------------------------------
# addresses
# ---------------------------------------------------------------------------
US_CITIES = [("Denver", "CO", "802", "303"), ("Seattle", "WA", "981", "206"), ("Atlanta", "GA", "303", "404"),
             ("Chicago", "IL", "606", "312"), ("Dallas", "TX", "752", "214"), ("Houston", "TX", "770", "713"),
             ("Phoenix", "AZ", "850", "602"), ("Miami", "FL", "331", "305"), ("Orlando", "FL", "328", "407"),
             ("Boston", "MA", "021", "617"), ("San Diego", "CA", "921", "619"), ("Sacramento", "CA", "958", "916"),
             ("Portland", "OR", "972", "503"), ("Minneapolis", "MN", "554", "612"), ("Charlotte", "NC", "282", "704"),
             ("Nashville", "TN", "372", "615"), ("Salt Lake City", "UT", "841", "801"), ("Newark", "NJ", "071", "973"),
             ("Brooklyn", "NY", "112", "718"), ("Las Vegas", "NV", "891", "702"), ("Anchorage", "AK", "995", "907"),
             ("Honolulu", "HI", "968", "808"), ("Columbus", "OH", "432", "614"), ("Pittsburgh", "PA", "152", "412"),
             ("Kansas City", "MO", "641", "816"), ("Tulsa", "OK", "741", "918"), ("Daytona Beach", "FL", "321", "386"),
             ("Prescott", "AZ", "863", "928"), ("Wichita", "KS", "672", "316"), ("San Antonio", "TX", "782", "210"),
             ("Oakland", "CA", "946", "510"), ("Raleigh", "NC", "276", "919")]
US_STREETS = ("Maple Oak Cedar Pine Elm Washington Lakeview Hillcrest Sunset Park Highland Jefferson Franklin "
              "Willow Meadow Ridge Aviation Airport Runway Skyline Magnolia Chestnut Lincoln Madison").split()
US_SUFFIX = "St Ave Dr Ln Rd Blvd Ct Way Pl Pkwy".split()

GB_TOWNS = [("London", "SW1A"), ("London", "E14"), ("London", "N1"), ("London", "SE10"), ("Crawley", "RH10"),
            ("Hounslow", "TW3"), ("Manchester", "M1"), ("Glasgow", "G2"), ("Edinburgh", "EH1"), ("Bristol", "BS1"),
            ("Leeds", "LS1"), ("Birmingham", "B1"), ("Luton", "LU1"), ("Cardiff", "CF10"), ("Belfast", "BT1"),
            ("Aberdeen", "AB10"), ("Staines-upon-Thames", "TW18"), ("Horley", "RH6"), ("Slough", "SL1")]
GB_STREETS = ["Kingsway", "Station Road", "High Street", "Church Lane", "Victoria Road", "Park Avenue",
              "Mill Lane", "The Crescent", "Elm Grove", "Queens Road", "Manor Way", "Brighton Road",
              "Bath Road", "Meadow Close", "Windsor Drive"]

DE_CITIES = [("Frankfurt am Main", "603"), ("München", "803"), ("Berlin", "10"), ("Hamburg", "20"),
             ("Köln", "50"), ("Düsseldorf", "40"), ("Stuttgart", "70"), ("Hannover", "30"), ("Leipzig", "04"),
             ("Bremen", "28"), ("Nürnberg", "90"), ("Dresden", "01"), ("Kelsterbach", "65451"), ("Erding", "85435"),
             ("Mörfelden-Walldorf", "64546"), ("Freising", "85354")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerweg", "Lindenallee", "Am Mühlbach",
              "Gartenstraße", "Ringstraße", "Kirchgasse", "Berliner Straße", "Friedrich-Ebert-Straße",
              "Schulstraße", "Waldweg", "Rosenstraße", "Flughafenstraße"]

FR_CITIES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "3100"), ("Nice", "06000"),
             ("Bordeaux", "33000"), ("Nantes", "44000"), ("Lille", "59000"), ("Strasbourg", "67000"),
             ("Roissy-en-France", "95700"), ("Blagnac", "31700"), ("Montpellier", "34000")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo",
              "rue des Lilas", "allée des Tilleuls", "place Bellecour", "rue Nationale", "chemin des Vignes",
              "rue du Faubourg Saint-Antoine", "avenue de la Gare", "impasse des Roses"]

ES_CITIES = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Málaga", "290"),
             ("Bilbao", "480"), ("Palma", "070"), ("Las Palmas de Gran Canaria", "350"), ("Zaragoza", "500"),
             ("Alicante", "030")]
ES_STREETS = ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Gran Vía", "Paseo de la Castellana",
              "Calle del Sol", "Calle San Vicente", "Avenida Diagonal", "Calle Real", "Calle de Serrano",
              "Avenida de América", "Calle Larios"]

IT_CITIES = [("Roma", "001", "RM"), ("Milano", "201", "MI"), ("Napoli", "801", "NA"), ("Torino", "101", "TO"),
             ("Firenze", "501", "FI"), ("Bologna", "401", "BO"), ("Venezia", "301", "VE"), ("Palermo", "901", "PA"),
             ("Fiumicino", "00054", "RM"), ("Bergamo", "24121", "BG"), ("Catania", "951", "CT")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Europa",
              "Piazza della Repubblica", "Via Mazzini", "Via Cavour", "Via Nazionale", "Via Appia Nuova"]

NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"),
             ("Haarlem", "20"), ("Hoofddorp", "213"), ("Amstelveen", "118"), ("Leiden", "23")]
NL_STREETS = ["Keizersgracht", "Prinsengracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein",
              "Vondelstraat", "Zonnebloemlaan", "Burgemeester Jansenlaan", "Schipholweg"]

PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Faro", "8"), ("Braga", "47"), ("Coimbra", "30"), ("Funchal", "90")]
PT_STREETS = ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Rua Dom João V",
              "Avenida da República", "Rua das Flores"]

BR_CITIES = [("São Paulo", "SP", "0"), ("Rio de Janeiro", "RJ", "2"), ("Belo Horizonte", "MG", "3"),
             ("Curitiba", "PR", "8"), ("Porto Alegre", "RS", "9"), ("Recife", "PE", "5"), ("Salvador", "BA", "4"),
             ("Brasília", "DF", "7"), ("Campinas", "SP", "13"), ("Guarulhos", "SP", "07")]
BR_STREETS = ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro", "Avenida Atlântica",
              "Rua Oscar Freire", "Rua da Consolação", "Avenida Brasil", "Rua Sete de Setembro"]
BR_BAIRROS = ["Centro", "Jardins", "Copacabana", "Boa Viagem", "Moinhos de Vento", "Savassi", "Pinheiros",
              "Batel", "Barra", "Asa Sul"]

MX_CITIES = [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jalisco", "44"), ("Monterrey", "Nuevo León", "64"),
             ("Cancún", "Quintana Roo", "775"), ("Puebla", "Puebla", "72"), ("Tijuana", "Baja California", "22")]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Durango", "Paseo de la Reforma", "Av. Chapultepec", "Calle Hidalgo",
              "Av. Juárez", "Calle Morelos"]
MX_COLS = ["Roma Norte", "Condesa", "Del Valle", "Polanco", "Centro", "Americana", "Providencia"]

JP_PLACES = [("Tokyo", "Minato-ku", "Konan", "108"), ("Tokyo", "Ota-ku", "Haneda", "144"),
             ("Tokyo", "Shinagawa-ku", "Higashi-Shinagawa", "140"), ("Tokyo", "Setagaya-ku", "Sangenjaya", "154"),
             ("Osaka", "Kita-ku", "Umeda", "530"), ("Nagoya", "Naka-ku", "Sakae", "460"),
             ("Fukuoka", "Hakata-ku", "Hakata Ekimae", "812"), ("Narita", "Chiba", "Sanrizuka", "286")]

IN_CITIES = [("Mumbai", "Maharashtra", "400"), ("New Delhi", "Delhi", "110"), ("Bengaluru", "Karnataka", "560"),
             ("Chennai", "Tamil Nadu", "600"), ("Hyderabad", "Telangana", "500"), ("Kolkata", "West Bengal", "700"),
             ("Pune", "Maharashtra", "411"), ("Kochi", "Kerala", "682"), ("Ahmedabad", "Gujarat", "380")]
IN_AREAS = ["Indiranagar", "Andheri East", "Koramangala", "Vasant Kunj", "Banjara Hills", "Salt Lake",
            "Powai", "Adyar", "Kakkanad", "Whitefield"]
IN_BLDG = ["Sai Residency", "Green Park Apartments", "Prestige Shantiniketan", "Lodha Paradise", "Sobha Lakeview",
           "Skyline Towers"]

CN_CITIES = [("Beijing", "100"), ("Shanghai", "200"), ("Guangzhou", "510"), ("Shenzhen", "518"), ("Chengdu", "610")]
CN_ROADS = ["Century Avenue", "Jianguo Road", "Tianhe Road", "Shennan Avenue", "Renmin South Road", "Huaihai Middle Road"]
CN_DIST = ["Pudong New District", "Chaoyang District", "Tianhe District", "Futian District", "Wuhou District", "Xuhui District"]

AU_CITIES = [("Sydney", "NSW", "20"), ("Melbourne", "VIC", "30"), ("Brisbane", "QLD", "40"), ("Perth", "WA", "60"),
             ("Adelaide", "SA", "50"), ("Mascot", "NSW", "2020"), ("Bondi", "NSW", "2026"), ("Cairns", "QLD", "4870")]
AU_STREETS = ["Beach Road", "George Street", "Collins Street", "Queen Street", "Hay Street", "King William Street",
              "Bourke Road", "Ocean Parade"]

CA_CITIES = [("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"), ("Calgary", "AB", "T"),
             ("Mississauga", "ON", "L"), ("Richmond", "BC", "V"), ("Ottawa", "ON", "K"), ("Halifax", "NS", "B")]
CA_STREETS = ["Yonge Street", "Granville Street", "Rue Sherbrooke Ouest", "Bloor Street West", "Macleod Trail",
              "Airport Road", "Rue Saint-Denis", "Spring Garden Road"]

PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "80"), ("Wrocław", "5"), ("Poznań", "6")]
PL_STREETS = ["ul. Marszałkowska", "ul. Floriańska", "ul. Długa", "ul. Świdnicka", "ul. Półwiejska", "al. Jerozolimskie"]

TR_CITIES = [("İstanbul", "Kadıköy", "34"), ("İstanbul", "Beşiktaş", "34"), ("İstanbul", "Bakırköy", "34"),
             ("Ankara", "Çankaya", "06"), ("İzmir", "Konak", "35"), ("Antalya", "Muratpaşa", "07")]
TR_STREETS = ["Bağdat Cad.", "Atatürk Cad.", "İstiklal Cad.", "Cumhuriyet Cad.", "Barbaros Bulvarı", "Gazi Mustafa Kemal Bulvarı"]

SE_CITIES = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Märsta", "195"), ("Uppsala", "75")]
SE_STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Västra Hamngatan", "Södra Förstadsgatan"]

CH_CITIES = [("Zürich", "80"), ("Genève", "12"), ("Basel", "40"), ("Bern", "30"), ("Kloten", "8302"), ("Lugano", "69")]
CH_STREETS = ["Bahnhofstrasse", "Seefeldstrasse", "Rue du Rhône", "Freie Strasse", "Marktgasse", "Via Nassa",
              "Flughofstrasse"]

IE_PLACES = [("Dublin", "Ballsbridge", "D04"), ("Dublin", "Clontarf", "D03"), ("Dublin", "Rathmines", "D06"),
             ("Cork", "Douglas", "T12"), ("Galway", "Salthill", "H91"), ("Swords", "Applewood", "K67")]
IE_STREETS = ["Pembroke Road", "Seafield Road", "Main Street", "Strand Road", "Castle Avenue", "Church Road"]

SG_STREETS = ["Tampines Street 11", "Ang Mo Kio Avenue 3", "Bedok North Road", "Jurong West Street 41",
              "Changi Village Road", "Pasir Ris Drive 6"]
KR_PLACES = [("Seoul", "Gangnam-gu", "Teheran-ro", "06"), ("Seoul", "Mapo-gu", "World Cup buk-ro", "03"),
             ("Incheon", "Jung-gu", "Gonghang-ro", "22"), ("Busan", "Haeundae-gu", "Haeundae-ro", "48")]
AE_PLACES = [("Dubai", "Dubai Marina"), ("Dubai", "Al Barsha 2"), ("Dubai", "Al Garhoud"), ("Abu Dhabi", "Khalifa City"),
             ("Sharjah", "Al Majaz 3")]
AE_BLDG = ["Marina Heights Tower", "Al Fattan Residence", "Garhoud Villas", "Emirates Crown", "Al Reem Tower"]
NG_PLACES = [("Lagos", "Lagos State", "Victoria Island"), ("Lagos", "Lagos State", "Ikeja GRA"),
             ("Abuja", "FCT", "Wuse II"), ("Port Harcourt", "Rivers State", "GRA Phase 2")]
NG_STREETS = ["Adeola Odeku Street", "Allen Avenue", "Aminu Kano Crescent", "Awolowo Road", "Ademola Adetokunbo Crescent"]
ZA_PLACES = [("Johannesburg", "Gauteng", "Rosebank", "2196"), ("Cape Town", "Western Cape", "Sea Point", "8005"),
             ("Durban", "KwaZulu-Natal", "Morningside", "4001"), ("Kempton Park", "Gauteng", "Bonaero Park", "1619")]
ZA_STREETS = ["Jan Smuts Avenue", "Main Road", "Florida Road", "Oxford Road", "Beach Road"]


class Addr:
    __slots__ = ("street", "city", "region", "postcode", "cc", "city_line")

    def __init__(self, street, city, region, postcode, cc, city_line):
        self.street, self.city, self.region, self.postcode, self.cc, self.city_line = (
            street, city, region, postcode, cc, city_line)

    def one(self, country=False, lang="en"):
        parts = list(self.street) + [self.city_line]
        if country:
            parts.append(country_name(self.cc, lang))
        return ", ".join(parts)

    def lines(self, country=False, lang="en"):
        parts = list(self.street) + [self.city_line]
        if country:
            parts.append(country_name(self.cc, lang).upper() if False else country_name(self.cc, lang))
        return "\n".join(parts)

    @property
    def street_line(self):
        return ", ".join(self.street)

    @property
    def city_region(self):
        return "%s, %s" % (self.city, self.region) if self.region else self.city


def _gb_pc(r, area):
    return "%s %d%s" % (area, r.randint(1, 9), rs(r, 2, "ABDEFGHJLNPQRSTUWXYZ"))


def _ca_pc(r, first):
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return "%s%d%s %d%s%d" % (first, r.randint(1, 9), pick(r, L), r.randint(0, 9), pick(r, L), r.randint(0, 9))


def address(r, cc=None):
    cc = cc or any_cc(r)
    if cc == "US":
        city, st, z3, _ = pick(r, US_CITIES)
        street = ["%d %s %s" % (r.randint(10, 9899), pick(r, US_STREETS), pick(r, US_SUFFIX))]
        if chance(r, 0.35):
            street.append(pick(r, ["Apt %d%s" % (r.randint(1, 30), pick(r, "ABCDEF")), "Unit %d" % r.randint(100, 2400),
                                   "Suite %d" % r.randint(100, 900), "#%d" % r.randint(2, 40)]))
        pc = z3 + digits(r, 2)
        if chance(r, 0.15):
            pc += "-" + digits(r, 4)
        return Addr(street, city, st, pc, cc, "%s, %s %s" % (city, st, pc))
    if cc == "GB":
        town, area = pick(r, GB_TOWNS)
        street = ["%d %s" % (r.randint(1, 240), pick(r, GB_STREETS))]
        if chance(r, 0.3):
            street.insert(0, "Flat %d" % r.randint(1, 24))
        pc = _gb_pc(r, area)
        return Addr(street, town, None, pc, cc, "%s %s" % (town, pc))
    if cc == "IE":
        city, area, rk = pick(r, IE_PLACES)
        street = ["%d %s" % (r.randint(1, 120), pick(r, IE_STREETS)), area]
        pc = "%s %s" % (rk, rs(r, 4, "ACDEFHKNPRTVWXY0123456789"))
        return Addr(street, city, None, pc, cc, "%s, %s" % (city, pc))
    if cc == "DE":
        city, pfx = pick(r, DE_CITIES)
        pc = pfx + digits(r, 5 - len(pfx))
        street = ["%s %d%s" % (pick(r, DE_STREETS), r.randint(1, 140), pick(r, ["", "", "", "a", "b"]))]
        return Addr(street, city, None, pc, cc, "%s %s" % (pc, city))
    if cc == "CH":
        city, pfx = pick(r, CH_CITIES)
        pc = pfx + digits(r, 4 - len(pfx))
        street = ["%s %d" % (pick(r, CH_STREETS), r.randint(1, 90))]
        return Addr(street, city, None, pc, cc, "%s %s" % (pc, city))
    if cc == "FR":
        city, pfx = pick(r, FR_CITIES)
        pc = pfx + digits(r, 5 - len(pfx))
        if city == "Paris":
            pc = "750%02d" % r.randint(1, 20)
        street = ["%d%s %s" % (r.randint(1, 180), pick(r, ["", "", "", " bis"]), pick(r, FR_STREETS))]
        if chance(r, 0.25):
            street.append(pick(r, ["Bâtiment B", "Résidence Les Pins", "Appt 12", "Escalier C"]))
        return Addr(street, city, None, pc, cc, "%s %s" % (pc, city))
    if cc == "ES":
        city, pfx = pick(r, ES_CITIES)
        pc = pfx + digits(r, 2)
        s = "%s %d" % (pick(r, ES_STREETS), r.randint(1, 220))
        if chance(r, 0.6):
            s += ", %dº %s" % (r.randint(1, 9), pick(r, ["A", "B", "C", "D", "izda", "dcha"]))
        return Addr([s], city, None, pc, cc, "%s %s" % (pc, city))
    if cc == "IT":
        city, pfx, prov = pick(r, IT_CITIES)
        pc = pfx + digits(r, 5 - len(pfx))
        street = ["%s %d" % (pick(r, IT_STREETS), r.randint(1, 200))]
        return Addr(street, city, prov, pc, cc, "%s %s %s" % (pc, city, prov))
    if cc == "NL":
        city, pfx = pick(r, NL_CITIES)
        pc = pfx + digits(r, 4 - len(pfx)) + " " + rs(r, 2, "ABCDEGHJKLMNPRSTVWXZ")
        street = ["%s %d%s" % (pick(r, NL_STREETS), r.randint(1, 400), pick(r, ["", "", "-2", "A", "-hs"]))]
        return Addr(street, city, None, pc, cc, "%s %s" % (pc, city))
    if cc == "PT":
        city, pfx = pick(r, PT_CITIES)
        pc = pfx + digits(r, 4 - len(pfx)) + "-" + digits(r, 3)
        s = "%s, %d" % (pick(r, PT_STREETS), r.randint(1, 300))
        if chance(r, 0.5):
            s += ", %d.º %s" % (r.randint(1, 8), pick(r, ["Esquerdo", "Direito", "Esq", "A", "B"]))
        return Addr([s], city, None, pc, cc, "%s %s" % (pc, city))
    if cc == "BR":
        city, uf, pfx = pick(r, BR_CITIES)
        pc = pfx + digits(r, 5 - len(pfx)) + "-" + digits(r, 3)
        s = "%s, %d" % (pick(r, BR_STREETS), r.randint(10, 3500))
        if chance(r, 0.5):
            s += ", apto %d" % r.randint(11, 1804)
        s += " - " + pick(r, BR_BAIRROS)
        return Addr([s], city, uf, pc, cc, "%s - %s, %s" % (city, uf, pc))
    if cc == "MX":
        city, st, pfx = pick(r, MX_CITIES)
        pc = pfx + digits(r, 5 - len(pfx))
        s = ["%s %d" % (pick(r, MX_STREETS), r.randint(10, 2900)), "Col. " + pick(r, MX_COLS)]
        return Addr(s, city, st, pc, cc, "%s %s, %s" % (pc, city, st))
    if cc == "JP":
        city, ward, dist, p3 = pick(r, JP_PLACES)
        pc = "%s-%s" % (p3, digits(r, 4))
        s = ["%d-%d-%d %s" % (r.randint(1, 5), r.randint(1, 30), r.randint(1, 20), dist), ward]
        if chance(r, 0.3):
            s.insert(0, "%s %d" % (pick(r, ["Park Court", "Sunny Heights", "Maison Haneda"]), r.randint(101, 1205)))
        return Addr(s, city, None, pc, cc, "%s %s" % (city, pc))
    if cc == "IN":
        city, state, p3 = pick(r, IN_CITIES)
        pc = p3 + digits(r, 3)
        s = ["Flat %d" % r.randint(101, 1504), pick(r, IN_BLDG),
             "%s Cross Road, %s" % (pick(r, ["1st", "2nd", "3rd", "4th", "5th", "7th", "9th", "11th", "14th"]), pick(r, IN_AREAS))]
        return Addr(s, city, state, pc, cc, "%s, %s %s" % (city, state, pc))
    if cc == "CN":
        city, p3 = pick(r, CN_CITIES)
        pc = p3 + digits(r, 3)
        s = ["Room %d, No. %d %s" % (r.randint(101, 2808), r.randint(1, 999), pick(r, CN_ROADS)), pick(r, CN_DIST)]
        return Addr(s, city, None, pc, cc, "%s %s" % (city, pc))
    if cc == "SG":
        pc = digits(r, 6)
        s = ["Blk %d %s" % (r.randint(1, 899), pick(r, SG_STREETS)), "#%02d-%03d" % (r.randint(2, 25), r.randint(1, 400))]
        return Addr(s, "Singapore", None, pc, cc, "Singapore %s" % pc)
    if cc == "KR":
        city, gu, road, p2 = pick(r, KR_PLACES)
        pc = p2 + digits(r, 3)
        s = ["%d %s" % (r.randint(1, 600), road), gu]
        return Addr(s, city, None, pc, cc, "%s %s" % (city, pc))
    if cc == "AE":
        city, area = pick(r, AE_PLACES)
        s = ["Apartment %d, %s" % (r.randint(101, 4205), pick(r, AE_BLDG)), area]
        pc = ""
        if chance(r, 0.4):
            s.append("P.O. Box %d" % r.randint(1000, 99999))
        return Addr(s, city, None, pc, cc, city)
    if cc == "NG":
        city, state, area = pick(r, NG_PLACES)
        s = ["%d %s" % (r.randint(1, 80), pick(r, NG_STREETS)), area]
        return Addr(s, city, state, "", cc, "%s, %s" % (city, state))
    if cc == "ZA":
        city, prov, sub, pc = pick(r, ZA_PLACES)
        s = ["%d %s" % (r.randint(1, 300), pick(r, ZA_STREETS)), sub]
        return Addr(s, city, prov, pc, cc, "%s, %s" % (city, pc))
    if cc == "AU":
        city, st, pfx = pick(r, AU_CITIES)
        pc = pfx + digits(r, 4 - len(pfx))
        n = r.randint(1, 250)
        s = ["%s%d %s" % (("%d/" % r.randint(1, 30)) if chance(r, 0.35) else "", n, pick(r, AU_STREETS))]
        return Addr(s, city, st, pc, cc, "%s %s %s" % (city.upper() if chance(r, 0.3) else city, st, pc))
    if cc == "CA":
        city, pr, first = pick(r, CA_CITIES)
        pc = _ca_pc(r, first)
        s = ["%d %s" % (r.randint(10, 9000), pick(r, CA_STREETS))]
        if chance(r, 0.3):
            s.insert(0, "%d-" % r.randint(101, 2200) + s.pop(0))
        return Addr(s, city, pr, pc, cc, "%s %s  %s" % (city, pr, pc) if False else "%s, %s %s" % (city, pr, pc))
    if cc == "PL":
        city, pfx = pick(r, PL_CITIES)
        pc = (pfx + digits(r, 2 - len(pfx))) + "-" + digits(r, 3) if len(pfx) <= 2 else pfx
        s = ["%s %d/%d" % (pick(r, PL_STREETS), r.randint(1, 150), r.randint(1, 60))]
        return Addr(s, city, None, pc, cc, "%s %s" % (pc, city))
    if cc == "TR":
        city, dist, p2 = pick(r, TR_CITIES)
        pc = p2 + digits(r, 3)
        s = ["%s No:%d D:%d" % (pick(r, TR_STREETS), r.randint(1, 300), r.randint(1, 30))]
        return Addr(s, city, dist, pc, cc, "%s %s/%s" % (pc, dist, city))
    if cc == "SE":
        city, pfx = pick(r, SE_CITIES)
        d5 = pfx + digits(r, 5 - len(pfx))
        pc = d5[:3] + " " + d5[3:]
        s = ["%s %d" % (pick(r, SE_STREETS), r.randint(1, 90))]
        return Addr(s, city, None, pc, cc, "%s %s" % (pc, city))
    return address(r, "US")


def city_of(r, cc=None):
    """A random city (with region/country) usable as LOCATION."""
    a = address(r, cc)
    return a.city, a.region, a.cc


WORLD_CITIES = [("Frankfurt", "DE"), ("Munich", "DE"), ("London", "GB"), ("Manchester", "GB"), ("Paris", "FR"),
                ("Nice", "FR"), ("Madrid", "ES"), ("Barcelona", "ES"), ("Rome", "IT"), ("Milan", "IT"),
                ("Amsterdam", "NL"), ("Lisbon", "PT"), ("Porto", "PT"), ("São Paulo", "BR"), ("Rio de Janeiro", "BR"),
                ("Mexico City", "MX"), ("Cancún", "MX"), ("Tokyo", "JP"), ("Osaka", "JP"), ("Mumbai", "IN"),
                ("Delhi", "IN"), ("Bengaluru", "IN"), ("Shanghai", "CN"), ("Singapore", "SG"), ("Seoul", "KR"),
                ("Dubai", "AE"), ("Lagos", "NG"), ("Johannesburg", "ZA"), ("Cape Town", "ZA"), ("Sydney", "AU"),
                ("Melbourne", "AU"), ("Toronto", "CA"), ("Vancouver", "CA"), ("Montreal", "CA"), ("Warsaw", "PL"),
                ("Istanbul", "TR"), ("Stockholm", "SE"), ("Zurich", "CH"), ("Geneva", "CH"), ("Dublin", "IE"),
                ("New York", "US"), ("Chicago", "US"), ("Los Angeles", "US"), ("San Francisco", "US"),
                ("Miami", "US"), ("Boston", "US"), ("Denver", "US"), ("Seattle", "US"), ("Atlanta", "US"),
                ("Houston", "US"), ("Reykjavik", "IS"), ("Athens", "GR"), ("Vienna", "AT"), ("Copenhagen", "DK"),
                ("Oslo", "NO"), ("Helsinki", "FI"), ("Brussels", "BE"), ("Prague", "CZ"), ("Budapest", "HU"),
                ("Doha", "QA"), ("Nairobi", "KE"), ("Casablanca", "MA"), ("Bogotá", "CO"), ("Lima", "PE"),
                ("Buenos Aires", "AR"), ("Santiago", "CL"), ("Bangkok", "TH"), ("Hanoi", "VN"), ("Manila", "PH")]
CITY_IATA = {"Frankfurt": "FRA", "Munich": "MUC", "London": "LHR", "Manchester": "MAN", "Paris": "CDG", "Nice": "NCE",
             "Madrid": "MAD", "Barcelona": "BCN", "Rome": "FCO", "Milan": "MXP", "Amsterdam": "AMS", "Lisbon": "LIS",
             "Porto": "OPO", "São Paulo": "GRU", "Rio de Janeiro": "GIG", "Mexico City": "MEX", "Cancún": "CUN",
             "Tokyo": "HND", "Osaka": "KIX", "Mumbai": "BOM", "Delhi": "DEL", "Bengaluru": "BLR", "Shanghai": "PVG",
             "Singapore": "SIN", "Seoul": "ICN", "Dubai": "DXB", "Lagos": "LOS", "Johannesburg": "JNB",
             "Cape Town": "CPT", "Sydney": "SYD", "Melbourne": "MEL", "Toronto": "YYZ", "Vancouver": "YVR",
             "Montreal": "YUL", "Warsaw": "WAW", "Istanbul": "IST", "Stockholm": "ARN", "Zurich": "ZRH",
             "Geneva": "GVA", "Dublin": "DUB", "New York": "JFK", "Chicago": "ORD", "Los Angeles": "LAX",
             "San Francisco": "SFO", "Miami": "MIA", "Boston": "BOS", "Denver": "DEN", "Seattle": "SEA",
             "Atlanta": "ATL", "Houston": "IAH", "Reykjavik": "KEF", "Athens": "ATH", "Vienna": "VIE",
             "Copenhagen": "CPH", "Oslo": "OSL", "Helsinki": "HEL", "Brussels": "BRU", "Prague": "PRG",
             "Budapest": "BUD", "Doha": "DOH", "Nairobi": "NBO", "Casablanca": "CMN", "Bogotá": "BOG", "Lima": "LIM",
             "Buenos Aires": "EZE", "Santiago": "SCL", "Bangkok": "BKK", "Hanoi": "HAN", "Manila": "MNL"}
CITY_LOCAL = {"de": {"Munich": "München", "Rome": "Rom", "Milan": "Mailand", "Lisbon": "Lissabon", "Vienna": "Wien",
                     "Zurich": "Zürich", "Geneva": "Genf", "Warsaw": "Warschau", "Prague": "Prag", "Brussels": "Brüssel",
                     "Copenhagen": "Kopenhagen", "Athens": "Athen"},
              "fr": {"London": "Londres", "Munich": "Munich", "Rome": "Rome", "Milan": "Milan", "Lisbon": "Lisbonne",
                     "Vienna": "Vienne", "Geneva": "Genève", "Warsaw": "Varsovie", "Brussels": "Bruxelles",
                     "Athens": "Athènes", "Montreal": "Montréal", "Barcelona": "Barcelone"},
              "es": {"London": "Londres", "Munich": "Múnich", "Rome": "Roma", "Milan": "Milán", "Lisbon": "Lisboa",
                     "Paris": "París", "New York": "Nueva York", "Geneva": "Ginebra", "Amsterdam": "Ámsterdam",
                     "Frankfurt": "Fráncfort", "Mexico City": "Ciudad de México"},
              "pt": {"London": "Londres", "Munich": "Munique", "Rome": "Roma", "Milan": "Milão", "Lisbon": "Lisboa",
                     "Paris": "Paris", "New York": "Nova York", "Geneva": "Genebra", "Frankfurt": "Frankfurt"},
              "it": {"London": "Londra", "Munich": "Monaco di Baviera", "Rome": "Roma", "Milan": "Milano",
                     "Lisbon": "Lisbona", "Paris": "Parigi", "New York": "New York", "Geneva": "Ginevra",
                     "Barcelona": "Barcellona", "Frankfurt": "Francoforte"},
              "nl": {"Munich": "München", "Rome": "Rome", "Milan": "Milaan", "Lisbon": "Lissabon", "Paris": "Parijs",
                     "London": "Londen", "Brussels": "Brussel"}}


def wcity(r, lang="en", exclude=None):
    while True:
        c, cc = pick(r, WORLD_CITIES)
        if c != exclude:
            break
    return CITY_LOCAL.get(lang, {}).get(c, c), CITY_IATA[c], cc


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
def _g(r, *ns):
    return [digits(r, n) for n in ns]


def phone(r, cc=None, intl=None):
    cc = cc or any_cc(r)
    if intl is None:
        intl = r.random() < 0.55
    if cc in ("US", "CA"):
        area = pick(r, [c[3] for c in US_CITIES]) if cc == "US" else pick(r, ["416", "604", "514", "403", "905", "613", "902"])
        ex = str(r.randint(2, 9)) + digits(r, 2)
        ln = digits(r, 4)
        if intl:
            return pick(r, ["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s", "+1 %s-%s-%s"]) % (area, ex, ln)
        return pick(r, ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "(%s) %s %s"]) % (area, ex, ln)
    if cc == "GB":
        if chance(r, 0.5):
            a, b = "7" + str(r.randint(4, 9)) + digits(r, 2), digits(r, 6)
            return ("+44 %s %s" % (a, b)) if intl else ("0%s %s" % (a, b))
        a = pick(r, ["20", "20", "161", "131", "117", "121", "1293", "1753"])
        if a == "20":
            x = "20 %s%s %s" % (pick(r, "378"), digits(r, 3), digits(r, 4))
        elif len(a) == 3:
            x = "%s %s %s" % (a, digits(r, 3), digits(r, 4))
        else:
            x = "%s %s" % (a, digits(r, 6))
        return ("+44 " + x) if intl else ("0" + x)
    if cc == "IE":
        a, b, c = "8" + str(r.randint(3, 9)), digits(r, 3), digits(r, 4)
        return ("+353 %s %s %s" % (a, b, c)) if intl else ("0%s %s %s" % (a, b, c))
    if cc == "DE":
        if chance(r, 0.5):
            a = pick(r, ["151", "152", "160", "170", "171", "172", "176", "179"])
            b = digits(r, 8)
            return pick(r, ["+49 %s %s", "+49 (0)%s %s"]) % (a, b) if intl else pick(r, ["0%s %s", "0%s/%s", "0%s-%s"]) % (a, b)
        a = pick(r, ["69", "89", "30", "40", "221", "211", "711", "6107"])
        b = str(r.randint(1, 9)) + digits(r, 11 - len(a) - 3)
        return ("+49 %s %s" % (a, b)) if intl else pick(r, ["0%s %s", "0%s/%s", "(0%s) %s"]) % (a, b)
    if cc == "CH":
        a = pick(r, ["79", "78", "76", "44", "22", "61"])
        x = "%s %s %s %s" % (a, digits(r, 3), digits(r, 2), digits(r, 2))
        return ("+41 " + x) if intl else ("0" + x)
    if cc == "FR":
        first = pick(r, ["1", "4", "6", "7", "6", "3", "5"])
        grp = [first] + _g(r, 2, 2, 2, 2)
        if intl:
            return pick(r, ["+33 %s %s %s %s %s", "+33 (0)%s %s %s %s %s"]) % tuple(grp)
        return pick(r, ["0%s %s %s %s %s", "0%s.%s.%s.%s.%s"]) % tuple(grp)
    if cc == "ES":
        if chance(r, 0.6):
            x = "%s%s %s %s" % (pick(r, "67"), digits(r, 2), digits(r, 3), digits(r, 3))
        else:
            x = "9%s %s %s %s" % (pick(r, "1345"), digits(r, 3), digits(r, 2), digits(r, 2))
        return ("+34 " + x) if intl else x
    if cc == "IT":
        if chance(r, 0.6):
            x = "3%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 4))
        else:
            x = "0%s %s" % (pick(r, ["6", "2", "81", "55", "11"]), digits(r, 8) if False else digits(r, 4) + " " + digits(r, 4))
        return ("+39 " + x) if intl else x
    if cc == "NL":
        if chance(r, 0.5):
            b = digits(r, 8)
            return ("+31 6 %s" % b) if intl else pick(r, ["06-%s", "06 %s"]) % b
        a = pick(r, ["20", "10", "30", "70", "23"])
        b = "%s %s" % (digits(r, 3), digits(r, 4))
        return ("+31 %s %s" % (a, b)) if intl else ("0%s %s" % (a, b))
    if cc == "PT":
        x = "%s%s %s %s" % (pick(r, ["91", "92", "93", "96", "21", "22"]), digits(r, 1), digits(r, 3), digits(r, 3))
        return ("+351 " + x) if intl else x
    if cc == "BR":
        ddd = pick(r, ["11", "21", "31", "41", "51", "81", "71", "61", "19"])
        x = "9%s-%s" % (digits(r, 4), digits(r, 4))
        return ("+55 %s %s" % (ddd, x)) if intl else ("(%s) %s" % (ddd, x))
    if cc == "MX":
        a = pick(r, ["55", "33", "81", "998", "222"])
        n = digits(r, 10 - len(a))
        x = "%s %s %s" % (a, n[:len(n) - 4], n[-4:])
        return ("+52 " + x) if intl else x
    if cc == "JP":
        if chance(r, 0.5):
            x = "%s-%s-%s" % (pick(r, ["90", "80", "70"]), digits(r, 4), digits(r, 4))
        else:
            x = "%s-%s-%s" % (pick(r, ["3", "6"]), digits(r, 4), digits(r, 4))
        return ("+81 " + x) if intl else ("0" + x)
    if cc == "IN":
        x = "%s%s %s" % (pick(r, "6789"), digits(r, 4), digits(r, 5))
        return ("+91 " + x) if intl else ("0" + x)
    if cc == "CN":
        x = "1%s%s %s %s" % (pick(r, "3589"), digits(r, 1), digits(r, 4), digits(r, 4))
        return ("+86 " + x) if intl else x
    if cc == "SG":
        x = "%s%s %s" % (pick(r, "689"), digits(r, 3), digits(r, 4))
        return ("+65 " + x) if intl else x
    if cc == "KR":
        x = "10-%s-%s" % (digits(r, 4), digits(r, 4))
        return ("+82 " + x) if intl else ("0" + x)
    if cc == "AE":
        if chance(r, 0.6):
            x = "5%s %s %s" % (pick(r, "0245"), digits(r, 3), digits(r, 4))
        else:
            x = "4 %s %s" % (digits(r, 3), digits(r, 4))
        return ("+971 " + x) if intl else ("0" + x)
    if cc == "NG":
        x = "%s %s %s" % (pick(r, ["803", "806", "813", "816", "703", "805", "909"]), digits(r, 3), digits(r, 4))
        return ("+234 " + x) if intl else ("0" + x)
    if cc == "ZA":
        x = "%s %s %s" % (pick(r, ["82", "83", "72", "71", "11", "21"]), digits(r, 3), digits(r, 4))
        return ("+27 " + x) if intl else ("0" + x)
    if cc == "AU":
        if chance(r, 0.6):
            x = "4%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3))
            return ("+61 " + x) if intl else ("0" + x)
        a = pick(r, "2378")
        b = "%s %s" % (digits(r, 4), digits(r, 4))
        return ("+61 %s %s" % (a, b)) if intl else ("(0%s) %s" % (a, b))
    if cc == "PL":
        x = "%s%s %s %s" % (pick(r, "5678"), digits(r, 2), digits(r, 3), digits(r, 3))
        return ("+48 " + x) if intl else x
    if cc == "TR":
        x = "5%s %s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2))
        return ("+90 " + x) if intl else ("0" + x)
    if cc == "SE":
        x = "7%s %s %s %s" % (pick(r, "0236"), digits(r, 3), digits(r, 2), digits(r, 2))
        return ("+46 " + x) if intl else ("0" + x)
    return phone(r, "US", intl)


def tollfree(r, cc="US"):
    if cc == "US":
        return pick(r, ["1-800-%s-%s", "1-888-%s-%s", "(877) %s-%s", "+1 866 %s %s"]) % (str(r.randint(2, 9)) + digits(r, 2), digits(r, 4))
    if cc == "GB":
        return "0800 %s %s" % (digits(r, 3), digits(r, 4))
    if cc == "DE":
        return "0800 %s %s" % (digits(r, 3), digits(r, 4))
    if cc == "FR":
        return "0 800 %s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2))
    if cc == "ES":
        return "900 %s %s" % (digits(r, 3), digits(r, 3))
    if cc == "IT":
        return "800 %s %s" % (digits(r, 3), digits(r, 3))
    if cc == "BR":
        return "0800 %s %s" % (digits(r, 3), digits(r, 4))
    return phone(r, cc, True)


# ---------------------------------------------------------------------------
# e-mail / urls / ips
# ---------------------------------------------------------------------------
FREEMAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "PT": ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt"],
    "BR": ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br", "hotmail.com"],
}


def email(r, p=None, domain=None):
    if p is None:
        p = person(r)
    g = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower()) or "x"
    f = re.sub(r"[^a-z]", "", ascii_fold(p.family).lower()) or "y"
    local = wchoice(r, [("%s.%s" % (g, f), 5), ("%s%s" % (g[0], f), 3), ("%s_%s" % (g, f), 1),
                        ("%s%s%d" % (g, f, r.randint(1, 99)), 2), ("%s.%s%d" % (f, g[0], r.randint(70, 99)), 1),
                        ("%s%d" % (g, r.randint(1950, 2005)), 1), ("%s-%s" % (f, g), 1)])
    if domain is None:
        domain = pick(r, FREEMAIL.get(p.cc, ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "proton.me"]))
    return "%s@%s" % (local, domain)


def ipv4(r, private=None):
    if private is None:
        private = chance(r, 0.4)
    if private:
        return pick(r, ["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                        "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                        "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    while True:
        a = r.randint(11, 223)
        if a not in (127, 169, 172, 192, 10, 100):
            return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r):
    pre = pick(r, ["2001:db8", "2a02:8108", "2607:f8b0", "2a01:4f8", "2001:67c", "2600:1f18", "fd12:3456"])
    groups = ["%x" % r.randint(0, 0xffff) for _ in range(r.choice([2, 3, 6]))]
    if len(groups) == 6:
        addr = pre + ":" + ":".join(groups)
    else:
        addr = pre + "::" + ":".join(groups)
    ipaddress.IPv6Address(addr)
    return addr


def ip(r):
    return ipv6(r) if chance(r, 0.18) else ipv4(r)

# ---------------------------------------------------------------------------
# dates and times
# ---------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
}
MON3 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def rdate(r, y0=2023, y1=2025):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(start, end))


def rdob(r, y0=1950, y1=2006):
    return rdate(r, y0, y1)


def plus(d, days):
    return d + _dt.timedelta(days=days)


def gds(d, year=True, y4=False):
    s = "%02d%s" % (d.day, MON3[d.month - 1])
    if year:
        s += ("%04d" % d.year) if y4 else ("%02d" % (d.year % 100))
    return s


def fdate(r, d, lang="en", style=None, wd=False):
    """Human-readable date in a language-appropriate style."""
    M = MONTHS[lang]
    if style is None:
        style = r.randrange(6)
    if lang == "en":
        s = [lambda: "%d %s %d" % (d.day, M[d.month - 1], d.year),
             lambda: "%s %d, %d" % (M[d.month - 1], d.day, d.year),
             lambda: "%d %s %d" % (d.day, M[d.month - 1][:3], d.year),
             lambda: d.isoformat(),
             lambda: "%02d/%02d/%d" % (d.month, d.day, d.year),
             lambda: "%02d/%02d/%d" % (d.day, d.month, d.year),
             lambda: "%s %d, %d" % (M[d.month - 1][:3], d.day, d.year),
             lambda: "%02d-%s-%d" % (d.day, M[d.month - 1][:3].upper(), d.year)][style % 8]()
        if wd:
            s = pick(r, ["%s, %s", "%s %s"]) % (pick(r, [WDAYS["en"][d.weekday()], WDAYS["en"][d.weekday()][:3]]), s)
        return s
    if lang == "de":
        s = [lambda: "%02d.%02d.%d" % (d.day, d.month, d.year),
             lambda: "%d. %s %d" % (d.day, M[d.month - 1], d.year),
             lambda: "%02d.%02d.%02d" % (d.day, d.month, d.year % 100),
             lambda: "%d.%d.%d" % (d.day, d.month, d.year)][style % 4]()
        if wd:
            s = "%s, %s" % (pick(r, [WDAYS["de"][d.weekday()], WDAYS["de"][d.weekday()][:2] + "."]), s)
        return s
    if lang == "fr":
        s = [lambda: "%02d/%02d/%d" % (d.day, d.month, d.year),
             lambda: "%s %s %d" % ("1er" if d.day == 1 else str(d.day), M[d.month - 1], d.year),
             lambda: "%02d.%02d.%d" % (d.day, d.month, d.year)][style % 3]()
        if wd:
            s = "%s %s" % (WDAYS["fr"][d.weekday()], s)
        return s
    if lang in ("es", "pt"):
        s = [lambda: "%02d/%02d/%d" % (d.day, d.month, d.year),
             lambda: "%d de %s de %d" % (d.day, M[d.month - 1], d.year),
             lambda: "%d/%d/%d" % (d.day, d.month, d.year)][style % 3]()
        if wd:
            s = "%s, %s" % (WDAYS[lang][d.weekday()], s)
        return s
    if lang == "it":
        s = [lambda: "%02d/%02d/%d" % (d.day, d.month, d.year),
             lambda: "%d %s %d" % (d.day, M[d.month - 1], d.year),
             lambda: "%02d.%02d.%d" % (d.day, d.month, d.year)][style % 3]()
        if wd:
            s = "%s %s" % (WDAYS["it"][d.weekday()], s)
        return s
    if lang == "nl":
        s = [lambda: "%02d-%02d-%d" % (d.day, d.month, d.year),
             lambda: "%d %s %d" % (d.day, M[d.month - 1], d.year)][style % 2]()
        if wd:
            s = "%s %s" % (WDAYS["nl"][d.weekday()], s)
        return s
    raise ValueError(lang)


def rtime(r):
    return r.randint(0, 23), pick(r, [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, r.randint(0, 59)])


def ftime(r, h, m, lang="en", style=None):
    if style is None:
        style = r.randrange(3)
    if lang == "en":
        if style == 1:
            hh = h % 12 or 12
            return "%d:%02d %s" % (hh, m, "AM" if h < 12 else "PM")
        if style == 2:
            hh = h % 12 or 12
            return "%d:%02d%s" % (hh, m, "am" if h < 12 else "pm")
        return "%02d:%02d" % (h, m)
    if lang == "fr":
        return pick(r, ["%02dh%02d", "%02d:%02d", "%dh%02d"]) % (h, m)
    if lang == "it":
        return pick(r, ["%02d:%02d", "%02d.%02d"]) % (h, m)
    return "%02d:%02d" % (h, m)


JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", ", " "], "fr": [" à ", " "], "es": [" a las ", ", "],
        "pt": [" às ", ", "], "it": [" alle ", ", ", " "], "nl": [", ", " "]}


def fdt(r, d, h, m, lang="en", dstyle=None, wd=False):
    return fdate(r, d, lang, dstyle, wd) + pick(r, JOIN[lang]) + ftime(r, h, m, lang)


# ---------------------------------------------------------------------------
# checksummed identifiers
# ---------------------------------------------------------------------------
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + digits(r, length - len(prefix) - 1)
    for c in DI:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(r, brand=None, sep=None):
    brand = brand or wchoice(r, [("visa", 5), ("mc", 4), ("amex", 2), ("disc", 1)])
    if brand == "visa":
        num = luhn_complete("4" + digits(r, 3), 16, r)
    elif brand == "mc":
        num = luhn_complete(pick(r, ["51", "52", "53", "54", "55", "2221", "2720", "2300"]), 16, r)
    elif brand == "amex":
        num = luhn_complete(pick(r, ["34", "37"]), 15, r)
    else:
        num = luhn_complete("6011", 16, r)
    if sep is None:
        sep = pick(r, [" ", "", "-", " "])
    if sep:
        if len(num) == 15:
            num = num[:4] + sep + num[4:10] + sep + num[10:]
        else:
            num = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return num, brand


def bad_luhn16(r):
    while True:
        n = str(r.randint(1, 9)) + digits(r, 15)
        if not luhn_ok(n):
            return n


IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "BE": 16, "AT": 20, "CH": 21, "PT": 25,
            "PL": 28, "IE": 22, "SE": 24, "DK": 18, "NO": 15, "FI": 18, "LU": 20, "TR": 26, "AE": 23, "GR": 27,
            "BR": 29, "SA": 24}
_IBAN_SPEC = {"DE": "n18", "FR": "n10c11n2", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "GB": "a4n14",
              "BE": "n12", "AT": "n16", "CH": "n17", "PT": "n21", "PL": "n24", "IE": "a4n14", "SE": "n20",
              "DK": "n14", "NO": "n11", "FI": "n14", "LU": "n16", "TR": "n5z1n16", "AE": "n19", "GR": "n23",
              "BR": "n23a1c1", "SA": "n20"}
_BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"],
          "IE": ["AIBK", "BOFI", "IPBS"]}


def _iban_check(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(s) % 97)


def iban(r, cc=None, grouped=None):
    cc = cc or pick(r, ["DE", "FR", "ES", "IT", "NL", "GB", "BE", "AT", "CH", "PT", "PL", "IE", "SE", "LU", "TR", "GR"])
    spec = _IBAN_SPEC[cc]
    bban = ""
    for kind, n in re.findall(r"([ancz])(\d+)", spec):
        n = int(n)
        if kind == "n":
            bban += digits(r, n)
        elif kind == "a":
            if cc in _BANKS and n == 4:
                bban += pick(r, _BANKS[cc])
            else:
                bban += rs(r, n, UP)
        elif kind == "c":
            bban += rs(r, n, UPDI) if cc not in ("FR",) else digits(r, n)
        else:
            bban += "0" * n
    out = cc + _iban_check(cc, bban) + bban
    assert len(out) == IBAN_LEN[cc], (cc, out)
    if grouped is None:
        grouped = chance(r, 0.6)
    if grouped:
        out = " ".join(out[i:i + 4] for i in range(0, len(out), 4))
    return out


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s.isalnum() or s != s.upper():
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def ssn(r, sep=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    if sep is None:
        sep = pick(r, ["-", "-", "-", " ", ""])
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s)


def bad_ssn(r):
    a = pick(r, ["000", "666", str(r.randint(900, 999))])
    return "%s-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


SSN_RE = re.compile(r"^(\d{3})([- ]?)(\d{2})\2(\d{4})$")


def ssn_ok(s):
    m = SSN_RE.match(s)
    if not m:
        return False
    a, g, sr = m.group(1), m.group(3), m.group(4)
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and sr != "0000"


def dl_number(r, st=None):
    st = st or pick(r, ["CA", "NY", "FL", "TX", "IL", "WA", "GB", "DE", "AZ", "CO"])
    if st == "CA":
        return "%s%s" % (pick(r, UP), digits(r, 7)), st
    if st == "NY":
        return "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3)), st
    if st == "FL":
        return "%s%s-%s-%s-%s-%s" % (pick(r, UP), digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1)), st
    if st == "TX":
        return digits(r, 8), st
    if st == "IL":
        return "%s%s-%s-%s" % (pick(r, UP), digits(r, 3), digits(r, 4), digits(r, 4)), st
    if st == "WA":
        return "WDL" + rs(r, 9, UPDI), st
    if st == "AZ":
        return "D" + digits(r, 8), st
    if st == "CO":
        return "%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4)), st
    if st == "GB":
        return "%s%s%s%s%s" % (rs(r, 5, UP), digits(r, 6), rs(r, 2, UP), digits(r, 1), rs(r, 2, UP)), st
    if st == "DE":
        return "%s%s%s" % (pick(r, "BJNF"), digits(r, 3), rs(r, 7, UPDI)), st
    return digits(r, 9), st


# ---------------------------------------------------------------------------
# secrets
# ---------------------------------------------------------------------------
def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def aws_key(r):
    return "AKIA" + rs(r, 16, UPDI)


def aws_secret(r):
    return rs(r, 40, AN + "/+")


def gh_token(r):
    return "ghp_" + rs(r, 36)


def slack_token(r):
    return "%s-%s-%s-%s" % (pick(r, ["xoxb", "xoxb", "xoxp"]), digits(r, 12), digits(r, 13), rs(r, 24))


def stripe_key(r):
    return pick(r, ["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 32, 34, 48]))


def jwt(r, payload=None):
    hdr = {"alg": pick(r, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if chance(r, 0.4):
        hdr["kid"] = rs(r, 8, HEX)
    if payload is None:
        iat = r.randint(1690000000, 1740000000)
        payload = {"sub": rs(r, 10, DI), "iat": iat, "exp": iat + pick(r, [900, 3600, 86400])}
        if chance(r, 0.6):
            payload["scope"] = pick(r, ["crew:read", "pnr:write booking:read", "ops.read ops.write", "mx:read"])
        if chance(r, 0.5):
            payload["iss"] = pick(r, ["https://auth.nordwing.aero", "https://sso.crewlink.app", "dcs-gateway"])
    sig = rs(r, 43 if hdr["alg"] == "HS256" else 86, B64U)
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(payload, separators=(",", ":")).encode()), sig)


def pem(r, kind=None):
    kind = kind or pick(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = {"RSA PRIVATE KEY": r.randint(880, 1190), "PRIVATE KEY": r.randint(880, 1210),
         "EC PRIVATE KEY": 121, "OPENSSH PRIVATE KEY": r.randint(380, 420)}[kind]
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


_PW_WORDS = ["Cessna", "Runway", "Falcon", "Skyhawk", "Piper", "Cirrus", "Tango", "Alpha", "Kestrel", "Jetstream",
             "Harbour", "Summer", "Monsoon", "Pilot", "Condor", "Mistral", "Boreal", "Zephyr", "Orion", "Lima",
             "Sierra", "Mango", "Papaya", "Tulipe", "Giraffe", "Winter"]


def password(r, safe=False):
    sym = "!*-_.~" if safe else "!#$%&*?@"
    k = r.randrange(5)
    if k == 0:
        return "%s%s%d%s" % (pick(r, _PW_WORDS), pick(r, sym), r.randint(10, 9999), pick(r, ["", "x", "!"]))
    if k == 1:
        return rs(r, r.randint(12, 20), AN + ("!*-_.~" if safe else "!#%&*+-=?@^_"))
    if k == 2:
        return "%s-%s-%s%d" % (pick(r, _PW_WORDS).lower(), pick(r, _PW_WORDS).lower(), pick(r, _PW_WORDS).lower(), r.randint(1, 99))
    if k == 3:
        w = pick(r, _PW_WORDS)
        return w.replace("a", "4" if safe else "@").replace("o", "0").replace("e", "3") + str(r.randint(1, 99)) + pick(r, "!*" if safe else "!$#")
    return rs(r, 4, UP) + rs(r, 4, DI) + rs(r, 4, LO) + pick(r, "!*" if safe else "!?#")


def passcode(r):
    return pick(r, [digits(r, 6), rs(r, 8, AN), digits(r, 4) + rs(r, 2, UP)])


def gsecret(r):
    k = r.randrange(6)
    if k == 0:
        return rs(r, 32, HEX)
    if k == 1:
        return rs(r, 40, HEX)
    if k == 2:
        return "whsec_" + rs(r, 32)
    if k == 3:
        return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    if k == 4:
        return pick(r, ["key-", "sk-", "ak_", "api_"]) + rs(r, 32)
    return rs(r, 8, HEX) + "-" + rs(r, 4, HEX) + "-" + rs(r, 4, HEX) + "-" + rs(r, 4, HEX) + "-" + rs(r, 12, HEX) + "." + rs(r, 24)


# ---------------------------------------------------------------------------
# domain hard-negative identifiers (never labelled)
# ---------------------------------------------------------------------------
LOC_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
AIRLINES = [("Nordwing Airlines", "NQ", "nordwing.aero", "WingPoints", "784"),
            ("Aurora Atlantic", "A7", "auroraatlantic.com", "Aurora Club", "612"),
            ("Aerolíneas Solaris", "XS", "solaris-air.es", "Solaris Millas", "548"),
            ("Cielo Andino", "J9", "cieloandino.com", "Andino Plus", "397"),
            ("Alpenflug", "W4", "alpenflug.de", "Gipfel Meilen", "251"),
            ("Lusavia", "P8", "lusavia.pt", "Voar+", "466"),
            ("Air Méridienne", "RZ", "airmeridienne.fr", "Méridienne Fidélité", "338"),
            ("Transmarine Air", "T7", "transmarine.aero", "Horizon Miles", "905"),
            ("Pacifica Air", "KV", "pacifica-air.com", "Pacifica Rewards", "724"),
            ("Karavan Air", "Q5", "karavanair.com.tr", "KaravanMil", "570"),
            ("Tulip Regional", "TQ", "tulipregional.nl", "Tulip Miles", "219"),
            ("Azzurra Jet", "ZJ", "azzurrajet.it", "Azzurra Club", "487")]
CHARTER_COS = ["Altair Private Aviation", "Jetstream Executive", "BlueOcean Charter", "Meridian Jet Partners",
               "Northstar Air Charter", "Vega Business Aviation"]
MROS = ["Aerotech MRO", "Nordic Wings Technik", "Skybase Engineering", "Atlas Line Maintenance", "Kestrel Aero Services"]
SCHOOLS = ["Skyline Flight Academy", "Blue Horizon Aviation", "Crosswind Flight Training", "Tailwind Aero Club",
           "Cumulus Pilot School", "Eagle Crest Aviation"]
AC_TYPES = ["A320", "A321neo", "A319", "A330-300", "A350-900", "B737-800", "B737 MAX 8", "B787-9", "B777-300ER",
            "E190", "E195-E2", "ATR 72-600", "Dash 8-400", "CRJ900"]
BIZJETS = ["Citation XLS+", "Phenom 300E", "Challenger 350", "Global 6000", "Falcon 7X", "Learjet 75", "King Air 350i",
           "PC-12 NGX", "Gulfstream G650ER", "Legacy 500"]
TRAINERS = ["C172S", "C152", "PA-28-161", "DA40 NG", "DA42-VI", "SR20", "Tecnam P2008", "PA-44-180"]


def airline(r):
    return pick(r, AIRLINES)


def pnr_loc(r):
    return rs(r, 6, LOC_ALPHA)


def flight_no(r, code=None):
    return "%s%d" % (code or airline(r)[1], r.randint(1, 2999))


def eticket(r, pfx=None, dash=None):
    pfx = pfx or airline(r)[4]
    body = digits(r, 10)
    if dash is None:
        dash = chance(r, 0.5)
    return "%s-%s" % (pfx, body) if dash else pfx + body


def bag_tag(r, pfx=None):
    return "0%s%s" % (pfx or airline(r)[4], digits(r, 6))


def wt_ref(r, station, code):
    return "%s%s%05d" % (station, code, r.randint(1, 99999))


def reg(r):
    return pick(r, [lambda: "D-A" + rs(r, 3, UP), lambda: "G-" + rs(r, 4, UP), lambda: "N%d%s" % (r.randint(100, 999), rs(r, 2, UP)),
                    lambda: "EC-" + rs(r, 3, UP), lambda: "F-H" + rs(r, 3, UP), lambda: "PH-" + rs(r, 3, UP),
                    lambda: "EI-" + rs(r, 3, UP), lambda: "9H-" + rs(r, 3, UP), lambda: "OE-L" + rs(r, 2, UP),
                    lambda: "HB-J" + rs(r, 2, UP), lambda: "CS-T" + rs(r, 2, UP), lambda: "TC-J" + rs(r, 2, UP)])()


def ga_reg(r):
    return pick(r, [lambda: "N%d%s" % (r.randint(1000, 99999), rs(r, r.choice([0, 1, 2]), UP)),
                    lambda: "G-" + rs(r, 4, UP), lambda: "D-E" + rs(r, 3, UP), lambda: "EC-" + rs(r, 3, UP)])()


def staff_no(r):
    return pick(r, [digits(r, 6), "E" + digits(r, 5), digits(r, 5), "%s%s" % (rs(r, 3, UP), digits(r, 4))])


def uuid(r):
    h = rs(r, 32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick(r, "89ab"), h[17:20], h[20:32])


def sha(r, n=40):
    return rs(r, n, HEX)


def passport_no(r, cc):
    if cc == "DE":
        return "C" + rs(r, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if cc in ("US", "GB", "AU", "CA", "IE", "IN"):
        return pick(r, UP) + digits(r, 7) if cc in ("IN", "CA", "AU") else digits(r, 9)
    if cc == "FR":
        return digits(r, 2) + rs(r, 2, UP) + digits(r, 5)
    return rs(r, 2, UP) + digits(r, 7)


ISO3 = {"US": "USA", "GB": "GBR", "DE": "DEU", "FR": "FRA", "ES": "ESP", "IT": "ITA", "NL": "NLD", "PT": "PRT",
        "BR": "BRA", "MX": "MEX", "JP": "JPN", "IN": "IND", "CN": "CHN", "SG": "SGP", "KR": "KOR", "AE": "ARE",
        "NG": "NGA", "ZA": "ZAF", "AU": "AUS", "CA": "CAN", "PL": "POL", "TR": "TUR", "SE": "SWE", "CH": "CHE",
        "IE": "IRL"}
AIRPORTS = ["FRA", "MUC", "LHR", "LGW", "MAN", "CDG", "ORY", "NCE", "MAD", "BCN", "PMI", "FCO", "MXP", "AMS", "LIS",
            "OPO", "GRU", "GIG", "MEX", "CUN", "HND", "NRT", "BOM", "DEL", "PVG", "SIN", "ICN", "DXB", "LOS", "JNB",
            "SYD", "YYZ", "YVR", "WAW", "IST", "ARN", "ZRH", "GVA", "DUB", "JFK", "ORD", "LAX", "SFO", "MIA", "BOS",
            "DEN", "SEA", "ATL", "IAH", "KEF", "ATH", "VIE", "CPH", "OSL", "HEL", "BRU", "DOH", "EWR", "PHX"]
ICAO = ["EDDF", "EDDM", "EGLL", "EGKK", "EGCC", "LFPG", "LFPO", "LFMN", "LEMD", "LEBL", "LEPA", "LIRF", "LIMC",
        "EHAM", "LPPT", "LPPR", "SBGR", "MMMX", "RJTT", "VABB", "WSSS", "RKSI", "OMDB", "FAOR", "YSSY", "CYYZ",
        "EPWA", "LTFM", "ESSA", "LSZH", "LSGG", "EIDW", "KJFK", "KORD", "KLAX", "KSFO", "KMIA", "KBOS", "KDEN",
        "BIKF", "LGAV", "LOWW", "EKCH", "ENGM", "EFHK", "EBBR"]


def two_airports(r):
    a = pick(r, AIRPORTS)
    while True:
        b = pick(r, AIRPORTS)
        if b != a:
            return a, b


def amount(r, cur=None, lo=20, hi=4000):
    cur = cur or pick(r, ["EUR", "USD", "GBP", "CHF"])
    v = r.randint(lo * 100, hi * 100) / 100
    return "%s %.2f" % (cur, v)


def hhmm(r):
    return "%02d%02d" % (r.randint(0, 23), r.randint(0, 59))


def mask_card(r):
    return pick(r, ["**** **** **** %s", "XXXX-XXXX-XXXX-%s", "************%s", "xxxx %s", "ending in %s"]) % digits(r, 4)

# ---------------------------------------------------------------------------
# shared document helpers
# ---------------------------------------------------------------------------
_WD3 = "Mon Tue Wed Thu Fri Sat Sun".split()
_MN3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def rfc_date(r, d=None):
    d = d or rdate(r)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (_WD3[d.weekday()], d.day, _MN3[d.month - 1], d.year, r.randint(0, 23),
                                              r.randint(0, 59), r.randint(0, 59),
                                              pick(r, ["+0000", "+0100", "+0200", "-0500", "-0400", "+0530", "+0900"]))


def log_ts(r, d=None, style=None):
    d = d or rdate(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    if style is None:
        style = r.randrange(4)
    if style == 0:
        return "%sT%02d:%02d:%02d.%03dZ" % (d.isoformat(), h, m, s, r.randint(0, 999))
    if style == 1:
        return "%s %02d:%02d:%02d,%03d" % (d.isoformat(), h, m, s, r.randint(0, 999))
    if style == 2:
        return "%02d/%s/%d:%02d:%02d:%02d +0000" % (d.day, _MN3[d.month - 1], d.year, h, m, s)
    return "%s %02d:%02d:%02d" % (d.isoformat(), h, m, s)


def log_series(r, day, n, style=None):
    """n chronologically sorted log timestamps on one day."""
    if style is None:
        style = r.randrange(4)
    secs = sorted(r.randint(0, 86399) for _ in range(n))
    out = []
    for s in secs:
        h, m, sec = s // 3600, (s // 60) % 60, s % 60
        if style == 0:
            out.append("%sT%02d:%02d:%02d.%03dZ" % (day.isoformat(), h, m, sec, r.randint(0, 999)))
        elif style == 1:
            out.append("%s %02d:%02d:%02d,%03d" % (day.isoformat(), h, m, sec, r.randint(0, 999)))
        elif style == 2:
            out.append("%02d/%s/%d:%02d:%02d:%02d +0000" % (day.day, _MN3[day.month - 1], day.year, h, m, sec))
        else:
            out.append("%s %02d:%02d:%02d" % (day.isoformat(), h, m, sec))
    return out


STATION_CC = {"US": ["JFK", "ORD", "LAX", "MIA", "BOS", "SEA"], "GB": ["LHR", "LGW", "MAN"], "DE": ["FRA", "MUC", "HAM"],
              "FR": ["CDG", "ORY", "NCE"], "ES": ["MAD", "BCN", "PMI"], "NL": ["AMS"], "IT": ["FCO", "MXP"],
              "AU": ["SYD", "MEL"], "CA": ["YYZ", "YVR"], "PT": ["LIS", "OPO"], "CH": ["ZRH", "GVA"], "IE": ["DUB"]}


def station_for(r, cc):
    return pick(r, STATION_CC[cc])


def mailbox(d, r, p, addr, quote=None):
    """Write 'Name <addr>' (or '"Last, First" <addr>' or bare addr)."""
    if p is None:
        d.e(addr, "EMAIL_ADDRESS")
        return
    k = r.randrange(5) if quote is None else quote
    if k == 0:
        d.t('"').e(p.last_first, "PERSON").t('" <').e(addr, "EMAIL_ADDRESS").t(">")
    elif k == 1:
        d.e(addr, "EMAIL_ADDRESS")
    else:
        d.e(p.full, "PERSON").t(" <").e(addr, "EMAIL_ADDRESS").t(">")


def org_mailbox(d, r, label, addr):
    d.t(label + " <").e(addr, "EMAIL_ADDRESS").t(">")


def email_head(d, r, frm, to, subject, cc=None, date=None, extra=True):
    """frm/to: (Person|None, addr) or (str_label, addr) for role mailboxes."""
    order = ["from", "to", "date", "subject"]
    if chance(r, 0.3):
        order = ["date", "from", "to", "subject"]
    for h in order:
        if h == "from":
            d.t("From: ")
            _mb(d, r, frm)
            d.t("\n")
        elif h == "to":
            d.t("To: ")
            _mb(d, r, to)
            d.t("\n")
            if cc:
                d.t("Cc: ")
                for i, c in enumerate(cc):
                    if i:
                        d.t(", ")
                    _mb(d, r, c)
                d.t("\n")
        elif h == "date":
            d.t("Date: " + (date or rfc_date(r)) + "\n")
        else:
            d.t("Subject: " + subject + "\n")
    if extra and chance(r, 0.35):
        d.t("Message-ID: <%s@%s>\n" % (rs(r, 16, HEX), pick(r, ["mail.nordwing.aero", "mx.crewlink.app", "smtp.gmail.com"])))
    d.t("\n")


def _mb(d, r, box):
    who, addr = box
    if who is None:
        d.e(addr, "EMAIL_ADDRESS")
    elif isinstance(who, str):
        org_mailbox(d, r, who, addr)
    else:
        mailbox(d, r, who, addr)


def corp_email(r, p, domain):
    g = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower())
    f = re.sub(r"[^a-z]", "", ascii_fold(p.family).lower())
    return pick(r, ["%s.%s@%s", "%s%s@%s"]) % (g if chance(r, 0.7) else g[0], f, domain)


def sign_off(d, r, p, role, org, lang="en", ph=True, em=None, cc=None):
    closing = {"en": ["Kind regards,", "Best regards,", "Thanks,", "Regards,", "Best,"],
               "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
               "fr": ["Cordialement,", "Bien cordialement,", "Salutations distinguées,"],
               "es": ["Saludos cordiales,", "Un saludo,", "Atentamente,"],
               "pt": ["Atenciosamente,", "Cumprimentos,", "Obrigado,"],
               "it": ["Cordiali saluti,", "Distinti saluti,", "Un saluto,"],
               "nl": ["Met vriendelijke groet,", "Groeten,"]}[lang]
    d.t("\n" + pick(r, closing) + "\n")
    d.e(p.full, "PERSON").t("\n")
    if role:
        d.t(role + "\n")
    if org:
        d.t(org + "\n")
    if ph:
        d.t(pick(r, ["Tel: ", "T: ", "Phone: ", "Mobile: ", "M: ", "Direct: "]) if lang == "en" else
            pick(r, ["Tel.: ", "Tél. : ", "Tel: ", "Tel. "]))
        d.e(phone(r, cc or p.cc), "PHONE_NUMBER")
        if lang == "en" and chance(r, 0.15):
            d.t(" ext. %d" % r.randint(100, 4999))
        d.t("\n")
    if em:
        d.e(em, "EMAIL_ADDRESS").t("\n")


def dual(r, en, other, lang):
    return en if lang == "en" else other


def crew_rank(r, cabin=None):
    if cabin is None:
        cabin = chance(r, 0.55)
    return pick(r, ["SCC", "CC", "CC", "PUR", "FA", "CA"]) if cabin else pick(r, ["CPT", "FO", "SFO", "CPT", "FO"])

# ===========================================================================
# KINDS: crew
# ===========================================================================
DUTY_CODES = ["OFF", "OFF", "SBY", "RES", "LVE", "GRD", "SIM", "CRM", "ADO"]


def k_crew_roster(r):
    d = Doc()
    al = airline(r)
    base = pick(r, ["FRA", "MUC", "LIS", "MAD", "AMS", "DUB", "LGW", "IST", "FCO", "ZRH"])
    p = person(r, any_cc(r))
    rank = crew_rank(r)
    start = rdate(r).replace(day=1)
    days = r.randint(8, 16)
    end = plus(start, days - 1)
    d.t("%s  -  %s\n" % (al[0].upper(), pick(r, ["CREW ROSTER", "INDIVIDUAL ROSTER", "PERSONAL DUTY PLAN", "Roster publication"])))
    d.t("Period: ").e(gds(start), "DATE_TIME").t(" - ").e(gds(end), "DATE_TIME").t("\n")
    name = pick(r, [p.last_first.upper(), p.full, "%s, %s" % (p.family.upper(), p.given)])
    d.t(pick(r, ["Crew member: ", "Name: ", "Crew: "])).e(name, "PERSON")
    d.t("   %s   Staff no %s   Base %s\n" % (rank, staff_no(r), base))
    if chance(r, 0.4):
        d.t("Contract: %s   Qualif: %s\n" % (pick(r, ["FT 100%", "PT 75%", "PT 50%"]), pick(r, AC_TYPES)))
    d.t("\n")
    sep = pick(r, ["  ", " | "])
    d.t(sep.join(["DATE      ", "DUTY  ", "REPORT", "FLIGHTS              ", "ROUTE          ", "OFF   ", "BLH  "]) + "\n")
    d.t("-" * 86 + "\n")
    for i in range(days):
        day = plus(start, i)
        ds = "%s %s" % (_WD3[day.weekday()], gds(day, year=False))
        d.e(ds, "DATE_TIME").t(" " * (10 - len(ds)) + sep)
        kind = r.random()
        if kind < 0.55:
            pair = "P%04d" % r.randint(1, 9999)
            h, m = r.randint(4, 16), pick(r, [0, 5, 10, 15, 20, 30, 40, 45, 50])
            d.t(pair + " " * (6 - len(pair)) + sep)
            d.e("%02d:%02d" % (h, m), "DATE_TIME").t(sep)
            n1 = r.randint(10, 1999)
            dest = pick(r, AIRPORTS)
            fl = "%s%d %s%d" % (al[1], n1, al[1], n1 + 1)
            d.t(fl.ljust(21) + sep + ("%s-%s-%s" % (base, dest, base)).ljust(15) + sep)
            oh = (h + r.randint(6, 11)) % 24
            d.e("%02d:%02d" % (oh, pick(r, [5, 15, 25, 35, 45, 55])), "DATE_TIME")
            d.t(sep + "%d:%02d" % (r.randint(3, 9), r.randint(0, 59)) + "\n")
        else:
            code = pick(r, DUTY_CODES)
            d.t(code.ljust(6) + sep)
            if code in ("SBY", "RES"):
                h = r.randint(4, 10)
                d.e("%02d:00" % h, "DATE_TIME").t("-").e("%02d:00" % (h + 10), "DATE_TIME")
            elif code in ("SIM", "CRM", "GRD"):
                d.e("%02d:%02d" % (r.randint(6, 13), pick(r, [0, 30])), "DATE_TIME").t(sep + pick(r, ["SIM FFS A320 BAY 3", "CRM ROOM 2.14", "SEP TRAINING", "E-LEARNING"]))
            d.t("\n")
    d.t("\n")
    if chance(r, 0.6):
        c = person(r, any_cc(r))
        d.t(pick(r, ["Crew on ", "Crew list "]) + "P%04d: CPT " % r.randint(1, 9999)).e(c.family.upper(), "PERSON")
        c2 = person(r, any_cc(r))
        d.t(" / SCC ").e(c2.full, "PERSON").t("\n")
    d.t("Totals: BLH %d:%02d  FDP %d:%02d  Days off %d\n" % (r.randint(30, 90), r.randint(0, 59), r.randint(60, 140),
                                                         r.randint(0, 59), r.randint(6, 12)))
    d.t(pick(r, ["Times are local base time.", "All times LT.", "Times in UTC unless marked L."]) + "\n")
    return d


def k_pairing_csv(r):
    d = Doc()
    al = airline(r)
    base = pick(r, ["MUC", "FRA", "JFK", "LHR", "CDG", "MAD", "GRU", "SIN"])
    cols = ["pairing_id", "start_date", "end_date", "base", "legs", "captain", "first_officer", "purser", "tafb", "credit"]
    if chance(r, 0.4):
        cols.remove("purser")
    d.t(",".join(cols) + "\n")
    dfmt = r.randrange(3)
    for _ in range(r.randint(4, 9)):
        s = rdate(r)
        e = plus(s, r.randint(0, 4))
        vals = []
        for c in cols:
            if c == "pairing_id":
                vals.append(("P%d" % r.randint(1000, 9999), None))
            elif c in ("start_date", "end_date"):
                dd = s if c == "start_date" else e
                vals.append(([dd.isoformat(), "%02d/%02d/%d" % (dd.month, dd.day, dd.year), gds(dd, True, True)][dfmt], "DATE_TIME"))
            elif c == "base":
                vals.append((base, None))
            elif c == "legs":
                a, b = two_airports(r)
                n = r.randint(1, 2999)
                vals.append(('"%s%d %s-%s; %s%d %s-%s"' % (al[1], n, base, b, al[1], n + 1, b, base), None))
            elif c in ("captain", "first_officer", "purser"):
                pp = person(r, any_cc(r))
                vals.append((pick(r, ["%s %s" % (pp.family, pp.given), pp.full, pp.last_first]), "PERSON"))
            elif c == "tafb":
                vals.append(("%d:%02d" % (r.randint(8, 96), r.randint(0, 59)), None))
            else:
                vals.append(("%.2f" % (r.randint(300, 2000) / 100), None))
        for i, (v, typ) in enumerate(vals):
            if i:
                d.t(",")
            if typ == "PERSON" and "," in v:
                d.t('"').e(v, typ).t('"')
            elif typ:
                d.e(v, typ)
            else:
                d.t(v)
        d.t("\n")
    return d


def k_crew_swap_email(r):
    d = Doc()
    al = airline(r)
    a = person(r, any_cc(r))
    b = person(r, any_cc(r))
    ea = email(r, a)
    sched = "crewscheduling@" + al[2]
    d1 = rdate(r)
    d2 = plus(d1, r.randint(1, 9))
    email_head(d, r, (a, ea), ("Crew Scheduling", sched), pick(r, ["Trip swap request", "Swap request - pairing P%d" % r.randint(1000, 9999), "Request: duty swap"]),
               cc=[(b, email(r, b))] if chance(r, 0.5) else None, date=rfc_date(r, plus(d1, -r.randint(2, 20))))
    d.t(pick(r, ["Hi team,", "Hello Scheduling,", "Dear Crew Scheduling,"]) + "\n\n")
    d.t("I would like to request a swap of my pairing P%d on " % r.randint(1000, 9999))
    d.e(fdate(r, d1, "en", wd=chance(r, 0.4)), "DATE_TIME")
    d.t(" with %s " % pick(r, ["FO", "SFO", "CC", "SCC", "Capt."]))
    d.e(b.full, "PERSON")
    d.t(" (staff %s), who has agreed to take it in exchange for her/his standby on " % staff_no(r))
    d.e(fdate(r, d2, "en"), "DATE_TIME").t(".\n")
    d.t("Both of us remain within FTL limits; my rest before the first sector would be %d:%02d." % (r.randint(12, 30), r.randint(0, 59)))
    d.t(" The report time of the new duty is ").e(ftime(r, r.randint(4, 18), pick(r, [0, 15, 30, 45]), "en"), "DATE_TIME").t(".\n\n")
    if chance(r, 0.6):
        d.t("If anything is unclear you can reach me on ").e(phone(r, a.cc), "PHONE_NUMBER")
        k = r.randrange(3)
        if k == 0:
            d.t(" (WhatsApp too).\n")
        elif k == 1:
            d.t(".\n")
        else:
            d.t(" any time before ").e(ftime(r, r.randint(20, 23), 0, "en"), "DATE_TIME").t(" LT.\n")
    sign_off(d, r, a, "%s, base %s" % (crew_rank(r), pick(r, AIRPORTS)), None, ph=False)
    if chance(r, 0.4):
        d.t("\n-- \nSent from my iPhone\n")
    return d


def k_dienstplan_de(r):
    d = Doc()
    al = airline(r)
    p = person(r, "DE")
    cc_agent = person(r, "DE")
    day = rdate(r)
    email_head(d, r, ("Crew Control %s" % al[0], "crewcontrol@" + al[2]), (p, corp_email(r, p, al[2])),
               pick(r, ["Dienstplanänderung", "Änderung Ihres Dienstplans", "WICHTIG: Umlaufänderung"]) + " P%d" % r.randint(1000, 9999), date=rfc_date(r, plus(day, -r.randint(0, 2))))
    d.t("%s %s " % (pick(r, ["Hallo", "Guten Tag", "Liebe" if p.sex == "F" else "Lieber"]), p.title("de"))).e(p.family, "PERSON").t(",\n\n")
    d.t("wir müssen Ihren Dienstplan leider kurzfristig anpassen. Ihr Umlauf am ")
    d.e(fdate(r, day, "de", wd=chance(r, 0.5)), "DATE_TIME")
    old_h, new_h = r.randint(5, 9), r.randint(4, 8)
    d.t(" beginnt nun mit Meldezeit ").e("%02d:%02d" % (new_h, pick(r, [0, 15, 30, 45])), "DATE_TIME")
    d.t(" statt ").e("%02d:%02d" % (old_h, pick(r, [0, 15, 30, 45])), "DATE_TIME").t(".\n\n")
    a, b = two_airports(r)
    d.t("Neuer Einsatz: %s%d %s-%s, anschließend %s%d zurück. Die Ruhezeit danach beträgt mindestens %d Stunden.\n"
        % (al[1], r.randint(100, 999), a, b, al[1], r.randint(100, 999), r.randint(10, 14)))
    if chance(r, 0.5):
        d.t("Hotel in ")
        d.e(wcity(r, "de")[0], "LOCATION")
        d.t(" ist gebucht, Abholung ")
        d.e(ftime(r, r.randint(6, 20), pick(r, [0, 30]), "de"), "DATE_TIME").t(" am Crew-Ausgang.\n")
    d.t("\nBitte bestätigen Sie die Änderung in der Crew-App oder telefonisch unter ")
    d.e(phone(r, "DE"), "PHONE_NUMBER").t(".\n")
    sign_off(d, r, cc_agent, "Crew Control / Einsatzsteuerung", al[0], "de", ph=chance(r, 0.5), cc="DE")
    return d


def k_crew_contact_sheet(r):
    d = Doc()
    al = airline(r)
    day = rdate(r)
    d.t("CREW CONTACT SHEET - %s%d / %s\n" % (al[1], r.randint(1, 2999), "-".join(two_airports(r))))
    d.t("Date of operation: ").e(fdate(r, day, "en", style=pick(r, [0, 2, 3])), "DATE_TIME").t("\n")
    d.t("CONFIDENTIAL - for operational use only\n\n")
    csv = chance(r, 0.5)
    if csv:
        d.t("role;name;staff_no;mobile;email\n")
    else:
        d.t("%-5s %-28s %-8s %-20s %s\n" % ("ROLE", "NAME", "STAFF", "MOBILE", "E-MAIL"))
    roles = ["CPT", "FO"] + (["SFO"] if chance(r, 0.3) else []) + ["SCC"] + ["CC"] * r.randint(2, 5)
    for role in roles:
        p = person(r, any_cc(r))
        nm = pick(r, [p.full, p.last_first, p.upper])
        ph = phone(r, p.cc, intl=True)
        em = email(r, p) if chance(r, 0.4) else corp_email(r, p, al[2])
        sn = staff_no(r)
        if csv:
            d.t(role + ";").e(nm, "PERSON").t(";%s;" % sn).e(ph, "PHONE_NUMBER").t(";").e(em, "EMAIL_ADDRESS").t("\n")
        else:
            d.t("%-5s " % role).e(nm, "PERSON").t(" " * max(1, 29 - len(nm)) + "%-8s " % sn)
            d.e(ph, "PHONE_NUMBER").t(" " * max(1, 21 - len(ph))).e(em, "EMAIL_ADDRESS").t("\n")
    d.t("\nOCC duty manager: ").e(phone(r, pick(r, ["DE", "GB", "NL", "ES"])), "PHONE_NUMBER").t(" (24h)\n")
    return d


def k_rooming_list(r):
    d = Doc()
    al = airline(r)
    city, iata, ccc = wcity(r)
    addr = address(r, ccc if ccc in COUNTRY_NAME else "US")
    hotel = pick(r, ["Airport Plaza Hotel", "Crowne Gate Hotel", "Skyview Suites", "Hotel Aeroporto", "Novum Airport Inn",
                     "Harbourside Crew Lodge"])
    ci = rdate(r)
    co = plus(ci, r.randint(1, 3))
    d.t("ROOMING LIST / CREW LAYOVER\nTo: %s - Reservations\nFrom: %s Crew Hotel Desk\n\n" % (hotel, al[0]))
    d.t("Hotel address: ").e(addr.one(True), "ADDRESS").t("\n")
    d.t("Hotel tel: ").e(phone(r, addr.cc), "PHONE_NUMBER").t("\n")
    d.t("Flight in: %s%d ETA " % (al[1], r.randint(1, 2999))).e(ftime(r, r.randint(0, 23), pick(r, [0, 10, 25, 40, 55])), "DATE_TIME")
    d.t("   Flight out: %s%d\n" % (al[1], r.randint(1, 2999)))
    d.t("Check-in: ").e(fdate(r, ci, "en", style=2), "DATE_TIME").t("   Check-out: ").e(fdate(r, co, "en", style=2), "DATE_TIME").t("\n\n")
    d.t("%-4s %-30s %-5s %-9s %s\n" % ("#", "NAME", "RANK", "ROOM", "WAKE-UP"))
    for i in range(r.randint(4, 10)):
        p = person(r, any_cc(r))
        nm = pick(r, [p.pnr, p.full.upper(), p.last_first])
        d.t("%-4d " % (i + 1)).e(nm, "PERSON").t(" " * max(1, 31 - len(nm)) + "%-5s %-9s " % (crew_rank(r), pick(r, ["TBA", str(r.randint(101, 1420))])))
        d.e("%02d:%02d" % (r.randint(3, 12), pick(r, [0, 15, 30, 45])), "DATE_TIME").t("\n")
    d.t("\nBilling: direct to %s, account %s. Incidentals for crew's own account.\n" % (al[0], "HTL-%s" % digits(r, 5)))
    d.t("Transport: pick-up 75 min before STD.\n")
    return d


def k_easa_medical(r):
    d = Doc()
    cc = pick(r, ["DE", "FR", "ES", "IT", "NL", "IE", "SE", "PT", "PL", "CH", "GB"])
    p = person(r, cc)
    a = address(r, cc)
    cls = pick(r, ["1", "2", "1", "LAPL"])
    exam = rdate(r)
    valid = plus(exam, pick(r, [182, 365, 730, 1826]))
    ame = person(r, cc)
    d.t("%s\nMEDICAL CERTIFICATE  -  CLASS %s\n(Part-MED)\n\n" % (pick(r, ["EUROPEAN UNION", "FEDERAL AVIATION OFFICE - AEROMEDICAL SECTION", "AEROMEDICAL SECTION"]), cls))
    d.t("I    State of licence issue: ").e(country_name(cc), "LOCATION").t("\n")
    d.t("III  Certificate number: %s-MED-%s-%s\n" % (cc, digits(r, 5), digits(r, 2)))
    d.t("IV   Last and first name of holder: ").e(pick(r, ["%s, %s" % (p.family.upper(), p.given), "%s %s" % (p.family.upper(), p.given)]), "PERSON").t("\n")
    d.t("XIV  Date of birth: ").e(pick(r, [fdate(r, rdob(r, 1960, 2004), "en", style=pick(r, [0, 2, 3])),
                                          "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(1960, 2004))]), "DATE_OF_BIRTH").t("\n")
    if chance(r, 0.7):
        d.t("XV   Address of holder: ").e(a.one(chance(r, 0.4)), "ADDRESS").t("\n")
    d.t("XVI  Nationality: %s\n" % pick(r, ["German", "French", "Spanish", "Italian", "Dutch", "Irish", "Swedish", "Portuguese", "Polish", "Swiss", "British"]))
    d.t("XVII Signature of holder: ________\n")
    d.t("V    Class %s valid until: " % cls).e(fdate(r, valid, "en", style=pick(r, [0, 2, 3])), "DATE_TIME").t("\n")
    if cls == "1" and chance(r, 0.6):
        d.t("     Class 1 (single-pilot commercial pax ops) until: ").e(fdate(r, plus(exam, 182), "en", style=2), "DATE_TIME").t("\n")
    d.t("     Limitations: %s\n" % pick(r, ["nil", "VML", "VNL", "TML", "SSL", "VML OML", "RXO"]))
    d.t("VIII Date of examination: ").e(fdate(r, exam, "en", style=pick(r, [0, 2, 3])), "DATE_TIME").t("\n")
    d.t("IX   Signature of AME / AeMC: ").e(pick(r, [ame.full, ame.initial_family, "Dr %s" % ame.full][:2]), "PERSON")
    d.t("  (AME no %s-AME-%s)\n" % (cc, digits(r, 4)))
    if chance(r, 0.4):
        d.t("     AeMC telephone: ").e(phone(r, cc), "PHONE_NUMBER").t("\n")
    d.t("\nECG: normal. Audiogram: within limits. Next ECG due with renewal.\n")
    return d


def k_ame_exam_notes(r):
    d = Doc()
    p = person(r, "US")
    a = address(r, "US")
    exam = rdate(r)
    dob = rdob(r, 1955, 2005)
    ame = person(r, "US")
    d.t("AVIATION MEDICAL EXAMINER - EXAM WORKSHEET\n")
    d.t("Clinic: %s Aviation Medicine   AME Serial: %s\n" % (pick(r, ["Front Range", "Gulf Coast", "Skyharbor", "Lakeside", "Cascade"]), digits(r, 5)))
    d.t("MedXPress confirmation #: %s\n\n" % rs(r, 8, UPDI))
    d.t("Applicant: ").e(pick(r, [p.last_first.upper(), p.full_mid, p.full]), "PERSON").t("\n")
    d.t("DOB: ").e("%02d/%02d/%d" % (dob.month, dob.day, dob.year), "DATE_OF_BIRTH").t("    Sex: %s\n" % p.sex)
    d.t("Address: ").e(a.one(), "ADDRESS").t("\n")
    d.t("Phone: ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    if chance(r, 0.5):
        d.t("Clinic MRN: ").e(pick(r, [digits(r, 8), "AM" + digits(r, 6), "%s-%s" % (digits(r, 3), digits(r, 5))]), "MEDICAL_RECORD_NUMBER").t("\n")
    d.t("Class applied for: %s     Occupation: %s\n" % (pick(r, ["First", "Second", "Third"]), pick(r, ["Airline pilot", "Flight instructor", "Student pilot", "Corporate pilot"])))
    d.t("Date of exam: ").e(fdate(r, exam, "en", style=4), "DATE_TIME").t("\n\n")
    d.t("Item 50 Distant vision: R 20/%d L 20/%d corrected to 20/20\n" % (pick(r, [20, 25, 30, 40]), pick(r, [20, 25, 30, 40])))
    d.t("Item 55 Blood pressure: %d/%d  Pulse: %d\n" % (r.randint(108, 142), r.randint(66, 92), r.randint(52, 88)))
    d.t("Item 56 Urinalysis: neg/neg\n")
    d.t("Item 60 Comments: %s\n" % pick(r, ["No significant findings.", "Hx of kidney stone 2016, resolved, no recurrence.",
                                            "Uses corrective lenses. CACI worksheet for hypertension completed.",
                                            "Applicant reports seasonal allergies, treated with loratadine (acceptable)."]))
    d.t("Decision: %s   Next exam due: " % pick(r, ["Issued", "Issued", "Deferred to AMCD"])).e(fdate(r, plus(exam, pick(r, [182, 365, 730])), "en", style=4), "DATE_TIME").t("\n")
    d.t("Examiner: ").e(ame.full, "PERSON").t(pick(r, [", MD", ", DO", " MD"]) + "\n")
    return d


def k_cempn_fr(r):
    d = Doc()
    p = person(r, "FR")
    a = address(r, "FR")
    exam = rdate(r)
    dob = rdob(r, 1960, 2004)
    med = person(r, "FR")
    d.t("CENTRE D'EXPERTISE MÉDICALE DU PERSONNEL NAVIGANT\nCERTIFICAT MÉDICAL D'APTITUDE - CLASSE %s\n\n" % pick(r, ["1", "2"]))
    fields = [("Nom", lambda: d.e(p.family.upper(), "PERSON")),
              ("Prénom", lambda: d.e(p.given, "PERSON")),
              ("Né(e) le", lambda: d.e(fdate(r, dob, "fr", style=pick(r, [0, 1])), "DATE_OF_BIRTH")),
              ("Adresse", lambda: d.e(a.one(), "ADDRESS")),
              ("Téléphone", lambda: d.e(phone(r, "FR"), "PHONE_NUMBER"))]
    if chance(r, 0.4):
        fields.append(("Courriel", lambda: d.e(email(r, p), "EMAIL_ADDRESS")))
    for lab, fn in fields:
        d.t("%s : " % lab)
        fn()
        d.t("\n")
    d.t("N° de licence : FRA.FCL.%s\n" % digits(r, 6))
    d.t("\nDate de l'examen : ").e(fdate(r, exam, "fr", style=pick(r, [0, 1])), "DATE_TIME").t("\n")
    d.t("Aptitude valable jusqu'au : ").e(fdate(r, plus(exam, 365), "fr", style=pick(r, [0, 1])), "DATE_TIME").t("\n")
    d.t("Restrictions : %s\n" % pick(r, ["néant", "VML - port de verres correcteurs", "TML (6 mois)"]))
    d.t("\nRendez-vous de contrôle fixé le ")
    d.e(fdt(r, plus(exam, r.randint(150, 360)), r.randint(8, 16), pick(r, [0, 15, 30, 45]), "fr"), "DATE_TIME")
    d.t(" au centre de ").e(pick(r, ["Clamart", "Toulouse", "Bordeaux", "Marseille", "Lyon"]), "LOCATION").t(".\n")
    d.t("\nMédecin examinateur : Dr ").e(med.full, "PERSON").t("\n")
    d.t("Tél. secrétariat : ").e(phone(r, "FR"), "PHONE_NUMBER").t("\n")
    return d


def k_sick_call_chat(r):
    d = Doc()
    al = airline(r)
    agent = person(r, any_cc(r))
    crew = person(r, any_cc(r))
    h, m = r.randint(3, 6), r.randint(0, 50)
    rep = ftime(r, h + r.randint(1, 3), pick(r, [0, 15, 30, 45]), "en")

    def line(who, label=True):
        nonlocal m, h
        m += r.randint(0, 2)
        if m > 59:
            m -= 60
            h += 1
        d.t("[%02d:%02d] " % (h, m))
        if label:
            d.e(who, "PERSON").t(": ")
        else:
            d.t(who + ": ")

    d.t("%s Crew Control - chat transcript (export)\n" % al[0])
    d.t("Channel: sick-line   Ticket: SC-%s\n\n" % digits(r, 6))
    d.t("[%02d:%02d] Crew Control (" % (h, m)).e(agent.given, "PERSON").t("): ")
    d.t("Good morning, crew control, ").e(agent.given, "PERSON").t(" speaking. How can I help?\n")
    line(crew.full)
    d.t("Hi, it's ").e(crew.full, "PERSON").t(", staff %s. I have to report sick for my " % staff_no(r)).e(rep, "DATE_TIME").t(" report today.\n")
    line("Crew Control", False)
    d.t("Sorry to hear that. Are you fit for the rest of the block or should I remove you until further notice?\n")
    line(crew.given)
    d.t("Please take me off until ").e(fdate(r, rdate(r), "en", style=pick(r, [0, 2, 6])), "DATE_TIME").t(", I'll see my GP this afternoon.\n")
    line("Crew Control", False)
    d.t("Done. Which number can we reach you on?\n")
    line(crew.given)
    d.e(phone(r, crew.cc), "PHONE_NUMBER").t("\n")
    line("Crew Control", False)
    d.t("Thanks. Standby %s has been activated for %s%d. Get well soon.\n" % (pick(r, ["SB1", "HSBY", "R2"]), al[1], r.randint(1, 2999)))
    return d


def k_injury_report(r):
    d = Doc()
    al = airline(r)
    cc = pick(r, ["US", "US", "GB", "IE", "CA"])
    p = person(r, cc)
    a = address(r, cc)
    day = rdate(r)
    sup = person(r, cc)
    d.t("%s - EMPLOYEE INJURY / ILLNESS REPORT (IOD)\n" % al[0].upper())
    d.t("Report #: IOD-%s-%s\n\n" % (day.year, digits(r, 5)))
    d.t("Section A - Employee\n")
    d.t("Name: ").e(pick(r, [p.full, p.last_first]), "PERSON").t("\n")
    d.t("Employee ID: %s      Position: %s\n" % (staff_no(r), pick(r, ["Flight Attendant", "Purser", "First Officer", "Senior Cabin Crew"])))
    d.t("Date of birth: ").e(fdate(r, rdob(r, 1960, 2003), "en", style=pick(r, [3, 4, 0])), "DATE_OF_BIRTH").t("\n")
    d.t("Home address: ").e(a.one(), "ADDRESS").t("\n")
    d.t("Phone: ").e(phone(r, cc), "PHONE_NUMBER").t("\n")
    if chance(r, 0.8):
        d.t("Health plan: %s   Member ID: " % pick(r, ["Aetna Choice POS II", "BlueCross PPO", "UnitedHealthcare", "Cigna OAP", "Bupa Corporate"]))
        d.e(pick(r, ["W" + digits(r, 9), rs(r, 3, UP) + digits(r, 9), digits(r, 11), "U" + digits(r, 8) + "01"]), "HEALTH_PLAN_NUMBER")
        d.t("   Group: %s\n" % digits(r, 6))
    d.t("\nSection B - Incident\n")
    h, m = rtime(r)
    d.t("Date/time of injury: ").e(fdt(r, day, h, m, "en", dstyle=pick(r, [0, 4])), "DATE_TIME").t("\n")
    d.t("Flight: %s%d  Position: %s  Phase: %s\n" % (al[1], r.randint(1, 2999), pick(r, ["aft galley", "R2 door", "aisle row 23", "flight deck", "forward galley"]),
                                                  pick(r, ["cruise", "taxi-in", "boarding", "descent", "turbulence encounter"])))
    d.t("Description: %s\n" % pick(r, ["Trolley brake failed during turbulence; trolley struck employee's left shin.",
                                       "Burn to right hand from hot water tap in galley.",
                                       "Lower back strain while lifting overhead bag for passenger.",
                                       "Fell on wet floor of aft galley, landed on right wrist."]))
    city = wcity(r)[0]
    d.t("Treated at: %s, " % pick(r, ["St. Mary's Hospital", "Mercy General", "Airport Medical Centre", "University Hospital ER"])).e(city, "LOCATION").t("\n")
    if chance(r, 0.7):
        d.t("Hospital MRN: ").e(pick(r, [digits(r, 7), "MRN" + digits(r, 8), "%s-%s-%s" % (digits(r, 2), digits(r, 2), digits(r, 3))]), "MEDICAL_RECORD_NUMBER").t("\n")
    d.t("Lost time: %s\n" % pick(r, ["none", "3 shifts", "pending", "14 days"]))
    d.t("\nSupervisor: ").e(sup.full, "PERSON").t("    Reported on: ").e(fdate(r, plus(day, r.randint(0, 2)), "en", style=0), "DATE_TIME").t("\n")
    return d


def k_hr_onboarding(r):
    d = Doc()
    al = airline(r)
    p = person(r, "US")
    a = address(r, "US")
    ec = person(r, "US")
    dln, st = dl_number(r, a.region if a.region in ("CA", "NY", "FL", "TX", "IL", "WA", "AZ", "CO") else None)
    d.t("%s - NEW HIRE INFORMATION (PILOT)\nHR Onboarding packet | Class date: " % al[0].upper())
    d.e(fdate(r, rdate(r), "en", style=4), "DATE_TIME").t("\n\n")
    rows = [
        ("Legal name", lambda: d.e(pick(r, [p.full_mid, p.full, p.last_first]), "PERSON")),
        ("Social Security Number", lambda: d.e(ssn(r), "US_SSN")),
        ("Date of birth", lambda: d.e(fdate(r, rdob(r, 1970, 2002), "en", style=4), "DATE_OF_BIRTH")),
        ("Home address", lambda: d.e(a.one(), "ADDRESS")),
        ("Mobile", lambda: d.e(phone(r, "US"), "PHONE_NUMBER")),
        ("Personal e-mail", lambda: d.e(email(r, p), "EMAIL_ADDRESS")),
        ("Driver's license # / state", lambda: d.e(dln, "DRIVER_LICENSE").t(" / " + st)),
        ("FAA certificate #", lambda: d.t(digits(r, 7) + " (ATP, AMEL)")),
        ("Known Traveler Number", lambda: d.t(rs(r, 2, UP) + digits(r, 7) if chance(r, 0.5) else digits(r, 9))),
    ]
    if chance(r, 0.5):
        r.shuffle(rows)
    for lab, fn in rows:
        d.t(lab + ": ")
        fn()
        d.t("\n")
    if chance(r, 0.5):
        d.t("\nBenefits: %s medical plan, subscriber ID " % pick(r, ["Aetna Open Access", "Cigna PPO", "BlueCross BlueShield PPO", "UnitedHealthcare Choice Plus", "Kaiser HMO"]))
        d.e(pick(r, [rs(r, 3, UP) + digits(r, 9), "W" + digits(r, 9), digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 4) + "-" + digits(r, 2)]), "HEALTH_PLAN_NUMBER")
        d.t(", coverage effective ").e(fdate(r, rdate(r), "en", style=4), "DATE_TIME").t("\n")
    d.t("\nEmergency contact: ").e(ec.full, "PERSON").t(" (%s) " % pick(r, ["spouse", "mother", "father", "partner", "brother"])).e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    d.t("\nDirect deposit\n  Bank: %s\n  Routing (ABA): %s\n  Account #: " % (pick(r, ["Chase", "Wells Fargo", "Navy Federal CU", "Bank of America", "USAA"]), "0" + digits(r, 8)))
    d.e(digits(r, r.randint(9, 12)), "ACCOUNT_NUMBER").t("\n  Type: %s\n" % pick(r, ["Checking", "Savings"]))
    d.t("\nI-9 verified by: ").e(person(r, "US").full, "PERSON").t("\n")
    return d


def k_nomina_es(r):
    d = Doc()
    al = airline(r)
    p = person(r, "ES")
    hr = person(r, "ES")
    email_head(d, r, (p, email(r, p)), ("Nóminas " + al[0], "nominas@" + al[2]), pick(r, ["Cambio de cuenta bancaria para la nómina", "Alta datos bancarios", "Actualización IBAN"]))
    d.t("Buenos días,\n\n")
    d.t("Os escribo para comunicar el cambio de la cuenta donde se ingresa mi nómina a partir del mes de %s.\n\n" % MONTHS["es"][r.randrange(12)])
    d.t("Nombre y apellidos: ").e(p.full, "PERSON").t("\n")
    d.t("Nº de empleado: %s\n" % staff_no(r))
    d.t("Base: %s\n" % pick(r, ["MAD", "BCN", "PMI", "AGP", "VLC"]))
    d.t("Nuevo IBAN: ").e(iban(r, "ES"), "IBAN_CODE").t("\n")
    d.t("Titular: ").e(p.full.upper() if chance(r, 0.5) else p.full, "PERSON").t("\n")
    d.t("Teléfono de contacto: ").e(phone(r, "ES"), "PHONE_NUMBER").t("\n\n")
    d.t("Adjunto el certificado de titularidad emitido por el banco con fecha ").e(fdate(r, rdate(r), "es"), "DATE_TIME").t(".\n")
    d.t("\nUn saludo,\n").e(p.given, "PERSON").t("\n")
    if chance(r, 0.5):
        d.t("\n> %s escribió:\n> Recuerda que los cambios recibidos después del día 20 se aplican en la nómina siguiente.\n"
            % "Departamento de Nóminas")
    return d

# ===========================================================================
# KINDS: passengers / PNR / APIS
# ===========================================================================
def k_pnr_display(r):
    d = Doc()
    al = airline(r)
    office = "%s%s%02dAA" % (pick(r, AIRPORTS), al[1], r.randint(1, 99))
    loc = pnr_loc(r)
    cc = any_cc(r)
    pax = [person(r, cc) for _ in range(r.randint(1, 3))]
    same = chance(r, 0.6)
    if same:
        for q in pax[1:]:
            q.family = pax[0].family
    created = rdate(r)
    d.t("RP/%s/%s            %s/SU  %s/%sZ   %s\n" % (office, office, rs(r, 2, UP), gds(created), hhmm(r), loc))
    line = 1
    names = []
    for q in pax:
        names.append(q)
    buf = []
    for i, q in enumerate(pax):
        d.t("  %d." % line)
        d.e(q.pnr, "PERSON")
        d.t(" " + q.pnr_title())
        line += 1
        if len(pax) > 1 and i < len(pax) - 1:
            d.t("  ")
    d.t("\n")
    out_d = plus(created, r.randint(3, 60))
    back_d = plus(out_d, r.randint(2, 20))
    a, b = two_airports(r)
    for (dd, o, de) in [(out_d, a, b)] + ([(back_d, b, a)] if chance(r, 0.7) else []):
        d.t("  %d  %s %d %s " % (line, al[1], r.randint(1, 2999), pick(r, "YBMHKLQVJCW")))
        d.e(gds(dd, year=False), "DATE_TIME")
        d.t(" %d %s%s HK%d  %s %s  " % (dd.isoweekday(), o, de, len(pax), hhmm(r), hhmm(r)))
        d.e(gds(dd if chance(r, 0.7) else plus(dd, 1), year=False), "DATE_TIME")
        d.t("  E  %s/%s\n" % (al[1], loc))
        line += 1
    pc = pax[0]
    d.t("  %d AP %s " % (line, pick(r, AIRPORTS))).e(phone(r, pc.cc, intl=True), "PHONE_NUMBER").t(" - %s\n" % pick(r, "HBM"))
    line += 1
    if chance(r, 0.8):
        em = email(r, pc)
        d.t("  %d APE " % line).e(em.upper() if chance(r, 0.5) else em, "EMAIL_ADDRESS").t("\n")
        line += 1
    if chance(r, 0.5):
        d.t("  %d APM " % line).e(phone(r, pc.cc, intl=True), "PHONE_NUMBER").t("/P1\n")
        line += 1
    d.t("  %d TK OK%s/%s\n" % (line, gds(created, year=False), office))
    line += 1
    for i, q in enumerate(pax, 1):
        if chance(r, 0.75):
            iso = ISO3.get(q.cc, "USA")
            d.t("  %d SSR DOCS %s HK1 P/%s/%s/%s/" % (line, al[1], iso, passport_no(r, q.cc), iso))
            d.e(gds(rdob(r, 1950, 2015)), "DATE_OF_BIRTH")
            d.t("/%s/" % ("M" if q.sex == "M" else "F"))
            d.e(gds(plus(created, r.randint(200, 3600))), "DATE_TIME")
            d.t("/").e(q.pnr, "PERSON").t("/P%d\n" % i)
            line += 1
    if chance(r, 0.6):
        d.t("  %d SSR FQTV %s HK/ " % (line, al[1])).e(al[1] + digits(r, r.choice([9, 10, 12])), "ACCOUNT_NUMBER").t("/P1\n")
        line += 1
    if chance(r, 0.4):
        d.t("  %d SSR %s %s HK1/P%d\n" % (line, pick(r, ["VGML", "WCHR", "KSML", "BLND", "DEAF", "MOML"]), al[1], r.randint(1, len(pax))))
        line += 1
    fp = r.random()
    if fp < 0.45:
        if chance(r, 0.5):
            num, br = card(r, sep="")
            d.t("  %d FP CC%s" % (line, {"visa": "VI", "mc": "CA", "amex": "AX", "disc": "DS"}[br])).e(num, "CREDIT_CARD").t("\n")
        else:
            num, br = card(r, sep=" ")
            d.t("  %d FOP CC %s " % (line, {"visa": "VI", "mc": "CA", "amex": "AX", "disc": "DS"}[br])).e(num, "CREDIT_CARD").t("  AUTH %s\n" % rs(r, 6, UPDI))
    elif fp < 0.8:
        d.t("  %d FP CCVIXXXXXXXXXXXX%s/%s%s\n" % (line, digits(r, 4), "%02d" % r.randint(1, 12), "%02d" % r.randint(25, 30)))
    else:
        d.t("  %d FP CASH\n" % line)
    line += 1
    for i in range(1, len(pax) + 1):
        d.t("  %d FA PAX %s/ET%s/%s/%s/%s/%s/S3-4/P%d\n" % (line, eticket(r, al[4]), al[1], amount(r, lo=90, hi=2400).replace(" ", ""),
                                                           gds(created), office, digits(r, 8), i))
        line += 1
    d.t("  %d RM %s\n" % (line, pick(r, ["PAX ADVISED OF BAG POLICY", "SCHEDULE CHANGE NOTIFIED", "CORP DEAL 7781", "REISSUE DONE NO ADC"])))
    d.t(">")
    return d


def k_apis_paxlst(r):
    d = Doc()
    al = airline(r)
    dep = rdate(r)
    a, b = two_airports(r)
    fl = "%s%d" % (al[1], r.randint(1, 2999))
    ts = "%02d%02d%02d:%s" % (dep.year % 100, dep.month, dep.day, hhmm(r))
    ctrl = digits(r, 9)
    d.t("UNA:+.? '\nUNB+UNOA:4+%s:ZZ+%s:ZZ+%s+%s++APIS'\n" % (al[1], pick(r, ["USCSAPIS", "DHSAPIS", "UKBORDER", "APISDE"]), ts, ctrl))
    d.t("UNG+PAXLST+%s+%s+%s+%s+UN+D:05B'\n" % (al[0].upper(), pick(r, ["USCSAPIS", "APISGW"]), ts, digits(r, 4)))
    d.t("UNH+PAX%s+PAXLST:D:05B:UN:IATA+%s+01:F'\n" % (digits(r, 3), fl))
    d.t("BGM+%s'\n" % pick(r, ["745", "250"]))
    cp = person(r, pick(r, ["DE", "GB", "US", "ES"]))
    d.t("NAD+MS+++").e("%s %s" % (cp.family.upper(), ascii_fold(cp.given).upper()), "PERSON").t("'\n")
    ph = phone(r, cp.cc, intl=True)
    d.t("COM+").e(ph, "PHONE_NUMBER").t(":TE'\n")
    d.t("TDT+20+%s+++%s'\n" % (fl, al[1]))
    d.t("LOC+125+%s'\n" % a)
    d.t("DTM+189:").e("%02d%02d%02d%s" % (dep.year % 100, dep.month, dep.day, hhmm(r)), "DATE_TIME").t(":201'\n")
    d.t("LOC+87+%s'\n" % b)
    d.t("DTM+232:").e("%02d%02d%02d%s" % (dep.year % 100, dep.month, dep.day, hhmm(r)), "DATE_TIME").t(":201'\n")
    n = r.randint(1, 4)
    for _ in range(n):
        cc = any_cc(r)
        q = person(r, cc)
        fam = ascii_fold(q.family).upper()
        giv = ascii_fold(q.given).upper()
        d.t("NAD+FL+++").e("%s:%s" % (fam, giv), "PERSON")
        if b in ("JFK", "ORD", "LAX", "SFO", "MIA", "BOS", "DEN", "SEA", "ATL", "IAH", "EWR", "PHX") and chance(r, 0.7):
            ua = address(r, "US")
            d.t("+").e(ascii_fold(ua.street[0]).upper(), "ADDRESS").t("+").e(ua.city.upper(), "LOCATION").t("+").e(ua.region, "LOCATION").t("+%s" % ua.postcode[:5])
        d.t("'\n")
        d.t("ATT+2++%s'\n" % q.sex)
        dob = rdob(r, 1945, 2020)
        d.t("DTM+329:").e("%02d%02d%02d" % (dob.year % 100, dob.month, dob.day), "DATE_OF_BIRTH").t("'\n")
        d.t("LOC+22+%s'\nLOC+178+%s'\nLOC+179+%s'\n" % (b, a, b))
        iso = ISO3.get(cc, "USA")
        d.t("NAT+2+%s'\n" % iso)
        d.t("RFF+AVF:%s'\n" % pnr_loc(r))
        d.t("RFF+ABO:%s'\n" % digits(r, 8) if chance(r, 0.5) else "")
        d.t("DOC+P:110:111+%s'\n" % passport_no(r, cc))
        ex = plus(dep, r.randint(100, 3600))
        d.t("DTM+36:").e("%02d%02d%02d" % (ex.year % 100, ex.month, ex.day), "DATE_TIME").t("'\n")
        d.t("LOC+91+%s'\n" % iso)
    d.t("CNT+42:%d'\nUNT+%d+PAX001'\nUNE+1+%s'\nUNZ+1+%s'\n" % (n, 8 + n * 11, digits(r, 4), ctrl))
    return d


def k_manifest_csv(r):
    d = Doc()
    al = airline(r)
    fl = "%s%d" % (al[1], r.randint(1, 2999))
    dep = rdate(r)
    a, b = two_airports(r)
    d.t("# FINAL PASSENGER MANIFEST %s %s-%s  STD " % (fl, a, b))
    d.e(fdate(r, dep, "en", style=3), "DATE_TIME").t(" ")
    d.e("%02d:%02d" % rtime(r), "DATE_TIME").t("\n")
    sep = pick(r, [",", ";", "\t"])
    cols = ["seq", "seat", "surname", "given_names", "gender", "dob", "nationality", "doc_type", "doc_number", "doc_expiry", "ffp", "ssr"]
    if chance(r, 0.3):
        cols.remove("ffp")
    d.t(sep.join(cols) + "\n")
    dstyle = r.randrange(3)

    def fmt(dd):
        return [dd.isoformat(), gds(dd, True, True), "%02d/%02d/%d" % (dd.day, dd.month, dd.year)][dstyle]

    for i in range(r.randint(5, 12)):
        cc = any_cc(r)
        q = person(r, cc)
        vals = []
        for c in cols:
            if c == "seq":
                vals.append(("%03d" % (i + 1), None))
            elif c == "seat":
                vals.append(("%d%s" % (r.randint(1, 38), pick(r, "ABCDEFHJK")), None))
            elif c == "surname":
                vals.append((ascii_fold(q.family).upper(), "PERSON"))
            elif c == "given_names":
                vals.append((ascii_fold(q.given).upper(), "PERSON"))
            elif c == "gender":
                vals.append((q.sex, None))
            elif c == "dob":
                vals.append((fmt(rdob(r, 1940, 2022)), "DATE_OF_BIRTH"))
            elif c == "nationality":
                vals.append((ISO3.get(cc, "USA"), None))
            elif c == "doc_type":
                vals.append(("P", None))
            elif c == "doc_number":
                vals.append((passport_no(r, cc), None))
            elif c == "doc_expiry":
                vals.append((fmt(plus(dep, r.randint(60, 3600))), "DATE_TIME"))
            elif c == "ffp":
                vals.append(((al[1] + " " + digits(r, 9)), "FFP") if chance(r, 0.4) else ("", None))
            else:
                vals.append((pick(r, ["", "", "", "WCHR", "VGML", "INFT", "CHLD", "PETC", "DOCS"]), None))
        for j, (v, typ) in enumerate(vals):
            if j:
                d.t(sep)
            if typ == "FFP":
                code, num = v.split(" ")
                d.t(code + " ").e(num, "ACCOUNT_NUMBER")
            elif typ and v:
                d.e(v, typ)
            else:
                d.t(v)
        d.t("\n")
    d.t("# TOTAL PAX %d  INF %d  generated by DCS %s build %s\n" % (r.randint(80, 220), r.randint(0, 4), pick(r, ["Altea", "DCS-NG", "SkyCheck"]), "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 99))))
    return d


def k_apis_json(r):
    d = Doc()
    al = airline(r)
    dep = rdate(r)
    a, b = two_airports(r)
    ind = pick(r, [2, 4])
    sp = " " * ind

    def kv(level, key, val, typ=None, last=False, raw=False):
        d.t(sp * level + '"%s": ' % key)
        if raw:
            d.t(str(val))
        else:
            d.t('"')
            if typ:
                d.e(val, typ)
            else:
                d.t(val)
            d.t('"')
        d.t("\n" if last else ",\n")

    d.t("{\n")
    kv(1, "messageId", uuid(r))
    kv(1, "createdAt", log_ts(r, dep, 0))
    d.t(sp + '"flight": {\n')
    kv(2, "carrier", al[1])
    kv(2, "number", str(r.randint(1, 2999)))
    kv(2, "origin", a)
    kv(2, "destination", b)
    kv(2, "scheduledDeparture", "%sT%02d:%02d:00" % (dep.isoformat(), r.randint(0, 23), pick(r, [0, 5, 10, 15, 20, 30, 40, 45, 50, 55])), "DATE_TIME", last=True)
    d.t(sp + "},\n")
    d.t(sp + '"travellers": [\n')
    n = r.randint(1, 3)
    for i in range(n):
        cc = any_cc(r)
        q = person(r, cc)
        d.t(sp * 2 + "{\n")
        kv(3, "firstName", q.given, "PERSON")
        kv(3, "lastName", q.family, "PERSON")
        kv(3, "gender", {"M": "MALE", "F": "FEMALE"}[q.sex])
        kv(3, "birthDate", rdob(r, 1945, 2020).isoformat(), "DATE_OF_BIRTH")
        kv(3, "nationality", ISO3.get(cc, "USA"))
        d.t(sp * 3 + '"document": {"type": "PASSPORT", "number": "%s", "issuingCountry": "%s", "expiryDate": "' % (passport_no(r, cc), ISO3.get(cc, "USA")))
        d.e(plus(dep, r.randint(100, 3000)).isoformat(), "DATE_TIME").t('"},\n')
        if i == 0:
            d.t(sp * 3 + '"contact": {"email": "').e(email(r, q), "EMAIL_ADDRESS").t('", "phone": "').e(phone(r, cc, True), "PHONE_NUMBER").t('"},\n')
            if b in ("JFK", "ORD", "LAX", "SFO", "MIA", "BOS", "DEN", "SEA", "ATL", "IAH", "EWR", "PHX") or chance(r, 0.4):
                ua = address(r, "US")
                d.t(sp * 3 + '"addressInDestination": {"street": "').e(ua.street_line, "ADDRESS").t('", "city": "').e(ua.city, "LOCATION")
                d.t('", "state": "').e(ua.region, "LOCATION").t('", "postalCode": "%s"},\n' % ua.postcode)
        d.t(sp * 3 + '"ffp": null\n' if chance(r, 0.5) else sp * 3 + '"loyalty": {"programme": "%s", "number": "' % al[3])
        if d.parts[-1].endswith('"number": "'):
            d.e(digits(r, 10), "ACCOUNT_NUMBER").t('"}\n')
        d.t(sp * 2 + ("},\n" if i < n - 1 else "}\n"))
    d.t(sp + "],\n")
    kv(1, "status", pick(r, ["SUBMITTED", "ACK_RECEIVED", "PENDING"]), last=True)
    d.t("}\n")
    return d


def k_boarding_pass(r):
    d = Doc()
    al = airline(r)
    q = person(r, any_cc(r))
    dep = rdate(r)
    a, b = two_airports(r)
    fl = r.randint(1, 2999)
    seat = "%03d%s" % (r.randint(1, 40), pick(r, "ABCDEF"))
    seq = "%04d" % r.randint(1, 250)
    loc = pnr_loc(r)
    jul = dep.timetuple().tm_yday
    bh, bm = rtime(r)
    d.t("%s  BOARDING PASS / CARTE D'EMBARQUEMENT\n\n" % al[0].upper())
    d.t("Name: ").e(q.pnr, "PERSON").t(" " + q.pnr_title() + "\n")
    d.t("From: %s   To: %s\n" % (a, b))
    d.t("Flight: %s %d   Date: " % (al[1], fl)).e(pick(r, [gds(dep, year=False), fdate(r, dep, "en", style=2)]), "DATE_TIME").t("\n")
    d.t("Boarding: ").e("%02d:%02d" % (bh, bm), "DATE_TIME").t("   Gate: %s%d   Seat: %s   Seq: %s   Zone %d\n" % (pick(r, "ABCDEKZ"), r.randint(1, 60), seat.lstrip("0"), seq[1:], r.randint(1, 5)))
    d.t("Booking ref: %s   E-ticket: %s\n" % (loc, eticket(r, al[4], dash=False)))
    if chance(r, 0.5):
        d.t("%s: " % al[3]).e(digits(r, 9), "ACCOUNT_NUMBER").t("  %s\n" % pick(r, ["GOLD", "SILVER", "BASIC", "PLATINUM"]))
    d.t("Gate closes 20 minutes before departure.\n\n")
    name = (q.pnr + " " + q.pnr_title())[:20]
    d.t("BCBP: M1")
    nm = q.pnr if len(q.pnr) <= 16 else q.pnr[:16].rstrip("/")
    d.e(nm, "PERSON")
    d.t(" " * (20 - len(nm)) + "E%s %s%s%-3s%04d %03d%s%s%s 1%s\n" % (loc, a, b, al[1], fl, jul, pick(r, "YMBJ"), seat, seq, rs(r, 3, DI)))
    return d


def k_medif(r):
    d = Doc()
    al = airline(r)
    cc = any_cc(r)
    q = person(r, cc)
    doc = person(r, cc)
    dep = rdate(r)
    a, b = two_airports(r)
    d.t("MEDIF - MEDICAL INFORMATION FORM FOR AIR TRAVEL\nPart 1 (to be completed by passenger / booking office)\n\n")
    d.t("MEDA01 Patient's name: ").e(pick(r, [q.pnr, q.full, q.last_first.upper()]), "PERSON").t(" " + pick(r, [q.title("en", r), ""]).strip() + "\n")
    d.t("MEDA02 Age: %d   Sex: %s\n" % (r.randint(18, 92), q.sex))
    d.t("MEDA03 Diagnosis: %s\n" % pick(r, ["Post-operative (hip replacement), mobility limited", "COPD, requires supplemental oxygen 2 l/min",
                                              "Fractured left femur, leg in plaster", "Stable angina, controlled with medication",
                                              "Late pregnancy (34 weeks), uncomplicated"]))
    d.t("Itinerary: %s%d %s-%s on " % (al[1], r.randint(1, 2999), a, b)).e(fdate(r, dep, "en", style=2), "DATE_TIME").t("\n")
    d.t("Special requirements: %s\n\n" % pick(r, ["WCHC, stretcher not required", "STCR", "WCHS + MEDA oxygen", "MAAS, seat with extra legroom"]))
    d.t("Part 2 (to be completed by attending physician)\n")
    d.t("MEDA04 Attending physician: Dr ").e(doc.full, "PERSON").t("\n")
    d.t("       Tel (office): ").e(phone(r, cc), "PHONE_NUMBER").t("   ")
    d.t("E-mail: ").e(email(r, doc, pick(r, ["klinikum-nord.de", "stmarys.nhs.uk", "hospital-sao-lucas.com.br", "mercyhealth.org", "chu-lyon.fr"])), "EMAIL_ADDRESS").t("\n")
    if chance(r, 0.7):
        d.t("       Hospital record no.: ").e(pick(r, [digits(r, 8), "H" + digits(r, 7), "%s/%s" % (digits(r, 6), dep.year % 100)]), "MEDICAL_RECORD_NUMBER").t("\n")
    d.t("MEDA05 Date of operation / onset: ").e(fdate(r, plus(dep, -r.randint(5, 40)), "en", style=0), "DATE_TIME").t("\n")
    d.t("MEDA06 Prognosis for the trip: %s\n" % pick(r, ["good", "fair", "good, fit to fly"]))
    d.t("MEDA07 Contagious/communicable disease: no\nMEDA08 Would the physical/mental condition cause distress to others: no\n")
    d.t("MEDA09 Can the patient use a normal aircraft seat with seatback upright: %s\n" % pick(r, ["yes", "no"]))
    d.t("MEDA10 Can patient take care of own needs on board unassisted: %s\n" % pick(r, ["yes", "no - escort travelling"]))
    if chance(r, 0.5):
        esc = person(r, cc)
        d.t("MEDA11 Escort: ").e(esc.full, "PERSON").t(" (%s)\n" % pick(r, ["daughter", "son", "spouse", "nurse"]))
    d.t("MEDA12 Oxygen: %s\n" % pick(r, ["not required", "2 l/min continuous", "4 l/min intermittent"]))
    d.t("\nMedical clearance ref: MEDA-%s  Status: %s\n" % (digits(r, 6), pick(r, ["APPROVED", "PENDING MEDICAL DESK", "APPROVED WITH CONDITIONS"])))
    return d


def k_umnr_fr(r):
    d = Doc()
    al = airline(r)
    child = person(r, "FR")
    par = person(r, "FR")
    par.family = child.family
    rec = person(r, any_cc(r))
    dep = rdate(r)
    a, b = two_airports(r)
    d.t("%s\nFORMULAIRE MINEUR NON ACCOMPAGNÉ (UM)\n\n" % al[0].upper())
    d.t("1. ENFANT\nNom : ").e(child.family.upper(), "PERSON").t("   Prénom : ").e(child.given, "PERSON").t("\n")
    cdob = _dt.date(dep.year - r.randint(5, 14), r.randint(1, 12), r.randint(1, 28))
    age = dep.year - cdob.year - ((dep.month, dep.day) < (cdob.month, cdob.day))
    d.t("Date de naissance : ").e(fdate(r, cdob, "fr", style=0), "DATE_OF_BIRTH").t("   Âge : %d ans\n" % age)
    d.t("Langue parlée : français\n\n")
    d.t("2. VOL\n%s %d  %s → %s  le " % (al[1], r.randint(1, 2999), a, b)).e(fdate(r, dep, "fr", style=1), "DATE_TIME").t("\n\n")
    pa = address(r, "FR")
    d.t("3. PERSONNE ACCOMPAGNANT L'ENFANT AU DÉPART\nNom, prénom : ").e(par.last_first.upper() if chance(r, 0.5) else par.full, "PERSON").t("\n")
    d.t("Adresse : ").e(pa.one(), "ADDRESS").t("\n")
    d.t("Téléphone : ").e(phone(r, "FR"), "PHONE_NUMBER").t("\n")
    if chance(r, 0.6):
        d.t("Courriel : ").e(email(r, par), "EMAIL_ADDRESS").t("\n")
    ra = address(r, rec.cc if rec.cc in COUNTRY_NAME else "FR")
    d.t("\n4. PERSONNE ACCUEILLANT L'ENFANT À L'ARRIVÉE\nNom, prénom : ").e(rec.full, "PERSON").t("\n")
    d.t("Lien de parenté : %s\n" % pick(r, ["grand-père", "père", "oncle"] if rec.sex == "M" else ["grand-mère", "mère", "tante"]))
    d.t("Adresse : ").e(ra.one(True, "fr"), "ADDRESS").t("\n")
    d.t("Téléphone : ").e(phone(r, ra.cc, True), "PHONE_NUMBER").t("\n")
    d.t("Pièce d'identité présentée : passeport n° %s\n\n" % passport_no(r, rec.cc))
    d.t("Je soussigné(e) certifie l'exactitude des informations ci-dessus.\nFait à ").e(pick(r, ["Paris", "Lyon", "Toulouse", "Nice", "Bordeaux"]), "LOCATION")
    d.t(", le ").e(fdate(r, plus(dep, -r.randint(1, 20)), "fr", style=0), "DATE_TIME").t("\nSignature : ______\n")
    d.t("Réservé à la compagnie : UM ref %s / frais UM %s\n" % (pnr_loc(r), amount(r, "EUR", 40, 120)))
    return d


def k_group_es(r):
    d = Doc()
    al = airline(r)
    org = person(r, pick(r, ["ES", "ES", "MX"]))
    cc = org.cc
    em = email(r, org, pick(r, ["viajesiberia-grupos.es", "colegiosanjose.edu.es", "clubdeportivo-arroyo.es", None])) if chance(r, 0.5) else email(r, org)
    dep = rdate(r)
    ret = plus(dep, r.randint(3, 12))
    c1, _, _ = wcity(r, "es")
    c2, _, _ = wcity(r, "es", exclude=c1)
    npax = r.randint(10, 60)
    email_head(d, r, (org, em), ("Grupos " + al[0], "grupos@" + al[2]), pick(r, ["Solicitud de presupuesto para grupo", "Reserva de grupo - %d pasajeros" % npax, "Consulta grupo escolar"]),
               date=rfc_date(r, plus(dep, -r.randint(20, 120))))
    d.t("Estimados señores:\n\nLes escribo en nombre de %s para solicitar una cotización para un grupo de %d personas " % (
        pick(r, ["nuestro colegio", "la asociación", "la empresa", "nuestro club deportivo"]), npax))
    d.t("con salida desde ").e(c1, "LOCATION").t(" hacia ").e(c2, "LOCATION").t(" el ")
    d.e(fdate(r, dep, "es", style=pick(r, [0, 1])), "DATE_TIME").t(" y regreso el ").e(fdate(r, ret, "es", style=pick(r, [0, 1])), "DATE_TIME").t(".\n")
    d.t("Preferimos salir por la mañana, antes de las ").e(ftime(r, r.randint(8, 12), 0, "es"), "DATE_TIME").t(".\n\n")
    if chance(r, 0.6):
        d.t("Los responsables del grupo serán:\n")
        for _ in range(r.randint(2, 4)):
            q = person(r, cc)
            d.t("- ").e(q.full, "PERSON").t(", tel. ").e(phone(r, cc), "PHONE_NUMBER").t("\n")
        d.t("\n")
    d.t("Necesitamos %d asientos para pasajeros con movilidad reducida y transporte de %d bolsas de material deportivo.\n" % (r.randint(0, 2), r.randint(0, 20)))
    d.t("Quedo a la espera de su respuesta.\n")
    sign_off(d, r, org, pick(r, ["Coordinadora de viajes", "Director", "Secretaría", None]), None, "es", cc=cc)
    return d


def k_kiosk_log(r):
    d = Doc()
    day = rdate(r)
    st = pick(r, AIRPORTS)
    for ts in log_series(r, day, r.randint(8, 16), r.randrange(3)):
        k = "%s-T%d-K%02d" % (st, r.randint(1, 3), r.randint(1, 40))
        lvl = pick(r, ["INFO", "INFO", "INFO", "WARN", "DEBUG"])
        ev = r.random()
        d.t("%s %s [%s] " % (ts, lvl, k))
        if ev < 0.45:
            q = person(r, any_cc(r))
            d.t("checkin ok pnr=%s pax=" % pnr_loc(r)).e(q.pnr, "PERSON").t(" seat=%d%s bags=%d seq=%03d\n" % (r.randint(1, 40), pick(r, "ABCDEF"), r.randint(0, 2), r.randint(1, 250)))
        elif ev < 0.6:
            d.t("device heartbeat ip=").e(ipv4(r, True), "IP_ADDRESS").t(" fw=%d.%d.%d uptime=%ds\n" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 99), r.randint(1000, 900000)))
        elif ev < 0.7:
            d.t("bagtag printed tag=%s dest=%s\n" % (bag_tag(r), pick(r, AIRPORTS)))
        elif ev < 0.8:
            d.t("DCS session opened host=").e(ipv4(r, True), "IP_ADDRESS").t(" latency=%dms\n" % r.randint(8, 900))
        elif ev < 0.9:
            d.t("scan passport mrz_ok=%s doc_expiry_check=PASS\n" % pick(r, ["true", "false"]))
        else:
            d.t("printer %s paper low (%d%%)\n" % (pick(r, ["BTP", "BPP"]), r.randint(2, 15)))
    return d


def k_ff_statement_nl(r):
    d = Doc()
    al = pick(r, [x for x in AIRLINES if x[1] == "TQ"] + [airline(r)])
    p = person(r, "NL")
    a = address(r, "NL")
    d.t("%s - %s\nPUNTENOVERZICHT\n\n" % (al[0], al[3]))
    d.t(p.title("nl") + " ").e(p.full, "PERSON").t("\n").e(a.lines(), "ADDRESS").t("\n\n")
    d.t("Lidnummer: ").e(digits(r, 10) if chance(r, 0.6) else "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3)), "ACCOUNT_NUMBER").t("\n")
    d.t("Status: %s    Geldig tot: " % pick(r, ["Silver", "Gold", "Blue", "Platinum"])).e(fdate(r, rdate(r, 2025, 2026), "nl"), "DATE_TIME").t("\n\n")
    d.t("%-12s %-34s %10s\n" % ("Datum", "Omschrijving", "Punten"))
    bal = r.randint(20000, 60000)
    dd = rdate(r, 2023, 2024)
    for _ in range(r.randint(4, 9)):
        dd = plus(dd, r.randint(3, 40))
        ds = fdate(r, dd, "nl", style=0)
        d.e(ds, "DATE_TIME")
        a1, b1 = two_airports(r)
        desc, pts = pick(r, [("Vlucht %s%d %s-%s" % (al[1], r.randint(1, 2999), a1, b1), r.randint(250, 6000)),
                             ("Partner: autohuur", r.randint(100, 900)), ("Bonus nieuwe klant", 1000),
                             ("Inwisseling upgrade", -r.randint(5000, 15000)), ("Hotelovernachting partner", r.randint(200, 1500)),
                             ("Creditcard-punten", r.randint(50, 2500)), ("Inwisseling ticket", -r.randint(8000, 18000))])
        bal += pts
        d.t(" %-34s %+10d\n" % (desc, pts))
    d.t("\nSaldo: %d punten\n" % max(bal, 0))
    d.t("Vragen? Bel ").e(phone(r, "NL"), "PHONE_NUMBER").t(" of kijk op ").e("https://www.%s/mijn-account/punten" % al[2], "URL").t("\n")
    return d

# ===========================================================================
# KINDS: baggage
# ===========================================================================
BAG_TYPES = ["22", "25", "01", "02", "03", "05", "10", "20", "23", "27", "50", "71", "85"]
BAG_COLORS = ["BK", "BU", "GY", "RD", "GN", "BN", "WT", "MC", "PU"]


def k_pir(r):
    d = Doc()
    al = airline(r)
    a, b = two_airports(r)
    st = b
    cc = any_cc(r)
    q = person(r, cc)
    pa = address(r, cc)
    dep = rdate(r)
    ref = wt_ref(r, st, al[1])
    d.t("PROPERTY IRREGULARITY REPORT          FILE REF %s\n" % ref)
    d.t("STATION %s   AGENT %s   TYPE %s\n\n" % (st, rs(r, 2, UP) + digits(r, 3), pick(r, ["AHL", "AHL", "DPR", "OHD"])))
    d.t("NM ").e(ascii_fold(q.family).upper(), "PERSON").t("\n")
    d.t("TI %s\n" % q.pnr_title())
    d.t("PA ").e(ascii_fold(pa.one(chance(r, 0.5))).upper(), "ADDRESS").t("\n")
    if chance(r, 0.6):
        hotel = address(r, pick(r, ["US", "GB", "DE", "FR", "ES", "IT", "PT", "NL"]))
        d.t("TA ").e(ascii_fold(hotel.one()).upper(), "ADDRESS").t(" TIL ").e(gds(plus(dep, r.randint(2, 9)), year=False), "DATE_TIME").t("\n")
    d.t("PN ").e(phone(r, cc, True), "PHONE_NUMBER").t("\n")
    if chance(r, 0.5):
        d.t("CP ").e(phone(r, cc, True), "PHONE_NUMBER").t("\n")
    if chance(r, 0.8):
        d.t("EA ").e(email(r, q).upper(), "EMAIL_ADDRESS").t("\n")
    d.t("FD %s%d/" % (al[1], r.randint(1, 2999))).e(gds(dep, year=False), "DATE_TIME").t(" %s%s\n" % (a, b))
    d.t("RT %s/%s\n" % (a, b))
    nb = r.randint(1, 2)
    d.t("TN " + " ".join("%s%s" % (al[1], digits(r, 6)) for _ in range(nb)) + "\n")
    d.t("CT " + " ".join("%s%s%s" % (pick(r, BAG_COLORS), pick(r, BAG_TYPES), pick(r, ["W", "X", "D", ""])) for _ in range(nb)) + "\n")
    d.t("BI %s\n" % pick(r, ["SAMSONITE", "NO BRAND", "DELSEY", "AMERICAN TOURISTER", "RIMOWA", "NORTH FACE DUFFEL"]))
    d.t("CC %s\n" % pick(r, ["CLOTHING/SHOES/CAMERA", "BABY ITEMS/TOYS", "BUSINESS SUITS/LAPTOP CHARGER", "DIVING EQUIPMENT", "BOOKS/MEDICATION"]))
    if chance(r, 0.6):
        d.t("DA DELIVER TO TA ADDRESS  ")
        d.t("CONTACT BEFORE DELIVERY\n")
    if chance(r, 0.4):
        d.t("FF ").e(digits(r, 9), "ACCOUNT_NUMBER").t(" %s\n" % pick(r, ["GLD", "SLV", "BAS"]))
    d.t("AG %s   KEY %s\n" % (pick(r, ["KK", "MS", "JR", "TH"]), rs(r, 6, UPDI)))
    d.t("\nTrack your baggage online: ").e("https://wtrweb.%s/track?ref=%s&name=%s" % (al[2], ref, ascii_fold(q.family).upper().replace(" ", "")), "URL").t("\n")
    return d


def k_gepaeck_de(r):
    d = Doc()
    al = airline(r)
    p = person(r, pick(r, ["DE", "DE", "CH"]))
    a = address(r, p.cc if p.cc in ("DE", "CH") else "DE")
    dep = rdate(r)
    st = pick(r, ["FRA", "MUC", "HAM", "BER", "DUS", "ZRH"])
    ref = wt_ref(r, st, al[1])
    c1, _, _ = wcity(r, "de")
    c2, _, _ = wcity(r, "de", exclude=c1)
    later = r.randint(3, 21)
    email_head(d, r, (p, email(r, p)), ("Baggage Service", "baggage@" + al[2]),
               pick(r, ["Verspätetes Gepäck - Vorgang %s" % ref, "Erstattung Ersatzkäufe %s" % ref, "Koffer weiterhin verschollen (%s)" % ref]), date=rfc_date(r, plus(dep, later)))
    d.t("Sehr geehrte Damen und Herren,\n\n")
    d.t("auf meinem Flug %s %d am " % (al[1], r.randint(1, 2999))).e(fdate(r, dep, "de", style=pick(r, [0, 1])), "DATE_TIME")
    d.t(" von ").e(c1, "LOCATION").t(" nach ").e(c2, "LOCATION").t(" ist mein Koffer nicht angekommen. ")
    d.t("Die Verlustmeldung wurde am Flughafen unter der Nummer %s aufgenommen.\n\n" % ref)
    d.t("Bis heute (%d Tage später) habe ich keine Nachricht erhalten. " % later)
    amt = amount(r, "EUR", 60, 600).replace("EUR ", "").replace(".", ",") + " EUR"
    d.t("Für dringend notwendige Ersatzkäufe (Kleidung, Hygieneartikel) habe ich %s ausgegeben; die Belege liegen bei.\n\n" % amt)
    d.t("Bitte überweisen Sie den Betrag auf folgendes Konto:\n")
    d.t("Kontoinhaber: ").e(p.full, "PERSON").t("\n")
    d.t("IBAN: ").e(iban(r, "DE" if p.cc == "DE" else "CH"), "IBAN_CODE").t("\n")
    d.t("BIC: %s\n\n" % (pick(r, ["COBADEFFXXX", "DEUTDEDBFRA", "GENODEF1S12", "INGDDEFFXXX"]) if p.cc == "DE" else pick(r, ["UBSWCHZH80A", "ZKBKCHZZ80A", "POFICHBEXXX"])))
    d.t("Zustellung des Koffers bitte an folgende Adresse:\n").e(a.lines(), "ADDRESS").t("\n")
    d.t("Erreichbar bin ich unter ").e(phone(r, p.cc), "PHONE_NUMBER").t(", werktags ab ").e(ftime(r, r.randint(15, 18), 0, "de"), "DATE_TIME").t(".\n")
    d.t("\nMit freundlichen Grüßen\n").e(p.full, "PERSON").t("\n")
    return d


def k_bag_delivery_csv(r):
    d = Doc()
    al = airline(r)
    day = rdate(r)
    sep = pick(r, [",", ";", "|"])
    cc = pick(r, ["US", "GB", "DE", "FR", "ES", "NL", "IT", "AU", "CA"])
    st = station_for(r, cc)
    d.t("# courier=%s run=%s date=" % (pick(r, ["BagXpress", "SwiftBag Logistics", "AirPort Couriers"]), digits(r, 5)))
    d.e(day.isoformat(), "DATE_TIME").t(" station=%s\n" % st)
    d.t(sep.join(["file_ref", "bag_tag", "passenger", "delivery_address", "phone", "window_from", "window_to", "notes"]) + "\n")
    for _ in range(r.randint(4, 9)):
        q = person(r, cc)
        a = address(r, cc)
        h = r.randint(8, 18)
        d.t(wt_ref(r, st, al[1]) + sep + bag_tag(r, al[4]) + sep)
        nm = pick(r, [q.pnr, q.full, q.last_first])
        if sep == "," and "," in nm:
            d.t('"').e(nm, "PERSON").t('"')
        else:
            d.e(nm, "PERSON")
        d.t(sep)
        ad = a.one()
        if sep == ",":
            d.t('"').e(ad, "ADDRESS").t('"')
        else:
            d.e(ad, "ADDRESS")
        d.t(sep).e(phone(r, cc), "PHONE_NUMBER").t(sep)
        d.e("%02d:00" % h, "DATE_TIME").t(sep).e("%02d:00" % (h + 2), "DATE_TIME").t(sep)
        d.t(pick(r, ["", "", "ring twice", "leave with concierge", "call 30 min ahead", "fragile - golf bag", "gate code 4471"]) + "\n")
    return d


def k_bagagem_pt(r):
    d = Doc()
    al = airline(r)
    p = person(r, "BR")
    a = address(r, "BR")
    dep = rdate(r)
    st = pick(r, ["GRU", "GIG", "BSB", "LIS", "OPO"])
    ref = wt_ref(r, st, al[1])
    c1, _, _ = wcity(r, "pt")
    d.t("Relato de bagagem extraviada - Central de Atendimento %s\n" % al[0])
    d.t("Protocolo: %s   Canal: %s\n\n" % (digits(r, 12), pick(r, ["chat", "e-mail", "WhatsApp"])))
    d.t("Olá, meu nome é ").e(p.full, "PERSON").t(" e viajei no voo %s%d no dia " % (al[1], r.randint(1, 2999)))
    d.e(fdate(r, dep, "pt", style=pick(r, [0, 1])), "DATE_TIME").t(", saindo de ").e(c1, "LOCATION").t(". ")
    d.t("Minha mala não chegou e o número do registro (RIB/PIR) é %s.\n\n" % ref)
    d.t("Seguem meus dados para contato e entrega:\n")
    d.t("Endereço: ").e(a.one(), "ADDRESS").t("\n")
    d.t("Celular: ").e(phone(r, "BR"), "PHONE_NUMBER").t("\n")
    d.t("E-mail: ").e(email(r, p), "EMAIL_ADDRESS").t("\n")
    d.t("Etiqueta da bagagem: %s\n\n" % bag_tag(r, al[4]))
    d.t("A mala é %s, marca %s, com uma fita %s na alça.\n" % (pick(r, ["preta", "azul-marinho", "vermelha", "cinza"]), pick(r, ["Samsonite", "Primicia", "Sestini"]), pick(r, ["amarela", "verde", "rosa"])))
    d.t("Preciso dela até ").e(fdate(r, plus(dep, r.randint(2, 6)), "pt", style=1, wd=chance(r, 0.5)), "DATE_TIME").t(", pois tenho uma viagem a trabalho.\n")
    d.t("\nAtenciosamente,\n").e(p.given, "PERSON").t("\n")
    return d


def k_bagaglio_it(r):
    d = Doc()
    al = airline(r)
    p = person(r, "IT")
    a = address(r, "IT")
    dep = rdate(r)
    ref = wt_ref(r, pick(r, ["FCO", "MXP", "LIN", "NAP", "VCE", "BLQ"]), al[1])
    d.e(p.full, "PERSON").t("\n").e(a.lines(), "ADDRESS").t("\n")
    d.t("Tel. ").e(phone(r, "IT"), "PHONE_NUMBER").t("\n\n")
    d.t("Spett.le %s\nUfficio Reclami Bagagli\n\n" % al[0])
    d.e(pick(r, ["Roma", "Milano", "Torino", "Napoli", "Bologna"]), "LOCATION").t(", ").e(fdate(r, plus(dep, r.randint(3, 15)), "it", style=1), "DATE_TIME").t("\n\n")
    d.t("Oggetto: richiesta di risarcimento per bagaglio danneggiato - PIR %s\n\n" % ref)
    d.t("Con la presente segnalo che in occasione del volo %s%d del " % (al[1], r.randint(1, 2999)))
    d.e(fdate(r, dep, "it", style=pick(r, [0, 1])), "DATE_TIME")
    d.t(" la mia valigia (etichetta %s) è stata riconsegnata con %s.\n" % (bag_tag(r, al[4]), pick(r, ["una ruota rotta", "il guscio crepato", "la maniglia telescopica bloccata", "la cerniera strappata"])))
    d.t("Il costo della riparazione, come da preventivo allegato, ammonta a %s.\n\n" % amount(r, "EUR", 50, 400))
    d.t("Chiedo pertanto il rimborso sul conto intestato a ").e(p.full, "PERSON").t(",\nIBAN ").e(iban(r, "IT"), "IBAN_CODE").t(".\n\n")
    d.t("Resto a disposizione all'indirizzo ").e(email(r, p), "EMAIL_ADDRESS").t(".\n\nDistinti saluti\n").e(p.full, "PERSON").t("\n")
    return d


# ===========================================================================
# KINDS: disruption / customer service
# ===========================================================================
def k_disruption_email(r):
    d = Doc()
    al = airline(r)
    p = person(r, any_cc(r))
    loc = pnr_loc(r)
    dep = rdate(r)
    c1, i1, _ = wcity(r)
    c2, i2, _ = wcity(r, exclude=c1)
    fl_old = "%s%d" % (al[1], r.randint(1, 2999))
    email_head(d, r, (al[0], "no-reply@" + al[2]), (p, email(r, p)),
               pick(r, ["Important: your flight %s has been cancelled" % fl_old, "Schedule change for booking %s" % loc,
                        "Your new travel itinerary - %s" % loc]), extra=False, date=rfc_date(r, plus(dep, -r.randint(0, 2))))
    d.t("Dear %s " % p.title("en", r)).e(pick(r, [p.family, p.full]), "PERSON").t(",\n\n")
    reason = pick(r, ["due to operational reasons", "due to adverse weather at %s" % i2, "because of an air traffic control strike",
                      "due to a technical issue with the aircraft", "due to crew availability"])
    d.t("We regret to inform you that your flight %s from " % fl_old).e(c1, "LOCATION").t(" to ").e(c2, "LOCATION")
    d.t(" on ").e(fdate(r, dep, "en", style=pick(r, [0, 1, 2]), wd=chance(r, 0.4)), "DATE_TIME").t(" has been cancelled %s.\n\n" % reason)
    d.t("We have rebooked you on the following flight(s):\n\n")
    nd = plus(dep, r.randint(0, 1))
    for _ in range(r.randint(1, 2)):
        h, m = rtime(r)
        h2, m2 = (h + r.randint(1, 9)) % 24, pick(r, [0, 10, 20, 35, 45, 55])
        d.t("  %s%d  %s -> %s  " % (al[1], r.randint(1, 2999), i1, i2))
        d.e(fdt(r, nd, h, m, "en", dstyle=2), "DATE_TIME").t("  arr. ").e(ftime(r, h2, m2, "en"), "DATE_TIME").t("\n")
    d.t("\nBooking reference: %s\n" % loc)
    d.t("Passenger(s): ").e(p.full.upper(), "PERSON")
    if chance(r, 0.4):
        q = person(r, p.cc)
        d.t(", ").e(q.full.upper(), "PERSON")
    d.t("\n\nIf the new flight does not suit you, you can choose another option or request a refund here:\n")
    d.e("https://www.%s/manage-booking?pnr=%s&lastName=%s" % (al[2], loc, ascii_fold(p.family).replace(" ", "%20")), "URL").t("\n\n")
    d.t("Depending on your route you may be entitled to compensation under %s.\n" % pick(r, ["Regulation (EC) 261/2004", "UK261", "the applicable passenger rights rules"]))
    d.t("Our service centre is available 24/7 on ").e(tollfree(r, pick(r, ["US", "GB", "DE", "FR", "ES"])), "PHONE_NUMBER").t(".\n\n")
    d.t("We apologise for the inconvenience.\n%s Customer Care\n\n" % al[0])
    d.t("This e-mail was sent to you as the contact of booking %s. Ref: %s\n" % (loc, uuid(r)))
    return d


def k_rebooking_es(r):
    d = Doc()
    al = airline(r)
    p = person(r, pick(r, ["ES", "MX", "ES"]))
    loc = pnr_loc(r)
    dep = rdate(r)
    c1, i1, _ = wcity(r, "es")
    c2, i2, _ = wcity(r, "es", exclude=c1)
    email_head(d, r, (al[0], "avisos@" + al[2]), (p, email(r, p)), pick(r, ["Cambio en su reserva %s" % loc, "Su vuelo ha sido modificado", "Aviso importante sobre su viaje"]), extra=False, date=rfc_date(r, plus(dep, -r.randint(1, 30))))
    d.t("Estimado/a %s " % p.title("es")).e(p.full, "PERSON").t(":\n\n")
    d.t("Le informamos de que el horario de su vuelo %s%d entre " % (al[1], r.randint(1, 2999))).e(c1, "LOCATION").t(" y ").e(c2, "LOCATION")
    d.t(" ha cambiado.\n\n")
    h, m = rtime(r)
    d.t("Horario anterior: ").e(fdt(r, dep, h, m, "es", dstyle=pick(r, [0, 1])), "DATE_TIME").t("\n")
    h2, m2 = rtime(r)
    d.t("Nuevo horario:    ").e(fdt(r, plus(dep, r.randint(0, 1)), h2, m2, "es", dstyle=pick(r, [0, 1])), "DATE_TIME").t("\n\n")
    d.t("Localizador: %s\n" % loc)
    d.t("Si el nuevo horario no le conviene, puede cambiar su vuelo sin coste o solicitar el reembolso en ")
    d.e("https://www.%s/es/mis-reservas?loc=%s" % (al[2], loc), "URL").t(" o llamando al ").e(tollfree(r, "ES") if chance(r, 0.5) else phone(r, "ES"), "PHONE_NUMBER").t(".\n\n")
    d.t("Le rogamos que se presente en el aeropuerto al menos %d minutos antes de la salida.\n\nAtentamente,\nAtención al Cliente %s\n" % (pick(r, [90, 120, 180]), al[0]))
    return d


def k_sms_batch(r):
    d = Doc()
    al = airline(r)
    d.t("msisdn,template,message,status,sent_at\n")
    for _ in range(r.randint(4, 9)):
        p = person(r, any_cc(r))
        ph = phone(r, p.cc, intl=True).replace("(0)", "").replace(" ", "").replace("-", "").replace("(", "").replace(")", "")
        d.e(ph, "PHONE_NUMBER").t(",")
        t = r.randrange(3)
        fl = "%s%d" % (al[1], r.randint(1, 2999))
        if t == 0:
            d.t('DELAY,"%s: Hi ' % al[0]).e(ascii_fold(p.given).upper() if chance(r, 0.5) else p.given, "PERSON")
            h, m = rtime(r)
            d.t(", flight %s is delayed. New departure " % fl).e("%02d:%02d" % (h, m), "DATE_TIME").t(". Gate info in app.\",")
        elif t == 1:
            d.t('GATE,"%s: Flight %s on ' % (al[0], fl)).e(gds(rdate(r), year=False), "DATE_TIME").t(" now departs from gate %s%d. Boarding " % (pick(r, "ABCDE"), r.randint(1, 60)))
            d.e("%02d:%02d" % rtime(r), "DATE_TIME").t('.",')
        else:
            d.t('CNX,"%s: We are sorry, %s is cancelled. Rebook: ' % (al[0], fl)).e("https://%s/r/%s" % (al[2], rs(r, 7)), "URL").t('",')
        d.t("%s,%s\n" % (pick(r, ["DELIVERED", "DELIVERED", "SENT", "FAILED"]), log_ts(r, None, 0)))
    return d


def k_eu261_claim_de(r):
    d = Doc()
    al = airline(r)
    p = person(r, pick(r, ["DE", "DE", "DE", "CH"]))
    a = address(r, "DE")
    dep = rdate(r)
    d.t("Online-Formular: Antrag auf Ausgleichszahlung gem. Verordnung (EG) Nr. 261/2004\n")
    d.t("Eingangsnummer: %s   Eingang: %s\n\n" % (digits(r, 10), log_ts(r, plus(dep, r.randint(3, 40)), 3)))
    rows = [("Anrede", lambda: d.t(p.title("de"))),
            ("Vorname", lambda: d.e(p.given, "PERSON")),
            ("Nachname", lambda: d.e(p.family, "PERSON")),
            ("Straße, Hausnr.", lambda: d.e(a.street_line, "ADDRESS")),
            ("PLZ", lambda: d.t(a.postcode)),
            ("Ort", lambda: d.e(a.city, "LOCATION")),
            ("Land", lambda: d.e(country_name("DE", "de"), "LOCATION")),
            ("E-Mail", lambda: d.e(email(r, p), "EMAIL_ADDRESS")),
            ("Telefon", lambda: d.e(phone(r, "DE"), "PHONE_NUMBER")),
            ("Buchungscode", lambda: d.t(pnr_loc(r))),
            ("Ticketnummer", lambda: d.t(eticket(r, al[4]))),
            ("Flugnummer", lambda: d.t("%s %d" % (al[1], r.randint(1, 2999)))),
            ("Flugdatum", lambda: d.e(fdate(r, dep, "de", style=0), "DATE_TIME")),
            ("Art der Störung", lambda: d.t(pick(r, ["Annullierung", "Verspätung > 3 Std.", "Nichtbeförderung"]))),
            ("Ankunftsverspätung (Std.)", lambda: d.t(str(r.randint(3, 14)))),
            ("Kontoinhaber", lambda: d.e(p.full, "PERSON")),
            ("IBAN", lambda: d.e(iban(r, "DE"), "IBAN_CODE")),
            ("BIC", lambda: d.t(pick(r, ["COBADEFFXXX", "DEUTDEDBFRA", "SSKMDEMMXXX", "BYLADEM1001"])))]
    colon = pick(r, [": ", ":\t", " = "])
    for lab, fn in rows:
        d.t(lab + colon)
        fn()
        d.t("\n")
    d.t("\nBemerkungen: ")
    d.t(pick(r, ["Anschlussflug verpasst, erst am nächsten Tag angekommen.",
                 "Keine Verpflegung angeboten worden.",
                 "Ersatzflug erst ",
                 "—"]))
    if d.parts[-1] == "Ersatzflug erst ":
        d.e(fdt(r, plus(dep, 1), r.randint(6, 22), pick(r, [0, 15, 30, 45]), "de", dstyle=0), "DATE_TIME").t(".")
    d.t("\n[x] Ich versichere die Richtigkeit meiner Angaben.\n")
    return d


def k_eu261_resp_fr(r):
    d = Doc()
    al = airline(r)
    p = person(r, "FR")
    a = address(r, "FR")
    dep = rdate(r)
    agent = person(r, "FR")
    c1, _, _ = wcity(r, "fr")
    c2, _, _ = wcity(r, "fr", exclude=c1)
    d.t("%s - Service Relations Clients\n\n" % al[0])
    d.t(p.title("fr") + " ").e(p.full, "PERSON").t("\n").e(a.lines(), "ADDRESS").t("\n\n")
    d.e(pick(r, ["Roissy", "Toulouse", "Paris", "Nice"]), "LOCATION").t(", le ").e(fdate(r, plus(dep, r.randint(10, 60)), "fr", style=1), "DATE_TIME").t("\n\n")
    d.t("Objet : votre demande d'indemnisation - dossier n° CLM-%d-%s\n\n" % (dep.year, digits(r, 6)))
    d.t("%s,\n\n" % ("Monsieur" if p.sex == "M" else "Madame"))
    d.t("Nous accusons réception de votre réclamation concernant le vol %s %d du " % (al[1], r.randint(1, 2999)))
    d.e(fdate(r, dep, "fr", style=1), "DATE_TIME").t(" entre ").e(c1, "LOCATION").t(" et ").e(c2, "LOCATION").t(".\n\n")
    if chance(r, 0.6):
        d.t("Conformément au règlement (CE) n° 261/2004, une indemnité forfaitaire de %s EUR vous sera versée sous 14 jours " % pick(r, ["250", "400", "600"]))
        d.t("sur le compte IBAN FR76 **** **** **** **** ***%s %s que vous nous avez communiqué.\n\n" % (digits(r, 1), digits(r, 3)))
    else:
        d.t("Après analyse, le retard de votre vol est dû à des circonstances extraordinaires (%s) et n'ouvre pas droit à indemnisation. " % pick(r, ["conditions météorologiques", "grève du contrôle aérien", "impact aviaire"]))
        d.t("Nous vous remboursons toutefois vos frais de repas sur présentation des justificatifs.\n\n")
    d.t("Pour toute question, notre service est joignable au ").e(phone(r, "FR"), "PHONE_NUMBER").t(" du lundi au vendredi de ").e("9h00", "DATE_TIME").t(" à ").e("18h00", "DATE_TIME").t(".\n\n")
    d.t("Nous vous prions d'agréer, %s, l'expression de nos salutations distinguées.\n\n" % ("Monsieur" if p.sex == "M" else "Madame"))
    d.e(agent.full, "PERSON").t("\nChargé(e) de clientèle\n")
    return d


def k_hotel_voucher(r):
    d = Doc()
    al = airline(r)
    cc = pick(r, ["US", "GB", "DE", "FR", "ES", "NL", "IT", "PT", "CH", "IE"])
    a = address(r, cc)
    day = rdate(r)
    d.t("%s\nDISRUPTION ACCOMMODATION VOUCHER   No. %s\n" % (al[0].upper(), digits(r, 7)))
    d.t("Issued at: %s  Agent: %s\n\n" % (station_for(r, cc), rs(r, 2, UP) + digits(r, 2)))
    d.t("Passenger name(s):\n")
    q0 = person(r, any_cc(r))
    for i in range(r.randint(1, 3)):
        q = q0 if i == 0 else person(r, q0.cc)
        d.t("  - ").e(q.pnr if chance(r, 0.6) else q.full, "PERSON").t("\n")
    d.t("Original flight: %s%d   Booking: %s\n\n" % (al[1], r.randint(1, 2999), pnr_loc(r)))
    d.t("Hotel: %s\n" % pick(r, ["Airport Plaza Hotel", "Premier Inn Airport", "Ibis Styles Aeroporto", "Hotel Flughafen Nord", "Holiday Inn Express"]))
    d.t("Address: ").e(a.one(), "ADDRESS").t("\n")
    d.t("Phone: ").e(phone(r, cc), "PHONE_NUMBER").t("\n")
    d.t("Check-in: ").e(fdate(r, day, "en", style=2), "DATE_TIME").t("   Check-out: ").e(fdate(r, plus(day, 1), "en", style=2), "DATE_TIME").t("\n")
    d.t("Room type: %s   Meals: %s\n" % (pick(r, ["SGL", "DBL", "TWN", "FAM"]), pick(r, ["Dinner + breakfast", "Breakfast only", "Full board"])))
    d.t("Shuttle: %s, first departure " % pick(r, ["Bus stop 14", "Arrivals exit B", "Door 5"])).e(ftime(r, r.randint(4, 6), pick(r, [0, 15, 30])), "DATE_TIME").t("\n")
    d.t("\nThe hotel will invoice %s directly (billing code %s). Drinks and extras are payable by the guest.\n" % (al[0], rs(r, 3, UP) + digits(r, 4)))
    return d


def k_cs_chat(r):
    d = Doc()
    al = airline(r)
    ag = person(r, any_cc(r))
    cu = person(r, any_cc(r))
    h, m = r.randint(6, 22), r.randint(0, 50)
    s = [0]

    def ts():
        s[0] += r.randint(10, 80)
        mm = m + s[0] // 60
        return "%02d:%02d:%02d" % (h + mm // 60, mm % 60, s[0] % 60)

    d.t("Chat transcript - %s Virtual Assistant > Live Agent\nConversation ID: %s\n\n" % (al[0], uuid(r)))
    d.t("%s Bot: Hi! I'm your virtual assistant. What can I help you with?\n" % ts())
    d.t("%s Customer: I need to change the name on my booking, there is a typo\n" % ts())
    d.t("%s Bot: I'll connect you to an agent.\n" % ts())
    d.t("%s " % ts()).e(ag.given, "PERSON").t(": Hello, my name is ").e(ag.given, "PERSON").t(". Could you give me your booking reference and the e-mail used for the booking?\n")
    loc = pnr_loc(r)
    em = email(r, cu)
    d.t("%s Customer: %s, " % (ts(), loc)).e(em, "EMAIL_ADDRESS").t("\n")
    wrong = cu.given[:-1] + pick(r, "aeiy") if len(cu.given) > 3 else cu.given + "e"
    d.t("%s " % ts()).e(ag.given, "PERSON").t(": Thank you. I can see the passenger name as ").e(("%s %s" % (wrong, cu.family)).upper(), "PERSON").t(". What should it be?\n")
    d.t("%s Customer: " % ts()).e(cu.full.upper(), "PERSON").t(" - also my %s number is missing: " % al[3])
    d.e(digits(r, r.choice([9, 10])), "ACCOUNT_NUMBER").t("\n")
    d.t("%s " % ts()).e(ag.given, "PERSON").t(": Corrected and the membership number is added. The flight on ")
    d.e(fdate(r, rdate(r), "en", style=pick(r, [0, 1, 2])), "DATE_TIME").t(" is unchanged. Anything else?\n")
    if chance(r, 0.5):
        d.t("%s Customer: Can you send confirmation to my phone too? " % ts()).e(phone(r, cu.cc, True), "PHONE_NUMBER").t("\n")
        d.t("%s " % ts()).e(ag.given, "PERSON").t(": Done, SMS sent.\n")
    d.t("%s Customer: no thanks, bye\n%s System: Chat closed. CSAT survey sent.\n" % (ts(), ts()))
    return d


def k_refund_ach(r):
    d = Doc()
    al = airline(r)
    p = person(r, "US")
    a = address(r, "US")
    d.t("%s - REFUND REQUEST (ELECTRONIC FUNDS TRANSFER)\nCase #: RF-%s\n\n" % (al[0].upper(), digits(r, 8)))
    d.t("Passenger name: ").e(p.full, "PERSON").t("\n")
    d.t("Ticket number(s): %s\n" % ", ".join(eticket(r, al[4]) for _ in range(r.randint(1, 3))))
    d.t("Original form of payment: card %s\n" % mask_card(r))
    d.t("Reason: %s\n\n" % pick(r, ["Flight cancelled by carrier", "Schedule change > 3 hours", "Downgrade", "Duplicate charge"]))
    d.t("Payee information\n")
    d.t("  Name on account: ").e(p.full.upper() if chance(r, 0.4) else p.full, "PERSON").t("\n")
    d.t("  Mailing address: ").e(a.one(), "ADDRESS").t("\n")
    d.t("  Phone: ").e(phone(r, "US"), "PHONE_NUMBER").t("   Email: ").e(email(r, p), "EMAIL_ADDRESS").t("\n")
    d.t("  Bank: %s\n" % pick(r, ["Wells Fargo Bank", "Chase Bank", "Citibank", "PNC Bank", "Ally Bank"]))
    d.t("  ABA routing number: %s\n" % ("0" + digits(r, 8) if chance(r, 0.5) else "1" + digits(r, 8)))
    d.t("  Account number: ").e(digits(r, r.randint(8, 12)), "ACCOUNT_NUMBER").t("   Type: %s\n" % pick(r, ["checking", "savings"]))
    d.t("Refund amount: %s\n" % amount(r, "USD", 80, 2500))
    d.t("\nRequested on: ").e(fdate(r, rdate(r), "en", style=4), "DATE_TIME").t("\nSignature: /s/ ").e(p.full, "PERSON").t("\n")
    return d


def k_ops_slack(r):
    d = Doc()
    al = airline(r)
    users = [person(r, any_cc(r)) for _ in range(4)]
    h, m = r.randint(5, 20), r.randint(0, 30)
    d.t("#occ-irregular-ops  |  export  |  %s\n\n" % al[0])

    def line(u):
        nonlocal m
        m += r.randint(1, 6)
        d.t("[%02d:%02d] " % (h + m // 60, m % 60)).e(u.full if chance(r, 0.6) else u.given, "PERSON").t(": ")

    fl = "%s%d" % (al[1], r.randint(1, 2999))
    line(users[0])
    d.t("%s AOG at %s, %s. ETR %s at the earliest.\n" % (fl, pick(r, AIRPORTS), pick(r, ["bleed fault", "hyd leak on green system", "bird strike inspection", "nose wheel steering fault"]), pick(r, ["4h", "6h", "tomorrow morning"])))
    line(users[1])
    d.t("Swap to %s possible, it's on the ground until " % reg(r)).e("%02d:%02d" % rtime(r), "DATE_TIME").t(" LT.\n")
    line(users[2])
    d.t("Crew: CPT ").e(person(r, any_cc(r)).family, "PERSON").t(" runs out of FDP at ").e("%02d:%02d" % rtime(r), "DATE_TIME").t(", need a reserve. Calling ").e(person(r, any_cc(r)).full, "PERSON").t(" now.\n")
    line(users[3])
    d.t("Hotel block for %d pax requested, voucher code %s.\n" % (r.randint(20, 180), rs(r, 6, UPDI)))
    if chance(r, 0.45):
        line(users[0])
        d.t("FYI the rebooking bot is failing, token in the runbook is wrong - use ").e(slack_token(r), "SLACK_TOKEN").t(" until IT rotates it\n")
    if chance(r, 0.5):
        line(users[1])
        d.t("Station manager on ").e(phone(r, pick(r, ["DE", "GB", "ES", "IT", "FR"]), True), "PHONE_NUMBER").t(" if needed\n")
    line(users[2])
    d.t(":thumbsup:\n")
    return d

# ===========================================================================
# KINDS: frequent flyer
# ===========================================================================
def k_ff_welcome(r):
    d = Doc()
    al = airline(r)
    p = person(r, any_cc(r))
    em = email(r, p)
    exp = rdate(r)
    email_head(d, r, (al[3], "members@" + al[2]), (p, em), pick(r, ["Welcome to %s" % al[3], "Your %s membership is active" % al[3], "Your temporary password"]), extra=False,
               date=rfc_date(r, plus(exp, -r.randint(1, 7))))
    d.t("Dear ").e(p.given, "PERSON").t(",\n\n")
    d.t("Welcome to %s! Your membership number is " % al[3]).e(digits(r, r.choice([9, 10, 12])), "ACCOUNT_NUMBER").t(".\n\n")
    if chance(r, 0.7):
        d.t("To sign in for the first time, use your e-mail address ").e(em, "EMAIL_ADDRESS").t(" and this temporary password:\n\n    ")
        d.e(password(r), "PASSWORD").t("\n\n")
        d.t("The temporary password expires on ").e(fdt(r, exp, r.randint(0, 23), pick(r, [0, 30, 59]), "en", dstyle=pick(r, [0, 1, 2])), "DATE_TIME").t(" (UTC). ")
        d.t("Please change it after your first login.\n\n")
    d.t("Sign in here: ").e("https://www.%s/%s" % (al[2], pick(r, ["login", "members/activate?token=" + rs(r, 22, B64U), "account/first-login"])), "URL").t("\n\n")
    d.t("Your status: %s  |  Welcome bonus: %d %s\n" % (pick(r, ["Blue", "Basic", "Explorer"]), pick(r, [500, 1000, 2500]), pick(r, ["miles", "points", "bonus points"])))
    d.t("Never share your password. We will never ask for it by phone or e-mail.\n\n")
    d.t("%s Member Services\n" % al[3])
    d.t("Unsubscribe: ").e("https://email.%s/unsub?u=%s" % (al[2], rs(r, 16, HEX)), "URL").t("\n")
    return d


def k_ff_login_alert(r):
    d = Doc()
    al = airline(r)
    p = person(r, any_cc(r))
    c, _, ccc = wcity(r)
    day = rdate(r)
    email_head(d, r, (al[3] + " Security", "security@" + al[2]), (p, email(r, p)), "New sign-in to your %s account" % al[3], extra=False, date=rfc_date(r, day))
    d.t("Hi ").e(p.given, "PERSON").t(",\n\nWe noticed a new sign-in to your account ending in %s.\n\n" % digits(r, 4))
    h, m = rtime(r)
    d.t("When:     ").e(fdt(r, day, h, m, "en", dstyle=pick(r, [0, 1, 2]), wd=chance(r, 0.5)), "DATE_TIME").t(pick(r, [" UTC", " CET", " GMT", " EST", ""]) + "\n")
    d.t("Where:    ").e("%s, %s" % (c, COUNTRY_NAME.get(ccc, {"IS": "Iceland", "GR": "Greece", "AT": "Austria", "DK": "Denmark", "NO": "Norway",
                                                              "FI": "Finland", "BE": "Belgium", "CZ": "Czechia", "HU": "Hungary", "QA": "Qatar",
                                                              "KE": "Kenya", "MA": "Morocco", "CO": "Colombia", "PE": "Peru", "AR": "Argentina",
                                                              "CL": "Chile", "TH": "Thailand", "VN": "Vietnam", "PH": "Philippines"}.get(ccc, ccc))), "LOCATION").t(" (approximate)\n")
    d.t("IP:       ").e(ip(r), "IP_ADDRESS").t("\n")
    d.t("Device:   %s\n\n" % pick(r, ["Chrome 122 on Windows 11", "Safari on iPhone (iOS 17.4)", "%s app 8.14.2 on Android 14" % al[0], "Firefox 124 on macOS"]))
    d.t("If this was you, no action is needed. If not, reset your password immediately at ")
    d.e("https://www.%s/account/security" % al[2], "URL").t(" and call us on ").e(tollfree(r, pick(r, ["US", "GB", "DE"])), "PHONE_NUMBER").t(".\n")
    return d


def k_ff_profile_json(r):
    d = Doc()
    al = airline(r)
    cc = any_cc(r)
    p = person(r, cc)
    a = address(r, cc)
    ind = "  "
    d.t("HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: %s\n\n" % uuid(r))
    d.t("{\n")
    d.t(ind + '"memberNumber": "').e(digits(r, 10), "ACCOUNT_NUMBER").t('",\n')
    d.t(ind + '"programme": "%s",\n' % al[3])
    d.t(ind + '"tier": "%s",\n' % pick(r, ["GOLD", "SILVER", "PLATINUM", "BASE"]))
    d.t(ind + '"name": {"title": "%s", "given": "' % p.title("en", r)).e(p.given, "PERSON").t('", "family": "').e(p.family, "PERSON").t('"},\n')
    d.t(ind + '"dateOfBirth": "').e(rdob(r).isoformat(), "DATE_OF_BIRTH").t('",\n')
    d.t(ind + '"emails": [{"type": "HOME", "value": "').e(email(r, p), "EMAIL_ADDRESS").t('", "verified": %s}],\n' % pick(r, ["true", "false"]))
    d.t(ind + '"phones": [{"type": "MOBILE", "number": "').e(phone(r, cc, True), "PHONE_NUMBER").t('"}],\n')
    d.t(ind + '"address": {\n')
    d.t(ind * 2 + '"line1": "').e(a.street[0], "ADDRESS").t('",\n')
    if len(a.street) > 1:
        d.t(ind * 2 + '"line2": "').e(a.street[1], "ADDRESS").t('",\n')
    d.t(ind * 2 + '"city": "').e(a.city, "LOCATION").t('",\n')
    if a.region:
        d.t(ind * 2 + '"region": "').e(a.region, "LOCATION").t('",\n')
    d.t(ind * 2 + '"postalCode": "%s",\n' % a.postcode)
    d.t(ind * 2 + '"countryCode": "%s"\n' % cc)
    d.t(ind + "},\n")
    d.t(ind + '"balance": {"miles": %d, "tierMiles": %d, "expiring": [{"miles": %d, "on": "' % (r.randint(0, 400000), r.randint(0, 80000), r.randint(100, 9000)))
    d.e(rdate(r, 2025, 2026).isoformat(), "DATE_TIME").t('"}]},\n')
    d.t(ind + '"paymentCards": [{"brand": "VISA", "masked": "%s", "token": "tok_%s"}],\n' % ("411111******" + digits(r, 4), rs(r, 24)))
    d.t(ind + '"lastLogin": {"ip": "').e(ip(r), "IP_ADDRESS").t('", "channel": "%s"},\n' % pick(r, ["APP_IOS", "WEB", "APP_ANDROID"]))
    d.t(ind + '"updatedAt": "%s"\n}\n' % log_ts(r, None, 0))
    return d


def k_status_match_pt(r):
    d = Doc()
    al = airline(r)
    p = person(r, pick(r, ["PT", "BR"]))
    other = pick(r, [x for x in AIRLINES if x != al])
    email_head(d, r, (p, email(r, p)), (al[3], "fidelizacao@" + al[2]), pick(r, ["Pedido de equiparação de estatuto", "Status match - pedido", "Pedido de match de categoria"]))
    d.t("Boa tarde,\n\nChamo-me ").e(p.full, "PERSON").t(" e sou cliente %s do programa %s (n.º " % (pick(r, ["Gold", "Platinum", "Silver"]), other[3]))
    d.e(digits(r, 9), "ACCOUNT_NUMBER").t(").\n")
    d.t("Gostaria de solicitar a equiparação de estatuto para a minha conta %s n.º " % al[3]).e(digits(r, 10), "ACCOUNT_NUMBER").t(".\n\n")
    d.t("Envio em anexo o cartão digital e o extrato dos últimos 12 meses, com validade até ").e(fdate(r, rdate(r, 2025, 2026), "pt", style=pick(r, [0, 1])), "DATE_TIME").t(".\n")
    d.t("Viajo com frequência entre ").e(pick(r, ["Lisboa", "Porto", "São Paulo", "Rio de Janeiro", "Faro"]), "LOCATION").t(" e ").e(wcity(r, "pt")[0], "LOCATION").t(" por motivos profissionais.\n\n")
    d.t("Podem contactar-me pelo telemóvel ").e(phone(r, p.cc), "PHONE_NUMBER").t(".\n")
    d.t("\nCumprimentos,\n").e(p.full, "PERSON").t("\n")
    return d


# ===========================================================================
# KINDS: charter
# ===========================================================================
def k_charter_quote(r):
    d = Doc()
    co = pick(r, CHARTER_COS)
    dom = re.sub(r"[^a-z]", "", co.lower())[:14] + pick(r, [".com", ".aero", ".co.uk", ".ch"])
    br = person(r, pick(r, ["GB", "US", "CH", "DE", "AE"]))
    cl = person(r, any_cc(r))
    day = rdate(r)
    sent = plus(day, -r.randint(3, 40))
    email_head(d, r, (br, corp_email(r, br, dom)), (cl, email(r, cl)), pick(r, ["Charter quote %s" % ("Q-" + digits(r, 5)), "Your private flight - options", "RE: Jet availability"]),
               date=rfc_date(r, sent))
    d.t("Dear %s " % cl.title("en", r)).e(cl.family, "PERSON").t(",\n\nThank you for your enquiry. Please find our proposal below.\n\n")
    legs = r.randint(1, 3)
    first = day
    for i in range(legs):
        a, b = two_airports(r)
        h, m = rtime(r)
        d.t("Leg %d: %s - %s   " % (i + 1, a, b)).e(fdt(r, day, h, m, "en", dstyle=pick(r, [2, 0])), "DATE_TIME").t(" LT   %d pax\n" % r.randint(1, 12))
        day = plus(day, r.randint(0, 5))
    d.t("\n")
    for j in range(r.randint(1, 3)):
        d.t("Option %s: %s (%s, %d seats, YOM %d) - %s all-in\n" % ("ABC"[j], pick(r, BIZJETS), reg(r), r.randint(6, 16), r.randint(2008, 2023), amount(r, pick(r, ["EUR", "USD", "GBP", "CHF"]), 9000, 140000)))
    d.t("\nIncluded: crew, fuel, landing/handling, catering standard, VAT where applicable. De-icing and overnight crew expenses billed at cost.\n")
    d.t("This quote is subject to availability and valid until ").e(fdt(r, plus(sent, min(2, (first - sent).days - 1)), r.randint(9, 18), 0, "en", dstyle=pick(r, [0, 2])), "DATE_TIME").t(".\n")
    sign_off(d, r, br, "Charter Sales", co, ph=True, cc=br.cc)
    d.t("24h ops: ").e(phone(r, br.cc, True), "PHONE_NUMBER").t("\n")
    return d


def k_charter_conf_de(r):
    d = Doc()
    co = pick(r, CHARTER_COS)
    cl = person(r, pick(r, ["DE", "DE", "CH"]))
    a = address(r, cl.cc if cl.cc in ("DE", "CH") else "DE")
    day = rdate(r)
    d.t("%s GmbH\nCHARTERBESTÄTIGUNG Nr. CB-%d-%s\n\n" % (co.split()[0], day.year, digits(r, 4)))
    d.t("Auftraggeber:\n").e(cl.full, "PERSON").t("\n").e(a.lines(), "ADDRESS").t("\n")
    d.t("Telefon: ").e(phone(r, cl.cc), "PHONE_NUMBER").t("\n\n")
    a1, b1 = two_airports(r)
    h, m = rtime(r)
    d.t("Strecke: %s - %s\nAbflug: " % (a1, b1)).e(fdt(r, day, h, m, "de", dstyle=pick(r, [0, 1])), "DATE_TIME").t(" (Lokalzeit)\n")
    d.t("Luftfahrzeug: %s, Kennzeichen %s\n\n" % (pick(r, BIZJETS), reg(r)))
    d.t("Passagierliste:\n")
    for i in range(r.randint(1, 5)):
        q = person(r, cl.cc)
        d.t("%d. " % (i + 1)).e(q.full, "PERSON").t(", geb. ").e(fdate(r, rdob(r, 1945, 2018), "de", style=0), "DATE_OF_BIRTH").t("\n")
    amt = "{:,.2f}".format(r.randint(800000, 9000000) / 100).replace(",", "X").replace(".", ",").replace("X", ".")
    d.t("\nCharterpreis: %s EUR zzgl. MwSt.\n" % amt)
    d.t("Zahlbar bis ").e(fdate(r, plus(day, -r.randint(2, 10)), "de", style=0), "DATE_TIME").t(" auf folgendes Konto:\n")
    icc = pick(r, ["DE", "DE", "AT", "CH", "LU"])
    d.t("IBAN ").e(iban(r, icc), "IBAN_CODE").t("  BIC %s\n" % pick(r, {"DE": ["HELADEF1822", "COBADEFFXXX"], "AT": ["BKAUATWWXXX", "RZBAATWW"],
                                                                        "CH": ["UBSWCHZH80A", "ZKBKCHZZ80A"], "LU": ["BILLLULL", "BCEELULL"]}[icc]))
    d.t("\nEs gelten unsere Allgemeinen Beförderungsbedingungen.\n")
    return d


def k_charter_card_auth(r):
    d = Doc()
    co = pick(r, CHARTER_COS)
    p = person(r, pick(r, ["US", "GB", "CA", "AU", "US"]))
    a = address(r, p.cc)
    num, brand = card(r)
    exp = "%02d/%s" % (r.randint(1, 12), pick(r, ["26", "27", "28", "29", "2027", "2028"]))
    d.t("%s\nCREDIT CARD AUTHORIZATION FORM\n\n" % co.upper())
    d.t("Trip / quote no.: Q-%s   Amount to be charged: %s\n\n" % (digits(r, 5), amount(r, "USD", 5000, 120000)))
    d.t("Cardholder name: ").e(p.full.upper() if chance(r, 0.4) else p.full, "PERSON").t("\n")
    d.t("Card type: %s\n" % {"visa": "Visa", "mc": "Mastercard", "amex": "American Express", "disc": "Discover"}[brand])
    d.t("Card number: ").e(num, "CREDIT_CARD").t("\n")
    d.t("Expiration date: ").e(exp, "DATE_TIME").t("\n")
    d.t("Billing address: ").e(a.one(chance(r, 0.3)), "ADDRESS").t("\n")
    d.t("Phone: ").e(phone(r, p.cc), "PHONE_NUMBER").t("\n")
    d.t("Email: ").e(email(r, p), "EMAIL_ADDRESS").t("\n\n")
    d.t("I authorize %s to charge the above card for the charter services described in the quote, including any additional charges " % co)
    d.t("(de-icing, catering changes, waiting time) incurred during the trip.\n\n")
    d.t("Signature: ____________________    Date: ").e(fdate(r, rdate(r), "en", style=4), "DATE_TIME").t("\n")
    d.t("Please attach a copy of the front of the card and a photo ID. Forms are destroyed after processing (PCI DSS).\n")
    return d


def k_charter_paxlist_it(r):
    d = Doc()
    co = pick(r, CHARTER_COS)
    day = rdate(r)
    a, b = two_airports(r)
    d.t("%s - LISTA PASSEGGERI\nVolo charter %s-%s del " % (co, a, b)).e(fdate(r, day, "it", style=pick(r, [0, 1])), "DATE_TIME").t("\n")
    d.t("Orario di partenza previsto: ").e(ftime(r, *rtime(r), lang="it"), "DATE_TIME").t("\n\n")
    d.t("N. | Cognome | Nome | Data di nascita | Nazionalità | Documento | Scadenza\n")
    for i in range(r.randint(2, 8)):
        cc = pick(r, ["IT", "IT", "IT", "CH", "FR", "DE", "US", "GB"])
        q = person(r, cc)
        d.t("%d | " % (i + 1)).e(q.family.upper(), "PERSON").t(" | ").e(q.given, "PERSON").t(" | ")
        d.e(fdate(r, rdob(r, 1940, 2018), "it", style=0), "DATE_OF_BIRTH").t(" | %s | %s %s | " % (ISO3.get(cc, "ITA"), pick(r, ["PP", "CI"]), passport_no(r, cc)))
        d.e(fdate(r, plus(day, r.randint(60, 3000)), "it", style=0), "DATE_TIME").t("\n")
    ref = person(r, "IT")
    d.t("\nReferente a bordo: ").e(ref.full, "PERSON").t(", cell. ").e(phone(r, "IT"), "PHONE_NUMBER").t("\n")
    d.t("Catering: %s. Bagagli: %d colli.\n" % (pick(r, ["standard", "vegetariano x2", "senza glutine x1"]), r.randint(2, 20)))
    return d


def k_charter_invoice(r):
    d = Doc()
    co = pick(r, CHARTER_COS)
    cl = person(r, any_cc(r))
    a = address(r, cl.cc)
    day = rdate(r)
    op_cc = pick(r, ["GB", "CH", "DE", "LU", "IE", "NL", "AT"])
    d.t("%s Ltd\nINVOICE  %s-%d-%s\n\n" % (co, pick(r, ["INV", "CH"]), day.year, digits(r, 5)))
    d.t("Bill to:\n").e(cl.full, "PERSON").t("\n").e(a.lines(True), "ADDRESS").t("\n\n")
    d.t("Invoice date: ").e(fdate(r, day, "en", style=2), "DATE_TIME").t("\nDue date: ").e(fdate(r, plus(day, pick(r, [7, 14, 30])), "en", style=2), "DATE_TIME").t("\n")
    d.t("Customer no.: C%s    VAT no.: %s%s\n\n" % (digits(r, 6), op_cc, digits(r, 9)))
    d.t("%-48s %12s\n" % ("Description", "Amount"))
    tot = 0
    for desc in ["Charter flight %s-%s (%s)" % (pick(r, AIRPORTS), pick(r, AIRPORTS), pick(r, BIZJETS)), "Positioning", "Catering", "Handling & landing fees", "Crew overnight"]:
        if chance(r, 0.8):
            v = r.randint(300, 60000)
            tot += v
            d.t("%-48s %12s\n" % (desc, "{:,.2f}".format(v)))
    d.t("%-48s %12s\n\n" % ("TOTAL (EUR)", "{:,.2f}".format(tot)))
    d.t("Please pay by bank transfer quoting the invoice number.\n")
    d.t("Account name: %s Ltd\nIBAN: " % co).e(iban(r, op_cc), "IBAN_CODE").t("\nBIC/SWIFT: %s\n" % (rs(r, 4, UP) + op_cc + rs(r, 2, UPDI)))
    d.t("Questions: ").e("accounts@" + re.sub(r"[^a-z]", "", co.lower())[:12] + ".com", "EMAIL_ADDRESS").t("\n")
    return d


# ===========================================================================
# KINDS: maintenance
# ===========================================================================
DEFECTS = [("21", "PACK 2 FAULT ECAM WARNING IN CRUISE", "PACK 2 FCV REPLACED IAW AMM 21-51-43, OPS TEST PASSED"),
           ("32", "NOSE WHEEL TYRE WORN TO LIMIT", "NWT REPLACED IAW AMM 32-41-11, PRESSURE CHECKED 180 PSI"),
           ("25", "SEAT 14C RECLINE INOP", "ACTUATOR ADJUSTED IAW CMM 25-21-08, FUNCTION CHECK OK"),
           ("33", "LH LANDING LIGHT U/S", "LAMP REPLACED P/N 2314-5, OPS CHECK SATISFACTORY"),
           ("36", "ENG 1 BLEED LEAK DETECTED", "CLAMP RE-TORQUED, LEAK CHECK CARRIED OUT, NIL LEAKS"),
           ("38", "AFT LAV WATER LEAK", "FITTING REPLACED, SYSTEM PRESSURE TESTED OK"),
           ("34", "ADR 2 DISAGREE ON TAKEOFF ROLL", "PITOT PROBE 2 REPLACED IAW AMM 34-11-15, LEAK TEST OK"),
           ("29", "GREEN HYD LO LVL CAUTION", "RESERVOIR REPLENISHED, LEAK CHECK NIL FINDINGS")]


def k_tech_log(r):
    d = Doc()
    al = airline(r)
    rg = reg(r)
    d.t("AIRCRAFT TECHNICAL LOG   %s   A/C %s   TYPE %s   PAGE %s\n\n" % (al[0].upper(), rg, pick(r, AC_TYPES), digits(r, 6)))
    for _ in range(r.randint(1, 3)):
        day = rdate(r)
        ata, defect, act = pick(r, DEFECTS)
        rep = person(r, any_cc(r))
        eng = person(r, any_cc(r))
        a, b = two_airports(r)
        d.t("Date: ").e(pick(r, [gds(day), "%02d/%02d/%02d" % (day.day, day.month, day.year % 100), day.isoformat()]), "DATE_TIME")
        d.t("  Sector: %s%d %s-%s  FH %d.%d  FC %d\n" % (al[1], r.randint(1, 2999), a, b, r.randint(20000, 60000), r.randint(0, 9), r.randint(10000, 40000)))
        d.t("DEFECT (ATA %s): %s\n" % (ata, defect))
        d.t("Reported by: %s " % pick(r, ["CPT", "FO", "CC"])).e(pick(r, [rep.initial_family.upper(), rep.family.upper(), rep.full]), "PERSON").t("\n")
        d.t("ACTION: %s\n" % act)
        d.t("Parts: P/N %s-%s OFF S/N %s  ON S/N %s\n" % (digits(r, 6), digits(r, 2), rs(r, 2, UP) + digits(r, 5), rs(r, 2, UP) + digits(r, 5)))
        if chance(r, 0.3):
            d.t("MEL: %s-%s-%s CAT %s deferred, rectified\n" % (ata, digits(r, 2), digits(r, 2), pick(r, "ABC")))
        d.t("CRS: certifies that the work specified was carried out IAW Part-145. Signed ")
        d.e(pick(r, [eng.initial_family, eng.full, eng.family.upper()]), "PERSON")
        d.t("  Auth %s  Lic %s.66.%s.%s  at " % (rs(r, 3, UP) + digits(r, 3), pick(r, ["DE", "UK", "IE", "FR", "ES", "MT"]), pick(r, ["B1", "B2", "B1.1"]), digits(r, 5)))
        d.e("%02d:%02d" % rtime(r), "DATE_TIME").t(" UTC\n\n")
    d.t("Fuel uplift: %d kg   Oil ENG1 %.1f qt ENG2 %.1f qt   Daily check: done\n" % (r.randint(2000, 40000), r.randint(0, 8) / 2, r.randint(0, 8) / 2))
    return d


def k_workorder_csv(r):
    d = Doc()
    al = airline(r)
    cols = ["wo_number", "aircraft", "task_card", "ata", "description", "technician", "inspector", "planned_date", "closed", "man_hours"]
    sep = pick(r, [",", ";"])
    d.t(sep.join(cols) + "\n")
    for _ in range(r.randint(4, 10)):
        day = rdate(r)
        t = person(r, any_cc(r))
        ins = person(r, any_cc(r))
        ata, defect, _ = pick(r, DEFECTS)
        d.t("WO%s%s%s%s" % (digits(r, 7), sep, reg(r), sep))
        d.t("TC-%s-%s%s%s%s" % (ata, digits(r, 3), sep, ata, sep))
        d.t('"%s"%s' % (defect.capitalize(), sep))
        tn = pick(r, [t.full, t.last_first, t.family.upper()])
        if "," in tn:
            d.t('"').e(tn, "PERSON").t('"')
        else:
            d.e(tn, "PERSON")
        d.t(sep)
        if chance(r, 0.7):
            d.e(ins.full, "PERSON")
        d.t(sep).e(day.isoformat(), "DATE_TIME").t(sep)
        if chance(r, 0.7):
            d.e("%s %02d:%02d" % (plus(day, r.randint(0, 3)).isoformat(), r.randint(0, 23), r.randint(0, 59)), "DATE_TIME")
        d.t("%s%.1f\n" % (sep, r.randint(2, 160) / 4))
    return d


def k_ausbau_de(r):
    d = Doc()
    mro = pick(r, MROS)
    day = rdate(r)
    tech = person(r, "DE")
    chk = person(r, "DE")
    d.t("%s\nAUSBAUBERICHT / UNSCHEDULED REMOVAL REPORT   Nr. UR-%s\n\n" % (mro, digits(r, 6)))
    d.t("Luftfahrzeug: %s (%s)   MSN %s\n" % (reg(r), pick(r, AC_TYPES), digits(r, 4)))
    d.t("Bauteil: %s\n" % pick(r, ["Hydraulikpumpe (EDP)", "Starter-Generator", "Bremsbaugruppe", "Air Cycle Machine", "Treibstoffpumpe", "ADIRU"]))
    d.t("P/N: %s-%s   S/N: %s\n" % (digits(r, 6), digits(r, 2), rs(r, 3, UP) + digits(r, 5)))
    d.t("TSN: %d h / CSN: %d   TSO: %d h\n" % (r.randint(1000, 60000), r.randint(500, 30000), r.randint(10, 9000)))
    d.t("Ausbaudatum: ").e(fdate(r, day, "de", style=pick(r, [0, 1])), "DATE_TIME").t("   Station: %s\n" % pick(r, ["FRA", "MUC", "HAM", "DUS", "STR"]))
    d.t("Grund: %s\n" % pick(r, ["Leckage festgestellt", "Fehlermeldung im CMS", "Geräusch bei Betrieb", "Überschreitung Grenzwert Vibration"]))
    d.t("Befund: %s\n\n" % pick(r, ["bestätigt", "nicht reproduzierbar (NFF)", "Werkstattbefund ausstehend"]))
    d.t("Ausgebaut durch: ").e(pick(r, [tech.full, tech.last_first]), "PERSON").t(" (Stempel %s)\n" % digits(r, 4))
    d.t("Geprüft: ").e(chk.full, "PERSON").t(" am ").e(fdate(r, plus(day, r.randint(0, 2)), "de", style=0), "DATE_TIME").t("\n")
    d.t("Versand an Shop: AWB %s-%s\n" % (digits(r, 3), digits(r, 8)))
    return d


def k_mro_config(r):
    d = Doc()
    d.t("# %s - line maintenance tracker, production config\n# managed by ops-platform; do not edit by hand\n" % pick(r, MROS))
    d.t("app:\n  name: mx-tracker\n  version: %d.%d.%d\n  log_level: %s\n" % (r.randint(1, 5), r.randint(0, 30), r.randint(0, 9), pick(r, ["info", "warn"])))
    user = pick(r, ["mxapp", "tracker", "svc_mx", "amos_sync"])
    host = pick(r, ["db-mx-prod.internal", "pg-prod-01", "mx-rds.cluster-xyz.eu-west-1.rds.amazonaws.internal"])
    d.t("database:\n  url: postgresql://%s:" % user).e(password(r, True), "PASSWORD").t("@%s:5432/mxtracker\n" % host)
    d.t("  pool_size: %d\n" % r.randint(5, 40))
    d.t("storage:\n  provider: s3\n  bucket: mx-docs-prod-%s\n  region: eu-central-1\n" % rs(r, 4, LO + DI))
    if chance(r, 0.7):
        d.t("  access_key_id: ").e(aws_key(r), "AWS_ACCESS_KEY").t("\n  secret_access_key: ").e(aws_secret(r), "AWS_SECRET_KEY").t("\n")
    else:
        d.t("  access_key_id: ${AWS_ACCESS_KEY_ID}\n  secret_access_key: ${AWS_SECRET_ACCESS_KEY}\n")
    d.t("notifications:\n  slack:\n    channel: \"#mx-aog\"\n    bot_token: ")
    if chance(r, 0.6):
        d.e(slack_token(r), "SLACK_TOKEN").t("\n")
    else:
        d.t("${SLACK_BOT_TOKEN}\n")
    d.t("  smtp:\n    host: smtp.office365.com\n    user: ").e("mx-alerts@" + pick(r, ["aerotechmro.com", "skybase-eng.aero", "kestrelaero.com"]), "EMAIL_ADDRESS").t("\n    password: ")
    if chance(r, 0.6):
        d.e(password(r), "PASSWORD").t("\n")
    else:
        d.t("${SMTP_PASSWORD}\n")
    d.t("integrations:\n  amos_api:\n    base_url: ").e("https://amos-api.%s/v2" % pick(r, ["aerotechmro.com", "skybase-eng.aero"]), "URL").t("\n    api_key: ").e(gsecret(r), "GENERIC_SECRET").t("\n")
    d.t("  allowed_hosts:\n")
    for _ in range(r.randint(1, 3)):
        d.t("    - ").e(ipv4(r, True), "IP_ADDRESS").t("\n")
    d.t("  sha_pin: %s\n" % sha(r, 64))
    return d


def k_hangar_access(r):
    d = Doc()
    day = rdate(r)
    d.t("timestamp,reader,reader_ip,badge,holder,direction,result\n")
    readers = [("HGR%d-%s" % (r.randint(1, 5), pick(r, ["N", "S", "E", "W"])), ipv4(r, True)) for _ in range(3)]
    people = [person(r, any_cc(r)) for _ in range(5)]
    for lts in log_series(r, day, r.randint(6, 14), 3):
        rd, rip = pick(r, readers)
        p = pick(r, people)
        d.t("%s,%s," % (lts, rd)).e(rip, "IP_ADDRESS").t(",%s," % digits(r, 8))
        nm = pick(r, [p.full.upper(), p.full, "%s %s" % (p.family.upper(), p.given)])
        d.e(nm, "PERSON").t(",%s,%s\n" % (pick(r, ["IN", "OUT"]), pick(r, ["GRANTED", "GRANTED", "GRANTED", "DENIED_EXPIRED", "DENIED_ZONE"])))
    return d

# ===========================================================================
# KINDS: flight school
# ===========================================================================
def k_student_record(r):
    d = Doc()
    sc = pick(r, SCHOOLS)
    p = person(r, "US")
    a = address(r, "US")
    ec = person(r, "US")
    enr = rdate(r)
    dln, st = dl_number(r, a.region if a.region in ("CA", "NY", "FL", "TX", "IL", "WA", "AZ", "CO") else None)
    d.t("%s - STUDENT PILOT RECORD (Part 141)\nStudent ID: SFA-%s   Course: %s\n\n" % (sc.upper(), digits(r, 5), pick(r, ["Private Pilot ASEL", "Instrument Rating", "Commercial Pilot", "CFI Initial"])))
    d.t("Name: ").e(pick(r, [p.last_first, p.full_mid, p.full]), "PERSON").t("\n")
    d.t("Date of Birth: ").e(fdate(r, rdob(r, 1975, 2007), "en", style=pick(r, [4, 3, 1])), "DATE_OF_BIRTH").t("\n")
    if chance(r, 0.6):
        d.t("SSN (VA / financial aid): ").e(ssn(r), "US_SSN").t("\n")
    else:
        d.t("SSN: on file (last 4: %s)\n" % digits(r, 4))
    d.t("Address: ").e(a.one(), "ADDRESS").t("\n")
    d.t("Cell: ").e(phone(r, "US"), "PHONE_NUMBER").t("   Email: ").e(email(r, p), "EMAIL_ADDRESS").t("\n")
    d.t("Driver license: ").e(dln, "DRIVER_LICENSE").t(" (%s)\n" % st)
    d.t("Citizenship verified (TSA 49 CFR 1552): %s on " % pick(r, ["US passport", "birth certificate", "US passport card"])).e(fdate(r, enr, "en", style=4), "DATE_TIME").t("\n")
    d.t("Medical: %s class, issued " % pick(r, ["Third", "Second", "First"])).e(fdate(r, plus(enr, -r.randint(5, 60)), "en", style=4), "DATE_TIME").t("\n")
    d.t("Student pilot certificate #: %s\n" % digits(r, 7))
    d.t("Enrollment date: ").e(fdate(r, enr, "en", style=4), "DATE_TIME").t("\n")
    d.t("Emergency contact: ").e(ec.full, "PERSON").t(", ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    d.t("Assigned CFI: ").e(person(r, "US").full, "PERSON").t("\n\n")
    d.t("Stage checks: Stage I %s | Stage II %s | Stage III %s\n" % tuple(pick(r, ["passed", "pending", "n/a"]) for _ in range(3)))
    d.t("Dual: %.1f  Solo: %.1f  XC: %.1f  Night: %.1f\n" % (r.randint(50, 400) / 10, r.randint(0, 200) / 10, r.randint(0, 150) / 10, r.randint(0, 40) / 10))
    return d


def k_training_logbook(r):
    d = Doc()
    region = pick(r, ["US", "GB", "DE", "ES"])
    home, others, regf = {"US": ("KPRC", ["KSEZ", "KFLG", "KIGM", "KPHX", "KCMR"], lambda: "N%d%s" % (r.randint(1000, 99999), rs(r, r.choice([0, 1, 2]), UP))),
                          "GB": ("EGTK", ["EGBJ", "EGTC", "EGLK", "EGHH", "EGVN"], lambda: "G-" + rs(r, 4, UP)),
                          "DE": ("EDFE", ["EDFZ", "EDFM", "EDTY", "EDFH", "EDDF"], lambda: "D-E" + rs(r, 3, UP)),
                          "ES": ("LEMG", ["LEGR", "LEAM", "LEBA", "LEJR", "LELC"], lambda: "EC-" + rs(r, 3, UP))}[region]
    fleet = [regf() for _ in range(3)]
    d.t("PILOT LOGBOOK (digital export)\n")
    p = person(r, region)
    d.t("Pilot: ").e(p.full, "PERSON").t("\n\n")
    d.t("%-12s %-12s %-8s %-11s %5s %5s %5s  %-22s %s\n" % ("DATE", "TYPE", "REG", "ROUTE", "TOTAL", "DUAL", "PIC", "INSTRUCTOR", "REMARKS"))
    cfis = [person(r, region) for _ in range(2)]
    day = rdate(r)
    dst = r.randrange(3)
    for _ in range(r.randint(5, 11)):
        day = plus(day, r.randint(1, 6))
        tot = r.randint(6, 35) / 10
        dual = chance(r, 0.6)
        ds = [day.isoformat(), "%02d/%02d/%d" % (day.month, day.day, day.year) if region == "US" else "%02d/%02d/%d" % (day.day, day.month, day.year), gds(day, True, True)][dst]
        d.e(ds, "DATE_TIME").t(" " * (13 - len(ds)))
        d.t("%-12s %-8s %-11s %5.1f %5.1f %5.1f  " % (pick(r, TRAINERS), pick(r, fleet), "%s-%s" % (home, pick(r, [home] + others)), tot, tot if dual else 0, 0 if dual else tot))
        if dual:
            c = pick(r, cfis)
            nm = pick(r, [c.full, c.initial_family])
            d.e(nm, "PERSON").t(" " * max(1, 23 - len(nm)))
        else:
            d.t(" " * 23)
        d.t(pick(r, ["Steep turns, stalls", "Pattern work x6", "Solo XC", "Hood work, VOR tracking", "Short/soft field", "Checkride prep", "Night landings x3", "Engine failure drills"]) + "\n")
    d.t("\nPage totals: %.1f hrs   Certified correct: ________\n" % (r.randint(60, 400) / 10))
    return d


def k_school_invoice(r):
    d = Doc()
    sc = pick(r, SCHOOLS)
    dom = re.sub(r"[^a-z]", "", sc.lower())[:16] + pick(r, [".com", ".aero", ".edu"])
    p = person(r, pick(r, ["US", "US", "GB", "IN", "DE", "CA"]))
    sent = rdate(r)
    email_head(d, r, (sc + " Billing", "billing@" + dom), (p, email(r, p)), pick(r, ["Invoice %s - flight training" % digits(r, 6), "Your statement is ready", "Payment reminder"]), extra=False,
               date=rfc_date(r, sent))
    d.t("Hello ").e(p.given, "PERSON").t(",\n\nYour statement for student account ").e("ST-" + digits(r, 6), "ACCOUNT_NUMBER").t(" is ready.\n\n")
    tot = 0
    for item, lo, hi in [("Aircraft rental %s" % pick(r, TRAINERS), 150, 250), ("Instructor time", 55, 95), ("Ground school", 40, 70), ("Checkride fee", 600, 900), ("Headset rental", 5, 15)]:
        if chance(r, 0.75):
            hrs = r.randint(1, 12)
            rate = r.randint(lo, hi)
            tot += hrs * rate
            d.t("  %-28s %3d x $%d = $%s\n" % (item, hrs, rate, "{:,}".format(hrs * rate)))
    d.t("\nBalance due: $%s\nDue date: " % "{:,}".format(tot)).e(fdate(r, plus(sent, pick(r, [10, 14, 15, 30])), "en", style=pick(r, [1, 4])), "DATE_TIME").t("\n")
    d.t("Card on file: %s\n\n" % mask_card(r))
    d.t("Pay online: ").e("https://%s/portal/pay?invoice=%s" % (dom, digits(r, 6)), "URL").t("\n")
    d.t("Questions? Call the front desk at ").e(phone(r, "US"), "PHONE_NUMBER").t(".\n\nBlue skies,\n%s\n" % sc)
    return d


def k_flugschule_de(r):
    d = Doc()
    p = person(r, "DE")
    a = address(r, "DE")
    d.t("%s\nANMELDUNG ZUR AUSBILDUNG %s\n\n" % (pick(r, ["Flugschule Adler GmbH", "Luftsportverein Segelflug e.V.", "AeroSchule Süd GmbH", "Pilotenschule Nordstern"]), pick(r, ["PPL(A)", "LAPL(A)", "SPL", "CPL/IR"])))
    d.t("Name: ").e(p.family, "PERSON").t("   Vorname: ").e(p.given, "PERSON").t("\n")
    d.t("Geburtsdatum: ").e(fdate(r, rdob(r, 1965, 2008), "de", style=0), "DATE_OF_BIRTH").t("   Geburtsort: ").e(pick(r, ["Hamburg", "Köln", "Stuttgart", "Leipzig", "Ankara", "Kattowitz", "Graz", "Bremen"]), "LOCATION").t("\n")
    d.t("Anschrift: ").e(a.one(), "ADDRESS").t("\n")
    d.t("Telefon: ").e(phone(r, "DE"), "PHONE_NUMBER").t("   E-Mail: ").e(email(r, p), "EMAIL_ADDRESS").t("\n")
    d.t("Tauglichkeitszeugnis: Klasse %s, gültig bis " % pick(r, ["2", "1", "LAPL"])).e(fdate(r, rdate(r, 2025, 2027), "de", style=0), "DATE_TIME").t("\n")
    d.t("ZÜP beantragt am: ").e(fdate(r, rdate(r), "de", style=0), "DATE_TIME").t("\n\n")
    d.t("SEPA-Lastschriftmandat\nGläubiger-ID: DE%s ZZZ%s\nMandatsreferenz: FS-%s\n" % (digits(r, 2), digits(r, 11), digits(r, 6)))
    kp = p if chance(r, 0.7) else person(r, "DE")
    d.t("Kontoinhaber: ").e(kp.full, "PERSON").t("\nIBAN: ").e(iban(r, "DE"), "IBAN_CODE").t("\n")
    d.t("Ich ermächtige die Flugschule, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.\n\n")
    d.e(pick(r, ["Egelsbach", "Augsburg", "Bremen", "Mainz", "Hamburg"]), "LOCATION").t(", den ").e(fdate(r, rdate(r), "de", style=0), "DATE_TIME").t("      Unterschrift: ________\n")
    return d


def k_progreso_es(r):
    d = Doc()
    al = person(r, pick(r, ["ES", "ES", "MX"]))
    ins = person(r, "ES")
    d.t("ESCUELA DE PILOTOS %s\nINFORME DE PROGRESO DEL ALUMNO\n\n" % pick(r, ["AEROVÍA", "CIELO SUR", "ALTAIR FORMACIÓN", "ATO MEDITERRÁNEO"]))
    d.t("Alumno: ").e(pick(r, [al.full, al.last_first]), "PERSON").t("    Curso: %s\n" % pick(r, ["ATPL(A) integrado", "PPL(A)", "CPL(A) modular", "Habilitación IR"]))
    d.t("Instructor responsable: ").e(ins.full, "PERSON").t("\n\n")
    day = rdate(r)
    dst = pick(r, [0, 1])
    for _ in range(r.randint(3, 6)):
        day = plus(day, r.randint(1, 8))
        d.t("- ").e(fdate(r, day, "es", style=dst), "DATE_TIME").t(": %s (%s, %.1f h). %s\n" % (
            pick(r, ["Circuitos de tráfico", "Navegación visual a LEGR", "Pérdidas y virajes escarpados", "Aproximación ILS", "Emergencias simuladas"]),
            pick(r, TRAINERS), r.randint(8, 25) / 10, pick(r, ["Satisfactorio.", "Debe mejorar la radiofonía.", "Buen control del avión.", "Repetir ejercicio."])))
    d.t("\nPróximo examen teórico: ").e(fdt(r, plus(day, r.randint(10, 40)), r.randint(8, 12), 0, "es", dstyle=pick(r, [0, 1])), "DATE_TIME").t("\n")
    d.t("Observaciones: el alumno ha completado %d de %d horas de vuelo previstas.\n" % (r.randint(20, 120), 150))
    if chance(r, 0.5):
        d.t("Contacto del tutor legal: ").e(person(r, "ES").full, "PERSON").t(", ").e(phone(r, "ES"), "PHONE_NUMBER").t("\n")
    return d


def k_afsp_request(r):
    d = Doc()
    cc = pick(r, ["IN", "BR", "NG", "CN", "MX", "TR", "KR", "AE", "DE", "FR"])
    p = person(r, cc)
    sc = pick(r, SCHOOLS)
    poc = person(r, "US")
    start = rdate(r)
    pob_city = address(r, cc).city
    d.t("FLIGHT TRAINING SECURITY PROGRAM (FTSP) - TRAINING REQUEST SUMMARY\nRequest ID: %s   Category: %s\n\n" % (digits(r, 8), pick(r, ["3", "3", "4"])))
    d.t("Candidate\n  Surname: ").e(ascii_fold(p.family).upper(), "PERSON").t("\n  Given names: ").e(ascii_fold(p.given).upper(), "PERSON").t("\n")
    d.t("  Date of birth: ").e(fdate(r, rdob(r, 1985, 2005), "en", style=pick(r, [3, 0, 4])), "DATE_OF_BIRTH").t("\n")
    d.t("  Place of birth: ").e("%s, %s" % (pob_city, COUNTRY_NAME[cc]), "LOCATION").t("\n")
    d.t("  Citizenship: %s   Passport: %s\n" % (ISO3[cc], passport_no(r, cc)))
    d.t("  Email: ").e(email(r, p), "EMAIL_ADDRESS").t("\n\n")
    d.t("Training\n  Provider: %s\n  Training type: %s\n  Aircraft: %s\n" % (sc, pick(r, ["Initial private pilot", "Multi-engine rating", "Type rating B737"]), pick(r, TRAINERS)))
    d.t("  Estimated start: ").e(fdate(r, start, "en", style=4), "DATE_TIME").t("   Estimated end: ").e(fdate(r, plus(start, r.randint(30, 240)), "en", style=4), "DATE_TIME").t("\n")
    d.t("  Training location: ").e(pick(r, ["Daytona Beach, FL", "Prescott, AZ", "Phoenix, AZ", "Vero Beach, FL", "Grand Forks, ND"]), "LOCATION").t("\n\n")
    d.t("Provider point of contact: ").e(poc.full, "PERSON").t(", ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    d.t("Fingerprints: %s   Fee: $%d paid\n" % (pick(r, ["received", "pending", "received - processed"]), 130))
    return d


# ===========================================================================
# KINDS: airport security
# ===========================================================================
def k_security_incident(r):
    d = Doc()
    day = rdate(r)
    h, m = rtime(r)
    off = person(r, "US")
    sub = person(r, "US")
    a = address(r, "US")
    dln, st = dl_number(r, a.region if a.region in ("CA", "NY", "FL", "TX", "IL", "WA", "AZ", "CO") else None)
    cop = person(r, "US")
    d.t("AIRPORT SECURITY INCIDENT REPORT\nReport No.: ASI-%d-%s   Classification: %s\n\n" % (day.year, digits(r, 5), pick(r, ["Prohibited item", "Unattended bag", "Breach of sterile area", "Assault on staff", "Fraudulent document"])))
    d.t("Date/time of incident: ").e(fdt(r, day, h, m, "en", dstyle=pick(r, [4, 0, 2])), "DATE_TIME").t("\n")
    d.t("Location: Terminal %s, %s\n" % (pick(r, ["A", "B", "C", "1", "2"]), pick(r, ["Checkpoint 3, lane 7", "Gate B22 holding area", "Baggage claim carousel 4", "Employee access door E-14"])))
    d.t("Reporting officer: ").e(pick(r, [off.full, off.last_first, "%s %s" % (off.given[0] + ".", off.family)]), "PERSON").t("  Badge #%s\n\n" % digits(r, 5))
    d.t("SUBJECT\n  Name: ").e(sub.last_first.upper() if chance(r, 0.5) else sub.full, "PERSON").t("\n")
    d.t("  DOB: ").e(fdate(r, rdob(r, 1950, 2005), "en", style=4), "DATE_OF_BIRTH").t("\n")
    d.t("  Address: ").e(a.one(), "ADDRESS").t("\n")
    d.t("  ID: %s driver license " % st).e(dln, "DRIVER_LICENSE").t("\n")
    d.t("  Phone: ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    d.t("  Flight: %s%d, seat %d%s, boarding pass seq %03d\n\n" % (airline(r)[1], r.randint(1, 2999), r.randint(1, 40), pick(r, "ABCDEF"), r.randint(1, 200)))
    d.t("NARRATIVE\n")
    d.t("At approximately ").e(ftime(r, h, m, "en"), "DATE_TIME").t(" the X-ray operator alerted on the subject's carry-on. ")
    d.t(pick(r, ["A folding knife with a 4-inch blade was found in the side pocket.",
                 "A replica firearm was located inside a toiletry bag.",
                 "The subject became verbally aggressive when asked to remove a laptop.",
                 "Three lithium batteries (160 Wh) were found, exceeding permitted limits."]))
    d.t(" The subject stated the item belonged to ").e(person(r, "US").given, "PERSON").t(". ")
    d.t("Police were notified; Officer ").e(cop.full, "PERSON").t(" (unit %d) arrived at " % r.randint(10, 99)).e(ftime(r, (h + 1) % 24, r.randint(0, 59), "en"), "DATE_TIME").t(".\n")
    d.t("CCTV: cameras CP3-07, CP3-08 retained (clip %s).\n" % uuid(r)[:8])
    d.t("Disposition: %s\n" % pick(r, ["Item voluntarily abandoned, subject cleared to fly", "Subject denied boarding", "Referred to police, citation issued"]))
    return d


def k_rapport_fr(r):
    d = Doc()
    day = rdate(r)
    h, m = rtime(r)
    ag = person(r, "FR")
    pax = person(r, any_cc(r))
    pa = address(r, pax.cc)
    d.t("RAPPORT D'INCIDENT SÛRETÉ\nAéroport : %s   Poste : %s\nN° de rapport : RIS-%s\n\n" % (pick(r, ["CDG T2E", "ORY 3", "NCE T1", "LYS T1", "TLS Hall B"]), pick(r, ["PIF 4", "PIF 7", "Filtre personnels", "Porte F34"]), digits(r, 6)))
    d.t("Date : ").e(fdate(r, day, "fr", style=pick(r, [0, 1])), "DATE_TIME").t("   Heure : ").e(ftime(r, h, m, "fr"), "DATE_TIME").t("\n")
    d.t("Agent rédacteur : ").e(ag.full, "PERSON").t(" (matricule %s)\n\n" % digits(r, 6))
    d.t("Personne concernée\n  Nom : ").e(pax.family.upper(), "PERSON").t("   Prénom : ").e(pax.given, "PERSON").t("\n")
    d.t("  Date de naissance : ").e(fdate(r, rdob(r), "fr", style=0), "DATE_OF_BIRTH").t("\n")
    d.t("  Adresse déclarée : ").e(pa.one(True, "fr"), "ADDRESS").t("\n")
    d.t("  Téléphone : ").e(phone(r, pax.cc, True), "PHONE_NUMBER").t("\n")
    d.t("  Vol : %s%d à destination de " % (airline(r)[1], r.randint(1, 2999))).e(wcity(r, "fr")[0], "LOCATION").t("\n\n")
    d.t("Description des faits :\n")
    d.t(pick(r, ["Lors du contrôle, un couteau de type cutter a été découvert dans le bagage cabine. Le passager a accepté l'abandon de l'objet.",
                 "Le passager a refusé la palpation de sécurité et a tenu des propos injurieux envers l'agent.",
                 "Un bagage abandonné a été signalé près du comptoir 12 ; le périmètre a été sécurisé pendant 40 minutes.",
                 "Une bouteille de parfum de 250 ml a été retirée ; le passager a exigé de parler à un responsable."]))
    d.t("\nLa police aux frontières a été avisée à ").e(ftime(r, (h + 1) % 24, r.randint(0, 59), "fr"), "DATE_TIME").t(".\n")
    d.t("\nSignature de l'agent : ______   Visa du superviseur : ").e(person(r, "FR").family.upper(), "PERSON").t("\n")
    return d


def k_badge_application(r):
    d = Doc()
    p = person(r, "US")
    a1 = address(r, "US")
    a2 = address(r, "US")
    dln, st = dl_number(r, a1.region if a1.region in ("CA", "NY", "FL", "TX", "IL", "WA", "AZ", "CO") else None)
    sp = person(r, "US")
    emp = pick(r, ["Swissport USA", "Nordwing Airlines", "Skybase Engineering", "Airport Concessions LLC", "Menzies Aviation"])
    d.t("AIRPORT ID BADGE APPLICATION (SIDA / STERILE)\nApplication #: BA-%s\n\n" % digits(r, 7))
    d.t("1. Full legal name: ").e(pick(r, [p.full_mid, p.full, p.last_first]), "PERSON").t("\n")
    d.t("2. Other names used: ").t(pick(r, ["none", "N/A"]) + "\n")
    d.t("3. Date of birth: ").e(fdate(r, rdob(r, 1960, 2005), "en", style=4), "DATE_OF_BIRTH").t("\n")
    d.t("4. Place of birth: ").e(pick(r, ["Houston, TX", "San Juan, Puerto Rico", "Manila, Philippines", "Chicago, IL", "Lagos, Nigeria", "Guadalajara, Mexico"]), "LOCATION").t("\n")
    d.t("5. SSN: ").e(ssn(r), "US_SSN").t("\n")
    d.t("6. Current address: ").e(a1.one(), "ADDRESS").t("\n")
    d.t("7. Previous address (5 yrs): ").e(a2.one(), "ADDRESS").t("\n")
    d.t("8. Phone: ").e(phone(r, "US"), "PHONE_NUMBER").t("   Email: ").e(email(r, p), "EMAIL_ADDRESS").t("\n")
    d.t("9. Driver license: ").e(dln, "DRIVER_LICENSE").t("   State: %s   Exp: " % st).e(fdate(r, rdate(r, 2025, 2030), "en", style=4), "DATE_TIME").t("\n")
    d.t("10. Employer: %s   Job title: %s\n" % (emp, pick(r, ["Ramp agent", "Aircraft mechanic", "Fueler", "Customer service agent", "Cabin cleaner"])))
    d.t("11. Access requested: %s\n" % pick(r, ["SIDA, AOA", "Sterile", "SIDA + Customs"]))
    d.t("\nAuthorized signatory: ").e(sp.full, "PERSON").t("   Signatory ID %s\n" % digits(r, 4))
    d.t("Fingerprint appointment: ").e(fdt(r, rdate(r), r.randint(7, 15), pick(r, [0, 15, 30, 45]), "en", dstyle=4), "DATE_TIME").t("\n")
    d.t("CHRC / STA status: %s\n" % pick(r, ["submitted", "cleared", "pending"]))
    return d


def k_unruly_pax(r):
    d = Doc()
    al = airline(r)
    day = rdate(r)
    rep = person(r, any_cc(r))
    pax = person(r, any_cc(r))
    a, b = two_airports(r)
    d.t("%s - CABIN INCIDENT REPORT (DISRUPTIVE PASSENGER)\nFlight %s%d  %s-%s  Date " % (al[0].upper(), al[1], r.randint(1, 2999), a, b))
    d.e(fdate(r, day, "en", style=pick(r, [0, 2, 3])), "DATE_TIME").t("  A/C %s\n" % reg(r))
    d.t("Level: %s\n\n" % pick(r, ["1 - disruptive", "2 - physically abusive", "1", "3 - life-threatening"]))
    d.t("Passenger: ").e(pick(r, [pax.pnr, pax.full, pax.last_first.upper()]), "PERSON").t("   Seat %d%s   PNR %s\n" % (r.randint(1, 40), pick(r, "ABCDEFHJK"), pnr_loc(r)))
    if chance(r, 0.5):
        d.t("Passenger phone (from booking): ").e(phone(r, pax.cc, True), "PHONE_NUMBER").t("\n")
    d.t("\nReported by: %s " % pick(r, ["SCC", "CC", "Purser"])).e(rep.full, "PERSON").t("\n\n")
    h, m = rtime(r)
    d.t("Account: At ").e(ftime(r, h, m, "en"), "DATE_TIME").t(" UTC, approx. %d minutes after take-off, the passenger " % r.randint(10, 90))
    d.t(pick(r, ["refused to stop vaping in the lavatory", "became abusive after being refused further alcohol",
                 "repeatedly kicked the seat in front and threatened the occupant", "refused to fasten seat belt during turbulence"]))
    d.t(". A first warning (yellow card) was issued. The captain, ").e(person(r, any_cc(r)).full, "PERSON").t(", was informed and requested police on arrival.\n")
    if chance(r, 0.6):
        w = person(r, any_cc(r))
        d.t("Witness: passenger ").e(w.full, "PERSON").t(", seat %d%s, contact " % (r.randint(1, 40), pick(r, "ABCDEF"))).e(email(r, w), "EMAIL_ADDRESS").t("\n")
    d.t("Police met the aircraft at stand %s%d. Officer " % (pick(r, "ABCEFGKV"), r.randint(1, 60))).e(person(r, any_cc(r)).family, "PERSON").t(" took statements; reference %s.\n" % (rs(r, 2, UP) + digits(r, 7)))
    d.t("Restraint kit used: %s\n" % pick(r, ["no", "yes - 1 set", "no"]))
    return d


def k_informe_es(r):
    d = Doc()
    day = rdate(r)
    h, m = rtime(r)
    ag = person(r, "ES")
    inv = person(r, any_cc(r))
    d.t("INFORME DE INCIDENCIA DE SEGURIDAD\nAeropuerto: %s   Zona: %s\n" % (pick(r, ["MAD T4", "BCN T1", "AGP T3", "PMI", "VLC"]), pick(r, ["Filtro de seguridad 2", "Control de pasaportes", "Puerta de embarque H12", "Hall de llegadas"])))
    d.t("Fecha: ").e(fdate(r, day, "es", style=pick(r, [0, 1])), "DATE_TIME").t("   Hora: ").e(ftime(r, h, m, "es"), "DATE_TIME").t("\n")
    d.t("Vigilante: ").e(ag.full, "PERSON").t(" (TIP %s)\n\n" % digits(r, 6))
    d.t("Persona implicada: ").e(inv.full, "PERSON").t("\n")
    d.t("Fecha de nacimiento: ").e(fdate(r, rdob(r), "es", style=0), "DATE_OF_BIRTH").t("\n")
    d.t("Teléfono de contacto: ").e(phone(r, inv.cc, True), "PHONE_NUMBER").t("\n")
    d.t("Residencia: ").e(address(r, pick(r, ["ES", "ES", "GB", "DE", "FR"])).city, "LOCATION").t("\n\n")
    d.t("Descripción: ")
    d.t(pick(r, ["El pasajero intentó acceder a la zona restringida por la puerta de servicio.",
                 "Se detectó un objeto prohibido (tijeras de 12 cm) en el equipaje de mano.",
                 "Discusión verbal con el personal de la aerolínea por exceso de equipaje.",
                 "Se localizó una maleta desatendida; se activó el protocolo y se revisó con la unidad canina."]))
    d.t(" Se informó a la Guardia Civil a las ").e(ftime(r, (h + 1) % 24, r.randint(0, 59), "es"), "DATE_TIME").t(".\n")
    d.t("Nº de atestado: %s/%d\n" % (digits(r, 5), day.year))
    return d

# ===========================================================================
# KINDS: airline IT / secrets
# ===========================================================================
def k_booking_env(r):
    d = Doc()
    al = airline(r)
    d.t("# booking-engine/.env.production\n# %s web booking - last rotated by %s\n" % (al[0], pick(r, ["platform team", "ops", "CI"])))
    d.t("NODE_ENV=production\nPORT=%d\nPUBLIC_URL=" % pick(r, [3000, 8080, 8443])).e("https://book.%s" % al[2], "URL").t("\n")
    d.t("GDS_ENDPOINT=").e("https://%s/v2/shopping" % pick(r, ["api.gds-sandbox.travel", "ndc.partner-gateway.aero", "gw.flightshop.io"]), "URL").t("\n")
    d.t("GDS_CLIENT_ID=%s\n" % rs(r, 32, AN))
    d.t("GDS_CLIENT_SECRET=").e(rs(r, r.choice([16, 24, 32]), AN), "GENERIC_SECRET").t("\n")
    d.t("STRIPE_SECRET_KEY=").e(stripe_key(r), "STRIPE_KEY").t("\n")
    d.t("STRIPE_PUBLISHABLE_KEY=pk_live_%s\n" % rs(r, 24))
    if chance(r, 0.6):
        d.t("STRIPE_WEBHOOK_SECRET=").e("whsec_" + rs(r, 32), "GENERIC_SECRET").t("\n")
    db_user = pick(r, ["booking", "app_rw", "pnr_svc"])
    d.t("DATABASE_URL=postgres://%s:" % db_user).e(password(r, True), "PASSWORD").t("@")
    if chance(r, 0.4):
        d.e(ipv4(r, True), "IP_ADDRESS")
    else:
        d.t(pick(r, ["db.internal", "booking-db.prod.svc", "pg-booking-primary"]))
    d.t(":5432/booking\n")
    d.t("REDIS_URL=redis://cache.internal:6379/0\n")
    d.t("JWT_SIGNING_SECRET=").e(pick(r, [rs(r, 64, HEX), base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode()]), "GENERIC_SECRET").t("\n")
    if chance(r, 0.5):
        d.t("AWS_ACCESS_KEY_ID=").e(aws_key(r), "AWS_ACCESS_KEY").t("\nAWS_SECRET_ACCESS_KEY=").e(aws_secret(r), "AWS_SECRET_KEY").t("\n")
    else:
        d.t("AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n")
    d.t("SENTRY_RELEASE=%s\nFEATURE_SEATMAP_V2=true\nCURRENCY_DEFAULT=%s\n" % (sha(r, 12), pick(r, ["EUR", "USD", "GBP"])))
    return d


def k_api_access_log(r):
    d = Doc()
    day = rdate(r)
    paths = ["/v1/pnr/%s" % pnr_loc(r), "/v1/crew/roster?period=2024-03", "/v2/flights/status?date=%s" % day.isoformat(),
             "/v1/checkin/boardingpass", "/v1/loyalty/members/me", "/ops/mvt", "/v1/baggage/track"]
    for lts in log_series(r, day, r.randint(5, 10), 2):
        ipx = ip(r)
        meth = pick(r, ["GET", "GET", "POST", "PUT"])
        d.e(ipx, "IP_ADDRESS").t(" - - [%s] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f req_id=%s\n" % (
            lts, meth, pick(r, paths), pick(r, [200, 200, 200, 201, 401, 403, 404, 500]), r.randint(120, 90000),
            pick(r, ["okhttp/4.12.0", "NordwingApp/8.14.2 (iOS 17.4)", "python-requests/2.31.0", "Mozilla/5.0"]), r.random() * 2, uuid(r)))
        if chance(r, 0.3):
            d.t("    > Authorization: Bearer ").e(jwt(r), "JWT").t("\n")
    if chance(r, 0.5):
        d.t("%s WARN upstream dcs-gw timed out, retrying host=" % log_ts(r, day, 1)).e(ipv4(r, True), "IP_ADDRESS").t(":8443 attempt=2\n")
    return d


def k_k8s_secret(r):
    d = Doc()
    name = pick(r, ["crew-scheduler", "bag-tracker", "dcs-adapter", "loyalty-api", "ops-dashboard"])
    d.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-secrets\n  namespace: %s\n  labels:\n    app: %s\n    team: %s\ntype: Opaque\ndata:\n" % (
        name, pick(r, ["prod", "ops-prod", "airline-core"]), name, pick(r, ["crew-systems", "ground-ops", "digital"])))

    def b64(s):
        return base64.b64encode(s.encode()).decode()

    items = [("DB_PASSWORD", "PASSWORD", password(r)), ("API_KEY", "GENERIC_SECRET", gsecret(r)),
             ("SMTP_PASSWORD", "PASSWORD", password(r)), ("OAUTH_CLIENT_SECRET", "GENERIC_SECRET", rs(r, 40)),
             ("SLACK_WEBHOOK_SIGNING_SECRET", "GENERIC_SECRET", rs(r, 32, HEX)), ("REDIS_PASSWORD", "PASSWORD", password(r))]
    r.shuffle(items)
    for k, typ, val in items[:r.randint(2, 5)]:
        d.t("  %s: " % k).e(b64(val), typ).t("\n")
    d.t("  DB_USER: %s\n" % b64(pick(r, ["crew_app", "svc_bag", "dcs"])))
    return d


def k_gha_workflow(r):
    d = Doc()
    svc = pick(r, ["crew-app", "booking-web", "ops-portal", "acars-bridge"])
    d.t("name: deploy-%s\non:\n  push:\n    branches: [main]\n\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    env:\n" % svc)
    d.t("      AWS_REGION: eu-west-1\n      IMAGE: %s:%s\n" % (svc, sha(r, 7)))
    leak = chance(r, 0.6)
    if leak:
        k = r.randrange(3)
        if k == 0:
            d.t("      AWS_ACCESS_KEY_ID: ").e(aws_key(r), "AWS_ACCESS_KEY").t("\n      AWS_SECRET_ACCESS_KEY: ").e(aws_secret(r), "AWS_SECRET_KEY").t("   # TODO move to secrets\n")
        elif k == 1:
            d.t("      GH_PAT: ").e(gh_token(r), "GITHUB_TOKEN").t("\n")
        else:
            d.t("      SLACK_BOT_TOKEN: ").e(slack_token(r), "SLACK_TOKEN").t("\n")
    d.t("      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n" if not leak else "")
    d.t("    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n")
    d.t("      - run: npm ci && npm test\n      - name: login\n        run: echo \"${{ secrets.REGISTRY_TOKEN }}\" | docker login ghcr.io -u ${{ github.actor }} --password-stdin\n")
    d.t("      - name: deploy\n        run: ./scripts/deploy.sh --env prod --sha ${{ github.sha }}\n")
    d.t("        env:\n          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}\n")
    if chance(r, 0.5):
        if chance(r, 0.5):
            tok, typ = gh_token(r), "GITHUB_TOKEN"
        else:
            tok, typ = slack_token(r), "SLACK_TOKEN"
        d.t("      - name: notify\n        run: curl -s -X POST -H 'Authorization: Bearer ").e(tok, typ)
        d.t("' ").e("https://hooks.internal.%s/deploy" % pick(r, ["nordwing.aero", "transmarine.aero"]), "URL").t("\n")
    return d


def k_acars_gateway_conf(r):
    d = Doc()
    d.t("# acars-gw.conf - ground/air datalink bridge\n[general]\nnode_id = %s\nlog = /var/log/acars-gw/gw.log\n\n" % rs(r, 6, UP + DI))
    d.t("[upstream]\nprovider = %s\nprimary = " % pick(r, ["ARINC GLOBALink", "SITA AIRCOM"])).e(ipv4(r, False), "IP_ADDRESS").t(":%d\n" % pick(r, [5050, 7020, 443]))
    d.t("secondary = ").e(ipv4(r, False), "IP_ADDRESS").t(":%d\n" % pick(r, [5050, 7020, 443]))
    d.t("username = %s\npassword = " % pick(r, ["gw_ops", "acarsbridge", "dl-node-2"])).e(password(r), "PASSWORD").t("\n\n")
    d.t("[tls]\nca_file = /etc/acars-gw/ca.pem\ncert_file = /etc/acars-gw/node.crt\n# key inlined for the appliance image\nkey = \"\"\"\n")
    d.e(pem(r, pick(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])), "PRIVATE_KEY").t("\n\"\"\"\n\n")
    d.t("[downstream]\nops_host = ").e(ip(r), "IP_ADDRESS").t("\nlabels = H1,SA,5U,QX,80\nqueue_max = %d\n" % r.randint(500, 5000))
    return d


def k_postmortem(r):
    d = Doc()
    al = airline(r)
    day = rdate(r)
    ic = person(r, any_cc(r))
    eng = [person(r, any_cc(r)) for _ in range(3)]
    d.t("POST-INCIDENT REVIEW: %s check-in / DCS outage\n" % al[0])
    d.t("Date of incident: ").e(fdate(r, day, "en", style=pick(r, [0, 1, 3])), "DATE_TIME").t("\nSeverity: SEV-%d   Incident ID: INC-%s\n" % (r.randint(1, 2), digits(r, 6)))
    d.t("Incident commander: ").e(ic.full, "PERSON").t("\n\nSummary\n")
    d.t("Between ").e("%02d:%02d" % (r.randint(4, 8), r.randint(0, 59)), "DATE_TIME").t(" and ").e("%02d:%02d" % (r.randint(9, 12), r.randint(0, 59)), "DATE_TIME").t(" UTC")
    d.t(" kiosks and web check-in failed at %d stations. %d flights departed late (avg %d min).\n\n" % (r.randint(3, 40), r.randint(10, 200), r.randint(12, 90)))
    d.t("Timeline (UTC)\n")
    h = r.randint(4, 7)
    mins = sorted(r.randint(0, 239) for _ in range(5))
    for txt in ["Alert fired: dcs-adapter 5xx rate > 20%", "On-call %s paged", "Traffic failed over to secondary node %s",
                "Root cause identified: expired TLS cert on gateway", "Full recovery confirmed"]:
        mm = mins.pop(0)
        d.t("%02d:%02d  " % (h + mm // 60, mm % 60))
        if "%s paged" in txt:
            d.t("On-call ").e(pick(r, eng).full, "PERSON").t(" paged\n")
        elif "node %s" in txt:
            d.t("Traffic failed over to secondary node ").e(ipv4(r, True), "IP_ADDRESS").t("\n")
        else:
            d.t(txt + "\n")
    d.t("\nContributing factors\n- Certificate renewal job was disabled since release %d.%d.%d.\n" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)))
    if chance(r, 0.6):
        d.t("- During debugging an access key (").e(aws_key(r), "AWS_ACCESS_KEY").t(") was pasted into the incident channel; it has been deactivated.\n")
    d.t("\nAction items\n")
    for e_ in eng:
        d.t("- [%s] %s - owner " % (pick(r, ["P1", "P2"]), pick(r, ["Add cert expiry alerting", "Automate failover test", "Rotate gateway credentials", "Update runbook"]))).e(e_.full, "PERSON").t(", due ").e(fdate(r, plus(day, r.randint(7, 45)), "en", style=pick(r, [2, 3])), "DATE_TIME").t("\n")
    return d


def k_meeting_invite(r):
    d = Doc()
    al = airline(r)
    org = person(r, any_cc(r))
    day = rdate(r)
    h = r.randint(7, 15)
    ts = lambda dd, hh, mm: "%04d%02d%02dT%02d%02d00" % (dd.year, dd.month, dd.day, hh, mm)
    d.t("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    d.t("UID:%s\n" % uuid(r))
    d.t("DTSTAMP:%s\n" % (ts(plus(day, -r.randint(2, 20)), r.randint(0, 23), r.randint(0, 59)) + "Z"))
    tz = pick(r, ["Europe/Berlin", "Europe/London", "America/New_York", "Europe/Madrid"])
    d.t("DTSTART;TZID=%s:" % tz).e(ts(day, h, 0), "DATE_TIME").t("\n")
    d.t("DTEND;TZID=%s:" % tz).e(ts(day, h + r.randint(1, 3), 0), "DATE_TIME").t("\n")
    d.t("SUMMARY:%s\n" % pick(r, ["Recurrent CRM training - module 3", "Safety review: unstable approaches Q2", "Line check debrief", "Cabin crew SEP refresher (online part)"]))
    d.t("ORGANIZER;CN=").e(org.full, "PERSON").t(":mailto:").e(corp_email(r, org, al[2]), "EMAIL_ADDRESS").t("\n")
    for _ in range(r.randint(1, 3)):
        at = person(r, any_cc(r))
        d.t("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=").e(at.full, "PERSON").t(":mailto:").e(corp_email(r, at, al[2]), "EMAIL_ADDRESS").t("\n")
    mid = "%s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3))
    pc = passcode(r)
    d.t("DESCRIPTION:Join online: ").e("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s" % rs(r, 20), "URL")
    d.t("\\nMeeting ID: %s\\nPasscode: " % mid).e(pc, "PASSWORD").t("\\nDial-in: ").e(phone(r, pick(r, ["DE", "GB", "US", "ES"]), True), "PHONE_NUMBER").t(",,%s#\n" % mid.replace(" ", ""))
    d.t("LOCATION:Training Centre Room %d / Microsoft Teams\n" % r.randint(1, 20))
    d.t("LAST-MODIFIED:%sZ\nEND:VEVENT\nEND:VCALENDAR\n" % ts(plus(day, -1), r.randint(0, 23), r.randint(0, 59)))
    return d


def k_crew_portal_reset(r):
    d = Doc()
    al = airline(r)
    p = person(r, any_cc(r))
    uname = ascii_fold(p.given[0] + p.family).lower().replace(" ", "").replace("'", "")[:10] + digits(r, 2)
    sent = rdate(r)
    email_head(d, r, ("CrewLink IT Service Desk", "servicedesk@" + al[2]), (p, corp_email(r, p, al[2])), "CrewLink password reset - ticket RITM%s" % digits(r, 7), extra=False,
               date=rfc_date(r, sent))
    d.t("Hello ").e(p.given, "PERSON").t(",\n\nAs requested, the password for your CrewLink account (%s) has been reset.\n\n" % uname)
    d.t("Temporary password: ").e(password(r), "PASSWORD").t("\n")
    d.t("Valid until: ").e(fdt(r, plus(sent, r.randint(1, 3)), r.randint(0, 23), pick(r, [0, 30]), "en", dstyle=pick(r, [0, 3])), "DATE_TIME").t("\n\n")
    d.t("Log in at ").e("https://crewlink.%s/login" % al[2], "URL").t(" and choose a new password (min. 12 characters). ")
    d.t("Do not reuse any of your last 10 passwords.\n\n")
    if chance(r, 0.5):
        d.t("If you are away from base, the iPad EFB VPN uses the same credentials. For help call ").e(phone(r, pick(r, ["DE", "GB", "NL", "ES", "IT"]), True), "PHONE_NUMBER").t(" (24/7).\n\n")
    d.t("IT Service Desk\n")
    return d

# ===========================================================================
# KINDS without any labelled entity (machine telex, ops data) - hard negatives
# ===========================================================================
def _dtg10(r):
    d = rdate(r)
    return "%02d%02d%02d%02d%02d" % (d.year % 100, d.month, d.day, r.randint(0, 23), pick(r, [0, 0, 30, 59]))


def _latlon(r):
    return "%02d%02dN%03d%02dE" % (r.randint(35, 60), r.randint(0, 59), r.randint(0, 30), r.randint(0, 59))


def k_notam(r):
    d = Doc()
    for _ in range(r.randint(2, 4)):
        ad = pick(r, ICAO)
        fir = ad[:2] + pick(r, ["GG", "MM", "CC", "WW", "RR"])
        yy = pick(r, ["23", "24", "25"])
        nid = "%s%04d/%s" % (pick(r, "ABCM"), r.randint(1, 9999), yy)
        kind = pick(r, ["NOTAMN", "NOTAMN", "NOTAMR %s%04d/%s" % (pick(r, "AB"), r.randint(1, 9999), yy), "NOTAMC %s%04d/%s" % (pick(r, "AB"), r.randint(1, 9999), yy)])
        code, text = pick(r, [("QMRLC", "RWY %02d%s/%02d%s CLSD DUE TO WIP." % (r.randint(1, 18), pick(r, ["L", "C", "R", ""]), r.randint(19, 36), pick(r, ["R", "C", "L", ""]))),
                              ("QICAS", "ILS RWY %02d U/S." % r.randint(1, 36)),
                              ("QOBCE", "CRANE ERECTED %s RADIUS 200M, HGT %dFT AMSL, MARKED AND LGTD." % (_latlon(r), r.randint(300, 900))),
                              ("QFAAH", "AD HR OF OPS: MON-FRI 0500-2200, SAT-SUN 0600-2000."),
                              ("QWULW", "UAS ACT WI 1NM RADIUS OF %s SFC-400FT AGL." % _latlon(r)),
                              ("QMXLC", "TWY %s BTN %s AND %s CLSD." % (pick(r, ["N", "L", "K", "S2"]), pick(r, ["N1", "L3", "K5"]), pick(r, ["N4", "L7", "K9"]))),
                              ("QNVAS", "VOR/DME %s %s.%02d MHZ U/S." % (rs(r, 3, UP), r.randint(108, 117), pick(r, [0, 5, 10, 50, 85])))])
        d.t("%s %s\n" % (nid, kind))
        d.t("Q) %s/%s/IV/NBO/A/000/999/%02d%02dN%03d%02dE%03d\n" % (fir, code, r.randint(35, 60), r.randint(0, 59), r.randint(0, 30), r.randint(0, 59), r.randint(1, 25)))
        b1, b2 = sorted([_dtg10(r), _dtg10(r)])
        d.t("A) %s B) %s C) %s%s\n" % (ad, b1, b2, pick(r, ["", " EST", ""])))
        if chance(r, 0.4):
            d.t("D) %s %s-%s\n" % (pick(r, ["DAILY", "MON-FRI", "H24"]), hhmm(r), hhmm(r)))
        d.t("E) %s\n" % text)
        if "UAS" in text or "CRANE" in text:
            d.t("F) SFC G) %dFT AMSL\n" % r.randint(400, 1500))
        d.t("\n")
    return d


def k_metar_taf(r):
    d = Doc()
    for _ in range(r.randint(2, 5)):
        st = pick(r, ICAO)
        day = r.randint(1, 28)
        hh = r.randint(0, 23)
        wind = "%03d%02dKT" % (pick(r, range(0, 360, 10)), r.randint(2, 25)) if chance(r, 0.8) else "VRB02KT"
        if chance(r, 0.2):
            wind = wind[:-2] + "G%02dKT" % r.randint(26, 40)
        vis = pick(r, ["9999", "CAVOK", "6000", "4000 BR", "1500 RA", "0800 FG"])
        cl = "" if vis == "CAVOK" else pick(r, [" FEW030", " SCT025 BKN040", " BKN012 OVC020", " NSC", " FEW015CB SCT030"])
        t = r.randint(-10, 32)
        dp = t - r.randint(0, 12)
        tmp = "%s%02d/%s%02d" % ("M" if t < 0 else "", abs(t), "M" if dp < 0 else "", abs(dp))
        q = ("Q%04d" % r.randint(990, 1035)) if not st.startswith("K") else ("A%04d" % r.randint(2950, 3050))
        d.t("METAR %s %02d%02d%sZ %s %s%s %s %s %s=\n" % (st, day, hh, pick(r, ["20", "50", "00", "30"]), wind, vis, cl, tmp, q, pick(r, ["NOSIG", "BECMG FEW030", "TEMPO 3000 SHRA", ""])))
        if chance(r, 0.6):
            d.t("TAF %s %02d%02d00Z %02d%02d/%02d%02d %03d%02dKT 9999 SCT035 TEMPO %02d%02d/%02d%02d %s PROB30 %02d%02d/%02d%02d TSRA BKN015CB=\n" % (
                st, day, hh, day, (hh + 1) % 24, day + 1, (hh + 1) % 24, pick(r, range(0, 360, 10)), r.randint(3, 18),
                day, (hh + 3) % 24, day, (hh + 7) % 24, pick(r, ["4000 SHRA BKN020", "24015G28KT", "BR"]), day + 1, 2, day + 1, 6))
        d.t("\n")
    return d


def k_acars(r):
    d = Doc()
    al = airline(r)
    rg = reg(r)
    fl = "%s%04d" % (al[1], r.randint(1, 2999))
    st = pick(r, AIRPORTS)
    for _ in range(r.randint(2, 5)):
        d.t("QU %s%s%s\n.%s %02d%s\n" % (st, "OW", al[1], "DDL" + rs(r, 4, UP), r.randint(1, 28), hhmm(r)))
        lab = pick(r, ["M12", "QA", "QD", "H1", "5U", "80"])
        d.t("%s\nFI %s/AN %s\n" % (lab, fl, rg))
        k = r.randrange(4)
        if k == 0:
            t0 = r.randint(0, 1000)
            oo = [t0, t0 + r.randint(5, 25), t0 + r.randint(60, 400), 0]
            oo[3] = oo[2] + r.randint(3, 15)
            oo = ["%02d%02d" % ((x // 60) % 24, x % 60) for x in oo]
            d.t("DT DDL %s %02d%s M%02dA\n-  OUT %s /OFF %s /ON %s /IN %s /FOB %04d\n" % (st, r.randint(1, 28), hhmm(r), r.randint(1, 99), oo[0], oo[1], oo[2], oo[3], r.randint(20, 200)))
        elif k == 1:
            d.t("- REQ WX %s %s\n" % (pick(r, ICAO), pick(r, ICAO)))
        elif k == 2:
            d.t("- /MAINT/ECAM %s %s FLT PH %d\n" % (pick(r, ["HYD G RSVR LO LVL", "AIR PACK 1 OVHT", "F/CTL SEC 2 FAULT", "ENG 2 EIU FAULT"]), hhmm(r), r.randint(1, 10)))
        else:
            d.t("- ETA %s FOB %d.%d PAX %d/%d GATE REQ\n" % (hhmm(r), r.randint(2, 20), r.randint(0, 9), r.randint(0, 12), r.randint(60, 220)))
        d.t("\n")
    return d


def k_icao_fpl(r):
    d = Doc()
    al = airline(r)
    a, b = pick(r, ICAO), pick(r, ICAO)
    alt = pick(r, ICAO)
    cs = "%s%s%d" % (rs(r, 3, UP), "", r.randint(1, 9999))
    d.t("(FPL-%s-IS\n-%s/M-SDE2E3FGHIJ1RWXY/LB1D1\n-%s%s\n" % (cs, pick(r, ["A320", "A321", "B738", "B789", "A359", "E190"]), a, hhmm(r)))
    wps = " ".join(pick(r, ["DCT", "UL%d" % r.randint(1, 999), "Y%d" % r.randint(100, 999), "N%d" % r.randint(100, 999)]) + " " + rs(r, 5, UP) for _ in range(r.randint(3, 7)))
    d.t("-N0%d%s %s1%s %s\n" % (r.randint(420, 490), pick(r, ["F340", "F360", "F380", "F320"]), rs(r, 5, UP), pick(r, "LGNKMT"), wps))
    d.t("-%s%s %s\n" % (b, "%02d%02d" % (r.randint(0, 12), r.randint(0, 59)), alt))
    d.t("-PBN/A1B1C1D1O1S2 DOF/%02d%02d%02d REG/%s EET/%s%04d %s%04d SEL/%s CODE/%s OPR/%s PER/C RMK/TCAS)\n" % (
        r.randint(23, 25), r.randint(1, 12), r.randint(1, 28), reg(r).replace("-", ""), rs(r, 4, UP), r.randint(10, 300), rs(r, 4, UP), r.randint(10, 400),
        rs(r, 4, UP), rs(r, 6, "0123456789ABCDEF"), rs(r, 3, UP)))
    return d


def k_loadsheet(r):
    d = Doc()
    al = airline(r)
    a, b = two_airports(r)
    ver = "C%dY%d" % (r.randint(0, 24), r.randint(120, 190))
    d.t("LOADSHEET           CHECKED      APPROVED       EDNO\nALL WEIGHTS IN KILO                             %02d\n\n" % r.randint(1, 3))
    d.t("FROM/TO FLIGHT      A/C REG  VERSION   CREW     \n%s %s %s%d/%02d  %s  %s  %d/%d\n\n" % (a, b, al[1], r.randint(1, 2999), r.randint(1, 28), reg(r).replace("-", ""), ver, r.randint(2, 3), r.randint(3, 8)))
    zfw = r.randint(50000, 65000)
    tof = r.randint(5000, 20000)
    trip = int(tof * 0.7)
    d.t("                    WEIGHT       DISTRIBUTION\nLOAD IN COMPARTMENTS  %d  1/%d 3/%d 4/%d 5/0\n" % (r.randint(1000, 5000), r.randint(0, 1500), r.randint(0, 2000), r.randint(0, 1500)))
    d.t("PASSENGER/CABIN BAG  %d  %d/%d/%d/%d  TTL %d CAB 0\n" % (r.randint(8000, 15000), r.randint(60, 150), r.randint(0, 20), r.randint(0, 8), r.randint(0, 3), r.randint(80, 180)))
    d.t("TOTAL TRAFFIC LOAD   %d\nDRY OPERATING WEIGHT %d\nZERO FUEL WEIGHT ACTUAL %d MAX %d\nTAKE OFF FUEL %d\n" % (r.randint(9000, 20000), r.randint(40000, 45000), zfw, 64300, tof))
    d.t("TAKE OFF WEIGHT ACTUAL %d MAX %d L\nTRIP FUEL %d\nLANDING WEIGHT ACTUAL %d MAX %d\n\n" % (zfw + tof, 78000, trip, zfw + tof - trip, 66000))
    d.t("BALANCE AND SEATING CONDITIONS\nDOI %.2f  DLI %.2f  LIZFW %.2f  LITOW %.2f\nMACZFW %.1f  MACTOW %.1f\nSTAB TO %.1f UP\n" % (
        r.uniform(40, 60), r.uniform(30, 60), r.uniform(40, 80), r.uniform(40, 80), r.uniform(20, 35), r.uniform(20, 35), r.uniform(0, 3)))
    d.t("SEATING  OA/%d OB/%d OC/%d\nUNDERLOAD BEFORE LMC %d    LMC TOTAL +/-\n" % (r.randint(10, 60), r.randint(20, 70), r.randint(10, 60), r.randint(100, 3000)))
    d.t("SI SERVICE WEIGHT ADJUSTMENT: +%d KG\nEND %s%d/%02d\n" % (r.randint(0, 300), al[1], r.randint(1, 2999), r.randint(1, 28)))
    return d


def k_schedule_extract(r):
    d = Doc()
    al = airline(r)
    d.t("%s - SCHEDULE EXTRACT  Season %s  (times local)\n" % (al[0].upper(), pick(r, ["S24", "W24", "S25", "W23"])))
    d.t("%-8s %-4s %-5s %-4s %-5s %-8s %-5s %s\n" % ("FLT", "DEP", "STD", "ARR", "STA", "DOW", "EQP", "NOTES"))
    for _ in range(r.randint(6, 14)):
        a, b = two_airports(r)
        days = "".join(c if chance(r, 0.7) else "." for c in "1234567")
        d.t("%-8s %-4s %-5s %-4s %-5s %-8s %-5s %s\n" % ("%s%d" % (al[1], r.randint(1, 2999)), a, hhmm(r), b, hhmm(r) + pick(r, ["", "", "+1"]), days,
                                                       pick(r, ["320", "32N", "321", "73H", "7M8", "E90", "AT7", "789"]), pick(r, ["", "", "eff wk %d" % r.randint(12, 43), "not op wk %d" % r.randint(12, 43), "codeshare %s" % pick(r, AIRLINES)[1]])))
    d.t("\nDOW 1=Mon ... 7=Sun. Subject to slot confirmation.\n")
    return d


def k_mvt_ldm(r):
    d = Doc()
    al = airline(r)
    for _ in range(r.randint(2, 4)):
        fl = "%s%d" % (al[1], r.randint(1, 2999))
        rg = reg(r).replace("-", "")
        st, to = two_airports(r)
        dd = r.randint(1, 28)
        if chance(r, 0.5):
            d.t("MVT\n%s/%02d.%s.%s\nAD%s/%s EA%s %s\n" % (fl, dd, rg, st, hhmm(r), hhmm(r), hhmm(r), to))
            if chance(r, 0.6):
                d.t("DL%02d/%02d/%04d\n" % (pick(r, [93, 81, 15, 41, 63, 89]), pick(r, [11, 12, 18, 32]), r.randint(5, 120)))
            d.t("PX%d\nSI %s\n\n" % (r.randint(60, 220), pick(r, ["NIL", "DLA DUE LATE INBOUND", "EST DLA 20 MIN", "DEICING"])))
        else:
            d.t("LDM\n%s/%02d.%s.%s.%d/%d\n-%s.%d/%d/%d/%d.T%d.1/%d.3/%d.4/%d\nSI %s\n\n" % (fl, dd, rg, pick(r, ["C12Y162", "Y186", "C20Y150"]), r.randint(2, 3), r.randint(3, 6),
                                                                                       to, r.randint(60, 150), r.randint(0, 10), r.randint(0, 5), r.randint(0, 2), r.randint(500, 4000), r.randint(0, 900), r.randint(0, 1500), r.randint(0, 900),
                                                                                       pick(r, ["BW %d BI %.1f" % (r.randint(40000, 46000), r.uniform(40, 60)), "NIL", "AVIH 1 PET 8KG"])))
    return d


def k_mel_deferrals(r):
    d = Doc()
    al = airline(r)
    rg = reg(r)
    d.t("OPEN DEFERRED DEFECTS - %s (%s)\n" % (rg, pick(r, AC_TYPES)))
    d.t("%-10s %-12s %-4s %-46s %s\n" % ("DD REF", "MEL ITEM", "CAT", "DESCRIPTION", "LIMIT"))
    nopen = r.randint(3, 8)
    for _ in range(nopen):
        ata = pick(r, ["21", "23", "25", "30", "33", "34", "35", "36", "38", "49", "52"])
        d.t("%-10s %-12s %-4s %-46s %s\n" % ("DD%s" % digits(r, 5), "%s-%s-%s" % (ata, digits(r, 2), digits(r, 2)), pick(r, "ABCD"),
                                           pick(r, ["APU BLEED VALVE INOP (O)(M)", "CABIN PRESS CTL 1 FAULT", "WING ANTI ICE VALVE SLOW", "LAV SMOKE DET AFT INOP",
                                                    "PASSENGER READING LIGHT 23F U/S", "WX RADAR PWS FUNCTION INOP", "FWD CARGO DOOR SEAL DAMAGED"]),
                                           pick(r, ["3 days", "10 days", "120 days", "%d FC" % r.randint(5, 50), "%d FH" % r.randint(10, 200), "next A-check"])))
    d.t("\nRemaining calendar limits are computed from the time of deferral in the tracking system. Total open: %d\n" % nopen)
    return d


def k_ad_status(r):
    d = Doc()
    d.t("AIRWORTHINESS DIRECTIVE STATUS - fleet %s\n" % pick(r, AC_TYPES))
    d.t("%-16s %-12s %-12s %-10s %s\n" % ("AD NUMBER", "SB REF", "METHOD", "STATUS", "NEXT DUE"))
    for _ in range(r.randint(5, 10)):
        yr = r.randint(2015, 2024)
        adn = pick(r, ["%d-%02d-%02d" % (yr, r.randint(1, 26), r.randint(1, 20)), "%d-%04d" % (yr, r.randint(1, 300)), "%d-%04dR%d" % (yr, r.randint(1, 300), r.randint(1, 3))])
        d.t("%-16s %-12s %-12s %-10s %s\n" % (adn, "%s-%s-%s" % (pick(r, ["A320", "737", "ATR72"]), digits(r, 2), digits(r, 4)), pick(r, ["REPETITIVE", "ONE-TIME", "TERMINATING"]),
                                            pick(r, ["C/W", "OPEN", "N/A", "C/W REP"]), pick(r, ["-", "FH %d" % r.randint(20000, 70000), "FC %d" % r.randint(10000, 40000), "%d FC interval" % r.randint(500, 6000)])))
    d.t("\nAMM rev %d, IPC rev %d. Applicability verified against MSN list rev %s.\n" % (r.randint(40, 90), r.randint(40, 90), pick(r, "ABCDE")))
    return d


def k_engine_trend(r):
    d = Doc()
    esn = "%s-%s" % (pick(r, ["ESN 894", "ESN 569", "ESN 959"]), digits(r, 3))
    d.t("ENGINE CONDITION TREND MONITORING  %s  POS %d  A/C %s\n" % (esn, r.randint(1, 2), reg(r)))
    d.t("%-8s %-8s %-8s %-8s %-8s %-8s\n" % ("CYCLE", "dEGT", "dN1", "dN2", "dFF%", "EGTM"))
    c = r.randint(10000, 30000)
    for _ in range(r.randint(6, 12)):
        c += r.randint(1, 12)
        d.t("%-8d %-+8.1f %-+8.2f %-+8.2f %-+8.2f %-8.1f\n" % (c, r.uniform(-5, 15), r.uniform(-1, 1), r.uniform(-1, 1), r.uniform(-2, 3), r.uniform(10, 60)))
    d.t("\nAlert: %s\n" % pick(r, ["none", "EGT margin shift +8 C over 5 cycles - borescope recommended", "N2 vibration 1.2 units, monitor"]))
    return d


def k_bag_sortation_log(r):
    d = Doc()
    al = airline(r)
    day = rdate(r)
    for lts in log_series(r, day, r.randint(8, 15), 1):
        ev = pick(r, ["READ", "READ", "SORT", "NOREAD", "MES", "LOAD"])
        d.t("%s BHS %s tag=%s flt=%s%04d chute=%s scanner=ATR%02d" % (lts, ev, bag_tag(r, al[4]), al[1], r.randint(1, 2999), pick(r, ["MU%02d" % r.randint(1, 40), "EBS", "PROBLEM", "LATE%02d" % r.randint(1, 5)]), r.randint(1, 24)))
        d.t(" bsm_seq=%d\n" % r.randint(1000, 99999) if chance(r, 0.5) else "\n")
    return d


def k_delay_stats(r):
    d = Doc()
    d.t("OTP / DELAY CODE SUMMARY  Week %d  Network\n\n" % r.randint(1, 52))
    d.t("%-6s %-7s %-7s %-7s %s\n" % ("STN", "DEPS", "OTP15", "AVG", "TOP CODES (IATA)"))
    for _ in range(r.randint(6, 12)):
        d.t("%-6s %-7d %-7s %-7s %s\n" % (pick(r, AIRPORTS), r.randint(40, 600), "%.1f%%" % r.uniform(55, 95), "%dm" % r.randint(3, 40),
                                       ", ".join("%02d(%d)" % (pick(r, [93, 81, 15, 11, 41, 63, 89, 71, 31]), r.randint(1, 60)) for _ in range(3))))
    d.t("\nCodes: 93 reactionary, 81 ATFM en-route, 15 boarding, 41 technical, 63 late crew, 71 weather.\n")
    return d

# ===========================================================================
# registry
# ===========================================================================
KINDS = [
    # (name, function, language, empty)
    ("crew_roster", k_crew_roster, "en", False),
    ("crew_pairing_csv", k_pairing_csv, "en", False),
    ("crew_swap_email", k_crew_swap_email, "en", False),
    ("crew_contact_sheet", k_crew_contact_sheet, "en", False),
    ("crew_hotel_rooming_list", k_rooming_list, "en", False),
    ("easa_medical_certificate", k_easa_medical, "en", False),
    ("ame_exam_worksheet", k_ame_exam_notes, "en", False),
    ("crew_sick_call_chat", k_sick_call_chat, "en", False),
    ("crew_injury_report", k_injury_report, "en", False),
    ("pilot_new_hire_form", k_hr_onboarding, "en", False),
    ("gds_pnr_display", k_pnr_display, "en", False),
    ("apis_paxlst_edifact", k_apis_paxlst, "en", False),
    ("passenger_manifest_csv", k_manifest_csv, "en", False),
    ("apis_json_payload", k_apis_json, "en", False),
    ("boarding_pass_bcbp", k_boarding_pass, "en", False),
    ("medif_form", k_medif, "en", False),
    ("checkin_kiosk_log", k_kiosk_log, "en", False),
    ("baggage_pir_worldtracer", k_pir, "en", False),
    ("bag_delivery_manifest", k_bag_delivery_csv, "en", False),
    ("cancellation_rebooking_email", k_disruption_email, "en", False),
    ("disruption_hotel_voucher", k_hotel_voucher, "en", False),
    ("customer_service_chat", k_cs_chat, "en", False),
    ("refund_eft_request", k_refund_ach, "en", False),
    ("occ_slack_export", k_ops_slack, "en", False),
    ("ff_welcome_email", k_ff_welcome, "en", False),
    ("ff_login_alert", k_ff_login_alert, "en", False),
    ("ff_member_profile_api", k_ff_profile_json, "en", False),
    ("charter_quote_email", k_charter_quote, "en", False),
    ("charter_card_authorization", k_charter_card_auth, "en", False),
    ("charter_invoice", k_charter_invoice, "en", False),
    ("aircraft_tech_log", k_tech_log, "en", False),
    ("mx_work_order_export", k_workorder_csv, "en", False),
    ("mro_tracker_config", k_mro_config, "en", False),
    ("hangar_access_log", k_hangar_access, "en", False),
    ("flight_student_record", k_student_record, "en", False),
    ("training_logbook_export", k_training_logbook, "en", False),
    ("flight_school_invoice_email", k_school_invoice, "en", False),
    ("ftsp_training_request", k_afsp_request, "en", False),
    ("airport_security_incident", k_security_incident, "en", False),
    ("airport_badge_application", k_badge_application, "en", False),
    ("disruptive_pax_report", k_unruly_pax, "en", False),
    ("booking_engine_env", k_booking_env, "en", False),
    ("api_gateway_access_log", k_api_access_log, "en", False),
    ("k8s_secret_manifest", k_k8s_secret, "en", False),
    ("ci_deploy_workflow", k_gha_workflow, "en", False),
    ("acars_gateway_conf", k_acars_gateway_conf, "en", False),
    ("dcs_outage_postmortem", k_postmortem, "en", False),
    ("training_meeting_invite_ics", k_meeting_invite, "en", False),
    ("crew_portal_password_reset", k_crew_portal_reset, "en", False),
    ("rebooking_sms_export", k_sms_batch, "en", False),
    # non-English
    ("dienstplanaenderung_de", k_dienstplan_de, "de", False),
    ("gepaeck_verlust_email_de", k_gepaeck_de, "de", False),
    ("fluggastrechte_antrag_de", k_eu261_claim_de, "de", False),
    ("charterbestaetigung_de", k_charter_conf_de, "de", False),
    ("ausbaubericht_de", k_ausbau_de, "de", False),
    ("flugschule_anmeldung_de", k_flugschule_de, "de", False),
    ("certificat_aptitude_fr", k_cempn_fr, "fr", False),
    ("mineur_non_accompagne_fr", k_umnr_fr, "fr", False),
    ("reponse_indemnisation_fr", k_eu261_resp_fr, "fr", False),
    ("rapport_surete_fr", k_rapport_fr, "fr", False),
    ("nomina_iban_es", k_nomina_es, "es", False),
    ("reserva_grupo_es", k_group_es, "es", False),
    ("cambio_vuelo_es", k_rebooking_es, "es", False),
    ("progreso_alumno_es", k_progreso_es, "es", False),
    ("informe_seguridad_es", k_informe_es, "es", False),
    ("bagagem_extraviada_pt", k_bagagem_pt, "pt", False),
    ("equiparacao_estatuto_pt", k_status_match_pt, "pt", False),
    ("bagaglio_danneggiato_it", k_bagaglio_it, "it", False),
    ("lista_passeggeri_charter_it", k_charter_paxlist_it, "it", False),
    ("puntenoverzicht_nl", k_ff_statement_nl, "nl", False),
    # no labelled entities
    ("notam_bulletin", k_notam, "en", True),
    ("metar_taf", k_metar_taf, "en", True),
    ("acars_downlinks", k_acars, "en", True),
    ("icao_flight_plan", k_icao_fpl, "en", True),
    ("loadsheet", k_loadsheet, "en", True),
    ("schedule_extract", k_schedule_extract, "en", True),
    ("mvt_ldm_telex", k_mvt_ldm, "en", True),
    ("mel_open_deferrals", k_mel_deferrals, "en", True),
    ("ad_status_report", k_ad_status, "en", True),
    ("bhs_sortation_log", k_bag_sortation_log, "en", True),
]
KIND_EMPTY = {k: e for k, _, _, e in KINDS}
_EN = [k for k in KINDS if k[2] == "en" and not k[3]]
_XX = [k for k in KINDS if k[2] != "en" and not k[3]]
_EMPTY = [k for k in KINDS if k[3]]
P_EMPTY = 0.12
P_NON_EN = 0.25 / (1 - P_EMPTY)


def _one(seed, i):
    r = random.Random("b86:%d:%d" % (seed, i))
    if r.random() < P_EMPTY:
        kind = pick(r, _EMPTY)
    elif r.random() < P_NON_EN:
        kind = pick(r, _XX)
    else:
        kind = pick(r, _EN)
    name, fn, lang, _ = kind
    d = fn(r)
    ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
    return {"id": "blind86-%d-%05d" % (seed, i), "text": d.text(), "entities": ents}, name, lang


def generate(n, seed=0):
    for i in range(n):
        yield _one(seed, i)[0]


def generate_with_meta(n, seed=0):
    for i in range(n):
        yield _one(seed, i)


# ===========================================================================
# validation / CLI
# ===========================================================================
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
AWS_KEY_RE = re.compile(r"^AKIA[A-Z0-9]{16}$")
GH_RE = re.compile(r"^ghp_[A-Za-z0-9]{36}$")
SLACK_RE = re.compile(r"^xox[bpars]-[0-9]+-[0-9]+-[A-Za-z0-9]+$")
STRIPE_RE = re.compile(r"^(sk|rk)_live_[A-Za-z0-9]{24,}$")
URL_RE = re.compile(r"^https?://[^\s]+$")


def _b64json(part):
    pad = "=" * (-len(part) % 4)
    return json.loads(base64.urlsafe_b64decode(part + pad))


def check_value(typ, v):
    if typ == "CREDIT_CARD":
        digs = re.sub(r"[ -]", "", v)
        return digs.isdigit() and 13 <= len(digs) <= 19 and luhn_ok(digs)
    if typ == "IBAN_CODE":
        return iban_ok(v)
    if typ == "US_SSN":
        return ssn_ok(v)
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL_RE.match(v))
    if typ == "JWT":
        parts = v.split(".")
        if len(parts) != 3 or not all(parts):
            return False
        try:
            return isinstance(_b64json(parts[0]), dict) and isinstance(_b64json(parts[1]), dict)
        except Exception:
            return False
    if typ == "PRIVATE_KEY":
        lines = v.split("\n")
        return (len(lines) >= 3 and re.match(r"^-----BEGIN [A-Z ]*PRIVATE KEY-----$", lines[0]) is not None
                and re.match(r"^-----END [A-Z ]*PRIVATE KEY-----$", lines[-1]) is not None)
    if typ == "AWS_ACCESS_KEY":
        return bool(AWS_KEY_RE.match(v))
    if typ == "AWS_SECRET_KEY":
        return len(v) == 40 and re.match(r"^[A-Za-z0-9/+]{40}$", v) is not None
    if typ == "GITHUB_TOKEN":
        return bool(GH_RE.match(v))
    if typ == "SLACK_TOKEN":
        return bool(SLACK_RE.match(v))
    if typ == "STRIPE_KEY":
        return bool(STRIPE_RE.match(v))
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == "URL":
        return bool(URL_RE.match(v)) and "@" not in v and re.search(r"//\d+\.\d+\.\d+\.\d+", v) is None
    if typ == "PHONE_NUMBER":
        return len(re.sub(r"\D", "", v)) >= 7
    return True


def validate(doc, kind):
    errs = []
    text = doc["text"]
    prev_end = -1
    for e in doc["entities"]:
        s, t, typ = e["start"], e["end"], e["type"]
        if typ not in TYPESET:
            errs.append("bad type %s" % typ)
            continue
        if not (0 <= s < t <= len(text)):
            errs.append("span out of range %r" % e)
            continue
        if s < prev_end:
            errs.append("overlap at %d" % s)
        prev_end = t
        v = text[s:t]
        if v != v.strip():
            errs.append("whitespace edge %r" % v)
        if not check_value(typ, v):
            errs.append("invalid %s value %r" % (typ, v))
    if KIND_EMPTY[kind] and doc["entities"]:
        errs.append("empty kind %s has entities" % kind)
    return errs


def run_check():
    from collections import Counter
    ok = True
    type_c, lang_c, kind_c = Counter(), Counter(), Counter()
    ndocs = 0
    empty_docs = 0
    t0 = time.time()
    for seed in (0, 1):
        for doc, kind, lang in generate_with_meta(2000, seed):
            ndocs += 1
            kind_c[kind] += 1
            lang_c[lang] += 1
            if not doc["entities"]:
                empty_docs += 1
            for e in doc["entities"]:
                type_c[e["type"]] += 1
            errs = validate(doc, kind)
            if errs:
                ok = False
                print("FAIL %s (%s): %s" % (doc["id"], kind, "; ".join(errs[:5])))
    dt = time.time() - t0
    print("docs: %d  (%.2fs for %d docs)" % (ndocs, dt, ndocs))
    print("\nentities per type:")
    for t in TYPES:
        print("  %-22s %6d" % (t, type_c[t]))
    print("\ndocs per language:")
    for l, c in lang_c.most_common():
        print("  %-4s %6d  %5.1f%%" % (l, c, 100.0 * c / ndocs))
    print("\ndocs with no entity: %d (%.1f%%)" % (empty_docs, 100.0 * empty_docs / ndocs))
    print("\ndocs per kind (%d kinds used of %d):" % (len(kind_c), len(KINDS)))
    for k, _, _, _ in KINDS:
        print("  %-32s %5d" % (k, kind_c[k]))
    missing = [t for t in TYPES if type_c[t] == 0]
    if missing:
        ok = False
        print("\nFAIL: types never used: %s" % ", ".join(missing))
    if len(kind_c) < 50:
        ok = False
        print("\nFAIL: only %d kinds used" % len(kind_c))
    print("\nRESULT: %s" % ("OK" if ok else "PROBLEMS FOUND"))
    return 0 if ok else 1


def render(doc):
    out = []
    pos = 0
    text = doc["text"]
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append("[[%s:%s]]" % (e["type"], text[e["start"]:e["end"]]))
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 2x2000 docs and validate them")
    ap.add_argument("--sample", type=int, default=0, help="print K docs with marked spans")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", type=str, default=None, help="write JSONL here")
    a = ap.parse_args(argv)
    if a.check:
        return run_check()
    if a.sample:
        for doc, kind, lang in generate_with_meta(a.sample, a.seed):
            print("=" * 100)
            print("# %s  kind=%s  lang=%s  entities=%d" % (doc["id"], kind, lang, len(doc["entities"])))
            print(render(doc))
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
