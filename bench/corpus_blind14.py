#!/usr/bin/env python3.11
"""corpus_blind14 -- seeded, labelled synthetic corpus for PII/PHI/secret detection.

Written blind (without reference to the detector under test).  Standard library only.

    generate(n, seed=0) -> iterator of
        {"id", "domain", "text", "entities": [{"start", "end", "type"}, ...]}

Document i is a pure function of (seed, i): every document draws from its own
random.Random(f"{seed}-{i}").  Documents are assembled piece by piece with a
Builder that records entity spans while text is appended; offsets are never
recovered by searching the finished text.

CLI:
    python3.11 bench/corpus_blind14.py --check
    python3.11 bench/corpus_blind14.py --sample 3
    python3.11 bench/corpus_blind14.py --n 500 --seed 7 --output corpus.jsonl
"""
from __future__ import annotations

import argparse
import base64
import datetime as _dt
import ipaddress
import json
import random
import re
import sys
import unicodedata
from collections import Counter

# ----------------------------------------------------------------------------
# entity types
# ----------------------------------------------------------------------------
P = "PERSON"
EM = "EMAIL_ADDRESS"
PH = "PHONE_NUMBER"
SSN = "US_SSN"
CC = "CREDIT_CARD"
IBAN = "IBAN_CODE"
IP = "IP_ADDRESS"
DOB = "DATE_OF_BIRTH"
DT = "DATE_TIME"
LOC = "LOCATION"
ADDR = "ADDRESS"
URL = "URL"
MRN = "MEDICAL_RECORD_NUMBER"
HPN = "HEALTH_PLAN_NUMBER"
ACCT = "ACCOUNT_NUMBER"
DL = "DRIVER_LICENSE"
AKEY = "AWS_ACCESS_KEY"
ASEC = "AWS_SECRET_KEY"
GH = "GITHUB_TOKEN"
SLK = "SLACK_TOKEN"
STRIPE = "STRIPE_KEY"
JWT = "JWT"
PK = "PRIVATE_KEY"
PW = "PASSWORD"
GS = "GENERIC_SECRET"

TYPES = (P, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADDR, URL, MRN, HPN, ACCT, DL,
         AKEY, ASEC, GH, SLK, STRIPE, JWT, PK, PW, GS)

MIN_LEN, MAX_LEN = 200, 2500
SOFT_MAX = 2300          # repeated sections stop growing past this
NEG_RATE = 0.10

# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
FIRST_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy
Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa
Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda
Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria
Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith
Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Teresa Kathryn Janice Jean Alice
Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia
Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Tamika Latoya Keisha Imani
Aaliyah Sofía Valentina Camila Lucía Ximena Guadalupe Mariana Paola Daniela Renata Carmen Rocío
Beatriz Inés Pilar Itzel Yesenia Marisol Anneke Sabine Ulrike Katrin Birgit Heike Svenja Ingrid
Astrid Freya Maja Sigrid Femke Sanne Lotte Marloes Amélie Camille Gaëlle Léa Noémie Sylvie
Chiara Francesca Giulia Alessandra Federica Elena Simona Natalia Olga Agnieszka Katarzyna Jana
Irina Zofia Ludmila Milena Eleni Despina Ayşe Zeynep Fatima Layla Noura Amira Mariam Samira
Shirin Parisa Priya Ananya Deepika Kavya Sneha Lakshmi Meera Divya Pooja Ayesha Mei Xiaoling
Yan Yuki Sakura Aiko Yui Seo-yeon Ha-eun Linh Huong Mai Ngozi Adaeze Ama Abena Nomvula Zanele
Amani Folake Aminata Makeda Aroha Leilani Mele Nalani Siobhan Niamh Aoife Saoirse Róisín Isla
Eilidh Marguerite Henrike Dagny Oksana Svetlana Anahit Nino Thandiwe Wanjiru Ife Bronwyn Tova
Rivka Esther Miriam Noa Talia Ines Joana Leonor Beatriz Aurelia Constance Philippa Harriet
Imogen Tabitha Winifred Mabel Opal Juniper Dolores Consuelo Graciela Lourdes Remedios""".split()

FIRST_M = """James John Robert Michael William David Richard Joseph Thomas Charles Christopher
Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward
Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott
Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron
Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith Christian
Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy
Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah
Louis Bobby Philip Johnny DeShawn Tyrone Darnell Marquis Alejandro Mateo Santiago Diego Javier
Carlos Luis Miguel Rafael Joaquín Andrés Eduardo Fernando Ignacio Raúl Lukas Jürgen Klaus
Matthias Wolfgang Stefan Florian Henrik Lars Sven Nils Bjørn Pieter Joost Daan Ruud Benoît
Étienne Hugo Mathieu Olivier Théo Yannick Giorgio Luca Matteo Lorenzo Marco Davide Aleksandr
Dmitri Piotr Tomasz Milan Bogdan Vladimir Marek Nikola Yiannis Kostas Mehmet Emre Omar Ahmed
Khalid Youssef Hassan Tariq Reza Dariush Rahul Arjun Vikram Rohan Aditya Sanjay Karthik Nikhil
Imran Farhan Wei Jun Hao Chen Hiroshi Takashi Kenji Haruto Min-jun Ji-ho Minh Thanh Quang
Chinedu Oluwaseun Kwame Kofi Tendai Thabo Jelani Babajide Sekou Desta Tane Keanu Siosaia Kai
Cian Eoin Ciarán Fergus Callum Lachlan Angus Declan Padraig Rory Tobias Caspar Leopold Ansel
Ezra Levi Moshe Yosef Amos Gideon Thiago João Rodrigo Gonçalo Afonso Duarte Ignatius Cornelius
Bartholomew Augustin Casimir Wenceslas Radu Mihai Florin Dragan Zoran Goran Aziz Farid Bilal
Nasir Rashid Anil Suresh Ramesh Ganesh Prakash Manoj""".split()

SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez
Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White
Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen
Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips
Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders
Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Fisher Vasquez Simmons Romero Patterson Hamilton Graham Reynolds Griffin Wallace
Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro
Marshall Owens Harrison Fernandez Woods Kennedy Wells Vargas Henry Chen Freeman Webb Tucker
Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon
Muñoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills
Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant
Dunn Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott
Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins
Hoffman Johnston Matthews Peña Richards Contreras Willis Carpenter Lawrence Sandoval Müller
Schneider Fischer Weber Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder
Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause Köhler Dubois
Lefebvre Moreau Laurent Girard Bonnet Dupont Lambert Fontaine Rousseau Chevalier Leclerc
Gauthier Mercier Faure Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco
Bruno Gallo Conti Costa Giordano Mancini Lombardi Moretti Nowak Kowalski Wiśniewski Wójcik
Kamiński Lewandowski Zieliński Szymański Novák Svoboda Dvořák Ivanov Petrov Smirnov Volkov
Popescu Horvat Kovačević Nagy Tóth Papadopoulos Georgiou Nikolaidis Yılmaz Kaya Demir Şahin
Çelik Haddad Khoury Mansour Nasser Saleh Hosseini Karimi Rahimi Tehrani Sharma Verma Gupta Iyer
Reddy Nair Menon Rao Krishnan Chatterjee Banerjee Mukherjee Desai Mehta Shah Joshi Kulkarni
Singh Kaur Chaudhry Qureshi Siddiqui Hussain Rahman Ahmed Chowdhury Wang Li Zhang Liu Yang
Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo Tanaka Suzuki Takahashi Watanabe Ito
Yamamoto Nakamura Kobayashi Sato Kato Park Choi Jung Kang Cho Yoon Jang Lim Pham Hoang Phan Vu
Vo Dang Bui Okafor Adeyemi Okonkwo Eze Nwosu Mensah Owusu Boateng Asante Mwangi Otieno Kamau
Ndlovu Dlamini Nkosi Mokoena Diallo Traoré Keita Tesfaye Bekele Haile O'Neil O'Brien O'Connor
O'Sullivan O'Reilly McCarthy McLaughlin MacDonald MacLeod Fitzgerald Gallagher Byrne Doyle
Kavanagh Bakker Visser Smit Meijer Mulder Jansen Pereira Oliveira Carvalho Almeida Ferreira
Rodrigues Abdullah Cohen Levi Friedman Goldberg Katz Shapiro D'Angelo D'Souza DiMaggio LaRue
Kealoha Tuilagi Ngata Abernathy Blackwood Thistlewaite Featherstonehaugh Quintero Villanueva
Echeverría Arriaga Zamora Iglesias Navarro Domínguez Vidal Sørensen Lindqvist Johansson
Virtanen Korhonen Halvorsen Østergaard Eriksen""".split()

SURNAME_MULTI = ["van der Berg", "van Dijk", "de Vries", "van den Bosch", "de Jong", "de Boer",
                 "de Groot", "van der Meer", "de la Cruz", "del Río", "de León", "de los Santos",
                 "da Silva", "dos Santos", "Al-Farsi", "Al-Rashid", "Al-Hashimi", "Al-Masri",
                 "El-Amin", "bin Salem", "Ben-David", "von Hohenberg", "zu Stolberg", "Le Blanc",
                 "St. Clair", "de Souza", "van Houten", "ter Horst", "Mac an tSaoi", "di Stefano",
                 "La Fontaine", "Abu-Bakr", "Van Buren", "De Luca", "dela Paz"]

PET_NAMES = ["Biscuit", "Luna", "Max", "Bella", "Milo", "Pepper", "Rocky", "Daisy", "Oreo",
             "Tucker", "Ziggy", "Mochi", "Waffles", "Duke", "Coco", "Pickles", "Bandit", "Sadie",
             "Winston", "Nala", "Gizmo", "Peanut", "Rosie", "Chester"]

BRAND_PEOPLE = ["Ben & Jerry's", "Jack Daniel's", "Johnson & Johnson", "Marie Callender's",
                "Trader Joe's", "Tim Hortons", "Wendy's", "Dr. Martens", "Harley-Davidson",
                "Ralph Lauren", "Dolce & Gabbana", "Müller & Söhne GmbH", "Procter & Gamble",
                "Mrs. Meyer's", "Hewlett-Packard", "Ferragamo", "Calvin Klein", "Tommy Hilfiger",
                "Martha's Kitchen", "Alexa", "Siri", "Cortana", "Jarvis"]

DRUGS = ["lisinopril", "metformin", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin",
         "sertraline", "furosemide", "warfarin", "apixaban", "insulin glargine", "albuterol",
         "prednisone", "tramadol", "oxycodone", "hydrocodone/APAP", "alprazolam", "lorazepam",
         "zolpidem", "buprenorphine/naloxone", "methylphenidate", "morphine sulfate ER",
         "tamsulosin", "donepezil", "carvedilol", "pantoprazole", "montelukast", "clonazepam",
         "haloperidol", "ondansetron", "senna", "docusate", "metoprolol tartrate", "losartan"]

ICD10 = ["E11.9", "I10", "J44.1", "M54.5", "Z51.11", "C34.90", "G30.9", "I50.22", "N18.4",
         "F41.1", "S83.511A", "M25.561", "E78.5", "J18.9", "L89.154", "C50.911", "G20",
         "I63.9", "R26.81", "Z79.4", "F11.20", "K21.9", "M17.11", "N39.0"]
CPT = ["99213", "99214", "99215", "85025", "80053", "83036", "36415", "97110", "97140",
       "93000", "71046", "99204", "80061", "84443", "87086", "G0180", "99349", "97161"]
LOINC = ["4548-4", "2345-7", "57021-8", "24323-8", "2093-3", "718-7", "2160-0", "3016-3",
         "5902-2", "6301-6", "1920-8", "2951-2"]

def _parse_cities(raw: str):
    out = []
    for line in raw.split("\n"):
        toks = line.split()
        cur = []
        for t in toks:
            if "|" in t:
                name, st = t.split("|")
                cur.append(name)
                out.append((" ".join(cur), st))
                cur = []
            else:
                cur.append(t)
    return out


US_CITIES = _parse_cities("""New York|NY Los Angeles|CA Chicago|IL Houston|TX Phoenix|AZ Philadelphia|PA
San Antonio|TX San Diego|CA Dallas|TX San Jose|CA Austin|TX Jacksonville|FL Fort Worth|TX
Columbus|OH Charlotte|NC Indianapolis|IN San Francisco|CA Seattle|WA Denver|CO Nashville|TN
Oklahoma City|OK El Paso|TX Boston|MA Portland|OR Las Vegas|NV Detroit|MI Memphis|TN
Louisville|KY Baltimore|MD Milwaukee|WI Albuquerque|NM Tucson|AZ Fresno|CA Sacramento|CA
Mesa|AZ Kansas City|MO Atlanta|GA Omaha|NE Colorado Springs|CO Raleigh|NC Long Beach|CA
Virginia Beach|VA Miami|FL Oakland|CA Minneapolis|MN Tulsa|OK Bakersfield|CA Wichita|KS
Arlington|TX Aurora|CO Tampa|FL New Orleans|LA Cleveland|OH Honolulu|HI Anaheim|CA
Lexington|KY Stockton|CA Henderson|NV Saint Paul|MN Cincinnati|OH Pittsburgh|PA
Greensboro|NC Anchorage|AK Plano|TX Lincoln|NE Orlando|FL Irvine|CA Newark|NJ Durham|NC
Chula Vista|CA Toledo|OH Fort Wayne|IN St. Petersburg|FL Laredo|TX Jersey City|NJ
Chandler|AZ Madison|WI Lubbock|TX Scottsdale|AZ Reno|NV Buffalo|NY Gilbert|AZ Glendale|AZ
Winston-Salem|NC Chesapeake|VA Norfolk|VA Fremont|CA Garland|TX Irving|TX Hialeah|FL
Richmond|VA Boise|ID Spokane|WA Baton Rouge|LA Tacoma|WA San Bernardino|CA Modesto|CA
Des Moines|IA Fayetteville|NC Birmingham|AL Oxnard|CA Rochester|NY Port St. Lucie|FL
Grand Rapids|MI Huntsville|AL Salt Lake City|UT Frisco|TX Yonkers|NY Amarillo|TX
Huntington Beach|CA McKinney|TX Montgomery|AL Augusta|GA Akron|OH Little Rock|AR Tempe|AZ
Overland Park|KS Tallahassee|FL Cape Coral|FL Mobile|AL Knoxville|TN Shreveport|LA
Worcester|MA Vancouver|WA Sioux Falls|SD Chattanooga|TN Brownsville|TX Fort Lauderdale|FL
Providence|RI Newport News|VA Rancho Cucamonga|CA Santa Rosa|CA Peoria|IL Oceanside|CA
Elk Grove|CA Salem|OR Eugene|OR Cary|NC Fort Collins|CO Springfield|MO Jackson|MS
Alexandria|VA Hayward|CA Clarksville|TN Lakewood|CO Lancaster|PA Salinas|CA Palmdale|CA
Springfield|MA Macon|GA Sunnyvale|CA Pomona|CA Killeen|TX Escondido|CA Naperville|IL
Bellevue|WA Joliet|IL Murfreesboro|TN Midland|TX Rockford|IL Paterson|NJ Savannah|GA
Bridgeport|CT Torrance|CA McAllen|TX Syracuse|NY Denton|TX Roseville|CA Thornton|CO
Pasadena|CA Olathe|KS Dayton|OH Waco|TX Charleston|SC Visalia|CA Hampton|VA Gainesville|FL
Warren|MI Cedar Rapids|IA Round Rock|TX Kent|WA Columbia|SC Santa Clara|CA New Haven|CT
Stamford|CT Elizabeth|NJ Athens|GA Lafayette|LA Topeka|KS Norman|OK Fargo|ND Wilmington|NC
Abilene|TX Odessa|TX Pearland|TX Hartford|CT Allentown|PA Berkeley|CA Ann Arbor|MI
Rochester|MN Cambridge|MA Sugar Land|TX Lansing|MI Evansville|IN College Station|TX
Clearwater|FL Beaumont|TX Independence|MO Provo|UT Carlsbad|CA Charleston|WV Temecula|CA
Springfield|IL Meridian|ID Costa Mesa|CA High Point|NC Manchester|NH Pueblo|CO Lakeland|FL
West Palm Beach|FL Everett|WA Burbank|CA Billings|MT Burlington|VT Portland|ME Missoula|MT
Duluth|MN Bozeman|MT Flagstaff|AZ Juneau|AK Cheyenne|WY Dover|DE Bismarck|ND Santa Fe|NM
Asheville|NC Ithaca|NY Bend|OR Boulder|CO Galveston|TX Key West|FL Taos|NM Burlington|NC
Wilmington|DE Concord|NH Biloxi|MS Hattiesburg|MS Pensacola|FL Dubuque|IA Green Bay|WI""")

STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming"}
ZIP_FIRST = {}
for _d, _sts in {"0": "CT MA ME NH NJ RI VT", "1": "DE NY PA", "2": "MD NC SC VA WV",
                 "3": "AL FL GA MS TN", "4": "IN KY MI OH", "5": "IA MN MT ND SD WI",
                 "6": "IL KS MO NE", "7": "AR LA OK TX", "8": "AZ CO ID NM NV UT WY",
                 "9": "AK CA HI OR WA"}.items():
    for _s in _sts.split():
        ZIP_FIRST[_s] = _d

STREET_NAMES = """Maple Oak Pine Cedar Elm Birch Walnut Chestnut Willow Aspen Magnolia Sycamore
Hickory Spruce Juniper Main Church Market Mill Park Lake River Ridge Hill Valley Meadow Forest
Spring Sunset Highland Orchard Prospect Franklin Lincoln Jefferson Madison Washington Adams
Monroe Grant Harrison Lafayette Kennedy Roosevelt Hamilton Chapel Bridge Harbor Bay Canyon Mesa
Prairie Granite Quarry Railroad Depot Union Liberty Commerce Industrial College University
School Academy Garden Vine Laurel Holly Ivy Poplar Cypress Dogwood Redwood Sequoia Alder Beech
Cottonwood Locust Mulberry Peach Cherry Apple Plum Hawthorne Woodland Fairview Greenway
Riverside Lakeview Hillcrest Brookside Stonegate Deer Creek Eagle Falcon Heron Cardinal Bluebird
Wren Sparrow Quail Pheasant Foxglove Clover Thistle Heather Sagebrush Mesquite Palo Verde
Saguaro Ocotillo Kiowa Cherokee Seminole Pawnee Shoshone Ute Tamarack Larch Buckeye Sassafras""".split()
STREET_SUFFIX = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Drive",
                 "Dr", "Lane", "Ln", "Court", "Ct", "Place", "Pl", "Way", "Terrace", "Circle",
                 "Cir", "Parkway", "Pkwy", "Trail", "Loop", "Pike", "Row"]
UNITS = ["Apt {n}", "Apt. {n}", "Unit {n}", "Suite {n}", "Ste {n}", "Ste. {n}", "#{n}",
         "Apartment {n}", "Fl {f}", "Bldg {L}, Apt {n}", "Rm {n}", "Lot {n}"]

INTL = {
    "DE": dict(country="Germany", local="Deutschland",
               cities=["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart",
                       "Düsseldorf", "Leipzig", "Dresden", "Hannover", "Nürnberg", "Bremen",
                       "Freiburg im Breisgau", "Heidelberg", "Münster"],
               streets=["Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Gartenweg",
                        "Schillerstraße", "Goethestraße", "Bergstraße", "Friedrichstraße",
                        "Kastanienallee", "Rosenweg", "Mühlenweg", "Am Markt", "Schulstraße",
                        "Ringstraße", "Birkenweg", "Kirchplatz"]),
    "FR": dict(country="France", local="France",
               cities=["Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg",
                       "Montpellier", "Bordeaux", "Lille", "Rennes", "Grenoble", "Dijon"],
               streets=["rue de la République", "avenue Victor Hugo", "boulevard Saint-Michel",
                        "rue des Lilas", "place du Marché", "impasse des Tilleuls",
                        "chemin des Vignes", "rue Nationale", "allée des Peupliers",
                        "quai de la Loire", "rue du Faubourg Saint-Antoine"]),
    "ES": dict(country="Spain", local="España",
               cities=["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga",
                       "Bilbao", "Granada", "Alicante", "Salamanca", "Valladolid"],
               streets=["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución",
                        "Paseo de Gracia", "Calle Real", "Calle del Carmen", "Gran Vía",
                        "Calle de la Paz", "Avenida de América", "Calle San Vicente"]),
    "IT": dict(country="Italy", local="Italia",
               cities=["Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Genova",
                       "Verona", "Padova", "Bari", "Palermo"],
               streets=["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante",
                        "Viale Europa", "Via Mazzini", "Via del Corso", "Piazza Cavour",
                        "Via XX Settembre"]),
    "NL": dict(country="Netherlands", local="Nederland",
               cities=["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven",
                       "Groningen", "Leiden", "Haarlem", "Maastricht"],
               streets=["Keizersgracht", "Prinsengracht", "Dorpsstraat", "Kerkstraat",
                        "Molenweg", "Stationsplein", "Herengracht", "Oudegracht"]),
    "GB": dict(country="United Kingdom", local="UK",
               cities=["London", "Manchester", "Bristol", "Leeds", "Glasgow", "Edinburgh",
                       "Liverpool", "Cardiff", "Sheffield", "Nottingham", "Brighton", "York"],
               streets=["High Street", "Station Road", "Church Lane", "Victoria Road",
                        "Mill Lane", "Queen's Road", "Baker Street", "King Street",
                        "Albert Road", "The Crescent", "Park Avenue"]),
    "IE": dict(country="Ireland", local="Ireland",
               cities=["Dublin", "Cork", "Galway", "Limerick", "Waterford"],
               streets=["Main Street", "O'Connell Street", "Patrick Street", "Shop Street",
                        "Harcourt Road", "Strand Road"]),
    "IN": dict(country="India", local="India",
               cities=["Mumbai", "Bengaluru", "New Delhi", "Chennai", "Hyderabad", "Pune",
                       "Kolkata", "Ahmedabad", "Kochi", "Jaipur"],
               streets=["MG Road", "4th Cross Road", "Linking Road", "Anna Salai",
                        "Park Street", "Residency Road", "Nehru Marg"]),
    "AU": dict(country="Australia", local="Australia",
               cities=["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart",
                       "Canberra"],
               streets=["George Street", "Collins Street", "Queen Street", "Hay Street",
                        "Rundle Mall", "Smith Street", "Beach Road"]),
    "CA": dict(country="Canada", local="Canada",
               cities=["Toronto", "Vancouver", "Montréal", "Calgary", "Ottawa", "Halifax",
                       "Winnipeg", "Québec City"],
               streets=["Queen St W", "Rue Sherbrooke O", "Robson Street", "Yonge Street",
                        "Jasper Avenue", "Spring Garden Road"]),
}
OTHER_PLACES = [("Mexico City", "Mexico"), ("São Paulo", "Brazil"), ("Buenos Aires", "Argentina"),
                ("Tokyo", "Japan"), ("Osaka", "Japan"), ("Seoul", "South Korea"),
                ("Singapore", "Singapore"), ("Lagos", "Nigeria"), ("Nairobi", "Kenya"),
                ("Cape Town", "South Africa"), ("Cairo", "Egypt"), ("Dubai", "United Arab Emirates"),
                ("Istanbul", "Turkey"), ("Athens", "Greece"), ("Lisbon", "Portugal"),
                ("Porto", "Portugal"), ("Warsaw", "Poland"), ("Kraków", "Poland"),
                ("Stockholm", "Sweden"), ("Copenhagen", "Denmark"), ("Oslo", "Norway"),
                ("Helsinki", "Finland"), ("Vienna", "Austria"), ("Zürich", "Switzerland"),
                ("Geneva", "Switzerland"), ("Brussels", "Belgium"), ("Antwerp", "Belgium"),
                ("Manila", "Philippines"), ("Hanoi", "Vietnam"), ("Bogotá", "Colombia"),
                ("Lima", "Peru"), ("Santiago", "Chile"), ("Accra", "Ghana"), ("Reykjavík", "Iceland"),
                ("Auckland", "New Zealand"), ("Tel Aviv", "Israel"), ("Amman", "Jordan")]

