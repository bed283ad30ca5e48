"""Blind labelled corpus #55 -- logistics: shipping, freight, customs, couriers, warehouses, ports, dispatch.

Synthetic documents from the world of moving goods: courier delivery notices and
SMS, freight-forwarding quote requests, customs declarations and broker letters,
bills of lading and air waybills (some OCR-ish), EDI (X12 214, EDIFACT IFTMIN),
carrier booking / tracking JSON, warehouse management configs and logs, port gate
logs, driver dispatch chats and onboarding forms, occupational-health records of
drivers and warehouse staff (HL7, FHIR), route sheets, invoices, tickets, LLM
prompts pasting customer data, and more -- about a quarter of them in German,
French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Turkish or
romanized Japanese.  Roughly one document in eight carries no entity at all but
is full of hard negatives (tracking / container / booking numbers, HS codes,
LOCODEs, log timestamps, versions, amounts, plates, VINs).

Usage: python3 corpus_blind55.py --check | --sample K [--seed S] | --n N --seed S --output F.jsonl

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
import binascii
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import zlib
from collections import Counter

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
SECRET_TYPES = {
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
}

# ---------------------------------------------------------------------------
# Builder: appends text and records spans as it goes (never searches afterwards)
# ---------------------------------------------------------------------------

_FMT = string.Formatter()


class Builder:
    """Accumulates text; labelled pieces are recorded with their offsets."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._n = 0
        self.spans: list[tuple[int, int, str]] = []

    def t(self, *xs: str) -> "Builder":
        for x in xs:
            self._parts.append(x)
            self._n += len(x)
        return self

    def e(self, typ: str | None, s: str) -> "Builder":
        if not typ:
            return self.t(s)
        start = self._n
        self.t(s)
        self.spans.append((start, self._n, typ))
        return self

    def add(self, v) -> "Builder":
        """v: str (plain) | (text, TYPE) | (text, TYPE, 'raw') | list of those."""
        if v is None:
            return self
        if isinstance(v, str):
            return self.t(v)
        if isinstance(v, tuple):
            return self.e(v[1], v[0])
        for x in v:
            self.add(x)
        return self

    def f(self, tpl: str, **kw) -> "Builder":
        """Template with {field} placeholders; each value goes through add()."""
        for lit, field, _spec, _conv in _FMT.parse(tpl):
            if lit:
                self.t(lit)
            if field is not None:
                self.add(kw[field])
        return self

    def __len__(self) -> int:
        return self._n

    def text(self) -> str:
        return "".join(self._parts)

    def entities(self) -> list[dict]:
        return [{"start": s, "end": e, "type": t} for s, e, t in sorted(self.spans)]


def E(typ, s):
    return (s, typ)


def P(s):
    return (s, "PERSON")


def LOC(s):
    return (s, "LOCATION")


def ADR(s):
    return (s, "ADDRESS")


def PH(s):
    return (s, "PHONE_NUMBER")


def EM(s):
    return (s, "EMAIL_ADDRESS")


def DT(s):
    return (s, "DATE_TIME")


def DOB(s):
    return (s, "DATE_OF_BIRTH")


def URL(s):
    return (s, "URL")


def IP(s):
    return (s, "IP_ADDRESS")


def ACC(s):
    return (s, "ACCOUNT_NUMBER")


def PW(s):
    return (s, "PASSWORD")


def GS(s):
    return (s, "GENERIC_SECRET")


def jemit(b: Builder, obj, ind: int = 2, lvl: int = 0) -> None:
    """Emit JSON; leaves given as (text, TYPE) tuples are labelled inside the quotes."""
    nl = "\n" if ind else ""
    pad = " " * (ind * lvl)
    pad1 = " " * (ind * (lvl + 1))
    colon = ": " if ind else ":"
    if isinstance(obj, dict):
        if not obj:
            b.t("{}")
            return
        b.t("{" + nl)
        items = list(obj.items())
        for k, (key, v) in enumerate(items):
            b.t(pad1 + json.dumps(key, ensure_ascii=False) + colon)
            jemit(b, v, ind, lvl + 1)
            if k < len(items) - 1:
                b.t(",")
            b.t(nl)
        b.t(pad + "}")
    elif isinstance(obj, list):
        if not obj:
            b.t("[]")
            return
        b.t("[" + nl)
        for k, v in enumerate(obj):
            b.t(pad1)
            jemit(b, v, ind, lvl + 1)
            if k < len(obj) - 1:
                b.t(",")
            b.t(nl)
        b.t(pad + "]")
    elif isinstance(obj, tuple):
        text, typ = obj[0], obj[1]
        if len(obj) > 2 and obj[2] == "raw":
            b.e(typ, text)
        else:
            enc = json.dumps(text, ensure_ascii=False)
            if enc[1:-1] != text:
                raise ValueError(f"labelled JSON value needs escaping: {text!r}")
            b.t('"')
            b.e(typ, text)
            b.t('"')
    else:
        b.t(json.dumps(obj, ensure_ascii=False))


def csv_row(b: Builder, vals, sep: str = ",") -> None:
    for k, v in enumerate(vals):
        if k:
            b.t(sep)
        text, typ = (v[0], v[1]) if isinstance(v, tuple) else (v, None)
        if sep == "," and any(ch in text for ch in ',"\n'):
            if '"' in text and typ:
                raise ValueError("labelled CSV value with quote")
            b.t('"')
            b.e(typ, text.replace('"', '""'))
            b.t('"')
        else:
            b.e(typ, text)
    b.t("\n")


# ---------------------------------------------------------------------------
# Data pools
# ---------------------------------------------------------------------------

NAMES = {
    "us": ("James Mary Robert Patricia Michael Jennifer DeShawn Latoya Tyler Brittany Marcus Keisha "
           "Dakota Ezekiel Harper Jamal Rosalind Cletus Bethany Wyatt Imani Garrett Shelby Tobias "
           "Darnell Kimberly Travis Destiny Raylan Odessa",
           "Johnson Williams Brown Jones Miller Davis Washington Jefferson Thibodeaux McAllister "
           "Holloway Castellano Pruitt Whitfield Blackwood Rutherford Yazzie Begay Lockhart Abernathy "
           "Kowalczyk Delgado Hendricks Fairbanks Stroud Valentine Pickett Mayweather Quinlan Ostrander"),
    "gb": ("Oliver Amelia Harry Isla George Poppy Alfie Imogen Rhys Siobhan Callum Niamh Hamish Eilidh "
           "Dylan Ffion Barnaby Tamsin Graham Nigel Gwen Lachlan",
           "Smith Taylor Evans Thomas Roberts Walker Wright Hughes Edwards Pemberton Featherstonehaugh "
           "Llewellyn MacLeod Fairweather Ashworth Braithwaite O'Connell Cholmondeley Greenhalgh "
           "Pennington Whitworth Ogilvie"),
    "de": ("Jürgen Sabine Lukas Anna Maximilian Lea Björn Ingrid Friedrich Mareike Torsten Henrike "
           "Detlef Ute Kai Wiebke Gottlieb Rüdiger Hannelore Volker Svenja Klaus-Dieter",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Krüger Großmann "
           "Oberhäuser Pfeiffer Zimmermann Brandstätter Kleinschmidt Wöhrle Habermann Ostendorf "
           "Vogelsang Rautenberg"),
    "fr": ("Jean-Luc Camille Élodie Mathieu Amélie Théo Chloé Benoît Margaux Anaïs Gaëtan Solène "
           "Yannick Ségolène Aurélien Maëlle Hervé Brigitte Loïc Océane",
           "Dubois Lefèvre Moreau Laurent Girard Fontaine Rousseau Chevalier Lemaire Beaumont Delacroix "
           "Vasseur Le Goff Duchêne Marchetti Tessier Brochard Kerouac Lebrun Poiret"),
    "es": ("José María Alejandro Lucía Javier Carmen Sergio Nuria Íñigo Montserrat Álvaro Rocío "
           "Xabier Begoña Guillermo Inmaculada Jorge Pilar",
           "García Fernández López Martínez Sánchez Pérez Gómez Ruiz Hernández Jiménez Echeverría "
           "Zubizarreta Villanueva Olabarrieta Castro Rey Iglesias Moreno Arrieta Cifuentes"),
    "it": ("Giuseppe Giulia Marco Francesca Alessandro Chiara Lorenzo Federica Salvatore Ilaria "
           "Gianluca Benedetta Ottavio Mirella Carmine Rosalba",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
           "De Luca Mancini Lombardi Squillace Abbate Lo Iacono Cavallaro"),
    "pt": ("João Ana Pedro Beatriz Tiago Inês Rui Leonor Duarte Mafalda Gonçalo Matilde",
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Carvalho Gonçalves "
           "Almeida Magalhães Figueiredo Vasconcelos Quaresma"),
    "br": ("Thiago Larissa Gustavo Juliana Rafael Fernanda Caio Luana Wesley Thaís Vitória Anderson "
           "Raimunda Cleiton",
           "Silva Santos Oliveira Souza Lima Nascimento Barbosa Ribeiro Cavalcanti Araújo Teixeira "
           "Monteiro Bezerra Damasceno"),
    "nl": ("Daan Sanne Bram Femke Joost Lieke Maarten Anouk Sjoerd Marloes Wouter Ilse Gerrit Fenna "
           "Thijs Nienke",
           "de Jong Jansen de Vries van den Berg van Dijk Bakker Visser Smit Meijer de Boer Mulder Bos "
           "Vos van der Meulen Hoekstra Dijkstra Brouwer Kuiper"),
    "pl": ("Piotr Anna Krzysztof Agnieszka Tomasz Małgorzata Paweł Katarzyna Łukasz Zofia Grzegorz "
           "Joanna Wojciech Jadwiga Zbigniew Bożena Mirosław Urszula",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
           "Woźniak Dąbrowski Kozłowski Jankowska Mazur Krawczyk Przybylski Szczęsny Grzybowska "
           "Pietrzak Chmielewska"),
    "se": ("Erik Astrid Lars Ingrid Johan Maja Anders Sigrid Björn Elsa Gunnar Linnéa Oskar Saga "
           "Torbjörn Ebba",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Lindqvist Bergström "
           "Lindgren Sjöberg Åkesson Holmqvist Wallin Ekström Norberg Hägglund"),
    "tr": ("Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Oğuz Şule Çağlar Gökhan Yasemin Serkan "
           "İlkay Deniz Hüseyin Gülay",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
           "Aslan Çetin Karagöz Erdoğdu Tekin"),
    "jp": ("Hiroshi Yuki Takeshi Aiko Kenji Haruka Daisuke Sakura Ryota Emi Shinji Noriko Kazuhiro "
           "Mayumi Tsubasa Chiyo",
           "Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
           "Sasaki Matsumoto Inoue Hasegawa Kuroda Fujiwara Ogasawara"),
    "cn": ("Wei Fang Lei Jun Hao Jing Zhiwei Yan Xiaoming Meiling Lina Jiahui",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Guo Ma"),
    "in": ("Priya Rahul Ananya Arjun Sneha Vikram Kavya Rohan Deepika Siddharth Lakshmi Venkatesh "
           "Harpreet Gurdeep",
           "Sharma Patel Iyer Reddy Nair Gupta Chatterjee Menon Bhattacharya Krishnan Deshpande "
           "Subramanian Sandhu Venkataraman"),
    "ar": ("Omar Fatima Youssef Layla Khalid Amira Tariq Noor Hassan Samira Karim Rania",
           "Haddad Al-Farsi Mansour El-Amin Nasser Khoury Saleh Aziz Hamdan Qureshi Al-Rashid Boutros"),
    "ng": ("Chinedu Ngozi Oluwaseun Adaeze Babajide Funmilayo Emeka Chiamaka Tunde Yetunde Obinna Folake",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Oyelaran Adebayo Chukwu Ogunleye Afolabi Nnamdi"),
    "vn": ("Minh Lan Tuấn Hương Quang Thảo Bảo Ngọc",
           "Nguyễn Trần Lê Phạm Hoàng Võ Đặng Bùi"),
    "kr": ("Min-jun Seo-yeon Ji-hoon Ha-eun Dong-hyun Soo-ah",
           "Kim Lee Park Choi Jung Kang Yoon Han"),
    "gr": ("Dimitrios Eleni Konstantinos Georgia Nikolaos Athanasia Spyros",
           "Papadopoulos Georgiou Karagiannis Vlachos Oikonomou Christodoulou Antonakos"),
    "mx": ("Xóchitl Guadalupe Ximena Cuauhtémoc Itzel Jesús Rigoberto Dulce Eréndira",
           "Ramírez Cervantes Villalobos Tzompa Quintero Espinoza Zapata Huerta Ocampo"),
    "fi": ("Aino Väinö Eero Tuula Jussi Kaisa", "Virtanen Korhonen Mäkinen Heikkinen Lehtonen Hämäläinen"),
    "ke": ("Wanjiru Kamau Achieng Otieno Njeri Kiplagat", "Mwangi Odhiambo Kiprotich Wambui Kariuki Chebet"),
}
# multi-word surnames ("de Jong", "Le Goff") are re-joined when the pools are split below.
_MULTI = {"de Jong", "de Vries", "van den Berg", "van Dijk", "de Boer", "van der Meulen",
          "Le Goff", "De Luca", "Lo Iacono", "Castro Rey"}


def _split_names(s: str) -> list[str]:
    out, toks, k = [], s.split(), 0
    while k < len(toks):
        for w in (3, 2):
            cand = " ".join(toks[k:k + w])
            if cand in _MULTI:
                out.append(cand)
                k += w
                break
        else:
            out.append(toks[k])
            k += 1
    return out


NAME_POOLS = {c: (_split_names(f), _split_names(l)) for c, (f, l) in NAMES.items()}
FAMILY_FIRST = {"jp", "cn", "kr", "vn"}
ALL_CULTURES = list(NAME_POOLS)

# --- places ---------------------------------------------------------------
US_CITIES = [("Memphis", "TN", "381"), ("Louisville", "KY", "402"), ("Chicago", "IL", "606"),
             ("Laredo", "TX", "780"), ("Savannah", "GA", "314"), ("Newark", "NJ", "071"),
             ("Long Beach", "CA", "908"), ("Columbus", "OH", "432"), ("Reno", "NV", "895"),
             ("Allentown", "PA", "181"), ("Indianapolis", "IN", "462"), ("Joliet", "IL", "604"),
             ("Tacoma", "WA", "984"), ("Charleston", "SC", "294"), ("El Paso", "TX", "799"),
             ("Ontario", "CA", "917"), ("Kansas City", "MO", "641"), ("Atlanta", "GA", "303"),
             ("Dallas", "TX", "752"), ("Portland", "OR", "972"), ("Edison", "NJ", "088"),
             ("Fresno", "CA", "937"), ("Boise", "ID", "837"), ("Duluth", "MN", "558"),
             ("Baton Rouge", "LA", "708"), ("Greensboro", "NC", "274"), ("Omaha", "NE", "681")]
US_STREETS = ["Maple", "Oak", "Industrial", "Commerce", "Riverside", "Cedar", "Airport", "Harbor",
              "Lincoln", "Washington", "Elm", "Pine", "Willow", "Distribution", "Freight", "Sycamore",
              "Magnolia", "Pleasant", "Hickory", "Walnut", "Depot", "Tchoupitoulas", "Wolf Creek",
              "Lamar", "Summer Grove", "Old Hickory"]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Way", "Pkwy", "Ct"]
US_STATES_FULL = {"TN": "Tennessee", "KY": "Kentucky", "IL": "Illinois", "TX": "Texas", "GA": "Georgia",
                  "NJ": "New Jersey", "CA": "California", "OH": "Ohio", "NV": "Nevada", "PA": "Pennsylvania",
                  "IN": "Indiana", "WA": "Washington", "SC": "South Carolina", "MO": "Missouri",
                  "OR": "Oregon", "ID": "Idaho", "MN": "Minnesota", "LA": "Louisiana", "NC": "North Carolina",
                  "NE": "Nebraska"}

GB_CITIES = [("London", ["E14", "SE10", "NW1", "W6", "EC1V", "E16"]), ("Manchester", ["M1", "M4", "M15"]),
             ("Birmingham", ["B1", "B5", "B7"]), ("Felixstowe", ["IP11"]), ("Southampton", ["SO14", "SO15"]),
             ("Leeds", ["LS1", "LS9"]), ("Glasgow", ["G1", "G40"]), ("Bristol", ["BS1", "BS2"]),
             ("Liverpool", ["L1", "L3", "L20"]), ("Daventry", ["NN11"]), ("Milton Keynes", ["MK1", "MK9"])]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Dock Road", "Victoria Street", "Mill Lane",
              "Queens Road", "Park Avenue", "Wharf Street", "Canal Side", "Ropewalk", "Tithebarn Street",
              "Brunswick Dock Road", "Cromwell Crescent"]

DE_CITIES = [("Hamburg", "2"), ("Berlin", "1"), ("München", "8"), ("Köln", "5"), ("Frankfurt am Main", "6"),
             ("Bremen", "28"), ("Duisburg", "47"), ("Leipzig", "04"), ("Stuttgart", "70"), ("Nürnberg", "90"),
             ("Hannover", "30"), ("Dortmund", "44"), ("Kassel", "34"), ("Mannheim", "68"), ("Bremerhaven", "27")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Am Hafen", "Industriestraße", "Schillerstraße",
              "Goethestraße", "Kaiserkai", "Gartenstraße", "Mühlenweg", "Lagerstraße", "Hafenstraße",
              "Friedrichstraße", "Birkenallee", "Am Sandtorkai", "Zollstraße", "Speditionstraße"]

FR_CITIES = [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Le Havre", "76"), ("Lille", "59"),
             ("Toulouse", "31"), ("Bordeaux", "33"), ("Nantes", "44"), ("Strasbourg", "67"),
             ("Roissy-en-France", "95"), ("Rungis", "94"), ("Dunkerque", "59"), ("Rouen", "76")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue du Port",
              "quai de la Fosse", "rue des Entrepôts", "chemin des Vignes", "allée des Tilleuls",
              "rue Victor Hugo", "impasse des Lilas", "route de Lyon", "rue de la Douane"]

ES_CITIES = [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Zaragoza", "50"),
             ("Bilbao", "48"), ("Algeciras", "11"), ("Málaga", "29"), ("Vigo", "36"), ("Murcia", "30")]
ES_STREETS = ["Calle Mayor", "Calle de Alcalá", "Avenida del Puerto", "Calle Sierpes", "Paseo de la Castellana",
              "Calle San Vicente", "Avenida de Andalucía", "Calle Larios", "Calle del Almirante", "Ronda de Triana"]

IT_CITIES = [("Milano", "20", "MI"), ("Genova", "16", "GE"), ("Roma", "00", "RM"), ("Napoli", "80", "NA"),
             ("Torino", "10", "TO"), ("Bologna", "40", "BO"), ("La Spezia", "19", "SP"), ("Verona", "37", "VR"),
             ("Trieste", "34", "TS"), ("Livorno", "57", "LI"), ("Bari", "70", "BA")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Buenos Aires", "Via del Porto", "Viale Certosa",
              "Via Mazzini", "Via Emilia", "Via dei Mille", "Lungomare Canepa", "Via Nazionale", "Via Aurelia"]

PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Sines", "7"), ("Braga", "4"), ("Setúbal", "2"),
             ("Coimbra", "3"), ("Aveiro", "3")]
PT_STREETS = ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Comércio",
              "Travessa do Carmo", "Avenida dos Aliados", "Rua das Flores"]
BR_CITIES = [("São Paulo", "SP", "0"), ("Santos", "SP", "11"), ("Rio de Janeiro", "RJ", "2"),
             ("Curitiba", "PR", "8"), ("Belo Horizonte", "MG", "3"), ("Porto Alegre", "RS", "9"),
             ("Recife", "PE", "5"), ("Manaus", "AM", "69"), ("Campinas", "SP", "13")]
BR_STREETS = ["Rua das Flores", "Avenida Paulista", "Rua da Consolação", "Avenida Atlântica",
              "Rua Oscar Freire", "Rua Augusta", "Avenida Brasil", "Rua do Porto"]
BR_BAIRROS = ["Centro", "Jardins", "Vila Mariana", "Boqueirão", "Copacabana", "Batel", "Savassi", "Moinhos de Vento"]

NL_CITIES = ["Amsterdam", "Rotterdam", "Venlo", "Utrecht", "Eindhoven", "Tilburg", "Den Haag", "Groningen",
             "Zwolle", "Breda", "Nijmegen"]
NL_STREETS = ["Keizersgracht", "Waalhaven Zuidzijde", "Stationsplein", "Kerkstraat", "Molenweg", "Havenstraat",
              "Prinsengracht", "Dorpsstraat", "Laan van Meerdervoort", "Distributieweg", "Marconistraat"]

PL_CITIES = [("Warszawa", "0"), ("Gdańsk", "80"), ("Gdynia", "81"), ("Kraków", "3"), ("Wrocław", "5"),
             ("Poznań", "6"), ("Łódź", "9"), ("Szczecin", "7"), ("Stryków", "95"), ("Katowice", "40")]
PL_STREETS = ["Marszałkowska", "Długa", "Piotrkowska", "Portowa", "Świętojańska", "Mickiewicza",
              "Kościuszki", "Logistyczna", "Polna", "Grunwaldzka", "Magazynowa"]

SE_CITIES = [("Stockholm", "1"), ("Göteborg", "4"), ("Malmö", "2"), ("Jönköping", "55"), ("Helsingborg", "25"),
             ("Uppsala", "75"), ("Örebro", "70"), ("Norrköping", "60")]
SE_STREETS = ["Storgatan", "Drottninggatan", "Hamngatan", "Kungsgatan", "Industrivägen", "Sveavägen",
              "Lagergatan", "Järnvägsgatan", "Terminalvägen", "Hamnvägen"]

TR_PLACES = [("İstanbul", "Kadıköy", "347"), ("İstanbul", "Tuzla", "349"), ("İzmir", "Konak", "352"),
             ("Mersin", "Akdeniz", "331"), ("Ankara", "Çankaya", "066"), ("Bursa", "Nilüfer", "161"),
             ("Kocaeli", "Gebze", "414"), ("Antalya", "Muratpaşa", "070")]
TR_MAH = ["Caferağa", "Atatürk", "Cumhuriyet", "Yalı", "Fatih", "Aydınlı", "Barbaros", "İstiklal"]
TR_STREETS = ["Moda Cad.", "İnönü Sok.", "Bağdat Cad.", "Liman Yolu", "Gül Sok.", "Menekşe Sok.", "Cumhuriyet Blv."]

JP_PLACES = [("Tokyo", "Shibuya-ku", "150", ["Jingumae", "Sendagaya", "Ebisu"]),
             ("Tokyo", "Koto-ku", "135", ["Ariake", "Shinkiba", "Toyosu"]),
             ("Osaka", "Kita-ku", "530", ["Umeda", "Nakanoshima"]),
             ("Yokohama", "Naka-ku", "231", ["Honcho", "Yamashitacho"]),
             ("Nagoya", "Minato-ku", "455", ["Kinjofuto", "Irifune"]),
             ("Kobe", "Chuo-ku", "650", ["Kaigandori", "Minatojima"]),
             ("Fukuoka", "Hakata-ku", "812", ["Hakataekimae", "Okihamamachi"])]

PORT_CITIES = ["Shanghai", "Ningbo", "Shenzhen", "Singapore", "Busan", "Port Klang", "Jebel Ali", "Dubai",
               "Mumbai", "Colombo", "Durban", "Mombasa", "Lagos", "Santos", "Callao", "Manzanillo",
               "Veracruz", "Vancouver", "Montreal", "Halifax", "Antwerp", "Le Havre", "Felixstowe",
               "Piraeus", "Gdańsk", "Gothenburg", "Hamburg", "Bremerhaven", "Rotterdam", "Valencia",
               "Algeciras", "Genoa", "Mersin", "Yokohama", "Ho Chi Minh City", "Haiphong", "Kaohsiung",
               "Tanjung Pelepas", "Chittagong", "Karachi", "Tangier", "Savannah", "Long Beach", "Qingdao",
               "Xiamen", "Laem Chabang", "Jeddah", "Salalah", "Cartagena", "Lomé"]
PORT_COUNTRY = {"Shanghai": "China", "Ningbo": "China", "Shenzhen": "China", "Singapore": "Singapore",
                "Busan": "South Korea", "Port Klang": "Malaysia", "Jebel Ali": "United Arab Emirates",
                "Dubai": "United Arab Emirates", "Mumbai": "India", "Colombo": "Sri Lanka",
                "Durban": "South Africa", "Mombasa": "Kenya", "Lagos": "Nigeria", "Santos": "Brazil",
                "Callao": "Peru", "Manzanillo": "Mexico", "Veracruz": "Mexico", "Vancouver": "Canada",
                "Montreal": "Canada", "Halifax": "Canada", "Antwerp": "Belgium", "Le Havre": "France",
                "Felixstowe": "United Kingdom", "Piraeus": "Greece", "Gdańsk": "Poland",
                "Gothenburg": "Sweden", "Hamburg": "Germany", "Bremerhaven": "Germany",
                "Rotterdam": "Netherlands", "Valencia": "Spain", "Algeciras": "Spain", "Genoa": "Italy",
                "Mersin": "Türkiye", "Yokohama": "Japan", "Ho Chi Minh City": "Vietnam", "Haiphong": "Vietnam",
                "Kaohsiung": "Taiwan", "Tanjung Pelepas": "Malaysia", "Chittagong": "Bangladesh",
                "Karachi": "Pakistan", "Tangier": "Morocco", "Savannah": "USA", "Long Beach": "USA",
                "Qingdao": "China", "Xiamen": "China", "Laem Chabang": "Thailand", "Jeddah": "Saudi Arabia",
                "Salalah": "Oman", "Cartagena": "Colombia", "Lomé": "Togo"}
