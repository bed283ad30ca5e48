#!/usr/bin/env python3.11
"""corpus_blind16 -- seeded, labelled synthetic corpus for a PII/PHI/secrets detector.

Written blind (without looking at the detector).  Standard library only.

    generate(n, seed=0) -> iterator of
        {"id": str, "domain": str, "text": str,
         "entities": [{"start": int, "end": int, "type": str}, ...]}

Document i is a pure function of (seed, i): every random decision comes from
random.Random(f"{seed}-{i}").  Documents are assembled piece by piece with a
builder (`Doc`) that records each entity span while the text is appended, so
offsets are never recovered by searching the finished text.

About 10 % of documents are negatives: the same domain templates are rendered
with every entity value replaced by a hard negative (masked value, ${VAR}
reference, relative time, Luhn-invalid / mod-97-invalid / invalid-area
numbers, redaction markers), so they carry no entities at all.

CLI:
    python3.11 bench/corpus_blind16.py --check
    python3.11 bench/corpus_blind16.py --sample 3
    python3.11 bench/corpus_blind16.py --n 500 --seed 7 --output out.jsonl
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
)
NEG_RATE = 0.10
MIN_LEN, MAX_LEN = 200, 2500


# =============================================================================
# Builder
# =============================================================================
class E:
    """An entity value to be appended (value, type)."""
    __slots__ = ("v", "t")

    def __init__(self, v, t):
        self.v = v
        self.t = t


class S:
    """A composite JSON string value made of plain text and entities."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts


def _mk(t):
    return lambda v: E(v, t)


PER = _mk("PERSON"); EML = _mk("EMAIL_ADDRESS"); PHN = _mk("PHONE_NUMBER")
SSN = _mk("US_SSN"); CC = _mk("CREDIT_CARD"); IBN = _mk("IBAN_CODE")
IPA = _mk("IP_ADDRESS"); DOB = _mk("DATE_OF_BIRTH"); DT = _mk("DATE_TIME")
LOC = _mk("LOCATION"); ADR = _mk("ADDRESS"); URL = _mk("URL")
MRN = _mk("MEDICAL_RECORD_NUMBER"); HPN = _mk("HEALTH_PLAN_NUMBER")
ACC = _mk("ACCOUNT_NUMBER"); DLN = _mk("DRIVER_LICENSE")
AKI = _mk("AWS_ACCESS_KEY"); ASK = _mk("AWS_SECRET_KEY"); GHT = _mk("GITHUB_TOKEN")
SLK = _mk("SLACK_TOKEN"); STK = _mk("STRIPE_KEY"); JWT = _mk("JWT")
PEM = _mk("PRIVATE_KEY"); PWD = _mk("PASSWORD"); SEC = _mk("GENERIC_SECRET")


class Doc:
    """Append-only text builder that records entity spans as they are written."""

    def __init__(self, r, neg=False):
        self.r = r
        self.neg = neg
        self.parts = []
        self.n = 0
        self.ents = []

    def __len__(self):
        return self.n

    def raw(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)

    def ent(self, v, t):
        if t not in TYPES:
            raise ValueError(f"unknown type {t}")
        if self.neg:
            self.raw(mask_value(self.r, v, t))
            return
        if not v or v != v.strip():
            raise ValueError(f"bad entity value {v!r} ({t})")
        start = self.n
        self.raw(v)
        self.ents.append({"start": start, "end": self.n, "type": t})

    def __call__(self, *parts):
        for p in parts:
            if isinstance(p, E):
                self.ent(p.v, p.t)
            elif isinstance(p, S):
                self(*p.parts)
            elif p is None:
                continue
            else:
                self.raw(str(p))
        return self

    def text(self):
        return "".join(self.parts)


def jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def emit_json(d, obj, indent=2, lvl=0):
    """Serialise obj as JSON through the builder.  E / S values become spans."""
    if indent is None:
        nl_in = nl_out = ""
        sep = ", "
    else:
        nl_in = "\n" + " " * (indent * (lvl + 1))
        nl_out = "\n" + " " * (indent * lvl)
        sep = ","
    if isinstance(obj, E):
        if jstr(obj.v) != obj.v:
            raise ValueError("entity needs JSON escaping: %r" % obj.v)
        d('"', obj, '"')
    elif isinstance(obj, S):
        d('"')
        for p in obj.parts:
            if isinstance(p, E):
                d(p)
            else:
                d(jstr(p))
        d('"')
    elif isinstance(obj, dict):
        if not obj:
            d("{}")
            return
        d("{")
        for k, (key, val) in enumerate(obj.items()):
            if k:
                d(sep)
            d(nl_in, '"', jstr(key), '": ')
            emit_json(d, val, indent, lvl + 1)
        d(nl_out, "}")
    elif isinstance(obj, (list, tuple)):
        if not obj:
            d("[]")
            return
        d("[")
        for k, val in enumerate(obj):
            if k:
                d(sep)
            d(nl_in)
            emit_json(d, val, indent, lvl + 1)
        d(nl_out, "]")
    elif isinstance(obj, str):
        d('"', jstr(obj), '"')
    else:
        d(json.dumps(obj))


def csv_row(d, fields, sep=","):
    for k, f in enumerate(fields):
        if k:
            d(sep)
        val = f.v if isinstance(f, E) else ("" if f is None else str(f))
        if sep in val or '"' in val or "\n" in val:
            if isinstance(f, E):
                d('"', f, '"')
            else:
                d('"', val.replace('"', '""'), '"')
        else:
            d(f if isinstance(f, E) else val)
    d("\n")


# =============================================================================
# Small random helpers
# =============================================================================
HEX = "0123456789abcdef"
DIG = string.digits
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rc(r, seq):
    return seq[r.randrange(len(seq))]


def rs(r, alphabet, n):
    return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


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


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def fold(s):
    """ASCII-fold a name for e-mail local parts / handles."""
    s = (s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
         .replace("æ", "ae").replace("đ", "d").replace("ı", "i").replace("ð", "d")
         .replace("þ", "th"))
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", s.lower())


# =============================================================================
# Name pools (many origins)
# =============================================================================
def _w(s):
    return [x.replace("_", " ") for x in s.split()]


GIVEN = {
    "en": _w("James Mary Robert Patricia Michael Jennifer William Linda David Elizabeth Joseph "
             "Susan Thomas Jessica Christopher Karen Daniel Nancy Matthew Ashley Anthony Emily "
             "Donald Michelle Kevin Amanda Brian Melissa Timothy Deborah Ryan Stephanie Gary "
             "Rebecca Nicholas Laura Eric Heather Jonathan Megan Brandon Courtney Tyler Brittany "
             "Dustin Kayla Travis Shelby Wyatt Harper Colton Mackenzie Bryce Avery Hunter Savannah "
             "Chase Paisley Mary-Beth Billy-Ray DeShawn Latoya Jamal Imani Tremaine Keisha Darnell Ebony"),
    "ga": _w("Siobhan Aoife Niamh Ciaran Padraig Eoin Declan Saoirse Orla Cormac Fionn Roisin "
             "Aisling Seamus Grainne Caoimhe Tadhg Eimear Callum Isla Fraser Eilidh Ailsa Lachlan Morag"),
    "es": _w("José María Juan Carmen Luis Ana Carlos Lucía Javier Sofía Miguel Isabel Alejandro "
             "Valentina Diego Camila Fernando Paula Andrés Daniela Pablo Gabriela Sergio Mariana "
             "Raúl Ximena Jorge Guadalupe Rodrigo Mateo Renata Santiago Catalina Ignacio Rocío "
             "Esteban Marisol Joaquín Itzel María_José Juan_Pablo"),
    "pt": _w("João Maria Pedro Ana Lucas Beatriz Gabriel Larissa Rafael Mariana Thiago Juliana "
             "Felipe Letícia Gustavo Fernanda Bruno Camila Tiago Inês Rodrigo Leonor Vinícius Raquel Caio"),
    "fr": _w("Jean Marie Pierre Sophie Louis Camille Antoine Chloé Nicolas Manon Julien Léa "
             "Mathieu Inès Théo Margaux Hugo Élodie Baptiste Amélie Guillaume Clémence François "
             "Océane Étienne Aurélie Rémi Gaëlle Jean-Luc Anne-Sophie Marie-Claire Pierre-Yves"),
    "de": _w("Lukas Anna Jonas Lena Leon Marie Felix Sophie Maximilian Laura Paul Julia Tobias "
             "Katharina Jan Hannah Florian Johanna Matthias Lea Sebastian Franziska Moritz "
             "Charlotte Stefan Ursula Jürgen Helga Wolfgang Sabine Dieter Birgit Hans-Peter Karl-Heinz"),
    "nl": _w("Daan Sanne Bram Fleur Thijs Lotte Sem Anouk Lars Femke Ruben Eva Jasper Noor "
             "Joris Maud Pieter Ilse Wouter Lieke Sven Marieke Koen Esther Jan-Willem"),
    "it": _w("Giuseppe Maria Giovanni Anna Antonio Francesca Marco Giulia Alessandro Chiara Luca "
             "Federica Matteo Sara Lorenzo Martina Andrea Elena Davide Alessia Riccardo Beatrice "
             "Salvatore Giorgia Vincenzo Valentina"),
    "pl": _w("Piotr Anna Krzysztof Katarzyna Tomasz Małgorzata Paweł Agnieszka Michał Magdalena "
             "Łukasz Joanna Marcin Aleksandra Jakub Zofia Grzegorz Ewa Wojciech Barbara Kacper "
             "Natalia Mateusz Dorota Bartosz Weronika"),
    "ru": _w("Olga Dmitri Natalia Sergei Irina Alexei Tatiana Mikhail Svetlana Andrei Yulia Ivan "
             "Ekaterina Vladimir Oksana Bohdan Olena Taras Kateryna Yaroslav Anastasia Nikolai"),
    "ar": _w("Mohammed Fatima Ahmed Aisha Omar Layla Youssef Mariam Khalid Noor Hassan Zainab "
             "Ali Huda Ibrahim Samira Tariq Rania Karim Yasmin Mustafa Salma Hamza Lina Bilal Amira"),
    "tr": _w("Mehmet Ayşe Mustafa Elif Emre Zeynep Can Selin Burak Defne Arash Shirin Reza "
             "Parisa Dariush Niloufar Kian Leila Babak Mahsa"),
    "in": _w("Aarav Priya Rohan Ananya Vikram Kavya Arjun Divya Rahul Sneha Aditya Pooja "
             "Siddharth Lakshmi Karthik Meera Sanjay Deepa Ravi Nandini Harpreet Gurpreet "
             "Amandeep Imran Farhana Nusrat Tanvir Sunita Venkatesh Anjali Kiran Mohan Ishaan Riya"),
    "cn": _w("Wei Fang Jing Lei Xiaoming Mei Hao Yan Jun Li_Na Tao Ying Zhiwei Xin Yu Hui Qiang "
             "Jiahui Zihan Yuxuan"),
    "jp": _w("Haruto Yui Sota Aoi Ren Hina Yuto Sakura Kenji Yuki Takashi Emi Hiroshi Naoko Daiki Ayaka"),
    "kr": _w("Minjun Seoyeon Jiwoo Hayoon Dohyun Jiho Soyeon Hyunwoo Eunji Jisoo Taeyang Min-jun Seo-yeon"),
    "vn": _w("Minh Linh Anh Tuan Thao Huong Duc Lan Quang Mai Rizalino Marites Rommel Analyn "
             "Precious Jerome Maricel Jhun"),
    "af": _w("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Kwame Ama Kofi Akosua Tunde Yetunde "
             "Chukwuemeka Nneka Babajide Folake Jelani Wanjiru Kamau Achieng Otieno Amani Tendai "
             "Thandiwe Sipho Nomvula Tsegaye Abebe Hirut Liya Abdi Hodan Fadumo Mamadou Aminata "
             "Ousmane Fatoumata Moussa"),
    "no": _w("Lars Ingrid Erik Astrid Magnus Freya Sven Sigrid Nils Solveig Björn Elin Mikkel "
             "Kirsten Oskar Saga Giorgos Eleni Dimitris Katerina Nikos Sofia Yannis Despina Avi "
             "Noa Yosef Tamar Eitan Shira Moshe Rivka Yael"),
}

SURN = {
    "en": _w("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore "
             "Jackson Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen King "
             "Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips "
             "Campbell Parker Evans Edwards Collins Stewart Morris Cook Rogers Morgan Cooper "
             "Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks Bennett Gray "
             "Hughes Price Sanders Myers Ross Foster Fitzgerald Blackwood Whitfield Pennington "
             "Ashworth Hollingsworth Winthrop St._John Washington Jefferson"),
    "ga": _w("O'Neil O'Brien O'Sullivan McCarthy O'Connor Gallagher Byrne Murphy Doyle Kavanagh "
             "McLaughlin MacDonald MacLeod Fraser Mackenzie O'Donnell Ó_Briain Mac_Giolla_Phádraig "
             "Nic_Aodha Quigley"),
    "es": _w("García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres "
             "Flores Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Ramos Castillo Jiménez "
             "Vargas Romero Herrera Medina Aguilar Vega Castro Mendoza de_la_Cruz de_la_Fuente "
             "del_Río García-Márquez Ruiz-Tagle de_los_Santos Villanueva Santana Ochoa Zúñiga Navarro"),
    "pt": _w("Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Gomes Ribeiro "
             "Martins Rocha Alves Barbosa Cardoso Teixeira Moreira dos_Santos da_Silva de_Oliveira "
             "Nascimento Araújo Magalhães da_Costa_e_Silva"),
    "fr": _w("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon "
             "Laurent Lefebvre Michel David Bertrand Roux Vincent Fournier Girard Bonnet Lambert "
             "Fontaine Rousseau de_la_Fontaine Le_Goff Le_Gall Saint-Clair de_Villiers "
             "Lefèvre-Pontalis Chevalier Faure Gauthier d'Alembert"),
    "de": _w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
             "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun "
             "Krüger Hofmann Hartmann Lange Werner Krause Lehmann von_Bülow von_der_Heide "
             "Schulze-Wessel Baumgartner Gruber Huber Steiner Brunner Weiß Öztürk-Schmid"),
    "nl": _w("de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer "
             "de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit "
             "Dijkstra van_der_Meer van_der_Linden van_der_Berg Vermeulen van_Beek Claes Maes "
             "Willems Verhoeven van_'t_Hof ter_Horst op_den_Akker"),
    "it": _w("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
             "Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Di_Stefano D'Angelo "
             "Dell'Acqua De_Santis La_Rosa Lo_Bianco Barbieri Fontana Caruso"),
    "pl": _w("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
             "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk "
             "Piotrowski Grabowski Nowakowska Kowalska Wiśniewska Zając Król Wieczorek Jabłoński "
             "Szczepańska Brzęczyszczykiewicz Grzybowska-Lis"),
    "ru": _w("Ivanov Smirnova Kuznetsov Popova Sokolov Lebedeva Kozlov Novikova Morozov Petrova "
             "Volkov Solovyova Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko "
             "Oliynyk Rudenko Hrytsenko"),
    "ar": _w("Al-Farsi Al-Hashimi Al-Sayed El-Amin Al-Masri Haddad Khoury Nasser Saleh Abdullah "
             "Mansour Hamdan Qasim Abu-Lughod El_Khatib Bakr Darwish Aziz Rahman Benali Bouzid "
             "Belkacem Ait-Ahmed Ben_Youssef Al_Nuaimi"),
    "tr": _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Hosseini "
             "Mohammadi Karimi Rahimi Moradi Tehrani Jafari Ahmadi Sadeghi"),
    "in": _w("Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Rao Krishnan Chatterjee "
             "Banerjee Mukherjee Das Bose Joshi Desai Mehta Shah Kapoor Malhotra Chaudhary Pillai "
             "Subramanian Venkataraman Ahmed Hossain Chowdhury Siddiqui Gill Sandhu Dhillon "
             "Ranganathan Balasubramanian"),
    "cn": _w("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao "
             "Luo Zheng Liang Tan Lim Ng Wong Chan Leung Cheung Lau Ouyang"),
    "jp": _w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato "
             "Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu"),
    "kr": _w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon"),
    "vn": _w("Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Bautista "
             "dela_Cruz Aquino Manalo Pangilinan Macapagal"),
    "af": _w("Okafor Adeyemi Okonkwo Nwosu Eze Balogun Adebayo Obi Mensah Owusu Asante Boateng "
             "Appiah Osei Kariuki Mwangi Odhiambo Wanjiku Njoroge Moyo Ndlovu Dlamini Nkosi "
             "Khumalo Mokoena Bekele Tadesse Haile Gebremedhin Mohamud Warsame Diallo Traoré "
             "Coulibaly Keïta Ndiaye Diop Sow"),
    "no": _w("Andersen Johansson Nilsson Larsen Hansen Eriksson Lindqvist Karlsson Berg Haugen "
             "Sørensen Jónsdóttir Sigurðsson Halvorsen Papadopoulos Georgiou Nikolaidis "
             "Konstantinou Oikonomou Alexiou Cohen Levi Mizrahi Peretz Friedman Goldberg Katz "
             "Rosenberg Ben-David Bar-Lev Weiss Shapiro"),
}
ORIGINS = list(GIVEN)
ORIGIN_W = [("en", 18), ("ga", 3), ("es", 10), ("pt", 4), ("fr", 5), ("de", 5), ("nl", 3),
            ("it", 4), ("pl", 4), ("ru", 3), ("ar", 5), ("tr", 3), ("in", 8), ("cn", 5),
            ("jp", 2), ("kr", 3), ("vn", 4), ("af", 6), ("no", 4)]


def person(r, origin=None):
    o = origin or wchoice(r, ORIGIN_W)
    g = rc(r, GIVEN[o])
    s = rc(r, SURN[o]) if chance(r, 0.88) else rc(r, SURN[rc(r, ORIGINS)])
    if o == "es" and chance(r, 0.3) and " " not in s:
        s2 = rc(r, SURN["es"])
        if s2 != s and " " not in s2 and "-" not in s2:
            s = f"{s} {s2}"
    elif chance(r, 0.06) and " " not in s and "-" not in s:
        s2 = rc(r, SURN[rc(r, ORIGINS)])
        if s2 != s and " " not in s2 and "-" not in s2 and "'" not in s2:
            s = f"{s}-{s2}"
    m = rc(r, "ABCDEFGHJKLMNPRSTVW") if chance(r, 0.3) else None
    return {"g": g, "s": s, "m": m, "o": o}


def cap_first(s):
    return s[:1].upper() + s[1:]


def pname(r, p, style=None):
    if style is None:
        style = wchoice(r, [("full", 10), ("mid", 3), ("lf", 2), ("caps", 1), ("capslf", 1),
                            ("lower", 0.5)])
    g, s, m = p["g"], p["s"], p["m"]
    if style == "mid" and not m:
        style = "full"
    if style == "full":
        return f"{g} {s}"
    if style == "mid":
        return f"{g} {m}. {s}"
    if style == "lf":
        return f"{cap_first(s)}, {g}" + (f" {m}" if m else "")
    if style == "caps":
        return f"{g} {s}".upper()
    if style == "capslf":
        return f"{s}, {g}".upper()
    if style == "lower":
        return f"{g} {s}".lower()
    if style == "g":
        return g
    if style == "s":
        return s
    raise ValueError(style)


def sname(p):
    """Surname as written after a title (particles keep their case)."""
    return p["s"]


FREEMAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me",
            "aol.com", "gmx.de", "web.de", "orange.fr", "free.fr", "wp.pl", "onet.pl",
            "libero.it", "yahoo.es", "btinternet.com", "hotmail.co.uk", "live.nl", "fastmail.com",
            "comcast.net", "att.net", "verizon.net", "mail.ru", "naver.com", "rediffmail.com",
            "yahoo.co.in", "bluewin.ch", "telenet.be", "sapo.pt", "uol.com.br"]


def email_for(r, p, dom=None):
    g, s = fold(p["g"]), fold(p["s"])
    if not g:
        g = "user"
    if not s:
        s = "x"
    pat = r.randrange(8)
    if pat == 0:
        lp = f"{g}.{s}"
    elif pat == 1:
        lp = f"{g[0]}{s}"
    elif pat == 2:
        lp = f"{g}{s}{r.randint(1, 99)}"
    elif pat == 3:
        lp = f"{s}.{g}"
    elif pat == 4:
        lp = f"{g}_{s}"
    elif pat == 5:
        lp = f"{g}{r.randint(70, 99)}"
    elif pat == 6:
        lp = f"{g[0]}.{s}"
    else:
        lp = f"{g}.{s[0]}"
    return f"{lp}@{dom or rc(r, FREEMAIL)}"


# =============================================================================
# Places, addresses, phones
# =============================================================================
STATE_NAMES = {
    "NY": "New York", "MA": "Massachusetts", "RI": "Rhode Island", "CT": "Connecticut",
    "PA": "Pennsylvania", "NJ": "New Jersey", "MD": "Maryland", "VA": "Virginia",
    "NC": "North Carolina", "GA": "Georgia", "FL": "Florida", "TN": "Tennessee",
    "KY": "Kentucky", "AL": "Alabama", "LA": "Louisiana", "TX": "Texas", "OK": "Oklahoma",
    "MO": "Missouri", "IL": "Illinois", "WI": "Wisconsin", "MN": "Minnesota", "MI": "Michigan",
    "OH": "Ohio", "IN": "Indiana", "NE": "Nebraska", "IA": "Iowa", "CO": "Colorado",
    "UT": "Utah", "ID": "Idaho", "AZ": "Arizona", "NM": "New Mexico", "NV": "Nevada",
    "CA": "California", "OR": "Oregon", "WA": "Washington", "AK": "Alaska", "HI": "Hawaii",
    "VT": "Vermont", "ME": "Maine", "MT": "Montana", "ND": "North Dakota", "SD": "South Dakota",
    "WY": "Wyoming", "AR": "Arkansas", "MS": "Mississippi", "SC": "South Carolina",
    "DE": "Delaware", "NH": "New Hampshire",
}
US_CITIES = [
    ("New York", "NY", "100", "212 646 917"), ("Brooklyn", "NY", "112", "718 347"),
    ("Buffalo", "NY", "142", "716"), ("Boston", "MA", "021", "617 857"),
    ("Worcester", "MA", "016", "508"), ("Providence", "RI", "029", "401"),
    ("Hartford", "CT", "061", "860"), ("Philadelphia", "PA", "191", "215 267"),
    ("Pittsburgh", "PA", "152", "412"), ("Newark", "NJ", "071", "973"),
    ("Baltimore", "MD", "212", "410 443"), ("Richmond", "VA", "232", "804"),
    ("Charlotte", "NC", "282", "704 980"), ("Raleigh", "NC", "276", "919"),
    ("Atlanta", "GA", "303", "404 470"), ("Savannah", "GA", "314", "912"),
    ("Miami", "FL", "331", "305 786"), ("Tampa", "FL", "336", "813"),
    ("Orlando", "FL", "328", "407"), ("Jacksonville", "FL", "322", "904"),
    ("Nashville", "TN", "372", "615"), ("Memphis", "TN", "381", "901"),
    ("Louisville", "KY", "402", "502"), ("Birmingham", "AL", "352", "205"),
    ("New Orleans", "LA", "701", "504"), ("Houston", "TX", "770", "713 832"),
    ("Dallas", "TX", "752", "214 469"), ("Austin", "TX", "787", "512 737"),
    ("San Antonio", "TX", "782", "210"), ("El Paso", "TX", "799", "915"),
    ("Oklahoma City", "OK", "731", "405"), ("Tulsa", "OK", "741", "918"),
    ("Kansas City", "MO", "641", "816"), ("St. Louis", "MO", "631", "314"),
    ("Chicago", "IL", "606", "312 773"), ("Milwaukee", "WI", "532", "414"),
    ("Madison", "WI", "537", "608"), ("Minneapolis", "MN", "554", "612"),
    ("Detroit", "MI", "482", "313"), ("Grand Rapids", "MI", "495", "616"),
    ("Cleveland", "OH", "441", "216"), ("Columbus", "OH", "432", "614"),
    ("Cincinnati", "OH", "452", "513"), ("Indianapolis", "IN", "462", "317"),
    ("Omaha", "NE", "681", "402"), ("Des Moines", "IA", "503", "515"),
    ("Denver", "CO", "802", "303 720"), ("Boulder", "CO", "803", "303"),
    ("Salt Lake City", "UT", "841", "801"), ("Boise", "ID", "837", "208"),
    ("Phoenix", "AZ", "850", "602 480"), ("Tucson", "AZ", "857", "520"),
    ("Albuquerque", "NM", "871", "505"), ("Las Vegas", "NV", "891", "702"),
    ("Reno", "NV", "895", "775"), ("Los Angeles", "CA", "900", "213 323 310"),
    ("San Diego", "CA", "921", "619 858"), ("San Francisco", "CA", "941", "415 628"),
    ("Oakland", "CA", "946", "510"), ("San Jose", "CA", "951", "408"),
    ("Sacramento", "CA", "958", "916"), ("Fresno", "CA", "937", "559"),
    ("Portland", "OR", "972", "503 971"), ("Eugene", "OR", "974", "541"),
    ("Seattle", "WA", "981", "206"), ("Spokane", "WA", "992", "509"),
    ("Anchorage", "AK", "995", "907"), ("Honolulu", "HI", "968", "808"),
    ("Burlington", "VT", "054", "802"), ("Portland", "ME", "041", "207"),
    ("Bozeman", "MT", "597", "406"), ("Fargo", "ND", "581", "701"),
    ("Sioux Falls", "SD", "571", "605"), ("Cheyenne", "WY", "820", "307"),
    ("Little Rock", "AR", "722", "501"), ("Jackson", "MS", "392", "601"),
    ("Charleston", "SC", "294", "843"), ("Wilmington", "DE", "198", "302"),
    ("Manchester", "NH", "031", "603"), ("Ann Arbor", "MI", "481", "734"),
    ("Scottsdale", "AZ", "852", "480"), ("Coeur d'Alene", "ID", "838", "208"),
]
US_STREETS = _w(
    "Oak Maple Cedar Pine Elm Washington Lincoln Jefferson Madison Franklin Main Park Lake Hill "
    "Sunset Highland Ridge Willow Chestnut Walnut Spruce Birch Magnolia Dogwood Cherry Church "
    "Mill River Spring Meadow Forest Valley Prospect Grove Union Market Mission Broadway Center "
    "Jackson Adams Monroe Martin_Luther_King_Jr César_Chávez Kennedy Roosevelt Lafayette Cypress "
    "Juniper Aspen Sycamore Hawthorne Orchard Harbor Bayview Ocean Canyon Mesa Pueblo Sandpiper "
    "Heron Kingfisher Peachtree Bluebonnet Palmetto Sequoia Sierra Alder Hemlock Poplar Laurel "
    "Holly Ivy Rosewood Fairview Glenwood Brookside Stonebridge Wexford Ashford Carriage Old_Mill "
    "Quail_Run Fox_Chase Deer_Path Emerson Thoreau Whitman Audubon")
