#!/usr/bin/env python3
"""Blind synthetic PII/PHI/secrets corpus #26.

Leans toward text people paste into LLM prompts and support tools: prompts that
embed e-mail threads, forms, code and logs; customer-service macros; meeting
transcripts; medical / legal / HR narratives; mixed-language chat; forum posts.

Every document is a pure function of (seed, i).  Texts are assembled piece by
piece and entity offsets are recorded during construction (never searched).

    python3 bench/corpus_blind26.py --check
    python3 bench/corpus_blind26.py --sample 3
    python3 bench/corpus_blind26.py --n 500 --seed 1 --output out.jsonl

Standard library only.
"""
import argparse
import base64
import datetime as _dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter

TYPES = frozenset("""PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE
IP_ADDRESS DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER
HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY
GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET""".split())

FIELD_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


# --------------------------------------------------------------------------- builder
class Doc:
    """Accumulates text; entity offsets come from construction."""

    def __init__(self):
        self.parts, self.ents, self.pos = [], [], 0

    def t(self, *ss):
        for s in ss:
            if s:
                self.parts.append(s)
                self.pos += len(s)

    def e(self, s, typ):
        if typ is None:
            return self.t(s)
        assert typ in TYPES, typ
        assert s and s == s.strip(), repr(s)
        self.ents.append({"start": self.pos, "end": self.pos + len(s), "type": typ})
        self.t(s)

    def v(self, x):
        if x is None:
            return
        if isinstance(x, str):
            self.t(x)
        elif isinstance(x, tuple):
            self.e(x[0], x[1])
        else:
            for y in x:
                self.v(y)

    def f(self, tmpl, **kw):
        p = 0
        for m in FIELD_RE.finditer(tmpl):
            self.t(tmpl[p:m.start()])
            self.v(kw[m.group(1)])
            p = m.end()
        self.t(tmpl[p:])

    def text(self):
        return "".join(self.parts)


def plain(x):
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, tuple):
        return x[0]
    return "".join(plain(y) for y in x)


