#!/usr/bin/env python3
"""Blind synthetic PII/PHI/secret corpus no. 24 (standard library only).

Every document is built piece by piece; entity offsets come from construction.
Document i is a pure function of (seed, i).

    python3 bench/corpus_blind24.py --check
    python3 bench/corpus_blind24.py --sample 3
    python3 bench/corpus_blind24.py --n 500 --seed 7 --output out.jsonl
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

TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS DATE_OF_BIRTH "
         "DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER HEALTH_PLAN_NUMBER ACCOUNT_NUMBER "
         "DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT "
         "PRIVATE_KEY PASSWORD GENERIC_SECRET").split()
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
ALNUM = UP + LO + DG
B32 = UP + "234567"


# ----------------------------------------------------------------------------- builder
class E(str):
    """A string that carries an entity type (or None for plain text)."""

    def __new__(cls, s, typ=None):
        o = str.__new__(cls, s)
        o.typ = typ
        return o


def T(s, typ):
    return E(s, typ)


class B:
    def __init__(self):
        self.buf, self.ents, self.n = [], [], 0

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, (list, tuple)):
                self.add(*it)
                continue
            s = str(it)
            if not s:
                continue
            typ = getattr(it, "typ", None)
            if typ:
                self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
            self.buf.append(s)
            self.n += len(s)
        return self

    def f(self, tpl, *args):
        parts = tpl.split("{}")
        if len(parts) != len(args) + 1:
            raise ValueError("template arity: " + tpl)
        for k, p in enumerate(parts):
            self.add(p)
            if k < len(args):
                self.add(args[k])
        return self

    def l(self, tpl="", *args):
        return self.f(tpl, *args).add("\n")

    @property
    def text(self):
        return "".join(self.buf)


def J(items, sep=", ", last=None):
    """Interleave items with separators (list form for B.add)."""
    out = []
    for k, it in enumerate(items):
        if k:
            out.append(last if (last and k == len(items) - 1) else sep)
        out.append(it)
    return out


# ----------------------------------------------------------------------------- data
def _sp(s):
    return [x.replace("_", " ") for x in s.split()]


NAMES = {
    "en": ("James Michael Robert David William Daniel Matthew Anthony Joshua Ryan Tyler Kevin Brian Jason Ethan Logan Christopher DeShawn Marcus Elijah",
           "Mary Jennifer Linda Patricia Jessica Sarah Emily Ashley Megan Hannah Brittany Lauren Olivia Madison Kayla Abigail Elizabeth Tamika Jasmine Rebecca",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson White Harris Thompson Clark Lewis Walker Young Allen Wright King Scott Baker Carter Mitchell Turner Parker Collins Reed Hughes Foster Washington Bennett Sullivan"),
    "uk": ("Oliver George Harry Jack Charlie Alfie Callum Rhys Declan Alistair Nigel Graham Hamish Gareth",
           "Amelia Isla Poppy Sophie Charlotte Freya Imogen Harriet Gemma Kirsty Fiona Bethan Eilidh",
           "Thornton Ashworth Pemberton Whitfield Barraclough Fairclough Hargreaves Cartwright Llewellyn Macdonald Campbell Sutherland Evans Jenkins Price Holloway Blackwood Crowther Featherstone-Haugh"),
    "ie": ("Seán Ciarán Pádraig Darragh Eoin Cillian Oisín Niall Conor Fionn",
           "Aoife Siobhán Niamh Caoimhe Róisín Saoirse Orla Clodagh Aisling Gráinne",
           "O'Brien O'Sullivan Murphy Kelly Byrne Walsh McCarthy Doyle Ní_Bhriain Mac_Giolla_Phádraig Ó_Súilleabháin Fitzgerald Kavanagh"),
    "es": ("Alejandro Javier Diego Carlos Mateo Santiago Andrés Luis Jorge Iñaki Rodrigo Emilio José_Luis",
           "María Lucía Carmen Sofía Valentina Isabel Pilar Ximena Guadalupe Rocío Mercedes Itziar María_José",
           "García Martínez Rodríguez López Hernández González Pérez Sánchez Ramírez Torres Flores Morales de_la_Cruz del_Río Fernández-Vega Ortiz_de_Zárate Castillo Navarro"),
    "pt": ("João Pedro Gabriel Lucas Rafael Thiago Gonçalo Tiago Rodrigo Vinícius",
           "Ana Beatriz Mariana Larissa Fernanda Inês Leonor Juliana Camila Raquel",
           "Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Rodrigues dos_Santos da_Silva Nascimento Gonçalves Magalhães Barbosa"),
    "fr": ("Jean-Luc Pierre Antoine Mathieu Julien Nicolas Théo Hugo Baptiste François",
           "Camille Manon Chloé Léa Élodie Margaux Anne-Marie Sandrine Océane Juliette",
           "Martin Bernard Dubois Durand Lefèvre Moreau Laurent Girard Rousseau Fontaine de_Villiers Le_Goff Chevalier Lemaire Mercier"),
    "de": ("Lukas Jonas Felix Maximilian Tobias Matthias Jürgen Florian Niklas Stefan",
           "Anna Lena Katharina Johanna Sabine Ute Franziska Miriam Leonie Hannelore",
           "Müller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch Richter von_Bülow Zimmermann Krüger Schulze-Hartmann Wolff"),
    "nl": ("Daan Sem Bram Jeroen Thijs Ruben Pieter Joost Maarten Wouter",
           "Sanne Lotte Femke Anouk Eline Marloes Annelies Ilse Noor Fleur",
           "de_Vries van_der_Berg Jansen de_Jong Bakker Visser van_Dijk Smit Meijer van_den_Heuvel Mulder de_Boer van_der_Linden Dekker Hendriks"),
    "it": ("Marco Luca Giuseppe Alessandro Francesco Matteo Lorenzo Giovanni Davide Simone",
           "Giulia Chiara Francesca Sara Martina Alessia Elena Valentina Federica Paola",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Di_Stefano De_Luca Lombardi Moretti Barbieri Conti"),
    "pl": ("Jakub Kacper Mateusz Piotr Krzysztof Tomasz Paweł Łukasz Wojciech Michał",
           "Zuzanna Julia Katarzyna Agnieszka Małgorzata Joanna Magdalena Aleksandra Ewa Dorota",
           "Nowak Kowalczyk Wójcik Mazur Krawczyk Kaczmarek Zając Król Wieczorek Jabłoński Pawlak Michalak Sikora Baran"),
    "tr": ("Mehmet Mustafa Ahmet Emre Burak Can Kerem Yusuf Oğuz Serkan",
           "Ayşe Fatma Elif Zeynep Emine Merve Büşra Derya Gül Selin",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Karaca"),
    "ar": ("Mohammed Ahmed Omar Khalid Youssef Tariq Hassan Karim Faisal Samir",
           "Fatima Aisha Layla Noor Mariam Huda Rania Salma Yasmin Leila",
           "al-Rashid al-Masri Haddad Khoury Nasser al-Farsi Abu-Ghazaleh El-Amin Mansour Saleh bin_Abdullah Hamdan Aziz"),
    "ng": ("Chinedu Emeka Oluwaseun Tunde Adebayo Ifeanyi Musa Babatunde Obinna Uche",
           "Ngozi Chiamaka Funmilayo Adaeze Yetunde Amaka Bisola Zainab Ifeoma Temitope",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Oyelaran Abubakar Adebayo-Johnson Chukwu Ogunleye Danjuma Olawale Nnamdi"),
    "za": ("Thabo Sipho Themba Pieter Johan Lwazi Bongani Kagiso Riaan Mandla",
           "Nomvula Thandiwe Lindiwe Zanele Anele Marlize Annelie Naledi Refilwe Precious",
           "Nkosi Dlamini Ndlovu Mokoena van_der_Merwe Botha Pretorius Khumalo Mahlangu du_Plessis Naidoo Venter Zulu Molefe"),
    "in": ("Arjun Rahul Vikram Aditya Rohan Siddharth Karthik Anil Sanjay Harpreet",
           "Priya Ananya Kavya Sneha Deepika Lakshmi Meera Pooja Aishwarya Nandini",
           "Sharma Patel Iyer Reddy Gupta Nair Singh Chatterjee Menon Krishnan Banerjee Desai Kulkarni Venkataraman Mukherjee"),
    "cn": ("Wei Jun Hao Lei Tao Ming Jian Yong Zhiwei Xiaoming",
           "Jing Mei Xiu Ying Yan Fang Hui Lan Xue Xiaoling",
           "Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin"),
    "jp": ("Haruto Takashi Hiroshi Kenji Yuto Sota Daiki Ren",
           "Yui Sakura Aoi Haruka Yuki Misaki Emi Nanami",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada"),
    "kr": ("Min-jun Ji-hoon Hyun-woo Do-yoon Sung-min Jae-won",
           "Ji-woo Seo-yeon Ha-eun Soo-ah Min-seo Eun-ji",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    "vn": ("Minh Duc Huy Tuan Quang Long Khanh",
           "Linh Trang Thao Huong Lan Ngoc Phuong",
           "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do"),
    "ph": ("Jose Mark Paolo Rommel Jericho Ramon",
           "Maricel Jasmine Rowena Kristine Angelica Lorna",
           "Santos Reyes Cruz Bautista Dela_Cruz Villanueva Mendoza Aquino Manalo Dimaculangan"),
    "ua": ("Oleksandr Andriy Dmytro Serhiy Taras Bohdan",
           "Olena Oksana Iryna Natalia Yulia Kateryna",
           "Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Polishchuk Savchuk Lysenko Marchenko Kravchuk"),
    "nord": ("Erik Lars Anders Magnus Johan Henrik Sindre",
             "Astrid Ingrid Sigrid Freja Maja Linnea Solveig",
             "Andersson Johansson Lindqvist Bergström Nilsson Hansen Solberg Haugen Lindgren Østergaard"),
    "ir": ("Reza Amir Dariush Kamran Babak Arash",
           "Shirin Parisa Nasrin Mahsa Roya Golnaz",
           "Hosseini Rahimi Karimi Moradi Tehrani Jafari Ahmadi Sadeghi"),
    "il": ("David Yosef Avi Eitan Noam Ari",
           "Tamar Noa Shira Yael Rivka Maya",
           "Cohen Levi Mizrahi Peretz Friedman Ben-David Shapiro Katz Biton"),
    "gh": ("Kwame Kofi Yaw Kwesi Jomo Baraka Kipchoge",
           "Ama Akosua Abena Wanjiru Njeri Akinyi Efua",
           "Mensah Asante Boateng Owusu Otieno Kamau Mwangi Ochieng Appiah"),
}
NAMES = {k: (_sp(a), _sp(b), _sp(c)) for k, (a, b, c) in NAMES.items()}
NICK = {"Robert": "Bob", "William": "Bill", "Michael": "Mike", "Daniel": "Dan", "Matthew": "Matt",
        "Anthony": "Tony", "Joshua": "Josh", "Jennifer": "Jen", "Patricia": "Patty", "Jessica": "Jess",
        "Abigail": "Abby", "Elizabeth": "Liz", "Christopher": "Chris", "Rebecca": "Becky",
        "Alejandro": "Álex", "Giuseppe": "Beppe", "Francesco": "Checco", "Babatunde": "Tunde",
        "Oluwaseun": "Seun", "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Aleksandra": "Ola",
        "Maximilian": "Max", "Alistair": "Ali", "Hamish": "Hame", "Funmilayo": "Funmi",
        "Oleksandr": "Sasha", "Siddharth": "Sid", "Aishwarya": "Ash", "Kateryna": "Katya",
        "Chiamaka": "Amaka", "Guadalupe": "Lupe", "Mercedes": "Merche", "Gabriel": "Gabi",
        "Nicolas": "Nico", "Francisco": "Paco", "Johanna": "Jo", "Kwabena": "Kobby"}
CULTS = list(NAMES)
CUR = {"us": "$", "ca": "$", "au": "$", "uk": "£", "ie": "€", "in": "₹", "za": "R", "ng": "₦", "de": "€", "fr": "€",
       "nl": "€", "it": "€", "es": "€", "pt": "€", "br": "R$", "tr": "TL", "pl": "zł"}
CULT_MAIL = {"uk": ["btinternet.com", "yahoo.co.uk", "sky.com"], "ie": ["eircom.net", "gmail.com"], "de": ["web.de", "gmx.de", "t-online.de"],
             "fr": ["orange.fr", "free.fr", "laposte.net"], "it": ["libero.it", "virgilio.it"], "nl": ["ziggo.nl", "hotmail.nl", "kpnmail.nl"],
             "pt": ["uol.com.br", "terra.com.br", "sapo.pt"], "pl": ["wp.pl", "o2.pl", "interia.pl"], "tr": ["hotmail.com", "yandex.com.tr"],
             "in": ["rediffmail.com", "yahoo.co.in"], "za": ["mweb.co.za", "webmail.co.za"], "ng": ["yahoo.com", "gmail.com"],
             "es": ["telefonica.net", "yahoo.es"], "au": ["bigpond.com"], "jp": ["docomo.ne.jp", "yahoo.co.jp"]}
CC_CULT = {"us": "en en en en es es cn in vn kr ph ar ng il ua", "uk": "uk uk uk en in pl ng ie ar",
           "ie": "ie ie ie uk pl", "ca": "en en uk fr cn in ph ua", "au": "en en uk cn vn in it",
           "in": "in in in in", "za": "za za za en", "ng": "ng ng ng ng", "de": "de de de tr pl ar",
           "fr": "fr fr fr ar pt", "nl": "nl nl nl tr ar", "it": "it it it ar", "es": "es es es ar",
           "pt": "pt pt pt", "br": "pt pt pt it jp", "tr": "tr tr tr", "pl": "pl pl pl ua"}
CC_CULT = {k: v.split() for k, v in CC_CULT.items()}


def _cities(s):
    return [tuple(x.split("|")) for x in s.split(";")]


CITIES = {
    "us": _cities("Tucson|AZ;Phoenix|AZ;Denver|CO;Austin|TX;Houston|TX;El Paso|TX;Chicago|IL;Milwaukee|WI;Minneapolis|MN;"
                  "Portland|OR;Seattle|WA;Spokane|WA;Boise|ID;Sacramento|CA;Oakland|CA;Fresno|CA;San Diego|CA;Albuquerque|NM;"
                  "Omaha|NE;Kansas City|MO;St. Louis|MO;Nashville|TN;Memphis|TN;Atlanta|GA;Savannah|GA;Charlotte|NC;Raleigh|NC;"
                  "Richmond|VA;Baltimore|MD;Philadelphia|PA;Pittsburgh|PA;Newark|NJ;Buffalo|NY;Brooklyn|NY;Boston|MA;"
                  "Providence|RI;Hartford|CT;Burlington|VT;Cleveland|OH;Columbus|OH;Detroit|MI;Grand Rapids|MI;"
                  "Indianapolis|IN;Louisville|KY;Birmingham|AL;New Orleans|LA;Tampa|FL;Orlando|FL;Miami|FL;Honolulu|HI;"
                  "Anchorage|AK;Salt Lake City|UT;Las Vegas|NV;Tulsa|OK;Des Moines|IA"),
    "uk": _cities("Leeds|England|LS;Manchester|England|M;Bristol|England|BS;Sheffield|England|S;Glasgow|Scotland|G;"
                  "Edinburgh|Scotland|EH;Cardiff|Wales|CF;Belfast|Northern Ireland|BT;Norwich|England|NR;York|England|YO;"
                  "Brighton|England|BN;Leicester|England|LE;Nottingham|England|NG;Swansea|Wales|SA;Aberdeen|Scotland|AB;"
                  "Liverpool|England|L;Newcastle upon Tyne|England|NE;Oxford|England|OX;Bath|England|BA;London|England|SE"),
    "ie": _cities("Dublin|Dublin|D;Cork|Cork|T;Galway|Galway|H;Limerick|Limerick|V;Waterford|Waterford|X;Kilkenny|Kilkenny|R;"
                  "Sligo|Sligo|F;Athlone|Westmeath|N"),
    "ca": _cities("Toronto|ON;Montréal|QC;Vancouver|BC;Calgary|AB;Edmonton|AB;Winnipeg|MB;Halifax|NS;Ottawa|ON;Victoria|BC;"
                  "Saskatoon|SK;Québec City|QC;Hamilton|ON"),
    "au": _cities("Sydney|NSW;Melbourne|VIC;Brisbane|QLD;Perth|WA;Adelaide|SA;Hobart|TAS;Darwin|NT;Canberra|ACT;Geelong|VIC;"
                  "Newcastle|NSW;Cairns|QLD;Fremantle|WA"),
    "in": _cities("Mumbai|Maharashtra;Pune|Maharashtra;Bengaluru|Karnataka;Chennai|Tamil Nadu;Hyderabad|Telangana;"
                  "Kolkata|West Bengal;New Delhi|Delhi;Kochi|Kerala;Ahmedabad|Gujarat;Jaipur|Rajasthan;Lucknow|Uttar Pradesh"),
    "za": _cities("Johannesburg|Gauteng;Cape Town|Western Cape;Durban|KwaZulu-Natal;Pretoria|Gauteng;Gqeberha|Eastern Cape;"
                  "Bloemfontein|Free State;Stellenbosch|Western Cape;Soweto|Gauteng"),
    "ng": _cities("Lagos|Lagos;Abuja|FCT;Ibadan|Oyo;Kano|Kano;Enugu|Enugu;Port Harcourt|Rivers;Benin City|Edo;Abeokuta|Ogun"),
    "de": _cities("Berlin|Berlin;Hamburg|Hamburg;München|Bayern;Köln|Nordrhein-Westfalen;Frankfurt am Main|Hessen;"
                  "Stuttgart|Baden-Württemberg;Leipzig|Sachsen;Dresden|Sachsen;Düsseldorf|Nordrhein-Westfalen;Bremen|Bremen;"
                  "Freiburg im Breisgau|Baden-Württemberg;Nürnberg|Bayern"),
    "fr": _cities("Paris|Île-de-France;Lyon|Auvergne-Rhône-Alpes;Marseille|Provence;Toulouse|Occitanie;Bordeaux|Nouvelle-Aquitaine;"
                  "Lille|Hauts-de-France;Nantes|Pays de la Loire;Strasbourg|Alsace;Montpellier|Occitanie;Rennes|Bretagne;"
                  "Nice|Provence;Grenoble|Isère"),
    "nl": _cities("Amsterdam|Noord-Holland;Rotterdam|Zuid-Holland;Utrecht|Utrecht;Den Haag|Zuid-Holland;Eindhoven|Noord-Brabant;"
                  "Groningen|Groningen;Leiden|Zuid-Holland;Haarlem|Noord-Holland;Nijmegen|Gelderland;Maastricht|Limburg;"
                  "Zwolle|Overijssel;Delft|Zuid-Holland"),
    "it": _cities("Milano|MI;Roma|RM;Napoli|NA;Torino|TO;Bologna|BO;Firenze|FI;Palermo|PA;Genova|GE;Bari|BA;Verona|VR;"
                  "Padova|PD;Catania|CT"),
    "es": _cities("Madrid|Madrid;Barcelona|Cataluña;Valencia|Comunidad Valenciana;Sevilla|Andalucía;Bilbao|País Vasco;"
                  "Zaragoza|Aragón;Málaga|Andalucía;Granada|Andalucía;Salamanca|Castilla y León;Vigo|Galicia"),
    "pt": _cities("Lisboa|Lisboa;Porto|Porto;Braga|Braga;Coimbra|Coimbra;Faro|Algarve;Aveiro|Aveiro;Setúbal|Setúbal;Funchal|Madeira"),
    "br": _cities("São Paulo|SP;Rio de Janeiro|RJ;Belo Horizonte|MG;Curitiba|PR;Porto Alegre|RS;Salvador|BA;Recife|PE;"
                  "Fortaleza|CE;Manaus|AM;Florianópolis|SC;Brasília|DF;Campinas|SP"),
    "tr": _cities("İstanbul|Kadıköy;İstanbul|Beşiktaş;İstanbul|Üsküdar;Ankara|Çankaya;İzmir|Karşıyaka;İzmir|Bornova;"
                  "Bursa|Nilüfer;Antalya|Muratpaşa;Eskişehir|Tepebaşı;Trabzon|Ortahisar"),
    "pl": _cities("Warszawa|mazowieckie;Kraków|małopolskie;Wrocław|dolnośląskie;Gdańsk|pomorskie;Poznań|wielkopolskie;"
                  "Łódź|łódzkie;Lublin|lubelskie;Katowice|śląskie;Szczecin|zachodniopomorskie;Toruń|kujawsko-pomorskie"),
    "xx": _cities("Oaxaca|Mexico;Guadalajara|Mexico;Hanoi|Vietnam;Hoi An|Vietnam;Marrakesh|Morocco;Nairobi|Kenya;Accra|Ghana;"
                  "Kyoto|Japan;Osaka|Japan;Tbilisi|Georgia;Chiang Mai|Thailand;Cusco|Peru;Valparaíso|Chile;Reykjavík|Iceland;"
                  "Ljubljana|Slovenia;Tallinn|Estonia;Zanzibar City|Tanzania;Luang Prabang|Laos;Medellín|Colombia;Hobart|Australia"),
}
CNAME = {"us": ["USA", "United States", "U.S."], "uk": ["UK", "United Kingdom", "England"], "ie": ["Ireland"],
         "ca": ["Canada"], "au": ["Australia"], "in": ["India"], "za": ["South Africa"], "ng": ["Nigeria"],
         "de": ["Germany", "Deutschland"], "fr": ["France"], "nl": ["Netherlands", "Nederland"],
         "it": ["Italy", "Italia"], "es": ["Spain", "España"], "pt": ["Portugal"], "br": ["Brazil", "Brasil"],
         "tr": ["Turkey", "Türkiye"], "pl": ["Poland", "Polska"]}
US_STATE = {"AZ": "Arizona", "CO": "Colorado", "TX": "Texas", "IL": "Illinois", "WI": "Wisconsin", "MN": "Minnesota",
            "OR": "Oregon", "WA": "Washington", "ID": "Idaho", "CA": "California", "NM": "New Mexico", "NE": "Nebraska",
            "MO": "Missouri", "TN": "Tennessee", "GA": "Georgia", "NC": "North Carolina", "VA": "Virginia",
            "MD": "Maryland", "PA": "Pennsylvania", "NJ": "New Jersey", "NY": "New York", "MA": "Massachusetts",
            "RI": "Rhode Island", "CT": "Connecticut", "VT": "Vermont", "OH": "Ohio", "MI": "Michigan", "IN": "Indiana",
            "KY": "Kentucky", "AL": "Alabama", "LA": "Louisiana", "FL": "Florida", "HI": "Hawaii", "AK": "Alaska",
            "UT": "Utah", "NV": "Nevada", "OK": "Oklahoma", "IA": "Iowa"}
CC_W = {"us": 26, "uk": 10, "ca": 5, "au": 5, "ie": 3, "in": 5, "za": 3, "ng": 3, "de": 6, "fr": 5, "nl": 4,
        "it": 4, "es": 4, "pt": 2, "br": 4, "tr": 3, "pl": 3}
ST = {
    "us": _sp("Maple Oak Cedar Pine Elm Washington Lincoln Jefferson Willow_Creek Sunset Highland Lakeview Magnolia "
              "Peachtree Martin_Luther_King_Jr Cherry_Hill Ridgeview Prospect Mill Church Juniper Sycamore Broad Grant "
              "Franklin Bayview Canyon_Vista Orchard Quail_Run Hickory"),
    "us_sfx": _sp("St Street Ave Avenue Blvd Dr Drive Rd Road Ln Lane Ct Way Pl Terrace"),
    "uk": _sp("Kirkstall Headingley Victoria Albert Church Station Mill Park Queen's Kingsway Manor Springfield Beech "
              "Hawthorn Gloucester Cromwell Abbey Chapel Marlborough Windsor"),
    "uk_sfx": _sp("Road Lane Street Close Avenue Gardens Terrace Crescent Drive Grove Mews"),
    "ie": _sp("Main_Street Church_Road Griffith_Avenue Strand_Road Ballymun_Road Patrick_Street Castle_Street "
              "Harbour_View Distillery_Lane College_Road"),
    "au": _sp("Bourke_St Chapel_St Oxford_St George_St Beach_Rd Wattle_Ave Banksia_Cres Coronation_Dr Jacaranda_Pl "
              "Princes_Hwy"),
    "in": _sp("MG_Road Linking_Road Anna_Salai Park_Street Residency_Road Station_Road SV_Road Hill_Road Gandhi_Marg"),
    "in_b": _sp("Shanti_Kunj Sai_Krupa Green_Valley Lotus_Heights Sunrise_Residency Prestige_Towers"),
    "za": _sp("Jan_Smuts_Avenue Long_Street Voortrekker_Road Florida_Road Church_Street Oxford_Road Beach_Road"),
    "za_sub": _sp("Rosebank Sea_Point Morningside Hatfield Observatory Melville Umhlanga Braamfontein"),
    "ng": _sp("Adeola_Odeku_Street Awolowo_Road Allen_Avenue Ademola_Adetokunbo_Crescent Herbert_Macaulay_Way "
              "Ogui_Road Bode_Thomas_Street Admiralty_Way"),
    "ng_area": _sp("Victoria_Island Ikoyi Ikeja Wuse_II Garki Lekki_Phase_1 Surulere GRA"),
    "de": _sp("Haupt Bahnhof Schiller Goethe Linden Garten Kirch Berg Wald Rosen Mozart Schloss Mühlen Friedrich-Ebert-"),
    "fr": _sp("de_la_République Victor_Hugo des_Lilas Jean_Jaurès du_Général_de_Gaulle Pasteur de_la_Paix des_Écoles "
              "Gambetta du_Moulin Voltaire Saint-Michel"),
    "nl": _sp("Kerk Dorp Molen Prinsen Keizers Wilhelmina Oranje Linden Stations Hoofd Berken"),
    "it": _sp("Giuseppe_Garibaldi Roma Dante_Alighieri Giuseppe_Mazzini Cavour XX_Settembre dei_Mille "
              "Vittorio_Emanuele_II della_Repubblica San_Francesco Aurelio_Saffi"),
    "es": _sp("Mayor Gran_Vía de_Alcalá del_Carmen Real de_la_Constitución San_Vicente de_Colón Sierpes Larios"),
    "pt": _sp("Augusta da_Liberdade de_Santa_Catarina do_Almada Dom_Manuel_II 5_de_Outubro Alexandre_Herculano das_Flores"),
    "br": _sp("Augusta das_Laranjeiras Oscar_Freire Visconde_de_Pirajá XV_de_Novembro Sete_de_Setembro Padre_Chagas "
              "Dom_Pedro_II"),
    "br_b": _sp("Pinheiros Copacabana Savassi Batel Moinhos_de_Vento Boa_Viagem Barra Centro Vila_Madalena"),
    "tr_m": _sp("Caferağa Moda Bostanlı Kızılay Alsancak Bahçelievler Cihangir Göztepe Çamlık"),
    "tr_s": _sp("Güneşli Bahariye Atatürk Cumhuriyet Lale Menekşe Kazım_Karabekir Nergis"),
    "pl": _sp("Marszałkowska Długa Piotrkowska Floriańska Mickiewicza Słowackiego Kościuszki Grunwaldzka Polna Ogrodowa"),
}
PH = {
    "us": ["(&) %##-####", "&-%##-####", "&.%##.####", "+1 & %##-####", "+1 (&) %##-####", "1-800-%##-####",
           "(888) %##-####", "&-%##-####"],
    "ca": ["(&) %##-####", "+1 &-%##-####", "&-%##-####"],
    "uk": ["+44 20 7### ####", "020 7### ####", "0113 ### ####", "0161 ### ####", "07### ######", "+44 7### ######",
           "+44 (0)131 ### ####"],
    "ie": ["+353 8# ### ####", "08# ### ####", "(01) ### ####", "+353 21 ### ####"],
    "au": ["+61 4## ### ###", "04## ### ###", "(02) 9### ####", "(03) 9### ####", "+61 7 3### ####", "1300 ### ###"],
    "in": ["+91 9#### #####", "+91-98###-#####", "+91 22 2### ####", "080-2###-####", "09#########"],
    "za": ["+27 82 ### ####", "082 ### ####", "021 ### ####", "+27 (0)11 ### ####"],
    "ng": ["+234 803 ### ####", "0803 ### ####", "+234 (0)806 ### ####", "0909 ### ####"],
    "de": ["+49 30 ########", "030 #######", "+49 151 ########", "0171 #######", "+49 (0)89 ######", "089/#######"],
    "fr": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "01 ## ## ## ##", "+33 (0)4 ## ## ## ##", "07.##.##.##.##"],
    "nl": ["+31 6 ########", "06-########", "020 ### ####", "+31 (0)30 ### ####", "06 ## ## ## ##"],
    "it": ["+39 3## ### ####", "3## ### ####", "02 #### ####", "+39 06 #### ####"],
    "es": ["+34 6## ## ## ##", "6## ### ###", "91 ### ## ##", "+34 93 ### ## ##"],
    "pt": ["+351 9## ### ###", "9## ### ###", "21# ### ###"],
    "br": ["+55 11 9####-####", "(21) 9####-####", "+55 (31) 9####-####", "(11) 3###-####"],
    "tr": ["+90 5## ### ## ##", "0 5## ### ## ##", "0(212) ### ## ##", "0532 ### ## ##"],
    "pl": ["+48 6## ### ###", "5## ### ###", "22 ### ## ##", "+48 12 ### ## ##"],
}
AREA = {"us": "520 602 303 512 713 312 414 612 503 206 208 916 510 559 619 505 402 816 314 615 901 404 912 704 919 "
              "804 410 215 412 973 716 718 617 401 860 802 216 614 313 616 317 502 205 504 813 407 305 808 907 801 "
              "702 918 515".split(),
        "ca": "416 647 514 438 604 778 403 780 204 902 613 250 306 418 905".split()}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}
WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WDAYS = {k: v.split() for k, v in WDAYS.items()}
DT_JOIN = {"en": [" at ", ", ", " ", " @ "], "de": [" um ", ", "], "fr": [" à ", ", "], "es": [" a las ", ", "],
           "it": [" alle ", ", "], "pt": [" às ", ", "], "nl": [", ", " "], "tr": [" ", ", "], "pl": [", ", " "]}
TITLES = {"en": (["Mr.", "Mr", "Dr.", "Dr"], ["Ms.", "Mrs.", "Ms", "Dr.", "Miss"]),
          "de": (["Herr", "Herrn", "Dr."], ["Frau", "Dr."]), "fr": (["M.", "Monsieur"], ["Mme", "Madame"]),
          "es": (["Sr.", "Don"], ["Sra.", "Doña"]), "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"]),
          "nl": (["dhr.", "de heer"], ["mevr.", "mevrouw"]), "pt": (["Sr.", "Dr."], ["Sra.", "Dra."]),
          "pl": (["Pan", "Pana"], ["Pani"]), "tr": (["Sayın"], ["Sayın"])}
MAILDOM = _sp("gmail.com outlook.com yahoo.com hotmail.com icloud.com protonmail.com aol.com fastmail.com "
              "yahoo.co.uk btinternet.com web.de gmx.de orange.fr free.fr libero.it hotmail.nl ziggo.nl "
              "uol.com.br terra.com.br sapo.pt wp.pl o2.pl rediffmail.com mweb.co.za eircom.net bigpond.com")
ORGS = _sp("Harbourline_Logistics Brightwater_Co-op Northgate_Dental_Partners Kestrel_Analytics Juniper_&_Vale "
           "Tidewater_Books Hollis_&_Barnes_LLP Müller_&_Söhne_GmbH Ridgeview_Community_Trust Bluefin_Media "
           "Cedar_Lane_Foods Ashworth_Engineering Lumen_Health Orchard_Street_Studio Pioneer_Mutual Vantage_Point_Schools "
           "Okonkwo_&_Partners Saffron_Events Gallagher_Printing Meridian_Housing_Association Calloway_Civil")
WORDS = _sp("sunflower harbour velvet copper maple falcon orbit lantern meadow cobalt pepper granite thistle "
            "saffron willow tango nimbus juniper marble pickle rocket walnut ember quartz biscuit comet")
DRUGS = _sp("atorvastatin metformin lisinopril Eliquis Ozempic amoxicillin sertraline levothyroxine albuterol Humira "
            "gabapentin prednisone omeprazole Xarelto Jardiance losartan montelukast Trulicity ibuprofen "
            "cetirizine EpiPen Adderall fluoxetine amlodipine Keytruda warfarin insulin_glargine")
ICD = "E11.9 I10 J45.909 M54.5 F41.1 Z00.00 K21.9 N39.0 E78.5 G43.909 R51.9 J06.9 L20.9 F32.A S93.401A".split()
CPT = "99213 99214 80053 93000 71046 36415 90471 97110 85025 99396".split()


def _ascii(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))


def luhn_ok(num):
    tot = 0
    for k, ch in enumerate(reversed(num)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(ib):
    ib = ib.replace(" ", "")
    return len(ib) > 8 and _iban_num(ib[4:] + ib[:4]) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


# ----------------------------------------------------------------------------- people
class P:
    def __init__(self, g, cul=None, gender=None):
        r = g.r
        self.r = r
        self.cul = cul or r.choice(CULTS)
        m, f, ln = NAMES[self.cul]
        self.gender = gender or r.choice("mf")
        self.f = r.choice(m if self.gender == "m" else f)
        self.ln = r.choice(ln)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTVW")
        eastern = self.cul in ("cn", "kr", "jp", "vn") and r.random() < 0.35
        self.fulls = f"{self.ln} {self.f}" if eastern else f"{self.f} {self.ln}"
        self._em = None

    first = property(lambda s: E(s.f, "PERSON"))
    last = property(lambda s: E(s.ln, "PERSON"))
    full = property(lambda s: E(s.fulls, "PERSON"))
    mid = property(lambda s: E(f"{s.f} {s.mi}. {s.ln}", "PERSON"))
    caps = property(lambda s: E(s.fulls.upper(), "PERSON"))
    low = property(lambda s: E(s.fulls.lower(), "PERSON"))
    lf = property(lambda s: E(f"{s.ln}, {s.f}", "PERSON"))
    LF = property(lambda s: E(f"{s.ln.upper()}, {s.f}", "PERSON"))
    nick = property(lambda s: E(NICK.get(s.f, s.f), "PERSON"))

    def tl(self, lang="en", dr=False):
        if dr:
            t = {"de": "Dr.", "it": "Dott." if self.gender == "m" else "Dott.ssa", "pt": "Dr." if self.gender == "m"
                 else "Dra.", "fr": "Dr", "es": "Dr." if self.gender == "m" else "Dra.", "nl": "dr.",
                 "pl": "dr", "tr": "Dr."}.get(lang, self.r.choice(["Dr.", "Dr"]))
        else:
            t = self.r.choice(TITLES.get(lang, TITLES["en"])[self.gender == "f"])
        return [t + " ", self.last if self.r.random() < 0.7 else self.full]

    def any(self):
        x = self.r.random()
        if x < 0.45:
            return self.full
        if x < 0.6:
            return self.first
        if x < 0.7:
            return self.mid
        if x < 0.78:
            return self.caps
        if x < 0.86:
            return self.lf
        if x < 0.9:
            return self.low
        return self.full

    def email(self, dom=None):
        r = self.r
        if self._em is None:
            f, ln = _ascii(self.f).lower(), _ascii(self.ln).lower()
            loc = r.choice([f"{f}.{ln}", f"{f[0]}{ln}", f"{f}_{ln}{r.randint(1, 99)}", f"{f}{ln[:1]}",
                            f"{ln}.{f}", f"{f}{r.randint(70, 99)}", f"{f}.{ln}{r.randint(1, 9)}"])
            home = r.choice(MAILDOM[:8]) if r.random() < 0.5 else r.choice(CULT_MAIL.get(self.cul, MAILDOM[:8]))
            self._em = (loc, home, f"{f}.{ln}")
        loc, home, work = self._em
        return E(f"{work}@{dom}" if dom else f"{loc}@{home}", "EMAIL_ADDRESS")


# ----------------------------------------------------------------------------- generator
class G:
    def __init__(self, r):
        self.r = r
        self.home = None  # first country drawn: sets the default currency

    def c(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def rs(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def fill(self, pat, cc="us"):
        out = []
        for ch in pat:
            if ch == "#":
                out.append(str(self.r.randint(0, 9)))
            elif ch == "%":
                out.append(str(self.r.randint(2, 9)))
            elif ch == "@":
                out.append(self.r.choice(UP))
            elif ch == "?":
                out.append(self.r.choice(UP + DG))
            elif ch == "^":
                out.append(self.r.choice("0123456789abcdef"))
            elif ch == "&":
                out.append(self.r.choice(AREA.get(cc, AREA["us"])))
            else:
                out.append(ch)
        return "".join(out)

    def cc(self, among=None):
        keys = among or list(CC_W)
        out = self.r.choices(keys, [CC_W.get(k, 3) for k in keys])[0]
        self.home = self.home or out
        return out

    def p(self, cc=None, cul=None, gender=None):
        if cc in CUR:
            self.home = self.home or cc
        if cul is None and cc and self.r.random() < 0.86:
            cul = self.r.choice(CC_CULT.get(cc, CULTS))
        return P(self, cul, gender)

    def kin(self, p, gender=None):
        q = P(self, p.cul, gender)
        q.ln = p.ln
        q.fulls = f"{q.ln} {q.f}" if p.fulls == f"{p.ln} {p.f}" else f"{q.f} {q.ln}"
        return q

    def ps(self, n, cc=None):
        out, seen = [], set()
        while len(out) < n:
            q = self.p(cc)
            if q.fulls not in seen:
                seen.add(q.fulls)
                out.append(q)
        return out

    # -- places
    def city(self, cc):
        return self.r.choice(CITIES[cc])

    def loc(self, cc=None, form=None, lang="en", city=None):
        cc = cc or self.cc()
        c = city or self.city(cc)
        form = form or self.r.choices(["city", "cityreg", "citycty", "reg", "cty"], [50, 22, 12, 8, 8])[0]
        if cc == "xx":
            s = {"city": c[0], "reg": c[1], "cty": c[1]}.get(form, f"{c[0]}, {c[1]}")
        elif form == "city" or (form == "reg" and cc == "tr"):
            s = c[0]
        elif form == "cityreg":
            s = f"{c[0]}, {c[1]}" if cc not in ("tr", "pl") and c[0] != c[1] else c[0]
        elif form == "citycty":
            s = f"{c[0]}, {self.cty(cc, lang)}"
        elif form == "reg":
            s = US_STATE.get(c[1], c[1]) if cc == "us" else (c[1] if len(c[1]) > 3 else c[0])
        else:
            s = self.cty(cc, lang)
        return E(s, "LOCATION")

    def cty(self, cc, lang="en"):
        names = CNAME[cc]
        return names[1] if lang != "en" and len(names) > 1 and cc not in ("us", "uk") else names[0]

    def addr(self, cc=None, ml=False, city=None, street_only=False, parts=False):
        cc = cc or self.cc()
        r, c = self.r, city or self.city(cc)
        n = str(r.randint(1, 240))
        if cc == "us":
            l1 = f"{r.randint(10, 9899)} {r.choice(ST['us'])} {r.choice(ST['us_sfx'])}"
            if r.random() < 0.3:
                l1 += r.choice([" Apt ", " Apt. ", " Unit ", " Suite ", " #"]) + str(r.randint(1, 40)) + r.choice(["", "", "A", "B"])
            l2 = f"{c[0]}, {c[1]} {self.fill('#####')}" + ("-" + self.fill("####") if r.random() < 0.15 else "")
        elif cc == "ca":
            l1 = f"{r.randint(10, 9899)} {r.choice(ST['us'])} {r.choice(['Street', 'Avenue', 'Road', 'Crescent', 'Blvd'])}"
            if r.random() < 0.3:
                l1 = f"{r.randint(101, 2408)}-" + l1
            l2 = f"{c[0]}, {c[1]} {self.fill('@#@ #@#')}"
        elif cc == "uk":
            l1 = f"{n} {r.choice(ST['uk'])} {r.choice(ST['uk_sfx'])}"
            if r.random() < 0.3:
                l1 = f"Flat {r.randint(1, 12)}, " + l1
            l2 = f"{c[0]} {c[2]}{r.randint(1, 28)} {r.randint(1, 9)}{self.fill('@@')}"
        elif cc == "ie":
            l1 = f"{n} {r.choice(ST['ie'])}"
            l2 = f"{c[0]}, Co. {c[1]}, {c[2]}{self.fill('## ????')}"
        elif cc == "au":
            l1 = (f"{r.randint(1, 30)}/" if r.random() < 0.4 else "") + f"{n} {r.choice(ST['au'])}"
            l2 = f"{c[0]} {c[1]} {self.fill('%###')}"
        elif cc == "in":
            l1 = f"Flat {r.randint(1, 12)}0{r.randint(1, 9)}, {r.choice(ST['in_b'])}, {r.choice(ST['in'])}"
            l2 = f"{c[0]} {self.fill('%#####')}, {c[1]}"
        elif cc == "za":
            l1 = f"{n} {r.choice(ST['za'])}"
            l2 = f"{r.choice(ST['za_sub'])}, {c[0]}, {self.fill('####')}"
        elif cc == "ng":
            l1 = f"{n} {r.choice(ST['ng'])}"
            l2 = f"{r.choice(ST['ng_area'])}, {c[0]}, {c[1]} State" if c[1] != "FCT" else f"{r.choice(ST['ng_area'])}, Abuja FCT"
        elif cc == "de":
            s = r.choice(ST["de"])
            l1 = (s + "Straße" if s.endswith("-") else s + r.choice(["straße", "str.", "weg", "allee", "ring"])) + f" {n}"
            l2 = f"{self.fill('#####')} {c[0]}"
        elif cc == "fr":
            l1 = f"{n}{r.choice(['', '', ' bis'])} {r.choice(['rue', 'avenue', 'boulevard', 'place', 'allée', 'impasse'])} {r.choice(ST['fr'])}"
            l2 = f"{self.fill('#####')} {c[0]}"
        elif cc == "nl":
            l1 = f"{r.choice(ST['nl'])}{r.choice(['straat', 'laan', 'gracht', 'weg', 'plein', 'kade'])} {n}" + r.choice(["", "", "-II", "A"])
            l2 = f"{self.fill('%### @@')} {c[0]}"
        elif cc == "it":
            l1 = f"{r.choice(['Via', 'Viale', 'Corso', 'Piazza'])} {r.choice(ST['it'])}, {n}"
            l2 = f"{self.fill('#####')} {c[0]} ({c[1]})"
        elif cc == "es":
            l1 = f"{r.choice(['Calle', 'Avenida', 'Paseo', 'C/'])} {r.choice(ST['es'])}, {n}, {r.randint(1, 8)}º {r.choice('ABCD')}"
            l2 = f"{self.fill('#####')} {c[0]}"
        elif cc == "pt":
            l1 = f"{r.choice(['Rua', 'Avenida', 'Travessa'])} {r.choice(ST['pt'])}, {n}, {r.randint(1, 6)}º {r.choice(['Esq.', 'Dto.'])}"
            l2 = f"{self.fill('%###-###')} {c[0]}"
        elif cc == "br":
            l1 = f"{r.choice(['Rua', 'Av.', 'Avenida', 'Alameda'])} {r.choice(ST['br'])}, {n}" + (f", apto {r.randint(11, 1204)}" if r.random() < 0.5 else "")
            l2 = f"{r.choice(ST['br_b'])}, {c[0]} - {c[1]}, {self.fill('#####-###')}"
        elif cc == "tr":
            l1 = f"{r.choice(ST['tr_m'])} Mah. {r.choice(ST['tr_s'])} {r.choice(['Sok.', 'Cad.'])} No: {n} D: {r.randint(1, 20)}"
            l2 = f"{self.fill('34###')} {c[1]}/{c[0]}"
        else:  # pl
            l1 = f"ul. {r.choice(ST['pl'])} {n}" + (f"/{r.randint(1, 60)}" if r.random() < 0.6 else "")
            l2 = f"{self.fill('##-###')} {c[0]}"
        if parts:
            return l1, l2, c
        if street_only:
            return E(l1, "ADDRESS")
        if cc == "us" and r.random() < 0.08:
            l1, l2 = l1.upper(), l2.upper()
        return E(l1 + ("\n" if ml else ", ") + l2, "ADDRESS")

    # -- contact
    def phone(self, cc=None):
        cc = cc or self.cc()
        return E(self.fill(self.c(PH[cc]), cc), "PHONE_NUMBER")

    def url(self, host=None, path=None):
        host = host or self.c(_sp("www.brightwater-coop.org portal.kestrelhealth.com calendly.com forms.gle "
                                  "meet.google.com us02web.zoom.us riverside.fm www.eventbrite.co.uk docs.google.com "
                                  "www.linkedin.com/in app.smartsheet.com drive.proton.me tinyurl.com "
                                  "www.gofundme.com/f www.parish-online.ie sites.google.com/view"))
        path = path or self.c(["/" + self.rs(LO + DG, 8), "/j/" + self.fill("8##########") + "?pwd=" + self.rs(ALNUM, 24),
                               "/d/" + self.rs(ALNUM + "_-", 28) + "/edit?usp=sharing", "/" + self.c(WORDS) + "-" + self.c(WORDS),
                               "/register?ref=" + self.rs(LO, 6) + "&lang=en", "/s/" + self.rs(ALNUM, 10)])
        return E("https://" + host + path, "URL")

    def ip(self):
        r = self.r
        if r.random() < 0.12:
            return E(f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xfff):x}::{r.randint(1, 0xfff):x}", "IP_ADDRESS")
        a = r.choice([10, 172, 192, r.randint(23, 223)])
        if a == 172:
            return E(f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS")
        if a == 192:
            return E(f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}", "IP_ADDRESS")
        return E(f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS")

    # -- dates
    def day(self, y0=2023, y1=2025):
        return _dt.date(y0, 1, 1) + _dt.timedelta(days=self.r.randint(0, (y1 - y0 + 1) * 365 - 1))

    def fdate(self, d, lang="en", wk=None, noyear=False):
        r = self.r
        M, W = MONTHS[lang], WDAYS[lang]
        mo, wd = M[d.month - 1], W[d.weekday()]
        wk = (r.random() < 0.15) if wk is None else wk
        if lang == "en":
            st = r.choice(["mdy", "mdy", "dmy", "dmy", "iso", "num", "num", "abbr"])
            if noyear:
                s = r.choice([f"{mo} {d.day}", f"{d.day} {mo}", f"{mo[:3]} {d.day}"])
            elif st == "mdy":
                s = f"{mo} {d.day}, {d.year}"
            elif st == "dmy":
                s = f"{d.day} {mo} {d.year}"
            elif st == "iso":
                s = d.isoformat()
                wk = False
            elif st == "num":
                s = r.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                              f"{d.month}/{d.day}/{d.year % 100:02d}"])
                wk = False
            else:
                s = r.choice([f"{mo[:3]} {d.day}, {d.year}", f"{d.day} {mo[:3]} {d.year}", f"{d.day}-{mo[:3]}-{d.year}"])
            if wk:
                s = r.choice([f"{wd}, {s}", f"{wd[:3]} {s}"])
            return s
        num = {"de": f"{d.day:02d}.{d.month:02d}.{d.year}", "tr": f"{d.day:02d}.{d.month:02d}.{d.year}",
               "pl": f"{d.day:02d}.{d.month:02d}.{d.year}", "nl": f"{d.day:02d}-{d.month:02d}-{d.year}"}.get(
            lang, f"{d.day:02d}/{d.month:02d}/{d.year}")
        day = "1er" if (lang == "fr" and d.day == 1) else str(d.day)
        long = {"de": f"{d.day}. {mo} {d.year}", "es": f"{d.day} de {mo} de {d.year}", "pt": f"{d.day} de {mo} de {d.year}",
                }.get(lang, f"{day} {mo} {d.year}")
        if noyear:
            long = long.rsplit(" ", 1)[0].removesuffix(" de")
        s = long if (noyear or r.random() < 0.6) else num
        if wk and s == long:
            s = f"{long} {wd}" if lang == "tr" else (f"{wd}, {long}" if lang in ("de", "pl", "es", "pt") else f"{wd} {long}")
        return s

    def ftime(self, lang="en", h=None, m=None):
        r = self.r
        h = r.randint(7, 20) if h is None else h
        m = r.choice([0, 0, 0, 15, 30, 30, 45, 10, 20, 40, 50]) if m is None else m
        if lang == "en":
            h12 = h % 12 or 12
            ap = "AM" if h < 12 else "PM"
            opts = [f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d} {ap.lower()}", f"{h12}:{m:02d}{ap.lower()}", f"{h:02d}:{m:02d}",
                    f"{h12}:{m:02d} {ap[0].lower()}.m."]
            if m == 0:
                opts += [f"{h12}{ap.lower()}", f"{h12} {ap}"]
            return r.choice(opts)
        if lang == "fr":
            return r.choice([f"{h}h{m:02d}" if m else f"{h}h", f"{h:02d}:{m:02d}"])
        if lang == "it":
            return r.choice([f"{h}:{m:02d}", f"{h}.{m:02d}"])
        return f"{h:02d}:{m:02d}" if lang != "de" or r.random() < 0.7 else f"{h}:{m:02d} Uhr"

    def dt(self, lang="en", t=0.5, d=None, wk=None, noyear=False, y0=2023, y1=2025):
        d = d or self.day(y0, y1)
        s = self.fdate(d, lang, wk=wk, noyear=noyear)
        if self.r.random() < t:
            s += self.c(DT_JOIN[lang]) + self.ftime(lang)
        return E(s, "DATE_TIME")

    def tm(self, lang="en"):
        return E(self.ftime(lang), "DATE_TIME")

    def dob(self, lang="en", y0=1938, y1=2008):
        d = self.day(y0, y1)
        while True:
            s = self.fdate(d, lang, wk=False)
            if not re.fullmatch(r"\d{1,2}/\d{1,2}/\d\d", s):
                return E(s, "DATE_OF_BIRTH")

    def rfc_date(self):
        d = self.day()
        return (f"{WDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
                f"{self.ri(6, 22):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d} {self.c(['+0000', '-0500', '+0100', '+0530', '-0700', '+0200'])}")

    def logts(self):
        d = self.day()
        return self.c([f"{d.isoformat()}T{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}.{self.ri(0, 999):03d}Z",
                       f"{d.isoformat()} {self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d},{self.ri(0, 999):03d}",
                       f"[{self.ri(0, 23):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d}]"])

    # -- identifiers
    def ssn(self):
        a = self.r.choice([x for x in range(1, 900) if x != 666])
        s = f"{a:03d}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"
        return E(s if self.r.random() < 0.85 else self.c([s.replace("-", " "), s.replace("-", "")]), "US_SSN")

    def card(self, sep=None):
        r = self.r
        kind = r.choice(["v", "v", "m", "m", "a", "d"])
        pre = {"v": "4" + self.fill("#####"), "m": r.choice(["5" + str(r.randint(1, 5)), "2" + str(r.randint(221, 720))]),
               "a": r.choice(["34", "37"]), "d": "6011"}[kind]
        ln = 15 if kind == "a" else 16
        body = pre + self.fill("#" * (ln - 1 - len(pre)))
        num = next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))
        sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
        grp = [4, 6, 5] if ln == 15 else [4, 4, 4, 4]
        out, k = [], 0
        for gsz in grp:
            out.append(num[k:k + gsz])
            k += gsz
        return E(sep.join(out), "CREDIT_CARD")

    def iban(self, cc=None, grouped=None):
        r = self.r
        cc = (cc or r.choice(["DE", "GB", "FR", "NL", "ES", "IT", "BE", "PL", "PT", "TR", "IE", "AT", "CH"])).upper()
        bban = {"DE": "##################", "GB": r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "##############",
                "FR": "#######################", "NL": r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + "##########",
                "ES": "####################", "IT": "@" + "######################", "BE": "############",
                "PL": "########################", "PT": "#####################", "TR": "#####0################",
                "IE": r.choice(["AIBK", "BOFI"]) + "##############", "AT": "################", "CH": "#################"}[cc]
        bban = self.fill(bban)
        chk = 98 - _iban_num(bban + cc + "00") % 97
        ib = f"{cc}{chk:02d}{bban}"
        if grouped if grouped is not None else r.random() < 0.6:
            ib = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
        return E(ib, "IBAN_CODE")

    def acct(self, pat=None):
        return E(self.fill(pat or self.c(["########", "##########", "####-####-##", "## ### ####", "############",
                                           "###-######-#", "#### #### ####", "%#########"])), "ACCOUNT_NUMBER")

    def mrn(self):
        return E(self.fill(self.c(["########", "00#######", "E########", "@@#######", "M########", "#######-#", "###-###-###"])),
                 "MEDICAL_RECORD_NUMBER")

    def hpn(self):
        return E(self.fill(self.c(["@@@#########", "W#########", "@@@@#######", "######-###", "%@?#-@?#-@@##",
                                   "ZGP########", "@#########", "#### ##### #"])), "HEALTH_PLAN_NUMBER")

    def dl(self, st=None):
        st = st or self.c(["CA", "NY", "FL", "TX", "IL", "WA", "PA", "NJ", "MI", "OH", "AZ", "MA", "ON", "UK", "GA"])
        if st == "UK":
            p = self.p("uk")
            sur = (_ascii(p.ln).upper() + "99999")[:5]
            s = f"{sur}{self.ri(5, 9)}{self.ri(1, 12) + (50 if p.gender == 'f' else 0):02d}{self.ri(1, 28):02d}{self.ri(0, 9)}{_ascii(p.f)[0].upper()}9{self.ri(0, 9)}{self.fill('@@')}"
            return E(s, "DRIVER_LICENSE")
        pat = {"CA": "@#######", "NY": "### ### ###", "FL": "@###-###-##-###-#", "TX": "########", "IL": "@###-####-####",
               "WA": "WDL?????????", "PA": "## ### ###", "NJ": "@#### ##### #####", "MI": "@ ### ### ### ###",
               "OH": "@@######", "AZ": "@########", "MA": "S########", "ON": "@####-#####-#####", "GA": "#########"}[st]
        return E(self.fill(pat), "DRIVER_LICENSE")

    # -- secrets
    def aws_ak(self):
        return E("AKIA" + self.rs(B32, 16), "AWS_ACCESS_KEY")

    def aws_sk(self):
        return E(self.rs(ALNUM + "/+", 40), "AWS_SECRET_KEY")

    def ghp(self):
        if self.chance(0.12):
            return E("github_pat_11" + self.rs(UP + DG, 20) + "_" + self.rs(ALNUM, 59), "GITHUB_TOKEN")
        return E(self.c(["ghp_", "ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.rs(ALNUM, 36), "GITHUB_TOKEN")

    def slack(self):
        if self.chance(0.25):
            return E(f"xoxp-{self.fill('##########')}-{self.fill('###########')}-{self.fill('#############')}-{self.rs('0123456789abcdef', 32)}", "SLACK_TOKEN")
        return E(f"xoxb-{self.fill('%###########')}-{self.fill('%############')}-{self.rs(ALNUM, 24)}", "SLACK_TOKEN")

    def stripe(self):
        return E(self.c(["sk_live_", "sk_live_", "rk_live_"]) + self.rs(ALNUM, self.c([24, 34, 99])), "STRIPE_KEY")

    def jwt(self):
        def b64(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        iat = self.ri(1690000000, 1740000000)
        pay = {"sub": self.c([str(self.ri(1000, 999999)), self.uuid()]), "iat": iat, "exp": iat + self.c([900, 3600, 86400])}
        if self.chance(0.5):
            pay["role"] = self.c(["admin", "user", "service", "editor"])
        if self.chance(0.4):
            pay["iss"] = self.c(["https://auth.kestrel.io/", "api-gateway", "accounts"])
        hdr = {"alg": self.c(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        sig = self.rs(ALNUM + "-_", 43 if hdr["alg"] != "RS256" else 86)
        return E(f"{b64(hdr)}.{b64(pay)}.{sig}", "JWT")

    def pem(self):
        kind = self.c(["RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY"])
        start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY":
                 "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"}[kind]
        nl = {"RSA PRIVATE KEY": self.ri(5, 9), "EC PRIVATE KEY": 3, "OPENSSH PRIVATE KEY": self.ri(4, 7), "PRIVATE KEY": self.ri(5, 9)}[kind]
        w = 70 if kind.startswith("OPENSSH") else 64
        body = start + base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(nl * 48))).decode()
        lines = [body[k:k + w] for k in range(0, nl * w - self.ri(0, 20), w)]
        lines[-1] = lines[-1].rstrip("=") + ("==" if self.chance(0.3) else "")
        return E(f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----", "PRIVATE_KEY")

    def pw(self, kind=None):
        r = self.r
        k = kind or r.choice(["word", "word", "rand", "phrase", "leet", "pin"])
        if k == "word":
            s = self.c(WORDS).capitalize() + self.c(["!", "#", "$", "@", "*", "?"]) + str(r.randint(10, 9999))
        elif k == "rand":
            s = self.rs(ALNUM + "!#%&*+-=?^_", r.randint(11, 19)) + self.rs(ALNUM, 1)
        elif k == "phrase":
            s = "-".join(self.c(WORDS) for _ in range(3)) + "-" + str(r.randint(1, 99))
        elif k == "leet":
            s = self.c(["P@ssw0rd", "Welc0me", "Summ3r", "W1nter", "Adm1n", "Qwerty"]) + self.c(["!", "#", "_"]) + self.rs(ALNUM, 4)
        else:
            s = self.fill(self.c(["######", "####", "########"]))
        return E(s, "PASSWORD")

    def secret(self):
        k = self.c(["sg", "mg", "goog", "twilio", "whsec", "dd", "npm", "bearer", "openai", "hex", "shopify"])
        s = {"sg": lambda: "SG." + self.rs(ALNUM + "-_", 22) + "." + self.rs(ALNUM + "-_", 43),
             "mg": lambda: "key-" + self.rs("0123456789abcdef", 32),
             "goog": lambda: "AIza" + self.rs(ALNUM + "-_", 35),
             "twilio": lambda: self.rs("0123456789abcdef", 32),
             "whsec": lambda: "whsec_" + self.rs(ALNUM, 32),
             "dd": lambda: self.rs("0123456789abcdef", 32),
             "npm": lambda: "npm_" + self.rs(ALNUM, 36),
             "bearer": lambda: self.rs(ALNUM, 40),
             "openai": lambda: "sk-proj-" + self.rs(ALNUM + "-_", 48),
             "hex": lambda: self.rs("0123456789abcdef", 64),
             "shopify": lambda: "shpat_" + self.rs("0123456789abcdef", 32)}[k]()
        return E(s if s[-1].isalnum() else s[:-1] + self.rs(ALNUM, 1), "GENERIC_SECRET")

    # -- look-alikes (never labelled)
    def uuid(self):
        return str(_uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n=40):
        return self.rs("0123456789abcdef", n)

    def ver(self):
        return self.c(["v", "", ""]) + f"{self.ri(0, 12)}.{self.ri(0, 30)}.{self.ri(0, 40)}" + self.c(["", "", "", "-rc.1", "-beta.3", "+build.512"])

    def order(self):
        return self.fill(self.c(["ORD-########", "#1####", "###-#######-#######", "INV-2024-0###", "PO-#####", "A##-####-@@",
                                 "WO-######", "CS-#######", "TKT-######", "BKG-@@####", "REF ########"]))

    def track(self):
        return self.fill(self.c(["1Z###@@@##########", "9400 1### #### #### #### ##", "@@#########GB", "##########",
                                 "JD0146#########"]))

    def masked_card(self):
        l4 = self.fill("####")
        return self.c([f"**** **** **** {l4}", f"•••• {l4}", f"XXXX-XXXX-XXXX-{l4}", f"ending in {l4}", f"x{l4}",
                       f"{self.fill('4###')}********{l4[-4:]}"])

    def bad_ssn(self):
        a = self.c(["000", "666", str(self.ri(900, 999))])
        return f"{a}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def bad_card(self):
        num = self.card(sep="").replace(" ", "")
        while luhn_ok(num):
            num = num[:-1] + str((int(num[-1]) + self.ri(1, 9)) % 10)
        return " ".join(num[k:k + 4] for k in range(0, len(num), 4))

    def bad_iban(self):
        ib = str(self.iban(grouped=False))
        while iban_ok(ib):
            k = self.ri(6, len(ib) - 1)
            if ib[k].isdigit():
                ib = ib[:k] + str((int(ib[k]) + self.ri(1, 9)) % 10) + ib[k + 1:]
        return " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))

    def amount(self, cur=None):
        cur = cur or CUR.get(self.home) or self.c(["$", "$", "£", "€", "₹", "R", "₦", "zł", "TL", "R$"])
        v = (self.ri(5, 950) if self.r.random() < 0.8 else self.ri(950, 4800)) + self.c([0, 0.5, 0.99, 0.25, 0.8])
        if cur in ("€", "zł", "TL"):
            return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " " + cur
        if cur == "R$":
            return "R$ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{cur}{v:,.2f}"

    def drug(self):
        return self.c(DRUGS) + self.c(["", f" {self.c([5, 10, 20, 25, 40, 50, 100, 250, 500])} mg", " 0.5 mg", " 100 units/mL"])

    def org(self):
        return self.c(ORGS)

    def plate(self):
        return self.fill(self.c(["@@@-####", "@@## @@@", "#@@@###", "B-@@ ####", "34 @@@ ###", "@@-###-@", "WX## @@@"]))

    def vin(self):
        return self.rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


# ----------------------------------------------------------------------------- shared snippets
CLOSE = {"en": ["Best,", "Thanks,", "Cheers,", "Kind regards,", "Warm regards,", "Thanks so much,", "All the best,"],
         "nl": ["Met vriendelijke groet,", "Groetjes,"], "it": ["Cordiali saluti,", "Un caro saluto,"],
         "pt": ["Atenciosamente,", "Cumprimentos,", "Abraços,"], "tr": ["Saygılarımla,", "İyi çalışmalar,"],
         "pl": ["Z poważaniem,", "Pozdrawiam serdecznie,"], "de": ["Mit freundlichen Grüßen", "Viele Grüße"],
         "fr": ["Cordialement,", "Bien à vous,"], "es": ["Un saludo,", "Atentamente,"]}


def hdr(g, b, frm, to, subj, cc_list=None):
    b.l("From: {} <{}>", frm.full if g.chance(0.8) else frm.first, frm.email())
    b.l("To: {}", J([t.email() for t in to]) if isinstance(to, list) and isinstance(to[0], P) else to)
    if cc_list:
        b.l("Cc: {}", J([t.email() for t in cc_list]))
    b.l("Date: {}", g.rfc_date())
    b.l("Subject: {}", subj).add("\n")


def sig(g, b, p, lang="en", role=None, phone_cc=None, email=False, short=False):
    b.add("\n", g.c(CLOSE[lang]), "\n")
    b.add(p.first if short else p.full, "\n")
    if role:
        b.add(role, "\n")
    if phone_cc:
        b.f("{}{}\n", g.c(["", "Tel: ", "M: ", "Mobile: ", "Ph ", "📱 "]), g.phone(phone_cc))
    if email:
        b.f("{}\n", p.email())


# ----------------------------------------------------------------------------- domains
DOMAINS = {}


def dom(name, neg=False):
    def deco(fn):
        DOMAINS[name] = (fn, neg)
        return fn
    return deco


def pick(g, *fns):
    return g.c(fns)()


@dom("pta_email_thread")
def _pta(g):
    b, cc = B(), g.cc(["us", "uk", "ca", "au", "ie"])
    a, c, d, t = g.ps(4, cc)
    ev = g.c(["spring bake sale", "Year 4 trip to the science museum", "book fair", "fun run", "winter concert",
              "car-boot sale", "teacher appreciation lunch"])
    hdr(g, b, a, E(f"parents-{g.c(['4b', 'room12', 'ks2', 'grade3'])}@{g.c(['googlegroups.com', 'groups.io'])}", "EMAIL_ADDRESS"), "Re: " + ev)
    b.l(g.c(["Hi all,", "Hello lovely parents!", "Hey everyone,"]))
    b.f("{} here with a quick update on the {}. ", a.first, ev)
    pick(g, lambda: b.f("{} has kindly offered to run the cake table on {}, and {} is bringing the float.\n",
                        c.full, g.dt(noyear=g.chance(.5)), d.first if g.chance(.5) else d.full),
         lambda: b.f("Thanks to {} and {} for sorting the rota. Setup starts {} sharp.\n", c.first, d.full, g.dt(t=1)),
         lambda: b.f("Big thank you to {}'s mum ({}) for the raffle prizes! The event is on {}.\n", g.p(cc).first, c.full, g.dt(t=0)))
    b.f("Drop-offs at {} from {}. If anything changes, text me on {} or email {}.\n", g.addr(cc), g.tm(), g.phone(cc), a.email())
    if g.chance(.5):
        b.f("T-shirt order {} has shipped (tracking {}), so no need to chase.\n", g.order(), g.track())
    sig(g, b, a, short=True)
    b.add("\n---- Earlier message ----\n")
    b.f("{} wrote:\n> Thanks {}! Put me down for setup. My {} {} is in {}'s class so I'm there anyway.\n> Can't do {} though — "
        "my shift at the hospital ends at {}.\n", t.full, a.nick, g.c(["son", "daughter", "kid"]), g.p(cc).first,
        [g.c(["Mrs. ", "Mr. ", "Ms. "]), g.p(cc).last], g.dt(t=0, noyear=True), g.tm())
    if g.chance(.4):
        b.f("\n{} wrote:\n> Permission slips due {} please. Payment link: {}\n", d.first, g.dt(t=0), g.url())
    return b


@dom("neighbourhood_forum")
def _forum(g):
    b, cc = B(), g.cc(["us", "uk", "ca", "au", "ie", "za"])
    a, n1 = g.ps(2, cc)
    n2 = g.p(cc, gender="m")
    area = g.loc(cc, "city")
    b.l("{} Neighbours Forum › {}", area, g.c(["Recommendations", "Lost & Found", "General", "Safety", "Welcome"]))
    b.l("Posted by {}_{} · {} replies\n", g.c(WORDS), g.ri(1, 99), g.ri(2, 30))
    pick(g, lambda: b.f("Hi all, we moved from {} to {} last {} and still don't know many people on our road. ",
                        g.loc(g.cc(), "cityreg"), g.loc(cc, "city"), g.c(["spring", "autumn", "summer", "winter"])),
         lambda: b.f("New to the area — relocated from {} ({}) for work. ", g.loc("xx"), g.loc(g.cc(), "cty")),
         lambda: b.f("Long-time lurker, first post. ",))
    pick(g, lambda: b.f("Can anyone recommend a plumber? Our old one, {}, retired to {}.\n", n1.full, g.loc(cc)),
         lambda: b.f("{} at {} has been an absolute star helping us with the garden.\n", n1.full, g.addr(cc, street_only=True)),
         lambda: b.f("Does anyone know {}? A parcel for {} was left with us at {}.\n", n1.full, n1.caps, g.addr(cc)))
    b.l("\nReply from {}_{}:", g.c(WORDS), g.ri(1, 999))
    pick(g, lambda: b.f("Call {} on {} — he did our boiler in an afternoon and didn't overcharge.\n", n2.first, g.phone(cc)),
         lambda: b.f("We used {} ({}). Mention my name, {}, and he'll give you a discount.\n", n2.full, g.phone(cc), a.first),
         lambda: b.f("{} sorted ours on {}. His email is {}.\n", n2.full, g.dt(t=0), n2.email()))
    b.l("\nReply from {}:", g.c(["MarigoldLane", "dogwalker_88", "the_new_guy", "CouncilWatch", "grumpy_gardener"]))
    pick(g, lambda: b.f("Welcome! The residents' meeting is {} at the community hall, {}.\n", g.dt(t=1), g.addr(cc)),
         lambda: b.f("+1 for {}. Also, {} from number {} runs the street WhatsApp — ask them to add you.\n", n2.nick,
                     g.p(cc).first, g.ri(2, 90)),
         lambda: b.f("Careful, someone posing as a council inspector knocked on doors near {} yesterday. Police ref {}.\n",
                     g.loc(cc, "city"), g.order()))
    return b


@dom("church_bulletin")
def _church(g):
    b, cc = B(), g.cc(["us", "uk", "ie", "ng", "ca", "au"])
    saint = g.c(["St. Brigid's", "St. Anthony of Padua", "Holy Trinity", "St. Columba's", "Our Lady of Lourdes", "St. Mark's"])
    priest, dea, sec = g.p(cc, gender="m"), g.p(cc, gender="m"), g.p(cc)
    b.l("{} Parish — Weekly Bulletin", saint)
    b.l("Week of {}\n", g.dt(t=0))
    b.f("Pastor: {}{}   Deacon: {}\n", g.c(["Fr. ", "Rev. ", "Father "]), priest.full, dea.full)
    b.f("Parish office: {} · {} · {}\n\n", g.addr(cc), g.phone(cc), sec.email(g.c(["stbrigids.org", "holytrinityparish.ie", "olol-church.org"])))
    b.l("PLEASE PRAY FOR THE SICK: {}.", J([q.any() for q in g.ps(g.ri(2, 4), cc)]))
    b.l("RECENTLY DECEASED: {} (formerly of {}), and {}.", g.p(cc).full, g.loc(cc), g.p(cc).full)
    m1, m2 = g.ps(2, cc)
    kid = g.kin(m1)
    b.f("BAPTISMS: We welcome {}, {} of {} and {}, baptised on {}.\n", kid.full, "son" if kid.gender == "m" else "daughter",
        m1.full, m2.first, g.dt(t=0))
    b.f("MASS INTENTIONS: {} — {} (anniversary); {} — {}.\n", g.dt(t=1, noyear=True), g.p(cc).full, g.dt(t=1, noyear=True), g.p(cc).full)
    if g.chance(.6):
        b.f("Parish pilgrimage to {} departs {}. Contact {} on {}.\n", g.loc("xx"), g.dt(t=1), g.p(cc).full, g.phone(cc))
    b.f("Envelope collection last week: {}. Thank you for your generosity.\n", g.amount("$" if cc in ("us", "ca", "au") else "£"))
    b.f("Online giving: {}\n", g.url(g.c(["give.tithe.ly", "www.parishgiving.org.uk", "app.pushpay.com"])))
    return b


@dom("book_club_minutes")
def _bookclub(g):
    b, cc = B(), g.cc(["us", "uk", "au", "ca", "ie", "za", "in"])
    mem = g.ps(g.ri(4, 7), cc)
    host = mem[0]
    authors = ["Toni Morrison", "Chimamanda Ngozi Adichie", "Kazuo Ishiguro", "Elena Ferrante", "Haruki Murakami",
               "Zadie Smith", "Colm Tóibín", "Arundhati Roy", "Sally Rooney", "Jhumpa Lahiri", "Maggie O'Farrell"]
    books = ["Beloved", "Half of a Yellow Sun", "Klara and the Sun", "My Brilliant Friend", "Norwegian Wood",
             "White Teeth", "Brooklyn", "The God of Small Things", "Normal People", "Interpreter of Maladies", "Hamnet"]
    k = g.ri(0, len(books) - 1)
    b.l("{} Book Club — minutes of meeting held {}", g.c(["Riverside", "Second Tuesday", "Wine & Spines", "Elm Street"]), g.dt(t=.6))
    b.f("Hosted by {} at {}.\n", host.full, g.addr(cc))
    b.l("Present: {}", J([m.first if g.chance(.6) else m.full for m in mem[1:]]))
    b.l("Apologies: {}\n", g.p(cc).full)
    b.f("Book: {} by {}. ", books[k], E(authors[k], "PERSON"))
    b.f("{} loved the ending; {} found it slow until the middle section. {} pointed out the parallels with {}'s earlier work.\n",
        mem[1].first, mem[2].first, mem[3].full if len(mem) > 3 else mem[1].first, E(authors[k].split()[-1], "PERSON"))
    pick(g, lambda: b.f("{} mentioned meeting the author at a reading in {} years ago.\n", mem[-1].first, g.loc(g.cc())),
         lambda: b.f("Several of us are going to the literary festival in {} on {}.\n", g.loc(cc), g.dt(t=0)),
         lambda: b.f("Subscriptions ({} each) to {} by {}.\n", g.amount(), host.first, g.dt(t=0, noyear=True)))
    nxt = g.c(mem)
    b.f("Next meeting: {} at {}'s place, {}. Any problems, ring {} on {}.\n", g.dt(t=1), nxt.first, g.addr(cc), nxt.nick, g.phone(cc))
    return b


@dom("volunteer_roster")
def _roster(g):
    b, cc = B(), g.cc(["us", "uk", "ca", "au", "nl", "ie"])
    coord = g.p(cc)
    org = g.c(["Riverside Food Pantry", "Parkrun marshals", "Animal shelter dog walkers", "Meals on Wheels", "Beach clean-up crew"])
    hdr(g, b, coord, J([q.email() for q in g.ps(2, cc)]), f"{org} — rota for next month")
    b.f("Hi everyone, here is the rota for {}. Please swap among yourselves and tell me.\n\n", org)
    b.l("Date | Start | Volunteer | Mobile")
    for _ in range(g.ri(4, 7)):
        v = g.p(cc)
        b.l("{} | {} | {} | {}", g.dt(t=0, wk=True, noyear=True), g.tm(), v.full if g.chance(.7) else v.lf, g.phone(cc))
    b.f("\nNew this month: {} and {} (both from {}). Please make them welcome!\n", g.p(cc).full, g.p(cc).first, g.loc(cc))
    if g.chance(.5):
        b.f("Key holder is {} — keycode for the side door is {}.\n", g.p(cc).full, g.pw("pin"))
    b.f("Meeting point: {}.\n", g.addr(cc))
    sig(g, b, coord, role=f"Volunteer Coordinator, {org}", phone_cc=cc)
    return b


@dom("landlord_texts")
def _landlord(g):
    b, cc = B(), g.cc(["uk", "ie", "nl", "us", "au", "za"])
    ll, tn = g.ps(2, cc)
    pl = g.p(cc, gender="m")
    b.f("Messages with {}{}\n\n", ll.full, g.c([" (Landlord)", " 🏠", ""]))
    b.f("{}: Hi {}, just a reminder rent is due on {}. Same account as before.\n", ll.first, tn.first, g.dt(t=0, noyear=True))
    b.f("Me: Hi, yes will send. Can you confirm the {}?\n", "IBAN" if cc not in ("us",) else "account")
    if cc == "us":
        b.f("{}: Account {} at {}, routing {}. Name on it is {}.\n", ll.first, g.acct(), g.c(["Chase", "Wells Fargo", "Ally"]),
            g.fill("0#######"), ll.full)
    else:
        b.f("{}: {} — name {}.\n", ll.first, g.iban({"uk": "GB", "ie": "IE", "nl": "NL", "au": "DE", "za": "GB"}[cc]), ll.caps)
    b.f("Me: Also the boiler is making the noise again 😩\n")
    b.f("{}: Sorry! I'll send {} the plumber, {} okay? His number is {} if you need to move it.\n",
        ll.first, pl.full, g.dt(t=1, wk=True, noyear=True), g.phone(cc))
    b.f("Me: Perfect. I'm in from {}. Key safe code is still {} if I'm out.\n", g.tm(), g.pw("pin"))
    b.f("{}: 👍 and I've put the new address for the deposit scheme: {}\n", ll.first, g.addr(cc))
    if g.chance(.5):
        b.f("Me: Btw my partner {} will be on the lease from {}. Need her licence? It's {}.\n", g.p(cc, gender="f").full, g.dt(t=0),
            g.dl("UK" if cc in ("uk", "ie") else None))
    b.f("{}: Grand, thanks {}.\n", ll.first, tn.nick)
    return b


@dom("lost_pet_post")
def _lostpet(g):
    b, cc = B(), g.cc(["us", "uk", "au", "ca", "ie", "za"])
    own = g.p(cc)
    pet = g.c(["Biscuit", "Luna", "Mr Whiskers", "Pepper", "Bella", "Ziggy", "Mochi", "Rufus", "Tiger", "Nala"])
    kind = g.c(["tabby cat", "black lab", "border collie", "ginger tom", "cockapoo", "grey rabbit", "Jack Russell"])
    b.l("{} MISSING {} — {}", g.c(["‼️", "🚨", ""]), kind.upper(), g.loc(cc, "city"))
    b.f("\n{} went missing {} near {}. ", pet, g.dt(t=.7, wk=True), g.addr(cc, street_only=g.chance(.6)))
    b.f("{} is microchipped (chip {}), very friendly but nervous with men. Answers to \"{}\" or \"{}\".\n",
        g.c(["He", "She"]), g.fill("9851#########"), pet, pet.split()[-1][:3].lower() + "ie")
    pick(g, lambda: b.f("Please check sheds and garages. Call or text {} on {} any time.\n", own.first, g.phone(cc)),
         lambda: b.f("If found please contact me ({}) on {} or my husband {} on {}.\n", own.full, g.phone(cc), g.p(cc).first, g.phone(cc)),
         lambda: b.f("Reward offered. Message {} or email {}.\n", own.full, own.email()))
    b.f("\nComments:\n{}: Shared! Saw a {} near {} this morning.\n", g.p(cc).full, kind, g.loc(cc, "city"))
    b.f("{}: Fingers crossed 🤞 we lost ours in {} and she came back after 9 days.\n", g.p(cc).first, g.dt(t=0, noyear=g.chance(.5)))
    return b


@dom("classified_ads")
def _classifieds(g):
    b, cc = B(), g.cc(["us", "uk", "au", "ca", "za", "ie", "in", "ng"])
    b.l("CLASSIFIEDS — {} {}\n", g.loc(cc, "city"), g.c(["Gazette", "Advertiser", "Community News", "Buy & Sell"]))
    for _ in range(g.ri(3, 5)):
        p = g.p(cc)
        pick(g, lambda: b.f("FOR SALE: {} in good condition, {} ono. Ask for {}, {}. Collection from {}.\n\n",
                            g.c(["Oak dining table + 6 chairs", "Kids' bike 20in", "Upright piano", "Rowing machine", "Bunk beds"]),
                            g.amount(), p.first, g.phone(cc), g.loc(cc, "city")),
             lambda: b.f("ROOM TO LET in shared house, {}. Bills incl. Available from {}. Email {}.\n\n",
                         g.addr(cc), g.dt(t=0), p.email()),
             lambda: b.f("WANTED: old vinyl records, any quantity. {} ({}) — {}.\n\n", p.full, g.loc(cc, "city"), g.phone(cc)),
             lambda: b.f("LESSONS: Retired teacher {} offers maths and physics tuition in {}. Tel {}.\n\n",
                         p.tl(), g.loc(cc, "city"), g.phone(cc)),
             lambda: b.f("GARAGE SALE {} at {}. Everything must go!\n\n", g.dt(t=1, wk=True), g.addr(cc)),
             lambda: b.f("IN MEMORIAM: {}, fondly remembered by {} and family. Passed away {}.\n\n", p.full, g.p(cc).first, g.dt(t=0)))
    b.f("Ads cost {} per line. Deadline for next issue: {}.\n", g.amount(), g.dt(t=1))
    return b


@dom("genealogy_forum")
def _genealogy(g):
    b = B()
    src = g.c(["de", "ie", "pl", "it", "nl", "uk", "pt"])
    lang = "en"
    cul = CC_CULT[src][0]
    anc = g.p(cul=cul, gender="m")
    sp, kid = g.p(cul=cul, gender="f"), None
    kid = g.kin(anc, "m")
    b.l("Forum › Surnames › {} › {}", anc.ln[0], E(anc.ln.upper(), "PERSON"))
    b.l("Thread: Looking for descendants of {}\n", anc.full)
    b.f("I'm researching my great-grandfather {} (born {} in {}, {}). ", E(f"{anc.f} {anc.ln.upper()}", "PERSON"),
        g.dob(lang, 1850, 1905), g.loc(src, "city"), g.loc(src, "cty"))
    b.f("He married {} on {} in {} and emigrated to {} around 1911.\n", sp.full, g.dt(t=0, y0=1872, y1=1928), g.loc(src, "city"),
        g.loc(g.c(["us", "ca", "au", "br"]), "cityreg"))
    b.f("Their son {} was born {} and died in 1978.\n", kid.full, g.dob(lang, 1900, 1935))
    if g.chance(.5):
        b.f("The ship manifest lists them as \"{}, {}\" — age 24, farm labourer.\n", E(anc.ln.upper() + ", " + anc.f, "PERSON"), g.loc(src))
    helper = g.p("us")
    b.f("\nReply from {}:\nI think {} is my 2x great-aunt! My grandmother {} always talked about cousins in {}. "
        "DNA match shows 38 cM shared. Email me at {}.\n", g.c(["roots_digger", "OldParishRecords", "family_tree_fan"]),
        sp.first, helper.full, g.loc(g.c(["us", "ca"]), "cityreg"), helper.email())
    b.f("\nReply from the OP:\nAmazing — I'm {}, based in {}. My number is {}.\n", g.p("uk").first, g.loc("uk", "city"), g.phone("uk"))
    return b


@dom("alumni_newsletter")
def _alumni(g):
    b, cc = B(), g.cc(["us", "uk", "ca", "ie", "in", "za", "au"])
    b.l("{} Alumni Magazine — Class Notes\n", g.c(["Hollins College", "St Aidan's School", "Westbrook University", "Kingsmead"]))
    for _ in range(g.ri(3, 5)):
        a, c = g.p(cc), g.p()
        yr = f"'{g.ri(70, 99) if g.chance(.6) else '0' + str(g.ri(0, 9))}"
        pick(g, lambda: b.f("{} ({}) has moved from {} to {}, where {} now chairs the local hospice board.\n\n",
                            a.full, yr, g.loc(g.cc(), "cityreg"), g.loc(cc), "she" if a.gender == "f" else "he"),
             lambda: b.f("{} ({}) married {} on {} in {}. The couple live in {}.\n\n", a.full, yr, c.full,
                         g.dt(t=0), g.loc("xx"), g.loc(cc, "city")),
             lambda: b.f("{} {} writes: \"Retired at last! Classmates passing through {} can reach me at {}.\"\n\n",
                         a.caps if g.chance(.3) else a.full, yr, g.loc(cc, "city"), a.email()),
             lambda: b.f("We are sad to report that {} ({}) died on {} in {}. Condolences to {}.\n\n", a.full, yr,
                         g.dt(t=0), g.loc(cc), c.first),
             lambda: b.f("Reunion organiser {} asks the class of {} to RSVP by {} on {}.\n\n", a.full, yr, g.dt(t=0),
                         g.phone(cc)))
    b.f("Send your news to {} or post to the Alumni Office, {}.\n", E(f"classnotes@{g.c(['hollins.edu', 'westbrook.ac.uk', 'kingsmead.org'])}",
                                                                     "EMAIL_ADDRESS"), g.addr(cc))
    return b


@dom("travel_blog")
def _travel(g):
    b = B()
    a, c, host = g.p(g.cc()), g.p(gender="f"), g.p()
    ctry = g.city("xx")[1]
    pool = [c for c in CITIES["xx"] if c[1] == ctry] or CITIES["xx"]
    places = [E(g.c(pool)[0] if g.chance(.8) else g.city("xx")[0], "LOCATION") for _ in range(3)]
    b.l("{}: {} days in {}\n", g.c(["Slow travel diaries", "Two backpacks, one budget", "Notes from the road"]), g.ri(5, 30), places[0])
    b.f("On {} we took the night bus from {} to {}. ", g.dt(t=0, noyear=True), places[0], places[1])
    b.f("Our guesthouse host, {}, met us at the station at {} with a hand-painted sign.\n", host.first, g.tm())
    pick(g, lambda: b.f("At breakfast we got talking to {}, a retired teacher from {}, who has been coming here since 1987.\n",
                        c.full, g.loc(g.cc(), "cityreg")),
         lambda: b.f("{} and her partner {} (from {}) showed us the best street food in town.\n", c.first, g.p().first, g.loc(g.cc())),
         lambda: b.f("We met {} — \"call me {}\" — who runs walking tours and now lives in {}.\n", c.full, c.nick, places[1]))
    b.f("The next morning {} drove us out to {}. Everyone should visit once.\n", host.first, places[2])
    if g.chance(.5):
        b.f("Booking tip: {} replies fastest on WhatsApp ({}).\n", host.full, g.phone(g.c(["tr", "pt", "it", "es", "in"])))
    b.f("\nWe fly home to {} on {}. Questions? Drop me a line at {} — {}\n", g.loc(g.cc()), g.dt(t=.3), a.email(), a.first)
    return b


@dom("memoir_excerpt")
def _memoir(g):
    b, cc = B(), g.cc()
    dad, fr = g.p(cc, gender="m"), g.p(cc)
    me_mum, sis = g.p(cul=dad.cul, gender="f"), g.kin(dad, "f")
    b.l("Chapter {}: {}\n", g.ri(2, 19), g.c(["The House on the Hill", "Summers", "Leaving", "What We Kept"]))
    b.f("My mother, {}, was born in {} in the winter of 1951, the youngest of seven. ", me_mum.full, g.loc(cc, "city"))
    b.f("Everyone called her {}. {} — my father — came from {}, and never let anyone forget it.\n\n",
        me_mum.nick, dad.full, g.loc(g.cc()))
    b.f("We lived at {} until I was nine. ", g.addr(cc, street_only=g.chance(.5)))
    b.f("{} and I shared the back bedroom; she taped a map of {} to the ceiling so we could plan our escape.\n\n",
        sis.first, g.loc(g.cc(), "cty"))
    b.f("I remember the exact day we left: {}. Dad had borrowed {}'s van, and {} cried all the way to {}.\n\n",
        g.dt(t=0, y0=1965, y1=1985), fr.full, sis.first, g.loc(cc, "city"))
    if g.chance(.5):
        b.f("Years later, in {}, I found a letter from {} addressed to \"{}\", postmarked {}.\n", g.loc("xx"), fr.first,
            me_mum.caps, g.dt(t=0, y0=1970, y1=1990))
    b.f("{} still rings me every Sunday from {}. Same number for forty years: {}.\n", sis.first, g.loc(cc), g.phone(cc))
    return b


@dom("police_blotter")
def _blotter(g):
    b, cc = B(), g.cc(["us", "us", "ca", "uk", "au"])
    b.l("POLICE BLOTTER — {} {}\n", g.loc(cc, "city"), g.c(["Courier", "Ledger", "Times", "Press"]))
    for _ in range(g.ri(3, 5)):
        p = g.p(cc)
        pick(g, lambda: b.f("{} — {}, {}, of {}, was arrested on a warrant at {}.\n\n", g.dt(t=1, noyear=True, wk=True),
                            p.full, g.ri(19, 70), g.loc(cc, g.c(["city", "cityreg"])), g.addr(cc)),
             lambda: b.f("{} — A resident of {} reported a stolen bicycle. No suspects.\n\n", g.dt(t=1, noyear=True), g.addr(cc)),
             lambda: b.f("{} — Officers stopped {}, {}, on {} for speeding; licence {} was found to be suspended.\n\n",
                         g.dt(t=1, noyear=True), p.full, g.ri(18, 80), g.c(["Route 9", "the A61", "Highway 1", "Main St"]), g.dl()),
             lambda: b.f("{} — {} of {} reported that someone used {} card number to buy {} online.\n\n",
                         g.dt(t=.5, noyear=True), p.full, g.loc(cc, "city"), "her" if p.gender == "f" else "his",
                         g.amount("£" if cc == "uk" else "$")),
             lambda: b.f("{} — A {} {} was reported missing from a driveway on {}. Plate {}.\n\n", g.dt(t=1, noyear=True),
                         g.c(["silver", "black", "red"]), g.c(["Honda Civic", "Ford F-150", "Toyota Corolla"]),
                         g.addr(cc, street_only=True), g.plate()))
    b.f("Anyone with information can call {} or the tip line {}.\n", [g.c(["Sgt. ", "Det. ", "Officer "]), g.p(cc).full], g.phone(cc))
    return b


@dom("council_public_comment")
def _council(g):
    b, cc = B(), g.cc(["us", "ca", "uk", "au", "ie"])
    p, planner = g.p(cc), g.p(cc)
    b.l("{} City Council — Written Public Comment", g.loc(cc, "city"))
    b.l("Agenda item: {} — {}\n", g.fill("#@"), g.c(["Rezoning of parcel 14-220", "Bike lane on Elm", "Short-term rental ordinance", "Library hours"]))
    b.f("Name: {}\nAddress: {}\nPhone: {}\nEmail: {}\n\n", p.full, g.addr(cc), g.phone(cc), p.email())
    b.f("I have lived on {} for {} years. ", g.addr(cc, street_only=True), g.ri(3, 40))
    b.f("On {} I spoke with {} from the planning department, who assured me the traffic study would be shared. It was not.\n",
        g.dt(t=.4), planner.full)
    pick(g, lambda: b.f("My neighbour {} has collected {} signatures opposing the change.\n", g.p(cc).full, g.ri(20, 400)),
         lambda: b.f("Councillor {}, you visited our street in {} — you saw the flooding yourself.\n", g.p(cc).last, g.c(["March", "the spring", "2022"])),
         lambda: b.f("I moved here from {} precisely because of the quiet streets.\n", g.loc(g.cc(), "cityreg")))
    b.f("Please enter this into the record for the meeting of {}.\n\n— {}\n", g.dt(t=1), p.first if g.chance(.3) else p.full)
    return b


@dom("board_minutes")
def _board(g):
    b, cc = B(), g.cc()
    chair, sec, tr, *rest = g.ps(g.ri(5, 7), cc)
    org = g.c(["Maplewood Housing Co-operative", "Northside Youth Football Club", "Friends of Cedar Park", "Harbour Arts Trust",
               "Lakeshore Residents' Association"])
    b.l("{} — Minutes of the Board of Directors", org)
    b.f("Held {} at {}.\n", g.dt(t=1), g.addr(cc))
    b.f("Present: {} (Chair), {} (Secretary), {} (Treasurer), {}.\n", chair.full, sec.full, tr.full, J([q.full for q in rest]))
    b.f("Guest: {} of {}.\n\n", g.p(cc).full, g.c(ORGS))
    b.f("1. Minutes of {} approved. Moved {}, seconded {}.\n", g.dt(t=0), rest[0].last, tr.first)
    b.f("2. Treasurer's report: balance {}. {} noted the account ending {} will be closed.\n", g.amount(), tr.first, g.fill("####"))
    pick(g, lambda: b.f("3. {} reported a complaint from a resident at {} about the lift.\n", sec.full, g.addr(cc, street_only=True)),
         lambda: b.f("3. {} will step down on {}; {} nominated as replacement.\n", rest[-1].full, g.dt(t=0), rest[0].full),
         lambda: b.f("3. Grant application to the {} Foundation submitted by {}.\n", g.c(["Hollis", "Whitfield", "Barraclough"]), chair.first))
    b.f("4. AOB: {} asked that contact details be updated — new mobile {}.\n", rest[0].first, g.phone(cc))
    b.f("Meeting closed at {}. Next meeting {}.\n", g.tm(), g.dt(t=1))
    return b


@dom("interview_notes")
def _interview(g):
    b, cc = B(), g.cc()
    s, off = g.ps(2, cc)
    bro = g.kin(s, "m")
    b.l("NOTES — {} / {}", g.c(["housing piece", "flood follow-up", "factory closure", "obit prep", "school story"]), s.caps)
    b.f("Interviewed {}, {}, retired {}, at a café on {}, {}.\n", s.full, g.ri(45, 88),
        g.c(["nurse", "bus driver", "welder", "teacher"]), g.addr(cc, street_only=True), g.dt(t=1))
    b.f("- Born in {}, moved to {} in 1979 \"for a girl, obviously\".\n", g.loc(g.cc(), "cityreg"), g.loc(cc))
    b.f("- {} says {} ({}) at the council \"never once returned a call\".\n", s.last, off.full, g.c(["housing officer", "press office"]))
    b.f("- Brother {} still in {}; might talk. {}\n", bro.full, g.loc(cc), g.c(["Try Sunday.", "Ex-union rep.", ""]))
    b.f("- Quote: \"We were told on {} the plant would stay open. Two weeks later, gone.\"\n", g.dt(t=0))
    b.f("Contact: cell {}, {}. Prefers calls after {}.\n", g.phone(cc), s.email(), g.tm())
    if g.chance(.4):
        b.f("Photographer {} to shoot portrait {}.\n", g.p(cc).full, g.dt(t=1, noyear=True))
    return b


@dom("reference_letter")
def _reference(g):
    b, cc = B(), g.cc(["us", "uk", "ca", "in", "au", "ie", "ng", "za"])
    ref, cand = g.p(cc), g.p(cc)
    he = "She" if cand.gender == "f" else "He"
    b.l("{}\n", g.dt(t=0))
    b.l("To whom it may concern,\n")
    b.f("I am writing in support of {}'s application. I have known {} since {} when {} joined {} in {} as a "
        "junior analyst.\n", cand.full, cand.first, g.c(["2016", "2019", "early 2021"]), he.lower(), g.c(ORGS), g.loc(cc))
    b.f("{} quickly became the person colleagues turned to. When our {} office flooded, {} reorganised the whole "
        "client schedule overnight.\n", he, g.loc(cc, "city"), cand.first)
    b.f("{} would be an asset to any team, and I recommend {} without reservation.\n", cand.full if g.chance(.5) else he,
        "her" if he == "She" else "him")
    b.f("\nPlease feel free to contact me on {} or at {}.\n", g.phone(cc), ref.email())
    b.f("\nYours faithfully,\n\n{}\n{}\n{}\n", ref.full, g.c(["Head of Operations", "Senior Partner", "Director of Studies"]), g.c(ORGS))
    return b


@dom("performance_review")
def _perf(g):
    b, cc = B(), g.cc()
    emp, mgr, peer = g.ps(3, cc)
    b.f("PERFORMANCE REVIEW — {}\n", g.c(["H1", "Annual", "Q3", "Probation"]))
    b.f("Employee: {}\nManager: {}\nReview meeting: {}\nLocation: {} office\n\n", emp.lf if g.chance(.4) else emp.full,
        mgr.full, g.dt(t=.6), g.loc(cc, "city"))
    b.f("Summary: {} exceeded targets this period. ", emp.first)
    pick(g, lambda: b.f("Worked closely with {} to launch the {} hub and relocated to {} to support it.\n", peer.full,
                        g.loc(cc, "city"), g.loc(cc, "city")),
         lambda: b.f("{} mentored two new hires, including {}, and led the migration completed on {}.\n", emp.first,
                     peer.first, g.dt(t=0)),
         lambda: b.f("Feedback from {}: \"{} is the calmest person in a crisis.\"\n", peer.full, emp.nick))
    b.f("Development: attend the leadership course in {} ({}).\n", g.loc(g.cc()), g.dt(t=0))
    b.f("Rating: {}/5. Salary review effective {}.\n\nSigned: {} / {}\n", g.ri(3, 5), g.dt(t=0), emp.full, mgr.full)
    return b


@dom("recruiter_outreach")
def _recruit(g):
    b, cc = B(), g.cc(["us", "uk", "in", "de", "nl", "ca", "ie", "za", "ng", "pl"])
    rec, cand = g.p(cc), g.p(cc)
    b.l("{} · {}", rec.full, g.c(["Talent Partner", "Technical Recruiter", "Executive Search"]))
    b.l("Message to {}\n", cand.full)
    b.f("Hi {},\n\n", cand.first)
    b.f("I came across your profile and your work at {} really stood out. We're hiring a {} based in {} ({}).\n",
        g.c(ORGS), g.c(["Staff Data Engineer", "Head of Finance", "Product Designer", "Clinical Lead"]), g.loc(cc, "cityreg"),
        g.c(["hybrid", "remote-first", "3 days in office"]))
    b.f("The hiring manager, {}, used to be at {} too, so you may know each other.\n", g.p(cc).full, g.c(ORGS))
    pick(g, lambda: b.f("Would you be free for a 20-minute call on {}? My direct line is {}.\n", g.dt(t=1, noyear=True, wk=True), g.phone(cc)),
         lambda: b.f("Grab any slot here: {} — or email me at {}.\n", g.url("calendly.com", "/" + _ascii(rec.f).lower() + "-" + g.rs(LO, 4) + "/20min"), rec.email()),
         lambda: b.f("Happy to share details over WhatsApp: {}.\n", g.phone(cc)))
    b.f("\nBest,\n{}\n", rec.first)
    if g.chance(.5):
        b.f("\n--- Reply from {} ---\nThanks {} — I'm relocating to {} on {}, so timing is good. Reach me on {}.\n",
            cand.first, rec.first, g.loc(g.cc()), g.dt(t=0), g.phone(cc))
    return b


@dom("thesis_committee")
def _thesis(g):
    b = B()
    cc = g.cc(["us", "uk", "nl", "de", "ca", "au", "it"])
    stu, sup, m1, ext = g.ps(4, cc)
    hdr(g, b, sup, [m1, ext], ["Defence arrangements — ", stu.full])
    b.f("Dear {}{},\n\n", "colleagues" if g.chance(.5) else "Prof. ", "" if g.chance(.5) else ext.last)
    b.f("{} will defend the thesis \"{}\" on {} in room {}. ", stu.full,
        g.c(["Soil microbiomes under drought", "Trust in municipal algorithms", "Late Ottoman port cities", "Low-power RF sensing"]),
        g.dt(t=1), g.fill("%.##"))
    b.f("Our external examiner, {} from {}, will join remotely.\n", ext.tl(dr=True), g.loc(g.cc(), "citycty"))
    b.f("Zoom: {} (passcode {})\n", g.url("us02web.zoom.us", "/j/" + g.fill("8##########")), g.pw(g.c(["pin", "rand"])))
    b.f("Please send your reports to {} by {}. {} has kindly agreed to chair.\n", sup.email(), g.dt(t=0), m1.full)
    if g.chance(.5):
        b.f("Travel for {} from {}: the department will reimburse; contact {} ({}).\n", ext.first, g.loc(g.cc()),
            g.p(cc).full, g.phone(cc))
    sig(g, b, sup, role="Professor of " + g.c(["Geography", "Computer Science", "History", "Ecology"]))
    return b


@dom("podcast_booking")
def _podcast(g):
    b = B()
    cc = g.cc(["us", "uk", "ca", "au", "ie", "de", "in"])
    prod, guest, host = g.ps(3, cc)
    hdr(g, b, prod, [guest], "Recording confirmation — " + g.c(["The Long Table", "Small Data", "Second Act", "Field Notes"]))
    b.f("Hi {},\n\nThanks again for agreeing to come on with {}! Confirming your recording on {} (your time, {}).\n",
        guest.first, host.full, g.dt(t=1), g.c(["Europe/London", "America/Chicago", "Asia/Kolkata", "Australia/Sydney"]))
    b.f("Studio link: {}\n", g.url("riverside.fm", "/studio/" + g.c(WORDS) + "-" + g.rs(LO, 5)))
    if g.chance(.6):
        b.f("If we need to go live instead, stream key is {} — please don't share it.\n", g.secret())
    b.f("Backup: {} passcode {}\n", g.url("us02web.zoom.us", "/j/" + g.fill("8##########")), g.pw("pin"))
    b.f("We'll send a mic to {} if you want one — shout by {}.\n", g.addr(cc), g.dt(t=0, noyear=True))
    b.f("Bio we have: \"{} grew up in {} and now lives in {}.\" Shout if that's wrong.\n", guest.full, g.loc(g.cc()), g.loc(cc))
    sig(g, b, prod, role="Producer", phone_cc=cc)
    return b


@dom("conference_registration")
def _conf(g):
    b = B()
    cc = g.cc()
    p = g.p(cc)
    b.l("{} {} — Registration confirmation", g.c(["EuroSys", "ICLR Workshop", "Nordic Nursing Forum", "AfriTech Summit", "ESMO Satellite"]), g.ri(2024, 2026))
    b.l("Confirmation no.: {}\n", g.order())
    b.f("Name: {}\nBadge name: {}\nEmail: {}\nMobile: {}\n", p.lf if g.chance(.4) else p.full, p.first, p.email(), g.phone(cc))
    b.f("Billing address:\n{}\n", g.addr(cc, ml=True))
    b.f("Payment: {} {} — {} charged\n", g.c(["Visa", "Mastercard", "Card"]), g.card() if g.chance(.6) else g.masked_card(), g.amount())
    b.f("Arrival: {}\n", g.dt(t=1))
    if g.chance(.5):
        b.f("Visa invitation letter: requested. Passport holder date of birth {}; nationality as per passport.\n", g.dob())
    b.f("Dietary: {}. Accessibility: {}.\n", g.c(["vegetarian", "halal", "none", "gluten-free"]), g.c(["none", "step-free access"]))
    b.f("Workshop chair: {} ({})\n", g.p().full, g.c(["UCL", "TU Delft", "IIT Madras", "University of Lagos"]))
    b.f("Venue: {}\nQuestions: {}\n", g.addr(g.cc()), g.url(g.c(["www.eventbrite.co.uk", "portal.kestrelhealth.com"])))
    return b


@dom("study_coordinator_email")
def _crc(g):
    b, cc = B(), g.cc(["us", "us", "uk", "ca"])
    crc, pi, pt, nurse = g.ps(4, cc)
    hdr(g, b, crc, [pi, nurse], f"Visit {g.ri(2, 9)} scheduling — subject {g.fill('###-####')}")
    b.f("Hi {},\n\n", pi.tl(dr=True) if g.chance(.5) else pi.first)
    b.f("Subject {} ({}, MRN {}, DOB {}) is confirmed for the week-{} visit on {}.\n", g.fill("0##-0###"),
        pt.LF if g.chance(.4) else pt.full, g.mrn(), g.dob(y0=1940, y1=2000), g.ri(4, 52), g.dt(t=1))
    b.f("Labs drawn at the {} site; PK sample at {}. Current meds: {}, {}.\n", g.loc(cc, "city"), g.tm(), g.drug(), g.drug())
    pick(g, lambda: b.f("{} reports a rash since {} — I've logged it as an AE pending your review.\n", pt.first, g.dt(t=0, noyear=True)),
         lambda: b.f("Insurance verified: member ID {}, group {}.\n", g.hpn(), g.fill("G####")),
         lambda: b.f("Transport booked from {}; driver will call {} on arrival.\n", g.addr(cc), g.phone(cc)))
    if cc == "us" and g.chance(.4):
        b.f("Stipend form still needs the SSN — {} gave it as {} over the phone.\n", pt.first, g.ssn())
    b.f("{} — can you cover the ECG? You can page me at {}.\n", nurse.first, g.phone(cc))
    sig(g, b, crc, role="Clinical Research Coordinator", email=g.chance(.3))
    return b


@dom("nursing_handover")
def _handover(g):
    b, cc = B(), g.cc(["us", "uk", "ie", "au", "ca", "za"])
    rn1, rn2 = g.ps(2, cc)
    b.f("Handover from {} to {} — {} ward, {}\n\n", rn1.first, rn2.full, g.c(["Oak", "4B", "Surgical", "Respiratory", "Cardiac"]),
        g.dt(t=1))
    for _ in range(g.ri(2, 3)):
        p, rel = g.p(cc), g.p(cc)
        b.f("Bed {}: {} ({}), MRN {}. ", g.ri(1, 28), p.full if g.chance(.6) else p.caps, g.ri(24, 97), g.mrn())
        pick(g, lambda: b.f("Admitted {} with {}; on {}. Next dose due {}.\n", g.dt(t=0, noyear=True),
                            g.c(["CAP", "NSTEMI", "cellulitis", "AKI"]), g.drug(), g.tm()),
             lambda: b.f("DOB {}. Post-op day 2, mobilising with PT. Daughter {} rang — her number is {}.\n",
                         g.dob(), g.kin(p, "f").full, g.phone(cc)),
             lambda: b.f("Transfer to {} planned {}. Son {} is NOK ({}).\n", g.c(["rehab", "the hospice", "home"]),
                         g.dt(t=1, noyear=True), rel.first, g.phone(cc)))
        b.add("\n")
    b.f("Outstanding: chase bloods for bed 3, pharmacy to confirm {}. Dr {} on call tonight ({}).\n", g.drug(), g.p(cc).last, g.phone(cc))
    return b


@dom("home_visit_letter")
def _homevisit(g):
    b, cc = B(), g.cc(["uk", "uk", "ie", "au", "ca", "nl"])
    pt, hv = g.ps(2, cc)
    b.f("{}\n{}\n\n", g.c(["Community Nursing Team", "Health Visiting Service", "Falls Prevention Service"]), g.addr(cc, ml=True))
    b.f("{}\n\n", g.dt(t=0))
    b.f("{}\n{}\n\n", pt.full, g.addr(cc, ml=True))
    b.f("Hospital No: {}    DOB: {}\n\n", g.mrn(), g.dob())
    b.f("Dear {},\n\n", pt.tl())
    b.f("Your {} will visit you at home on {}. ", g.c(["community nurse", "health visitor", "physiotherapist"]), g.dt(t=1))
    b.f("{} will review your {} and check how you are managing with {}.\n", hv.full, g.c(["dressings", "medication", "mobility"]), g.drug())
    b.f("If this is not convenient, please call us on {} before {}.\n", g.phone(cc), g.dt(t=1, noyear=True))
    b.f("\nYours sincerely,\n\n{}\n{}\ncc: {}, GP\n", hv.full, g.c(["Senior Community Nurse", "Team Lead"]), [E("Dr ", None), g.p(cc).last])
    return b


@dom("irish_gp_letter")
def _irishgp(g):
    b = B()
    gp, cons, pt = g.ps(3, "ie")
    b.f("{} Medical Centre\n{}\nTel {}  Fax {}\n\n", g.c(["Riverside", "Main Street", "Castle View", "Harbour"]), g.addr("ie"),
        g.phone("ie"), g.phone("ie"))
    b.f("{}\n\nDear {},\n\n", g.dt(t=0, lang="en"), cons.tl(dr=True))
    b.f("Re: {}\nDOB: {}\nAddress: {}\nHospital MRN: {}   GMS card: {}\n\n", pt.full if g.chance(.6) else pt.LF, g.dob(),
        g.addr("ie"), g.mrn(), g.hpn())
    b.f("Thank you for seeing this {}-year-old {} who presents with {}. ", g.ri(19, 90), "woman" if pt.gender == "f" else "man",
        g.c(["worsening dyspnoea", "a breast lump", "recurrent syncope", "knee pain"]))
    b.f("Current medications: {}, {}. Allergies: {}.\n", g.drug(), g.drug(), g.c(["penicillin", "NKDA", "latex"]))
    b.f("{} lives with {} {} in {} and can be contacted on {}.\n", pt.first, "her" if pt.gender == "f" else "his", g.c(["husband", "daughter", "partner"]), g.loc("ie"), g.phone("ie"))
    b.f("\nYours sincerely,\n\n{}\nMICGP\n", [E("Dr ", None), gp.full])
    return b


@dom("health_insurance_agent")
def _hagent(g):
    b = B()
    agent, cl = g.ps(2, "us")
    sp = g.kin(cl, "f" if cl.gender == "m" else "m")
    hdr(g, b, agent, [cl], g.c(["Your Marketplace application", "Quote follow-up", "Open enrollment — what I still need"]))
    b.f("Hi {},\n\nGood news — the {} Silver plan came back at {} a month for you and {}.\n", cl.first,
        g.c(["Blue Cross", "Ambetter", "Oscar", "Molina"]), g.amount("$"), sp.first)
    b.f("For the application I have:\n- {} — SSN {}, DOB {}\n- {} — SSN {}, DOB {}\n", cl.full, g.ssn(), g.dob(),
        sp.full, g.ssn() if g.chance(.7) else "pending", g.dob())
    b.f("- Current member ID {} (ends {})\n", g.hpn(), g.dt(t=0))
    b.f("- Home: {}\n", g.addr("us"))
    b.f("Premiums will draft from checking account {} (routing {}) on the 1st.\n", g.acct(), g.fill("0########"))
    b.f("Please sign by {}. Call me at {} with questions.\n", g.dt(t=1), g.phone("us"))
    sig(g, b, agent, role="Licensed Insurance Agent, NPN " + g.fill("########"), phone_cc="us")
    return b


@dom("field_trip_consent")
def _trip(g):
    b, cc = B(), g.cc(["us", "us", "ca", "uk", "au"])
    par, doc, chap = g.ps(3, cc)
    kid = g.kin(par)
    b.l("{} — Field Trip Consent & Medical Form", g.c(["Lincoln Middle School", "Oakridge Primary", "St Jude's Academy", "Westview Elementary"]))
    b.f("Trip: {} — {}\n\n", g.c(["Science Centre", "Overnight camp", "Museum of Flight", "Coastal ecology day"]), g.dt(t=1))
    b.f("Student: {}\nDate of birth: {}\nGrade/Class: {}\n", kid.full if g.chance(.7) else kid.LF, g.dob(y0=2009, y1=2018), g.ri(3, 9))
    b.f("Parent/Guardian: {}\nCell: {}\nEmail: {}\nHome address: {}\n", par.full, g.phone(cc), par.email(), g.addr(cc))
    b.f("Allergies / medication: {}\n", g.c(["peanuts — EpiPen in bag", "none", "asthma, albuterol inhaler", "bee stings"]))
    b.f("Health insurance: {} Member ID {}\n", g.c(["Aetna", "Kaiser", "UnitedHealthcare", "Cigna"]), g.hpn())
    b.f("Physician: {} — {}\n", doc.tl(dr=True), g.phone(cc))
    if g.chance(.6):
        b.f("Chaperone volunteer: {} (driver's licence {} on file for background check)\n", chap.full, g.dl())
    b.f("\nI give permission for my child to attend. Signed: {}   Date: {}\n", par.full, g.dt(t=0))
    return b


@dom("daycare_enrollment")
def _daycare(g):
    b, cc = B(), "us"
    m, doc = g.ps(2, cc)
    f_, kid = g.kin(m, "m" if m.gender == "f" else "f"), g.kin(m)
    b.l("{} — Child Enrollment Packet\n", g.c(["Little Acorns Early Learning", "Sunshine Kids Daycare", "Bright Steps Preschool"]))
    b.f("Child's name: {}\nDate of birth: {}\nStart date: {}\n", kid.full, g.dob(y0=2019, y1=2024), g.dt(t=0))
    if g.chance(.6):
        b.f("Child's SSN (required for state subsidy): {}\n", g.ssn())
    b.f("Home address: {}\n\n", g.addr(cc))
    for par in (m, f_):
        b.f("Parent/guardian: {}\nCell: {}   Work: {}\nEmail: {}\nEmployer: {}\n\n", par.full, g.phone(cc), g.phone(cc), par.email(), g.org())
    b.f("Emergency contacts (authorized for pickup): {} ({}), {} ({})\n", g.p(cc).full, g.phone(cc), g.p(cc).full, g.phone(cc))
    b.f("Pediatrician: {}, {}\nInsurance: {} member ID {}\n", doc.tl(dr=True), g.phone(cc), g.c(["Medicaid", "Aetna", "Cigna"]), g.hpn())
    b.f("Allergies: {}\n", g.c(["none known", "tree nuts", "dairy", "amoxicillin"]))
    pick(g, lambda: b.f("Tuition autopay card: {}\n", g.card()),
         lambda: b.f("Tuition autopay: checking account {}, routing {}\n", g.acct(), g.fill("0########")),
         lambda: b.f("Tuition: paid by employer voucher {}\n", g.order()))
    b.f("Signed {} on {}\n", m.full, g.dt(t=0))
    return b


@dom("open_house_followup")
def _openhouse(g):
    b, cc = B(), g.cc(["us", "ca", "au", "uk"])
    ag, buy, lend = g.ps(3, cc)
    hdr(g, b, ag, [buy], "Great to meet you at " + g.c(["the open house", "Sunday's showing", "the viewing"]))
    b.f("Hi {}{},\n\n", buy.first, g.c(["", [" and ", g.p(cc).first]]))
    b.f("Thanks for stopping by {} on {}! ", g.addr(cc), g.dt(t=0, noyear=g.chance(.5)))
    b.f("As promised, the sellers have had the roof redone in 2019 and MLS# {} has all the disclosures.\n", g.fill("#######"))
    b.f("If you'd like a second look, I can do {} or {}.\n", g.dt(t=1, wk=True, noyear=True), g.dt(t=1, wk=True, noyear=True))
    b.f("For pre-approval, {} at {} is great — {} / {}.\n", lend.full, g.c(ORGS), g.phone(cc), lend.email())
    if g.chance(.5):
        b.f("You mentioned you're moving from {} — there's a similar place over in {} too.\n", g.loc(g.cc(), "cityreg"), g.loc(cc, "city"))
    sig(g, b, ag, role="REALTOR®", phone_cc=cc, email=True)
    return b


@dom("car_sales_followup")
def _carsales(g):
    b, cc = B(), g.cc(["us", "us", "ca"])
    rep, cust, fin = g.ps(3, cc)
    car = g.c(["2022 Honda Civic EX", "2021 Toyota RAV4 XLE", "2023 Kia Telluride", "2020 Ford F-150 Lariat", "2019 Subaru Outback"])
    b.f("Hi {}, this is {} from {} {}. ", cust.first, rep.first, g.loc(cc, "city"), g.c(["Honda", "Toyota", "Kia", "Ford"]))
    b.f("Thanks for test driving the {} (VIN {}) on {}!\n\n", car, g.vin(), g.dt(t=.5, noyear=True))
    b.f("To get your credit app started I'll need:\n- copy of your driver's license ({} you mentioned is {})\n", cust.full, g.dl())
    if g.chance(.6):
        b.f("- SSN for the application — you gave me {} on the phone, can you confirm?\n", g.ssn())
    b.f("- proof of address (you're at {}, right?)\n", g.addr(cc))
    b.f("Your trade-in (plate {}) appraised at {}.\n", g.plate(), g.amount("$"))
    b.f("{} in our finance office can see you {}. Call or text me at {}.\n", fin.full, g.dt(t=1, wk=True, noyear=True), g.phone(cc))
    b.f("\n{}\nSales Consultant\n", rep.full)
    return b


@dom("florist_order")
def _florist(g):
    b, cc = B(), g.cc(["us", "uk", "ca", "au", "ie", "nl", "za"])
    snd, rcp = g.ps(2, cc)
    b.l("{} Florist — Order {}\n", g.c(["Petal & Stem", "Bloomsbury", "Wild Iris", "The Flower Cart"]), g.order())
    b.f("Sender: {}\nSender phone: {}\nSender email: {}\n", snd.full, g.phone(cc), snd.email())
    b.f("Card: {}\n\n", g.card() if g.chance(.7) else g.masked_card())
    b.f("Recipient: {}\nDeliver to: {}\nRecipient phone: {}\nDelivery date: {}\n", rcp.full if g.chance(.7) else rcp.caps,
        g.addr(cc, ml=g.chance(.3)), g.phone(cc), g.dt(t=.4))
    b.f("Product: {} ({})\n", g.c(["Seasonal hand-tied bouquet", "Sympathy wreath, white", "12 red roses", "Orchid in ceramic pot"]), g.amount())
    b.f("Card message: \"{}\"\n", g.c([["Happy birthday ", rcp.first, "! Love from all of us"],
                                       ["Thinking of you, ", rcp.nick, ". — ", snd.first],
                                       ["Congratulations on the new arrival! ", snd.first, " x"], "With deepest sympathy"]))
    b.f("Notes: if no answer leave with neighbour at no. {}.\n", g.ri(2, 90))
    return b


@dom("catering_order")
def _catering(g):
    b, cc = B(), g.cc(["us", "uk", "ca", "au", "in", "za", "ie"])
    ct, cl = g.ps(2, cc)
    hdr(g, b, ct, [cl], "Catering quote " + g.order())
    b.f("Dear {},\n\nThank you for choosing us for your {} on {}. Here's the summary:\n\n", cl.first,
        g.c(["retirement party", "baby shower", "office lunch", "memorial reception", "engagement dinner"]), g.dt(t=1))
    b.f("Venue: {}\nGuests: {}\nOn-site contact: {} ({})\n", g.addr(cc), g.ri(15, 150), g.p(cc).full, g.phone(cc))
    b.f("Menu: {}, {}, {}\nTotal: {}\n", g.c(["mezze platter", "jollof rice", "paneer tikka", "sliders"]),
        g.c(["green salad", "biryani", "roast veg"]), g.c(["lemon tart", "gulab jamun", "brownies"]), g.amount())
    pick(g, lambda: b.f("Deposit of 30% taken from card {}.\n", g.card()),
         lambda: b.f("Please pay the deposit to IBAN {} (ref {}).\n", g.iban(g.c(["GB", "IE", "NL"])), g.order()),
         lambda: b.f("Deposit paid — card {} on file.\n", g.masked_card()))
    b.f("Our chef {} will arrive at {} to set up.\n", g.p(cc).first, g.tm())
    sig(g, b, ct, role="Events Manager", phone_cc=cc)
    return b


@dom("photo_booking")
def _photo(g):
    b = B()
    cc = g.cc(["uk", "us", "pt", "nl", "ie", "au", "es"])
    ph, cl, pa = g.ps(3, cc)
    pt = cc == "pt" and g.chance(.7)
    if pt:
        b.f("Olá {} e {}!\n\nA sessão de fotos ficou marcada para {} no {}.\n", cl.first, pa.first, g.dt("pt", t=1),
            g.c(["Jardim da Estrela", "Parque da Cidade", "miradouro"]))
        b.f("Para confirmar, transfiram o sinal de {} para o IBAN {} em nome de {}.\n", g.amount("€"), g.iban("PT"), ph.full)
        b.f("Qualquer dúvida liguem para {} ou escrevam para {}.\n\nAbraços,\n{}\n", g.phone("pt"), ph.email(), ph.first)
        return b
    b.f("Hi {} & {},\n\nYour {} session is booked for {} at {}.\n", cl.first, pa.first,
        g.c(["engagement", "family", "newborn", "headshot"]), g.dt(t=1), g.c(["the botanic gardens", "your home", "the beach"]))
    b.f("Meeting point: {}. ", g.addr(cc))
    pick(g, lambda: b.f("Deposit {} to IBAN {} (account name {}).\n", g.amount("€"), g.iban(), ph.full),
         lambda: b.f("Deposit taken on card {}. Balance due {}.\n", g.card(), g.dt(t=0)),
         lambda: b.f("Pay the deposit here: {}\n", g.url("buy.stripe.com", "/" + g.rs(ALNUM, 14))))
    b.f("Gallery will be at {} (password {}).\n", g.url("gallery.pixieset.com", "/" + g.c(WORDS) + "and" + g.c(WORDS)), g.pw())
    b.f("If it rains I'll text you on {}.\n", g.phone(cc))
    sig(g, b, ph, short=True)
    return b


@dom("freelance_invoice")
def _freelance(g):
    b, cc = B(), g.cc(["us", "uk", "de", "nl", "ie", "pl", "pt", "in"])
    fr, cl = g.ps(2, cc)
    hdr(g, b, fr, [cl], f"Invoice {g.order()} — {g.c(['March', 'Q2', 'website redesign', 'translation work'])}")
    b.f("Hi {},\n\nPlease find attached my invoice for {}. Total due: {}, payable by {}.\n\n", cl.first,
        g.c(["the brand refresh", "48 hours of copy-editing", "the app prototype", "the German/English translation"]), g.amount(), g.dt(t=0))
    b.f("Billed to: {}, {}\n", g.c(ORGS), g.addr(cc))
    b.f("From: {}, {}\n", fr.full, g.addr(cc))
    if cc == "us":
        b.f("Bank: {} checking, account {}, ABA routing {}\n", g.c(["Chase", "Capital One", "Mercury"]), g.acct(), g.fill("0########"))
        if g.chance(.5):
            b.f("For your 1099 records my SSN is {} (I'm a sole proprietor).\n", g.ssn())
    else:
        b.f("Bank transfer to {} — IBAN {}, BIC {}\n", fr.full, g.iban({"uk": "GB", "de": "DE", "nl": "NL", "ie": "IE", "pl": "PL",
                                                                       "pt": "PT", "in": "GB"}[cc]), g.fill("@@@@@@2@"))
    if g.chance(.4):
        b.f("Or pay by card here: {}\n", g.url("buy.stripe.com", "/" + g.rs(ALNUM, 14)))
    b.f("Thanks again — it was great working with {} and the team in {}.\n", g.p(cc).first, g.loc(cc, "city"))
    sig(g, b, fr, phone_cc=cc)
    return b


@dom("complaint_letter")
def _complaint(g):
    b = B()
    lang = g.c(["en", "en", "en", "de", "es"])
    cc = {"en": g.cc(["us", "uk", "ie", "ca", "au"]), "de": "de", "es": "es"}[lang]
    me, staff = g.ps(2, cc)
    b.f("{}\n{}\n{}\n\n", me.full, g.addr(cc, ml=True), g.phone(cc))
    b.f("{}\n\n", g.dt(lang, t=0))
    if lang == "de":
        b.f("Beschwerde — Kundennummer {}\n\nSehr geehrte Damen und Herren,\n\n", g.acct())
        b.f("am {} wurde mir ohne Ankündigung der Strom abgestellt. Ihr Mitarbeiter {} hat mir telefonisch zugesagt, "
            "dass bis {} alles erledigt sei.\n", g.dt("de", t=1), staff.tl("de"), g.dt("de", t=1))
        b.f("Bitte erstatten Sie den Betrag auf mein Konto, IBAN {}.\n\nMit freundlichen Grüßen\n{}\n", g.iban("DE"), me.full)
        return b
    if lang == "es":
        b.f("Asunto: Reclamación — cuenta {}\n\nEstimados señores:\n\n", g.acct())
        b.f("El {} su técnico, {}, no se presentó a la cita. Volví a llamar al {} y me atendió {}.\n",
            g.dt("es", t=1), staff.full, g.phone("es"), g.p("es").first)
        b.f("Solicito el reembolso en la cuenta IBAN {}.\n\nAtentamente,\n{}\n", g.iban("ES"), me.full)
        return b
    b.f("Re: Account number {}\n\nDear Sir or Madam,\n\n", g.acct())
    b.f("I am writing to complain about {}. On {}, I spoke to {} who promised a call back within 48 hours. Nobody called.\n",
        g.c(["my broadband outage", "a double charge on my bill", "the cancellation of my flight", "a delayed refund"]), g.dt(t=.7),
        g.c([staff.first, staff.full, [g.c(["Mr ", "Ms "]), staff.last]]))
    if g.chance(.5):
        b.f("Your records also show a login to my account from {} on {}, which was not me.\n", g.ip(), g.dt(t=1))
    if g.chance(.4):
        b.f("The duplicate charge appears on my card {}.\n", g.card())
    if cc == "us" and g.chance(.5):
        b.f("Someone also opened a line of credit using my SSN ({}); a police report has been filed.\n", g.ssn())
    b.f("I expect a full refund of {} within 14 days, otherwise I will escalate to the ombudsman.\n", g.amount())
    b.f("\nYours faithfully,\n{}\n", me.full)
    return b


@dom("ombudsman_complaint")
def _ombud(g):
    b = B()
    cc = g.cc(["uk", "ie", "au", "nl", "za", "ca"])
    me, rep = g.ps(2, cc)
    b.l("{} Ombudsman Service — Complaint Form\n", g.c(["Financial", "Energy", "Telecommunications", "Housing"]))
    b.f("1. Your details\nFull name: {}\nDate of birth: {}\nAddress: {}\nPhone: {}\nEmail: {}\n\n", me.full, g.dob(), g.addr(cc),
        g.phone(cc), me.email())
    b.f("2. Business complained about: {}\nYour account/reference number: {}\n", g.c(["Northstar Bank", "Volt Energy", "Telco One", "Brightwater Homes"]),
        g.acct())
    if g.chance(.6):
        b.f("Account the refund should go to: {}\n", g.iban({"uk": "GB", "ie": "IE", "nl": "NL"}.get(cc, "GB")))
    b.f("Their complaint reference: {}\n\n", g.order())
    b.f("3. What happened\nOn {} I noticed {} had been taken from my account. I phoned on {} and spoke to {}, "
        "who said it was a system error. ", g.dt(t=0), g.amount(), g.dt(t=1), rep.full)
    b.f("A final response letter arrived {}.\n", g.dt(t=0))
    b.f("\n4. Representative (if any): {}{}\n", *(([g.p(cc, gender="f").full, " (daughter), "], g.phone(cc)) if g.chance(.4) else (["none"], "")))
    b.f("Signed: {}   Date: {}\n", me.full, g.dt(t=0))
    return b


@dom("expense_report")
def _expense(g):
    b, cc = B(), g.cc(["us", "uk", "de", "in", "ca", "au", "nl"])
    emp, appr = g.ps(2, cc)
    b.l("EXPENSE REPORT {}\n", g.order())
    b.f("Employee: {}\nCost centre: {}\nApprover: {}\nCorporate card: {}\n\n", emp.full, g.fill("CC-####"), appr.full,
        g.card() if g.chance(.5) else g.masked_card())
    for _ in range(g.ri(3, 6)):
        pick(g, lambda: b.f("{} | Taxi {} → {} | {}\n", g.dt(t=0, noyear=True), g.loc(cc, "city"), g.c(["airport", "client site", "hotel"]), g.amount()),
             lambda: b.f("{} | Hotel, {} ({} nights) | {}\n", g.dt(t=0, noyear=True), g.loc(g.cc()), g.ri(1, 4), g.amount()),
             lambda: b.f("{} | Client dinner w/ {} and {} | {}\n", g.dt(t=0, noyear=True), g.p().full, g.p().first, g.amount()),
             lambda: b.f("{} | Rental car ({}; licence {}) | {}\n", g.dt(t=0, noyear=True), g.c(["Hertz", "Sixt", "Avis"]), g.dl(), g.amount()),
             lambda: b.f("{} | Train {} – {} | {}\n", g.dt(t=0, noyear=True), g.loc(cc, "city"), g.loc(cc, "city"), g.amount()))
    b.f("\nNote from {}: receipts for the {} trip are in the shared drive {}\n", emp.first, g.loc(g.cc(), "city"),
        g.url("drive.proton.me", "/urls/" + g.rs(ALNUM, 10) + "#" + g.rs(ALNUM, 12)))
    b.f("Reimburse to account {}.\n", g.acct() if cc in ("us", "in", "ca", "au") else g.iban({"uk": "GB", "de": "DE", "nl": "NL"}[cc]))
    return b


@dom("music_lessons")
def _music(g):
    b, cc = B(), g.cc(["uk", "us", "au", "nl", "ie", "de", "ca"])
    tch, par = g.ps(2, cc)
    kids = [g.kin(par) for _ in range(g.ri(1, 2))]
    hdr(g, b, tch, [par], g.c(["Lesson times next term", "Piano lessons — invoice", "Recital & exam dates"]))
    b.f("Hi {},\n\n", par.first)
    b.f("{}'s lessons are {} starting {}. ", J([k.first for k in kids], last=" and "), g.c(["30 minutes", "45 minutes"]), g.dt(t=1))
    b.f("The Grade {} exam is booked for {} at the {} centre.\n", g.ri(1, 6), g.dt(t=1), g.loc(cc, "city"))
    b.f("Term fees of {} can be paid ", g.amount())
    if cc in ("uk", "nl", "ie", "de"):
        b.f("by transfer to {} (name {}).\n", g.iban({"uk": "GB", "nl": "NL", "ie": "IE", "de": "DE"}[cc]), tch.full)
    elif cc == "au":
        b.f("via PayID {} or BSB {} account {}.\n", g.phone("au"), g.fill("0##-###"), g.acct("########"))
    else:
        b.f("by Zelle to {} or with the card on file ({}).\n", tch.email(), g.card() if g.chance(.5) else g.masked_card())
    b.f("The end-of-year recital is at {} on {} — grandparents welcome!\n", g.addr(cc), g.dt(t=1, noyear=True))
    sig(g, b, tch, phone_cc=cc, short=g.chance(.5))
    return b


@dom("house_sitter_notes")
def _sitter(g):
    b, cc = B(), g.cc(["us", "uk", "au", "ca", "nl", "ie", "za", "de"])
    own, sitter, vet, sis = g.ps(4, cc)
    pet = g.c(["Pickles", "Otis", "Juno", "Mabel", "Kiwi", "Bramble"])
    b.f("Welcome {}! 🏡 Notes for your stay at {}\n\n", sitter.first, g.addr(cc))
    b.f("We leave {} and are back {}.\n", g.dt(t=1, noyear=True), g.dt(t=1, noyear=True))
    b.f("Wi-Fi: {}_{} / password {}\n", g.c(["Vodafone", "Ziggo", "NETGEAR", "BTHub"]), g.fill("##"), g.pw(g.c(["word", "rand", "phrase"])))
    b.f("Alarm code: {} (panel by the back door). Garage keypad: {}\n", g.pw("pin"), g.pw("pin"))
    b.f("{} gets fed at {} and again at {} — half a scoop, she'll beg for more. Her meds ({}) are in the fridge.\n",
        pet, g.tm(), g.tm(), g.c(["Apoquel", "Metacam", "thyroxine"]))
    b.f("Vet: {} at {} — {}\n", vet.tl(dr=True), g.c(["Parkside Vets", "Village Animal Clinic"]), g.phone(cc))
    b.f("Emergency: my sister {} lives in {} — {}. Neighbour {} at no. {} has a spare key.\n", sis.full, g.loc(cc, "city"),
        g.phone(cc), g.p(cc).first, g.ri(1, 80))
    b.f("Bins go out {}. Help yourself to anything in the fridge!\n— {} & {}\n", g.c(["Tuesday night", "Sunday evening"]),
        own.first, g.p(cc).first)
    return b


@dom("it_onboarding_email")
def _onboard(g):
    b, cc = B(), g.cc(["us", "uk", "in", "de", "nl", "ca", "pl", "ie"])
    it, new, mgr, bud = g.ps(4, cc)
    dom_ = g.c(["kestrel.io", "brightwater.co", "lumenhealth.com", "vantagepoint.org"])
    hdr(g, b, it, [new], "Welcome aboard — your accounts")
    b.f("Hi {},\n\nWelcome! Your start date is {} at {}. Please report to reception at {}.\n\n", new.first, g.dt(t=0),
        g.tm(), g.addr(cc))
    b.f("Work email: {}\nUsername: {}\nTemporary password: {}\n", new.email(dom_), _ascii(new.f).lower()[:1] + _ascii(new.ln).lower(), g.pw())
    b.f("SSO portal: {}\nVPN gateway: {} (use the GlobalProtect client)\n", g.url("sso." + dom_, "/login"), g.ip())
    if g.chance(.5):
        b.f("Guest Wi-Fi passphrase: {}\n", g.pw("phrase"))
    if g.chance(.5):
        b.f("Your personal access token for our GitHub org (rotate after first login): {}\n", g.ghp())
    else:
        b.f("Internal API sandbox key: {}\n", g.secret())
    if g.chance(.35):
        b.f("Standup bot token (for the team channel integration): {}\n", g.slack())
    b.f("\nYour manager is {} and your onboarding buddy is {} ({}).\n", mgr.full, bud.full, g.phone(cc))
    b.f("Laptop asset tag {} (serial {}) will be on your desk.\n", g.fill("IT-#####"), g.rs(UP + DG, 10))
    sig(g, b, it, role="IT Service Desk", phone_cc=cc)
    return b


@dom("dev_forum_question")
def _devq(g):
    b = B()
    stack = g.c(["py", "node", "ci", "slack", "ssh"])
    b.l("{}", {"py": "boto3 AccessDenied when uploading to S3 from Flask", "node": "Stripe webhook returns 401 behind nginx",
               "ci": "git push from workflow fails with 403", "slack": "Slack bot can't post to private channel",
               "ssh": "Paramiko: 'not a valid RSA private key file'"}[stack])
    b.l("Asked {} ago by {} · tags: {}\n", g.c(["2 hours", "3 days", "1 year"]), g.c(["code_monkey_42", "devnull", "lambda_lad", "tinkerbee"]),
        {"py": "python, amazon-s3", "node": "node.js, stripe", "ci": "github-actions", "slack": "slack-api", "ssh": "python, ssh"}[stack])
    b.l("I've been stuck on this for a day. Here's my config:\n")
    if stack == "py":
        b.f("```python\nAWS_ACCESS_KEY_ID = \"{}\"\nAWS_SECRET_ACCESS_KEY = \"{}\"\nDATABASE_URL = \"postgresql://app:{}@db.internal:5432/prod\"\n```\n",
            g.aws_ak(), g.aws_sk(), g.pw("rand"))
        b.f("Error: AccessDenied (RequestId {}) when calling PutObject from {}.\n", g.uuid(), g.ip())
    elif stack == "node":
        b.f("```js\nconst stripe = require('stripe')('{}');\nconst endpointSecret = '{}';\n```\n", g.stripe(), E("whsec_" + g.rs(ALNUM, 32), "GENERIC_SECRET"))
        b.f("curl -H \"Authorization: Bearer {}\" {}\n", g.jwt(), g.url("api.myshop.dev", "/v1/webhooks?debug=1"))
    elif stack == "ci":
        b.f("```yaml\nenv:\n  GH_TOKEN: {}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n```\n", g.ghp())
        b.f("remote: Permission denied to {}. fatal: unable to access repo (runner {})\n", g.c(["deploy-bot", "ci-user"]), g.ip())
    elif stack == "slack":
        b.f("```\nSLACK_BOT_TOKEN={}\nSLACK_SIGNING_SECRET={}\n```\n", g.slack(), E(g.sha(32), "GENERIC_SECRET"))
        if g.chance(.5):
            b.f("The app also calls our API with Authorization: Bearer {}\n", g.jwt())
    else:
        b.f("```python\nkey = paramiko.RSAKey.from_private_key(io.StringIO(\"\"\"{}\"\"\"))\nclient.connect('{}', username='deploy', pkey=key)\n```\n",
            g.pem(), g.ip())
    b.f("\nComment from {}:\nYou've just posted a live credential — revoke it now, then use env vars (e.g. ${API_KEY}). {}\n",
        g.c(["moderator_jane", "sysadmin_sam", "ops_guy"]), g.c(["", "Version " + g.ver() + " fixed the header bug."]))
    return b


@dom("vendor_credentials_handoff")
def _handoff(g):
    b, cc = B(), g.cc(["us", "uk", "de", "nl", "in", "au", "ie"])
    ven, cl, dba = g.ps(3, cc)
    hdr(g, b, ven, [cl], "Handover pack — hosting & credentials (CONFIDENTIAL)")
    b.f("Hi {},\n\nAs agreed, here's everything for the handover on {}. Please rotate all of it after.\n\n", cl.first, g.dt(t=1))
    b.f("Prod web: {} (SSH user deploy), staging {}\n", g.ip(), g.ip())
    b.f("Admin panel: {} — admin / {}\n", g.url("admin." + g.c(["harbourline.com", "tidewaterbooks.co.uk", "pioneer-mutual.de"]), "/login"), g.pw())
    b.f("DB: mysql://wp_user:{}@db-01.internal:3306/shop\n", g.pw("rand"))
    opts = [lambda: b.f("Payments: {}\n", g.stripe()), lambda: b.f("AWS (billing account): {} / {}\n", g.aws_ak(), g.aws_sk()),
            lambda: b.f("Alerts bot: {}\n", g.slack()), lambda: b.f("API test token (expires soon): {}\n", g.jwt())]
    g.r.shuffle(opts)
    for fn in opts[:g.ri(1, 3)]:
        fn()
    if g.chance(.5):
        b.f("Deploy key:\n{}\n", g.pem())
    else:
        b.f("Mail API: {}\n", g.secret())
    b.f("\nContacts: DBA {} ({}, {}). Our office: {}.\n", dba.full, g.phone(cc), dba.email(), g.addr(cc))
    sig(g, b, ven, role=g.c(ORGS))
    return b


@dom("code_review_thread")
def _review(g):
    b = B()
    au, rv, rv2 = g.ps(3)
    b.f("Pull request #{}: {}\n", g.ri(100, 9999), g.c(["Add retry worker for payouts", "Migrate config to env", "Hotfix: login redirect"]))
    b.f("{} wants to merge {} commits into main from {}\n\n", E(au.fulls, "PERSON") if g.chance(.6) else "@" + _ascii(au.f).lower() + g.fill("##"),
        g.ri(1, 9), g.c(["feature/payout-retry", "chore/env", "fix/login"]))
    b.f("config/{} (commit {})\n", g.c(["settings.py", ".env.production", "app.yaml", "config.js"]), g.sha(7))
    for _ in range(g.ri(2, 3)):
        pick(g, lambda: b.f("+ STRIPE_SECRET_KEY = \"{}\"\n", g.stripe()),
             lambda: b.f("+ aws_access_key_id = {}\n+ aws_secret_access_key = {}\n", g.aws_ak(), g.aws_sk()),
             lambda: b.f("+ SLACK_WEBHOOK_TOKEN: {}\n", g.slack()),
             lambda: b.f("+ SESSION_SECRET=\"{}\"\n", g.secret()),
             lambda: b.f("+ TEST_JWT = '{}'\n", g.jwt()),
             lambda: b.f("+ DB_PASSWORD={}\n", g.pw()),
             lambda: b.f("+ tls.key: |\n{}\n", g.pem()),
             lambda: b.f("+ SENTRY_DSN=${SENTRY_DSN}\n+ API_BASE={}\n", g.url("api.staging-kestrel.io", "/v2")))
    b.f("\n{} commented:\nPlease don't commit secrets — even to a branch. Move these to the vault and rotate. cc {}\n",
        rv.full, rv2.first)
    b.f("\n{} replied:\nSorry! Rotated on {}. The old GitHub token {} is revoked too.\n", au.first, g.dt(t=1), g.ghp())
    return b


@dom("student_code_submission")
def _student(g):
    b = B()
    cc = g.cc(["us", "uk", "in", "ca", "ng", "au"])
    st, ta = g.ps(2, cc)
    b.f("{} — Assignment {} submission\nStudent: {} ({})\nSubmitted: {}\n\n", g.c(["CS 340 Web Apps", "INFO 2201", "COMP3011"]),
        g.ri(1, 6), st.full, st.email(g.c(["student.uni.edu", "myuni.ac.uk", "iitm.ac.in"])), g.dt(t=1))
    b.l("README.md\n---------")
    b.l("Weather dashboard in Flask. To run locally:\n")
    b.f("    export OPENWEATHER_KEY={}\n", g.secret())
    b.f("    export MONGO_URI=mongodb+srv://{}:{}@cluster0.{}.mongodb.net/app\n", g.c(["appuser", "dev", "admin", "st" + g.fill("####")]), g.pw(g.c(["word", "rand", "phrase"])), g.rs(LO + DG, 5))
    if g.chance(.5):
        b.f("    export AWS_ACCESS_KEY_ID={}\n    export AWS_SECRET_ACCESS_KEY={}\n", g.aws_ak(), g.aws_sk())
    if g.chance(.5):
        b.f("    # tests use this admin token: {}\n", g.jwt())
    if g.chance(.3):
        b.f("    export STRIPE_API_KEY={}\n", g.stripe())
    b.f("Demo deployed at {}\n\n", g.url("weather-" + g.rs(LO, 5) + ".onrender.com", "/"))
    b.f("TA feedback ({}):\nWorks well, but you hard-coded real keys in the README — please revoke them. "
        "Grade {}/20. Office hours {} in room {}.\n", ta.full, g.ri(11, 20), g.dt(t=1, wk=True, noyear=True), g.fill("%.###"))
    return b


@dom("nl_brief")
def _nl(g):
    b = B()
    me, mw = g.ps(2, "nl")
    if g.chance(.6):
        b.f("{}\n{}\n\n", g.c(["Woonstichting De Linde", "Zorgverzekeraar Noordzee", "Gemeente Belastingen"]),
            E(f"Postbus {g.ri(100, 9999)}, {g.fill('%### @@')} {g.city('nl')[0]}", "ADDRESS"))
        b.f("{}\n{}\n\n", me.tl("nl") if g.chance(.5) else me.full, g.addr("nl", ml=True))
        b.f("{}, {}\n\n", g.loc("nl", "city"), g.dt("nl", t=0))
        b.f("Klantnummer: {}\nOnderwerp: {}\n\n", g.acct(), g.c(["afspraak reparatie", "wijziging automatische incasso", "huurverhoging"]))
        b.f("Geachte {},\n\n", me.tl("nl"))
        b.f("Onze monteur, {}, komt op {} langs voor de reparatie van de cv-ketel. ", mw.full, g.dt("nl", t=1))
        b.f("Het bedrag van {} schrijven wij af van rekening {}.\n", g.amount("€"), g.iban("NL"))
        b.f("Heeft u vragen? Bel ons op {} of mail naar {}.\n", g.phone("nl"), mw.email("woonstichting-delinde.nl"))
        b.f("\nMet vriendelijke groet,\n\n{}\nAfdeling Klantcontact\n", g.p("nl").full)
    else:
        fr = g.p()
        b.f("Lieve {},\n\nWat fijn om weer van je te horen! Sinds we van {} naar {} zijn verhuisd, is alles anders. ",
            fr.first, g.loc("nl", "city"), g.loc(g.cc(["de", "uk", "fr"]), "city"))
        b.f("{} zit nu op de basisschool en {} werkt bij het ziekenhuis.\n", g.p("nl").first, mw.first)
        b.f("Kom je op {}? Ons nieuwe adres is {}. Bel even als je de weg niet weet: {}.\n", g.dt("nl", t=1), g.addr("nl"), g.phone("nl"))
        b.f("\nDikke knuffel,\n{}\n", me.first)
    return b


@dom("it_lettera")
def _it(g):
    b = B()
    me, amm = g.ps(2, "it")
    b.f("{}\n{}\nTel. {} — {}\n\n", g.c(["Studio Amministrazioni Bianchi", "Poliambulatorio San Luca", "Scuola di Musica Verdi"]),
        g.addr("it"), g.phone("it"), amm.email(g.c(["pec.it", "libero.it", "studiobianchi.it"])))
    b.f("{}, {}\n\n", g.loc("it", "city"), g.dt("it", t=0))
    b.f("Gentile {}\n{}\n\n", me.tl("it"), g.addr("it", ml=True))
    b.f("Oggetto: {} — codice cliente {}\n\n", g.c(["conferma appuntamento", "sollecito di pagamento", "iscrizione corso"]), g.acct())
    pick(g, lambda: b.f("Le confermiamo l'appuntamento con {} per {}. ", [g.c(["la Dott.ssa ", "il Dott. "]), g.p("it").last], g.dt("it", t=1)),
         lambda: b.f("Risulta ancora da saldare la rata di {} scaduta il {}. ", g.amount("€"), g.dt("it", t=0)),
         lambda: b.f("La lezione di prova di {} è fissata per {}. ", g.p("it").first, g.dt("it", t=1)))
    b.f("Il pagamento può essere effettuato tramite bonifico sul conto IBAN {} intestato a {}.\n", g.iban("IT"), amm.full)
    if g.chance(.4):
        b.f("Per eventuali variazioni La preghiamo di contattare {} al numero {}.\n", g.p("it").full, g.phone("it"))
    b.f("\nCordiali saluti,\n{}\n", amm.full)
    return b


@dom("pt_br_email")
def _ptbr(g):
    b = B()
    cc = g.c(["br", "br", "pt"])
    me, cl, med = g.ps(3, cc)
    hdr(g, b, me, [cl], g.c(["Confirmação de consulta", "Contrato de aluguel", "Orçamento da reforma"]))
    b.f("Olá {}, tudo bem?\n\n", cl.first)
    pick(g, lambda: b.f("Sua consulta com {} ficou marcada para {}. Leve a carteirinha do convênio ({}) e um documento.\n",
                        med.tl("pt", dr=True), g.dt("pt", t=1), g.hpn()),
         lambda: b.f("Segue o contrato do apartamento em {}. A vistoria será {} com {}.\n", g.addr(cc), g.dt("pt", t=1), med.full),
         lambda: b.f("O pedreiro, {}, começa {}. O endereço da obra é {}, certo?\n", med.full, g.dt("pt", t=1), g.addr(cc)))
    b.f("Qualquer coisa me chama no WhatsApp {}.\n", g.phone(cc))
    if cc == "pt":
        b.f("Para o sinal, IBAN {}.\n", g.iban("PT"))
    elif g.chance(.5):
        b.f("O sinal pode ser pago por Pix, chave {}.\n", g.c([me.email(), g.phone("br")]))
    b.f("Vi que você se mudou de {} para {}! Boa sorte na nova fase.\n", g.loc(cc, "city"), g.loc(cc, "city"))
    b.f("\n{}\n{}\n", g.c(CLOSE["pt"]), me.full)
    return b


@dom("tr_mesaj")
def _tr(g):
    b = B()
    me, cl, tk = g.ps(3, "tr")
    if g.chance(.5):
        b.f("Sayın {},\n\n", cl.full)
        b.f("{} tarihli randevunuz onaylanmıştır. Teknisyenimiz {} adresinize gelecektir: {}\n", g.dt("tr", t=1), tk.full, g.addr("tr"))
        b.f("Müşteri numaranız: {}\nÖdeme için IBAN: {} ({})\n", g.acct(), g.iban("TR"), g.c(ORGS))
        b.f("Sorularınız için {} numaralı hattımızı arayabilirsiniz.\n\nSaygılarımla,\n{}\n", g.phone("tr"), me.full)
    else:
        b.f("Merhaba {} Hanım,\n\n", cl.first)
        b.f("{}'dan {}'e taşındığınızı duydum, hayırlı olsun! ", g.loc("tr", "city"), g.loc("tr", "city"))
        b.f("Toplantımız {} saatinde, ofis adresi {}.\n", g.dt("tr", t=1), g.addr("tr"))
        b.f("{} Bey de katılacak, telefonu {}. E-posta: {}\n", tk.first, g.phone("tr"), tk.email())
        b.f("\nİyi çalışmalar,\n{}\n", me.first)
    return b


@dom("pl_pismo")
def _pl(g):
    b = B()
    me, urz = g.ps(2, "pl")
    b.f("{}, {}\n\n", g.loc("pl", "city"), g.dt("pl", t=0))
    b.f("{}\n{}\n\n", me.full, g.addr("pl", ml=True))
    b.f("{}\nNr klienta: {}\n\n", g.c(["Spółdzielnia Mieszkaniowa Zorza", "Przychodnia Rodzinna Medyk", "Szkoła Językowa Lingwa"]), g.acct())
    b.f("{} {},\n\n", "Szanowna Pani" if me.gender == "f" else "Szanowny Panie", me.last)
    pick(g, lambda: b.f("uprzejmie informujemy, że przegląd instalacji odbędzie się {}. Prosimy o udostępnienie mieszkania.\n", g.dt("pl", t=1)),
         lambda: b.f("przypominamy o wizycie u {} w dniu {}.\n", [E("dr ", None), g.p("pl").full], g.dt("pl", t=1)),
         lambda: b.f("zaległą opłatę w wysokości {} prosimy wpłacić do {}.\n", g.amount("zł"), g.dt("pl", t=0)))
    b.f("Numer rachunku: {}\n", g.iban("PL"))
    if g.chance(.4):
        b.f("Do kontaktu z administracją upoważniony jest {} (prawo jazdy nr {}).\n", g.p("pl").full, g.fill("#####/##/####"))
    b.f("Kontakt: {}, {}\n\n{}\n{}\n", g.phone("pl"), urz.email(), g.c(CLOSE["pl"]), urz.full)
    return b


@dom("matrimonial_ad")
def _matri(g):
    b = B()
    b.l("MATRIMONIAL — {} Edition\n", g.loc("in", "city"))
    for _ in range(g.ri(3, 4)):
        p = g.p("in", cul="in" if g.chance(.9) else None, gender=g.c("mf"))
        pick(g, lambda: b.f("{} parents invite alliance for {}, {}, born {}, MBA, working in {}. Contact {} / {}\n\n",
                            g.c(["Tamil Iyer", "Punjabi Khatri", "Malayali Nair", "Gujarati"]), p.first, g.ri(25, 34), g.dob(y0=1988, y1=1999),
                            g.loc(g.c(["in", "us", "uk"]), "city"), g.phone("in"), p.email()),
             lambda: b.f("SEEKING professionally qualified match for our son {} ({}), software engineer in {}. DOB {}. Ph {}\n\n",
                         p.full, g.ri(27, 35), g.loc("in", "city"), g.dob(y0=1987, y1=1998), g.phone("in")),
             lambda: b.f("Well-settled family from {} seeks groom for {}, doctor, {} yrs. Email {} with horoscope.\n\n",
                         g.loc("in", "cityreg"), p.full, g.ri(26, 33), p.email()))
    b.f("Advertise: {} · Box No. {}\n", g.phone("in"), g.ri(1000, 99999))
    return b


@dom("ng_payment_email")
def _ng(g):
    b = B()
    me, cl, dr = g.ps(3, "ng")
    hdr(g, b, me, [cl], g.c(["Payment details for supply", "RE: Invoice and delivery", "Account details — urgent"]))
    b.f("Good morning {},\n\nTrust you are well. Kindly find below our account details for the {} supply:\n\n",
        cl.tl(), g.c(["generator", "cement", "school uniform", "office furniture"]))
    b.f("Account name: {}\nBank: {}\nAccount number: {}\n\n", g.c([me.full, E("Okonkwo & Partners Ltd", None)]),
        g.c(["GTBank", "Access Bank", "First Bank", "Zenith Bank", "UBA"]), g.acct("##########"))
    b.f("Delivery will be to {} on {}. Our driver {} will call you on {}.\n", g.addr("ng"), g.dt(t=.6), dr.full, g.phone("ng"))
    b.f("Please send the teller to {} or WhatsApp {}.\n", me.email(), g.phone("ng"))
    if g.chance(.4):
        b.f("Regards to {} and everyone in {}.\n", g.p("ng").first, g.loc("ng"))
    sig(g, b, me, role="Sales Manager", phone_cc="ng")
    return b


# ----------------------------------------------------------------------------- hard negatives
@dom("release_changelog", neg=True)
def _changelog(g):
    b = B()
    proj = g.c(["fastgraph", "tidyparse", "kestrel-cli", "pyroute", "mapleseed", "bloomkit"])
    b.l("# Changelog — {}\n", proj)
    for _ in range(g.ri(2, 3)):
        b.l("## {} (build {})", g.ver(), g.ri(1000, 99999))
        for _ in range(g.ri(3, 5)):
            b.l("- {}", g.c([f"Replace Levenshtein distance with Damerau–Levenshtein in fuzzy matcher (#{g.ri(100, 9999)})",
                             f"Bump requests from {g.ver()} to {g.ver()} (commit {g.sha(7)})",
                             f"Fix crash when job id {g.uuid()} is re-queued",
                             "Dijkstra's shortest path now handles zero-weight edges",
                             f"Kalman filter: clamp covariance (thanks @{g.c(WORDS)}{g.ri(1, 99)})",
                             f"Config: `token: ${{{g.c(['API_TOKEN', 'GH_TOKEN', 'SLACK_TOKEN'])}}}` is now read from env",
                             f"Docs: example key `AKIA{'X' * 16}` replaced with placeholder <your-access-key>",
                             f"Drop support for Python 3.7; tested on {g.ver()}",
                             f"Cache checksums now sha256 ({g.sha(64)[:16]}…)",
                             f"Bloom filter false-positive rate lowered to 0.{g.ri(1, 9)}%",
                             f"Migrate Gaussian blur kernel to SIMD; {g.ri(2, 9)}x faster",
                             f"Revert {g.sha(40)}: broke ARM builds"]))
        b.add("\n")
    b.f("Full diff: {}...{}\n", g.sha(7), g.sha(7))
    return b


@dom("formulary_bulletin", neg=True)
def _formulary(g):
    b = B()
    b.l("{} Pharmacy & Therapeutics Bulletin — Formulary Changes, Issue {}\n", g.c(["Regional", "Plan-wide", "Hospital"]), g.ri(10, 99))
    for _ in range(g.ri(4, 6)):
        b.l("• {} ({}) — NDC {} — moved to Tier {}; {}.", g.drug(), g.c(["tablet", "pen injector", "capsule", "inhaler", "vial"]),
            g.fill("#####-####-##"), g.ri(1, 5), g.c(["prior authorization required", "step therapy after metformin",
                                                      "quantity limit 30/30", "no change to copay"]))
    b.l("\nCoverage criteria: ICD-10 {} or {}; CPT {} billed separately.", g.c(ICD), g.c(ICD), g.c(CPT))
    b.l("Pharmacy claims: BIN {}, PCN {}, group {}.", g.fill("6#####"), g.c(["ADV", "RXSAVE", "MEDDPRIME"]), g.fill("RX####"))
    b.l("Biosimilar interchange: Humira → adalimumab-adaz (Hyrimoz) at {} per unit.", g.amount("$"))
    b.l("Questions: contact the P&T committee via the intranet form, reference {}.", g.order())
    return b


@dom("order_status_digest", neg=True)
def _orders(g):
    b = B()
    b.l("Your weekly order summary\n")
    b.l("Hi there, here's what happened with your orders this week.\n")
    for _ in range(g.ri(3, 5)):
        b.l("Order {} · {} · {}", g.order(), g.c(["Kindle Paperwhite (16 GB)", "Ben & Jerry's Phish Food ×4", "Dr. Martens 1460 boots",
                                                 "Philips Sonicare heads", "Levi's 501 jeans", "Tommy Hilfiger socks 3-pack",
                                                 "Le Creuset casserole 24cm", "Jack Daniel's gift set"]), g.amount("$"))
        b.l("  Status: {} · Tracking {} · Paid with {}", g.c(["Shipped", "Delivered", "Out for delivery", "Refund issued"]),
            g.track(), g.c(["Visa ", "Mastercard ", "Amex "]) + g.masked_card())
    b.l("\nRefund of {} was returned to your card {} ago.", g.amount("$"), g.c(["2 days", "a week", "3 hours"]))
    b.l("Gift card balance: {} (code ****-****-{}).", g.amount("$"), g.fill("@@##"))
    b.l("Need help? Visit Your Orders in the app. Ref {}.", g.uuid())
    return b


@dom("test_runner_log", neg=True)
def _testlog(g):
    b = B()
    b.l("============================= test session starts ==============================")
    b.l("platform linux -- Python {}, pytest-{}, pluggy-{}", g.ver(), g.ver(), g.ver())
    b.l("rootdir: /home/runner/work/app  configfile: pyproject.toml")
    for _ in range(g.ri(5, 8)):
        b.l("{} {} tests/{}::{} {} ({}s)", g.logts(), g.c(["INFO", "DEBUG", "WARN"]),
            g.c(["test_api.py", "test_redact.py", "test_billing.py", "test_auth.py"]),
            g.c(["test_mask_card", "test_rejects_invalid_ssn", "test_token_refresh", "test_iban_checksum", "test_uuid_roundtrip"]),
            g.c(["PASSED", "PASSED", "FAILED", "SKIPPED"]), f"{g.ri(0, 9)}.{g.ri(0, 999):03d}")
    b.l("E   AssertionError: expected masked '{}' got '{}'", g.masked_card(), g.masked_card())
    b.l("E   fixture ssn={} card={} iban={}", g.bad_ssn(), g.bad_card(), g.bad_iban())
    b.l("E   env AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY} token=ghp_{}", "*" * 36)
    b.l("request_id={} trace={} span={}", g.uuid(), g.sha(32), g.sha(16))
    b.l("=========== {} passed, {} failed, {} skipped in {}.{}s ===========", g.ri(20, 400), g.ri(0, 3), g.ri(0, 9), g.ri(1, 90), g.ri(0, 99))
    return b


@dom("product_catalog", neg=True)
def _catalog(g):
    b = B()
    b.l("{} — Spring catalogue, section {}\n", g.c(["HomeWorks", "TrailGear", "Kitchen & Co", "ByteShop"]), g.fill("@#"))
    for _ in range(g.ri(4, 6)):
        b.l("{} | model {} | SKU {} | EAN {} | {} | {}", g.c(["Dyson V15 Detect", "Bosch Serie 6 dishwasher", "Weber Spirit E-310",
                                                          "Ralph Lauren Oxford shirt", "Calvin Klein boxer 3pk", "Dr. Oetker pizza stone",
                                                          "Ben & Jerry's freezer bag", "Black+Decker drill", "Johnson & Johnson first-aid kit",
                                                          "Hamilton Beach blender", "Ferrari 1:18 die-cast"]),
            g.fill("@@-####"), g.fill("@@@-#####-@@"), g.fill("#############"), g.c(["v2", "rev B", "2024 ed.", "firmware " + g.ver()]), g.amount())
    b.l("\nDimensions {}×{}×{} cm · {} W · warranty {} years", g.ri(10, 90), g.ri(10, 90), g.ri(5, 60), g.ri(300, 2400), g.ri(1, 5))
    b.l("Serial range {}–{}; batch {}", g.rs(UP + DG, 12), g.rs(UP + DG, 12), g.fill("LOT-####@"))
    return b


@dom("redaction_audit", neg=True)
def _redact(g):
    b = B()
    b.l("Redaction QA report — pipeline {} — run {}\n", g.ver(), g.uuid())
    b.l("Sample | Field | Rendered value | Result")
    rows = [lambda: ("SSN", "***-**-" + g.fill("####")), lambda: ("SSN (invalid area)", g.bad_ssn()),
            lambda: ("Card", g.masked_card()), lambda: ("Card (Luhn-invalid)", g.bad_card()),
            lambda: ("IBAN (bad checksum)", g.bad_iban()), lambda: ("Email", "j***@*****.com"),
            lambda: ("Phone", "+1 (***) ***-" + g.fill("####")), lambda: ("AWS key", "AKIA" + "•" * 12 + g.fill("@@@@")),
            lambda: ("GitHub token", "ghp_" + "x" * 36), lambda: ("Secret ref", "${{ secrets.STRIPE_KEY }}"),
            lambda: ("Password", "[REDACTED]"), lambda: ("DOB", "**/**/19**"), lambda: ("Name", "<PERSON_1>"),
            lambda: ("Address", "[ADDRESS REDACTED]")]
    for k in range(g.ri(7, 11)):
        f, v = g.c(rows)()
        b.l("{} | {} | {} | {}", g.fill("S-####"), f, v, g.c(["PASS", "PASS", "PASS", "REVIEW"]))
    b.l("\nChecksum of output bundle: sha256:{}", g.sha(64))
    b.l("Reviewer initials: {} · ticket {}", g.fill("@@"), g.order())
    return b


@dom("recipe_blog", neg=True)
def _recipe(g):
    b = B()
    dish = g.c(["Sourdough focaccia", "Jollof rice", "Lemon drizzle cake", "Chana masala", "Shakshuka", "Pastéis de nata"])
    b.l("{} (serves {})\n", dish, g.ri(2, 8))
    b.l("Prep {} min · Cook {} min · {} kcal per portion\n", g.ri(10, 40), g.ri(15, 90), g.ri(220, 780))
    b.l("Ingredients:")
    for _ in range(g.ri(5, 8)):
        b.l("- {} {}", g.c(["200 g", "1 tbsp", "2 tsp", "400 ml", "3", "½ cup", "1 × 400 g tin"]),
            g.c(["Heinz passata", "Kerrygold butter", "Maldon salt", "plain flour", "Scotch bonnet", "Uncle Ben's rice",
                 "Cadbury cocoa", "Dr. Oetker vanilla", "chickpeas", "Lea & Perrins sauce"]))
    b.l("\nMethod: Preheat the oven to {}°C (gas mark {}). Knead for {} minutes, rest for {} hours, "
        "then bake {}–{} minutes until golden.", g.ri(160, 240), g.ri(3, 9), g.ri(5, 12), g.ri(1, 18), g.ri(15, 30), g.ri(31, 45))
    b.l("Tip: version {} of this recipe swaps the sugar for honey. Rated {}/5 by {} readers.", g.ri(2, 5), g.ri(3, 5), g.ri(12, 4000))
    return b


@dom("warehouse_cycle_count", neg=True)
def _warehouse(g):
    b = B()
    b.l("CYCLE COUNT — DC{} zone {} — count id {}", g.ri(1, 9), g.c("ABCDEF"), g.uuid())
    b.l("Bin | SKU | Lot | System | Counted | Var")
    for _ in range(g.ri(6, 10)):
        s, c = g.ri(0, 400), g.ri(0, 400)
        b.l("{}-{}-{} | {} | {} | {} | {} | {}", g.c("ABCDEF"), f"{g.ri(1, 40):02d}", f"{g.ri(1, 12):02d}",
            g.fill("@@@-#####"), g.fill("L##@####"), str(s), str(c), str(c - s))
    b.l("\nScanner {} synced {} · pallet {} · seal {}", g.fill("RF-###"), g.logts(), g.fill("PAL########"), g.fill("@#######"))
    b.l("Approved by shift lead (badge {}).", g.fill("####"))
    return b


@dom("lockfile_diff", neg=True)
def _lock(g):
    b = B()
    b.l("diff --git a/yarn.lock b/yarn.lock\nindex {}..{} 100644", g.sha(7), g.sha(7))
    for _ in range(g.ri(3, 5)):
        pkg = g.c(["lodash", "left-pad", "@babel/core", "react-dom", "uuid", "jsonwebtoken", "axios", "dotenv", "chalk"])
        v1, v2 = g.ver().lstrip("v").split("-")[0].split("+")[0], g.ver().lstrip("v").split("-")[0].split("+")[0]
        b.l("-{}@^{}:\n-  version \"{}\"\n-  integrity sha512-{}==", pkg, v1, v1, g.rs(ALNUM + "+/", 86))
        b.l("+{}@^{}:\n+  version \"{}\"\n+  integrity sha512-{}==", pkg, v2, v2, g.rs(ALNUM + "+/", 86))
    b.l("# checksum {}", g.sha(64))
    return b


# ----------------------------------------------------------------------------- driver
DNAMES = list(DOMAINS)
FILLER = ("\n\nThis message and any attachments are intended only for the named recipient. "
          "If you received it in error, please delete it and notify the sender.")


def gen_doc(seed, i):
    r0 = random.Random(f"{seed}-{i}")
    name = r0.choice(DNAMES)
    fn = DOMAINS[name][0]
    b = None
    for att in range(20):
        r = r0 if att == 0 else random.Random(f"{seed}-{i}-{att}")
        b = fn(G(r))
        if 200 <= len(b.text) <= 2500:
            break
    text, ents = b.text, list(b.ents)
    if len(text) > 2500:  # rare fallback: cut at a line break, drop entities beyond it
        cut = text.rfind("\n", 0, 2500)
        cut = cut if cut > 200 else 2500
        text, ents = text[:cut], [e for e in ents if e["end"] <= cut]
    while len(text) < 200:
        text += FILLER
    ents.sort(key=lambda e: e["start"])
    return {"id": f"b24-{seed}-{i:06d}", "text": text, "domain": name, "entities": ents}


def generate(n, seed=0):
    for i in range(n):
        yield gen_doc(seed, i)


def validate(doc):
    errs, t = [], doc["text"]
    if not (200 <= len(t) <= 2500):
        errs.append(f"length {len(t)}")
    prev = 0
    for e in doc["entities"]:
        s, en, ty = e["start"], e["end"], e["type"]
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(t)):
            errs.append(f"bad offsets {e}")
            continue
        if ty not in TYPES:
            errs.append(f"bad type {ty}")
        if s < prev:
            errs.append(f"overlap at {s}")
        prev = en
        span = t[s:en]
        if span != span.strip():
            errs.append(f"unstripped span {span!r}")
        if ty == "CREDIT_CARD" and not luhn_ok(re.sub(r"\D", "", span)):
            errs.append(f"luhn {span}")
        if ty == "IBAN_CODE" and not iban_ok(span):
            errs.append(f"iban {span}")
        if ty == "US_SSN" and not ssn_ok(span):
            errs.append(f"ssn {span}")
        if ty == "AWS_ACCESS_KEY" and not re.fullmatch(r"AKIA[A-Z0-9]{16}", span):
            errs.append(f"aws {span}")
        if ty == "AWS_SECRET_KEY" and len(span) != 40:
            errs.append(f"aws secret {span}")
        if ty == "JWT" and span.count(".") != 2:
            errs.append(f"jwt {span}")
        if ty == "PRIVATE_KEY" and not (span.startswith("-----BEGIN") and span.endswith("-----")):
            errs.append("pem")
        if ty == "GITHUB_TOKEN" and not re.fullmatch(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82})", span):
            errs.append(f"ghp {span}")
        if ty == "URL" and (not span.startswith("https://") or "@" in span or re.search(r"//\d+\.\d+\.\d+\.\d+", span)):
            errs.append(f"url {span}")
    # look-alike leaks: e-mail addresses / Luhn-valid PANs outside spans
    mask = list(t)
    for e in doc["entities"]:
        for k in range(e["start"], e["end"]):
            mask[k] = " "
    rest = "".join(mask)
    for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", rest):
        if not re.search(r"(mongodb|mysql|postgres|@cluster|@db-|@db\.)", t[max(0, m.start() - 40):m.end() + 5]):
            errs.append(f"unlabelled email {m.group()}")
    for m in re.finditer(r"\b\d(?:[ -]?\d){14,15}\b", rest):
        before, after = rest[max(0, m.start() - 2):m.start()], rest[m.end():m.end() + 2]
        if re.search(r"\w[ -]?$", before) or re.match(r"^[ -]?\w", after):
            continue
        if luhn_ok(re.sub(r"\D", "", m.group())) and len(re.sub(r"\D", "", m.group())) in (15, 16):
            errs.append(f"unlabelled luhn {m.group()}")
    return errs


def show(doc):
    t, out, k = doc["text"], [], 0
    for e in doc["entities"]:
        out.append(t[k:e["start"]])
        out.append(f"[[{e['type']}: {t[e['start']:e['end']]}]]")
        k = e["end"]
    out.append(t[k:])
    return f"=== {doc['id']}  domain={doc['domain']}  entities={len(doc['entities'])}\n" + "".join(out) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        types, doms, bad, ids, nents, lens = Counter(), Counter(), 0, set(), 0, []
        negdocs = 0
        for d in generate(3000, a.seed):
            errs = validate(d)
            if d["id"] in ids:
                errs.append("duplicate id")
            ids.add(d["id"])
            if errs:
                bad += 1
                if bad <= 15:
                    print(d["id"], d["domain"], errs[:4])
            doms[d["domain"]] += 1
            negdocs += DOMAINS[d["domain"]][1]
            lens.append(len(d["text"]))
            for e in d["entities"]:
                types[e["type"]] += 1
                nents += 1
        for i in (0, 17, 1234, 2999):
            if gen_doc(a.seed, i) != gen_doc(a.seed, i):
                print("non-deterministic doc", i)
                bad += 1
        print(f"docs=3000 invalid={bad} entities={nents} domains={len(doms)}/{len(DOMAINS)} "
              f"hard-negative domains={sum(v[1] for v in DOMAINS.values())} hard-negative docs={negdocs} "
              f"len min/mean/max={min(lens)}/{sum(lens) // len(lens)}/{max(lens)}")
        print("\nper-type counts:")
        for ty in TYPES:
            print(f"  {ty:22s} {types[ty]}")
        print("\nper-domain counts:")
        for dn, c in sorted(doms.items()):
            print(f"  {dn:28s} {c}{'  (hard negative)' if DOMAINS[dn][1] else ''}")
        return 1 if bad else 0
    if a.sample:
        for d in generate(a.sample, a.seed):
            print(show(d))
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for d in generate(a.n, a.seed):
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.output:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