LOCODES = ["CNSHA", "CNNGB", "CNYTN", "SGSIN", "KRPUS", "MYPKG", "AEJEA", "INNSA", "LKCMB", "ZADUR",
           "KEMBA", "BRSSZ", "PECLL", "MXZLO", "CAVAN", "BEANR", "FRLEH", "GBFXT", "GRPIR", "PLGDN",
           "SEGOT", "DEHAM", "DEBRV", "NLRTM", "ESVLC", "ESALG", "ITGOA", "TRMER", "JPYOK", "VNSGN",
           "TWKHH", "USSAV", "USLGB", "USNYC", "MATNG"]
PORT_LOCODE = {"Shanghai": "CNSHA", "Ningbo": "CNNGB", "Shenzhen": "CNSZX", "Singapore": "SGSIN", "Busan": "KRPUS",
               "Port Klang": "MYPKG", "Jebel Ali": "AEJEA", "Colombo": "LKCMB", "Durban": "ZADUR", "Mombasa": "KEMBA",
               "Santos": "BRSSZ", "Callao": "PECLL", "Manzanillo": "MXZLO", "Vancouver": "CAVAN", "Antwerp": "BEANR",
               "Le Havre": "FRLEH", "Felixstowe": "GBFXT", "Piraeus": "GRPIR", "Gdańsk": "PLGDN", "Gothenburg": "SEGOT",
               "Hamburg": "DEHAM", "Bremerhaven": "DEBRV", "Rotterdam": "NLRTM", "Valencia": "ESVLC",
               "Algeciras": "ESALG", "Genoa": "ITGOA", "Mersin": "TRMER", "Yokohama": "JPYOK",
               "Ho Chi Minh City": "VNSGN", "Kaohsiung": "TWKHH", "Savannah": "USSAV", "Long Beach": "USLGB",
               "Tangier": "MAPTM"}
IATA = ["FRA", "LHR", "CDG", "AMS", "JFK", "ORD", "MEM", "SDF", "LEJ", "CGN", "HKG", "PVG", "NRT", "DXB",
        "IST", "MAD", "MXP", "WAW", "ARN", "GRU", "ICN", "SIN", "LAX", "ATL", "LGG", "BCN", "VIE"]
COUNTRIES = ["Germany", "China", "Vietnam", "India", "Brazil", "Mexico", "Türkiye", "Poland", "Sweden",
             "Japan", "South Korea", "Netherlands", "Belgium", "Spain", "Italy", "France", "United Kingdom",
             "United States", "Canada", "Kenya", "Nigeria", "South Africa", "Morocco", "Egypt", "Chile",
             "Peru", "Malaysia", "Thailand", "Indonesia", "Bangladesh", "Pakistan", "Portugal", "Austria",
             "Czech Republic", "Hungary", "Romania", "Taiwan", "Cambodia", "Ethiopia", "Ghana"]
REGIONS = ["Bavaria", "Catalonia", "Lombardy", "Flanders", "Guangdong", "Zhejiang", "Ontario", "Texas",
           "Andalusia", "Silesia", "Skåne", "Anatolia", "Kansai", "Normandy", "Brittany", "Westphalia",
           "Gujarat", "Bavière", "Bretagne", "Nordrhein-Westfalen", "Pomorze"]

# --- companies and other hard negatives ----------------------------------
CARRIERS = ["Maersk", "MSC", "CMA CGM", "Hapag-Lloyd", "COSCO Shipping", "Evergreen", "ONE", "DHL Express",
            "FedEx", "UPS", "DPD", "GLS", "Hermes", "PostNL", "La Poste", "Correos", "InPost", "PostNord",
            "Yamato Transport", "Sagawa", "Aras Kargo", "Yurtiçi Kargo", "BRT", "CTT", "Jadlog", "Royal Mail",
            "Colissimo", "SEUR", "Bring", "Chronopost", "Purolator", "Aramex", "TNT", "Schenker"]
PERSONLIKE_COMPANIES = ["Kuehne+Nagel", "J.B. Hunt Transport", "C.H. Robinson", "DB Schenker", "Ryder System",
                        "Werner Enterprises", "Müller & Söhne GmbH", "Schneider National", "Dachser SE",
                        "Fritz Meyer Spedition GmbH", "Hellmann Worldwide Logistics", "Gebrüder Weiss",
                        "Rhenus", "Bolloré Logistics", "Kühne Logistics University", "Geodis", "Ben & Jerry's"]
COMPANIES = ["Northwind Freight", "BlueHarbor Logistics", "Transcontinental Cargo Partners", "Vantage 3PL",
             "Kestrel Couriers", "Polar Route Forwarding", "Meridian Customs Brokers", "Atlas Dockside Services",
             "Quayline Shipping", "Swiftlane Last Mile", "Ironbridge Warehousing", "Cobalt Freight Systems",
             "Harborview Cargo", "Redline Express", "Orbis Customs Solutions", "Tidewater Distribution",
             "Granite Peak Fulfillment", "Saltmarsh Forwarding", "Copperleaf Supply Chain", "Nordkap Logistics"]
SHOPS = ["Zalando", "Bol.com", "Allegro", "Etsy", "IKEA", "Decathlon", "MediaMarkt", "Otto", "Cdiscount",
         "Mercado Libre", "Rakuten", "Trendyol", "Fnac", "Boulanger", "El Corte Inglés", "Coolblue"]
VESSELS = ["EVER ACE", "ONE APUS", "COSCO SHIPPING ARIES", "YM WELLNESS", "HMM NURI", "EVER GLORY",
           "MAERSK EMDEN", "CMA CGM TAGE", "MSC ARIES", "HAPAG EXPRESS", "SEASPAN BRILLIANCE", "ONE INNOVATION"]
PETS = ["Biscuit", "Rex", "Luna", "Pepper", "Bruno", "Nala", "Kiki", "Mochi", "Rocky", "Simba"]
DOMAINS_FREE = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me",
                "web.de", "gmx.de", "t-online.de", "orange.fr", "free.fr", "libero.it", "wp.pl",
                "onet.pl", "ziggo.nl", "telia.com", "terra.com.br", "yahoo.co.jp", "yandex.com.tr",
                "sapo.pt", "btinternet.com", "aol.com"]
DOMAINS_BIZ = ["northwindfreight.com", "blueharbor-logistics.eu", "kestrel-couriers.co.uk", "quayline.io",
               "meridianbrokers.com", "swiftlane.app", "ironbridge-wh.com", "cobaltfreight.net",
               "atlasdockside.com", "polarroute.se", "orbis-customs.de", "tidewater-dist.com",
               "harborviewcargo.com", "saltmarsh-fwd.co.uk", "nordkap-logistik.de", "redline-express.pl"]
URL_HOSTS = ["track.kestrel-couriers.co.uk", "www.northwindfreight.com", "portal.blueharbor-logistics.eu",
             "my.swiftlane.app", "api.quayline.io", "tracking.redline-express.pl", "docs.meridianbrokers.com",
             "status.cobaltfreight.net", "customer.tidewater-dist.com", "booking.harborviewcargo.com",
             "nordkap-logistik.de", "www.polarroute.se"]

DRUG_NAMES = ["ibuprofen", "naproxen", "Voltaren gel", "cyclobenzaprine", "amoxicillin", "lidocaine"]
PASS_WORDS = ["Harbor", "Pallet", "Forklift", "Anchor", "Dockside", "Reefer", "Manifest", "Container",
              "Crane", "Ferry", "Tugboat", "Lighthouse", "Bosun", "Skipper", "Cargo", "Gantry", "Wharf"]

# ---------------------------------------------------------------------------
# Value helpers
# ---------------------------------------------------------------------------

UP = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def rs(r: random.Random, alphabet: str, n: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(r: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = rs(r, DIG, n)
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def pat(r: random.Random, p: str) -> str:
    """# -> digit, N -> 2-9, A -> upper letter, a -> lower letter, X -> alnum upper."""
    out = []
    for ch in p:
        if ch == "#":
            out.append(r.choice(DIG))
        elif ch == "N":
            out.append(r.choice("23456789"))
        elif ch == "A":
            out.append(r.choice(UP))
        elif ch == "a":
            out.append(r.choice(string.ascii_lowercase))
        elif ch == "X":
            out.append(r.choice(UP + DIG))
        else:
            out.append(ch)
    return "".join(out)


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


# --- persons ---------------------------------------------------------------

class Person:
    def __init__(self, first: str, last: str, culture: str):
        self.first, self.last, self.c = first, last, culture

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def native(self) -> str:
        return f"{self.last} {self.first}" if self.c in FAMILY_FIRST else self.full

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"


def person(r: random.Random, c: str | None = None, *, no_apos: bool = False) -> Person:
    while True:
        cc = c or r.choice(ALL_CULTURES)
        fs, ls = NAME_POOLS[cc]
        p = Person(r.choice(fs), r.choice(ls), cc)
        if not (no_apos and ("'" in p.full)):
            return p


def nm(r: random.Random, p: Person, styles: str = "full full full lf upper lower mi init native") -> str:
    st = r.choice(styles.split())
    if st == "full":
        return p.full
    if st == "native":
        return p.native
    if st == "lf":
        return p.lf
    if st == "upper":
        return r.choice([p.full, p.lf]).upper()
    if st == "lower":
        return p.full.lower()
    if st == "mi":
        return f"{p.first} {r.choice(UP.replace('X', ''))}. {p.last}"
    if st == "init":
        return f"{p.first[0]}. {p.last}"
    if st == "first":
        return p.first
    if st == "last":
        return p.last
    raise ValueError(st)


def email_for(r: random.Random, p: Person, domain: str | None = None) -> str:
    f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower()) or "x"
    l = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower()) or "y"
    d = domain or r.choice(DOMAINS_FREE + DOMAINS_BIZ)
    local = r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{l}.{f}", f"{f}_{l}{r.randint(1, 99)}",
                      f"{f[0]}{l}", f"{f}.{l}{r.randint(70, 99)}", f"{l}{f[0]}"])
    return f"{local}@{d}"


def biz_email(r: random.Random, role: str | None = None) -> str:
    role = role or r.choice(["dispatch", "ops", "customs", "claims", "billing", "noreply", "support",
                             "bookings", "export", "import", "warehouse", "accounts"])
    return f"{role}@{r.choice(DOMAINS_BIZ)}"


# --- addresses --------------------------------------------------------------

class Addr:
    """street = first line(s); city/region/postcode/country separately; one()/multi() render."""

    def __init__(self, street, city, region, postcode, country, cc, one, multi):
        self.street, self.city, self.region, self.postcode = street, city, region, postcode
        self.country, self.cc, self._one, self._multi = country, cc, one, multi

    def one(self, country: bool = False) -> str:
        return self._one + (f", {self.country}" if country else "")

    def multi(self, country: bool = False) -> str:
        return self._multi + (f"\n{self.country}" if country else "")


def gb_postcode(r, outward):
    return f"{outward} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def address(r: random.Random, cc: str | None = None) -> Addr:
    cc = cc or r.choice(["us", "us", "gb", "de", "fr", "es", "it", "nl", "pl", "se", "pt", "br", "tr", "jp"])
    if cc == "us":
        city, st, z3 = r.choice(US_CITIES)
        street = f"{r.randint(12, 9899)} {r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
        if r.random() < 0.3:
            street += r.choice([f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f", Suite {r.randint(100, 950)}",
                                f" Unit {r.randint(2, 30)}", f", Bldg {r.choice('ABC')}"])
        z = z3 + digits(r, 2)
        return Addr(street, city, st, z, "USA", "US", f"{street}, {city}, {st} {z}", f"{street}\n{city}, {st} {z}")
    if cc == "gb":
        city, outs = r.choice(GB_CITIES)
        pc = gb_postcode(r, r.choice(outs))
        street = f"{r.randint(1, 240)} {r.choice(GB_STREETS)}"
        if r.random() < 0.25:
            street = f"Flat {r.randint(1, 30)}, " + street
        return Addr(street, city, None, pc, "United Kingdom", "GB", f"{street}, {city} {pc}",
                    f"{street}\n{city}\n{pc}")
    if cc == "de":
        city, pre = r.choice(DE_CITIES)
        plz = (pre + digits(r, 5))[:5]
        street = f"{r.choice(DE_STREETS)} {r.randint(1, 180)}{r.choice(['', '', '', 'a', 'b'])}"
        return Addr(street, city, None, plz, "Deutschland", "DE", f"{street}, {plz} {city}", f"{street}\n{plz} {city}")
    if cc == "fr":
        city, dep = r.choice(FR_CITIES)
        cp = dep + digits(r, 3)
        street = f"{r.randint(1, 140)}{r.choice(['', '', ' bis'])} {r.choice(FR_STREETS)}"
        return Addr(street, city, None, cp, "France", "FR", f"{street}, {cp} {city}", f"{street}\n{cp} {city}")
    if cc == "es":
        city, pre = r.choice(ES_CITIES)
        cp = pre + digits(r, 3)
        street = f"{r.choice(ES_STREETS)} {r.randint(1, 120)}" + r.choice(["", f", {r.randint(1, 8)}º {r.choice('ABCD')}"])
        return Addr(street, city, None, cp, "España", "ES", f"{street}, {cp} {city}", f"{street}\n{cp} {city}")
    if cc == "it":
        city, pre, prov = r.choice(IT_CITIES)
        cap = pre + digits(r, 3)
        street = f"{r.choice(IT_STREETS)} {r.randint(1, 200)}" + r.choice(["", "", "/A", "/B"])
        return Addr(street, city, prov, cap, "Italia", "IT", f"{street}, {cap} {city} {prov}",
                    f"{street}\n{cap} {city} {prov}")
    if cc == "pt":
        city, pre = r.choice(PT_CITIES)
        cp = f"{pre}{digits(r, 3)}-{digits(r, 3)}"
        street = f"{r.choice(PT_STREETS)}, {r.randint(1, 300)}" + r.choice(["", f", {r.randint(1, 6)}º Esq.", ", r/c"])
        return Addr(street, city, None, cp, "Portugal", "PT", f"{street}, {cp} {city}", f"{street}\n{cp} {city}")
    if cc == "br":
        city, uf, pre = r.choice(BR_CITIES)
        cep = (pre + digits(r, 5))[:5] + "-" + digits(r, 3)
        street = f"{r.choice(BR_STREETS)}, {r.randint(10, 3999)}" + r.choice(["", f", apto {r.randint(11, 184)}"])
        bairro = r.choice(BR_BAIRROS)
        return Addr(street, city, uf, cep, "Brasil", "BR", f"{street} - {bairro}, {city} - {uf}, {cep}",
                    f"{street} - {bairro}\n{city} - {uf}\n{cep}")
    if cc == "nl":
        city = r.choice(NL_CITIES)
        pc = f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        street = f"{r.choice(NL_STREETS)} {r.randint(1, 400)}" + r.choice(["", "", "-A", " bis", "-2"])
        return Addr(street, city, None, pc, "Nederland", "NL", f"{street}, {pc} {city}", f"{street}\n{pc} {city}")
    if cc == "pl":
        city, pre = r.choice(PL_CITIES)
        raw = (pre + digits(r, 5))[:5]
        pc = raw[:2] + "-" + raw[2:]
        street = f"ul. {r.choice(PL_STREETS)} {r.randint(1, 150)}" + r.choice(["", f"/{r.randint(1, 60)}", f" lok. {r.randint(1, 12)}"])
        return Addr(street, city, None, pc, "Polska", "PL", f"{street}, {pc} {city}", f"{street}\n{pc} {city}")
    if cc == "se":
        city, pre = r.choice(SE_CITIES)
        raw = (pre + digits(r, 5))[:5]
        pc = raw[:3] + " " + raw[3:]
        street = f"{r.choice(SE_STREETS)} {r.randint(1, 90)}" + r.choice(["", "", " B", " lgh 1102"])
        return Addr(street, city, None, pc, "Sverige", "SE", f"{street}, {pc} {city}", f"{street}\n{pc} {city}")
    if cc == "tr":
        il, ilce, pre = r.choice(TR_PLACES)
        pk = pre + digits(r, 2)
        street = f"{r.choice(TR_MAH)} Mah. {r.choice(TR_STREETS)} No:{r.randint(1, 140)}" + r.choice(["", f" D:{r.randint(1, 24)}", f" Kat:{r.randint(1, 9)}"])
        return Addr(street, ilce, il, pk, "Türkiye", "TR", f"{street}, {pk} {ilce}/{il}", f"{street}\n{pk} {ilce}/{il}")
    if cc == "jp":
        city, ward, pre, districts = r.choice(JP_PLACES)
        zc = f"{pre}-{digits(r, 4)}"
        street = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(districts)}"
        return Addr(street, city, ward, zc, "Japan", "JP", f"{street}, {ward}, {city} {zc}",
                    f"{street}\n{ward}, {city} {zc}")
    raise ValueError(cc)


CULTURE_CC = {"us": "us", "gb": "gb", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "br": "br",
              "nl": "nl", "pl": "pl", "se": "se", "tr": "tr", "jp": "jp", "mx": "us", "ke": "gb", "ng": "gb"}


def home_cc(r: random.Random, p: Person) -> str:
    return CULTURE_CC.get(p.c) or r.choice(["us", "gb", "de", "nl", "fr", "se"])


# --- phones -------------------------------------------------------------------

PHONE_FMT = {
    "us": ["(N##) 555-01##", "N##-555-01##", "+1 N##-555-01##", "+1 (N##) 555-01##", "N##.555.01##",
           "1-800-N##-####", "+1 N## 555 01##", "1-888-N##-####"],
    "gb": ["+44 20 7946 0###", "020 7946 0###", "07700 900###", "+44 7700 900###", "0161 496 0###",
           "+44 161 496 0###", "0800 ### ####"],
    "de": ["+49 30 N#######", "030 N#######", "+49 151 N#######", "0151 N#######", "040 / ### ### ##",
           "+49 (0)40 N######", "0172-N######", "+49 421 ######"],
    "fr": ["06 ## ## ## ##", "+33 6 ## ## ## ##", "01 ## ## ## ##", "+33 (0)1 ## ## ## ##", "07.##.##.##.##",
           "02 35 ## ## ##"],
    "es": ["+34 6## ### ###", "6## ## ## ##", "91# ### ###", "+34 93 ### ## ##", "956 ## ## ##"],
    "it": ["+39 3## ### ####", "3## ### ####", "02 #### ####", "+39 010 ### ####", "010 ######"],
    "pt": ["+351 91# ### ###", "21# ### ###", "+351 22# ### ###"],
    "br": ["+55 11 9####-####", "(11) 9####-####", "+55 (13) 3###-####", "(21) 9####-####"],
    "nl": ["+31 6 N#######", "06-N#######", "020-N######", "+31 (0)10 ### ####", "010 ### ####"],
    "pl": ["+48 N## ### ###", "N## ### ###", "(22) ### ## ##", "+48 58 ### ## ##"],
    "se": ["+46 70 ### ## ##", "070-### ## ##", "08-### ### ##", "031-## ## ##", "+46 31 ## ## ##"],
    "tr": ["+90 5## ### ## ##", "05## ### ## ##", "0 (212) ### ## ##", "+90 232 ### ## ##", "0850 ### ## ##"],
    "jp": ["03-####-####", "090-####-####", "+81 90-####-####", "+81 3-####-####", "06-####-####", "0120-###-###"],
    "cn": ["+86 21 #### ####", "+86 138 #### ####", "+86 755 #### ####"],
    "in": ["+91 9#### #####", "+91 22 #### ####"],
    "sg": ["+65 6### ####", "+65 9### ####"],
    "ae": ["+971 4 ### ####", "+971 50 ### ####"],
    "ng": ["+234 80# ### ####"],
    "kr": ["+82 51 ### ####", "+82 10-####-####"],
}


def phone(r: random.Random, cc: str = "us") -> str:
    return pat(r, r.choice(PHONE_FMT[cc]))


# --- dates -----------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
}


def rdate(r: random.Random, y0: int = 2023, y1: int = 2026) -> _dt.datetime:
    d0 = _dt.date(y0, 1, 1).toordinal()
    d1 = _dt.date(y1, 12, 31).toordinal()
    d = _dt.date.fromordinal(r.randint(d0, d1))
    return _dt.datetime(d.year, d.month, d.day, r.choice([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]),
                        r.choice([0, 0, 15, 30, 45, 5, 10, 20, 40, 50]))


def rdob(r: random.Random) -> _dt.datetime:
    d = _dt.date.fromordinal(r.randint(_dt.date(1952, 1, 1).toordinal(), _dt.date(2004, 12, 31).toordinal()))
    return _dt.datetime(d.year, d.month, d.day)


def fdate(r: random.Random, d, lang: str = "en", style: str | None = None) -> str:
    y, m, dd = d.year, d.month, d.day
    wd = d.weekday()
    if lang == "en":
        opts = [f"{y}-{m:02d}-{dd:02d}", f"{m:02d}/{dd:02d}/{y}", f"{MONTHS['en'][m-1]} {dd}, {y}",
                f"{dd} {MONTHS['en'][m-1]} {y}", f"{dd:02d}-{MONTHS['en'][m-1][:3]}-{y}",
                f"{MONTHS['en'][m-1][:3]} {dd}, {y}", f"{WEEKDAYS['en'][wd]}, {MONTHS['en'][m-1]} {dd}, {y}",
                f"{dd:02d}/{m:02d}/{y}", f"{m}/{dd}/{y % 100:02d}", f"{WEEKDAYS['en'][wd][:3]} {dd} {MONTHS['en'][m-1][:3]} {y}"]
    elif lang == "de":
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {MONTHS['de'][m-1]} {y}", f"{WEEKDAYS['de'][wd]}, {dd}. {MONTHS['de'][m-1]} {y}",
                f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y % 100:02d}"]
    elif lang == "fr":
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS['fr'][m-1]} {y}", f"{WEEKDAYS['fr'][wd]} {dd} {MONTHS['fr'][m-1]} {y}",
                f"{dd:02d}.{m:02d}.{y}"]
    elif lang == "es":
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {MONTHS['es'][m-1]} de {y}", f"{WEEKDAYS['es'][wd]} {dd} de {MONTHS['es'][m-1]}",
                f"{dd}-{m:02d}-{y}"]
    elif lang == "it":
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS['it'][m-1]} {y}", f"{WEEKDAYS['it'][wd]} {dd} {MONTHS['it'][m-1]} {y}",
                f"{dd:02d}.{m:02d}.{y}"]
    elif lang == "pt":
        opts = [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {MONTHS['pt'][m-1]} de {y}", f"{dd:02d}/{m:02d}/{y % 100:02d}",
                f"{WEEKDAYS['pt'][wd]}, {dd} de {MONTHS['pt'][m-1]}"]
    elif lang == "nl":
        opts = [f"{dd:02d}-{m:02d}-{y}", f"{dd} {MONTHS['nl'][m-1]} {y}", f"{WEEKDAYS['nl'][wd]} {dd} {MONTHS['nl'][m-1]} {y}",
                f"{dd}-{m}-{y}"]
    elif lang == "pl":
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd} {MONTHS['pl'][m-1]} {y}", f"{y}-{m:02d}-{dd:02d}",
                f"{dd:02d}.{m:02d}.{y} r"]
        opts = opts[:3]
    elif lang == "sv":
        opts = [f"{y}-{m:02d}-{dd:02d}", f"{dd} {MONTHS['sv'][m-1]} {y}", f"{WEEKDAYS['sv'][wd]} {dd} {MONTHS['sv'][m-1]}",
                f"{dd}/{m} {y}"]
    elif lang == "tr":
        opts = [f"{dd:02d}.{m:02d}.{y}", f"{dd} {MONTHS['tr'][m-1]} {y}", f"{dd} {MONTHS['tr'][m-1]} {y} {WEEKDAYS['tr'][wd]}",
                f"{dd:02d}/{m:02d}/{y}"]
    elif lang == "ja":
        opts = [f"{y}-{m:02d}-{dd:02d}", f"{y}/{m:02d}/{dd:02d}", f"{y}-nen {m}-gatsu {dd}-nichi"]
    else:
        raise ValueError(lang)
    if style is not None:
        return opts[style % len(opts)]
    return r.choice(opts)


