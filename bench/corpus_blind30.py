#!/usr/bin/env python3.11
"""Blind synthetic corpus #30 -- healthcare operations beyond clinical notes.

Pharmacy benefit claims, lab information system exports, dental charts,
prior-authorization faxes, nursing-home assessments, home-health visit logs,
veterinary records (pet names are hard negatives), telepharmacy chats, medical
billing disputes and clinical-trial screening logs, in English and seven other
languages, plus entity-free documents full of hard negatives.

API:  generate(n, seed=0) -> iterator of
      {"id": str, "text": str, "entities": [{"start", "end", "type"}]}
Document i is a pure function of (seed, i).  Every text is assembled piece by
piece and entity offsets are recorded while appending.

CLI:  --check | --sample K | --n N --seed S --output F.jsonl
Standard library only (Python 3.11).
"""
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
TYPESET = frozenset(TYPES)
MIN_LEN, MAX_LEN = 200, 2500


# --------------------------------------------------------------------------
# document builder
# --------------------------------------------------------------------------
class Doc:
    """Appends text piece by piece and records entity offsets as it goes."""

    def __init__(self):
        self.parts = []
        self.ents = []
        self.n = 0
        self.noise = None  # optional function applied to plain (non-entity) text

    def t(self, s):
        if s:
            if self.noise is not None:
                s = self.noise(s)
            self.parts.append(s)
            self.n += len(s)
        return self

    def e(self, s, typ):
        if typ not in TYPESET:
            raise ValueError("unknown type %r" % typ)
        if not s or s != s.strip():
            raise ValueError("bad entity value %r" % s)
        self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.parts.append(s)
        self.n += len(s)
        return self

    def w(self, tpl, *args):
        """Template with '§' slots; args are plain strings or (value, TYPE)."""
        pieces = tpl.split("§")
        if len(pieces) - 1 != len(args):
            raise ValueError("slot/arg mismatch in %r" % tpl[:60])
        for i, p in enumerate(pieces):
            self.t(p)
            if i < len(args):
                a = args[i]
                if isinstance(a, tuple):
                    if a[1] is None:
                        self.t(a[0])
                    else:
                        self.e(a[0], a[1])
                else:
                    self.t(str(a))
        return self

    def text(self):
        return "".join(self.parts)


def _mk(typ):
    return lambda v: (v, typ)


PER = _mk("PERSON")
EM = _mk("EMAIL_ADDRESS")
PH = _mk("PHONE_NUMBER")
SSN = _mk("US_SSN")
CC = _mk("CREDIT_CARD")
IBAN = _mk("IBAN_CODE")
IP = _mk("IP_ADDRESS")
DOB = _mk("DATE_OF_BIRTH")
DT = _mk("DATE_TIME")
LOC = _mk("LOCATION")
ADR = _mk("ADDRESS")
URL = _mk("URL")
MRN = _mk("MEDICAL_RECORD_NUMBER")
HPN = _mk("HEALTH_PLAN_NUMBER")
ACC = _mk("ACCOUNT_NUMBER")
DL = _mk("DRIVER_LICENSE")
AKID = _mk("AWS_ACCESS_KEY")
ASK = _mk("AWS_SECRET_KEY")
GHT = _mk("GITHUB_TOKEN")
SLK = _mk("SLACK_TOKEN")
STK = _mk("STRIPE_KEY")
JWT = _mk("JWT")
PEM = _mk("PRIVATE_KEY")
PWD = _mk("PASSWORD")
SEC = _mk("GENERIC_SECRET")