AREA_CODES = """201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228
229 231 234 239 240 248 251 252 253 254 256 260 262 267 269 270 276 281 301 302 303 304 305
307 308 309 310 312 313 314 315 316 317 318 319 320 321 323 325 330 334 336 337 339 347 351
352 360 361 386 401 402 404 405 406 407 408 409 410 412 413 414 415 417 419 423 424 425 430
432 434 435 440 443 458 469 470 475 478 479 480 484 501 502 503 504 505 507 508 509 510 512
513 515 516 517 518 520 530 540 541 551 559 561 562 563 567 570 571 573 574 575 580 585 586
601 602 603 605 606 607 608 609 610 612 614 615 616 617 618 619 620 623 626 630 631 636 641
646 650 651 657 660 661 662 678 682 701 702 703 704 706 707 708 712 713 714 715 716 717 718
719 720 724 727 731 732 734 737 740 754 757 760 762 763 765 770 772 773 774 775 779 781 785
786 801 802 803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847
848 850 856 857 858 859 860 862 863 864 865 870 872 878 901 903 904 906 907 908 909 910 912
913 914 915 916 917 918 919 920 925 928 929 931 936 937 940 941 947 949 951 952 954 956 959
970 971 972 973 978 979 980 984 985 989""".split()

CO_WORDS = """Apex Northwind Brightline Cobalt Meridian Ironwood Silverleaf Keystone Lumen Vertex
Halcyon Bluewater Evergreen Redstone Clearpath Quantum Beacon Tidewater Sterling Crescent Pioneer
Horizon Trident Stonebridge Everstone Truepoint Ridgeline Northstar Bluepeak Pinnacle Cornerstone
Landmark Heritage Premier Sentinel Frontier Atlas Orion Helix Vantage Catalyst Nimbus Kestrel
Copperline Riverstone Blueshift Foxtail Lodestar Wayfinder Highmark Greystone Larkspur Tallgrass
Ashgrove Emberly Brightwater Solace Verity Amberleaf Quillon Saltbox Thornbury Windrose""".split()
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                 "proton.me", "aol.com", "gmx.de", "web.de", "orange.fr", "free.fr", "libero.it",
                 "yahoo.co.uk", "btinternet.com", "rediffmail.com", "comcast.net", "me.com",
                 "fastmail.com", "hey.com", "live.com", "t-online.de", "telefonica.net",
                 "bigpond.com", "shaw.ca", "mail.ru", "zoho.com", "ymail.com", "att.net"]
TLDS = ["com", "com", "com", "net", "org", "io", "co", "health", "us", "de", "fr", "co.uk", "app"]
BANKS_US = ["Chase", "Citibank", "PNC Bank", "Truist", "Ally Bank", "U.S. Bank", "Capital One",
            "Fifth Third Bank", "KeyBank", "Regions Bank", "Navy Federal Credit Union",
            "Huntington Bank", "TD Bank", "Citizens Bank", "M&T Bank", "First Horizon"]
BANKS_EU = ["Deutsche Bank", "Commerzbank", "Sparkasse", "BNP Paribas", "Crédit Agricole",
            "Société Générale", "Santander", "BBVA", "CaixaBank", "UniCredit", "Intesa Sanpaolo",
            "ING", "Rabobank", "ABN AMRO", "Barclays", "HSBC", "Lloyds Bank", "Revolut", "N26",
            "Bank of Ireland", "KBC", "Erste Bank", "Nordea", "Monzo"]
HEALTH_PLANS = ["Aetna", "Cigna", "Humana", "UnitedHealthcare", "Kaiser Permanente",
                "Anthem Blue Cross", "Highmark", "Oscar Health", "Molina Healthcare",
                "Ambetter", "Medicare Part B", "Medicaid Managed Care", "Tricare",
                "Blue Shield PPO", "Harvard Pilgrim", "Priority Health", "EmblemHealth"]
PHARMACIES = ["CVS Pharmacy #{n}", "Walgreens #{n}", "Rite Aid #{n}", "Kroger Pharmacy #{n}",
              "Costco Pharmacy #{n}", "Walmart Pharmacy 10-{n}", "Publix Pharmacy #{n}",
              "H-E-B Pharmacy #{n}", "Safeway Pharmacy #{n}"]
PW_WORDS = """marigold falcon thunder pepper violet harbor copper lantern maple summit orbit cobalt
ember willow meadow quartz saffron tundra zephyr juniper plinth otter gravy nimbus pebble cactus
walrus banjo mango velvet cinder rocket lemon tiger puffin raven canyon glacier sprocket
dynamo pixel kettle tulip""".split()

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = ALNUM + "+/"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
WEEKDAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]

RELATIVE = ["tomorrow", "tomorrow morning", "yesterday afternoon", "next week", "in 3 days",
            "two weeks ago", "later today", "end of next month", "last Friday", "this weekend",
            "in about an hour", "the day after tomorrow", "next Tuesday", "earlier this week"]
DURATIONS = ["45 minutes", "3 days", "2h 15m", "18 months", "90 days", "6 weeks", "72 hours",
             "30 seconds", "1.5 hours", "10 business days", "two weeks", "60-day"]


# ----------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"@\{(\w+)\}")
HN = "__hard_negative__"      # pseudo-type: text recorded as a deliberate hard negative (never exported)


class Builder:
    """Append-only text builder that records entity spans as they are appended."""

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[dict] = []
        self.hard: list[tuple[int, int]] = []

    def __len__(self):
        return self.n

    def add(self, s: str):
        if s:
            self.parts.append(s)
            self.n += len(s)
        return self

    def ent(self, s: str, typ: str | None):
        if typ is None:
            return self.add(s)
        if typ == HN:
            self.hard.append((self.n, self.n + len(s)))
            return self.add(s)
        if typ not in TYPES:
            raise ValueError(typ)
        if not s or s != s.strip():
            raise ValueError(f"bad entity value {s!r}")
        self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        return self.add(s)

    def put(self, v):
        """str -> plain text; (value, TYPE) -> entity; list -> each element."""
        if v is None:
            return self
        if isinstance(v, str):
            return self.add(v)
        if isinstance(v, tuple):
            return self.ent(v[0], v[1])
        if isinstance(v, list):
            for x in v:
                self.put(x)
            return self
        raise TypeError(type(v))

    def f(self, tpl: str, **kw):
        pos = 0
        for m in PLACEHOLDER.finditer(tpl):
            self.add(tpl[pos:m.start()])
            self.put(kw[m.group(1)])
            pos = m.end()
        self.add(tpl[pos:])
        return self

    def mark(self):
        return (len(self.parts), self.n, len(self.ents), len(self.hard))

    def rollback(self, m):
        del self.parts[m[0]:]
        self.n = m[1]
        del self.ents[m[2]:]
        del self.hard[m[3]:]

    def text(self):
        return "".join(self.parts)


def grow(b: Builder, fn, target: int, limit: int = SOFT_MAX, max_items: int = 60):
    """Call fn() repeatedly until len(b) >= target; undo an item that crosses limit."""
    for _ in range(max_items):
        if len(b) >= target:
            break
        m = b.mark()
        fn()
        if len(b) > limit:
            b.rollback(m)
            break