def ftime(r: random.Random, d, lang: str = "en") -> str:
    h, mi = d.hour, d.minute
    h12 = (h % 12) or 12
    ap = "AM" if h < 12 else "PM"
    opts = {
        "en": [f"{h:02d}:{mi:02d}", f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d}{ap.lower()}", f"{h12}:{mi:02d} {ap}"],
        "de": [f"{h:02d}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr"],
        "fr": [f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}", f"{h} h {mi:02d}"],
        "es": [f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d} h"],
        "it": [f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}"],
        "pt": [f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"],
        "nl": [f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur"],
        "pl": [f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}"],
        "sv": [f"{h:02d}:{mi:02d}", f"{h:02d}.{mi:02d}"],
        "tr": [f"{h:02d}:{mi:02d}", f"{h:02d}.{mi:02d}"],
        "ja": [f"{h:02d}:{mi:02d}", f"{h}-ji {mi}-fun" if mi else f"{h}-ji"],
    }[lang]
    return r.choice(opts)


def fdt(r: random.Random, d, lang: str = "en") -> str:
    """Date and time written together -> one DATE_TIME span."""
    ds = fdate(r, d, lang)
    ts = ftime(r, d, lang)
    joiner = {"en": [" at ", ", ", " "], "de": [" um ", ", ", " "], "fr": [" à ", ", "], "es": [" a las ", ", "],
              "it": [" alle ", ", ", " ore "], "pt": [" às ", ", "], "nl": [" om ", ", "], "pl": [", godz. ", " "],
              "sv": [" kl. ", " "], "tr": [" saat ", " "], "ja": [" "]}[lang]
    return f"{ds}{r.choice(joiner)}{ts}"


def log_ts(r: random.Random, d, style: int = 0) -> str:
    ms = r.randint(0, 999)
    s = d.second
    return [f"{d:%Y-%m-%dT%H:%M}:{s:02d}.{ms:03d}Z", f"{d:%Y-%m-%d %H:%M}:{s:02d},{ms:03d}",
            f"{d:%b %d %H:%M}:{s:02d}", f"[{d:%d/%b/%Y:%H:%M}:{s:02d} +0000]", f"{d:%Y/%m/%d %H:%M}:{s:02d}"][style]


def advance(d, minutes: int):
    return d + _dt.timedelta(minutes=minutes)


def tick(r: random.Random, d, lo: int = 1, hi: int = 240):
    """Advance a log clock by a random number of seconds (keeps log lines monotonic)."""
    return d + _dt.timedelta(seconds=r.randint(lo, hi))


# --- numbers with checksums --------------------------------------------------------

def luhn_ok(num: str) -> bool:
    tot = 0
    for k, ch in enumerate(reversed(num)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in DIG:
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def card(r: random.Random, grouped: str | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        raw = luhn_complete("4" + digits(r, 14))
    elif kind == "mc":
        pre = r.choice(["51", "52", "53", "54", "55", str(r.randint(2221, 2720))])
        raw = luhn_complete(pre + digits(r, 15 - len(pre)))
    elif kind == "amex":
        raw = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
    else:
        raw = luhn_complete("6011" + digits(r, 11))
    sep = grouped if grouped is not None else r.choice([" ", " ", "-", ""])
    if len(raw) == 15:
        return sep.join([raw[:4], raw[4:10], raw[10:]]) if sep else raw
    return sep.join(raw[k:k + 4] for k in range(0, 16, 4)) if sep else raw


def luhn_invalid16(r: random.Random) -> str:
    while True:
        s = digits(r, 16, True)
        if not luhn_ok(s):
            return s


IBAN_SPEC = {"DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "PL": "24n",
             "SE": "20n", "TR": "5n1n16c", "PT": "21n", "GB": "4a14n", "BE": "12n", "AT": "16n", "CH": "5n12c",
             "DK": "14n", "IE": "4a14n"}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "SE": 24, "TR": 26, "PT": 25,
            "GB": 22, "BE": 16, "AT": 20, "CH": 21, "DK": 18, "IE": 22}


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(r: random.Random, cc: str = "DE", grouped: bool | None = None) -> str:
    bban = ""
    for n, kind in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]):
        n = int(n)
        bban += rs(r, {"n": DIG, "a": UP, "c": UP + DIG}[kind], n)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    check = 98 - (_iban_num(bban + cc + "00") % 97)
    s = f"{cc}{check:02d}{bban}"
    if grouped is None:
        grouped = r.random() < 0.6
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4)) if grouped else s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) not in (None, len(s)):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn(r: random.Random, sep: str = "-") -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def ssn_invalid(r: random.Random) -> str:
    a = r.choice(["000", "666", f"9{r.randint(0, 99):02d}"])
    return f"{a}-{r.choice([r.randint(70, 88), r.randint(1, 99)]):02d}-{r.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, se = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and se != "0000"


# --- ids (labelled) ------------------------------------------------------------------

def driver_license(r: random.Random, cc: str = "us") -> str:
    if cc == "us":
        return pat(r, r.choice(["A#######", "########", "### ### ###", "A###-###-##-###-#", "A########",
                                "AA######", "#########", "A###-####-####"]))
    return pat(r, {"gb": "AAAAA######AA#AA", "de": "A##XXXX#X##", "fr": "############", "es": "########A",
                   "it": "AA#######A", "nl": "##########", "pl": "#####/##/####", "se": "########",
                   "tr": "######", "pt": "AA-######", "br": "###########", "jp": "############"}[cc])


def account_no(r: random.Random, kind: str = "any") -> str:
    kind = kind if kind != "any" else r.choice(["bank", "cust", "cust", "ship", "util"])
    if kind == "bank":
        return digits(r, r.choice([9, 10, 11, 12]), True)
    if kind == "cust":
        return pat(r, r.choice(["CU-######", "C########", "ACC-####-####", "#######", "KD-######", "########"]))
    if kind == "ship":
        return pat(r, r.choice(["#########", "#A#A##", "95#######", "SHP-#####-##"]))
    return pat(r, r.choice(["####-####-##", "########", "EL-#######"]))


def mrn(r: random.Random) -> str:
    return pat(r, r.choice(["########", "MRN-#######", "MR#######", "OH-######", "#######-#", "E######"]))


def health_plan(r: random.Random) -> str:
    return pat(r, r.choice(["AAA#########", "W#########", "MBR-#####-##", "U########01", "XJH#########",
                            "#########A", "ZGP########"]))


def routing_no(r: random.Random) -> str:
    # ABA routing with valid checksum (hard negative)
    while True:
        d = digits(r, 8)
        for c in DIG:
            s = d + c
            w = [3, 7, 1] * 3
            if sum(int(x) * y for x, y in zip(s, w)) % 10 == 0:
                return s


# --- hard-negative ids ------------------------------------------------------------------

def ups_tracking(r):
    return "1Z" + rs(r, UP + DIG, 6) + digits(r, 10)


def tracking(r):
    return r.choice([ups_tracking(r), digits(r, 12, True), "JD" + digits(r, 18), digits(r, 10, True),
                     pat(r, "AA#########AA"), pat(r, "00########## ").strip(), pat(r, "H##########AA")])


def container_no(r):
    return r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU", "EGHU", "TCNU", "CSNU", "FSCU"]) + digits(r, 7)


def awb(r):
    return f"{r.choice(['176', '020', '057', '125', '618', '235', '160'])}-{digits(r, 8)}"


def booking_no(r):
    return pat(r, r.choice(["BKG-#######", "##########", "AAA#######", "SHA########", "BK#######A"]))


def order_no(r):
    return pat(r, r.choice(["ORD-######", "#########", "SO-####-#####", "PO-######", "A##-#######-#######"]))


def hs_code(r):
    return r.choice(["8471.30", "6403.99.60", "9403.60", "8517.62.00", "6109.10", "8708.29", "3004.90",
                     "8504.40", "9503.00", "6204.62", "8543.70", "3926.90", "8418.10", "0901.21", "2204.21"])


def plate(r, cc="us"):
    return pat(r, {"us": "AAA-####", "gb": "AA## AAA", "de": "HH-AA ####", "fr": "AA-###-AA", "es": "#### AAA",
                   "it": "AA ###AA", "nl": "##-AAA-#", "pl": "AAA #####", "se": "AAA ##A", "tr": "34 AA ####",
                   "jp": "AA ### A ##-##", "pt": "##-AA-##", "br": "AAA#A##"}[cc])


def vin(r):
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def uuid4(r):
    h = rs(r, "0123456789abcdef", 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(r, n=40):
    return rs(r, "0123456789abcdef", n)


def version(r):
    return f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}"


def amount(r, lo=20, hi=25000):
    v = r.uniform(lo, hi)
    return f"{v:,.2f}"


def sscc(r):
    while True:
        s = "00" + r.choice(["3", "4", "5"]) + digits(r, 15)
        if not luhn_ok(s):
            return s


# --- secrets ---------------------------------------------------------------------------

def b64url(bs: bytes) -> str:
    return base64.urlsafe_b64encode(bs).rstrip(b"=").decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def jwt(r: random.Random, claims: dict | None = None) -> str:
    alg = r.choice(["HS256", "RS256", "ES256", "HS512"])
    header = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.4:
        header["kid"] = rs(r, ALNUM, 12)
    iat = r.randint(1_690_000_000, 1_760_000_000)
    payload = claims or {"sub": rs(r, DIG, 8), "scope": r.choice(["tracking:read", "dispatch:write", "labels"]),
                         "iat": iat, "exp": iat + r.choice([900, 3600, 86400])}
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                     b64url(json.dumps(payload, separators=(",", ":")).encode()),
                     b64url(rbytes(r, siglen))])


def pem(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["RSA", "EC", "PKCS8", "OPENSSH"])
    if kind == "RSA":
        label, body = "RSA PRIVATE KEY", b"\x30\x82\x02\x5c\x02\x01\x00\x02\x81\x81\x00" + rbytes(r, 596)
    elif kind == "EC":
        label, body = "EC PRIVATE KEY", b"\x30\x77\x02\x01\x01\x04\x20" + rbytes(r, 32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rbytes(r, 64)
    elif kind == "PKCS8":
        label, body = "PRIVATE KEY", b"\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20" + rbytes(r, 32)
    else:
        label, body = "OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + rbytes(r, 330)
    b64 = base64.b64encode(body).decode()
    width = 70 if kind == "OPENSSH" else 64
    lines = [b64[k:k + width] for k in range(0, len(b64), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def aws_access(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(r):
    return rs(r, ALNUM + "/+", 40)


def _b62(n: int, width: int) -> str:
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def github_token(r):
    if r.random() < 0.2:
        return "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)
    pre = r.choice(["ghp", "ghp", "ghp", "gho", "ghs", "ghu"])
    body = rs(r, ALNUM, 30)
    return f"{pre}_{body}{_b62(zlib.crc32(body.encode()), 6)}"


def slack_token(r):
    kind = r.choice(["xoxb", "xoxb", "xoxp", "xapp"])
    if kind == "xoxb":
        return f"xoxb-{digits(r, 12, True)}-{digits(r, 13, True)}-{rs(r, ALNUM, 24)}"
    if kind == "xoxp":
        return f"xoxp-{digits(r, 12, True)}-{digits(r, 12, True)}-{digits(r, 13, True)}-{rs(r, '0123456789abcdef', 32)}"
    return f"xapp-1-A{rs(r, UP + DIG, 10)}-{digits(r, 13, True)}-{rs(r, '0123456789abcdef', 64)}"


def stripe_key(r):
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_"])
    return pre + r.choice(["51", ""]) + rs(r, ALNUM, r.choice([24, 32, 96]))


def generic_secret(r, kind=None):
    kind = kind or r.choice(["hex32", "sendgrid", "google", "whsec", "mailgun", "opaque", "hex40", "sq", "twilio"])
    return {
        "hex32": lambda: rs(r, "0123456789abcdef", 32),
        "hex40": lambda: rs(r, "0123456789abcdef", 40),
        "sendgrid": lambda: "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43),
        "google": lambda: "AIza" + rs(r, ALNUM + "-_", 35),
        "whsec": lambda: "whsec_" + rs(r, ALNUM, 32),
        "mailgun": lambda: "key-" + rs(r, "0123456789abcdef", 32),
        "opaque": lambda: rs(r, ALNUM, r.choice([32, 40, 48])),
        "sq": lambda: "sq0csp-" + rs(r, ALNUM + "-_", 43),
        "twilio": lambda: rs(r, "0123456789abcdef", 32),
    }[kind]()


def password(r: random.Random, dsn_safe: bool = False) -> str:
    sym = "!$%^*-_.+=?" if not dsn_safe else "!$*-_.~"
    k = r.randint(0, 4)
    if k == 0:
        return r.choice(PASS_WORDS) + r.choice(sym) + digits(r, r.randint(2, 4)) + r.choice(PASS_WORDS).lower()
    if k == 1:
        return r.choice(string.ascii_letters) + rs(r, ALNUM + sym, r.randint(11, 19))
    if k == 2:
        return "-".join(r.choice(PASS_WORDS).lower() for _ in range(3)) + digits(r, 2)
    if k == 3:
        return r.choice(PASS_WORDS) + digits(r, 4) + r.choice(sym)
    return rs(r, string.ascii_lowercase, 4).capitalize() + r.choice(sym) + rs(r, ALNUM, 8)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def ipv4(r: random.Random, kind: str | None = None) -> str:
    kind = kind or r.choice(["priv10", "priv192", "priv172", "pub", "pub", "doc"])
    if kind == "priv10":
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if kind == "priv192":
        return f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if kind == "priv172":
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if kind == "doc":
        return r.choice(["203.0.113", "198.51.100", "192.0.2"]) + f".{r.randint(2, 254)}"
    return f"{r.choice([31, 37, 45, 62, 77, 81, 85, 91, 93, 109, 141, 151, 176, 185, 188, 212, 213, 217])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def ipv6(r):
    return f"2001:db8:{r.randint(1, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"


def url(r: random.Random, host: str | None = None, path: str | None = None) -> str:
    host = host or r.choice(URL_HOSTS)
    path = path or r.choice([f"/t/{ups_tracking(r)}", f"/track?id={digits(r, 12, True)}", "/reschedule",
                             f"/claims/new?ref={digits(r, 8)}", f"/portal/shipments/{booking_no(r)}",
                             f"/docs/customs/{r.choice(['cn23', 'ens', 'eori'])}", "/en/contact",
                             f"/r/{rs(r, ALNUM, 8)}", f"/pod/{uuid4(r)}.jpg"])
    return f"https://{host}{path}"


# ---------------------------------------------------------------------------
# Document kinds -- English
# ---------------------------------------------------------------------------

def title_name(r: random.Random, p: Person, lang: str = "en"):
    """Honorific outside the span + surname (or full name) inside."""
    t = {"en": ["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mx. "], "de": ["Herr ", "Frau ", "Dr. "],
         "fr": ["M. ", "Mme ", "Monsieur ", "Madame "], "es": ["Sr. ", "Sra. ", "D. ", "Dña. "],
         "it": ["Sig. ", "Sig.ra ", "Dott. ", "Dott.ssa "], "pt": ["Sr. ", "Sra. ", "Dr. "],
         "nl": ["dhr. ", "mevr. "], "pl": ["Pan ", "Pani "], "sv": [""], "tr": [""], "ja": [""]}[lang]
    return [r.choice(t), P(r.choice([p.last, p.full]))]


def signature(r: random.Random, b: Builder, p: Person, company: str, cc: str = "us", *, addr: bool = False,
              title: str | None = None) -> None:
    b.f("{n}\n", n=P(r.choice([p.full, p.full, f"{p.first} {p.last[0]}. {p.last}" if len(p.last) > 3 else p.full])))
    b.t(f"{title or r.choice(['Operations Coordinator', 'Export Manager', 'Customer Care', 'Customs Specialist', 'Dispatcher', 'Key Account Manager', 'Freight Forwarder'])} | {company}\n")
    if addr:
        b.f("{a}\n", a=ADR(address(r, cc).one()))
    kind = r.random()
    b.f("{lab}{ph}\n", lab=r.choice(["T: ", "Tel: ", "Phone: ", "M: ", "Mobile: ", "Direct: "]), ph=PH(phone(r, cc)))
    if kind < 0.5:
        b.f("{lab}{ph}\n", lab=r.choice(["F: ", "Fax: "]), ph=PH(phone(r, cc)))
    b.f("{lab}{em}\n", lab=r.choice(["E: ", "Email: ", "", "Mail: "]), em=EM(email_for(r, p, r.choice(DOMAINS_BIZ))))


def k_delivery_exception_email(r):
    b = Builder()
    cust = person(r)
    cc = home_cc(r, cust)
    a = address(r, cc)
    company = r.choice(COMPANIES[:12])
    d = rdate(r)
    agent = person(r)
    driver = person(r)
    trk = tracking(r)
    b.f("From: {c} Customer Care <{e1}>\nTo: {e2}\nDate: {hd}\nSubject: Delivery attempt unsuccessful - {trk}\n\n",
        c=company, e1=EM(biz_email(r, "care")), e2=EM(email_for(r, cust)),
        hd=f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month-1][:3]} {d.year} {d:%H:%M}:{r.randint(0, 59):02d} +0000",
        trk=trk)
    b.f("Dear {n},\n\n", n=r.choice([title_name(r, cust), [P(cust.first)], [P(cust.full)]]))
    b.f("We tried to deliver your parcel {trk} to {a} on {when}, but nobody was available to sign for it. "
        "Our driver {drv} left a card with a reference number ({ref}).\n\n",
        trk=trk, a=ADR(a.one()), when=DT(fdt(r, d)), drv=P(r.choice([driver.first, driver.full])), ref=digits(r, 9))
    d2 = advance(d, 60 * 24 * r.randint(1, 3))
    b.f("You can choose a new day or a safe place at {u} or call us on {ph} (Monday to Friday). ",
        u=URL(url(r, path=f"/reschedule?trk={trk}")), ph=PH(phone(r, cc if cc in PHONE_FMT else "us")))
    b.f("If we don't hear from you, the parcel will be kept at our {city} depot until {dl} and then returned to the sender.\n\n",
        city=LOC(a.city), dl=DT(fdate(r, d2)))
    if r.random() < 0.5:
        b.t(f"Parcel weight: {r.randint(1, 30)}.{r.randint(0, 9)} kg | Service: {r.choice(['Express Saver', 'Economy', 'Next Day', 'Two-Man'])} | "
            f"Case ID {digits(r, 8)}\n\n")
    b.f("Kind regards,\n{ag}\n{c} Customer Care\n", ag=P(agent.first if r.random() < 0.5 else agent.full), c=company)
    return b


def k_freight_quote_request(r):
    b = Builder()
    p = person(r)
    fwd = person(r)
    o = r.choice(PORT_CITIES)
    dst = r.choice([c for c in PORT_CITIES if c != o])
    ready = rdate(r)
    cc = r.choice(["us", "gb", "de", "nl", "se"])
    b.f("Subject: RFQ {o} - {d} / {n}x40'HC / FOB\n\n", o=LOC(o), d=LOC(dst), n=str(r.randint(1, 6)))
    b.f("Hi {f},\n\n", f=P(fwd.first))
    b.f("Could you please quote {n} x 40' high cube from {oo} to {dd}? ", n=str(r.randint(1, 6)),
        oo=LOC(f"{o}, {PORT_COUNTRY[o]}") if r.random() < 0.5 else LOC(o), dd=LOC(dst))
    b.f("Cargo ready date is {rd}, Incoterms FOB (Incoterms 2020). Commodity: {com}, HS {hs}, approx. {w} kg per box, non-hazardous. "
        "We need the rate valid until {vu} and transit time via {via} if possible.\n\n",
        rd=DT(fdate(r, ready)), com=r.choice(["office furniture", "auto parts", "frozen shrimp (reefer -18C)", "garments", "solar inverters", "ceramic tiles"]),
        hs=hs_code(r), w=f"{r.randint(8, 26)},{r.randint(100, 999)}", vu=DT(fdate(r, advance(ready, 60 * 24 * 30))),
        via=LOC(r.choice(PORT_CITIES)))
    b.t(f"Please include THC at destination, customs clearance and on-carriage to our DC (door delivery, "
        f"tail-lift truck). Our previous quote ref was Q-{digits(r, 6)}; that was USD {amount(r, 1200, 6000)} all-in.\n\n")
    b.t("Thanks and best regards,\n\n")
    signature(r, b, p, r.choice(COMPANIES), cc, addr=r.random() < 0.5, title="Logistics Manager")
    return b


def k_customs_hold_letter(r):
    b = Builder()
    broker = r.choice(["Meridian Customs Brokers", "Orbis Customs Solutions", "Saltmarsh Forwarding"])
    ba = address(r, "us")
    cust = person(r)
    ca = address(r, "us")
    d = rdate(r)
    city, st, _ = r.choice(US_CITIES)
    b.f("{br}\n{ba}\nTel {ph}\n\n{d}\n\n", br=broker, ba=ADR(ba.multi()), ph=PH(phone(r, "us")), d=DT(fdate(r, d)))
    b.f("{n}\n{a}\n\n", n=P(r.choice([cust.full, cust.full.upper()])), a=ADR(ca.multi()))
    b.f("Re: Entry No. {en} / MAWB {mawb} / {pcs} pcs from {ctry}\n\n", en=f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 1)}",
        mawb=awb(r), pcs=str(r.randint(1, 40)), ctry=LOC(r.choice(COUNTRIES)))
    b.f("Dear {n},\n\n", n=title_name(r, cust))
    b.f("U.S. Customs and Border Protection has placed your shipment on hold at {port} pending review "
        "(FDA/CBP hold code {hc}). To release the goods we need a completed commercial invoice, a power of attorney "
        "and proof of the declared value (USD {amt}). Please send the documents no later than {dl}; after that "
        "date general-order warehouse storage of USD {st2}/day applies.\n\n",
        port=LOC(f"{city}, {st}"), hc=r.choice(["1H", "7H", "FDA-OA", "CET-X"]), amt=amount(r, 300, 40000),
        dl=DT(fdate(r, advance(d, 60 * 24 * 5))), st2=str(r.randint(45, 180)))
    ag = person(r)
    b.f("Your file is handled by {ag}; you can reach {pr} at {ph} ext. {ext} or {em}.\n\n",
        ag=P(ag.full), pr=r.choice(["her", "him", "them"]), ph=PH(phone(r, "us")), ext=str(r.randint(100, 499)),
        em=EM(email_for(r, ag, r.choice(DOMAINS_BIZ))))
    b.t(f"Customs bond no. {digits(r, 4)}-{digits(r, 5)} | Filer code {rs(r, UP, 3)}\n\nSincerely,\n\nCompliance Department\n{broker}\n")
    return b


def k_driver_dispatch_chat(r):
    b = Builder()
    disp = person(r)
    drv = person(r)
    cust = person(r)
    a = address(r, r.choice(["us", "gb", "us"]))
    d = rdate(r)
    t0 = d.replace(hour=7, minute=r.randint(0, 40))
    lines = []

    def ln(mins, who, parts):
        ts = advance(t0, mins)
        b.t(f"[{ts:%H:%M}] ")
        b.add(who)
        b.t(": ")
        b.add(parts)
        b.t("\n")

    dn = P(disp.first)
    route = str(r.randint(1, 60))
    b.t(f"Route {route} - van {plate(r, 'us')} - dispatch channel\n")
    ln(0, ["Dispatch (", dn, ")"], ["Morning ", P(drv.first), ", you're on route ", route,
                                    " today, ", str(r.randint(60, 140)), " stops."])
    ln(1, P(drv.first), ["copy. anything special?"])
    win = d.replace(hour=r.choice([9, 10, 11]), minute=0)
    ln(3, ["Dispatch (", dn, ")"], ["Stop 4 is a 2-man delivery at ", ADR(a.one()), ", customer ",
                                    P(r.choice([cust.full, cust.last, nm(r, cust)])), " wants it before ",
                                    DT(ftime(r, win)), "."])
    ln(4, P(drv.first), ["no problem. buzzer?"])
    ln(6, ["Dispatch (", dn, ")"], ["Buzzer ", str(r.randint(1, 40)), r.choice("ABC"), ". If no answer call ",
                                    r.choice(["her", "him"]), " on ", PH(phone(r, 'us' if a.cc == 'US' else 'gb')),
                                    ". Dog in the yard, name is ", r.choice(PETS), ", friendly apparently"])
    ln(48, P(drv.first), [r.choice(["running 20 min late, traffic on the bypass", "stuck at the scale house, 15 min",
                                    "stop 3 refused, damaged carton"])])
    ln(50, ["Dispatch (", dn, ")"], ["ok noted. Return the refused carton to ", LOC(a.city),
                                     " hub, RMA ", order_no(r), "."])
    if r.random() < 0.5:
        ln(95, P(drv.first), ["done with stop 4, signed by ", P(cust.first), ". POD uploaded"])
    return b


def k_call_transcript(r):
    b = Builder()
    agent = person(r)
    caller = person(r)
    cc = home_cc(r, caller)
    a = address(r, cc)
    trk = tracking(r)
    d = rdate(r)
    company = r.choice(COMPANIES[:12])
    b.t(f"Call ID: {digits(r, 4)}-{digits(r, 2)}-{rs(r, UP, 1)} | Queue: Parcel Tracing | Duration: 00:0{r.randint(3, 9)}:{r.randint(10, 59)}\n\n")
    secs = [3]

    def ln(who, parts):
        s = secs[0]
        b.t(f"00:{s // 60:02d}:{s % 60:02d} {who}: ")
        b.add(parts)
        b.t("\n")
        secs[0] += r.randint(5, 25)

    ln("Agent", [f"Thank you for calling {company}, my name is ", P(agent.first), ". How can I help?"])
    ln("Caller", ["Hi, yes, this is ", P(r.choice([caller.full, caller.full, caller.first])),
                  ". The app says my parcel was delivered but there's nothing here."])
    ln("Agent", ["I'm sorry to hear that. Can I have the tracking number, please?"])
    ln("Caller", ["It's ", trk, "."])
    ln("Agent", ["Thanks. To verify, can you confirm the delivery address and your date of birth?"])
    ln("Caller", [ADR(a.one()), ", and I was born on ", DOB(fdate(r, rdob(r))), "."])
    ln("Agent", ["Thank you. The driver's scan shows ", DT(fdt(r, d)),
                 " with a photo at the side door. Is there a number we can reach you on?"])
    ln("Caller", [PH(phone(r, cc if cc in PHONE_FMT else "us")), ", that's my mobile."])
    ln("Agent", [f"I've opened case {digits(r, 8)}. Our depot team will call you back by ",
                 DT(ftime(r, advance(d, 60 * 26))), " tomorrow."])
    ln("Caller", ["OK. Thanks, ", P(agent.first), "."])
    return b


