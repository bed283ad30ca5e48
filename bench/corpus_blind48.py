#!/usr/bin/env python3
"""Blind test corpus 48 -- law firms, courts and legal services.

Synthetic, seeded documents: court filings and dockets, case-management
exports, client intake forms, engagement letters, subpoenas, witness
statements, notary deeds, immigration files, legal-aid chats, e-discovery
load files, billing timesheets and GDPR / court correspondence in many EU
languages.  Every span is recorded by a Builder while the text is appended.

Usage:  corpus_blind48.py --check | --sample K | --n N --seed S --output F.jsonl

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
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter
from urllib.parse import urlsplit

# Type names exactly as spelled in the conventions above.
PER, EM, PH, SSN, CC = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD"
IBAN, IP, DOB, DT, LOC = "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION"
ADR, URL, MRN, HPN = "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER"
ACC, DL, AKI, ASK = "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY"
GHT, SLT, STK, JWT, PEM = "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY"
PWD, GEN = "PASSWORD", "GENERIC_SECRET"
TYPES = (PER, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN, HPN, ACC, DL,
         AKI, ASK, GHT, SLT, STK, JWT, PEM, PWD, GEN)
MIN_LEN, MAX_LEN = 150, 3000


class Builder:
    """Append-only text builder that records entity spans as it goes."""

    def __init__(self):
        self._parts, self._n, self.ents = [], 0, []

    def _raw(self, s):
        s = str(s)
        self._parts.append(s)
        self._n += len(s)

    def e(self, typ, s):
        if typ is None:
            self._raw(s)
            return self
        if not s or s != s.strip():
            raise ValueError(f"bad span {s!r}")
        self.ents.append({"start": self._n, "end": self._n + len(s), "type": typ})
        self._raw(s)
        return self

    def t(self, *xs):
        for x in xs:
            if isinstance(x, tuple):
                self.e(*x)
            else:
                self._raw(x)
        return self

    def f(self, fmt, *args):
        """fmt with "{}" holes; each arg is a plain string or a (TYPE, value) tuple."""
        pieces = fmt.split("{}")
        if len(pieces) != len(args) + 1:
            raise ValueError(f"placeholder mismatch in {fmt!r}")
        for p, a in zip(pieces, args):
            self._raw(p)
            self.t(a)
        self._raw(pieces[-1])
        return self

    def text(self):
        return "".join(self._parts)


# ---------------------------------------------------------------- name pools
def _w(s, sep=None):
    return [x.strip() for x in s.split(sep) if x.strip()]


NAMES = {
    "en": (_w("James Mary Robert Patricia Michael Jennifer William Linda David Elizabeth Richard Barbara Joseph "
              "Susan Thomas Jessica Charles Sarah Christopher Karen Daniel Nancy Matthew Lisa Anthony Ashley Mark "
              "Sandra Steven Kimberly Andrew Emily Joshua Donna Kevin Michelle Brian Carol Tyler Megan Jordan "
              "Brittany DeShawn Latoya Cody Heather Travis Amber"),
           _w("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Martin Thompson "
              "Harris Clark Lewis Robinson Walker Allen Wright Scott Hill Adams Nelson Hall Campbell Mitchell Carter "
              "Roberts Turner Phillips Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper "
              "Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Brooks McAllister Donovan Whitfield")),
    "es": (_w("Alejandro Lucía Javier María Carlos Carmen Sergio Laura Pablo Elena Diego Marta Álvaro Paula Raúl "
              "Sofía José Inmaculada Juan Guadalupe Luis Rosa Miguel Ana Jorge Ximena"),
           _w("García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández "
              "Díaz Moreno Muñoz Álvarez Romero Navarro Torres Ramírez Flores Castillo Ortega Vargas")),
    "de": (_w("Lukas Anna Jonas Lea Felix Sophie Maximilian Marie Paul Laura Jürgen Ursula Klaus Sabine Stefan "
              "Katrin Wolfgang Monika Tobias Franziska Matthias Birgit"),
           _w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
              "Klein Wolf Schröder Neumann Schwarz Zimmermann Krüger Hartmann Lange Vogel Köhler Huber Gruber")),
    "fr": (_w("Jean Marie Pierre Camille Louis Chloé Antoine Manon Nicolas Élodie François Isabelle Hugo Léa "
              "Mathieu Amélie Julien Céline Thierry Nathalie"),
           _w("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
              "Bertrand Roux Vincent Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Mercier Chevalier")),
    "it": (_w("Giuseppe Francesca Marco Giulia Alessandro Chiara Luca Valentina Matteo Federica Giovanni Elena "
              "Davide Martina Stefano Paola Lorenzo Silvia"),
           _w("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini "
              "Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro")),
    "pt": (_w("João Ana Pedro Beatriz Tiago Inês Rui Mariana Miguel Catarina Gonçalo Leonor Lucas Gabriela "
              "Rafael Juliana Thiago Fernanda"),
           _w("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes "
              "Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira")),
    "nl": (_w("Daan Emma Sem Julia Lucas Sophie Bram Tess Thijs Fleur Jan Anouk Pieter Lieke Ruben Sanne Joost Marieke"),
           _w("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|"
              "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|Claes|Wouters", "|")),
    "pl": (_w("Jakub Anna Kacper Zuzanna Szymon Julia Michał Maja Tomasz Katarzyna Piotr Agnieszka Krzysztof "
              "Magdalena Paweł Małgorzata"),
           _w("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
              "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk")),
    "sv": (_w("Erik Anna Lars Maria Karl Eva Anders Karin Johan Sara Oskar Elsa Nils Ingrid"),
           _w("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist "
              "Bergström Lindberg Holm")),
    "da": (_w("Mads Mette Rasmus Sofie Frederik Camilla Søren Line Anders Ida Jens Freja"),
           _w("Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Madsen "
              "Kristensen Østergaard")),
    "no": (_w("Ole Ingrid Magnus Nora Henrik Emma Sindre Kari Jonas Silje Håkon Astrid"),
           _w("Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Haugen Berg Dahl "
              "Solberg Bakke")),
    "fi": (_w("Mikko Aino Juha Liisa Jari Sanna Antti Laura Ville Katja Eero Helmi"),
           _w("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Saarinen")),
    "cs": (_w("Jan Jana Petr Petra Tomáš Tereza Martin Eva Jakub Kateřina Lukáš Lucie"),
           _w("Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný")),
    "tr": (_w("Mehmet Ayşe Mustafa Fatma Ahmet Emine Ali Zeynep Hüseyin Elif Emre Büşra Can Selin"),
           _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan")),
    "ar": (_w("Mohammed Fatima Ahmed Aisha Omar Layla Youssef Mariam Khaled Nour Hassan Salma"),
           _w("Al-Sayed Haddad Khalil Mansour Nasser Hamdan Saleh Farouk Aziz Ibrahim El-Amin Rahman")),
    "zh": (_w("Wei Fang Jing Lei Xiaoling Hao Jun Yan Tao Mei"),
           _w("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun")),
    "in": (_w("Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Rahul Deepa Sanjay Meera"),
           _w("Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Mehta Desai Joshi Rao Chatterjee")),
    "ja": (_w("Haruto Yui Sota Aoi Ren Hina Takumi Sakura Kenji Yuki"),
           _w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato")),
    "ng": (_w("Chinedu Ngozi Oluwaseun Funmilayo Emeka Adaeze Tunde Chiamaka Ifeanyi Yetunde"),
           _w("Okafor Adeyemi Okonkwo Balogun Eze Nwosu Ogunleye Abubakar Onyekachi Bello")),
    "ko": (_w("Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Su-bin"), _w("Kim Lee Park Choi Jung Kang Cho Yoon")),
    "vi": (_w("Minh Lan Tuan Huong Duc Thao Quang Linh"), _w("Nguyen Tran Le Pham Hoang Phan Vu Dang")),
    "gr": (_w("Giorgos Maria Dimitris Eleni Nikos Katerina Kostas Sofia"),
           _w("Papadopoulos Georgiou Nikolaidis Karagiannis Vlachos Oikonomou")),
    "ie": (_w("Seán Aoife Ciarán Niamh Pádraig Siobhán Cian Róisín"),
           _w("O'Brien Murphy Byrne Ryan O'Sullivan Walsh McCarthy Doyle Gallagher Brennan")),
    "uk": (_w("Oleksandr Olena Dmytro Iryna Andrii Natalia Serhii Yuliia"),
           _w("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Marchenko")),
}
FEM = set(_w(
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Ashley Sandra Kimberly Emily "
    "Donna Michelle Carol Megan Brittany Latoya Heather Amber Lucía María Carmen Laura Elena Marta Paula Sofía "
    "Inmaculada Guadalupe Rosa Ana Ximena Anna Lea Sophie Marie Ursula Sabine Katrin Monika Franziska Birgit Camille "
    "Chloé Manon Élodie Isabelle Léa Amélie Céline Nathalie Francesca Giulia Chiara Valentina Federica Martina Paola "
    "Silvia Beatriz Inês Mariana Catarina Leonor Gabriela Juliana Fernanda Emma Julia Tess Fleur Anouk Lieke Sanne "
    "Marieke Zuzanna Maja Katarzyna Agnieszka Magdalena Małgorzata Maria Eva Karin Sara Elsa Ingrid Mette Sofie "
    "Camilla Line Ida Freja Nora Kari Silje Astrid Aino Liisa Sanna Katja Helmi Jana Petra Tereza Kateřina Lucie "
    "Ayşe Fatma Emine Zeynep Elif Büşra Selin Fatima Aisha Layla Mariam Nour Salma Fang Jing Xiaoling Yan Mei Priya "
    "Ananya Sneha Kavya Deepa Meera Yui Aoi Hina Sakura Yuki Ngozi Funmilayo Adaeze Chiamaka Yetunde Seo-yeon Ha-eun "
    "Su-bin Lan Huong Thao Linh Eleni Katerina Sofia Aoife Niamh Siobhán Róisín Olena Iryna Natalia Yuliia"))
MIDS = "ABCDEFGHJKLMNPRSTW"


class Pn:
    __slots__ = ("first", "last", "mid", "fem", "cult")

    def __init__(self, first, last, mid, fem, cult):
        self.first, self.last, self.mid, self.fem, self.cult = first, last, mid, fem, cult


US_MIX = ["en"] * 8 + ["es"] * 3 + ["zh", "in", "ng", "vi", "ko", "ar", "ie", "it", "pl", "uk", "gr", "ja"]


def person(r, cult=None):
    cult = cult or r.choice(US_MIX)
    fl, ll = NAMES[cult]
    first, last = r.choice(fl), r.choice(ll)
    fem = first in FEM
    if fem and cult == "pl" and last[-3:] in ("ski", "cki", "dzki"[-3:]):
        last = last[:-1] + "a"
    if fem and cult == "cs":
        last = last[:-1] + "á" if last.endswith("ý") else (last[:-1] + "ová" if last.endswith("a") else last + "ová")
    if cult == "es" and r.random() < 0.5:
        last = f"{last} {r.choice(ll)}"
    mid = r.choice(MIDS) if cult in ("en", "ie", "ng") and r.random() < 0.3 else ""
    return Pn(first, last, mid, fem, cult)


def nm(r, p, style=None):
    st = style or r.choice(["full"] * 7 + ["mid", "lf", "upper", "upperlf"])
    m = f" {p.mid}." if p.mid else ""
    return {
        "full": f"{p.first}{m} {p.last}",
        "plain": f"{p.first} {p.last}",
        "mid": f"{p.first} {p.mid or r.choice(MIDS)}. {p.last}",
        "lf": f"{p.last}, {p.first}",
        "upper": f"{p.first} {p.last}".upper(),
        "upperlf": f"{p.last.upper()}, {p.first}",
        "last": p.last,
        "first": p.first,
        "init": f"{p.first[0]}. {p.last}",
        "lower": f"{p.first} {p.last}".lower(),
    }[st]


TITLES = {
    "en": (["Mr."], ["Ms.", "Mrs."], ["Dr."]), "de": (["Herr"], ["Frau"], ["Dr."]),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame"], ["Me", "Maître"]), "es": (["Sr.", "D.", "Don"], ["Sra.", "Dña.", "Doña"], ["Dr."]),
    "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"], ["Avv."]), "pt": (["Sr."], ["Sra."], ["Dr."]),
    "nl": (["dhr."], ["mevr."], ["mr."]), "pl": (["Pan"], ["Pani"], ["mec."]), "sv": ([""], [""], ["advokat"]),
    "da": (["hr."], ["fru"], ["advokat"]), "no": (["herr"], ["fru"], ["advokat"]), "fi": ([""], [""], ["asianajaja"]),
    "cs": (["pan"], ["paní"], ["JUDr."]), "tr": (["Sayın"], ["Sayın"], ["Av."]),
}


def title(r, lang, p, pro=False):
    m, f, d = TITLES.get(lang, TITLES["en"])
    return r.choice(d if pro else (f if p.fem else m))


def titled(b, r, lang, p, style=None, pro=False):
    """Append '<title> <name>' with only the name labelled."""
    t = title(r, lang, p, pro)
    if t:
        b.t(t + " ")
    b.e(PER, nm(r, p, style))


# ---------------------------------------------------------------- places
def _cities(s):
    return [tuple((x.split(",") + [""])[:2]) for x in s.split(";")]


CITIES = {
    "US": _cities("New York,NY;Los Angeles,CA;Chicago,IL;Houston,TX;Phoenix,AZ;Philadelphia,PA;San Antonio,TX;"
                  "San Diego,CA;Dallas,TX;Austin,TX;Columbus,OH;Charlotte,NC;Seattle,WA;Denver,CO;Boston,MA;"
                  "Nashville,TN;Portland,OR;Atlanta,GA;Miami,FL;Minneapolis,MN;Newark,NJ;Baltimore,MD;"
                  "Albuquerque,NM;Sacramento,CA;Tucson,AZ;Raleigh,NC;Omaha,NE;Oakland,CA;Tampa,FL;New Orleans,LA;"
                  "Cleveland,OH;Madison,WI;Des Moines,IA;Boise,ID;Anchorage,AK;Honolulu,HI;Fresno,CA;El Paso,TX;"
                  "Louisville,KY;Brooklyn,NY;Jersey City,NJ;Santa Fe,NM"),
    "UK": _cities("London,England;Manchester,England;Birmingham,England;Leeds,England;Bristol,England;"
                  "Glasgow,Scotland;Edinburgh,Scotland;Cardiff,Wales;Liverpool,England;Belfast,Northern Ireland"),
    "IE": _cities("Dublin,Leinster;Cork,Munster;Galway,Connacht;Limerick,Munster"),
    "CA": _cities("Toronto,ON;Vancouver,BC;Montréal,QC;Calgary,AB;Ottawa,ON;Winnipeg,MB;Halifax,NS;Edmonton,AB"),
    "AU": _cities("Sydney,NSW;Melbourne,VIC;Brisbane,QLD;Perth,WA;Adelaide,SA;Hobart,TAS"),
    "DE": _cities("Berlin,Berlin;Hamburg,Hamburg;München,Bayern;Köln,Nordrhein-Westfalen;Frankfurt am Main,Hessen;"
                  "Stuttgart,Baden-Württemberg;Düsseldorf,Nordrhein-Westfalen;Leipzig,Sachsen;Dresden,Sachsen;"
                  "Hannover,Niedersachsen;Nürnberg,Bayern;Bremen,Bremen"),
    "AT": _cities("Wien,Wien;Graz,Steiermark;Linz,Oberösterreich;Salzburg,Salzburg;Innsbruck,Tirol"),
    "CH": _cities("Zürich,ZH;Bern,BE;Basel,BS;Luzern,LU;St. Gallen,SG"),
    "FR": _cities("Paris,Île-de-France;Lyon,Auvergne-Rhône-Alpes;Marseille,Provence-Alpes-Côte d'Azur;"
                  "Toulouse,Occitanie;Nice,Provence-Alpes-Côte d'Azur;Nantes,Pays de la Loire;Strasbourg,Grand Est;"
                  "Bordeaux,Nouvelle-Aquitaine;Lille,Hauts-de-France;Rennes,Bretagne;Montpellier,Occitanie"),
    "BE": _cities("Bruxelles,Bruxelles-Capitale;Antwerpen,Vlaanderen;Gent,Vlaanderen;Liège,Wallonie;Namur,Wallonie"),
    "ES": _cities("Madrid,Madrid;Barcelona,Barcelona;Valencia,Valencia;Sevilla,Sevilla;Zaragoza,Zaragoza;"
                  "Málaga,Málaga;Bilbao,Bizkaia;Palma,Illes Balears;Murcia,Murcia;Granada,Granada"),
    "IT": _cities("Roma,RM;Milano,MI;Napoli,NA;Torino,TO;Palermo,PA;Bologna,BO;Firenze,FI;Genova,GE;Bari,BA;Verona,VR"),
    "PT": _cities("Lisboa,Lisboa;Porto,Porto;Braga,Braga;Coimbra,Coimbra;Faro,Faro;Setúbal,Setúbal"),
    "BR": _cities("São Paulo,SP;Rio de Janeiro,RJ;Belo Horizonte,MG;Curitiba,PR;Porto Alegre,RS;Recife,PE"),
    "NL": _cities("Amsterdam,Noord-Holland;Rotterdam,Zuid-Holland;Den Haag,Zuid-Holland;Utrecht,Utrecht;"
                  "Eindhoven,Noord-Brabant;Groningen,Groningen;Leiden,Zuid-Holland;Arnhem,Gelderland"),
    "PL": _cities("Warszawa,mazowieckie;Kraków,małopolskie;Łódź,łódzkie;Wrocław,dolnośląskie;Poznań,wielkopolskie;"
                  "Gdańsk,pomorskie;Szczecin,zachodniopomorskie;Lublin,lubelskie"),
    "SE": _cities("Stockholm,Stockholms län;Göteborg,Västra Götaland;Malmö,Skåne;Uppsala,Uppsala län;"
                  "Västerås,Västmanland;Örebro,Örebro län"),
    "DK": _cities("København,Hovedstaden;Aarhus,Midtjylland;Odense,Syddanmark;Aalborg,Nordjylland"),
    "NO": _cities("Oslo,Oslo;Bergen,Vestland;Trondheim,Trøndelag;Stavanger,Rogaland;Tromsø,Troms"),
    "FI": _cities("Helsinki,Uusimaa;Espoo,Uusimaa;Tampere,Pirkanmaa;Turku,Varsinais-Suomi;Oulu,Pohjois-Pohjanmaa"),
    "CZ": _cities("Praha,Praha;Brno,Jihomoravský kraj;Ostrava,Moravskoslezský kraj;Plzeň,Plzeňský kraj;"
                  "Olomouc,Olomoucký kraj"),
    "TR": _cities("İstanbul,Kadıköy;İstanbul,Beşiktaş;Ankara,Çankaya;İzmir,Konak;Bursa,Nilüfer;Antalya,Muratpaşa"),
}
STREETS = {
    "US": _w("Main Street|Oak Avenue|Maple Drive|Elm St|Park Avenue|Washington Blvd|Lakeview Road|Sunset Blvd|"
             "Broadway|Cedar Lane|Market Street|Pine Street|2nd Avenue|Lincoln Way|Church Road|Highland Ave|"
             "Magnolia Court|W 38th St|Riverside Dr|Peachtree St NE", "|"),
    "UK": _w("High Street|Station Road|King's Road|Victoria Street|Church Lane|Mill Lane|Park Road|Queen Street|"
             "Chancery Lane|Gray's Inn Road|Deansgate", "|"),
    "IE": _w("Merrion Square|Baggot Street Lower|O'Connell Street|Grafton Street|Patrick Street|Eyre Square", "|"),
    "CA": _w("Queen St W|Yonge Street|Rue Sainte-Catherine|Granville Street|Portage Avenue|Jasper Avenue|Spring Garden Road", "|"),
    "AU": _w("George Street|Collins Street|Queen Street|Hay Street|King William Street|Elizabeth Street", "|"),
    "DE": _w("Hauptstraße|Goethestraße|Schillerstraße|Bahnhofstraße|Berliner Allee|Lindenweg|Friedrichstraße|"
             "Kaiserstraße|Am Markt|Sonnenallee|Rosenheimer Straße", "|"),
    "AT": _w("Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Getreidegasse|Herzog-Friedrich-Straße", "|"),
    "CH": _w("Bahnhofstrasse|Limmatquai|Marktgasse|Spitalgasse|Freie Strasse", "|"),
    "FR": _w("rue Victor Hugo|avenue Jean Jaurès|boulevard Haussmann|rue de la République|place Bellecour|"
             "rue des Lilas|allée des Tilleuls|quai de la Fosse|rue Sainte-Catherine", "|"),
    "BE": _w("Rue de la Loi|Avenue Louise|Meir|Veldstraat|Boulevard d'Avroy|Chaussée de Wavre", "|"),
    "ES": _w("Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Paseo de Gracia|Gran Vía|Calle Larios|"
             "Calle Colón|Avenida del Puerto", "|"),
    "IT": _w("Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Dante|Piazza della Repubblica|Viale Europa|"
             "Via Toledo|Via Nazionale", "|"),
    "PT": _w("Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Carmo|Avenida dos Aliados|Rua Ferreira Borges", "|"),
    "BR": _w("Avenida Paulista|Rua Oscar Freire|Rua da Consolação|Avenida Atlântica|Rua XV de Novembro", "|"),
    "NL": _w("Keizersgracht|Herengracht|Coolsingel|Oudegracht|Lange Voorhout|Stationsplein|Kerkstraat|Vismarkt", "|"),
    "PL": _w("Marszałkowska|Floriańska|Piotrkowska|Świdnicka|Długa|Mickiewicza|Grunwaldzka", "|"),
    "SE": _w("Drottninggatan|Storgatan|Kungsgatan|Sveavägen|Vasagatan|Östra Hamngatan", "|"),
    "DK": _w("Vesterbrogade|Nørrebrogade|Østergade|Søndergade|Jernbanegade", "|"),
    "NO": _w("Karl Johans gate|Storgata|Kongens gate|Torggata|Olav Tryggvasons gate", "|"),
    "FI": _w("Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Yliopistonkatu|Kauppakatu", "|"),
    "CZ": _w("Vinohradská|Václavské náměstí|Národní|Masarykova|Husova|Palackého", "|"),
    "TR": _w("Bağdat Caddesi|İstiklal Caddesi|Atatürk Bulvarı|Cumhuriyet Caddesi|Gazi Mustafa Kemal Bulvarı", "|"),
}
PCODE = {
    "US": ["N####"], "CA": ["@#@ #@#"], "AU": ["N###"], "UK": ["@@# #@@", "@# #@@", "@@## #@@"], "IE": ["D0# @#@#"],
    "DE": ["N####"], "AT": ["N###"], "CH": ["N###"], "FR": ["N####"], "BE": ["N###"], "ES": ["N####"],
    "IT": ["N####"], "PT": ["N###-###"], "BR": ["#####-###"], "NL": ["N### @@"], "PL": ["##-###"],
    "SE": ["N## ##"], "DK": ["N###"], "NO": ["N###"], "FI": ["#####"], "CZ": ["N## ##"], "TR": ["N####"],
}
COUNTRY_EN = {"US": "United States", "UK": "United Kingdom", "IE": "Ireland", "CA": "Canada", "AU": "Australia",
              "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France", "BE": "Belgium", "ES": "Spain",
              "IT": "Italy", "PT": "Portugal", "BR": "Brazil", "NL": "Netherlands", "PL": "Poland", "SE": "Sweden",
              "DK": "Denmark", "NO": "Norway", "FI": "Finland", "CZ": "Czech Republic", "TR": "Türkiye"}
COUNTRY_NAT = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France", "BE": "Belgique",
               "ES": "España", "IT": "Italia", "PT": "Portugal", "BR": "Brasil", "NL": "Nederland", "PL": "Polska",
               "SE": "Sverige", "DK": "Danmark", "NO": "Norge", "FI": "Suomi", "CZ": "Česká republika", "TR": "Türkiye"}
BIRTH_COUNTRIES = ["Mexico", "Guatemala", "El Salvador", "Honduras", "India", "China", "Nigeria", "Ukraine",
                   "Philippines", "Vietnam", "Colombia", "Venezuela", "Haiti", "Syria", "Afghanistan", "Brazil",
                   "Ethiopia", "Poland", "Ireland", "South Korea"]
BIRTH_CITIES = {"Mexico": "Guadalajara", "Guatemala": "Quetzaltenango", "El Salvador": "San Miguel",
                "Honduras": "Tegucigalpa", "India": "Pune", "China": "Chengdu", "Nigeria": "Lagos", "Ukraine": "Kharkiv",
                "Philippines": "Cebu City", "Vietnam": "Da Nang", "Colombia": "Medellín", "Venezuela": "Maracaibo",
                "Haiti": "Cap-Haïtien", "Syria": "Aleppo", "Afghanistan": "Herat", "Brazil": "Recife",
                "Ethiopia": "Addis Ababa", "Poland": "Gdańsk", "Ireland": "Galway", "South Korea": "Busan"}
BC_CULT = {"Mexico": "es", "Guatemala": "es", "El Salvador": "es", "Honduras": "es", "India": "in", "China": "zh",
           "Nigeria": "ng", "Ukraine": "uk", "Philippines": "es", "Vietnam": "vi", "Colombia": "es",
           "Venezuela": "es", "Haiti": "fr", "Syria": "ar", "Afghanistan": "ar", "Brazil": "pt", "Ethiopia": "ng",
           "Poland": "pl", "Ireland": "ie", "South Korea": "ko"}
CC_CULT = {"US": US_MIX, "UK": ["en"] * 6 + ["in", "ie", "ng", "pl", "ar", "zh"], "IE": ["ie", "ie", "en", "pl"],
           "CA": ["en", "en", "fr", "zh", "in", "uk"], "AU": ["en", "en", "zh", "vi", "gr", "in"],
           "DE": ["de"] * 6 + ["tr", "pl", "ar", "it"], "AT": ["de"] * 4 + ["tr"], "CH": ["de", "de", "it", "fr"],
           "FR": ["fr"] * 6 + ["ar", "pt", "es"], "BE": ["fr", "nl", "nl", "ar"], "ES": ["es"] * 6 + ["ar"],
           "IT": ["it"] * 6 + ["ar"], "PT": ["pt"] * 5 + ["uk"], "BR": ["pt", "pt", "pt", "it", "ja"],
           "NL": ["nl"] * 5 + ["tr", "ar"], "PL": ["pl"] * 6 + ["uk"], "SE": ["sv"] * 5 + ["ar", "fi"],
           "DK": ["da"] * 5 + ["tr"], "NO": ["no"] * 5 + ["pl"], "FI": ["fi"] * 5 + ["sv"], "CZ": ["cs"] * 5 + ["uk"],
           "TR": ["tr"]}
LANG_CC = {"de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "BE"], "es": ["ES"], "it": ["IT"],
           "pt": ["PT", "PT", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "no": ["NO"],
           "fi": ["FI"], "cs": ["CZ"], "tr": ["TR"], "en": ["US"]}


def pcc(r, cc):
    return person(r, r.choice(CC_CULT[cc]))


def fill(r, pat):
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(r.randint(0, 9)))
        elif ch == "N":
            out.append(str(r.randint(2, 9)))
        elif ch == "@":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        else:
            out.append(ch)
    return "".join(out)


def street(r, cc):
    s, n = r.choice(STREETS[cc]), r.randint(1, 240)
    u = r.random() < 0.35
    if cc in ("US", "CA", "AU"):
        line = f"{n} {s}"
        if u:
            line += r.choice([f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f", Suite {r.randint(100, 950)}",
                              f" #{r.randint(2, 40)}", f", Unit {r.randint(1, 99)}"])
        return line
    if cc in ("UK", "IE"):
        return (f"Flat {r.randint(1, 20)}, " if u else "") + f"{n} {s}"
    if cc == "FR":
        return (f"Bât. {r.choice('ABC')}, " if u else "") + r.choice([f"{n} {s}", f"{n}, {s}", f"{n} bis {s}"])
    if cc == "ES":
        return f"{s}, {n}" + (f", {r.randint(1, 9)}º {r.choice('ABCD')}" if u else "")
    if cc == "IT":
        return r.choice([f"{s} {n}", f"{s}, {n}"])
    if cc in ("PT", "BR"):
        return f"{s}, {n}" + ((f", {r.randint(1, 8)}.º {r.choice(['Esq', 'Dto'])}" if cc == "PT" else f", apto {r.randint(11, 180)}") if u else "")
    if cc == "PL":
        return f"{r.choice(['ul.', 'ul.', 'al.'])} {s} {n}" + (f"/{r.randint(1, 60)}" if u else "")
    if cc == "TR":
        return f"{s} No: {n}" + (f" D: {r.randint(1, 30)}" if u else "")
    if cc == "CZ":
        return f"{s} {r.randint(100, 2500)}/{n}"
    if cc == "FI":
        return f"{s} {n}" + (f" {r.choice('ABC')} {r.randint(1, 40)}" if u else "")
    if cc == "DK":
        return f"{s} {n}" + (f", {r.randint(1, 5)}. {r.choice(['tv', 'th', 'mf'])}" if u else "")
    if cc == "AT":
        return f"{s} {n}" + (f"/{r.randint(1, 9)}/{r.randint(1, 20)}" if u else "")
    if cc == "NL":
        return f"{s} {n}" + (r.choice(["-II", " A", "-3"]) if u else "")
    return f"{s} {n}"


def addr_parts(r, cc):
    city, reg = r.choice(CITIES[cc])
    return street(r, cc), city, reg, fill(r, r.choice(PCODE[cc]))


def addr(r, cc="US", ml=False, country=False, native=False):
    line, city, reg, pc = addr_parts(r, cc)
    if cc in ("US", "CA"):
        cl = f"{city}, {reg} {pc}" if r.random() < 0.85 else f"{city} {reg} {pc}"
    elif cc == "AU":
        cl = f"{city} {reg} {pc}"
    elif cc == "UK":
        cl = f"{city}\n{pc}" if ml else f"{city} {pc}"
    elif cc == "IE":
        cl = f"{city}, {pc}"
    elif cc == "IT":
        cl = r.choice([f"{pc} {city} ({reg})", f"{pc} {city} {reg}"])
    elif cc == "BR":
        cl = f"{city} - {reg}, {pc}"
    elif cc == "TR":
        cl = f"{pc} {reg}/{city}"
    else:
        cl = f"{pc} {city}"
    parts = [line, cl]
    if country:
        parts.append(COUNTRY_NAT.get(cc, COUNTRY_EN[cc]) if native else COUNTRY_EN[cc])
    return ("\n" if ml else ", ").join(parts)


def city(r, cc="US", st=None):
    c, reg = r.choice(CITIES[cc])
    if st is None:
        st = cc in ("US", "CA") and r.random() < 0.7
    return f"{c}, {reg}" if st and reg else c


PHONES = {
    "US": ["(N##) 555-01##", "N##-555-01##", "+1 N##-N##-####", "N##.N##.####", "1-800-N##-####", "+1 (N##) N##-####", "N##-N##-####"],
    "UK": ["+44 20 7946 0###", "020 7946 0###", "07700 900###", "+44 (0)161 496 0###", "0113 496 0###"],
    "IE": ["+353 1 N## ####", "087 N## ####", "(01) N## ####"],
    "AU": ["+61 2 N### ####", "(02) N### ####", "04## ### ###", "1300 N## ###"],
    "DE": ["+49 30 N#######", "030 / N### ####", "(089) N## ### ##", "0151 N#######", "+49 (0)40 N#####-0", "0221-N######"],
    "AT": ["+43 1 N## ## ##", "0664 N######", "+43 662 N#####"],
    "CH": ["+41 44 N## ## ##", "079 N## ## ##", "044 N## ## ##"],
    "FR": ["01 ## ## ## ##", "+33 1 ## ## ## ##", "06.##.##.##.##", "+33 (0)4 ## ## ## ##", "04 ## ## ## ##"],
    "BE": ["+32 2 N## ## ##", "0470 ## ## ##", "02/N##.##.##"],
    "ES": ["+34 91# ### ###", "91# ## ## ##", "6## ### ###", "+34 6## ## ## ##"],
    "IT": ["+39 02 #### ####", "06 N#######", "3## ### ####", "+39 3## #######"],
    "PT": ["+351 21# ### ###", "9## ### ###", "22# ### ###"],
    "BR": ["+55 11 9####-####", "(11) N###-####", "(21) 9####-####"],
    "NL": ["+31 20 N## ####", "020-N######", "06-N#######", "+31 6 N#######", "(010) N## ## ##"],
    "PL": ["+48 22 N## ## ##", "6## ### ###", "+48 6##-###-###", "(22) N## ## ##"],
    "SE": ["08-N## ### ##", "+46 8 N## ### ##", "07#-### ## ##", "031-N# ## ##"],
    "DK": ["+45 N# ## ## ##", "N# ## ## ##"],
    "NO": ["+47 N# ## ## ##", "9## ## ###", "N# ## ## ##"],
    "FI": ["+358 9 N### ####", "040 N## ####", "09 N### ####", "+358 50 N## ####"],
    "CZ": ["+420 2## ### ###", "6## ### ###", "+420 7## ### ###"],
    "TR": ["+90 212 N## ## ##", "0532 N## ## ##", "(0216) N## ## ##", "+90 5## N## ## ##"],
}
PHONES["CA"] = PHONES["US"]


def phone(r, cc="US"):
    return fill(r, r.choice(PHONES[cc]))


# ---------------------------------------------------------------- dates
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
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
WDAYS = {
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


def rdate(r, y0=2019, y1=2026):
    a = dt.date(y0, 1, 1)
    return a + dt.timedelta(days=r.randint(0, (dt.date(y1, 12, 31) - a).days))


def bdate(r):
    return rdate(r, 1938, 2006)


def fdate(r, d, lang="en", wd=False, style=None):
    m = MONTHS[lang].split()[d.month - 1]
    D, M, Y = d.day, d.month, d.year
    opts = {
        "en": [f"{m} {D}, {Y}", f"{D} {m} {Y}", f"{M:02d}/{D:02d}/{Y}", f"{d:%Y-%m-%d}", f"{m[:3]} {D}, {Y}",
               f"{M}/{D}/{Y}", f"{D:02d}-{m[:3].upper()}-{Y}"],
        "de": [f"{D:02d}.{M:02d}.{Y}", f"{D}. {m} {Y}", f"{D}.{M}.{Y}"],
        "fr": [f"{D:02d}/{M:02d}/{Y}", f"{'1er' if D == 1 else D} {m} {Y}"],
        "es": [f"{D:02d}/{M:02d}/{Y}", f"{D} de {m} de {Y}", f"{D:02d}-{M:02d}-{Y}"],
        "it": [f"{D:02d}/{M:02d}/{Y}", f"{D} {m} {Y}", f"{D:02d}.{M:02d}.{Y}"],
        "pt": [f"{D:02d}/{M:02d}/{Y}", f"{D} de {m} de {Y}", f"{D:02d}-{M:02d}-{Y}"],
        "nl": [f"{D:02d}-{M:02d}-{Y}", f"{D} {m} {Y}"],
        "pl": [f"{D:02d}.{M:02d}.{Y}", f"{D} {m} {Y}", f"{d:%Y-%m-%d}"],
        "sv": [f"{d:%Y-%m-%d}", f"{D} {m} {Y}"],
        "da": [f"{D:02d}.{M:02d}.{Y}", f"{D}. {m} {Y}"],
        "no": [f"{D:02d}.{M:02d}.{Y}", f"{D}. {m} {Y}"],
        "fi": [f"{D}.{M}.{Y}", f"{D}. {m} {Y}"],
        "cs": [f"{D}. {M}. {Y}", f"{D}. {m} {Y}", f"{D:02d}.{M:02d}.{Y}"],
        "tr": [f"{D:02d}.{M:02d}.{Y}", f"{D} {m} {Y}", f"{D:02d}/{M:02d}/{Y}"],
    }[lang]
    s = opts[style] if style is not None else r.choice(opts)
    if wd:
        w = WDAYS[lang].split()[d.weekday()]
        s = f"{w}, {s}" if lang in ("en", "de", "es", "pl", "pt", "tr") else f"{w} {s}"
    return s


def ftime(r, lang="en", h=None):
    h = h if h is not None else r.randint(8, 17)
    mm = r.choice([0, 0, 0, 15, 30, 30, 45, 10, 20])
    h12, ap = (h - 1) % 12 + 1, ("AM" if h < 12 else "PM")
    opts = {
        "en": [f"{h12}:{mm:02d} {ap}", f"{h12}:{mm:02d} {ap.lower()}", f"{h12}:{mm:02d}{ap.lower()}", f"{h:02d}:{mm:02d}"],
        "de": [f"{h}:{mm:02d} Uhr", f"{h:02d}:{mm:02d}", f"{h}.{mm:02d} Uhr"],
        "fr": [f"{h}h{mm:02d}", f"{h} h {mm:02d}", f"{h:02d}:{mm:02d}"],
        "es": [f"{h}:{mm:02d}", f"{h:02d}:{mm:02d} h"],
        "it": [f"{h}:{mm:02d}", f"{h}.{mm:02d}"],
        "pt": [f"{h}h{mm:02d}", f"{h:02d}:{mm:02d}"],
        "nl": [f"{h:02d}:{mm:02d}", f"{h}.{mm:02d} uur"],
    }.get(lang, [f"{h}:{mm:02d}", f"{h:02d}:{mm:02d}", f"{h}.{mm:02d}"])
    return r.choice(opts)


JOIN = {"en": [" at ", ", "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las "], "it": [" alle "], "pt": [" às "]}


def fdt(r, d=None, lang="en", wd=None):
    d = d or rdate(r, 2023, 2026)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    wd = r.random() < 0.35 if wd is None else wd
    return fdate(r, d, lang, wd) + r.choice(JOIN.get(lang, [", "])) + ftime(r, lang)


# ---------------------------------------------------------------- contact / web
MAILDOMS = ["example.com", "example.org", "example.net", "mail.example.com", "webmail.example", "inbox.test",
            "correo.example", "posteo.example", "clients.example.org", "post.example.net"]


def fold(s):
    for a, z in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("ł", "l"), ("Ł", "L"), ("ı", "i"), ("đ", "d")):
        s = s.replace(a, z)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9-]", "", s).lower()


def email(r, p=None, dom=None):
    p = p or person(r)
    f, l = fold(p.first), fold(p.last.split()[0] if p.cult == "es" else p.last)
    loc = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f[0]}", f"{f}{r.randint(1, 99)}", f"{f}.{l}{r.randint(70, 99)}"])
    return f"{loc}@{dom or r.choice(MAILDOMS)}"


FIRM_SURN = _w("Hartley Brennan Whitaker Caldwell Okafor Reyes Stein Lindqvist Abernathy Pemberton Goldberg "
               "Castellano Delacroix Fitzgerald Marchetti Halvorsen Adeyemi Moreau Ashby Kessler Vance Holloway")
FIRM_FMT = {
    "en": ["{a} & {c} LLP", "{a} {c} PLLC", "The {a} Law Group", "{a}, {c} & Partners LLP", "{a} Legal, P.C."],
    "de": ["Kanzlei {a} & {c}", "{a} {c} Rechtsanwälte PartG mbB", "Rechtsanwaltskanzlei {a}"],
    "fr": ["Cabinet {a} Avocats", "{a} & {c} Associés", "SCP {a}-{c}"],
    "es": ["Bufete {a} Abogados", "{a} & {c} Abogados S.L.P.", "Despacho {a}"],
    "it": ["Studio Legale {a}", "Studio Legale Associato {a} & {c}", "{a} {c} Avvocati"],
    "pt": ["{a} & {c} Advogados", "{a} Sociedade de Advogados", "Escritório {a}"],
    "nl": ["{a} Advocaten", "Advocatenkantoor {a} & {c}", "{a} {c} N.V."],
    "pl": ["Kancelaria Prawna {a}", "{a} i Wspólnicy sp.k.", "Kancelaria Adwokacka {a}"],
    "sv": ["Advokatfirman {a} AB", "{a} & {c} Advokatbyrå"], "da": ["Advokatfirmaet {a}", "{a} & {c} Advokater"],
    "no": ["Advokatfirmaet {a} AS", "{a} {c} Advokater"], "fi": ["Asianajotoimisto {a} Oy", "{a} & {c} Oy"],
    "cs": ["Advokátní kancelář {a} s.r.o.", "{a} & {c}, advokáti"], "tr": ["{a} Hukuk Bürosu", "{a} & {c} Avukatlık Ortaklığı"],
}


def firm(r, lang="en"):
    pool = FIRM_SURN if lang in ("en",) else NAMES[{"da": "da"}.get(lang, lang)][1]
    a, c = r.sample(pool, 2)
    name = r.choice(FIRM_FMT[lang]).format(a=a, c=c)
    dom = f"{fold(a.split()[-1])}{r.choice(['-law', '-legal', '', '-' + fold(c.split()[-1])])}{r.choice(['.example', '.test', '.example.com'])}"
    return name, dom


COMPANIES = ["Acme Logistics, Inc.", "Northwind Freight LLC", "Bluewater Property Management", "Globex Insurance Co.",
             "Initech Staffing Solutions", "Pinnacle Home Health, LLC", "Summit Ridge Apartments LLC",
             "Contoso Bank, N.A.", "Umbrella Pharmacies Corp.", "Wayne Construction Group", "Stark Retail Holdings",
             "Vandelay Industries", "Hooli Technologies Inc.", "Soylent Foods LLC", "Tyrell Robotics Corp."]
NAMED_CO = ["Johnson & Sons Roofing", "Ben's Auto Body", "McAllister Brothers Moving", "Walsh & Daughters Bakery",
            "Ortega Family Dental", "Dr. Patel's Pharmacy", "Nguyen Nails & Spa", "Smith & Wesson"]
HOSPITALS = ["St. Brigid Medical Center", "Mercy General Hospital", "Riverside Orthopedic Associates",
             "Lakeshore Imaging Center", "Northgate Urgent Care", "Valley Physical Therapy", "County General Hospital"]
PETS = ["Biscuit", "Rocky", "Luna", "Max", "Pepper", "Mochi", "Bella", "Ziggy"]
DRUGS = ["ibuprofen 800 mg", "cyclobenzaprine 10 mg", "gabapentin 300 mg", "oxycodone 5 mg", "naproxen 500 mg",
         "sertraline 50 mg", "tramadol 50 mg", "lisinopril 10 mg"]
ICD = ["S13.4XXA", "M54.5", "S83.511A", "F43.10", "S06.0X0A", "M25.511", "S22.31XA", "G44.309"]


def url(r, host, kind=None):
    kind = kind or r.randint(0, 7)
    paths = [f"/portal/matters/{r.randint(1000, 99999)}", f"/client/upload?ref={rs(r, 10, HEX)}",
             f"/documents/{uuid_(r)}/view", f"/s/{rs(r, 12)}", f"/cases/{r.randint(100000, 999999)}/docket",
             f"/intake?lang=en&src={r.choice(['web', 'qr', 'sms'])}", f"/pay/invoice/{r.randint(10000, 99999)}",
             f"/meet/{rs(r, 8, string.ascii_lowercase)}"]
    return f"https://{host}{paths[kind % len(paths)]}"


def ipv4(r):
    k = r.randint(0, 6)
    if k == 0:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 2:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k == 3:
        return f"{r.choice(['203.0.113', '198.51.100', '192.0.2'])}.{r.randint(1, 254)}"
    return f"{r.choice([23, 45, 62, 81, 91, 104, 145, 178, 185, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    return str(ipaddress.IPv6Address((0x20010db8 << 96) | (r.getrandbits(16) << 64) | r.getrandbits(r.choice([16, 64]))))


def ip(r):
    return ipv6(r) if r.random() < 0.2 else ipv4(r)


# ---------------------------------------------------------------- numbers / ids
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
UPDIG = string.ascii_uppercase + string.digits


def rs(r, n, al=ALNUM):
    return "".join(r.choice(al) for _ in range(n))


def uuid_(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha(r, n=40):
    return rs(r, n, HEX)


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def _luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def _group(s, sizes, sep):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    return sep.join(out)


def card(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    pre, n = {"visa": ("4", 16), "mc": (str(r.choice([51, 52, 53, 54, 55, 2221, 2720])), 16),
              "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16)}[brand]
    num = _luhn_complete(pre + "".join(str(r.randint(0, 9)) for _ in range(n - 1 - len(pre))))
    sep = r.choice([" ", "-", "", " "])
    return _group(num, [4, 6, 5] if n == 15 else [4, 4, 4, 4], sep) if sep else num


def bad_card(r):
    while True:
        num = "4" + "".join(str(r.randint(0, 9)) for _ in range(15))
        if not luhn_ok(num):
            return _group(num, [4, 4, 4, 4], r.choice([" ", "-"]))


IBAN_BBAN = {"DE": "##################", "AT": "################", "CH": "#################",
             "FR": "#######################", "BE": "############", "ES": "####################",
             "IT": "@######################", "PT": "#####################", "NL": "BANK##########",
             "PL": "########################", "SE": "####################", "DK": "##############",
             "NO": "###########", "FI": "##############", "CZ": "####################",
             "TR": "#####0################", "IE": "BANK##############", "GB": "BANK##############",
             "LU": "################", "BR": "#######################@#"}
BANKS4 = {"NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"], "IE": ["AIBK", "BOFI"], "GB": ["NWBK", "BARC", "HBUK", "LOYD"]}


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r, cc="DE", grouped=None):
    cc = {"UK": "GB", "US": "DE", "CA": "DE", "AU": "GB"}.get(cc, cc)
    pat = IBAN_BBAN[cc]
    if pat.startswith("BANK"):
        pat = r.choice(BANKS4[cc]) + pat[4:]
    bban = fill(r, pat)
    t = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    s = f"{cc}{chk:02d}{bban}"
    grouped = r.random() < 0.65 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return r.choice([s, s, s, s.replace("-", " "), s.replace("-", "")])


def bad_ssn(r):
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def masked_ssn(r):
    return r.choice(["XXX-XX-", "***-**-", "xxx-xx-"]) + f"{r.randint(1, 9999):04d}"


def masked_card(r):
    return r.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "ending in ", "•••• "]) + f"{r.randint(0, 9999):04d}"


def masked_iban(r, cc="DE"):
    return f"{cc}{r.randint(10, 99)} **** **** **** {r.randint(10, 99)}{r.randint(0, 99):02d}"


def mrn(r):
    return fill(r, r.choice(["########", "00######", "E#######", "MR#######", "#######-#", "A########"]))


def hpn(r):
    return fill(r, r.choice(["@@@#########", "W#########", "#########-01", "@@@@########", "M########", "U#######-0#"]))


def acct(r):
    return fill(r, r.choice(["############", "####-####-##", "#########", "00########", "####-######-###", "##########"]))


DL_FMT = {"CA": "@#######", "NY": "### ### ###", "TX": "########", "FL": "@###-###-##-###-#", "IL": "@###-####-####",
          "WA": "WDL@@#####", "PA": "## ### ###", "NJ": "@#### ##### #####", "MA": "S########", "OH": "@@######",
          "GA": "#########", "AZ": "@########", "CO": "##-###-####", "MI": "@ ### ### ### ###", "NM": "#########"}


def dlic(r, st=None):
    st = st if st in DL_FMT else r.choice(list(DL_FMT))
    return st, fill(r, DL_FMT[st])


def case_us(r):
    return f"{r.randint(1, 4)}:{r.randint(19, 25)}-{r.choice(['cv', 'cv', 'cr', 'bk', 'mc'])}-{r.randint(100, 9999):05d}" + \
        (f"-{rs(r, 3, string.ascii_uppercase)}" if r.random() < 0.5 else "")


def case_state(r):
    return f"{r.randint(2019, 2025)}-{r.choice(['CV', 'CA', 'FA', 'PR', 'LT', 'CR', 'DR'])}-{r.randint(1, 99999):06d}"


def amount(r, lo=50, hi=250000, cur="$"):
    v = r.randint(lo * 100, hi * 100) / 100
    if cur == "$":
        return f"${v:,.2f}"
    if cur == "£":
        return f"£{v:,.2f}"
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return r.choice([f"{s} {cur}", f"{cur} {s}"])


def bic(r, cc="DE"):
    cc = {"UK": "GB"}.get(cc, cc)
    return rs(r, 4, string.ascii_uppercase) + cc + rs(r, 2, UPDIG) + r.choice(["", "XXX", "100"])


def routing(r):
    return f"0{r.randint(10000000, 99999999)}"


def plate(r):
    return fill(r, r.choice(["N@@@###", "@@@ ####", "@@@-####", "##@ ###"]))


def vin(r):
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def ver(r):
    return f"{r.choice(['v', ''])}{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 40)}"


def bates(r, pfx=None):
    return f"{pfx or rs(r, r.randint(3, 5), string.ascii_uppercase)}{r.randint(1, 999999):0{r.choice([6, 7, 8])}d}"


def dur(r):
    return r.choice([f"{r.randint(1, 50) / 10:.1f} hrs", f"{r.randint(5, 55)} minutes", f"{r.randint(1, 6)}h {r.randint(1, 59)}m",
                     f"{r.randint(2, 30)} days", f"0:{r.randint(10, 59)}"])


# ---------------------------------------------------------------- secrets
def aws_ak(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")


def aws_sk(r):
    return rs(r, 40, ALNUM + "/+")


def gh_tok(r):
    if r.random() < 0.8:
        return r.choice(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)
    return "github_pat_11" + rs(r, 20, UPDIG) + "_" + rs(r, 59)


def slack_tok(r):
    return f"xox{r.choice('bbpa')}-{rs(r, 12, string.digits)}-{rs(r, 13, string.digits)}-{rs(r, 24)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 58]))


def b64u(bs):
    return base64.urlsafe_b64encode(bs).rstrip(b"=").decode()


def jwt(r):
    h = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    iat = r.randint(1650000000, 1760000000)
    p = {"sub": str(r.randint(10000, 999999)), "iat": iat, "exp": iat + 3600 * r.choice([1, 8, 24]),
         "scope": r.choice(["matters:read", "docs:write", "portal"]), "tid": rs(r, 6, HEX)}
    return ".".join([b64u(json.dumps(h, separators=(",", ":")).encode()),
                     b64u(json.dumps(p, separators=(",", ":")).encode()), b64u(r.randbytes(32))])


def pem(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = [base64.b64encode(r.randbytes(48)).decode() for _ in range(r.randint(4, 8))]
    body.append(base64.b64encode(r.randbytes(r.choice([12, 21, 30]))).decode())
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


PW_WORDS = ["Summer", "Justice", "Verdict", "Tort", "Docket", "Gavel", "Lex", "Casefile", "Harbor", "Maple",
            "Brief", "Witness", "Tribunal", "Sonne", "Soleil", "Kwiat"]


def password(r):
    k = r.randint(0, 3)
    if k == 0:
        return f"{r.choice(PW_WORDS)}{r.randint(1, 2099)}{r.choice('!#$%&*')}"
    if k == 1:
        return rs(r, r.randint(12, 20), ALNUM + "!#$%&*-_") + rs(r, 1, ALNUM)
    if k == 2:
        return f"{r.choice(PW_WORDS).lower()}-{r.choice(PW_WORDS).lower()}-{r.randint(10, 99)}"
    return rs(r, 3, string.ascii_uppercase) + rs(r, 5, string.digits) + rs(r, 4, string.ascii_lowercase) + "!"


def generic_secret(r):
    k = r.randint(0, 6)
    return [f"whsec_{rs(r, 32)}", f"SG.{rs(r, 22)}.{rs(r, 43)}", rs(r, 32, HEX), f"key-{rs(r, 32, HEX)}",
            f"AIza{rs(r, 35, ALNUM + '-_')}", rs(r, 40), f"dsk_{rs(r, 32)}"][k]


def b64(s):
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------- hard negatives (plain text)
def neg_phrase(r):
    k = r.randint(0, 17)
    return [
        f"Invoice INV-{fill(r, '20##-#####')}", f"order #{r.randint(100000, 999999)}", f"ticket {fill(r, 'SR-######')}",
        f"claim no. {fill(r, 'CLM-#######')}", f"tracking 1Z{rs(r, 16, UPDIG)}", f"ref. {uuid_(r)}",
        f"build {ver(r)}", f"commit {sha(r, 7)}", f"{amount(r)}", f"SSN on file: {masked_ssn(r)}",
        f"card {masked_card(r)}", f"ITIN {bad_ssn(r)}", f"since {r.randint(2005, 2022)}", f"{dur(r)}",
        f"plate {plate(r)}", f"VIN {vin(r)}", f"Room {r.randint(2, 12)}{r.choice('ABC')}", f"ABA {routing(r)}",
    ][k]


def choose(r, *xs):
    return r.choice(xs)


# ================================================================ generators
REG = []


def kind(pool):
    def deco(fn):
        REG.append((fn.__name__[2:], pool, fn))
        return fn
    return deco


def usdate(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


@kind("en")
def g_docket_sheet(b, r):
    cs, judge, mag, pl, atty = case_us(r), person(r, "en"), person(r), person(r), person(r)
    df, (fn, fd) = r.choice(COMPANIES), firm(r)
    b.f("U.S. District Court\nCIVIL DOCKET FOR CASE #: {}\n\n{} v. {}\n", cs, (PER, nm(r, pl, "plain")), df)
    b.f("Assigned to: Judge {}\nReferred to: Magistrate Judge {}\n", (PER, nm(r, judge)), (PER, nm(r, mag, "plain")))
    d = rdate(r, 2021, 2025)
    b.f("Date Filed: {}\nJury Demand: Plaintiff\nNature of Suit: {}\n\n", (DT, usdate(d)),
        r.choice(["440 Civil Rights: Other", "710 Labor: Fair Standards", "442 Civil Rights: Jobs", "360 P.I.: Other"]))
    b.f("Plaintiff\n{}\t\trepresented by {}\n\t\t\t{}\n\t\t\t{}\n", (PER, nm(r, pl, "upper")), (PER, nm(r, atty, "plain")), fn,
        (ADR, addr(r, "US")))
    b.f("\t\t\t{}\n\t\t\tFax: {}\n\t\t\tEmail: {}\n\t\t\tLEAD ATTORNEY\n\nV.\n\nDefendant\n{}\n\nDate Filed\t#\tDocket Text\n",
        (PH, phone(r)), (PH, phone(r)), (EM, email(r, atty, fd)), df)
    for i in range(r.randint(3, 5)):
        d += dt.timedelta(days=r.randint(1, 40) if i else 0)
        b.f("{}\t{}\t", (DT, usdate(d)), str(i + 1))
        k = r.randint(1, 4) if i else 0
        if k == 0:
            b.f("COMPLAINT against {} (Filing fee $ 405, receipt number {}) filed by {}. ({}) (Entered: {})\n", df,
                "ANYSDC-" + fill(r, "########"), (PER, nm(r, pl, "plain")), (PER, nm(r, atty, "lf")),
                (DT, usdate(d + dt.timedelta(days=1))))
        elif k == 1:
            b.f("SUMMONS Returned Executed by {}. {} served on {}, answer due {}.\n", (PER, nm(r, pl, "plain")), df,
                (DT, usdate(d)), (DT, usdate(d + dt.timedelta(days=21))))
        elif k == 2:
            b.f("ORDER: Initial Pretrial Conference set for {} in Courtroom {} before Judge {}. (Signed by Judge {} on {})\n",
                (DT, fdt(r, d + dt.timedelta(days=30), "en", False)), f"{r.randint(3, 26)}{r.choice('ABCD')}",
                (PER, judge.last), (PER, nm(r, judge, "plain")), (DT, usdate(d)))
        elif k == 3:
            o = person(r)
            b.f("NOTICE OF APPEARANCE by {} on behalf of {}. ({})\n", (PER, nm(r, o, "plain")), df, (PER, nm(r, o, "lf")))
        else:
            b.f("MOTION to Dismiss. Document filed by {}. (Attachments: # 1 Memorandum of Law, # 2 Exhibit {})\n", df, bates(r))


@kind("en")
def g_complaint_caption(b, r):
    pl, atty, (fn, fd) = person(r), person(r), firm(r)
    df = r.choice(COMPANIES + NAMED_CO)
    b.f("IN THE CIRCUIT COURT OF THE {} JUDICIAL CIRCUIT\n\n{}, an individual,\n        Plaintiff,\nv.\t\t\t\tCase No.: {}\n",
        r.choice(["11TH", "17TH", "9TH", "FOURTH", "20TH"]), (PER, nm(r, pl, "upper")), case_state(r))
    b.f("{},\n        Defendant.\n_______________________________/\n\nCOMPLAINT FOR DAMAGES AND DEMAND FOR JURY TRIAL\n\n", df.upper())
    b.f("Plaintiff, {}, by and through undersigned counsel, sues Defendant, {}, and alleges:\n", (PER, nm(r, pl, "plain")), df)
    b.f("1. This is an action for damages exceeding {}, exclusive of interest, costs and attorney's fees.\n", amount(r, 15000, 75000))
    b.f("2. Plaintiff is an adult residing at {}.\n", (ADR, addr(r, "US")))
    b.f("3. At all material times Defendant conducted business in {}.\n", (LOC, city(r, "US", True)))
    d = rdate(r, 2021, 2025)
    b.f("4. On {}, Plaintiff was lawfully on the premises located at {} when {}.\n", (DT, fdt(r, d, "en")),
        (ADR, addr(r, "US")), r.choice(["she slipped on an unmarked wet floor", "a shelving unit collapsed",
                                          "he was struck by a forklift operated by Defendant's employee"]))
    if r.random() < 0.6:
        w = person(r)
        b.f("5. The incident was witnessed by {}, who reported it to the store manager, {}, within {}.\n",
            (PER, nm(r, w, "full")), (PER, nm(r, person(r), "first")), r.choice(["minutes", "the hour", f"{r.randint(5, 40)} minutes"]))
    b.f("\nDated: {}\n\nRespectfully submitted,\n/s/ {}\n{}, Esq.\nFla. Bar No. {}\n{}\n{}\nTel: {}\nPrimary e-mail: {}\n",
        (DT, fdate(r, d + dt.timedelta(days=r.randint(60, 600)), "en", style=0)), (PER, nm(r, atty, "plain")),
        (PER, nm(r, atty, "plain")), r.randint(100000, 1999999), fn, (ADR, addr(r, "US", ml=True)), (PH, phone(r)),
        (EM, email(r, atty, fd)))


@kind("en")
def g_case_mgmt_csv(b, r):
    cols = r.choice([
        ["matter_id", "client_name", "dob", "phone", "email", "city", "state", "zip", "opened", "atty"],
        ["Matter #", "Client", "Date of Birth", "Mobile", "E-mail", "City", "ST", "Postal", "Open Date", "Resp."],
        ["MATTER", "CLIENT_LAST_FIRST", "BIRTHDATE", "PHONE", "EMAIL", "CITY", "STATE", "ZIP", "INTAKE_DATE", "ORIG"]])
    sep = r.choice([",", ";", "\t", "|"])
    b.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 7)):
        p = person(r)
        c, st = r.choice(CITIES["US"])
        name = nm(r, p, r.choice(["lf", "plain", "upperlf"]))
        q = '"' if ("," in name and sep == ",") else ""
        b.f("{}" + sep + q + "{}" + q + sep, f"{r.choice(['PI', 'FAM', 'IMM', 'EMP', 'LLT'])}-{r.randint(2019, 2025)}-{r.randint(1, 9999):04d}", (PER, name))
        b.t((DOB, fdate(r, bdate(r), "en", style=r.choice([2, 3]))) if r.random() < 0.8 else "", sep)
        b.t((PH, phone(r)) if r.random() < 0.85 else "", sep, (EM, email(r, p)) if r.random() < 0.7 else "", sep)
        b.f("{}" + sep + "{}" + sep + "{}" + sep + "{}" + sep + "{}\n", (LOC, c), (LOC, st), fill(r, "N####"),
            (DT, fdate(r, rdate(r, 2020, 2025), "en", style=r.choice([2, 3]))), rs(r, 3, string.ascii_uppercase))


@kind("en")
def g_client_intake_form(b, r):
    p, (fn, fd) = person(r), firm(r)
    st, dln = dlic(r)
    b.f("{}\nCONFIDENTIAL CLIENT INTAKE QUESTIONNAIRE\n{}\n\n", fn.upper(), "=" * 44)
    b.f("Matter type: [{}] Personal injury  [{}] Family  [{}] Employment\n",
        *[("x" if i == 0 else " ") for i in r.sample(range(3), 3)])
    b.f("Full legal name: {}\nPreferred name: {}\n", (PER, nm(r, p, r.choice(["full", "mid", "upper"]))), (PER, p.first))
    b.f("Date of birth: {}\n", (DOB, fdate(r, bdate(r), "en", style=r.choice([0, 2, 5]))))
    if r.random() < 0.5:
        b.f("Social Security #: {}\n", (SSN, ssn(r)))
    else:
        b.f("SSN (last 4 only): {}\n", masked_ssn(r))
    if r.random() < 0.6:
        b.f("Driver's license #: {}   State: {}\n", (DL, dln), (LOC, st))
    b.f("Home address: {}\n", (ADR, addr(r, "US")))
    b.f("Cell: {}    Work: {}{}\nE-mail: {}\n", (PH, phone(r)), (PH, phone(r)),
        f" ext. {r.randint(10, 999)}" if r.random() < 0.4 else "", (EM, email(r, p)))
    b.f("Best time to call: {}\n", r.choice(["evenings", "after 5", "weekends", "any time"]))
    e = person(r, p.cult)
    b.f("Emergency contact: {} ({}) {}\n", (PER, nm(r, e, "plain")), r.choice(["spouse", "sister", "son", "friend"]), (PH, phone(r)))
    b.f("Date of incident: {}\nOpposing party: {}\n", (DT, fdate(r, rdate(r, 2022, 2025), "en")),
        r.choice([r.choice(COMPANIES), (PER, nm(r, person(r), "plain"))]))
    b.f("Referred by: {}\nInsurance claim no.: {}\n\n", r.choice(["Google search", "billboard", "former client", "Avvo"]),
        fill(r, "##-####-####-##"))
    b.f("Client signature: ______________________   Date: {}\n", (DT, usdate(rdate(r, 2023, 2025))))
    b.f("Intake taken by: {} (paralegal)\n", (PER, nm(r, person(r), "init")))


@kind("en")
def g_engagement_letter(b, r):
    c, atty, (fn, fd) = person(r), person(r, "en"), firm(r)
    b.f("{}\n{}\nTel {} | Fax {} | {}\n\n", fn, (ADR, addr(r, "US")), (PH, phone(r)), (PH, phone(r)), (URL, f"https://www.{fd}"))
    b.f("{}\n\nPRIVILEGED & CONFIDENTIAL\n\n", (DT, fdate(r, rdate(r, 2022, 2025), "en", style=0)))
    tt = title(r, "en", c)
    b.t(tt + " ").e(PER, nm(r, c, "full")).t("\n").e(ADR, addr(r, "US", ml=True)).t("\n\n")
    b.f("Re:\tEngagement Letter - Matter No. {}\n\nDear {} {}:\n\n", fill(r, "2###-0###"), tt, (PER, c.last))
    b.f("Thank you for selecting {} to represent you in connection with {}. My hourly rate is {}; associates bill at {}.\n",
        fn, r.choice(["your employment dispute", "the probate of your late father's estate", "your custody matter",
                      "the purchase of the commercial property"]), amount(r, 250, 900), amount(r, 150, 400))
    b.f("We require an advance fee deposit of {}, to be held in our IOLTA trust account:\n\n", amount(r, 2500, 25000))
    b.f("  Bank: {}\n  ABA routing: {}\n  Account no.: {}\n  Reference: {}\n\n", r.choice(["Contoso Bank, N.A.", "First Harbor Bank"]),
        routing(r), (ACC, acct(r)), (PER, c.last))
    b.f("This agreement is effective as of {}. Please sign and return by {}.\n\nVery truly yours,\n\n{}\n{}\n",
        (DT, fdate(r, rdate(r, 2023, 2025), "en", style=0)), (DT, fdate(r, rdate(r, 2023, 2025), "en", style=0)),
        (PER, nm(r, atty, "plain")), (EM, email(r, atty, fd)))
    b.t("\nAGREED AND ACCEPTED: ______________________  Date: __________\n")


@kind("en")
def g_subpoena_records(b, r):
    pt, atty, (fn, fd) = person(r), person(r), firm(r)
    hosp = r.choice(HOSPITALS)
    b.f("SUBPOENA DUCES TECUM FOR PRODUCTION OF RECORDS\nCase No. {}\n\nTO: Custodian of Records, {}\n    {}\n\n",
        case_state(r), hosp, (ADR, addr(r, "US")))
    b.t("YOU ARE COMMANDED to produce the following records pertaining to:\n\n")
    b.f("  Patient name:   {}\n  Date of birth:  {}\n", (PER, nm(r, pt, "upperlf")), (DOB, usdate(bdate(r))))
    b.f("  MRN / Acct:     {}\n", (MRN, mrn(r)))
    if r.random() < 0.5:
        b.f("  SSN:            {}\n", (SSN, ssn(r)) if r.random() < 0.5 else masked_ssn(r))
    d = rdate(r, 2020, 2024)
    b.f("\nfor all dates of service from {} through {}, including ER records, imaging, billing ledgers and CPT/ICD coding (e.g. {}).\n\n",
        (DT, usdate(d)), (DT, usdate(d + dt.timedelta(days=r.randint(30, 700)))), r.choice(ICD))
    b.f("Place of production: {}\nDate and time: {}\n\n", (ADR, addr(r, "US")), (DT, fdt(r, None, "en")))
    b.f("Records may be produced electronically to {} in lieu of appearance. Questions: {} at {}.\n",
        (EM, email(r, person(r), fd)), (PER, nm(r, atty, "plain")), (PH, phone(r)))
    b.f("Issued by: {}, Attorney for Plaintiff, Bar No. {}\n", (PER, nm(r, atty, "plain")), r.randint(10000, 999999))


@kind("en")
def g_witness_statement(b, r):
    uk = r.random() < 0.4
    cc = "UK" if uk else "US"
    w, drv, off = pcc(r, cc), pcc(r, cc), pcc(r, cc)
    b.t("WITNESS STATEMENT\n" + ("(CJ Act 1967, s.9; MC Act 1980, s.5B)\n" if uk else "") + "\n")
    b.f("Statement of: {}\nAddress: {}\nDate of birth: {}\nOccupation: {}\nTelephone: {}\n\n", (PER, nm(r, w, "upper")),
        (ADR, addr(r, cc)), (DOB, fdate(r, bdate(r), "en", style=1 if uk else 0)), r.choice(["nurse", "bus driver", "teacher", "retired"]),
        (PH, phone(r, cc)))
    d = rdate(r, 2022, 2025)
    b.f("I, {}, make this statement in connection with the collision that occurred on {} ", (PER, nm(r, w, "plain")),
        (DT, fdate(r, d, "en", True, 1 if uk else 0)))
    b.f("at approximately {}. I was standing outside {} waiting to cross. ", (DT, ftime(r, "en")), (ADR, addr(r, cc)))
    b.f("A grey hatchback, registration {}, came round the corner at speed. The driver, whom I now know to be {}, "
        "got out and said it was not their fault. It had been raining for about {} before that.\n", plate(r),
        (PER, nm(r, drv, "plain")), r.choice(["twenty minutes", "an hour", "10 minutes"]))
    b.f("I gave my details to {} {} at the scene (collar no. {}). I later spoke to {} on the phone.\n",
        r.choice(["PC", "Officer", "Sgt."]), (PER, off.last), r.randint(1000, 9999), (PER, nm(r, person(r), "first")))
    if uk:
        b.t("\nStatement of truth: I believe the facts stated in this witness statement are true.\n")
    else:
        b.t("\nI declare under penalty of perjury that the foregoing is true and correct.\n")
    b.f("Signed: {}    Date: {}\n", (PER, nm(r, w, "plain")), (DT, fdate(r, d + dt.timedelta(days=r.randint(1, 90)), "en", style=1 if uk else 2)))


@kind("en")
def g_deposition_transcript(b, r):
    w, a1, a2 = person(r), person(r, "en"), person(r, "en")
    b.f("VIDEOTAPED DEPOSITION OF {}\nTaken on {}\nat {}\n\n", (PER, nm(r, w, "upper")),
        (DT, fdate(r, rdate(r, 2023, 2025), "en", True, 0)), (ADR, addr(r, "US")))
    ln = 1
    h, m = r.randint(9, 14), r.randint(0, 50)
    qa = [("Q.", "Please state your full name for the record."), ("A.", (PER, nm(r, w, "full"))),
          ("Q.", "And your date of birth?"), ("A.", (DOB, fdate(r, bdate(r), "en", style=0))),
          ("Q.", "Where do you currently reside?"), ("A.", (ADR, addr(r, "US"))),
          ("Q.", "Who was your supervisor at the time?"), ("A.", (PER, nm(r, person(r), "plain"))),
          ("MR", "Objection. Form."), ("Q.", "You can answer."),
          ("A.", f"I started there in {r.randint(2010, 2020)}, I think. Maybe {r.randint(2, 9)} years total.")]
    for who, what in qa:
        ts = f"[{h:02d}:{m:02d}:{r.randint(0, 59):02d}] " if r.random() < 0.5 else ""
        b.t(f"{ts}{ln:>2}  ")
        if who == "MR":
            b.t("MR. ", (PER, a2.last.upper()), ":  ")
        else:
            b.t(who + "  ")
        b.t(what, "\n")
        ln += 1
        m = min(59, m + r.randint(0, 2))
    b.f("\n(Whereupon, a recess was taken.)\nMS. {}: Let's go back on the record.\n", (PER, a1.last.upper()))
    b.f("\nReported by: {}, CSR No. {}\n", (PER, nm(r, person(r), "plain")), r.randint(10000, 14999))


def rfc_date(r):
    d = rdate(r, 2022, 2025)
    return f"{d:%a}, {d.day:02d} {d:%b} {d.year} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} " \
           f"{r.choice(['-0500', '-0400', '+0000', '+0100', '+0200', '-0700'])}"


def mail_hdr(b, r, frm, to, subj, extra_received=False):
    """frm/to: lists of (Pn or None, address)."""
    if extra_received:
        b.f("Received: from mx{}.example.net ({} [{}]) by mail.example.com; {}\n", r.randint(1, 9),
            f"mx{r.randint(1, 9)}.example.net", (IP, ipv4(r)), rfc_date(r))
    for lab, lst in (("From", frm), ("To", to)):
        b.t(f"{lab}: ")
        for i, (p, e) in enumerate(lst):
            if i:
                b.t(", ")
            if p is not None:
                b.f('{}{}{} <{}>', *(('"', (PER, nm(r, p, "plain")), '"') if r.random() < 0.3 else ("", (PER, nm(r, p, "plain")), "")),
                    (EM, e))
            else:
                b.e(EM, e)
        b.t("\n")
    b.t(f"Date: {rfc_date(r)}\nSubject: ", *([subj] if isinstance(subj, str) else subj), "\n\n")


@kind("en")
def g_immigration_case_file(b, r):
    ctry = r.choice(BIRTH_COUNTRIES)
    p, atty, (fn, fd) = person(r, BC_CULT[ctry]), person(r, "en"), firm(r)
    b.f("IMMIGRATION CASE FILE - {}\nForm type: {}\nReceipt #: {}\nA-Number: A{}\n\nBENEFICIARY\n", fn,
        r.choice(["I-485", "I-130", "I-589", "I-765", "N-400"]), fill(r, "IOE09########"), fill(r, " ###-###-###"))
    b.f("Name (Family, Given): {}\nCountry of birth: {}\nCity of birth: {}\nDate of birth: {}\n", (PER, nm(r, p, "upperlf")),
        (LOC, ctry), (LOC, BIRTH_CITIES[ctry]), (DOB, fdate(r, bdate(r), "en", style=r.choice([1, 2, 6]))))
    if r.random() < 0.5:
        b.f("ITIN: {}\n", bad_ssn(r).replace("000", "912").replace("666", "931"))
    else:
        b.f("SSN: {}\n", (SSN, ssn(r)))
    b.f("U.S. address: {}\nPhone: {}\nEmail: {}\n\n", (ADR, addr(r, "US")), (PH, phone(r)), (EM, email(r, p)))
    b.f("Priority date: {}\nLast entry: {} via {} (I-94 #{})\n", (DT, usdate(rdate(r, 2018, 2024))),
        (DT, fdate(r, rdate(r, 2015, 2023), "en", style=1)), r.choice(["JFK", "MIA", "LAX", "IAH", "ORD"]), fill(r, "###########"))
    b.f("Biometrics: {} at ASC {}\nInterview: {}\n\n", (DT, fdt(r, None, "en")), (LOC, city(r, "US", True)),
        (DT, fdt(r, None, "en")))
    b.t("DERIVATIVES\n")
    for rel in r.sample(["spouse", "child", "child", "parent"], r.randint(1, 3)):
        q = person(r, p.cult)
        bd = {"child": rdate(r, 2003, 2020), "parent": rdate(r, 1935, 1962)}.get(rel) or bdate(r)
        b.f("- {}: {}, born {}\n", rel, (PER, nm(r, q, "plain")), (DOB, fdate(r, bd, "en", style=1)))
    b.f("\nNOTES: RFE received, response due in {} days. Attorney of record: {} ({}). Do not discuss case with ex-employer.\n",
        r.randint(30, 87), (PER, nm(r, atty, "plain")), (EM, email(r, atty, fd)))


@kind("en")
def g_legal_aid_chat(b, r):
    v, ag = person(r), person(r, r.choice(["en", "es", "ng", "in"]))
    ll = person(r)
    b.f("Legal Aid Hotline - web chat transcript\nSession {} | Queue: Housing\n\n", uuid_(r))
    h, m = r.randint(8, 19), r.randint(0, 45)
    turns = [("v", "hi i got an eviction notice taped to my door"),
             ("a", ["Hi, I'm ", (PER, ag.first), " with Legal Aid. I'm sorry to hear that. Can I get your full name?"]),
             ("v", [(PER, nm(r, v, r.choice(["lower", "plain"])))]),
             ("a", "Thanks. What's the best phone number to reach you?"),
             ("v", [(PH, phone(r)), " its a cell"]),
             ("a", "And the address of the rental unit?"),
             ("v", [(ADR, addr(r, "US"))]),
             ("v", ["landlord is ", (PER, nm(r, ll, r.choice(["plain", "last"]))), " from ", r.choice(COMPANIES)]),
             ("v", ["notice says i have to be out by ", (DT, fdate(r, rdate(r, 2024, 2025), "en", style=0).split(",")[0])]),
             ("a", "Ok. Don't move out yet - a notice is not a court order. Do you have an email for the intake form?"),
             ("v", [(EM, email(r, v))]),
             ("v", f"also can i keep my dog {r.choice(PETS)}? lease says no pets but i had him since {r.randint(2015, 2022)}"),
             ("a", f"We'll go over that. Your case # is {fill(r, 'HSG-#####')}. A lawyer will call you within 2 business days.")]
    for who, msg in turns:
        m += r.randint(0, 3)
        b.t(f"[{h:02d}:{m % 60:02d}] " if r.random() < 0.8 else "")
        b.t(*(["Visitor: "] if who == "v" else ["Agent ", (PER, ag.first), ": "]))
        b.t(*([msg] if isinstance(msg, str) else msg)).t("\n")


@kind("en")
def g_ediscovery_dat(b, r):
    d = "\x14"
    flds = ["BEGBATES", "ENDBATES", "CUSTODIAN", "FROM", "TO", "SUBJECT", "FILENAME", "MD5HASH", "PAGECOUNT"]
    b.t("".join(("þ" + f + "þ" + (d if i < len(flds) - 1 else "")) for i, f in enumerate(flds)), "\n")
    pfx = rs(r, 4, string.ascii_uppercase)
    n0 = r.randint(1, 90000)
    cust = person(r)
    dom = r.choice(["example.com", "acme.example", "globex.example"])
    for _ in range(r.randint(2, 4)):
        pc = r.randint(1, 12)
        a, c = person(r), person(r)
        b.t(f"þ{pfx}{n0:07d}þ{d}þ{pfx}{n0 + pc - 1:07d}þ{d}þ", (PER, nm(r, cust, "lf")), f"þ{d}þ")
        b.t((PER, nm(r, a, "plain")), " <", (EM, email(r, a, dom)), f">þ{d}þ", (EM, email(r, c, dom)))
        if r.random() < 0.5:
            b.t("; ", (EM, email(r, person(r), dom)))
        b.t(f"þ{d}þ{r.choice(['RE: Q3 forecast', 'FW: contract draft v7', 'Lunch?', 'Termination memo', 'RE: settlement'])}þ{d}")
        b.t(f"þ{r.choice(['msg', 'docx', 'xlsx', 'pdf'])}_{r.randint(1000, 9999)}.{r.choice(['msg', 'pdf'])}þ{d}þ{sha(r, 32)}þ{d}þ{pc}þ\n")
        n0 += pc


@kind("en")
def g_privilege_log_csv(b, r):
    b.t(r.choice(["PRIVILEGE LOG", "Defendants' Privilege Log", "Second Amended Privilege Log"]) + "\n")
    b.t("Entry,Bates / Control No.,Date,Author,Recipient(s),Privilege,Description\n")
    for i in range(r.randint(3, 6)):
        a, rc = person(r, "en"), person(r)
        b.f("{},{},{},", i + 1, r.choice([bates(r), f"PRIV-{r.randint(1, 9999):05d}"]),
            (DT, fdate(r, rdate(r, 2019, 2024), "en", style=r.choice([2, 3, 5]))))
        b.t('"', (PER, nm(r, a, r.choice(["plain", "lf"]))), ', Esq."' if r.random() < 0.5 else '"', ",")
        b.t('"', (PER, nm(r, rc, "plain")))
        if r.random() < 0.5:
            b.t("; ", (PER, nm(r, person(r), "plain")))
        b.f('",{},"{}"\n', r.choice(["AC", "WP", "AC/WP"]), r.choice(["Email requesting legal advice re: lease termination",
                                                                    "Draft settlement agreement with counsel's comments",
                                                                    "Memo reflecting mental impressions of counsel"]))


@kind("en")
def g_billing_timesheet(b, r):
    c = person(r)
    b.f("PRE-BILL WORKSHEET  Client: {}  Matter: {}\n", (PER, nm(r, c, "lf")), fill(r, "0####-000#"))
    b.t(f"{'Date':<12}{'TK':<5}{'Hrs':>5}  {'Rate':>9}  Narrative\n" + "-" * 70 + "\n")
    d = rdate(r, 2022, 2025)
    for _ in range(r.randint(4, 7)):
        d += dt.timedelta(days=r.randint(0, 6))
        b.t((DT, f"{d.month}/{d.day}/{str(d.year)[2:]}" if r.random() < 0.5 else usdate(d)), "  ")
        b.t(f"{rs(r, 3, string.ascii_uppercase):<5}{r.randint(1, 60) / 10:>5.1f}  {amount(r, 150, 900):>9}  ")
        k = r.randint(0, 4)
        o = person(r)
        if k == 0:
            b.t("Tel. conf. w/ client (", (PER, nm(r, c, "init")), ") re settlement posture")
        elif k == 1:
            b.t("Draft email to opposing counsel ", (PER, nm(r, o, "plain")), " re discovery deficiencies")
        elif k == 2:
            b.t("Prepare for deposition of ", (PER, nm(r, o, "plain")), "; review ", bates(r))
        elif k == 3:
            b.t("Review medical records (", r.choice(HOSPITALS), "), chronology")
        else:
            b.t("Attend hearing; confer w/ ", (PER, o.last), " after")
        b.t("\n")
    b.f("-" * 70 + "\nTotal fees this period: {}  (write-off approved by {})\n", amount(r, 1000, 40000), (PER, nm(r, person(r, "en"), "init")))


@kind("en")
def g_ledes_invoice(b, r):
    flds = "INVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|INVOICE_TOTAL|BILLING_START_DATE|BILLING_END_DATE|" \
           "LINE_ITEM_NUMBER|EXP/FEE/INV_ADJ_TYPE|LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_TOTAL|LINE_ITEM_DATE|" \
           "LINE_ITEM_TASK_CODE|TIMEKEEPER_ID|LINE_ITEM_DESCRIPTION|LAW_FIRM_ID|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION"
    b.t("LEDES1998B[]\n", flds, "[]\n")
    d0 = rdate(r, 2022, 2025)
    inv, ymd = fill(r, "#####"), lambda d: f"{d:%Y%m%d}"
    tks = [person(r) for _ in range(2)]
    for i in range(r.randint(2, 4)):
        tk = r.choice(tks)
        u = r.randint(1, 40) / 10
        b.t((DT, ymd(d0)), f"|{inv}|{fill(r, 'CL-####')}|{fill(r, '####.###')}|{r.randint(1000, 90000)}.00|")
        b.t((DT, ymd(d0.replace(day=1))), "|", (DT, ymd(d0)), f"|{i + 1}|F|{u}|{u * r.randint(200, 600):.2f}|")
        b.t((DT, ymd(d0 - dt.timedelta(days=r.randint(1, 25)))), f"|{r.choice(['L110', 'L120', 'L210', 'L330'])}|{fill(r, 'TK###')}|")
        b.t(r.choice(["Review pleadings", "Draft motion to compel", "Prepare witness outline", "Conference call"]), "|")
        b.t(fill(r, "##-#######"), "|", (PER, nm(r, tk, r.choice(["lf", "upperlf"]))), f"|{r.choice(['PT', 'AS', 'PA'])}[]\n")


@kind("en")
def g_wire_instructions_email(b, r):
    atty, cl, (fn, fd) = person(r, "en"), person(r), firm(r)
    mail_hdr(b, r, [(atty, email(r, atty, fd))], [(cl, email(r, cl))], "Settlement funds - wire instructions",
             r.random() < 0.3)
    b.f("Hi {},\n\nThe defendant's carrier has released the settlement. Below are our trust account details for the "
        "disbursement of your share ({}):\n\n", (PER, cl.first), amount(r, 5000, 400000))
    intl = r.random() < 0.45
    if intl:
        cc = r.choice(["DE", "FR", "NL", "IE", "UK", "ES", "IT"])
        b.f("  Beneficiary: {} Client Account\n  IBAN: {}\n  BIC/SWIFT: {}\n  Bank address: {}\n", fn, (IBAN, iban(r, cc)),
            bic(r, cc), (ADR, addr(r, cc if cc != "UK" else "UK", country=True)))
    else:
        b.f("  Beneficiary: {} IOLTA\n  Routing (ABA): {}\n  Account #: {}\n  Bank address: {}\n", fn, routing(r),
            (ACC, acct(r)), (ADR, addr(r, "US")))
    b.f("  Reference: {} / {}\n\n", fill(r, "MTR-####"), (PER, cl.last.upper()))
    b.f("IMPORTANT: we will never change wire instructions by e-mail. Please call me at {} to confirm verbally before "
        "sending anything.\n\n{}\n{}\nDirect: {}\n{}\n", (PH, phone(r)), (PER, nm(r, atty, "plain")), fn, (PH, phone(r)),
        (URL, f"https://{fd}/contact"))


@kind("en")
def g_hearing_notice_email(b, r):
    clerk, p = person(r), person(r)
    judge = person(r, "en")
    ct = f"courts.{r.choice(['example.gov', 'example.us', 'example.org'])}"
    mail_hdr(b, r, [(None, f"noreply@{ct}")], [(p, email(r, p))], f"NOTICE OF REMOTE HEARING - {case_state(r)}")
    b.f("Dear {},\n\nYour {} hearing has been scheduled for {} before Judge {}.\n\n", (PER, nm(r, p, "plain")),
        r.choice(["status", "motion", "eviction", "small claims"]), (DT, fdt(r, None, "en")), (PER, nm(r, judge, "plain")))
    mid = fill(r, "8## #### ####")
    b.f("Join by video: {}\nMeeting ID: {}\nPasscode: {}\nDial-in: {}\n\n", (URL, f"https://zoom.example.us/j/{mid.replace(' ', '')}"),
        mid, (PWD, r.choice([fill(r, "######"), rs(r, 8)])), (PH, phone(r)))
    b.t("If you need an interpreter, reply to this e-mail at least 72 hours before the hearing. ")
    b.f("Physical courtroom (if ordered): {}, {}.\n\nClerk of Court: {}\nTel {}\n", f"Courtroom {r.randint(1, 20)}{r.choice('ABC')}",
        (ADR, addr(r, "US")), (PER, nm(r, clerk, "plain")), (PH, phone(r)))


@kind("en")
def g_affidavit_of_service(b, r):
    srv, tgt, alt, nota = person(r, "en"), person(r), person(r), person(r, "en")
    d = rdate(r, 2023, 2025)
    b.f("AFFIDAVIT OF SERVICE\nIndex No. {}\n\n", case_state(r))
    b.f("I, {}, being duly sworn, depose and say that I am over 18 years of age and not a party to this action.\n\n", (PER, nm(r, srv, "upper")))
    sub = r.random() < 0.5
    b.f("On {} I served the Summons and Complaint upon {} at {} ", (DT, fdt(r, d, "en")), (PER, nm(r, tgt, "plain")), (ADR, addr(r, "US")))
    if sub:
        b.f("by delivering a true copy to {}, a person of suitable age and discretion (co-occupant). ", (PER, nm(r, alt, "plain")))
    else:
        b.t("by personal delivery. ")
    b.f("Description: {}, approx. {} yrs, {} lbs, {} hair.\n", r.choice(["male", "female"]), r.randint(25, 70),
        r.randint(120, 260), r.choice(["black", "brown", "grey", "blond"]))
    b.f("Prior attempts: {}; {}.\nVehicle in driveway: plate {}.\n\n", (DT, fdt(r, d - dt.timedelta(days=2), "en", False)),
        (DT, fdt(r, d - dt.timedelta(days=1), "en", False)), plate(r))
    b.f("Process server license #{}\n\nSworn to before me on {}\n{}, Notary Public\nCommission expires {}\n", fill(r, "20#####"),
        (DT, fdate(r, d + dt.timedelta(days=1), "en", style=0)), (PER, nm(r, nota, "plain")), (DT, usdate(rdate(r, 2026, 2029))))


@kind("en")
def g_criminal_defense_intake(b, r):
    p, cod, fam = person(r), person(r), person(r)
    st, dln = dlic(r)
    d = rdate(r, 2023, 2025)
    b.f("DEFENSE INTAKE - ARREST INFO\nClient: {}    DOB: {}\nBooking #: {}   Charge(s): {}\n", (PER, nm(r, p, "upperlf")),
        (DOB, usdate(bdate(r))), fill(r, "2#########"), r.choice(["PC 459", "VC 23152(a)", "HS 11350", "PC 242", "PC 484(a)"]))
    b.f("Arrest: {}\nLocation of arrest: {}\n", (DT, fdt(r, d, "en", False)), (ADR, addr(r, "US")))
    b.f("Driver license: {} ({})   Vehicle: plate {}, VIN {}\n", (DL, dln), (LOC, st), plate(r), vin(r))
    b.f("Bail set at {}. Bondsman: {}\n", amount(r, 5000, 150000), r.choice(["Aladdin Bail Bonds", "Freedom Bail", "n/a"]))
    if r.random() < 0.35:
        b.f("Retainer paid by family card {} (cardholder {})\n", (CC, card(r)), (PER, nm(r, fam, "plain")))
    b.f("Co-defendant: {} (separate counsel)\nFamily contact: {} ({}) {}\n", (PER, nm(r, cod, "plain")), (PER, nm(r, fam, "plain")),
        r.choice(["mother", "wife", "sister"] if fam.fem else ["father", "husband", "brother"]), (PH, phone(r)))
    b.f("Next court date: {}, Dept. {}\n", (DT, fdt(r, d + dt.timedelta(days=r.randint(5, 40)), "en")), r.randint(1, 120))
    b.f("Notes: client states he was at {} until about {}. Check cameras. Prior record: {} (dismissed {}).\n",
        (LOC, city(r, "US")), (DT, ftime(r, "en", r.randint(18, 23) % 24)), case_state(r), r.randint(2012, 2021))


@kind("en")
def g_pi_demand_letter(b, r):
    cl, ins, adj, doc, (fn, fd) = person(r), person(r), person(r), person(r), firm(r)
    d = rdate(r, 2022, 2024)
    b.f("{}\n{}\n\n{}\n\nVIA EMAIL: {}\n\n", fn, (ADR, addr(r, "US")), (DT, fdate(r, d + dt.timedelta(days=200), "en", style=0)),
        (EM, email(r, adj, r.choice(["globex-insurance.example", "claims.example.com"]))))
    tadj = title(r, "en", adj)
    b.f("{} {}\nClaims Adjuster, Globex Insurance Co.\n\n", tadj, (PER, nm(r, adj, "plain")))
    b.f("Re:\tOur client: {}\n\tYour insured: {}\n\tClaim No.: {}\n\tDate of loss: {}\n\n", (PER, nm(r, cl, "plain")),
        (PER, nm(r, ins, "plain")), fill(r, "##-###-######"), (DT, fdate(r, d, "en", style=0)))
    b.f("Dear {} {}:\n\nThis firm represents {} for injuries sustained in the rear-end collision of {}. ", tadj,
        (PER, adj.last), (PER, nm(r, cl, "first")), (DT, fdate(r, d, "en", style=0)))
    b.f("Our client was transported to {} (MRN {}), diagnosed with {} and prescribed {}. ", r.choice(HOSPITALS), (MRN, mrn(r)),
        r.choice(ICD), r.choice(DRUGS))
    b.f("The client then treated with Dr. {} for {} of physical therapy.\n\n", (PER, nm(r, doc, "plain")), r.choice(["twelve weeks", "6 months", "18 sessions"]))
    b.f("Medical specials total {}. The client's health plan ({}, member ID {}) has asserted a lien.\n\n", amount(r, 8000, 180000),
        r.choice(["Aetna", "BlueCross", "UnitedHealthcare", "Kaiser"]), (HPN, hpn(r)))
    b.f("We demand the policy limits of {}. This offer remains open until {}.\n\nSincerely,\n{}\n{}\n", amount(r, 25000, 250000),
        (DT, fdt(r, d + dt.timedelta(days=240), "en", False)), (PER, nm(r, person(r, "en"), "plain")), (PH, phone(r)))


@kind("en")
def g_hipaa_authorization(b, r):
    pt, (fn, fd) = person(r), firm(r)
    b.t("AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\n(45 CFR 164.508)\n\n")
    lab = r.choice([("Patient Name", "Date of Birth", "Medical Record No."), ("PATIENT", "DOB", "MRN"), ("Name of patient", "Birth date", "Chart #")])
    b.f("{}: {}\n{}: {}\n{}: {}\n", lab[0], (PER, nm(r, pt, r.choice(["plain", "upperlf", "mid"]))), lab[1],
        (DOB, fdate(r, bdate(r), "en", style=r.choice([2, 5]))), lab[2], (MRN, mrn(r)))
    b.f("Address: {}\nPhone: {}\n", (ADR, addr(r, "US")), (PH, phone(r)))
    if r.random() < 0.6:
        b.f("Health plan / Member ID: {} / {}   Group #: {}\n", r.choice(["Cigna", "Humana", "Medicaid", "Anthem"]), (HPN, hpn(r)), fill(r, "######"))
    b.f("\nI authorize {} to disclose my complete medical and billing records to:\n{}\n{}\nFax: {}\n\n", r.choice(HOSPITALS), fn,
        (ADR, addr(r, "US", ml=r.random() < 0.5)), (PH, phone(r)))
    b.t("Purpose: litigation. Records include: [x] HIV/AIDS  [x] mental health  [ ] psychotherapy notes  [x] substance use\n")
    b.f("This authorization expires on {}. I may revoke it in writing at any time.\n\n", (DT, fdate(r, rdate(r, 2025, 2027), "en", style=0)))
    b.f("Signature: ______________________   Date: {}\n", (DT, usdate(rdate(r, 2023, 2025))))
    if r.random() < 0.4:
        b.f("Personal representative: {} (relationship: {})\n", (PER, nm(r, person(r, pt.cult), "plain")), r.choice(["mother", "guardian", "POA"]))


@kind("en")
def g_probate_inventory(b, r):
    dec, pr = person(r), person(r)
    d = rdate(r, 2021, 2025)
    b.f("IN THE PROBATE COURT\nESTATE OF {}, Deceased\nFile No. {}\n\nINVENTORY AND APPRAISEMENT\n\n", (PER, nm(r, dec, "upper")), case_state(r))
    b.f("Date of death: {}\nDate of birth: {}\nLast domicile: {}\n", (DT, fdate(r, d, "en", style=0)), (DOB, fdate(r, bdate(r), "en", style=0)),
        (ADR, addr(r, "US")))
    if r.random() < 0.5:
        b.f("Decedent SSN: {}\n", (SSN, ssn(r)))
    b.f("Personal Representative: {}, {}, tel. {}\n\n", (PER, nm(r, pr, "plain")), (ADR, addr(r, "US")), (PH, phone(r)))
    items = [lambda: b.f("Checking account, Contoso Bank, acct no. {} ........ {}\n", (ACC, acct(r)), amount(r, 200, 90000)),
             lambda: b.f("Brokerage account no. {} ........ {}\n", (ACC, acct(r)), amount(r, 5000, 900000)),
             lambda: b.f("Real property at {} (APN {}) ........ {}\n", (ADR, addr(r, "US")), fill(r, "###-###-##"), amount(r, 90000, 1200000)),
             lambda: b.f("{} Honda Accord, VIN {} ........ {}\n", r.randint(2008, 2022), vin(r), amount(r, 2000, 25000)),
             lambda: b.f("Household furnishings and jewelry ........ {}\n", amount(r, 500, 20000)),
             lambda: b.f("Life insurance proceeds payable to estate, policy {} ........ {}\n", fill(r, "LP########"), amount(r, 10000, 500000))]
    for i, it in enumerate(r.sample(items, r.randint(3, 5))):
        b.t(f"{i + 1}. ")
        it()
    b.t("\nHeirs at law:\n")
    for rel in r.sample(["son", "daughter", "spouse", "grandson", "niece"], r.randint(1, 3)):
        b.f("  {} ({}), residing in {}\n", (PER, nm(r, person(r, dec.cult), "plain")), rel, (LOC, city(r, "US", True)))


@kind("en")
def g_conflict_check_json(b, r):
    c, a1 = person(r), person(r)
    b.t('{\n  "request_id": "', uuid_(r), '",\n  "submitted_by": "', r.choice(["jdoe", "mkowalski", "intake-bot", "pa.rivera"]),
        '",\n  "created": ', str(r.randint(1600000000, 1760000000)), ',\n  "matter": {"number": "', fill(r, "2###-####"),
        '", "type": "', r.choice(["litigation", "transactional", "employment"]), '"},\n')
    b.t('  "client": {"name": "', (PER, nm(r, c, "plain")), '", "kind": "individual", "date_of_birth": "',
        (DOB, f"{bdate(r):%Y-%m-%d}"), '", "email": "', (EM, email(r, c)), '"},\n  "adverse_parties": [\n')
    adv = [("person", person(r)) for _ in range(r.randint(1, 3))] + [("org", r.choice(COMPANIES + NAMED_CO))]
    for i, (k, v) in enumerate(adv):
        b.t('    {"name": "', (PER, nm(r, v, r.choice(["plain", "upper"]))) if k == "person" else v, f'", "kind": "{"individual" if k == "person" else "organization"}"}}')
        b.t(",\n" if i < len(adv) - 1 else "\n")
    b.t('  ],\n  "results": {"hits": ', str(r.randint(0, 4)), ', "engine": "', ver(r), '", "cleared_by": "', (PER, nm(r, person(r, "en"), "plain")), '"}\n}\n')


@kind("en")
def g_matter_yaml(b, r):
    c, a = person(r), person(r, "en")
    intl = r.random() < 0.4
    cc = r.choice(["DE", "FR", "NL", "ES", "IT", "IE"]) if intl else "US"
    b.f("# exported from CaseDesk {}\nmatter:\n  number: {}\n  title: \"", ver(r), fill(r, "MAT-20##-####"))
    b.t((PER, c.last), r.choice([" v. ", " adv. "]), r.choice(COMPANIES), "\"\n  status: open\n")
    b.f("  opened: {}\nclient:\n  name: {}\n  email: {}\n  phone: \"{}\"\n  address: \"{}\"\n",
        (DT, f"{rdate(r, 2021, 2025):%Y-%m-%d}"), (PER, nm(r, c, "plain")), (EM, email(r, c)), (PH, phone(r, cc)), (ADR, addr(r, cc)))
    if intl:
        b.f("  iban: {}\n  bic: {}\n", (IBAN, iban(r, cc, False)), bic(r, cc))
    b.t("billing:\n  rate: ", amount(r, 200, 700), "\n  retainer_ref: ", fill(r, "TR-#####"), "\ndeadlines:\n")
    for lab in r.sample(["Answer due", "Initial disclosures", "Mediation", "Expert reports", "Dispositive motions"], 3):
        b.f("  - name: {}\n    date: {}\n", lab, (DT, f"{rdate(r, 2024, 2026):%Y-%m-%d}"))
    b.f("team:\n  - name: {}\n    role: responsible attorney\n  - name: {}\n    role: paralegal\nstorage: ${DMS_ROOT}/matters\n",
        (PER, nm(r, a, "plain")), (PER, nm(r, person(r), "plain")))


@kind("en")
def g_efiling_xml(b, r):
    f1, pt = person(r, "en"), person(r)
    line, c, st, z = addr_parts(r, "US")
    b.f('<?xml version="1.0" encoding="UTF-8"?>\n<FilingEnvelope xmlns="urn:example:ecf:2.1" id="{}">\n  <Court code="{}"/>\n', uuid_(r), fill(r, "##-CIR"))
    b.f("  <Case><CaseNumber>{}</CaseNumber><Category>Civil</Category></Case>\n", case_state(r))
    b.f("  <Filer>\n    <Name>{}</Name>\n    <BarNumber>{}</BarNumber>\n    <Email>{}</Email>\n    <ClientIP>{}</ClientIP>\n  </Filer>\n",
        (PER, nm(r, f1, "plain")), fill(r, "######"), (EM, email(r, f1)), (IP, ip(r)))
    b.f('  <Party role="Petitioner">\n    <PersonName><GivenName>{}</GivenName><SurName>{}</SurName></PersonName>\n', (PER, pt.first), (PER, pt.last))
    b.f("    <BirthDate>{}</BirthDate>\n", (DOB, f"{bdate(r):%Y-%m-%d}"))
    b.f("    <Address><Street>{}</Street><City>{}</City><State>{}</State><Zip>{}</Zip></Address>\n", (ADR, line), (LOC, c), (LOC, st), z)
    b.f("    <Phone>{}</Phone>\n  </Party>\n", (PH, phone(r)))
    b.f("  <Document seq=\"1\" type=\"PETITION\" sha256=\"{}\"/>\n  <RequestedHearing>{}</RequestedHearing>\n", sha(r, 64),
        (DT, f"{rdate(r, 2024, 2026):%Y-%m-%d}T{r.randint(8, 16):02d}:{r.choice(['00', '30'])}:00"))
    b.f("  <Payment method=\"card\" last4=\"{}\" amount=\"{}\"/>\n</FilingEnvelope>\n", fill(r, "####"), amount(r, 50, 450))


@kind("en")
def g_portal_access_log(b, r):
    d = rdate(r, 2023, 2025)
    t = dt.datetime(d.year, d.month, d.day, r.randint(0, 20), r.randint(0, 59), r.randint(0, 59))
    users = [person(r) for _ in range(3)]
    ips = [ip(r) for _ in range(3)]
    n, style = r.randint(5, 9), r.randint(0, 2)
    for i in range(n):
        t += dt.timedelta(seconds=r.randint(1, 900))
        ts = [t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z", t.strftime("%d/%b/%Y:%H:%M:%S +0000"),
              t.strftime("%b %d %H:%M:%S") + " portal-" + str(r.randint(1, 4))][style]
        u, ipx = r.choice(list(zip(users, ips)))
        b.t(ts, f" {r.choice(['INFO ', 'INFO ', 'WARN ', 'DEBUG'])} [{r.choice(['auth', 'docs', 'portal', 'api'])}] ")
        k = r.randint(0, 5) if i else 0
        if k == 0:
            b.t("login ok user=", (EM, email(r, u, "clients.example.org")), " ip=", (IP, ipx), f" mfa=totp session={uuid_(r)}")
        elif k == 1:
            b.t(f"GET /api/v2/matters/{r.randint(1000, 9999)}/documents 200 {r.randint(5, 900)}ms src=", (IP, ipx))
        elif k == 2:
            b.t("upload ok file=", f"doc_{r.randint(100, 999)}.pdf", f" size={r.randint(1000, 9000000)} sha1={sha(r)}")
        elif k == 3:
            b.t("failed login for user=", rs(r, 6, string.ascii_lowercase), " from ", (IP, ip(r)), f" attempts={r.randint(2, 9)}")
        elif k == 4 and r.random() < 0.3:
            e = rdate(r, 2025, 2030)
            b.t("DEBUG payment-gw request pan=", (CC, card(r)), f" exp={e.month:02d}{e.year % 100} amount={r.randint(100, 5000)}.00 matter={fill(r, 'M-####')}")
        elif k == 4:
            b.t("outbound call Authorization: Bearer ", (JWT, jwt(r)) if r.random() < 0.5 else (GEN, rs(r, 40)), " -> docusign")
        else:
            b.t("password reset requested for ", (EM, email(r, u)), " via ", (URL, f"https://portal.{r.choice(['example.com', 'example.org'])}/reset?t={rs(r, 24)}"))
        b.t("\n")


@kind("en")
def g_env_config_leak(b, r):
    dev = person(r)
    b.f("Ticket {} - URGENT: .env for the e-discovery sync worker was committed to the shared repo by {}.\n"
        "Rotate everything below, then scrub history (commit {}).\n\n", fill(r, "SEC-####"), (PER, nm(r, dev, "plain")), sha(r))
    b.t("```\n# litsync worker ", ver(r), "\nAPP_ENV=production\n")
    lines = [("AWS_ACCESS_KEY_ID=", AKI, aws_ak), ("AWS_SECRET_ACCESS_KEY=", ASK, aws_sk), ("STRIPE_SECRET_KEY=", STK, stripe_key),
             ("SLACK_BOT_TOKEN=", SLT, slack_tok), ("GITHUB_TOKEN=", GHT, gh_tok), ("DOCUSIGN_CLIENT_SECRET=", GEN, generic_secret),
             ("SMTP_PASSWORD=", PWD, password), ("RELATIVITY_API_KEY=", GEN, lambda rr: rs(rr, 32, HEX)),
             ("JWT_SIGNING_SECRET=", GEN, lambda rr: rs(rr, 48))]
    for k, typ, fn in r.sample(lines, r.randint(3, 6)):
        if r.random() < 0.15:
            b.t(k, "${", k.rstrip("=").replace("_ID", ""), "}\n")
        else:
            b.t(k, (typ, fn(r)), "\n")
    b.t("DATABASE_URL=postgres://litsync:", (PWD, password(r)), "@")
    b.t((IP, ipv4(r)) if r.random() < 0.4 else "db.internal.example", f":5432/{r.choice(['cases', 'review', 'lit'])}\n")
    b.t("S3_BUCKET=litsync-prod-", rs(r, 6, string.ascii_lowercase + string.digits), "\nREDIS_PASSWORD=${REDIS_PASSWORD}\n```\n")
    if r.random() < 0.4:
        b.t("\nAlso committed: deploy/vendor_sftp_key\n", (PEM, pem(r)), "\n")
    rep = person(r)
    b.f("\nReported by {} ({}).\n", (PER, nm(r, rep, "plain")), (EM, email(r, rep, "firm.example")))


@kind("en")
def g_k8s_secret(b, r):
    b.f("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {}\n  namespace: {}\n  annotations:\n    deploy/commit: \"{}\"\n"
        "type: Opaque\ndata:\n", r.choice(["casemgr-secrets", "ediscovery-creds", "billing-api"]),
        r.choice(["legal-prod", "ediscovery", "intake"]), sha(r))
    keys = [("db-password", PWD, password), ("smtp_password", PWD, password), ("api-key", GEN, generic_secret),
            ("stripe-secret", GEN, stripe_key), ("aws-secret-access-key", GEN, aws_sk), ("webhook-signing-secret", GEN, generic_secret),
            ("admin-passcode", PWD, lambda rr: fill(rr, "########"))]
    for k, typ, fn in r.sample(keys, r.randint(2, 5)):
        b.t(f"  {k}: ", (typ, b64(fn(r))), "\n")
    if r.random() < 0.4:
        b.t("# rotated by ", (PER, nm(r, person(r), "plain")), " after incident ", "INC-" + fill(r, "#####"), "\n")


@kind("en")
def g_breach_notification_letter(b, r):
    p, (fn, fd) = person(r), firm(r)
    d = rdate(r, 2023, 2025)
    b.f("{}\nP.O. Box {}\n{}\n\n{}\n\n", fn, r.randint(1000, 99999), (LOC, city(r, "US", True)), (DT, fdate(r, d, "en", style=0)))
    b.t((PER, nm(r, p, r.choice(["upper", "plain"]))), "\n", (ADR, addr(r, "US", ml=True)), "\n\n")
    b.f("Re: Notice of Data Security Incident\n\nDear {},\n\n", (PER, nm(r, p, "plain")))
    b.f("On {}, {} discovered that an unauthorized party gained access to a document server between {} and {}. ",
        (DT, fdate(r, d - dt.timedelta(days=40), "en", style=0)), fn, (DT, fdate(r, d - dt.timedelta(days=60), "en", style=0)),
        (DT, fdate(r, d - dt.timedelta(days=45), "en", style=0)))
    b.f("The files may have included your name, date of birth and Social Security number (ending {}).\n\n", masked_ssn(r)[-4:])
    b.f("We are offering {} months of credit monitoring at no cost. Enrollment code: {}. Enroll by {} at {} or call {} "
        "(toll-free, Monday through Friday, excluding holidays).\n\nSincerely,\n{}\nManaging Partner\n", r.choice([12, 24]), rs(r, 10, UPDIG),
        (DT, fdate(r, d + dt.timedelta(days=90), "en", style=0)), (URL, f"https://{r.choice(['response', 'idprotect'])}.example.com/enroll"),
        (PH, fill(r, "1-8NN-N##-####")), (PER, nm(r, person(r, "en"), "plain")))


@kind("en")
def g_jury_questionnaire(b, r):
    p, sp = person(r), person(r)
    b.f("JUROR QUESTIONNAIRE - CONFIDENTIAL\nJuror No. {}   Panel {}\n\n", r.randint(1, 250), r.randint(1, 12))
    b.f("1. Full name: {}\n2. Home address: {}\n3. Date of birth: {}\n4. How long at this address? {} years\n",
        (PER, nm(r, p, r.choice(["full", "upper"]))), (ADR, addr(r, "US")), (DOB, usdate(bdate(r))), r.randint(1, 30))
    b.f("5. Occupation / employer: {}, {}\n6. Spouse or partner's name and occupation: {}, {}\n",
        r.choice(["cashier", "engineer", "nurse", "retired"]), r.choice(COMPANIES), (PER, nm(r, sp, "plain")), r.choice(["teacher", "contractor", "n/a"]))
    b.f("7. Have you or anyone close to you been a party to a lawsuit? {}\n", r.choice([
        "No.", "Yes - my brother sued his landlord in 2019.", "Yes, a car accident claim, settled."]))
    b.f("8. Do you know any of the following persons: {}, {}? {}\n", (PER, nm(r, person(r), "plain")), (PER, nm(r, person(r), "plain")),
        r.choice(["No", "No", "I went to school with one of them"]))
    b.f("9. Daytime phone: {}\n10. Any hardship serving on {}? {}\n", (PH, phone(r)), (DT, fdate(r, rdate(r, 2024, 2026), "en", True, 0)),
        r.choice(["No", "I have a flight on Friday", "Childcare"]))


@kind("en")
def g_notary_acknowledgment(b, r):
    st_full = r.choice(["California", "Texas", "Florida", "New York", "Illinois", "Arizona", "Georgia", "Ohio"])
    county = r.choice(["Orange", "Travis", "Miami-Dade", "Kings", "Cook", "Maricopa", "Fulton", "Franklin"])
    signer, nota = person(r), person(r)
    d = rdate(r, 2022, 2025)
    b.f("ACKNOWLEDGMENT\n\nState of {}\t\t)\n\t\t\t) ss.\nCounty of {}\t\t)\n\n", (LOC, st_full), (LOC, county))
    b.f("On {} before me, {}, Notary Public, personally appeared {}, who proved to me on the basis of satisfactory "
        "evidence to be the person whose name is subscribed to the within instrument and acknowledged to me that he/she "
        "executed the same in his/her authorized capacity.\n\n", (DT, fdate(r, d, "en", style=0)), (PER, nm(r, nota, "plain")),
        (PER, nm(r, signer, r.choice(["plain", "upper", "mid"]))))
    b.t("I certify under PENALTY OF PERJURY that the foregoing paragraph is true and correct.\n\nWITNESS my hand and official seal.\n\n")
    b.f("Signature ____________________ (Seal)\n{}, Commission # {}\nMy commission expires: {}\n\n", (PER, nm(r, nota, "upper")),
        fill(r, "2######"), (DT, usdate(rdate(r, 2025, 2029))))
    b.f("Document: Grant Deed re {} (APN {}), {} pages. ID presented: {} driver license no. {}\n", (ADR, addr(r, "US")),
        fill(r, "###-###-##"), r.randint(2, 9), st_full, (DL, dlic(r)[1]))


@kind("en")
def g_ocr_deed(b, r):
    g1, gt = person(r, "en"), person(r)
    g2 = next((q for q in (person(r, "en") for _ in range(30)) if q.fem), person(r, "en"))
    d = rdate(r, 1968, 2004)
    ordn = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")

    def ocr(s):
        out = []
        for ch in s:
            x = r.random()
            out.append({"l": "1", "o": "0", "e": "c", "i": "l", "m": "rn", "S": "5"}.get(ch, ch) if x < 0.06 else ch)
        return "".join(out)
    b.t(ocr("WARRANTY DEED\n\n     THIS INDENTURE, made this "), (DT, f"{d.day}{ordn} day of {MONTHS['en'].split()[d.month - 1]}, {d.year}"))
    b.t(ocr(", between "), (PER, nm(r, g1, "upper")), ocr(" and "), (PER, nm(r, g2, "upper")), ocr(", husband and wife, of the County of "))
    b.t((LOC, r.choice(["Hamilton", "Jefferson", "Polk", "Marion", "Washtenaw"])), ocr(", parties of the first part, and "))
    b.t((PER, nm(r, gt, "upper")), ocr(", whose address is "), (ADR, addr(r, "US")), ocr(", party of the second part.\n\n"))
    b.t(ocr("     WITNESSETH, that the said parties of the first part, for and in consideration of the sum of TEN DOLLARS "
            f"($10.00) and other good and valuable consideration, do hereby grant ... Lot {r.randint(1, 40)}, Block {r.randint(1, 12)}, "
            f"as recorded in Plat Book {r.randint(10, 99)}, Page {r.randint(1, 300)}.\n\n"))
    b.t(ocr("Parcel No. "), fill(r, "##-##-###-###"), ocr("   Doc Stamps: "), amount(r, 50, 900), "\n")
    b.t(ocr("Recorded "), f"{d.year} {r.randint(100, 999)}{r.randint(1000, 9999)}", ocr("  Book ") + str(r.randint(100, 9999)), "\n")


@kind("en")
def g_voicemail_transcript(b, r):
    p = person(r)
    ph = phone(r)
    b.f("Voicemail - Intake line\nFrom: {}\nReceived: {}\nLength: {}\nTranscription (confidence {:.2f}):\n\n".replace("{:.2f}", f"{r.random() * 0.3 + 0.65:.2f}"),
        (PH, ph), rfc_date(r), f"0:{r.randint(15, 59)}")
    b.f("\"Hi, um, this is {} calling about my {}. ", (PER, nm(r, p, r.choice(["plain", "lower", "first"]))),
        r.choice(["custody case", "workers comp claim", "DUI", "divorce papers", "landlord thing"]))
    b.f("I got a letter saying the hearing is on {}, and I, I can't make it because of work. ", (DT, fdate(r, rdate(r, 2024, 2025), "en", style=0).split(",")[0]))
    b.f("My case number is {}. ", r.choice([case_state(r), fill(r, "##-##-####")]))
    if r.random() < 0.6:
        b.f("You can also email me at {}. ", (EM, email(r, p)))
    b.f("Please call me back at {}, or my sister {} at {}. Okay, thanks, bye.\"\n", (PH, ph), (PER, nm(r, person(r, p.cult), "first")), (PH, phone(r)))


def ics_ts(d, h=None, mi=0, r=None):
    h = h if h is not None else 9
    return f"{d:%Y%m%d}T{h:02d}{mi:02d}00"


@kind("en")
def g_deposition_ics(b, r):
    org, dep, att = person(r, "en"), person(r), person(r)
    fd = firm(r)[1]
    d = rdate(r, 2024, 2026)
    h = r.randint(8, 14)
    b.t("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//CaseDesk//Calendar ", ver(r), "//EN\nBEGIN:VEVENT\n")
    b.f("UID:{}\nDTSTAMP:{}Z\nCREATED:{}Z\n", uuid_(r), ics_ts(rdate(r, 2023, 2024), 12), ics_ts(rdate(r, 2023, 2024), 11))
    tz = r.choice(["America/New_York", "America/Chicago", "America/Los_Angeles"])
    b.f("DTSTART;TZID={}:{}\nDTEND;TZID={}:{}\n", tz, (DT, ics_ts(d, h)), tz, (DT, ics_ts(d, h + r.randint(2, 6), 30)))
    b.f("SUMMARY:Deposition of {} - {}\nLOCATION:{}\n", (PER, nm(r, dep, "plain")), case_us(r), (ADR, addr(r, "US")))
    b.f("ORGANIZER;CN={}:mailto:{}\nATTENDEE;CN={};ROLE=REQ-PARTICIPANT:mailto:{}\n", (PER, nm(r, org, "plain")),
        (EM, email(r, org, fd)), (PER, nm(r, att, "plain")), (EM, email(r, att)))
    b.f("DESCRIPTION:Court reporter: Veritext. Remote link {} passcode {} (room {})\n", (URL, url(r, "meet.example.com", 7)),
        (PWD, fill(r, "######")), r.randint(100, 999))
    b.t("LAST-MODIFIED:", ics_ts(rdate(r, 2023, 2024), 15), "Z\nEND:VEVENT\nEND:VCALENDAR\n")


@kind("en")
def g_vcard_counsel(b, r):
    for _ in range(r.randint(1, 2)):
        p, (fn, fd) = person(r), firm(r)
        line, c, st, z = addr_parts(r, "US")
        b.t("BEGIN:VCARD\nVERSION:3.0\nN:", (PER, f"{p.last};{p.first}" + (f";{p.mid}" if p.mid else "")),
            r.choice([";;;", ";;;Esq.", ";;Mr.;"]) if not p.mid else ";;", "\nFN:", (PER, nm(r, p, "full")), "\n")
        b.f("ORG:{}\nTITLE:{}\nTEL;TYPE=WORK,VOICE:{}\n", fn, r.choice(["Partner", "Associate", "Of Counsel"]), (PH, phone(r)))
        if r.random() < 0.5:
            b.f("TEL;TYPE=CELL:{}\n", (PH, phone(r)))
        b.f("EMAIL;TYPE=INTERNET:{}\nADR;TYPE=WORK:;;{}\n", (EM, email(r, p, fd)), (ADR, f"{line};{c};{st};{z};USA"))
        if r.random() < 0.3:
            b.f("BDAY:{}\n", (DOB, f"{bdate(r):%Y-%m-%d}"))
        b.f("URL:{}\nNOTE:Opposing counsel in the {} matter\nREV:{}Z\nEND:VCARD\n", (URL, f"https://www.{fd}/people/{fold(p.last)}"),
            (PER, person(r).last), ics_ts(rdate(r, 2022, 2024), 10))


@kind("en")
def g_hl7_records(b, r):
    p, docp, ins = person(r), person(r, "en"), person(r)
    ts = lambda: f"{rdate(r, 2022, 2025):%Y%m%d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    line, c, st, z = addr_parts(r, "US")
    b.t("Produced in response to subpoena - ", fill(r, "PROD-###"), "\n")
    b.f("MSH|^~\\&|EPIC|{}|ROI|LAW|{}||ADT^A08|{}|P|2.5.1\nEVN|A08|{}\n", r.choice(["MERCYGEN", "STBRIGID", "NORTHGATE"]), ts(),
        fill(r, "MSG######"), ts())
    b.t("PID|1||", (MRN, mrn(r)), "^^^MRG^MR||", (PER, f"{p.last.upper()}^{p.first.upper()}" + (f"^{p.mid}" if p.mid else "")),
        "||", (DOB, f"{bdate(r):%Y%m%d}"), f"|{r.choice('MF')}|||", (ADR, f"{line.upper()}^^{c.upper()}^{st}^{z}"), "||",
        (PH, fill(r, "(N##)N##-####")), "|||||", (ACC, fill(r, "#########")), "|", (SSN, ssn(r).replace(" ", "-")) if r.random() < 0.6 else "", "\n")
    b.f("PV1|1|E|ER^^^MERCY||||{}^{}^^^^DR|||||||||||{}\n", fill(r, "#####"), (PER, f"{docp.last.upper()}^{docp.first.upper()}"), fill(r, "V########"))
    f = [""] * 37
    f[1], f[2], f[4], f[8] = "1", r.choice(["BCBS01", "AET100", "UHC22"]), r.choice(["BLUECROSS", "AETNA", "UNITEDHEALTH"]), fill(r, "#####")
    b.t("IN1")
    for i in range(1, 37):
        b.t("|")
        if i == 16:
            b.e(PER, f"{ins.last.upper()}^{ins.first.upper()}")
        elif i == 18:
            b.e(DOB, f"{bdate(r):%Y%m%d}")
        elif i == 36:
            b.e(HPN, hpn(r))
        else:
            b.t(f[i])
    b.t("\nNTE|1||Pt reports fall at work on ", (DT, usdate(rdate(r, 2022, 2025))), f"; ICD {r.choice(ICD)}; given {r.choice(DRUGS)}\n")


@kind("en")
def g_fhir_patient(b, r):
    p = person(r)
    line, c, st, z = addr_parts(r, "US")
    b.t('{"resourceType": "Patient",\n "id": "', uuid_(r), '",\n')
    b.t(' "meta": {"versionId": "', str(r.randint(1, 9)), '", "lastUpdated": "', f"{rdate(r, 2023, 2025):%Y-%m-%d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z",
        '"},\n "identifier": [{"system": "', (URL, f"https://fhir.{r.choice(['mercy', 'stbrigid', 'valley'])}.example.org/sid/mrn"),
        '", "value": "', (MRN, mrn(r)), '"}],\n')
    b.t(' "name": [{"use": "official", "family": "', (PER, p.last), '", "given": ["', (PER, p.first), '"]}],\n')
    b.t(' "telecom": [{"system": "phone", "value": "', (PH, phone(r)), '"}')
    if r.random() < 0.6:
        b.t(', {"system": "email", "value": "', (EM, email(r, p)), '"}')
    b.t('],\n "gender": "', "female" if p.fem else "male", '",\n "birthDate": "', (DOB, f"{bdate(r):%Y-%m-%d}"), '",\n')
    b.t(' "address": [{"line": ["', (ADR, line), '"], "city": "', (LOC, c), '", "state": "', (LOC, st), '", "postalCode": "', z, '", "country": "US"}]\n}\n')


@kind("en")
def g_memo_to_file(b, r):
    a, c, w = person(r, "en"), person(r), person(r)
    d = rdate(r, 2023, 2025)
    b.f("MEMORANDUM TO FILE\n\nFROM:\t{}\nDATE:\t{}\nRE:\t{} v. {} - call with client\n\n", (PER, nm(r, a, "init")),
        (DT, fdate(r, d, "en", style=0)), (PER, c.last), r.choice(COMPANIES))
    b.f("Spoke with {} by phone for about {}. She confirmed she moved to {} in {} and now works nights. ", (PER, nm(r, c, "first")),
        r.choice(["40 minutes", "an hour", "25 min"]), (LOC, city(r, "US", True)), r.randint(2018, 2023))
    b.f("New contact number {}; prefers texts. Her former supervisor, {}, may be willing to testify - last known number {}. ",
        (PH, phone(r)), (PER, nm(r, w, "plain")), (PH, phone(r)))
    b.f("Client forwarded the termination letter dated {} and her pay stubs.\n\n", (DT, fdate(r, d - dt.timedelta(days=r.randint(20, 300)), "en", style=0)))
    b.t("To do: (1) send litigation hold to employer next week; (2) calendar EEOC charge deadline; (3) check ",
        f"{neg_phrase(r)}; (4) ask ", (PER, nm(r, person(r, "en"), "first")), " to pull prior complaints.\n")


@kind("en")
def g_team_chat(b, r):
    ppl = [person(r) for _ in range(3)]
    cl = person(r)
    h = r.randint(8, 16)
    m = r.randint(0, 30)
    msgs = [["@", fold(ppl[1].first), " can you pull the police report for the ", (PER, cl.last), " file?"],
            ["on it. client's new cell is ", (PH, phone(r))],
            ["depo of ", (PER, nm(r, person(r), "plain")), " moved to ", (DT, f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {r.randint(1, 12)}/{r.randint(1, 28)} at {r.randint(1, 4)}pm")],
            [f"ugh. I have a conflict. {r.choice(['Tuesday', 'Thursday'])} is already booked"],
            ["war room wifi pw is ", (PWD, password(r))],
            ["reminder: do NOT email the opposing party directly, go through ", (PER, nm(r, person(r), "plain"))],
            [f"fyi Bates range {bates(r)}-{bates(r)} is privileged"]]
    if r.random() < 0.15:
        msgs.append(["key for the e-discovery vendor SFTP, pls don't forward:\n", (PEM, pem(r))])
    for msg in r.sample(msgs, r.randint(4, 7)):
        u = r.choice(ppl)
        m += r.randint(1, 9)
        h2, m2 = h + m // 60, m % 60
        b.t(f"[{(h2 - 1) % 12 + 1}:{m2:02d} {'AM' if h2 < 12 else 'PM'}] ", (PER, nm(r, u, r.choice(["plain", "first"]))), ": ", *msg, "\n")


@kind("en")
def g_retainer_card_authorization(b, r):
    p, (fn, fd) = person(r), firm(r)
    b.f("{}\nCREDIT CARD AUTHORIZATION - RETAINER / COSTS\n\nCardholder name: {}\n", fn, (PER, nm(r, p, r.choice(["upper", "plain", "mid"]))))
    brand = r.choice(["visa", "mc", "amex", "disc"])
    b.f("Card type: {}\n", {"visa": "Visa", "mc": "MasterCard", "amex": "American Express", "disc": "Discover"}[brand])
    if r.random() < 0.8:
        b.f("Card number: {}\n", (CC, card(r, brand)))
    else:
        b.f("Card number: {} (on file)\nReplacement card (declined): {}\n", masked_card(r), bad_card(r))
    e = rdate(r, 2025, 2030)
    b.f("Expiration: {}     CVV: {}\n", (DT, r.choice([f"{e.month:02d}/{e.year % 100:02d}", f"{e.month:02d}/{e.year}"])), fill(r, "###"))
    b.f("Billing address: {}\nPhone: {}   Email: {}\n\n", (ADR, addr(r, "US")), (PH, phone(r)), (EM, email(r, p)))
    b.f("I authorize {} to charge {} today and to charge recurring costs not exceeding {} per month.\n\n", fn, amount(r, 500, 10000), amount(r, 100, 2000))
    b.f("Signature: ___________________   Date: {}\n", (DT, usdate(rdate(r, 2023, 2025))))


@kind("en")
def g_uk_letter_before_action(b, r):
    deb, sol = pcc(r, "UK"), pcc(r, "UK")
    fn = firm(r)[0].replace("LLP", "Solicitors LLP")
    fd = firm(r)[1]
    d = rdate(r, 2022, 2025)
    b.f("{}\n{}\n\nOur ref: {}\nYour ref: \n{}\n\nBY EMAIL AND FIRST CLASS POST\n\n", fn, (ADR, addr(r, "UK", ml=True)),
        f"{rs(r, 3, string.ascii_uppercase)}/{r.randint(10, 999)}/{r.randint(1000, 9999)}", (DT, fdate(r, d, "en", style=1)))
    b.t(title(r, "en", deb).rstrip(".") + " ", (PER, nm(r, deb, "plain")), "\n", (ADR, addr(r, "UK", ml=True)), "\n\n")
    b.t("Dear " + title(r, "en", deb).rstrip(".") + " ", (PER, deb.last), "\n\nLETTER OF CLAIM - UNPAID INVOICES\n\n")
    b.f("We act for {}. Our client supplied services to you under invoices {} and {}, dated {} and {}, totalling {}. "
        "Despite reminders, these remain unpaid.\n\n", r.choice(COMPANIES).rstrip("."), "INV-" + fill(r, "#####"), "INV-" + fill(r, "#####"),
        (DT, fdate(r, d - dt.timedelta(days=120), "en", style=1)), (DT, fdate(r, d - dt.timedelta(days=90), "en", style=1)), amount(r, 900, 60000, "£"))
    b.t("Unless payment is received within 14 days of the date of this letter, we are instructed to issue proceedings "
        "in the County Court without further notice. We refer you to the Practice Direction on Pre-Action Conduct.\n\n")
    b.f("Payment may be made to our client account, sort code {}, account number {}.\n\nYours faithfully\n\n{}\n", fill(r, "##-##-##"),
        (ACC, fill(r, "########")), fn)
    b.f("Contact: {} | {} | {}\nAuthorised and regulated by the Solicitors Regulation Authority (SRA No. {})\n", (PER, nm(r, sol, "plain")),
        (PH, phone(r, "UK")), (EM, email(r, sol, fd)), r.randint(100000, 699999))


@kind("en")
def g_background_check_report(b, r):
    p = person(r)
    st, dln = dlic(r)
    b.f("CONSUMER REPORT - Tenant Screening\nReport ID: {}\nPermissible purpose: residential lease\n\n", uuid_(r))
    b.f("SUBJECT: {}\nAKA: {}\nDOB: {}\n", (PER, nm(r, p, "upperlf")), (PER, nm(r, p, r.choice(["first", "init", "plain"]))),
        (DOB, usdate(bdate(r))))
    b.t("SSN: ", (SSN, ssn(r)) if r.random() < 0.5 else masked_ssn(r) + " (verified)", "\n")
    b.f("Driver license: {} / {}\n\nADDRESS HISTORY\n", (DL, dln), (LOC, st))
    y = r.randint(2005, 2016)
    for i in range(r.randint(2, 3)):
        y2 = y + r.randint(1, 5)
        b.f("  {}-{}  {}\n", y, y2 if i < 2 else "present", (ADR, addr(r, "US")))
        y = y2
    b.f("\nPHONES: {}, {}\nEMAIL: {}\n", (PH, phone(r)), (PH, phone(r)), (EM, email(r, p)))
    b.f("\nCRIMINAL: {} - {} County - disposition: dismissed\nEVICTIONS: none found\n", case_state(r),
        r.choice(["Maricopa", "Harris", "King", "Fulton"]))
    b.f("RELATIVES / ASSOCIATES: {}; {}\n", (PER, nm(r, person(r, p.cult), "upperlf")), (PER, nm(r, person(r), "upperlf")))


@kind("en")
def g_eviction_notice(b, r):
    t, ll = person(r), person(r)
    d = rdate(r, 2023, 2025).replace(day=1)
    b.t(r.choice(["THREE-DAY NOTICE TO PAY RENT OR QUIT", "14-DAY NOTICE TO QUIT FOR NON-PAYMENT", "NOTICE OF TERMINATION OF TENANCY"]), "\n\n")
    b.f("TO: {}", (PER, nm(r, t, "upper")))
    if r.random() < 0.5:
        b.f(" and {}", (PER, nm(r, person(r, t.cult), "upper")))
    b.f(", and all other tenants and subtenants in possession\n\nPREMISES: {}\n\n", (ADR, addr(r, "US")))
    b.f("NOTICE IS HEREBY GIVEN that rent is now due and payable for the period {} through {} in the amount of {}.\n\n",
        (DT, fdate(r, d, "en", style=0)), (DT, fdate(r, d + dt.timedelta(days=29), "en", style=0)), amount(r, 700, 4500))
    b.f("Payment shall be made to {} at {}, telephone {}, during normal business hours.\n", (PER, nm(r, ll, "plain")),
        (ADR, addr(r, "US")), (PH, phone(r)))
    b.t("If you fail to pay or vacate, legal proceedings will be instituted. No partial payments. Pets (incl. ",
        r.choice(PETS), ") must be removed per lease.\n\n")
    b.f("Dated: {}\n\nPROOF OF SERVICE: I served this notice on {} by {}.\n", (DT, fdate(r, d + dt.timedelta(days=5), "en", style=2)),
        (DT, fdt(r, d + dt.timedelta(days=5), "en", False)), r.choice(["posting and mailing", "personal delivery", "substituted service"]))


@kind("en")
def g_nef_email(b, r):
    pl, fl = person(r), person(r, "en")
    df, cs = r.choice(COMPANIES), case_us(r)
    mail_hdr(b, r, [(None, "ecf_notice@uscourts.example")], [(None, email(r, person(r), firm(r)[1]))], ["Activity in Case ", cs, " ", (PER, pl.last), f" v. {df.split(',')[0]} Order"])
    b.t("This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to this e-mail "
        "because the mail box is unattended.\n\nNotice of Electronic Filing\n\n")
    d = rdate(r, 2023, 2025)
    b.f("The following transaction was entered by {} on {} and filed on {}\n", (PER, nm(r, fl, "lf")), (DT, fdt(r, d, "en", False)),
        (DT, usdate(d)))
    b.f("Case Name:\t{} v. {}\nCase Number:\t{}\nFiler:\t{}\nDocument Number: {}({})\n\n", (PER, nm(r, pl, "plain")), df, cs, df,
        r.randint(10, 180), (URL, f"https://ecf.uscourts.example/doc1/{fill(r, '1########')}?caseid={r.randint(10000, 99999)}"))
    b.f("Docket Text:\nORDER granting in part {} Motion to Compel. Responses due by {}. Signed by Judge {} on {}.\n\n",
        r.randint(20, 90), (DT, usdate(d + dt.timedelta(days=14))), (PER, nm(r, person(r, "en"), "plain")), (DT, usdate(d)))
    b.f("{} Notice has been electronically mailed to:\n\n", cs)
    for _ in range(r.randint(1, 3)):
        a = person(r)
        fd = firm(r)[1]
        b.t((PER, nm(r, a, "plain")), "   ", (EM, email(r, a, fd)), ", ", (EM, f"docketing@{fd}"), "\n")
    b.f("\n{} Notice has been delivered by other means to:\n{}\n{}\n", cs, (PER, nm(r, person(r), "plain")), (ADR, addr(r, "US", ml=True)))
    b.f("\nElectronic document Stamp:\n[STAMP dcecfStamp_ID={} [FileNumber={}-0] [{}]]\n", r.randint(10 ** 9, 2 * 10 ** 9),
        r.randint(10 ** 7, 10 ** 8), sha(r, 64))


@kind("en")
def g_ci_log_leak(b, r):
    d = rdate(r, 2023, 2025)
    t = dt.datetime(d.year, d.month, d.day, r.randint(0, 22), r.randint(0, 59), 0)
    au = person(r)

    def ts():
        nonlocal t
        t += dt.timedelta(seconds=r.randint(0, 40))
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 9999999):07d}Z "
    b.t(ts(), "##[group]Run actions/checkout@v4\n", ts(), f"HEAD is now at {sha(r, 7)} fix(intake): normalise phone fields\n")
    b.t(ts(), "commit ", sha(r), "\n", ts(), "Author: ", (PER, nm(r, au, "plain")), " <", (EM, email(r, au, "users.noreply.example.com")), ">\n")
    b.t(ts(), "##[group]Run ./scripts/deploy.sh\n", ts(), "env:\n", ts(), "  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b.t(ts(), "  DOCKET_API_URL: ${DOCKET_API_URL}\n", ts(), "+ set -x\n")
    leaks = [("+ export GH_TOKEN=", GHT, gh_tok), ("+ export AWS_ACCESS_KEY_ID=", AKI, aws_ak), ("+ export AWS_SECRET_ACCESS_KEY=", ASK, aws_sk),
             ("+ curl -H 'Authorization: Bearer ", JWT, jwt), ("+ export SLACK_WEBHOOK_TOKEN=", SLT, slack_tok),
             ("+ export STRIPE_KEY=", STK, stripe_key)]
    for pre, typ, fn in r.sample(leaks, r.randint(1, 3)):
        b.t(ts(), pre, (typ, fn(r)), *(["' ", (URL, f"https://api.{r.choice(['example.com', 'docketsync.example'])}/v1/sync"), "\n"] if "curl" in pre else ["\n"]))
    b.t(ts(), f"Uploaded artifact litsync-{ver(r)}.tar.gz ({r.randint(2, 90)} MB) sha256:{sha(r, 64)}\n", ts(), "##[endgroup]\n")


@kind("en")
def g_arbitration_summary(b, r):
    arbs = [person(r, c) for c in r.sample(["en", "de", "fr", "in", "ja", "ng", "es", "it", "sv"], 3)]
    seat = r.choice(["Geneva, Switzerland", "Paris, France", "London, United Kingdom", "Singapore", "Stockholm, Sweden", "Vienna, Austria"])
    b.f("ICC Case No. {}\n{} (Claimant) v. {} (Respondent)\n\nARBITRAL TRIBUNAL\n", f"{r.randint(20000, 29999)}/{rs(r, 3, string.ascii_uppercase)}",
        r.choice(COMPANIES), r.choice(["Hanseatic Shipping GmbH", "Société Minière du Nord SA", "Nordic Wind AB", "Pacific Rim Holdings Pte Ltd"]))
    for role, a in zip(["President", "Co-arbitrator", "Co-arbitrator"], arbs):
        b.t(f"  {role}: ", r.choice(["Prof. ", "Dr. ", "", "Ms. " if a.fem else "Mr. "]), (PER, nm(r, a, "plain")), "\n")
    b.f("\nSeat of arbitration: {}\nLanguage: English\n\nPROCEDURAL TIMETABLE (PO No. {})\n", (LOC, seat), r.randint(1, 6))
    d = rdate(r, 2024, 2026)
    for step in ["Statement of Claim", "Statement of Defence", "Document production requests", "Witness statements"]:
        d += dt.timedelta(days=r.randint(20, 70))
        b.f("  {:<32}{}\n".replace("{:<32}", f"{step:<32}"), (DT, fdate(r, d, "en", style=r.choice([0, 1, 3]))))
    d += dt.timedelta(days=60)
    b.f("  Evidentiary hearing: {} to {}, {}\n\n", (DT, fdate(r, d, "en", style=1)), (DT, fdate(r, d + dt.timedelta(days=4), "en", style=1)),
        (LOC, seat.split(",")[0]))
    c1 = person(r)
    b.f("Counsel for Claimant: {} ({}), tel. {}\nSecretary to the Tribunal: {}\n", (PER, nm(r, c1, "plain")), (EM, email(r, c1, firm(r)[1])),
        (PH, phone(r, r.choice(["UK", "FR", "DE", "CH"]))), (PER, nm(r, person(r), "plain")))


@kind("en")
def g_garnishment_order(b, r):
    deb, clerk = person(r), person(r, "en")
    d = rdate(r, 2022, 2025)
    b.f("WRIT OF CONTINUING GARNISHMENT\nCase No. {}\n\nJudgment Creditor: {}\nJudgment Debtor: {}\n", case_state(r),
        r.choice(["Midland Funding LLC", "Contoso Bank, N.A.", "Globex Insurance Co."]), (PER, nm(r, deb, "upperlf")))
    b.t("Debtor SSN: ", (SSN, ssn(r)) if r.random() < 0.6 else f"{masked_ssn(r)} (last four only)", "\n")
    b.f("Last known address: {}\n\nGarnishee (employer): {}\n{}\nEmployee ID: {}\n\n", (ADR, addr(r, "US")), r.choice(COMPANIES + NAMED_CO),
        (ADR, addr(r, "US")), fill(r, "E######"))
    b.f("Judgment was entered on {} in the amount of {} plus post-judgment interest at {}%.\n", (DT, fdate(r, d, "en", style=0)),
        amount(r, 1500, 60000), r.choice(["4.5", "6", "9"]))
    if r.random() < 0.6:
        b.f("Bank garnishee: Contoso Bank, N.A., deposit account no. {}\n", (ACC, acct(r)))
    b.f("The garnishee shall answer within {} days of service.\n\nDate: {}\nClerk of Court, by {}, Deputy Clerk\n", r.choice([20, 30]),
        (DT, usdate(d + dt.timedelta(days=r.randint(30, 200)))), (PER, nm(r, clerk, "plain")))


@kind("en")
def g_au_statutory_declaration(b, r):
    p, jp = pcc(r, "AU"), pcc(r, "AU")
    d = rdate(r, 2022, 2025)
    b.t("Commonwealth of Australia\nSTATUTORY DECLARATION\nStatutory Declarations Act 1959\n\n")
    b.f("1. Insert the name, address and occupation of person making the declaration\nI, {} of {}, {}\n",
        (PER, nm(r, p, "plain")), (ADR, addr(r, "AU")), r.choice(["electrician", "nurse", "company director", "student"]))
    b.t("make the following declaration under the Statutory Declarations Act 1959:\n\n")
    b.f("2. On {} I lent my vehicle (rego {}) to {}, who was driving at the time of the incident in {}. "
        "I was at work at the time, approximately {}.\n", (DT, fdate(r, d, "en", style=1)), plate(r), (PER, nm(r, pcc(r, "AU"), "plain")),
        (LOC, city(r, "AU")), (DT, ftime(r, "en")))
    b.f("   My contact number is {} and my email is {}.\n\n", (PH, phone(r, "AU")), (EM, email(r, p)))
    b.t("I understand that a person who intentionally makes a false statement in a statutory declaration is guilty of an offence.\n\n")
    b.f("Declared at {} on {}\nBefore me: {}, Justice of the Peace, JP No. {}\n", (LOC, city(r, "AU")),
        (DT, fdate(r, d + dt.timedelta(days=r.randint(3, 40)), "en", style=1)), (PER, nm(r, jp, "plain")), r.randint(100000, 250000))


@kind("en")
def g_ca_immigration_notes(b, r):
    ctry = r.choice(BIRTH_COUNTRIES)
    p, rc = person(r, BC_CULT[ctry]), pcc(r, "CA")
    b.f("IRCC FILE NOTES - {}\nUCI: {}\nApplication no.: {}\n\n", r.choice(["Spousal sponsorship", "Study permit extension", "PR - Express Entry", "Refugee claim"]),
        fill(r, "####-####"), fill(r, "E00#######"))
    b.f("Client: {}\nDate of birth: {}\nCountry of citizenship: {}\n", (PER, nm(r, p, "upperlf")), (DOB, f"{bdate(r):%Y-%m-%d}"), (LOC, ctry))
    b.f("Address in Canada: {}\nPhone: {}  Email: {}\n\n", (ADR, addr(r, "CA")), (PH, phone(r, "CA")), (EM, email(r, p)))
    d = rdate(r, 2023, 2025)
    b.f("{} - Biometrics completed at the VAC in {}.\n", (DT, f"{d:%Y-%m-%d}"), (LOC, city(r, "CA", True)))
    b.f("{} - Procedural fairness letter received; response due {}.\n", (DT, f"{d + dt.timedelta(days=40):%Y-%m-%d}"),
        (DT, f"{d + dt.timedelta(days=70):%Y-%m-%d}"))
    b.f("Sponsor: {} (tel. {}). Consultant RCIC #{}. Next call booked for {}.\n", (PER, nm(r, rc, "plain")), (PH, phone(r, "CA")),
        fill(r, "R######"), (DT, fdt(r, d + dt.timedelta(days=r.randint(5, 50)), "en")))


@kind("en")
def g_court_calendar(b, r):
    judge = person(r, "en")
    d = rdate(r, 2024, 2026)
    b.f("DAILY CALENDAR - Dept. {}\nHon. {}\n{}\n\n", r.randint(1, 90), (PER, nm(r, judge, "plain")), (DT, fdate(r, d, "en", True, 0)))
    b.t(f"{'TIME':<10}{'CASE NO.':<18}{'CAPTION':<44}MATTER\n")
    for h in sorted(r.sample(range(8, 16), r.randint(4, 6))):
        t = ftime(r, "en", h)
        cap_a = person(r)
        b.t((DT, t), " " * max(1, 10 - len(t)), f"{case_state(r):<18}")
        cap = [(PER, nm(r, cap_a, "upperlf")), " v. ", r.choice([r.choice(COMPANIES).upper(), (PER, nm(r, person(r), "upperlf"))])]
        width = sum(len(x if isinstance(x, str) else x[1]) for x in cap)
        b.t(*cap, " " * max(1, 44 - width), r.choice(["Motion to Compel", "Status Conf.", "OSC re Contempt", "Trial Setting", "Default Prove-Up"]), "\n")
    b.f("\nInterpreters ({}) available from {}. Remote appearances: {}\n", r.choice(["Spanish", "Mandarin", "ASL", "Vietnamese"]),
        (DT, ftime(r, "en", 8)), (URL, url(r, "courts.example.gov", 7)))


# ---------------------------------------------------------------- English documents without entities
@kind("en0")
def g_standing_order_empty(b, r):
    b.f("STANDING ORDER FOR CIVIL CASES\n(Revised {}; supersedes all prior versions)\n\n", r.randint(2019, 2025))
    rules = [f"Courtesy copies of any filing exceeding {r.randint(20, 50)} pages must be delivered within two business days.",
             f"Discovery disputes: counsel must meet and confer in person or by video for at least {r.randint(15, 60)} minutes before seeking relief.",
             f"Civil motions are heard on {r.choice(['Tuesdays', 'Wednesdays', 'Thursdays'])}; the law-and-motion calendar is usually full three weeks out.",
             f"Briefs are limited to {r.choice([15, 20, 25])} pages; replies to {r.choice([7, 10])} pages. Fed. R. Civ. P. 26(f) reports are due 14 days before the conference.",
             "Proposed orders must be e-mailed in Word format to the chambers inbox listed on the court website.",
             f"Sealed filings require a separate motion under Local Rule {r.randint(5, 79)}.{r.randint(1, 9)}; unredacted exhibits (e.g. Bates {bates(r)}) may not be filed publicly.",
             "Requests for continuance made less than 48 hours before a hearing will be denied absent good cause.",
             f"Filing fees ({amount(r, 50, 450)}) are not refundable. Payment card numbers must be masked, e.g. {masked_card(r)}.",
             "The Court does not accept telephone calls regarding the status of pending motions; check the docket instead."]
    for i, x in enumerate(r.sample(rules, r.randint(4, 7))):
        b.t(f"{i + 1}. {x}\n")
    b.f("\nCompliance with this order is mandatory in every case assigned to this department, including case no. {}.\nIT IS SO ORDERED.\n", case_us(r))


@kind("en0")
def g_fee_schedule_empty(b, r):
    b.f("CLERK'S OFFICE FEE SCHEDULE - effective fiscal year {}\n\n{:<46}{:>8}{:>12}\n".replace("{:<46}{:>8}{:>12}", f"{'Service':<46}{'Code':>8}{'Fee':>12}"),
        r.randint(2022, 2026))
    items = ["Civil complaint / petition", "Motion, application or ex parte", "Notice of appeal", "Certified copy (per document)",
             "Copies (per page)", "Subpoena issuance", "Exemplification", "Records search (per name)", "Returned check fee",
             "Jury demand deposit", "Small claims filing", "Abstract of judgment"]
    for it in r.sample(items, r.randint(6, 10)):
        b.t(f"{it:<46}{r.randint(100, 9999):>8}{amount(r, 1, 450):>12}\n")
    b.f("\nFee waivers: see form FW-001. Card payments incur a {}% convenience fee. Credit cards ending in {} were declined in batch {}.\n"
        "Questions are answered weekdays; allow 3-5 business days for certified copies.\n", r.choice(["2.5", "2.75", "3"]),
        fill(r, "####"), fill(r, "B#####"))


@kind("en0")
def g_build_log_empty(b, r):
    d = rdate(r, 2023, 2025)
    t = dt.datetime(d.year, d.month, d.day, r.randint(0, 22), r.randint(0, 59), r.randint(0, 59))
    lines = [f"Starting CaseDesk build {ver(r)} (commit {sha(r)})", "Resolving dependencies from lockfile", f"Fetched {r.randint(50, 900)} packages in {dur(r)}",
             "Loading secrets: DB_PASSWORD=${DB_PASSWORD} STRIPE_KEY=${STRIPE_KEY}", "Using ${{ secrets.AWS_SECRET_ACCESS_KEY }} for artifact upload",
             f"Running migrations 0041..00{r.randint(42, 99)} on database casedesk_test", f"pytest: {r.randint(300, 2500)} passed, {r.randint(0, 9)} skipped in {r.randint(30, 600)}s",
             f"Job id {uuid_(r)} finished with status SUCCESS", f"Image digest sha256:{sha(r, 64)}", f"Next scheduled run: tomorrow (cron 0 {r.randint(0, 6)} * * *)",
             f"Fixture SSN {bad_ssn(r)} rejected as invalid (expected)", f"Fixture PAN {bad_card(r)} rejected (Luhn)",
             f"Coverage {r.randint(60, 95)}.{r.randint(0, 9)}% (+0.{r.randint(1, 9)})", "Notifying channel #ci-legaltech via webhook (token masked ****)"]
    for x in r.sample(lines, r.randint(6, 10)):
        t += dt.timedelta(seconds=r.randint(1, 120))
        b.t(r.choice([t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("[%H:%M:%S]"), t.strftime("%Y-%m-%dT%H:%M:%SZ")]), " ",
            r.choice(["INFO", "INFO", "DEBUG", "WARN"]), " ", x, "\n")


@kind("en0")
def g_template_placeholder_empty(b, r):
    b.t("[FIRM LETTERHEAD]\n\n{{ letter_date }}\n\n{{ client.full_name }}\n{{ client.address_line_1 }}\n{{ client.city }}, {{ client.state }} {{ client.zip }}\n\n")
    b.t("Re: Engagement - Matter No. {{ matter.number }}\n\nDear {{ client.salutation }}:\n\n")
    b.t("Thank you for retaining the firm. Our hourly rates range from ", amount(r, 150, 300), " to ", amount(r, 400, 950),
        ". An advance deposit of ", amount(r, 1000, 20000), " is due within ten days.\n\n")
    b.t("Trust account: routing ", routing(r), ", account XXXXXX", fill(r, "####"), ". SSN for 1099 purposes: XXX-XX-XXXX.\n")
    b.t("Client portal: ${PORTAL_BASE_URL}/welcome   Support ticket: ", fill(r, "SUP-######"), "\n\n")
    b.t("Sincerely,\n\n{{ attorney.name }}\n{{ attorney.title }}\n\n<!-- template ", ver(r), " / ", uuid_(r), " -->\n")


@kind("en0")
def g_ediscovery_stats_empty(b, r):
    b.f("PROCESSING SUMMARY - Production Volume {}\nJob: {}\n\n", fill(r, "VOL###"), uuid_(r))
    tot = r.randint(20000, 900000)
    rows = [("Custodians", r.randint(3, 40)), ("Source items", tot), ("After de-NIST", int(tot * 0.8)), ("After global dedupe", int(tot * 0.55)),
            ("Exceptions (encrypted)", r.randint(0, 400)), ("Exceptions (corrupt)", r.randint(0, 90)), ("Produced (native)", r.randint(100, 5000)),
            ("Produced (image)", int(tot * 0.1))]
    for k, v in rows:
        b.t(f"{k:<28}{v:>12,}\n")
    pfx = rs(r, 4, string.ascii_uppercase)
    b.f("\nBates range: {}{} - {}{}\nLoad files: .DAT (Concordance), .OPT (Opticon)\nHash algorithm: MD5 / SHA-1\nSample hash: {}\n"
        "Processing time: {}\nTool version: {}\nTime zone for normalisation: UTC\nNotes: {} password-protected ZIPs escalated; masked values (****) retained.\n",
        pfx, f"{r.randint(1, 9999):07d}", pfx, f"{r.randint(10000, 99999):07d}", sha(r, 32), dur(r), ver(r), r.randint(1, 30))


# ---------------------------------------------------------------- non-English documents
DE_COS = ["Müller & Söhne GmbH", "Hansa Logistik GmbH", "Bäckerei Schulz KG", "Rheinland Versicherung AG",
          "Nordwind Immobilien GmbH & Co. KG", "Alpen Energie AG"]


@kind("xx")
def g_de_vollmacht(b, r):
    cc = r.choice(LANG_CC["de"])
    m, ra, (fn, fd) = pcc(r, cc), person(r, "de"), firm(r, "de")
    b.f("{}\n{}\nTel. {} · Fax {}\n\nVOLLMACHT\n\n", fn, (ADR, addr(r, cc)), (PH, phone(r, cc)), (PH, phone(r, cc)))
    b.t("Hiermit wird ", "Rechtsanwältin " if ra.fem else "Rechtsanwalt ", r.choice(["Dr. ", ""]), (PER, nm(r, ra, "plain")))
    b.f(" sowie den Rechtsanwälten der Kanzlei {} in Sachen\n\n    {} ./. {}\n\nwegen {} Vollmacht erteilt zur Prozessführung "
        "sowie zur Entgegennahme von Zahlungen und Zustellungen.\n\n", fn, (PER, m.last), r.choice(DE_COS),
        r.choice(["Kündigungsschutz", "Mietforderung", "Schadensersatz aus Verkehrsunfall", "Unterhalt"]))
    b.f("Mandant/in: {}\nGeburtsdatum: {}\nAnschrift: {}\nTelefon: {}\nE-Mail: {}\n", (PER, nm(r, m, r.choice(["lf", "plain"]))),
        (DOB, fdate(r, bdate(r), "de", style=0)), (ADR, addr(r, cc)), (PH, phone(r, cc)), (EM, email(r, m)))
    if r.random() < 0.6:
        b.f("IBAN für Rückzahlungen: {}\nBIC: {}\n", (IBAN, iban(r, cc)), bic(r, cc))
    b.f("Az.: {}\n\n{}, den {}\n\n______________________\n(Unterschrift)\n", f"{r.randint(1, 999)}/{r.randint(19, 25)}",
        (LOC, r.choice(CITIES[cc])[0]), (DT, fdate(r, rdate(r, 2023, 2025), "de")))
    return "de"


@kind("xx")
def g_de_klage(b, r):
    kl, ra, gf, zg, (fn, fd) = pcc(r, "DE"), person(r, "de"), person(r, "de"), pcc(r, "DE"), firm(r, "de")
    d = rdate(r, 2023, 2025)
    b.f("{}\n{}\n\nAn das\nAmtsgericht\n{}\n\nvorab per beA\n\n{}\n\nKlage\n\n", fn, (ADR, addr(r, "DE")), (ADR, addr(r, "DE", ml=True)),
        (DT, fdate(r, d, "de", style=1)))
    b.t("der Frau " if kl.fem else "des Herrn ", (PER, nm(r, kl, "plain")), ", ", (ADR, addr(r, "DE")), ",\n\t\t\t\t– Klagepartei –\n\n")
    b.t("Prozessbevollmächtigte: ", fn, "\n\ngegen\n\ndie ", r.choice(DE_COS), ", vertreten durch den Geschäftsführer ",
        (PER, nm(r, gf, "plain")), ", ", (ADR, addr(r, "DE")), ",\n\t\t\t\t– Beklagte –\n\n")
    b.f("wegen: Forderung\nStreitwert: {}\n\nNamens und in Vollmacht der Klagepartei erheben wir Klage und werden beantragen, die "
        "Beklagte zu verurteilen, an die Klagepartei {} nebst Zinsen in Höhe von 5 Prozentpunkten über dem Basiszinssatz seit dem {} zu zahlen.\n\n",
        amount(r, 500, 20000, "EUR"), amount(r, 500, 20000, "EUR"), (DT, fdate(r, d - dt.timedelta(days=60), "de", style=1)))
    b.f("Begründung:\nDie Klagepartei bestellte am {} Waren (Rechnung Nr. {}). Trotz Mahnung vom {} erfolgte keine Zahlung.\n"
        "Beweis: Zeugnis {} {}, zu laden über die Klagepartei.\n\n", (DT, fdate(r, d - dt.timedelta(days=150), "de", style=0)),
        fill(r, "RE-2###-####"), (DT, fdate(r, d - dt.timedelta(days=70), "de", style=0)), "Frau" if zg.fem else "Herr", (PER, nm(r, zg, "plain")))
    b.f("{}\nRechtsanwalt\nTel. {} | {}\n", (PER, nm(r, ra, "plain")), (PH, phone(r, "DE")), (EM, email(r, ra, fd)))
    return "de"


@kind("xx")
def g_fr_assignation(b, r):
    cc = r.choice(["FR", "FR", "BE"])
    req, av, dfn, cj, (fn, fd) = pcc(r, cc), person(r, "fr"), pcc(r, cc), person(r, "fr"), firm(r, "fr")
    d = rdate(r, 2023, 2025)
    b.f("ASSIGNATION DEVANT LE TRIBUNAL JUDICIAIRE\n(Procédure écrite – RG n° {})\n\nL'AN {} ET LE {}\n\nÀ LA REQUÊTE DE :\n\n",
        fill(r, "2#/0####"), d.year, (DT, fdate(r, d, "fr", style=1)))
    b.t(title(r, "fr", req) + " ", (PER, nm(r, req, r.choice(["plain", "upper"]))), ", née le " if req.fem else ", né le ",
        (DOB, fdate(r, bdate(r), "fr")), " à ", (LOC, r.choice(CITIES[r.choice(["FR", "BE"])])[0]), ", demeurant ", (ADR, addr(r, cc)), "\n\n")
    b.t("Ayant pour avocat Maître ", (PER, nm(r, av, "plain")), ", ", fn, ", ", (ADR, addr(r, cc)), ", tél. ", (PH, phone(r, cc)),
        ", courriel : ", (EM, email(r, av, fd)), "\n\n")
    b.t("J'AI, ", (PER, nm(r, cj, "plain")), ", Commissaire de Justice associé, soussigné,\n\nDONNÉ ASSIGNATION À :\n\n",
        title(r, "fr", dfn) + " ", (PER, nm(r, dfn, "upper")), ", demeurant ", (ADR, addr(r, cc)), "\n\n")
    b.t("D'AVOIR À COMPARAÎTRE à l'audience d'orientation du ", (DT, fdt(r, d + dt.timedelta(days=r.randint(30, 90)), "fr")),
        f", salle {r.randint(1, 30)}.\n\nOBJET : paiement de la somme de ", amount(r, 1000, 80000, "€"),
        " au titre de loyers impayés, outre intérêts au taux légal. Délai de constitution : quinze jours.\n")
    b.t(f"Coût de l'acte : {amount(r, 40, 120, '€')} – SIRET {fill(r, '### ### ### #####')}\n")
    return "fr"


@kind("xx")
def g_fr_acte_notarie(b, r):
    no, v, a = person(r, "fr"), pcc(r, "FR"), pcc(r, "FR")
    d = rdate(r, 2022, 2025)
    c = r.choice(CITIES["FR"])[0]
    b.f("L'AN {},\nLE {},\nÀ {}, en l'Office notarial,\n\nMaître {}, notaire associé, a reçu le présent acte authentique de VENTE.\n\n",
        d.year, (DT, fdate(r, d, "fr", style=1)), (LOC, c), (PER, nm(r, no, "plain")))
    for lab, p in (("VENDEUR", v), ("ACQUÉREUR", a)):
        b.t(f"{lab}\n", "Madame " if p.fem else "Monsieur ", (PER, f"{p.last.upper()} {p.first}"),
            f", {r.choice(['retraité(e)', 'ingénieur', 'professeur', 'commerçant(e)'])}, demeurant ", (ADR, addr(r, "FR")), ".\n")
        b.t("Né(e) à ", (LOC, r.choice(CITIES["FR"])[0]), " le ", (DOB, fdate(r, bdate(r), "fr", style=1)), ".\n\n")
    b.f("BIEN VENDU\nDans un ensemble immobilier situé {}, cadastré section {} numéro {}, le lot n° {} (appartement).\n\n",
        (ADR, addr(r, "FR")), rs(r, 2, "ABCDEHK"), r.randint(10, 900), r.randint(1, 60))
    b.f("PRIX\nLa vente est consentie moyennant le prix de {}, payé comptant ce jour par virement du compte {}.\n\n",
        amount(r, 90000, 900000, "EUR"), (IBAN, iban(r, "FR")))
    b.f("Dont acte sur {} pages. Frais d'acte : {}.\n", r.randint(8, 30), amount(r, 3000, 40000, "€"))
    return "fr"


def dni(r):
    n = r.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


@kind("xx")
def g_es_escritura_poder(b, r):
    no, p, pr1, pr2 = person(r, "es"), pcc(r, "ES"), person(r, "es"), person(r, "es")
    d = rdate(r, 2022, 2025)
    b.f("NÚMERO {}\nPODER GENERAL PARA PLEITOS\n\nEn {}, mi residencia, a {}.\n\nAnte mí, {}, Notario del Ilustre Colegio Notarial,\n\nCOMPARECE:\n\n",
        r.randint(100, 3999), (LOC, r.choice(CITIES["ES"])[0]), (DT, fdate(r, d, "es", style=1)), (PER, nm(r, no, "plain")))
    b.t("DOÑA " if p.fem else "DON ", (PER, nm(r, p, "upper")), ", mayor de edad, ", r.choice(["casado/a", "soltero/a", "divorciado/a"]),
        ", vecino/a de ", (LOC, r.choice(CITIES["ES"])[0]), ", con domicilio en ", (ADR, addr(r, "ES")), ", con DNI número ", dni(r),
        ", nacido/a el ", (DOB, fdate(r, bdate(r), "es", style=1)), ".\n\n")
    b.t("INTERVIENE en su propio nombre y derecho y OTORGA poder tan amplio como en derecho se requiera a favor de los Procuradores "
        "de los Tribunales ", "Dña. " if pr1.fem else "D. ", (PER, nm(r, pr1, "plain")), " y ", "Dña. " if pr2.fem else "D. ",
        (PER, nm(r, pr2, "plain")), ", para que le representen en toda clase de juicios.\n\n")
    b.f("Datos de contacto facilitados: teléfono {}, correo electrónico {}.\n", (PH, phone(r, "ES")), (EM, email(r, p)))
    b.f("Arancel aplicado: {}. Doy fe.\n", amount(r, 40, 150, "€"))
    return "es"


CHAT_L = {
    "es": ("Chat – Servicio de Orientación Jurídica Gratuita", "Usuario", "Orientadora", "hola, me han despedido sin finiquito",
           "Buenas tardes, soy {}. ¿Me indica su nombre completo?", "¿Un teléfono de contacto?", "¿Y un correo para enviarle la cita?",
           "la carta de despido es del {}", "vivo en {}", "Su número de consulta es {}. Tiene 20 días hábiles para presentar la papeleta."),
    "pt": ("Chat – Linha de Apoio Jurídico", "Utente", "Jurista", "boa tarde, o senhorio quer despejar-me",
           "Olá, sou a {}. Pode dizer-me o seu nome completo?", "Qual o seu contacto telefónico?", "E um e-mail para lhe enviarmos a marcação?",
           "a carta chegou dia {}", "moro em {}", "A sua referência é {}. Não assine nada antes de falar com um advogado."),
}


@kind("xx")
def g_es_pt_chat(b, r):
    lang = r.choice(["es", "pt"])
    L, cc = CHAT_L[lang], ("ES" if lang == "es" else r.choice(["PT", "BR"]))
    u, ag = pcc(r, cc), person(r, lang)
    h, m = r.randint(9, 18), r.randint(0, 40)
    b.t(L[0], "\n\n")
    turns = [("u", [L[3]]), ("a", L[4].split("{}")[0:1] + [(PER, ag.first)] + L[4].split("{}")[1:]), ("u", [(PER, nm(r, u, r.choice(["plain", "lower"])))]),
             ("a", [L[5]]), ("u", [(PH, phone(r, cc))]), ("a", [L[6]]), ("u", [(EM, email(r, u))]),
             ("u", [L[7].split("{}")[0], (DT, fdate(r, rdate(r, 2024, 2025), lang, style=r.choice([0, 1])))]),
             ("u", [L[8].split("{}")[0], (LOC, r.choice(CITIES[cc])[0])]), ("a", [L[9].replace("{}", fill(r, "OJ-#####"))])]
    for who, parts in turns:
        m += r.randint(0, 2)
        b.t(f"[{h:02d}:{m % 60:02d}] ")
        if who == "u":
            b.t(L[1], ": ")
        else:
            b.t(L[2], " ", (PER, ag.first), ": ")
        b.t(*parts, "\n")
    return lang


@kind("xx")
def g_it_citazione(b, r):
    at, av, cv = pcc(r, "IT"), person(r, "it"), pcc(r, "IT")
    d = rdate(r, 2023, 2025)
    b.t("TRIBUNALE ORDINARIO – SEZIONE CIVILE\nATTO DI CITAZIONE\n\n", "La sig.ra " if at.fem else "Il sig. ", (PER, nm(r, at, "plain")),
        f" (C.F. {fill(r, '@@@@@@##@##@###@')}), nat{'a' if at.fem else 'o'} a ", (LOC, r.choice(CITIES["IT"])[0]), " il ",
        (DOB, fdate(r, bdate(r), "it")), ", residente in ", (ADR, addr(r, "IT")), ", rappresentat", "a" if at.fem else "o",
        " e difes", "a" if at.fem else "o", " dall'Avv. ", (PER, nm(r, av, "plain")), " (PEC: ", (EM, email(r, av, "pec.example.it")),
        "; fax ", (PH, phone(r, "IT")), ")\n\nCITA\n\n")
    b.t("la sig.ra " if cv.fem else "il sig. ", (PER, nm(r, cv, r.choice(["plain", "upper"]))), ", residente in ", (ADR, addr(r, "IT")),
        ", a comparire dinanzi al Tribunale, Giudice designando, all'udienza del ", (DT, fdt(r, d + dt.timedelta(days=120), "it")),
        ", con invito a costituirsi nel termine di settanta giorni prima dell'udienza.\n\n")
    b.f("Il contratto di locazione è stato stipulato il {}; i canoni (IBAN {}) non sono stati versati.\nValore della causa: {}.\n\n{}, {}\nAvv. {}\n",
        (DT, fdate(r, d - dt.timedelta(days=400), "it")), (IBAN, iban(r, "IT")), amount(r, 2000, 50000, "€"),
        (LOC, r.choice(CITIES["IT"])[0]), (DT, fdate(r, d, "it", style=1)), (PER, nm(r, av, "plain")))
    return "it"


@kind("xx")
def g_pt_procuracao(b, r):
    cc = r.choice(["PT", "PT", "BR"])
    p, adv = pcc(r, cc), person(r, "pt")
    b.t("PROCURAÇÃO" + (" AD JUDICIA" if cc == "BR" else "") + "\n\nOUTORGANTE: ", (PER, nm(r, p, r.choice(["plain", "upper"]))))
    if cc == "PT":
        b.t(f", portador(a) do Cartão de Cidadão n.º {fill(r, '########')}, NIF {fill(r, '2########')}, residente em ")
    else:
        b.t(f", inscrito(a) no CPF sob o n.º {fill(r, '###.###.###-##')}, residente e domiciliado(a) na ")
    b.t((ADR, addr(r, cc)), ", nascido(a) em ", (DOB, fdate(r, bdate(r), "pt")), ", telefone ", (PH, phone(r, cc)), ", e-mail ",
        (EM, email(r, p)), ".\n\nOUTORGADO: Dr. " if not adv.fem else ".\n\nOUTORGADA: Dra. ", (PER, nm(r, adv, "plain")))
    b.t(f", advogad{'a' if adv.fem else 'o'}, " + (f"cédula profissional n.º {r.randint(10000, 69999)}P" if cc == "PT" else f"OAB/{r.choice(['SP', 'RJ', 'MG'])} {fill(r, '###.###')}"),
        ", com escritório em ", (ADR, addr(r, cc)), ".\n\n")
    b.t("PODERES: os mais amplos poderes forenses em direito permitidos, incluindo os de confessar, desistir e transigir, "
        "nomeadamente no processo n.º ", fill(r, "####/2#.#@@@@@"), ".\n\n", (LOC, r.choice(CITIES[cc])[0]), ", ",
        (DT, fdate(r, rdate(r, 2023, 2025), "pt", style=1)), "\n\n_______________________\n")
    return "pt"


@kind("xx")
def g_nl_dagvaarding(b, r):
    cc = r.choice(["NL", "NL", "BE"])
    ei, adv, dw, gd = pcc(r, cc), person(r, "nl"), person(r, "nl"), pcc(r, cc)
    fn = firm(r, "nl")[0]
    d = rdate(r, 2023, 2025)
    b.f("DAGVAARDING\n\nHeden, {},\n\nop verzoek van {} ", (DT, fdate(r, d, "nl", style=1)), "mevrouw" if ei.fem else "de heer")
    b.t((PER, nm(r, ei, "plain")), ", wonende te ", (ADR, addr(r, cc)), ", te dezer zake woonplaats kiezende te ", (LOC, r.choice(CITIES[cc])[0]),
        " ten kantore van mr. ", (PER, nm(r, adv, "plain")), " (", fn, "), die als advocaat zal optreden,\n\n")
    b.t("heb ik, ", (PER, nm(r, dw, "plain")), ", gerechtsdeurwaarder,\n\nGEDAGVAARD:\n\n", (PER, nm(r, gd, "upper")), ", wonende te ",
        (ADR, addr(r, cc)), ", aldaar mijn exploot doende en afschrift dezes latende aan ", "haar" if gd.fem else "hem", " in persoon,\n\n")
    b.t("OM: op ", (DT, fdt(r, d + dt.timedelta(days=r.randint(14, 60)), "nl")), " te verschijnen ter terechtzitting van de rechtbank, "
        f"team kanton, zaaknummer {fill(r, '#######')} \\ CV EXPL {r.randint(19, 25)}-{r.randint(100, 9999)}.\n\n")
    b.f("VORDERING: betaling van {} op rekening {} t.n.v. Stichting Derdengelden {}, vermeerderd met de wettelijke rente.\n"
        "Kosten dezes: {}\n", amount(r, 500, 30000, "€"), (IBAN, iban(r, cc)), fn, amount(r, 90, 140, "€"))
    return "nl"


@kind("xx")
def g_pl_pozew(b, r):
    pw, pel, pz = pcc(r, "PL"), person(r, "pl"), pcc(r, "PL")
    fn, fd = firm(r, "pl")
    d = rdate(r, 2023, 2025)
    b.t((LOC, r.choice(CITIES["PL"])[0]), ", dnia ", (DT, fdate(r, d, "pl", style=1)), " r.\n\nSąd Rejonowy\nI Wydział Cywilny\n", (ADR, addr(r, "PL")), "\n\n")
    b.t("Powód: ", (PER, nm(r, pw, "plain")), ", zam. ", (ADR, addr(r, "PL")), f", PESEL: {fill(r, '###########')}\n")
    b.t("Pełnomocnik: adw. ", (PER, nm(r, pel, "plain")), ", ", fn, ", tel. ", (PH, phone(r, "PL")), ", e-mail: ", (EM, email(r, pel, fd)), "\n")
    b.t("Pozwany: ", (PER, nm(r, pz, "plain")), ", zam. ", (ADR, addr(r, "PL")), "\n\nWartość przedmiotu sporu: ", amount(r, 1000, 90000, "zł"),
        "\n\nPOZEW O ZAPŁATĘ\n\nW imieniu powoda wnoszę o zasądzenie od pozwanego kwoty ", amount(r, 1000, 90000, "zł"),
        " wraz z odsetkami ustawowymi za opóźnienie od dnia ", (DT, fdate(r, d - dt.timedelta(days=90), "pl", style=1)), " do dnia zapłaty.\n\n")
    b.t("UZASADNIENIE\nW dniu ", (DT, fdate(r, d - dt.timedelta(days=400), "pl", style=0)), " strony zawarły umowę pożyczki. Środki przelano na rachunek nr ",
        (IBAN, iban(r, "PL", True)), ". Pozwany nie zwrócił pożyczki w terminie 30 dni.\n\nSygn. akt (nadać): ", f"I C {r.randint(100, 9999)}/{r.randint(19, 25)}", "\n")
    return "pl"


NORDIC = {
    "sv": ("STÄMNINGSANSÖKAN", "Kärande", "Svarande", "Ombud: advokat", "adress", "telefon", "e-post",
           "YRKANDE\n{} ska förpliktas att betala {} jämte ränta enligt 6 § räntelagen från den {} till dess betalning sker.",
           "GRUNDER\nParterna ingick den {} ett avtal om hantverkstjänster.", "BEVISNING\nVittnesförhör med {}.", "kr", " den "),
    "da": ("STÆVNING", "Sagsøger", "Sagsøgte", "Advokat", "adresse", "telefon", "e-mail",
           "PÅSTAND\n{} tilpligtes at betale {} med tillæg af procesrente fra den {}.",
           "ANBRINGENDER\nParterne indgik den {} en lejeaftale.", "BEVISER\nVidneforklaring fra {}.", "kr.", ", den "),
    "no": ("STEVNING", "Saksøker", "Saksøkte", "Prosessfullmektig: advokat", "adresse", "telefon", "e-post",
           "PÅSTAND\n{} dømmes til å betale {} med tillegg av forsinkelsesrente fra {}.",
           "FAKTISKE FORHOLD\nPartene inngikk {} en avtale om leie av lokaler.", "BEVIS\nVitneforklaring fra {}.", "kr", ", "),
    "fi": ("HAASTEHAKEMUS", "Kantaja", "Vastaaja", "Asiamies: asianajaja", "osoite", "puhelin", "sähköposti",
           "VAATIMUKSET\n{} on velvoitettava maksamaan {} viivästyskorkoineen {} lukien.",
           "PERUSTEET\nAsianosaiset tekivät {} urakkasopimuksen.", "TODISTELU\nTodistaja {}.", "euroa", " "),
}


@kind("xx")
def g_nordic_summons(b, r):
    lang = r.choice(list(NORDIC))
    L, cc = NORDIC[lang], {"sv": "SE", "da": "DK", "no": "NO", "fi": "FI"}[lang]
    k, s, om, w = pcc(r, cc), pcc(r, cc), person(r, lang), pcc(r, cc)
    d = rdate(r, 2023, 2025)
    b.t(L[0], "\n\n")
    for lab, p in ((L[1], k), (L[2], s)):
        b.t(f"{lab}: ", (PER, nm(r, p, "plain")), f"\n{L[4]}: ", (ADR, addr(r, cc)), f"\n{L[5]}: ", (PH, phone(r, cc)), f"\n{L[6]}: ", (EM, email(r, p)), "\n\n")
    b.t(L[3], " ", (PER, nm(r, om, "plain")), ", ", firm(r, lang)[0], "\n\n")
    amt = f"{r.randint(5, 900)} {r.randint(0, 999):03d} {L[10]}"
    y = L[7].split("{}")
    b.t(y[0], (PER, s.last), y[1], amt, y[2], (DT, fdate(r, d - dt.timedelta(days=60), lang)), y[3], "\n\n")
    g = L[8].split("{}")
    b.t(g[0], (DT, fdate(r, d - dt.timedelta(days=300), lang)), g[1], "\n\n")
    e = L[9].split("{}")
    b.t(e[0], (PER, nm(r, w, "plain")), e[1], "\n\n", (LOC, r.choice(CITIES[cc])[0]), L[11], (DT, fdate(r, d, lang)), "\n")
    return lang


CZ_LOCATIVE = {"Praha": "Praze", "Brno": "Brně", "Ostrava": "Ostravě", "Plzeň": "Plzni", "Olomouc": "Olomouci"}


@kind("xx")
def g_cs_plna_moc(b, r):
    p, adv = pcc(r, "CZ"), person(r, "cs")
    b.t("PLNÁ MOC\n\nJá, níže podepsan", "á" if p.fem else "ý", "\n", (PER, nm(r, p, "plain")), ", nar. ", (DOB, fdate(r, bdate(r), "cs")),
        ", bytem ", (ADR, addr(r, "CZ")), "\ntel.: ", (PH, phone(r, "CZ")), ", e-mail: ", (EM, email(r, p)), "\n\nzmocňuji\n\n")
    b.t("JUDr. ", (PER, nm(r, adv, "plain")), f", advokát{'ku' if adv.fem else 'a'} zapsan{'ou' if adv.fem else 'ého'} v seznamu advokátů ČAK pod ev. č. {r.randint(1000, 19999)}, se sídlem ",
        (ADR, addr(r, "CZ")), f", IČO: {fill(r, '########')}\n\n")
    b.t("aby mě zastupoval/a ve všech právních věcech, zejména ve věci sp. zn. ", f"{r.randint(1, 60)} C {r.randint(1, 999)}/{r.randint(2019, 2025)}",
        ", a to v plném rozsahu.\n")
    if r.random() < 0.6:
        b.t("Bankovní spojení pro vrácení zálohy: ", (IBAN, iban(r, "CZ")), "\n")
    c = r.choice(CITIES["CZ"])[0]
    b.t("\nV ", (LOC, CZ_LOCATIVE[c]), " dne ", (DT, fdate(r, rdate(r, 2023, 2025), "cs")), "\n\n..............................\npodpis zmocnitele\n\n")
    b.t("Plnou moc přijímám. ", (PER, nm(r, adv, "plain")), "\n")
    return "cs"


@kind("xx")
def g_tr_dilekce(b, r):
    dv, av, dl, tn = pcc(r, "TR"), person(r, "tr"), pcc(r, "TR"), pcc(r, "TR")
    fn, fd = firm(r, "tr")
    d = rdate(r, 2023, 2025)
    b.t("NÖBETÇİ ASLİYE HUKUK MAHKEMESİ'NE\n\nDAVACI\t: ", (PER, nm(r, dv, "upper")), f" (T.C. Kimlik No: {fill(r, 'N##########')})\n")
    b.t("ADRES\t: ", (ADR, addr(r, "TR")), "\nVEKİLİ\t: Av. ", (PER, nm(r, av, "plain")), ", ", fn, ", ", (ADR, addr(r, "TR")),
        "\n\t  Tel: ", (PH, phone(r, "TR")), " e-posta: ", (EM, email(r, av, fd)), "\n")
    b.t("DAVALI\t: ", (PER, nm(r, dl, "upper")), ", ", (ADR, addr(r, "TR")), "\nKONU\t: ", amount(r, 10000, 900000, "TL"),
        " kira alacağının tahsili istemidir.\n\nAÇIKLAMALAR\t:\n1- Müvekkil ile davalı arasında ", (DT, fdate(r, d - dt.timedelta(days=500), "tr")),
        " tarihinde kira sözleşmesi imzalanmıştır.\n2- Davalı, ", (DT, fdate(r, d - dt.timedelta(days=120), "tr")),
        " tarihinden itibaren kira bedellerini ", (IBAN, iban(r, "TR")), " numaralı hesaba ödememiştir.\n")
    b.t("DELİLLER\t: Kira sözleşmesi, ihtarname, tanık ", (PER, nm(r, tn, "plain")), ", bilirkişi incelemesi.\n\n",
        (LOC, r.choice(CITIES["TR"])[0]), ", ", (DT, fdate(r, d, "tr")), "\nDavacı Vekili\nAv. ", (PER, nm(r, av, "plain")), "\n")
    return "tr"


XX_LANG_CC = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT", "sv": "SE", "da": "DK",
              "no": "NO", "fi": "FI", "cs": "CZ", "tr": "TR"}
GDPR = {
    "de": ("Auskunftsersuchen nach Art. 15 DSGVO", "Sehr geehrte Damen und Herren,", "hiermit verlange ich Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten, sowie eine Kopie dieser Daten.", "Kundennummer", "Zur Identifizierung – geboren am", "Bitte antworten Sie innerhalb eines Monats.", "Mit freundlichen Grüßen"),
    "fr": ("Demande d'accès – article 15 du RGPD", "Madame, Monsieur,", "je vous prie de me confirmer si des données personnelles me concernant sont traitées et de m'en communiquer une copie.", "Numéro client", "Pour mon identification – né(e) le", "Merci de me répondre dans un délai d'un mois.", "Salutations distinguées,"),
    "es": ("Solicitud de acceso – artículo 15 RGPD", "Estimados señores:", "solicito que me confirmen si tratan datos personales que me conciernen y me faciliten una copia de los mismos.", "Número de cliente", "Para mi identificación – fecha de nacimiento", "Ruego respuesta en el plazo de un mes.", "Atentamente,"),
    "it": ("Richiesta di accesso ai sensi dell'art. 15 GDPR", "Spettabile società,", "chiedo di sapere se sono in corso trattamenti di dati personali che mi riguardano e di riceverne copia.", "Codice cliente", "Per l'identificazione – data di nascita", "Resto in attesa di riscontro entro un mese.", "Distinti saluti"),
    "nl": ("Inzageverzoek artikel 15 AVG", "Geachte heer, mevrouw,", "hierbij verzoek ik u mij mee te delen of u persoonsgegevens van mij verwerkt en mij daarvan een kopie te verstrekken.", "Klantnummer", "Ter identificatie – geboortedatum", "Ik verwacht uw reactie binnen een maand.", "Met vriendelijke groet,"),
    "pl": ("Wniosek o dostęp do danych (art. 15 RODO)", "Szanowni Państwo,", "proszę o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, oraz o przekazanie ich kopii.", "Numer klienta", "Dla identyfikacji – data urodzenia", "Proszę o odpowiedź w terminie miesiąca.", "Z poważaniem"),
    "pt": ("Pedido de acesso – artigo 15.º do RGPD", "Exmos. Senhores,", "solicito que me confirmem se tratam dados pessoais que me digam respeito e que me facultem uma cópia dos mesmos.", "Número de cliente", "Para identificação – data de nascimento", "Aguardo resposta no prazo de um mês.", "Com os melhores cumprimentos,"),
    "sv": ("Begäran om registerutdrag enligt artikel 15 GDPR", "Hej,", "jag begär besked om huruvida ni behandlar personuppgifter om mig samt en kopia av dessa.", "Kundnummer", "För identifiering – födelsedatum", "Jag ser fram emot ert svar inom en månad.", "Med vänliga hälsningar"),
    "da": ("Anmodning om indsigt efter artikel 15 GDPR", "Kære modtager", "jeg anmoder om oplysning om, hvorvidt I behandler personoplysninger om mig, samt en kopi heraf.", "Kundenummer", "Til identifikation – fødselsdato", "Jeg imødeser jeres svar inden for en måned.", "Med venlig hilsen"),
    "fi": ("Tarkastuspyyntö (tietosuoja-asetuksen 15 artikla)", "Hyvä vastaanottaja,", "pyydän tietoa siitä, käsitteletteko minua koskevia henkilötietoja, sekä jäljennöstä niistä.", "Asiakasnumero", "Tunnistamista varten – syntymäaika", "Pyydän vastausta kuukauden kuluessa.", "Ystävällisin terveisin"),
    "cs": ("Žádost o přístup k osobním údajům (čl. 15 GDPR)", "Vážení,", "žádám o potvrzení, zda zpracováváte mé osobní údaje, a o poskytnutí jejich kopie.", "Číslo zákazníka", "Pro identifikaci – datum narození", "Prosím o odpověď do jednoho měsíce.", "S pozdravem"),
}


@kind("xx")
def g_eu_gdpr_letter(b, r):
    lang = r.choice(list(GDPR))
    L, cc = GDPR[lang], XX_LANG_CC[lang]
    p = pcc(r, cc)
    b.t((PER, nm(r, p, "plain")), "\n", (ADR, addr(r, cc, ml=True)), "\n", (EM, email(r, p)), "\n\n")
    b.t(r.choice(COMPANIES + DE_COS), "\n", r.choice(["", "Data Protection Officer\n", "DPO\n"]), "\n")
    b.t((LOC, r.choice(CITIES[cc])[0]), ", ", (DT, fdate(r, rdate(r, 2023, 2025), lang)), "\n\n", L[0], "\n\n", L[1], "\n\n", L[2], "\n\n")
    b.t(f"{L[3]}: ", (ACC, fill(r, r.choice(["########", "KD-#######", "##-#####-#"]))) if r.random() < 0.8 else fill(r, "REF-#####"), "\n")
    b.t(f"{L[4]} ", (DOB, fdate(r, bdate(r), lang)), "\n")
    if r.random() < 0.5:
        b.t("Tel.: ", (PH, phone(r, cc)), "\n")
    b.t("\n", L[5], "\n\n", L[6], "\n", (PER, nm(r, p, "plain")), "\n")
    if r.random() < 0.4:
        fnm, fd = firm(r, lang)
        av = person(r, lang)
        b.t("\ncc: ", fnm, " – ", (PER, nm(r, av, "plain")), " <", (EM, email(r, av, fd)), ">\n")
    return lang


INV = {
    "de": ("Rechnung", "Rechnungsnr.", "Datum", "Mandant", "Gegenstand", "Std.", "Netto", "USt. 19 %", "Gesamt", "Zahlbar bis", "Bankverbindung", "Sachbearbeiter", "EUR"),
    "fr": ("Facture", "Facture n°", "Date", "Client", "Objet", "h", "Total HT", "TVA 20 %", "Total TTC", "À régler avant le", "Coordonnées bancaires", "Dossier suivi par", "€"),
    "es": ("Factura", "N.º factura", "Fecha", "Cliente", "Asunto", "h", "Base imponible", "IVA 21 %", "Total", "Vencimiento", "Datos bancarios", "Letrado responsable", "€"),
    "it": ("Fattura", "Fattura n.", "Data", "Cliente", "Oggetto", "ore", "Imponibile", "IVA 22%", "Totale", "Scadenza", "Coordinate bancarie", "Referente", "€"),
    "nl": ("Factuur", "Factuurnummer", "Datum", "Cliënt", "Zaak", "uur", "Subtotaal", "BTW 21%", "Totaal", "Te voldoen vóór", "Bankgegevens", "Behandeld door", "€"),
    "pl": ("Faktura VAT", "Nr faktury", "Data wystawienia", "Nabywca", "Sprawa", "godz.", "Netto", "VAT 23%", "Brutto", "Termin płatności", "Rachunek bankowy", "Opiekun sprawy", "zł"),
    "pt": ("Fatura", "Fatura n.º", "Data", "Cliente", "Assunto", "h", "Valor s/ IVA", "IVA 23%", "Total", "Data de vencimento", "Dados bancários", "Advogado responsável", "€"),
    "sv": ("Faktura", "Fakturanr", "Fakturadatum", "Klient", "Ärende", "tim", "Netto", "Moms 25 %", "Att betala", "Förfallodatum", "IBAN", "Handläggare", "kr"),
    "da": ("Faktura", "Fakturanr.", "Dato", "Klient", "Sag", "timer", "Netto", "Moms 25 %", "I alt", "Betalingsfrist", "Bankoplysninger", "Sagsbehandler", "kr."),
    "fi": ("Lasku", "Laskun nro", "Päivämäärä", "Asiakas", "Asia", "h", "Veroton", "ALV 25,5 %", "Yhteensä", "Eräpäivä", "Pankkiyhteys", "Yhteyshenkilö", "€"),
    "cs": ("Faktura", "Číslo faktury", "Datum vystavení", "Klient", "Věc", "hod.", "Základ", "DPH 21 %", "Celkem", "Splatnost", "Bankovní spojení", "Vyřizuje", "Kč"),
    "tr": ("Fatura", "Fatura No", "Tarih", "Müvekkil", "Konu", "saat", "Ara toplam", "KDV %20", "Genel toplam", "Son ödeme tarihi", "Banka bilgileri", "Sorumlu avukat", "TL"),
}


SVC = {"de": ["Korrespondenz", "Schriftsatz", "Besprechung", "Terminswahrnehmung"], "fr": ["Correspondance", "Conclusions", "Audience", "Rendez-vous"],
       "es": ["Correspondencia", "Escrito", "Vista", "Reunión"], "it": ["Corrispondenza", "Memoria", "Udienza", "Riunione"],
       "nl": ["Correspondentie", "Processtuk", "Zitting", "Bespreking"], "pl": ["Korespondencja", "Pismo procesowe", "Rozprawa", "Spotkanie"],
       "pt": ["Correspondência", "Articulado", "Audiência", "Reunião"], "sv": ["Korrespondens", "Inlaga", "Förhandling", "Möte"],
       "da": ["Korrespondance", "Processkrift", "Retsmøde", "Møde"], "fi": ["Kirjeenvaihto", "Kirjelmä", "Istunto", "Palaveri"],
       "cs": ["Korespondence", "Podání", "Jednání", "Porada"], "tr": ["Yazışma", "Dilekçe", "Duruşma", "Toplantı"]}


@kind("xx")
def g_eu_invoice(b, r):
    lang = r.choice(list(INV))
    L, cc = INV[lang], XX_LANG_CC[lang]
    fnm, fd = firm(r, lang)
    cl, sb = pcc(r, cc), person(r, lang)
    d = rdate(r, 2023, 2025)
    b.t(fnm, " · ", (ADR, addr(r, cc)), "\n", f"VAT {cc}{fill(r, '#########')}\n\n", (PER, nm(r, cl, "plain")), "\n", (ADR, addr(r, cc, ml=True)), "\n\n")
    b.t(f"{L[0].upper()}\n{L[1]}: {fill(r, '2###/####')}\n{L[2]}: ", (DT, fdate(r, d, lang)), f"\n{L[4]}: ", (PER, cl.last), " ./. ", r.choice(COMPANIES + DE_COS), "\n\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"- {r.choice(SVC[lang])}  {str(r.randint(1, 40) / 10).replace('.', ',')} {L[5]}  {amount(r, 100, 4000, L[12])}\n")
    b.t(f"\n{L[6]}: {amount(r, 500, 20000, L[12])}\n{L[7]}: {amount(r, 50, 4000, L[12])}\n{L[8]}: {amount(r, 600, 24000, L[12])}\n\n")
    b.t(f"{L[9]}: ", (DT, fdate(r, d + dt.timedelta(days=r.choice([14, 30])), lang)), f"\n{L[10]}: ", (IBAN, iban(r, cc)), f" · BIC {bic(r, cc)}\n")
    b.t(f"{L[11]}: ", (PER, nm(r, sb, "plain")), ", ", (PH, phone(r, cc)), ", ", (EM, email(r, sb, fd)), "\n")
    return lang


CE = {
    "de": (("Von", "An", "Gesendet", "Betreff"), "Terminsladung", "Sehr geehrte Damen und Herren,", "in dem Rechtsstreit {} wird Termin zur mündlichen Verhandlung bestimmt auf {}, Sitzungssaal {}, {}.", "Das persönliche Erscheinen der Partei {} wird angeordnet.", "Mit freundlichen Grüßen", "Geschäftsstelle"),
    "fr": (("De", "À", "Envoyé", "Objet"), "Convocation à l'audience", "Maître,", "dans l'affaire {}, l'audience est fixée au {}, salle {}, {}.", "La comparution personnelle de {} est ordonnée.", "Cordialement,", "Le greffe"),
    "es": (("De", "Para", "Enviado", "Asunto"), "Citación a vista", "Estimado/a letrado/a:", "en el procedimiento {} se señala la vista para el {}, sala {}, {}.", "Se cita personalmente a {}.", "Un saludo,", "Letrada de la Administración de Justicia"),
    "it": (("Da", "A", "Inviato", "Oggetto"), "Comunicazione di cancelleria", "Gentile Avvocato,", "nel procedimento {} l'udienza è fissata per il {}, aula {}, {}.", "È disposta la comparizione personale di {}.", "Cordiali saluti", "La Cancelleria"),
    "nl": (("Van", "Aan", "Verzonden", "Onderwerp"), "Oproeping zitting", "Geachte advocaat,", "in de zaak {} is de mondelinge behandeling bepaald op {}, zaal {}, {}.", "De persoonlijke verschijning van {} is gelast.", "Met vriendelijke groet,", "Griffie"),
    "pl": (("Od", "Do", "Wysłano", "Temat"), "Zawiadomienie o rozprawie", "Szanowny Panie Mecenasie,", "w sprawie {} rozprawa odbędzie się w dniu {}, sala {}, {}.", "Sąd wzywa do osobistego stawiennictwa {}.", "Z poważaniem", "Sekretariat Wydziału"),
    "pt": (("De", "Para", "Enviado", "Assunto"), "Notificação de audiência", "Exmo(a). Senhor(a) Advogado(a),", "no processo {} a audiência final foi designada para {}, sala {}, {}.", "É ordenada a comparência pessoal de {}.", "Com os melhores cumprimentos,", "A Secretaria"),
    "sv": (("Från", "Till", "Skickat", "Ämne"), "Kallelse till huvudförhandling", "Hej,", "i mål {} hålls huvudförhandling {}, sal {}, {}.", "{} ska infinna sig personligen.", "Med vänlig hälsning", "Kansliet"),
}


@kind("xx")
def g_eu_court_email(b, r):
    lang = r.choice(list(CE))
    H, subj, greet, body, pers, close, office = CE[lang]
    cc = XX_LANG_CC[lang]
    clerk, av, party = person(r, lang), pcc(r, cc), pcc(r, cc)
    fd = firm(r, lang)[1]
    b.t(f"{H[0]}: ", (PER, nm(r, clerk, "plain")), " <", (EM, email(r, clerk, f"justice.example.{cc.lower()}")), ">\n")
    az = fill(r, "## @ ####/2#")
    b.t(f"{H[1]}: ", (EM, email(r, av, fd)), f"\n{H[2]}: {rfc_date(r)}\n{H[3]}: {subj} – {az}\n\n{greet}\n\n")
    x = body.split("{}")
    b.t(x[0], az, x[1], (DT, fdt(r, None, lang)), x[2], f"{r.randint(1, 40)}{r.choice(['', 'A', 'B'])}", x[3], (ADR, addr(r, cc)), x[4], "\n")
    if r.random() < 0.6:
        y = pers.split("{}")
        b.t(y[0], (PER, nm(r, party, "plain")), y[1], "\n")
    b.t("\n", close, "\n", (PER, nm(r, clerk, "plain")), "\n", office, "\nTel. ", (PH, phone(r, cc)), "\n")
    return lang


INTAKE = {
    "de": ("Mandantenaufnahmebogen", "Nachname", "Vorname", "Geburtsdatum", "Straße, Hausnr.", "PLZ", "Ort", "Telefon", "E-Mail", "IBAN", "Gegner", "Datum", "Aktenzeichen"),
    "fr": ("Fiche d'ouverture de dossier", "Nom", "Prénom", "Date de naissance", "Adresse", "Code postal", "Ville", "Téléphone", "Courriel", "IBAN", "Partie adverse", "Date", "Réf. dossier"),
    "es": ("Hoja de encargo profesional", "Apellidos", "Nombre", "Fecha de nacimiento", "Domicilio", "C.P.", "Localidad", "Teléfono", "Correo electrónico", "IBAN", "Parte contraria", "Fecha", "Expediente"),
    "it": ("Scheda cliente", "Cognome", "Nome", "Data di nascita", "Indirizzo", "CAP", "Città", "Telefono", "E-mail", "IBAN", "Controparte", "Data", "Pratica n."),
    "nl": ("Intakeformulier", "Achternaam", "Voornaam", "Geboortedatum", "Straat en huisnummer", "Postcode", "Woonplaats", "Telefoon", "E-mail", "IBAN", "Wederpartij", "Datum", "Dossiernr."),
    "pl": ("Formularz przyjęcia sprawy", "Nazwisko", "Imię", "Data urodzenia", "Ulica i nr", "Kod pocztowy", "Miejscowość", "Telefon", "E-mail", "Nr rachunku", "Strona przeciwna", "Data", "Nr sprawy"),
    "sv": ("Klientformulär", "Efternamn", "Förnamn", "Födelsedatum", "Gatuadress", "Postnummer", "Ort", "Telefon", "E-post", "IBAN", "Motpart", "Datum", "Ärendenr"),
    "da": ("Klientoplysningsskema", "Efternavn", "Fornavn", "Fødselsdato", "Adresse", "Postnr.", "By", "Telefon", "E-mail", "IBAN", "Modpart", "Dato", "Sagsnr."),
    "no": ("Klientskjema", "Etternavn", "Fornavn", "Fødselsdato", "Gateadresse", "Postnr.", "Poststed", "Telefon", "E-post", "IBAN", "Motpart", "Dato", "Saksnr."),
    "fi": ("Asiakastietolomake", "Sukunimi", "Etunimi", "Syntymäaika", "Katuosoite", "Postinumero", "Postitoimipaikka", "Puhelin", "Sähköposti", "IBAN", "Vastapuoli", "Päivämäärä", "Asianro"),
    "tr": ("Müvekkil Bilgi Formu", "Soyadı", "Adı", "Doğum tarihi", "Adres", "Posta kodu", "İl", "Telefon", "E-posta", "IBAN", "Karşı taraf", "Tarih", "Dosya no"),
    "pt": ("Ficha de cliente", "Apelido", "Nome", "Data de nascimento", "Morada", "Código postal", "Localidade", "Telefone", "E-mail", "IBAN", "Parte contrária", "Data", "Processo"),
}


@kind("xx")
def g_eu_intake_form(b, r):
    lang = r.choice(list(INTAKE))
    L, cc = INTAKE[lang], XX_LANG_CC[lang]
    p = pcc(r, cc)
    line, c, reg, pc = addr_parts(r, cc)
    sep = r.choice([": ", ":\t", " ........ ", " | "])
    b.t(L[0].upper(), f"\n{firm(r, lang)[0]}\n", "-" * 40, "\n")
    b.t(L[1], sep, (PER, p.last.upper() if r.random() < 0.4 else p.last), "\n", L[2], sep, (PER, p.first), "\n")
    b.t(L[3], sep, (DOB, fdate(r, bdate(r), lang)), "\n", L[4], sep, (ADR, line), "\n", L[5], sep, pc, "\n", L[6], sep, (LOC, c), "\n")
    b.t(L[7], sep, (PH, phone(r, cc)), "\n", L[8], sep, (EM, email(r, p)), "\n")
    if r.random() < 0.6:
        b.t(L[9], sep, (IBAN, iban(r, cc)), "\n")
    b.t(L[10], sep, r.choice([r.choice(COMPANIES + DE_COS), (PER, nm(r, pcc(r, cc), "plain"))]), "\n")
    b.t(L[12], sep, fill(r, "2#-####"), "\n", L[11], sep, (DT, fdate(r, rdate(r, 2023, 2025), lang)), "\n")
    return lang


# ---------------------------------------------------------------- non-English documents without entities
NOTICE = {
    "de": ("Hinweis der Geschäftsstelle", "Die Geschäftsstelle ist am Freitag wegen einer Personalversammlung geschlossen. Fristgebundene Schriftsätze können über das beA eingereicht werden. Anträge auf Akteneinsicht werden binnen zwei Wochen bearbeitet. Bitte stets das Aktenzeichen angeben (z. B. {az}). Gerichtskosten von {amt} sind im Voraus zu zahlen; seit {yr} ist nur noch unbare Zahlung möglich."),
    "fr": ("Avis du greffe", "Le greffe sera fermé vendredi. Les actes urgents peuvent être déposés via le RPVA. Les demandes de copie sont traitées sous quinze jours. Merci de rappeler le numéro RG ({az}). Les frais de {amt} sont payables d'avance ; depuis {yr}, les chèques ne sont plus acceptés."),
    "es": ("Aviso de la Oficina Judicial", "La oficina permanecerá cerrada el lunes por la tarde. Los escritos urgentes deben presentarse por LexNET. Las solicitudes de copia se atienden en un plazo de diez días. Indique siempre el número de procedimiento ({az}). La tasa de {amt} se abona por adelantado desde {yr}."),
    "it": ("Avviso di cancelleria", "La cancelleria resterà chiusa giovedì pomeriggio. Gli atti urgenti vanno depositati tramite PCT. Le richieste di copie sono evase entro dieci giorni. Indicare sempre il numero di R.G. ({az}). Il contributo unificato di {amt} va versato prima dell'iscrizione; dal {yr} non si accettano marche cartacee."),
    "nl": ("Mededeling griffie", "De griffie is woensdag gesloten. Spoedeisende stukken kunnen digitaal worden ingediend. Verzoeken om afschriften worden binnen twee weken behandeld. Vermeld altijd het zaaknummer ({az}). Het griffierecht van {amt} moet vooraf worden voldaan; sinds {yr} alleen per bank."),
    "pl": ("Komunikat sekretariatu", "Sekretariat będzie nieczynny w piątek. Pisma z terminem można nadać w placówce pocztowej. Wnioski o kserokopie realizowane są w ciągu 14 dni. Prosimy podawać sygnaturę akt ({az}). Opłatę {amt} należy uiścić z góry; od {yr} wyłącznie przelewem."),
    "sv": ("Meddelande från kansliet", "Kansliet håller stängt på fredag. Brådskande handlingar kan skickas via e-tjänsten. Begäran om kopior hanteras inom två veckor. Ange alltid målnummer ({az}). Ansökningsavgiften {amt} betalas i förskott sedan {yr}."),
    "cs": ("Oznámení podatelny", "Podatelna bude v pátek uzavřena. Lhůtová podání lze učinit datovou schránkou. Žádosti o kopie vyřizujeme do čtrnácti dnů. Uvádějte vždy spisovou značku ({az}). Soudní poplatek {amt} se platí předem, od roku {yr} pouze převodem."),
    "tr": ("Kalem Duyurusu", "Kalem cuma günü öğleden sonra kapalıdır. Süreli dilekçeler UYAP üzerinden gönderilebilir. Suret talepleri on gün içinde karşılanır. Lütfen esas numarasını belirtiniz ({az}). {amt} tutarındaki harç peşin ödenir; {yr} yılından beri yalnızca banka ile."),
}


@kind("xx0")
def g_xx_court_notice_empty(b, r):
    lang = r.choice(list(NOTICE))
    t, body = NOTICE[lang]
    cur = {"pl": "zł", "sv": "kr", "cs": "Kč", "tr": "TL"}.get(lang, "€")
    b.t(t.upper(), "\n\n", body.format(az=fill(r, "## @ ###/2#"), amt=amount(r, 20, 900, cur), yr=r.randint(2015, 2023)), "\n\n")
    b.t(f"Ref. {uuid_(r)} · v{r.randint(1, 9)}.{r.randint(0, 9)}\n")
    return lang


FEES = {
    "de": ("Gebührenübersicht (RVG / GKG)", ["Verfahrensgebühr Nr. 3100 VV RVG", "Terminsgebühr Nr. 3104 VV RVG", "Einigungsgebühr Nr. 1000 VV RVG", "Auslagenpauschale Nr. 7002 VV RVG", "Gerichtskosten 3,0 Gebühren"], "Alle Beträge zzgl. 19 % USt. Stand: {yr}."),
    "fr": ("Barème indicatif des honoraires", ["Consultation (1 h)", "Rédaction d'acte simple", "Postulation", "Plaidoirie", "Frais de déplacement"], "Montants HT, TVA 20 % en sus. Barème {yr}."),
    "es": ("Criterios orientativos de honorarios", ["Consulta", "Demanda juicio verbal", "Recurso de apelación", "Asistencia a vista", "Burofax"], "IVA no incluido. Actualizado en {yr}."),
    "it": ("Parametri forensi (D.M. 55/2014)", ["Fase di studio", "Fase introduttiva", "Fase istruttoria", "Fase decisionale", "Spese generali 15%"], "Importi al netto di CPA e IVA. Aggiornamento {yr}."),
    "nl": ("Tarievenoverzicht", ["Intakegesprek", "Uurtarief advocaat", "Uurtarief stagiaire", "Griffierecht (indicatie)", "Kantoorkosten 6%"], "Bedragen exclusief btw. Geldig vanaf {yr}."),
    "pl": ("Tabela opłat", ["Porada prawna", "Sporządzenie pozwu", "Udział w rozprawie", "Apelacja", "Opłata skarbowa od pełnomocnictwa"], "Ceny netto, VAT 23%. Obowiązuje od {yr}."),
    "sv": ("Arvodesöversikt", ["Inledande rådgivning", "Timarvode delägare", "Timarvode biträdande jurist", "Ansökningsavgift", "Utlägg"], "Exkl. moms. Gäller från {yr}."),
    "fi": ("Palkkioluettelo", ["Alkuneuvottelu", "Tuntiveloitus, osakas", "Tuntiveloitus, lakimies", "Oikeudenkäyntimaksu", "Kulut"], "Hinnat ilman arvonlisäveroa. Voimassa {yr} alkaen."),
}


@kind("xx0")
def g_xx_fee_table_empty(b, r):
    lang = r.choice(list(FEES))
    t, rows, foot = FEES[lang]
    cur = {"pl": "zł", "sv": "kr"}.get(lang, "€")
    b.t(t, "\n", "=" * len(t), "\n")
    for row in rows:
        b.t(f"{row:<44}{amount(r, 20, 3000, cur):>16}\n")
    b.t("\n", foot.format(yr=r.randint(2019, 2025)), f" Ref. {fill(r, 'TAB-###')}\n")
    return lang


# ================================================================ driver
POOLS = {p: [(k, fn) for k, pp, fn in REG if pp == p] for p in ("en", "en0", "xx", "xx0")}
P_NON_EN, P_EMPTY = 0.26, 0.12


def _make(seed, i):
    """Document i is a pure function of (seed, i)."""
    r0 = random.Random(f"{seed}-{i}")
    nonen, empty = r0.random() < P_NON_EN, r0.random() < P_EMPTY
    pool = POOLS[("xx" if nonen else "en") + ("0" if empty else "")]
    kname, fn = pool[r0.randrange(len(pool))]
    for attempt in range(60):
        r = random.Random(f"{seed}-{i}-{kname}-{attempt}")
        b = Builder()
        lang = fn(b, r) or "en"
        text = b.text()
        if MIN_LEN <= len(text) <= MAX_LEN and (not b.ents) == empty:
            return {"id": f"blind48-{seed}-{i:06d}", "text": text, "entities": b.ents}, kname, lang
    raise RuntimeError(f"could not generate doc {i} ({kname})")


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[0]


# ---------------------------------------------------------------- validation
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "ES": 24, "IT": 27, "PT": 25, "NL": 18, "PL": 28, "SE": 24,
            "DK": 18, "NO": 15, "FI": 18, "CZ": 24, "TR": 26, "IE": 22, "GB": 22, "LU": 20, "BR": 29}
TITLE_WORDS = {"Mr.", "Ms.", "Mrs.", "Dr.", "Herr", "Frau", "Mme", "Me", "Maître", "Sr.", "Sra.", "Dña.", "Sig.", "Dott.",
               "Avv.", "mr.", "dhr.", "mevr.", "Pan", "Pani", "JUDr.", "Av.", "Prof.", "Monsieur", "Madame"}


def _is_ip(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def _ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def _jwt_ok(s):
    parts = s.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", x) for x in parts):
        return False
    try:
        return "alg" in json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except ValueError:
        return False


def _url_ok(s):
    u = urlsplit(s)
    host = u.hostname or ""
    return (u.scheme in ("http", "https") and "." in host and "@" not in u.netloc and not _is_ip(host)
            and not re.search(r"\s", s) and s[-1] not in ".,;:)!?'\"")


def _iban_ok(s):
    c = s.replace(" ", "")
    return iban_valid(s) and IBAN_LEN.get(c[:2]) == len(c) and "  " not in s and (" " not in s or s == " ".join(c[i:i + 4] for i in range(0, len(c), 4)))


VALID = {
    PER: lambda s: not re.search(r"[\d@/]", s) and s.split()[0] not in TITLE_WORDS and not s.endswith("'s"),
    EM: lambda s: bool(EMAIL_RE.fullmatch(s)),
    PH: lambda s: bool(re.fullmatch(r"[+(\d][\d ()./-]*\d", s)) and len(re.sub(r"\D", "", s)) >= 7,
    SSN: _ssn_ok,
    CC: lambda s: bool(re.fullmatch(r"\d[\d -]+\d", s)) and 13 <= len(re.sub(r"\D", "", s)) <= 19 and luhn_ok(re.sub(r"\D", "", s)),
    IBAN: _iban_ok,
    IP: _is_ip,
    DOB: lambda s: bool(re.search(r"\d", s)),
    DT: lambda s: bool(re.search(r"\d", s)),
    LOC: lambda s: not re.search(r"\d", s),
    ADR: lambda s: bool(re.search(r"\d", s)),
    URL: _url_ok,
    MRN: lambda s: bool(re.search(r"\d{5}", s)) and " " not in s,
    HPN: lambda s: bool(re.search(r"\d{5}", s)) and " " not in s,
    ACC: lambda s: len(re.sub(r"\D", "", s)) >= 6 and " " not in s,
    DL: lambda s: len(re.sub(r"\D", "", s)) >= 5,
    AKI: lambda s: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", s)),
    ASK: lambda s: bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", s)),
    GHT: lambda s: bool(re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", s)),
    SLT: lambda s: bool(re.fullmatch(r"xox[abpr]-\d+-\d+-[A-Za-z0-9]+", s)),
    STK: lambda s: bool(re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", s)),
    JWT: _jwt_ok,
    PEM: lambda s: bool(re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", s)),
    PWD: lambda s: len(s) >= 6 and not re.search(r"\s", s),
    GEN: lambda s: len(s) >= 16 and not re.search(r"\s", s),
}
SECRET_TYPES = {AKI, ASK, GHT, SLT, STK, JWT, PEM, PWD, GEN}


def validate(doc):
    text, probs, prev = doc["text"], [], 0
    if not MIN_LEN <= len(text) <= MAX_LEN:
        probs.append(f"length {len(text)}")
    for e in doc["entities"]:
        s, t, typ = e["start"], e["end"], e["type"]
        span = text[s:t]
        if typ not in TYPES:
            probs.append(f"unknown type {typ}")
        if not 0 <= s < t <= len(text):
            probs.append(f"out of range {e}")
            continue
        if s < prev:
            probs.append(f"overlap/unsorted at {s}")
        prev = t
        if span != span.strip():
            probs.append(f"whitespace {typ} {span!r}")
        lead_bad = span[:1] in "\"'[<{" or (span[:1] == "(" and ")" not in span)
        trail_bad = span[-1:] in ".,;:!?\"']>" or (span[-1:] == ")" and "(" not in span)
        if lead_bad or (typ not in SECRET_TYPES and trail_bad):
            probs.append(f"punctuation {typ} {span!r}")
        if "\n" in span and typ not in (ADR, PEM):
            probs.append(f"newline in {typ} {span!r}")
        if not VALID[typ](span):
            probs.append(f"shape {typ} {span!r}")
    return probs


def check(n=3000, seed=0):
    tc, kc, lc, bad = Counter(), Counter(), Counter(), 0
    empty = 0
    for i in range(n):
        doc, k, lang = _make(seed, i)
        kc[k] += 1
        lc[lang] += 1
        empty += not doc["entities"]
        for e in doc["entities"]:
            tc[e["type"]] += 1
        probs = validate(doc)
        if i < 200 and _make(seed, i)[0] != doc:
            probs.append("non-deterministic")
        if probs:
            bad += 1
            if bad <= 25:
                print(f"[{doc['id']} {k}] " + "; ".join(probs[:4]))
    print(f"\n{n} docs, {len(REG)} kinds registered, {sum(tc.values())} entities")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:<22}{tc[t]:>7}")
    print("\nper-kind counts:")
    for k, _, _ in REG:
        print(f"  {k:<32}{kc[k]:>6}")
    non_en = n - lc["en"]
    print(f"\nlanguages: {dict(sorted(lc.items(), key=lambda x: -x[1]))}")
    print(f"non-English: {non_en / n:.1%}   no-entity docs: {empty / n:.1%}")
    missing = [t for t in TYPES if not tc[t]] + [k for k, _, _ in REG if not kc[k]]
    if missing:
        print("never produced:", missing)
    if bad or missing:
        print(f"\nFAILED: {bad} documents with problems")
        return 1
    print("\nOK")
    return 0


def sample(k, seed=0):
    for i in range(k):
        doc, kname, lang = _make(seed, i)
        text, out, pos = doc["text"], [], 0
        for e in doc["entities"]:
            out.append(text[pos:e["start"]])
            out.append(f"[[{text[e['start']:e['end']]}]]<{e['type']}>")
            pos = e["end"]
        out.append(text[pos:])
        print(f"===== {doc['id']}  kind={kname}  lang={lang}  entities={len(doc['entities'])}  chars={len(text)}")
        print("".join(out))
        print()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate every span")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K documents")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return check(3000, a.seed)
    if a.sample:
        sample(a.sample, a.seed)
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