US_SUFFIX = _w("St Street Ave Avenue Blvd Rd Road Dr Drive Ln Lane Way Ct Court Pl Terrace Pkwy "
               "Circle Trail Hwy Loop Row")
US_UNITS = ["Apt 4B", "Apt. 12", "Suite 210", "Ste 1400", "Unit 7", "#305", "Apt 2F", "Fl 3",
            "Bldg C, Apt 118", "Unit 1204", "Suite 500", "Apt 3R", "Lot 42", "Apt 11D", "Unit B",
            "Suite 300-A", "PH 2", "Apt 706", "#12"]

INTL = {
    "DE": ("Germany", "Deutschland", [
        ("Berlin", "10115 10117 10243 10405 10999 12043"), ("Hamburg", "20095 20146 22767"),
        ("München", "80331 80469 81667"), ("Köln", "50667 50823"),
        ("Frankfurt am Main", "60311 60594"), ("Stuttgart", "70173 70178"),
        ("Leipzig", "04109 04277"), ("Dresden", "01067 01099"), ("Düsseldorf", "40213 40477"),
        ("Bremen", "28195"), ("Freiburg im Breisgau", "79098")],
        _w("Hauptstraße Bahnhofstraße Goethestraße Schillerstraße Lindenallee Friedrichstraße "
           "Kastanienweg Birkenweg Mozartstraße Kantstraße Bergmannstraße Am_Markt Rosenstraße "
           "Sonnenallee Karl-Marx-Allee Gartenstraße Mühlenweg")),
    "AT": ("Austria", "Österreich", [("Wien", "1010 1060 1070 1180"), ("Graz", "8010 8020"),
                                     ("Linz", "4020"), ("Salzburg", "5020"), ("Innsbruck", "6020")],
           _w("Mariahilfer_Straße Landstraßer_Hauptstraße Herrengasse Getreidegasse Favoritenstraße "
              "Ringstraße Wiedner_Hauptstraße")),
    "CH": ("Switzerland", "Schweiz", [("Zürich", "8001 8004 8032"), ("Basel", "4051 4056"),
                                      ("Bern", "3011"), ("Luzern", "6003"), ("Winterthur", "8400")],
           _w("Bahnhofstrasse Seefeldstrasse Langstrasse Freie_Strasse Marktgasse Kramgasse")),
    "FR": ("France", "France", [("Paris", "75002 75011 75015 75018"), ("Lyon", "69003 69007"),
                                ("Marseille", "13001 13006"), ("Toulouse", "31000"),
                                ("Bordeaux", "33000"), ("Nantes", "44000"), ("Lille", "59000"),
                                ("Strasbourg", "67000"), ("Montpellier", "34000")],
           ["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
            "rue des Lilas", "place Bellecour", "rue du Faubourg Saint-Antoine", "allée des Tilleuls",
            "rue Oberkampf", "quai des Chartrons", "rue Sainte-Catherine"]),
    "ES": ("Spain", "España", [("Madrid", "28009 28013 28045"), ("Barcelona", "08001 08013 08036"),
                               ("Valencia", "46001 46004"), ("Sevilla", "41001"), ("Bilbao", "48001"),
                               ("Málaga", "29001"), ("Zaragoza", "50001")],
           ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Carrer de Mallorca",
            "Calle Gran Vía", "Paseo de la Castellana", "Calle de Toledo", "Carrer de Provença",
            "Calle Larios", "Avenida Blasco Ibáñez"]),
    "IT": ("Italy", "Italia", [("Roma", "00184 00153", "RM"), ("Milano", "20121 20144", "MI"),
                               ("Napoli", "80133", "NA"), ("Torino", "10121", "TO"),
                               ("Bologna", "40121", "BO"), ("Firenze", "50122", "FI")],
           ["Via Giuseppe Garibaldi", "Via Roma", "Corso Vittorio Emanuele II", "Via Dante",
            "Piazza Navona", "Via dei Mille", "Viale Monza", "Via Toledo"]),
    "NL": ("Netherlands", "Nederland", [("Amsterdam", "1015 CJ|1017 PT|1072 LH"),
                                        ("Rotterdam", "3011 AB|3024 EK"), ("Utrecht", "3511 LX"),
                                        ("Den Haag", "2511 BT"), ("Eindhoven", "5611 AZ"),
                                        ("Groningen", "9711 LM")],
           _w("Prinsengracht Keizersgracht Oudegracht Coolsingel Lange_Voorhout Stationsweg "
              "Kerkstraat Vondelstraat Witte_de_Withstraat")),
    "BE": ("Belgium", "Belgique", [("Bruxelles", "1000"), ("Antwerpen", "2000"), ("Gent", "9000"),
                                   ("Liège", "4000"), ("Leuven", "3000")],
           ["Rue Neuve", "Meir", "Veldstraat", "Boulevard d'Avroy", "Bondgenotenlaan",
            "Avenue Louise"]),
    "PL": ("Poland", "Polska", [("Warszawa", "00-514 00-695 02-495"), ("Kraków", "30-001 31-154"),
                                ("Gdańsk", "80-001 80-831"), ("Wrocław", "50-001 53-333"),
                                ("Poznań", "60-001 61-806"), ("Łódź", "90-001 90-136")],
           ["ul. Marszałkowska", "al. Jerozolimskie", "ul. Długa", "ul. Floriańska",
            "ul. Piotrkowska", "ul. Świętojańska", "os. Piastów", "ul. Mickiewicza",
            "ul. Legionów"]),
    "PT": ("Portugal", "Portugal", [("Lisboa", "1100-053 1200-195"), ("Porto", "4000-322"),
                                    ("Coimbra", "3000-150"), ("Braga", "4700-307")],
           ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo",
            "Travessa do Fala-Só"]),
    "GB": ("United Kingdom", "United Kingdom", [("London", "NW1 6XE|SE1 7PB|E2 8DY|SW9 8HJ"),
                                                ("Manchester", "M1 1AE|M14 5RS"),
                                                ("Edinburgh", "EH1 1YZ|EH6 6QT"),
                                                ("Bristol", "BS1 4DJ"), ("Leeds", "LS1 4AP"),
                                                ("Cardiff", "CF10 1EP"), ("Belfast", "BT1 5GS")],
           ["Albert Road", "Baker Street", "Victoria Road", "Church Lane", "High Street",
            "Mill Road", "Queen's Drive", "Station Road", "Park Crescent", "Kingsland Road"]),
    "IE": ("Ireland", "Ireland", [("Dublin 2", "D02 X285"), ("Dublin 8", "D08 TP93"),
                                  ("Cork", "T12 K8AF"), ("Galway", "H91 E2K3"),
                                  ("Limerick", "V94 WK7D")],
           ["Harcourt Street", "Camden Street", "Shop Street", "Patrick Street", "O'Connell Street"]),
    "CA": ("Canada", "Canada", [("Toronto", "M5V 2T6|M4Y 1R5", "ON"), ("Montréal", "H2X 1Y4|H3B 1K9", "QC"),
                                ("Vancouver", "V6B 1A1|V5K 0A1", "BC"), ("Calgary", "T2P 1J9", "AB"),
                                ("Ottawa", "K1P 1J1", "ON"), ("Halifax", "B3J 1S9", "NS"),
                                ("Winnipeg", "R3C 0A5", "MB")],
           ["Queen Street West", "Rue Sainte-Catherine O", "Granville Street", "Bloor Street East",
            "Rue Saint-Denis", "Spadina Avenue", "Barrington Street", "Portage Avenue"]),
    "AU": ("Australia", "Australia", [("Sydney", "2000", "NSW"), ("Melbourne", "3000", "VIC"),
                                      ("Brisbane", "4000", "QLD"), ("Perth", "6000", "WA"),
                                      ("Adelaide", "5000", "SA"), ("Hobart", "7000", "TAS")],
           ["George Street", "Collins Street", "Queen Street", "Hay Street", "Rundle Mall",
            "Smith Street", "Oxford Street"]),
    "MX": ("Mexico", "México", [("Ciudad de México", "03940|06700|11560", "CDMX"),
                                ("Guadalajara", "44100|44600", "Jalisco"), ("Monterrey", "64000", "Nuevo León"),
                                ("Puebla", "72000", "Puebla")],
           ["Av. Insurgentes Sur", "Calle Durango", "Av. Chapultepec", "Calle Madero",
            "Av. Vallarta", "Calle 5 de Mayo"]),
    "BR": ("Brazil", "Brasil", [("São Paulo", "01426-001|04543-011", "SP"),
                                ("Rio de Janeiro", "22070-011", "RJ"), ("Belo Horizonte", "30130-010", "MG"),
                                ("Curitiba", "80010-000", "PR"), ("Recife", "50030-230", "PE")],
           ["Rua Oscar Freire", "Avenida Paulista", "Rua das Laranjeiras", "Avenida Atlântica",
            "Rua XV de Novembro"]),
    "IN": ("India", "India", [("Bengaluru", "560038|560048", "Karnataka"), ("Mumbai", "400050|400001", "Maharashtra"),
                              ("Chennai", "600017", "Tamil Nadu"), ("Hyderabad", "500034", "Telangana"),
                              ("Pune", "411001", "Maharashtra"), ("New Delhi", "110016", "Delhi")],
           ["14th Cross, Indiranagar", "Hill Road, Bandra West", "Anna Salai", "Road No. 12, Banjara Hills",
            "FC Road, Shivajinagar", "Aurobindo Marg"]),
    "JP": ("Japan", "Japan", [("Tokyo", "160-0023|150-0002", "Shinjuku-ku"), ("Osaka", "530-0001", "Kita-ku"),
                              ("Kyoto", "604-8005", "Nakagyo-ku"), ("Yokohama", "220-0012", "Nishi-ku")],
           ["Nishi-Shinjuku", "Shibuya", "Umeda", "Kawaramachi", "Minatomirai"]),
}
COUNTRY_NAME = {cc: v[0] for cc, v in INTL.items()}
COUNTRY_NAME["US"] = "United States"

COMPANY_A = _w("Northwind Bluefin Harborview Summit Cedarline Ironwood Lakeside Pinecrest Redwood "
               "Silverleaf Tri-County Keystone Meridian Riverbend Granite Evergreen Horizon "
               "Copperline Brightwater Oakhurst Westgate Eastbrook Aurora Sterling Vantage Pioneer")
COMPANY_B = ["Logistics", "Health Partners", "Manufacturing", "Analytics", "Freight", "Construction",
             "Medical Group", "Labs", "Software", "Transit Authority", "Energy", "Foods", "Staffing",
             "Insurance Services", "Clinics", "Robotics", "Property Management", "Outfitters"]
COMPANY_C = ["Inc.", "LLC", "Co.", "Corp.", "Group", "", "GmbH", "Ltd"]


def company(r):
    c = f"{rc(r, COMPANY_A)} {rc(r, COMPANY_B)}"
    suf = rc(r, COMPANY_C)
    if suf and suf.rstrip(".").split()[-1] in c:
        suf = ""
    return f"{c} {suf}".strip()


def co_domain(r):
    return f"{rc(r, COMPANY_A).lower().replace('-', '')}{rc(r, ['', '-health', '-labs', 'hq', '-group', '-co', 'app', '-mgmt'])}.{rc(r, ['com', 'org', 'net', 'io', 'de', 'co.uk', 'fr', 'es', 'pl', 'nl', 'us'])}"


def us_city(r):
    c = rc(r, US_CITIES)
    return {"city": c[0], "st": c[1], "zip3": c[2], "ac": c[3].split()}


def us_street(r):
    num = str(r.randint(1, 9899))
    if chance(r, 0.08):
        num += rc(r, ["A", "B", " 1/2"])
    parts = [num]
    if chance(r, 0.25):
        parts.append(rc(r, ["N", "S", "E", "W", "NE", "NW", "SE", "SW"]))
    parts.append(rc(r, US_STREETS))
    parts.append(rc(r, US_SUFFIX))
    return " ".join(parts)


def address(r, cc="US", allow_po=False):
    """Return a dict: cc, street, city, region, pc, country, city_line."""
    if cc == "US":
        c = us_city(r)
        street = us_street(r)
        if chance(r, 0.4):
            street += rc(r, [", ", " "]) + rc(r, US_UNITS)
        if allow_po and chance(r, 0.15):
            street = f"{rc(r, ['P.O. Box', 'PO Box', 'P. O. Box'])} {r.randint(10, 99999)}"
        zc = c["zip3"] + f"{r.randint(0, 99):02d}"
        if chance(r, 0.15):
            zc += f"-{r.randint(1, 9999):04d}"
        return {"cc": "US", "street": street, "city": c["city"], "region": c["st"], "pc": zc,
                "country": "USA", "city_line": f"{c['city']}, {c['st']} {zc}", "ac": c["ac"]}
    cname, local, cities, streets = INTL[cc]
    ct = rc(r, cities)
    city = ct[0]
    pcs = ct[1].split("|") if ("|" in ct[1] or any(ch.isalpha() for ch in ct[1])) else ct[1].split()
    pc = rc(r, pcs)
    reg = ct[2] if len(ct) > 2 else None
    st = rc(r, streets)
    n = r.randint(1, 180)
    if cc in ("DE", "AT", "CH", "NL", "BE", "PL", "IT", "ES", "PT", "BR", "MX"):
        street = f"{st} {n}"
        if cc == "DE" and chance(r, 0.2):
            street += rc(r, "abc")
        if cc == "AT" and chance(r, 0.5):
            street += f"/{r.randint(1, 9)}/{r.randint(1, 30)}"
        if cc == "PL":
            street += rc(r, ["", f"/{r.randint(1, 90)}", f" m. {r.randint(1, 60)}", f"/{r.randint(2, 40)} m. {r.randint(1, 20)}"])
        if cc == "NL" and chance(r, 0.4):
            street += rc(r, ["-1", "-II", "bis", "A", "-huis"])
        if cc == "BE" and chance(r, 0.4):
            street += f" bte {r.randint(1, 20)}"
        if cc == "IT" and chance(r, 0.4):
            street += f", int. {r.randint(1, 20)}"
        if cc == "ES" and chance(r, 0.6):
            street += f", {r.randint(1, 9)}º {rc(r, ['izquierda', 'derecha', 'B', 'A', '2ª', 'C'])}"
        if cc == "PT" and chance(r, 0.5):
            street += f", {r.randint(1, 8)}.º {rc(r, ['Esquerdo', 'Direito', 'A', 'B', 'Frente'])}"
        if cc == "BR" and chance(r, 0.5):
            street += f", apto {r.randint(11, 204)}"
        if cc == "MX" and chance(r, 0.5):
            street += f", Int. {r.randint(1, 12)}"
    elif cc == "FR":
        street = f"{n} {st}"
        if chance(r, 0.3):
            street += rc(r, [", Bât. B", ", Apt 24", ", 3e étage", " bis"])
    elif cc in ("GB", "IE", "AU"):
        street = f"{n} {st}"
        if chance(r, 0.45):
            street = rc(r, ["Flat ", "Apartment ", "Unit "]) + f"{r.randint(1, 40)}, " + street
    elif cc == "CA":
        street = f"{r.randint(10, 4999)} {st}"
        if chance(r, 0.5):
            street += rc(r, [", Apt ", ", Unit ", ", Suite ", ", App. "]) + str(r.randint(101, 2404))
    elif cc == "IN":
        street = f"{rc(r, ['Flat', 'House No.', 'Plot'])} {r.randint(1, 900)}, {st}"
    elif cc == "JP":
        street = f"{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 30)} {st}, {reg}"
    else:
        street = f"{n} {st}"
    # city line in local style
    if cc in ("DE", "AT", "CH", "FR", "ES", "BE", "PL", "PT"):
        cl = f"{pc} {city}"
    elif cc == "NL":
        cl = f"{pc} {city}"
    elif cc == "IT":
        cl = f"{pc} {city} {reg}"
    elif cc in ("GB",):
        cl = f"{city} {pc}"
    elif cc == "IE":
        cl = f"{city}, {pc}"
    elif cc == "CA":
        cl = f"{city}, {reg} {pc}" if chance(r, 0.6) else f"{city} ({reg}) {pc}"
    elif cc == "AU":
        cl = f"{city} {reg} {pc}"
    elif cc == "MX":
        cl = f"{pc} {city}, {reg}"
    elif cc == "BR":
        cl = f"{city} - {reg}, {pc}"
    elif cc == "IN":
        cl = f"{city}, {reg} {pc}"
    elif cc == "JP":
        cl = f"{city} {pc}"
    else:
        cl = f"{pc} {city}"
    return {"cc": cc, "street": street, "city": city.replace("Dublin 2", "Dublin").replace("Dublin 8", "Dublin"),
            "region": reg if cc in ("CA", "AU", "MX", "BR", "IN") else None, "pc": pc,
            "country": rc(r, [cname, local]) if cc not in ("GB", "IE", "AU", "CA", "IN", "JP") else cname,
            "city_line": cl, "ac": None}


def addr_line(r, a, country=None):
    s = f"{a['street']}, {a['city_line']}"
    if country is None:
        country = a["cc"] != "US" and chance(r, 0.4)
    if country:
        s += f", {a['country']}"
    return s


def addr_block(r, a, country=None, sep="\n"):
    s = f"{a['street']}{sep}{a['city_line']}"
    if country is None:
        country = a["cc"] != "US" and chance(r, 0.5)
    if country:
        s += f"{sep}{a['country'].upper() if chance(r, 0.3) else a['country']}"
    return s


def addr_any(r, a):
    return addr_block(r, a) if chance(r, 0.35) else addr_line(r, a)


def city_loc(r, a, style=None):
    """A LOCATION string for the address' city."""
    style = style if style is not None else r.randrange(4)
    if a["cc"] == "US":
        if style == 0:
            return a["city"]
        if style == 1:
            return f"{a['city']}, {a['region']}"
        if style == 2:
            return f"{a['city']}, {STATE_NAMES[a['region']]}"
        return f"{a['city']}, {a['region']}"
    if style in (0, 3):
        return a["city"]
    return f"{a['city']}, {COUNTRY_NAME[a['cc']]}"


def _us_num(r, ac=None):
    a = ac or rc(r, [c[3].split()[0] for c in US_CITIES])
    if chance(r, 0.15):
        ex, ln = "555", f"01{r.randint(0, 99):02d}"
    else:
        ex = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
        if ex[1:] == "11":
            ex = ex[0] + "21"
        ln = f"{r.randint(0, 9999):04d}"
    return a, ex, ln