def k_sms_notifications(r):
    b = Builder()
    cust = person(r)
    cc = r.choice(["gb", "us", "gb"])
    d = rdate(r)
    drv = person(r)
    shop = r.choice(SHOPS)
    trk = tracking(r)
    carrier = r.choice(["DPD", "Evri", "Royal Mail", "Yodel", "UPS", "Kestrel"])
    b.f("SMS from {ph} - {ts}\n", ph=PH(phone(r, cc)), ts=f"{d:%d/%m} {d.hour - 1:02d}:{r.randint(10, 59):02d}")
    t1 = d
    t2 = advance(d, 60)
    b.f("{c}: Hi {f}, your parcel {trk} from {s} is due {dd} between {a} and {bb}. Your driver is {drv}. "
        "Manage delivery: {u}\n\n",
        c=carrier, f=P(cust.first), trk=trk, s=shop, dd=DT(fdate(r, d, style=r.choice([2, 3, 9]))),
        a=DT(f"{t1:%H:%M}"), bb=DT(f"{t2:%H:%M}"), drv=P(drv.first), u=URL(url(r)))
    if r.random() < 0.6:
        b.f("SMS - {ts}\n{c}: Sorry we missed you. Your parcel is now at {a}. Collect after {w} with photo ID. Ref {ref}\n\n",
            ts=f"{d:%d/%m} {d.hour + 1:02d}:{r.randint(10, 59):02d}", c=carrier, a=ADR(address(r, cc).one()),
            w=DT(fdt(r, advance(d, 60 * 20))), ref=digits(r, 10))
    if r.random() < 0.5:
        b.f("Reply STOP to opt out. Questions? Call {ph}.\n", ph=PH(phone(r, cc)))
    else:
        b.t("Reply 1 to leave with a neighbour, 2 for safe place, 3 to reschedule.\n")
    return b


def k_shipment_csv(r):
    b = Builder()
    b.t("order_id,consignee_name,street,city,state,zip,phone,email,service,weight_kg,ship_date\n")
    for _ in range(r.randint(3, 7)):
        p = person(r)
        a = address(r, "us")
        csv_row(b, [order_no(r), P(nm(r, p, "full full lf upper")), ADR(a.street), LOC(a.city), LOC(a.region), a.postcode,
                    PH(phone(r, "us")), EM(email_for(r, p)), r.choice(["GROUND", "2DAY", "NDA", "LTL"]),
                    f"{r.uniform(0.2, 68):.1f}", DT(fdate(r, rdate(r), style=r.choice([0, 1])))])
    return b


def k_manifest_tsv(r):
    b = Builder()
    d = rdate(r)
    b.f("MANIFEST\tdepot {c}\troute {n}\tdate {dd}\n", c=LOC(r.choice(GB_CITIES)[0]), n=str(r.randint(10, 99)),
        dd=DT(fdate(r, d, style=7)))
    b.t("stop\tparcel\tsscc\trecipient\taddress\tphone\tcod_gbp\n")
    for k in range(1, r.randint(4, 7)):
        p = person(r)
        a = address(r, "gb")
        csv_row(b, [str(k), tracking(r), sscc(r), P(nm(r, p, "full upper lf")), ADR(a.one()),
                    PH(phone(r, "gb")) if r.random() < 0.8 else "-", r.choice(["0.00", amount(r, 5, 300)])], sep="\t")
    b.t(f"TOTAL\t{k} parcels\n")
    return b


def k_booking_json(r):
    b = Builder()
    shipper_contact = person(r)
    cons = person(r)
    ca = address(r, r.choice(["us", "de", "nl", "gb", "fr"]))
    pol, pod = r.sample(sorted(PORT_LOCODE), 2)
    obj = {
        "bookingNumber": booking_no(r),
        "carrier": r.choice(CARRIERS[:7]),
        "serviceContract": f"SC{digits(r, 7)}",
        "shipper": {"name": r.choice(COMPANIES + PERSONLIKE_COMPANIES[:6]),
                    "contact": {"name": P(shipper_contact.full), "email": EM(email_for(r, shipper_contact, r.choice(DOMAINS_BIZ))),
                                "phone": PH(phone(r, r.choice(["cn", "de", "us", "in"])))}},
        "consignee": {"name": P(nm(r, cons, "full upper")),
                      "address": {"line1": ADR(ca.street), "city": LOC(ca.city),
                                  **({"stateOrProvince": LOC(ca.region)} if ca.region else {}),
                                  "postalCode": ca.postcode, "countryCode": ca.cc}},
        "portOfLoading": {"unLocode": PORT_LOCODE[pol], "name": LOC(pol)},
        "portOfDischarge": {"unLocode": PORT_LOCODE[pod], "name": LOC(pod)},
        "cargoReadyDate": DT(rdate(r).strftime("%Y-%m-%d")),
        "equipment": [{"isoCode": r.choice(["45G1", "22G1", "45R1"]), "count": r.randint(1, 5)}],
        "commodity": {"hsCode": hs_code(r).replace(".", "")[:6], "description": r.choice(["furniture", "textiles", "machinery parts", "frozen fish"])},
        "grossWeightKg": r.randint(2000, 26000),
        "status": r.choice(["CONFIRMED", "PENDING", "AMENDED"]),
    }
    jemit(b, obj, ind=r.choice([2, 2, 0]))
    b.t("\n")
    return b


def k_tracking_webhook(r):
    b = Builder()
    p = person(r)
    d = rdate(r)
    b.t("POST /hooks/carrier/events HTTP/1.1\nHost: api.shopfront.example\nContent-Type: application/json\n")
    b.f("X-Forwarded-For: {ip}\n", ip=IP(ipv4(r, "pub")))
    b.t(f"X-Carrier-Signature: t={r.randint(1_690_000_000, 1_760_000_000)},v1={sha(r, 64)}\n")
    b.t(f"User-Agent: CarrierHooks/{version(r)}\n\n")
    obj = {"event": r.choice(["delivery.exception", "delivery.rescheduled", "out_for_delivery"]),
           "id": uuid4(r), "tracking_number": tracking(r), "carrier": r.choice(CARRIERS[7:20]),
           "recipient": {"name": P(nm(r, p, "full full upper lower")), "phone": PH(phone(r, home_cc(r, p) if home_cc(r, p) in PHONE_FMT else "us"))},
           "estimated_delivery": DT(d.strftime("%Y-%m-%d")), "attempts": r.randint(0, 3),
           "reason": r.choice(["ADDRESS_INCOMPLETE", "RECIPIENT_ABSENT", "CUSTOMS_HOLD", "WEATHER"]),
           "ts": r.randint(1_690_000_000, 1_760_000_000)}
    jemit(b, obj, ind=0)
    b.t("\n")
    if r.random() < 0.6:
        b.f("\n# verify with signing secret {s} (rotate quarterly)\n", s=GS(generic_secret(r, "whsec")))
    return b


def k_wms_config_yaml(r):
    b = Builder()
    b.t(f"# wms-core configuration - v{version(r)}\n# owner: platform-team  (ticket OPS-{digits(r, 4)})\n")
    b.t(f"service:\n  name: wms-core\n  region: {r.choice(['eu-central-1', 'us-east-2', 'eu-west-1'])}\n  listen_port: 8443\n  timezone: {r.choice(['Europe/Berlin', 'America/Chicago', 'Europe/Amsterdam'])}\n")
    pw = password(r, dsn_safe=True)
    host = ipv4(r, "priv10")
    b.f("database:\n  host: {h}\n  port: 5432\n  user: wms_app\n", h=IP(host))
    if r.random() < 0.7:
        b.f("  password: {p}\n", p=PW(pw))
    else:
        b.t("  password: ${WMS_DB_PASSWORD}\n")
    if r.random() < 0.6:
        b.f("  dsn: postgresql://wms_app:{p}@db-primary.wms.internal:5432/wms?sslmode=require\n", p=PW(password(r, dsn_safe=True)))
    b.t("  pool_size: 20\n")
    if r.random() < 0.7:
        b.f("aws:\n  access_key_id: {a}\n  secret_access_key: {s}\n  s3_bucket: wms-label-archive\n",
            a=E("AWS_ACCESS_KEY", aws_access(r)), s=E("AWS_SECRET_KEY", aws_secret(r)))
    else:
        b.t("aws:\n  access_key_id: ${AWS_ACCESS_KEY_ID}\n  secret_access_key: ${AWS_SECRET_ACCESS_KEY}\n")
    if r.random() < 0.6:
        b.f("slack:\n  bot_token: {t}\n  channel: \"#dock-alerts\"\n", t=E("SLACK_TOKEN", slack_token(r)))
    b.f("carrier_api:\n  base_url: {u}\n  api_key: {k}\n  timeout_ms: 4000\n",
        u=URL(f"https://{r.choice(['api.quayline.io', 'api.cobaltfreight.net', 'labels.kestrel-couriers.co.uk'])}/v{r.randint(1, 3)}"),
        k=GS(generic_secret(r)))
    b.f("printers:\n  - name: ZT410-DOCK{n}\n    ip: {ip}\n", n=str(r.randint(1, 9)), ip=IP(ipv4(r, "priv10")))
    return b


def k_dotenv(r):
    b = Builder()
    b.t(f"# carrier-integration/.env  (copied from staging - DO NOT COMMIT)\nNODE_ENV=production\nAPP_VERSION={version(r)}\nPORT=3000\n")
    opts = list(range(6))
    r.shuffle(opts)
    for o in opts[:r.randint(3, 6)]:
        if o == 0:
            b.f("STRIPE_SECRET_KEY={k}\n", k=E("STRIPE_KEY", stripe_key(r)))
        elif o == 1:
            b.f("STRIPE_WEBHOOK_SECRET={k}\n", k=GS(generic_secret(r, "whsec")))
        elif o == 2:
            b.f("GITHUB_TOKEN={k}\n", k=E("GITHUB_TOKEN", github_token(r)))
        elif o == 3:
            b.f("{n}_API_KEY={k}\n", n=r.choice(["DHL", "UPS", "FEDEX", "SENDCLOUD", "SHIPPO", "EASYPOST"]), k=GS(generic_secret(r)))
        elif o == 4:
            b.f("REDIS_URL=redis://:{p}@{ip}:6379/0\n", p=PW(password(r, dsn_safe=True)), ip=IP(ipv4(r, "priv10")))
        else:
            b.f("SMTP_USER={u}\nSMTP_PASS={p}\n", u=EM(biz_email(r, "notifications")), p=PW(password(r)))
    b.t("DATABASE_URL=${DATABASE_URL}\nLOG_LEVEL=info\nLABEL_FORMAT=ZPL\n")
    return b


def k_scanner_ini(r):
    b = Builder()
    b.t(f"; Handheld scanner profile - {r.choice(['Zebra TC52', 'Honeywell CT40', 'Datalogic Memor 10'])} fleet\n; firmware {r.randint(10, 13)}-{r.randint(10, 60)}-{r.randint(10, 30)}.00\n\n")
    b.f("[network]\nssid = WH-SCAN-{s}\npsk = {p}\ngateway = {g}\ndns = {d}\n\n", s=r.choice(["5G", "2G", "DOCK"]),
        p=PW(password(r)), g=IP(ipv4(r, "priv10")), d=IP(r.choice([ipv4(r, "priv10"), "1.1.1.1", "9.9.9.9"])))
    b.f("[server]\nhost = {h}\nport = {port}\nuser = scanner{n}\npassword = {p}\n\n", h=IP(ipv4(r, "priv192")),
        port=str(r.choice([9100, 8080, 443, 5000])), n=str(r.randint(1, 99)), p=PW(password(r)))
    b.t(f"[sync]\ninterval_s = {r.choice([60, 120, 300])}\nbatch = {r.randint(50, 500)}\nsite = DC{r.randint(1, 9)}\n")
    if r.random() < 0.4:
        b.f("\n[mdm]\nenroll_url = {u}\ntoken = {t}\n", u=URL(f"https://mdm.{r.choice(DOMAINS_BIZ)}/enroll"), t=GS(generic_secret(r, "opaque")))
    return b


def k_k8s_secret(r):
    b = Builder()
    b.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {r.choice(['tms-credentials', 'dispatch-api', 'edi-gateway', 'label-service'])}\n"
        f"  namespace: {r.choice(['dispatch', 'wms', 'edi', 'default'])}\n  labels:\n    app.kubernetes.io/version: \"{version(r)}\"\ntype: Opaque\ndata:\n")
    keys = [("DB_PASSWORD", "PASSWORD", lambda: password(r)), ("SMTP_PASSWORD", "PASSWORD", lambda: password(r)),
            ("ROUTING_API_KEY", "GENERIC_SECRET", lambda: generic_secret(r)),
            ("OAUTH_CLIENT_SECRET", "GENERIC_SECRET", lambda: generic_secret(r, "opaque")),
            ("SFTP_PASSWORD", "PASSWORD", lambda: password(r)),
            ("MAPS_API_KEY", "GENERIC_SECRET", lambda: generic_secret(r, "google"))]
    r.shuffle(keys)
    for k, typ, gen in keys[:r.randint(2, 4)]:
        b.f("  {k}: {v}\n", k=k, v=E(typ, b64(gen())))
    return b


def k_wms_app_log(r):
    b = Builder()
    d = rdate(r)
    st = r.choice([0, 1, 4])
    n = r.randint(6, 11)
    for k in range(n):
        d = tick(r, d)
        b.t(log_ts(r, d, st) + " ")
        ev = r.randint(0, 9)
        if ev == 0:
            b.t(f"INFO  [picker-svc] wave W-{d:%Y%m%d}-{r.randint(1, 20):02d} released: {r.randint(20, 300)} lines, {r.randint(5, 80)} orders\n")
        elif ev == 1:
            b.f("WARN  [label-svc] printer ZT410-DOCK{n} at {ip} timeout after {ms}ms\n", n=str(r.randint(1, 9)), ip=IP(ipv4(r, "priv10")), ms=str(r.choice([3000, 5000])))
        elif ev == 2:
            b.f("INFO  [auth] user {u} login ok from {ip}\n", u=r.choice(["jkowalski", "m.rossi", "svc-rf", "ops_admin", "tnguyen"]), ip=IP(ipv4(r)))
        elif ev == 3:
            b.t(f"DEBUG [putaway] LPN {sscc(r)} -> bin {rs(r, UP, 1)}{r.randint(1, 40):02d}-{r.randint(1, 9)}-{r.randint(1, 5)} qty={r.randint(1, 48)}\n")
        elif ev == 4:
            b.t(f"ERROR [tms-bridge] POST /v2/shipments 502 Bad Gateway (attempt {r.randint(1, 3)}/3, {r.randint(200, 9000)}ms) req={uuid4(r)}\n")
        elif ev == 5:
            b.t(f"INFO  [inventory] cycle count CC-{digits(r, 5)} closed, variance {r.randint(-5, 5)} units\n")
        elif ev == 6:
            b.t(f"INFO  [dock] trailer {rs(r, UP, 4)}{digits(r, 6)} assigned door {r.randint(1, 40)}\n")
        elif ev == 7:
            b.f("WARN  [address-validation] could not geocode consignee {n} for order {o}\n",
                n=P(nm(r, person(r), "full upper lf")), o=order_no(r))
        elif ev == 8:
            b.t(f"INFO  [release] deployed wms-core {version(r)} (build {r.randint(1000, 9999)}, commit {sha(r, 7)})\n")
        else:
            b.f("INFO  [sync] replicated {n} rows to {ip6}\n", n=str(r.randint(100, 9000)), ip6=IP(ipv6(r)))
    return b


def k_nginx_access_log(r):
    b = Builder()
    d = rdate(r)
    for k in range(r.randint(5, 9)):
        d = tick(r, d, 0, 90)
        path = r.choice([f"/track/{tracking(r)}", "/api/v2/rates?from=DEHAM&to=USNYC", f"/labels/{uuid4(r)}.pdf",
                         "/login", "/static/app.7f3c2a.js", f"/pod/{digits(r, 10)}", "/healthz"])
        b.f("{ip} - - {ts} \"{m} {p} HTTP/1.1\" {c} {sz} ", ip=IP(r.choice([ipv4(r), ipv4(r, "pub"), ipv6(r)]) if r.random() < 0.9 else ipv4(r)),
            ts=log_ts(r, d, 3), m=r.choice(["GET", "GET", "POST"]), p=path, c=str(r.choice([200, 200, 304, 404, 502])),
            sz=str(r.randint(200, 90000)))
        if r.random() < 0.45:
            b.f("\"{u}\" ", u=URL(r.choice([url(r), "https://www.google.com/", f"https://{r.choice(URL_HOSTS)}/"])))
        else:
            b.t("\"-\" ")
        b.t(f"\"{r.choice(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)', 'curl/8.4.0', 'ScannerAgent/' + version(r)])}\"\n")
    return b


def k_edi_x12_214(r):
    b = Builder()
    d = rdate(r)
    p = person(r, r.choice(["us", "mx", "gb", "ng", "in"]), no_apos=True)
    a = address(r, "us")
    scac = rs(r, UP, 4)
    ctl = digits(r, 9)
    b.t(f"ISA*00*          *00*          *02*{scac:<15}*ZZ*{'SHIPPER' + digits(r, 4):<15}*{d:%y%m%d}*{d:%H%M}*U*00401*{ctl}*0*P*>~\n")
    b.t(f"GS*QM*{scac}*SHIPPER*{d:%Y%m%d}*{d:%H%M}*{r.randint(100, 9999)}*X*004010~\nST*214*0001~\n")
    b.t(f"B10*PRO{digits(r, 7)}*SHIP{digits(r, 5)}*{scac}~\nL11*{order_no(r)}*PO~\n")
    b.f("N1*CN*{n}~\nN3*{s}~\nN4*{c}*{st}*{z}*US~\n", n=P(p.full.upper()), s=ADR(a.street.upper()), c=LOC(a.city.upper()),
        st=LOC(a.region), z=a.postcode)
    dd = advance(d, 60 * r.randint(20, 80))
    b.f("LX*1~\nAT7*{code}*NS***{dt}*{tm}*LT~\n", code=r.choice(["D1", "X1", "AF", "X6"]), dt=DT(f"{dd:%Y%m%d}"), tm=DT(f"{dd:%H%M}"))
    c2, s2, _ = r.choice(US_CITIES)
    b.f("MS1*{c}*{s}*US~\nMS2*{scac}*{trl}~\n", c=LOC(c2.upper()), s=LOC(s2), scac=scac, trl=digits(r, 6))
    if r.random() < 0.5:
        b.f("G62*17*{d2}~\n", d2=DT(f"{advance(dd, 1440):%Y%m%d}"))
    b.t(f"AT8*G*L*{r.randint(100, 20000)}*{r.randint(1, 26)}~\nSE*{r.randint(9, 12)}*0001~\nGE*1*{r.randint(100, 9999)}~\nIEA*1*{ctl}~\n")
    return b


def k_edifact_iftmin(r):
    b = Builder()
    d = rdate(r)
    ref = digits(r, 8)
    b.t(f"UNA:+.? '\nUNB+UNOC:3+{rs(r, UP, 6)}:ZZ+{rs(r, UP, 6)}:ZZ+{d:%y%m%d}:{d:%H%M}+{ref}'\nUNH+1+IFTMIN:D:04A:UN'\n")
    b.t(f"BGM+610+{booking_no(r)}+9'\n")
    dd = advance(d, 60 * 24 * r.randint(2, 10))
    b.f("DTM+2:{x}:102'\n", x=DT(f"{dd:%Y%m%d}"))
    b.t(f"TSR+{r.choice(['27', '30'])}+2'\nLOC+5+{r.choice(LOCODES)}:139:6'\nLOC+8+{r.choice(LOCODES)}:139:6'\n")
    a1 = address(r, r.choice(["de", "nl", "fr", "pl"]))
    comp = r.choice(COMPANIES).upper()
    b.f("NAD+CZ+++{c}+{s}+{city}++{pc}+{cc}'\n", c=comp, s=ADR(a1.street), city=LOC(a1.city), pc=a1.postcode, cc=a1.cc)
    p = person(r, r.choice(["de", "nl", "fr", "pl", "se", "it", "tr"]), no_apos=True)
    a2 = address(r, home_cc(r, p) if home_cc(r, p) in ("de", "nl", "fr", "pl", "se", "it") else "de")
    b.f("NAD+CN+++{n}+{s}+{city}++{pc}+{cc}'\n", n=P(p.full.upper() if r.random() < 0.5 else p.full), s=ADR(a2.street),
        city=LOC(a2.city), pc=a2.postcode, cc=a2.cc)
    c = person(r, no_apos=True)
    b.f("CTA+IC+:{n}'\nCOM+{ph}:TE'\nCOM+{em}:EM'\n", n=P(c.full), ph=PH(phone(r, "de").replace("+", "00").replace("(0)", "")),
        em=EM(email_for(r, c, r.choice(DOMAINS_BIZ))))
    b.t(f"GID+1+{r.randint(1, 33)}:PX'\nMEA+AAE+WT+KGM:{r.randint(100, 9000)}'\nFTX+AAA+++{r.choice(['SPARE PARTS', 'TEXTILES', 'CONSUMER GOODS'])}'\n")
    b.t(f"UNT+{r.randint(14, 18)}+1'\nUNZ+1+{ref}'\n")
    return b


def k_customs_declaration_cn23(r):
    b = Builder()
    snd = person(r)
    rcp = person(r)
    sa = address(r, home_cc(r, snd))
    ra = address(r, home_cc(r, rcp))
    d = rdate(r)
    b.t(f"CUSTOMS DECLARATION  CN 23   No. {pat(r, 'AA#########AA')}\n")
    b.f("From / Sender: {n}\nAddress: {a}\nTel: {ph}\n", n=P(nm(r, snd, "full upper lf")), a=ADR(sa.one(country=True)), ph=PH(phone(r, sa.cc.lower() if sa.cc.lower() in PHONE_FMT else "us")))
    b.f("To / Recipient: {n}\nAddress: {a}\n", n=P(nm(r, rcp, "full upper lf")), a=ADR(ra.one(country=True)))
    if r.random() < 0.7:
        b.f("Email: {e}\n", e=EM(email_for(r, rcp)))
    b.t("\nQty | Detailed description of contents | HS tariff no. | Origin | Net weight | Value\n")
    tot = 0.0
    for _ in range(r.randint(1, 4)):
        v = r.uniform(5, 400)
        tot += v
        b.t(f"{r.randint(1, 6)} | {r.choice(['cotton T-shirts', 'ceramic mug', 'used book', 'phone case', 'tea 250g', 'leather wallet', 'toy figures'])} | "
            f"{hs_code(r)} | {r.choice(['CN', 'DE', 'GB', 'US', 'VN', 'TR', 'IN'])} | {r.uniform(0.1, 3):.2f} kg | EUR {v:.2f}\n")
    b.t(f"\nTotal value: EUR {tot:.2f}   Category: {r.choice(['Gift', 'Sale of goods', 'Returned goods', 'Commercial sample'])}\n")
    b.t(f"Importer reference (tax/VAT/EORI): {r.choice(['DE', 'FR', 'NL', 'IE'])}{digits(r, 12)}\n")
    b.f("I certify that the particulars given in this declaration are correct.\nDate and sender's signature: {d} / {n}\n",
        d=DT(fdate(r, d)), n=P(snd.full))
    return b


def k_commercial_invoice(r):
    b = Builder()
    seller = r.choice(COMPANIES)
    sa = address(r, r.choice(["de", "it", "nl", "fr", "es"]))
    cp = person(r, {"DE": "de", "IT": "it", "NL": "nl", "FR": "fr", "ES": "es"}[sa.cc])
    buyer = person(r)
    ba = address(r, home_cc(r, buyer))
    d = rdate(r)
    b.f("COMMERCIAL INVOICE\nInvoice No.: INV-{y}-{n}   Date: {d}\n\n", y=str(d.year), n=digits(r, 5), d=DT(fdate(r, d)))
    b.f("Seller / Exporter:\n{s}\n{a}\nContact: {c}, {ph}\nEORI: {cc}{eori}\n\n", s=seller, a=ADR(sa.multi(country=True)),
        c=P(cp.full), ph=PH(phone(r, sa.cc.lower())), cc=sa.cc, eori=digits(r, 11))
    b.f("Buyer / Consignee:\n{n}\n{a}\n\n", n=P(nm(r, buyer, "full upper")), a=ADR(ba.multi(country=True)))
    b.t("Pos | Description | HS code | Qty | Unit price | Amount\n")
    tot = 0.0
    for k in range(1, r.randint(2, 5)):
        q = r.randint(1, 200)
        up = r.uniform(2, 300)
        tot += q * up
        b.t(f"{k} | {r.choice(['Pallet wrap 500mm', 'Steel shelving unit', 'LED panel 60x60', 'Hand pallet truck 2.5t', 'Label roll 100x150'])} | "
            f"{hs_code(r)} | {q} | {up:.2f} | {q * up:,.2f}\n")
    b.f("\nTotal EUR {tot}   Incoterms: {inc} {pl} (Incoterms 2020)\n", tot=f"{tot:,.2f}", inc=r.choice(['DAP', 'EXW', 'FCA', 'DDP']),
        pl=LOC(r.choice(PORT_CITIES)))
    b.f("Payment: 30 days net to IBAN {ib}, BIC {bic}\n", ib=E("IBAN_CODE", iban(r, sa.cc)),
        bic=r.choice(["DEUTDEFFXXX", "COBADEFFXXX", "INGBNL2A", "BNPAFRPP", "UNCRITMM", "CAIXESBBXXX"]))
    b.t(f"Country of origin: {sa.cc}. Gross weight {r.randint(50, 4000)} kg, {r.randint(1, 20)} pallets.\n")
    return b


