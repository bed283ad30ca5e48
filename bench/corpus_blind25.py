#!/usr/bin/env python3
"""Blind synthetic PII / PHI / secrets corpus no. 25 (standard library only).

Every document is built piece by piece, so entity offsets come from
construction and are never searched for afterwards.  Document i is a pure
function of (seed, i).

    python3 bench/corpus_blind25.py --check
    python3 bench/corpus_blind25.py --sample 3
    python3 bench/corpus_blind25.py --n 500 --seed 7 --output out.jsonl
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid

TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
         "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
         "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
         "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET").split()
(P, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADDR, URL, MRN, HPN, ACC, DL, AKID, ASK,
 GH, SLK, STK, JWT, PK, PW, GS) = TYPES

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"

# ----------------------------------------------------------------------------
# document builder
# ----------------------------------------------------------------------------
_SLOT = re.compile(r"\{(\d+)\}")

class Doc:
    """Accumulates text; (value, TYPE) tuples become labelled spans."""

    def __init__(self):
        self.parts, self.n, self.ents = [], 0, []

    def _put(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)

    def add(self, *items):
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, list):
                self.add(*it)
            elif isinstance(it, tuple):
                v, t = it
                if t and v:
                    self.ents.append({"start": self.n, "end": self.n + len(v), "type": t})
                self._put(v)
            else:
                self._put(str(it))
        return self

    def tpl(self, template, *args):
        """Fill {0}, {1} ... slots; other braces (JSON) are left alone."""
        pos = 0
        for m in _SLOT.finditer(template):
            self._put(template[pos:m.start()])
            self.add(args[int(m.group(1))])
            pos = m.end()
        self._put(template[pos:])
        return self

    def text(self):
        return "".join(self.parts)

# ----------------------------------------------------------------------------
# reference data
# ----------------------------------------------------------------------------
def _nl(a, b):
    return (a.split("|"), b.split("|"))

NAMES = {
    "en": _nl("James|Olivia|Ethan|Chloe|Liam|Grace|Noah|Amelia|Connor|Hannah|Tyler|Madison|Brooke|Wyatt|Harriet|Callum|Jessica|Dylan|Rebecca|Gareth|Shane|Kayla",
              "Smith|Johnson|Whitfield|Harrington|Brooks|Caldwell|Fletcher|Pennington|Thornton|Hughes|Morgan|Baxter|Coleman|Ashworth|Blackwood|Dawson|Ellison|Hargreaves|Patterson|Winslow|Carver|Lockhart"),
    "ie": _nl("Siobhán|Ciarán|Aoife|Niamh|Cian|Orla|Pádraig|Saoirse|Eoin|Clodagh|Darragh|Róisín",
              "O'Sullivan|Ní Bhriain|Murphy|Fitzgerald|McCarthy|O'Donoghue|Brennan|Mac Giolla|Keane|Ó Briain|Gallagher|Lynch"),
    "in": _nl("Priya|Arjun|Ananya|Rohan|Kavya|Vikram|Sneha|Aditya|Lakshmi|Harpreet|Sanjay|Meera|Gurpreet|Nikhil|Divya",
              "Natarajan|Sharma|Iyer|Reddy|Chatterjee|Gill|Deshpande|Menon|Banerjee|Kulkarni|Sandhu|Pillai|Venkataraman|Mukherjee|Joshi"),
    "zh": _nl("Wei|Xiaoling|Jun|Mei|Hao|Yan|Zhiwei|Lihua|Yuxuan|Jiahui|Bo|Xin",
              "Zhang|Wang|Li|Chen|Liu|Huang|Zhao|Xu|Sun|Guo|Lin|He"),
    "ja": _nl("Haruto|Yui|Sota|Aoi|Ren|Sakura|Kenji|Yuki|Daiki|Emi",
              "Tanaka|Suzuki|Takahashi|Watanabe|Nakamura|Kobayashi|Yamamoto|Ishikawa|Fujita"),
    "ko": _nl("Minjun|Seoyeon|Jiho|Hayoon|Dohyun|Jiwoo|Eunji|Sungmin",
              "Kim|Park|Choi|Jung|Kang|Yoon|Lim|Han"),
    "vi": _nl("Minh|Linh|Quang|Thao|Duc|Huong|Tuan|Ngoc Anh",
              "Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui"),
    "ar": _nl("Omar|Fatima|Youssef|Layla|Khalid|Nour|Hassan|Amira|Tariq|Rania|Samir|Hiba",
              "Al-Hassan|Haddad|Mansour|El-Sayed|Khoury|Nasser|Saleh|Abdullah|Benali|Qureshi|Al-Amin|Bakr"),
    "tr": _nl("Emre|Elif|Burak|Zeynep|Mehmet|Ayşe|Cem|Derya",
              "Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan"),
    "fa": _nl("Dariush|Shirin|Reza|Parisa|Kian|Nasrin",
              "Tehrani|Hosseini|Rahimi|Karimi|Moradi|Jafari"),
    "ng": _nl("Chinedu|Ngozi|Oluwaseun|Adaeze|Babajide|Folake|Emeka|Yetunde|Tobenna|Ifeoma",
              "Okafor|Adeyemi|Eze|Okonkwo|Balogun|Nwosu|Adebayo|Olatunji|Chukwu|Onyekachi"),
    "ke": _nl("Wanjiru|Otieno|Achieng|Kamau|Njeri|Kipchoge|Akinyi",
              "Mwangi|Odhiambo|Kiprotich|Wambui|Ochieng|Kariuki|Njoroge"),
    "za": _nl("Thandiwe|Sipho|Lerato|Pieter|Anri|Bongani|Nomvula|Johan|Zanele|Ruan",
              "Nkosi|Dlamini|van der Merwe|Botha|Mokoena|Khumalo|Pretorius|Naidoo|Ndlovu|Coetzee"),
    "es": _nl("María José|Alejandro|Lucía|Javier|Camila|Diego|Valentina|Sofía|Mateo|Carmen|Andrés|Itziar",
              "García López|Fernández|Rodríguez|Martínez Ruiz|Hernández|Castillo|Morales|Vargas|Ortega|Sánchez Gil|Etxeberria|Navarro"),
    "pt": _nl("João|Ana Beatriz|Rafael|Mariana|Thiago|Inês|Gonçalo|Beatriz|Tiago|Leonor",
              "Silva|Santos|Oliveira|Pereira|Costa|Ferreira|Almeida|Rodrigues|Carvalho|Sousa Marques"),
    "fr": _nl("Camille|Louis|Chloé|Théo|Manon|Hugo|Élodie|Mathieu|Geneviève|Jean-Baptiste|Océane|Benoît",
              "Dubois|Lefèvre|Moreau|Girard|Fontaine|Rousseau|Lambert|Bonnet|Mercier|Tremblay|Gauthier|Roux"),
    "de": _nl("Jonas|Lena|Lukas|Anna-Lena|Maximilian|Sophie|Jürgen|Katrin|Moritz|Ulrike|Torsten|Greta",
              "Müller|Schmidt|Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Köhler|von Arnim|Krüger|Wagner"),
    "it": _nl("Giulia|Marco|Francesca|Alessandro|Chiara|Matteo|Federica|Lorenzo|Gianluca|Serena",
              "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|De Luca|Marino|Greco|Lo Bianco"),
    "nl": _nl("Daan|Sanne|Bram|Fleur|Jeroen|Lotte|Sem|Anouk|Maarten|Femke",
              "de Vries|van den Berg|Jansen|Bakker|Visser|Smit|van Dijk|de Jong|Mulder|Vermeulen"),
    "pl": _nl("Katarzyna|Piotr|Agnieszka|Tomasz|Magdalena|Krzysztof|Zofia|Michał|Małgorzata|Paweł",
              "Nowak|Wiśniewska|Kowalczyk|Zieliński|Szymańska|Wójcik|Lewandowski|Kamińska|Dąbrowski|Grabowska"),
    "sv": _nl("Erik|Astrid|Lars|Ingrid|Oskar|Maja|Linnea|Anders|Sven|Elsa",
              "Andersson|Johansson|Karlsson|Nilsson|Lindqvist|Bergström|Eriksson|Sjöberg|Holmberg|Åkesson"),
    "ru": _nl("Dmitri|Olena|Sergei|Natalia|Andriy|Yulia|Oksana|Pavel",
              "Ivanov|Kovalenko|Petrova|Shevchenko|Smirnov|Bondarenko|Melnyk|Volkova"),
    "mi": _nl("Aroha|Tane|Mere|Wiremu|Losa|Sione|Hemi|Talia",
              "Ngata|Parata|Tuilagi|Te Rangi|Tapsell|Fonoti|Walker|Tupou"),
    "ph": _nl("Jose Mari|Maricel|Rodel|Jasmine|Mark Anthony|Rowena|Jericho",
              "Dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Manalo"),
    "he": _nl("Noa|Yael|Avi|Tamar|Eitan|Shira",
              "Cohen|Levi|Mizrahi|Friedman|Peretz|Ben-David"),
    "gr": _nl("Eleni|Nikos|Dimitra|Giorgos|Katerina|Stavros",
              "Papadopoulos|Georgiou|Konstantinou|Nikolaidis|Vlachos|Antoniou"),
    "sg": _nl("Siew Ling|Wei Jie|Nurul|Muhammad Hafiz|Kavitha|Jun Hao|Hui Min|Farhan",
              "Tan|Lim|Ong|Ismail|Goh|Teo|Rahman|Ramasamy"),
}
ALL_CULTS = sorted(NAMES)
FEMALE = set(("Olivia|Chloe|Grace|Amelia|Hannah|Madison|Brooke|Harriet|Jessica|Rebecca|Kayla|Siobhán|Aoife|Niamh|Orla|Saoirse|"
              "Clodagh|Róisín|Priya|Ananya|Kavya|Sneha|Lakshmi|Meera|Divya|Harpreet|Xiaoling|Mei|Yan|Lihua|Jiahui|Xin|Yui|Aoi|Sakura|Yuki|Emi|"
              "Seoyeon|Hayoon|Jiwoo|Eunji|Linh|Thao|Huong|Ngoc Anh|Fatima|Layla|Nour|Amira|Rania|Hiba|Elif|Zeynep|Ayşe|Derya|"
              "Shirin|Parisa|Nasrin|Ngozi|Adaeze|Folake|Yetunde|Ifeoma|Wanjiru|Achieng|Njeri|Akinyi|Thandiwe|Lerato|Anri|Nomvula|"
              "Zanele|María José|Lucía|Camila|Valentina|Sofía|Carmen|Itziar|Ana Beatriz|Mariana|Inês|Beatriz|Leonor|Camille|Chloé|"
              "Manon|Élodie|Geneviève|Océane|Lena|Anna-Lena|Sophie|Katrin|Ulrike|Greta|Giulia|Francesca|Chiara|Federica|Serena|"
              "Sanne|Fleur|Lotte|Anouk|Femke|Katarzyna|Agnieszka|Magdalena|Zofia|Małgorzata|Astrid|Ingrid|Maja|Linnea|Elsa|Olena|"
              "Natalia|Yulia|Oksana|Aroha|Mere|Losa|Talia|Maricel|Jasmine|Rowena|Noa|Yael|Tamar|Shira|Eleni|Dimitra|Katerina|"
              "Siew Ling|Nurul|Kavitha|Hui Min").split("|"))
HON = {"en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("Monsieur", "Madame"), "nl": ("De heer", "Mevrouw"),
       "it": ("sig.", "sig.ra"), "es": ("Sr.", "Sra."), "pt": ("Sr.", "Sra."), "pnr": ("MR", "MS")}
CULT_BY_CC = {
    "us": "en en en en en en es es es zh in ng vi ko ar ph he ru".split(),
    "gb": "en en en en en en in in ng pl ie ar zh gr".split(),
    "ie": "ie ie ie ie en pl ng in pt".split(),
    "ca": "en en en en fr fr fr zh in ar ph ko".split(),
    "au": "en en en en en zh vi gr it in mi ko".split(),
    "nz": "en en en en mi mi mi zh in ko".split(),
    "in": ["in"], "za": "za za za za za en in".split(), "sg": "sg sg sg zh in".split(),
    "de": "de de de de de tr tr pl ru it gr ar".split(), "fr": "fr fr fr fr fr ar ar pt es vi".split(),
    "es": "es es es es es es ar".split(), "it": "it it it it it it ar ru".split(),
    "nl": "nl nl nl nl nl tr ar".split(), "pt": "pt pt pt pt pt pt es".split(),
    "pl": "pl pl pl pl pl pl ru".split(), "se": "sv sv sv sv sv fa ar".split(),
}

CITIES = {
    "us": [("Springfield", "IL"), ("Columbus", "OH"), ("Tucson", "AZ"), ("Raleigh", "NC"), ("Boise", "ID"),
           ("Portland", "OR"), ("Albany", "NY"), ("Fresno", "CA"), ("Omaha", "NE"), ("Savannah", "GA"),
           ("Duluth", "MN"), ("El Paso", "TX"), ("Burlington", "VT"), ("Lexington", "KY"), ("Tacoma", "WA"),
           ("Hialeah", "FL"), ("Dearborn", "MI"), ("Providence", "RI")],
    "ca": [("Toronto", "ON"), ("Mississauga", "ON"), ("Montréal", "QC"), ("Laval", "QC"), ("Calgary", "AB"),
           ("Edmonton", "AB"), ("Vancouver", "BC"), ("Surrey", "BC"), ("Halifax", "NS"), ("Winnipeg", "MB"),
           ("Regina", "SK"), ("St. John's", "NL")],
    "gb": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Glasgow", "G"), ("Cardiff", "CF"),
           ("Norwich", "NR"), ("Leicester", "LE"), ("Brighton", "BN"), ("Belfast", "BT"), ("Sheffield", "S"),
           ("Aberdeen", "AB"), ("Reading", "RG")],
    "ie": [("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Dublin 8", "D08"), ("Sligo", "F91"),
           ("Ennis", "V95"), ("Tralee", "V92"), ("Athlone", "N37")],
    "au": [("Coogee", "NSW"), ("Parramatta", "NSW"), ("Fitzroy", "VIC"), ("Geelong", "VIC"), ("Fremantle", "WA"),
           ("Toowong", "QLD"), ("Cairns", "QLD"), ("Glenelg", "SA"), ("Hobart", "TAS"), ("Belconnen", "ACT")],
    "nz": [("Auckland", "Auckland"), ("Wellington", "Wellington"), ("Christchurch", "Canterbury"),
           ("Hamilton", "Waikato"), ("Tauranga", "Bay of Plenty"), ("Dunedin", "Otago"),
           ("Palmerston North", "Manawatū"), ("Nelson", "Nelson")],
    "in": [("Bengaluru", "Karnataka"), ("Pune", "Maharashtra"), ("Chennai", "Tamil Nadu"), ("Hyderabad", "Telangana"),
           ("Kochi", "Kerala"), ("Jaipur", "Rajasthan"), ("Kolkata", "West Bengal"), ("Lucknow", "Uttar Pradesh"),
           ("Ahmedabad", "Gujarat")],
    "za": [("Johannesburg", "Gauteng"), ("Cape Town", "Western Cape"), ("Durban", "KwaZulu-Natal"),
           ("Pretoria", "Gauteng"), ("Gqeberha", "Eastern Cape"), ("Bloemfontein", "Free State"),
           ("Stellenbosch", "Western Cape")],
    "sg": [("Singapore", "")],
    "de": [("Berlin", ""), ("München", ""), ("Hamburg", ""), ("Köln", ""), ("Leipzig", ""), ("Freiburg im Breisgau", ""),
           ("Dortmund", ""), ("Nürnberg", ""), ("Bremen", "")],
    "fr": [("Lyon", ""), ("Marseille", ""), ("Toulouse", ""), ("Nantes", ""), ("Lille", ""), ("Bordeaux", ""),
           ("Strasbourg", ""), ("Rennes", ""), ("Montpellier", "")],
    "es": [("Madrid", ""), ("Barcelona", ""), ("Valencia", ""), ("Sevilla", ""), ("Bilbao", ""), ("Zaragoza", ""),
           ("Málaga", ""), ("Granada", "")],
    "it": [("Milano", "MI"), ("Roma", "RM"), ("Torino", "TO"), ("Bologna", "BO"), ("Napoli", "NA"), ("Firenze", "FI"),
           ("Bari", "BA"), ("Verona", "VR")],
    "nl": [("Amsterdam", ""), ("Utrecht", ""), ("Rotterdam", ""), ("Eindhoven", ""), ("Groningen", ""), ("Den Haag", ""),
           ("Zwolle", ""), ("Haarlem", "")],
    "pt": [("Lisboa", ""), ("Porto", ""), ("Braga", ""), ("Coimbra", ""), ("Faro", ""), ("Aveiro", ""), ("Setúbal", "")],
    "pl": [("Warszawa", ""), ("Kraków", ""), ("Gdańsk", ""), ("Wrocław", ""), ("Poznań", ""), ("Łódź", ""), ("Lublin", "")],
    "se": [("Stockholm", ""), ("Göteborg", ""), ("Malmö", ""), ("Uppsala", ""), ("Umeå", ""), ("Linköping", ""), ("Örebro", "")],
}
COUNTRY = {"us": "USA", "ca": "Canada", "gb": "United Kingdom", "ie": "Ireland", "au": "Australia",
           "nz": "New Zealand", "in": "India", "za": "South Africa", "sg": "Singapore", "de": "Germany",
           "fr": "France", "es": "Spain", "it": "Italy", "nl": "Netherlands", "pt": "Portugal",
           "pl": "Poland", "se": "Sweden"}
STREETS = {
    "us": "Maple Ave|Oak Street|W 38th St|Cedar Ln|Riverside Dr|Elm St|Lincoln Blvd|Pine Ridge Rd|N Main St|Sycamore Ct|Magnolia Way|E Colfax Ave|Old Mill Rd|Chestnut St".split("|"),
    "ca": "Queen St W|Rue Saint-Denis|Jasper Ave|Boulevard René-Lévesque O|Robson St|Portage Ave|Spring Garden Rd|Whyte Ave|Dundas St E".split("|"),
    "gb": "Harcourt Road|Victoria Street|Mill Lane|Kingsway|Albert Terrace|Station Road|Church Close|Beechwood Avenue|Granby Street|Hollybush Lane".split("|"),
    "ie": "Ashgrove Park|Main Street|Father Griffin Road|Ballyvolane Road|O'Connell Avenue|Strand Road|Church View|Sráid an Mhuilinn".split("|"),
    "au": "Beach St|Church St|Brunswick St|Marine Pde|High St|Hay St|Coronation Dr|Esplanade".split("|"),
    "nz": "Karaka Street|Cuba Street|Riccarton Road|Victoria Street|George Street|Queen Street|Te Awe Awe Street".split("|"),
    "za": "Jan Smuts Avenue|Long Street|Florida Road|Church Street|Oxford Road|Beach Road".split("|"),
    "de": "Hauptstraße|Bahnhofstraße|Lindenallee|Schillerstraße|Am Mühlbach|Goethestraße|Friedrichstraße|Kastanienweg".split("|"),
    "fr": "rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|impasse des Tilleuls|chemin du Moulin|place Bellecour".split("|"),
    "es": "Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Paseo de Gracia|Calle Larios|Gran Vía|Calle San Fernando".split("|"),
    "it": "Via Roma|Corso Vittorio Emanuele II|Via Garibaldi|Viale Monza|Piazza Cavour|Via dei Mille|Via Nazionale".split("|"),
    "nl": "Keizersgracht|Oudegracht|Lange Voorhout|Stationsweg|Dorpsstraat|Vismarkt|Burgemeester Reigerstraat".split("|"),
    "pt": "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Souto|Travessa do Carmo|Rua Ferreira Borges".split("|"),
    "pl": "ul. Długa|ul. Piotrkowska|al. Jerozolimskie|ul. Floriańska|ul. Świętojańska|ul. Ogrodowa".split("|"),
    "se": "Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Södra Förstadsgatan|Ringvägen".split("|"),
}
EMAIL_DOMS = {
    "us": "gmail.com yahoo.com outlook.com icloud.com hotmail.com proton.me comcast.net".split(),
    "gb": "gmail.com btinternet.com yahoo.co.uk outlook.com hotmail.co.uk sky.com".split(),
    "ie": "gmail.com eircom.net outlook.ie yahoo.ie".split(),
    "ca": "gmail.com rogers.com videotron.ca shaw.ca outlook.com".split(),
    "au": "gmail.com bigpond.com optusnet.com.au outlook.com".split(),
    "nz": "gmail.com xtra.co.nz outlook.co.nz".split(),
    "in": "gmail.com rediffmail.com yahoo.co.in outlook.com".split(),
    "za": "gmail.com mweb.co.za webmail.co.za".split(),
    "sg": "gmail.com singnet.com.sg yahoo.com.sg".split(),
    "de": "web.de gmx.de t-online.de posteo.de gmail.com".split(),
    "fr": "orange.fr free.fr laposte.net gmail.com sfr.fr".split(),
    "es": "gmail.com telefonica.net yahoo.es hotmail.es".split(),
    "it": "libero.it virgilio.it gmail.com alice.it".split(),
    "nl": "ziggo.nl kpnmail.nl gmail.com hotmail.nl".split(),
    "pt": "sapo.pt gmail.com netcabo.pt".split(),
    "pl": "wp.pl onet.pl o2.pl gmail.com interia.pl".split(),
    "se": "telia.com bredband.net gmail.com hotmail.se".split(),
}
LANG = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "pl": "pl", "se": "sv"}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
}
DT_JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las "], "it": [" alle "],
           "nl": [", "], "pt": [" às "], "pl": [", ", " "], "sv": [" ", ", "]}
PHONE_FMT = {  # '#' = digit, 'N' = digit 2-9
    "us": ["(AAA) N##-####", "AAA-N##-####", "AAA.N##.####", "+1 AAA N## ####", "+1-AAA-N##-####", "1 (AAA) N##-####"],
    "gb": ["07### ######", "+44 7### ######", "020 7### ####", "+44 20 7### ####", "0113 ### ####", "0161 ### ####", "+44 (0)131 ### ####"],
    "ie": ["08N ### ####", "+353 8N ### ####", "021 ### ####", "+353 1 ### ####", "(091) ### ###"],
    "au": ["04## ### ###", "+61 4## ### ###", "(02) N### ####", "+61 3 N### ####", "(08) N### ####"],
    "nz": ["021 ### ####", "+64 21 ### ####", "(09) N## ####", "+64 4 N## ####", "027 ### ####"],
    "in": ["+91 9#### #####", "+91 8#### #####", "09#### #####", "+91-80-N###-####", "7#### #####"],
    "za": ["+27 8N ### ####", "08N ### ####", "011 N## ####", "+27 (0)21 N## ####"],
    "sg": ["+65 9### ####", "9### ####", "6### ####", "+65 6### ####", "8### ####"],
    "de": ["+49 30 N######", "030 N######", "0171 #######", "+49 151 ########", "030/N######", "089 N#######"],
    "fr": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "01 N# ## ## ##", "+33 (0)4 N# ## ## ##", "07 ## ## ## ##"],
    "es": ["+34 6## ### ###", "6## ## ## ##", "91 N## ## ##", "+34 93 N## ## ##"],
    "it": ["+39 3## ### ####", "3## #######", "02 N### ####", "+39 06 N### ####"],
    "nl": ["+31 6 ########", "06-########", "020-N######", "+31 20 N## ####", "06 #### ####"],
    "pt": ["+351 9## ### ###", "9## ### ###", "21 N## ####", "+351 22 N## ####"],
    "pl": ["+48 5## ### ###", "5##-###-###", "22 N## ## ##", "+48 6## ### ###"],
    "se": ["+46 70 ### ## ##", "070-### ## ##", "08-N## ### ##", "+46 8 N## ### ##", "073-### ## ##"],
}
AREA = {"us": [212, 312, 415, 503, 602, 617, 704, 720, 786, 808, 919, 971, 608, 208, 402, 915, 313, 401],
        "ca": [416, 647, 514, 438, 403, 780, 604, 778, 902, 204, 306, 709]}
TOLLFREE = ["1-800-N##-####", "1-888-N##-####", "(877) N##-####", "0800 ### ####", "1800 ### ###", "1300 ### ###"]
TLDS = ["com", "io", "app", "org", "net", "co.uk", "de", "nl", "com.au", "ca"]
WORDS = ("amber anchor birch cobalt delta ember falcon garnet harbor indigo juniper kelp lumen maple nectar onyx "
         "pebble quartz raven saffron tundra umber velvet willow yarrow zephyr copper meadow orbit lantern").split()
DRUGS = ["Metformin 500 mg", "Atorvastatin 20 mg", "Amoxicillin 500 mg", "Lisinopril 10 mg", "Salbutamol inhaler",
         "Omeprazole 20 mg", "Sertraline 50 mg", "Levothyroxine 75 mcg", "Ibuprofen 400 mg", "Apixaban 5 mg",
         "Prednisolone 5 mg", "Ondansetron 4 mg", "Paracetamol 1 g", "Co-amoxiclav 625 mg"]

def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", s)

def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c
    raise AssertionError

def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000"

IBAN_SPEC = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "PT": "n21", "PL": "n24",
             "SE": "n20", "GB": "a4n14", "IE": "a4n14", "BE": "n12", "AT": "n16", "CH": "n17", "LU": "n16"}
BANK_CODES = {"NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"], "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MONZ"],
              "IE": ["AIBK", "BOFI", "IPBS", "PTSB"]}

# ----------------------------------------------------------------------------
# generator context
# ----------------------------------------------------------------------------
class G:
    def __init__(self, r):
        self.r = r
        self.d = Doc()

    # -- primitives
    def pick(self, seq):
        return self.r.choice(seq)

    def ch(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def s(self, n, alpha=DIG):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def dg(self, n):
        return self.s(n)

    def dgnz(self, n):
        return self.pick("123456789") + self.dg(n - 1)

    def pat(self, p):
        out = []
        for c in p:
            out.append(self.pick(DIG) if c == "#" else self.pick("23456789") if c == "N" else
                       self.pick(UP) if c == "@" else c)
        return "".join(out)

    def shuffle(self, xs):
        xs = list(xs)
        self.r.shuffle(xs)
        return xs

    def sample(self, xs, k):
        return self.r.sample(list(xs), k)

    # -- people
    def person(self, cc=None, cult=None):
        cult = cult or self.pick(CULT_BY_CC.get(cc, ALL_CULTS))
        fs, ls = NAMES[cult]
        f, l = self.pick(fs), self.pick(ls)
        fem = f in FEMALE
        if cult == "pl":
            l = re.sub("ska$", "ski", l) if not fem else re.sub("ski$", "ska", l)
        return {"first": f, "last": l, "mi": self.pick("ABCDEFGHJKLMNPRSTVW"), "cult": cult, "fem": fem}

    def hon(self, p, lang="en"):
        return HON[lang][1 if p["fem"] else 0]

    def people(self, n, cc=None):
        out, seen = [], set()
        while len(out) < n:
            p = self.person(cc)
            if (p["first"], p["last"]) in seen or p["first"] in {q["first"] for q in out}:
                continue
            seen.add((p["first"], p["last"]))
            out.append(p)
        return out

    def name(self, p, style=None):
        style = style or self.pick(["fl"] * 8 + ["fml", "fml", "lf"])
        f, l, m = p["first"], p["last"], p["mi"]
        if style == "fl" and p["cult"] in ("zh", "ko", "vi") and self.ch(0.25):
            return f"{l} {f}"
        return {"fl": f"{f} {l}", "fml": f"{f} {m}. {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f}",
                "LFU": f"{l.upper()}, {f.upper()}", "FLU": f"{f} {l}".upper(), "LU": l.upper(),
                "low": f"{f} {l}".lower(), "f": f, "l": l, "flow": f.lower(), "fi": f"{f[0]}. {l}",
                "fli": f"{f} {l[0]}"}[style]

    def nm(self, p=None, style=None, cc=None):
        return (self.name(p or self.person(cc), style), P)

    def email(self, p=None, dom=None, cc=None):
        p = p or self.person(cc)
        f, l = ascii_slug(p["first"]) or "info", ascii_slug(p["last"]) or "mail"
        local = self.pick([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}", f"{f}_{l}{self.ri(1, 99)}", f"{l}.{f}",
                           f"{f}{self.ri(70, 99)}", f"{f}.{l}{self.ri(1, 9)}", f"{f[0]}.{l}"])
        return f"{local}@{dom or self.pick(EMAIL_DOMS.get(cc, EMAIL_DOMS['us']))}"

    def em(self, p=None, dom=None, cc=None):
        return (self.email(p, dom, cc), EM)

    def domain(self):
        return f"{self.pick(WORDS)}{self.pick(['', '-', ''])}{self.pick(WORDS)}.{self.pick(TLDS)}"

    # -- phones / places
    def phone(self, cc="us", toll=False):
        if toll:
            return self.pat(self.pick(TOLLFREE))
        f = self.pick(PHONE_FMT[cc if cc in PHONE_FMT else "us" if cc == "ca" else "us"])
        if cc in ("us", "ca"):
            f = f.replace("AAA", str(self.pick(AREA[cc])))
        return self.pat(f)

    def intl_phone(self, cc="us"):
        f = self.pick([x for x in PHONE_FMT.get(cc, PHONE_FMT["us"]) if x.startswith("+")])
        if cc in ("us", "ca"):
            f = f.replace("AAA", str(self.pick(AREA[cc])))
        return self.pat(f)

    def ph(self, cc="us", toll=False):
        return (self.phone(cc, toll), PH)

    def city(self, cc, reg=None):
        opts = [c for c in CITIES[cc] if reg is None or c[1] == reg]
        return self.pick(opts or CITIES[cc])

    def loc(self, cc, style=None):
        c, reg = self.city(cc)
        style = style or self.pick(["c", "c", "cr", "cc"])
        if style == "cr" and reg and cc in ("us", "ca", "au", "in", "za", "nz"):
            return f"{c}, {reg}"
        if style == "cc" or style == "cr":
            return f"{c}, {COUNTRY[cc]}" if cc != "sg" else c
        return c

    def lc(self, cc, style=None):
        return (self.loc(cc, style), LOC)

    def postcode(self, cc, city=None, reg=None):
        if cc == "us":
            return self.dgnz(5)
        if cc == "ca":
            return self.pat("@#@ #@#").replace("O", "P").replace("I", "J")
        if cc == "gb":
            return f"{reg}{self.ri(1, 19)} {self.ri(1, 9)}{self.s(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        if cc == "ie":
            return f"{reg} {self.s(4, 'ACDEFHKNPRTVWXY0123456789')}"
        if cc == "au":
            return {"NSW": "2", "VIC": "3", "QLD": "4", "SA": "5", "WA": "6", "TAS": "7", "ACT": "26"}[reg] + \
                self.dg(3 if reg != "ACT" else 2)
        if cc in ("nz", "za"):
            return self.dgnz(4)
        if cc == "in":
            return self.dgnz(6)
        if cc == "sg":
            return self.dgnz(6)
        if cc == "nl":
            return f"{self.dgnz(4)} {self.s(2, 'ABCDEGHJKLMNPRSTVWXZ')}"
        if cc == "pt":
            return f"{self.dgnz(4)}-{self.dg(3)}"
        if cc == "pl":
            return f"{self.dg(2)}-{self.dg(3)}"
        if cc == "se":
            return f"{self.dgnz(3)} {self.dg(2)}"
        return self.dgnz(5)

    def addr_parts(self, cc, reg=None):
        c, reg = self.city(cc, reg)
        pc = self.postcode(cc, c, reg)
        st = self.pick(STREETS.get(cc, STREETS["us"]))
        n = self.ri(1, 240)
        if cc in ("us", "ca", "gb", "ie", "au", "nz", "za"):
            line = f"{n} {st}"
            if cc in ("us", "ca") and self.ch(0.35):
                line += self.pick([f" Apt {self.ri(1, 30)}{self.pick('ABCD')}", f", Unit {self.ri(100, 2400)}",
                                   f" Suite {self.ri(100, 900)}", f" #{self.ri(2, 40)}"])
            if cc == "au" and self.ch(0.4):
                line = f"{self.ri(1, 24)}/{line}"
            if cc == "gb" and self.ch(0.3):
                line = f"Flat {self.ri(1, 12)}, {line}"
        elif cc == "in":
            line = self.pick([f"Flat {self.ri(101, 1204)}, {self.pick(['Sai Residency', 'Prestige Lakeside', 'Green Glen Layout', 'Shanti Kunj'])}, {self.pick(['4th Cross, Indiranagar', 'MG Road', 'Anna Salai', 'Linking Road', 'Sector 15'])}",
                              f"H.No. {self.ri(1, 20)}-{self.ri(1, 9)}-{self.ri(10, 99)}, {self.pick(['Banjara Hills', 'Kothrud', 'Salt Lake', 'Gomti Nagar', 'Vaishali Nagar'])}"])
        elif cc == "sg":
            line = f"Blk {self.ri(100, 899)} {self.pick(['Bedok North Ave 3', 'Tampines Street 92', 'Ang Mo Kio Ave 10', 'Jurong West St 64', 'Toa Payoh Lorong 4'])}, #{self.ri(2, 25):02d}-{self.ri(1, 420)}"
        elif cc == "fr":
            line = f"{n}{self.pick(['', '', ' bis'])} {st}"
        elif cc == "es":
            line = f"{st} {n}, {self.ri(1, 9)}º {self.pick('ABCD')}"
        elif cc == "pt":
            line = f"{st} {n}, {self.ri(1, 9)}.º {self.pick(['Esq', 'Dto', 'Frente'])}"
        elif cc == "pl":
            line = f"{st} {n}/{self.ri(1, 60)}"
        elif cc == "nl":
            line = f"{st} {n}{self.pick(['', '', '-II', 'A', '-hs'])}"
        else:
            line = f"{st} {n}{self.pick(['', '', 'a', 'b'])}"
        return {"line": line, "city": c, "reg": reg, "pc": pc, "cc": cc}

    def address(self, cc, ml=False, country=False, parts=None, reg=None):
        a = parts or self.addr_parts(cc, reg)
        line, c, reg, pc = a["line"], a["city"], a["reg"], a["pc"]
        if cc in ("us", "ca"):
            tail = f"{c}, {reg} {pc}" if self.ch(0.8) else f"{c} {reg} {pc}"
        elif cc == "gb":
            tail = f"{c} {pc}" if not ml else f"{c}\n{pc}"
        elif cc == "ie":
            county = {"Ennis": "Clare", "Tralee": "Kerry", "Athlone": "Westmeath"}.get(c, c)
            tail = f"{c}, {pc}" if c.startswith("Dublin") else f"{c}, Co. {county}, {pc}"
        elif cc == "au":
            tail = f"{c} {reg} {pc}"
        elif cc == "nz":
            tail = f"{self.pick(['Ponsonby', 'Te Aro', 'Riccarton', 'Mount Maunganui', 'Roslyn', 'Hillcrest'])}, {c} {pc}"
        elif cc == "za":
            tail = f"{self.pick(['Rosebank', 'Sea Point', 'Morningside', 'Hatfield', 'Summerstrand'])}, {c}, {pc}"
        elif cc == "in":
            tail = f"{c}, {reg} {pc}" if self.ch(0.5) else f"{c} - {pc}"
        elif cc == "sg":
            tail = f"Singapore {pc}"
        elif cc == "it":
            tail = f"{pc} {c} {reg}"
        else:
            tail = f"{pc} {c}"
        sep = "\n" if ml else ", "
        s = f"{line}{sep}{tail}"
        if country:
            s += f"{sep}{COUNTRY[cc] if cc != 'us' else 'USA'}"
        return s

    def ad(self, cc, ml=False, country=False):
        return (self.address(cc, ml, country), ADDR)

    # -- dates
    def rdate(self, y0=2024, y1=2026):
        a = dt.date(y0, 1, 1)
        return a + dt.timedelta(days=self.r.randrange((dt.date(y1, 12, 31) - a).days + 1))

    def fdate(self, d, loc="us", wd=False, style=None):
        L = LANG.get(loc, "en")
        M = MONTHS[L][d.month - 1]
        D, mo, Y = d.day, d.month, d.year
        if loc == "iso":
            return d.isoformat()
        if loc == "us":
            num = [f"{mo:02d}/{D:02d}/{Y}", f"{mo}/{D}/{Y}", f"{mo:02d}-{D:02d}-{Y}"]
            word = [f"{M} {D}, {Y}", f"{M[:3]} {D}, {Y}"]
        elif loc == "ca":
            num = [d.isoformat(), f"{D:02d}/{mo:02d}/{Y}"]
            word = [f"{M} {D}, {Y}", f"{D} {M} {Y}"]
        elif L == "en":
            num = [f"{D:02d}/{mo:02d}/{Y}", f"{D}/{mo}/{Y}"] + ([f"{D:02d}-{mo:02d}-{Y}"] if loc == "in" else []) + \
                  ([f"{Y}/{mo:02d}/{D:02d}"] if loc == "za" else [])
            sfx = "th" if 10 < D < 14 else {1: "st", 2: "nd", 3: "rd"}.get(D % 10, "th")
            word = [f"{D} {M} {Y}", f"{D} {M[:3]} {Y}", f"{D}{sfx} {M} {Y}"]
        elif L == "de":
            num, word = [f"{D:02d}.{mo:02d}.{Y}", f"{D}.{mo}.{Y}"], [f"{D}. {M} {Y}"]
        elif L == "fr":
            num, word = [f"{D:02d}/{mo:02d}/{Y}"], [f"{'1er' if D == 1 else D} {M} {Y}"]
        elif L in ("es", "pt"):
            num, word = [f"{D:02d}/{mo:02d}/{Y}", f"{D}/{mo}/{Y}"], [f"{D} de {M} de {Y}"]
        elif L == "it":
            num, word = [f"{D:02d}/{mo:02d}/{Y}", f"{D:02d}.{mo:02d}.{Y}"], [f"{D} {M} {Y}"]
        elif L == "nl":
            num, word = [f"{D:02d}-{mo:02d}-{Y}", f"{D}-{mo}-{Y}"], [f"{D} {M} {Y}"]
        elif L == "pl":
            num, word = [f"{D:02d}.{mo:02d}.{Y}"], [f"{D} {M} {Y}"]
        else:  # sv
            num, word = [d.isoformat(), f"{D}/{mo} {Y}"], [f"{D} {M} {Y}"]
        style = style or self.pick(["num", "word"])
        s = self.pick(num if style == "num" else word)
        if wd and style == "word":
            w = WEEKDAYS[L][d.weekday()]
            s = (f"{w}, {s}" if L in ("en", "de", "es", "pt", "pl") and (L != "en" or self.ch(0.6) or loc == "us")
                 else f"{w} {s}")
        return s

    def ftime(self, loc="us", h=None, mi=None):
        h = self.ri(7, 19) if h is None else h
        mi = self.pick([0, 0, 15, 30, 45, self.ri(0, 59)]) if mi is None else mi
        L = LANG.get(loc, "en")
        if loc == "us" or (L == "en" and loc in ("au", "nz", "ca", "in", "gb", "sg") and self.ch(0.45)):
            ap = "AM" if h < 12 else "PM"
            if self.ch(0.3):
                ap = ap.lower()
            return f"{(h - 1) % 12 + 1}:{mi:02d} {ap}" if self.ch(0.85) else f"{(h - 1) % 12 + 1}:{mi:02d}{ap}"
        if L == "de":
            return self.pick([f"{h:02d}:{mi:02d} Uhr", f"{h}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}"])
        if L == "fr":
            return self.pick([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"]) if mi else self.pick([f"{h}h", f"{h}h00"])
        if L == "pt":
            return self.pick([f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"])
        return f"{h:02d}:{mi:02d}"

    def fdt(self, d=None, loc="us", wd=None, style=None):
        d = d or self.rdate()
        if loc == "iso":
            return f"{d.isoformat()}{self.pick(['T', ' '])}{self.ri(7, 19):02d}:{self.pick(['00', '15', '30', '45'])}"
        L = LANG.get(loc, "en")
        wd = self.ch(0.3) if wd is None else wd
        return self.fdate(d, loc, wd, style) + self.pick(DT_JOIN[L]) + self.ftime(loc)

    def dte(self, loc="us", d=None, wd=False, style=None):
        return (self.fdate(d or self.rdate(), loc, wd, style), DT)

    def dtm(self, loc="us", d=None, wd=None, style=None):
        return (self.fdt(d, loc, wd, style), DT)

    def tm(self, loc="us", h=None, mi=None):
        return (self.ftime(loc, h, mi), DT)

    def dob(self, loc="us", style=None, d=None):
        return (self.fdate(d or self.rdate(1938, 2007), loc, False, style), DOB)

    # -- financial
    def card_num(self, brand=None):
        brand = brand or self.pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
        if brand == "visa":
            pre, ln = "4" + self.dg(5), 16
        elif brand == "mc":
            pre, ln = (str(self.ri(51, 55)) if self.ch(0.7) else str(self.ri(2221, 2720))), 16
        elif brand == "amex":
            pre, ln = self.pick(["34", "37"]), 15
        else:
            pre, ln = self.pick(["6011", "65" + self.dg(2)]), 16
        body = pre + self.dg(ln - 1 - len(pre))
        return body + luhn_digit(body)

    def fmt_card(self, num, sep=None):
        sep = self.pick([" ", " ", "-", ""]) if sep is None else sep
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, len(num), 4))

    def card(self, brand=None, sep=None):
        return (self.fmt_card(self.card_num(brand), sep), CC)

    def bad_card(self, sep=None):
        n = self.card_num(self.pick(["visa", "mc"]))
        n = n[:-1] + str((int(n[-1]) + self.ri(1, 9)) % 10)
        return self.fmt_card(n, sep)

    def masked_card(self):
        last = self.dg(4)
        return self.pick([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"ending {last}", f"•••• {last}",
                          f"{self.pick(['4', '5'])}{self.dg(5)}******{last}"])

    def iban_raw(self, cc):
        spec = IBAN_SPEC[cc]
        bban = ""
        for kind, ln in re.findall(r"([an])(\d+)", spec):
            ln = int(ln)
            if kind == "a":
                bban += (self.pick(BANK_CODES[cc]) if cc in BANK_CODES and ln == 4 else self.s(ln, UP))
            else:
                bban += self.dg(ln)
        num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        return f"{cc}{98 - num % 97:02d}{bban}"

    def iban(self, cc, grouped=None):
        s = self.iban_raw(cc)
        grouped = self.ch(0.6) if grouped is None else grouped
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def ib(self, cc, grouped=None):
        return (self.iban(cc, grouped), IBAN)

    def bad_iban(self, cc):
        s = self.iban_raw(cc)
        return s[:2] + f"{(int(s[2:4]) + self.ri(1, 40)) % 97 + 2:02d}" + s[4:]

    def ssn(self, fmt=None):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        g, n = self.ri(1, 99), self.ri(1, 9999)
        fmt = fmt or self.pick(["-", "-", "-", " ", ""])
        return f"{a:03d}{fmt}{g:02d}{fmt}{n:04d}"

    def ss(self, fmt=None):
        return (self.ssn(fmt), SSN)

    def bad_ssn(self):
        a = self.pick(["000", "666", str(self.ri(900, 999))])
        return f"{a}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def bank_acct(self):
        return self.pick([self.dgnz(self.ri(8, 12)), f"{self.dg(4)}-{self.dg(6)}", self.dgnz(10)])

    def acct(self, kind=None):
        kind = kind or self.pick(["num", "dash", "alpha"])
        if kind == "num":
            return (self.dgnz(self.ri(8, 11)), ACC)
        if kind == "dash":
            return (f"{self.dg(4)}-{self.dg(4)}-{self.dg(2)}", ACC)
        return (f"{self.s(self.ri(1, 3), UP)}{self.dgnz(self.ri(6, 9))}", ACC)

    # -- network / web
    def ip4(self, private=None):
        private = self.ch(0.35) if private is None else private
        if private:
            return self.pick([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                              f"192.168.{self.ri(0, 255)}.{self.ri(1, 254)}",
                              f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])
        a = self.pick([23, 31, 45, 52, 62, 78, 81, 91, 104, 109, 138, 145, 151, 176, 185, 188, 203, 212, 217])
        return f"{a}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6(self):
        h = lambda: f"{self.ri(0, 0xffff):x}"
        return self.pick([f"2a02:{h()}:{h()}:{h()}::{h()}", f"2001:{self.ri(0x400, 0x4ff):x}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                          f"2600:{h()}:{h()}:{h()}::{self.ri(1, 255)}", f"fd{self.ri(0, 255):02x}:{h()}:{h()}::{h()}"])

    def ip(self, v6=None):
        v6 = self.ch(0.15) if v6 is None else v6
        return (self.ip6() if v6 else self.ip4(), IP)

    def url(self, dom=None, path=None):
        host = dom or (self.pick(["", "www.", "portal.", "app.", "my."]) + self.domain())
        path = path or self.pick([f"/account/{self.pick(WORDS)}", f"/r/{self.s(8, ALNUM)}", f"/help/{self.pick(WORDS)}-{self.pick(WORDS)}",
                                  f"/forms/{self.pick(WORDS)}?ref={self.s(6, LO + DIG)}", f"/{self.pick(WORDS)}/{self.ri(1000, 99999)}",
                                  "/", f"/login?next=%2F{self.pick(WORDS)}"])
        return f"https://{host}{path}"

    def u(self, dom=None, path=None):
        return (self.url(dom, path), URL)

    # -- ids
    def mrn(self):
        return (self.pick([self.dg(8), f"{self.pick(UP)}{self.dg(7)}", f"{self.dg(3)}-{self.dg(3)}-{self.dg(3)}",
                           f"{self.s(2, UP)}{self.dg(6)}", f"00{self.dg(6)}", f"E{self.dg(2)}-{self.dg(6)}"]), MRN)

    def hpn(self, kind=None):
        kind = kind or self.pick(["bcbs", "w", "mbi", "num", "alpha"])
        if kind == "bcbs":
            v = f"{self.s(3, UP)}{self.dg(9)}"
        elif kind == "w":
            v = f"W{self.dg(9)}{self.pick(['', '01', '02'])}"
        elif kind == "mbi":
            A = "ACDEFGHJKMNPQRTUVWXY"
            v = f"{self.pick('123456789')}{self.pick(A)}{self.pick(A + DIG)}{self.dg(1)}-{self.pick(A)}{self.pick(A + DIG)}{self.dg(1)}-{self.s(2, A)}{self.dg(2)}"
        elif kind == "au":
            v = f"{self.pick('23456')}{self.dg(3)} {self.dg(5)} {self.ri(1, 9)}"
        elif kind == "num":
            v = self.dgnz(self.ri(9, 11))
        else:
            v = f"{self.s(2, UP)}-{self.dg(6)}-{self.dg(2)}"
        return (v, HPN)

    def dlic(self, where="CA"):
        f = {"CA": "@#######", "NY": "### ### ###", "FL": "@###-###-##-###-#", "TX": "########", "IL": "@###-####-####",
             "WA": "WDL@@@@###@@", "NJ": "@#### ##### #####", "ON": "@####-#####-#####", "BC": "#######",
             "AB": "######-###", "QC": "@####-######-##", "NSW": "########", "VIC": "#########", "NZ": "@@######",
             "IE": "#########", "IN": "@@## ###########", "DE": "@###@@@#@##", "FR": "############",
             "ES": "########@", "IT": "@@#######@", "NL": "##########", "PT": "@@-######-#", "PL": "#####/##/####",
             "ZA": "#####@@@@@##", "SG": "S####@"}[where]
        return self.pat(f)

    def dl(self, where="CA"):
        return (self.dlic(where), DL)

    def uk_dl(self, p):
        sur = (ascii_slug(p["last"]).upper() + "99999")[:5]
        d = self.rdate(1950, 2004)
        mm = d.month + (50 if self.ch(0.5) else 0)
        ini = (ascii_slug(p["first"])[:1].upper() + p["mi"])
        return (f"{sur}{str(d.year)[2]}{mm:02d}{d.day:02d}{str(d.year)[3]}{ini}9{self.s(2, UP + DIG)}", DL)

    # -- secrets
    def aws_key(self):
        return "AKIA" + self.s(16, UP + "234567")

    def aws_secret(self):
        return self.s(40, B64)

    def gh_token(self):
        return self.pick(["ghp_"] * 5 + ["gho_", "ghs_", "ghu_"]) + self.s(36, ALNUM)

    def slack_token(self):
        if self.ch(0.7):
            return f"xoxb-{self.dgnz(self.ri(10, 12))}-{self.dgnz(13)}-{self.s(24, ALNUM)}"
        return f"xoxp-{self.dgnz(11)}-{self.dgnz(11)}-{self.dgnz(13)}-{self.s(32, '0123456789abcdef')}"

    def stripe_key(self):
        return self.pick(["sk_live_"] * 4 + ["rk_live_"]) + self.s(self.pick([24, 34, 99]), ALNUM)

    def jwt(self, claims=None, alg=None):
        alg = alg or self.pick(["HS256", "RS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = self.s(12, LO + DIG)
        now = self.ri(1_700_000_000, 1_790_000_000)
        body = {"sub": claims or self.s(10, LO + DIG), "iat": now, "exp": now + self.pick([900, 3600, 86400])}
        if self.ch(0.5):
            body["iss"] = "https://auth." + self.domain()
        if self.ch(0.4):
            body["scope"] = self.pick(["read write", "openid profile", "admin", "orders:read"])
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        sig = base64.urlsafe_b64encode(bytes(self.ri(0, 255) for _ in range(32 if alg == "HS256" else 64))).decode().rstrip("=")
        return f"{enc(hdr)}.{enc(body)}.{sig}"

    def pem(self, kind=None):
        kind = kind or self.pick(["RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY"])
        start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "EC PRIVATE KEY": "MHcCAQEEI", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
                 "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"}[kind]
        width = 70 if kind.startswith("OPENSSH") else 64
        nlines = {"RSA PRIVATE KEY": self.ri(7, 11), "EC PRIVATE KEY": 3, "PRIVATE KEY": self.ri(6, 9),
                  "OPENSSH PRIVATE KEY": self.ri(4, 6)}[kind]
        body = start + self.s(width * nlines - len(start) - self.ri(5, 30), B64)
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        if kind == "EC PRIVATE KEY":
            lines[-1] = lines[-1][: -2] + "=="
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

    def password(self):
        sym = "!*-_+=^~"
        k = self.ri(0, 5)
        if k == 0:
            return f"{self.pick(WORDS).capitalize()}{self.pick(sym)}{self.ri(1990, 2026)}"
        if k == 1:
            return self.s(self.ri(12, 18), ALNUM + sym)
        if k == 2:
            return "-".join(self.sample(WORDS, 3)) + str(self.ri(1, 99))
        if k == 3:
            w = self.pick(WORDS)
            return w[0].upper() + w[1:].replace("o", "0").replace("e", "3").replace("a", "4") + self.pick(sym) + self.dg(2)
        if k == 4:
            return self.s(self.ri(8, 10), LO + DIG) + self.pick(sym) + self.pick(UP)
        return f"{self.pick(['Spring', 'Summer', 'Autumn', 'Winter', 'Welcome', 'Passw0rd'])}{self.ri(2020, 2026)}{self.pick(sym)}"

    def pw(self):
        return (self.password(), PW)

    def secret(self, kind=None):
        kind = kind or self.pick(["sg", "twilio", "mailgun", "google", "whsec", "hex", "client", "shpat", "npm", "azure", "dd"])
        return {"sg": lambda: f"SG.{self.s(22, B64U)}.{self.s(43, B64U)}",
                "twilio": lambda: self.s(32, "0123456789abcdef"),
                "mailgun": lambda: f"key-{self.s(32, '0123456789abcdef')}",
                "google": lambda: f"AIza{self.s(35, B64U)}",
                "whsec": lambda: f"whsec_{self.s(32, ALNUM)}",
                "hex": lambda: self.s(64, "0123456789abcdef"),
                "client": lambda: self.s(40, ALNUM + "-_"),
                "shpat": lambda: f"shpat_{self.s(32, '0123456789abcdef')}",
                "npm": lambda: f"npm_{self.s(36, ALNUM)}",
                "azure": lambda: f"{self.s(3, ALNUM)}8Q~{self.s(34, ALNUM + '-_.~')}{self.pick(ALNUM)}",
                "dd": lambda: self.s(32, "0123456789abcdef")}[kind]()

    def gs(self, kind=None):
        return (self.secret(kind), GS)

    # -- look-alikes (never labelled)
    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n=40):
        return self.s(n, "0123456789abcdef")

    def ver(self):
        return f"{self.ri(0, 14)}.{self.ri(0, 30)}.{self.ri(0, 40)}"

    def ref(self, prefix=None):
        prefix = prefix or self.pick(["ORD", "INV", "TKT", "REF", "CASE", "WO", "PO"])
        return f"{prefix}-{self.pick([str(self.ri(2023, 2026)) + '-', ''])}{self.dg(self.ri(5, 7))}"

    def vin(self):
        return self.s(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    def plate(self, cc="gb"):
        return self.pat({"gb": "@@## @@@", "us": "#@@@###", "de": "B-@@ ####", "fr": "@@-###-@@", "nl": "##-@@@-#",
                         "au": "@@@-##@", "ie": "##-D-#####", "pt": "##-@@-##", "es": "#### @@@"}.get(cc, "@@@ ####"))

    def long_digits(self, n=16):
        s = self.dgnz(n)
        return s if not luhn_ok(s) else s[:-1] + str((int(s[-1]) + 1) % 10)

DOMAINS = {}
HARD = set()

def dom(name, hard=False):
    def deco(fn):
        DOMAINS[name] = fn
        if hard:
            HARD.add(name)
        return fn
    return deco

def org_dom(org):
    return ascii_slug(org.split()[0]) + "." + ("com" if len(org) % 2 else "org")

# ============================================================================
# domains
# ============================================================================
EN_CC = ("us", "ca", "gb", "ie", "au", "nz", "in", "za", "sg")

def short_dt(g, d, loc="gb"):
    wd, mo = WEEKDAYS["en"][d.weekday()][:3], MONTHS["en"][d.month - 1][:3]
    t = g.ftime(loc)
    return g.pick([f"{wd} {d.day} {mo} at {t}", f"{wd}, {mo} {d.day} at {t}", f"{d.day} {mo}, {t}"])

@dom("fitness_activity_export")
def _fitness(g):
    d, cc = g.d, g.pick(["us", "gb", "au", "de", "nl", "ca", "se", "nz"])
    p, v = g.person(cc), g.ri(0, 2)
    sty = None if cc in EN_CC else "num"
    if v == 0:
        d.tpl('{\n  "athlete": {\n    "id": {0},\n    "firstname": "{1}",\n    "lastname": "{2}",\n    "email": "{3}",\n'
              '    "birthdate": "{4}",\n    "city": "{5}",\n    "premium": {6}\n  },\n  "activities": [',
              g.dgnz(8), (p["first"], P), (p["last"], P), g.em(p, cc=cc), g.dob("iso"), g.lc(cc, "c"),
              g.pick(["true", "false"]))
        k = g.ri(2, 3)
        for i in range(k):
            ts = f"{g.rdate().isoformat()}T{g.ri(5, 20):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}" + g.pick(["", "Z"])
            d.tpl('\n    {"id": {0}, "name": "{1}", "type": "{2}", "start_date_local": "{3}", "elapsed_time": {4}, '
                  '"distance": {5}, "average_heartrate": {6}, "device_name": "{7}", "external_id": "{8}"}{9}',
                  g.dgnz(11), g.pick(["Morning Run", "Lunch Ride", "Evening Swim", "Parkrun", "Hill repeats", "Recovery jog"]),
                  g.pick(["Run", "Ride", "Swim", "Walk"]), (ts, DT), g.ri(900, 9000), round(g.r.uniform(2000, 60000), 1),
                  round(g.r.uniform(110, 172), 1),
                  g.pick(["Garmin Forerunner 265", "Apple Watch Ultra 2", "Wahoo ELEMNT BOLT", "COROS PACE 3", "Polar Vantage V3"]),
                  f"garmin_push_{g.dgnz(10)}", "," if i < k - 1 else "")
        d.add("\n  ]\n}\n")
    elif v == 1:
        coach = g.person(cc)
        club = g.pick(["Riverside Harriers", "Southside Striders", "Tempo Collective", "Parkside Tri Club", "Hilltop Runners"])
        d.tpl("Subject: Week {0} plan - {1}\n\nHi {2},\n\nGreat work at the {3} half last weekend, 1:{4}:{5} is a massive PB. "
              "Here's next week (paces from your last threshold test):\n\n"
              " Mon  rest / mobility\n Tue  8 x 400m @ 5k pace, 90s jog recoveries\n Wed  45 min easy, HR under 145\n"
              " Thu  tempo 3 x 10 min\n Fri  rest\n Sat  parkrun, relaxed\n\n",
              g.ri(2, 16), (p["first"], P), (p["first"], P), g.lc(cc, "c"), g.ri(30, 59), f"{g.ri(0, 59):02d}")
        d.tpl("Long run: {0}, 24 km, meeting outside the cafe at {1}. {2} is bringing gels.\n"
              "If you can't make it text me on {3} so we don't wait around.\n\nCoach {4}\n{5} | {6}\n",
              g.dtm(cc, wd=True, style=sty), g.ad(cc), g.nm(g.person(cc), "f"), g.ph(cc), g.nm(coach, "fl"), club,
              g.u(ascii_slug(club) + ".org", "/training"))
    else:
        agent = g.person("gb")
        d.tpl("Ticket {0} - Privacy zone not hiding start of activities\nFrom: {1} <{2}>\nPlan: Premium annual\n\n"
              "Hi, my runs still show the start point right by my home at {3}. I set a privacy zone of 800 m on {4} "
              "but activities {5} and {6} are still public. Also please remove my date of birth ({7}) from my public "
              "profile, I never meant to share it.\nDevice: {8}, app {9}, last login IP {10}\n\n---\n{11} (Support): "
              "Thanks {12}! I've hidden both activities and cleared the birthday field. Zones apply only to uploads "
              "after the change, so older maps have to be re-processed; that job is queued ({13}).\n",
              g.ref("TKT"), g.nm(p), g.em(p, cc=cc), g.ad(cc), g.dte(cc, style=sty), g.dgnz(11), g.dgnz(11),
              g.dob(cc, style=sty), g.pick(["iPhone 15 Pro", "Pixel 8", "Galaxy S23"]), g.ver(), g.ip(),
              g.nm(agent, "f"), (p["first"], P), g.uuid())

@dom("gym_membership_email")
def _gym(g):
    d, cc = g.d, g.pick(["au", "gb", "us", "nz", "ie", "ca"])
    p, v = g.person(cc), g.ri(0, 2)
    club = g.pick(["PureGrind Gym", "Anytime Iron", "Harbourside Leisure Centre", "Pulse 24/7 Fitness", "The Forge Athletic Club"])
    cdom = ascii_slug(club) + ".com"
    cur = {"gb": "£", "ie": "€"}.get(cc, "$")
    if v == 0:
        d.tpl("From: {0} <{1}>\nTo: {2}\nDate: {3}\nSubject: Freeze request - member {4}\n\n"
              "Hi team,\n\nI'm away in {5} for work and would like to freeze my membership (member no. {6}) from {7} "
              "until {8}. My details are {9}, DOB {10}, mobile {11}.\n\nPlease charge the {12}15 freeze fee to my card {13}; "
              "don't use the old card ending {14}, it was cancelled.\n\nThanks,\n{15}\n",
              g.nm(p), g.em(p, cc=cc), ("memberships@" + cdom, EM), f"{WEEKDAYS['en'][g.ri(0, 6)][:3]}, {g.ri(1, 28)} Mar 2025 0{g.ri(6, 9)}:{g.ri(10, 59)}:{g.ri(10, 59)} +0000",
              g.dg(7), g.lc(g.pick(list(COUNTRY)), "cc"), g.acct("alpha"), g.dte(cc), g.dte(cc), g.nm(p, "fl"), g.dob(cc),
              g.ph(cc), cur, g.card(), g.dg(4), g.nm(p, "f"))
    elif v == 1:
        trainer = g.person(cc)
        d.tpl("Dear {0} {1},\n\nWe were unable to collect your monthly payment of {2}{3} on {4} from the account ending {5}. "
              "Your membership account {6} will be suspended if payment is not received by {7}.\n\n"
              "You can update your payment details at {8} or call our membership team on {9} (Mon-Fri 8am-8pm).\n\n"
              "Your upcoming booking: Spin with {10} on {11}, Studio 2.\n\n{12} Membership Services\n{13}\n",
              g.pick([g.hon(p), g.hon(p), "Dr"]), (p["last"], P), cur, f"{g.ri(29, 89)}.{g.pick(['99', '00', '50'])}", g.dte(cc),
              g.dg(4), g.acct(), g.dte(cc, wd=True), g.u(cdom, "/account/payment"), g.ph(cc, toll=g.ch(0.5)),
              g.nm(trainer, "f"), g.dtm(cc), club, g.ad(cc))
    else:
        trainer = g.person(cc)
        d.add(f"SMS thread export - {club}\n\n")
        for _ in range(g.ri(3, 5)):
            k = g.ri(0, 3)
            d.add(f"[{g.ri(1, 28):02d}/0{g.ri(1, 9)} {g.ri(6, 21):02d}:{g.ri(0, 59):02d}] ")
            if k == 0:
                d.tpl("{0}: Hi {1}, your PT session with {2} is confirmed for {3}. Reply C to cancel.\n",
                      club, (p["first"], P), g.nm(trainer, "f"), (short_dt(g, g.rdate(), cc), DT))
            elif k == 1:
                d.tpl("{0}: Happy birthday {1}! A free smoothie is waiting at reception. Member {2}\n",
                      club, (p["first"], P), g.acct("num"))
            elif k == 2:
                d.tpl("Me: can I move it to {0}? running late from work\n", (short_dt(g, g.rdate(), cc), DT))
            else:
                d.tpl("{0}: Your new door PIN is {1}. Don't share it. Questions? Call {2}\n",
                      club, (g.dg(6), PW), g.ph(cc))

@dom("sports_club_registration")
def _sportsrego(g):
    d, cc = g.d, g.pick(["au", "nz", "ie", "gb", "ca"])
    kid, par, emg = g.person(cc), g.person(cc), g.person(cc)
    par["last"] = kid["last"]
    club = g.pick(["Eastside Netball Club", "Harbour Juniors FC", "St Brigid's GAA", "Northern Hawks Basketball",
                   "Kiwi Coast Rugby Club", "Maple Leaf Minor Hockey"])
    sport_id = {"au": ("Medicare no.", g.hpn("au")), "nz": ("NHI number", (g.pat("@@@####").replace("I", "J").replace("O", "P"), MRN)),
                "ca": ("Health card no.", (g.pat("####-###-###-@@"), HPN)), "ie": ("Medical card no.", (g.dg(8) + g.pick(UP), HPN)),
                "gb": ("NHS number", (g.pat("### ### ####"), MRN))}[cc]
    fields = [("Player surname", (kid["last"].upper() if g.ch(0.3) else kid["last"], P)),
              ("Given name(s)", (kid["first"], P)), ("Date of birth", g.dob(cc, d=g.rdate(2008, 2019))),
              ("Home address", g.ad(cc)), ("Parent / guardian", g.nm(par)), ("Mobile", g.ph(cc)),
              ("Email", g.em(par, cc=cc)), sport_id]
    if g.ch(0.5):
        fields[:2] = fields[1::-1]
    d.add(f"{club.upper()}\n{g.ri(2025, 2026)} Junior Player Registration\n\n")
    for lab, val in fields:
        d.add(f"{lab}: ", val, "\n")
    d.tpl("\nMedical conditions / medication: {0}\nEmergency contact (not parent): {1} ({2}) {3}\n"
          "Photo consent: {4}   Volunteer roster: {5}\n\nDeclaration: I confirm the above is correct.\n"
          "Signed: {6}    Date: {7}\n",
          g.pick(["Asthma - Ventolin inhaler before training", "None", "Nut allergy, EpiPen in bag", "Type 1 diabetes (Novorapid)"]),
          g.nm(emg), g.pick(["aunt", "grandfather", "neighbour", "family friend"]), g.ph(cc), g.pick(["Yes", "No"]),
          g.pick(["canteen", "line umpire", "none"]), g.nm(par, "fl"), g.dte(cc, style="num"))
    if g.ch(0.5):
        d.tpl("\nOffice use: fee paid {0}, receipt {1}, card {2}\n", g.pick(["$185", "$240", "€120", "£95"]),
              g.ref("RCPT"), g.masked_card())

@dom("agri_coop_statement")
def _agri(g):
    d, v = g.d, g.ri(0, 2)
    if v < 2:
        cc = g.pick(["ie", "au", "us", "nz", "gb"])
        p = g.person(cc)
        coop = g.pick(["Fernbrook Dairy Co-op", "Golden Plains Grain Growers", "Riverina Grain Co-operative",
                       "Tararua Milk Suppliers", "Heartland Ag Co-op"])
        d.tpl("{0}\nGROWER SETTLEMENT STATEMENT\n\nMember: {1}\nMember no: {2}\nFarm: {3}\nPhone: {4}\nStatement date: {5}\n\n",
              coop, g.nm(p, g.pick(["LFU", "fl", "fml"])), g.acct("num"), g.ad(cc, ml=g.ch(0.4)), g.ph(cc), g.dte(cc, style="num"))
        d.add("Delivery    Ticket      Commodity      Tonnes   Moist%  Grade  Price/t\n")
        for _ in range(g.ri(3, 5)):
            d.add(g.dte(cc, style="num"), f"  T{g.dg(7)}   {g.pick(['Wheat APW1', 'Barley F1', 'Canola', 'Milk solids', 'Oats SO1'])}"
                  f"   {g.r.uniform(8, 40):.2f}   {g.r.uniform(9, 14):.1f}   {g.pick(['A', 'B', 'H2', 'APW'])}   {g.ri(280, 460)}.00\n")
        if cc in ("ie", "gb"):
            d.tpl("\nPayment will be made by credit transfer to IBAN {0} on {1}.\n", g.ib(cc.upper()), g.dte(cc))
        else:
            d.tpl("\nPaid to account {0} (BSB/routing {1}) on {2}. Levies withheld: ${3}.\n",
                  (g.bank_acct(), ACC), g.pat("###-###"), g.dte(cc), g.ri(20, 400))
        d.tpl("Queries: {0}, grower services, {1} or {2}\n", g.nm(g.person(cc)), g.ph(cc), g.em(None, ascii_slug(coop)[:12] + ".coop", cc))
    else:
        p = g.person("fr")
        d.tpl("Coopérative agricole {0}\nRelevé d'apports - campagne {1}\n\nAdhérent : {2}\nN° adhérent : {3}\n"
              "Adresse : {4}\nTél. : {5}   Courriel : {6}\n\n",
              g.pick(["Terres du Val de Loire", "Céréales d'Aquitaine", "Les Vignerons du Sud"]), g.ri(2024, 2026),
              g.nm(p, g.pick(["LFU", "fl"])), g.acct("alpha"), g.ad("fr"), g.ph("fr"), g.em(p, cc="fr"))
        for _ in range(g.ri(3, 4)):
            d.add(g.dte("fr", style="num"), f"  bon n° {g.dg(6)}  {g.pick(['blé tendre', 'orge brassicole', 'maïs grain', 'colza'])}"
                  f"  {g.r.uniform(10, 30):.2f} t  humidité {g.r.uniform(12, 16):.1f} %\n")
        d.tpl("\nAcompte versé sur votre compte {0} (BIC {1}). Pour toute question contactez {2} au {3}.\n"
              "Note for our English-speaking members: the final settlement is paid on {4}.\n",
              g.ib("FR"), g.pick(["AGRIFRPP882", "CCBPFRPPNAN", "CMCIFR2A"]), g.nm(g.person("fr")), g.ph("fr"), g.dte("gb"))

@dom("vet_visit_record")
def _vet(g):
    d, cc = g.d, g.pick(["us", "gb", "au", "ca", "ie", "nz"])
    p = g.person(cc)
    pet = g.pick(["Biscuit", "Luna", "Milo", "Pepper", "Bella", "Ziggy", "Mabel", "Rocky", "Nala", "Otis"])
    vet = g.person(cc)
    if g.ch(0.7):
        d.tpl("{0} Veterinary Clinic - Consultation record\n\nPatient: {1} ({2}, {3}, {4}y)   Patient ID {5}\n"
              "Owner: {6}   Client ID: {7}\nPhone: {8}   Email: {9}\nAddress: {10}\n\n"
              "Seen by Dr {11} on {12}.\nHx: {13} presented with intermittent vomiting x3 days, eating grass. Normal "
              "vaccination status. Weight {14} kg.\nRx: {15}; {16}. Recheck {17}.\n\nPayment: {18} by card {19}\n",
              g.pick(["Oakridge", "Harbour View", "Cedar Lane", "Greenway", "Paws & Claws"]), pet,
              g.pick(["canine", "feline"]), g.pick(["Labrador", "DSH", "Cavoodle", "Border Collie", "Maine Coon"]), g.ri(1, 14),
              g.dg(6), g.nm(p), g.acct("alpha"), g.ph(cc), g.em(p, cc=cc), g.ad(cc), g.nm(vet, "l"), g.dtm(cc),
              pet, round(g.r.uniform(3, 38), 1), g.pick(["Cerenia 16 mg", "Metronidazole 250 mg", "Carprofen 75 mg"]),
              g.pick(["Bravecto chew", "Hill's i/d diet", "NexGard Spectra"]), g.dtm(cc, wd=True),
              g.pick(["$212.40", "£164.00", "$98.50"]), g.pick([g.card(), (g.masked_card(), None)]))
    else:
        d.tpl("FARM CALL - Herd health visit\nFarmer: {0}   Mobile {1}\nHolding: {2}\nHerd no. {3}\nDate of visit: {4}\n\n"
              "Vet: {5}\nTB test read on {6}. Eartags {7}, {8} inconclusive, retest in 60 days. "
              "Lame cows treated with {9}. Milk withdrawal 72 h.\nAccount {10} - invoice to {11}\n",
              g.nm(p, g.pick(["fl", "LFU"])), g.ph(cc), g.ad(cc), g.pat("@## ####"), g.dte(cc), g.nm(vet),
              g.dte(cc, wd=True), f"{g.pick(['IE', 'UK'])} {g.dg(7)} {g.dg(5)}", f"{g.pick(['IE', 'UK'])} {g.dg(7)} {g.dg(5)}",
              g.pick(["Metacam 20 mg/ml", "Engemycin", "Alamycin LA"]), g.acct("num"), g.em(p, cc=cc))

@dom("crew_manifest")
def _crew(g):
    d = g.d
    vessel = g.pick(["MV NORDIC STAR", "MT AEGEAN GRACE", "MV CAPE TORRENS", "MV LUMEN BAY", "MSC ARIANE"])
    port_cc = g.pick(["nl", "de", "gb", "sg", "au", "za", "es"])
    port = g.pick({"nl": ["Rotterdam", "Amsterdam"], "de": ["Hamburg", "Bremerhaven"], "gb": ["Southampton", "Felixstowe", "Immingham"],
                   "sg": ["Singapore"], "au": ["Fremantle", "Port Botany", "Brisbane"], "za": ["Durban", "Cape Town"],
                   "es": ["Algeciras", "Valencia", "Bilbao"]}[port_cc])
    d.tpl("CREW LIST (IMO FAL FORM 5)\nVessel: {0}   IMO {1}   Call sign {2}   Flag: {3}\n"
          "Port of arrival: {4}   ETA: {5}   Last port: {6}\n\nNo | Surname, given names | Rank | Nationality | "
          "Date of birth | Place of birth | Passport\n",
          vessel, g.dg(7), g.pat("@@@#"), g.pick(["Liberia", "Marshall Islands", "Malta", "Panama"]),
          (port, LOC), g.dtm("iso" if g.ch(0.5) else "gb"),
          (g.pick(["Singapore", "Port Klang", "Colombo", "Jebel Ali", "Piraeus", "Santos"]), LOC))
    master = None
    ranks = ["Master", "Chief Officer", "2nd Officer", "Chief Engineer", "2nd Engineer", "Bosun", "AB", "OS", "Cook", "Oiler"]
    for i, rank in enumerate(ranks[:g.ri(4, 7)]):
        cult = g.pick(["ph", "ph", "in", "ru", "gr", "pl", "ng", "zh"])
        c = g.person(cult=cult)
        master = master or c
        nat = {"ph": "FILIPINO", "in": "INDIAN", "ru": "UKRAINIAN", "gr": "GREEK", "pl": "POLISH", "ng": "NIGERIAN", "zh": "CHINESE"}[cult]
        pob = {"ph": ["Manila", "Cebu", "Iloilo"], "in": ["Mumbai", "Kochi", "Chennai"], "ru": ["Odesa", "Mykolaiv", "Kherson"],
               "gr": ["Piraeus", "Chios", "Thessaloniki"], "pl": ["Gdynia", "Szczecin"], "ng": ["Lagos", "Port Harcourt"],
               "zh": ["Dalian", "Qingdao"]}[cult]
        b = g.rdate(1962, 2003)
        dobs = g.pick([f"{b.day:02d}-{MONTHS['en'][b.month - 1][:3].upper()}-{b.year}", f"{b.day:02d}.{b.month:02d}.{b.year}", b.isoformat()])
        d.tpl("{0} | {1} | {2} | {3} | {4} | {5} | {6}\n", i + 1, g.nm(c, g.pick(["LFU", "LFU", "LF"])), rank, nat,
              (dobs, DOB), (g.pick(pob).upper() if g.ch(0.5) else g.pick(pob), LOC), g.pat("@@#######"))
    agent = g.person(port_cc)
    d.tpl("\nMaster: Capt. {0}\nPort agent: {1} ({2}), {3}, {4}\n", g.nm(master, "fl"),
          g.nm(agent), g.pick(["Bluewater Marine Services", "Inchcape Shipping", "GAC Agency", "Wilhelmsen Ships Service"]),
          g.ph(port_cc), g.em(agent, "bluewatermarine.com"))

@dom("flight_ops_brief")
def _flightops(g):
    d, v = g.d, g.ri(0, 1)
    cc = g.pick(["ie", "gb", "au", "ca", "us", "nz"])
    day = g.rdate()
    if v == 0:
        crew = g.people(4, cc)
        d.tpl("CREW PAIRING {0} - {1}\nReport: {2} local at crew room, Terminal {3}\n\n",
              g.ri(1000, 9999), g.dte(cc, d=day, wd=True), g.tm(cc), g.ri(1, 3))
        for fl in range(g.ri(2, 3)):
            a, b = g.sample(["DUB", "LHR", "SYD", "MEL", "YYZ", "YVR", "AKL", "JFK", "BOS", "MAN", "ORK", "CHC"], 2)
            d.tpl("{0} {1} {2}-{3}  dep {4}  arr {5}  A{6}  reg {7}\n", g.pick(["EI", "QF", "AC", "NZ", "BA", "UA"]),
                  g.ri(10, 999), a, b, g.tm("gb"), g.tm("gb"), g.pick(["320", "321", "330", "359", "21N"]), g.pat("@-@@@@"))
        d.tpl("\nCrew: CPT {0} (staff {1}), FO {2}, SCCM {3}, CC {4}\nLayover: {5}, {6}, tel {7}\n"
              "Pick-up from hotel {8}. Crew scheduling 24h: {9} / {10}\n",
              g.nm(crew[0], "FLU"), g.dg(5), g.nm(crew[1], "FLU"), g.nm(crew[2]), g.nm(crew[3]),
              g.pick(["Clayton Hotel", "Novotel Airport", "Holiday Inn Express", "Radisson Blu"]), g.ad(cc), g.ph(cc),
              g.dtm(cc), g.ph(cc), g.em(None, "kestrel-aviation.com", cc))
    else:
        p = g.person(cc)
        d.tpl("SPECIAL ASSISTANCE HANDLING ADVICE\nPNR {0}   Flight {1}{2} {3}   STD {4}\n\nPAX: {5}/{6} {7}\nSeat {8}   SSR WCHC\n"
              "SSR CTCM {9}\nEscort: {10} (family), mob {11}\nNotes: passenger travels with own folding wheelchair and "
              "CPAP device, battery 98 Wh. Meet-and-assist at gate, transfer to {12}.\nHandled by {13}, ops control {14}\n",
              g.s(6, UP), g.pick(["EI", "QF", "AC", "NZ"]), g.ri(10, 999), g.dte(cc, d=day), g.tm("gb"),
              (p["last"].upper(), P), (p["first"].upper(), P), g.pick([g.hon(p, "pnr"), "MRS" if p["fem"] else "MR", "DR"]), f"{g.ri(1, 40)}{g.pick('ACDF')}",
              (g.pick(["+", ""]) + re.sub(r"\D", "", g.intl_phone(cc)), PH),
              g.nm(dict(g.person(cc), last=p["last"])), g.ph(cc), g.lc(g.pick(["gb", "au", "us"]), "c"), g.nm(g.person(cc), "fi"), g.ph(cc))

@dom("utility_field_order")
def _utility(g):
    d, cc = g.d, g.pick(["us", "ca", "gb", "au", "za", "nz"])
    p, tech = g.person(cc), g.person(cc)
    job = g.pick(["Meter exchange (AMI)", "Gas odour - emergency", "Water leak at meter box", "Solar interconnect inspection",
                  "Disconnect for non-payment", "Reconnect - payment received"])
    day = g.rdate()
    d.tpl("WORK ORDER {0}   Type: {1}   Priority: {2}\nAccount: {3}   Premise ID: {4}\nCustomer: {5}\nPhone: {6}   Alt: {7}\n"
          "Service address: {8}\nAppointment: {9}",
          g.ref("WO"), job, g.pick(["P1", "P2", "P3"]), g.acct(), g.dg(7), g.nm(p, g.pick(["fl", "LFU", "lf"])), g.ph(cc),
          g.ph(cc), g.ad(cc), (g.fdate(day, cc, style="num") + " " + g.ftime(cc, h=g.ri(7, 10), mi=0), DT))
    d.tpl(" - {0}\nMeter no.: {1}   Last read: {2} kWh   Firmware {3}\nAccess: {4}\n\nField notes:\n",
          g.tm(cc, h=g.ri(11, 16), mi=0), g.pat("##-###-###"), g.ri(10000, 99999), g.ver(),
          g.pick(["Dog in yard (Bruno) - call ahead", "Meter in locked garage, customer home after 3", "Side gate, no access issues"]))
    for hh in sorted(g.ri(7 * 60, 17 * 60) for _ in range(g.ri(3, 4))):
        d.add(f"{hh // 60:02d}:{hh % 60:02d} ", g.pick([
            "arrived on site, spoke with customer", "isolated supply, verified zero voltage", "installed new meter, seal applied",
            "no answer at door, left card", "gas detector 0 ppm at meter, 40 ppm at kitchen wall - made safe",
            "customer requested callback from billing"]), "\n")
    d.tpl("\nTech: {0} #{1}   Supervisor: {2}\nCustomer signature captured: {3}\n",
          g.nm(tech), g.dg(4), g.nm(g.person(cc), "fi"), g.pick(["yes", "no - not home"]))

@dom("benefits_case_note")
def _benefits(g):
    d = g.d
    if g.ch(0.65):
        p, sp, kid, wk = g.person("us"), g.person("us"), g.person("us"), g.person("us")
        sp["last"] = kid["last"] = p["last"]
        d.tpl("CASE NOTE   Case # {0}   Program: {1}\nWorker: {2}, Eligibility Specialist II\nDate of contact: {3}\n\n"
              "Client: {4}   SSN: {5}   DOB: {6}\nAddress: {7}\nPhone: {8}\n\nHousehold members:\n"
              " - {9} (spouse), DOB {10}, SSN {11}\n - {12} (child), DOB {13}\n\n",
              g.pat("####-######"), g.pick(["SNAP recertification", "Medicaid renewal", "TANF review", "LIHEAP"]), g.nm(wk),
              g.dte("us"), g.nm(p, g.pick(["LFU", "LF", "fl"])), g.ss(), g.dob("us"), g.ad("us"), g.ph("us"),
              g.nm(sp, "f"), g.dob("us"), g.pick([g.ss(), ("XXX-XX-" + g.dg(4), None)]), g.nm(kid, "fl"),
              g.dob("us", d=g.rdate(2010, 2023)))
        d.tpl("Narrative: Telephone interview completed. Client reports work at {0} since {1}, 28 hrs/wk at $17.25/hr. "
              "Paystubs received. Rent $1,150/mo paid to landlord {2}. Medicaid ID {3} remains active.\n"
              "Pending: verification of child care expense (provider {4}, {5}). Verifications due {6}; "
              "if not received, case closes end of month.\n",
              g.pick(["Dollar General", "Tyson Foods", "a home health agency", "Amazon fulfillment center"]), g.dte("us"),
              g.nm(g.person("us")), g.hpn(g.pick(["num", "alpha"])), g.nm(g.person("us")), g.ph("us"), g.dte("us", wd=True))
    else:
        p = g.person("gb")
        d.add("Universal Credit - Journal\n\n")
        d.tpl("{0} 09:{1} - Message from your work coach\nHi {2}, thanks for updating your childcare costs. Please bring your "
              "tenancy agreement and last 2 payslips to your appointment on {3} at {4}. If you cannot attend call {5}. {6}\n\n",
              f"{g.ri(1, 28)} {MONTHS['en'][g.ri(0, 11)]} {g.ri(2024, 2026)}", g.ri(10, 59), (p["first"], P),
              g.dtm("gb", wd=True), (g.pick(["Jobcentre Plus, ", ""]) + g.address("gb"), ADDR), g.ph("gb", toll=True),
              g.nm(g.person("gb"), "f"))
        d.tpl("{0} 21:{1} - You wrote\nMy new address is {2}. Landlord is {3}, rent is £{4} a month paid on the 1st. "
              "My daughter {5} (born {6}) now lives with me full time. Phone {7}.\n",
              f"{g.ri(1, 28)} {MONTHS['en'][g.ri(0, 11)]} {g.ri(2024, 2026)}", g.ri(10, 59), g.ad("gb"), g.nm(g.person("gb")),
              g.ri(550, 1400), (p["first"] if False else g.person("gb")["first"], P), g.dob("gb", d=g.rdate(2009, 2022)),
              g.ph("gb"))

@dom("housing_repair_request")
def _housing(g):
    d, cc = g.d, g.pick(["gb", "gb", "ie"])
    p, staff = g.person(cc), g.person(cc)
    org = g.pick(["Northfield Homes", "Clarion Housing", "Riverside Council Housing", "Cluid Housing", "Thameside Living"])
    d.tpl("From: {0} <{1}>\nSubject: Repair request - {2}\n\nHello,\n\nI'm the tenant at {3} (tenancy ref {4}). {5} "
          "My son has asthma and sleeps in that room. I work shifts so mornings are best; my mobile is {6}. "
          "My neighbour {7} at number {8} has the same problem.\n\n{9}\n\n",
          g.nm(p), g.em(p, cc=cc), g.pick(["damp and mould", "broken boiler", "leaking roof", "front door lock"]),
          g.ad(cc), g.acct("alpha"),
          g.pick(["There is black mould spreading across the back bedroom ceiling again.",
                  "The boiler has had no hot water since the weekend.",
                  "Rain is coming through the landing ceiling."]),
          g.ph(cc), g.nm(g.person(cc), g.pick(["fl", "f", "l"])), g.ri(2, 60), g.nm(p, "f"))
    d.tpl("----- Reply -----\nDear {0} {1},\n\nThank you for reporting this. We have raised job {2} and booked an operative "
          "for {3} (morning slot). Please make sure an adult is home to give access.\n\nOur records show your rent account "
          "{4} is in arrears; please contact the Income Team on {5} to discuss a payment plan.\n\n{6}\nCustomer Services, {7}\n",
          g.pick([g.hon(p), g.hon(p), "Mx"]), (p["last"], P), g.ref("JOB"), g.dte(cc, wd=True), g.acct("num"), g.ph(cc),
          g.nm(staff), org)

@dom("licence_application")
def _licence(g):
    d, cc = g.d, g.pick(["ca", "ie", "au", "gb", "us", "nz"])
    p = g.person(cc)
    kind = g.pick(["Taxi / Private Hire Driver Licence", "On-Premises Liquor Licence", "Street Trading Permit",
                   "Short-Term Rental Licence", "Dog Breeding Establishment Licence"])
    dlic = {"ca": lambda: g.dl(g.pick(["ON", "BC", "AB", "QC"])), "ie": lambda: g.dl("IE"), "au": lambda: g.dl(g.pick(["NSW", "VIC"])),
            "gb": lambda: g.uk_dl(p), "us": lambda: g.dl(g.pick(["NY", "TX", "FL", "IL", "NJ"])), "nz": lambda: g.dl("NZ")}[cc]()
    d.tpl("{0} - Application for {1}\nApplication ref: {2}\n\nSECTION A - APPLICANT\n", g.pick(["City of " + g.city(cc)[0],
          g.city(cc)[0] + " City Council", "Licensing Authority"]), kind, g.ref("LIC"))
    rows = [("Surname", (p["last"], P)), ("Forename(s)", (p["first"], P)), ("Date of birth", g.dob(cc)),
            ("Place of birth", g.lc(g.pick(list(COUNTRY)), "cc")), ("Home address", g.ad(cc)),
            ("Driving licence no.", dlic), ("Telephone", g.ph(cc)), ("Email", g.em(p, cc=cc))]
    if g.ch(0.4):
        rows = rows[:4] + g.shuffle(rows[4:])
    for k, v in rows:
        d.add(f"{k}: ", v, "\n")
    d.tpl("\nSECTION B - PREMISES / VEHICLE\nTrading name: {0}\nAddress: {1}\nVehicle reg: {2}\n\nSECTION C - DECLARATION\n"
          "I declare the information given is true. Convictions: {3}\nSigned: {4}   Date: {5}\n\nOFFICE USE: fee {6} received, "
          "DBS/background check ref {7}, checked by {8}\n",
          g.pick(["Blue Door Cafe", "Harbour Cabs", "Nook Stays", "The Tipsy Otter", "n/a"]), g.ad(cc), g.plate(cc if cc in ("gb", "au", "ie") else "us"),
          g.pick(["None", "None", "Speeding 2019 (3 points)"]), g.nm(p, "fl"), g.dte(cc, style="num"),
          g.pick(["$250.00", "€300", "£175", "$410"]), g.dg(12), g.nm(g.person(cc), "fi"))

@dom("tutoring_log")
def _tutoring(g):
    d, cc = g.d, g.pick(["gb", "us", "au", "ca", "in", "sg", "es"])
    kid, par, tutor = g.person(cc), g.person(cc), g.person(cc)
    par["last"] = kid["last"]
    v = g.ri(0, 1)
    loc = cc
    if v == 0:
        d.tpl("Tutor notes - {0} ({1})\nParent: {2} | {3} | {4}\n\n", g.nm(kid, g.pick(["fl", "fli"])),
              g.pick(["Year 11 maths", "GCSE chemistry", "SAT prep", "IB Physics HL", "Grade 8 English"]),
              g.nm(par), g.em(par, cc=cc), g.ph(cc))
        for i in range(g.ri(2, 3)):
            d.tpl("Session {0}: {1}, online\nCovered: {2}. Homework: p.{3} Q4-9.\n{4}\n\n", g.ri(3, 30), g.dtm(loc),
                  g.pick(["completing the square", "moles and titrations", "reading comprehension timing", "vectors", "essay structure"]),
                  g.ri(40, 300), g.pick(["Confident today.", f"{kid['first'].lower()} was tired, shorter session.", "Missed 10 min (wifi).", "Mock next week."]))
        d.tpl("Next: {0}\nZoom: {1}   Meeting ID: {2}   Passcode: {3}\nInvoice {4} sent to {5}.\n",
              g.dtm(loc, wd=True), g.u("us02web.zoom.us", f"/j/{g.dg(11)}"), g.pat("### #### ####"), g.pw(),
              g.ref("INV"), (par["first"], P))
    else:
        d.tpl("Hi {0}, it's {1} ({2}'s tutor). Just confirming {3} for the mock exam prep. Same link as always: {4} "
              "(passcode {5}).\nCould you also pay the last 4 sessions ({6}) to my account? Details: {7}, account name {8}.\n"
              "If anything changes call me on {9}. Thanks!\n\n{10}: perfect, thank you! {11} will be ready. "
              "New email for invoices is {12}\n",
              (par["first"], P), (tutor["first"], P), (kid["first"], P), g.dtm(loc, wd=True),
              g.u("meet.google.com", "/" + g.s(3, LO) + "-" + g.s(4, LO) + "-" + g.s(3, LO)), g.pw(),
              g.pick(["£160", "$240", "€140", "S$320"]),
              g.ib("ES") if cc == "es" else (g.pat("##-##-##") + " " + g.dg(8), ACC) if cc == "gb" else g.acct("num"),
              g.nm(tutor), g.ph(cc), g.nm(par, "fl"), (kid["first"].lower() if g.ch(0.5) else kid["first"], P), g.em(par, cc=cc))

@dom("exam_board_query")
def _exam(g):
    d, p = g.d, g.person("gb")
    off = g.person("gb")
    board = g.pick(["AQA", "Pearson Edexcel", "OCR", "WJEC", "SQA", "Cambridge International"])
    if g.ch(0.6):
        d.tpl("From: {0} <{1}>\nTo: {2} Post-Results Services\nSubject: Priority review of marking - centre {3}, candidate {4}\n\n"
              "Dear colleagues,\n\nPlease could you arrange a priority review of marking (Service 2P) for the candidate below.\n\n"
              "Candidate name: {5}\nCandidate number: {6}\nUCI: {7}\nDate of birth: {8}\nComponent: {9}\n\n"
              "The candidate holds a conditional university offer which must be confirmed by {10}. Candidate consent was "
              "received on {11}. Parent contact: {12}, {13}.\n\nKind regards,\n{14}\nExams Officer, {15}\nDirect line {16}\n",
              g.nm(off), g.em(off, "stmarkshigh.sch.uk"), board, g.dg(5), g.dg(4), g.nm(p, g.pick(["LFU", "fl", "LF"])),
              g.dg(4), f"{g.dg(5)}{g.dg(1)}{g.dg(5)}{g.pick(UP)}", g.dob("gb", d=g.rdate(2006, 2010)),
              f"{g.dg(4)}/{g.pick(['1H', '2F', '02', '03'])}", g.dtm("gb"), g.dte("gb"), g.nm(g.person("gb")), g.ph("gb"),
              g.nm(off, "fl"), g.pick(["St Mark's High School", "Castlegate Academy", "Kingsmead College"]), g.ph("gb"))
    else:
        par = g.person("gb")
        par["last"] = p["last"]
        d.tpl("Dear Sir or Madam,\n\nI am writing on behalf of my {0} {1} (candidate {2}, centre {3}, date of birth {4}) "
              "regarding the {5} results published on {6}. {1} was unwell with {7} during Paper 2 on {8} and the school "
              "did not apply for special consideration.\n\nWe would like to appeal. Please contact me at {9} or on {10}. "
              "Our address is {11}.\n\nYours faithfully,\n{12}\n",
              g.pick(["son", "daughter"]), (p["first"], P), g.dg(4), g.dg(5), g.dob("gb", d=g.rdate(2006, 2010)), board,
              g.dte("gb"), g.pick(["a migraine", "COVID", "a fever"]), g.dtm("gb"), g.em(par, cc="gb"), g.ph("gb"),
              g.ad("gb"), g.nm(par, "fl"))

STUDY_LBL = {
    "es": ("Solicitud de movilidad Erasmus+", "Nombre y apellidos", "Fecha de nacimiento", "Domicilio", "Correo", "Teléfono",
           "Ciudad de destino", "Fecha de llegada", "Contacto de emergencia", "IBAN para la beca"),
    "it": ("Domanda di mobilità Erasmus+", "Nome e cognome", "Data di nascita", "Indirizzo di residenza", "E-mail", "Cellulare",
           "Città di destinazione", "Data di arrivo", "Contatto di emergenza", "IBAN per la borsa"),
    "pt": ("Candidatura de mobilidade", "Nome completo", "Data de nascimento", "Morada", "E-mail", "Telemóvel",
           "Cidade de destino", "Data de chegada", "Contacto de emergência", "IBAN para a bolsa"),
    "nl": ("Aanvraag uitwisseling", "Volledige naam", "Geboortedatum", "Woonadres", "E-mail", "Telefoon",
           "Bestemming", "Aankomstdatum", "Noodcontact", "IBAN voor de beurs"),
    "de": ("Antrag Auslandssemester", "Vor- und Nachname", "Geburtsdatum", "Heimatanschrift", "E-Mail", "Telefon",
           "Zielort", "Anreise", "Notfallkontakt", "IBAN für das Stipendium"),
    "pl": ("Wniosek o wyjazd Erasmus+", "Imię i nazwisko", "Data urodzenia", "Adres zamieszkania", "E-mail", "Telefon",
           "Miasto docelowe", "Data przyjazdu", "Kontakt awaryjny", "IBAN do stypendium"),
    "fr": ("Candidature mobilité internationale", "Nom et prénom", "Date de naissance", "Adresse", "Courriel", "Téléphone",
           "Ville d'accueil", "Date d'arrivée", "Contact d'urgence", "IBAN pour la bourse"),
}
EN_LBL = ("Mobility application", "Full name", "Date of birth", "Home address", "Email", "Phone", "Host city",
          "Arrival", "Emergency contact", "Grant IBAN")

@dom("study_abroad_form")
def _studyabroad(g):
    d = g.d
    cc = g.pick(list(STUDY_LBL))
    L = STUDY_LBL[cc]
    p, emg = g.person(cc), g.person(cc)
    host = g.pick(["gb", "us", "au", "ca", "ie", "nz"])
    d.add(f"{L[0]} / {EN_LBL[0]}\n{g.pick(['Academic year', 'Semester'])} {g.ri(2025, 2027)}\n\n")
    vals = [g.nm(p, g.pick(["fl", "LF"])), g.dob(cc, d=g.rdate(1996, 2006)), g.ad(cc), g.em(p, cc=cc), g.ph(cc),
            g.lc(host, "cr"), g.dte(host), [g.nm(emg), f" ({g.pick(['mother', 'sister', 'aunt'] if emg['fem'] else ['father', 'brother', 'uncle'])}) ", g.ph(cc)],
            g.ib(cc.upper())]
    for i, v in enumerate(vals):
        d.add(f"{L[i + 1]} / {EN_LBL[i + 1]}: ", v, "\n")
    d.tpl("\nHost institution contact: {0}, International Office, {1}\nHousing: {2}\nStudent signature: {3}\n",
          g.nm(g.person(host)), g.em(None, "intl." + g.pick(["uni-host.ac.uk", "campus.edu", "globalstudy.edu.au"]), host),
          g.pick(["University halls (confirmed)", "Private room, landlord " + g.name(g.person(host)), "Homestay"]),
          g.nm(p, "fl"))

@dom("faith_giving_statement")
def _faith(g):
    d = g.d
    if g.ch(0.7):
        cc = g.pick(["us", "gb", "ie", "ca", "au"])
        p, tre = g.person(cc), g.person(cc)
        org = g.pick(["St. Columba's Parish", "Al-Noor Islamic Centre", "Guru Nanak Gurdwara", "Beth Shalom Congregation",
                      "Grace Community Church", "Sri Venkateswara Temple"])
        d.tpl("{0}\nStatement of Contributions - {1}\n\n{2}\n{3}\n\nDonor / envelope no. {4}\n\nDate        Fund              Method        Amount\n",
              org, g.ri(2024, 2025), g.nm(p, g.pick(["fl", "FLU", "fml"])), g.ad(cc, ml=True), g.dg(4))
        for _ in range(g.ri(3, 5)):
            d.add(g.dte(cc, style="num"), f"  {g.pick(['General offering', 'Building fund', 'Zakat', 'Langar seva', 'Food bank', 'Youth camp']):<16}"
                  f"  {g.pick(['Card', 'Cash', 'Cheque ' + g.dg(4), 'Online', 'Direct debit']):<12}  {g.ri(10, 500)}.00\n")
        if cc in ("gb", "ie"):
            d.tpl("\nRegular gift by direct debit from {0}. Gift Aid declaration held (charity no. {1}).\n", g.ib(cc.upper()), g.dg(7))
        else:
            d.tpl("\nRecurring gift on card {0}. No goods or services were provided in exchange for these contributions.\n", g.card())
        d.tpl("Treasurer: {0}, {1}, {2}\n", g.nm(tre), g.ph(cc), g.em(tre, org_dom(org)))
    else:
        p = g.person("de")
        d.tpl("Bestätigung über Geldzuwendungen\nAussteller: {0}, {1}\n\nName und Anschrift des Zuwendenden:\n{2}\n{3}\n\n"
              "Betrag der Zuwendung: {4},00 EUR\nTag der Zuwendung: {5}\nEinzug vom Konto {6}\n\nWir sind wegen Förderung "
              "kirchlicher Zwecke steuerbefreit (Steuernummer {7}).\n{8}, {9}\nPfarrer {10}\n\nPS for our international members: "
              "this receipt can be used for your German tax return; questions to {11}.\n",
              g.pick(["Ev. Kirchengemeinde St. Petri", "Kath. Pfarrei Herz Jesu", "Islamische Gemeinde e.V."]), g.ad("de"),
              g.nm(p, g.pick(["fl", "lf"])), g.ad("de", ml=True), g.ri(20, 900), g.dte("de"), g.ib("DE"),
              g.pat("##/###/#####"), g.lc("de", "c"), g.dte("de"), g.nm(g.person("de")), g.em(None, "kirchengemeinde-bremen.de", "de"))

@dom("loyalty_statement")
def _loyalty(g):
    d, cc = g.d, g.pick(["us", "gb", "au", "ca", "es", "nz", "za"])
    p = g.person(cc)
    brand = g.pick(["Halcyon Grocers", "FreshCart", "Bean Counter Coffee", "Petal & Stem", "Kruidvat", "Sunline Pharmacy"])
    card = g.long_digits(g.pick([13, 16])) if g.ch(0.6) else g.s(3, UP) + g.dg(8)
    if cc == "es":
        d.tpl("Hola {0}, este es tu resumen de {1} Club\nSocio: {2} | Tarjeta n.º {3}\nPuntos: {4}\n\n", (p["first"], P), brand,
              g.nm(p), (card, ACC), f"{g.ri(100, 20000):,}".replace(",", "."))
    else:
        d.tpl("Hi {0}, here's your {1} Rewards summary\nMember: {2} | Card no. {3}\nPoints balance: {4}\n\n", (p["first"], P),
              brand, g.nm(p), (card, ACC), f"{g.ri(100, 20000):,}")
    for _ in range(g.ri(3, 5)):
        d.add(g.dte(cc, style="num"), "  ", g.lc(cc, "c"), f" store #{g.dg(4)}  +{g.ri(10, 600)} pts  paid with {g.masked_card()}\n")
    d.tpl("\nBirthday treat: we have your birthday as {0}. Wrong? Update it at {1}\nQuestions? Call {2} or reply to this email. "
          "You're receiving this at {3}. Offer code {4} valid until {5}.\n",
          g.dob(cc), g.u(ascii_slug(brand) + ".com", "/rewards/profile"), g.ph(cc, toll=g.ch(0.6)), g.em(p, cc=cc),
          g.s(8, UP + DIG), g.dte(cc))

@dom("auto_service_invoice")
def _auto(g):
    d, cc = g.d, g.pick(["us", "ca", "gb", "au", "ie", "nz"])
    p, tech = g.person(cc), g.person(cc)
    shop = g.pick(["Marrow Street Motors", "Kwik Lube & Tyre", "Southgate Auto Electrical", "Precision Euro Service"])
    d.tpl("{0}\nINVOICE {1}\n\nCustomer: {2}\nPhone: {3}   Email: {4}\nAddress: {5}\n\nVehicle: {6}  VIN {7}  Plate {8}  "
          "Odometer {9}\nDate in: {10}   Promised: {11}\n\n",
          shop, g.ref("INV"), g.nm(p, g.pick(["LFU", "fl", "lf"])), g.ph(cc), g.em(p, cc=cc), g.ad(cc),
          g.pick(["2019 Toyota RAV4 XLE", "2016 Ford Ranger XLT", "2021 Tesla Model 3", "2014 VW Golf TDI", "2018 Mazda CX-5"]),
          g.vin(), g.plate("gb" if cc == "gb" else "au" if cc == "au" else "ie" if cc == "ie" else "us"),
          f"{g.ri(12000, 240000):,} {g.pick(['km', 'mi'])}", g.dtm(cc), g.dtm(cc))
    for _ in range(g.ri(3, 5)):
        d.add(f"{g.pick(['04465-', '90915-', '1K0-', 'BP-', '15400-'])}{g.s(5, UP + DIG)}  "
              f"{g.pick(['Brake pads front', 'Oil filter', 'Cabin filter', 'Wiper blades', 'Labour 1.5 h', 'Wheel alignment', 'Coolant flush'])}"
              f"  {g.ri(1, 4)} x {g.ri(9, 220)}.{g.pick(['00', '50', '95'])}\n")
    d.tpl("\nTechnician: {0}\nRecommended: timing belt due at next service. Next service reminder set for {1}.\n",
          g.nm(tech, g.pick(["fl", "f", "fi"])), g.dte(cc))
    if g.ch(0.5):
        d.tpl("Paid: card {0} (auth {1})\n", g.pick([g.card(), (g.masked_card(), None)]), g.dg(6))
    else:
        dl = {"us": g.dl(g.pick(["CA", "TX", "NY", "WA"])), "ca": g.dl("ON"), "gb": g.uk_dl(p), "au": g.dl("NSW"),
              "ie": g.dl("IE"), "nz": g.dl("NZ")}[cc]
        d.tpl("LOANER AGREEMENT: courtesy car {0} released to {1}, driver licence {2}, DOB {3}. Card on file {4}.\n",
              g.plate("gb" if cc == "gb" else "us"), g.nm(p, "fl"), dl, g.dob(cc), g.card())

@dom("building_permit")
def _permit(g):
    d, cc = g.d, g.pick(["us", "ca", "nz", "au"])
    own, con, insp = g.person(cc), g.person(cc), g.person(cc)
    title = {"us": "Building Permit Application", "ca": "Application for a Permit to Construct or Demolish",
             "nz": "Application for Building Consent", "au": "Development Application / Construction Certificate"}[cc]
    d.tpl("{0} - {1}\nPermit no. {2}\n\nProject address: {3}\nParcel / Lot: {4}\n\nOWNER\nName: {5}\nPhone: {6}\nEmail: {7}\n"
          "Mailing address: {8}\n\nAPPLICANT / CONTRACTOR\n{9}, licence no. {10}\nContact: {11}, {12}, {13}\n\n",
          g.pick(["City of " + g.city(cc)[0], g.city(cc)[0] + " District Council", "Planning & Building Services"]), title,
          g.pat("BP-####-#####"), g.ad(cc), g.pat("###-###-###") if cc == "us" else f"Lot {g.ri(1, 400)} DP {g.dg(6)}",
          g.nm(own), g.ph(cc), g.em(own, cc=cc), g.pick([g.ad(cc), "same as project address"]),
          g.pick(["Sable & Pine Builders", "Kauri Build Ltd", "Ironbark Constructions", "Keystone Remodeling LLC"]), g.pat("@#######"),
          g.nm(con), g.ph(cc), g.em(con, "sablepine.ca"))
    d.tpl("Scope of work: {0}\nEstimated value: ${1},000\nSubmitted online {2} via {3}\n\nINSPECTIONS\nFooting inspection booked "
          "{4} with inspector {5}. Framing TBC. Call {6} by 3pm the day before to reschedule.\n",
          g.pick(["Single-storey rear addition (28 m2) with new bathroom", "Detached garage with studio above",
                  "Deck replacement, 1.2 m above grade", "Solar PV 8.4 kW roof mount"]),
          g.ri(15, 400), g.dte(cc), g.u(g.pick(["eplanning.gov.au", "permits.cityhall.ca", "consents.council.nz", "aca.accela.us"]),
                                        f"/application/{g.dg(7)}"), g.dtm(cc, wd=True), g.nm(insp, g.pick(["fl", "l"])), g.ph(cc))

@dom("site_diary")
def _sitediary(g):
    d, cc = g.d, g.pick(["gb", "au", "nz", "ie", "ca", "za"])
    crew = g.people(g.ri(3, 5), cc)
    d.tpl("SITE DIARY - {0}\nSite: {1}\nDate: {2}   Weather: {3}\n\nOn site: ",
          g.pick(["Harbour View Apartments Stage 2", "Westgate Primary School extension", "Unit 4 Logistics Park", "Riverside Medical Centre"]),
          g.ad(cc), g.dte(cc, wd=g.ch(0.5)), g.pick(["overcast 12C", "rain AM, dry PM", "sunny 24C, wind 20 km/h"]))
    for i, c in enumerate(crew):
        d.add(g.nm(c, g.pick(["fl", "fi", "FLU"])), " (", g.pick(["foreman", "carpenter", "sparky", "labourer", "plumber", "crane op"]),
              ")", ", " if i < len(crew) - 1 else "\n\n")
    for _ in range(g.ri(3, 5)):
        d.add(f"{g.ri(6, 16):02d}:{g.pick(['00', '15', '30', '45'])} ", g.pick([
            "toolbox talk - working at heights, harness checks", "concrete pour level 2 slab, 38 m3", "scaffold inspection tagged",
            "power outage 40 min, generator on", "crane stood down, wind >40 km/h", "steel fixers finished grid C-D"]), "\n")
    vis = g.person(cc)
    d.tpl("\nVisitors: {0} ({1}) {2}\nDeliveries: docket {3}, driver {4} {5}\nIncidents: {6}\nSupervisor: {7}\n",
          g.nm(vis), g.pick(["building control", "client rep", "structural engineer", "WorkSafe"]), g.ph(cc), g.dg(7),
          g.nm(g.person(cc), "f"), g.ph(cc),
          g.pick([[g.nm(crew[0], "f"), " minor cut to hand, first aid given"], "nil", [g.nm(crew[-1], "fl"), " near miss - unsecured load"]]),
          g.nm(g.person(cc)))

@dom("number_port_request")
def _porting(g):
    d, cc = g.d, g.pick(["us", "ca", "us", "gb", "au"])
    p = g.person(cc)
    biz = g.ch(0.5)
    if cc in ("us", "ca"):
        d.tpl("LETTER OF AUTHORIZATION (LOA) - NUMBER PORT REQUEST\n\n{0}Authorized contact: {1}\nService address: {2}\n\n"
              "Current carrier: {3}\nAccount number: {4}\nAccount PIN / passcode: {5}\nBilling telephone number: {6}\n\nNumbers to port:\n",
              "Business name: " + g.pick(["Cedar Dental Group", "Lopez Family Bakery", "Northstar Realty"]) + "\n" if biz else "",
              g.nm(p), g.ad(cc), g.pick(["Verizon", "AT&T", "T-Mobile", "Rogers", "Bell", "TELUS"]), g.acct("num"),
              (g.dg(g.pick([4, 6])), PW), g.ph(cc))
        for _ in range(g.ri(1, 4)):
            d.add(" - ", g.ph(cc), "\n")
        d.tpl("\nRequested port date: {0}\nI authorize {1} to act as my agent to port the numbers above.\nSignature: {2}   Date: {3}\n",
              g.dtm(cc), g.pick(["Quillon Telecom", "VoIPly", "RingLoop"]), g.nm(p, "fl"), g.dte(cc))
    else:
        d.tpl("Chat transcript - porting your number\n\nAgent: Hi, it's {0} here. To move your number {1} I'll need a few details.\n"
              "Customer: Sure. Name is {2}, account {3}, date of birth {4}.\nAgent: Thanks. What's the {5}?\n"
              "Customer: {6}\nAgent: Perfect. Your switch is booked for {7}. Keep your old SIM in until then. A confirmation "
              "is going to {8}.\n",
              g.nm(g.person(cc), "f"), g.ph(cc), g.nm(p), g.acct("num"), g.dob(cc),
              "PAC code you got by texting PAC to 65075" if cc == "gb" else "account PIN on your current plan",
              (g.pat("@@@######"), None) if cc == "gb" else (g.dg(4), PW), g.dte(cc, wd=True), g.em(p, cc=cc))

def b64(s):
    return base64.b64encode(s.encode()).decode()

@dom("sec_incident_ticket")
def _secticket(g):
    d = g.d
    rep, asg = g.person(), g.person()
    kind = g.pick(["aws", "gh", "slack", "pem", "pem", "stripe"])
    title = {"aws": "AWS access key exposed in public repository", "gh": "GitHub PAT leaked in public gist",
             "slack": "Slack bot token printed in build logs", "pem": "Deploy SSH private key committed to repo",
             "stripe": "Live Stripe key found in mobile app bundle"}[kind]
    org = g.pick(["corvid.io", "lumenridge.dev", "vantageloop.app", "okapi-logistics.com"])
    d.tpl("SEC-{0} [{1}] {2}\nReporter: {3} ({4})   Assignee: {5}\nCreated: {6}Z   Labels: credential-leak, {7}\n\n"
          "Description:\nSecret scanner alerted on commit {8} in {9}. The file {10} contains:\n\n",
          g.ri(100, 9999), g.pick(["P1", "P2"]), title, g.nm(rep), g.em(rep, org), g.nm(asg, "fl"),
          f"{g.rdate().isoformat()}T{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}", g.pick(["soc", "appsec", "cloud"]),
          g.sha(), g.u("github.com", f"/{org.split('.')[0]}/{g.pick(WORDS)}-{g.pick(['api', 'infra', 'service'])}"),
          g.pick(["deploy/settings.py", "scripts/backup.sh", "config/prod.yml", "src/main/resources/application.properties"]))
    kinds = [kind] + ([g.pick([k for k in ("aws", "gh", "slack", "stripe") if k != kind])] if g.ch(0.45) else [])
    for kind in kinds:
        if kind == "aws":
            d.tpl('    AWS_ACCESS_KEY_ID = "{0}"\n    AWS_SECRET_ACCESS_KEY = "{1}"\n', (g.aws_key(), AKID), (g.aws_secret(), ASK))
        elif kind == "gh":
            d.tpl("    curl -s -H \"Authorization: token {0}\" {1}\n", (g.gh_token(), GH), g.u("api.github.com", "/user/repos?per_page=100"))
        elif kind == "slack":
            d.tpl('    [notify] posting with token={0} channel=#deploys\n', (g.slack_token(), SLK))
        elif kind == "pem":
            d.tpl("{0}\n", (g.pem(g.pick(["OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY"])), PK))
        else:
            d.tpl('    const stripe = require("stripe")("{0}");\n', (g.stripe_key(), STK))
    d.add("\nAccess logs show calls from ")
    ips = [g.ip(v6=g.ch(0.2)) for _ in range(g.ri(1, 3))]
    for i, x in enumerate(ips):
        d.add(x, ", " if i < len(ips) - 2 else " and " if i == len(ips) - 2 else "")
    d.tpl(" that are not ours.\n\nTimeline (UTC):\n{0}:{1} alert received from scanner\n{2}:{3} credential revoked by {4}\n"
          "{5}:{6} rotated value stored in Vault path secret/{7}\n\nFollow-up: {8} to confirm no data access; report to "
          "{9} by {10}.\n",
          f"{g.ri(0, 9):02d}", f"{g.ri(10, 59)}", f"{g.ri(10, 12)}", f"{g.ri(10, 59)}", g.nm(asg, "f"), g.ri(13, 17),
          g.ri(10, 59), g.pick(WORDS), g.nm(g.person(), "fl"), g.em(None, org), g.dtm("us"))

@dom("dotenv_file")
def _dotenv(g):
    d = g.d
    dom_ = g.domain()
    d.add(g.pick(["# .env.production - DO NOT COMMIT\n", "# local overrides\n", "## generated by setup.sh\n", ""]))
    host = g.pick([(g.ip4(True), IP), (f"db-{g.pick(WORDS)}.internal", None), (g.ip4(False), IP)])
    lines = [
        ["APP_NAME=", g.pick(WORDS).capitalize(), "\nAPP_ENV=production\nAPP_URL=", g.u(dom_, "/")],
        ["APP_KEY=base64:", (b64(g.s(32, ALNUM)), GS)],
        ["DATABASE_URL=postgres://", g.pick(["app", "api_user", "django", "rails"]), ":", g.pw(), "@", host, ":5432/",
         g.pick(WORDS)],
        ["REDIS_URL=redis://default:", g.pw(), "@", g.ip(v6=False), ":6379/0"],
        ["STRIPE_SECRET_KEY=", (g.stripe_key(), STK), "\nSTRIPE_PUBLISHABLE_KEY=pk_live_", g.s(24, ALNUM)],
        ["STRIPE_WEBHOOK_SECRET=", g.gs("whsec")],
        ["SLACK_BOT_TOKEN=", (g.slack_token(), SLK)],
        ["AWS_ACCESS_KEY_ID=", (g.aws_key(), AKID), "\nAWS_SECRET_ACCESS_KEY=", (g.aws_secret(), ASK),
         "\nAWS_DEFAULT_REGION=", g.pick(["eu-west-1", "us-east-2", "ap-southeast-2"])],
        ["MAIL_HOST=smtp.mailgun.org\nMAIL_USERNAME=", (f"postmaster@mg.{dom_}", EM), "\nMAIL_PASSWORD=", g.pw()],
        ["GITHUB_TOKEN=", (g.gh_token(), GH)],
        ["JWT_SECRET=", g.gs(g.pick(["hex", "client"]))],
        ["ADMIN_EMAIL=", g.em(None, dom_)],
        ["BACKUP_DB_PASSWORD=${DB_PASSWORD}\nLOG_LEVEL=info\nSENTRY_TRACES_SAMPLE_RATE=0.2"],
        ["SENDGRID_API_KEY=", g.gs("sg")],
        ["GOOGLE_MAPS_KEY=", g.gs("google")],
        ["FEATURE_FLAGS=checkout_v2,new_onboarding\nBUILD_SHA=", g.sha()],
    ]
    chosen = [lines[0]] + g.sample(lines[1:], g.ri(5, 9))
    for ln in chosen:
        if g.ch(0.15):
            d.add("\n# ", g.pick(["payments", "infra", "mail", "TODO rotate", "old"]), "\n")
        d.add(*ln, "\n")

@dom("ci_pipeline_vars")
def _ci(g):
    d = g.d
    if g.ch(0.55):
        d.tpl("name: deploy\non:\n  push:\n    branches: [main]\nenv:\n  AWS_REGION: {0}\n  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n"
              "  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
              "      - uses: actions/checkout@v4\n      - name: Registry login\n        run: echo \"{1}\" | docker login ghcr.io -u deploy-bot --password-stdin\n",
              g.pick(["eu-west-1", "us-east-1", "ap-south-1"]), g.pw())
        k = g.ri(0, 3)
        if k == 3:
            d.tpl("      - name: Integration tests\n        env:\n          STRIPE_API_KEY: {0}\n        run: npm run test:e2e\n",
                  (g.stripe_key(), STK))
        elif k == 0:
            d.tpl("      - name: Notify\n        env:\n          SLACK_TOKEN: {0}\n        run: ./scripts/notify.sh \"deployed ${{ github.sha }}\"\n",
                  (g.slack_token(), SLK))
        elif k == 1:
            d.tpl("      - name: Publish\n        run: npm publish\n        env:\n          NODE_AUTH_TOKEN: {0}\n", g.gs("npm"))
        else:
            d.tpl("      - name: Release\n        env:\n          GH_TOKEN: {0}\n        run: gh release create v{1}\n",
                  (g.gh_token(), GH), g.ver())
        d.tpl("      - name: Smoke test\n        run: curl -fsS -H \"Authorization: Bearer ${{ secrets.API_TOKEN }}\" {0}\n",
              g.u(None, "/healthz"))
    else:
        d.tpl("variables:\n  DOCKER_DRIVER: overlay2\n  DEPLOY_HOST: {0}\n  DEPLOY_USER: deploy\n  DB_PASSWORD: \"{1}\"\n"
              "  SONAR_TOKEN: $SONAR_TOKEN\n\ndeploy_prod:\n  stage: deploy\n  script:\n    - ssh deploy@$DEPLOY_HOST \"./release.sh $CI_COMMIT_SHA\"\n\n"
              "--- job log ---\n$ export AWS_SECRET_ACCESS_KEY=[MASKED]\n$ ./release.sh {2}\nPulling image registry.gitlab.com/acme/api:{3} "
              "digest sha256:{4}\nUsing API key {5} for the status page\nJob succeeded in 3m 12s\n",
              g.ip(v6=False), g.pw(), g.sha(), g.ver(), g.sha(64), g.gs(g.pick(["dd", "client", "twilio"])))
        if g.ch(0.4):
            d.tpl("$ cat $SSH_KEY_FILE   # debugging, remove!\n{0}\n", (g.pem(g.pick(["OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])), PK))

@dom("kube_secret_manifest")
def _kube(g):
    d = g.d
    dom_ = g.domain()
    ns = g.pick(["payments", "default", "data", "auth"])
    if g.ch(0.5):
        d.tpl("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1J{0}\n"
              "    server: {1}\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    namespace: {2}\n    user: ci-deployer\n  name: prod\n"
              "current-context: prod\nusers:\n- name: ci-deployer\n  user:\n    token: {3}\n---\n",
              g.s(48, B64), (f"https://k8s-{g.pick(['prod', 'eu1', 'main'])}.{dom_}:6443", URL), ns,
              (g.jwt("system:serviceaccount:" + ns + ":ci-deployer", "RS256"), JWT) if g.ch(0.7) else g.gs("client"))
    pw1 = g.password()
    sec = g.secret(g.pick(["hex", "client", "sg", "google"]))
    d.tpl("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {0}-secrets\n  namespace: {1}\n  uid: {2}\ntype: Opaque\ndata:\n"
          "  DB_PASSWORD: {3}\n  API_KEY: {4}\n  DB_HOST: {5}\nstringData:\n  SMTP_PASSWORD: \"{6}\"\n  DATABASE_URL: \"mysql://svc:{7}@{8}:3306/{9}\"\n",
          g.pick(WORDS), ns, g.uuid(), (b64(pw1), PW), (b64(sec), GS), b64(f"db.{ns}.svc.cluster.local"), g.pw(), g.pw(),
          g.ip(v6=False), g.pick(WORDS))

@dom("docker_registry_config")
def _docker(g):
    d = g.d
    p = g.person()
    u1 = g.pick(["ci-bot", "deploy", "jenkins", ascii_slug(p["first"])])
    d.tpl("From: {0} <{1}>\nSubject: pulls failing on build agent {2}\n\nHi platform team, image pulls started failing this morning. "
          "Here's the agent config (sorry, I know it has creds):\n\n$ cat ~/.docker/config.json\n{\n  \"auths\": {\n"
          "    \"registry.gitlab.com\": {\n      \"auth\": \"{3}\"\n    },\n    \"{4}.dkr.ecr.eu-west-1.amazonaws.com\": {},\n"
          "    \"{13}\": {\n      \"auth\": \"{5}\",\n      \"identitytoken\": \"{6}\"\n    }\n  },\n"
          "  \"credsStore\": \"desktop\"\n}\n\n$ history | grep login\n  {7}  docker login -u {8} -p {9} harbor.{10}\n\n"
          "Agent IP is {11}. Thanks,\n{12}\n",
          g.nm(p), g.em(p, "okapi-logistics.com"), g.ri(1, 40), (b64(f"{u1}:{g.password()}"), GS), g.dg(12),
          (b64(f"{u1}:{g.password()}"), GS), g.gs("client"), g.ri(100, 2000), u1, g.pw(),
          g.domain(), g.ip(), g.nm(p, "f"), ("https://index.docker.io/v1/", URL))

@dom("smtp_relay_config")
def _smtp(g):
    d = g.d
    dom_ = g.domain()
    v = g.ri(0, 2)
    if v == 0:
        d.tpl("# /etc/postfix/main.cf (excerpt)\nmyhostname = mail.{0}\nrelayhost = [smtp.sendgrid.net]:587\nmynetworks = {1}/24 {2}/32\n"
              "smtp_sasl_auth_enable = yes\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_tls_security_level = encrypt\n\n"
              "# /etc/postfix/sasl_passwd\n[smtp.sendgrid.net]:587 apikey:{3}\n\n# aliases\npostmaster: {4}\nroot: {5}\n",
              dom_, g.ip(v6=False), g.ip(v6=False), g.gs("sg"), g.em(None, dom_), g.em(None, dom_))
    elif v == 1:
        p = g.person()
        d.tpl("mail:\n  smtp:\n    host: {0}\n    port: 587\n    starttls: true\n    username: {1}\n    password: \"{2}\"\n"
              "  from: \"{3} <{4}>\"\n  alerts_to:\n    - {5}\n    - {6}\n  bounce_webhook: {7}\n  webhook_signing_key: {8}\n",
              g.pick(["smtp.office365.com", "smtp.gmail.com", "email-smtp.eu-west-1.amazonaws.com"]), g.em(p, dom_), g.pw(),
              g.nm(p), g.em(p, dom_), g.em(None, dom_), g.em(None, "pagerduty-" + dom_),
              g.u(dom_, "/hooks/bounce"), g.gs("whsec"))
    else:
        p = g.person()
        d.tpl("WP Mail SMTP - exported settings\n{\n  \"mail\": {\"from_email\": \"{0}\", \"from_name\": \"{1}\", \"mailer\": \"smtp\"},\n"
              "  \"smtp\": {\"host\": \"{2}\", \"port\": 465, \"encryption\": \"ssl\", \"user\": \"{3}\", \"pass\": \"{4}\"},\n"
              "  \"mailgun\": {\"api_key\": \"{5}\", \"domain\": \"mg.{6}\"},\n  \"site_url\": \"{7}\"\n}\nExported by {8} from {9}\n",
              g.em(p, dom_), g.nm(p), g.ip(v6=False), g.em(None, dom_), g.pw(), g.gs("mailgun"), dom_, g.u(dom_, "/"),
              g.nm(g.person(), "fl"), g.ip())

@dom("mobile_crash_report")
def _crash(g):
    d = g.d
    p = g.person()
    ccx = g.pick(["nz", "au", "gb", "us"])
    app = g.pick(["com.vantageloop.app", "au.com.tidewaybank.mobile", "io.corvid.field", "nz.kiwimeals.orders"])
    if g.ch(0.6):
        d.tpl('{\n  "event_id": "{0}",\n  "timestamp": {1}.{2},\n  "platform": "cocoa",\n  "release": "{3}@{4}+{5}",\n'
              '  "user": {"id": "u_{6}", "email": "{7}", "ip_address": "{8}"},\n'
              '  "contexts": {"device": {"model": "iPhone15,3", "name": "{9}\'s iPhone"}, "os": {"name": "iOS", "version": "17.{10}"}},\n'
              '  "breadcrumbs": [\n    {"timestamp": "{11}", "category": "http", "data": {"url": "{12}", "method": "GET", "status_code": 401}},\n'
              '    {"category": "http.request", "data": {"headers": {"Authorization": "Bearer {13}", "X-Device": "{14}"}}}\n  ],\n'
              '  "exception": {"values": [{"type": "NSInvalidArgumentException", "value": "-[__NSCFNumber length]: unrecognized selector", '
              '"stacktrace": {"frames": [{"function": "ProfileViewController.render()", "lineno": {15}}]}}]}\n}\n',
              g.uuid().replace("-", ""), g.ri(1_700_000_000, 1_790_000_000), g.dg(3), app, g.ver(), g.ri(1000, 9999), g.dg(6),
              g.em(p), g.ip(), (p["first"], P), g.ri(0, 6), f"{g.rdate().isoformat()}T{g.ri(0, 23):02d}:{g.ri(10, 59)}:{g.ri(10, 59)}Z",
              g.u("api." + g.domain(), "/v2/profile"), (g.jwt(), JWT), g.uuid(), g.ri(10, 900))
    else:
        d.tpl("Fatal Exception: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String "
              "android.location.Address.getPostalCode()' on a null object reference\n  at {0}.checkout.AddressFragment.onResume(AddressFragment.kt:{1})\n"
              "  at androidx.fragment.app.Fragment.performResume(Fragment.java:3180)\n\nKeys:\n  app_version = {2}\n  build = {3}\n"
              "  user_email = {4}\n  user_name = {5}\n  session_token = {6}\n  last_ip = {7}\n  install_id = {8}\n  delivery_address = {9}\n"
              "  phone = {10}\nLogs:\n  {11} I/OkHttp: --> POST {12}\n  {11} I/OkHttp: Authorization: Bearer {13}\n",
              app, g.ri(40, 400), g.ver(), g.sha(12), g.em(p), g.nm(p, g.pick(["fl", "low"])), g.gs("client"), g.ip(),
              g.uuid(), g.ad(ccx), g.ph(ccx),
              f"{g.ri(1, 12):02d}-{g.ri(1, 28):02d} {g.ri(0, 23):02d}:{g.ri(10, 59)}:{g.ri(10, 59)}.{g.dg(3)}",
              g.u("api." + g.domain(), "/v1/orders"), (g.jwt(), JWT))

@dom("notebook_output")
def _notebook(g):
    d = g.d
    cc = g.pick(["us", "gb", "in", "au", "ca"])
    d.tpl("In [1]: import pandas as pd, boto3\n\nIn [2]: s3 = boto3.client(\"s3\", aws_access_key_id=\"{0}\",\n"
          "   ...:                   aws_secret_access_key=\"{1}\")\n\n", (g.aws_key(), AKID), (g.aws_secret(), ASK)) if g.ch(0.45) else \
        d.tpl("In [1]: import pandas as pd\nIn [2]: API_KEY = \"{0}\"  # TODO move to env\n\n", g.gs())
    d.tpl("In [3]: df = pd.read_csv(\"members_{0}.csv\")\n\nIn [4]: df.head({1})\nOut[4]:\n", g.ri(2023, 2026), 4)
    cols = g.pick([("name", "email", "dob", "city"), ("name", "phone", "dob", "ssn"), ("name", "email", "phone", "city")])
    if cc != "us" and "ssn" in cols:
        cols = ("name", "email", "phone", "city")
    d.add("   member_id  " + "  ".join(f"{c:<24}" for c in cols).rstrip() + "\n")
    for i in range(4):
        p = g.person(cc)
        d.add(f"{i:<3}{g.dg(6)}     ")
        for j, c in enumerate(cols):
            val = {"name": lambda: g.nm(p, g.pick(["fl", "fl", "lf"])), "email": lambda: g.em(p, cc=cc), "dob": lambda: g.dob("iso"),
                   "city": lambda: g.lc(cc, "c"), "phone": lambda: g.ph(cc), "ssn": lambda: g.ss("-")}[c]()
            d.add(val, " " * max(2, 26 - len(val[0])) if j < len(cols) - 1 else "\n")
    d.tpl("\nIn [5]: df[\"dob\"].isna().sum()\nOut[5]: {0}\n\nIn [6]: df.shape\nOut[6]: ({1}, 14)\n", g.ri(0, 40), g.ri(500, 90000))

@dom("tsv_customer_extract")
def _tsv(g):
    d = g.d
    cc = g.pick(["nl", "de", "gb", "ie", "es", "fr", "it", "pl"])
    sep = g.pick(["\t", ";", ","])
    cols = ["customer_id", "full_name", "phone", "iban", "email", "signup_date"]
    if g.ch(0.5):
        cols = ["customer_id", "last_name", "first_name", "email", "iban", "city"]
    d.add(sep.join(cols), "\n")
    for _ in range(g.ri(5, 8)):
        p = g.person(cc)
        row = []
        for c in cols:
            row.append({"customer_id": lambda: f"C{g.dg(7)}", "full_name": lambda: g.nm(p, "fl"), "last_name": lambda: (p["last"], P),
                        "first_name": lambda: (p["first"], P), "phone": lambda: g.ph(cc), "iban": lambda: g.ib(cc.upper(), False),
                        "email": lambda: g.em(p, cc=cc), "signup_date": lambda: g.dte("iso"), "city": lambda: g.lc(cc, "c")}[c]())
            if g.ch(0.06) and c not in ("customer_id",):
                row[-1] = ""
        for i, x in enumerate(row):
            if sep == "," and isinstance(x, tuple) and "," in x[0]:
                d.add('"', x, '"')
            else:
                d.add(x)
            d.add(sep if i < len(row) - 1 else "\n")

@dom("spreadsheet_paste")
def _sheet(g):
    d = g.d
    cc = g.pick(["us", "us", "gb", "ca", "au"])
    hr = g.person(cc)
    d.tpl("Hi {0},\n\nPasting the new-starter rows from the onboarding sheet so payroll can set them up before {1}:\n\n",
          (g.person(cc)["first"], P), g.dte(cc))
    sep = g.pick(["\t", " | "])
    if cc == "us":
        hdr = ["Name", "Start date", "DOB", "SSN", "Bank acct", "Routing"]
    else:
        hdr = ["Name", "Start date", "DOB", "Mobile", "Account no.", "Sort/BSB/transit"]
    d.add(sep.join(hdr), "\n")
    for _ in range(g.ri(3, 6)):
        p = g.person(cc)
        row = [g.nm(p, g.pick(["fl", "lf"])), g.dte(cc, style="num"), g.dob(cc, style="num")]
        row += [g.ss()] if cc == "us" else [g.ph(cc)]
        row += [(g.bank_acct(), ACC), g.pat("#########") if cc == "us" else g.pat("##-##-##" if cc == "gb" else "###-###")]
        for i, x in enumerate(row):
            d.add(x, sep if i < len(row) - 1 else "\n")
    d.tpl("\nTwo of them still owe us I-9 / right-to-work docs. Shout if anything looks off.\n\n{0}\nPeople Ops\n", g.nm(hr, "f"))

@dom("terraform_tfvars")
def _tfvars(g):
    d = g.d
    d.tpl("# terraform.tfvars ({0})\nregion          = \"{1}\"\nproject         = \"{2}\"\n", g.pick(["prod", "staging", "dr"]),
          g.pick(["eu-west-2", "us-west-2", "ap-southeast-1"]), g.pick(WORDS))
    parts = [
        ["aws_access_key  = \"", (g.aws_key(), AKID), "\"\naws_secret_key  = \"", (g.aws_secret(), ASK), "\"\n"],
        ["db_username     = \"app_admin\"\ndb_password     = \"", g.pw(), "\"\n"],
        ["allowed_cidrs   = [\"", g.ip(v6=False), "/32\", \"", g.ip(v6=False), "/32\"]\nbastion_ip      = \"", g.ip(v6=False), "\"\n"],
        ["datadog_api_key = \"", g.gs("dd"), "\"\n"],
        ["alert_email     = \"", g.em(None, g.domain()), "\"\n"],
        ["cloudflare_token = \"", g.gs("client"), "\"\n"],
        ["github_token    = \"", (g.gh_token(), GH), "\"\n"],
        ["slack_alerts_token = \"", (g.slack_token(), SLK), "\"\n"],
        ["ami_id          = \"ami-", g.sha(17), "\"\ninstance_type   = \"t3.large\"\n"],
    ]
    for ln in g.sample(parts, g.ri(4, 6)):
        d.add(*ln)
    if g.ch(0.45):
        d.tpl("ssh_private_key = <<EOT\n{0}\nEOT\n", (g.pem(g.pick(["OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])), PK))

@dom("proxy_debug_log")
def _proxy(g):
    d = g.d
    for _ in range(g.ri(4, 7)):
        ts = f"{g.ri(1, 28):02d}/Mar/2025:{g.ri(0, 23):02d}:{g.ri(10, 59)}:{g.ri(10, 59)} +0000"
        k = g.ri(0, 4)
        if k <= 1:
            d.add(g.ip(), f' - - [{ts}] "{g.pick(["GET", "POST", "PUT"])} /api/v{g.ri(1, 3)}/{g.pick(["orders", "users/me", "cart", "search?q=shoes"])} '
                  f'HTTP/1.1" {g.pick([200, 201, 401, 403, 500])} {g.ri(100, 90000)} "-" "{g.pick(["okhttp/4.12.0", "Mozilla/5.0", "python-requests/2.31"])}"\n')
        elif k == 2:
            d.add(f"2025/03/{g.ri(10, 28)} {g.ri(0, 23):02d}:{g.ri(10, 59)}:{g.ri(10, 59)} [debug] {g.ri(100, 9999)}#0: *{g.ri(1000, 99999)} "
                  'http header: "Authorization: Bearer ', (g.jwt(), JWT), '"\n')
        elif k == 3:
            d.add(f"2025/03/{g.ri(10, 28)} {g.ri(0, 23):02d}:{g.ri(10, 59)}:{g.ri(10, 59)} [debug] {g.ri(100, 9999)}#0: *{g.ri(1000, 99999)} "
                  'http header: "X-Api-Key: ', g.gs(g.pick(["client", "hex", "google"])), '"\n')
        else:
            d.add(f"2025/03/{g.ri(10, 28)} {g.ri(0, 23):02d}:{g.ri(10, 59)}:{g.ri(10, 59)} [warn] upstream timed out (110) while "
                  "connecting to upstream, client: ", g.ip(), ", upstream: ", g.ip(v6=False), f":{g.pick([8080, 3000, 9000])}\n")

def chat_kinds(g, kind, n):
    tot = 15 if kind == "work" else 13
    ks = g.sample(range(tot), min(n, tot))
    return ks + [g.ri(0, tot - 1) for _ in range(n - len(ks))]

def chat_line(g, cc, names, kind, k):
    """One chat message body as parts; kind 'work' or 'home'."""
    o = g.pick([n for n in names])
    if kind == "work":
        return [
            ["can you reset the password for the shared ", g.pick(["support", "billing", "ops"]), " mailbox? ",
             g.nm(g.person(cc)), " is waiting on a reply"],
            ["done - temp password is ", g.pw(), ", it forces a change on first login"],
            ["customer callback number is ", g.ph(cc), ", she's at ", g.ad(cc)],
            ["moving the review to ", g.dtm(cc), ", ok?"],
            ["fyi ", g.nm(o, "f"), "'s DOB in the CRM is wrong, should be ", g.dob(cc)],
            ["vendor portal login is ", g.em(None, g.domain()), " / ", g.pw()],
            ["invoice ", g.ref("INV"), " was paid from ", g.ib(g.pick(["DE", "NL", "GB", "IE", "FR"]))],
            ["has anyone tried build ", g.ver(), " yet? crashes on ", g.pick(["login", "checkout", "sync"])],
            ["lol yes"], ["on a call, 5 min"],
            ["api key for the sandbox is ", g.gs(g.pick(["client", "hex", "sg"])), " - prod one is in the vault"],
            ["the server is ", g.ip(), ", ssh as deploy"],
            ["use my token until the bot is fixed: ", (g.gh_token(), GH)],
            ["slack app token for the alerts bot: ", (g.slack_token(), SLK), " (will rotate after the demo)"],
            ["finance wants the report job running, restricted key is ", (g.stripe_key(), STK)],
        ][k]
    return [
        ["party is at ", g.ad(cc), ", bring a plate"],
        ["wifi password is ", g.pw()],
        ["door code for the building is ", (g.dg(g.pick([4, 5, 6])), PW)],
        ["for the passport form I need your DOB again? I have ", g.dob(cc)],
        ["rent this month: send your half to ", g.ib(g.pick(["GB", "IE", "NL", "DE", "ES", "PT"]))],
        ["tell ", g.nm(g.person(cc), "flow"), " the dentist moved to ", g.dtm(cc)],
        ["my new number is ", g.ph(cc)],
        ["ok"], ["love you xx"],
        ["can you pay the deposit on my card ", g.card(), "? I'll pay you back"],
        ["flight lands ", g.dtm(cc), ", can someone pick me up"],
        ["mum's hospital number is ", g.mrn(), " if they ask at reception"],
        ["my insurance member ID is ", g.hpn(), ", can you read it out to them?"],
    ][k]

@dom("teams_chat_export")
def _teams(g):
    d, cc = g.d, g.pick(["gb", "us", "in", "au", "ie", "za", "sg"])
    ppl = g.people(g.ri(2, 4), cc)
    d.add(f"Microsoft Teams - chat export\nChat: {g.pick(['Support escalations', 'Ops standup', 'Payroll Q&A', 'Project Falcon'])}\nParticipants: ")
    for i, p in enumerate(ppl):
        d.add(g.nm(p, "fl"), ", " if i < len(ppl) - 1 else "\n\n")
    style = g.ri(0, 1)
    h, m = g.ri(8, 15), g.ri(0, 20)
    for k in chat_kinds(g, "work", g.ri(6, 9)):
        m += g.ri(1, 6)
        p = g.pick(ppl)
        if style == 0:
            d.add(f"[{h + m // 60:02d}:{m % 60:02d}] ", g.nm(p, "fl"), "\n", *chat_line(g, cc, ppl, "work", k), "\n\n")
        else:
            d.add(g.nm(p, "fl"), f"  {h + m // 60:02d}:{m % 60:02d}\n", *chat_line(g, cc, ppl, "work", k), "\n\n")

@dom("telegram_export")
def _telegram(g):
    d, cc = g.d, g.pick(["de", "pl", "gb", "nl", "es", "us"])
    ppl = g.people(g.ri(2, 3), cc)
    d.tpl('{\n "name": "{0}",\n "type": "private_group",\n "id": {1},\n "messages": [\n',
          g.pick(["Family", "Flatmates", "Kovalenko fam", "Road trip", "Hausgemeinschaft"]), g.dgnz(10))
    n = g.ri(4, 7)
    base = g.ri(10000, 90000)
    for i, k in enumerate(chat_kinds(g, "home", n)):
        p = g.pick(ppl)
        d.tpl('  {"id": {0}, "type": "message", "date": "{1}", "date_unixtime": "{2}", "from": "{3}", "from_id": "user{4}", "text": "',
              base + i, f"{g.rdate().isoformat()}T{g.ri(6, 23):02d}:{g.ri(10, 59)}:{g.ri(10, 59)}", g.ri(1_700_000_000, 1_790_000_000),
              g.nm(p, "fl"), g.dgnz(9))
        d.add(*chat_line(g, cc, ppl, "home", k), '"}', "," if i < n - 1 else "", "\n")
    d.add(" ]\n}\n")

@dom("signal_thread")
def _signal(g):
    d, cc = g.d, g.pick(["gb", "ie", "au", "nz", "ca", "us", "za"])
    ppl = g.people(g.ri(2, 3), cc)
    d.add(g.pick(["Signal backup - conversation: ", "Exported chat: ", "Conversation with "]),
          g.pick(["Mum", "The Flat", "Siblings", "Book club"]), "\n\n")
    for k in chat_kinds(g, "home", g.ri(6, 9)):
        p = g.pick(ppl + ["Me"])
        d.add(f"{g.ri(1, 28):02d}/{g.ri(1, 12):02d}/2025, {g.ri(6, 23):02d}:{g.ri(10, 59)} - ",
              "Me" if p == "Me" else g.nm(p, g.pick(["f", "fl", "flow"])), ": ", *chat_line(g, cc, ppl, "home", k), "\n")

@dom("fr_mutuelle_courrier")
def _fr(g):
    d = g.d
    p, agent = g.person("fr"), g.person("fr")
    mut = g.pick(["Mutuelle Solidaris Santé", "Harmonie Prévoyance", "MGEN Sud-Ouest", "Mutuelle des Artisans"])
    d.tpl("{0}\nService Adhérents - {1}\n\n{2} {3}\n{4}\n\nN° adhérent : {5}\n{6}, le {7}\n\nObjet : {8}\n\n{9},\n\n",
          mut, g.ad("fr"), g.hon(p, "fr"), g.nm(p, g.pick(["fl", "LFU"])), g.ad("fr", ml=True),
          g.hpn(g.pick(["num", "alpha"])), g.lc("fr", "c"), g.dte("fr", style="word"),
          g.pick(["Changement de coordonnées bancaires", "Remboursement de vos soins", "Attestation de droits"]),
          g.hon(p, "fr"))
    d.tpl("Nous avons bien reçu votre demande du {0}. Les prochains remboursements seront versés sur le compte IBAN {1} "
          "(BIC {2}). Votre bénéficiaire {3} (né le {4}) reste rattaché à votre contrat.\n\n"
          "Please note: the 'attestation de droits' you requested for your UK employer is attached in English.\n\n"
          "Pour toute question : {5} (appel non surtaxé), du lundi au vendredi de 8h30 à 18h, ou par courriel à {6}. "
          "Espace adhérent : {7}\n\nVeuillez agréer, {8}, nos salutations distinguées.\n\n{9}\nConseillère clientèle\n",
          g.dte("fr"), g.ib("FR"), g.pick(["BNPAFRPPXXX", "CCFRFRPP", "AGRIFRPP839"]), g.nm(g.person("fr"), "fl"),
          g.dob("fr"), g.ph("fr"), g.em(None, ascii_slug(mut.split()[1]) + ".fr", "fr"),
          g.u(ascii_slug(mut.split()[1]) + ".fr", "/espace-adherent"), g.hon(p, "fr"), g.nm(agent))

@dom("de_hausverwaltung")
def _de(g):
    d = g.d
    p, ag = g.person("de"), g.person("de")
    hv = g.pick(["Hausverwaltung Müller & Söhne GmbH", "Immobilien Becker KG", "WBG Lindenhof eG", "Verwaltung Schröder & Partner"])
    herr = not p["fem"]
    d.tpl("{0} · {1}\n\n{2} {3}\n{4}\n\n{5}, {6}\n\nIhr Mieterkonto: {7}\nBetreff: {8}\n\nSehr {9} {10},\n\n",
          hv, g.ad("de"), "Herrn" if herr else "Frau", g.nm(p, "fl"), g.ad("de", ml=True), g.lc("de", "c"), g.dte("de"),
          g.acct("num"), g.pick(["Betriebskostenabrechnung 2024", "Wohnungsübergabe", "Wasserschaden im Bad", "Rauchmelderwartung"]),
          "geehrter Herr" if herr else "geehrte Frau", (p["last"], P))
    d.tpl("wir möchten Sie über den Termin am {0} informieren; unser Techniker {1} benötigt Zugang zur Wohnung. "
          "Bitte überweisen Sie den Nachzahlungsbetrag von {2},{3} € bis zum {4} auf unser Konto IBAN {5}, Verwendungszweck "
          "{6}.\n\nBei Rückfragen erreichen Sie {7} unter {8} oder per E-Mail an {9}.\n\nMit freundlichen Grüßen\n{10}\n\n"
          "P.S. For our English-speaking tenants: please call us if you need this letter translated.\n",
          g.dtm("de", wd=g.ch(0.5)), g.nm(g.person("de"), g.pick(["fl", "l"])), g.ri(40, 900), g.dg(2), g.dte("de"),
          g.ib("DE"), g.pat("MK-#####"), g.nm(ag, "fl"), g.ph("de"), g.em(ag, "hv-" + g.pick(["lindenhof", "becker", "mueller"]) + ".de"),
          g.nm(ag, "fl"))

@dom("es_cita_medica")
def _es(g):
    d = g.d
    p, doc = g.person("es"), g.person("es")
    hosp = g.pick(["Hospital Universitario La Paz", "Hospital Clínic", "Hospital Virgen del Rocío", "Hospital de Cruces"])
    d.tpl("{0} - Servicio de {1}\nCITACIÓN\n\nPaciente: {2}\nNHC: {3}   Tarjeta sanitaria: {4}\nFecha de nacimiento: {5}\n"
          "Domicilio: {6}\nTeléfono: {7}\n\n",
          hosp, g.pick(["Cardiología", "Dermatología", "Traumatología", "Endocrinología"]), g.nm(p, g.pick(["LFU", "fl", "LF"])),
          g.mrn(), (g.pat("@@@@##########"), HPN), g.dob("es"), g.ad("es"), g.ph("es"))
    d.tpl("Le comunicamos que tiene cita el {0} en Consultas Externas, planta {1}, {2}.\nMédico: {3} {4}\n\n"
          "Acuda con 15 minutos de antelación y traiga su medicación actual ({5}). Para anular o cambiar la cita llame al {6} "
          "o entre en {7}.\n\nIf you need an interpreter, please call {8} at least 48 hours before your appointment.\n",
          g.dtm("es", wd=g.ch(0.5)), g.ri(1, 6), g.ad("es"), "Dra." if doc["fem"] else "Dr.", g.nm(doc, "fl"), g.pick(DRUGS),
          g.ph("es"), g.u(g.pick(["citasalud.es", "sanidad.gob.es"]), "/cita-previa"), g.ph("es"))

@dom("it_verbale_condominio")
def _it(g):
    d = g.d
    ppl = g.people(g.ri(3, 5), "it")
    amm = g.person("it")
    d.tpl("CONDOMINIO \"{0}\" - {1}\nVERBALE DI ASSEMBLEA ORDINARIA\n\nIl giorno {2}, presso {3}, si è riunita l'assemblea dei condòmini.\n"
          "Presenti: ", g.pick(["Residenza Le Magnolie", "Palazzo Aurora", "Villa dei Pini"]), g.ad("it"), g.dtm("it"),
          g.pick(["la sala comune", "lo studio dell'amministratore", "il cortile interno"]))
    for i, p in enumerate(ppl):
        d.add(g.pick([g.hon(p, "it") + " ", "dott. " if not p["fem"] else "dott.ssa ", "avv. ", "", ""]), g.nm(p, "fl"), f" (int. {g.ri(1, 20)}, {g.ri(20, 140)} millesimi)",
              ", " if i < len(ppl) - 1 else ".\n")
    d.tpl("Amministratore: {0}, tel. {1}, e-mail {2}\n\nPunto 2 - Approvazione consuntivo: approvato all'unanimità. Le quote "
          "vanno versate sul conto condominiale IBAN {3} entro il {4}.\nPunto 3 - Morosità: l'unità di {5} risulta debitrice "
          "di € {6},00.\nPunto 4 - Varie: {7}, proprietario dell'int. 7, collegato via Zoom, chiede il verbale in inglese "
          "(\"could you please send me the minutes in English?\").\n\nLa seduta è tolta alle {8}.\n",
          g.nm(amm), g.ph("it"), g.em(amm, g.pick(["studiocondomini.it", "amministrazioni-rossi.it"])), g.ib("IT"), g.dte("it"),
          g.nm(g.pick(ppl), "l"), g.ri(300, 4000), g.nm(g.person(g.pick(["gb", "us", "de"])), "fl"), g.tm("it"))

@dom("nl_gemeente_brief")
def _nl(g):
    d = g.d
    p = g.person("nl")
    c = g.city("nl")[0]
    d.tpl("Gemeente {0}\nRetouradres: {1}{2}\n\n{3} {4}\n{5}\n\nDatum: {6}\nOns kenmerk: {7}\nOnderwerp: {8}\n\n"
          "Geachte {9} {10},\n\n",
          c, (f"Postbus {g.ri(1000, 30000)}, {g.postcode('nl')} {c}", ADDR), "", g.hon(p, "nl"), g.nm(p, g.pick(["fl", "fi"])), g.ad("nl", ml=True),
          g.dte("nl"), g.pat("Z-##-######"), g.pick(["Uw aanvraag parkeervergunning", "Bijzondere bijstand", "Afvalstoffenheffing"]),
          "mevrouw" if p["fem"] else "heer", (p["last"], P))
    d.tpl("Wij hebben uw aanvraag ontvangen op {0}. Wij storten het bedrag van € {1},{2} op rekening {3} ten name van {4}. "
          "Voor een gesprek hebben wij een afspraak voor u gemaakt op {5} in het Stadskantoor, {6}.\n\nHeeft u vragen? Bel {7} "
          "of mail naar {8}. Kijk ook op {9}.\n\nDo you not understand Dutch? Call {7} and ask for an English-speaking "
          "colleague.\n\nMet vriendelijke groet,\n{10}\nTeam Inkomen\n",
          g.dte("nl"), g.ri(20, 900), g.dg(2), g.ib("NL"), g.nm(p, "fi"), g.dtm("nl"), g.ad("nl"), ("14 0" + g.dg(2), PH),
          g.em(None, f"{ascii_slug(c)}.nl", "nl"), g.u(f"{ascii_slug(c)}.nl", "/afspraak"), g.nm(g.person("nl")))

@dom("pt_seguradora_sinistro")
def _pt(g):
    d = g.d
    p, o = g.person("pt"), g.person("pt")
    d.tpl("Assunto: Participação de sinistro automóvel - apólice {0}\n\nExmos. Senhores,\n\nEu, {1}, cliente n.º {2}, residente em "
          "{3}, venho participar o acidente ocorrido no dia {4} na {5}, em {6}.\n\nCarta de condução n.º {7}; matrícula {8}.\n"
          "O outro condutor, {9}, tel. {10}, assumiu a responsabilidade e assinou a declaração amigável.\n\n"
          "Solicito que a indemnização seja transferida para o IBAN {11}.\nContacto: {12} / {13}\n\n"
          "Sorry, my Portuguese is limited - happy to continue in English if easier.\n\nCom os melhores cumprimentos,\n{14}\n",
          g.pat("AU-########"), g.nm(p), g.acct("num"), g.ad("pt"), g.dtm("pt"),
          g.pick(["A1", "IC19", "Avenida da República", "rotunda do Marquês"]), g.lc("pt", "c"), g.dl("PT"), g.plate("pt"),
          g.nm(o), g.ph("pt"), g.ib("PT"), g.ph("pt"), g.em(p, cc="pt"), g.nm(p, "fl"))

@dom("pl_spoldzielnia_pismo")
def _pl(g):
    d = g.d
    p, k = g.person("pl"), g.person("pl")
    d.tpl("Spółdzielnia Mieszkaniowa \"{0}\"\n{1}\n\n{2}, dnia {3}\n\nSz.P. {4}\n{5}\n\nNr lokalu / konto czynszowe: {6}\n\n"
          "ZAWIADOMIENIE O ZMIANIE WYSOKOŚCI OPŁAT\n\n",
          g.pick(["Osiedle Zielone", "Na Skarpie", "Przyszłość"]), g.ad("pl"), g.lc("pl", "c"), g.dte("pl"),
          g.nm(p, "fl"), g.ad("pl", ml=True), g.acct("alpha"))
    d.tpl("Uprzejmie informujemy, że od dnia {0} opłata za lokal wynosi {1},{2} zł miesięcznie. Wpłat należy dokonywać na "
          "indywidualny rachunek {3}.\nPrzegląd instalacji gazowej odbędzie się {4}; prosimy o udostępnienie lokalu.\n\n"
          "Kontakt: {5}, tel. {6}, e-mail {7}\n\nInformation for residents who do not speak Polish: the monthly fee changes "
          "from the date above; questions in English to {7}.\n",
          g.dte("pl"), g.ri(400, 1200), g.dg(2), g.ib("PL"), g.dtm("pl"), g.nm(k), g.ph("pl"),
          g.em(k, g.pick(["sm-zielone.pl", "smnaskarpie.pl"])))

@dom("sv_hyresavi")
def _sv(g):
    d = g.d
    p, k = g.person("se"), g.person("se")
    d.tpl("{0} - Meddelande till hyresgäst\n\nHyresgäst: {1}\nKundnummer: {2}   Kontraktsnummer: {3}\nAdress: {4}\n\n"
          "Hej {5}!\n\nBesiktning av din lägenhet sker {6}. Om tiden inte passar, kontakta {7} på {8} eller {9}.\n\n"
          "Hyran för {10} betalas till bankgiro {11}. Betalar du från utlandet, använd IBAN {12} (BIC {13}) och ange kundnummer "
          "som referens.\n\nIn English: the flat inspection is on the date above; please make sure someone is home.\n\n"
          "Vänliga hälsningar\n{14}\n",
          g.pick(["Bostadsbolaget Hem", "Familjebostäder", "Stena Fastigheter"]), g.nm(p, g.pick(["fl", "lf"])), g.acct("num"),
          g.pat("###-###-##"), g.ad("se"), (p["first"], P), g.dtm("se"), g.nm(k), g.ph("se"), g.em(k, "bostadhem.se"),
          g.pick(["april", "maj", "juni", "oktober"]), g.pat("####-####"), g.ib("SE"), g.pick(["ESSESESS", "HANDSESS", "SWEDSESS"]),
          g.nm(k, "fl"))

@dom("in_kyc_update")
def _in(g):
    d = g.d
    p = g.person("in")
    bank = g.pick(["Bharat Sahakari Bank", "Kaveri Small Finance Bank", "Lotus Co-operative Bank"])
    d.tpl("Dear {0} {1},\n\nYour KYC for Savings Account {2} (Customer ID {3}) at our {4} branch is due for periodic update by {5}.\n\n"
          "Details on record:\n  Registered mobile: {6}\n  Email: {7}\n  Address: {8}\n  Date of birth: {9}\n  Aadhaar: XXXX XXXX {10}\n"
          "  IFSC: {11}\n\nYou can update online at {12} or visit the branch with original documents. Branch manager: {13}, {14}.\n\n"
          "Note: {15} never asks for your OTP, PIN or card CVV over phone or email.\n",
          g.pick([g.hon(p) + ".", "Dr."]), g.nm(p, g.pick(["fl", "FLU", "fml"])), (g.dgnz(g.pick([11, 12, 14])), ACC),
          (g.dgnz(9), ACC), g.lc("in", "c"), g.dte("in"), g.ph("in"), g.em(p, cc="in"), g.ad("in"), g.dob("in"), g.dg(4),
          g.pat("@@@@0######"), g.u(ascii_slug(bank)[:10] + ".co.in", "/kyc"), g.nm(g.person("in")), g.ph("in"), bank)

@dom("za_municipal_account")
def _za(g):
    d = g.d
    p = g.person("za")
    d.tpl("{0} - CONSOLIDATED BILLING STATEMENT\n\nAccount number: {1}\nStatement date: {2}   Due date: {3}\n\n{4}\n{5}\n\n"
          "Property: Erf {6}, {7}\nWater meter {8}   Electricity meter {9}\n\n",
          g.pick(["CITY OF JOHANNESBURG", "CITY OF CAPE TOWN", "ETHEKWINI MUNICIPALITY", "CITY OF TSHWANE"]), g.acct("num"),
          g.dte("za", style="num"), g.dte("za", style="num"), g.nm(p, g.pick(["FLU", "fl", "LF"])),
          (f"PO Box {g.ri(100, 9999)}, {g.pick(['Rosebank', 'Sea Point', 'Morningside', 'Hatfield'])}, {g.dgnz(4)}", ADDR),
          g.dg(5), g.ad("za"), g.dg(8), g.dg(11))
    for item in g.sample(["Property rates", "Water & sanitation", "Electricity (prepaid top-up)", "Refuse removal", "Sewerage"], 3):
        d.add(f"{item:<30} R {g.ri(80, 2400)},{g.dg(2)}\n")
    d.tpl("\nPay by EFT to {0}, account {1}, branch code {2}, reference {3}.\nQueries: {4} or {5}\n",
          g.pick(["Standard Bank", "ABSA", "FNB", "Nedbank"]), (g.dgnz(9), ACC), g.dg(6), g.pat("####### ###"),
          g.ph("za", toll=False), g.em(None, "joburg-billing.org.za"))

@dom("sg_polyclinic_referral")
def _sg(g):
    d = g.d
    p, doc = g.person("sg"), g.person("sg")
    d.tpl("{0}\nREFERRAL MEMO\n\nTo: {1}, {2}\nPatient: {3}\nNRIC: {4}   DOB: {5}   MRN: {6}\nAddress: {7}\nContact: {8}\n\n"
          "Dear Colleague,\n\nKindly see this {9}-year-old with {10}. Current medications: {11}; {12}. Appointment arranged "
          "for {13}.\n\nThank you.\n\nDr {14}\nMCR {15}\n",
          g.pick(["Bedok Polyclinic", "Toa Payoh Polyclinic", "Jurong Medical Centre"]),
          g.pick(["Endocrinology", "Orthopaedics", "ENT", "Cardiology"]),
          g.pick(["Changi General Hospital", "Singapore General Hospital", "Tan Tock Seng Hospital"]),
          g.nm(p, g.pick(["FLU", "fl"])), f"{g.pick('ST')}****{g.dg(3)}{g.pick(UP)}", g.dob("sg"), g.mrn(), g.ad("sg"),
          g.ph("sg"), g.ri(20, 85), g.pick(["poorly controlled T2DM", "recurrent epistaxis", "knee OA", "palpitations"]),
          g.pick(DRUGS), g.pick(DRUGS), g.dtm("sg", wd=True), g.nm(doc), g.pat("M#####@"))

@dom("nz_tenancy_bond")
def _nz(g):
    d = g.d
    ll = g.person("nz")
    ts = g.people(g.ri(1, 2), "nz")
    d.tpl("BOND LODGEMENT\n\nTenancy address: {0}\n\nLandlord: {1}\nPhone: {2}   Email: {3}\n\n", g.ad("nz"), g.nm(ll), g.ph("nz"),
          g.em(ll, cc="nz"))
    for i, t in enumerate(ts):
        d.tpl("Tenant {0}: {1}\nDate of birth: {2}   Phone: {3}   Email: {4}\n", i + 1, g.nm(t), g.dob("nz"), g.ph("nz"), g.em(t, cc="nz"))
    d.tpl("\nBond amount: ${0}   Weekly rent: ${1}\nTenancy start date: {2}\nRefund bank account (tenant 1): {3}\n\n"
          "Signed by landlord {4} and tenant(s) on {5}.\n",
          g.ri(1200, 3600), g.ri(420, 900), g.dte("nz"), (g.pat("##-####-0######-0#"), ACC), g.nm(ll, "fl"), g.dte("nz", style="num"))

@dom("dl_renewal_notice")
def _dlren(g):
    d = g.d
    where = g.pick(["ON", "BC", "AB", "NSW", "VIC", "NY", "TX", "FL"])
    cc = {"ON": "ca", "BC": "ca", "AB": "ca", "NSW": "au", "VIC": "au"}.get(where, "us")
    p = g.person(cc)
    org = {"ON": "ServiceOntario", "BC": "ICBC", "AB": "Alberta Registries", "NSW": "Service NSW", "VIC": "VicRoads",
           "NY": "New York State DMV", "TX": "Texas Department of Public Safety", "FL": "Florida HSMV"}[where]
    d.tpl("{0} - Driver's Licence Renewal Notice\n\n{1}\n{2}\n\nLicence number: {3}\nClass: {4}\nExpiry date: {5}\nDate of birth: {6}\n\n"
          "Your licence expires soon. Renew online at {7} using your licence number and the access code {8} printed below. "
          "{9}If you have moved, update your address first.\n\nQuestions: {10}\n",
          org, g.nm(p, g.pick(["FLU", "fl", "fml"])), (g.address(cc, ml=True, reg=where), ADDR), g.dl(where),
          g.pick(["G", "C", "D", "5", "CAR"]), g.dte(cc), g.dob(cc),
          g.u({"ON": "www.ontario.ca", "BC": "www.icbc.com", "AB": "www.alberta.ca", "NSW": "www.service.nsw.gov.au",
               "VIC": "www.vicroads.vic.gov.au", "NY": "dmv.ny.gov", "TX": "www.dps.texas.gov", "FL": "www.flhsmv.gov"}[where],
              "/renew"),
          g.pat("@@##-@@##"), g.pick(["A vision test is required. ", "A new photo is required. ", ""]), g.ph(cc, toll=g.ch(0.5)))

@dom("dental_claim_form")
def _dental(g):
    d = g.d
    sub, pat, dds = g.person("us"), g.person("us"), g.person("us")
    pat["last"] = sub["last"]
    d.tpl("ADA DENTAL CLAIM FORM - text export\n1. Type of transaction: Statement of Actual Services\n3. Carrier: {0}, {1}\n\n"
          "POLICYHOLDER / SUBSCRIBER\n12. Name: {2}\n13. Date of birth: {3}\n15. Subscriber ID: {4}\n16. Plan/Group no.: {5}\n\n"
          "PATIENT\n20. Name: {6}\n18. Relationship: {7}\n21. Date of birth: {8}\n23. Patient ID/Account #: {9}\n\n",
          g.pick(["Delta Dental", "MetLife Dental", "Cigna Dental", "Guardian"]),
          (f"PO Box {g.ri(1000, 99999)}, {g.loc('us', 'cr')} {g.dgnz(5)}", ADDR), g.nm(sub, g.pick(["LF", "fl", "LFU"])), g.dob("us"),
          g.pick([g.hpn(), g.ss()]), g.dg(g.pick([6, 7])), g.nm(pat, g.pick(["LF", "fl"])), g.pick(["child", "spouse"]),
          g.dob("us", d=g.rdate(1980, 2020)), g.acct("alpha"))
    d.add("24. Procedure date   Tooth   Code    Description                 Fee\n")
    for _ in range(g.ri(2, 4)):
        d.add(g.dte("us", style="num"), f"   {g.pick(['', '3', '14', '19', '30'])}\t{g.pick(['D0120', 'D1110', 'D0274', 'D2392', 'D2740'])}   "
              f"{g.pick(['Periodic oral eval', 'Prophylaxis adult', 'Bitewings four', 'Resin 2s posterior', 'Crown porcelain'])}   ${g.ri(40, 1200)}.00\n")
    d.tpl("\nBILLING DENTIST\n48. {0}, DDS, {1}\n49. NPI {2}   51. TIN {3}\n52. Phone {4}\n",
          g.nm(dds, "fl"), g.ad("us"), "1" + g.dg(9), g.pat("##-#######"), g.ph("us"))

@dom("ems_run_sheet")
def _ems(g):
    d, cc = g.d, g.pick(["us", "ca", "au", "gb"])
    p = g.person(cc)
    c1, c2 = g.person(cc), g.person(cc)
    day = g.rdate()
    t0 = g.ri(0, 22)
    d.tpl("PATIENT CARE REPORT - {0} Medic {1}   Incident {2}\nDate: {3}\nDispatched {4}   On scene {5}   Transport {6}   At hospital {7}\n\n"
          "Patient: {8}   DOB: {9}   Sex: {10}\nAddress: {11}\nPhone: {12}\nHospital MRN: {13}   {14}: {15}\n\n",
          g.pick(["Metro", "County", "Ambulance Victoria", "EMS"]), g.ri(1, 60), g.pat("##-######"), g.dte(cc, d=day, style="num"),
          g.tm(cc, h=t0), g.tm(cc, h=t0), g.tm(cc, h=t0 + 1), g.tm(cc, h=t0 + 1), g.nm(p, g.pick(["LFU", "fl", "LF"])),
          g.dob(cc), "F" if p["fem"] else "M", g.ad(cc), g.ph(cc), g.mrn(),
          g.pick(["Medicare", "Medicaid", "Insurance member ID"]) if cc == "us" else "Health card", g.hpn())
    d.tpl("Narrative: Called to residence for {0}. Pt found {1}. GCS 14, BP {2}/{3}, SpO2 {4}%. Hx: {5}. Meds: {6}, {7}. "
          "Administered aspirin 324 mg PO and ondansetron 4 mg IV. Family member {8} ({9}) on scene. Transported to {10} "
          "without incident.\n\nCrew: {11} (Paramedic), {12} (EMT)\n",
          g.pick(["chest pain", "fall with head strike", "shortness of breath", "syncope"]),
          g.pick(["seated in kitchen", "supine on bathroom floor", "alert, anxious"]), g.ri(90, 180), g.ri(50, 110), g.ri(88, 99),
          g.pick(["HTN, T2DM", "COPD", "AF on anticoagulation", "nil"]), g.pick(DRUGS), g.pick(DRUGS), g.nm(g.person(cc), "f"),
          g.pick(["daughter", "husband", "neighbour"]), g.pick(["St. Vincent's", "Mercy General", "Royal Infirmary", "General Hospital"]),
          g.nm(c1, g.pick(["fl", "fi"])), g.nm(c2, g.pick(["fl", "fi"])))

@dom("event_rsvp_sheet")
def _rsvp(g):
    d, cc = g.d, g.pick(["us", "gb", "ie", "au", "ca", "in", "za"])
    a, b = g.person(cc), g.person(cc)
    d.tpl("{0} & {1}'s {2} - RSVP tracker (updated {3})\nVenue: {4}\n\nGuest\tPlus-one\tEmail\tPhone\tAddress\tMeal\tRSVP\n",
          g.nm(a, "f"), g.nm(b, "f"), g.pick(["Wedding", "Engagement Party", "Sangeet", "Big 40th"]), g.dte(cc, style="num"), g.ad(cc))
    for _ in range(g.ri(4, 6)):
        p = g.person(cc)
        d.add(g.nm(p, "fl"), "\t", g.pick([g.nm(g.person(cc), "f"), "-", "-"]), "\t", g.pick([g.em(p, cc=cc), ""]), "\t",
              g.pick([g.ph(cc), ""]), "\t", g.pick([g.ad(cc), "", ""]), "\t", g.pick(["veg", "fish", "beef", "vegan", "kids"]),
              "\t", g.pick(["yes", "no", "maybe", ""]), "\n")
    d.tpl("\nDeposit for the venue paid {0}; final numbers due {1}. Coordinator: {2} {3}\n", g.dte(cc), g.dte(cc),
          g.nm(g.person(cc)), g.ph(cc))

@dom("driving_school_booking")
def _drive(g):
    d, cc = g.d, g.pick(["gb", "ie", "au", "ca", "nz", "us"])
    p, ins = g.person(cc), g.person(cc)
    dl = {"gb": lambda: g.uk_dl(p), "ie": lambda: g.dl("IE"), "au": lambda: g.dl("NSW"), "ca": lambda: g.dl("ON"),
          "nz": lambda: g.dl("NZ"), "us": lambda: g.dl(g.pick(["CA", "TX", "IL"]))}[cc]()
    d.tpl("{0} - Booking confirmation {1}\n\nStudent: {2}\nLearner permit / provisional licence no.: {3}\nDate of birth: {4}\n"
          "Mobile: {5}\n\nLesson: {6} ({7} min)\nInstructor: {8}\nPick-up: {9}\nPaid: {10}\n\n",
          g.pick(["Green Light Driving School", "Pass First Time Ltd", "L-Plate Academy", "Safe Lanes"]), g.ref("BK"),
          g.nm(p), dl, g.dob(cc, d=g.rdate(1990, 2008)), g.ph(cc), g.dtm(cc, wd=True), g.pick([60, 90, 120]),
          g.nm(ins, g.pick(["fl", "f"])), g.ad(cc), g.pick([g.card(), (g.masked_card(), None)]))
    d.tpl("Practical test booked for {0} at {1} test centre. Bring your licence and glasses if needed. Reschedule at least 48 h "
          "ahead by calling {2}.\n", g.dtm(cc), g.lc(cc, "c"), g.ph(cc))

# ---------------------------------------------------------------- hard negatives
@dom("build_pipeline_log", hard=True)
def _buildlog(g):
    d = g.d
    ts = lambda: f"2025-0{g.ri(1, 9)}-{g.ri(10, 28)}T{g.ri(0, 23):02d}:{g.ri(10, 59)}:{g.ri(10, 59)}.{g.dg(3)}Z"
    d.add(f"{ts()} [INFO] Starting build #{g.ri(1000, 9999)} for commit {g.sha(8)} (branch: release/{g.ver()})\n")
    d.add(f"Step 1/12 : FROM node:{g.ri(18, 22)}.{g.ri(0, 12)}.{g.ri(0, 9)}-alpine@sha256:{g.sha(64)}\n ---> {g.sha(12)}\n")
    d.add("Step 4/12 : ARG NPM_TOKEN\nStep 5/12 : RUN npm ci --no-audit   (env NPM_TOKEN=***)\n")
    d.add(f"added {g.ri(400, 2000)} packages in {g.r.uniform(10, 90):.1f}s\n")
    for _ in range(g.ri(3, 6)):
        d.add(g.pick([
            f"{ts()} [secrets] DATABASE_URL=******** (masked)\n",
            f"{ts()} [deploy] using ${{DEPLOY_KEY}} from environment\n",
            f"{ts()} [INFO] Uploading artifact build-{g.ri(1000, 9999)}.tar.gz ({g.r.uniform(1, 90):.1f} MB) sha256={g.sha(64)}\n",
            f"{ts()} [INFO] run_id={g.uuid()} attempt={g.ri(1, 3)}\n",
            f"Tests: {g.ri(200, 3000)} passed, {g.ri(0, 9)} skipped, 0 failed in 00:0{g.ri(1, 9)}:{g.ri(10, 59)}\n",
            f"Successfully tagged registry.local/api:{g.ver()}-rc.{g.ri(1, 9)}\n",
            f"{ts()} [WARN] token for ${{{{ secrets.SLACK_WEBHOOK }}}} not set, skipping notify\n",
            f"{ts()} [INFO] cache key node-modules-{g.sha(32)} restored in {g.ri(1, 40)}s\n",
            f"{ts()} [INFO] epoch={g.ri(1_700_000_000, 1_790_000_000)} build_number={g.ri(100, 9999)} version={g.ver()}.{g.ri(1, 400)}\n",
            f"{ts()} [INFO] AWS_SECRET_ACCESS_KEY=**** AWS_ACCESS_KEY_ID=AKIA************{g.s(4, UP)}\n",
        ]))
    d.add(f"{ts()} [INFO] Finished: SUCCESS (duration {g.ri(2, 19)}m {g.ri(0, 59)}s)\n")

@dom("pharmacy_stock_report", hard=True)
def _pharm(g):
    d = g.d
    d.add(f"PHARMACY STOCK RECONCILIATION - Store {g.dg(4)} - Week {g.ri(1, 52)}\n\n")
    d.add("NDC / code      Product                            Lot       Bin    On hand  Counted  Var\n")
    for _ in range(g.ri(6, 10)):
        oh = g.ri(0, 200)
        d.add(f"{g.pat('####-####-##')}  {g.pick(DRUGS + ['Ozempic 1 mg pen', 'Ventolin Evohaler', 'Eliquis 5 mg', 'EpiPen 0.3 mg', 'Augmentin 625']):<34} "
              f"{g.pat('@####@'):<9} {g.pat('@-##'):<6} {oh:<8} {oh - g.ri(0, 3):<8} {g.ri(-3, 0)}\n")
    d.add(f"\nControlled drugs register balance checked. Discrepancies escalated as incident {g.ref('INC')}.\n"
          f"Wholesaler order {g.ref('PO')} placed; delivery note {g.dg(10)}. Total variance value ${g.ri(0, 400)}.{g.dg(2)}\n")
    if g.ch(0.35):
        d.add("Counted by: ", g.nm(g.person("us"), g.pick(["fi", "fl"])), ", RPh\n")

@dom("payment_sandbox_log", hard=True)
def _paysandbox(g):
    d = g.d
    for _ in range(g.ri(5, 8)):
        ts = f"{g.ri(10, 23):02d}:{g.ri(10, 59)}:{g.ri(10, 59)}.{g.dg(3)}"
        d.add(ts, " ", g.pick([
            f"[sandbox] charge.created id=ch_{g.s(24, ALNUM)} amount={g.ri(100, 99999)} currency=usd card={g.masked_card()}\n",
            f"[sandbox] using key sk_test_{g.s(24, ALNUM)} (test mode)\n",
            f"[config] publishable key pk_live_{g.s(24, ALNUM)} loaded for web checkout\n",
            f"[validate] pan={g.bad_card(' ')} -> incorrect_number (luhn check failed)\n",
            f"[validate] iban={g.bad_iban(g.pick(['DE', 'NL', 'GB']))} -> invalid_checksum\n",
            f"[fixture] test_ssn_invalid={g.bad_ssn()} rejected as expected\n",
            f"[webhook] evt_{g.s(24, ALNUM)} signature header t={g.ri(1_700_000_000, 1_790_000_000)},v1=<redacted>\n",
            f"[sandbox] customer cus_{g.s(14, ALNUM)} idempotency-key {g.uuid()}\n",
            f"[refund] re_{g.s(24, ALNUM)} amount={g.ri(100, 9000)} reason=requested_by_customer order={g.ref('ORD')}\n",
            f"[3ds] challenge completed txn {g.uuid()} eci=05 cavv=<masked>\n",
        ]))

@dom("parts_catalog", hard=True)
def _parts(g):
    d = g.d
    d.add(f"{g.pick(['Marrow Street Motors', 'PartsHub', 'EuroSpares'])} parts catalogue extract - rev {g.ver()}\n\n")
    d.add("OEM part no.      Description                      Fits                       Price\n")
    for _ in range(g.ri(6, 10)):
        d.add(f"{g.pick(['04465-', '90915-', '1K0-', '8W0-', '15400-', 'A000-'])}{g.s(5, UP + DIG):<11} "
              f"{g.pick(['Pad kit, disc brake front', 'Oil filter element', 'Cabin air filter', 'Spark plug iridium', 'Wiper blade 600 mm', 'Timing belt kit', 'Water pump assy']):<32} "
              f"{g.pick(['Toyota RAV4 2019-2024', 'VW Golf Mk7', 'Honda CR-V 2017+', 'Ford Ranger PX3', 'Audi A4 B9']):<26} "
              f"${g.ri(9, 480)}.{g.pick(['00', '50', '95'])}\n")
    d.add(f"\nVIN decode sample: {g.vin()} -> model year {g.ri(2012, 2025)}, plant {g.pick(UP)}\n"
          f"Fleet plates on account: {g.plate('gb')}, {g.plate('au')}, {g.plate('de')}\nSupersession: {g.pat('#####-@@###')} replaces "
          f"{g.pat('#####-@@###')} from serial {g.dg(8)}\n")

@dom("freight_manifest_codes", hard=True)
def _freight(g):
    d = g.d
    d.add(f"CARGO MANIFEST  B/L {g.pick(['MEDU', 'MAEU', 'CMAU', 'HLCU'])}{g.dg(7)}   Voyage {g.pat('###@')}   IMO {g.dg(7)}\n"
          f"POL: {g.pick(['SGSIN', 'CNSHA', 'INNSA', 'AUMEL'])}   POD: {g.pick(['NLRTM', 'DEHAM', 'GBFXT', 'BEANR'])}\n\n")
    d.add("Container         Seal       Type  HS code     Pkgs   Gross kg\n")
    for _ in range(g.ri(5, 8)):
        d.add(f"{g.pick(['MSCU', 'TGHU', 'CAIU', 'SEGU'])} {g.dg(6)} {g.dg(1)}  {g.dg(8)}   {g.pick(['22G1', '45G1', '45R1'])}  "
              f"{g.dg(4)}.{g.dg(2)}.{g.dg(2)}   {g.ri(10, 900):<5}  {g.ri(1000, 28000):,}.000\n")
    d.add(f"\nAir leg: AWB {g.dg(3)}-{g.dg(8)} {g.pick(['SIN', 'DXB', 'HKG'])}-{g.pick(['AMS', 'FRA', 'LHR'])} flight "
          f"{g.pick(['SQ', 'EK', 'CX'])}{g.ri(100, 999)}, {g.ri(3, 40)} pcs, chargeable {g.ri(100, 4000)} kg\n"
          f"Customs entry {g.pat('##@@@@##########')}, bond {g.pat('@@-#####')}, incoterms FOB, total declared USD {g.ri(10, 900)},{g.dg(3)}.00\n")

@dom("iot_firmware_manifest", hard=True)
def _iot(g):
    d = g.d
    fw = lambda: f"{g.ri(1, 9)}.{g.ri(0, 40)}.{g.ri(0, 255)}.{g.ri(256, 4999)}"
    d.add('{\n  "manifest_id": "', g.uuid(), f'",\n  "product": "{g.pick(["SmartMeter SM-400", "ThermoHub 2", "GateLink Pro", "AquaSense LX"])}",\n'
          f'  "channel": "{g.pick(["stable", "beta", "canary"])}",\n  "generated_epoch": {g.ri(1_700_000_000, 1_790_000_000)},\n  "images": [\n')
    k = g.ri(2, 4)
    for i in range(k):
        d.add(f'    {{"hw_rev": "{g.pat("@#")}", "version": "{fw()}", "min_version": "{fw()}", "sha256": "{g.sha(64)}", '
              f'"size": {g.ri(200_000, 9_000_000)}, "rollout_pct": {g.pick([1, 5, 25, 50, 100])}}}{"," if i < k - 1 else ""}\n')
    d.add('  ],\n  "pilot_devices": [')
    n = g.ri(2, 4)
    for i in range(n):
        d.add(f'"{g.s(2, UP)}{g.dg(8)}"' + (", " if i < n - 1 else ""))
    mac = ":".join(f"{g.ri(0, 255):02X}" for _ in range(6))
    d.add(f'],\n  "canary_mac": "{mac}",\n  "signing_key_id": "{g.s(16, "0123456789abcdef")}",\n'
          f'  "signature": "<detached: manifest.sig>",\n  "changelog": "fix watchdog reset after {g.ri(30, 900)} s; bump TLS lib to {g.ver()}"\n}}\n')

@dom("secret_scan_report_redacted", hard=True)
def _secscan(g):
    d = g.d
    d.add(f"Secret scan report - repo {g.pick(['acme', 'corvid', 'lumen'])}/{g.pick(WORDS)} @ {g.sha(12)}\nScanner {g.ver()}  "
          f"Rules {g.ri(80, 220)}  Findings {g.ri(3, 9)}\n\n")
    d.add("Rule                  File                          Line  Match (redacted)                      Status\n")
    rows = [
        ("aws-access-key-id", "config/prod.yml", f"AKIA{'*' * 12}{g.s(4, UP + '234567')}", "revoked"),
        ("github-pat", ".github/workflows/ci.yml", f"ghp_{'*' * 32}{g.s(4, ALNUM)}", "revoked"),
        ("generic-api-key", "src/client.ts", "${{ secrets.API_KEY }}", "reference"),
        ("stripe-secret", "docs/README.md", "sk_live_****************", "placeholder"),
        ("private-key", "test/fixtures/key.pem", "BEGIN PRIVATE KEY (body stripped)", "test fixture"),
        ("jwt", "cypress/fixtures/session.json", "eyJhbGciOi...<truncated>", "expired"),
        ("slack-token", "scripts/notify.sh", "xoxb-****-****-****", "revoked"),
        ("password-assignment", "docker-compose.yml", "POSTGRES_PASSWORD=${POSTGRES_PASSWORD}", "reference"),
        ("aws-secret", "terraform/main.tf", "var.aws_secret_key", "reference"),
    ]
    for r in g.sample(rows, g.ri(4, 7)):
        d.add(f"{r[0]:<21} {r[1]:<29} {g.ri(1, 400):<5} {r[2]:<37} {r[3]}\n")
    d.add(f"\nFingerprints: {', '.join(g.sha(16) for _ in range(3))}\nScan finished in {g.ri(2, 90)}s (run {g.uuid()})\n")

@dom("league_standings", hard=True)
def _league(g):
    d = g.d
    teams = g.sample(["Shamrock Rovers", "Bohemians", "St Patrick's Athletic", "Harbour City FC", "Derry City", "Northside United",
                      "Galway United", "Waterside Wanderers", "Athletic Club Orient", "Riverside Rangers", "Dockers AFC"], 8)
    d.add(f"{g.pick(['Premier Division', 'Championship', 'Division One'])} - Round {g.ri(5, 30)} standings (sponsored by "
          f"{g.pick(['SSE Airtricity', 'Ben & Jerry', 'Halcyon Grocers'])})\n\nPos Team                     P  W  D  L  GF GA  GD Pts\n")
    pts = sorted((g.ri(5, 40) for _ in teams), reverse=True)
    for i, (t, pt) in enumerate(zip(teams, pts)):
        gf, ga = g.ri(8, 40), g.ri(8, 40)
        d.add(f"{i + 1:<3} {t:<24} {g.ri(12, 20):<2} {g.ri(1, 12):<2} {g.ri(0, 6):<2} {g.ri(0, 10):<2} {gf:<2} {ga:<3} {gf - ga:<3} {pt}\n")
    d.add(f"\nMatch {g.ref('M')}: {teams[0]} {g.ri(0, 4)}-{g.ri(0, 4)} {teams[1]}, attendance {g.ri(1000, 9000):,}, stoppage time 90+{g.ri(2, 8)}\n"
          f"Next round kicks off Friday; kick-off times TBC.\n")
    if g.ch(0.4):
        d.add("Top scorer: ", g.nm(g.person(g.pick(["ie", "gb", "ng", "es"])), "fl"), f" ({g.ri(6, 19)} goals)\n")

@dom("metrics_dump", hard=True)
def _metrics(g):
    d = g.d
    svc = g.pick(["api", "checkout", "auth", "ingest"])
    d.add(f"# HELP http_requests_total Total HTTP requests.\n# TYPE http_requests_total counter\n")
    for _ in range(g.ri(4, 7)):
        d.add(f'http_requests_total{{service="{svc}",method="{g.pick(["GET", "POST"])}",route="/api/v{g.ri(1, 3)}/{g.pick(["orders", "users", "cart"])}",'
              f'status="{g.pick(["200", "201", "404", "500"])}",pod="{svc}-{g.sha(9)}-{g.s(5, LO + DIG)}"}} {g.ri(100, 9_000_000)}\n')
    d.add(f"# TYPE http_request_duration_seconds histogram\n")
    for le in ["0.05", "0.1", "0.25", "0.5", "1", "+Inf"]:
        d.add(f'http_request_duration_seconds_bucket{{service="{svc}",le="{le}"}} {g.ri(1000, 900000)}\n')
    d.add(f'process_start_time_seconds {g.ri(1_700_000_000, 1_790_000_000)}.{g.dg(2)}\n'
          f'build_info{{version="{g.ver()}",commit="{g.sha(7)}",goversion="go1.{g.ri(20, 23)}.{g.ri(0, 9)}"}} 1\n'
          f'go_memstats_heap_alloc_bytes {g.r.uniform(1, 9):.6e}\n')

# ============================================================================
# generation
# ============================================================================
MIN_LEN, MAX_LEN = 200, 2500

def make_doc(seed, i):
    names = sorted(DOMAINS)
    dname = names[random.Random(f"{seed}-{i}").randrange(len(names))]
    for attempt in range(60):
        g = G(random.Random(f"{seed}-{i}-{attempt}"))
        DOMAINS[dname](g)
        text = g.d.text()
        if MIN_LEN <= len(text) <= MAX_LEN:
            ents = sorted(g.d.ents, key=lambda e: e["start"])
            return {"id": f"b25-{seed}-{i:05d}", "text": text, "domain": dname, "entities": ents}
    raise RuntimeError(f"could not fit {dname} doc {i} into {MIN_LEN}..{MAX_LEN} chars")

def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)

# ============================================================================
# validation
# ============================================================================
TITLES = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Sra", "Sr", "Herr", "Frau", "Mme", "Dott", "Capt", "Prof")
RX = {
    EM: re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    AKID: re.compile(r"AKIA[A-Z0-9]{16}"),
    ASK: re.compile(r"[A-Za-z0-9/+]{40}"),
    GH: re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),
    SLK: re.compile(r"xox[bpa]-\d+-\d+(-\d+)?-[A-Za-z0-9]+"),
    STK: re.compile(r"(sk|rk)_live_[A-Za-z0-9]{20,}"),
}
LEAK = {
    EM: re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    AKID: re.compile(r"AKIA[A-Z0-9]{16}"), GH: re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),
    SLK: re.compile(r"xox[bpa]-\d+-[\w-]+"), STK: re.compile(r"(?:sk|rk)_live_[A-Za-z0-9]{8,}"),
    JWT: re.compile(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+"), PK: re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    URL: re.compile(r"https?://[^\s\"'<>]+"),
    SSN: re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])"),
    IBAN: re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"),
    CC: re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])"),
    IP: re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"),
}

def validate_entity(text, e):
    s = text[e["start"]:e["end"]]
    t = e["type"]
    if t not in TYPES:
        return f"bad type {t}"
    if not s or s != s.strip():
        return "whitespace at span edge"
    if s[0] in "\"'[{<" or s[-1] in "\"'[{<]}>":
        return "quote/bracket at span edge"
    if s.count("(") != s.count(")") or s[-1] == "(" or (s[0] == "(" and t != PH):
        return "unbalanced parenthesis at span edge"
    if t not in (PW, GS, PK, ASK, JWT, STK, SLK, GH, AKID) and s[-1] in ".,;:":
        return "trailing punctuation"
    if t == CC:
        n = re.sub(r"[ -]", "", s)
        if not (n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)):
            return "card not luhn-valid"
    elif t == IBAN and not iban_ok(s):
        return "iban invalid"
    elif t == SSN and not ssn_ok(s):
        return "ssn invalid"
    elif t == IP:
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "ip invalid"
    elif t in RX and not RX[t].fullmatch(s):
        return f"{t} shape invalid"
    elif t == URL:
        host = re.sub(r"^https?://", "", s).split("/")[0].split(":")[0].split("?")[0]
        if not s.startswith(("http://", "https://")) or "@" in s or re.search(r"\s", s) or re.fullmatch(r"[\d.]+", host):
            return "url invalid"
    elif t == JWT:
        parts = s.split(".")
        try:
            hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            assert len(parts) == 3 and "alg" in hdr
        except Exception:
            return "jwt invalid"
    elif t == PK:
        if not (s.startswith("-----BEGIN ") and s.endswith("PRIVATE KEY-----") and "-----END" in s):
            return "pem invalid"
    elif t == PH:
        if not 5 <= len(re.sub(r"\D", "", s)) <= 15:
            return "phone digit count"
    elif t in (DT, DOB) and not re.search(r"\d", s):
        return "date without digits"
    elif t == P:
        if re.search(r"\d", s) or s.split(" ")[0].rstrip(".") in TITLES or s.endswith("'s"):
            return "person span malformed"
    return None

def check(n=3000, seed=0):
    errors, leaks, info = [], collections.Counter(), collections.Counter()
    by_type, by_dom, ents_dom = collections.Counter(), collections.Counter(), collections.Counter()
    lens = []
    leak_examples = collections.defaultdict(list)
    for doc in generate(n, seed):
        text, ents = doc["text"], doc["entities"]
        by_dom[doc["domain"]] += 1
        ents_dom[doc["domain"]] += len(ents)
        lens.append(len(text))
        if not MIN_LEN <= len(text) <= MAX_LEN:
            errors.append((doc["id"], f"length {len(text)}"))
        prev = 0
        cover = bytearray(len(text))
        for e in ents:
            if not (0 <= e["start"] < e["end"] <= len(text)):
                errors.append((doc["id"], f"offsets out of range {e}"))
                continue
            if e["start"] < prev:
                errors.append((doc["id"], f"overlap at {e['start']}"))
            prev = max(prev, e["end"])
            msg = validate_entity(text, e)
            if msg:
                errors.append((doc["id"], f"{msg}: {e['type']} {text[e['start']:e['end']]!r}"))
            by_type[e["type"]] += 1
            for k in range(e["start"], e["end"]):
                cover[k] = 1
        # scan for strong patterns that are left unlabelled (sanity check only)
        for t, rx in LEAK.items():
            for m in rx.finditer(text):
                if any(cover[m.start():m.end()]):
                    continue
                v = m.group(0)
                if t == CC and not luhn_ok(re.sub(r"\D", "", v)):
                    continue
                if t == SSN and not ssn_ok(v):
                    continue
                if t == IBAN and not iban_ok(v):
                    continue
                if t == IP:
                    info["unlabelled dotted-quad (versions etc.)"] += 1
                    continue
                leaks[t] += 1
                if len(leak_examples[t]) < 4:
                    leak_examples[t].append((doc["id"], v[:60]))
    print(f"documents: {n}  domains used: {len(by_dom)} (registered {len(DOMAINS)}, hard-negative {len(HARD)})")
    print(f"length: min {min(lens)} max {max(lens)} mean {sum(lens) / len(lens):.0f}")
    print(f"entities: {sum(by_type.values())}\n\nper type:")
    for t in TYPES:
        print(f"  {t:<24} {by_type[t]:>6}")
    print("\nper domain (docs / entities):")
    for dname in sorted(by_dom):
        print(f"  {dname:<30} {by_dom[dname]:>5} {ents_dom[dname]:>6}{'   [hard negative]' if dname in HARD else ''}")
    for k, v in info.items():
        print(f"\ninfo: {k}: {v}")
    missing = [t for t in TYPES if not by_type[t]]
    if missing:
        errors.append(("-", f"types never produced: {missing}"))
    if leaks:
        print("\nunlabelled strong patterns:")
        for t, c in leaks.items():
            print(f"  {t}: {c}  e.g. {leak_examples[t]}")
            errors.append(("-", f"unlabelled {t} x{c}"))
    print(f"\nerrors: {len(errors)}")
    for e in errors[:40]:
        print("  ", e)
    return not errors

def show(doc):
    text, out, pos = doc["text"], [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{e['type']}: {text[e['start']:e['end']]}]]")
        pos = e["end"]
    out.append(text[pos:])
    return f"=== {doc['id']}  domain={doc['domain']}  entities={len(doc['entities'])}  chars={len(text)}\n" + "".join(out)

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate 3000 docs and print counts")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K docs with spans marked")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if check(3000, a.seed) else 1
    if a.sample:
        r = random.Random(f"sample-{a.seed}")
        for i in sorted(r.sample(range(max(a.n, a.sample)), a.sample)):
            print(show(make_doc(a.seed, i)), "\n")
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for doc in generate(a.n, a.seed):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.output:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