def phone(r, cc="US", a=None):
    if cc in ("US", "CA"):
        ac = rc(r, a["ac"]) if (a and a.get("ac")) else None
        if cc == "CA" and not ac:
            ac = rc(r, ["416", "647", "514", "604", "403", "613", "902", "204"])
        a_, ex, ln = _us_num(r, ac)
        f = r.randrange(8)
        if f == 0:
            return f"({a_}) {ex}-{ln}"
        if f == 1:
            return f"{a_}-{ex}-{ln}"
        if f == 2:
            return f"+1 {a_} {ex} {ln}"
        if f == 3:
            return f"{a_}.{ex}.{ln}"
        if f == 4:
            return f"+1 ({a_}) {ex}-{ln}"
        if f == 5:
            return f"1-{a_}-{ex}-{ln}"
        if f == 6:
            return f"+1-{a_}-{ex}-{ln}"
        return f"({a_}) {ex}-{ln}"
    d = lambda n: rs(r, DIG, n)
    if cc == "GB":
        return rc(r, [f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"07{d(3)} {d(6)}",
                      f"+44 7{d(3)} {d(6)}", f"+44 (0)161 {d(3)} {d(4)}"])
    if cc == "DE":
        return rc(r, [f"+49 30 {d(8)}", f"030 {d(7)}", f"+49 151 {d(8)}", f"0171 {d(7)}",
                      f"+49 (0)89 {d(3)} {d(4)}", f"+49 221 {d(3)}-{d(4)}"])
    if cc == "AT":
        return rc(r, [f"+43 1 {d(3)} {d(4)}", f"+43 664 {d(7)}", f"01 {d(3)} {d(4)}"])
    if cc == "CH":
        return rc(r, [f"+41 44 {d(3)} {d(2)} {d(2)}", f"+41 79 {d(3)} {d(2)} {d(2)}", f"044 {d(3)} {d(2)} {d(2)}"])
    if cc == "FR":
        return rc(r, [f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
                      f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"04.{d(2)}.{d(2)}.{d(2)}.{d(2)}"])
    if cc == "ES":
        return rc(r, [f"+34 91{d(1)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 6{d(2)} {d(3)} {d(3)}",
                      f"93 {d(3)} {d(2)} {d(2)}"])
    if cc == "IT":
        return rc(r, [f"+39 02 {d(4)} {d(4)}", f"+39 3{d(2)} {d(3)} {d(4)}", f"06 {d(4)} {d(4)}", f"3{d(2)} {d(7)}"])
    if cc == "NL":
        return rc(r, [f"+31 20 {d(3)} {d(4)}", f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}", f"010 {d(3)} {d(4)}"])
    if cc == "BE":
        return rc(r, [f"+32 2 {d(3)} {d(2)} {d(2)}", f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}", f"09 {d(3)} {d(2)} {d(2)}"])
    if cc == "PL":
        return rc(r, [f"+48 22 {d(3)} {d(2)} {d(2)}", f"+48 6{d(2)} {d(3)} {d(3)}", f"12 {d(3)} {d(2)} {d(2)}",
                      f"5{d(2)}-{d(3)}-{d(3)}"])
    if cc == "PT":
        return rc(r, [f"+351 21 {d(3)} {d(4)}", f"+351 91{d(1)} {d(3)} {d(3)}", f"22 {d(3)} {d(4)}"])
    if cc == "IE":
        return rc(r, [f"+353 1 {d(3)} {d(4)}", f"+353 8{d(1)} {d(3)} {d(4)}", f"(01) {d(3)} {d(4)}"])
    if cc == "AU":
        return rc(r, [f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}"])
    if cc == "MX":
        return rc(r, [f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}"])
    if cc == "BR":
        return rc(r, [f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}", f"+55 31 {d(4)}-{d(4)}"])
    if cc == "IN":
        return rc(r, [f"+91 9{d(4)} {d(5)}", f"+91-80-{d(4)}-{d(4)}", f"09{d(3)}{d(6)}"])
    if cc == "JP":
        return rc(r, [f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}"])
    return phone(r, "US")


def e164(r, cc=None):
    cc = cc or rc(r, ["1", "1", "1", "44", "49", "33", "34", "48", "91", "61", "55"])
    n = {"1": 10, "44": 10, "49": 11, "33": 9, "34": 9, "48": 9, "91": 10, "61": 9, "55": 11}[cc]
    return f"+{cc}{r.randint(2, 9)}{rs(r, DIG, n - 1)}"


def tollfree(r):
    return rc(r, ["1-800-", "1-888-", "(877) ", "1-866-", "800-", "1-855-"]) + f"{r.randint(200, 999)}-{r.randint(0, 9999):04d}"


# =============================================================================
# Dates and times
# =============================================================================
MONTHS = {
    "en": _w("January February March April May June July August September October November December"),
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _w("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _w("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "pl": _w("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    "it": _w("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "pt": _w("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "nl": _w("januari februari maart april mei juni juli augustus september oktober november december"),
}
WEEKDAYS = {
    "en": _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "de": _w("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fr": _w("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": _w("lunes martes miércoles jueves viernes sábado domingo"),
    "pl": _w("poniedziałek wtorek środa czwartek piątek sobota niedziela"),
    "it": _w("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    "pt": _w("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    "nl": _w("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
}


def rdate(r, y0=2023, y1=2025):
    start = datetime(y0, 1, 1)
    days = (datetime(y1, 12, 31) - start).days
    return start + timedelta(days=r.randrange(days + 1))


def rdt(r, y0=2023, y1=2025, h0=7, h1=18):
    dt = rdate(r, y0, y1)
    return dt.replace(hour=r.randint(h0, h1), minute=rc(r, [0, 0, 15, 30, 45, 10, 20, 40, 50, 5]))


def rdob(r, y0=1938, y1=2007):
    return rdate(r, y0, y1)


def _ord(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(r, dt, lang="en", style=None):
    d_, m_, y_ = dt.day, dt.month, dt.year
    wd = dt.weekday()
    if lang == "en":
        st = style if style is not None else r.randrange(13)
        M = MONTHS["en"][m_ - 1]
        return [
            f"{M} {d_}, {y_}", f"{m_:02d}/{d_:02d}/{y_}", f"{m_}/{d_}/{y_}", f"{y_}-{m_:02d}-{d_:02d}",
            f"{d_} {M[:3]} {y_}", f"{M[:3]} {d_}, {y_}", f"{WEEKDAYS['en'][wd]}, {M} {d_}, {y_}",
            f"{WEEKDAYS['en'][wd][:3]}, {M[:3]} {d_}, {y_}", f"{d_:02d}/{m_:02d}/{y_}",
            f"{d_:02d}.{m_:02d}.{y_}", f"{d_:02d}-{M[:3]}-{y_}", f"{M} {_ord(d_)}, {y_}",
            f"{_ord(d_)} of {M} {y_}",
        ][st % 13]
    M = MONTHS[lang][m_ - 1]
    W = WEEKDAYS[lang][wd]
    st = style if style is not None else r.randrange(4)
    if lang == "de":
        return [f"{d_}. {M} {y_}", f"{d_:02d}.{m_:02d}.{y_}", f"{W}, {d_}. {M} {y_}", f"{d_}.{m_}.{y_}"][st % 4]
    if lang == "fr":
        dd = "1er" if d_ == 1 else str(d_)
        return [f"{dd} {M} {y_}", f"{W} {dd} {M} {y_}", f"{d_:02d}/{m_:02d}/{y_}", f"{dd} {M} {y_}"][st % 4]
    if lang == "es":
        return [f"{d_} de {M} de {y_}", f"{W}, {d_} de {M} de {y_}", f"{d_:02d}/{m_:02d}/{y_}", f"{d_}/{m_}/{y_}"][st % 4]
    if lang == "pl":
        return [f"{d_} {M} {y_}", f"{d_:02d}.{m_:02d}.{y_}", f"{W}, {d_} {M} {y_}", f"{y_}-{m_:02d}-{d_:02d}"][st % 4]
    if lang == "it":
        return [f"{d_} {M} {y_}", f"{W} {d_} {M} {y_}", f"{d_:02d}/{m_:02d}/{y_}", f"{d_}/{m_}/{y_}"][st % 4]
    if lang == "pt":
        return [f"{d_} de {M} de {y_}", f"{W}, {d_} de {M} de {y_}", f"{d_:02d}/{m_:02d}/{y_}", f"{d_:02d}-{m_:02d}-{y_}"][st % 4]
    if lang == "nl":
        return [f"{d_} {M} {y_}", f"{W} {d_} {M} {y_}", f"{d_:02d}-{m_:02d}-{y_}", f"{d_}-{m_}-{y_}"][st % 4]
    raise ValueError(lang)


def fmt_time(r, dt, lang="en", style=None):
    h, m = dt.hour, dt.minute
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    if lang == "en":
        st = style if style is not None else r.randrange(6)
        return [f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d} {ap.lower()}", f"{h:02d}:{m:02d}",
                f"{h12}:{m:02d}{ap}", f"{h12:02d}:{m:02d} {ap}", f"{h12}:{m:02d} {ap}"][st % 6]
    if lang == "fr":
        return rc(r, [f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}:{m:02d}"])
    if lang == "it":
        return rc(r, [f"{h:02d}:{m:02d}", f"{h}.{m:02d}"])
    return f"{h:02d}:{m:02d}"


JOIN = {"en": [" at ", ", ", " ", " @ "], "de": [" um ", ", "], "fr": [" à ", ", "],
        "es": [" a las ", ", "], "it": [" alle ", ", ", " ore "], "pt": [" às ", ", "],
        "pl": [" o godz. ", ", godz. "], "nl": [" om ", ", "]}


def fmt_dt(r, dt, lang="en"):
    j = rc(r, JOIN[lang])
    if lang == "en" and j == " ":
        return f"{dt.year}-{dt.month:02d}-{dt.day:02d} {dt.hour:02d}:{dt.minute:02d}"
    return fmt_date(r, dt, lang) + j + fmt_time(r, dt, lang)


# machine timestamps (hard negatives)
def ts_iso(dt, r, z=True):
    ms = r.randint(0, 999)
    return f"{dt:%Y-%m-%dT%H:%M:%S}.{ms:03d}" + ("Z" if z else rc(r, ["+00:00", "+01:00", "-05:00"]))


def ts_log(dt, r):
    return f"{dt:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d}"


def ts_email(dt, r):
    return f"{WEEKDAYS['en'][dt.weekday()][:3]}, {dt.day} {MONTHS['en'][dt.month - 1][:3]} {dt.year} {dt:%H:%M:%S} {rc(r, ['+0000', '-0500', '+0100', '+0200', '-0800'])}"


def epoch(dt):
    return int((dt - datetime(1970, 1, 1)).total_seconds())


def tick(dt, r, lo=1, hi=90):
    return dt + timedelta(seconds=r.randint(lo, hi), microseconds=r.randint(0, 999999))


RELATIVE = ["tomorrow", "yesterday", "next week", "later today", "tonight", "this afternoon",
            "in two days", "the day after tomorrow", "next month", "earlier this week",
            "in a few minutes", "by end of day", "as soon as possible", "TBD", "last weekend",
            "within 48 hours", "in 3 business days", "next Tuesday", "this coming weekend"]
DURATIONS = ["45 minutes", "3.5 h", "2 hours", "90 min", "14 days", "30 days", "6 weeks",
             "4h 12m", "36 hours", "10 business days", "3 years", "12 months"]


# =============================================================================
# Identifiers: valid and hard-negative
# =============================================================================
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card(r, brand=None, fmt=None):
    brand = brand or wchoice(r, [("visa", 5), ("mc", 4), ("amex", 2), ("disc", 1), ("mc2", 1)])
    if brand == "visa":
        body = "4" + rs(r, DIG, 14)
    elif brand == "mc":
        body = f"5{r.randint(1, 5)}" + rs(r, DIG, 13)
    elif brand == "mc2":
        body = str(r.randint(2221, 2720)) + rs(r, DIG, 11)
    elif brand == "amex":
        body = rc(r, ["34", "37"]) + rs(r, DIG, 12)
    else:
        body = "6011" + rs(r, DIG, 11)
    num = body + luhn_digit(body)
    fmt = fmt if fmt is not None else r.randrange(3)
    if fmt == 0:
        return num
    sep = " " if fmt == 1 else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bad_card(r, grouped=None):
    while True:
        num = rc(r, ["4", "5", "6"]) + rs(r, DIG, 15)
        if not luhn_ok(num):
            break
    if grouped if grouped is not None else chance(r, 0.5):
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def masked_card(r):
    l4 = rs(r, DIG, 4)
    return rc(r, [f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"************{l4}",
                  f"ending in {l4}", f"x{l4}"])


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def ssn(r, fmt=None):
    a = r.randint(1, 733)
    if a == 666:
        a = 667
    g, n = r.randint(1, 99), r.randint(1, 9999)
    fmt = fmt if fmt is not None else wchoice(r, [(0, 8), (1, 1), (2, 1)])
    if fmt == 0:
        return f"{a:03d}-{g:02d}-{n:04d}"
    if fmt == 1:
        return f"{a:03d} {g:02d} {n:04d}"
    return f"{a:03d}{g:02d}{n:04d}"


def bad_ssn(r):
    a = rc(r, ["000", "666", f"9{r.randint(0, 99):02d}"])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def masked_ssn(r):
    l4 = f"{r.randint(0, 9999):04d}"
    return rc(r, [f"***-**-{l4}", f"XXX-XX-{l4}", f"xxx-xx-{l4}", f"###-##-{l4}"])


IBAN_FMT = {"DE": "8n10n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
            "PL": "24n", "GB": "4a14n", "BE": "12n", "AT": "16n", "CH": "5n12c", "IE": "4a14n",
            "PT": "21n", "LU": "3n13c", "FI": "14n", "DK": "14n", "SE": "20n", "NO": "11n"}
BANK4 = {"NL": ["INGB", "RABO", "ABNA", "TRIO", "SNSB", "KNAB"], "GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"],
         "IE": ["AIBK", "BOFI", "IPBS"]}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc if cc in IBAN_FMT else rc(r, list(IBAN_FMT))
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([nac])", IBAN_FMT[cc]):
        cnt = int(cnt)
        if kind == "n":
            bban += rs(r, DIG, cnt)
        elif kind == "a":
            bban += rc(r, BANK4[cc]) if cnt == 4 and cc in BANK4 else rs(r, UP, cnt)
        else:
            bban += rs(r, DIG + UP, cnt) if chance(r, 0.3) else rs(r, DIG, cnt)
    if cc == "BE":
        n10 = int(bban[:10])
        bban = bban[:10] + f"{(n10 % 97) or 97:02d}"
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if grouped if grouped is not None else chance(r, 0.6):
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def bad_iban(r, cc=None):
    s = iban(r, cc, grouped=False)
    while True:
        c = f"{r.randint(2, 98):02d}"
        t = s[:2] + c + s[4:]
        if not iban_ok(t):
            break
    return " ".join(t[i:i + 4] for i in range(0, len(t), 4)) if chance(r, 0.5) else t


def mrn(r):
    return rc(r, [rs(r, DIG, 8), f"{rs(r, DIG, 3)}-{rs(r, DIG, 3)}-{rs(r, DIG, 2)}", "MR" + rs(r, DIG, 7),
                  f"{r.randint(10, 99)}{rs(r, DIG, 5)}", "E" + rs(r, DIG, 9), f"{rs(r, DIG, 4)}-{rs(r, DIG, 4)}"])


def hpn(r):
    return rc(r, [rs(r, UP, 3) + rs(r, DIG, 9), "W" + rs(r, DIG, 9), f"{rs(r, UP, 1)}{rs(r, DIG, 8)}-{rs(r, DIG, 2)}",
                  f"{r.randint(1, 9)}{rs(r, UP, 2)}{r.randint(0, 9)}-{rs(r, UP, 2)}{r.randint(0, 9)}-{rs(r, UP, 2)}{rs(r, DIG, 2)}",
                  "ZGP" + rs(r, DIG, 8) + "01", rs(r, DIG, 11), "M" + rs(r, DIG, 8)])


def mbi(r):
    C = "ACDEFGHJKMNPQRTUVWXY"
    return f"{r.randint(1, 9)}{rc(r, C)}{rc(r, C + DIG)}{r.randint(0, 9)}-{rc(r, C)}{rc(r, C + DIG)}{r.randint(0, 9)}-{rc(r, C)}{rc(r, C)}{r.randint(0, 9)}{r.randint(0, 9)}"


def acct(r):
    return rc(r, [rs(r, DIG, 10), f"{rs(r, DIG, 4)}-{rs(r, DIG, 5)}-{rs(r, DIG, 3)}", rs(r, DIG, 12),
                  f"{rs(r, DIG, 4)} {rs(r, DIG, 4)} {rs(r, DIG, 4)}", "0" + rs(r, DIG, 11), rs(r, DIG, 8)])


def dl_number(r, st=None):
    st = st or rc(r, list(STATE_NAMES))
    L = rc(r, UP)
    d = lambda n: rs(r, DIG, n)
    if st in ("CA", "AZ", "MA"):
        return L + d(7 if st == "CA" else 8)
    if st == "NY":
        return f"{d(3)} {d(3)} {d(3)}"
    if st == "FL":
        return f"{L}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}"
    if st == "IL":
        return f"{L}{d(3)}-{d(4)}-{d(4)}"
    if st == "WA":
        return "WDL" + rs(r, UP + DIG, 9)
    if st == "PA":
        return f"{d(2)} {d(3)} {d(3)}"
    if st == "NJ":
        return f"{L}{d(4)} {d(5)} {d(5)}"
    if st == "MI":
        return f"{L} {d(3)} {d(3)} {d(3)} {d(3)}"
    if st == "OH":
        return rs(r, UP, 2) + d(6)
    if st == "CO":
        return f"{d(2)}-{d(3)}-{d(4)}"
    if st in ("TX", "GA", "NC", "OR", "TN", "MN"):
        return d(8) if st in ("TX", "OR", "NC") else d(9)
    return L + d(8)


def uuid4(r):
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rc(r, '89ab')}{h[17:20]}-{h[20:]}"


def sha(r, n=40):
    return rs(r, HEX, n)


def version(r):
    return rc(r, [f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"v{r.randint(1, 5)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
                  f"{r.randint(10, 17)}.{r.randint(0, 6)}.{r.randint(0, 3)} ({r.randint(19, 23)}{rc(r, UP)}{r.randint(10, 999)})"])


def order_no(r, kind=None):
    kind = kind or rc(r, ["ORD", "INV", "CLM", "CASE", "BK", "TKT", "RMA", "PO"])
    return rc(r, [f"{kind}-{r.randint(2019, 2025)}-{rs(r, DIG, 6)}", f"{kind}{rs(r, DIG, 8)}", f"#{rs(r, DIG, 6)}",
                  f"{rs(r, UP, 2)}-{rs(r, DIG, 5)}-{rs(r, UP + DIG, 3)}", f"{kind}-{rs(r, UP + DIG, 6)}"])


def vin(r):
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def plate(r):
    return rc(r, [f"{r.randint(1, 9)}{rs(r, UP, 3)}{rs(r, DIG, 3)}", f"{rs(r, UP, 3)}-{rs(r, DIG, 4)}",
                  f"{rs(r, UP, 1)}-{rs(r, UP, 2)} {rs(r, DIG, 4)}", f"{rs(r, UP, 2)} {rs(r, DIG, 3)}{rs(r, UP, 2)}",
                  f"{rs(r, UP, 2)}{rs(r, DIG, 2)} {rs(r, UP, 3)}"])


def npi(r):
    body = rc(r, "12") + rs(r, DIG, 8)
    return body + luhn_digit("80840" + body)


def routing(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = rc(r, [0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        d9 = (10 - s % 10) % 10
        out = "".join(map(str, d)) + str(d9)
        if out[:3] not in ("000", "666") and not out.startswith("9"):
            return out


BICS = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "BSCHESMM", "PKOPPLPW", "UNCRITMM",
        "CHASUS33", "BOFAUS3N", "HSBCGB2L", "RABONL2U", "SOGEFRPP", "BARCGB22", "GEBABEBB", "UBSWCHZH80A",
        "BCOMPTPL", "AIBKIE2D", "RZBAATWW"]
ICD10 = ["J18.9", "E11.9", "I10", "N18.6", "Z94.0", "N97.9", "H52.13", "H90.3", "S82.101A", "F41.1",
         "M54.5", "K21.9", "I48.91", "E78.5", "J45.909", "R07.9", "S42.001A", "N18.5", "Z99.2", "H52.4"]
CPT = ["99213", "90834", "80305", "92015", "92557", "58970", "90935", "97110", "92310", "V5261"]
DRUGS = ["Gonal-f", "Menopur", "Cetrotide", "Ovidrel", "progesterone in oil", "heparin", "Epogen",
         "Venofer", "calcitriol", "sevelamer", "lisinopril", "metformin", "atorvastatin", "ibuprofen",
         "acetaminophen", "amoxicillin", "sertraline", "Adderall", "oxycodone", "Ramipril",
         "Bisoprolol", "Pantoprazol", "Xarelto", "Eliquis", "Ozempic", "Paxlovid", "Zyrtec"]
BRANDS = ["Calvin Klein", "Ralph Lauren", "Tommy Hilfiger", "Hugo Boss", "Ben & Jerry's", "Wendy's",
          "Marks & Spencer", "Johnson & Johnson", "Dr Pepper", "Ray-Ban", "Dell", "Tesla", "Ford",
          "Philips", "Siemens", "Abbott", "Ferrari", "Porsche", "Trader Joe's", "Jimmy Choo",
          "Louis Vuitton", "Estée Lauder", "Dyson", "Miele", "Bosch", "Braun", "Oticon", "Phonak",
          "Fresenius", "Roche", "Bayer", "Merck", "Pfizer", "Chevrolet", "Kellogg's", "Heinz",
          "Levi's", "Disney", "Tim Hortons", "Carl's Jr.", "Ted Baker", "Paul Smith", "Hermès"]
PETS = ["Biscuit", "Pickles", "Mochi", "Waffles", "Ziggy", "Pepper", "Noodle", "Captain", "Gizmo",
        "Sprocket", "Tater Tot", "Mr. Whiskers", "Luna", "Max", "Bella", "Cooper", "Daisy", "Rocky",
        "Nala", "Simba", "Oreo", "Kiwi", "Muffin", "Bandit", "Juniper", "Sir Barksalot", "Duchess"]


IP_FIRST = [23, 31, 37, 45, 50, 62, 64, 66, 71, 73, 81, 84, 91, 98, 104, 109, 141, 146, 151, 162, 176,
            185, 188, 193, 195, 203, 212, 213, 217, 24, 47, 68, 86, 99]


def ipv4(r, private=False):
    if private:
        return rc(r, [f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                      f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    return f"{rc(r, IP_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    pre = rc(r, ["2a02:8108", "2600:1700", "2001:4860", "2607:fb90", "2a01:e0a", "2804:14c", "2403:6200", "2001:db8"])
    g = [f"{r.randint(0, 0xffff):x}" for _ in range(6)]
    if chance(r, 0.4):
        return f"{pre}:{g[0]}::{g[1]}"
    return f"{pre}:" + ":".join(g)


def env_ref(r, name):
    return rc(r, [f"${{{name}}}", f"${{{{ secrets.{name} }}}}", f"${name}", f"${{{name}:-changeme}}"])


# =============================================================================
# Secrets
# =============================================================================
def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def aws_ak(r):
    return rc(r, ["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, B32, 16)


def aws_sk(r):
    return rs(r, ALNUM + "/+", 40)


def gh_token(r):
    if chance(r, 0.15):
        return "github_pat_" + rs(r, UP + DIG, 22) + "_" + rs(r, ALNUM, 59)
    return rc(r, ["ghp_", "ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, ALNUM, 36)


def slack_token(r):
    if chance(r, 0.3):
        return f"xoxp-{rs(r, DIG, 11)}-{rs(r, DIG, 11)}-{rs(r, DIG, 13)}-{rs(r, HEX, 32)}"
    return f"{rc(r, ['xoxb', 'xoxb', 'xoxa'])}-{rs(r, DIG, r.randint(10, 12))}-{rs(r, DIG, 13)}-{rs(r, ALNUM, 24)}"


def stripe_key(r):
    return rc(r, ["sk_live_", "sk_live_", "rk_live_"]) + rs(r, ALNUM, rc(r, [24, 34, 58]))


def gen_jwt(r, claims=None):
    hdr = {"alg": rc(r, ["HS256", "HS256", "ES256", "HS512"]), "typ": "JWT"}
    if chance(r, 0.4):
        hdr["kid"] = rs(r, ALNUM, 8)
    iat = r.randint(1690000000, 1740000000)
    pl = {"sub": claims or str(r.randint(10000, 999999)), "iat": iat, "exp": iat + rc(r, [900, 3600, 86400])}
    if chance(r, 0.5):
        pl["scope"] = rc(r, ["read write", "api", "openid profile", "admin"])
    siglen = {"HS256": 32, "ES256": 64, "HS512": 64}[hdr["alg"]]
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(rbytes(r, siglen))])


def gen_pem(r, kind=None):
    kind = kind or wchoice(r, [("EC PRIVATE KEY", 4), ("RSA PRIVATE KEY", 3), ("PRIVATE KEY", 3),
                               ("OPENSSH PRIVATE KEY", 2)])
    prefix = {"EC PRIVATE KEY": "MHcCAQEEI", "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
              "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
              "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"}[kind]
    width = 70 if kind.startswith("OPENSSH") else 64
    nlines = {"EC PRIVATE KEY": 3, "RSA PRIVATE KEY": r.randint(6, 9), "PRIVATE KEY": r.randint(6, 9),
              "OPENSSH PRIVATE KEY": r.randint(4, 6)}[kind]
    body = prefix + rs(r, string.ascii_letters + DIG + "+/", width * nlines - len(prefix))
    body = body[:-r.randint(5, 30)] + ("=" if chance(r, 0.5) else "")
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


WORDS = _w("sunflower harbor granite velvet copper maple falcon orbit lantern pepper walrus "
           "thunder cobalt meadow saffron quartz tundra nimbus cactus sparrow biscuit glacier")


def password(r, safe=False):
    sym = "!$%^&*-_.+=~" if safe else "!@#$%^&*-_.+=~?"
    st = r.randrange(5)
    if st == 0:
        return cap_first(rc(r, WORDS)) + rc(r, sym) + str(r.randint(10, 2099))
    if st == 1:
        return rs(r, ALNUM, r.randint(10, 18)) + rc(r, sym) + rs(r, DIG, 2)
    if st == 2:
        return "-".join(rc(r, WORDS) for _ in range(3)) + str(r.randint(1, 99))
    if st == 3:
        w = rc(r, WORDS)
        return cap_first(w.replace("a", "@" if not safe else "4").replace("o", "0").replace("e", "3")) + rs(r, DIG, 2) + rc(r, sym)
    return rs(r, ALNUM + sym, r.randint(14, 24))


def generic_secret(r, kind=None):
    kind = kind or rc(r, ["whsec", "hex32", "sendgrid", "okta", "google", "mailgun", "b64", "zd", "tw"])
    if kind == "whsec":
        return "whsec_" + rs(r, ALNUM, 32)
    if kind == "hex32":
        return rs(r, HEX, 32)
    if kind == "sendgrid":
        return "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43)
    if kind == "okta":
        return "00" + rs(r, ALNUM + "-_", 40)
    if kind == "google":
        return "AIza" + rs(r, ALNUM + "-_", 35)
    if kind == "mailgun":
        return "key-" + rs(r, HEX, 32)
    if kind == "zd":
        return rs(r, ALNUM, 40)
    if kind == "tw":
        return rs(r, HEX, 32)
    return rs(r, ALNUM + "-_", 43)


# =============================================================================
# Negative-mode masking (hard negatives that replace every entity value)
# =============================================================================
def mask_value(r, v, t):
    if t == "PERSON":
        return rc(r, ["[REDACTED]", "[name withheld]", "XXXX", "<name>", "N/A", "(patient)", "*****",
                      (v[:1] + "****") if v[:1].isalpha() else "****"])
    if t == "EMAIL_ADDRESS":
        return rc(r, ["[email redacted]", f"{fold(v[:1]) or 'x'}***@***.***", "<email>", "(on file)"])
    if t == "PHONE_NUMBER":
        l4 = "".join(c for c in v if c.isdigit())[-4:] or "0000"
        return rc(r, [f"(***) ***-{l4}", f"XXX-XXX-{l4}", "[phone redacted]", f"+** *** *** {l4[-2:]}", "(on file)"])
    if t == "US_SSN":
        return rc(r, [masked_ssn(r), bad_ssn(r), "XXX-XX-XXXX", "[SSN redacted]"])
    if t == "CREDIT_CARD":
        return rc(r, [masked_card(r), bad_card(r), "[card redacted]"])
    if t == "IBAN_CODE":
        return rc(r, [bad_iban(r, v[:2] if v[:2] in IBAN_FMT else None), v[:2] + "** **** **** **** " + rs(r, DIG, 4), "[IBAN redacted]"])
    if t == "IP_ADDRESS":
        return rc(r, ["x.x.x.x", "[ip redacted]", "<client-ip>", "***.***.***.***", "(hidden)"])
    if t == "DATE_OF_BIRTH":
        return rc(r, ["**/**/****", "[DOB redacted]", "XX-XX-XXXX", "(withheld)"])
    if t == "DATE_TIME":
        return rc(r, RELATIVE)
    if t == "LOCATION":
        return rc(r, ["[redacted]", "N/A", "(withheld)", "--", "unknown"])
    if t == "ADDRESS":
        return rc(r, ["[address on file]", "[REDACTED]", "<address>", "(see file)"])
    if t == "URL":
        return rc(r, ["${APP_BASE_URL}/portal", "<link removed>", "[link]", "{{portal_url}}"])
    if t in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        tail = "".join(c for c in v if c.isalnum())[-4:]
        return rc(r, [f"****{tail}", "XXXXXXXX", "[REDACTED]", f"ending {tail}", "(on file)"])
    if t == "AWS_ACCESS_KEY":
        return rc(r, ["${AWS_ACCESS_KEY_ID}", "AKIA****************", "<redacted>", "${{ secrets.AWS_ACCESS_KEY_ID }}"])
    if t == "AWS_SECRET_KEY":
        return rc(r, ["${AWS_SECRET_ACCESS_KEY}", "****************************************", "<redacted>"])
    if t == "GITHUB_TOKEN":
        return rc(r, ["${{ secrets.GITHUB_TOKEN }}", "ghp_************************************", "${GH_TOKEN}"])
    if t == "SLACK_TOKEN":
        return rc(r, ["${SLACK_BOT_TOKEN}", "xoxb-****-****-****", "<redacted>"])
    if t == "STRIPE_KEY":
        return rc(r, ["${STRIPE_SECRET_KEY}", "sk_live_****************", "${{ secrets.STRIPE_KEY }}"])
    if t == "JWT":
        return rc(r, ["${JWT_TOKEN}", "<token>", "[REDACTED_JWT]", "${ACCESS_TOKEN}"])
    if t == "PRIVATE_KEY":
        return rc(r, ["[private key removed]", "${TLS_PRIVATE_KEY}", "<redacted: PEM key>", "file:///etc/ssl/private/server.key"])
    if t == "PASSWORD":
        return rc(r, ["********", "${DB_PASSWORD}", "[hidden]", "<redacted>", "${{ secrets.PASSWORD }}", "(not shown)"])
    if t == "GENERIC_SECRET":
        return rc(r, ["${API_KEY}", "****************", "[REDACTED]", "${{ secrets.API_TOKEN }}", "<secret>"])
    return "[REDACTED]"


def noise_line(r):
    """A sentence full of hard negatives."""
    return rc(r, [
        f"Ref {order_no(r)} (build {version(r)}, commit {sha(r)[:rc(r, [7, 12, 40])]}).",
        f"Trace id {uuid4(r)}; retried after {rc(r, DURATIONS)}.",
        f"Card on file {masked_card(r)}; SSN on file {masked_ssn(r)}.",
        f"Internal test number {bad_card(r)} (Luhn check fails) and sample id {bad_ssn(r)}.",
        f"Amount ${r.randint(5, 4999)}.{r.randint(0, 99):02d} settled {rc(r, RELATIVE)}.",
        f"Reference {order_no(r, 'CASE')} escalated {rc(r, RELATIVE)}; SLA {rc(r, DURATIONS)}.",
        f"Config value {env_ref(r, rc(r, ['API_KEY', 'DB_PASSWORD', 'SMTP_PASS', 'WEBHOOK_SECRET']))} is injected at deploy time.",
        f"Brand: {rc(r, BRANDS)}; SKU {rs(r, UP, 3)}-{rs(r, DIG, 5)}; lot {rs(r, DIG, 6)}.",
    ])


# =============================================================================
# Domain generators.  Each takes (r, d) and writes one document into d.
# =============================================================================
def username(p):
    return (fold(p["g"])[:1] + fold(p["s"]))[:12] or "user"


def rx_val(r, lo, hi, step=0.25, sign=True):
    v = r.randint(int(lo / step), int(hi / step)) * step
    return f"{v:+.2f}" if sign else f"{v:.2f}"


# ---------------------------------------------------------------- 1 drug-test CCF
def g_ccf(r, d):
    dn, mro, col = person(r), person(r), person(r)
    U = (lambda s: s.upper()) if chance(r, 0.4) else (lambda s: s)
    fed = chance(r, 0.6)
    d(U("Federal Drug Testing Custody and Control Form" if fed else "Non-Federal Drug Testing Custody and Control Form"), "\n")
    d("Specimen ID No. ", rs(r, DIG, 7), "    Lab Accession No. ", f"{rs(r, DIG, 2)}-{rs(r, DIG, 7)}", "\n\n")
    d(U("Step 1: Completed by Collector or Employer Representative"), "\n")
    ea = address(r)
    d("A. Employer Name, Address, I.D. No.: ", company(r), ", ", ADR(addr_line(r, ea)), ", I.D. No. ", rs(r, DIG, 6), "\n")
    d("   Phone: ", PHN(phone(r, "US", ea)), "   Fax: ", PHN(phone(r, "US", ea)), "\n")
    ma = address(r)
    d("B. MRO Name, Address, Phone No.: ", rc(r, ["Dr. ", ""]), PER(pname(r, mro, rc(r, ["full", "mid", "caps"]))),
      ", M.D., ", ADR(addr_line(r, ma)), "; Tel ", PHN(phone(r, "US", ma)), "\n")
    d("C. Donor SSN or Employee I.D. No.: ")
    x = r.random()
    if x < 0.55:
        d(SSN(ssn(r)), "\n")
    elif x < 0.75:
        d(masked_ssn(r), " (last four only)\n")
    else:
        d("EMP-", rs(r, DIG, 6), "   (donor declined SSN; ref ", bad_ssn(r), " is a placeholder)\n")
    if chance(r, 0.6):
        st = rc(r, list(STATE_NAMES))
        d("   Donor photo I.D.: Driver License No. ", DLN(dl_number(r, st)), ", issued by ", LOC(STATE_NAMES[st]), "\n")
    d("D. Testing Authority: ", rc(r, ["HHS", "NRC", "DOT Agency: FMCSA", "DOT Agency: FAA", "DOT Agency: FTA",
                                        "Non-regulated (company policy)"]), "\n")
    d("E. Reason for Test: ", rc(r, ["Pre-employment", "Random", "Reasonable Suspicion/Cause", "Post Accident",
                                      "Return to Duty", "Follow-up"]), "\n")
    d("F. Drug Tests to be Performed: ", rc(r, ["THC, COC, PCP, OPI, AMP", "THC, COC, PCP, OPI, AMP, 6-AM, MDMA",
                                                 "10-panel + EtG"]), "\n")
    sa = address(r)
    d("G. Collection Site Address: ", ADR(addr_line(r, sa)), "   Collector Phone No.: ", PHN(phone(r, "US", sa)), "\n\n")
    d(U("Step 2: Completed by Collector"), "\n")
    d("Temperature read within 4 minutes between 90° and 100° F?  [X] Yes  [ ] No   Collection: [X] Split [ ] Single\n\n")
    d(U("Step 4: Chain of Custody - Initiated by Collector"), "\n")
    cdt = rdt(r, h0=6, h1=17)
    d("Collector: ", PER(pname(r, col, rc(r, ["caps", "full", "lf"]))), " (print name)   Signature on file\n")
    cdate = f"{cdt.month:02d}/{cdt.day:02d}/{cdt.year}"
    d("Date (Mo/Day/Yr): ", DT(cdate), "   Time of Collection: ", DT(fmt_time(r, cdt)), "\n")
    d("Specimen Bottle(s) Released to: ", rc(r, ["FedEx", "UPS", "LabCorp courier", "Quest courier"]), "   Tracking ", rs(r, DIG, 12), "\n\n")
    d(U("Step 5: Completed by Donor"), "\n")
    d("Donor Name (PRINT): ", PER(pname(r, dn, rc(r, ["caps", "capslf", "full", "lf", "lower"]))), "\n")
    d("Daytime Phone No.: ", PHN(phone(r)), "   Evening Phone No.: ", PHN(phone(r)), "\n")
    d("Date of Birth: ", DOB(fmt_date(r, rdob(r, 1955, 2005), "en", rc(r, [1, 2, 3]))), "   Date: ", DT(cdate), "\n")
    d("If results are confirmed positive, the Medical Review Officer will contact you about prescriptions (e.g. ",
      rc(r, DRUGS), ") you may have taken in the last ", rc(r, ["30 days", "2 weeks", "72 hours"]), ".\n")
    if chance(r, 0.5):
        d("Lab CLIA #", f"{r.randint(10, 99)}D{rs(r, DIG, 7)}; MRO verification expected within ", rc(r, ["24 hours", "3 business days"]), ".\n")


# ---------------------------------------------------------------- 2 dialysis run sheet
def g_dialysis(r, d):
    pt, neph, rn, rn2 = person(r), person(r), person(r), person(r)
    tdt = rdt(r, h0=5, h1=15)
    unit = rc(r, ["DaVita", "Fresenius Kidney Care", "Satellite Healthcare", "American Renal"]) + " " + \
        rc(r, ["North", "Lakeside", "Midtown", "Eastside", "Riverside"]) + " Dialysis"
    d("HEMODIALYSIS TREATMENT RECORD — ", unit, "\n")
    d("Patient: ", PER(pname(r, pt, rc(r, ["lf", "capslf", "full"]))), "   MRN: ", MRN(mrn(r)),
      "   DOB: ", DOB(fmt_date(r, rdob(r, 1935, 1995), "en", rc(r, [1, 2, 3, 4]))), "\n")
    if chance(r, 0.35):
        d("SSN: ", SSN(ssn(r)) if chance(r, 0.6) else masked_ssn(r), "   ")
    d("Tx date: ", DT(fmt_date(r, tdt, "en", rc(r, [0, 1, 2, 3, 5]))), "   Chair ", r.randint(1, 24), "   Shift ",
      r.randint(1, 3), "   Machine 2008T SN ", rs(r, UP + DIG, 8), "\n")
    if chance(r, 0.5):
        d("Coverage: Medicare   MBI ", HPN(mbi(r)), "\n")
    else:
        d("Coverage: ", rc(r, ["Aetna", "Humana", "UnitedHealthcare", "Cigna", "BCBS", "Molina"]), "   Member ID ",
          HPN(hpn(r)), "   Group ", rs(r, DIG, 6), "\n")
    d("Access: ", rc(r, ["L forearm AVF", "R upper arm AVG", "R IJ tunneled catheter", "L brachiocephalic AVF"]),
      "   Dialyzer: ", rc(r, ["Optiflux F180NR", "Revaclear 400", "FX800"]), "   Bath 2K/2.5Ca   Rx time ",
      rc(r, ["3.5 h", "4 h", "3 h 45 min", "240 min"]), "\n")
    edw = r.uniform(48, 120)
    d(f"EDW {edw:.1f} kg   Pre wt {edw + r.uniform(0.5, 4):.1f} kg   UF goal {r.uniform(0.5, 4.5):.1f} L   Heparin ",
      rc(r, ["2000 u bolus + 1000 u/h", "none (catheter lock only)", "1500 u bolus"]), "\n\n")
    d("Time  | BP      | HR  | QB  | QD  | VP  | TMP | UFR  | RN\n")
    t = tdt
    for _ in range(r.randint(4, 7)):
        nu = rc(r, [rn, rn2])
        d(f"{t:%H:%M} | {r.randint(95, 185)}/{r.randint(50, 100):<3} | {r.randint(58, 110):>3} | {rc(r, [300, 350, 400, 450])} | "
          f"{rc(r, [500, 600, 800])} | {r.randint(90, 250)} | {r.randint(-20, 80):>3} | {r.uniform(0.3, 1.2):.2f} | ",
          PER(f"{nu['g'][0]}. {nu['s']}"), "\n")
        t += timedelta(minutes=rc(r, [30, 30, 45, 60]))
    ev = tdt + timedelta(minutes=r.randint(60, 200))
    d("\nNotes: ", rc(r, [f"Pt c/o cramping at hour {r.randint(1, 3)}; UFR reduced, 200 mL NS given. ",
                          "Uneventful run. ", "BP 88/50 mid-run, Trendelenburg, resolved in 10 min. "]))
    d(rc(r, ["Dr. ", "Dr "]), PER(pname(r, neph, rc(r, ["full", "s"]))), " notified by phone at ", DT(fmt_time(r, ev)),
      "; ", rc(r, ["Epogen 4000 u IV", "Venofer 100 mg IV", "calcitriol 0.5 mcg"]), " given per protocol.\n")
    nxt = tdt + timedelta(days=rc(r, [2, 3]))
    d("Next Tx: ", DT(rc(r, [fmt_date(r, nxt, "en", 6), fmt_dt(r, nxt)])), "\n")
    ec = person(r)
    d("Emergency contact: ", PER(pname(r, ec, "full")), " (", rc(r, ["daughter", "son", "spouse", "neighbor", "sister"]),
      ") ", PHN(phone(r)), "\n")
    d("RN: ", PER(pname(r, rn, "full")), ", RN   Charge RN: ", PER(pname(r, rn2, "full")), ", RN\n")


# ---------------------------------------------------------------- 3 optometry Rx
def g_optometry(r, d):
    pt, doc = person(r), person(r)
    a = address(r, rc(r, ["US"] * 6 + ["CA", "GB", "AU"]))
    exam = rdt(r)
    exp = exam + timedelta(days=365 * rc(r, [1, 2]))
    practice = f"{rc(r, ['Clearview', 'Bright Eyes', 'Focal Point', 'Lakeshore', 'Twin Peaks', 'Iris & Lens'])} " \
               f"{rc(r, ['Eye Care', 'Optometry', 'Vision Center', 'Family Eyecare'])}"
    slug = fold(practice.split()[0]) + rc(r, ["eyecare", "vision", "optometry"])
    rows = [(s, rx_val(r, -6, 3), rx_val(r, -2.5, 0), r.randint(1, 180), rx_val(r, 0.75, 2.75)) for s in ("OD", "OS")]
    if chance(r, 0.6):
        d(practice, "\n", ADR(addr_any(r, a)), "\n", "Tel ", PHN(phone(r, a["cc"], a)), "   Fax ", PHN(phone(r, a["cc"], a)),
          "\n", URL(f"https://www.{slug}.com/{rc(r, ['book', 'patients', 'contact-lens-reorder'])}"), "\n\n")
        d(rc(r, ["SPECTACLE PRESCRIPTION", "EYEGLASS Rx", "CONTACT LENS PRESCRIPTION"]), "\n")
        d("Patient: ", PER(pname(r, pt)), "    DOB: ", DOB(fmt_date(r, rdob(r), "en", rc(r, [1, 2, 4, 5, 8]))), "\n")
        d("Exam date: ", DT(fmt_date(r, exam, "en")), "    Expires: ", DT(fmt_date(r, exp, "en")), "\n\n")
        d("       SPH     CYL    AXIS   ADD\n")
        for s, sp, cy, ax, ad in rows:
            d(f"{s}    {sp:>6}  {cy:>6}   {ax:03d}   {ad}\n")
        d(f"PD: {r.randint(58, 70)}/{r.randint(55, 67)} mm   Seg ht: {r.randint(15, 22)} mm\n")
        d("Lens: ", rc(r, ["progressive, AR coating, Transitions", "single vision, blue-light filter",
                           "Acuvue Oasys 1-Day, BC 8.5, DIA 14.3", "Bausch + Lomb ULTRA, BC 8.6, 6-month supply",
                           "Ray-Ban frame RX5154, polycarbonate"]), "\n")
        d("Dx: ", rc(r, ["H52.13", "H52.4", "H52.223", "H52.03"]), "   CPT 92015   ", noise_line(r), "\n")
        d("Provider: Dr. ", PER(pname(r, doc, rc(r, ["full", "mid"]))), ", O.D.   NPI ", npi(r), "\n")
        if chance(r, 0.7):
            d("Vision plan: ", rc(r, ["VSP", "EyeMed", "Davis Vision", "Spectera"]), "   Member ID: ", HPN(hpn(r)),
              "   Group #", rs(r, DIG, 8), "\n")
        if chance(r, 0.6):
            d("Recall reminders to ", PHN(phone(r, a["cc"], a)), " / ", EML(email_for(r, pt)), " in 12 months.\n")
    else:
        obj = {
            "practice": {"name": practice, "phone": PHN(phone(r, a["cc"], a)), "address": ADR(addr_line(r, a))},
            "patient": {"name": PER(pname(r, pt, rc(r, ["full", "lf"]))), "dob": DOB(f"{rdob(r):%Y-%m-%d}"),
                        "chart_no": MRN(mrn(r)), "email": EML(email_for(r, pt))},
            "exam": {"date": DT(f"{exam:%Y-%m-%d}"), "provider": S("Dr. ", PER(pname(r, doc, "full"))), "npi": npi(r)},
            "rx": {s.lower(): {"sph": sp, "cyl": cy, "axis": ax, "add": ad} for s, sp, cy, ax, ad in rows},
            "pd_mm": r.randint(58, 70), "expires": DT(f"{exp:%Y-%m-%d}"),
        }
        if chance(r, 0.6):
            obj["insurance"] = {"carrier": rc(r, ["VSP", "EyeMed"]), "member_id": HPN(hpn(r)), "group": rs(r, DIG, 8)}
        obj["audit"] = {"modified_at": ts_iso(exam + timedelta(hours=2), r), "modified_by": username(doc),
                        "record_id": uuid4(r)}
        d("// OfficeMate export ", version(r), "\n")
        emit_json(d, obj, indent=rc(r, [2, 2, None]))
        d("\n")


# ---------------------------------------------------------------- 4 IVF / fertility note
def g_ivf(r, d):
    pt, partner, re_, nurse = person(r), person(r), person(r), person(r)
    sdt = rdt(r)
    a = address(r)
    d(rc(r, ["REPRODUCTIVE ENDOCRINOLOGY & INFERTILITY — PROGRESS NOTE", "Fertility Center Visit Note", "IVF MONITORING NOTE"]), "\n")
    pdob = rdob(r, 1980, 2000)
    age = (sdt.year - pdob.year) - ((sdt.month, sdt.day) < (pdob.month, pdob.day))
    d("Patient: ", PER(pname(r, pt, rc(r, ["full", "lf", "mid"]))), "  (DOB ", DOB(fmt_date(r, pdob, "en", rc(r, [1, 2, 3]))),
      ")   MRN ", MRN(mrn(r)), "\n")
    if chance(r, 0.7):
        d("Partner: ", PER(pname(r, partner, "full")), ", DOB ", DOB(fmt_date(r, rdob(r, 1970, 2000), "en", 1)), "\n")
    d("Date of service: ", DT(fmt_date(r, sdt)), "   Provider: Dr. ", PER(pname(r, re_, rc(r, ["full", "s"]))), "\n")
    if chance(r, 0.6):
        d("Address on file: ", ADR(addr_line(r, a)), "\n")
    cd = r.randint(7, 12)
    d("\nS: ", age, "-year-old G", r.randint(0, 3), "P0 on stim day ", cd, " of antagonist protocol (",
      rc(r, ["Gonal-f 225 IU", "Follistim 200 IU"]), " + Menopur 75 IU nightly, Cetrotide since day ", r.randint(5, 6),
      "). Reports mild bloating, no pain. Husband's/partner's ", rc(r, ["semen analysis", "infectious disease panel"]), " on file.\n")
    d(f"O: E2 {r.randint(900, 3500):,} pg/mL, LH {r.uniform(0.5, 4):.1f}, P4 {r.uniform(0.3, 1.4):.1f}. "
      f"R ovary: {r.randint(4, 12)} follicles (lead {r.randint(15, 21)} mm); L ovary: {r.randint(3, 11)} follicles.\n")
    ret = sdt + timedelta(days=2)
    ret = ret.replace(hour=rc(r, [7, 8, 9, 10]), minute=rc(r, [0, 15, 30]))
    trig = (ret - timedelta(hours=36))
    d("A/P: Trigger with ", rc(r, ["Ovidrel 250 mcg", "Lupron 40 units", "hCG 10,000 IU"]), " tonight at ",
      DT(fmt_time(r, trig)), " (exactly 36 hours before retrieval). Egg retrieval scheduled for ",
      DT(fmt_dt(r, ret)), "; NPO after midnight, arrive 45 minutes early. ")
    if chance(r, 0.6):
        d("Partner to provide sample at the andrology lab by ", DT(fmt_time(r, ret.replace(hour=ret.hour - 1))), " that morning. ")
    d("Donor sperm vial ", f"{rc(r, ['CCB', 'SBB', 'XYT'])}-{rs(r, DIG, 5)}", " on hold if needed. Freeze-all if E2 > 4,000.\n")
    if chance(r, 0.7):
        d("Coverage: ", rc(r, ["Progyny", "Carrot", "Aetna", "Cigna"]), " member ID ", HPN(hpn(r)), "; auth ",
          order_no(r, "AUTH"), " valid ", rc(r, DURATIONS), ".\n")
    d("Nurse coordinator ", PER(pname(r, nurse, rc(r, ["full", "g"]))), " will call ", rc(r, ["tomorrow", "this afternoon", "later today"]),
      " with instructions; questions to ", PHN(phone(r, "US", a)), rc(r, [" ext. 214", "", " (after hours)"]), ".\n")
    if chance(r, 0.6):
        d("\nPortal message from patient (", ts_iso(sdt + timedelta(hours=5), r), "):\n\"Hi ", PER(nurse["g"]),
          ", my sister ", PER(rc(r, GIVEN[pt["o"]])), " will drive me on the day, her number is ", PHN(phone(r, "US", a)),
          ". Can you also email the consent to ", EML(email_for(r, pt)), "? Our dog ", rc(r, PETS),
          " has a vet visit that morning lol.\"\n")


# ---------------------------------------------------------------- 5 visa application form
def g_visa(r, d):
    ap, inv, fa, mo = person(r), person(r), person(r), person(r)
    home_cc = rc(r, ["US", "US", "IN", "BR", "MX", "GB", "CA", "AU", "JP"])
    ha = address(r, home_cc)
    dest = rc(r, ["DE", "FR", "ES", "IT", "NL", "PL", "AT", "BE", "PT", "CH"])
    ia = address(r, dest)
    arr = rdt(r, 2024, 2025)
    dep = arr + timedelta(days=r.randint(4, 60))
    birthplace = address(r, rc(r, ["US", "IN", "BR", "MX", "GB", "CA", "PL", "ES"]))
    NAT = {"US": "American", "IN": "Indian", "BR": "Brazilian", "MX": "Mexican", "GB": "British", "CA": "Canadian",
           "AU": "Australian", "JP": "Japanese"}
    style = r.randrange(2)
    if style == 0:
        d("APPLICATION FOR SCHENGEN VISA   (", rc(r, ["This application form is free", "Photo attached"]), ")\n")
        d("1. Surname (Family name): ", PER(ap["s"].upper()), "\n")
        d("2. Surname at birth (Former family name(s)): ", PER(rc(r, SURN[rc(r, ORIGINS)]).upper()) if chance(r, 0.3) else "—", "\n")
        d("3. First name(s) (Given name(s)): ", PER(ap["g"].upper()), "\n")
        d("4. Date of birth (day-month-year): ", DOB(f"{rdob(r, 1950, 2004):%d-%m-%Y}"), "\n")
        d("5. Place of birth: ", LOC(birthplace["city"]), "   6. Country of birth: ", LOC(COUNTRY_NAME[birthplace["cc"]]), "\n")
        d("7. Current nationality: ", NAT.get(home_cc, "Other"), "   Nationality at birth, if different: —\n")
        d("8. Sex: ", rc(r, ["Male", "Female"]), "   9. Civil status: ", rc(r, ["Married", "Single", "Divorced"]), "\n")
        d("13. Type of travel document: Ordinary passport   14. Number of travel document: ", rs(r, UP, 1), rs(r, DIG, 8), "\n")
        iss = rdate(r, 2016, 2023)
        d("15. Date of issue: ", DT(f"{iss:%d-%m-%Y}"), "   16. Valid until: ", DT(f"{iss + timedelta(days=3652):%d-%m-%Y}"), "\n")
        d("17. Applicant's home address and e-mail address: ", ADR(addr_line(r, ha, True)), "; ", EML(email_for(r, ap)), "\n")
        d("    Telephone number(s): ", PHN(phone(r, home_cc, ha)), "\n")
        d("19. Current occupation: ", rc(r, ["Software engineer", "Nurse", "Teacher", "Retired", "Student", "Architect"]), "\n")
        ea = address(r, home_cc)
        d("20. Employer and employer's address and telephone number: ", company(r), ", ", ADR(addr_line(r, ea)), ", ",
          PHN(phone(r, home_cc, ea)), "\n")
        d("21. Main purpose(s) of the journey: ", rc(r, ["Tourism", "Business", "Visiting family or friends", "Cultural"]), "\n")
        d("24. Number of entries requested: Multiple   Intended date of arrival: ", DT(f"{arr:%d-%m-%Y}"),
          "   Intended date of departure: ", DT(f"{dep:%d-%m-%Y}"), "\n")
        d("27. Surname and first name of the inviting person(s): ", PER(pname(r, inv, rc(r, ["capslf", "lf", "caps"]))), "\n")
        d("    Address and e-mail address of inviting person(s): ", ADR(addr_line(r, ia, chance(r, 0.5))), "; ",
          EML(email_for(r, inv)), "   Telephone: ", PHN(phone(r, dest)), "\n")
        d("30. Cost of travelling and living during the applicant's stay is covered by the applicant himself/herself: ",
          "Cash, Credit card, Prepaid accommodation\n")
        d("Place and date: ", LOC(city_loc(r, ha, 0)), ", ", DT(fmt_date(r, arr - timedelta(days=r.randint(20, 80)), "en", 9)),
          "   Application no. ", f"{dest}{rs(r, DIG, 4)}/{rs(r, DIG, 6)}", "   Fee EUR 90.00 paid\n")
    else:
        d("e-Visa Application Summary — ", rc(r, ["Republic of India", "Kingdom of Cambodia", "Republic of Turkey",
                                                  "Sri Lanka ETA", "Kenya eTA"]), "\n")
        d("Application ID: ", f"{rs(r, UP, 2)}{rs(r, DIG, 10)}", "   Status: Submitted  (", ts_iso(arr - timedelta(days=30), r), ")\n\n")
        d("Given name: ", PER(ap["g"]), "\nSurname: ", PER(ap["s"]), "\n")
        d("Date of birth: ", DOB(fmt_date(r, rdob(r, 1950, 2004), "en", rc(r, [0, 3, 4]))), "\n")
        d("Town/City of birth: ", LOC(birthplace["city"]), "\nCountry of birth: ", LOC(COUNTRY_NAME[birthplace["cc"]]), "\n")
        d("Father's name: ", PER(pname(r, fa, "full")), "\nMother's name: ", PER(pname(r, mo, "full")), "\n")
        d("Passport no.: ", rs(r, UP, 1), rs(r, DIG, 7), "   Expiry: ", DT(fmt_date(r, rdate(r, 2026, 2034), "en", 4)), "\n")
        d("Present address: ", ADR(addr_block(r, ha, True, sep=", ")), "\n")
        d("Mobile: ", PHN(phone(r, home_cc, ha)), "   Email: ", EML(email_for(r, ap)), "\n")
        d("Expected date of arrival: ", DT(fmt_date(r, arr, "en", 4)), "   Port of arrival: ", rc(r, ["DEL", "BOM", "PNH", "IST", "CMB", "NBO"]), "\n")
        d("Reference in destination: ", PER(pname(r, inv, "full")), ", ", ADR(addr_line(r, address(r, rc(r, ["IN", "GB", "US"])))), ", ",
          PHN(phone(r)), "\n")
        d("Previous visa refused? No   Fee paid USD ", r.randint(25, 160), ".00 with card ", masked_card(r), "\n")
    if chance(r, 0.4):
        d("Biometrics appointment: ", DT(fmt_dt(r, arr - timedelta(days=r.randint(10, 40)))), " at the ",
          rc(r, ["VFS Global", "TLScontact", "BLS International"]), " centre in ", LOC(city_loc(r, ha)), ".\n")


# ---------------------------------------------------------------- 6 consular appointment letter
CONSULAR = {
    "en": dict(subj="Appointment confirmation", dear=["Dear Mr. ", "Dear Ms. ", "Dear "],
               body1="Your appointment for {svc} at the {mission} has been confirmed for ",
               body2=". Please arrive 15 minutes early at ", bring="Please bring your current passport, two biometric photos and the completed application.",
               fee="The consular fee of EUR {amt} may be paid in advance by bank transfer to IBAN ",
               ref=", quoting booking reference ", resched="To cancel or reschedule, use ",
               contact="For questions call ", oremail=" or write to ", bye="Kind regards,", sect="Consular Section",
               svcs=["passport renewal", "a national visa interview", "civil registration of a birth", "notarial services"]),
    "de": dict(subj="Terminbestätigung", dear=["Sehr geehrter Herr ", "Sehr geehrte Frau "],
               body1="Ihr Termin für {svc} im {mission} ist bestätigt für den ",
               body2=". Bitte erscheinen Sie 15 Minuten vorher unter der Anschrift ",
               bring="Bitte bringen Sie Ihren aktuellen Reisepass, zwei biometrische Lichtbilder und den ausgefüllten Antrag mit.",
               fee="Die Gebühr von EUR {amt} kann vorab per Überweisung auf das Konto IBAN ", ref=" unter Angabe der Buchungsnummer ",
               resched="Zum Stornieren oder Verschieben nutzen Sie ", contact="Bei Fragen erreichen Sie uns unter ",
               oremail=" oder per E-Mail an ", bye="Mit freundlichen Grüßen", sect="Rechts- und Konsularreferat",
               svcs=["die Beantragung eines Reisepasses", "ein Visumsgespräch", "eine Beglaubigung"]),
    "fr": dict(subj="Confirmation de rendez-vous", dear=["Monsieur ", "Madame "],
               body1="Votre rendez-vous pour {svc} au {mission} est confirmé le ",
               body2=". Merci de vous présenter 15 minutes à l'avance à l'adresse ",
               bring="Merci de vous munir de votre passeport en cours de validité, de deux photos d'identité et du formulaire complété.",
               fee="Les droits de chancellerie de {amt} EUR peuvent être réglés par virement sur l'IBAN ", ref=" en indiquant la référence ",
               resched="Pour annuler ou modifier, rendez-vous sur ", contact="Pour toute question : ", oremail=" ou ",
               bye="Veuillez agréer nos salutations distinguées,", sect="Service consulaire",
               svcs=["un renouvellement de passeport", "une demande de visa long séjour", "une transcription d'acte de naissance"]),
    "es": dict(subj="Confirmación de cita", dear=["Estimado Sr. ", "Estimada Sra. "],
               body1="Su cita para {svc} en el {mission} ha sido confirmada para el ",
               body2=". Le rogamos presentarse 15 minutos antes en ",
               bring="Traiga su pasaporte vigente, dos fotografías y el formulario cumplimentado.",
               fee="La tasa consular de {amt} EUR puede abonarse por transferencia al IBAN ", ref=" indicando la referencia ",
               resched="Para anular o cambiar la cita utilice ", contact="Consultas: ", oremail=" o ",
               bye="Atentamente,", sect="Sección Consular",
               svcs=["la renovación del pasaporte", "una entrevista de visado", "la inscripción de un nacimiento"]),
}
MISSION = {"en": [("Consulate General of ", " in "), ("Embassy of ", " in ")],
           "de": [("Generalkonsulat von ", " in "), ("Konsulat von ", " in ")],
           "fr": [("Consulat général de ", " à "), ("Consulat de ", " à ")],
           "es": [("Consulado General de ", " en "), ("Consulado de ", " en ")]}


def mission_parts(r, lang, cname, city, k=None):
    a, b = MISSION[lang][k if k is not None else r.randrange(2)]
    return [a, LOC(cname), b, LOC(city)]


def g_consular(r, d):
    lang = rc(r, ["en", "en", "de", "fr", "es"])
    T = CONSULAR[lang]
    ap, off = person(r), person(r)
    home = {"en": "IE", "de": "DE", "fr": "FR", "es": "ES"}[lang]
    ma = address(r, rc(r, [c for c in ["US", "GB", "DE", "FR", "ES", "CA", "NL", "IT", "AU", "PL"] if c != home]))
    cname = {"en": "Ireland", "de": "Deutschland", "fr": "France", "es": "España"}[lang]
    mdom = {"en": "dfa.ie", "de": "diplo.de", "fr": "diplomatie.gouv.fr", "es": "maec.es"}[lang]
    country_iban = {"en": "IE", "de": "DE", "fr": "FR", "es": "ES"}[lang]
    appt = rdt(r, 2024, 2025, 8, 15)
    if chance(r, 0.5):
        sent = appt - timedelta(days=r.randint(5, 40), hours=r.randint(0, 5))
        d("From: ", EML(f"{rc(r, ['consular', 'termine', 'rdv', 'citas'])}@{fold(ma['city'])}.{mdom}"), "\n")
        d("To: ", EML(email_for(r, ap)), "\nDate: ", ts_email(sent, r), "\nSubject: ", T["subj"], " ", order_no(r, "APT"), "\n\n")
    else:
        d(*mission_parts(r, lang, cname, ma["city"], 0), "\n", ADR(addr_block(r, ma, False)), "\n\n")
        d(LOC(ma["city"]), ", ", DT(fmt_date(r, appt - timedelta(days=r.randint(5, 40)), lang)), "\n\n")
    sal = rc(r, T["dear"])
    if sal.strip() in ("Dear",):
        d(sal, PER(pname(r, ap, "full")), ",\n\n")
    else:
        d(sal, PER(sname(ap) if chance(r, 0.7) else pname(r, ap, "full")), rc(r, [",", ":"]) if lang == "es" else ",", "\n\n")
    b1a, b1b = T["body1"].split("{mission}")
    d(b1a.format(svc=rc(r, T["svcs"])), *mission_parts(r, lang, cname, ma["city"]), b1b, DT(fmt_dt(r, appt, lang)), T["body2"],
      ADR(addr_line(r, ma, False)), ". ", T["bring"], "\n\n")
    ref = f"{rs(r, UP, 3)}-{rs(r, DIG, 6)}"
    if chance(r, 0.75):
        d(T["fee"].format(amt=rc(r, ["75.00", "81.00", "60,00", "120.00"])), IBN(iban(r, country_iban)), " (BIC ", rc(r, BICS), ")",
          T["ref"], ref, ".\n")
    d(T["resched"], URL(f"https://www.{rc(r, ['consulate-appointments', 'termine-konsulat', 'rdv-consulaire', 'citaconsular'])}.{rc(r, ['org', 'net', 'info'])}/booking/{ref.lower()}?lang={lang}"), ".\n")
    d(T["contact"], PHN(phone(r, ma["cc"], ma)), T["oremail"], EML(f"{rc(r, ['consular', 'visa', 'info'])}.{fold(ma['city'])}@{mdom}"), ".\n\n")
    d(T["bye"], "\n", PER(pname(r, off, rc(r, ["full", "mid"]))), "\n", T["sect"], "\n")
    if chance(r, 0.3):
        d("\n", noise_line(r), "\n")


# ---------------------------------------------------------------- 7 cruise manifest
PORTS = [("Civitavecchia", "IT"), ("Barcelona", "ES"), ("Southampton", "GB"), ("Miami", "US"),
         ("Fort Lauderdale", "US"), ("Seattle", "US"), ("Piraeus", "GR"), ("Kiel", "DE"),
         ("Rotterdam", "NL"), ("Lisbon", "PT"), ("Vancouver", "CA"), ("Sydney", "AU")]


def g_cruise(r, d):
    ship = rc(r, ["MS Nordlys Serenade", "Coral Horizon", "Aurora Meridian", "Sea Lantern", "Mistral Voyager"])
    port = rc(r, PORTS)
    sail = rdt(r, 2024, 2025, 15, 18)
    voy = f"{rs(r, UP, 2)}{sail:%y%m%d}"
    fmt = r.randrange(3)
    d("GUEST MANIFEST — ", ship, " — Voyage ", voy, "\n")
    d("Embarkation: ", LOC(port[0]), "   Sailing: ", DT(fmt_dt(r, sail)), "   Nights: ", r.randint(3, 14), "\n")
    d("Generated ", ts_iso(sail - timedelta(days=2), r), " by manifest-svc ", version(r), "\n\n")
    hdr = ["cabin", "last_name", "first_name", "dob", "nationality", "emergency_contact", "emergency_phone", "folio_card", "booking"]
    sep = {0: ",", 1: "|", 2: ";"}[fmt]
    d(sep.join(hdr), "\n")
    nats = {"US": "USA", "GB": "GBR", "DE": "DEU", "IT": "ITA", "ES": "ESP", "NL": "NLD", "CA": "CAN", "AU": "AUS", "FR": "FRA",
            "PL": "POL", "MX": "MEX", "IN": "IND", "BR": "BRA"}
    for _ in range(r.randint(3, 7)):
        if len(d) > 1700:
            break
        cc = rc(r, list(nats))
        o = {"US": None, "GB": "en", "DE": "de", "IT": "it", "ES": "es", "NL": "nl", "CA": None, "AU": None, "FR": "fr",
             "PL": "pl", "MX": "es", "IN": "in", "BR": "pt"}[cc]
        g = person(r, o)
        ec = person(r, g["o"])
        ec["s"] = g["s"] if chance(r, 0.6) else ec["s"]
        cabin = f"{r.randint(2, 12)}{r.randint(100, 399)}"
        cardv = CC(card(r)) if chance(r, 0.55) else masked_card(r)
        fields = [cabin, PER(g["s"]), PER(g["g"]), DOB(f"{rdob(r, 1940, 2018):%Y-%m-%d}"), nats[cc],
                  PER(pname(r, ec, "full")), PHN(phone(r, cc if cc in ("US", "GB", "DE", "IT", "ES", "NL", "CA", "AU", "FR", "PL", "MX", "IN", "BR") else "US")),
                  cardv, order_no(r, "BK")]
        csv_row(d, fields, sep)
    d("\nSpecial requests:\n")
    g = person(r)
    d("- Cabin ", f"{r.randint(2, 12)}{r.randint(100, 399)}", ": wheelchair assistance at ", LOC(port[0]), "; guest ",
      PER(pname(r, g, rc(r, ["full", "caps"]))), " requests main seating ", DT(rc(r, ["18:00", "6:00 PM", "17:45", "8:15 PM"])), ".\n")
    d("- Muster station ", rc(r, "ABCDE"), r.randint(1, 9), "; deck ", r.randint(3, 14), "; late embarkation approved (",
      rc(r, RELATIVE), ").\n")
    if chance(r, 0.5):
        d("- Shore excursion refund issued to card ", masked_card(r), " — ", noise_line(r), "\n")


# ---------------------------------------------------------------- 8 ski resort incident report
RESORTS = [("Vail", "CO"), ("Aspen", "CO"), ("Park City", "UT"), ("Jackson", "WY"), ("Stowe", "VT"),
           ("Big Sky", "MT"), ("Mammoth Lakes", "CA"), ("Sun Valley", "ID"), ("Taos", "NM"), ("Killington", "VT")]


def g_ski(r, d):
    inj, p1, p2, wit = person(r), person(r), person(r), person(r)
    res = rc(r, RESORTS)
    idt = rdt(r, 2023, 2025, 9, 16)
    a = address(r, rc(r, ["US", "US", "US", "CA", "GB", "AU"]))
    d(rc(r, ["SKI PATROL INCIDENT REPORT", "Mountain Safety — Accident/Incident Report", "PATROL FIRST AID REPORT"]),
      "   Report #SP-", f"{idt:%y}-{rs(r, DIG, 4)}", "\n")
    d("Resort: ", rc(r, ["Summit Peak", "Eagle Ridge", "Powder Bowl", "Silver Basin"]), " Mountain Resort, ", LOC(f"{res[0]}, {res[1]}"), "\n")
    d("Date of incident: ", DT(fmt_date(r, idt)), "   Time: ", DT(fmt_time(r, idt)), "   Weather: ",
      rc(r, ["light snow, flat light", "clear, -8 °C", "overcast, wind 30 km/h"]), "\n")
    d("Location on mountain: ", rc(r, ["Upper Lynx run below Lift 7", "Bowl 3 traverse", "terrain park, jump J4",
                                        "cat track near Lift 2 unload"]), "\n\n")
    idob = rdob(r, 1952, 2016)
    age = (idt.year - idob.year) - ((idt.month, idt.day) < (idob.month, idob.day))
    d("INJURED PARTY\nName: ", PER(pname(r, inj, rc(r, ["full", "lf", "caps"]))), "   Age: ", age, "   DOB: ",
      DOB(fmt_date(r, idob, "en", rc(r, [1, 2, 3]))), "\n")
    d("Home address: ", ADR(addr_any(r, a)), "\n")
    d("Phone: ", PHN(phone(r, a["cc"], a)), "   Email: ", EML(email_for(r, inj)), "\n")
    d("Ticket/Pass: ", rc(r, ["Epic Pass", "Ikon Pass", "Day ticket"]), " #", rs(r, DIG, 10), "   Ability: ",
      rc(r, ["beginner", "intermediate", "advanced"]), "   Helmet: yes (", rc(r, ["Smith Vantage", "Giro Ledge", "POC Obex"]), ")\n\n")
    resp = idt + timedelta(minutes=r.randint(3, 15))
    d("NARRATIVE\nPatroller ", PER(pname(r, p1, rc(r, ["full", "g"]))), " (#", r.randint(100, 999), ") responded at ",
      DT(fmt_time(r, resp, "en", 2)), ". Patient states ", rc(r, ["she", "he", "they"]), " caught an edge and fell on the left shoulder. ",
      rc(r, ["Suspected clavicle fracture, sling applied.", "Knee pain, unable to bear weight; vacuum splint applied.",
             "Brief LOC reported by companion; C-collar applied."]), " Transported by toboggan to base clinic, then by ambulance to ",
      rc(r, ["the regional hospital", "St. Anthony Summit Medical Center", "the trauma center"]), " in ",
      LOC(rc(r, ["Frisco", "Salt Lake City", "Denver", "Burlington", "Bozeman", "Bishop"])), ".\n")
    d("Second patroller: ", PER(pname(r, p2, "full")), ". Scene cleared after ", rc(r, DURATIONS[:4]), ".\n\n")
    d("WITNESS\n", PER(pname(r, wit, "full")), ", ", PHN(phone(r)), " — \"I saw ", PER(inj["g"]), " go down just past the sign.\"\n")
    if chance(r, 0.5):
        d("\nFollow-up call scheduled ", DT(fmt_dt(r, idt + timedelta(days=r.randint(1, 5)))), " (", rc(r, RELATIVE), " if no answer).\n")


# ---------------------------------------------------------------- 9 event ticketing export
def g_ticketing(r, d):
    ev = rdt(r, 2024, 2025, 17, 21)
    band = rc(r, ["Glass Harbor", "Velvet Orchard", "The Copper Tides", "Neon Fjord", "Saint Moth", "Paper Lions"])
    va = address(r, rc(r, ["US", "US", "GB", "DE", "CA", "AU", "NL"]))
    venue = rc(r, ["The Fillmore Annex", "Riverside Arena", "Union Hall", "Paradiso Zaal", "Brick Warehouse"])
    orders = []
    for _ in range(r.randint(1, 3)):
        b, a2 = person(r), person(r)
        tick_ = [{"section": rc(r, ["GA", "Floor", "101", "Balcony"]), "row": rc(r, ["", "C", "K", "AA"]),
                  "seat": r.randint(1, 40), "barcode": bad_card(r, False) if chance(r, 0.5) else rs(r, DIG, 12),
                  "attendee_name": PER(pname(r, rc(r, [b, a2]), "full"))} for _ in range(r.randint(1, 2))]
        full = card(r, fmt=0)
        brand = {"4": "visa", "5": "mastercard", "2": "mastercard", "3": "amex", "6": "discover"}[full[0]]
        pay = {"method": "card", "brand": brand, "last4": full[-4:]}
        if chance(r, 0.35):
            pay["card_number"] = CC(full)
        o = {"order_id": order_no(r, "ORD"), "created_at": ts_iso(ev - timedelta(days=r.randint(3, 90)), r),
             "buyer": {"first_name": PER(b["g"]), "last_name": PER(b["s"]), "email": EML(email_for(r, b)),
                       "phone": PHN(phone(r, va["cc"], va))},
             "tickets": tick_, "payment": pay, "ip": IPA(ipv4(r) if chance(r, 0.8) else ipv6(r)),
             "promo_code": rc(r, [None, "EARLYBIRD", "FANCLUB10"])}
        orders.append(o)
    exp = {"export_id": uuid4(r), "event": {"name": f"{band} — {rc(r, ['Live', 'World Tour', 'Album Release Show'])}",
                                             "starts_at": DT(rc(r, [f"{ev:%Y-%m-%d %H:%M}", fmt_dt(r, ev)])),
                                             "doors": DT(fmt_time(r, ev - timedelta(hours=1), "en", 0)),
                                             "venue": {"name": venue, "address": ADR(addr_line(r, va, False)),
                                                       "city": LOC(va["city"])}},
           "orders": orders}
    if chance(r, 0.5):
        emit_json(d, exp, indent=2)
    else:
        d(f"# {rc(r, ['Eventbrite', 'Ticket Tailor', 'DICE', 'See Tickets'])} export {version(r)}\n")
        emit_json(d, exp, indent=None)
    d("\n")


# ---------------------------------------------------------------- 10 coworking directory
def g_coworking(r, d):
    cc = rc(r, ["US", "US", "DE", "NL", "GB", "FR", "PL", "ES"])
    a = address(r, cc)
    space = f"{rc(r, ['Foundry', 'Hive', 'Quarry', 'Lattice', 'Workbench', 'Nook'])} {rc(r, ['Cowork', 'Commons', 'Works', 'Collective'])}"
    d("# ", space, " — Member Directory (internal)\n")
    d("_", ADR(addr_line(r, a, False)), " · front desk ", PHN(phone(r, cc, a)), "_\n\n")
    style = r.randrange(2)
    if style == 0:
        d("| Name | Company | Desk/Office | Email | Phone | Member since |\n|---|---|---|---|---|---|\n")
    for _ in range(r.randint(3, 6)):
        if len(d) > 1650:
            break
        p = person(r)
        co = rc(r, [company(r), "Freelance", f"{rc(r, BRANDS)} (contractor)"])
        dom = co_domain(r) if chance(r, 0.6) else None
        since = rdate(r, 2019, 2024)
        if style == 0:
            d("| ", PER(pname(r, p, rc(r, ["full", "full", "lower", "lf"]))), " | ", co, " | ",
              rc(r, ["Hot desk", f"Office {r.randint(1, 4)}.{r.randint(1, 30):02d}", f"Desk {rs(r, UP, 1)}{r.randint(1, 40)}"]), " | ",
              EML(email_for(r, p, dom)), " | ", PHN(phone(r, cc)), " | ", DT(fmt_date(r, since, "en", rc(r, [3, 5, 4]))), " |\n")
        else:
            d("- **", PER(pname(r, p, "full")), "** (", co, ") — ", EML(email_for(r, p, dom)), " — ", PHN(phone(r, cc)))
            if chance(r, 0.5):
                d(" — ", URL(f"https://www.linkedin.com/in/{username(p)}-{rs(r, HEX, 6)}/"))
            d(" — member since ", DT(fmt_date(r, since, "en", rc(r, [0, 5]))), "\n")
    d("\n**Access & Wi-Fi**\n")
    d("- Door code (main entrance): ", PWD(rs(r, DIG, rc(r, [4, 6]))), " — changes ", rc(r, ["monthly", "every quarter"]), "\n")
    d("- Wi-Fi `", space.split()[0], "-Members` password: `", PWD(password(r, safe=True)), "`; guest network is open\n")
    d("- Printer: ", IPA(f"192.168.{r.randint(0, 20)}.{r.randint(2, 250)}"), " (", rc(r, ["Brother", "HP", "Canon"]), " ", version(r), ")\n")
    if cc != "US" and chance(r, 0.7):
        p = person(r)
        d("\n**Billing** — SEPA mandate for ", PER(pname(r, p, "full")), ": ", IBN(iban(r, cc if cc in IBAN_FMT else None)),
          " (BIC ", rc(r, BICS), "), mandate ref ", order_no(r, "MND"), "\n")
    else:
        d("\n**Billing** — invoices via ", rc(r, ["Nexudus", "OfficeRnD", "Stripe"]), "; ", noise_line(r), "\n")
    cm = person(r)
    d("\nCommunity manager: ", PER(pname(r, cm, rc(r, ["full", "g"]))), " — ", EML(email_for(r, cm, fold(space.split()[0]) + ".space")), "\n")


# ---------------------------------------------------------------- 11 church contribution statement
def g_church(r, d):
    ca = address(r, allow_po=True)
    da = address(r)
    don, pastor = person(r), person(r)
    yr = r.randint(2022, 2024)
    church = rc(r, ["St. Mary Magdalene Parish", "St. Joseph Catholic Church", "Grace Community Church",
                    "First Baptist Church", "Mount Zion AME Church", "Holy Trinity Lutheran Church",
                    "St. Andrew's Episcopal Church", "Beth Shalom Congregation"])
    d(church, "\n", ADR(addr_any(r, ca)), "\n", PHN(phone(r, "US", ca)), " · ",
      URL(f"https://www.{fold(church.split()[0] + church.split()[1])}{rc(r, ['church', 'parish', ''])}.org/{rc(r, ['give', 'giving', 'stewardship'])}"), "\n\n")
    d("ANNUAL CONTRIBUTION STATEMENT — ", yr, "\n")
    d("Envelope No. ", r.randint(100, 2999), "\n\n")
    d(rc(r, ["Mr. and Mrs. ", "", "", "Dr. "]), PER(pname(r, don, rc(r, ["full", "caps", "mid"]))), "\n", ADR(addr_block(r, da, False)), "\n\n")
    d("Dear ", PER(don["g"]), ",\nThank you for your faithful generosity. Our records show the following gifts:\n\n")
    d("Date        Fund                 Method            Amount\n")
    dts = sorted(rdate(r, yr, yr) for _ in range(r.randint(4, 8)))
    tot = 0
    for dt in dts:
        amt = rc(r, [25, 50, 100, 150, 200, 500, 40, 75])
        tot += amt
        meth = rc(r, [f"Check #{r.randint(1001, 3999)}", "Online", "ACH", "Cash", "Stock transfer"])
        d(DT(fmt_date(r, dt, "en", 1)), "  ", f"{rc(r, ['General Fund', 'Building Fund', 'Missions', 'Food Pantry', 'Youth Ministry']):<20}",
          f" {meth:<17} ", f"${amt:,.2f}", "\n")
    d(f"{'':>50}Total ${tot:,.2f}\n\n")
    x = r.random()
    if x < 0.5:
        d("Recurring ACH gifts are drawn from account ", ACC(rs(r, DIG, r.randint(8, 12))), " (routing ", routing(r),
          ") on the 1st of each month.\n")
    elif x < 0.75:
        d("Recurring gifts are charged to card ", CC(card(r)), " per your pledge card signed ",
          DT(fmt_date(r, dts[0], "en")), ".\n")
    else:
        d("Recurring gifts are charged to the card ", masked_card(r), " you registered online.\n")
    d("No goods or services were provided in exchange for these contributions other than intangible religious benefits.\n\n")
    d("In gratitude,\n", rc(r, ["Rev. ", "Pastor ", "Fr. ", "Rabbi "]), PER(pname(r, pastor, rc(r, ["full", "mid"]))), "\n")
    if chance(r, 0.4):
        d("Questions about your statement? Email ", EML(f"finance@{fold(church.split()[1])}{rc(r, ['church', 'parish'])}.org"),
          " by ", DT(fmt_date(r, datetime(yr + 1, 1, 31), "en", 0)), ".\n")


# ---------------------------------------------------------------- 12 HOA violation notice
def g_hoa(r, d):
    ho, mgr = person(r), person(r)
    pa = address(r)
    ma = address(r, allow_po=True)
    mco = f"{rc(r, COMPANY_A)} Community Management"
    insp = rdt(r, 2023, 2025)
    letter = insp + timedelta(days=r.randint(1, 7))
    cure = letter + timedelta(days=rc(r, [10, 14, 15, 30]))
    hearing = (cure + timedelta(days=r.randint(3, 20))).replace(hour=rc(r, [18, 19]), minute=rc(r, [0, 30]))
    hoa = f"{rc(r, ['Willow Creek', 'Stonebridge Estates', 'Sunset Ridge', 'Heron Bay', 'Cedar Hollow'])} Homeowners Association"
    if chance(r, 0.4):
        d("From: ", EML(email_for(r, mgr, fold(mco.split()[0]) + "cm.com")), "\nTo: ", EML(email_for(r, ho)),
          "\nDate: ", ts_email(letter, r), "\nSubject: Courtesy Notice – ", rc(r, ["Architectural", "Maintenance", "Parking", "Pet"]),
          " violation\n\n")
    else:
        d(mco, "\n", ADR(addr_any(r, ma)), "\nTel ", PHN(phone(r, "US", ma)), "  ·  ", URL(f"https://{fold(mco.split()[0])}cm.{rc(r, ['com', 'net'])}/portal/login"), "\n\n")
        d(DT(fmt_date(r, letter, "en", rc(r, [0, 5, 11]))), "\n\n")
        d(PER(pname(r, ho, rc(r, ["full", "caps", "mid"]))), "\n", ADR(addr_block(r, pa, False)), "\n\n")
    d("RE: ", hoa, " — Notice of Violation\nAccount #: ", ACC(f"{rs(r, UP, 2)}{rs(r, DIG, 6)}" if chance(r, 0.5) else acct(r)),
      "   Property: ", ADR(pa["street"]), "\n\n")
    ttl = rc(r, ["Mr. ", "Ms. ", "Dr. ", ""])
    d("Dear ", ttl, PER(sname(ho) if ttl else pname(r, ho, "full")), ",\n\n")
    viol = r.randrange(4)
    d("During the community inspection on ", DT(fmt_date(r, insp)), ", the following condition was observed: ")
    if viol == 0:
        d("trash and recycling containers visible from the street outside of collection days.")
    elif viol == 1:
        d("a vehicle (plate ", plate(r), ", VIN ending ", vin(r)[-6:], ") parked on the lawn for more than ", rc(r, ["24 hours", "48 hours"]), ".")
    elif viol == 2:
        d("your dog, ", rc(r, PETS), ", off leash in the common area near the pool. ", rc(r, ["Two", "Several"]), " neighbors reported it.")
    else:
        d("an exterior paint color (", rc(r, ["Sherwin-Williams SW 6258", "Benjamin Moore HC-172", "Behr Ultra Pure White"]),
          ") not approved by the Architectural Review Committee.")
    d(" This is a violation of Article ", rc(r, ["VII", "IX", "XII"]), ", Section ", r.randint(1, 9), ".", r.randint(1, 12), " of the CC&Rs.\n\n")
    d("Please correct the condition by ", DT(fmt_date(r, cure, "en", rc(r, [0, 6]))), ". If it is not corrected, a fine of $",
      rc(r, [50, 100, 150, 250]), " may be assessed and you may request a hearing before the Board on ",
      DT(fmt_dt(r, hearing)), " at the clubhouse, ", ADR(f"{us_street(r)}, {pa['city_line']}"), ".\n\n")
    d("Sincerely,\n", PER(pname(r, mgr, rc(r, ["full", "mid"]))), ", CMCA®\nCommunity Association Manager, on behalf of the Board\n")
    d(PHN(phone(r, "US", ma)), rc(r, [" ext. 3", " x112", ""]), " | ", EML(email_for(r, mgr, fold(mco.split()[0]) + "cm.com")), "\n")


# ---------------------------------------------------------------- 13 parking citation appeal
def g_parking(r, d):
    ap, owner = person(r), person(r)
    c = us_city(r)
    ha = address(r)
    cit = rdt(r, 2023, 2025, 7, 20)
    st = rc(r, list(STATE_NAMES))
    d(rc(r, ["Parking Citation Appeal — Online Submission", "CITATION CONTEST / ADMINISTRATIVE REVIEW REQUEST",
             "Request for Initial Review"]), "\n")
    d("Submitted: ", ts_iso(cit + timedelta(days=r.randint(2, 20)), r), "   Confirmation ", order_no(r, "APL"), "   Client IP ",
      IPA(ipv4(r)), "\n\n")
    d("Citation Number: ", rs(r, DIG, 10), "\nIssue Date/Time: ", DT(rc(r, [fmt_dt(r, cit), f"{cit:%m/%d/%Y %I:%M %p}"])), "\n")
    if chance(r, 0.5):
        d("Location of violation: ", ADR(f"{r.randint(100, 4999)} {rc(r, US_STREETS)} {rc(r, US_SUFFIX)}, {c['city']}, {c['st']}"), "\n")
    else:
        d("Location of violation: in front of ", ADR(f"{r.randint(100, 4999)} {rc(r, US_STREETS)} {rc(r, US_SUFFIX)}"), "\nCity: ", LOC(c["city"]), "\n")
    d("Violation: ", rc(r, ["TRC 7.2.23 Expired meter", "CVC 22500(e) Blocking driveway", "Street cleaning",
                            "Residential permit area"]), "   Fine: $", rc(r, [45, 63, 88, 110]), ".00\n")
    d("Plate: ", plate(r), "   Make/Model: ", rc(r, ["Tesla Model 3", "Ford Escape", "Honda Civic", "Chevrolet Bolt", "Toyota Prius"]),
      "   VIN: ", vin(r), "\n")
    d("Registered owner: ", PER(pname(r, owner if chance(r, 0.3) else ap, rc(r, ["caps", "capslf", "full"]))), "\n\n")
    d("APPELLANT\nName: ", PER(pname(r, ap, rc(r, ["full", "mid", "lf"]))), "\nMailing address: ", ADR(addr_any(r, ha)), "\n")
    d("Email: ", EML(email_for(r, ap)), "\nPhone: ", PHN(phone(r, "US", ha)), "\nDriver License #: ", DLN(dl_number(r, st)),
      "   State: ", LOC(st), "\n\n")
    paid = cit.replace(hour=min(cit.hour + r.randint(1, 2), 23))
    call = cit + timedelta(minutes=r.randint(5, 40))
    d("STATEMENT\n", rc(r, ["I am contesting this citation because ", "To whom it may concern: "]),
      "the meter at space #", rs(r, UP, 1), "-", r.randint(100, 999), " was not accepting payment. I called the hotline at ",
      PHN(tollfree(r)), " at ", DT(fmt_time(r, call)), " to report it (reference ", order_no(r, "TKT"), "). My ",
      rc(r, ["ParkMobile", "PayByPhone", "SpotHero"]), " session ", rs(r, DIG, 8), " shows I paid until ",
      DT(fmt_time(r, paid)), ", which is after the citation time. Photos attached (", r.randint(2, 5), " files, ",
      r.randint(2, 9), ".", r.randint(0, 9), " MB).\n")
    if chance(r, 0.5):
        d("My brother ", PER(pname(r, person(r, ap["o"]), "g")), " was with me and can confirm.\n")
    if chance(r, 0.5):
        d("\nPaid under protest: $", rc(r, [45, 63, 88]), ".00 with card ", CC(card(r)), ".\n")
    else:
        d("\nNot paid — hearing requested. ", noise_line(r), "\n")


# ---------------------------------------------------------------- 14 toll-road statement
def g_toll(r, d):
    h = person(r)
    eu = chance(r, 0.3)
    sdt = rdate(r, 2023, 2025)
    due = sdt + timedelta(days=21)
    if not eu:
        a = address(r, allow_po=True)
        ag = rc(r, ["E-ZPass", "SunPass", "FasTrak", "TxTag", "Peach Pass", "Good To Go!"])
        d(ag, " — Account Statement\n\n")
        d("Account Number: ", ACC(rc(r, [rs(r, DIG, 9), rs(r, DIG, 12), f"{rs(r, DIG, 4)}-{rs(r, DIG, 6)}"])),
          "    Statement Date: ", DT(fmt_date(r, sdt, "en", rc(r, [1, 5, 0]))), "\n")
        d(PER(pname(r, h, rc(r, ["caps", "full", "capslf"]))), "\n", ADR(addr_block(r, a, False).upper() if chance(r, 0.4) else addr_block(r, a, False)), "\n\n")
        d("Transponder(s): ", f"{rs(r, DIG, 3)}-{rs(r, DIG, 8)}", "   Plates: ", plate(r), ", ", plate(r), "\n")
        d("Previous balance $", f"{r.uniform(5, 80):.2f}", "   Tolls $", f"{r.uniform(10, 140):.2f}", "   Replenishment $",
          rc(r, ["25.00", "35.00", "50.00"]), "\n\n")
        d("Trip ID       Plaza / Lane               Class  Amount\n")
        for _ in range(r.randint(4, 9)):
            d(f"T{rs(r, DIG, 9)}    {rc(r, ['Plaza 12', 'Bay Bridge', 'Exit 14 - Newark', 'I-595 Express', 'SR-91 Express', 'Tappan Zee']):<22} / L{r.randint(1, 12):02d}   "
              f"{r.randint(2, 5)}     ${r.uniform(1, 19):.2f}\n")
        x = r.random()
        d("\nAuto-replenish: ")
        if x < 0.55:
            d(rc(r, ["Visa", "Mastercard", "card"]), " ", CC(card(r)), " when balance falls below $10.00.\n")
        else:
            d("card ", masked_card(r), " when balance falls below $10.00.\n")
        d("Payment due: ", DT(fmt_date(r, due, "en", rc(r, [0, 1, 5]))), "\n")
        d("Questions? Call ", PHN(tollfree(r)), " or visit ", URL(f"https://www.{fold(ag)}.{rc(r, ['com', 'org', 'gov'])}/account/statements?period={sdt:%Y%m}"), "\n")
    else:
        a = address(r, "IT")
        d("Telepass S.p.A. — Estratto conto\n\nCodice cliente: ", ACC(rs(r, DIG, 10)), "   Data emissione: ", DT(fmt_date(r, sdt, "it", 0)), "\n")
        d("Intestatario: ", PER(pname(r, person(r, "it"), rc(r, ["caps", "full"]))), "\n", ADR(addr_block(r, a, False)), "\n\n")
        d("Dispositivo ", rs(r, DIG, 10), "   Targhe: ", plate(r), "\n\n")
        for _ in range(r.randint(3, 7)):
            d(f"{rc(r, ['Milano Sud', 'Roma Nord', 'Firenze Impruneta', 'Bologna Casalecchio', 'Napoli'])} -> "
              f"{rc(r, ['Melegnano', 'Orte', 'Barberino', 'Modena Nord', 'Caserta Sud'])}   EUR {r.uniform(1, 40):.2f}\n")
        d("\nAddebito SEPA sul conto IBAN ", IBN(iban(r, "IT")), " il ", DT(fmt_date(r, due, "it", 2)), ".\n")
        d("Assistenza: ", PHN(phone(r, "IT")), " — ", URL("https://www.telepass.com/it/privati/area-clienti"), "\n")
    if chance(r, 0.4):
        d(noise_line(r), "\n")


# ---------------------------------------------------------------- 15 EV charging receipts / OCPP
def g_ev(r, d):
    drv = person(r)
    a = address(r, rc(r, ["US", "US", "DE", "NL", "GB", "FR", "CA"]))
    st = rdt(r, 2023, 2025, 0, 23)
    en = st + timedelta(minutes=r.randint(14, 180))
    kwh = r.uniform(6, 75)
    if chance(r, 0.55):
        net = rc(r, ["ChargePoint", "Electrify America", "IONITY", "EVgo", "Fastned", "Allego"])
        d("Subject: Your ", net, " charging receipt\n\nHi ", PER(pname(r, drv, rc(r, ["g", "g", "full"]))), ",\n\n")
        d("Thanks for charging with ", net, ". Here are the details of your session:\n\n")
        d("Station: ", rc(r, ["Whole Foods lot", "Station 14", "Rastplatz Nord", "Park & Ride", "Hotel garage"]), ", ",
          ADR(addr_line(r, a, False)), "\n")
        d("Charger: ", rs(r, UP, 2), "-", rs(r, DIG, 5), "  Connector: ", rc(r, ["CCS1 #2", "CCS2 #1", "CHAdeMO", "Type 2 #3"]), "\n")
        d("Session ID: ", uuid4(r), "\n")
        d("Started: ", DT(fmt_dt(r, st)), "\nEnded:   ", DT(fmt_dt(r, en)), "\n")
        dur = en - st
        d("Duration: ", f"{dur.seconds // 3600}h {dur.seconds % 3600 // 60:02d}m", "   Energy: ", f"{kwh:.2f} kWh", "\n")
        d("Total: ", rc(r, ["$", "EUR ", "£"]), f"{kwh * r.uniform(0.3, 0.7):.2f}", " charged to ", masked_card(r), "\n")
        d("Member account: ", ACC(rc(r, [rs(r, DIG, 10), f"{rs(r, UP, 2)}-{rs(r, DIG, 8)}"])), "\n")
        d("Vehicle: ", rc(r, ["Tesla Model Y", "Hyundai Ioniq 5", "VW ID.4", "Kia EV6", "Ford Mustang Mach-E", "Polestar 2"]),
          "  VIN ", vin(r), "\n\n")
        d("Questions? Call ", PHN(phone(r, a["cc"], a)), " or reply to ", EML(f"support@{fold(net)}.{rc(r, ['com', 'eu', 'nl'])}"), ".\n")
    else:
        cp = f"CP-{rs(r, UP, 2)}{rs(r, DIG, 4)}"
        d("# OCPP 1.6J trace — ", cp, "\n")
        t = st
        tag = rs(r, "0123456789ABCDEF", 14)
        msgs = [["2", rs(r, DIG, 8), "Authorize", {"idTag": tag}],
                ["2", rs(r, DIG, 8), "StartTransaction", {"connectorId": 1, "idTag": tag, "meterStart": 0,
                                                          "timestamp": ts_iso(t, r)}],
                ["2", rs(r, DIG, 8), "MeterValues", {"connectorId": 1, "transactionId": r.randint(1000, 99999),
                                                     "meterValue": [{"timestamp": ts_iso(t + timedelta(minutes=10), r),
                                                                     "sampledValue": [{"value": f"{kwh * 100:.0f}", "unit": "Wh"}]}]}],
                ["2", rs(r, DIG, 8), "StopTransaction", {"idTag": tag, "meterStop": int(kwh * 1000), "timestamp": ts_iso(en, r),
                                                         "reason": "EVDisconnected"}]]
        for m in msgs:
            t = tick(t, r, 1, 600)
            d(f"[{ts_iso(t, r)}] -> ", json.dumps(m, separators=(",", ":")), "\n")
        d("\n# charger registration (", version(r), ")\n")
        reg = {"chargePointId": cp, "csmsUrl": f"wss://csms.{co_domain(r)}/ocpp/{cp}",
               "basicAuth": {"user": cp, "password": PWD(password(r))},
               "owner": {"name": PER(pname(r, drv, "full")), "email": EML(email_for(r, drv)), "phone": PHN(phone(r, a["cc"], a)),
                         "siteAddress": ADR(addr_line(r, a, False))},
               "firmware": version(r), "installedOn": DT(f"{rdate(r, 2021, 2023):%Y-%m-%d}")}
        if chance(r, 0.5):
            reg["apiKey"] = SEC(generic_secret(r, "b64"))
        emit_json(d, reg, indent=2)
        d("\n")


# ---------------------------------------------------------------- 16 smart-home (Home Assistant) logs
def g_smarthome(r, d):
    own, own2 = person(r), person(r)
    own2["s"] = own["s"]
    a = address(r, rc(r, ["US", "US", "DE", "NL", "GB", "CA", "AU"]))
    t = rdt(r, 2024, 2025, 5, 22)
    h = username(own)
    dev = f"{fold(own['g'])}s_{rc(r, ['iphone', 'pixel_8', 'galaxy_s23'])}"
    if chance(r, 0.5):
        d("# configuration.yaml (", version(r), ")\nhomeassistant:\n  name: ", rc(r, ["Home", "Casa", "Zuhause", "Cabin"]),
          "\n  time_zone: ", rc(r, ["America/Denver", "Europe/Berlin", "Europe/Amsterdam", "Australia/Sydney"]),
          "\n  unit_system: metric\n\nperson:\n  - name: ", PER(own["g"]), "\n    id: ", h, "\n    device_trackers:\n      - device_tracker.", dev, "\n")
        if chance(r, 0.6):
            d("  - name: ", PER(pname(r, own2, "full")), "\n    id: ", username(own2), "\n")
        d("\nnotify:\n  - name: family_email\n    platform: smtp\n    server: smtp.", rc(r, ["gmail.com", "fastmail.com", "mail.me.com"]),
          "\n    port: 587\n    sender: ", EML(email_for(r, own)), "\n    username: ", EML(email_for(r, own)),
          "\n    password: ", rc(r, ["!secret smtp_password", "!secret smtp_password"]) if chance(r, 0.3) else PWD(password(r, safe=True)),
          "\n    recipient:\n      - ", EML(email_for(r, own2)), "\n")
        d("\nnest:\n  client_id: ", f"{rs(r, DIG, 12)}-{rs(r, DIG + 'abcdefghijklmnopqrstuv', 32)}.apps.googleusercontent.com",
          "\n  client_secret: ", SEC("GOCSPX-" + rs(r, ALNUM + "-_", 28)), "\n  project_id: ", uuid4(r), "\n")
        if chance(r, 0.4):
            d("\nbackup_s3:\n  bucket: ha-backups-", h, "\n  access_key_id: ", AKI(aws_ak(r)), "\n  secret_access_key: ", ASK(aws_sk(r)),
              "\n  region: ", rc(r, ["eu-central-1", "us-east-2", "ap-southeast-2"]), "\n")
        d("\nautomation:\n")
        d("  - alias: Wake up lights\n    trigger:\n      platform: time\n      at: \"", DT(f"{r.randint(5, 8):02d}:{rc(r, [0, 15, 30, 45]):02d}:00"),
          "\"\n    action:\n      - service: light.turn_on\n        target: {entity_id: light.bedroom}\n      - delay: \"00:",
          f"{r.randint(1, 30):02d}", ":00\"\n      - service: notify.mobile_app_", dev, "\n        data: {message: \"Good morning ", PER(own["g"]), "!\"}\n")
        d("\n# owner on file with installer: ", PER(pname(r, own, "full")), ", ", ADR(addr_line(r, a, False)), ", ", PHN(phone(r, a["cc"], a)), "\n")
    else:
        lines = []
        lanip = f"192.168.{r.randint(0, 10)}.{r.randint(2, 250)}"
        d(ts_log(t, r), " INFO (MainThread) [homeassistant.core] Starting Home Assistant ", version(r), "\n")
        for _ in range(r.randint(5, 10)):
            if len(d) > 1900:
                break
            t = tick(t, r, 2, 900)
            k = r.randrange(7)
            d(ts_log(t, r), " ")
            if k == 0:
                d("INFO (MainThread) [homeassistant.components.automation.arrival] Arrival: Running automation actions\n")
            elif k == 1:
                d("INFO (MainThread) [homeassistant.components.notify] Sending to mobile_app_", dev, ": 'Welcome home, ",
                  PER(own["g"]), "! Front door unlocked by ", rc(r, ["Alexa", "Siri", "Google Assistant", "keypad"]), ".'\n")
            elif k == 2:
                d("WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid authentication from ",
                  IPA(ipv4(r)), " (", IPA(ipv4(r)), "). Requested URL: '/auth/token'. (Mozilla/5.0)\n")
            elif k == 3:
                d("DEBUG (SyncWorker_3) [custom_components.nest] token refresh ok for structure '", rc(r, ["Home", "Lake House"]),
                  "' owner=", EML(email_for(r, own)), "\n")
            elif k == 4:
                d("INFO (MainThread) [homeassistant.components.zwave_js] Node 14 (", rc(r, ["Yale", "Schlage", "Kwikset"]),
                  " lock) battery 23% — code slot 3 set for ", PER(own2["g"]), "\n")
            elif k == 5:
                d("ERROR (MainThread) [homeassistant.components.mqtt] Unable to connect to the MQTT broker at ", IPA(lanip),
                  ":1883 — retry in ", rc(r, ["10 s", "30 s", "60 s"]), "\n")
            else:
                d("INFO (MainThread) [homeassistant.components.ring] Motion at Front Door; pet ", rc(r, PETS), " detected, snapshot saved\n")
        d("\n$ curl -s -H \"Authorization: Bearer ", JWT(gen_jwt(r, sha(r, 32))), "\" ", URL(f"http://homeassistant.local:8123/api/states/person.{h}"), "\n")
        d("{\"entity_id\": \"person.", h, "\", \"state\": \"home\", \"attributes\": {\"friendly_name\": \"", PER(pname(r, own, "full")),
          "\", \"source\": \"device_tracker.", dev, "\"}, \"last_changed\": \"", ts_iso(t, r, False), "\"}\n")


# ---------------------------------------------------------------- 17 MDM inventory (Intune / Jamf)
def g_mdm(r, d):
    dom = co_domain(r)
    t0 = rdt(r, 2024, 2025)
    if chance(r, 0.55):
        d("Device name,Primary user UPN,Primary user display name,OS,OS version,Serial number,IMEI,Phone number,Wi-Fi MAC,Last check-in,Compliance,Ownership\n")
        for _ in range(r.randint(3, 7)):
            if len(d) > 1850:
                break
            p = person(r)
            osn = rc(r, ["iOS", "Android", "Windows", "macOS"])
            mob = osn in ("iOS", "Android")
            imei = (lambda b: b + luhn_digit(b))(rc(r, ["35", "86", "01"]) + rs(r, DIG, 12)) if mob else ""
            if chance(r, 0.5):
                devn = {"iOS": "iPhone", "Android": rc(r, ["Galaxy S23", "Pixel 8"]), "Windows": "Surface Laptop", "macOS": "MacBook Pro"}[osn]
                nm_fields = [E(p["g"], "PERSON"), rc(r, ["'s ", "’s "]) + devn]
            else:
                nm_fields = [f"{rc(r, ['LT', 'DT', 'MBP'])}-{username(p).upper()}-{r.randint(1, 9):02d}"]
            # device name may hold a possessive name -> emit piecewise
            for k, f in enumerate(nm_fields):
                d(f)
            d(",", EML(f"{fold(p['g'])}.{fold(p['s'])}@{dom}"), ",")
            nm = pname(r, p, rc(r, ["full", "lf", "full"]))
            if "," in nm:
                d('"', PER(nm), '"')
            else:
                d(PER(nm))
            d(",", osn, ",", version(r).split(" ")[0], ",", rs(r, UP + DIG, 12), ",", imei, ",")
            if mob and chance(r, 0.8):
                d(PHN(phone(r, rc(r, ["US", "US", "GB", "DE", "CA"]))))
            d(",", ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(6)), ",", f"{t0:%-m/%-d/%Y %-I:%M:%S %p}", ",",
              rc(r, ["Compliant", "Noncompliant", "In grace period"]), ",", rc(r, ["Corporate", "Personal"]), "\n")
            t0 = tick(t0, r, 60, 20000)
    else:
        p = person(r)
        d("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<computer>\n  <general>\n    <id>", r.randint(10, 9999), "</id>\n    <name>",
          PER(p["g"]), "’s MacBook Pro</name>\n    <udid>", uuid4(r).upper(), "</udid>\n    <serial_number>", rs(r, UP + DIG, 12),
          "</serial_number>\n    <ip_address>", IPA(ipv4(r)), "</ip_address>\n    <last_reported_ip>", IPA(ipv4(r, True)),
          "</last_reported_ip>\n    <report_date_utc>", ts_iso(t0, r), "</report_date_utc>\n  </general>\n  <location>\n    <username>",
          username(p), "</username>\n    <realname>", PER(pname(r, p, "full")), "</realname>\n    <email_address>",
          EML(f"{fold(p['g'])}.{fold(p['s'])}@{dom}"), "</email_address>\n    <position>", rc(r, ["Account Executive", "Staff Engineer", "Controller", "Designer"]),
          "</position>\n    <phone>", PHN(phone(r)), "</phone>\n    <building>HQ</building>\n    <room>", r.randint(100, 950),
          "</room>\n  </location>\n  <hardware>\n    <os_version>", rc(r, ["14.4.1", "13.6.6", "15.0"]), "</os_version>\n    <filevault2_status>Encrypted</filevault2_status>\n  </hardware>\n</computer>\n")
        d("\n# inventory pull script\ncurl -s -u \"", rc(r, ["api-readonly", "jamf-sync", "svc_inventory"]), ":", PWD(password(r, safe=True)),
          "\" ", URL(f"https://{dom.split('.')[0]}.jamfcloud.com/JSSResource/computers/id/{r.randint(10, 9999)}"), "\n")
        if chance(r, 0.4):
            d("export AWS_ACCESS_KEY_ID=", AKI(aws_ak(r)), "\nexport AWS_SECRET_ACCESS_KEY=", ASK(aws_sk(r)),
              "\naws s3 cp inventory.xml s3://it-inventory-", dom.split(".")[0], "/jamf/ --sse AES256\n")
        if chance(r, 0.4):
            d("\n# APNs push certificate key (do not commit)\n", PEM(gen_pem(r, "RSA PRIVATE KEY" if chance(r, 0.5) else "EC PRIVATE KEY")), "\n")


# ---------------------------------------------------------------- 18 Okta / Azure AD sign-in logs
def g_signin(r, d):
    dom = co_domain(r)
    t = rdt(r, 2024, 2025, 0, 23)
    if chance(r, 0.55):
        evs = []
        for _ in range(r.randint(1, 3)):
            p = person(r)
            a = address(r, rc(r, ["US", "US", "GB", "DE", "IN", "BR", "CA"]))
            t = tick(t, r, 5, 4000)
            geo = {"city": LOC(a["city"]), "state": LOC(STATE_NAMES[a["region"]]) if a["cc"] == "US" else (LOC(a["region"]) if a["region"] else None),
                   "country": LOC(COUNTRY_NAME[a["cc"]]), "postalCode": a["pc"]}
            evs.append({"uuid": uuid4(r), "published": ts_iso(t, r), "eventType": rc(r, ["user.session.start", "user.authentication.auth_via_mfa", "policy.evaluate_sign_on"]),
                        "displayMessage": rc(r, ["User login to Okta", "Authentication of user via MFA", "Evaluation of sign-on policy"]),
                        "actor": {"id": "00u" + rs(r, ALNUM, 17), "type": "User", "alternateId": EML(f"{fold(p['g'])}.{fold(p['s'])}@{dom}"),
                                  "displayName": PER(pname(r, p, "full"))},
                        "client": {"userAgent": {"os": rc(r, ["Mac OS X", "Windows 10", "iOS"]), "browser": rc(r, ["CHROME", "SAFARI", "EDGE"])},
                                   "ipAddress": IPA(ipv4(r) if chance(r, 0.8) else ipv6(r)), "geographicalContext": geo},
                        "outcome": {"result": rc(r, ["SUCCESS", "FAILURE", "SUCCESS"]), "reason": rc(r, [None, "INVALID_CREDENTIALS", "VERIFICATION_ERROR"])},
                        "transaction": {"type": "WEB", "id": rs(r, ALNUM, 20)}})
        emit_json(d, evs if len(evs) > 1 else evs[0], indent=rc(r, [2, None]))
        d("\n\n$ curl -s -H \"Authorization: SSWS ", SEC(generic_secret(r, "okta")), "\" \\\n    ",
          URL(f"https://{dom.split('.')[0]}.okta.com/api/v1/logs?since={t:%Y-%m-%d}T00:00:00Z&limit=100"), "\n")
        if chance(r, 0.4) and len(d) < 2100:
            d("\n# log-export service app (private_key_jwt), client_id 0oa", rs(r, ALNUM, 17), "\n",
              PEM(gen_pem(r, "PRIVATE KEY" if len(d) < 1500 else "EC PRIVATE KEY")), "\n")
    else:
        d("Date (UTC),Request ID,User,Username,Application,IP address,Location,Status,Failure reason\n")
        for _ in range(r.randint(3, 8)):
            if len(d) > 1900:
                break
            p = person(r)
            a = address(r, rc(r, ["US", "US", "GB", "DE", "IN", "NL", "FR", "AU"]))
            t = tick(t, r, 5, 4000)
            if a["cc"] == "US":
                loc = f"{a['city']}, {STATE_NAMES[a['region']]}, US"
            else:
                loc = f"{a['city']}, {a['region'] or a['city']}, {a['cc']}" if a["region"] else f"{a['city']}, {a['cc']}"
            csv_row(d, [f"{t:%Y-%m-%dT%H:%M:%S}Z", uuid4(r), PER(pname(r, p, rc(r, ["full", "lf"]))), EML(f"{fold(p['g'])[:1]}{fold(p['s'])}@{dom}"),
                        rc(r, ["Office 365 Exchange Online", "Azure Portal", "Microsoft Teams", "Salesforce"]), IPA(ipv4(r)),
                        LOC(loc), rc(r, ["Success", "Failure", "Interrupted"]), rc(r, ["", "Invalid username or password", "MFA required"])])
        d("\n# Graph query: GET ", URL("https://graph.microsoft.com/v1.0/auditLogs/signIns?$top=50"), "\n# client secret in app registration: ",
          SEC(rs(r, ALNUM + "~.-_", 40)), " (expires ", DT(fmt_date(r, rdate(r, 2025, 2026), "en", 3)), ")\n")


# ---------------------------------------------------------------- 19 Stripe webhook payloads
def g_stripe(r, d):
    p = person(r)
    a = address(r, rc(r, ["US", "US", "US", "GB", "DE", "CA", "AU", "FR"]))
    t = rdt(r, 2024, 2025, 0, 23)
    host = co_domain(r)
    body = {"id": "evt_" + rs(r, ALNUM, 24), "object": "event", "api_version": rc(r, ["2023-10-16", "2024-04-10", "2022-11-15"]),
            "created": epoch(t), "livemode": True, "pending_webhooks": 1,
            "request": {"id": "req_" + rs(r, ALNUM, 14), "idempotency_key": uuid4(r)}}
    addr = {"city": LOC(a["city"]), "country": a["cc"], "line1": ADR(a["street"].split(",")[0]),
            "line2": (ADR(a["street"].split(",", 1)[1].strip()) if "," in a["street"] else None),
            "postal_code": a["pc"], "state": (LOC(a["region"]) if a["region"] else None)}
    kind = r.randrange(2)
    if kind == 0:
        body["type"] = "customer.updated"
        body["data"] = {"object": {"id": "cus_" + rs(r, ALNUM, 14), "object": "customer", "address": addr,
                                   "email": EML(email_for(r, p)), "name": PER(pname(r, p, rc(r, ["full", "full", "caps"]))),
                                   "phone": PHN(phone(r, a["cc"], a)), "invoice_prefix": rs(r, UP + DIG, 8),
                                   "metadata": {"crm_id": rs(r, DIG, 7), "signup_ip": IPA(ipv4(r))}},
                        "previous_attributes": {"email": EML(email_for(r, p))}}
    else:
        body["type"] = "charge.succeeded"
        body["data"] = {"object": {"id": "ch_" + rs(r, ALNUM, 24), "object": "charge", "amount": r.randint(500, 99999),
                                   "currency": rc(r, ["usd", "eur", "gbp"]),
                                   "billing_details": {"address": addr, "email": EML(email_for(r, p)),
                                                       "name": PER(pname(r, p, "full")), "phone": PHN(phone(r, a["cc"], a))},
                                   "payment_method_details": {"card": {"brand": rc(r, ["visa", "mastercard", "amex"]), "last4": rs(r, DIG, 4),
                                                                       "exp_month": r.randint(1, 12), "exp_year": r.randint(2025, 2031),
                                                                       "fingerprint": rs(r, ALNUM, 16)}},
                                   "receipt_url": URL(f"https://pay.stripe.com/receipts/payment/{rs(r, ALNUM + '-_', 48)}")}}
    sig = f"t={epoch(t)},v1={sha(r, 64)}"
    d("POST /webhooks/stripe HTTP/1.1\nHost: ", rc(r, ["api.", "hooks.", "billing."]), host, "\nUser-Agent: Stripe/1.0 (+",
      URL("https://stripe.com/docs/webhooks"), ")\nContent-Type: application/json; charset=utf-8\nStripe-Signature: ", sig, "\n\n")
    emit_json(d, body, indent=rc(r, [2, None]))
    d("\n\n")
    if chance(r, 0.8):
        d("# handler config\n")
        d("STRIPE_SECRET_KEY=", STK(stripe_key(r)) if chance(r, 0.75) else env_ref(r, "STRIPE_SECRET_KEY"), "\n")
        d("STRIPE_WEBHOOK_SECRET=", SEC(generic_secret(r, "whsec")), "\n")
        d("STRIPE_PUBLISHABLE_KEY=", env_ref(r, "STRIPE_PK"), "\n")
    else:
        d("[", ts_iso(t + timedelta(seconds=1), r), "] webhook ", body["type"], " verified (tolerance 300s), handled in ",
          r.randint(12, 900), " ms\n")
        d("[", ts_iso(t + timedelta(seconds=2), r), "] stripe.error.AuthenticationError: Invalid API Key provided: sk_live_",
          "*" * 20, rs(r, ALNUM, 4), "\n")
        if chance(r, 0.5):
            d("# retry job re-ran with ", STK(stripe_key(r)), " (restricted key for refunds)\n")


# ---------------------------------------------------------------- 20 Twilio call / SMS logs
def g_twilio(r, d):
    t = rdt(r, 2024, 2025, 7, 21)
    biz = company(r)
    a = address(r)
    our = phone(r, "US", a)
    if chance(r, 0.5):
        d("Date,Direction,From,To,Caller Name,Duration (s),Status,Price,Call SID\n")
        for _ in range(r.randint(3, 8)):
            if len(d) > 1700:
                break
            p = person(r)
            t = tick(t, r, 30, 7200)
            inbound = chance(r, 0.6)
            other = PHN(phone(r))
            cn = rc(r, ["name", "name", "wireless", "city"])
            if cn == "name" and len(f"{p['s']} {p['g']}") <= 15:
                cnv = PER(f"{p['s']} {p['g']}".upper())
            elif cn == "city":
                c = us_city(r)
                cnv = LOC(f"{c['city'].upper()} {c['st']}")
            else:
                cnv = "WIRELESS CALLER"
            csv_row(d, [f"{t:%Y-%m-%d %H:%M:%S} UTC", "inbound" if inbound else "outbound-api", other if inbound else PHN(our),
                        PHN(our) if inbound else other, cnv, r.randint(0, 900), rc(r, ["completed", "no-answer", "busy", "completed"]),
                        f"-0.{r.randint(1, 99):04d}", "CA" + rs(r, HEX, 32)])
    else:
        p, agent = person(r), person(r)
        appt = (t + timedelta(days=r.randint(1, 20))).replace(hour=r.randint(8, 17), minute=rc(r, [0, 15, 30, 45]))
        d("Messaging log — ", biz, "\n\n")
        for k in range(r.randint(3, 5)):
            t = tick(t, r, 20, 3000)
            d(f"{t:%Y-%m-%d %H:%M:%S}", "  SM", rs(r, HEX, 32), "  ")
            if k == 0:
                d("outbound  to ", PHN(phone(r)), ": \"Hi ", PER(p["g"]), ", this is ", PER(agent["g"]), " from ", biz,
                  ". Reminder: your appointment with ", rc(r, ["Dr. ", ""]), PER(pname(r, person(r), rc(r, ["s", "full"]))), " is on ",
                  DT(fmt_dt(r, appt)), ". Reply C to confirm or R to reschedule.\"\n")
            elif k == 1:
                d("inbound   from ", PHN(phone(r)), ": \"")
                if chance(r, 0.4):
                    d("Can we move it to ", DT(fmt_dt(r, appt + timedelta(days=1))), "?\"\n")
                else:
                    d(rc(r, ["C", "Confirmed, thanks!", "R", "ok see you then"]), "\"\n")
            elif k == 2:
                d("outbound  to ", PHN(phone(r)), ": \"Your verification code is ", rs(r, DIG, 6), ". It expires in 10 minutes.\"\n")
            else:
                d("inbound   from ", PHN(phone(r)), ": \"This is ", PER(pname(r, person(r), "full")), ", ", rc(r, ["please call me back", "wrong number?", "STOP"]), "\"\n")
    d("\n# .env\nTWILIO_ACCOUNT_SID=AC", rs(r, HEX, 32), "\nTWILIO_AUTH_TOKEN=", SEC(generic_secret(r, "tw")) if chance(r, 0.75) else env_ref(r, "TWILIO_AUTH_TOKEN"),
      "\nTWILIO_FROM=", PHN(our), "\nSTATUS_CALLBACK=", URL(f"https://{rc(r, ['hooks', 'api'])}.{co_domain(r)}/twilio/status?v=2"), "\n")
    if chance(r, 0.3):
        d("SLACK_ALERT_TOKEN=", SLK(slack_token(r)), "\n")
    if chance(r, 0.3):
        d("RECORDINGS_S3_KEY=", AKI(aws_ak(r)), "\nRECORDINGS_S3_SECRET=", ASK(aws_sk(r)), "\n")
    if chance(r, 0.25):
        d("GITHUB_DEPLOY_TOKEN=", GHT(gh_token(r)), "\n")


# ---------------------------------------------------------------- 21 PagerDuty incident timeline
def g_pagerduty(r, d):
    a, b, c = person(r), person(r), person(r)
    svc = rc(r, ["checkout-api", "payments-worker", "search-indexer", "auth-gateway", "ledger-db"])
    t = rdt(r, 2024, 2025, 0, 23)
    inc = r.randint(10000, 99999)
    d("[#", inc, "] ", rc(r, ["CRITICAL", "HIGH"]), ": ", svc, " ", rc(r, ["p99 latency > 2s", "error rate 12%", "disk 95% on primary", "5xx spike"]), "\n")
    d("Service: ", svc, "   Urgency: High   Escalation policy: ", rc(r, ["Payments Primary", "Core Infra", "Platform 24x7"]), "\n")
    d("Incident key: ", uuid4(r), "\n\nTimeline\n")
    ampm = chance(r, 0.5)
    tf = (lambda x: f"{x:%I:%M %p}") if ampm else (lambda x: f"{x:%H:%M:%S}")
    d(tf(t), "  Triggered through the API (", rc(r, ["Datadog", "Prometheus Alertmanager", "CloudWatch"]), " integration)\n")
    t = tick(t, r, 10, 60)
    d(tf(t), "  Notified ", PER(pname(r, a, "full")), " via ", rc(r, ["SMS to ", "phone call to ", "push + SMS to "]), PHN(phone(r)), "\n")
    t = tick(t, r, 60, 300)
    d(tf(t), "  Acknowledged by ", PER(pname(r, a, "full")), "\n")
    t = tick(t, r, 60, 600)
    if chance(r, 0.35):
        d(tf(t), "  Note added by ", PER(a["g"]), ": \"Secret scanning alert #", r.randint(1, 300), ": AWS key ", AKI(aws_ak(r)), " / ",
          ASK(aws_sk(r)), " pushed in ", sha(r)[:7], " to ", rc(r, ["infra-live", "deploy-scripts", "data-pipelines"]),
          "; key deactivated. Also revoked ", GHT(gh_token(r)), ".\"\n")
    else:
        d(tf(t), "  Note added by ", PER(a["g"]), ": \"Node ", IPA(ipv4(r, True)), " OOM-killed; failing over to ", IPA(ipv4(r, True)),
          ". Rollback to ", version(r), " (", sha(r)[:8], ").\"\n")
    t = tick(t, r, 300, 1800)
    d(tf(t), "  Escalated to ", PER(pname(r, b, rc(r, ["full", "caps"]))), " (Level 2)\n")
    t = tick(t, r, 60, 600)
    d(tf(t), "  ", PER(b["g"]), " added responder ", PER(pname(r, c, "full")), " <", EML(email_for(r, c, co_domain(r))), ">\n")
    t = tick(t, r, 600, 3600)
    d(tf(t), "  Resolved by ", PER(pname(r, b, "full")), " — duration ", rc(r, DURATIONS[:4]), "\n\n")
    pm = rdt(r, 2024, 2025, 9, 16)
    d("Postmortem scheduled for ", DT(fmt_dt(r, pm)), "; owner ", PER(pname(r, c, rc(r, ["g", "full"]))), ".\n")
    d("Bridge: Zoom meeting ID ", f"{r.randint(800, 999)} {rs(r, DIG, 4)} {rs(r, DIG, 4)}", ", passcode ", PWD(rs(r, DIG, 6) if chance(r, 0.6) else rs(r, ALNUM, 8)), "\n")
    d("Status page: ", URL(f"https://status.{co_domain(r)}/incidents/{rs(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 12)}"), "\n")
    if chance(r, 0.6):
        d("Events API v2 routing key for ", svc, ": ", SEC(rs(r, HEX, 32)), "\n")
    if chance(r, 0.4):
        d("Slack channel #inc-", inc, " (bot token ", SLK(slack_token(r)), ")\n")


# ---------------------------------------------------------------- 22 Postgres slow-query logs
def g_postgres(r, d):
    t = rdt(r, 2024, 2025, 0, 23)
    db = rc(r, ["shopdb", "clinic", "crm_prod", "billing"])
    user = rc(r, ["app", "reporting", "etl", "api_rw"])
    pid = r.randint(1000, 65000)
    host = f"{rc(r, ['db-primary', 'pg-replica-2', 'postgres-0'])}.{rc(r, ['internal', 'svc.cluster.local', 'prod.lan'])}"

    def pre(lvl):
        return f"{ts_log(t, r)} UTC [{pid}] {user}@{db} {lvl}:  "
    d(pre("LOG"), "connection received: host=", IPA(ipv4(r, True)), " port=", r.randint(30000, 65000), "\n")
    d(pre("LOG"), "connection authorized: user=", user, " database=", db, " application_name=", rc(r, ["psql", "rails", "django", "pgbouncer"]), "\n")
    for _ in range(r.randint(2, 4)):
        if len(d) > 1800:
            break
        t = tick(t, r, 1, 300)
        p = person(r)
        k = r.randrange(5)
        d(pre("LOG"), f"duration: {r.uniform(500, 9000):.3f} ms  execute <unnamed>: ")
        if k == 0:
            d("SELECT id, first_name, last_name FROM customers WHERE lower(email) = lower($1) AND date_of_birth = $2\n")
            d(pre("DETAIL"), "parameters: $1 = '", EML(email_for(r, p)), "', $2 = '", DOB(f"{rdob(r):%Y-%m-%d}"), "'\n")
        elif k == 1:
            a = address(r)
            d("UPDATE patients SET phone = $1, address_line1 = $2, city = $3, state = $4, zip = $5 WHERE mrn = $6\n")
            d(pre("DETAIL"), "parameters: $1 = '", PHN(phone(r, "US", a)), "', $2 = '", ADR(a["street"]), "', $3 = '", LOC(a["city"]),
              "', $4 = '", LOC(a["region"]), "', $5 = '", a["pc"], "', $6 = '", MRN(mrn(r)), "'\n")
        elif k == 2:
            d("INSERT INTO payment_attempts (card_number, amount_cents, order_ref) VALUES ($1, $2, $3)\n")
            d(pre("DETAIL"), "parameters: $1 = '", CC(card(r, fmt=0)), "', $2 = '", r.randint(100, 90000), "', $3 = '", order_no(r, "ORD"), "'\n")
        elif k == 3:
            d("SELECT * FROM applicants WHERE ssn = $1 OR (last_name = $2 AND first_name = $3)\n")
            d(pre("DETAIL"), "parameters: $1 = '", SSN(ssn(r, rc(r, [0, 2]))), "', $2 = '", PER(p["s"]), "', $3 = '", PER(p["g"]), "'\n")
        else:
            d("SELECT count(*) FROM events WHERE created_at > $1 AND tenant_id = $2\n")
            d(pre("DETAIL"), "parameters: $1 = '", ts_iso(t - timedelta(days=7), r, False), "', $2 = '", uuid4(r), "'\n")
        if chance(r, 0.3):
            d(pre("LOG"), "  ->  Seq Scan on customers  (cost=0.00..", r.randint(1000, 99999), ".00 rows=1 width=", rc(r, [64, 128, 212]), ")\n")
    t = tick(t, r, 1, 60)
    if chance(r, 0.5):
        d(pre("FATAL"), "password authentication failed for user \"", rc(r, ["reporting", "readonly", "metabase"]), "\"\n")
    d("\n# ", rc(r, ["pgbouncer.ini", "app.env", "docker-compose override"]), "\n")
    if chance(r, 0.5):
        d("DATABASE_URL=postgresql://", user, ":", PWD(password(r, safe=True)), "@", host, ":5432/", db, "?sslmode=require\n")
    else:
        d(db, " = host=", host, " port=5432 dbname=", db, " user=", user, " password=", PWD(password(r, safe=True)), "\n")
    if chance(r, 0.4):
        d("READONLY_URL=postgresql://metabase:${METABASE_DB_PASS}@", host, ":5432/", db, "\n")
    if chance(r, 0.3) and len(d) < 2100:
        d("\n# /etc/pgbouncer/client.key (sslmode=verify-full)\n", PEM(gen_pem(r, "EC PRIVATE KEY")), "\n")
    if chance(r, 0.4):
        d("\n# wal-g backup env\nWALG_S3_PREFIX=s3://pg-backups-", db.replace("_", "-"), "/", f"{t:%Y}", "\nAWS_ACCESS_KEY_ID=", AKI(aws_ak(r)),
          "\nAWS_SECRET_ACCESS_KEY=", ASK(aws_sk(r)), "\nAWS_REGION=", rc(r, ["us-east-1", "eu-central-1", "us-west-2"]), "\n")


# ---------------------------------------------------------------- 23 Redis MONITOR output
def g_redis(r, d):
    t = rdt(r, 2024, 2025, 0, 23)
    host = f"cache-{r.randint(1, 9):02d}.{rc(r, ['internal', 'prod.lan', 'svc.cluster.local'])}"
    old = chance(r, 0.5)
    pw = password(r, safe=True)
    d("$ redis-cli -h ", host, " -a ", PWD(pw), " monitor\nWarning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\nOK\n")
    clients = [ipv4(r, True) for _ in range(3)]

    def pre():
        nonlocal t
        t = tick(t, r, 0, 3)
        return f"{epoch(t)}.{r.randint(0, 999999):06d} [0 "

    for _ in range(r.randint(5, 9)):
        if len(d) > 1850:
            break
        ip = rc(r, clients)
        d(pre(), IPA(ip), f":{r.randint(30000, 65000)}] ")
        p = person(r)
        k = r.randrange(9)
        if k == 8:
            d('"HSET" "kyc:', r.randint(1000, 99999), '" "ssn" "', SSN(ssn(r)), '" "dob" "', DOB(f"{rdob(r):%Y-%m-%d}"), '" "status" "pending"\n')
        elif k == 0:
            d('"AUTH" "', PWD(pw) if old else "(redacted)", '"\n')
        elif k == 1:
            d('"HSET" "user:', r.randint(1000, 99999), '" "name" "', PER(pname(r, p, "full")), '" "email" "', EML(email_for(r, p)),
              '" "phone" "', PHN(phone(r)), '"\n')
        elif k == 2:
            d('"SET" "session:', uuid4(r), '" "{\\"uid\\":', r.randint(1000, 99999), ',\\"name\\":\\"', PER(p["g"]), '\\",\\"ip\\":\\"',
              IPA(ipv4(r)), '\\",\\"exp\\":', epoch(t) + 3600, '}" "EX" "3600"\n')
        elif k == 3:
            d('"GET" "otp:', PHN(e164(r)), '"\n')
        elif k == 4:
            d('"SETEX" "pwreset:', EML(email_for(r, p)), '" "900" "', SEC(rs(r, ALNUM + "-_", 43)), '"\n')
        elif k == 5:
            d('"ZADD" "leaderboard:', version(r).split(" ")[0], '" "', r.randint(10, 9000), '" "user:', r.randint(1000, 99999), '"\n')
        elif k == 6:
            d('"GET" "cart:', sha(r, 32), '"\n')
        else:
            d('"HGETALL" "patient:', MRN(mrn(r)), '"\n')
    if chance(r, 0.4):
        d(pre(), IPA(clients[0]), ':6379] "CONFIG" "SET" "requirepass" "', PWD(password(r, safe=True)), '"\n')
    d(pre(), "unix:/var/run/redis/redis.sock] \"PING\"\n")


# ---------------------------------------------------------------- 24 GraphQL request logs
def g_graphql(r, d):
    t = rdt(r, 2024, 2025, 0, 23)
    for _ in range(r.randint(1, 3)):
        if len(d) > 1300:
            break
        t = tick(t, r, 1, 900)
        p = person(r)
        a = address(r, rc(r, ["US", "US", "CA", "GB", "DE", "AU"]))
        k = r.randrange(4)
        if k == 3:
            rec = {"ts": ts_iso(t, r), "level": "debug", "client": "octokit-graphql", "endpoint": URL("https://api.github.com/graphql"),
                   "operationName": "RepoIssues",
                   "query": "query RepoIssues($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { issues(first: 20) { nodes { number title } } } }",
                   "variables": {"owner": rc(r, ["acme-corp", "northwind", "bluefin-labs"]), "name": rc(r, ["api", "web", "infra"])},
                   "headers": {"authorization": S(rc(r, ["bearer ", "token "]), GHT(gh_token(r)))}, "rateLimitRemaining": r.randint(0, 5000)}
            emit_json(d, rec, indent=None)
            d("\n")
            continue
        if k == 0:
            op = "UpdateProfile"
            q = "mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id updatedAt } }"
            var = {"input": {"firstName": PER(p["g"]), "lastName": PER(p["s"]), "email": EML(email_for(r, p)),
                             "phone": PHN(phone(r, a["cc"], a)), "dateOfBirth": DOB(f"{rdob(r):%Y-%m-%d}"),
                             "address": {"line1": ADR(a["street"]), "city": LOC(a["city"]),
                                         "region": LOC(a["region"]) if a["region"] else None, "postalCode": a["pc"]}}}
            if a["cc"] == "US" and chance(r, 0.4):
                var["input"]["ssn"] = SSN(ssn(r))
        elif k == 1:
            op = "CreateOrder"
            q = "mutation CreateOrder($cart: ID!, $payment: PaymentInput!) { createOrder(cart: $cart, payment: $payment) { id total } }"
            var = {"cart": uuid4(r), "payment": {"token": "tok_" + rs(r, ALNUM, 24), "billingName": PER(pname(r, p, "full")),
                                                 "billingAddress": ADR(addr_line(r, a)), "saveCard": chance(r, 0.5)}}
            if chance(r, 0.3):
                var["payment"]["rawCard"] = CC(card(r, fmt=0))
        else:
            op = "PatientLookup"
            m = mrn(r)
            q = None
            var = {"mrn": MRN(m), "includeCoverage": True}
        rec = {"ts": ts_iso(t, r), "level": rc(r, ["info", "warn"]), "requestId": uuid4(r), "clientIp": IPA(ipv4(r)),
               "operationName": op}
        if q:
            rec["query"] = q
        else:
            rec["query"] = S("query PatientLookup { patient(mrn: \"", MRN(var["mrn"].v), "\") { name coverage { memberId } } }")
            var = {"includeCoverage": True}
        rec["variables"] = var
        hdr = {"authorization": S("Bearer ", JWT(gen_jwt(r))), "user-agent": rc(r, ["Apollo iOS 1.9.0", "okhttp/4.12.0", "Mozilla/5.0"])}
        if chance(r, 0.5):
            hdr["x-api-key"] = SEC(generic_secret(r, rc(r, ["b64", "google", "hex32"])))
        rec["headers"] = hdr
        rec["extensions"] = {"persistedQuery": {"version": 1, "sha256Hash": sha(r, 64)}}
        rec["durationMs"] = r.randint(8, 2400)
        emit_json(d, rec, indent=None)
        d("\n")
    if chance(r, 0.4):
        d(json.dumps({"ts": ts_iso(tick(t, r), r), "level": "error", "message": "Variable \"$input\" got invalid value; Expected type Date",
                      "path": ["updateProfile"], "traceId": sha(r, 32)}), "\n")


# ---------------------------------------------------------------- 25 ES/FR/DE/PL/IT medical letters
def g_medletter(r, d):
    lang = rc(r, ["de", "fr", "es", "pl", "it"])
    cc = {"de": "DE", "fr": "FR", "es": "ES", "pl": "PL", "it": "IT"}[lang]
    o = {"de": "de", "fr": "fr", "es": "es", "pl": "pl", "it": "it"}[lang]
    pt = person(r, o if chance(r, 0.8) else None)
    doc1, doc2, gp = person(r, o), person(r, o), person(r, o)
    ha = address(r, cc)
    pa = address(r, cc)
    ga = address(r, cc)
    adm = rdt(r, 2023, 2025)
    dis = adm + timedelta(days=r.randint(2, 14))
    fu = (dis + timedelta(days=r.randint(14, 60))).replace(hour=r.randint(8, 15), minute=rc(r, [0, 15, 30, 45]))
    dob = rdob(r, 1935, 2000)
    if lang == "de":
        hosp = rc(r, ["Klinikum Am Sonnenberg", "Evangelisches Krankenhaus Bethel", "St. Elisabeth-Krankenhaus", "Städtisches Klinikum"])
        d(hosp, " · Klinik für ", rc(r, ["Innere Medizin", "Kardiologie", "Pneumologie"]), " · ", ADR(addr_line(r, ha, False)), "\n")
        d("Tel. ", PHN(phone(r, "DE")), " · Fax ", PHN(phone(r, "DE")), "\n\n")
        d(rc(r, ["Herrn Dr. med. ", "Frau Dr. med. ", "Praxis Dr. "]), PER(pname(r, gp, "full")), "\n", ADR(addr_block(r, ga, False)), "\n\n")
        d(LOC(ha["city"]), ", ", DT(fmt_date(r, dis, "de", rc(r, [0, 1]))), "\n\n")
        d(rc(r, ["Sehr geehrte Frau Kollegin,", "Sehr geehrter Herr Kollege,", "Liebe Kolleginnen und Kollegen,"]), "\n\n")
        d("wir berichten über ", rc(r, ["Ihre Patientin, Frau ", "Ihren Patienten, Herrn "]), PER(pname(r, pt, "full")), ", geb. ",
          DOB(fmt_date(r, dob, "de", 1)), ", wohnhaft ", ADR(addr_line(r, pa, False)), ", die/der sich vom ", DT(fmt_date(r, adm, "de", 1)),
          " bis zum ", DT(fmt_date(r, dis, "de", 1)), " in unserer stationären Behandlung befand.\n\n")
        d("Diagnosen:\n- Ambulant erworbene Pneumonie (J18.9)\n- Arterielle Hypertonie (I10)\n\n")
        d("Medikation bei Entlassung: Ramipril 5 mg 1-0-0, Bisoprolol 2,5 mg 1-0-0, Pantoprazol 40 mg 0-0-1 für ", rc(r, ["4 Wochen", "14 Tage"]), ".\n")
        d("Kostenträger: ", rc(r, ["AOK Bayern", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit"]), ", Versichertennummer ",
          HPN(rc(r, UP) + rs(r, DIG, 9)), "\n")
        d("Wiedervorstellung in unserer Ambulanz am ", DT(fmt_dt(r, fu, "de")), ". Rückfragen gern unter ", PHN(phone(r, "DE")), ".\n\n")
        d("Mit freundlichen kollegialen Grüßen\n\n", rc(r, ["PD Dr. med. ", "Prof. Dr. med. ", "Dr. med. "]), PER(pname(r, doc1, "full")),
          "        Dr. med. ", PER(pname(r, doc2, "full")), "\nOberärztin/Oberarzt        Assistenzärztin/Assistenzarzt\n")
    elif lang == "fr":
        d(rc(r, ["Centre Hospitalier Intercommunal", "Clinique Saint-Vincent", "Hôpital Privé des Peupliers"]), "\nService de ",
          rc(r, ["cardiologie", "pneumologie", "médecine interne"]), "\n", ADR(addr_any(r, ha)), "\nTél. : ", PHN(phone(r, "FR")), "\n\n")
        d(LOC(ha["city"]), ", le ", DT(fmt_date(r, dis, "fr", 0)), "\n\n")
        d(rc(r, ["Cher Confrère,", "Chère Consœur,", "Cher ami,"]), "\n\n")
        d("J'ai vu en consultation le ", DT(fmt_date(r, adm, "fr", 0)), " ", rc(r, ["Mme ", "M. ", "Madame "]), PER(pname(r, pt, rc(r, ["full", "caps"]))),
          ", ", rc(r, ["née", "né"]), " le ", DOB(fmt_date(r, dob, "fr", rc(r, [0, 2]))), ", demeurant ", ADR(addr_line(r, pa, False)),
          ", pour des palpitations évoluant depuis ", rc(r, ["trois semaines", "10 jours", "deux mois"]), ".\n")
        d("L'ECG retrouve une fibrillation atriale (I48.91). Je propose Eliquis 5 mg matin et soir et une échographie cardiaque.\n")
        d("Mutuelle : n° adhérent ", HPN(rs(r, DIG, 9) if chance(r, 0.5) else rs(r, UP, 2) + rs(r, DIG, 8)), "\n")
        d("Prochain rendez-vous : ", DT(fmt_dt(r, fu, "fr")), ".\n")
        d("Je reste à votre disposition au ", PHN(phone(r, "FR")), " ou par mail : ", EML(email_for(r, doc1, rc(r, ["ch-intercommunal.fr", "clinique-stv.fr"]))), ".\n\n")
        d("Bien confraternellement,\n", rc(r, ["Dr ", "Docteur ", "Pr "]), PER(pname(r, doc1, "full")), "\n")
    elif lang == "es":
        d("Hospital Universitario ", rc(r, ["del Sureste", "Fundación Alcorcón", "Virgen de la Salud"]), "\nServicio de ",
          rc(r, ["Medicina Interna", "Neumología", "Cardiología"]), "\n\nINFORME DE ALTA\n\n")
        d("Paciente: ", PER(pname(r, pt, rc(r, ["full", "caps", "lf"]))), "    NHC: ", MRN(rs(r, DIG, 7)), "\n")
        d("Fecha de nacimiento: ", DOB(fmt_date(r, dob, "es", 2)), "\nDomicilio: ", ADR(addr_line(r, pa, False)), "\nTeléfono: ", PHN(phone(r, "ES")), "\n")
        d("Fecha de ingreso: ", DT(fmt_date(r, adm, "es", 2)), "    Fecha de alta: ", DT(fmt_date(r, dis, "es", 2)), "\n\n")
        d("Motivo de ingreso: disnea y fiebre de ", rc(r, ["3 días", "una semana"]), " de evolución.\nJuicio clínico: Neumonía adquirida en la comunidad (J18.9).\n")
        d("Tratamiento al alta: amoxicilina/clavulánico 875/125 mg cada 8 h durante 7 días; paracetamol 1 g si fiebre.\n")
        d("Cita de revisión: ", DT(fmt_dt(r, fu, "es")), " en Consultas Externas (planta ", r.randint(1, 5), ", consulta ", r.randint(1, 30), ").\n")
        d("Tarjeta sanitaria: ", HPN(rs(r, UP, 4) + rs(r, DIG, 6) + rs(r, DIG, 2) + rs(r, UP, 2)), "\n\n")
        d("Fdo.: ", rc(r, ["Dra. ", "Dr. "]), PER(pname(r, doc1, "full")), ", Médico Adjunto\n")
    elif lang == "pl":
        d("Szpital Specjalistyczny im. ", rc(r, ["Jana Pawła II", "Ludwika Rydygiera", "Stefana Żeromskiego"]), "\nOddział ",
          rc(r, ["Kardiologii", "Chorób Wewnętrznych", "Pulmonologii"]), "\n", ADR(addr_line(r, ha, False)), ", tel. ", PHN(phone(r, "PL")), "\n\n")
        d("KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n\n")
        d("Pacjent: ", rc(r, ["Pani ", "Pan ", ""]), PER(pname(r, pt, rc(r, ["full", "caps"]))), ", ur. ", DOB(fmt_date(r, dob, "pl", 1)), "\n")
        d("Adres: ", ADR(addr_line(r, pa, False)), "\nNr historii choroby: ", MRN(f"{rs(r, DIG, 5)}/{adm.year}"), "\n")
        d("Data przyjęcia: ", DT(fmt_date(r, adm, "pl", 1)), "    Data wypisu: ", DT(fmt_date(r, dis, "pl", 1)), "\n\n")
        d("Rozpoznanie: Migotanie przedsionków napadowe (I48.0), nadciśnienie tętnicze (I10).\n")
        d("Zalecenia: Xarelto 20 mg 1x dziennie, bisoprolol 5 mg rano. Kontrola w Poradni Kardiologicznej dnia ",
          DT(fmt_dt(r, fu, "pl")), ". Skierowanie wydano ", rc(r, ["dziś", "jutro", "przy wypisie"]), ".\n")
        d("Kontakt z lekarzem prowadzącym: ", PHN(phone(r, "PL")), "\n\n")
        d(rc(r, ["lek. med. ", "dr n. med. ", "lek. "]), PER(pname(r, doc1, "full")), "\nSpecjalista chorób wewnętrznych\n")
    else:
        bc = address(r, "IT")
        d("Azienda Ospedaliera ", rc(r, ["Sant'Andrea", "San Camillo-Forlanini", "Careggi"]), " — U.O.C. ",
          rc(r, ["Cardiologia", "Medicina Interna"]), "\n", ADR(addr_line(r, ha, False)), " — tel. ", PHN(phone(r, "IT")), "\n\n")
        d(LOC(ha["city"]), ", ", DT(fmt_date(r, dis, "it", 0)), "\n\nGentile Collega,\n\n")
        d("Le invio ", rc(r, ["la sig.ra ", "il sig. "]), PER(pname(r, pt, "full")), ", nata/o a ", LOC(bc["city"]), " il ",
          DOB(fmt_date(r, dob, "it", 2)), ", residente in ", ADR(addr_line(r, pa, False)), ", ricoverata/o dal ",
          DT(fmt_date(r, adm, "it", 2)), " per scompenso cardiaco (I50.9).\n")
        d("Terapia: furosemide 25 mg, ramipril 2,5 mg, bisoprolol 1,25 mg.\nControllo ambulatoriale il ", DT(fmt_dt(r, fu, "it")), ".\n")
        d("Per informazioni: ", PHN(phone(r, "IT")), " / ", EML(email_for(r, doc1, rc(r, ["ospedale.it", "asl.roma.it"]))), "\n\n")
        d("Cordiali saluti,\n", rc(r, ["Dott.ssa ", "Dott. ", "Prof. "]), PER(pname(r, doc1, "full")), "\n")
    if chance(r, 0.35):
        lab = {"de": "Bankverbindung", "fr": "Coordonnées bancaires", "es": "Datos bancarios", "pl": "Rachunek bankowy",
               "it": "Coordinate bancarie"}[lang]
        d("\n", lab, ": IBAN ", IBN(iban(r, cc)), " · BIC ", rc(r, BICS), "\n")


# ---------------------------------------------------------------- 26 hearing-aid fitting report
def g_hearing(r, d):
    pt, aud, sp = person(r), person(r), person(r)
    a = address(r, rc(r, ["US", "US", "US", "CA", "GB", "AU"]))
    fit = rdt(r, 2023, 2025, 8, 17)
    d(rc(r, ["AUDIOLOGY — HEARING AID FITTING REPORT", "Hearing Instrument Fitting & Verification", "Fitting Summary (Noah export)"]), "\n")
    d(rc(r, ["Sound Choice Audiology", "ClearTone Hearing Center", "Amplifon", "Beltone", "HearingLife"]), ", ", ADR(addr_line(r, a, False)),
      " · ", PHN(phone(r, a["cc"], a)), "\n\n")
    d("Patient: ", PER(pname(r, pt, rc(r, ["full", "lf", "mid"]))), "   DOB: ", DOB(fmt_date(r, rdob(r, 1930, 1975), "en", rc(r, [1, 2, 5]))),
      "   Chart #: ", MRN(mrn(r)), "\n")
    d("Fitting date: ", DT(fmt_date(r, fit, "en")), "   Audiologist: ", PER(pname(r, aud, "full")), ", Au.D.\n\n")
    d("Audiogram (dB HL)\nHz      250  500  1k   2k   3k   4k   6k   8k\n")
    for side in ("Right", "Left "):
        base = r.randint(10, 30)
        vals = [min(110, base + k * r.randint(3, 9)) for k in range(8)]
        d(side, "  ", "  ".join(f"{v:>3}" for v in vals), "\n")
    model = rc(r, ["Phonak Audéo Lumity L90-R", "Oticon Intent 1 miniRITE R", "Signia Pure Charge&Go 7AX", "ReSound Nexia 9", "Starkey Genesis AI 24"])
    d("\nDevices: ", model, "  SN ", rs(r, DIG + UP, 8), " (R) / ", rs(r, DIG + UP, 8), " (L)   Firmware ", version(r), "\n")
    d("Receivers: M, open domes 8 mm. Programs: Auto, Restaurant, Music. REM within ±3 dB of NAL-NL2 targets 500–4000 Hz.\n")
    d("Warranty expires: ", DT(fmt_date(r, fit + timedelta(days=365 * 3), "en", rc(r, [0, 1, 4]))), "   Loss & damage coverage until ",
      DT(fmt_date(r, fit + timedelta(days=365), "en", rc(r, [0, 1, 4]))), "\n")
    fu = (fit + timedelta(days=14)).replace(hour=r.randint(8, 16), minute=rc(r, [0, 30]))
    d("Follow-up: ", DT(fmt_dt(r, fu)), " (2-week check, 30 minutes)\n")
    if chance(r, 0.7):
        d("Coverage: ", rc(r, ["TruHearing", "UnitedHealthcare Hearing", "Amplifon Hearing Health Care", "Medicare Advantage"]),
          " member ID ", HPN(hpn(r)), "; copay $", rc(r, [499, 699, 999]), " per aid\n")
    d("Remote support: ", rc(r, ["myPhonak", "Oticon Companion", "Signia App"]), " account ", EML(email_for(r, pt)), "\n\n")
    d("Notes: Pt reports ", rc(r, ["her husband", "his wife", "their son", "a friend"]), ", ", PER(pname(r, sp, rc(r, ["g", "full"]))),
      ", says the TV volume is now at 18 instead of 35. Tinnitus reduced. Cleaning and charging demonstrated. ", noise_line(r), "\n")


# ---------------------------------------------------------------- 27 organ donor registry
def g_donor(r, d):
    p, nok = person(r), person(r)
    a = address(r)
    reg = rdate(r, 2015, 2025)
    if chance(r, 0.55):
        d("<?xml version=\"1.0\"?>\n<DonorRegistration id=\"DR-", reg.year, "-", rs(r, DIG, 7), "\" schemaVersion=\"", version(r).split(" ")[0], "\">\n")
        d("  <Registrant>\n    <Name><Given>", PER(p["g"]), "</Given>")
        if p["m"]:
            d("<Middle>", p["m"], "</Middle>")
        d("<Family>", PER(p["s"]), "</Family></Name>\n    <BirthDate>", DOB(f"{rdob(r, 1940, 2007):%Y-%m-%d}"), "</BirthDate>\n")
        d("    <DriverLicense>", DLN(dl_number(r, a["region"])), "</DriverLicense>\n")
        if chance(r, 0.35):
            d("    <SSN>", SSN(ssn(r, rc(r, [0, 2]))), "</SSN>\n")
        elif chance(r, 0.3):
            d("    <SSNLast4>", rs(r, DIG, 4), "</SSNLast4>\n")
        d("    <Address>\n      <Street>", ADR(a["street"]), "</Street>\n      <City>", LOC(a["city"]), "</City>\n      <State>", LOC(a["region"]),
          "</State>\n      <Zip>", a["pc"], "</Zip>\n    </Address>\n")
        d("    <Email>", EML(email_for(r, p)), "</Email>\n    <Phone>", PHN(phone(r, "US", a)), "</Phone>\n  </Registrant>\n")
        d("  <Decision organs=\"", rc(r, ["all", "kidneys,liver", "all-except-eyes"]), "\" tissues=\"", rc(r, ["true", "false"]),
          "\" research=\"", rc(r, ["true", "false"]), "\"/>\n")
        d("  <RegisteredVia>", rc(r, ["DMV", "BMV", "online", "DonateLife"]), "</RegisteredVia>\n  <RegistrationDate>", DT(f"{reg:%Y-%m-%d}"),
          "</RegistrationDate>\n")
        d("  <NextOfKin><Name>", PER(pname(r, nok, "full")), "</Name><Relationship>", rc(r, ["Spouse", "Parent", "Sibling", "Partner"]),
          "</Relationship><Phone>", PHN(phone(r)), "</Phone></NextOfKin>\n")
        d("  <LastModified>", ts_iso(datetime(reg.year, reg.month, reg.day) + timedelta(days=r.randint(0, 400)), r), "</LastModified>\n</DonorRegistration>\n")
    else:
        d(rc(r, ["Donate Life ", "Organ & Tissue Donor Registry — "]), LOC(STATE_NAMES[a["region"]]), "\n\n")
        d(DT(fmt_date(r, reg, "en", 0)), "\n\n", PER(pname(r, p, rc(r, ["full", "caps", "mid"]))), "\n", ADR(addr_block(r, a, False)), "\n\n")
        d("Dear ", PER(p["g"]), ",\n\nThank you for registering as an organ, eye and tissue donor on ", DT(fmt_date(r, reg, "en", rc(r, [0, 2]))),
          ". Your registration is linked to driver license ", DLN(dl_number(r, a["region"])),
          " and the heart symbol will appear on your next card. Registry ID ", f"{rs(r, UP, 2)}{rs(r, DIG, 8)}", " (this is not a license number).\n\n")
        d("Please talk with your family about your decision. You listed ", PER(pname(r, nok, rc(r, ["full", "g"]))), " (", PHN(phone(r)),
          ") as the person to notify.\nTo update or remove your registration, visit ", URL(f"https://www.registerme.org/{a['region'].lower()}/update?ref=letter"),
          " or call ", PHN(tollfree(r)), ".\n")
        d("\n", noise_line(r), "\n")


# ---------------------------------------------------------------- 28 Zendesk macro + rendered comment
def g_zendesk(r, d):
    cu, ag = person(r), person(r)
    a = address(r, rc(r, ["US", "US", "CA", "GB", "AU"]))
    brand = rc(r, ["Kettle & Crane", "Lumen Goods", "Northpaw Pet Supply", "Bramble Home"])
    tk = r.randint(100000, 999999)
    d("Macro: ", rc(r, ["Refund – damaged item", "Replacement shipped", "Address verification"]), " (id ", rs(r, DIG, 12), ")\n")
    d("Actions: status → pending; tags += refund_damaged; assignee → current user\nComment template:\n")
    d("  Hi {{ticket.requester.first_name}},\n  Thanks for reaching out about order {{ticket.ticket_field_", rs(r, DIG, 9),
      "}}. We'll ship the replacement to {{ticket.requester.address}}.\n  — {{current_user.first_name}}\n\n")
    d("--- Rendered on ticket #", tk, " ---\n")
    d("Hi ", PER(cu["g"]), ",\n\nThanks for reaching out about order ", order_no(r, "ORD"), ". We've issued a refund of $",
      f"{r.uniform(9, 250):.2f}", " to your card ", masked_card(r), " and will ship the replacement to ", ADR(addr_line(r, a, False)),
      " within ", rc(r, ["2 business days", "48 hours", "a week"]), ". If anything looks off, call us at ", PHN(tollfree(r)), ".\n\n— ",
      PER(ag["g"]), "\nCustomer Care, ", brand, "\n\n")
    d("Requester: ", PER(pname(r, cu, rc(r, ["full", "lower", "full"]))), " <", EML(email_for(r, cu)), ">   Phone: ", PHN(phone(r, a["cc"], a)), "\n")
    if chance(r, 0.6):
        d("Customer account: ", ACC(rc(r, [rs(r, DIG, 9), f"C-{rs(r, DIG, 7)}"])), "\n")
    d("\nInternal note (", PER(ag["g"]), "):\n")
    x = r.random()
    if x < 0.25:
        d("Customer read out the full card ", CC(card(r)), " on the call — please scrub the recording!\n")
    elif x < 0.4:
        d("Identity verified with SSN ", SSN(ssn(r)), " and DOB ", DOB(fmt_date(r, rdob(r), "en", rc(r, [1, 2]))),
          " (should have used last four only: ", masked_ssn(r), ").\n")
    elif x < 0.7:
        d("Side conversation:\n[", f"{r.randint(8, 17):02d}:{r.randint(0, 59):02d}", "] ", PER(ag["g"]), ": can you approve the refund?\n[",
          f"{r.randint(8, 17):02d}:{r.randint(0, 59):02d}", "] ", PER(rc(r, GIVEN[rc(r, ORIGINS)])), ": approved, ", noise_line(r), "\n")
    else:
        d("Customer's dog ", rc(r, PETS), " chewed the box; photo attached. Warehouse lot ", rs(r, DIG, 6), ", ", rc(r, RELATIVE), ".\n")
    d("\n$ curl ", URL(f"https://{fold(brand.split()[0])}.zendesk.com/api/v2/tickets/{tk}/comments.json"), " \\\n  -u ",
      EML(email_for(r, ag, fold(brand.split()[0]) + ".com")), "/token:", SEC(generic_secret(r, "zd")), "\n")


# ---------------------------------------------------------------- 29 router admin page
def g_router(r, d):
    own = person(r)
    a = address(r)
    model = rc(r, ["NETGEAR Nighthawk R7000", "TP-Link Archer AX55", "ASUS RT-AX86U", "Linksys EA7500", "Fritz!Box 7590"])
    d(model, " — Router Status   (Firmware ", rc(r, ["V1.0.11.134_10.2.119", "1.1.2 Build 20230510", "3.0.0.4.388_24198", "7.57"]), ")\n\n")
    d("INTERNET\n  MAC Address: ", ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(6)), "\n  IP Address: ", IPA(ipv4(r)),
      "\n  Gateway: ", IPA(ipv4(r)), "\n  DNS: ", IPA(rc(r, ["1.1.1.1", "8.8.8.8", "9.9.9.9"])), ", ", IPA(rc(r, ["1.0.0.1", "8.8.4.4"])), "\n")
    if chance(r, 0.5):
        d("  IPv6: ", IPA(ipv6(r)), "/64\n")
    if chance(r, 0.5):
        d("  Connection: PPPoE   Login: ", EML(f"{username(own)}@{rc(r, ['att.net', 'centurylink.net', 'frontier.com', 't-online.de'])}"),
          "   Password: ", PWD(password(r)), "\n")
    d("  ISP account #: ", ACC(acct(r)), "\n\nWIRELESS\n  SSID: ", rc(r, ["NETGEAR42-5G", "TP-Link_7F3A", "HomeNet", "FRITZ!Box 7590 QX"]),
      "   Security: WPA2-PSK [AES]\n  Passphrase: ", PWD(password(r)), "\n  Guest SSID: Guest-", rs(r, DIG, 3), " (open, ", rc(r, ["2 hours", "24 hours"]), " limit)\n\n")
    d("ATTACHED DEVICES\n #  IP Address       MAC                Device Name\n")
    for k in range(r.randint(3, 7)):
        ip = f"192.168.1.{r.randint(2, 250)}"
        mac = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(6))
        d(f" {k + 1}  ", IPA(ip), " " * (16 - len(ip)), " ", mac, "  ")
        x = r.random()
        if x < 0.35:
            p = person(r) if chance(r, 0.5) else own
            d(PER(p["g"]), rc(r, ["'s iPhone", "'s MacBook Air", "’s Galaxy S23", "'s iPad"]), "\n")
        else:
            d(rc(r, ["DESKTOP-7QK2M1", "Roomba-i7", "Echo-Dot-Kitchen", "Nest-Thermostat", "PS5", "HP-LaserJet", "Chromecast"]), "\n")
    d("\nADMIN\n  Username: admin   Password: ", PWD(password(r)), "\n")
    ddns = f"{fold(own['s'])}-home.{rc(r, ['ddns.net', 'duckdns.org', 'myfritz.net'])}"
    d("  Dynamic DNS: ", ddns, "  (account ", EML(email_for(r, own)), ")\n  Remote management: ", URL(f"https://{ddns}:8443/"), "\n")
    if chance(r, 0.5):
        d("  Product registration: ", PER(pname(r, own, "full")), ", ", ADR(addr_line(r, a, False)), ", ", PHN(phone(r, "US", a)), "\n")
    if chance(r, 0.35):
        d("\nOpenVPN client export (client.ovpn):\nremote ", ddns, " 1194\n<key>\n", PEM(gen_pem(r, "PRIVATE KEY" if chance(r, 0.5) else "EC PRIVATE KEY")), "\n</key>\n")
    t = rdt(r, 2024, 2025, 0, 23)
    d("\nLOGS\n")
    for _ in range(r.randint(2, 4)):
        t = tick(t, r, 30, 4000)
        d("[", rc(r, ["DHCP IP", "Admin login", "LAN access from remote", "Internet connected"]), ": ", IPA(rc(r, [ipv4(r), f"192.168.1.{r.randint(2, 250)}"])),
          "] ", f"{WEEKDAYS['en'][t.weekday()]}, {MONTHS['en'][t.month - 1][:3]} {t.day:02d},{t.year} {t:%H:%M:%S}", "\n")


# =============================================================================
# Registry, generation, validation, CLI
# =============================================================================
DOMAINS = [
    ("occupational_drug_test_ccf", g_ccf),
    ("dialysis_run_sheet", g_dialysis),
    ("optometry_prescription", g_optometry),
    ("ivf_fertility_note", g_ivf),
    ("visa_application_form", g_visa),
    ("consular_appointment_letter", g_consular),
    ("cruise_manifest", g_cruise),
    ("ski_patrol_incident", g_ski),
    ("event_ticketing_export", g_ticketing),
    ("coworking_member_directory", g_coworking),
    ("church_contribution_statement", g_church),
    ("hoa_violation_notice", g_hoa),
    ("parking_citation_appeal", g_parking),
    ("toll_account_statement", g_toll),
    ("ev_charging_session", g_ev),
    ("smart_home_log", g_smarthome),
    ("mdm_device_inventory", g_mdm),
    ("idp_signin_log", g_signin),
    ("stripe_webhook", g_stripe),
    ("twilio_log", g_twilio),
    ("pagerduty_timeline", g_pagerduty),
    ("postgres_slow_query_log", g_postgres),
    ("redis_monitor", g_redis),
    ("graphql_request_log", g_graphql),
    ("eu_medical_letter", g_medletter),
    ("hearing_aid_fitting", g_hearing),
    ("organ_donor_registry", g_donor),
    ("zendesk_macro_ticket", g_zendesk),
    ("router_admin_page", g_router),
]


def make_doc(seed, i):
    r = random.Random(f"{seed}-{i}")
    name, fn = DOMAINS[r.randrange(len(DOMAINS))]
    neg = r.random() < NEG_RATE
    for _ in range(60):
        d = Doc(r, neg)
        fn(r, d)
        text = d.text()
        if MIN_LEN <= len(text) <= MAX_LEN and (neg or d.ents):
            return {"id": f"blind16-{seed}-{i:06d}", "domain": name, "text": text, "entities": d.ents}
    raise RuntimeError(f"could not build doc {seed}-{i} ({name}) within length bounds")


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# ---------------------------------------------------------------- validation
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
CARDLIKE_RE = re.compile(r"(?<![\w.])(?:\d[ -]?){12,18}\d(?![\w.])")
IBANLIKE_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SSNLIKE_RE = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
URL_RE = re.compile(r"https?://[^\s\"'<>)]+")
IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")


def _outside(spans, s, e):
    return all(e <= a or s >= b for a, b in spans)


def validate(doc):
    errs = []
    text, ents = doc["text"], doc["entities"]
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        errs.append(f"length {len(text)}")
    prev_end = -1
    prev_start = -1
    for e in ents:
        s, t, ty = e["start"], e["end"], e["type"]
        if ty not in TYPES:
            errs.append(f"type {ty}")
        if not (0 <= s < t <= len(text)):
            errs.append(f"bounds {e}")
            continue
        if s < prev_start:
            errs.append(f"order {e}")
        if s < prev_end:
            errs.append(f"overlap {e}")
        prev_end, prev_start = t, s
        v = text[s:t]
        if v != v.strip():
            errs.append(f"whitespace {v!r}")
        if v[-1] in ".,;:" and ty not in ("PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET", "AWS_SECRET_KEY"):
            errs.append(f"trailing punctuation {ty} {v!r}")
        if ty not in ("PASSWORD", "GENERIC_SECRET", "AWS_SECRET_KEY"):
            if v[0] in "\"'[<" or v[-1] in "\"']>" or v.count("(") != v.count(")"):
                errs.append(f"bracket/quote edge {ty} {v!r}")
        if ty == "CREDIT_CARD":
            digits = re.sub(r"[ -]", "", v)
            if not digits.isdigit() or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
                errs.append(f"card {v!r}")
        elif ty == "IBAN_CODE" and not iban_ok(v):
            errs.append(f"iban {v!r}")
        elif ty == "US_SSN" and not ssn_ok(v):
            errs.append(f"ssn {v!r}")
        elif ty == "AWS_ACCESS_KEY" and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v):
            errs.append(f"aws ak {v!r}")
        elif ty == "AWS_SECRET_KEY" and len(v) != 40:
            errs.append(f"aws sk {v!r}")
        elif ty == "JWT" and (v.count(".") != 2 or not v.startswith("eyJ")):
            errs.append(f"jwt {v!r}")
        elif ty == "PRIVATE_KEY" and not (v.startswith("-----BEGIN ") and v.endswith("-----") and "-----END " in v):
            errs.append(f"pem {v[:30]!r}")
        elif ty == "EMAIL_ADDRESS" and not EMAIL_RE.fullmatch(v):
            errs.append(f"email {v!r}")
        elif ty == "URL" and not URL_RE.fullmatch(v):
            errs.append(f"url {v!r}")
        elif ty == "STRIPE_KEY" and not re.match(r"(sk|rk)_live_", v):
            errs.append(f"stripe {v!r}")
        elif ty == "GITHUB_TOKEN" and not re.match(r"(gh[pousr]_|github_pat_)", v):
            errs.append(f"github {v!r}")
        elif ty == "SLACK_TOKEN" and not re.match(r"xox[abp]-", v):
            errs.append(f"slack {v!r}")
    # self-consistency: things that look like labelled types must not be left unlabelled
    spans = [(e["start"], e["end"]) for e in ents]
    for m in EMAIL_RE.finditer(text):
        if _outside(spans, m.start(), m.end()):
            errs.append(f"unlabelled email {m.group()!r}")
    for m in CARDLIKE_RE.finditer(text):
        dg = re.sub(r"[ -]", "", m.group())
        if 15 <= len(dg) <= 16 and dg[0] in "3456" and luhn_ok(dg) and _outside(spans, m.start(), m.end()):
            if not (len(dg) == 15 and dg[:2] in ("35", "86", "01")):  # IMEIs are Luhn-valid by design
                errs.append(f"unlabelled Luhn-valid card {m.group()!r}")
    for m in IBANLIKE_RE.finditer(text):
        if iban_ok(m.group()) and _outside(spans, m.start(), m.end()):
            errs.append(f"unlabelled valid IBAN {m.group()!r}")
    for m in SSNLIKE_RE.finditer(text):
        if ssn_ok(m.group()) and _outside(spans, m.start(), m.end()):
            errs.append(f"unlabelled valid SSN {m.group()!r}")
    for m in URL_RE.finditer(text):
        if _outside(spans, m.start(), m.end()):
            errs.append(f"unlabelled url {m.group()!r}")
    for m in IPV4_RE.finditer(text):
        if _outside(spans, m.start(), m.end()):
            errs.append(f"unlabelled ipv4 {m.group()!r}")
    return errs


def run_check(n=3000, seed=0):
    types, domains, dom_neg = Counter(), Counter(), Counter()
    bad = 0
    negs = 0
    lens = []
    for doc in generate(n, seed):
        errs = validate(doc)
        if errs:
            bad += 1
            if bad <= 15:
                print(f"[FAIL] {doc['id']} ({doc['domain']}): {errs[:4]}")
        domains[doc["domain"]] += 1
        if not doc["entities"]:
            negs += 1
            dom_neg[doc["domain"]] += 1
        for e in doc["entities"]:
            types[e["type"]] += 1
        lens.append(len(doc["text"]))
    # determinism / purity: doc i must not depend on n or on generation order
    for i in (0, 7, 123, n - 1):
        a = make_doc(seed, i)
        b = list(generate(i + 1, seed))[-1]
        if a != b or json.dumps(a, sort_keys=True) != json.dumps(make_doc(seed, i), sort_keys=True):
            bad += 1
            print(f"[FAIL] non-deterministic doc {i}")
    print(f"checked {n} docs (seed={seed}): {n - bad if bad <= n else 0} ok, {bad} failing")
    print(f"negatives (no entities): {negs} ({100.0 * negs / n:.1f}%)   text length min/avg/max: "
          f"{min(lens)}/{sum(lens) // len(lens)}/{max(lens)}   total entities: {sum(types.values())}")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:<24}{types[t]:>7}")
    print("\nper-domain counts (docs / negatives):")
    for name, _ in DOMAINS:
        print(f"  {name:<32}{domains[name]:>6} / {dom_neg[name]}")
    missing = [t for t in TYPES if not types[t]]
    if missing:
        print("missing types:", missing)
    return bad == 0 and not missing


def show(doc):
    print("=" * 100)
    print(f"{doc['id']}  domain={doc['domain']}  len={len(doc['text'])}  entities={len(doc['entities'])}")
    print("-" * 100)
    print(doc["text"])
    print("-" * 100)
    for e in doc["entities"]:
        v = doc["text"][e["start"]:e["end"]]
        print(f"  [{e['start']:>5},{e['end']:>5}) {e['type']:<22} {v!r}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate 3000 docs and print counts")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K docs with spans")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        ok = run_check(3000, a.seed)
        return 0 if ok else 1
    if a.sample:
        for doc in generate(a.sample, a.seed):
            show(doc)
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