def k_bill_of_lading_ocr(r):
    b = Builder()
    shipper = r.choice(COMPANIES + PERSONLIKE_COMPANIES[:5]).upper()
    sa = address(r, r.choice(["us", "de", "gb", "nl"]))
    cons = person(r)
    ca = address(r, home_cc(r, cons))
    pol, pod = r.sample(PORT_CITIES, 2)
    d = rdate(r)
    b.t(f"BILL 0F LADING   B/L No.: {r.choice(['MAEU', 'MEDU', 'HLCU', 'CMDU'])}{digits(r, 9)}\n----------------------------------------\n")
    b.f("SHIPPER\n{s}\n{a}\n\n", s=shipper, a=ADR(sa.multi().upper()))
    b.f("C0NSIGNEE\n{n}\n{a}\n\n", n=P(cons.full.upper()), a=ADR(ca.multi(country=True).upper()))
    if r.random() < 0.5:
        np_ = person(r)
        b.f("NOTIFY PARTY\n{n}  TEL {ph}\n\n", n=P(np_.full.upper()), ph=PH(phone(r, "us")))
    else:
        b.t("NOTIFY PARTY\nSAME AS C0NSIGNEE\n\n")
    b.f("Vessel / Voy: {v} {voy}    Port of Loading: {pl}    Port of Discharge: {pd}\n",
        v=r.choice(VESSELS), voy=f"{r.randint(100, 999)}{r.choice('EWNS')}", pl=LOC(pol.upper()), pd=LOC(pod.upper()))
    b.t("Marks & Nos     Container / Seal          Pkgs   Description              Gross kg\n")
    for _ in range(r.randint(1, 3)):
        b.t(f"N/M             {container_no(r)} / {digits(r, 7)}   {r.randint(10, 900)} CTN  {r.choice(['SAID TO CONTAIN FURNITURE', 'STC GARMENTS', 'STC AUTO PARTS', 'STC TILES'])}   {r.randint(2000, 26000)}\n")
    b.f("\nFREIGHT PREPAID   Number of original B/L: THREE (3)\nPlace and date of issue: {pl}, {d}\n", pl=LOC(pol.upper()), d=DT(fdate(r, d).upper()))
    b.t("Signed for the Carrier " + r.choice(CARRIERS[:6]) + " as agent  ..........\n")
    return b


def k_air_waybill(r):
    b = Builder()
    snd = person(r)
    sa = address(r, r.choice(["de", "nl", "gb", "us"]))
    cons = person(r)
    ca = address(r, home_cc(r, cons))
    d = rdate(r)
    org, dst = r.sample(IATA, 2)
    b.f("AIR WAYBILL  {a}\nAirport of Departure: {o}    Airport of Destination: {dd}\n\n", a=awb(r), o=org, dd=dst)
    b.f("Shipper's Name and Address:\n{n}\n{a}\nTel {ph}\n\n", n=P(nm(r, snd, "full upper")), a=ADR(sa.multi(country=True)),
        ph=PH(phone(r, sa.cc.lower())))
    b.f("Consignee's Name and Address:\n{n}\n{a}\n\n", n=P(nm(r, cons, "full upper")), a=ADR(ca.multi(country=True)))
    fl = f"{r.choice(['LH', 'KL', 'AF', 'TK', 'CX', 'QR', 'EK'])} {r.randint(100, 9999)}"
    b.f("Flight/Date: {fl} / {d}\n", fl=fl, d=DT(f"{d.day:02d} {MONTHS['en'][d.month-1][:3].upper()} {d.year}"))
    b.t(f"No. of Pieces: {r.randint(1, 12)}  Gross Weight: {r.randint(2, 800)} K  Rate Class: Q  Chargeable: {r.randint(2, 900)}\n")
    b.t(f"Nature and Quantity of Goods: {r.choice(['CONSOLIDATION AS PER ATTACHED MANIFEST', 'SPARE PARTS', 'PHARMACEUTICALS 2-8C', 'ELECTRONICS'])}\n")
    np_ = person(r)
    b.f("Handling Information: notify {n} on arrival, {ph}\n", n=P(np_.full), ph=PH(phone(r, r.choice(['us', 'gb', 'de', 'sg']))))
    b.f("Executed on {d} at {pl}\nSignature of Issuing Carrier or its Agent: {s}\n", d=DT(fdate(r, advance(d, -1440))),
        pl=LOC(sa.city), s=P(person(r).full))
    return b


def k_driver_onboarding_form(r):
    b = Builder()
    p = person(r, r.choice(["us", "us", "mx", "us", "ng", "in", "ar", "vn"]))
    a = address(r, "us")
    d = rdate(r)
    company = r.choice(COMPANIES)
    b.t(f"DRIVER APPLICATION FOR EMPLOYMENT - {company}\n(49 CFR 391.21)   Form DQ-{r.randint(1, 9)}  rev {r.randint(2019, 2024)}\n\n")
    b.f("Applicant name: {n}\nDate of birth: {dob}\nSocial Security No.: {s}\n", n=P(p.lf if r.random() < 0.6 else p.full),
        dob=DOB(fdate(r, rdob(r), style=r.choice([0, 1, 2]))), s=E("US_SSN", ssn(r)))
    b.f("Home address: {a}\nPhone: {ph}   Alt. phone: {ph2}\nEmail: {e}\n\n", a=ADR(a.one()), ph=PH(phone(r, "us")),
        ph2=PH(phone(r, "us")), e=EM(email_for(r, p)))
    b.f("CDL number: {dl}   Issuing state: {st}   Class: {cl}   Expires: {ex}\nEndorsements: {en}\n",
        dl=E("DRIVER_LICENSE", driver_license(r, "us")), st=LOC(r.choice(list(US_STATES_FULL))), cl=r.choice("AAB"),
        ex=DT(fdate(r, rdate(r, 2025, 2029), style=r.choice([0, 1]))), en=r.choice(["H, N, T", "N", "X", "none", "T, P"]))
    sup = person(r)
    b.f("Previous employer: {pe}, supervisor {s}, tel {ph}\n", pe=r.choice(PERSONLIKE_COMPANIES[:6]), s=P(sup.full), ph=PH(phone(r, "us")))
    b.f("Direct deposit - Routing no.: {rt}   Account no.: {ac}\n", rt=routing_no(r), ac=ACC(account_no(r, "bank")))
    if r.random() < 0.5:
        b.t(f"Spouse tax ID (ITIN) for W-4: {ssn_invalid(r)}\n")
    ec = person(r, p.c)
    b.f("Emergency contact: {n} ({rel}) {ph}\n\n", n=P(ec.full), rel=r.choice(["spouse", "mother", "brother", "friend"]), ph=PH(phone(r, "us")))
    b.f("I certify this application was completed by me. Signature: ______________   Date: {d}\n", d=DT(fdate(r, d, style=1)))
    b.t(f"Office use: MVR pulled  [x]   PSP report [ ]   Drug test ID {digits(r, 9)}\n")
    return b


def k_dot_medical_certificate(r):
    b = Builder()
    p = person(r, r.choice(["us", "us", "mx", "gb", "ar"]))
    doc = person(r)
    d = rdate(r)
    st = r.choice(list(US_STATES_FULL))
    b.t("MEDICAL EXAMINER'S CERTIFICATE\n(Commercial Driver Medical Certification - 49 CFR 391.43)\n\n")
    b.f("I certify that I have examined {n} in accordance with the Federal Motor Carrier Safety Regulations and that "
        "with knowledge of the driving duties, I find this person is qualified.\n\n", n=P(r.choice([p.full, p.full.upper()])))
    b.f("Driver's license no.: {dl}   State: {st}\nDate of birth: {dob}\nClinic MRN: {m}\n", dl=E("DRIVER_LICENSE", driver_license(r, "us")),
        st=LOC(st), dob=DOB(fdate(r, rdob(r), style=1)), m=E("MEDICAL_RECORD_NUMBER", mrn(r)))
    b.t(f"[ ] meets standards  [x] meets standards but periodic monitoring required ({r.choice(['hypertension', 'diabetes (non-insulin)', 'sleep apnea'])})\n")
    b.f("Medical examiner: Dr. {dn}, {deg}\nNational Registry number: {nr}\nCertificate date: {cd}   Expiration date: {ed}\n",
        dn=P(doc.full), deg=r.choice(["MD", "DO", "NP", "PA-C"]), nr=digits(r, 10, True), cd=DT(fdate(r, d, style=1)),
        ed=DT(fdate(r, advance(d, 1440 * 365), style=1)))
    ca = address(r, "us")
    b.f("Clinic: {c} Occupational Health, {a}  Tel {ph}  Fax {fx}\n", c=r.choice(["Harborview", "Tidewater", "Summit", "Crossroads"]),
        a=ADR(ca.one()), ph=PH(phone(r, "us")), fx=PH(phone(r, "us")))
    return b


def k_warehouse_injury_report(r):
    b = Builder()
    emp = person(r)
    sup = person(r)
    wit = person(r)
    d = rdate(r)
    b.t(f"INCIDENT / INJURY REPORT   Ref IR-{d.year}-{digits(r, 4)}   Site: DC{r.randint(1, 9)}\n\n")
    b.f("Employee: {n}   Employee ID: E{eid}\nDate of birth: {dob}\nJob title: {jt}\n", n=P(nm(r, emp, "full lf upper")),
        eid=digits(r, 6), dob=DOB(fdate(r, rdob(r))), jt=r.choice(["Reach truck operator", "Picker", "Loader", "Inventory clerk"]))
    b.f("Date/time of incident: {dt}\nLocation: aisle {ai}, bay {bay}, level {lv}\n\n", dt=DT(fdt(r, d)), ai=str(r.randint(1, 40)),
        bay=r.choice("ABCDEFG"), lv=str(r.randint(0, 5)))
    b.f("Description: While {act}, {emp} {what}. Supervisor {sup} was notified immediately and {wit} witnessed the event. "
        "First aid was given on site ({drug} and a cold pack).\n\n",
        act=r.choice(["lowering a pallet from level 4", "cutting stretch wrap", "loading trailer at door 12", "picking from a flow rack"]),
        emp=P(emp.first), what=r.choice(["strained the lower back", "cut the left hand", "twisted an ankle on a broken pallet", "was hit by a falling carton"]),
        sup=P(r.choice([sup.full, sup.last])), wit=P(wit.full), drug=r.choice(DRUG_NAMES))
    b.f("Treated at: {c} Urgent Care, MRN {m}\nHealth plan member ID: {h}   Group: {g}\n", c=r.choice(["Riverside", "Northgate", "St. Luke's"]),
        m=E("MEDICAL_RECORD_NUMBER", mrn(r)), h=E("HEALTH_PLAN_NUMBER", health_plan(r)), g=f"{digits(r, 6)}-{digits(r, 2)}")
    b.t(f"Lost time: {r.choice(['none', '1 shift', '3 days', 'TBD'])}   OSHA recordable: {r.choice(['yes', 'no'])}   Workers' comp claim {digits(r, 10)}\n")
    b.f("Report completed by {s} on {d}\n", s=P(sup.full), d=DT(fdate(r, advance(d, 120))))
    return b


def k_benefits_enrollment_email(r):
    b = Builder()
    emp = person(r)
    hr = person(r)
    dep = person(r, emp.c)
    d = rdate(r)
    b.f("To: {e}\nSubject: Your {y} benefits enrollment is confirmed\n\n", e=EM(email_for(r, emp, r.choice(DOMAINS_BIZ))), y=str(d.year))
    b.f("Hi {n},\n\n", n=P(emp.first))
    b.f("Thanks for completing open enrollment. Your medical coverage with {pl} starts on {st}.\n\n"
        "Member ID: {mid}\nGroup number: {g}\nPlan: {tier}\n",
        pl=r.choice(["Aetna Choice POS II", "BlueCross PPO", "UnitedHealthcare Choice Plus", "Kaiser HMO"]),
        st=DT(fdate(r, d)), mid=E("HEALTH_PLAN_NUMBER", health_plan(r)), g=digits(r, 7),
        tier=r.choice(["Employee + Spouse", "Employee + Children", "Family"]))
    b.f("Dependent: {n} (date of birth {dob}) - subscriber ID {sid}\n\n", n=P(f"{dep.first} {emp.last}"), dob=DOB(fdate(r, rdob(r))),
        sid=E("HEALTH_PLAN_NUMBER", health_plan(r)))
    b.t(f"SSN on file: XXX-XX-{digits(r, 4)} (masked)\n")
    b.t(f"Payroll deduction: USD {amount(r, 40, 400)} per pay period, starting with the first pay run of the month.\n"
        "Night-shift and weekend warehouse associates can ask questions at the benefits desk in the break room.\n\n")
    b.f("Best,\n{n}\nPeople Team | {c}\n{ph}\n", n=P(hr.full), c=r.choice(COMPANIES), ph=PH(phone(r, "us")))
    return b


def k_duty_payment_chat(r):
    b = Builder()
    agent = person(r)
    cust = person(r)
    d = rdate(r)
    b.t(f"Live chat transcript - Import duties & taxes - session {uuid4(r)[:8]}\n")
    t = d

    def ln(who, parts):
        nonlocal t
        t = advance(t, r.randint(0, 2))
        b.t(f"{t:%H:%M} ")
        b.add(who)
        b.t(": ")
        b.add(parts)
        b.t("\n")

    ln("Bot", ["Hi! You are chatting with ", P(agent.first), " from the duties team."])
    ln("Customer", [f"Hi, I got a message that I owe EUR {amount(r, 8, 90)} import VAT on parcel {tracking(r)}"])
    ln(P(agent.first), ["Correct, it was held in customs. I can take the payment here. Name on the card?"])
    ln("Customer", [P(cust.full.upper() if r.random() < 0.5 else cust.full)])
    ln(P(agent.first), ["And the card number?"])
    pan = card(r)
    ln("Customer", [E("CREDIT_CARD", pan)])
    ln(P(agent.first), [f"Thank you. For your security the number is now masked: **** **** **** {pan[-4:]}. "
                        f"Payment approved, auth code {rs(r, UP + DIG, 6)}, payment reference {luhn_invalid16(r)}."])
    ln(P(agent.first), ["The parcel will be released today; estimated delivery ", DT(fdate(r, advance(d, 2880))), "."])
    if r.random() < 0.5:
        ln("Customer", ["Can the receipt go to ", EM(email_for(r, cust)), " ?"])
    ln("Bot", ["Chat ended. Rate your experience 1-5."])
    return b


def k_cod_remittance_csv(r):
    b = Builder()
    b.t("remit_date,courier_account,driver,stops,cod_collected,currency,payout_account\n")
    cur = r.choice(["EUR", "PLN", "TRY", "EUR"])
    for _ in range(r.randint(3, 6)):
        p = person(r)
        cc = {"EUR": r.choice(["DE", "NL", "FR", "ES", "IT"]), "PLN": "PL", "TRY": "TR"}[cur]
        csv_row(b, [DT(fdate(r, rdate(r), style=0)), ACC(account_no(r, "ship")), P(nm(r, p, "full lf upper")), str(r.randint(30, 160)),
                    amount(r, 50, 4000).replace(",", ""), cur, E("IBAN_CODE", iban(r, cc, grouped=False))])
    b.t(f"# generated by cod-recon {version(r)}; totals reconciled against bank batch {digits(r, 8)}\n")
    return b


def k_telematics_json(r):
    """No entities: VINs, plates, epoch stamps, coordinates, firmware versions."""
    b = Builder()
    obj = {"fleet": f"FL-{digits(r, 3)}", "device_fw": version(r), "records": []}
    ts = r.randint(1_690_000_000, 1_760_000_000)
    for _ in range(r.randint(2, 4)):
        ts += r.randint(30, 600)
        obj["records"].append({"vin": vin(r), "plate": plate(r, r.choice(["de", "nl", "pl", "us"])), "ts": ts,
                               "lat": round(r.uniform(35, 60), 5), "lon": round(r.uniform(-10, 25), 5),
                               "speed_kmh": r.randint(0, 92), "fuel_pct": r.randint(5, 100), "odo_km": r.randint(10000, 900000),
                               "reefer_c": round(r.uniform(-25, 8), 1), "door": r.choice(["closed", "open"]),
                               "dtc": r.choice([[], ["P0420"], ["U0100", "P0301"]])})
    jemit(b, obj, ind=r.choice([2, 0]))
    b.t("\n")
    return b


def k_inventory_csv(r):
    """No entities."""
    b = Builder()
    b.t("sku,description,bin,lot,qty,uom,abc,velocity,last_count_ref\n")
    nrows = r.randint(6, 14)
    for _ in range(nrows):
        b.t(f"{rs(r, UP, 3)}-{digits(r, 5)},{r.choice(['Carton 40x30x20', 'Pallet wrap 23mu', 'Label roll 4x6', 'Tape 48mm', 'Dunnage bag', 'Void fill', 'Strap PET 12mm', 'Corner board'])},"
              f"{rs(r, UP, 1)}{r.randint(1, 40):02d}-{r.randint(1, 60):02d}-{r.randint(1, 6)},L{digits(r, 6)},{r.randint(0, 5000)},"
              f"{r.choice(['EA', 'CS', 'PL', 'RL'])},{r.choice('ABC')},{r.uniform(0, 9):.2f},CC-{digits(r, 5)}\n")
    b.t(f"# export v{version(r)} rows={nrows} checksum={sha(r, 8)}\n")
    return b


def k_tariff_table(r):
    """No entities: lanes by LOCODE, rates and surcharges."""
    b = Builder()
    b.t(f"OCEAN RATE SHEET  Tariff ref TRF-{digits(r, 5)}  rev {r.randint(1, 9)}  (all-in excl. DTHC)\n")
    b.t("POL    | POD    | Equip | Base USD | BAF   | LSS  | THC-O | Transit | Via\n")
    for _ in range(r.randint(5, 10)):
        pol, pod = r.sample(LOCODES, 2)
        b.t(f"{pol}  | {pod}  | {r.choice(['20GP', '40GP', '40HC', '40RH'])}  | {r.randint(600, 6500):>8} | {r.randint(100, 900):>5} | "
            f"{r.randint(10, 90):>4} | {r.randint(90, 320):>5} | {r.randint(12, 48)} d | {r.choice(LOCODES)}\n")
    b.t(f"Rates subject to GRI and PSS; CAF {r.randint(2, 9)}%; currency adjustment weekly. Quote ID {booking_no(r)}. Free time 7/7 days.\n")
    return b


def k_ci_pipeline_yaml(r):
    b = Builder()
    b.t(f"name: deploy-tracking-api\non:\n  push:\n    branches: [ main ]\n    tags: [ 'v*' ]\n\nenv:\n  IMAGE: ghcr.io/northwind/tracking-api\n  VERSION: {version(r)}\n")
    leak = r.random() < 0.6
    b.t("\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n"
        "      - run: npm ci && npm test\n      - name: Configure AWS\n        uses: aws-actions/configure-aws-credentials@v4\n        with:\n"
        "          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n"
        f"          aws-region: {r.choice(['eu-central-1', 'us-east-1'])}\n")
    if leak:
        kind = r.randint(0, 3)
        b.t("      - name: Notify dispatch channel\n        env:\n")
        if kind == 0:
            b.f("          SLACK_BOT_TOKEN: {t}\n", t=E("SLACK_TOKEN", slack_token(r)))
        elif kind == 1:
            b.f("          GH_TOKEN: {t}\n", t=E("GITHUB_TOKEN", github_token(r)))
        elif kind == 2:
            b.f("          STRIPE_KEY: {t}\n", t=E("STRIPE_KEY", stripe_key(r)))
        else:
            b.f("          NOTIFY_API_KEY: {t}\n", t=GS(generic_secret(r)))
        b.t("        run: ./scripts/notify.sh \"tracking-api ${{ github.ref_name }} deployed\"\n")
    else:
        b.t("      - name: Notify dispatch channel\n        env:\n          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}\n"
            "        run: ./scripts/notify.sh \"tracking-api ${{ github.ref_name }} deployed\"\n")
    return b


def k_jira_ticket(r):
    b = Builder()
    rep = person(r)
    asg = person(r)
    c1 = person(r)
    c2 = person(r)
    a1 = address(r, r.choice(["us", "gb", "de", "nl"]))
    b.t(f"[WMS-{digits(r, 4)}] Label printer prints previous consignee on multi-parcel shipments\n")
    b.f("Type: Bug   Priority: {pr}   Status: {st}\nReporter: {rp}   Assignee: {asg}\nAffects version: {v1}   Fix version: {v2}\n\n",
        pr=r.choice(["High", "Critical", "Medium"]), st=r.choice(["Open", "In Progress", "In Review"]), rp=P(rep.full),
        asg=P(asg.full) if r.random() < 0.8 else "Unassigned", v1=version(r), v2=version(r))
    b.f("Description:\nWhen shipment SHP-{s} has more than 3 parcels, labels 2..n show the consignee of the previous shipment. "
        "Example: order {o} for {n1} ({a}) was printed with the name {n2}. Customer noticed before dispatch, relabelled manually.\n\n",
        s=digits(r, 7), o=order_no(r), n1=P(c1.full), a=ADR(a1.one()), n2=P(nm(r, c2, "full upper")))
    b.f("Environment: label-svc {v} on {ip}, printer ZT410 firmware V{fw}, template SSCC-{t}\n\n", v=version(r), ip=IP(ipv4(r, "priv10")),
        fw=f"{r.randint(70, 90)}.{r.randint(10, 30)}.{r.randint(10, 30)}Z", t=digits(r, 3))
    b.t("Steps to reproduce:\n1. Create shipment with 4 parcels\n2. Print all labels from pack station 3\n3. Compare label 2 with packing list\n\n")
    b.t(f"Stack (excerpt):\n  at LabelRenderer.render(LabelRenderer.java:{r.randint(40, 400)})\n  at BatchPrinter.flush(BatchPrinter.java:{r.randint(40, 200)})\n")
    if r.random() < 0.5:
        b.f("\nComment from {n}: reproduced on staging, related to the template cache ({sha}).\n", n=P(asg.first), sha=sha(r, 12))
    return b


def k_llm_prompt_complaint(r):
    b = Builder()
    cust = person(r)
    a = address(r, home_cc(r, cust))
    d = rdate(r)
    company = r.choice(COMPANIES[:12])
    b.t(f"System: You are a helpful customer-service assistant for {company}. Be polite, concise and never promise refunds above EUR 50.\n\n")
    b.t("User: Summarise the complaint below in 3 bullet points, classify the root cause (carrier / warehouse / customer) and draft a reply.\n\n---\n")
    b.f("Customer: {n}\nEmail: {e}\nPhone: {ph}\nOrder: {o}   Tracking: {t}\nDelivery address: {a}\n",
        n=P(nm(r, cust, "full lf upper lower")), e=EM(email_for(r, cust)), ph=PH(phone(r, a.cc.lower() if a.cc.lower() in PHONE_FMT else "us")),
        o=order_no(r), t=tracking(r), a=ADR(a.one()))
    b.f("Message: \"I was promised delivery on {dd} between {t1} and {t2}. I took the day off and nobody came. "
        "The tracking now says 'delivery attempted - business closed', which is a lie, I was home all day. "
        "Your driver also left the previous parcel with my neighbour {nb} without asking. I want a refund of the "
        "express fee ({amt}) and a guaranteed slot.\"\n---\n",
        dd=DT(fdate(r, d)), t1=DT(ftime(r, d)), t2=DT(ftime(r, advance(d, 120))), nb=r.choice([P(person(r).full), ["Mrs ", P(person(r).last)], ["Mr ", P(person(r).last)]]),
        amt=f"EUR {amount(r, 5, 30)}")
    return b


def k_llm_prompt_hs(r):
    b = Builder()
    b.t("You are a customs classification expert. For each item give the 6-digit HS code (HS 2022), the EU TARIC "
        "duty rate and whether a licence is needed. Answer as a table.\n\nItems:\n")
    for k in range(1, r.randint(3, 6)):
        b.t(f"{k}. {r.choice(['Cordless drill 18V with 2 batteries', 'Frozen pangasius fillets', 'Cotton baby onesies', 'Drone with 4K camera', 'E-bike battery 36V 14Ah', 'Green coffee beans', 'Stainless steel cookware set'])}, "
            f"{r.randint(1, 900)} units, FOB USD {amount(r, 100, 50000)}, origin {r.choice(['CN', 'VN', 'IN', 'TR', 'BD'])}\n")
    if r.random() < 0.55:
        p = person(r)
        b.f("\nImporter contact for follow-up questions: {n}, {e}, {ph}\n", n=P(p.full), e=EM(email_for(r, p, r.choice(DOMAINS_BIZ))),
            ph=PH(phone(r, r.choice(["de", "nl", "fr"]))))
    else:
        b.t(f"\nContext: previous rulings BTI {r.choice(['DE', 'NL', 'FR'])}{digits(r, 8)} and {r.choice(['DE', 'NL'])}{digits(r, 8)} may apply.\n")
    b.t("Do not guess preferential origin; flag anything that may fall under dual-use (Reg. 2021/821).\n")
    return b


def k_port_gate_log(r):
    b = Builder()
    d = rdate(r)
    term = r.choice(["CTB", "APM-T", "ECT Delta", "Eurogate", "PNCT", "Barbours Cut"])
    b.t(f"Terminal {term} - gate transactions - lane export\n")
    st = r.choice([1, 0, 4])
    for _ in range(r.randint(4, 7)):
        d = tick(r, d, 20, 500)
        p = person(r, no_apos=False)
        b.t(log_ts(r, d, st) + f" {r.choice(['GATE-IN ', 'GATE-OUT'])} lane {r.randint(1, 12):02d} truck {plate(r, r.choice(['de', 'nl', 'us', 'pl']))} "
            f"cntr {container_no(r)} ")
        b.f("driver {n} ", n=P(nm(r, p, "lf upper upper full")))
        if r.random() < 0.5:
            b.f("lic {dl} ", dl=E("DRIVER_LICENSE", driver_license(r, r.choice(["us", "de", "nl", "pl", "gb"]))))
        b.t(f"haulier {r.choice(COMPANIES + PERSONLIKE_COMPANIES[:4])} seal {digits(r, 7)} VGM {r.randint(4000, 30000)}kg\n")
    return b