# --------------------------------------------------------------------------
# name pools: culture -> (male given, female given, surnames)
# --------------------------------------------------------------------------
NAMES = {
    "en": ("James Robert Michael David William Thomas Daniel Matthew Anthony Kevin Brian Gary Eric Tyler Aaron".split(),
           "Mary Patricia Linda Jennifer Barbara Susan Karen Nancy Betty Ashley Megan Heather Brittany Kimberly Dorothy".split(),
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Martin Thompson White Harris Clark Lewis Walker Young Whitfield Holloway".split()),
    "es": ("José Juan Luis Javier Alejandro Miguel Francisco Diego Carlos Andrés Jorge Raúl".split(),
           "María Carmen Ana Lucía Sofía Guadalupe Rosa Valentina Isabel Pilar Marisol Ximena".split(),
           "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Morales Ortiz Castillo Romero Vargas Navarro Ibáñez".split()),
    "de": ("Lukas Jürgen Klaus Stefan Felix Wolfgang Maximilian Dieter Uwe Tobias Henrik Günter".split(),
           "Anna Sabine Ursula Monika Leonie Heike Johanna Katrin Gisela Birgit Hannelore Mia".split(),
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Zimmermann Krüger Hartmann Voß Böhm".split()),
    "fr": ("Jean Pierre Nicolas Luc Antoine Mathieu Benoît François Thierry Julien Yannick Hervé".split(),
           "Marie Camille Isabelle Chloé Élodie Sylvie Amélie Océane Brigitte Nathalie Margaux Solène".split(),
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Fournier Girard Bonnet Rousseau Mercier Chevalier".split()),
    "it": ("Giuseppe Giovanni Antonio Marco Alessandro Luca Salvatore Matteo Vincenzo Davide Enzo Pietro".split(),
           "Maria Francesca Anna Chiara Giulia Paola Rosaria Elena Lucia Federica Giovanna Silvia".split(),
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti".split(" ")),
    "pt": ("João António Francisco Pedro Tiago Rafael Gabriel Thiago Rodrigo Paulo Luís Bruno".split(),
           "Maria Ana Beatriz Mariana Inês Larissa Juliana Fernanda Conceição Rita Camila Leonor".split(),
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Carvalho Barbosa Nascimento".split()),
    "nl": ("Jan Pieter Daan Bram Sem Joost Willem Ruud Thijs Gert Kees Lars".split(),
           "Sanne Femke Lotte Anouk Eva Marloes Ingrid Fleur Annelies Wilma Noor Maaike".split(),
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"]),
    "pl": ("Piotr Krzysztof Tomasz Paweł Michał Marcin Jakub Łukasz Andrzej Grzegorz Wojciech Stanisław".split(),
           "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Zofia Joanna Dorota Halina Magdalena".split(),
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Mazur Krawczyk Zając Król Wieczorek".split()),
    "tr": ("Mehmet Mustafa Ahmet Ali Hüseyin Emre Burak Murat".split(),
           "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem".split(),
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan".split()),
    "ar": ("Mohammed Ahmed Omar Youssef Khalid Hassan Karim Tariq Samir".split(),
           "Fatima Aisha Layla Mariam Nour Salma Yasmin Rania Huda".split(),
           "Al-Sayed Haddad Khoury Mansour Nasser Rahman Saleh Farouk Hamdan Aziz El-Amin Qureshi Benali Bakr".split()),
    "in": ("Rahul Arjun Vikram Rohan Sanjay Aditya Rajesh Anil Suresh".split(),
           "Priya Ananya Sunita Deepika Kavya Lakshmi Meera Pooja Divya".split(),
           "Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Desai Mehta Chatterjee Rao Joshi Banerjee Pillai".split()),
    "zh": ("Wei Jun Hao Jian Tao Bo Ming Lei".split(),
           "Li Na Mei Xiu Ying Lan Yan Fang Hui Jing".split(),
           "Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin".split()),
    "ja": ("Hiroshi Takeshi Kenji Satoshi Daisuke Ryo Kenta Yuto".split(),
           "Yuki Aiko Haruka Emi Naomi Sakura Mei Yui".split(),
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada".split()),
    "ko": ("Min-jun Ji-ho Hyun-woo Sung-min Dong-hyun Jae-won".split(),
           "Seo-yeon Ha-eun Ji-woo Eun-ji Soo-ah Min-seo".split(),
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim".split()),
    "vi": ("Minh Tuan Duc Quang Hieu Bao Long Khanh".split(),
           "Linh Thao Huong Mai Lan Phuong Ngoc Trang".split(),
           "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho".split()),
    "yo": ("Chinedu Oluwaseun Emeka Tunde Babajide Ikenna Segun Obinna".split(),
           "Ngozi Adaeze Funmilayo Chiamaka Yetunde Amaka Folake Ifeoma".split(),
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Chukwu Olawale Obi Afolabi".split()),
    "ru": ("Dmitri Sergei Alexei Vladimir Nikolai Andrei Igor Pavel".split(),
           "Olga Natalia Irina Svetlana Tatiana Elena Anastasia Yulia".split(),
           "Ivanov Smirnov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Fedorov".split()),
    "tl": ("Jose Ramon Rodel Arnel Jericho Renato Danilo".split(),
           "Maricel Cristina Jocelyn Rowena Liza Analyn Marites".split(),
           ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Mendoza", "Villanueva", "Dela Cruz", "Aquino", "Macaraeg"]),
    "gr": ("Georgios Dimitrios Konstantinos Nikolaos Ioannis Panagiotis".split(),
           "Eleni Maria Sofia Katerina Vasiliki Despina".split(),
           "Papadopoulos Nikolaidis Pappas Vlachos Karagiannis Georgiou Oikonomou".split()),
    "et": ("Abebe Dawit Yohannes Tesfaye Bereket".split(),
           "Tigist Meron Selam Hiwot Mahlet".split(),
           "Bekele Haile Girma Alemu Mekonnen Tadesse Wolde".split()),
    "ie": ("Ciaran Padraig Eoin Declan Cormac".split(),
           "Siobhan Aoife Niamh Saoirse Orla".split(),
           ["O'Brien", "Murphy", "O'Connor", "Kelly", "Byrne", "Gallagher", "McCarthy", "Doyle"]),
}
US_CULTS = ([("en", 30), ("es", 14), ("in", 5), ("zh", 5), ("vi", 4), ("ko", 3), ("tl", 4), ("yo", 4),
             ("ar", 4), ("ie", 3), ("it", 3), ("de", 3), ("pl", 3), ("ru", 3), ("ja", 2), ("gr", 2),
             ("et", 2), ("fr", 2), ("pt", 2), ("tr", 1)])
LOCALE_CULTS = {
    "de": ["de"] * 7 + ["tr", "pl", "ru", "it", "gr"],
    "fr": ["fr"] * 7 + ["ar", "yo", "vi", "pt", "it"],
    "es": ["es"] * 9 + ["ar", "it"],
    "mx": ["es"] * 10,
    "it": ["it"] * 9 + ["ar", "es"],
    "pt": ["pt"] * 9 + ["es"],
    "br": ["pt"] * 7 + ["it", "ja", "es", "ar"],
    "nl": ["nl"] * 7 + ["tr", "ar", "in", "de"],
    "pl": ["pl"] * 10 + ["ru"],
    "uk": ["en"] * 5 + ["in", "ie", "pl", "yo", "zh"],
    "ca": ["en"] * 4 + ["fr", "fr", "zh", "in", "it", "tl"],
}

PET_NAMES = ["Biscuit", "Luna", "Max", "Bella", "Charlie", "Cooper", "Daisy", "Milo", "Rocky", "Pepper",
             "Nala", "Simba", "Zeus", "Coco", "Oreo", "Mochi", "Ziggy", "Pumpkin", "Bailey", "Lola", "Toby",
             "Duke", "Sadie", "Winston", "Gizmo", "Pickles", "Tofu", "Waffles", "Sir Reginald", "Mr. Whiskers",
             "Otto", "Frida", "Bruno", "Rex", "Felix", "Murphy", "Kelly", "Georgie", "Princess Leia", "Baxter",
             "Sophie", "Jasper", "Hazel", "Marley", "Ollie"]
PET_NAMES_FR = ["Biscotte", "Filou", "Caramel", "Noisette", "Pompon", "Titi", "Minette", "Oscar", "Gribouille", "Réglisse"]
PET_NAMES_DE = ["Bello", "Struppi", "Mieze", "Hasso", "Lumpi", "Flocke", "Rudi", "Paula", "Emma", "Kalle"]

_ASCII = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "đ": "d",
                        "ı": "i", "İ": "I", "œ": "oe", "'": "", " ": ""})


def asciify(s):
    s = s.translate(_ASCII)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Person:
    def __init__(self, first, last, sex, mid=""):
        self.first, self.last, self.sex, self.mid = first, last, sex, mid

    def full(self):
        return "%s %s. %s" % (self.first, self.mid, self.last) if self.mid else "%s %s" % (self.first, self.last)

    def plain(self):
        return "%s %s" % (self.first, self.last)

    def lf(self, mid=True):
        if self.mid and mid:
            return "%s, %s %s" % (self.last, self.first, self.mid)
        return "%s, %s" % (self.last, self.first)

    def hl7(self):
        s = "%s^%s" % (self.last.upper(), self.first.upper())
        return s + "^" + self.mid if self.mid else s

    def upper(self):
        return self.plain().upper()

    def sf(self):  # surname first without comma (Italian / Japanese style)
        return "%s %s" % (self.last, self.first)


# --------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------
US_CITIES = [("Columbus", "OH", "432"), ("Sacramento", "CA", "958"), ("Austin", "TX", "787"), ("Tucson", "AZ", "857"),
             ("Albany", "NY", "122"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Boise", "ID", "837"),
             ("Omaha", "NE", "681"), ("Richmond", "VA", "232"), ("Spokane", "WA", "992"), ("Tulsa", "OK", "741"),
             ("Des Moines", "IA", "503"), ("Fresno", "CA", "937"), ("Worcester", "MA", "016"), ("Newark", "NJ", "071"),
             ("Dayton", "OH", "454"), ("Louisville", "KY", "402"), ("Savannah", "GA", "314"), ("Baton Rouge", "LA", "708"),
             ("Albuquerque", "NM", "871"), ("Provo", "UT", "846"), ("Eugene", "OR", "974"), ("Lansing", "MI", "489"),
             ("Chattanooga", "TN", "374"), ("Hartford", "CT", "061"), ("Pittsburgh", "PA", "152"), ("Minneapolis", "MN", "554"),
             ("Aurora", "CO", "800"), ("Orlando", "FL", "328"), ("Miami", "FL", "331"), ("Houston", "TX", "770"),
             ("Chicago", "IL", "606"), ("Brooklyn", "NY", "112"), ("Fargo", "ND", "581"), ("Anchorage", "AK", "995"),
             ("Honolulu", "HI", "968"), ("El Paso", "TX", "799"), ("St. Paul", "MN", "551"), ("Las Cruces", "NM", "880")]
US_STATE_NAMES = {"OH": "Ohio", "CA": "California", "TX": "Texas", "AZ": "Arizona", "NY": "New York", "NC": "North Carolina",
                  "WI": "Wisconsin", "ID": "Idaho", "NE": "Nebraska", "VA": "Virginia", "WA": "Washington", "OK": "Oklahoma",
                  "IA": "Iowa", "MA": "Massachusetts", "NJ": "New Jersey", "KY": "Kentucky", "GA": "Georgia", "LA": "Louisiana",
                  "NM": "New Mexico", "UT": "Utah", "OR": "Oregon", "MI": "Michigan", "TN": "Tennessee", "CT": "Connecticut",
                  "PA": "Pennsylvania", "MN": "Minnesota", "CO": "Colorado", "FL": "Florida", "IL": "Illinois",
                  "ND": "North Dakota", "AK": "Alaska", "HI": "Hawaii"}
US_STREETS = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Park", "Lakeview", "Hillcrest", "Sunset", "Jefferson",
              "Franklin", "Magnolia", "Willow", "Riverside", "Highland", "Chestnut", "Pine", "Dogwood", "Cherry", "2nd",
              "3rd", "Main", "Church", "Mill", "Spring", "Juniper", "Sycamore", "Prairie View", "Cottonwood", "Harbor",
              "Orchard", "Meadowbrook", "Bluebonnet", "Kingsley", "Alvarado", "Saguaro", "Peachtree"]
US_SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir", "Street", "Avenue", "Road", "Drive"]
US_AREA = ["212", "312", "415", "614", "503", "602", "704", "713", "206", "305", "404", "617", "720", "801", "907", "808",
           "919", "414", "208", "402", "804", "509", "918", "515", "559", "508", "973", "937", "502", "912", "225", "505",
           "385", "541", "517", "423", "860", "412", "612", "303", "407", "786", "832", "773", "718", "347", "701", "915"]
CA_CITIES = [("Toronto", "ON", "M5V 2T6", "416"), ("Montréal", "QC", "H2X 1Y4", "514"), ("Vancouver", "BC", "V6B 1A1", "604"),
             ("Calgary", "AB", "T2P 1J9", "403"), ("Ottawa", "ON", "K1P 5G4", "613"), ("Winnipeg", "MB", "R3C 0A5", "204")]
UK_CITIES = [("London", "NW1 6XE", "020"), ("Manchester", "M1 1AE", "0161"), ("Leeds", "LS1 4AP", "0113"),
             ("Bristol", "BS1 5TR", "0117"), ("Glasgow", "G2 3JD", "0141"), ("Cardiff", "CF10 1EP", "029")]
UK_STREETS = ["Baker Street", "Station Road", "High Street", "Church Lane", "Victoria Road", "Queen's Drive", "Mill Lane", "Park Avenue"]
DE_CITIES = [("Berlin", "10115", "30"), ("München", "80331", "89"), ("Hamburg", "20095", "40"), ("Köln", "50667", "221"),
             ("Frankfurt am Main", "60311", "69"), ("Leipzig", "04109", "341"), ("Dresden", "01067", "351"),
             ("Stuttgart", "70173", "711"), ("Düsseldorf", "40213", "211"), ("Nürnberg", "90402", "911"),
             ("Hannover", "30159", "511"), ("Bremen", "28195", "421"), ("Freiburg im Breisgau", "79098", "761"),
             ("Münster", "48143", "251")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerstraße", "Lindenallee", "Gartenweg", "Am Markt",
              "Kirchplatz", "Rosenweg", "Friedrichstraße", "Bergstraße", "Sonnenstraße", "Mozartweg", "Eichendorffstraße"]
FR_CITIES = [("Paris", "75011", "1"), ("Lyon", "69003", "4"), ("Marseille", "13008", "4"), ("Toulouse", "31000", "5"),
             ("Nantes", "44000", "2"), ("Lille", "59000", "3"), ("Bordeaux", "33000", "5"), ("Strasbourg", "67000", "3"),
             ("Montpellier", "34000", "4"), ("Rennes", "35000", "2")]
FR_STREETS = ["rue Victor Hugo", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "rue des Lilas",
              "place Bellecour", "rue Nationale", "allée des Tilleuls", "chemin des Vignes", "rue du Faubourg Saint-Antoine"]
ES_CITIES = [("Madrid", "280", "91"), ("Barcelona", "080", "93"), ("Valencia", "460", "96"), ("Sevilla", "410", "95"),
             ("Zaragoza", "500", "976"), ("Málaga", "290", "95"), ("Bilbao", "480", "94"), ("Granada", "180", "958")]
ES_STREETS = ["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real", "Paseo de Gracia",
              "Calle San Vicente", "Gran Vía", "Calle del Carmen", "Ronda de Segovia", "Calle de la Paz"]
MX_CITIES = [("Ciudad de México", "CDMX", "55"), ("Guadalajara", "Jalisco", "33"), ("Monterrey", "Nuevo León", "81"), ("Puebla", "Puebla", "222")]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calle Hidalgo", "Av. Revolución", "Calle 5 de Mayo"]
MX_COLS = ["Col. Roma Norte", "Col. Del Valle", "Col. Centro", "Col. Americana", "Col. Obispado", "Col. Narvarte"]
IT_CITIES = [("Milano", "201", "MI", "02"), ("Roma", "001", "RM", "06"), ("Napoli", "801", "NA", "081"),
             ("Torino", "101", "TO", "011"), ("Bologna", "401", "BO", "051"), ("Firenze", "501", "FI", "055"),
             ("Palermo", "901", "PA", "091"), ("Genova", "161", "GE", "010"), ("Verona", "371", "VR", "045"), ("Bari", "701", "BA", "080")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante", "Piazza del Popolo", "Via Mazzini",
              "Viale Europa", "Via Cavour", "Via XX Settembre", "Via dei Mille"]
PT_CITIES = [("Lisboa", "1", "21"), ("Porto", "4", "22"), ("Coimbra", "3", "239"), ("Braga", "4", "253"), ("Faro", "8", "289")]
PT_STREETS = ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo", "Travessa da Rosa", "Largo do Rato", "Rua da Boavista"]
BR_CITIES = [("São Paulo", "SP", "01", "11"), ("Rio de Janeiro", "RJ", "22", "21"), ("Belo Horizonte", "MG", "30", "31"),
             ("Curitiba", "PR", "80", "41"), ("Recife", "PE", "50", "81"), ("Porto Alegre", "RS", "90", "51"),
             ("Salvador", "BA", "40", "71"), ("Fortaleza", "CE", "60", "85")]
BR_STREETS = ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua XV de Novembro", "Avenida Brasil", "Rua Bela Cintra", "Rua Sete de Setembro"]
BR_BAIRROS = ["Centro", "Moema", "Boa Viagem", "Savassi", "Batel", "Copacabana", "Pinheiros", "Meireles"]
NL_CITIES = [("Amsterdam", "10", "20"), ("Rotterdam", "30", "10"), ("Utrecht", "35", "30"), ("Den Haag", "25", "70"),
             ("Eindhoven", "56", "40"), ("Groningen", "97", "50"), ("Haarlem", "20", "23"), ("Leiden", "23", "71"), ("Nijmegen", "65", "24")]
NL_STREETS = ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsweg", "Hoofdstraat", "Prinsengracht", "Julianalaan", "Beatrixstraat"]
PL_CITIES = [("Warszawa", "00", "22"), ("Kraków", "30", "12"), ("Gdańsk", "80", "58"), ("Wrocław", "50", "71"),
             ("Poznań", "60", "61"), ("Łódź", "90", "42"), ("Lublin", "20", "81"), ("Katowice", "40", "32")]
PL_STREETS = ["ul. Marszałkowska", "ul. Długa", "ul. Floriańska", "ul. Piotrkowska", "ul. Mickiewicza", "al. Jerozolimskie",
              "ul. Kościuszki", "ul. Słowackiego"]

# --------------------------------------------------------------------------
# domain vocab (hard negatives)
# --------------------------------------------------------------------------
PBM_NAMES = ["Summit Rx Benefits", "ClearPath PBM", "Meridian Pharmacy Solutions", "NorthStar Script Services", "Keystone Rx Administrators"]
PLANS = ["Blue Horizon Health Plan", "Evergreen Medicare Advantage", "Cascade Community Health", "Sunrise Medicaid Managed Care",
         "Pinnacle PPO", "Harmony Dental Network", "TriCounty Health Alliance"]
PHARMACY_BRANDS = ["Walgreens #04412", "CVS Pharmacy #08831", "Rite Aid #3317", "Kroger Pharmacy #621", "Hy-Vee Pharmacy #1489",
                   "Bartell Drugs #27", "Duane Reade #14102", "Harris Teeter Pharmacy #88", "Fred Meyer Pharmacy #654",
                   "Publix Pharmacy #1102", "Meijer Pharmacy #219", "Giant Eagle Pharmacy #4410", "H-E-B Pharmacy #590"]
MAKERS = ["Eli Lilly and Company", "Johnson & Johnson", "Dr. Reddy's Laboratories", "Bristol-Myers Squibb", "Abbott", "Baxter",
          "Boehringer Ingelheim", "Fresenius Kabi", "Smith+Nephew", "Henry Schein", "Patterson Dental", "Bausch + Lomb",
          "Becton Dickinson", "Beckman Coulter", "Hill's Pet Nutrition", "Zoetis", "Elanco", "Owens & Minor", "McKesson",
          "Charles River Labs", "Thermo Fisher"]
DRUGS = ["Ozempic 1 mg/dose pen", "Humira 40 mg/0.4 mL pen", "Eliquis 5 mg tablet", "Jardiance 10 mg tablet",
         "Trulicity 1.5 mg/0.5 mL", "atorvastatin 40 mg tablet", "lisinopril 10 mg tablet", "metformin ER 500 mg",
         "Xarelto 20 mg tablet", "Dupixent 300 mg/2 mL", "Enbrel 50 mg SureClick", "levothyroxine 75 mcg",
         "Mounjaro 5 mg/0.5 mL", "Entresto 49-51 mg", "oxycodone-acetaminophen 5-325 mg", "buprenorphine-naloxone 8-2 mg film",
         "sertraline 50 mg tablet", "Biktarvy 50-200-25 mg", "Stelara 90 mg/mL", "insulin glargine U-100 pen"]
LOINC = [("2345-7", "Glucose", "mg/dL", "70-99", (60, 260)), ("2160-0", "Creatinine", "mg/dL", "0.6-1.3", (0.5, 3.2)),
         ("718-7", "Hemoglobin", "g/dL", "12.0-16.0", (8.0, 17.5)), ("6690-2", "WBC", "10*3/uL", "4.0-11.0", (2.5, 19.0)),
         ("777-3", "Platelets", "10*3/uL", "150-400", (40, 520)), ("2951-2", "Sodium", "mmol/L", "135-145", (124, 151)),
         ("2823-3", "Potassium", "mmol/L", "3.5-5.1", (2.8, 6.6)), ("4548-4", "Hemoglobin A1c", "%", "4.0-5.6", (4.8, 12.5)),
         ("1742-6", "ALT", "U/L", "7-56", (8, 220)), ("3016-3", "TSH", "mIU/L", "0.4-4.0", (0.05, 12.0)),
         ("2093-3", "Cholesterol", "mg/dL", "<200", (120, 310)), ("33914-3", "eGFR", "mL/min/1.73m2", ">60", (14, 110)),
         ("6301-6", "INR", "", "0.8-1.2", (0.9, 4.8)), ("10839-9", "Troponin I", "ng/mL", "<0.04", (0.01, 2.5))]
ICD10 = ["E11.9", "I10", "E78.5", "J44.1", "N18.3", "M17.11", "F03.90", "I50.9", "L40.0", "K05.30", "Z79.4", "G30.9",
         "C50.911", "M06.9", "E03.9", "I48.91", "L20.9", "E66.01"]
CPT = ["80053", "85025", "83036", "84443", "99213", "97110", "36415", "80061", "99490", "G0299"]
CDT = [("D0120", "Periodic oral evaluation"), ("D0274", "Bitewings - four radiographic images"), ("D1110", "Prophylaxis - adult"),
       ("D2391", "Resin-based composite - one surface, posterior"), ("D2740", "Crown - porcelain/ceramic"),
       ("D4341", "Periodontal scaling and root planing - four or more teeth per quadrant"), ("D4910", "Periodontal maintenance"),
       ("D7140", "Extraction, erupted tooth"), ("D2950", "Core buildup, including any pins"), ("D3330", "Endodontic therapy, molar"),
       ("D0330", "Panoramic radiographic image"), ("D1206", "Topical application of fluoride varnish")]
VET_DRUGS = ["Apoquel 16 mg", "Bravecto 500 mg chew", "Simparica Trio", "NexGard Plus", "Rimadyl 75 mg", "Cerenia 24 mg",
             "Clavamox 250 mg", "Gabapentin 100 mg", "Methimazole 2.5 mg", "Cytopoint 20 mg", "Vetmedin 5 mg", "Metacam 1.5 mg/mL"]
BREEDS = ["Labrador Retriever", "Domestic Shorthair", "French Bulldog", "Golden Retriever", "Maine Coon", "Dachshund",
          "German Shepherd", "Siamese", "Beagle", "Border Collie", "Holland Lop rabbit", "Cockatiel", "Bernese Mountain Dog"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "aol.com", "hotmail.com", "comcast.net"]
EMAIL_DOMAINS_LOC = {"de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
                     "es": ["telefonica.net", "gmail.com", "hotmail.es"], "mx": ["prodigy.net.mx", "gmail.com", "hotmail.com"],
                     "it": ["libero.it", "virgilio.it", "tiscali.it"], "pt": ["sapo.pt", "gmail.com"], "br": ["uol.com.br", "bol.com.br", "gmail.com"],
                     "nl": ["ziggo.nl", "kpnmail.nl", "planet.nl"], "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"]}
BICS = ["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "SOGEFRPP", "CAIXESBBXXX", "BSCHESMM", "UNCRITMM", "BCITITMM", "CGDIPTPL",
        "INGBNL2A", "RABONL2U", "PKOPPLPW", "BPKOPLPW", "GENODEF1S12", "BYLADEM1001"]


# --------------------------------------------------------------------------
# value generator
# --------------------------------------------------------------------------
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}
WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
}
LANG_OF = {"mx": "es", "br": "pt", "uk": "en", "ca": "en", "us": "en"}
B64 = string.ascii_letters + string.digits + "+/"
ALNUM = string.ascii_letters + string.digits
UPDIG = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return str((10 - s % 10) % 10)


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


class G:
    def __init__(self, r, loc="us"):
        self.r = r
        self.loc = loc
        self.lang = LANG_OF.get(loc, loc)
        # documents cluster their dates around one anchor so that they read coherently
        self.anchor = date(2022, 3, 1) + timedelta(days=r.randrange(1320))
        self.area = None  # dialling area of the last generated non-US address

    # -- primitives
    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, lead=True):
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if lead and n > 1 and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def chars(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.chars(n, HEX)

    def maybe(self, p=0.5):
        return self.r.random() < p

    # -- people
    def person(self, cult=None, sex=None, mid=None):
        r = self.r
        if cult is None:
            if self.loc in LOCALE_CULTS:
                cult = r.choice(LOCALE_CULTS[self.loc])
            else:
                tot = sum(w for _, w in US_CULTS)
                x = r.uniform(0, tot)
                for c, w in US_CULTS:
                    x -= w
                    if x <= 0:
                        cult = c
                        break
                else:
                    cult = "en"
        male, female, surn = NAMES[cult]
        sex = sex or r.choice("MF")
        first = r.choice(male if sex == "M" else female)
        last = r.choice(surn)
        if sex == "F":
            if cult == "pl":
                for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                    if last.endswith(a):
                        last = last[: -len(a)] + b
            elif cult == "ru" and last[-2:] in ("ov", "ev", "in"):
                last += "a"
            elif cult == "gr":
                if last.endswith("os"):
                    last = last[:-2] + "ou"
                elif last.endswith("is"):
                    last = last[:-1]
                elif last.endswith("as"):
                    last = last[:-1]
        if cult == "es" and r.random() < 0.45:
            other = r.choice(surn)
            if other != last:
                last = last + " " + other
        if mid is None:
            mid = cult in ("en", "ie", "yo", "in", "tl") and self.loc in ("us", "uk", "ca") and r.random() < 0.3
        m = r.choice("ABCDEFGHJKLMNPRSTW") if mid else ""
        return Person(first, last, sex, m)

    def email(self, p=None, domain=None):
        r = self.r
        if domain is None:
            domain = r.choice(EMAIL_DOMAINS_LOC.get(self.loc, EMAIL_DOMAINS))
        if p is None:
            p = self.person()
        f, l = asciify(p.first).lower(), asciify(p.last).lower()
        style = r.randint(0, 5)
        local = [f + "." + l, f[0] + l, f + "_" + l + self.digits(2), l + "." + f, f + l[:1] + self.digits(3, False),
                 f + "." + l + str(r.randint(1960, 2005))][style]
        return local + "@" + domain

    def role_email(self, org_domain):
        return self.pick(["billing", "pa-requests", "intake", "records", "lab.support", "pharmacy", "claims", "frontdesk",
                          "care.team", "research"]) + "@" + org_domain

    # -- dates
    def rdate(self, y0=None, y1=None):
        if y0 is None:
            return self.anchor + timedelta(days=self.r.randint(-200, 200))
        start = date(y0, 1, 1)
        return start + timedelta(days=self.r.randrange((date(y1, 12, 31) - start).days))

    def dob(self, y0=1930, y1=2008):
        return self.rdate(y0, y1)

    def rtime(self, h0=7, h1=19):
        return self.r.randint(h0, h1), self.r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 43, 45, 50, 55, 58])

    def fd(self, d, style=None, lang=None):
        lang = lang or self.lang
        r = self.r
        if style is None:
            style = r.choice({"en": ["us", "us", "us0", "long", "long", "abbr", "iso", "wd", "dmy"],
                              }.get(lang, ["num", "num", "num", "long", "long", "iso", "wd"]))
        m, dd, y = d.month, d.day, d.year
        if style == "iso":
            return d.isoformat()
        if style == "compact":
            return "%04d%02d%02d" % (y, m, dd)
        if lang == "en":
            if style == "us":
                return "%02d/%02d/%04d" % (m, dd, y)
            if style in ("us0", "num"):
                return "%d/%d/%04d" % (m, dd, y)
            if style == "long":
                return "%s %d, %d" % (MON["en"][m - 1], dd, y)
            if style == "abbr":
                return r.choice(["%d %s %d", "%02d-%s-%d"]) % (dd, MON["en"][m - 1][:3], y)
            if style == "dmy":
                return "%02d/%02d/%04d" % (dd, m, y) if self.loc in ("uk", "ca") else "%s %d, %d" % (MON["en"][m - 1][:3], dd, y)
            if style == "wd":
                return "%s, %s %d, %d" % (WD["en"][d.weekday()], MON["en"][m - 1], dd, y)
        mon = MON[lang][m - 1]
        wd = WD[lang][d.weekday()]
        if style == "num":
            if lang in ("de", "pl"):
                return "%02d.%02d.%04d" % (dd, m, y)
            if lang == "nl":
                return "%02d-%02d-%04d" % (dd, m, y)
            return "%02d/%02d/%04d" % (dd, m, y)
        if style == "long":
            return {"de": "%d. %s %d", "es": "%d de %s de %d", "pt": "%d de %s de %d"}.get(lang, "%d %s %d") % (dd, mon, y)
        if style == "wd":
            return {"de": "%s, %d. %s %d", "es": "%s, %d de %s de %d", "pt": "%s, %d de %s de %d",
                    "pl": "%s, %d %s %d"}.get(lang, "%s %d %s %d") % (wd, dd, mon, y)
        return "%02d/%02d/%04d" % (dd, m, y)

    def ft(self, h, m, lang=None):
        lang = lang or self.lang
        if lang == "en" and self.loc != "uk":
            s = self.r.randint(0, 3)
            if s == 3:
                return "%02d:%02d" % (h, m)
            ap = "AM" if h < 12 else "PM"
            hh = h % 12 or 12
            return ["%d:%02d %s", "%02d:%02d %s", "%d:%02d %s"][s] % (hh, m, ap if s < 2 else ap.lower())
        if lang in ("fr", "pt") and self.maybe(0.5):
            return "%dh%02d" % (h, m)
        return "%02d:%02d" % (h, m)

    def fdt(self, d, h, m, style=None):
        lang = self.lang
        ds, ts = self.fd(d, style), self.ft(h, m)
        joiner = self.pick({"en": [" at ", " ", ", "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las ", ", "],
                            "it": [" alle ", ", "], "pt": [" às "], "nl": [", ", " "], "pl": [", "]}[lang])
        return ds + joiner + ts

    # -- addresses  (returns dict: street, city, region, postcode, country, line, block)
    def addr(self, loc=None):
        loc = loc or self.loc
        r = self.r
        if loc == "us":
            city, st, z3 = r.choice(US_CITIES)
            street = "%d %s%s %s" % (r.randint(12, 9899), r.choice(["", "", "", "N ", "S ", "E ", "W "]),
                                     r.choice(US_STREETS), r.choice(US_SUFFIX))
            unit = r.choice(["", "", "", "Apt %d%s" % (r.randint(1, 40), r.choice(["", "A", "B", "C"])), "Unit %d" % r.randint(1, 300),
                             "Ste %d" % r.randint(100, 950), "#%d" % r.randint(2, 60)])
            zipc = z3 + self.digits(2, False)
            if self.maybe(0.15):
                zipc += "-" + self.digits(4, False)
            s1 = street + (" " + unit if unit else "")
            return dict(street=s1, city=city, region=st, postcode=zipc, country="USA",
                        line="%s, %s, %s %s" % (s1, city, st, zipc), block="%s\n%s, %s %s" % (s1, city, st, zipc))
        if loc == "ca":
            city, pr, pc, _ = r.choice(CA_CITIES)
            s1 = "%d %s" % (r.randint(10, 2999), r.choice(["Rue Sainte-Catherine O", "Yonge St", "Granville St", "Bank St",
                                                          "Portage Ave", "Rue Saint-Denis", "Queen St W", "17 Ave SW"]))
            if self.maybe(0.4):
                s1 = "%d-%s" % (r.randint(101, 2404), s1)
            return dict(street=s1, city=city, region=pr, postcode=pc, country="Canada",
                        line="%s, %s, %s %s" % (s1, city, pr, pc), block="%s\n%s %s  %s" % (s1, city, pr, pc))
        if loc == "uk":
            city, pc, _ = r.choice(UK_CITIES)
            s1 = "%d %s" % (r.randint(1, 240), r.choice(UK_STREETS))
            if self.maybe(0.35):
                s1 = "Flat %d, %s" % (r.randint(1, 30), s1)
            return dict(street=s1, city=city, region="", postcode=pc, country="United Kingdom",
                        line="%s, %s %s" % (s1, city, pc), block="%s\n%s\n%s" % (s1, city, pc))
        if loc == "de":
            city, plz, self.area = r.choice(DE_CITIES)
            s1 = "%s %d%s" % (r.choice(DE_STREETS), r.randint(1, 140), r.choice(["", "", "", "a", "b"]))
            return dict(street=s1, city=city, region="", postcode=plz, country="Deutschland",
                        line="%s, %s %s" % (s1, plz, city), block="%s\n%s %s" % (s1, plz, city))
        if loc == "fr":
            city, cp, self.area = r.choice(FR_CITIES)
            s1 = "%d%s %s" % (r.randint(1, 180), r.choice(["", "", "", " bis"]), r.choice(FR_STREETS))
            extra = r.choice(["", "", "Bât. B, ", "Apt 12, ", "Résidence Les Pins, "])
            return dict(street=extra + s1, city=city, region="", postcode=cp, country="France",
                        line="%s%s, %s %s" % (extra, s1, cp, city.upper() if self.maybe(0.3) else city),
                        block="%s%s\n%s %s" % (extra.rstrip(", ") + "\n" if extra else "", s1, cp, city.upper()))
        if loc == "es":
            city, cp3, self.area = r.choice(ES_CITIES)
            s1 = "%s, %d" % (r.choice(ES_STREETS), r.randint(1, 210))
            piso = r.choice(["", ", %dº %s" % (r.randint(1, 9), r.choice("ABCD")), ", bajo", ", %dº izda." % r.randint(1, 6)])
            if piso.endswith("."):
                piso = piso[:-1]
            cp = cp3 + self.digits(2, False)
            return dict(street=s1 + piso, city=city, region="", postcode=cp, country="España",
                        line="%s%s, %s %s" % (s1, piso, cp, city), block="%s%s\n%s %s" % (s1, piso, cp, city))
        if loc == "mx":
            city, st, _ = r.choice(MX_CITIES)
            s1 = "%s %d" % (r.choice(MX_STREETS), r.randint(10, 2400))
            if self.maybe(0.4):
                s1 += " Int. %d" % r.randint(1, 30)
            col = r.choice(MX_COLS)
            cp = self.digits(5, False)
            return dict(street=s1, city=city, region=st, postcode=cp, country="México",
                        line="%s, %s, %s %s, %s" % (s1, col, cp, city, st), block="%s\n%s\n%s %s, %s" % (s1, col, cp, city, st))
        if loc == "it":
            city, cap3, prov, self.area = r.choice(IT_CITIES)
            s1 = "%s %d%s" % (r.choice(IT_STREETS), r.randint(1, 160), r.choice(["", "", "/A", "/B"]))
            cap = cap3 + self.digits(2, False)
            return dict(street=s1, city=city, region=prov, postcode=cap, country="Italia",
                        line="%s, %s %s (%s)" % (s1, cap, city, prov), block="%s\n%s %s (%s)" % (s1, cap, city, prov))
        if loc == "pt":
            city, d1, self.area = r.choice(PT_CITIES)
            s1 = "%s, %d" % (r.choice(PT_STREETS), r.randint(1, 250))
            if self.maybe(0.5):
                s1 += ", %dº %s" % (r.randint(1, 8), r.choice(["Esq", "Dto", "A", "B"]))
            cp = "%s%s-%s" % (d1, self.digits(3, False), self.digits(3, False))
            return dict(street=s1, city=city, region="", postcode=cp, country="Portugal",
                        line="%s, %s %s" % (s1, cp, city), block="%s\n%s %s" % (s1, cp, city))
        if loc == "br":
            city, uf, c2, self.area = r.choice(BR_CITIES)
            s1 = "%s, %d" % (r.choice(BR_STREETS), r.randint(10, 3200))
            if self.maybe(0.5):
                s1 += ", Apto %d" % r.randint(11, 1804)
            b = r.choice(BR_BAIRROS)
            cep = "%s%s-%s" % (c2, self.digits(3, False), self.digits(3, False))
            return dict(street=s1, city=city, region=uf, postcode=cep, country="Brasil",
                        line="%s - %s, %s - %s, %s" % (s1, b, city, uf, cep), block="%s\n%s\n%s - %s\nCEP %s" % (s1, b, city, uf, cep))
        if loc == "nl":
            city, p2, self.area = r.choice(NL_CITIES)
            s1 = "%s %d%s" % (r.choice(NL_STREETS), r.randint(1, 420), r.choice(["", "", "-II", "A", "-1"]))
            pc = "%s%s %s" % (p2, self.digits(2, False), self.chars(2, "ABCDEGHJKLMNPRSTVWXZ"))
            return dict(street=s1, city=city, region="", postcode=pc, country="Nederland",
                        line="%s, %s %s" % (s1, pc, city), block="%s\n%s  %s" % (s1, pc, city.upper() if self.maybe(0.4) else city))
        if loc == "pl":
            city, p2, self.area = r.choice(PL_CITIES)
            s1 = "%s %d" % (r.choice(PL_STREETS), r.randint(1, 150))
            if self.maybe(0.5):
                s1 += "/%d" % r.randint(1, 80)
            pc = "%s-%s" % (p2, self.digits(3, False))
            return dict(street=s1, city=city, region="", postcode=pc, country="Polska",
                        line="%s, %s %s" % (s1, pc, city), block="%s\n%s %s" % (s1, pc, city))
        raise ValueError(loc)

    def city(self, loc=None):
        loc = loc or self.loc
        r = self.r
        if loc == "us":
            c, st, _ = r.choice(US_CITIES)
            return r.choice(["%s, %s" % (c, st), c, "%s, %s" % (c, US_STATE_NAMES.get(st, st))])
        tbl = {"de": DE_CITIES, "fr": FR_CITIES, "es": ES_CITIES, "mx": MX_CITIES, "it": IT_CITIES, "pt": PT_CITIES,
               "br": BR_CITIES, "nl": NL_CITIES, "pl": PL_CITIES, "uk": UK_CITIES, "ca": CA_CITIES}[loc]
        return r.choice(tbl)[0]

    # -- phones
    def phone(self, loc=None, intl=None, tollfree=False, mobile=None):
        loc = loc or self.loc
        r = self.r
        intl = self.maybe(0.3) if intl is None else intl
        mobile = self.maybe(0.5) if mobile is None else mobile
        d = self.digits
        near = self.area if (self.area and loc not in ("us", "ca", "uk", "mx") and self.maybe(0.7)) else None
        if loc in ("us", "ca"):
            area = r.choice(["800", "888", "877", "866", "855"]) if tollfree else (
                r.choice(US_AREA) if loc == "us" else r.choice(CA_CITIES)[3])
            ex = str(r.randint(2, 9)) + d(2, False)
            if ex[1:] == "11":
                ex = ex[0] + "21"
            ln = d(4, False)
            if tollfree:
                return r.choice(["1-%s-%s-%s", "(%s) %s-%s", "%s-%s-%s", "1 (%s) %s-%s"]) % (area, ex, ln)
            if intl:
                return r.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1 %s %s %s", "+1.%s.%s.%s"]) % (area, ex, ln)
            return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "(%s)%s-%s", "1-%s-%s-%s"]) % (area, ex, ln)
        if loc == "de":
            if mobile:
                pre = r.choice(["151", "160", "171", "172", "176", "157"])
                rest = d(7 if pre != "176" else 8, False)
                return ("+49 %s %s" % (pre, rest)) if intl else r.choice(["0%s %s", "0%s-%s", "0%s/%s"]) % (pre, rest)
            area = near or r.choice(DE_CITIES)[2]
            rest = d(8 - len(area) + 2, True)
            return r.choice(["+49 %s %s", "+49 (0)%s %s"]) % (area, rest) if intl else r.choice(["0%s %s", "0%s-%s", "(0%s) %s"]) % (area, rest)
        if loc == "fr":
            first = r.choice(["6", "7"]) if mobile else (near or r.choice(FR_CITIES)[2])
            pairs = [d(2, False) for _ in range(4)]
            if intl:
                return "+33 %s %s" % (first, " ".join(pairs))
            return r.choice([" ", ".", ""]).join(["0" + first] + pairs)
        if loc == "es":
            if mobile:
                num = r.choice("67") + d(8, False)
            else:
                pre = near or r.choice(ES_CITIES)[2]
                num = pre + d(9 - len(pre), False)
            g3 = "%s %s %s" % (num[:3], num[3:6], num[6:9])
            return ("+34 " + g3) if intl else r.choice([g3, num[:3] + " " + num[3:5] + " " + num[5:7] + " " + num[7:9]])
        if loc == "mx":
            a = r.choice(MX_CITIES)[2]
            rest = d(10 - len(a), False)
            s = "%s %s %s" % (a, rest[:len(rest) - 4], rest[-4:])
            return ("+52 " + s) if intl else s
        if loc == "it":
            if mobile:
                s = "3%s %s %s" % (d(2, False), d(3, False), d(4, False))
            else:
                pre = near or r.choice(IT_CITIES)[3]
                s = "%s %s %s" % (pre, d(4, False), d(4 if len(pre) == 2 else 3, False))
            return ("+39 " + s) if intl else s
        if loc == "pt":
            s = ("9%s %s %s" % (r.choice("1236"), d(3, False), d(3, False))) if mobile else \
                ("%s %s %s" % (near or "21", d(3, False), d(6 - len(near or "21"), False)) if len(near or "21") < 3 else
                 "%s %s %s" % (near, d(3, False), d(3, False)))
            return ("+351 " + s) if intl else s
        if loc == "br":
            dd = near or r.choice(BR_CITIES)[3]
            s = ("9%s-%s" % (d(4, False), d(4, False))) if mobile else ("3%s-%s" % (d(3, False), d(4, False)))
            return ("+55 %s %s" % (dd, s)) if intl else "(%s) %s" % (dd, s)
        if loc == "nl":
            if mobile:
                rest = d(8, False)
                return ("+31 6 %s" % rest) if intl else r.choice(["06-%s" % rest, "06 %s %s" % (rest[:4], rest[4:])])
            a = near or r.choice(NL_CITIES)[2]
            rest = d(7, False)
            return ("+31 %s %s %s" % (a, rest[:3], rest[3:])) if intl else r.choice(["0%s-%s" % (a, rest), "0%s %s %s" % (a, rest[:3], rest[3:])])
        if loc == "pl":
            if mobile:
                s = "%s%s %s %s" % (r.choice("5678"), d(2, False), d(3, False), d(3, False))
            else:
                s = "%s %s %s %s" % (near or r.choice(PL_CITIES)[2], d(3, False), d(2, False), d(2, False))
            return ("+48 " + s) if intl else s
        if loc == "uk":
            if mobile:
                s = "07%s %s" % (d(3, False), d(6, False))
                return ("+44 " + s[1:]) if intl else s
            _, _, a = r.choice(UK_CITIES)
            rest = d(10 - len(a) + 1, False)
            if len(a) == 3:
                s = "%s %s %s" % (a, rest[:4], rest[4:])
            else:
                s = "%s %s %s" % (a, rest[:3], rest[3:])
            return ("+44 " + s[1:]) if intl else s
        raise ValueError(loc)

    # -- network / web
    def ipv4(self, private=None):
        r = self.r
        private = self.maybe(0.5) if private is None else private
        if private:
            return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                             "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)),
                             "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))])
        return "%d.%d.%d.%d" % (r.choice([23, 34, 45, 52, 63, 71, 98, 104, 142, 151, 185, 203, 212, 68, 73, 99]),
                                r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))

    def ipv6(self):
        r = self.r
        pre = r.choice(["2600:1f18", "2a02:8108", "2001:4860", "2607:f8b0", "2a01:4f8", "fd12:3456"])
        groups = [format(r.randint(1, 0xFFFF), "x") for _ in range(r.randint(2, 4))]
        return pre + ":" + (":".join(groups[:1]) + "::" + ":".join(groups[1:]) if self.maybe(0.6) else ":".join(groups + ["0", "1a"]))

    def url(self, domain, path=None):
        path = path if path is not None else self.pick(["/portal/login", "/pa/status", "/billing/pay", "/patient/records/request",
                                                       "/api/v2/claims", "/results", "/appointments/reschedule"])
        q = self.pick(["", "", "?ref=" + self.chars(8, UPDIG), "?lang=en&src=sms", "?case=" + self.digits(7)])
        return "https://" + domain + path + q

    # -- identifiers (entities)
    def mrn(self):
        r = self.r
        return r.choice([self.digits(8, False), "M" + self.digits(7), "MR" + self.digits(6), "E" + self.digits(9, False),
                         "%s-%s" % (self.digits(4), self.digits(4, False)), self.digits(7), "H" + self.digits(8)])

    def mbi(self):
        r = self.r
        L = "ACDEFGHJKMNPQRTUVWXY"
        an = L + string.digits
        s = (str(r.randint(1, 9)) + r.choice(L) + r.choice(an) + r.choice(string.digits) + r.choice(L) + r.choice(an) +
             r.choice(string.digits) + r.choice(L) + r.choice(L) + r.choice(string.digits) + r.choice(string.digits))
        return s if self.maybe(0.5) else "%s-%s-%s" % (s[:4], s[4:7], s[7:])

    def hpn(self):
        r = self.r
        return r.choice([self.chars(3, string.ascii_uppercase) + self.digits(9, False),
                         "W" + self.digits(9),
                         self.chars(3, string.ascii_uppercase) + self.digits(8) + "-0" + str(r.randint(1, 4)),
                         self.mbi(),
                         "%s%s%s" % (self.chars(2, string.ascii_uppercase), self.digits(5), r.choice(string.ascii_uppercase)),
                         "U" + self.digits(8) + "01",
                         "M" + self.digits(10)])

    def acct(self):
        r = self.r
        return r.choice(["PA" + self.digits(8), self.digits(10), "%s-%s" % (self.digits(6), self.digits(2, False)),
                         "G" + self.digits(7), self.digits(12), "ACCT-" + self.digits(7)])

    def bank_acct(self):
        return self.digits(self.r.randint(9, 12))

    def dl(self):
        r = self.r
        k = r.randint(0, 6)
        if k == 0:
            return r.choice(string.ascii_uppercase) + self.digits(7)  # CA style
        if k == 1:
            s = self.digits(9)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])  # NY
        if k == 2:
            s = self.digits(12)
            return "%s%s-%s-%s-%s-%s" % (r.choice(string.ascii_uppercase), s[:3], s[3:6], s[6:8], s[8:11], s[11:])  # FL
        if k == 3:
            return self.digits(8)  # TX
        if k == 4:
            s = self.digits(11)
            return "%s%s-%s-%s" % (r.choice(string.ascii_uppercase), s[:3], s[3:7], s[7:])  # IL
        if k == 5:
            return "WDL" + self.chars(9, UPDIG)  # WA
        return self.chars(2, string.ascii_uppercase) + self.digits(6)  # OH

    def ssn(self, fmt=None):
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        s = "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        fmt = fmt or r.choice(["-", "-", "-", " ", ""])
        return fmt.join([s[:3], s[3:5], s[5:]]) if fmt else s

    def bad_ssn(self):
        r = self.r
        a = r.choice(["000", "666", "9%02d" % r.randint(0, 99)])
        return "%s-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

    def card(self, sep=None, brand=None):
        r = self.r
        k = r.randint(0, 3) if brand is None else ["Visa", "Mastercard", "Amex", "Discover"].index(brand)
        if k == 0:
            p = "4" + self.digits(14, False)
        elif k == 1:
            p = "5" + str(r.randint(1, 5)) + self.digits(13, False)
        elif k == 2:
            p = r.choice(["34", "37"]) + self.digits(12, False)
        else:
            p = "6011" + self.digits(11, False)
        n = p + luhn_digit(p)
        sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
        if len(n) == 15:
            return sep.join([n[:4], n[4:10], n[10:]])
        return sep.join([n[i:i + 4] for i in range(0, 16, 4)])

    def bad_card(self):
        p = "4" + self.digits(14, False)
        c = (int(luhn_digit(p)) + self.r.randint(1, 9)) % 10
        n = p + str(c)
        return " ".join([n[i:i + 4] for i in range(0, 16, 4)])

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "pl": "PL", "uk": "GB"}.get(self.loc, "DE")
        d = lambda n: self.digits(n, False)
        bban = {"DE": lambda: d(18), "FR": lambda: d(23), "ES": lambda: d(20),
                "IT": lambda: r.choice(string.ascii_uppercase) + d(10) + d(12),
                "PT": lambda: d(21), "NL": lambda: r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + d(10),
                "PL": lambda: d(24), "GB": lambda: r.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + d(14),
                "BE": lambda: d(12), "AT": lambda: d(16), "CH": lambda: d(17), "LU": lambda: d(16)}[cc]()
        s = iban_make(cc, bban)
        grouped = self.maybe(0.65) if grouped is None else grouped
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    # -- secrets
    def aws_key(self):
        return self.pick(["AKIA", "AKIA", "ASIA"]) + self.chars(16, string.ascii_uppercase + "234567")

    def aws_secret(self):
        return self.chars(40, B64)

    def gh_token(self):
        if self.maybe(0.25):
            return "github_pat_11" + self.chars(20, UPDIG) + "_" + self.chars(59, ALNUM)
        return self.pick(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.chars(36)

    def slack_token(self):
        if self.maybe(0.6):
            return "xoxb-%s-%s-%s" % (self.digits(11), self.digits(13), self.chars(24))
        return "xoxp-%s-%s-%s-%s" % (self.digits(11), self.digits(12), self.digits(13), self.hexs(32))

    def stripe_key(self):
        return self.pick(["sk_live_", "sk_live_", "rk_live_"]) + self.chars(self.r.choice([24, 34, 99]))

    def jwt(self, sub=None):
        r = self.r
        hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        if self.maybe(0.4):
            hdr["kid"] = self.hexs(8)
        iat = r.randint(1700000000, 1760000000)
        body = {"sub": sub or self.hexs(12), "iat": iat, "exp": iat + r.choice([900, 3600, 86400]),
                "scope": r.choice(["claims.read", "pa.submit pa.read", "lab.results", "rx.queue"]), "iss": r.choice(["pbm-auth", "lis-gw", "edc-sso"])}
        sig = b64url(bytes(r.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64)))
        return "%s.%s.%s" % (b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                             b64url(json.dumps(body, separators=(",", ":")).encode()), sig)

    def pem(self, lines=None):
        r = self.r
        kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        lines = lines or r.randint(4, 9)
        body = [self.chars(64, B64) for _ in range(lines)] + [self.chars(r.randint(8, 60), B64) + r.choice(["", "=", "=="])]
        if kind == "OPENSSH PRIVATE KEY":
            body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA" + self.chars(8, B64)] + body[1:]
        elif kind == "RSA PRIVATE KEY":
            body[0] = "MIIE" + body[0][4:]
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(body), kind)

    def password(self):
        r = self.r
        words = ["Maple", "Tide", "Falcon", "Winter", "Copper", "Harbor", "Lotus", "River", "Sunflower", "Nimbus", "Quartz", "Cobalt"]
        k = r.randint(0, 4)
        if k == 0:
            return r.choice(words) + r.choice("#!$%*@&") + r.choice(words) + self.digits(2, False)
        if k == 1:
            return self.chars(r.randint(10, 16), ALNUM + "!#$%^&*") + self.chars(1)
        if k == 2:
            return r.choice(words).lower() + self.digits(4, False) + r.choice("!$#") + self.chars(2, string.ascii_uppercase)
        if k == 3:
            return "-".join(r.choice(["staple", "orbit", "velvet", "cactus", "piano", "ember", "glacier", "tundra"]) for _ in range(3)) + self.digits(1, False)
        return self.chars(3, string.ascii_uppercase) + self.digits(3, False) + self.chars(4, string.ascii_lowercase) + r.choice("@#") + self.digits(2, False)

    def passcode(self):
        return self.digits(6) if self.maybe(0.6) else self.chars(8, ALNUM)

    def generic_secret(self):
        r = self.r
        k = r.randint(0, 6)
        if k == 0:
            return "whsec_" + self.chars(32)
        if k == 1:
            return self.hexs(32)
        if k == 2:
            return "SG." + self.chars(22, ALNUM + "-_") + "." + self.chars(43, ALNUM + "-_")
        if k == 3:
            return "AIza" + self.chars(35, ALNUM + "-_")
        if k == 4:
            return self.chars(8) + "~" + self.chars(30, ALNUM + "._-") + self.chars(1)
        if k == 5:
            return "lis_live_" + self.chars(40)
        return self.chars(48, ALNUM)

    # -- hard negatives
    def claim_no(self):
        r = self.r
        return r.choice(["CLM-%d-%s" % (r.randint(2022, 2025), self.digits(7, False)), self.digits(13),
                         "%s%s" % (r.choice(["24", "25"]), self.digits(11, False)), "C" + self.digits(10)])

    def npi(self):
        base = self.pick("12") + self.digits(8, False)
        return base + luhn_digit("80840" + base)

    def ndc(self):
        return "%s-%s-%s" % (self.digits(5, False), self.digits(4, False), self.digits(2, False))

    def rx_no(self):
        return self.digits(7)

    def accession(self):
        r = self.r
        return r.choice(["%02d-%s-%s" % (r.randint(22, 25), r.choice(["CH", "HE", "MB", "UA", "CO"]), self.digits(6, False)),
                         "A" + self.digits(9), "S%s%s" % (r.randint(22, 25), self.digits(7, False))])

    def uuid(self):
        h = self.hexs(32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.pick("89ab"), h[17:20], h[20:32])

    def version(self):
        r = self.r
        return "%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 40))

    def amount(self, lo=10, hi=4000, cur="$"):
        v = self.r.uniform(lo, hi)
        if cur == "$":
            return "$%s" % format(round(v, 2), ",.2f")
        s = format(round(v, 2), ",.2f").replace(",", "X").replace(".", ",").replace("X", ".")
        return s + " €" if cur == "€" else s + " " + cur

    def routing(self):
        while True:
            d8 = self.digits(8, False)
            w = [3, 7, 1, 3, 7, 1, 3, 7]
            s = sum(int(a) * b for a, b in zip(d8, w))
            c = (10 - s % 10) % 10
            return d8 + str(c)

    def bin(self):
        return self.pick(["610014", "003858", "610502", "004336", "015581", "610591", "017010"])

    def pcn(self):
        return self.pick(["MEDDPRIME", "ADV", "A4", "9999", "MEDDADV", "CTRXMEDD", "ASPROD1"])

    def group(self):
        return self.pick(["RX", "GRP", "", "HM"]) + self.digits(self.r.randint(4, 6))

    def masked_card(self):
        return self.pick(["**** **** **** ", "XXXX-XXXX-XXXX-", "ending in ", "•••• "]) + self.digits(4, False)