def plain(v) -> str:
    """Text of a rich value (for building strings that are NOT labelled, e.g. e-mails)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, tuple):
        return v[0]
    return "".join(plain(x) for x in v)


# ----------------------------------------------------------------------------
# check-digit helpers
# ----------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    if len(ds) < 12:
        return False
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(partial: str) -> str:
    for c in DIG:
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, sr = d[:3], d[3:5], d[5:]
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and sr != "0000"


def aba_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def b64u(bs: bytes) -> str:
    return base64.urlsafe_b64encode(bs).rstrip(b"=").decode()


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ı", "i").replace("ł", "l")


# ----------------------------------------------------------------------------
# people, addresses
# ----------------------------------------------------------------------------
class Person:
    def __init__(self, first, last, mi=None, g="f"):
        self.first, self.last, self.mi, self.g = first, last, mi, g

    def fl(self):
        return f"{self.first} {self.last}"

    def fml(self):
        return f"{self.first} {self.mi}. {self.last}" if self.mi else self.fl()

    def lf(self, mi=False):
        s = f"{self.last}, {self.first}"
        return s + (f" {self.mi}." if (mi and self.mi) else "")

    def render(self, style):
        return {
            "fl": self.fl, "fml": self.fml, "lf": self.lf,
            "lfm": lambda: self.lf(True),
            "FL": lambda: self.fl().upper(), "FML": lambda: self.fml().upper(),
            "LF": lambda: self.lf().upper(), "LFM": lambda: self.lf(True).upper(),
            "first": lambda: self.first, "last": lambda: self.last,
            "lower": lambda: self.fl().lower(),
        }[style]()

    def title(self, r):
        return r.choice(["Mr.", "Mr."] if self.g == "m" else ["Ms.", "Mrs.", "Ms."])


class Addr:
    def __init__(self, street, unit, city, st, zip_):
        self.street, self.unit, self.city, self.st, self.zip = street, unit, city, st, zip_

    def line1(self, sep=", "):
        return self.street + (sep + self.unit if self.unit else "")

    def citystzip(self):
        return f"{self.city}, {self.st} {self.zip}"

    def oneline(self):
        return f"{self.line1()}, {self.citystzip()}"

    def block(self):
        return f"{self.line1(' ')}\n{self.citystzip()}"

    def any(self, r):
        return self.block() if r.random() < 0.3 else self.oneline()


# ----------------------------------------------------------------------------
# fake value factory
# ----------------------------------------------------------------------------
class F:
    def __init__(self, r: random.Random):
        self.r = r
        # most dates in one document share a style; the rest vary
        self.pref_date = r.choice(["iso", "us", "us", "us_short", "us2", "eu_dot", "eu_slash", "long", "long",
                                   "long_wd", "abbr", "dmy", "dmy_wd", "ordinal", "dmon"])

    # -- basics ------------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n, lead_nonzero=True):
        s = "".join(self.r.choice(DIG) for _ in range(n))
        if lead_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def nonluhn_digits(self, n):
        body = self.digits(n - 1)
        good = luhn_digit(body)
        return body + self.ch([c for c in DIG if c != good])

    def chars(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def p(self, x):
        return self.r.random() < x

    # -- people ------------------------------------------------------------
    def surname(self):
        r = self.r
        x = r.random()
        if x < 0.12:
            return r.choice(SURNAME_MULTI)
        if x < 0.19:
            a, b = r.choice(SURNAMES), r.choice(SURNAMES)
            if a != b:
                return f"{a}-{b}"
        return r.choice(SURNAMES)

    def person(self, last=None, g=None):
        r = self.r
        g = g or r.choice("fm")
        first = r.choice(FIRST_F if g == "f" else FIRST_M)
        mi = r.choice(UPPER.replace("Q", "").replace("X", "")) if r.random() < 0.35 else None
        return Person(first, last or self.surname(), mi, g)

    def pname(self, p: Person, styles=("fl", "fl", "fl", "fml", "lf", "FL", "LF", "lfm")):
        return p.render(self.r.choice(styles))

    def pet(self):
        return self.r.choice(PET_NAMES)

    # -- contact -----------------------------------------------------------
    def email(self, p: Person | None = None, domain=None):
        r = self.r
        p = p or self.person()
        fst = re.sub(r"[^a-z0-9]", "", ascii_fold(p.first).lower()) or "user"
        lst = re.sub(r"[^a-z0-9]", "", ascii_fold(p.last).lower()) or "mail"
        local = r.choice([f"{fst}.{lst}", f"{fst[0]}{lst}", f"{fst}{lst[0]}", f"{fst}_{lst}",
                          f"{fst}.{lst}{r.randint(1, 99)}", f"{lst}.{fst}", f"{fst}{r.randint(70, 2005)}",
                          f"{fst[0]}.{lst}"])
        return f"{local}@{domain or r.choice(EMAIL_DOMAINS)}"

    def role_email(self, domain):
        return f"{self.ch(['support', 'billing', 'intake', 'claims', 'noreply', 'records', 'hr', 'ops', 'disputes', 'leasing', 'benefits', 'security'])}@{domain}"

    def domain(self, word=None):
        w = (word or self.ch(CO_WORDS)).lower()
        return f"{w}{self.ch(['', '', '-' + self.ch(['health', 'pay', 'care', 'group', 'labs', 'law', 'homes', 'cloud']), 'hq'])}.{self.ch(TLDS)}"

    def company(self, kind="gen"):
        w = self.ch(CO_WORDS)
        suf = {
            "care": ["Home Health", "Home Care Services", "Visiting Nurses", "Hospice & Palliative Care",
                     "Community Health"],
            "prop": ["Property Management", "Residential", "Apartments", "Realty Group", "Living"],
            "law": ["Legal Group LLP", "Law PLLC", "Trial Lawyers", "Legal Services"],
            "gen": ["Logistics Inc.", "Systems LLC", "Holdings", "Manufacturing Co.", "Analytics",
                    "Staffing Group", "Freight Lines", "Foods Inc.", "Technologies", "Labs",
                    "Outfitters", "Software GmbH", "Robotics", "Supply Co."],
        }[kind]
        return f"{w} {self.ch(suf)}"

    def phone_us(self, style=None, tollfree=False):
        r = self.r
        ac = r.choice(["800", "888", "877", "866", "855", "844"]) if tollfree else r.choice(AREA_CODES)
        ex = r.choice("23456789") + r.choice(DIG) + r.choice(DIG)
        if ex[1:] == "11":
            ex = ex[0] + "21"
        ln = self.digits(4, False)
        style = style if style is not None else r.randrange(9)
        return [f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"+1 {ac} {ex} {ln}",
                f"+1-{ac}-{ex}-{ln}", f"{ac}{ex}{ln}", f"1-{ac}-{ex}-{ln}", f"({ac}) {ex}-{ln}",
                f"+1 ({ac}) {ex}-{ln}"][style % 9]

    def phone_intl(self, cc=None):
        r = self.r
        d = self.digits
        cc = cc or r.choice(["44", "49", "33", "91", "61", "34", "39", "31", "353", "81", "52",
                             "41", "43", "55", "234", "254", "27", "65", "971"])
        opts = {
            "44": [f"+44 20 {d(4)} {d(4, False)}", f"+44 7{d(3)} {d(6, False)}", f"07{d(3)} {d(6, False)}",
                   f"+44 (0)161 {d(3)} {d(4, False)}", f"+447{d(9, False)}"],
            "49": [f"+49 30 {d(8)}", f"+49 151 {d(8)}", f"030 {d(4)} {d(4, False)}",
                   f"+49 (0)89 {d(3)} {d(4, False)}", f"+49-40-{d(7)}"],
            "33": [f"+33 1 {d(2)} {d(2, False)} {d(2, False)} {d(2, False)}",
                   f"+33 6 {d(2)} {d(2, False)} {d(2, False)} {d(2, False)}",
                   f"06 {d(2)} {d(2, False)} {d(2, False)} {d(2, False)}",
                   f"+33 (0)4 {d(2)} {d(2, False)} {d(2, False)} {d(2, False)}"],
            "34": [f"+34 6{d(2)} {d(3)} {d(3, False)}", f"+34 91 {d(3)} {d(2)} {d(2, False)}",
                   f"6{d(2)} {d(3)} {d(3, False)}"],
            "39": [f"+39 02 {d(4)} {d(4, False)}", f"+39 3{d(2)} {d(3)} {d(4, False)}",
                   f"+39 06 {d(8)}"],
            "31": [f"+31 20 {d(3)} {d(4, False)}", f"+31 6 {d(8)}", f"06-{d(8)}"],
            "91": [f"+91 9{d(4)} {d(5, False)}", f"+91-80-{d(4)}-{d(4, False)}", f"+91 22 {d(4)} {d(4, False)}",
                   f"09{d(3)}{d(6, False)}"],
            "61": [f"+61 2 {d(4)} {d(4, False)}", f"+61 4{d(2)} {d(3)} {d(3, False)}",
                   f"(03) {d(4)} {d(4, False)}", f"04{d(2)} {d(3)} {d(3, False)}"],
            "353": [f"+353 1 {d(3)} {d(4, False)}", f"+353 87 {d(3)} {d(4, False)}"],
            "81": [f"+81 3-{d(4)}-{d(4, False)}", f"+81 90-{d(4)}-{d(4, False)}"],
            "52": [f"+52 55 {d(4)} {d(4, False)}", f"+52 1 33 {d(4)} {d(4, False)}"],
            "41": [f"+41 44 {d(3)} {d(2)} {d(2, False)}", f"+41 79 {d(3)} {d(2)} {d(2, False)}"],
            "43": [f"+43 1 {d(3)} {d(4, False)}", f"+43 664 {d(7)}"],
            "55": [f"+55 11 9{d(4)}-{d(4, False)}", f"+55 21 {d(4)}-{d(4, False)}"],
            "234": [f"+234 803 {d(3)} {d(4, False)}", f"+234 1 {d(3)} {d(4, False)}"],
            "254": [f"+254 7{d(2)} {d(6, False)}", f"+254 20 {d(7)}"],
            "27": [f"+27 21 {d(3)} {d(4, False)}", f"+27 82 {d(3)} {d(4, False)}"],
            "65": [f"+65 6{d(3)} {d(4, False)}", f"+65 9{d(3)} {d(4, False)}"],
            "971": [f"+971 50 {d(3)} {d(4, False)}", f"+971 4 {d(3)} {d(4, False)}"],
        }
        return r.choice(opts[cc])

    def phone(self, intl_p=0.25):
        return self.phone_intl() if self.p(intl_p) else self.phone_us()

    # -- places ------------------------------------------------------------
    def us_city(self):
        return self.ch(US_CITIES)

    def zip(self, st):
        z = ZIP_FIRST.get(st, "9") + self.digits(4, False)
        return z + ("-" + self.digits(4, False) if self.p(0.1) else "")

    def street(self):
        r = self.r
        num = str(r.randint(1, 99999) if r.random() < 0.7 else r.randint(1, 999))
        pre = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "West "])
        name = r.choice(STREET_NAMES)
        if r.random() < 0.15:
            name = r.choice(["1st", "2nd", "3rd", "4th", "5th", "7th", "12th", "21st", "42nd", "103rd"])
        return f"{num} {pre}{name} {r.choice(STREET_SUFFIX)}"

    def unit(self):
        r = self.r
        t = r.choice(UNITS)
        n = r.choice([str(r.randint(1, 40)) + r.choice("ABCDEF"), str(r.randint(100, 2400)),
                      str(r.randint(1, 30)), r.choice("ABCDEFGH") + str(r.randint(1, 20))])
        return t.format(n=n, f=r.randint(2, 30), L=r.choice("ABCDEFGH"))

    def us_addr(self, unit_p=0.3, city=None):
        c, st = city or self.us_city()
        return Addr(self.street(), self.unit() if self.p(unit_p) else None, c, st, self.zip(st))

    def po_box(self):
        c, st = self.us_city()
        return f"P.O. Box {self.r.randint(100, 99999)}, {c}, {st} {self.zip(st)}", (c, st)

    def intl_city(self, cc=None):
        cc = cc or self.ch(list(INTL))
        return self.ch(INTL[cc]["cities"]), INTL[cc]["country"], cc

    def intl_addr(self, cc=None, multiline=None, country=None):
        """Returns (address string, city)."""
        r = self.r
        cc = cc or r.choice(list(INTL))
        spec = INTL[cc]
        city = r.choice(spec["cities"])
        st = r.choice(spec["streets"])
        n = str(r.randint(1, 180))
        ml = self.p(0.4) if multiline is None else multiline
        sep = "\n" if ml else ", "
        ctry = (sep + (spec["local"] if r.random() < 0.5 else spec["country"])) if (country if country is not None else self.p(0.35)) else ""
        if cc == "DE":
            s = f"{st} {n}{r.choice(['', '', 'a', 'b'])}{sep}{self.digits(5)} {city}"
        elif cc == "FR":
            extra = r.choice(["", "", f"Bât. {r.choice('ABC')}, ", f"Appt {r.randint(1, 60)}, "])
            s = f"{extra}{n} {st}{sep}{self.digits(5)} {city}"
        elif cc == "ES":
            s = f"{st} {n}, {r.randint(1, 9)}º {r.choice('ABCDI')}{sep}{self.digits(5)} {city}"
        elif cc == "IT":
            s = f"{st} {n}{sep}{self.digits(5)} {city}"
        elif cc == "NL":
            s = f"{st} {n}{r.choice(['', '-1', '-2', 'A', '-III'])}{sep}{self.digits(4)} {self.chars(2, UPPER)} {city}"
        elif cc == "GB":
            pc = f"{self.chars(r.choice([1, 2]), UPPER)}{r.randint(1, 20)} {r.randint(1, 9)}{self.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
            flat = r.choice(["", "", f"Flat {r.randint(1, 30)}, "])
            s = f"{flat}{n} {st}{sep}{city} {pc}"
        elif cc == "IE":
            s = f"{n} {st}{sep}{city}{r.choice(['', ' D0' + str(r.randint(1, 8))])}"
        elif cc == "IN":
            s = (f"Flat {r.randint(1, 20)}{r.choice('ABCD')}, {r.choice(['Sai Residency', 'Lotus Towers', 'Green Park Apartments', 'Shanti Nivas'])}, "
                 f"{st}{sep}{city} {self.digits(6)}")
        elif cc == "AU":
            s = f"{r.choice(['', 'Unit ' + str(r.randint(1, 40)) + ', '])}{n} {st}{sep}{city} {r.choice(['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'ACT'])} {self.digits(4)}"
        else:  # CA
            pc = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
            s = f"{n} {st}{sep}{city}, {r.choice(['ON', 'BC', 'QC', 'AB', 'NS', 'MB'])} {pc}"
        return s + ctry, city

    def place(self):
        """A (text, is-one-span) place: 'City, ST', 'City', 'City, Country', state name, country."""
        r = self.r
        x = r.random()
        if x < 0.35:
            c, st = self.us_city()
            return f"{c}, {st}"
        if x < 0.5:
            return self.us_city()[0]
        if x < 0.6:
            return STATE_NAMES[self.us_city()[1]]
        if x < 0.8:
            c, ctry, _ = self.intl_city()
            return f"{c}, {ctry}" if r.random() < 0.6 else c
        c, ctry = r.choice(OTHER_PLACES)
        return f"{c}, {ctry}" if r.random() < 0.5 else (c if r.random() < 0.6 else ctry)

    # -- dates -------------------------------------------------------------
    def date(self, y0=2020, y1=2026):
        a = _dt.date(y0, 1, 1).toordinal()
        b = _dt.date(y1, 12, 31).toordinal()
        return _dt.date.fromordinal(self.r.randint(a, b))

    def dob_date(self):
        return self.date(1931, 2007)

    def hm(self):
        r = self.r
        return r.randint(7, 19), r.choice([0, 0, 5, 10, 15, 20, 30, 30, 40, 45, 50])

    def fmt_date(self, d: _dt.date, style=None, lang="en", weekday=None):
        r = self.r
        if lang == "de":
            s = r.choice(["d.m", "dd.mm", "long"]) if style is None else style
            if s == "long":
                out = f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}"
            elif s == "d.m":
                out = f"{d.day}.{d.month}.{d.year}"
            else:
                out = f"{d.day:02d}.{d.month:02d}.{d.year}"
            if weekday or (weekday is None and r.random() < 0.2):
                out = f"{WEEKDAYS_DE[d.weekday()]}, {out}"
            return out
        if lang == "fr":
            s = r.choice(["long", "long", "num"]) if style is None else style
            day = "1er" if (d.day == 1 and r.random() < 0.5) else str(d.day)
            out = f"{day} {MONTHS_FR[d.month - 1]} {d.year}" if s == "long" else f"{d.day:02d}/{d.month:02d}/{d.year}"
            if weekday or (weekday is None and s == "long" and r.random() < 0.3):
                out = f"{WEEKDAYS_FR[d.weekday()]} {out}"
            return out
        if lang == "es":
            s = r.choice(["long", "long", "num"]) if style is None else style
            out = f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}" if s == "long" else f"{d.day:02d}/{d.month:02d}/{d.year}"
            if weekday or (weekday is None and s == "long" and r.random() < 0.3):
                out = f"{WEEKDAYS_ES[d.weekday()]} {out}"
            return out
        styles = ["iso", "us", "us", "us_short", "us2", "eu_dot", "eu_slash", "long", "long",
                  "long_wd", "abbr", "dmy", "dmy_wd", "ordinal", "dmon"]
        s = style or (self.pref_date if r.random() < 0.7 else r.choice(styles))
        M, Mo, W = MONTHS[d.month - 1], MONTHS[d.month - 1][:3], WEEKDAYS[d.weekday()]
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return {
            "iso": f"{d.isoformat()}",
            "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "us_short": f"{d.month}/{d.day}/{d.year}",
            "us2": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
            "eu_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "eu_slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "long": f"{M} {d.day}, {d.year}",
            "long_wd": f"{W}, {M} {d.day}, {d.year}",
            "abbr": f"{Mo} {d.day}, {d.year}",
            "dmy": f"{d.day} {M} {d.year}",
            "dmy_wd": f"{W[:3]} {d.day} {Mo} {d.year}",
            "ordinal": f"{M} {d.day}{suf}, {d.year}",
            "dmon": f"{d.day:02d}-{Mo}-{d.year}",
        }[s]

    def fmt_time(self, h, m, style=None, lang="en"):
        r = self.r
        if lang == "fr":
            return r.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h" if m == 0 else f"{h}h{m:02d}"])
        if lang in ("de", "es", "it", "pt"):
            return f"{h:02d}:{m:02d}" if r.random() < 0.7 else f"{h}:{m:02d}"
        s = style if style is not None else r.randrange(6)
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        return [f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d} {ap.lower()}", f"{h:02d}:{m:02d}",
                f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}", f"{h12:02d}:{m:02d} {ap}",
                f"{h12}:{m:02d}{ap}"][s % 6]

    def fmt_dt(self, d, h=None, m=None, lang="en", date_style=None, weekday=None):
        """Date and time written together -> ONE DATE_TIME value."""
        r = self.r
        if h is None:
            h, m = self.hm()
        ds = self.fmt_date(d, date_style, lang, weekday)
        ts = self.fmt_time(h, m, lang=lang)
        j = {"en": [" at ", ", ", " ", " @ "], "de": [" um ", ", "], "fr": [" à ", ", "],
             "es": [" a las ", ", "], "it": [" alle "], "pt": [" às "]}[lang]
        return f"{ds}{r.choice(j)}{ts}"

    def dob(self, style=None):
        d = self.dob_date()
        st = style or self.ch(["iso", "us", "us", "us_short", "eu_dot", "long", "abbr", "dmy", "dmon", "us2"])
        return self.fmt_date(d, st)

    # -- identifiers -------------------------------------------------------
    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        s = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        x = r.random()
        return s if x < 0.8 else (s.replace("-", " ") if x < 0.9 else s.replace("-", ""))

    def ssn_invalid(self):
        r = self.r
        a = r.choice(["000", "666", str(r.randint(900, 999))])
        return f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def ssn_masked(self):
        d = self.digits(4, False)
        return self.ch([f"***-**-{d}", f"XXX-XX-{d}", f"xxx-xx-{d}", f"•••-••-{d}", f"***-**-****"])

    def card(self):
        r = self.r
        kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            pre, n = "4" + self.digits(5, False), 16
        elif kind == "mc":
            pre, n = str(r.randint(51, 55)) + self.digits(4, False), 16
        elif kind == "mc2":
            pre, n = str(r.randint(2221, 2720)) + self.digits(2, False), 16
        elif kind == "amex":
            pre, n = r.choice(["34", "37"]) + self.digits(4, False), 15
        else:
            pre, n = "6011" + self.digits(2, False), 16
        body = pre + self.digits(n - 1 - len(pre), False)
        num = body + luhn_digit(body)
        st = r.randrange(4)
        if n == 15:
            g = [num[:4], num[4:10], num[10:]]
        else:
            g = [num[i:i + 4] for i in range(0, 16, 4)]
        if st == 0:
            return num, kind
        return (" " if st in (1, 2) else "-").join(g), kind

    def luhn_invalid16(self):
        body = self.r.choice("3456") + self.digits(14, False)
        good = luhn_digit(body)
        bad = self.ch([c for c in DIG if c != good])
        num = body + bad
        return num if self.p(0.5) else " ".join(num[i:i + 4] for i in range(0, 16, 4))

    def card_masked(self, last4=None):
        d = last4 or self.digits(4, False)
        return self.ch([f"**** **** **** {d}", f"XXXX-XXXX-XXXX-{d}", f"•••• {d}", f"ending in {d}",
                        f"************{d}", f"4{self.digits(5, False)}******{d}"])

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = cc or r.choice(["DE", "FR", "ES", "IT", "NL", "GB", "BE", "AT", "CH", "IE", "PT", "PL", "SE", "DE", "FR"])
        dd = lambda n: self.digits(n, False)
        if cc == "DE":
            bban = dd(18)
        elif cc == "FR":
            bank, branch, acc = dd(5), dd(5), dd(11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
            bban = f"{bank}{branch}{acc}{key:02d}"
        elif cc == "ES":
            bban = dd(20)
        elif cc == "IT":
            bban = r.choice(UPPER) + dd(22)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + dd(10)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + dd(14)
        elif cc == "BE":
            bban = dd(12)
        elif cc == "AT":
            bban = dd(16)
        elif cc == "CH":
            bban = dd(17)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS"]) + dd(14)
        elif cc == "PT":
            bban = dd(21)
        elif cc == "PL":
            bban = dd(24)
        else:
            bban = dd(20)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        s = f"{cc}{chk:02d}{bban}"
        g = self.p(0.55) if grouped is None else grouped
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if g else s

    def bic(self, cc=None):
        cc = cc or self.ch(["DE", "FR", "ES", "IT", "NL", "GB", "BE", "CH", "US"])
        return self.chars(4, UPPER) + cc + self.chars(2, UPPER + DIG) + (self.chars(3, UPPER + DIG) if self.p(0.5) else "")

    def routing(self):
        r = self.r
        while True:
            s = f"{r.choice([r.randint(1, 12), r.randint(21, 32)]):02d}" + self.digits(7, False)
            if aba_ok(s):
                return s

    def bank_acct(self):
        return self.digits(self.r.randint(8, 12), False)

    def cust_acct(self):
        r = self.r
        return r.choice([self.digits(10), f"{self.digits(4)}-{self.digits(4, False)}-{self.digits(2, False)}",
                         f"{self.chars(2, UPPER)}{self.digits(8)}", self.digits(12),
                         f"{self.digits(3)} {self.digits(3, False)} {self.digits(4, False)}"])

    def mrn(self):
        r = self.r
        return r.choice([self.digits(8, False), self.digits(7), f"E{self.digits(7)}",
                         f"{self.digits(3)}-{self.digits(2, False)}-{self.digits(2, False)}",
                         f"MR{self.digits(7)}", f"{self.digits(10, False)}", f"H{self.digits(6)}"])

    def mbi(self):
        A = "ACDEFGHJKMNPQRTUVWXY"
        AN = A + DIG
        r = self.r
        return (r.choice("123456789") + r.choice(A) + r.choice(AN) + r.choice(DIG) + r.choice(A)
                + r.choice(AN) + r.choice(DIG) + r.choice(A) + r.choice(A) + r.choice(DIG) + r.choice(DIG))

    def hpn(self):
        r = self.r
        x = r.random()
        if x < 0.2:
            m = self.mbi()
            return m if r.random() < 0.5 else f"{m[:4]}-{m[4:7]}-{m[7:]}"
        return r.choice([f"{self.chars(3, UPPER)}{self.digits(9, False)}", f"W{self.digits(9, False)}",
                         f"{self.digits(9)}-01", f"U{self.digits(8, False)}0{r.randint(1, 4)}",
                         f"{self.chars(2, UPPER)}{self.digits(7, False)}",
                         f"M{self.digits(10, False)}", f"{self.digits(11)}"])

    def group_no(self):
        return self.ch([self.digits(6), f"GRP-{self.digits(5)}", f"{self.digits(4)}-{self.chars(3, UPPER)}",
                        f"0{self.digits(6, False)}"])

    def dl(self, st=None):
        r = self.r
        st = st or r.choice(list(STATE_NAMES))
        fmt = {
            "CA": lambda: r.choice(UPPER) + self.digits(7, False),
            "NY": lambda: f"{self.digits(3)} {self.digits(3, False)} {self.digits(3, False)}",
            "FL": lambda: f"{r.choice(UPPER)}{self.digits(3)}-{self.digits(3, False)}-{self.digits(2, False)}-{self.digits(3, False)}-{r.randint(0, 9)}",
            "TX": lambda: self.digits(8),
            "IL": lambda: f"{r.choice(UPPER)}{self.digits(3)}-{self.digits(4, False)}-{self.digits(4, False)}",
            "WA": lambda: "WDL" + self.chars(9, UPPER + DIG),
            "PA": lambda: f"{self.digits(2)} {self.digits(3, False)} {self.digits(3, False)}",
            "MI": lambda: f"{r.choice(UPPER)} {self.digits(3)} {self.digits(3, False)} {self.digits(3, False)} {self.digits(3, False)}",
            "OH": lambda: self.chars(2, UPPER) + self.digits(6),
            "NJ": lambda: r.choice(UPPER) + self.digits(14, False),
        }.get(st, lambda: r.choice([r.choice(UPPER) + self.digits(8), self.digits(9), self.chars(2, UPPER) + self.digits(6)]))
        return fmt(), st

    def npi(self):
        body = self.r.choice("12") + self.digits(8, False)
        return body + luhn_digit("80840" + body)

    def uuid(self):
        h = self.chars(32, HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self, n=40):
        return self.chars(n, HEX)

    def version(self):
        r = self.r
        return self.ch([f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}",
                        f"v{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 15)}",
                        f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}-rc{r.randint(1, 5)}",
                        f"{r.randint(2019, 2025)}.{r.randint(1, 12)}.{r.randint(0, 9)}"])

    def ref(self, prefix):
        r = self.r
        return self.ch([f"{prefix}-{r.randint(2019, 2026)}-{self.digits(6, False)}", f"{prefix}{self.digits(8)}",
                        f"{prefix}-{self.digits(7)}", f"{self.digits(3)}-{self.digits(7, False)}"])

    def amount(self, lo=5, hi=5000, cur="$"):
        v = self.r.uniform(lo, hi)
        return f"{cur}{v:,.2f}"

    def vin(self):
        return self.chars(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    def plate(self):
        return self.ch([f"{self.digits(1)}{self.chars(3, UPPER)}{self.digits(3, False)}",
                        f"{self.chars(3, UPPER)}-{self.digits(4)}", f"{self.chars(2, UPPER)} {self.digits(2)} {self.chars(3, UPPER)}"])

    def tracking(self):
        return self.ch([f"1Z{self.chars(6, UPPER + DIG)}{self.digits(10, False)}", f"9400{self.digits(18, False)}"[:22],
                        f"TBA{self.digits(12)}", f"{self.chars(2, UPPER)}{self.digits(9)}US"])

    # -- network -----------------------------------------------------------
    def ipv4(self, private=None):
        r = self.r
        private = self.p(0.4) if private is None else private
        if private:
            return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        while True:
            s = f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if ipaddress.ip_address(s).is_global:
                return s

    def ipv6(self):
        r = self.r
        pre = r.choice(["2001:db8", "2a02:8108", "2600:1700", "2607:f8b0", "2a01:4f8", "fd12:3456"])
        groups = pre.split(":") + [f"{r.randint(0, 0xffff):x}" for _ in range(6)]
        if r.random() < 0.5:
            groups[3:6] = ["0", "0", "0"]
        return str(ipaddress.IPv6Address(":".join(groups)))

    def ip(self, v6_p=0.15):
        return self.ipv6() if self.p(v6_p) else self.ipv4()

    def url(self, host=None, path=True):
        r = self.r
        host = host or f"{r.choice(['www.', 'portal.', 'app.', 'my.', '', 'secure.', 'docs.'])}{self.domain()}"
        segs = r.sample(["account", "claims", "v2", "members", "enroll", "docs", "status", "billing",
                         "forms", "cases", "reports", "login", "help", "appeals", "upload", "track",
                         "download", "settings", "verify", "invoices"], r.randint(1, 3))
        u = f"{r.choice(['https', 'https', 'https', 'http'])}://{host}"
        if path:
            u += "/" + "/".join(segs)
            if r.random() < 0.35:
                u += f"/{self.digits(6)}"
            if r.random() < 0.35:
                u += f"?{r.choice(['ref', 'utm_source', 'lang', 'tab', 'session'])}={r.choice(['email', 'sms', 'en-US', 'summary', self.chars(8, LOWER + DIG)])}"
                if r.random() < 0.4:
                    u += f"&id={self.digits(5)}"
        return u

    # -- secrets -----------------------------------------------------------
    def aws_key(self):
        return "AKIA" + self.chars(16, B32)

    def aws_secret(self):
        return self.chars(40, B64)

    def gh_token(self):
        r = self.r
        if r.random() < 0.2:
            return "github_pat_" + self.chars(22, ALNUM) + "_" + self.chars(59, ALNUM)
        return r.choice(["ghp_", "ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.chars(36, ALNUM)

    def slack_token(self):
        r = self.r
        if r.random() < 0.7:
            return f"xoxb-{self.digits(r.randint(10, 12))}-{self.digits(13)}-{self.chars(24, ALNUM)}"
        return f"xoxp-{self.digits(11)}-{self.digits(11)}-{self.digits(13)}-{self.chars(32, HEX)}"

    def stripe_key(self):
        r = self.r
        pre = r.choice(["sk_live_", "sk_live_", "rk_live_"])
        return pre + r.choice(["51", "4e", ""]) + self.chars(r.choice([24, 32, 96]), ALNUM)

    def jwt(self):
        r = self.r
        alg = r.choice(["HS256", "HS256", "RS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if r.random() < 0.4:
            hdr["kid"] = self.chars(8, HEX)
        iat = r.randint(1_600_000_000, 1_780_000_000)
        pl = {"sub": self.r.choice([self.uuid(), self.digits(8), "svc-" + self.chars(6, LOWER)]),
              "iat": iat, "exp": iat + r.choice([900, 3600, 86400])}
        if r.random() < 0.5:
            pl["scope"] = r.choice(["read:claims", "openid profile", "admin", "payments:write"])
        if r.random() < 0.4:
            pl["iss"] = f"https://auth.{self.domain()}/"
        sig = r.randbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg] if alg != "RS256" or r.random() < 0.3 else 32)
        return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig)])

    def pem(self, lines=None, escaped=False):
        r = self.r
        kind, prefix = r.choice([
            ("RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00"),
            ("PRIVATE KEY", b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"),
            ("EC PRIVATE KEY", b"\x30\x77\x02\x01\x01\x04\x20"),
            ("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none"),
        ])
        n = lines or r.randint(4, 8)
        width = 70 if kind.startswith("OPENSSH") else 64
        raw = prefix + r.randbytes(max(0, (n * width * 3) // 4 - len(prefix) - r.randint(0, 30)))
        b = base64.b64encode(raw).decode()
        body = [b[i:i + width] for i in range(0, len(b), width)]
        nl = "\\n" if escaped else "\n"
        return f"-----BEGIN {kind}-----{nl}" + nl.join(body) + f"{nl}-----END {kind}-----"

    def password(self, safe=False):
        r = self.r
        x = r.random()
        sym = "-_.!" if safe else "!@#$%^&*-_=+?"
        if x < 0.3:
            w = r.choice(PW_WORDS)
            s = w.capitalize() + str(r.randint(1, 2025)) + r.choice(sym)
        elif x < 0.55:
            s = self.chars(r.randint(12, 22), ALNUM + sym)
        elif x < 0.75:
            s = "-".join(r.sample(PW_WORDS, r.choice([3, 4]))) + str(r.randint(1, 99))
        else:
            w = r.choice(PW_WORDS).capitalize()
            w = w.replace("a", r.choice(["@", "4"] if not safe else ["4"])).replace("o", "0").replace("e", "3")
            s = w + r.choice(sym) + str(r.randint(10, 999))
        s = s.strip()
        if safe:
            s = re.sub(r"[^A-Za-z0-9\-_.!]", "x", s)
        return s

    def generic_secret(self):
        r = self.r
        return r.choice([
            lambda: self.chars(32, HEX),
            lambda: "whsec_" + self.chars(32, ALNUM),
            lambda: "SG." + self.chars(22, ALNUM + "-_") + "." + self.chars(43, ALNUM + "-_"),
            lambda: "AIza" + self.chars(35, ALNUM + "-_"),
            lambda: "glpat-" + self.chars(20, ALNUM + "-_"),
            lambda: "npm_" + self.chars(36, ALNUM),
            lambda: "hf_" + self.chars(34, ALNUM),
            lambda: "shpss_" + self.chars(32, HEX),
            lambda: self.chars(40, B64),
            lambda: "key-" + self.chars(32, HEX),
            lambda: self.chars(48, ALNUM),
            lambda: "dapi" + self.chars(32, HEX),
            lambda: "sq0csp-" + self.chars(43, ALNUM + "-_"),
        ])()

    def totp_secret(self):
        return self.chars(self.ch([16, 32]), B32)


# ----------------------------------------------------------------------------
# helpers for generators
# ----------------------------------------------------------------------------
def run_some(r, fns, lo, hi=None):
    k = min(len(fns), r.randint(lo, hi or lo))
    for fn in r.sample(fns, k):
        fn()


def DATE(f, d=None, style=None, lang="en", weekday=None):
    return (f.fmt_date(d or f.date(), style, lang, weekday), DT)


def DTIME(f, d=None, lang="en", **kw):
    return (f.fmt_dt(d or f.date(), lang=lang, **kw), DT)


def TIME(f, h=None, m=None):
    if h is None:
        h, m = f.hm()
    return (f.fmt_time(h, m), DT)


def rel_of(r, p):
    return r.choice(["daughter", "wife", "sister", "niece", "mother"] if p.g == "f" else ["son", "husband", "brother", "nephew", "father"])


def NAME(f, p, styles=None):
    return (f.pname(p, styles) if styles else f.pname(p), P)


def fmt_machine(r, t: _dt.datetime, kind):
    d, h, m, s = t.date(), t.hour, t.minute, t.second
    if kind == 0:
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}Z"
    if kind == 1:
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{r.randint(0, 999):03d}"
    if kind == 2:
        return f"{MONTHS[d.month - 1][:3]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}"
    if kind == 3:
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}+00:00"
    return str(int(t.replace(tzinfo=_dt.timezone.utc).timestamp()))


class Clock:
    """Monotonic machine clock for log-like documents (timestamps are hard negatives)."""

    def __init__(self, f, d=None, kind=None):
        self.r = f.r
        d = d or f.date()
        self.t = _dt.datetime(d.year, d.month, d.day, self.r.randint(0, 15), self.r.randint(0, 59), self.r.randint(0, 59))
        self.kind = kind if kind is not None else self.r.randrange(4)

    def tick(self, lo=1, hi=600, kind=None):
        self.t += _dt.timedelta(seconds=self.r.randint(lo, hi))
        return fmt_machine(self.r, self.t, self.kind if kind is None else kind)


def machine_ts(f, d=None, kind=None):
    """Machine timestamps (hard negatives, never labelled)."""
    r = f.r
    d = d or f.date()
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    kind = kind if kind is not None else r.randrange(5)
    if kind == 0:
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}Z"
    if kind == 1:
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{r.randint(0, 999):03d}"
    if kind == 2:
        return f"{MONTHS[d.month - 1][:3]} {d.day:2d} {h:02d}:{m:02d}:{s:02d}"
    if kind == 3:
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}+00:00"
    return str(int(_dt.datetime(d.year, d.month, d.day, h, m, s).timestamp()))


def rfc822_date(f, d=None):
    d = d or f.date()
    r = f.r
    return (f"{WEEKDAYS[d.weekday()][:3]}, {d.day:02d} {MONTHS[d.month - 1][:3]} {d.year} "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['+0000', '-0500', '+0100', '+0200', '-0800'])}")


# ----------------------------------------------------------------------------
# 1. home-health visit notes
# ----------------------------------------------------------------------------
def g_home_health(f, b):
    r = f.r
    pt = f.person()
    rn = f.person()
    fam = f.person(last=pt.last if f.p(0.5) else None)
    doc = f.person()
    addr = f.us_addr(unit_p=0.35)
    d = f.date(2021, 2026)
    h1, m1 = f.hm()
    rel = rel_of(r, fam)
    agency = f.company("care")
    payer = r.choice(HEALTH_PLANS)
    if f.p(0.5):
        b.f("@{a}\nSKILLED NURSING VISIT NOTE (HOME HEALTH)\n\n", a=agency)
        b.f("Patient: @{p}     MRN: @{m}\nDOB: @{dob}     Payer: @{pay}, member ID @{h}\n",
            p=NAME(f, pt, ("fl", "LF", "lfm", "fml")), m=(f.mrn(), MRN), dob=(f.dob(), DOB),
            pay=payer, h=(f.hpn(), HPN))
        b.f("Service address: @{a}\n", a=(addr.oneline(), ADDR))
        b.f("Visit date: @{d}   Time in: @{ti}   Time out: @{to}\n", d=DATE(f, d),
            ti=TIME(f, h1, m1), to=TIME(f, min(h1 + 1, 21), (m1 + 40) % 60))
        b.f("Clinician: @{rn}, RN   Visit #: HV-@{n}   Episode day @{ep} of 60\n\n",
            rn=NAME(f, rn, ("fl", "fml")), n=f.digits(7), ep=str(r.randint(2, 58)))
    else:
        b.f("| Field | Value |\n|---|---|\n| Agency | @{a} |\n| Patient | @{p} |\n| DOB | @{dob} |\n"
            "| MRN | @{m} |\n| Address | @{ad} |\n| Phone | @{ph} |\n| Visit | @{vd} |\n| Clinician | @{rn}, LPN |\n\n",
            a=agency, p=NAME(f, pt), dob=(f.dob(), DOB), m=(f.mrn(), MRN), ad=(addr.oneline(), ADDR),
            ph=(f.phone_us(), PH), vd=DTIME(f, d), rn=NAME(f, rn))
    b.add("Narrative:\n")
    dr1, dr2 = r.sample(DRUGS, 2)
    sents = [
        lambda: b.f("Pt @{g} was seated in the recliner on arrival, alert and oriented x3. ", g=(pt.first, P)),
        lambda: b.f("@{c} (@{rel}) present for the visit and can be reached at @{ph}. ",
                    c=NAME(f, fam, ("fl", "first")), rel=rel, ph=(f.phone(), PH)),
        lambda: b.f("Family dog @{pet} was secured in the back bedroom before wound care. ", pet=f.pet()),
        lambda: b.f("Med rec completed: @{a} @{x} mg daily, @{c} @{y} mg BID; pt reports missing @{a} for 3 days. ",
                    a=dr1, c=dr2, x=str(r.choice([5, 10, 20, 25, 40])), y=str(r.choice([50, 100, 300, 500]))),
        lambda: b.f("Vitals: BP @{bp}, HR @{hr}, RR 18, T 98.4 F, SpO2 @{o2}% RA. Pain 4/10. ",
                    bp=f"{r.randint(100, 168)}/{r.randint(60, 98)}", hr=str(r.randint(58, 110)), o2=str(r.randint(88, 99))),
        lambda: b.f("Dx per plan of care: @{a}, @{c}. ", a=r.choice(ICD10), c=r.choice(ICD10)),
        lambda: b.add(f"Wound to L heel measured {r.randint(1, 4)}.{r.randint(0, 9)} x {r.randint(1, 3)}.{r.randint(0, 9)} cm, no tunneling. "),
        lambda: b.f("Next SN visit scheduled for @{nd}; PT eval to follow @{rel}. ",
                    nd=DTIME(f, d + _dt.timedelta(days=r.randint(2, 9))), rel=r.choice(RELATIVE)),
        lambda: b.f("@{c} asked that reports be faxed to Dr. @{doc}'s office at @{fax}. ",
                    c=(fam.first, P), doc=(doc.last, P), fax=(f.phone_us(), PH)),
        lambda: b.f("Pt moved here from @{pl} after her hip fracture and lives alone. ", pl=(f.place(), LOC)),
        lambda: b.f("Agency on-call line @{ph} reviewed with @{c}. ", ph=(f.phone_us(tollfree=f.p(0.3)), PH),
                    c=(fam.first, P)),
        lambda: b.f("Supplies delivered via @{brand}; order #@{o} (tracking @{t}). ",
                    brand=r.choice(["Medline", "McKesson", "Cardinal Health"]), o=f.digits(8), t=f.tracking()),
    ]
    run_some(r, sents, 4, 9)
    if f.p(0.6):
        b.add("\n\nVisit log:\n")
        t = h1 * 60 + m1
        for txt in r.sample(["Arrived, pt resting.", "Vitals obtained.", "Wound care performed, clean dressing applied.",
                             "Teaching on fall precautions.", "Called pharmacy re: refill.", "Departed, pt stable."],
                            r.randint(2, 5)):
            b.add(f"{t // 60:02d}{t % 60:02d} {txt}\n" if f.p(0.5) else f"{t // 60:02d}:{t % 60:02d} - {txt}\n")
            t += r.randint(5, 25)
    b.f("\nSigned electronically by @{rn}, RN on @{sd}\n", rn=NAME(f, rn, ("fl", "fml")), sd=DATE(f, d))


# ----------------------------------------------------------------------------
# 2. workers' compensation first report of injury
# ----------------------------------------------------------------------------
def g_workers_comp(f, b):
    r = f.r
    emp = f.person()
    doc = f.person()
    wit = f.person()
    prep = f.person()
    addr = f.us_addr(unit_p=0.3)
    inj = f.date(2020, 2026)
    co = f.company()
    city, st = f.us_city()
    b.f("EMPLOYER'S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS\nClaim No.: @{c}   Carrier: @{car}   "
        "Jurisdiction: @{j}\n\n", c=f.ref("WC"), car=r.choice(["Travelers", "The Hartford", "Liberty Mutual",
                                                                  "Zenith", "State Fund", "AmTrust"]),
        j=(STATE_NAMES[st], LOC))
    b.add("SECTION A - EMPLOYEE\n")
    if f.p(0.5):
        b.f("  Name (Last, First, MI): @{n}\n", n=(emp.lf(True).upper() if f.p(0.5) else emp.lf(True), P))
    else:
        b.f("  Employee name: @{n}\n", n=NAME(f, emp, ("fl", "fml", "FL")))
    b.f("  SSN: @{s}      Date of birth: @{dob}\n", s=(f.ssn(), SSN) if f.p(0.8) else f.ssn_masked(), dob=(f.dob(), DOB))
    if f.p(0.5):
        b.f("  Home address: @{a}\n", a=(addr.oneline(), ADDR))
    else:
        b.f("  Street: @{s}\n  City: @{c}   State: @{st}   ZIP: @{z}\n", s=(addr.line1(), ADDR),
            c=(addr.city, LOC), st=(addr.st, LOC), z=addr.zip)
    b.f("  Phone: @{ph}   Occupation: @{occ}   Date hired: @{dh}\n",
        ph=(f.phone_us(), PH), occ=r.choice(["Forklift operator", "CNA", "Line cook", "Warehouse associate",
                                              "Electrician apprentice", "Delivery driver", "Roofer"]),
        dh=DATE(f, f.date(2008, 2020)))
    if f.p(0.4):
        lic, lst = f.dl(addr.st)
        b.f("  Driver license: @{dl} (@{st})\n", dl=(lic, DL), st=(lst, LOC))
    b.f("\nSECTION B - EMPLOYER\n  @{co}, worksite @{loc}\n  Policy #: @{pol}   NAICS: @{nc}\n",
        co=co, loc=(f"{city}, {st}", LOC), pol=f"WC{f.digits(9)}", nc=f.digits(6))
    b.f("\nSECTION C - INJURY\n  Date/time of injury: @{di}\n  Date employer notified: @{dn}\n",
        di=DTIME(f, inj), dn=DATE(f, inj + _dt.timedelta(days=r.randint(0, 4))))
    b.f("  Description: Employee was @{act} when @{what}. Lost time expected: @{dur}.\n",
        act=r.choice(["lifting a 40 lb carton from pallet", "climbing a step ladder", "unloading a trailer",
                      "cleaning the fryer", "repositioning a resident"]),
        what=r.choice(["felt a pop in lower back", "slipped on wet floor", "struck left hand on dock plate",
                       "twisted right knee"]), dur=r.choice(DURATIONS))
    b.f("  Body part: @{bp}   ICD-10: @{icd}\n", bp=r.choice(["lumbar spine", "L hand", "R knee", "R shoulder"]),
        icd=r.choice(ICD10))
    b.f("  Treating physician: Dr. @{d}, @{cl}, tel. @{ph}\n", d=NAME(f, doc, ("fl", "fml")),
        cl=r.choice(["Concentra Urgent Care", "MedExpress", "occupational clinic"]), ph=(f.phone_us(), PH))
    b.f("  Witness: @{w} (@{ph})\n", w=NAME(f, wit), ph=(f.phone_us(), PH))
    b.f("  Return to work (modified duty): @{rtw}\n", rtw=DATE(f, inj + _dt.timedelta(days=r.randint(3, 40))))
    if f.p(0.5):
        b.f("  Group health member ID (non-occupational): @{h}  Group #: @{g}\n", h=(f.hpn(), HPN), g=f.group_no())
    b.f("\nPrepared by @{p}, HR Generalist, @{em}, on @{d}.\n", p=NAME(f, prep, ("fl", "fml")),
        em=(f.email(prep, f.domain()), EM), d=DATE(f, inj + _dt.timedelta(days=r.randint(1, 6))))
    b.add(f"Form WC-1 rev {f.version()} | Do not write below this line | batch {f.uuid()}\n")


# ----------------------------------------------------------------------------
# 3. background-check reports
# ----------------------------------------------------------------------------
def g_background_check(f, b):
    r = f.r
    s = f.person()
    alias = f.person(last=f.surname(), g=s.g)
    ver = f.person()
    b.f("CONFIDENTIAL CONSUMER REPORT\n@{co} Screening Services   Report ID: @{u}   Order: @{o}\n"
        "Report generated: @{ts}\n\n", co=f.ch(CO_WORDS), u=f.uuid(), o=f.ref("ORD"), ts=machine_ts(f))
    b.f("SUBJECT: @{n}\nAKA: @{a1}; @{a2}\n", n=(s.fml().upper() if f.p(0.6) else s.fml(), P),
        a1=(s.lf().upper(), P), a2=(f"{alias.first} {alias.last}" if f.p(0.5) else f"{s.first} {alias.last}", P))
    b.f("DOB: @{dob}   SSN: @{ssn}   ", dob=(f.dob(), DOB),
        ssn=(f.ssn(), SSN) if f.p(0.6) else f.ssn_masked())
    lic, lst = f.dl()
    b.f("DL#: @{dl} (@{st})\n", dl=(lic, DL), st=(STATE_NAMES[lst] if f.p(0.5) else lst, LOC))
    b.add("\nADDRESS HISTORY\n")
    cur = f.date(2022, 2025)

    def addr_item():
        nonlocal cur
        a = f.us_addr(unit_p=0.3)
        start = cur - _dt.timedelta(days=r.randint(200, 1500))
        b.f("  @{a}   @{d1} - @{d2}\n", a=(a.oneline(), ADDR), d1=DATE(f, start, "us"), d2=DATE(f, cur, "us"))
        cur = start
    grow(b, addr_item, len(b) + r.randint(150, 400), limit=1500, max_items=5)
    b.add("\nCRIMINAL / CIVIL RECORDS\n")

    def rec_item():
        c, st = f.us_city()
        fd = f.date(2005, 2024)
        b.f("  Municipal Court - @{loc} | Case No. @{cn} | Filed @{fd} | @{off} | Disposition: @{disp} @{dd}\n",
            loc=(f"{c}, {st}", LOC), cn=f"{r.choice(['CR', 'TR', 'CV'])}-{fd.year}-{f.digits(6, False)}",
            fd=DATE(f, fd), off=r.choice(["Speeding 15+ over", "Petty theft", "Small claims", "DUI (misd.)",
                                           "Failure to appear"]),
            disp=r.choice(["Dismissed", "Guilty - fine paid", "Deferred adjudication", "Judgment for plaintiff"]),
            dd=DATE(f, fd + _dt.timedelta(days=r.randint(20, 300))))
    grow(b, rec_item, len(b) + r.randint(100, 500), limit=2000, max_items=4)
    if f.p(0.3):
        b.f("  SSN trace note: alternate SSN @{x} reported by one bureau; flagged as invalid (area @{a}).\n",
            x=(inv := f.ssn_invalid()), a=inv[:3])
    b.f("\nEMPLOYMENT VERIFICATION\n  @{co}: verified @{d1} to @{d2} with @{v} (@{ph}); title Shift Supervisor.\n",
        co=f.company(), d1=DATE(f, f.date(2012, 2018)), d2=DATE(f, f.date(2019, 2024)),
        v=NAME(f, ver, ("fl", "fl", "lf")), ph=(f.phone_us(), PH))
    b.add("\nThis report is furnished under FCRA 15 U.S.C. 1681. Dispute within 30 days.\n")


# ----------------------------------------------------------------------------
# 4. rental applications
# ----------------------------------------------------------------------------
def g_rental_application(f, b):
    r = f.r
    ap = f.person()
    co_ap = f.person(last=ap.last if f.p(0.4) else None) if f.p(0.5) else None
    ll = f.person()
    emerg = f.person()
    sup = f.person()
    cur = f.us_addr(unit_p=0.6)
    unit = f.us_addr(unit_p=1.0)
    mgmt = f.company("prop")
    kv = f.p(0.6)
    b.f("@{m} - RESIDENTIAL RENTAL APPLICATION\nProperty applied for: @{u}\nDesired move-in: @{mi}   "
        "Lease term: 12 months   Rent: @{rent}/mo\n\n", m=mgmt, u=(unit.oneline(), ADDR),
        mi=DATE(f, f.date(2022, 2026)), rent=f.amount(900, 4200))
    lic, lst = f.dl(cur.st)
    if kv:
        b.f("APPLICANT\nFull legal name: @{n}\nDate of birth: @{dob}\nSSN: @{s}\nDriver's license #: @{dl}   State: @{st}\n"
            "Email: @{em}\nCell: @{ph}\n", n=NAME(f, ap, ("fml", "fl", "FL")), dob=(f.dob(), DOB), s=(f.ssn(), SSN),
            dl=(lic, DL), st=(lst, LOC), em=(f.email(ap), EM), ph=(f.phone_us(), PH))
    else:
        b.f("APPLICANT: @{n}, born @{dob}, SSN @{s}, license @{dl} (@{st}), reachable at @{ph} or @{em}.\n",
            n=NAME(f, ap), dob=(f.dob(), DOB), s=(f.ssn(), SSN), dl=(lic, DL), st=(lst, LOC),
            ph=(f.phone_us(), PH), em=(f.email(ap), EM))
    b.f("\nCURRENT RESIDENCE\n@{a}\nSince: @{since}   Landlord: @{ll}   Landlord phone: @{lp}\nReason for leaving: @{why}\n",
        a=(cur.any(r), ADDR), since=DATE(f, f.date(2015, 2022)), ll=NAME(f, ll, ("fl", "lf", "fl")),
        lp=(f.phone_us(), PH), why=r.choice(["relocating for work", "need more space", "building sold",
                                              "closer to school", "rent increase"]))
    b.f("\nEMPLOYMENT\nEmployer: @{co}   Supervisor: @{sv} (@{sp})\nGross monthly income: @{inc}   Start date: @{sd}\n",
        co=f.company(), sv=NAME(f, sup, ("fl", "first")), sp=(f.phone_us(), PH), inc=f.amount(2500, 14000),
        sd=DATE(f, f.date(2010, 2023)))
    b.f("\nBANKING\n@{bank} checking acct #@{a}   routing @{rt}\n", bank=r.choice(BANKS_US), a=(f.bank_acct(), ACCT),
        rt=f.routing())
    if co_ap:
        b.f("\nCO-APPLICANT: @{n}, DOB @{dob}, phone @{ph}\n", n=NAME(f, co_ap), dob=(f.dob(), DOB),
            ph=(f.phone_us(), PH))
    b.f("\nEMERGENCY CONTACT: @{n} (@{rel}) @{ph}\n", n=NAME(f, emerg), rel=r.choice(["sister", "father", "friend", "mother"]),
        ph=(f.phone(), PH))
    b.f("Pets: @{pets}   Vehicles: @{car}, plate @{pl}\n",
        pets=r.choice([f"1 cat ({f.pet()})", f"dog, 40 lb, named {f.pet()}", "none"]),
        car=r.choice(["2017 Honda Civic", "2020 Subaru Outback", "2014 Ford F-150", "2022 Tesla Model 3"]),
        pl=f.plate())
    b.f("\nApplication fee @{fee} paid (receipt @{rc}). Prior SSN on file @{mask} does not match.\n" if f.p(0.3) else
        "\nApplication fee @{fee} paid (receipt @{rc}).\n", fee=f.amount(25, 75), rc=f.ref("RC"), mask=f.ssn_masked())
    b.f("Signature: /s/ @{n}    Date: @{d}\n", n=NAME(f, ap, ("fl", "fml")), d=DATE(f))


# ----------------------------------------------------------------------------
# 5. court e-filing dockets
# ----------------------------------------------------------------------------
def g_court_docket(f, b):
    r = f.r
    pl = f.person()
    judge = f.person()
    att = f.person()
    att2 = f.person()
    clerk = f.person()
    deft = f.company()
    courthouse = f.us_city()
    st = courthouse[1]
    yr = r.randint(2019, 2025)
    filed = f.date(yr, yr)
    em1, em2 = f.email(att, f.domain()), f.email(att2, f.domain())
    b.f("U.S. District Court\nDistrict of @{s}\nCIVIL DOCKET FOR CASE #: @{cn}\n\n",
        s=(STATE_NAMES[st], LOC), cn=f"{r.randint(1, 6)}:{yr % 100:02d}-cv-{f.digits(5, False)}")
    b.f("@{p} v. @{d}\nAssigned to: Judge @{j}\nDate Filed: @{df}\nJury Demand: Plaintiff\nNature of Suit: @{nos}\n"
        "Jurisdiction: Federal Question\n\n", p=(pl.fl().upper() if f.p(0.5) else pl.fl(), P), d=deft,
        j=NAME(f, judge, ("fl", "fml")), df=DATE(f, filed), nos=r.choice(["440 Civil Rights: Other",
                                                                                  "710 Labor: FLSA", "365 Personal Inj. Prod. Liability"]))
    firm = r.choice([f"{f.surname()} & {f.surname()} LLP", f.company("law")])
    aaddr = f.us_addr(unit_p=0.7)
    b.f("Plaintiff\n@{p}\nrepresented by @{a}\n@{firm}\n@{ad}\n@{ph}\nFax: @{fx}\nEmail: @{em}\nLEAD ATTORNEY\n\n",
        p=(pl.fl(), P), a=NAME(f, att, ("fml", "fl")), firm=firm, ad=(aaddr.block(), ADDR), ph=(f.phone_us(1), PH),
        fx=(f.phone_us(1), PH), em=(em1, EM))
    b.f("Defendant\n@{d}\nrepresented by @{a}\n@{em}\nATTORNEY TO BE NOTICED\n\n", d=deft,
        a=NAME(f, att2, ("fl", "fml")), em=(em2, EM))
    b.add("Date Filed | # | Docket Text\n")
    d = filed
    n = [0]

    def entry():
        nonlocal d
        n[0] += 1
        if n[0] > 1:
            d = d + _dt.timedelta(days=r.randint(1, 40))
        kind = 0 if n[0] == 1 else r.randrange(1, 5)
        b.f("@{d} | @{n} | ", d=DATE(f, d, "us"), n=str(n[0]))
        if kind == 0:
            b.f("COMPLAINT against @{def} (Filing fee $405, receipt number @{rc}) filed by @{p}. (@{c})\n",
                **{"def": deft}, rc=f"A{st}DC-{f.digits(7)}", p=(pl.fl(), P), c=(clerk.lf(), P))
        elif kind == 1:
            sd = d + _dt.timedelta(days=r.randint(14, 60))
            cc = courthouse[0]
            b.f("SCHEDULING ORDER: Rule 16 Conference set for @{t} in @{loc} Courtroom @{room} before Judge @{j}. (@{c})\n",
                t=DTIME(f, sd), loc=(cc, LOC), room=f"{r.randint(1, 19)}{r.choice('ABCD')}", j=(judge.last, P),
                c=(clerk.lf(), P))
        elif kind == 2:
            b.f("NOTICE of Appearance by @{a} on behalf of @{def}. (@{al})\n", a=(att2.fl(), P), **{"def": deft},
                al=(att2.last, P))
        elif kind == 3:
            b.f("MOTION to Dismiss for Failure to State a Claim by @{def}. Responses due by @{due}. (Attachments: # 1 Exhibit A, # 2 Proposed Order)\n",
                **{"def": deft}, due=DATE(f, d + _dt.timedelta(days=14)))
        else:
            b.f("SUMMONS Returned Executed by @{p}. @{def} served on @{sd}, answer due @{ad}.\n", p=(pl.fl(), P),
                **{"def": deft}, sd=DATE(f, d - _dt.timedelta(days=3)), ad=DATE(f, d + _dt.timedelta(days=21)))
    grow(b, entry, r.randint(1400, 2200))
    b.f("\nNotice has been electronically mailed to: @{e1}, @{e2}\n", e1=(em1, EM), e2=(em2, EM))


# ----------------------------------------------------------------------------
# 6. COBRA / benefits enrollment letters
# ----------------------------------------------------------------------------
def g_cobra_letter(f, b):
    r = f.r
    m = f.person()
    sp = f.person(last=m.last, g="m" if m.g == "f" else "f")
    kid = f.person(last=m.last)
    addr = f.us_addr(unit_p=0.3)
    admin = f"{f.ch(CO_WORDS)} Benefits Administration"
    po, _ = f.po_box()
    letter = f.date(2021, 2026)
    b.f("@{a}\n@{po}\n\n@{d}\n\n", a=admin, po=(po, ADDR), d=DATE(f, letter, r.choice(["long", "abbr", "us"])))
    b.f("@{n}\n@{ad}\n\n", n=(m.fml().upper() if f.p(0.4) else m.fml(), P), ad=(addr.block(), ADDR))
    plan = r.choice(HEALTH_PLANS)
    b.f("RE: IMPORTANT - COBRA Continuation Coverage Election Notice\nPlan: @{pl} (@{emp} Group Health Plan)\n"
        "Member ID: @{h}   Group No.: @{g}   Notice ID: @{nid}\n\n", pl=plan, emp=f.company(),
        h=(f.hpn(), HPN), g=f.group_no(), nid=f.uuid()[:18])
    b.f("Dear @{t} @{ln}:\n\n", t=m.title(r), ln=(m.last, P))
    end = letter - _dt.timedelta(days=r.randint(5, 30))
    b.f("This notice contains important information about your right to continue your health care coverage. "
        "Your coverage ended on @{e} because of @{why}. The following qualified beneficiaries may elect coverage:\n\n",
        e=DATE(f, end), why=r.choice(["a reduction in hours of employment", "termination of employment",
                                      "divorce or legal separation", "loss of dependent child status"]))
    b.f("  - @{a} (employee)\n  - @{s} (spouse), date of birth @{sd}\n", a=(m.fl(), P), s=(sp.fl(), P), sd=(f.dob(), DOB))
    if f.p(0.6):
        b.f("  - @{k} (dependent child), date of birth @{kd}, member ID @{kh}\n", k=(kid.fl(), P),
            kd=(f.fmt_date(f.date(2006, 2022), "us"), DOB), kh=(f.hpn(), HPN))
    dl = letter + _dt.timedelta(days=60)
    b.f("\nYou must elect COBRA coverage no later than @{dl}. Coverage may continue for up to @{dur}. "
        "Your monthly premium will be @{amt} (102% of the plan cost). The first payment is due 45 days after election.\n\n",
        dl=DATE(f, dl, r.choice(["long", "long_wd", "us"])), dur=r.choice(["18 months", "36 months", "29 months"]),
        amt=f.amount(380, 2400))
    b.f("To elect, visit @{u} or call @{ph}. You may also mail the enclosed form to the address above. "
        "Reference your Member ID on all correspondence.\n\n", u=(f.url(), URL), ph=(f.phone_us(tollfree=True, style=r.choice([1, 6, 0])), PH))
    if f.p(0.5):
        spec = f.person()
        b.f("If you have questions, contact your benefits specialist @{s} at @{em} or @{ph} ext. @{x}.\n\n",
            s=NAME(f, spec, ("fl",)), em=(f.email(spec, f.domain()), EM), ph=(f.phone_us(), PH),
            x=str(r.randint(100, 9999)))
    b.add("Sincerely,\nCOBRA Administration Team\nForm CE-" + f.digits(4) + " (rev. " + f.version() + ")\n")


# ----------------------------------------------------------------------------
# 7. prescription-monitoring (PDMP) queries
# ----------------------------------------------------------------------------
def g_pdmp(f, b):
    r = f.r
    pt = f.person()
    req = f.person()
    st = f.ch(list(STATE_NAMES))
    addr = f.us_addr(unit_p=0.3)
    dob = f.dob_date()
    b.f("PRESCRIPTION DRUG MONITORING PROGRAM - PATIENT RX REPORT\nState: @{s}   Query ID: @{q}   Requested: @{ts}\n"
        "Requestor: @{rq}, @{cred}   NPI @{npi}   Role: Prescriber\n\n", s=(STATE_NAMES[st], LOC), q=f.uuid(),
        ts=machine_ts(f, kind=r.choice([0, 3])), rq=NAME(f, req, ("fl", "lf")), cred=r.choice(["MD", "DO", "NP", "PA-C"]),
        npi=f.npi())
    b.f("Search criteria: Last name = @{l}; First name = @{fn}; DOB = @{dob}; Partial match: Y\n\n",
        l=(pt.last.upper(), P), fn=(pt.first.upper(), P), dob=(f.fmt_date(dob, "us"), DOB))
    b.f("PATIENT MATCH 1 of 1\n@{n}   DOB @{dob}   @{a}\n\n", n=(pt.lf(True).upper(), P),
        dob=(f.fmt_date(dob, r.choice(["us", "iso"])), DOB), a=(addr.oneline().upper(), ADDR))
    b.add("Fill Date  | Written    | Drug                         | Qty | Days | Prescriber            | Pharmacy\n")
    pres = [f.person() for _ in range(r.randint(1, 3))]
    d = f.date(2022, 2025)

    def row():
        nonlocal d
        d = d + _dt.timedelta(days=r.randint(5, 35))
        w = d - _dt.timedelta(days=r.randint(0, 6))
        drug = r.choice(["OXYCODONE HCL 5 MG TAB", "HYDROCODONE-APAP 10-325", "ALPRAZOLAM 1 MG TAB",
                         "BUPRENORPHINE-NALOX 8-2 MG FILM", "TRAMADOL HCL 50 MG", "ZOLPIDEM 10 MG",
                         "METHYLPHENIDATE ER 36 MG", "LORAZEPAM 0.5 MG", "MORPHINE SULF ER 15 MG"])
        p = r.choice(pres)
        b.f("@{fd} | @{wd} | @{dr} | @{q} | @{ds} | @{p} | @{ph}\n", fd=DATE(f, d, "us"), wd=DATE(f, w, "us"),
            dr=drug.ljust(28), q=str(r.choice([30, 60, 90, 120, 28])).rjust(3), ds=str(r.choice([7, 14, 30])).rjust(4),
            p=(p.lf().upper(), P), ph=r.choice(PHARMACIES).format(n=f.digits(4)))
    grow(b, row, r.randint(900, 1900), limit=2050)
    b.add(f"\nMME/day (current): {r.randint(10, 140)}   Active prescribers: {len(pres)}   Pharmacies (90d): {r.randint(1, 4)}\n")
    b.f("Note from @{rq}: pt reports prior fills in @{loc} not shown; request sent to that state's PMP.\n" if f.p(0.5)
        else "Query logged for audit; retention 7 years.\n", rq=(req.last, P), loc=(f.place(), LOC))


# ----------------------------------------------------------------------------
# 8. lab requisitions
# ----------------------------------------------------------------------------
def g_lab_requisition(f, b):
    r = f.r
    pt = f.person()
    prov = f.person()
    sub = f.person(last=pt.last) if f.p(0.4) else pt
    addr = f.us_addr(unit_p=0.3)
    coll = f.date(2021, 2026)
    pdob = f.dob()
    b.f("@{lab} - LABORATORY REQUISITION\nAccession #: @{acc}   Req ID: @{u}\n\n",
        lab=r.choice(["Quest Diagnostics", "Labcorp", "BioReference", "Sonic Reference Lab", "ARUP"]),
        acc=f"A{coll.year % 100}-{f.digits(7)}", u=f.uuid()[:13])
    if f.p(0.5):
        b.f("PATIENT\nName: @{n}   Sex: @{sx}   DOB: @{dob}\nMRN: @{m}   Phone: @{ph}\nAddress: @{a}\n\n",
            n=NAME(f, pt, ("LF", "lf", "fl", "LFM")), sx=pt.g.upper(), dob=(pdob, DOB), m=(f.mrn(), MRN),
            ph=(f.phone_us(), PH), a=(addr.oneline(), ADDR))
    else:
        b.f("PATIENT\nLast: @{l}   First: @{fn}   MI: @{mi}\nDOB: @{dob}   MRN: @{m}\nStreet: @{s}\nCity: @{c}  State: @{st}  Zip: @{z}\n"
            "Phone: @{ph}\n\n", l=(pt.last, P), fn=(pt.first, P), mi=pt.mi or "-", dob=(pdob, DOB), m=(f.mrn(), MRN),
            s=(addr.line1(), ADDR), c=(addr.city, LOC), st=(addr.st, LOC), z=addr.zip, ph=(f.phone_us(), PH))
    b.f("ORDERING PROVIDER\n@{p}, @{cr}   NPI: @{npi}   Fax: @{fx}\n\n", p=NAME(f, prov, ("fl", "lfm", "fml")),
        cr=r.choice(["MD", "DO", "FNP-C"]), npi=f.npi(), fx=(f.phone_us(), PH))
    b.f("BILLING\nBill to: Insurance   Carrier: @{c}\nMember ID: @{h}   Group: @{g}\nSubscriber: @{s} (@{rel})   Subscriber DOB: @{sd}\n\n",
        c=r.choice(HEALTH_PLANS), h=(f.hpn(), HPN), g=f.group_no(), s=(sub.fl(), P),
        rel="self" if sub is pt else r.choice(["spouse", "parent"]), sd=(pdob if sub is pt else f.dob(), DOB))
    b.add("TESTS ORDERED\n")
    tests = r.sample([("CBC w/ Diff", "85025", "57021-8"), ("Comprehensive Metabolic Panel", "80053", "24323-8"),
                      ("Hemoglobin A1c", "83036", "4548-4"), ("Lipid Panel", "80061", "2093-3"),
                      ("TSH", "84443", "3016-3"), ("Urine Culture", "87086", "630-4"), ("PT/INR", "85610", "5902-2")],
                     r.randint(2, 5))
    for name, cpt, loinc in tests:
        b.add(f"  [x] {name:<32} CPT {cpt}   LOINC {loinc}\n")
    b.f("Dx codes: @{a}, @{c}\n", a=r.choice(ICD10), c=r.choice(ICD10))
    b.f("\nCollection date/time: @{ct}   Fasting: @{fa}   Collected by: @{cb}\n", ct=DTIME(f, coll),
        fa=r.choice(["Y (12 h)", "N"]), cb=(f.person().first if f.p(0.5) else f"{f.person().first[0]}. {f.surname()}", P))
    b.f("Specimens: 1 x lavender EDTA, 1 x SST, stored at 4 C for up to @{d}\n", d=r.choice(["72 hours", "48 hours", "7 days"]))
    b.f("Results to patient portal: @{u}\n", u=(f.url(), URL))


# ----------------------------------------------------------------------------
# 9. hospice intake
# ----------------------------------------------------------------------------
def g_hospice_intake(f, b):
    r = f.r
    pt = f.person()
    cg = f.person(last=pt.last if f.p(0.5) else None)
    att = f.person()
    sw = f.person()
    chap = f.person()
    addr = f.us_addr(unit_p=0.25)
    adm = f.date(2021, 2026)
    b.f("@{ag}\nHOSPICE INTAKE / ADMISSION ASSESSMENT\n\n", ag=f.company("care"))
    b.f("Patient: @{p}   DOB: @{dob}   Age: @{age}\nMedicare MBI: @{mbi}   MRN: @{m}\nResidence: @{a}\n",
        p=NAME(f, pt), dob=(f.dob(), DOB), age=str(r.randint(58, 101)), mbi=(f.mbi(), HPN), m=(f.mrn(), MRN),
        a=(addr.any(r), ADDR))
    b.f("Referral received: @{rd}   Admission: @{ad}\n", rd=DATE(f, adm - _dt.timedelta(days=r.randint(1, 5))),
        ad=DTIME(f, adm))
    b.f("Terminal dx: @{dx} (@{icd})   Secondary: @{s}\nAttending: Dr. @{at}   Hospice physician certifies prognosis of 6 months or less.\n\n",
        dx=r.choice(["Alzheimer's disease, late onset", "Non-small cell lung CA", "CHF, end stage", "ESRD",
                     "COPD, end stage", "Parkinson's disease"]), icd=r.choice(ICD10), s=r.choice(ICD10),
        at=NAME(f, att, ("fl", "last")))
    b.add("Primary caregiver / POA\n")
    b.f("  @{c} (@{rel})  Cell: @{ph}  Email: @{em}\n", c=NAME(f, cg), rel=rel_of(r, cg),
        ph=(f.phone(), PH), em=(f.email(cg), EM))
    if f.p(0.5):
        c2 = f.person()
        b.f("  Alternate: @{c}, lives in @{loc}, @{ph}\n", c=NAME(f, c2, ("fl",)), loc=(f.place(), LOC), ph=(f.phone(0.5), PH))
    notes = [
        lambda: b.f("POLST on file: DNR / comfort-focused treatment, signed @{d}. ", d=DATE(f, f.date(2018, 2025))),
        lambda: b.f("Family requests that @{n} remain at home; hospital bed delivery scheduled @{rel}. ",
                    n=(pt.first, P), rel=r.choice(RELATIVE)),
        lambda: b.f("Cat @{pet} lives in the home; no dogs. ", pet=f.pet()),
        lambda: b.f("Current meds: @{a} PRN, @{c} nightly, @{d}. ", a=r.choice(DRUGS), c=r.choice(DRUGS), d=r.choice(DRUGS)),
        lambda: b.f("Social work (@{s}) to meet with family on @{dt}. ", s=NAME(f, sw, ("fl", "first")),
                    dt=DTIME(f, adm + _dt.timedelta(days=r.randint(1, 4)))),
        lambda: b.f("Chaplain @{c} offered; pt is Catholic and prefers prayers in Spanish. ", c=(chap.fl(), P)),
        lambda: b.f("Funeral home of choice: @{fh}. ", fh=r.choice(["Evergreen Memorial Chapel", "Dignity Memorial",
                                                                      "Riverside Funeral Services", "Forest Lawn"])),
        lambda: b.f("PPS 30%, FAST 7c, weight loss 12 lb over 2 months. "),
        lambda: b.f("Daughter flying in from @{loc} on @{d}. ", loc=(f.place(), LOC),
                    d=DATE(f, adm + _dt.timedelta(days=r.randint(1, 6)), r.choice(["long_wd", "abbr", "us"]))),
    ]
    b.add("\nAssessment notes:\n")
    run_some(r, notes, 4, 8)
    b.f("\n\nIntake RN: @{rn}   Signature date: @{d}\n", rn=NAME(f, f.person(), ("fl", "fml")), d=DATE(f, adm))


# ----------------------------------------------------------------------------
# 10. apartment move-in inspection
# ----------------------------------------------------------------------------
def g_move_in(f, b):
    r = f.r
    t1 = f.person()
    t2 = f.person() if f.p(0.5) else None
    insp = f.person()
    unit = f.us_addr(unit_p=1.0)
    ld = f.date(2021, 2026)
    mgmt = f.company("prop")
    b.f("@{m}\nMOVE-IN / MOVE-OUT INSPECTION CHECKLIST\n\nProperty: @{a}\n", m=mgmt, a=(unit.any(r), ADDR))
    b.f("Resident(s): @{a}", a=NAME(f, t1))
    if t2:
        b.f(" and @{a}", a=NAME(f, t2))
    b.f("\nLease start: @{ls}   Inspection: @{ins}\nInspector: @{i} (@{m}), @{ph}\n\n", ls=DATE(f, ld),
        ins=DTIME(f, ld - _dt.timedelta(days=r.randint(0, 2))), i=NAME(f, insp, ("fl", "fml")),
        m=mgmt.split()[0], ph=(f.phone_us(), PH))
    b.add("Room        | Item              | Cond. | Notes\n------------+-------------------+-------+------------------\n")
    items = [("Living", "Carpet"), ("Living", "Walls/paint"), ("Kitchen", "Range/oven"), ("Kitchen", "Refrigerator"),
             ("Kitchen", "Countertops"), ("Bath 1", "Toilet"), ("Bath 1", "Tub/shower caulk"), ("Bedroom 1", "Closet doors"),
             ("Bedroom 2", "Window blinds"), ("Hall", "Smoke detector"), ("Patio", "Screen door"), ("Laundry", "Dryer vent")]
    notes = ["ok", "small stain near window (2 in.)", "chip on corner", "missing 1 slat", "tested ok",
             "scuffs behind door", "new per mgmt", "loose hinge - WO #" + f.digits(5), "light wear"]
    for room, item in r.sample(items, r.randint(5, 11)):
        b.add(f"{room:<11} | {item:<17} | {r.choice(['G', 'F', 'P', 'G', 'N']):<5} | {r.choice(notes)}\n")
    b.add(f"\nKeys issued: {r.randint(1, 3)} unit, 1 mailbox (box #{r.randint(100, 480)}), 1 fob (id {f.digits(6)})\n")
    b.add(f"Meter readings: electric {f.digits(5)} kWh, water {f.digits(4)} gal\nParking: space P{r.randint(1, 240)}, plate {f.plate()}\n")
    b.f("Forwarding contact for deposit refund: @{em} / @{ph}\n", em=(f.email(t1), EM), ph=(f.phone_us(), PH))
    if f.p(0.4):
        b.f("Resident portal: @{u}  (Wi-Fi network Unit@{n}, passcode @{pw})\n", u=(f.url(), URL),
            n=unit.unit.split()[-1].lstrip('#') if unit.unit else "1", pw=(f.password(), PW))
    b.f("\nResident signature: @{n}   Date: @{d}\nManager signature: @{m}   Date: @{d2}\n", n=NAME(f, t1, ("fl",)),
        d=DATE(f, ld), m=NAME(f, insp, ("fl", "fml")), d2=DATE(f, ld))


# ----------------------------------------------------------------------------
# 11. bank wire-transfer requests
# ----------------------------------------------------------------------------
def g_wire_transfer(f, b):
    r = f.r
    orig = f.person()
    ben = f.person()
    appr = f.person()
    intl = f.p(0.6)
    addr = f.us_addr(unit_p=0.3)
    d = f.date(2021, 2026)
    bank = r.choice(BANKS_US)
    b.f("@{bk} - OUTGOING WIRE TRANSFER REQUEST\nRequest date: @{d}   Reference: @{ref}   Type: @{t}\n\n",
        bk=bank, d=DATE(f, d), ref=f"WT{f.digits(10)}", t="International (SWIFT)" if intl else "Domestic (Fedwire)")
    b.f("ORIGINATOR\n  Name: @{n}\n  Account number: @{a}\n  Address: @{ad}\n  Phone: @{ph}\n\n", n=NAME(f, orig),
        a=(f.bank_acct(), ACCT), ad=(addr.oneline(), ADDR), ph=(f.phone_us(), PH))
    if intl:
        cc = r.choice(["DE", "FR", "ES", "IT", "NL", "GB", "IE", "AT", "BE", "PT", "PL"])
        spec_cc = cc if cc in INTL else None
        b.f("BENEFICIARY\n  Name: @{n}\n  IBAN: @{ib}\n", n=NAME(f, ben, ("fl", "FL", "fml")), ib=(f.iban(cc), IBAN))
        if spec_cc:
            ba, _ = f.intl_addr(spec_cc, multiline=False, country=True)
            b.f("  Address: @{a}\n", a=(ba, ADDR))
        other = {"AT": ["Vienna", "Graz"], "BE": ["Brussels", "Antwerp", "Ghent"], "PT": ["Lisbon", "Porto"],
                 "PL": ["Warsaw", "Kraków", "Gdańsk"]}
        b.f("  Bank: @{bk}   SWIFT/BIC: @{bic}\n  Bank city: @{c}\n", bk=r.choice(BANKS_EU), bic=f.bic(cc),
            c=(f.intl_city(spec_cc)[0] if spec_cc else r.choice(other[cc]), LOC))
        cur = r.choice(["EUR", "GBP", "EUR", "CHF"])
        b.f("\nAmount: @{cur} @{amt}   FX rate 1.0842 (indicative)   Fee: USD 45.00\n", cur=cur, amt=f.amount(500, 90000, ""))
    else:
        baddr = f.us_addr(unit_p=0.2)
        b.f("BENEFICIARY\n  Name: @{n}\n  Account number: @{a}\n  ABA routing: @{rt}\n  Bank: @{bk}\n  Address: @{ad}\n",
            n=NAME(f, ben), a=(f.bank_acct(), ACCT), rt=f.routing(), bk=r.choice(BANKS_US), ad=(baddr.block(), ADDR))
        b.f("\nAmount: USD @{amt}   Fee: USD 30.00\n", amt=f.amount(500, 250000, ""))
    b.f("Purpose: @{p}\n", p=r.choice(["Tuition payment", "Property purchase deposit", "Family support",
                                        "Invoice " + f.ref("INV"), "Closing funds - escrow " + f.ref("ESC")]))
    cb = f.person()
    b.f("\nCALLBACK VERIFICATION\n  Verified by @{v} with @{o} at @{ph} on @{when}. Caller answered security questions; OTP not used.\n",
        v=NAME(f, cb, ("fl", "first")), o=(orig.first, P), ph=(f.phone_us(), PH), when=DTIME(f, d))
    if f.p(0.35):
        b.f("  Note: caller first gave account @{x}, which does not match our records (Luhn/format check failed for card ref @{c}).\n",
            x=f"****{f.digits(4, False)}", c=f.luhn_invalid16())
    b.f("\nApproved by: @{a}, Operations Officer   Queue time: @{dur}\n", a=NAME(f, appr, ("fl", "fml")), dur=r.choice(DURATIONS))


# ----------------------------------------------------------------------------
# 12. chargeback dispute letters
# ----------------------------------------------------------------------------
def g_chargeback(f, b):
    r = f.r
    ch = f.person()
    rep = f.person()
    addr = f.us_addr(unit_p=0.35)
    tx = f.date(2021, 2026)
    card, kind = f.card()
    merch = r.choice(["Nimbus Electronics Online", "TravelNest", "FitGear Direct", "Wendy's", "Trader Joe's",
                      "Marie Callender's", "Harley-Davidson Shop", "StreamPlus", "Tim Hortons"])
    b.f("@{n}\n@{a}\n@{em} | @{ph}\n\n@{d}\n\n", n=(ch.fml(), P), a=(addr.block(), ADDR), em=(f.email(ch), EM),
        ph=(f.phone_us(), PH), d=DATE(f, tx + _dt.timedelta(days=r.randint(10, 50)), r.choice(["long", "us", "dmy"])))
    bank = r.choice(BANKS_US)
    po, _ = f.po_box()
    b.f("@{bk} Card Services\nAttn: Dispute Department\n@{po}\n\n", bk=bank, po=(po, ADDR))
    b.f("Re: Dispute of charge - card @{m}\n\nDear Sir or Madam,\n\n", m=f.card_masked(card[-4:]))
    b.f("I am writing to dispute a charge of @{amt} on my @{br} card number @{cn}, posted on @{pd}, from merchant @{mc} "
        "(order #@{o}). ", amt=f.amount(20, 2500), br={"visa": "Visa", "mc": "Mastercard", "mc2": "Mastercard",
                                                        "amex": "American Express", "disc": "Discover"}[kind],
        cn=(card, CC), pd=DATE(f, tx), mc=merch, o=f.digits(r.choice([7, 9, 11])))
    reason = r.randrange(3)
    if reason == 0:
        b.f("The item never arrived. The carrier shows tracking number @{t} as 'label created' only. ", t=f.tracking())
    elif reason == 1:
        b.f("I returned the merchandise on @{rd} and have the return receipt (RMA @{rma}), but no credit was issued. ",
            rd=DATE(f, tx + _dt.timedelta(days=r.randint(2, 12))), rma=f"RMA{f.digits(7)}")
    else:
        b.f("I cancelled this subscription on @{cd} and was billed again @{rel}. ",
            cd=DATE(f, tx - _dt.timedelta(days=r.randint(5, 40))), rel=r.choice(["the next month", "two weeks later"]))
    b.f("I contacted the merchant on @{cd} and spoke with a representative named @{rep}, who promised a refund within @{dur}. "
        "Nothing has been received.\n\n", cd=DTIME(f, tx + _dt.timedelta(days=r.randint(3, 20))), rep=(rep.first, P),
        dur=r.choice(["5-7 business days", "10 business days", "48 hours"]))
    if f.p(0.4):
        b.f("Please note the reference on my statement, @{x}, is not my card number. ", x=f.luhn_invalid16())
    b.f("Please credit @{amt} back to my account and send correspondence to the address above. You may reach me at @{ph} "
        "on weekday evenings.\n\nSincerely,\n\n@{n}\n", amt="the full amount", ph=(f.phone_us(), PH), n=(ch.fl(), P))
    b.add(f"Enclosures: receipt, screenshots ({r.randint(2, 6)} pages)\n")


# ----------------------------------------------------------------------------
# JSON / CSV emit helpers (values may be rich: (text, TYPE) tuples)
# ----------------------------------------------------------------------------
def jstr(v):
    """Rich string -> rich JSON string literal (quotes outside the span)."""
    if isinstance(v, tuple):
        return ['"', (json.dumps(v[0], ensure_ascii=False)[1:-1], v[1]), '"']
    if isinstance(v, list):
        return ['"'] + [(json.dumps(x[0], ensure_ascii=False)[1:-1], x[1]) if isinstance(x, tuple)
                        else json.dumps(x, ensure_ascii=False)[1:-1] for x in v] + ['"']
    return json.dumps(v, ensure_ascii=False)


def jemit(b, obj, indent=2, level=0, compact=False):
    nl = "" if compact else "\n"
    pad = "" if compact else " " * (indent * (level + 1))
    end = "" if compact else " " * (indent * level)
    sep = ", " if compact else ","
    if isinstance(obj, dict):
        if not obj:
            b.add("{}")
            return
        b.add("{" + nl)
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            b.add(pad + json.dumps(k) + ": ")
            jemit(b, v, indent, level + 1, compact)
            if i < len(items) - 1:
                b.add(sep)
            b.add(nl)
        b.add(end + "}")
    elif isinstance(obj, list) and not (obj and isinstance(obj[0], str) and obj[0] == "__rich__"):
        if not obj:
            b.add("[]")
            return
        b.add("[" + nl)
        for i, v in enumerate(obj):
            b.add(pad)
            jemit(b, v, indent, level + 1, compact)
            if i < len(obj) - 1:
                b.add(sep)
            b.add(nl)
        b.add(end + "]")
    elif isinstance(obj, tuple):
        b.put(jstr(obj))
    elif isinstance(obj, list):       # ["__rich__", part, part...] -> one JSON string
        b.put(jstr(obj[1:]))
    elif isinstance(obj, str):
        b.add(json.dumps(obj, ensure_ascii=False))
    else:
        b.add(json.dumps(obj))


def csv_cell(v):
    t = plain(v)
    if any(c in t for c in ',"\n'):
        assert '"' not in t
        return ['"', v, '"']
    return v


def csv_row(b, cells, sep=","):
    for i, c in enumerate(cells):
        if i:
            b.add(sep)
        b.put(csv_cell(c) if sep == "," else c)
    b.add("\n")


# ----------------------------------------------------------------------------
# 13. insurance EOB statements
# ----------------------------------------------------------------------------
def g_eob(f, b):
    r = f.r
    mem = f.person()
    pat = f.person(last=mem.last) if f.p(0.5) else mem
    prov = f.person()
    addr = f.us_addr(unit_p=0.3)
    plan = r.choice(HEALTH_PLANS)
    sd = f.date(2021, 2026)
    b.f("@{pl}\nEXPLANATION OF BENEFITS - THIS IS NOT A BILL\nStatement date: @{d}\n\n", pl=plan, d=DATE(f, sd))
    b.f("@{n}\n@{a}\n\n", n=(mem.fl().upper(), P), a=(addr.block().upper() if f.p(0.5) else addr.block(), ADDR))
    b.f("Member: @{m}   Member ID: @{h}   Group #: @{g}\nPatient: @{p}   Claim #: @{c}\nPatient account #: @{pa}   Received: @{rc}\n",
        m=(mem.fl(), P), h=(f.hpn(), HPN), g=f.group_no(), p=(pat.fl(), P), c=f.ref("CLM"), pa=(f.cust_acct(), ACCT),
        rc=DATE(f, sd - _dt.timedelta(days=r.randint(10, 40)), "us"))
    b.f("Provider: @{p}, @{cr} - @{cl} (in-network)   NPI @{npi}\n\n", p=NAME(f, prov, ("fl", "fml", "lf")),
        cr=r.choice(["MD", "DO", "PT", "DPM"]), cl=f"{f.ch(CO_WORDS)} {r.choice(['Family Medicine', 'Orthopedics', 'Imaging', 'Physical Therapy'])}",
        npi=f.npi())
    b.add("Service date | Description              | Code  | Billed    | Allowed   | Plan paid | You owe\n")
    svc = sd - _dt.timedelta(days=r.randint(30, 70))
    tot = 0.0

    def row():
        nonlocal tot
        billed = r.uniform(40, 900)
        allowed = billed * r.uniform(0.35, 0.8)
        paid = allowed * r.choice([0.8, 0.9, 1.0, 0.7])
        owe = allowed - paid
        tot += owe
        b.f("@{d}   | @{desc} | @{c} | @{bl} | @{al} | @{pd} | @{ow}\n", d=DATE(f, svc, r.choice(["us", "us2"])),
            desc=r.choice(["Office visit, est. pt", "Venipuncture", "Therapeutic exercise", "Chest X-ray 2 views",
                           "Comprehensive metabolic", "ECG w/ interp", "New pt visit, level 4"]).ljust(24),
            c=r.choice(CPT), bl=f.amount(billed, billed).rjust(9), al=f"${allowed:,.2f}".rjust(9),
            pd=f"${paid:,.2f}".rjust(9), ow=f"${owe:,.2f}")
    grow(b, row, len(b) + r.randint(200, 700), limit=1800, max_items=8)
    b.add(f"\nTotal you owe: ${tot:,.2f}   Deductible met: ${r.randint(100, 1999):,}.00 of $2,000.00   "
          f"Out-of-pocket met: ${r.randint(200, 3000):,}.00\n")
    b.add("Remark codes: PR-1 deductible; CO-45 exceeds fee schedule.\n\n")
    b.f("Questions? Call Member Services at @{ph} or visit @{u}.\n", ph=(f.phone_us(tollfree=True), PH), u=(f.url(), URL))
    b.f("You have the right to appeal. Appeals must be received by @{d}.\n", d=DATE(f, sd + _dt.timedelta(days=180)))


# ----------------------------------------------------------------------------
# 14. tenant-screening JSON
# ----------------------------------------------------------------------------
def g_tenant_json(f, b):
    r = f.r
    ap = f.person()
    cur = f.date(2023, 2025)
    gen_at = Clock(f, cur + _dt.timedelta(days=r.randint(1, 60)), 0).tick()
    hist = []
    for _ in range(r.randint(1, 3)):
        a = f.us_addr(unit_p=0.5)
        start = cur - _dt.timedelta(days=r.randint(300, 1400))
        hist.append({"line1": (a.line1(), ADDR), "city": (a.city, LOC), "state": (a.st, LOC), "zip": a.zip,
                     "from": (start.isoformat(), DT), "to": (cur.isoformat(), DT) if hist else None})
        cur = start
    ll = f.person()
    obj = {
        "report_id": f.uuid(),
        "generated_at": gen_at,
        "product": f"TenantCheck Pro {f.version()}",
        "applicant": {
            "first_name": (ap.first, P),
            "last_name": (ap.last, P),
            "dob": (f.fmt_date(f.dob_date(), "iso"), DOB),
            "ssn": (f.ssn(), SSN) if f.p(0.7) else f.ssn_masked(),
            "email": (f.email(ap), EM),
            "phone": (f.phone_us(r.choice([1, 5, 4])), PH),
        },
        "address_history": hist,
        "evictions": [],
        "credit": {"score": r.randint(480, 820), "model": "VantageScore 4.0",
                   "tradelines": [{"creditor": r.choice(["CAPITAL ONE", "SYNCB/AMAZON", "DISCOVER", "NAVIENT"]),
                                   "account": f"XXXX{f.digits(4, False)}", "balance": round(r.uniform(0, 9000), 2)}
                                  for _ in range(r.randint(1, 2))]},
        "income": {"employer": f.company(), "monthly_gross": round(r.uniform(2000, 12000), 2), "verified": r.random() < 0.6},
        "landlord_reference": {"name": (ll.fl(), P), "phone": (f.phone_us(), PH)},
        "decision": r.choice(["ACCEPT", "ACCEPT_WITH_CONDITIONS", "DECLINE"]),
    }
    if f.p(0.5):
        fd = f.date(2012, 2023)
        c, st = f.us_city()
        obj["evictions"].append({"case_number": f"{fd.year % 100}-LT-{f.digits(6, False)}", "court": (f"{c}, {st}", LOC),
                                 "filing_date": (f.fmt_date(fd, "iso"), DT), "judgment": f.amount(300, 6000),
                                 "plaintiff": f.company("prop")})
    if f.p(0.3):
        obj["applicant"]["drivers_license"] = {"number": (f.dl()[0], DL), "state": ap and (f.us_city()[1], LOC)}
    jemit(b, obj, indent=r.choice([2, 2, 4]), compact=f.p(0.15))
    b.add("\n")


# ----------------------------------------------------------------------------
# 15. VoIP / SIP call-detail records
# ----------------------------------------------------------------------------
def g_voip_cdr(f, b):
    r = f.r
    if f.p(0.5):
        b.add(f"# cdr export node=sbc-{r.randint(1, 9):02d} schema={f.version()} tz=UTC\n")
        b.add("start_time,end_time,duration_sec,caller_id_name,src,dst,src_ip,dst_ip,disposition,call_uuid\n")
        clk = Clock(f, f.date(2021, 2026), r.choice([0, 3, 4]))

        def row():
            name = f.person()
            nm = r.choice([(name.lf(), P), (name.fl().upper()[:15].strip(), P), "WIRELESS CALLER", "", (name.fl(), P),
                           (name.fl().lower(), P)])
            if isinstance(nm, tuple) and (not nm[0] or nm[0] != nm[0].strip() or nm[0].endswith(("-", "'"))):
                nm = (name.fl(), P)
            dur = r.randint(0, 3600)
            st = clk.tick(5, 400)
            clk.t += _dt.timedelta(seconds=dur)
            en = fmt_machine(r, clk.t, clk.kind)
            clk.t -= _dt.timedelta(seconds=dur)
            b.f("@{a},@{e},@{du},", a=st, e=en, du=str(dur))
            b.put(csv_cell(nm))
            b.f(",@{s},@{t},@{si},@{di},@{dp},@{u}\n", s=(f.phone_intl("44") if f.p(0.3) else "+1" + re.sub(r"\D", "", f.phone_us(5))[-10:], PH),
                t=(f.phone(0.4).replace(" ", "") if f.p(0.5) else f.phone_us(5), PH), si=(f.ipv4(), IP), di=(f.ipv4(), IP),
                dp=r.choice(["ANSWERED", "NO ANSWER", "BUSY", "FAILED"]), u=f.uuid())
        grow(b, row, r.randint(700, 2000))
    else:
        caller = f.person()
        a_ip, b_ip = f.ipv4(False), f.ipv4()
        src = re.sub(r"[^\d+]", "", f.phone_us(3))
        dst = re.sub(r"[^\d+]", "", f.phone_intl())
        if not dst.startswith("+"):
            dst = "+44" + dst.lstrip("0")
        port = r.choice([5060, 5061, 5080])
        b.f("INVITE sip:@{dst}@@{bip}:@{pt} SIP/2.0\n", dst=(dst, PH), bip=(b_ip, IP), pt=str(port))
        b.f("Via: SIP/2.0/UDP @{aip}:@{pt};branch=z9hG4bK@{br};rport\nMax-Forwards: 70\n", aip=(a_ip, IP), pt=str(port),
            br=f.chars(10, LOWER + DIG))
        b.f('From: "@{n}" <sip:@{src}@@{aip}>;tag=@{tag}\nTo: <sip:@{dst}@@{bip}>\nCall-ID: @{cid}\nCSeq: @{cs} INVITE\n',
            n=(caller.fl(), P), src=(src, PH), aip=(a_ip, IP), tag=f.digits(10), dst=(dst, PH), bip=(b_ip, IP),
            cid=f.uuid(), cs=str(r.randint(1, 99999)))
        b.f("Contact: <sip:@{src}@@{aip}:@{pt};transport=udp>\nUser-Agent: @{ua}\nAllow: INVITE, ACK, CANCEL, BYE, OPTIONS\n"
            "Content-Type: application/sdp\nContent-Length: @{cl}\n\n", src=(src, PH), aip=(a_ip, IP), pt=str(port),
            ua=[r.choice(["Yealink SIP-T46U ", "Grandstream GXP2170 ", "Zoiper rv", "Cisco-CP8851/"]),
                (f"{r.randint(1, 90)}.{r.randint(0, 99)}.{r.randint(0, 9)}.{r.randint(1, 250)}", HN)], cl=str(r.randint(180, 320)))
        b.f("v=0\no=- @{s1} @{s2} IN IP4 @{aip}\ns=call\nc=IN IP4 @{aip2}\nt=0 0\nm=audio @{rtp} RTP/AVP 0 8 101\n"
            "a=rtpmap:101 telephone-event/8000\n\n", s1=f.digits(8), s2=f.digits(8), aip=(a_ip, IP), aip2=(a_ip, IP),
            rtp=str(r.randint(10000, 20000)))
        b.f("SIP/2.0 407 Proxy Authentication Required\nProxy-Authenticate: Digest realm=\"@{realm}\", nonce=\"@{nonce}\", algorithm=MD5\n\n",
            realm=f"sip.{f.domain()}", nonce=f.chars(32, HEX))
        if f.p(0.6):
            b.f("# trunk credentials from provisioning file (rotate!): auth_user=@{u} auth_password=@{pw}\n",
                u=f"{f.digits(6)}_{r.choice(['trunk', 'pbx'])}", pw=(f.password(), PW))
        b.f("# CDR: start=@{ts} billsec=@{bs} hangup_cause=NORMAL_CLEARING\n", ts=machine_ts(f, kind=r.choice([0, 4])),
            bs=str(r.randint(0, 1800)))


# ----------------------------------------------------------------------------
# 16. SMS / 2FA delivery logs
# ----------------------------------------------------------------------------
def g_sms_2fa(f, b):
    r = f.r
    clk = Clock(f, f.date(2021, 2026), r.choice([0, 1, 3]))
    svc = r.choice(["sms-gateway", "otp-sender", "notifyd", "auth-2fa"])
    pid = r.randint(100, 60000)
    users = [(f.person(), f.phone(0.45)) for _ in range(r.randint(2, 5))]

    def line():
        p, ph = r.choice(users)
        ts = clk.tick(1, 240)
        k = r.randrange(6)
        mid = f"SM{f.chars(32, HEX)}" if f.p(0.5) else f.uuid()
        if k == 0:
            b.f("@{ts} INFO  @{svc}[@{pid}]: queued msg_id=@{m} to=@{ph} template=otp_login carrier=@{c}\n", ts=ts, svc=svc,
                pid=str(pid), m=mid, ph=(ph, PH), c=r.choice(["Vodafone", "T-Mobile", "Orange", "Airtel", "Telstra", "Verizon"]))
        elif k == 1:
            b.f("@{ts} INFO  @{svc}[@{pid}]: dlr msg_id=@{m} status=DELIVERED to=@{ph} latency_ms=@{l}\n", ts=ts, svc=svc,
                pid=str(pid), m=mid, ph=(ph, PH), l=str(r.randint(200, 9000)))
        elif k == 2:
            b.f("@{ts} WARN  @{svc}[@{pid}]: rate limit hit for @{ph} (@{n} attempts in 10m) client_ip=@{ip}\n", ts=ts, svc=svc,
                pid=str(pid), ph=(ph, PH), n=str(r.randint(4, 9)), ip=(f.ip(), IP))
        elif k == 3:
            b.f('@{ts} DEBUG @{svc}[@{pid}]: render body="Your @{brand} code is ******. It expires in 10 minutes." user_email=@{em}\n',
                ts=ts, svc=svc, pid=str(pid), brand=r.choice(["Acme", "Lumen", "Keystone", "Helix"]), em=(f.email(p), EM))
        elif k == 4:
            b.f("@{ts} ERROR @{svc}[@{pid}]: carrier rejected to=@{ph} code=30007 (filtered) retry_in=@{dur}\n", ts=ts, svc=svc,
                pid=str(pid), ph=(ph, PH), dur=r.choice(["30s", "5m", "1h"]))
        else:
            b.f("@{ts} INFO  @{svc}[@{pid}]: account recovery started for @{n} (uid=@{uid}) phone=@{ph} masked_ssn=@{ms}\n", ts=ts,
                svc=svc, pid=str(pid), n=(p.fl().lower() if f.p(0.5) else p.fl(), P), uid=f.digits(7), ph=(ph, PH), ms=f.ssn_masked())
    if f.p(0.4):
        b.f("# config: provider_api_key=@{k} webhook=@{u} sender_id=@{sid}\n", k=(f.generic_secret(), GS), u=(f.url(), URL),
            sid=r.choice(["ACMEAUTH", "VERIFY", "INFO"]))
    grow(b, line, r.randint(600, 2100))


# ----------------------------------------------------------------------------
# 17. password-manager CSV exports
# ----------------------------------------------------------------------------
SITES = [("Netflix", "www.netflix.com/login"), ("Chase", "secure.chase.com/web/auth"), ("Amazon", "www.amazon.com/ap/signin"),
         ("GitHub", "github.com/login"), ("Okta", "acme.okta.com/app/UserHome"), ("Comcast", "login.xfinity.com/login"),
         ("Fidelity", "digital.fidelity.com/prgw/digital/login"), ("Hulu", "auth.hulu.com/web/login"),
         ("Spotify", "accounts.spotify.com/en/login"), ("PG&E", "m.pge.com/login"), ("Dropbox", "www.dropbox.com/login"),
         ("Coinbase", "www.coinbase.com/signin"), ("Kaiser", "healthy.kaiserpermanente.org/sign-on"),
         ("Slack", "app.slack.com/signin"), ("Router admin", "router.home.arpa/admin"), ("LinkedIn", "www.linkedin.com/login")]


def g_password_csv(f, b):
    r = f.r
    owner = f.person()
    fmt = r.randrange(3)
    if fmt == 0:
        b.add("url,username,password,totp,extra,name,grouping,fav\n")
    elif fmt == 1:
        b.add("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n")
    else:
        b.add("name,url,username,password,note\n")
    sites = r.sample(SITES, len(SITES))
    it = iter(sites)

    def row():
        name, path = next(it)
        url = (f"https://{path}", URL)
        user = (f.email(owner), EM) if f.p(0.6) else r.choice([ascii_fold(owner.first).lower() + str(r.randint(1, 99)), "admin", f"{ascii_fold(owner.last).lower().replace(' ', '')}_{f.digits(2)}"])
        pw = (f.password(), PW)
        totp = (f.totp_secret(), GS) if f.p(0.25) else ""
        note = ""
        x = r.random()
        if x < 0.12:
            note = ["acct # ", (f.cust_acct(), ACCT)]
        elif x < 0.2:
            note = ["PIN ", (f.digits(r.choice([4, 6]), False), PW)]
        elif x < 0.28:
            note = ["security Q: first pet -> ", f.pet()]
        elif x < 0.31:
            note = ["card on file ", f.card_masked()]
        elif x < 0.34:
            cn, _ = f.card()
            note = ["backup card ", (cn, CC), " exp ", (f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", DT)]
        elif x < 0.40:
            note = ["renews ", (f.fmt_date(f.date(), "us"), DT)]
        if fmt == 0:
            csv_row(b, [url, user, pw, totp, note, name, r.choice(["Personal", "Finance", "Work", "Streaming"]), r.choice(["0", "1"])])
        elif fmt == 1:
            csv_row(b, [r.choice(["", "Finance", "Work"]), r.choice(["", "1"]), "login", name, note, "", "0", url, user, pw, totp])
        else:
            csv_row(b, [name, url, user, pw, note])
    grow(b, row, r.randint(500, 1700), max_items=len(SITES) - 2)
    if f.p(0.5):
        ak = f.aws_key()
        note = ["root account. access key ", (ak, AKEY), " secret ", (f.aws_secret(), ASEC), " (created ",
                (f.fmt_date(f.date(), "iso"), DT), ")"]
        url = ("https://console.aws.amazon.com/", URL)
        user = (f.email(owner), EM)
        if fmt == 0:
            csv_row(b, [url, user, (f.password(), PW), "", note, "AWS root", "Work", "1"])
        elif fmt == 1:
            csv_row(b, ["Work", "1", "login", "AWS root", note, "", "0", url, user, (f.password(), PW), ""])
        else:
            csv_row(b, ["AWS root", url, user, (f.password(), PW), note])
    if f.p(0.4):
        wifi = ["SSID ", f"{f.ch(CO_WORDS)}-5G", " / WPA2 passphrase ", (f.password(), PW)]
        if fmt == 0:
            csv_row(b, ["", "", "", "", wifi, "Home Wi-Fi", "Secure Notes", "0"])
        elif fmt == 1:
            csv_row(b, ["", "", "note", "Home Wi-Fi", wifi, "", "0", "", "", "", ""])
        else:
            csv_row(b, ["Home Wi-Fi", "", "", "", wifi])


# ----------------------------------------------------------------------------
# 18. browser-autofill JSON dumps
# ----------------------------------------------------------------------------
def g_autofill_json(f, b):
    r = f.r
    p = f.person()
    profiles = []
    for i in range(r.randint(1, 2)):
        q = p if i == 0 else f.person(last=p.last if f.p(0.5) else None)
        if f.p(0.75):
            a = f.us_addr(unit_p=0.4)
            street = a.street if not a.unit else a.street + "\n" + a.unit
            city, state, zipc, cc = a.city, a.st, a.zip, "US"
            ph = f.phone_us(5)
        else:
            cc = r.choice(list(INTL))
            full, city = f.intl_addr(cc, multiline=False, country=False)
            street = full.rsplit(", ", 1)[0]
            state, zipc = "", f.digits(5)
            ph = f.phone_intl()
        prof = {"guid": f.uuid(), "full_name": (q.fml(), P), "company_name": f.company() if f.p(0.4) else "",
                "street_address": (street, ADDR), "city": (city, LOC), "state": (state, LOC) if state else "",
                "zipcode": zipc, "country_code": cc, "phone_home_whole_number": (ph, PH),
                "email_address": (f.email(q), EM), "date_modified": r.randint(1_600_000_000, 1_780_000_000),
                "use_count": r.randint(1, 80), "origin": r.choice(["", "https://www.google.com", "settings"])}
        if prof["origin"].startswith("http"):
            prof["origin"] = (prof["origin"], URL)
        profiles.append(prof)
    cards = []
    for _ in range(r.randint(0, 2)):
        num, kind = f.card()
        cards.append({"guid": f.uuid(), "name_on_card": (p.fl().upper() if f.p(0.3) else p.fl(), P),
                      "card_number": (num.replace(" ", "").replace("-", ""), CC),
                      "expiration_month": r.randint(1, 12), "expiration_year": r.randint(2025, 2031),
                      "nickname": r.choice(["", "Travel card", "Work Amex", "Joint"]), "billing_address_id": profiles[0]["guid"]})
    auto = []
    cands = [("dob", (f.fmt_date(f.dob_date(), r.choice(["iso", "us"])), DOB)), ("ssn", (f.ssn(), SSN)),
             ("q", ["cheap flights to ", (f.place(), LOC)]), ("username", ascii_fold(p.first).lower() + f.digits(2)),
             ("coupon", f.chars(8, UPPER + DIG)), ("promo_code", "SPRING" + f.digits(2)),
             ("passport_expiry", (f.fmt_date(f.date(2026, 2034), "iso"), DT)), ("apt_date", (f.fmt_date(f.date(), "us"), DT)),
             ("emergency_contact", (f.person().fl(), P)), ("tracking", f.tracking())]
    for k, v in r.sample(cands, r.randint(2, 6)):
        auto.append({"name": k, "value": (["__rich__"] + v) if isinstance(v, list) else v, "count": r.randint(1, 12)})
    obj = {"browser": r.choice(["Chrome 124.0.6367.91", "Edge 123.0.2420.97", "Brave 1.65.114"]),
           "profile_dir": "Default", "autofill_profiles": profiles, "credit_cards": cards, "autocomplete": auto}
    jemit(b, obj, indent=r.choice([2, 4]), compact=f.p(0.1))
    b.add("\n")


# ----------------------------------------------------------------------------
# 19. CRM notes in Markdown
# ----------------------------------------------------------------------------
def g_crm_markdown(f, b):
    r = f.r
    acct = f.company()
    owner = f.person()
    contacts = [f.person() for _ in range(r.randint(2, 4))]
    dom = f.domain(acct.split()[0])
    b.f("## Account: @{a}\n\n**Owner:** @{o} · **Stage:** @{st} · **ARR:** @{arr} · **Customer account #:** @{ac}\n",
        a=acct, o=NAME(f, owner, ("fl", "first")), st=r.choice(["Discovery", "Negotiation", "Closed Won", "Renewal"]),
        arr=f.amount(8000, 400000), ac=(f.cust_acct(), ACCT))
    b.f("**HQ:** @{hq}\n\n", hq=(f.intl_addr(multiline=False)[0] if f.p(0.4) else f.us_addr(unit_p=0.6).oneline(), ADDR))
    b.add("### Contacts\n\n| Name | Title | Email | Phone |\n|---|---|---|---|\n")
    for c in contacts:
        b.f("| @{n} | @{t} | @{e} | @{ph} |\n", n=NAME(f, c, ("fl", "fml", "fl")),
            t=r.choice(["VP Operations", "IT Director", "Procurement", "CFO", "Head of Security", "Office Manager"]),
            e=(f.email(c, dom), EM), ph=(f.phone(0.5), PH))
    b.add("\n### Activity\n\n")
    d = f.date(2021, 2026)
    c0 = contacts[0]

    def note():
        nonlocal d
        d = d + _dt.timedelta(days=r.randint(2, 30))
        c = r.choice(contacts)
        k = r.randrange(8)
        b.f("- **@{d}** — ", d=DATE(f, d, r.choice(["iso", "abbr", "us", "dmy"])))
        if k == 0:
            b.f("Call with @{c}. They are relocating the ops team to @{loc} next quarter; wants SSO before renewal.\n",
                c=(c.first, P), loc=(f.place(), LOC))
        elif k == 1:
            b.f("Demo of the @{brand} integration for @{c}'s team. Follow-up booked for @{t} (@{tz}).\n",
                brand=r.choice(["Alexa", "Siri Shortcuts", "Cortana", "Salesforce"]), c=(c.fl(), P),
                t=DTIME(f, d + _dt.timedelta(days=r.randint(2, 10))), tz=r.choice(["CET", "Europe/Berlin", "America/Chicago", "IST"]))
        elif k == 2:
            b.f("@{c} sent PO @{po}; invoice @{inv} due in 30 days. Billing contact: @{e}.\n", c=(c.last, P),
                po=f"PO-{f.digits(6)}", inv=f.ref("INV"), e=(f.role_email(dom), EM))
        elif k == 3:
            b.f("Ping @@{h} re: contract redlines; legal is @{lp} ([LinkedIn](@{u})).\n",
                h=ascii_fold(owner.first).lower() + ascii_fold(owner.last[:1]).lower(), lp=(f.person().fl(), P),
                u=(f"https://www.linkedin.com/in/{ascii_fold(c.first).lower()}-{re.sub(r'[^a-z]', '', ascii_fold(c.last).lower())}-{f.digits(4)}", URL))
        elif k == 4:
            b.f("Onsite at their @{loc} office with @{c} and @{c2}. Met the new CTO, @{cto}.\n", loc=(f.place(), LOC),
                c=(c.fl(), P), c2=(c0.first, P), cto=(f.person().fl(), P))
        elif k == 5:
            b.f("Support escalation #@{t}: SAML cert expires @{e}; @{c} to rotate. Sandbox IP allow-list: @{ip}.\n",
                t=f.digits(5), e=DATE(f, d + _dt.timedelta(days=r.randint(5, 60))), c=(c.first, P), ip=(f.ipv4(False), IP))
        elif k == 7:
            kind, tok = r.choice([("Stripe restricted key", (f.stripe_key(), STRIPE)), ("Slack bot token", (f.slack_token(), SLK)),
                                  ("GitHub PAT", (f.gh_token(), GH)), ("webhook signing secret", (f.generic_secret(), GS))])
            b.f("@{c} pasted their @{k} into the shared channel (`@{t}`) - asked them to rotate it @{rel}.\n",
                c=(c.first, P), k=kind, t=tok, rel=r.choice(["today", "ASAP", "before go-live"]))
        else:
            b.f("Left voicemail for @{c} at [@{ph}](tel:@{ph2}). No answer @{rel}.\n", c=(c.first, P),
                ph=(ph := f.phone_us(0), PH), ph2=("+1" + re.sub(r"\D", "", ph), PH), rel=r.choice(RELATIVE))
    grow(b, note, r.randint(900, 2150))


# ----------------------------------------------------------------------------
# 20. Jira / GitHub issue threads with pasted configs
# ----------------------------------------------------------------------------
def g_issue_thread(f, b):
    r = f.r
    rep = f.person()
    dev = f.person()
    sec = f.person()
    ver = f.version()
    num = f.digits(4)
    if f.p(0.5):
        b.f("### Deploy fails with 403 after upgrading to @{v} #@{n}\n\n**@{rep}** opened this issue · @{c} comments\n\n",
            v=ver, n=num, rep=(rep.fl(), P), c=str(r.randint(2, 14)))
    else:
        b.f("[@{k}-@{n}] Worker crash-loops after config change\nType: Bug   Priority: @{pr}   Status: In Progress\n"
            "Reporter: @{rep}   Assignee: @{asg}\nCreated: @{cr}   Due Date: @{due}\n\nDescription\n",
            k=r.choice(["OPS", "PLAT", "INFRA", "BILL"]), n=num, pr=r.choice(["P1", "P2", "Major"]), rep=(rep.fl(), P),
            asg=(dev.fl(), P), cr=machine_ts(f, kind=3), due=DATE(f, f.date(2022, 2026), r.choice(["iso", "abbr", "us"])))
    b.f("After bumping the chart to @{v} the worker can't reach S3. Config from the box (commit @{sha}):\n\n", v=ver, sha=f.sha(7))
    fence = r.choice(["yaml", "ini", "env"])
    b.add(f"```{fence}\n")
    host = f"db-{r.choice(['prod', 'stg', 'main'])}.{r.choice(['internal', 'svc.cluster.local'])}"
    items = [
        lambda: b.f("aws_access_key_id: @{k}\naws_secret_access_key: @{s}\n" if fence == "yaml" else
                    "AWS_ACCESS_KEY_ID=@{k}\nAWS_SECRET_ACCESS_KEY=@{s}\n", k=(f.aws_key(), AKEY), s=(f.aws_secret(), ASEC)),
        lambda: b.f("database_url: postgres://app:@{pw}@@{h}:5432/app\n" if fence == "yaml" else
                    "DATABASE_URL=postgres://app:@{pw}@@{h}:5432/app\n", pw=(f.password(safe=True), PW), h=host),
        lambda: b.f("slack_token: ${SLACK_BOT_TOKEN}\n" if fence == "yaml" else "SLACK_TOKEN=${SLACK_BOT_TOKEN}\n"),
        lambda: b.f("slack_webhook_token: @{t}\n" if fence == "yaml" else "SLACK_TOKEN=@{t}\n", t=(f.slack_token(), SLK)),
        lambda: b.f("github_token: @{t}\n" if fence == "yaml" else "GITHUB_TOKEN=@{t}\n", t=(f.gh_token(), GH)),
        lambda: b.f("stripe_secret: @{t}\n" if fence == "yaml" else "STRIPE_SECRET_KEY=@{t}\n", t=(f.stripe_key(), STRIPE)),
        lambda: b.f("sentry_dsn_secret: ${{ secrets.SENTRY_DSN }}\n" if fence == "yaml" else "SENTRY_DSN=${{ secrets.SENTRY_DSN }}\n"),
        lambda: b.f("redis_host: @{ip}\nredis_port: 6379\n" if fence == "yaml" else "REDIS_HOST=@{ip}\nREDIS_PORT=6379\n", ip=(f.ipv4(True), IP)),
        lambda: b.f("api_key: @{k}\n" if fence == "yaml" else "PARTNER_API_KEY=@{k}\n", k=(f.generic_secret(), GS)),
        lambda: b.f("image: registry.@{d}/worker@sha256:@{h}\n" if fence == "yaml" else "IMAGE_DIGEST=sha256:@{h}\n",
                    d=f.domain(), h=f.sha(64)),
        lambda: b.f("oncall_email: @{e}\n" if fence == "yaml" else "ONCALL_EMAIL=@{e}\n", e=(f.email(dev, f.domain()), EM)),
        lambda: b.f("service_token: @{t}\n" if fence == "yaml" else "SERVICE_JWT=@{t}\n", t=(f.jwt(), JWT)),
    ]
    run_some(r, items, 4, 8)
    b.add("```\n\n")
    b.add("Log excerpt:\n```\n")
    clk = Clock(f, kind=r.choice([0, 1]))
    for _ in range(r.randint(2, 4)):
        b.f("@{ts} ERROR worker: PUT @{u} -> 403 (request-id @{rid}) peer=@{ip}\n", ts=clk.tick(1, 30),
            u=(f.url(f"uploads.{f.domain()}"), URL), rid=f.uuid(), ip=(f.ip(), IP))
    b.add("```\n\n")
    b.f("**@{s}** commented @{rel}\n> Please don't paste live credentials into tickets. I've revoked the key above and rotated the DB password; "
        "use `${DB_PASSWORD}` from the vault instead. @@{h} can you confirm the new role ARN works?\n\n",
        s=(sec.fl(), P), rel=r.choice(["3 days ago", "yesterday", "2 hours ago", "last week"]),
        h=ascii_fold(dev.first).lower() + str(r.randint(1, 99)))
    if f.p(0.5):
        b.f("**@{d}** commented @{rel}\n> Confirmed fixed in @{v}. For the record the failing node was @{ip} (build 10.0.19045.3803 runner).\n",
            d=(dev.fl(), P), rel=r.choice(["yesterday", "an hour ago", "5 minutes ago"]), v=f.version(), ip=(f.ipv4(True), IP))
    if f.p(0.35):
        b.f("\nDeploy key that was on the runner (now deleted):\n@{k}\n", k=(f.pem(lines=r.randint(3, 5)), PK))


# ----------------------------------------------------------------------------
# 21. Postman / HTTP request dumps
# ----------------------------------------------------------------------------
def g_http_dump(f, b):
    r = f.r
    p = f.person()
    dom = f.domain()
    k = r.randrange(3)
    if k == 0:
        path = r.choice(["/v1/customers", "/api/v2/members", "/v3/charges", "/graphql", "/api/patients/search"])
        b.f("POST @{p} HTTP/1.1\nHost: api.@{d}\n", p=path, d=dom)
        auth = r.randrange(4)
        if auth == 0:
            b.f("Authorization: Bearer @{t}\n", t=(f.jwt(), JWT))
        elif auth == 1:
            b.f("Authorization: Bearer @{t}\n", t=(f.stripe_key(), STRIPE))
        elif auth == 2:
            b.f("Authorization: Bearer @{t}\n", t=(f.generic_secret(), GS))
        else:
            b.f("Authorization: token @{t}\n", t=(f.gh_token(), GH))
        if f.p(0.4):
            b.f("X-Api-Key: @{k}\n", k=(f.generic_secret(), GS))
        b.f("X-Forwarded-For: @{a}, @{c}\nContent-Type: application/json\nUser-Agent: PostmanRuntime/@{v}\nPostman-Token: @{u}\n"
            "Accept: */*\n\n", a=(f.ip(), IP), c=(f.ipv4(True), IP), v=f.version().lstrip("v"), u=f.uuid())
        a = f.us_addr(unit_p=0.3)
        body = {"name": (p.fl(), P), "email": (f.email(p), EM), "phone": (f.phone(0.3), PH),
                "address": {"line1": (a.line1(), ADDR), "city": (a.city, LOC), "state": (a.st, LOC), "postal_code": a.zip},
                "metadata": {"order_id": f.ref("ORD"), "source": "postman-test"}}
        if f.p(0.4):
            body["dob"] = (f.fmt_date(f.dob_date(), "iso"), DOB)
        jemit(b, body, compact=f.p(0.3))
        b.f("\n\nHTTP/1.1 201 Created\nDate: @{d}\nX-Request-Id: @{u}\nContent-Type: application/json\n\n{\"id\": \"cus_@{id}\", \"created\": @{ep}}\n",
            d=rfc822_date(f).replace("+0000", "GMT").replace("-0500", "GMT").replace("+0100", "GMT").replace("+0200", "GMT").replace("-0800", "GMT"),
            u=f.uuid(), id=f.chars(14, ALNUM), ep=str(r.randint(1_600_000_000, 1_780_000_000)))
    elif k == 1:
        b.add("$ curl -sS -X POST \\\n")
        b.f("  @{u} \\\n", u=(f"https://api.{dom}/v1/{r.choice(['charges', 'refunds', 'payouts', 'transfers'])}", URL))
        if f.p(0.5):
            b.f("  -u @{k}: \\\n", k=(f.stripe_key(), STRIPE))
        else:
            b.f("  -H 'Authorization: Bearer @{k}' \\\n", k=(f.jwt(), JWT))
        b.f("  -d amount=@{a} -d currency=usd \\\n  -d \"description=Invoice @{inv} for @{n}\" \\\n  -d \"receipt_email=@{e}\"\n",
            a=str(r.randint(100, 99999)), inv=f.ref("INV"), n=(p.fl(), P), e=(f.email(p), EM))
        b.add("\n{\n  \"id\": \"ch_" + f.chars(24, ALNUM) + "\",\n  \"object\": \"charge\",\n  \"status\": \"succeeded\",\n")
        b.f("  \"payment_method_details\": {\"card\": {\"brand\": \"visa\", \"last4\": \"@{l4}\", \"exp_month\": @{m}, \"exp_year\": @{y}}},\n",
            l4=f.digits(4, False), m=str(r.randint(1, 12)), y=str(r.randint(2025, 2031)))
        b.f("  \"billing_details\": {\"name\": \"@{n}\", \"phone\": \"@{ph}\"}\n}\n", n=(p.fl(), P), ph=(f.phone_us(4), PH))
    else:
        env = {"id": f.uuid(), "name": f"{r.choice(['prod', 'staging', 'partner-sandbox'])}-env", "values": [
            {"key": "base_url", "value": (f"https://api.{dom}/v{r.randint(1, 3)}", URL), "enabled": True},
            {"key": "client_id", "value": f.chars(24, LOWER + DIG), "enabled": True},
            {"key": "client_secret", "value": (f.generic_secret(), GS), "enabled": True},
            {"key": "access_token", "value": (f.jwt(), JWT), "enabled": True},
            {"key": "admin_password", "value": (f.password(), PW), "enabled": f.p(0.5)},
            {"key": "db_password", "value": "{{vault:db-pass}}", "enabled": True},
            {"key": "test_user_email", "value": (f.email(p), EM), "enabled": True},
            {"key": "upstream_host", "value": (f.ipv4(), IP), "enabled": True},
        ], "_postman_variable_scope": "environment", "_postman_exported_using": f"Postman/{f.version().lstrip('v')}"}
        if f.p(0.4):
            env["values"].append({"key": "aws_access_key_id", "value": (f.aws_key(), AKEY), "enabled": True})
            env["values"].append({"key": "aws_secret_access_key", "value": (f.aws_secret(), ASEC), "enabled": True})
        if f.p(0.3):
            env["values"].append({"key": "slack_bot_token", "value": (f.slack_token(), SLK), "enabled": True})
        if f.p(0.25):
            env["values"].append({"key": "sa_private_key", "value": (f.pem(lines=r.randint(3, 6)), PK), "enabled": True})
        jemit(b, env, indent=r.choice([2, 4]))
        b.add("\n")


# ----------------------------------------------------------------------------
# 22. syslog / auth.log
# ----------------------------------------------------------------------------
def g_auth_log(f, b):
    r = f.r
    host = r.choice(["web01", "bastion", "db-prod-2", "ip-10-0-3-17", "build-agent-7", "nas", "mail"])
    users = [ascii_fold(f.person().first).lower() for _ in range(3)] + ["deploy", "root", "ubuntu"]
    clk = Clock(f, f.date(2021, 2026), 2)
    attackers = [f.ip(0.2) for _ in range(3)]
    gecos_people = [f.person() for _ in range(2)]

    def line():
        ts = clk.tick(1, 900)
        pid = str(r.randint(300, 65000))
        k = r.randrange(10)
        b.add(f"{ts} {host} ")
        if k == 0:
            b.f("sshd[@{pid}]: Accepted publickey for @{u} from @{ip} port @{po} ssh2: ED25519 SHA256:@{fp}\n", pid=pid,
                u=r.choice(users), ip=(f.ip(), IP), po=str(r.randint(1024, 65535)), fp=f.chars(43, ALNUM + "+/"))
        elif k == 1:
            b.f("sshd[@{pid}]: Failed password for invalid user @{u} from @{ip} port @{po} ssh2\n", pid=pid,
                u=r.choice(["admin", "test", "oracle", "pi", "user"]), ip=(r.choice(attackers), IP), po=str(r.randint(1024, 65535)))
        elif k == 2:
            b.f("sudo: @{u} : TTY=pts/@{t} ; PWD=/home/@{u} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx\n",
                u=r.choice(users), t=str(r.randint(0, 5)))
        elif k == 3:
            u = r.choice(users)
            b.f("sudo: @{u} : TTY=pts/@{t} ; PWD=/srv/app ; USER=postgres ; COMMAND=/usr/bin/psql postgresql://admin:@{pw}@@{ip}:5432/prod\n",
                u=u, t=str(r.randint(0, 5)), pw=(f.password(safe=True), PW), ip=(f.ipv4(True), IP))
        elif k == 4 and f.p(0.3):
            b.f("sudo: @{u} : TTY=pts/@{t} ; PWD=/opt/ci ; USER=root ; COMMAND=/usr/bin/curl -sH Authorization: token @{tok} @{url}\n",
                u=r.choice(users), t=str(r.randint(0, 5)), tok=(f.gh_token(), GH),
                url=(f"https://api.github.com/repos/{f.ch(CO_WORDS).lower()}/infra/releases", URL))
        elif k == 4:
            b.f("CRON[@{pid}]: (root) CMD (/usr/local/bin/backup.sh --since ${LAST_RUN} >/dev/null 2>&1)\n", pid=pid)
        elif k == 5:
            b.f("systemd-logind[@{pid}]: New session @{s} of user @{u}.\n", pid=pid, s=str(r.randint(1, 9999)), u=r.choice(users))
        elif k == 6:
            p = r.choice(gecos_people)
            uname = ascii_fold(p.first[0] + p.last).lower().replace(" ", "").replace("'", "")
            b.f("usermod[@{pid}]: change user '@{u}' comment to '@{n},Room @{rm},@{ph}'\n", pid=pid, u=uname, n=(p.fl(), P),
                rm=str(r.randint(100, 499)), ph=(f.phone_us(1), PH))
        elif k == 7:
            b.f("sshd[@{pid}]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=@{ip}  user=root\n",
                pid=pid, ip=(r.choice(attackers), IP))
        elif k == 8:
            b.f("kernel: [UFW BLOCK] IN=eth0 OUT= MAC=@{mac} SRC=@{s} DST=@{d} LEN=60 PROTO=TCP SPT=@{sp} DPT=22\n",
                mac=":".join(f.chars(2, HEX) for _ in range(14)), s=(r.choice(attackers), IP), d=(f.ipv4(True), IP),
                sp=str(r.randint(1024, 65535)))
        else:
            b.f("sshd[@{pid}]: Connection closed by authenticating user @{u} @{ip} port @{po} [preauth]\n", pid=pid,
                u=r.choice(users), ip=(r.choice(attackers), IP), po=str(r.randint(1024, 65535)))
    grow(b, line, r.randint(500, 2200))
    if f.p(0.2):
        b.f("# incident note: leaked key for @{u} found in /home/@{u}/.ssh/id_rsa (mode 0644):\n@{k}\n",
            u=r.choice(users[:3]), k=(f.pem(lines=r.randint(3, 6)), PK))


# ----------------------------------------------------------------------------
# 23. Spanish / German / French customer e-mails
# ----------------------------------------------------------------------------
def g_multilingual_email(f, b):
    r = f.r
    lang = r.choice(["es", "de", "fr"])
    cc = {"es": "ES", "de": "DE", "fr": "FR"}[lang]
    p = f.person()
    agent = f.person(g={"es": "f", "de": "m", "fr": "f"}[lang])
    shop = f.domain()
    addr, city = f.intl_addr(cc, multiline=f.p(0.4))
    ph = f.phone_intl({"es": "34", "de": "49", "fr": "33"}[lang])
    order_d = f.date(2021, 2026)
    meet = order_d + _dt.timedelta(days=r.randint(5, 20))
    h, m = f.hm()
    b.f("From: @{n} <@{e}>\nTo: @{to}\nDate: @{d}\nSubject: @{s}\n\n", n=(p.fl(), P), e=(f.email(p), EM),
        to=(f.role_email(shop), EM), d=rfc822_date(f, order_d + _dt.timedelta(days=r.randint(1, 4))),
        s={"es": "Reclamación pedido n.º ", "de": "Reklamation Bestellung Nr. ", "fr": "Réclamation commande n° "}[lang] + f.digits(7))
    ordn = f.digits(r.choice([7, 9]))
    iban = f.iban(cc)
    if lang == "es":
        b.f("Estimados señores:\n\nMe llamo @{n} y les escribo en relación con mi pedido n.º @{o} del @{d}. "
            "El paquete (seguimiento @{t}) llegó dañado y quisiera solicitar el reembolso de @{amt}.\n\n",
            n=(p.fl(), P), o=ordn, d=DATE(f, order_d, lang="es", weekday=False), t=f.tracking(), amt=f.amount(20, 900, "€"))
        b.f("Mi dirección es @{a}, y mi teléfono @{ph}. Para la devolución, mi IBAN es @{ib}.\n\n",
            a=(addr, ADDR), ph=(ph, PH), ib=(iban, IBAN))
        b.f("Estoy disponible el @{dt} para que pase el mensajero. Ya hablé ayer con su compañera, la Sra. @{ag}, "
            "pero no he recibido respuesta.\n\n", dt=(f.fmt_dt(meet, h, m, lang="es"), DT), ag=(agent.last, P))
        b.f("Atentamente,\n@{n}\n@{c}\n", n=(p.fl(), P), c=(city, LOC))
    elif lang == "de":
        b.f("Sehr geehrte Damen und Herren,\n\nmein Name ist @{n}. Am @{d} habe ich bei Ihnen die Bestellung Nr. @{o} aufgegeben. "
            "Leider ist die Lieferung unvollständig (Sendungsnummer @{t}).\n\n", n=(p.fl(), P), d=DATE(f, order_d, lang="de", weekday=False),
            o=ordn, t=f.tracking())
        b.f("Bitte erstatten Sie den Betrag von @{amt} auf mein Konto, IBAN @{ib}. Meine Anschrift lautet:\n@{a}\n"
            "Telefonisch erreichen Sie mich unter @{ph}.\n\n", amt=f.amount(20, 900, "€"), ib=(iban, IBAN), a=(addr, ADDR), ph=(ph, PH))
        b.f("Ein Rückruf wäre mir am @{dt} recht. Herr @{ag} aus Ihrem Kundenservice hatte mir bereits @{rel} eine Antwort zugesagt.\n\n",
            dt=(f.fmt_dt(meet, h, m, lang="de"), DT), ag=(agent.last, P), rel=r.choice(["vor zwei Wochen", "gestern", "letzte Woche"]))
        b.f("Mit freundlichen Grüßen\n@{n}\n", n=(p.fl(), P))
    else:
        b.f("Madame, Monsieur,\n\nJe m'appelle @{n} et je vous contacte au sujet de ma commande n° @{o} passée le @{d}. "
            "Le colis (suivi @{t}) n'est jamais arrivé à @{c}.\n\n", n=(p.fl(), P), o=ordn, d=DATE(f, order_d, lang="fr", weekday=False),
            t=f.tracking(), c=(city, LOC))
        b.f("Merci de procéder au remboursement de @{amt} sur mon compte : IBAN @{ib}. Mon adresse : @{a}. Tél. : @{ph}.\n\n",
            amt=f.amount(20, 900, "€"), ib=(iban, IBAN), a=(addr.replace("\n", ", "), ADDR), ph=(ph, PH))
        b.f("Je serai disponible le @{dt} si un livreur doit repasser. Mme @{ag} du service client m'avait promis un retour @{rel}.\n\n",
            dt=(f.fmt_dt(meet, h, m, lang="fr"), DT), ag=(agent.last, P), rel=r.choice(["sous 48 heures", "demain", "la semaine dernière"]))
        b.f("Cordialement,\n@{n}\n", n=(p.fl(), P))
    if f.p(0.5):
        b.f("\n-- \nPreferred language: @{l} | Kundennr./Customer no. @{c}\n", l={"es": "Spanish", "de": "German", "fr": "French"}[lang],
            c=(f.cust_acct(), ACCT))


# ----------------------------------------------------------------------------
# negatives: documents holding only hard negatives (no entities at all)
# ----------------------------------------------------------------------------
def n_syslog(f, b):
    r = f.r
    host = r.choice(["web01", "worker-3", "ci-runner", "backup", "edge-gw"])
    clk = Clock(f, kind=r.choice([2, 0, 1]))

    def line():
        ts = clk.tick(1, 1200)
        pid = r.randint(200, 65000)
        b.add(f"{ts} {host} " + r.choice([
            f"CRON[{pid}]: (root) CMD (/usr/local/bin/rotate.sh --keep {r.randint(3, 30)} ${{LOG_DIR}})",
            f"systemd[1]: Started Session {r.randint(1, 9999)} of user deploy.",
            f"dockerd[{pid}]: pulled image app@sha256:{f.sha(64)} in {r.randint(1, 90)}s",
            f"apt[{pid}]: upgraded openssl {f.version()} -> {f.version()}",
            f"kernel: [{r.randint(1000, 999999)}.{f.digits(6, False)}] EXT4-fs (sda{r.randint(1, 4)}): mounted filesystem with ordered data mode",
            f"sshd[{pid}]: pam_unix(sshd:session): session opened for user deploy(uid={r.randint(1000, 1010)}) by (uid=0)",
            f"app[{pid}]: job {f.uuid()} finished in {r.choice(DURATIONS)} (commit {f.sha(12)}, build {r.randint(100, 9999)})",
            f"logrotate[{pid}]: rotating pattern /var/log/nginx/*.log {r.randint(1, 7)*86400} seconds",
            f"app[{pid}]: retrying webhook delivery evt_{f.chars(20, ALNUM)} attempt {r.randint(1, 5)}/5 next retry {r.choice(['in 30s', 'in 5m', 'tomorrow'])}",
            f"vault[{pid}]: lease renewed for db creds (ttl {r.choice(['1h', '24h', '768h'])}) password=${{DB_PASSWORD}}",
        ]) + "\n")
    grow(b, line, r.randint(400, 2000))


def n_eob_redacted(f, b):
    r = f.r
    b.add("EXPLANATION OF BENEFITS (REDACTED COPY FOR QA)\n")
    b.add(f"Member ID: XXXXXX{f.digits(4, False)}   Group #: {f.group_no()}   Claim #: {f.ref('CLM')}\n")
    b.add(f"Provider NPI: {f.npi()}   Tax ID on file: **-***{f.digits(4, False)}   Patient: [REDACTED]\n\n")

    def row():
        billed = r.uniform(40, 900)
        b.add(f"CPT {r.choice(CPT)}  ICD-10 {r.choice(ICD10)}  billed ${billed:,.2f}  allowed ${billed * 0.6:,.2f}  "
              f"remark {r.choice(['CO-45', 'PR-1', 'PR-2', 'N130'])}\n")
    grow(b, row, r.randint(400, 1600))
    b.add(f"\nDeductible: ${r.randint(100, 2000):,}.00 of $2,000.00. Appeal window: {r.choice(['180 days', '60 days'])} from the date of this notice.\n")
    b.add("For questions, call the number on the back of your ID card.\n")


def n_ci_config(f, b):
    r = f.r
    b.add("# .github/workflows/release.yml (sanitized)\nname: release\non:\n  push:\n    tags: ['v*']\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    env:\n")
    keys = r.sample(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "STRIPE_SECRET_KEY", "DB_PASSWORD",
                     "GITHUB_TOKEN", "NPM_TOKEN", "SENTRY_AUTH_TOKEN", "JWT_SIGNING_KEY"], r.randint(3, 7))
    for k in keys:
        b.add(f"      {k}: ${{{{ secrets.{k} }}}}\n")
    b.add("    steps:\n      - uses: actions/checkout@" + f.sha(40) + "  # " + f.version() + "\n")
    b.add(f"      - uses: docker/build-push-action@v{r.randint(3, 6)}\n        with:\n          tags: registry.internal/app:{f.version().lstrip('v')}\n")
    b.add(f"      - run: ./deploy.sh --password \"${{DEPLOY_PASSWORD}}\" --token $CI_JOB_TOKEN --build-id {f.uuid()}\n")
    b.add("\n# config/app.yaml\n")

    def item():
        b.add(r.choice([
            f"db_password: ${{DB_PASSWORD}}\n", "api_key: '********'\n", "client_secret: <redacted>\n",
            f"image_digest: sha256:{f.sha(64)}\n", f"release_id: {f.uuid()}\n", f"timeout: {r.choice(['30s', '5m', '2h'])}\n",
            f"min_version: {f.version()}\n", "aws_secret_access_key: ${AWS_SECRET_ACCESS_KEY:?missing}\n",
            f"feature_flag_seed: {f.digits(9)}\n", "stripe_key: ${STRIPE_SECRET_KEY}\n", "password: \"{{ vault_db_password }}\"\n",
            f"cache_ttl_seconds: {r.randint(60, 86400)}\n", f"last_commit: {f.sha(40)}\n",
        ]))
    grow(b, item, r.randint(700, 2000))


def n_payment_ops(f, b):
    r = f.r
    b.add("SETTLEMENT BATCH SUMMARY - OPS REVIEW\n")
    b.add(f"Batch {f.ref('BT')} | cutoff {r.choice(['tomorrow', 'end of day', 'next business day'])} | items reviewed by ops queue\n\n")

    def item():
        b.add(r.choice([
            f"Wire {f.ref('WT')}: ABA {f.routing()} / BIC {f.bic()} amount {f.amount(100, 90000)} status HELD (name mismatch)\n",
            f"Chargeback {f.ref('CB')}: card {f.card_masked()} order #{f.digits(9)} amount {f.amount(10, 900)} reason 13.1\n",
            f"Rejected PAN-like reference {f.luhn_invalid16()} (fails Luhn) on invoice {f.ref('INV')}\n",
            f"Test fixture SSN {f.ssn_invalid()} rejected by validator (invalid area)\n",
            f"KYC doc masked SSN {f.ssn_masked()} - awaiting re-upload {r.choice(RELATIVE)}\n",
            f"Escrow {f.ref('ESC')} disbursement {f.amount(1000, 400000)} scheduled {r.choice(RELATIVE)}\n",
            f"ACH return R0{r.randint(1, 9)} trace {f.nonluhn_digits(15)} amount {f.amount(5, 3000)}\n",
            f"Refund {f.ref('RF')} tracking {f.tracking()} processing time {r.choice(DURATIONS)}\n",
        ]))
    grow(b, item, r.randint(400, 2000))


def n_pharmacy_inventory(f, b):
    r = f.r
    b.add(f"PHARMACY CYCLE COUNT - store #{f.digits(4)} - count sheet {f.ref('CC')}\n\n")
    b.add("NDC           | Drug                       | Lot      | On hand | Par | Bin\n")

    def row():
        b.add(f"{f.digits(5, False)}-{f.digits(3, False)}-{f.digits(2, False)} | {r.choice(DRUGS)[:26]:<26} | {f.chars(2, UPPER)}{f.digits(5)} | "
              f"{r.randint(0, 900):>7} | {r.randint(10, 300):>3} | {r.choice('ABCDEFG')}-{r.randint(1, 40):02d}\n")
    grow(b, row, r.randint(500, 1800))
    b.add(f"\nControlled substances double-counted. Variance threshold 2%. Next count in {r.choice(DURATIONS)}. Expired stock (exp. {r.randint(2023, 2025)}) moved to reverse-distribution tote.\n")


def n_travel_ops(f, b):
    r = f.r
    b.add("IRREGULAR OPS HANDOVER - STATION NOTES\n\n")

    def item():
        b.add(r.choice([
            f"Flight {r.choice(['UA', 'LH', 'AF', 'BA', 'DL'])}{r.randint(10, 2999)} {r.choice(['SFO', 'JFK', 'FRA', 'CDG', 'LHR', 'ORD'])}-{r.choice(['MUC', 'BOS', 'MAD', 'DEN', 'AMS'])} delayed {r.choice(DURATIONS)}; gate {r.choice('ABCDE')}{r.randint(1, 40)}.\n",
            f"PNR {f.chars(6, UPPER + DIG)} reaccommodated, seat {r.randint(1, 45)}{r.choice('ABCDEF')} -> {r.randint(1, 45)}{r.choice('ABCDEF')}.\n",
            f"Hotel voucher {f.ref('HV')} issued, room {r.randint(100, 1999)}, checkout {r.choice(['tomorrow', 'day after tomorrow'])}.\n",
            f"Rental car plate {f.plate()} VIN {f.vin()} returned with fuel 1/4.\n",
            f"Bag tag {f.digits(10)} rerouted via {r.choice(['LHR', 'AMS', 'CDG', 'DFW'])}; expect delivery {r.choice(RELATIVE)}.\n",
            f"Crew rest {r.choice(['10h', '12h', '14h'])} required before next duty; shuttle every {r.choice(['20 minutes', '30 minutes'])} on weekdays.\n",
            f"Catering order #{f.digits(7)} short {r.randint(2, 30)} meals; Ben & Jerry's and Dr Pepper restocked.\n",
        ]))
    grow(b, item, r.randint(400, 2000))


def n_product_catalog(f, b):
    r = f.r
    b.add("CATALOG FEED - NEW ITEMS (QA SAMPLE)\n\n")

    def item():
        brand = r.choice(BRAND_PEOPLE)
        b.add(r.choice([
            f"SKU {f.chars(3, UPPER)}-{f.digits(5)} | {brand} gift set | {f.amount(5, 300)} | firmware {f.version()}\n",
            f"SKU {f.chars(3, UPPER)}-{f.digits(5)} | Smart speaker compatible with {r.choice(['Alexa', 'Siri', 'Cortana'])} | {f.amount(20, 400)}\n",
            f"Adoption listing {f.ref('PET')}: {f.pet()} is a {r.randint(1, 12)}-year-old {r.choice(['beagle', 'tabby', 'lab mix', 'parakeet'])}; fee {f.amount(25, 300)}\n",
            f"Bundle {f.uuid()[:8]} | {brand} x {r.choice(BRAND_PEOPLE)} collab | ships in {r.choice(DURATIONS)}\n",
            f"Warranty plan {f.ref('WP')} | covers {r.choice(['12 months', '24 months', '3 years'])} | model {f.chars(2, UPPER)}{f.digits(4)}\n",
        ]))
    grow(b, item, r.randint(400, 2000))


# ----------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------
POS_GENS = [
    ("home_health_visit", g_home_health),
    ("workers_comp_claim", g_workers_comp),
    ("background_check", g_background_check),
    ("rental_application", g_rental_application),
    ("court_efiling_docket", g_court_docket),
    ("cobra_benefits_letter", g_cobra_letter),
    ("pdmp_query", g_pdmp),
    ("lab_requisition", g_lab_requisition),
    ("hospice_intake", g_hospice_intake),
    ("move_in_inspection", g_move_in),
    ("wire_transfer_request", g_wire_transfer),
    ("chargeback_dispute", g_chargeback),
    ("insurance_eob", g_eob),
    ("tenant_screening_json", g_tenant_json),
    ("voip_sip_cdr", g_voip_cdr),
    ("sms_2fa_log", g_sms_2fa),
    ("password_manager_csv", g_password_csv),
    ("browser_autofill_json", g_autofill_json),
    ("crm_markdown_notes", g_crm_markdown),
    ("issue_thread_configs", g_issue_thread),
    ("http_request_dump", g_http_dump),
    ("syslog_auth_log", g_auth_log),
    ("multilingual_customer_email", g_multilingual_email),
]
NEG_GENS = [
    ("negative/syslog_noise", n_syslog),
    ("negative/eob_redacted", n_eob_redacted),
    ("negative/ci_config", n_ci_config),
    ("negative/payment_ops", n_payment_ops),
    ("negative/pharmacy_inventory", n_pharmacy_inventory),
    ("negative/travel_ops", n_travel_ops),
    ("negative/product_catalog", n_product_catalog),
]


def _pad(f, b):
    while len(b) < MIN_LEN:
        b.add(f"\n[ref {f.uuid()} | form rev {f.version()} | page 1 of 1]\n")


def make_doc(seed, i, _debug=False):
    r = random.Random(f"{seed}-{i}")
    neg = r.random() < NEG_RATE
    domain, fn = r.choice(NEG_GENS if neg else POS_GENS)
    for _ in range(20):
        b = Builder()
        f = F(r)
        fn(f, b)
        if len(b) < MIN_LEN:
            _pad(f, b)
        if len(b) <= MAX_LEN and (neg or b.ents):
            break
    else:
        raise RuntimeError(f"could not generate doc {seed}-{i} ({domain})")
    text = b.text()
    doc = {"id": f"blind14-s{seed}-{i:06d}", "domain": domain, "text": text,
           "entities": [dict(e) for e in b.ents]}
    if _debug:
        doc["_hard"] = list(b.hard)
    return doc


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
_MONTH_RX = "|".join(MONTHS)
LINT = [
    ("email", re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")),
    ("url", re.compile(r"https?://")),
    ("aws_key", re.compile(r"AKIA[A-Z2-7]{16}")),
    ("github", re.compile(r"gh[pousr]_[A-Za-z0-9]{30,}|github_pat_")),
    ("slack", re.compile(r"xox[abposr]-\d")),
    ("stripe", re.compile(r"[sr]k_live_")),
    ("jwt", re.compile(r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+")),
    ("pem", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("date_words", re.compile(rf"\b(?:{_MONTH_RX})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}")),
    ("date_slash", re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}/\d{2,4}(?![\w/])")),
]
_SSN_RX = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_IP_RX = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_PAN_RX = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{5})(?![\w-])")
_UUID_RX = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_IBAN_RX = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")


IBAN_COUNTRIES = set("AD AE AL AT AZ BA BE BG BH BR BY CH CR CY CZ DE DK DO EE EG ES FI FO FR GB GE GI GL GR GT HR HU "
                     "IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV MC MD ME MK MR MT MU NL NO PK PL PS PT QA RO RS SA SC "
                     "SE SI SK SM ST SV TL TN TR UA VA VG XK".split())


def lint_unlabelled(doc):
    text = doc["text"]
    chars = list(text)
    spans = [(e["start"], e["end"]) for e in doc["entities"]] + list(doc.get("_hard", []))
    spans += [m.span() for m in _UUID_RX.finditer(text)]
    for a, z in spans:
        for k in range(a, z):
            chars[k] = "\u2588"
    masked = "".join(chars)
    out = []
    for name, rx in LINT:
        for m in rx.finditer(masked):
            out.append((name, m.group(0)))
    for m in _SSN_RX.finditer(masked):
        if ssn_ok(m.group(0)):
            out.append(("ssn", m.group(0)))
    for m in _IP_RX.finditer(masked):
        if all(int(x) <= 255 for x in m.group(0).split(".")):
            out.append(("ip", m.group(0)))
    for m in _PAN_RX.finditer(masked):
        ds = re.sub(r"\D", "", m.group(0))
        if 13 <= len(ds) <= 19 and luhn_ok(ds):
            out.append(("pan", m.group(0)))
    for m in _IBAN_RX.finditer(masked):
        if m.group(0)[:2] in IBAN_COUNTRIES and iban_ok(m.group(0)):
            out.append(("iban", m.group(0)))
    return out


def validate_entity(text, e):
    v = text[e["start"]:e["end"]]
    t = e["type"]
    errs = []
    if not v or v != v.strip():
        errs.append("whitespace")
    if t == CC and not luhn_ok(v):
        errs.append("luhn")
    if t == CC and not re.fullmatch(r"\d[\d -]{11,21}\d", v):
        errs.append("card format")
    if t == IBAN and not iban_ok(v):
        errs.append("mod97")
    if t == SSN and not ssn_ok(v):
        errs.append("ssn rules")
    if t == IP:
        try:
            ipaddress.ip_address(v)
        except ValueError:
            errs.append("ip parse")
    if t == EM and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", v):
        errs.append("email")
    if t == URL and (not re.match(r"https?://", v) or "@" in v or re.search(r"//\d+\.\d+\.\d+\.\d+", v) or v[-1] in ".,;:)"):
        errs.append("url")
    if t == AKEY and not re.fullmatch(r"AKIA[A-Z2-7]{16}", v):
        errs.append("aws key")
    if t == ASEC and not re.fullmatch(r"[A-Za-z0-9+/]{40}", v):
        errs.append("aws secret")
    if t == GH and not re.fullmatch(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82})", v):
        errs.append("github")
    if t == SLK and not re.fullmatch(r"xox[bp]-[\w-]+", v):
        errs.append("slack")
    if t == STRIPE and not re.fullmatch(r"[sr]k_live_[A-Za-z0-9]{20,}", v):
        errs.append("stripe")
    if t == JWT:
        parts = v.split(".")
        try:
            assert len(parts) == 3
            hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            assert "alg" in hdr
        except Exception:
            errs.append("jwt")
    if t == PK and not (re.match(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", v) and re.search(r"-----END [A-Z ]*PRIVATE KEY-----$", v)):
        errs.append("pem")
    if t == P:
        if v.endswith("'s") or re.match(r"(Dr|Mr|Mrs|Ms|Mx|Sra|Herr|Mme|Dott)\.?\s", v):
            errs.append("person title/possessive")
    if t in (DT, DOB) and not re.search(r"\d", v):
        errs.append("date w/o digits")
    if t not in (PK, ADDR) and "\n" in v and not (t == ADDR):
        errs.append("newline")
    if t not in (PK,) and v[-1] in ",;:" and t != ADDR:
        errs.append("trailing punct")
    return errs


def check(n=3000, seed=0, verbose=True):
    type_counts = Counter()
    dom_counts = Counter()
    dom_neg = Counter()
    errors = []
    lint_hits = []
    lens = []
    ndocs_neg = 0
    ids = set()
    for i in range(n):
        doc = make_doc(seed, i, _debug=True)
        text, ents = doc["text"], doc["entities"]
        did = doc["id"]
        if did in ids:
            errors.append((did, "duplicate id"))
        ids.add(did)
        lens.append(len(text))
        dom_counts[doc["domain"]] += 1
        if not (MIN_LEN <= len(text) <= MAX_LEN):
            errors.append((did, f"length {len(text)}"))
        if not ents:
            ndocs_neg += 1
            if not doc["domain"].startswith("negative/"):
                errors.append((did, "positive-domain doc without entities"))
        elif doc["domain"].startswith("negative/"):
            errors.append((did, "negative doc with entities"))
        prev_end = -1
        prev_start = -1
        for e in ents:
            if set(e) != {"start", "end", "type"} or e["type"] not in TYPES:
                errors.append((did, f"bad entity {e}"))
                continue
            if not (0 <= e["start"] < e["end"] <= len(text)):
                errors.append((did, f"bounds {e}"))
                continue
            if e["start"] < prev_start:
                errors.append((did, f"unsorted {e}"))
            if e["start"] < prev_end:
                errors.append((did, f"overlap {e}"))
            prev_start, prev_end = e["start"], e["end"]
            for msg in validate_entity(text, e):
                errors.append((did, f"{msg}: {e['type']} {text[e['start']:e['end']]!r}"))
            type_counts[e["type"]] += 1
        for hit in lint_unlabelled(doc):
            lint_hits.append((did, doc["domain"], hit))
    # determinism spot-check
    for i in (0, 1, 7, n // 2, n - 1):
        a = make_doc(seed, i)
        b2 = make_doc(seed, i)
        if a != b2:
            errors.append((a["id"], "non-deterministic"))
    if verbose:
        print(f"documents: {n}  seed: {seed}  negatives (no entities): {ndocs_neg} ({100.0 * ndocs_neg / n:.1f}%)")
        print(f"length: min {min(lens)}  mean {sum(lens) / len(lens):.0f}  max {max(lens)}")
        print(f"entities: {sum(type_counts.values())}")
        print("\nper-type counts:")
        for t in TYPES:
            print(f"  {t:<24}{type_counts[t]:>7}")
        print("\nper-domain counts:")
        for d, c in sorted(dom_counts.items()):
            print(f"  {d:<32}{c:>6}")
        print(f"\nunlabelled-text lint hits: {len(lint_hits)}")
        for h in lint_hits[:25]:
            print("  ", h)
        print(f"errors: {len(errors)}")
        for e in errors[:40]:
            print("  ", e)
    missing = [t for t in TYPES if type_counts[t] == 0]
    if missing and verbose:
        print("types never generated:", missing)
    ok = not errors and not lint_hits and not missing
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def sample(k, seed=0, start=0):
    for doc in generate(start + k, seed):
        if int(doc["id"].rsplit("-", 1)[1]) < start:
            continue
        print("=" * 100)
        print(f"id={doc['id']}  domain={doc['domain']}  chars={len(doc['text'])}  entities={len(doc['entities'])}")
        print("-" * 100)
        print(doc["text"])
        print("-" * 100)
        for e in doc["entities"]:
            print(f"  [{e['start']:>5},{e['end']:>5}) {e['type']:<22} {doc['text'][e['start']:e['end']]!r}")
    print("=" * 100)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate 3000 docs (or --n) and print counts")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K documents with spans")
    ap.add_argument("--start", type=int, default=0, help="first doc index for --sample")
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", "-o", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if check(a.n or 3000, a.seed) else 1
    if a.sample:
        sample(a.sample, a.seed, a.start)
        return 0
    n = a.n or 1000
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    if a.output:
        print(f"wrote {n} documents to {a.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:       # e.g. piped into `head`
        sys.stderr.close()
        sys.exit(0)