def k_arrival_notice(r):
    b = Builder()
    cons = person(r)
    ca = address(r, r.choice(["us", "gb", "de", "nl"]))
    pol, pod = r.sample(PORT_CITIES, 2)
    d = rdate(r)
    cont = person(r)
    b.t(f"ARRIVAL NOTICE / FREIGHT INVOICE   Ref AN{digits(r, 8)}\n\n")
    b.f("Notify party:\n{n}\n{a}\n\n", n=P(nm(r, cons, "full upper")), a=ADR(ca.multi()))
    b.f("Vessel: {v}   Voyage: {voy}\nPort of loading: {pl}\nPort of discharge: {pd}\nETA: {eta}\n",
        v=r.choice(VESSELS), voy=f"{r.randint(100, 999)}{r.choice('EW')}", pl=LOC(f"{pol}, {PORT_COUNTRY[pol]}"),
        pd=LOC(pod), eta=DT(fdt(r, d)))
    b.f("Container(s): {c}   B/L: {bl}\nLast free day: {lfd}\n\n", c=", ".join(container_no(r) for _ in range(r.randint(1, 3))),
        bl=f"{r.choice(['MAEU', 'HLCU', 'ONEY'])}{digits(r, 9)}", lfd=DT(fdate(r, advance(d, 1440 * 5))))
    b.t(f"Charges: Ocean freight USD {amount(r, 900, 5000)} | DTHC USD {amount(r, 100, 400)} | Doc fee USD 75.00 | ISPS USD 18.00\n")
    b.t("Demurrage after free time per container per day. Release against original B/L or telex release only.\n\n")
    b.f("Questions: {n}, Import Customer Service, {ph} / {e}\n", n=P(cont.full), ph=PH(phone(r, "us")), e=EM(email_for(r, cont, r.choice(DOMAINS_BIZ))))
    return b


def k_pod_record(r):
    b = Builder()
    rcv = person(r)
    drv = person(r)
    a = address(r)
    d = rdate(r)
    b.t(f"PROOF OF DELIVERY\nShipment: {tracking(r)}   Pieces: {(pc := r.randint(1, 5))}/{pc}\n")
    b.f("Delivered to: {a}\nReceived by: {n}\nRelationship: {rel}\nDelivered at: {dt}\n", a=ADR(a.one()), n=P(nm(r, rcv, "full upper lower first")),
        rel=r.choice(["recipient", "neighbour", "reception", "family member"]), dt=DT(fdt(r, d)))
    b.f("Driver: {n} (ID D-{id})   Vehicle {pl}\nGPS: {lat}, {lon} (accuracy {acc} m)\nPhoto: {u}\nSignature captured: yes   Age check: {ac}\n",
        n=P(r.choice([drv.full, drv.first])), id=digits(r, 4), pl=plate(r, r.choice(["gb", "de", "nl", "us"])), lat=f"{r.uniform(35, 60):.5f}", lon=f"{r.uniform(-10, 25):.5f}",
        acc=str(r.randint(3, 40)), u=URL(url(r, path=f"/pod/{uuid4(r)}.jpg")), ac=r.choice(["n/a", "18+ verified", "ID scanned"]))
    return b


def k_returns_email(r):
    b = Builder()
    c = person(r)
    a = address(r, home_cc(r, c))
    d1 = rdate(r)
    d2 = advance(d1, 1440 * r.randint(4, 14))
    b.f("Subject: Return request for order {o}\n\nHello,\n\n", o=order_no(r))
    b.f("I would like to return two items from order {o} ({it}). My name is {n} and the parcel should be collected from:\n\n{a}\n\n",
        o=order_no(r), it=r.choice(["the blue jacket size M and the desk lamp", "a pair of boots and a backpack", "the monitor arm"]),
        n=P(nm(r, c, "full full lower upper mi")), a=ADR(a.multi()))
    b.f("I'm away from {d1} until {d2}, so please schedule the pickup before that or send a prepaid label to {e}. "
        "My number is {ph} if the courier needs it.\n\nThanks,\n{f}\n",
        d1=DT(fdate(r, d1)), d2=DT(fdate(r, d2)), e=EM(email_for(r, c)), ph=PH(phone(r, a.cc.lower() if a.cc.lower() in PHONE_FMT else "us")),
        f=P(c.first))
    return b


def k_contractor_agreement(r):
    b = Builder()
    c = person(r, r.choice(["gb", "de", "nl", "pl", "fr", "es", "it"]))
    cc = home_cc(r, c)
    a = address(r, cc)
    ca = address(r, cc)
    d = rdate(r)
    company = r.choice(COMPANIES)
    b.t("INDEPENDENT COURIER SERVICES AGREEMENT (excerpt)\n\n")
    b.f("This agreement is made on {d} between {co}, registered office at {ca} (\"the Company\"), and {n}, residing at {a} (\"the Contractor\").\n\n",
        d=DT(fdate(r, d)), co=company, ca=ADR(ca.one()), n=P(c.full), a=ADR(a.one()))
    b.f("1. Services. The Contractor will provide last-mile parcel delivery services in the {reg} area using their own vehicle (registration {pl}) "
        "from {st} for an initial term of twelve months.\n", reg=LOC(a.city), pl=plate(r, cc if cc in ("gb", "de", "nl", "pl", "fr", "es", "it") else "gb"),
        st=DT(fdate(r, advance(d, 1440 * 14))))
    b.f("2. Fees. The Company pays EUR {fee} per successful drop, invoiced weekly and paid to the Contractor's account {ib}.\n",
        fee=f"{r.uniform(0.9, 2.4):.2f}", ib=E("IBAN_CODE", iban(r, r.choice(["GB", "DE", "NL", "PL", "FR", "ES", "IT"]))))
    b.f("3. Licence. The Contractor holds a valid driving licence no. {dl} and will notify the Company of any endorsement.\n",
        dl=E("DRIVER_LICENSE", driver_license(r, cc if cc != "us" else "gb")))
    b.t("4. Insurance. Goods-in-transit cover of at least EUR 10,000 per vehicle is the Contractor's responsibility.\n\n")
    sig = person(r)
    b.f("Signed: {s} (Regional Operations Director)    Signed: {n}\n", s=P(sig.full), n=P(c.full))
    return b


def k_vcard_driver(r):
    b = Builder()
    for _ in range(r.randint(1, 2)):
        p = person(r, r.choice(["us", "us", "mx", "gb", "pl", "ng"]), no_apos=True)
        a = address(r, "us")
        mid = r.choice(["", "", r.choice(UP)])
        nval = f"{p.last};{p.first}" + (f";{mid}" if mid else "")
        b.t("BEGIN:VCARD\nVERSION:3.0\n")
        b.f("N:{n}{tail}\nFN:{fn}\n", n=P(nval), tail=";;;" if not mid else ";;", fn=P(p.full))
        b.t(f"ORG:{r.choice(COMPANIES)};Dispatch\nTITLE:{r.choice(['Driver', 'Owner-Operator', 'Yard Jockey', 'Dispatcher'])}\n")
        b.f("TEL;TYPE=CELL:{ph}\nEMAIL;TYPE=WORK:{e}\n", ph=PH(phone(r, "us")), e=EM(email_for(r, p, r.choice(DOMAINS_BIZ))))
        b.f("ADR;TYPE=HOME:;;{adr}\n", adr=ADR(f"{a.street};{a.city};{a.region};{a.postcode};USA"))
        if r.random() < 0.7:
            b.f("BDAY:{d}\n", d=DOB(rdob(r).strftime(r.choice(["%Y-%m-%d", "%Y%m%d"]))))
        b.f("NOTE:CDL {dl} - truck #{t}\n", dl=E("DRIVER_LICENSE", driver_license(r, "us")), t=str(r.randint(100, 999)))
        b.t(f"REV:{rdate(r):%Y%m%dT%H%M%S}Z\nEND:VCARD\n")
    return b