# --------------------------------------------------------------------------
# small shared helpers
# --------------------------------------------------------------------------
def rfc_date(g):
    d = g.rdate()
    h, m = g.rtime(6, 22)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (WD["en"][d.weekday()][:3], d.day, MON["en"][d.month - 1][:3], d.year, h, m,
                                               g.r.randint(0, 59), g.pick(["-0500", "-0600", "-0800", "+0100", "+0200", "-0400", "+0000"]))


def log_ts(g, d=None, style=None):
    d = d or g.rdate()
    h, m = g.rtime(0, 23)
    s = g.r.randint(0, 59)
    style = style or g.pick(["iso", "space", "bracket"])
    if style == "iso":
        return "%sT%02d:%02d:%02d.%03dZ" % (d.isoformat(), h, m, s, g.r.randint(0, 999))
    if style == "space":
        return "%s %02d:%02d:%02d,%03d" % (d.isoformat(), h, m, s, g.r.randint(0, 999))
    return "[%s %02d:%02d:%02d]" % (d.strftime("%d/%b/%Y"), h, m, s)


def log_series(g, n, d=None, style=None):
    """n ascending log-line timestamps on one day (never labelled)."""
    d = d or g.rdate()
    style = style or g.pick(["iso", "space", "bracket"])
    secs = sorted(g.r.randrange(86400) for _ in range(n))
    out = []
    for x in secs:
        h, m, s = x // 3600, x // 60 % 60, x % 60
        if style == "iso":
            out.append("%sT%02d:%02d:%02d.%03dZ" % (d.isoformat(), h, m, s, g.r.randint(0, 999)))
        elif style == "space":
            out.append("%s %02d:%02d:%02d,%03d" % (d.isoformat(), h, m, s, g.r.randint(0, 999)))
        else:
            out.append("[%s %02d:%02d:%02d]" % (d.strftime("%d/%b/%Y"), h, m, s))
    return out