def deacc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# --------------------------------------------------------------------------- data
NAMES = {
    "us": ("James Michael Tyler Brandon Kevin Dylan Marcus Cody Travis Derek Austin Garrett DeShawn Jamal",
           "Emily Sarah Ashley Megan Jessica Hannah Lauren Brittany Kayla Morgan Paige Whitney Latoya Imani",
           "Johnson Miller Davis Anderson Thompson Walker Harris Clark Robinson Carter Mitchell Brooks Sullivan "
           "Parker Hughes Whitfield Washington Jefferson"),
    "uk": ("Ciaran Declan Oisin Liam Callum Rhys Eoin Fergus Alasdair Padraig Hamish Gareth",
           "Siobhan Niamh Aoife Fiona Eilidh Gemma Sinead Orla Bethan Maeve Imogen Rhiannon",
           "O'Brien O'Connor O'Sullivan McCarthy Murphy Byrne Fitzgerald Doyle Gallagher MacLeod Campbell Pryce "
           "Evans Ashworth Featherstone"),
    "es": ("José Alejandro Carlos Diego Javier Mateo Fernando Sergio Álvaro Rodrigo Iñigo Pablo",
           "María Lucía Valentina Camila Rocío Carmen Nerea Paloma Itziar Marisol Ximena Pilar",
           "García Rodríguez Hernández López Martínez de_la_Cruz Ramírez Torres Gutiérrez Morales Vargas del_Río "
           "Castillo Ortega Sánchez de_los_Santos"),
    "mx": ("Jesús Luis Juan_Carlos Eduardo Ricardo Armando Emiliano Raúl",
           "Guadalupe Ximena Fernanda Itzel Araceli Yesenia Daniela Marisela",
           "Hernández Ramírez Flores Cruz Mendoza Aguilar Villaseñor Cervantes Zamora Chávez Espinoza Velázquez"),
    "br": ("João Luiz Thiago Rafael Gustavo Paulo Felipe Caio Rodrigo Vinícius",
           "Ana Beatriz Juliana Larissa Fernanda Mariana Gabriela Letícia Thaís Renata",
           "Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Ferreira da_Silva dos_Santos Nascimento "
           "Rocha Barbosa de_Souza"),
    "fr": ("Étienne Mathieu Julien Antoine Benoît Théo Guillaume Olivier Loïc Jean-Baptiste",
           "Camille Élodie Margaux Chloé Aurélie Inès Sylvie Manon Océane Anne-Sophie",
           "Dubois Lefèvre Moreau Girard Fontaine Rousseau Lambert Bonnet Chevalier de_Villiers Mercier Garnier Faure"),
    "de": ("Jürgen Lukas Maximilian Tobias Henrik Matthias Florian Stefan Jan-Niklas Dieter",
           "Katrin Anja Sabine Friederike Lena Ute Jana Annika Birgit Svenja",
           "Müller Schneider Fischer Weber Becker Hoffmann Schäfer Koch Wagner von_Bredow Krüger Zimmermann "
           "Hartmann Köhler"),
    "nl": ("Daan Joost Bram Pieter Ruben Sjoerd Wouter Thijs", "Sanne Lotte Femke Maaike Anouk Marloes Eline Fleur",
           "van_der_Berg de_Vries van_Dijk Bakker Jansen Visser Smit de_Jong van_den_Heuvel Mulder van_der_Meer"),
    "in": ("Arjun Rohan Vikram Rahul Aditya Siddharth Karthik Harpreet Sanjay Nikhil Venkatesh Imran",
           "Priya Ananya Lakshmi Sneha Kavya Deepika Meera Pooja Shreya Divya Aishwarya Farzana",
           "Sharma Patel Iyer Reddy Nair Gupta Krishnan Banerjee Chatterjee Menon Desai Subramanian Kulkarni "
           "Singh Venkataraman"),
    "ph": ("Jericho Rodel Mark_Anthony Jun Arnel Jomar Renato Paolo Dindo Aldrin",
           "Maricel Jasmine Lorna Kristine Rowena Divina Joy Analyn Marites Cherry_Mae",
           "Santos Reyes dela_Cruz Bautista Villanueva Mendoza Aquino Macaraeg Dimaculangan Pangilinan "
           "Tolentino Manalo"),
    "cn": ("Wei Xiaoming Jun Lei Zhiwei Hao Bo Jian", "Mei Hui Yan Jing Ying Xin Lina Xiaoling",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Lin Xu"),
    "jp": ("Haruto Sota Ren Kenji Takumi Daisuke Hiroshi Yusuke", "Yui Aoi Hina Yuki Sakura Emi Naoko Mayumi",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Matsumoto"),
    "kr": ("Min-jun Ji-hoon Hyun-woo Dong-hyun Seung-ho Tae-yang", "Seo-yeon Ji-woo Soo-jin Eun-ji Ha-eun Min-seo",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    "vn": ("Minh Tuan Duc Quang Phuc Khanh Huy Bao", "Linh Huong Thao Lan Ngoc Trang Mai Vy",
           "Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ngo"),
    "ar": ("Omar Ahmed Khalid Yusuf Tariq Hassan Faisal Karim Samir Bilal",
           "Fatima Layla Noura Mariam Huda Salma Rania Yasmin Amira Dalia",
           "al-Rashid al-Farsi bin_Abdullah Haddad Nasser El-Amin Khoury bin_Said al-Mansour Saleh Aziz Hamdan "
           "Abu-Zeid"),
    "ng": ("Chinedu Oluwaseun Emeka Tunde Obinna Ifeanyi Bolaji Segun Kelechi Adebayo",
           "Ngozi Adaeze Funmilayo Chiamaka Yetunde Folake Amaka Temitope Ifeoma Bisola",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Ogunleye Chukwu Abiodun Olawale Nnamdi Adeleke"),
    "ke": ("Otieno Kamau Mwangi Baraka Juma Kiprono Wekesa Omondi", "Wanjiru Achieng Njeri Amani Zawadi Chebet Akinyi Wambui",
           "Mwangi Otieno Kariuki Odhiambo Wekesa Chebet Mutua Kiprono Njoroge Omondi Kipchoge"),
    "tr": ("Emre Mehmet Burak Can Mert Oğuz Serkan Kerem", "Elif Zeynep Ayşe Selin Derya Gizem Büşra Ebru",
           "Yılmaz Kaya Demir Şahin Çelik Öztürk Arslan Doğan Aydın Koç"),
    "pl": ("Piotr Tomasz Krzysztof Paweł Dmitri Sergei Marek Andrzej",
           "Katarzyna Agnieszka Magdalena Ewa Olga Natalia Justyna Irina",
           "Nowak Wójcik Kowalczyk Petrov Volkov Mazur Krawczyk Kuznetsov Dąbrowski Sokolov"),
    "it": ("Giuseppe Luca Marco Alessandro Matteo Lorenzo Davide Riccardo",
           "Francesca Chiara Giulia Federica Elena Alessia Martina Valentina",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci De_Luca Di_Stefano Marino Greco Lo_Russo"),
    "nord": ("Lars Mikael Henrik Nils Erik Anders Magnus Jukka", "Astrid Ingrid Sigrid Freja Maja Linnea Sanna Kirsten",
             "Johansson Andersson Nilsson Lindqvist Hansen Nielsen Virtanen Korhonen Eriksen Halvorsen Bergström"),
    "gr": ("Dimitrios Nikos Eitan Avi Yannis Ariel", "Eleni Sofia Yael Noa Katerina Tamar",
           "Papadopoulos Georgiou Konstantinou Cohen Levi Mizrahi Friedman Katz Alexiou"),
}
NAMES = {k: tuple([w.replace("_", " ") for w in s.split()] for s in v) for k, v in NAMES.items()}
NICK = {"José": "Pepe", "Jesús": "Chuy", "Eduardo": "Lalo", "Guadalupe": "Lupe", "Oluwaseun": "Seun",
        "Funmilayo": "Funmi", "Adebayo": "Bayo", "Chinedu": "Nedu", "Chiamaka": "Amaka", "Alejandro": "Álex",
        "Maximilian": "Max", "Friederike": "Rike", "Jericho": "Echo", "Mark Anthony": "Macky",
        "Cherry Mae": "Che", "Aishwarya": "Ash", "Venkatesh": "Venky", "Siddharth": "Sid", "Dimitrios": "Mitsos",
        "Katarzyna": "Kasia", "Magdalena": "Magda", "Giuseppe": "Beppe", "Francesca": "Fra", "Alessandro": "Ale",
        "Gabriela": "Gabi", "Vinícius": "Vini", "Guillaume": "Guigui", "Rhiannon": "Rhi", "Maricel": "Cel"}
CULTS = sorted(NAMES)
CC_CULTS = {
    "US": "us us us us mx es in ph cn kr vn ng pl it gr ar uk nord br".split(),
    "UK": "uk uk uk in ng pl ar us".split(), "DE": "de de de tr pl it".split(), "FR": "fr fr fr ar es".split(),
    "ES": "es es es mx ar".split(), "MX": "mx mx mx es".split(), "BR": ["br"], "PT": ["br"], "IN": ["in"],
    "PH": ["ph"], "NL": "nl nl nl tr ar".split(), "IT": ["it"], "NG": ["ng"], "KE": ["ke"],
    "AU": "uk us cn vn in gr it".split(), "CA": "us fr cn in uk ph".split(), "JP": ["jp"], "TR": ["tr"],
    "AE": "ar ar in ph uk".split(),
}
PLACES = {
    "US": [("Austin", "Texas", "TX"), ("Columbus", "Ohio", "OH"), ("Tacoma", "Washington", "WA"),
           ("Raleigh", "North Carolina", "NC"), ("Tucson", "Arizona", "AZ"), ("Providence", "Rhode Island", "RI"),
           ("Boise", "Idaho", "ID"), ("Albuquerque", "New Mexico", "NM"), ("Milwaukee", "Wisconsin", "WI"),
           ("Savannah", "Georgia", "GA"), ("Oakland", "California", "CA"), ("Brooklyn", "New York", "NY"),
           ("Hialeah", "Florida", "FL"), ("Dearborn", "Michigan", "MI"), ("Aurora", "Colorado", "CO"),
           ("Lowell", "Massachusetts", "MA"), ("Newark", "New Jersey", "NJ"), ("Omaha", "Nebraska", "NE"),
           ("Fresno", "California", "CA"), ("El Paso", "Texas", "TX"), ("Des Moines", "Iowa", "IA"),
           ("Chattanooga", "Tennessee", "TN"), ("Anchorage", "Alaska", "AK"), ("Baton Rouge", "Louisiana", "LA")],
    "UK": [("Manchester", "England"), ("Leeds", "England"), ("Bristol", "England"), ("Glasgow", "Scotland"),
           ("Cardiff", "Wales"), ("Belfast", "Northern Ireland"), ("Brighton", "England"), ("Leicester", "England"),
           ("Edinburgh", "Scotland"), ("Sheffield", "England"), ("Swansea", "Wales"), ("Norwich", "England")],
    "DE": [("Berlin", "Berlin"), ("Hamburg", "Hamburg"), ("München", "Bayern"), ("Köln", "Nordrhein-Westfalen"),
           ("Leipzig", "Sachsen"), ("Stuttgart", "Baden-Württemberg"), ("Freiburg im Breisgau", "Baden-Württemberg"),
           ("Dresden", "Sachsen"), ("Bremen", "Bremen")],
    "FR": [("Paris", "Île-de-France"), ("Lyon", "Auvergne-Rhône-Alpes"), ("Marseille", "Provence"),
           ("Toulouse", "Occitanie"), ("Nantes", "Pays de la Loire"), ("Lille", "Hauts-de-France"),
           ("Bordeaux", "Nouvelle-Aquitaine"), ("Strasbourg", "Alsace")],
    "ES": [("Madrid", "Comunidad de Madrid"), ("Barcelona", "Cataluña"), ("Valencia", "Comunitat Valenciana"),
           ("Sevilla", "Andalucía"), ("Bilbao", "País Vasco"), ("Málaga", "Andalucía"), ("Zaragoza", "Aragón")],
    "MX": [("Ciudad de México", "CDMX", "CDMX"), ("Guadalajara", "Jalisco", "Jal"), ("Monterrey", "Nuevo León", "NL"),
           ("Puebla", "Puebla", "Pue"), ("Mérida", "Yucatán", "Yuc"), ("Oaxaca de Juárez", "Oaxaca", "Oax")],
    "BR": [("São Paulo", "São Paulo", "SP"), ("Rio de Janeiro", "Rio de Janeiro", "RJ"),
           ("Belo Horizonte", "Minas Gerais", "MG"), ("Curitiba", "Paraná", "PR"), ("Recife", "Pernambuco", "PE"),
           ("Porto Alegre", "Rio Grande do Sul", "RS"), ("Salvador", "Bahia", "BA"), ("Fortaleza", "Ceará", "CE")],
    "PT": [("Lisboa", "Lisboa"), ("Porto", "Porto"), ("Coimbra", "Coimbra"), ("Braga", "Braga"), ("Faro", "Algarve")],
    "IN": [("Bengaluru", "Karnataka"), ("Mumbai", "Maharashtra"), ("Pune", "Maharashtra"), ("Hyderabad", "Telangana"),
           ("Chennai", "Tamil Nadu"), ("Kochi", "Kerala"), ("New Delhi", "Delhi"), ("Kolkata", "West Bengal"),
           ("Jaipur", "Rajasthan"), ("Lucknow", "Uttar Pradesh"), ("Ahmedabad", "Gujarat")],
    "PH": [("Quezon City", "Metro Manila"), ("Makati", "Metro Manila"), ("Cebu City", "Cebu"), ("Davao City", "Davao del Sur"),
           ("Pasig", "Metro Manila"), ("Iloilo City", "Iloilo"), ("Baguio", "Benguet"), ("Antipolo", "Rizal")],
    "NL": [("Amsterdam", "Noord-Holland"), ("Rotterdam", "Zuid-Holland"), ("Utrecht", "Utrecht"), ("Den Haag", "Zuid-Holland"),
           ("Eindhoven", "Noord-Brabant"), ("Groningen", "Groningen")],
    "IT": [("Milano", "Lombardia", "MI"), ("Roma", "Lazio", "RM"), ("Torino", "Piemonte", "TO"), ("Bologna", "Emilia-Romagna", "BO"),
           ("Napoli", "Campania", "NA"), ("Firenze", "Toscana", "FI")],
    "NG": [("Lagos", "Lagos State"), ("Abuja", "FCT"), ("Ibadan", "Oyo State"), ("Port Harcourt", "Rivers State"),
           ("Enugu", "Enugu State")],
    "KE": [("Nairobi", "Nairobi County"), ("Mombasa", "Mombasa County"), ("Kisumu", "Kisumu County"), ("Nakuru", "Nakuru County")],
    "AU": [("Melbourne", "Victoria", "VIC"), ("Sydney", "New South Wales", "NSW"), ("Brisbane", "Queensland", "QLD"),
           ("Perth", "Western Australia", "WA"), ("Adelaide", "South Australia", "SA"), ("Hobart", "Tasmania", "TAS")],
    "CA": [("Toronto", "Ontario", "ON"), ("Montréal", "Quebec", "QC"), ("Vancouver", "British Columbia", "BC"),
           ("Calgary", "Alberta", "AB"), ("Halifax", "Nova Scotia", "NS"), ("Ottawa", "Ontario", "ON"),
           ("Winnipeg", "Manitoba", "MB")],
    "JP": [("Tokyo", "Tokyo"), ("Osaka", "Osaka"), ("Kyoto", "Kyoto"), ("Sapporo", "Hokkaido"), ("Fukuoka", "Fukuoka")],
    "TR": [("İstanbul", "İstanbul"), ("Ankara", "Ankara"), ("İzmir", "İzmir"), ("Antalya", "Antalya")],
    "AE": [("Dubai", "Dubai"), ("Abu Dhabi", "Abu Dhabi"), ("Sharjah", "Sharjah")],
}
CNAME = {"US": "USA", "UK": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain", "MX": "Mexico",
         "BR": "Brazil", "PT": "Portugal", "IN": "India", "PH": "Philippines", "NL": "Netherlands", "IT": "Italy",
         "NG": "Nigeria", "KE": "Kenya", "AU": "Australia", "CA": "Canada", "JP": "Japan", "TR": "Türkiye",
         "AE": "United Arab Emirates"}
STREETS = {
    "US": "Maple Ave|Oak Street|Cedar Lane|W 38th St|Elm Ct|Pinecrest Dr|Martin Luther King Jr Blvd|Old Mill Rd|"
          "Harbor View Way|N Lamar Blvd|Willow Creek Pkwy|E Colfax Ave|Magnolia St|Route 9|Bayshore Dr|S Halsted St",
    "UK": "Wilmslow Road|Harrow Road|Church Street|Albert Terrace|Victoria Crescent|Gloucester Place|Mill Lane|High Street",
    "DE": "Hauptstraße|Lindenstraße|Goethestraße|Bahnhofstraße|Schillerweg|Am Markt|Karl-Marx-Allee|Sonnenallee",
    "FR": "rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|chemin des Vignes|rue Oberkampf",
    "ES": "Calle Mayor|Avenida de América|Calle de Alcalá|Carrer de Mallorca|Calle Sierpes|Gran Vía",
    "MX": "Av. Insurgentes Sur|Calle Morelos|Av. Vallarta|Calle 60|Av. Juárez|Calle Hidalgo",
    "BR": "Rua das Flores|Avenida Paulista|Rua Augusta|Rua XV de Novembro|Avenida Boa Viagem|Rua da Consolação",
    "PT": "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Almada|Travessa do Carmo",
    "IN": "14th Cross|MG Road|Link Road|Anna Salai|Park Street|SV Road|Ring Road|Nehru Nagar Main Road",
    "PH": "Ayala Ave|Katipunan Ave|Gen. Luna St|Osmeña Blvd|J.P. Laurel Ave|Shaw Blvd|Rizal St",
    "NL": "Prinsengracht|Oudegracht|Witte de Withstraat|Kerkstraat|Stationsweg|Laan van Meerdervoort",
    "IT": "Via Garibaldi|Via Roma|Corso Vittorio Emanuele II|Via dei Mille|Viale Monza|Via Toledo",
    "NG": "Adeola Odeku Street|Allen Avenue|Awolowo Road|Herbert Macaulay Way|Aminu Kano Crescent",
    "KE": "Riverside Drive|Ngong Road|Moi Avenue|Kenyatta Avenue|Oginga Odinga Street",
    "AU": "Wattle St|Brunswick St|King William Rd|Queen St|Oxford St|Beach Rd",
    "CA": "Rue Sainte-Catherine O|Queen St W|Robson St|Spring Garden Rd|Jasper Ave|Bank St",
    "JP": "Shibuya|Nishi-Shinjuku|Umeda|Gion-machi|Tenjin",
    "TR": "Bağdat Caddesi|İstiklal Caddesi|Atatürk Bulvarı|Kordon Boyu",
    "AE": "Al Wasl Road|Jumeirah Beach Road|Sheikh Zayed Road|Al Khaleej Street",
}
STREETS = {k: v.split("|") for k, v in STREETS.items()}
COMPANIES = ["Northwind Logistics", "Brightline Health", "Kestrel Analytics", "Bluefin Telecom", "Lumen Dental Group",
             "Harborview Credit Union", "Oakridge Property Mgmt", "Cobalt Freight", "Solace Home Care", "Vireo Labs",
             "Pinnacle Staffing", "Quillfeather Legal", "Tidewater Energy", "Granite Peak Insurance", "Helix Biotech",
             "Marlow & Finch LLP", "Sunbridge Realty", "Copperleaf Software", "Alder Street Clinic", "Meridian Bank"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me", "gmx.de",
                 "web.de", "orange.fr", "uol.com.br", "rediffmail.com", "yahoo.com.ph", "libero.it", "ziggo.nl"]
LOCAL_MAIL = {"de": ["gmx.de", "web.de", "t-online.de"], "fr": ["orange.fr", "free.fr", "laposte.net"], "br": ["uol.com.br", "bol.com.br"],
              "in": ["rediffmail.com", "yahoo.co.in"], "ph": ["yahoo.com.ph"], "it": ["libero.it", "virgilio.it"], "nl": ["ziggo.nl", "kpnmail.nl"],
              "uk": ["hotmail.co.uk", "btinternet.com"], "es": ["telefonica.net", "hotmail.es"], "mx": ["prodigy.net.mx", "hotmail.com"],
              "jp": ["yahoo.co.jp", "docomo.ne.jp"], "tr": ["hotmail.com.tr"], "ng": ["yahoo.com"], "ke": ["yahoo.com"]}
WORK_DOMAINS = ["northwind-logistics.com", "brightlinehealth.org", "kestrel.io", "bluefin-telecom.net",
                "lumendental.com", "harborviewcu.org", "oakridgepm.com", "cobaltfreight.co", "solacecare.org",
                "vireolabs.dev", "pinnaclestaffing.com", "quillfeather.law", "tidewater-energy.com", "granitepeak.ins",
                "helixbio.com", "marlowfinch.com", "sunbridgerealty.com", "copperleaf.app", "alderclinic.org"]
DRUGS = ["metformin 500 mg", "lisinopril 10 mg", "atorvastatin 40 mg", "sertraline 50 mg", "levothyroxine 75 mcg",
         "amlodipine 5 mg", "Eliquis 5 mg", "Ozempic 0.5 mg", "gabapentin 300 mg", "albuterol HFA", "Jardiance 10 mg",
         "omeprazole 20 mg", "prednisone 20 mg", "Keppra 500 mg", "warfarin 5 mg", "tramadol 50 mg", "Xarelto 20 mg",
         "montelukast 10 mg", "Humira 40 mg/0.4 mL", "losartan 50 mg", "buspirone 10 mg", "Lexapro 10 mg"]
ICD = ["E11.9", "I10", "J45.909", "F41.1", "M54.5", "N18.3", "K21.9", "Z79.4", "E78.5", "G47.33", "F32.1", "I48.91"]
BRANDS = ["Ben & Jerry's", "Dr. Martens", "Tommy Hilfiger", "Ralph Lauren", "Calvin Klein", "Estée Lauder",
          "Hugo Boss", "Tim Hortons", "Wendy's", "McDonald's", "Marks & Spencer", "Johnson & Johnson", "Dyson",
          "Ferrari", "Porsche", "Martha Stewart Living", "Jack Daniel's", "Kellogg's", "Hershey's", "Dell",
          "Ford", "Wells Fargo", "Goldman Sachs", "Louis Vuitton", "Chanel", "Vera Wang", "Mrs. Meyer's",
          "Müller & Söhne GmbH", "Trader Joe's", "Ted Baker"]
PETS = ["Biscuit", "Luna", "Max", "Mochi", "Pepper", "Oreo", "Bruno", "Kiko", "Simba", "Nala", "Toby", "Chico"]

MON = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
WDAY = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
}
MON = {k: v.split() for k, v in MON.items()}
WDAY = {k: v.split() for k, v in WDAY.items()}
JOIN = {"en": [" at ", ", ", " "], "de": [" um "], "fr": [" à "], "es": [" a las "], "pt": [" às "],
        "it": [" alle "], "nl": [" om "]}
TITLES = {"en": (["Mr. ", "Dr. ", "Mr "], ["Ms. ", "Mrs. ", "Dr. ", "Ms "]), "de": (["Herr ", "Dr. "], ["Frau ", "Dr. "]),
          "fr": (["M. ", "Dr "], ["Mme ", "Dr "]), "es": (["Sr. ", "Dr. "], ["Sra. ", "Dra. "]),
          "pt": (["Sr. ", "Dr. "], ["Sra. ", "Dra. "]), "it": (["Sig. ", "Dott. "], ["Sig.ra ", "Dott.ssa "])}
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPAN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, dg in enumerate(reversed(ds)):
        if i % 2:
            dg *= 2
            if dg > 9:
                dg -= 9
        s += dg
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class Person:
    def __init__(self, g, cult=None, sex=None):
        self.g = g
        self.cult = cult or g.c(CULTS)
        males, females, lasts = NAMES[self.cult]
        self.sex = sex or g.c("mf")
        self.first = g.c(males if self.sex == "m" else females)
        self.last = g.c(lasts)
        if self.cult in ("us", "uk", "es", "mx", "fr", "br") and g.p(0.08):
            other = g.c(lasts)
            if other != self.last and " " not in other and " " not in self.last:
                self.last = self.last + "-" + other
        self.mid = g.c("ABCDEFGHJKLMNPRSTW") if self.cult in ("us", "uk", "nord", "gr") and g.p(0.25) else None
        self._email = None

    def s(self, style="full"):
        f, l = self.first, self.last
        if style == "full":
            return f"{f} {l}"
        if style == "fml":
            return f"{f} {self.mid}. {l}" if self.mid else f"{f} {l}"
        if style == "first":
            return f
        if style == "last":
            return l
        if style == "lf":
            return f"{l}, {f}"
        if style == "caps":
            return f"{f} {l}".upper()
        if style == "lfcaps":
            return f"{l.upper()}, {f.upper()}"
        if style == "lower":
            return f"{f} {l}".lower()
        if style == "lowerfirst":
            return f.lower()
        if style == "init":
            return f"{f[0]}. {l}"
        if style == "east":
            return f"{l} {f}"
        if style == "nick":
            return NICK.get(f, f.split("-")[0].split()[0])
        raise ValueError(style)

    def n(self, style="full"):
        if style == "any":
            style = self.g.c(["full", "full", "full", "fml", "first", "last"])
        if style == "east" and self.cult not in ("cn", "jp", "kr", "vn"):
            style = "full"
        return (self.s(style), "PERSON")

    def email(self, work=None):
        if self._email is None:
            g = self.g
            fl = re.sub(r"[^a-z]", "", deacc(self.first).lower())
            ll = re.sub(r"[^a-z]", "", deacc(self.last).lower())
            local = g.c([f"{fl}.{ll}", f"{fl[0]}{ll}", f"{fl}{ll}{g.ri(1, 99)}", f"{fl}_{ll[0]}",
                         f"{ll}.{fl}", f"{fl}{g.ri(70, 99)}"])
            local_doms = LOCAL_MAIL.get(self.cult, [])
            if work if work is not None else g.p(0.45):
                dom = g.c(WORK_DOMAINS)
            elif local_doms and g.p(0.5):
                dom = g.c(local_doms)
            else:
                dom = g.c(["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"])
            self._email = f"{local}@{dom}"
        return (self._email, "EMAIL_ADDRESS")

    def title(self, lang="en"):
        t = TITLES.get(lang, TITLES["en"])
        return self.g.c(t[0] if self.sex == "m" else t[1])


class G:
    def __init__(self, rng):
        self.r = rng

    # basic randomness ---------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def dg(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def an(self, n, chars=B64):
        return "".join(self.r.choice(chars) for _ in range(n))

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def shuffle(self, seq):
        seq = list(seq)
        self.r.shuffle(seq)
        return seq

    # people & places ----------------------------------------------------
    def cc(self, pool="US US US US UK CA AU IN PH DE FR ES MX BR NL IT NG KE AE PT"):
        return self.c(pool.split())

    def person(self, cc=None, sex=None, cult=None):
        if cult is None and cc is not None:
            cult = self.c(CC_CULTS.get(cc, CULTS))
        return Person(self, cult, sex)

    def place(self, cc):
        return self.c(PLACES[cc])

    def city(self, cc, pl=None):
        return ((pl or self.place(cc))[0], "LOCATION")

    def loc(self, cc, pl=None):
        pl = pl or self.place(cc)
        opts = [pl[0], pl[0], f"{pl[0]}, {CNAME[cc]}"]
        if len(pl) > 2 and cc in ("US", "CA", "AU", "BR"):
            opts += [f"{pl[0]}, {pl[2]}", f"{pl[0]}, {pl[2]}"]
        elif pl[1] != pl[0]:
            opts.append(f"{pl[0]}, {pl[1]}")
        return (self.c(opts), "LOCATION")

    def country(self, cc):
        return (CNAME[cc], "LOCATION")

    def addr_fields(self, cc):
        pl = self.place(cc)
        city, region = pl[0], pl[1]
        abbr = pl[2] if len(pl) > 2 else region
        st = self.c(STREETS[cc])
        n = self.ri(2, 2999)
        if cc == "US":
            line = f"{n} {st}" + self.c(["", "", f", Apt {self.ri(1, 40)}{self.c('ABCD')}", f" Unit {self.ri(100, 950)}", f", Suite {self.ri(1, 9)}00"])
            pc = self.dg(5)
            tail = f"{city}, {abbr} {pc}"
        elif cc == "UK":
            line = self.c(["", f"Flat {self.ri(1, 12)}, "]) + f"{self.ri(1, 220)} {st}"
            pc = f"{self.c(['M', 'LS', 'BS', 'G', 'CF', 'BT', 'BN', 'LE', 'EH', 'S', 'SA', 'NR'])}{self.ri(1, 20)} {self.ri(1, 9)}{self.an(2, 'ABDEFGHJLNPQRSTUWXY')}"
            tail = f"{city} {pc}"
        elif cc == "DE":
            line = f"{st} {self.ri(1, 140)}" + self.c(["", "a", "b"])
            pc = self.dg(5)
            tail = f"{pc} {city}"
        elif cc == "FR":
            line = f"{self.ri(1, 180)}" + self.c(["", " bis"]) + f" {st}"
            pc = f"{self.ri(10, 95)}0{self.dg(2)}"
            tail = f"{pc} {city}"
        elif cc == "ES":
            line = f"{st} {self.ri(1, 200)}, {self.ri(1, 8)}º {self.c('ABCD')}"
            pc = f"{self.ri(1, 52):02d}{self.dg(3)}"
            tail = f"{pc} {city}"
        elif cc == "MX":
            line = f"{st} {self.ri(10, 3000)}, Col. {self.c(['Centro', 'Roma Norte', 'Del Valle', 'Chapultepec', 'Obispado'])}"
            pc = self.dg(5)
            tail = f"{pc} {city}, {abbr}"
        elif cc == "BR":
            line = f"{st}, {self.ri(10, 2500)}" + self.c(["", f", apto {self.ri(11, 154)}"])
            pc = f"{self.dg(5)}-{self.dg(3)}"
            tail = f"{self.c(['Pinheiros', 'Centro', 'Boa Viagem', 'Savassi', 'Batel', 'Moinhos de Vento'])}, {city} - {abbr}, {pc}"
        elif cc == "PT":
            line = f"{st} {self.ri(1, 250)}, {self.ri(1, 6)}.º {self.c(['Esq.', 'Dto.'])}"
            pc = f"{self.ri(1000, 9999)}-{self.dg(3)}"
            tail = f"{pc} {city}"
        elif cc == "IN":
            line = f"Flat {self.ri(1, 12)}0{self.ri(1, 9)}, {self.c(['Sai Residency', 'Prestige Lakeside', 'Green Glen Apts', 'Shanti Kunj', 'Lodha Palava'])}, {st}"
            pc = f"{self.ri(11, 79)}{self.dg(4)}"
            tail = f"{self.c(['Indiranagar', 'Andheri West', 'Koregaon Park', 'Banjara Hills', 'T. Nagar', 'Salt Lake'])}, {city} {pc}"
        elif cc == "PH":
            line = self.c([f"Unit {self.ri(2, 30)}{self.c('ABCD')}, {self.ri(10, 900)} {st}", f"Blk {self.ri(1, 40)} Lot {self.ri(1, 30)}, {st}"])
            pc = self.dg(4)
            tail = f"Brgy. {self.c(['San Isidro', 'Poblacion', 'Bel-Air', 'Loyola Heights', 'Lahug'])}, {city} {pc}"
        elif cc == "NL":
            line = f"{st} {self.ri(1, 400)}" + self.c(["", "-2", " A", "-hs"])
            pc = f"{self.ri(1000, 9999)} {self.an(2, 'ABCDEGHJKLMNPRSTVWXZ')}"
            tail = f"{pc} {city}"
        elif cc == "IT":
            line = f"{st} {self.ri(1, 180)}"
            pc = self.dg(5)
            tail = f"{pc} {city} {abbr}"
        elif cc == "NG":
            line = f"{self.ri(1, 120)} {st}"
            pc = ""
            tail = f"{self.c(['Victoria Island', 'Ikeja GRA', 'Wuse II', 'Bodija', 'GRA Phase 2'])}, {city}"
        elif cc == "KE":
            line = self.c([f"House {self.ri(1, 60)}, {st}", f"P.O. Box {self.ri(1000, 99999)}-00{self.ri(100, 600)}"])
            pc = ""
            tail = city
        elif cc == "AU":
            line = f"{self.c(['', f'{self.ri(1, 30)}/'])}{self.ri(1, 300)} {st}"
            pc = self.dg(4)
            tail = f"{self.c(['Fitzroy', 'Newtown', 'Paddington', 'Subiaco', 'Norwood', 'Sandy Bay'])} {abbr} {pc}"
        elif cc == "CA":
            line = f"{self.ri(10, 3000)} {st}" + self.c(["", f", Unit {self.ri(100, 2400)}"])
            pc = f"{self.c('KLMNTHVRE')}{self.ri(1, 9)}{self.c('ABCEGHJKLMNPRSTVXY')} {self.ri(1, 9)}{self.c('ABCEGHJKLMNPRSTVXY')}{self.ri(1, 9)}"
            tail = f"{city}, {abbr} {pc}"
        elif cc == "JP":
            line = f"{self.ri(1, 5)}-{self.ri(1, 30)}-{self.ri(1, 20)} {st}"
            pc = f"{self.dg(3)}-{self.dg(4)}"
            tail = f"{city} {pc}"
        elif cc == "TR":
            line = f"{st} No: {self.ri(1, 300)} D: {self.ri(1, 20)}, {self.c(['Kadıköy', 'Beşiktaş', 'Çankaya', 'Karşıyaka', 'Muratpaşa'])}"
            pc = self.dg(5)
            tail = f"{pc} {city}"
        else:  # AE
            line = f"Villa {self.ri(1, 90)}, {st}, {self.c(['Al Barsha 2', 'Jumeirah 1', 'Al Reem Island', 'Al Majaz'])}"
            pc = ""
            tail = city
        return {"line": line, "city": city, "region": region, "abbr": abbr, "pc": pc, "tail": tail,
                "country": CNAME[cc]}

    def addr(self, cc, multi=False, country=False, f=None):
        f = f or self.addr_fields(cc)
        parts = [f["line"], f["tail"]] + ([f["country"]] if country else [])
        return (("\n" if multi else ", ").join(parts), "ADDRESS")

    # contact ---------------------------------------------------------
    def phone(self, cc="US"):
        d = self.dg
        if cc in ("US", "CA"):
            a = self.c(["212", "312", "415", "512", "614", "702", "713", "206", "305", "404", "617", "503", "919",
                        "720", "818", "971", "267", "480", "651", "210"] if cc == "US" else
                       ["416", "647", "514", "604", "403", "902", "613", "204"])
            e, l = f"{self.ri(2, 9)}{d(2)}", d(4)
            return (self.c([f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"+1 {a} {e} {l}",
                            f"+1-{a}-{e}-{l}", f"1 ({a}) {e}-{l}", f"({a}) {e}-{l}"]), "PHONE_NUMBER")
        fm = {
            "UK": [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"020 7{d(3)} {d(4)}", f"+44 20 7{d(3)} {d(4)}",
                   f"0161 {d(3)} {d(4)}", f"+44 (0)113 {d(3)} {d(4)}"],
            "DE": [f"+49 30 {d(7)}", f"030 {d(8)}", f"0151 {d(8)}", f"+49 (0)89 {d(4)} {d(4)}", f"+49 176 {d(8)}"],
            "FR": [f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                   f"01 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}"],
            "ES": [f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}"],
            "MX": [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"(33) {d(4)} {d(4)}", f"+52 1 81 {d(4)} {d(4)}"],
            "BR": [f"(11) 9{d(4)}-{d(4)}", f"+55 11 9{d(4)}-{d(4)}", f"+55 (21) {d(4)}-{d(4)}", f"(31) 9{d(4)}-{d(4)}"],
            "PT": [f"+351 91{d(1)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}", f"93{d(1)} {d(3)} {d(3)}"],
            "IN": [f"+91 9{d(4)} {d(5)}", f"9{d(4)} {d(5)}", f"+91-80-{d(4)}-{d(4)}", f"09{d(4)} {d(5)}", f"+919{d(9)}"],
            "PH": [f"+63 917 {d(3)} {d(4)}", f"0917 {d(3)} {d(4)}", f"0998-{d(3)}-{d(4)}", f"(02) 8{d(3)} {d(4)}",
                   f"+63 2 8{d(3)} {d(4)}"],
            "NL": [f"06 {d(8)}", f"+31 6 {d(8)}", f"020 {d(3)} {d(4)}", f"+31 (0)30 {d(3)} {d(4)}"],
            "IT": [f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(3)} {d(4)}", f"02 {d(4)} {d(4)}"],
            "NG": [f"+234 80{d(1)} {d(3)} {d(4)}", f"080{d(1)} {d(3)} {d(4)}", f"+234 (0)1 {d(3)} {d(4)}"],
            "KE": [f"+254 7{d(2)} {d(3)} {d(3)}", f"07{d(2)} {d(6)}", f"+254 20 {d(3)} {d(4)}"],
            "AU": [f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"(03) 9{d(3)} {d(4)}", f"+61 2 9{d(3)} {d(4)}"],
            "JP": [f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}", f"03-{d(4)}-{d(4)}", f"+81 6-{d(4)}-{d(4)}"],
            "TR": [f"+90 53{d(1)} {d(3)} {d(2)} {d(2)}", f"053{d(1)} {d(3)} {d(2)} {d(2)}", f"(212) {d(3)} {d(2)} {d(2)}"],
            "AE": [f"+971 50 {d(3)} {d(4)}", f"050 {d(3)} {d(4)}", f"04 {d(3)} {d(4)}", f"+971 4 {d(3)} {d(4)}"],
        }
        return (self.c(fm[cc]), "PHONE_NUMBER")

    def tollfree(self):
        p, l = self.c(["800", "888", "877", "866", "855"]), self.dg(4)
        e = f"{self.ri(2, 9)}{self.dg(2)}"
        return (self.c([f"1-{p}-{e}-{l}", f"({p}) {e}-{l}", f"1 {p} {e} {l}", f"{p}-{e}-{l}"]), "PHONE_NUMBER")

    def url(self, kind=None, who=None):
        slug = lambda: self.an(self.ri(6, 10), "abcdefghijkmnopqrstuvwxyz0123456789")
        kind = kind or self.c(["portal", "doc", "gh", "cal", "li", "drive", "short", "site", "meet"])
        w = re.sub(r"[^a-z]", "", deacc(who.first).lower()) if who else self.c(["jrivera", "amina", "teamops", "hr-desk"])
        wl = re.sub(r"[^a-z-]", "", deacc(who.last).lower().replace(" ", "-")) if who else "k"
        u = {
            "portal": f"https://{self.c(['my', 'portal', 'account', 'secure'])}.{self.c(WORK_DOMAINS)}/{self.c(['claims', 'billing', 'cases', 'tickets', 'appointments'])}/{self.dg(6)}?ref={slug()}",
            "doc": f"https://docs.google.com/document/d/1{self.an(32, B64 + '-_')}/edit",
            "gh": f"https://github.com/{self.c(['vireolabs', 'kestrel-io', 'copperleaf', 'acme-platform'])}/{self.c(['api', 'infra', 'billing-svc', 'web'])}/pull/{self.ri(100, 9999)}",
            "cal": f"https://calendly.com/{w}-{wl}/{self.c(['30min', 'intro-call', 'consult'])}",
            "li": f"https://www.linkedin.com/in/{w}-{wl}-{self.an(6, '0123456789abcdef')}",
            "drive": f"https://drive.google.com/file/d/1{self.an(27, B64 + '-_')}/view?usp=sharing",
            "short": f"https://bit.ly/{self.an(7, B64)}",
            "site": f"https://www.{self.c(WORK_DOMAINS)}/{self.c(['contact', 'careers', 'privacy', 'support/faq', 'events'])}",
            "meet": f"https://meet.google.com/{self.an(3, 'abcdefghijkmnopqrstuvwxyz')}-{self.an(4, 'abcdefghijkmnopqrstuvwxyz')}-{self.an(3, 'abcdefghijkmnopqrstuvwxyz')}",
            "zoom": f"https://{self.c(['us02web', 'us06web', 'zoom'])}.zoom.us/j/{self.dg(11)}",
            "api": f"https://api.{self.c(WORK_DOMAINS)}/v{self.ri(1, 3)}/{self.c(['orders', 'users', 'payments', 'webhooks'])}",
        }[kind]
        return (u, "URL")

    def ip(self, private=None):
        if private if private is not None else self.p(0.45):
            k = self.ri(0, 2)
            s = [f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                 f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}",
                 f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"][k]
        else:
            s = f"{self.c([23, 34, 45, 52, 54, 66, 81, 91, 103, 104, 141, 151, 185, 193, 203, 212])}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
        return (s, "IP_ADDRESS")

    def ip6(self):
        h = lambda: f"{self.ri(1, 0xffff):x}"
        return (self.c([f"2001:db8:{h()}:{h()}::{h()}", f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                        f"fe80::{h()}:{h()}:{h()}:{h()}", f"2600:1f18:{h()}:{h()}::{h()}"]), "IP_ADDRESS")

    # dates --------------------------------------------------------------
    def day(self, y0=2023, y1=2026):
        a = _dt.date(y0, 1, 1).toordinal()
        return _dt.date.fromordinal(self.ri(a, _dt.date(y1, 12, 28).toordinal()))

    def fdate(self, x, lang="en", style=None, us=True):
        M, W = MON[lang][x.month - 1], WDAY[lang][x.weekday()]
        d, m, y = x.day, x.month, x.year
        if lang == "en":
            opts = [f"{M} {d}, {y}", f"{M[:3]} {d}, {y}", f"{d} {M} {y}",
                    f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                    f"{W}, {M} {d}, {y}", f"{W[:3]}, {M[:3]} {d}", f"{M} {d}", f"{m}/{d}/{str(y)[2:]}" if us else f"{d}/{m}/{y}"]
        elif lang == "de":
            opts = [f"{d}. {M} {y}", f"{d:02d}.{m:02d}.{y}", f"{W}, {d}. {M} {y}", f"{d}. {M}"]
        elif lang == "fr":
            dd = "1er" if d == 1 else str(d)
            opts = [f"{dd} {M} {y}", f"{d:02d}/{m:02d}/{y}", f"{W} {dd} {M} {y}", f"{W} {dd} {M}"]
        elif lang == "es":
            opts = [f"{d} de {M} de {y}", f"{d:02d}/{m:02d}/{y}", f"{W} {d} de {M}", f"{d}/{m}/{y}"]
        elif lang == "pt":
            opts = [f"{d} de {M} de {y}", f"{d:02d}/{m:02d}/{y}", f"{W}, {d} de {M}", f"{d:02d}/{m:02d}"]
        elif lang == "it":
            opts = [f"{d} {M} {y}", f"{d:02d}/{m:02d}/{y}", f"{W} {d} {M} {y}"]
        else:
            opts = [f"{d} {M} {y}", f"{d:02d}-{m:02d}-{y}", f"{W} {d} {M}"]
        return opts[style] if style is not None else self.c(opts)

    def ftime(self, lang="en", h=None, m=None):
        h = h if h is not None else self.ri(7, 19)
        m = m if m is not None else self.c([0, 0, 15, 30, 30, 45, 10, 20, 50])
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        if lang == "en":
            o = [f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d}{ap.lower()}", f"{h:02d}:{m:02d}", f"{h12}:{m:02d} {ap.lower()}"]
            if m == 0:
                o += [f"{h12} {ap}", f"{h12}{ap.lower()}"]
        elif lang == "de":
            o = [f"{h}:{m:02d} Uhr", f"{h:02d}:{m:02d}"]
        elif lang in ("fr", "pt"):
            o = [f"{h}h{m:02d}" if m else f"{h}h", f"{h:02d}:{m:02d}"]
        else:
            o = [f"{h}:{m:02d}", f"{h:02d}:{m:02d}"]
        return self.c(o)

    def date(self, lang="en", y0=2023, y1=2026, us=True, style=None):
        return (self.fdate(self.day(y0, y1), lang, style, us), "DATE_TIME")

    def time(self, lang="en"):
        return (self.ftime(lang), "DATE_TIME")

    def dt(self, lang="en", y0=2023, y1=2026, us=True):
        x = self.day(y0, y1)
        ds = self.fdate(x, lang, None, us)
        return (ds + self.c(JOIN[lang]) + self.ftime(lang), "DATE_TIME")

    def dob(self, lang="en", us=True, style=None, y0=1938, y1=2006):
        x = self.day(y0, y1)
        return (self.fdate(x, lang, style if style is not None else self.c([0, 1, 2, 3, 4]) if lang == "en" else self.c([0, 1]), us), "DATE_OF_BIRTH")

    def hdr_date(self):
        x = self.day()
        return f"{WDAY['en'][x.weekday()][:3]}, {x.day} {MON['en'][x.month - 1][:3]} {x.year} {self.ri(6, 22):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d} {self.c(['-0500', '+0000', '+0100', '-0800', '+0530', '+0800', '-0300'])}"

    def log_ts(self, style=None):
        x = self.day()
        t = f"{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}"
        return self.c([f"{x.isoformat()}T{t}.{self.dg(3)}Z", f"{x.isoformat()} {t}", f"[{x.isoformat()} {t},{self.dg(3)}]",
                       f"{MON['en'][x.month - 1][:3]} {x.day:2d} {t}"])

    # ids -------------------------------------------------------------
    def ssn(self):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        s = f"{a:03d}{self.ri(1, 99):02d}{self.ri(1, 9999):04d}"
        return (self.c([f"{s[:3]}-{s[3:5]}-{s[5:]}"] * 4 + [f"{s[:3]} {s[3:5]} {s[5:]}", s]), "US_SSN")

    def bad_ssn(self):
        a = self.c(["000", "666", f"9{self.dg(2)}"])
        return f"{a}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def pan(self, brand=None):
        brand = brand or self.c(["visa", "visa", "mc", "mc", "amex", "disc"])
        if brand == "visa":
            raw = luhn_complete("4" + self.dg(14))
        elif brand == "mc":
            pre = self.c(["51", "52", "53", "54", "55", "2221", "2720"])
            raw = luhn_complete(pre + self.dg(15 - len(pre)))
        elif brand == "amex":
            raw = luhn_complete(self.c(["34", "37"]) + self.dg(12))
        else:
            raw = luhn_complete("6011" + self.dg(11))
        return raw

    def card(self, brand=None):
        raw = self.pan(brand)
        if len(raw) == 15:
            return (self.c([f"{raw[:4]} {raw[4:10]} {raw[10:]}", raw, f"{raw[:4]}-{raw[4:10]}-{raw[10:]}"]), "CREDIT_CARD")
        sep = self.c([" ", " ", "-", ""])
        return (sep.join(raw[i:i + 4] for i in range(0, 16, 4)), "CREDIT_CARD")

    def bad_card(self):
        raw = self.pan(self.c(["visa", "mc", "disc"]))
        raw = raw[:-1] + str((int(raw[-1]) + self.ri(1, 9)) % 10)
        return self.c([" ", "-", ""]).join(raw[i:i + 4] for i in range(0, 16, 4))

    def masked_card(self):
        l4 = self.dg(4)
        return self.c([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending in {l4}", f"•••• {l4}", f"x{l4}"])

    def iban(self, cc=None, grouped=None):
        cc = cc or self.c(["DE", "GB", "FR", "ES", "NL", "IT", "BE", "PT", "IE", "AT", "PL", "CH"])
        bank = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "IE": ["AIBK", "BOFI"], "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB"]}
        if cc in ("GB", "IE"):
            bban = self.c(bank[cc]) + self.dg(14)
        elif cc == "NL":
            bban = self.c(bank[cc]) + self.dg(10)
        elif cc == "IT":
            bban = self.c("ABCDEFGHIJKLMNOPRSTUVWXYZ") + self.dg(22)
        else:
            bban = self.dg({"DE": 18, "FR": 23, "ES": 20, "BE": 12, "PT": 21, "AT": 16, "PL": 24, "CH": 17}[cc])
        n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        s = f"{cc}{98 - n % 97:02d}{bban}"
        if grouped if grouped is not None else self.p(0.6):
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return (s, "IBAN_CODE")

    def bad_iban(self):
        s = self.iban(grouped=False)[0]
        while iban_ok(s):
            s = s[:2] + f"{self.ri(2, 98):02d}" + s[4:]
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if self.p(0.5) else s

    def acct(self, kind="bank"):
        if kind == "bank":
            v = self.c([self.dg(10), self.dg(12), f"{self.dg(4)}-{self.dg(6)}", f"00{self.dg(8)}", self.dg(8)])
        elif kind == "utility":
            v = self.c([f"{self.dg(4)} {self.dg(4)} {self.dg(2)}", f"{self.dg(10)}", f"{self.dg(3)}-{self.dg(5)}-{self.dg(3)}"])
        elif kind == "customer":
            v = self.c([f"CU{self.dg(8)}", f"{self.dg(9)}", f"A-{self.dg(7)}", f"{self.an(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{self.dg(7)}"])
        else:  # patient
            v = self.c([f"PA{self.dg(8)}", self.dg(9), f"{self.dg(3)}-{self.dg(6)}"])
        return (v, "ACCOUNT_NUMBER")

    def mrn(self):
        return (self.c([self.dg(8), self.dg(7), f"E{self.dg(7)}", f"{self.dg(2)}-{self.dg(3)}-{self.dg(3)}", f"M{self.dg(9)}",
                        f"{self.dg(3)}{self.dg(4)}{self.dg(2)}"]), "MEDICAL_RECORD_NUMBER")

    def hpn(self):
        L = "ACDEFGHJKMNPQRTUVWXY"
        mbi = f"{self.ri(1, 9)}{self.c(L)}{self.c(L + '0123456789')}{self.dg(1)}-{self.c(L)}{self.c(L + '0123456789')}{self.dg(1)}-{self.c(L)}{self.c(L)}{self.dg(2)}"
        return (self.c([f"{self.an(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{self.dg(9)}", f"W{self.dg(9)}", mbi,
                        f"{self.dg(9)}{self.c(['A', '01', '02'])}", f"U{self.dg(8)}", f"ZGP{self.dg(8)}",
                        f"{self.dg(3)}-{self.dg(3)}-{self.dg(3)}"]), "HEALTH_PLAN_NUMBER")

    def dl(self, st=None):
        st = st or self.c(["CA", "NY", "FL", "TX", "IL", "WA", "AZ", "CA", "TX"])
        v = {"CA": f"{self.c('ABCDEFGNSY')}{self.dg(7)}", "NY": f"{self.dg(3)} {self.dg(3)} {self.dg(3)}",
             "FL": f"{self.c('BGHMSW')}{self.dg(3)}-{self.dg(3)}-{self.dg(2)}-{self.dg(3)}-{self.dg(1)}",
             "TX": self.dg(8), "IL": f"{self.c('BDGKMS')}{self.dg(3)}-{self.dg(4)}-{self.dg(4)}",
             "WA": f"WDL{self.an(9, UPAN)}", "AZ": f"D{self.dg(8)}",
             "UK": f"{self.an(5, 'ABCDEFGHJKLMNOPRSTUWY')}{self.dg(6)}{self.an(2, 'ABCDEFGHJKLMNPRSTUWY')}{self.dg(1)}{self.an(2, 'ABCDEFGHJKLMNPRSTUWY')}",
             "ON": f"{self.c('ABCDKMPRSTW')}{self.dg(4)}-{self.dg(5)}-{self.dg(5)}"}[st]
        return (v, "DRIVER_LICENSE")

    # secrets ---------------------------------------------------------
    def aws_key(self):
        return ("AKIA" + self.an(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "AWS_ACCESS_KEY")

    def aws_secret(self):
        return (self.an(40, B64 + "+/"), "AWS_SECRET_KEY")

    def gh(self):
        return (self.c(["ghp_"] * 5 + ["gho_", "ghs_"]) + self.an(36), "GITHUB_TOKEN")

    def slack(self):
        if self.p(0.75):
            return (f"xoxb-{self.dg(self.ri(11, 12))}-{self.dg(13)}-{self.an(24)}", "SLACK_TOKEN")
        return (f"xoxp-{self.dg(12)}-{self.dg(12)}-{self.dg(13)}-{self.an(32, HEX)}", "SLACK_TOKEN")

    def stripe(self):
        return (self.c(["sk_live_", "sk_live_", "rk_live_"]) + self.c([self.an(24), "51" + self.an(97)]), "STRIPE_KEY")

    def jwt(self, email=None):
        alg = self.c(["HS256", "HS256", "ES256"])
        hd = {"alg": alg, "typ": "JWT"}
        iat = self.ri(1690000000, 1790000000)
        pl = self.c([{"sub": self.dg(7), "role": self.c(["admin", "user", "support"]), "iat": iat, "exp": iat + 3600},
                     {"uid": self.an(12), "scope": "read write", "iat": iat},
                     {"sub": f"usr_{self.an(10)}", "tenant": self.c(["acme", "kestrel", "vireo"]), "exp": iat + 86400}])
        sig = bytes(self.ri(0, 255) for _ in range(32 if alg == "HS256" else 64))
        s = ".".join([b64u(json.dumps(hd, separators=(",", ":")).encode()),
                      b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig)])
        return (s, "JWT")

    def pem(self, kind=None):
        kind = kind or self.c(["EC", "EC", "OPENSSH", "PKCS8", "RSA"])
        rb = lambda n: bytes(self.ri(0, 255) for _ in range(n))
        if kind == "EC":
            raw = bytes.fromhex("30770201010420") + rb(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(64)
            label, w = "EC PRIVATE KEY", 64
        elif kind == "PKCS8":
            raw = bytes.fromhex("302e020100300506032b657004220420") + rb(32)
            label, w = "PRIVATE KEY", 64
        elif kind == "OPENSSH":
            raw = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
                   b"\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rb(32) + b"\x00\x00\x00\x88" + rb(136))
            label, w = "OPENSSH PRIVATE KEY", 70
        else:
            raw = bytes.fromhex("3082025c02010002818100") + rb(596)
            label, w = "RSA PRIVATE KEY", 64
        b = base64.b64encode(raw).decode()
        body = "\n".join(b[i:i + w] for i in range(0, len(b), w))
        return (f"-----BEGIN {label}-----\n{body}\n-----END {label}-----", "PRIVATE_KEY")

    def password(self):
        w = self.c(["Summer", "Winter", "Mango", "Falcon", "Tigre", "Sonne", "Mariposa", "Dragon", "Harbor", "Pixel",
                    "Kalamansi", "Bonjour", "Chai", "Copper", "Ninja", "Saudade"])
        w2 = self.c(["piano", "river", "rocket", "lemon", "castle", "maple", "orbit", "velvet"])
        y = self.c([str(self.ri(1975, 2026)), self.dg(2), self.dg(3)])
        s = self.c(["!", "#", "$", "@", "&", "*", "?"])
        return (self.c([f"{w}{y}{s}", f"{w.lower()}.{w2.capitalize()}.{self.dg(2)}", self.an(12, B64 + "!#$%&*@^"),
                        f"{w[0]}{self.an(3, B64)}{s}{w2}{self.dg(2)}", f"{w2}-{w.lower()}-{w2[::-1]}-{self.dg(1)}",
                        f"{w}{s}{w2.capitalize()}{self.dg(2)}", f"P@ss{w}{self.dg(2)}"]), "PASSWORD")

    def passcode(self):
        return (self.c([self.dg(6), self.an(6, B64), self.dg(8)]), "PASSWORD")

    def secret(self, kind=None):
        kind = kind or self.c(["sendgrid", "twilio", "google", "openai", "mailgun", "datadog", "whsec", "hubspot",
                               "azure", "bearer", "hex64"])
        v = {"sendgrid": f"SG.{self.an(22, B64 + '-_')}.{self.an(43, B64 + '-_')}",
             "twilio": self.an(32, HEX), "google": f"AIza{self.an(35, B64 + '-_')}",
             "openai": f"sk-proj-{self.an(48, B64 + '-_')}", "mailgun": f"key-{self.an(32, HEX)}",
             "datadog": self.an(32, HEX), "whsec": f"whsec_{self.an(32)}",
             "hubspot": f"pat-na1-{self.an(8, HEX)}-{self.an(4, HEX)}-{self.an(4, HEX)}-{self.an(4, HEX)}-{self.an(12, HEX)}",
             "azure": f"{self.an(3)}8Q~{self.an(34, B64 + '_.-')}", "bearer": self.an(40, B64 + "-_"),
             "hex64": self.an(64, HEX)}[kind]
        return (v, "GENERIC_SECRET")

    # look-alikes (never labelled) -----------------------------------------
    def order(self):
        return self.c([f"#{self.dg(3)}-{self.dg(7)}-{self.dg(7)}", f"ORD-{self.ri(2023, 2026)}-{self.dg(6)}",
                       f"#{self.ri(10000, 999999)}", f"SO{self.dg(8)}", f"W{self.dg(9)}"])

    def ticket(self):
        return self.c([f"#{self.ri(100000, 9999999)}", f"CS-{self.dg(6)}", f"INC{self.dg(7)}", f"CASE-{self.dg(5)}",
                       f"TKT-{self.an(4, UPAN)}-{self.dg(4)}", f"SR {self.dg(8)}"])

    def uuid(self):
        h = lambda n: self.an(n, HEX)
        return f"{h(8)}-{h(4)}-4{h(3)}-{self.c('89ab')}{h(3)}-{h(12)}"

    def sha(self, n=40):
        return self.an(n, HEX)

    def ver(self):
        return self.c([f"v{self.ri(1, 9)}.{self.ri(0, 30)}.{self.ri(0, 40)}", f"{self.ri(1, 20)}.{self.ri(0, 9)}.{self.ri(0, 99)}",
                       f"{self.ri(1, 5)}.{self.ri(0, 20)}.{self.ri(0, 9)}-rc.{self.ri(1, 4)}", f"build {self.ri(1000, 99999)}"])

    def amount(self, cur="$"):
        return f"{cur}{self.ri(5, 4999)}.{self.dg(2)}"

    def tracking(self):
        return self.c([f"1Z{self.an(6, UPAN)}{self.dg(10)}", f"9400 1{self.dg(3)} {self.dg(4)} {self.dg(4)} {self.dg(4)} {self.dg(2)}",
                       f"{self.an(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{self.dg(9)}GB", f"JD{self.dg(16)}"])

    def npi(self):
        return self.c(["1", "1", "2"]) + self.dg(9)

    def bic(self):
        return self.c(["DEUTDEFF", "BNPAFRPP", "INGBNL2A", "NWBKGB2L", "BSCHESMM", "CITIUS33", "BCITITMM", "AIBKIE2D"])

    def routing(self):
        return self.c(["021000021", "011000138", "026009593", "121000358", "322271627", "111000614"])


# --------------------------------------------------------------------------- helpers
DOMAINS = []


def dom(name, neg=False):
    def deco(fn):
        DOMAINS.append((name, fn, neg))
        return fn
    return deco


ROLES = ["Account Manager", "Operations Lead", "Senior Paralegal", "Care Coordinator", "Office Manager",
         "Customer Success Manager", "Site Supervisor", "Recruiter", "HR Business Partner", "Billing Specialist"]


def who(d, g, p, em=True):
    d.f("{N} <{E}>" if em else "{N}", N=p.n(g.c(["full", "full", "fml", "caps"])), E=p.email() if em else None)


def sig(d, g, p, cc="US", company=None, short=False):
    d.f(g.c(["\n--\n{N}\n", "\n\n{N}\n", "\nBest,\n{N}\n", "\nThanks!\n{N} | "]), N=p.n(g.c(["full", "fml", "full"])))
    if short:
        return d.f("{PH}\n", PH=g.phone(cc))
    d.t(f"{g.c(ROLES)}, {company or g.c(COMPANIES)}\n")
    for line in g.sample(["T: {PH}", "M {PH}", "{E}", "{U}"], g.ri(1, 3)):
        d.f(line + "\n", PH=g.phone(cc), E=p.email(True), U=g.url("site"))


def mail(d, g, a, b, subj, ccp=None, hdr=None):
    d.t("From: "), who(d, g, a), d.t("\nTo: "), who(d, g, b)
    if ccp:
        d.t("\nCc: "), who(d, g, ccp)
    d.t(f"\nDate: {hdr or g.hdr_date()}\nSubject: {subj}\n\n")


def hdr_seq(g, n):
    x = _dt.datetime(2023, 1, 1, 7) + _dt.timedelta(minutes=g.ri(0, 4 * 365 * 1440))
    tz = g.c(["-0500", "+0000", "+0100", "-0800", "+0530", "+0800", "-0300"])
    out = []
    for _ in range(n):
        out.append(x.strftime("%a, %d %b %Y %H:%M:%S ") + tz)
        x += _dt.timedelta(minutes=g.ri(7, 3000))
    return out


# --------------------------------------------------------------------------- domains: prompts & support
@dom("prompt_email_thread_summary")
def _(g, d):
    cc = g.cc()
    a, b, c = g.person(cc), g.person(cc), g.person(cc)
    d.f(g.c(["Summarize this email thread in 5 bullets and tell me what I still owe {X}.\n\n",
             "can you give me a tl;dr of the thread below and draft a short reply from me ({ME})? keep it friendly\n\n",
             "Please extract every action item (owner + due date) from the following emails as a markdown table.\n---\n",
             "I was out sick all week, what did I miss?? thread pasted below, ignore the signatures\n\n",
             "Rewrite the last email in this thread so it sounds less passive-aggressive. Context:\n\n"]),
        X=a.n(g.c(["first", "full"])), ME=b.n())
    bodies = [
        "Hi {B},\n\nFollowing up on the site visit: can we move it to {DT}? The crew will meet you at {ADDR}. If the gate is locked call {P3} on {PH}.\n\nThanks,\n{A}",
        "{B} - the venue in {LOC} is confirmed for {D}. Deposit invoice {ORD} ({AMT}) is attached; I paid on the company card so nothing needed from you. Run of show: {URL}\n\n{A}",
        "Hey {B}, quick one: {P3} starts on {D}. Can you get the laptop shipped to {ADDR} before then? Their mobile is {PH}.\n\nCheers, {A}",
        "Hi all, reminder that the audit walkthrough is {DT}. {P3} will dial in from {LOC}. Agenda: {URL}\n\nBest,\n{A}",
        "{B}, I still haven't received the signed copy. Please send it to {EM} or fax it to {PH} by {D}.\n- {A}",
    ]
    replies = ["Works for me. I'll loop in {P3}.", "Sounds good, see you {DT}.", "Can't do that day, how about {DT} instead?",
               "Adding {P3} ({EM}) who owns this now.", "Got it. FYI my new number is {PH}."]
    vals = lambda: dict(B=b.n(g.c(["first", "first", "lowerfirst"])), A=a.n(g.c(["first", "full"])), DT=g.dt(), D=g.date(),
                        ADDR=g.addr(cc), PH=g.phone(cc), P3=c.n(g.c(["full", "first", "init"])), LOC=g.loc(cc),
                        ORD=g.order(), AMT=g.amount(), URL=g.url(g.c(["doc", "drive", "short"])), EM=c.email())
    subj = g.c(["Site visit", "Offsite logistics", "New starter", "Audit walkthrough", "Signed agreement"])
    nrep = g.ri(1, 3)
    hs = hdr_seq(g, nrep + 1)
    mail(d, g, a, b, subj, c if g.p(0.3) else None, hdr=hs[0])
    d.f(g.c(bodies), **vals())
    for k, rep in enumerate(g.sample(replies, nrep)):
        s, r = (b, a) if k % 2 == 0 else (a, b)
        d.t("\n\n")
        mail(d, g, s, r, "Re: " + subj, hdr=hs[k + 1])
        d.f(rep, **vals())
        if g.p(0.5):
            d.f("\n\n{N}", N=s.n("first"))


@dom("prompt_complaint_rewrite")
def _(g, d):
    cc = g.cc("US US US UK CA AU IN PH")
    p, ag = g.person(cc), g.person(cc)
    ind = g.c(["telecom", "bank", "airline", "furniture", "gym"])
    d.t(g.c(["Rewrite this complaint so it sounds professional but firm:\n\n", "make this shorter and angrier lol\n\n",
             "Fix grammar only, do NOT change any facts or numbers:\n\"\"\"\n", "Translate this complaint into formal Spanish please.\n\n",
             "Can you turn this into a polite but serious letter to the CEO?\n\n"]))
    d.f(g.c(["To whom it may concern,\n\n", "Hello,\n\n", "Dear Customer Relations,\n\n", ""]))
    d.f(g.c(["My name is {P} and I have been a customer since 2016 (account {ACCT}). ",
             "I'm writing about account number {ACCT}, held by me, {P}. ",
             "This is {P} again, account {ACCT}, ticket {TK}. "]), P=p.n(g.c(["full", "fml", "caps"])), ACCT=g.acct("customer" if ind != "bank" else "bank"),
        TK=g.ticket())
    ev = {
        "telecom": "On {D} I called {TF} and spoke to an agent named {AG} who promised a credit of {AMT}. Instead my bill went up. The technician was supposed to come to {ADDR} on {DT} and never showed.",
        "bank": "On {D} two charges of {AMT} hit my card {CARD} at a merchant in {LOC} I have never been to. Your fraud team ({TF}) told me {AG} would call back within 48 hours. Nobody did.",
        "airline": "My flight to {LOC} on {DT} was cancelled and the rebooking agent, {AG}, charged my card {CARD} again for the new ticket. Booking ref {ORD} if that helps.",
        "furniture": "The sofa (order {ORD}) was supposed to be delivered to {ADDR} on {DT}. I took the day off work. The driver called from {PH2} to say they were 'in {LOC}' and then disappeared.",
        "gym": "I cancelled my membership in writing on {D} with your manager {AG}, yet you charged {AMT} to my card {MC} three more times.",
    }[ind]
    d.f(ev, D=g.date(), TF=g.tollfree(), AG=ag.n(g.c(["first", "full", "first"])), AMT=g.amount(), CARD=g.card() if g.p(0.6) else g.masked_card(),
        MC=g.masked_card(), LOC=g.loc(cc), ADDR=g.addr(cc), DT=g.dt(), ORD=g.order(), PH2=g.phone(cc))
    d.f(g.c([" I expect a full refund by {D2}. You can reach me at {PH} or {EM}.\n\n{P}\n",
             "\n\nPlease call me on {PH} (after 5pm) or email {EM}. I will escalate to the regulator if this is not fixed by {D2}.\n\nRegards,\n{P}\n{ADDR}\n",
             " Reply to {EM}. Not interested in another chatbot.\n- {P}"]),
        D2=g.date(), PH=g.phone(cc), EM=p.email(False), P=p.n(), ADDR=g.addr(cc))


@dom("prompt_form_extract_json")
def _(g, d):
    cc = g.c(["US"] * 5 + ["CA", "UK"])
    p = g.person(cc)
    kind = g.c(["patient", "rental", "loan", "school"])
    d.t(g.c(["Extract the fields below from this scanned {k} form and return valid JSON (null if missing).\n\n",
             "Here's OCR output from a {k} form. Pull out name, DOB, phone, email, address and any ID numbers into JSON.\n\n",
             "SYSTEM: You are a data-entry assistant.\nUSER: Parse this {k} form:\n\n"]).replace("{k}", kind))
    fa = g.addr_fields(cc)
    fields = [("Name", "Full Name", "NAME (Last, First)"), ("DOB", "Date of Birth", "Birth date")]
    name_lab = g.c(fields[0])
    d.f("{L}: {N}\n", L=name_lab, N=p.n("lf" if "Last" in name_lab else g.c(["full", "fml", "caps"])))
    ph = g.phone(cc)
    rows = [("{L}: {V}\n", g.c(fields[1]), g.dob(style=3)), ("Phone: {V}\n", None, ph), ("E-mail: {V}\n", None, p.email(False))]
    if g.p(0.5):
        rows.append(("Street: {V}\nCity: {C}    State: {S}    ZIP: " + fa["pc"] + "\n", None, (fa["line"], "ADDRESS")))
    else:
        rows.append(("Address: {V}\n", None, g.addr(cc, f=fa)))
    extra = {"patient": [("Member ID: {V}\n", None, g.hpn()), ("MRN: {V}\n", None, g.mrn()), ("Emergency contact: {V}", None, g.person(cc).n()), (" / {V}\n", None, g.phone(cc))],
             "rental": [("Driver's License #: {V}\n", None, g.dl()), ("SSN: {V}\n", None, g.ssn()), ("Current landlord: {V}\n", None, g.person(cc).n())],
             "loan": [("SSN: {V}\n", None, g.ssn()), ("Checking acct #: {V}\n", None, g.acct()), ("Routing #: " + g.routing() + "\n", None, None)],
             "school": [("Parent/Guardian: {V}\n", None, g.person(cc, cult=p.cult).n()), ("Allergies: peanuts, " + g.c(DRUGS).split()[0] + "\n", None, None)]}[kind]
    rows = g.shuffle(rows[:2]) + rows[2:] + extra
    for tmpl, lab, val in rows:
        d.f(tmpl, L=lab, V=val, C=(fa["city"], "LOCATION"), S=(fa["abbr"], "LOCATION"))
    d.f("Signature date: {D}\n", D=g.date(style=3))
    if g.p(0.4):
        d.f('\nExpected output (partial):\n{"name": "{N}", "phone": "{PH}", "email": null}\n', N=p.n(), PH=ph)


@dom("prompt_code_debug_secrets")
def _(g, d):
    lang = g.c(["py", "node", "sh", "go"])
    d.t(g.c(["why does this keep returning 403?? been stuck for 2 hours\n\n", "Can you refactor this to use async + retries?\n\n",
             "Getting SignatureDoesNotMatch, what am I doing wrong:\n\n", "Please review this script before I push it to prod\n\n"]))
    if lang == "py":
        d.f("```python\nimport boto3, stripe\n\nAWS_ACCESS_KEY_ID = \"{AK}\"\nAWS_SECRET_ACCESS_KEY = \"{SK}\"\nstripe.api_key = \"{ST}\"\n\n"
            "s3 = boto3.client('s3', region_name='eu-west-1', aws_access_key_id=AWS_ACCESS_KEY_ID,\n                  aws_secret_access_key=AWS_SECRET_ACCESS_KEY)\n"
            "def upload(path):\n    s3.upload_file(path, 'invoices-{B}', path)\n```\n", AK=g.aws_key(), SK=g.aws_secret(), ST=g.stripe(), B=g.an(6, HEX))
    elif lang == "node":
        d.f("```js\nconst { WebClient } = require('@slack/web-api');\nconst slack = new WebClient('{SL}');\nconst DB = 'postgres://app_user:{PW}@{IP}:5432/orders';\n"
            "const headers = { Authorization: 'Bearer {JW}' };\n\nawait slack.chat.postMessage({ channel: '#ops', text: 'deploy done' });\n```\n",
            SL=g.slack(), PW=g.password(), IP=g.ip(True), JW=g.jwt())
    elif lang == "sh":
        d.f("```bash\nexport GITHUB_TOKEN={GH}\ncurl -s -H \"Authorization: token $GITHUB_TOKEN\" {U}\n"
            "curl -X POST {U2} -H 'X-Api-Key: {GS}' -d @payload.json\n```\n", GH=g.gh(), U=g.url("api"), U2=g.url("api"), GS=g.secret())
    else:
        d.f("```go\nconst apiKey = \"{GS}\"\nconst dsn = \"host={IP} user=svc password={PW} dbname=ledger sslmode=disable\"\n"
            "cfg := aws.Config{Credentials: credentials.NewStaticCredentialsProvider(\"{AK}\", \"{SK}\", \"\")}\n```\n",
            GS=g.secret(), IP=g.ip(), PW=g.password(), AK=g.aws_key(), SK=g.aws_secret())
    d.t("\nerror:\n")
    for _ in range(g.ri(2, 4)):
        d.t(f"{g.log_ts()} ERROR request_id={g.uuid()} status={g.c(['403', '401', '500'])} {g.c(['AccessDenied', 'invalid_auth', 'timeout after 30000ms', 'SignatureDoesNotMatch'])}\n")
    d.t(g.c(["", "\n(yes I know the keys are in there, it's a test account)\n", "\nRunning python 3.11 / node 20, lib " + g.ver() + "\n"]))


@dom("prompt_resume_polish")
def _(g, d):
    cc = g.cc("US US US UK CA IN PH AU DE")
    p = g.person(cc)
    d.t(g.c(["Make my resume bullet points stronger and more quantified. Don't invent anything.\n\n",
             "tailor this resume for a senior data analyst role pls\n\n", "Proofread my CV:\n\n"]))
    d.f("{N}\n{LOC} | {PH} | {EM}\n{LI}\n", N=p.n(g.c(["caps", "full", "fml"])), LOC=g.loc(cc), PH=g.phone(cc), EM=p.email(False),
        LI=g.url("li", p))
    if g.p(0.4):
        d.f("GitHub: {U}\n", U=(f"https://github.com/{deacc(p.first).lower()[:6]}{g.dg(2)}", "URL"))
    d.t("\nEXPERIENCE\n")
    for _ in range(g.ri(2, 3)):
        d.f(f"{g.c(COMPANIES)}, " + "{L}  {Y}\n", L=g.loc(cc), Y=f"{g.ri(2012, 2019)}-{g.c(['2021', '2022', 'present'])}")
        for b in g.sample(["- handled reporting for the {R} region", "- worked with {M} on the migration to Snowflake",
                           "- reduced ticket backlog, trained 6 new hires incl. {M2}", "- built dashboards used by the VP of Sales",
                           "- responsible for payroll for 300+ employees in {R}"], 2):
            d.f(b + "\n", R=g.loc(cc), M=g.person(cc).n(g.c(["full", "first"])), M2=g.person(cc).n("first"))
    d.t(f"\nEDUCATION\nB.Sc. {g.c(['Economics', 'Computer Science', 'Nursing', 'Statistics'])}, {g.ri(2005, 2016)}\n")
    if g.p(0.5):
        r = g.person(cc)
        d.f("\nReferences: {R} ({T}), {PH}\n", R=r.n(), T=g.c(ROLES), PH=g.phone(cc))


@dom("prompt_letter_translation")
def _(g, d):
    lang = g.c(["de", "fr", "es", "pt", "it"])
    cc = {"de": "DE", "fr": "FR", "es": "ES", "pt": g.c(["PT", "BR"]), "it": "IT"}[lang]
    s, r = g.person(cc), g.person(cc)
    d.t(g.c(["Translate this letter into English. Keep the layout.\n\n", "what does this letter say? is it urgent?\n\n",
             "Please translate + summarize the key dates in this letter I received:\n\n"]))
    sa = g.addr_fields(cc)
    d.f("{S}\n{SA}\n\n{R}\n{RA}\n\n", S=s.n(), SA=g.addr(cc, multi=True, f=sa), R=r.n(), RA=g.addr(cc, multi=True))
    d.f("{C}, {D}\n\n", C=(sa["city"], "LOCATION"), D=g.date(lang, style=0))
    T = {
        "de": ["Sehr geehrte{X} {T}{L},\n\nbezugnehmend auf unser Telefonat vom {D2} bestätige ich den Termin am {DT}. Bitte überweisen Sie die Kaution auf folgendes Konto: IBAN {IB}, BIC {BIC}. Bei Rückfragen erreichen Sie mich unter {PH}.\n\nMit freundlichen Grüßen\n{S}"],
        "fr": ["{T}{L},\n\nSuite à notre échange du {D2}, je vous confirme le rendez-vous du {DT}. Merci de verser le dépôt de garantie sur le compte IBAN {IB} (BIC {BIC}). Vous pouvez me joindre au {PH}.\n\nVeuillez agréer mes salutations distinguées.\n{S}"],
        "es": ["Estimado/a {T}{L}:\n\nTras nuestra conversación del {D2}, le confirmo la cita el {DT}. Le ruego que ingrese la fianza en la cuenta IBAN {IB} (BIC {BIC}). Para cualquier duda, llame al {PH}.\n\nAtentamente,\n{S}"],
        "pt": ["Prezado(a) {T}{L},\n\nConforme conversamos em {D2}, confirmo a visita no dia {DT}. Pedimos que o depósito seja feito para o IBAN {IB}. Qualquer dúvida, ligue para {PH}.\n\nCom os melhores cumprimentos,\n{S}"],
        "it": ["Gentile {T}{L},\n\ncon riferimento alla telefonata del {D2}, le confermo l'appuntamento del {DT}. La preghiamo di versare la caparra sul conto IBAN {IB} (BIC {BIC}). Per informazioni: {PH}.\n\nCordiali saluti,\n{S}"],
    }[lang]
    ibcc = {"de": "DE", "fr": "FR", "es": "ES", "pt": "PT", "it": "IT"}[lang]
    d.f(g.c(T), X="r" if r.sex == "m" else "", T=r.title(lang), L=r.n("last"), D2=g.date(lang), DT=g.dt(lang),
        IB=g.iban(ibcc), BIC=g.bic(), PH=g.phone(cc), S=s.n())


@dom("prompt_lab_results_explain")
def _(g, d):
    p, doc = g.person("US"), g.person("US")
    d.t(g.c(["Can you explain my blood test results in plain English? I'm worried about the LDL.\n\n",
             "My doctor hasn't called back. What do these numbers mean?\n\n", "eli5 these lab results pls, copied from MyChart:\n\n"]))
    d.f("Patient: {N}    DOB: {DOB}    MRN: {MRN}\n", N=p.n(g.c(["lfcaps", "lf", "full"])), DOB=g.dob(style=3), MRN=g.mrn())
    day0 = g.day()
    d.f("Ordering provider: {T}{DR}\nCollected: {DT}    Resulted: {DT2}\n", T="Dr. " if g.p(0.6) else "", DR=doc.n(g.c(["full", "lf", "init"])),
        DT=(g.fdate(day0, style=3) + " " + g.ftime(), "DATE_TIME"), DT2=(g.fdate(day0 + _dt.timedelta(days=g.ri(0, 3)), style=3) + " " + g.ftime(), "DATE_TIME"))
    if g.p(0.6):
        d.f("Insurance: {PL}  Member ID {HP}\n", PL=g.c(["Aetna PPO", "BCBS Blue Choice", "UnitedHealthcare", "Kaiser HMO"]), HP=g.hpn())
    d.t("\nTEST                     RESULT   FLAG  REF RANGE         LOINC\n")
    for t, rng, loinc in g.sample([("LDL Cholesterol", "<100 mg/dL", "13457-7"), ("HDL Cholesterol", ">40 mg/dL", "2085-9"),
                                   ("Hemoglobin A1c", "4.0-5.6 %", "4548-4"), ("TSH", "0.45-4.5 uIU/mL", "3016-3"),
                                   ("Creatinine", "0.7-1.3 mg/dL", "2160-0"), ("ALT", "7-56 U/L", "1742-6"),
                                   ("Vitamin D, 25-OH", "30-100 ng/mL", "1989-3")], g.ri(3, 5)):
        d.t(f"{t:<25}{g.ri(10, 180)/10 if 'A1c' in t or 'TSH' in t else g.ri(20, 190):<9}{g.c(['', 'H', 'L', '']):<6}{rng:<18}{loinc}\n")
    d.f(g.c(["\nI'm on {DR} and {DR2}. Should I stop them?", "\nMy next appointment is {DT}, can I wait until then?",
             "\nFor context I'm {A} and my dad had a heart attack at 52."]), DR=g.c(DRUGS), DR2=g.c(DRUGS), DT=g.dt(), A=str(g.ri(30, 70)))


@dom("prompt_demand_letter_draft")
def _(g, d):
    cc = g.cc("US US US CA UK AU")
    me, them = g.person(cc), g.person(cc)
    kind = g.c(["contractor", "landlord", "mechanic", "wedding vendor"])
    d.f("Help me write a demand letter to my {K}. Facts below, make it sound like a lawyer wrote it.\n\n", K=kind)
    facts = [
        "- me: {ME}, {ADDR}, {PH}, {EM}",
        "- them: {TH} ({CO}), office at {ADDR2}",
        "- paid {AMT} deposit on {D1} by check #" + g.dg(4) + " from my account {ACCT}",
        "- they promised completion by {D2}; last time anyone showed up was {DT}",
        "- my neighbor {NB} saw the crew leave the site and can confirm",
        "- I texted {TH1} at {PH2} six times, no response",
    ]
    for f_ in facts[:2] + g.sample(facts[2:], g.ri(3, 4)):
        d.f(f_ + "\n", ME=me.n(g.c(["full", "fml"])), ADDR=g.addr(cc), PH=g.phone(cc), EM=me.email(False), TH=them.n(), TH1=them.n("first"),
            CO=g.c(["Elite Home Builders", "QuickFix Auto", "Blossom Events", "Keystone Property LLC"]), ADDR2=g.addr(cc),
            AMT=g.amount(), D1=g.date(), D2=g.date(), DT=g.dt(), NB=g.person(cc).n(g.c(["full", "first"])), PH2=g.phone(cc), ACCT=g.acct())
    d.f(g.c(["\nI want the money back within 14 days or I'm filing in small claims in {L}.",
             "\nDeadline for them should be {D}. Mention I'll report them to the licensing board.",
             "\nKeep it under one page. My friend {F} (paralegal) said to cite the contract clause 7(b)."]),
        L=g.loc(cc), D=g.date(), F=g.person(cc).n("first"))


@dom("cs_macro_reply")
def _(g, d):
    lang = g.c(["en", "en", "en", "es", "fr", "de"])
    cc = {"en": g.cc("US US UK CA AU IN PH"), "es": g.c(["ES", "MX"]), "fr": "FR", "de": "DE"}[lang]
    cu, ag = g.person(cc), g.person(cc)
    brand = g.c(["Bluefin Telecom", "Nimbus Home Internet", "Verdant Energy", "ParcelPal", "Kestrel Bank", "Loopline Mobile"])
    kw = dict(C=cu.n(g.c(["first", "first", "full"])), ACCT=g.acct(g.c(["customer", "utility", "bank"])), ORD=g.order(), TK=g.ticket(),
              MC=g.masked_card(), AMT=g.amount("€" if lang in ("fr", "de") else "$"), D=g.date(lang, us=cc == "US"),
              DT=g.dt(lang, us=cc == "US"), TF=g.tollfree() if cc == "US" else g.phone(cc), AG=ag.n(g.c(["first", "full"])),
              ADDR=g.addr(cc), U=g.url("portal"), EM=cu.email())
    T = {"en": ["Hi {C},\n\nThanks for contacting {B}. I've reviewed account {ACCT} and issued a refund of {AMT} to the card {MC}. It should appear within 5-7 business days. Your reference is {TK}.\n\nIf anything else comes up, call us on {TF} or manage your plan at {U}.\n\nKind regards,\n{AG}\n{B} Customer Care",
                "Hello {C},\n\nI'm sorry the technician missed your appointment. I've rebooked the visit to {ADDR} for {DT}. A confirmation has been sent to {EM}.\n\nTicket: {TK}\n{AG} | {B}",
                "Dear {C},\n\nWe were unable to verify the account holder for {ACCT}. For your security please reply with the last four digits of the payment method on file (do not send the full number) or call {TF}.\n\n{AG}\nTrust & Safety, {B}"],
         "es": ["Hola {C}:\n\nGracias por escribir a {B}. Hemos revisado la cuenta {ACCT} y reembolsado {AMT} a la tarjeta {MC}. Número de caso: {TK}.\n\nSi necesita algo más, llámenos al {TF}.\n\nSaludos,\n{AG}",
                "Estimado/a {C}:\n\nLa visita técnica a {ADDR} queda reprogramada para el {DT}. Enviamos la confirmación a {EM}.\n\nAtentamente,\n{AG} - {B}"],
         "fr": ["Bonjour {C},\n\nMerci d'avoir contacté {B}. Nous avons remboursé {AMT} sur la carte {MC} associée au compte {ACCT}. Référence : {TK}.\n\nPour toute question : {TF}.\n\nCordialement,\n{AG}",
                "Bonjour {C},\n\nLe rendez-vous du technicien au {ADDR} est reporté au {DT}. Un e-mail de confirmation a été envoyé à {EM}.\n\n{AG}, service client {B}"],
         "de": ["Hallo {C},\n\nvielen Dank für Ihre Nachricht an {B}. Wir haben {AMT} auf die Karte {MC} erstattet (Kundenkonto {ACCT}, Vorgang {TK}).\n\nBei Fragen erreichen Sie uns unter {TF}.\n\nFreundliche Grüße\n{AG}",
                "Guten Tag {C},\n\nder Technikertermin in der {ADDR} wurde auf {DT} verschoben. Die Bestätigung ging an {EM}.\n\nViele Grüße\n{AG}, {B} Kundenservice"]}[lang]
    if g.p(0.35):
        d.f("[Macro: {M}] [Agent: {AG}] [Order {ORD}]\n\n", M=g.c(["Refund issued", "Missed appt", "ID verification", "Billing adj."]), **{k: v for k, v in kw.items() if k != "AG"},
            AG=ag.n("full"))
    d.f(g.c(T), B=brand, **kw)


@dom("cs_tier2_escalation")
def _(g, d):
    cc = g.cc("US US US CA UK")
    cu, t1, t2 = g.person(cc), g.person(cc), g.person(cc)
    d.f(g.c(["ESCALATION to Tier 2 - {TK}\n", "Escalation note ({TK}) - please read fully before calling the customer\n",
             "T2 handoff | case {TK} | priority P2\n"]), TK=g.ticket())
    d.f("Raised by: {T1}   Assigned: {T2}\n\n", T1=t1.n(g.c(["full", "first", "init"])), T2=t2.n(g.c(["full", "first"])))
    rows = [("Customer: {V}\n", cu.n(g.c(["full", "caps", "lf"]))), ("Account #: {V}\n", g.acct(g.c(["customer", "bank", "utility"]))),
            ("Callback: {V}\n", g.phone(cc)), ("Email on file: {V}\n", cu.email()), ("Verified with DOB {V}", g.dob()),
            (" and last 4 of SSN (***-**-" + g.dg(4) + ")\n", None), ("Service address: {V}\n", g.addr(cc))]
    for t, v in rows:
        d.f(t, V=v)
    d.f(g.c(["\nSummary: customer says someone logged in from {IP} ({LOC}) on {DT} and changed the mailing address. Our logs show 3 failed logins from {IP2} first. Card on file {MC} was not charged. Asked customer to reset password; they said the old one was \"{PW}\" and they reuse it everywhere.\n",
             "\nSummary: billing dispute, customer was promised a credit by {T1S} on {DT}. Credit never applied. Customer very upset, mentioned contacting the state AG. Please call before {D}.\n",
             "\nSummary: customer's driver's license ({DL}) was uploaded to the wrong account ({ACC2}). Privacy incident opened. Do NOT email the customer, call only.\n"]),
        IP=g.ip(False), IP2=g.ip(False), LOC=g.loc(g.cc()), DT=g.dt(), MC=g.masked_card(), PW=g.password(), T1S=t1.n("first"), D=g.date(),
        DL=g.dl(), ACC2=g.acct("customer"))
    d.t(g.c(["", f"\nInternal ref {g.uuid()} / macro {g.ri(100, 999)}\n"]))


def speakers(g, cc, n):
    return [g.person(cc) for _ in range(n)]


@dom("standup_meeting_transcript")
def _(g, d):
    cc = g.cc("US US UK IN DE CA AU PH")
    ps = speakers(g, cc, g.ri(3, 4))
    d.f(g.c(["Summarize this standup transcript into decisions / blockers / action items:\n\n", "Meeting transcript (auto-generated) - Platform standup\n\n",
             "Can you turn this into a short Slack update for my manager?\n\n"]))
    lines = ["I'm still blocked on the SSO bug, {O} can you pair with me after this?", "Deploy of {V} went out last night, no rollbacks.",
             "Heads up, the vendor demo moved to {DT}.", "I'll be out {D}, {O} is covering on-call.", "The staging box at {IP} is out of disk again.",
             "For the new contractor, {O}, I shared the onboarding doc: {U}", "The temporary staging admin password is {PW}, I'll rotate it Friday.",
             "Customer {C} in {L} escalated again, their number is {PH} if someone wants to call.", "PR is up: {GH}", "Nothing new from me, still on the migration.",
             "Can we move retro to {T}?"]
    fmt = g.c(["[{h}] {S}: ", "{h} {S}\n", "{S} ({h}): "])
    long_ts, nst = g.p(0.5), g.c(["full", "full", "first", "caps"])
    t0 = g.ri(0, 100)
    used = g.sample(lines, g.ri(5, 9))
    for k, ln in enumerate(used):
        sp, other = ps[g.ri(0, len(ps) - 1)], ps[(k + 1) % len(ps)]
        if other is sp:
            other = ps[(k + 2) % len(ps)]
        t0 += g.ri(8, 70)
        h = f"00:{t0 // 60:02d}:{t0 % 60:02d}" if long_ts else f"{t0 // 60:02d}:{t0 % 60:02d}"
        a, b = fmt.split("{S}")
        d.t(a.replace("{h}", h)), d.v(sp.n(nst)), d.t(b.replace("{h}", h))
        d.f(ln + "\n", O=other.n(g.c(["first", "first", "lowerfirst"])), V=g.ver(), DT=g.dt(), D=g.date(), IP=g.ip(True), U=g.url(g.c(["doc", "drive"])),
            PW=g.password(), C=g.person(cc).n(), L=g.loc(cc), PH=g.phone(cc), GH=g.url("gh"), T=g.time())


@dom("hiring_debrief_transcript")
def _(g, d):
    cc = g.cc("US US UK CA IN DE NL")
    cand = g.person(cc)
    ps = speakers(g, cc, 3)
    d.f(g.c(["Please summarize this hiring committee debrief and list each interviewer's vote.\n\n", "Debrief notes - candidate {C}\n\n"]), C=cand.n())
    L = ["Strong yes for {CF}. The system design round was the best I've seen this quarter.",
         "I'm a lean no. {CF} struggled with the SQL exercise and talked over {O}.", "Reference from {R} at their last job was glowing, I called {RPH}.",
         "{CF} is relocating from {L1} to {L2}, wants to start {D}.", "Comp ask is 185k base; recruiter {O} thinks we can do 175.",
         "Background check needs SSN, {CF} sent it over email which is not great: {SSN}. Can someone move it to the HR system and delete the thread?",
         "Candidate's email is {EM} and cell {PH} if anyone wants to follow up.", "They mentioned a medical leave gap in 2021, let's not discuss that.",
         "Let's schedule the final with the VP, {DT} works for them."]
    nst = g.c(["full", "first", "caps", "first"])
    for k, ln in enumerate(g.sample(L, g.ri(5, 7))):
        sp = ps[k % 3]
        d.v(sp.n(nst)), d.t(": ")
        d.f(ln + "\n", CF=cand.n(g.c(["first", "first", "full", "last"])), O=ps[(k + 1) % 3].n("first"), R=g.person(cc).n(), RPH=g.phone(cc),
            L1=g.loc(cc), L2=g.loc(g.cc()), D=g.date(), SSN=g.ssn(), EM=cand.email(False), PH=g.phone(cc), DT=g.dt())


@dom("sales_call_recap_slack")
def _(g, d):
    cc = g.cc("US US US UK DE AU CA IN")
    rep, cust, champ = g.person(cc), g.person(cc), g.person(cc)
    co = g.c(["Halvorsen Marine", "Tri-County Dental", "Pioneer Fabrication", "Blue Heron Hotels", "Acacia Schools", "Norte Foods"])
    d.f(g.c(["#deals-emea  {R}  {H}\n", "{R} - {H} - in #sales-wins\n", "Summarize this call recap for the CRM:\n\n{R} wrote:\n"]),
        R=rep.n(g.c(["full", "first"])), H=f"{g.ri(8, 18)}:{g.ri(0, 59):02d}")
    d.f(g.c([":telephone_receiver: Call recap w/ {CN} ({TT}) @ " + co + " - {L}\n", "Recap: disco call with " + co + " ({L}), spoke to {CN}\n"]),
        CN=cust.n(g.c(["full", "full", "first"])), TT=g.c(["COO", "Head of IT", "Procurement", "Practice Manager"]), L=g.loc(cc))
    bl = [f"- budget ~${g.ri(20, 400)}k, decision by end of Q{g.ri(1, 4)}", "- pain: onboarding takes 3 weeks, spreadsheets everywhere",
          "- {CF} wants a pilot at the {L2} site first", "- champion is {CH} (ops), direct line {PH}", "- next step: demo {DT} with their CFO",
          "- send security questionnaire to {EM}", "- they use Salesforce + NetSuite " + g.ver(), "- competitor: Rippling, pricing came up twice",
          "- billing contact: {CH} <{EM2}>, wants invoices to {ADDR}"]
    for b in g.sample(bl, g.ri(4, 6)):
        d.f(b + "\n", CF=cust.n("first"), L2=g.city(cc), CH=champ.n(g.c(["full", "first"])), PH=g.phone(cc), DT=g.dt(), EM=cust.email(True),
            EM2=champ.email(True), ADDR=g.addr(cc))
    d.t(g.c(["", "cc @pipeline-bot\n", f"opp id 006{g.an(12, B64)}\n"]))


@dom("prompt_incident_rca")
def _(g, d):
    on, lead = g.person(), g.person()
    d.t(g.c(["Write a blameless RCA from these notes + logs. Audience is execs.\n\n", "draft the incident summary for the status page, notes below\n\n",
             "Help me turn this into a postmortem doc (timeline, impact, root cause, action items):\n\n"]))
    d.f("Incident {INC} - {T}\nIC: {L}   on-call: {O}\nStarted {DT}, mitigated {DT2}\n\n", INC=g.ticket(), L=lead.n(g.c(["full", "first"])),
        O=on.n(g.c(["full", "first", "lowerfirst"])), DT=g.dt(), DT2=g.time(),
        T=g.c(["leaked IAM key used for crypto mining", "payments webhook failures", "public S3 bucket", "token committed to public repo"]))
    d.t("pasted logs:\n```\n")
    for _ in range(g.ri(3, 6)):
        d.f(g.log_ts() + " " + g.c(["INFO  ", "WARN  ", "ERROR "]) + g.c([
            "AssumeRole by {AK} from {IP}", "env dump: AWS_SECRET_ACCESS_KEY={SK}", "POST /v1/charges 401 stripe key={ST}",
            "connecting to postgresql://billing:{PW}@{IP}:5432/prod", "Authorization: Bearer {JW}", "git push by {O2} contains {GH}",
            "RunInstances x38 c5.24xlarge region=ap-south-1 src={IP6}", "slack notify failed token={SL}"]) + "\n",
            AK=g.aws_key(), SK=g.aws_secret(), ST=g.stripe(), PW=g.password(), IP=g.ip(), JW=g.jwt(), O2=g.c(["ci-bot", "deploy", "jenkins"]),
            GH=g.gh(), IP6=g.ip6(), SL=g.slack())
    d.t("```\n")
    if g.p(0.3):
        d.f("\nkey that was in the gist:\n{PK}\n", PK=g.pem(g.c(["EC", "PKCS8", "RSA"])))
    d.f(g.c(["\nNotes: {O} revoked the key at {T}. {L} notified security. Customer impact: ~" + str(g.ri(2, 90)) + " min of failed checkouts.\n",
             "\nNotes: root cause was a .env committed in {C}. Rotation done by {O}. Need action items with owners.\n"]),
        O=on.n("first"), T=g.time(), L=lead.n("first"), C=g.sha(7))


# --------------------------------------------------------------------------- domains: mixed-language chat
def chat(g, d, cc, lang, msgs, intros, cults, n=(6, 12)):
    ps = [g.person(cc, cult=g.c(cults)) for _ in range(g.ri(3, 4))]
    d.t(g.c(intros))
    fmt = g.c(["[{H}] {S}: ", "{S}: ", "<{S}> ", "{S} · {H}\n"])
    h, m = g.ri(7, 21), g.ri(0, 59)
    styles = {id(p): g.c(["first", "lowerfirst", "full", "nick", "first"]) for p in ps}
    for k, msg in enumerate(g.sample(msgs, min(len(msgs), g.ri(*n)))):
        sp = ps[g.ri(0, len(ps) - 1)]
        others = [p for p in ps if p is not sp]
        m += g.ri(0, 9)
        h, m = (h + m // 60) % 24, m % 60
        a, b = fmt.split("{S}")
        d.t(a.replace("{H}", f"{h:02d}:{m:02d}")), d.v(sp.n(styles[id(sp)])), d.t(b.replace("{H}", f"{h:02d}:{m:02d}"))
        f1, f2 = others[0], others[-1]
        tf, tm = g.person(cc, "f", cult=g.c(cults)), g.person(cc, "m", cult=g.c(cults))
        third = g.c([tf, tm])
        d.f(msg + "\n", F=f1.n(g.c(["first", "lowerfirst", "nick"])), F2=f2.n(g.c(["first", "lowerfirst"])), P=third.n(g.c(["full", "first", "full"])),
            PF=tf.n(g.c(["full", "first"])), PM=tm.n(g.c(["full", "first", "last"])), PEM=tf.email(),
            ADDR=g.addr(cc), PH=g.phone(cc), PH2=g.phone(cc), IB=g.iban({"FR": "FR", "DE": "DE", "ES": "ES", "PT": "PT"}.get(cc, g.c(["DE", "FR", "NL"]))),
            DT=g.dt(lang, us=cc == "US"), D=g.date(lang, us=cc == "US"), D2=g.date(lang, us=cc == "US"), T=g.time(lang), L=g.loc(cc),
            EM=sp.email(False), PW=g.password(), ACCT=g.acct(), TK=g.ticket(), ORD=g.order(), U=g.url(g.c(["drive", "short", "doc"])))


@dom("chat_es_en_family")
def _(g, d):
    chat(g, d, g.c(["US", "US", "MX"]), g.c(["en", "es"]), [
        "oye {F}, can you pick up abuela from the clinic? la cita es {DT}", "la dirección es {ADDR}, it's the blue house con el portón negro",
        "mi nuevo número es {PH}, guárdalo porfa", "tía {PF} says she's landing in {L} el {D}", "el wifi password es {PW} jaja no se lo den a nadie",
        "send me your half por zelle to {EM} pls, o a mi cuenta {ACCT}", "no manches {F} 😂😂", "ok ok voy en camino, llego como a las {T}",
        "pregúntale a {F2} si viene al bautizo", "don't forget {P}'s cumpleaños is {D2}!!", "ya le mandé las fotos: {U}", "quién tiene el número de {P}? es {PH2}?"],
        ["Can you summarize what my family decided in this group chat? I missed it\n\n", "translate this family chat to english for my husband pls:\n\n", ""], ["mx", "mx", "es"])


@dom("chat_fr_en_flatshare")
def _(g, d):
    chat(g, d, g.c(["FR", "FR", "CA"]), g.c(["fr", "en"]), [
        "{F} t'as payé le loyer? the landlord texted me again", "virement à faire sur l'IBAN {IB} avant le {D} sinon frais de retard 🙄",
        "le plombier vient {DT}, someone needs to be home", "code wifi: {PW}", "mon numéro a changé: {PH}",
        "{P} from the 3rd floor said our package went to {ADDR}", "on se retrouve à {L} ce weekend?", "c'est {F2} qui a les clés lol",
        "grocery split is on the sheet: {U}", "la proprio c'est {PF}, son mail c'est {PEM}", "ok je rentre vers {T}"],
        ["Flatmate chat, can you list who owes what?\n\n", "Résume cette conversation stp:\n\n", ""], ["fr", "fr", "fr", "ar", "es"])


@dom("chat_de_en_team")
def _(g, d):
    chat(g, d, "DE", g.c(["de", "en"]), [
        "Kannst du das Ticket {TK} reviewen? deadline ist {D}", "der Kunde {P} hat nochmal angerufen, Nummer {PH}", "meeting ist jetzt {DT}, sorry for the short notice",
        "die Rechnung bitte an {ADDR} schicken, nicht an die alte address", "{F} ist heute im Homeoffice in {L}", "hier das Passwort für den Shared Account: {PW} (bitte nicht forwarden)",
        "IBAN für die Erstattung: {IB}", "kurze Frage an {F2}: hast du den Zugang für {EM} schon freigeschaltet?", "lgtm, ship it 🚀", "bin ab {T} offline, Zahnarzt"],
        ["Bitte fasse diesen Teams-Chat auf Englisch zusammen:\n\n", "summarize this chat for the weekly report\n\n", ""], ["de", "de", "de", "tr", "pl"])


@dom("chat_pt_en_freelance")
def _(g, d):
    chat(g, d, g.c(["BR", "BR", "PT"]), g.c(["pt", "en"]), [
        "oi {F}! the client {P} approved the designs 🎉", "pode me mandar o pix? a chave é o e-mail {EM}", "or transfer to my account: agência 0001, conta {ACCT}",
        "a call tá marcada pra {DT}", "meu WhatsApp novo: {PH}", "they want the prints delivered to the office at {ADDR}", "{F2} vai estar em {L} semana que vem",
        "invoice {ORD} still pending, manda lembrete pro {PM} pls", "here's the final deck: {U}", "valeu {F}!! 🙏"],
        ["Translate this chat between me and my freelance partner to English and list open items:\n\n", ""], ["br"])


@dom("chat_hinglish_college")
def _(g, d):
    chat(g, d, "IN", "en", [
        "{F} bhai notes bhej de yaar, exam {D} ko hai", "mera naya number {PH} save kar le", "PG ka address {ADDR} hai, maps pe mil jayega",
        "{PM} sir ne bola assignment {DT} tak submit karna hai", "GPay kar dena {PH2} pe, ya account {ACCT} mein", "arre wifi password {PW} hai",
        "{F2} kal {L} ja raha hai, kuch mangwana hai kya", "bro {F} ka birthday {D2} ko hai, surprise plan karte hain", "haha ok 😂", "drive link: {U}"],
        ["yeh group chat summarize karo in English pls\n\n", "Summarize the plan from this chat:\n\n", ""], ["in"])


@dom("chat_taglish_barkada")
def _(g, d):
    chat(g, d, "PH", "en", [
        "{F} san na kayo? nasa {L} na kami", "ito address ni {P}: {ADDR}, sa may 7-Eleven", "gcash mo nalang sa {PH}, 350 each tayo",
        "sino may number ni {F2}? pa-text naman", "reunion is {DT} ha, wag kayong late!!", "wifi pw: {PW} hehe", "grabe si {P} ang kulit 😂",
        "nagpadala na ko sa BDO account ni tita: {ACCT}", "send ko na lang pics dito: {U}", "otw na ko {F}, traffic sa EDSA"],
        ["Pakisummarize itong GC namin, ano final plan?\n\n", "Summarize this barkada chat in English:\n\n", ""], ["ph"])


# --------------------------------------------------------------------------- domains: forum / social
@dom("advice_forum_post")
def _(g, d):
    cc = g.cc("US US US UK CA AU")
    a, b = g.person(cc, "f"), g.person(cc, "m")
    d.t(g.c(["r/legaladvice · Posted by u/", "r/AmItheAsshole · u/", "Forum > Family & Relationships > ", "[throwaway] "]))
    d.t(g.c(["throwaway_" + g.dg(4), "kettlecorn_88", "not_my_real_name", "quietmoose"]) + "\n\n")
    k = g.ri(0, 3)
    d.f(["AITA for refusing to co-sign a lease for my sister {A}?\n\n", "Ex won't return my stuff, what can I do? ({L})\n\n",
         "Neighbor keeps parking in our driveway, sent letter, now what\n\n", "My roommate used my card without asking\n\n"][k], A=a.n("first"), L=g.loc(cc))
    body = [["So my (29F) sister {A} asked me to co-sign her new place in {L}.", "Last time I helped her, her ex {B} ran up {AMT} on the utilities in my name.",
             "{A} says I'm being dramatic and gave my number ({PH}) to the landlord anyway.", "My mom says I should just talk to {A2} but honestly I'm done."],
            ["I moved out of {A}'s apartment on {D} and left my grandmother's dresser there.", "I've texted {A} at {PH} and emailed {EM}, nothing.",
             "Her new boyfriend {B} answered once and said to come get it, but the locks are changed.", "Went to the police station in {L} on {DT} and they said it's civil."],
            ["Our neighbor, a guy named {B}, has parked in front of our garage at {ADDR} every day since {D}.", "I spoke with {B2} twice and left a note on the windshield.",
             "His wife {A} told me to relax and that it's 'only for a few minutes'.", "Called the non-emergency line in {L}, nothing."],
            ["I found out my roommate {A} had been using my card {CARD} for DoorDash.", "I confronted {A2} and she blamed her boyfriend {B}.",
             "Total is {AMT} since {D}.", "Update: {A} called me from a new number ({PH2}) and apologized, kinda."]][k]
    if g.p(0.35):
        body.append("My dog {PET} is the only one on my side lol.")
    for s_ in body:
        d.f(s_ + " ", A=a.n(g.c(["first", "first", "lowerfirst"])), A2=a.n("first"), B=b.n(g.c(["first", "full"])), B2=b.n("first"), L=g.loc(cc), AMT=g.amount(),
            D=g.date(), PH=g.phone(cc), PH2=g.phone(cc), EM=a.email(False), ADDR=g.addr(cc), CARD=g.card(), DT=g.dt(), PET=g.c(PETS))
    d.t("\n\nTop comments:\n")
    for c in g.sample(["u/lawnerd_7: Small claims. Send a certified letter to {A} first.", "u/mossy_stone: NTA. {A} needs to grow up.",
                       "u/hbtl99: Call your bank today and dispute with them, not with {A}.", "u/k8tee: lmao {B} sounds exhausting",
                       "u/quokka_b: Talk to a tenant union in {L}, they're free."], g.ri(2, 3)):
        d.f(c + "\n", A=a.n(g.c(["first", "lowerfirst"])), B=b.n("first"), L=g.city(cc))


@dom("social_post_comments")
def _(g, d):
    cc = g.cc("US US UK PH NG IN BR NL AE")
    hero = g.person(cc)
    d.f(g.c(["Huge shoutout to {H} for organizing the beach cleanup in {L} this weekend! 🌊\n", "Please welcome {H}, our new pastor, to {L}!\n",
             "Congratulations to {H} on 25 years at the {L} branch 🎉\n", "RIP to the legend {H}. Service details below.\n"]), H=hero.n(g.c(["full", "full", "fml"])), L=g.loc(cc))
    if g.p(0.5):
        d.f(g.c(["Celebration is {DT} at {ADDR}. RSVP to {P} at {PH}.\n", "Memorial {DT}, {ADDR}. Flowers can be sent to the family c/o {P}.\n",
                 "Photos: {U}\n"]), DT=g.dt(), ADDR=g.addr(cc), P=g.person(cc).n(), PH=g.phone(cc), U=g.url("drive"))
    d.t(f"\n{g.ri(12, 480)} likes · {g.ri(2, 90)} comments\n\n")
    for c in g.sample(["{N}: So proud of you {HF}!!! ❤️", "{N}: congrats {HL} 🙌", "{N}: I worked with {HF} back in {Y}, best boss ever",
                       "{N}: tell {P} I said hi! miss you guys in {L}", "{N}: @{HANDLE} you should see this", "{N}: We love you {HF} ❤️ from the whole {FAM} clan",
                       "{N}: who is taking pictures? DM me, my number is {PH}", "{N}: 🙏🙏🙏"], g.ri(3, 6)):
        cm = g.person(cc)
        d.f(c + "\n", N=cm.n(g.c(["full", "full", "caps", "lower"])), HF=hero.n(g.c(["first", "first", "lowerfirst", "nick"])), HL=hero.n("lowerfirst"),
            Y=str(g.ri(1995, 2018)), P=g.person(cc).n("first"), L=g.city(g.cc()), HANDLE=deacc(cm.first).lower() + "_" + g.dg(3),
            FAM=hero.last, PH=g.phone(cc))


# --------------------------------------------------------------------------- domains: medical / legal / HR prose
@dom("prior_auth_appeal_letter")
def _(g, d):
    pt, md = g.person("US"), g.person("US")
    plan = g.c(["Aetna", "Cigna", "Humana", "Blue Cross Blue Shield of Texas", "UnitedHealthcare", "Molina Healthcare"])
    d.f(g.c(["Please tighten this appeal letter, keep all the clinical details:\n\n", "Can you make this prior auth appeal more persuasive?\n\n", ""]))
    d.f("{D}\n\n" + plan + " Appeals Unit\n{ADDR}\n\nRe: {P}\nDate of birth: {DOB}\nMember ID: {HP}\nClaim/Reference: {REF}\n\n",
        D=g.date(style=0), ADDR=(g.c(["P.O. Box ", "PO Box "]) + g.dg(5) + ", " + g.c(["Lexington, KY 40512", "Atlanta, GA 30374", "Tampa, FL 33631"]), "ADDRESS"),
        P=pt.n(g.c(["full", "fml"])), DOB=g.dob(style=g.c([0, 3])), HP=g.hpn(), REF=g.ticket())
    drug = g.c(["Dupixent 300 mg", "Ozempic 1 mg", "Humira 40 mg", "Mounjaro 5 mg", "Xolair 150 mg"])
    d.f("To whom it may concern,\n\nI am writing on behalf of my patient, {TT}{PL}, to appeal the denial dated {D1} of " + drug + ". "
        "{PF} has been under my care at {CLN} since 2019 (MRN {MRN}) for " + g.c(["severe atopic dermatitis", "type 2 diabetes with obesity", "Crohn's disease", "severe persistent asthma"]) +
        ". Step therapy with " + " and ".join(g.sample(DRUGS, 2)) + " failed (ICD-10 " + g.c(ICD) + "). {PF} was hospitalized at {HOSP} in {L} on {D2}.\n\n"
        "Please contact my office at {PH} or fax {FX} with any questions. I am available for a peer-to-peer review {DT}.\n\nSincerely,\n\n{MD}, MD\nNPI " + g.npi() + "\n",
        TT="Mr. " if pt.sex == "m" else "Ms. ", PL=pt.n("last"), PF=pt.n("first"), D1=g.date(), CLN=g.c(["Alder Street Clinic", "Lakeside Family Medicine", "Riverbend Internal Medicine"]),
        MRN=g.mrn(), HOSP=g.c(["St. Luke's Medical Center", "Mercy General", "Baylor Scott & White"]), L=g.loc("US"), D2=g.date(), PH=g.phone(), FX=g.phone(),
        DT=g.c([g.dt(), ("weekdays after 4pm", None)]), MD=md.n(g.c(["full", "fml"])))


@dom("med_rec_pharmacist_note")
def _(g, d):
    pt, md, cg = g.person("US"), g.person("US"), g.person("US")
    d.t(g.c(["Clean up this med rec note for the discharge summary:\n\n", "MEDICATION RECONCILIATION - PHARMACY\n\n", "Pharmacist note (transitions of care)\n\n"]))
    d.f("Patient {P} (MRN {MRN}, DOB {DOB}) was seen on {DT} for admission medication reconciliation. History obtained from the patient, daughter {CG} (phone {PH}), "
        "and the outpatient pharmacy ({PHX}). Insurance: Medicare, MBI {HP}.\n\n", P=pt.n(g.c(["full", "lf", "caps"])), MRN=g.mrn(), DOB=g.dob(y0=1932, y1=1958), DT=g.dt(),
        CG=cg.n(g.c(["full", "first"])), PH=g.phone(), PHX=g.phone(), HP=g.hpn())
    for dr in g.sample(DRUGS, g.ri(3, 5)):
        d.t(f"- {dr} {g.c(['daily', 'BID', 'at bedtime', 'PRN'])}: {g.c(['continue', 'hold', 'discontinued by Dr. ', 'dose changed'])}")
        if d.parts[-1].endswith("Dr. "):
            d.v(md.n("last"))
        d.t("\n")
    d.f(g.c(["\n{PF} reports skipping {DR} since {D} because of cost. Discussed with {MD}; will switch to generic.\n",
             "\nPatient lives alone at {ADDR}. {CG} manages the pill organizer on Sundays.\n",
             "\nAllergy list updated (sulfa - rash). Follow-up call scheduled {DT2}.\n"]),
        PF=pt.n("first"), DR=g.c(DRUGS), D=g.date(), MD=["Dr. ", md.n("full")], ADDR=g.addr("US"), CG=cg.n("first"), DT2=g.dt())
    d.t(f"\nReviewed by: PharmD, pager {g.ri(1000, 9999)}\n")


@dom("witness_statement")
def _(g, d):
    cc = g.cc("US US UK CA AU")
    w, dr, o = g.person(cc), g.person(cc, "m"), g.person(cc)
    d.t(g.c(["Fix the grammar in this witness statement without changing the meaning:\n\n", "WITNESS STATEMENT\n\n", "Statement of witness (typed from handwritten copy)\n\n"]))
    d.f("I, {W}, of {ADDR}, date of birth {DOB}, make this statement voluntarily.\n\n", W=w.n(g.c(["full", "fml", "caps"])), ADDR=g.addr(cc), DOB=g.dob(us=cc == "US"))
    d.f(g.c(["On {DT} I was walking my dog {PET} along {ST} in {L} when I saw a grey pickup go through the red light and hit a cyclist. "
             "The driver got out and said his name was {DR}. He showed me his licence, number {DL}, and said he would pay for everything. ",
             "On {DT} I was working the front desk at the hotel in {L}. A man who introduced himself as {DR} asked for the room of {O}. "
             "When I refused he became aggressive. My colleague {O2} called the police from {PH}. "]),
        DT=g.dt(us=cc == "US"), PET=g.c(PETS), ST=g.c(STREETS["US" if cc == "US" else "UK"]), L=g.loc(cc), DR=dr.n(g.c(["full", "first"])), DL=g.dl("UK" if cc == "UK" else None),
        O=o.n(), O2=g.person(cc).n(g.c(["first", "full"])), PH=g.phone(cc))
    d.f(g.c(["The cyclist, who I later learned was {O}, was conscious and asked me to call {OF}'s wife on {PH}. ",
             "I gave my details to the officer, PC {OFF}, collar number " + g.dg(4) + ". ", "The plate started with K7 but I didn't get the rest. "]),
        O=o.n(), OF=o.n("first"), PH=g.phone(cc), OFF=g.person(cc).n("last"))
    d.f("\n\nI can be contacted on {PH} or at {EM}.\n\nSigned: {W}    Date: {D}\n", PH=g.phone(cc), EM=w.email(False), W=w.n(), D=g.date(us=cc == "US"))


@dom("family_mediation_summary")
def _(g, d):
    cc = g.cc("US US CA UK AU")
    a, b = g.person(cc, "f"), g.person(cc, "m")
    kids = []
    for _ in range(g.ri(1, 2)):
        k = g.person(cc, cult=g.c([a.cult, b.cult]))
        if kids and k.first == kids[0].first:
            continue
        k.last = b.last
        kids.append(k)
    med = g.person(cc)
    d.t(g.c(["Summarize this mediation memo in plain language for my client:\n\n", "MEDIATION SUMMARY - CONFIDENTIAL\n\n"]))
    d.f("Parties: {A} (\"Mother\") and {B} (\"Father\")\nMediator: {M}\nSession: {DT}, by video\n\n", A=a.n(), B=b.n(), M=med.n(g.c(["full", "fml"])), DT=g.dt(us=cc == "US"))
    d.t("Children: ")
    for j, k in enumerate(kids):
        d.f(("; " if j else "") + "{K}, born {DOB}", K=k.n(g.c(["full", "first"])), DOB=g.dob(style=g.c([0, 3]), us=cc == "US", y0=2009, y1=2022))
    d.t("\n\n")
    d.f(g.c(["1. Parenting time: the children will live primarily with {AF} at {ADDR}. {BF} will have alternate weekends, exchanges at the {L} police station at {T} on Fridays.\n",
             "1. Relocation: {AF} proposed moving with the children to {L}. {BF} objects. Parties agreed to revisit on {D}.\n"]),
        AF=a.n("first"), BF=b.n("first"), ADDR=g.addr(cc), L=g.loc(cc), T=g.time(), D=g.date(us=cc == "US"))
    d.f("2. Support: {BF} will pay " + g.amount() + " monthly into {AF}'s account {ACCT} (" + g.c(["Chase", "TD", "Barclays", "ANZ"]) + ") starting {D}.\n",
        BF=b.n(g.c(["first", "last"])), AF=a.n("first"), ACCT=g.acct(), D=g.date(us=cc == "US"))
    d.f(g.c(["3. Communication via OurFamilyWizard only. Emergency contact for {BF}: {PH}.\n", "3. The school contact is {T}{TC}; both parents may email {EM}.\n"]),
        BF=b.n("first"), PH=g.phone(cc), T=g.c(["Mrs. ", "Mr. ", "Ms. "]), TC=g.person(cc).n("last"), EM=(f"office@{g.c(['lincoln-elem', 'stmarys', 'oakhill'])}.org", "EMAIL_ADDRESS"))


@dom("reference_check_call_notes")
def _(g, d):
    cc = g.cc("US US UK CA IN AU NL")
    cand, ref, rec = g.person(cc), g.person(cc), g.person(cc)
    d.t(g.c(["Turn my reference-check notes into a short summary for the hiring manager:\n\n", "REFERENCE CHECK\n", "ref check notes (typed fast sorry)\n\n"]))
    d.f("Candidate: {C}\nReference: {R}, {RT} at {CO} ({REL})\nContact: {PH} / {EM}\nCalled: {DT} by {RC}\n\n", C=cand.n(g.c(["full", "caps", "lf"])), R=ref.n(),
        RT=g.c(["Director of Nursing", "Engineering Manager", "Store Manager", "Principal"]), CO=g.c(COMPANIES), REL=g.c(["former manager", "peer", "skip-level"]),
        PH=g.phone(cc), EM=ref.email(True), DT=g.dt(us=cc == "US"), RC=rec.n(g.c(["first", "full", "init"])))
    qa = ["Q: dates of employment? A: confirmed " + str(g.ri(2015, 2019)) + "-" + str(g.ri(2020, 2024)) + ", left on good terms",
          "Q: would you rehire {CF}? A: \"in a heartbeat\"", "Q: areas to improve? A: {CF} can over-commit, took on the {L} rollout alone",
          "Q: reason for leaving? A: relocated to {L2} for partner's job", "{R1} also suggested calling {O}, who managed {CF} before, on {PH2}",
          "Q: attendance? A: some absences in " + str(g.ri(2019, 2023)) + " due to a family medical issue (did not ask further)",
          "note: {R1} mentioned {CF} lives near {ADDR} now, irrelevant, not recording"]
    for q in g.sample(qa, g.ri(4, 6)):
        d.f("- " + q + "\n", CF=cand.n(g.c(["first", "first", "last"])), L=g.loc(cc), L2=g.loc(g.cc()), R1=ref.n(g.c(["first", "last"])), O=g.person(cc).n(),
            PH2=g.phone(cc), ADDR=g.addr(cc))


@dom("hr_accommodation_case")
def _(g, d):
    cc = g.cc("US US US CA")
    emp, mgr, hr = g.person(cc), g.person(cc), g.person(cc)
    d.t(g.c(["Draft a response to this employee's accommodation request based on my case notes:\n\n", "ACCOMMODATION CASE FILE - RESTRICTED\n\n"]))
    d.f("Employee: {E} (ID " + g.dg(6) + ")\nManager: {M}\nHRBP: {H}\nOpened: {D}\n\n", E=emp.n(g.c(["full", "lf", "fml"])), M=mgr.n(), H=hr.n(), D=g.date())
    d.f(g.c(["{EF} requested a modified schedule (start at {T} instead of 8:00) and a standing desk following surgery for a herniated disc. "
             "Note from {DR} dated {D2} supports 12 weeks of restrictions. {EF} is currently on " + g.c(DRUGS) + ", which causes drowsiness in the mornings. ",
             "{EF} disclosed a diagnosis of type 1 diabetes and asked for breaks to check glucose and keep snacks at the desk. {MF} was initially resistant. ",
             "{EF} is pregnant (due {D2}) and asked to work remotely from {ADDR} three days a week. "]),
        EF=emp.n("first"), T=g.time(), DR=["Dr. ", g.person(cc).n("full")], D2=g.date(), MF=mgr.n(g.c(["first", "last"])), ADDR=g.addr(cc))
    d.f(g.c(["Benefits: short-term disability claim filed with the carrier, policy/member {HP}. ", "Leave balance checked in Workday; FMLA eligible. "]), HP=g.hpn())
    d.f("Interactive meeting set for {DT}. {EF} can be reached on personal cell {PH} or {EM}.\n", DT=g.dt(), EF=emp.n("first"), PH=g.phone(cc), EM=emp.email(False))


@dom("relocation_reimbursement_email")
def _(g, d):
    cc_from, cc_to = g.sample(["US", "UK", "DE", "NL", "IN", "ES", "FR", "CA", "AU"], 2)
    emp, hr = g.person(cc_from), g.person(cc_to)
    d.t(g.c(["Can you make this relocation email clearer and list what the employee has to send us?\n\n", ""]))
    mail(d, g, hr, emp, g.c(["Your relocation package", "Relocation - next steps", "Umzug / relocation reimbursement"]))
    d.f("Hi {E},\n\nWelcome aboard! As discussed, your relocation from {L1} to {L2} is approved. Movers ({MV}) will pack at {A1} on {DT} and deliver to your temporary apartment at {A2}.\n\n",
        E=emp.n("first"), L1=g.loc(cc_from), L2=g.loc(cc_to), MV=g.c(["Santa Fe Relocation", "Crown", "SIRVA", "Atlas"]), A1=g.addr(cc_from), DT=g.dt(), A2=g.addr(cc_to))
    d.f(g.c(["For the lump-sum payment we have the following bank details on file, please confirm: IBAN {IB}, account holder {EH}.\n",
             "We will reimburse receipts to your account {ACCT} (routing " + g.routing() + "). Please confirm the account holder is {EH}.\n"]),
        IB=g.iban(), EH=emp.n(g.c(["full", "caps"])), ACCT=g.acct())
    vp = g.person(cc_to)
    d.f("Your start date is {D}. If your family has any questions, they can reach me at {PH}; for visa questions contact {V} ({VE}).\n",
        D=g.date(), PH=g.phone(cc_to), V=vp.n(), VE=vp.email(True))
    sig(d, g, hr, cc_to)


@dom("freelancer_bank_details_email")
def _(g, d):
    lang = g.c(["en", "en", "de", "fr", "es", "nl"])
    cc = {"en": g.c(["UK", "UK", "US", "IN", "NG"]), "de": "DE", "fr": "FR", "es": "ES", "nl": "NL"}[lang]
    fr_, cl = g.person(cc), g.person(g.cc())
    ib = g.iban({"UK": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "NL": "NL"}.get(cc, g.c(["GB", "DE", "NL"])))
    mail(d, g, fr_, cl, {"en": g.c(["Invoice " + g.order(), "Payment details"]), "de": "Rechnung " + g.dg(4), "fr": "Facture " + g.dg(4),
                          "es": "Factura " + g.dg(4), "nl": "Factuur " + g.dg(4)}[lang])
    T = {"en": "Hi {C},\n\nThanks for the work on the {P} project. Invoice {INV} for " + g.amount("£") + " is attached, due {D}. Bank details:\n\nAccount name: {N}\nIBAN: {IB}\nBIC/SWIFT: " + g.bic() + "\nPayee address: {BA}\n\nAlternatively PayPal to {EM}.\n",
         "de": "Hallo {C},\n\nanbei die Rechnung {INV} über " + g.amount("€") + ", zahlbar bis {D}.\n\nKontoinhaber: {N}\nIBAN: {IB}\nBIC: " + g.bic() + "\n\nBei Fragen bin ich unter {PH} erreichbar.\n",
         "fr": "Bonjour {C},\n\nVeuillez trouver ci-joint la facture {INV} ({P}), à régler avant le {D}.\nTitulaire : {N}\nIBAN : {IB}\nBIC : " + g.bic() + "\n",
         "es": "Hola {C}:\n\nTe adjunto la factura {INV} del proyecto {P}, con vencimiento el {D}.\nTitular: {N}\nIBAN: {IB}\nMóvil: {PH}\n",
         "nl": "Hoi {C},\n\nBijgaand factuur {INV} voor {P}, graag betalen vóór {D}.\nTen name van: {N}\nIBAN: {IB}\nTel: {PH}\n"}[lang]
    d.f(T, C=cl.n("first"), P=g.c(["website redesign", "brand refresh", "Q3 translation", "podcast edit"]), INV=g.order(), D=g.date(lang if lang != "nl" else "nl", us=False),
        N=fr_.n(g.c(["full", "caps"])), IB=ib, BA=g.addr(cc), EM=fr_.email(False), PH=g.phone(cc))
    d.f(g.c(["\nCheers,\n{N}\n", "\n{N}\n{A}\n", "\nGroetjes / Grüße / best,\n{N}\n{U}\n"]), N=fr_.n(), A=g.addr(cc, multi=True), U=g.url("site"))


@dom("api_support_ticket_dev")
def _(g, d):
    dev, sup = g.person(), g.person()
    d.f("Subject: {S}\nFrom: {N} <{E}>\nPriority: {P}\n\n", S=g.c(["401 on /v2/payouts since this morning", "Webhook signature mismatch", "Rate limited from our prod IP"]),
        N=dev.n(), E=dev.email(True), P=g.c(["High", "Normal", "Urgent"]))
    d.f(g.c(["Hi team, since {DT} every call returns 401. Here's the exact request:\n\n", "Hello, we get 'invalid signature' on every webhook. Repro:\n\n"]), DT=g.dt())
    d.f("```\ncurl -X POST {U} \\\n  -H 'Authorization: Bearer {JW}' \\\n  -H 'X-Api-Key: {SK}' \\\n  -d '{\"amount\": 1250, \"currency\": \"eur\"}'\n```\n", U=g.url("api"), JW=g.jwt(),
        SK=g.c([g.stripe(), g.secret()]))
    d.f("Response:\n```\n{\"error\": \"unauthorized\", \"request_id\": \"" + g.uuid() + "\", \"trace\": \"" + g.sha(16) + "\"}\n```\n"
        "Our egress IPs are {IP1} and {IP2}; webhook secret configured on our side is {WH}.\n", IP1=g.ip(False), IP2=g.c([g.ip(False), g.ip6()]), WH=g.secret("whsec"))
    d.f(g.c(["\nThanks,\n{N}\n{PH}\n", "\n-- {N}, platform team\n"]), N=dev.n(g.c(["full", "first"])), PH=g.phone())
    d.f("\n---\nReply from {S} (Support):\nHi {F}, please rotate that key right away since it was posted in a ticket. The request {R} failed because the token expired. Your account id is {AC}.\n",
        S=sup.n(g.c(["first", "full"])), F=dev.n("first"), R=g.uuid(), AC=g.acct("customer"))


@dom("prompt_env_to_yaml")
def _(g, d):
    d.t(g.c(["Convert this .env into a Kubernetes Secret manifest (stringData):\n\n", "turn this into helm values.yaml please, group by service\n\n",
             "Which of these should NOT be in the repo? .env below\n\n"]))
    d.t("```\n")
    rows = [("DATABASE_URL=postgres://app:{V}@{IP}:5432/app", g.password()), ("AWS_ACCESS_KEY_ID={V}", g.aws_key()), ("AWS_SECRET_ACCESS_KEY={V}", g.aws_secret()),
            ("STRIPE_SECRET_KEY={V}", g.stripe()), ("SLACK_BOT_TOKEN={V}", g.slack()), ("GITHUB_TOKEN={V}", g.gh()), ("SENDGRID_API_KEY={V}", g.secret("sendgrid")),
            ("JWT_SIGNING_SECRET={V}", g.secret("hex64")), ("REDIS_PASSWORD={V}", g.password()), ("SERVICE_JWT={V}", g.jwt()),
            ("ADMIN_EMAIL={V}", g.person().email(True)), ("SMTP_PASS={V}", g.password()), ("GOOGLE_MAPS_KEY={V}", g.secret("google")),
            ("LOG_LEVEL=debug", None), ("APP_VERSION=" + g.ver(), None), ("FEATURE_FLAGS=checkout_v2,new_nav", None), ("TZ=Europe/Berlin", None),
            ("SENTRY_RELEASE=" + g.sha(12), None), ("WORKERS=4", None)]
    for t, v in g.sample(rows, g.ri(7, 11)):
        d.f(t + "\n", V=v, IP=g.ip(True))
    if g.p(0.3):
        d.f("TLS_KEY=\"{PK}\"\n", PK=g.pem(g.c(["EC", "PKCS8"])))
    d.t("```\n")
    d.t(g.c(["", "\nAlso add ${DB_HOST} as a configmap value, not secret.\n", "\nnamespace is payments-" + g.c(["prod", "staging"]) + "\n"]))


@dom("prompt_contact_cleanup")
def _(g, d):
    cc = g.cc("US US UK CA AU IN PH NG")
    d.t(g.c(["Dedupe and normalize these contacts into a table (Name | Email | Phone | City):\n\n", "clean up this messy contact list I copied from my old phone\n\n",
             "Format as CSV with columns first,last,email,phone:\n\n"]))
    for _ in range(g.ri(5, 10)):
        p = g.person(cc)
        style = g.c(["caps", "lower", "full", "lf", "lfcaps", "fml", "first"])
        fmt = g.c(["{N}  {E}  {PH}", "{N} - {PH} ({C})", "{N} <{E}>", "{PH} {N}", "{N}, {C}, {E}", "{N}\t{PH}\t{E}"])
        d.f(fmt + g.c(["", "", " - met at conference", " (plumber)", " **old number**", " dup?"]) + "\n",
            N=p.n(style), E=p.email(), PH=g.phone(cc), C=g.city(cc))
    d.t(g.c(["", "\nignore the lines that are just company names like " + g.c(BRANDS) + "\n"]))


@dom("survey_verbatims_export")
def _(g, d):
    cc = g.cc("US US UK CA AU")
    d.t(g.c(["Classify these NPS verbatims by theme and sentiment. Remove any personal info in your output.\n\n", "survey_export.csv (free-text column only)\n\n"]))
    d.t("response_id,score,comment\n")
    V = ["\"The agent {A} was amazing, please give her a raise!\"", "\"Still waiting for my refund, account {ACCT}. Call me {PH}\"",
         "\"Delivery to {ADDR} was 3 days late\"", "\"App crashes on login since version " + g.ver() + "\"", "\"fine\"",
         "\"I emailed {EM} twice with no response\"", "\"my card {CARD} was charged twice on {D}\"", "\"Love the new store in {L}\"",
         "\"{A} in the {L} branch fixed it in 5 minutes\"", "\"too expensive\"", "\"Tell {A} thank you from {N}\""]
    for v in g.sample(V, g.ri(5, 8)):
        d.f(f"{g.ri(100000, 999999)},{g.ri(0, 10)}," + v + "\n", A=g.person(cc).n(g.c(["first", "full"])), ACCT=g.acct(g.c(["customer", "utility"])), PH=g.phone(cc),
            ADDR=g.addr(cc), EM=g.person(cc).email(), CARD=g.card(), D=g.date(), L=g.city(cc), N=g.person(cc).n())


@dom("qa_call_scorecard")
def _(g, d):
    cc = g.cc("US US US CA PH IN")
    ag, cu, ev = g.person(cc), g.person("US"), g.person(cc)
    d.f("CALL QA SCORECARD\nAgent: {A}   Evaluator: {E}   Call date: {D}\nCall ID " + g.uuid() + "   Queue: " + g.c(["Billing", "Card Services", "Claims"]) + "\n\n",
        A=ag.n(g.c(["full", "lf"])), E=ev.n(), D=g.date())
    d.t("Excerpts:\n")
    ex = ["AGENT: Thank you for calling, may I have your full name? CALLER: {C}.", "AGENT: And your date of birth? CALLER: {DOB}.",
          "CALLER: the card number is {CARD}, expiry " + f"{g.ri(1, 12):02d}/{g.ri(26, 30)}" + ".", "AGENT: I see the address as {ADDR}, is that current?",
          "CALLER: you can call me back on {PH}.", "AGENT: can you confirm the last four of your social? CALLER: full one is {SSN}.",
          "CALLER: my account number is {ACCT}.", "AGENT: I'll send that to {EM}."]
    for e in g.sample(ex, g.ri(4, 6)):
        d.f("  " + e + "\n", C=cu.n(g.c(["full", "fml"])), DOB=g.dob(), CARD=g.card(), ADDR=g.addr("US"), PH=g.phone("US"), SSN=g.ssn(), ACCT=g.acct(), EM=cu.email())
    d.f("\nScores: Greeting 5/5, Verification 2/5, Compliance " + g.c(["FAIL", "PASS"]) + "\nComments: {AF} read back the full card number aloud and did not mute the recording. Coaching with {S} scheduled {DT}.\n",
        AF=ag.n("first"), S=g.person(cc).n(g.c(["first", "full"])), DT=g.dt())


@dom("prompt_trip_itinerary")
def _(g, d):
    cc_home, cc_dest = g.cc("US US UK CA AU IN DE"), g.cc("FR ES IT PT JP MX BR NL TR AE UK US")
    t1, t2 = g.person(cc_home), g.person(cc_home)
    d.f(g.c(["Plan a {N}-day itinerary around these bookings. We like food and museums.\n\n", "Put all these confirmations into one day-by-day table:\n\n"]), N=str(g.ri(3, 9)))
    d.f("Travelers: {A}, {B}\n", A=t1.n(g.c(["full", "caps"])), B=t2.n(g.c(["full", "caps"])))
    d.f("Flight " + g.c(["BA", "LH", "AF", "UA", "TK", "EK"]) + str(g.ri(10, 999)) + " " + g.c(["JFK", "LHR", "YYZ", "SYD", "BOM", "FRA"]) + "-" + g.c(["CDG", "MAD", "FCO", "LIS", "HND", "MEX", "GRU", "AMS", "IST", "DXB"]) +
        " departs {DT}, seats 23A/23B, confirmation " + g.an(6, UPAN) + "\n", DT=g.dt())
    d.f("Hotel: " + g.c(["Hotel Lumière", "Casa Azul Boutique", "The Grand Meridian", "Ryokan Sakura"]) + ", {ADDR}, tel {PH}, check-in {D}\n", ADDR=g.addr(cc_dest), PH=g.phone(cc_dest), D=g.date())
    if g.p(0.6):
        d.f("Car rental: pickup {DT} at airport, driver {A}, license {DL}, card on file {MC}\n", DT=g.dt(), A=t1.n(), DL=g.dl(), MC=g.masked_card())
    d.f(g.c(["Dinner reservation {DT} for 2 under {B}\n", "Cooking class in {L} on {D}, host {H} ({PH})\n", "Day trip to {L}, guide {H} meets us {DT}\n"]),
        DT=g.dt(), B=t2.n("last"), L=g.loc(cc_dest), D=g.date(), H=g.person(cc_dest).n(), PH=g.phone(cc_dest))
    d.f(g.c(["", "Emergency contact back home: {P}, {PH}\n", "My email for confirmations: {E}\n"]), P=g.person(cc_home).n(), PH=g.phone(cc_home), E=t1.email(False))


@dom("parent_teacher_conference_notes")
def _(g, d):
    cc = g.cc("US US US UK CA AU PH")
    kid, par, tch = g.person(cc), g.person(cc), g.person(cc)
    kid.last = par.last
    d.t(g.c(["Rewrite these conference notes as a friendly email to the parent:\n\n", "Parent-Teacher Conference Notes\n", "conf notes - grade " + str(g.ri(1, 8)) + "\n"]))
    d.f("Student: {K} (DOB {DOB})\nParent/guardian: {P}, {PH}, {EM}\nTeacher: {TT}{T}\nDate: {DT}\n\n", K=kid.n(g.c(["full", "lf"])), DOB=g.dob(style=3, y0=2010, y1=2020),
        P=par.n(), PH=g.phone(cc), EM=par.email(False), TT=tch.title(), T=tch.n("last"), DT=g.dt())
    for s in g.sample(["{KF} is reading above grade level and loves the library.", "{KF} has trouble focusing after lunch; parent says {KF} started " + g.c(DRUGS) + " last month.",
                       "Talked about the incident with {O} on the playground - both apologized.", "Parent asked that pickup be allowed for grandma {G} ({GPH}).",
                       "Family is moving to {ADDR} in the spring, will need transfer paperwork.", "{KF}'s IEP review is scheduled for {D}.",
                       "Counselor {C} will follow up by email.", "Math: strong. Writing: needs work on paragraphs."], g.ri(4, 6)):
        d.f("- " + s + "\n", KF=kid.n(g.c(["first", "first", "nick"])), O=g.person(cc).n("first"), G=g.person(cc, "f", cult=par.cult).n(), GPH=g.phone(cc), ADDR=g.addr(cc),
            D=g.date(), C=[g.c(["Ms. ", "Mr. "]), g.person(cc).n("last")])


@dom("estate_account_closure_letter")
def _(g, d):
    cc = g.cc("US US US US CA UK")
    dec, ex = g.person(cc), g.person(cc)
    d.t(g.c(["Need to close accounts for a family member who passed. Can you make this letter sound right?\n\n", "Help me write letters like this for each bank:\n\n", ""]))
    d.f("{ADDR}\n{D}\n\n" + g.c(["Meridian Bank", "Harborview Credit Union", "Tidewater Energy", "Bluefin Telecom"]) + "\nBereavement Services\n\n",
        ADDR=g.addr(cc, multi=True), D=g.date(style=0))
    d.f("Re: Estate of {DEC}, account {ACCT}\n\nTo whom it may concern,\n\nI am the executor of the estate of my " + g.c(["mother", "aunt", "grandmother"] if dec.sex == "f" else ["father", "uncle", "grandfather"]) + ", {DEC2}, who passed away on {DD} in {L}. "
        "For identification: date of birth {DOB}, Social Security number {SSN}. Please close account {ACCT2} and any associated cards, including {CARD}, and send the closing balance to the estate account {EACCT}.\n\n",
        DEC=dec.n(g.c(["full", "fml"])), ACCT=g.acct(g.c(["bank", "utility", "customer"])), DEC2=dec.n("full"), DD=g.date(), L=g.loc(cc), DOB=g.dob(y0=1928, y1=1965),
        SSN=g.ssn() if cc == "US" else None, ACCT2=g.acct(), CARD=g.card(), EACCT=g.acct())
    d.f("Enclosed are the death certificate and Letters Testamentary. I can be reached at {PH} or {EM}.\n\nSincerely,\n{EX}\nExecutor\n", PH=g.phone(cc), EM=ex.email(False), EX=ex.n())


@dom("identity_theft_narrative")
def _(g, d):
    p = g.person("US")
    d.t(g.c(["Help me write a clear timeline for my identity theft report. Here's what happened:\n\n", "IDENTITY THEFT AFFIDAVIT - Statement of facts\n\n"]))
    d.f("My name is {N}, born {DOB}, SSN {SSN}. I live at {ADDR}. ", N=p.n(g.c(["full", "fml"])), DOB=g.dob(), SSN=g.ssn(), ADDR=g.addr("US"))
    ev = ["On {D1} I got a letter about a credit card I never opened, card number {CARD}, with a billing address at {ADDR2}.",
          "Someone used my driver's license number {DL} to rent a car in {L}.", "A loan was taken out in my name with {BANK}, account {ACCT}.",
          "The fraudster changed my email to {EM2} and my phone to {PH2}.", "My real phone is {PH} and my real email is {EM}.",
          "I filed police report " + g.ticket() + " with the {L} police on {DT}.", "The person who signed for the card was named {F} according to the courier."]
    for e in g.sample(ev, g.ri(4, 6)):
        d.f(e + " ", D1=g.date(), CARD=g.card(), ADDR2=g.addr("US"), DL=g.dl(), L=g.loc("US"), BANK=g.c(["Capital One", "Synchrony", "Discover", "Upstart"]),
            ACCT=g.acct(), EM2=g.person("US").email(False), PH2=g.phone(), PH=g.phone(), EM=p.email(False), DT=g.dt(), F=g.person("US").n())
    d.t(g.c(["\n\nI have frozen my credit at all three bureaus.", "\n\nI did not authorize any of these transactions."]))


@dom("speaker_bio_prompt")
def _(g, d):
    cc = g.cc()
    p = g.person(cc)
    d.t(g.c(["Shorten this speaker bio to under 60 words, third person:\n\n", "Make this bio sound less stiff for the conference program:\n\n"]))
    d.f("{N} is a " + g.c(["data engineer", "public-health researcher", "product designer", "immigration attorney", "climate economist"]) + " based in {L}. "
        "Born in {L2}, {F} studied at " + g.c(["Universidad de Chile", "IIT Madras", "University of Lagos", "TU Delft", "McGill", "UCLA"]) + " before joining " + g.c(COMPANIES) + ". "
        "{F} has worked with {C} on " + g.c(["open-data projects", "maternal health programs", "accessibility standards"]) + " across {L3}. "
        "When not working, {F} runs a small bakery with " + ("his" if p.sex == "m" else "her") + " partner {PT}.\n\n", N=p.n(g.c(["full", "fml"])), L=g.loc(cc), L2=g.loc(g.cc()),
        F=p.n(g.c(["first", "last"])), C=g.person().n(), L3=g.country(g.cc()), PT=g.person(cc).n("first"))
    d.f(g.c(["Talk: {DT}, Room B2\n", "Session slot: {DT}\n"]), DT=g.dt())
    d.f(g.c(["Website: {U}\nContact: {E}\n", "LinkedIn: {LI}\n", "Booking: {E}, {PH}\n"]), U=g.url("site"), E=p.email(), LI=g.url("li", p), PH=g.phone(cc))


@dom("eulogy_draft_prompt")
def _(g, d):
    cc = g.cc("US US UK PH MX IN NG IT")
    gm = g.person(cc, "f")
    gp = g.person(cc, "m", cult=gm.cult)
    d.t(g.c(["Help me write a eulogy for my grandmother from these notes. 3 minutes max, warm but funny.\n\n", "i have to speak at " + {"mx": "abuelita", "es": "abuelita", "ph": "lola", "it": "nonna"}.get(gm.cult, "grandma") + "'s funeral tomorrow, can you turn this into a speech\n\n"]))
    facts = ["- full name {GM}, everyone called her {NK}", "- born {DOB} in {L}", "- moved to {L2} in 1968 with grandpa {GP}",
             "- worked 30 years as a nurse at " + g.c(["St. Mary's", "Mercy Hospital", "Philippine General"]), "- married {GPF} on {WED}",
             "- kids: {K1}, {K2}; grandkids too many to count", "- passed away peacefully on {DD}", "- famous for her arroz caldo / lasagna / jollof",
             "- her house at {ADDR} was always open", "- her dog {PET} outlived everyone's expectations"]
    for f_ in facts[:2] + g.sample(facts[2:], g.ri(4, 6)):
        d.f(f_ + "\n", GM=gm.n(g.c(["full", "fml"])), NK={"mx": "Abuelita", "es": "Abuelita", "ph": "Lola", "it": "Nonna", "ng": "Mama", "in": "Nani"}.get(gm.cult, g.c(["Nana", "Gran", "Grandma"])), DOB=g.dob(style=0, y0=1925, y1=1948),
            L=g.loc(cc), L2=g.loc(g.cc("US UK CA AU")), GP=gp.n(g.c(["first", "full"])), GPF=gp.n("full"), WED=g.date(y0=1955, y1=1975, style=0),
            K1=g.person(cc, cult=gm.cult).n("first"), K2=g.person(cc, cult=gm.cult).n("first"), DD=g.date(), ADDR=g.addr(cc), PET=g.c(PETS))
    d.f(g.c(["\nService is {DT} at " + g.c(["St. Anne's", "Holy Family Parish", "Greenwood Chapel"]) + ".\n", "\nI'm {ME}, the eldest grandkid.\n"]), DT=g.dt(), ME=g.person(cc, cult=gm.cult).n("first"))


@dom("internal_audit_memo")
def _(g, d):
    cc = g.cc("US US UK CA")
    emp, aud, mgr = g.person(cc), g.person(cc), g.person(cc)
    d.t(g.c(["Summarize this audit memo for the audit committee in 5 bullets:\n\n", "INTERNAL AUDIT - CONFIDENTIAL MEMORANDUM\n\n"]))
    d.f("To: {M}\nFrom: {A}, Internal Audit\nDate: {D}\nRe: Corporate card review, employee {E}\n\n", M=mgr.n(), A=aud.n(), D=g.date(), E=emp.n(g.c(["full", "lf"])))
    d.f("During the quarterly review we identified " + str(g.ri(6, 40)) + " transactions on corporate card {CARD} (issued to {EF}) that lack receipts, totalling " + g.amount() + ". "
        "Several purchases were made at merchants in {L} on {D1}, when travel records show {EF} was in {L2}. Expense reports were approved by {MF} without comment.\n\n",
        CARD=g.card(), EF=emp.n(g.c(["first", "last"])), L=g.loc(cc), D1=g.date(), L2=g.loc(g.cc()), MF=mgr.n("last"))
    d.f(g.c(["VPN logs show logins to the expense system from {IP} and {IP2} within 10 minutes. ", "Reimbursements were paid to account {ACCT}, which does not match the payroll account on file ({ACCT2}). "]),
        IP=g.ip(False), IP2=g.ip(False), ACCT=g.acct(), ACCT2=g.acct())
    d.f("We recommend suspending the card and interviewing {EF} on {DT}. Questions: {AE}, ext. " + g.dg(4) + ".\n", EF=emp.n("first"), DT=g.dt(), AE=aud.email(True))


@dom("therapy_progress_prose")
def _(g, d):
    cc = g.cc("US US US CA UK AU")
    c1, th = g.person(cc), g.person(cc)
    d.t(g.c(["Please rewrite this progress note in SOAP format:\n\n", "Progress note\n", "Can you shorten this therapy note for the insurance reviewer?\n\n"]))
    d.f("Client: {C} | DOB {DOB} | MRN {MRN} | Payer ID {HP}\nSession {DT} ({M} min, telehealth)\n\n", C=c1.n(g.c(["full", "lf"])), DOB=g.dob(style=3, us=cc == "US"),
        MRN=g.mrn(), HP=g.hpn(), DT=g.dt(us=cc == "US"), M=g.c(["45", "53", "60"]))
    d.f(g.c(["{CF} reported increased anxiety since the separation from {P}. {CF} is sleeping 4-5 hours and stopped " + g.c(DRUGS) + " without telling the prescriber. ",
             "{CF} attended with {P} (spouse). Conflict centered on finances and {P2}'s new job in {L}. ",
             "{CF} describes panic attacks at work; manager {P} has been supportive. "]), CF=c1.n(g.c(["first", "first", "last"])), P=g.person(cc).n(g.c(["first", "full"])),
        P2=g.person(cc).n("first"), L=g.loc(cc))
    d.f(g.c(["Denies SI/HI. Safety plan reviewed; crisis line and sister {S} ({PH}) listed as supports. ",
             "PHQ-9 = " + str(g.ri(5, 22)) + ", GAD-7 = " + str(g.ri(4, 20)) + ". "]), S=g.person(cc, "f", cult=c1.cult).n("first"), PH=g.phone(cc))
    d.f("Plan: continue weekly CBT; next session {DT}.\n{TH}, " + g.c(["LCSW", "LMFT", "PsyD", "LPC"]) + "\n", DT=g.dt(us=cc == "US"), TH=th.n())


@dom("press_release_prompt")
def _(g, d):
    cc = g.cc("US US UK DE NL IN AU KE NG")
    ceo, pr = g.person(cc), g.person(cc)
    co = g.c(["Vireo Labs", "Kestrel Analytics", "Helix Biotech", "Cobalt Freight", "Copperleaf Software"])
    d.t(g.c(["Polish this press release, AP style:\n\n", "Make this announcement punchier, keep the quotes verbatim\n\n"]))
    d.f("FOR IMMEDIATE RELEASE\n\n{L} - {D} - " + co + " today announced " + g.c(["a $40M Series B", "the opening of a new office in ", "a partnership with the city of "]), L=g.c([g.city(cc), (g.city(cc)[0].upper(), "LOCATION")]),
        D=g.date(style=0))
    if d.parts[-1].endswith("of ") or d.parts[-1].endswith("in "):
        d.v(g.loc(g.cc()))
    d.f(".\n\n\"We're thrilled,\" said {CEO}, CEO of " + co + ". \"{NAME2} and the team in {L} made this possible.\"\n\n", CEO=ceo.n(g.c(["full", "fml"])),
        NAME2=g.person(cc).n("full"), L=g.city(cc))
    d.f(g.c(["The launch event is {DT} at {ADDR}.\n\n", "A livestream will be available at {U}.\n\n"]), DT=g.dt(), ADDR=g.addr(cc), U=g.url("site"))
    d.f("Media contact:\n{PR}\n{E}\n{PH}\n", PR=pr.n(), E=pr.email(True), PH=g.phone(cc))


@dom("prompt_spreadsheet_table")
def _(g, d):
    cc = g.cc("US US UK CA AU")
    d.t(g.c(["Write a Google Sheets formula that flags duplicate emails in this table:\n\n", "Pivot this by city and count signups per month:\n\n",
             "Why does my VLOOKUP return #N/A? table:\n\n"]))
    cols = g.c([["Name", "Email", "Phone", "City", "Signup"], ["Customer", "Acct #", "Email", "Last payment"], ["Patient", "DOB", "Member ID", "Phone"]])
    d.t("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
    for _ in range(g.ri(4, 9)):
        p = g.person(cc)
        vals = {"Name": p.n(g.c(["full", "caps", "lf"])), "Customer": p.n(g.c(["full", "lower"])), "Patient": p.n("lf"), "Email": p.email(), "Phone": g.phone(cc),
                "City": g.city(cc), "Signup": g.date(style=4), "Acct #": g.acct("customer"), "Last payment": g.date(style=3), "DOB": g.dob(style=3), "Member ID": g.hpn()}
        d.t("| ")
        for j, c_ in enumerate(cols):
            d.t(" | " if j else ""), d.v(vals[c_])
        d.t(" |\n")
    d.t(g.c(["", "\nColumn E is formatted as text btw.\n", "\nformula I tried: =VLOOKUP(B2,Sheet2!A:D,3,FALSE)\n"]))


@dom("pairing_session_chat")
def _(g, d):
    a, b = g.person(), g.person()
    d.t(g.c(["pairing chat log (copied from Zed collab panel)\n\n", "Can you explain what went wrong in this debugging chat?\n\n", ""]))
    M = ["{B} can you try with my token? {GH}", "still 401. are you sure the key is {AK}?", "secret is {SK}, I just regenerated it", "ssh in with this key:\n{PK}",
         "works on my machine lol", "the box is {IP}, user deploy", "try the staging jwt: {JW}", "ok rotating everything, pinging {C} in security",
         "slack bot token for the alerts: {SL}", "db pass is {PW} don't judge", "lgtm, merging " + g.sha(7)]
    spk = [a.n(g.c(["first", "lowerfirst"])), b.n(g.c(["first", "lowerfirst"]))]
    for k, m in enumerate(g.sample(M, g.ri(5, 7))):
        d.v(spk[k % 2]), d.t(": ")
        d.f(m + "\n", B=(b if k % 2 == 0 else a).n("first"), GH=g.gh(), AK=g.aws_key(), SK=g.aws_secret(), PK=g.pem(g.c(["EC", "PKCS8", "OPENSSH", "RSA"])), IP=g.ip(),
            JW=g.jwt(), C=g.person().n("first"), SL=g.slack(), PW=g.password())


# --------------------------------------------------------------------------- hard negatives
@dom("neg_redacted_prompt_log", neg=True)
def _(g, d):
    d.t(g.c(["LLM gateway audit export (PII already scrubbed)\n\n", "Why is the redaction step adding latency? Sample log:\n\n"]))
    for _ in range(g.ri(3, 5)):
        d.t(f"{g.log_ts()} req={g.uuid()} model={g.c(['gpt-4o-2024-08-06', 'claude-3-5-sonnet-20241022', 'llama-3.1-70b-instruct', 'mistral-large-2407'])} "
            f"tokens_in={g.ri(200, 4000)} tokens_out={g.ri(20, 900)} latency_ms={g.ri(300, 9000)}\n")
        d.t("  prompt: \"" + g.c(["Summarize the complaint from [PERSON_1] about account [ACCOUNT_NUMBER_1].",
                                 "Draft a reply to <NAME> at <EMAIL>, cc <NAME_2>.",
                                 "Extract fields from form: name=[REDACTED], dob=[REDACTED], ssn=***-**-" + g.dg(4) + ".",
                                 "Rewrite: 'call me at (***) ***-" + g.dg(4) + " or email " + g.c("abcdjkmrs") + "****@****.com'",
                                 "User pasted card " + g.masked_card() + " and asked for a refund on order " + g.order() + "."]) + "\"\n")
        d.t(f"  redactions: {g.c(['PERSON', 'EMAIL', 'PHONE', 'SSN', 'CARD'])}x{g.ri(1, 4)}, {g.c(['ADDRESS', 'DOB', 'ACCOUNT'])}x{g.ri(0, 2)}  policy={g.c(['strict', 'default'])}-{g.ver()}\n")
    d.t(g.c(["\nP95 latency went from 1.2s to 3.4s after enabling the NER pass on " + g.c(["Tuesday", "the weekend", "release day"]) + ".\n",
             "\nkey used: sk-****" + g.an(4, B64) + " (masked), org org-" + g.an(6, UPAN) + "\n", ""]))


@dom("neg_macro_template_library", neg=True)
def _(g, d):
    d.t(g.c(["Here are our current support macros. Can you rewrite them to sound warmer? Keep all placeholders exactly.\n\n", "MACRO LIBRARY EXPORT\n\n"]))
    M = [("Refund issued", "Hi {{ticket.requester.first_name}},\n\nWe've refunded {{order.total}} to the card ending in {{payment.last4}}. Reference: {{ticket.id}}.\n\n{{current_user.first_name}}"),
         ("Missed delivery", "Hello {{customer.name}}, your parcel {{shipment.tracking_number}} is being held at the depot. Reply with a new date and we'll rebook."),
         ("Verify identity", "Hi <CUSTOMER_NAME>, for your security please confirm the last 4 digits of the card on file and the ZIP code. Never send your full card number."),
         ("Password reset", "Hi ${FIRST_NAME}, use the link in the email we sent to ${EMAIL_MASKED} to reset your password. It expires in 30 minutes."),
         ("Escalate", "Internal: set priority=high, tag=tier2, assign group 'Billing Escalations' (id " + str(g.ri(10000, 99999)) + ")."),
         ("Outage", "We're aware of an issue affecting logins since about an hour ago. Status updates: {{status_page_url}}"),
         ("Chargeback", "Order " + g.order() + " / dispute " + g.ticket() + ": attach AVS result, 3DS result, and IP geolocation to the evidence packet.")]
    for t, body in g.sample(M, g.ri(3, 5)):
        d.t(f"### {t} (macro {g.ri(360000000, 369999999)})\n{body}\n\n")
    if g.p(0.25):
        d.f("Public status page used in macros: {U}\n", U=(f"https://status.{g.c(WORK_DOMAINS)}", "URL"))
    d.t(f"Last synced by macro-sync {g.ver()} - {g.ri(40, 200)} macros, {g.ri(0, 9)} disabled\n")


@dom("neg_sprint_retro_notes", neg=True)
def _(g, d):
    team = g.c(["Falcon", "Payments Core", "Growth Squad", "Platform Reliability", "Mobile Guild"])
    d.t(g.c([f"Team {team} - Sprint {g.ri(40, 140)} Retro\n\n", f"Summarize this retro for the eng all-hands ({team}):\n\n"]))
    d.t("What went well\n")
    for s in g.sample([f"- shipped {g.ver()} with zero rollbacks", f"- p99 latency down {g.ri(5, 40)}% after PAY-{g.ri(100, 9999)}",
                       f"- migrated {g.ri(2, 30)} services to the new base image ({g.sha(12)})", "- on-call was quiet except Thursday",
                       f"- build time from {g.ri(12, 30)} min to {g.ri(4, 11)} min", "- finally deleted the 2019 cron jobs"], 3):
        d.t(s + "\n")
    d.t("\nWhat didn't\n")
    for s in g.sample([f"- flaky test in checkout_spec.rb (failed {g.ri(3, 20)}x, seed {g.dg(5)})", f"- incident {g.ticket()} took {g.ri(40, 180)} minutes to mitigate",
                       f"- release train blocked by dependency bump {g.c(['openssl', 'log4j', 'urllib3', 'protobuf'])} {g.ver()}",
                       f"- customer escalation on order {g.order()} bounced between teams", f"- staging DB restore from snapshot {g.uuid()} failed twice",
                       "- too many meetings on Mondays"], 3):
        d.t(s + "\n")
    if g.p(0.25):
        d.f("- kudos to {P} for the calm incident comms\n", P=g.person().n(g.c(["first", "full"])))
    d.t(f"\nAction items\n- [ ] add retry with backoff (max 5, base 200ms) - owner: platform\n- [ ] revisit alert thresholds next sprint\n- [ ] close {g.ri(3, 15)} stale tickets in MOB-board\nVelocity: {g.ri(20, 60)} pts (avg {g.ri(20, 60)})\n")


@dom("neg_pharmacology_flashcards", neg=True)
def _(g, d):
    d.t(g.c(["Make me Anki flashcards from these pharm notes (front/back):\n\n", "NCLEX pharm review - cardio/endo block\n\n"]))
    cards = [("Metformin", "biguanide; first-line for T2DM (ICD-10 E11.9); hold before iodinated contrast; lactic acidosis risk"),
             ("Warfarin (Coumadin)", "vitamin K antagonist; monitor INR 2.0-3.0; NDC 0056-0172-70; many interactions"),
             ("Levothyroxine (Synthroid)", "T4 replacement for Hashimoto's thyroiditis; take 30-60 min before breakfast"),
             ("Carbidopa/levodopa", "Parkinson's disease; wearing-off phenomenon; avoid high-protein meals"),
             ("Adalimumab (Humira)", "TNF inhibitor; Crohn's disease, RA; screen for TB before starting"),
             ("Lisinopril", "ACE inhibitor; dry cough, angioedema; check K+ and creatinine (LOINC 2160-0)"),
             ("Apixaban (Eliquis)", "factor Xa inhibitor; 5 mg BID; CPT 99213 follow-up typical"),
             ("Donepezil (Aricept)", "cholinesterase inhibitor for Alzheimer's disease; bradycardia"),
             ("Spironolactone", "K-sparing diuretic; gynecomastia; used in Conn's syndrome"),
             ("Semaglutide (Ozempic/Wegovy)", "GLP-1 RA; weekly SC; GI side effects; NDC 0169-4132-12")]
    for front, back in g.sample(cards, g.ri(4, 7)):
        d.t(f"Q: {front}\nA: {back}\n\n")
    d.t(f"(deck v{g.ri(1, 9)}.{g.ri(0, 9)}, {g.ri(80, 400)} cards, tags: pharm::cardio pharm::endo)\n")


@dom("neg_release_checksums_page", neg=True)
def _(g, d):
    prod = g.c(["kestrel-cli", "vireo-agent", "copperleaf-desktop", "helixctl"])
    v = f"{g.ri(1, 6)}.{g.ri(0, 20)}.{g.ri(0, 9)}"
    d.t(g.c([f"Verify these downloads for me? Release {prod} {v}\n\n", f"## {prod} {v}\n\n"]))
    for f_ in g.sample([f"{prod}_{v}_linux_amd64.tar.gz", f"{prod}_{v}_darwin_arm64.zip", f"{prod}-{v}-x64.msi", f"{prod}_{v}_windows_386.zip",
                        f"{prod}-{v}.sbom.spdx.json"], g.ri(3, 5)):
        d.t(f"{g.sha(64)}  {f_}  ({g.ri(8, 180)}.{g.ri(0, 9)} MB)\n")
    d.t(f"\nSigned with release key {' '.join(g.an(4, '0123456789ABCDEF') for _ in range(10))}\n")
    d.t(f"Build: {g.ri(1000, 9999)} | commit {g.sha()} | go1.{g.ri(19, 23)}.{g.ri(0, 9)} | container digest sha256:{g.sha(64)}\n")
    d.t(g.c(["\nChanges: fixed panic when config has no [profile] section; bumped golang.org/x/net to v0.33.0.\n",
             "\nKnown issue: telemetry id " + g.uuid() + " is sent even when disabled (fixed in next patch).\n"]))


@dom("neg_test_fixture_prompt", neg=True)
def _(g, d):
    d.t(g.c(["Generate 20 more INVALID values like these for our validator unit tests (they must all fail validation):\n\n",
             "These fixtures should be rejected by the PII scanner. Explain why each one is invalid:\n\n"]))
    rows = [lambda: "card (bad Luhn): " + g.bad_card(), lambda: "ssn (bad area): " + g.bad_ssn(), lambda: "iban (bad check digits): " + g.bad_iban(),
            lambda: "aws key (masked): AKIA" + "*" * 16, lambda: "github token: ghp_<REDACTED>", lambda: "slack: xoxb-REPLACE-ME",
            lambda: "stripe: sk_live_" + "•" * 8, lambda: "ci ref: ${{ secrets.AWS_SECRET_ACCESS_KEY }}", lambda: "env ref: ${STRIPE_SECRET_KEY}",
            lambda: "jwt (truncated): eyJhbGciOiJIUzI1NiJ9." + g.an(10, B64) + "...", lambda: "card (masked): " + g.masked_card(),
            lambda: "uuid (not a key): " + g.uuid(), lambda: "order no: " + g.order(), lambda: "ssn (all zeros serial): " + f"{g.ri(100, 665)}-{g.ri(10, 99)}-0000",
            lambda: "routing (not account): " + g.routing(), lambda: "BIC (not IBAN): " + g.bic(), lambda: "tracking: " + g.tracking()]
    for k, r in enumerate(g.sample(rows, g.ri(7, 11))):
        d.t(f"{k + 1}. {r()}\n")
    d.t(g.c(["\nOutput as a JSON array of strings.\n", "\nDon't produce anything that passes Luhn or mod-97.\n"]))


@dom("neg_product_qa_brands", neg=True)
def _(g, d):
    d.t(g.c(["Summarize the common questions from this product Q&A page:\n\n", "Customer questions & answers\n\n"]))
    items = [("Does the " + g.c(["Dyson V15", "Dyson Airwrap", "Breville Barista Express"]) + " work with 220V?", "Only the international model (SKU " + g.an(8, UPAN) + ")."),
             ("Is this the same formula as the Estée Lauder Advanced Night Repair?", "No, this is a dupe. Ingredients differ."),
             ("Do Dr. Martens 1460s run large?", "Go half a size down. I'm a 9 in Nike and 8 in Docs."),
             ("Will this fit a Porsche 911 (992) or a Ferrari Roma?", "Fits the 911 with adapter kit part no. " + g.an(3, UPAN) + "-" + g.dg(5) + "."),
             ("Can I use Mrs. Meyer's soap in this dispenser?", "Yes, anything under 3000 cP."),
             ("Is the Tommy Hilfiger logo stitched or printed?", "Stitched on the chest, printed on the sleeve."),
             ("Is it compatible with firmware " + g.ver() + "?", "Yes after the " + g.c(["March", "spring"]) + " update."),
             ("Where is it made?", "Assembled by Müller & Söhne GmbH under license."),
             ("Does Ben & Jerry's Phish Food have nuts?", "Made in a facility that processes tree nuts.")]
    for q, a in g.sample(items, g.ri(4, 6)):
        d.t(f"Q: {q}\n  asked by {g.c(['hikerdad77', 'momof3_tx', 'gadgetguru', 'sunflower.k', 'anon_buyer'])} · {g.ri(1, 11)} months ago\n"
            f"A: {a}\n  {g.ri(1, 40)} of {g.ri(40, 90)} found this helpful\n\n")
    d.t(f"Rating {g.ri(30, 49) / 10}/5 · {g.ri(100, 9000)} ratings · ASIN B0{g.an(8, UPAN)}\n")


@dom("neg_scheduler_config_review", neg=True)
def _(g, d):
    d.t(g.c(["Review this job schedule config - are any of these going to overlap?\n\n", "is this cron config sane?\n\n"]))
    d.t("```yaml\njobs:\n")
    for name in g.sample(["nightly-ledger-close", "hourly-cache-warm", "weekly-report", "retention-purge", "invoice-batch", "metrics-rollup"], g.ri(3, 5)):
        d.t(f"  - name: {name}\n    schedule: \"{g.c(['0 3 * * 1-5', '*/15 * * * *', '30 2 * * 0', '0 */6 * * *', '45 23 L * *'])}\"\n"
            f"    timezone: {g.c(['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC', 'America/Sao_Paulo', 'Australia/Sydney'])}\n"
            f"    timeout: {g.c(['PT15M', 'PT2H', '900s', '45m'])}\n    retries: {g.ri(0, 5)}\n    image: registry.internal/jobs/{name}:{g.ver().replace(' ', '-')}\n")
    d.t(f"  start_epoch: {g.ri(1700000000, 1790000000)}\n```\n")
    d.t(g.c(["\nThe weekly report should run Sunday night before the Monday standup, not Saturday.\n",
             "\nWe had drift of about 4 minutes last quarter; DST switches twice a year.\n", ""]))


# --------------------------------------------------------------------------- generation
INSTR = ["Output format: JSON only, no commentary.", "Keep it under 200 words.", "Use a neutral, professional tone and don't add facts that aren't in the text.",
         "Write it in British English.", "If something is ambiguous, list it under 'Open questions' instead of guessing.",
         "This is for internal use only; compliance will review before anything goes out.", "Previous attempt was way too long and robotic, try again.",
         "Bonus: suggest a subject line.", "Return a markdown table first, then a 2-sentence summary.", "Don't use bullet points, my boss hates them.",
         "Please keep the original numbers exactly as written.", "Also flag anything that looks like it shouldn't be shared outside the team."]


def prompt_tail(g, d):
    d.t("\n\n" + g.c(["", "Requirements:\n", "Notes for you:\n", "---\n"]))
    for line in g.sample(INSTR, g.ri(1, 4)):
        d.t(g.c(["- ", "", "* "]) + line + "\n")
    if g.p(0.3):
        p = g.person()
        d.f(g.c(["Sign it as {N}, {PH}.\n", "If you need to reference me, I'm {N} ({E}).\n", "cc {N} on the final version.\n"]), N=p.n(), PH=g.phone(), E=p.email())


def make_doc(seed, i):
    for attempt in range(40):
        rng = random.Random(f"{seed}-{i}" if attempt == 0 else f"{seed}-{i}-retry{attempt}")
        name, fn, _neg = DOMAINS[rng.randrange(len(DOMAINS))] if attempt == 0 else DOMAINS[first_idx]
        if attempt == 0:
            first_idx = [x[0] for x in DOMAINS].index(name)
        d = Doc()
        gg = G(rng)
        fn(gg, d)
        if (name.startswith("prompt_") or name in ("pairing_session_chat", "survey_verbatims_export", "standup_meeting_transcript")) and gg.p(0.5):
            prompt_tail(gg, d)
        text = d.text()
        if 200 <= len(text) <= 2500:
            break
    ents = sorted(d.ents, key=lambda e: e["start"])
    return {"id": f"blind26-{seed}-{i:05d}", "text": text, "domain": name, "entities": ents}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# --------------------------------------------------------------------------- validation
EDGE_BAD = set(" \t\n.,;:!?\"'()[]{}<>")
LEAK = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "URL": re.compile(r"https?://[^\s\"'<>)\]]+"),
    "IP_ADDRESS": re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"),
    "AWS_ACCESS_KEY": re.compile(r"AKIA[A-Z0-9]{16}"),
    "GITHUB_TOKEN": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),
    "SLACK_TOKEN": re.compile(r"xox[bpa]-\d+-[0-9A-Za-z-]{10,}"),
    "STRIPE_KEY": re.compile(r"[sr]k_live_[0-9A-Za-z]{10,}"),
    "JWT": re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "US_SSN": re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),
    "CREDIT_CARD": re.compile(r"(?<![\w-])(?:(?:\d{4}[ -]){3}\d{4}|\d{4}[ -]\d{6}[ -]\d{5}|\d{13,19})(?![\w-])"),
}


def validate_value(typ, s):
    import ipaddress
    if typ == "CREDIT_CARD":
        ds = re.sub(r"[ -]", "", s)
        return ds.isdigit() and 13 <= len(ds) <= 19 and luhn_ok(ds)
    if typ == "IBAN_CODE":
        return iban_ok(s)
    if typ == "US_SSN":
        return ssn_ok(s)
    if typ == "AWS_ACCESS_KEY":
        return re.fullmatch(r"AKIA[A-Z0-9]{16}", s) is not None
    if typ == "AWS_SECRET_KEY":
        return re.fullmatch(r"[A-Za-z0-9/+]{40}", s) is not None
    if typ == "GITHUB_TOKEN":
        return re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}", s) is not None
    if typ == "SLACK_TOKEN":
        return re.fullmatch(r"xox[bp]-\d+-\d+(-\d+)?-[A-Za-z0-9]+", s) is not None
    if typ == "STRIPE_KEY":
        return re.fullmatch(r"[sr]k_live_[A-Za-z0-9]{20,}", s) is not None
    if typ == "JWT":
        parts = s.split(".")
        if len(parts) != 3:
            return False
        try:
            hd = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
            base64.urlsafe_b64decode(parts[2] + "=" * (-len(parts[2]) % 4))
        except Exception:
            return False
        return "alg" in hd
    if typ == "PRIVATE_KEY":
        m = re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----", s)
        return m is not None
    if typ == "EMAIL_ADDRESS":
        return LEAK["EMAIL_ADDRESS"].fullmatch(s) is not None
    if typ == "URL":
        return re.fullmatch(r"https?://[^\s]+", s) is not None and "@" not in s
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    if typ == "PHONE_NUMBER":
        return 7 <= len(re.sub(r"\D", "", s)) <= 15
    return True


def check(n=3000, seed=0):
    errors, warn = [], Counter()
    warn_ex = {}
    tc, dc, dn, de = Counter(), Counter(), Counter(), Counter()
    zero = Counter()
    for doc in generate(n, seed):
        t, ents = doc["text"], doc["entities"]
        did = doc["id"]
        dc[doc["domain"]] += 1
        if not (200 <= len(t) <= 2500):
            errors.append(f"{did}: length {len(t)}")
        if not ents:
            zero[doc["domain"]] += 1
        last = -1
        covered = []
        for e in ents:
            s, en, ty = e["start"], e["end"], e["type"]
            if ty not in TYPES:
                errors.append(f"{did}: bad type {ty}")
            if not (0 <= s < en <= len(t)):
                errors.append(f"{did}: bad offsets {e}")
                continue
            if s < last:
                errors.append(f"{did}: overlap at {s}")
            last = en
            span = t[s:en]
            covered.append((s, en))
            if span != span.strip():
                errors.append(f"{did}: unstripped {ty} {span!r}")
            if ty not in ("PASSWORD", "GENERIC_SECRET", "PRIVATE_KEY", "AWS_SECRET_KEY") and (
                    (span[0] in EDGE_BAD and not (ty == "PHONE_NUMBER" and span[0] == "(")) or span[-1] in EDGE_BAD):
                errors.append(f"{did}: edge punctuation {ty} {span!r}")
            if not validate_value(ty, span):
                errors.append(f"{did}: invalid {ty} {span!r}")
            tc[ty] += 1
            de[doc["domain"]] += 1
        for ty, rx in LEAK.items():
            for m in rx.finditer(t):
                m0, m1 = m.start(), m.start() + len(m.group(0).rstrip(".,;:!?"))
                if any(a <= m0 and m1 <= b for a, b in covered):
                    continue
                if any(a < m.end() and m.start() < b for a, b in covered) and ty in ("CREDIT_CARD", "US_SSN", "IP_ADDRESS"):
                    continue
                val = m.group(0)
                if ty == "CREDIT_CARD" and not luhn_ok(val):
                    continue
                if ty == "US_SSN" and not ssn_ok(val):
                    continue
                warn[(doc["domain"], ty)] += 1
                warn_ex.setdefault((doc["domain"], ty), val)
    # determinism
    for i in (0, 7, n // 2, n - 1):
        if make_doc(seed, i) != make_doc(seed, i):
            errors.append(f"doc {i} not deterministic")
    print(f"docs: {n}   domains: {len(DOMAINS)} ({sum(1 for x in DOMAINS if x[2])} hard-negative)   entities: {sum(tc.values())}")
    print("\nper type:")
    for ty in sorted(TYPES):
        print(f"  {ty:<24}{tc[ty]:>7}")
    print("\nper domain (docs / entities / docs without entities):")
    for name, _fn, neg in DOMAINS:
        print(f"  {name:<36}{'[neg]' if neg else '     '} {dc[name]:>5} {de[name]:>6} {zero[name]:>5}")
    if warn:
        print("\nunlabelled look-alikes (review):")
        for k, v in sorted(warn.items()):
            print(f"  {k[0]:<36} {k[1]:<16} {v:>5}   e.g. {warn_ex[k]!r}")
    print(f"\nerrors: {len(errors)}")
    for e in errors[:40]:
        print("  " + e)
    missing = [ty for ty in TYPES if tc[ty] == 0]
    if missing:
        print("types never produced: " + ", ".join(sorted(missing)))
    return not errors and not missing


def show(doc):
    t = doc["text"]
    out, p = [], 0
    for e in doc["entities"]:
        out.append(t[p:e["start"]])
        out.append(f"⟦{t[e['start']:e['end']]}⟧{{{e['type']}}}")
        p = e["end"]
    out.append(t[p:])
    print(f"=== {doc['id']}  [{doc['domain']}]  {len(t)} chars, {len(doc['entities'])} entities")
    print("".join(out))
    print()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if check(3000, a.seed) else 1
    if a.sample:
        rng = random.Random(a.seed)
        for i in sorted(rng.sample(range(100000), a.sample)):
            show(make_doc(a.seed, i))
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for doc in generate(a.n, a.seed):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.output:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