def k_ics_pickup(r):
    b = Builder()
    d = rdate(r)
    org = person(r)
    att = person(r)
    drv = person(r)
    a = address(r, r.choice(["us", "de", "nl", "gb"]))
    b.t(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Northwind Freight//Dock Scheduler {version(r)}//EN\nBEGIN:VEVENT\n")
    b.t(f"UID:dock-appt-{digits(r, 6)}-{uuid4(r)[:8]}\nDTSTAMP:{advance(d, -1440 * 3):%Y%m%dT%H%M%S}Z\n")
    b.f("DTSTART:{s}\nDTEND:{e}\n", s=DT(f"{d:%Y%m%dT%H%M%S}"), e=DT(f"{advance(d, 30):%Y%m%dT%H%M%S}"))
    b.t(f"SUMMARY:Pickup {r.randint(1, 26)} pallets - PO {digits(r, 6)} - door {r.randint(1, 30)}\n")
    b.f("LOCATION:{a}\n", a=ADR(a.one().replace(",", "\\,")))
    b.f("ORGANIZER;CN={n}:mailto:{e}\n", n=P(org.full), e=EM(email_for(r, org, r.choice(DOMAINS_BIZ))))
    b.f("ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{e}\n", n=P(att.full), e=EM(email_for(r, att, r.choice(DOMAINS_BIZ))))
    b.f("DESCRIPTION:Driver {n}\\, trailer {t}. Call {ph} 30 min before arrival.\n", n=P(drv.full), t=plate(r, "us"), ph=PH(phone(r, "us")))
    b.t(f"CREATED:{advance(d, -1440 * 4):%Y%m%dT%H%M%S}Z\nLAST-MODIFIED:{advance(d, -1440 * 3):%Y%m%dT%H%M%S}Z\nSEQUENCE:{r.randint(0, 4)}\nEND:VEVENT\nEND:VCALENDAR\n")
    return b


def _xml_esc_ok(s: str) -> str:
    return s.replace("&", "and")


def k_xml_ens(r):
    b = Builder()
    d = rdate(r)
    cons = person(r, no_apos=True)
    ca = address(r, r.choice(["de", "nl", "fr", "it", "es", "pl"]))
    sa = address(r, r.choice(["us", "gb"]))
    b.t(f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ENSFiling xmlns=\"urn:ics2:ens:v{r.randint(1, 3)}\" messageId=\"{uuid4(r)}\">\n")
    b.f("  <DocumentIssueDate>{d}</DocumentIssueDate>\n", d=DT(f"{d:%Y-%m-%d}"))
    b.t(f"  <TransportDocument type=\"MAWB\">{awb(r)}</TransportDocument>\n")
    b.f("  <Consignor>\n    <Name>{n}</Name>\n    <Address><Street>{s}</Street><City>{c}</City><PostCode>{pc}</PostCode><Country>{cc}</Country></Address>\n  </Consignor>\n",
        n=_xml_esc_ok(r.choice(COMPANIES)), s=ADR(sa.street), c=LOC(sa.city), pc=sa.postcode, cc=sa.cc)
    b.f("  <Consignee>\n    <Name>{n}</Name>\n    <Address><Street>{s}</Street><City>{c}</City><PostCode>{pc}</PostCode><Country>{cc}</Country></Address>\n",
        n=P(nm(r, cons, "full upper")), s=ADR(ca.street), c=LOC(ca.city), pc=ca.postcode, cc=ca.cc)
    b.f("    <Communication><Phone>{ph}</Phone><Email>{e}</Email></Communication>\n  </Consignee>\n",
        ph=PH(phone(r, ca.cc.lower())), e=EM(email_for(r, cons)))
    for k in range(1, r.randint(2, 4)):
        b.t(f"  <GoodsItem seq=\"{k}\"><HSCode>{hs_code(r).replace('.', '')[:6]}</HSCode><Description>{r.choice(['Smartphone cases', 'Cotton dresses', 'Bluetooth speakers', 'Vitamin supplements'])}</Description>"
            f"<GrossMass unit=\"kg\">{r.uniform(0.2, 30):.2f}</GrossMass></GoodsItem>\n")
    b.t("</ENSFiling>\n")
    return b


def k_hl7_occ_health(r):
    b = Builder()
    p = person(r, r.choice(["us", "us", "mx", "ng", "in", "pl"]), no_apos=True)
    doc = person(r, no_apos=True)
    a = address(r, "us")
    d = rdate(r)
    b.t(f"MSH|^~\\&|OCCMED|NWCLINIC|HRIS|NORTHWIND|{d:%Y%m%d%H%M%S}||ADT^A04|MSG{digits(r, 6)}|P|2.5.1\n")
    b.t(f"EVN|A04|{d:%Y%m%d%H%M%S}\n")
    mid = r.choice(UP)
    b.f("PID|1||{m}^^^NWCLINIC^MR||{n}||{dob}|{sx}|||{a}||{ph}|||||{acct}|{ssn}|{dl}\n",
        m=E("MEDICAL_RECORD_NUMBER", digits(r, 8)), n=P(f"{p.last.upper()}^{p.first.upper()}^{mid}"),
        dob=DOB(rdob(r).strftime("%Y%m%d")), sx=r.choice("MF"),
        a=ADR(f"{a.street.upper()}^^{a.city.upper()}^{a.region}^{a.postcode}"), ph=PH(pat(r, "(N##)555-01##")),
        acct=ACC(digits(r, 9)), ssn=E("US_SSN", ssn(r, "")) if r.random() < 0.5 else "", dl=E("DRIVER_LICENSE", driver_license(r, "us").replace(" ", "")))
    b.f("PV1|1|O|OCC^^^NWCLINIC||||{npi}^{dn}^^^^MD|||||||||||{vn}\n", npi=digits(r, 10, True),
        dn=P(f"{doc.last.upper()}^{doc.first.upper()}"), vn=digits(r, 8))
    sub = person(r, p.c, no_apos=True)
    in1 = ["IN1", "1", rs(r, UP, 3) + digits(r, 3), digits(r, 5), r.choice(["AETNA", "CIGNA", "UHC", "BCBS TN"]), "", "", "",
           digits(r, 6), r.choice(["NORTHWIND FREIGHT", "COBALT FREIGHT"]), "", "", "", "", "", "",
           None, "01", None, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", None]
    b.t("|".join(in1[:16]) + "|")
    b.f("{n}|01|{dob}", n=P(f"{sub.last.upper()}^{sub.first.upper()}"), dob=DOB(rdob(r).strftime("%Y%m%d")))
    b.t("|" * 18)
    b.f("{pol}\n", pol=E("HEALTH_PLAN_NUMBER", health_plan(r)))
    b.t(f"OBX|1|ST|DOT-DRUG^DOT 5-panel drug screen||{r.choice(['NEGATIVE', 'NEGATIVE', 'DILUTE-RECOLLECT'])}||||||F\n")
    b.t(f"OBX|2|NM|8480-6^Systolic BP^LN||{r.randint(110, 165)}|mm[Hg]|||||F\n")
    return b


def k_fhir_patient(r):
    b = Builder()
    p = person(r, r.choice(["us", "us", "mx", "gb", "in"]))
    a = address(r, "us")
    obj = {"resourceType": "Patient", "id": uuid4(r),
           "meta": {"lastUpdated": f"{rdate(r):%Y-%m-%dT%H:%M:%S}Z", "versionId": str(r.randint(1, 9))},
           "identifier": [{"type": {"text": "MR"},
                           "system": "urn:oid:2.16.840.1.113883.3.4471", "value": E("MEDICAL_RECORD_NUMBER", mrn(r))}],
           "name": [{"use": "official", "family": P(p.last), "given": [P(p.first)]}],
           "telecom": [{"system": "phone", "value": PH(phone(r, "us")), "use": "mobile"},
                       {"system": "email", "value": EM(email_for(r, p))}],
           "gender": r.choice(["male", "female"]), "birthDate": DOB(rdob(r).strftime("%Y-%m-%d")),
           "address": [{"use": "home", "line": [ADR(a.street)], "city": LOC(a.city), "state": LOC(a.region),
                        "postalCode": a.postcode, "country": "US"}],
           "extension": [{"url": "urn:northwind:fhir:employee-role",
                          "valueString": r.choice(["CDL driver", "forklift operator", "dock supervisor"])}]}
    jemit(b, obj, ind=r.choice([2, 0]))
    b.t("\n")
    return b


def k_shift_handover(r):
    b = Builder()
    lead = person(r)
    d = rdate(r).replace(hour=22, minute=0)
    city = r.choice(US_CITIES)
    b.f("Night shift handover - DC {c} - shift lead {n}\n", c=LOC(f"{city[0]}, {city[1]}") if r.random() < 0.5 else LOC(city[0]),
        n=P(lead.full))
    b.t("------------------------------------------------------------\n")
    t = d
    evs = list(range(7))
    r.shuffle(evs)
    for ev in evs[:r.randint(4, 6)]:
        t = advance(t, r.randint(20, 90))
        b.t(f"{t:%H:%M} - ")
        if ev == 0:
            b.t(f"Trailer {digits(r, 4)} docked at door {r.randint(1, 40)}, seal {digits(r, 7)} intact, {r.randint(10, 30)} pallets.\n")
        elif ev == 1:
            p = person(r)
            b.f("{n} reported forklift FL-{f} hydraulic leak; tagged out, maintenance ticket MT-{m}.\n", n=P(nm(r, p, "full first last")),
                f=f"{r.randint(1, 20):02d}", m=digits(r, 5))
        elif ev == 2:
            p = person(r)
            eta = advance(t, r.randint(60, 200))
            b.f("Call from {n} at {c}: driver running about 2 hours late, new ETA {eta}.\n", n=P(p.full),
                c=r.choice(PERSONLIKE_COMPANIES[:6] + CARRIERS[7:12]), eta=DT(ftime(r, eta)))
        elif ev == 3:
            b.t(f"WMS slowdown for ~{r.randint(5, 40)} min, IT ticket INC{digits(r, 7)}; RF guns reconnected after reboot.\n")
        elif ev == 4:
            p = person(r)
            b.f("Temp associate {n} sent home sick; agency ({a}) informed, replacement tomorrow.\n", n=P(nm(r, p, "full lower upper")),
                a=r.choice(["StaffLink", "Randstad", "Adecco", "PeopleReady"]))
        elif ev == 6:
            p = person(r)
            b.f("Found {n}'s badge and van keys at door {d}; left them in the key safe.\n", n=P(r.choice([p.first, p.full])),
                d=str(r.randint(1, 40)))
        else:
            b.t(f"Cycle count zone {rs(r, UP, 1)} completed, {r.randint(0, 9)} discrepancies; reefer R{r.randint(1, 6)} at {r.uniform(-22, 4):.1f} C.\n")
    b.f("Open items for day shift: confirm carrier pickup for load {l} and chase POD from {c}.\n", l=f"L{digits(r, 6)}", c=r.choice(CARRIERS[7:16]))
    return b


def k_damage_claim_letter(r):
    b = Builder()
    c = person(r)
    a = address(r, r.choice(["us", "gb", "us"]))
    d = rdate(r)
    dl = advance(d, -1440 * r.randint(2, 20))
    b.f("{n}\n{a}\n{e}\n\n{d}\n\n", n=P(c.full), a=ADR(a.multi()), e=EM(email_for(r, c)), d=DT(fdate(r, d)))
    b.t(f"Claims Department\n{r.choice(COMPANIES)}\n\nRe: Claim for damaged freight - PRO {digits(r, 9)} / claim no. CLM-{digits(r, 7)}\n\n")
    b.t("To whom it may concern,\n\n")
    b.f("On {dd}, a shipment of {what} was delivered to my address. The crate was visibly crushed and the driver, "
        "{drv}, noted the damage on the delivery receipt. I, {n}, hereby claim USD {amt} for the damaged goods "
        "(invoice and photos attached).\n\n",
        dd=DT(fdate(r, dl)), what=r.choice(["a solid oak dining table", "two e-bikes", "a commercial espresso machine", "a 75-inch television"]),
        drv=P(person(r).full), n=P(c.full), amt=amount(r, 300, 6000))
    if r.random() < 0.5:
        b.f("Please remit the settlement to checking account {ac} (routing {rt}).\n\n", ac=ACC(account_no(r, "bank")), rt=routing_no(r))
    else:
        b.f("Please refund the original card payment, card number {cc}, or call me at {ph}.\n\n", cc=E("CREDIT_CARD", card(r)), ph=PH(phone(r, "us")))
    b.f("Sincerely,\n\n{n}\n", n=P(c.full))
    return b


def k_slack_ops_export(r):
    b = Builder()
    d = rdate(r)
    users = [("rosa.m", person(r)), ("kwame.a", person(r)), ("jpark", person(r)), ("t.nguyen", person(r))]
    b.t(f"#dock-ops  (export, {r.randint(6, 9)} messages)\n")
    t = d

    def ln(h, parts):
        nonlocal t
        t = advance(t, r.randint(1, 6))
        b.t(f"[{t:%H:%M}] {h}: ")
        b.add(parts)
        b.t("\n")

    drv = person(r)
    ln(users[0][0], [f"@here trailer from ", LOC(r.choice(US_CITIES)[0]), f" is {r.randint(20, 90)} min late"])
    ln(users[1][0], ["driver is ", P(drv.full), ", cell ", PH(phone(r, "us")), " if anyone needs to reach them"])
    ln("devops-bot", [f"deployed tms-api v{version(r)} (build {r.randint(1000, 9999)}, {sha(r, 7)})"])
    kind = r.randint(0, 2)
    if kind == 0:
        ln(users[2][0], ["for the new dock-board integration use this token pls: ", E("SLACK_TOKEN", slack_token(r))])
    elif kind == 1:
        ln(users[2][0], ["label API key for the temp station: ", GS(generic_secret(r))])
    else:
        ln(users[2][0], ["shared mailbox pw is ", PW(password(r)), " until IT sets up SSO"])
    ln(users[0][0], [":grimacing: please delete that and rotate, ", P(users[2][1].first)])
    ln(users[3][0], [f"door {r.randint(1, 30)} leveler stuck again, maintenance called"])
    if r.random() < 0.5:
        ln(users[1][0], ["FYI ", P(users[3][1].full), " is covering receiving until ", DT(ftime(r, advance(t, 180)))])
    return b


def k_curl_api_request(r):
    b = Builder()
    p = person(r)
    a = address(r, r.choice(["us", "de", "nl", "gb"]))
    dep = address(r, a.cc.lower())
    d = rdate(r)
    host = r.choice(["api.routeplanner.example", "api.quayline.io", "optimizer.swiftlane.app"])
    b.f("$ curl -sS -X POST {u} \\\n", u=URL(f"https://{host}/v2/optimize?profile=van&lang=en"))
    if r.random() < 0.7:
        b.f("  -H \"Authorization: Bearer {t}\" \\\n", t=E("JWT", jwt(r)))
    else:
        b.f("  -H \"Authorization: Bearer {t}\" \\\n", t=GS(generic_secret(r, "opaque")))
    if r.random() < 0.5:
        b.f("  -H \"X-Api-Key: {k}\" \\\n", k=GS(generic_secret(r, "hex32")))
    b.t("  -H \"Content-Type: application/json\" \\\n  -d '")
    obj = {"depot": {"address": ADR(dep.one())},
           "stops": [{"id": order_no(r), "name": P(p.full), "address": ADR(a.one()),
                      "window_start": DT(f"{d:%H:%M}"), "window_end": DT(f"{advance(d, 120):%H:%M}")},
                     {"id": order_no(r), "lat": round(r.uniform(40, 55), 5), "lon": round(r.uniform(-5, 15), 5), "service_min": 5}],
           "vehicles": [{"id": f"VAN-{r.randint(1, 40):02d}", "capacity_kg": 900}]}
    jemit(b, obj, ind=0)
    b.t("'\n")
    b.t(f"{{\"job\":\"{uuid4(r)}\",\"status\":\"queued\",\"eta_s\":{r.randint(2, 60)}}}\n")
    return b


def k_git_diff_leak(r):
    b = Builder()
    p = person(r)
    d = rdate(r)
    b.t(f"commit {sha(r)}\n")
    b.f("Author: {n} <{e}>\n", n=P(p.full), e=EM(email_for(r, p, r.choice(DOMAINS_BIZ))))
    b.t(f"Date:   {WEEKDAYS['en'][d.weekday()][:3]} {MONTHS['en'][d.month-1][:3]} {d.day} {d:%H:%M}:{r.randint(0, 59):02d} {d.year} +0100\n\n")
    b.t(f"    remove hardcoded creds from label-uploader ({r.choice(['SEC', 'OPS'])}-{digits(r, 3)})\n\n")
    b.t("diff --git a/label_uploader/settings.py b/label_uploader/settings.py\n")
    b.t(f"index {sha(r, 7)}..{sha(r, 7)} 100644\n--- a/label_uploader/settings.py\n+++ b/label_uploader/settings.py\n@@ -8,9 +8,9 @@ import os\n")
    b.t(" BUCKET = \"nw-labels-prod\"\n")
    b.f("-AWS_ACCESS_KEY_ID = \"{a}\"\n-AWS_SECRET_ACCESS_KEY = \"{s}\"\n", a=E("AWS_ACCESS_KEY", aws_access(r)), s=E("AWS_SECRET_KEY", aws_secret(r)))
    b.t("+AWS_ACCESS_KEY_ID = os.environ[\"AWS_ACCESS_KEY_ID\"]\n+AWS_SECRET_ACCESS_KEY = os.environ[\"AWS_SECRET_ACCESS_KEY\"]\n")
    if r.random() < 0.5:
        b.f("-SFTP_PASSWORD = \"{p}\"\n+SFTP_PASSWORD = os.environ.get(\"SFTP_PASSWORD\")\n", p=PW(password(r)))
    if r.random() < 0.4:
        b.f("-GITHUB_PAT = \"{t}\"\n+GITHUB_PAT = None  # use deploy key\n", t=E("GITHUB_TOKEN", github_token(r)))
    b.t(f" PRINT_QUEUE = \"zpl-{r.randint(1, 9)}\"\n TIMEOUT_S = {r.choice([10, 30, 60])}\n")
    return b


def k_sftp_runbook(r):
    b = Builder()
    p = person(r)
    partner = r.choice(["Meridian Customs Brokers", "Orbis Customs Solutions", "Saltmarsh Forwarding"])
    b.t(f"RUNBOOK: EDI file exchange with {partner}\nLast reviewed by platform team, doc rev {r.randint(2, 9)}\n\n")
    b.f("Host: sftp.{d} ({ip}), port 22\nUser: nwf_edi\nRemote dirs: /in/ens, /out/status\nSchedule: every 15 min (cron */15)\n\n",
        d=r.choice(DOMAINS_BIZ), ip=IP(ipv4(r, r.choice(["pub", "doc"]))))
    b.t("Private key (temporary - move to vault!):\n")
    b.e("PRIVATE_KEY", pem(r, r.choice(["OPENSSH", "EC", "PKCS8", "RSA"])))
    b.t("\n\n")
    b.f("Escalation on their side: {n}, {ph}, {e}\n", n=P(p.full), ph=PH(phone(r, r.choice(["gb", "de", "nl", "us"]))),
        e=EM(email_for(r, p, r.choice(DOMAINS_BIZ))))
    b.t(f"Known issue: files > 50 MB time out; split manifests by booking. Fingerprint SHA256:{b64url(rbytes(r, 32))}\n")
    return b


def k_address_correction_ticket(r):
    b = Builder()
    c = person(r)
    cc = home_cc(r, c)
    a1 = address(r, cc)
    a2 = address(r, cc)
    d = rdate(r)
    b.t(f"Ticket #{digits(r, 7)}   Status: Open   Channel: {r.choice(['web form', 'email', 'phone'])}   Priority: normal\n")
    b.f("Customer: {n} ({e})\nShipment: {t}\n\n", n=P(nm(r, c, "full lf upper lower")), e=EM(email_for(r, c)), t=tracking(r))
    b.f("Request: Please change the delivery address from\n{a1}\nto\n{a2}\n", a1=ADR(a1.multi()), a2=ADR(a2.multi()))
    b.f("Customer is available on {d} after {t} and asks the driver to call {ph} on arrival.\n\n", d=DT(fdate(r, d)),
        t=DT(ftime(r, d)), ph=PH(phone(r, cc if cc in PHONE_FMT else "us")))
    agent = person(r)
    b.f("Internal note ({ag}): address change fee EUR 4.50 waived, parcel still at hub {hub}; re-sort to route {rt}.\n",
        ag=P(agent.first), hub=r.choice(IATA), rt=str(r.randint(1, 80)))
    return b


def k_dg_declaration(r):
    b = Builder()
    sig = person(r)
    em = person(r)
    cc = r.choice(["de", "gb", "us", "nl"])
    d = rdate(r)
    b.t("SHIPPER'S DECLARATION FOR DANGEROUS GOODS\n")
    b.t(f"Air Waybill No. {awb(r)}   Page 1 of 1   Shipper's reference {order_no(r)}\n")
    b.f("Shipper: {co}, {a}\n", co=r.choice(COMPANIES), a=ADR(address(r, cc).one()))
    b.f("Consignee: {n}, {a}\n", n=P(person(r).full), a=ADR(address(r).one()))
    b.t("This shipment is within the limitations prescribed for: CARGO AIRCRAFT ONLY\n\n")
    b.t("UN No. | Proper shipping name | Class | PG | Quantity and type of packing | Packing Inst.\n")
    for _ in range(r.randint(1, 3)):
        b.t(r.choice(["UN3480 | Lithium ion batteries | 9 | - | 1 fibreboard box x 12 kg | 965\n",
                      "UN1263 | Paint | 3 | II | 4 steel drums x 20 L | 364\n",
                      "UN1845 | Dry ice | 9 | - | 2 boxes x 5 kg | 954\n",
                      "UN3091 | Lithium metal batteries packed with equipment | 9 | - | 1 box x 3 kg | 969\n"]))
    b.f("\n24-hour emergency contact: {n} {ph}\n", n=P(em.full), ph=PH(phone(r, cc)))
    b.f("Name/Title of signatory: {n}, Dangerous Goods Manager\nPlace and date: {pl}, {d}\nSignature: (signed)\n",
        n=P(sig.full), pl=LOC(address(r, cc).city), d=DT(fdate(r, d)))
    return b


def k_route_sheet(r):
    b = Builder()
    drv = person(r)
    d = rdate(r).replace(hour=8, minute=0)
    cc = r.choice(["us", "gb"])
    b.f("ROUTE {n} - {d} - Driver: {drv} - Van {v} ({pl})\n", n=str(r.randint(1, 60)), d=DT(fdate(r, d)), drv=P(nm(r, drv, "full upper lf")),
        v=f"V{r.randint(1, 40):02d}", pl=plate(r, cc))
    b.t("| # | Window | Recipient | Address | Notes |\n|---|--------|-----------|---------|-------|\n")
    t = d
    for k in range(1, r.randint(4, 7)):
        p = person(r)
        a = address(r, cc)
        t = advance(t, r.choice([30, 45, 60]))
        b.f("| {k} | {t1}-{t2} | {n} | {a} | ", k=str(k), t1=DT(f"{t:%H:%M}"), t2=DT(f"{advance(t, 60):%H:%M}"),
            n=P(nm(r, p, "full full upper last")), a=ADR(a.one()))
        note = r.randint(0, 4)
        if note == 0:
            b.t(f"dog ({r.choice(PETS)}) in yard, use side gate")
        elif note == 1:
            b.f("call {ph} on arrival", ph=PH(phone(r, cc)))
        elif note == 2:
            b.t(f"COD {amount(r, 10, 300)}")
        elif note == 3:
            b.t("leave with neighbour if absent")
        else:
            b.t("fragile - 2 parcels")
        b.t(" |\n")
    b.t(f"Total stops: {k}   Est. distance: {r.randint(40, 190)} km   Fuel card ending {digits(r, 4)}\n")
    return b


def k_dock_sensor_log(r):
    """No entities: timestamps are log-line prefixes."""
    b = Builder()
    d = rdate(r)
    st = r.choice([0, 1, 4])
    for _ in range(r.randint(7, 12)):
        d = tick(r, d, 1, 200)
        b.t(log_ts(r, d, st) + f" door=D{r.randint(1, 40):02d} state={r.choice(['OPEN', 'CLOSED', 'LEVELER_UP', 'LEVELER_DOWN', 'RESTRAINT_ON'])} "
            f"temp_c={r.uniform(-2, 12):.1f} rh={r.randint(30, 90)} fw={version(r)} seq={r.randint(10000, 99999)}\n")
    return b


def k_release_notes(r):
    """No entities: versions, ticket ids, hashes."""
    b = Builder()
    v = version(r)
    b.t(f"tms-dispatch {v} - release notes\n=================================\n\n")
    items = ["Fixed ETA calculation for multi-drop routes", "Route optimizer now respects HGV height limits",
             "Label service: support for 4x6 ZPL templates", "Faster manifest export (~40% less memory)",
             "Removed deprecated /v1/track endpoint", "Bumped libxml2", "Handle CMR e-consignment notes",
             "Retry policy for carrier webhooks (exponential backoff, max 5)", "Dock scheduler: 15-minute slots",
             "Customs module: new HS 2022 nomenclature table"]
    r.shuffle(items)
    for it in items[:r.randint(4, 7)]:
        b.t(f"- {it} (#{r.randint(1000, 9999)}, {sha(r, 7)})\n")
    b.t(f"\nUpgrade notes: run migration {r.randint(100, 400):04d}_routes.sql; requires PostgreSQL 14+ and Node 20.\n"
        f"Checksums: sha256 {sha(r, 64)}\n")
    return b


def k_container_status(r):
    """No entities: container numbers, LOCODEs, vessels."""
    b = Builder()
    b.t(f"CONTAINER STATUS REPORT   Customer ref {booking_no(r)}\n")
    b.t("Container    Type  Status          Vessel/Voy              POL    POD    Seal      VGM kg\n")
    for _ in range(r.randint(4, 9)):
        b.t(f"{container_no(r)}  {r.choice(['22G1', '45G1', '45R1', '42G1'])}  {r.choice(['Gate in full', 'Loaded', 'Discharged', 'Empty returned', 'On rail', 'Customs hold']):<15} "
            f"{r.choice(VESSELS) + ' ' + str(r.randint(100, 999)) + r.choice('EWNS'):<23} {r.choice(LOCODES)}  {r.choice(LOCODES)}  {digits(r, 8)}  {r.randint(3000, 30000)}\n")
    b.t(f"Generated by TOS export {version(r)}. Demurrage clock per carrier tariff; see booking {booking_no(r)}.\n")
    return b


def k_bank_change_email(r):
    b = Builder()
    p = person(r, r.choice(["de", "nl", "gb", "it", "es", "pl"]))
    ap = person(r)
    cc = {"de": "DE", "nl": "NL", "gb": "GB", "it": "IT", "es": "ES", "pl": "PL"}[p.c]
    b.f("From: {n} <{e}>\nTo: {e2}\nSubject: URGENT - updated bank details for outstanding freight invoices\n\n",
        n=P(p.full), e=EM(email_for(r, p, r.choice(DOMAINS_BIZ))), e2=EM(biz_email(r, "accounts")))
    b.f("Dear {n},\n\nDue to an audit our bank account has changed. Please pay invoices FRT-{i1} and FRT-{i2} "
        "(total EUR {amt}) to the new account below from today:\n\n",
        n=P(ap.first), i1=digits(r, 5), i2=digits(r, 5), amt=amount(r, 4000, 90000))
    b.f("Account holder: {co}\nIBAN: {ib}\nBIC: {bic}\n\n", co=r.choice(COMPANIES), ib=E("IBAN_CODE", iban(r, cc)),
        bic=r.choice(["REVOLT21", "NTSBDEB1XXX", "BUNQNL2A", "INGBNL2A", "BPOTBEB1"]))
    b.f("Please confirm by return e-mail. I am travelling and can't take calls until {d}.\n\nRegards,\n{n}\nAccounts Receivable\n",
        d=DT(fdate(r, rdate(r))), n=P(p.full))
    b.t(f"\n-- \n[AP team note: flagged as possible payment fraud, sender domain registered {r.randint(2, 20)} days ago; do NOT pay]\n")
    return b


# ---------------------------------------------------------------------------
# Document kinds -- other languages
# ---------------------------------------------------------------------------

def k_de_zustellung_email(r):
    b = Builder()
    c = person(r, r.choice(["de", "de", "tr", "pl", "it"]))
    a = address(r, "de")
    fil = address(r, "de")
    d = rdate(r)
    carrier = r.choice(["DHL", "Hermes", "DPD", "GLS", "Kestrel Kurier"])
    trk = tracking(r)
    frau = r.random() < 0.5
    b.f("Von: {c} Kundenservice <{e}>\nAn: {e2}\nBetreff: Ihre Sendung {t} - Zustellversuch\n\n", c=carrier, e=EM(biz_email(r, "service")),
        e2=EM(email_for(r, c)), t=trk)
    if r.random() < 0.7:
        b.f("{anr} {n},\n\n", anr="Sehr geehrte Frau" if frau else "Sehr geehrter Herr", n=P(c.last))
    else:
        b.f("Guten Tag {n},\n\n", n=P(c.full))
    b.f("leider konnten wir Ihre Sendung {t} am {dt} unter der Adresse {a} nicht zustellen, da niemand angetroffen wurde. "
        "Die Sendung liegt ab {d2} zur Abholung in unserer Filiale bereit:\n\n{fa}\n\nBitte bringen Sie die Benachrichtigungskarte und einen "
        "Lichtbildausweis mit.\n\n", t=trk, dt=DT(fdt(r, d, "de")), a=ADR(a.one()), d2=DT(fdate(r, advance(d, 1440), "de")),
        fa=[f"{carrier} Filiale\n", ADR(fil.multi())])
    b.f("Alternativ können Sie unter {u} einen neuen Zustelltermin wählen oder uns unter {ph} anrufen.\n\n"
        "Lagerfrist: bis {d3}. Danach geht die Sendung an den Absender ({shop}) zurück.\n\n",
        u=URL(url(r)), ph=PH(phone(r, "de")), d3=DT(fdate(r, advance(d, 1440 * 7), "de")), shop=r.choice(SHOPS))
    b.f("Mit freundlichen Grüßen\n{n}\nKundenservice {c}\n", n=P(person(r, "de").full), c=carrier)
    return b


def k_de_speditionsauftrag(r):
    b = Builder()
    ap = person(r, "de")
    emp = person(r, r.choice(["de", "pl", "nl", "fr"]))
    fahrer = person(r, r.choice(["pl", "de", "tr", "pl"]))
    a1 = address(r, "de")
    a2 = address(r, home_cc(r, emp) if home_cc(r, emp) in ("de", "pl", "nl", "fr") else "de")
    d = rdate(r)
    b.t(f"SPEDITIONSAUFTRAG Nr. {digits(r, 7)}\nAuftraggeber: {r.choice(COMPANIES + ['Müller & Söhne GmbH', 'Fritz Meyer Spedition GmbH'])}\n")
    b.f("Ansprechpartner: {n}, Tel. {ph}, E-Mail {e}\n\n", n=P(ap.full), ph=PH(phone(r, "de")), e=EM(email_for(r, ap, r.choice(DOMAINS_BIZ))))
    b.f("Beladestelle: {a}\nLadedatum: {d}   Ladezeit: {t}\n", a=ADR(a1.one()), d=DT(fdate(r, d, "de", style=0)), t=DT(ftime(r, d, "de")))
    b.f("Empfänger: {n}\nEntladestelle: {a}\nLiefertermin: {d}\n", n=P(nm(r, emp, "full lf upper")), a=ADR(a2.one(country=True)),
        d=DT(fdate(r, advance(d, 1440 * r.randint(1, 3)), "de")))
    b.t(f"Ware: {r.randint(1, 33)} Europaletten, {r.randint(1, 24)}.{digits(r, 3)} kg, {r.choice(['nicht stapelbar', 'stapelbar', 'Kühlware +2/+8 °C'])}, ADR: {r.choice(['nein', 'ja, UN1993'])}\n")
    b.t(f"Frankatur: {r.choice(['frei Haus', 'unfrei', 'DAP'])}   Lademeter: {r.uniform(1, 13.6):.1f}   Palettentausch: {r.choice(['ja', 'nein'])}\n")
    b.f("Fahrer: {n}, Kennzeichen {pl}, Führerschein-Nr. {dl}, mobil {ph}\n", n=P(nm(r, fahrer, "full lf upper")), pl=plate(r, r.choice(["de", "pl"])),
        dl=E("DRIVER_LICENSE", driver_license(r, r.choice(["de", "pl"]))), ph=PH(phone(r, r.choice(["de", "pl"]))))
    b.f("Rechnung an Kundennummer {kn}\nBankverbindung: IBAN {ib}, BIC {bic}\nFracht: EUR {f} zzgl. MwSt., Zahlungsziel 30 Tage\n",
        kn=ACC(account_no(r, "cust")), ib=E("IBAN_CODE", iban(r, "DE")), bic=r.choice(["COBADEFFXXX", "DEUTDEHHXXX", "HASPDEHHXXX"]),
        f=amount(r, 200, 3000).replace(",", "X").replace(".", ",").replace("X", "."))
    return b


def k_de_lager_log(r):
    """No entities (German warehouse log)."""
    b = Builder()
    d = rdate(r)
    msgs = [lambda: f"INFO  Kommissionierung Welle {r.randint(1, 30)} abgeschlossen: {r.randint(20, 400)} Positionen, {r.randint(2, 40)} Touren",
            lambda: f"WARN  Lagerplatz {rs(r, UP, 1)}-{r.randint(1, 40):02d}-{r.randint(1, 9)} Bestand negativ ({r.randint(-9, -1)} Stk.), Inventur angestoßen",
            lambda: f"INFO  Wareneingang WE-{digits(r, 6)}: {r.randint(1, 33)} Paletten gebucht, Lieferschein {digits(r, 8)}",
            lambda: f"ERROR Etikettendrucker DRK-{r.randint(1, 9)} nicht erreichbar (Timeout {r.randint(2, 9)}000 ms)",
            lambda: f"INFO  Tor {r.randint(1, 24)}: LKW {plate(r, 'de')} angedockt, Plombe {digits(r, 7)}",
            lambda: f"INFO  Version {version(r)} gestartet, Build {r.randint(1000, 9999)}",
            lambda: f"DEBUG Nachschub Artikel {digits(r, 8)} von Reserve {rs(r, UP, 1)}{r.randint(1, 99)} nach Greifplatz"]
    st = r.choice([1, 0, 4])
    for _ in range(r.randint(7, 11)):
        d = tick(r, d, 1, 300)
        b.t(log_ts(r, d, st) + " " + r.choice(msgs)() + "\n")
    return b


def k_fr_avis_de_passage(r):
    b = Builder()
    c = person(r, r.choice(["fr", "fr", "ar", "pt"]))
    a = address(r, "fr")
    relais = address(r, "fr")
    d = rdate(r)
    carrier = r.choice(["Colissimo", "Chronopost", "DPD France", "Kestrel Colis"])
    b.f("AVIS DE PASSAGE - {c}\nN° d'envoi : {t}\n\n", c=carrier, t=tracking(r))
    b.f("Destinataire : {civ}{n}\n{a}\n\n", civ=r.choice(["Mme ", "M. ", ""]), n=P(nm(r, c, "full upper lf")), a=ADR(a.multi()))
    b.f("Nous sommes passés le {dt} en votre absence.\nVotre colis est disponible à partir du {d2} dans le point relais :\n{rn}, {ra}\n\n",
        dt=DT(fdt(r, d, "fr")), d2=DT(fdate(r, advance(d, 1440), "fr")), rn=r.choice(["Tabac de la Gare", "Carrefour City", "Pressing du Port", "Librairie Voltaire"]),
        ra=ADR(relais.one()))
    b.f("Pièce d'identité obligatoire. Délai de retrait : {d3}.\nPour une nouvelle livraison : {u} ou au {ph}.\n",
        d3=DT(fdate(r, advance(d, 1440 * 10), "fr")), u=URL(url(r)), ph=PH(phone(r, "fr")))
    b.f("Votre livreur : {n}\n", n=P(person(r, r.choice(["fr", "ar", "pt"])).first))
    return b


def k_fr_declaration_douane(r):
    b = Builder()
    dec = person(r, "fr")
    a = address(r, "fr")
    dest = person(r)
    da = address(r, r.choice(["us", "gb", "jp", "br"]))
    d = rdate(r)
    b.t(f"DÉCLARATION EN DOUANE - EXPORT (extrait DAU)\nMRN : {d:%y}FR{rs(r, UP + DIG, 14)}\nBureau de sortie : FR00{digits(r, 4)}\n\n")
    b.f("Déclarant : {n}\nSociété : {co}\nEORI : FR{eori}\nNuméro de compte client : {ac}\n", n=P(nm(r, dec, "full lf upper")),
        co=r.choice(COMPANIES), eori=digits(r, 14), ac=ACC(account_no(r, "cust")))
    b.f("Adresse : {s}\nCode postal : {pc}\nVille : {v}\nPays : FR\nTéléphone : {ph}\nCourriel : {e}\n\n", s=ADR(a.street), pc=a.postcode,
        v=LOC(a.city), ph=PH(phone(r, "fr")), e=EM(email_for(r, dec, r.choice(DOMAINS_BIZ))))
    b.f("Destinataire : {n}, {a}\n", n=P(dest.full), a=ADR(da.one(country=True)))
    b.t(f"Marchandises : {r.choice(['vins de Bordeaux', 'cosmétiques', 'pièces détachées automobiles', 'fromages affinés'])}, "
        f"code SH {hs_code(r)}, {r.randint(1, 40)} colis, {r.randint(10, 900)} kg, valeur {amount(r, 500, 90000).replace(',', ' ')} EUR\n")
    b.f("Date d'enlèvement prévue : {d}\nFait à {v}, le {d2}\n", d=DT(fdate(r, advance(d, 1440), "fr")), v=LOC(a.city), d2=DT(fdate(r, d, "fr")))
    return b


def k_es_albaran_entrega(r):
    b = Builder()
    c = person(r, r.choice(["es", "es", "mx", "ar"]))
    a = address(r, "es")
    cond = person(r, r.choice(["es", "pt", "ar"]))
    d = rdate(r)
    b.t(f"ALBARÁN DE ENTREGA Nº {d.year}/{digits(r, 6)}\nPedido: {order_no(r)}   Bultos: {r.randint(1, 12)}   Peso: {r.randint(1, 400)} kg\n\n")
    b.f("Cliente: {n}\nDirección de entrega: {a}\nTeléfono: {ph}\n", n=P(nm(r, c, "full upper lf")), a=ADR(a.one()), ph=PH(phone(r, "es")))
    b.f("Fecha de entrega: {d}\nHora: {t}\n\n", d=DT(fdate(r, d, "es")), t=DT(ftime(r, d, "es")))
    b.f("Transportista: {tr}\nConductor: {n}   Matrícula: {m}\n", tr=r.choice(["SEUR", "MRW", "Correos Express", "Kestrel Envíos"]),
        n=P(cond.full), m=plate(r, "es"))
    b.t(f"Observaciones: {r.choice(['entregar en portería', 'llamar antes de llegar', 'mercancía frágil', 'reembolso 45,90 EUR'])}\n\n")
    b.f("Recibí conforme: {n}   Firma: ______   DNI: ********{l}\n", n=P(r.choice([c.full, c.first])), l=r.choice(UP))
    return b


def k_es_chat_repartidor(r):
    b = Builder()
    c = person(r, r.choice(["es", "mx", "es"]))
    drv = person(r, r.choice(["es", "ar", "pt"]))
    a = address(r, "es")
    d = rdate(r)
    t = d

    def ln(who, parts):
        nonlocal t
        t = advance(t, r.randint(1, 5))
        b.t(f"[{t.day}/{t.month}/{t.year % 100}, {t:%H:%M}] ")
        b.add(who)
        b.t(": ")
        b.add(parts)
        b.t("\n")

    ln("Repartidor", ["Hola ", P(c.first), ", soy ", P(drv.first), " de ", r.choice(["SEUR", "GLS", "Kestrel"]),
                      ". Tengo un paquete para ", ADR(a.one()), ". ¿Estás en casa?"])
    back = d.replace(hour=r.choice([13, 14, 17, 18]), minute=r.choice([0, 30]))
    ln(P(c.first), ["Hola! Ahora no, vuelvo a las ", DT(f"{back:%H:%M}"), ". ¿Lo puedes dejar en el bar de abajo? El dueño se llama ",
                    P(r.choice([x for x in NAME_POOLS["es"][0] if x != c.first])), ", ya le he avisado"])
    ln("Repartidor", ["Vale, lo dejo allí. Me dices el nombre completo para el albarán?"])
    ln(P(c.first), [P(c.full)])
    ln("Repartidor", ["Perfecto. Si hay algún problema llámame al ", PH(phone(r, "es"))])
    if r.random() < 0.5:
        ln(P(c.first), ["Gracias!! El otro pedido llega el ", DT(fdate(r, advance(d, 2880), "es")), ", también contigo?"])
        ln("Repartidor", ["Seguramente sí 👍"])
    return b


def k_it_ddt(r):
    b = Builder()
    dest = person(r, r.choice(["it", "it", "ar"]))
    a1 = address(r, "it")
    a2 = address(r, "it")
    aut = person(r, "it")
    d = rdate(r)
    b.f("DOCUMENTO DI TRASPORTO (D.D.T.) N. {n} del {d}\n\n", n=f"{digits(r, 4)}/{d.year % 100}", d=DT(fdate(r, d, "it", style=0)))
    b.f("Mittente: {co}\n{a}\nP.IVA {piva}\n\n", co=r.choice(COMPANIES + ["Fratelli Rossi S.r.l."]), a=ADR(a1.multi()), piva=digits(r, 11))
    b.f("Destinatario: {t}{n}\n{a}\nTel. {ph}\n\n", t=r.choice(["Sig. ", "Sig.ra ", "Dott. ", ""]), n=P(nm(r, dest, "full upper lf")),
        a=ADR(a2.multi()), ph=PH(phone(r, "it")))
    b.t(f"Causale del trasporto: {r.choice(['Vendita', 'Conto visione', 'Reso', 'Riparazione'])}\nAspetto esteriore dei beni: {r.choice(['scatole', 'pallet', 'sfuso'])}   "
        f"Colli: {r.randint(1, 30)}   Peso: {r.randint(5, 900)} kg\n")
    b.f("Trasporto a cura del: vettore {v}, autista {au}\nData e ora inizio trasporto: {dt}\n", v=r.choice(["BRT", "SDA", "GLS Italy", "Kestrel Italia"]),
        au=P(aut.full), dt=DT(fdt(r, d, "it")))
    b.t("Firma conducente ____________   Firma destinatario ____________\n")
    return b


def k_it_email_sdoganamento(r):
    b = Builder()
    c = person(r, "it")
    ag = person(r, "it")
    d = rdate(r)
    port = r.choice(["Genova", "La Spezia", "Livorno", "Trieste", "Gioia Tauro"])
    b.f("Oggetto: Sdoganamento spedizione {bl} - documenti mancanti\n\n", bl=f"{r.choice(['MEDU', 'MAEU', 'CMDU'])}{digits(r, 8)}")
    b.f("Gentile {t}{n},\n\n", t=r.choice(["Dott. ", "Dott.ssa ", "Sig. ", "Ing. "]), n=P(c.last))
    b.f("la informiamo che il container {cn} è arrivato al porto di {p} il {d} ed è in attesa di sdoganamento. "
        "Per procedere ci servono la fattura commerciale firmata e il certificato di origine.\n\n",
        cn=container_no(r), p=LOC(port), d=DT(fdate(r, d, "it")))
    b.f("Dazi e IVA all'importazione ammontano a EUR {amt}; la preghiamo di effettuare il bonifico sull'IBAN {ib} entro il {dl}, "
        "indicando il suo codice cliente {cc}.\n\n", amt=amount(r, 300, 20000).replace(",", "X").replace(".", ",").replace("X", "."),
        ib=E("IBAN_CODE", iban(r, "IT")), dl=DT(fdate(r, advance(d, 1440 * 3), "it")), cc=ACC(account_no(r, "cust")))
    b.f("Cordiali saluti,\n{n}\nUfficio Doganale - {co}\nTel. {ph}  Cell. {ph2}\n{e}\n", n=P(ag.full), co=r.choice(COMPANIES),
        ph=PH(phone(r, "it")), ph2=PH(phone(r, "it")), e=EM(email_for(r, ag, r.choice(DOMAINS_BIZ))))
    return b


def k_pt_br_rastreio_email(r):
    b = Builder()
    c = person(r, "br")
    a = address(r, "br")
    d = rdate(r)
    b.f("Assunto: Seu pedido {o} foi enviado!\n\nOlá, {f}!\n\n", o=order_no(r), f=P(c.first))
    b.f("Boas notícias: seu pedido saiu do nosso centro de distribuição em {cd} e está a caminho com a {t}.\n\n"
        "Código de rastreio: {trk}\nPrevisão de entrega: {d}\nEndereço de entrega:\n{a}\n\n",
        cd=LOC(r.choice(["Cajamar", "Extrema", "Barueri", "Jundiaí"]) + ", SP"), t=r.choice(["Jadlog", "Correios", "Loggi", "Kestrel Brasil"]),
        trk=pat(r, "AA#########BR"), d=DT(fdate(r, d, "pt")), a=ADR(a.multi()))
    b.f("Acompanhe em {u}. Se não houver ninguém para receber, faremos mais duas tentativas.\n"
        "Dúvidas? Fale com a gente pelo WhatsApp {ph}.\n\nAbraços,\nEquipe {s}\n", u=URL(url(r)), ph=PH(phone(r, "br")), s=r.choice(SHOPS))
    return b


def k_pt_guia_transporte(r):
    b = Builder()
    dest = person(r, "pt")
    mot = person(r, r.choice(["pt", "br"]))
    a1 = address(r, "pt")
    a2 = address(r, "pt")
    d = rdate(r)
    b.f("GUIA DE TRANSPORTE N.º GT {y}/{n}\nData: {d}   Hora de início: {h}\n", y=str(d.year), n=digits(r, 5), d=DT(fdate(r, d, "pt", style=0)),
        h=DT(ftime(r, d, "pt")))
    b.f("Remetente: {co}, NIF {nif}\nLocal de carga: {a}\n\n", co=r.choice(COMPANIES), nif="5" + digits(r, 8), a=ADR(a1.one()))
    b.f("Destinatário: {n}\nLocal de descarga: {a}\nContacto: {ph}\n\n", n=P(nm(r, dest, "full upper")), a=ADR(a2.one()), ph=PH(phone(r, "pt")))
    b.t(f"Mercadoria: {r.randint(1, 20)} volumes de {r.choice(['cortiça', 'vinho do Porto', 'calçado', 'azulejos'])}, {r.randint(20, 3000)} kg\n")
    b.f("Matrícula: {m}   Motorista: {n}   Carta de condução: {dl}\nCódigo AT: {at}\n", m=plate(r, "pt"), n=P(mot.full),
        dl=E("DRIVER_LICENSE", driver_license(r, "pt")), at=rs(r, UP + DIG, 12))
    return b


def k_nl_bezorgbericht(r):
    b = Builder()
    c = person(r, r.choice(["nl", "nl", "tr", "ar"]))
    a = address(r, "nl")
    d = rdate(r)
    b.f("Onderwerp: Je pakket van {s} komt {d}\n\nBeste {f},\n\n", s=r.choice(SHOPS), d=DT(fdate(r, d, "nl", style=2)), f=P(c.first))
    b.f("Goed nieuws! Je pakket ({t}) wordt bezorgd tussen {t1} en {t2} op:\n{a}\n\n", t=tracking(r), t1=DT(f"{d:%H:%M}"),
        t2=DT(f"{advance(d, 120):%H:%M}"), a=ADR(a.multi()))
    b.f("Niet thuis? Dan proberen we het bij de buren of brengen we het naar een servicepunt in {pl}. "
        "Je bezorger vandaag is {n}.\n\nVragen? Bel {ph} of kijk op {u}.\n\nGroet,\n{c}\n",
        pl=LOC(a.city), n=P(person(r, r.choice(["nl", "pl", "tr"])).first), ph=PH(phone(r, "nl")), u=URL(url(r)),
        c=r.choice(["PostNL", "DHL eCommerce", "Kestrel Pakketten"]))
    return b


def k_nl_csv_ritplanning(r):
    b = Builder()
    b.t("rit;stop;naam;straat;postcode;plaats;telefoon;van;tot;opmerking\n")
    rit = r.randint(100, 999)
    for k in range(1, r.randint(4, 7)):
        p = person(r, r.choice(["nl", "nl", "tr", "ar", "de"]))
        a = address(r, "nl")
        d = rdate(r)
        csv_row(b, [str(rit), str(k), P(nm(r, p, "full lf upper")), ADR(a.street), a.postcode, LOC(a.city), PH(phone(r, "nl")),
                    DT(f"{d:%H:%M}"), DT(f"{advance(d, 90):%H:%M}"), r.choice(["", "bel aan bij buren", "2 colli", "achterom", f"hond ({r.choice(PETS)})"])], sep=";")
    return b


def k_pl_list_przewozowy(r):
    b = Builder()
    odb = person(r, "pl")
    kier = person(r, r.choice(["pl", "pl", "tr"]))
    a1 = address(r, r.choice(["de", "nl"]))
    a2 = address(r, "pl")
    d = rdate(r)
    b.t(f"LIST PRZEWOZOWY / CMR  nr {digits(r, 7)}\n")
    b.f("1. Nadawca: {co}, {a}\n", co=r.choice(COMPANIES), a=ADR(a1.one(country=True)))
    b.f("2. Odbiorca: {n}, {a}\n", n=P(nm(r, odb, "full upper lf")), a=ADR(a2.one()))
    b.f("3. Miejsce przeznaczenia: {pl}\n", pl=LOC(f"{a2.city}, Polska"))
    b.f("4. Miejsce i data załadowania: {pl}, {d}\n", pl=LOC(a1.city), d=DT(fdate(r, d, "pl")))
    b.t(f"6-9. {r.randint(1, 33)} palet EUR, {r.choice(['AGD', 'meble', 'części samochodowe', 'artykuły spożywcze'])}, {r.randint(100, 24000)} kg, {r.uniform(1, 80):.1f} m3\n")
    b.f("16. Przewoźnik: {co}, kierowca {n}, tel. {ph}, nr prawa jazdy {dl}, nr rej. {pl}\n", co=r.choice(COMPANIES[-6:]),
        n=P(kier.full), ph=PH(phone(r, "pl")), dl=E("DRIVER_LICENSE", driver_license(r, "pl")), pl=plate(r, "pl"))
    b.f("24. Przesyłkę otrzymano: {dt}, podpis {n}\n", dt=DT(fdt(r, advance(d, 1440 * 2), "pl")), n=P(odb.full))
    return b


def k_sv_leveransavisering(r):
    b = Builder()
    c = person(r, r.choice(["se", "se", "fi", "ar"]))
    a = address(r, "se")
    ombud = address(r, "se")
    d = rdate(r)
    b.f("Hej {f}!\n\n", f=P(c.first))
    b.f("Ditt paket från {s} levereras {d} mellan {t1} och {t2} till {a}.\nKolli-ID: {k}\n\n",
        s=r.choice(SHOPS), d=DT(fdate(r, d, "sv")), t1=DT(f"{d:%H:%M}"), t2=DT(f"{advance(d, 120):%H:%M}"), a=ADR(a.one()), k=tracking(r))
    b.f("Är du inte hemma lämnas paketet hos ditt ombud: {o}. Sista hämtdag är {d2}.\n\n", o=[r.choice(['ICA Nära', 'Pressbyrån', 'Coop']) + ", ", ADR(ombud.one())],
        d2=DT(fdate(r, advance(d, 1440 * 14), "sv")))
    b.f("Frågor? Ring kundtjänst på {ph} eller svara på detta sms.\n\nVänliga hälsningar,\n{c}\n", ph=PH(phone(r, "se")),
        c=r.choice(["PostNord", "Bring", "Budbee", "Kestrel Sverige"]))
    return b


def k_tr_kargo_bildirimi(r):
    b = Builder()
    c = person(r, "tr")
    a = address(r, "tr")
    kurye = person(r, "tr")
    d = rdate(r)
    b.f("Sayın {n},\n\n", n=P(r.choice([c.full.upper(), c.full])))
    b.f("{t} takip numaralı gönderiniz {dt} itibarıyla {m} transfer merkezine ulaşmıştır.\nTahmini teslim tarihi: {d2}\n"
        "Teslimat adresi: {a}\n\n", t=digits(r, 12, True), dt=DT(fdt(r, d, "tr")), m=LOC(r.choice(["İstanbul", "Ankara", "İzmir", "Bursa", "Mersin"])),
        d2=DT(fdate(r, advance(d, 1440), "tr")), a=ADR(a.one()))
    b.f("Kurye: {k}  Tel: {ph}\nGönderi ücreti: {u} TL (alıcı ödemeli)\n\nDetaylı bilgi için {url} adresini ziyaret edebilir veya {cc} numaralı çağrı merkezimizi arayabilirsiniz.\n",
        k=P(kurye.full), ph=PH(phone(r, "tr")), u=amount(r, 30, 900), url=URL(url(r)), cc=PH(pat(r, "0850 ### ## ##")))
    return b


def k_ja_haisou_renraku(r):
    b = Builder()
    c = person(r, "jp")
    a = address(r, "jp")
    drv = person(r, "jp")
    d = rdate(r)
    b.f("{n}-sama\n\n", n=P(r.choice([c.native, c.native, c.last])))
    b.f("Itsumo go-riyou itadaki arigatou gozaimasu. {c} desu.\nO-nimotsu (denpyou bangou {t}) wo {dt} ni o-todoke ni agarimashita ga, go-fuzai deshita.\n\n",
        c=r.choice(["Yamato Transport", "Sagawa Express", "Japan Post", "Kestrel Japan"]), t=pat(r, "####-####-####"), dt=DT(fdt(r, d, "ja")))
    b.f("O-todoke-saki: {a}\n", a=ADR(a.one()))
    b.f("Sai-haitatsu no go-irai wa {u} mata wa {ph} made o-negai itashimasu.\nHokan kigen: {d2}\n", u=URL(url(r)), ph=PH(phone(r, "jp")),
        d2=DT(fdate(r, advance(d, 1440 * 7), "ja")))
    b.f("Tantou doraibaa: {n}\n", n=P(r.choice([drv.last, drv.native])))
    return b


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------

KINDS = [
    # (name, lang, weight, function)
    ("delivery_exception_email", "en", 1.0, k_delivery_exception_email),
    ("freight_quote_request", "en", 1.0, k_freight_quote_request),
    ("customs_hold_letter", "en", 1.0, k_customs_hold_letter),
    ("driver_dispatch_chat", "en", 1.0, k_driver_dispatch_chat),
    ("call_transcript_missing_parcel", "en", 1.0, k_call_transcript),
    ("sms_delivery_notifications", "en", 1.0, k_sms_notifications),
    ("shipment_csv", "en", 1.0, k_shipment_csv),
    ("parcel_manifest_tsv", "en", 0.9, k_manifest_tsv),
    ("carrier_booking_json", "en", 1.0, k_booking_json),
    ("tracking_webhook_http", "en", 0.9, k_tracking_webhook),
    ("wms_config_yaml", "en", 1.0, k_wms_config_yaml),
    ("carrier_integration_dotenv", "en", 1.0, k_dotenv),
    ("scanner_profile_ini", "en", 0.9, k_scanner_ini),
    ("k8s_secret_manifest", "en", 0.9, k_k8s_secret),
    ("wms_application_log", "en", 1.0, k_wms_app_log),
    ("tracking_portal_access_log", "en", 0.9, k_nginx_access_log),
    ("edi_x12_214_status", "en", 0.9, k_edi_x12_214),
    ("edifact_iftmin_booking", "en", 0.9, k_edifact_iftmin),
    ("customs_declaration_cn23", "en", 1.0, k_customs_declaration_cn23),
    ("commercial_invoice", "en", 1.0, k_commercial_invoice),
    ("bill_of_lading_ocr", "en", 1.0, k_bill_of_lading_ocr),
    ("air_waybill", "en", 0.9, k_air_waybill),
    ("driver_application_form", "en", 1.0, k_driver_onboarding_form),
    ("dot_medical_certificate", "en", 0.9, k_dot_medical_certificate),
    ("warehouse_injury_report", "en", 0.9, k_warehouse_injury_report),
    ("benefits_enrollment_email", "en", 0.8, k_benefits_enrollment_email),
    ("duty_payment_chat", "en", 0.9, k_duty_payment_chat),
    ("cod_remittance_csv", "en", 0.9, k_cod_remittance_csv),
    ("fleet_telematics_json", "en", 1.2, k_telematics_json),
    ("inventory_cycle_count_csv", "en", 1.2, k_inventory_csv),
    ("ocean_rate_sheet", "en", 1.2, k_tariff_table),
    ("ci_deploy_pipeline_yaml", "en", 1.0, k_ci_pipeline_yaml),
    ("wms_bug_ticket", "en", 1.0, k_jira_ticket),
    ("llm_prompt_complaint", "en", 1.0, k_llm_prompt_complaint),
    ("llm_prompt_hs_classification", "en", 1.0, k_llm_prompt_hs),
    ("port_gate_log", "en", 1.0, k_port_gate_log),
    ("ocean_arrival_notice", "en", 1.0, k_arrival_notice),
    ("proof_of_delivery", "en", 1.0, k_pod_record),
    ("return_request_email", "en", 1.0, k_returns_email),
    ("courier_contractor_agreement", "en", 0.9, k_contractor_agreement),
    ("driver_vcard", "en", 0.9, k_vcard_driver),
    ("dock_appointment_ics", "en", 0.9, k_ics_pickup),
    ("ics2_ens_xml", "en", 0.9, k_xml_ens),
    ("hl7_occupational_health", "en", 0.8, k_hl7_occ_health),
    ("fhir_driver_patient", "en", 0.8, k_fhir_patient),
    ("night_shift_handover", "en", 1.0, k_shift_handover),
    ("freight_damage_claim", "en", 1.0, k_damage_claim_letter),
    ("slack_dock_ops_export", "en", 1.0, k_slack_ops_export),
    ("route_optimizer_curl", "en", 0.9, k_curl_api_request),
    ("git_diff_credentials", "en", 0.9, k_git_diff_leak),
    ("sftp_runbook_private_key", "en", 0.9, k_sftp_runbook),
    ("address_change_ticket", "en", 1.0, k_address_correction_ticket),
    ("dangerous_goods_declaration", "en", 0.9, k_dg_declaration),
    ("last_mile_route_sheet", "en", 1.0, k_route_sheet),
    ("dock_door_sensor_log", "en", 1.2, k_dock_sensor_log),
    ("tms_release_notes", "en", 1.1, k_release_notes),
    ("container_status_report", "en", 1.2, k_container_status),
    ("bank_detail_change_email", "en", 0.9, k_bank_change_email),
    ("de_zustellbenachrichtigung", "de", 1.2, k_de_zustellung_email),
    ("de_speditionsauftrag", "de", 1.2, k_de_speditionsauftrag),
    ("de_lagerverwaltung_log", "de", 1.2, k_de_lager_log),
    ("fr_avis_de_passage", "fr", 1.2, k_fr_avis_de_passage),
    ("fr_declaration_douane_export", "fr", 1.1, k_fr_declaration_douane),
    ("es_albaran_entrega", "es", 1.1, k_es_albaran_entrega),
    ("es_chat_repartidor", "es", 1.1, k_es_chat_repartidor),
    ("it_documento_di_trasporto", "it", 1.1, k_it_ddt),
    ("it_email_sdoganamento", "it", 1.1, k_it_email_sdoganamento),
    ("pt_br_email_rastreio", "pt", 1.1, k_pt_br_rastreio_email),
    ("pt_guia_de_transporte", "pt", 1.0, k_pt_guia_transporte),
    ("nl_bezorgbericht", "nl", 1.1, k_nl_bezorgbericht),
    ("nl_ritplanning_csv", "nl", 1.1, k_nl_csv_ritplanning),
    ("pl_list_przewozowy_cmr", "pl", 1.1, k_pl_list_przewozowy),
    ("sv_leveransavisering", "sv", 1.1, k_sv_leveransavisering),
    ("tr_kargo_bildirimi", "tr", 1.1, k_tr_kargo_bildirimi),
    ("ja_haisou_renraku_romaji", "ja", 1.1, k_ja_haisou_renraku),
]
_WEIGHTS = [k[2] for k in KINDS]


def _make(seed: int, i: int):
    r = random.Random(f"blind55:{seed}:{i}")
    name, lang, _w, fn = r.choices(KINDS, weights=_WEIGHTS, k=1)[0]
    b = fn(r)
    doc = {"id": f"blind55-{seed}-{i:06d}", "text": b.text(), "entities": b.entities()}
    return name, lang, doc


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[2]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

_RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_RE_URL = re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/[^\s\"'<>]*)?")
_RE_GH = re.compile(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})")
_RE_SLACK = re.compile(r"xox[abprs]-[0-9A-Za-z-]{10,}|xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]+")
_RE_STRIPE = re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}")
_RE_AWS_AK = re.compile(r"(AKIA|ASIA)[A-Z2-7]{16}")
_RE_AWS_SK = re.compile(r"[A-Za-z0-9/+]{40}")
_RE_PEM = re.compile(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----")
_OPEN = "\"'([{<«“‘"
_CLOSE = "\"')]}>»”’"
_TRAIL = ".,;:!?"


def _jwt_ok(s: str) -> bool:
    parts = s.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", x) for x in parts):
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, binascii.Error):
        return False
    return isinstance(hdr, dict) and "alg" in hdr