def clock_series(g, n, h0=0, h1=23):
    """n ascending (hour, minute) pairs for shift-log style line prefixes."""
    xs = sorted(g.r.randrange(h0 * 60, h1 * 60 + 59) for _ in range(n))
    return [(x // 60, x % 60) for x in xs]


def rel(p, pairs=(("son", "daughter"), ("husband", "wife"), ("brother", "sister"), ("nephew", "niece"))):
    """relationship word that agrees with the person's sex (deterministic per name)"""
    m, f = pairs[len(p.first + p.last) % len(pairs)]
    return m if p.sex == "M" else f


def org_domain(g):
    return g.pick(["brightpathrx.com", "northfieldlabs.org", "cedarcrestdental.com", "meadowviewcare.org", "summitpbm.com",
                   "harborvet.com", "lakeshorehomehealth.com", "keystone-ra.com", "clearpath-pbm.net", "trinityclinicalresearch.org",
                   "riverbendsnf.com", "apexbillingpartners.com", "pinecrest-lab.com", "sunvalleyvets.com", "carelinkrx.com"])


def ocr_noise(r, p=0.05):
    subs = {"l": "1", "I": "l", "O": "0", "o": "0", "m": "rn", "e": "c", "S": "5", "B": "8", "i": "í", ":": ";", "t": "f"}

    def f(s):
        out = []
        for ch in s:
            if ch in subs and r.random() < p:
                out.append(subs[ch])
            elif ch == "\n" and r.random() < p:
                out.append(r.choice([" |\n", "\n.", "  ~\n", "\n'"]))
            else:
                out.append(ch)
        return "".join(out)
    return f


# ==========================================================================
# ENGLISH DOCUMENT KINDS
# ==========================================================================
def k_pbm_reject_notice(g, d):
    r = g.r
    p, pr = g.person(), g.person()
    d.w("§ -- PHARMACY CLAIM REJECT NOTICE\n", g.pick(PBM_NAMES).upper())
    d.w("Transaction: B1 Billing    Reject code(s): §\n", g.pick(["75 (Prior Authorization Required)", "75, 76 (Plan Limitations Exceeded)",
                                                                "70 (Product/Service Not Covered)", "79 (Refill Too Soon)", "MR (Product Not On Formulary)"]))
    d.w("BIN § | PCN § | Group §\n", g.bin(), g.pcn(), g.group())
    d.w("Cardholder: §     Cardholder ID: §\n", PER(g.pick([p.lf(), p.upper(), p.full()])), HPN(g.hpn()))
    d.w("Date of birth: §    Person code: 0§    Relationship: §\n", DOB(g.fd(g.dob(), "us")), r.randint(1, 3), g.pick(["1 Cardholder", "2 Spouse", "3 Dependent"]))
    d.w("Pharmacy: §  (NCPDP §, NPI §)\n", g.pick(PHARMACY_BRANDS), g.digits(7), g.npi())
    d.w("Date of service: §\n", DT(g.fd(g.rdate())))
    d.w("Product: §  NDC §  Qty § DS §  Refill #§\n", g.pick(DRUGS), g.ndc(), r.choice([1, 3, 28, 30, 60, 90]), r.choice([28, 30, 84, 90]), r.randint(0, 5))
    d.w("Prescriber: Dr. §   NPI §   DEA on file\n", PER(pr.full()), g.npi())
    d.w("Submitted: § | Plan paid: $0.00 | Patient pay: §\n", g.amount(40, 9000), g.amount(0, 90))
    d.w("\nMESSAGE: PA REQUIRED. Prescriber may call § or fax clinical notes to §. ", PH(g.phone(tollfree=True)), PH(g.phone()))
    d.w("Online requests: §\n", URL(g.url(g.pick(["pa.summitpbm.com", "covermyrx.clearpath-pbm.net", "portal.keystone-ra.com"]), "/pa/start")))
    if g.maybe(0.5):
        d.w("Alternative(s) on formulary: §, § (Tier 2)\n", g.pick(DRUGS), g.pick(DRUGS))
    d.w("Claim ref § | auth trace § | switch Relay Health v§\n", g.claim_no(), g.digits(12), g.version())


def k_pbm_claims_csv(g, d):
    r = g.r
    d.w("# pharmacy claims extract, sponsor report PS-§, layout v§\n", g.digits(5), g.version())
    d.w("# export_epoch=§ rows=§ checksum=sha1:§\n", r.randint(1700000000, 1760000000), r.randint(3, 7), g.hexs(40))
    cols = ["claim_id", "fill_date", "member_id", "member_name", "dob", "ndc", "qty", "days_supply", "ingr_cost", "copay", "pharmacy_npi", "status"]
    d.t(",".join(cols) + "\n")
    for _ in range(r.randint(3, 7)):
        p = g.person()
        d.w('§,§,§,"§",§,§,§,§,§,§,§,§\n', g.claim_no(), DT(g.fd(g.rdate(), "iso")), HPN(g.hpn()), PER(p.lf(mid=False)),
            DOB(g.fd(g.dob(), "iso")), g.ndc(), r.choice([30, 60, 90, 1, 2.4, 28]), r.choice([30, 90, 28, 84]),
            "%.2f" % r.uniform(3, 6500), "%.2f" % r.choice([0, 5, 10, 15, 35, 47.5]), g.npi(), g.pick(["PAID", "PAID", "REVERSED", "REJECTED", "CAPTURED"]))
    d.w("# totals: ingredient § | member cost share § | generated by claimsx-export §\n", g.amount(500, 20000), g.amount(20, 900), g.version())


def k_pbm_eob_letter(g, d):
    r = g.r
    p = g.person()
    a = g.addr("us")
    plan = g.pick(PLANS)
    d.w("§\nMember Services §  (TTY 711)\n\n", plan, PH(g.phone(tollfree=True)))
    d.w("§\n§\n\n", PER(p.upper() if g.maybe(0.5) else p.full()), ADR(a["block"].upper() if g.maybe(0.5) else a["block"]))
    d.w("Statement date: §\nMember ID: §\nGroup: §\n\n", DT(g.fd(g.rdate(), "long")), HPN(g.hpn()), g.group())
    d.t("EXPLANATION OF BENEFITS -- PRESCRIPTION DRUGS\nThis is not a bill.\n\n")
    d.t("Fill date    Rx #       Drug                               Plan paid   You paid\n")
    for _ in range(r.randint(2, 5)):
        drug = g.pick(DRUGS)[:32]
        d.w("§   §    §§ §\n", DT(g.fd(g.rdate(), "us")), g.rx_no(), drug.ljust(34), g.amount(5, 2500).rjust(10), g.amount(0, 60).rjust(10))
    d.w("\nYear-to-date out-of-pocket: § of § (TrOOP). Deductible met.\n", g.amount(200, 1800), g.pick(["$2,000.00", "$8,000.00", "$3,500.00"]))
    d.w("Questions? Call § or visit §. If you disagree with a decision you may request a redetermination within 60 days.\n",
        PH(g.phone(tollfree=True)), URL(g.url(g.pick(["www.bluehorizonhealth.com", "members.evergreenma.com", "my.cascadecommunityhealth.org"]), "/eob")))
    d.w("Document ID § · Form EOB-RX-§ rev §\n", g.uuid(), g.digits(3), r.randint(2, 9))


def k_ncpdp_dump(g, d):
    r = g.r
    p, pr = g.person(), g.person()
    dob = g.dob()
    d.w("NCPDP D.0 B1 REQUEST  --  trace §  (switch SW-§)\n", g.digits(10), g.digits(3))
    d.w("HDR  101-A1 BIN=§  104-A4 PCN=§  401-D1 DOS=§  201-B1 SVC PROV=§\n", g.bin(), g.pcn(),
        DT(g.fd(g.rdate(), "compact")), g.npi())
    d.w("AM04 INSURANCE  302-C2 CARDHOLDER ID=§  301-C1 GROUP=§  303-C3 PERSON CODE=00§  306-C6 REL=1\n", HPN(g.hpn()), g.group(), r.randint(1, 3))
    d.w("AM01 PATIENT  304-C4 DOB=§  305-C5 SEX=§  310-CA FIRST=§  311-CB LAST=§\n", DOB(g.fd(dob, "compact")), r.choice("12"),
        PER(p.first.upper()), PER(p.last.upper()))
    a = g.addr("us")
    d.w("       322-CM STREET=§  323-CN CITY=§  324-CO STATE=§  325-CP ZIP=§\n", ADR(a["street"].upper()), LOC(a["city"].upper()),
        LOC(a["region"]), a["postcode"].replace("-", ""))
    d.w("       326-CQ PHONE=§\n", PH("".join(c for c in g.phone(intl=False) if c.isdigit())[-10:]))
    d.w("AM07 CLAIM  402-D2 RX=§  436-E1 PROD QUAL=03  407-D7 NDC=§  442-E7 QTY=§  405-D5 DS=§\n", g.rx_no(),
        g.ndc().replace("-", ""), "%d000" % r.randint(1, 90), r.choice([30, 90]))
    d.w("AM03 PRESCRIBER  411-DB ID=§  427-DR LAST=§\n", g.npi(), PER(pr.last.upper()))
    d.w("AM11 PRICING  409-D9 INGR COST=§  412-DC DISP FEE=§  430-DU GROSS=§\n", "%.2f" % r.uniform(4, 3000), "%.2f" % r.uniform(0.5, 12), "%.2f" % r.uniform(10, 3100))
    d.w("RESPONSE  112-AN STATUS=§  511-FB REJECT=§  503-F3 AUTH=§\n", g.pick(["R", "P", "C"]), g.pick(["75", "76", "88", "—"]), g.digits(15))


def k_hl7_oru(g, d):
    r = g.r
    p, doc = g.person(), g.person()
    a = g.addr("us")
    ts = g.rdate()
    lab = g.pick(["NFLAB", "PINECREST", "QDX", "LCA"])
    d.w("MSH|^~\\&|LIS|§|EHR|CLINIC|§||ORU^R01^ORU_R01|§|P|2.5.1\r\n", lab, "%s%02d%02d%02d" % (ts.strftime("%Y%m%d"), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
        "MSG" + g.digits(8))
    xad = "%s^^%s^%s^%s^USA" % (a["street"].upper(), a["city"].upper(), a["region"], a["postcode"])
    ph = g.phone(intl=False)
    d.w("PID|1||§^^^§^MR||§||§|§|||§||§|||||§^^^§^AN\r\n", MRN(g.mrn()), lab, PER(p.hl7()), DOB(g.fd(g.dob(), "compact")),
        r.choice("MFU"), ADR(xad), PH(ph), ACC(g.acct()), lab)
    d.w("PV1|1|O|LAB^^^§||||§^§^^^^DR|||||||||||§\r\n", lab, g.npi(), PER("%s^%s" % (doc.last.upper(), doc.first.upper())), g.digits(9))
    coll = g.rdate()
    h, m = g.rtime(5, 18)
    d.w("ORC|RE|§|§\r\n", g.digits(8), g.accession())
    tests = r.sample(LOINC, r.randint(2, 6))
    d.w("OBR|1|§|§|24323-8^Comprehensive metabolic panel^LN|||§|||||||||§^§\r\n", g.digits(8), g.accession(),
        DT("%s%02d%02d" % (coll.strftime("%Y%m%d"), h, m)), g.npi(), PER("%s^%s" % (doc.last.upper(), doc.first.upper())))
    for i, (code, name, unit, rng_, (lo, hi)) in enumerate(tests, 1):
        val = round(r.uniform(lo, hi), 1 if hi < 30 else 0)
        flag = g.pick(["N", "N", "H", "L", ""])
        d.w("OBX|§|NM|§^§^LN||§|§|§|§|||F\r\n", i, code, name, val, unit, rng_, flag)
    if g.maybe(0.4):
        d.w("NTE|1||Critical value called to § by § -- read back verified.\r\n", PER(doc.full()), PER(g.person().full()))


def k_lis_results_csv(g, d):
    r = g.r
    d.w("LIS EXPORT  instrument=§  run=§  sw=Cobas-IT §\n", g.pick(["c702-2", "AU5800-1", "DxH900-3", "Atellica-CH-1"]), g.digits(6), g.version())
    d.t("accession;mrn;patient;dob;collected;loinc;test;result;units;flag;verified_by\n")
    nrows = r.randint(3, 7)
    for _ in range(nrows):
        p = g.person()
        code, name, unit, rng_, (lo, hi) = g.pick(LOINC)
        c = g.rdate()
        h, m = g.rtime(5, 22)
        tech = g.person()
        d.w("§;§;§;§;§;§;§;§;§;§;§\n", g.accession(), MRN(g.mrn()), PER(p.lf(mid=False).upper()), DOB(g.fd(g.dob(), "us")),
            DT("%s %02d:%02d" % (c.isoformat(), h, m)), code, name, round(r.uniform(lo, hi), 2), unit, g.pick(["", "", "H", "L", "HH"]),
            PER(tech.first[0] + ". " + tech.last) if g.maybe(0.6) else g.pick(["AUTOVERIFY", "AV-RULE-12"]))
    d.w("# § rows; autoverification rules set v§; checksum §\n", nrows, g.version(), g.hexs(16))


def k_fhir_bundle(g, d):
    r = g.r
    p = g.person()
    a = g.addr("us")
    pid = g.uuid()
    d.t('{\n  "resourceType": "Bundle",\n  "type": "collection",\n')
    d.w('  "meta": {"lastUpdated": "§T§Z", "versionId": "§"},\n', g.rdate().isoformat(), "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), r.randint(1, 9))
    d.t('  "entry": [\n    {"resource": {\n      "resourceType": "Patient",\n')
    d.w('      "id": "§",\n', pid)
    d.w('      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.§", "type": {"text": "MRN"}, "value": "§"}],\n', g.digits(4), MRN(g.mrn()))
    d.w('      "name": [{"family": "§", "given": ["§"]}],\n', PER(p.last), PER(p.first))
    d.w('      "telecom": [{"system": "phone", "value": "§"}, {"system": "email", "value": "§"}],\n', PH(g.phone()), EM(g.email(p)))
    d.w('      "birthDate": "§",\n', DOB(g.fd(g.dob(), "iso")))
    d.w('      "address": [{"line": ["§"], "city": "§", "state": "§", "postalCode": "§"}]\n    }},\n', ADR(a["street"]), LOC(a["city"]), LOC(a["region"]), a["postcode"])
    code, name, unit, _, (lo, hi) = g.pick(LOINC)
    h, m = g.rtime(5, 20)
    d.t('    {"resource": {\n      "resourceType": "Observation",\n      "status": "final",\n')
    d.w('      "code": {"coding": [{"system": "§", "code": "§", "display": "§"}]},\n', URL("http://loinc.org"), code, name)
    d.w('      "subject": {"reference": "Patient/§"},\n', pid)
    d.w('      "effectiveDateTime": "§",\n', DT("%sT%02d:%02d:00-05:00" % (g.rdate().isoformat(), h, m)))
    d.w('      "valueQuantity": {"value": §, "unit": "§"},\n', round(r.uniform(lo, hi), 1), unit or "1")
    pr = g.person()
    d.w('      "performer": [{"display": "§"}]\n    }}\n  ]\n}\n', PER(pr.full()))


def k_lis_audit_log(g, d):
    r = g.r
    day = g.rdate()
    users = [g.pick(["jdoe", "mtech3", "lab_ngo", "qc.night", "rsantos", "svc_hl7", "akowal", "pathadmin"]) for _ in range(3)]
    n = r.randint(6, 11)
    series = log_series(g, n + 1, day, "space")
    for ts in series[:n]:
        k = r.randint(0, 7)
        if k == 0:
            d.w("§ INFO  auth: user=§ login ok from § (session §)\n", ts, users[0], IP(g.ipv4()), g.hexs(12))
        elif k == 1:
            d.w("§ WARN  auth: 3 failed logins for user=§ src=§ -- account locked for 15 min\n", ts, users[1], IP(g.ipv4(False)))
        elif k == 2:
            p = g.person()
            d.w("§ INFO  result: accession=§ patient=\"§\" mrn=§ test=§ status=VERIFIED by=§\n", ts, g.accession(), PER(p.lf(mid=False)),
                MRN(g.mrn()), g.pick(LOINC)[0], users[2])
        elif k == 3:
            d.w("§ INFO  hl7-out: MSH-10=§ ACK=AA latency=§ms peer=§:§\n", ts, "MSG" + g.digits(8), r.randint(4, 900), IP(g.ipv4(True)), g.pick(["2575", "6661", "7001"]))
        elif k == 4:
            d.w("§ DEBUG db: pool=lis_ro size=§ idle=§ build=§\n", ts, r.randint(4, 32), r.randint(0, 8), g.hexs(7))
        elif k == 5:
            p = g.person()
            d.w("§ INFO  print: label for accession=§ (§) sent to zebra-§ @ §\n", ts, g.accession(), PER(p.upper()), g.digits(2), IP(g.ipv4(True)))
        elif k == 6:
            d.w("§ INFO  api: GET /v1/orders/§ 200 client=§ ua=\"LISBridge/§\"\n", ts, g.digits(8), IP(g.ipv6() if g.maybe(0.4) else g.ipv4()), g.version())
        else:
            d.w("§ ERROR interface: delta check failed for accession=§ code=DC-§ retry in 30s\n", ts, g.accession(), g.digits(3))
    if g.maybe(0.35):
        d.w("§ WARN  config: reloaded dsn=postgresql://lis_app:§@db-lis-02.internal:5432/lis (please rotate)\n", series[-1], PWD(g.password()))


def k_lab_critical_call(g, d):
    r = g.r
    p, doc, tech, nurse = g.person(), g.person(), g.person(), g.person()
    code, name, unit, _, _ = g.pick([x for x in LOINC if x[0] in ("2823-3", "2951-2", "6301-6", "10839-9", "2345-7", "777-3")])
    val = {"2823-3": "6.4", "2951-2": "119", "6301-6": "5.8", "10839-9": "1.92", "2345-7": "38", "777-3": "14"}[code]
    dd = g.rdate()
    h, m = g.rtime(0, 23)
    d.t("CRITICAL VALUE NOTIFICATION RECORD\n")
    d.w("Patient: §    MRN: §    DOB: §\n", PER(p.lf()), MRN(g.mrn()), DOB(g.fd(g.dob())))
    d.w("Accession: §    Test: § (LOINC §)    Result: § §\n\n", g.accession(), name, code, val, unit)
    d.w("Called by § (MLS) on §. ", PER(tech.full()), DT(g.fdt(dd, h, m)))
    d.w("First attempt to ordering provider Dr. § at § -- no answer, left voicemail. ", PER(doc.plain()), PH(g.phone()))
    d.w("Second call to unit charge nurse § at §; result read back and verified. ", PER(nurse.first if g.maybe(0.3) else nurse.plain()), PH(g.phone()))
    d.w("Notification completed within 22 minutes of result (policy LAB-QA-§ requires 30).\n", g.digits(3))
    if g.maybe(0.5):
        d.w("Note: specimen recollected per Dr. §'s request; new accession §.\n", PER(doc.last), g.accession())
    d.w("Documented in LIS by § -- event id §\n", g.pick(["mls_night", "mls_day2", "lab_lead"]), g.uuid())


def k_dental_soap(g, d):
    r = g.r
    p, dds, hyg = g.person(), g.person(), g.person()
    tooth = r.randint(2, 31)
    code = g.pick([c for c in CDT if c[0] in ("D2391", "D2740", "D2950", "D3330")])
    d.w("§ -- Clinical Note\n", g.pick(["Cedar Crest Family Dentistry", "Bright Smiles Dental Group", "Lakeside Dental Arts", "Gentle Hands Pediatric Dentistry"]))
    d.w("Pt: § (chart §)   DOB §   Appt: §\n", PER(p.full()), MRN(g.mrn()), DOB(g.fd(g.dob(1940, 2018))), DT(g.fdt(g.rdate(), *g.rtime(8, 17))))
    d.w("Provider: § DDS   Assistant/Hygienist: §\n\n", PER(dds.plain()), PER(hyg.first))
    d.w("S: Pt reports sensitivity to cold on UR for ~2 wks, lingers <10 sec. Med hx reviewed, no changes; takes §. Allergies: NKDA.\n", g.pick(DRUGS))
    d.w("O: #§ MO caries into dentin on BWX, no periapical radiolucency. Perc (-), palp (-). BP 128/82, pulse 76.\n", tooth)
    d.w("A: Reversible pulpitis #§ secondary to caries (ICD-10 K02.52).\n", tooth)
    d.w("P: § (§) #§ MO today. Local: 1.7 mL 2% lido w/ 1:100k epi, buccal infiltration. Shade A2. Occlusion checked.\n",
        code[0], code[1], tooth)
    d.w("Next visit: § for D1110 + D0120. Rx: none. Post-op instructions given verbally and printed.\n", DT(g.fd(g.rdate())))
    d.w("Est. ins. portion § / pt portion §. Signed electronically -- § DDS\n", g.amount(40, 900), g.amount(10, 300), PER(dds.plain()))


def k_dental_perio(g, d):
    r = g.r
    p, hyg = g.person(), g.person()
    d.t("PERIODONTAL CHART\n")
    d.w("Patient: §   Chart #: §   DOB: §\n", PER(p.lf()), MRN(g.mrn()), DOB(g.fd(g.dob(1940, 2005), "us")))
    d.w("Exam date: §   Clinician: §, RDH\n\n", DT(g.fd(g.rdate(), "us")), PER(hyg.plain()))
    teeth = list(range(2, 16)) if g.maybe(0.5) else list(range(18, 32))
    teeth = teeth[: r.randint(8, 14)]
    d.t("Tooth  " + " ".join("%3d" % t for t in teeth) + "\n")
    for row in ("PD-F", "PD-L", "REC ", "BOP ", "MOB "):
        cells = []
        for _ in teeth:
            if row.startswith("PD"):
                cells.append("".join(str(r.choice([2, 3, 3, 4, 5, 6])) for _ in range(3)))
            elif row.startswith("REC"):
                cells.append("%3d" % r.choice([0, 0, 1, 2]))
            elif row.startswith("BOP"):
                cells.append("  " + r.choice("·*"))
            else:
                cells.append("%3s" % r.choice(["0", "0", "I", "II"]))
        d.t(row + "   " + " ".join(c[-3:].rjust(3) for c in cells) + "\n")
    d.w("\nSummary: generalized 4-5 mm PD with localized 6 mm (#§ D). BOP §%. Dx: Stage III Grade B periodontitis.\n", g.pick(teeth), r.randint(18, 60))
    d.w("Plan: D4341 x 4 quads, re-eval 6 wks, then D4910 q3mo. Reviewed with pt; consent signed. Perio software PerioPal §.\n", g.version())


def k_dental_estimate(g, d):
    r = g.r
    p, sub = g.person(), g.person()
    a = g.addr("us")
    plan = g.pick(["Delta Dental PPO", "MetLife PDP Plus", "Guardian DentalGuard", "Cigna Dental 1500", "Harmony Dental Network"])
    d.t("TREATMENT PLAN & PRE-ESTIMATE\n")
    d.w("Patient: §       DOB: §\nResponsible party: §  (§)\nAddress: §\nPhone: §   Email: §\n\n",
        PER(p.full()), DOB(g.fd(g.dob(1950, 2015))), PER(sub.full()), g.pick(["self", "spouse", "parent"]), ADR(a["line"]), PH(g.phone()), EM(g.email(sub)))
    d.w("Carrier: §  Subscriber ID: §  Group #: §  Annual max remaining: §\n\n", plan, HPN(g.hpn()), g.group(), g.amount(300, 1500))
    d.t("Phase  Code   Tooth  Description                                 Fee      Ins est   Pt est\n")
    for i in range(r.randint(3, 6)):
        code, desc = g.pick(CDT)
        fee = r.uniform(60, 1400)
        ins = fee * r.choice([0.5, 0.8, 1.0])
        d.w("§      §  §    §  §  §  §\n", 1 + i // 3, code, ("#%d" % r.randint(1, 32)).ljust(5), desc[:42].ljust(42), ("$%.2f" % fee).rjust(8),
            ("$%.2f" % ins).rjust(8), ("$%.2f" % (fee - ins)).rjust(8))
    d.w("\nEstimate valid 90 days. Pre-determination submitted via clearinghouse, ref §. ", g.digits(10))
    d.w("Financing through CareCredit available. Questions: § or §.\n", PH(g.phone()), EM(g.role_email(org_domain(g))))


def k_prior_auth_fax(g, d):
    r = g.r
    d.noise = ocr_noise(r, 0.04)
    p, doc, staff = g.person(), g.person(), g.person()
    a = g.addr("us")
    d.w("FAX   Page 1 of §   §\n", r.randint(2, 5), g.pick(["*** URGENT ***", "EXPEDITED REVIEW", "STANDARD"]))
    d.w("TO: Pharmacy Prior Authorization Dept, §     FAX: §\n", g.pick(PBM_NAMES), PH(g.phone(tollfree=True)))
    d.w("FROM: §, office of Dr. §     PHONE: §   FAX: §\n", PER(staff.plain()), PER(doc.full()), PH(g.phone()), PH(g.phone()))
    d.t("_" * 60 + "\nMEDICATION PRIOR AUTHORIZATION REQUEST FORM\n\n")
    d.w("Member name: §          DOB: §\n", PER(p.full().upper() if g.maybe(0.4) else p.full()), DOB(g.fd(g.dob())))
    d.w("Member ID #: §      Group #: §\n", HPN(g.hpn()), g.group())
    d.w("Member address: §\n", ADR(a["line"]))
    d.w("Prescriber NPI: §   DEA: §§   Specialty: §\n", g.npi(), g.chars(2, string.ascii_uppercase), g.digits(7), g.pick(["Rheumatology", "Endocrinology", "Dermatology", "Gastroenterology"]))
    d.w("Medication requested: §   Sig: §\n", g.pick(DRUGS), g.pick(["inject SC q2wk", "1 tab PO daily", "inject SC weekly", "1 tab BID"]))
    d.w("Diagnosis (ICD-10): §, §\n", g.pick(ICD10), g.pick(ICD10))
    d.w("Previous therapies tried/failed: § x 12 wks (inadequate response), § x 6 wks (GI intolerance)\n", g.pick(DRUGS), g.pick(DRUGS))
    d.w("Start date requested: §\n", DT(g.fd(g.rdate(), "us")))
    d.t("[X] Chart notes attached  [X] Labs attached  [ ] Step therapy exception\n\n")
    d.w("Prescriber signature: ______________________  Date: §\n", DT(g.fd(g.rdate(), "us0")))
    d.t("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error, notify sender and destroy.\n")


def k_prior_auth_letter(g, d):
    r = g.r
    p, doc, rev = g.person(), g.person(), g.person()
    a = g.addr("us")
    approved = g.maybe(0.5)
    d.w("§\nUtilization Management · §\n\n", g.pick(PLANS), PH(g.phone(tollfree=True)))
    d.w("§\n\n", DT(g.fd(g.rdate(), "long")))
    d.w("§\n§\n\n", PER(p.full()), ADR(a["block"]))
    d.w("RE: Prior authorization case PA-§ for § (member ID §)\n\n", g.digits(8), g.pick(DRUGS), HPN(g.hpn()))
    d.w("Dear §§,\n\n", "Mr. " if p.sex == "M" else g.pick(["Ms. ", "Mrs. "]), PER(p.last))
    if approved:
        d.w("We approved the request submitted by Dr. § for the medication above. The approval is effective § through §. ",
            PER(doc.plain()), DT(g.fd(g.rdate(), "long")), DT(g.fd(g.rdate(), "long")))
        d.t("Quantity limit: 2 pens per 28 days. Your normal copay applies; specialty drugs must be filled at a network specialty pharmacy.\n")
    else:
        d.w("After review by § PharmD, we denied the request from Dr. §. The plan criteria (policy RX-UM-§ v§) require a trial of two formulary alternatives. ",
            PER(rev.full()), PER(doc.last), g.digits(3), g.version())
        d.w("You or your prescriber may appeal by §. Call § or write to the address above.\n", DT(g.fd(g.rdate(), "long")), PH(g.phone(tollfree=True)))
    d.w("\nSincerely,\n§, RN\nClinical Review Team\nLetter ID § · cc: Dr. §, fax §\n", PER(g.person().plain()), g.hexs(10).upper(), PER(doc.full()), PH(g.phone()))


def k_pa_api_request(g, d):
    r = g.r
    p, doc = g.person(), g.person()
    host = g.pick(["api.clearpath-pbm.net", "epa.summitpbm.com", "gateway.keystone-ra.com"])
    d.w("POST /v3/prior-auth/requests HTTP/1.1\nHost: §\n", host)
    if g.maybe(0.7):
        d.w("Authorization: Bearer §\n", JWT(g.jwt()))
    else:
        d.w("Authorization: Bearer §\n", SEC(g.chars(40)))
    d.w("X-Request-Id: §\nContent-Type: application/json\nUser-Agent: ePA-Connector/§\n\n", g.uuid(), g.version())
    d.t("{\n")
    d.w('  "member": {"id": "§", "first_name": "§", "last_name": "§", "birth_date": "§"},\n', HPN(g.hpn()), PER(p.first), PER(p.last), DOB(g.fd(g.dob(), "iso")))
    d.w('  "prescriber": {"npi": "§", "name": "§", "phone": "§", "fax": "§"},\n', g.npi(), PER(doc.full()), PH(g.phone()), PH(g.phone()))
    d.w('  "medication": {"ndc": "§", "description": "§", "quantity": §, "days_supply": §},\n', g.ndc(), g.pick(DRUGS), r.choice([1, 2, 4, 30]), r.choice([28, 30, 84]))
    d.w('  "diagnosis_codes": ["§", "§"],\n', g.pick(ICD10), g.pick(ICD10))
    d.w('  "urgency": "§",\n  "callback_url": "§"\n}\n', g.pick(["standard", "expedited"]), URL(g.url(g.pick(["ehr.meadowviewcare.org", "integrations.carelinkrx.com"]), "/epa/callback")))
    d.w("\nHTTP/1.1 202 Accepted\nLocation: /v3/prior-auth/requests/§\nRetry-After: 120\n", g.uuid())


def k_mds_section_a(g, d):
    r = g.r
    p = g.person()
    d.w("MDS 3.0 NURSING HOME COMPREHENSIVE (NC) ITEM SET -- v§\nSection A. Identification Information\n\n", g.pick(["1.18.11", "1.19.1", "1.17.2"]))
    d.w("A0100A Facility NPI: §    A0100B CMS Certification Number: §\n", g.npi(), g.digits(6))
    d.w("A0310A Type of assessment: 0§   A0310F Entry/discharge: 99\n", r.choice([1, 2, 3]))
    d.w("A0500A First name: §   A0500B Middle initial: -   A0500C Last name: §   A0500D Suffix: -\n", PER(p.first.upper()), PER(p.last.upper()))
    d.w("A0600A Social Security Number: §\n", SSN(g.ssn(g.pick(["-", ""]))))
    d.w("A0600B Medicare number: §\n", HPN(g.mbi()))
    d.w("A0700 Medicaid number: §\n", HPN(g.chars(2, string.ascii_uppercase) + g.digits(6) + g.pick("ABCDEFGH")) if g.maybe(0.7) else "N (not a Medicaid recipient)")
    d.w("A0800 Gender: §     A0900 Birth date: §\n", r.choice("12"), DOB(g.fd(g.dob(1925, 1960), "us")))
    d.w("A1000 Race/Ethnicity: §   A1110A Preferred language: §   A1110B Interpreter needed: §\n", g.pick(["A", "C", "D", "F"]),
        g.pick(["English", "Spanish", "Vietnamese", "Tagalog", "Polish", "Cantonese"]), r.choice("01"))
    d.w("A1200 Marital status: §\nA1600 Entry date: §\nA1700 Type of entry: 1. Admission\n", r.randint(1, 5), DT(g.fd(g.rdate(), "us")))
    d.w("A1800 Entered from: 0§. Acute hospital\nA2300 Assessment reference date: §\n", 3, DT(g.fd(g.rdate(), "us")))
    d.w("\nSection C. BIMS score: §/15   Section GG self-care: §   Section J pain scale: §/10\n", r.randint(3, 15), r.randint(6, 24), r.randint(0, 8))
    d.w("Submission batch §, validation report VR-§: 0 fatal, § warning(s).\n", g.digits(7), g.digits(6), r.randint(0, 4))


def k_care_conference_email(g, d):
    r = g.r
    sw, fam, res, rn = g.person(), g.person(), g.person(), g.person()
    dom = g.pick(["riverbendsnf.com", "meadowviewcare.org", "oakhavenliving.com"])
    dd = g.rdate()
    d.w("From: § <§>\nTo: § <§>\n", PER(sw.plain()), EM(g.email(sw, dom)), PER(fam.plain()), EM(g.email(fam)))
    if g.maybe(0.5):
        d.w("Cc: § <§>\n", PER(rn.plain()), EM(g.email(rn, dom)))
    d.w("Date: §\nSubject: Care conference for your §, §\n\n", rfc_date(g), rel(res, (("father", "mother"), ("husband", "wife"), ("uncle", "aunt"), ("grandfather", "grandmother"))), PER(res.first + " " + res.last))
    d.w("Hi §,\n\n", PER(fam.first))
    d.w("I'm writing to schedule §'s quarterly care plan conference. We have § available in the second-floor family room, or we can set up a video call. ",
        PER(res.first), DT(g.fdt(dd, *g.rtime(9, 16), style=g.pick(["wd", "long"]))))
    d.w("Attending will be the unit manager § and our dietitian. We'll review the latest MDS, weight trends (down 2.1 lb in 30 days) and the therapy plan.\n\n", PER(rn.plain()))
    if g.maybe(0.6):
        d.w("Video link: § (meeting ID § § §, passcode §)\n\n", URL(g.url(g.pick(["zoom.us", "meet.riverbendsnf.com"]), "/j/" + g.digits(10))),
            g.digits(3), g.digits(4), g.digits(4), PWD(g.passcode()))
    d.w("Please also bring a copy of the POA paperwork if it has changed since §. You can reach me directly at § or the nurses' station at §.\n\n",
        r.randint(2018, 2023), PH(g.phone()), PH(g.phone()))
    d.w("Best regards,\n§, LMSW\nSocial Services, Room 114\n", PER(sw.plain()))


def k_nursing_shift_log(g, d):
    r = g.r
    unit = g.pick(["2 West", "Magnolia Unit", "Memory Care B", "Rehab Hall", "Station 3"])
    nurse = g.person()
    dd = g.rdate()
    d.w("SHIFT REPORT -- § -- § shift   RN: §\nCensus 28/30, 1 isolation (C. diff), 0 falls\n\n", unit, g.pick(["Night", "Day", "Evening"]), PER(nurse.plain()))
    for h, m in clock_series(g, r.randint(5, 9)):
        res = g.person()
        room = "%d%s" % (r.randint(100, 340), r.choice("AB"))
        k = r.randint(0, 6)
        if k == 0:
            d.w("%02d:%02d Rm § § -- PRN § given for pain 6/10, reassessed 4/10 at 1 hr.\n" % (h, m), room, PER(res.lf(mid=False)), g.pick(["acetaminophen 650 mg", "tramadol 50 mg", "oxycodone 5 mg"]))
        elif k == 1:
            d.w("%02d:%02d Rm § § -- found on floor beside bed, no injury noted, neuro checks q15 x4 started. Family (§) notified at §.\n" % (h, m),
                room, PER(res.plain()), PER(g.person().plain()), PH(g.phone()))
        elif k == 2:
            d.w("%02d:%02d Rm § § -- BG 62, juice given, recheck 104. Dr. § paged, new order to hold evening glipizide.\n" % (h, m), room, PER(res.plain()), PER(g.person().last))
        elif k == 3:
            d.w("%02d:%02d Rm § -- resident ate 25%% dinner plus a Ben & Jerry's cup, weight 142.6 lb. Dietitian consult placed.\n" % (h, m), room)
        elif k == 4:
            d.w("%02d:%02d Pharmacy delivery tote #§ received (§), cart restocked. Controlled count correct x2 with §.\n" % (h, m), g.digits(6), g.pick(PHARMACY_BRANDS), PER(g.person().first))
        elif k == 5:
            d.w("%02d:%02d Rm § § -- appointment with cardiology confirmed for §, transport booked.\n" % (h, m), room, PER(res.plain()), DT(g.fdt(g.rdate(), *g.rtime(8, 15))))
        else:
            d.w("%02d:%02d Call light response audit: avg 4 min 10 s. Bed alarm Rm § replaced (asset §).\n" % (h, m), room, g.digits(6))
    d.w("\nEnd-of-shift narcotic count signed by § and §.\n", PER(nurse.first + " " + nurse.last), PER(g.person().plain()))


def k_evv_visit_log(g, d):
    r = g.r
    cg, client = g.person(), g.person()
    a = g.addr("us")
    dd = g.rdate()
    h, m = g.rtime(7, 12)
    h2 = min(h + r.randint(1, 4), 23)
    d.w("ELECTRONIC VISIT VERIFICATION -- visit §\nAgency: § Home Health (Medicaid ID §)\n", g.digits(9), g.pick(["Lakeshore", "Comfort Keepers", "Amada", "Sunrise"]), g.digits(8))
    d.w("Client: §   Medicaid #: §\nService address: §\n", PER(client.lf()), HPN(g.chars(2, string.ascii_uppercase) + g.digits(8)), ADR(a["line"]))
    d.w("Caregiver: §   Worker ID: §\n", PER(cg.plain()), g.digits(6))
    d.w("Service date: §   Scheduled: §–§   Service code: T1019 (personal care)\n\n", DT(g.fd(dd, "us")), DT(g.ft(h, 0)), DT(g.ft(h2, 0)))
    d.t("Telephony / GPS events\n")
    mm = m
    for ev in ["CLOCK-IN gps=%.5f,%.5f acc=12m" % (r.uniform(25, 47), -r.uniform(75, 122)), "task 101 bathing done", "task 205 meal prep done",
               "task 310 medication reminder", "CLOCK-OUT gps ok"]:
        d.t("%02d:%02d  %s\n" % (h if ev != "CLOCK-OUT gps ok" else h2, mm % 60, ev))
        mm += r.randint(3, 25)
    d.w("\nException: §\n", g.pick(["none", "late clock-in (11 min) -- traffic", "visit shortened, client at adult day program", "manual entry approved by supervisor"]))
    d.w("Client signature captured on device §, app CareTrack v§. Supervisor: §\n", g.hexs(12).upper(), g.version(), PER(g.person().plain()))


def k_oasis_soc(g, d):
    r = g.r
    p, rn, pcp, cg = g.person(), g.person(), g.person(), g.person()
    a = g.addr("us")
    d.t("OASIS-E START OF CARE -- SUMMARY PRINTOUT\n")
    d.w("M0020 Patient ID: §     M0030 SOC date: §     M0040 Name: §\n", MRN(g.mrn()), DT(g.fd(g.rdate(), "us")), PER(p.lf()))
    d.w("M0050 State: §    M0060 ZIP: §    M0063 Medicare #: §    M0064 SSN: §\n", LOC(a["region"]), a["postcode"][:5], HPN(g.mbi()), SSN(g.ssn()) if g.maybe(0.6) else "UK -- unknown")
    d.w("M0066 Birth date: §     M0069 Gender: §\n", DOB(g.fd(g.dob(1928, 1962), "us")), r.choice(["1-Male", "2-Female"]))
    d.w("Address: §   Phone: §\n", ADR(a["street"]), PH(g.phone()))
    d.w("M0104 Referral date: §    Physician: Dr. § (NPI §)\n", DT(g.fd(g.rdate(), "us")), PER(pcp.plain()), g.npi())
    d.w("Primary caregiver: § (§), cell §\n\n", PER(cg.plain()), g.pick([rel(cg), "spouse", "neighbor"]), PH(g.phone()))
    d.w("M1021 Primary dx: § -- § \nM1033 Risk for hospitalization: 1,2,4,6\nM1800 Grooming: §  M1830 Bathing: §  M1860 Ambulation: §\n",
        g.pick(ICD10), g.pick(["Heart failure", "COPD w/ exacerbation", "Aftercare following joint replacement", "Type 2 DM w/ hyperglycemia"]),
        r.randint(0, 3), r.randint(0, 6), r.randint(0, 6))
    d.w("GG0170 Mobility scores entered. HHRG §. Clinician: §, RN -- visit duration 95 min.\n", g.chars(5, UPDIG), PER(rn.plain()))


def k_home_health_ics(g, d):
    r = g.r
    client, rn = g.person(), g.person()
    a = g.addr("us")
    tz = g.pick(["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"])
    dd = g.rdate()
    h, m = g.rtime(8, 16)
    stamp = g.rdate()
    d.t("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CareRoute Scheduler//3.4//EN\r\nBEGIN:VEVENT\r\n")
    d.w("UID:§@careroute\r\nDTSTAMP:§T§Z\r\nCREATED:§T080000Z\r\n", g.uuid(), stamp.strftime("%Y%m%d"), "%02d%02d%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), stamp.strftime("%Y%m%d"))
    d.w("DTSTART;TZID=§:§\r\n", tz, DT("%sT%02d%02d00" % (dd.strftime("%Y%m%d"), h, m)))
    d.w("DTEND;TZID=§:§\r\n", tz, DT("%sT%02d%02d00" % (dd.strftime("%Y%m%d"), h + 1, m)))
    d.w("SUMMARY:Skilled nursing visit - § (wound care)\r\n", PER(client.plain()))
    d.w("LOCATION:§\r\n", ADR(a["line"].replace(",", "\\,")))
    d.w("DESCRIPTION:SN visit 3 of 8. Gate code 4412#. Dog in yard (§\\, friendly). Call caregiver § at § if running late.\r\n",
        g.pick(PET_NAMES), PER(g.person().first), PH(g.phone()))
    d.w("ORGANIZER;CN=§:mailto:§\r\n", PER(rn.plain()), EM(g.email(rn, "lakeshorehomehealth.com")))
    d.w("LAST-MODIFIED:§T1200Z\r\nSEQUENCE:§\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", stamp.strftime("%Y%m%d"), r.randint(0, 4))


def k_vet_soap(g, d):
    r = g.r
    owner, vet = g.person(), g.person()
    pet = g.pick(PET_NAMES)
    a = g.addr("us")
    d.w("§ Veterinary Hospital -- Medical Record\n", g.pick(["Harbor", "Sun Valley", "Prairie Paws", "Maple Grove", "Northside"]))
    d.w("Client: §   Client #: §   Phone: §\n", PER(owner.lf(mid=False)), ACC(g.digits(6)), PH(g.phone()))
    d.w("Address: §\n", ADR(a["line"]))
    d.w("Patient: \"§\"  § · §, § yrs · Wt § kg  Microchip §\n", pet, g.pick(BREEDS), g.pick(["MN", "FS", "M", "F"]), r.randint(1, 16), round(r.uniform(2.5, 48), 1), "985" + g.digits(12, False))
    d.w("Visit: §   DVM: Dr. §\n\n", DT(g.fdt(g.rdate(), *g.rtime(8, 18))), PER(vet.plain()))
    d.w("S: Owner reports § has been vomiting x2 days, eating grass, otherwise BAR. Last Bravecto dose given ~10 wks ago.\n", pet)
    d.w("O: T 102.4 F, HR 110, RR 24, mm pink, CRT <2. Mild cranial abdominal discomfort. Body condition 6/9.\n")
    d.w("A: Acute gastritis, r/o dietary indiscretion / foreign body.\n")
    d.w("P: 2-view abdominal rads WNL. Cerenia inj SC, dispensed § and bland diet x5 days. Recheck if not improved in 48 h.\n", g.pick(VET_DRUGS))
    d.w("Owner (§) verbalized understanding. Estimate § accepted. Reminder: rabies due § (tag #§).\n", PER(owner.first), g.amount(90, 700),
        DT(g.fd(g.rdate())), "%d-%s" % (r.randint(2022, 2025), g.digits(5)))


def k_vet_invoice(g, d):
    r = g.r
    owner = g.person()
    pets = r.sample(PET_NAMES, r.randint(1, 2))
    d.w("§ ANIMAL CLINIC\n§ · §\n\n", g.pick(["SUN VALLEY", "BAYVIEW", "CROSSROADS", "MAPLE GROVE"]), ADR(g.addr("us")["line"]), PH(g.phone()))
    d.w("INVOICE §        Date: §\nClient: § (acct §)\n", g.digits(6), DT(g.fd(g.rdate(), "us")), PER(owner.plain()), ACC(g.digits(7)))
    total = 0.0
    for pet in pets:
        d.w("\nPatient: § (§)\n", pet, g.pick(BREEDS))
        for item in r.sample(["Exam - wellness", "DHPP vaccine", "Rabies 3yr vaccine", "FeLV/FIV snap test", "Heartworm test", "Dental prophy grade 2",
                              "Nail trim", "Fecal float", "CBC + chem 17", "Hill's Science Diet c/d 8.5 lb", "Bravecto 1000 mg chew", "Cytopoint injection"], r.randint(2, 4)):
            v = r.uniform(12, 320)
            total += v
            d.t("  %-36s %3d  %9s\n" % (item, 1, "$%.2f" % v))
    d.w("\nSubtotal $%.2f   Tax $%.2f   TOTAL $%.2f\n" % (total, total * 0.07, total * 1.07))
    if g.maybe(0.6):
        brand = g.pick(["Visa", "Mastercard", "Discover", "Amex"])
        d.w("Paid: § card § (auth §)\n", brand, CC(g.card(brand=brand)), g.digits(6))
    else:
        d.w("Paid: card §, auth §. Balance $0.00\n", g.masked_card(), g.digits(6))
    d.w("Thank you for trusting us with § and family! Portal: §\n", " & ".join(pets), URL(g.url(g.pick(["sunvalleyvets.com", "harborvet.com"]), "/portal")))


def k_vet_reminder_email(g, d):
    r = g.r
    owner = g.person()
    pet = g.pick(PET_NAMES)
    dom = g.pick(["harborvet.com", "sunvalleyvets.com"])
    d.w("From: Harbor Vet Reminders <§>\nTo: §\nDate: §\nSubject: § is due for vaccines!\n\n", EM("reminders@" + dom), EM(g.email(owner)), rfc_date(g), pet)
    d.w("Hi §,\n\nOur records show that § (§) is due for the following:\n", PER(owner.first), pet, g.pick(BREEDS))
    for it in r.sample(["Rabies (3 yr)", "DHPP booster", "Bordetella", "Leptospirosis", "FVRCP", "Annual wellness exam", "Heartworm test"], 3):
        d.w("  • § -- due §\n", it, DT(g.fd(g.rdate(), g.pick(["us", "long"]))))
    d.w("\nBook online at § or call §. We have openings §.\n", URL(g.url("book." + dom, "/appointments")), PH(g.phone()),
        g.pick(["this Saturday morning", "next week", "most weekday evenings"]))
    d.w("Prefer texts? Reply to this email with your mobile number. Reminder ID §.\n\n-- The team at Harbor Vet (Dr. § and Dr. §)\n", g.digits(8), PER(g.person().last), PER(g.person().last))


def k_telepharmacy_chat(g, d):
    r = g.r
    pt, rph = g.person(), g.person()
    a = g.addr("us")
    h, m = g.rtime(9, 19)
    handle = "rph_" + asciify(rph.last).lower()

    def ts():
        nonlocal h, m
        m += r.randint(0, 3)
        if m >= 60:
            h, m = h + 1, m - 60
        return "[%02d:%02d]" % (h, m)
    d.w("CareLink Rx Telepharmacy -- chat transcript § (queue: refill-consult)\n", g.uuid())
    d.w("§ System: You are now chatting with § (§), licensed pharmacist.\n", ts(), PER(rph.plain()), handle)
    d.w("§ Patient: hi, I need to refill my § but the app says too soon\n", ts(), g.pick(DRUGS))
    d.w("§ §: Happy to help. Can you confirm your full name and date of birth?\n", ts(), handle)
    d.w("§ Patient: § , §\n", ts(), PER(pt.plain().lower() if g.maybe(0.3) else pt.plain()), DOB(g.fd(g.dob(), g.pick(["us", "us0", "long"]))))
    d.w("§ §: Thanks! Your last fill was 23 days ago for a 30-day supply, so the plan allows it in 2 days.\n", ts(), handle)
    d.w("§ Patient: I'm travelling to § on §, can I get a vacation override?\n", ts(), LOC(g.city()), DT(g.fd(g.rdate(), g.pick(["long", "us0"]))))
    d.w("§ §: Yes, I'll request one. Shipping to § like before?\n", ts(), handle, ADR(a["line"]))
    d.w("§ Patient: yes. my cell is § if they need to call\n", ts(), PH(g.phone()))
    d.w("§ §: Done -- override ref VO-§. Your copay will be § on the card ending §.\n", ts(), handle, g.digits(6), g.amount(0, 75), g.digits(4, False))
    d.w("§ System: Chat closed. Rate your pharmacist 1-5. Session duration 6 min.\n", ts())


def k_telepharmacy_session_log(g, d):
    r = g.r
    rph, tech, pt = g.person(), g.person(), g.person()
    dd = g.rdate()
    site = g.pick(["Remote Site 07 (Clinic pharmacy)", "Kiosk RS-12", "Hospital satellite RS-03"])
    d.w("TELEPHARMACY REMOTE VERIFICATION LOG -- §\n", site)
    d.w("Supervising RPh: § (lic. RPH-§)   Technician on site: §\n", PER(rph.plain()), g.digits(6), PER(tech.plain()))
    d.w("Video bridge: § (meeting § / passcode §)\n", URL(g.url(g.pick(["telerx.carelinkrx.com", "video.brightpathrx.com"]), "/room/" + g.hexs(8))), g.digits(10), PWD(g.passcode()))
    d.w("Network: site gateway §, camera NVR §:8554, VPN peer §\n\n", IP(g.ipv4(False)), IP(g.ipv4(True)), IP(g.ipv6() if g.maybe(0.5) else g.ipv4(False)))
    for ts in log_series(g, r.randint(4, 7), dd, "iso"):
        k = r.randint(0, 3)
        if k == 0:
            d.w("§ VERIFY rx=§ ndc=§ image_match=0.§ result=APPROVED\n", ts, g.rx_no(), g.ndc(), r.randint(91, 99))
        elif k == 1:
            d.w("§ COUNSEL rx=§ patient=\"§\" dob=§ duration=4m12s\n", ts, g.rx_no(), PER(pt.lf(mid=False)), DOB(g.fd(g.dob(), "iso")))
        elif k == 2:
            d.w("§ REJECT rx=§ reason=WRONG_STRENGTH tech=§ -- returned to stock\n", ts, g.rx_no(), g.pick(["tech07", "rs12_tech", "vtx_b"]))
        else:
            d.w("§ HEARTBEAT latency=§ms jitter=§ms fps=24\n", ts, r.randint(20, 180), r.randint(1, 30))
    d.w("\nShift closed by §. Discrepancies: §\n", PER(rph.first + " " + rph.last), r.randint(0, 2))


def k_billing_dispute_email(g, d):
    r = g.r
    pt = g.person()
    dom = g.pick(["apexbillingpartners.com", "meadowviewcare.org", "pinecrest-lab.com"])
    d.w("From: § <§>\nTo: §\nDate: §\n", PER(pt.plain()), EM(g.email(pt)), EM(g.role_email(dom)), rfc_date(g))
    if g.maybe(0.4):
        d.w("Received: from mail-§.outbound.protection.outlook.com by mx1.§ with ESMTPS id §; §\n", g.chars(6, string.ascii_lowercase), dom, g.hexs(10), rfc_date(g))
    acct = g.acct()
    d.w("Subject: Disputing charges on account §\n\n", ACC(acct))
    d.t("To whom it may concern,\n\n")
    d.w("I am writing to dispute the statement dated § for account §. ", DT(g.fd(g.rdate(), "long")), ACC(acct))
    d.w("The lab work (CPT §, §) was drawn on § during my annual physical, which should be covered at 100% as preventive care. ",
        g.pick(CPT), g.pick(CPT), DT(g.fd(g.rdate())))
    d.w("Instead I was billed § and the claim (§) was processed as diagnostic.\n\n", g.amount(80, 1900), g.claim_no())
    d.w("My insurance is § and my member ID is §. ", g.pick(PLANS), HPN(g.hpn()))
    if g.maybe(0.5):
        d.w("I already paid § with my card § on § under protest; please refund it if the claim is corrected. ",
            g.amount(20, 300), CC(g.card()), DT(g.fd(g.rdate())))
    d.w("Please hold the account from collections while this is reviewed.\n\nYou can reach me at § or by mail at §.\n\nThank you,\n§\n",
        PH(g.phone()), ADR(g.addr("us")["line"]), PER(pt.full()))


def k_billing_dispute_response(g, d):
    r = g.r
    pt, rep = g.person(), g.person()
    a = g.addr("us")
    acct = g.acct()
    d.w("APEX BILLING PARTNERS, LLC\nPatient Financial Services · §\n§\n\n", ADR(g.addr("us")["line"]), PH(g.phone(tollfree=True)))
    d.w("§\n\n§\n§\n\n", DT(g.fd(g.rdate(), "long")), PER(pt.upper()), ADR(a["block"].upper()))
    d.w("Re: Account § · Guarantor §\n\n", ACC(acct), PER(pt.plain()))
    d.w("Dear §:\n\n", PER(g.pick(["", ""]) + pt.full()))
    d.w("We completed our review of the billing inquiry you submitted on §. ", DT(g.fd(g.rdate(), "long")))
    if g.maybe(0.5):
        d.t("The services were re-coded with modifier 33 and resubmitted to your plan. The adjusted patient balance is $0.00, and ")
        d.w("a refund of § will be issued to the original form of payment within 10 business days.\n\n", g.amount(15, 400))
    else:
        d.w("Your plan's remittance (ICN §) shows the deductible was applied correctly, so the balance of § remains due. ", g.digits(13), g.amount(40, 1600))
        d.w("A 0% payment plan is available; set it up at § using PIN §.\n\n", URL(g.url("pay.apexbillingpartners.com", "/plans")), g.digits(5))
    d.t("Collection activity has been paused for 60 days. Routing number for mailed checks is not required; make checks payable to Apex Billing Partners.\n\n")
    d.w("Sincerely,\n§\nPatient Account Representative, ext. § \nRef § · Form PFS-§\n", PER(rep.plain()), r.randint(200, 499), g.hexs(8).upper(), g.digits(3))


def k_x12_837(g, d):
    r = g.r
    sub, doc = g.person(), g.person()
    a, pa = g.addr("us"), g.addr("us")
    ts = g.rdate()
    hm = "%02d%02d" % (r.randint(0, 23), r.randint(0, 59))
    ctl = g.digits(9, False)
    d.w("ISA*00*          *00*          *ZZ*§     *ZZ*§    *§*§*^*00501*§*0*P*:~\n", g.chars(10, UPDIG), g.chars(11, UPDIG), ts.strftime("%y%m%d"), hm, ctl)
    d.w("GS*HC*§*§*§*§*§*X*005010X222A1~\nST*837*0001*005010X222A1~\n", g.chars(8, UPDIG), g.chars(8, UPDIG), ts.strftime("%Y%m%d"), hm, r.randint(1, 9999))
    d.w("BHT*0019*00*§*§*§*CH~\n", g.digits(8), ts.strftime("%Y%m%d"), hm)
    d.w("NM1*85*2*§*****XX*§~\n", g.pick(["BRIGHT SMILES DENTAL GROUP", "LAKESHORE HOME HEALTH LLC", "PINECREST LABORATORY INC"]), g.npi())
    d.w("N3*§~\nN4*§*§*§~\nREF*EI*§~\n", ADR(pa["street"].upper()), LOC(pa["city"].upper()), LOC(pa["region"]), pa["postcode"].replace("-", ""), g.digits(9))
    d.w("SBR*P*18*§******CI~\n", g.group())
    d.w("NM1*IL*1*§*§****MI*§~\n", PER(sub.last.upper()), PER(sub.first.upper()), HPN(g.hpn()))
    d.w("N3*§~\nN4*§*§*§~\n", ADR(a["street"].upper()), LOC(a["city"].upper()), LOC(a["region"]), a["postcode"].replace("-", ""))
    d.w("DMG*D8*§*§~\n", DOB(g.fd(g.dob(), "compact")), r.choice("MF"))
    d.w("NM1*PR*2*§*****PI*§~\n", g.pick(PLANS).upper(), g.digits(5))
    d.w("CLM*§*§***11:B:1*Y*A*Y*Y~\n", g.chars(10, UPDIG), "%.2f" % r.uniform(90, 4000))
    d.w("REF*EA*§~\nHI*ABK:§~\n", MRN(g.mrn()), g.pick(ICD10).replace(".", ""))
    d.w("NM1*82*1*§*§****XX*§~\n", PER(doc.last.upper()), PER(doc.first.upper()), g.npi())
    for i in range(r.randint(1, 3)):
        d.w("LX*§~\nSV1*HC:§*§*UN*1***1~\nDTP*472*D8*§~\n", i + 1, g.pick(CPT), "%.2f" % r.uniform(20, 900), DT(g.fd(g.rdate(), "compact")))
    d.w("SE*§*0001~\nGE*1*§~\nIEA*1*§~\n", r.randint(20, 40), r.randint(1, 9999), ctl)


def k_trial_screening_csv(g, d):
    r = g.r
    proto = "%s-%d" % (g.chars(3, string.ascii_uppercase), r.randint(100, 999))
    d.w("Screening & Enrollment Log -- Protocol § (NCT§) -- Site §\n", proto, g.digits(8), g.digits(3, False))
    d.w("PI: Dr. §  | CRC: § | log version §\n\n", PER(g.person().plain()), PER(g.person().plain()), r.randint(2, 9))
    d.t("screen_no,mrn,name,dob,prescreen_date,consent_date,status,reason_code,notes\n")
    for i in range(r.randint(3, 7)):
        p = g.person()
        status = g.pick(["SCREEN FAIL", "ENROLLED", "PENDING", "DECLINED", "SCREEN FAIL"])
        consent = DT(g.fd(g.rdate(), "us")) if status in ("ENROLLED", "PENDING", "SCREEN FAIL") else "--"
        d.w('S%s-§,§,"§",§,§,§,§,§,§\n' % g.digits(3, False), "%03d" % (i + 1), MRN(g.mrn()), PER(p.lf(mid=False)), DOB(g.fd(g.dob(1950, 2004), "us")),
            DT(g.fd(g.rdate(), "us")), consent, status, g.pick(["IN-02", "EX-04", "EX-11", "--", "EX-07"]),
            g.pick(["eGFR 38 (<45)", "HbA1c 11.2%", "prior biologic <12 wks", "travel distance", "", "randomized arm TBD"]))
    d.w("\nScreen-fail ratio §%. Reason codes per protocol section 5.2. Exported from CTMS §.\n", r.randint(20, 70), g.version())


def k_trial_prescreen_note(g, d):
    r = g.r
    p, crc, pi = g.person(), g.person(), g.person()
    d.w("PRE-SCREENING NOTE -- Study §\n", g.pick(["BRIGHT-HF", "ATLAS-301", "NOVA-DKD", "LUMEN-2"]))
    d.w("Potential participant: § (MRN §), §-year-old, referred by Dr. § from the § clinic.\n", PER(p.full()), MRN(g.mrn()), r.randint(40, 82), PER(pi.last), g.pick(["heart failure", "nephrology", "endocrine"]))
    d.w("Phone contact on §: explained study purpose, 18-month duration, 11 visits, stipend $75/visit. ", DT(g.fdt(g.rdate(), *g.rtime(9, 17))))
    d.w("Participant lives in § and is willing to travel. Prefers calls at § after §; spouse § may answer.\n",
        LOC(g.city()), PH(g.phone()), DT(g.pick(["5 PM", "5:30 PM", "6 pm", "4:00 PM"])), PER(g.person().first))
    d.w("Chart review: LVEF 32% (echo), NT-proBNP 1840 pg/mL, eGFR 51. Meets I-1 to I-4; possible EX-09 (SGLT2i started within 8 weeks).\n")
    d.w("Plan: consent visit § at the research office; bring med list and insurance card (member ID on file: §).\n", DT(g.fd(g.rdate(), "wd")), HPN(g.hpn()))
    d.w("-- §, CCRC  (ext. 4471) · IRB § · CTMS record §\n", PER(crc.plain()), g.digits(8), g.uuid())


def k_pharmacy_env(g, d):
    r = g.r
    d.w("# carelink-rx refill-service -- production\n# managed by ops; last rotated by §\n", PER(g.person().plain()))
    d.t("APP_ENV=production\nLOG_LEVEL=info\n")
    d.w("DATABASE_URL=postgres://rx_app:§@db-rx-prod-1.internal:5432/refills?sslmode=require\n", PWD(g.password()))
    d.w("REDIS_URL=redis://cache.internal:6379/2\n")
    d.w("AWS_REGION=us-east-2\nAWS_ACCESS_KEY_ID=§\nAWS_SECRET_ACCESS_KEY=§\n", AKID(g.aws_key()), ASK(g.aws_secret()))
    d.w("CLAIMS_BUCKET=s3://carelink-claims-exports-§\n", g.digits(6))
    if g.maybe(0.7):
        d.w("STRIPE_SECRET_KEY=§\n", STK(g.stripe_key()))
    else:
        d.t("STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}\n")
    if g.maybe(0.6):
        d.w("SLACK_BOT_TOKEN=§\nSLACK_ALERT_CHANNEL=#rx-ops-alerts\n", SLK(g.slack_token()))
    d.w("SURESCRIPTS_CLIENT_SECRET=§\n", SEC(g.generic_secret()))
    d.t("FAX_API_KEY=${{ secrets.FAX_API_KEY }}\n")
    d.w("PUBLIC_BASE_URL=§\n", URL("https://" + g.pick(["refills.carelinkrx.com", "rx.brightpathrx.com"])))
    d.w("OPS_PAGER=§\nSUPPORT_EMAIL=§\n", PH(g.phone(intl=True)), EM(g.role_email("carelinkrx.com")))
    d.w("BUILD_SHA=§\nRELEASE=§\nFEATURE_FLAGS=vacation_override,ncpdp_d0_v2\n", g.hexs(40), g.version())


def k_k8s_secret(g, d):
    r = g.r
    b = lambda s: base64.b64encode(s.encode()).decode()
    d.w("apiVersion: v1\nkind: Secret\nmetadata:\n  name: lis-hl7-bridge-creds\n  namespace: lab-integration\n  uid: §\n  labels:\n    app: hl7-bridge\n    tier: interface\ntype: Opaque\ndata:\n", g.uuid())
    d.w("  DB_PASSWORD: §\n", PWD(b(g.password())))
    d.w("  MLLP_TLS_KEY_PASSPHRASE: §\n", PWD(b(g.password())))
    d.w("  REFERENCE_LAB_API_KEY: §\n", SEC(b(g.generic_secret())))
    if g.maybe(0.5):
        d.w("  AWS_SECRET_ACCESS_KEY: §\n", SEC(b(g.aws_secret())))
    d.t("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lis-hl7-bridge-config\ndata:\n")
    d.w("  MLLP_PEER: \"§\"\n  MLLP_PORT: \"2575\"\n", IP(g.ipv4(True)))
    d.w("  RESULTS_WEBHOOK: \"§\"\n", URL(g.url(g.pick(["hooks.pinecrest-lab.com", "results.northfieldlabs.org"]), "/v1/hl7/inbound")))
    d.w("  ONCALL_CONTACT: \"§ §\"\n  IMAGE_DIGEST: \"sha256:§\"\n  HELM_CHART: \"hl7-bridge-§\"\n", PER(g.person().plain()), PH(g.phone()), g.hexs(64), g.version())


def k_controlled_pickup_log(g, d):
    r = g.r
    d.w("CONTROLLED SUBSTANCE PICK-UP ID LOG -- §\n", g.pick(PHARMACY_BRANDS))
    d.t("Schedule II-V dispensing requires government photo ID. Retain 2 years.\n\n")
    d.t("Date        Rx#      Drug / Sched            Picked up by              ID type  ID number            Relation\n")
    for _ in range(r.randint(3, 6)):
        p = g.person()
        idt = g.pick(["DL", "DL", "DL", "STATE ID", "PASSPORT"])
        d.w("§  §  §  §  §  ", DT(g.fd(g.rdate(), "us")), g.rx_no(), g.pick(["oxycodone 5mg CII", "Adderall 20mg CII", "alprazolam 0.5mg CIV",
                                                                              "tramadol 50mg CIV", "Lyrica 75mg CV", "bup/nal 8-2 CIII"]).ljust(22),
            PER(p.plain()), idt.ljust(8))
        if idt == "DL":
            d.w("§", DL(g.dl()))
        elif idt == "STATE ID":
            d.t("ID-" + g.digits(8))
        else:
            d.t("(passport, not recorded)")
        d.w("  §\n", g.pick(["self", "self", "spouse", "caregiver", rel(p)]))
    d.w("\nPMP query performed for each fill (state PDMP gateway v§). Reviewed by RPh § on §.\n", g.version(), PER(g.person().plain()), DT(g.fd(g.rdate())))


def k_specialty_intake(g, d):
    r = g.r
    p, cg, doc = g.person(), g.person(), g.person()
    a = g.addr("us")
    d.w("SPECIALTY PHARMACY REFERRAL INTAKE -- §\n", g.pick(["BrightPath Specialty", "CareLink Specialty Rx", "Summit Specialty Pharmacy"]))
    d.w("Intake #: §    Received: §\n\n", g.digits(8), DT(g.fdt(g.rdate(), *g.rtime(8, 18))))
    d.w("PATIENT\n  Name: §\n  DOB: §     Sex: §\n  Ship to: §\n  Home: §   Mobile: §\n  Email: §\n", PER(p.full()), DOB(g.fd(g.dob())), r.choice("MF"),
        ADR(a["line"]), PH(g.phone()), PH(g.phone()), EM(g.email(p)))
    d.w("  Preferred language: § (interpreter §)\n", g.pick(["English", "Spanish", "Arabic", "Korean", "Haitian Creole"]), g.pick(["not needed", "requested"]))
    d.w("INSURANCE\n  Primary: §   ID §   BIN § PCN §\n  Secondary: §   ID §\n", g.pick(PLANS), HPN(g.hpn()), g.bin(), g.pcn(), g.pick(["Medicaid", "none", "Medigap Plan G"]), HPN(g.hpn()))
    d.w("PRESCRIBER\n  Dr. §, NPI §, phone §, fax §\n", PER(doc.full()), g.npi(), PH(g.phone()), PH(g.phone()))
    d.w("THERAPY\n  § -- loading dose then maintenance; first ship requested by §\n", g.pick(DRUGS), DT(g.fd(g.rdate())))
    d.w("PAYMENT\n  Copay card BIN §; patient responsibility up to §/month. Card on file: §\n", g.bin(), g.amount(0, 50), CC(g.card()))
    d.w("  Alternate contact: § (§) §\n", PER(cg.plain()), g.pick(["daughter", "partner", "home aide"]), PH(g.phone()))
    d.w("Benefits investigation case BI-§ opened by §.\n", g.digits(7), PER(g.person().first))


def k_billing_call_notes(g, d):
    r = g.r
    pt, agent = g.person(), g.person()
    dd = g.rdate()
    acct = g.acct()
    d.w("CALL NOTES -- Patient Financial Services   Agent: § (§)   Queue: BILLING-INQ\n", PER(agent.plain()), g.pick(["agt_4471", "pfs.agent12", "rep-0923"]))
    d.w("Account: §   Guarantor: §   Call-back: §\n\n", ACC(acct), PER(pt.lf()), PH(g.phone()))
    lines = [
        ("Caller verified with DOB § and last 4 of SSN (****). ", [DOB(g.fd(g.dob()))]),
        ("Caller states the ER visit of § was billed twice (claims § and §). ", [DT(g.fd(dd)), g.claim_no(), g.claim_no()]),
        ("Confirmed duplicate; submitted void for second claim, ticket INC§. ", [g.digits(7)]),
        ("Caller asked to update mailing address to §. ", [ADR(g.addr("us")["line"])]),
        ("Took payment of § on card §, confirmation § . ", [g.amount(20, 400), CC(g.card()) if g.maybe(0.6) else g.masked_card(), g.chars(10, UPDIG)]),
        ("Caller also disputes anesthesia charge from § (out-of-network). Advised No Surprises Act dispute process; sent link § by SMS. ", [g.pick(["Northstar Anesthesia", "Envision Physician Services", "Ross & Baker Anesthesia Group"]), URL(g.url("help.apexbillingpartners.com", "/nsa-dispute"))]),
        ("Account placed on 45-day hold until §. ", [DT(g.fd(g.rdate()))]),
    ]
    for i, (txt, args) in enumerate(lines):
        if i < 2 or g.maybe(0.75):
            d.w("- " + txt.strip() + "\n", *args)
    d.w("Call duration 14:32. Wrap code RES-§. Survey offered.\n", g.digits(2))


def k_ci_build_log(g, d):
    r = g.r
    dd = g.rdate()
    dev = g.person()
    ser = iter(log_series(g, 16, dd, "iso"))
    repo = g.pick(["lab-interfaces/hl7-bridge", "rx-platform/claims-adjudicator", "dental-pm/perio-sync", "snf-ops/mds-submitter"])
    for ln in ["##[group]Run actions/checkout@v4", "with:\n  repository: " + repo, "##[endgroup]", "Syncing repository: " + repo]:
        d.w("§ §\n", next(ser), ln)
    d.w("§ Run ./scripts/deploy.sh --env staging\n", next(ser))
    d.w("§ + export GITHUB_TOKEN=§\n", next(ser), GHT(g.gh_token()))
    if g.maybe(0.6):
        d.w("§ + export AWS_ACCESS_KEY_ID=§\n", next(ser), AKID(g.aws_key()))
        d.w("§ + export AWS_SECRET_ACCESS_KEY=§\n", next(ser), ASK(g.aws_secret()))
    else:
        d.w("§ + export AWS_SECRET_ACCESS_KEY=***\n", next(ser))
    d.w("§ + curl -s -X POST -H 'Authorization: Bearer §' §\n", next(ser), SLK(g.slack_token()), URL("https://slack.com/api/chat.postMessage"))
    d.w("§ Deploying commit § (v§) to staging-§\n", next(ser), g.hexs(40), g.version(), g.digits(2))
    d.w("§ Smoke test: POST https-proxy → §:8443 /health 200 in 84ms\n", next(ser), IP(g.ipv4(True)))
    d.w("§ ##[warning]Secret scanning flagged 1 token in logs; notify § (§)\n", next(ser), PER(dev.plain()), EM(g.email(dev, "pinecrest-lab.com")))
    d.w("§ Job finished with exit code 0 after 3m 41s. Artifact digest sha256:§\n", next(ser), g.hexs(64))


def k_slack_export(g, d):
    r = g.r
    msgs = []
    base = r.randint(1700000000, 1760000000)
    people = [(g.person(), "U0" + g.chars(8, UPDIG)) for _ in range(3)]
    d.t("[\n")
    n = r.randint(3, 5)
    kinds = r.sample(range(5), n)
    for i in range(n):
        ts = "%d.%06d" % (base + i * r.randint(20, 900), r.randint(0, 999999))
        pp, uid = g.pick(people)
        d.w('  {"type": "message", "user": "§", "user_profile": {"real_name": "§", "name": "§"}, "ts": "§",\n   "text": "', uid, PER(pp.plain()),
            asciify(pp.first).lower() + "." + asciify(pp.last).lower()[:1], ts)
        k = kinds[i]
        if k == 0:
            d.w("PA backlog is at § cases, oldest one is from §. Can someone call the § fax line § to resend?", r.randint(12, 90), DT(g.fd(g.rdate(), "us0")), g.pick(PBM_NAMES), PH(g.phone(tollfree=True)))
        elif k == 1:
            d.w("testing the refund webhook on prod, key is § -- will rotate after", STK(g.stripe_key()))
        elif k == 2:
            d.w("patient § called again about the duplicate bill, acct §. I put it on hold until §", PER(g.person().plain()), ACC(g.acct()), DT(g.fd(g.rdate(), "long")))
        elif k == 3:
            d.w("deploy of claims-adjudicator v§ done, build § :white_check_mark:", g.version(), g.hexs(7))
        else:
            d.w("who owns the sftp box at §? vendor says our key expired", IP(g.ipv4(False)))
        d.t('"}' + ("," if i < n - 1 else "") + "\n")
    d.t("]\n")


def k_refund_ach_request(g, d):
    r = g.r
    pt = g.person()
    a = g.addr("us")
    d.w("PATIENT REFUND REQUEST -- ELECTRONIC (ACH)\nForm PFS-R12 v§\n\n", r.randint(2, 6))
    d.w("Patient name: §\nPatient account #: §\nDate of birth: §\nMailing address: §\nDaytime phone: §\n\n", PER(pt.full()), ACC(g.acct()),
        DOB(g.fd(g.dob())), ADR(a["line"]), PH(g.phone()))
    d.w("Overpayment amount: §   Original payment date: §   Receipt # §\n", g.amount(10, 900), DT(g.fd(g.rdate(), "us")), g.digits(9))
    d.w("Reason: § \n\n", g.pick(["insurance paid after patient payment", "duplicate payment", "charity care approved retroactively"]))
    d.w("BANK INFORMATION\nAccount holder: §\nBank: §\nRouting (ABA): §\nAccount number: §\nType: §\n\n", PER(pt.plain()),
        g.pick(["Chase", "Wells Fargo", "Navy Federal Credit Union", "US Bank", "Fifth Third"]), g.routing(), ACC(g.bank_acct()), g.pick(["Checking", "Savings"]))
    d.w("Signature: ________________   Date: §\n", DT(g.fd(g.rdate(), "us")))
    d.w("OFFICE USE: approved by § · batch § · GL 4410-§\n", PER(g.person().plain()), g.digits(6), g.digits(3))


def k_face_sheet(g, d):
    r = g.r
    res, rp, md = g.person(), g.person(), g.person()
    a, ra = g.addr("us"), g.addr("us")
    d.w("ADMISSION RECORD / FACE SHEET        § Skilled Nursing & Rehab\n\n", g.pick(["Riverbend", "Oak Haven", "Meadowview", "Willow Creek"]))
    d.w("Resident: §      Resident #: §      Room/Bed: §-§\n", PER(res.lf()), MRN(g.mrn()), r.randint(100, 350), r.choice("AB"))
    d.w("DOB: §   Age: §   Sex: §   Religion: §\n", DOB(g.fd(g.dob(1925, 1958), "us")), r.randint(68, 99), r.choice("MF"), g.pick(["Catholic", "Baptist", "None", "Muslim", "Jewish", "Buddhist"]))
    d.w("SSN: §   Medicare: §   Medicaid: §\n", SSN(g.ssn()), HPN(g.mbi()), HPN(g.chars(2, string.ascii_uppercase) + g.digits(8)) if g.maybe(0.6) else "pending")
    d.w("Previous address: §\n", ADR(a["line"]))
    d.w("Admitted: § from § (hospital)   Admit dx: §\n\n", DT(g.fdt(g.rdate(), *g.rtime(10, 20), style="us")), g.pick(["St. Vincent Medical Center", "Mercy General", "University Hospital"]), g.pick(ICD10))
    d.w("RESPONSIBLE PARTY / POA\n  §  (§)\n  §\n  Home § · Cell § · §\n\n", PER(rp.plain()), rel(rp, (("son", "daughter"), ("nephew", "niece"), ("spouse", "spouse"), ("friend", "friend"))),
        ADR(ra["block"]), PH(g.phone()), PH(g.phone()), EM(g.email(rp)))
    d.w("Attending: Dr. § · § \nPharmacy: § · §\n", PER(md.plain()), PH(g.phone()), g.pick(["Omnicare", "PharMerica", "Guardian LTC Pharmacy"]), PH(g.phone()))
    d.w("Secondary insurance: § policy § group §\nCode status: §   Advance directive on file: §\n", g.pick(PLANS), HPN(g.hpn()), g.group(), g.pick(["Full code", "DNR", "DNR/DNI"]), g.pick(["Yes", "No"]))


def k_lab_requisition_ocr(g, d):
    r = g.r
    d.noise = ocr_noise(r, 0.06)
    p, doc = g.person(), g.person()
    a = g.addr("us")
    d.w("§ LABORATORY  -- TEST REQUISITION        Req # §\n", g.pick(["PINECREST", "NORTHFIELD", "TRI-STATE REFERENCE"]), g.digits(9))
    d.t("=" * 58 + "\n")
    d.w("PATIENT LAST § FIRST §  MI -\n", PER(p.last.upper()), PER(p.first.upper()))
    d.w("DOB § SEX § PHONE §\n", DOB(g.fd(g.dob(), "us")), r.choice("MF"), PH(g.phone()))
    d.w("ADDRESS § \nCITY § STATE § ZIP §\n", ADR(a["street"].upper()), LOC(a["city"].upper()), LOC(a["region"]), a["postcode"])
    d.w("BILL TO: [X] Insurance [ ] Patient [ ] Client   Ins: §  Policy # §  Group §\n", g.pick(PLANS), HPN(g.hpn()), g.group())
    d.w("ORDERING PHYSICIAN § NPI § \n", PER(doc.lf(mid=False).upper()), g.npi())
    d.w("COLLECTION DATE § TIME § FASTING [Y]\n", DT(g.fd(g.rdate(), "us")), DT(g.ft(*g.rtime(6, 11))))
    d.t("TESTS: [X] 80053 CMP  [X] 85025 CBC w/diff  [ ] 83036 HbA1c  [X] 84443 TSH  [ ] 80061 Lipid\n")
    d.w("ICD-10: § §\n", g.pick(ICD10), g.pick(ICD10))
    d.t("Specimen: SST x2, LAV x1   Courier route R-14   Page 1/1\n")


def k_trial_site_yaml(g, d):
    r = g.r
    pi, crc = g.person(), g.person()
    d.w("# EDC <-> CTMS integration, study §\nstudy:\n  protocol: §\n  protocol_version: \"§\"\n  nct: NCT§\nsites:\n", g.pick(["NOVA-DKD", "ATLAS-301"]),
        "%s-%d" % (g.chars(3, string.ascii_uppercase), r.randint(100, 999)), r.choice(["4.0", "5.1", "3.2"]), g.digits(8))
    for sid in r.sample(range(1, 40), r.randint(1, 2)):
        pi, crc = g.person(), g.person()
        d.w("  - id: \"%03d\"\n    pi: \"§\"\n    coordinator: \"§\"\n    coordinator_email: §\n    phone: \"§\"\n    city: §\n" % sid,
            PER(pi.full()), PER(crc.plain()), EM(g.email(crc, "trinityclinicalresearch.org")), PH(g.phone()), LOC(g.city()))
    d.w("edc:\n  base_url: §\n  tenant: ctms-prod-§\n  client_secret: \"§\"\n", URL("https://edc." + g.pick(["mediclinical.io", "trialstack.com"]) + "/api/v2"), g.digits(3), SEC(g.generic_secret()))
    d.w("  webhook_signing_secret: §\n", SEC("whsec_" + g.chars(32)))
    d.t("randomization:\n  iwrs_token: ${IWRS_TOKEN}\n  block_size: 4\n  strata: [egfr_lt_45, diabetes]\n")
    if g.maybe(0.5):
        d.w("sftp:\n  host: sftp.trialstack.com\n  user: site_upload\n  private_key: |\n", )
        key = g.pem(r.randint(3, 5))
        d.t("    ")
        d.e(key.replace("\n", "\n    "), "PRIVATE_KEY")
        d.t("\n")
    d.w("audit:\n  retain_days: 2555\n  checksum: §\n", g.hexs(40))


def k_pbm_sftp_handoff(g, d):
    r = g.r
    ops, vend = g.person(), g.person()
    d.w("Subject: SFTP credentials for eligibility file drop (§)\nFrom: § <§>\nTo: § <§>\nDate: §\n\n", g.pick(PBM_NAMES), PER(ops.plain()),
        EM(g.email(ops, "summitpbm.com")), PER(vend.plain()), EM(g.email(vend, "keystone-ra.com")), rfc_date(g))
    d.w("Hi §,\n\nAs discussed, here is access for the weekly 834 eligibility feed. Please store in your vault and delete this email.\n\n", PER(vend.first))
    d.w("Host: sftp.summitpbm.com (§, port 22)\nUser: ksra_elig\n", IP(g.ipv4(False)))
    if g.maybe(0.5):
        d.w("Password: §\n", PWD(g.password()))
        d.w("Fallback HTTPS upload: § with API key §\n", URL("https://upload.summitpbm.com/v1/files"), SEC(g.generic_secret()))
    else:
        d.t("Key-based auth only. Private key below:\n")
        d.e(g.pem(r.randint(4, 7)), "PRIVATE_KEY")
        d.t("\n")
    d.t("Files: ELIG_834_<group>_<yyyymmdd>.x12, PGP-encrypted with our public key (fingerprint ")
    d.w("§).\nWhitelist your egress IP § with our NOC before the first push.\n\nThanks,\n§\nIntegration Engineering · §\n", " ".join(g.hexs(4).upper() for _ in range(5)),
        IP(g.ipv4(False)), PER(ops.plain()), PH(g.phone()))


def k_dental_claim_ada(g, d):
    r = g.r
    sub, pt, dds = g.person(), g.person(), g.person()
    a = g.addr("us")
    d.t("ADA American Dental Association Dental Claim Form (J430D)\n")
    d.w("1. [X] Statement of Actual Services  [ ] Predetermination   2. Predetermination #: §\n", g.pick(["", "PD" + g.digits(8)]) or "none")
    d.w("3. Company: §, Claims Dept, PO Box §\n", g.pick(["Delta Dental", "MetLife Dental", "Guardian", "Harmony Dental Network"]), g.digits(5))
    d.w("12. Policyholder: §\n    §\n13. DOB: §   14. Gender: §   15. Policyholder ID: §\n16. Plan/Group #: §   17. Employer: §\n",
        PER(sub.lf()), ADR(a["line"]), DOB(g.fd(g.dob(1950, 2000), "us")), r.choice("MF"), HPN(g.hpn()), g.group(),
        g.pick(["Johnson Controls", "Dell Technologies", "Harris Teeter", "Fred Meyer Stores", "City Schools District"]))
    d.w("20. Patient: §   21. DOB: §   23. Patient ID/Account #: §\n", PER(pt.lf()), DOB(g.fd(g.dob(1950, 2020), "us")), ACC(g.acct()))
    d.t("24. Date        Area Tooth Surf  Code   Description                         Fee\n")
    for _ in range(r.randint(2, 4)):
        code, desc = g.pick(CDT)
        d.w("    §    §  §  §  §  §  §\n", DT(g.fd(g.rdate(), "us")), "  ", str(r.randint(1, 32)).rjust(2), g.pick(["MO ", "O  ", "DO ", "   "]), code, desc[:34].ljust(34), "%.2f" % r.uniform(40, 1300))
    d.w("48. Billing dentist: § DDS, § \n49. NPI §   51. TIN § \n53. Treating dentist signature: § DDS  Date: §\n", PER(dds.plain()), ADR(g.addr("us")["line"]), g.npi(),
        g.digits(2) + "-" + g.digits(7), PER(dds.plain()), DT(g.fd(g.rdate(), "us")))


# ==========================================================================
# NON-ENGLISH DOCUMENT KINDS
# ==========================================================================
KASSEN = ["Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "KKH Kaufmännische Krankenkasse", "hkk Krankenkasse", "IKK classic", "Knappschaft"]


def de_kvnr(g):
    return g.pick(string.ascii_uppercase) + g.digits(9, False)


def k_de_retax_einspruch(g, d):
    r = g.r
    inh, pt, arzt = g.person(), g.person(), g.person()
    a = g.addr()
    apo = g.pick(["Löwen", "Adler", "Stern", "Linden", "Rathaus", "Hirsch"])
    d.w("§-Apotheke · Inh. § § e.K.\n§ · Tel. § · Fax §\n§\n\n", apo,
        "Apotheker" if inh.sex == "M" else "Apothekerin", PER(inh.plain()) if inh.sex == "F" else PER(inh.plain()),
        ADR(a["line"]), PH(g.phone(mobile=False)), PH(g.phone(mobile=False)), EM("info@" + asciify(apo.replace("ö", "oe")).lower() + g.pick(["-apotheke.de", "-apo.de", "-apotheke-online.de"])))
    kasse = g.pick(KASSEN)
    pf = g.pick(DE_CITIES)
    d.w("§\nAbteilung Arzneimittelabrechnung / Retaxation\n§\n\n", kasse, ADR("Postfach %s %s %s, %s %s" % (g.digits(2), g.digits(2, False), g.digits(2, False), pf[1], pf[0])))
    d.w("§, den §\n\n", LOC(a["city"]), DT(g.fd(g.rdate(), "num")))
    d.w("Einspruch gegen die Retaxation vom § -- Beleg-Nr. §\n\n", DT(g.fd(g.rdate(), "num")), g.digits(12))
    d.w("IK der Apotheke: §\nVersicherte/r: §, geb. §\nVersichertennummer: §\n", g.digits(9), PER(pt.lf(mid=False)), DOB(g.fd(g.dob(), "num")), HPN(de_kvnr(g)))
    d.w("Verordnung vom §, ausgestellt von Dr. med. § (LANR §)\nArzneimittel: § (PZN §), retaxierter Betrag: §\n\n", DT(g.fd(g.rdate(), "num")), PER(arzt.plain()),
        g.digits(9), g.pick(DRUGS), g.digits(8), g.amount(20, 900, "€"))
    d.w("Sehr geehrte Damen und Herren,\n\ngegen die oben genannte Retaxation legen wir fristgerecht Einspruch ein. Die Abgabe erfolgte gemäß § 129 SGB V und dem Rahmenvertrag; "
        "der Rabattvertragspartner war zum Abgabezeitpunkt nicht lieferfähig (Defektbeleg des Großhandels liegt bei). ", "§")
    d.w("Die Sonder-PZN 02567024 wurde korrekt aufgedruckt.\n\nWir bitten um Rücknahme der Kürzung und Erstattung auf unser Konto:\nIBAN § · BIC §\n\n", IBAN(g.iban("DE")), g.pick(BICS[:2] + BICS[-2:]))
    d.w("Für Rückfragen erreichen Sie mich unter § oder per E-Mail an §.\n\nMit freundlichen Grüßen\n\n§\n", PH(g.phone()), EM(g.email(inh)), PER(inh.plain()))


def k_de_pflegeueberleitung(g, d):
    r = g.r
    bw, ang, arzt, pfk = g.person(), g.person(), g.person(), g.person()
    ea, ba = g.addr(), g.addr()
    d.t("PFLEGEÜBERLEITUNGSBOGEN (Einrichtung → Krankenhaus)\n\n")
    d.w("Einrichtung: Seniorenzentrum § · § · Tel. §\n", g.pick(["Am Lindenhof", "Haus Sonnenschein", "St. Elisabeth", "Rosengarten"]), ADR(ea["line"]), PH(g.phone(mobile=False)))
    d.w("Bewohner/in: §          geb. am: §\n", PER(bw.lf(mid=False)), DOB(g.fd(g.dob(1925, 1955), "num")))
    d.w("Bisherige Anschrift: §\n", ADR(ba["line"]))
    d.w("Krankenkasse: § · Versichertennr.: § · Pflegegrad: §\n", g.pick(KASSEN), HPN(de_kvnr(g)), r.randint(2, 5))
    d.w("Angehörige/Betreuer: §§ (§), Tel. §\n", "Herr " if ang.sex == "M" else "Frau ", PER(ang.plain()), g.pick([rel(ang, (("Sohn", "Tochter"), ("Neffe", "Nichte"))), "gesetzl. Betreuung"]), PH(g.phone()))
    d.w("Hausarzt: Dr. med. §, Tel. §\n", PER(arzt.plain()), PH(g.phone(mobile=False)))
    h, m = g.rtime(6, 21)
    d.w("Verlegung am: §   Grund: §\n\n", DT(g.fdt(g.rdate(), h, m, style="num")), g.pick(["Sturz mit V.a. Schenkelhalsfraktur", "Exsikkose, AZ-Verschlechterung", "Dyspnoe, SpO2 84 %", "Hypoglykämie"]))
    d.w("Diagnosen (ICD-10-GM): §, §, §\n", g.pick(ICD10), g.pick(ICD10), g.pick(ICD10))
    d.w("Medikation: § 1-0-1 · § 1-0-0 · Pantoprazol 20 mg 1-0-0\nAllergien: §\n", g.pick(DRUGS), g.pick(DRUGS), g.pick(["Penicillin", "keine bekannt", "Pflaster", "Metamizol"]))
    d.t("Mobilität: Rollator, Transfer mit 1 Pflegekraft · Kontinenz: inkontinent (Urin) · Kost: passiert, Getränke angedickt\n")
    d.t("Kommunikation: schwerhörig rechts, Hörgerät mitgegeben · Orientierung: zeitlich desorientiert\n")
    d.w("Wertsachen: Brille, Gebiss (OK), Ehering -- Liste unterschrieben.\n\nAusgefüllt von: § (Pflegefachkraft), Durchwahl -§\n", PER(pfk.plain()), r.randint(10, 89))


def k_de_zahnarzt_hkp(g, d):
    r = g.r
    za, pt = g.person(), g.person()
    a = g.addr()
    d.w("Zahnarztpraxis Dr. § & Kollegen\n§ · Tel. §\n\n", PER(za.last), ADR(a["line"]), PH(g.phone(mobile=False)))
    d.t("HEIL- UND KOSTENPLAN -- Teil 2 (privat zu vereinbarende Leistungen nach GOZ)\n\n")
    d.w("Patient/in: §   geb. §\nKrankenkasse: §   Versichertennr.: §\nPlan erstellt am: §\n\n", PER(pt.lf(mid=False)), DOB(g.fd(g.dob(1945, 2005), "num")),
        g.pick(KASSEN), HPN(de_kvnr(g)), DT(g.fd(g.rdate(), "num")))
    d.w("Befund (FDI): 16 f, 26 ww, 36 k, 46 e, 47 x  ·  Regelversorgung: §\n\n", g.pick(["Brücke 45-47", "Krone 36", "Teleskopprothese OK"]))
    d.t("Zahn  GOZ    Leistung                                  Anz.    Betrag\n")
    tot = 0.0
    for _ in range(r.randint(3, 6)):
        code, txt = g.pick([("2210", "Versorgung eines Zahnes mit Vollkrone"), ("2197", "Adhäsive Befestigung"), ("9010", "Implantatinsertion"),
                            ("4070", "Parodontalchirurgische Therapie"), ("2060", "Kompositfüllung, einflächig"), ("0070", "Vitalitätsprüfung"), ("5170", "Anatomische Abformung")])
        v = r.uniform(12, 900)
        tot += v
        d.t("%-5s %-6s %-42s %3d  %10s\n" % (r.choice([16, 26, 36, 46, 47, 45, 11]), code, txt[:42], 1, g.amount(v, v + 0.001, "€")))
    d.w("\nVoraussichtliches Honorar: §  ·  Festzuschuss der Kasse: §\n", g.amount(tot, tot + 0.01, "€"), g.amount(100, 500, "€"))
    d.w("Zahlung nach Rechnungsstellung per Überweisung: IBAN § (BIC §)\n", IBAN(g.iban("DE")), g.pick(BICS[:2] + BICS[-2:]))
    d.w("Der Plan ist 6 Monate gültig. Rückfragen: §\n\n§, § ____________________ (Unterschrift Patient/in)\n", EM(g.email(za, "praxis-" + asciify(za.last).lower() + ".de")),
        LOC(a["city"]), DT(g.fd(g.rdate(), "num")))


def k_de_tierarzt_rechnung(g, d):
    r = g.r
    ta, halter = g.person(), g.person()
    a, ha = g.addr(), g.addr()
    pet = g.pick(PET_NAMES_DE + ["Felix", "Bruno", "Luna", "Max"])
    d.w("Tierarztpraxis Dr. med. vet. §\n§ · Tel. § · §\n\n", PER(ta.plain()), ADR(a["line"]), PH(g.phone(mobile=False)), EM("praxis@" + g.pick(["tierarzt-", "kleintierpraxis-"]) + asciify(ta.last).lower() + ".de"))
    d.w("RECHNUNG Nr. R-§-§          Rechnungsdatum: §\n\n", r.randint(2022, 2025), g.digits(5, False), DT(g.fd(g.rdate(), "num")))
    d.w("Tierhalter/in: §§\n§\n\n", "Herr " if halter.sex == "M" else "Frau ", PER(halter.plain()), ADR(ha["block"]))
    d.w("Patient: §  (§, § Jahre)  Chip-Nr. 276§\nBehandlung am §\n\n", pet, g.pick(["Hund, Labrador", "Katze, EKH", "Hund, Dackel", "Kaninchen", "Katze, Maine Coon"]),
        r.randint(1, 15), g.digits(12, False), DT(g.fd(g.rdate(), g.pick(["num", "long"]))))
    d.t("GOT-Nr.  Leistung                               Faktor    Betrag\n")
    tot = 0.0
    for _ in range(r.randint(3, 5)):
        no, txt = g.pick([("1", "Allgemeine Untersuchung"), ("32", "Impfung, je Impfstoff"), ("253", "Blutentnahme"), ("315", "Injektion s.c."),
                          ("27", "Beratung, telefonisch"), ("401", "Zahnsteinentfernung"), ("500", "Röntgen, erste Aufnahme")])
        v = r.uniform(9, 160)
        tot += v
        d.t("%-8s %-38s %4s  %10s\n" % (no, txt, g.pick(["1,0", "2,0", "3,0"]), g.amount(v, v + 0.001, "€")))
    d.w("Medikamente: § (Abgabe)\n", g.pick(VET_DRUGS))
    d.w("\nGesamtbetrag: § inkl. 19 %% MwSt.\nZahlbar bis § ohne Abzug auf IBAN §.\n".replace("%%", "%"), g.amount(tot, tot + 0.01, "€"), DT(g.fd(g.rdate(), "num")), IBAN(g.iban("DE")))
    d.w("Gute Besserung für §!\n", pet)


def k_fr_mutuelle_reclamation(g, d):
    r = g.r
    adh, dent = g.person(), g.person()
    a = g.addr()
    mut = g.pick(["Harmonie Mutuelle", "MGEN", "Malakoff Humanis", "AG2R La Mondiale", "Mutuelle Générale"])
    d.w("From: § <§>\nTo: §\nDate: §\nSubject: Réclamation -- remboursement soins dentaires (dossier n° §)\n\n", PER(adh.plain()), EM(g.email(adh)),
        EM("reclamations@" + asciify(mut.split()[0]).lower() + ".fr"), rfc_date(g), "%d-%s" % (r.randint(2022, 2025), g.digits(6)))
    d.w("Madame, Monsieur,\n\nAdhérent(e) de § sous le numéro §, je conteste le remboursement reçu pour les soins réalisés le § par le Dr § ",
        mut, HPN(g.digits(10)), DT(g.fd(g.rdate(), g.pick(["num", "long"]))), PER(dent.plain()))
    d.w("(cabinet situé à §).\n\n", LOC(g.city()))
    d.w("Le devis accepté prévoyait une prise en charge de § pour la couronne céramo-métallique (acte HBLD036), or je n'ai perçu que §. ",
        g.amount(200, 600, "€"), g.amount(50, 200, "€"))
    d.t("La Sécurité sociale a bien versé sa part (base 120 €, taux 70 %). Je joins la facture détaillée et le décompte.\n\n")
    d.w("Merci de verser le complément sur mon compte : IBAN §.\nVous pouvez me joindre au § en soirée, du lundi au vendredi.\n\n", IBAN(g.iban("FR")), PH(g.phone()))
    d.w("Cordialement,\n\n§\n§\n", PER(adh.full()), ADR(a["block"]))


def k_fr_labo_compte_rendu(g, d):
    r = g.r
    pt, presc, bio = g.person(), g.person(), g.person()
    a, pa = g.addr(), g.addr()
    d.w("LABORATOIRE DE BIOLOGIE MÉDICALE §\n§ -- Tél. §\n\n", g.pick(["BIOLAB DES TILLEULS", "CERBALLIANCE -- SITE GARE", "BIOGROUP VAL D'OR"]), ADR(a["line"]), PH(g.phone(mobile=False)))
    civ = "M." if pt.sex == "M" else "Mme"
    d.w("Patient(e) : § §     Né(e) le : §\nIPP : §     Dossier n° §\nAdresse : §\n", civ, PER(pt.plain().upper() if g.maybe(0.5) else pt.plain()),
        DOB(g.fd(g.dob(), "num")), MRN(g.digits(9, False)), g.digits(10), ADR(pa["line"]))
    h, m = g.rtime(7, 11)
    d.w("Prélevé le : §     Prescripteur : Dr §\n\n", DT(g.fdt(g.rdate(), h, m, style="num")), PER(presc.plain()))
    d.t("HÉMATOLOGIE                      Résultat     Unités      Valeurs de référence   Antériorité\n")
    for nm, u, ref, lo, hi in [("Hémoglobine", "g/dL", "12,0 - 16,0", 9, 17), ("Leucocytes", "G/L", "4,0 - 10,0", 3, 14), ("Plaquettes", "G/L", "150 - 400", 90, 480)]:
        d.t("%-30s %8s     %-10s  %-20s %s\n" % (nm, ("%.1f" % r.uniform(lo, hi)).replace(".", ","), u, ref, ("%.1f" % r.uniform(lo, hi)).replace(".", ",")))
    d.t("BIOCHIMIE\n")
    for nm, u, ref, lo, hi in [("Créatinine", "µmol/L", "45 - 90", 40, 160), ("DFG (CKD-EPI)", "mL/min/1,73m²", "> 90", 25, 110), ("HbA1c", "%", "4,0 - 6,0", 5, 10)]:
        d.t("%-30s %8s     %-10s  %-20s\n" % (nm, ("%.1f" % r.uniform(lo, hi)).replace(".", ","), u, ref))
    d.w("\nCompte rendu validé par § (biologiste), le §.\nRésultats consultables sur § avec le code §.\n", PER(bio.plain()), DT(g.fdt(g.rdate(), *g.rtime(12, 19), style="num")),
        URL(g.url(g.pick(["resultats.biolab-tilleuls.fr", "mon.cerballiance.fr"]), "/consultation")), g.chars(8, UPDIG))


def k_fr_veterinaire(g, d):
    r = g.r
    prop, vet = g.person(), g.person()
    a, pa = g.addr(), g.addr()
    pet = g.pick(PET_NAMES_FR + ["Oscar", "Max", "Luna"])
    d.w("Clinique vétérinaire des § -- § -- §\n\n", g.pick(["Tilleuls", "Deux Rives", "Vignes", "Acacias"]), ADR(a["line"]), PH(g.phone(mobile=False)))
    d.w("ORDONNANCE VÉTÉRINAIRE n° §           §, le §\n\n", g.digits(6), LOC(a["city"]), DT(g.fd(g.rdate(), g.pick(["long", "num"]))))
    civ = "M." if prop.sex == "M" else "Mme"
    d.w("Propriétaire : § §\n§\nTél. : § · Courriel : §\n\n", civ, PER(prop.plain()), ADR(pa["block"]), PH(g.phone()), EM(g.email(prop)))
    d.w("Animal : § -- § §, § ans, § kg\nIdentification : puce 250§\n\n", pet, g.pick(["chat européen", "chienne Berger australien", "chien Cavalier King Charles", "lapin bélier"]),
        g.pick(["mâle castré", "femelle stérilisée", "mâle entier"]), r.randint(1, 15), str(round(r.uniform(2, 35), 1)).replace(".", ","), g.digits(12, False))
    for drug in r.sample(VET_DRUGS, r.randint(2, 3)):
        d.w("• § -- § pendant § jours\n", drug, g.pick(["1 comprimé matin et soir", "0,5 mL par voie orale une fois par jour", "1 pipette", "1 comprimé le matin"]), r.choice([5, 7, 10, 14, 28]))
    d.w("\nContrôle prévu le §. Prochain rappel vaccinal (CHPPiL/RCP) : §.\n", DT(g.fdt(g.rdate(), *g.rtime(9, 18), style="num")), DT(g.fd(g.rdate(), "num")))
    d.w("Dr § -- docteur vétérinaire, n° ordinal §\n", PER(vet.plain()), g.digits(5))


def k_es_autorizacion_fax(g, d):
    r = g.r
    d.noise = ocr_noise(r, 0.035)
    pt, med, farm = g.person(), g.person(), g.person()
    a, fa = g.addr(), g.addr()
    aseg = g.pick(["Sanitas", "Adeslas", "DKV Seguros", "Asisa", "Mapfre Salud"])
    d.w("FAX -- SOLICITUD DE AUTORIZACIÓN PREVIA DE MEDICAMENTO        Pág. 1/§\n", r.randint(2, 4))
    d.w("De: Farmacia § (§) -- Tel. § -- Fax §\n", g.pick(["Central", "del Carmen", "San Antonio", "La Alameda", "Nueva"]), ADR(fa["line"]), PH(g.phone(mobile=False)), PH(g.phone(mobile=False)))
    d.w("Para: Departamento de Autorizaciones, § -- Fax §\nFecha: §\n", aseg, PH(g.phone(mobile=False)), DT(g.fd(g.rdate(), "num")))
    d.t("-" * 58 + "\n")
    d.w("Paciente: §        Fecha de nacimiento: §\n", PER(pt.plain().upper() if g.maybe(0.4) else pt.plain()), DOB(g.fd(g.dob(), "num")))
    d.w("Nº de póliza: §     Domicilio: §\nTeléfono de contacto: §\n", HPN("%s-%s-%02d" % (g.chars(1, "PSAB"), g.digits(7), r.randint(1, 9))), ADR(a["line"]), PH(g.phone()))
    d.w("Médico solicitante: §. §, nº colegiado §/§\n", "Dr" if med.sex == "M" else "Dra", PER(med.plain()), g.digits(2, False), g.digits(6))
    d.w("Medicamento: § -- CN § -- posología: §\n", g.pick(DRUGS), g.digits(6), g.pick(["1 pluma cada 14 días", "1 comprimido cada 12 h", "1 inyección semanal"]))
    d.w("Diagnóstico (CIE-10): §\nTratamientos previos: § (12 semanas, respuesta insuficiente)\n", g.pick(ICD10), g.pick(DRUGS))
    d.w("Se adjunta informe clínico del § y analítica reciente.\n", DT(g.fd(g.rdate(), g.pick(["num", "long"]))))
    d.t("AVISO: Este fax contiene datos de salud protegidos (RGPD / LOPDGDD). Si lo ha recibido por error, destrúyalo y avise al remitente.\n")


def k_mx_telefarmacia_chat(g, d):
    r = g.r
    pt, qf = g.person(), g.person()
    a = g.addr()
    h, m = g.rtime(8, 20)

    def ts():
        nonlocal h, m
        m += r.randint(0, 3)
        if m >= 60:
            h, m = h + 1, m - 60
        return "%02d:%02d" % (h, m)
    d.w("Farmacias § -- Telefarmacia · conversación #§\n\n", g.pick(["del Ahorro", "Guadalajara", "San Pablo", "Benavides"]), g.digits(8))
    d.w("§ Asistente: Bienvenido(a). Le atiende § (Q.F.B.), cédula profesional §.\n", ts(), PER(qf.plain()), g.digits(8))
    d.w("§ Paciente: buenas tardes, necesito surtir la receta de § que me dio el Dr. §\n", ts(), g.pick(DRUGS), PER(g.person().last))
    d.w("§ §: Claro. ¿Me confirma su nombre completo y fecha de nacimiento?\n", ts(), PER(qf.first))
    d.w("§ Paciente: § , nací el §\n", ts(), PER(pt.plain()), DOB(g.fd(g.dob(), g.pick(["num", "long"]))))
    d.w("§ §: Gracias. ¿Es para entrega a domicilio en §?\n", ts(), PER(qf.first), ADR(a["line"]))
    d.w("§ Paciente: sí, y mi celular es §. Pago con tarjeta de crédito\n", ts(), PH(g.phone()))
    if g.maybe(0.45):
        d.w("§ Paciente: es la §\n", ts(), CC(g.card()))
        d.w("§ §: Por seguridad no comparta el número completo por chat; ya lo eliminé del historial. Le enviaré una liga de pago.\n", ts(), PER(qf.first))
    h1 = r.randint(9, 18)
    d.w("§ §: Listo, su pedido § llega el § entre las § y las § h. Liga de seguimiento: §\n", ts(), PER(qf.first), g.digits(9),
        DT(g.fd(g.rdate(), g.pick(["long", "wd"]))), DT("%02d:00" % h1), DT("%02d:00" % (h1 + 2)), URL(g.url("rastreo." + g.pick(["fahorro.com.mx", "farmaciasgdl.com.mx"]), "/pedido/" + g.digits(9))))
    d.w("§ Sistema: Conversación finalizada. Duración 7 min.\n", ts())


def k_es_reclamacion_factura(g, d):
    r = g.r
    pt = g.person()
    a = g.addr()
    cl = g.pick(["Clínica Dental Sonrisas", "Centro Médico Santa Teresa", "Laboratorio Análisis Clínicos Ebro"])
    d.w("§\n§\n\n", PER(pt.full()), ADR(a["block"]))
    d.w("A la atención del Servicio de Atención al Paciente\n§\n\n§, a §\n\n", cl, LOC(a["city"]), DT(g.fd(g.rdate(), "long")))
    d.w("Asunto: Reclamación de la factura nº §/§ (nº de historia clínica §)\n\n", r.randint(2022, 2025), g.digits(5), MRN(g.digits(7)))
    d.w("Muy señores míos:\n\nEl pasado § acudí a su centro para una revisión incluida en mi póliza de § (nº §). ", DT(g.fd(g.rdate(), "long")),
        g.pick(["Sanitas", "Adeslas", "DKV", "Asisa"]), HPN(g.digits(8)))
    d.w("Sin embargo, se me ha cargado en la cuenta § un importe de § por una radiografía panorámica que no fue autorizada ni realizada.\n\n", IBAN(g.iban("ES")), g.amount(30, 250, "€"))
    d.w("Solicito la anulación del cargo y la devolución del importe. Adjunto copia del justificante bancario y de la cita (§).\n\n", DT(g.fdt(g.rdate(), *g.rtime(9, 19), style="num")))
    d.w("Quedo a la espera de su respuesta en el teléfono § o en §.\n\nAtentamente,\n\n§\n", PH(g.phone()), EM(g.email(pt)), PER(pt.plain()))


def k_it_rsa_scheda(g, d):
    r = g.r
    osp, fam, mmg = g.person(), g.person(), g.person()
    a = g.addr()
    d.w("RSA \"§\" -- SCHEDA DI INGRESSO OSPITE\n§ · tel. §\n\n", g.pick(["Villa Serena", "Casa San Giuseppe", "Il Girasole", "Residenza Le Magnolie"]), ADR(g.addr()["line"]), PH(g.phone(mobile=False)))
    d.w("Cognome e nome: §\nNato/a a: § il §\nResidenza: §\n", PER(osp.sf().upper() if g.maybe(0.5) else osp.sf()), LOC(g.city()), DOB(g.fd(g.dob(1925, 1950), "num")), ADR(a["line"]))
    d.w("Polizza integrativa: § n. §\n", g.pick(["Fondo Salute Est", "UniSalute", "Generali Welion"]), HPN("FS-" + g.digits(7)))
    d.w("Familiare di riferimento: §§ (§) -- cell. § -- §\n", "sig. " if fam.sex == "M" else "sig.ra ", PER(fam.plain()), g.pick([rel(fam, (("figlio", "figlia"), ("nipote", "nipote"))), "amministratore di sostegno"]),
        PH(g.phone(mobile=True)), EM(g.email(fam)))
    d.w("Medico curante: dott. §, tel. §\n", PER(mmg.plain()), PH(g.phone(mobile=False)))
    d.w("Data ingresso: §    Ora: §    Provenienza: §\n\n", DT(g.fd(g.rdate(), "num")), DT(g.ft(*g.rtime(9, 17))), g.pick(["domicilio", "reparto di medicina", "altra RSA"]))
    d.w("Valutazione multidimensionale: Barthel §/100 · MMSE §/30 · Braden § · Tinetti §/28\n", r.randint(5, 80), r.randint(8, 28), r.randint(9, 20), r.randint(4, 24))
    d.w("Terapia in atto: §; § ; pantoprazolo 20 mg\nAllergie: §\nAusili: carrozzina, materasso antidecubito\n", g.pick(DRUGS), g.pick(DRUGS), g.pick(["nessuna nota", "penicillina", "lattice"]))
    d.w("Compilato da: § (coordinatrice infermieristica)\n", PER(g.person(sex="F").plain()))


def k_it_fattura_dentista(g, d):
    r = g.r
    dott, pt = g.person(), g.person()
    a, pa = g.addr(), g.addr()
    d.w("STUDIO ODONTOIATRICO DOTT. §\n§ -- Tel. § -- P.IVA §\n\n", PER(dott.plain().upper()), ADR(a["line"]), PH(g.phone(mobile=False)), g.digits(11, False))
    d.w("FATTURA N. §/§ del §\n\n", r.randint(2022, 2025), g.digits(4, False), DT(g.fd(g.rdate(), "num")))
    d.w("Paziente: §\n§\n\n", PER(pt.plain()), ADR(pa["block"]))
    d.t("Descrizione prestazione                        Elemento   Importo\n")
    tot = 0.0
    for _ in range(r.randint(2, 5)):
        v = r.uniform(40, 900)
        tot += v
        d.t("%-46s %-9s %10s\n" % (g.pick(["Visita e igiene professionale", "Otturazione in composito", "Devitalizzazione molare", "Corona in zirconia",
                                           "Estrazione semplice", "Sbiancamento", "Ortopantomografia"]), r.choice([16, 26, 36, 46, 21, "--"]), g.amount(v, v + 0.001, "€")))
    d.w("\nTotale documento: § (operazione esente IVA art. 10 DPR 633/72) -- marca da bollo § 2,00\n", g.amount(tot, tot + 0.01, "€"), "€")
    if g.maybe(0.5):
        d.w("Pagamento: bonifico bancario su IBAN § entro il §\n", IBAN(g.iban("IT")), DT(g.fd(g.rdate(), "num")))
    else:
        d.w("Pagamento: carta di credito § (POS), autorizzazione §\n", g.masked_card(), g.digits(6))
    d.w("Spesa detraibile ai fini IRPEF. Dati trasmessi al Sistema Tessera Sanitaria. Per informazioni: §\n", EM(g.email(dott, "studio" + asciify(dott.last).lower() + ".it")))


def k_br_visita_domiciliar(g, d):
    r = g.r
    pt, cuid, enf = g.person(), g.person(sex="F"), g.person(sex="F")
    a = g.addr()
    d.w("RELATÓRIO DE VISITA DOMICILIAR -- § Home Care\n\n", g.pick(["Vida Plena", "Cuidar Bem", "Lar & Saúde"]))
    d.w("Paciente: §   Data de nascimento: §\nCarteirinha do convênio: §  (§)\n", PER(pt.plain()), DOB(g.fd(g.dob(1930, 1965), "num")),
        HPN("%s %s %s %s" % (g.digits(1, False), g.digits(3, False), g.digits(12, False), g.digits(2, False))), g.pick(["Unimed", "Bradesco Saúde", "SulAmérica", "Amil"]))
    d.w("Endereço: §\nCuidadora: § -- celular §\n\n", ADR(a["line"]), PER(cuid.plain()), PH(g.phone(mobile=True)))
    vd = g.rdate()
    h, m = g.rtime(8, 16)
    d.w("Data da visita: §   Chegada: §   Saída: §\n", DT(g.fd(vd, "num")), DT(g.ft(h, m)), DT(g.ft(h + 1, m)))
    d.w("Sinais vitais: PA §/§ mmHg · FC § bpm · SpO2 §% · HGT § mg/dL · Tax 36,§ °C\n", r.randint(100, 160), r.randint(60, 95), r.randint(58, 104),
        r.randint(88, 99), r.randint(70, 260), r.randint(1, 9))
    d.w("Evolução: paciente acamado(a), lesão por pressão sacral estágio 2 em melhora (3,1 x 2,4 cm). Curativo com hidrocoloide trocado. Orientada a cuidadora sobre mudança de decúbito a cada 2 h.\n")
    d.w("Medicações conferidas: §, §. Falta de § -- solicitado à farmácia.\n", g.pick(DRUGS), g.pick(DRUGS), g.pick(DRUGS))
    d.w("Próxima visita: §\n\n§ -- Enfermeira, COREN-§ §\n", DT(g.fdt(g.rdate(), *g.rtime(8, 16), style="num")), PER(enf.plain()), g.pick(["SP", "RJ", "MG", "PR"]), g.digits(6))


def k_pt_ensaio_triagem(g, d):
    r = g.r
    inv = g.person()
    d.w("REGISTO DE TRIAGEM -- Estudo § (EudraCT §-§-§)\nCentro 0§ -- Unidade de Investigação Clínica\nInvestigador principal: Dr. §\n\n",
        "%s-%d" % (g.chars(3, string.ascii_uppercase), r.randint(100, 999)), r.randint(2019, 2023), g.digits(6, False), g.digits(2, False), r.randint(1, 9),
        PER(inv.plain()) if inv.sex == "M" else PER(inv.plain()))
    d.t("Nº triagem | Nome                         | Data nasc.  | Nº utente SNS | Data triagem | Resultado  | Motivo\n")
    for i in range(r.randint(3, 6)):
        p = g.person()
        d.w("T§-§    | § | § | §     | §   | § | §\n", g.digits(2, False), "%03d" % (i + 1), PER(p.plain()), DOB(g.fd(g.dob(1950, 2004), "num")),
            HPN(g.digits(9)), DT(g.fd(g.rdate(), "num")), g.pick(["Elegível", "Não elegível", "Recusou", "Pendente"]).ljust(10), g.pick(["--", "CE-3 (TFGe < 30)", "CI-2", "distância", "HbA1c > 10 %"]))
    d.w("\nContacto do centro: § · §\nVersão do protocolo 4.0, emenda 2. Dados pseudonimizados no eCRF (§).\n", PH(g.phone(mobile=False)), EM(g.email(g.person(), "uic-hospital.pt")), g.uuid())


def k_nl_thuiszorg(g, d):
    r = g.r
    cl, cp, ha, vp = g.person(), g.person(), g.person(), g.person()
    a = g.addr()
    dd = g.rdate()
    d.w("ZORGDOSSIER -- §\nRapportage wijkverpleging\n\n", g.pick(["Buurtzorg team Oost", "Zorgaccent Thuiszorg", "Vivium Thuiszorg", "Careyn Wijkzorg"]))
    civ = "De heer" if cl.sex == "M" else "Mevrouw"
    d.w("Cliënt: § §   Geboortedatum: §\nAdres: §\n", civ, PER(cl.plain()), DOB(g.fd(g.dob(1928, 1960), "num")), ADR(a["line"]))
    d.w("Zorgverzekeraar: § -- polisnummer §\n", g.pick(["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW"]), HPN(g.digits(9)))
    d.w("Contactpersoon: § (§), tel. §\nHuisarts: dr. §, tel. §\n\n", PER(cp.plain()), g.pick([rel(cp, (("zoon", "dochter"), ("buurman", "buurvrouw"))), "partner"]), PH(g.phone(mobile=True)),
        PER(ha.plain()), PH(g.phone(mobile=False)))
    d.w("Rapportage §\n", DT(g.fd(dd, g.pick(["num", "wd"]))))
    for h, m in clock_series(g, r.randint(3, 6), 7, 22):
        d.w("%02d:%02d  §\n" % (h, m), g.pick(["Ochtendzorg: gewassen en aangekleed, cliënt vrolijk. Steunkousen aangetrokken.",
                                               "Medicatie uit Baxterrol gegeven, 1 tablet " + g.pick(DRUGS) + " geweigerd.",
                                               "Wond linker onderbeen verbonden, wondranden rustig, 2 x 1,5 cm.",
                                               "Glucose 11,4 mmol/l, insuline volgens schema gespoten.",
                                               "Cliënt gevallen in badkamer, geen letsel. Valrisico besproken met mantelzorger.",
                                               "Avondronde: cliënt in bed geholpen, alarmknop getest."]))
    d.w("\nVolgende evaluatie: §. Afspraak met casemanager dementie § om §.\nAfgetekend: § (wijkverpleegkundige)\n", DT(g.fd(g.rdate(), "long")),
        PER(g.person().plain()), DT(g.ft(*g.rtime(9, 16))), PER(vp.plain()))


def k_pl_wynik_lab(g, d):
    r = g.r
    pt, lek, diag = g.person(), g.person(), g.person()
    a, pa = g.addr(), g.addr()
    d.w("LABORATORIUM DIAGNOSTYCZNE § \n§, tel. §\n\n", g.pick(["DIAGNOSTYKA -- punkt pobrań 12", "ALAB laboratoria", "Synevo -- oddział 03"]), ADR(a["line"]), PH(g.phone(mobile=False)))
    d.w("SPRAWOZDANIE Z BADANIA LABORATORYJNEGO nr §\n\n", g.digits(10))
    d.w("Pacjent: §     Data urodzenia: §\nAdres: §\nNr historii choroby: §\n", PER(pt.plain()), DOB(g.fd(g.dob(), "num")), ADR(pa["line"]), MRN(g.digits(8, False)))
    d.w("Zlecający: lek. § (NPWZ §)\nData pobrania: §     Data wykonania: §\n\n", PER(lek.plain()), g.digits(7), DT(g.fdt(g.rdate(), *g.rtime(6, 10), style="num")), DT(g.fd(g.rdate(), "num")))
    d.t("Badanie                      Wynik      Jednostka   Zakres referencyjny\n")
    for nm, u, ref, lo, hi in [("Hemoglobina", "g/dl", "12,0 - 16,0", 9, 17), ("Leukocyty", "tys/µl", "4,0 - 10,0", 3, 13), ("Glukoza", "mg/dl", "70 - 99", 70, 210),
                               ("Kreatynina", "mg/dl", "0,5 - 1,1", 0.5, 2.4), ("TSH", "µIU/ml", "0,27 - 4,2", 0.1, 9)][: r.randint(3, 5)]:
        d.t("%-28s %-10s %-11s %s\n" % (nm, ("%.2f" % r.uniform(lo, hi)).replace(".", ","), u, ref))
    d.w("\nWynik autoryzował: § -- diagnosta laboratoryjny, nr PWZDL §\nWyniki online: § (login: nr zlecenia, hasło: §)\n", PER(diag.plain()), g.digits(5),
        URL(g.url(g.pick(["wyniki.diag.pl", "wyniki.alab.com.pl"]), "/")), PWD(g.password()))


# ==========================================================================
# ENTITY-FREE DOCUMENTS (hard negatives only)
# ==========================================================================
def k_neg_formulary_update(g, d):
    r = g.r
    d.w("FORMULARY CHANGE NOTICE -- § -- Version §\n", g.pick(PBM_NAMES), "%d.%d" % (r.randint(2022, 2026), r.randint(1, 4)))
    d.t("Effective the first day of next quarter. Changes apply to all commercial groups except grandfathered plans.\n\n")
    d.t("Drug                                  Manufacturer                 NDC            Old tier  New tier  UM\n")
    for _ in range(r.randint(4, 8)):
        d.t("%-37s %-28s %-14s %-9s %-9s %s\n" % (g.pick(DRUGS)[:37], g.pick(MAKERS)[:28], g.ndc(), r.randint(1, 5), r.randint(1, 5), g.pick(["PA", "ST", "QL 4/28", "PA, QL", "--"])))
    d.w("\nBiosimilar interchange: adalimumab-adaz replaces reference product for new starts; existing members have 90 days to transition. ")
    d.w("Generic launch pricing (WAC -§%) expected in §. P&T committee minutes ref PT-§, vote 9-0.\n", r.randint(15, 80), r.randint(2025, 2027), g.digits(4))
    d.w("Document hash sha256:§ · internal only\n", g.hexs(64))


def k_neg_lis_interface_log(g, d):
    r = g.r
    dd = g.rdate()
    for ts in log_series(g, r.randint(10, 16), dd, g.pick(["iso", "space", "bracket"])):
        k = r.randint(0, 6)
        if k == 0:
            d.w("§ INFO  mllp-listener[§]: received ORM^O01 control_id=§ bytes=§\n", ts, r.randint(1000, 9999), g.digits(10), r.randint(400, 9000))
        elif k == 1:
            d.w("§ INFO  router: ACK AA sent for control_id=§ in §ms\n", ts, g.digits(10), r.randint(2, 400))
        elif k == 2:
            d.w("§ WARN  validator: OBX-3 unknown code §^LN, mapped via local table v§\n", ts, g.pick(LOINC)[0], g.version())
        elif k == 3:
            d.w("§ DEBUG queue depth=§ oldest_age=§s worker=§\n", ts, r.randint(0, 300), r.randint(0, 600), g.uuid())
        elif k == 4:
            d.w("§ INFO  instrument § QC level § passed (Westgard 1-2s ok), lot §\n", ts, g.pick(["c702-2", "DxH900-3", "Atellica-IM-1"]), r.randint(1, 3), g.chars(6, UPDIG))
        elif k == 5:
            d.w("§ ERROR sftp-push: retry 2/5 after timeout (30 s), file RES_§.hl7 sha1=§\n", ts, g.digits(8), g.hexs(40))
        else:
            d.w("§ INFO  heartbeat build=§ version=§ uptime=§h\n", ts, g.hexs(7), g.version(), r.randint(1, 900))


def k_neg_cdt_fee_schedule(g, d):
    r = g.r
    d.w("# fee schedule export, schedule_id=§, revision §, effective next calendar year\n", g.digits(4), r.randint(2, 14))
    d.t("cdt_code,description,ucr_50th,ucr_80th,ppo_allowed,frequency,age_limit\n")
    for code, desc in r.sample(CDT, r.randint(6, 10)):
        u = r.uniform(40, 1400)
        d.t('%s,"%s",%.2f,%.2f,%.2f,%s,%s\n' % (code, desc, u, u * 1.3, u * 0.7, g.pick(["1 per 6 months", "1 per 36 months", "1 per 5 years", "per tooth", "2 per year"]),
                                           g.pick(["", "<19", "14+", ""])))
    d.w("# totals computed by FeeSched v§; checksum crc32=§\n", g.version(), g.hexs(8))


def k_neg_protocol_synopsis(g, d):
    r = g.r
    d.w("PROTOCOL SYNOPSIS -- §, Amendment §\n", "%s-%d" % (g.chars(3, string.ascii_uppercase), r.randint(100, 999)), r.randint(1, 4))
    d.w("Registry IDs: NCT§ · EudraCT §-§-§ · IND §\n", g.digits(8), r.randint(2019, 2023), g.digits(6, False), g.digits(2, False), g.digits(6))
    d.w("Phase: § · Design: randomized, double-blind, placebo-controlled, 2:1 allocation\n", g.pick(["2b", "3", "2a"]))
    d.t("Population: adults 18-80 with eGFR 25-60 mL/min/1.73m2 and UACR 200-5000 mg/g on stable RAS blockade for at least 4 weeks.\n")
    d.t("Schedule: screening up to 28 days; treatment 52 weeks; visits at Day 1, Week 2, 4, 12, 24, 36, 52 (window ±3 days through Week 4, ±7 days thereafter); follow-up 30 days after last dose.\n")
    d.t("Visits are not scheduled on Sundays; the IWRS is unavailable during maintenance each Saturday night.\n")
    d.w("Sample size: § randomized (§ per arm) provides 90% power at two-sided alpha 0.05.\n", r.randint(300, 900), r.randint(100, 300))
    d.w("Sponsor: §; CRO: §. Investigational product lot numbers assigned by IWRS (kit range §-§).\n", g.pick(MAKERS), g.pick(["Charles River Labs", "IQVIA", "Parexel"]), g.digits(5), g.digits(5))
    d.w("Document version §, SHA-1 §, supersedes version §.\n", g.version(), g.hexs(40), g.version())


def k_neg_kennel_board(g, d):
    r = g.r
    d.t("BOARDING & TREATMENT WHITEBOARD -- ward B (export)\n\n")
    d.t("Run  Patient          Species/breed           Wt(kg)  Meds                       Feeding          Notes\n")
    for run in r.sample(range(1, 30), r.randint(5, 9)):
        d.t("%-4s %-16s %-23s %-7s %-26s %-16s %s\n" % ("B%02d" % run, g.pick(PET_NAMES + PET_NAMES_DE + PET_NAMES_FR), g.pick(BREEDS)[:23],
                                                      round(r.uniform(1.5, 55), 1), g.pick(VET_DRUGS + ["none"])[:26],
                                                      g.pick(["AM/PM", "q8h", "free choice", "NPO after midnight", "i/d low fat"]), g.pick(["bites!", "walk x3", "e-collar", "fluids 40 mL/h", "loves tennis balls", "discharge pending", ""])))
    d.t("\nReminders: weigh all boarders every Monday; controlled drug log checked each shift; kennel cough protocol level 2.\n")
    d.w("Food: § Science Diet i/d and Purina Pro Plan EN in stock. Board template v§.\n", "Hill's", g.version())


def k_neg_claims_batch_report(g, d):
    r = g.r
    d.w("CLAIMS BATCH RECONCILIATION -- batch §\n", g.digits(8))
    d.w("Interchange control § · group control § · transaction set 837P · trading partner ID §\n", g.digits(9), g.digits(4, False), g.chars(8, UPDIG))
    nsub, nrej = r.randint(100, 900), r.randint(3, 20)
    d.w("Claims submitted: § · accepted: § · rejected: § · total billed: § · total allowed: §\n", nsub, nsub - nrej, nrej,
        g.amount(10000, 900000), g.amount(8000, 500000))
    d.t("\nRejections (member identifiers masked per policy):\n")
    for _ in range(r.randint(3, 6)):
        d.w("  claim § · member XXXXX§ · CARC § · RARC § · billed §\n", g.claim_no(), g.digits(4, False), g.pick(["16", "18", "29", "97", "197"]),
            g.pick(["N290", "M51", "MA130", "N522"]), g.amount(20, 4000))
    d.w("\nTest data rows excluded: subscriber SSN § (synthetic), card § (Luhn check failed), ITIN §.\n", g.bad_ssn(), g.bad_card(), g.bad_ssn())
    d.w("Payer routing § / BIC § used for EFT trace §. Run time 4 min 12 s; job id §.\n", g.routing(), g.pick(BICS), g.digits(15), g.uuid())


def k_neg_pa_criteria(g, d):
    r = g.r
    drug = g.pick(DRUGS)
    d.w("CLINICAL CRITERIA -- § (policy RX-UM-§, version §)\n\n", drug, g.digits(3), g.version())
    d.t("Initial approval criteria (all must be met):\n")
    d.w("  1. Diagnosis of § or § documented in chart notes;\n", g.pick(ICD10), g.pick(ICD10))
    d.t("  2. Age 18 years or older;\n  3. Trial and failure of at least two formulary alternatives for a minimum of 12 weeks each, or documented contraindication;\n")
    d.w("  4. Prescribed by or in consultation with a specialist; HCPCS § when administered in office.\n", g.pick(["J0135", "J3490", "J1745"]))
    d.t("Approval duration: 6 months initial, 12 months renewal with documented response (e.g. 50% reduction in symptom score).\n")
    d.w("Quantity limit: § units per 28 days. Reference: manufacturer prescribing information (§), revised last year.\n", r.choice([1, 2, 4, 8]), g.pick(MAKERS))
    d.t("Exclusions: concurrent use with another biologic or JAK inhibitor.\nReviewed annually by the P&T committee; next review in the spring cycle.\n")


def k_neg_de_lagerliste(g, d):
    r = g.r
    d.w("LAGERBESTAND -- Auszug Kommissionierautomat (Schrank §)\nStand: Tagesabschluss, Export v§\n\n", r.randint(1, 4), g.version())
    d.t("PZN       Artikel                                   Menge  Mindestbest.  AVP          Hersteller\n")
    for _ in range(r.randint(5, 9)):
        d.t("%-9s %-41s %5d  %12d  %-12s %s\n" % (g.digits(8), g.pick(DRUGS)[:41], r.randint(0, 60), r.randint(1, 10), g.amount(3, 900, "€"),
                                                 g.pick(["Ratiopharm", "Hexal", "Stada", "Dr. Reddy's", "Fresenius Kabi", "Boehringer Ingelheim", "Johnson & Johnson"])))
    d.w("\nBestellvorschlag: § Positionen an Großhandel (Tour 2). Retouren-Nr. §. Prüfsumme §\n", r.randint(2, 14), g.digits(9), g.hexs(12))


def k_neg_fr_note_service(g, d):
    r = g.r
    d.w("NOTE DE SERVICE -- Mise à jour du logiciel de gestion d'officine (version §)\n\n", g.version())
    d.t("La mise à jour sera installée automatiquement cette nuit, entre la fermeture et l'ouverture ; durée estimée 45 minutes.\n")
    d.w("Nouveautés : prise en charge du format de facturation SESAM-Vitale 1.40 addendum §, contrôle des interactions via la base Thériaque (build §), ", r.randint(6, 9), g.hexs(8))
    d.t("export des ordonnances sécurisées et télétransmission des lots en mode dégradé.\n")
    d.w("Numéro de ticket éditeur : §. Somme de contrôle SHA-256 : §.\n", g.digits(8), g.hexs(64))
    d.t("Rappel : ne jamais saisir de données patients dans les canaux de discussion internes. Prochaine formation : jeudi après-midi.\n")


# ==========================================================================
# registry, generation, CLI
# ==========================================================================
EN_KINDS = [
    ("pbm_reject_notice", "us", k_pbm_reject_notice), ("pbm_claims_csv", "us", k_pbm_claims_csv),
    ("pbm_eob_letter", "us", k_pbm_eob_letter), ("ncpdp_d0_dump", "us", k_ncpdp_dump),
    ("lis_hl7_oru", "us", k_hl7_oru), ("lis_results_csv", "us", k_lis_results_csv),
    ("lis_fhir_bundle", "us", k_fhir_bundle), ("lis_audit_log", "us", k_lis_audit_log),
    ("lab_critical_call", "us", k_lab_critical_call), ("lab_requisition_ocr", "us", k_lab_requisition_ocr),
    ("dental_soap_note", "us", k_dental_soap), ("dental_perio_chart", "us", k_dental_perio),
    ("dental_estimate", "us", k_dental_estimate), ("dental_claim_ada", "us", k_dental_claim_ada),
    ("prior_auth_fax", "us", k_prior_auth_fax), ("prior_auth_letter", "us", k_prior_auth_letter),
    ("prior_auth_api_request", "us", k_pa_api_request), ("mds_section_a", "us", k_mds_section_a),
    ("snf_face_sheet", "us", k_face_sheet), ("care_conference_email", "us", k_care_conference_email),
    ("nursing_shift_log", "us", k_nursing_shift_log), ("evv_visit_log", "us", k_evv_visit_log),
    ("oasis_soc_summary", "us", k_oasis_soc), ("home_health_ics", "us", k_home_health_ics),
    ("vet_soap_record", "us", k_vet_soap), ("vet_invoice", "us", k_vet_invoice),
    ("vet_reminder_email", "us", k_vet_reminder_email), ("telepharmacy_chat", "us", k_telepharmacy_chat),
    ("telepharmacy_session_log", "us", k_telepharmacy_session_log), ("billing_dispute_email", "us", k_billing_dispute_email),
    ("billing_dispute_response", "us", k_billing_dispute_response), ("billing_call_notes", "us", k_billing_call_notes),
    ("refund_ach_request", "us", k_refund_ach_request), ("x12_837_claim", "us", k_x12_837),
    ("trial_screening_csv", "us", k_trial_screening_csv), ("trial_prescreen_note", "us", k_trial_prescreen_note),
    ("trial_site_yaml", "us", k_trial_site_yaml), ("pharmacy_service_env", "us", k_pharmacy_env),
    ("lis_k8s_secret", "us", k_k8s_secret), ("controlled_pickup_log", "us", k_controlled_pickup_log),
    ("specialty_intake_form", "us", k_specialty_intake), ("lab_ci_build_log", "us", k_ci_build_log),
    ("rx_ops_slack_export", "us", k_slack_export), ("pbm_sftp_handoff_email", "us", k_pbm_sftp_handoff),
]
XX_KINDS = [
    ("de_apotheke_retax_einspruch", "de", k_de_retax_einspruch), ("de_pflegeueberleitung", "de", k_de_pflegeueberleitung),
    ("de_zahnarzt_hkp", "de", k_de_zahnarzt_hkp), ("de_tierarzt_rechnung", "de", k_de_tierarzt_rechnung),
    ("fr_mutuelle_reclamation", "fr", k_fr_mutuelle_reclamation), ("fr_labo_compte_rendu", "fr", k_fr_labo_compte_rendu),
    ("fr_ordonnance_veterinaire", "fr", k_fr_veterinaire), ("es_autorizacion_previa_fax", "es", k_es_autorizacion_fax),
    ("es_reclamacion_factura", "es", k_es_reclamacion_factura), ("mx_telefarmacia_chat", "mx", k_mx_telefarmacia_chat),
    ("it_rsa_scheda_ingresso", "it", k_it_rsa_scheda), ("it_fattura_odontoiatrica", "it", k_it_fattura_dentista),
    ("br_visita_domiciliar", "br", k_br_visita_domiciliar), ("pt_ensaio_registo_triagem", "pt", k_pt_ensaio_triagem),
    ("nl_thuiszorg_rapportage", "nl", k_nl_thuiszorg), ("pl_wynik_laboratorium", "pl", k_pl_wynik_lab),
]
NEG_KINDS = [
    ("neg_formulary_update", "us", k_neg_formulary_update), ("neg_lis_interface_log", "us", k_neg_lis_interface_log),
    ("neg_cdt_fee_schedule", "us", k_neg_cdt_fee_schedule), ("neg_protocol_synopsis", "us", k_neg_protocol_synopsis),
    ("neg_kennel_board", "us", k_neg_kennel_board), ("neg_claims_batch_report", "us", k_neg_claims_batch_report),
    ("neg_pa_criteria", "us", k_neg_pa_criteria), ("neg_de_lagerliste", "de", k_neg_de_lagerliste),
    ("neg_fr_note_service", "fr", k_neg_fr_note_service),
]
ALL_KINDS = EN_KINDS + XX_KINDS + NEG_KINDS
P_NEG, P_FOREIGN = 0.12, 0.23

FOOTERS = {
    "en": ["\n-- Page 1 of 1 · Form rev 7 · Confidential: contains PHI; handle per minimum-necessary policy.\n",
           "\nThis communication may contain protected health information. Unauthorized review, use or disclosure is prohibited.\n"],
    "de": ["\n-- Seite 1 von 1 · Formular V3 · Vertraulich: enthält Gesundheitsdaten nach Art. 9 DSGVO.\n"],
    "fr": ["\n-- Page 1/1 · Document confidentiel couvert par le secret médical.\n"],
    "es": ["\n-- Página 1 de 1 · Documento confidencial con datos de salud (RGPD).\n"],
    "it": ["\n-- Pagina 1 di 1 · Documento riservato: contiene dati sanitari (GDPR art. 9).\n"],
    "pt": ["\n-- Página 1 de 1 · Documento confidencial com dados de saúde (LGPD / RGPD).\n"],
    "nl": ["\n-- Pagina 1 van 1 · Vertrouwelijk: bevat medische gegevens (AVG).\n"],
    "pl": ["\n-- Strona 1 z 1 · Dokument poufny: zawiera dane medyczne (RODO).\n"],
}


def _build(seed, i):
    sel = random.Random("%s-%s" % (seed, i))
    x = sel.random()
    pool = NEG_KINDS if x < P_NEG else XX_KINDS if x < P_NEG + P_FOREIGN else EN_KINDS
    name, loc, fn = sel.choice(pool)
    for attempt in range(60):
        r = random.Random("%s-%s-%s" % (seed, i, attempt))
        g = G(r, loc)
        d = Doc()
        fn(g, d)
        d.noise = None
        feet = FOOTERS[g.lang]
        k = 0
        while d.n < MIN_LEN and k < 6:
            d.t(feet[k % len(feet)])
            k += 1
        if MIN_LEN <= d.n <= MAX_LEN:
            return {"id": "b30-%s-%06d-%s" % (seed, i, name), "text": d.text(), "entities": d.ents}
    raise RuntimeError("could not fit document %s/%s (%s) into length bounds" % (seed, i, name))


def generate(n, seed=0):
    for i in range(n):
        yield _build(seed, i)


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
def _luhn_ok(s):
    ds = [c for c in s if c.isdigit()]
    return len(ds) >= 13 and luhn_digit("".join(ds[:-1])) == ds[-1]


def validate(doc):
    errs = []
    text = doc["text"]
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        errs.append("length %d" % len(text))
    prev_end = -1
    for e in sorted(doc["entities"], key=lambda e: (e["start"], e["end"])):
        s, t, typ = e["start"], e["end"], e["type"]
        if typ not in TYPESET:
            errs.append("unknown type %s" % typ)
        if not (0 <= s < t <= len(text)):
            errs.append("span out of range %r" % e)
            continue
        v = text[s:t]
        if not v.strip():
            errs.append("empty span %r" % e)
        if v != v.strip():
            errs.append("whitespace at span edge %r" % v)
        if s < prev_end:
            errs.append("overlap at %d" % s)
        prev_end = max(prev_end, t)
        if typ != "PRIVATE_KEY" and (v[-1] in ".,;:" or v[0] in "\"'" or v[-1] in "\"'"):
            errs.append("punctuation/quote at edge of %s %r" % (typ, v))
        if (v[0] in "([{<" or v[-1] in ")]}>") and any(v.count(a) != v.count(b) for a, b in ("()", "[]", "{}", "<>")):
            errs.append("unbalanced bracket at edge of %s %r" % (typ, v))
        if typ == "CREDIT_CARD" and not _luhn_ok(v):
            errs.append("luhn-invalid card %r" % v)
        if typ == "IBAN_CODE" and not iban_ok(v):
            errs.append("mod-97 invalid iban %r" % v)
        if typ == "US_SSN":
            ds = "".join(c for c in v if c.isdigit())
            if len(ds) != 9 or ds[:3] in ("000", "666") or ds[0] == "9" or ds[3:5] == "00" or ds[5:] == "0000":
                errs.append("invalid ssn %r" % v)
        if typ == "PRIVATE_KEY" and not (v.startswith("-----BEGIN") and v.endswith("-----")):
            errs.append("bad pem")
    return errs


def _check(n=3000, seed=0):
    counts = Counter()
    kinds = Counter()
    langs = Counter()
    bad = 0
    empty = 0
    lens = []
    for doc in generate(n, seed):
        errs = validate(doc)
        if errs:
            bad += 1
            if bad <= 15:
                print("INVALID", doc["id"], errs[:4], file=sys.stderr)
        for e in doc["entities"]:
            counts[e["type"]] += 1
        kind = doc["id"].split("-", 3)[3]
        kinds[kind] += 1
        loc = {k: l for k, l, _ in ALL_KINDS}[kind]
        langs[LANG_OF.get(loc, loc)] += 1
        if not doc["entities"]:
            empty += 1
        lens.append(len(doc["text"]))
    print("documents: %d   invalid: %d" % (n, bad))
    print("kinds defined: %d (en %d, other languages %d, entity-free %d); kinds seen: %d" % (
        len(ALL_KINDS), len(EN_KINDS), len(XX_KINDS), len(NEG_KINDS), len(kinds)))
    print("non-English documents: %.1f%%   documents without entities: %.1f%%" % (
        100.0 * (n - langs["en"]) / n, 100.0 * empty / n))
    print("text length min/mean/max: %d / %d / %d" % (min(lens), sum(lens) // n, max(lens)))
    print("languages: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
    print("per-type entity counts:")
    for t in TYPES:
        print("  %-22s %6d" % (t, counts[t]))
    print("  %-22s %6d" % ("TOTAL", sum(counts.values())))
    missing = [t for t in TYPES if not counts[t]]
    if missing:
        print("types never produced: " + ", ".join(missing))
    ok = bad == 0 and not missing
    print("CHECK " + ("PASSED" if ok else "FAILED"))
    return ok


def _sample(k, seed=0):
    for doc in generate(k, seed):
        print("=" * 78)
        print("id:", doc["id"])
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print("  %-22s %5d-%-5d %r" % (e["type"], e["start"], e["end"], doc["text"][e["start"]:e["end"]]))
    print("=" * 78)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate every span")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K documents with their spans")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if _check(3000, a.seed) else 1
    if a.sample:
        _sample(a.sample, a.seed)
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