def validate(doc: dict) -> list[str]:
    probs: list[str] = []
    text = doc.get("text", "")
    if not isinstance(doc.get("id"), str) or not doc["id"].startswith("blind55-"):
        probs.append("bad id")
    if not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)} outside 150..3000")
    ents = doc.get("entities", [])
    if ents != sorted(ents, key=lambda e: (e["start"], e["end"], e["type"])):
        probs.append("entities not sorted")
    prev_end = -1
    for e in ents:
        s, t, typ = e["start"], e["end"], e["type"]
        tag = f"{typ}[{s}:{t}]"
        if typ not in TYPES:
            probs.append(f"{tag} unknown type")
            continue
        if not (0 <= s < t <= len(text)):
            probs.append(f"{tag} out of range")
            continue
        if s < prev_end:
            probs.append(f"{tag} overlaps previous span")
        prev_end = max(prev_end, t)
        v = text[s:t]
        tag = f"{typ}={v!r}"
        if v != v.strip():
            probs.append(f"{tag} leading/trailing whitespace")
        if v[0] in _OPEN and not (typ == "PHONE_NUMBER" and v[0] == "(" and ")" in v):
            probs.append(f"{tag} starts with quote/bracket")
        if v[-1] in _CLOSE:
            probs.append(f"{tag} ends with quote/bracket")
        if typ not in SECRET_TYPES and v[-1] in _TRAIL:
            probs.append(f"{tag} trailing punctuation")
        if "\n" in v and typ not in ("ADDRESS", "PRIVATE_KEY"):
            probs.append(f"{tag} contains newline")
        if typ in ("PERSON", "LOCATION"):
            if any(ch.isdigit() for ch in v):
                probs.append(f"{tag} contains digit")
        elif typ == "EMAIL_ADDRESS":
            if not _RE_EMAIL.fullmatch(v):
                probs.append(f"{tag} bad email")
        elif typ == "URL":
            if not _RE_URL.fullmatch(v) or "@" in v:
                probs.append(f"{tag} bad url")
            else:
                host = re.match(r"https?://([^/:?]+)", v).group(1)
                try:
                    ipaddress.ip_address(host)
                    probs.append(f"{tag} url with ip host")
                except ValueError:
                    pass
        elif typ == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append(f"{tag} bad ip")
        elif typ == "PHONE_NUMBER":
            nd = sum(ch.isdigit() for ch in v)
            if not 6 <= nd <= 15 or not re.fullmatch(r"[+(]?[0-9][0-9 ()./-]*[0-9]", v):
                probs.append(f"{tag} bad phone")
        elif typ == "CREDIT_CARD":
            raw = re.sub(r"[ -]", "", v)
            if not (raw.isdigit() and 13 <= len(raw) <= 19 and luhn_ok(raw)):
                probs.append(f"{tag} bad card")
        elif typ == "IBAN_CODE":
            if not iban_ok(v):
                probs.append(f"{tag} bad iban")
        elif typ == "US_SSN":
            if not ssn_ok(v):
                probs.append(f"{tag} bad ssn")
        elif typ == "JWT":
            if not _jwt_ok(v):
                probs.append(f"{tag} bad jwt")
        elif typ == "PRIVATE_KEY":
            if not _RE_PEM.fullmatch(v):
                probs.append(f"{typ} bad pem")
        elif typ == "AWS_ACCESS_KEY":
            if not _RE_AWS_AK.fullmatch(v):
                probs.append(f"{tag} bad aws access key")
        elif typ == "AWS_SECRET_KEY":
            if not _RE_AWS_SK.fullmatch(v):
                probs.append(f"{tag} bad aws secret key")
        elif typ == "GITHUB_TOKEN":
            if not _RE_GH.fullmatch(v):
                probs.append(f"{tag} bad github token")
        elif typ == "SLACK_TOKEN":
            if not _RE_SLACK.fullmatch(v):
                probs.append(f"{tag} bad slack token")
        elif typ == "STRIPE_KEY":
            if not _RE_STRIPE.fullmatch(v):
                probs.append(f"{tag} bad stripe key")
        elif typ in ("DATE_TIME", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
                     "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
            if not any(ch.isdigit() for ch in v):
                probs.append(f"{tag} no digit")
        elif typ in ("PASSWORD", "GENERIC_SECRET"):
            if any(ch.isspace() for ch in v):
                probs.append(f"{tag} whitespace in secret")
    return probs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------

def _marked(doc: dict) -> str:
    text, out, pos = doc["text"], [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{text[e['start']:e['end']]}]]<{e['type']}>")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def _check(n: int = 3000, seed: int = 0) -> int:
    per_type: Counter = Counter()
    per_kind: Counter = Counter()
    kind_langs: dict = {}
    bad_docs = 0
    non_en = no_ent = 0
    lengths = []
    for i in range(n):
        kind, lang, doc = _make(seed, i)
        per_kind[kind] += 1
        kind_langs[kind] = lang
        probs = validate(doc)
        if probs:
            bad_docs += 1
            if bad_docs <= 25:
                print(f"PROBLEM {doc['id']} ({kind}): " + "; ".join(probs[:5]))
        if lang != "en":
            non_en += 1
        if not doc["entities"]:
            no_ent += 1
        lengths.append(len(doc["text"]))
        for e in doc["entities"]:
            per_type[e["type"]] += 1
    # determinism: same (n, seed) -> same docs; doc i independent of n
    a = [json.dumps(d, sort_keys=True) for d in generate(60, seed)]
    b = [json.dumps(d, sort_keys=True) for d in generate(60, seed)]
    c = [json.dumps(_make(seed, i)[2], sort_keys=True) for i in range(60)]
    d200 = [json.dumps(d, sort_keys=True) for d in generate(200, seed)][:60]
    determinism_ok = a == b == c == d200
    other = [json.dumps(d, sort_keys=True) for d in generate(60, seed + 1)]
    seeds_differ = other != a

    print(f"docs: {n}   problem docs: {bad_docs}")
    print(f"kinds defined: {len(KINDS)}   kinds produced: {len(per_kind)}   "
          f"languages: {', '.join(sorted(set(k[1] for k in KINDS)))}")
    print(f"non-English docs: {non_en} ({non_en / n:.1%})   no-entity docs: {no_ent} ({no_ent / n:.1%})")
    print(f"length: min {min(lengths)}  max {max(lengths)}  mean {sum(lengths) / n:.0f}")
    print(f"determinism: {'ok' if determinism_ok else 'FAILED'}   different seeds differ: {'yes' if seeds_differ else 'NO'}")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:<22} {per_type[t]:>6}")
    print("\nper-kind counts:")
    for name, lang, _w, _f in KINDS:
        print(f"  {name:<34} {lang}  {per_kind[name]:>5}")
    missing = [t for t in TYPES if per_type[t] == 0]
    if missing:
        print("MISSING TYPES: " + ", ".join(missing))
    ok = (bad_docs == 0 and not missing and determinism_ok and seeds_differ and len(KINDS) >= 57
          and len(per_kind) == len(KINDS))
    print("\nRESULT: " + ("OK" if ok else "FAIL"))
    return 0 if ok else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate 3000 docs and print statistics")
    ap.add_argument("--sample", type=int, metavar="K", help="print K docs with [[span]]<TYPE> marks")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    args = ap.parse_args(argv)
    if args.check:
        return _check(3000, args.seed)
    if args.sample:
        for i in range(args.sample):
            kind, lang, doc = _make(args.seed, i)
            print(f"===== {doc['id']}  kind={kind}  lang={lang}  entities={len(doc['entities'])}")
            print(_marked(doc))
            print()
        return 0
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            for doc in generate(args.n, args.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {args.n} docs to {args.output}")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
